#!/usr/bin/env python3
"""Oracle for set-heldout-38. Standard library only.
Computes `due` and `count` for every row from a structured spec and writes questions.jsonl.
Run: python3 oracle.py  (writes questions.jsonl next to this file, then runs checks)."""
import datetime as dt, json, os, re, sys

D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = '/work/shared/source/practice-standards.txt'

# England & Wales bank holidays 2024-2028, typed by hand (substitute days included).
BANK_HOLIDAYS = {
    # 2024
    D(2024,1,1), D(2024,3,29), D(2024,4,1), D(2024,5,6), D(2024,5,27), D(2024,8,26), D(2024,12,25), D(2024,12,26),
    # 2025
    D(2025,1,1), D(2025,4,18), D(2025,4,21), D(2025,5,5), D(2025,5,26), D(2025,8,25), D(2025,12,25), D(2025,12,26),
    # 2026 (Boxing Day Sat -> Mon 28 Dec)
    D(2026,1,1), D(2026,4,3), D(2026,4,6), D(2026,5,4), D(2026,5,25), D(2026,8,31), D(2026,12,25), D(2026,12,28),
    # 2027 (Christmas Sat -> Mon 27, Boxing Day Sun -> Tue 28)
    D(2027,1,1), D(2027,3,26), D(2027,3,29), D(2027,5,3), D(2027,5,31), D(2027,8,30), D(2027,12,27), D(2027,12,28),
    # 2028 (New Year Sat -> Mon 3 Jan)
    D(2028,1,3), D(2028,4,14), D(2028,4,17), D(2028,5,1), D(2028,5,29), D(2028,8,28), D(2028,12,25), D(2028,12,26),
}

def _sanity():
    # every typed bank holiday is a weekday; 8 per year
    for b in BANK_HOLIDAYS:
        assert b.weekday() < 5, b
    for y in range(2024, 2029):
        assert sum(1 for b in BANK_HOLIDAYS if b.year == y) == 8, y
    # cross-check Easter dates with the anonymous Gregorian algorithm
    for y in range(2024, 2029):
        a=y%19; b=y//100; c=y%100; d=b//4; e=b%4; f=(b+8)//25; g=(b-f+1)//3
        h=(19*a+b-d-g+15)%30; i=c//4; k=c%4; l=(32+2*e+2*i-h-k)%7; m=(a+11*h+22*l)//451
        mo=(h+l-7*m+114)//31; da=((h+l-7*m+114)%31)+1
        easter=D(y,mo,da)
        assert easter-dt.timedelta(2) in BANK_HOLIDAYS and easter+dt.timedelta(1) in BANK_HOLIDAYS, y
_sanity()

def fmt(d): return f"{d.isoformat()} ({d.strftime('%a')})"
def is_wd(d): return d.weekday() < 5 and d not in BANK_HOLIDAYS

def wd_after(start, n):
    d = start; skipped = []; k = 0
    while k < n:
        d += dt.timedelta(1)
        if is_wd(d): k += 1
        elif d in BANK_HOLIDAYS: skipped.append(d)
    return d, skipped

def wd_before(start, n):
    d = start; skipped = []; k = 0
    while k < n:
        d -= dt.timedelta(1)
        if is_wd(d): k += 1
        elif d in BANK_HOLIDAYS: skipped.append(d)
    return d, skipped

def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12); y += d.year; m += 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return D(y, m, min(d.day, last)), d.day > last

