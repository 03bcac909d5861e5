#!/usr/bin/env python3
"""Oracle for the frozen deadline question set (standard library only).

Run:  python3 oracle.py            -> writes questions.jsonl and runs all checks.
"""
import datetime as dt
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"
D = dt.date.fromisoformat

# England and Wales bank holidays 2024-2028, typed by hand (substitute days applied).
BANK_HOLIDAYS = {D(s) for s in [
    # 2024
    "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26",
    # 2025
    "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
    # 2026 (Boxing Day Sat 26 Dec -> Mon 28 Dec)
    "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
    # 2027 (Christmas Sat -> Mon 27, Boxing Day Sun -> Tue 28)
    "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
    # 2028 (New Year Sat -> Mon 3 Jan)
    "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26",
]}
for _b in BANK_HOLIDAYS:
    assert _b.weekday() < 5, _b


def is_wd(x):
    return x.weekday() < 5 and x not in BANK_HOLIDAYS


def fmt(x):
    return f"{x.isoformat()} ({x.strftime('%a')})"


def skipped_bh(a, b):
    lo, hi = min(a, b), max(a, b)
    return sorted(h for h in BANK_HOLIDAYS if lo < h < hi)


def add_months(x, n, note=None):
    y, m = divmod(x.month - 1 + n, 12)
    y += x.year
    m += 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return dt.date(y, m, min(x.day, last))


def compute(op, start, n):
    """Return (due, count text)."""
    if op == "wd":
        x, k = start, 0
        while k < n:
            x += dt.timedelta(1)
            if is_wd(x):
                k += 1
        s = f"{n} working day{'s' if n != 1 else ''} after {fmt(start)} -> {fmt(x)}"
        bh = skipped_bh(start, x)
        if bh:
            s += "; skips bank holiday(s) " + ", ".join(h.isoformat() for h in bh)
        if not is_wd(start):
            s += "; start day is not a working day, counted from it"
        return x, s
    if op == "wdb":
        x, k = start, 0
        while k < n:
            x -= dt.timedelta(1)
            if is_wd(x):
                k += 1
        s = f"{n} working day{'s' if n != 1 else ''} before {fmt(start)} -> {fmt(x)}"
        bh = skipped_bh(x, start)
        if bh:
            s += "; skips bank holiday(s) " + ", ".join(h.isoformat() for h in bh)
        return x, s
    if op == "d":
        x = start + dt.timedelta(n)
        return x, f"{n} calendar days after {fmt(start)} -> {fmt(x)}"
    if op == "db":
        x = start - dt.timedelta(n)
        return x, f"{n} calendar days before {fmt(start)} -> {fmt(x)}"
    if op == "w":
        x = start + dt.timedelta(7 * n)
        return x, f"{n} week{'s' if n != 1 else ''} ({7 * n} days) after {fmt(start)} -> {fmt(x)}"
    if op == "m":
        x = add_months(start, n)
        s = f"{n} month{'s' if n != 1 else ''} after {fmt(start)} -> {fmt(x)}"
        if x.day != start.day:
            s += " (clipped to month end)"
        return x, s
    if op == "age":  # n = (years, months)
        yrs, mos = n
        total = yrs * 12 + mos
        y, m = divmod(start.month - 1 + total, 12)
        y += start.year
        m += 1
        note = ""
        try:
            x = dt.date(y, m, start.day)
        except ValueError:
            if mos == 0:
                # 29 Feb birthday in a non-leap year: taken as 1 March
                x = dt.date(y, 3, 1)
                note = f"; born 29 Feb, {y} is not a leap year, so birthday taken as 1 March"
            else:
                x = add_months(start, total)
                note = "; no such day in that month, clipped to month end"
        lab = f"{yrs} years" + (f" {mos} months" if mos else "")
        return x, f"DOB {fmt(start)} + {lab} -> {fmt(x)}{note}"
    raise ValueError(op)


