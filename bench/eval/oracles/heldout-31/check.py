#!/usr/bin/env python3
"""Checks questions.jsonl: parses, phrases verbatim in source, dues match oracle, counts."""
import json, collections, os, sys, datetime as dt
here=os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0,here)
import oracle
src=open('/work/shared/source/practice-standards.txt',encoding='utf-8').read()
rows=[json.loads(l) for l in open(os.path.join(here,'questions.jsonl'),encoding='utf-8')]
assert len(rows)==len(oracle.ROWS)
for r,spec in zip(rows,oracle.ROWS):
    assert set(r)>= {'q','today','due','expect_any','count','voice','kind'}
    assert r['voice'] in 'duty typos scenario indirect newstarter manager'.split()
    assert r['kind'] in 'date visits age choice none'.split()
    assert r['expect_any'], r['q']
    for p in r['expect_any']: assert p in src and len(p.split())>=6, p
    if r['kind']=='none': assert r['due'] is None
    else:
        due,_=oracle.calc(spec[4], dt.date.fromisoformat(r['today'])); assert due.isoformat()==r['due']
    if r['kind']=='choice': assert len(r['expect_any'])>=2
print(len(rows),'rows OK')
print(dict(collections.Counter(r['kind'] for r in rows)))
print(dict(collections.Counter(r['voice'] for r in rows)))
print('ambiguous:',sum('ambiguous' in r for r in rows))
