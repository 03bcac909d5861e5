#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (round 34).

Standard library only. Computes `due` and `count` for every row from a
structured description, writes questions.jsonl, then checks the output.
Run: python3 oracle.py
"""
import json
import os
import re
import sys
from collections import Counter
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"
OUT = os.path.join(HERE, "questions.jsonl")

# ---------------------------------------------------------------------------
# England and Wales bank holidays 2024-2028, typed by hand (with substitutes).
BANK_HOLIDAYS = {
    # 2024
    "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27",
    "2024-08-26", "2024-12-25", "2024-12-26",
    # 2025
    "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26",
    "2025-08-25", "2025-12-25", "2025-12-26",
    # 2026 (Boxing Day Sat -> Mon 28)
    "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25",
    "2026-08-31", "2026-12-25", "2026-12-28",
    # 2027 (Christmas Sat -> Mon 27, Boxing Day Sun -> Tue 28)
    "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31",
    "2027-08-30", "2027-12-27", "2027-12-28",
    # 2028 (New Year Sat -> Mon 3)
    "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29",
    "2028-08-28", "2028-12-25", "2028-12-26",
}
BH = {date.fromisoformat(d) for d in BANK_HOLIDAYS}


def _easter(y):  # anonymous Gregorian algorithm, used only to sanity-check the typed list
    a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4
    f = (b + 8) // 25; g = (b - f + 1) // 3; h = (19 * a + b - d - g + 15) % 30
    i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31; day = ((h + l - 7 * m + 114) % 31) + 1
    return date(y, month, day)


def _selfcheck_holidays():
    for y in range(2024, 2029):
        e = _easter(y)
        assert e - timedelta(2) in BH and e + timedelta(1) in BH, y
        ys = [d for d in BH if d.year == y]
        assert len(ys) == 8, (y, len(ys))
        for d in ys:
            assert d.weekday() < 5, d
        firstmay = min(d for d in ys if d.month == 5)
        assert firstmay.weekday() == 0 and firstmay.day <= 7
        lastmay = max(d for d in ys if d.month == 5)
        assert lastmay.weekday() == 0 and lastmay.day >= 25
        aug = [d for d in ys if d.month == 8][0]
        assert aug.weekday() == 0 and aug.day >= 25


DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def fmt(d):
    return f"{d.isoformat()} ({DOW[d.weekday()]})"


def is_wd(d):
    return d.weekday() < 5 and d not in BH


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year; m += 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return date(y, m, min(d.day, last)), d.day > last


def resolve(s, today):
    """ISO date, or a relative word read against `today`."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return date.fromisoformat(s)
    if s == "today":
        return today
    if s == "yesterday":
        return today - timedelta(1)
    if s == "tomorrow":
        return today + timedelta(1)
    m = re.fullmatch(r"last (mon|tue|wed|thu|fri|sat|sun)", s)
    if m:  # most recent such weekday strictly before today
        want = [x.lower() for x in DOW].index(m.group(1))
        d = today - timedelta(1)
        while d.weekday() != want:
            d -= timedelta(1)
        return d
    raise ValueError(s)


def bh_between(a, b):
    lo, hi = min(a, b), max(a, b)
    return sorted(d for d in BH if lo < d < hi)


def compute(op, today):
    """Return (due_date, count_text)."""
    kind = op[0]
    if kind == "wd":  # Nth working day strictly after the event
        d0 = resolve(op[1], today); n = op[2]; d = d0; k = 0
        while k < n:
            d += timedelta(1)
            if is_wd(d):
                k += 1
        skip = bh_between(d0, d)
        t = f"{n} working day{'s' if n > 1 else ''} after {fmt(d0)} -> {fmt(d)}"
        if d0 in BH or d0.weekday() >= 5:
            t += f"; event day {d0} is not a working day, counted from it"
        if skip:
            t += "; skips bank holidays " + ", ".join(x.isoformat() for x in skip)
        return d, t
    if kind == "wdb":  # Nth working day strictly before the meeting
        d0 = resolve(op[1], today); n = op[2]; d = d0; k = 0
        while k < n:
            d -= timedelta(1)
            if is_wd(d):
                k += 1
        skip = bh_between(d0, d)
        t = f"{n} working days before {fmt(d0)} -> {fmt(d)}"
        if skip:
            t += "; skips bank holidays " + ", ".join(x.isoformat() for x in skip)
        return d, t
    if kind == "cd":
        d0 = resolve(op[1], today); d = d0 + timedelta(op[2])
        t = f"{fmt(d0)} + {op[2]} calendar days -> {fmt(d)}"
        if d in BH:
            t += " (a bank holiday; calendar-day timescale, not moved)"
        elif d.weekday() >= 5:
            t += " (a weekend; calendar-day timescale, not moved)"
        return d, t
    if kind == "cdb":
        d0 = resolve(op[1], today); d = d0 - timedelta(op[2])
        t = f"{fmt(d0)} - {op[2]} calendar days -> {fmt(d)}"
        if d in BH or d.weekday() >= 5:
            t += " (weekend/bank holiday; calendar-day timescale, not moved)"
        return d, t
    if kind == "wk":
        d0 = resolve(op[1], today); d = d0 + timedelta(7 * op[2])
        t = f"{fmt(d0)} + {op[2]} weeks ({7 * op[2]} days) -> {fmt(d)}"
        if d in BH:
            t += " (a bank holiday; not moved)"
        return d, t
    if kind == "mo":
        d0 = resolve(op[1], today); d, clamped = add_months(d0, op[2])
        t = f"{fmt(d0)} + {op[2]} months -> {fmt(d)}"
        if clamped:
            t += f" (no day {d0.day} in that month: last day of month)"
        return d, t
    if kind == "same":
        d0 = resolve(op[1], today)
        return d0, f"same day as the referral {fmt(d0)}"
    if kind == "age":
        dob = date.fromisoformat(op[1]); years, months = op[2], op[3]
        note = ""
        if months:  # a half-year point: add the whole span in months from the date of birth
            d, clamped = add_months(dob, 12 * years + months)
            if clamped:
                note = f"; no day {dob.day} in that month: last day of month"
            elif dob.month == 2 and dob.day == 29:
                note = "; born 29 Feb, but the 6-month point falls in August so no leap-year issue"
            lab = f"{years} years {months} months"
            return d, f"born {fmt(dob)}; reaches {lab} on {fmt(d)}" + note
        if dob.month == 2 and dob.day == 29:
            y = dob.year + years
            import calendar
            if calendar.isleap(y):
                bday = date(y, 2, 29)
            else:
                bday = date(y, 3, 1)
                note = f"; born 29 Feb, {y} is not a leap year so birthday taken as 1 March"
        else:
            bday = date(dob.year + years, dob.month, dob.day)
        d = bday
        if months:
            d, clamped = add_months(bday, months)
            if clamped:
                note += f"; {bday} + {months} months has no day {bday.day}: last day of month"
        lab = f"{years} years" + (f" {months} months" if months else "")
        return d, f"born {fmt(dob)}; reaches {lab} on {fmt(d)}" + note
    if kind == "choice":
        parts = [compute(o, today) for o in op[1:]]
        best = min(p[0] for p in parts)
        t = " | ".join(f"option {i + 1}: {p[1]}" for i, p in enumerate(parts))
        return best, t + f" | earlier = {best.isoformat()}"
    if kind == "none":
        return None, "no timescale for this in the standards"
    raise ValueError(op)