# ---------------------------------------------------------------- phrases
P = {
    "fd_contact": "decisions made by what action are required by a Team Leader within 1 working day",
    "fd_initial": "Initial decisions will be made about the action required within 1 working day",
    "referral": "Referrals will be actioned by a social worker within 1 working day",
    "s47_5": "Within 5 days of the Section 47 being initiated",
    "alloc": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
    "tl15": "All assessments will be reviewed by the Team Leader within 15 working days",
    "a45": "Assessments must all be completed within 45 days",
    "strat1": "a strategy discussion is required, this must happen within 1 working day",
    "strat24": "A strategy discussion within 24 hours involving all relevant agencies",
    "transfer5": "notify the Neighbourhood Team via email, giving at least 5 days’ notice",
    "joint": "Within the 5 days’ notice period, the Children’s First Response Social Worker",
    "icpc": "convened within working 15 days of the initial strategy discussion",
    "icpc_family": "shared with family at least 3 the days prior to conference",
    "icpc_chair": "sent to the child protection chair 3 working days before the conference",
    "cg1": "held within 10 days of the conference and is used to put detail on the outline CP plan",
    "cpvisit": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
    "rcpc_parents": "This report must be shared with parents at least 3 days prior to the review conference",
    "rcpc_chair": "available to the conference chair at least 3 days prior to the review conference",
    "cp12": "when they have been subject to a plan for 12 months",
    "nextconf": "The child protection chair will set the date of the next conference",
    "plo1": "should take place within 10 days of the date on the PLO letter",
    "fgc": "Referral should be made within 3 working days of the first PLO meeting",
    "viab": "Family Placement Team within 3 working days of the initial PLO meeting",
    "plomin": "distributed to parents and their legal representation within 7 days of the meeting",
    "ploreview": "Review PLO meetings with parents to be held every 4-6 weeks",
    "plo12": "A review legal planning meeting will be held at 12 weeks",
    "plo16": "a Legal Gateway meeting will be convened at 16 weeks",
    "plo4": "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
    "swet": "the timescales for filing SWET and additional supporting documents will be agreed",
    "cin20": "will set the first CIN meeting within 20 days",
    "cin10": "the initial CIN meeting must take place within 10 days",
    "cinrev": "CIN review meetings will be held at least every 6 weeks",
    "cinvisit": "A child subject to a CIN plan will be seen at least every 6 weeks",
    "emerg": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
    "lacvisit1": "The child will be visited within 1 working day of coming into care or having a change in placement",
    "lacseen1": "All looked after children will be seen within 1 working day of placement",
    "plmeet": "The placement meeting will be held within 3 working days",
    "plcopy": "an updated copy given to the carers within 5 working days of the placement beginning",
    "famtime": "reviewed at least every 8 week until the plan for permanence is agreed",
    "pack": "coming into care pack, children rights leaflet within 3 weeks",
    "legal5": "informed of the child’s legal status within 5 working days",
    "iha": "An initial health assessment will be requested and carried out within 20 working days",
    "pep": "A PEP meeting will be arranged within the school within 20 days",
    "pepterm": "subsequently reviewed within the statutory guidelines at least 1 per term",
    "lacweekly": "Statutory looked after visits must happen weekly until the first looked after review",
    "lac6": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
    "lac12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
    "careplan": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
    "lacrev": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
    "second": "At the point of the second review (if not in proceedings) the child must have a permanency plan",
    "newlac": "a new LAC review will be set in accordance with the timescales",
    "pathway": "A pathway plan will be started when the young person is 15 years 6 months",
    "iroreport": "this will be with the IRO 3 days before the review",
    "iro5": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
    "iro20": "should be completed from start to finish within 20 working days",
    "adopt6": "If a child under the age of 6 enters PLO or proceedings",
    "adoptweekly": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
    "adopt6w": "visits will be a minimum of 6 weekly until the Adoption Order is Granted",
    "adopt10": "in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
    "shopba": "This needs to take place after the area teams final care planning meeting",
    "lifestory": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter",
    "fcvisit": "Trafford foster carers are visited at least once every six weeks",
    "fcrecord": "a record of this visit is recorded on LCS within 3 working days",
    "fcunann": "will have an unannounced visit at least once every 12 months",
    "fcannual": "All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
    "fcpanel": "will have an annual review presented to the Fostering Panel at least every three years",
    "fcdbs": "updated statutory references, medicals and DBS checks at least every three years",
    "fctrain": "must update their core training at least every three years",
    "variation": "This can only be given for up to 6 working days",
    "temp16": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
    "rec3": "any event or contact is recorded within 3 days",
    "summary": "case file summary which has been updated within the last 3 months",
    "assess12": "An up to date assessment (within the last 12 months) on each child",
    "advocate": "if they are 12 or over they should be offered an advocate",
    "supervision": "The progress of the CIN plan should be monitored through supervision which takes place in line with the supervision policy",
    "familyfocus": "a referral should be made to Family Focus by emailing the team",
    "missing": "The risk of going missing and child sexual exploitation will be considered and risk assessed",
    "stratrec": "the plan for the enquiries and decisions recorded and a record sent to all participating professionals",
    "s47same": "the child / children will be seen by the Social Worker the same day",
}

# ---------------------------------------------------------------- rows
# R(voice, kind, today, q, op, start, n, keys, amb)
# For choice rows: op="choice", start=[(op,start,n), (op,start,n)], keys = one key per option.
ROWS = []


def R(voice, kind, today, q, op=None, start=None, n=None, keys=(), amb=None):
    ROWS.append(dict(voice=voice, kind=kind, today=today, q=q, op=op, start=start, n=n, keys=list(keys), amb=amb))


