#!/usr/bin/env python3
"""Checks questions.jsonl: parses, phrases verbatim in source, due == oracle, kind/voice counts."""
import json, os, sys, collections, datetime as dt
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import oracle
from rows import ROWS
src = open('/work/shared/source/practice-standards.txt', encoding='utf-8').read()
rows = [json.loads(l) for l in open(os.path.join(here, 'questions.jsonl'), encoding='utf-8')]
assert len(rows) == len(ROWS) >= 160, len(rows)
expected = oracle.build(ROWS)
VOICES = {'duty', 'typos', 'scenario', 'indirect', 'newstarter', 'manager'}
KINDS = {'date', 'visits', 'age', 'choice', 'none'}
bad = 0
for i, (r, e) in enumerate(zip(rows, expected)):
    assert r == e, (i, r, e)
    assert set(r) <= {'q', 'today', 'due', 'expect_any', 'count', 'voice', 'kind', 'ambiguous'}
    assert r['voice'] in VOICES and r['kind'] in KINDS, i
    dt.date.fromisoformat(r['today'])
    if r['kind'] == 'none':
        assert r['due'] is None, i
    else:
        dt.date.fromisoformat(r['due'])
    assert r['expect_any'], i
    for ph in r['expect_any']:
        if ph not in src or len(ph.split()) < 6:
            print('PHRASE PROBLEM', i, repr(ph)); bad += 1
    if r['kind'] == 'choice':
        assert len(r['expect_any']) >= 2, i
qs = [r['q'] for r in rows]
assert len(set(qs)) == len(qs), 'duplicate q'
print('rows', len(rows))
print('kinds', dict(collections.Counter(r['kind'] for r in rows)))
print('voices', dict(collections.Counter(r['voice'] for r in rows)))
print('ambiguous', sum('ambiguous' in r for r in rows))
print('years of due', dict(collections.Counter(r['due'][:4] for r in rows if r['due'])))
print('phrase problems', bad)
sys.exit(1 if bad else 0)