# ---------------------------------------------------------------------------
# Verbatim phrases from the source (each >= 6 words).
P = dict(
    FD="decisions made by what action are required by a Team Leader within 1 working day",
    INIT="Initial decisions will be made about the action required within 1 working day",
    REF="Referrals will be actioned by a social worker within 1 working day",
    SEEN="the child / children will be seen by the Social Worker the same day",
    S47D="Within 5 days of the Section 47 being initiated",
    ALLOC="allocated to a social worker to complete a Child and Family Assessment within 3 working days",
    TLREV="All assessments will be reviewed by the Team Leader within 15 working days",
    COMP="Assessments must all be completed within 45 days",
    STRAT="a strategy discussion is required, this must happen within 1 working day",
    NOTICE="Within the 5 days’ notice period",
    ICPC="Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
    ICPCFAM="The report will be shared with family at least 3 the days prior to conference",
    ICPCCHAIR="The report will be sent to the child protection chair 3 working days before the conference",
    ADVOC="if they are 12 or over they should be offered an advocate",
    CG="held within 10 days of the conference",
    CPV="Visits to a child subject to a CP plan will take place at least every 4 weeks",
    RCPFAM="This report must be shared with parents at least 3 days prior to the review conference",
    RCPCHAIR="The report will be available to the conference chair at least 3 days prior to the review conference",
    PTT="when they have been subject to a plan for 12 months",
    PLO1="The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
    FGC="Referral should be made within 3 working days of the first PLO meeting",
    VIAB="Family Placement Team within 3 working days of the initial PLO meeting",
    MIN="distributed to parents and their legal representation within 7 days of the meeting",
    PLOREV="Review PLO meetings with parents to be held every 4-6 weeks",
    LPM="A review legal planning meeting will be held at 12 weeks",
    EXT="In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
    LG="a Legal Gateway meeting will be convened at 16 weeks",
    CIN1="will set the first CIN meeting within 20 days",
    CINT="the initial CIN meeting must take place within 10 days",
    CINR="CIN review meetings will be held at least every 6 weeks",
    CINV="A child subject to a CIN plan will be seen at least every 6 weeks",
    EMERG="If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
    VIS1="The child will be visited within 1 working day of coming into care or having a change in placement",
    SEEN1="All looked after children will be seen within 1 working day of placement",
    PM="The placement meeting will be held within 3 working days",
    PP="an updated copy given to the carers within 5 working days of the placement beginning",
    FT="reviewed at least every 8 week until the plan for permanence is agreed",
    PACK="coming into care pack, children rights leaflet within 3 weeks",
    LEGAL="will be informed of the child’s legal status within 5 working days",
    IHA="An initial health assessment will be requested and carried out within 20 working days",
    PEP="A PEP meeting will be arranged within the school within 20 days",
    LACV1="Statutory looked after visits must happen weekly until the first looked after review",
    LACV6="then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
    LACV12="Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
    CPLAN="An up to date care plan will be recorded on the electronic system within 10 days of placement",
    LAR1="The initial Looked After Review must take place within 20 working days of the child becoming looked after",
    PW="A pathway plan will be started when the young person is 15 years 6 months",
    IROREP="this will be with the IRO 3 days before the review",
    INFORMAL="If the challenge is not resolved within 5 working days a formal dispute will be raised",
    FORMAL="should be completed from start to finish within 20 working days",
    ADU6="If a child under the age of 6 enters PLO or proceedings",
    ADV1="Once the child is placed weekly statutory visits will take place until the first Looked After Review",
    ADV6="then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
    AO="Once the children have been in placement with the adopter for 10 weeks",
    FCV="Trafford foster carers are visited at least once every six weeks",
    FCR="a record of this visit is recorded on LCS within 3 working days",
    UNANN="will have an unannounced visit at least once every 12 months",
    ANNUAL="All Trafford foster carers will have an annual review",
    PANEL="will have an annual review presented to the Fostering Panel at least every three years",
    DBS="updated statutory references, medicals and DBS checks at least every three years",
    TRAIN="must update their core training at least every three years",
    VAR="This can only be given for up to 6 working days",
    TEMP="Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
    REC="any event or contact is recorded within 3 days",
    SUMM="A clear and concise case file summary which has been updated within the last 3 months",
    ASSESS12="An up to date assessment (within the last 12 months) on each child",
    # phrases for `none` rows (the nearest sentence; it sets no date)
    N_RCPC="The child protection chair will set the date of the next conference",
    N_SUP="monitored through supervision which takes place in line with the supervision policy",
    N_LAR2="At the point of the second review (if not in proceedings)",
    N_CG="reviewed at every core group and progress recorded",
    N_SHOPBA="This needs to take place after the area teams final care planning meeting",
    N_PEPT="subsequently reviewed within the statutory guidelines at least 1 per term",
    N_STRATREC="the plan for the enquiries and decisions recorded and a record sent to all participating professionals",
    N_IROC="The IRO will contact the child between reviews",
    N_LIFE="will complete Lifestory book and a Later Life Letter for the Child",
    N_ANNEX="The Social Worker will complete the Annex A suitability report for Court",
)

A45 = "Working Together sets 45 working days for assessments; this standard says 45 days, read here as calendar days."
A24 = "The S47 section also says a strategy discussion 'within 24 hours', which could be read as the day after the decision even if that is a bank holiday/weekend."
APLO = "The start of PLO could be taken as the date on the PLO letter or the first PLO meeting; here it is the date given in the question."