# ---------------------------------------------------------------- Front Door
R("scenario", "date", "2025-12-24", "A neighbour phoned the front door this afternoon (24/12) worried about two kids left alone; their last contact with us was 02/10/25. What is the deadline for the Team Leader decision on this contact?", "wd", "2025-12-24", 1, ["fd_contact", "fd_initial"])
R("indirect", "date", "2026-04-02", "A school rang us with worries this afternoon. How long has the team leader got to decide what we're doing with it?", "wd", "rel:today", 1, ["fd_contact", "fd_initial"])
R("typos", "date", "2027-05-28", "contcat came thru on fri 28/5 when does TL have to make desicion", "wd", "2027-05-28", 1, ["fd_contact", "fd_initial"])
R("newstarter", "date", "2025-08-22", "Hi, sorry if this is basic - a referral came in to us today. By when does a social worker need to action it?", "wd", "rel:today", 1, ["referral"])
R("manager", "date", "2026-01-05", "Referral received 31/12/25, SW actioned it 02/01/26. In timescale?", "wd", "2025-12-31", 1, ["referral"])
R("indirect", "date", "2026-12-23", "new worry came in from the health visitor on 24th Dec. when do we need the first decision on what action to take?", "wd", "2026-12-24", 1, ["fd_initial", "fd_contact"])
R("scenario", "date", "2025-04-17", "Strategy discussion was 16/04/25 and we initiated the Section 47 on 17/04/25. Child seen same day. Her ICPC is not booked yet. When do I need the progress discussion with my manager?", "d", "2025-04-17", 5, ["s47_5"])
R("indirect", "date", "2026-03-30", "We started the child protection enquiry yesterday. When do I have to sit down with my manager to go over how it's going?", "d", "rel:yesterday", 5, ["s47_5"])
R("manager", "date", "2027-01-08", "S47 started 28/12/26, SW/TL progress discussion recorded 04/01/27 - compliant?", "d", "2026-12-28", 5, ["s47_5"])
R("typos", "date", "2025-12-22", "case needs allocatin for C&F assesment, decision made 22/12 - whats the deadline to allocate", "wd", "2025-12-22", 3, ["alloc"])
R("indirect", "date", "2026-05-01", "Front door has decided this family needs a full assessment (decided today). How quickly does the team leader have to give it to a worker?", "wd", "rel:today", 3, ["alloc"])
R("newstarter", "date", "2027-08-27", "Hello! I've been told a case needs allocating for a Child and Family Assessment - the decision was on 27 August. By when should it be allocated to a social worker?", "wd", "2027-08-27", 3, ["alloc"])
R("scenario", "date", "2026-03-20", "Referral from school on 18/03/26, allocated to me and I started the C&FA today, 20/03/26. Sibling is 4 (DOB 20/03/2022 - it's his birthday!). When does my TL need to review the assessment?", "wd", "2026-03-20", 15, ["tl15"], "The standard does not name the start event; counted from the assessment start, a reader might count from the referral.")
R("indirect", "date", "2025-12-15", "When does my team leader have to look over the assessment I started on 15 Dec?", "wd", "2025-12-15", 15, ["tl15"])
R("manager", "date", "2027-04-07", "Assessment commenced 15/03/27, TL review recorded 06/04/27. Within timescale?", "wd", "2027-03-15", 15, ["tl15"])
R("scenario", "date", "2025-11-10", "Family were open to Early Help until 31/10/25. After a new referral, the Child and Family Assessment began on 10/11/25 and there is a CIN meeting pencilled for 01/12. What is the completion deadline for the assessment?", "d", "2025-11-10", 45, ["a45"])
R("typos", "date", "2026-02-20", "assesment started 20.2.26 when has it got to be finished by", "d", "2026-02-20", 45, ["a45"])
R("scenario", "date", "2026-07-14", "Referral came in on 10/07/26 about a 7 year old (DOB 03/03/2019). We started the Child and Family Assessment today (14/07/26) after the strat. When must it be completed?", "d", "2026-07-14", 45, ["a45"], "The standard says 45 days without naming the start; counted from the assessment start, from the referral date (10/07/26) it would be 2026-08-24.")
R("indirect", "date", "2027-06-01", "The big assessment of the family's needs - I opened it on 1 June. What's the absolute last day to get it done?", "d", "2027-06-01", 45, ["a45"])
R("manager", "date", "2025-04-22", "C&FA authorised 17/04/25, opened 03/03/25. Over the 45 days?", "d", "2025-03-03", 45, ["a45"])
R("scenario", "date", "2026-12-24", "Police shared a DV incident from 22/12 this morning and at 11am today (24/12) my manager decided a strategy discussion is needed. Half the agencies are off over Christmas. What's the deadline?", "wd", "2026-12-24", 1, ["strat1", "strat24"], "The S47 section says 'within 24 hours', which would give 25/12.")
R("indirect", "date", "2025-04-17", "Manager has just said we need to get all the agencies together to talk about whether this needs a child protection enquiry. Latest day for that?", "wd", "rel:today", 1, ["strat1", "strat24"], "The S47 section says 'within 24 hours', which would give 18/04 (a bank holiday).")
R("newstarter", "date", "2027-01-04", "Sorry, quick one - my manager decided on 4/1/27 that a strategy discussion is needed. How long do we have?", "wd", "2027-01-04", 1, ["strat1", "strat24"])
R("indirect", "date", "2026-06-08", "The assessment says this family should go over to a Neighbourhood team for child in need work. If we want the handover on 15 June, what's the last day we can email them to let them know?", "db", "2026-06-15", 5, ["transfer5"])
R("scenario", "date", "2025-12-19", "CFR finished the assessment and it's going to transfer to us at CIN. They emailed us the notification today (19/12/25). The joint visit with the new worker has to happen within the notice period - by what date?", "d", "2025-12-19", 5, ["joint", "transfer5"])
# ---------------------------------------------------------------- S47 / ICPC
R("duty", "date", "2025-12-19", "strat 19/12/25, ICPC by?", "wd", "2025-12-19", 15, ["icpc"])
R("scenario", "date", "2026-03-27", "Strat held 27.3.26 re a 3 year old with a head injury, previous CP plan ended 2023. Conference admin are asking for the last possible date - when must the ICPC be held by?", "wd", "2026-03-27", 15, ["icpc"])
R("typos", "date", "2027-03-22", "strat was on 19th march when does icpc need to be by", "wd", "2027-03-19", 15, ["icpc"])
R("indirect", "date", "2026-04-01", "We had the first multi-agency meeting about the bruising on 1 April. When does the big meeting that decides if there's a protection plan have to happen?", "wd", "2026-04-01", 15, ["icpc"])
R("indirect", "date", "2025-05-02", "The first professionals' discussion about this child was last Friday. By when has the conference with the family got to be held?", "wd", "rel:last:Fri", 15, ["icpc"])
R("scenario", "date", "2026-08-21", "Baby born 01/08/2026, concerns raised by the midwife 18/08. Strategy discussion held 20/08/26 and S47 agreed. When's the latest the ICPC can be?", "wd", "2026-08-20", 15, ["icpc"])
R("newstarter", "date", "2027-12-20", "Hello, I'm new to the CP team. The strategy discussion for my family was held on 20 December 2027. When does the Initial Child Protection Conference need to happen by?", "wd", "2027-12-20", 15, ["icpc"])
R("manager", "date", "2026-01-26", "ICPC was held 20/01, strat 02/01. Was that in timescale?", "wd", "2026-01-02", 15, ["icpc"])
R("manager", "date", "2027-05-13", "Strat 20/04/27 and ICPC 12/05/27. Compliant?", "wd", "2027-04-20", 15, ["icpc"])
R("scenario", "date", "2025-12-30", "Strategy meeting was 23/12/25. Mum's birthday is 2 Jan and the school is shut until 5 Jan so the family want the conference after that. What's the latest date for the ICPC?", "wd", "2025-12-23", 15, ["icpc"])
R("scenario", "date", "2026-03-31", "The strategy discussion was 18/03 and the ICPC has been booked for 08/04/26, just after Easter. My TL is off from 02/04. When does the report have to go to the CP chair?", "wdb", "2026-04-08", 3, ["icpc_chair"])
R("indirect", "date", "2025-12-29", "Conference about whether the child needs a protection plan is on 5 January. When does my report need to be with the person chairing it?", "wdb", "2026-01-05", 3, ["icpc_chair"])
R("typos", "date", "2027-05-04", "icpc is on the 6/5 when do i share report with the famly", "db", "2027-05-06", 3, ["icpc_family"])
R("newstarter", "date", "2026-08-26", "Could someone tell me when I need to share my ICPC report with the parents? Conference is Thursday 3 September 2026.", "db", "2026-09-03", 3, ["icpc_family"])
R("scenario", "date", "2027-12-21", "ICPC booked for 4th January 2028. Dad's solicitor wants the report as early as possible and the chair is on leave 24/12 to 3/1. By when does the report have to reach the chair?", "wdb", "2028-01-04", 3, ["icpc_chair"])
# ---------------------------------------------------------------- CP plans, core groups, visits
R("scenario", "date", "2025-12-22", "ICPC this morning (22/12/25): all three kids on CP plans, review conference set for 16/03/26. School breaks up tomorrow. When is the first core group due?", "d", "2025-12-22", 10, ["cg1"])
R("indirect", "date", "2026-03-26", "Child went on a plan at conference today. When's the first of the smaller working-group meetings where we flesh out the plan?", "d", "rel:today", 10, ["cg1"])
R("typos", "date", "2027-08-23", "icpc was 20th aug, core grp need to be by wen", "d", "2027-08-20", 10, ["cg1"])
R("scenario", "date", "2026-05-15", "ICPC was on 12/05/26 and both children were made subject to CP plans under neglect. Next review conference booked for 11/08. Dad is away until 20/05. When does the first core group have to be?", "d", "2026-05-12", 10, ["cg1"])
R("manager", "date", "2025-04-28", "ICPC 14/04/25, first core group held 25/04/25. In timescale?", "d", "2025-04-14", 10, ["cg1"])
R("newstarter", "date", "2027-03-24", "I went to my first ICPC today (24 March) and the child is now on a plan - when should the first core group be held, please?", "d", "2027-03-24", 10, ["cg1"])
R("duty", "visits", "2025-12-11", "CP visit last done 10/12, next due?", "w", "2025-12-10", 4, ["cpvisit"])
R("typos", "visits", "2026-03-16", "last seen cp child at home 13.3 when next visit due", "w", "2026-03-13", 4, ["cpvisit"])
R("indirect", "visits", "2027-08-02", "I last saw the little one on her own at home on 30 July - she's on a protection plan. How long can I leave it before I have to see her again?", "w", "2027-07-30", 4, ["cpvisit"])
R("scenario", "visits", "2027-01-06", "Child on a CP plan, seen at home 18/12/26. I also saw him at school yesterday (05/01/27) but not at home. When's the statutory visit due?", "w", "2026-12-18", 4, ["cpvisit"])
R("scenario", "visits", "2025-09-03", "Boy on a CP plan since 15/07/25. I saw him at home alone on 04/08/25, and at the core group on 20/08 he was present but not seen at home. When was the next statutory visit due?", "w", "2025-08-04", 4, ["cpvisit"])
R("newstarter", "visits", "2027-12-29", "Hi, how often do children on child protection plans need to be visited? My last visit was on Christmas Eve - when's the next one due?", "w", "2027-12-24", 4, ["cpvisit"])
R("scenario", "date", "2026-06-05", "The review conference is 11/06 - three months on from the ICPC on 11/03. Mum has asked to see the plan update in good time. When must it be shared with the parents?", "db", "2026-06-11", 3, ["rcpc_parents"])
R("indirect", "date", "2027-01-02", "The follow-up conference to check how the protection plan is going is on 6 Jan. When does the chair need my update?", "db", "2027-01-06", 3, ["rcpc_chair"])
R("indirect", "date", "2026-02-10", "She's been on a protection plan since 15/02/25 and things aren't shifting. When does she hit the point where we should hold the professional thinking time meeting?", "m", "2025-02-15", 12, ["cp12"])
R("manager", "date", "2025-02-20", "Plan started 29/02/24. When does it reach 12 months for the thinking-time meeting?", "m", "2024-02-29", 12, ["cp12"])
# ---------------------------------------------------------------- PLO
R("duty", "date", "2026-03-30", "PLO letter dated 30/3/26, first mtg by?", "d", "2026-03-30", 10, ["plo1"])
R("indirect", "date", "2025-12-18", "The letter that starts pre-proceedings went out dated 18 December. When do we need to have the first meeting with the parents and their solicitor?", "d", "2025-12-18", 10, ["plo1"])
R("typos", "date", "2027-04-02", "plo leter dated 2/4/27, 1st plo meeting when", "d", "2027-04-02", 10, ["plo1"])
R("scenario", "date", "2026-05-01", "Legal Gateway on 23/04/26 agreed PLO. The letter before proceedings was dated 28/04/26 and posted out today, 01/05/26. When does the first PLO meeting have to be?", "d", "2026-04-28", 10, ["plo1"])
R("manager", "date", "2025-08-20", "PLO letter dated 06/08/25, first meeting held 18/08/25 - in timescale?", "d", "2025-08-06", 10, ["plo1"])
R("scenario", "date", "2026-12-22", "Legal Gateway was 01/12 and the PLO letter was dated 08/12. At the first PLO meeting today (22/12/26) dad agreed to a family group conference. When does the FGC referral need to be made?", "wd", "2026-12-22", 3, ["fgc"])
R("indirect", "date", "2025-04-16", "We had the first pre-proceedings meeting with mum and her solicitor today. She's agreed to a family meeting to plan with relatives. When must the referral for that go in?", "wd", "rel:today", 3, ["fgc"])
R("newstarter", "date", "2027-05-27", "Hello - at our initial PLO meeting on 27 May the parents named an aunt who might be able to care for the children. When do I need to send the viability assessment request to the Family Placement Team?", "wd", "2027-05-27", 3, ["viab"], "The standard also allows 'immediately following Family Group Conference' if family are identified there.")
R("indirect", "date", "2026-08-27", "Grandparents were put forward at the first PLO meeting on 27/08. How long have I got to ask the family placement people to screen them?", "wd", "2026-08-27", 3, ["viab"])
R("typos", "date", "2025-12-19", "plo meting was 19/12 when do minuts need to go to parents and solictor", "d", "2025-12-19", 7, ["plomin"])
R("indirect", "date", "2027-03-25", "When do the notes from yesterday's pre-proceedings meeting have to be sent to the parents' lawyers?", "d", "rel:yesterday", 7, ["plomin"])
R("manager", "date", "2026-04-14", "PLO meeting 01/04/26, minutes sent 09/04/26. Within timescale?", "d", "2026-04-01", 7, ["plomin"])
R("duty", "visits", "2026-01-13", "last PLO review 12/1, next by latest?", "w", "2026-01-12", 6, ["ploreview"], "The standard says every 4-6 weeks; at the 4-week end it would be 2026-02-09.")
R("newstarter", "visits", "2025-06-03", "How often should PLO review meetings with the parents happen? Our last one was on 2 June 2025 - what's the latest date for the next one?", "w", "2025-06-02", 6, ["ploreview"])
R("indirect", "date", "2026-01-09", "Family went into pre-proceedings with the first meeting on 08/01/26. When's the review meeting our legal team's solicitor attends due?", "w", "2026-01-08", 12, ["plo12"], "The 12 weeks could be counted from the PLO letter rather than the first meeting.")
R("manager", "date", "2027-02-01", "PLO started (initial meeting) 01/02/27. When should the 16-week Legal Gateway be convened?", "w", "2027-02-01", 16, ["plo16"], "The 16 weeks could be counted from the PLO letter rather than the initial meeting.")
R("scenario", "date", "2026-09-15", "At the 12-week review legal planning meeting today (15/09/26) threshold was still met but the family have made some progress, so an exceptional extension was agreed. When does the extra period end?", "w", "2026-09-15", 4, ["plo4"])
# ---------------------------------------------------------------- CIN
R("indirect", "date", "2026-12-09", "The children came off their protection plans at conference on 9 December. When must the first child in need meeting be?", "d", "2026-12-09", 20, ["cin20"])
R("scenario", "date", "2025-03-18", "The ICPC was 10/09/24 and at today's review conference (18/03/25) the children were de-planned to CIN. Mum starts a new job on 01/04. When must the first CIN meeting be?", "d", "2025-03-18", 20, ["cin20"])
R("scenario", "date", "2027-08-25", "Case has transferred to us from Children's First Response today, 25/08/27 (assessment completed 20/08). Child turns 9 on 30/08. When does the initial CIN meeting have to be?", "d", "2027-08-25", 10, ["cin10"], "Start taken as the transfer date; a reader could count from the assessment completion (20/08 -> 2027-08-30).")
R("newstarter", "date", "2026-04-01", "Hi all, I've just been allocated a case which transferred from the Front Door today. When should the first CIN meeting take place?", "d", "rel:today", 10, ["cin10"])
R("duty", "visits", "2025-11-21", "last CIN review 20/11, next?", "w", "2025-11-20", 6, ["cinrev"])
R("typos", "visits", "2026-02-17", "cin reveiw mtg was 16/02 next one due", "w", "2026-02-16", 6, ["cinrev"])
R("indirect", "visits", "2027-11-16", "When's the next get-together with the family and the school to check the child-in-need plan? Last one was 15 Nov.", "w", "2027-11-15", 6, ["cinrev"])
R("indirect", "visits", "2026-07-20", "I last saw him at home on 17 July. He's on a child in need plan. When do I need to see him again?", "w", "2026-07-17", 6, ["cinvisit"])
R("manager", "visits", "2025-10-01", "CIN child seen at home 12/08/25 then 26/09/25. Compliant?", "w", "2025-08-12", 6, ["cinvisit"])
R("scenario", "visits", "2027-04-30", "Girl on a CIN plan. I saw her at school on 20/04/27 and at home on 06/04/27. Her next CIN review is 18/05. When is the next CIN visit due?", "w", "2027-04-06", 6, ["cinvisit"])
R("scenario", "visits", "2025-12-29", "CIN case: saw the child at home on Christmas Eve (24/12/25), and at a family centre on 29/12. Last CIN review was 10/12. When is the next CIN visit due?", "w", "2025-12-24", 6, ["cinvisit"])
# ---------------------------------------------------------------- Children in care
R("indirect", "date", "2026-12-21", "Kids were taken into care in an emergency yesterday. When does the assessment of their needs have to be done?", "wd", "rel:yesterday", 20, ["emerg"])
R("scenario", "date", "2025-04-14", "Girl (DOB 14/04/2011, 14 today) was brought into care in an unplanned admission on 14/04/25 after a placement with her dad broke down on 12/04. When does her assessment have to be completed?", "wd", "2025-04-14", 20, ["emerg"])
R("manager", "date", "2027-06-01", "Emergency admission 30/04/27; assessment completed 28/05/27. In time?", "wd", "2027-04-30", 20, ["emerg"])
R("duty", "date", "2025-12-24", "child placed 24/12 pm, visit by?", "wd", "2025-12-24", 1, ["lacvisit1", "lacseen1"])
R("indirect", "date", "2026-04-02", "Young man moved to a new foster home today. How quickly do I need to go out and see him there?", "wd", "rel:today", 1, ["lacvisit1", "lacseen1"])
R("typos", "date", "2027-08-27", "placemnt changed fri 27/8 when do i have to visit", "wd", "2027-08-27", 1, ["lacvisit1", "lacseen1"])
R("scenario", "date", "2026-05-01", "Planning meeting was 28/04 and the child was placed with carers on 01/05/26. The carers go on holiday 10/05. When does the placement meeting have to be held?", "wd", "2026-05-01", 3, ["plmeet"])
R("indirect", "date", "2025-12-23", "New placement started today. When do we need to get together with the carers to agree delegated authority and share more info?", "wd", "rel:today", 3, ["plmeet"])
R("newstarter", "date", "2027-03-24", "Sorry if this is obvious: a child was placed with foster carers on 24/03/27. When should the placement meeting be held?", "wd", "2027-03-24", 3, ["plmeet"])
R("indirect", "date", "2026-08-26", "Placement began 26/08. When do the carers need to have the updated copy of the plan for the child's care in their home?", "wd", "2026-08-26", 5, ["plcopy"])
R("manager", "date", "2025-04-28", "Placement started 15/04/25, updated placement plan to carers 24/04/25 - compliant?", "wd", "2025-04-15", 5, ["plcopy"])
R("indirect", "visits", "2026-02-03", "The arrangements for the children to see mum and dad were last looked at on 2 Feb. Permanence plan not agreed yet. When must they be looked at again?", "w", "2026-02-02", 8, ["famtime"])
R("typos", "visits", "2027-10-06", "family time arrangments reviewd 5/10 next reveiw by", "w", "2027-10-05", 8, ["famtime"])
R("indirect", "date", "2025-12-12", "Child came into care on 12 December. When does she need to be given the welcome pack and the leaflet about her rights?", "w", "2025-12-12", 3, ["pack"])
R("newstarter", "date", "2026-03-17", "Hello, a child I work with became looked after on 16/03/26. By when should they receive their coming into care pack?", "w", "2026-03-16", 3, ["pack"])
R("scenario", "date", "2026-12-22", "Interim care order granted 21/12 at court, but he actually became looked after on 22/12/26 when he was placed. School, GP and CAMHS all need to be told. What's the deadline for telling them his legal status?", "wd", "2026-12-22", 5, ["legal5"])
R("indirect", "date", "2025-05-01", "Child became looked after today. Latest date to let the school, GP and others know what their legal position is?", "wd", "rel:today", 5, ["legal5"])
R("duty", "date", "2027-12-17", "LAC from 17/12/27, IHA by?", "wd", "2027-12-17", 20, ["iha"])
R("indirect", "date", "2026-03-23", "When does the first health check need to be done for a child who came into care on 23/03/26?", "wd", "2026-03-23", 20, ["iha"])
R("scenario", "date", "2025-08-18", "Sibling group of three came into care on 15/08/25 (youngest DOB 02/02/2023). The health assessment request went in today, 18/08. When does the initial health assessment need to be carried out?", "wd", "2025-08-15", 20, ["iha"], "Start taken as the date they became looked after; a reader could count from the request date 18/08.")
R("indirect", "date", "2026-07-21", "She started being looked after on 20 July; when's the meeting at school about her education plan due?", "d", "2026-07-20", 20, ["pep"], "The standard gives 20 days without naming the start event; counted from coming into care.")
R("typos", "date", "2025-12-10", "kid came into care 10/12/25 pep meting by when", "d", "2025-12-10", 20, ["pep"])
R("duty", "visits", "2026-12-23", "LAC visit 23/12, 1st review not held yet, next visit?", "w", "2026-12-23", 1, ["lacweekly"])
R("indirect", "visits", "2027-05-27", "He's had his first review and is still waiting on a permanence plan. I last saw him on 26 May - when's the next one of my required visits?", "w", "2027-05-26", 6, ["lac6"])
R("scenario", "visits", "2026-09-02", "YP has been in her long-term foster placement since 2024 (over 12 months), settled, permanence plan finalised, and we've moved her to 12-weekly. Last statutory visit 01/09/26. Her birthday is 14/10. When's her next visit due?", "w", "2026-09-01", 12, ["lac12"])
R("manager", "visits", "2025-04-28", "LAC child placed 10/04/25, first review 06/05/25. Visits 14/04 and 22/04. Was 22/04 on time?", "w", "2025-04-14", 1, ["lacweekly"])
R("typos", "visits", "2026-01-05", "lac visit last 22/12/25 (had 1st review) next due", "w", "2025-12-22", 6, ["lac6"])
R("indirect", "date", "2025-12-22", "Placed last Monday. When does the care plan have to be on the system?", "d", "rel:last:Mon", 10, ["careplan"])
R("duty", "date", "2027-03-26", "placed 26/3/27 care plan on LCS by?", "d", "2027-03-26", 10, ["careplan"])
R("duty", "date", "2025-12-01", "LAC from 01/12/25 - initial LAC review by?", "wd", "2025-12-01", 20, ["lacrev"])
R("indirect", "date", "2026-04-01", "Child became looked after on 01/04/26. By when must the first meeting with the reviewing officer to look at her care plan happen?", "wd", "2026-04-01", 20, ["lacrev"])
R("typos", "date", "2027-05-04", "became lac on 3rd may when is 1st reveiw", "wd", "2027-05-03", 20, ["lacrev"])
R("scenario", "date", "2026-12-18", "Twins (DOB 05/06/2020) were accommodated under s20 today (18/12/26) after mum's arrest on 16/12. Care planning meeting set for 22/12. When does the initial LAC review have to be held?", "wd", "2026-12-18", 20, ["lacrev"])
R("scenario", "date", "2025-07-08", "Two brothers (DOBs 11/01/2016 and 09/09/2019) came into care on 07/07/25; their placement meeting was 09/07. The IRO wants to book the initial LAC review - what is the latest date?", "wd", "2025-07-07", 20, ["lacrev"])
R("scenario", "date", "2026-06-10", "His last LAC review was 15/12/25 and the next one is on 15/06. I'm on a course on 11/06. When does my written report need to be with the IRO?", "db", "2026-06-15", 3, ["iroreport"])
R("indirect", "date", "2027-01-04", "The reviewing officer's meeting for my looked-after child is on 7 January. When does my written report need to be with them?", "db", "2027-01-07", 3, ["iroreport"])
# ---------------------------------------------------------------- IRO
R("indirect", "date", "2026-03-31", "The reviewing officer raised a concern with me informally about drift today. If it's not sorted, when does it become a formal dispute?", "wd", "rel:today", 5, ["iro5"])
R("manager", "date", "2025-12-08", "IRO formal dispute raised 08/12/25. When must the dispute resolution be finished?", "wd", "2025-12-08", 20, ["iro20"])
R("newstarter", "date", "2027-12-20", "Hi, the IRO informally challenged me today about drift in the care plan. How long do I have to resolve it before it goes formal?", "wd", "rel:today", 5, ["iro5"])
R("indirect", "date", "2026-05-21", "The reviewing officer's complaint about our care planning went formal on 21 May. By when must the whole process be finished?", "wd", "2026-05-21", 20, ["iro20"])
# ---------------------------------------------------------------- Adoption
R("indirect", "visits", "2026-06-01", "Little one moved in with the adopters; I last visited on 29 May and the first review hasn't happened yet. When's the next visit?", "w", "2026-05-29", 1, ["adoptweekly"])
R("typos", "visits", "2027-09-13", "adoptive placment, had 1st LAC review, last visit 10/9 next due", "w", "2027-09-10", 6, ["adopt6w"])
R("indirect", "date", "2026-02-17", "Placed with adopters on 16/02/26. When can they put in the application to court to make it final?", "w", "2026-02-16", 10, ["adopt10"])
R("scenario", "date", "2025-10-21", "Matched at panel 02/10/25, introductions started 13/10/25 and the child moved in with the adopters on 20/10/25. When is the earliest the adopters can apply for an Adoption Order?", "w", "2025-10-20", 10, ["adopt10"])
# ---------------------------------------------------------------- Fostering
R("duty", "visits", "2025-12-31", "SSW visit to FC 30/12, next by?", "w", "2025-12-30", 6, ["fcvisit"])
R("indirect", "visits", "2027-03-29", "I'm a supervising social worker. I last visited one of my foster families on 26 March. When must I see them again?", "w", "2027-03-26", 6, ["fcvisit"])
R("scenario", "date", "2026-04-02", "I'm the SSW. I visited the carers today (2/4) - their annual review is 20/04 and their last unannounced visit was 10/01. When does the visit record need to be on LCS?", "wd", "2026-04-02", 3, ["fcrecord"])
R("typos", "date", "2025-05-24", "visited foster carers fri 23/5 when does reccord need to be on lcs", "wd", "2025-05-23", 3, ["fcrecord"])
R("indirect", "visits", "2026-01-05", "The last time we dropped in on the foster carers without warning was 14 January 2025. When's the next surprise visit due?", "m", "2025-01-14", 12, ["fcunann"])
R("newstarter", "date", "2026-05-20", "Hello, the foster carers I support had their annual review on 30 June 2025. When is the next one due?", "m", "2025-06-30", 12, ["fcannual"])
R("manager", "date", "2027-01-12", "Foster carer's last review presented to Fostering Panel 10/02/2024. When must the next panel-presented review be?", "m", "2024-02-10", 36, ["fcpanel"], "If the carer has since had a complaint or allegation the next review must go to panel regardless.")
R("indirect", "date", "2025-10-01", "Carer's DBS, medical and references were last updated 03/11/22. When do they have to be redone?", "m", "2022-11-03", 36, ["fcdbs"])
R("typos", "date", "2026-09-14", "fc core trainig last done 29/02/24 when does it need updating", "m", "2024-02-29", 36, ["fctrain"])
R("indirect", "date", "2026-12-23", "The Strategic Lead agreed today that we can place a child with carers even though it's outside what they're approved for. How long does that permission last?", "wd", "rel:today", 6, ["variation"])
R("scenario", "date", "2025-04-17", "Carers are approved for two children aged 0-10 and we need to place a 12 year old with them. The Strategic Lead agreed the variation of terms of approval on 17/4. When does that permission run out?", "wd", "2025-04-17", 6, ["variation"])
R("scenario", "date", "2026-03-06", "Nan was given temporary approval as a connected carer today (06/03/26) and the grandchild moved in the same day. The full assessment is due to panel in June. When does the temporary approval run out if not extended?", "w", "2026-03-06", 16, ["temp16"])
R("manager", "date", "2025-09-01", "Connected person temp approval from 05/05/25, extended by the maximum. Final date?", "w", "2025-05-05", 24, ["temp16"])
# ---------------------------------------------------------------- Recording, summaries, assessments
R("indirect", "date", "2025-12-23", "Did a home visit today. What's the latest I can get it written up?", "d", "rel:today", 3, ["rec3"])
R("scenario", "date", "2027-05-28", "Had a long phone call with grandma on 28/5 about contact arrangements; the home visit was on 21/5 and already written up. When does the phone call need recording by?", "d", "2027-05-28", 3, ["rec3"])
R("manager", "date", "2026-04-15", "Case summary last updated 31/12/25. When did it go out of date?", "m", "2025-12-31", 3, ["summary"])
R("indirect", "date", "2025-08-11", "The short overview at the front of the child's file was last refreshed on 30 May. When does it need doing again?", "m", "2025-05-30", 3, ["summary"])
R("typos", "date", "2026-11-02", "last assesment authorised 16/11/25 when is new one due", "m", "2025-11-16", 12, ["assess12"])
R("newstarter", "date", "2027-01-11", "Hello - my child's last assessment was authorised on 15 January 2026. When does it stop being up to date?", "m", "2026-01-15", 12, ["assess12"])
# ---------------------------------------------------------------- Ages
R("scenario", "age", "2026-03-10", "Young person came into care in 2024, DOB 12/09/2010. Her IRO asked when we need to start the pathway plan. What date is that?", "age", "2010-09-12", (15, 6), ["pathway"])
R("indirect", "age", "2025-06-02", "He was born on 04/08/2010. When do we need to start the plan for him leaving care?", "age", "2010-08-04", (15, 6), ["pathway"])
R("newstarter", "age", "2027-01-20", "Hi, when should I start a pathway plan for a young woman born on 29/02/2012?", "age", "2012-02-29", (15, 6), ["pathway"])
R("duty", "age", "2025-12-01", "YP DOB 03/06/2010 pathway plan start date?", "age", "2010-06-03", (15, 6), ["pathway"])
R("indirect", "age", "2026-02-20", "She was born 19/03/2014. From when should we offer her someone to help her take part in her conferences?", "age", "2014-03-19", (12, 0), ["advocate"])
R("scenario", "age", "2027-04-30", "ICPC is 14/05/27. Eldest sibling DOB 10/05/2015, younger one 02/02/2018. When does the eldest reach the age where she should be offered an advocate?", "age", "2015-05-10", (12, 0), ["advocate"])
R("indirect", "age", "2025-09-01", "Little brother was born 29/02/2020. From what date is he too old to automatically get an adoption worker and family finder if he goes into PLO?", "age", "2020-02-29", (6, 0), ["adopt6"], "Some count a 29 Feb birthday as 28 Feb in non-leap years (2026-02-28).")
R("manager", "age", "2026-06-15", "Child DOB 28/06/2020 entered PLO 22/06/26. Adoption SW allocation needed? When does he turn 6?", "age", "2020-06-28", (6, 0), ["adopt6"])
# ---------------------------------------------------------------- Choice
R("duty", "choice", "2026-03-30", "1st PLO mtg 30/3/26, what's next due?", "choice", [("wd", "2026-03-30", 3), ("d", "2026-03-30", 7)], None, ["fgc", "viab", "plomin"])
R("indirect", "choice", "2025-12-15", "Conference report - the conference is on Monday 22 December. When does it need to go out?", "choice", [("db", "2025-12-22", 3), ("wdb", "2025-12-22", 3)], None, ["icpc_family", "icpc_chair"])
R("newstarter", "choice", "2026-08-24", "Hello, I've been given a new child in need case today. When does the first CIN meeting need to be?", "choice", [("d", "rel:today", 10), ("d", "rel:today", 20)], None, ["cin10", "cin20"])
R("typos", "choice", "2027-01-08", "lac kid, last visit 8/1/27 when is next visit due", "choice", [("w", "2027-01-08", 1), ("w", "2027-01-08", 6)], None, ["lacweekly", "lac6"])
R("indirect", "choice", "2026-05-22", "I visited the foster carers today. When does the write-up have to be on the system?", "choice", [("d", "rel:today", 3), ("wd", "rel:today", 3)], None, ["rec3", "fcrecord"])
R("manager", "choice", "2025-06-02", "Connected carer temp approval from 02/06/25 - when does it expire?", "choice", [("w", "2025-06-02", 16), ("w", "2025-06-02", 24)], None, ["temp16"])
R("duty", "choice", "2027-04-26", "icpc 26/4/27 plan made, whats next due?", "choice", [("d", "2027-04-26", 10), ("w", "2027-04-26", 4)], None, ["cg1", "cpvisit"])
R("scenario", "choice", "2026-12-22", "Mum has agreed to s20 and the child's coming into care with foster carers tomorrow. Nan is being looked at as a connected carer. When's the first meeting we need to hold?", "choice", [("wd", "rel:tomorrow", 3), ("wd", "rel:tomorrow", 20)], None, ["plmeet", "lacrev"])
# ---------------------------------------------------------------- None
R("duty", "none", "2026-03-04", "ICPC 03/03/26, RCPC due when?", "none", None, None, ["nextconf"])
R("indirect", "none", "2025-11-13", "First review for my looked after child was 12/11/25. When is the second review due?", "none", None, None, ["second", "newlac"])
R("newstarter", "none", "2026-09-08", "How often should I be getting supervision? My last one was 7 September - when's the next one due?", "none", None, None, ["supervision"])
R("scenario", "none", "2027-02-16", "Care proceedings were issued 15/02/27 for two siblings (DOB 01/01/2019 and 12/12/2021). By what date should the proceedings conclude?", "none", None, None, ["swet"])
R("typos", "none", "2025-10-07", "child went misisng and came back 6/10 when does return home interview need doing", "none", None, None, ["missing"])
R("manager", "none", "2026-05-12", "Placement order granted 11/05/26. When must the Later Life Letter be done?", "none", None, None, ["lifestory"])
R("indirect", "none", "2027-06-22", "The final care planning meeting agreed adoption yesterday. What's the deadline for the meeting with the decision maker about placing for adoption?", "none", None, None, ["shopba"])
R("duty", "none", "2025-12-16", "PEP last reviewed 15/12/25, next PEP due?", "none", None, None, ["pepterm"], "'At least 1 per term' sets no date; a reader might answer 'by the end of the spring term'.")
R("newstarter", "none", "2026-10-20", "Hello, after a strategy discussion on 19/10/26 (decided no S47), when do the minutes need to be sent out?", "none", None, None, ["stratrec"])


