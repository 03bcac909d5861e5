import json, collections, sys, datetime as dt
sys.path.insert(0, '.')
import oracle
src = open('/work/shared/source/practice-standards.txt', encoding='utf-8').read()
rows = [json.loads(l) for l in open('questions.jsonl', encoding='utf-8')]
gen = oracle.build()
bad = 0
for i, (r, g) in enumerate(zip(rows, gen)):
    assert r == g, i
    for p in r['expect_any']:
        if p not in src or len(p.split()) < 6: print('phrase', i, p); bad += 1
    if r['kind'] != 'none' and not r['expect_any']: print('noexp', i); bad += 1
    if r['kind'] == 'choice' and len(r['expect_any']) < 2: print('choice', i); bad += 1
    dt.date.fromisoformat(r['today'])
    if r['due'] is None and r['kind'] != 'none': print('nodue', i); bad += 1
print(len(rows), 'rows, bad', bad)
print(collections.Counter(r['kind'] for r in rows))
print(collections.Counter(r['voice'] for r in rows))
print(collections.Counter(r['due'][:4] for r in rows if r['due']))
print('ambiguous', sum('ambiguous' in r for r in rows))