# (voice, kind, today, q, op, [phrase keys], ambiguous-or-None)
ROWS = []


def R(voice, kind, today, q, op, keys, amb=None):
    ROWS.append((voice, kind, today, q, op, keys, amb))


# ---------------- kind: date ----------------
# Front door / referrals
R("duty", "date", "2025-12-23", "contact in 23/12 - tl decision by?", ("wd", "2025-12-23", 1), ["FD"])
R("typos", "date", "2025-12-24", "contact came in on christmas eve, when does the tl have to make a decison by", ("wd", "2025-12-24", 1), ["FD"])
R("scenario", "date", "2026-04-02", "School rang at 4pm today about bruising on a Year 3 pupil and it's been logged as a contact. Mum says it happened on 30/03 at her birthday party. When does the team leader's screening decision on the contact have to be made by?", ("wd", "today", 1), ["FD"])
R("newstarter", "date", "2026-05-01", "Hi, sorry if this is a basic question - a Level 4 (child in need) referral came through today. By when does a social worker need to action it?", ("wd", "today", 1), ["REF"])
R("indirect", "date", "2027-03-25", "a new referral's landed that looks like it's at the child protection level. how long has the team leader got to make the first call on what we do with it? came in today", ("wd", "today", 1), ["INIT"])
R("manager", "date", "2026-01-05", "Contact received 31/12/25, TL decision recorded 02/01/26. In timescale?", ("wd", "2025-12-31", 1), ["FD"])
R("duty", "date", "2025-08-26", "ref in fri 22/8 - actioned by?", ("wd", "2025-08-22", 1), ["REF"])
R("newstarter", "date", "2026-03-09", "If a referral comes in today that's for a Section 47 enquiry, by when does the child need to be seen by the social worker?", ("same", "today"), ["SEEN"])
# S47 progress discussion
R("duty", "date", "2025-12-19", "s47 initiated today, sw/tl progress discussion due by?", ("cd", "today", 5), ["S47D"])
R("indirect", "date", "2026-06-10", "we started the child protection enquiry today. when do I need to sit down with my manager to go over how the enquiry's going and agree next steps?", ("cd", "today", 5), ["S47D"])
R("manager", "date", "2027-01-08", "S47 started 29/12/26, SW and manager progress discussion took place 05/01/27. In timescale?", ("cd", "2026-12-29", 5), ["S47D"],
  "The standard says '5 days'; a reader counting working days would get 2027-01-07.")
