#!/usr/bin/env python3
"""Oracle for the frozen deadline question set (standard library only).

Each row is described structurally (start event, rule, n); this script computes
`due` and `count`, checks every expect_any phrase verbatim against the source,
and writes questions.jsonl next to this file.
"""
import calendar
import datetime as dt
import json
import os
import sys
from collections import Counter

D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"

# England and Wales bank holidays 2024-2028, typed by hand (substitute days included).
BANK_HOLIDAYS = {
    # 2024
    D(2024, 1, 1): "New Year's Day", D(2024, 3, 29): "Good Friday", D(2024, 4, 1): "Easter Monday",
    D(2024, 5, 6): "Early May", D(2024, 5, 27): "Spring", D(2024, 8, 26): "Summer",
    D(2024, 12, 25): "Christmas Day", D(2024, 12, 26): "Boxing Day",
    # 2025
    D(2025, 1, 1): "New Year's Day", D(2025, 4, 18): "Good Friday", D(2025, 4, 21): "Easter Monday",
    D(2025, 5, 5): "Early May", D(2025, 5, 26): "Spring", D(2025, 8, 25): "Summer",
    D(2025, 12, 25): "Christmas Day", D(2025, 12, 26): "Boxing Day",
    # 2026 (Boxing Day is a Saturday -> substitute Mon 28 Dec)
    D(2026, 1, 1): "New Year's Day", D(2026, 4, 3): "Good Friday", D(2026, 4, 6): "Easter Monday",
    D(2026, 5, 4): "Early May", D(2026, 5, 25): "Spring", D(2026, 8, 31): "Summer",
    D(2026, 12, 25): "Christmas Day", D(2026, 12, 28): "Boxing Day (substitute)",
    # 2027 (Christmas Sat, Boxing Day Sun -> Mon 27 and Tue 28 Dec)
    D(2027, 1, 1): "New Year's Day", D(2027, 3, 26): "Good Friday", D(2027, 3, 29): "Easter Monday",
    D(2027, 5, 3): "Early May", D(2027, 5, 31): "Spring", D(2027, 8, 30): "Summer",
    D(2027, 12, 27): "Christmas Day (substitute)", D(2027, 12, 28): "Boxing Day (substitute)",
    # 2028 (New Year's Day is a Saturday -> Mon 3 Jan)
    D(2028, 1, 3): "New Year's Day (substitute)", D(2028, 4, 14): "Good Friday", D(2028, 4, 17): "Easter Monday",
    D(2028, 5, 1): "Early May", D(2028, 5, 29): "Spring", D(2028, 8, 28): "Summer",
    D(2028, 12, 25): "Christmas Day", D(2028, 12, 26): "Boxing Day",
}


def _self_check_holidays():
    assert len(BANK_HOLIDAYS) == 40
    for d, name in BANK_HOLIDAYS.items():
        assert d.weekday() < 5, (d, name)
        if name in ("Early May", "Spring", "Summer", "Easter Monday"):
            assert d.weekday() == 0, (d, name)
        if name == "Good Friday":
            assert d.weekday() == 4, (d, name)
            assert d + dt.timedelta(days=3) in BANK_HOLIDAYS
    # Easter by the anonymous Gregorian algorithm, as a cross-check of the typed dates
    for y in range(2024, 2029):
        a = y % 19; b = y // 100; c = y % 100; d_ = b // 4; e = b % 4
        f = (b + 8) // 25; g = (b - f + 1) // 3; h = (19 * a + b - d_ - g + 15) % 30
        i = c // 4; k = c % 4; l_ = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * l_) // 451
        month = (h + l_ - 7 * m + 114) // 31; day = ((h + l_ - 7 * m + 114) % 31) + 1
        easter = D(y, month, day)
        assert easter - dt.timedelta(days=2) in BANK_HOLIDAYS, y
        assert easter + dt.timedelta(days=1) in BANK_HOLIDAYS, y


WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def fmt(d):
    return f"{d.isoformat()} ({WD[d.weekday()]})"


