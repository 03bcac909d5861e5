#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (standard library only).
Builds questions.jsonl from the structured ROWS below and checks it."""
import datetime as dt, json, sys, os, calendar, collections

D = dt.date.fromisoformat
BANK = [  # England & Wales, typed by hand (substitute days applied)
 "2024-01-01","2024-03-29","2024-04-01","2024-05-06","2024-05-27","2024-08-26","2024-12-25","2024-12-26",
 "2025-01-01","2025-04-18","2025-04-21","2025-05-05","2025-05-26","2025-08-25","2025-12-25","2025-12-26",
 "2026-01-01","2026-04-03","2026-04-06","2026-05-04","2026-05-25","2026-08-31","2026-12-25","2026-12-28",
 "2027-01-01","2027-03-26","2027-03-29","2027-05-03","2027-05-31","2027-08-30","2027-12-27","2027-12-28",
 "2028-01-03","2028-04-14","2028-04-17","2028-05-01","2028-05-29","2028-08-28","2028-12-25","2028-12-26"]
BANK = {D(x) for x in BANK}

def _selfcheck():
    # cross-check typed list against rules (Easter computus, Monday rules)
    def easter(y):
        a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
        i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=(h+l-7*m+114)%31+1
        return dt.date(y,mo,da)
    for y in range(2024,2029):
        e=easter(y); exp={e-dt.timedelta(2), e+dt.timedelta(1)}
        firstmay=[dt.date(y,5,d) for d in range(1,8) if dt.date(y,5,d).weekday()==0][0]
        lastmay=[dt.date(y,5,d) for d in range(25,32) if dt.date(y,5,d).weekday()==0][0]
        lastaug=[dt.date(y,8,d) for d in range(25,32) if dt.date(y,8,d).weekday()==0][0]
        exp|={firstmay,lastmay,lastaug}
        got={b for b in BANK if b.year==y}
        assert exp<=got,(y,exp-got)
        assert len(got)==8,(y,len(got))
_selfcheck()

def wd(d): return d.weekday()<5 and d not in BANK
def fmt(d): return f"{d.isoformat()} ({d.strftime('%a')})"

def WD(s,n):
    d=D(s); k=0; skipped=[]
    while k<n:
        d+=dt.timedelta(1)
        if wd(d): k+=1
        elif d in BANK: skipped.append(d.isoformat())
    c=f"{n} working day{'s' if n>1 else ''} after {fmt(D(s))} -> {fmt(d)}"
    c+= "; skips bank holidays "+", ".join(skipped) if skipped else "; no bank holidays in range"
    return d,c
def WDB(s,n):
    d=D(s); k=0; skipped=[]
    while k<n:
        d-=dt.timedelta(1)
        if wd(d): k+=1
        elif d in BANK: skipped.append(d.isoformat())
    c=f"{n} working day{'s' if n>1 else ''} before {fmt(D(s))} -> {fmt(d)}"
    c+= "; skips bank holidays "+", ".join(skipped) if skipped else "; no bank holidays in range"
    return d,c
def DAYS(s,n):
    d=D(s)+dt.timedelta(n); return d,f"{n} calendar days after {fmt(D(s))} -> {fmt(d)}"
def DB(s,n):
    d=D(s)-dt.timedelta(n); return d,f"{n} calendar days before {fmt(D(s))} -> {fmt(d)}"
def WK(s,n):
    d=D(s)+dt.timedelta(7*n); return d,f"{n} weeks ({7*n} days) after {fmt(D(s))} -> {fmt(d)}"
def addm(d,n):
    y,m=divmod(d.month-1+n,12); y+=d.year; m+=1
    last=calendar.monthrange(y,m)[1]; return dt.date(y,m,min(d.day,last)), d.day>last
def MO(s,n):
    d,cl=addm(D(s),n); c=f"{n} months after {fmt(D(s))} -> {fmt(d)}"
    if cl: c+=" (no such day in that month: last day of month used)"
    return d,c
def SAME(s):
    d=D(s); return d,f"same day as the event: {fmt(d)}"
def AGE(dob,y,m=0):
    b=D(dob)
    if b.month==2 and b.day==29 and m==0:
        yy=b.year+y
        if calendar.isleap(yy): d=dt.date(yy,2,29); c=f"DOB {b} + {y} years -> {fmt(d)} (leap year, 29 Feb exists)"
        else: d=dt.date(yy,3,1); c=f"DOB {b} + {y} years -> {fmt(d)} (29 Feb birthday in non-leap year: 1 March)"
        return d,c
    d,cl=addm(b,12*y+m)
    c=f"DOB {b} + {y} years{f' {m} months' if m else ''} -> {fmt(d)}"
    if cl: c+=" (no such day in that month: last day of month used)"
    return d,c

P = {
 'contact':"decisions made by what action are required by a Team Leader within 1 working day",
 'initdec':"Initial decisions will be made about the action required within 1 working day",
 'referral':"Referrals will be actioned by a social worker within 1 working day",
 's47seen':"the child / children will be seen by the Social Worker the same day",
 's47disc':"Within 5 days of the Section 47 being initiated",
 'alloc':"allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 'tlreview':"All assessments will be reviewed by the Team Leader within 15 working days",
 'assess45':"Assessments must all be completed within 45 days",
 'strat':"When a management decision is made that a strategy discussion is required, this must happen within 1 working day",
 'notice':"giving at least 5 days’ notice",
 'jointvisit':"Within the 5 days’ notice period, the Children’s First Response Social Worker",
 'icpc':"Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 'repfam':"The report will be shared with family at least 3 the days prior to conference",
 'repchair':"The report will be sent to the child protection chair 3 working days before the conference",
 'cg':"held within 10 days of the conference",
 'cpvisit':"Visits to a child subject to a CP plan will take place at least every 4 weeks",
 'cphome':"A statutory CP visit must not be recorded on the child’s file unless the child was seen at home",
 'rcpfam':"This report must be shared with parents at least 3 days prior to the review conference",
 'rcpchair':"The report will be available to the conference chair at least 3 days prior to the review conference",
 'ptt':"when they have been subject to a plan for 12 months",
 'plo1':"The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 'fgc':"Referral should be made within 3 working days of the first PLO meeting",
 'via':"Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 'plomin':"distributed to parents and their legal representation within 7 days of the meeting",
 'ploreview':"Review PLO meetings with parents to be held every 4-6 weeks",
 'plo12':"A review legal planning meeting will be held at 12 weeks",
 'plo4':"In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
 'plo16':"a Legal Gateway meeting will be convened at 16 weeks",
 'cin20':"will set the first CIN meeting within 20 days",
 'cin10':"the initial CIN meeting must take place within 10 days",
 'cinrev':"CIN review meetings will be held at least every 6 weeks",
 'cinvisit':"A child subject to a CIN plan will be seen at least every 6 weeks",
 'emerg':"If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 'lacvisit1':"The child will be visited within 1 working day of coming into care or having a change in placement",
 'lacseen':"All looked after children will be seen within 1 working day of placement",
 'plmeet':"The placement meeting will be held within 3 working days",
 'plplan':"an updated copy given to the carers within 5 working days of the placement beginning",
 'famtime':"reviewed at least every 8 week until the plan for permanence is agreed",
 'pack':"provided with a coming into care pack, children rights leaflet within 3 weeks",
 'legal':"informed of the child’s legal status within 5 working days",
 'iha':"An initial health assessment will be requested and carried out within 20 working days",
 'pep':"A PEP meeting will be arranged within the school within 20 days",
 'lacweekly':"Statutory looked after visits must happen weekly until the first looked after review",
 'lac6':"then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 'lac12':"Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 'careplan':"An up to date care plan will be recorded on the electronic system within 10 days of placement",
 'lacrev':"The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 'pathway':"A pathway plan will be started when the young person is 15 years 6 months",
 'iroreport':"this will be with the IRO 3 days before the review",
 'iro5':"If the challenge is not resolved within 5 working days a formal dispute will be raised",
 'iro20':"should be completed from start to finish within 20 working days",
 'adopt6':"If a child under the age of 6 enters PLO or proceedings",
 'adweekly':"Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 'ad6':"then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 'ad10':"Once the children have been in placement with the adopter for 10 weeks",
 'fcvisit':"Trafford foster carers are visited at least once every six weeks",
 'fcrec':"a record of this visit is recorded on LCS within 3 working days",
 'fcunann':"will have an unannounced visit at least once every 12 months",
 'fcannual':"All Trafford foster carers will have an annual review",
 'fcpanel':"an annual review presented to the Fostering Panel at least every three years",
 'fcdbs':"updated statutory references, medicals and DBS checks at least every three years",
 'fctrain':"must update their core training at least every three years",
 'variation':"This can only be given for up to 6 working days",
 'temp16':"Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 'record':"any event or contact is recorded within 3 days",
 'summary':"A clear and concise case file summary which has been updated within the last 3 months",
 'assess12':"An up to date assessment (within the last 12 months) on each child",
 'advocate':"if they are 12 or over they should be offered an advocate",
 # phrases cited by 'none' rows (closest text; the standards set no timescale there)
 'nextconf':"The child protection chair will set the date of the next conference",
 'secondrev':"At the point of the second review (if not in proceedings)",
 'supervision':"monitored through supervision which takes place in line with the supervision policy",
 'eh':"Initial decisions will be made about the action required by an Early Help Team Leader",
 'shopba':"but prior to legal need to submit the paperwork for the Issues Resolution Hearing (IRH)",
 'lifestory':"The Adoption Social Worker will complete Lifestory book and a Later Life Letter",
 'everycg':"outcomes expected are reviewed at every core group and progress recorded",
 'pepterm':"subsequently reviewed within the statutory guidelines at least 1 per term",
 'missing':"The risk of going missing and child sexual exploitation will be considered",
 'legaladv':"a referral to legal for legal advice should be made and consideration given to the use of Public Law Outline",
}

ROWS = []
def R(voice, kind, today, q, spec, keys, amb=None):
    ROWS.append(dict(voice=voice, kind=kind, today=today, q=q, spec=spec, keys=keys, amb=amb))

A45 = "Statutory guidance counts 45 working days from referral; the standard only says '45 days', read here as calendar days from the assessment start."
A24 = "The S47 section also says a strategy discussion within 24 hours, which could give a different (hour-based) deadline."
APLO = "The standard does not say what the 12/16 weeks run from (PLO letter, Legal Gateway or first PLO meeting); counted here from the event the question names."
AVAR = "Counted as 6 working days after the day permission was given; a reader could count the day of permission as day 1 (one working day earlier)."
A186 = "15 years 6 months from a 31st birthday lands in a month without that day; the last day of the month is used, a reader could say 1 March."

# ---------------- Front door ----------------
R('duty','date','2025-12-24',"contact in 24/12 re bruising, when does TL decision have to be done by?", ('WD','2025-12-24',1), ['contact'])
R('typos','date','2025-04-17',"contct came in thurs 17.4.25 when does it need a TL decsion by", ('WD','2025-04-17',1), ['contact'])
R('manager','date','2026-01-07',"Contact received 02/01/2026, TL decision recorded 06/01/2026. Was the screening decision within timescale?", ('WD','2026-01-02',1), ['contact'])
R('indirect','date','2026-05-29',"when something comes in through the front door on friday 29 may, how long has the team leader got to decide what happens with it?", ('WD','2026-05-29',1), ['contact'])
R('newstarter','date','2026-04-02',"Hi, sorry if this is a silly question – a referral was passed to me today. By when does a social worker need to have actioned it?", ('WD','2026-04-02',1), ['referral'])
R('scenario','date','2025-08-22',"I've got a referral about a 7 year old (DOB 14/08/2018). School rang it through yesterday but it only reached us today, Friday 22/08/2025. When has it got to be actioned by a social worker?", ('WD','2025-08-22',1), ['referral'], "The school raised it on 21/08; counting from that day would give 22/08.")
R('typos','date','2026-12-24',"initial decison for level 4 referal recieved 24th dec whens it due", ('WD','2026-12-24',1), ['initdec','contact'])
# ---------------- S47 ----------------
R('duty','date','2026-03-13',"s47 agreed today, child seen by when?", ('SAME','2026-03-13'), ['s47seen'])
R('newstarter','date','2025-12-27',"If a Section 47 enquiry is decided on Saturday 27th December 2025, when does the child need to be seen by the social worker?", ('SAME','2025-12-27'), ['s47seen'])
R('duty','date','2025-12-30',"s47 initiated 29/12/25, SW/manager progress discussion by?", ('DAYS','2025-12-29',5), ['s47disc'])
R('indirect','date','2026-04-01',"We started the child protection enquiry on 1 April. When should I sit down with my manager to go through how it's going and agree next steps?", ('DAYS','2026-04-01',5), ['s47disc'])
R('manager','date','2027-05-21',"S47 initiated 14/05/2027, progress discussion with TL held 20/05/2027 — in timescale?", ('DAYS','2027-05-14',5), ['s47disc'])
# ---------------- Assessments ----------------
R('duty','date','2025-12-23',"c&f needs allocating, decision made 23/12/25, allocated by?", ('WD','2025-12-23',3), ['alloc'])
R('typos','date','2026-05-02',"wen does a c+f assesment have to be alocated by if the decision was made 2/5/26", ('WD','2026-05-02',3), ['alloc'])
R('scenario','date','2027-08-26',"Referral came in on Monday 23/08/2027. The TL decided today (26/08/2027) that it needs a Child and Family Assessment. Dad's solicitor has a court date of 02/09. When should it be allocated to a worker by?", ('WD','2027-08-26',3), ['alloc'], "Could be counted from the referral on 23/08/2027 instead of the decision.")
R('newstarter','date','2026-03-24',"My assessment started on 23 March 2026. When does my team leader need to have reviewed it?", ('WD','2026-03-23',15), ['tlreview'])
R('manager','date','2025-05-02',"Assessment start 07/04/2025, TL review on LCS 30/04/2025. Within the 15 days?", ('WD','2025-04-07',15), ['tlreview'])
R('typos','date','2025-08-12',"asessment startd 11.8.25 when does TL need 2 review it", ('WD','2025-08-11',15), ['tlreview'])
R('scenario','date','2026-03-05',"Family were referred on 2 March 2026 (mum's DOB 5/5/1990). The assessment began on 4 March after the strategy meeting. When must the assessment be completed?", ('DAYS','2026-03-04',45), ['assess45'], A45)
R('manager','date','2027-01-28',"Assessment started 10/12/2026 and completed 27/01/2027 – was it within 45 days?", ('DAYS','2026-12-10',45), ['assess45'])
R('indirect','date','2025-07-18',"How long have I got to finish the full family assessment? I opened it on the 17th of July.", ('DAYS','2025-07-17',45), ['assess45'])
R('typos','date','2027-02-02',"assesment started 1st feb 27 wen is it due", ('DAYS','2027-02-01',45), ['assess45'])
R('duty','date','2026-04-03',"mgr said strat needed today (GF, EDT call) - by when?", ('WD','2026-04-03',1), ['strat'], A24)
R('newstarter','date','2026-08-28',"My manager has decided this morning that we need a strategy discussion. How long do we have to hold it?", ('WD','2026-08-28',1), ['strat'], A24)
R('manager','date','2025-05-28',"Decision that a strategy discussion was needed made 22/05/2025, strat held 27/05/2025. Compliant?", ('WD','2025-05-22',1), ['strat'])
R('indirect','date','2027-12-24',"TL decided this afternoon we need to get police and health round the table about this child. What's the latest that has to happen?", ('WD','2027-12-24',1), ['strat'], A24)
R('scenario','date','2026-12-16',"C&FA says the case needs to go to a Neighbourhood Team at CIN level. I emailed the Neighbourhood Team today, 16/12/2026, to let them know; the family have a hospital appointment on the 18th. By when do I need to have done the joint visit with the new worker?", ('DAYS','2026-12-16',5), ['jointvisit','notice'])
R('duty','date','2027-04-01',"CFR→NT transfer email sent 01/04/27, earliest date case can move?", ('DAYS','2027-04-01',5), ['notice'], "Some would read 'at least 5 days notice' as 5 working days.")
# ---------------- ICPC ----------------
R('duty','date','2025-12-19',"strat was 19/12/25, when's the ICPC?", ('WD','2025-12-19',15), ['icpc'])
R('typos','date','2026-04-09',"strat 8.4.26 icpc due when", ('WD','2026-04-08',15), ['icpc'])
R('scenario','date','2026-05-13',"We had the strategy discussion on Tuesday 5 May 2026 after the school raised concerns about a 9 year old. A second strategy meeting was held yesterday, 12 May. When does the ICPC need to be held by?", ('WD','2026-05-05',15), ['icpc'])
R('manager','date','2026-01-27',"Strat 02/01/2026, ICPC held 26/01/2026. Was that in timescale?", ('WD','2026-01-02',15), ['icpc'])
R('indirect','date','2027-08-16',"The first multi-agency meeting with the police about the abuse allegation was on 13/08/2027. When's the latest the big meeting where everyone decides about a protection plan can be?", ('WD','2027-08-13',15), ['icpc'])
R('newstarter','date','2026-12-17',"Hello! Could you tell me when the initial child protection conference is due if the strategy discussion took place on 16 December 2026?", ('WD','2026-12-16',15), ['icpc'])
R('typos','date','2025-04-15',"icpc by wen? strat was last wednesday", ('WD','2025-04-09',15), ['icpc'])
R('duty','date','2025-12-30',"ICPC 06/01/26 – report to family by?", ('DB','2026-01-06',3), ['repfam'])
R('newstarter','date','2026-03-30',"Our ICPC is booked for Tuesday 7 April 2026. When is the latest I can share my report with the parents?", ('DB','2026-04-07',3), ['repfam'])
R('duty','date','2026-03-25',"icpc 07/04/26, report to chair by?", ('WDB','2026-04-07',3), ['repchair'])
R('typos','date','2026-12-21',"icpc is on 4th jan wen does my report go 2 the chair", ('WDB','2027-01-04',3), ['repchair'])
R('manager','date','2025-06-03',"ICPC 02/06/2025, report sent to chair 28/05/2025 – compliant?", ('WDB','2025-06-02',3), ['repchair'])
R('indirect','date','2026-08-20',"The big child protection meeting is on 1 September. When do I need to get my written report over to the person chairing it?", ('WDB','2026-09-01',3), ['repchair'])
R('scenario','date','2025-12-15',"ICPC is set for Friday 2 January 2026 for two siblings (DOB 12/03/2016 and 01/09/2019). The strat was on 12 December. When must my report be with the CP chair?", ('WDB','2026-01-02',3), ['repchair'])
# ---------------- CP plans ----------------
R('typos','date','2025-04-23',"icpc was 22nd april when is 1st core grp", ('DAYS','2025-04-22',10), ['cg'])
R('scenario','date','2027-01-15',"ICPC was held today (15/01/2027) and both children were made subject to plans under neglect. The next review conference was set for 15/04/2027. When does the first core group need to happen?", ('DAYS','2027-01-15',10), ['cg'])
R('manager','date','2027-04-08',"Conference 26/03/2027, first core group 07/04/2027. In timescale?", ('DAYS','2027-03-26',10), ['cg'])
R('indirect','date','2026-08-28',"After the meeting where the child got put on a plan (that was today), when's the first meeting where we flesh the plan out with the family?", ('DAYS','2026-08-28',10), ['cg'])
R('newstarter','date','2026-05-05',"Please could you let me know the deadline for the first core group meeting? The conference was yesterday.", ('DAYS','2026-05-04',10), ['cg'])
R('manager','date','2027-05-21',"Review conference 20/05/2027; plan update shared with parents 18/05/2027 – was that OK?", ('DB','2027-05-20',3), ['rcpfam'])
R('indirect','date','2025-12-22',"The review of the protection plan is on Tuesday 30 December, when's the last day I can give mum and dad my update?", ('DB','2025-12-30',3), ['rcpfam'])
R('typos','date','2027-02-22',"rcpc is on 3/3/27 when does the chair need the report", ('DB','2027-03-03',3), ['rcpchair'])
R('newstarter','date','2026-03-27',"When does the conference chair need my report by for a review child protection conference on 6 April 2026?", ('DB','2026-04-06',3), ['rcpchair'])
R('scenario','date','2026-03-02',"The children went on a CP plan at the ICPC on 31/03/2025 and things haven't really shifted — dad is still in and out and the last RCPC was 15/12/2025. When do they hit 12 months on the plan, so we'd need the professional thinking time meeting?", ('MO','2025-03-31',12), ['ptt'])
R('duty','date','2025-01-10',"on plan since 29/02/24, 12 month mark for PTT mtg?", ('MO','2024-02-29',12), ['ptt'], "29 Feb + 12 months has no 29 Feb; counted as 28/02/2025, a reader could say 01/03/2025.")
# ---------------- PLO ----------------
R('typos','date','2026-04-30',"plo leter sent 30.4.26 wen is 1st plo meeting due", ('DAYS','2026-04-30',10), ['plo1'])
R('scenario','date','2027-03-18',"The PLO letter went out today (18 March 2027), but it's dated 16 March 2027 as legal drafted it a couple of days earlier. Legal Gateway was 10 March. When should the first PLO meeting with parents be?", ('DAYS','2027-03-16',10), ['plo1'])
R('indirect','date','2025-08-06',"The letter that starts pre-proceedings was dated 05/08/2025. When should the first meeting with the parents and their solicitor be held?", ('DAYS','2025-08-05',10), ['plo1'])
R('manager','date','2026-12-15',"PLO letter dated 01/12/2026; initial PLO meeting 14/12/2026. Within timescale?", ('DAYS','2026-12-01',10), ['plo1'])
R('duty','date','2026-12-23',"1st plo mtg today, FGC referral by?", ('WD','2026-12-23',3), ['fgc'])
R('newstarter','date','2026-05-28',"The parents have agreed to a family group conference at our first PLO meeting today (Thursday 28 May). When does the referral need to go in?", ('WD','2026-05-28',3), ['fgc'])
R('manager','date','2027-04-01',"First PLO meeting 24/03/2027, FGC referral 30/03/2027. Compliant?", ('WD','2027-03-24',3), ['fgc'])
R('duty','date','2025-04-15',"initial plo mtg 15/04/25, viability screening reqs to FPT by?", ('WD','2025-04-15',3), ['via'])
R('indirect','date','2026-08-27',"Gran and an uncle were put forward as possible carers at the first pre-proceedings meeting today. How long do I have to ask the family placement team to screen them?", ('WD','2026-08-27',3), ['via'])
R('typos','date','2026-01-02',"viabilty requests deadline plo meeting was 31/12", ('WD','2025-12-31',3), ['via'])
R('scenario','date','2025-04-10',"Initial PLO meeting was yesterday (9 April 2025) with mum, her solicitor and the IRO. Dad's solicitor couldn't come and we're rearranging for him on 16 April. When must the minutes go out to the parents and their legal reps?", ('DAYS','2025-04-09',7), ['plomin'])
R('manager','date','2027-08-06',"PLO meeting 28/07/2027, minutes distributed 05/08/2027. In timescale?", ('DAYS','2027-07-28',7), ['plomin'])
R('duty','date','2026-01-13',"PLO 1st mtg 12/01/26, review legal planning mtg at 12wks = ?", ('WK','2026-01-12',12), ['plo12'], APLO)
R('newstarter','date','2025-09-03',"We're in PLO; the first PLO meeting was on 2 September 2025. When would the Legal Gateway meeting at 16 weeks be?", ('WK','2025-09-02',16), ['plo16'], APLO)
R('manager','date','2027-02-01',"PLO letter dated 07/10/2026, PLO started that day. When should the 16-week Legal Gateway have been?", ('WK','2026-10-07',16), ['plo16'], APLO)
R('scenario','date','2027-06-03',"At the 12 week review legal planning meeting today (3 June 2027) it was agreed, in exceptional circumstances, to give the family a further period in PLO. Mum's baby is due in August. When does that extension run to?", ('WK','2027-06-03',4), ['plo4'])
# ---------------- CIN ----------------
R('indirect','date','2027-03-24',"The children came off their protection plans at conference today and are going onto a support plan. When's the first of the support meetings due?", ('DAYS','2027-03-24',20), ['cin20'])
R('manager','date','2026-05-28',"De-planned 05/05/2026, first CIN meeting 27/05/2026 — within timescale?", ('DAYS','2026-05-05',20), ['cin20'])
R('typos','date','2026-12-18',"case transfered from cfr today wen is initial cin meeting", ('DAYS','2026-12-18',10), ['cin10'])
R('newstarter','date','2026-07-27',"I've just been allocated a case that transferred over from Children's First Response on Friday 24 July. When does the initial Child in Need meeting need to happen?", ('DAYS','2026-07-24',10), ['cin10'])
R('scenario','date','2025-08-22',"Transfer from CFR to my team happened yesterday, 21/08/2025; the C&FA was authorised on 15/08/2025 and the joint visit was 19/08. When's the initial CIN meeting due?", ('DAYS','2025-08-21',10), ['cin10'])
# ---------------- Children in care ----------------
R('duty','date','2025-12-19',"emergency LAC admission 18/12/25, assessment due?", ('WD','2025-12-18',20), ['emerg'])
R('indirect','date','2027-03-31',"A child was brought into care in an emergency late last night (30 March) after police protection. When does the assessment of their needs have to be done by?", ('WD','2027-03-30',20), ['emerg'])
R('duty','date','2025-12-27',"came into care sat 27/12/25 – visit by?", ('WD','2025-12-27',1), ['lacvisit1','lacseen'])
R('typos','date','2026-12-24',"placement move on 24.12.26 when do i have to vist", ('WD','2026-12-24',1), ['lacvisit1'])
R('manager','date','2026-05-06',"Child placed 01/05/2026 (Fri), seen 05/05/2026. Was the 1 working day visit met?", ('WD','2026-05-01',1), ['lacvisit1','lacseen'])
R('newstarter','date','2025-04-17',"A young person I work with moved to a new foster placement today (Thursday 17 April). When do I need to visit them by?", ('WD','2025-04-17',1), ['lacvisit1'])
R('duty','date','2026-12-23',"placed 23/12/26, placement mtg by?", ('WD','2026-12-23',3), ['plmeet'])
R('scenario','date','2026-04-02',"Young person (DOB 03/03/2011) moved into a residential placement today, 2 April 2026, after the previous foster placement broke down on 31 March. When does the placement meeting need to be held?", ('WD','2026-04-02',3), ['plmeet'])
R('indirect','date','2025-05-22',"When do we need to have the meeting with the new carers to agree delegated authority? The child moved in today.", ('WD','2025-05-22',3), ['plmeet'])
R('typos','date','2027-08-26',"updated placement plan to carers by wen? placed 26th aug", ('WD','2027-08-26',5), ['plplan'])
R('manager','date','2026-01-08',"Placement began 29/12/2025; updated placement plan given to carers 07/01/2026. In timescale?", ('WD','2025-12-29',5), ['plplan'])
R('duty','date','2025-12-15',"CIC 15/12/25, care pack + rights leaflet by?", ('WK','2025-12-15',3), ['pack'])
R('indirect','date','2027-03-10',"What's the deadline for giving a child the welcome pack and the leaflet about their rights? He came into our care on 9 March.", ('WK','2027-03-09',3), ['pack'])
R('newstarter','date','2025-12-24',"A child became looked after today (Wednesday 24 December). By when do I need to let the other professionals know about their legal status?", ('WD','2025-12-24',5), ['legal'])
R('typos','date','2026-04-01',"legal status - tell other profs by wen, lac from 1/4/26", ('WD','2026-04-01',5), ['legal'])
R('manager','date','2027-04-13',"Came into care 10/03/2027, IHA completed 12/04/2027. Was that within 20 working days?", ('WD','2027-03-10',20), ['iha'])
R('scenario','date','2026-08-06',"Baby was born 02/08/2026 and an ICO was granted on 04/08. She came into care from hospital on 05/08/2026. When must the initial health assessment be done?", ('WD','2026-08-05',20), ['iha'], "A reader might count from the ICO (04/08) rather than the day she came into care.")
R('typos','date','2026-03-16',"wen is pep meeting due came into care 13th march", ('DAYS','2026-03-13',20), ['pep'])
R('indirect','date','2027-07-15',"The education planning meeting at school for a child who's just come into care — when's that due? She came in on 14/07/2027.", ('DAYS','2027-07-14',20), ['pep'])
R('newstarter','date','2026-08-28',"How long do I have to record the care plan on the system? The placement started yesterday, 27 August.", ('DAYS','2026-08-27',10), ['careplan'])
R('manager','date','2025-04-28',"Placed 14/04/2025, care plan recorded 25/04/2025. Within timescale?", ('DAYS','2025-04-14',10), ['careplan'])
R('typos','date','2027-03-17',"1st lac revew due? became lac 16.3.27", ('WD','2027-03-16',20), ['lacrev'])
R('scenario','date','2026-05-05',"Twins were accommodated under s20 on 20 April 2026; an ICO was then granted on 1 May 2026. When does the first looked after review need to be?", ('WD','2026-04-20',20), ['lacrev'], "A reader might restart from the ICO on 01/05/2026, but the child became looked after on 20/04.")
R('indirect','date','2025-08-18',"When is the first meeting with the independent reviewing officer to review a child's care due? He became looked after yesterday, 17 August.", ('WD','2025-08-17',20), ['lacrev'])
R('manager','date','2027-01-07',"Child became looked after 04/12/2026; initial review held 06/01/2027. In timescale?", ('WD','2026-12-04',20), ['lacrev'])
R('newstarter','date','2026-05-18',"My child's looked after review is on Tuesday 26 May. When should my written report be with the IRO?", ('DB','2026-05-26',3), ['iroreport'])
R('typos','date','2027-08-23',"lac reveiw is 1/9 wen does iro need my report", ('DB','2027-09-01',3), ['iroreport'])
# ---------------- IRO ----------------
R('duty','date','2025-12-22',"IRO informal challenge raised 22/12/25, goes formal if not resolved by?", ('WD','2025-12-22',5), ['iro5'])
R('manager','date','2026-04-01',"Formal dispute started 01/04/2026 — must be completed by?", ('WD','2026-04-01',20), ['iro20'])
R('indirect','date','2027-04-30',"The reviewing officer flagged drift on my care plan informally today. How long have I got to sort it before it becomes a formal dispute?", ('WD','2027-04-30',5), ['iro5'])
R('scenario','date','2026-12-15',"IRO raised a formal dispute yesterday (14/12/2026) about the delay in the permanence plan; the informal challenge had been on 04/12/2026. When should the whole formal process be finished?", ('WD','2026-12-14',20), ['iro20'])
R('typos','date','2025-05-02',"iro challnge on 2/5/25 how long b4 formal dispute", ('WD','2025-05-02',5), ['iro5'])
# ---------------- Adoption ----------------
R('duty','date','2026-03-05',"adoptive placement 04/03/26, AO application from?", ('WK','2026-03-04',10), ['ad10'])
R('newstarter','date','2025-12-19',"The children moved in with their adopters yesterday, 18 December 2025. From what date can the adopters apply for the Adoption Order?", ('WK','2025-12-18',10), ['ad10'])
R('indirect','date','2027-05-10',"Little one moved in with her forever family on 29/03/2027. When can they put the application in to court to make it permanent?", ('WK','2027-03-29',10), ['ad10'])
# ---------------- Fostering ----------------
R('typos','date','2025-12-24',"fc visit done 24/12/25 wen does it need recording on lcs", ('WD','2025-12-24',3), ['fcrec'])
R('manager','date','2027-04-02',"SSW visited carers 24/03/2027, visit recorded 01/04/2027. In timescale?", ('WD','2027-03-24',3), ['fcrec'])
R('scenario','date','2026-12-17',"We need to place a 3rd child with carers who are only approved for 2. The Strategic Lead agreed a variation of their terms of approval today (17 December 2026) and the child moved in this evening. What's the latest date the variation lasts to?", ('WD','2026-12-17',6), ['variation'], AVAR)
R('duty','date','2026-04-02',"variation of terms agreed 02/04/26, lasts til?", ('WD','2026-04-02',6), ['variation'], AVAR)
R('indirect','date','2025-09-01',"Nan's been approved temporarily as a foster carer for her grandson from today. If we extend it as far as we're allowed, when does it end?", ('WK','2025-09-01',24), ['temp16'])
R('manager','date','2027-07-14',"Temporary approval of connected person from 14/07/2027 – 16 week expiry date?", ('WK','2027-07-14',16), ['temp16'])
R('newstarter','date','2026-03-10',"Our connected carer's temporary approval started on 24 November 2025 and the panel agreed the extension. What is the very last day it can run to?", ('WK','2025-11-24',24), ['temp16'])
# ---------------- Case recording ----------------
R('typos','date','2026-05-26',"how long to write up my visit frm last friday", ('DAYS','2026-05-22',3), ['record'])
R('newstarter','date','2026-04-02',"I did a home visit today (Thursday 2 April). When do I need to have it written up on the child's record by?", ('DAYS','2026-04-02',3), ['record'])
R('manager','date','2027-01-05',"Visit 30/12/2026 recorded 04/01/2027 – within case recording timescale?", ('DAYS','2026-12-30',3), ['record'])
R('indirect','date','2025-08-26',"I phoned the child's school on 22 August about attendance. How long do I have to put that on the system?", ('DAYS','2025-08-22',3), ['record'])

# ---------------- Visits / review schedules ----------------
R('duty','visits','2025-12-23',"last CP visit 22/12/25, next by?", ('WK','2025-12-22',4), ['cpvisit'])
R('typos','visits','2026-04-07',"cp vist was 3/4/26 wen is next 1", ('WK','2026-04-03',4), ['cpvisit'])
R('scenario','visits','2027-01-04',"I'm covering for a colleague. Child (DOB 11/11/2019) is on a CP plan; the last statutory visit at home was 16 December 2026, and there was an unannounced visit on 30 December where the child was seen at nan's, not at home. When is the next statutory visit due?", ('WK','2026-12-16',4), ['cpvisit','cphome'])
R('manager','visits','2027-04-07',"CP visits on file: 02/03/2027 then 06/04/2027. Was the second in timescale?", ('WK','2027-03-02',4), ['cpvisit'])
R('indirect','visits','2025-09-01',"How often do I have to see a child who's on a protection plan? I last saw him on 29 August – when's the next one?", ('WK','2025-08-29',4), ['cpvisit'])
R('newstarter','visits','2025-12-19',"When is my next Child in Need visit due? I last saw the child at home yesterday, 18 December.", ('WK','2025-12-18',6), ['cinvisit'])
R('duty','visits','2026-04-08',"cin review mtg 07/04/26, next by?", ('WK','2026-04-07',6), ['cinrev'])
R('typos','visits','2027-05-24',"last cin meetin was 21st may when next", ('WK','2027-05-21',6), ['cinrev'])
R('duty','visits','2026-01-09',"LAC, 1st review held 06/01/26, last visit 08/01/26, next stat visit by?", ('WK','2026-01-08',6), ['lac6'])
R('newstarter','visits','2025-12-30',"A child came into care last week and the first looked after review hasn't happened yet. I visited yesterday (Monday 29 December). When is my next statutory visit?", ('WK','2025-12-29',1), ['lacweekly'])
R('manager','visits','2026-05-15',"Child settled in permanent placement since March 2024 (over 12 months). Last statutory visit 14/05/2026. When's the next one due at the latest?", ('WK','2026-05-14',12), ['lac12'])
R('scenario','visits','2027-03-08',"Adoptive placement started 10/02/2027; the first LAC review since placement was 03/03/2027. I visited the adopters and the child on 05/03/2027. When's my next statutory visit?", ('WK','2027-03-05',6), ['ad6'])
R('indirect','visits','2026-12-23',"The little one moved in with her new adoptive family last week and we haven't had the first review yet. I saw her there yesterday, 22/12. When do I need to see her next?", ('WK','2026-12-22',1), ['adweekly'])
R('duty','visits','2025-12-19',"FC supervising visit 18/12/25, next due?", ('WK','2025-12-18',6), ['fcvisit'])
R('typos','visits','2025-05-01',"foster carers last unanounced visit 30/4/25 wen next", ('MO','2025-04-30',12), ['fcunann'])
R('manager','visits','2026-01-15',"Carer's review last presented to Fostering Panel 20/06/2024 — latest date for the next panel presentation?", ('MO','2024-06-20',36), ['fcpanel'])
R('newstarter','visits','2026-02-10',"Our foster carers had their DBS, medicals and references updated on 29 February 2024. When do they need doing again?", ('MO','2024-02-29',36), ['fcdbs'], "No 29 Feb in 2027; counted as 28/02/2027, a reader could say 01/03/2027.")
R('scenario','visits','2027-06-01',"Carer's core training was last updated on 2 October 2024; they also did a first aid refresher in May 2025. By when must they next update their core training?", ('MO','2024-10-02',36), ['fctrain'])
R('indirect','visits','2026-04-10',"Contact between the child and mum was set up when she came into care and last looked at on 09/04/2026. Permanence plan isn't agreed yet. When does the contact arrangement need reviewing again?", ('WK','2026-04-09',8), ['famtime'])
R('duty','visits','2025-12-17',"plo review mtg 16/12/25 next one latest?", ('WK','2025-12-16',6), ['ploreview'], "The standard says every 4-6 weeks; the latest is 6 weeks, the earliest 4 weeks (13/01/2026).")
R('manager','visits','2026-01-20',"Case summary last updated 30/11/2025 – when does it fall outside timescale?", ('MO','2025-11-30',3), ['summary'])
R('typos','visits','2025-08-18',"c&fa authorised 15/08/25 when does it go out of date", ('MO','2025-08-15',12), ['assess12'])

# ---------------- Ages ----------------
R('duty','age','2026-02-02',"DOB 14/03/2014 – when does he turn 12 (advocate for ICPC)?", ('AGE','2014-03-14',12), ['advocate'])
R('newstarter','age','2026-06-01',"The young person's date of birth is 29/02/2012. When do we need to start their pathway plan?", ('AGEM','2012-02-29',15,6), ['pathway'])
R('typos','age','2025-11-03',"dob 31.8.2010 wen is he 15 and a half for pathway plan", ('AGEM','2010-08-31',15,6), ['pathway'], A186)
R('scenario','age','2025-11-10',"We're heading to PLO for a sibling group: oldest born 02/01/2019, youngest born 29/02/2020. If we go in after the youngest's 6th birthday she wouldn't automatically get an adoption worker. When exactly does she turn 6?", ('AGE','2020-02-29',6), ['adopt6'])
R('manager','age','2026-01-05',"Child DOB 27/12/2013 attended ICPC on 05/01/2026 without an advocate being offered. From what date should one have been offered?", ('AGE','2013-12-27',12), ['advocate'])
R('indirect','age','2026-03-01',"When does a girl born on 5 June 2011 reach the age where we have to start planning for leaving care?", ('AGEM','2011-06-05',15,6), ['pathway'])
R('duty','age','2027-01-11',"dob 16/05/2021 – when's she 6? (adoption SW if PLO before)", ('AGE','2021-05-16',6), ['adopt6'])
R('newstarter','age','2027-11-01',"Could you tell me when a child born 29 February 2016 turns 12? He has a conference coming up and I want to know whether to offer an advocate.", ('AGE','2016-02-29',12), ['advocate'])
R('typos','age','2026-07-01',"wen is pathway plan due to start dob 30/06/2011", ('AGEM','2011-06-30',15,6), ['pathway'])

# ---------------- Choice ----------------
R('duty','choice','2026-03-04',"conference was 3/3, what's next due?", [('DAYS','2026-03-03',10),('DAYS','2026-03-03',20)], ['cg','cin20'])
R('indirect','choice','2026-12-16',"The child moved into foster care yesterday, 15 December. When does the plan need to be done?", [('WD','2026-12-15',5),('DAYS','2026-12-15',10)], ['plplan','careplan'])
R('typos','choice','2027-04-07',"c&fa startd 6/4/27 when is it due", [('WD','2027-04-06',15),('DAYS','2027-04-06',45)], ['tlreview','assess45'])
R('newstarter','choice','2026-06-02',"I have a case that needs a first Child in Need meeting — it came to me on 1 June 2026. When is that due?", [('DAYS','2026-06-01',10),('DAYS','2026-06-01',20)], ['cin10','cin20'])
R('duty','choice','2025-08-20',"FC visit today whats due next", [('WD','2025-08-20',3),('WK','2025-08-20',6)], ['fcrec','fcvisit'])
R('manager','choice','2027-03-04',"Looked after child, last statutory visit 03/03/2027. Next one due by?", [('WK','2027-03-03',1),('WK','2027-03-03',6)], ['lacweekly','lac6'])
R('scenario','choice','2025-05-06',"Strategy meeting was held on 5 May 2025 — bank holiday, police insisted — and we agreed to start a S47 that day. Mum is 17 weeks pregnant. What's my deadline now?", [('DAYS','2025-05-05',5),('WD','2025-05-05',15)], ['s47disc','icpc'])
R('newstarter','choice','2026-01-02',"I have a conference on 12 January 2026. When does my report need to get to the chair?", [('WDB','2026-01-12',3),('DB','2026-01-12',3)], ['repchair','rcpchair'])

# ---------------- None ----------------
R('duty','none','2026-01-06',"ICPC 05/01/26 — when's the RCPC due?", None, ['nextconf'])
R('newstarter','none','2026-03-04',"When does the second looked after review need to happen? The first one was on 3 March 2026.", None, ['secondrev'])
R('typos','none','2026-02-03',"how often do i need supervision with my TL, last was 2/2/26", None, ['supervision'])
R('indirect','none','2026-04-07',"An early help request came in today — how long has the early help team leader got to decide what to do with it?", None, ['eh'])
R('manager','none','2027-05-04',"Care proceedings IRH is on 15/06/2027 — what's the deadline date for the SHOPBA?", None, ['shopba'])
R('scenario','none','2026-09-11',"Adoption order was granted yesterday, 10/09/2026, for a 3 year old who'd been placed since January. When does the life story book and later life letter need to be finished?", None, ['lifestory'])
R('duty','none','2026-01-13',"core group 12/01/26, next CG by?", None, ['everycg'])
R('typos','none','2026-01-21',"pep revew due? last pep 20/1/26", None, ['pepterm'])
R('newstarter','none','2026-02-03',"A young person in care went missing on 2 February 2026 and came back the same evening. How many days do I have to do the return home interview?", None, ['missing'])
R('scenario','none','2027-11-10',"Child has been on a CP plan since 14/11/2026 and nothing has changed; the 12-month professional thinking time meeting is booked. By what date must we have referred to legal for advice?", None, ['legaladv'])

FUN = {'WD':WD,'WDB':WDB,'DAYS':DAYS,'DB':DB,'WK':WK,'MO':MO,'SAME':SAME,
       'AGE':lambda s,y:AGE(s,y),'AGEM':lambda s,y,m:AGE(s,y,m)}
def run(spec): return FUN[spec[0]](*spec[1:])

def build():
    out=[]
    for r in ROWS:
        if r['kind']=='none': due,count=None,"The standards set no timescale for this."
        elif r['kind']=='choice':
            res=[run(s) for s in r['spec']]
            due=min(d for d,_ in res); count=" | ".join(f"option {i+1}: {c}" for i,(d,c) in enumerate(res))+f"; earlier = {due}"
        else: due,count=run(r['spec'])
        o=dict(q=r['q'],today=r['today'],due=due.isoformat() if due else None,
               expect_any=[P[k] for k in r['keys']],count=count,voice=r['voice'],kind=r['kind'])
        if r['amb']: o['ambiguous']=r['amb']
        out.append(o)
    return out

def check(rows):
    src=open('/work/shared/source/practice-standards.txt',encoding='utf-8').read()
    ok=True
    for i,o in enumerate(rows):
        for p in o['expect_any']:
            if p not in src or len(p.split())<6: print('PHRASE FAIL',i,p); ok=False
        D(o['today'])
        if o['kind']!='none' and o['due'] is None: ok=False
    print('kinds',collections.Counter(o['kind'] for o in rows))
    print('voices',collections.Counter(o['voice'] for o in rows))
    print('rows',len(rows),'ok' if ok else 'FAIL'); return ok

if __name__=='__main__':
    rows=build()
    here=os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here,'questions.jsonl'),'w',encoding='utf-8') as f:
        for o in rows: f.write(json.dumps(o,ensure_ascii=False)+'\n')
    # re-read and verify
    back=[json.loads(l) for l in open(os.path.join(here,'questions.jsonl'),encoding='utf-8')]
    assert back==rows
    sys.exit(0 if check(back) else 1)