# allocation 3 WD
R("typos", "date", "2025-12-23", "case came in 23rd dec when does it need allocatin to a sw for the assesment", ("wd", "2025-12-23", 3), ["ALLOC"])
R("scenario", "date", "2027-05-28", "Referral came in on Friday 28 May 2027 from the health visitor about a 4 month old. Dad was released from prison on 14/05. The TL has agreed a C&F assessment is needed. By when does it need to be allocated to a social worker?", ("wd", "2027-05-28", 3), ["ALLOC"])
R("manager", "date", "2026-09-04", "Referral 27/08/26, allocated for C&F assessment 03/09/26 - was the allocation in timescale?", ("wd", "2026-08-27", 3), ["ALLOC"])
# TL review 15 WD
R("duty", "date", "2026-03-20", "CFA started 20/3, TL review by?", ("wd", "2026-03-20", 15), ["TLREV"])
R("indirect", "date", "2025-12-15", "the assessment I opened today - when does my manager need to have looked over it by?", ("wd", "today", 15), ["TLREV"])
R("newstarter", "date", "2027-03-10", "Could you tell me when my team leader needs to review the Child and Family Assessment I began on 10th March 2027?", ("wd", "2027-03-10", 15), ["TLREV"])
R("manager", "date", "2025-05-27", "Assessment start 01/05/25, TL review recorded 23/05/25 - in timescale?", ("wd", "2025-05-01", 15), ["TLREV"])
# completion 45 days
R("duty", "date", "2025-11-20", "cfa start 20/11 complete by?", ("cd", "2025-11-20", 45), ["COMP"], A45)
R("typos", "date", "2026-03-02", "assesment started 2.3.26 whens the 45 days up", ("cd", "2026-03-02", 45), ["COMP"], A45)
R("scenario", "date", "2026-07-15", "Family moved into Trafford in May and school referred on 8 July. The strategy discussion was 10/07 and the C&F assessment was started on 13/07/26. When must the assessment be completed?", ("cd", "2026-07-13", 45), ["COMP"], A45)
R("manager", "date", "2027-02-22", "CFA started 04/01/27, completed and authorised 20/02/27. Within timescale?", ("cd", "2027-01-04", 45), ["COMP"], A45)
# strategy discussion 1 WD
R("duty", "date", "2026-12-24", "mgmt decision strat needed today - strat by?", ("wd", "today", 1), ["STRAT"], A24)
R("indirect", "date", "2025-04-17", "manager decided this afternoon we need the multi-agency discussion with police and health to plan the enquiry. by when does that have to happen?", ("wd", "today", 1), ["STRAT"], A24)
R("newstarter", "date", "2026-08-28", "My manager has just decided a strategy discussion is needed (today, Friday 28 August). What's the latest date it can be held?", ("wd", "today", 1), ["STRAT"], A24)
# transfer notice
R("scenario", "date", "2026-06-10", "The C&F assessment says this family needs a Neighbourhood Team at CIN level. We emailed the Neighbourhood Team today to give notice of the transfer; the child's birthday is 12/06. By when does the joint visit with the new worker need to be done?", ("cd", "today", 5), ["NOTICE"])
R("manager", "date", "2027-03-12", "CFR emailed the Neighbourhood Team 02/03/27 re transfer at CIN; joint visit done 09/03/27. Within the notice period?", ("cd", "2027-03-02", 5), ["NOTICE"])
# ICPC 15 WD after strategy
R("duty", "date", "2025-12-19", "strat was 19/12/25, when's the ICPC?", ("wd", "2025-12-19", 15), ["ICPC"])
R("typos", "date", "2026-03-24", "strat meeting 24.3 icpc needs to be by when", ("wd", "2026-03-24", 15), ["ICPC"])
R("scenario", "date", "2026-08-20", "Child disclosed at school on 12/08/26 and the strategy discussion was held on 14/08/26. The S47 outcome was discussed with my TL today and we're going to ICPC. What's the last date for the ICPC?", ("wd", "2026-08-14", 15), ["ICPC"])
R("indirect", "date", "2027-12-15", "we had the multi-agency meeting with police today to plan the child protection enquiry and it looks like it's going to the first big meeting where everyone decides if there needs to be a protection plan. latest date for that?", ("wd", "today", 15), ["ICPC"])
R("newstarter", "date", "2025-04-10", "Hello! The strategy discussion was on 10 April 2025. When is the latest the Initial Child Protection Conference can be held?", ("wd", "2025-04-10", 15), ["ICPC"])
R("manager", "date", "2026-01-20", "ICPC was held 20/01, strat 02/01, was that in timescale?", ("wd", "2026-01-02", 15), ["ICPC"])
R("duty", "date", "2026-05-22", "strat yest, icpc deadline?", ("wd", "yesterday", 15), ["ICPC"])
R("typos", "date", "2025-08-22", "stratgey was last tuesday when is icpc due by", ("wd", "last tue", 15), ["ICPC"])
R("scenario", "date", "2026-12-18", "Baby born 01/12/26, midwife raised concerns 10/12/26 and the strategy discussion was held 16/12/26. Mum's pre-birth assessment started in October. When's the ICPC deadline?", ("wd", "2026-12-16", 15), ["ICPC"])
# ICPC reports
R("duty", "date", "2026-04-08", "icpc 14/4 - report to chair by?", ("wdb", "2026-04-14", 3), ["ICPCCHAIR"])
R("typos", "date", "2027-01-04", "icpc is on 6th jan, when does my report have to go to the cp chair", ("wdb", "2027-01-06", 3), ["ICPCCHAIR"])
R("newstarter", "date", "2026-05-26", "The ICPC is on Thursday 28 May 2026. When does my report need to be shared with the family?", ("cdb", "2026-05-28", 3), ["ICPCFAM"])
R("indirect", "date", "2025-12-29", "the first child protection conference is on 2 Jan. what's the last day I can send my report to the person chairing it?", ("wdb", "2026-01-02", 3), ["ICPCCHAIR"])
R("manager", "date", "2025-09-03", "ICPC 02/09/25, SW report shared with parents 31/08/25 - compliant?", ("cdb", "2025-09-02", 3), ["ICPCFAM"])
# first core group 10 days
R("duty", "date", "2026-12-21", "icpc 21/12 first core group by?", ("cd", "2026-12-21", 10), ["CG"])
R("typos", "date", "2026-03-30", "had icpc 27/3 when does the 1st core group have to be", ("cd", "2026-03-27", 10), ["CG"])
R("indirect", "date", "2025-07-16", "conference yesterday put the child on a plan. when does the first meeting of the small group of professionals and family that fleshes out the plan need to happen?", ("cd", "yesterday", 10), ["CG"])
R("newstarter", "date", "2027-05-24", "Apologies for the basic question - the Initial Child Protection Conference was on 21/05/2027 and the child is now on a CP plan. When should the first core group be held by?", ("cd", "2027-05-21", 10), ["CG"])
R("manager", "date", "2025-12-05", "ICPC 24/11/25, first CG held 05/12/25 - in timescale?", ("cd", "2025-11-24", 10), ["CG"])
R("scenario", "date", "2027-08-20", "ICPC was today and both children were made subject to plans under neglect. Review conference is pencilled in for November and dad's court date is 27/08. When's the first core group due?", ("cd", "today", 10), ["CG"])
# 12 months on plan
R("indirect", "date", "2026-02-10", "child went on a protection plan on 14/03/25 and nothing's really shifting. when do we hit the point where we need the meeting to think about working with the family differently?", ("mo", "2025-03-14", 12), ["PTT"])
R("manager", "date", "2027-05-10", "CP plan started 31/05/26 - when is the 12 month point for a professional thinking time meeting?", ("mo", "2026-05-31", 12), ["PTT"])
# RCPC reports
R("duty", "date", "2026-04-01", "rcpc thurs 9/4 - report to parents by?", ("cdb", "2026-04-09", 3), ["RCPFAM"])
R("typos", "date", "2025-12-29", "review conf 2nd jan when does the chair need my report", ("cdb", "2026-01-02", 3), ["RCPCHAIR"])
R("scenario", "date", "2027-03-22", "Review child protection conference for two siblings was booked for Easter Monday 29 March 2027 so it's been moved to Tuesday 30th. Last core group was 15/03. When do parents need the plan update report by?", ("cdb", "2027-03-30", 3), ["RCPFAM"])
R("newstarter", "date", "2026-10-08", "When does the chair of the review conference need to have my report, if the review conference is on 15 October 2026?", ("cdb", "2026-10-15", 3), ["RCPCHAIR"])
# PLO
R("duty", "date", "2026-03-30", "plo letter dated 30/3 - first mtg by?", ("cd", "2026-03-30", 10), ["PLO1"])
R("typos", "date", "2025-12-22", "plo leter dated today, when does the 1st plo meeting need to happen", ("cd", "today", 10), ["PLO1"])
R("indirect", "date", "2027-01-11", "the letter that starts pre-proceedings went out dated 11 Jan 27. by when do we have to meet the parents and their solicitor?", ("cd", "2027-01-11", 10), ["PLO1"])
R("manager", "date", "2026-06-05", "PLO letter dated 22/05/26, first PLO meeting held 03/06/26. In timescale?", ("cd", "2026-05-22", 10), ["PLO1"])
R("scenario", "date", "2025-05-02", "Legal Gateway on 24 April agreed PLO and the letter went out dated 02/05/25. Mum has said she won't be instructing a solicitor. When should the first PLO meeting be held by?", ("cd", "2025-05-02", 10), ["PLO1"])
R("newstarter", "date", "2025-08-21", "We had the first PLO meeting today (21 August 2025) and the parents have consented to a Family Group Conference. When does the referral need to be made by?", ("wd", "2025-08-21", 3), ["FGC"])
R("indirect", "date", "2027-12-22", "parents agreed at the first pre-proceedings meeting on 22/12 to a family meeting to look at who in the family could help. when does the referral for that meeting have to go in?", ("wd", "2027-12-22", 3), ["FGC"])
R("duty", "date", "2026-12-23", "initial plo mtg 23/12, viability req to FPT by?", ("wd", "2026-12-23", 3), ["VIAB"])
R("scenario", "date", "2025-05-02", "Initial PLO meeting was held this morning, Friday 2 May. Maternal aunt and a family friend were put forward as possible carers; the FGC isn't booked yet. When do the viability screening requests need to reach the Family Placement Team?", ("wd", "today", 3), ["VIAB"])
R("typos", "date", "2027-05-28", "initial plo meeting was thurs 27/5, grandad put forward as a carer, when do i send the viabilty request", ("wd", "2027-05-27", 3), ["VIAB"])
R("duty", "date", "2026-08-26", "plo mtg today - minutes out by?", ("cd", "today", 7), ["MIN"])
R("manager", "date", "2025-12-29", "PLO meeting 19/12/25, minutes sent to parents and solicitors 29/12/25. Compliant?", ("cd", "2025-12-19", 7), ["MIN"])
R("indirect", "date", "2027-03-25", "we had the pre-proceedings meeting with mum and her solicitor yesterday. by when have the notes with the agreed expectations got to go out to them?", ("cd", "yesterday", 7), ["MIN"])
R("newstarter", "date", "2025-09-15", "The family entered PLO on 15 September 2025 (that's the date on the PLO letter). If they're still in PLO, when would the 16 week Legal Gateway meeting be?", ("wk", "2025-09-15", 16), ["LG"], APLO)
R("manager", "date", "2027-02-01", "PLO letter dated 07/12/26. 16 week Legal Gateway should be held by?", ("wk", "2026-12-07", 16), ["LG"], APLO)
R("scenario", "date", "2026-10-20", "The 12 week review legal planning meeting was today and threshold is still met, but mum has just started a residential detox so we're agreeing the exceptional extension. Dad's parenting assessment is due 30/10. What date does the extra period run to?", ("wk", "today", 4), ["EXT"])
R("typos", "date", "2026-06-01", "plo leter was 1/6/26 when is the 12 week legal planing meeting", ("wk", "2026-06-01", 12), ["LPM"], APLO)
# CIN
R("duty", "date", "2026-02-18", "deplanned at rcpc 18/2, 1st CIN mtg by?", ("cd", "2026-02-18", 20), ["CIN1"])
R("indirect", "date", "2025-12-10", "at the review conference today the child came off their protection plan and will be supported as a child in need. when's the first meeting for the new support plan due?", ("cd", "today", 20), ["CIN1"])
R("newstarter", "date", "2027-03-12", "The child was de-planned at the review child protection conference on 12 March 2027. By what date should the first Child in Need meeting take place?", ("cd", "2027-03-12", 20), ["CIN1"])
R("manager", "date", "2026-07-30", "De-planned at RCPC 06/07/26, first CIN meeting 30/07/26 - in timescale?", ("cd", "2026-07-06", 20), ["CIN1"])
R("duty", "date", "2026-05-18", "transferred from CFR 18/5 - initial CIN by?", ("cd", "2026-05-18", 10), ["CINT"])
R("typos", "date", "2025-12-19", "case transfered to us from the front door on 19/12 when does the intial cin meeting need to be", ("cd", "2025-12-19", 10), ["CINT"])
R("scenario", "date", "2027-08-24", "Case came over to us from Children's First Response on 23/08/27. Their assessment concluded on 18/08 and the joint visit was 20/08. When's the initial CIN meeting due?", ("cd", "2027-08-23", 10), ["CINT"])
R("manager", "date", "2026-01-12", "Transfer in from CFR 29/12/25, initial CIN meeting 12/01/26 - within timescale?", ("cd", "2025-12-29", 10), ["CINT"])
# Children in care
R("scenario", "date", "2025-04-14", "Police protection on Friday 11 April 2025 and the child came into care as an unplanned admission that evening. The strategy discussion had been on the 9th. When does the assessment need to be completed?", ("wd", "2025-04-11", 20), ["EMERG"])
R("typos", "date", "2026-04-02", "child came into care today 2/4 when do i need to visit them by", ("wd", "today", 1), ["VIS1", "SEEN1"])
R("indirect", "date", "2025-12-24", "young person moved from one foster home to another today. how quickly do I have to go and see them?", ("wd", "today", 1), ["VIS1"])
R("manager", "date", "2027-06-03", "Placement change Fri 28/05/27, child visited 02/06/27. In timescale?", ("wd", "2027-05-28", 1), ["VIS1"])
R("newstarter", "date", "2026-08-28", "A child is being placed in foster care today (Friday 28 August 2026). What's the latest date I need to see them?", ("wd", "today", 1), ["VIS1", "SEEN1"])
R("indirect", "date", "2027-12-23", "new foster placement started today. when does the meeting to agree delegated authority with the carers need to happen?", ("wd", "today", 3), ["PM"])
R("typos", "date", "2026-04-01", "placement started 1.4.26 when do the carers need the updated placement plan", ("wd", "2026-04-01", 5), ["PP"])
R("scenario", "date", "2025-12-23", "Child placed with new carers yesterday and the placement meeting was held this morning. The carers are asking when they'll get the updated placement plan with the delegated authority details. What's the deadline?", ("wd", "yesterday", 5), ["PP"])
R("duty", "date", "2026-12-14", "came into care 14/12 - CIC pack & rights leaflet by?", ("wk", "2026-12-14", 3), ["PACK"])
R("newstarter", "date", "2025-08-04", "A young person came into our care on 4 August 2025. When should they be given their coming into care pack and children's rights leaflet?", ("wk", "2025-08-04", 3), ["PACK"])
R("indirect", "date", "2027-03-08", "she became looked after on 8/3/27. when does she need the welcome info pack and the leaflet about her rights?", ("wk", "2027-03-08", 3), ["PACK"])
R("scenario", "date", "2026-03-30", "Interim care order granted today and the child was placed the same afternoon. The GP, school and CAMHS all need to know; her last CAMHS appointment was 12/03. By when do the other professionals have to be told about her legal status?", ("wd", "today", 5), ["LEGAL"])
R("typos", "date", "2026-03-16", "child came into care 16/3/26 when is the IHA due", ("wd", "2026-03-16", 20), ["IHA"])
R("manager", "date", "2026-01-06", "Child LAC 01/12/25, IHA completed 31/12/25. Within timescale?", ("wd", "2025-12-01", 20), ["IHA"])
R("indirect", "date", "2027-05-04", "child came into care yesterday. when does the first health check with the doctor need to be done by?", ("wd", "yesterday", 20), ["IHA"])
R("newstarter", "date", "2025-12-09", "A child came into care on 9 December 2025. When does the first PEP meeting need to be arranged by?", ("cd", "2025-12-09", 20), ["PEP"])
R("scenario", "date", "2027-04-15", "Child placed in foster care 14/04/27; the school's on Easter holidays until the 19th and the care order hearing is 30/04. When's the PEP meeting due?", ("cd", "2027-04-14", 20), ["PEP"])
R("typos", "date", "2026-12-18", "placed 18/12 when does the care plan need to be on the system", ("cd", "2026-12-18", 10), ["CPLAN"])
R("indirect", "date", "2025-06-03", "child placed 2 June. when does the full written plan for their time in care need to be on the system?", ("cd", "2025-06-02", 10), ["CPLAN"])
R("manager", "date", "2026-10-19", "Placed 05/10/26, care plan recorded 19/10/26 - compliant?", ("cd", "2026-10-05", 10), ["CPLAN"])
R("duty", "date", "2025-12-15", "LAC 15/12/25 - initial LAR by?", ("wd", "2025-12-15", 20), ["LAR1"])
R("typos", "date", "2026-03-26", "child bcame looked after 25.03.26 when is the first lac review", ("wd", "2026-03-25", 20), ["LAR1"])
R("scenario", "date", "2027-07-20", "Mum agreed Section 20 on 19/07/27 and the child was placed with foster carers the same day. The ICO hearing is on 28/07. When's the initial Looked After Review due?", ("wd", "2027-07-19", 20), ["LAR1"])
R("manager", "date", "2026-06-01", "Child looked after from 01/05/26, initial LAR held 29/05/26. In timescale?", ("wd", "2026-05-01", 20), ["LAR1"])
R("newstarter", "date", "2027-12-10", "A child became looked after today (10 December 2027). Could you tell me when the first Looked After Review has to be held?", ("wd", "today", 20), ["LAR1"])
R("indirect", "date", "2025-08-12", "when's the first review meeting with the IRO due for a lad who came into care on 11 August?", ("wd", "2025-08-11", 20), ["LAR1"])
R("duty", "date", "2025-12-30", "LAR 5/1 - report to IRO by?", ("cdb", "2026-01-05", 3), ["IROREP"])
R("newstarter", "date", "2027-03-24", "The child's looked after review is on Thursday 1 April 2027. When does my written report need to be with the IRO?", ("cdb", "2027-04-01", 3), ["IROREP"])
R("indirect", "date", "2025-10-09", "the child in care review is on 16 Oct. when do I need to get my report over to the reviewing officer?", ("cdb", "2025-10-16", 3), ["IROREP"])
# IRO disputes
R("scenario", "date", "2026-03-31", "The IRO raised an informal challenge with me today about drift in the permanence plan. My manager's off until after Easter. If it isn't resolved, when does it become a formal dispute?", ("wd", "today", 5), ["INFORMAL"])
R("manager", "date", "2026-01-06", "Formal dispute raised by IRO 01/12/25, resolved 05/01/26. Within timescale?", ("wd", "2025-12-01", 20), ["FORMAL"])
R("duty", "date", "2027-05-21", "IRO formal dispute started 21/5 - must be done by?", ("wd", "2027-05-21", 20), ["FORMAL"])
R("typos", "date", "2026-12-21", "iro informal challenge 21/12 when does it turn formal", ("wd", "2026-12-21", 5), ["INFORMAL"])
# adoption
R("newstarter", "date", "2026-02-16", "Our child was placed with her adopters on 16 February 2026. From what date can the adopters apply for the Adoption Order?", ("wk", "2026-02-16", 10), ["AO"])
R("indirect", "date", "2025-10-21", "the little one moved in with her forever family on 20/10/25. what's the earliest the family can put their court application in to make it permanent?", ("wk", "2025-10-20", 10), ["AO"])
# fostering
R("typos", "date", "2026-05-22", "visited foster carer today fri 22/5 when does the vist need recording on lcs", ("wd", "today", 3), ["FCR"])
R("manager", "date", "2026-01-02", "SSW visit to foster carers 23/12/25, recorded on LCS 31/12/25. In timescale?", ("wd", "2025-12-23", 3), ["FCR"])
R("scenario", "date", "2026-04-01", "A sibling group of three was placed today with carers approved for two, under a variation agreed by the Strategic Lead. The eldest's birthday is 05/04. How long can the variation last - what's the end date?", ("wd", "today", 6), ["VAR"])
R("duty", "date", "2027-12-23", "variation of terms given 23/12 - runs to?", ("wd", "2027-12-23", 6), ["VAR"])
R("newstarter", "date", "2026-01-05", "A connected person was given temporary approval as a foster carer on 5 January 2026. When does the temporary approval end if it isn't extended?", ("wk", "2026-01-05", 16), ["TEMP"])
R("manager", "date", "2025-06-02", "Temporary approval of connected carer from 02/06/25 and the extension has been agreed. Latest end date with the extension?", ("wk", "2025-06-02", 24), ["TEMP"])
R("indirect", "date", "2027-02-15", "grandma was approved as a temporary carer for the kids on 15/02/27. when does that short-term approval run out if nobody extends it?", ("wk", "2027-02-15", 16), ["TEMP"])
# case recording
R("typos", "date", "2025-12-23", "did a vist on 23rd dec when do i have to have it written up by", ("cd", "2025-12-23", 3), ["REC"])
# case summary / assessment age
R("manager", "date", "2026-03-31", "Case summary last updated 30/11/25. When was the update due?", ("mo", "2025-11-30", 3), ["SUMM"])
R("newstarter", "date", "2025-09-01", "My case file summary was last updated on 15 June 2025. When does it need updating by?", ("mo", "2025-06-15", 3), ["SUMM"])
R("indirect", "date", "2027-01-20", "the last assessment on this child was signed off by my manager on 31/01/26. when does it go out of date?", ("mo", "2026-01-31", 12), ["ASSESS12"])
# fostering cycles
R("duty", "date", "2026-01-19", "FC refs/medicals/DBS last done 10/02/23 - due?", ("mo", "2023-02-10", 36), ["DBS"])
R("typos", "date", "2027-03-15", "carers core training was last done 29th march 2024 when do they need to redo it", ("mo", "2024-03-29", 36), ["TRAIN"])
R("manager", "date", "2026-05-11", "Foster carer's review last presented to Fostering Panel 16/06/23. When must the next panel presentation be by?", ("mo", "2023-06-16", 36), ["PANEL"])
R("scenario", "date", "2025-01-20", "Our foster carers' last annual review was on 29/02/24, chaired by an IRO. Their Safer Caring Policy was updated 10/01/25. When is the next annual review due?", ("mo", "2024-02-29", 12), ["ANNUAL"],
  "29 Feb + 12 months has no 29 Feb in 2025; could be read as 1 March 2025 instead of 28 Feb.")

