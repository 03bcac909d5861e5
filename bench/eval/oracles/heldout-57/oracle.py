#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (round57/set-heldout-57).

Standard library only. Computes every `due` and `count` from the structured
row descriptions in ROWS and writes questions.jsonl. Run `python3 oracle.py --check`
to also verify phrases against the source and the kind/voice counts.
"""
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

D = dt.date
HERE = Path(__file__).resolve().parent
SOURCE = Path("/work/shared/source/practice-standards.txt")

# England and Wales bank holidays 2024-2028, typed by hand (substitute days included).
BANK_HOLIDAYS = {
    # 2024
    D(2024, 1, 1), D(2024, 3, 29), D(2024, 4, 1), D(2024, 5, 6), D(2024, 5, 27),
    D(2024, 8, 26), D(2024, 12, 25), D(2024, 12, 26),
    # 2025
    D(2025, 1, 1), D(2025, 4, 18), D(2025, 4, 21), D(2025, 5, 5), D(2025, 5, 26),
    D(2025, 8, 25), D(2025, 12, 25), D(2025, 12, 26),
    # 2026 (Boxing Day Sat -> Mon 28 Dec)
    D(2026, 1, 1), D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 4), D(2026, 5, 25),
    D(2026, 8, 31), D(2026, 12, 25), D(2026, 12, 28),
    # 2027 (Christmas Sat -> Mon 27, Boxing Day Sun -> Tue 28)
    D(2027, 1, 1), D(2027, 3, 26), D(2027, 3, 29), D(2027, 5, 3), D(2027, 5, 31),
    D(2027, 8, 30), D(2027, 12, 27), D(2027, 12, 28),
    # 2028 (New Year Sat -> Mon 3 Jan)
    D(2028, 1, 3), D(2028, 4, 14), D(2028, 4, 17), D(2028, 5, 1), D(2028, 5, 29),
    D(2028, 8, 28), D(2028, 12, 25), D(2028, 12, 26),
}


def _self_test_holidays():
    """Cross-check the typed list against rules (Easter by the anonymous Gregorian algorithm)."""
    def easter(y):
        a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4
        f = (b + 8) // 25; g = (b - f + 1) // 3; h = (19 * a + b - d - g + 15) % 30
        i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * l) // 451
        mo = (h + l - 7 * m + 114) // 31; da = ((h + l - 7 * m + 114) % 31) + 1
        return D(y, mo, da)
    for y in range(2024, 2029):
        got = {h for h in BANK_HOLIDAYS if h.year == y}
        assert len(got) == 8, (y, got)
        e = easter(y)
        assert e - dt.timedelta(2) in got and e + dt.timedelta(1) in got, y
        for h in got:
            assert h.weekday() < 5, h
        first_may = min(D(y, 5, d) for d in range(1, 8) if D(y, 5, d).weekday() == 0)
        last_may = max(D(y, 5, d) for d in range(25, 32) if D(y, 5, d).weekday() == 0)
        last_aug = max(D(y, 8, d) for d in range(25, 32) if D(y, 8, d).weekday() == 0)
        assert {first_may, last_may, last_aug} <= got, y


WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WDL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONL = ["January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"]


def iso(d):
    return f"{d.isoformat()} ({WD[d.weekday()]})"


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = (D(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(1)).day
    return D(y, m, min(d.day, last)), d.day > last


def skipped(a, b):
    lo, hi = min(a, b), max(a, b)
    return [h for h in sorted(BANK_HOLIDAYS) if lo < h < hi]


def skip_note(a, b):
    s = skipped(a, b)
    return ("; skips bank holidays " + ", ".join(h.isoformat() for h in s)) if s else ""


# ---- rules: each returns (due_date, count_text) ----
def W(start, n):
    d, k = start, 0
    while k < n:
        d += dt.timedelta(1)
        if is_wd(d):
            k += 1
    note = "" if is_wd(start) else " (start day is not a working day; counted from it)"
    return d, f"{n} working day{'s' if n > 1 else ''} after {iso(start)}{note} -> {iso(d)}{skip_note(start, d)}"


def WB(meeting, n):
    d, k = meeting, 0
    while k < n:
        d -= dt.timedelta(1)
        if is_wd(d):
            k += 1
    return d, f"{n} working days before {iso(meeting)} -> {iso(d)}{skip_note(d, meeting)}"


def Dd(start, n):
    d = start + dt.timedelta(n)
    bh = " (falls on a bank holiday)" if d in BANK_HOLIDAYS else (" (falls on a weekend)" if d.weekday() > 4 else "")
    return d, f"{n} calendar days after {iso(start)} -> {iso(d)}{bh}"


def DB(meeting, n):
    d = meeting - dt.timedelta(n)
    bh = " (falls on a bank holiday)" if d in BANK_HOLIDAYS else (" (falls on a weekend)" if d.weekday() > 4 else "")
    return d, f"{n} calendar days before {iso(meeting)} -> {iso(d)}{bh}"


def Wk(start, n):
    d = start + dt.timedelta(7 * n)
    bh = " (falls on a bank holiday)" if d in BANK_HOLIDAYS else (" (falls on a weekend)" if d.weekday() > 4 else "")
    return d, f"{n} week{'s' if n > 1 else ''} ({7 * n} days) after {iso(start)} -> {iso(d)}{bh}"


def M(start, n):
    d, clamped = add_months(start, n)
    c = f" (day {start.day} does not exist in that month: last day of month used)" if clamped else ""
    unit = f"{n} months" if n % 12 else f"{n // 12} year{'s' if n > 12 else ''} ({n} months)"
    return d, f"{unit} after {iso(start)} -> {iso(d)}{c}"


def AGE(dob, years, months=0):
    total = years * 12 + months
    y, m = divmod(dob.month - 1 + total, 12)
    y += dob.year
    m += 1
    if dob.month == 2 and dob.day == 29 and months == 0:
        try:
            d = D(y, 2, 29)
            note = ""
        except ValueError:
            d = D(y, 3, 1)
            note = f" (29 Feb birthday; {y} is not a leap year so 1 March is used)"
    else:
        d, clamped = add_months(dob, total)
        note = f" (day {dob.day} does not exist in that month: last day of month used)" if clamped else ""
    label = f"{years}th birthday" if not months else f"age {years} years {months} months"
    return d, f"{label} for DOB {dob.isoformat()} -> {iso(d)}{note}"


RULES = {"W": W, "WB": WB, "D": Dd, "DB": DB, "Wk": Wk, "M": M, "AGE": AGE}


# ---- verbatim phrases from the source (checked by --check) ----
P = {
    'contact': "made by what action are required by a Team Leader within 1 working day",
    'initdec': "Initial decisions will be made about the action required within 1 working day",
    'referral': "Referrals will be actioned by a social worker within 1 working day",
    's47disc': "Within 5 days of the Section 47 being initiated",
    'alloc': "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
    'tlreview': "All assessments will be reviewed by the Team Leader within 15 working days",
    'a45': "Assessments must all be completed within 45 days",
    'strat1wd': "a strategy discussion is required, this must happen within 1 working day",
    'notice': "the Neighbourhood Team via email, giving at least 5 days’ notice",
    'icpc': "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
    'icpcfam': "The report will be shared with family at least 3 the days prior to conference",
    'icpcchair': "The report will be sent to the child protection chair 3 working days before the conference",
    'cg': "held within 10 days of the conference and is used to put detail",
    'cpvisit': "Visits to a child subject to a CP plan will take place at least every 4 weeks",
    'rcpcpar': "This report must be shared with parents at least 3 days prior to the review conference",
    'rcpcchair': "The report will be available to the conference chair at least 3 days prior to the review conference",
    '12m': "when they have been subject to a plan for 12 months",
    'plo1': "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
    'fgc': "Referral should be made within 3 working days of the first PLO meeting",
    'viab': "need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
    'plomin': "distributed to parents and their legal representation within 7 days of the meeting",
    'plorev': "Review PLO meetings with parents to be held every 4-6 weeks",
    'plo12': "A review legal planning meeting will be held at 12 weeks",
    'plo16': "a Legal Gateway meeting will be convened at 16 weeks",
    'plo4': "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
    'cin20': "will set the first CIN meeting within 20 days",
    'cin10': "the initial CIN meeting must take place within 10 days",
    'cinrev': "CIN review meetings will be held at least every 6 weeks",
    'cinvisit': "A child subject to a CIN plan will be seen at least every 6 weeks",
    'emerg': "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
    'visit1': "The child will be visited within 1 working day of coming into care or having a change in placement",
    'seen1': "All looked after children will be seen within 1 working day of placement",
    'placemtg': "The placement meeting will be held within 3 working days",
    'pplan': "an updated copy given to the carers within 5 working days of the placement beginning",
    'ft8': "reviewed at least every 8 week until the plan for permanence is agreed",
    'pack': "The child will be provided with a coming into care pack, children rights leaflet within 3 weeks",
    'legal': "will be informed of the child’s legal status within 5 working days",
    'iha': "An initial health assessment will be requested and carried out within 20 working days",
    'pep': "A PEP meeting will be arranged within the school within 20 days",
    'lacweekly': "Statutory looked after visits must happen weekly until the first looked after review",
    'lac6': "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
    'lac12': "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement and been there for over 12 months",
    'careplan': "An up to date care plan will be recorded on the electronic system within 10 days of placement",
    'lacrev': "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
    'pathway': "A pathway plan will be started when the young person is 15 years 6 months",
    'iroreport': "this will be with the IRO 3 days before the review",
    'iro5': "If the challenge is not resolved within 5 working days a formal dispute will be raised",
    'iro20': "The formal dispute resolution process should be completed from start to finish within 20 working days",
    'adopt6': "If a child under the age of 6 enters PLO or proceedings",
    'adoptweekly': "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
    'adopt6w': "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
    'adopt10': "Once the children have been in placement with the adopter for 10 weeks",
    'fcvisit': "Trafford foster carers are visited at least once every six weeks",
    'fcrecord': "a record of this visit is recorded on LCS within 3 working days",
    'unann': "will have an unannounced visit at least once every 12 months",
    'annual': "All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
    'panel3': "will have an annual review presented to the Fostering Panel at least every three years",
    'dbs': "updated statutory references, medicals and DBS checks at least every three years",
    'training': "must update their core training at least every three years",
    'variation': "This can only be given for up to 6 working days",
    'temp': "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
    'record': "any event or contact is recorded within 3 days",
    'summary': "A clear and concise case file summary which has been updated within the last 3 months",
    'assess12': "An up to date assessment (within the last 12 months) on each child",
    'advocate': "if they are 12 or over they should be offered an advocate",
    # phrases for `none` rows: the nearest sentence, which sets no timescale
    'n_rcpc': "The child protection chair will set the date of the next conference",
    'n_superv': "monitored through supervision which takes place in line with the supervision policy",
    'n_shopba': "This needs to take place after the area teams final care planning meeting",
    'n_shopbaletter': "Parents will be sent a letter detailing the outcome of the SHOPBA signed by the ADM",
    'n_iro': "The IRO will contact the child between reviews to ensure the progress of the plan",
    'n_pathway': "will be reviewed by the IRO as part of the statutory review",
    'n_chron': "A chronology of significant events and their impact that includes risk and protective factors",
    'n_support': "a Support Meeting will be held and chaired by the Team Leader",
    'n_missing': "The risk of going missing and child sexual exploitation will be considered and risk assessed",
    'n_lifestory': "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
}


# ---- date formatting for questions ----
def ordn(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt(d, style):
    return {
        'dm': f"{d.day:02d}/{d.month:02d}",
        'dmnp': f"{d.day}/{d.month}",
        'dmy2': f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
        'dmy2np': f"{d.day}/{d.month}/{d.year % 100:02d}",
        'dmy4': f"{d.day:02d}/{d.month:02d}/{d.year}",
        'dot': f"{d.day}.{d.month}.{d.year % 100:02d}",
        'dotdm': f"{d.day}.{d.month}",
        'dash': f"{d.day:02d}-{d.month:02d}-{d.year % 100:02d}",
        'ord': f"{ordn(d.day)} {MON[d.month - 1]}",
        'ordl': f"{ordn(d.day)} {MON[d.month - 1].lower()}",
        'ordfl': f"{ordn(d.day)} {MONL[d.month - 1].lower()}",
        'ordf': f"{ordn(d.day)} {MONL[d.month - 1]}",
        'ordfy': f"{ordn(d.day)} {MONL[d.month - 1]} {d.year}",
        'dmf': f"{d.day} {MONL[d.month - 1]}",
        'dmfy': f"{d.day} {MONL[d.month - 1]} {d.year}",
        'dayord': f"{WDL[d.weekday()]} {ordn(d.day)}",
        'dayordf': f"{WDL[d.weekday()]} {ordn(d.day)} {MONL[d.month - 1]}",
        'daydm': f"{WD[d.weekday()]} {d.day:02d}/{d.month:02d}",
        'the': f"the {ordn(d.day)}",
    }[style]


def resolve(tok, today):
    if isinstance(tok, D):
        return tok
    if tok == 'today':
        return today
    if tok == 'yesterday':
        return today - dt.timedelta(1)
    if tok == 'tomorrow':
        return today + dt.timedelta(1)
    m = re.fullmatch(r'last (mon|tue|wed|thu|fri|sat|sun)', tok)
    if m:  # most recent such weekday strictly before today
        wd = [w.lower() for w in WD].index(m.group(1))
        d = today - dt.timedelta(1)
        while d.weekday() != wd:
            d -= dt.timedelta(1)
        return d
    return D.fromisoformat(tok)


def run_rule(rule, today):
    name, *args = rule
    args = [resolve(a, today) if isinstance(a, str) else a for a in args]
    return RULES[name](*args)


# ---- the rows ----
# (voice, kind, today, q_template, rule_or_rules_or_None, phrase_keys, start_token, ambiguous)
# q_template may contain {s:style}; s = resolved start token.
ROWS = []


def R(voice, kind, today, q, rule, keys, s=None, amb=None):
    ROWS.append(dict(voice=voice, kind=kind, today=today, q=q, rule=rule, keys=keys, s=s, amb=amb))


A45 = ("Working Together counts the C&F assessment in 45 working days; the standards say "
       "'45 days', read here as calendar days.")
PLOSTART = ("The standards do not say what the 12/16 weeks run from; counted here from the PLO letter "
            "date, but a reader could count from the first PLO meeting.")

# ======================= duty =======================
R('duty', 'date', '2025-12-22', "strat {s:dm} icpc by?", ('W', 's', 15), ['icpc'], '2025-12-19')
R('duty', 'date', '2026-04-02', "contact in today 4pm, TL screening decision due when?", ('W', 's', 1), ['contact'], 'today')
R('duty', 'date', '2026-05-01', "referral landed with me today, SW action by?", ('W', 's', 1), ['referral'], 'today')
R('duty', 'date', '2025-04-17', "s47 initiated {s:dm}, mgr progress discussion due?", ('D', 's', 5), ['s47disc'], '2025-04-17')
R('duty', 'date', '2026-08-28', "TL decided today it needs a C&F - allocate to SW by?", ('W', 's', 3), ['alloc'], 'today')
R('duty', 'date', '2025-12-23', "C&F started {s:dm}, TL review by?", ('W', 's', 15), ['tlreview'], '2025-12-15')
R('duty', 'date', '2026-03-30', "C&F start {s:dmy2}, 45 day deadline?", ('D', 's', 45), ['a45'], '2026-03-02', A45)
R('duty', 'date', '2027-03-25', "mgmt decision today strat needed - strat by?", ('W', 's', 1), ['strat1wd'], 'today')
R('duty', 'date', '2026-12-21', "icpc {s:dm} - SW report to CP chair by?", ('WB', 's', 3), ['icpcchair'], '2027-01-05')
R('duty', 'date', '2025-12-29', "icpc {s:dm}, 1st core group by?", ('D', 's', 10), ['cg'], '2025-12-23')
R('duty', 'visits', '2026-03-16', "cp visit last {s:dm} next by?", ('Wk', 's', 4), ['cpvisit'], '2026-03-06')
R('duty', 'date', '2026-05-26', "plo letter dated {s:dmy2}, 1st plo mtg by?", ('D', 's', 10), ['plo1'], '2026-05-22')
R('duty', 'date', '2025-05-06', "1st plo mtg {s:dm} fgc referral by?", ('W', 's', 3), ['fgc'], '2025-05-02')
R('duty', 'date', '2026-12-21', "1st PLO mtg {s:dm}, minutes to parents + sols by?", ('D', 's', 7), ['plomin'], '2026-12-21')
R('duty', 'visits', '2027-08-02', "cin visit {s:dmy2} next due?", ('Wk', 's', 6), ['cinvisit'], '2027-07-19')
R('duty', 'date', '2025-12-24', "LAC today, visit by?", ('W', 's', 1), ['visit1', 'seen1'], 'today')
R('duty', 'date', '2026-12-24', "placed {s:dm}, placement mtg by?", ('W', 's', 3), ['placemtg'], '2026-12-24')
R('duty', 'date', '2027-12-20', "LAC {s:dmy2}, initial LAR by?", ('W', 's', 20), ['lacrev'], '2027-12-20')
R('duty', 'date', '2025-04-15', "IHA - LAC from {s:dm}, done by?", ('W', 's', 20), ['iha'], '2025-04-14')
R('duty', 'date', '2026-05-21', "placement started {s:dm}, updated placement plan to carers by?", ('W', 's', 5), ['pplan'], '2026-05-20')
R('duty', 'visits', '2025-12-01', "FC SSW visit {s:dm}, next due?", ('Wk', 's', 6), ['fcvisit'], '2025-11-17')
R('duty', 'date', '2026-04-02', "fc visit done {s:dm}, on LCS by?", ('W', 's', 3), ['fcrecord'], '2026-04-02')
R('duty', 'date', '2025-08-22', "IRO informal challenge {s:dm} - goes formal if not resolved by?", ('W', 's', 5), ['iro5'], '2025-08-22')
R('duty', 'none', '2026-02-10', "icpc was {s:dm} - RCPC due by?", None, ['n_rcpc'], '2026-02-03')
R('duty', 'choice', '2026-03-04', "conf {s:dm} whats the next meeting due?", [('D', 's', 10), ('D', 's', 20)], ['cg', 'cin20'], '2026-03-03')
R('duty', 'age', '2026-01-12', "cp conf, yp dob {s:dmy2} - when 12 for advocate?", ('AGE', 's', 12), ['advocate'], '2014-03-29')
R('duty', 'date', '2025-12-15', "LAC {s:dm}, CiC pack + rights leaflet by?", ('Wk', 's', 3), ['pack'], '2025-12-12')
R('duty', 'date', '2027-12-23', "LAC {s:dm} - legal status to other profs by?", ('W', 's', 5), ['legal'], '2027-12-22')

# ======================= typos =======================
R('typos', 'date', '2026-04-01', "strat discusion was on {s:dot} when dose the icpc have to be by", ('W', 's', 15), ['icpc'], '2026-03-31')
R('typos', 'date', '2025-04-22', "assesment started {s:ordl} when does the team leader need to reveiw it", ('W', 's', 15), ['tlreview'], '2025-04-16')
R('typos', 'date', '2025-04-28', "icpc is on {s:dot} when do i need to get my report to the chair", ('WB', 's', 3), ['icpcchair'], '2025-05-06')
R('typos', 'date', '2026-12-23', "core gorup after conferance on {s:dmnp} when", ('D', 's', 10), ['cg'], '2026-12-22')
R('typos', 'visits', '2025-12-15', "last cp vist was {s:dotdm} whens the next one due by", ('Wk', 's', 4), ['cpvisit'], '2025-12-02')
R('typos', 'date', '2025-12-22', "plo leter sent {s:dot} frist meeting by when", ('D', 's', 10), ['plo1'], '2025-12-19')
R('typos', 'date', '2025-12-29', "viabilty assesment request after intial plo meeting on {s:ordl}, deadline?", ('W', 's', 3), ['viab'], '2025-12-24')
R('typos', 'date', '2026-12-29', "childs been placed in emergancy {s:dmy2np} when does the assesment need doing by", ('W', 's', 20), ['emerg'], '2026-12-23')
R('typos', 'date', '2027-04-30', "placment meeting - kid moved in {s:ordl} today when by", ('W', 's', 3), ['placemtg'], '2027-04-30')
R('typos', 'date', '2025-08-28', "careplan on the system when? placed {s:dot}", ('D', 's', 10), ['careplan'], '2025-08-27')
R('typos', 'date', '2026-07-20', "pep meeting due when, child became lac {s:dmnp}", ('D', 's', 20), ['pep'], '2026-07-15')
R('typos', 'date', '2026-04-08', "inital lac reveiw, came into care {s:dmy2np}", ('W', 's', 20), ['lacrev'], '2026-04-02')
R('typos', 'visits', '2025-12-29', "lac visits weekly till first reveiw, last one was {s:dotdm} next?", ('Wk', 's', 1), ['lacweekly'], '2025-12-24')
R('typos', 'date', '2026-05-06', "need to informm other profs of legal status by when? child lac since monday", ('W', 's', 5), ['legal'], 'last mon')
R('typos', 'date', '2025-12-02', "iro disput formal stage started {s:dot} has to be finished by", ('W', 's', 20), ['iro20'], '2025-12-01')
R('typos', 'visits', '2025-01-20', "foster carer unanounced visit last one {s:dmy2} when next", ('M', 's', 12), ['unann'], '2024-02-29')
R('typos', 'date', '2027-01-06', "temp aproval connected person started {s:dmy2np} how long b4 it runs out (no extention)", ('Wk', 's', 16), ['temp'], '2027-01-05')
R('typos', 'date', '2025-12-29', "visit was sat {s:the} dec, when shud it be recorded by", ('D', 's', 3), ['record'], '2025-12-27')
R('typos', 'date', '2026-03-02', "adopters had child placed since {s:ordl} when can they apply for the adoption order", ('Wk', 's', 10), ['adopt10'], '2026-02-14')
R('typos', 'age', '2025-11-03', "pathway plan start - yp dob {s:dmy4} when", ('AGE', 's', 15, 6), ['pathway'], '2010-08-31')
R('typos', 'none', '2026-03-18', "whens my next supervison due, last one was 3/2", None, ['n_superv'])
R('typos', 'date', '2025-04-10', "cin meeting after deplanning on {s:dmy2np} when by", ('D', 's', 20), ['cin20'], '2025-04-09')
R('typos', 'date', '2025-06-02', "s47 started {s:dmy2np} when do i disscuss progress with manager", ('D', 's', 5), ['s47disc'], '2025-05-30')
R('typos', 'date', '2027-01-04', "contact recieved {s:dmy2np} tl decison by", ('W', 's', 1), ['contact'], '2026-12-31')
R('typos', 'choice', '2025-09-02', "assesment started {s:dot} whens it due", [('W', 's', 15), ('D', 's', 45)], ['tlreview', 'a45'], '2025-09-01')
R('typos', 'date', '2026-01-05', "case summery last updated {s:dmy2np} when does it need updating", ('M', 's', 3), ['summary'], '2025-11-14')
R('typos', 'date', '2026-05-11', "fc dbs/refs/medicals last done {s:dot} renewal due", ('M', 's', 36), ['dbs'], '2023-06-03')
R('typos', 'age', '2026-11-09', "dob {s:dot} when is she 6 (adoption sw thing in plo)", ('AGE', 's', 6), ['adopt6'], '2021-04-14')
R('typos', 'choice', '2026-01-05', "rcpc {s:dmy2np} my report when", [('DB', 's', 3), ('DB', 's', 3)], ['rcpcpar', 'rcpcchair'], '2026-01-12')

# ======================= scenario =======================
R('scenario', 'date', '2026-12-29',
  "I'm covering for a colleague over Christmas. A referral came in on 23 December about a 6-year-old "
  "(DOB 14/02/2020) and the manager agreed a S47 was needed; the strategy discussion took place on {s:ordf}. "
  "Mum's next GP appointment is 8 January. When does the ICPC need to happen by?",
  ('W', 's', 15), ['icpc'], '2026-12-24')
R('scenario', 'date', '2025-05-27',
  "Family known to us since 2023. We held the ICPC on {s:ordf} and the child was made subject to a plan "
  "under neglect. The next school review is 12 June. When must the first core group be held?",
  ('D', 's', 10), ['cg'], '2025-05-23')
R('scenario', 'visits', '2027-08-20',
  "Lad's been on a CP plan since 2 June. I last saw him alone at home on {s:ordf}. Dad's contact is on "
  "the 25th. When's my next visit due by?", ('Wk', 's', 4), ['cpvisit'], '2027-08-04')
R('scenario', 'date', '2026-03-30',
  "Legal Gateway agreed PLO on 10 March and the PLO letter went out dated {s:ordf}. Mum has a solicitor, "
  "dad hasn't instructed one. When should the first PLO meeting be by?", ('D', 's', 10), ['plo1'], '2026-03-27')
R('scenario', 'date', '2027-05-26',
  "First PLO meeting was held on {s:ordf}. Baby was born 2 April and the next review PLO meeting is pencilled "
  "for late June. When do the minutes need to go to the parents and their solicitors?",
  ('D', 's', 7), ['plomin'], '2027-05-25')
R('scenario', 'date', '2025-04-22',
  "A 13-year-old came into care under police protection on {s:ordf} (Good Friday) and is now with foster carers. "
  "She'll be 14 on 20 April. When's the initial health assessment due?", ('W', 's', 20), ['iha'], '2025-04-18')
R('scenario', 'date', '2025-12-22',
  "Our C&F assessment finished on 2 December and the case has transferred from Children's First Response to "
  "the Neighbourhood Team; the transfer happened on {s:ordf}. When does the initial CIN meeting need to happen?",
  ('D', 's', 10), ['cin10'], '2025-12-19')
R('scenario', 'visits', '2026-07-20',
  "We had the first CIN meeting on 5 May, and the last CIN review meeting was on {s:ordf}. The child's "
  "birthday is the 20th. When's the next review meeting due?", ('Wk', 's', 6), ['cinrev'], '2026-07-17')
R('scenario', 'date', '2027-05-28',
  "The initial LAC review was on 3 Feb. Her placement broke down and she moved to new carers today ({s:dayordf}). "
  "When do I need to have visited her by?", ('W', 's', 1), ['visit1'], 'today')
R('scenario', 'date', '2026-08-21',
  "Twins came into care yesterday, {s:ordf}. Their older brother came in last year on 4 July. When's the "
  "initial Looked After Review due for the twins?", ('W', 's', 20), ['lacrev'], '2026-08-20')
R('scenario', 'date', '2025-07-07',
  "Connected person's temporary approval was agreed by the ADM on {s:ordf}, and we know we'll need the 8 week "
  "extension as the full assessment won't be done. If the extension is agreed, when does it end?",
  ('Wk', 's', 24), ['temp'], '2025-07-04')
R('scenario', 'date', '2027-03-16',
  "IRO raised a formal dispute on {s:ordf} about drift in the care plan; the informal challenge had been on "
  "5 March. When must the whole formal process be finished?", ('W', 's', 20), ['iro20'], '2027-03-15')
R('scenario', 'age', '2026-02-02',
  "Young person came into care in 2019, DOB {s:dmy4}. Next LAC review is 14 May. When should the pathway plan "
  "be started?", ('AGE', 's', 15, 6), ['pathway'], '2010-11-15')
R('scenario', 'date', '2026-01-05',
  "Little Pip Marrowbone (made-up name) was placed with adopters on {s:ordf}. First LAC review is on 12 Jan. "
  "When can the adopters apply for the adoption order?", ('Wk', 's', 10), ['adopt10'], '2025-12-22')
R('scenario', 'date', '2025-12-22',
  "ICPC is booked for {s:dayordf}. The strategy discussion was on the 10th and the S47 finished Friday. "
  "What's the latest I can share my report with the parents?", ('DB', 's', 3), ['icpcfam'], '2026-01-05')
R('scenario', 'date', '2026-12-14',
  "Review conference is set for {s:ordfy}. The ICPC was back in September and mum wants time to read "
  "the plan update. What's the latest I can share the report with the parents?", ('DB', 's', 3), ['rcpcpar'], '2027-01-04')
R('scenario', 'date', '2026-01-06',
  "Referral came in on 2 Jan, the C&F assessment started on {s:ordf}; child's DOB is 01/01/2018. "
  "When does my Team Leader need to have reviewed it by?", ('W', 's', 15), ['tlreview'], '2026-01-05')
R('scenario', 'none', '2025-11-10',
  "Adoption is the plan. Our final care planning meeting was on 4 November and the IRH is listed for 15 January. "
  "What's the deadline for the SHOPBA?", None, ['n_shopba'])
R('scenario', 'choice', '2027-12-24',
  "Child came into care as an emergency and was placed with foster carers on {s:ordf}. Mum's family time is "
  "Wednesday. Which meeting is due next and by when?", [('W', 's', 3), ('W', 's', 20)], ['placemtg', 'lacrev'], '2027-12-23')
R('scenario', 'date', '2026-02-02',
  "Boy has been on a CP plan since {s:ordfy}; the last review conference was 10 Jan and progress isn't enough "
  "to de-plan. When does he hit 12 months so we need the professional thinking time meeting?",
  ('M', 's', 12), ['12m'], '2025-02-28')
R('scenario', 'date', '2027-12-22',
  "Section 20 was agreed and she came into care today ({s:ordf}); her birthday is on the 27th. By when do "
  "I have to tell the other professionals involved about her legal status?", ('W', 's', 5), ['legal'], 'today')
R('scenario', 'visits', '2025-08-04',
  "First LAC review was held on 9 June. I last visited her at the placement on {s:ordf} and the plan for "
  "permanence isn't finalised yet. When's the next statutory visit due?", ('Wk', 's', 6), ['lac6'], '2025-07-14')
R('scenario', 'date', '2026-03-02',
  "PLO started with the letter dated {s:ordf}. The review legal planning meeting was held at 12 weeks and "
  "they're still in PLO. When should the Legal Gateway meeting be?", ('Wk', 's', 16), ['plo16'], '2026-01-07', PLOSTART)
R('scenario', 'date', '2026-05-26',
  "I did a home visit on {s:dayord} late afternoon and then went off sick; the next visit is on the 28th. "
  "When should the visit have been recorded by?", ('D', 's', 3), ['record'], '2026-05-22')
R('scenario', 'choice', '2025-12-01',
  "The case has stepped down to Child in Need as of {s:ordf}. School holidays start on the 19th. "
  "When's the first CIN meeting due?", [('D', 's', 10), ('D', 's', 20)], ['cin10', 'cin20'], '2025-11-28')
R('scenario', 'none', '2026-06-15',
  "Carers rang today (15 June) to say the placement is wobbling and they might give notice. "
  "How many days do I have to hold the Support Meeting?", None, ['n_support'])
R('scenario', 'date', '2027-08-27',
  "A referral came in at 3pm today ({s:dayordf}) from school about bruising; the sibling was known in 2024. "
  "When does the Team Leader need to decide what action is needed?", ('W', 's', 1), ['initdec'], 'today')
R('scenario', 'age', '2026-02-16',
  "Conference is on 9 March. The older sister's DOB is {s:dmy4}, the younger one is 8. When does the older "
  "one turn 12, so we offer her an advocate?", ('AGE', 's', 12), ['advocate'], '2014-04-06')

# ======================= indirect =======================
R('indirect', 'date', '2027-12-15',
  "the meeting where everyone agrees the protection plan - the multi-agency strat chat was on {s:ordf}, latest we can hold it?",
  ('W', 's', 15), ['icpc'], '2027-12-14')
R('indirect', 'date', '2027-08-24',
  "the letter that starts pre-proceedings went out dated {s:dmy2}; when do we need to sit down with the parents and their lawyer?",
  ('D', 's', 10), ['plo1'], '2027-08-23')
R('indirect', 'date', '2026-08-25',
  "the smaller follow-up meeting with family and professionals where we flesh out the protection plan - the big meeting was {s:ordf}. by when?",
  ('D', 's', 10), ['cg'], '2026-08-24')
R('indirect', 'visits', '2027-12-06',
  "when do I have to be out to see a kid who's on a protection plan again? last saw her {s:ordf}",
  ('Wk', 's', 4), ['cpvisit'], '2027-12-01')
R('indirect', 'date', '2025-08-21',
  "the notes from the pre-proceedings meeting with parents and solicitors - meeting was {s:dm}, when do they need to go out?",
  ('D', 's', 7), ['plomin'], '2025-08-20')
R('indirect', 'date', '2026-12-11',
  "the medical that kids get when they first come into care - he came in {s:dmy2}, when should it be done by?",
  ('W', 's', 20), ['iha'], '2026-12-10')
R('indirect', 'date', '2025-04-01',
  "first big review with the independent reviewing officer after a kid comes into care - came in {s:ordf}",
  ('W', 's', 20), ['lacrev'], '2025-03-31')
R('indirect', 'date', '2025-08-22',
  "the meeting with the carers a few days after a move to sort delegated authority - she moved in today {s:dm}",
  ('W', 's', 3), ['placemtg'], 'today')
R('indirect', 'date', '2027-05-17',
  "the meeting at school about the education plan for a child in our care - came in {s:ordf}",
  ('D', 's', 20), ['pep'], '2027-05-14')
R('indirect', 'date', '2026-04-02',
  "the welcome pack and the leaflet about their rights - went into care {s:ordf}, when do they need them by?",
  ('Wk', 's', 3), ['pack'], '2026-04-01')
R('indirect', 'date', '2027-12-23',
  "the document on the system saying what the child needs and how we'll meet it now they're in care - placed {s:dm}, due by?",
  ('D', 's', 10), ['careplan'], '2027-12-22')
R('indirect', 'date', '2027-06-14',
  "when can the new mum and dad put their application to court to make it permanent? she moved in with them {s:ordf}",
  ('Wk', 's', 10), ['adopt10'], '2027-06-11')
R('indirect', 'visits', '2026-11-23',
  "our foster carers' regular check-in from their supervising social worker - last one was {s:ordf}, next by?",
  ('Wk', 's', 6), ['fcvisit'], '2026-11-16')
R('indirect', 'visits', '2026-02-02',
  "the surprise visit we do to foster carers - last one was {s:dmy4}, next by?",
  ('M', 's', 12), ['unann'], '2026-01-30')
R('indirect', 'visits', '2025-03-03',
  "foster carers' police checks, references and medicals - last lot done {s:ordfy}, when do they need redoing?",
  ('M', 's', 36), ['dbs'], '2024-02-29')
R('indirect', 'date', '2025-12-29',
  "the heads-up email to the neighbourhood team before we hand a CIN case over - we want to hand over on {s:dayordf}, "
  "latest I can email them?", ('DB', 's', 5), ['notice'], '2026-01-05')
R('indirect', 'date', '2026-12-30',
  "the catch-up between worker and manager on how the child protection enquiry is going - enquiry kicked off today ({s:ordf})",
  ('D', 's', 5), ['s47disc'], 'today')
R('indirect', 'date', '2026-12-22',
  "how long does the reviewing officer's escalation get before it turns into the formal stage? she flagged it to me today {s:ordf}",
  ('W', 's', 5), ['iro5'], 'today')
R('indirect', 'date', '2027-03-24',
  "asking the placements team to screen the grandparents as possible carers, after the first pre-proceedings meeting today ({s:ordf}) - by when?",
  ('W', 's', 3), ['viab'], 'today')
R('indirect', 'visits', '2025-11-03',
  "how parents and kids see each other while in care - when do the arrangements need looking at again? last looked at {s:ordf}",
  ('Wk', 's', 8), ['ft8'], '2025-10-31')
R('indirect', 'date', '2025-12-19',
  "how long can a carer keep a child who's outside what they're approved for? Strategic Lead said yes today {s:ordf}",
  ('W', 's', 6), ['variation'], 'today',
  "'Up to 6 working days' could be read as including the day permission is given (ending a day earlier).")
R('indirect', 'date', '2025-03-03',
  "the pre-proceedings review with the lawyer from legal at the three-month point - letter was dated {s:ordf}",
  ('Wk', 's', 12), ['plo12'], '2025-02-26', PLOSTART)
R('indirect', 'age', '2026-09-14',
  "the age where a child should be offered someone to speak up for them at conference - DOB {s:dmy2}, when do they get there?",
  ('AGE', 's', 12), ['advocate'], '2015-04-05')
R('indirect', 'choice', '2025-04-14',
  "the write-up for the meeting where we agree a protection plan - the meeting's on {s:dayordf}. when does the write-up have to go?",
  [('WB', 's', 3), ('DB', 's', 3)], ['icpcchair', 'icpcfam'], '2025-04-22')
R('indirect', 'none', '2027-01-11',
  "the chat you have with a kid when they come back from being missing - she came home {s:ordf}, how long do I have?",
  None, ['n_missing'], '2027-01-10')
R('indirect', 'none', '2026-09-07',
  "how often does the independent reviewer have to check in with the child in between the big reviews?", None, ['n_iro'])
R('indirect', 'date', '2026-01-12',
  "the front summary on the child's file - last done {s:dmy2}, when does it go out of date?", ('M', 's', 3), ['summary'], '2025-11-30')
R('indirect', 'date', '2026-04-22',
  "the meeting with the family when pre-proceedings is still going - legal said there's an extra bit of time as it's exceptional; "
  "the 12 week review was {s:ordf}, when does that extra period end?", ('Wk', 's', 4), ['plo4'], '2026-04-21',
  "The extra 4 weeks is counted here from the 12-week review meeting; it could be read as running from another PLO date.")

# ======================= newstarter =======================
R('newstarter', 'date', '2025-08-18',
  "Hi, sorry if this is basic - I'm new. We had a strategy discussion on {s:ordf}. When does the Initial Child "
  "Protection Conference (ICPC) need to be held by?", ('W', 's', 15), ['icpc'], '2025-08-15')
R('newstarter', 'date', '2026-11-17',
  "Hello! I've just been allocated a Child and Family Assessment that started on {s:ordf}. When does the whole "
  "assessment need to be finished?", ('D', 's', 45), ['a45'], '2026-11-16', A45)
R('newstarter', 'date', '2027-05-28',
  "Hi all, could someone tell me when the first core group needs to be? The child protection conference was "
  "yesterday ({s:dayord}).", ('D', 's', 10), ['cg'], 'yesterday')
R('newstarter', 'visits', '2025-11-13',
  "Sorry to ask, how often do I need to see a child on a child in need plan? My last home visit was {s:ordf}. "
  "When's the next one due?", ('Wk', 's', 6), ['cinvisit'], '2025-11-12')
R('newstarter', 'visits', '2026-04-07',
  "Hi, I'm not sure about looked after visits. Child came into care a few weeks ago, the first review hasn't "
  "happened yet, and I last saw him on {s:ordf}. When's the next visit?", ('Wk', 's', 1), ['lacweekly'], '2026-04-02')
R('newstarter', 'date', '2026-10-05',
  "Apologies if obvious - the Public Law Outline (PLO) letter was dated {s:ordf}; when should the review legal "
  "planning meeting be?", ('Wk', 's', 12), ['plo12'], '2026-10-01', PLOSTART)
R('newstarter', 'date', '2026-08-28',
  "Hello, when do I need to refer for a Family Group Conference in PLO? The first PLO meeting was yesterday, {s:dayord}.",
  ('W', 's', 3), ['fgc'], 'yesterday')
R('newstarter', 'date', '2025-12-04',
  "Hi, newbie question: a child came into our care as an emergency on {s:ordf}. When does the assessment of "
  "their needs need to be completed?", ('W', 's', 20), ['emerg'], '2025-12-03')
R('newstarter', 'date', '2027-12-23',
  "Could anyone help - what's the deadline for giving the carers the updated placement plan? The placement "
  "began today ({s:ordf}).", ('W', 's', 5), ['pplan'], 'today')
R('newstarter', 'age', '2026-10-12',
  "Hi, I have a young person in care and need to know when their pathway plan should be started. Their date of "
  "birth is {s:dmy4}.", ('AGE', 's', 15, 6), ['pathway'], '2011-08-31')
R('newstarter', 'date', '2027-03-23',
  "Sorry, what's the timescale for the initial health assessment? He became looked after on {s:ordf}.",
  ('W', 's', 20), ['iha'], '2027-03-22')
R('newstarter', 'date', '2025-05-22',
  "Hello, I'm on the Front Door this week. If a contact comes in on {s:dayord} afternoon, by when should the "
  "Team Leader have made the decision?", ('W', 's', 1), ['contact'], '2025-05-23')
R('newstarter', 'date', '2026-03-30',
  "Hi, I've been asked to make sure my report gets to the chair before a review child protection conference on "
  "{s:dayordf}. What's the latest?", ('DB', 's', 3), ['rcpcchair'], '2026-04-07')
R('newstarter', 'date', '2025-12-23',
  "Hi, I'm new to the fostering team. I visited one of our foster carers today, {s:ordf}. When must the visit be "
  "recorded on LCS?", ('W', 's', 3), ['fcrecord'], 'today')
R('newstarter', 'date', '2027-05-24',
  "Hello, could someone tell me when the IRO needs my written report for a looked after review on {s:dayordf}?",
  ('DB', 's', 3), ['iroreport'], '2027-06-01')
R('newstarter', 'date', '2026-03-31',
  "Hi, I'm new. After the first PLO meeting on {s:ordf}, when do the minutes need to go to the parents and "
  "their solicitors?", ('D', 's', 7), ['plomin'], '2026-03-30')
R('newstarter', 'date', '2026-10-19',
  "Sorry if silly - a foster carer's core training was last updated on {s:ordfy}. When must it be updated again?",
  ('M', 's', 36), ['training'], '2024-05-15')
R('newstarter', 'visits', '2026-10-26',
  "Hello, I've taken over an adoptive placement. The first Looked After Review has happened and my last visit "
  "was {s:ordf}. When's the next visit due?", ('Wk', 's', 6), ['adopt6w'], '2026-10-19')
R('newstarter', 'none', '2025-06-09',
  "Hi, how soon after the SHOPBA do the parents need to get the letter with the outcome?", None, ['n_shopbaletter'])
R('newstarter', 'age', '2026-06-01',
  "Hi, I think children under 6 in PLO get an adoption social worker. Our little one's DOB is {s:dmy4} and we're "
  "going into PLO soon - when does she turn 6?", ('AGE', 's', 6), ['adopt6'], '2020-12-25')
R('newstarter', 'date', '2027-08-27',
  "Hi, I'm new and doing Front Door referrals. A referral was passed to me today ({s:dayordf}). By when should "
  "I action it?", ('W', 's', 1), ['referral'], 'today')
R('newstarter', 'choice', '2025-12-22',
  "Hello, the first PLO meeting was today ({s:ordf}) and grandparents were put forward. Which referral do I "
  "need to do within a few days, and by when?", [('W', 's', 3), ('W', 's', 3)], ['fgc', 'viab'], 'today')
R('newstarter', 'date', '2027-12-09',
  "Hi, a Child and Family Assessment on my caseload started on {s:ordf}. When does the Team Leader need to "
  "review it?", ('W', 's', 15), ['tlreview'], '2027-12-08')
R('newstarter', 'date', '2025-11-20',
  "Hi, a child I've just been allocated has been on a child protection plan since {s:ordfy}. When will she "
  "have been on it for 12 months?", ('M', 's', 12), ['12m'], '2025-01-31')
R('newstarter', 'visits', '2026-02-23',
  "Hello, our foster carer's annual review was last held on {s:ordfy}. When is the next one due?",
  ('M', 's', 12), ['annual'], '2025-03-28')
R('newstarter', 'date', '2026-12-24',
  "Hi, I'm new - a child on my caseload moved to a new foster placement today ({s:dayordf}). When do I need "
  "to visit?", ('W', 's', 1), ['visit1'], 'today')
R('newstarter', 'none', '2027-02-15',
  "Hello, how often does a young person's pathway plan need to be reviewed?", None, ['n_pathway'])
R('newstarter', 'date', '2026-06-01',
  "Hi, the review PLO meetings are meant to be regular - our last one was on {s:ordf}. What's the latest the next "
  "one can be?", ('Wk', 's', 6), ['plorev'], '2026-05-18',
  "The standard says every 4-6 weeks; the latest date (6 weeks) is given, but 4 weeks is the earliest expected.")

# ======================= manager =======================
R('manager', 'date', '2026-01-26', "Audit: strat {s:dmy2}, ICPC held 23/01/26 - in timescale? what was the deadline?",
  ('W', 's', 15), ['icpc'], '2026-01-02')
R('manager', 'date', '2026-04-20', "ICPC held {s:dmy2}, first core group 13/04/26 - compliant?", ('D', 's', 10), ['cg'], '2026-04-01')
R('manager', 'date', '2027-05-17', "Compliance check: PLO letter dated {s:dmy2}, first PLO meeting held 11/05/27 - within timescale?",
  ('D', 's', 10), ['plo1'], '2027-04-30')
R('manager', 'date', '2026-01-19', "C&F started {s:dmy2}, TL review recorded 09/01/26 - was that within timescale?",
  ('W', 's', 15), ['tlreview'], '2025-12-10')
R('manager', 'date', '2026-02-23', "C&F started {s:dmy4}, completed 20/02/2026 - within 45 days?", ('D', 's', 45), ['a45'], '2026-01-06', A45)
R('manager', 'date', '2025-09-08', "Child LAC from {s:dmy2}; initial LAR held 01/09/25. In time? Deadline?",
  ('W', 's', 20), ['lacrev'], '2025-08-01')
R('manager', 'visits', '2025-12-08', "CP visits audit: visit {s:dmy2} then 02/12/25 - when was the 2nd visit due by?",
  ('Wk', 's', 4), ['cpvisit'], '2025-11-03')
R('manager', 'visits', '2026-03-25', "CIN child last seen at home {s:dmy2} - what date did the next visit fall due?",
  ('Wk', 's', 6), ['cinvisit'], '2026-02-10')
R('manager', 'date', '2026-06-08', "IHA: child LAC {s:dmy2}, IHA done 02/06/26. In timescale?", ('W', 's', 20), ['iha'], '2026-05-01')
R('manager', 'date', '2025-12-01', "Case file summary last updated {s:dmy2} - out of date yet? date it expires?",
  ('M', 's', 3), ['summary'], '2025-08-31')
R('manager', 'date', '2026-01-19', "Assessment on file dated {s:dmy2}, authorised - when does it stop being 'up to date'?",
  ('M', 's', 12), ['assess12'], '2025-02-28')
R('manager', 'date', '2027-10-04', "FC refs/medicals/DBS done {s:dmy2}; renewal deadline?", ('M', 's', 36), ['dbs'], '2025-01-31')
R('manager', 'visits', '2027-06-07', "Panel audit: FC's annual review last presented to Fostering Panel {s:dmy2} - latest next panel date?",
  ('M', 's', 36), ['panel3'], '2024-09-30')
R('manager', 'date', '2027-01-04', "Reg 24 temp approval from {s:dmy2}, no extension - when does it lapse?", ('Wk', 's', 16), ['temp'], '2026-12-23')
R('manager', 'date', '2027-01-11', "IRO formal dispute started {s:dmy2}, resolved 05/01/27 - within timescale?",
  ('W', 's', 20), ['iro20'], '2026-12-01')
R('manager', 'date', '2027-01-11', "Placement began {s:dmy2}, placement meeting held 04/01/27 - in time?", ('W', 's', 3), ['placemtg'], '2026-12-29')
R('manager', 'date', '2028-01-04', "Contact in {s:dmy2} (Fri), TL screening decision recorded 29/12 - in timescale?",
  ('W', 's', 1), ['contact'], '2027-12-24')
R('manager', 'date', '2026-04-14', "PLO first meeting {s:dmy2}, minutes sent 10/04/26 - late?", ('D', 's', 7), ['plomin'], '2026-04-02')
R('manager', 'visits', '2027-05-04', "Family time arrangements last reviewed {s:dmy2}, no permanence plan yet - when was next review due?",
  ('Wk', 's', 8), ['ft8'], '2027-03-04')
R('manager', 'visits', '2027-12-31', "Adoptive placement, post first LAR, last visit {s:dmy2}. Next due?", ('Wk', 's', 6), ['adopt6w'], '2027-11-15')
R('manager', 'date', '2026-05-05', "Child settled in permanent placement since {s:dmy2} - from what date can visits go 12 weekly?",
  ('M', 's', 12), ['lac12'], '2025-03-03',
  "'Over 12 months' could be read as strictly more than 12 months, i.e. from the day after the date given.")
R('manager', 'visits', '2026-11-02', "Child on 12-weekly visits (settled permanent placement), last statutory visit {s:dmy2} - next due?",
  ('Wk', 's', 12), ['lac12'], '2026-10-06')
R('manager', 'date', '2026-01-05', "Audit: child LAC {s:dmy2}, PEP meeting held 30/12/25 - in time?", ('D', 's', 20), ['pep'], '2025-12-08')
R('manager', 'none', '2026-09-21', "Audit: after a significant event, by when must the chronology be updated?", None, ['n_chron'])
R('manager', 'choice', '2026-03-16', "Child placed {s:dmy2}; was the plan done on time? Plan on file 11/03/26.",
  [('W', 's', 5), ('D', 's', 10)], ['pplan', 'careplan'], '2026-03-02')
R('manager', 'date', '2025-11-17', "Audit: S47 initiated {s:dmy2}, manager progress discussion recorded 10/11/25 - ok?",
  ('D', 's', 5), ['s47disc'], '2025-11-04')
R('manager', 'date', '2026-01-19', "CIN transfer from CFR on {s:dmy2}, initial CIN meeting 12/01/26 - compliant?",
  ('D', 's', 10), ['cin10'], '2025-12-31')
R('manager', 'age', '2026-03-23', "Audit: child DOB {s:dmy4} entered PLO 10/03/26 - was she still under 6? what date did she turn 6?",
  ('AGE', 's', 6), ['adopt6'], '2020-02-29')
R('manager', 'date', '2027-09-06', "Legal status notification: child LAC {s:dmy2}, other professionals told 02/09/27 - in time?",
  ('W', 's', 5), ['legal'], '2027-08-26')


def build():
    out = []
    for r in ROWS:
        today = D.fromisoformat(r['today'])
        s = resolve(r['s'], today) if r['s'] else None
        q = re.sub(r"\{s:(\w+)\}", lambda m: fmt(s, m.group(1)), r['q'])
        rule = r['rule']
        if rule is None:
            due, count = None, "no timescale in the standards for this; nothing to count"
        elif isinstance(rule, list):
            res = []
            for i, ru in enumerate(rule):
                res.append(RULES[ru[0]](*[s if a == 's' else a for a in ru[1:]]))
            due = min(d for d, _ in res)
            count = "; ".join(f"option {chr(65 + i)} ({r['keys'][i]}): {c}" for i, (_, c) in enumerate(res))
            count += f"; due = earlier = {due.isoformat()}"
        else:
            due, count = RULES[rule[0]](*[s if a == 's' else a for a in rule[1:]])
        row = {
            'q': q, 'today': r['today'], 'due': due.isoformat() if due else None,
            'expect_any': [P[k] for k in r['keys']], 'count': count,
            'voice': r['voice'], 'kind': r['kind'],
        }
        if r['amb']:
            row['ambiguous'] = r['amb']
        out.append(row)
    return out


def check(rows):
    src = SOURCE.read_text(encoding='utf-8')
    ok = True
    for k, p in P.items():
        if p not in src:
            print("PHRASE NOT IN SOURCE:", k, p); ok = False
        if len(p.split()) < 6:
            print("PHRASE TOO SHORT:", k); ok = False
    text = (HERE / 'questions.jsonl').read_text(encoding='utf-8')
    parsed = [json.loads(l) for l in text.splitlines() if l.strip()]
    assert parsed == rows, "file differs from oracle output"
    for r in parsed:
        assert set(r) >= {'q', 'today', 'due', 'expect_any', 'count', 'voice', 'kind'}
        assert r['expect_any'] and all(p in src for p in r['expect_any'])
        assert (r['due'] is None) == (r['kind'] == 'none'), r
        assert '{' not in r['q'], r['q']
        if r['kind'] == 'choice':
            assert len(r['expect_any']) >= 2
    print("rows:", len(parsed))
    print("kinds:", dict(Counter(r['kind'] for r in parsed)))
    print("voices:", dict(Counter(r['voice'] for r in parsed)))
    print("ambiguous:", sum('ambiguous' in r for r in parsed))
    yrs = Counter(r['due'][:4] for r in parsed if r['due'])
    print("due years:", dict(sorted(yrs.items())))
    dup = [q for q, c in Counter(r['q'] for r in parsed).items() if c > 1]
    assert not dup, dup
    return ok


if __name__ == '__main__':
    _self_test_holidays()
    rows = build()
    if '--check' in sys.argv:
        sys.exit(0 if check(rows) else 1)
    with open(HERE / 'questions.jsonl', 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "rows")
