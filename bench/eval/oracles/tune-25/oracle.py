#!/usr/bin/env python3
"""Oracle for the frozen deadline question set. Standard library only.
Each row is described structurally; due and count are computed here and written to questions.jsonl.
Run: python3 oracle.py   (writes questions.jsonl next to this file and runs checks)"""
import datetime as dt, json, os, re, sys
from collections import Counter

D = dt.date.fromisoformat
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = '/work/shared/source/practice-standards.txt'

# England and Wales bank holidays 2024-2028, typed by hand (substitute days applied).
BANK_HOLIDAYS = {D(s) for s in [
    # 2024
    '2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26',
    # 2025
    '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26',
    # 2026 (Boxing Day Sat -> Mon 28)
    '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
    # 2027 (Christmas Sat -> Mon 27, Boxing Day Sun -> Tue 28)
    '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28',
    # 2028 (New Year Sat -> Mon 3)
    '2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26',
]}

def fmt(d):
    return f"{d.isoformat()} ({d.strftime('%a')})"

def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS

def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year; m += 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last)), d.day > last

DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

def resolve(s, today):
    """ISO date, or relative: 'yesterday', 'today', 'tomorrow', 'last:fri' (most recent Friday strictly before today)."""
    if s == 'today': return today, 'today'
    if s == 'yesterday': return today - dt.timedelta(1), 'yesterday'
    if s == 'tomorrow': return today + dt.timedelta(1), 'tomorrow'
    if s.startswith('last:'):
        w = DAYS.index(s[5:]); d = today - dt.timedelta(1)
        while d.weekday() != w: d -= dt.timedelta(1)
        return d, f"last {s[5:].capitalize()}"
    return D(s), None

def compute(calc, today):
    op, start = calc[0], calc[1]
    s, rel = resolve(start, today)
    pre = f"'{rel}' read against today {today.isoformat()} = {s.isoformat()}; " if rel else ''
    if op == 'wd':
        n = calc[2]; d = s; k = 0; skipped = []
        while k < n:
            d += dt.timedelta(1)
            if is_wd(d): k += 1
            elif d in BANK_HOLIDAYS: skipped.append(d.isoformat())
        note = f"; skips bank holidays {', '.join(skipped)}" if skipped else ''
        if s in BANK_HOLIDAYS or s.weekday() >= 5: note += f"; event day {s.isoformat()} is not a working day, counted from it"
        return d, f"{pre}{n} working days after {fmt(s)} -> {fmt(d)}{note}"
    if op == 'wdb':
        n = calc[2]; d = s; k = 0; skipped = []
        while k < n:
            d -= dt.timedelta(1)
            if is_wd(d): k += 1
            elif d in BANK_HOLIDAYS: skipped.append(d.isoformat())
        note = f"; skips bank holidays {', '.join(skipped)}" if skipped else ''
        return d, f"{pre}{n} working days before {fmt(s)} -> {fmt(d)}{note}"
    if op == 'd':
        d = s + dt.timedelta(calc[2])
        return d, f"{pre}{calc[2]} calendar days after {fmt(s)} -> {fmt(d)}"
    if op == 'db':
        d = s - dt.timedelta(calc[2])
        return d, f"{pre}{calc[2]} calendar days before {fmt(s)} -> {fmt(d)}"
    if op == 'same':
        return s, f"{pre}same day as {fmt(s)}"
    if op == 'w':
        d = s + dt.timedelta(7 * calc[2])
        return d, f"{pre}{calc[2]} weeks ({7*calc[2]} days) after {fmt(s)} -> {fmt(d)}"
    if op == 'm':
        d, clamp = add_months(s, calc[2])
        note = '; day clamped to end of month' if clamp else ''
        return d, f"{pre}{calc[2]} months after {fmt(s)} -> {fmt(d)}{note}"
    if op == 'age':
        y, mo = calc[2], calc[3] if len(calc) > 3 else 0
        if s.month == 2 and s.day == 29 and mo == 0:
            try:
                d = dt.date(s.year + y, 2, 29); note = ''
            except ValueError:
                d = dt.date(s.year + y, 3, 1); note = '; 29 Feb birthday in a non-leap year taken as 1 March'
        else:
            d, clamp = add_months(s, 12 * y + mo)
            note = '; day clamped to end of month' if clamp else ''
        lab = f"{y} years" + (f" {mo} months" if mo else '')
        return d, f"{pre}DOB {fmt(s)} + {lab} -> {fmt(d)}{note}"
    raise ValueError(op)