# ---------------- kind: visits ----------------
R("duty", "visits", "2026-03-11", "cp visit last 10/3 - next by?", ("wk", "2026-03-10", 4), ["CPV"])
R("typos", "visits", "2025-12-03", "last cp vist was 2nd dec, when is the next one due", ("wk", "2025-12-02", 4), ["CPV"])
R("manager", "visits", "2026-05-05", "CP visits on 27/03/26 and 28/04/26 - was the second within timescale?", ("wk", "2026-03-27", 4), ["CPV"])
R("indirect", "visits", "2027-03-02", "saw the child on a protection plan at home yesterday. how long before I have to see them again?", ("wk", "yesterday", 4), ["CPV"])
R("typos", "visits", "2025-12-19", "last cp visit was thursday 18/12 next one by when", ("wk", "2025-12-18", 4), ["CPV"])
R("newstarter", "visits", "2026-08-04", "I last visited a child on a Child in Need plan on 3 August 2026. When is the next visit due?", ("wk", "2026-08-03", 6), ["CINV"])
R("scenario", "visits", "2025-11-14", "CIN plan for a 9 year old. I saw him at school on 10/11/25, but the last time I saw him at home was 13/10/25. When's the next CIN visit due?", ("wk", "2025-10-13", 6), ["CINV"])
R("duty", "visits", "2026-12-17", "CIN review mtg today - next by?", ("wk", "today", 6), ["CINR"])
R("typos", "visits", "2027-02-23", "last cin review was 22.2.27 whens the next", ("wk", "2027-02-22", 6), ["CINR"])
R("duty", "visits", "2026-04-21", "LAC, 1st LAR not till 5/5, last visit 20/4 - next visit by?", ("wk", "2026-04-20", 1), ["LACV1"])
R("scenario", "visits", "2025-12-22", "Child came into care 15/12/25 and the first LAC review is booked for 12/01/26. I visited today. When's my next statutory visit due?", ("wk", "today", 1), ["LACV1"])
R("newstarter", "visits", "2026-06-02", "The first Looked After Review has happened and the permanence plan isn't finalised yet. I last visited the child on 1 June 2026 - when should my next statutory visit be?", ("wk", "2026-06-01", 6), ["LACV6"])
R("manager", "visits", "2027-04-30", "Child in permanent placement for 3 years, visits now 12 weekly. Last visit 02/02/27, next 30/04/27 - in timescale?", ("wk", "2027-02-02", 12), ["LACV12"])
R("indirect", "visits", "2026-09-15", "she's been settled with the carers who are keeping her long term for two years now. last saw her 14/09. when's the next visit needed?", ("wk", "2026-09-14", 12), ["LACV12"])
R("duty", "visits", "2025-08-27", "adoptive placement, pre-1st LAR, last visit 26/8 - next?", ("wk", "2025-08-26", 1), ["ADV1"])
R("typos", "visits", "2027-01-12", "adopton placement, first review done, last visit 11/1/27 when next", ("wk", "2027-01-11", 6), ["ADV6"])
R("duty", "visits", "2026-05-26", "SSW visit to FC today - next by?", ("wk", "today", 6), ["FCV"])
R("scenario", "visits", "2025-11-20", "Supervising social worker here. I did the carers' unannounced visit on 03/12/24 and a planned visit on 10/11/25. When's the next unannounced visit due by?", ("mo", "2024-12-03", 12), ["UNANN"])
R("newstarter", "visits", "2026-02-03", "Family time arrangements for a child in care were last reviewed on 2 February 2026, and the permanence plan isn't agreed yet. When should they be reviewed again?", ("wk", "2026-02-02", 8), ["FT"])
R("indirect", "visits", "2027-06-29", "we last looked at how often the kids get to see mum and dad on 28/06/27. when do we have to look at that again?", ("wk", "2027-06-28", 8), ["FT"])
R("manager", "visits", "2026-04-21", "Last PLO review meeting 09/03/26, next one held 20/04/26 - within the 4-6 weeks?", ("wk", "2026-03-09", 6), ["PLOREV"],
  "'every 4-6 weeks' is a range; the deadline here is the 6 week end, but a reader could call 4 weeks (2026-04-06) the due date.")
