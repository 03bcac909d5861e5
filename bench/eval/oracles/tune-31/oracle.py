#!/usr/bin/env python3
"""Oracle for deadline questions. Standard library only (datetime).
Builds questions.jsonl from the structured ROWS below and checks phrases against the source."""
import datetime as dt, json, calendar, sys, os
D = dt.date
SRC = "/work/shared/source/practice-standards.txt"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.jsonl")

# England and Wales bank holidays 2024-2028, typed by hand
BANK = {D(2024,1,1), D(2024,3,29), D(2024,4,1), D(2024,5,6), D(2024,5,27), D(2024,8,26), D(2024,12,25), D(2024,12,26),
        D(2025,1,1), D(2025,4,18), D(2025,4,21), D(2025,5,5), D(2025,5,26), D(2025,8,25), D(2025,12,25), D(2025,12,26),
        D(2026,1,1), D(2026,4,3), D(2026,4,6), D(2026,5,4), D(2026,5,25), D(2026,8,31), D(2026,12,25), D(2026,12,28),
        D(2027,1,1), D(2027,3,26), D(2027,3,29), D(2027,5,3), D(2027,5,31), D(2027,8,30), D(2027,12,27), D(2027,12,28),
        D(2028,1,3), D(2028,4,14), D(2028,4,17), D(2028,5,1), D(2028,5,29), D(2028,8,28), D(2028,12,25), D(2028,12,26)}

def _selfcheck():
    # cross-check the typed list against rules (Easter computus, first/last Mondays, substitutes)
    def easter(y):
        a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
        i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=(h+l-7*m+114)%31+1
        return D(y,mo,da)
    calc=set()
    for y in range(2024,2029):
        e=easter(y); calc |= {e-dt.timedelta(2), e+dt.timedelta(1)}
        first=D(y,5,1); calc.add(first+dt.timedelta((0-first.weekday())%7))
        for mon in (5,8):
            last=D(y,mon,calendar.monthrange(y,mon)[1]); calc.add(last-dt.timedelta(last.weekday()))
        nd=D(y,1,1); calc.add(nd if nd.weekday()<5 else nd+dt.timedelta(7-nd.weekday()))
        c,b=D(y,12,25),D(y,12,26)
        taken=set()
        for day in (c,b):
            x=day
            while x.weekday()>=5 or x in taken: x+=dt.timedelta(1)
            taken.add(x)
        calc |= taken
    assert calc==BANK, (sorted(calc^BANK))
_selfcheck()