# ---------------------------------------------------------------- build + checks
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def resolve(start, today):
    if not isinstance(start, str) or not start.startswith("rel:"):
        return D(start)
    parts = start.split(":")
    if parts[1] == "today":
        return today
    if parts[1] == "yesterday":
        return today - dt.timedelta(1)
    if parts[1] == "tomorrow":
        return today + dt.timedelta(1)
    if parts[1] == "last":  # most recent such weekday strictly before today
        want = DOW.index(parts[2])
        x = today - dt.timedelta(1)
        while x.weekday() != want:
            x -= dt.timedelta(1)
        return x
    raise ValueError(start)


def build():
    out = []
    for r in ROWS:
        today = D(r["today"])
        row = {"q": r["q"], "today": r["today"]}
        if r["kind"] == "none":
            due, count = None, "The standards set no timescale for this; due is null."
        elif r["kind"] == "choice":
            res = [compute(op, resolve(st, today), n) for op, st, n in r["start"]]
            due = min(x for x, _ in res)
            count = "Option A: " + res[0][1] + " | Option B: " + res[1][1] + f" | earlier = {due.isoformat()}"
        else:
            st = resolve(r["start"], today)
            due, count = compute(r["op"], st, r["n"])
            if isinstance(r["start"], str) and r["start"].startswith("rel:"):
                count = f"'{r['start'][4:]}' read against today {fmt(today)} = {st.isoformat()}; " + count
        row["due"] = due.isoformat() if due else None
        row["expect_any"] = [P[k] for k in r["keys"]]
        row["count"] = count
        row["voice"] = r["voice"]
        row["kind"] = r["kind"]
        if r["amb"]:
            row["ambiguous"] = r["amb"]
        out.append(row)
    return out


def check(rows):
    src = open(SOURCE, encoding="utf-8").read()
    ok = True
    for i, r in enumerate(rows, 1):
        for ph in r["expect_any"]:
            if ph not in src:
                print(f"row {i}: phrase not in source: {ph!r}")
                ok = False
            if len(ph.split()) < 6:
                print(f"row {i}: phrase shorter than 6 words: {ph!r}")
                ok = False
        if r["kind"] != "none" and r["due"] is None:
            print(f"row {i}: missing due")
            ok = False
        if r["kind"] != "none" and r["due"] and r["kind"] not in ("age",):
            pass
    qs = Counter(r["q"] for r in rows)
    for q, c in qs.items():
        if c > 1:
            print("duplicate q:", q)
            ok = False
    print("rows:", len(rows))
    print("kinds:", dict(Counter(r["kind"] for r in rows)))
    print("voices:", dict(Counter(r["voice"] for r in rows)))
    return ok


if __name__ == "__main__":
    rows = build()
    ok = check(rows)
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-parse every line
    with open(path, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    assert back == rows
    # re-derive every due independently of the written file
    assert [r["due"] for r in build()] == [r["due"] for r in back]
    print("OK" if ok else "PROBLEMS")
    sys.exit(0 if ok else 1)