# Rule table: key -> (op, n, phrase copied verbatim from the standards)
R = {
 'contact':      ('wd', 1, 'decisions made by what action are required by a Team Leader within 1 working day'),
 'initdec':      ('wd', 1, 'Initial decisions will be made about the action required within 1 working day'),
 'referral':     ('wd', 1, 'Referrals will be actioned by a social worker within 1 working day'),
 's47seen':      ('days', 0, 'the child / children will be seen by the Social Worker the same day'),
 's47disc':      ('days', 5, 'Within 5 days of the Section 47 being initiated'),
 'alloc':        ('wd', 3, 'allocated to a social worker to complete a Child and Family Assessment within 3 working days'),
 'tlreview':     ('wd', 15, 'All assessments will be reviewed by the Team Leader within 15 working days'),
 'assess45':     ('days', 45, 'Assessments must all be completed within 45 days'),
 'strat':        ('wd', 1, 'this must happen within 1 working day and should be chaired by a social work manager'),
 'transfer':     ('days', 5, 'giving at least 5 days’ notice'),
 'icpc':         ('wd', 15, 'Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion'),
 'icpcfam':      ('days_before', 3, 'The report will be shared with family at least 3 the days prior to conference'),
 'icpcchair':    ('wd_before', 3, 'The report will be sent to the child protection chair 3 working days before the conference'),
 'coregroup':    ('days', 10, 'The first core group must be  held within 10 days of the conference'),
 'cpvisit':      ('weeks', 4, 'Visits to a child subject to a CP plan will take place at least every 4 weeks'),
 'rcpcpar':      ('days_before', 3, 'This report must be shared with parents at least 3 days prior to the review conference'),
 'rcpcchair':    ('days_before', 3, 'The report will be available to the conference chair at least 3 days prior to the review conference'),
 'cp12':         ('months', 12, 'when they have been subject to a plan for 12 months'),
 'plo1':         ('days', 10, 'The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter'),
 'plofgc':       ('wd', 3, 'Referral should be made within 3 working days of the first PLO meeting'),
 'viability':    ('wd', 3, 'Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting'),
 'plomins':      ('days', 7, 'distributed to parents and their legal representation within 7 days of the meeting'),
 'ploreview':    ('weeks', 6, 'Review PLO meetings with parents to be held every 4-6 weeks'),
 'plo12':        ('weeks', 12, 'A review legal planning meeting will be held at 12 weeks'),
 'plo16':        ('weeks', 16, 'a Legal Gateway meeting will be convened at 16 weeks'),
 'plo12ext':     ('weeks', 4, 'In exceptional circumstances a further period of 4 weeks will be agreed in PLO'),
 'cindeplan':    ('days', 20, 'will set the first CIN meeting within 20 days'),
 'cintransfer':  ('days', 10, 'the initial CIN meeting must take place within 10 days'),
 'cinreview':    ('weeks', 6, 'CIN review meetings will be held at least every 6 weeks'),
 'cinvisit':     ('weeks', 6, 'A child subject to a CIN plan will be seen at least every 6 weeks'),
 'lacassess':    ('wd', 20, 'If it is an emergency / unplanned admission the assessment will be completed within 20 working days'),
 'lacvisit1':    ('wd', 1, 'The child will be visited within 1 working day of coming into care or having a change in placement'),
 'placemtg':     ('wd', 3, 'The placement meeting will be held within 3 working days'),
 'placeplan':    ('wd', 5, 'an updated copy given to the carers within 5 working days of the placement beginning'),
 'familytime':   ('weeks', 8, 'reviewed at least every 8 week until the plan for permanence is agreed'),
 'ciccpack':     ('weeks', 3, 'The child will be provided with a coming into care pack, children rights leaflet within 3 weeks'),
 'legalstatus':  ('wd', 5, 'All other professionals involved with the child will be informed of the child’s legal status within 5 working days'),
 'iha':          ('wd', 20, 'An initial health assessment will be requested and carried out within 20 working days'),
 'pep':          ('days', 20, 'A PEP meeting will be arranged within the school within 20 days'),
 'lacweekly':    ('weeks', 1, 'Statutory looked after visits must happen weekly until the first looked after review'),
 'lac6':         ('weeks', 6, 'then a minimum of every 6 weeks thereafter until the plan for permanence is finalised'),
 'lac12':        ('weeks', 12, 'Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement'),
 'careplan':     ('days', 10, 'An up to date care plan will be recorded on the electronic system within 10 days of placement'),
 'lacreview1':   ('wd', 20, 'The initial Looked After Review must take place within 20 working days of the child becoming looked after'),
 'iroreport':    ('days_before', 3, 'this will be with the IRO 3 days before the review'),
 'iroinformal':  ('wd', 5, 'If the challenge is not resolved within 5 working days a formal dispute will be raised'),
 'iroformal':    ('wd', 20, 'The formal dispute resolution process should be completed from start to finish within 20 working days'),
 'adoptweekly':  ('weeks', 1, 'Once the child is placed weekly statutory visits will take place until the first Looked After Review'),
 'adopt6':       ('weeks', 6, 'then visits will be a minimum of 6 weekly until the Adoption Order is Granted'),
 'adoptapp':     ('weeks', 10, 'Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order'),
 'fcvisit':      ('weeks', 6, 'Trafford foster carers are visited at least once every six weeks'),
 'fcrecord':     ('wd', 3, 'a record of this visit is recorded on LCS within 3 working days'),
 'fcunann':      ('months', 12, 'will have an unannounced visit at least once every 12 months'),
 'fcannual':     ('months', 12, 'All Trafford foster carers will have an annual review including an updated Safer Caring Policy'),
 'fcpanel':      ('months', 36, 'will have an annual review presented to the Fostering Panel at least every three years'),
 'fcdbs':        ('months', 36, 'will have updated statutory references, medicals and DBS checks at least every three years'),
 'fctraining':   ('months', 36, 'All Trafford foster carers must update their core training at least every three years'),
 'variation':    ('wd', 6, 'This can only be given for up to 6 working days'),
 'tempappr':     ('weeks', 16, 'Temporary approval is for 16 weeks but can be extended for a further 8 weeks'),
 'tempext':      ('weeks', 24, 'Temporary approval is for 16 weeks but can be extended for a further 8 weeks'),
 'record':       ('days', 3, 'any event or contact is recorded within 3 days'),
 'summary':      ('months', 3, 'A clear and concise case file summary which has been updated within the last 3 months'),
 'assess12':     ('months', 12, 'An up to date assessment (within the last 12 months) on each child'),
 # ages
 'age6':         ('age', (6, 0), 'If a child under the age of 6 enters PLO or proceedings'),
 'age12':        ('age', (12, 0), 'if they are 12 or over they should be offered an advocate'),
 'age15h':       ('age', (15, 6), 'A pathway plan will be started when the young person is 15 years 6 months'),
}

