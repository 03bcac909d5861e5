#!/usr/bin/env python3
"""Checks questions.jsonl: parses, phrases verbatim in source, due recomputed by oracle, counts, bank-holiday sanity."""
import json, sys, os, collections, datetime as dt
here = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, here)
import oracle
from rows import ROWS, PHRASES
src = open('/work/shared/source/practice-standards.txt', encoding='utf-8').read()
bad = 0
for k, p in PHRASES.items():
    if p not in src: print('PHRASE NOT FOUND', k, p); bad += 1
    if len(p.split()) < 6: print('PHRASE TOO SHORT', k, p); bad += 1
rows = [json.loads(l) for l in open(os.path.join(here, 'questions.jsonl'), encoding='utf-8')]
rebuilt = oracle.build(ROWS, PHRASES)
assert len(rows) == len(rebuilt)
for r, b in zip(rows, rebuilt):
    assert r['due'] == b['due'] and r['count'] == b['count'], r['q']
    assert set(r) >= {'q','today','due','expect_any','count','voice','kind'}
    for p in r['expect_any']: assert p in src, p
    if r['kind'] == 'choice': assert len(r['expect_any']) >= 2
    if r['kind'] == 'none': assert r['due'] is None
    dt.date.fromisoformat(r['today'])
assert len(set(r['q'] for r in rows)) == len(rows), 'duplicate q'
# bank holiday sanity: weekday rules and Easter (anonymous Gregorian algorithm)
def easter(y):
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
    i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=(h+l-7*m+114)%31+1
    return dt.date(y,mo,da)
for y in range(2024, 2029):
    bh = sorted(x for x in oracle.BANK_HOLIDAYS if x.year == y)
    assert len(bh) == 8, y
    assert all(x.weekday() < 5 for x in bh), y
    e = easter(y)
    assert e - dt.timedelta(2) in bh and e + dt.timedelta(1) in bh, y
    may = [x for x in bh if x.month == 5]; aug = [x for x in bh if x.month == 8]
    assert may[0].day <= 7 and may[1].day > 24 and aug[0].day > 24 and all(x.weekday()==0 for x in may+aug), y
print('rows', len(rows), 'phrase problems', bad)
print('kinds', collections.Counter(r['kind'] for r in rows))
print('voices', collections.Counter(r['voice'] for r in rows))
print('ambiguous', sum('ambiguous' in r for r in rows))
print('years of today', collections.Counter(r['today'][:4] for r in rows))
