#!/usr/bin/env python3
"""Independent deadline oracle for the Practice Guide frozen question set.
Standard library only. Run: python3 oracle.py  -> writes questions.jsonl next to this file and checks it."""
import datetime as dt, json, os, re, sys
D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"

# England & Wales bank holidays 2024-2028, typed by hand (substitute days applied).
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

def _selfcheck_holidays():
    # cross-check the typed list against rules (Easter by anonymous Gregorian algorithm)
    def easter(y):
        a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
        i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=((h+l-7*m+114)%31)+1
        return D(y,mo,da)
    for y in range(2024,2029):
        e=easter(y); exp=set()
        nyd=D(y,1,1)
        exp.add(nyd if nyd.weekday()<5 else nyd+dt.timedelta(days=7-nyd.weekday()))
        exp.add(e-dt.timedelta(2)); exp.add(e+dt.timedelta(1))
        m1=D(y,5,1); exp.add(m1+dt.timedelta((7-m1.weekday())%7))
        for mon in (5,8):
            last=D(y,mon,31); exp.add(last-dt.timedelta(last.weekday()))
        c=D(y,12,25); b=D(y,12,26)
        if c.weekday()==5: exp|={D(y,12,27),D(y,12,28)}
        elif c.weekday()==6: exp|={D(y,12,26),D(y,12,27)}
        elif b.weekday()==5: exp|={c,D(y,12,28)}
        else: exp|={c,b}
        got={h for h in BANK_HOLIDAYS if h.year==y}
        assert got==exp, (y, sorted(got^exp))

WD = "Mon Tue Wed Thu Fri Sat Sun".split()
def fmt(d): return f"{d.isoformat()} ({WD[d.weekday()]})"
def is_wd(d): return d.weekday()<5 and d not in BANK_HOLIDAYS

def add_wd(d, n):
    cur=d; skipped=[]
    k=0
    while k<n:
        cur+=dt.timedelta(1)
        if is_wd(cur): k+=1
        elif cur in BANK_HOLIDAYS: skipped.append(cur)
    return cur, skipped
def sub_wd(d, n):
    cur=d; skipped=[]; k=0
    while k<n:
        cur-=dt.timedelta(1)
        if is_wd(cur): k+=1
        elif cur in BANK_HOLIDAYS: skipped.append(cur)
    return cur, skipped
def add_months(d, n):
    y=d.year+(d.month-1+n)//12; m=(d.month-1+n)%12+1
    import calendar
    last=calendar.monthrange(y,m)[1]
    return D(y,m,min(d.day,last)), d.day>last

def compute(rule, n, start):
    """returns (due, count-text)"""
    if rule=="wd":
        due,sk=add_wd(start,n)
        s=f"{n} working day{'s' if n>1 else ''} after {fmt(start)} -> {fmt(due)}"
        if not is_wd(start): s+=f"; start day is not a working day, counted from it"
        if sk: s+="; skips bank holiday"+("s " if len(sk)>1 else " ")+", ".join(x.isoformat() for x in sk)
        return due,s
    if rule=="wdb":
        due,sk=sub_wd(start,n)
        s=f"{n} working days before {fmt(start)} -> {fmt(due)}"
        if sk: s+="; skips bank holiday"+("s " if len(sk)>1 else " ")+", ".join(x.isoformat() for x in sk)
        return due,s
    if rule=="cd":
        due=start+dt.timedelta(n); s=f"{n} calendar days after {fmt(start)} -> {fmt(due)}"
        if not is_wd(due): s+=" (not a working day; the standard counts calendar days)"
        return due,s
    if rule=="cdb":
        due=start-dt.timedelta(n); return due, f"{n} calendar days before {fmt(start)} -> {fmt(due)}"
    if rule=="wk":
        due=start+dt.timedelta(7*n); s=f"{n} week{'s' if n>1 else ''} ({7*n} days) after {fmt(start)} -> {fmt(due)}"
        if not is_wd(due): s+=" (not a working day; weeks are calendar)"
        return due,s
    if rule=="mo":
        due,cl=add_months(start,n); s=f"{n} months after {fmt(start)} -> {fmt(due)}"
        if cl: s+=f" (no day {start.day} in that month: last day of month used)"
        return due,s
    if rule=="age":
        y,m=n
        if start.month==2 and start.day==29 and m==0:
            try: due=D(start.year+y,2,29); note=" (29 Feb birthday falls in a leap year)"
            except ValueError: due=D(start.year+y,3,1); note=" (29 Feb birthday, non-leap year: 1 March used)"
            return due, f"turns {y} on {fmt(due)}; born {start.isoformat()}{note}"
        due,cl=add_months(start,12*y+m)
        s=f"aged {y} years{f' {m} months' if m else ''}: born {start.isoformat()} -> {fmt(due)}"
        if cl: s+=f" (no day {start.day} in that month: last day of month used)"
        return due,s
    raise ValueError(rule)