def apply(rule, start):
    op, n, phrase = R[rule]
    if op == 'wd':
        d, sk = wd_after(start, n)
        c = f"{n} working day{'s' if n>1 else ''} after {fmt(start)} -> {fmt(d)}"
        if not is_wd(start): c += f"; start is not a working day, counted from it"
        if sk: c += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
    elif op == 'wd_before':
        d, sk = wd_before(start, n)
        c = f"{n} working days before {fmt(start)} -> {fmt(d)}"
        if sk: c += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
    elif op == 'days':
        d = start + dt.timedelta(n)
        c = f"{fmt(start)} + {n} days -> {fmt(d)}" if n else f"same day as {fmt(start)}"
    elif op == 'days_before':
        d = start - dt.timedelta(n)
        c = f"{n} calendar days before {fmt(start)} -> {fmt(d)}"
    elif op == 'weeks':
        d = start + dt.timedelta(7 * n)
        c = f"{fmt(start)} + {n} week{'s' if n>1 else ''} ({7*n} days) -> {fmt(d)}"
    elif op == 'months':
        d, clipped = add_months(start, n)
        c = f"{fmt(start)} + {n} months -> {fmt(d)}" + ("; clipped to month end" if clipped else "")
    elif op == 'age':
        yrs, mos = n
        tot = yrs * 12 + mos
        y, m = divmod(start.month - 1 + tot, 12); y += start.year; m += 1
        try:
            d = D(y, m, start.day); note = ''
        except ValueError:
            if start.month == 2 and start.day == 29 and m == 2:
                d = D(y, 3, 1); note = '; born 29 Feb, non-leap year so birthday taken as 1 March'
            else:
                import calendar
                d = D(y, m, calendar.monthrange(y, m)[1]); note = '; day clipped to month end'
        age = f"{yrs} years" + (f" {mos} months" if mos else "")
        c = f"born {fmt(start)}; turns {age} on {fmt(d)}{note}"
    else:
        raise ValueError(op)
    return d, c, phrase

WD = ['Mon','Tue','Wed','Thu','Fri','Sat','Sun']
def resolve(expr, today):
    """start date: ISO string, 'T-3' (days before today), 'last:Fri' (most recent Fri strictly before today),
    'next:Mon' (first Mon strictly after today)."""
    if isinstance(expr, D): return expr
    if expr.startswith('T'):
        return today + dt.timedelta(int(expr[1:] or 0))
    if expr.startswith('last:'):
        w = WD.index(expr[5:]); d = today - dt.timedelta(1)
        while d.weekday() != w: d -= dt.timedelta(1)
        return d
    if expr.startswith('next:'):
        w = WD.index(expr[5:]); d = today + dt.timedelta(1)
        while d.weekday() != w: d += dt.timedelta(1)
        return d
    return D.fromisoformat(expr)

def build(row):
    today = D.fromisoformat(row['today'])
    out = {'q': row['q'], 'today': row['today']}
    kind = row['kind']
    if kind == 'none':
        out.update(due=None, expect_any=row.get('expect_any', []), count=row['why'])
    elif kind == 'choice':
        res = []
        for rule, st in row['rules']:
            s = resolve(st, today); d, c, p = apply(rule, s); res.append((d, c, p, rule))
        due = min(r[0] for r in res)
        out.update(due=due.isoformat(), expect_any=[r[2] for r in res],
                   count=' | '.join(f"{r[3]}: {r[1]}" for r in res) + f"; earlier = {due.isoformat()}")
    else:
        s = resolve(row['start'], today)
        d, c, p = apply(row['rule'], s)
        if 'then' in row:   # chained rule (e.g. 16 weeks then the deadline before it)
            d2, c2, _ = apply(row['then'], d); d, c = d2, c + '; then ' + c2
        out.update(due=d.isoformat(), expect_any=[p] + row.get('also', []), count=c)
    out['voice'] = row['voice']; out['kind'] = kind
    if row.get('ambiguous'): out['ambiguous'] = row['ambiguous']
    return out

if __name__ == '__main__':
    sys.path.insert(0, HERE)
    from rows import ROWS
    src = open(SOURCE, encoding='utf-8').read()
    outs = [build(r) for r in ROWS]
    errs = 0
    for o in outs:
        for p in o['expect_any']:
            if p not in src or len(p.split()) < 6:
                print('PHRASE FAIL:', p, '|', o['q']); errs += 1
    with open(os.path.join(HERE, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for o in outs: f.write(json.dumps(o, ensure_ascii=False) + '\n')
    from collections import Counter
    print(len(outs), 'rows'); print(Counter(o['kind'] for o in outs)); print(Counter(o['voice'] for o in outs))
    print('errors', errs)