R("manager", "visits", "2026-10-30", "Foster carer annual review held 28/10/25, next held 30/10/26. Compliant?", ("mo", "2025-10-28", 12), ["ANNUAL"])

# ---------------- kind: age ----------------
R("newstarter", "age", "2026-03-02", "A child on a CP plan was born on 14/07/2014. When do they turn 12, so that we offer them an advocate for conference?", ("age", "2014-07-14", 12, 0), ["ADVOC"])
R("duty", "age", "2025-06-01", "YP dob 10/12/09 - pathway plan starts when?", ("age", "2009-12-10", 15, 6), ["PW"])
R("typos", "age", "2026-09-01", "young person born 29/02/2012 when do they hit 15 and a half for the pathway plan", ("age", "2012-02-29", 15, 6), ["PW"])
R("scenario", "age", "2027-01-15", "Sibling group going into PLO next week: eldest born 03/05/2015, middle 21/01/2021, youngest 08/08/2023. When does the middle one turn 6? Trying to work out if she still gets an adoption SW and family finder.", ("age", "2021-01-21", 6, 0), ["ADU6"])
R("indirect", "age", "2026-05-02", "lad in care born 28/02/2011. when's he old enough that we have to start his plan for leaving care?", ("age", "2011-02-28", 15, 6), ["PW"])
R("manager", "age", "2025-11-10", "Child in PLO born 29/02/2020. On what date do they stop being under 6 for adoption SW allocation?", ("age", "2020-02-29", 6, 0), ["ADU6"])
R("duty", "age", "2025-11-10", "dob 05/01/14 - turns 12 (advocate for icpc) when?", ("age", "2014-01-05", 12, 0), ["ADVOC"])
R("newstarter", "age", "2027-01-11", "A young person in care was born on 31 August 2011. When will they be 15 years and 6 months old, so the pathway plan can be started?", ("age", "2011-08-31", 15, 6), ["PW"],
  "31 Aug + 15y6m lands on a month with no 31st; read as 28 Feb 2027, but a reader could say 1 March 2027.")