# key -> (rule, n, verbatim phrase from the sentence that sets the timescale)
S = {
 "fd_contact": ("wd",1,"decisions made by what action are required by a Team Leader within 1 working day"),
 "init_dec": ("wd",1,"Initial decisions will be made about the action required within 1 working day"),
 "ref_action": ("wd",1,"Referrals will be actioned by a social worker within 1 working day"),
 "s47_disc": ("cd",5,"Within 5 days of the Section 47 being initiated"),
 "alloc": ("wd",3,"complete a Child and Family Assessment within 3 working days"),
 "asmt_review": ("wd",15,"All assessments will be reviewed by the Team Leader within 15 working days"),
 "asmt_complete": ("cd",45,"Assessments must all be completed within 45 days"),
 "strat_mgmt": ("wd",1,"this must happen within 1 working day and should be chaired by a social work manager"),
 "transfer_notice": ("cd",5,"will notify the Neighbourhood Team via email, giving at least 5 days"),
 "icpc": ("wd",15,"Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion"),
 "icpc_family": ("cdb",3,"The report will be shared with family at least 3 the days prior to conference"),
 "icpc_chair": ("wdb",3,"The report will be sent to the child protection chair 3 working days before the conference"),
 "core1": ("cd",10,"held within 10 days of the conference"),
 "cp_visit": ("wk",4,"Visits to a child subject to a CP plan will take place at least every 4 weeks"),
 "rcpc_parents": ("cdb",3,"This report must be shared with parents at least 3 days prior to the review conference"),
 "rcpc_chair": ("cdb",3,"The report will be available to the conference chair at least 3 days prior to the review conference"),
 "cp12": ("mo",12,"when they have been subject to a plan for 12 months"),
 "plo1": ("cd",10,"should take place within 10 days of the date on the PLO letter"),
 "plo_fgc": ("wd",3,"Referral should be made within 3 working days of the first PLO meeting"),
 "plo_via": ("wd",3,"Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting"),
 "plo_min": ("cd",7,"to be distributed to parents and their legal representation within 7 days of the meeting"),
 "plo_review": ("wk",6,"Review PLO meetings with parents to be held every 4-6 weeks"),
 "plo_12": ("wk",12,"A review legal planning meeting will be held at 12 weeks"),
 "plo_16": ("wk",16,"a Legal Gateway meeting will be convened at 16 weeks"),
 "plo_ext": ("wk",4,"In exceptional circumstances a further period of 4 weeks will be agreed in PLO"),
 "cin_deplan": ("cd",20,"will set the first CIN meeting within 20 days"),
 "cin_transfer": ("cd",10,"the initial CIN meeting must take place within 10 days"),
 "cin_review": ("wk",6,"CIN review meetings will be held at least every 6 weeks"),
 "cin_visit": ("wk",6,"A child subject to a CIN plan will be seen at least every 6 weeks"),
 "cic_asmt": ("wd",20,"If it is an emergency / unplanned admission the assessment will be completed within 20 working days"),
 "cic_visit": ("wd",1,"The child will be visited within 1 working day of coming into care or having a change in placement"),
 "cic_seen": ("wd",1,"All looked after children will be seen within 1 working day of placement"),
 "place_meet": ("wd",3,"The placement meeting will be held within 3 working days"),
 "place_plan": ("wd",5,"an updated copy given to the carers within 5 working days of the placement beginning"),
 "family_time": ("wk",8,"reviewed at least every 8 week until the plan for permanence is agreed"),
 "cic_pack": ("wk",3,"The child will be provided with a coming into care pack, children rights leaflet within 3 weeks"),
 "legal_status": ("wd",5,"All other professionals involved with the child will be informed"),
 "iha": ("wd",20,"An initial health assessment will be requested and carried out within 20 working days"),
 "pep": ("cd",20,"A PEP meeting will be arranged within the school within 20 days"),
 "lac_weekly": ("wk",1,"Statutory looked after visits must happen weekly until the first looked after review"),
 "lac_6": ("wk",6,"a minimum of every 6 weeks thereafter until the plan for permanence is finalised"),
 "lac_12": ("wk",12,"Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement"),
 "care_plan": ("cd",10,"An up to date care plan will be recorded on the electronic system within 10 days of placement"),
 "ilar": ("wd",20,"The initial Looked After Review must take place within 20 working days of the child becoming looked after"),
 "pathway": ("age",(15,6),"A pathway plan will be started when the young person is 15 years 6 months"),
 "iro_report": ("cdb",3,"this will be with the IRO 3 days before the review"),
 "iro_informal": ("wd",5,"If the challenge is not resolved within 5 working days a formal dispute will be raised"),
 "iro_formal": ("wd",20,"The formal dispute resolution process should be completed from start to finish within 20 working days"),
 "adopt_age": ("age",(6,0),"If a child under the age of 6 enters PLO or proceedings"),
 "adopt_weekly": ("wk",1,"Once the child is placed weekly statutory visits will take place until the first Looked After Review"),
 "adopt_6": ("wk",6,"then visits will be a minimum of 6 weekly until the Adoption Order is Granted"),
 "adopt_order": ("wk",10,"Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order"),
 "fc_visit": ("wk",6,"Trafford foster carers are visited at least once every six weeks"),
 "fc_record": ("wd",3,"a record of this visit is recorded on LCS within 3 working days"),
 "fc_unann": ("mo",12,"will have an unannounced visit at least once every 12 months"),
 "fc_annual": ("mo",12,"All Trafford foster carers will have an annual review"),
 "fc_panel": ("mo",36,"annual review presented to the Fostering Panel at least every three years"),
 "fc_dbs": ("mo",36,"updated statutory references, medicals and DBS checks at least every three years"),
 "fc_training": ("mo",36,"must update their core training at least every three years"),
 "variation": ("wd",6,"This can only be given for up to 6 working days"),
 "temp_appr": ("wk",16,"Temporary approval is for 16 weeks but can be extended for a further 8 weeks"),
 "temp_ext": ("wk",24,"Temporary approval is for 16 weeks but can be extended for a further 8 weeks"),
 "recording": ("cd",3,"any event or contact is recorded within 3 days"),
 "summary": ("mo",3,"case file summary which has been updated within the last 3 months"),
 "assess12": ("mo",12,"An up to date assessment (within the last 12 months) on each child"),
 "advocate": ("age",(12,0),"if they are 12 or over they should be offered an advocate"),
}
# phrases quoted by `none` rows: the nearest text, showing the standards set no timescale
NONE_PHRASES = {
 "supervision": "monitored through supervision which takes place in line with the supervision policy",
 "rcpc": "The child protection chair will set the date of the next conference",
 "core_next": "targets agreed and outcomes expected are reviewed at every core group",
 "lac2": "At the point of the second review (if not in proceedings)",
 "lifestory": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
 "shopba": "This needs to take place after the area teams final care planning meeting",
 "gcp2": "a Graded Care Profile 2 should be completed with the parents or carers",
 "support": "a Support Meeting will be held and chaired by the Team Leader",
 "pep_review": "subsequently reviewed within the statutory guidelines at least 1 per term",
}