P = {
 'contact': "decisions made by what action are required by a Team Leader within 1 working day",
 'initdec': "Initial decisions will be made about the action required within 1 working day",
 'referral': "Referrals will be actioned by a social worker within 1 working day",
 's47seen': "the child / children will be seen by the Social Worker the same day",
 's47disc': "Within 5 days of the Section 47 being initiated",
 'alloc': "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 'tlreview': "All assessments will be reviewed by the Team Leader within 15 working days",
 'complete45': "Assessments must all be completed within 45 days",
 'strat1wd': "a strategy discussion is required, this must happen within 1 working day",
 'strat24': "A strategy discussion within 24 hours involving all relevant agencies",
 'transfer5': "will notify the Neighbourhood Team via email, giving at least 5 days",
 'jointvisit': "will complete a joint visit to the home to introduce the new worker",
 'icpc': "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 'rep_family': "The report will be shared with family at least 3 the days prior to conference",
 'rep_chair': "The report will be sent to the child protection chair 3 working days before the conference",
 'advocate': "if they are 12 or over they should be offered an advocate",
 'cg1': "held within 10 days of the conference and is used to put detail on the outline CP plan",
 'cpvisit': "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 'cphome': "A statutory CP visit must not be recorded on the child’s file unless the child was seen at home",
 'rcpc_parents': "This report must be shared with parents at least 3 days prior to the review conference",
 'rcpc_chair': "The report will be available to the conference chair at least 3 days prior to the review conference",
 'ptt': "when they have been subject to a plan for 12 months",
 'plo1': "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 'fgc': "Referral should be made within 3 working days of the first PLO meeting",
 'viab': "need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 'plomins': "to be distributed to parents and their legal representation within 7 days of the meeting",
 'ploreview': "Review PLO meetings with parents to be held every 4-6 weeks",
 'plo12': "A review legal planning meeting will be held at 12 weeks",
 'plo4': "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
 'plo16': "If the case remains in PLO a Legal Gateway meeting will be convened at 16 weeks",
 'cin20': "will set the first CIN meeting within 20 days",
 'cin10': "When a case transfers from Trafford Childrens First Response the initial CIN meeting must take place within 10 days",
 'cinrev': "CIN review meetings will be held at least every 6 weeks",
 'cinvisit': "A child subject to a CIN plan will be seen at least every 6 weeks",
 'cic_assess': "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 'cic_visit1': "The child will be visited within 1 working day of coming into care or having a change in placement",
 'cic_visit1b': "All looked after children will be seen within 1 working day of placement",
 'placemtg': "The placement meeting will be held within 3 working days",
 'placeplan': "an updated copy given to the carers within 5 working days of the placement beginning",
 'famtime': "reviewed at least every 8 week until the plan for permanence is agreed",
 'pack': "coming into care pack, children rights leaflet within 3 weeks",
 'legalstatus': "will be informed of the child’s legal status within 5 working days",
 'iha': "An initial health assessment will be requested and carried out within 20 working days",
 'pep': "A PEP meeting will be arranged within the school within 20 days",
 'lacweekly': "Statutory looked after visits must happen weekly until the first looked after review",
 'lac6': "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 'lac12': "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 'careplan': "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 'lacrev1': "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 'pathway': "A pathway plan will be started when the young person is 15 years 6 months",
 'iroreport': "this will be with the IRO 3 days before the review",
 'iro5': "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 'iro20': "The formal dispute resolution process should be completed from start to finish within 20 working days",
 'adopt6': "If a child under the age of 6 enters PLO or proceedings",
 'adoptweekly': "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 'adopt6w': "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 'adopt10': "Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
 'fcvisit': "Trafford foster carers are visited at least once every six weeks",
 'fcrecord': "a record of this visit is recorded on LCS within 3 working days",
 'fcunann': "will have an unannounced visit at least once every 12 months",
 'fcannual': "All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
 'fcpanel': "will have an annual review presented to the Fostering Panel at least every three years",
 'fcdbs': "updated statutory references, medicals and DBS checks at least every three years",
 'fctraining': "must update their core training at least every three years",
 'variation': "This can only be given for up to 6 working days",
 'temp16': "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 'recording': "any event or contact is recorded within 3 days",
 'summary': "A clear and concise case file summary which has been updated within the last 3 months",
 'assess12': "An up to date assessment (within the last 12 months) on each child",
 # phrases used by `none` rows (closest sentence; it sets no timescale)
 'n_rcpc': "The child protection chair will set the date of the next conference",
 'n_lacrev': "a new LAC review will be set in accordance with the timescales",
 'n_superv': "The progress of the CIN plan should be monitored through supervision which takes place in line with the supervision policy",
 'n_coregroup': "The multi –agency plan and the targets agreed and outcomes expected are reviewed at every core group",
 'n_missing': "The risk of going missing and child sexual exploitation will be considered and risk assessed",
 'n_lifestory': "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
 'n_stratrec': "the plan for the enquiries and decisions recorded and a record sent to all participating professionals",
 'n_pathrev': "will be reviewed by the IRO as part of the statutory review",
 'n_shopba': "Parents will be sent a letter detailing the outcome of the SHOPBA signed by the ADM",
}

