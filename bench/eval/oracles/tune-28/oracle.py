#!/usr/bin/env python3
"""Oracle for the frozen deadline question set (set-tune-28).
Standard library only. Computes `due` and `count` for every row from the
structured specs in ROWS and writes questions.jsonl next to this file.
Run:  python3 oracle.py          (writes questions.jsonl)
      python3 oracle.py --check  (also verifies phrases, kinds, voices)
"""
import datetime as dt, json, os, sys, calendar

D = dt.date
# England and Wales bank holidays 2024-2028, typed by hand (substitute days included).
BANK_HOLIDAYS = {
    D(2024,1,1), D(2024,3,29), D(2024,4,1), D(2024,5,6), D(2024,5,27), D(2024,8,26), D(2024,12,25), D(2024,12,26),
    D(2025,1,1), D(2025,4,18), D(2025,4,21), D(2025,5,5), D(2025,5,26), D(2025,8,25), D(2025,12,25), D(2025,12,26),
    D(2026,1,1), D(2026,4,3), D(2026,4,6), D(2026,5,4), D(2026,5,25), D(2026,8,31), D(2026,12,25), D(2026,12,28),
    D(2027,1,1), D(2027,3,26), D(2027,3,29), D(2027,5,3), D(2027,5,31), D(2027,8,30), D(2027,12,27), D(2027,12,28),
    D(2028,1,3), D(2028,4,14), D(2028,4,17), D(2028,5,1), D(2028,5,29), D(2028,8,28), D(2028,12,25), D(2028,12,26),
}
WD = ["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]
def iso(d): return d.isoformat()
def lab(d): return f"{iso(d)} ({WD[d.weekday()]})"
def is_wd(d): return d.weekday() < 5 and d not in BANK_HOLIDAYS

def _selfcheck_holidays():
    # independent rule-based cross-check of the typed list
    def easter(y):
        a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
        i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=(h+l-7*m+114)%31+1
        return D(y,mo,da)
    def first_mon(y,m):
        d=D(y,m,1)
        while d.weekday()!=0: d+=dt.timedelta(1)
        return d
    def last_mon(y,m):
        d=D(y,m,calendar.monthrange(y,m)[1])
        while d.weekday()!=0: d-=dt.timedelta(1)
        return d
    s=set()
    for y in range(2024,2029):
        nd=D(y,1,1)
        while nd.weekday()>=5: nd+=dt.timedelta(1)
        s.add(nd); e=easter(y); s|={e-dt.timedelta(2), e+dt.timedelta(1)}
        s|={first_mon(y,5), last_mon(y,5), last_mon(y,8)}
        c=D(y,12,25); b=D(y,12,26)
        if c.weekday()==5: s|={D(y,12,27),D(y,12,28)}
        elif c.weekday()==4: s|={c,D(y,12,28)}
        elif c.weekday()==6: s|={D(y,12,26)+dt.timedelta(1), b}  # Sun: Mon 26 is Boxing, sub Tue 27
        else: s|={c,b}
    assert s==BANK_HOLIDAYS, (sorted(s-BANK_HOLIDAYS), sorted(BANK_HOLIDAYS-s))

def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year; m += 1
    last = calendar.monthrange(y, m)[1]
    return D(y, m, min(d.day, last)), d.day > last

def resolve(s, today):
    """ISO date, or a relative phrase read against today."""
    if s == "today": return today
    if s == "yesterday": return today - dt.timedelta(1)
    if s == "tomorrow": return today + dt.timedelta(1)
    if s.startswith("last:"):   # most recent such weekday strictly before today
        w = WD.index(s[5:]); d = today - dt.timedelta(1)
        while d.weekday() != w: d -= dt.timedelta(1)
        return d
    if s.startswith("this:"):   # that weekday in the same Mon-Sun week as today
        w = WD.index(s[5:]); return today + dt.timedelta(w - today.weekday())
    return D.fromisoformat(s)

def bh_between(a, b):
    lo, hi = min(a, b), max(a, b)
    return [x for x in sorted(BANK_HOLIDAYS) if lo < x <= hi or (lo <= x < hi and a > b)]

def calc(spec, today):
    op = spec[0]
    if op == "wd":
        s = resolve(spec[1], today); n = spec[2]; d = s; k = 0
        while k < n:
            d += dt.timedelta(1)
            if is_wd(d): k += 1
        skipped = [x for x in sorted(BANK_HOLIDAYS) if s < x < d]
        c = f"{n} working day{'s' if n>1 else ''} after {lab(s)} -> {lab(d)}"
        if not is_wd(s): c += f"; start day {iso(s)} is not a working day (counted from it)"
        c += "; skips bank holidays " + ", ".join(map(iso, skipped)) if skipped else "; no bank holidays in range"
        return d, c
    if op == "wdb":
        s = resolve(spec[1], today); n = spec[2]; d = s; k = 0
        while k < n:
            d -= dt.timedelta(1)
            if is_wd(d): k += 1
        skipped = [x for x in sorted(BANK_HOLIDAYS) if d < x < s]
        c = f"{n} working days before {lab(s)} -> {lab(d)}"
        c += "; skips bank holidays " + ", ".join(map(iso, skipped)) if skipped else "; no bank holidays in range"
        return d, c
    if op in ("d", "db", "w"):
        s = resolve(spec[1], today); n = spec[2]
        days = n * 7 if op == "w" else n
        d = s - dt.timedelta(days) if op == "db" else s + dt.timedelta(days)
        unit = f"{n} week{'s' if n>1 else ''} ({days} days)" if op == "w" else f"{n} calendar days"
        c = f"{unit} {'before' if op=='db' else 'after'} {lab(s)} -> {lab(d)}"
        if not is_wd(d): c += " (not a working day; calendar count, not moved)"
        return d, c
    if op == "m":
        s = resolve(spec[1], today); n = spec[2]
        d, clamped = add_months(s, n)
        c = f"{n} months after {lab(s)} -> {lab(d)}"
        if clamped: c += f" (day {s.day} does not exist in that month; last day of month used)"
        return d, c
    if op == "same":
        s = resolve(spec[1], today); return s, f"same day as {lab(s)}"
    if op == "age":
        dob = D.fromisoformat(spec[1]); y, mo = spec[2], spec[3]
        if dob.month == 2 and dob.day == 29 and mo == 0:
            ty = dob.year + y
            if calendar.isleap(ty): d = D(ty, 2, 29); note = f"{ty} is a leap year"
            else: d = D(ty, 3, 1); note = f"29 Feb birthday, {ty} not a leap year -> 1 March"
            return d, f"{y}th birthday of dob {iso(dob)} -> {lab(d)}; {note}"
        d, clamped = add_months(dob, 12 * y + mo)
        what = f"{y}th birthday" if mo == 0 else f"{y} years {mo} months after dob"
        c = f"{what} of dob {iso(dob)} -> {lab(d)}" if mo == 0 else f"{what} {iso(dob)} -> {lab(d)}"
        if clamped: c += f" (day {dob.day} does not exist in that month; last day of month used)"
        return d, c
    raise ValueError(spec)

# ---------------------------------------------------------------- phrases
P = dict(
 FD="decisions made by what action are required by a Team Leader within 1 working day",
 INIT="Initial decisions will be made about the action required within 1 working day",
 REF="Referrals will be actioned by a social worker within 1 working day",
 S47SEEN="the child / children will be seen by the Social Worker the same day",
 S47DISC="Within 5 days of the Section 47 being initiated",
 ALLOC="allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 TLREV="All assessments will be reviewed by the Team Leader within 15 working days",
 A45="Assessments must all be completed within 45 days",
 STRAT1="a strategy discussion is required, this must happen within 1 working day",
 STRAT24="A strategy discussion within 24 hours involving all relevant agencies",
 NOTICE="will notify the Neighbourhood Team via email, giving at least 5 days’ notice",
 JOINT="Within the 5 days’ notice period, the Children’s First Response Social Worker",
 ICPC="Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 FAM3="The report will be shared with family at least 3 the days prior to conference",
 CHAIR3="The report will be sent to the child protection chair 3 working days before the conference",
 ADV="if they are 12 or over they should be offered an advocate",
 CG="The first core group must be  held within 10 days of the conference",
 CPV="Visits to a child subject to a CP plan will take place at least every 4 weeks",
 RPAR="This report must be shared with parents at least 3 days prior to the review conference",
 RCHAIR="The report will be available to the conference chair at least 3 days prior to the review conference",
 M12="when they have been subject to a plan for 12 months",
 PLO1="The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 FGC="Referral should be made within 3 working days of the first PLO meeting",
 VIA="need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 MIN="to be distributed to parents and their legal representation within 7 days of the meeting",
 RPLO="Review PLO meetings with parents to be held every 4-6 weeks",
 W12="A review legal planning meeting will be held at 12 weeks",
 EXT4="In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
 W16="a Legal Gateway meeting will be convened at 16 weeks",
 CIN20="will set the first CIN meeting within 20 days",
 CIN10="the initial CIN meeting must take place within 10 days",
 CINREV="CIN review meetings will be held at least every 6 weeks",
 CINV="A child subject to a CIN plan will be seen at least every 6 weeks",
 EMAS="If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 VIS1="The child will be visited within 1 working day of coming into care or having a change in placement",
 SEEN1="All looked after children will be seen within 1 working day of placement",
 PM="The placement meeting will be held within 3 working days",
 PP5="an updated copy given to the carers within 5 working days of the placement beginning",
 FT="reviewed at least every 8 week until the plan for permanence is agreed",
 PACK="The child will be provided with a coming into care pack, children rights leaflet within 3 weeks",
 LEGAL="All other professionals involved with the child will be informed of the child’s legal status within 5 working days",
 IHA="An initial health assessment will be requested and carried out within 20 working days",
 PEP="A PEP meeting will be arranged within the school within 20 days",
 LACW="Statutory looked after visits must happen weekly until the first looked after review",
 LAC6="then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 LAC12="Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 CPLAN="An up to date care plan will be recorded on the electronic system within 10 days of placement",
 ILAR="The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 PATH="A pathway plan will be started when the young person is 15 years 6 months",
 IRORPT="this will be with the IRO 3 days before the review",
 IRO5="If the challenge is not resolved within 5 working days a formal dispute will be raised",
 IRO20="The formal dispute resolution process should be completed from start to finish within 20 working days",
 AD6="If a child under the age of 6 enters PLO or proceedings",
 ADW="Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 AD6W="then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 AD10="Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
 FCV="Trafford foster carers are visited at least once every six weeks",
 FCREC="a record of this visit is recorded on LCS within 3 working days",
 UNANN="will have an unannounced visit at least once every 12 months",
 ANNUAL="All Trafford foster carers will have an annual review",
 PANEL="annual review presented to the Fostering Panel at least every three years",
 DBS="updated statutory references, medicals and DBS checks at least every three years",
 TRAIN="must update their core training at least every three years",
 VAR="This can only be given for up to 6 working days",
 TEMP="Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 REC="any event or contact is recorded within 3 days",
 SUMM="A clear and concise case file summary which has been updated within the last 3 months",
 ASS12="An up to date assessment (within the last 12 months) on each child",
 # phrases for `none` rows: where the standards mention the thing without a timescale
 N_RCPC="The child protection chair will set the date of the next conference",
 N_SUP="monitored through supervision which takes place in line with the supervision policy",
 N_LAR2="At the point of the second review (if not in proceedings)",
 N_SHOPBA="This needs to take place after the area teams final care planning meeting",
 N_CG="reviewed at every core group and progress recorded",
 N_LIFE="The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
 N_SUPPORT="a Support Meeting will be held and chaired by the Team Leader",
 N_PATHREV="will be reviewed by the IRO as part of the statutory review",
 N_FF="a referral should be made to Family Focus by emailing the team",
 N_ANNEX="The Social Worker will complete the Annex A suitability report for Court",
)

A45 = "The standard says 45 days (calendar under the stated convention); statutory guidance (Working Together) counts 45 working days."
STRAT = "The S47 section says a strategy discussion within 24 hours, which would put it on the next calendar day instead."
PLOSTART = "The standards do not say what the 12/16 weeks run from; counted from the PLO letter date here, but the first PLO meeting or Legal Gateway are possible start points."
FEB = "Counted by the stated month rule (last day of month); some would take 1 March."

# (voice, kind, today, q, calc, phrase keys, ambiguous)
ROWS = [
# ---- Front Door
("duty","date","2025-12-24","contact in this am 24/12, TL decision by when?",("wd","today",1),["FD","INIT"],None),
("indirect","date","2026-04-02","A referral came through from a school this morning about bruising on a year 2 child. When does a team leader have to have decided what we're doing with it?",("wd","today",1),["FD","INIT"],None),
("newstarter","date","2027-03-25","Hi, sorry if this is a basic question - a contact came into the Front Door today. By when should a Team Leader have screened it and decided what action is needed?",("wd","today",1),["FD"],None),
("manager","date","2025-08-28","Contact received 22/08/25, TL screening decision recorded 27/08/25. In timescale?",("wd","2025-08-22",1),["FD","INIT"],None),
("scenario","date","2026-12-29","Police sent through a DV notification on Christmas Eve about a 4 year old (dob 03/03/2022). It's been sat in the queue over the break and we're back today. When should the initial decision on it have been made by?",("wd","2026-12-24",1),["INIT","FD"],None),
# ---- S47 same day / 5 days
("indirect","date","2026-02-10","We've just agreed this referral is going down the child protection enquiry route this afternoon. How soon does the worker have to actually see the kids?",("same","today"),["S47SEEN"],None),
("scenario","date","2027-08-27","Referral from A&E at 2pm today (27/08) about a toddler, dob 14/02/2025, with a burn. TL has agreed it's a Section 47. Mum has a GP appointment booked for 31/08. When do we need to have seen the child?",("same","today"),["S47SEEN"],None),
("indirect","date","2026-04-01","The investigation into the injury started on Monday 30th March. When do I need to sit down with my manager to go over how it's going and agree next steps?",("d","2026-03-30",5),["S47DISC"],None),
("scenario","date","2027-05-04","Mum's partner was arrested on 28/04/27 and we opened the S47 the next day, 29/04/27. Child's dob is 12/06/2019. When is the check-in with my TL on the progress of the enquiry due?",("d","2027-04-29",5),["S47DISC"],None),
# ---- allocation / TL review / 45 days
("typos","date","2025-04-17","case needs alocating for c&f assesment, came thru 17.4 - by when??",("wd","2025-04-17",3),["ALLOC"],None),
("newstarter","date","2025-05-02","Hello! My team leader said a case that came in today will be allocated to me for a Child and Family Assessment. How many days does she have to allocate it, and what date would that be?",("wd","today",3),["ALLOC"],None),
("duty","date","2025-12-15","CFA started 15/12/25, TL review due?",("wd","2025-12-15",15),["TLREV"],"The standard does not name the start event; counted from the start of the assessment."),
("indirect","date","2026-03-20","The assessment on the twins kicked off today. When does my manager need to have had a proper look over it?",("wd","today",15),["TLREV"],None),
("newstarter","date","2025-07-14","Could you tell me the final deadline for completing a Child and Family Assessment that I started on 14 July 2025?",("d","2025-07-14",45),["A45"],A45),
("manager","date","2027-04-22","Assessment opened 01/03/27 and authorised 20/04/27 - was it done in timescale?",("d","2027-03-01",45),["A45"],A45),
# ---- strategy discussion
("duty","date","2026-08-28","mgmt decision strat needed today, by when?",("wd","today",1),["STRAT1"],STRAT),
("indirect","date","2025-11-12","My manager has just said we need to get police and health together today to talk about this child. What's the latest that conversation can happen?",("wd","today",1),["STRAT1","STRAT24"],None),
("scenario","date","2027-12-24","Late referral on Christmas Eve - 7 year old (dob 15/01/2020) disclosed at school. TL decided at 3pm today that a strat is needed; the school breaks up until 05/01. Under our standards when's the latest the strat can be held?",("wd","today",1),["STRAT1"],STRAT),
# ---- transfer to Neighbourhood Team
("newstarter","date","2026-01-26","If the First Response team want to transfer a CIN case to my neighbourhood team on Monday 2 February 2026, what's the latest date they should email us notice?",("db","2026-02-02",5),["NOTICE"],None),
# ---- ICPC
("duty","date","2025-12-19","strat 19/12/25, icpc by?",("wd","2025-12-19",15),["ICPC"],None),
("typos","date","2026-04-07","strat was 3rd april (good friday!!) when's icpc by",("wd","2026-04-03",15),["ICPC"],None),
("manager","date","2027-01-25","ICPC was held 20/01, strat 02/01, was that in timescale?",("wd","2027-01-02",15),["ICPC"],None),
("scenario","date","2025-08-15","Strat held on 14/08/25 after the hospital flagged unexplained fractures. Baby was born 01/08/25 and dad's dob is 10/10/1999. What's the latest date for the initial conference?",("wd","2025-08-14",15),["ICPC"],None),
("indirect","date","2026-12-22","Police and us had the first joint discussion about the boys yesterday. When's the deadline for getting everyone round the table to decide on a protection plan?",("wd","yesterday",15),["ICPC"],None),
("scenario","date","2028-01-04","We held the strat on 23/12/27 for a 14 year old (dob 30/09/2013) after a disclosure at youth club. Police interviewed her on 29/12/27. When is the ICPC due by?",("wd","2027-12-23",15),["ICPC"],None),
("indirect","date","2025-05-07","The meeting with police and school to plan the enquiries was last Friday. What's the latest date for the conference?",("wd","last:Fri",15),["ICPC"],None),
# ---- ICPC reports
("duty","date","2026-03-30","ICPC 07/04/26, report to chair by?",("wdb","2026-04-07",3),["CHAIR3"],None),
("typos","date","2027-05-20","icpc on 2/6/27 when do i have to show famly my report",("db","2027-06-02",3),["FAM3"],None),
("manager","date","2025-06-02","ICPC 28/05/25, report went to chair 23/05/25. OK?",("wdb","2025-05-28",3),["CHAIR3"],None),
("newstarter","date","2026-12-15","Could someone explain when I should share my conference report with the parents? The initial conference is on Tuesday 29 December 2026.",("db","2026-12-29",3),["FAM3"],None),
("scenario","date","2027-08-23","ICPC is set for 01/09/27 for two brothers (dobs 05/05/2018 and 19/11/2021). Strat was 13/08/27. My TL is on leave from the 26th. When does the report have to be signed off and with the chair?",("wdb","2027-09-01",3),["CHAIR3"],None),
# ---- core groups
("scenario","date","2025-12-29","Conference on 24/12/2025 made both children (dobs 01/02/2017 and 05/05/2020) subject to CP plans under neglect. Chair set the next review for March. When's the first core group due?",("d","2025-12-24",10),["CG"],None),
("indirect","date","2027-03-24","The children went on protection plans at Tuesday's conference (23/03/27). When do we need to get the group together that works the plan out in detail?",("d","2027-03-23",10),["CG"],None),
# ---- review CP conference reports
("indirect","date","2026-04-20","The review meeting for his protection plan is on 04/05/26. When must the parents and the chair have my update?",("db","2026-05-04",3),["RPAR","RCHAIR"],None),
("manager","date","2026-09-02","RCPC 01/09/26. Plan update reached the chair 30/08/26. Was it in time?",("db","2026-09-01",3),["RCHAIR"],None),
# ---- 12 months on plan
("indirect","date","2026-03-02","Child went on a plan on 15/09/2025 and things aren't shifting. From what date do we have to hold the meeting where professionals rethink how we work with the family?",("m","2025-09-15",12),["M12"],None),
("manager","date","2025-01-20","CP plan since 29/02/2024 with little progress. From what date is a professional thinking time meeting needed?",("m","2024-02-29",12),["M12"],FEB),
# ---- PLO
("indirect","date","2026-03-27","The letter that starts pre-proceedings went out dated today. When should the first meeting with mum, dad and their solicitors be?",("d","today",10),["PLO1"],None),
("scenario","date","2027-02-15","Legal Gateway agreed PLO on 10/02/27 and the letter was dated 12/02/27. Mum's solicitor is off until the 25th. What's the deadline for the first PLO meeting?",("d","2027-02-12",10),["PLO1"],None),
("indirect","date","2025-12-23","We had the first pre-proceedings meeting with the parents today and they agreed to a family meeting to plan with relatives. When does that referral need to go in?",("wd","today",3),["FGC"],None),
("indirect","date","2027-05-28","At the first PLO meeting today mum named her sister as someone who could look after the baby. When do I need to ask Family Placement to screen her?",("wd","today",3),["VIA"],None),
("typos","date","2025-08-26","initial plo meting 22/8/25, viabilty request deadline?",("wd","2025-08-22",3),["VIA"],None),
("duty","date","2026-12-18","PLO mtg 18/12/26, mins to parents + sols by?",("d","2026-12-18",7),["MIN"],None),
("indirect","date","2026-06-15","When do the notes of the pre-proceedings meeting have to go out to mum and her legal rep? Meeting was last Thursday.",("d","last:Thu",7),["MIN"],None),
("scenario","date","2027-04-01","We had the first PLO meeting for the twins on 29/03/2027 (Easter Monday was a nightmare to book!). Grandad, dob 02/02/1960, was put forward. When does the request to Family Placement to screen him need to go?",("wd","2027-03-29",3),["VIA"],None),
("indirect","date","2026-01-06","Pre-proceedings started with the letter on 06/01/2026. When's the 12-week legal review where the solicitor comes along?",("w","2026-01-06",12),["W12"],PLOSTART),
("manager","date","2025-12-01","PLO letter dated 02/09/25, case still in PLO. When is the 16 week Legal Gateway due?",("w","2025-09-02",16),["W16"],PLOSTART),
("indirect","date","2026-04-14","At today's review legal planning meeting they agreed to give the family an extra exceptional period in pre-proceedings. When does that run out?",("w","today",4),["EXT4"],None),
# ---- CIN
("indirect","date","2025-12-12","The children came off their protection plans at the review today. When does the first meeting under the new lower-level plan need to be?",("d","today",20),["CIN20"],None),
("typos","date","2026-03-30","case trasnfered from CFR on 27/3/26 when initial cin meeting",("d","2026-03-27",10),["CIN10"],None),
("scenario","date","2025-08-26","Case came over to our neighbourhood team from First Response on 22/08/25 after the assessment recommended CIN. Boy is 9 (dob 02/02/2016) and school goes back 03/09. When's the initial CIN meeting due?",("d","2025-08-22",10),["CIN10"],None),
# ---- Children in care
("indirect","date","2025-12-12","Kid came into care in an emergency, unplanned, yesterday (11 Dec 2025). When does her needs assessment have to be finished?",("wd","yesterday",20),["EMAS"],None),
("typos","date","2025-08-22","child placed today fri 22nd aug when do i have to visit",("wd","today",1),["VIS1","SEEN1"],None),
("indirect","date","2026-12-24","He moved to a new foster home this afternoon. When do I have to get out to see him?",("wd","today",1),["VIS1","SEEN1"],None),
("scenario","date","2026-05-03","Police protection on Saturday night, then s20 and the children went to emergency carers today (Sunday 03/05/2026). Baby's dob is 20/01/2026. When's the latest I have to see them?",("wd","today",1),["SEEN1","VIS1"],None),
("duty","date","2025-12-24","placed 24/12/25, placement mtg by?",("wd","2025-12-24",3),["PM"],None),
("indirect","date","2026-08-24","Placement began today. When do the carers need the updated copy of the document that tells them how to look after her day to day?",("wd","today",5),["PP5"],None),
("typos","date","2027-12-23","placemnt started 23.12.27 updated placment plan to carers by",("wd","2027-12-23",5),["PP5"],None),
("indirect","date","2025-12-15","He came into care today. By when should he have had the welcome pack and the leaflet about his rights?",("w","today",3),["PACK"],None),
("newstarter","date","2027-03-01","Hello, a young person became looked after on 28 February 2027. When should I give her the coming into care pack?",("w","2027-02-28",3),["PACK"],None),
("indirect","date","2027-04-30","Interim care order made today and he's now in our care. When do school, GP and health visitor need to be told about his new status?",("wd","today",5),["LEGAL"],None),
("indirect","date","2026-04-01","When does the first medical check need doing for a child who came into care today?",("wd","today",20),["IHA"],None),
("scenario","date","2025-12-22","Sibling group of three came into care on 19/12/2025 after mum's arrest on the 17th. The youngest (dob 07/07/2024) has eczema and a missed immunisation. When does her initial health assessment need to be done by?",("wd","2025-12-19",20),["IHA"],None),
("indirect","date","2025-05-14","She went into foster care yesterday and is in Year 4. When do we need the education planning meeting at school?",("d","yesterday",20),["PEP"],"The standard does not name the start event; counted from becoming looked after."),
("indirect","date","2025-12-29","Placement started 26/12/2025. When does his overall plan setting out his needs and services need to be on the system?",("d","2025-12-26",10),["CPLAN"],None),
("manager","date","2026-03-18","Placed 02/03/26, care plan recorded 16/03/26. In timescale?",("d","2026-03-02",10),["CPLAN"],None),
("duty","date","2025-12-19","became LAC 19/12/25, 1st LAC review by?",("wd","2025-12-19",20),["ILAR"],None),
("indirect","date","2025-04-16","She came into our care today. When does the first formal meeting with the independent chair to review her care have to take place?",("wd","today",20),["ILAR"],None),
("scenario","date","2027-08-31","Twins (dob 11/11/2023) were accommodated under s20 on 27/08/2027 after mum was admitted to hospital on 25/08. Their IRO is asking when the initial review needs to be.",("wd","2027-08-27",20),["ILAR"],None),
("typos","date","2026-05-05","1st lac reveiw when, came into care 3rd may 2026",("wd","2026-05-03",20),["ILAR"],None),
("scenario","date","2026-08-26","Teenager (dob 21/03/2011) came into care on 24/08/2026 after a family breakdown; her previous CIN plan started 01/06/2026. When is the initial Looked After Review due?",("wd","2026-08-24",20),["ILAR"],None),
("indirect","date","2026-03-30","Her review with the independent chair is on Tuesday 7 April 2026. When does my written report need to be with the chair?",("db","2026-04-07",3),["IRORPT"],None),
# ---- IRO
("indirect","date","2025-12-22","Our IRO raised an informal concern about drift today. If it's not sorted, when does it become a formal dispute?",("wd","today",5),["IRO5"],None),
("manager","date","2026-05-05","Formal dispute raised 01/05/26 - resolution process must be concluded by?",("wd","2026-05-01",20),["IRO20"],None),
# ---- Adoption
("scenario","date","2027-01-04","Baby (dob 22/06/2026) was placed with her adopters on 28/12/2026 after the placement order on 30/11/2026. When can the adopters lodge their application for the adoption order?",("w","2026-12-28",10),["AD10"],None),
# ---- Fostering
("typos","date","2026-12-24","did sup visit to carers 24.12.26 when does record need to be on lcs",("wd","2026-12-24",3),["FCREC"],None),
("indirect","date","2026-02-02","Our carers' annual review last went to panel on 10/06/2024. By when must one go to panel again?",("m","2024-06-10",36),["PANEL"],None),
("duty","date","2026-11-02","carer DBS/medical/refs last done 31/03/24, renew by?",("m","2024-03-31",36),["DBS"],None),
("typos","date","2027-11-15","foster carer core trainig last done 5th may 2025 when next",("m","2025-05-05",36),["TRAIN"],None),
("indirect","date","2025-12-23","The Strategic Lead agreed today that a child outside what the carers are approved for can go to them. Until what date does that permission last?",("wd","today",6),["VAR"],"The standards do not say whether the 6 working days run from the permission or from the placement; counted from the permission."),
("scenario","date","2026-03-11","Nan was temporarily approved as a connected person carer by the ADM on 10/03/2026 and the baby (dob 01/12/2025) moved in the same day. Her viability was done on 02/03. When does the temporary approval run out if it isn't extended?",("w","2026-03-10",16),["TEMP"],None),
("manager","date","2026-04-20","Connected person temporary approval from 05/01/26, already extended once. Latest possible end date?",("w","2026-01-05",24),["TEMP"],None),
("indirect","date","2025-05-06","When do our foster carers need their yearly review again? Their last one was 30/04/25.",("m","2025-04-30",12),["ANNUAL"],None),
# ---- Case recording / open cases
("manager","date","2026-02-10","Case summary last updated 30/11/25 - when does it go out of date?",("m","2025-11-30",3),["SUMM"],None),
("indirect","date","2027-03-01","When does the overview at the top of the child's file need refreshing? Last done 15/01/2027.",("m","2027-01-15",3),["SUMM"],None),
]

ROWS += [
# ---------------------------------------------------------------- more date rows
("scenario","date","2025-04-22","Dad rang the Front Door on Thursday 17/04/25 worried about his daughter (dob 09/09/2012) staying at her mum's. The Easter weekend got in the way. When should a team leader have decided what action was needed?",("wd","2025-04-17",1),["FD","INIT"],None),
("indirect","date","2027-05-28","The health visitor's referral came in this morning. When does whoever's on duty have to have acted on it?",("wd","today",1),["REF"],None),
("scenario","date","2026-08-24","School made a referral on the last day of summer club, 21/08/2026, about a 10 year old (dob 17/05/2016). The Team Leader allocated it for a Child and Family Assessment. By when should it have been allocated?",("wd","2026-08-21",3),["ALLOC"],None),
("scenario","date","2027-04-02","Assessment started 17/03/27 on a family of four; the youngest was born 01/04/2026 and dad's court date is 12/05/27. When does my TL have to have reviewed the assessment?",("wd","2027-03-17",15),["TLREV"],None),
("indirect","date","2025-11-03","How long have I got to get the whole assessment of the family done? I opened it on 03/11/2025.",("d","2025-11-03",45),["A45"],A45),
("scenario","date","2026-12-21","The S47 on a 3 year old (dob 30/11/2023) was initiated on 21/12/2026 after nursery saw marks; the ICPC has been pencilled for 08/01/2027. When should my manager and I formally discuss the enquiry's progress?",("d","2026-12-21",5),["S47DISC"],None),
("typos","date","2025-12-31","strat happend 31st dec, icpc latest?",("wd","2025-12-31",15),["ICPC"],None),
("indirect","date","2026-12-30","The conference deciding about a protection plan is on 04/01/2027. When do the family need to have seen my report by?",("db","2027-01-04",3),["FAM3"],None),
("scenario","date","2027-12-31","The baby (born 20/12/2027) was made subject to a CP plan at the ICPC on 30/12/2027. Mum is discharged from the mother-and-baby unit on 10/01/2028. When does the first core group have to be held?",("d","2027-12-30",10),["CG"],None),
("newstarter","date","2026-08-28","Please could you help - the Initial Child Protection Conference was on 28 August 2026 and the child is now on a plan. When must the first core group meeting take place?",("d","2026-08-28",10),["CG"],None),
("scenario","date","2026-12-18","Review CP conference for a 15 year old (dob 01/01/2011) is listed for 04/01/2027; the last one was 05/10/2026. When does the plan update have to be shared with her parents?",("db","2027-01-04",3),["RPAR"],None),
("newstarter","date","2026-12-21","I'm new to PLO - the first PLO meeting was on 21 December 2026 and the parents agreed to a Family Group Conference. When do I have to make the referral?",("wd","2026-12-21",3),["FGC"],None),
("scenario","date","2027-05-07","PLO meeting was held on 04/05/2027 with both parents and mum's solicitor. Dad (dob 18/03/1990) didn't bring a solicitor. Next review PLO is early June. When must the minutes go out?",("d","2027-05-04",7),["MIN"],None),
("scenario","date","2027-02-01","PLO letter was dated 01/02/2027 following Legal Gateway on 28/01. First PLO meeting is 09/02. When will the 12 week review legal planning meeting be?",("w","2027-02-01",12),["W12"],PLOSTART),
("scenario","date","2026-08-12","At the RCPC on 11/08/2026 the chair de-planned all three children (dobs 06/06/2014, 15/03/2017, 02/12/2020). The next school term starts 03/09. When's the first CIN meeting due?",("d","2026-08-11",20),["CIN20"],None),
("scenario","date","2027-12-23","Emergency admission on 22/12/2027: a 13 year old (dob 08/08/2014) came into care after being found at a party; the last CIN review was 01/12/2027. When must her needs assessment be completed by?",("wd","2027-12-22",20),["EMAS"],None),
("manager","date","2027-06-04","Child placed Friday 28/05/27, SW visit 01/06/27. Compliant?",("wd","2027-05-28",1),["SEEN1","VIS1"],None),
("scenario","date","2026-12-23","He was placed with foster carers on 23/12/2026 after his dad's arrest on the 21st. He's 11 (dob 12/12/2015). When is the placement meeting due by?",("wd","2026-12-23",3),["PM"],None),
("newstarter","date","2027-05-03","A child on my caseload was placed on 30 April 2027. When must the carers be given the updated placement plan?",("wd","2027-04-30",5),["PP5"],None),
("newstarter","date","2027-05-27","Could you tell me when the Initial Health Assessment is due for a child who came into care on 27 May 2027?",("wd","2027-05-27",20),["IHA"],None),
("scenario","date","2026-09-01","She (dob 14/04/2015, Year 6) came into care on 31/08/2026, the bank holiday. Her school is back on 03/09. When is the PEP meeting due?",("d","2026-08-31",20),["PEP"],None),
("newstarter","date","2027-03-29","Sorry to bother you - a child came into care on Good Friday, 26 March 2027. When is the latest date for the initial Looked After Review?",("wd","2027-03-26",20),["ILAR"],None),
("scenario","date","2027-05-28","The IRO emailed an informal challenge about the delayed SGO assessment on 27/05/2027; our last review was 10/05. If it's not resolved, on what date does it go to a formal dispute?",("wd","2027-05-27",5),["IRO5"],None),
("indirect","date","2026-12-17","If the independent chair's formal complaint about drift started on 17/12/2026, when should the whole process be wrapped up?",("wd","2026-12-17",20),["IRO20"],None),
("scenario","date","2027-12-20","Our carers (approved 2019) had a complaint investigated in October. Their last panel-presented review was 15/01/2025. Irrespective of the complaint, when is the three-yearly panel review due?",("m","2025-01-15",36),["PANEL"],None),
("newstarter","date","2027-01-11","If a foster carer's medical, references and DBS were last updated on 11 January 2024, when do they need updating?",("m","2024-01-11",36),["DBS"],None),
("indirect","date","2027-03-24","Aunt was approved as a temporary carer for her niece on 24/03/2027. If panel doesn't extend it, when does that stop?",("w","2027-03-24",16),["TEMP"],None),
("scenario","date","2027-08-31","Supervision with my TL on 01/09 - before then I need to catch up. I did a joint home visit with the school nurse on Friday 27/08/2027 and a core group on 24/08. When's my deadline for recording the home visit?",("d","2027-08-27",3),["REC"],None),
("typos","date","2026-06-01","case sumary last updated 31st march when is it out of date",("m","2026-03-31",3),["SUMM"],None),
("newstarter","date","2025-10-06","I've inherited a case where the last assessment was authorised on 06/10/2024. When does it stop being within 12 months?",("m","2024-10-06",12),["ASS12"],None),
("scenario","date","2025-04-22","The emergency placement started on 18/04/2025 (Good Friday) after police protection; the child is 5 (dob 21/04/2019). When is the placement meeting due?",("wd","2025-04-18",3),["PM"],None),
("indirect","date","2026-08-28","I'm the duty manager. We agreed a child in need case moves to a neighbourhood team and emailed them today, 28/08/2026. By when should the two social workers have visited the family together?",("d","2026-08-28",5),["JOINT"],None),
("scenario","date","2025-05-02","School sent a referral about a 6 year old (dob 03/05/2018, so it's his birthday tomorrow) on Friday 02/05/2025. When does the social work Team Leader have to make the initial decision?",("wd","2025-05-02",1),["INIT","FD"],None),
("indirect","date","2028-01-04","The meeting where everyone agrees the protection plan is on 10/01/2028. When does my report have to go to the chair?",("wdb","2028-01-10",3),["CHAIR3"],None),
("indirect","date","2027-12-29","The adopters have had the little ones with them since 27/12/2027. When can they apply to court for the order?",("w","2027-12-27",10),["AD10"],None),
]

# ---------------------------------------------------------------- visits
ROWS += [
("duty","visits","2026-03-04","last cp visit 3/3/26, next by?",("w","2026-03-03",4),["CPV"],None),
("indirect","visits","2026-01-02","I last saw the little one on her protection plan at home on 23 December. When must I see her again at the latest?",("w","2025-12-23",4),["CPV"],None),
("typos","visits","2027-04-01","cp visit was 30.3.27 next 1 due",("w","2027-03-30",4),["CPV"],None),
("scenario","visits","2025-06-23","Visited on Friday; child on a CP plan for emotional harm, seen alone in her bedroom. Mum says the next conference is 10/07. When's the next statutory visit due by?",("w","last:Fri",4),["CPV"],None),
("manager","visits","2025-06-10","CP visits 05/05/25 then 06/06/25. Within standard?",("w","2025-05-05",4),["CPV"],None),
("duty","visits","2025-11-18","last CIN review 17/11/25, next by?",("w","2025-11-17",6),["CINREV"],None),
("indirect","visits","2027-03-30","The last get-together of family and professionals under the child in need plan was on 23 March. When's the next one due?",("w","2027-03-23",6),["CINREV"],None),
("typos","visits","2025-11-17","cin visit done 14.11 when nxt",("w","2025-11-14",6),["CINV"],None),
("newstarter","visits","2026-04-08","I saw a child on a Child in Need plan at home on 2 April 2026. What is the latest date for my next visit?",("w","2026-04-02",6),["CINV"],None),
("manager","visits","2026-09-01","CIN visits 10/07/26 and 25/08/26 - within standard?",("w","2026-07-10",6),["CINV"],None),
("duty","visits","2025-12-24","LAC visit 23/12/25, still before 1st review - next by?",("d","2025-12-23",7),["LACW"],None),
("indirect","visits","2026-04-02","He's only been in care a fortnight and his first review hasn't happened yet. I saw him yesterday. When's my next visit due?",("d","yesterday",7),["LACW"],None),
("indirect","visits","2026-08-17","Her first review has been and gone and there's no permanence plan yet. Last saw her on 10/08/2026. Next visit by?",("w","2026-08-10",6),["LAC6"],None),
("typos","visits","2027-03-03","lac visit 2.3.27, after 1st review, no perm plan yet - nxt?",("w","2027-03-02",6),["LAC6"],None),
("scenario","visits","2025-12-18","Young man (dob 04/04/2010) has lived with his long-term foster carers since January 2024 and it's his settled permanent placement. I last saw him on 17/12/2025. When is his next statutory visit due?",("w","2025-12-17",12),["LAC12"],None),
("indirect","visits","2025-11-10","We last looked at how often she sees mum and nan on 04/11/25. When must that be looked at again?",("w","2025-11-04",8),["FT"],None),
("scenario","visits","2025-12-23","Placed with adopters on 18/12/2025 and I did the first visit on 22/12. Review not yet held; the adopters are away 01/01-03/01. When's the next statutory visit due?",("d","2025-12-22",7),["ADW"],None),
("manager","visits","2027-03-05","Adoptive placement, first LAR held, no order yet: visits 12/01/27 and 01/03/27. Compliant?",("w","2027-01-12",6),["AD6W"],None),
("duty","visits","2025-12-23","SSW visit to carers 22/12/25, next by?",("w","2025-12-22",6),["FCV"],None),
("indirect","visits","2027-03-29","I last did my supervisory visit to our foster carers on 26/03/27. When's the next one due?",("w","2027-03-26",6),["FCV"],None),
("manager","visits","2026-06-01","Last unannounced visit to carers 15/08/2025 - next by?",("m","2025-08-15",12),["UNANN"],None),
("indirect","visits","2026-03-10","The last review meeting with the parents in pre-proceedings was on 09/03/26. What's the latest the next one can be?",("w","2026-03-09",6),["RPLO"],"The standard gives a range of 4-6 weeks; 6 weeks is the latest, 4 weeks (2026-04-06) the earliest."),
]

# ---------------------------------------------------------------- ages
ROWS += [
("indirect","age","2026-06-10","Young person is coming to her conference in July; dob 14/07/2014. From what date does she have to be offered someone independent to help her have her say?",("age","2014-07-14",12,0),["ADV"],None),
("typos","age","2026-12-01","girl dob 1.1.2015, icpc on 5/1/27 - from when is she old enough to be offerd an advocate",("age","2015-01-01",12,0),["ADV"],None),
("duty","age","2025-11-20","dob 14/06/2010, pathway plan start?",("age","2010-06-14",15,6),["PATH"],None),
("indirect","age","2026-09-01","When do I need to start the plan for leaving care for a lad born 31/08/2011?",("age","2011-08-31",15,6),["PATH"],FEB),
("newstarter","age","2026-11-02","Could you tell me when a pathway plan must be started for a young person born on 29 February 2012?",("age","2012-02-29",15,6),["PATH"],None),
("scenario","age","2026-05-11","Care leaver planning: young person (dob 30/06/2011) came into care on 03/03/2023 and her last review was 20/04/2026. When must her pathway plan be started?",("age","2011-06-30",15,6),["PATH"],None),
("indirect","age","2026-01-12","Little one born 29/02/2020 is about to go into pre-proceedings. On what date does she stop counting as under 6 for getting an adoption worker and family finder?",("age","2020-02-29",6,0),["AD6"],None),
("manager","age","2026-04-14","Child dob 18/04/2020 - PLO starting 20/04/26. When does she turn 6 for the adoption allocation rule?",("age","2020-04-18",6,0),["AD6"],None),
]

# ---------------------------------------------------------------- choice (two standards fit; due = earlier)
ROWS += [
("duty","choice","2026-03-04","conference was 3/3/26, what's next due?",("choice",[("d","2026-03-03",10),("d","2026-03-03",20)]),["CG","CIN20"],None),
("indirect","choice","2025-09-02","The assessment on this family started 01/09/2025. When's it due?",("choice",[("wd","2025-09-01",15),("d","2025-09-01",45)]),["TLREV","A45"],None),
("scenario","choice","2027-06-03","First PLO meeting was on 02/06/2027 - both parents and their solicitors came, and dad's sister (dob 12/12/1985) was mentioned as a possible carer. Next review is planned for July. What's my next deadline?",("choice",[("wd","2027-06-02",3),("d","2027-06-02",7)]),["VIA","FGC","MIN"],None),
("typos","choice","2026-04-09","did foster carer visit 9/4/26 whats due next",("choice",[("wd","2026-04-09",3),("w","2026-04-09",6)]),["FCREC","FCV"],None),
("newstarter","choice","2026-12-18","Our child protection conference is on 4 January 2027. When is my report due?",("choice",[("wdb","2027-01-04",3),("db","2027-01-04",3)]),["CHAIR3","FAM3"],None),
("indirect","choice","2026-05-20","Child moved to her new carers today. When do we need to have the placement paperwork and meeting sorted?",("choice",[("wd","today",3),("wd","today",5)]),["PM","PP5"],None),
("manager","choice","2026-08-06","IRO dispute about drift raised 06/08/26. What's the deadline for resolving it?",("choice",[("wd","2026-08-06",5),("wd","2026-08-06",20)]),["IRO5","IRO20"],None),
("duty","choice","2025-04-14","LAC 14/4/25, 20 day deadline?",("choice",[("d","2025-04-14",20),("wd","2025-04-14",20)]),["PEP","IHA","ILAR"],None),
]

# ---------------------------------------------------------------- none (no timescale in the standards)
ROWS += [
("indirect","none","2026-01-20","When is the next big meeting to review his protection plan due? The first conference was on 12/01/2026.",None,["N_RCPC"],None),
("duty","none","2026-03-05","supervision - last one 3/3, next by?",None,["N_SUP"],None),
("newstarter","none","2026-02-16","After the first Looked After Review, when is the second review due? The first was on 10 February 2026.",None,["N_LAR2"],None),
("typos","none","2026-05-06","when does shobpa need to be done by, final care planning mtg was 4/5/26",None,["N_SHOPBA"],None),
("scenario","none","2025-06-16","First core group was held on 10/06/25 for a baby (dob 02/04/2025) on a CP plan; the review conference is in September. When's the next core group due?",None,["N_CG"],None),
("indirect","none","2027-05-10","The adoption worker needs to write the life story book and the letter for when she's older - she was placed on 05/05/27. What's the deadline?",None,["N_LIFE"],None),
("manager","none","2026-02-03","Placement instability flagged 02/02/26 - by when must the Support Meeting be held?",None,["N_SUPPORT"],None),
("duty","none","2025-09-02","pathway plan last reviewed 1/9/25, next review by?",None,["N_PATHREV"],None),
("indirect","none","2025-11-18","We agreed on 18/11/25 to refer a teenager on the edge of care to the intensive family support team. How many days do I have to send the referral?",None,["N_FF"],None),
]

# ---------------------------------------------------------------- build
VOICES = {"duty","typos","scenario","indirect","newstarter","manager"}
KINDS = {"date","visits","age","choice","none"}

def build():
    _selfcheck_holidays()
    out = []
    for voice, kind, today, q, spec, pkeys, amb in ROWS:
        assert voice in VOICES and kind in KINDS, (voice, kind)
        t = D.fromisoformat(today)
        if kind == "none":
            due, count = None, "No timescale for this is set in the practice standards."
        elif spec[0] == "choice":
            res = [calc(s, t) for s in spec[1]]
            due = min(r[0] for r in res)
            count = " | ".join(r[1] for r in res) + f" ; earlier of the two: {iso(due)}"
        else:
            due, count = calc(spec, t)
        row = {"q": q, "today": today, "due": iso(due) if due else None,
               "expect_any": [P[k] for k in pkeys], "count": count, "voice": voice, "kind": kind}
        if amb: row["ambiguous"] = amb
        out.append(row)
    return out

def check(rows):
    src = open("/work/shared/source/practice-standards.txt", encoding="utf-8").read()
    ok = True
    for i, r in enumerate(rows, 1):
        for ph in r["expect_any"]:
            if len(ph.split()) < 6: print(f"row {i}: phrase too short: {ph!r}"); ok = False
            if ph not in src: print(f"row {i}: phrase not in source: {ph!r}"); ok = False
        if len(set(x["q"] for x in rows)) != len(rows): pass
    qs = [r["q"] for r in rows]
    dups = {q for q in qs if qs.count(q) > 1}
    if dups: print("duplicate q:", dups); ok = False
    from collections import Counter
    print("rows:", len(rows)); print("kinds:", dict(Counter(r["kind"] for r in rows)))
    print("voices:", dict(Counter(r["voice"] for r in rows)))
    print("ambiguous:", sum(1 for r in rows if "ambiguous" in r))
    print("years of today:", dict(Counter(r["today"][:4] for r in rows)))
    return ok

if __name__ == "__main__":
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "--check" in sys.argv:
        good = check(rows)
        # reparse the written file
        with open(os.path.join(here, "questions.jsonl"), encoding="utf-8") as f:
            back = [json.loads(l) for l in f]
        assert back == rows
        print("ALL CHECKS OK" if good else "CHECK FAILURES")
