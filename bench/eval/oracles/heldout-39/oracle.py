#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (round 39).

Standard library only. Computes `due` and `count` for every row from a structured
spec, writes questions.jsonl next to this file, and runs the checks the brief asks for.

Conventions (from the brief):
  wd  N : Nth working day strictly after the event (Mon-Fri, not a bank holiday);
          if the event is on a weekend/bank holiday we still count from that day.
  d   N : event + N calendar days (no roll-forward if it lands on a weekend/BH).
  w   N : event + 7N days.
  m   N : same day N months later, clamped to month end (31 Jan + 1 month = 28/29 Feb).
  wdb N : Nth working day strictly before the meeting.
  db  N : meeting - N calendar days.
  same  : the same day.
  age N : Nth birthday (29 Feb birthdays -> 1 March in non-leap years).
  agem N: date of birth + N months (month convention above), e.g. 15y6m = 186.
"""
import json
import os
import re
import sys
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"

# England and Wales bank holidays 2024-2028, typed by hand.
BANK_HOLIDAYS = {
    # 2024
    date(2024, 1, 1), date(2024, 3, 29), date(2024, 4, 1), date(2024, 5, 6),
    date(2024, 5, 27), date(2024, 8, 26), date(2024, 12, 25), date(2024, 12, 26),
    # 2025
    date(2025, 1, 1), date(2025, 4, 18), date(2025, 4, 21), date(2025, 5, 5),
    date(2025, 5, 26), date(2025, 8, 25), date(2025, 12, 25), date(2025, 12, 26),
    # 2026 (Boxing Day is Saturday -> substitute Monday 28 Dec)
    date(2026, 1, 1), date(2026, 4, 3), date(2026, 4, 6), date(2026, 5, 4),
    date(2026, 5, 25), date(2026, 8, 31), date(2026, 12, 25), date(2026, 12, 28),
    # 2027 (Christmas Sat, Boxing Day Sun -> substitutes Mon 27 and Tue 28 Dec)
    date(2027, 1, 1), date(2027, 3, 26), date(2027, 3, 29), date(2027, 5, 3),
    date(2027, 5, 31), date(2027, 8, 30), date(2027, 12, 27), date(2027, 12, 28),
    # 2028 (New Year's Day Saturday -> substitute Monday 3 Jan)
    date(2028, 1, 3), date(2028, 4, 14), date(2028, 4, 17), date(2028, 5, 1),
    date(2028, 5, 29), date(2028, 8, 28), date(2028, 12, 25), date(2028, 12, 26),
}

DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _selfcheck_holidays():
    """Cross-check the typed list against the rules (Easter algorithm, first/last Mondays)."""
    def easter(y):
        a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4
        f = (b + 8) // 25; g = (b - f + 1) // 3; h = (19 * a + b - d - g + 15) % 30
        i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * l) // 451
        mo = (h + l - 7 * m + 114) // 31; da = ((h + l - 7 * m + 114) % 31) + 1
        return date(y, mo, da)

    def sub(d, taken):
        while d.weekday() >= 5 or d in taken:
            d += timedelta(1)
        return d

    exp = set()
    for y in range(2024, 2029):
        taken = set()
        ny = sub(date(y, 1, 1), taken); taken.add(ny)
        e = easter(y)
        firstmay = date(y, 5, 1)
        while firstmay.weekday() != 0:
            firstmay += timedelta(1)
        lastmay = date(y, 5, 31)
        while lastmay.weekday() != 0:
            lastmay -= timedelta(1)
        lastaug = date(y, 8, 31)
        while lastaug.weekday() != 0:
            lastaug -= timedelta(1)
        xmas = sub(date(y, 12, 25), set()); box = sub(date(y, 12, 26), {xmas})
        exp |= {ny, e - timedelta(2), e + timedelta(1), firstmay, lastmay, lastaug, xmas, box}
    assert exp == BANK_HOLIDAYS, (sorted(exp ^ BANK_HOLIDAYS))


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def fmt(d):
    return f"{d.isoformat()} ({DOW[d.weekday()]})"


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year; m += 1
    for day in (d.day, 31, 30, 29, 28):
        if day <= d.day:
            try:
                return date(y, m, day)
            except ValueError:
                continue
    raise ValueError


def compute(start, rule, n):
    """Return (due, count-string)."""
    note = ""
    if rule in ("wd", "wdb"):
        step = 1 if rule == "wd" else -1
        d = start; k = 0; skipped = []
        while k < n:
            d += timedelta(step)
            if is_wd(d):
                k += 1
            elif d in BANK_HOLIDAYS and d.weekday() < 5:
                skipped.append(d)
        word = "after" if rule == "wd" else "before"
        s = f"{n} working day{'s' if n != 1 else ''} {word} {fmt(start)} -> {fmt(d)}"
        if not is_wd(start):
            s += f"; event day {start.isoformat()} is not a working day, counting still starts from it"
        if skipped:
            s += "; skips bank holidays " + ", ".join(x.isoformat() for x in sorted(skipped))
        return d, s
    if rule == "d":
        d = start + timedelta(n); s = f"{n} calendar days after {fmt(start)} -> {fmt(d)}"
    elif rule == "db":
        d = start - timedelta(n); s = f"{n} calendar days before {fmt(start)} -> {fmt(d)}"
    elif rule == "w":
        d = start + timedelta(7 * n); s = f"{n} week{'s' if n != 1 else ''} ({7*n} days) after {fmt(start)} -> {fmt(d)}"
    elif rule == "m":
        d = add_months(start, n); s = f"{n} months after {fmt(start)} -> {fmt(d)}"
        if d.day != start.day:
            s += f" (no day {start.day} in that month: clamped to month end)"
    elif rule == "same":
        d = start; s = f"same day as {fmt(start)}"
    elif rule == "age":
        try:
            d = date(start.year + n, start.month, start.day)
            s = f"{n}th birthday of DOB {start.isoformat()} -> {fmt(d)}"
        except ValueError:
            d = date(start.year + n, 3, 1)
            s = (f"{n}th birthday of DOB {start.isoformat()}: {start.year + n} is not a leap year, "
                 f"29 Feb birthday taken as 1 March -> {fmt(d)}")
    elif rule == "agem":
        d = add_months(start, n)
        s = f"DOB {start.isoformat()} + {n // 12} years {n % 12} months -> {fmt(d)}"
        if d.day != start.day:
            s += f" (no day {start.day} in that month: clamped to month end)"
    else:
        raise ValueError(rule)
    if rule in ("d", "db", "w", "m") and not is_wd(d):
        why = "a bank holiday" if d in BANK_HOLIDAYS else "a weekend"
        note = f"; lands on {why}, calendar count so no roll-forward"
    return d, s + note


def resolve_start(spec, today):
    """ISO date, or relative to today: rel:+N / rel:-N, last:Fri (most recent strictly before
    today), dom:N (most recent day-of-month N on or before today)."""
    if spec.startswith("rel:"):
        return today + timedelta(int(spec[4:])), f"[{spec[4:]} day(s) from today {fmt(today)}] "
    if spec.startswith("last:"):
        wd = DOW.index(spec[5:]); d = today - timedelta(1)
        while d.weekday() != wd:
            d -= timedelta(1)
        return d, f"[most recent {spec[5:]} before today {fmt(today)}] "
    if spec.startswith("dom:"):
        n = int(spec[4:]); d = today
        while d.day != n:
            d -= timedelta(1)
        return d, f"['the {n}' = most recent day {n} of a month on/before today {fmt(today)}] "
    return date.fromisoformat(spec), ""


# ---------------------------------------------------------------- phrases
P = {
    "FD": "decisions made by what action are required by a Team Leader within 1 working day",
    "INIT": "Initial decisions will be made about the action required within 1 working day",
    "REF": "Referrals will be actioned by a social worker within 1 working day",
    "S47SEEN": "the child / children will be seen by the Social Worker the same day",
    "S47DISC": "Within 5 days of the Section 47 being initiated",
    "ALLOC": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
    "TLREV": "All assessments will be reviewed by the Team Leader within 15 working days",
    "ASS45": "Assessments must all be completed within 45 days",
    "STRAT1": "a strategy discussion is required, this must happen within 1 working day",
    "STRAT24": "A strategy discussion within 24 hours involving all relevant agencies",
    "TRANS5": "will notify the Neighbourhood Team via email, giving at least 5 days",
    "JOINT": "will complete a joint visit to the home to introduce the new worker",
    "ICPC": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
    "REPFAM": "The report will be shared with family at least 3 the days prior to conference",
    "REPCHAIR": "The report will be sent to the child protection chair 3 working days before the conference",
    "ADV12": "if they are 12 or over they should be offered an advocate",
    "CG": "held within 10 days of the conference",
    "CPVIS": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
    "RCPCPAR": "This report must be shared with parents at least 3 days prior to the review conference",
    "RCPCCHAIR": "The report will be available to the conference chair at least 3 days prior to the review conference",
    "CP12": "when they have been subject to a plan for 12 months",
    "PLO1": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
    "FGC": "Referral should be made within 3 working days of the first PLO meeting",
    "VIAB": "need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
    "PLOMIN": "distributed to parents and their legal representation within 7 days of the meeting",
    "PLOREV": "Review PLO meetings with parents to be held every 4-6 weeks",
    "PLO12": "A review legal planning meeting will be held at 12 weeks",
    "PLOEXT": "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
    "PLO16": "a Legal Gateway meeting will be convened at 16 weeks",
    "CINDEPLAN": "will set the first CIN meeting within 20 days",
    "CINTRANS": "the initial CIN meeting must take place within 10 days",
    "CINREV": "CIN review meetings will be held at least every 6 weeks",
    "CINVIS": "A child subject to a CIN plan will be seen at least every 6 weeks",
    "CICASS": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
    "CICVIS1": "The child will be visited within 1 working day of coming into care or having a change in placement",
    "PLMEET": "The placement meeting will be held within 3 working days",
    "PLPLAN": "an updated copy given to the carers within 5 working days of the placement beginning",
    "FT8": "reviewed at least every 8 week until the plan for permanence is agreed",
    "PACK": "coming into care pack, children rights leaflet within 3 weeks",
    "LEGAL5": "informed of the child\u2019s legal status within 5 working days",
    "IHA": "An initial health assessment will be requested and carried out within 20 working days",
    "PEP": "A PEP meeting will be arranged within the school within 20 days",
    "LACSEEN": "All looked after children will be seen within 1 working day of placement",
    "LACWEEKLY": "Statutory looked after visits must happen weekly until the first looked after review",
    "LAC6": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
    "LAC12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
    "CAREPLAN": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
    "LAR": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
    "PATH": "A pathway plan will be started when the young person is 15 years 6 months",
    "IROREP": "this will be with the IRO 3 days before the review",
    "IROCH": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
    "IRODISP": "The formal dispute resolution process should be completed from start to finish within 20 working days",
    "ADOPT6": "If a child under the age of 6 enters PLO or proceedings",
    "ADWEEKLY": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
    "AD6": "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
    "AD10": "Once the children have been in placement with the adopter for 10 weeks",
    "FCVIS": "Trafford foster carers are visited at least once every six weeks",
    "FCREC": "a record of this visit is recorded on LCS within 3 working days",
    "FCUNANN": "will have an unannounced visit at least once every 12 months",
    "FCANN": "All Trafford foster carers will have an annual review",
    "FCPANEL": "annual review presented to the Fostering Panel at least every three years",
    "FCDBS": "updated statutory references, medicals and DBS checks at least every three years",
    "FCTRAIN": "must update their core training at least every three years",
    "VAR6": "This can only be given for up to 6 working days",
    "TEMP16": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
    "REC3": "any event or contact is recorded within 3 days",
    "SUMM": "A clear and concise case file summary which has been updated within the last 3 months",
    "ASS12": "An up to date assessment (within the last 12 months) on each child",
    # phrases quoted by `none` rows (the nearest text; it sets no date)
    "N_NEXTCONF": "The child protection chair will set the date of the next conference",
    "N_CORE": "reviewed at every core group and progress recorded",
    "N_SECONDLAR": "At the point of the second review (if not in proceedings)",
    "N_LACSET": "a new LAC review will be set in accordance with the timescales",
    "N_SUPER": "monitored through supervision which takes place in line with the supervision policy",
    "N_MISSING": "The risk of going missing and child sexual exploitation will be considered and risk assessed",
    "N_SHOPBA": "prior to legal need to submit the paperwork for the Issues Resolution Hearing",
    "N_PATHREV": "will be reviewed by the IRO as part of the statutory review",
    "N_SUPPORT": "a Support Meeting will be held and chaired by the Team Leader",
}

ROWS = []


def R(voice, kind, today, q, start, rule, n, ph, amb=None, wd=None):
    ROWS.append(dict(voice=voice, kind=kind, today=today, q=q, parts=[(start, rule, n)],
                     ph=ph, amb=amb, wd=wd))


def C(voice, today, q, parts, ph, amb=None, wd=None):
    """choice: parts = [(start, rule, n, label), ...]; due = earliest."""
    ROWS.append(dict(voice=voice, kind="choice", today=today, q=q, parts=parts, ph=ph, amb=amb, wd=wd))


def N(voice, today, q, ph, note):
    ROWS.append(dict(voice=voice, kind="none", today=today, q=q, parts=[], ph=ph, note=note, amb=None, wd=None))


# ================================================================ DATE rows
# Front Door / Level 4-5
R("duty", "date", "2025-12-24", "contact in 24/12/25 10:40, TL decision needed by?", "2025-12-24", "wd", 1, ["FD"])
R("typos", "date", "2026-04-04", "contact come in on satuday 4th april, when does TL have to make the decison by", "2026-04-04", "wd", 1, ["FD"],
  amb="Contact received on a Saturday before Easter Monday: counted from the Saturday (1st working day Tue 7 Apr); a reader treating Tue 7 Apr as the receipt day would say Wed 8 Apr.", wd={"2026-04-04": "Sat"})
R("indirect", "date", "2025-05-02", "A school rang the front door with a worry about a pupil on 2 May 2025. By when does a team leader have to decide what happens with it?", "2025-05-02", "wd", 1, ["FD", "INIT"])
R("manager", "date", "2026-09-03", "front door contact logged 31/08/26, TL decision note dated 02/09/26. in timescale?", "2026-08-31", "wd", 1, ["FD"])
R("scenario", "date", "2025-12-30", "A health visitor emailed CFR on 30/12/2025 about a baby's weight. Baby was born 02/11/25 and has a clinic appointment on 06/01/26. By when should the team leader's decision on the contact be recorded?", "2025-12-30", "wd", 1, ["FD"])
R("newstarter", "date", "2026-12-23", "Hi, sorry if this is basic - a referral came through at Level 4 on 23rd December 2026. How long does the team leader have to make the initial decision about what action is needed, and what date is that?", "2026-12-23", "wd", 1, ["INIT"])
R("scenario", "date", "2026-04-02", "Police referral came in on 02/04/26 about a 3 year old. Sibling was on a CP plan back in 2022 (ended 14/06/22). When does the initial decision on the referral need making by?", "2026-04-02", "wd", 1, ["INIT", "FD"])
R("duty", "date", "2026-08-28", "ref in 28/8/26, sw needs to action by?", "2026-08-28", "wd", 1, ["REF"])
R("typos", "date", "2025-12-19", "refferal came in fri 19th dec, when do i have to action it by", "2025-12-19", "wd", 1, ["REF"], wd={"2025-12-19": "Fri"})
R("manager", "date", "2027-12-30", "Referral received 24/12/2027, first SW action recorded 29/12/2027. Within standard?", "2027-12-24", "wd", 1, ["REF"])
R("newstarter", "date", "2026-05-22", "If a referral is going to be a Section 47 enquiry and it came in today, by when do I need to have seen the child?", "rel:0", "same", 0, ["S47SEEN"])
R("indirect", "date", "2025-12-30", "Enquiries into whether a child is suffering significant harm started on 30/12/25. When should I have the catch-up with my manager about how they are going?", "2025-12-30", "d", 5, ["S47DISC"])
R("scenario", "date", "2026-04-03", "S47 started on Good Friday 2026 after the hospital flagged bruising on a 7 month old. The strat had been the evening before, 2 April. When do I need to sit down with my manager about how the S47 is going?", "2026-04-03", "d", 5, ["S47DISC"], wd={"2026-04-03": "Fri"})
R("typos", "date", "2027-05-01", "s47 kicked of 1st may 2027 when do i need the progress chat with my TL", "2027-05-01", "d", 5, ["S47DISC"])
R("newstarter", "date", "2026-03-31", "Hello, a referral came in on 31 March 2026 that needs a Child and Family Assessment. By what date should it be allocated to a social worker?", "2026-03-31", "wd", 3, ["ALLOC"])
R("newstarter", "date", "2025-12-22", "Hello! A case was passed to our team on 22 December 2025 for a Child and Family Assessment. How many days does the team leader have to allocate it to a social worker, and what date would that be?", "2025-12-22", "wd", 3, ["ALLOC"])
R("manager", "date", "2027-05-28", "Ref 21/05/27, allocated for C&FA 27/05/27 - was that within the 3 days?", "2027-05-21", "wd", 3, ["ALLOC"])
R("newstarter", "date", "2025-12-08", "Hi, I started my first Child and Family Assessment on 8 December 2025. When does my team leader need to have reviewed it?", "2025-12-08", "wd", 15, ["TLREV"])
R("typos", "date", "2026-03-20", "when does my TL need to review the asessment, started it 20.3.26", "2026-03-20", "wd", 15, ["TLREV"])
R("scenario", "date", "2025-11-17", "I started a C&FA on 17/11/25 for a family of four. The youngest was born 02/10/25 and there is a meeting pencilled in for 08/12. When does the assessment have to be completed?", "2025-11-17", "d", 45, ["ASS45"])
R("scenario", "date", "2027-02-03", "Assessment started 03/02/2027 on a 6 year old after a referral from school on 01/02. Mum's 30th is 14/03 so she asked us not to visit that weekend. When does the assessment have to be completed?", "2027-02-03", "d", 45, ["ASS45"])
R("scenario", "date", "2026-03-12", "Picked up a C&FA on 12 March 2026 for two brothers, 9 and 11. The older one's birthday is 30/03 and dad's court hearing is 15 April. When does the assessment have to be done?", "2026-03-12", "d", 45, ["ASS45"])
R("manager", "date", "2025-08-20", "Assessment commenced 01/07/2025, authorised 18/08/2025. Within 45 days?", "2025-07-01", "d", 45, ["ASS45"])
R("newstarter", "date", "2025-12-18", "If Children's First Response are transferring a CIN case to our neighbourhood team and they emailed us about it on 18 December 2025, what's the earliest date the transfer can happen, given the notice they have to give?", "2025-12-18", "d", 5, ["TRANS5"])
R("manager", "date", "2026-05-08", "CFR emailed NT 30/04/26 re transfer at CIN, joint visit done 07/05/26. Was the joint visit inside the notice period?", "2026-04-30", "d", 5, ["TRANS5", "JOINT"])
# ICPC
R("duty", "date", "2025-12-19", "strat 19/12/25 icpc by?", "2025-12-19", "wd", 15, ["ICPC"])
R("typos", "date", "2026-04-01", "strat was on the 1st april 26 when does icpc need to be by", "2026-04-01", "wd", 15, ["ICPC"])
R("scenario", "date", "2026-08-24", "Strategy meeting was held 21/08/2026 after a disclosure at school; the S47 visit was the same afternoon and the medical was 24/08. Mum has a hearing on 10/09. When's the latest date for the ICPC?", "2026-08-21", "wd", 15, ["ICPC"])
R("indirect", "date", "2027-03-18", "We had the multi-agency meeting that decides whether to start child protection enquiries on 18 March 2027. What's the last date the first big child protection meeting with the family can be held?", "2027-03-18", "wd", 15, ["ICPC"])
R("newstarter", "date", "2027-12-23", "Hi, I'm new to the team - the strategy discussion for my family took place on 23/12/2027. When does the Initial Child Protection Conference have to happen by?", "2027-12-23", "wd", 15, ["ICPC"])
R("manager", "date", "2026-01-27", "Strat 02/01/26, ICPC held 26/01/26. In timescale?", "2026-01-02", "wd", 15, ["ICPC"])
R("duty", "date", "2026-05-20", "strat yday, icpc deadline?", "rel:-1", "wd", 15, ["ICPC"])
# conference reports
R("scenario", "date", "2025-12-29", "ICPC is on 06/01/26. Mum works nights and asked for my report early; dad is in custody until 10/01. What is the latest I can share the report with the family?", "2026-01-06", "db", 3, ["REPFAM"])
R("newstarter", "date", "2026-03-30", "Could you tell me the latest date I should share my conference report with the parents? The Initial Child Protection Conference is on 7 April 2026.", "2026-04-07", "db", 3, ["REPFAM"])
R("indirect", "date", "2025-12-22", "The first child protection meeting for my family is on 05/01/26. By when does the person chairing it need my signed-off written report?", "2026-01-05", "wdb", 3, ["REPCHAIR"])
R("typos", "date", "2026-03-27", "confrence on tues 7th april 2026 when has my report got to go to the chair", "2026-04-07", "wdb", 3, ["REPCHAIR"], wd={"2026-04-07": "Tue"})
R("scenario", "date", "2027-05-20", "My ICPC is booked for 1 June 2027. Dad's birthday is 28 May so he's asked if we can avoid sharing it that day. When does the signed-off report have to reach the CP chair?", "2027-06-01", "wdb", 3, ["REPCHAIR"])
R("manager", "date", "2027-12-30", "ICPC 29/12/27. Report received by chair 22/12/27 - compliant?", "2027-12-29", "wdb", 3, ["REPCHAIR"])
# core groups
R("duty", "date", "2025-12-19", "icpc 19/12/25 1st CG by?", "2025-12-19", "d", 10, ["CG"])
R("typos", "date", "2026-12-23", "icpc is tomoz, if they go on a plan when is the first core group due", "rel:+1", "d", 10, ["CG"])
R("indirect", "date", "2026-05-22", "The conference where the child was made subject to a plan was on 22/5/2026 - when does the first meeting of the small group that works out the detail of the plan have to be?", "2026-05-22", "d", 10, ["CG"])
R("newstarter", "date", "2025-08-21", "Hello, the Initial Child Protection Conference for a family I'm working with was on 21 August 2025 and the children were made subject to plans. When should the first core group meeting take place by?", "2025-08-21", "d", 10, ["CG"])
R("manager", "date", "2026-12-30", "ICPC 15/12/26, first core group held 28/12/26. In timescale?", "2026-12-15", "d", 10, ["CG"])
# review conference reports
R("newstarter", "date", "2026-12-21", "Sorry, quick one - when is the latest I should share my report with the parents for a review child protection conference on 4 January 2027?", "2027-01-04", "db", 3, ["RCPCPAR"])
R("typos", "date", "2026-03-30", "review conf is 08/04/26 when do parents need the plan update by", "2026-04-08", "db", 3, ["RCPCPAR"])
R("newstarter", "date", "2026-08-24", "Hi, I have a review child protection conference on 31 August 2026. When does my report need to be available to the conference chair?", "2026-08-31", "db", 3, ["RCPCCHAIR"])
# 12 months on plan
R("scenario", "date", "2025-01-10", "Twins went on CP plans at the ICPC on 29/02/2024. Core group on 06/01/2025 said nothing much has changed and mum's new baby is due 15/03/2025. When do they hit 12 months on a plan, for the professional thinking time meeting?", "2024-02-29", "m", 12, ["CP12"],
  amb="29 Feb + 12 months: the month convention gives 28 Feb 2025; some would say 1 Mar 2025.")
R("indirect", "date", "2026-09-01", "child's been on a protection plan since 14/11/25. When do we hit the point where we should hold the 'thinking time' meeting if things haven't moved?", "2025-11-14", "m", 12, ["CP12"])
# PLO
R("scenario", "date", "2025-12-19", "PLO letter went to dad today, dated 19/12/25. He says he is away over Christmas until 27/12 and hasn't got a solicitor yet. When is the latest the first PLO meeting should happen?", "2025-12-19", "d", 10, ["PLO1"])
R("typos", "date", "2027-03-24", "plo leter date 24th march 2027, first meeting has to be by when", "2027-03-24", "d", 10, ["PLO1"])
R("indirect", "date", "2026-08-21", "The letter that starts pre-proceedings went out to mum dated 21/08/26. When's the latest the first meeting with her and her solicitor can be?", "2026-08-21", "d", 10, ["PLO1"])
R("manager", "date", "2025-11-18", "PLO letter dated 03/11/25; first meeting 17/11/25 - in timescale?", "2025-11-03", "d", 10, ["PLO1"])
R("duty", "date", "2026-04-02", "1st PLO mtg was tues, FGC ref by?", "last:Tue", "wd", 3, ["FGC"])
R("newstarter", "date", "2025-12-23", "Hi, the first PLO meeting was on 23 December 2025 and the parents have agreed to a Family Group Conference. How long do I have to make the referral?", "2025-12-23", "wd", 3, ["FGC"])
R("typos", "date", "2027-05-28", "initial plo meeting 28th may 2027 and gran has come forward, when does the viability request need to go to family placement", "2027-05-28", "wd", 3, ["VIAB"])
R("scenario", "date", "2026-12-21", "First PLO meeting was 21/12/2026. Dad's sister and a family friend were both put forward as carers; FGC is booked for 12/01/27. When does the viability screening request have to go to the Family Placement Team?", "2026-12-21", "wd", 3, ["VIAB"],
  amb="The standard also allows the request 'immediately following Family Group Conference' (12/01/27); counted here from the initial PLO meeting.")
R("duty", "date", "2027-03-26", "PLO mtg 26/3/27, mins to parents + sol by?", "2027-03-26", "d", 7, ["PLOMIN"])
R("indirect", "date", "2026-01-05", "We met with the parents and their solicitor under pre-proceedings last Tuesday. When do the written notes of what was agreed need to be with them?", "last:Tue", "d", 7, ["PLOMIN"])
R("manager", "date", "2026-08-27", "PLO meeting held 18/08/26, minutes distributed 26/08/26. In time?", "2026-08-18", "d", 7, ["PLOMIN"])
R("newstarter", "date", "2026-01-06", "Our PLO started with the letter dated 5 January 2026. When would the 12-week review legal planning meeting be?", "2026-01-05", "w", 12, ["PLO12"],
  amb="The standard does not say what the 12 weeks run from; counted from the PLO letter, some would count from the first PLO meeting.")
R("scenario", "date", "2027-03-18", "At the review legal planning meeting on 18/03/2027 (12 weeks in) we agreed an exceptional further period in PLO. A sibling's hearing is 20/04/27. When does the extension end?", "2027-03-18", "w", 4, ["PLOEXT"])
R("typos", "date", "2026-01-02", "when is the 16 week legal gateway, plo letter was 2nd jan 2026", "2026-01-02", "w", 16, ["PLO16"],
  amb="The standard does not say what the 16 weeks run from; counted from the PLO letter, some would count from the first PLO meeting.")
R("manager", "date", "2026-01-13", "Case entered PLO 01/09/25 (letter date). Legal Gateway at 16 weeks should have been by when? It was held 12/01/26.", "2025-09-01", "w", 16, ["PLO16"])
# CIN
R("scenario", "date", "2025-12-11", "Review CP conference on 11/12/25 took the children off their plans. School breaks up 19/12 and mum starts a new job 05/01/26. By when does the first CIN meeting need to be?", "2025-12-11", "d", 20, ["CINDEPLAN"])
R("indirect", "date", "2027-03-15", "At the review child protection conference on 15 March 2027 the children came off their plans and moved to child in need. By when does the first child in need meeting need to be held?", "2027-03-15", "d", 20, ["CINDEPLAN"])
R("manager", "date", "2026-08-28", "De-planned at RCPC 07/08/26, first CIN meeting 27/08/26 - within timescale?", "2026-08-07", "d", 20, ["CINDEPLAN"])
R("typos", "date", "2026-12-24", "case transfered from CFR to us 24/12/26 when is the intial cin meeting due", "2026-12-24", "d", 10, ["CINTRANS"])
R("newstarter", "date", "2026-03-27", "I've just had a case transferred to me from the Children's First Response Team on 27 March 2026. When does the first Child in Need meeting need to happen?", "2026-03-27", "d", 10, ["CINTRANS"])
R("scenario", "date", "2025-05-19", "The case came over from CFR on 19/05/25 after an assessment that closed 16/05/25. School half term starts 26/05. When's the initial CIN meeting due?", "2025-05-19", "d", 10, ["CINTRANS"])
# Children in care
R("indirect", "date", "2025-12-22", "A child had to come into our care in an emergency on 22/12/25 and there was no up-to-date assessment. When does the assessment of her needs have to be finished?", "2025-12-22", "wd", 20, ["CICASS"])
R("scenario", "date", "2026-04-02", "Police protection on 1 April 2026 at 11pm and the child went to an emergency foster placement that night. There's no up-to-date assessment (last one was 2023). When does the assessment have to be completed?", "2026-04-01", "wd", 20, ["CICASS"])
R("duty", "date", "2026-08-28", "new LAC placed today, 1st visit by?", "rel:0", "wd", 1, ["CICVIS1", "LACSEEN"])
R("typos", "date", "2025-12-24", "change of placment on 24/12/25 when do i need to visit", "2025-12-24", "wd", 1, ["CICVIS1"])
R("manager", "date", "2027-04-28", "Child moved placements 23/04/27, visited 27/04/27 - in timescale?", "2027-04-23", "wd", 1, ["CICVIS1", "LACSEEN"])
R("duty", "date", "2026-03-31", "placed 31/3/26, placement mtg by?", "2026-03-31", "wd", 3, ["PLMEET"])
R("indirect", "date", "2026-12-18", "Child moved in with new foster carers on 18/12/2026. When does the meeting to agree delegated authority and share the extra information need to happen?", "2026-12-18", "wd", 3, ["PLMEET"])
R("typos", "date", "2026-05-22", "placment started 22nd may 26, updated placment plan to carers by when", "2026-05-22", "wd", 5, ["PLPLAN"])
R("manager", "date", "2026-01-06", "Placement began 19/12/25; updated placement plan given to carers 05/01/26. On time?", "2025-12-19", "wd", 5, ["PLPLAN"])
R("scenario", "date", "2026-12-11", "Two sisters came into care on 11/12/2026 and were placed together; the younger turns 8 on 24/12. When do they need to be given their coming into care pack and rights leaflet?", "2026-12-11", "w", 3, ["PACK"])
R("indirect", "date", "2027-03-08", "When does a young person who came into our care on 6 March 2027 need to get the welcome pack and rights leaflet by?", "2027-03-06", "w", 3, ["PACK"])
R("scenario", "date", "2025-12-29", "Baby became looked after on 29/12/25 under an interim care order made that morning. The nursery and GP were last updated at the core group on 15/12. By when must all the professionals be told of his legal status?", "2025-12-29", "wd", 5, ["LEGAL5"])
R("newstarter", "date", "2026-04-02", "A child became looked after on 2 April 2026. How long do I have to let the other professionals know about the child's legal status?", "2026-04-02", "wd", 5, ["LEGAL5"])
R("duty", "date", "2025-12-01", "LAC from 1/12/25, IHA by?", "2025-12-01", "wd", 20, ["IHA"])
R("indirect", "date", "2026-07-31", "For a child who came into our care on 30/07/2026, what's the deadline for the first health check with the doctor?", "2026-07-30", "wd", 20, ["IHA"])
R("duty", "date", "2026-12-07", "LAC 5/12/26, PEP mtg by?", "2026-12-05", "d", 20, ["PEP"])
R("newstarter", "date", "2026-03-11", "Hi, when does the first Personal Education Plan meeting need to be arranged for a child who became looked after on 10 March 2026?", "2026-03-10", "d", 20, ["PEP"])
R("scenario", "date", "2025-04-15", "She came into care on 14/04/2025, the Monday of the Easter holidays. School goes back 28/04 and her 10th birthday is 02/05. When's the PEP meeting due?", "2025-04-14", "d", 20, ["PEP"], wd={"2025-04-14": "Mon"})
R("typos", "date", "2026-12-29", "child placed 26.12.26 (boxing day) when does care plan need to be on the system", "2026-12-26", "d", 10, ["CAREPLAN"])
R("manager", "date", "2026-04-08", "Placement 20/03/26, care plan recorded on LCS 02/04/26. Compliant?", "2026-03-20", "d", 10, ["CAREPLAN"])
R("duty", "date", "2025-12-22", "LAC 19/12/25, initial LAR by?", "2025-12-19", "wd", 20, ["LAR"])
R("typos", "date", "2026-04-07", "child came into care on 3rd aprl 2026 (good friday) when is the first lac review", "2026-04-03", "wd", 20, ["LAR"], wd={"2026-04-03": "Fri"})
R("scenario", "date", "2027-05-04", "S20 agreed with mum on 28/04/2027 at a planning meeting, and the child actually moved to carers and became looked after on 30/04/2027. When does the first looked after review need to be held?", "2027-04-30", "wd", 20, ["LAR"],
  amb="Counted from becoming looked after (30/04); a reader taking the S20 agreement date (28/04) would get an earlier date.")
R("indirect", "date", "2026-08-25", "A 14 year old became looked after on 24/08/26. When's the latest date for her first review meeting with the independent reviewing officer?", "2026-08-24", "wd", 20, ["LAR"])
R("manager", "date", "2027-12-30", "Became looked after 26/11/27, initial review held 29/12/27. Within 20 working days?", "2027-11-26", "wd", 20, ["LAR"])
R("duty", "date", "2026-12-21", "LAC review 04/01/27 - SW report to IRO by?", "2027-01-04", "db", 3, ["IROREP"])
# IRO
R("indirect", "date", "2026-12-22", "Our IRO flagged drift on the care plan with me informally on 22 December 2026. If it isn't sorted, when does it become a formal dispute?", "2026-12-22", "wd", 5, ["IROCH"])
R("newstarter", "date", "2027-03-31", "The IRO raised an informal challenge on 31 March 2027 about delay in the permanence plan. How long do we have to resolve it before a formal dispute is raised?", "2027-03-31", "wd", 5, ["IROCH"])
R("duty", "date", "2026-08-06", "IRO formal dispute raised on the 3rd, resolution by?", "dom:3", "wd", 20, ["IRODISP"])
R("manager", "date", "2025-04-22", "Formal dispute started 18/03/25 and closed 17/04/25. Completed within timescale?", "2025-03-18", "wd", 20, ["IRODISP"])
# Adoption
R("scenario", "date", "2025-12-16", "Baby was placed with her adopters on 15 December 2025 after introductions started 8 December. The placement order was made 2 Oct. When can the adopters apply for the adoption order?", "2025-12-15", "w", 10, ["AD10"])
R("indirect", "date", "2025-06-02", "How soon can the family who are adopting a little boy who moved in with them on 26/05/2025 put their application in to court?", "2025-05-26", "w", 10, ["AD10"])
# Fostering
R("duty", "date", "2025-12-24", "FC sup visit this morning, record on LCS by?", "rel:0", "wd", 3, ["FCREC"])
R("newstarter", "date", "2026-05-01", "Our foster carers' last annual review was on 17 June 2025. When is the next one due?", "2025-06-17", "m", 12, ["FCANN"])
R("manager", "date", "2026-11-02", "Carer's annual review last presented to Fostering Panel 14/02/2024. Latest date the next one must go to panel?", "2024-02-14", "m", 36, ["FCPANEL"])
R("typos", "date", "2026-12-01", "foster carers dbs was done 29th feb 2024 when is it due for renewal", "2024-02-29", "m", 36, ["FCDBS"],
  amb="29 Feb + 3 years: the month convention gives 28 Feb 2027; some would say 1 Mar 2027.")
R("indirect", "date", "2027-10-04", "One of our carers finished her core training refresher on 8 April 2025. When does she need to do it again by?", "2025-04-08", "m", 36, ["FCTRAIN"])
R("duty", "date", "2026-12-23", "Strategic Lead OK'd variation to terms of approval 23/12/26, child placed same day, how long does it last?", "2026-12-23", "wd", 6, ["VAR6"])
R("scenario", "date", "2026-04-02", "Carers are approved for 0-5s but we placed a 7 year old with them on 2 April 2026 with a Variation of the Terms of Approval signed off by the Strategic Lead the same day. When does the variation run out?", "2026-04-02", "wd", 6, ["VAR6"])
R("indirect", "date", "2026-01-05", "Grandad was approved on a temporary basis on 02/01/26 so the kids could stay with him. When does that temporary approval run out?", "2026-01-02", "w", 16, ["TEMP16"])
R("newstarter", "date", "2025-06-02", "Gran was given temporary approval as a connected person foster carer on 29 May 2025. When does the temporary approval end?", "2025-05-29", "w", 16, ["TEMP16"])
R("manager", "date", "2026-12-01", "Temporary approval from 14/08/26 was extended. What is the absolute latest end date including the extension?", "2026-08-14", "w", 24, ["TEMP16"])
# Case recording, case summary, assessments
R("typos", "date", "2026-01-05", "did a home vist last friday, when has it got to be recorded by", "last:Fri", "d", 3, ["REC3"])
R("indirect", "date", "2026-04-03", "I spoke with a dad on the phone about his son on 3 April 2026. When do my notes need to be on the system?", "2026-04-03", "d", 3, ["REC3"])
R("manager", "date", "2025-08-28", "Visit 22/08/25, case note entered 27/08/25. Within the recording timescale?", "2025-08-22", "d", 3, ["REC3"])
R("duty", "date", "2026-01-12", "case summary last updated 30/11/25, next update due by?", "2025-11-30", "m", 3, ["SUMM"])
R("typos", "date", "2026-05-26", "last asessment on kid authorised 29.08.25, when does it need a new one", "2025-08-29", "m", 12, ["ASS12"])
R("manager", "date", "2026-03-02", "Audit: child's most recent authorised C&FA is dated 01/04/25. Date it falls outside the 12-month requirement?", "2025-04-01", "m", 12, ["ASS12"])

# ================================================================ VISITS rows
R("duty", "visits", "2025-12-22", "cp visit last done 18/12/25, next due?", "2025-12-18", "w", 4, ["CPVIS"])
R("typos", "visits", "2026-04-07", "last seen the kids on there cp plan 2nd april 2026 next visit when", "2026-04-02", "w", 4, ["CPVIS"])
R("indirect", "visits", "2027-08-02", "I last saw the little one at home on 29/07/27 - she's on a protection plan. Latest date for the next visit?", "2027-07-29", "w", 4, ["CPVIS"])
R("manager", "visits", "2027-01-06", "Child on CP plan seen at home 01/12/26 and next 05/01/27. Gap compliant?", "2026-12-01", "w", 4, ["CPVIS"])
R("duty", "visits", "2025-12-29", "CIN visit 24/12/25, next by?", "2025-12-24", "w", 6, ["CINVIS"])
R("newstarter", "visits", "2026-03-30", "Hi, I saw a child on a Child in Need plan at home on 27 March 2026. When is the next visit due at the latest?", "2026-03-27", "w", 6, ["CINVIS"])
R("scenario", "visits", "2025-06-02", "Last CIN review meeting was 22/05/2025 at school; I did a home visit on 30/05. Mum's tenancy hearing is 20/06. When should the next CIN review meeting be by?", "2025-05-22", "w", 6, ["CINREV"])
R("typos", "visits", "2026-12-14", "last cin reveiw meeting 11th dec 2026 when is the next one", "2026-12-11", "w", 6, ["CINREV"])
R("duty", "visits", "2025-12-23", "LAC placed 19/12/25, visited 22/12, 1st review not held yet. next stat visit by?", "2025-12-22", "w", 1, ["LACWEEKLY"])
R("newstarter", "visits", "2026-04-01", "A child came into care last month and the first looked after review hasn't happened yet. My last statutory visit was on 31 March 2026. When should the next one be?", "2026-03-31", "w", 1, ["LACWEEKLY"])
R("typos", "visits", "2026-09-01", "first lac review done, permanance plan not finalised yet, last stat visit 28th aug 2026, next one due", "2026-08-28", "w", 6, ["LAC6"])
R("manager", "visits", "2027-04-22", "LAC child, post first review, permanence plan not yet finalised. Visits 03/03/27 and 21/04/27 - compliant?", "2027-03-03", "w", 6, ["LAC6"])
R("scenario", "visits", "2025-12-16", "Lad has been in his long-term foster placement since 10/01/2024; it's his permanent home and he's well settled. My last statutory visit was 15/12/2025. When is the next one due?", "2025-12-15", "w", 12, ["LAC12"])
R("indirect", "visits", "2025-06-10", "The little girl moved in with the family adopting her on 02/06/25 and her first looked after review hasn't happened yet. I visited on 09/06/25; when's the next visit?", "2025-06-09", "w", 1, ["ADWEEKLY"])
R("duty", "visits", "2026-12-29", "placed for adoption, post 1st LAR, last visit 24/12/26, next by?", "2026-12-24", "w", 6, ["AD6"])
R("typos", "visits", "2025-12-29", "foster carer supervisory visit last done 23rd dec 2025 when is the next one due", "2025-12-23", "w", 6, ["FCVIS"])
R("manager", "visits", "2026-09-01", "Foster carer visits 14/07/26 and 28/08/26 - within the six-weekly standard?", "2026-07-14", "w", 6, ["FCVIS"])
R("newstarter", "visits", "2026-03-09", "When is our foster carers' next unannounced visit due? The last unannounced one was on 6 March 2026.", "2026-03-06", "m", 12, ["FCUNANN"])
R("scenario", "visits", "2026-12-07", "Family time was set up when the twins came into care on 20/11/2026; permanence plan not agreed yet. Contact is Tue/Thu at the family centre. Family time was last reviewed on 04/12/2026. When's the next review of it due?", "2026-12-04", "w", 8, ["FT8"])
R("indirect", "visits", "2027-04-01", "We're in pre-proceedings and the last review meeting with the parents was on 30/03/2027. What's the latest the next one can be?", "2027-03-30", "w", 6, ["PLOREV"],
  amb="'every 4-6 weeks' is a range (27/04/27 to 11/05/27); the latest date, 6 weeks, is given.")

# ================================================================ AGE rows
R("duty", "age", "2026-09-01", "YP DOB 31/08/11, pathway plan start?", "2011-08-31", "agem", 186, ["PATH"])
R("newstarter", "age", "2026-01-12", "A young person in our care was born on 14 October 2010. When should their pathway plan be started?", "2010-10-14", "agem", 186, ["PATH"])
R("typos", "age", "2027-03-01", "when do i start the pathway plan for a girl born 29/02/2012", "2012-02-29", "agem", 186, ["PATH"])
R("indirect", "age", "2026-06-15", "Young man in care, date of birth 5th May 2011. What date does the plan for his move to leaving care need to be started?", "2011-05-05", "agem", 186, ["PATH"])
R("scenario", "age", "2026-01-12", "ICPC is on 22/01/2026 for two siblings: the eldest was born 20/01/2014 and her brother 03/06/2016. From what date does she qualify to be offered an advocate for the conference?", "2014-01-20", "age", 12, ["ADV12"])
R("typos", "age", "2026-03-05", "lad born 3rd april 2014 when is he 12 for the conference advocate thing", "2014-04-03", "age", 12, ["ADV12"])
R("manager", "age", "2025-11-10", "Child DOB 29/02/2020 entering PLO - up to what date does the under-6 adoption social worker allocation apply? Give the date they turn 6.", "2020-02-29", "age", 6, ["ADOPT6"])
R("duty", "age", "2025-12-10", "sib DOB 17/12/19, PLO starting, when does she turn 6 (adoption SW)?", "2019-12-17", "age", 6, ["ADOPT6"])

# ================================================================ CHOICE rows
C("duty", "2027-03-12", "conf 11/03/27, what's next due?",
  [("2027-03-11", "d", 10, "if ICPC with a plan: first core group"), ("2027-03-11", "d", 20, "if de-planned to CIN: first CIN meeting")],
  ["CG", "CINDEPLAN"])
C("typos", "2025-12-22", "conference on 06/01/26 when does my report need to go out by",
  [("2026-01-06", "wdb", 3, "report to CP chair"), ("2026-01-06", "db", 3, "report shared with family")],
  ["REPCHAIR", "REPFAM"])
C("indirect", "2026-08-27", "kid's on a plan, last saw him at home on 26/08/26, when's my next visit due?",
  [("2026-08-26", "w", 4, "if CP plan"), ("2026-08-26", "w", 6, "if CIN plan")],
  ["CPVIS", "CINVIS"])
C("newstarter", "2025-12-18", "Hi, when is my next statutory visit due for a looked after child? I last visited on 17 December 2025.",
  [("2025-12-17", "w", 1, "weekly before the first looked after review"), ("2025-12-17", "w", 6, "6-weekly after the first review")],
  ["LACWEEKLY", "LAC6"])
C("duty", "2026-05-22", "FC visit done 22/05/26, what's due?",
  [("2026-05-22", "wd", 3, "record of the visit on LCS"), ("2026-05-22", "w", 6, "next supervisory visit")],
  ["FCREC", "FCVIS"])
C("scenario", "2025-12-18", "First PLO meeting was held 18/12/2025 with mum, her solicitor and the IRO. Gran and an aunt were mentioned as carers; mum hasn't decided about an FGC yet. What's my next deadline?",
  [("2025-12-18", "wd", 3, "FGC referral / viability screening request"), ("2025-12-18", "d", 7, "PLO minutes to parents and solicitor")],
  ["FGC", "VIAB", "PLOMIN"])
C("manager", "2025-12-23", "Management decision for a strategy discussion made at 16:00 Friday 19/12/25; strat held Monday 22/12/25. Was that in timescale?",
  [("2025-12-19", "d", 1, "within 24 hours (S47 section)"), ("2025-12-19", "wd", 1, "within 1 working day (Front Door section)")],
  ["STRAT24", "STRAT1"], wd={"2025-12-19": "Fri", "2025-12-22": "Mon"},
  amb="24 hours from 16:00 Fri is 16:00 Sat 20/12; the date is given.")
C("newstarter", "2026-03-02", "Hello, I started a Child and Family Assessment on 2 March 2026. When is it due?",
  [("2026-03-02", "wd", 15, "team leader review"), ("2026-03-02", "d", 45, "assessment completed")],
  ["TLREV", "ASS45"])

# ================================================================ NONE rows
N("duty", "2026-01-13", "RCPC due when? ICPC was 12/01/26", ["N_NEXTCONF"],
  "no timescale in the standards for the review conference; the CP chair sets the date of the next conference")
N("typos", "2026-03-04", "how often do core groups have to be after the first one, last one was 3rd march 26", ["N_CORE"],
  "only the first core group has a timescale (10 days); no frequency is set for later core groups")
N("newstarter", "2026-02-10", "Hi, the first looked after review was on 9 February 2026. When is the second review due?", ["N_SECONDLAR", "N_LACSET"],
  "the standards set only the initial review (20 working days); later reviews are 'in accordance with the timescales' without a number")
N("indirect", "2025-05-20", "How often should my manager be sitting down with me to go through my cases? Last time was 15/05/25.", ["N_SUPER"],
  "supervision frequency is left to the supervision policy; no timescale in the standards")
N("manager", "2026-11-10", "S47 enquiry started 06/10/26 and concluded 05/11/26 - was it completed within the timescale?", ["S47DISC"],
  "no completion timescale for a S47 enquiry; only a progress discussion within 5 days of it starting")
N("scenario", "2025-12-22", "Young person went missing overnight on 21/12/2025 and came back the next morning; she's 14 and on a CIN plan, next CIN review 09/01/26. When does the return home interview have to be done by?", ["N_MISSING"],
  "no return home interview timescale in the standards")
N("duty", "2027-03-05", "SHOPBA deadline? final care planning mtg 04/03/27", ["N_SHOPBA"],
  "SHOPBA must be after the final care planning meeting and before the IRH paperwork; no number of days is set")
N("typos", "2025-11-12", "pathway plan reveiw how often? last one 11.11.25", ["N_PATHREV"],
  "pathway plan is reviewed as part of the statutory review; no frequency set in the standards")
N("indirect", "2026-04-02", "Carers rang on 2/4/26 saying the placement's wobbling. How quickly has the meeting to try and keep it together got to be held?", ["N_SUPPORT"],
  "a Support Meeting is required but no timescale is set")


# ---------------------------------------------------------------- build + check
def build():
    out = []
    for r in ROWS:
        today = date.fromisoformat(r["today"])
        if r["kind"] == "none":
            due, count = None, r["note"]
        else:
            results = []
            for part in r["parts"]:
                start, rule, n = part[:3]
                sd, prefix = resolve_start(start, today)
                d, s = compute(sd, rule, n)
                label = (part[3] + ": ") if len(part) > 3 else ""
                results.append((d, label + prefix + s))
            due = min(d for d, _ in results)
            count = " | ".join(s for _, s in results)
            if r["kind"] == "choice":
                count += f" | earlier = {due.isoformat()}"
        for iso, name in (r.get("wd") or {}).items():
            assert DOW[date.fromisoformat(iso).weekday()] == name, (iso, name, r["q"])
        row = {"q": r["q"], "today": r["today"], "due": due.isoformat() if due else None,
               "expect_any": [P[k] for k in r["ph"]], "count": count,
               "voice": r["voice"], "kind": r["kind"]}
        if r.get("amb"):
            row["ambiguous"] = r["amb"]
        out.append(row)
    return out


def check(rows):
    src = open(SOURCE, encoding="utf-8").read()
    ok = True
    for k, ph in P.items():
        if ph not in src:
            print("PHRASE NOT IN SOURCE:", k, ph); ok = False
        if len(ph.split()) < 6:
            print("PHRASE TOO SHORT:", k, ph); ok = False
    for i, r in enumerate(rows):
        assert r["voice"] in {"duty", "typos", "scenario", "indirect", "newstarter", "manager"}, r
        assert r["kind"] in {"date", "visits", "age", "choice", "none"}, r
        assert (r["due"] is None) == (r["kind"] == "none"), r
        for ph in r["expect_any"]:
            assert ph in src, ph
        if r["kind"] == "choice":
            assert len(r["expect_any"]) >= 2
    qs = [r["q"] for r in rows]
    assert len(qs) == len(set(qs)), "duplicate question"
    return ok


def main():
    _selfcheck_holidays()
    rows = build()
    ok = check(rows)
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-parse and verify due == oracle
    back = [json.loads(l) for l in open(path, encoding="utf-8")]
    assert back == rows
    from collections import Counter
    print("rows", len(rows), "phrases ok" if ok else "PHRASE PROBLEMS")
    print("kind", dict(Counter(r["kind"] for r in rows)))
    print("voice", dict(Counter(r["voice"] for r in rows)))
    print("ambiguous", sum(1 for r in rows if "ambiguous" in r))
    if "-v" in sys.argv:
        for r in rows:
            print(r["voice"][:4], r["kind"][:4], r["today"], r["due"], "|", r["q"][:70], "|", r["count"])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