def is_working(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = calendar.monthrange(y, m)[1]
    return D(y, m, min(d.day, last)), d.day > last


def resolve(spec, today):
    """ISO date, or relative to today: today, yesterday, tomorrow, last:Fri (most recent Fri strictly before today)."""
    if spec == "today":
        return today
    if spec == "yesterday":
        return today - dt.timedelta(days=1)
    if spec == "tomorrow":
        return today + dt.timedelta(days=1)
    if spec.startswith("last:"):
        target = WD.index(spec[5:])
        d = today - dt.timedelta(days=1)
        while d.weekday() != target:
            d -= dt.timedelta(days=1)
        return d
    return D.fromisoformat(spec)


def compute(calc, today):
    """Return (due, count string)."""
    op = calc[0]
    start = resolve(calc[1], today)
    rel = "" if calc[1][:1].isdigit() else f" ['{calc[1]}' read against today {today.isoformat()}]"
    if op == "same":
        return start, f"same day as {fmt(start)}{rel}"
    n = calc[2]
    if op in ("wd", "wdb"):
        step = 1 if op == "wd" else -1
        d = start
        skipped = []
        k = 0
        while k < n:
            d += dt.timedelta(days=step)
            if is_working(d):
                k += 1
            elif d in BANK_HOLIDAYS:
                skipped.append(d)
        word = "after" if op == "wd" else "before"
        s = f"{n} working days {word} {fmt(start)}{rel} -> {fmt(d)}"
        if start in BANK_HOLIDAYS or start.weekday() >= 5:
            s += f"; start day is {'a bank holiday' if start in BANK_HOLIDAYS else 'a weekend'}, counted from it"
        if skipped:
            s += "; skips bank holidays " + ", ".join(x.isoformat() for x in sorted(skipped))
        return d, s
    if op == "d":
        d = start + dt.timedelta(days=n)
        return d, f"{n} calendar days after {fmt(start)}{rel} -> {fmt(d)}"
    if op == "db":
        d = start - dt.timedelta(days=n)
        return d, f"{n} calendar days before {fmt(start)}{rel} -> {fmt(d)}"
    if op == "w":
        d = start + dt.timedelta(days=7 * n)
        label = calc[3] if len(calc) > 3 else ""
        return d, f"{n} weeks ({7 * n} days) after {fmt(start)}{rel}{label} -> {fmt(d)}"
    if op == "m":
        d, clamped = add_months(start, n)
        s = f"{n} months after {fmt(start)}{rel} -> {fmt(d)}"
        if clamped:
            s += f" (day {start.day} does not exist in that month; last day used)"
        return d, s
    if op == "age":
        years, months = calc[2], calc[3]
        d, clamped = add_months(start, 12 * years + months)
        s = f"DOB {start.isoformat()} + {years} years" + (f" {months} months" if months else "") + f" -> {fmt(d)}"
        if clamped and start.month == 2 and start.day == 29:
            d = D(d.year, 3, 1)
            s = f"DOB {start.isoformat()} + {years} years" + (f" {months} months" if months else "") + \
                f"; 29 Feb birthday in a non-leap year taken as 1 March -> {fmt(d)}"
        elif clamped:
            s += " (day does not exist in that month; last day used)"
        return d, s
    raise ValueError(op)


# ---- verbatim phrases from the source -------------------------------------------------
P = dict(
    FD="decisions made by what action are required by a Team Leader within 1 working day",
    INIT="Initial decisions will be made about the action required within 1 working day",
    REF="Referrals will be actioned by a social worker within 1 working day",
    S47SEEN="the child / children will be seen by the Social Worker the same day",
    S47DISC="Within 5 days of the Section 47 being initiated",
    ALLOC="allocated to a social worker to complete a Child and Family Assessment within 3 working days",
    TLREV="All assessments will be reviewed by the Team Leader within 15 working days",
    A45="Assessments must all be completed within 45 days",
    STRAT="a strategy discussion is required, this must happen within 1 working day",
    STRAT24="A strategy discussion within 24 hours involving all relevant agencies",
    TRANS="will notify the Neighbourhood Team via email, giving at least 5 days’ notice",
    TRANSV="Within the 5 days’ notice period, the Children’s First Response Social Worker",
    ICPC="Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
    FAM3="The report will be shared with family at least 3 the days prior to conference",
    CHAIR3="The report will be sent to the child protection chair 3 working days before the conference",
    CG="The first core group must be  held within 10 days of the conference",
    CPV="Visits to a child subject to a CP plan will take place at least every 4 weeks",
    CPHOME="A statutory CP visit must not be recorded on the child’s file unless the child was seen at home",
    RPAR="This report must be shared with parents at least 3 days prior to the review conference",
    RCHAIR="The report will be available to the conference chair at least 3 days prior to the review conference",
    M12="when they have been subject to a plan for 12 months",
    PLO1="The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
    FGC="Referral should be made within 3 working days of the first PLO meeting",
    VIA="need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
    MIN="distributed to parents and their legal representation within 7 days of the meeting",
    PLOREV="Review PLO meetings with parents to be held every 4-6 weeks",
    RLPM="A review legal planning meeting will be held at 12 weeks",
    LG16="a Legal Gateway meeting will be convened at 16 weeks",
    CIN20="will set the first CIN meeting within 20 days",
    CIN10="the initial CIN meeting must take place within 10 days",
    CINREV="CIN review meetings will be held at least every 6 weeks",
    CINV="A child subject to a CIN plan will be seen at least every 6 weeks",
    CINHOME="The visit can only be recorded as a CIN visit on the child’s case file if they have been seen at home",
    EMERG="If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
    VIS1="The child will be visited within 1 working day of coming into care or having a change in placement",
    SEEN1="All looked after children will be seen within 1 working day of placement",
    PM="The placement meeting will be held within 3 working days",
    PP5="an updated copy given to the carers within 5 working days of the placement beginning",
    FT="reviewed at least every 8 week until the plan for permanence is agreed",
    PACK="coming into care pack, children rights leaflet within 3 weeks",
    LEGAL5="informed of the child’s legal status within 5 working days",
    IHA="An initial health assessment will be requested and carried out within 20 working days",
    PEP="A PEP meeting will be arranged within the school within 20 days",
    LACW="Statutory looked after visits must happen weekly until the first looked after review",
    LAC6="then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
    LAC12="Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
    CP10="An up to date care plan will be recorded on the electronic system within 10 days of placement",
    ILAR="The initial Looked After Review must take place within 20 working days of the child becoming looked after",
    PATH="A pathway plan will be started when the young person is 15 years 6 months",
    IRO3="this will be with the IRO 3 days before the review",
    IRO5="If the challenge is not resolved within 5 working days a formal dispute will be raised",
    IRO20="The formal dispute resolution process should be completed from start to finish within 20 working days",
    AD6="If a child under the age of 6 enters PLO or proceedings",
    ADW="Once the child is placed weekly statutory visits will take place until the first Looked After Review",
    AD6W="then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
    AD10="Once the children have been in placement with the adopter for 10 weeks",
    FCV="Trafford foster carers are visited at least once every six weeks",
    FCREC="a record of this visit is recorded on LCS within 3 working days",
    UNANN="will have an unannounced visit at least once every 12 months",
    ANNUAL="All Trafford foster carers will have an annual review",
    PANEL3="annual review presented to the Fostering Panel at least every three years",
    DBS="updated statutory references, medicals and DBS checks at least every three years",
    TRAIN="must update their core training at least every three years",
    VAR="This can only be given for up to 6 working days",
    TEMP16="Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
    REC3="any event or contact is recorded within 3 days",
    SUMM="A clear and concise case file summary which has been updated within the last 3 months",
    ASS12="An up to date assessment (within the last 12 months) on each child",
    ADV12="if they are 12 or over they should be offered an advocate",
    CHAIRSET="The child protection chair will set the date of the next conference",
    SECOND="At the point of the second review (if not in proceedings) the child must have a permanency plan",
    SUP="monitored through supervision which takes place in line with the supervision policy",
    SHOPBA="This needs to take place after the area teams final care planning meeting",
    LIFE="The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
    MISSING="The risk of going missing and child sexual exploitation will be considered and risk assessed",
    STRATREC="the plan for the enquiries and decisions recorded and a record sent to all participating professionals",
    FGCCARE="Consideration of a family group conference will be part of the assessment and planning",
    SUPPORT="If there is an indication of instability in a placement plan a Support Meeting will be held",
    IROCONTACT="The IRO will contact the child between reviews to ensure the progress of the plan",
)

A45_AMB = ("The standard says '45 days' (read here as calendar days from the start of the assessment); "
           "statutory guidance uses 45 working days from referral, which gives a later date.")
PLOREV_AMB = "'Every 4-6 weeks' is a range: due here is the latest (6 weeks); 4 weeks gives the earliest."
PLOSTART_AMB = ("The standard does not say what the 12/16 weeks count from; counted here from the PLO letter date, "
                "but the first PLO meeting or the Legal Gateway decision are other readings.")

# ---- row descriptions: calc = (op, start, n[, label]); see compute() ----
ROWS = []


def R(voice, kind, today, q, calc, ph, amb=None, label=None, labels=None, why=None):
    ROWS.append(dict(voice=voice, kind=kind, today=today, q=q, calc=calc, ph=ph, amb=amb,
                     label=label, labels=labels, why=why))


# ---------------- Front door ----------------
R("duty", "date", "2025-12-19", "contact in fri 19/12/25 pm, TL decision due by?", ("wd", "2025-12-19", 1), ["FD"])
R("indirect", "date", "2025-12-24",
  "school rang the first-response line this morning (christmas eve) about a kid with a mark on his face. how long has a team leader got to decide what we do with it?",
  ("wd", "today", 1), ["FD", "INIT"])
R("typos", "date", "2026-04-02", "contact recieved thurs 2.4.26 when does TL decison need doing by", ("wd", "2026-04-02", 1), ["FD"])
R("manager", "date", "2026-01-08", "Contact received 31/12/2025, TL decision recorded 05/01/2026 - in timescale?", ("wd", "2025-12-31", 1), ["FD"])
R("scenario", "date", "2027-08-27",
  "Health visitor called the front door at 4.50pm today, Friday 27/08/27, worried about a 6-week-old (born 16/07/27). It's the bank holiday weekend. When does the TL decision on what action is needed have to be made by?",
  ("wd", "2027-08-27", 1), ["FD", "INIT"])
# ---------------- Referrals ----------------
R("newstarter", "date", "2026-05-22",
  "Hi, sorry if this is a silly question - a referral was passed over on Friday 22nd May 2026. By when should a social worker have actioned it?",
  ("wd", "2026-05-22", 1), ["REF"])
R("indirect", "date", "2026-08-28",
  "a case got accepted for a social work response on Friday 28 August 2026 - how long before one of us actually has to pick it up and do something with it?",
  ("wd", "2026-08-28", 1), ["REF"])
# ---------------- Strategy discussion ----------------
R("duty", "date", "2026-12-24", "mgr said strat needed thurs 24/12/26, strat by?", ("wd", "2026-12-24", 1), ["STRAT"],
  amb="The S47 section also says 'a strategy discussion within 24 hours', which would give Fri 25/12/2026.")
R("scenario", "date", "2025-04-17",
  "Mum rang on 14/04/2025 about dad's drinking, and after more info came in, on Thursday 17 April 2025 the service manager decided we need a strategy discussion. Baby's DOB is 02/02/2025. When does the strat have to happen by?",
  ("wd", "2025-04-17", 1), ["STRAT"],
  amb="The S47 section also says 'a strategy discussion within 24 hours', which would give Fri 18/04/2025.")
R("indirect", "date", "2026-05-01",
  "my manager has just decided we need to get police, health and school together to talk about a child before we start any enquiries. how long have we got to hold that?",
  ("wd", "today", 1), ["STRAT", "STRAT24"],
  amb="The S47 section says 'within 24 hours', which would give Sat 02/05/2026 rather than the next working day.")
# ---------------- S47 ----------------
R("newstarter", "date", "2026-01-02",
  "Hello! My first Section 47 was initiated on Monday 29 December 2025. When do I need to have the progress discussion with my manager by?",
  ("d", "2025-12-29", 5), ["S47DISC"])
R("indirect", "date", "2026-04-06",
  "we started the child protection enquiries on 3/4/26 (good friday, out of hours team). when should my TL and I sit down to talk through how they're going?",
  ("d", "2026-04-03", 5), ["S47DISC"])
R("manager", "date", "2026-09-01", "S47 started 21/08/2026, SW/manager progress discussion held 27/08 - within timescale?", ("d", "2026-08-21", 5), ["S47DISC"])
R("indirect", "date", "2026-12-24",
  "decision made this afternoon to do child protection enquiries on two girls. how soon do I need to have laid eyes on them?",
  ("same", "today"), ["S47SEEN"])
R("newstarter", "date", "2026-04-03",
  "Hello, if a referral for a Section 47 enquiry comes in today (Good Friday), when must the child be seen by the social worker?",
  ("same", "today"), ["S47SEEN"])
# ---------------- Allocation / assessment ----------------
R("duty", "date", "2025-12-23", "case needs C&F, decision today 23/12 - allocated by?", ("wd", "2025-12-23", 3), ["ALLOC"])
R("typos", "date", "2026-04-30", "wen does a case need allocating for an assesment? refferal decision was 30/4/26", ("wd", "2026-04-30", 3), ["ALLOC"])
R("indirect", "date", "2027-03-30",
  "how long has a team leader got to put a worker's name on a new case so the family assessment can start? decision to assess was made yesterday",
  ("wd", "yesterday", 3), ["ALLOC"])
R("scenario", "date", "2025-05-02",
  "Referral received 28/04/2025, and on Friday 2 May 2025 the TL agreed it needs a Child and Family Assessment. The family are moving on 12/05/2025. When does the case have to be allocated to a social worker by?",
  ("wd", "2025-05-02", 3), ["ALLOC"], amb="Counted from the decision on 02/05; counting from the referral (28/04) would give 01/05/2025.")
R("manager", "date", "2026-01-08", "Assessment started 08/12/2025. TL reviewed it 05/01/2026. Was the 15 working day review in time?", ("wd", "2025-12-08", 15), ["TLREV"])
R("indirect", "date", "2026-03-20",
  "my TL needs to read over my family assessment at some point - when does she have to have looked at it by if I started it on 20 March 2026?",
  ("wd", "2026-03-20", 15), ["TLREV"])
R("typos", "date", "2027-08-13", "assesment start 13/8/27, TL review due??", ("wd", "2027-08-13", 15), ["TLREV"])
R("scenario", "date", "2026-12-11",
  "I started a C&F on 11/12/2026 for a teenager (DOB 04/05/2010). There's a CIN meeting pencilled for 08/01/2027. When does my Team Leader need to have reviewed the assessment?",
  ("wd", "2026-12-11", 15), ["TLREV"])
R("duty", "date", "2025-12-05", "C&F started 05/12/25, 45 day deadline?", ("d", "2025-12-05", 45), ["A45"], amb=A45_AMB)
R("scenario", "date", "2026-02-10",
  "Three kids, youngest born 01/03/2024. Referral came in on 10 Feb 2026 and the assessment was opened the same day; the school holiday starts 16/02. When does the assessment have to be finished?",
  ("d", "2026-02-10", 45), ["A45"], amb=A45_AMB)
R("indirect", "date", "2027-06-17",
  "the full family assessment - how long do we get start to finish? we opened it on 17/06/2027",
  ("d", "2027-06-17", 45), ["A45"], amb=A45_AMB)
# ---------------- Transfer to Neighbourhood ----------------
R("scenario", "date", "2026-05-20",
  "C&F is done and the family need to go to a Neighbourhood Team at CIN. We emailed the Neighbourhood Team today, Wednesday 20/05/2026, to give them notice. By when does the joint visit with the new worker need to be done?",
  ("d", "2026-05-20", 5), ["TRANS", "TRANSV"],
  amb="Counted as the end of the 5-day notice period (a bank holiday here); a reader could also take the next working day.")
R("indirect", "date", "2026-08-27",
  "CFR want to hand a family over to a locality team with the handover on Mon 7 Sept 2026 - what's the latest they can email the team to tell them?",
  ("db", "2026-09-07", 5), ["TRANS"])
# ---------------- ICPC ----------------
R("duty", "date", "2025-12-19", "strat was 19/12/25, when's the ICPC?", ("wd", "2025-12-19", 15), ["ICPC"])
R("typos", "date", "2026-04-01", "strat was 1st april 2026 when is icpc due", ("wd", "2026-04-01", 15), ["ICPC"])
R("indirect", "date", "2026-12-17",
  "we had the first multi-agency call with police and health yesterday (16/12) about a baby with bruising. when does the big meeting with the family and all the agencies, where they decide about a plan, have to be held by?",
  ("wd", "2026-12-16", 15), ["ICPC"])
R("scenario", "date", "2027-05-14",
  "Strategy discussion on 10/05/2027, then a second strategy on 14/05/2027 after new information from the hospital. The child's DOB is 12/05/2019. When should the ICPC be held by?",
  ("wd", "2027-05-10", 15), ["ICPC"])
R("manager", "date", "2026-01-26", "ICPC was held 20/01/26, strat 02/01/26, was that in timescale?", ("wd", "2026-01-02", 15), ["ICPC"])
R("newstarter", "date", "2025-08-22",
  "Could someone explain when an initial child protection conference has to take place? Our initial strategy discussion was on Thursday 21 August 2025.",
  ("wd", "2025-08-21", 15), ["ICPC"])
R("indirect", "date", "2026-04-09",
  "we had the police/health/school talk last Tuesday about this lad and it's going to conference - what's the latest date for it?",
  ("wd", "last:Tue", 15), ["ICPC"])
R("scenario", "date", "2025-04-16",
  "S47 agreed on 14/04/25 and the strategy meeting was held on Tuesday 15 April 2025; the child's mum's next court date is 06/05/25. Conference is needed. Latest date for the ICPC?",
  ("wd", "2025-04-15", 15), ["ICPC"])
# ---------------- ICPC reports ----------------
R("duty", "date", "2026-12-21", "icpc mon 4/1/27, report to chair by?", ("wdb", "2027-01-04", 3), ["CHAIR3"])
R("indirect", "date", "2026-03-27",
  "conference is on 8 April 2026 - when does the person chairing it need my report in their inbox?",
  ("wdb", "2026-04-08", 3), ["CHAIR3"])
R("typos", "date", "2026-05-18", "icpc is tues 26th may 2026 wen do i have 2 share my report with mum and dad", ("db", "2026-05-26", 3), ["FAM3"])
R("newstarter", "date", "2026-08-24",
  "Hello, my first conference is an ICPC on Wednesday 2 September 2026. When should the family get to see my report?",
  ("db", "2026-09-02", 3), ["FAM3"])
R("manager", "date", "2026-01-07", "ICPC on 06/01/2026, report reached the chair on 02/01/2026. Compliant with the standard?", ("wdb", "2026-01-06", 3), ["CHAIR3"])
R("scenario", "date", "2027-03-22",
  "ICPC booked for Thursday 1 April 2027 for a 4 year old (DOB 31/03/2023). Strat was 18/03/2027. When do I need to get my report signed off and over to the CP chair?",
  ("wdb", "2027-04-01", 3), ["CHAIR3"])
# ---------------- First core group ----------------
R("duty", "date", "2025-12-19", "icpc today 19/12 - 1st core grp by?", ("d", "2025-12-19", 10), ["CG"])
R("indirect", "date", "2026-12-22",
  "after today's conference where the kids went on protection plans, when's the first of the smaller working-group meetings with the family due?",
  ("d", "today", 10), ["CG"])
R("scenario", "date", "2027-03-25",
  "The children were made subject to CP plans at the conference on 25 March 2027. Dad has asked us to avoid his birthday (01/04). When's the latest the first core group can be?",
  ("d", "2027-03-25", 10), ["CG"])
R("typos", "date", "2025-08-28", "core group 1st one - conferance was 28.8.25 when by", ("d", "2025-08-28", 10), ["CG"])
R("manager", "date", "2025-05-01", "ICPC 15/04/2025, first core group 28/04/2025. In timescale?", ("d", "2025-04-15", 10), ["CG"])
R("newstarter", "date", "2026-05-05",
  "Sorry, quick one: when should the first core group be held? The initial conference was yesterday.",
  ("d", "yesterday", 10), ["CG"])
R("indirect", "date", "2027-12-20",
  "plan agreed at the child protection meeting on 20/12/2027 - when do we need to have got together with the family to flesh out the details and set the targets?",
  ("d", "2027-12-20", 10), ["CG"])
# ---------------- Review conference reports ----------------
R("indirect", "date", "2026-12-21",
  "the next conference to review the protection plan is 04/01/2027 - what's the last day I can let the parents see my update?",
  ("db", "2027-01-04", 3), ["RPAR"])
R("duty", "date", "2026-05-26", "rcpc 2/6/26, plan update to chair by?", ("db", "2026-06-02", 3), ["RCHAIR"])
R("scenario", "date", "2026-03-30",
  "Review conference for twins is booked for Tuesday 7 April 2026. The last core group was 24/03 and the plan update is nearly done. When do parents need to have the report?",
  ("db", "2026-04-07", 3), ["RPAR"])
R("manager", "date", "2026-01-05", "RCPC 29/12/2025; parents were given the plan update on 27/12/2025. Compliant?", ("db", "2025-12-29", 3), ["RPAR"])
R("indirect", "date", "2025-08-18",
  "when does the chair of the follow-up conference (the one that looks at whether the plan is working) need my written update if it's on Tuesday 26 August 2025?",
  ("db", "2025-08-26", 3), ["RCHAIR"])
# ---------------- 12 months on plan ----------------
R("indirect", "date", "2025-01-10",
  "a little boy has been on a protection plan since the conference on 29/02/2024 - on what date does he reach the point where we'd need the professional thinking time meeting if things aren't improving?",
  ("m", "2024-02-29", 12), ["M12"])
R("scenario", "date", "2026-06-01", "Two children were made subject to CP plans at the ICPC on 14/08/2025. The RCPC on 20/11/2025 found little progress, and the older child's DOB is 01/09/2015. When do they reach 12 months on plan, when a professional thinking time meeting would be needed if progress isn't enough?", ("m", "2025-08-14", 12), ["M12"])
# ---------------- CP visits ----------------
R("duty", "visits", "2025-12-22", "cp visit last 22/12/25 next by?", ("w", "2025-12-22", 4), ["CPV"])
R("typos", "visits", "2026-04-07", "last seen kid on cp plan 3.4.26 - next visit due?", ("w", "2026-04-03", 4), ["CPV"])
R("indirect", "visits", "2027-06-01",
  "I last saw the little one at home (she's on a protection plan) on Friday 28 May 2027 - when do I have to see her again by?",
  ("w", "2027-05-28", 4), ["CPV"])
R("manager", "visits", "2026-01-06", "CP visits on file 01/12/2025 and 05/01/2026. Was the second visit in time?", ("w", "2025-12-01", 4), ["CPV"])
R("newstarter", "visits", "2025-08-26",
  "Hi all, I visited a child on a child protection plan at home on Monday 25 August 2025 (bank holiday, it was planned). When is the next statutory visit due?",
  ("w", "2025-08-25", 4), ["CPV"])
R("scenario", "visits", "2026-03-11",
  "Child Z (invented) is on a CP plan. I saw him at school yesterday, 10/03/2026, but the last time I saw him at home was 02/03/2026. When is his next statutory visit due?",
  ("w", "2026-03-02", 4), ["CPV", "CPHOME"])
R("indirect", "visits", "2027-01-04",
  "child on a protection plan - last saw her on her own at home last Friday. when's the next visit due at the latest?",
  ("w", "last:Fri", 4), ["CPV"])
# ---------------- CIN ----------------
R("indirect", "date", "2025-12-18",
  "the kids came off their protection plan at today's review conference and will be supported under a needs plan instead - when's the first meeting under that plan due?",
  ("d", "2025-12-18", 20), ["CIN20"])
R("duty", "date", "2027-03-30", "deplanned 30/3/27 first CIN mtg by?", ("d", "2027-03-30", 20), ["CIN20"])
R("typos", "date", "2025-08-26", "case transfered from CFR on 22/8/25 when is intial cin meeting due", ("d", "2025-08-22", 10), ["CIN10"])
R("scenario", "date", "2026-12-29",
  "Case came over to my team from Children's First Response on 24/12/2026; the C&F had been completed on 19/12/2026 and the child turns 9 on 02/01/2027. When does the initial CIN meeting need to be?",
  ("d", "2026-12-24", 10), ["CIN10"])
R("manager", "date", "2026-05-20", "Transfer from CFR 05/05/2026, initial CIN 18/05/2026. In timescale?", ("d", "2026-05-05", 10), ["CIN10"])
R("newstarter", "date", "2027-04-06",
  "Hello, what is the deadline for the first Child in Need meeting when the conference has decided a child no longer needs a protection plan? The review conference was on 2 April 2027.",
  ("d", "2027-04-02", 20), ["CIN20"])
R("indirect", "date", "2025-04-22",
  "family got handed over to us from the front-door team on Easter Monday (21/04/2025) - how long till the first needs meeting has to be held?",
  ("d", "2025-04-21", 10), ["CIN10"])
R("scenario", "date", "2026-08-24",
  "At the RCPC on 21/08/2026 the chair ended the CP plan and set an outline CIN plan. The previous conference was 22/05/2026. What's the latest date for the first CIN meeting?",
  ("d", "2026-08-21", 20), ["CIN20"])
R("duty", "visits", "2025-12-23", "last cin review 23/12/25 next by?", ("w", "2025-12-23", 6), ["CINREV"])
R("indirect", "visits", "2026-04-13",
  "when's the next get-together with the family and professionals to review the needs plan? last one was 10 Apr 2026",
  ("w", "2026-04-10", 6), ["CINREV"])
R("typos", "visits", "2026-06-01", "cin visit last done 29/5/26 when next one", ("w", "2026-05-29", 6), ["CINV"])
R("scenario", "visits", "2025-08-21",
  "Child on a CIN plan. I last saw her at home on 01/08/2025, and then saw her at the contact centre on 20/08/2025. When is the next CIN visit due by?",
  ("w", "2025-08-01", 6), ["CINV", "CINHOME"])
R("manager", "visits", "2026-01-05", "CIN visits 14/11/2025 then 02/01/2026 - compliant?", ("w", "2025-11-14", 6), ["CINV"])
R("indirect", "visits", "2027-03-29",
  "family I support on a needs-level plan (not protection) - I last went round and saw the child at home on Good Friday (26/3), how long until I must see them again?",
  ("w", "2027-03-26", 6), ["CINV"])
R("scenario", "visits", "2026-06-17",
  "CIN plan for two brothers. Last CIN review meeting was 02/06/2026 and I did a home visit yesterday, 16/06/2026. When's the next CIN review meeting due?",
  ("w", "2026-06-02", 6), ["CINREV"])
# ---------------- PLO ----------------
R("duty", "date", "2025-12-18", "PLO letter dated 18/12/25, 1st PLO mtg by?", ("d", "2025-12-18", 10), ["PLO1"])
R("indirect", "date", "2026-04-01",
  "we're sending mum the 'letter before proceedings' today, dated 01/04/2026 - by when do we need to have had the first meeting with her and her solicitor?",
  ("d", "2026-04-01", 10), ["PLO1"])
R("typos", "date", "2026-05-21", "plo leter was dated 21st may 26 when 1st meeting", ("d", "2026-05-21", 10), ["PLO1"])
R("manager", "date", "2027-08-17", "PLO letter 04/08/2027, first meeting 16/08/2027 - in time?", ("d", "2027-08-04", 10), ["PLO1"])
R("scenario", "date", "2026-12-08",
  "Legal Gateway agreed PLO on 02/12/2026 and the letter went out dated 07/12/2026. Mum's solicitor says she can't do anything until January. When should the first PLO meeting take place by?",
  ("d", "2026-12-07", 10), ["PLO1"])
R("duty", "date", "2025-12-24", "1st plo mtg today 24/12, FGC referral by?", ("wd", "2025-12-24", 3), ["FGC"])
R("indirect", "date", "2026-04-02",
  "parents agreed at today's first pre-proceedings meeting (Thursday 02/04/2026) to a meeting where the wider family make their own plan - what's the latest I can send the referral for that?",
  ("wd", "2026-04-02", 3), ["FGC"])
R("newstarter", "date", "2026-05-29",
  "Hi, at the initial PLO meeting today (Friday 29 May 2026) the parents named an aunt as a possible carer. When do I need to get the viability assessment request to the Family Placement Team?",
  ("wd", "2026-05-29", 3), ["VIA"])
R("indirect", "date", "2027-08-27",
  "grandparents were put forward as alternative carers at the first PLO meeting on 27/08/2027 - how long have I got to ask the family placement team to screen them?",
  ("wd", "2027-08-27", 3), ["VIA"], amb="If a Family Group Conference follows, the request is instead due 'immediately following' it.")
R("typos", "date", "2025-12-23", "plo meeting was 23.12.25 when do minutes need to go out", ("d", "2025-12-23", 7), ["MIN"])
R("indirect", "date", "2025-04-17",
  "how quickly do the written notes of what the parents have been asked to do have to go to them and their lawyer after a pre-proceedings meeting? meeting was 17/04/2025",
  ("d", "2025-04-17", 7), ["MIN"])
R("manager", "date", "2026-05-12", "PLO meeting 01/05/2026, minutes sent 11/05/2026. In timescale?", ("d", "2026-05-01", 7), ["MIN"])
R("scenario", "date", "2026-08-28",
  "We held the first PLO meeting on Friday 28/08/2026. Dad's solicitor couldn't attend and asked for a copy of everything. The next review is pencilled for 05/10/2026. When do the minutes need to be with the parents and their solicitors?",
  ("d", "2026-08-28", 7), ["MIN"])
R("duty", "visits", "2026-12-21", "last plo review 21/12/26 next one latest?", ("w", "2026-12-21", 6), ["PLOREV"], amb=PLOREV_AMB)
R("indirect", "visits", "2027-03-04",
  "we last met the parents to check on progress in pre-proceedings on 03/03/2027 - what's the latest the next one of those can be?",
  ("w", "2027-03-03", 6), ["PLOREV"], amb=PLOREV_AMB)
R("indirect", "date", "2026-01-14",
  "the 'letter before proceedings' went to the parents dated 14/01/2026 - when's the 12-week catch-up meeting with our solicitor from legal?",
  ("w", "2026-01-14", 12), ["RLPM"], amb=PLOSTART_AMB)
R("scenario", "date", "2025-05-12",
  "PLO agreed at Legal Gateway on 06/03/2025, PLO letter dated 10/03/2025, first PLO meeting held 18/03/2025. Things haven't improved. If the case is still in PLO, when is the 16-week Legal Gateway meeting?",
  ("w", "2025-03-10", 16), ["LG16"], amb=PLOSTART_AMB)
R("scenario", "date", "2025-12-29", "Family went into PLO with a letter dated 01/10/2025. At the 12 week review legal planning meeting threshold was still met and no extension was agreed. When is the 16 week Legal Gateway meeting?", ("w", "2025-10-01", 16), ["LG16"], amb=PLOSTART_AMB)
# ---------------- Children in care ----------------
R("scenario", "date", "2025-12-22",
  "Police protection on Saturday 20/12/2025 and the child became looked after that night - totally unplanned. The last C&F was from 2023. When must the new assessment be completed?",
  ("wd", "2025-12-20", 20), ["EMERG"])
R("indirect", "date", "2026-03-31",
  "a child came to us in an unplanned way on 30/03/2026 - how long to get the up-to-date picture of their needs written up?",
  ("wd", "2026-03-30", 20), ["EMERG"])
R("duty", "date", "2027-12-24", "LAC fri 24/12/27, visit by?", ("wd", "2027-12-24", 1), ["VIS1", "SEEN1"])
R("typos", "date", "2026-05-22", "child moved placemnt on 22/5/26 when do i need to visit", ("wd", "2026-05-22", 1), ["VIS1"])
R("indirect", "date", "2026-04-09",
  "a youngster moved from one foster home to another on Thursday 9 April 2026. how long have I got to go and see them in the new place?",
  ("wd", "2026-04-09", 1), ["VIS1"])
R("newstarter", "date", "2027-03-25",
  "Hello, a child I work with was placed in foster care this afternoon. When is the latest I should visit her?",
  ("wd", "today", 1), ["VIS1", "SEEN1"])
R("scenario", "date", "2025-08-22",
  "12-year-old (DOB 03/09/2012) had to move placements in an emergency on Friday 22/08/2025 after the carer was taken ill. His next LAC review is 15/09/2025. When do I need to visit him in the new placement?",
  ("wd", "2025-08-22", 1), ["VIS1"])
R("duty", "date", "2026-12-23", "placed 23/12/26 placement mtg by?", ("wd", "2026-12-23", 3), ["PM"])
R("indirect", "date", "2025-05-01",
  "child went to new carers on 01/05/2025 - when does the meeting to agree delegated authority and share the extra information have to be held?",
  ("wd", "2025-05-01", 3), ["PM"])
R("manager", "date", "2025-09-03", "Placement start 27/08/2025; placement meeting 02/09/2025. In timescale?", ("wd", "2025-08-27", 3), ["PM"])
R("scenario", "date", "2027-03-25",
  "Baby placed with foster carers on Thursday 25/03/2027 straight from hospital (born 19/03/2027). Carers want to know about delegated authority. By when does the placement meeting need to happen?",
  ("wd", "2027-03-25", 3), ["PM"])
R("typos", "date", "2026-03-31", "placment started 31/3/26 when do carers need updated plan", ("wd", "2026-03-31", 5), ["PP5"])
R("indirect", "date", "2025-12-18",
  "how long until the foster carers should get the revised version of the document about how we'll meet the child's needs in their home? child moved in on 18/12/2025",
  ("wd", "2025-12-18", 5), ["PP5"])
R("indirect", "visits", "2026-01-06",
  "arrangements for the kids seeing mum and dad were last looked at on 05/01/2026 and permanence isn't agreed yet - when do they have to be looked at again?",
  ("w", "2026-01-05", 8), ["FT"])
R("scenario", "visits", "2026-12-30", "Child came into care on 01/12/2026. Family time with mum and grandma was set up then and last reviewed today, 30/12/2026; the permanence plan isn't agreed yet. When is the next review of family time due?", ("w", "2026-12-30", 8), ["FT"])
R("newstarter", "date", "2025-12-12",
  "Hello, when should a child get their coming into care pack and children's rights leaflet? She came into care on 11 December 2025.",
  ("w", "2025-12-11", 3), ["PACK"])
R("indirect", "date", "2027-04-07",
  "the welcome bundle and the leaflet explaining a child's rights - child came into care 07/04/2027 - by when?",
  ("w", "2027-04-07", 3), ["PACK"])
R("scenario", "date", "2025-12-19", "Child became looked after today, Friday 19/12/2025, under an ICO. School breaks up today and the GP surgery is shut over Christmas. By when do the other professionals need to be told of her legal status?", ("wd", "2025-12-19", 5), ["LEGAL5"])
R("indirect", "date", "2025-08-26",
  "after the interim care order was made today (26/08/2025) and the child became looked after, how long have I got to let school, the GP etc know about her new legal position?",
  ("wd", "2025-08-26", 5), ["LEGAL5"])
R("typos", "date", "2025-04-15", "IHA due date? became LAC 14.4.25", ("wd", "2025-04-14", 20), ["IHA"])
R("indirect", "date", "2027-12-22",
  "child came into care today - when does the first medical with the looked-after children's health team need to be done by?",
  ("wd", "today", 20), ["IHA"])
R("manager", "date", "2026-06-05", "Child became looked after 01/05/2026. IHA done 29/05/2026. Compliant?", ("wd", "2026-05-01", 20), ["IHA"])
R("scenario", "date", "2026-12-18",
  "Sibling pair came into care on Thursday 17/12/2026 on an ICO. The older one (DOB 08/01/2016) had a school medical in November. When does the initial health assessment need to be done?",
  ("wd", "2026-12-17", 20), ["IHA"])
R("scenario", "date", "2025-12-15", "Year 8 pupil came into care today, 15/12/2025. School breaks up 19/12/2025 and goes back 05/01/2026. By when does the PEP meeting need to be arranged?", ("d", "2025-12-15", 20), ["PEP"])
R("indirect", "date", "2026-07-20",
  "when should the education planning meeting at the child's school happen? came into care 20 July 2026",
  ("d", "2026-07-20", 20), ["PEP"])
R("typos", "date", "2027-03-29", "care plan on system by when? placed 27th march 2027", ("d", "2027-03-27", 10), ["CP10"])
R("indirect", "date", "2026-08-31",
  "the written plan for a child in care - how long after placement before it has to be on the system? she was placed on Saturday just gone",
  ("d", "last:Sat", 10), ["CP10"])
R("scenario", "date", "2025-12-22", "Baby was removed under an EPO today, Monday 22/12/2025, and the ICO hearing is listed for 29/12/2025. Mum's DOB is 11/11/2004. When must the initial Looked After Review take place?", ("wd", "2025-12-22", 20), ["ILAR"])
R("indirect", "date", "2027-03-24",
  "when's the first of the independent reviews for a child who came into care today (24/03/2027)?",
  ("wd", "2027-03-24", 20), ["ILAR"])
R("scenario", "date", "2025-05-21",
  "Child accommodated under s20 on 06/05/2025, then an ICO was made on 20/05/2025. His birthday is 11/05. When is the initial Looked After Review due?",
  ("wd", "2025-05-06", 20), ["ILAR"])
R("manager", "date", "2026-09-25", "Child became looked after 28/08/2026, initial LAC review held 24/09/2026 - in time?", ("wd", "2026-08-28", 20), ["ILAR"])
R("newstarter", "date", "2025-04-22",
  "Hi, could you tell me when the first review for a child in care has to be? She became looked after on 17 April 2025.",
  ("wd", "2025-04-17", 20), ["ILAR"])
R("scenario", "date", "2025-12-29", "The LAC review for a 7 year old is on Monday 05/01/2026; the last review was 07/07/2025 and she was placed on 01/03/2025. When does my report have to be with the IRO?", ("db", "2026-01-05", 3), ["IRO3"])
R("indirect", "date", "2026-03-30",
  "child's review with the independent reviewer is 07/04/2026 - when does my written report need to be with them?",
  ("db", "2026-04-07", 3), ["IRO3"])
R("typos", "date", "2026-05-26", "lac reveiw mon 1/6/26 when my report to iro", ("db", "2026-06-01", 3), ["IRO3"])
R("scenario", "date", "2027-08-23",
  "Second LAC review for a 14 year old is on Wednesday 01/09/2027; the first was 09/03/2027. Her carers go on holiday on 28/08/2027. When does my report need to be with the IRO?",
  ("db", "2027-09-01", 3), ["IRO3"])
# ---------------- LAC visits ----------------
R("typos", "visits", "2025-12-23", "lac visits weekly till 1st review - last visit 22/12/25 next?", ("w", "2025-12-22", 1), ["LACW"])
R("scenario", "visits", "2026-04-01",
  "Child came into care 02/03/2026, initial LAR held 27/03/2026, and I visited yesterday (31/03/2026). Plan for permanence not finalised yet. When is the next statutory visit due?",
  ("w", "2026-03-31", 6), ["LAC6"])
R("indirect", "visits", "2025-08-21",
  "young person has lived with the same long-term carers for over 2 years and it's her permanent home - I last saw her 20/08/2025, next visit at the latest?",
  ("w", "2025-08-20", 12), ["LAC12"])
R("manager", "visits", "2026-01-06",
  "LAC visit log: 03/12/2025, 05/01/2026. Child is past the first review, permanence not finalised. Was the January visit in timescale?",
  ("w", "2025-12-03", 6), ["LAC6"])
R("newstarter", "visits", "2026-12-24",
  "Hi, I saw a looked after child yesterday, 23 December 2026. Their first review hasn't happened yet. When is my next visit due?",
  ("w", "2026-12-23", 1), ["LACW"])
R("scenario", "visits", "2027-05-04",
  "Teenager came into care on 12/04/2027; the initial review isn't until 07/05/2027. I last saw him at the placement on Friday 30/04/2027. When do I have to see him next?",
  ("w", "2027-04-30", 1), ["LACW"])
# ---------------- IRO ----------------
R("indirect", "date", "2025-12-22",
  "our reviewing officer raised a worry about drift with me informally today (22/12/2025) - if it's not sorted, when does it turn into a formal dispute?",
  ("wd", "2025-12-22", 5), ["IRO5"])
R("manager", "date", "2026-05-06", "Formal IRO dispute raised 02/04/2026, resolved 30/04/2026. Was the process inside timescale?", ("wd", "2026-04-02", 20), ["IRO20"])
R("newstarter", "date", "2027-08-27",
  "Hello, how long should the IRO formal dispute resolution process take? It started yesterday, 26 August 2027.",
  ("wd", "2027-08-26", 20), ["IRO20"])
R("scenario", "date", "2026-12-21",
  "The IRO challenged us informally on Friday 18/12/2026 about the delay in the permanence plan; the care plan was last updated 01/11/2026. If we haven't resolved it, when does it escalate to a formal dispute?",
  ("wd", "2026-12-18", 5), ["IRO5"])
# ---------------- Adoption ----------------
R("indirect", "date", "2025-12-19",
  "baby moved in with the adopters today, 19/12/2025 - from what date can they put in the application to make it permanent?",
  ("w", "2025-12-19", 10), ["AD10"])
R("scenario", "date", "2026-04-01",
  "Placement Order made 03/02/2026, match agreed at panel 10/03/2026, and the child moved in with the adopters on 30/03/2026. When can the adopters apply for the Adoption Order?",
  ("w", "2026-03-30", 10), ["AD10"])
R("indirect", "visits", "2026-12-15",
  "child living with prospective adopters, first review has been and gone, last visit was 14/12/2026 - next visit by?",
  ("w", "2026-12-14", 6), ["AD6W"])
R("duty", "visits", "2027-03-26", "adoptive placement, pre 1st LAR, last visit thu 25/3/27, next by?", ("w", "2027-03-25", 1), ["ADW"])
# ---------------- Fostering ----------------
R("duty", "date", "2025-12-24", "FC visit 24/12/25, LCS record by?", ("wd", "2025-12-24", 3), ["FCREC"])
R("typos", "date", "2026-04-02", "did a foster carer supervison visit on 2/4/26, when do i have to get it on lcs", ("wd", "2026-04-02", 3), ["FCREC"])
R("indirect", "date", "2026-05-22",
  "a carer is taking a child outside their approved age range - if the Strategic Lead gives the OK today (Friday 22/05/2026), how long does that last at most?",
  ("wd", "2026-05-22", 6), ["VAR"])
R("manager", "date", "2025-12-30", "Variation of terms of approval granted 17/12/2025; child still placed outside terms on 30/12/2025. Over the limit?", ("wd", "2025-12-17", 6), ["VAR"])
R("indirect", "date", "2025-09-02",
  "nan got the temporary go-ahead from the ADM to care for her grandson and he moved in on 01/09/2025 - when does that temporary approval run out if it's not extended?",
  ("w", "2025-09-01", 16), ["TEMP16"], amb="Counted from the placement date, assumed to be the approval date; an earlier approval date would move it.")
R("scenario", "date", "2026-04-20",
  "Connected person temporary approval from 05/01/2026 (child placed the same day). Fostering panel has agreed the further 8 week extension. Nan's 70th birthday is 02/03/2026. When does the extended approval end?",
  ("w", "2026-01-05", 24, " (16 weeks + 8 weeks extension)"), ["TEMP16"])
R("manager", "date", "2025-03-10", "Foster carer's last unannounced visit 29/02/2024 - when was the next one due?", ("m", "2024-02-29", 12), ["UNANN"])
R("scenario", "date", "2027-06-01", "Our foster carers' last annual review was held on 28/08/2026 and chaired by an IRO; their DBS was renewed on 05/03/2025. When is their next annual review due?", ("m", "2026-08-28", 12), ["ANNUAL"])
R("indirect", "date", "2028-01-10",
  "when do our carers need to go back to fostering panel with their review (not the yearly IRO-chaired one)? last time they went to panel was 15/07/2025",
  ("m", "2025-07-15", 36), ["PANEL3"])
R("typos", "date", "2027-06-15", "carers dbs last done 12/12/24 when due again", ("m", "2024-12-12", 36), ["DBS"])
R("newstarter", "date", "2027-11-01",
  "Hi, one of my foster carers did their core training on 1 April 2025. When do they need to update it by?",
  ("m", "2025-04-01", 36), ["TRAIN"])
R("scenario", "visits", "2025-12-31", "I'm the supervising social worker for a carer household with two children placed. My last visit to the carers was 30/12/2025 and I'll record it on 02/01/2026. When is my next supervising visit due?", ("w", "2025-12-30", 6), ["FCV"])
R("indirect", "visits", "2026-05-26",
  "I last went to see my foster carers at home as their supervising worker on 25/05/2026 - when's the next one due?",
  ("w", "2026-05-25", 6), ["FCV"])
R("scenario", "date", "2026-12-21",
  "Our foster carers had an unannounced visit on 19/12/2025 and their annual review is 10/02/2027. The last announced supervising visit was 30/11/2026. When's the latest the next unannounced visit can be?",
  ("m", "2025-12-19", 12), ["UNANN"])
# ---------------- Case recording ----------------
R("typos", "date", "2025-12-24", "home visit done 24/12/25 wen does it need recording by", ("d", "2025-12-24", 3), ["REC3"])
R("indirect", "date", "2025-04-18",
  "how long have I got to write up a phone call I had with dad today (good friday 18/04/2025)?",
  ("d", "2025-04-18", 3), ["REC3"])
R("manager", "date", "2026-05-07", "Visit 01/05/2026, case note entered 06/05/2026 - within recording timescale?", ("d", "2026-05-01", 3), ["REC3"])
R("scenario", "date", "2027-05-31",
  "I did a joint visit with the police on Friday 28/05/2027 and the child's review is 10/06/2027. Monday's a bank holiday. By when should the visit be written up?",
  ("d", "2027-05-28", 3), ["REC3"])
R("scenario", "date", "2026-01-15", "I'm picking up a case from a colleague who has left. The case file summary was last updated on 30/11/2025 and the chronology on 10/10/2025. By when does the summary need updating to stay within standard?", ("m", "2025-11-30", 3), ["SUMM"])
R("indirect", "date", "2026-06-01",
  "the short written overview that sits at the front of the child's file - I last refreshed it 31/05/2026, when do I have to refresh it by?",
  ("m", "2026-05-31", 3), ["SUMM"])
R("duty", "date", "2025-11-03", "last C&F authorised 24/12/24, new one by?", ("m", "2024-12-24", 12), ["ASS12"])
R("newstarter", "date", "2025-01-20",
  "Hi, the child's last assessment was authorised by my manager on 29 February 2024. When does it stop counting as up to date?",
  ("m", "2024-02-29", 12), ["ASS12"])
R("scenario", "date", "2026-03-02",
  "Picked up a CIN case today. The C&F assessment was authorised on 31/03/2025, the case summary was updated on 15/01/2026 and the last CIN review was 20/02/2026. When does the case need a new assessment by?",
  ("m", "2025-03-31", 12), ["ASS12"])
# ---------------- extra indirect / scenario ----------------
R("indirect", "date", "2026-01-02",
  "a new family came in on New Year's Eve and my TL decided it needs a full family assessment - how long has she got to give it to one of us?",
  ("wd", "2025-12-31", 3), ["ALLOC"])
R("indirect", "date", "2027-05-04",
  "we had the first meeting with the family and all the agencies on the bank holiday weekend... no, it was Friday 30/04/2027, and the kids went on plans. latest date for the first follow-up working meeting?",
  ("d", "2027-04-30", 10), ["CG"])
R("indirect", "date", "2025-05-23",
  "carers took in a 9 year old on Friday 23 May 2025 - how many days till they need the updated placement document from us, and what date is that?",
  ("wd", "2025-05-23", 5), ["PP5"])
R("indirect", "date", "2026-12-24",
  "a teenager came into our care today - when do all the other professionals around him have to be told he's now in care and on what legal basis?",
  ("wd", "today", 5), ["LEGAL5"])
R("indirect", "date", "2027-12-20",
  "the chair at today's conference (20/12/2027) decided the kids don't need protection plans any more and they'll go to a needs plan - when's the first meeting for that plan due?",
  ("d", "2027-12-20", 20), ["CIN20"])
R("indirect", "date", "2025-08-29",
  "mum's letter telling her the council is considering court, dated 29/08/2025 - when do we need to have met her and her solicitor?",
  ("d", "2025-08-29", 10), ["PLO1"])
R("indirect", "date", "2026-12-23",
  "police and children's services agreed to start the joint enquiries into possible harm yesterday (22/12/2026) - when should my manager and I check in on how it's going?",
  ("d", "2026-12-22", 5), ["S47DISC"])
R("indirect", "date", "2027-12-22",
  "the meeting to check a child's care plan with the independent reviewer is on Tuesday 04/01/2028 - when's my written report due with them?",
  ("db", "2028-01-04", 3), ["IRO3"])
R("indirect", "date", "2028-04-13",
  "the big multi-agency meeting about whether the child needs a protection plan is on Tuesday 18 April 2028 - when does my report have to be with whoever's chairing?",
  ("wdb", "2028-04-18", 3), ["CHAIR3"])
R("indirect", "date", "2026-05-01",
  "I went to see a child who is in care but hasn't had their first review yet - visit was today, Friday 1 May 2026. when do I next need to see them?",
  ("w", "2026-05-01", 1), ["LACW"])
R("indirect", "date", "2026-08-27",
  "how long have I got to get a visit to one of our foster families written up on the system? I went on Thursday 27/08/2026",
  ("wd", "2026-08-27", 3), ["FCREC"])
R("indirect", "date", "2027-12-23",
  "we had the strategy meeting with police and health today (23/12/2027) and we're going to convene the first conference - what's the latest date?",
  ("wd", "2027-12-23", 15), ["ICPC"])
# ---------------- Ages ----------------
R("indirect", "age", "2026-01-15",
  "little girl's birthday is 29/02/2020 - on what date does she stop being 'under 6' for getting an adoption worker allocated if we go into PLO?",
  ("age", "2020-02-29", 6, 0), ["AD6"])
R("newstarter", "age", "2026-11-02",
  "Hello, a young person in our care was born on 14 November 2011. When should their pathway plan be started?",
  ("age", "2011-11-14", 15, 6), ["PATH"])
R("duty", "age", "2025-10-01", "yp dob 31/08/10 pathway plan start date?", ("age", "2010-08-31", 15, 6), ["PATH"],
  amb="15 years 6 months from 31 Aug lands on a non-existent 31 Feb; taken as 28 Feb by the month-end rule, 1 March is another reading.")
R("indirect", "age", "2025-11-20",
  "lad's DOB is 03/01/2014 and his review conference is in the new year - from what date should he be offered someone independent to help him have his say at conference?",
  ("age", "2014-01-03", 12, 0), ["ADV12"])
R("typos", "age", "2025-12-01", "dob 25.12.13 when does she get offerd advocate for conferance", ("age", "2013-12-25", 12, 0), ["ADV12"])
R("scenario", "age", "2026-09-14",
  "Sibling group in care: oldest DOB 10/04/2010, middle DOB 22/09/2011, youngest DOB 01/06/2020. Their LAC review is 05/10/2026. When does the middle child's pathway plan need starting?",
  ("age", "2011-09-22", 15, 6), ["PATH"])
R("manager", "age", "2026-06-15", "YP DOB 30/11/2010, pathway plan started 10/06/2026 - was it started on time?", ("age", "2010-11-30", 15, 6), ["PATH"])
R("scenario", "age", "2026-02-09",
  "We're taking a family to Legal Gateway next week with a view to PLO. Youngest child DOB 06/04/2020, mum is 24, PLO letter likely to be dated around 20/02/2026. On what date does the youngest turn 6 and stop counting as 'under 6' for the adoption allocation?",
  ("age", "2020-04-06", 6, 0), ["AD6"])
# ---------------- Choice ----------------
R("duty", "choice", "2026-03-27", "icpc tues 7/4/26 report due when?",
  [("wdb", "2026-04-07", 3), ("db", "2026-04-07", 3)], ["CHAIR3", "FAM3"], labels=["to CP chair", "shared with family"])
R("indirect", "choice", "2026-12-21",
  "the meeting where everyone decides whether the kids need a protection plan is on Monday 4 Jan 2027 - when does my report have to go out?",
  [("wdb", "2027-01-04", 3), ("db", "2027-01-04", 3)], ["CHAIR3", "FAM3"], labels=["to CP chair", "shared with family"])
R("newstarter", "choice", "2025-12-16",
  "Hi, a case has just come to me and I need to set up the first Child in Need meeting. It came to me on 15 December 2025 - when does the meeting have to happen?",
  [("d", "2025-12-15", 10), ("d", "2025-12-15", 20)], ["CIN10", "CIN20"],
  labels=["transfer from CFR (10 days)", "de-planned from CP (20 days)"])
R("typos", "choice", "2025-12-29", "child placed 24.12.25 when is the plan due",
  [("wd", "2025-12-24", 5), ("d", "2025-12-24", 10)], ["PP5", "CP10"], labels=["updated placement plan to carers", "care plan on system"])
R("duty", "choice", "2025-12-22", "last home visit 19/12/25, next stat visit by?",
  [("w", "2025-12-19", 4), ("w", "2025-12-19", 6)], ["CPV", "CINV"], labels=["CP plan (4 weeks)", "CIN plan (6 weeks)"])
R("indirect", "choice", "2027-08-31",
  "we had the first pre-proceedings meeting with the parents on Friday 27/08/2027 - what's the next thing due and when?",
  [("wd", "2027-08-27", 3), ("d", "2027-08-27", 7)], ["FGC", "MIN"], labels=["FGC referral", "minutes to parents"])
R("scenario", "choice", "2026-12-18",
  "Child came into care on Thursday 17/12/2026 after an unplanned admission; school breaks up tomorrow. My TL said 'don't forget the meeting that's due within 20' - which one is it and when?",
  [("d", "2026-12-17", 20), ("wd", "2026-12-17", 20)], ["PEP", "ILAR"], labels=["PEP meeting (20 days)", "initial LAC review (20 working days)"])
R("manager", "choice", "2026-04-01", "IRO challenge about drift raised 01/04/2026 - when does it need to be resolved by?",
  [("wd", "2026-04-01", 5), ("wd", "2026-04-01", 20)], ["IRO5", "IRO20"], labels=["informal challenge (5 WD)", "formal dispute (20 WD)"])
R("scenario", "choice", "2025-08-26",
  "A 10 year old (DOB 14/02/2015) came into care and was placed with foster carers on Tuesday 26/08/2025; I visited the same evening. What's the next meeting I need to set up and by when?",
  [("wd", "2025-08-26", 3), ("d", "2025-08-26", 20)], ["PM", "PEP"], labels=["placement meeting (3 WD)", "PEP meeting (20 days, if newly looked after)"])
# ---------------- None ----------------
R("duty", "none", "2025-12-22", "rcpc due when? icpc was 19/12/25", None, ["CHAIRSET"],
  why="the chair sets the date of the next conference; no review conference timescale is given.")
R("indirect", "none", "2026-01-20",
  "a child in care had her first review on 14/01/2026 - how long after that does the second review have to be?", None, ["SECOND"],
  why="only says a permanency plan is needed by the second review; no interval for it.")
R("newstarter", "none", "2026-03-10",
  "Hello, how often should I have supervision? My last one was 3 March 2026.", None, ["SUP"],
  why="supervision frequency is left to the supervision policy.")
R("indirect", "none", "2026-02-12",
  "when does the meeting with the ADM that decides whether the child should be placed for adoption have to happen by? our final care planning meeting was 10/02/2026", None, ["SHOPBA"],
  why="SHOPBA must fall after the final care planning meeting and before the IRH paperwork; no fixed number of days.")
R("typos", "none", "2026-05-11", "life story book + later life letter due when? placement order made 5/5/26", None, ["LIFE"],
  why="no timescale for the life story book or later life letter.")
R("scenario", "none", "2025-12-24",
  "Young person in care went missing on 22/12/2025 and came back yesterday, 23/12/2025. When does the return home interview need to be done by?", None, ["MISSING"],
  why="return home interviews are not covered; only risk of going missing is to be assessed and planned.")
R("manager", "none", "2026-01-12", "Strategy discussion held 06/01/2026; when should the strat record have been sent to the agencies?", None, ["STRATREC"],
  why="a record is to be sent to participating professionals, with no timescale.")
R("indirect", "none", "2026-04-10",
  "the family-wide meeting where relatives make their own plan - when does that have to be held once a child comes into care? she came in on 09/04/2026", None, ["FGCCARE"],
  why="an FGC is to be considered in planning; the only FGC timescale is the referral within the PLO process.")
R("duty", "none", "2026-08-17", "placement wobbling, carer rang 14/08/26 - support mtg by?", None, ["SUPPORT"],
  why="a Support Meeting is required but no timescale is set.")
R("scenario", "none", "2027-02-01",
  "IRO visited the young person at her review on 20/01/2027. Next review is 20/07/2027. By when does the IRO have to have contacted her in between?", None, ["IROCONTACT"],
  why="the IRO contacts the child between reviews but no timescale is given.")



def build():
    _self_check_holidays()
    src = open(SOURCE, encoding="utf-8").read()
    out = []
    errors = []
    for i, r in enumerate(ROWS, 1):
        today = D.fromisoformat(r["today"])
        phrases = [P[k] for k in r["ph"]]
        for k, ph in zip(r["ph"], phrases):
            if ph not in src:
                errors.append(f"row {i}: phrase {k} not verbatim in source")
            if len(ph.split()) < 6:
                errors.append(f"row {i}: phrase {k} shorter than 6 words")
        kind = r["kind"]
        if kind == "none":
            due, count = None, "no timescale in the standards: " + r["why"]
        elif kind == "choice":
            parts = [compute(c, today) for c in r["calc"]]
            due = min(p[0] for p in parts)
            count = " | ".join(f"{lab}: {p[1]}" for lab, p in zip(r["labels"], parts)) + \
                f"; due = earlier = {due.isoformat()}"
        else:
            due, count = compute(r["calc"], today)
            if r.get("label"):
                count = r["label"] + ": " + count
        row = dict(q=r["q"], today=r["today"], due=due.isoformat() if due else None,
                   expect_any=phrases, count=count, voice=r["voice"], kind=kind)
        if r.get("amb"):
            row["ambiguous"] = r["amb"]
        out.append(row)
    return out, errors


if __name__ == "__main__":
    rows, errors = build()
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and verify: parses, due matches oracle, phrases verbatim
    src = open(SOURCE, encoding="utf-8").read()
    back = [json.loads(l) for l in open(path, encoding="utf-8")]
    assert back == rows
    for b in back:
        assert all(p in src and len(p.split()) >= 6 for p in b["expect_any"]), b["q"]
        assert (b["due"] is None) == (b["kind"] == "none")
    print(len(rows), "rows written and verified")
    print("kinds", Counter(r["kind"] for r in rows))
    print("voices", Counter(r["voice"] for r in rows))
