#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (standard library only).

Each row is described structurally below (ROWS). This script computes `due` and `count`
from the calc spec, checks every expect_any phrase is verbatim in the source, and writes
questions.jsonl next to this file.

calc specs:
  ("wd", start, n)      Nth working day strictly after start
  ("wdb", meeting, n)   Nth working day strictly before meeting
  ("cd", start, n)      start + n calendar days (n=0: same day)
  ("cdb", meeting, n)   meeting - n calendar days
  ("wk", start, n)      start + 7n days
  ("mo", start, n)      same day n months later (clamped to month end)
  ("age", dob, years, months)  date the person reaches that age
  ("choice", [calc, calc, ...]) due = earliest
  None                  no deadline in the standards (due null)
start strings: ISO date, optionally ":Ddd" to assert the weekday; or relative to `today`:
  "today", "yesterday", "tomorrow", "last:Fri" (most recent Fri strictly before today),
  "on:Mon" (most recent Mon on or before today), "next:Mon" (next Mon strictly after today).
"""
import datetime as dt
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"

# England and Wales bank holidays 2024-2028, typed by hand.
BANK_HOLIDAYS = {dt.date.fromisoformat(s) for s in [
    # 2024
    "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26",
    "2024-12-25", "2024-12-26",
    # 2025
    "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25",
    "2025-12-25", "2025-12-26",
    # 2026 (Boxing Day Sat -> substitute Mon 28 Dec)
    "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31",
    "2026-12-25", "2026-12-28",
    # 2027 (Christmas Sat, Boxing Day Sun -> substitutes Mon 27, Tue 28 Dec)
    "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30",
    "2027-12-27", "2027-12-28",
    # 2028 (New Year Sat -> substitute Mon 3 Jan)
    "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28",
    "2028-12-25", "2028-12-26",
]}

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _self_check_holidays():
    """Cross-check the typed list against the rules (Easter computus, first/last Mondays)."""
    def easter(y):
        a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4
        f = (b + 8) // 25; g = (b - f + 1) // 3; h = (19 * a + b - d - g + 15) % 30
        i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * l) // 451
        mo = (h + l - 7 * m + 114) // 31; da = (h + l - 7 * m + 114) % 31 + 1
        return dt.date(y, mo, da)
    exp = set()
    for y in range(2024, 2029):
        def sub(d, taken):
            while d.weekday() >= 5 or d in taken:
                d += dt.timedelta(1)
            return d
        taken = set()
        ny = sub(dt.date(y, 1, 1), taken); taken.add(ny)
        e = easter(y)
        taken |= {e - dt.timedelta(2), e + dt.timedelta(1)}
        d = dt.date(y, 5, 1)
        while d.weekday() != 0: d += dt.timedelta(1)
        taken.add(d)
        d = dt.date(y, 5, 31)
        while d.weekday() != 0: d -= dt.timedelta(1)
        taken.add(d)
        d = dt.date(y, 8, 31)
        while d.weekday() != 0: d -= dt.timedelta(1)
        taken.add(d)
        xmas = sub(dt.date(y, 12, 25), taken); taken.add(xmas)
        box = sub(dt.date(y, 12, 26), taken); taken.add(box)
        exp |= taken
    assert exp == BANK_HOLIDAYS, (sorted(exp ^ BANK_HOLIDAYS))


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def fmt(d):
    return f"{d.isoformat()} ({DAYS[d.weekday()]})"


def resolve(s, today):
    if s == "today":
        return today
    if s == "yesterday":
        return today - dt.timedelta(1)
    if s == "tomorrow":
        return today + dt.timedelta(1)
    if ":" in s and s.split(":")[0] in ("last", "on", "next"):
        kind, wd = s.split(":")
        target = DAYS.index(wd)
        if kind == "last":
            d = today - dt.timedelta(1)
            while d.weekday() != target: d -= dt.timedelta(1)
        elif kind == "on":
            d = today
            while d.weekday() != target: d -= dt.timedelta(1)
        else:
            d = today + dt.timedelta(1)
            while d.weekday() != target: d += dt.timedelta(1)
        return d
    if ":" in s:
        iso, wd = s.split(":")
        d = dt.date.fromisoformat(iso)
        assert DAYS[d.weekday()] == wd, f"{iso} is {DAYS[d.weekday()]} not {wd}"
        return d
    return dt.date.fromisoformat(s)


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year; m += 1
    last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(1)).day
    return dt.date(y, m, min(d.day, last)), d.day > last


def compute(calc, today):
    """Return (due date, count string)."""
    k = calc[0]
    if k == "choice":
        parts = [compute(c, today) for c in calc[1]]
        due = min(p[0] for p in parts)
        return due, "CHOICE: " + " | ".join(p[1] for p in parts) + f"; earliest -> {due.isoformat()}"
    start = resolve(calc[1], today)
    n = calc[2]
    if k in ("wd", "wdb"):
        step = 1 if k == "wd" else -1
        d = start; c = 0; skipped = []
        while c < n:
            d += dt.timedelta(step)
            if is_wd(d):
                c += 1
            elif d in BANK_HOLIDAYS:
                skipped.append(d.isoformat())
        word = "after" if k == "wd" else "before"
        s = f"{n} working day{'s' if n != 1 else ''} {word} {fmt(start)} -> {fmt(d)}"
        if not is_wd(start):
            s += f"; start day {start.isoformat()} is not a working day, counted from it"
        if skipped:
            s += "; skips bank holidays " + ", ".join(sorted(skipped))
        return d, s
    if k == "cd":
        d = start + dt.timedelta(n)
        if n == 0:
            return d, f"same day as {fmt(start)} -> {fmt(d)}"
        s = f"{n} calendar days after {fmt(start)} -> {fmt(d)}"
        if not is_wd(d):
            s += " (falls on a non-working day; calendar count)"
        return d, s
    if k == "cdb":
        d = start - dt.timedelta(n)
        s = f"{n} calendar days before {fmt(start)} -> {fmt(d)}"
        if not is_wd(d):
            s += " (falls on a non-working day; calendar count)"
        return d, s
    if k == "wk":
        d = start + dt.timedelta(7 * n)
        s = f"{n} week{'s' if n != 1 else ''} ({7*n} days) after {fmt(start)} -> {fmt(d)}"
        if not is_wd(d):
            s += " (falls on a non-working day; calendar count)"
        return d, s
    if k == "mo":
        d, clamped = add_months(start, n)
        s = f"{n} months after {fmt(start)} -> {fmt(d)}"
        if clamped:
            s += " (no such day in that month; last day of month used)"
        return d, s
    if k == "age":
        dob = start
        years, months = calc[2], calc[3]
        total = years * 12 + months
        if dob.month == 2 and dob.day == 29 and months == 0:
            y = dob.year + years
            try:
                d = dt.date(y, 2, 29); note = ""
            except ValueError:
                d = dt.date(y, 3, 1)
                note = f"; 29 Feb birthday, {y} is not a leap year so 1 March used"
        else:
            d, clamped = add_months(dob, total)
            note = "; no such day in that month, last day of month used" if clamped else ""
        age = f"{years} years" + (f" {months} months" if months else "")
        return d, f"DOB {fmt(dob)} + {age} -> {fmt(d)}{note}"
    raise ValueError(calc)


# ---- phrases (verbatim from the source) ----
P_FD = "decisions made by what action are required by a Team Leader within 1 working day"
P_INIT = "Initial decisions will be made about the action required within 1 working day"
P_REF = "Referrals will be actioned by a social worker within 1 working day"
P_S47SEEN = "the child / children will be seen by the Social Worker the same day"
P_S47DISC = "Within 5 days of the Section 47 being initiated"
P_ALLOC = "allocated to a social worker to complete a Child and Family Assessment within 3 working days"
P_TLREV = "All assessments will be reviewed by the Team Leader within 15 working days"
P_45 = "Assessments must all be completed within 45 days"
P_STRAT = "a strategy discussion is required, this must happen within 1 working day"
P_STRAT24 = "A strategy discussion within 24 hours involving all relevant agencies"
P_TRANSF = "will notify the Neighbourhood Team via email, giving at least 5 days"
P_JOINT = "will complete a joint visit to the home to introduce the new worker"
P_ICPC = "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion"
P_REPFAM = "The report will be shared with family at least 3 the days prior to conference"
P_REPCHAIR = "The report will be sent to the child protection chair 3 working days before the conference"
P_CG = "held within 10 days of the conference"
P_CPV = "Visits to a child subject to a CP plan will take place at least every 4 weeks"
P_RCPAR = "This report must be shared with parents at least 3 days prior to the review conference"
P_RCCHAIR = "The report will be available to the conference chair at least 3 days prior to the review conference"
P_12M = "when they have been subject to a plan for 12 months"
P_PLO1 = "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter"
P_FGC = "Referral should be made within 3 working days of the first PLO meeting"
P_VIA = "Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting"
P_MIN = "to be distributed to parents and their legal representation within 7 days of the meeting"
P_PLOREV = "Review PLO meetings with parents to be held every 4-6 weeks"
P_12W = "A review legal planning meeting will be held at 12 weeks"
P_4W = "In exceptional circumstances a further period of 4 weeks will be agreed in PLO"
P_16W = "a Legal Gateway meeting will be convened at 16 weeks"
P_CIN20 = "will set the first CIN meeting within 20 days"
P_CIN10 = "the initial CIN meeting must take place within 10 days"
P_CINREV = "CIN review meetings will be held at least every 6 weeks"
P_CINV = "A child subject to a CIN plan will be seen at least every 6 weeks"
P_CICASS = "If it is an emergency / unplanned admission the assessment will be completed within 20 working days"
P_CICV = "The child will be visited within 1 working day of coming into care or having a change in placement"
P_PLM = "The placement meeting will be held within 3 working days"
P_PLP = "an updated copy given to the carers within 5 working days of the placement beginning"
P_FT = "reviewed at least every 8 week until the plan for permanence is agreed"
P_PACK = "coming into care pack, children rights leaflet within 3 weeks"
P_LEGAL = "informed of the child\u2019s legal status within 5 working days"
P_IHA = "An initial health assessment will be requested and carried out within 20 working days"
P_PEP = "A PEP meeting will be arranged within the school within 20 days"
P_LACSEEN = "All looked after children will be seen within 1 working day of placement"
P_LACW = "Statutory looked after visits must happen weekly until the first looked after review"
P_LAC6 = "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised"
P_LAC12 = "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement"
P_CP10 = "An up to date care plan will be recorded on the electronic system within 10 days of placement"
P_LACR = "The initial Looked After Review must take place within 20 working days of the child becoming looked after"
P_PATH = "A pathway plan will be started when the young person is 15 years 6 months"
P_IROREP = "this will be with the IRO 3 days before the review"
P_IRO5 = "If the challenge is not resolved within 5 working days a formal dispute will be raised"
P_IRO20 = "The formal dispute resolution process should be completed from start to finish within 20 working days"
P_AD6 = "If a child under the age of 6 enters PLO or proceedings"
P_ADW = "Once the child is placed weekly statutory visits will take place until the first Looked After Review"
P_AD6W = "then visits will be a minimum of 6 weekly until the Adoption Order is Granted"
P_AD10 = "in placement with the adopter for 10 weeks they can make an application for an Adoption Order"
P_FCV = "Trafford foster carers are visited at least once every six weeks"
P_FCREC = "a record of this visit is recorded on LCS within 3 working days"
P_FCUN = "will have an unannounced visit at least once every 12 months"
P_FCAR = "All Trafford foster carers will have an annual review"
P_FCPAN = "Every foster carer will have an annual review presented to the Fostering Panel at least every three years"
P_DBS = "updated statutory references, medicals and DBS checks at least every three years"
P_TRAIN = "must update their core training at least every three years"
P_VAR = "This can only be given for up to 6 working days"
P_TEMP = "Temporary approval is for 16 weeks but can be extended for a further 8 weeks"
P_REC = "any event or contact is recorded within 3 days"
P_SUMM = "A clear and concise case file summary which has been updated within the last 3 months"
P_ASS12 = "An up to date assessment (within the last 12 months) on each child"
P_ADV12 = "if they are 12 or over they should be offered an advocate"
P_CPCHAIRNEXT = "The child protection chair will set the date of the next conference"
P_SHOPBA = "This needs to take place after the area teams final care planning meeting"
P_IROBETWEEN = "The IRO will contact the child between reviews to ensure the progress of the plan"
P_LLL = "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child"
P_ANNEXA = "The Social Worker will complete the Annex A suitability report for Court"
P_SUPPOL = "monitored through supervision which takes place in line with the supervision policy"
P_MULTIREV = "are reviewed at every core group and progress recorded"
P_NEWLAC = "a new LAC review will be set in accordance with the timescales"
P_MISSING = "The risk of going missing and child sexual exploitation will be considered and risk assessed"

ROWS = []


def R(voice, kind, today, q, calc, phrases, ambiguous=None):
    ROWS.append(dict(voice=voice, kind=kind, today=today, q=q, calc=calc,
                     phrases=phrases if isinstance(phrases, list) else [phrases],
                     ambiguous=ambiguous))


# ======================= date rows =======================
# Front door / level 4-5
R("duty", "date", "2025-12-24", "contact in today 24/12 - TL decision due by?", ("wd", "2025-12-24", 1), P_FD)
R("typos", "date", "2026-04-03", "contact come in on good friday 3.4.26 whens the team leader screening decison due", ("wd", "2026-04-03:Fri", 1), P_FD,
  "Contact received on a bank holiday; counted from that day, but a reader could treat it as received on the next working day (7 April) and give 8 April.")
R("manager", "date", "2027-01-05", "Contact received 31/12/2026, TL screening decision recorded 04/01/2027 - was that within timescale?", ("wd", "2026-12-31", 1), P_FD)
R("newstarter", "date", "2026-05-22", "Hi, sorry if this is a silly question - a referral came through to me this afternoon (Friday 22nd May). By when does it need to be actioned by me?", ("wd", "2026-05-22:Fri", 1), P_REF)
R("manager", "date", "2025-04-23", "Referral received 17/04/2025, actioned by SW 22/04/2025. In timescale?", ("wd", "2025-04-17", 1), P_REF)
R("indirect", "date", "2026-08-28", "level 4 referral landed today (fri 28th aug). when does the team leader have to say what we're actually doing with it?", ("wd", "2026-08-28:Fri", 1), P_INIT)
R("typos", "date", "2027-05-29", "refferal came in sat 29/5 for cp level, when does the initial decison have to be made", ("wd", "2027-05-29:Sat", 1), P_INIT,
  "Referral received on a Saturday; counted from that day, but a reader could treat it as received on the next working day (1 June) and give 2 June.")
R("scenario", "date", "2027-05-07", "Referral came in this morning (7 May 2027) and the TL has agreed it's a Section 47. Mum's partner is in court on 14 May and the last CIN meeting was 30 April. When does the child need to be seen by?", ("cd", "2027-05-07", 0), P_S47SEEN)
R("duty", "date", "2027-03-31", "s47 initiated 31/3/27 - SW/mgr progress discussion due?", ("cd", "2027-03-31", 5), P_S47DISC)
R("typos", "date", "2025-12-24", "section 47 startd today 24th dec, when do me and my manger have to sit down and discus progress", ("cd", "2025-12-24", 5), P_S47DISC)
R("manager", "date", "2025-04-24", "S47 initiated 17/04/2025, SW/TM progress discussion held 23/04/2025 - within timescale?", ("cd", "2025-04-17", 5), P_S47DISC)
R("typos", "date", "2025-12-23", "case come thru to us 23/12 needing a c&f assesment, whats the deadline for it to be allocated to a sw", ("wd", "2025-12-23", 3), P_ALLOC,
  "The standard does not say what the 3 working days run from; counted from the day the case came in.")
R("newstarter", "date", "2027-03-25", "Could someone tell me how long we have to allocate a case for a Child and Family Assessment? The referral was accepted today, 25 March 2027.", ("wd", "2027-03-25:Thu", 3), P_ALLOC)
R("duty", "date", "2025-12-16", "c&f started 15/12/25, TL review by?", ("wd", "2025-12-15:Mon", 15), P_TLREV)
R("indirect", "date", "2026-03-31", "the team leader's look at an assessment partway through, before it's finished - assessment started 30 march 2026, when does that have to happen?", ("wd", "2026-03-30:Mon", 15), P_TLREV)
R("manager", "date", "2027-09-14", "Assessment started 20/08/2027, TL review recorded 10/09/2027 - in timescale?", ("wd", "2027-08-20", 15), P_TLREV)
R("scenario", "date", "2025-12-03", "Assessment opened 2 Dec 2025 after a school referral about bruising. Dad has a family court date on 15 Jan. When does the C&F assessment have to be completed?", ("cd", "2025-12-02", 45), P_45)
R("typos", "date", "2026-03-16", "c+f assesment started 14.3.26 when does it have to be finshed", ("cd", "2026-03-14", 45), P_45)
R("newstarter", "date", "2027-05-28", "Hello! My first Child and Family Assessment started yesterday. What's the final deadline for having it completed?", ("cd", "yesterday", 45), P_45)
R("manager", "date", "2026-12-21", "CFA started 01/11/2026 and completed 18/12/2026 - in timescale?", ("cd", "2026-11-01", 45), P_45)
R("indirect", "date", "2026-01-05", "how long have I got to get the whole assessment of the family finished? it kicked off on 19/12/2025", ("cd", "2025-12-19", 45), P_45)
R("duty", "date", "2026-12-24", "mgmt decision strat needed today 24/12 - strat by?", ("wd", "2026-12-24", 1), P_STRAT,
  "The S47 section also says a strategy discussion within 24 hours, which would give 25/12/2026.")
R("typos", "date", "2026-05-01", "manger decided we need a strat today fri 1st may, when has it got to happen by", ("wd", "2026-05-01:Fri", 1), P_STRAT,
  "The S47 section also says a strategy discussion within 24 hours, which would give 02/05/2026.")
R("scenario", "date", "2026-06-01", "Assessment recommends the case goes to a Neighbourhood Team at CIN. We'd like the transfer to happen on Monday 8 June 2026. What's the latest we can email the Neighbourhood Team?", ("cdb", "2026-06-08:Mon", 5), P_TRANSF)
R("indirect", "date", "2025-12-22", "I emailed the neighbourhood team today (22/12/25) to say this family is moving over to them. By when do me and their new worker have to do the intro visit at the home together?", ("cd", "2025-12-22", 5), P_JOINT)
# ICPC
R("duty", "date", "2025-12-18", "strat 18/12/25, icpc due by?", ("wd", "2025-12-18:Thu", 15), P_ICPC)
R("typos", "date", "2027-03-24", "strat was 23.3.27 whens the icpc need to be by", ("wd", "2027-03-23:Tue", 15), P_ICPC)
R("scenario", "date", "2026-04-15", "Strat was held yesterday, Tuesday 14 April 2026, after the child disclosed at school. Her birthday is 20 April and the last CIN meeting was 2 April. When must the ICPC be held by?", ("wd", "2026-04-14:Tue", 15), P_ICPC)
R("indirect", "date", "2025-04-30", "the first big multi-agency meeting that decides whether there needs to be a protection plan - we had the initial strategy meeting on 29/04/2025. latest date for it?", ("wd", "2025-04-29:Tue", 15), P_ICPC)
R("newstarter", "date", "2027-12-17", "Hi all, we held the initial strategy discussion today (17 December 2027). When should the Initial Child Protection Conference be held by, please?", ("wd", "2027-12-17:Fri", 15), P_ICPC)
R("manager", "date", "2026-01-27", "Strat 02/01/2026, ICPC held 26/01/2026. In timescale?", ("wd", "2026-01-02", 15), P_ICPC)
R("manager", "date", "2025-05-21", "ICPC held 20/05/2025, strat 28/04/2025, was that in timescale?", ("wd", "2025-04-28", 15), P_ICPC)
R("duty", "date", "2026-08-25", "strat yday, icpc date?", ("wd", "yesterday", 15), P_ICPC)
R("typos", "date", "2025-08-22", "had the strat on wensday, when does icpc have to be", ("wd", "last:Wed", 15), P_ICPC)
# ICPC reports
R("newstarter", "date", "2024-12-30", "The ICPC is on Monday 6 January 2025. By when do I need to share my report with the family?", ("cdb", "2025-01-06:Mon", 3), P_REPFAM)
R("typos", "date", "2026-03-30", "icpc is 7/4/26 when do i need to give the parents my report", ("cdb", "2026-04-07", 3), P_REPFAM)
R("duty", "date", "2026-03-26", "icpc 07/04/26 - report to chair by?", ("wdb", "2026-04-07", 3), P_REPCHAIR)
R("manager", "date", "2027-01-05", "ICPC 04/01/2027, report received by CP chair 29/12/2026 - compliant?", ("wdb", "2027-01-04", 3), P_REPCHAIR)
R("indirect", "date", "2025-05-20", "the person chairing the first protection conference needs my signed-off paperwork beforehand - conference is 2 June 2025, what's the latest day?", ("wdb", "2025-06-02:Mon", 3), P_REPCHAIR)
R("scenario", "date", "2026-08-20", "ICPC is booked for Tuesday 1 September 2026. The strat was 12 August and the TL is on leave from 27 August. When does the report have to reach the CP chair?", ("wdb", "2026-09-01:Tue", 3), P_REPCHAIR)
# core groups
R("duty", "date", "2025-12-22", "icpc 22/12/25 1st cg by?", ("cd", "2025-12-22", 10), P_CG)
R("typos", "date", "2026-03-05", "confrence was on the 3rd, when does the first core group have to be", ("cd", "2026-03-03", 10), P_CG)
R("indirect", "date", "2027-05-28", "the first meeting of the small group that puts the detail on the protection plan - the conference was today 28 May 2027. when by?", ("cd", "2027-05-28", 10), P_CG)
R("newstarter", "date", "2025-08-26", "The child was made subject to a Child Protection Plan at conference last Thursday. When is the first core group due?", ("cd", "last:Thu", 10), P_CG)
R("manager", "date", "2026-04-27", "ICPC 13/04/2026, first core group 24/04/2026 - in timescale?", ("cd", "2026-04-13", 10), P_CG)
R("scenario", "date", "2026-12-16", "ICPC held today 16 Dec 2026, CP plan agreed and the next conference set for 16 March. Mum is away 20-28 Dec. When does the first core group need to be by?", ("cd", "2026-12-16", 10), P_CG)
# review conference reports
R("typos", "date", "2025-12-29", "rcpc is on 5th jan 2026 when do parents need my plan update", ("cdb", "2026-01-05", 3), P_RCPAR)
R("indirect", "date", "2027-03-22", "the follow-up protection conference (not the first one) is on tuesday 30 march 2027 - when do mum and dad need to have my progress update?", ("cdb", "2027-03-30:Tue", 3), P_RCPAR)
R("manager", "date", "2026-05-19", "RCPC 18/05/2026; plan update shared with parents 15/05/2026 - compliant?", ("cdb", "2026-05-18", 3), P_RCPAR)
R("newstarter", "date", "2025-08-18", "When does the chair of the review child protection conference need to have my report? The conference is on 28 August 2025.", ("cdb", "2025-08-28", 3), P_RCCHAIR)
R("scenario", "date", "2026-01-20", "Child went on a CP plan at the ICPC on 15/01/2026. Progress has been slow and we're wondering about timescales. If she's still not ready to be de-planned, when would a professional thinking time meeting be needed?", ("mo", "2026-01-15", 12), P_12M)
R("indirect", "date", "2027-02-01", "at what point do we need the 'think differently' meeting for a kid who's still on a protection plan? they went on it 31 january 2026", ("mo", "2026-01-31", 12), P_12M)
# PLO
R("duty", "date", "2025-12-19", "plo letter dated 19/12/25, 1st meeting by?", ("cd", "2025-12-19", 10), P_PLO1)
R("indirect", "date", "2027-03-26", "the letter that starts pre-proceedings went out today, dated 26 March 2027 - latest date for the sit-down with parents and their solicitor?", ("cd", "2027-03-26", 10), P_PLO1)
R("typos", "date", "2026-12-24", "plo leter dated 24.12.26 when has the first meeting got to be", ("cd", "2026-12-24", 10), P_PLO1)
R("manager", "date", "2025-05-14", "PLO letter dated 02/05/2025, initial PLO meeting 13/05/2025 - in timescale?", ("cd", "2025-05-02", 10), P_PLO1)
R("scenario", "date", "2026-07-31", "Legal Gateway agreed PLO on 28 July 2026 and the letter went out dated 30 July 2026. Mum's solicitor is on leave until 12 Aug. When's the first PLO meeting due by?", ("cd", "2026-07-30:Thu", 10), P_PLO1)
R("duty", "date", "2025-12-22", "1st plo mtg today 22/12 - fgc referral by?", ("wd", "2025-12-22", 3), P_FGC)
R("newstarter", "date", "2026-04-01", "Parents consented to a Family Group Conference at the first PLO meeting today (1 April 2026). When does the referral need to be made by?", ("wd", "2026-04-01", 3), P_FGC)
R("manager", "date", "2027-06-04", "Initial PLO meeting 27/05/2027, FGC referral made 03/06/2027 - in timescale?", ("wd", "2027-05-27", 3), P_FGC)
R("typos", "date", "2026-08-28", "initial plo meeting was yesterday, nan put herself forward, when does the viabilty request have to go to family placement", ("wd", "yesterday", 3), P_VIA)
R("indirect", "date", "2027-12-23", "grandparents put themselves forward as alternative carers at the first pre-proceedings meeting today (23/12/27). when do i have to get the screening request to the family placement lot?", ("wd", "2027-12-23:Thu", 3), P_VIA)
R("duty", "date", "2026-12-21", "plo mtg today, mins out by?", ("cd", "today", 7), P_MIN)
R("manager", "date", "2025-04-23", "PLO meeting 14/04/2025, minutes sent to parents and solicitors 22/04/2025 - in time?", ("cd", "2025-04-14", 7), P_MIN)
R("newstarter", "date", "2027-08-27", "We had the PLO meeting with the parents and their solicitors on Wednesday. When do the minutes need to be sent out by?", ("cd", "last:Wed", 7), P_MIN)
R("scenario", "date", "2026-01-06", "PLO started with the letter dated 5 January 2026 and the first PLO meeting was on 14 January. Parents are engaging a bit. When's the review legal planning meeting due?", ("wk", "2026-01-05", 12), P_12W,
  "The standard does not say what the 12 weeks run from; counted from the PLO letter, but it could be read from the first PLO meeting (-> 2026-04-08).")
R("manager", "date", "2026-06-01", "PLO letter 20/02/2026 - when is the 16 week Legal Gateway due if still in PLO?", ("wk", "2026-02-20", 16), P_16W,
  "The standard does not say what the 16 weeks run from; counted from the PLO letter, but it could be read from the first PLO meeting.")
R("newstarter", "date", "2025-10-10", "At the 12 week review legal planning meeting (held 10 October 2025) they agreed an extra period in PLO because of exceptional circumstances. When does that extension end?", ("wk", "2025-10-10", 4), P_4W)
# CIN
R("duty", "date", "2025-12-10", "deplanned at rcpc today 10/12, 1st cin mtg by?", ("cd", "2025-12-10", 20), P_CIN20)
R("indirect", "date", "2026-03-20", "conference took the child off the protection plan today (20 march 2026) and stepped it down. when's the first meeting under the new support plan due?", ("cd", "2026-03-20", 20), P_CIN20)
R("manager", "date", "2027-05-28", "De-planned at RCPC 05/05/2027, first CIN meeting held 27/05/2027 - in timescale?", ("cd", "2027-05-05", 20), P_CIN20)
R("typos", "date", "2026-12-08", "she came off cp plan 7/12/26 now cin, when has first cin meetin got to be", ("cd", "2026-12-07", 20), P_CIN20)
R("scenario", "date", "2025-12-19", "Case transferred to our Neighbourhood Team from Children's First Response on 18 December 2025. The assessment was completed on 10 December. When's the initial CIN meeting due?", ("cd", "2025-12-18", 10), P_CIN10)
R("newstarter", "date", "2027-04-01", "I've just been allocated a case that came across from the Children's First Response Team on 26 March 2027. When does the first Child in Need meeting have to happen?", ("cd", "2027-03-26", 10), P_CIN10)
R("duty", "date", "2026-08-26", "transfer in from CFR 21/08, initial cin by?", ("cd", "2026-08-21", 10), P_CIN10)
# Children in care
R("scenario", "date", "2025-12-22", "Child was accommodated in an emergency on Friday 19 December 2025 after police protection - there was no up to date assessment. Nan's viability is booked for 6 Jan. When does the assessment have to be completed?", ("wd", "2025-12-19:Fri", 20), P_CICASS)
R("indirect", "date", "2027-04-19", "a child came into care in a hurry, unplanned, on 16 april 2027 and we had nothing current on file about their needs - how long have we got to finish that piece of work?", ("wd", "2027-04-16:Fri", 20), P_CICASS)
R("duty", "date", "2027-12-24", "placement move today fri 24/12, visit by?", ("wd", "2027-12-24:Fri", 1), P_CICV)
R("typos", "date", "2026-04-05", "child came into care sat night 4/4/26 when do i need to vist", ("wd", "2026-04-04:Sat", 1), [P_CICV, P_LACSEEN],
  "Came into care on a Saturday before Easter Monday; counted from that day, but a reader could start from the next working day (7 April) and give 8 April.")
R("newstarter", "date", "2025-08-26", "One of my children moved to a new foster placement yesterday evening. Sorry, how soon do I need to visit?", ("wd", "yesterday", 1), P_CICV)
R("manager", "date", "2026-01-05", "Child placed 31/12/2025, first visit 02/01/2026 - within timescale?", ("wd", "2025-12-31", 1), [P_CICV, P_LACSEEN])
R("duty", "date", "2025-12-23", "placed 23/12/25 - placement mtg by?", ("wd", "2025-12-23", 3), P_PLM)
R("indirect", "date", "2025-04-16", "the meeting with the carers a few days after a child moves in where we agree delegated authority - child moved in today 16 april 2025. by when?", ("wd", "2025-04-16", 3), P_PLM)
R("manager", "date", "2026-06-01", "Placement started 22/05/2026, placement meeting held 28/05/2026. In timescale?", ("wd", "2026-05-22", 3), P_PLM)
R("typos", "date", "2027-04-30", "placemnt started today 30/4 when do the carers need the updated placment plan", ("wd", "2027-04-30:Fri", 5), P_PLP)
R("newstarter", "date", "2025-12-19", "A placement began on 18 December 2025. When should the foster carers receive the updated copy of the placement plan?", ("wd", "2025-12-18", 5), P_PLP)
R("indirect", "date", "2025-12-15", "what's the deadline for giving a new child in care the welcome pack and the rights leaflet? came in 12 dec 2025", ("wk", "2025-12-12", 3), P_PACK)
R("scenario", "date", "2026-03-20", "A 9-year-old (dob 2 April 2016) came into care on 19 March 2026 and the placement meeting was on the 23rd. When must he have been given his coming into care pack and rights leaflet?", ("wk", "2026-03-19", 3), P_PACK)
R("duty", "date", "2026-03-31", "became LAC 31/03/26 - other profs told of legal status by?", ("wd", "2026-03-31:Tue", 5), P_LEGAL)
R("newstarter", "date", "2027-08-24", "A child on my caseload became looked after today. By when do I have to let the other professionals know about the change in legal status?", ("wd", "today", 5), P_LEGAL)
R("duty", "date", "2025-12-22", "cic from 19/12/25 iha by?", ("wd", "2025-12-19", 20), P_IHA)
R("typos", "date", "2026-05-06", "iha - child came into care on the 1st may, when does it have to be done by", ("wd", "2026-05-01", 20), P_IHA)
R("manager", "date", "2027-04-20", "Child became looked after 15/03/2027, IHA completed 14/04/2027 - in timescale?", ("wd", "2027-03-15", 20), P_IHA)
R("scenario", "date", "2026-08-27", "Two siblings came into care yesterday under an ICO. The younger one has asthma and the GP appt is 3 Sept. When does the initial health assessment have to be carried out by?", ("wd", "yesterday", 20), P_IHA)
R("scenario", "date", "2026-07-16", "Child came into care yesterday, 15 July 2026, just before school breaks up on 22 July. Her birthday is 1 August. When does the PEP meeting at school need to be arranged by?", ("cd", "2026-07-15", 20), P_PEP)
R("indirect", "date", "2027-04-05", "the education planning meeting at school for a child who's just come into care - came in 2 april 2027. latest date?", ("cd", "2027-04-02", 20), P_PEP)
R("scenario", "date", "2026-12-21", "Brothers were placed together with foster carers today, 21 December 2026, after an ICO was granted on 18 December. Their first LAC review will be in January. When does the care plan need to be recorded on the system?", ("cd", "2026-12-21", 10), P_CP10)
R("newstarter", "date", "2025-05-02", "My young person was placed on 30 April 2025. When does the care plan have to be recorded on the system?", ("cd", "2025-04-30", 10), P_CP10)
R("manager", "date", "2026-02-20", "Placed 05/02/2026, care plan recorded 16/02/2026. In timescale?", ("cd", "2026-02-05", 10), P_CP10)
R("duty", "date", "2025-12-03", "lac from 02/12/25, 1st lac rv by?", ("wd", "2025-12-02", 20), P_LACR)
R("typos", "date", "2027-03-25", "child bcame looked after 24.3.27 whens the first review due", ("wd", "2027-03-24", 20), P_LACR)
R("scenario", "date", "2026-04-09", "Child became looked after on 8 April 2026 under s20; mum signed consent on 7 April and the placement started on the 8th. Dad's contact is 15 April. When does the first LAC review have to be by?", ("wd", "2026-04-08", 20), P_LACR)
R("indirect", "date", "2027-08-26", "the first independent review meeting for a child who's just come into our care - came in today. latest date?", ("wd", "today", 20), P_LACR)
R("manager", "date", "2025-06-02", "Child looked after from 01/05/2025, initial review held 29/05/2025 - within timescale?", ("wd", "2025-05-01", 20), P_LACR)
R("newstarter", "date", "2026-11-30", "Could you tell me the deadline for the initial Looked After Review? The child became looked after on 30 November 2026.", ("wd", "2026-11-30", 20), P_LACR)
R("duty", "date", "2025-12-29", "lac rv 06/01/26, report to iro by?", ("cdb", "2026-01-06", 3), P_IROREP)
R("manager", "date", "2027-06-04", "LAC review 07/06/2027, SW report reached IRO 05/06/2027 - compliant?", ("cdb", "2027-06-07", 3), P_IROREP)
R("indirect", "date", "2026-05-20", "the independent reviewing officer wants my written report before the child's review on 26 may 2026 - when by?", ("cdb", "2026-05-26", 3), P_IROREP)
# IRO
R("manager", "date", "2025-12-22", "IRO informal challenge raised 22/12/2025 - if not resolved, when does it become a formal dispute?", ("wd", "2025-12-22", 5), P_IRO5)
R("indirect", "date", "2026-05-01", "the IRO escalated their disagreement with the care plan to the formal stage today (1 may 2026) - when should the whole thing be finished start to end?", ("wd", "2026-05-01:Fri", 20), P_IRO20)
R("newstarter", "date", "2027-03-22", "The IRO has raised an informal challenge with me today about drift. How long do I have to resolve it before it becomes a formal dispute?", ("wd", "today", 5), P_IRO5)
R("scenario", "date", "2027-12-20", "The IRO wasn't happy about drift in the care plan and, when the informal challenge wasn't resolved, raised a formal dispute today, 20 December 2027. The child's next review is 10 Jan. When should the dispute process be finished by?", ("wd", "2027-12-20", 20), P_IRO20)
# Adoption
R("scenario", "date", "2026-03-02", "Little Pip Plumtree was placed with the adopters on 14 February 2026; the Placement Order was made on 10 Nov 2025. When can the adopters apply for the Adoption Order?", ("wk", "2026-02-14", 10), P_AD10)
R("indirect", "date", "2025-11-03", "how soon can the new forever family go to court to make it permanent? the child moved in with them 1 september 2025", ("wk", "2025-09-01", 10), P_AD10)
# Fostering
R("duty", "date", "2025-12-24", "ssw visit to carers 24/12 - on lcs by?", ("wd", "2025-12-24", 3), P_FCREC)
R("typos", "date", "2026-04-02", "did my supervising vist to foster carers 2/4/26 when does it need recording on lcs", ("wd", "2026-04-02", 3), P_FCREC)
R("manager", "date", "2026-12-21", "Child placed 17/12/2026 outside carer's terms of approval under a variation - when does the variation run out?", ("wd", "2026-12-17", 6), P_VAR)
R("indirect", "date", "2025-05-22", "we've put a child with carers whose approval doesn't cover her age, strategic lead agreed it today 22 may 2025 - how long does that temporary OK last?", ("wd", "2025-05-22", 6), P_VAR)
R("scenario", "date", "2026-01-06", "Nan was given temporary approval as a connected person foster carer on 5 Jan 2026 and the child moved in the same day. Her full assessment is due to go to panel in March. When does the temporary approval run out?", ("wk", "2026-01-05", 16), P_TEMP)
R("newstarter", "date", "2025-12-20", "Auntie's temporary approval as a connected carer started on 2 September 2025 and has been extended. When does the extension end?", ("wk", "2025-09-02", 24), P_TEMP,
  "Counted as 16 + 8 = 24 weeks from the original approval; a reader could count 8 weeks from the date the extension was agreed.")
R("duty", "date", "2027-04-01", "temp approval connected carer from 01/04/27 - expiry?", ("wk", "2027-04-01", 16), P_TEMP)
# Case recording
R("typos", "date", "2026-01-02", "did a home visit on 31/12, when does it need recording by", ("cd", "2025-12-31", 3), P_REC)
R("newstarter", "date", "2027-05-04", "How long do I have to write up a home visit I did yesterday?", ("cd", "yesterday", 3), P_REC)
R("duty", "date", "2025-04-17", "contact w/ mum today 17/4 - recorded by?", ("cd", "2025-04-17", 3), P_REC)
R("scenario", "date", "2026-08-28", "I did a joint visit with the school nurse on Thursday 27 August 2026. Child's next CIN meeting is 8 Sept. When does the visit need to be on the system?", ("cd", "2026-08-27:Thu", 3), P_REC)

# ======================= visits =======================
R("duty", "visits", "2025-12-23", "cp visit 23/12 - next by?", ("wk", "2025-12-23", 4), P_CPV)
R("typos", "visits", "2026-04-09", "last cp vist was 2nd april, when do i have to see him again", ("wk", "2026-04-02", 4), P_CPV)
R("manager", "visits", "2026-02-09", "CP visits on 05/01/2026 and 06/02/2026 - within timescale?", ("wk", "2026-01-05", 4), P_CPV)
R("scenario", "visits", "2027-08-02", "I saw the twins on their own at home on 30 July 2027 - they're on CP plans. The core group is 12 Aug. When's the latest for the next statutory visit?", ("wk", "2027-07-30", 4), P_CPV)
R("newstarter", "visits", "2025-12-22", "I last saw a child on a CIN plan at home on 19 December 2025. When is the next visit due?", ("wk", "2025-12-19", 6), P_CINV)
R("duty", "visits", "2026-05-26", "cin visit 14/05/26 next due?", ("wk", "2026-05-14", 6), P_CINV)
R("indirect", "visits", "2026-05-11", "the regular get-together to review the child in need plan - last one was 8 may 2026, when's the next?", ("wk", "2026-05-08", 6), P_CINREV)
R("scenario", "visits", "2026-12-16", "Child came into care on 1 Dec 2026 and the first LAC review is booked for 29 Dec. I did a statutory visit on 15 Dec 2026. When's the next statutory visit due?", ("wk", "2026-12-15", 1), P_LACW)
R("typos", "visits", "2026-01-05", "first lac review done ages ago, last statutory vist 24/12/25, next due?", ("wk", "2025-12-24", 6), P_LAC6)
R("manager", "visits", "2027-04-05", "YP settled in permanent placement for 18 months, visits agreed as 12 weekly; last statutory visit 01/04/2027 - next due?", ("wk", "2027-04-01", 12), P_LAC12)
R("newstarter", "visits", "2026-03-31", "A child was placed with adopters on 2 March 2026 and the first Looked After Review hasn't happened yet. I visited yesterday - when is the next visit due?", ("wk", "yesterday", 1), P_ADW)
R("duty", "visits", "2026-09-01", "adoptive placement, post 1st review, visit 28/08/26, next?", ("wk", "2026-08-28", 6), P_AD6W)
R("typos", "visits", "2027-04-01", "supervising visit to foster carers 31/3/27 next one by", ("wk", "2027-03-31", 6), P_FCV)
R("manager", "visits", "2026-05-01", "Last unannounced visit to foster carers 13/06/2025 - next one due by?", ("mo", "2025-06-13", 12), P_FCUN)
R("indirect", "visits", "2026-02-02", "the foster carers' yearly check-in with the safer caring policy etc - last one 28 feb 2026... sorry 28 feb 2025. when's the next?", ("mo", "2025-02-28", 12), P_FCAR)
R("scenario", "visits", "2027-06-01", "Our carers' annual review last went to Fostering Panel on 15 Oct 2024; the reviews since have been chaired by an IRO. No complaints or allegations. When must it next go to panel?", ("mo", "2024-10-15", 36), P_FCPAN)
R("duty", "visits", "2027-11-01", "fc dbs last done 31/01/25 - renewal due?", ("mo", "2025-01-31", 36), P_DBS)
R("newstarter", "visits", "2026-09-14", "One of our foster carers last completed her core training on 29 August 2025. When does she have to update it by?", ("mo", "2025-08-29", 36), P_TRAIN)
R("indirect", "visits", "2025-10-27", "family time arrangements with mum for a child in care were last looked at on 22 october 2025 - when do they need looking at again?", ("wk", "2025-10-22", 8), P_FT)
R("manager", "visits", "2025-12-02", "Last review PLO meeting 01/12/2025 - latest date for the next one?", ("wk", "2025-12-01", 6), P_PLOREV,
  "The standard gives a range of every 4-6 weeks; the latest date (6 weeks) is given, the earliest would be 2025-12-29.")
R("typos", "visits", "2026-01-12", "case summery last updated 30/11/25 when does it need updating", ("mo", "2025-11-30", 3), P_SUMM)
R("scenario", "visits", "2026-02-10", "Open CIN case; the last Child and Family Assessment was authorised on 20 March 2025 and the CIN review is 4 March 2026. By when does an up to date assessment need to be in place?", ("mo", "2025-03-20", 12), P_ASS12)

# ======================= age =======================
R("duty", "age", "2026-01-12", "yp dob 31/10/10 - pathway plan start date?", ("age", "2010-10-31", 15, 6), P_PATH)
R("manager", "age", "2026-03-16", "YP DOB 30/08/2010, pathway plan started 15/03/2026 - on time?", ("age", "2010-08-30", 15, 6), P_PATH)
R("indirect", "age", "2026-09-01", "when should we start the plan for leaving care for a young person born 1 july 2011?", ("age", "2011-07-01", 15, 6), P_PATH)
R("typos", "age", "2025-11-20", "when does she turn 12 so we offer her an advocate for conference, dob 14.1.14", ("age", "2014-01-14", 12, 0), P_ADV12)
R("scenario", "age", "2026-05-20", "ICPC is set for 10 June 2026. The eldest was born on 3 June 2014 and his sister on 9 Sept 2016. When does he become old enough that we should offer him an advocate?", ("age", "2014-06-03", 12, 0), P_ADV12)
R("newstarter", "age", "2025-11-03", "Our little one was born on 29 February 2020 and we may be entering PLO soon. When does she turn 6 (the adoption allocation only applies under 6, I think)?", ("age", "2020-02-29", 6, 0), P_AD6)
R("duty", "age", "2026-06-01", "dob 31/12/20 - 6th bday for adoption SW allocation?", ("age", "2020-12-31", 6, 0), P_AD6)
R("typos", "age", "2026-10-05", "pathway plan when? yp born 29/2/2012", ("age", "2012-02-29", 15, 6), P_PATH)

# ======================= choice =======================
R("typos", "choice", "2026-01-06", "assesment started 5/1/26 when is it due", ("choice", [("wd", "2026-01-05", 15), ("cd", "2026-01-05", 45)]), [P_TLREV, P_45])
R("duty", "choice", "2026-03-25", "icpc 07/04/26 - when does my report need to go out?", ("choice", [("wdb", "2026-04-07", 3), ("cdb", "2026-04-07", 3)]), [P_REPCHAIR, P_REPFAM])
R("newstarter", "choice", "2026-06-10", "We had the first PLO meeting today (10 June 2026). What's the next deadline I need to meet?", ("choice", [("wd", "2026-06-10", 3), ("cd", "2026-06-10", 7)]), [P_FGC, P_MIN])
R("manager", "choice", "2026-03-04", "LAC statutory visit 03/03/2026 - when's the next one due?", ("choice", [("wk", "2026-03-03", 1), ("wk", "2026-03-03", 6)]), [P_LACW, P_LAC6])
R("scenario", "choice", "2025-12-29", "I did my supervising social worker visit to the Oakbottom family carers on 24 December 2025. The child's LAC review is 20 January. What's due next and when?", ("choice", [("wd", "2025-12-24", 3), ("wk", "2025-12-24", 6)]), [P_FCREC, P_FCV])
R("typos", "choice", "2025-12-22", "child came into care 19/12/25 whens the 20 day deadline", ("choice", [("cd", "2025-12-19", 20), ("wd", "2025-12-19", 20)]), [P_PEP, P_LACR, P_IHA])
R("indirect", "choice", "2026-03-03", "family has just moved over to child in need support - the switch happened 2 march 2026. by when does the first meeting under the new plan need to be?", ("choice", [("cd", "2026-03-02", 10), ("cd", "2026-03-02", 20)]), [P_CIN10, P_CIN20])
R("newstarter", "choice", "2026-05-19", "A child moved to a new foster placement yesterday (18 May 2026). When's the placement plan stuff due?", ("choice", [("wd", "2026-05-18:Mon", 3), ("wd", "2026-05-18", 5)]), [P_PLM, P_PLP])

# ======================= none =======================
R("duty", "none", "2026-01-13", "icpc 12/1/26 - rcpc due when?", None, P_CPCHAIRNEXT)
R("typos", "none", "2026-03-04", "how often do core groups need to be after the first one? last one 3/3", None, P_MULTIREV)
R("newstarter", "none", "2027-02-11", "When is the second Looked After Review due? The first review was held on 10 February 2027.", None, P_NEWLAC)
R("manager", "none", "2026-05-06", "SW last had formal supervision 05/05/2026 - when is the next one due under the standards?", None, P_SUPPOL)
R("scenario", "none", "2026-06-08", "The final care planning meeting on 6 June 2026 agreed adoption as the plan. IRH is listed for 20 October. What's the deadline for the SHOPBA?", None, P_SHOPBA)
R("indirect", "none", "2027-02-15", "she came back yesterday after going missing over the weekend (14/02/27) - by when does someone have to sit down with her about where she'd been?", None, P_MISSING)
R("newstarter", "none", "2026-09-04", "The Adoption Order was granted on 3 September 2026. By when must the Later Life Letter be completed?", None, P_LLL)
R("duty", "none", "2025-11-11", "iro contact with child between reviews - how often? last review 10/11/25", None, P_IROBETWEEN)
R("typos", "none", "2027-03-02", "annex a report due when? placed with adopters 1/3/27", None, P_ANNEXA)


def main():
    _self_check_holidays()
    src = open(SOURCE, encoding="utf-8").read()
    out = []
    errors = []
    for i, r in enumerate(ROWS, 1):
        today = dt.date.fromisoformat(r["today"])
        for p in r["phrases"]:
            if p not in src:
                errors.append(f"row {i}: phrase not in source: {p!r}")
            if len(p.split()) < 6:
                errors.append(f"row {i}: phrase under 6 words: {p!r}")
        if r["calc"] is None:
            due, count = None, "no timescale in the standards for this; due null"
        else:
            d, count = compute(r["calc"], today)
            due = d.isoformat()
        row = {"q": r["q"], "today": r["today"], "due": due, "expect_any": r["phrases"],
               "count": count, "voice": r["voice"], "kind": r["kind"]}
        if r["ambiguous"]:
            row["ambiguous"] = r["ambiguous"]
        out.append(row)
    qs = [r["q"] for r in out]
    if len(set(qs)) != len(qs):
        errors.append("duplicate questions")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(out), "rows")
    print("kinds", Counter(r["kind"] for r in out))
    print("voices", Counter(r["voice"] for r in out))


if __name__ == "__main__":
    main()
