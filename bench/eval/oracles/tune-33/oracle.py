#!/usr/bin/env python3
"""Oracle for the frozen deadline question set. Standard library only.
Computes `due` and `count` for every row from a structured spec, checks phrases
against the source, and writes questions.jsonl next to this file."""
import datetime as dt, json, os, re, calendar
from collections import Counter

D = dt.date
SRC = "/work/shared/source/practice-standards.txt"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.jsonl")

# England & Wales bank holidays 2024-2028, typed by hand (substitute days included)
BANK = {
 D(2024,1,1):"New Year", D(2024,3,29):"Good Friday", D(2024,4,1):"Easter Monday", D(2024,5,6):"Early May",
 D(2024,5,27):"Spring", D(2024,8,26):"Summer", D(2024,12,25):"Christmas", D(2024,12,26):"Boxing Day",
 D(2025,1,1):"New Year", D(2025,4,18):"Good Friday", D(2025,4,21):"Easter Monday", D(2025,5,5):"Early May",
 D(2025,5,26):"Spring", D(2025,8,25):"Summer", D(2025,12,25):"Christmas", D(2025,12,26):"Boxing Day",
 D(2026,1,1):"New Year", D(2026,4,3):"Good Friday", D(2026,4,6):"Easter Monday", D(2026,5,4):"Early May",
 D(2026,5,25):"Spring", D(2026,8,31):"Summer", D(2026,12,25):"Christmas", D(2026,12,28):"Boxing Day (substitute)",
 D(2027,1,1):"New Year", D(2027,3,26):"Good Friday", D(2027,3,29):"Easter Monday", D(2027,5,3):"Early May",
 D(2027,5,31):"Spring", D(2027,8,30):"Summer", D(2027,12,27):"Christmas (substitute)", D(2027,12,28):"Boxing Day (substitute)",
 D(2028,1,3):"New Year (substitute)", D(2028,4,14):"Good Friday", D(2028,4,17):"Easter Monday", D(2028,5,1):"Early May",
 D(2028,5,29):"Spring", D(2028,8,28):"Summer", D(2028,12,25):"Christmas", D(2028,12,26):"Boxing Day",
}

def _selfcheck():
    def easter(y):  # anonymous Gregorian algorithm
        a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30;i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451
        mo=(h+l-7*m+114)//31;da=((h+l-7*m+114)%31)+1;return D(y,mo,da)
    for y in range(2024,2029):
        hs=sorted(h for h in BANK if h.year==y or (h.year==y+0))
        hs=[h for h in BANK if h.year==y]; assert len(hs)==8,(y,hs)
        e=easter(y); assert e-dt.timedelta(2) in BANK and e+dt.timedelta(1) in BANK,y
        for h in hs: assert h.weekday()<5,h
        first_may=min(D(y,5,d) for d in range(1,8) if D(y,5,d).weekday()==0); assert first_may in BANK
        last_may=max(D(y,5,d) for d in range(25,32) if D(y,5,d).weekday()==0); assert last_may in BANK
        last_aug=max(D(y,8,d) for d in range(25,32) if D(y,8,d).weekday()==0); assert last_aug in BANK
_selfcheck()

WD = "Mon Tue Wed Thu Fri Sat Sun".split()
def fmt(d): return f"{d.isoformat()} ({WD[d.weekday()]})"
def working(d): return d.weekday()<5 and d not in BANK
def hols_between(a,b):
    lo,hi=min(a,b),max(a,b)
    return [h for h in sorted(BANK) if lo<h<=hi or lo<=h<hi]
def skip_note(a,b):
    hs=[h for h in sorted(BANK) if min(a,b)<h<max(a,b)]
    return ("; skips bank holidays "+", ".join(h.isoformat() for h in hs)) if hs else ""
def add_months(d,n):
    y,m=divmod(d.month-1+n,12); y+=d.year; m+=1
    last=calendar.monthrange(y,m)[1]; return D(y,m,min(d.day,last)), d.day>last

def compute(rule, ev, n=None, extra=None):
    ev = D.fromisoformat(ev) if isinstance(ev,str) else ev
    if rule=="wda":
        d=ev;k=0
        while k<n:
            d+=dt.timedelta(1)
            if working(d): k+=1
        note="" if working(ev) else f" (event day {fmt(ev)} is not a working day; counted from it)"
        return d, f"{n} working day{'s'*(n!=1)} after {fmt(ev)} -> {fmt(d)}{skip_note(ev,d)}{note}"
    if rule=="wdb":
        d=ev;k=0
        while k<n:
            d-=dt.timedelta(1)
            if working(d): k+=1
        return d, f"{n} working day{'s'*(n!=1)} before {fmt(ev)} -> {fmt(d)}{skip_note(d,ev)}"
    if rule=="d":
        d=ev+dt.timedelta(n); s=f"{n} calendar day{'s'*(n!=1)} after {fmt(ev)} -> {fmt(d)}"
        if d in BANK: s+=f" (falls on bank holiday {BANK[d]}; not moved)"
        return d,s
    if rule=="db":
        d=ev-dt.timedelta(n); return d, f"{n} calendar days before {fmt(ev)} -> {fmt(d)}"
    if rule=="w":
        d=ev+dt.timedelta(7*n); s=f"{n} week{'s'*(n!=1)} ({7*n} days) after {fmt(ev)} -> {fmt(d)}"
        if d in BANK: s+=f" (falls on bank holiday {BANK[d]}; not moved)"
        return d,s
    if rule=="m":
        d,cl=add_months(ev,n); s=f"{n} months after {fmt(ev)} -> {fmt(d)}"
        if cl: s+=" (no such day in that month; last day of month used)"
        return d,s
    if rule=="same":
        return ev, f"same day as {fmt(ev)}"
    if rule=="age":  # n = (years, months)
        yrs,mos=n
        if ev.month==2 and ev.day==29:
            y=ev.year+yrs+(ev.month-1+mos)//12
            if mos==0 and not calendar.isleap(y):
                d=D(y,3,1); return d, f"born {fmt(ev)}; {yrs}th birthday in non-leap year {y} taken as 1 March -> {fmt(d)}"
        d,cl=add_months(ev,12*yrs+mos)
        lab=f"{yrs} years" + (f" {mos} months" if mos else "")
        s=f"born {fmt(ev)} + {lab} -> {fmt(d)}"
        if cl: s+=" (no such day in that month; last day of month used)"
        return d,s
    raise ValueError(rule)