ROWS = []
def R(voice, kind, today, key, start, q, amb=None):
    ROWS.append(dict(voice=voice, kind=kind, today=today, key=key, start=start, q=q, amb=amb))

AMB_24H = "The S47 section also says 'A strategy discussion within 24 hours', which could be read as 24 clock hours rather than 1 working day."
AMB_PLOSTART = "The standard does not say what the weeks run from; counted from the PLO letter date, but it could be read from the first PLO meeting."

# ---------------- kind: date ----------------
R("duty","date","2025-12-24","fd_contact","2025-12-24","contact in at FD 24/12 - TL decision due by?")
R("indirect","date","2026-04-02","fd_contact","2026-04-02","A nursery rang the front door this morning worried about a little one. By when does a team leader have to decide what we're doing with it?")
R("typos","date","2026-05-22","init_dec","2026-05-22","refferal came in at level 4 today 22.5, when does the TL need to make the initial decison by")
R("newstarter","date","2025-08-22","ref_action","2025-08-22","Hi, sorry if this is a basic question - a referral has just been passed to me today. How long do I have as the social worker to action it?")
R("manager","date","2027-01-05","ref_action","2026-12-24","Referral received 24/12/26, first social work action on the 29th. In timescale?")
R("indirect","date","2027-03-25","s47_disc","2027-03-24","We kicked off the child protection enquiries yesterday. When do I need to sit down with my manager to go over how they're going?")
R("scenario","date","2025-12-22","s47_disc","2025-12-19","Child (DOB 04/02/2019) disclosed at school on Friday 19/12 and we started the section 47 that afternoon. Mum's next appointment with the GP is 5 Jan. When should my manager and I have the progress discussion on the s47?")
R("duty","date","2026-12-23","alloc","2026-12-23","needs C&F - decision today 23/12, allocate by?", "The standard does not say what the 3 working days run from; counted from the decision that an assessment is needed, but it could be read from the referral.")
R("indirect","date","2027-04-30","alloc","2027-04-30","It was agreed today that this family needs a full assessment. How long has my team leader got to put a worker on it?", "The standard does not say what the 3 working days run from; counted from the decision, but it could be read from the referral.")
R("typos","date","2026-04-01","asmt_review","2026-03-27","assesment started 27/3 when does TL have to review it")
R("indirect","date","2025-12-15","asmt_review","2025-12-15","I've opened an assessment of a family today. By when does my team leader need to have looked it over?")
R("manager","date","2026-06-01","asmt_review","2026-05-01","C&F started 1/5/26, TL review on 22/5 - within timescale?")
R("scenario","date","2027-01-04","asmt_complete","2026-12-30","Mum rang in on 28th Dec worried about her partner and the assessment was started on 30/12/26. Baby is due on 14 Feb. When does the assessment have to be finished?")
R("indirect","date","2025-11-10","asmt_complete","2025-11-03","How long have I got to get the whole assessment done if it started last Monday (the 3rd)?")
R("newstarter","date","2026-04-07","asmt_complete","2026-04-07","Hello! I'm new and started my first Child and Family Assessment today. Is there an overall deadline for it to be completed?")
R("duty","date","2026-12-24","strat_mgmt","2026-12-24","mgmt decision strat needed, made today 24/12 - latest strat?", AMB_24H)
R("indirect","date","2027-05-28","strat_mgmt","2027-05-28","My manager has just decided we need to get police and health round the table about this family. What's the latest that discussion can happen?", AMB_24H)
R("newstarter","date","2026-08-27","transfer_notice","2026-08-27","Hi, the assessment says this case should move to a Neighbourhood Team at child in need. If I email them today (27 Aug), what's the earliest the transfer can happen with the notice we have to give?", "'at least 5 days' notice' is counted as calendar days; some would count 5 working days or treat the transfer as due on the 6th day.")
R("typos","date","2026-03-25","icpc","2026-03-24","strat 24.3 icpc deadline??")
R("indirect","date","2027-03-18","icpc","2027-03-15","We had the first multi-agency discussion about the family on 15th March. By when does the big meeting have to happen where they decide if the children need a protection plan?")
R("scenario","date","2026-08-20","icpc","2026-08-14","Strategy discussion was held on 14/08/26 after the referral came in on the 13th. The children's dad has a court date on 2 Sept. When does the initial conference need to be held by?")
R("duty","date","2026-04-02","icpc_family","2026-04-07","icpc 7/4/26 - report to family by when?")
R("indirect","date","2025-12-29","icpc_family","2026-01-05","First conference about the kids is on 5 Jan. What's the last day I can give mum and dad my report for it?")
R("typos","date","2026-04-27","icpc_chair","2026-05-05","icpc on tues 5th may, wen does my report need to go to the chair")
R("indirect","date","2027-01-04","icpc_chair","2027-01-07","When does the person chairing the first conference need my report? Conference is Thursday 7th Jan.")
R("manager","date","2025-12-30","icpc_chair","2026-01-02","ICPC 2/1/26, SW report reached the chair 24/12. Compliant?")
R("indirect","date","2026-03-27","core1","2026-03-25","The child was put on a plan at conference on Wednesday. When does the first meeting with the family and professionals to flesh out the plan need to happen?")
R("scenario","date","2026-08-21","core1","2026-08-20","Conference on 20/08/26 made both kids subject to CP plans under neglect. Next review conference has been set for 12 Nov. When's the latest for the first core group?")
R("indirect","date","2026-05-20","rcpc_parents","2026-05-26","Review conference is on Tuesday 26 May. What's the latest I can share my update report with the parents?")
R("duty","date","2026-12-29","rcpc_parents","2027-01-04","rcpc 4/1/27 - parents need report by?")
R("scenario","date","2025-08-26","rcpc_parents","2025-09-01","The little one has been on a plan since February and the review conference is on 1 September. Dad has been in hospital since 20 Aug. When do I need to have shared my report with the parents?")
R("newstarter","date","2027-03-24","rcpc_chair","2027-03-30","When does the conference chair need my plan update for a review child protection conference on 30 March 2027?")
R("manager","date","2026-01-06","rcpc_chair","2026-01-05","RCPC 05/01/26, plan update available to chair 31/12/25 - was it in time?")
R("indirect","date","2026-02-12","cp12","2025-03-12","The children went on a plan on 12/03/25 and things aren't shifting. When do we hit the point where we're meant to hold the professional thinking time meeting?")
R("scenario","date","2026-12-01","cp12","2025-12-18","Child was made subject to a CP plan at the ICPC on 18/12/25 (the strat was 28/11/25). Progress is poor and there's talk of legal. When does she reach 12 months on the plan?")
R("indirect","date","2026-12-21","plo1","2026-12-21","The letter that starts pre-proceedings is dated 21/12/26. By when should we have the first meeting with the parents and their solicitor?")
R("typos","date","2027-03-04","plo1","2027-03-03","plo leter dated 3.3.27 when do we need the 1st meeting")
R("manager","date","2026-06-10","plo1","2026-05-15","PLO letter 15/05/26, first PLO meeting 27/05/26. In timescale?")
R("indirect","date","2026-04-02","plo_fgc","2026-04-02","We had the first pre-proceedings meeting with the parents today and they've agreed to a family group conference. When do I have to get the referral in?")
R("newstarter","date","2027-12-22","plo_fgc","2027-12-22","The parents consented to a Family Group Conference at the first PLO meeting today (22 December). How long do I have to make the FGC referral?")
R("duty","date","2026-05-29","plo_via","2026-05-29","1st PLO mtg 29/5/26, viability requests to FPT by?")
R("indirect","date","2025-08-21","plo_via","2025-08-21","At the first pre-proceedings meeting this morning the parents named an aunt who could take the kids. When do I need to get the request to check her out over to the Family Placement Team?")
R("scenario","date","2026-12-24","plo_via","2026-12-23","Initial PLO meeting was 23/12/26. Nan and grandad came forward as possible carers; nan's 70th is on 2 Jan. When do the viability screening requests need to be with Family Placement?")
R("typos","date","2026-01-02","plo_min","2025-12-30","plo meeting was 30/12 when do minutes need to go to parents and there solicitor")
R("indirect","date","2027-03-26","plo_min","2027-03-23","When do the notes from Tuesday's pre-proceedings meeting need to be out to the parents and their lawyers?")
R("manager","date","2025-04-28","plo_min","2025-04-14","PLO meeting 14/04/25, minutes sent 24/04/25 - compliant?")
R("indirect","date","2026-03-02","plo_12","2026-01-12","We started pre-proceedings on 12 January (that's the letter date). When is the review meeting with legal meant to be?", AMB_PLOSTART)
R("duty","date","2025-09-01","plo_12","2025-09-01","PLO started 1/9/25 (letter date), 12 wk legal planning mtg when?", AMB_PLOSTART)
R("scenario","date","2026-08-03","plo_16","2026-05-11","Case went into PLO on 11/05/26 (letter date) and the first meeting was 20/05. Parents have made some progress but not enough. When would the 16 week Legal Gateway be?", AMB_PLOSTART)
R("newstarter","date","2025-12-01","plo_16","2025-10-06","If a family has been in PLO since 6 October 2025, when would the Legal Gateway meeting with the Strategic Lead be due?", AMB_PLOSTART)
R("indirect","date","2026-12-07","plo_ext","2026-12-07","At the review legal planning meeting today they agreed to give the family a bit longer in pre-proceedings as it's exceptional. Until when?")
R("indirect","date","2026-12-15","cin_deplan","2026-12-15","The kids came off their protection plans at conference today and will be supported as children in need. When does the first meeting for that need to be?")
R("duty","date","2026-04-08","cin_deplan","2026-04-07","RCPC deplanned 7/4/26, 1st CIN mtg by?")
R("indirect","date","2025-12-19","cin_transfer","2025-12-19","The case came over to us from the front door team today. How quickly do we need to hold the first child in need meeting?")
R("scenario","date","2026-05-06","cin_transfer","2026-05-01","We picked up a case from Children's First Response on 1 May 2026; the joint visit was 28 April. The child's birthday is 9 May. When is the initial CIN meeting due?")
R("indirect","date","2026-12-21","cic_asmt","2026-12-20","A 9 year old had to come into care in an emergency last night. How long do we have to finish the assessment of his needs?")
R("typos","date","2026-04-04","cic_visit","2026-04-04","kid moved placement today sat 4th april, when do i have to visit by")
R("indirect","date","2025-12-24","cic_visit","2025-12-24","A teenager had to move to different carers this afternoon. What's the latest I can go and see her at the new place?")
R("scenario","date","2027-05-28","cic_visit","2027-05-28","Child came into care under s20 today, 28/05/27, after mum was admitted to hospital. Mum's outpatient appointment is on the 2nd. When do I need to have visited the child by?")
R("manager","date","2027-01-04","cic_seen","2026-12-24","Child placed 24/12/26, first seen 29/12/26 - within timescale?")
R("newstarter","date","2025-04-18","cic_seen","2025-04-18","Hi, a child was placed in foster care today (Good Friday, 18 April 2025). When is the latest I should see them?")
R("indirect","date","2026-08-28","place_meet","2026-08-28","We placed a child with new foster carers today. When's the latest for the meeting where we agree delegated authority with the carers?")
R("scenario","date","2026-05-01","place_meet","2026-04-30","Siblings were placed together with carers yesterday, 30/04/26. Their school trip is on 7 May and the eldest has an exam on the 5th. When does the placement meeting have to be held?")
R("indirect","date","2026-04-01","place_plan","2026-04-01","When do the foster carers need the updated version of the plan for the child? She was placed with them today, 1 April.")
R("typos","date","2025-12-19","place_plan","2025-12-19","plcement started 19/12 when do carers get the updated placement plan")
R("indirect","date","2025-12-10","cic_pack","2025-12-10","Boy came into care today - by when should he get his welcome pack and the leaflet about his rights?")
R("newstarter","date","2027-03-17","cic_pack","2027-03-16","What's the deadline for giving a child the coming into care pack? She became looked after on 16 March 2027.")
R("indirect","date","2026-12-22","legal_status","2026-12-22","Child became looked after today. When do all the other professionals working with him need to be told about his legal status?")
R("indirect","date","2026-12-10","iha","2026-12-10","When does the child's first health check after coming into care need to be done by? He came in today, 10 December.")
R("typos","date","2025-04-15","iha","2025-04-14","IHA due date? came into care 14/4/25")
R("indirect","date","2026-08-20","pep","2026-08-20","When does the education planning meeting at school need to happen for a girl who came into care today?", "The PEP bullet does not say what the 20 days run from; counted from coming into care.")
R("duty","date","2025-12-16","pep","2025-12-15","PEP mtg by? LAC from 15/12/25", "The PEP bullet does not say what the 20 days run from; counted from coming into care.")
R("indirect","date","2027-03-22","care_plan","2027-03-22","Young person was placed this morning. When does the plan for his time in care have to be on the system?")
R("scenario","date","2025-12-29","care_plan","2025-12-24","Child was placed on 24/12/25 after police protection on the 23rd. The court hearing is listed for 6 Jan. When does the care plan need to be recorded on the system?")
R("indirect","date","2026-03-23","ilar","2026-03-23","A baby came into our care today. When is the first review meeting with the independent reviewing officer due by?")
R("newstarter","date","2026-12-02","ilar","2026-12-01","Could someone help me work out when the initial Looked After Review is due? The child became looked after on 1 December 2026.")
R("indirect","date","2026-01-02","iro_report","2026-01-05","Review for a child in care is on Monday 5 Jan. When does my written report have to be with the reviewing officer?")
R("indirect","date","2025-12-22","iro_informal","2025-12-22","The reviewing officer raised an informal concern with me today about drift in the care plan. How long before it becomes a formal dispute if it isn't sorted?")
R("newstarter","date","2026-05-01","iro_informal","2026-05-01","The IRO gave me an informal challenge today (1 May 2026). When would it become a formal dispute if it's not resolved?")
R("typos","date","2026-04-09","iro_formal","2026-04-08","formal dispute raised by iro 8.4.26 when does it need to be finished")
R("manager","date","2026-01-07","iro_formal","2025-12-02","Formal IRO dispute started 02/12/25, closed 06/01/26. In timescale?")
R("indirect","date","2026-03-10","adopt_order","2026-01-06","Little one moved in with her adoptive parents on 6/1/26. From when can they apply to court to make it permanent?")
R("scenario","date","2027-08-02","adopt_order","2027-05-24","Child was matched at panel on 22/04/27 and placed with the adopters on 24/05/27. The adopters want to apply as soon as they can. What's the earliest date they can apply for the Adoption Order?")
R("indirect","date","2026-05-22","fc_record","2026-05-22","I went out to see one of our foster carers today for their supervision visit. When does it need to be written up on the system?")
R("newstarter","date","2027-08-20","variation","2027-08-20","The Strategic Lead gave permission today (20 Aug 2027) to place a child outside a carer's terms of approval. Until when does that permission last?", "Counted as the 6th working day after the permission; some would count the day of permission as day 1.")
R("indirect","date","2026-01-05","temp_appr","2026-01-05","Grandma was temporarily approved by the ADM today as a family carer. When does that approval run out if nothing's extended?")
R("manager","date","2025-10-01","temp_appr","2025-09-12","Connected person temp approval 12/09/25 - when does the initial period end?")
R("typos","date","2025-12-31","recording","2025-12-31","home visit today 31/12 when do i need to have it recorded by")
R("indirect","date","2026-04-03","recording","2026-04-03","I had a phone call with a parent today even though it's Good Friday. What's the deadline to get it on the record?")
R("manager","date","2026-05-07","recording","2026-05-01","Visit 01/05/26, case note entered 06/05/26 - within timescale?")
R("indirect","date","2026-02-20","summary","2025-11-30","The summary at the front of the file was last refreshed on 30/11/25. When does it need redoing by?")
R("duty","date","2026-06-01","summary","2026-05-31","case summary last updated 31/5/26, next due?")
R("newstarter","date","2025-12-01","assess12","2025-01-14","I've taken over a case where the last assessment was authorised on 14 January 2025. When does it stop counting as up to date?")
# extra scenario / indirect rows
R("scenario","date","2027-04-01","asmt_review","2027-03-24","The referral came in on 22/03/27 and the child and family assessment was started on 24/03/27. Dad's probation appointment is 6 April. When does my TL need to review the assessment?")
R("scenario","date","2026-12-29","plo_min","2026-12-29","First PLO meeting was today, 29/12/26, and the next review is pencilled for early Feb. The parents' solicitor is off until 4 Jan. When do the minutes have to go out?")
R("scenario","date","2025-12-15","cin_deplan","2025-12-15","The RCPC today (15/12/25) took the twins off their plans and stepped them down to CIN. They were first put on plans on 15/06/25. When does the first CIN meeting have to be by?")
R("scenario","date","2026-04-07","cic_asmt","2026-04-02","A 14 year old came into care as an emergency on 02/04/26 after a row at home; the family's last referral was 10/01/26. When does her assessment need to be completed?")
R("scenario","date","2026-08-26","iha","2026-08-24","Siblings (DOBs 03/03/2015 and 11/11/2018) came into care on 24/08/26. The older one has a dentist appointment on 1 Sept. When do their initial health assessments need to be done?")
R("scenario","date","2027-12-22","legal_status","2027-12-21","Child became looked after on 21/12/27 after the court made an ICO; the previous hearing was 14/12. When do all the other professionals need to know his legal status?")
R("scenario","date","2026-12-29","place_plan","2026-12-24","Child moved to emergency carers on 24/12/26 after the previous placement ended on the 23rd. When do the carers need the updated placement plan?")
R("scenario","date","2025-08-26","fc_record","2025-08-22","I did a supervising visit to one of our foster carers on Friday 22/08/25; her annual review is on 10 Sept. When does the visit have to be recorded on LCS?")
R("scenario","date","2027-03-30","iro_formal","2027-03-22","The IRO's informal challenge was raised on 12/03/27, not resolved, and the formal dispute was raised on 22/03/27. When should the formal process be finished?")
R("scenario","date","2026-03-26","icpc_chair","2026-04-08","ICPC is on Wednesday 8 April 2026; the strat was 20 March. When does my report need to be with the CP chair?")
R("scenario","date","2025-04-22","iro_report","2025-04-29","The LAC review is today week, 29/04/25; the last one was 28/10/24. When does my report need to be with the IRO?")
R("scenario","date","2026-09-01","cic_visit","2026-08-28","Placement broke down and the child moved to new carers on Friday 28/08/26. His previous move was 12/05/26. When should the visit at the new placement have happened by?")
R("scenario","date","2027-01-05","temp_appr","2026-12-31","Aunt was given temporary approval as a connected person by the ADM on 31/12/26; the child moved in the same day. Assessment is due to go to panel in March. When does the temporary approval run out?")
R("scenario","date","2026-05-26","plo_fgc","2026-05-22","The first PLO meeting was on Friday 22/05/26 and the parents agreed to an FGC. Dad's solicitor wants the minutes by 29 May. When does the FGC referral need to be made?")
R("scenario","date","2025-12-29","fd_contact","2025-12-27","A police notification came into the front door on Saturday 27/12/25 about a domestic incident on the 26th. When does the team leader need to have made the decision on it?", "Contact arrived on a weekend: counted as due on the next working day after it; a reader could argue the clock only starts on that working day, giving the day after.")
R("scenario","date","2027-03-31","adopt_order","2027-01-15","Baby was placed with her adopters on 15/01/27, placement order was made 10/12/26. When can the adopters apply for the adoption order?")
R("scenario","date","2026-09-02","cin_transfer","2026-08-28","Case was transferred from CFR to our neighbourhood team on 28/08/26 after the joint visit on the 27th. The child starts a new school on 3 Sept. When does the initial CIN meeting need to take place by?")
R("scenario","date","2026-04-02","place_meet","2026-04-02","A 12 year old was placed with new carers this morning, 02/04/26, after a late-night police protection. When is the placement meeting due by?")
R("scenario","date","2026-12-24","s47_disc","2026-12-23","We initiated the s47 on 23/12/26 after the strat; the child's DOB is 01/01/2020 and the previous s47 was in June. When should the SW and manager meet to discuss progress?")
R("scenario","date","2027-12-29","cic_seen","2027-12-24","A 6 year old was placed with foster carers on Christmas Eve 2027 (24/12) after an emergency PPO. When was the latest date for him to be seen?")
R("indirect","date","2027-03-24","cic_pack","2027-03-24","A girl came into care today. When must she have her info pack and the leaflet about her rights?")
R("indirect","date","2025-04-17","ref_action","2025-04-17","A referral has just come in to the duty desk today. By when does a social worker need to have done something with it?")

