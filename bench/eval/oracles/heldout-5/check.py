#!/usr/bin/env python3
"""Checks questions.jsonl: parses, phrases verbatim in source (>=6 words), due matches oracle, counts."""
import json, os, sys, collections, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle
from rows import ROWS
SRC = open('/work/shared/source/practice-standards.txt', encoding='utf-8').read()
here = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(here, 'questions.jsonl'), encoding='utf-8')]
assert len(rows) == len(ROWS)
bad = 0
VOICES = {'duty','typos','scenario','indirect','newstarter','manager'}
KINDS = {'date','visits','age','choice','none'}
for i, (r, spec) in enumerate(zip(rows, ROWS)):
    assert set(r) >= {'q','today','due','expect_any','count','voice','kind'}, i
    assert r['voice'] in VOICES and r['kind'] in KINDS, i
    dt.date.fromisoformat(r['today'])
    due, _ = oracle.compute(spec['spec'], dt.date.fromisoformat(r['today']))
    assert r['due'] == (due.isoformat() if due else None), i
    assert (r['due'] is None) == (r['kind'] == 'none'), i
    if r['kind'] == 'choice': assert len(r['expect_any']) >= 2, i
    for p in r['expect_any']:
        if p not in SRC or len(p.split()) < 6:
            print('BAD PHRASE', i, repr(p)); bad += 1
print('rows', len(rows))
print('kinds', collections.Counter(r['kind'] for r in rows))
print('voices', collections.Counter(r['voice'] for r in rows))
print('ambiguous', sum('ambiguous' in r for r in rows))
print('years today', collections.Counter(r['today'][:4] for r in rows))
print('years due', collections.Counter((r['due'] or 'none')[:4] for r in rows))
print('bad', bad)
sys.exit(1 if bad else 0)