P = {  # verbatim phrases from the source
 "FD":"decisions made by what action are required by a Team Leader within 1 working day",
 "INIT":"Initial decisions will be made about the action required within 1 working day by social work Team Leader",
 "REFACT":"Referrals will be actioned by a social worker within 1 working day",
 "S47SEEN":"the child / children will be seen by the Social Worker the same day",
 "S47_5":"Within 5 days of the Section 47 being initiated",
 "ALLOC":"allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 "TLREV":"All assessments will be reviewed by the Team Leader within 15 working days",
 "A45":"Assessments must all be completed within 45 days",
 "STRAT1":"this must happen within 1 working day and should be chaired by a social work manager",
 "STRAT24":"A strategy discussion within 24 hours involving all relevant agencies is undertaken",
 "TRANS5":"notify the Neighbourhood Team via email, giving at least 5 days\u2019 notice",
 "JOINT":"Within the 5 days\u2019 notice period, the Children\u2019s First Response Social Worker",
 "ICPC":"Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 "RPTFAM":"The report will be shared with family at least 3 the days prior to conference",
 "RPTCHAIR":"The report will be sent to the child protection chair 3 working days before the conference",
 "ADV":"if they are 12 or over they should be offered an advocate",
 "NEXTCONF":"The child protection chair will set the date of the next conference",
 "CG":"held within 10 days of the conference and is used to put detail on the outline CP plan",
 "CPV":"Visits to a child subject to a CP plan will take place at least every 4 weeks",
 "RCPPAR":"This report must be shared with parents at least 3 days prior to the review conference",
 "RCPCHAIR":"The report will be available to the conference chair at least 3 days prior to the review conference",
 "PTT":"when they have been subject to a plan for 12 months, a professional thinking time meeting",
 "PLO1":"The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 "FGC":"Referral should be made within 3 working days of the first PLO meeting.",
 "VIA":"Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 "MIN":"to be distributed to parents and their legal representation within 7 days of the meeting",
 "PLOREV":"Review PLO meetings with parents to be held every 4-6 weeks",
 "RLPM":"A review legal planning meeting will be held at 12 weeks",
 "EXT4":"In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
 "LG16":"a Legal Gateway meeting will be convened at 16 weeks with Strategic Lead oversight",
 "CIN20":"will set the first CIN meeting within 20 days",
 "CIN10":"the initial CIN meeting must take place within 10 days",
 "CINREV":"CIN review meetings will be held at least every 6 weeks",
 "CINV":"A child subject to a CIN plan will be seen at least every 6 weeks",
 "EMERG":"If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 "VIS1":"The child will be visited within 1 working day of coming into care or having a change in placement",
 "PM3":"The placement meeting will be held within 3 working days",
 "PP5":"an updated copy given to the carers within 5 working days of the placement beginning",
 "FT8":"reviewed at least every 8 week until the plan for permanence is agreed",
 "PACK":"coming into care pack, children rights leaflet within 3 weeks",
 "LEGAL5":"informed of the child\u2019s legal status within 5 working days",
 "IHA":"An initial health assessment will be requested and carried out within 20 working days",
 "PEP":"A PEP meeting will be arranged within the school within 20 days",
 "SEEN1":"All looked after children will be seen within 1 working day of placement",
 "LACW":"Statutory looked after visits must happen weekly until the first looked after review",
 "LAC6":"a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 "LAC12":"Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 "CPLAN10":"An up to date care plan will be recorded on the electronic system within 10 days of placement",
 "LAR":"The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 "PATH":"A pathway plan will be started when the young person is 15 years 6 months",
 "IRORPT":"this will be with the IRO 3 days before the review",
 "IRO5":"If the challenge is not resolved within 5 working days a formal dispute will be raised",
 "IRO20":"The formal dispute resolution process should be completed from start to finish within 20 working days",
 "ADOPT6":"If a child under the age of 6 enters PLO or proceedings",
 "ADW":"Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 "AD6":"then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 "AD10":"Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
 "FCV":"Trafford foster carers are visited at least once every six weeks",
 "FCREC":"a record of this visit is recorded on LCS within 3 working days",
 "FCUN":"will have an unannounced visit at least once every 12 months",
 "FCAR":"All Trafford foster carers will have an annual review",
 "FCPANEL":"annual review presented to the Fostering Panel at least every three years",
 "FCDBS":"updated statutory references, medicals and DBS checks at least every three years",
 "FCTRAIN":"must update their core training at least every three years",
 "VAR":"This can only be given for up to 6 working days",
 "TEMP16":"Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 "REC3":"any event or contact is recorded within 3 days",
 "SUMM":"A clear and concise case file summary which has been updated within the last 3 months",
 "ASS12":"An up to date assessment (within the last 12 months) on each child",
 "SUPPOL":"supervision which takes place in line with the supervision policy",
}