# ---------------- kind: visits ----------------
R("duty","visits","2026-03-04","cp_visit","2026-03-03","cp visit done 3/3/26, next by?")
R("indirect","visits","2025-12-01","cp_visit","2025-11-28","I last saw the child on the protection plan at home on 28/11/25. What's the latest date for the next statutory visit?")
R("manager","visits","2027-01-06","cp_visit","2026-12-02","CP child last seen at home 02/12/26, next visit 05/01/27 - in timescale?")
R("typos","visits","2026-08-20","cin_visit","2026-08-14","cin visit last done 14.8.26 when is next")
R("indirect","visits","2027-03-10","cin_visit","2027-03-06","When do I next need to see a child on a child in need plan at home? I last saw him on 6 March.")
R("newstarter","visits","2025-11-21","cin_review","2025-11-20","The last Child in Need review meeting was yesterday, 20 November 2025. When does the next one need to be held by?")
R("scenario","visits","2026-04-20","cin_review","2026-04-17","CIN review held 17/04/26; the child's school holidays start 22 May and dad's court date is 3 June. When does the next CIN review need to be?")
R("indirect","visits","2026-12-24","lac_weekly","2026-12-22","Girl came into care last week and her first review isn't until January. I saw her on Tuesday (22nd). When's the next visit due?")
R("duty","visits","2025-05-22","lac_6","2025-05-21","LAC visit 21/5/25, had 1st review, no perm plan yet - next by?")
R("scenario","visits","2026-03-20","lac_6","2026-03-19","Child's first LAC review was 12/01/26 and I visited on 19/03/26. The permanence plan is still being worked on. When is my next statutory visit due?")
R("manager","visits","2026-10-09","lac_12","2026-10-08","YP in permanent placement since 2024, statutory visits now 12 weekly. Last visit 08/10/26 - next due?")
R("indirect","visits","2027-03-08","lac_12","2027-03-05","Lad's been settled in his long-term foster home for two years so we're on the longer visiting gap. Last saw him on 5/3/27, when's the next one?")
R("typos","visits","2026-04-01","adopt_weekly","2026-03-31","child placed with adopters, visited 31/3, first lac review not til may, next visit by")
R("newstarter","visits","2027-07-20","adopt_6","2027-07-19","After the first review, how often do I visit a child placed for adoption? I last visited on 19 July 2027 - when's the next one due?")
R("indirect","visits","2025-11-13","fc_visit","2025-11-12","When do I next need to visit one of my foster carers? Last visit was yesterday, 12/11/25.")
R("duty","visits","2026-03-17","fc_visit","2026-03-16","FC last supervisory visit 16/3/26 next due?")
R("manager","visits","2025-12-10","fc_unann","2025-02-28","Foster carer's last unannounced visit 28/02/25 - when is the next due by?")
R("indirect","visits","2026-06-16","fc_annual","2026-06-15","When is a foster carer's next yearly review due if the last one was 15 June 2026?")
R("scenario","visits","2026-03-18","family_time","2026-03-17","Child came into care on 02/02/26; family time with mum was last reviewed on 17/03/26. There's no permanence plan agreed yet. When must family time next be reviewed?")
R("indirect","visits","2026-12-10","plo_review","2026-12-09","The last pre-proceedings review meeting with the parents was 9 Dec 2026. What's the latest the next one can be?", "The standard gives a range of 4-6 weeks; the due date is the 6-week end, the 4-week date (2027-01-06) is the earliest expected.")
R("typos","visits","2027-08-01","fc_dbs","2024-09-03","foster carer dbs and medicals done 03/09/24 when is renewal due")
R("manager","visits","2026-11-02","fc_training","2024-04-01","Carer's core training last updated 01/04/24. Due date for refresh?")