from rows import ROWS  # noqa: E402  (row descriptions live in rows.py next to this file)

def build():
    out = []
    for r in ROWS:
        voice, kind, today, q, calc, keys = r[:6]
        amb = r[6] if len(r) > 6 else None
        today = D(today)
        if kind == 'none':
            due, count = None, 'The standards set no timescale for this; the answer is that none is set.'
        elif kind == 'choice':
            res = [compute(c, today) for c in calc]
            due = min(x[0] for x in res)
            count = ' | '.join(f"option {i+1}: {x[1]}" for i, x in enumerate(res)) + f"; due = earlier = {due.isoformat()}"
        else:
            due, count = compute(calc, today)
        row = {'q': q, 'today': today.isoformat(), 'due': due.isoformat() if due else None,
               'expect_any': [P[k] for k in keys], 'count': count, 'voice': voice, 'kind': kind}
        if amb: row['ambiguous'] = amb
        out.append(row)
    return out

def check(rows):
    src = open(SOURCE, encoding='utf-8').read()
    norm = lambda s: re.sub(r'[ \t]+', ' ', s)
    bad = 0
    for i, r in enumerate(rows):
        for p in r['expect_any']:
            if p not in src:
                print('PHRASE NOT FOUND', i, p); bad += 1
            if len(p.split()) < 6:
                print('PHRASE TOO SHORT', i, p); bad += 1
        assert r['voice'] in {'duty', 'typos', 'scenario', 'indirect', 'newstarter', 'manager'}, r
        assert r['kind'] in {'date', 'visits', 'age', 'choice', 'none'}, r
        assert (r['due'] is None) == (r['kind'] == 'none'), r
        if r['kind'] == 'choice': assert len(r['expect_any']) >= 2, r
    return bad

# self-check of the typed bank holiday list against rules (Easter via anonymous Gregorian algorithm)
def _easter(y):
    a = y % 19; b, c = divmod(y, 100); d, e = divmod(b, 4); f = (b + 8) // 25; g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30; i, k = divmod(c, 4); l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451; mo, da = divmod(h + l - 7 * m + 114, 31)
    return dt.date(y, mo, da + 1)

def _rule_holidays(y):
    s = set(); nd = dt.date(y, 1, 1)
    while nd.weekday() >= 5: nd += dt.timedelta(1)
    s.add(nd); e = _easter(y); s |= {e - dt.timedelta(2), e + dt.timedelta(1)}
    def first_mon(m):
        d = dt.date(y, m, 1)
        while d.weekday() != 0: d += dt.timedelta(1)
        return d
    def last_mon(m):
        d = dt.date(y, m + 1, 1) - dt.timedelta(1)
        while d.weekday() != 0: d -= dt.timedelta(1)
        return d
    s |= {first_mon(5), last_mon(5), last_mon(8)}
    c, b = dt.date(y, 12, 25), dt.date(y, 12, 26)
    if c.weekday() == 5: c, b = dt.date(y, 12, 27), dt.date(y, 12, 28)
    elif c.weekday() == 6: c, b = dt.date(y, 12, 27), dt.date(y, 12, 26)
    elif b.weekday() == 5: b = dt.date(y, 12, 28)
    s |= {c, b}
    return s

if __name__ == '__main__':
    rule = set().union(*[_rule_holidays(y) for y in range(2024, 2029)])
    if rule != BANK_HOLIDAYS:
        print('BANK HOLIDAY MISMATCH', sorted(rule ^ BANK_HOLIDAYS)); sys.exit(1)
    rows = build()
    bad = check(rows)
    with open(os.path.join(HERE, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    # re-parse
    with open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8') as f:
        back = [json.loads(l) for l in f]
    print('rows', len(back), 'bad phrases', bad)
    print('kinds', Counter(r['kind'] for r in back))
    print('voices', Counter(r['voice'] for r in back))
    print('ambiguous', sum('ambiguous' in r for r in back))
    yrs = Counter((r['due'] or r['today'])[:4] for r in back); print('years', yrs)