R("typos", "age", "2026-02-10", "little boy dob 20.2.20 will he still be under 6 when plo starts next week, when does he turn 6", ("age", "2020-02-20", 6, 0), ["ADU6"])

# ---------------- kind: choice ----------------
R("duty", "choice", "2026-03-03", "conference was 3/3, what's next due?", ("choice", ("cd", "2026-03-03", 10), ("cd", "2026-03-03", 20)), ["CG", "CIN1"])
R("newstarter", "choice", "2025-12-01", "The child came into care today, 1 December 2025. When's the first meeting I need to arrange?", ("choice", ("wd", "today", 3), ("wd", "today", 20)), ["PM", "LAR1"])
R("typos", "choice", "2026-04-08", "icpc is on 14/4 when does my report have to go out", ("choice", ("wdb", "2026-04-14", 3), ("cdb", "2026-04-14", 3)), ["ICPCCHAIR", "ICPCFAM"])
R("indirect", "choice", "2027-05-27", "we had the first pre-proceedings meeting with the parents today. what paperwork is due after it and by when?", ("choice", ("wd", "today", 3), ("cd", "today", 7)), ["FGC", "MIN"])
R("duty", "choice", "2025-12-19", "cfa started 19/12 - due by?", ("choice", ("wd", "2025-12-19", 15), ("cd", "2025-12-19", 45)), ["TLREV", "COMP"])
R("scenario", "choice", "2026-08-26", "I did the supervising social worker visit to our foster carers today (Wed 26/08/26). Their annual review is in November. What's the next deadline from this visit?", ("choice", ("wd", "today", 3), ("wk", "today", 6)), ["FCR", "FCV"])
R("manager", "choice", "2026-12-22", "Child moved to a new placement 22/12/26. What's the deadline?", ("choice", ("wd", "2026-12-22", 1), ("wd", "2026-12-22", 3)), ["VIS1", "PM"])
R("newstarter", "choice", "2027-02-08", "A child was placed with adopters today (8 February 2027). What's the next date I need to know about?", ("choice", ("wk", "today", 1), ("wk", "today", 10)), ["ADV1", "AO"])

