#!/usr/bin/env python3
"""Oracle for the frozen deadline question set. Standard library only.
Run: python3 oracle.py  -> writes questions.jsonl next to this file and checks it."""
import datetime as dt, json, os, calendar

D = dt.date
def P(s): return D.fromisoformat(s)

# England & Wales bank holidays 2024-2028, typed by hand.
BH = {P(x) for x in """
2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26
2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26
2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28
2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28
2028-01-03 2028-04-14 2028-04-17 2028-05-01 2028-05-29 2028-08-28 2028-12-25 2028-12-26
""".split()}

def _easter(y):  # anonymous Gregorian algorithm, used only to sanity-check the typed list
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
    i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=(h+l-7*m+114)%31+1
    return D(y,mo,da)
def _check_bh():
    for y in range(2024,2029):
        e=_easter(y); exp={e-dt.timedelta(2), e+dt.timedelta(1)}
        may=[D(y,5,d) for d in range(1,32) if D(y,5,d).weekday()==0]; exp|={may[0],may[-1]}
        aug=[D(y,8,d) for d in range(1,32) if D(y,8,d).weekday()==0]; exp.add(aug[-1])
        # fixed days with substitutes
        nyd=D(y,1,1)
        while nyd.weekday()>=5: nyd+=dt.timedelta(1)
        exp.add(nyd)
        c,b=D(y,12,25),D(y,12,26)
        if c.weekday()==5: c,b=D(y,12,27),D(y,12,28)
        elif c.weekday()==6: c,b=D(y,12,27),D(y,12,26)
        elif b.weekday()==5: b=D(y,12,28)
        exp|={c,b}
        got={d for d in BH if d.year==y}
        assert got==exp,(y,sorted(got^exp))
_check_bh()