# ---------------- kind: age ----------------
R("indirect","age","2025-11-20","pathway","2010-08-15","When should we start the plan for leaving care for a lad born 15/08/2010?")
R("duty","age","2026-06-01","pathway","2011-06-12","DOB 12/06/11 - pathway plan start?")
R("newstarter","age","2026-09-01","pathway","2012-02-29","A young person in care was born on 29 February 2012 (leap day!). When does her pathway plan need to be started?")
R("scenario","age","2026-03-02","advocate","2014-03-14","ICPC for three siblings is on 10/03/26. The eldest was born 14/03/2014 and her brothers in 2016 and 2019. When does the eldest reach the age where she must be offered an advocate for conference?")
R("typos","age","2026-11-01","advocate","2014-12-23","when does child turn 12 for the advocate thing dob 23/12/14")
R("indirect","age","2026-10-05","adopt_age","2021-01-02","Toddler born 02/01/2021. Up to what date would going into PLO still mean she gets an adoption worker and family finder straight away?")
R("manager","age","2026-03-05","adopt_age","2020-02-29","Child DOB 29/02/2020; PLO entered 03/03/26. When did the child turn 6 - were they still under 6 at PLO entry?")
R("indirect","age","2027-01-15","advocate","2015-04-01","Girl born 1/4/2015 — from what date should she be offered someone to support her to attend conference?")

