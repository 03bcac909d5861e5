#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (round 48).
Standard library only. Computes `due` and `count` for every row from a structured spec,
writes questions.jsonl next to this file and runs the checks asked for in the brief."""
import datetime as dt, json, os, sys, collections

D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

# England and Wales bank holidays 2024-2028, typed by hand (substitute days included).
BANK_HOLIDAYS = {
    # 2024
    D(2024,1,1), D(2024,3,29), D(2024,4,1), D(2024,5,6), D(2024,5,27), D(2024,8,26), D(2024,12,25), D(2024,12,26),
    # 2025
    D(2025,1,1), D(2025,4,18), D(2025,4,21), D(2025,5,5), D(2025,5,26), D(2025,8,25), D(2025,12,25), D(2025,12,26),
    # 2026 (Boxing Day Sat -> Mon 28)
    D(2026,1,1), D(2026,4,3), D(2026,4,6), D(2026,5,4), D(2026,5,25), D(2026,8,31), D(2026,12,25), D(2026,12,28),
    # 2027 (Christmas Sat -> Mon 27, Boxing Day Sun -> Tue 28)
    D(2027,1,1), D(2027,3,26), D(2027,3,29), D(2027,5,3), D(2027,5,31), D(2027,8,30), D(2027,12,27), D(2027,12,28),
    # 2028 (New Year Sat -> Mon 3)
    D(2028,1,3), D(2028,4,14), D(2028,4,17), D(2028,5,1), D(2028,5,29), D(2028,8,28), D(2028,12,25), D(2028,12,26),
}

def _easter(y):  # anonymous Gregorian algorithm, used only to cross-check the typed list
    a=y%19; b=y//100; c=y%100; d=b//4; e=b%4; f=(b+8)//25; g=(b-f+1)//3; h=(19*a+b-d-g+15)%30
    i=c//4; k=c%4; l=(32+2*e+2*i-h-k)%7; m=(a+11*h+22*l)//451; mo=(h+l-7*m+114)//31; dy=(h+l-7*m+114)%31+1
    return D(y,mo,dy)

def _check_bank_holidays():
    for y in range(2024, 2029):
        got = sorted(d for d in BANK_HOLIDAYS if d.year == y)
        assert len(got) == 8, (y, got)
        e = _easter(y)
        assert e - dt.timedelta(2) in got and e + dt.timedelta(1) in got, y
        first_may = min(D(y,5,d) for d in range(1,8) if D(y,5,d).weekday()==0)
        last_may = max(D(y,5,d) for d in range(25,32) if D(y,5,d).weekday()==0)
        last_aug = max(D(y,8,d) for d in range(25,32) if D(y,8,d).weekday()==0)
        assert {first_may,last_may,last_aug} <= set(got), y
        for d in got: assert d.weekday() < 5, d

def is_wd(d): return d.weekday() < 5 and d not in BANK_HOLIDAYS
def fmt(d): return f"{d.isoformat()} ({DOW[d.weekday()]})"

def add_wd(start, n):
    d, k, skipped = start, 0, []
    while k < n:
        d += dt.timedelta(1)
        if is_wd(d): k += 1
        elif d in BANK_HOLIDAYS: skipped.append(d)
    return d, skipped

def sub_wd(start, n):
    d, k, skipped = start, 0, []
    while k < n:
        d -= dt.timedelta(1)
        if is_wd(d): k += 1
        elif d in BANK_HOLIDAYS: skipped.append(d)
    return d, skipped

def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12); y += d.year; m += 1
    last = (D(y + m // 12, m % 12 + 1, 1) - dt.timedelta(1)).day
    return D(y, m, min(d.day, last)), d.day > last

def resolve(s, today):
    """ISO date, or a relative token read against today."""
    if not s.startswith("@"): return D.fromisoformat(s)
    t = s[1:]
    if t == "today": return today
    if t == "yesterday": return today - dt.timedelta(1)
    if t == "tomorrow": return today + dt.timedelta(1)
    if t.startswith("last"):  # most recent such weekday strictly before today
        w = DOW.index(t[4:]); d = today - dt.timedelta(1)
        while d.weekday() != w: d -= dt.timedelta(1)
        return d
    if t.startswith("next"):
        w = DOW.index(t[4:]); d = today + dt.timedelta(1)
        while d.weekday() != w: d += dt.timedelta(1)
        return d
    raise ValueError(s)

def calc(spec, today):
    """spec = (rule, start, n[, extra]); returns (due, count text)."""
    rule, start = spec[0], resolve(spec[1], today)
    rel = "" if not spec[1].startswith("@") else f" ('{spec[1][1:]}' read against today {today.isoformat()})"
    if rule == "wd":
        n = spec[2]; due, sk = add_wd(start, n)
        note = " (event on a non-working day; counting from it)" if not is_wd(start) else ""
        txt = f"{n} working day{'s' if n>1 else ''} after {fmt(start)}{rel}{note} -> {fmt(due)}"
        if sk: txt += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
        return due, txt
    if rule == "wdb":
        n = spec[2]; due, sk = sub_wd(start, n)
        txt = f"{n} working days before {fmt(start)}{rel} -> {fmt(due)}"
        if sk: txt += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
        return due, txt
    if rule == "cd":
        n = spec[2]; due = start + dt.timedelta(n)
        txt = f"{n} calendar days after {fmt(start)}{rel} -> {fmt(due)}"
        if due in BANK_HOLIDAYS: txt += " (falls on a bank holiday; not moved)"
        return due, txt
    if rule == "cdb":
        n = spec[2]; due = start - dt.timedelta(n)
        return due, f"{n} calendar days before {fmt(start)}{rel} -> {fmt(due)}"
    if rule == "wk":
        n = spec[2]; due = start + dt.timedelta(7 * n)
        return due, f"{n} week{'s' if n>1 else ''} ({7*n} days) after {fmt(start)}{rel} -> {fmt(due)}"
    if rule == "mo":
        n = spec[2]; due, clipped = add_months(start, n)
        txt = f"{n} months after {fmt(start)}{rel} -> {fmt(due)}"
        if clipped: txt += " (no such day in that month; last day of month used)"
        return due, txt
    if rule == "same":
        return start, f"same day as {fmt(start)}{rel} -> {fmt(start)}"
    if rule == "age":
        yrs, mos = spec[2], (spec[3] if len(spec) > 3 else 0)
        if start.month == 2 and start.day == 29 and mos == 0:
            y = start.year + yrs
            leap = (y % 4 == 0 and y % 100 != 0) or y % 400 == 0
            due = D(y, 2, 29) if leap else D(y, 3, 1)
            txt = f"DOB {fmt(start)}; age {yrs} on {fmt(due)}"
            if not leap: txt += f" (29 Feb birthday, {y} is not a leap year: 1 March used)"
            return due, txt
        due, clipped = add_months(start, 12 * yrs + mos)
        txt = f"DOB {fmt(start)}; age {yrs}y{(' %dm' % mos) if mos else ''} on {fmt(due)}"
        if clipped: txt += " (no such day in that month; last day of month used)"
        return due, txt
    raise ValueError(rule)

# Verbatim phrases from the source (checked below).
P = {
 "FD": "decisions made by what action are required by a Team Leader within 1 working day",
 "INIT": "Initial decisions will be made about the action required within 1 working day",
 "REF": "Referrals will be actioned by a social worker within 1 working day",
 "S47SAME": "the child / children will be seen by the Social Worker the same day",
 "S47_5": "Within 5 days of the Section 47 being initiated",
 "ALLOC": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 "TLREV": "All assessments will be reviewed by the Team Leader within 15 working days",
 "A45": "Assessments must all be completed within 45 days",
 "STRAT": "this must happen within 1 working day and should be chaired by a social work manager",
 "STRAT24": "A strategy discussion within 24 hours involving all relevant agencies",
 "NOTICE": "the Neighbourhood Team via email, giving at least 5 days’ notice",
 "ICPC": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 "ICPCFAM": "The report will be shared with family at least 3 the days prior to conference",
 "ICPCCHAIR": "The report will be sent to the child protection chair 3 working days before the conference",
 "CG": "The first core group must be  held within 10 days of the conference",
 "CPV": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 "CPHOME": "A statutory CP visit must not be recorded on the child’s file unless the child was seen at home",
 "RCPCPAR": "This report must be shared with parents at least 3 days prior to the review conference",
 "RCPCCHAIR": "The report will be available to the conference chair at least 3 days prior to the review conference",
 "PTT": "when they have been subject to a plan for 12 months",
 "PLO1": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 "FGC": "Referral should be made within 3 working days of the first PLO meeting",
 "VIA": "Family Placement Team within 3 working days of the initial PLO meeting",
 "PLOMIN": "distributed to parents and their legal representation within 7 days of the meeting",
 "PLOREV": "Review PLO meetings with parents to be held every 4-6 weeks",
 "PLO12": "A review legal planning meeting will be held at 12 weeks",
 "PLO16": "a Legal Gateway meeting will be convened at 16 weeks with Strategic Lead oversight",
 "PLOEXT": "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
 "CIN20": "will set the first CIN meeting within 20 days",
 "CIN10": "the initial CIN meeting must take place within 10 days",
 "CINREV": "CIN review meetings will be held at least every 6 weeks",
 "CINV": "A child subject to a CIN plan will be seen at least every 6 weeks",
 "CICASS": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 "CICV1": "The child will be visited within 1 working day of coming into care or having a change in placement",
 "CICV1B": "All looked after children will be seen within 1 working day of placement",
 "PLMT": "The placement meeting will be held within 3 working days",
 "PLPLAN": "an updated copy given to the carers within 5 working days of the placement beginning",
 "FT": "reviewed at least every 8 week until the plan for permanence is agreed",
 "PACK": "coming into care pack, children rights leaflet within 3 weeks",
 "LEGAL5": "informed of the child’s legal status within 5 working days",
 "IHA": "An initial health assessment will be requested and carried out within 20 working days",
 "PEP": "A PEP meeting will be arranged within the school within 20 days",
 "LACWK": "Statutory looked after visits must happen weekly until the first looked after review",
 "LAC6": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 "LAC12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement and been there for over 12 months",
 "CP10": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 "LACR1": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 "PATH": "A pathway plan will be started when the young person is 15 years 6 months",
 "IROREP": "this will be with the IRO 3 days before the review",
 "IRO5": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 "IRO20": "should be completed from start to finish within 20 working days",
 "ADOPT6": "If a child under the age of 6 enters PLO or proceedings",
 "ADWK": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 "AD6": "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 "AD10": "Once the children have been in placement with the adopter for 10 weeks",
 "FCV": "Trafford foster carers are visited at least once every six weeks",
 "FCREC": "a record of this visit is recorded on LCS within 3 working days",
 "FCUN": "will have an unannounced visit at least once every 12 months",
 "FCANN": "All Trafford foster carers will have an annual review",
 "FCPANEL": "an annual review presented to the Fostering Panel at least every three years",
 "FCDBS": "updated statutory references, medicals and DBS checks at least every three years",
 "FCTRAIN": "must update their core training at least every three years",
 "VAR": "This can only be given for up to 6 working days",
 "TEMP16": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 "REC3": "any event or contact is recorded within 3 days",
 "SUMM": "case file summary which has been updated within the last 3 months",
 "ASS12": "An up to date assessment (within the last 12 months) on each child",
 "ADV12": "if they are 12 or over they should be offered an advocate",
 # phrases for `none` rows: the nearest sentence, which sets no timescale
 "N_LAC2": "At the point of the second review (if not in proceedings) the child must have a permanency plan",
 "N_RCPC": "The child protection chair will set the date of the next conference",
 "N_CG": "the targets agreed and outcomes expected are reviewed at every core group",
 "N_SUP": "supervision which takes place in line with the supervision policy",
 "N_ANNEXA": "The Social Worker will complete the Annex A suitability report for Court",
 "N_SHOPBA": "Parents will be sent a letter detailing the outcome of the SHOPBA signed by the ADM",
 "N_LIFE": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
 "N_IRO": "The IRO will contact the child between reviews to ensure the progress of the plan",
 "N_FF": "a referral should be made to Family Focus by emailing the team",
 "N_MISS": "The risk of going missing and child sexual exploitation will be considered and risk assessed",
}

# ---- row specs ----
# (voice, kind, today, q, spec, phrase keys[, ambiguous])
ROWS = [
# ---------------- Front door / referrals ----------------
("duty","date","2025-12-24","contact in 24/12 re 3 kids, TL decision needed by?",("wd","2025-12-24",1),["FD"]),
("typos","date","2026-04-02","contact came in thurs 2.4.26 when does tl have to decide by",("wd","2026-04-02",1),["FD"]),
("scenario","date","2027-05-04","School rang the front door on Friday 30th April about bruising to a 7 year old (DOB 12/03/2020). The contact was logged the same day and mum was spoken to on the Saturday. When does the Team Leader decision have to be made by?",("wd","2027-04-30",1),["FD","INIT"]),
("indirect","date","2026-08-28","new contact into the front door today, how long has the manager got to say what we're doing with it?",("wd","@today",1),["FD","INIT"]),
("newstarter","date","2025-05-02","Hi, sorry if this is a silly question - a referral came in to our team this afternoon (Friday 2nd May). By when does a social worker need to action it?",("wd","2025-05-02",1),["REF"]),
("manager","date","2026-01-05","referral received 31/12/25, actioned by SW 02/01/26 - in timescale?",("wd","2025-12-31",1),["REF"]),
("duty","date","2027-12-24","L4 referral in today 24/12, initial decision by?",("wd","2027-12-24",1),["INIT"]),
("typos","date","2025-08-22","refferal came in fri 22nd aug, when does it need actioning by a sw",("wd","2025-08-22",1),["REF"]),
# ---------------- S47 ----------------
("duty","date","2026-03-13","s47 agreed this pm, child seen by?",("same","@today"),["S47SAME"]),
("newstarter","date","2025-12-19","If a referral is for a Section 47 and it comes in at 4pm today, the Friday before Christmas, when does the child need to be seen by?",("same","@today"),["S47SAME"]),
("typos","date","2025-12-18","s47 startd 18.12.25 when do i need to have the progress chat with my manager",("cd","2025-12-18",5),["S47_5"]),
("manager","date","2027-01-11","S47 initiated 04/01/27, manager progress discussion held 11/01 - was that within the standard?",("cd","2027-01-04",5),["S47_5"]),
("indirect","date","2026-05-22","we started the child protection enquiry yesterday, when do I have to sit down with my manager to talk about how it's going?",("cd","@yesterday",5),["S47_5"]),
("duty","date","2026-04-01","s47 initiated 1/4, SW/TM progress discussion due?",("cd","2026-04-01",5),["S47_5"],"5 calendar days lands on Easter Monday 2026-04-06; a reader might move it to the next working day, 2026-04-07."),
# ---------------- Allocation / assessment ----------------
("newstarter","date","2027-03-24","Could you tell me when a case that came in on Wednesday 24th March 2027 needs to be allocated to a social worker for the Child and Family Assessment?",("wd","2027-03-24",3),["ALLOC"]),
("manager","date","2026-06-01","Referral 20/05/26, allocated on LCS 26/05/26. Within the allocation timescale?",("wd","2026-05-20",3),["ALLOC"]),
("typos","date","2026-03-20","assesment startd 20th march, when does my tl need to reveiw it by",("wd","2026-03-20",15),["TLREV"]),
("indirect","date","2027-04-14","how long before my manager has to look over the family assessment I began today?",("wd","@today",15),["TLREV"]),
("manager","date","2025-05-09","C&F opened 14/04/25, TL review recorded 06/05/25 - late?",("wd","2025-04-14",15),["TLREV"]),
("scenario","date","2026-11-20","Referral came in on 10/11/26 and the strategy discussion was 11/11. The Child and Family Assessment was started on 12/11/26 alongside the S47. When is the assessment due to be completed?",("cd","2026-11-12",45),["A45"],"A reader might count the 45 days from the referral on 10/11/26 instead, giving 2026-12-25."),
("newstarter","date","2027-06-01","Hello! I've just started my first Child and Family Assessment today (1st June 2027). How long do I have to finish it?",("cd","2027-06-01",45),["A45"]),
("manager","date","2027-02-15","Assessment start 20/12/26, authorised 10/02/27. Completed in the 45 days?",("cd","2026-12-20",45),["A45"]),
("indirect","date","2025-07-01","started looking at the family's needs properly today (the full assessment) - what's the absolute latest it can be finished?",("cd","@today",45),["A45"]),
# ---------------- Strategy ----------------
("duty","date","2026-04-02","mgmt decision strat needed 2/4, strat by?",("wd","2026-04-02",1),["STRAT","STRAT24"],"The S47 section says a strategy discussion within 24 hours, which would mean 2026-04-03 (Good Friday)."),
("typos","date","2025-12-24","tl said we need a strat meeting, decison was 24/12 - when has it gotta happen",("wd","2025-12-24",1),["STRAT","STRAT24"],"The S47 section says within 24 hours, which would mean Christmas Day."),
("manager","date","2027-06-03","Decision for strategy 28/05/27, strat held 01/06/27 - in timescale?",("wd","2027-05-28",1),["STRAT","STRAT24"],"Under the 24-hours wording it would be due 2027-05-29 (a Saturday) and so late."),
("newstarter","date","2026-01-20","When a manager decides a strategy discussion is needed, how soon must it happen? Ours was decided this morning (Tuesday 20 January).",("wd","2026-01-20",1),["STRAT","STRAT24"]),
("indirect","date","2027-10-06","my TL decided this morning we need to get police, health and school round the table about a possible injury - by when?",("wd","@today",1),["STRAT","STRAT24"]),
# ---------------- Transfer notice ----------------
("scenario","date","2026-03-02","CFR have finished the C&F assessment and the case is going to step across to a Neighbourhood Team at CIN. The planned transfer date is Monday 16 March 2026 and the family's next school meeting is 04/03. What's the latest date CFR should email the Neighbourhood Team?",("cdb","2026-03-16",5),["NOTICE"]),
("indirect","date","2025-09-01","the duty team want to hand a family over to the locality team on 8/9/25 - by when do they need to have warned them by email?",("cdb","2025-09-08",5),["NOTICE"]),
# ---------------- ICPC ----------------
("duty","date","2025-12-19","strat 19/12/25, icpc by?",("wd","2025-12-19",15),["ICPC"]),
("typos","date","2027-03-23","strat was yestrday when does icpc need to be by",("wd","@yesterday",15),["ICPC"]),
("scenario","date","2026-08-21","Baby (DOB 01/08/26) discharged from hospital on 18/08. Strat held 20/08/26 and the S47 is ongoing; the CP medical was 21/08. If we go to ICPC, when must it be by?",("wd","2026-08-20",15),["ICPC"]),
("indirect","date","2025-04-17","we had the multi-agency meeting to plan the child protection enquiry yesterday. If it goes to the big first conference, what's the deadline?",("wd","@yesterday",15),["ICPC"]),
("newstarter","date","2026-12-15","Apologies, I'm new - if the initial strategy discussion was on Monday 14th December, what's the last date the Initial Child Protection Conference can be held?",("wd","2026-12-14",15),["ICPC"]),
("manager","date","2025-06-10","ICPC held 30/05/25, strat was 09/05/25. In timescale?",("wd","2025-05-09",15),["ICPC"]),
("manager","date","2027-12-02","strat 01/12/27, ICPC booked 23/12/27 - ok?",("wd","2027-12-01",15),["ICPC"]),
("scenario","date","2027-08-16","Mum's partner was arrested on 10/08/27. The strategy discussion was the next day, 11/08. There's a court hearing on 25/08 about the criminal case. When's the latest the ICPC can be?",("wd","2027-08-11",15),["ICPC"]),
("duty","date","2026-03-25","ICPC tue 7/4, report to chair by?",("wdb","2026-04-07",3),["ICPCCHAIR"]),
("typos","date","2025-12-19","icpc is on mon 5/1/26 when does the report need to go to the chair",("wdb","2026-01-05",3),["ICPCCHAIR"]),
("newstarter","date","2027-05-10","The ICPC is on Thursday 20 May 2027. When must my report be shared with the family?",("cdb","2027-05-20",3),["ICPCFAM"]),
("indirect","date","2026-06-01","first conference is the 8th June 2026 - by what date do the parents need to see what I've written?",("cdb","2026-06-08",3),["ICPCFAM"]),
("manager","date","2025-04-22","ICPC 14/04/25, report to chair 10/04/25 - compliant?",("wdb","2025-04-14",3),["ICPCCHAIR"]),
("scenario","date","2027-05-24","The ICPC is on Tuesday 1 June 2027, right after the bank holiday. Parents have asked for the report before their solicitor appointment on 27/05. When's the latest I can send the report to the CP chair?",("wdb","2027-06-01",3),["ICPCCHAIR"]),
# ---------------- CP plans ----------------
("duty","date","2025-12-22","icpc 19/12/25, 1st CG by?",("cd","2025-12-19",10),["CG"]),
("scenario","date","2026-05-13","ICPC on 12/05/26 made both children subject to CP plans under neglect. The chair also set the review conference for 12/08/26. When does the first core group need to be held by?",("cd","2026-05-12",10),["CG"]),
("indirect","date","2027-01-12","the conference where the kids went on plans was last Thursday - by when do we need to get the professionals together for the first time to flesh out the plan?",("cd","@lastThu",10),["CG"]),
("newstarter","date","2026-08-04","Hi, what's the deadline for the first core group? The Initial Child Protection Conference was on 3rd August 2026.",("cd","2026-08-03",10),["CG"]),
("manager","date","2026-12-18","ICPC 02/12/26, first core group 14/12/26. In timescale?",("cd","2026-12-02",10),["CG"]),
("duty","date","2026-01-05","on CP plan since 15/01/25, PTT mtg due when?",("mo","2025-01-15",12),["PTT"]),
("indirect","date","2025-01-20","child's been on a protection plan since 29/02/2024 and it isn't shifting - when does it hit a year so we have that thinking-differently meeting?",("mo","2024-02-29",12),["PTT"],"Some would say a year from 29/02/2024 is 2025-03-01 rather than 2025-02-28."),
("typos","date","2026-12-21","reveiw conf is 4th jan 2027 when do the chair need my report",("cdb","2027-01-04",3),["RCPCCHAIR"]),
("manager","date","2025-05-07","RCPC 06/05/25, plan update shared with parents 02/05/25 - in time?",("cdb","2025-05-06",3),["RCPCPAR"]),
("scenario","date","2026-08-24","The review CP conference is on Wednesday 2 September 2026; the core group before it is on 25/08. When is the latest date the plan update has to be shared with mum and dad?",("cdb","2026-09-02",3),["RCPCPAR"]),
# ---------------- PLO ----------------
("typos","date","2026-03-31","plo letter sent 30.3.26 when do we need the meeting with parents n solicitor",("cd","2026-03-30",10),["PLO1"]),
("indirect","date","2025-05-06","the letter that starts pre-proceedings went out on 5 May 2025. When does the first meeting with the parents and their lawyer have to happen?",("cd","2025-05-05",10),["PLO1"]),
("newstarter","date","2027-08-23","Sorry - what's the timescale for the first PLO meeting? The letter is dated 22nd August 2027.",("cd","2027-08-22",10),["PLO1"]),
("manager","date","2026-02-20","PLO letter 02/02/26, first meeting 13/02/26 - compliant?",("cd","2026-02-02",10),["PLO1"]),
("scenario","date","2026-11-17","Legal Gateway agreed PLO on 10/11/26 and the letter was dated 16/11/26. Mum says she can't see a solicitor until 30/11. When should the first PLO meeting happen by?",("cd","2026-11-16",10),["PLO1"]),
("typos","date","2025-12-22","first plo meeting wsa 22/12/25 when do i have to refer for fgc",("wd","2025-12-22",3),["FGC"]),
("indirect","date","2026-05-22","we had the first pre-proceedings meeting with mum and her solicitor today and no family meeting has happened yet - when do I need to get the referral in for one?",("wd","@today",3),["FGC"]),
("duty","date","2025-08-29","initial PLO mtg 29/8/25, viability screening req to FPT by?",("wd","2025-08-29",3),["VIA"]),
("newstarter","date","2026-12-24","Aunt was identified as a possible carer at the initial PLO meeting today (Thursday 24 December 2026). When do I need to send the viability assessment request to the Family Placement Team?",("wd","2026-12-24",3),["VIA"]),
("manager","date","2027-04-01","Initial PLO meeting 23/03/27, viability request sent 29/03/27 - late?",("wd","2027-03-23",3),["VIA"]),
("scenario","date","2027-07-15","The initial PLO meeting was held yesterday at the family centre; dad's solicitor joined by phone. A review PLO meeting is pencilled for 18/08/27. When must the minutes be with the parents and their solicitors?",("cd","@yesterday",7),["PLOMIN"]),
("duty","date","2026-01-06","PLO started 5/1/26 (1st mtg), 12 wk review legal planning mtg when?",("wk","2026-01-05",12),["PLO12"],"The standards don't say what the 12 weeks run from; counting from the PLO letter date would give a different date."),
("newstarter","date","2025-03-04","We're in PLO and the first meeting was 3 March 2025. If we're still in PLO, when would the Legal Gateway meeting be?",("wk","2025-03-03",16),["PLO16"],"The standards don't say what the 16 weeks run from; counting from the PLO letter date would give a different date."),
("indirect","date","2026-09-14","if the exceptional extra time in pre-proceedings is agreed at today's 12-week review, how far does it run to?",("wk","@today",4),["PLOEXT"]),
("manager","date","2027-10-12","PLO commenced 01/06/27. Legal Gateway held 10/10/27 - was it at 16 weeks?",("wk","2027-06-01",16),["PLO16"],"The standards don't say what the 16 weeks run from; here taken from the stated PLO start."),
# ---------------- CIN ----------------
("scenario","date","2026-03-20","At today's review conference (20/03/26) the chair took both children off their CP plans; the next core group had been booked for 27/03 and is now cancelled. When does the first CIN meeting need to happen by?",("cd","2026-03-20",20),["CIN20"]),
("typos","date","2025-12-11","kid came off cp plan at conf 10th dec 2025 when is first cin meeting due",("cd","2025-12-10",20),["CIN20"]),
("indirect","date","2027-08-04","the chair took the child off the protection plan on 3/8/27 - when does the first meeting under the in-need plan need to be?",("cd","2027-08-03",20),["CIN20"]),
("manager","date","2026-05-29","Deplanned 04/05/26, first CIN meeting 26/05/26 - in time?",("cd","2026-05-04",20),["CIN20"]),
("newstarter","date","2026-03-31","A case transferred to us from Children's First Response yesterday (Monday). When does the initial CIN meeting need to happen by?",("cd","@yesterday",10),["CIN10"]),
("scenario","date","2025-08-22","The case came over from the First Response team on 21/08/25 after their C&F assessment recommended CIN. The joint visit with the old worker was 19/08. When is the initial CIN meeting due?",("cd","2025-08-21",10),["CIN10"]),
# ---------------- Children in care ----------------
("scenario","date","2025-12-29","Mum was admitted to hospital on Christmas Eve (24/12/25) and her son (DOB 02/02/2017) came into care that evening as an unplanned admission. Grandma can't be assessed until after New Year. When is the assessment for the emergency admission due?",("wd","2025-12-24",20),["CICASS"]),
("scenario","date","2026-04-08","Police protection was used on Saturday 4 April 2026 and the child was placed in emergency foster care that night; s20 consent was signed on 7/4. When is the assessment due for the emergency admission?",("wd","2026-04-04",20),["CICASS"],"A reader might count from the s20 consent on 2026-04-07 instead of the day the child came into care."),
("typos","date","2026-08-28","placement move on fri 28th aug 2026 when do i have to visit",("wd","2026-08-28",1),["CICV1","CICV1B"]),
("indirect","date","2027-03-25","he moved to new carers today, Maundy Thursday - how soon have I got to see him there?",("wd","@today",1),["CICV1","CICV1B"]),
("manager","date","2026-05-29","Child placed 22/05/26, first visit 26/05/26. Within timescale?",("wd","2026-05-22",1),["CICV1","CICV1B"]),
("newstarter","date","2026-12-18","When should the placement meeting be held? The child was placed today, Friday 18 December 2026.",("wd","2026-12-18",3),["PLMT"]),
("typos","date","2025-12-30","placemnt started 29/12/25 when do carers need the updated placement plan",("wd","2025-12-29",5),["PLPLAN"]),
("scenario","date","2025-05-06","Twins were placed with foster carers on 02/05/25 after a PLO meeting on 30/04. The placement meeting was 06/05. When do the carers need the updated placement plan by?",("wd","2025-05-02",5),["PLPLAN"]),
("manager","date","2027-09-01","Placed 20/08/27; updated placement plan to carers 27/08/27 - compliant?",("wd","2027-08-20",5),["PLPLAN"]),
("duty","date","2026-12-18","LAC from today, coming into care pack by?",("wk","@today",3),["PACK"]),
("indirect","date","2025-04-01","when does a child who's just come into our care have to get the welcome pack and rights leaflet? she came in yesterday",("wk","@yesterday",3),["PACK"]),
("newstarter","date","2026-04-01","A child became looked after today, Wednesday 1 April 2026. By when should all the other professionals be told about her legal status?",("wd","2026-04-01",5),["LEGAL5"]),
("typos","date","2027-03-15","initial helth assesment - came into care 13.3.27 (a saturday) whens it due",("wd","2027-03-13",20),["IHA"]),
("manager","date","2026-05-12","LAC 06/04/26, IHA completed 07/05/26 - in timescale?",("wd","2026-04-06",20),["IHA"]),
("scenario","date","2025-09-05","Bluebell Testcase (age 9) came into care on 03/09/25, the first week of the school term. The school's open evening is 18/09. When is the PEP meeting due by?",("cd","2025-09-03",20),["PEP"]),
("indirect","date","2026-12-14","she started with us in care on Friday just gone - when does the school education plan meeting need to be by?",("cd","@lastFri",20),["PEP"]),
("typos","date","2026-05-28","came into care 27th may 2026 when does careplan need doing on lcs",("cd","2026-05-27",10),["CP10"]),
("scenario","date","2025-12-23","Two siblings became looked after on 22/12/25 under s20; their PLO meeting had been on 15/12 and the next court date is 12/01/26. When must the initial Looked After Review take place?",("wd","2025-12-22",20),["LACR1"]),
("newstarter","date","2026-03-27","My first child in care became looked after yesterday (Thursday 26 March 2026). Please could you tell me when the initial Looked After Review has to take place?",("wd","2026-03-26",20),["LACR1"]),
("manager","date","2027-06-02","Child LAC 30/04/27, initial review held 28/05/27 - in timescale?",("wd","2027-04-30",20),["LACR1"]),
("scenario","date","2025-08-15","Child was placed under an ICO on 14/08/25 (was previously on a CP plan since 02/06/25). Back in court on 28/08. When must the first LAC review be by?",("wd","2025-08-14",20),["LACR1"]),
("indirect","date","2026-05-05","when's the first review meeting with the IRO due if the young person came into care yesterday?",("wd","@yesterday",20),["LACR1"]),
("manager","date","2027-06-16","LAC review 15/06/27, report received by IRO 13/06/27. On time?",("cdb","2027-06-15",3),["IROREP"]),
# ---------------- IRO ----------------
("duty","date","2025-12-17","IRO informal challenge today, if unresolved formal dispute when?",("wd","@today",5),["IRO5"]),
("indirect","date","2026-04-01","the reviewing officer raised a worry with me about drift today - how long have I got to sort it before it goes formal?",("wd","@today",5),["IRO5"]),
("newstarter","date","2027-05-04","If a formal IRO dispute was started yesterday (the bank holiday Monday, 3 May 2027), by when should the whole process be finished?",("wd","2027-05-03",20),["IRO20"]),
("manager","date","2026-01-06","Formal dispute opened 01/12/25, resolved 05/01/26 - within timescale?",("wd","2025-12-01",20),["IRO20"]),
# ---------------- Adoption ----------------
("scenario","date","2026-05-20","Adopters had the child placed with them on 15/05/26 after introductions started 06/05. They're asking when they can apply for the Adoption Order.",("wk","2026-05-15",10),["AD10"]),
("newstarter","date","2025-12-29","From what date can adopters apply for an adoption order if the child moved in with them on 23 December 2025?",("wk","2025-12-23",10),["AD10"]),
# ---------------- Fostering ----------------
("duty","date","2025-12-24","FC visit 24/12/25, record on LCS by?",("wd","2025-12-24",3),["FCREC"],"The general case-recording standard (any event recorded within 3 days) would give 2025-12-27."),
("indirect","date","2026-05-21","we got the strategic lead's OK today to place outside the carer's approval - how long does that permission last?",("wd","@today",6),["VAR"]),
("scenario","date","2026-12-23","Carers are approved for one child aged 0-5. We needed to place a 7-year-old with them over Christmas, and the Strategic Lead agreed a variation of the terms of approval on 23/12/26. Until when does that permission last?",("wd","2026-12-23",6),["VAR"]),
("duty","date","2026-03-11","reg 24 temp approval 10/3/26, 16 wks ends?",("wk","2026-03-10",16),["TEMP16"]),
("typos","date","2025-12-01","conected person temp approval from 1st sept 2025, if we extend it the extra 8 weeks when does it end",("wk","2025-09-01",24),["TEMP16"]),
("manager","date","2027-05-12","Connected person temp approval 05/01/27; panel considered extension on 10/05/27. Within the initial 16 weeks?",("wk","2027-01-05",16),["TEMP16"]),
# ---------------- Case recording ----------------
("duty","date","2025-12-19","home visit today 19/12, recorded by?",("cd","2025-12-19",3),["REC3"]),
("typos","date","2026-04-03","did a visit today good friday (on call) when does it need to be on lcs",("cd","@today",3),["REC3"]),
("indirect","date","2027-08-27","phoned mum yesterday about the contact arrangements, what's the latest I can write it up?",("cd","@yesterday",3),["REC3"]),
("newstarter","date","2025-05-23","How long do I have to record a home visit? I visited this morning (Friday 23 May 2025).",("cd","2025-05-23",3),["REC3"]),
]
ROWS += [
# ---------------- Visits / reviews ----------------
("duty","visits","2025-12-23","CP visit 22/12/25, next by?",("wk","2025-12-22",4),["CPV"]),
("typos","visits","2026-04-07","last cp visit was 3.4.26 when is the next one due",("wk","2026-04-03",4),["CPV"]),
("scenario","visits","2027-03-08","Child on a CP plan under emotional abuse since 12/01/27. I last saw her at home on 26/02/27; I also saw her at school on 05/03/27 but not at home. When's the next statutory CP visit due?",("wk","2027-02-26",4),["CPV","CPHOME"],"If the school sighting on 05/03/27 were (wrongly) counted as a statutory visit the next one would be 2027-04-02."),
("indirect","visits","2025-08-01","how often do I have to go and see a kid on a protection plan? last went 30 July 2025, so when's the next one by?",("wk","2025-07-30",4),["CPV"]),
("manager","visits","2026-11-05","CP visits 01/10/26 and 02/11/26 - compliant?",("wk","2026-10-01",4),["CPV"]),
("duty","visits","2025-11-25","CIN visit 24/11/25 next due?",("wk","2025-11-24",6),["CINV"]),
("newstarter","visits","2027-03-17","When is my next visit due for a child on a Child in Need plan? I last saw them at home yesterday, 16 March 2027.",("wk","2027-03-16",6),["CINV"]),
("typos","visits","2026-04-29","cin reveiw meetin was yesterday whens the next one",("wk","@yesterday",6),["CINREV"]),
("manager","visits","2025-08-01","CIN reviews 10/06/25 and 29/07/25. Within timescale?",("wk","2025-06-10",6),["CINREV"]),
("duty","visits","2026-03-31","LAC placed 2/3/26, 1st review not held yet, last stat visit 30/3/26 - next by?",("wk","2026-03-30",1),["LACWK"]),
("scenario","visits","2025-12-18","A 14-year-old has been in care since 2023 in a foster placement that isn't permanent; the plan for permanence hasn't been finalised and her last LAC review was 02/12/25. Her last statutory visit was 17/12/25. When's the next one due?",("wk","2025-12-17",6),["LAC6"]),
("indirect","visits","2026-01-08","he's been settled with his long-term carers since summer 2024, well over a year, and that's his permanent home now; I saw him yesterday - when's my next visit at the latest?",("wk","@yesterday",12),["LAC12"]),
("newstarter","visits","2026-08-12","Could you tell me when my next visit is due? The child was placed with adopters on 4 August 2026 and I visited yesterday (11 August); the first Looked After Review hasn't happened yet.",("wk","2026-08-11",1),["ADWK"]),
("manager","visits","2027-04-21","Placed for adoption, first LAC review done. Visits 02/03/27 and 20/04/27 - compliant?",("wk","2027-03-02",6),["AD6"]),
("duty","visits","2025-12-02","FC supervising visit 1/12/25 next by?",("wk","2025-12-01",6),["FCV"]),
("typos","visits","2026-01-30","last unanounced visit to our foster carers was 14/2/25 when is the next one due by",("mo","2025-02-14",12),["FCUN"]),
("indirect","visits","2026-04-01","when do a couple of our carers need their next yearly review? their last one was yesterday, 31 March 2026",("mo","2026-03-31",12),["FCANN"]),
("scenario","visits","2026-06-15","Our carers were approved in 2019. Their last annual review to go to Fostering Panel was heard on 22/05/24; reviews since then have been IRO-chaired, the latest on 20/05/26. By when must one go back to panel?",("mo","2024-05-22",36),["FCPANEL"]),
("newstarter","visits","2026-11-02","A foster carer's DBS check was last updated on 29 February 2024. When is the next one due?",("mo","2024-02-29",36),["FCDBS"],"Some would say three years from 29/02/2024 is 2027-03-01 rather than 2027-02-28."),
("manager","visits","2025-10-01","FC core training last updated 15/09/22. Audit today - when was it due to be refreshed?",("mo","2022-09-15",36),["FCTRAIN"]),
("duty","visits","2026-05-07","family time arrangements last reviewed 6/5/26 (permanence not agreed yet), next review by?",("wk","2026-05-06",8),["FT"]),
("typos","visits","2025-12-15","case summery last updated 30/11/25 when does it need doing again",("mo","2025-11-30",3),["SUMM"]),
("indirect","visits","2026-11-30","the family's last assessment was signed off by my manager on 18 Dec 2025 - when does it go out of date?",("mo","2025-12-18",12),["ASS12"]),
("scenario","visits","2026-10-15","We're still in PLO; the review PLO meeting with mum and her solicitor was yesterday (14/10/26) and the 12-week legal planning meeting is 02/11/26. What's the latest the next review PLO meeting can be?",("wk","@yesterday",6),["PLOREV"],"The standard gives a 4-6 week window; the earliest point is 4 weeks, 2026-11-11."),
# ---------------- Ages ----------------
("duty","age","2026-01-12","YP dob 03/10/2010, pathway plan start date?",("age","2010-10-03",15,6),["PATH"]),
("typos","age","2026-09-01","dob 31.8.11 whens she 15 and a half for pathway plan",("age","2011-08-31",15,6),["PATH"],"Six months after 31 August has no 31st; the last day of February (2027-02-28) is used, some might say 1 March."),
("newstarter","age","2026-11-16","When should I start a pathway plan for a young person born on 29th February 2012?",("age","2012-02-29",15,6),["PATH"]),
("indirect","age","2026-02-02","she was born on 12 June 2014 - when is she old enough that we must offer her an advocate for the conference?",("age","2014-06-12",12),["ADV12"]),
("scenario","age","2027-01-25","ICPC is likely in early March 2027. The eldest, born 28/02/2015, and his brother born 14/07/2018 are both subject to the S47. When does the eldest become old enough to be offered an advocate?",("age","2015-02-28",12),["ADV12"]),
("manager","age","2026-01-12","Child DOB 19/12/2019 entered PLO 22/12/25 - should an adoption SW have been allocated (under 6)? when did she turn 6?",("age","2019-12-19",6),["ADOPT6"]),
("duty","age","2026-06-01","dob 25/12/20 - when's 6th bday for the adoption allocation rule?",("age","2020-12-25",6),["ADOPT6"]),
("typos","age","2026-03-02","yp born 28/2/2011 when does pathway plan start",("age","2011-02-28",15,6),["PATH"]),
("newstarter","age","2025-09-01","The younger sibling was born on 29 February 2020. When does she turn 6, for the adoption allocation rule about children under 6?",("age","2020-02-29",6),["ADOPT6"],"Some would treat a 29 February birthday in a non-leap year as 28 February (2026-02-28)."),
# ---------------- Choice ----------------
("duty","choice","2026-03-04","conf 3/3/26 whats next due?",[("cd","2026-03-03",10),("cd","2026-03-03",20)],["CG","CIN20"]),
("typos","choice","2026-12-21","child came into care 21/12/26 when is the meeting due",[("wd","2026-12-21",3),("wd","2026-12-21",20)],["PLMT","LACR1"]),
("indirect","choice","2025-08-26","we had the first pre-proceedings meeting today - what's the next thing I need to get done and by when?",[("wd","@today",3),("cd","@today",7)],["FGC","VIA","PLOMIN"]),
("newstarter","choice","2026-04-02","I did a supervising social worker visit to one of our foster carers today (Thursday 2 April 2026). When does it need to be recorded?",[("cd","2026-04-02",3),("wd","2026-04-02",3)],["REC3","FCREC"]),
("duty","choice","2025-06-03","child on plan, last seen at home 2/6/25, next visit?",[("wk","2025-06-02",4),("wk","2025-06-02",6)],["CPV","CINV"]),
("scenario","choice","2027-01-05","Child was placed in foster care on 14/12/26. I saw her the following day and weekly since; last visit yesterday 04/01/27. I can't remember whether the first LAC review has been held yet. When's my next visit due?",[("wk","2027-01-04",1),("wk","2027-01-04",6)],["LACWK","LAC6"]),
("manager","choice","2027-03-31","Conference 07/04/27 - report deadline?",[("wdb","2027-04-07",3),("cdb","2027-04-07",3)],["ICPCCHAIR","ICPCFAM","RCPCCHAIR"]),
("typos","choice","2026-12-01","assesment startd 1/12/26 when is it due",[("wd","2026-12-01",15),("cd","2026-12-01",45)],["TLREV","A45"]),
("newstarter","choice","2027-03-11","A CIN case came to our team on 10 March 2027. When does the first CIN meeting need to be held?",[("cd","2027-03-10",10),("cd","2027-03-10",20)],["CIN10","CIN20"]),
# ---------------- None ----------------
("duty","none","2026-03-11","LAC 2nd review due? 1st was 10/3/26",None,["N_LAC2"]),
("typos","none","2026-01-06","when is the reveiw cp conferance due after icpc on 5/1/26",None,["N_RCPC"]),
("indirect","none","2026-03-05","after the first get-together of the core group, how often do we need to keep meeting? last one was 4 March 2026",None,["N_CG"]),
("newstarter","none","2025-12-02","How often should I be having supervision? My last one was 1 December 2025.",None,["N_SUP"]),
("manager","none","2027-03-22","Annex A report filed 20/03/27, placement with adopters started 01/12/26 - was it filed in time?",None,["N_ANNEXA","AD10"]),
("scenario","none","2027-02-15","Placement Order was granted on 09/02/27 and we had the SHOPBA back in November. Mum and dad still haven't had the letter about the SHOPBA outcome. What's the deadline for sending it?",None,["N_SHOPBA"]),
("duty","none","2025-09-04","life story book + later life letter due when? AO granted 3/9/25",None,["N_LIFE"]),
("indirect","none","2026-06-23","how often should the reviewing officer be checking in with the young person between her reviews? last review was yesterday",None,["N_IRO"]),
("typos","none","2027-04-01","edge of care - when do i have to refer to family focus by, risk identifed today",None,["N_FF"]),
("newstarter","none","2025-04-07","When does a return home interview need to be done after a child in care goes missing? She came back yesterday (Sunday 6 April).",None,["N_MISS"]),
]


def build():
    out = []
    for r in ROWS:
        voice, kind, today_s, q, spec, ph = r[:6]
        amb = r[6] if len(r) > 6 else None
        today = D.fromisoformat(today_s)
        row = {"q": q, "today": today_s}
        if kind == "none":
            row["due"] = None
            row["count"] = "none: the standards set no timescale for this; expect_any quotes the nearest sentence, which gives no date"
        elif kind == "choice":
            parts = [calc(s, today) for s in spec]
            due = min(p[0] for p in parts)
            row["due"] = due.isoformat()
            row["count"] = "two readings: " + " | ".join(f"({i+1}) {p[1]}" for i, p in enumerate(parts)) + f"; earlier = {due.isoformat()}"
        else:
            due, txt = calc(spec, today)
            row["due"] = due.isoformat(); row["count"] = txt
        row["expect_any"] = [P[k] for k in ph]
        row["voice"] = voice; row["kind"] = kind
        if amb: row["ambiguous"] = amb
        out.append(row)
    return out

def check(rows):
    src = open(SOURCE, encoding="utf-8").read()
    errs = []
    for k, v in P.items():
        if v not in src: errs.append(f"phrase {k} not verbatim in source")
        if len(v.split()) < 6: errs.append(f"phrase {k} shorter than 6 words")
    qs = set()
    for i, r in enumerate(rows):
        if r["q"] in qs: errs.append(f"row {i} duplicate q")
        qs.add(r["q"])
        if r["voice"] not in {"duty","typos","scenario","indirect","newstarter","manager"}: errs.append(f"row {i} voice")
        if r["kind"] not in {"date","visits","age","choice","none"}: errs.append(f"row {i} kind")
        if r["kind"] == "choice" and len(r["expect_any"]) < 2: errs.append(f"row {i} choice needs 2 phrases")
    return errs

if __name__ == "__main__":
    _check_bank_holidays()
    rows = build()
    errs = check(rows)
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read: every line parses
    with open(path, encoding="utf-8") as f:
        back = [json.loads(l) for l in f]
    assert back == rows
    print("rows", len(rows))
    print("kinds", dict(collections.Counter(r["kind"] for r in rows)))
    print("voices", dict(collections.Counter(r["voice"] for r in rows)))
    print("ambiguous", sum(1 for r in rows if "ambiguous" in r))
    if errs:
        print("\n".join(errs)); sys.exit(1)
    print("all checks passed")
