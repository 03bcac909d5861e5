#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (round 31).
Standard library only. Run: python3 oracle.py  -> writes questions.jsonl next to this file
and checks phrases against the source."""
import datetime as dt, json, os, re, sys, calendar

D = dt.date
# England & Wales bank holidays 2024-2028, typed by hand (substitute days included)
BH = {D(*x) for x in [
 (2024,1,1),(2024,3,29),(2024,4,1),(2024,5,6),(2024,5,27),(2024,8,26),(2024,12,25),(2024,12,26),
 (2025,1,1),(2025,4,18),(2025,4,21),(2025,5,5),(2025,5,26),(2025,8,25),(2025,12,25),(2025,12,26),
 (2026,1,1),(2026,4,3),(2026,4,6),(2026,5,4),(2026,5,25),(2026,8,31),(2026,12,25),(2026,12,28),
 (2027,1,1),(2027,3,26),(2027,3,29),(2027,5,3),(2027,5,31),(2027,8,30),(2027,12,27),(2027,12,28),
 (2028,1,3),(2028,4,14),(2028,4,17),(2028,5,1),(2028,5,29),(2028,8,28),(2028,12,25),(2028,12,26)]}

def _easter(y):  # anonymous Gregorian algorithm, used only to cross-check the typed list
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
    i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=((h+l-7*m+114)%31)+1
    return D(y,mo,da)
def _check_bh():
    calc=set()
    for y in range(2024,2029):
        def sub(x, taken):
            while x.weekday()>=5 or x in taken: x+=dt.timedelta(1)
            return x
        s=set(); s.add(sub(D(y,1,1),s))
        e=_easter(y); s.add(e-dt.timedelta(2)); s.add(e+dt.timedelta(1))
        def first_mon(mo):
            x=D(y,mo,1)
            while x.weekday()!=0: x+=dt.timedelta(1)
            return x
        def last_mon(mo):
            x=D(y,mo,calendar.monthrange(y,mo)[1])
            while x.weekday()!=0: x-=dt.timedelta(1)
            return x
        s.add(first_mon(5)); s.add(last_mon(5)); s.add(last_mon(8))
        c=sub(D(y,12,25),s); s.add(c); s.add(sub(D(y,12,26),s))
        calc|=s
    assert calc==BH, sorted(calc^BH)
_check_bh()

WD=['Mon','Tue','Wed','Thu','Fri','Sat','Sun']
def f(x): return f"{x.isoformat()} ({WD[x.weekday()]})"
def isw(x): return x.weekday()<5 and x not in BH

def add_months(x,n):
    m=x.month-1+n; y=x.year+m//12; m=m%12+1
    last=calendar.monthrange(y,m)[1]
    return D(y,m,min(x.day,last)), x.day>last

def resolve(s, today):
    if not s.startswith('rel:'): return D.fromisoformat(s)
    r=s[4:]
    if r=='today': return today
    if r=='yesterday': return today-dt.timedelta(1)
    if r=='tomorrow': return today+dt.timedelta(1)
    if r.startswith('last-'):
        w=WD.index(r[5:]); x=today-dt.timedelta(1)
        while x.weekday()!=w: x-=dt.timedelta(1)
        return x
    if r.startswith('next-'):
        w=WD.index(r[5:]); x=today+dt.timedelta(1)
        while x.weekday()!=w: x+=dt.timedelta(1)
        return x
    return today+dt.timedelta(int(r))

def calc(c, today):
    op=c[0]
    if op=='choice':
        res=[calc(x,today) for x in c[1]]
        due=min(r[0] for r in res)
        return due, 'CHOICE: ' + ' | '.join(r[1] for r in res) + f' -> earlier {f(due)}'
    if op=='age':
        dob=resolve(c[1],today); y,m=c[2],c[3]
        due,clamped=add_months(dob,12*y+m)
        note=''
        if dob.month==2 and dob.day==29 and clamped:
            due=D(due.year,3,1); note='; 29 Feb birthday in a non-leap year -> 1 March'
        elif clamped: note='; no such day that month -> last day of month'
        return due, f"DOB {f(dob)} + {y} years {m} months -> {f(due)}{note}"
    s=resolve(c[1],today); n=c[2]
    if op=='wd':
        x=s; k=0; skipped=[]
        while k<n:
            x+=dt.timedelta(1)
            if isw(x): k+=1
            elif x in BH: skipped.append(x.isoformat())
        sk=f"; skips bank holidays {', '.join(skipped)}" if skipped else ''
        st='' if isw(s) else ' (start is not a working day; counted from it)'
        return x, f"{n} working days after {f(s)}{st} -> {f(x)}{sk}"
    if op=='wdb':
        x=s; k=0; skipped=[]
        while k<n:
            x-=dt.timedelta(1)
            if isw(x): k+=1
            elif x in BH: skipped.append(x.isoformat())
        sk=f"; skips bank holidays {', '.join(skipped)}" if skipped else ''
        return x, f"{n} working days before {f(s)} -> {f(x)}{sk}"
    if op=='days':
        x=s+dt.timedelta(n); return x, f"{n} calendar days after {f(s)} -> {f(x)}"
    if op=='daysb':
        x=s-dt.timedelta(n); return x, f"{n} calendar days before {f(s)} -> {f(x)}"
    if op=='weeks':
        x=s+dt.timedelta(7*n); return x, f"{n} weeks ({7*n} days) after {f(s)} -> {f(x)}"
    if op=='months':
        x,cl=add_months(s,n)
        return x, f"{n} months after {f(s)} -> {f(x)}" + ('; no such day that month -> last day of month' if cl else '')
    raise ValueError(op)

# ---- phrases (verbatim from /work/shared/source/practice-standards.txt) ----
P = dict(
 FD="decisions made by what action are required by a Team Leader within 1 working day",
 INIT="Initial decisions will be made about the action required within 1 working day",
 REF="Referrals will be actioned by a social worker within 1 working day",
 S47D="Within 5 days of the Section 47 being initiated",
 ALLOC="allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 TLREV="All assessments will be reviewed by the Team Leader within 15 working days",
 A45="Assessments must all be completed within 45 days",
 STRAT="a strategy discussion is required, this must happen within 1 working day",
 NOTICE="notify the Neighbourhood Team via email, giving at least 5 days’ notice",
 ICPC="Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 RFAM="The report will be shared with family at least 3 the days prior to conference",
 RCHAIR="The report will be sent to the child protection chair 3 working days before the conference",
 CG="held within 10 days of the conference",
 CPV="Visits to a child subject to a CP plan will take place at least every 4 weeks",
 CPHOME="A statutory CP visit must not be recorded on the child’s file unless the child was seen at home",
 RCPAR="This report must be shared with parents at least 3 days prior to the review conference",
 RCCH="The report will be available to the conference chair at least 3 days prior to the review conference",
 M12="when they have been subject to a plan for 12 months",
 PLO1="The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 FGC="Referral should be made within 3 working days of the first PLO meeting",
 VIA="need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 MIN="distributed to parents and their legal representation within 7 days of the meeting",
 PLOREV="Review PLO meetings with parents to be held every 4-6 weeks",
 W12="A review legal planning meeting will be held at 12 weeks",
 W16="a Legal Gateway meeting will be convened at 16 weeks",
 W4="In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
 CIN20="will set the first CIN meeting within 20 days",
 CIN10="the initial CIN meeting must take place within 10 days",
 CINREV="CIN review meetings will be held at least every 6 weeks",
 CINV="A child subject to a CIN plan will be seen at least every 6 weeks",
 EMERG="If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 V1="The child will be visited within 1 working day of coming into care or having a change in placement",
 V1B="All looked after children will be seen within 1 working day of placement",
 PM="The placement meeting will be held within 3 working days",
 PP="an updated copy given to the carers within 5 working days of the placement beginning",
 FT="reviewed at least every 8 week until the plan for permanence is agreed",
 PACK="coming into care pack, children rights leaflet within 3 weeks",
 LEGAL="informed of the child’s legal status within 5 working days",
 IHA="An initial health assessment will be requested and carried out within 20 working days",
 PEP="A PEP meeting will be arranged within the school within 20 days",
 LACW="Statutory looked after visits must happen weekly until the first looked after review",
 LAC6="a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 LAC12="Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 CP10="An up to date care plan will be recorded on the electronic system within 10 days of placement",
 LAR="The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 PATH="A pathway plan will be started when the young person is 15 years 6 months",
 IROREP="this will be with the IRO 3 days before the review",
 IRO5="If the challenge is not resolved within 5 working days a formal dispute will be raised",
 IRO20="should be completed from start to finish within 20 working days",
 AD6="If a child under the age of 6 enters PLO or proceedings",
 ADW="Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 AD6W="visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 AD10="Once the children have been in placement with the adopter for 10 weeks",
 FCV="Trafford foster carers are visited at least once every six weeks",
 FCREC="a record of this visit is recorded on LCS within 3 working days",
 FCUN="will have an unannounced visit at least once every 12 months",
 FCAR="All Trafford foster carers will have an annual review",
 FCPAN="Every foster carer will have an annual review presented to the Fostering Panel at least every three years",
 FCDBS="updated statutory references, medicals and DBS checks at least every three years",
 FCTR="must update their core training at least every three years",
 VAR="This can only be given for up to 6 working days",
 TEMP="Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 REC="any event or contact is recorded within 3 days",
 SUMM="case file summary which has been updated within the last 3 months",
 ASS12="An up to date assessment (within the last 12 months) on each child",
 ADV="if they are 12 or over they should be offered an advocate",
 # for 'none' rows: nearest related sentence, which sets no timescale
 NEXTCONF="The child protection chair will set the date of the next conference",
 SUPPOL="monitored through supervision which takes place in line with the supervision policy",
 SECREV="At the point of the second review (if not in proceedings) the child must have a permanency plan",
 MISSING="The risk of going missing and child sexual exploitation will be considered and risk assessed",
 SHOPBA="This needs to take place after the area teams final care planning meeting",
 SWET="the timescales for filing SWET and additional supporting documents will be agreed at the Legal Gateway meeting",
 STRATREC="a record sent to all participating professionals",
 LLL="The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
 SUPPORT="If there is an indication of instability in a placement plan a Support Meeting will be held",
)

ROWS = [
# ---------------- Front Door ----------------
("duty","date","contact in 24/12/25 re neglect, TL decision by?","2025-12-24",("wd","2025-12-24",1),["FD","INIT"]),
("typos","date","we got a contact on thursday 17th april, when does the TL need to make a decison on it","2025-04-17",("wd","2025-04-17",1),["FD","INIT"]),
("newstarter","date","Hello, sorry if this is a basic question. A contact came in to the front door this morning (Friday 22nd May 2026). By when does a Team Leader need to have made a decision on what action is needed?","2026-05-22",("wd","2026-05-22",1),["FD","INIT"]),
("manager","date","Contact received 31/12/26, TL decision recorded 04/01/27. In timescale?","2027-01-06",("wd","2026-12-31",1),["FD","INIT"]),
("indirect","date","Once the front door passes a new case through to a social worker to pick up, how long has the worker got to start acting on it? This one landed yesterday.","2027-05-05",("wd","rel:yesterday",1),["REF"]),
("scenario","date","Mum rang in on 2nd Jan 2026 worried about her partner's drinking around the baby (DOB 14/11/25). Police sent a notification about the same household on 29/12/25. It's a level 4 referral - when does the team leader need to have decided what action is needed?","2026-01-02",("wd","2026-01-02",1),["INIT","FD"]),
# ---------------- S47 progress discussion ----------------
("duty","date","s47 initiated 22/12/25, SW/mgr progress discussion due?","2025-12-22",("days","2025-12-22",5),["S47D"]),
("newstarter","date","Hi, I've started my first Section 47 enquiry today (3 March 2026). I've been told I need to sit down with my manager to talk about how it's going within a set time - when would that be?","2026-03-03",("days","2026-03-03",5),["S47D"]),
("indirect","date","We opened a child protection enquiry on 28 May 2027. When do I need to check in with my manager about how the enquiry is going and agree next steps?","2027-05-28",("days","2027-05-28",5),["S47D"]),
# ---------------- allocation 3 WD ----------------
("typos","date","how long to alocate a case for C&F assesment, decided on 2.4.26","2026-04-02",("wd","2026-04-02",3),["ALLOC"]),
("indirect","date","Front door decided yesterday this family needs a full assessment. How long have we got to get a worker named on the system to do it?","2025-05-28",("wd","rel:yesterday",3),["ALLOC"]),
("manager","date","Decision for C&F assessment 19/12/2025, allocated on LCS 29/12/2025 - was that within timescale?","2026-01-05",("wd","2025-12-19",3),["ALLOC"]),
# ---------------- TL review 15 WD ----------------
("duty","date","CFA started 07/04/25, TL review by?","2025-04-07",("wd","2025-04-07",15),["TLREV"],"The standard does not say what the 15 working days run from; counted here from the assessment start, a reader might count from the referral."),
("scenario","date","Assessment on a 9 year old (DOB 02/05/2016) opened 18th Dec 2026 after school raised concerns. My first home visit was 21/12. When should my TL be reviewing the assessment?","2026-12-21",("wd","2026-12-18",15),["TLREV"],"Counted from the assessment opening (18/12); the standard does not name the start event."),
("newstarter","date","Could you tell me when my Team Leader needs to review my Child and Family Assessment? I started it on 11 August 2025.","2025-08-12",("wd","2025-08-11",15),["TLREV"]),
# ---------------- 45 days ----------------
("typos","date","c+f assesment started 1st dec 25 when does it have to be finished by","2025-12-03",("days","2025-12-01",45),["A45"],"The standard says 45 days (counted as calendar days); statutory guidance uses 45 working days, which would give a later date."),
("scenario","date","Family referred by health visitor on 16/03/2026, the assessment was started the next day, 17/03/2026. Youngest child born 01/02/2026. When must the assessment be completed?","2026-03-20",("days","2026-03-17",45),["A45"],"Could be counted from the referral (16/03) rather than the assessment start; and 45 days is read as calendar days."),
# ---------------- strategy discussion 1 WD ----------------
("duty","date","mgmt decision for strat 24/12/26 3pm, strat by?","2026-12-24",("wd","2026-12-24",1),["STRAT"]),
("indirect","date","My manager said this afternoon we need to get police, health and school together to talk about whether to start a child protection enquiry. How quickly does that discussion have to happen? (today's 2/4/26)","2026-04-02",("wd","2026-04-02",1),["STRAT"]),
("typos","date","strat discusion needed, decided on fri 1st may 2026, when by","2026-05-01",("wd","2026-05-01",1),["STRAT"]),
("manager","date","TL decided a strat was needed on 22/08/25 and it was held on 26/08/25. Was it in timescale?","2025-08-27",("wd","2025-08-22",1),["STRAT"]),
# ---------------- ICPC 15 WD ----------------
("duty","date","strat was 19/12/25, when's the ICPC?","2025-12-19",("wd","2025-12-19",15),["ICPC"]),
("typos","date","strat was 24.3.27 when is icpc due","2027-03-24",("wd","2027-03-24",15),["ICPC"]),
("scenario","date","Twins (DOB 10/10/2020) disclosed at school on 13 April 2026. The strategy discussion was held on 14 April and the S47 is ongoing; there's a CIN review booked for 30/04. If we go to initial conference, what's the latest date?","2026-04-15",("wd","2026-04-14",15),["ICPC"]),
("newstarter","date","Hi, I'm new to the team. The initial strategy discussion for my family was held on 11 December 2025. If it goes to an Initial Child Protection Conference, when is the latest that can be held?","2025-12-12",("wd","2025-12-11",15),["ICPC"]),
("manager","date","ICPC was held 20/01/26, strat 02/01/26, was that in timescale?","2026-01-21",("wd","2026-01-02",15),["ICPC"]),
# ---------------- ICPC reports ----------------
("duty","date","ICPC tues 7/4/26, report to chair by?","2026-03-30",("wdb","2026-04-07",3),["RCHAIR"]),
("indirect","date","When does my write-up for the first child protection meeting have to reach the person chairing it? The meeting is on 4 January 2027.","2026-12-21",("wdb","2027-01-04",3),["RCHAIR"]),
("manager","date","ICPC 01/06/27, SW report received by chair 27/05/27. Did it meet the standard?","2027-06-02",("wdb","2027-06-01",3),["RCHAIR"]),
("typos","date","icpc is on 29/12/25 when does my reprot need to go to the cp chair","2025-12-15",("wdb","2025-12-29",3),["RCHAIR"]),
("newstarter","date","When do I need to share my conference report with the parents? The initial child protection conference is on Monday 2nd June 2025.","2025-05-27",("daysb","2025-06-02",3),["RFAM"]),
("scenario","date","Dad has only just been located and says he wants to attend. The initial conference is booked for 12 January 2027, and the core assessment was finished on 30/12/26. When is the last day I can share the report with the family?","2027-01-05",("daysb","2027-01-12",3),["RFAM"]),
# ---------------- first core group ----------------
("duty","date","ICPC 23/12/25, 1st core grp by?","2025-12-23",("days","2025-12-23",10),["CG"]),
("typos","date","icpc was 30.3.27 when is the first core group","2027-03-30",("days","2027-03-30",10),["CG"]),
("indirect","date","After the conference put the child on a plan on 19 August 2025, when does the first meeting of the small group that fills in the detail of the protection plan need to happen?","2025-08-20",("days","2025-08-19",10),["CG"]),
("scenario","date","The children (DOB 04/03/2015 and 22/09/2018) were made subject to CP plans at conference on 22nd May 2026. The next review conference has been set for 20/08/26. When should the first core group be held by?","2026-05-26",("days","2026-05-22",10),["CG"]),
# ---------------- review conference reports ----------------
("indirect","date","The follow-up conference for a child already on a plan is on 6 May 2026. When does my progress update have to be with the chair?","2026-04-27",("daysb","2026-05-06",3),["RCCH"]),
("manager","date","Review CP conference 03/11/25. Plan update shared with parents 01/11/25. Meets the standard?","2025-11-04",("daysb","2025-11-03",3),["RCPAR"]),
("typos","date","review conf is 1st sept 2026, when do parents need the plan update","2026-08-20",("daysb","2026-09-01",3),["RCPAR"]),
# ---------------- 12 months on a plan ----------------
("scenario","date","Child (DOB 17/02/2019) went on a CP plan at ICPC on 29 August 2025 and the last review conference was 23/02/26. Progress is slow. When will she have been on a plan for 12 months, so the professional thinking time meeting comes in?","2026-03-02",("months","2025-08-29",12),["M12"]),
("indirect","date","There's a meeting for professionals to rethink how we work with a family when a child has been on a protection plan for a year without enough progress. Our boy went on his plan on 15/01/2027 - when does that point arrive?","2027-06-10",("months","2027-01-15",12),["M12"]),
("manager","date","CP plan start 31/10/24, no professional thinking time meeting yet. From what date should it have been considered?","2025-11-20",("months","2024-10-31",12),["M12"]),
# ---------------- PLO ----------------
("duty","date","PLO letter dated 22/12/25, 1st PLO mtg by?","2025-12-22",("days","2025-12-22",10),["PLO1"]),
("scenario","date","Legal Gateway agreed PLO on 02/04/2026. The letter to parents is dated 07/04/2026 and was hand delivered on 08/04. Mum's youngest was born 12/12/2025. When does the first PLO meeting need to take place?","2026-04-08",("days","2026-04-07",10),["PLO1"]),
("newstarter","date","Sorry, what is the timescale for the first PLO (Public Law Outline) meeting with parents? The letter was dated 30 April 2025.","2025-05-01",("days","2025-04-30",10),["PLO1"]),
("manager","date","PLO letter 05/01/26, first PLO meeting 16/01/26 - in timescale?","2026-01-19",("days","2026-01-05",10),["PLO1"]),
("duty","date","1st PLO mtg 24/12/25 - FGC ref by?","2025-12-24",("wd","2025-12-24",3),["FGC"]),
("newstarter","date","The parents agreed to a family group conference at the first PLO meeting on 23 May 2025. By when do I need to make the referral?","2025-05-23",("wd","2025-05-23",3),["FGC"]),
("typos","date","initial plo meeting was 2/4/26, when do i send viability requests to family placement","2026-04-02",("wd","2026-04-02",3),["VIA"]),
("scenario","date","At the initial PLO meeting on 27 August 2026 mum named her sister and a family friend as possible carers. We had no FGC. The next review PLO is 24/09. When do the viability screening requests need to go to Family Placement?","2026-08-28",("wd","2026-08-27",3),["VIA"]),
("indirect","date","Grandparents were put forward as alternative carers at the first pre-proceedings meeting yesterday. How long have I got to ask the fostering/placement team to screen them?","2027-12-23",("wd","rel:yesterday",3),["VIA"]),
("newstarter","date","When do the PLO meeting minutes have to be sent to the parents and their solicitors? The meeting was on 18 December 2025.","2025-12-18",("days","2025-12-18",7),["MIN"]),
("indirect","date","We had the pre-proceedings meeting with the parents and their lawyer on 30 April 2026. What's the deadline to get the written record of what was agreed to them?","2026-04-30",("days","2026-04-30",7),["MIN"]),
("duty","date","PLO started 06/01/26 (letter date), review legal planning mtg due?","2026-01-07",("weeks","2026-01-06",12),["W12"],"The 12 weeks could be counted from the first PLO meeting rather than the letter date."),
("scenario","date","We issued the PLO letter on 5 January 2027 and held the first meeting on 13/01/27. Things haven't improved and the 12 week legal planning meeting is coming up. If we stay in PLO, when is the Legal Gateway meeting due, counting from the letter?","2027-04-01",("weeks","2027-01-05",16),["W16"]),
("manager","date","Family entered PLO 24/11/25 (letter). No Legal Gateway held yet. When was the 16 week gateway due?","2026-03-20",("weeks","2025-11-24",16),["W16"],"Counted from the letter date as the question says; some would count from the first PLO meeting."),
("newstarter","date","At the review legal planning meeting on 14 April 2027 they agreed an extra period in PLO because of exceptional circumstances. When does that extra period end?","2027-04-15",("weeks","2027-04-14",4),["W4"]),
# ---------------- CIN ----------------
("duty","date","deplanned at RCPC 15/12/25, 1st CIN mtg by?","2025-12-15",("days","2025-12-15",20),["CIN20"]),
("typos","date","kids came off cp plan at review conf on 4th aug 2027, when is first cin meeting","2027-08-05",("days","2027-08-04",20),["CIN20"]),
("manager","date","De-planned 10/11/26, first CIN meeting 02/12/26. In timescale?","2026-12-03",("days","2026-11-10",20),["CIN20"]),
("scenario","date","This case transferred across to us from Children's First Response on 30 April 2027. Their assessment was completed on 23/04 and the joint visit happened 29/04. When does the initial CIN meeting need to happen?","2027-04-30",("days","2027-04-30",10),["CIN10"]),
("newstarter","date","A case has just transferred to my Neighbourhood Team from the First Response team today, 26 May 2026. When does the first Child in Need meeting need to be held?","2026-05-26",("days","2026-05-26",10),["CIN10"]),
("newstarter","date","We're planning to transfer a family from First Response to a Neighbourhood Team on Monday 5 January 2026. What's the latest date I can email the Neighbourhood Team to give them notice?","2025-12-22",("daysb","2026-01-05",5),["NOTICE"]),
("manager","date","Transfer CFR to NT took place 07/04/26, notification email sent 03/04/26. Enough notice?","2026-04-08",("daysb","2026-04-07",5),["NOTICE"]),
# ---------------- children in care ----------------
("scenario","date","Police protection on the night of 19 December 2025, then s20 the next morning, 20 December. It was unplanned so there was no assessment in place. When does the assessment need to be done by?","2025-12-22",("wd","2025-12-20",20),["EMERG"],"Could be counted from the police protection on 19/12 rather than the s20 start on 20/12 (a Saturday)."),
("duty","date","emergency LAC 05/05/26 no assessment in place, assessment due?","2026-05-05",("wd","2026-05-05",20),["EMERG"]),
("duty","date","new placement fri 24/12/27 - visit by?","2027-12-24",("wd","2027-12-24",1),["V1","V1B"]),
("typos","date","child came into care yestrday, when do i need to visit","2026-04-08",("wd","rel:yesterday",1),["V1","V1B"]),
("indirect","date","A child moved from one foster home to another on Thursday 2nd April 2026. When is the latest I need to go and see her in the new home?","2026-04-02",("wd","2026-04-02",1),["V1","V1B"]),
("newstarter","date","One of my children came into care today (Friday 28 August 2026). I'm not sure how soon I have to visit her - could you help?","2026-08-28",("wd","2026-08-28",1),["V1","V1B"]),
("duty","date","placed 23/12/26, placement mtg by?","2026-12-23",("wd","2026-12-23",3),["PM"]),
("indirect","date","Once a child has moved in with new carers, how quickly do we have to get everyone together to agree delegated authority and how the placement will meet her needs? She moved on 15 April 2025.","2025-04-15",("wd","2025-04-15",3),["PM"]),
("manager","date","Child placed 24/03/27, placement meeting held 31/03/27 - compliant?","2027-04-01",("wd","2027-03-24",3),["PM"]),
("typos","date","placment meeting deadline? placed on 22.5.26","2026-05-22",("wd","2026-05-22",3),["PM"]),
("newstarter","date","When do the foster carers need to be given the updated placement plan? The placement started on 18 December 2025.","2025-12-18",("wd","2025-12-18",5),["PP"]),
("scenario","date","Child placed with carers on 1 April 2027 after the IRH on 25/03/27. The placement meeting is booked for 5 April. When must the carers have the updated placement plan?","2027-04-01",("wd","2027-04-01",5),["PP"]),
("typos","date","when does the child need there coming into care pack, came in 11/12/26","2026-12-11",("days","2026-12-11",21),["PACK"]),
("indirect","date","What's the deadline for giving a newly looked after child the welcome pack and the leaflet about their rights? He came into care on 24 March 2026.","2026-03-25",("days","2026-03-24",21),["PACK"]),
("duty","date","became LAC 31/3/27 (s20), other profs told of legal status by?","2027-03-31",("wd","2027-03-31",5),["LEGAL"]),
("manager","date","Child became looked after 22/12/25; school and GP informed of legal status 05/01/26. Compliant?","2026-01-06",("wd","2025-12-22",5),["LEGAL"]),
("newstarter","date","Hello, my first looked after child came into care on 7 April 2025. When does the initial health assessment need to be carried out by?","2025-04-08",("wd","2025-04-07",20),["IHA"]),
("indirect","date","When does the first proper medical for a child who came into care on 20 August 2027 need to be done?","2027-08-23",("wd","2027-08-20",20),["IHA"]),
("typos","date","pep meeting when? she came into care on the 3rd","2026-03-05",("days","2026-03-03",20),["PEP"]),
("indirect","date","A child became looked after on 8 December 2025. When does the school meeting about his personal education plan have to be arranged by?","2025-12-09",("days","2025-12-08",20),["PEP"],"The standard says arranged within 20 days without naming the start; counted from becoming looked after."),
("scenario","date","Teenager (DOB 30/06/2011) came into care on 12 May 2027 and moved schools on 17/05. The school's designated teacher is asking when we need the PEP meeting. When's the deadline?","2027-05-18",("days","2027-05-12",20),["PEP"],"Counted from coming into care (12/05); a reader could count from the school move."),
("manager","date","Placement 30/12/26, care plan recorded on LCS 11/01/27. Compliant?","2027-01-12",("days","2026-12-30",10),["CP10"]),
("newstarter","date","How long do I have to get the care plan onto the system? The child was placed on 27 March 2026.","2026-03-27",("days","2026-03-27",10),["CP10"]),
("duty","date","accom 24/12/25, 1st LAC review by?","2025-12-24",("wd","2025-12-24",20),["LAR"]),
("typos","date","when is the intial lac review due,she became looked after on 26/3/27","2027-03-30",("wd","2027-03-26",20),["LAR"]),
("scenario","date","Siblings (DOB 02/02/2017 and 09/09/2019) came into care under an ICO on 14 August 2026. The younger one moved placement on 21/08/26. When is the initial Looked After Review due?","2026-08-24",("wd","2026-08-14",20),["LAR"]),
("newstarter","date","I'm sorry to ask, but when does a child's first Looked After Review need to take place? He came into our care on 1 December 2027.","2027-12-02",("wd","2027-12-01",20),["LAR"]),
("newstarter","date","When does my report need to be with the Independent Reviewing Officer? The child's review is on Tuesday 4 January 2028.","2027-12-20",("daysb","2028-01-04",3),["IROREP"]),
("scenario","date","Second LAC review for a 14 year old (DOB 11/11/2012) is on 2 September 2025; the previous review was 03/06/25. Foster carer wants to know when my report goes to the IRO so she can add comments. When does it need to be with the IRO?","2025-08-26",("daysb","2025-09-02",3),["IROREP"]),
# ---------------- IRO disputes ----------------
("indirect","date","The reviewing officer flagged drift in the care plan with me informally on 22 May 2025. How long before it becomes a formal dispute if it isn't sorted?","2025-05-22",("wd","2025-05-22",5),["IRO5"]),
("manager","date","Formal IRO dispute raised 14/12/26. When must the resolution process be complete?","2026-12-14",("wd","2026-12-14",20),["IRO20"]),
("typos","date","iro raised formal dispute on 8/4/27 how long has it got to be resolved","2027-04-08",("wd","2027-04-08",20),["IRO20"]),
# ---------------- adoption ----------------
("scenario","date","Our little one (DOB 05/05/2024) moved in with her adopters on 28 August 2026, after the matching panel on 02/07/26. When can the adopters apply for the Adoption Order?","2026-08-28",("weeks","2026-08-28",10),["AD10"]),
("newstarter","date","The child was placed with prospective adopters on 19 December 2025. From what date can they make an application for an Adoption Order?","2025-12-22",("weeks","2025-12-19",10),["AD10"]),
# ---------------- fostering ----------------
("duty","date","FC supervisory visit 24/12/25, record on LCS by?","2025-12-24",("wd","2025-12-24",3),["FCREC"]),
("typos","date","did a foster carer vist on 3/4/26 when does it need recording on lcs","2026-04-03",("wd","2026-04-03",3),["FCREC"]),
("manager","date","Supervising SW visited carers 21/05/27, recorded on LCS 27/05/27. Compliant?","2027-05-28",("wd","2027-05-21",3),["FCREC"]),
("scenario","date","We need to place a 13 year old with carers approved for 0-10 year olds. The Strategic Lead gave permission for the variation on 21 December 2026 and the child moved in that evening. How long can the variation last?","2026-12-21",("wd","2026-12-21",6),["VAR"]),
("newstarter","date","Grandma was given temporary approval as a connected person foster carer on 15 January 2026. How long does the temporary approval last?","2026-01-15",("weeks","2026-01-15",16),["TEMP"]),
("manager","date","Connected person temporary approval 03/03/25, extended by the ADM for the further period. When does the extended approval end?","2025-06-20",("weeks","2025-03-03",24),["TEMP"]),
("indirect","date","Auntie was allowed to look after the children as a family carer on a short-term approval from 28 May 2027 while her full assessment is done. When does that short-term approval run out if it isn't extended?","2027-05-28",("weeks","2027-05-28",16),["TEMP"]),
("duty","date","FC DBS done 14/05/25, renewal due?","2025-05-15",("months","2025-05-14",36),["FCDBS"]),
("typos","date","foster carer last did core training 31/8/24 when do they have to update it","2026-01-05",("months","2024-08-31",36),["FCTR"]),
("indirect","date","How long can a foster carer go between having their yearly review taken to the panel itself? Ours last went to panel on 12 December 2024.","2026-02-10",("months","2024-12-12",36),["FCPAN"]),
("manager","date","Foster carer annual review last held 29/02/24. When was the next one due?","2025-03-10",("months","2024-02-29",12),["FCAR"]),
# ---------------- case recording ----------------
("typos","date","did a home vist 24th dec, when do i have to have it recorded by","2025-12-24",("days","2025-12-24",3),["REC"]),
("indirect","date","I met the family at a contact centre last Friday. What's the latest I can write it up on the child's file?","2026-05-05",("days","rel:last-Fri",3),["REC"]),
("newstarter","date","I had a phone call with a child's mum on 30 December 2026. How many days do I have to record it, and what date is that?","2026-12-30",("days","2026-12-30",3),["REC"]),
# ---------------- open cases ----------------
("manager","date","Case summary last updated 30/11/25, when is the next update due?","2026-01-20",("months","2025-11-30",3),["SUMM"]),
("manager","date","Last C&F assessment authorised 29/02/24. When did it go out of date for the 12 month standard?","2025-03-03",("months","2024-02-29",12),["ASS12"]),
("newstarter","date","My team leader says every open case needs an up to date assessment. The last one on my family was authorised on 22 April 2025. When does it stop being up to date?","2026-01-12",("months","2025-04-22",12),["ASS12"]),
("scenario","date","I'm picking up a long-standing CIN case. The last assessment was signed off 31 May 2025, the CIN plan was reviewed 10/03/26 and the chronology updated 01/04/26. When does the family need a new assessment by to meet the 12 month standard?","2026-04-10",("months","2025-05-31",12),["ASS12"]),
("indirect","date","How recent does the summary at the front of a child's file have to be? It was last refreshed on 31 August 2025 - when's it out of date?","2025-10-01",("months","2025-08-31",3),["SUMM"]),
# ---------------- VISITS ----------------
("duty","visits","CP visit 23/12/25, next by?","2025-12-23",("weeks","2025-12-23",4),["CPV"]),
("typos","visits","last cp vist was 3.4.26 when is next one due","2026-04-07",("weeks","2026-04-03",4),["CPV"]),
("scenario","visits","Child on a CP plan. I last saw her alone at home on 30 December 2026. I also saw her at school on 06/01/27 but not at home. When is the next statutory CP visit due?","2027-01-07",("weeks","2026-12-30",4),["CPV","CPHOME"]),
("indirect","visits","For a child getting child in need support, I last saw him at home on 20 May 2026. When's the latest I can see him again?","2026-05-21",("weeks","2026-05-20",6),["CINV"]),
("newstarter","visits","How often do I need to visit a child on a Child in Need plan? My last visit was on 18 December 2025 - when is the next one due?","2025-12-19",("weeks","2025-12-18",6),["CINV"]),
("manager","visits","Last CIN review 11/11/25, next CIN review held 30/12/25. In timescale?","2026-01-05",("weeks","2025-11-11",6),["CINREV"]),
("duty","visits","LAC placed 19/12/25, visited 22/12, next stat visit by? 1st review not held yet","2025-12-23",("weeks","2025-12-22",1),["LACW"]),
("typos","visits","had the first lac review already, last stat visit was 17/4/25, when is the next one","2025-04-22",("weeks","2025-04-17",6),["LAC6"]),
("scenario","visits","He's been in his permanent foster placement since January 2025 (so well over 12 months), he is settled and we've moved to 12 weekly visits. I saw him on 2 March 2027. When's his next statutory visit due?","2027-03-03",("weeks","2027-03-02",12),["LAC12"]),
("indirect","visits","The little girl moved in with her adopters on 23/12/26 and her first review hasn't happened yet. I visited on 24/12. When do I have to see her next?","2026-12-29",("weeks","2026-12-24",1),["ADW"]),
("newstarter","visits","I'm the adoption social worker for a child placed with adopters. The first Looked After Review has happened and my last visit was 26 March 2027. When is the next visit due before the Adoption Order?","2027-03-29",("weeks","2027-03-26",6),["AD6W"]),
("manager","visits","Foster carer supervisory visits 14/07/25 and 08/09/25. Was the gap within the standard?","2025-09-10",("weeks","2025-07-14",6),["FCV"]),
("duty","visits","FC unannounced visit last 28/05/26, next due?","2026-06-01",("months","2026-05-28",12),["FCUN"]),
("indirect","visits","How often does the family time arrangement for a looked after child have to be looked at again while we're still working on permanence? It was last reviewed on 1 December 2025.","2025-12-02",("weeks","2025-12-01",8),["FT"]),
("typos","visits","cin review meeting was 22/12/25 when does next one have to be","2025-12-23",("weeks","2025-12-22",6),["CINREV"]),
("scenario","visits","Mum is in PLO. The first PLO meeting was on 6 January 2026 and the last review PLO meeting was on 4 March 2026; the Legal Gateway is pencilled for 28/04. What's the latest the next review PLO meeting can be?","2026-03-05",("weeks","2026-03-04",6),["PLOREV"],"The standard gives a range of every 4-6 weeks; 6 weeks is taken as the latest, a cautious reader might answer 4 weeks (1 April 2026)."),
("manager","visits","CP visits 02/03/26 and 06/04/26 - was the gap within standard?","2026-04-08",("weeks","2026-03-02",4),["CPV"]),
("duty","visits","FC annual review last 31/08/26 - next?","2026-09-01",("months","2026-08-31",12),["FCAR"]),
("newstarter","visits","How often must a child on a Child Protection plan be visited? I saw him at home on 28 May 2027 - when's my next visit due by?","2027-05-28",("weeks","2027-05-28",4),["CPV"]),
("manager","visits","LAC (post first review, not yet in permanent placement): visits 04/11/26 and 18/12/26. Within standard?","2026-12-21",("weeks","2026-11-04",6),["LAC6"]),
# ---------------- AGE ----------------
("newstarter","age","A young person in our care was born on 14 February 2011. When should their pathway plan be started?","2026-01-12",("age","2011-02-14",15,6),["PATH"]),
("duty","age","YP DOB 31/08/2010 - pathway plan start date?","2025-11-03",("age","2010-08-31",15,6),["PATH"]),
("typos","age","dob 29.2.20, hes going into plo soon - when does he turn 6 for the adoption worker allocation thing","2025-12-01",("age","2020-02-29",6,0),["AD6"]),
("scenario","age","ICPC is booked for 10/03/27. The older sister was born 11/03/2015 and the younger on 02/06/2019. When does the older sister turn the age where she should be offered an advocate for conference?","2027-02-22",("age","2015-03-11",12,0),["ADV"]),
("indirect","age","A little boy born 1 June 2020 is heading towards pre-proceedings. Up to what date is he still young enough that he'd automatically get a Trafford adoption social worker and family finder if he enters PLO?","2026-03-02",("age","2020-06-01",6,0),["AD6"]),
("manager","age","YP DOB 03/07/2010, pathway plan started 15/02/2026 - on time?","2026-03-02",("age","2010-07-03",15,6),["PATH"]),
("typos","age","when do we start the pathway plan,his dob is 20/12/11","2027-01-15",("age","2011-12-20",15,6),["PATH"]),
("scenario","age","Two brothers in the same placement: one born 25/10/2010, the other born 08/04/2012. They came into care on 01/09/25. When does the older one need his pathway plan starting?","2025-09-02",("age","2010-10-25",15,6),["PATH"]),
# ---------------- CHOICE ----------------
("duty","choice","ICPC tues 7/4/26 - when's my report due out?","2026-03-23",("choice",[("wdb","2026-04-07",3),("daysb","2026-04-07",3)]),["RCHAIR","RFAM"]),
("typos","choice","visited the foster carers on 23/12/26, when does it need writing up","2026-12-23",("choice",[("days","2026-12-23",3),("wd","2026-12-23",3)]),["REC","FCREC"]),
("scenario","choice","Case has come to us as Child in Need on 2 March 2026 - mum and the two kids (DOB 12/12/2016, 05/07/2021). When does the first CIN meeting need to happen?","2026-03-02",("choice",[("days","2026-03-02",10),("days","2026-03-02",20)]),["CIN10","CIN20"]),
("indirect","choice","A child went to emergency foster carers on 27 August 2025. When does the written plan for the carers / the child's plan paperwork need to be done?","2025-08-27",("choice",[("wd","2025-08-27",5),("days","2025-08-27",10)]),["PP","CP10"]),
("newstarter","choice","A child became looked after on 1 December 2026. I've been told there's a 20-day deadline for something to do with health or school. When is it?","2026-12-01",("choice",[("days","2026-12-01",20),("wd","2026-12-01",20)]),["PEP","IHA"]),
("manager","choice","S47 initiated and strat held 05/01/27 - what's the next deadline we should be tracking?","2027-01-05",("choice",[("days","2027-01-05",5),("wd","2027-01-05",15)]),["S47D","ICPC"]),
("duty","choice","IRO challenge raised 19/03/27, sort by?","2027-03-19",("choice",[("wd","2027-03-19",5),("wd","2027-03-19",20)]),["IRO5","IRO20"]),
("typos","choice","plo meeting was 24/8/26 what needs doing after and by when","2026-08-24",("choice",[("wd","2026-08-24",3),("days","2026-08-24",7)]),["FGC","VIA","MIN"]),
# ---------------- NONE ----------------
("duty","none","ICPC 12/01/26 - RCPC due when?","2026-01-12",None,["NEXTCONF"]),
("newstarter","none","How often should I be having supervision with my Team Leader, and when is my next one due if the last was 3 March 2026?","2026-03-04",None,["SUPPOL"]),
("indirect","none","The first review for a looked after child was on 10 February 2026. By when does the next review with the IRO have to take place?","2026-02-11",None,["SECREV"]),
("typos","none","how long after a kid comes back from being missing do we do the return home interveiw, came back 2/5/26","2026-05-02",None,["MISSING"]),
("scenario","none","Adoption is the plan. The final care planning meeting was 04/05/27 and the IRH is listed for 28/06/27. The child was born 09/09/2025. How many days after the care planning meeting must the SHOPBA be held?","2027-05-05",None,["SHOPBA"]),
("manager","none","Care proceedings issued 01/09/25. What date should the final hearing be by under our standards?","2025-09-02",None,["SWET"]),
("duty","none","strat 3/3/27 - record out to agencies by?","2027-03-03",None,["STRATREC"]),
("indirect","none","By what date does the letter the adoption worker writes for the child to read when they're older need to be finished? She was placed with adopters on 14 December 2026.","2026-12-15",None,["LLL"]),
("scenario","none","The carers rang today (27/05/25) saying they can't cope and want notice given on the placement; the child (DOB 01/01/2012) has been there since 03/02/25. How many working days do we have to hold the placement support meeting?","2025-05-27",None,["SUPPORT"]),
]

def main():
    here=os.path.dirname(os.path.abspath(__file__))
    src=open('/work/shared/source/practice-standards.txt',encoding='utf-8').read()
    bad=[k for k,v in P.items() if v not in src or len(v.split())<6]
    assert not bad, bad
    out=[]
    for r in ROWS:
        voice,kind,q,today,c,keys=r[:6]; amb=r[6] if len(r)>6 else None
        t=D.fromisoformat(today)
        if kind=='none':
            due=None; count='none: the standards set no timescale for this'
        else:
            due,count=calc(c,t); due=due.isoformat()
        o=dict(q=q,today=today,due=due,expect_any=[P[k] for k in keys],count=count,voice=voice,kind=kind)
        if amb: o['ambiguous']=amb
        out.append(o)
    with open(os.path.join(here,'questions.jsonl'),'w',encoding='utf-8') as fh:
        for o in out: fh.write(json.dumps(o,ensure_ascii=False)+'\n')
    print(len(out),'rows written')

if __name__=='__main__':
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    main()