# ---------------- structured row descriptions ----------------
# Structured descriptions: (voice, kind, today, q, (rule, event, n), [phrase keys], {options})
A45AMB = "Statutory guidance (Working Together) counts 45 working days; the standards just say '45 days', read here as calendar days."
STRAMB = "The S47 section says a strategy discussion 'within 24 hours', which would give the next calendar day instead."
PLOAMB = "The standards do not say what the 12/16 weeks are counted from; here the date on the PLO letter, a reader could use the first PLO meeting."
ROWS = [
# ---- Front door / Level 4-5
("scenario","date","2025-12-24","A health visitor phoned the front door today, 24/12/25, about a 2 year old (DOB 05/06/2023) she last saw on 10/12. Consent hasn't been checked yet. When must the team leader have made a decision on the contact?",("wda","2025-12-24",1),["FD"]),
("indirect","date","2026-04-02","A school rang the team that takes all new calls about children this morning (Thu 2 April 2026), worried about a pupil. By when does a team leader have to decide what we do with it?",("wda","2026-04-02",1),["FD","INIT"]),
("typos","date","2026-05-01","refferal came in 1.5.26 when does a sw need to action it by",("wda","2026-05-01",1),["REFACT"]),
("manager","date","2025-09-01","Referral received 22/08/25, SW actioned it 26/08. In timescale?",("wda","2025-08-22",1),["REFACT"],{"verdict":"2025-08-26"}),
("newstarter","date","2026-05-22","Hello, sorry if this is a silly question - when my manager decides we need a strategy discussion, how long do we have to hold it? The decision was made today.",("wda","2026-05-22",1),["STRAT1"],{"rel":"today","amb":STRAMB}),
("indirect","date","2025-12-24","My manager decided today, Christmas Eve, that we need to get police and health together to talk through a possible child protection enquiry. What's the latest date that conversation can happen?",("wda","2025-12-24",1),["STRAT1"],{"amb":STRAMB}),
# ---- S47
("scenario","date","2026-12-24","We initiated a S47 on 24/12/26 for a 13 year old (DOB 30/12/2013) after a strategy discussion that morning. The last CIN review was 01/12/26. When do I need my progress discussion with my manager?",("d","2026-12-24",5),["S47_5"]),
("indirect","date","2027-03-29","We kicked off child protection enquiries on 26/03/27. By when do I need to sit down with my manager to go through how the enquiries are going and agree next steps?",("d","2027-03-26",5),["S47_5"]),
("scenario","date","2026-04-07","Referral came in this morning about Baby Zephyr Quill (DOB 02/02/2026) and the TL has agreed it's a S47. There was a previous referral on 14/01. By when must the baby be seen?",("same","2026-04-07"),["S47SEEN"]),
# ---- Assessment allocation / review / completion
("scenario","date","2025-12-23","A referral about a 5 year old was accepted on 23/12/25 for a Child and Family Assessment. The family were previously open until 03/11/25. By when must it be allocated to a social worker?",("wda","2025-12-23",3),["ALLOC"]),
("typos","date","2025-04-16","case came thru on 16/4 how long have we got to allocate it for the c and f assesment",("wda","2025-04-16",3),["ALLOC"]),
("indirect","date","2026-12-18","The assessment of a family's needs started on 18 December 2026. When should my team leader have had a first look at it to decide whether more work is needed?",("wda","2026-12-18",15),["TLREV"]),
("manager","date","2026-04-30","C&F started 01/04/26, TL review recorded 22/04/26 - within timescale?",("wda","2026-04-01",15),["TLREV"],{"verdict":"2026-04-22"}),
("scenario","date","2025-12-19","Mum (DOB 19/12/1995) had a new baby on 02/12/25 and the Child and Family Assessment on the older sibling started today, 19/12/25. When must the assessment be completed?",("d","2025-12-19",45),["A45"],{"amb":A45AMB}),
("scenario","date","2025-08-04","I've picked up an assessment on a 7 year old (DOB 11/06/2018). The last CIN meeting on a sibling was 12/06/2025, and this assessment started on 30/07/2025. When must it be completed?",("d","2025-07-30",45),["A45"],{"amb":A45AMB}),
("typos","date","2026-04-10","whens the 45 days up on an asessment that started 3rd april",("d","2026-04-03",45),["A45"],{"amb":A45AMB}),
("newstarter","date","2027-01-13","Could someone explain when a Child and Family Assessment has to be finished? Mine began on Monday.",("d","2027-01-11",45),["A45"],{"rel":"on Monday","amb":A45AMB}),
("indirect","date","2025-05-06","How long do I have to get the full assessment of a family written up and finished? I started it on 5 May 2025.",("d","2025-05-05",45),["A45"],{"amb":A45AMB}),
# ---- Transfer CFR -> Neighbourhood
("indirect","date","2026-08-14","The duty and assessment team emailed us today (14/08/2026) to say they're handing a family over to our neighbourhood team. By when does the joint visit with both workers to introduce me need to happen?",("d","2026-08-14",5),["JOINT","TRANS5"]),
("manager","date","2026-09-02","CFR emailed the neighbourhood team on 28/08/26 giving a transfer date of 01/09/26. Was that enough notice?",("d","2026-08-28",5),["TRANS5"],{"verdict":"2026-09-01","notbefore":True}),
# ---- ICPC
("duty","date","2025-12-19","strat was 19/12/25, when's the ICPC?",("wda","2025-12-19",15),["ICPC"]),
("scenario","date","2026-04-01","The strategy discussion was held this morning, 01/04/26, for a 3 year old. Dad's court hearing is on 14/04/26, which the police flagged. When must the ICPC be held by?",("wda","2026-04-01",15),["ICPC"]),
("typos","date","2027-05-21","stratt was on 20.5 when has the icpc got to be by",("wda","2027-05-20",15),["ICPC"]),
("indirect","date","2025-08-11","We had the first multi-agency meeting to plan the child protection enquiries on 11 August 2025. By what date should the big meeting with the family, where they decide whether a protection plan is needed, take place?",("wda","2025-08-11",15),["ICPC"]),
("scenario","date","2027-03-24","Two siblings, Pip (DOB 03/03/2018) and Wren (DOB 17/09/2020). Police contacted us on 22/03/2027 and the strategy discussion was held the next day. What's the latest we can hold the initial conference?",("wda","2027-03-23",15),["ICPC"]),
("manager","date","2026-01-26","ICPC was held 20/01, strat 02/01, was that in timescale?",("wda","2026-01-02",15),["ICPC"],{"verdict":"2026-01-20"}),
("newstarter","date","2026-12-17","Hi all, I'm new to child protection work. The strategy discussion for my family was yesterday. How long until the Initial Child Protection Conference must be held?",("wda","2026-12-16",15),["ICPC"],{"rel":"yesterday"}),
("indirect","date","2026-12-29","The out-of-hours team held the planning meeting with police and health about a toddler with unexplained bruising on 28 Dec 2026 (bank holiday). When's the deadline for the meeting that decides if she needs a protection plan?",("wda","2026-12-28",15),["ICPC"]),
("scenario","date","2025-04-15","It was Kai-Lumen's 10th birthday on 14/04/2025 and that's the day school disclosed. We held the strategy discussion on 15/04/2025 and the S47 is under way. When does the ICPC need to be held by?",("wda","2025-04-15",15),["ICPC"]),
("indirect","date","2027-08-27","Police, school and health met with us on 27/08/2027 to plan enquiries into a child's injuries. If it goes to a conference, when's the latest date for it?",("wda","2027-08-27",15),["ICPC"]),
# ---- ICPC reports
("scenario","date","2025-12-22","ICPC for Sunny-Marlowe is booked for 06/01/26. My TL is on leave from 29/12 to 02/01 and needs to sign the report off first. What's the latest date the report must reach the chair?",("wdb","2026-01-06",3),["RPTCHAIR"]),
("indirect","date","2026-03-25","The first conference is on 7 April 2026. When does my report need to be with the person chairing it?",("wdb","2026-04-07",3),["RPTCHAIR"]),
("typos","date","2027-04-26","icpc is on tues 4th may whens the latest i can send the report to the chair",("wdb","2027-05-04",3),["RPTCHAIR"]),
("newstarter","date","2025-12-19","Could you tell me the latest date I must share my conference report with the family? The initial conference is on 30/12/2025.",("db","2025-12-30",3),["RPTFAM"]),
("indirect","date","2026-05-18","When do mum and dad need to have seen what I've written for the first protection conference? It's booked for Tuesday 26/05/2026.",("db","2026-05-26",3),["RPTFAM"]),
("manager","date","2027-03-31","ICPC 30/03/27; report went to the chair 24/03/27. Compliant?",("wdb","2027-03-30",3),["RPTCHAIR"],{"verdict":"2027-03-24"}),
("newstarter","age","2028-02-01","The young person in my ICPC was born 29/02/2016 and conference is 20/02/2028. From what date do we have to offer her an advocate?",("age","2016-02-29",(12,0)),["ADV"]),
("indirect","age","2026-01-20","From what date is Juniper (born 01/03/2014) old enough that we must offer her someone to help her take part in her protection conference?",("age","2014-03-01",(12,0)),["ADV"]),
# ---- Core group / CP visits
("scenario","date","2025-12-22","At the ICPC this morning (22/12/25) the children were made subject to CP plans under neglect. The chair set the review conference for 16/03/26. By when must the first core group be held?",("d","2025-12-22",10),["CG"]),
("indirect","date","2026-03-27","The child was put on a protection plan at conference on 27/03/2026. When does the first meeting of the group of professionals and family who flesh out the plan need to happen?",("d","2026-03-27",10),["CG"]),
("typos","date","2027-08-20","cp conf was 19th aug when do we need first core group",("d","2027-08-19",10),["CG"]),
("scenario","date","2025-05-16","Conference on 15/05/2025 made both children subject to plans under neglect. The review conference was set for 14/08/2025. Latest date for the first core group?",("d","2025-05-15",10),["CG"]),
("manager","date","2027-04-20","ICPC 02/04/27, first core group held 13/04/27. Timescale met?",("d","2027-04-02",10),["CG"],{"verdict":"2027-04-13"}),
("scenario","visits","2025-12-23","I did an unannounced CP visit today, 23/12/25, and saw the child alone in her bedroom. She's on a plan since ICPC on 01/10/25. When is the next visit due at the latest?",("w","2025-12-23",4),["CPV"]),
("indirect","visits","2026-03-31","I last saw the boy at home on 30/03/2026 under his protection plan. When must I see him next at the latest?",("w","2026-03-30",4),["CPV"]),
("scenario","visits","2026-08-05","The child went on a CP plan at ICPC on 20/07/26 and the first core group was 29/07/26. I saw him at home alone on 03/08/26. When is the next CP visit due?",("w","2026-08-03",4),["CPV"]),
("manager","visits","2027-02-15","CP visits on file: 05/01/27 then 09/02/27. Was the gap OK?",("w","2027-01-05",4),["CPV"],{"verdict":"2027-02-09"}),
("scenario","visits","2025-12-18","Baby Orla-Moon (DOB 12/11/2025) is on a CP plan. Core group was 10/12/2025 and I saw her at home on 17/12/2025. When is my next statutory visit due?",("w","2025-12-17",4),["CPV"]),
("indirect","visits","2027-05-28","Nursery saw the child on 26/05/2027, but my last time seeing her at home under the protection plan was 04/05/2027. When's my next visit due?",("w","2027-05-04",4),["CPV"]),
# ---- Review CP conference
("indirect","date","2026-12-21","The review conference is Monday 04/01/2027. What's the last day the parents must have my update on how the plan is going?",("db","2027-01-04",3),["RCPPAR"]),
("scenario","date","2026-05-05","Review CP conference is 12/05/26 at 10am; the last core group was 28/04/26. By when must my plan update be available to the conference chair?",("db","2026-05-12",3),["RCPCHAIR"]),
("newstarter","date","2025-08-20","Apologies for the basic question. I have a review child protection conference on 2 September 2025. When do I need to have shared my report with the parents?",("db","2025-09-02",3),["RCPPAR"]),
("indirect","date","2025-11-10","A child has been on a protection plan since the conference on 31/01/2025 and things are not improving. From what date would we need the meeting where professionals step back and rethink how to work with the family?",("m","2025-01-31",12),["PTT"]),
("scenario","date","2024-12-02","Twins went on CP plans at ICPC on 29/02/2024 (neglect). The last review conference was 20/11/2024 and there's been little change. When do they hit 12 months on a plan?",("m","2024-02-29",12),["PTT"]),
# ---- PLO
("scenario","date","2025-12-18","Legal Gateway agreed PLO on 15/12/25 for two children. The PLO letter went out dated 18/12/25 and dad says his solicitor is away until January. When should the first PLO meeting take place?",("d","2025-12-18",10),["PLO1"]),
("indirect","date","2027-03-24","The letter telling parents we're worried enough to think about court, and inviting them to a meeting with their solicitor, is dated 24/03/2027. When should that first meeting be held?",("d","2027-03-24",10),["PLO1"]),
("typos","date","2026-04-28","plo leter dated 28th april when has the meeting got to happen",("d","2026-04-28",10),["PLO1"]),
("scenario","date","2026-06-05","Mum (DOB 05/05/1998) has two children. Legal Gateway on 02/06/2026 agreed PLO and the PLO letter is dated 05/06/2026. When must the first PLO meeting take place?",("d","2026-06-05",10),["PLO1"]),
("manager","date","2025-08-25","PLO letter 07/08/25, first meeting 19/08/25 - within timescale?",("d","2025-08-07",10),["PLO1"],{"verdict":"2025-08-19"}),
("scenario","date","2026-12-23","At the first PLO meeting on 23/12/26 the parents consented to a Family Group Conference; none had been held before. Legal Gateway was on 08/12/26. When must the FGC referral be made?",("wda","2026-12-23",3),["FGC"]),
("indirect","date","2026-04-01","At the first pre-proceedings meeting on 01/04/2026 the parents agreed to a family meeting where the wider family make a plan. When must I send the referral for it?",("wda","2026-04-01",3),["FGC"]),
("newstarter","date","2027-05-28","We held the initial PLO meeting on Friday 28 May 2027 and grandma has been put forward as a possible carer. When do I need to ask the Family Placement Team to screen her?",("wda","2027-05-28",3),["VIA"]),
("indirect","date","2025-08-22","An aunt came forward at the first pre-proceedings meeting today, 22/08/2025, as someone who might care for the kids. What's the deadline for asking for her to be screened?",("wda","2025-08-22",3),["VIA"]),
("typos","date","2025-12-30","plo meeting was 29/12/25 when do minites have to go to parents and solisitor",("d","2025-12-29",7),["MIN"]),
("indirect","date","2026-03-31","After the pre-proceedings meeting today (31/03/2026), when must the notes of what we all agreed go out to the parents and their lawyer?",("d","2026-03-31",7),["MIN"]),
("manager","date","2025-04-28","PLO meeting 15/04/25, minutes sent 24/04/25. In time?",("d","2025-04-15",7),["MIN"],{"verdict":"2025-04-24"}),
("duty","visits","2026-12-15","last plo review mtg 14/12/26, next by latest?",("w","2026-12-14",6),["PLOREV"],{"amb":"The standard gives a 4-6 week range; the latest date is used, the earliest would be 2027-01-11."}),
("indirect","date","2026-01-07","Pre-proceedings started with the letter dated 06/01/2026. When's the planning meeting with our solicitor to check whether we're still over the threshold?",("w","2026-01-06",12),["RLPM"],{"amb":PLOAMB}),
("scenario","date","2026-05-11","We've been in PLO since the letter dated 09/02/2026. The 12-week review legal planning meeting has been held and the case stays in PLO. When will the Legal Gateway meeting be convened?",("w","2026-02-09",16),["LG16"],{"amb":PLOAMB}),
("indirect","date","2025-11-24","At today's 12-week legal planning meeting (24/11/2025) we agreed, exceptionally, to stay in pre-proceedings a bit longer. When does that extra period end?",("w","2025-11-24",4),["EXT4"]),
("duty","date","2027-03-03","plo started 02/03/27 (letter date) - 12wk legal planning mtg when?",("w","2027-03-02",12),["RLPM"],{"amb":PLOAMB}),
# ---- CIN
("indirect","date","2025-12-12","The conference on 12/12/2025 took the child off her protection plan and she'll now be supported as a child in need. By when should the first meeting under the new plan be?",("d","2025-12-12",20),["CIN20"]),
("scenario","date","2027-03-15","The review conference today (15/03/27) ended the CP plan for a 6 year old and the chair agreed an outline CIN plan. The ICPC had been on 14/09/26. What's the latest date for the first CIN meeting?",("d","2027-03-15",20),["CIN20"]),
("scenario","date","2026-04-21","Review conference on 20/04/2026 decided the plan could end. The child turned 9 on 18/04/2026 and the last core group was 30/03/2026. What's the latest date for the first CIN meeting?",("d","2026-04-20",20),["CIN20"]),
("newstarter","date","2025-08-29","Hello! A case transferred to me from Children's First Response on 28/08/2025. When is the initial Child in Need meeting due?",("d","2025-08-28",10),["CIN10"]),
("typos","date","2026-12-29","case come over from cfr 24.12.26 when is the inital cin meeting due",("d","2026-12-24",10),["CIN10"]),
("indirect","date","2025-04-17","A family was handed over to us from the duty and assessment team on 17/04/2025 for ongoing support. When should the first meeting with the family and professionals be?",("d","2025-04-17",10),["CIN10"]),
("manager","date","2026-05-20","Transfer from CFR 05/05/26, initial CIN 18/05/26. Met?",("d","2026-05-05",10),["CIN10"],{"verdict":"2026-05-18"}),
("duty","visits","2025-11-18","last cin review 17/11/25, next by?",("w","2025-11-17",6),["CINREV"]),
("indirect","visits","2027-03-26","We last got everyone together to review the support plan for a child in need on 25 March 2027. Latest date for the next one?",("w","2027-03-25",6),["CINREV"]),
("manager","visits","2026-07-22","CIN reviews held 02/06/26 and 21/07/26. Within standard?",("w","2026-06-02",6),["CINREV"],{"verdict":"2026-07-21"}),
("typos","visits","2025-12-22","last seen at home for cin 20th dec when next",("w","2025-12-20",6),["CINV"]),
("newstarter","visits","2026-04-09","When do I next need to visit a child on a Child in Need plan? I last saw her at home on 8 April 2026.",("w","2026-04-08",6),["CINV"]),
("scenario","visits","2026-06-11","Child (DOB 01/05/2019) on a CIN plan. I saw him at school on 10/06/2026 but the last home visit was 27/05/2026. When is the next CIN visit due?",("w","2026-05-27",6),["CINV"]),
# ---- Children in care
("indirect","date","2025-12-19","A child came into care in an emergency late today (19/12/2025) and there's no up-to-date assessment. When must the assessment of her needs be done?",("wda","2025-12-19",20),["EMERG"]),
("duty","date","2027-04-05","unplanned LAC 02/04/27 - assessment due?",("wda","2027-04-02",20),["EMERG"]),
("typos","date","2026-12-24","kid came into care today 24/12/26 when do i have to visit",("wda","2026-12-24",1),["VIS1","SEEN1"]),
("indirect","date","2026-04-02","A girl moved from one foster home to another on Thursday 2 April 2026. What's the latest I should go and see her?",("wda","2026-04-02",1),["VIS1"]),
("scenario","date","2026-05-22","Young person placed in a new residential home on Fri 22/05/2026 after her foster placement broke down; that placement had started 01/02/2026. When should I visit her?",("wda","2026-05-22",1),["VIS1","SEEN1"]),
("manager","date","2025-09-05","Child placed 29/08/2025, first seen 02/09/2025. Compliant?",("wda","2025-08-29",1),["SEEN1","VIS1"],{"verdict":"2025-09-02"}),
("scenario","date","2025-12-23","A 15 year old (DOB 23/12/2010) was placed with emergency foster carers on her birthday, 23/12/25, after a row at home on 21/12. When must the placement meeting be held?",("wda","2025-12-23",3),["PM3"]),
("indirect","date","2026-04-30","The child moved in with new carers today, 30/04/2026. By when must we meet them to agree things like who can sign for haircuts and school trips?",("wda","2026-04-30",3),["PM3"]),
("newstarter","date","2027-03-25","Hi, when should a placement meeting take place? The child was placed yesterday.",("wda","2027-03-24",3),["PM3"],{"rel":"yesterday"}),
("indirect","date","2026-12-21","The carers need an updated copy of the document saying how they'll look after the child. Placement began on 21/12/2026. By when?",("wda","2026-12-21",5),["PP5"]),
("scenario","date","2025-04-15","A placement with new foster carers began on 15/04/25 (the placement plan went with the child that day). The Easter weekend is coming up. By when must the carers get the updated copy?",("wda","2025-04-15",5),["PP5"]),
("indirect","visits","2026-08-12","Arrangements for the child to see mum and dad were last looked at on 11/08/2026; the permanence plan isn't agreed yet. When must they be looked at again?",("w","2026-08-11",8),["FT8"]),
("duty","visits","2025-12-30","family time last reviewed 29/12/25 next by?",("w","2025-12-29",8),["FT8"]),
("indirect","date","2025-12-15","When does a child who came into care on 12/12/2025 need to have been given the welcome pack and the leaflet about their rights?",("w","2025-12-12",3),["PACK"]),
("scenario","date","2026-03-30","Siblings came into care under s20 on 27/03/2026; the younger one (DOB 27/03/2022) had his birthday the same day. When must they have had their care pack and rights leaflet?",("w","2026-03-27",3),["PACK"]),
("indirect","date","2025-12-22","The child became looked after today, 22/12/2025. By when do school, the GP and the others involved need to know her legal status?",("wda","2025-12-22",5),["LEGAL5"]),
("newstarter","date","2026-05-01","How long do I have to let the other professionals know that a child's legal status has changed now she's in care? She came in today, 1 May 2026.",("wda","2026-05-01",5),["LEGAL5"]),
("scenario","date","2026-12-18","A 9 month old came into care today, 18/12/26, on an interim care order; the hearing before was on 04/12/26. By when must the initial health assessment be carried out?",("wda","2026-12-18",20),["IHA"]),
("indirect","date","2027-03-24","A boy came into care on 24/03/2027. By when must the first health check that every child coming into care gets be done?",("wda","2027-03-24",20),["IHA"]),
("manager","date","2025-09-08","Child became LAC 01/08/2025, IHA done 02/09/2025. Within timescale?",("wda","2025-08-01",20),["IHA"],{"verdict":"2025-09-02"}),
("typos","date","2025-12-29","whens the pep due kid came into care 23/12",("d","2025-12-23",20),["PEP"]),
("indirect","date","2026-08-17","A child started being looked after on 14/08/2026. When should the meeting at school about her education plan happen?",("d","2026-08-14",20),["PEP"]),
("duty","date","2027-03-26","placed 26/03/27, care plan on system by?",("d","2027-03-26",10),["CPLAN10"]),
("indirect","date","2025-12-23","How long after a placement must the document setting out the child's needs and how we'll meet them be on the electronic system? Placement was 22/12/2025.",("d","2025-12-22",10),["CPLAN10"]),
("scenario","date","2025-12-19","Siblings became looked after today, 19/12/25, after police protection on 17/12/25 ended and s20 was agreed. When must the initial Looked After Review take place?",("wda","2025-12-19",20),["LAR"]),
("indirect","date","2026-04-02","A 6-year-old became looked after on Thursday 2 April 2026. What's the latest date for her first review with the independent reviewing officer?",("wda","2026-04-02",20),["LAR"]),
("scenario","date","2027-05-21","A 12 year old (DOB 20/05/2015) came into care on 20/05/27, her birthday, after a strategy discussion on 18/05/27. When must her initial Looked After Review take place?",("wda","2027-05-20",20),["LAR"]),
("scenario","date","2025-08-12","Child (DOB 14/10/2015) was accommodated on 11/08/2025 after a strategy discussion on 08/08/2025. An ICPC booked for 22/08/2025 has been cancelled. When must the initial looked after review be?",("wda","2025-08-11",20),["LAR"]),
("manager","date","2027-01-20","Became LAC 15/12/26; initial LAC review held 14/01/27. In time?",("wda","2026-12-15",20),["LAR"],{"verdict":"2027-01-14"}),
("newstarter","date","2026-04-28","I'm sorry, I'm new - a child became looked after on 27 April 2026. By what date does the first Looked After Review have to be?",("wda","2026-04-27",20),["LAR"]),
("indirect","visits","2027-01-04","A child came into care on 28/12/2026 and hasn't had her first review yet. I saw her on 31/12/2026. When must I see her next?",("w","2026-12-31",1),["LACW"]),
("duty","visits","2025-12-23","lac visit 22/12/25, 1st review done, perm plan not final, next by?",("w","2025-12-22",6),["LAC6"]),
("scenario","visits","2026-04-01","Lad (DOB 02/03/2010) has been in his long-term foster placement since Jan 2024 and it's been confirmed as his permanent home; he's settled. Last statutory visit 30/03/2026. Next visit due?",("w","2026-03-30",12),["LAC12"]),
("indirect","date","2025-12-22","The child's review with her independent reviewing officer is on 05/01/2026. By when does my written report need to be with the reviewing officer?",("db","2026-01-05",3),["IRORPT"]),
("typos","date","2026-03-30","lac review on 7th april when does my report go to the iro",("db","2026-04-07",3),["IRORPT"]),
("indirect","age","2026-11-02","When should we start the plan for leaving care with a girl in our care who was born 31/08/2011?",("age","2011-08-31",(15,6)),["PATH"]),
("duty","age","2025-09-10","YP dob 12/06/2010, pathway plan start date?",("age","2010-06-12",(15,6)),["PATH"]),
("newstarter","age","2026-10-05","Hi, from what date does a pathway plan need starting for a young person born 29/11/2011?",("age","2011-11-29",(15,6)),["PATH"]),
("typos","age","2025-10-14","when do we start pathway plan for yp born 30.8.10",("age","2010-08-30",(15,6)),["PATH"]),
# ---- IRO
("indirect","date","2025-12-18","The reviewing officer raised an informal challenge about drift in a child's plan today, 18/12/2025. If it isn't sorted, when does it turn into a formal dispute?",("wda","2025-12-18",5),["IRO5"]),
("manager","date","2026-05-06","IRO formal dispute raised 30/03/2026 and resolved 30/04/2026. Within timescale?",("wda","2026-03-30",20),["IRO20"],{"verdict":"2026-04-30"}),
("duty","date","2027-05-04","IRO formal dispute started 04/05/27 - resolution by?",("wda","2027-05-04",20),["IRO20"]),
# ---- Adoption
("scenario","age","2026-03-02","Sibling group heading into PLO: Bramble (DOB 15/09/2020) and Thistle (DOB 02/01/2023). The PLO letter goes out soon. Until what date would Bramble still count as young enough to get an adoption social worker and family finder on entering PLO?",("age","2020-09-15",(6,0)),["ADOPT6"]),
("indirect","age","2025-11-03","A child was born 29/02/2020. Up to what date would going into pre-proceedings mean she's automatically given an adoption worker and a family finder?",("age","2020-02-29",(6,0)),["ADOPT6"]),
("indirect","date","2025-12-23","The little one moved in with the adopters on 22/12/2025. From when can they apply to the court to make it permanent?",("w","2025-12-22",10),["AD10"]),
("duty","date","2027-04-02","adoptive placement 01/04/27, AO application from?",("w","2027-04-01",10),["AD10"]),
("scenario","visits","2026-04-07","Adoptive placement began 29/03/2026 and the first LAC review hasn't happened yet. Last visit was 06/04/2026 (the adopters asked for the bank holiday). Next visit due?",("w","2026-04-06",1),["ADW"]),
("newstarter","visits","2026-08-26","Hello, for a child placed for adoption who has had their first Looked After Review, when is the next visit due? Last visit 24/08/2026.",("w","2026-08-24",6),["AD6"]),
# ---- Fostering
("indirect","visits","2025-12-23","I'm the supervising worker. I last went to see one of our foster families on 22/12/2025. When do I have to see them again?",("w","2025-12-22",6),["FCV"]),
("typos","visits","2027-04-06","last supervisng visit to foster carer 1st april next due?",("w","2027-04-01",6),["FCV"]),
("scenario","date","2026-12-24","I did a supervising visit to one of our foster carers on Christmas Eve 2026; their annual review is 15/01/27. When does the visit need recording on LCS?",("wda","2026-12-24",3),["FCREC"]),
("indirect","date","2025-04-17","I saw one of our foster carers at home on 17/04/2025. When does my write-up of that visit need to be on the system?",("wda","2025-04-17",3),["FCREC"]),
("manager","visits","2026-01-26","Last unannounced visit to a foster carer was 15/01/2025, the next one 20/01/2026. Compliant?",("m","2025-01-15",12),["FCUN"],{"verdict":"2026-01-20"}),
("indirect","visits","2024-12-02","When do we next need to drop in on a foster family without warning? The last time was 29/02/2024.",("m","2024-02-29",12),["FCUN"]),
("indirect","date","2026-04-01","A foster carer's yearly review was on 31/03/2026. When's the next one due?",("m","2026-03-31",12),["FCAR"]),
("duty","date","2027-01-11","fc annual review last went to panel 10/06/2024, next panel presentation by?",("m","2024-06-10",36),["FCPANEL"]),
("typos","date","2027-09-01","foster carers dbs was done 3rd dec 2024 when does it need redoing",("m","2024-12-03",36),["FCDBS"]),
("newstarter","date","2026-06-15","Could you tell me when a foster carer's core training needs updating? They last completed it on 28 August 2023.",("m","2023-08-28",36),["FCTRAIN"]),
("indirect","date","2026-12-23","With the Strategic Lead's permission we placed a 14-year-old today (23/12/2026) with carers approved only for under-10s. How long can that arrangement last?",("wda","2026-12-23",6),["VAR"],{"amb":"Start could be read as the date permission was given rather than the placement; same day here."}),
("duty","date","2026-04-01","variation of terms of approval agreed 01/04/26, expires?",("wda","2026-04-01",6),["VAR"]),
("indirect","date","2025-12-19","Grandparents were temporarily approved as foster carers for their grandson on 19/12/2025. When does that approval run out if it isn't extended?",("w","2025-12-19",16),["TEMP16"]),
("manager","date","2025-06-02","Connected person temporary approval from 03/03/2025, extended once by the ADM. Latest end date?",("w","2025-03-03",24),["TEMP16"]),
# ---- Case recording / file
("scenario","date","2026-01-02","On New Year's Eve (31/12/25) I visited the family at home and mum disclosed a new partner. The next core group is 08/01/26. By when must the visit be recorded?",("d","2025-12-31",3),["REC3"]),
("indirect","date","2026-04-07","How long after seeing a family do I have to get the note of it onto the child's file? I saw them last Friday.",("d","2026-04-03",3),["REC3"],{"rel":"last Friday"}),
("manager","date","2026-05-29","Visit on 22/05/26, case note entered 27/05/26. In line with standards?",("d","2026-05-22",3),["REC3"],{"verdict":"2026-05-27"}),
("indirect","date","2026-01-05","The short overview at the top of the child's file was last refreshed on 30/11/2025. By when must it be refreshed again?",("m","2025-11-30",3),["SUMM"]),
("duty","date","2027-06-01","case summary last updated 31/05/27 - next by?",("m","2027-05-31",3),["SUMM"]),
("indirect","date","2026-06-01","The last signed-off assessment on the child was authorised on 28/08/2025. By when does she need a new one so it's still current?",("m","2025-08-28",12),["ASS12"]),
("newstarter","date","2026-02-02","Hello, how recent must a child's assessment be on an open case? The last one was authorised on 5 January 2026 - when does it need redoing?",("m","2026-01-05",12),["ASS12"]),
# ---- choice (two standards plausibly fit)
("duty","choice","2026-03-04","conference was 3/3, what's the next meeting due?",[("d","2026-03-03",10),("d","2026-03-03",20)],["CG","CIN20"],{"labels":["first core group if on a plan","first CIN meeting if de-planned"]}),
("indirect","choice","2026-04-30","The child moved in with her carers today (30/04/2026). When's the deadline for sorting out the plan for how they'll care for her?",[("wda","2026-04-30",3),("wda","2026-04-30",5)],["PM3","PP5"],{"labels":["placement meeting","updated placement plan to carers"]}),
("typos","choice","2027-03-15","icpc 24/03/27 when does my report have to go out",[("wdb","2027-03-24",3),("db","2027-03-24",3)],["RPTCHAIR","RPTFAM"],{"labels":["report to chair","report shared with family"]}),
("duty","choice","2026-12-15","LAC visit 14/12/26, next stat visit?",[("w","2026-12-14",1),("w","2026-12-14",6)],["LACW","LAC6"],{"labels":["weekly until first LAC review","6-weekly after first review"]}),
("newstarter","choice","2026-12-18","Hello, we had the first PLO meeting on Friday 18/12/2026. What's my next deadline coming out of it?",[("wda","2026-12-18",3),("d","2026-12-18",7)],["FGC","VIA","MIN"],{"labels":["FGC referral / viability screening request","minutes to parents and solicitors"]}),
("scenario","choice","2025-08-22","It's 4pm on Friday 22/08/2025. My manager has just decided we need a strategy discussion for a 4 year old with a burn mark nursery reported this morning. By when must it happen?",[("d","2025-08-22",1),("wda","2025-08-22",1)],["STRAT24","STRAT1"],{"labels":["within 24 hours (S47 section)","within 1 working day (Level 4 & 5)"]}),
("indirect","choice","2026-12-21","I went out to one of our foster carers today, 21/12/2026, as their supervising worker. What's my next deadline for them?",[("wda","2026-12-21",3),("w","2026-12-21",6)],["FCREC","FCV"],{"labels":["visit record on LCS","next supervising visit"]}),
("scenario","choice","2026-03-10","Baby Clementine-Rain was placed with her adopters on 02/03/2026 and I visited on 09/03/2026. When's the next statutory visit due?",[("w","2026-03-09",1),("w","2026-03-09",6)],["ADW","AD6"],{"labels":["weekly until first LAC review","6-weekly after first review"]}),
# ---- none (no timescale set in the standards)
("duty","none","2026-01-13","icpc 12/01/26 - 1st RCPC by?",None,["NEXTCONF"],{"why":"No review conference timescale in the standards: the child protection chair sets the date of the next conference."}),
("indirect","none","2025-09-16","The child's first review with the independent reviewing officer was on 15/09/2025. When's the second one due?",None,[],{"why":"Standards set only the initial LAC review (20 working days); no timescale for the second review."}),
("newstarter","none","2026-03-04","How often should core groups be held after the first one? The last core group was 03/03/2026.",None,[],{"why":"Only the first core group has a timescale (10 days of conference); no frequency for later ones."}),
("typos","none","2026-02-03","how often do i need supervision, last one was 2/2/26",None,["SUPPOL"],{"why":"Supervision frequency is left to the supervision policy; the standards set no interval."}),
("manager","none","2026-06-02","Care proceedings issued 01/06/2026 - what's the deadline to conclude them?",None,[],{"why":"The standards set no timescale for concluding care proceedings."}),
("indirect","none","2027-01-05","A teenager in care came back last night after going missing. By when does someone independent need to sit down with her about why she went?",None,[],{"why":"No return-home-interview timescale in the standards."}),
("scenario","none","2026-04-02","Care leaver turned 18 on 01/04/2026 (DOB 01/04/2008). His last pathway plan review was 15/01/2026. When is the next pathway plan review due?",None,[],{"why":"Pathway plan is reviewed by the IRO as part of the statutory review; no separate interval set."}),
("duty","none","2027-05-06","SHOPBA 05/05/27 - outcome letter to parents by?",None,[],{"why":"The standards say parents are sent a letter but give no timescale."}),
("indirect","none","2025-09-02","When does the life story book have to be finished for a child who was placed with adopters on 01/09/2025?",None,[],{"why":"No timescale for the life story book or later life letter in the standards."}),
]


