#!/usr/bin/env python3
"""Oracle for the deadline question set. Standard library only.
Run: python3 oracle.py  -> writes questions.jsonl next to this file and runs checks."""
import json, os, sys, calendar
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"

# England & Wales bank holidays 2024-2028, typed by hand (substitute days included).
BH = {date(*d) for d in [
    (2024,1,1),(2024,3,29),(2024,4,1),(2024,5,6),(2024,5,27),(2024,8,26),(2024,12,25),(2024,12,26),
    (2025,1,1),(2025,4,18),(2025,4,21),(2025,5,5),(2025,5,26),(2025,8,25),(2025,12,25),(2025,12,26),
    (2026,1,1),(2026,4,3),(2026,4,6),(2026,5,4),(2026,5,25),(2026,8,31),(2026,12,25),(2026,12,28),
    (2027,1,1),(2027,3,26),(2027,3,29),(2027,5,3),(2027,5,31),(2027,8,30),(2027,12,27),(2027,12,28),
    (2028,1,3),(2028,4,14),(2028,4,17),(2028,5,1),(2028,5,29),(2028,8,28),(2028,12,25),(2028,12,26),
]}

def _easter(y):  # anonymous Gregorian algorithm, used only to sanity-check the typed list
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
    i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=((h+l-7*m+114)%31)+1
    return date(y,mo,da)
for _y in range(2024,2029):
    _e=_easter(_y)
    assert _e-timedelta(2) in BH and _e+timedelta(1) in BH, _y
    assert sum(1 for d in BH if d.year==_y)==8, _y
    assert all(d.weekday()<5 for d in BH)

