#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (set-heldout-58).

Standard library only. Computes `due` and `count` for every row from a structured
description, checks expect_any phrases against the source, checks relative-date
wording against `today`, and writes questions.jsonl.
"""
import calendar
import datetime as dt
import json
import os
import sys

SRC = "/work/shared/source/practice-standards.txt"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.jsonl")
D = dt.date.fromisoformat

# ---------------------------------------------------------------- bank holidays
# England and Wales, typed by hand (substitute days included).
BANK_HOLIDAYS = {
    # 2024
    "2024-01-01": "New Year's Day", "2024-03-29": "Good Friday", "2024-04-01": "Easter Monday",
    "2024-05-06": "Early May", "2024-05-27": "Spring", "2024-08-26": "Summer",
    "2024-12-25": "Christmas Day", "2024-12-26": "Boxing Day",
    # 2025
    "2025-01-01": "New Year's Day", "2025-04-18": "Good Friday", "2025-04-21": "Easter Monday",
    "2025-05-05": "Early May", "2025-05-26": "Spring", "2025-08-25": "Summer",
    "2025-12-25": "Christmas Day", "2025-12-26": "Boxing Day",
    # 2026 (Boxing Day is a Saturday -> substitute Monday 28th)
    "2026-01-01": "New Year's Day", "2026-04-03": "Good Friday", "2026-04-06": "Easter Monday",
    "2026-05-04": "Early May", "2026-05-25": "Spring", "2026-08-31": "Summer",
    "2026-12-25": "Christmas Day", "2026-12-28": "Boxing Day (substitute)",
    # 2027 (Christmas Sat, Boxing Day Sun -> Mon 27th, Tue 28th)
    "2027-01-01": "New Year's Day", "2027-03-26": "Good Friday", "2027-03-29": "Easter Monday",
    "2027-05-03": "Early May", "2027-05-31": "Spring", "2027-08-30": "Summer",
    "2027-12-27": "Christmas Day (substitute)", "2027-12-28": "Boxing Day (substitute)",
    # 2028 (New Year's Day is a Saturday -> Monday 3rd)
    "2028-01-03": "New Year's Day (substitute)", "2028-04-14": "Good Friday", "2028-04-17": "Easter Monday",
    "2028-05-01": "Early May", "2028-05-29": "Spring", "2028-08-28": "Summer",
    "2028-12-25": "Christmas Day", "2028-12-26": "Boxing Day",
}
BH = {D(k) for k in BANK_HOLIDAYS}


def _selfcheck_bank_holidays():
    """Independent re-derivation of the typed list from the rules."""
    def easter(y):  # anonymous Gregorian algorithm
        a, b, c = y % 19, y // 100, y % 100
        d, e = b // 4, b % 4
        f = (b + 8) // 25
        g = (b - f + 1) // 3
        h = (19 * a + b - d - g + 15) % 30
        i, k = c // 4, c % 4
        l = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * l) // 451
        mo = (h + l - 7 * m + 114) // 31
        da = (h + l - 7 * m + 114) % 31 + 1
        return dt.date(y, mo, da)
    derived = set()
    for y in range(2024, 2029):
        e = easter(y)
        derived |= {e - dt.timedelta(2), e + dt.timedelta(1)}
        first_may = dt.date(y, 5, 1)
        derived.add(first_may + dt.timedelta((0 - first_may.weekday()) % 7))
        for mo in (5, 8):
            last = dt.date(y, mo, calendar.monthrange(y, mo)[1])
            derived.add(last - dt.timedelta(last.weekday()))
        ny = dt.date(y, 1, 1)
        while ny.weekday() >= 5:
            ny += dt.timedelta(1)
        derived.add(ny)
        xmas, box = dt.date(y, 12, 25), dt.date(y, 12, 26)
        taken = set()
        for day in (xmas, box):
            x = day
            while x.weekday() >= 5 or x in taken:
                x += dt.timedelta(1)
            taken.add(x)
        derived |= taken
    assert derived == BH, sorted(derived ^ BH)


_selfcheck_bank_holidays()

# ---------------------------------------------------------------- date arithmetic


def fmt(d):
    return f"{d.isoformat()} ({d.strftime('%a')})"


def is_wd(d):
    return d.weekday() < 5 and d not in BH


def skipped(a, b):
    lo, hi = min(a, b), max(a, b)
    return [x for x in sorted(BH) if lo < x < hi and x.weekday() < 5]


def wd_after(ev, n):
    d, k = ev, 0
    while k < n:
        d += dt.timedelta(1)
        if is_wd(d):
            k += 1
    return d


def wd_before(ev, n):
    d, k = ev, 0
    while k < n:
        d -= dt.timedelta(1)
        if is_wd(d):
            k += 1
    return d


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last)), d.day > last


def compute(op, ev, n):
    """Return (due, count string)."""
    ev = D(ev)
    if op == "wd":
        due = wd_after(ev, n)
        s = f"{n} working day{'s' if n > 1 else ''} after {fmt(ev)} -> {fmt(due)}"
        if not is_wd(ev):
            s += f"; event day {ev} is not a working day, counted from it"
        sk = skipped(ev, due)
        if sk:
            s += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
        return due, s
    if op == "wdb":
        due = wd_before(ev, n)
        s = f"{n} working days before {fmt(ev)} -> {fmt(due)}"
        sk = skipped(due, ev)
        if sk:
            s += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
        return due, s
    if op == "d":
        due = ev + dt.timedelta(n)
        s = f"{n} calendar days after {fmt(ev)} -> {fmt(due)}"
        if not is_wd(due):
            s += " (not a working day; calendar count kept)"
        return due, s
    if op == "db":
        due = ev - dt.timedelta(n)
        s = f"{n} calendar days before {fmt(ev)} -> {fmt(due)}"
        if not is_wd(due):
            s += " (not a working day; calendar count kept)"
        return due, s
    if op == "w":
        due = ev + dt.timedelta(7 * n)
        s = f"{n} week{'s' if n > 1 else ''} ({7 * n} days) after {fmt(ev)} -> {fmt(due)}"
        if not is_wd(due):
            s += " (not a working day; calendar count kept)"
        return due, s
    if op == "m":
        due, clamped = add_months(ev, n)
        s = f"{n} months after {fmt(ev)} -> {fmt(due)}"
        if clamped:
            s += f" (day {ev.day} does not exist in that month; last day of month used)"
        return due, s
    if op == "same":
        return ev, f"same day as {fmt(ev)}"
    if op == "age":
        y, mo = n
        total = 12 * y + mo
        yy, mm = divmod(ev.month - 1 + total, 12)
        yy, mm = ev.year + yy, mm + 1
        last = calendar.monthrange(yy, mm)[1]
        label = f"{y} years" + (f" {mo} months" if mo else "")
        if ev.day <= last:
            due = dt.date(yy, mm, ev.day)
            s = f"DOB {fmt(ev)} + {label} -> {fmt(due)}"
            if ev.month == 2 and ev.day == 29:
                s += " (29 Feb birth; target date exists)"
        elif ev.month == 2 and ev.day == 29:
            due = dt.date(yy, 3, 1)
            s = f"DOB {fmt(ev)} + {label}: 29 Feb birthday in a non-leap year -> 1 March -> {fmt(due)}"
        else:
            due = dt.date(yy, mm, last)
            s = f"DOB {fmt(ev)} + {label} -> {fmt(due)} (clamped to month end)"
        return due, s
    raise ValueError(op)


# ---------------------------------------------------------------- relative-date checks
WDN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def check_rel(rel, today, ev):
    t, e = D(today), D(ev)
    if rel == "today":
        ok = e == t
    elif rel == "yesterday":
        ok = e == t - dt.timedelta(1)
    elif rel == "tomorrow":
        ok = e == t + dt.timedelta(1)
    elif rel.startswith("last "):  # most recent such weekday strictly before today
        wd = WDN.index(rel[5:])
        back = (t.weekday() - wd) % 7 or 7
        ok = e == t - dt.timedelta(back)
    elif rel.startswith("next "):  # next such weekday strictly after today
        wd = WDN.index(rel[5:])
        fwd = (wd - t.weekday()) % 7 or 7
        ok = e == t + dt.timedelta(fwd)
    elif rel.startswith("wd "):  # explicit weekday claim in text
        ok = e.weekday() == WDN.index(rel[3:])
    else:
        raise ValueError(rel)
    if not ok:
        raise AssertionError(f"relative date '{rel}' today={today} ev={ev}")


# ---------------------------------------------------------------- phrases (verbatim from source)
A = "\u2019"
P = {
    "FD": "required by a Team Leader within 1 working day",
    "REF": "Referrals will be actioned by a social worker within 1 working day",
    "INIT": "Initial decisions will be made about the action required within 1 working day",
    "S47SEEN": "will be seen by the Social Worker the same day",
    "S47DISC": "Within 5 days of the Section 47 being initiated",
    "ALLOC": "complete a Child and Family Assessment within 3 working days",
    "TLREV": "All assessments will be reviewed by the Team Leader within 15 working days",
    "A45": "Assessments must all be completed within 45 days",
    "STRAT": "this must happen within 1 working day and should be chaired by a social work manager",
    "STRAT24": "A strategy discussion within 24 hours involving all relevant agencies",
    "NOTICE": f"via email, giving at least 5 days{A} notice",
    "ICPC": "convened within working 15 days of the initial strategy discussion",
    "FAM3": "The report will be shared with family at least 3 the days prior to conference",
    "CHAIR3": "The report will be sent to the child protection chair 3 working days before the conference",
    "ADVOC": "if they are 12 or over they should be offered an advocate",
    "CG": "held within 10 days of the conference",
    "CPV": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
    "CPHOME": "A statutory CP visit must not be recorded on the child",
    "RCPCPAR": "This report must be shared with parents at least 3 days prior to the review conference",
    "RCPCCHAIR": "The report will be available to the conference chair at least 3 days prior to the review conference",
    "PTT": "when they have been subject to a plan for 12 months",
    "PLO1": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
    "FGC": "Referral should be made within 3 working days of the first PLO meeting",
    "VIAB": "within 3 working days of the initial PLO meeting",
    "MIN": "distributed to parents and their legal representation within 7 days of the meeting",
    "PLOREV": "Review PLO meetings with parents to be held every 4-6 weeks",
    "LPM12": "A review legal planning meeting will be held at 12 weeks",
    "LG16": "a Legal Gateway meeting will be convened at 16 weeks",
    "PLOEXT": "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
    "CINDEPLAN": "will set the first CIN meeting within 20 days",
    "CINTRANS": "the initial CIN meeting must take place within 10 days",
    "CINREV": "CIN review meetings will be held at least every 6 weeks",
    "CINV": "A child subject to a CIN plan will be seen at least every 6 weeks",
    "CICASS": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
    "CICV": "The child will be visited within 1 working day of coming into care or having a change in placement",
    "LACSEEN": "All looked after children will be seen within 1 working day of placement",
    "PLM": "The placement meeting will be held within 3 working days",
    "PLPLAN": "an updated copy given to the carers within 5 working days of the placement beginning",
    "FT": "reviewed at least every 8 week until the plan for permanence is agreed",
    "PACK": "provided with a coming into care pack, children rights leaflet within 3 weeks",
    "LEGAL": f"informed of the child{A}s legal status within 5 working days",
    "IHA": "An initial health assessment will be requested and carried out within 20 working days",
    "PEP": "A PEP meeting will be arranged within the school within 20 days",
    "LACWEEKLY": "Statutory looked after visits must happen weekly until the first looked after review",
    "LAC6": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
    "LAC12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
    "CAREPLAN": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
    "LAR1": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
    "PATH": "A pathway plan will be started when the young person is 15 years 6 months",
    "IROREP": "this will be with the IRO 3 days before the review",
    "IROCH": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
    "IRODR": "should be completed from start to finish within 20 working days",
    "ADOPT6": "If a child under the age of 6 enters PLO or proceedings",
    "ADOPTV": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
    "ADOPTV6": "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
    "ADOPT10": "Once the children have been in placement with the adopter for 10 weeks",
    "FCV": "Trafford foster carers are visited at least once every six weeks",
    "FCREC": "a record of this visit is recorded on LCS within 3 working days",
    "FCUN": "will have an unannounced visit at least once every 12 months",
    "FCAR": "All Trafford foster carers will have an annual review",
    "FCPANEL": "will have an annual review presented to the Fostering Panel at least every three years",
    "FCDBS": "will have updated statutory references, medicals and DBS checks at least every three years",
    "FCTRAIN": "must update their core training at least every three years",
    "VAR": "This can only be given for up to 6 working days",
    "TEMP": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
    "REC": "any event or contact is recorded within 3 days",
    "SUMM": "A clear and concise case file summary which has been updated within the last 3 months",
    "ASS12": "An up to date assessment (within the last 12 months) on each child",
    # phrases used for `none` rows (the nearest sentence, which sets no timescale)
    "N_RCPC": "The child protection chair will set the date of the next conference",
    "N_SUP": "monitored through supervision which takes place in line with the supervision policy",
    "N_CG": "are reviewed at every core group and progress recorded",
    "N_LAR2": "At the point of the second review (if not in proceedings) the child must have a permanency plan",
    "N_SHOPBA": "This needs to take place after the area teams final care planning meeting",
    "N_LLL": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
    "N_CHECKS": "Checks with all relevant agencies will be under taken and recorded on the S47 form",
    "N_FF": "a referral should be made to Family Focus by emailing the team",
    "N_GCP": "The Graded Care Profile 2 should be completed with all neglect cases",
}

# ---------------------------------------------------------------- structured row descriptions
# (voice, kind, today, q, calc, phrase keys, extra)
# calc: (op, event ISO date, n); op in wd/wdb/d/db/w/m/same/age; choice: list of (op, ev, n, label)
AMB24 = "The S47 section also says a strategy discussion 'within 24 hours', which could be read as a clock deadline rather than the next working day."
AMB45 = "'within 45 days' is counted here as calendar days as written; a reader using statutory guidance would count 45 working days."
AMBPLOREV = "'every 4-6 weeks': the next review could be said to fall due from 4 weeks; 6 weeks is used as the latest date."
AMBPLOSTART = "The standard does not say what the weeks run from; here the start of PLO as stated, but it could be the PLO letter or the first PLO meeting."
AMBLEAP = "Counting from 29 Feb, 12 months later could be read as 28 Feb (used, per the month rule) or 1 March."
AMBNOTICE = "'at least 5 days' notice' could be read as 5 clear days, making the latest email one day earlier."
AMBALLOC = "The standard does not say what the 3 working days run from; counted here from the referral being accepted."

ROWS = [
    # ------------------------------------------------------------------ Front door
    ("scenario", "date", "2025-12-24", "Christmas Eve and a contact has just come in from the GP about a 4 year old (DOB 30/06/2021). Consent has been checked, and there was a previous contact on 02/12/25 that was NFA. When does the TL decision on this one need to be made by?", ("wd", "2025-12-24", 1), ["FD"]),
    ("typos", "date", "2026-04-02", "referal come in today thurs 2/4 for a level 4, wen does a sw need to action it by", ("wd", "2026-04-02", 1), ["REF"], {"rel": "today"}),
    ("scenario", "date", "2026-05-22", "Had a contact from school at 4pm today (Friday 22nd May) about a 7 year old, DOB 02/03/2019. Consent has been checked and it's been passed to me. By when does the Team Leader need to have decided what action is needed?", ("wd", "2026-05-22", 1), ["FD"], {"rel": "today"}),
    ("indirect", "date", "2027-08-27", "a school rang the front door this morning with worries about a child, how long has the team leader got to decide what we do with it?", ("wd", "2027-08-27", 1), ["FD", "INIT"], {"rel": "today"}),
    ("newstarter", "date", "2026-12-23", "Hello, sorry if this is a silly question - I'm new on the duty desk. A child protection referral came in on Wednesday 23rd December 2026. By when should a social worker have actioned it?", ("wd", "2026-12-23", 1), ["REF"], {"rel": "wd Wed"}),
    ("manager", "date", "2027-01-12", "Contact received 31/12/26, TL decision recorded 04/01/27. Within timescale?", ("wd", "2026-12-31", 1), ["FD"]),
    ("manager", "date", "2025-09-20", "Level 4 referral in 10/09/25, initial TL decision 12/09/25 - was that in timescale?", ("wd", "2025-09-10", 1), ["INIT", "FD"]),
    # ------------------------------------------------------------------ S47 seen same day / 5 day discussion
    ("duty", "date", "2026-06-12", "s47 referral in today 12/06, child to be seen by when?", ("same", "2026-06-12", 0), ["S47SEEN"], {"rel": "today"}),
    ("manager", "date", "2025-10-30", "S47 referral received 15/10/25, child first seen 17/10/25. Was that within the standard?", ("same", "2025-10-15", 0), ["S47SEEN"]),
    ("scenario", "date", "2025-12-31", "Strat was held 29/12/25 and the S47 was initiated the next day, 30/12/25. Child's DOB is 01/01/2012. When do I need to have had the progress discussion with my manager?", ("d", "2025-12-30", 5), ["S47DISC"]),
    ("typos", "date", "2025-04-18", "s47 startd 18.4.25 when do i need the progres chat with my manager", ("d", "2025-04-18", 5), ["S47DISC"]),
    ("indirect", "date", "2025-11-05", "We started the child protection enquiries on Monday. What's the latest I need to sit down with my manager to talk through how the enquiries are going and agree next steps?", ("d", "2025-11-03", 5), ["S47DISC"], {"rel": "last Mon"}),
    # ------------------------------------------------------------------ allocation / TL review / 45 days
    ("duty", "date", "2025-12-19", "ref accepted 19/12, needs allocating for C&FA - allocate by?", ("wd", "2025-12-19", 3), ["ALLOC"], {"amb": AMBALLOC}),
    ("newstarter", "date", "2025-12-23", "Could you tell me by when a case should be allocated to a social worker for a Child and Family Assessment? The referral was accepted on 23 December 2025.", ("wd", "2025-12-23", 3), ["ALLOC"]),
    ("manager", "date", "2027-04-06", "Referral accepted 24/03/27, worker allocated on LCS 30/03/27 - in timescale?", ("wd", "2027-03-24", 3), ["ALLOC"]),
    ("scenario", "date", "2025-12-09", "Referral came in on 04/12/25, strat was 05/12/25 and I started the Child & Family assessment on Monday 08/12/25. When does my TL need to review the assessment by?", ("wd", "2025-12-08", 15), ["TLREV"]),
    ("typos", "date", "2026-04-01", "when does my tl have to reveiw my assesment, i started it 1st april", ("wd", "2026-04-01", 15), ["TLREV"]),
    ("scenario", "date", "2027-04-23", "Mum (DOB 14/02/1994) was referred by the health visitor on 20/04/2027 and I started the C&F assessment on 22/04/2027 after the strat. When should my TL have reviewed the assessment by?", ("wd", "2027-04-22", 15), ["TLREV"]),
    ("manager", "date", "2025-06-10", "Assessment started 12/05/25, TL review recorded 04/06/25 - within timescale?", ("wd", "2025-05-12", 15), ["TLREV"]),
    ("duty", "date", "2025-12-01", "CFA started 01/12/25, complete by?", ("d", "2025-12-01", 45), ["A45"], {"amb": AMB45}),
    ("typos", "date", "2026-03-20", "assesment started 17th march wen is the 45 day deadline", ("d", "2026-03-17", 45), ["A45"]),
    ("newstarter", "date", "2026-07-20", "Hi, I've just started my first Child and Family Assessment today. How long do I have to complete it - what date is the deadline?", ("d", "2026-07-20", 45), ["A45"], {"rel": "today"}),
    ("manager", "date", "2027-01-08", "C&FA opened 10/11/26 and authorised 28/12/26 - completed in timescale?", ("d", "2026-11-10", 45), ["A45"]),
    ("indirect", "date", "2027-08-06", "the full assessment of the family that we opened on 5 Aug - what's the final date it has to be finished by?", ("d", "2027-08-05", 45), ["A45"]),
    # ------------------------------------------------------------------ strategy discussion within 1 WD
    ("duty", "date", "2026-12-24", "mgmt decision for strat made today 24/12, strat by?", ("wd", "2026-12-24", 1), ["STRAT"], {"rel": "today", "amb": AMB24}),
    ("typos", "date", "2027-05-28", "manger decided today we need a strat discusion, wen does it have to happen by", ("wd", "2027-05-28", 1), ["STRAT"], {"rel": "today", "amb": AMB24}),
    ("manager", "date", "2025-04-30", "Decision that strategy needed 16/04/25, strategy held 22/04/25. In timescale?", ("wd", "2025-04-16", 1), ["STRAT", "STRAT24"]),
    ("newstarter", "date", "2025-09-10", "My manager has just made the decision that a strategy discussion is needed (today, Wednesday 10th September). How quickly does it need to take place?", ("wd", "2025-09-10", 1), ["STRAT", "STRAT24"], {"rel": "today"}),
    # ------------------------------------------------------------------ notice to Neighbourhood Team
    ("indirect", "date", "2026-01-05", "We're handing a family over from the front door to the locality team on Monday 12th January 2026. What's the latest I can send them the email letting them know?", ("db", "2026-01-12", 5), ["NOTICE"], {"amb": AMBNOTICE}),
    # ------------------------------------------------------------------ ICPC within 15 WD of strat
    ("duty", "date", "2025-12-19", "strat was 19/12/25, when's the ICPC?", ("wd", "2025-12-19", 15), ["ICPC"]),
    ("duty", "date", "2026-03-25", "strat mon just gone, ICPC deadline?", ("wd", "2026-03-23", 15), ["ICPC"], {"rel": "last Mon"}),
    ("typos", "date", "2025-04-04", "stratagy was 3rd april when is the icpc due", ("wd", "2025-04-03", 15), ["ICPC"]),
    ("scenario", "date", "2026-12-14", "Baby (DOB 28/11/2026) was discharged from hospital on 03/12/26. The initial strategy discussion was on 07/12/26 and we held a further strategy meeting on 11/12/26 after new info from police. What's the latest date the ICPC can be held?", ("wd", "2026-12-07", 15), ["ICPC"]),
    ("indirect", "date", "2027-05-17", "The first multi-agency meeting, where we decided to go out on a section 47, was on 14 May 2027. What's the last date the conference where everyone agrees the protection plan can be held?", ("wd", "2027-05-14", 15), ["ICPC"]),
    ("newstarter", "date", "2026-08-19", "Hello! I'm a newly qualified worker. Could you tell me when the Initial Child Protection Conference needs to happen by if the strategy discussion was on Tuesday 18 August 2026?", ("wd", "2026-08-18", 15), ["ICPC"], {"rel": "wd Tue"}),
    ("manager", "date", "2026-01-26", "ICPC was held 20/01/26, strat 02/01/26, was that in timescale?", ("wd", "2026-01-02", 15), ["ICPC"]),
    ("manager", "date", "2027-09-01", "Strat 30/07/27, ICPC 23/08/27 - within 15 WD?", ("wd", "2027-07-30", 15), ["ICPC"]),
    ("typos", "date", "2025-12-23", "strat was yesterday 22.12 icpc when", ("wd", "2025-12-22", 15), ["ICPC"], {"rel": "yesterday"}),
    # ------------------------------------------------------------------ conference report
    ("duty", "date", "2026-01-05", "ICPC 12/01/26 (Mon), report to family by?", ("db", "2026-01-12", 3), ["FAM3"]),
    ("typos", "date", "2025-12-29", "conferance is on tuesday 6th jan when do i share my report with mum and dad", ("db", "2026-01-06", 3), ["FAM3"], {"rel": "wd Tue"}),
    ("newstarter", "date", "2027-05-10", "Sorry, how many days before the Initial Child Protection Conference do the parents need to see my report? The conference is on 20 May 2027, so what date would that be?", ("db", "2027-05-20", 3), ["FAM3"]),
    ("duty", "date", "2026-03-26", "icpc 7/4/26 report to chair by?", ("wdb", "2026-04-07", 3), ["CHAIR3"]),
    ("indirect", "date", "2026-12-18", "the conference to decide on a protection plan is on 4 January 2027 - when does the person chairing it need my signed-off report?", ("wdb", "2027-01-04", 3), ["CHAIR3"]),
    ("manager", "date", "2025-06-09", "ICPC 02/06/25, report reached the CP chair 29/05/25. Compliant?", ("wdb", "2025-06-02", 3), ["CHAIR3"]),
    ("scenario", "date", "2027-12-13", "Twins born 01/09/2025. The strat was 02/12/27 and the ICPC is booked for Wed 29/12/27 because of the chair's diary. When must my report be with the chair?", ("wdb", "2027-12-29", 3), ["CHAIR3"]),
    # ------------------------------------------------------------------ first core group
    ("scenario", "date", "2025-12-22", "Strat was 01/12/25 and the ICPC was today (22/12); both children are now on CP plans. Mum says she's away over New Year. When does the first core group need to be held by?", ("d", "2025-12-22", 10), ["CG"], {"rel": "today"}),
    ("typos", "date", "2027-03-25", "icpc was 25/3 wen first core grp", ("d", "2027-03-25", 10), ["CG"]),
    ("indirect", "date", "2026-05-26", "The meeting where everyone agreed the protection plan was last Thursday. When does the first meeting of the small group of professionals who work the plan through with the family have to happen?", ("d", "2026-05-21", 10), ["CG"], {"rel": "last Thu"}),
    ("newstarter", "date", "2025-08-15", "Could you help me understand when the first core group meeting needs to be held? The Initial Child Protection Conference was on 14 August 2025.", ("d", "2025-08-14", 10), ["CG"]),
    ("manager", "date", "2027-01-05", "ICPC 01/12/26, first core group 14/12/26. In timescale?", ("d", "2026-12-01", 10), ["CG"]),
    ("scenario", "date", "2026-10-21", "Child's DOB is 05/05/2020. Strat was 02/10/2026 and the ICPC was held today, 21/10/2026; she's now on a plan under neglect. When's the first core group due by?", ("d", "2026-10-21", 10), ["CG"], {"rel": "today"}),
    # ------------------------------------------------------------------ CP visits
    ("scenario", "visits", "2026-01-05", "Mum cancelled the visit planned for 19/12/25 so I last saw the child at home, on his own, on 23/12/25. Next core group is 08/01/26. When's my next CP visit due?", ("w", "2025-12-23", 4), ["CPV"]),
    ("typos", "visits", "2027-04-01", "last seen the kid on cp plan 25.3 wen next visit", ("w", "2027-03-25", 4), ["CPV"]),
    ("indirect", "visits", "2026-08-05", "I last saw the little one at home on Monday as part of her protection plan. When's my next statutory visit due at the latest?", ("w", "2026-08-03", 4), ["CPV"], {"rel": "last Mon"}),
    ("newstarter", "visits", "2026-01-07", "I'm a newly qualified social worker. How often do I need to visit a child on a Child Protection Plan? My last visit was on 2 January 2026, so when is the next one due?", ("w", "2026-01-02", 4), ["CPV"]),
    ("manager", "visits", "2026-05-12", "CP visits 06/04/26 then 08/05/26 - was the gap OK?", ("w", "2026-04-06", 4), ["CPV"]),
    ("scenario", "visits", "2025-11-24", "I did a CP visit on 17/11/25 but the child was at nursery so I only saw mum. I then saw the child at home on 21/11/25. When's the next CP visit due?", ("w", "2025-11-21", 4), ["CPV", "CPHOME"]),
    # ------------------------------------------------------------------ review conference report
    ("scenario", "date", "2026-12-14", "ICPC was 13/10/26 and the first review conference is on 05/01/27. Dad's in hospital until 20/12/26. When must the plan update be shared with the parents?", ("db", "2027-01-05", 3), ["RCPCPAR"]),
    ("manager", "date", "2025-04-22", "Review conf 14/04/25, report shared with parents 12/04/25 - ok?", ("db", "2025-04-14", 3), ["RCPCPAR"]),
    ("typos", "date", "2026-05-18", "review conferance 1st june when does chair need the report", ("db", "2026-06-01", 3), ["RCPCCHAIR"]),
    ("newstarter", "date", "2027-08-23", "When does my review child protection conference report need to be available to the chair? The conference is on Thursday 2 September 2027.", ("db", "2027-09-02", 3), ["RCPCCHAIR"], {"rel": "wd Thu"}),
    # ------------------------------------------------------------------ 12 months on plan
    ("duty", "date", "2025-01-10", "on CP plan since 29/2/24, when does it hit 12 months for the thinking time mtg?", ("m", "2024-02-29", 12), ["PTT"], {"amb": AMBLEAP}),
    ("scenario", "date", "2027-03-10", "Child was made subject to a CP plan at ICPC on 16/06/2026; the RCPCs on 15/09/2026 and 09/03/2027 kept the plan going. Progress isn't enough to deplan. When does she hit the 12 month point for the professional thinking time meeting?", ("m", "2026-06-16", 12), ["PTT"]),
    ("indirect", "date", "2026-06-01", "The children have been on protection plans since 03/11/2025 and nothing's shifting. At what date do we have to hold the meeting where professionals rethink how we work with the family?", ("m", "2025-11-03", 12), ["PTT"]),
    # ------------------------------------------------------------------ PLO
    ("duty", "date", "2025-12-19", "PLO letter dated 18/12/25, 1st mtg by?", ("d", "2025-12-18", 10), ["PLO1"]),
    ("typos", "date", "2026-04-02", "plo leter sent 2/4 wen is the first meetin due", ("d", "2026-04-02", 10), ["PLO1"]),
    ("indirect", "date", "2027-05-24", "The letter that starts pre-proceedings went out dated 21 May 2027. What's the latest the first meeting with the parents and their solicitor can be?", ("d", "2027-05-21", 10), ["PLO1"]),
    ("newstarter", "date", "2026-01-08", "Hi, could you explain the Public Law Outline timescales? The letter before proceedings is dated 7 January 2026 - when should the first meeting with the parents take place by?", ("d", "2026-01-07", 10), ["PLO1"]),
    ("manager", "date", "2025-03-20", "PLO letter 03/03/25, first PLO mtg 14/03/25. Compliant?", ("d", "2025-03-03", 10), ["PLO1"]),
    ("scenario", "date", "2026-09-02", "The letter was drafted on 25/08/26 but legal didn't sign it off until later, so the PLO letter is dated 01/09/26. Dad's solicitor is on leave until the 15th. When should the first PLO meeting be held by?", ("d", "2026-09-01", 10), ["PLO1"]),
    ("duty", "date", "2026-12-23", "1st PLO mtg today 23/12, FGC referral by?", ("wd", "2026-12-23", 3), ["FGC"], {"rel": "today"}),
    ("typos", "date", "2027-04-01", "had the inital plo meeting today 1/4, viabilty requests to family placement by when", ("wd", "2027-04-01", 3), ["VIAB"], {"rel": "today"}),
    ("newstarter", "date", "2025-10-16", "If family members are identified as possible carers, when do I need to send the viability assessment request to the Family Placement Team? The first PLO meeting was on 15 October 2025.", ("wd", "2025-10-15", 3), ["VIAB"]),
    ("manager", "date", "2025-05-06", "First PLO meeting 24/04/25; FGC referral made 30/04/25. In timescale?", ("wd", "2025-04-24", 3), ["FGC"]),
    ("duty", "date", "2025-12-29", "plo mtg 29/12, minutes out by?", ("d", "2025-12-29", 7), ["MIN"]),
    ("indirect", "date", "2026-03-03", "After yesterday's pre-proceedings meeting with the parents and their lawyers, how long have I got to get the written record of what was agreed out to them - what date?", ("d", "2026-03-02", 7), ["MIN"], {"rel": "yesterday"}),
    ("scenario", "date", "2027-05-20", "We had the review PLO meeting on 19/05/27 (the first one was 07/04/27). Mum's solicitor is asking when she'll get the minutes - what's the deadline?", ("d", "2027-05-19", 7), ["MIN"]),
    ("scenario", "visits", "2026-08-12", "PLO letter went out 10/06/26, the first meeting was 18/06/26, and the last review PLO meeting was 11/08/26. When's the next review PLO meeting due at the latest?", ("w", "2026-08-11", 6), ["PLOREV"], {"amb": AMBPLOREV}),
    ("newstarter", "visits", "2025-12-18", "How often should review PLO meetings with parents be held? The last one was on 17 December 2025 - what's the latest date for the next?", ("w", "2025-12-17", 6), ["PLOREV"], {"amb": AMBPLOREV}),
    ("duty", "date", "2026-01-06", "PLO started 05/01/26, 12 wk legal planning mtg when?", ("w", "2026-01-05", 12), ["LPM12"], {"amb": AMBPLOSTART}),
    ("manager", "date", "2025-07-15", "Case entered PLO 14/07/25 - date of the 16 week legal gateway?", ("w", "2025-07-14", 16), ["LG16"], {"amb": AMBPLOSTART}),
    ("indirect", "date", "2027-03-01", "We've been in pre-proceedings since the letter dated 10/02/27. When's the 16-week meeting where the strategic lead looks at it?", ("w", "2027-02-10", 16), ["LG16"], {"amb": AMBPLOSTART}),
    ("typos", "date", "2026-01-26", "plo started 3rd nov 25, tl says exceptional 4 wk extension agreed at the 12 week meeting, when does that run to", ("w", "2025-11-03", 16), ["PLOEXT", "LPM12"], {"amb": AMBPLOSTART}),
    # ------------------------------------------------------------------ CIN
    ("newstarter", "date", "2025-12-10", "Hello, could you help? A child was taken off their child protection plan at the review conference on 10 December 2025. When should the first Child in Need meeting be held?", ("d", "2025-12-10", 20), ["CINDEPLAN"]),
    ("typos", "date", "2025-04-17", "child come off cp plan at review conf 16.4 wen first cin meeting", ("d", "2025-04-16", 20), ["CINDEPLAN"]),
    ("indirect", "date", "2026-06-04", "The conference decided on 3 June 2026 that the children no longer need protection plans and should carry on with support as children in need. When does the first meeting about their support plan have to be held?", ("d", "2026-06-03", 20), ["CINDEPLAN"]),
    ("manager", "date", "2027-06-25", "Deplan 27/05/27; first CIN 18/06/27 - in timescale?", ("d", "2027-05-27", 20), ["CINDEPLAN"]),
    ("duty", "date", "2026-12-22", "case transferred from CFR 22/12/26, initial CIN by?", ("d", "2026-12-22", 10), ["CINTRANS"]),
    ("newstarter", "date", "2026-04-07", "A case has just transferred to my Neighbourhood Team from Children's First Response on 6 April 2026. When should the initial Child in Need meeting take place?", ("d", "2026-04-06", 10), ["CINTRANS"]),
    ("scenario", "date", "2025-08-05", "The C&F assessment closed on 28/07/25 with a CIN plan. We did the joint visit with First Response on 01/08/25 and the case formally transferred to us on 04/08/25. When's the initial CIN meeting due?", ("d", "2025-08-04", 10), ["CINTRANS"]),
    ("duty", "visits", "2025-11-19", "CIN review last 18/11/25, next by?", ("w", "2025-11-18", 6), ["CINREV"]),
    ("manager", "visits", "2026-04-01", "CIN reviews held 05/02/26 and 26/03/26 - compliant?", ("w", "2026-02-05", 6), ["CINREV"]),
    ("typos", "visits", "2027-09-06", "last cin reveiw meeting was 3.9 when next", ("w", "2027-09-03", 6), ["CINREV"]),
    ("indirect", "visits", "2026-01-02", "I last saw the boy at home on 30/12/25 under his support plan (he isn't on a protection plan). When do I need to see him next, at the latest?", ("w", "2025-12-30", 6), ["CINV"]),
    ("newstarter", "visits", "2026-05-21", "How often should I visit a child on a Child in Need plan? I last saw her at home on Wednesday 20 May 2026.", ("w", "2026-05-20", 6), ["CINV"], {"rel": "yesterday"}),
    ("scenario", "visits", "2027-03-11", "He's on a CIN plan. I saw him at home on 24/02/27 and then saw him in school yesterday, 10/03/27, with his teacher. When's my next CIN visit due?", ("w", "2027-02-24", 6), ["CINV"]),
    # ------------------------------------------------------------------ children in care
    ("scenario", "date", "2025-12-29", "The strat was on 22/12/25 and after mum's arrest the child was placed in emergency foster care on 24/12/25 - an unplanned admission. DOB 15/08/2019. When does the assessment need to be completed?", ("wd", "2025-12-24", 20), ["CICASS"]),
    ("typos", "date", "2027-04-02", "emergancy admission on 1st april wen does the assesment have to be done", ("wd", "2027-04-01", 20), ["CICASS"]),
    ("manager", "date", "2025-06-10", "Unplanned admission 02/05/25; assessment authorised 30/05/25. In timescale?", ("wd", "2025-05-02", 20), ["CICASS"]),
    ("duty", "date", "2026-08-28", "placement move fri 28/8/26 visit by?", ("wd", "2026-08-28", 1), ["CICV", "LACSEEN"], {"rel": "wd Fri"}),
    ("indirect", "date", "2026-12-24", "A young person moved to new carers today, Thursday 24 December. When do I need to go and see her at the new home?", ("wd", "2026-12-24", 1), ["CICV", "LACSEEN"], {"rel": "today"}),
    ("newstarter", "date", "2027-05-04", "A child came into care yesterday. How quickly must I visit them - by what date?", ("wd", "2027-05-03", 1), ["CICV", "LACSEEN"], {"rel": "yesterday"}),
    ("duty", "date", "2025-12-23", "placed 23/12/25, placement mtg by?", ("wd", "2025-12-23", 3), ["PLM"]),
    ("typos", "date", "2025-04-17", "kid placed with new foster carer today thurs 17/4 wen placement meeting", ("wd", "2025-04-17", 3), ["PLM"], {"rel": "today"}),
    ("manager", "date", "2026-06-01", "Placement started 22/05/26; placement meeting held 28/05/26 - within timescale?", ("wd", "2026-05-22", 3), ["PLM"]),
    ("scenario", "date", "2027-11-03", "Child (DOB 11/11/2015) went into an emergency foster placement on 29/10/27 and then moved to a longer-term carer today, 03/11/27. When should the placement meeting with the new carer be held by?", ("wd", "2027-11-03", 3), ["PLM"], {"rel": "today"}),
    ("duty", "date", "2026-03-31", "placement began 31/03/26, updated placement plan to carers by?", ("wd", "2026-03-31", 5), ["PLPLAN"]),
    ("indirect", "date", "2025-08-21", "A girl started living with her foster carers on 20 August 2025. By when do the carers need the updated copy of the document setting out how the placement will meet her needs?", ("wd", "2025-08-20", 5), ["PLPLAN"]),
    ("newstarter", "visits", "2025-12-05", "I'm new to the Children in Care team. When do family time arrangements need to be reviewed again? They were last reviewed on 2 December 2025 and there's no permanence plan yet.", ("w", "2025-12-02", 8), ["FT"]),
    ("newstarter", "visits", "2027-04-20", "How often should contact arrangements with parents be reviewed for a child in care? The plan for permanence isn't agreed yet, and we last reviewed it on 14 April 2027.", ("w", "2027-04-14", 8), ["FT"]),
    ("typos", "date", "2025-12-15", "child came into care 12/12 when does the into care pack and rights leaflet need to be given", ("w", "2025-12-12", 3), ["PACK"]),
    ("indirect", "date", "2026-03-20", "the welcome folder and children's rights leaflet for a boy who came into our care yesterday (19 March) - when does he need to have it by?", ("w", "2026-03-19", 3), ["PACK"], {"rel": "yesterday"}),
    ("newstarter", "date", "2025-05-30", "Hi - a child became looked after on 29 May 2025. I understand the other professionals involved need to be told about the child's legal status - by when?", ("wd", "2025-05-29", 5), ["LEGAL"]),
    ("manager", "date", "2028-01-10", "Child looked after from 24/12/27; professionals notified of legal status 04/01/28. In timescale?", ("wd", "2027-12-24", 5), ["LEGAL"]),
    ("duty", "date", "2025-12-15", "LAC 15/12/25, IHA by?", ("wd", "2025-12-15", 20), ["IHA"]),
    ("newstarter", "date", "2027-03-31", "When should the Initial Health Assessment be done by for a child who came into care on 30 March 2027?", ("wd", "2027-03-30", 20), ["IHA"]),
    ("scenario", "date", "2026-04-15", "Child became looked after under s20 on 07/04/26 and then went onto an interim care order on 14/04/26. The health assessment request went in on 09/04/26. By when should the IHA be carried out?", ("wd", "2026-04-07", 20), ["IHA"], {"amb": "The standard does not name the start event; counted from becoming looked after (07/04), not from the ICO or the request date."}),
    ("typos", "date", "2025-12-16", "wen does the pep meeting need to be, came into care 15.12", ("d", "2025-12-15", 20), ["PEP"]),
    ("indirect", "date", "2026-09-03", "A girl came into our care on 2 September 2026. When does the meeting in school about her education plan need to be arranged by?", ("d", "2026-09-02", 20), ["PEP"]),
    ("manager", "date", "2025-04-10", "Child LAC 10/03/25, PEP held 02/04/25 - in timescale?", ("d", "2025-03-10", 20), ["PEP"]),
    ("duty", "visits", "2025-12-24", "LAC since 18/12/25, last visit 23/12/25, no review yet - next visit by?", ("w", "2025-12-23", 1), ["LACWEEKLY"]),
    ("typos", "visits", "2026-01-05", "lac visit was 2/1 first review already held, wen is next visit", ("w", "2026-01-02", 6), ["LAC6"]),
    ("scenario", "visits", "2027-02-02", "Child came into care 05/01/27 and the initial LAC review was 28/01/27. My last visit was 01/02/27. Permanence plan not finalised. When's the next statutory visit due?", ("w", "2027-02-01", 6), ["LAC6"]),
    ("manager", "visits", "2026-03-25", "Child in long-term placement since 01/03/24, settled, permanence finalised, visits moved to 12 weekly. Last visit 20/03/26 - next due?", ("w", "2026-03-20", 12), ["LAC12"]),
    ("indirect", "visits", "2027-07-16", "He's been with his permanent foster family for two years and his visits have gone to the longest gap allowed. I last saw him on 15 July 2027 - when's the next one due?", ("w", "2027-07-15", 12), ["LAC12"]),
    ("newstarter", "visits", "2026-03-16", "A child came into care on 3 March 2026 and her first review hasn't happened yet. I visited on Friday 13 March. When's my next statutory visit?", ("w", "2026-03-13", 1), ["LACWEEKLY"], {"rel": "last Fri"}),
    ("scenario", "date", "2025-12-29", "On Boxing Day (26/12/25) we placed a 14 year old (DOB 09/03/2011) in foster care after her placement with her aunt broke down on 24/12/25. When does the care plan need to be on LCS?", ("d", "2025-12-26", 10), ["CAREPLAN"]),
    ("manager", "date", "2026-06-30", "Placement 09/06/26, care plan recorded 22/06/26 - in timescale?", ("d", "2026-06-09", 10), ["CAREPLAN"]),
    ("duty", "date", "2025-12-19", "LAC 19/12/25, 1st LAR by?", ("wd", "2025-12-19", 20), ["LAR1"]),
    ("typos", "date", "2027-03-17", "came into care 16th march wen is first lac reveiw", ("wd", "2027-03-16", 20), ["LAR1"]),
    ("indirect", "date", "2025-05-09", "When does the first statutory review with the independent reviewing officer have to happen for a child who became looked after on 8 May 2025?", ("wd", "2025-05-08", 20), ["LAR1"]),
    ("scenario", "date", "2026-08-21", "Siblings (DOB 04/04/2018 and 12/09/2021) were placed in foster care on 13/08/26 under an EPO. The ICO followed on 20/08/26. When's the initial Looked After Review due?", ("wd", "2026-08-13", 20), ["LAR1"]),
    ("newstarter", "date", "2025-04-22", "I'm not sure how to work this out - a child became looked after on Good Friday (18 April 2025). When does the first Looked After Review need to be held by?", ("wd", "2025-04-18", 20), ["LAR1"]),
    ("manager", "date", "2027-02-01", "Initial LAC review held 27/01/27 for a child looked after since 23/12/26. Compliant?", ("wd", "2026-12-23", 20), ["LAR1"]),
    ("duty", "date", "2026-12-21", "LAC review 04/01/27 - report to IRO by?", ("db", "2027-01-04", 3), ["IROREP"]),
    ("typos", "date", "2025-05-19", "lac reveiw tues 27/5 wen does iro need my report", ("db", "2025-05-27", 3), ["IROREP"], {"rel": "wd Tue"}),
    # ------------------------------------------------------------------ IRO
    ("indirect", "date", "2025-12-23", "The reviewing officer raised an informal concern with me about drift today. If it isn't sorted, on what date does it become a formal dispute?", ("wd", "2025-12-23", 5), ["IROCH"], {"rel": "today"}),
    ("manager", "date", "2027-03-25", "Formal dispute raised by IRO 25/03/27 - must be resolved by?", ("wd", "2027-03-25", 20), ["IRODR"]),
    ("newstarter", "date", "2025-08-15", "Could you tell me how long the formal dispute resolution process can take? The IRO started it on 14 August 2025.", ("wd", "2025-08-14", 20), ["IRODR"]),
    ("scenario", "date", "2026-05-01", "At the LAC review on 28/04/26 the IRO said the permanence plan was drifting. She raised an informal challenge by email on 30/04/26. If we can't resolve it, when will it become a formal dispute?", ("wd", "2026-04-30", 5), ["IROCH"]),
    # ------------------------------------------------------------------ adoption
    ("scenario", "date", "2026-10-05", "The placement order was made 14/05/26, introductions started 21/09/26 and the child moved in with the adopters on 02/10/26. From what date can the adopters apply for the Adoption Order?", ("w", "2026-10-02", 10), ["ADOPT10"]),
    ("indirect", "date", "2026-01-05", "The little one moved in with the adopters on 29 December 2025. From what date can they apply to court to make it permanent?", ("w", "2025-12-29", 10), ["ADOPT10"]),
    ("typos", "visits", "2027-06-22", "adoptive placment started 7.6 - visits weekly untill lar, last visit 21/6, no lar yet, next?", ("w", "2027-06-21", 1), ["ADOPTV"]),
    ("manager", "visits", "2026-04-07", "Placed for adoption; first LAR done. Visits 10/02/26 and 31/03/26 - within timescale?", ("w", "2026-02-10", 6), ["ADOPTV6"]),
    ("scenario", "visits", "2025-06-06", "Placement order granted 03/02/25, child placed with adopters 12/05/25, first LAR was 03/06/25 and I visited yesterday, 05/06/25. When's the next statutory visit due?", ("w", "2025-06-05", 6), ["ADOPTV6"], {"rel": "yesterday"}),
    # ------------------------------------------------------------------ fostering
    ("duty", "visits", "2025-12-23", "FC supervising visit 22/12/25, next by?", ("w", "2025-12-22", 6), ["FCV"]),
    ("typos", "date", "2026-04-02", "did my supervising visit to the foster carers today 2/4 wen does it need recording on lcs", ("wd", "2026-04-02", 3), ["FCREC"], {"rel": "today"}),
    ("manager", "date", "2027-01-06", "FC visit 23/12/26 recorded on LCS 31/12/26 - in timescale?", ("wd", "2026-12-23", 3), ["FCREC"]),
    ("indirect", "visits", "2025-11-12", "The carers last had a surprise visit from us on 11 March 2025. When's the latest the next one can be?", ("m", "2025-03-11", 12), ["FCUN"]),
    ("newstarter", "date", "2026-01-20", "When is a foster carer's next annual review due? Their last one was on 14 January 2026.", ("m", "2026-01-14", 12), ["FCAR"]),
    ("newstarter", "date", "2026-11-02", "I've just joined the fostering team. One of my carers last had their review presented to the Fostering Panel on 9 July 2024 - when does it need to go back to panel at the latest?", ("m", "2024-07-09", 36), ["FCPANEL"]),
    ("scenario", "date", "2027-06-14", "Our carers were approved 15/10/2022; their DBS, medicals and references were last updated 03/11/2024. Their annual review was 20/10/2025. When are the DBS and references next due?", ("m", "2024-11-03", 36), ["FCDBS"]),
    ("typos", "date", "2027-05-04", "foster carer did core training 30/9/24 when does it need updating", ("m", "2024-09-30", 36), ["FCTRAIN"]),
    ("manager", "date", "2025-12-19", "Variation to terms of approval granted by Strategic Lead today 19/12/25 - latest date it can run to?", ("wd", "2025-12-19", 6), ["VAR"], {"rel": "today"}),
    ("duty", "date", "2026-01-09", "temp approval connected carer from 08/01/26, 16 wk end?", ("w", "2026-01-08", 16), ["TEMP"]),
    ("newstarter", "date", "2026-06-30", "A connected person was given temporary approval as a foster carer on 20 March 2026 and the 8-week extension has now been agreed. When does the extended temporary approval end?", ("w", "2026-03-20", 24), ["TEMP"]),
    # ------------------------------------------------------------------ case recording / summaries / assessment currency
    ("typos", "date", "2025-12-24", "home visit done today 24/12 wen do i need to have it recorded", ("d", "2025-12-24", 3), ["REC"], {"rel": "today"}),
    ("indirect", "date", "2027-06-10", "I saw the family yesterday - how long have I got to get it written up on the system?", ("d", "2027-06-09", 3), ["REC"], {"rel": "yesterday"}),
    ("duty", "date", "2025-12-01", "case summary last updated 30/11/25, next update by?", ("m", "2025-11-30", 3), ["SUMM"]),
    ("manager", "date", "2026-02-02", "Audit: last C&FA authorised 14/03/25 - by what date does the child need a new assessment to stay within 12 months?", ("m", "2025-03-14", 12), ["ASS12"]),
    ("newstarter", "date", "2026-09-01", "How often does the case file summary need updating? I last updated mine on 31 August 2026.", ("m", "2026-08-31", 3), ["SUMM"]),
    ("indirect", "date", "2027-02-01", "the short summary at the front of the child's file was last refreshed on 15 Jan 2027 - when does it go out of date?", ("m", "2027-01-15", 3), ["SUMM"]),
    # ------------------------------------------------------------------ ages
    ("duty", "age", "2026-11-10", "child dob 14/03/2015, when do they hit 12 for advocate at conf?", ("age", "2015-03-14", (12, 0)), ["ADVOC"]),
    ("newstarter", "age", "2026-10-01", "A young person in our care was born on 29 February 2012. On what date should their pathway plan be started?", ("age", "2012-02-29", (15, 6)), ["PATH"]),
    ("typos", "age", "2025-10-14", "yp dob 03/11/2010 wen does pathway plan start", ("age", "2010-11-03", (15, 6)), ["PATH"]),
    ("scenario", "age", "2026-10-05", "Sibling group: eldest DOB 19/07/2014, middle 02/01/2015, youngest 21/12/2020. ICPC is being planned for the new year. When does the middle one turn 12 so we should offer an advocate?", ("age", "2015-01-02", (12, 0)), ["ADVOC"]),
    ("indirect", "age", "2025-09-15", "Our little girl, born 29/02/2020, is in proceedings and adoption is being looked at. On what date does she stop counting as 'under 6' for getting an adoption worker allocated?", ("age", "2020-02-29", (6, 0)), ["ADOPT6"]),
    ("manager", "age", "2026-09-01", "Audit: young person DOB 31/01/2011, pathway plan started 15/08/26. When was the 15y6m point?", ("age", "2011-01-31", (15, 6)), ["PATH"]),
    ("duty", "age", "2026-07-01", "dob 20/12/2020, turns 6 when? PLO just started", ("age", "2020-12-20", (6, 0)), ["ADOPT6"]),
    ("typos", "age", "2025-06-30", "kid dob 1/9/13 turns 12 when - conf coming up", ("age", "2013-09-01", (12, 0)), ["ADVOC"]),
    # ------------------------------------------------------------------ choice
    ("duty", "choice", "2026-03-03", "conference was today 3/3, what's next due?", [("d", "2026-03-03", 10, "if on a plan, first core group"), ("d", "2026-03-03", 20, "if de-planned, first CIN meeting")], ["CG", "CINDEPLAN"], {"rel": "today"}),
    ("typos", "choice", "2025-12-18", "strat was 17/12 wats next due", [("d", "2025-12-17", 5, "S47 progress discussion (if S47 initiated at strat)"), ("wd", "2025-12-17", 15, "ICPC")], ["S47DISC", "ICPC"]),
    ("newstarter", "choice", "2026-12-30", "I've got a conference coming up on 12 January 2027. When does my report need to be ready by?", [("db", "2027-01-12", 3, "shared with family"), ("wdb", "2027-01-12", 3, "sent to CP chair")], ["FAM3", "CHAIR3"]),
    ("indirect", "choice", "2027-03-30", "We had the first pre-proceedings meeting with the parents and their solicitors today. What do I need to get done next and by when?", [("wd", "2027-03-30", 3, "FGC referral / viability requests"), ("d", "2027-03-30", 7, "PLO minutes to parents")], ["FGC", "VIAB", "MIN"], {"rel": "today"}),
    ("scenario", "choice", "2026-02-03", "I opened the C&F assessment on 02/02/26 after a referral from school on 30/01/26 (child DOB 17/06/2016). My TL keeps asking me about the assessment deadline - when is it due?", [("wd", "2026-02-02", 15, "TL review"), ("d", "2026-02-02", 45, "completion")], ["TLREV", "A45"]),
    ("manager", "choice", "2025-05-15", "Foster carer supervising visit 14/05/25 - what's the next compliance date?", [("wd", "2025-05-14", 3, "visit recorded on LCS"), ("w", "2025-05-14", 6, "next supervising visit")], ["FCREC", "FCV"]),
    ("duty", "choice", "2026-05-12", "LAC 11/05/26 - when's the 20 day deadline?", [("d", "2026-05-11", 20, "PEP meeting (20 days)"), ("wd", "2026-05-11", 20, "initial LAC review / IHA (20 working days)")], ["PEP", "LAR1", "IHA"]),
    ("indirect", "choice", "2026-01-07", "I last saw the girl we look after on 06/01/26. When do I need to see her again?", [("w", "2026-01-06", 1, "weekly until first LAC review"), ("w", "2026-01-06", 6, "6 weekly after first review")], ["LACWEEKLY", "LAC6"], {"rel": "yesterday"}),
    # ------------------------------------------------------------------ none
    ("duty", "none", "2026-01-15", "ICPC 14/01/26, RCPC due by?", None, ["N_RCPC"], {"why": "the standards only say the CP chair sets the date of the next conference"}),
    ("typos", "none", "2026-03-04", "how often do i need supervision, last one was 3/3", None, ["N_SUP"], {"why": "supervision frequency is left to the supervision policy"}),
    ("indirect", "none", "2025-11-12", "After the first core group on 10/11/25, how often do the core group meetings need to happen after that?", None, ["N_CG"], {"why": "only the first core group has a timescale"}),
    ("newstarter", "none", "2026-02-06", "When is the second Looked After Review due? The first one was on 5 February 2026.", None, ["N_LAR2"], {"why": "only the initial LAC review has a timescale; the second review is mentioned without one"}),
    ("scenario", "none", "2027-03-15", "The area team's final care planning meeting was 12/03/27 and adoption is the plan. IRH is listed for 30/04/27. What's the date the SHOPBA has to be held by?", None, ["N_SHOPBA"], {"why": "SHOPBA is placed between the final care planning meeting and the IRH paperwork, with no day count"}),
    ("manager", "none", "2025-09-10", "Child placed with adopters 01/09/25. By when must the Later Life Letter be completed?", None, ["N_LLL"], {"why": "no timescale for the life story book or later life letter"}),
    ("duty", "none", "2026-06-03", "strat 02/06/26 - when do the S47 agency checks need doing by?", None, ["N_CHECKS"], {"why": "agency checks have no separate timescale"}),
    ("indirect", "none", "2026-10-21", "The edge-of-care family - risk of them coming into care was identified on 20/10/26. By when does the referral to Family Focus have to go in?", None, ["N_FF"], {"why": "no timescale for the Family Focus referral"}),
    ("typos", "none", "2025-07-09", "when does the gcp2 need doing by, neglect case, icpc was 8/7", None, ["N_GCP"], {"why": "no timescale for the Graded Care Profile 2"}),
]



def build():
    src = open(SRC, encoding="utf-8").read()
    for k, ph in P.items():
        assert len(ph.split()) >= 6, (k, ph)
        assert ph in src, ("phrase not verbatim in source", k, ph)
    out = []
    for i, r in enumerate(ROWS, 1):
        voice, kind, today, q, calc, keys = r[:6]
        extra = r[6] if len(r) > 6 else {}
        row = {"q": q, "today": today}
        if kind == "none":
            assert calc is None
            row["due"], row["count"] = None, "no timescale in the standards: " + extra.get("why", "")
        elif kind == "choice":
            parts = []
            for (op, ev, n, label) in calc:
                due, s = compute(op, ev, n)
                parts.append((due, f"{label}: {s}"))
            parts.sort()
            row["due"] = parts[0][0].isoformat()
            row["count"] = " | ".join(p[1] for p in parts) + f"; earlier = {parts[0][0].isoformat()}"
        else:
            op, ev, n = calc
            due, s = compute(op, ev, n)
            row["due"], row["count"] = due.isoformat(), s
        if "rel" in extra:
            ev = extra.get("rel_ev") or (calc[0][1] if kind == "choice" else calc[1])
            check_rel(extra["rel"], today, ev)
        row["expect_any"] = [P[k] for k in keys]
        row["voice"], row["kind"] = voice, kind
        if extra.get("amb"):
            row["ambiguous"] = extra["amb"]
        D(today)
        out.append(row)
    return out


def main():
    rows = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and verify
    src = open(SRC, encoding="utf-8").read()
    from collections import Counter
    seen = set()
    with open(OUT, encoding="utf-8") as f:
        lines = [json.loads(l) for l in f]
    for r in lines:
        assert r["voice"] in {"duty", "typos", "scenario", "indirect", "newstarter", "manager"}
        assert r["kind"] in {"date", "visits", "age", "choice", "none"}
        assert (r["due"] is None) == (r["kind"] == "none")
        assert r["expect_any"] and all(p in src for p in r["expect_any"])
        assert r["q"] not in seen, r["q"]
        seen.add(r["q"])
        if r["kind"] == "choice":
            assert len(r["expect_any"]) >= 2
    print(len(lines), "rows")
    print("kinds:", dict(Counter(r["kind"] for r in lines)))
    print("voices:", dict(Counter(r["voice"] for r in lines)))
    print("ambiguous:", sum(1 for r in lines if "ambiguous" in r))
    yrs = Counter((r["due"] or r["today"])[:4] for r in lines)
    print("due/today years:", dict(yrs))


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    main()
