"""Builds questions.jsonl from the spec files using oracle.py, and runs checks."""
import json, re, collections, datetime as dt
from oracle import compute_row, WD
from phrases import P
import spec_scenario, spec_indirect, spec_other

SRC = open('/work/shared/source/practice-standards.txt', encoding='utf-8').read()
rows = spec_scenario.ROWS + spec_indirect.ROWS + spec_other.ROWS
out = []
MONTHS = {m: i for i, m in enumerate(['january','february','march','april','may','june','july','august','september','october','november','december'], 1)}
DAYN = {'monday':0,'tuesday':1,'wednesday':2,'thursday':3,'friday':4,'saturday':5,'sunday':6}
problems = []; nchk = [0]
for i, r in enumerate(rows):
    r['from_note'] = r.get('fn')
    due, cnt = compute_row(r)
    phrases = [P[k] for k in r['ph']]
    for ph in phrases:
        assert ph in SRC and len(ph.split()) >= 6, ph
    if r['kind'] != 'none':
        assert phrases, r['q']
    if r['kind'] == 'choice':
        assert len(phrases) >= 2
    # weekday claims like "Friday 22 May 2026" or "Tuesday 15/09/2026"
    for m in re.finditer(r'(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+) (\d{4})', r['q'], re.I):
        mon = MONTHS.get(m.group(3).lower())
        if mon:
            d = dt.date(int(m.group(4)), mon, int(m.group(2)))
            if d.weekday() != DAYN[m.group(1).lower()]:
                problems.append(('weekday', m.group(0), WD[d.weekday()]))
            nchk[0] += 1
    for m in re.finditer(r'(mon|tues|wed|weds|thurs|fri|sat|sun)[a-z]* (\d{1,2})/(\d{1,2})/(\d{2,4})', r['q'], re.I):
        y = int(m.group(4)); y = y + 2000 if y < 100 else y
        d = dt.date(y, int(m.group(3)), int(m.group(2)))
        if WD[d.weekday()].lower()[:3] != m.group(1).lower()[:3]:
            problems.append(('weekday', m.group(0), WD[d.weekday()]))
            nchk[0] += 1
    row = {'q': r['q'], 'today': r['today'], 'due': due, 'expect_any': phrases, 'count': cnt,
           'voice': r['voice'], 'kind': r['kind']}
    if r.get('amb'):
        row['ambiguous'] = r['amb']
    out.append(row)

with open('questions.jsonl', 'w', encoding='utf-8') as f:
    for row in out:
        f.write(json.dumps(row, ensure_ascii=False) + '\n')

# re-read and check
lines = open('questions.jsonl', encoding='utf-8').read().splitlines()
parsed = [json.loads(l) for l in lines]
assert len(set(p['q'] for p in parsed)) == len(parsed), 'duplicate q'
for p in parsed:
    for ph in p['expect_any']:
        assert ph in SRC
    dt.date.fromisoformat(p['today'])
    if p['kind'] == 'none': assert p['due'] is None
    else: dt.date.fromisoformat(p['due'])
print('rows', len(parsed))
print('kinds', collections.Counter(p['kind'] for p in parsed))
print('voices', collections.Counter(p['voice'] for p in parsed))
print('from-step notes', sum('not the' in p['count'] for p in parsed))
print('ambiguous', sum('ambiguous' in p for p in parsed))
print('years', collections.Counter(p['today'][:4] for p in parsed))
print('problems', problems)
