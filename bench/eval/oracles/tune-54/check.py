import json, collections, sys, datetime as dt
sys.path.insert(0, '.')
import oracle
from rows import SPEC
src = open('/work/shared/source/practice-standards.txt', encoding='utf-8').read()
rows = [json.loads(l) for l in open('questions.jsonl', encoding='utf-8')]
assert len(rows) == len(SPEC) and len(rows) >= 160
rebuilt = oracle.build(SPEC)
bad = 0
for i, (r, b) in enumerate(zip(rows, rebuilt)):
    assert r == b, i
    for p in r['expect_any']:
        if p not in src: print('PHRASE MISSING', i, p); bad += 1
        if len(p.split()) < 6: print('SHORT', i, p); bad += 1
    assert r['voice'] in 'duty typos scenario indirect newstarter manager'.split()
    assert r['kind'] in 'date visits age choice none'.split()
    assert (r['due'] is None) == (r['kind'] == 'none')
    dt.date.fromisoformat(r['today'])
# Easter sanity check of hand-typed bank holidays (anonymous Gregorian algorithm)
def easter(y):
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30;i=c//4;k=c%4
    l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=((h+l-7*m+114)%31)+1
    return dt.date(y,mo,da)
for y in range(2024,2029):
    e=easter(y)
    assert e-dt.timedelta(2) in oracle.BANK_HOLIDAYS and e+dt.timedelta(1) in oracle.BANK_HOLIDAYS, y
    assert sum(1 for d in oracle.BANK_HOLIDAYS if d.year==y)==8
    for d in oracle.BANK_HOLIDAYS: assert d.weekday()<5
print('kinds', collections.Counter(r['kind'] for r in rows))
print('voices', collections.Counter(r['voice'] for r in rows))
print('ambiguous', sum('ambiguous' in r for r in rows), 'bad', bad)
print('years', collections.Counter(r['today'][:4] for r in rows))
