# Independent checks on questions.jsonl + a heuristic that q mentions each event date.
import json, re, datetime as dt, sys
sys.path.insert(0, '.')
from rows import ROWS
src = open('/work/shared/source/practice-standards.txt', encoding='utf-8').read()
MON = {m:i+1 for i,m in enumerate(['jan','feb','mar','apr','may','jun','jul','aug','sep','oct','nov','dec'])}
def mentions(q):
    out = set(); ql = q.lower()
    for d,m in re.findall(r'\b(\d{1,2})[/.](\d{1,2})\b', ql): out.add((int(d),int(m)))
    for d,mn in re.findall(r'\b(\d{1,2})(?:st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)', ql): out.add((int(d),MON[mn]))
    return out
bad = 0
rows = [json.loads(l) for l in open('questions.jsonl', encoding='utf-8')]
assert len(rows) == len(ROWS)
for i,(r,spec) in enumerate(zip(rows,ROWS),1):
    for p in r['expect_any']:
        assert p in src and len(p.split()) >= 6, (i,p)
    assert r['voice'] in {'duty','typos','scenario','indirect','newstarter','manager'}
    assert (r['due'] is None) == (r['kind'] == 'none')
    dt.date.fromisoformat(r['today'])
    if r['due'] and r['kind'] != 'age':
        # deadline should not be wildly far from today
        gap = (dt.date.fromisoformat(r['due']) - dt.date.fromisoformat(r['today'])).days
        if abs(gap) > 400: print('far', i, gap, r['q'])
    calcs = spec['calc'] if isinstance(spec['calc'], list) else ([spec['calc']] if spec['calc'] else [])
    rels = {d for _,d in spec['rel']}
    ms = mentions(r['q'])
    for c in calcs:
        e = dt.date.fromisoformat(c[1])
        if c[1] in rels: continue
        if (e.day, e.month) not in ms:
            bad += 1; print('DATE?', i, c, r['q'])
print('checked', len(rows), 'rows; date-mention warnings:', bad)