# ---------------- kind: none ----------------
R("duty", "none", "2026-03-04", "icpc 3/3 - rcpc due when?", ("none",), ["N_RCPC"])
R("newstarter", "none", "2025-10-01", "How often should I have supervision with my team leader? My last one was 15 September.", ("none",), ["N_SUP"])
R("typos", "none", "2026-06-11", "first lac review was 10/6 when is the second one", ("none",), ["N_LAR2"])
R("indirect", "none", "2027-01-18", "after the first meeting of the small group working on the protection plan, how often do they have to meet? last one was 11/01", ("none",), ["N_CG"])
R("manager", "none", "2026-09-07", "Final care planning meeting 01/09/26 - how many days do we have to hold the SHOPBA?", ("none",), ["N_SHOPBA"])
R("scenario", "none", "2025-12-15", "Child came into care on 1 December and the first PEP is booked for 18/12. The school has asked for the exact date the PEP must next be reviewed by. What is it?", ("none",), ["N_PEPT"])
R("duty", "none", "2027-04-12", "strat today - minutes to agencies deadline?", ("none",), ["N_STRATREC"])
R("newstarter", "none", "2026-11-16", "The last Looked After Review was on 2 November 2026. By what date does the IRO need to contact the child before the next review?", ("none",), ["N_IROC"])
R("indirect", "none", "2025-07-07", "placement order was granted on 30/06. by when does the adoption worker have to finish the child's life story book?", ("none",), ["N_LIFE"])


# ---------------------------------------------------------------------------
def build():
    _selfcheck_holidays()
    src = open(SOURCE, encoding="utf-8").read()
    out = []
    for voice, kind, today_s, q, op, keys, amb in ROWS:
        today = date.fromisoformat(today_s)
        due, count = compute(op, today)
        row = {
            "q": q,
            "today": today_s,
            "due": due.isoformat() if due else None,
            "expect_any": [P[k] for k in keys],
            "count": count,
            "voice": voice,
            "kind": kind,
        }
        if amb:
            row["ambiguous"] = amb
        out.append(row)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return src


def check(src):
    ok = True
    rows = [json.loads(l) for l in open(OUT, encoding="utf-8") if l.strip()]
    voices, kinds = Counter(), Counter()
    for i, r in enumerate(rows, 1):
        for k in ("q", "today", "due", "expect_any", "count", "voice", "kind"):
            if k not in r:
                print("missing", k, i); ok = False
        for ph in r["expect_any"]:
            if ph not in src:
                print(f"row {i}: phrase not in source: {ph!r}"); ok = False
            if len(ph.split()) < 6:
                print(f"row {i}: phrase under 6 words: {ph!r}"); ok = False
        if r["kind"] == "none" and r["due"] is not None:
            print("none with due", i); ok = False
        if r["kind"] != "none" and r["due"] is None:
            print("missing due", i); ok = False
        if r["kind"] == "choice" and len(r["expect_any"]) < 2:
            print("choice needs 2 phrases", i); ok = False
        # recompute from the oracle
        voice, kind, today_s, q, op, keys, amb = ROWS[i - 1]
        d, _ = compute(op, date.fromisoformat(today_s))
        if (d.isoformat() if d else None) != r["due"]:
            print("due mismatch", i); ok = False
        voices[r["voice"]] += 1; kinds[r["kind"]] += 1
    dup = [q for q, c in Counter(r["q"] for r in rows).items() if c > 1]
    if dup:
        print("duplicate q:", dup); ok = False
    print("rows:", len(rows))
    print("kinds:", dict(kinds))
    print("voices:", dict(voices))
    print("ambiguous:", sum(1 for r in rows if "ambiguous" in r))
    print("CHECK", "OK" if ok else "FAILED")
    return ok


if __name__ == "__main__":
    s = build()
    sys.exit(0 if check(s) else 1)