DOW = ["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]
def fmt(d): return f"{d.isoformat()} ({DOW[d.weekday()]})"
def is_wd(d): return d.weekday()<5 and d not in BH

def add_wd(d, n, sign=1):
    skipped=[]; cur=d; k=0
    while k<n:
        cur+=timedelta(sign)
        if is_wd(cur): k+=1
        elif cur in BH: skipped.append(cur)
    return cur, sorted(skipped)

def add_months(d, n):
    y=d.year+(d.month-1+n)//12; m=(d.month-1+n)%12+1
    last=calendar.monthrange(y,m)[1]
    return date(y,m,min(d.day,last)), d.day>last

# rule id -> (method, n, [verbatim phrases])
RULES = {
 "fd_contact": ("wd",1,["decisions made by what action are required by a Team Leader within 1 working day"]),
 "init_dec": ("wd",1,["Initial decisions will be made about the action required within 1 working day"]),
 "referral_action": ("wd",1,["Referrals will be actioned by a social worker within 1 working day"]),
 "s47_seen": ("cal",0,["the child / children will be seen by the Social Worker the same day"]),
 "s47_progress": ("cal",5,["Within 5 days of the Section 47 being initiated"]),
 "allocate": ("wd",3,["allocated to a social worker to complete a Child and Family Assessment within 3 working days"]),
 "assess_review": ("wd",15,["All assessments will be reviewed by the Team Leader within 15 working days"]),
 "assess_complete": ("cal",45,["Assessments must all be completed within 45 days"]),
 "strat": ("wd",1,["this must happen within 1 working day and should be chaired by a social work manager","A strategy discussion within 24 hours involving all relevant agencies"]),
 "transfer_notice": ("cal",5,["Within the 5 days’ notice period, the Children’s First Response Social Worker"]),
 "icpc": ("wd",15,["Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion"]),
 "rep_family": ("calb",3,["The report will be shared with family at least 3 the days prior to conference"]),
 "rep_chair": ("wdb",3,["The report will be sent to the child protection chair 3 working days before the conference"]),
 "advocate12": ("age",(12,0),["if they are 12 or over they should be offered an advocate"]),
 "core_group": ("cal",10,["held within 10 days of the conference and is used to put detail on the outline CP plan"]),
 "cp_visit": ("cal",28,["Visits to a child subject to a CP plan will take place at least every 4 weeks"]),
 "rcpc_rep_parents": ("calb",3,["This report must be shared with parents at least 3 days prior to the review conference"]),
 "rcpc_rep_chair": ("calb",3,["The report will be available to the conference chair at least 3 days prior to the review conference"]),
 "cp_12m": ("mon",12,["when they have been subject to a plan for 12 months"]),
 "plo_first": ("cal",10,["The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter"]),
 "fgc_ref": ("wd",3,["Referral should be made within 3 working days of the first PLO meeting"]),
 "viability": ("wd",3,["Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting"]),
 "plo_minutes": ("cal",7,["distributed to parents and their legal representation within 7 days of the meeting"]),
 "plo_review": ("cal",42,["Review PLO meetings with parents to be held every 4-6 weeks"]),
 "plo_12wk": ("cal",84,["A review legal planning meeting will be held at 12 weeks"]),
 "plo_16wk": ("cal",112,["If the case remains in PLO a Legal Gateway meeting will be convened at 16 weeks"]),
 "cin_deplan": ("cal",20,["will set the first CIN meeting within 20 days"]),
 "cin_transfer": ("cal",10,["When a case transfers from Trafford Childrens First Response the initial CIN meeting must take place within 10 days"]),
 "cin_review": ("cal",42,["CIN review meetings will be held at least every 6 weeks"]),
 "cin_visit": ("cal",42,["A child subject to a CIN plan will be seen at least every 6 weeks"]),
 "lac_assess": ("wd",20,["If it is an emergency / unplanned admission the assessment will be completed within 20 working days"]),
 "lac_visit1": ("wd",1,["The child will be visited within 1 working day of coming into care or having a change in placement","All looked after children will be seen within 1 working day of placement"]),
 "placement_mtg": ("wd",3,["The placement meeting will be held within 3 working days"]),
 "placement_plan": ("wd",5,["an updated copy given to the carers within 5 working days of the placement beginning"]),
 "family_time": ("cal",56,["reviewed at least every 8 week until the plan for permanence is agreed"]),
 "care_pack": ("cal",21,["The child will be provided with a coming into care pack, children rights leaflet within 3 weeks"]),
 "legal_status": ("wd",5,["All other professionals involved with the child will be informed of the child’s legal status within 5 working days"]),
 "iha": ("wd",20,["An initial health assessment will be requested and carried out within 20 working days"]),
 "pep": ("cal",20,["A PEP meeting will be arranged within the school within 20 days"]),
 "lac_weekly": ("cal",7,["Statutory looked after visits must happen weekly until the first looked after review"]),
 "lac_6wk": ("cal",42,["then a minimum of every 6 weeks thereafter until the plan for permanence is finalised"]),
 "lac_12wk": ("cal",84,["Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement"]),
 "care_plan": ("cal",10,["An up to date care plan will be recorded on the electronic system within 10 days of placement"]),
 "lac_review1": ("wd",20,["The initial Looked After Review must take place within 20 working days of the child becoming looked after"]),
 "pathway": ("age",(15,6),["A pathway plan will be started when the young person is 15 years 6 months"]),
 "iro_report": ("calb",3,["this will be with the IRO 3 days before the review"]),
 "iro_informal": ("wd",5,["If the challenge is not resolved within 5 working days a formal dispute will be raised"]),
 "iro_formal": ("wd",20,["The formal dispute resolution process should be completed from start to finish within 20 working days"]),
 "adopt_age6": ("age",(6,0),["If a child under the age of 6 enters PLO or proceedings"]),
 "adopt_weekly": ("cal",7,["Once the child is placed weekly statutory visits will take place until the first Looked After Review"]),
 "adopt_6wk": ("cal",42,["visits will be a minimum of 6 weekly until the Adoption Order is Granted"]),
 "adopt_10wk": ("cal",70,["Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order"]),
 "fc_visit": ("cal",42,["Trafford foster carers are visited at least once every six weeks"]),
 "fc_record": ("wd",3,["a record of this visit is recorded on LCS within 3 working days"]),
 "fc_unannounced": ("mon",12,["All Trafford foster carers will have an unannounced visit at least once every 12 months"]),
 "fc_annual": ("mon",12,["All Trafford foster carers will have an annual review including an updated Safer Caring Policy"]),
 "fc_panel3": ("mon",36,["Every foster carer will have an annual review presented to the Fostering Panel at least every three years"]),
 "fc_dbs": ("mon",36,["All foster carers will have updated statutory references, medicals and DBS checks at least every three years"]),
 "fc_training": ("mon",36,["All Trafford foster carers must update their core training at least every three years"]),
 "variation": ("wd",6,["This can only be given for up to 6 working days"]),
 "temp_approval": ("cal",112,["Temporary approval is for 16 weeks but can be extended for a further 8 weeks"]),
 "temp_extended": ("cal",168,["Temporary approval is for 16 weeks but can be extended for a further 8 weeks"]),
 "recording": ("cal",3,["any event or contact is recorded within 3 days"]),
 "case_summary": ("mon",3,["A clear and concise case file summary which has been updated within the last 3 months"]),
 "assess_12m": ("mon",12,["An up to date assessment (within the last 12 months) on each child and has been authorised by a manager"]),
}

def compute(rule, ev):
    m, n, ph = RULES[rule]
    if m=="wd":
        d, sk = add_wd(ev, n)
        c = f"{n} working day{'s' if n>1 else ''} after {fmt(ev)} -> {fmt(d)}"
        if not is_wd(ev): c += f"; event day is not a working day, counting from it"
        if sk: c += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
    elif m=="wdb":
        d, sk = add_wd(ev, n, -1)
        c = f"{n} working days before {fmt(ev)} -> {fmt(d)}"
        if sk: c += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
    elif m=="cal":
        d = ev+timedelta(n)
        if n==0: c = f"same day as {fmt(ev)} -> {fmt(d)}"
        elif n%7==0 and n>=21: c = f"{n//7} weeks ({n} days) after {fmt(ev)} -> {fmt(d)}"
        else: c = f"{n} calendar days after {fmt(ev)} -> {fmt(d)}"
        if d in BH: c += "; lands on a bank holiday (calendar-day count, not moved)"
    elif m=="calb":
        d = ev-timedelta(n); c = f"{n} calendar days before {fmt(ev)} -> {fmt(d)}"
    elif m=="mon":
        d, cl = add_months(ev, n); c = f"{n} months after {fmt(ev)} -> {fmt(d)}"
        if cl: c += " (clamped to end of month)"
    elif m=="age":
        y, mo = n
        if ev.month==2 and ev.day==29 and mo==0:
            ty = ev.year+y
            if calendar.isleap(ty): d=date(ty,2,29); c=f"DOB {ev.isoformat()} + {y} years -> {fmt(d)} (leap year, 29 Feb exists)"
            else: d=date(ty,3,1); c=f"DOB {ev.isoformat()} + {y} years -> {fmt(d)} (29 Feb birthday: 1 March in non-leap year)"
        else:
            d, cl = add_months(ev, 12*y+mo)
            c = f"DOB {ev.isoformat()} + {y} years" + (f" {mo} months" if mo else "") + f" -> {fmt(d)}"
            if cl: c += " (no such day in that month: last day of month)"
    return d, c, ph

def resolve(tok, today):
    if isinstance(tok, date): return tok
    if tok=="T": return today
    if tok.startswith("T-"): return today-timedelta(int(tok[2:]))
    if tok.startswith("T+"): return today+timedelta(int(tok[2:]))
    if tok.startswith("last:"):   # most recent such weekday strictly before today
        wd = DOW.index(tok[5:]); d = today-timedelta(1)
        while d.weekday()!=wd: d-=timedelta(1)
        return d
    raise ValueError(tok)

def D(s):
    y,m,d = s.split("-"); return date(int(y),int(m),int(d))

# ---- row specs: (voice, kind, rule, event, today, question[, ambiguous])
ROWS = [
# ---- Front Door
("duty","date","fd_contact","2025-12-19","2025-12-19","contact in fri 19/12/25 - TL decision by when?"),
("indirect","date","fd_contact","2025-12-24","2025-12-24","a contact has just come into the front door this afternoon (christmas eve) - how long has the team leader got to decide what we're doing with it?"),
("typos","date","init_dec","2026-04-02","2026-04-02","referal came in 2.4.26 level 4, when does the TL have to make the intial decision by"),
("scenario","date","referral_action","last:Fri","2026-05-02","I'm covering duty this weekend. A referral came in yesterday afternoon from school about a 7 year old (DOB 14/02/2019) with a mark on his face, and the TL has said it needs a social worker. What's the latest a social worker has to action it?"),
("manager","date","referral_action","2026-08-28","2026-09-03","Referral received 28/08/2026, not actioned by a SW until 01/09/2026. Was that within timescale?"),
("indirect","date","s47_seen","T","2026-03-10","if a child protection enquiry gets started this morning, by when do we actually have to have seen the kids?"),
("newstarter","date","s47_progress","2025-12-30","2026-01-02","Hello, sorry if this is a basic question - a Section 47 enquiry was started on 30 December 2025. By when should I have the progress discussion with my manager?"),
("indirect","date","s47_progress","2027-03-26","2027-03-26","the child protection enquiry kicked off today (good friday, great). when do me and my manager need to sit down and agree next steps?"),
("duty","date","s47_progress","T-1","2026-05-15","s47 initiated yday - SW/mgr progress discussion by?"),
("typos","date","allocate","2025-12-23","2025-12-23","decision made today 23rd dec that it needs a c&f assesment, when does it need allocating to a sw by"),
("indirect","date","allocate","last:Thu","2026-04-07","How long does the team leader have to put a worker on LCS to do the assessment once it's decided one is needed? Decision was made Thursday just gone."),
("scenario","date","assess_review","2025-12-24","2025-12-29","Referral came in on 22 December from health visitor, and I started the Child and Family Assessment on 24/12/25. Mum's due to give birth in February. When does my TL need to have reviewed the assessment?"),
("indirect","date","assess_review","2026-04-13","2026-04-14","how long before my manager has to have a look over the assessment I started on 13 April?"),
("typos","date","assess_complete","2025-11-20","2025-12-01","assesment started 20/11/25 when has it got to be finshed"),
("scenario","date","assess_complete","2026-03-04","2026-03-06","Mum rang the front door on 2 March and the Child and Family Assessment was started on 4/3/26 after the TL decision. The child's birthday is 28/04. When's the assessment due to be completed?"),
("manager","date","assess_complete","2025-09-01","2025-11-03","Audit q: C&FA started 01/09/25, completed and authorised 20/10/25 - in timescale?"),
("indirect","date","assess_complete","2027-02-10","2027-02-15","the main assessment we do on every child who comes to us - I started it on the 10th of this month, how long do I have in total to finish it?"),
("newstarter","date","strat","2026-12-31","2026-12-31","Hi, my manager decided on 31 December 2026 that we need a strategy discussion. I'm not sure of the rules - when does it have to be held by?","The S47 section also says 'within 24 hours', which read literally as clock hours would fall on 1 January 2027, a bank holiday."),
("indirect","date","strat","T","2026-05-22","Manager's just decided we need to get police, health and school together to talk this one through (decided today) — how quickly has that got to happen?","The S47 section also says 'within 24 hours', which read as clock hours would be Saturday 23 May 2026."),
("scenario","date","transfer_notice","2025-08-18","2025-08-18","The C&F assessment says this one should go to a Neighbourhood Team at CIN. I emailed the Neighbourhood Team today, Monday 18 August 2025, to give them notice. By when do we need to have done the joint visit with the new worker?","The standard says 5 days' notice without saying working days; a reader might count 5 working days (26 August 2025, skipping the bank holiday)."),
# ---- S47 / ICPC
("duty","date","icpc","2025-12-19","2025-12-22","strat 19/12/25 icpc by?"),
("typos","date","icpc","2026-04-08","2026-04-09","strat was 8.4.26 wen does icpc need to be held by"),
("scenario","date","icpc","2027-05-14","2027-05-21","We held the initial strat on 14 May 2027 and a second strat on 20 May after new info came in from the police. Child is 9 (DOB 03/06/2017). When's the ICPC due by?"),
("indirect","date","icpc","T-1","2026-08-27","the first big child protection meeting with the family and all the agencies - the police/health/school discussion that kicked everything off was yesterday. what's the deadline for holding it?"),
("manager","date","icpc","2026-01-02","2026-01-26","ICPC held 20/01/26, strat 02/01/26 - was that in timescale?"),
("newstarter","date","icpc","2026-12-23","2026-12-23","Hi, I'm new to the team - could you tell me when the Initial Child Protection Conference has to be held by if the strategy discussion was on 23rd December 2026?"),
("indirect","date","icpc","2027-03-24","2027-03-24","when's the latest we can have the multi-agency meeting that decides whether a child needs a protection plan? we had the initial discussion with police and health today, 24th march"),
("scenario","date","rep_family","2026-01-12","2026-01-05","Two children, ages 4 and 7, going to ICPC on 12 January 2026 after the strat on 22 December. Dad lives separately and also needs a copy. When do I have to share my report with the family by?"),
("indirect","date","rep_family","2026-01-06","2025-12-22","The first conference is on Tuesday 6 January. What's the last day mum and dad can get my report so they've had enough time to read it?"),
("typos","date","rep_chair","2026-04-07","2026-03-27","icpc on 7/4/26 when has my report got to be with the chair"),
("indirect","date","rep_chair","2027-01-04","2026-12-17","the person chairing the initial conference - when do they need my signed-off report? conference is Monday 4 January 2027"),
("scenario","date","rep_chair","2026-06-02","2026-05-20","The ICPC has been booked for 2 June 2026 at 10am. Strat was 19 May. My TL is on leave on 29 May so I need to plan sign-off. When does the report actually have to be with the CP chair?"),
("newstarter","date","rep_chair","2025-08-28","2025-08-18","Could you tell me please when the chair needs the report for an initial conference on 28/08/2025?"),
("typos","age","advocate12","2016-02-29","2027-11-02","yp has icpc coming up, dob 29/02/16 - when do they turn 12 so we offer an advocate"),
("scenario","age","advocate12","2014-11-14","2026-10-20","Sibling group of three going to ICPC next month. Oldest DOB 14/11/2014, middle 08/06/2017, youngest 02/02/2020. When does the oldest reach the age where they should be offered an advocate for conference?"),
("manager","age","advocate12","2015-03-01","2027-03-22","Auditing an ICPC held 10/03/2027: child's DOB is 01/03/2015 and no advocate was offered. On what date did she become old enough that one should have been?"),
# ---- CP plans
("newstarter","date","core_group","2025-12-22","2025-12-22","The Initial Child Protection Conference was held on 22 December 2025 and the children were made subject to plans. When does the first core group need to be held by, please?"),
("indirect","date","core_group","2025-04-16","2025-04-17","the first meeting of the smaller group that puts the detail on the protection plan - conference was on the 16th of april, when's that got to be by?"),
("typos","date","core_group","2026-03-03","2026-03-04","conf was 3rd march wen is 1st core group due"),
("manager","date","core_group","2026-05-05","2026-05-20","ICPC 05/05/26, first core group held 18/05/26. In timescale?"),
("scenario","date","core_group","2027-08-24","2027-08-25","Yesterday's ICPC made both children subject to CP plans under neglect. The chair pencilled the review conference in for November and mum's next appointment with the GP is 6 September. When must the first core group be held?"),
("duty","visits","cp_visit","2025-12-23","2026-01-05","CP visit done 23/12/25 - next by?"),
("indirect","visits","cp_visit","2026-04-01","2026-04-13","child on a protection plan, I last saw her at home on 1st April — what's the latest I can next see her?"),
("typos","visits","cp_visit","2027-03-27","2027-04-01","last cp vist was 27.3 when is next one due"),
("manager","visits","cp_visit","2025-05-02","2025-06-10","CP child seen at home 02/05/25 and next seen at home 03/06/25 — compliant?"),
("scenario","visits","cp_visit","2026-07-10","2026-07-15","The twins are on CP plans. I saw them at home on 10 July 2026 and then saw them at school on 14 July. When's my next statutory CP visit due?"),
("scenario","date","rcpc_rep_parents","2026-04-09","2026-03-30","Review conference is on Thursday 9 April 2026, six months after the ICPC of 9 October 2025. Mum has asked for the paperwork in good time as she has a learning disability. When's the latest she must get my plan update?"),
("indirect","date","rcpc_rep_parents","2026-01-02","2025-12-15","the review meeting for a child already on a plan is on 2 Jan — when do the parents need to have my update?"),
("newstarter","date","rcpc_rep_chair","2025-12-29","2025-12-15","When does the chair need my plan update for the review child protection conference on 29 December 2025, please?"),
("scenario","date","cp_12m","2025-03-17","2026-01-12","Child became subject to a CP plan at ICPC on 17/03/2025 and the review conference in September kept her on the plan. Progress is slow. When does she hit the point where we'd need a professional thinking time meeting?"),
("indirect","date","cp_12m","2026-01-31","2026-09-01","she's been on a protection plan since 31 January 2026 and things aren't moving — when does she reach the length of time where we should meet to think about working differently with the family?"),
# ---- PLO
("scenario","date","plo_first","2025-12-22","2025-12-22","Legal Gateway on 18 December agreed PLO and the letter before proceedings went out dated 22 December 2025. Mum's solicitor is on leave until the new year. When's the first PLO meeting due by?"),
("indirect","date","plo_first","2026-03-27","2026-03-30","the letter that starts pre-proceedings went out dated 27 March — when's the latest we can have the meeting with parents and their solicitor?"),
("typos","date","plo_first","2026-04-30","2026-05-01","plo leter was 30/4 when does 1st meeting need to be"),
("manager","date","plo_first","2025-08-12","2025-09-01","PLO letter dated 12/08/2025, first PLO meeting held 26/08/2025 — within timescale?"),
("scenario","date","plo_first","2027-02-05","2027-02-08","Legal Gateway agreed PLO on 3 Feb 2027 and the PLO letter went out dated 5 Feb 2027. Dad hasn't instructed a solicitor yet. When does the first PLO meeting need to happen by?"),
("newstarter","date","fgc_ref","2026-03-31","2026-03-31","Hello - at the first PLO meeting on 31 March 2026 the parents consented to a Family Group Conference. When does the referral need to be made by?"),
("indirect","date","fgc_ref","T","2025-12-23","parents agreed at today's first pre-proceedings meeting to a family meeting to make a plan with the wider family — how long have I got to make the referral?"),
("indirect","date","viability","2026-05-22","2026-05-22","at the first PLO meeting today nan was put forward as someone who could care for the kids. when does the request to screen her need to go to family placement?"),
("typos","date","viability","2025-04-15","2025-04-16","initial plo meting 15/4/25 aunt put forward, viabilty request by when"),
("newstarter","date","viability","2026-12-24","2026-12-24","Sorry, what is the deadline to ask the Family Placement Team to screen an uncle for a viability assessment? The first PLO meeting was today, Thursday 24 December 2026."),
("scenario","date","plo_minutes","2026-12-30","2026-12-31","The first PLO meeting was held on 30 December 2026 with both parents and their solicitor; the next review PLO meeting is pencilled for February. When do the minutes with the agreed expectations have to go out to the parents and their legal reps?"),
("indirect","date","plo_minutes","last:Thu","2026-04-07","how long after the pre-proceedings meeting have we got to get the notes of what was agreed out to parents and their solicitor? meeting was last Thursday"),
("manager","date","plo_minutes","2025-05-01","2025-05-20","PLO meeting 01/05/25, minutes sent to parents and solicitors 09/05/25 — in timescale?"),
("duty","visits","plo_review","2026-03-16","2026-03-17","last PLO review mtg 16/3/26 next one by?","The standard says every 4-6 weeks; a reader might give 13 April 2026 (4 weeks) as the answer rather than the 6-week outer limit."),
("scenario","visits","plo_review","2027-04-28","2027-05-04","We're in PLO for two children. Initial PLO meeting was 2 March 2027, and the last review PLO meeting with parents was 28 April 2027. When's the latest the next review PLO meeting can be?","The standard says every 4-6 weeks; a reader might give 26 May 2027 (4 weeks) rather than the 6-week outer limit."),
("scenario","date","plo_12wk","2026-01-06","2026-02-02","PLO started with the letter dated 06/01/2026 and the first meeting was on 15/01/2026. When should the review legal planning meeting be held?","The standard does not say what the 12 weeks run from; counting from the first PLO meeting gives 9 April 2026."),
("indirect","date","plo_16wk","2025-09-01","2025-11-10","if the case is still in pre-proceedings, when's the gateway meeting with the strategic lead? we went into PLO on 1 September 2025 (date of the letter)","The standard does not say what the 16 weeks run from; counted here from the PLO letter."),
("duty","date","plo_12wk","2027-02-24","2027-03-01","PLO letter 24/02/27 - review legal planning mtg at?","The standard does not say what the 12 weeks run from; counted here from the PLO letter."),
# ---- CIN
("scenario","date","cin_deplan","2025-12-15","2025-12-16","At the review conference on 15 December 2025 the chair agreed the children could come off their CP plans and set out an outline CIN plan. Youngest turns 3 on 2 January. When must the first CIN meeting be held?"),
("indirect","date","cin_deplan","T","2026-07-20","conference decided today she no longer needs a protection plan and will be supported as a child in need instead — when does the first meeting under that plan have to happen?"),
("typos","date","cin_deplan","2027-05-12","2027-05-13","rcpc on 12th may 27 took them off the plan, wen is 1st cin meeting due"),
("newstarter","date","cin_transfer","2026-05-22","2026-05-26","Could you help please? A case transferred to me from Trafford Children's First Response on Friday 22 May 2026. By when should the initial CIN meeting happen?"),
("scenario","date","cin_transfer","2025-12-29","2025-12-30","The C&F assessment was signed off on 19 December and the case transferred from Children's First Response to our Neighbourhood Team on 29 December 2025. When does the initial CIN meeting need to happen?"),
("newstarter","date","cin_transfer","2026-08-27","2026-08-28","Hi, I've just been allocated a case that came over from Children's First Response yesterday (27/08/2026). When should the first Child in Need meeting take place by?"),
("indirect","visits","cin_review","2026-04-03","2026-04-07","last meeting to review the child in need plan was on 3 April — when's the next one due at the latest?"),
("typos","visits","cin_review","2025-07-14","2025-07-20","last cin reveiw 14/7 when is next"),
("manager","visits","cin_review","2025-11-10","2026-01-12","CIN reviews held 10/11/25 and 05/01/26 — was the gap within standard?"),
("scenario","visits","cin_visit","2025-12-24","2026-01-05","Child on a CIN plan - I did a home visit on Christmas Eve 2025 and saw him at school on 8 January with his teacher. When's the latest date for his next CIN visit?"),
("scenario","visits","cin_visit","2027-08-20","2027-09-06","He's on a CIN plan. I saw him at home on 20/08/27 and again at his nan's on 02/09/27. When's his next visit due?"),
("indirect","visits","cin_visit","2026-05-01","2026-05-05","a child we support under a child in need plan - I last saw him at home on 1st May, by when do I need to see him again?"),
# ---- Children in care
("scenario","date","lac_assess","2025-12-24","2025-12-24","Police protection tonight (24/12/25), so an unplanned admission to care. Child is 11, DOB 02/01/2014. No assessment of needs on file yet. When does it need to be completed by?"),
("indirect","date","lac_assess","2027-03-24","2027-03-25","he came into care in an emergency last night (24 march), unplanned. how long have we got to get his assessment of needs done?"),
("typos","date","lac_visit1","2026-08-28","2026-08-28","kid came into care today fri 28/8 wen do i have to visit by"),
("indirect","date","lac_visit1","2025-12-24","2025-12-24","she's moving to new carers today, 24 December — how quickly do I need to go and see her in the new home?"),
("manager","date","lac_visit1","2027-04-01","2027-04-12","Placement change 01/04/27, child visited 05/04/27. In timescale?"),
("newstarter","date","placement_mtg","2026-04-02","2026-04-02","Sorry if this is obvious - a child was placed with carers on Thursday 2 April 2026. When does the placement meeting need to be held by?"),
("indirect","date","placement_mtg","2026-12-23","2026-12-23","the meeting with the new carers to agree delegated authority and share more info — child went there today, 23rd december. when's it due?"),
("newstarter","date","placement_mtg","2025-05-02","2025-05-02","Could you help me with the placement meeting? The child was placed with foster carers today, Friday 2 May 2025. When does it need to be held by?"),
("indirect","date","placement_plan","last:Wed","2026-05-26","when do the carers need the updated version of the placement plan? he moved in last Wednesday"),
("typos","date","placement_plan","2025-12-19","2025-12-22","placment started 19.12.25 when do carers need the updated placment plan"),
("duty","visits","family_time","2026-01-05","2026-01-06","family time arrangements last reviewed 5/1/26 - next review by?"),
("indirect","visits","family_time","2025-10-30","2025-11-03","we last looked again at how often he sees mum and his brothers on 30 October, permanence plan not agreed yet. when do we have to look at it again?"),
("indirect","date","care_pack","2025-12-19","2025-12-22","the welcome pack and rights leaflet for a child new to care - she came in on 19/12/2025, when should she have it by?"),
("typos","date","care_pack","2026-03-28","2026-03-30","came into care sat 28/3 when do they get the care pack"),
("scenario","date","legal_status","2025-12-22","2025-12-22","She came into our care on 22 December 2025 under an ICO made that afternoon. School, GP and CAMHS are involved. When do I need to have told all of them about her legal status?"),
("indirect","date","legal_status","2027-03-25","2027-03-26","she was accommodated yesterday (25/3). how long do I have to let school, GP etc. know she's now in our care and on what legal basis?"),
("scenario","date","iha","2026-03-30","2026-03-30","He became looked after on Monday 30 March 2026 after a placement with his grandparents broke down (he'd lived there since 2022). When does his initial health assessment need to be carried out by?"),
("indirect","date","iha","2025-12-15","2025-12-16","the health check the doctor does when a child first comes into care - he came in on 15 December, when's it got to be done?"),
("manager","date","iha","2026-04-22","2026-06-01","Child became looked after 22/04/2026, initial health assessment completed 21/05/2026. Within timescale?"),
("newstarter","date","pep","2025-08-19","2025-08-20","Hi, a child on my caseload came into care on 19 August 2025. When should the PEP meeting at school be arranged by?","The standard does not say what the 20 days run from; counted from the child coming into care."),
("indirect","date","pep","2026-04-13","2026-04-14","the meeting at school about his education plan as a looked after child - he came into care on 13 April, how long have we got?","The standard does not say what the 20 days run from; counted from the child coming into care."),
("duty","visits","lac_weekly","2025-12-30","2025-12-31","new LAC, 1st review not till mid Jan. last visit 30/12/25 - next by?"),
("scenario","visits","lac_weekly","2026-05-22","2026-05-26","He came into care on 11 May 2026 and his first LAC review is booked for 5 June. I last visited him on Friday 22 May. When do I next need to visit?"),
("duty","visits","lac_6wk","2026-03-30","2026-04-01","LAC visit 30/3, past 1st review, no perm plan yet - next stat visit by?"),
("scenario","visits","lac_6wk","2025-11-20","2025-12-01","She's been in care since June 2025, had her first and second LAC reviews, and the permanence plan isn't finalised. I saw her on 20 November at her foster home. When is her next statutory visit due?"),
("typos","visits","lac_6wk","2027-07-15","2027-07-20","lac stat visit was 15/7/27 (had 1st review) when is next"),
("scenario","visits","lac_12wk","2026-06-10","2026-06-15","Young person has been in his permanent long-term foster placement since 2023 and is really settled, so visits have gone to the longer interval. Last visit was 10 June 2026. When's the next one due?"),
("indirect","visits","lac_12wk","2025-10-01","2025-10-02","girl who's been settled in her forever foster home for over two years so we've moved to the less frequent visits — last saw her 1st October, next one due?"),
("scenario","date","care_plan","2026-12-24","2026-12-29","Emergency placement with foster carers on Christmas Eve 2026 after mum's arrest the night before. When does the up to date care plan need to be recorded on the system by?"),
("indirect","date","care_plan","2025-05-23","2025-05-27","the plan setting out all his needs and how the placement meets them needs to be on the system — he was placed on 23 May. deadline?"),
("scenario","date","lac_review1","2025-12-18","2025-12-19","Came into care on 18 December 2025 (sibling came in a week earlier on 11 December). When does the initial Looked After Review have to be for the younger one who came in on the 18th?"),
("indirect","date","lac_review1","2026-05-01","2026-05-05","the first review with the IRO after a child comes into care — she was accommodated on 1 May. when's it got to happen?"),
("manager","date","lac_review1","2027-03-15","2027-04-20","Child became looked after 15/03/2027, initial LAC review held 14/04/2027. In timescale?"),
("typos","date","lac_review1","2026-08-20","2026-08-21","bcame lac 20th aug 26 wen is the first lac reveiw due"),
("scenario","date","lac_review1","2025-04-14","2025-04-15","Child was placed on a s20 on 14 April 2025 after mum went into hospital on 10 April. An ICO hearing is listed for 25 April. When is the initial looked after review due?"),
("duty","age","pathway","2010-08-31","2025-11-03","DOB 31/08/2010 - pathway plan to start when?"),
("indirect","age","pathway","2011-05-15","2026-09-01","when do we have to start the plan for leaving care for a lad born 15 May 2011?"),
("newstarter","age","pathway","2012-01-10","2027-01-04","Hello, a young person I work with was born on 10/01/2012. When should their pathway plan be started?"),
("newstarter","date","iro_report","2026-01-05","2025-12-22","I've got my first LAC review on 5 January 2026. Please could you tell me when my written report has to be with the IRO?"),
("indirect","date","iro_report","2027-04-01","2027-03-22","my written report for the child's review with the independent reviewing officer — review is 1 April, when does the IRO need it?"),
("typos","date","iro_report","2025-05-06","2025-04-28","lac reveiw tues 6/5/25 when does iro need my report"),
("scenario","age","adopt_age6","2020-04-30","2026-01-19","Sibling pair: older one DOB 12/09/2017, younger one DOB 30/04/2020. We're likely to go into PLO in the spring. When does the younger child turn the age where they'd no longer get an adoption social worker and family finder allocated on entering PLO?"),
("indirect","age","adopt_age6","2021-02-28","2026-11-09","little girl born 28 Feb 2021 - when does she stop being young enough for the adoption worker and family finder to be brought in when we start pre-proceedings?"),
# ---- IRO
("indirect","date","iro_informal","2025-12-22","2025-12-22","the IRO raised a concern about drift with me informally today (Monday 22 December) — when does it go formal if we haven't sorted it?"),
("scenario","date","iro_informal","2026-04-01","2026-04-02","The IRO emailed an informal challenge about drift in the care plan on 1 April 2026. My manager is on leave over Easter. If we don't resolve it, when does it become a formal dispute?"),
("manager","date","iro_formal","2026-05-01","2026-06-15","Formal IRO dispute raised 01/05/2026, closed 29/05/2026. Completed within timescale?"),
("typos","date","iro_formal","2027-12-20","2027-12-21","formal dispute from iro started 20/12/27 when does it have to be finished by"),
# ---- Adoption
("duty","visits","adopt_weekly","2026-01-07","2026-01-08","placed for adoption 2/1, no LAC rv yet, last visit 7/1/26 - next?"),
("indirect","visits","adopt_6wk","2025-08-22","2025-08-26","baby's living with her new adoptive family, first review done, order not granted yet. last saw them 22/08. when's the next visit due?"),
("indirect","date","adopt_10wk","2026-01-02","2026-01-05","the little one moved in with the adopters on 2 Jan 2026 — what's the earliest they can apply to court to make it permanent?"),
("scenario","date","adopt_10wk","2027-02-15","2027-03-01","Matching panel was 20 January 2027, introductions began 8 February and the child moved in with the adopters on 15 February 2027. When can they apply for the Adoption Order?"),
("duty","date","adopt_10wk","2025-05-27","2025-06-02","adoptive placement 27/05/25 - earliest AO application?"),
# ---- Fostering
("scenario","visits","fc_visit","2025-12-22","2026-01-05","I'm the SSW for a couple who have had two placements this year. My last supervisory visit was 22 December 2025 and their annual review is in March. When's my next visit due by?"),
("indirect","visits","fc_visit","2026-08-26","2026-08-27","I'm the supervising worker for a couple who foster for us - last went out to see them on 26 August. When do I have to go again?"),
("typos","date","fc_record","2025-12-24","2025-12-24","visted my foster carers 24/12/25 when does it need writing up on lcs"),
("manager","date","fc_record","2026-04-02","2026-04-10","SSW visit to foster carers 02/04/26, recorded on LCS 08/04/26. Within timescale?"),
("indirect","date","fc_unannounced","2025-03-19","2026-02-02","when's the next time we have to turn up without warning at a foster carer's home? last time was 19 March 2025"),
("newstarter","date","fc_annual","2026-02-27","2026-09-14","Hi, I'm new in fostering. A carer's last annual review was on 27/02/2026. When is the next one due?"),
("scenario","date","fc_panel3","2025-06-12","2026-03-02","Our carers' annual reviews have been chaired by an IRO for the last two years. The last one presented to Fostering Panel was on 12 June 2025. There's been no complaint or allegation. By when must a review next go to panel?"),
("duty","date","fc_dbs","2023-11-30","2026-09-01","FC DBS last done 30/11/23 - renewal by?"),
("indirect","date","fc_dbs","2024-02-29","2026-10-05","the carer's references, medical and police check were all last updated on 29 Feb 2024 — when do they need doing again?"),
("typos","date","fc_training","2024-05-06","2026-12-01","foster carer did core trainning 6/5/24 when does it need updating"),
("indirect","date","variation","2025-12-24","2025-12-24","the strategic lead agreed today (24/12/25) to let a carer take a child outside their approval range — how long does that permission last?","The standard does not say whether the 6 working days run from the permission or from the child being placed; counted from the permission."),
("scenario","date","variation","2026-05-01","2026-05-01","We needed to place a 14 year old with carers approved for 0-10s. The Strategic Lead agreed a variation today, Friday 1 May 2026, and she moved in this evening. Until when can that variation run?"),
("newstarter","date","temp_approval","2025-09-01","2025-12-01","Hi, I'm new to connected persons work. Nan was given temporary approval as a foster carer on 1 September 2025. When does that temporary approval end?"),
("indirect","date","temp_extended","2026-01-05","2026-04-20","grandma was temporarily approved as a foster carer on 5 January 2026 and panel/ADM agreed to extend it. when does the extended approval run out?"),
("scenario","date","temp_approval","2027-03-29","2027-04-12","Aunt had temporary approval as a connected person agreed by the ADM on 29/03/2027, a week after the child came into care on 22/03/2027. The full assessment is going to panel in the summer. When does the temporary approval end unless extended?"),
# ---- Case recording / summaries / assessments
("typos","date","recording","2025-12-31","2025-12-31","home visit today 31/12 when does it need recording by"),
("indirect","date","recording","2026-04-02","2026-04-02","I spoke to the child's teacher on the phone today (Thursday before Easter) - by when should that be on the file?"),
("manager","date","recording","2027-05-28","2027-06-07","Home visit 28/05/2027, case note entered 02/06/2027. Was that within the recording standard?"),
("scenario","date","case_summary","2025-10-31","2026-01-12","Preparing for audit. Case summary was last updated on 31 October 2025 and the chronology on 5 December. When is the case summary due to be updated by?"),
("indirect","date","case_summary","2026-05-31","2026-06-10","the short overview at the top of the file — last updated 31 May. when does it need refreshing?"),
("manager","date","assess_12m","2025-03-14","2026-03-02","Open CIN case, last authorised C&FA 14/03/2025. When does it stop being up to date?"),
("indirect","date","assess_12m","2026-01-15","2026-11-30","child has been open to us a while - the last full assessment of him was signed off on 15 January 2026. when do we need a new one by?"),
# ---- choice
("duty","choice",["rep_family","rep_chair"],"2026-05-05","2026-04-20","ICPC 5/5/26 when does my report need to go out?"),
("newstarter","choice",["placement_mtg","lac_review1"],"2027-03-24","2027-03-24","Hello, a child came into care today and was placed with foster carers (24/03/2027). When is the meeting due, please?"),
("indirect","choice",["fgc_ref","plo_minutes"],"2025-05-02","2025-05-02","had the first meeting with parents and their solicitor under pre-proceedings today (2 May) — what's due next and by when?"),
("typos","choice",["assess_review","assess_complete"],"2025-12-22","2025-12-23","asessment opened 22/12/25 when is it due"),
("scenario","choice",["cin_transfer","cin_deplan"],"2025-12-18","2025-12-19","Case came to our Neighbourhood Team yesterday, 18 December 2025, and is going to be worked as Child in Need. I need to set up the first CIN meeting. When's it due?"),
("duty","choice",["core_group","cin_deplan"],"2026-03-03","2026-03-04","conference was 3/3, what's the next meeting due?"),
("indirect","choice",["cp_visit","cin_visit"],"2026-03-03","2026-03-05","I saw the child at home on 3/3/26. When does the next visit need to be by?"),
("manager","choice",["lac_weekly","lac_6wk"],"2025-09-03","2025-09-08","LAC child visited 03/09/25. When is the next statutory visit due?"),
# ---- none
("duty","none",["The child protection chair will set the date of the next conference"],"the review conference date is set by the CP chair","2026-03-02","first RCPC after icpc 02/03/26 due by?"),
("indirect","none",["a new LAC review will be set in accordance with the timescales"],"only the initial LAC review (20 working days) has a timescale; later reviews are not given one","2026-02-09","first review for a child in care was 20 January — when's the second review due?"),
("newstarter","none",["progress of the CIN plan should be monitored through supervision which takes place in line with the supervision policy"],"supervision frequency is left to the supervision policy","2025-11-03","How often should I be having supervision? My last one was on 20 October 2025 - when's the next one due?"),
("scenario","none",["This needs to take place after the area teams final care planning meeting"],"SHOPBA is placed between the final care planning meeting and the IRH paperwork, with no number of days","2026-09-07","Final care planning meeting was 1 September 2026 and adoption is the plan. The IRH is listed for 16 November. What's the deadline for the should-be-placed-for-adoption meeting with the ADM?"),
("typos","none",["The multi –agency plan and the targets agreed and outcomes expected are reviewed at every core group"],"only the first core group has a timescale (10 days); later core group frequency is not set","2027-06-14","1st core grp was 8/6/27 when is the next core grp due"),
("indirect","none",["The IRO will contact the child between reviews to ensure the progress of the plan"],"no timescale for IRO contact between reviews","2025-10-13","the reviewing officer last spoke to the young person on 1 October — by when does she have to check in with him again before the next review?"),
("manager","none",["Consideration of a family group conference will be part of the assessment and planning"],"for children coming into care, FGC consideration has no deadline (the 3 working day referral applies only in PLO)","2026-06-22","Child became looked after 01/06/26, not in PLO. By what date should the family group conference have been held?"),
("duty","none",["The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child"],"no timescale for the life story book or later life letter","2027-01-11","later life letter - deadline? AO granted 04/01/27"),
("indirect","none",["If there is an indication of instability in a placement plan a Support Meeting will be held and chaired by the Team Leader"],"no timescale for the placement support meeting","2025-12-01","carers rang on Friday saying they're struggling and the placement might break down - how many days have we got to get everyone round the table about it?"),
]

def build():
    out=[]
    for r in ROWS:
        voice, kind, rule, ev, today, q = r[:6]
        amb = r[6] if len(r)>6 else None
        today = D(today)
        row = {"q": q, "today": today.isoformat()}
        if kind=="none":
            row.update(due=None, expect_any=rule, count="no timescale set in the standards: " + ev)
        elif kind=="choice":
            evd = resolve(D(ev) if "-" in ev and ev[0].isdigit() else ev, today)
            res = [compute(x, evd) for x in rule]
            row["due"] = min(x[0] for x in res).isoformat()
            row["expect_any"] = [x[2][0] for x in res]
            row["count"] = " | ".join(f"{x}: {c}" for x,(_,c,_) in zip(rule,res)) + f"; earlier = {row['due']}"
        else:
            evd = resolve(D(ev) if ev[0].isdigit() else ev, today)
            d, c, ph = compute(rule, evd)
            row.update(due=d.isoformat(), expect_any=ph, count=c)
        row["voice"]=voice; row["kind"]=kind
        if amb: row["ambiguous"]=amb
        out.append(row)
    return out

def check(rows):
    src = open(SOURCE, encoding="utf-8").read()
    bad=0
    for i,r in enumerate(rows):
        for p in r["expect_any"]:
            if len(p.split())<6 or p not in src: print("PHRASE FAIL", i, p); bad+=1
        assert r["voice"] in {"duty","typos","scenario","indirect","newstarter","manager"}, i
        assert r["kind"] in {"date","visits","age","choice","none"}, i
    from collections import Counter
    print(len(rows), "rows"); print(Counter(r["kind"] for r in rows)); print(Counter(r["voice"] for r in rows))
    qs = Counter(r["q"] for r in rows); dup=[q for q,c in qs.items() if c>1]
    if dup: print("DUP", dup); bad+=1
    return bad

if __name__=="__main__":
    rows = build()
    with open(os.path.join(HERE,"questions.jsonl"),"w",encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False)+"\n")
    # re-parse
    with open(os.path.join(HERE,"questions.jsonl"),encoding="utf-8") as f:
        back=[json.loads(l) for l in f]
    sys.exit(1 if check(back) else 0)