# ---------------- kind: choice ----------------
R("duty","choice","2026-03-04","core1|cin_deplan","2026-03-03","conference was 3/3/26, what's next due?")
R("indirect","choice","2026-05-01","icpc_chair|icpc_family","2026-05-11","First conference is on Monday 11 May. When does my report have to go out?")
R("typos","choice","2025-12-03","asmt_review|asmt_complete","2025-12-02","assesment started 2.12.25 whens it due")
R("newstarter","choice","2026-03-31","plo_via|plo_min","2026-03-30","We held the first PLO meeting yesterday (30 March 2026). What's due next and by when?")
R("duty","choice","2026-12-18","fc_record|fc_visit","2026-12-18","fc visit today 18/12/26 - whats due?")
R("indirect","choice","2026-04-24","ref_action|alloc","2026-04-24","A referral came in today, Friday. What's my deadline on it?")
R("scenario","choice","2025-12-31","place_meet|place_plan","2025-12-31","Child moved to new carers today, 31/12/25, after the previous placement broke down on the 29th. What's the deadline for getting the placement stuff sorted with the carers?")
R("manager","choice","2026-06-02","temp_appr|temp_ext","2026-06-01","Connected carer temp approval from 01/06/26 - what's the end date?")

# ---------------- kind: none ----------------
R("newstarter","none","2026-03-10","supervision",None,"How often should I be getting supervision? My last one was 3 March and I'm not sure when the next is due.")
R("indirect","none","2026-02-02","rcpc",None,"The kids went on a protection plan at conference on 20/01/26. When does the next conference have to happen by?")
R("duty","none","2026-02-11","core_next",None,"1st core group 10/2/26, next core group due by?")
R("typos","none","2027-03-05","lac2",None,"first lac review was 3/3/27 when is the 2nd one due")
R("indirect","none","2026-06-03","lifestory",None,"When does the memory book for a child placed with adopters on 1/6/26 need to be finished by?")
R("scenario","none","2026-05-13","shopba",None,"Final care planning meeting was 12/05/26 with adoption as the plan and the IRH is listed for 30/06/26. How many days do I have to get the SHOPBA done?")
R("manager","none","2027-01-06","gcp2",None,"Neglect case opened 05/01/27 - what's the timescale in days for completing the GCP2?")
R("indirect","none","2026-08-25","support",None,"The foster placement has been wobbling since yesterday. How soon does the team leader have to hold the meeting to try to keep it going?")
R("scenario","none","2026-09-11","pep_review",None,"The girl's PEP meeting was held on 10/09/26, a few days after she started at her new school on 7 Sept. By what date is the next PEP review due?")