WD = ["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]
def f(d): return f"{d.isoformat()} ({WD[d.weekday()]})"
def working(d): return d.weekday()<5 and d not in BANK

def add_wd(d,n):
    x=d; skipped=[]; k=0
    while k<n:
        x+=dt.timedelta(1)
        if working(x): k+=1
        elif x in BANK: skipped.append(x)
    return x, skipped
def sub_wd(d,n):
    x=d; skipped=[]; k=0
    while k<n:
        x-=dt.timedelta(1)
        if working(x): k+=1
        elif x in BANK: skipped.append(x)
    return x, skipped
def add_months(d,n, feb29_to_mar1=False):
    y,m=divmod(d.month-1+n,12); y+=d.year; m+=1
    last=calendar.monthrange(y,m)[1]
    if d.day>last:
        if feb29_to_mar1 and d.month==2 and d.day==29: return D(y,3,1), "29 Feb birthday -> 1 March in a non-leap year"
        return D(y,m,last), f"day {d.day} does not exist in {y}-{m:02d}, clamped to {last}"
    return D(y,m,d.day), ""

def compute(kind_rule, n, ev):
    ev=D.fromisoformat(ev)
    if kind_rule=="wd":
        r,s=add_wd(ev,n); c=f"{n} working day{'s' if n>1 else ''} after {f(ev)} -> {f(r)}"
        if not working(ev): c+=f"; event day is not a working day, counted from it"
        if s: c+="; skips bank holidays "+", ".join(x.isoformat() for x in s)
        return r,c
    if kind_rule=="wdb":
        r,s=sub_wd(ev,n); c=f"{n} working days before {f(ev)} -> {f(r)}"
        if s: c+="; skips bank holidays "+", ".join(x.isoformat() for x in s)
        return r,c
    if kind_rule=="cd":
        r=ev+dt.timedelta(n); return r, f"{n} calendar days after {f(ev)} -> {f(r)}"
    if kind_rule=="cdb":
        r=ev-dt.timedelta(n); return r, f"{n} calendar days before {f(ev)} -> {f(r)}"
    if kind_rule=="wk":
        r=ev+dt.timedelta(7*n); return r, f"{n} week{'s' if n>1 else ''} ({7*n} days) after {f(ev)} -> {f(r)}"
    if kind_rule=="mo":
        r,note=add_months(ev,n); c=f"{n} months after {f(ev)} -> {f(r)}"
        return r, c+("; "+note if note else "")
    if kind_rule=="age":
        r,note=add_months(ev,n,feb29_to_mar1=True); yrs,mos=divmod(n,12)
        c=f"born {f(ev)}; {yrs} years{f' {mos} months' if mos else ''} -> {f(r)}"
        return r, c+("; "+note if note else "")
    if kind_rule=="same":
        return ev, f"same day as {f(ev)}"
    raise ValueError(kind_rule)

# timescale rules: key -> (phrase, rule, n)
T = {
 "contact":   ("screened for consent and decisions made by what action are required by a Team Leader within 1 working day","wd",1),
 "initdec":   ("Initial decisions will be made about the action required within 1 working day","wd",1),
 "referral":  ("Referrals will be actioned by a social worker within 1 working day","wd",1),
 "s47seen":   ("the child / children will be seen by the Social Worker the same day","same",0),
 "s47disc":   ("Within 5 days of the Section 47 being initiated","cd",5),
 "allocate":  ("allocated to a social worker to complete a Child and Family Assessment within 3 working days","wd",3),
 "tlreview":  ("All assessments will be reviewed by the Team Leader within 15 working days","wd",15),
 "assess45":  ("Assessments must all be completed within 45 days","cd",45),
 "stratdec":  ("a strategy discussion is required, this must happen within 1 working day","wd",1),
 "icpc":      ("Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion","wd",15),
 "icpcfam":   ("The report will be shared with family at least 3 the days prior to conference","cdb",3),
 "icpcchair": ("The report will be sent to the child protection chair 3 working days before the conference","wdb",3),
 "corefirst": ("The first core group must be  held within 10 days of the conference","cd",10),
 "cpvisit":   ("Visits to a child subject to a CP plan will take place at least every 4 weeks","wk",4),
 "rcpcpar":   ("This report must be shared with parents at least 3 days prior to the review conference","cdb",3),
 "rcpcchair": ("The report will be available to the conference chair at least 3 days prior to the review conference","cdb",3),
 "cp12":      ("when they have been subject to a plan for 12 months","mo",12),
 "plo1":      ("The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter","cd",10),
 "plofgc":    ("Referral should be made within 3 working days of the first PLO meeting","wd",3),
 "ploviab":   ("Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting","wd",3),
 "plomins":   ("distributed to parents and their legal representation within 7 days of the meeting","cd",7),
 "ploreview": ("Review PLO meetings with parents to be held every 4-6 weeks","wk",6),
 "plo12":     ("A review legal planning meeting will be held at 12 weeks","wk",12),
 "plo16":     ("a Legal Gateway meeting will be convened at 16 weeks","wk",16),
 "cindeplan": ("will set the first CIN meeting within 20 days","cd",20),
 "cintrans":  ("the initial CIN meeting must take place within 10 days","cd",10),
 "cinreview": ("CIN review meetings will be held at least every 6 weeks","wk",6),
 "cinvisit":  ("A child subject to a CIN plan will be seen at least every 6 weeks","wk",6),
 "ciceassess":("If it is an emergency / unplanned admission the assessment will be completed within 20 working days","wd",20),
 "cicvisit1": ("The child will be visited within 1 working day of coming into care or having a change in placement","wd",1),
 "placemtg":  ("The placement meeting will be held within 3 working days","wd",3),
 "placeplan": ("an updated copy given to the carers within 5 working days of the placement beginning","wd",5),
 "famtime":   ("reviewed at least every 8 week until the plan for permanence is agreed","wk",8),
 "carepack":  ("The child will be provided with a coming into care pack, children rights leaflet within 3 weeks","wk",3),
 "legalstat": ("informed of the child\u2019s legal status within 5 working days","wd",5),
 "iha":       ("An initial health assessment will be requested and carried out within 20 working days","wd",20),
 "pep":       ("A PEP meeting will be arranged within the school within 20 days","cd",20),
 "lacseen":   ("All looked after children will be seen within 1 working day of placement","wd",1),
 "lacweekly": ("Statutory looked after visits must happen weekly until the first looked after review","wk",1),
 "lac6":      ("a minimum of every 6 weeks thereafter until the plan for permanence is finalised","wk",6),
 "lac12":     ("Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement","wk",12),
 "careplan":  ("An up to date care plan will be recorded on the electronic system within 10 days of placement","cd",10),
 "lacrev1":   ("The initial Looked After Review must take place within 20 working days of the child becoming looked after","wd",20),
 "pathway":   ("A pathway plan will be started when the young person is 15 years 6 months","age",186),
 "iroreport": ("this will be with the IRO 3 days before the review","cdb",3),
 "irochall":  ("If the challenge is not resolved within 5 working days a formal dispute will be raised","wd",5),
 "irodisp":   ("The formal dispute resolution process should be completed from start to finish within 20 working days","wd",20),
 "adopt6":    ("If a child under the age of 6 enters PLO or proceedings","age",72),
 "adoptweek": ("Once the child is placed weekly statutory visits will take place until the first Looked After Review","wk",1),
 "adopt6wk":  ("then visits will be a minimum of 6 weekly until the Adoption Order is Granted","wk",6),
 "adopt10":   ("Once the children have been in placement with the adopter for 10 weeks","wk",10),
 "fcvisit":   ("Trafford foster carers are visited at least once every six weeks","wk",6),
 "fcrecord":  ("a record of this visit is recorded on LCS within 3 working days","wd",3),
 "fcunann":   ("will have an unannounced visit at least once every 12 months","mo",12),
 "fcannual":  ("All Trafford foster carers will have an annual review including an updated Safer Caring Policy","mo",12),
 "fcpanel":   ("annual review presented to the Fostering Panel at least every three years","mo",36),
 "fcdbs":     ("updated statutory references, medicals and DBS checks at least every three years","mo",36),
 "fctrain":   ("All Trafford foster carers must update their core training at least every three years","mo",36),
 "variation": ("This can only be given for up to 6 working days","wd",6),
 "tempappr":  ("Temporary approval is for 16 weeks but can be extended for a further 8 weeks","wk",16),
 "tempext":   ("Temporary approval is for 16 weeks but can be extended for a further 8 weeks","wk",8),
 "record":    ("any event or contact is recorded within 3 days","cd",3),
 "summary":   ("A clear and concise case file summary which has been updated within the last 3 months","mo",3),
 "assess12":  ("An up to date assessment (within the last 12 months) on each child","mo",12),
 "advocate":  ("if they are 12 or over they should be offered an advocate","age",144),
}

# structured description of each row: (voice, kind, today, q, rule key(s) | note for none, event date(s), [ambiguous])
ROWS = [
# ---------- Front door ----------
("duty","date","2025-12-24","contact in 24/12 pm, TL decision by?","contact","2025-12-24"),
("indirect","date","2026-04-02","A contact landed on the front door this afternoon. How long has the team leader got to decide what we're doing with it?","contact","2026-04-02"),
("typos","date","2027-03-25","contcat came in 25.3 when does TL need to make descision","contact","2027-03-25"),
("manager","date","2026-01-02","Auditing a contact received 31/12/25 - TL decision wasn't recorded until 05/01. What was the deadline?","contact","2025-12-31"),
("indirect","date","2025-05-02","Level 4 case came in today, Friday. By when should the team leader have decided what action is needed?","initdec","2025-05-02"),
("scenario","date","2026-05-22","Health visitor rang yesterday with worries about a 9 month old (DOB 14/08/25), it's gone in as a CP level referral. Duty SP has it today. When must a social worker have actioned the referral?","referral","2026-05-21"),
("newstarter","date","2026-08-28","Hello, I'm new on duty. A referral came through to me today - I think I have a set time to action it? When would that be please?","referral","2026-08-28"),
("duty","date","2027-12-24","ref in 24/12, SW action by?","referral","2027-12-24"),
# S47 same day
("indirect","date","2026-03-12","We've just decided this morning to go out on a child protection enquiry for a 6 year old. By when do I have to physically see the child?","s47seen","2026-03-12"),
("scenario","date","2025-12-23","Referral came in on Monday, school reported marks on a 7 year old. Strategy today decided it's a S47. Sibling's review was booked for 2 Jan but that's separate. By when does the enquiry need to be discussed with my manager for progress and next actions?","s47disc","2025-12-23"),
("scenario","date","2026-04-01","Strategy on 31/03 agreed a S47 for a 4 year old; the S47 was formally started today once police confirmed. Mum's 30th is on the 4th and she asked us not to come then. When do I need to sit down with my manager about progress?","s47disc","2026-04-01"),
("manager","date","2027-01-04","S47 initiated 29/12/26, first progress discussion with the manager held 04/01/27. In timescale?","s47disc","2026-12-29"),
("typos","date","2025-08-22","s47 initated fri 22nd aug when do i need to talk to my manger about progress","s47disc","2025-08-22"),
# allocation
("indirect","date","2025-12-19","Just finished screening one that needs a full assessment at Level 4. The team leader still needs to give it to a worker - how long do they have?","allocate","2025-12-19"),
("manager","date","2026-04-09","Case came through for C&FA on 02/04/26, allocated to a worker on 09/04. Was allocation in timescale?","allocate","2026-04-02"),
("typos","date","2027-05-28","needs c&fa, came in 28/5 - when does it need allocating","allocate","2027-05-28"),
("newstarter","date","2026-12-23","Sorry if this is obvious - a case needing a Child and Family Assessment was passed to my team leader on 23 December. When should it be allocated to a social worker?","allocate","2026-12-23"),
# assessments
("duty","date","2026-03-30","cfa started 30/3, TL review due?","tlreview","2026-03-30"),
("indirect","date","2025-04-14","I started my assessment on Monday 14 April. When does my team leader need to have looked over it?","tlreview","2025-04-14"),
("scenario","date","2026-12-14","Mum has three children, eldest born 02/02/2012. The assessment started on 11/12/26 after a referral from police on 10/12. When's the team leader review of the assessment due?","tlreview","2026-12-11","Could be counted from the referral (10/12) rather than the start of the assessment."),
("manager","date","2027-05-20","C&FA started 14/04/27, TL reviewed it 06/05/27. Was that within timescale?","tlreview","2027-04-14"),
("scenario","date","2025-12-03","Dad (DOB 01/12/1990) rang us and we started the assessment on 02/12/25. Nursery has a review on 15/12. When's the final deadline for the assessment?","assess45","2025-12-02"),
("indirect","date","2026-11-20","The assessment I opened on 17 November - what's the absolute latest I can finish it?","assess45","2026-11-17"),
("indirect","date","2027-02-15","The family's assessment kicked off on 12 February 2027. What's the final date for getting it finished?","assess45","2027-02-12"),
("newstarter","date","2026-07-08","Hi, could you tell me when my Child and Family Assessment has to be completed? It started on 8 July 2026.","assess45","2026-07-08"),
("scenario","date","2025-03-10","Dad has been in prison since 2023, mum called us on 3 March. We started the assessment on 5 March and the GP appointment is 20 March. When does the assessment have to be complete?","assess45","2025-03-05","Could be counted from the contact/referral (3 March) rather than the start of the assessment."),
# strategy after management decision
("indirect","date","2026-12-24","Manager has just decided we need to get police and health round the table about this child. We're on Christmas Eve - when must that happen by?","stratdec","2026-12-24","The S47 section also says a strategy discussion within 24 hours; this uses the Front Door 1 working day rule."),
("manager","date","2026-05-06","Management decision for a strat was made Fri 01/05/26; strat held 05/05/26. In timescale?","stratdec","2026-05-01","The S47 section says within 24 hours, which would make 05/05 late."),
# ICPC
("duty","date","2025-12-19","strat was 19/12/25, when's the ICPC?","icpc","2025-12-19"),
("indirect","date","2026-03-31","We had the first multi-agency safeguarding meeting about this family today and agreed to go to conference. What's the latest date the first conference can happen?","icpc","2026-03-31"),
("typos","date","2027-03-22","strat on 22.3.27 latest date for icpc??","icpc","2027-03-22"),
("scenario","date","2026-08-20","We held the initial strategy discussion on 17/08/26 and the S47 concluded today with a decision to go to ICPC. Child's 10th birthday is 04/09. When does the ICPC need to be by?","icpc","2026-08-17"),
("manager","date","2025-05-20","Strategy 22/04/25, ICPC held 14/05/25 - was it in timescale? What was the deadline?","icpc","2025-04-22"),
("newstarter","date","2027-08-16","Hello - I'm new to child protection. If the strategy meeting was on 16 August 2027, when would the Initial Child Protection Conference need to take place?","icpc","2027-08-16"),
("indirect","date","2025-12-30","Strat was the Monday before Christmas, 22nd. Conference still needs booking - what's the cut-off?","icpc","2025-12-22"),
("duty","date","2027-12-20","strat 20/12 icpc by?","icpc","2027-12-20"),
# ICPC reports
("indirect","date","2026-04-01","Conference is on 9 April. When does the child protection chair need my report by?","icpcchair","2026-04-09"),
("typos","date","2025-12-22","icpc is 2/1/26 when does chair need report","icpcchair","2026-01-02"),
("manager","date","2027-06-03","ICPC was 02/06/27 and the report reached the chair 28/05/27. Did it meet the deadline?","icpcchair","2027-06-02"),
("newstarter","date","2026-05-20","When do I have to share my conference report with the family? The initial conference is on Tuesday 26 May.","icpcfam","2026-05-26","Could be read as 3 working days before (like the chair deadline) rather than 3 calendar days."),
("indirect","date","2025-08-20","The parents have to see what I've written before the first conference on 27 August - latest date I can give it to them?","icpcfam","2025-08-27","Could be read as 3 working days before rather than 3 calendar days."),
# core groups
("duty","date","2026-03-27","icpc 27/3, 1st core grp by?","corefirst","2026-03-27"),
("indirect","date","2025-12-18","Child went on a plan at conference today. When's the latest the first meeting of the group of professionals and family working the plan can be?","corefirst","2025-12-18"),
("typos","date","2026-08-25","icpc was on 25th august when is first core gruop due","corefirst","2026-08-25"),
("manager","date","2027-01-06","ICPC 22/12/26, first core group held 05/01/27. In timescale?","corefirst","2026-12-22"),
("scenario","date","2027-05-21","The initial conference was held on Wednesday 19 May and both children went on CP plans under neglect. The review conference is set for August. When does the first core group have to be held?","corefirst","2027-05-19"),
("scenario","date","2025-04-16","ICPC was held today and the boy (DOB 16/04/2019, so it was his birthday) went on a plan. The RCPC is set for July. When's the first core group due?","corefirst","2025-04-16"),
# RCPC reports
("indirect","date","2026-09-01","Review conference is on 7 September. When do the parents need to see the plan update?","rcpcpar","2026-09-07"),
("duty","date","2026-12-30","rcpc 4/1/27, report to chair by?","rcpcchair","2027-01-04"),
("scenario","date","2026-12-21","Children have been on plans since June. The review conference is on Monday 4 January and I'm off from 24/12. When does the conference chair need the report available?","rcpcchair","2027-01-04"),
("manager","date","2025-06-02","RCPC on 02/06/25, parents got the report on 31/05/25. Was that compliant?","rcpcpar","2025-06-02"),
# CP 12 months
("indirect","date","2026-05-05","A little one went on a plan at conference on 5 May 2025 and things aren't shifting. When does the point come where we should be thinking about a professional thinking time meeting?","cp12","2025-05-05"),
("scenario","date","2027-02-01","The baby was born 12/12/25, became subject to a CP plan at ICPC on 28/02/26. Progress is poor. At what date has she been on a plan for 12 months?","cp12","2026-02-28"),
# PLO
("scenario","date","2026-03-31","Dad was handed the PLO letter dated 30/03/26 at the contact centre today; he has a solicitor. Legal gateway had been 24/03. When must the first PLO meeting be?","plo1","2026-03-30"),
("indirect","date","2025-12-22","The letter that starts pre-proceedings went out to mum today. When does the first meeting with her and her solicitor need to happen?","plo1","2025-12-22"),
("typos","date","2027-05-24","plo letter sent 24/5 mum has no solictor - when do we need first meeting","plo1","2027-05-24"),
("scenario","date","2026-08-26","We had legal gateway on 19/08 and PLO was agreed. The letter itself is dated 24/08/26 and was hand delivered today. When must the first PLO meeting be held?","plo1","2026-08-24"),
("manager","date","2025-05-12","PLO letter dated 28/04/25, first PLO meeting held 09/05/25. In timescale?","plo1","2025-04-28"),
("newstarter","date","2026-04-06","Hello, the first PLO meeting was on 2 April. Parents agreed to a family group conference. When does the FGC referral have to be made?","plofgc","2026-04-02"),
("indirect","date","2027-03-30","Initial pre-proceedings meeting happened last Thursday and the parents named an aunt who might care. When do I need to ask the family placement team to screen her?","ploviab","2027-03-25"),
("duty","date","2025-12-23","plo mtg 23/12 viability req due?","ploviab","2025-12-23"),
("typos","date","2026-05-01","first plo meeting 1st may - fgc referral by when","plofgc","2026-05-01"),
("indirect","date","2026-12-29","We met with the parents and their solicitors for the pre-proceedings meeting on 23/12. When do the notes have to go out to them?","plomins","2026-12-23"),
("scenario","date","2025-09-01","We had the first PLO meeting on 22/08/25 (the letter was dated 12/08). I've been on leave and the minutes only went out to parents and their solicitor today. What was the deadline?","plomins","2025-08-22"),
("scenario","date","2026-06-10","Review legal planning: PLO letter dated 02/03/26, first meeting was 11/03/26 and the latest review PLO meeting was 06/05/26. The solicitor asks when the 12-week review legal planning meeting falls.","plo12","2026-03-02","Could be counted from the first PLO meeting (11/03/26) instead of the PLO letter."),
("indirect","date","2027-01-08","Case went into pre-proceedings with the letter on 4 January 2027. If it's still there, when's the meeting with the Strategic Lead about whether to issue?","plo16","2027-01-04","Could be counted from the first PLO meeting rather than the PLO letter date."),
# CIN
("scenario","date","2026-04-08","Child was taken off her CP plan at the review conference yesterday. Her dad's birthday party is 20/04 and there's a contact row. When must the first CIN meeting be?","cindeplan","2026-04-07"),
("indirect","date","2025-12-11","Conference today decided the kids no longer need a protection plan but stay open to us. The chair has to set the first meeting under the new plan - by when?","cindeplan","2025-12-11"),
("scenario","date","2027-06-15","The children came off their CP plans at the review conference on 14/05/27; the ICPC had been 11/11/26. The first CIN meeting was held 07/06/27 because school was on half term. When should it have been by?","cindeplan","2027-05-14"),
("indirect","date","2026-12-21","The duty team handed this family over to us in the neighbourhood team on 18 December to carry on as child in need. When's the first meeting under the plan due?","cintrans","2026-12-18"),
("newstarter","date","2025-03-28","Hi, I've just had a case transferred to my neighbourhood team from Children's First Response on 28 March 2025. When does the initial CIN meeting need to be held?","cintrans","2025-03-28"),
("typos","date","2027-08-24","case tranfered from front door 24/8 first cin meeting when","cintrans","2027-08-24"),
# Children in care - date
("indirect","date","2026-12-23","A young person came into care in an emergency last night with no notice. How long have I got to complete her assessment?","ciceassess","2026-12-22"),
("scenario","date","2025-04-17","Police protection on 16/04/25 for a 14 year old boy (DOB 30/01/11), placed in an emergency foster placement. His brother's hearing is 25/04. When is the emergency assessment due?","ciceassess","2025-04-16"),
("duty","date","2027-12-24","new LAC 24/12, visit by?","cicvisit1","2027-12-24"),
("indirect","date","2026-04-02","He moved to a new foster home this afternoon. When do I have to go and see him there?","cicvisit1","2026-04-02"),
("typos","date","2025-08-22","placment move friday 22/8 when do i visit","cicvisit1","2025-08-22"),
("scenario","date","2026-01-05","She was placed in foster care on New Year's Eve after mum was admitted to hospital on 30/12. I saw her at the carers' on 2 January. Was I in time - when was the deadline?","lacseen","2025-12-31"),
("indirect","date","2026-05-22","Two sisters moved in with new foster carers today. What's the last day for the get-together with the carers to agree who can sign what for them?","placemtg","2026-05-22"),
("indirect","date","2027-03-24","Sibling group placed with carers on Wednesday 24 March. The meeting where we agree delegated authority with the carers - latest date?","placemtg","2027-03-24"),
("scenario","date","2025-12-29","Sam Placeholder (DOB 01/06/2013) was placed with new carers on 24/12/25 after an emergency. Mum's contact is 30/12. When must the placement meeting be held?","placemtg","2025-12-24"),
("newstarter","date","2026-08-28","Hello, a child was placed today. When do the carers need the updated placement plan please?","placeplan","2026-08-28"),
("manager","date","2027-06-08","Placement began 28/05/27, updated placement plan given to carers 07/06/27. In timescale?","placeplan","2027-05-28"),
("scenario","date","2025-04-17","Emergency placement today after mum's overdose on the 15th. The carers are asking about the full placement plan - when do they have to have the updated copy?","placeplan","2025-04-17"),
("indirect","date","2026-03-20","Child came into our care yesterday. When does she need the welcome pack and the leaflet about her rights?","carepack","2026-03-19"),
("indirect","date","2027-12-20","She became looked after today. By when must the school, GP and everyone else involved be told she's now in care?","legalstat","2027-12-20"),
("scenario","date","2026-04-01","Twins came into care on 1 April under s20; their mum signed consent that morning and the IRO allocation request went in on 2 April. When must all the other professionals be told their legal status?","legalstat","2026-04-01"),
("newstarter","date","2025-05-06","When does the initial health assessment need to be carried out? The child became looked after on 2 May 2025.","iha","2025-05-02"),
("indirect","date","2026-12-22","She came into care on 22 December. When does her first health check with the doctor have to be done by?","iha","2026-12-22"),
("typos","date","2027-05-04","pep meeting - child came in 4/5/27 when's it due","pep","2027-05-04","Could be counted from the placement date if different from the date of coming into care."),
("indirect","date","2026-09-02","He started at his placement on 2 September. When should the school education plan meeting be arranged by?","pep","2026-09-02","The standard does not say what the 20 days run from; could be the date of coming into care if earlier."),
("indirect","date","2025-12-30","The boy moved into his foster home on 19 December. When should his care plan have been on the system?","careplan","2025-12-19"),
("scenario","date","2026-04-03","He was placed with foster carers today (Good Friday) after a night at his nan's on 2/4. His school reopens 20/04. By when must his care plan be on the system?","careplan","2026-04-03"),
("duty","date","2025-12-22","LAC 22/12/25 - IRLAC by?","lacrev1","2025-12-22"),
("indirect","date","2026-05-26","Child became looked after yesterday (bank holiday Monday). When's the latest the first review with the IRO can be?","lacrev1","2026-05-25"),
("scenario","date","2027-03-31","Toddler became looked after on 26/03/27 (Good Friday) after the hospital called us on 25/03. The police protection ended 28/03 and a s20 was signed. When is the initial LAC review due?","lacrev1","2027-03-26","Could be argued from the s20 date (28/03) if police protection is not treated as looked after."),
("newstarter","date","2026-08-24","I'm new to the Children in Care team. A girl became looked after on 24 August 2026 - when should her first Looked After Review take place?","lacrev1","2026-08-24"),
("scenario","date","2025-06-02","A 3 year old was accommodated on 1 May 2025 after dad's arrest on 30/04. Her first looked after review was held on 30 May. What was the deadline for it?","lacrev1","2025-05-01"),
("scenario","date","2025-01-02","Baby came into care today straight from hospital (born 28/12/24). Mum's assessment at the mother and baby unit starts 13/01. When's the first LAC review due?","lacrev1","2025-01-02"),
("indirect","date","2026-11-25","The review for my looked after child is on 1 December. When does the reviewing officer need my written report?","iroreport","2026-12-01"),
("typos","date","2026-12-30","lac review 5th jan report to iro when","iroreport","2027-01-05"),
# IRO
("indirect","date","2026-03-30","The reviewing officer flagged drift to me informally today. How long before it turns into a formal dispute if I don't sort it?","irochall","2026-03-30"),
("indirect","date","2025-12-31","Our reviewing officer raised a concern with me informally on Friday 19 December about drift. If it wasn't sorted, when did it become a formal dispute?","irochall","2025-12-19"),
("scenario","date","2027-04-28","IRO raised a formal dispute on 26/04/27 about the delay in the permanence plan; the informal challenge was 12/04. The child's review is 10/05. When must the formal dispute be concluded?","irodisp","2027-04-26"),
("newstarter","date","2026-12-14","Sorry, what's the timescale for the formal dispute resolution? It started on 14 December 2026.","irodisp","2026-12-14"),
# Adoption
("indirect","date","2027-02-10","Little one moved in with his new adoptive parents on 8 February 2027. From when can they apply to court for the order?","adopt10","2027-02-08"),
("scenario","date","2026-01-12","The adopters had the children placed with them on 22/12/25, introductions started 15/12. The court hearing about the placement order was back in October. When can the adopters apply for the Adoption Order?","adopt10","2025-12-22"),
("scenario","date","2025-05-27","The adopters' matching panel was 08/05/25 and the little girl moved in with them today after introductions. When can they apply for the Adoption Order?","adopt10","2025-05-27"),
# Fostering
("duty","date","2026-03-31","SSW visit to carers 31/3 - record on LCS by?","fcrecord","2026-03-31"),
("indirect","date","2025-12-23","I went to see one of our foster families this morning. How long have I got to get the write-up onto the system?","fcrecord","2025-12-23"),
("indirect","date","2027-09-06","I went to see our foster carers on Friday 27 August. By when did the notes of that visit need to be on the system?","fcrecord","2027-08-27"),
("newstarter","date","2026-05-29","Hi, I'd like to place a child slightly outside a foster carer's approval range - the Strategic Lead agreed a variation starting today. How long can it last?","variation","2026-05-29"),
("indirect","date","2025-04-16","We're placing a 3 year old with carers approved for 5-10s from today with the Strategic Lead's permission. When does that permission run out?","variation","2025-04-16"),
("duty","date","2026-12-21","reg 24 temp approval from 21/12/26, expires?","tempappr","2026-12-21"),
("scenario","date","2025-06-09","Grandma got temporary approval as a connected carer from the ADM on 09/06/25 and the child moved in the same day. Her full assessment is nowhere near done. When does the temporary approval end unless extended?","tempappr","2025-06-09"),
("indirect","date","2027-01-15","The grandparents' initial approval to look after the kids under the emergency route expired on 8 January and it was extended. How far does the extension take it?","tempext","2027-01-08","Extension runs from the end of the 16 weeks; a reader might count 24 weeks from the start instead (same date if the start was 16 weeks before)."),
("indirect","date","2026-09-01","Our foster carers had their last surprise visit on 31 August 2025. When's the next one due at the latest?","fcunann","2025-08-31"),
("typos","date","2027-02-01","foster carer annual reveiw was 28/2/26, next one due?","fcannual","2026-02-28"),
("manager","date","2026-04-15","Foster carer's last panel review was 15/04/2023. When must a review next go to Fostering Panel?","fcpanel","2023-04-15"),
("newstarter","date","2025-11-03","Hi, one of my carers had their DBS, medical and references updated on 31 October 2022. When are they due for renewal?","fcdbs","2022-10-31"),
("duty","date","2027-03-01","core training last done 29/02/24 - due by?","fctrain","2024-02-29","29 Feb 2027 does not exist; a reader might say 1 March 2027 instead of 28 Feb."),
# Case recording / open cases
("indirect","date","2025-12-24","I did a home visit this morning. How long do I have to get it on the system?","record","2025-12-24"),
("typos","date","2026-04-02","visit on thurs 2/4 when does it need to be recorded by","record","2026-04-02"),
("manager","date","2026-01-06","Case summary last updated 30/09/25 - when was it next due?","summary","2025-09-30"),
("indirect","date","2027-06-01","The overview at the front of the file was last refreshed on 31 May 2027. When will it be out of date?","summary","2027-05-31"),
("newstarter","date","2026-02-10","My team leader says the case summary must be updated regularly - mine was last done 30 November 2025. When's it due?","summary","2025-11-30"),
("indirect","date","2026-03-02","The last assessment on this child was signed off by the manager on 1 March 2025. When does it stop counting as up to date?","assess12","2025-03-01"),
("scenario","date","2027-07-20","Long-running CIN case. Last C&FA authorised 20/07/26, the CIN review was 01/07/27 and dad's new partner moved in last week. By when do we need a new assessment to keep it within the last 12 months?","assess12","2026-07-20"),
# ---------- visits ----------
("duty","visits","2026-04-01","CP visit last 1/4, next by?","cpvisit","2026-04-01"),
("indirect","visits","2025-12-03","I last saw the child on the protection plan at home on 3 December. When's my next visit due at the latest?","cpvisit","2025-12-03"),
("typos","visits","2027-03-03","last cp vist was 3.3.27 when next","cpvisit","2027-03-03"),
("scenario","visits","2026-08-10","Two brothers on CP plans since May. I saw them at home on 31 July but the older one was at football so I only saw him at school on 03/08. When's the next CP visit due for the older one?","cpvisit","2026-07-31","Only home visits count as statutory CP visits; if the school sighting is counted the date would move."),
("manager","visits","2025-06-16","CP visits on 28/04/25 then 27/05/25. Was the second one within timescale?","cpvisit","2025-04-28"),
("indirect","visits","2026-12-18","Saw the kid on the child in need plan at home today. How long until I must see them again?","cinvisit","2026-12-18"),
("scenario","visits","2025-05-07","I'm covering a CIN case. The allocated worker saw the boy at home on 22/04/25 and I saw him at school on 06/05/25. When does he next need to be seen for a CIN visit?","cinvisit","2025-04-22","Only a home visit counts as a CIN visit; a reader counting the school sighting would say 17/06/25."),
("duty","visits","2027-05-17","cin review 17/5, next by?","cinreview","2027-05-17"),
("indirect","visits","2026-02-19","We had the review of the child in need plan with everyone on 19 February. When's the latest the next one can be?","cinreview","2026-02-19"),
("scenario","visits","2026-11-23","Girl came into care 02/11/26 and I've visited weekly; her first LAC review isn't booked yet. My last visit was on 20/11. When's my next statutory visit due?","lacweekly","2026-11-20"),
("indirect","visits","2025-09-10","First review for my looked after child happened in August; last statutory visit was 29 August. Plan for permanence isn't finalised. When's the next visit due?","lac6","2025-08-29"),
("typos","visits","2027-12-01","lac visit last 24/11/27 settled perm placement 2 yrs, next one due","lac12","2027-11-24"),
("manager","visits","2026-01-12","Permanence not yet finalised; post-first-review LAC visits on 10/11/25 and 30/12/25. Was the second one in timescale?","lac6","2025-11-10"),
("indirect","visits","2026-05-20","We reviewed the family time arrangements for a child in care on 27 March; permanence is still being worked out. When must they be reviewed again?","famtime","2026-03-27"),
("scenario","visits","2027-01-20","Baby placed with adopters on 04/01/27; the first looked after review is 25/01/27. I visited on 18/01/27. When's the next statutory visit?","adoptweek","2027-01-18"),
("indirect","visits","2026-07-01","Adopted child placed, first review happened, no order yet. Last statutory visit was 29 June. When's the next one?","adopt6wk","2026-06-29"),
("scenario","visits","2026-01-09","I'm the supervising social worker. I saw the carers at home on 22/12/25; the child placed with them had his LAC review on 08/01. When is my next supervisory visit to the carers due?","fcvisit","2025-12-22"),
("newstarter","visits","2026-08-26","I'm a new supervising social worker. I visited a foster carer on 26 August - when is my next visit due?","fcvisit","2026-08-26"),
("scenario","visits","2027-04-14","Review PLO meeting was held 03/03/27 with parents and solicitors; the first PLO meeting was 02/02/27. Mum's assessment is due 30/04. When's the next review PLO meeting due by?","ploreview","2027-03-03","The standard says every 4-6 weeks; 6 weeks is the latest, 4 weeks would be 31/03/27."),
("manager","visits","2026-02-27","Foster carer visits on 12/01/26 and 26/02/26. Were they within timescale?","fcvisit","2026-01-12"),
# ---------- age ----------
("indirect","age","2026-03-10","Young person in care was born 12 September 2011. When should we start her plan for leaving care?","pathway","2011-09-12"),
("scenario","age","2026-08-10","Care leaver-to-be born 31/08/2011, placed with current carers since 2024, his brother is 17. When does his pathway plan need to be started?","pathway","2011-08-31","31 Feb does not exist; a reader might say 1 March 2027 instead of 28 Feb 2027."),
("typos","age","2025-06-01","yp dob 3/1/10 when does pathway plan start","pathway","2010-01-03"),
("newstarter","age","2026-11-30","A girl going to her first conference was born on 29/02/2016. From what date should she be offered an advocate, please?","advocate","2016-02-29"),
("indirect","age","2025-10-06","Boy on a protection plan, born 27 October 2013. From when does he get offered someone to help him have his say at conference?","advocate","2013-10-27"),
("scenario","age","2025-12-01","Baby sister is 2, brother born 29/02/2020. If we go into PLO, when does the brother stop counting as a child under the age that gets an adoption social worker allocated?","adopt6","2020-02-29"),
("duty","age","2027-04-12","dob 14/05/21 - when does she turn 6 (adoption SW allocation)?","adopt6","2021-05-14"),
("manager","age","2027-03-01","Child born 04/09/2011 - pathway plan was started 01/03/27. Was it due earlier?","pathway","2011-09-04"),
# ---------- choice ----------
("duty","choice","2026-03-03","conference was 3/3, what's next due?",["corefirst","cpvisit"],"2026-03-03"),
("indirect","choice","2025-12-22","Child came into care today. What's the next meeting I have to get booked in and when?",["placemtg","lacrev1"],"2025-12-22"),
("typos","choice","2026-05-22","plo meeting was 22/5 whats due next",["plofgc","plomins"],"2026-05-22"),
("newstarter","choice","2027-03-24","Hi, I'm picking up a CIN case that came to us on 24 March 2027. When does the first CIN meeting have to be held?",["cintrans","cindeplan"],"2027-03-24"),
("indirect","choice","2026-08-25","I started the assessment on the 25th. When is it due?",["tlreview","assess45"],"2026-08-25"),
("scenario","choice","2026-12-16","The IRO has raised a challenge with me on 16/12/26 about drift in the care plan; the child's review is in February. When's the deadline on the challenge?",["irochall","irodisp"],"2026-12-16"),
("manager","choice","2025-04-10","ICPC booked for 22/04/25 - when is the SW report due to be shared?",["icpcchair","icpcfam"],"2025-04-22"),
("indirect","choice","2027-05-05","When do I next have to see my looked after child? I last saw her 5 May and I'm not sure if the first review counts yet.",["lacweekly","lac6"],"2027-05-05"),
# ---------- none ----------
("duty","none","2026-04-01","rcpc - icpc was 1/4, when's the review conf?","review conference date (set by the CP chair; the standards give no interval)",None),
("indirect","none","2025-12-15","After the first core group, how often do the next core group meetings have to happen? Last one was 15 December.","core group frequency after the first one",None),
("newstarter","none","2026-09-07","How often should I be getting supervision? My last was 7 September.","supervision frequency (refers to the supervision policy)",None),
("typos","none","2027-02-15","second lac review whens it due, first was 15/2/27","second and later LAC review intervals",None),
("scenario","none","2026-06-22","Care leaver turns 18 on 22/06/26; she's in staying put. When does her pathway plan review need to be by?","pathway plan review interval",None),
("manager","none","2025-11-10","Annex A for the adoption hearing - what's the filing deadline? Application was made 10/11/25.","Annex A filing deadline",None),
("indirect","none","2026-12-17","The chronology on the file - when does it have to be updated by? Last done 17/06/26.","chronology update interval",None),
("scenario","none","2027-04-20","Legal gateway on 20/04/27 decided to issue. When does the SWET need to be filed?","SWET filing deadline (agreed at the Legal Gateway meeting)",None),
("indirect","none","2026-03-27","Young person went missing and came back yesterday. When does the return conversation have to happen?","return home interview timescale",None),
]


def build():
    src=open(SRC,encoding="utf-8").read()
    out=[]
    for i,r in enumerate(ROWS):
        voice,kind,today,q,rule,ev=r[:6]; amb=r[6] if len(r)>6 else None
        D.fromisoformat(today)
        row={"q":q,"today":today}
        if kind=="none":
            row.update(due=None,expect_any=[],count="no timescale in the standards: "+rule)
        else:
            rules=rule if isinstance(rule,list) else [rule]
            evs=ev if isinstance(ev,list) else [ev]*len(rules)
            res=[]
            for k,e in zip(rules,evs):
                ph,kr,n=T[k]; d,c=compute(kr,n,e); res.append((d,c,ph))
            res.sort(key=lambda t:t[0])
            row["due"]=res[0][0].isoformat()
            row["expect_any"]=list(dict.fromkeys(x[2] for x in res))
            row["count"]=" | ".join(x[1] for x in res) + (" ; earlier one given" if len(res)>1 else "")
        row["voice"]=voice; row["kind"]=kind
        if amb: row["ambiguous"]=amb
        for ph in row["expect_any"]:
            assert ph in src, (i,ph); assert len(ph.split())>=6,(i,ph)
        out.append(row)
    with open(OUT,"w",encoding="utf-8") as fh:
        for row in out: fh.write(json.dumps(row,ensure_ascii=False)+"\n")
    return out

if __name__=="__main__":
    out=build()
    from collections import Counter
    print(len(out), Counter(r["kind"] for r in out), Counter(r["voice"] for r in out))
    if "-v" in sys.argv:
        for r in out: print(r["today"],WD[D.fromisoformat(r["today"]).weekday()],"|",r["q"],"|",r["due"],"|",r["count"])
