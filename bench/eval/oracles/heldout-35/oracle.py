#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (round 35).
Standard library only. Computes every `due` and `count` from a structured spec per row,
writes questions.jsonl next to this file, and runs the checks the brief asks for."""
import datetime as dt, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"
D = dt.date
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

# England & Wales bank holidays 2024-2028, typed by hand (substitute days applied).
BANK_HOLIDAYS = {
    # 2024
    D(2024,1,1), D(2024,3,29), D(2024,4,1), D(2024,5,6), D(2024,5,27), D(2024,8,26), D(2024,12,25), D(2024,12,26),
    # 2025
    D(2025,1,1), D(2025,4,18), D(2025,4,21), D(2025,5,5), D(2025,5,26), D(2025,8,25), D(2025,12,25), D(2025,12,26),
    # 2026 (Boxing Day is a Saturday -> substitute Mon 28 Dec)
    D(2026,1,1), D(2026,4,3), D(2026,4,6), D(2026,5,4), D(2026,5,25), D(2026,8,31), D(2026,12,25), D(2026,12,28),
    # 2027 (Christmas Sat -> Mon 27, Boxing Day Sun -> Tue 28)
    D(2027,1,1), D(2027,3,26), D(2027,3,29), D(2027,5,3), D(2027,5,31), D(2027,8,30), D(2027,12,27), D(2027,12,28),
    # 2028 (New Year Sat -> Mon 3 Jan)
    D(2028,1,3), D(2028,4,14), D(2028,4,17), D(2028,5,1), D(2028,5,29), D(2028,8,28), D(2028,12,25), D(2028,12,26),
}

def _easter(y):  # anonymous Gregorian computus, used only to cross-check the typed list
    a=y%19; b=y//100; c=y%100; d=b//4; e=b%4; f=(b+8)//25; g=(b-f+1)//3
    h=(19*a+b-d-g+15)%30; i=c//4; k=c%4; l=(32+2*e+2*i-h-k)%7; m=(a+11*h+22*l)//451
    mo=(h+l-7*m+114)//31; da=((h+l-7*m+114)%31)+1
    return D(y,mo,da)

def _selfcheck_holidays():
    for y in range(2024, 2029):
        hs = sorted(h for h in BANK_HOLIDAYS if h.year == y)
        assert len(hs) == 8, (y, hs)
        e = _easter(y)
        assert e - dt.timedelta(2) in hs and e + dt.timedelta(1) in hs, y
        for h in hs:
            assert h.weekday() < 5, h

def fmt(d): return f"{d.isoformat()} ({DOW[d.weekday()]})"
def is_wd(d): return d.weekday() < 5 and d not in BANK_HOLIDAYS

def add_wd(start, n):
    d = start; skipped = []
    k = 0
    while k < n:
        d += dt.timedelta(1)
        if is_wd(d): k += 1
        elif d in BANK_HOLIDAYS: skipped.append(d)
    return d, skipped

def sub_wd(start, n):
    d = start; skipped = []
    k = 0
    while k < n:
        d -= dt.timedelta(1)
        if is_wd(d): k += 1
        elif d in BANK_HOLIDAYS: skipped.append(d)
    return d, skipped

def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year; m += 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m-1]
    return D(y, m, min(d.day, last)), d.day > last

def resolve(tok, today):
    """Start may be ISO date or a relative token read against `today`."""
    if re.fullmatch(r"\d{4}-\d\d-\d\d", tok): return D.fromisoformat(tok)
    if tok == "today": return today
    if tok == "yesterday": return today - dt.timedelta(1)
    if tok == "tomorrow": return today + dt.timedelta(1)
    m = re.fullmatch(r"last:(\w{3})", tok)   # most recent such weekday strictly before today
    if m:
        w = DOW.index(m.group(1)); d = today - dt.timedelta(1)
        while d.weekday() != w: d -= dt.timedelta(1)
        return d
    m = re.fullmatch(r"next:(\w{3})", tok)   # next such weekday strictly after today
    if m:
        w = DOW.index(m.group(1)); d = today + dt.timedelta(1)
        while d.weekday() != w: d += dt.timedelta(1)
        return d
    raise ValueError(tok)

def compute(spec, today):
    kind = spec[0]
    if kind == "none": return None, "no timescale in the standards"
    if kind == "choice":
        a = compute(spec[1], today); b = compute(spec[2], today)
        due = min(a[0], b[0])
        return due, f"option A: {a[1]} | option B: {b[1]} | due = earlier = {due.isoformat()}"
    if kind == "age":
        dob = D.fromisoformat(spec[1]); yrs, mos = spec[2], spec[3]
        due, clamped = add_months(dob, 12*yrs + mos)
        note = ""
        if clamped and dob.month == 2 and dob.day == 29 and mos == 0:
            note = "; 29 Feb birthday in a non-leap year -> 1 March"
            due = D(due.year, 3, 1)
        elif clamped:
            note = f"; day {dob.day} does not exist in that month -> last day of month"
        lbl = f"{yrs} years" + (f" {mos} months" if mos else "")
        return due, f"DOB {fmt(dob)} + {lbl} -> {fmt(due)}{note}"
    start = resolve(spec[1], today); n = spec[2]
    if kind == "same":
        return start, f"same day as {fmt(start)}"
    if kind == "wd":
        due, sk = add_wd(start, n)
        s = f"{n} working day{'s' if n>1 else ''} after {fmt(start)} -> {fmt(due)}"
        if not is_wd(start): s += f"; start day is not a working day, counting from it"
        if sk: s += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
        return due, s
    if kind == "wdb":
        due, sk = sub_wd(start, n)
        s = f"{n} working days before {fmt(start)} -> {fmt(due)}"
        if sk: s += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
        return due, s
    if kind == "d":
        due = start + dt.timedelta(n)
        return due, f"{n} calendar days after {fmt(start)} -> {fmt(due)}"
    if kind == "db":
        due = start - dt.timedelta(n)
        return due, f"{n} calendar days before {fmt(start)} -> {fmt(due)}"
    if kind == "w":
        due = start + dt.timedelta(7*n)
        return due, f"{n} week{'s' if n>1 else ''} ({7*n} days) after {fmt(start)} -> {fmt(due)}"
    if kind == "m":
        due, cl = add_months(start, n)
        s = f"{n} months after {fmt(start)} -> {fmt(due)}"
        if cl: s += f"; day {start.day} does not exist in that month -> last day of month"
        return due, s
    raise ValueError(kind)

# ---- verbatim phrases from the source, keyed ----
P = {
 "contact": "decisions made by what action are required by a Team Leader within 1 working day",
 "initial_dec": "Initial decisions will be made about the action required within 1 working day",
 "referral": "Referrals will be actioned by a social worker within 1 working day",
 "s47seen": "the child / children will be seen by the Social Worker the same day",
 "s47disc": "Within 5 days of the Section 47 being initiated",
 "alloc": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 "tlreview": "All assessments will be reviewed by the Team Leader within 15 working days",
 "45": "Assessments must all be completed within 45 days",
 "strat1": "a strategy discussion is required, this must happen within 1 working day",
 "strat24": "A strategy discussion within 24 hours involving all relevant agencies",
 "transfer": "the Neighbourhood Team via email, giving at least 5 days’ notice",
 "jointvisit": "Within the 5 days’ notice period, the Children’s First Response Social Worker",
 "icpc": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 "famreport": "The report will be shared with family at least 3 the days prior to conference",
 "chairreport": "The report will be sent to the child protection chair 3 working days before the conference",
 "advocate": "if they are 12 or over they should be offered an advocate",
 "cg": "within 10 days of the conference and is used to put detail on the outline CP plan",
 "cpvisit": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 "rcparents": "This report must be shared with parents at least 3 days prior to the review conference",
 "rcchair": "The report will be available to the conference chair at least 3 days prior to the review conference",
 "12m": "when they have been subject to a plan for 12 months, a professional thinking time meeting",
 "plo1": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 "fgc": "Referral should be made within 3 working days of the first PLO meeting",
 "viab": "Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 "plomin": "distributed to parents and their legal representation within 7 days of the meeting",
 "plorev": "Review PLO meetings with parents to be held every 4-6 weeks",
 "legal12": "A review legal planning meeting will be held at 12 weeks",
 "further4": "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
 "gateway16": "If the case remains in PLO a Legal Gateway meeting will be convened at 16 weeks",
 "cin20": "will set the first CIN meeting within 20 days",
 "cin10": "When a case transfers from Trafford Childrens First Response the initial CIN meeting must take place within 10 days",
 "cinrev": "CIN review meetings will be held at least every 6 weeks",
 "cinvisit": "A child subject to a CIN plan will be seen at least every 6 weeks",
 "emerg": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 "visit1": "The child will be visited within 1 working day of coming into care or having a change in placement",
 "lacseen": "All looked after children will be seen within 1 working day of placement",
 "placemtg": "The placement meeting will be held within 3 working days",
 "placeplan": "an updated copy given to the carers within 5 working days of the placement beginning",
 "familytime": "reviewed at least every 8 week until the plan for permanence is agreed",
 "pack": "coming into care pack, children rights leaflet within 3 weeks",
 "legalstatus": "will be informed of the child’s legal status within 5 working days",
 "iha": "An initial health assessment will be requested and carried out within 20 working days",
 "pep": "A PEP meeting will be arranged within the school within 20 days",
 "lacweekly": "Statutory looked after visits must happen weekly until the first looked after review",
 "lac6": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 "lac12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 "careplan": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 "lacrev": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 "pathway": "A pathway plan will be started when the young person is 15 years 6 months",
 "iroreport": "this will be with the IRO 3 days before the review",
 "iro5": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 "iro20": "The formal dispute resolution process should be completed from start to finish within 20 working days",
 "adopt6": "If a child under the age of 6 enters PLO or proceedings",
 "adoptweekly": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 "adopt6w": "visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 "adopt10": "Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
 "fcvisit": "Trafford foster carers are visited at least once every six weeks",
 "fcrecord": "a record of this visit is recorded on LCS within 3 working days",
 "fcunann": "will have an unannounced visit at least once every 12 months",
 "fcannual": "All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
 "fcpanel": "Every foster carer will have an annual review presented to the Fostering Panel at least every three years",
 "fcdbs": "updated statutory references, medicals and DBS checks at least every three years",
 "fctraining": "All Trafford foster carers must update their core training at least every three years",
 "variation": "This can only be given for up to 6 working days",
 "temp16": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 "recording": "any event or contact is recorded within 3 days",
 "summary": "A clear and concise case file summary which has been updated within the last 3 months",
 "assess12": "An up to date assessment (within the last 12 months) on each child",
 # related sentences for `none` rows (they set no timescale)
 "n_nextconf": "The child protection chair will set the date of the next conference",
 "n_cgreview": "reviewed at every core group and progress recorded",
 "n_supervision": "monitored through supervision which takes place in line with the supervision policy",
 "n_second": "At the point of the second review (if not in proceedings) the child must have a permanency plan",
 "n_shopba": "This needs to take place after the area teams final care planning meeting",
 "n_lifestory": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
 "n_stratrecord": "the plan for the enquiries and decisions recorded and a record sent to all participating professionals",
 "n_annexa": "The Social Worker will complete the Annex A suitability report for Court",
 "n_iromeet": "The IRO will contact the child between reviews to ensure the progress of the plan",
}

# Rows: (voice, kind, today, q, spec, [phrase keys], ambiguous-or-None)
R = []
def r(voice, kind, today, q, spec, keys, amb=None): R.append((voice, kind, today, q, spec, keys, amb))

# ====================== DATE rows ======================
# Front door / referrals
r("duty","date","2025-12-24","contact in 24/12 pm, TL decision by?",("wd","2025-12-24",1),["contact"])
r("typos","date","2026-04-02","contact came in thurs 2nd april, when does the TL need to of made a decison on it",("wd","2026-04-02",1),["contact"])
r("newstarter","date","2027-05-28","Hi, sorry if this is a silly question - a contact came in to the front door this morning (28th May). By when does a Team Leader need to have screened it and decided what action is needed?",("wd","2027-05-28",1),["contact"])
r("indirect","date","2026-12-31","a call about a 6 year old came through to us this evening 31/12/2026 and it looks like level 4. by when should the manager have decided what we're doing with it?",("wd","2026-12-31",1),["initial_dec","contact"])
r("manager","date","2026-01-05","Referral received 23/12/25, SW didn't action it until 29/12 - in timescale?",("wd","2025-12-23",1),["referral"])
r("scenario","date","2025-05-02","Mum rang today (2 May 2025) about her partner hitting the kids, the youngest was born 05/05/2019. It's been passed to us as a level 5 referral. When does a social worker need to action the referral by?",("wd","2025-05-02",1),["referral"])
r("newstarter","date","2025-12-27","A contact came into the front door on Saturday 27 December 2025 (out of hours passed it on). When does the Team Leader decision need to be made?",("wd","2025-12-27",1),["contact"],"The standard does not say how to count 1 working day from a weekend contact; some would say the decision is due by the end of the first working day (29 Dec) as here, others the working day after (30 Dec).")
# S47 same day / 5 days
r("indirect","date","2025-12-31","someone from school rang about a bruise this morning (31/12/2025) and it's going down the child protection enquiry route. when do I have to have actually seen the child?",("same","2025-12-31",0),["s47seen"])
r("duty","date","2025-12-19","s47 initiated 19/12, mgr discussion by?",("d","2025-12-19",5),["s47disc"])
r("typos","date","2026-04-01","s47 startd on the 1st april 2026 when do i need to have the progress chat with my manger",("d","2026-04-01",5),["s47disc"],"'Within 5 days' read as working days (because of Easter) would give 2026-04-13.")
# allocation / TL review / 45 days
r("scenario","date","2026-12-24","Decision was made today, Christmas Eve 2026, that the family needs a Child and Family Assessment. The TL is off until January and the youngest's birthday is 02/01. By when does the case have to be allocated to a social worker?",("wd","2026-12-24",3),["alloc"])
r("indirect","date","2026-05-26","we agreed on friday that a family needs a full assessment by a social worker. how long have we got to give it to a worker?",("wd","last:Fri",3),["alloc"])
r("manager","date","2026-01-12","C&F assessment started 15/12/2025. TL reviewed it 07/01/2026. Was that within timescale?",("wd","2025-12-15",15),["tlreview"])
r("newstarter","date","2025-07-28","My assessment began on 28 July 2025. When should my Team Leader review it by?",("wd","2025-07-28",15),["tlreview"])
r("scenario","date","2026-03-20","Started the assessment for a 3 year old today, 20 March 2026, after a referral from nursery on 18 March. Child's birthday is 02/04/2023. When's the assessment due?",("d","2026-03-20",45),["45"],"The standard does not say whether the 45 days run from the referral or the start of the assessment; from the referral (18 March) it would be 2026-05-02.")
r("indirect","date","2027-08-05","how long have I got to finish the full family assessment? it kicked off on 5 Aug 2027",("d","2027-08-05",45),["45"])
r("manager","date","2027-01-04","Assessment opened 14/11/2026, authorised 02/01/2027. Within the 45?",("d","2026-11-14",45),["45"])
# strategy discussions
r("typos","date","2027-12-24","manager said we need a strat disscusion today 24/12/27 when does it have to happen",("wd","2027-12-24",1),["strat1"],"The S47 section also says a strategy discussion within 24 hours, which would be 2027-12-25.")
r("indirect","date","2026-04-02","the manager decided today (2 April 2026) that the agencies need to talk together about whether to start child protection enquiries. latest that talk can happen?",("wd","2026-04-02",1),["strat1"],"The S47 section also says a strategy discussion within 24 hours, which would be 2026-04-03.")
# transfer notice / joint visit
r("newstarter","date","2025-05-20","CFR is transferring a CIN case to our Neighbourhood Team - the transfer is planned for 2 June 2025. What is the latest date the email notice should be sent?",("db","2025-06-02",5),["transfer"])
r("manager","date","2026-01-06","CFR gave NT notice of transfer on 19/12/2025; transfer happened 22/12/2025. Was enough notice given? (when should notice have gone)",("db","2025-12-22",5),["transfer"])
r("scenario","date","2025-12-22","CFR emailed our Neighbourhood Team today (22/12/2025) giving notice that a CIN case is coming over. Baby born 10/10/2025, lives with mum and grandma. By when do we need to do the joint visit?",("d","2025-12-22",5),["jointvisit"],"If the notice given is longer than 5 days, the notice period (and so the joint visit deadline) would end at the transfer date instead.")
# ICPC
r("duty","date","2025-12-19","strat 19/12/25, icpc by?",("wd","2025-12-19",15),["icpc"])
r("typos","date","2026-04-07","strat was on the 3rd april 2026 (yes good friday, edt) when does icpc need to be by",("wd","2026-04-03",15),["icpc"])
r("scenario","date","2027-05-21","We had the strategy meeting on 14 May 2027 and agreed S47. The S47 was completed today, 21 May, and the decision is ICPC. Parents have a court date on 1 June. By when does the ICPC need to be held?",("wd","2027-05-14",15),["icpc"])
r("indirect","date","2026-08-21","yesterday we had the multi-agency meeting that decided to start child protection enquiries. when's the latest the first big conference can be?",("wd","yesterday",15),["icpc"])
r("manager","date","2026-01-26","ICPC held 20/01/2026, strat 02/01/2026 - in timescale?",("wd","2026-01-02",15),["icpc"])
r("manager","date","2028-01-10","Strat 10/12/2027, ICPC 05/01/2028. Compliant?",("wd","2027-12-10",15),["icpc"])
# ICPC reports
r("duty","date","2026-01-02","icpc 12/01/26, report to chair by?",("wdb","2026-01-12",3),["chairreport"])
r("typos","date","2026-03-27","icpc is on tues 7th april 2026 when do i have to send the report to the chair",("wdb","2026-04-07",3),["chairreport"])
r("newstarter","date","2026-12-18","My first ICPC is on 4 January 2027. When do I need to share my report with the family?",("db","2027-01-04",3),["famreport"])
r("scenario","date","2025-05-22","Conference is booked for 2 June 2025 for two siblings (DOBs 12/03/2016 and 30/05/2020). I've nearly finished the report. When's the latest I can share it with mum and dad?",("db","2025-06-02",3),["famreport"])
r("scenario","date","2025-12-23","The ICPC for a baby (born 19/11/2025) is booked for 5 January 2026, after the strategy meeting yesterday, 22 December. When does my report need to be with the chair?",("wdb","2026-01-05",3),["chairreport"])
# core groups
r("typos","date","2027-03-24","icpc was 24.3.27 when is the 1st core group due",("d","2027-03-24",10),["cg"])
r("scenario","date","2025-08-19","ICPC yesterday (18 August 2025) made both children subject to plans under neglect. The review conference is set for 18 November. When must the first core group be held?",("d","2025-08-18",10),["cg"])
r("indirect","date","2026-05-05","the conference put the kids on a plan last Wednesday, when's the first meeting of the group that puts the detail on the plan due?",("d","last:Wed",10),["cg"])
r("newstarter","date","2026-12-31","Hi, the Initial Child Protection Conference was yesterday, 30 December 2026. When should the first core group take place?",("d","2026-12-30",10),["cg"])
# review conference reports / 12 months
r("duty","date","2025-12-22","rcpc 06/01/26, plan update to parents by?",("db","2026-01-06",3),["rcparents"])
r("typos","date","2026-05-20","review conferance on the 1st june 2026 when does the chair need the report",("db","2026-06-01",3),["rcchair"])
r("indirect","date","2027-03-22","the meeting where they look again at whether the child still needs a protection plan is on 05/04/2027 - when do the parents need to see my update by?",("db","2027-04-05",3),["rcparents"])
r("manager","date","2025-05-21","RCPC 20/05/2025, report shared with parents 18/05/2025. Compliant?",("db","2025-05-20",3),["rcparents"])
r("newstarter","date","2025-02-10","A child became subject to a CP plan on 29 February 2024. If things haven't improved enough to de-plan, from when should the 'professional thinking time meeting' be considered?",("m","2024-02-29",12),["12m"])
r("manager","date","2026-06-01","Plan started 15/01/2026 - when do we hit the 12-month point for a professional thinking time meeting?",("m","2026-01-15",12),["12m"])
# PLO
r("duty","date","2025-12-19","PLO letter dated 19/12/25, 1st mtg by?",("d","2025-12-19",10),["plo1"])
r("typos","date","2026-03-27","plo leter is dated 27th march 2026 when does 1st meeting with parents and solictor have to be",("d","2026-03-27",10),["plo1"])
r("scenario","date","2027-04-06","Legal Gateway on 2 April 2027 agreed PLO. The letter went out today dated 6 April 2027 and mum's solicitor is on leave until the 20th. When should the first PLO meeting take place?",("d","2027-04-06",10),["plo1"])
r("indirect","date","2025-08-22","the letter that starts pre-proceedings is dated 22/08/2025. when should we be sitting down with the parents and their solicitor?",("d","2025-08-22",10),["plo1"])
r("newstarter","date","2026-05-01","Parents consented to a Family Group Conference at the first PLO meeting today (1 May 2026). By when should I make the referral?",("wd","2026-05-01",3),["fgc"])
r("scenario","date","2026-05-22","At the initial PLO meeting today (22 May 2026) dad named his sister and his mum as possible carers. His sister lives in Wales. When do the viability screening requests need to go to Family Placement?",("wd","2026-05-22",3),["viab"])
r("indirect","date","2027-12-16","At the first pre-proceedings meeting today the family put forward an aunt. By when do I need to ask the family placement team to screen her?",("wd","today",3),["viab"])
r("manager","date","2025-09-01","Initial PLO meeting 21/08/2025, viability requests sent 28/08/2025. On time?",("wd","2025-08-21",3),["viab"])
r("duty","date","2025-12-30","plo mtg 30/12/25 mins out by?",("d","2025-12-30",7),["plomin"])
r("typos","date","2025-04-14","when do plo minuets have to go to parents, meeting was 14.4.25",("d","2025-04-14",7),["plomin"])
r("newstarter","date","2026-08-27","How long do I have to send the minutes of a PLO meeting to the parents and their solicitor? The meeting was today, 27 August 2026.",("d","2026-08-27",7),["plomin"])
r("duty","date","2026-04-08","PLO started 07/04/26, legal planning rvw at?",("w","2026-04-07",12),["legal12"],"The standard does not say what the 12 weeks run from; counted here from the start of PLO, whereas from the first PLO meeting it would be later.")
r("manager","date","2025-11-20","Case entered PLO 18/08/2025 and is still in PLO. When should the Legal Gateway meeting be?",("w","2025-08-18",16),["gateway16"])
r("indirect","date","2027-02-17","the 12 week review of pre-proceedings was on 16/02/2027 and agreed to give mum a bit longer because it's exceptional. when does that extra time run out?",("w","2027-02-16",4),["further4"])
r("typos","date","2027-01-04","plo startd 2nd jan 2027 when is the legal gateway at 16 wks if still in plo",("w","2027-01-02",16),["gateway16"])
# CIN
r("duty","date","2025-12-23","deplanned at rcpc 23/12/25, 1st cin mtg by?",("d","2025-12-23",20),["cin20"])
r("scenario","date","2026-03-31","Review conference today (31 March 2026) ended the CP plan for a 14-year-old (DOB 02/04/2011). The chair set an outline CIN plan. By when must the first CIN meeting happen?",("d","2026-03-31",20),["cin20"])
r("indirect","date","2027-05-28","conference took the kids off their protection plans today and said they'd be supported as children in need instead. first meeting of that kind by?",("d","today",20),["cin20"])
r("newstarter","date","2025-12-19","A case transferred to us from Children's First Response today (19 December 2025). When does the initial CIN meeting need to take place?",("d","2025-12-19",10),["cin10"])
r("manager","date","2026-08-27","Transfer from CFR 14/08/2026, initial CIN meeting held 26/08/2026. In timescale?",("d","2026-08-14",10),["cin10"])
# Children in care
r("duty","date","2025-12-24","emergency LAC 24/12/25, assessment by?",("wd","2025-12-24",20),["emerg"])
r("scenario","date","2026-04-03","Police protection last night (2 April 2026), then s20 - unplanned, mum was arrested. Her older brother has been in care since 2024. When does the assessment need to be completed?",("wd","2026-04-02",20),["emerg"])
r("indirect","date","2026-12-22","a child came in to care overnight with no warning on 21/12/2026. how long have we got to finish assessing their needs?",("wd","2026-12-21",20),["emerg"])
r("typos","date","2025-12-26","kid moved placement on boxing day 2025 when do i have to visit",("wd","2025-12-26",1),["visit1"])
r("indirect","date","2026-12-24","the child moved to a new foster home today, what's the latest I can go and see them?",("wd","today",1),["visit1","lacseen"])
r("manager","date","2025-05-07","Child placed 02/05/2025, first visit 06/05/2025 - compliant?",("wd","2025-05-02",1),["lacseen","visit1"])
r("duty","date","2025-12-23","placed 23/12/25 plcmt mtg by?",("wd","2025-12-23",3),["placemtg"])
r("newstarter","date","2026-04-01","A child was placed with foster carers today, 1 April 2026. By when should the placement meeting be held?",("wd","2026-04-01",3),["placemtg"])
r("scenario","date","2027-08-27","Toddler placed with connected carers (maternal aunt) today, 27 August 2027, after temporary approval by the ADM this morning. Care proceedings are due to issue 3 September. When must the placement meeting be held?",("wd","2027-08-27",3),["placemtg"])
r("typos","date","2025-12-18","placment started 18/12/25 when do carers need the updated placement plan",("wd","2025-12-18",5),["placeplan"])
r("manager","date","2027-04-12","Placement began 30/03/2027; updated placement plan given to carers 07/04/2027. In time?",("wd","2027-03-30",5),["placeplan"])
r("newstarter","date","2025-12-16","A young person came into care yesterday, 15 December 2025. When do they need their coming into care pack and children's rights leaflet by?",("w","2025-12-15",3),["pack"])
r("indirect","date","2026-04-07","by when should a child who came into care on 3/4/2026 have been given the welcome pack and the leaflet about their rights?",("w","2026-04-03",3),["pack"])
r("duty","date","2026-12-31","LAC from today 31/12/26, inform profs of legal status by?",("wd","2026-12-31",5),["legalstatus"])
r("scenario","date","2027-12-22","Interim care order granted today, 22 December 2027, and he moved to foster care this afternoon. School and the health visitor know about court but not the outcome. When do all the professionals need to be told about his legal status?",("wd","2027-12-22",5),["legalstatus"])
r("indirect","date","2026-05-01","child became looked after today - by when must the other professionals know she's in care and under what order?",("wd","today",5),["legalstatus"])
r("typos","date","2025-04-08","iha for a kid who came into care 7/4/25 when is it due",("wd","2025-04-07",20),["iha"])
r("newstarter","date","2026-08-21","When should the initial health assessment be carried out by? The child became looked after yesterday, 20 August 2026.",("wd","2026-08-20",20),["iha"])
r("duty","date","2025-12-10","LAC 10/12/25 pep by?",("d","2025-12-10",20),["pep"])
r("indirect","date","2026-07-16","the school meeting about a looked-after child's education plan - she came into care on 15/07/2026, when's it due?",("d","2026-07-15",20),["pep"])
r("typos","date","2025-12-29","care plan on system for placement 28.12.25 by when",("d","2025-12-28",10),["careplan"])
r("scenario","date","2027-04-30","Child placed today (30 April 2027) under s20 after dad's hospital admission. Dad's discharge date is 12 May. When must the care plan be on the system?",("d","2027-04-30",10),["careplan"])
r("manager","date","2027-01-04","Placed 15/12/2026, care plan on LCS 29/12/2026. In time?",("d","2026-12-15",10),["careplan"])
r("newstarter","date","2027-03-25","Could you tell me the deadline for the initial Looked After Review? The child became looked after today, 25 March 2027.",("wd","2027-03-25",20),["lacrev"])
r("indirect","date","2026-04-27","when's the first statutory review with the reviewing officer due for a child who came into our care on 24/04/2026?",("wd","2026-04-24",20),["lacrev"])
r("manager","date","2025-09-10","Child became looked after 11/08/2025. Initial review held 09/09/2025. In timescale?",("wd","2025-08-11",20),["lacrev"])
r("typos","date","2026-12-21","frist lac reveiw due when, came into care on sat 19th dec 2026",("wd","2026-12-19",20),["lacrev"])
r("duty","date","2025-12-22","LAC rvw 05/01/26 SW report to IRO by?",("db","2026-01-05",3),["iroreport"])
r("scenario","date","2026-03-30","Second looked after review is on 7 April 2026 at 2pm at the foster carers' house; the last one was 7 October 2025. When does my report need to be with the IRO?",("db","2026-04-07",3),["iroreport"])
# IRO
r("newstarter","date","2027-04-01","The IRO raised a formal dispute today, 1 April 2027. By when should the formal dispute resolution process be completed?",("wd","2027-04-01",20),["iro20"])
r("indirect","date","2026-04-30","the reviewing officer flagged drift on our care plan today. how long before it escalates to a formal dispute if we don't sort it?",("wd","today",5),["iro5"])
r("manager","date","2026-01-07","Formal dispute opened 01/12/2025, closed 05/01/2026. Within timescale?",("wd","2025-12-01",20),["iro20"])
# Adoption
r("scenario","date","2025-04-15","Baby was placed with adopters yesterday, 14 April 2025, under a placement order made in January. The adopters want to apply for the adoption order asap. From when can they apply?",("w","2025-04-14",10),["adopt10"])
r("typos","date","2027-01-04","adopters had the child since 23/12/2026, when can they apply for the adoption order",("w","2026-12-23",10),["adopt10"])
r("newstarter","date","2027-03-30","Our adoptive placement started yesterday, 29 March 2027. When can the adopters apply for the Adoption Order?",("w","2027-03-29",10),["adopt10"])
# Fostering
r("duty","date","2025-12-19","SSW visit to carers today 19/12/25, record on LCS by?",("wd","2025-12-19",3),["fcrecord"])
r("manager","date","2026-06-01","Carer visit 22/05/2026 recorded 28/05/2026. In time?",("wd","2026-05-22",3),["fcrecord"])
r("newstarter","date","2026-12-21","The Strategic Lead approved a Variation of the Terms of Approval so a child could be placed today, 21 December 2026. Until when can the variation last?",("wd","2026-12-21",6),["variation"])
r("duty","date","2027-03-31","variation of terms agreed today 31/03/27, ends?",("wd","2027-03-31",6),["variation"])
r("scenario","date","2025-08-21","Grandad was temporarily approved as a connected person foster carer yesterday, 20 August 2025, and the kids moved in that evening. Panel is booked for late November. When does his temporary approval run out?",("w","2025-08-20",16),["temp16"])
r("indirect","date","2027-04-20","nan got emergency approval to have the baby from 06/01/2027, and the first 16 weeks are being extended the full amount. when does the extension run out?",("w","2027-01-06",24),["temp16"])
r("manager","date","2026-01-05","Connected carer temporary approval 02/01/2026 - what's the expiry before an extension is needed?",("w","2026-01-02",16),["temp16"])
r("typos","date","2026-01-05","last annual reveiw for our foster carers was 24/12/25, when is the next one",("m","2025-12-24",12),["fcannual"])
r("manager","date","2026-05-18","Carer DBS, medical and references last updated 31/08/2023. When are they due?",("m","2023-08-31",36),["fcdbs"])
r("duty","date","2027-02-01","carer core training last done 03/05/2024, refresh by?",("m","2024-05-03",36),["fctraining"])
r("scenario","date","2026-04-20","Our carers had their annual review on 18 April 2025 chaired by an IRO; the last review that went to Fostering Panel was 22 May 2023. No complaints or allegations. When must their review next go to panel?",("m","2023-05-22",36),["fcpanel"])
# Case recording / case summary / assessment currency
r("typos","date","2025-04-18","did a vist on good friday (18/4/25) when does it need to be recorded by",("d","2025-04-18",3),["recording"])
r("indirect","date","2026-08-29","had a phone call with the child's dad today - how long have I got to get it on the system?",("d","today",3),["recording"])
r("newstarter","date","2026-12-30","I saw a family today, 30 December 2026. By when do I have to record the visit?",("d","2026-12-30",3),["recording"])
r("manager","date","2026-02-02","Case summary last updated 30/11/2025. When does it go out of date?",("m","2025-11-30",3),["summary"])
r("typos","date","2026-07-01","case file summery last updated 31.5.26 when is it due updating",("m","2026-05-31",3),["summary"])
r("duty","date","2025-01-20","assessment authorised 29/02/24, new one due?",("m","2024-02-29",12),["assess12"])
r("scenario","date","2026-06-15","I've picked up a case from a colleague who left. The last C&F assessment was authorised on 15 January 2026, and the case summary was updated on 3 March 2026. The child turned 9 on 01/04/2026. When does the assessment go out of date?",("m","2026-01-15",12),["assess12"])
r("newstarter","date","2027-06-01","Sorry, quick one: how recent does the case file summary have to be? Ours was last updated on 28 February 2027, so when is the next update due?",("m","2027-02-28",3),["summary"])

# ====================== VISITS rows ======================
r("duty","visits","2025-12-19","cp visit today 19/12/25, next by?",("w","2025-12-19",4),["cpvisit"])
r("typos","visits","2026-04-08","last cp vist was 2.4.26 when is next one due",("w","2026-04-02",4),["cpvisit"])
r("indirect","visits","2025-09-01","when do I next have to see a child who's on a protection plan at home? last saw him 28/08/2025",("w","2025-08-28",4),["cpvisit"])
r("manager","visits","2026-02-09","CP visits on 05/01/2026 and 06/02/2026 - gap within standard? when was the second one due?",("w","2026-01-05",4),["cpvisit"])
r("newstarter","visits","2025-12-23","I last saw a child subject to a CIN plan yesterday, 22 December 2025. When is the next visit due?",("w","2025-12-22",6),["cinvisit"])
r("scenario","visits","2026-04-13","CIN case: I saw both children at home on 27 March 2026 and then saw the eldest at school on 10 April. When is the next CIN visit due?",("w","2026-03-27",6),["cinvisit"])
r("duty","visits","2027-01-04","CIN rvw mtg 30/12/26, next by?",("w","2026-12-30",6),["cinrev"])
r("typos","visits","2025-05-27","last cin reveiw meeting 26/5/25 next one by",("w","2025-05-26",6),["cinrev"])
r("duty","visits","2025-12-29","LAC placed 17/12/25, 1st rvw not held yet, last visit 24/12, next by?",("w","2025-12-24",1),["lacweekly"])
r("indirect","visits","2027-04-01","she's had her first review in care and the plan for permanence isn't sorted yet. I last saw her yesterday - when's the next statutory visit?",("w","yesterday",6),["lac6"])
r("scenario","visits","2025-09-01","Teen has been in his long-term foster placement since May 2024, it's been agreed as his permanent home and he's settled. Last statutory visit was 29 August 2025. When is the next one due?",("w","2025-08-29",12),["lac12"])
r("newstarter","visits","2026-04-07","For a child placed with adopters under a placement order, the first Looked After Review has happened. The last visit was on 6 April 2026. When is the next statutory visit due?",("w","2026-04-06",6),["adopt6w"])
r("manager","visits","2025-05-20","Adoptive placement 05/05/2025, no LAC review yet, visits 05/05 then 14/05. When was the second visit due?",("w","2025-05-05",1),["adoptweekly"])
r("duty","visits","2025-12-23","FC supervising visit 23/12/25, next by?",("w","2025-12-23",6),["fcvisit"])
r("typos","visits","2025-01-06","unanounced vist to foster carers last done 29/2/24 when next",("m","2024-02-29",12),["fcunann"])
r("indirect","visits","2025-12-29","the arrangements for the kids seeing mum and dad were last looked at on 24/12/2025 and there's no permanence plan yet; when do they need looking at again?",("w","2025-12-24",8),["familytime"])
r("manager","visits","2026-06-05","Family time reviewed 01/04/2026 and 03/06/2026 - within timescale? when was the review due?",("w","2026-04-01",8),["familytime"])
r("scenario","visits","2026-01-23","First PLO meeting with mum and her solicitor was 18 December 2025. The last review PLO meeting was yesterday, 22 January 2026. Mum's parenting assessment is due in March. What's the latest the next review PLO meeting can be?",("w","2026-01-22",6),["plorev"],"The standard gives a 4-6 week window; the earliest would be 2026-02-19.")
r("newstarter","visits","2027-03-31","How often should review PLO meetings be? The last one was on 30 March 2027 - what's the latest for the next?",("w","2027-03-30",6),["plorev"],"The standard gives a 4-6 week window; the earliest would be 2027-04-27.")
r("newstarter","visits","2026-08-24","A child came into care on 20 August 2026 and I visited on 21 August. The first LAC review isn't until September. When is my next statutory visit due?",("w","2026-08-21",1),["lacweekly"])

# ====================== AGE rows ======================
r("newstarter","age","2026-01-12","A young person in care was born on 14 September 2010. When should their pathway plan be started?",("age","2010-09-14",15,6),["pathway"])
r("duty","age","2026-11-02","dob 31/08/2011 pathway plan start?",("age","2011-08-31",15,6),["pathway"])
r("typos","age","2027-06-01","young person dob 29/2/2012 when do i start the pathway plan",("age","2012-02-29",15,6),["pathway"])
r("scenario","age","2026-01-12","ICPC on 20 January 2026 for three siblings: born 03/02/2014, 17/07/2016 and 29/02/2020. Mum wants the eldest there. When does the eldest turn old enough that she must be offered an advocate?",("age","2014-02-03",12,0),["advocate"])
r("indirect","age","2027-10-04","from what date is a child born 29/02/2016 old enough that we have to offer them an advocate for conference?",("age","2016-02-29",12,0),["advocate"])
r("manager","age","2026-01-12","Child DOB 19/12/2019 entered PLO 05/01/2026 - should she have had an adoption SW allocated? when did she turn 6?",("age","2019-12-19",6,0),["adopt6"])
r("newstarter","age","2025-11-03","A little boy was born on 29 February 2020. When does he turn 6, for the rule about allocating a Trafford adoption social worker?",("age","2020-02-29",6,0),["adopt6"])
r("typos","age","2026-05-11","kid in care dob 1/4/2011 when is he 15 and a half for pathway plan",("age","2011-04-01",15,6),["pathway"])

# ====================== CHOICE rows ======================
r("duty","choice","2026-03-04","conf 03/03/26, next mtg due?",("choice",("d","2026-03-03",10),("d","2026-03-03",20)),["cg","cin20"])
r("typos","choice","2025-12-29","saw the kid at home 22/12/25 when is the next statutry visit",("choice",("w","2025-12-22",4),("w","2025-12-22",6)),["cpvisit","cinvisit"])
r("newstarter","choice","2026-12-01","A child was placed with foster carers today, 1 December 2026. When does the plan need to be done by?",("choice",("wd","2026-12-01",5),("d","2026-12-01",10)),["placeplan","careplan"])
r("indirect","choice","2026-04-03","a child came into care in an emergency yesterday - when is the assessment due?",("choice",("wd","yesterday",20),("wd","yesterday",20)),["emerg","iha"])
r("scenario","choice","2025-12-31","ICPC is booked for 12 January 2026 for a 7-year-old (DOB 12/01/2019) - yes, his birthday. I'm writing the report over New Year. When does the report have to go out?",("choice",("wdb","2026-01-12",3),("db","2026-01-12",3)),["chairreport","famreport"])
r("manager","choice","2026-12-22","First PLO meeting 21/12/2026 - when are the referrals due?",("choice",("wd","2026-12-21",3),("wd","2026-12-21",3)),["fgc","viab"])
r("duty","choice","2025-12-19","visited FCs 19/12/25, what's due next?",("choice",("wd","2025-12-19",3),("w","2025-12-19",6)),["fcrecord","fcvisit"])
r("typos","choice","2025-12-24","kid placed 24/12/25 when does the meeting need to be",("choice",("wd","2025-12-24",3),("wd","2025-12-24",20)),["placemtg","lacrev"])

# ====================== NONE rows ======================
r("duty","none","2026-01-13","icpc 12/01/26, rcpc due?",("none",),["n_nextconf"])
r("newstarter","none","2026-03-06","How often should core groups be held after the first one? The last was yesterday, 5 March 2026.",("none",),["n_cgreview"])
r("typos","none","2026-04-07","how often do i need supervision, last one was 3/4/26",("none",),["n_supervision"])
r("indirect","none","2026-01-15","when does the second review with the reviewing officer need to be? the first was on 14/01/2026",("none",),["n_second"])
r("manager","none","2026-03-03","SHOPBA - what's the deadline from the final care planning meeting held 02/03/2026?",("none",),["n_shopba"])
r("scenario","none","2027-05-31","The adoption order was granted on 20 May 2027 after the child had been with the adopters since January. When does the later life letter have to be done by?",("none",),["n_lifestory"])
r("duty","none","2025-12-19","strat today 19/12 - record sent to agencies by?",("none",),["n_stratrecord"])
r("manager","none","2027-03-04","Adopters applied for the adoption order 03/03/2027. Deadline for the Annex A report?",("none",),["n_annexa"])
r("scenario","none","2026-02-02","I'm the SW for a 10-year-old in foster care; her last LAC review was on 14 January 2026 and the IRO was there. Mum asked when the IRO has to next contact her daughter between reviews. When is that due?",("none",),["n_iromeet"])


def build():
    _selfcheck_holidays()
    src = open(SOURCE, encoding="utf-8").read()
    out = []
    for voice, kind, today, q, spec, keys, amb in R:
        t = D.fromisoformat(today)
        due, count = compute(spec, t)
        phrases = [P[k] for k in keys]
        row = {"q": q, "today": today, "due": due.isoformat() if due else None,
               "expect_any": phrases, "count": count, "voice": voice, "kind": kind}
        if amb: row["ambiguous"] = amb
        out.append(row)
    # ---- checks ----
    errs = []
    for i, row in enumerate(out):
        for p in row["expect_any"]:
            if p not in src: errs.append(f"row {i}: phrase not verbatim: {p!r}")
            if len(p.split()) < 6: errs.append(f"row {i}: phrase < 6 words: {p!r}")
        if row["voice"] not in {"duty","typos","scenario","indirect","newstarter","manager"}: errs.append(f"row {i}: voice")
        if (row["kind"] == "none") != (row["due"] is None): errs.append(f"row {i}: none/due mismatch")
        if row["kind"] == "choice" and len(row["expect_any"]) < 2: errs.append(f"row {i}: choice needs 2 phrases")
    qs = Counter(r_["q"] for r_ in out)
    errs += [f"duplicate q: {q}" for q, c in qs.items() if c > 1]
    if errs:
        print("\n".join(errs)); sys.exit(1)
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for row in out: f.write(json.dumps(row, ensure_ascii=False) + "\n")
    # re-parse
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    print("rows", len(rows))
    print("kinds", dict(Counter(x["kind"] for x in rows)))
    print("voices", dict(Counter(x["voice"] for x in rows)))
    print("ambiguous", sum(1 for x in rows if "ambiguous" in x))
    print("years(today)", dict(Counter(x["today"][:4] for x in rows)))

if __name__ == "__main__":
    build()