def rel_check(rel, ev, today):
    ev=D.fromisoformat(ev); t=D.fromisoformat(today)
    if rel=="yesterday": assert ev==t-dt.timedelta(1)
    elif rel=="today": assert ev==t
    elif rel=="tomorrow": assert ev==t+dt.timedelta(1)
    elif rel.startswith("last "):   # most recent such weekday strictly before today
        wd=WD.index(rel[5:8].title()); assert ev.weekday()==wd and 1<=(t-ev).days<=7
    elif rel.startswith("on "):     # most recent such weekday before today (past event)
        wd=WD.index(rel[3:6].title()); assert ev.weekday()==wd and 1<=(t-ev).days<=6
    else: raise ValueError(rel)

def main():
    src=open(SRC,encoding="utf-8").read()
    out=[]
    for i,r in enumerate(ROWS,1):
        voice,kind,today,q,spec,keys=r[:6]; opt=r[6] if len(r)>6 else {}
        for k in keys: assert P[k] in src, (i,k)
        if "rel" in opt: rel_check(opt["rel"], spec[1], today)
        if kind=="none":
            due=None; count=opt.get("why","no timescale for this in the standards")
        elif kind=="choice":
            res=[compute(*s) for s in spec]
            due=min(d for d,_ in res)
            count=" | ".join(f"{lab}: {c}" for lab,(d,c) in zip(opt["labels"],res))+f" -> earlier = {due.isoformat()}"
        else:
            due,count=compute(*spec)
        row={"q":q,"today":today,"due":due.isoformat() if due else None,
             "expect_any":[P[k] for k in keys],"count":count,"voice":voice,"kind":kind}
        if opt.get("amb"): row["ambiguous"]=opt["amb"]
        if opt.get("verdict"):  # manager rows: append compliance verdict
            act=D.fromisoformat(opt["verdict"])
            if opt.get("notbefore"): ok=act>=due; row["count"]+=f"; actual {act.isoformat()} -> {'enough notice' if ok else 'not enough notice'}"
            else: ok=act<=due; row["count"]+=f"; actual {act.isoformat()} -> {'in timescale' if ok else 'late'}"
        out.append(row)
    with open(OUT,"w",encoding="utf-8") as f:
        for row in out: f.write(json.dumps(row,ensure_ascii=False)+"\n")
    print(len(out), Counter(r["kind"] for r in out), Counter(r["voice"] for r in out))

if __name__=="__main__": main()
