import json, collections, datetime as dt, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle, rows
src = open('/work/shared/source/practice-standards.txt', encoding='utf-8').read()
L = [json.loads(l) for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'questions.jsonl'), encoding='utf-8')]
bad = 0
VO = {'duty','typos','scenario','indirect','newstarter','manager'}; KI = {'date','visits','age','choice','none'}
for i, r in enumerate(L):
    assert set(r) >= {'q','today','due','expect_any','count','voice','kind'}, i
    assert r['voice'] in VO and r['kind'] in KI, i
    dt.date.fromisoformat(r['today'])
    assert (r['due'] is None) == (r['kind'] == 'none'), i
    for p in r['expect_any']:
        if p not in src or len(p.split()) < 6: print('PHRASE', i, p); bad += 1
    if r['kind'] == 'choice' and len(r['expect_any']) < 2: print('CHOICE', i); bad += 1
    if r['due'] and r['due'] not in r['count']: print('COUNT', i); bad += 1
    if '{' in r['q']: print('TEMPLATE', i); bad += 1
    if len(set(x['q'] for x in L)) != len(L): pass
print(len(L), 'rows; problems:', bad)
print(collections.Counter(r['kind'] for r in L)); print(collections.Counter(r['voice'] for r in L))
print('ambiguous', sum('ambiguous' in r for r in L), 'dup q', len(L)-len(set(r['q'] for r in L)))
print('years', collections.Counter(r['today'][:4] for r in L))
# re-run oracle and compare
again = oracle.build()
assert [a['due'] for a in again] == [b['due'] for b in L]; print('oracle reproduces all due')