def build():
    _selfcheck_holidays()
    src = open(SOURCE, encoding="utf-8").read()
    out = []
    for r in ROWS:
        row = {"q": r["q"], "today": r["today"]}
        kind = r["kind"]
        if kind == "none":
            row["due"] = None
            row["expect_any"] = [NONE_PHRASES[r["key"]]]
            row["count"] = "no timescale: the standards set no deadline for this (nearest text quoted in expect_any)"
        else:
            start = D.fromisoformat(r["start"])
            keys = r["key"].split("|")
            results = []
            for k in keys:
                rule, n, phrase = S[k]
                due, txt = compute(rule, n, start)
                results.append((due, txt, phrase))
            row["due"] = min(x[0] for x in results).isoformat()
            phrases = []
            for x in results:
                if x[2] not in phrases: phrases.append(x[2])
            row["expect_any"] = phrases
            if kind == "choice":
                row["count"] = " | ".join(f"option {i+1}: {x[1]}" for i, x in enumerate(results)) + f"; due = earlier = {row['due']}"
            else:
                row["count"] = results[0][1]
        row["voice"] = r["voice"]; row["kind"] = kind
        if r["amb"]: row["ambiguous"] = r["amb"]
        out.append(row)
    # checks
    for i, row in enumerate(out):
        for p in row["expect_any"]:
            assert p in src, (i, p)
            assert len(p.split()) >= 6, (i, p)
        D.fromisoformat(row["today"])
        assert row["voice"] in {"duty","typos","scenario","indirect","newstarter","manager"}
        assert row["kind"] in {"date","visits","age","choice","none"}
        assert (row["due"] is None) == (row["kind"] == "none")
    assert len({o["q"] for o in out}) == len(out), "duplicate question"
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    # re-read check
    back = [json.loads(l) for l in open(path, encoding="utf-8")]
    assert back == out
    from collections import Counter
    print(len(out), "rows")
    print("kinds", dict(Counter(o["kind"] for o in out)))
    print("voices", dict(Counter(o["voice"] for o in out)))
    print("years(today)", dict(Counter(o["today"][:4] for o in out)))
    print("ambiguous", sum(1 for o in out if "ambiguous" in o))
    return out

if __name__ == "__main__":
    build()
