#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (standard library only).

Each row is described structurally (voice, kind, today, question, rule, phrase keys,
optional ambiguity note). The rule is evaluated here to produce `due` and `count`.
Run:  python3 oracle.py            -> writes questions.jsonl next to this file
      python3 oracle.py --check    -> also verifies phrases against the source text
"""
import datetime as dt, json, os, re, sys
from collections import Counter

D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"

# England & Wales bank holidays 2024-2028, typed by hand (substitute days included).
BANK_HOLIDAYS = {
    # 2024
    D(2024,1,1), D(2024,3,29), D(2024,4,1), D(2024,5,6), D(2024,5,27), D(2024,8,26),
    D(2024,12,25), D(2024,12,26),
    # 2025
    D(2025,1,1), D(2025,4,18), D(2025,4,21), D(2025,5,5), D(2025,5,26), D(2025,8,25),
    D(2025,12,25), D(2025,12,26),
    # 2026 (Boxing Day Sat -> Mon 28 Dec)
    D(2026,1,1), D(2026,4,3), D(2026,4,6), D(2026,5,4), D(2026,5,25), D(2026,8,31),
    D(2026,12,25), D(2026,12,28),
    # 2027 (Christmas Sat -> Mon 27, Boxing Day Sun -> Tue 28)
    D(2027,1,1), D(2027,3,26), D(2027,3,29), D(2027,5,3), D(2027,5,31), D(2027,8,30),
    D(2027,12,27), D(2027,12,28),
    # 2028 (New Year Sat -> Mon 3 Jan)
    D(2028,1,3), D(2028,4,14), D(2028,4,17), D(2028,5,1), D(2028,5,29), D(2028,8,28),
    D(2028,12,25), D(2028,12,26),
}

def _selfcheck_holidays():
    """Cross-check the typed list against rules (Easter algorithm, first/last Mondays)."""
    def easter(y):
        a=y%19; b=y//100; c=y%100; d=b//4; e=b%4; f=(b+8)//25; g=(b-f+1)//3
        h=(19*a+b-d-g+15)%30; i=c//4; k=c%4; l=(32+2*e+2*i-h-k)%7; m=(a+11*h+22*l)//451
        mo=(h+l-7*m+114)//31; da=((h+l-7*m+114)%31)+1
        return D(y,mo,da)
    def first_mon(y,m):
        d=D(y,m,1)
        while d.weekday()!=0: d+=dt.timedelta(1)
        return d
    def last_mon(y,m):
        d=D(y,m+1,1)-dt.timedelta(1)
        while d.weekday()!=0: d-=dt.timedelta(1)
        return d
    exp=set()
    for y in range(2024,2029):
        nd=D(y,1,1)
        while nd.weekday()>=5: nd+=dt.timedelta(1)
        exp.add(nd)
        e=easter(y); exp.add(e-dt.timedelta(2)); exp.add(e+dt.timedelta(1))
        exp.add(first_mon(y,5)); exp.add(last_mon(y,5)); exp.add(last_mon(y,8))
        xm, bx = D(y,12,25), D(y,12,26)
        if xm.weekday()==5: exp |= {D(y,12,27), D(y,12,28)}
        elif xm.weekday()==4: exp |= {xm, D(y,12,28)}
        elif xm.weekday()==6: exp |= {D(y,12,26), D(y,12,27)}
        else: exp |= {xm, bx}
    assert exp==BANK_HOLIDAYS, (sorted(exp^BANK_HOLIDAYS))
_selfcheck_holidays()

WD = ["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]
def fmt(d): return f"{d.isoformat()} ({WD[d.weekday()]})"
def iswd(d): return d.weekday()<5 and d not in BANK_HOLIDAYS
def P(s): return D(*map(int, s.split("-")))

def add_months(d, n):
    y, m = divmod(d.month-1+n, 12); y += d.year; m += 1
    last = (D(y+(m==12), m%12+1, 1)-dt.timedelta(1)).day
    return D(y, m, min(d.day, last)), d.day > last

def evaluate(rule):
    """Return (due_date, count_string)."""
    op = rule[0]
    if op == "wd":      # Nth working day strictly after start
        s, n = P(rule[1]), rule[2]; d=s; k=0; skipped=[]
        while k<n:
            d+=dt.timedelta(1)
            if iswd(d): k+=1
            elif d in BANK_HOLIDAYS: skipped.append(d)
        c=f"{n} working day{'s' if n>1 else ''} after {fmt(s)} -> {fmt(d)}"
        if s in BANK_HOLIDAYS or s.weekday()>=5: c+="; start day is not a working day, counted from it"
        c+= "; skips bank holidays "+", ".join(x.isoformat() for x in skipped) if skipped else "; no bank holidays in range"
        return d, c
    if op == "wdb":     # Nth working day strictly before start
        s, n = P(rule[1]), rule[2]; d=s; k=0; skipped=[]
        while k<n:
            d-=dt.timedelta(1)
            if iswd(d): k+=1
            elif d in BANK_HOLIDAYS: skipped.append(d)
        c=f"{n} working days before {fmt(s)} -> {fmt(d)}"
        c+= "; skips bank holidays "+", ".join(x.isoformat() for x in skipped) if skipped else "; no bank holidays in range"
        return d, c
    if op == "d":
        s, n = P(rule[1]), rule[2]; d=s+dt.timedelta(n)
        return d, f"{n} calendar days after {fmt(s)} -> {fmt(d)}"
    if op == "db":
        s, n = P(rule[1]), rule[2]; d=s-dt.timedelta(n)
        return d, f"{n} calendar days before {fmt(s)} -> {fmt(d)}"
    if op == "same":
        s = P(rule[1]); return s, f"same day as {fmt(s)}"
    if op == "w":
        s, n = P(rule[1]), rule[2]; d=s+dt.timedelta(7*n)
        return d, f"{n} week{'s' if n>1 else ''} ({7*n} days) after {fmt(s)} -> {fmt(d)}"
    if op == "m":
        s, n = P(rule[1]), rule[2]; d, clipped = add_months(s, n)
        c=f"{n} months after {fmt(s)} -> {fmt(d)}"
        if clipped: c+=f" (no day {s.day} in that month, so last day of month)"
        return d, c
    if op == "age":     # birthday: years (+ months)
        dob, yrs, mths = P(rule[1]), rule[2], rule[3] if len(rule)>3 else 0
        if dob.month==2 and dob.day==29 and mths==0:
            y=dob.year+yrs
            leap = (y%4==0 and y%100!=0) or y%400==0
            d = D(y,2,29) if leap else D(y,3,1)
            c=f"DOB {fmt(dob)} + {yrs} years -> {fmt(d)}"
            c+= " (leap year, 29 Feb exists)" if leap else " (29 Feb birthday in a non-leap year -> 1 March)"
            return d, c
        d, clipped = add_months(dob, 12*yrs+mths)
        c=f"DOB {fmt(dob)} + {yrs} years" + (f" {mths} months" if mths else "") + f" -> {fmt(d)}"
        if clipped: c+=f" (no day {dob.day} in that month, so last day of month)"
        return d, c
    if op == "choice":
        res=[evaluate(r) for r in rule[1:]]
        due=min(r[0] for r in res)
        return due, " | ".join(f"option {i+1}: {r[1]}" for i,r in enumerate(res))+f"; due = earlier = {due.isoformat()}"
    if op == "none":
        return None, "the standards set no timescale for this"
    raise ValueError(rule)

# ---------------------------------------------------------------- phrases
PH = {
 "FD": "decisions made by what action are required by a Team Leader within 1 working day",
 "INIT": "Initial decisions will be made about the action required within 1 working day",
 "REF": "Referrals will be actioned by a social worker within 1 working day",
 "S47SEEN": "the child / children will be seen by the Social Worker the same day",
 "S47DISC": "Within 5 days of the Section 47 being initiated",
 "ALLOC": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 "TLREV": "All assessments will be reviewed by the Team Leader within 15 working days",
 "C45": "Assessments must all be completed within 45 days",
 "STRAT1": "a strategy discussion is required, this must happen within 1 working day",
 "NOTICE": "notify the Neighbourhood Team via email, giving at least 5 days\u2019 notice",
 "ICPC": "convened within working 15 days of the initial strategy discussion",
 "FAM3": "The report will be shared with family at least 3 the days prior to conference",
 "CHAIR3": "The report will be sent to the child protection chair 3 working days before the conference",
 "ADV12": "if they are 12 or over they should be offered an advocate",
 "CG": "The first core group must be  held within 10 days of the conference",
 "CPV": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 "RCPC_PAR": "This report must be shared with parents at least 3 days prior to the review conference",
 "RCPC_CHAIR": "The report will be available to the conference chair at least 3 days prior to the review conference",
 "PTT": "when they have been subject to a plan for 12 months",
 "PLO1": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 "FGC": "Referral should be made within 3 working days of the first PLO meeting",
 "VIAB": "need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 "MIN": "distributed to parents and their legal representation within 7 days of the meeting",
 "PLOREV": "Review PLO meetings with parents to be held every 4-6 weeks",
 "LPM12": "A review legal planning meeting will be held at 12 weeks",
 "EXT4": "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
 "LG16": "a Legal Gateway meeting will be convened at 16 weeks",
 "CIN20": "will set the first CIN meeting within 20 days",
 "CIN10": "the initial CIN meeting must take place within 10 days",
 "CINREV": "CIN review meetings will be held at least every 6 weeks",
 "CINV": "A child subject to a CIN plan will be seen at least every 6 weeks",
 "EMERG": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 "VIS1": "The child will be visited within 1 working day of coming into care or having a change in placement",
 "SEEN1": "All looked after children will be seen within 1 working day of placement",
 "PM3": "The placement meeting will be held within 3 working days",
 "PP5": "an updated copy given to the carers within 5 working days of the placement beginning",
 "FT8": "reviewed at least every 8 week until the plan for permanence is agreed",
 "PACK": "coming into care pack, children rights leaflet within 3 weeks",
 "LEGAL5": "All other professionals involved with the child will be informed of the child\u2019s legal status within 5 working days",
 "IHA": "An initial health assessment will be requested and carried out within 20 working days",
 "PEP": "A PEP meeting will be arranged within the school within 20 days",
 "LACW": "Statutory looked after visits must happen weekly until the first looked after review",
 "LAC6": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 "LAC12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 "CAREPLAN": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 "LACR": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 "PATH": "A pathway plan will be started when the young person is 15 years 6 months",
 "IRO3": "this will be with the IRO 3 days before the review",
 "IRO5": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 "IRO20": "should be completed from start to finish within 20 working days",
 "AD6": "If a child under the age of 6 enters PLO or proceedings",
 "ADW": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 "AD6W": "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 "AD10": "Once the children have been in placement with the adopter for 10 weeks",
 "FCV": "Trafford foster carers are visited at least once every six weeks",
 "FCREC": "a record of this visit is recorded on LCS within 3 working days",
 "FCUN": "will have an unannounced visit at least once every 12 months",
 "FCAR": "All Trafford foster carers will have an annual review",
 "FCPANEL": "will have an annual review presented to the Fostering Panel at least every three years",
 "FCDBS": "updated statutory references, medicals and DBS checks at least every three years",
 "FCTRAIN": "must update their core training at least every three years",
 "VAR6": "This can only be given for up to 6 working days",
 "TEMP16": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 "REC3": "any event or contact is recorded within 3 days",
 "SUMM": "A clear and concise case file summary which has been updated within the last 3 months",
 "ASS12": "An up to date assessment (within the last 12 months) on each child",
 # phrases from the related sentences for `none` rows (they set no timescale)
 "N_RCPC": "The child protection chair will set the date of the next conference",
 "N_SUP": "monitored through supervision which takes place in line with the supervision policy",
 "N_EH": "Initial decisions will be made about the action required by an Early Help Team Leader",
 "N_SHOPBA": "Arrange SHOPBA (Should be placed for adoption meeting) with the Agency Decision Maker (ADM)",
 "N_2REV": "At the point of the second review (if not in proceedings)",
 "N_LLL": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
 "N_STRATREC": "the plan for the enquiries and decisions recorded and a record sent to all participating professionals",
 "N_IROCONT": "The IRO will contact the child between reviews to ensure the progress of the plan",
 "N_GCP": "Where the concerns relate to children or young people suffering neglect a Graded Care Profile 2 should be completed",
}


# ---------------------------------------------------------------- rows
# (voice, kind, today, question, rule, phrase keys[, ambiguity note])
AMB_STRAT = ("The S47 section also says a strategy discussion within 24 hours; read that way the "
             "deadline is the next calendar day rather than the next working day.")
AMB_TLREV = ("The standard does not say what the 15 working days run from; counted here from the "
             "start of the assessment as stated in the question.")
AMB_PLO12 = ("The standard does not say what the 12/16 weeks run from; counted here from the start "
             "event given in the question (another reader might count from the PLO letter or Legal Gateway).")
ROWS = [
 # ---------------- Front Door
 ("duty","date","2025-12-24","contact in 24/12 pm, TL decision by?",("wd","2025-12-24",1),["FD"]),
 ("typos","date","2026-04-02","contact recieved 2.4.26 when does the TL need to make a desicion by",("wd","2026-04-02",1),["FD"]),
 ("newstarter","date","2026-05-22","Hi, sorry if this is obvious - a referral came in today (Friday 22 May). By when does a social worker need to action it?",("wd","2026-05-22",1),["REF"]),
 ("indirect","date","2025-08-22","new contact landed at the front door on Friday 22 August 2025 - how long has the manager got to decide what we're doing with it?",("wd","2025-08-22",1),["FD"]),
 ("manager","date","2027-01-05","Referral received 30/12/26, first actioned by SW 04/01/27 - within timescale?",("wd","2026-12-30",1),["REF"]),
 ("scenario","date","2026-12-24","School rang this morning (Thursday 24 December) about a 9 year old, DOB 03/03/2017, who came in with bruising. It's gone through as a level 4 referral. When does the team leader have to make the initial decision on what action we take?",("wd","2026-12-24",1),["INIT"]),
 # ---------------- S47 seen same day / 5 day discussion
 ("duty","date","2026-03-10","s47 agreed today, when do i need to see the kid?",("same","2026-03-10"),["S47SEEN"]),
 ("manager","date","2025-07-16","S47 initiated 14/07/25, child first seen 15/07/25. Compliant?",("same","2025-07-14"),["S47SEEN"]),
 ("typos","date","2027-02-01","s47 startd 31st jan, when do me and my manager need to discuss progres?",("d","2027-01-31",5),["S47DISC"]),
 ("newstarter","date","2025-12-22","The Section 47 enquiry on my case was initiated last Friday. When should my manager and I have our progress discussion by?",("d","2025-12-19",5),["S47DISC"]),
 ("indirect","date","2027-03-29","we started the child protection enquiry on 28/03/27 - when do I need the catch up with my manager about how the enquiry is going?",("d","2027-03-28",5),["S47DISC"]),
 # ---------------- C&F assessment allocation / review / 45 days
 ("duty","date","2025-04-17","needs allocating for c&fa, came in 17/4/25 - allocated by?",("wd","2025-04-17",3),["ALLOC"]),
 ("manager","date","2026-05-11","Decision for C&FA made 30/04/26, worker allocated on LCS 08/05/26. In timescale?",("wd","2026-04-30",3),["ALLOC"]),
 ("scenario","date","2027-12-23","Mum rang in on Thursday 23 December 2027 worried about her ex's new partner. Her son is 7 (born 11/11/2020) and there's a family party on the 27th. The TL has agreed a Child and Family Assessment. By when does it need allocating to a worker?",("wd","2027-12-23",3),["ALLOC"]),
 ("typos","date","2026-04-08","assesment started 7/4/26 when does TL need to of reviewd it",("wd","2026-04-07",15),["TLREV"],AMB_TLREV),
 ("newstarter","date","2025-08-19","My Child and Family Assessment began on Monday 18 August 2025. When should my Team Leader review it?",("wd","2025-08-18",15),["TLREV"],AMB_TLREV),
 ("duty","date","2025-12-02","c&fa started 01/12/25, 45 day date?",("d","2025-12-01",45),["C45"]),
 ("scenario","date","2026-03-06","I started the assessment on 5 March 2026 after the referral on the 3rd was agreed. The youngest (DOB 12/04/2022) has a nursery review on 20/03. When must the assessment be completed?",("d","2026-03-05",45),["C45"],"Counted from the assessment start (5 March); counting from the referral on 3 March gives 17 April."),
 ("manager","date","2027-01-04","C&FA opened 14/11/2026 and authorised 02/01/2027 - completed within 45 days?",("d","2026-11-14",45),["C45"]),
 ("indirect","date","2027-02-22","how long have I got to finish the full assessment of what the family need? started it 20th Feb 2027",("d","2027-02-20",45),["C45"]),
 # ---------------- strategy discussion 1 WD
 ("duty","date","2026-04-02","TL decided today we need a strat - by when?",("wd","2026-04-02",1),["STRAT1"],AMB_STRAT),
 ("typos","date","2025-12-31","manager said we need a strat discusion, that was today 31/12, when by",("wd","2025-12-31",1),["STRAT1"],AMB_STRAT),
 ("manager","date","2026-06-03","Management decision for strat made Fri 29/05/2026, strat held 02/06/2026. OK?",("wd","2026-05-29",1),["STRAT1"],AMB_STRAT),
 # ---------------- transfer to Neighbourhood Team
 ("newstarter","date","2026-01-08","We emailed the Neighbourhood Team today (Thursday 8 January 2026) to say a case is transferring to them at Child in Need. By when does the joint visit with the new worker need to happen?",("d","2026-01-08",5),["NOTICE"],"Counted as 5 calendar days' notice; reading 'days' as working days gives 15 January."),
 ("indirect","date","2025-12-23","front door emailed us on 23/12/25 to say a CIN case is coming over to our neighbourhood team - what's the earliest they can hand it over?",("d","2025-12-23",5),["NOTICE"],"Counted as 5 calendar days' notice; reading 'days' as working days gives 2 January 2026."),
 # ---------------- ICPC 15 WD
 ("duty","date","2025-12-19","strat was 19/12/25, when's the ICPC?",("wd","2025-12-19",15),["ICPC"]),
 ("typos","date","2027-03-25","strat was 25.3.27 wen is icpc due",("wd","2027-03-25",15),["ICPC"]),
 ("scenario","date","2025-04-15","Strat was held on 14 April 2025 after a disclosure at school on the 11th. The child's DOB is 02/05/2016 and mum has a family court hearing on 30 April. When does the ICPC need to be held by?",("wd","2025-04-14",15),["ICPC"]),
 ("indirect","date","2026-08-25","the first multi-agency meeting where police, health and us planned the enquiry was last Thursday. When does the big meeting with the family where they decide on a protection plan have to happen?",("wd","2026-08-20",15),["ICPC"]),
 ("manager","date","2026-01-21","ICPC was held 20/01/26, strat 02/01/26 - was that in timescale?",("wd","2026-01-02",15),["ICPC"]),
 ("newstarter","date","2027-05-06","Sorry if this is basic - the initial strategy discussion was on Wednesday 5 May 2027. By what date must the Initial Child Protection Conference be held?",("wd","2027-05-05",15),["ICPC"]),
 ("duty","date","2027-08-24","strat mon 23/8/27 icpc deadline?",("wd","2027-08-23",15),["ICPC"]),
 # ---------------- ICPC reports
 ("typos","date","2025-12-29","icpc is on 6/1/26 when do i have to send report to the chair",("wdb","2026-01-06",3),["CHAIR3"]),
 ("manager","date","2026-04-09","Conference 08/04/2026, SW report reached the CP chair 02/04/2026. Compliant?",("wdb","2026-04-08",3),["CHAIR3"]),
 ("newstarter","date","2025-05-20","My first ICPC is next Tuesday. What is the latest date I should share my report with the family?",("db","2025-05-27",3),["FAM3"]),
 ("indirect","date","2027-12-15","when does the independent chair need my paperwork for the first protection conference? it's on Wed 29 Dec 2027",("wdb","2027-12-29",3),["CHAIR3"]),
 ("duty","date","2026-05-26","icpc 2/6/26, report to fam by?",("db","2026-06-02",3),["FAM3"]),
 # ---------------- core group
 ("duty","date","2025-12-15","icpc today 15/12, 1st core group by?",("d","2025-12-15",10),["CG"]),
 ("typos","date","2026-04-01","icpc was today 1st april, whens the first core group have to be",("d","2026-04-01",10),["CG"]),
 ("scenario","date","2027-03-02","Conference was yesterday and the baby (born 12/02/27) was made subject to a CP plan under neglect. The review conference is pencilled in for 01/06/27. When does the first core group need to be held?",("d","2027-03-01",10),["CG"]),
 ("indirect","date","2025-08-20","the first meeting of the small group of professionals and family who put the detail on the protection plan - conference was 19/08/2025, when's it due?",("d","2025-08-19",10),["CG"]),
 ("manager","date","2026-05-27","ICPC 12/05/26, first core group 26/05/26 - in timescale?",("d","2026-05-12",10),["CG"]),
 # ---------------- RCPC reports
 ("newstarter","date","2026-12-21","The review child protection conference is on Monday 4 January 2027. What is the latest date to share my plan update with the parents?",("db","2027-01-04",3),["RCPC_PAR"]),
 ("typos","date","2026-04-07","rcpc 13/4/26 when dose chair need the report",("db","2026-04-13",3),["RCPC_CHAIR"]),
 ("manager","date","2025-09-23","RCPC 22/09/2025; plan update shared with parents 19/09. Compliant?",("db","2025-09-22",3),["RCPC_PAR"]),
 # ---------------- 12 months on plan
 ("indirect","date","2025-01-20","the kids have been on protection plans since 29/02/2024 - when do we hit the point where we should hold the professionals' thinking meeting if things aren't moving?",("m","2024-02-29",12),["PTT"]),
 ("scenario","date","2026-07-01","The children went on CP plans at the ICPC on 31 March 2026. Progress has been slow and the review conference was on 30 June. From what date would we need a professional thinking time meeting if it still isn't enough to de-plan?",("m","2026-03-31",12),["PTT"]),
 # ---------------- PLO
 ("duty","date","2025-12-22","plo letter dated the 19th, 1st meeting by?",("d","2025-12-19",10),["PLO1"]),
 ("typos","date","2027-03-24","plo leter dated 24.3.27 when has the first meeting got to be",("d","2027-03-24",10),["PLO1"]),
 ("indirect","date","2026-08-11","the letter that starts pre-proceedings is dated 10 August 2026. When should the first meeting with the parents and their lawyer be?",("d","2026-08-10",10),["PLO1"]),
 ("manager","date","2025-05-13","PLO letter dated 28/04/2025, first PLO meeting 12/05/2025 - ok?",("d","2025-04-28",10),["PLO1"]),
 ("newstarter","date","2026-12-23","We had the first PLO meeting today (Wednesday 23 December 2026) and the parents consented to a Family Group Conference. By when must I make the FGC referral?",("wd","2026-12-23",3),["FGC"]),
 ("duty","date","2026-05-01","initial plo mtg 1/5/26, viability requests to FPT by?",("wd","2026-05-01",3),["VIAB"]),
 ("scenario","date","2025-04-16","We had the first PLO meeting this morning, 16 April 2025. Nan (DOB 1962) and an aunt have been put forward as possible carers, and the next review is likely 28 May. By when does the viability screening request go to Family Placement?",("wd","2025-04-16",3),["VIAB"]),
 ("typos","date","2026-08-28","plo meetin was today 28/8/26, mins to parents + solicitors by?",("d","2026-08-28",7),["MIN"]),
 ("manager","date","2026-01-05","PLO meeting 22/12/2025, minutes sent to parents 02/01/2026 - within timescale?",("d","2025-12-22",7),["MIN"]),
 ("indirect","date","2026-04-02","we asked the parents to agree to a family group conference at the first pre-proceedings meeting today 02/04/2026 - when's the referral due?",("wd","2026-04-02",3),["FGC"]),
 ("newstarter","date","2026-01-07","PLO started with the first meeting on 6 January 2026. When would the review legal planning meeting at 12 weeks fall?",("w","2026-01-06",12),["LPM12"],AMB_PLO12),
 ("duty","date","2025-09-16","plo letter dated 15/9/25, 12 wk legal planning mtg date?",("w","2025-09-15",12),["LPM12"],AMB_PLO12),
 ("manager","date","2027-02-04","PLO began 03/02/2027 (first meeting). When is the 16-week Legal Gateway due?",("w","2027-02-03",16),["LG16"],AMB_PLO12),
 ("scenario","date","2025-11-11","The 12 week legal planning meeting was yesterday, 10/11/2025, and it was agreed as exceptional to extend PLO rather than issue. Parents' next family time is 20/11. When does the extension run to?",("w","2025-11-10",4),["EXT4"]),
 # ---------------- CIN
 ("newstarter","date","2025-12-17","A child was de-planned at the review conference today (17 December 2025). When should the first CIN meeting be held by?",("d","2025-12-17",20),["CIN20"]),
 ("indirect","date","2026-03-31","conference decided yesterday (30/03/2026) the kids no longer need protection plans and should have a plan as children in need - what's the latest date for the first meeting under that plan?",("d","2026-03-30",20),["CIN20"]),
 ("duty","date","2026-12-22","transfer from CFR 22/12/26, initial CIN by?",("d","2026-12-22",10),["CIN10"]),
 ("typos","date","2025-05-06","case transfered from first response on 5th may, when is the initial cin meeting due",("d","2025-05-05",10),["CIN10"]),
 ("manager","date","2027-08-16","Transferred from CFR 02/08/2027, initial CIN held 13/08/2027. In timescale?",("d","2027-08-02",10),["CIN10"]),
 # ---------------- Children in care
 ("duty","date","2025-12-18","emergency admission 18/12/25, assessment due?",("wd","2025-12-18",20),["EMERG"]),
 ("scenario","date","2026-04-07","She came into care in an emergency on Saturday 4 April 2026 after police protection. She's 14 (DOB 09/09/2011) and we had no up to date assessment. When does her assessment need to be completed?",("wd","2026-04-04",20),["EMERG"]),
 ("typos","date","2027-03-27","kid came in to care last night (fri) when do i have to visit",("wd","2027-03-26",1),["VIS1","SEEN1"]),
 ("newstarter","date","2026-08-28","A child moved to a new foster placement today, Friday 28 August 2026. When should I visit?",("wd","2026-08-28",1),["VIS1"]),
 ("manager","date","2025-12-30","Placement change 24/12/2025, child visited 29/12/2025 - compliant?",("wd","2025-12-24",1),["VIS1"]),
 ("indirect","date","2026-12-31","we moved a lad to new carers today 31/12/26, when do I have to get out and see him?",("wd","2026-12-31",1),["VIS1"]),
 ("duty","date","2025-05-24","placed yesterday, placement mtg by?",("wd","2025-05-23",3),["PM3"]),
 ("typos","date","2025-04-17","placment started 17.4.2025 when do carers need updated placement plan",("wd","2025-04-17",5),["PP5"]),
 ("scenario","date","2026-12-21","Twins (DOB 14/02/2019) were placed with foster carers this afternoon, Monday 21 December 2026. Their parents have family time on the 23rd. When does the placement meeting need to happen by?",("wd","2026-12-21",3),["PM3"]),
 ("manager","date","2027-05-07","Placed 30/04/2027, placement meeting held 06/05/2027 - in timescale?",("wd","2027-04-30",3),["PM3"]),
 ("indirect","date","2025-12-22","once a child's placed, how long have I got to give the carers the updated plan with the delegated authority stuff in? he went in today 22/12/2025",("wd","2025-12-22",5),["PP5"]),
 ("duty","date","2025-12-15","came into care 12/12/25, CiC pack by?",("w","2025-12-12",3),["PACK"]),
 ("typos","date","2027-03-30","when do i have to give the rights leaflet, child became looked after on 29th march 2027",("w","2027-03-29",3),["PACK"]),
 ("indirect","date","2026-05-01","she became looked after today, 1 May 2026 - by when do all the other professionals have to know about her legal status?",("wd","2026-05-01",5),["LEGAL5"]),
 ("manager","date","2025-08-28","Child LAC 19/08/2025, professionals informed of legal status 27/08/2025. Compliant?",("wd","2025-08-19",5),["LEGAL5"]),
 ("duty","date","2026-12-18","came into care wednesday, IHA due?",("wd","2026-12-16",20),["IHA"]),
 ("scenario","date","2027-03-22","He came into care on Saturday 20 March 2027 after mum was admitted to hospital on the 18th. His last medical was 02/02/27. When does his initial health assessment need to be done?",("wd","2027-03-20",20),["IHA"]),
 ("typos","date","2025-07-07","pep meeting due date? came into care 4/7/25",("d","2025-07-04",20),["PEP"]),
 ("newstarter","date","2025-12-11","A child became looked after on 10 December 2025. By when should the PEP meeting be arranged at school?",("d","2025-12-10",20),["PEP"]),
 ("duty","date","2026-04-02","placed 1/4/26, care plan on system by?",("d","2026-04-01",10),["CAREPLAN"]),
 ("manager","date","2026-12-30","Placement 18/12/2026, care plan recorded 29/12/2026 - ok?",("d","2026-12-18",10),["CAREPLAN"]),
 ("indirect","date","2025-12-16","the first review meeting with the reviewing officer after a child comes into our care - when's that due? she came in 15/12/2025",("wd","2025-12-15",20),["LACR"]),
 ("typos","date","2025-04-22","1st lac reveiw when? became lookd after 17/04/25",("wd","2025-04-17",20),["LACR"]),
 ("newstarter","date","2027-05-20","If a child became looked after on Tuesday 25 May 2027, when is the initial Looked After Review due?",("wd","2027-05-25",20),["LACR"]),
 ("scenario","date","2026-08-28","Baby was born 20/08/2026 and went to foster carers straight from hospital yesterday, 27 August 2026. Parents are contesting and there's a hearing on 04/09. When is the first LAC review due?",("wd","2026-08-27",20),["LACR"]),
 ("duty","date","2027-01-04","lac review friday 8th, report to IRO by?",("db","2027-01-08",3),["IRO3"]),
 ("manager","date","2025-06-03","LAC review 02/06/2025, SW report to IRO on 31/05/2025 - compliant?",("db","2025-06-02",3),["IRO3"]),
 # ---------------- IRO
 ("indirect","date","2025-12-18","the reviewing officer flagged drift informally today 18/12/25 - when does it turn into a formal dispute if it's not sorted?",("wd","2025-12-18",5),["IRO5"]),
 ("typos","date","2026-04-08","iro raised formal dispute 7/4/26 how long has it got to be sorted",("wd","2026-04-07",20),["IRO20"]),
 ("manager","date","2026-06-02","IRO informal challenge 22/05/2026, not resolved; formal dispute raised 29/05. When was the formal dispute due?",("wd","2026-05-22",5),["IRO5"]),
 ("newstarter","date","2027-12-13","A formal dispute resolution started today, Monday 13 December 2027. By when must the whole process be finished?",("wd","2027-12-13",20),["IRO20"]),
 # ---------------- Adoption
 ("scenario","date","2026-04-01","The little one was placed with adopters on 12 March 2026 following the match at panel on 19 Feb. The adopters are asking from when they can apply for the adoption order.",("w","2026-03-12",10),["AD10"]),
 ("duty","date","2025-12-22","placed w adopters tomorrow, AO application earliest?",("w","2025-12-23",10),["AD10"]),
 ("indirect","date","2027-08-03","how soon can the new family put in for the order that makes it permanent? he moved in with them 2 Aug 2027",("w","2027-08-02",10),["AD10"]),
 # ---------------- Fostering
 ("typos","date","2026-05-29","fc visit was today 29/5/26 when does it need recording on lcs",("wd","2026-05-29",3),["FCREC"]),
 ("manager","date","2028-01-04","Supervising SW visit to carers 24/12/2027, recorded 30/12/2027 - in timescale?",("wd","2027-12-24",3),["FCREC"]),
 ("newstarter","date","2026-12-23","A variation to a carer's terms of approval was granted today (Wednesday 23 December 2026). What is the last day it can cover?",("wd","2026-12-23",6),["VAR6"],"'Up to 6 working days' counted as the 6th working day after the grant; counting the grant day itself as day 1 gives 4 January 2027."),
 ("indirect","date","2026-03-10","we've got temporary approval of the aunt as a foster carer from 9/3/26 - when does it run out if not extended?",("w","2026-03-09",16),["TEMP16"]),
 ("scenario","date","2026-04-20","Nan got temporary connected-person approval on 5 January 2026 and panel and the ADM have agreed the extension. Her 70th birthday is 12/06. When does the extended approval end?",("w","2026-01-05",24),["TEMP16"]),
 ("duty","date","2027-09-01","fc DBS done 14/10/24, renew by?",("m","2024-10-14",36),["FCDBS"]),
 ("typos","date","2027-01-11","carers core trainig last updated 31/3/24 when do they need to redo",("m","2024-03-31",36),["FCTRAIN"]),
 ("manager","date","2026-11-02","Carer's annual review last presented to Fostering Panel 29/02/2024. When must the next panel-presented review be held?",("m","2024-02-29",36),["FCPANEL"]),
 ("newstarter","date","2026-03-16","Our foster carers had their annual review on 30 April 2025. When is the next one due?",("m","2025-04-30",12),["FCAR"]),
 # ---------------- Case recording / summaries / assessments
 ("duty","date","2025-12-24","home visit today 24/12, recorded by?",("d","2025-12-24",3),["REC3"]),
 ("typos","date","2026-05-05","did a visit last friday when does it need to be on the system",("d","2026-05-01",3),["REC3"]),
 ("indirect","date","2027-06-30","I spoke to the child's teacher on the phone today (30/06/2027) - how long have I got to get that on the file?",("d","2027-06-30",3),["REC3"]),
 ("manager","date","2026-01-12","Case file summary last updated 30/11/2025 - when is it next due?",("m","2025-11-30",3),["SUMM"]),
 ("newstarter","date","2026-09-01","The assessment on one of my children was authorised on 15 January 2026. When will she need a new one to still have an up to date assessment?",("m","2026-01-15",12),["ASS12"]),
 ("typos","date","2026-10-05","case summery last done 31.8.26 when next",("m","2026-08-31",3),["SUMM"]),
 # ================= VISITS
 ("duty","visits","2026-03-09","cp visit on the 3rd, next by?",("w","2026-03-03",4),["CPV"]),
 ("typos","visits","2025-12-29","last seen child on cp plan 24th dec, when next visit",("w","2025-12-24",4),["CPV"]),
 ("manager","visits","2027-02-05","CP child seen 02/01/2027 then 03/02/2027 - was the gap in timescale?",("w","2027-01-02",4),["CPV"]),
 ("newstarter","visits","2026-04-13","A child on a CIN plan was last seen at home on Friday 10 April 2026. When is the next visit due?",("w","2026-04-10",6),["CINV"]),
 ("indirect","visits","2025-12-30","when's the next time I have to see the child on the in-need plan at home? last saw her 29/12/25",("w","2025-12-29",6),["CINV"]),
 ("scenario","visits","2025-05-21","The CIN review meeting was yesterday, 20 May 2025, with school and health. The child's birthday is 1 June and there's a school trip on 10/06. When is the next CIN review meeting due?",("w","2025-05-20",6),["CINREV"]),
 ("duty","visits","2026-12-08","cin review 7/12/26, next?",("w","2026-12-07",6),["CINREV"]),
 ("typos","visits","2026-01-02","lac child, 1st review hasnt happened yet, last visit 31/12/25, next visit when",("w","2025-12-31",1),["LACW"]),
 ("manager","visits","2027-05-03","Child in care, past first review, permanence not finalised. Statutory visits 12/03/2027 and 30/04/2027 - compliant?",("w","2027-03-12",6),["LAC6"]),
 ("scenario","visits","2025-08-20","Zebedee Moonwhistle has been in his long-term foster placement since July 2024; it's his permanent placement and he's settled. Last statutory visit was 18/08/2025. When is the next one due?",("w","2025-08-18",12),["LAC12"]),
 ("indirect","visits","2026-04-03","she's been placed with her adopters and the first looked after review hasn't happened yet - I saw her on 02/04/2026, when do I need to see her again?",("w","2026-04-02",1),["ADW"]),
 ("newstarter","visits","2026-12-15","After the first LAC review, how often do I visit a child placed for adoption? My last visit was Monday 14 December 2026 - when is the next?",("w","2026-12-14",6),["AD6W"]),
 ("duty","visits","2025-05-20","fc supervising visit 19/5/25, next due?",("w","2025-05-19",6),["FCV"]),
 ("indirect","visits","2026-01-12","the surprise visit to our foster carers - last one was 10 Jan 2026, when's the next one needed by?",("m","2026-01-10",12),["FCUN"]),
 ("typos","visits","2027-01-13","review plo meeting was 12.1.27 whens the next one",("w","2027-01-12",6),["PLOREV"],"The standard gives a range of 4-6 weeks; the latest is 6 weeks (23 Feb), the earliest 4 weeks (9 Feb)."),
 ("scenario","visits","2026-03-09","Family time arrangements were agreed when she came into care on 6 March 2026; the permanence plan isn't agreed yet. Mum's birthday is 20 March. When must the family time arrangements be reviewed by?",("w","2026-03-06",8),["FT8"]),
 ("manager","visits","2025-12-29","Foster carer supervisory visits 04/11/2025 and 23/12/2025 - within the six weeks?",("w","2025-11-04",6),["FCV"]),
 ("newstarter","visits","2025-11-04","Family time for a child in care was last reviewed on 3 November 2025 and the plan for permanence is not yet agreed. When must it be reviewed again?",("w","2025-11-03",8),["FT8"]),
 ("scenario","visits","2027-04-01","Bramble Quillfeather (6) has been on a CP plan since the ICPC on 02/02/2027. I did an unannounced visit on Good Friday (26/03) and the core group is on 12/04. When's my next statutory CP visit due?",("w","2027-03-26",4),["CPV"]),
 ("scenario","date","2026-12-23","Did a joint home visit with the health visitor this afternoon, 23 December 2026. The baby's due date was 02/01 but she came early on 15/12. I'm off from Christmas Eve. When does the visit need to be recorded by?",("d","2026-12-23",3),["REC3"]),
 ("scenario","date","2025-04-23","The S47 was initiated on Easter Monday (21 April 2025) after the out of hours team got a call. The children (DOBs 01/01/2015 and 30/06/2018) were seen that day. When should I sit down with my manager to discuss progress?",("d","2025-04-21",5),["S47DISC"]),
 ("scenario","date","2027-08-18","The review child protection conference is on Tuesday 31 August 2027, the day after the bank holiday. The last conference was 01/06/2027. When's the latest the conference chair can have my report?",("db","2027-08-31",3),["RCPC_CHAIR"]),
 # ================= AGES
 ("newstarter","age","2027-06-01","A child on a plan was born on 29 February 2016. From what date should she be offered an advocate for her conferences?",("age","2016-02-29",12),["ADV12"]),
 ("duty","age","2025-10-01","yp dob 14/08/2010, pathway plan start?",("age","2010-08-14",15,6),["PATH"]),
 ("typos","age","2026-09-14","dob 31/8/2011 when does pathway plan need starting",("age","2011-08-31",15,6),["PATH"],"15 years 6 months from 31 August has no 31 February; taken as 28 Feb 2027, some would say 1 March 2027."),
 ("indirect","age","2025-11-10","the little girl born 29/02/2020 - on what date does she stop counting as under six for the adoption worker rule?",("age","2020-02-29",6),["AD6"]),
 ("scenario","age","2026-11-20","The PLO letter is likely to go out in the new year. He was born 03/01/2021 and has lived with his grandparents since last summer. When does he turn 6 for the adoption allocation rule?",("age","2021-01-03",6),["AD6"]),
 ("manager","age","2026-06-10","YP DOB 12/11/2010 - pathway plan started 01/06/2026. Was it started on time?",("age","2010-11-12",15,6),["PATH"]),
 ("typos","age","2025-12-10","is he 12 yet for the advocate thing? dob 23.12.2013, conf is in jan",("age","2013-12-23",12),["ADV12"]),
 ("newstarter","age","2027-02-01","A young person in care was born on 29 February 2012. When should their pathway plan be started?",("age","2012-02-29",15,6),["PATH"]),
 # ================= CHOICE
 ("duty","choice","2026-03-04","conf 3/3/26, whats next due?",("choice",("d","2026-03-03",10),("d","2026-03-03",20)),["CG","CIN20"]),
 ("newstarter","choice","2026-04-14","A child was placed with foster carers on Monday 13 April 2026. When is the plan due?",("choice",("wd","2026-04-13",5),("d","2026-04-13",10)),["PP5","CAREPLAN"]),
 ("typos","choice","2026-10-06","visited the foster carers 5/10/26 whens the next visit",("choice",("w","2026-10-05",6),("m","2026-10-05",12)),["FCV","FCUN"]),
 ("indirect","choice","2026-12-21","my report for the first child protection meeting on Tue 5 Jan 2027 - when has it got to go out?",("choice",("wdb","2027-01-05",3),("db","2027-01-05",3)),["CHAIR3","FAM3"]),
 ("duty","choice","2025-08-18","lac kid last visited 15/08/25, next visit?",("choice",("w","2025-08-15",1),("w","2025-08-15",6)),["LACW","LAC6"]),
 ("manager","choice","2025-04-15","IRO challenge raised 14/04/2025 - what's our deadline?",("choice",("wd","2025-04-14",5),("wd","2025-04-14",20)),["IRO5","IRO20"]),
 ("typos","choice","2025-05-28","plo meeting was 27/5/25 wats due next",("choice",("wd","2025-05-27",3),("d","2025-05-27",7)),["FGC","VIAB","MIN"]),
 ("scenario","choice","2026-12-24","She was placed with emergency carers today, Thursday 24 December 2026, after her dad was arrested. Her brother is staying with an aunt. When's the first meeting due for her placement?",("choice",("wd","2026-12-24",3),("wd","2026-12-24",20)),["PM3","LACR"]),
 # ================= NONE
 ("duty","none","2026-01-13","icpc 12/1/26, rcpc due when?",("none",),["N_RCPC"]),
 ("newstarter","none","2026-03-03","How often should I have supervision? My last one was on 2 March 2026.",("none",),["N_SUP"]),
 ("indirect","none","2025-06-09","an early help case came through today 09/06/2025 - how long has the early help team leader got to decide what to do with it?",("none",),["N_EH"]),
 ("manager","none","2027-02-11","Final care planning meeting 10/02/2027 agreed adoption - what's the SHOPBA deadline?",("none",),["N_SHOPBA"]),
 ("scenario","none","2026-01-13","We had her first LAC review yesterday, 12 January 2026. She's not in proceedings and the carers want to know about holidays in the summer. When is her second review due?",("none",),["N_2REV"]),
 ("typos","none","2027-03-04","when does the later life leter have to be done by, placed w adopters 3/3/27",("none",),["N_LLL"]),
 ("duty","none","2025-09-03","strat 2/9/25, record out to agencies by?",("none",),["N_STRATREC"]),
 ("indirect","none","2025-07-15","how often should the reviewing officer be ringing the young person between reviews? last review was 14/07/2025",("none",),["N_IROCONT"]),
 ("newstarter","none","2027-01-06","In a neglect case, by when must the Graded Care Profile 2 be completed? The assessment started on 5 January 2027.",("none",),["N_GCP"]),
]

def build():
    out=[]
    for r in ROWS:
        voice, kind, today, q, rule, keys = r[:6]
        amb = r[6] if len(r)>6 else None
        due, count = evaluate(rule)
        row={"q": q, "today": today, "due": due.isoformat() if due else None,
             "expect_any": [PH[k] for k in keys], "count": count, "voice": voice, "kind": kind}
        if amb: row["ambiguous"]=amb
        out.append(row)
    return out

def check(rows):
    src=open(SOURCE, encoding="utf-8").read()
    errs=[]
    for k,v in PH.items():
        if v not in src: errs.append(f"phrase {k} not verbatim in source")
        if len(v.split())<6: errs.append(f"phrase {k} shorter than 6 words")
    for i,r in enumerate(rows):
        P(r["today"])
        if r["kind"]=="none": assert r["due"] is None
        else: assert r["due"]
        if r["kind"]=="choice" and len(r["expect_any"])<2: errs.append(f"row {i} choice needs 2 phrases")
    return errs

if __name__=="__main__":
    sys.path.insert(0, HERE)
    rows=build()
    errs=check(rows)
    with open(os.path.join(HERE,"questions.jsonl"),"w",encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False)+"\n")
    # re-parse
    back=[json.loads(l) for l in open(os.path.join(HERE,"questions.jsonl"),encoding="utf-8")]
    assert back==rows
    print(len(rows),"rows"); print(Counter(r["kind"] for r in rows)); print(Counter(r["voice"] for r in rows))
    print(Counter(r["today"][:4] for r in rows))
    print("errors:", errs or "none")