WD=["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]
def f(d): return f"{d.isoformat()} ({WD[d.weekday()]})"
def isw(d): return d.weekday()<5 and d not in BH

def wd_after(d,n):
    cur=d; k=0; skipped=[]
    while k<n:
        cur+=dt.timedelta(1)
        if isw(cur): k+=1
        elif cur in BH: skipped.append(cur)
    s=f"{n} working day{'s' if n>1 else ''} after {f(d)} -> {f(cur)}"
    if skipped: s+="; skips bank holidays "+", ".join(x.isoformat() for x in skipped)
    if not isw(d): s+="; start day is not a working day, counted from it"
    return cur,s
def wd_before(d,n):
    cur=d; k=0; skipped=[]
    while k<n:
        cur-=dt.timedelta(1)
        if isw(cur): k+=1
        elif cur in BH: skipped.append(cur)
    s=f"{n} working day{'s' if n>1 else ''} before {f(d)} -> {f(cur)}"
    if skipped: s+="; skips bank holidays "+", ".join(x.isoformat() for x in skipped)
    return cur,s
def add_months(d,n):
    y=d.year+(d.month-1+n)//12; m=(d.month-1+n)%12+1
    last=calendar.monthrange(y,m)[1]
    return D(y,m,min(d.day,last)), d.day>last
def note_bh(r):
    return f"; note {r.isoformat()} is a bank holiday (calendar count, not moved)" if r in BH else ("; note falls on a weekend (calendar count, not moved)" if r.weekday()>=5 else "")

def calc(kind,n,d):
    if kind=="wd": return wd_after(d,n)
    if kind=="wdbefore": return wd_before(d,n)
    if kind=="days":
        r=d+dt.timedelta(n); return r,f"{n} calendar days after {f(d)} -> {f(r)}"+note_bh(r)
    if kind=="daysbefore":
        r=d-dt.timedelta(n); return r,f"{n} calendar days before {f(d)} -> {f(r)}"+note_bh(r)
    if kind=="weeks":
        r=d+dt.timedelta(7*n); return r,f"{n} week{'s' if n>1 else ''} ({7*n} days) after {f(d)} -> {f(r)}"+note_bh(r)
    if kind=="months":
        r,cl=add_months(d,n)
        return r,f"{n} months after {f(d)} -> {f(r)}"+(" (day clamped to end of month)" if cl else "")+note_bh(r)
    if kind=="same": return d,f"same day as {f(d)}"
    if kind=="age":
        yrs,mos=n
        tot=yrs*12+mos
        y=d.year+(d.month-1+tot)//12; m=(d.month-1+tot)%12+1
        lbl=f"{yrs} years" + (f" {mos} months" if mos else "")
        if d.month==2 and d.day==29 and m==2 and not calendar.isleap(y):
            r=D(y,3,1); return r,f"DOB {d.isoformat()} + {lbl} -> {f(r)} (29 Feb birthday, {y} not a leap year: taken as 1 March)"
        last=calendar.monthrange(y,m)[1]
        r=D(y,m,min(d.day,last))
        s=f"DOB {d.isoformat()} + {lbl} -> {f(r)}"
        if d.day>last: s+=" (no such day in that month: clamped to end of month)"
        return r,s
    raise ValueError(kind)

# Standards: key -> (calc kind, n, verbatim phrase from the timescale sentence)
S = {
 "fd":("wd",1,"required by a Team Leader within 1 working day"),
 "init":("wd",1,"Initial decisions will be made about the action required within 1 working day"),
 "ref":("wd",1,"Referrals will be actioned by a social worker within 1 working day"),
 "s47seen":("same",0,"the child / children will be seen by the Social Worker the same day"),
 "s47disc":("days",5,"Within 5 days of the Section 47 being initiated"),
 "alloc":("wd",3,"allocated to a social worker to complete a Child and Family Assessment within 3 working days"),
 "tlrev":("wd",15,"All assessments will be reviewed by the Team Leader within 15 working days"),
 "ass45":("days",45,"Assessments must all be completed within 45 days"),
 "strat":("wd",1,"this must happen within 1 working day and should be chaired by a social work manager"),
 "icpc":("wd",15,"Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion"),
 "icpcfam":("daysbefore",3,"The report will be shared with family at least 3 the days prior to conference"),
 "icpcchair":("wdbefore",3,"The report will be sent to the child protection chair 3 working days before the conference"),
 "cg":("days",10,"held within 10 days of the conference"),
 "cpvisit":("weeks",4,"Visits to a child subject to a CP plan will take place at least every 4 weeks"),
 "rccpar":("daysbefore",3,"This report must be shared with parents at least 3 days prior to the review conference"),
 "rccchair":("daysbefore",3,"The report will be available to the conference chair at least 3 days prior to the review conference"),
 "cp12":("months",12,"when they have been subject to a plan for 12 months"),
 "plo1":("days",10,"The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter"),
 "fgc":("wd",3,"Referral should be made within 3 working days of the first PLO meeting"),
 "via":("wd",3,"Family Placement Team within 3 working days of the initial PLO meeting"),
 "plomin":("days",7,"distributed to parents and their legal representation within 7 days of the meeting"),
 "plorev":("weeks",6,"Review PLO meetings with parents to be held every 4-6 weeks"),
 "plo12":("weeks",12,"A review legal planning meeting will be held at 12 weeks"),
 "plo16":("weeks",16,"a Legal Gateway meeting will be convened at 16 weeks"),
 "cindep":("days",20,"will set the first CIN meeting within 20 days"),
 "cintr":("days",10,"the initial CIN meeting must take place within 10 days"),
 "cinrev":("weeks",6,"CIN review meetings will be held at least every 6 weeks"),
 "cinvis":("weeks",6,"A child subject to a CIN plan will be seen at least every 6 weeks"),
 "ciceass":("wd",20,"If it is an emergency / unplanned admission the assessment will be completed within 20 working days"),
 "cicvisit1":("wd",1,"The child will be visited within 1 working day of coming into care or having a change in placement"),
 "plmeet":("wd",3,"The placement meeting will be held within 3 working days"),
 "plplan":("wd",5,"an updated copy given to the carers within 5 working days of the placement beginning"),
 "famtime":("weeks",8,"reviewed at least every 8 week until the plan for permanence is agreed"),
 "pack":("weeks",3,"The child will be provided with a coming into care pack, children rights leaflet within 3 weeks"),
 "legal":("wd",5,"All other professionals involved with the child will be informed of the child’s legal status within 5 working days"),
 "iha":("wd",20,"An initial health assessment will be requested and carried out within 20 working days"),
 "pep":("days",20,"A PEP meeting will be arranged within the school within 20 days"),
 "lacweekly":("weeks",1,"Statutory looked after visits must happen weekly until the first looked after review"),
 "lac6":("weeks",6,"then a minimum of every 6 weeks thereafter until the plan for permanence is finalised"),
 "lac12":("weeks",12,"Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement"),
 "careplan":("days",10,"An up to date care plan will be recorded on the electronic system within 10 days of placement"),
 "larev":("wd",20,"The initial Looked After Review must take place within 20 working days of the child becoming looked after"),
 "pathway":("age",(15,6),"A pathway plan will be started when the young person is 15 years 6 months"),
 "iroreport":("daysbefore",3,"this will be with the IRO 3 days before the review"),
 "irochal":("wd",5,"If the challenge is not resolved within 5 working days a formal dispute will be raised"),
 "irodisp":("wd",20,"The formal dispute resolution process should be completed from start to finish within 20 working days"),
 "adopt6":("age",(6,0),"If a child under the age of 6 enters PLO or proceedings"),
 "adoptweekly":("weeks",1,"Once the child is placed weekly statutory visits will take place until the first Looked After Review"),
 "adopt6w":("weeks",6,"then visits will be a minimum of 6 weekly until the Adoption Order is Granted"),
 "adopt10":("weeks",10,"Once the children have been in placement with the adopter for 10 weeks"),
 "fcvisit":("weeks",6,"Trafford foster carers are visited at least once every six weeks"),
 "fcrecord":("wd",3,"a record of this visit is recorded on LCS within 3 working days"),
 "fcunann":("months",12,"will have an unannounced visit at least once every 12 months"),
 "fcannual":("months",12,"All Trafford foster carers will have an annual review"),
 "fcpanel":("months",36,"annual review presented to the Fostering Panel at least every three years"),
 "fcdbs":("months",36,"updated statutory references, medicals and DBS checks at least every three years"),
 "fctrain":("months",36,"must update their core training at least every three years"),
 "variation":("wd",6,"This can only be given for up to 6 working days"),
 "temp16":("weeks",16,"Temporary approval is for 16 weeks but can be extended for a further 8 weeks"),
 "temp24":("weeks",24,"Temporary approval is for 16 weeks but can be extended for a further 8 weeks"),
 "rec":("days",3,"any event or contact is recorded within 3 days"),
 "summary":("months",3,"A clear and concise case file summary which has been updated within the last 3 months"),
 "assess12":("months",12,"An up to date assessment (within the last 12 months) on each child"),
 "advocate":("age",(12,0),"if they are 12 or over they should be offered an advocate"),
}
# phrases for `none` rows: the nearest sentence, which sets no timescale
NONE_PH = {
 "rcpc":"The child protection chair will set the date of the next conference",
 "superv":"monitored through supervision which takes place in line with the supervision policy",
 "proc":"If it is decided to initiate proceedings the timescales for filing SWET",
 "lac2":"a new LAC review will be set in accordance with the timescales",
 "missing":"The risk of going missing and child sexual exploitation will be considered and risk assessed",
 "lll":"The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
 "pwrev":"will be reviewed by the IRO as part of the statutory review",
 "shopba":"Parents will be sent a letter detailing the outcome of the SHOPBA signed by the ADM",
 "chron":"A chronology of significant events and their impact that includes risk and protective factors",
}
AMB45="The standard says 45 days (counted here as calendar days); statutory guidance uses 45 working days, which would give a later date."

# Rows: (voice, kind, today, std key(s), start date(s) or DOB, q[, ambiguous])
ROWS = [
# ---- Front door / referrals
("scenario","date","2025-12-24","fd","2025-12-24","Health visitor rang in a contact this morning about two kids (DOBs 01/03/2019 and 17/10/2022) - the younger one was seen at A&E on 20/12. Parents haven't consented yet. When does the TL decision need to be made by?"),
("indirect","date","2026-04-02","fd","2026-04-02","A school rang our front door today worried about a Year 3 girl. By when does a manager have to decide what we're doing with it?"),
("typos","date","2027-05-28","fd","2027-05-28","contact came in fri 28.5 when does the TL have to make a decison on it"),
("scenario","date","2026-08-28","init","2026-08-28","Police notification about a DV incident came through this afternoon (28/08). Mum is 19, DOB 02/09/2006, baby is 4 months. It's level 4. When does the initial decision on what action we take have to be made by?"),
("newstarter","date","2025-04-17","ref","2025-04-17","Hello, I'm new on the duty desk. A referral was passed to me today (Thursday 17th April). How long do I have to action it, please?"),
("indirect","date","2027-12-24","ref","2027-12-24","got handed a new one on duty this morning - what's the latest a social worker has to pick it up and do something with it?"),
("manager","date","2026-01-05","ref","2025-12-31","Referral came in 31/12/25 and wasn't actioned by the SW until 02/01/26. Was that within timescale?"),
# ---- S47
("duty","date","2026-03-13","s47seen","2026-03-13","s47 agreed today 13/3, when does child need to be seen?"),
("indirect","date","2025-08-22","s47seen","2025-08-22","My manager has just agreed we're starting a formal child protection investigation on a 6 year old boy. By when do I need to have actually seen him?"),
("indirect","date","2025-12-22","s47disc","2025-12-19","We kicked off the formal investigation into whether the children are at risk of significant harm on Friday (19th). When do I need to sit down with my TL to go over how it's going and agree next steps?"),
("scenario","date","2026-04-01","s47disc","2026-04-01","Strat was yesterday (31/03) and the S47 was initiated today, 01/04, for a 9 year old whose brother had a CP plan that ended 15/10/25. When do I need the progress discussion with my manager?"),
("manager","date","2027-01-11","s47disc","2026-12-30","S47 initiated 30/12/26, SW and TL progress discussion held 06/01/27. In timescale?"),
# ---- allocation / assessments
("typos","date","2026-12-23","alloc","2026-12-23","case needs allocating for a c&f assesment, came thru 23/12 when does it have to be allocated by"),
("indirect","date","2025-05-02","alloc","2025-05-02","A new family needs someone to do the full assessment - decision was made today. By when does a team leader have to give it to a named worker?"),
("newstarter","date","2027-03-25","alloc","2027-03-25","Sorry if this is basic - when a case comes in needing a Child and Family Assessment, how long does my team leader have to allocate it? This one came in on 25th March."),
("scenario","date","2026-04-01","tlrev","2026-04-01","C&F started today 01/04/26 on a family referred by school on 30/03. The last assessment closed 12/01/25. When does my TL have to review it?"),
("indirect","date","2025-12-17","tlrev","2025-12-15","I started the assessment on Monday 15th. When's the point my team leader needs to have looked over it and decided whether more is needed?"),
("manager","date","2027-06-10","tlrev","2027-05-20","Assessment started 20/05/27, TL review recorded 10/06/27. Compliant?"),
("scenario","date","2025-11-20","ass45","2025-11-10","Started a C&F on 10/11/25 for a 3 year old (DOB 14/02/2022). There was a previous assessment closed 01/06/25. When does this one have to be finished?","AMB45"),
("indirect","date","2026-03-02","ass45","2026-02-20","The full assessment on one of my families started on 20 February 2026. What's my final deadline to get it completed?","AMB45"),
("typos","date","2026-04-07","ass45","2026-04-03","c and f assesment started 3.4.26 when does it need to be done by","AMB45"),
# ---- strategy discussion
("indirect","date","2026-05-22","strat","2026-05-22","My manager decided this afternoon that we need to get police and health together to talk about a child. How long have we got to hold that meeting?"),
("scenario","date","2025-08-22","strat","2025-08-22","Teen disclosed to her youth worker on Wednesday 20/08 and the referral came in yesterday. Management decision for a strat was made this morning. When does the strat need to happen by?"),
("manager","date","2027-01-06","strat","2026-12-31","Decision that a strat was needed made 31/12/26, strat held 04/01/27 - within timescale?"),
# ---- ICPC
("duty","date","2025-12-22","icpc","2025-12-19","strat was 19/12/25, when's the ICPC?"),
("typos","date","2026-04-07","icpc","2026-04-03","strat was 3rd april when does icpc need to be by"),
("indirect","date","2026-12-24","icpc","2026-12-23","We had the multi-agency meeting with police to plan the enquiries yesterday. If it goes to the big meeting with the family where they decide whether the child needs a protection plan, when does that need to happen by?"),
("scenario","date","2027-03-30","icpc","2027-03-24","Strategy discussion was held on 24 March 2027 after a disclosure at school. Enquiries concluded 29/03 and we're recommending conference. Mum's older child had a conference back on 12/02/2025. Latest date for the ICPC?"),
("manager","date","2025-06-02","icpc","2025-04-28","ICPC held 20/05/25, strat was 28/04/25 - within timescale?"),
("newstarter","date","2026-08-20","icpc","2026-08-14","Hi, I've been asked to work out the date for an Initial Child Protection Conference. The strategy discussion was on 14 August 2026. What's the latest it can be held?"),
("indirect","date","2027-05-24","icpc","2027-05-21","Police and us met on Friday to plan the investigation. We now want the first formal meeting with the family and agencies to decide about a protection plan. What's the latest date for it?"),
# ---- ICPC reports
("indirect","date","2026-01-02","icpcfam","2026-01-12","Initial conference is on Monday 12 January. When do I need to have gone through my report with the parents at the latest?"),
("typos","date","2026-03-30","icpcfam","2026-04-07","icpc 7/4/26 when do parents need to see my reprot"),
("newstarter","date","2025-12-15","icpcfam","2025-12-23","The ICPC is on Tuesday 23 December. By when should the family have my report?"),
("duty","date","2026-03-27","icpcchair","2026-04-07","icpc 07/04/26, report to chair by?"),
("indirect","date","2025-12-22","icpcchair","2026-01-02","The independent person chairing the first protection meeting on Friday 2 January wants my report. What's the latest I can send it and still be in timescale?"),
("manager","date","2027-06-02","icpcchair","2027-06-01","Conference 01/06/27, report went to the chair 27/05/27 - was it 3 working days before?"),
("scenario","date","2026-08-24","icpcchair","2026-09-02","ICPC booked for Wednesday 2 September for two siblings (DOBs 03/05/2015 and 11/11/2019). Strat was 13/08. When does my report need to reach the chair?"),
# ---- core groups
("scenario","date","2025-12-19","cg","2025-12-19","ICPC was today (19/12) - baby made subject to a plan under neglect, mum's DOB is 23/12/2003 and the review conference is pencilled for 19/03/26. First core group by?"),
("indirect","date","2026-04-01","cg","2026-03-27","The child went on a protection plan at the conference on 27 March. When does the first meeting of the family-and-professionals group that fleshes out the plan need to happen?"),
("typos","date","2027-05-24","cg","2027-05-21","cp conferance was 21.5.27 when is 1st core group due"),
("manager","date","2025-09-01","cg","2025-08-18","ICPC 18/08/25, first core group 29/08/25 - in timescale?"),
("scenario","date","2026-12-21","cg","2026-12-21","Conference was this morning and both children are now on plans. The review conference has been set for 22/03/27. When do I need to have the first core group by?"),
("newstarter","date","2027-08-25","cg","2027-08-20","Could someone tell me when the first core group needs to be held? The ICPC was on 20 August 2027."),
# ---- review conference reports
("indirect","date","2026-05-20","rccpar","2026-05-28","The review meeting for the protection plan is on Thursday 28 May. When do mum and dad need to have my progress update at the latest?"),
("duty","date","2025-12-29","rccchair","2026-01-05","RCPC 05/01/26 - plan update to chair by?"),
("typos","date","2027-08-23","rccpar","2027-08-31","review conf is 31/8 when do parents get the report by"),
("manager","date","2025-04-22","rccpar","2025-04-14","Review CP conference 14/04/25, plan update shared with parents 12/04/25 - compliant?"),
("indirect","date","2026-01-10","cp12","2025-01-31","Child has been on a protection plan since 31/01/2025 and things aren't shifting. When do we hit the point where the professionals' thinking-time meeting should be held?"),
("scenario","date","2025-02-10","cp12","2024-02-29","Little Moonbeam was made subject to a CP plan at ICPC on 29/02/24; her last RCPC was 14/01/25 and not much has changed. When does she reach 12 months on the plan?"),
# ---- PLO
("indirect","date","2025-12-19","plo1","2025-12-18","The letter that starts pre-proceedings went out dated yesterday, 18 December. When does the first meeting with the parents and their solicitor have to happen?"),
("scenario","date","2027-03-24","plo1","2027-03-24","Legal Gateway was 17/03 and agreed PLO. The PLO letter is dated today, 24/03/27; mum has a court date on 30/03 in her criminal case. When does the first PLO meeting have to be?"),
("manager","date","2026-05-13","plo1","2026-05-01","PLO letter dated 01/05/26, first PLO meeting held 12/05/26 - in time?"),
("newstarter","date","2025-08-15","plo1","2025-08-15","What is the timescale for the initial PLO meeting? The letter before proceedings went out today, 15 August 2025."),
("scenario","date","2026-12-18","plo1","2026-12-17","Legal Gateway on 10/12/26 agreed PLO. The letter went out dated 17/12/26 and dad's solicitor says he can't do anything until the new year. Latest date for the first meeting?"),
("indirect","date","2026-04-02","fgc","2026-04-01","Had the first pre-proceedings meeting with the parents yesterday and they've agreed to a family meeting to look at wider family support. When does my referral for that have to go in?"),
("typos","date","2025-12-29","fgc","2025-12-23","first plo mtg was 23/12 fgc referal due when"),
("indirect","date","2027-05-28","via","2027-05-28","Nan and an aunt came forward as possible carers at the first pre-proceedings meeting today. When do I have to get the request in for them to be screened?"),
("scenario","date","2025-08-26","via","2025-08-22","At the initial PLO meeting on Friday 22/08 dad named his sister as a possible carer; the FGC is booked for 10/09. When does the viability request to the Family Placement Team need to go in?"),
("newstarter","date","2026-12-18","via","2026-12-17","The first PLO meeting was yesterday (17 December) and the parents named a family friend who could care for the children. By when should I request a viability assessment?"),
("indirect","date","2027-03-25","plomin","2027-03-25","We met the parents and their solicitors today for pre-proceedings. When do the notes of what we agreed need to be sent out to them?"),
("duty","date","2025-12-30","plomin","2025-12-29","plo mtg 29/12/25, minutes out by?"),
("indirect","date","2026-01-20","plo12","2026-01-13","Family went into pre-proceedings with the first meeting on 13 January 2026. When's the 12-week legal planning review with the solicitor?","The standard does not say what the 12 weeks run from; counted from the first PLO meeting, but it could be read from the PLO letter or the Legal Gateway decision."),
("duty","date","2026-03-05","plo16","2026-03-02","plo started 02/03/26 - legal gateway at 16 wks is when?","The standard does not say what the 16 weeks run from; counted from the stated PLO start, but it could be read from the PLO letter or first meeting."),
# ---- CIN
("indirect","date","2025-12-12","cindep","2025-12-11","Conference yesterday took the children off their protection plans and they move to a support plan. When does the first meeting under that plan have to be held?"),
("typos","date","2027-03-17","cindep","2027-03-16","child deplanned at rcpc 16/3/27, when is first cin meeting due"),
("manager","date","2026-09-01","cindep","2026-08-04","De-planned at RCPC 04/08/26, first CIN meeting 26/08/26 - in timescale?"),
("indirect","date","2026-12-22","cintr","2026-12-22","The front door team handed this family over to our neighbourhood team today. When does the first meeting with the family and professionals on their support plan need to be?"),
("scenario","date","2025-05-20","cintr","2025-05-20","CFR transferred the case to us today (20/05/25). Their C&F was completed 16/05 and the child turns 5 on 28/05. When does the initial CIN meeting need to be?"),
("scenario","date","2026-08-25","cintr","2026-08-24","Case transferred to us from Children's First Response on 24 August after their C&F (completed 19/08/26). Joint visit was 21/08. Deadline for the initial CIN meeting?"),
# ---- Children in care
("indirect","date","2025-12-22","ciceass","2025-12-21","A 14 year old came into our care in an emergency last night (Sunday). By when does the assessment of her needs have to be done?"),
("newstarter","date","2026-04-02","ciceass","2026-04-02","A child was accommodated in an unplanned way today, 2 April. How long do we have to complete the assessment of their needs?"),
("scenario","date","2026-08-28","cicvisit1","2026-08-28","Placement broke down last night and he moved to new carers today, Friday 28/08. His LAC review is on 08/09. When do I have to visit him by?"),
("indirect","date","2027-12-24","cicvisit1","2027-12-24","She moved to a new foster home this morning, Christmas Eve. When's the latest I must go and see her?"),
("typos","date","2026-05-01","cicvisit1","2026-05-01","child came into care 1.5.26 when do i need to visit"),
("indirect","date","2026-12-23","plmeet","2026-12-23","New foster placement started today. When does the get-together with the carers to sort out delegated authority need to happen?"),
("duty","date","2026-03-31","plmeet","2026-03-31","placed 31/03/26, placement mtg by?"),
("scenario","date","2027-05-24","plmeet","2027-05-21","Twins were placed with foster carers on Friday 21/05 after an EPO granted 20/05/27. Their health assessment is booked for 10/06. When's the latest the placement meeting can be?"),
("indirect","date","2025-08-26","plplan","2025-08-22","Placement began on 22/08/2025. When do the carers need the updated copy of the paperwork setting out how the placement will meet his needs?"),
("newstarter","date","2025-12-30","plplan","2025-12-30","When does the updated placement plan need to be given to the carers? The placement started today, 30 December."),
("indirect","date","2027-03-19","pack","2027-03-18","A 9 year old came into care yesterday. When does she need to have been given the welcome pack and the leaflet about her rights?"),
("typos","date","2025-12-29","pack","2025-12-24","came into care 24/12/25 when does the rights leaflet n pack have to go"),
("indirect","date","2026-04-02","legal","2026-04-02","An ICO was granted today and he's now looked after. By when must the school, GP and everyone else involved know his status has changed?"),
("duty","date","2025-05-27","legal","2025-05-26","became LAC 26/05/25, inform profs of legal status by?"),
("manager","date","2026-12-23","legal","2026-12-14","Became looked after 14/12/26, professionals informed of legal status 22/12/26. Compliant?"),
("indirect","date","2025-12-22","iha","2025-12-19","How long do we have to get the first health check done for a child who came into care last Friday?"),
("scenario","date","2027-04-30","iha","2027-04-28","Child became looked after 28/04/27 under s20; her last medical was a paediatric assessment on 02/03/27 and she's due a dental check 15/05. When must the IHA be done by?"),
("newstarter","date","2026-08-12","iha","2026-08-11","What is the deadline for an initial health assessment? The young person came into care on 11 August 2026."),
("indirect","date","2025-12-16","pep","2025-12-15","He came into care on 15 December and goes to a primary school in Urmston. When does the education planning meeting at school need to be held?"),
("scenario","date","2026-03-30","pep","2026-03-27","Child became looked after on Friday 27/03/26; she changed schools on 02/03 and her IHA is booked for 14/04. When does the PEP meeting need to be?"),
("typos","date","2027-08-11","pep","2027-08-10","pep meeting due when? child placed 10.8.27 came into care same day"),
("indirect","date","2026-12-30","careplan","2026-12-29","Child was placed yesterday. When does the full plan for his care need to be on the system?"),
("manager","date","2025-03-17","careplan","2025-03-03","Placement started 03/03/25, care plan recorded 14/03/25 - in timescale?"),
("scenario","date","2025-12-22","larev","2025-12-19","Sibling group of three came into care on Friday 19/12 under an ICO; the eldest turns 16 on 02/01/26. When is their initial LAC review due?"),
("indirect","date","2027-03-24","larev","2027-03-23","Child started being looked after yesterday. When's the first statutory meeting with the independent reviewer?"),
("scenario","date","2026-05-07","larev","2026-05-01","Two brothers (DOB 04/07/2014 and 29/02/2016) were accommodated on 01/05/2026 after mum was hospitalised on 28/04. Placement meeting was 06/05. When's the initial LAC review due?"),
("manager","date","2025-09-03","larev","2025-08-04","Child looked after from 04/08/25, initial review held 02/09/25 - within timescale?"),
("newstarter","date","2027-12-23","larev","2027-12-22","When does the first Looked After Review need to be held? The child came into care yesterday, 22 December."),
("indirect","date","2026-12-21","iroreport","2027-01-05","The review meeting for a child in care is on 5 January. When does my written report need to be with the independent reviewer?"),
("duty","date","2026-03-30","iroreport","2026-04-08","LAC review 08/04/26, SW report to IRO by?"),
# ---- IRO
("indirect","date","2025-12-19","irochal","2025-12-19","The independent reviewer flagged drift to me informally today. How long do I have to sort it before it becomes a formal dispute?"),
("scenario","date","2026-04-01","irochal","2026-03-31","IRO emailed an informal challenge yesterday (31/03) about no permanence plan at the second review, which was on 24/03/26. If it's not resolved, when does it escalate to a formal dispute?"),
("duty","date","2027-08-23","irodisp","2027-08-20","formal dispute raised 20/08/27, DRP complete by?"),
("newstarter","date","2027-05-25","irodisp","2027-05-24","A formal dispute resolution was started by the IRO yesterday (24 May). By when should the whole process be finished?"),
# ---- adoption
("indirect","date","2026-01-05","adopt10","2025-12-23","Baby was placed with the adopters on 23 December. From what date can they put their application in to court for the order?"),
("typos","date","2027-04-06","adopt10","2027-04-02","adoption placemnt 2/4/27 when can adopters apply for the order"),
# ---- fostering
("scenario","date","2026-12-29","fcrecord","2026-12-24","I did a supervisory visit to one of our foster carers on Christmas Eve; her last unannounced visit was 10/11/26. When does the visit record have to be on LCS?"),
("indirect","date","2026-04-02","fcrecord","2026-04-02","I saw our foster carers for their regular supervision visit this morning. When does my write-up need to be on the system?"),
("indirect","date","2025-01-15","fcunann","2024-02-29","Our foster carers had a surprise visit on 29 February 2024. When's the next surprise visit due by?"),
("manager","date","2026-06-01","fcdbs","2023-08-31","Foster carer's DBS, medical and references last updated 31/08/2023. When are they due for renewal?"),
("newstarter","date","2027-01-12","fctrain","2024-05-15","When do foster carers need to redo their core training? This couple last completed it on 15 May 2024."),
("scenario","date","2026-03-02","fcannual","2025-04-18","Foster carers were approved 02/02/2022 and their last annual review was 18/04/25; they had a complaint closed 05/01/26. When is their next annual review due?"),
("indirect","date","2026-01-07","temp16","2025-12-01","Grandma was temporarily approved as a foster carer by the ADM on 1 December when the kids moved in. When does that approval run out?"),
("scenario","date","2026-03-10","temp24","2025-12-19","Reg 24 approval for an aunt was agreed 19/12/25 and the placement started the same day; the viability was done 10/12/25. Panel and ADM have agreed the extension. When does the extended approval end?"),
("duty","date","2026-12-22","variation","2026-12-22","variation to terms of approval granted today 22/12, lasts til?","Up to 6 working days could be read as counting the day of approval as day 1, which would give 2026-12-31."),
# ---- recording
("indirect","date","2026-05-22","rec","2026-05-22","I did a home visit today (Friday 22 May). What's the latest I can get it written up on the file?"),
("typos","date","2026-12-31","rec","2026-12-30","did a visit yday 30/12 when do i have to have it recorded by"),
("indirect","date","2026-01-20","summary","2025-11-30","The summary at the front of the file was last updated on 30 November 2025. When does it go out of date?"),
("scenario","date","2027-06-01","summary","2027-05-31","Audit picked up a file where the case summary was last updated 31/05/27 and the chronology on 02/04/27. When is the summary next due an update?"),
("indirect","date","2026-11-02","assess12","2026-04-06","Our last full assessment on this boy was signed off by the manager on 6 April 2026. When will he need a new one so it's still current?"),
("newstarter","date","2026-09-14","assess12","2026-03-31","Could you tell me when an updated assessment is due? The previous one was authorised on 31 March 2026."),
]
ROWS += [
# ---- visits
("duty","visits","2026-01-05","cpvisit","2025-12-19","cp visit last done 19/12/25, next due?"),
("indirect","visits","2026-04-07","cpvisit","2026-04-03","I last saw the little one on her protection plan at home on Good Friday (3 April). Latest date for the next home visit?"),
("manager","visits","2025-07-07","cpvisit","2025-06-02","CP visits on 02/06/25 and 04/07/25 - was the gap within standard?"),
("typos","visits","2027-09-01","cpvisit","2027-08-28","last cp vist was sat 28/8 when is next one due"),
("newstarter","visits","2025-12-29","cpvisit","2025-12-24","I visited a child on a child protection plan on 24 December. Could you tell me when the next visit is due by?"),
("indirect","visits","2026-01-06","cinvis","2025-12-22","I saw a child on a support plan at home on 22 December. When must I see him again?"),
("typos","visits","2026-04-08","cinvis","2026-04-06","cin visit done 6.4.26 next one by"),
("duty","visits","2027-05-21","cinrev","2027-05-20","CIN review yesterday 20/05, next by?"),
("newstarter","visits","2025-09-01","cinrev","2025-08-29","How often do Child in Need review meetings happen? Our last one was on 29 August 2025 - when is the next one due?"),
("indirect","visits","2026-12-31","lacweekly","2026-12-30","He came into care and I did my first visit yesterday. His first review hasn't happened yet. When's my next visit due?"),
("scenario","visits","2026-03-20","lac6","2026-03-17","First LAC review was 03/03/26 and I visited on 17/03/26. Permanence plan isn't finalised yet, next review is 01/09/26. When's the next statutory visit due?"),
("manager","visits","2027-05-14","lac6","2027-03-24","LAC visits 24/03/27 and 12/05/27, after the first review, no permanence plan yet. In timescale?"),
("indirect","visits","2025-08-26","lac12","2025-08-21","She's been settled in her long-term foster home for 3 years. I saw her on 21 August. When's the latest I can see her next?"),
("indirect","visits","2026-01-05","famtime","2025-12-23","Contact arrangements with mum and dad were last reviewed on 23 December and there's no permanence plan yet. When do they need looking at again?"),
("duty","visits","2027-04-05","famtime","2027-04-02","family time last reviewed 02/04/27, next review by?"),
("indirect","visits","2026-12-16","fcvisit","2026-12-15","I'm the supervising social worker for a fostering household and last visited them yesterday. When's my next visit due?"),
("typos","visits","2025-05-06","fcvisit","2025-05-01","fc supervision visit last 1/5/25 when next"),
("scenario","visits","2025-12-23","adoptweekly","2025-12-22","Child placed with adopters on 19/12/25; first LAC review booked for 14/01/26. I visited yesterday (22/12). When's the next visit due?"),
("indirect","visits","2027-03-31","adopt6w","2027-03-24","Since the first review after the adoptive placement, I last visited on 24 March 2027. The order hasn't been granted. Next visit by?"),
("scenario","visits","2026-02-23","plorev","2026-02-19","First PLO meeting was 08/01/26, last review PLO meeting 19/02/26, and the 12 week legal planning meeting is pencilled for 02/04. When's the latest the next review PLO meeting can be?","Every 4-6 weeks gives a window from 2026-03-19 to 2026-04-02; this takes the latest date (6 weeks)."),
# ---- ages
("indirect","age","2025-11-03","pathway","2010-08-31","Young person in our care, DOB 31/08/2010. When should we begin the plan for his move into adulthood?"),
("duty","age","2026-10-01","pathway","2011-10-14","LAC YP DOB 14/10/11, pathway plan start date?"),
("newstarter","age","2027-02-01","pathway","2012-02-29","When does the pathway plan need starting for a girl born on 29 February 2012?"),
("scenario","age","2026-03-25","pathway","2010-11-30","Sunny Meadowlark, DOB 30/11/2010, came into care 12/05/2024 and had her last LAC review 20/03/26. When should her pathway plan be started?"),
("scenario","age","2025-11-10","adopt6","2020-02-29","Baby Starlight (DOB 29/02/2020) is likely to enter PLO early next year. On what date does she stop counting as under 6 for getting an adoption social worker allocated?"),
("duty","age","2026-11-09","adopt6","2021-04-03","child DOB 03/04/21 - when does she turn 6 for the adoption allocation rule?"),
("typos","age","2025-11-24","advocate","2013-12-25","kid dob 25.12.13 when is he 12 so we offer an advocate for conf"),
("manager","age","2026-02-02","advocate","2014-04-06","Child born 06/04/2014. From which date should an advocate be offered for conference?"),
# ---- choice (two standards fit)
("duty","choice","2026-03-04",("cg","cpvisit"),("2026-03-03","2026-03-03"),"conference was 3/3, what's next due?"),
("indirect","choice","2026-03-31",("plmeet","plplan"),("2026-03-31","2026-03-31"),"She moved in with her new foster carers today. When's the paperwork and meeting about how the placement will work due?"),
("newstarter","choice","2026-01-05",("icpcfam","icpcchair"),("2026-01-12","2026-01-12"),"The ICPC is on Monday 12 January. When does my report need to go out?"),
("typos","choice","2025-12-19",("tlrev","ass45"),("2025-12-19","2025-12-19"),"assesment started 19/12 when is it due"),
("indirect","choice","2026-12-23",("careplan","plplan"),("2026-12-23","2026-12-23"),"Child came into care and was placed today. When is the plan due?"),
("scenario","choice","2025-08-20",("fcrecord","fcvisit"),("2025-08-20","2025-08-20"),"Visited our foster carers today, they've got two placements (one since 02/06/25). What have I got coming up due and when?"),
("indirect","choice","2026-01-06",("lacweekly","lac6"),("2026-01-05","2026-01-05"),"Saw a child in our care yesterday. When does the next visit have to be?"),
("manager","choice","2026-08-11",("cintr","cindep"),("2026-08-10","2026-08-10"),"Family came to our team on a CIN plan on 10/08/26. When's the first CIN meeting due?"),
("indirect","choice","2026-01-06",("temp16","temp24"),("2026-01-05","2026-01-05"),"The ADM agreed that the grandparents could foster the children straight away on 5 January. How long does that approval last?"),
# ---- none
("indirect","none","2026-01-16","rcpc",None,"First child protection conference was yesterday (15/01/26). When does the next one have to be?"),
("duty","none","2026-03-03","superv",None,"supervision last 02/03/26, next due?"),
("newstarter","none","2026-05-06","proc",None,"Care proceedings were issued on 5 May 2026. By when does the final hearing have to be?"),
("typos","none","2027-01-15","lac2",None,"2nd lac review when?? first one was 14/1/27"),
("indirect","none","2025-12-24","missing",None,"A girl came back this morning after going missing overnight. When does the interview with her about where she was have to be done?"),
("manager","none","2025-09-02","lll",None,"Child placed for adoption 01/09/25. What's the deadline for the later life letter?"),
("scenario","none","2026-03-11","pwrev",None,"Care leaver plan for a 17 year old was reviewed yesterday (10/03/26); she moves to semi-independent living in June. When's the next pathway plan review due?"),
("indirect","none","2027-04-21","shopba",None,"The should-be-placed-for-adoption decision was made yesterday. How many days do we have to send the parents the letter telling them the outcome?"),
("duty","none","2025-12-02","chron",None,"chronology last updated 01/12/25, update due?"),
]


def build():
    out=[]
    for r in ROWS:
        voice,kind,today,std,start,q=r[:6]; amb=r[6] if len(r)>6 else None
        if amb=="AMB45": amb=AMB45
        row={"q":q,"today":today}
        if kind=="none":
            row.update(due=None,expect_any=[NONE_PH[std]],count="no timescale set by the standards for this")
        elif kind=="choice":
            res=[]
            for k,st in zip(std,start):
                ck,n,ph=S[k]; d,c=calc(ck,n,P(st)); res.append((d,c,ph,k))
            due=min(x[0] for x in res)
            row.update(due=due.isoformat(),expect_any=[x[2] for x in res],
                       count=" | ".join(f"{x[3]}: {x[1]}" for x in res)+f"; due = earlier = {due.isoformat()}")
        else:
            ck,n,ph=S[std]; d,c=calc(ck,n,P(start))
            row.update(due=d.isoformat(),expect_any=[ph],count=c)
        row["voice"]=voice; row["kind"]=kind
        if amb: row["ambiguous"]=amb
        out.append(row)
    return out

def check(rows,src):
    norm=src
    from collections import Counter
    for i,r in enumerate(rows):
        for ph in r["expect_any"]:
            assert len(ph.split())>=6,(i,ph)
            assert ph in norm,(i,ph)
        P(r["today"])
        assert r["voice"] in {"duty","typos","scenario","indirect","newstarter","manager"}
        assert r["kind"] in {"date","visits","age","choice","none"}
    print("rows",len(rows)); print("kind",Counter(r["kind"] for r in rows)); print("voice",Counter(r["voice"] for r in rows))

if __name__=="__main__":
    here=os.path.dirname(os.path.abspath(__file__))
    rows=build()
    src=open("/work/shared/source/practice-standards.txt",encoding="utf-8").read()
    check(rows,src)
    with open(os.path.join(here,"questions.jsonl"),"w",encoding="utf-8") as fh:
        for r in rows: fh.write(json.dumps(r,ensure_ascii=False)+"\n")
    # re-read and verify
    back=[json.loads(l) for l in open(os.path.join(here,"questions.jsonl"),encoding="utf-8")]
    assert back==rows; print("written and re-parsed OK")
