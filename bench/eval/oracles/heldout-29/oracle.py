#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (standard library only).

Every `due` and `count` in questions.jsonl is computed here from the structured
row descriptions in ROWS. Run:  python3 oracle.py  -> writes questions.jsonl and checks it.
"""
import datetime as dt, json, os, re, sys

D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"

# England & Wales bank holidays 2024-2028, typed by hand (substitute days included).
BANK_HOLIDAYS = {
    D(2024,1,1): "New Year's Day", D(2024,3,29): "Good Friday", D(2024,4,1): "Easter Monday",
    D(2024,5,6): "Early May", D(2024,5,27): "Spring", D(2024,8,26): "Summer",
    D(2024,12,25): "Christmas Day", D(2024,12,26): "Boxing Day",
    D(2025,1,1): "New Year's Day", D(2025,4,18): "Good Friday", D(2025,4,21): "Easter Monday",
    D(2025,5,5): "Early May", D(2025,5,26): "Spring", D(2025,8,25): "Summer",
    D(2025,12,25): "Christmas Day", D(2025,12,26): "Boxing Day",
    D(2026,1,1): "New Year's Day", D(2026,4,3): "Good Friday", D(2026,4,6): "Easter Monday",
    D(2026,5,4): "Early May", D(2026,5,25): "Spring", D(2026,8,31): "Summer",
    D(2026,12,25): "Christmas Day", D(2026,12,28): "Boxing Day (substitute)",
    D(2027,1,1): "New Year's Day", D(2027,3,26): "Good Friday", D(2027,3,29): "Easter Monday",
    D(2027,5,3): "Early May", D(2027,5,31): "Spring", D(2027,8,30): "Summer",
    D(2027,12,27): "Christmas Day (substitute)", D(2027,12,28): "Boxing Day (substitute)",
    D(2028,1,3): "New Year's Day (substitute)", D(2028,4,14): "Good Friday", D(2028,4,17): "Easter Monday",
    D(2028,5,1): "Early May", D(2028,5,29): "Spring", D(2028,8,28): "Summer",
    D(2028,12,25): "Christmas Day", D(2028,12,26): "Boxing Day",
}

def _selfcheck_holidays():
    # cross-check the typed list against the rules (Easter by the anonymous Gregorian algorithm)
    def easter(y):
        a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3
        h=(19*a+b-d-g+15)%30;i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451
        mo=(h+l-7*m+114)//31;da=(h+l-7*m+114)%31+1
        return D(y,mo,da)
    def sub(d, taken):
        while d.weekday()>=5 or d in taken: d+=dt.timedelta(1)
        return d
    exp=set()
    for y in range(2024,2029):
        nyd=sub(D(y,1,1),set()); exp.add(nyd)
        e=easter(y); exp.add(e-dt.timedelta(2)); exp.add(e+dt.timedelta(1))
        d=D(y,5,1)
        while d.weekday()!=0: d+=dt.timedelta(1)
        exp.add(d)
        d=D(y,5,31)
        while d.weekday()!=0: d-=dt.timedelta(1)
        exp.add(d)
        d=D(y,8,31)
        while d.weekday()!=0: d-=dt.timedelta(1)
        exp.add(d)
        c=sub(D(y,12,25),set()); exp.add(c); exp.add(sub(D(y,12,26),{c}))
    assert exp==set(BANK_HOLIDAYS), sorted(exp ^ set(BANK_HOLIDAYS))

WD = ["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]
def fmt(d): return f"{d.isoformat()} ({WD[d.weekday()]})"
def is_wd(d): return d.weekday()<5 and d not in BANK_HOLIDAYS

def add_months(d, n):
    y, m = divmod(d.month-1+n, 12); y += d.year; m += 1
    last = [31, 29 if (y%4==0 and (y%100!=0 or y%400==0)) else 28,31,30,31,30,31,31,30,31,30,31][m-1]
    return D(y, m, min(d.day, last)), d.day > last

def wd_step(start, n, sign):
    d=start; k=0; skipped=[]
    while k<n:
        d+=dt.timedelta(sign)
        if is_wd(d): k+=1
        elif d in BANK_HOLIDAYS: skipped.append(d)
    return d, skipped

def compute(op, start):
    """op: 'wd+N','wd-N','d+N','d-N','w+N','m+N','y+N','same','age:Y:M' -> (due, count text)"""
    if op=="same":
        return start, f"same day as {fmt(start)} -> {fmt(start)}"
    m=re.fullmatch(r"age:(\d+):(\d+)", op)
    if m:
        yrs, mos = int(m.group(1)), int(m.group(2))
        due, clamped = add_months(start, 12*yrs+mos)
        label = f"{yrs} years" + (f" {mos} months" if mos else "")
        txt = f"DOB {fmt(start)} + {label} -> {fmt(due if not clamped else due)}"
        if clamped and start.month==2 and start.day==29 and mos==0:
            due = D(due.year,3,1)
            txt = f"DOB {fmt(start)} + {label}; 29 Feb birthday in a non-leap year taken as 1 March -> {fmt(due)}"
        elif clamped:
            txt += f" (day {start.day} does not exist in that month; clamped to month end)"
        return due, txt
    m=re.fullmatch(r"(wd|d|w|m|y)([+-])(\d+)", op)
    kind, sg, n = m.group(1), m.group(2), int(m.group(3))
    sign = 1 if sg=="+" else -1
    if kind=="wd":
        due, sk = wd_step(start, n, sign)
        rel = "after" if sign>0 else "before"
        txt = f"{n} working day{'s' if n>1 else ''} {rel} {fmt(start)} -> {fmt(due)}"
        if not is_wd(start) and sign>0:
            txt += f"; start day is a {'bank holiday' if start in BANK_HOLIDAYS else 'weekend'}, counted from it"
        if sk: txt += "; skips bank holidays " + ", ".join(x.isoformat() for x in sorted(sk))
        return due, txt
    if kind=="d":
        due = start + dt.timedelta(sign*n)
        return due, f"{n} calendar days {'after' if sign>0 else 'before'} {fmt(start)} -> {fmt(due)}"
    if kind=="w":
        due = start + dt.timedelta(sign*7*n)
        return due, f"{n} weeks ({7*n} days) {'after' if sign>0 else 'before'} {fmt(start)} -> {fmt(due)}"
    months = n if kind=="m" else 12*n
    due, clamped = add_months(start, sign*months)
    txt = f"{n} {'months' if kind=='m' else 'years'} after {fmt(start)} -> {fmt(due)}"
    if clamped: txt += f" (no day {start.day} in that month; month end used)"
    return due, txt

def resolve_rel(rel, today):
    days = ["mon","tue","wed","thu","fri","sat","sun"]
    if rel=="today": return today
    if rel=="yesterday": return today-dt.timedelta(1)
    if rel=="tomorrow": return today+dt.timedelta(1)
    m=re.fullmatch(r"(last|next) (\w{3})", rel)
    if m:
        w=days.index(m.group(2)); d=today
        step = -1 if m.group(1)=="last" else 1
        while True:
            d+=dt.timedelta(step)
            if d.weekday()==w: return d
    m=re.fullmatch(r"the (\d+)", rel)
    if m: return D(today.year, today.month, int(m.group(1)))
    raise ValueError(rel)

P = {
'fd': "decisions made by what action are required by a Team Leader within 1 working day",
'init': "Initial decisions will be made about the action required within 1 working day",
'ref': "Referrals will be actioned by a social worker within 1 working day",
's47seen': "the child / children will be seen by the Social Worker the same day",
's47disc': "Within 5 days of the Section 47 being initiated",
'alloc': "All cases will be allocated to a social worker to complete a Child and Family Assessment within 3 working days",
'tlrev': "All assessments will be reviewed by the Team Leader within 15 working days",
'a45': "Assessments must all be completed within 45 days",
'strat': "When a management decision is made that a strategy discussion is required, this must happen within 1 working day",
's47strat': "A strategy discussion within 24 hours involving all relevant agencies is undertaken",
'notice': "the Neighbourhood Team via email, giving at least 5 days\u2019 notice",
'icpc': "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
'icpcfam': "The report will be shared with family at least 3 the days prior to conference",
'icpcchair': "The report will be sent to the child protection chair 3 working days before the conference",
'cg': "held within 10 days of the conference",
'cpvis': "Visits to a child subject to a CP plan will take place at least every 4 weeks",
'rcpar': "This report must be shared with parents at least 3 days prior to the review conference",
'rcchair': "The report will be available to the conference chair at least 3 days prior to the review conference",
'ptt': "when they have been subject to a plan for 12 months",
'plo1': "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
'fgc': "Referral should be made within 3 working days of the first PLO meeting",
'via': "within 3 working days of the initial PLO meeting",
'plomin': "distributed to parents and their legal representation within 7 days of the meeting",
'plorev': "Review PLO meetings with parents to be held every 4-6 weeks",
'plo12': "A review legal planning meeting will be held at 12 weeks",
'plo4': "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
'plo16': "a Legal Gateway meeting will be convened at 16 weeks",
'cin20': "will set the first CIN meeting within 20 days",
'cin10': "the initial CIN meeting must take place within 10 days",
'cinrev': "CIN review meetings will be held at least every 6 weeks",
'cinvis': "A child subject to a CIN plan will be seen at least every 6 weeks",
'emerg': "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
'lacvis1': "The child will be visited within 1 working day of coming into care or having a change in placement",
'lacseen1': "All looked after children will be seen within 1 working day of placement",
'plmtg': "The placement meeting will be held within 3 working days",
'plplan': "an updated copy given to the carers within 5 working days of the placement beginning",
'ft': "reviewed at least every 8 week until the plan for permanence is agreed",
'pack': "The child will be provided with a coming into care pack, children rights leaflet within 3 weeks",
'legal': "informed of the child\u2019s legal status within 5 working days",
'iha': "An initial health assessment will be requested and carried out within 20 working days",
'pep': "A PEP meeting will be arranged within the school within 20 days",
'lacwk': "Statutory looked after visits must happen weekly until the first looked after review",
'lac6': "a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
'lac12': "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement and been there for over 12 months",
'cp10': "An up to date care plan will be recorded on the electronic system within 10 days of placement",
'lar': "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
'path': "A pathway plan will be started when the young person is 15 years 6 months",
'iro3': "this will be with the IRO 3 days before the review",
'iro5': "If the challenge is not resolved within 5 working days a formal dispute will be raised",
'iro20': "The formal dispute resolution process should be completed from start to finish within 20 working days",
'adopt6': "If a child under the age of 6 enters PLO or proceedings",
'adwk': "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
'ad6': "visits will be a minimum of 6 weekly until the Adoption Order is Granted",
'ad10': "Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
'fcvis': "Trafford foster carers are visited at least once every six weeks",
'fcrec': "a record of this visit is recorded on LCS within 3 working days",
'fcunann': "will have an unannounced visit at least once every 12 months",
'fcann': "All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
'fcpanel': "will have an annual review presented to the Fostering Panel at least every three years",
'fcdbs': "updated statutory references, medicals and DBS checks at least every three years",
'fctrain': "All Trafford foster carers must update their core training at least every three years",
'vary': "This can only be given for up to 6 working days",
'temp': "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
'rec': "any event or contact is recorded within 3 days",
'summ': "A clear and concise case file summary which has been updated within the last 3 months",
'assess12': "An up to date assessment (within the last 12 months) on each child",
'adv': "if they are 12 or over they should be offered an advocate",
# phrases quoted by `none` rows: the nearest sentence, which sets no timescale
'n_rcpc': "The child protection chair will set the date of the next conference",
'n_cg': "targets agreed and outcomes expected are reviewed at every core group",
'n_sup': "monitored through supervision which takes place in line with the supervision policy",
'n_lar2': "a new LAC review will be set in accordance with the timescales",
'n_path': "will be reviewed by the IRO as part of the statutory review",
'n_shopba': "This needs to take place after the area teams final care planning meeting",
'n_life': "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
'n_support': "a Support Meeting will be held and chaired by the Team Leader",
'n_eh': "Initial decisions will be made about the action required by an Early Help Team Leader",
'n_pep': "subsequently reviewed within the statutory guidelines at least 1 per term",
}

ROWS = []
def R(voice, kind, today, q, op, start, keys, amb=None, rel=None):
    ROWS.append(dict(voice=voice, kind=kind, today=today, q=q, op=op, start=start,
                     keys=keys if isinstance(keys, list) else [keys], amb=amb, rel=rel))

# ---------------------------------------------------------------------------
# Row descriptions: R(voice, kind, today, question, op, start, phrase-keys, ambiguous, relative-date)
# ---------------------------------------------------------------------------
d = D
# Front door / referral
R("duty","date",d(2025,12,24),"contact in 24/12 - TL decision due by?","wd+1",d(2025,12,24),"fd")
R("typos","date",d(2026,4,2),"contcat came in to front door thurs 2.4.26 wen does TL have to decide on it","wd+1",d(2026,4,2),"fd")
R("indirect","date",d(2027,5,28),"A new contact came into the front door this morning - how long has a team leader got to screen it and decide what happens?","wd+1",d(2027,5,28),"fd",rel="today")
R("newstarter","date",d(2026,8,28),"Hi, sorry if this is a silly question - a level 4 referral came in today (Friday 28th August). When does the team leader need to make the initial decision about what action is needed?","wd+1",d(2026,8,28),["init"],rel="today")
R("manager","date",d(2025,5,9),"L5 referral received Fri 02/05/25, TL initial decision recorded 07/05. Within timescale?","wd+1",d(2025,5,2),"init")
R("duty","date",d(2027,12,24),"ref in 24/12 - when does SW need to action by?","wd+1",d(2027,12,24),"ref")
R("scenario","date",d(2025,4,22),"Mum rang on 14/04 to say she was worried, but the actual referral from school only came in on Thursday 17 April 2025. Child's DOB is 01/04/2017. By when did a social worker need to action the referral?","wd+1",d(2025,4,17),"ref")
# S47 same day / 5 days
R("newstarter","date",d(2026,3,6),"Hello, the team leader has just agreed a Section 47 enquiry for a referral that came in this morning. How quickly do I need to see the child?","same",d(2026,3,6),"s47seen",rel="today")
R("indirect","date",d(2025,12,24),"If we decide today that a referral needs a child protection enquiry, do I have to see the kids today or can it wait till after Christmas?","same",d(2025,12,24),"s47seen",rel="today")
R("duty","date",d(2025,12,19),"s47 initiated 19/12 - SW/mgr progress discussion due?","d+5",d(2025,12,19),"s47disc")
R("typos","date",d(2027,8,27),"s47 was initated yesterday, when do i need to talk to my manager about how its going","d+5",d(2027,8,26),"s47disc",rel="yesterday")
# allocation / assessment
R("duty","date",d(2026,12,23),"case needs C&F assessment, decision today 23/12 - allocated by?","wd+3",d(2026,12,23),"alloc",amb="The standard does not say what the 3 working days run from; counted from the decision that an assessment is needed (could be read from receipt of the referral).")
R("indirect","date",d(2025,5,2),"We agreed this morning that a family needs a full assessment. How long have we got to get a worker named on the case to do it?","wd+3",d(2025,5,2),"alloc",amb="The standard does not say what the 3 working days run from; counted from the decision that an assessment is needed.",rel="today")
R("manager","date",d(2026,1,20),"C&F assessment started 15/12/25. TL review was 07/01/26 - within timescale?","wd+15",d(2025,12,15),"tlrev")
R("newstarter","date",d(2027,3,22),"Hi, I started a Child and Family Assessment on Monday 15 March 2027. When does my team leader need to have reviewed it by?","wd+15",d(2027,3,15),"tlrev")
A45="The standard says '45 days'; statutory guidance uses 45 working days, which would give a later date. Counted as calendar days as written."
R("duty","date",d(2025,11,12),"C&F started 10/11/25, 45 day deadline?","d+45",d(2025,11,10),"a45",amb=A45)
R("scenario","date",d(2026,3,2),"I picked up a referral for a 9 year old (DOB 14/02/2017). The strategy discussion was on the 18th and the assessment was started on 19 February 2026. When does the assessment have to be completed?","d+45",d(2026,2,19),"a45",amb=A45)
R("manager","date",d(2026,7,1),"Assessment started 05/05/26, authorised 19/06/26. Was it completed within timescale?","d+45",d(2026,5,5),"a45",amb=A45)
# strategy discussion
R("indirect","date",d(2025,8,22),"My manager decided this afternoon we need to get police and health together to talk through the worries about a child. How long have we got to hold that?","wd+1",d(2025,8,22),"strat",amb="The S47 section also says a strategy discussion 'within 24 hours', which read literally would be 23/08/2025.",rel="today")
R("manager","date",d(2027,1,6),"Manager decided strat needed on 31/12/26; strat held 04/01/27. In timescale?","wd+1",d(2026,12,31),"strat")
# transfer notice
R("scenario","date",d(2026,5,20),"Assessment is finished and the family are moving to CIN with a Neighbourhood Team. We've pencilled the transfer for Monday 1 June 2026; the assessment was signed off on 18 May. What's the latest I can email the Neighbourhood Team?","d-5",d(2026,6,1),"notice")
R("newstarter","date",d(2025,12,10),"Hi all, I'm new to CFR. If a case is transferring to a Neighbourhood Team on 22nd December, when's the last day I can send the notification email?","d-5",d(2025,12,22),"notice")
# ICPC
R("duty","date",d(2025,12,19),"strat 19/12/25 icpc by?","wd+15",d(2025,12,19),"icpc")
R("typos","date",d(2026,3,25),"strat disscusion was 24/3/26 whens the icpc due","wd+15",d(2026,3,24),"icpc")
R("scenario","date",d(2027,3,19),"Child was seen at school on 10 March, the strategy discussion was held on 12 March 2027 and the S47 is ongoing. Mum's next contact is 23 March. If we go to conference, when does the ICPC need to be by?","wd+15",d(2027,3,12),"icpc")
R("indirect","date",d(2025,5,6),"We had the first multi-agency meeting with police about a child last Wednesday and it looks like it's heading to a child protection conference. What's the latest date for that conference?","wd+15",d(2025,4,30),"icpc",rel="last wed")
R("manager","date",d(2026,9,10),"ICPC held 04/09/26, initial strat 12/08/26. Was that in timescale?","wd+15",d(2026,8,12),"icpc")
R("newstarter","date",d(2027,12,20),"Hi - our initial strategy discussion was on Friday 17 December 2027. If the child is going to an Initial Child Protection Conference, what's the latest date it can be held?","wd+15",d(2027,12,17),"icpc")
ICF="'at least 3 the days' is garbled; if read as 3 working days it would be earlier."
R("newstarter","date",d(2026,1,2),"Hello, our ICPC is on Monday 12 January 2026. By when do I need to have shared my report with the family?","d-3",d(2026,1,12),"icpcfam",amb=ICF)
R("typos","date",d(2025,4,14),"icpc is 22/4 when do i hav to share report wiht parents","d-3",d(2025,4,22),"icpcfam",amb=ICF)
R("duty","date",d(2026,4,1),"icpc next wed - report to chair by?","wd-3",d(2026,4,8),"icpcchair",rel="next wed")
R("scenario","date",d(2025,12,15),"Initial conference booked for Friday 2 January 2026; the strat was 12 December and the child's birthday is on 30 December. When does the report have to reach the CP chair?","wd-3",d(2026,1,2),"icpcchair")
R("indirect","date",d(2027,5,25),"When does the chair of the first child protection meeting need my report if the meeting is on 2 June 2027?","wd-3",d(2027,6,2),"icpcchair")
R("manager","date",d(2026,12,31),"ICPC 30/12/26, report reached chair 23/12. Compliant?","wd-3",d(2026,12,30),"icpcchair")
# core group
R("typos","date",d(2026,3,5),"conferance was on the 3rd wen is 1st core grp due","d+10",d(2026,3,3),"cg",rel="the 3")
R("indirect","date",d(2027,4,1),"The conference put the children on a protection plan on 23 March 2027. When does the first meeting of the small group that works out the detail of the plan need to happen?","d+10",d(2027,3,23),"cg")
R("manager","date",d(2025,9,1),"ICPC 14/08/25, first CG held 26/08/25 - in timescale?","d+10",d(2025,8,14),"cg")
R("newstarter","date",d(2027,12,22),"Hi, my first child protection conference as allocated worker was yesterday. When should the first core group take place?","d+10",d(2027,12,21),"cg",rel="yesterday")
# RCPC reports
R("newstarter","date",d(2026,8,20),"Hi, I've got a review child protection conference on Tuesday 1 September 2026. When's the latest I can share my report with the parents?","d-3",d(2026,9,1),"rcpar")
R("indirect","date",d(2025,5,20),"The conference that reviews the protection plan is on 27 May. How many days before do mum and dad need to have my update, and what date is that?","d-3",d(2025,5,27),"rcpar")
R("typos","date",d(2026,12,18),"review confrence is 29/12 when dose the chair need the report","d-3",d(2026,12,29),"rcchair")
R("manager","date",d(2025,4,25),"RCPC was 22/04/25; plan update available to chair 17/04. Compliant?","d-3",d(2025,4,22),"rcchair")
# 12 months on plan
R("manager","date",d(2025,2,3),"Child on CP plan since ICPC 29/02/2024. When does it hit 12 months for the professional thinking time meeting?","m+12",d(2024,2,29),"ptt")
R("indirect","date",d(2026,10,1),"The kids have been on a protection plan since 14 October 2025 and things aren't shifting. At what point do we have to hold the meeting where professionals rethink how we work with the family?","m+12",d(2025,10,14),"ptt")
R("scenario","date",d(2027,1,15),"Baby was born 3 Feb 2026 and made subject to a CP plan at ICPC on 27 March 2026; the last review conference was 18 December 2026. Progress is poor. When does she reach 12 months on plan?","m+12",d(2026,3,27),"ptt")
# PLO
R("indirect","date",d(2026,3,31),"The letter telling the parents we're starting the pre-proceedings process went out dated 27 March 2026. When do we have to have the first meeting with them and their solicitor?","d+10",d(2026,3,27),"plo1")
R("typos","date",d(2027,5,24),"plo leter dated 21.5.27 wen does 1st meeting have to happen","d+10",d(2027,5,21),"plo1")
R("newstarter","date",d(2026,5,5),"Hello, we had the first PLO meeting last Thursday and the parents consented to a family group conference. When does the FGC referral need to go in?","wd+3",d(2026,4,30),"fgc",rel="last thu")
R("typos","date",d(2025,12,23),"1st plo meeting 22/12/25, fgc referal by wen","wd+3",d(2025,12,22),"fgc")
R("scenario","date",d(2027,3,25),"The initial PLO meeting was held on 24 March 2027. Mum named her aunt and a family friend as possible carers; no FGC has happened. By when do the viability screening requests need to go to Family Placement?","wd+3",d(2027,3,24),"via")
R("duty","date",d(2026,8,27),"initial PLO 27/08 - viability requests to FPT by?","wd+3",d(2026,8,27),"via")
R("indirect","date",d(2026,12,21),"We met the parents and their lawyers to start pre-proceedings on 18 December 2026. When do the notes of what was agreed have to go out to them?","d+7",d(2026,12,18),"plomin")
R("manager","date",d(2025,5,15),"PLO meeting 30/04/25, minutes sent 08/05. Within standard?","d+7",d(2025,4,30),"plomin")
P12="The standard does not say what the 12/16 weeks run from; counted from the first PLO meeting (could be read from the PLO letter)."
R("duty","date",d(2026,2,2),"1st PLO mtg 15/01/26 - 12 wk legal planning review when?","w+12",d(2026,1,15),"plo12",amb=P12)
R("newstarter","date",d(2025,10,1),"Sorry, quick one: our PLO began with the first meeting with parents on 24 September 2025. When would the review legal planning meeting with the solicitor be?","w+12",d(2025,9,24),"plo12",amb=P12)
R("manager","date",d(2027,4,20),"Review legal planning mtg 14/04/27 agreed an exceptional extension in PLO. When does the extra period end?","w+4",d(2027,4,14),"plo4",amb="Counted the further 4 weeks from the review legal planning meeting.")
R("scenario","date",d(2026,6,1),"We're in PLO for twins. The first PLO meeting was 2 March 2026, the review PLO meeting was 13 April and the 12-week legal planning meeting is booked. If we're still in PLO, when should the Legal Gateway meeting be?","w+16",d(2026,3,2),"plo16",amb=P12)
R("typos","date",d(2025,6,10),"if were still in plo at 16 wks whens legal gateway, plo started 3/3/25","w+16",d(2025,3,3),"plo16",amb=P12)
# CIN
R("scenario","date",d(2025,12,12),"The review conference on 10 December 2025 ended the CP plan and the chair stepped the case down to CIN; the school holidays start on the 19th. When does the first CIN meeting have to be?","d+20",d(2025,12,10),"cin20")
R("indirect","date",d(2026,4,8),"The children came off their protection plan at conference on 20 March 2026 and are now on a child in need plan. What's the latest date for the first meeting under the new plan?","d+20",d(2026,3,20),"cin20")
R("duty","date",d(2027,8,11),"deplanned at RCPC 10/08/27, 1st CIN mtg by?","d+20",d(2027,8,10),"cin20")
R("newstarter","date",d(2026,12,21),"Hi, a case transferred to our Neighbourhood Team from Children's First Response on Friday 18 December 2026. When does the initial CIN meeting need to happen?","d+10",d(2026,12,18),"cin10")
R("typos","date",d(2025,5,6),"case transfered from cfr 2/5/25 whens the 1st cin meeting due","d+10",d(2025,5,2),"cin10")
R("manager","date",d(2027,4,15),"Transferred from CFR 25/03/27; initial CIN meeting 06/04/27. Within timescale?","d+10",d(2027,3,25),"cin10")
# Children in care
R("duty","date",d(2025,12,19),"emergency admission 19/12/25 - assessment due?","wd+20",d(2025,12,19),"emerg")
R("scenario","date",d(2026,4,7),"Police protection on the night of 2 April 2026, child placed with emergency foster carers the same night and became looked after. There had been a strategy meeting on 1 April. When must the assessment be completed?","wd+20",d(2026,4,2),"emerg")
R("indirect","date",d(2027,5,4),"A child came into care in an unplanned way over the bank holiday weekend (Saturday 1 May 2027). By when does the assessment of her needs have to be done?","wd+20",d(2027,5,1),"emerg")
R("typos","date",d(2025,8,23),"kid moved placment sat 23rd aug wen do i need to visit","wd+1",d(2025,8,23),["lacvis1","lacseen1"])
R("scenario","date",d(2027,4,1),"Child became looked after under s20 on Thursday 1 April 2027 after planned respite broke down; the last CIN meeting was 29 March. When does she need to be visited by?","wd+1",d(2027,4,1),["lacvis1","lacseen1"])
R("manager","date",d(2026,1,6),"Child placed 31/12/25, first seen 02/01/26. Compliant with the 1 working day standard?","wd+1",d(2025,12,31),["lacseen1","lacvis1"])
R("newstarter","date",d(2025,4,17),"Hello, a child I'm working with was placed in foster care this afternoon. When is the latest I can see her?","wd+1",d(2025,4,17),["lacseen1","lacvis1"],rel="today")
R("duty","date",d(2026,5,1),"placed 01/05/26 - placement mtg by?","wd+3",d(2026,5,1),"plmtg")
R("indirect","date",d(2025,12,22),"The child moved in with new foster carers on 22 December 2025. When do we need to have sat down with the carers to agree delegated authority and how the placement will work?","wd+3",d(2025,12,22),"plmtg")
R("typos","date",d(2027,8,27),"placment started 27/8/27, wen is the placment meeting due","wd+3",d(2027,8,27),"plmtg")
R("newstarter","date",d(2026,3,30),"Hi, a placement began on Monday 30 March 2026. When do the carers need to have the updated placement plan?","wd+5",d(2026,3,30),"plplan")
R("duty","date",d(2025,12,11),"came into care 11/12/25 - CIC pack by?","w+3",d(2025,12,11),"pack")
R("typos","date",d(2027,3,10),"kid came into care 8/3/27 when do they need the coming into care pack and rights leaflet","w+3",d(2027,3,8),"pack")
R("indirect","date",d(2026,12,22),"A child's status changed to looked after on 22 December 2026. How long have I got to let the school, GP and other professionals know?","wd+5",d(2026,12,22),"legal")
R("newstarter","date",d(2025,4,15),"Hello - a child became looked after on Tuesday 15 April 2025. When do all the other professionals need to be told about her legal status?","wd+5",d(2025,4,15),"legal")
R("duty","date",d(2027,12,1),"IHA - CIC from 01/12/27, due by?","wd+20",d(2027,12,1),"iha")
R("scenario","date",d(2026,5,6),"Child came into care on 24 April 2026 under an ICO; the hearing was on 23 April and her birthday is 5 May. When does the initial health assessment need to be done by?","wd+20",d(2026,4,24),"iha")
R("indirect","date",d(2026,9,4),"A Year 5 child came into care on 2 September 2026. How long has the school got to hold the first education planning meeting for her, and what date is that?","d+20",d(2026,9,2),"pep",amb="The standard does not say what the 20 days run from; counted from coming into care.")
R("manager","date",d(2027,1,20),"CIC from 14/12/26, PEP meeting 06/01/27. Compliant?","d+20",d(2026,12,14),"pep",amb="The standard does not say what the 20 days run from; counted from coming into care.")
R("manager","date",d(2026,6,1),"YP moved into permanent placement 30/06/25. From when can stat visits go to 12 weekly?","m+12",d(2025,6,30),"lac12",amb="'over 12 months' could be read as from the day after, 01/07/2026.")
R("typos","date",d(2026,12,21),"placed 19/12/26 wen does care plan need to be on lcs","d+10",d(2026,12,19),"cp10")
R("scenario","date",d(2025,4,9),"Siblings were accommodated on 26 March 2025 after mum's hospital admission on 24 March. The older one turns 11 on 15 April. When must the initial looked after review take place?","wd+20",d(2025,3,26),"lar")
R("manager","date",d(2027,6,10),"CLA from 03/05/27, initial review held 01/06/27. In timescale?","wd+20",d(2027,5,3),"lar")
R("indirect","date",d(2026,8,26),"A child came into our care on 10 August 2026. When does the first formal meeting with the independent reviewing officer to look at her care plan need to be held?","wd+20",d(2026,8,10),"lar")
R("newstarter","date",d(2027,12,15),"Hello! Could you tell me the latest date for the first review for a child who became looked after on 13 December 2027?","wd+20",d(2027,12,13),"lar")
R("typos","date",d(2026,1,2),"lac reveiw is 5/1/26 wen does my report need to be with the iro","d-3",d(2026,1,5),"iro3")
R("manager","date",d(2025,11,20),"LAR 18/11/25; SW report with IRO 14/11. Compliant?","d-3",d(2025,11,18),"iro3")
# IRO disputes
R("indirect","date",d(2026,3,27),"The reviewing officer flagged drift on my case informally yesterday. If it isn't sorted, when does it turn into a formal dispute?","wd+5",d(2026,3,26),"iro5",rel="yesterday")
R("manager","date",d(2025,12,19),"IRO informal challenge 19/12/25. Date it escalates to formal dispute if unresolved?","wd+5",d(2025,12,19),"iro5")
R("duty","date",d(2027,5,27),"IRO formal dispute raised 27/05/27 - must be concluded by?","wd+20",d(2027,5,27),"iro20")
R("newstarter","date",d(2026,8,20),"Hi, the IRO raised a formal dispute about my care plan on 18 August 2026. By when does the whole dispute process have to be finished?","wd+20",d(2026,8,18),"iro20")
# Adoption
R("scenario","date",d(2026,2,10),"Our little one (DOB 2/2/2024) was placed with her adopters on 22 December 2025 after matching panel on 4 December. When can the adopters apply for the Adoption Order?","w+10",d(2025,12,22),"ad10")
R("typos","date",d(2025,4,1),"adoptive placment started 10.3.25 wen can they apply for the adoption order","w+10",d(2025,3,10),"ad10")
# Fostering
R("newstarter","date",d(2026,4,2),"Hi, I'm a supervising social worker. I visited my foster carers today. When does the visit record need to be on LCS?","wd+3",d(2026,4,2),"fcrec",rel="today")
R("manager","date",d(2027,1,8),"Foster carer visit 24/12/26, recorded on LCS 04/01/27. In time?","wd+3",d(2026,12,24),"fcrec")
R("duty","date",d(2026,2,10),"last unannounced visit to carers 14/03/25 - next by?","m+12",d(2025,3,14),"fcunann")
R("indirect","date",d(2027,1,5),"When do we next need to turn up at a foster family's home without telling them first, if the last time was 31 January 2026?","m+12",d(2026,1,31),"fcunann")
R("typos","date",d(2026,5,20),"anual reveiw for my carers was 31.5.25, wen is the next one","m+12",d(2025,5,31),"fcann")
R("manager","date",d(2026,9,1),"Carer's annual review last presented to Fostering Panel 29/02/24. When must it next go to panel?","y+3",d(2024,2,29),"fcpanel")
R("newstarter","date",d(2025,10,10),"Hi, my foster carers' DBS checks were last updated on 15 October 2022. When are they due to be renewed?","y+3",d(2022,10,15),"fcdbs")
R("scenario","date",d(2027,2,15),"Foster carers approved in 2019; their medicals and references were last updated on 1 March 2024, DBS on 20 April 2024, and their last annual review was January 2027. When are the medicals and references next due?","y+3",d(2024,3,1),"fcdbs")
R("indirect","date",d(2026,7,1),"Our carers last did their core foster carer training on 7 July 2023. When do they have to refresh it by?","y+3",d(2023,7,7),"fctrain")
VAR="Counted as the 6th working day after the day permission was given; if that day counts as day 1 it ends one working day earlier."
R("duty","date",d(2025,12,23),"variation of terms of approval granted 23/12/25 - lasts til when?","wd+6",d(2025,12,23),"vary",amb=VAR)
R("scenario","date",d(2026,5,22),"Emergency placement of a 9 year old with carers approved for 0-5s. The Strategic Lead gave permission for a variation on Friday 22 May 2026; the child's review is 3 June. Until when can the variation run?","wd+6",d(2026,5,22),"vary",amb=VAR)
R("manager","date",d(2026,1,5),"Connected person temp approval from 15/12/25. When does the 16 weeks expire?","w+16",d(2025,12,15),"temp")
R("typos","date",d(2025,6,1),"temp aproval for conected carer started 3/3/25 wen does it run out","w+16",d(2025,3,3),"temp")
R("newstarter","date",d(2026,12,10),"Hi, temporary approval for a connected person started on 7 September 2026 and the panel and ADM have agreed the 8-week extension. When does the extended approval end?","w+24",d(2026,9,7),"temp")
# recording, summary, assessment currency
R("typos","date",d(2026,12,24),"done a home visit 24/12 wen do i need to have it recorded by","d+3",d(2026,12,24),"rec")
R("indirect","date",d(2025,4,17),"I saw a family yesterday. How long have I got to get my notes of it on the system?","d+3",d(2025,4,16),"rec",rel="yesterday")
R("newstarter","date",d(2025,11,3),"Hi, I was told the case file summary has to be kept up to date. Mine was last updated on 31 August 2025 - when do I need to update it again?","m+3",d(2025,8,31),"summ")
R("duty","date",d(2026,11,20),"last C&F authorised 04/12/25 - new one needed by?","m+12",d(2025,12,4),"assess12")
R("scenario","date",d(2027,1,10),"Long-term CIN case. The last Child and Family Assessment was completed on 29 January 2026 and authorised on 3 February 2026; the CIN review was 5 January. When is an updated assessment needed to keep it within 12 months?","m+12",d(2026,1,29),"assess12",amb="Could be counted from the authorisation date (giving 03/02/2027) rather than completion.")

# ---- visits ----
R("duty","visits",d(2025,12,30),"CP visit last done 05/12 - next due?","w+4",d(2025,12,5),"cpvis")
R("typos","visits",d(2026,4,1),"last cp vist was 13th march when is the next one due by","w+4",d(2026,3,13),"cpvis")
R("scenario","visits",d(2027,8,16),"I'm covering for a colleague on leave. The child has been on a CP plan since the ICPC on 5 July 2027; the last home visit where she was seen alone was 2 August 2027. When does the next statutory visit need to be done?","w+4",d(2027,8,2),"cpvis")
R("manager","visits",d(2026,6,15),"CP visits on file: 02/04/26 then 05/05/26. Was the gap within standard?","w+4",d(2026,4,2),"cpvis")
R("duty","visits",d(2026,11,20),"last CIN review 17/11/26, next by?","w+6",d(2026,11,17),"cinrev")
R("indirect","visits",d(2025,4,10),"We last met with the family and professionals to review the child in need plan on 3 March 2025. When's the next one of those meetings due?","w+6",d(2025,3,3),"cinrev")
R("typos","visits",d(2027,3,1),"last cin visit 15/2/27 wen is next 1 due","w+6",d(2027,2,15),"cinvis")
R("newstarter","visits",d(2025,12,1),"Hi, when does the next visit to a child on a child in need plan need to be if I last saw her at home on 17 November 2025?","w+6",d(2025,11,17),"cinvis")
R("manager","visits",d(2026,5,1),"CIN visits 10/02/26 and 30/03/26. Gap OK?","w+6",d(2026,2,10),"cinvis")
R("scenario","visits",d(2026,7,1),"Two brothers came into care on 12 May 2026 and family time with dad was set up then. The permanence plan isn't agreed yet; the family time arrangements were last reviewed on 16 June 2026. When's the next family time review due?","w+8",d(2026,6,16),"ft")
R("duty","visits",d(2026,4,7),"CIC, 1st LAR not held yet, last visit 01/04 - next by?","w+1",d(2026,4,1),"lacwk")
R("newstarter","visits",d(2025,12,22),"Hi, the child came into care recently and hasn't had her first review yet. I visited on 19 December 2025 - when is the next statutory visit due?","w+1",d(2025,12,19),"lacwk")
R("typos","visits",d(2027,6,1),"1st LAR was 10/5/27, last stat visit 20.5.27, next one due?","w+6",d(2027,5,20),"lac6")
R("manager","visits",d(2026,3,5),"CIC, first review held 08/12/25, visits 15/12/25 and 02/02/26. Was the gap ok?","w+6",d(2025,12,15),"lac6")
R("scenario","visits",d(2027,9,1),"Teenager has been in her permanent long-term foster placement since June 2025; she's settled, the permanence plan is finalised and visits have moved to 12 weekly. Last statutory visit was 28 July 2027. When is the next due?","w+12",d(2027,7,28),"lac12")
R("newstarter","visits",d(2027,3,25),"Hello, a child was placed with adopters last week and the first looked after review hasn't been held yet. I did a visit on 22 March 2027 - when's the next one due?","w+1",d(2027,3,22),"adwk")
R("indirect","visits",d(2025,8,20),"A toddler is living with her new adoptive family and has had her first review since moving in. I last visited on 14 July 2025 - what's the latest I can go again, given the court hasn't made the order yet?","w+6",d(2025,7,14),"ad6")
R("duty","visits",d(2026,11,30),"FC supervisory visit last 17/11/26 - next by?","w+6",d(2026,11,17),"fcvis")
R("typos","visits",d(2025,5,1),"last visit to the foster carers was 14/4/25, when do i need to see them agen","w+6",d(2025,4,14),"fcvis")
R("manager","visits",d(2026,5,15),"Last review PLO meeting 07/04/26. Latest date the next review PLO meeting can be held?","w+6",d(2026,4,7),"plorev",amb="'every 4-6 weeks': 6 weeks taken as the latest date; the earliest would be 4 weeks (05/05/2026).")

# ---- ages ----
R("duty","age",d(2026,1,10),"DOB 14/01/2014 - ICPC 28/01/26, when does she turn 12 for the advocate offer?","age:12:0",d(2014,1,14),"adv")
R("indirect","age",d(2025,12,1),"On what date does a boy born 25 December 2013 become old enough that we must offer him someone independent to support him to attend his protection conference?","age:12:0",d(2013,12,25),"adv")
R("typos","age",d(2027,4,1),"when dose a kid born 6.4.15 turn 12 for the advocat thing at conferance","age:12:0",d(2015,4,6),"adv")
R("scenario","age",d(2025,11,20),"We're preparing PLO for a little girl, DOB 29/02/2020; the PLO letter will probably be dated early March 2026. On what date does she stop being under 6 for the adoption social worker and family finder allocation?","age:6:0",d(2020,2,29),"adopt6")
R("manager","age",d(2026,6,1),"Child DOB 02/06/2020 entering proceedings this month. Date child turns 6 for the adoption allocation criteria?","age:6:0",d(2020,6,2),"adopt6")
R("newstarter","age",d(2026,1,15),"Hi, when should I start a pathway plan for a young person born on 31 August 2011?","age:15:6",d(2011,8,31),"path",amb="31 Aug + 15 years 6 months has no 31 Feb; month end (28/02/2027) used, some would say 01/03/2027.")
R("duty","age",d(2025,6,1),"YP DOB 12/12/2009 - pathway plan start date?","age:15:6",d(2009,12,12),"path")
R("scenario","age",d(2026,9,1),"Young person came into care on 3 May 2025 aged 14; her DOB is 17/03/2011 and her LAR is on 10 September. When does her pathway plan need to be started?","age:15:6",d(2011,3,17),"path")

# ---- choice: (op, start, key) for each plausible standard ----
R("duty","choice",d(2026,3,4),"conference was 3/3, what's next due?","choice",[("d+10",d(2026,3,3),"cg"),("d+20",d(2026,3,3),"cin20")],["cg","cin20"])
R("newstarter","choice",d(2025,12,15),"Hi, my ICPC is on Monday 22 December 2025. When does my report need to be ready by?","choice",[("d-3",d(2025,12,22),"icpcfam"),("wd-3",d(2025,12,22),"icpcchair")],["icpcfam","icpcchair"])
R("typos","choice",d(2027,5,28),"had the 1st plo meeting today 28/5/27 whats due next","choice",[("wd+3",d(2027,5,28),"fgc"),("d+7",d(2027,5,28),"plomin")],["fgc","plomin"])
R("indirect","choice",d(2026,12,21),"A child went to live with foster carers on 21 December 2026. When does the meeting need to be held?","choice",[("wd+3",d(2026,12,21),"plmtg"),("wd+20",d(2026,12,21),"lar")],["plmtg","lar"])
R("scenario","choice",d(2025,12,24),"Child placed in foster care today, 24 December 2025, under s20 after the family home flooded; the C&F assessment was done in November. When is the plan due?","choice",[("d+10",d(2025,12,24),"cp10"),("wd+5",d(2025,12,24),"plplan")],["cp10","plplan"])
R("manager","choice",d(2026,4,20),"C&F assessment started 30/03/26. What's the deadline?","choice",[("wd+15",d(2026,3,30),"tlrev"),("d+45",d(2026,3,30),"a45")],["tlrev","a45"])
R("scenario","choice",d(2027,8,27),"I'm the supervising social worker for a carer couple; I saw them today, Friday 27 August 2027, and the child placed there is doing well. What's my next deadline?","choice",[("wd+3",d(2027,8,27),"fcrec"),("w+6",d(2027,8,27),"fcvis")],["fcrec","fcvis"])
R("indirect","choice",d(2026,4,2),"We started child protection enquiries and held the multi-agency meeting with police on 2 April 2026. What's the next deadline?","choice",[("d+5",d(2026,4,2),"s47disc"),("wd+15",d(2026,4,2),"icpc")],["s47disc","icpc"])

# ---- none ----
R("duty","none",d(2026,2,3),"ICPC 02/02/26 - 1st RCPC due by?",None,None,"n_rcpc")
R("newstarter","none",d(2025,10,1),"Hi, after the first core group, how often do core groups need to meet? The last one was on 29 September 2025.",None,None,"n_cg")
R("typos","none",d(2025,11,20),"how often do i need supervison with my tl, last one was 3/11/25, whens the next due",None,None,"n_sup")
R("manager","none",d(2026,6,10),"First LAR 12/05/26 - when is the second review due under our practice standards?",None,None,"n_lar2")
R("scenario","none",d(2027,2,1),"A 16 year old has a pathway plan that the IRO reviewed at her LAR on 20 January 2027. Her next PEP is in March. By what date does the pathway plan itself have to be reviewed again?",None,None,"n_path")
R("indirect","none",d(2026,10,5),"How many days after the final care planning meeting do we have to hold the 'should be placed for adoption' meeting with the ADM? Our final care planning meeting was 1 October 2026.",None,None,"n_shopba")
R("duty","none",d(2025,7,15),"life story book + later life letter - deadline? placed w adopters 01/07/25",None,None,"n_life")
R("newstarter","none",d(2027,1,12),"Hello, if a placement looks wobbly, how quickly does the support meeting with the team leader have to happen? The concerns came up on 11 January 2027.",None,None,"n_support")
R("typos","none",d(2026,10,1),"1st pep was 15/9/26 wen is the next pep meeting due by",None,None,"n_pep")


def build():
    src = open(SOURCE, encoding="utf-8").read()
    out = []
    for r in ROWS:
        for k in r["keys"]:
            assert P[k] in src, (k, P[k])
        if r["rel"]:
            got = resolve_rel(r["rel"], r["today"])
            assert got == r["start"], (r["q"], got, r["start"])
        if r["op"] is None:
            due, count = None, "The standards set no timescale for this; no date computed."
        elif r["op"] == "choice":
            parts = []
            for op, st, k in r["start"]:
                dd, c = compute(op, st)
                parts.append((dd, f"[{k}] {c}"))
            due = min(p[0] for p in parts)
            count = " | ".join(p[1] for p in parts) + f" -> earlier: {due.isoformat()}"
        else:
            due, count = compute(r["op"], r["start"])
        row = {"q": r["q"], "today": r["today"].isoformat(),
               "due": due.isoformat() if due else None,
               "expect_any": [P[k] for k in r["keys"]],
               "count": count, "voice": r["voice"], "kind": r["kind"]}
        if r["amb"]: row["ambiguous"] = r["amb"]
        out.append(row)
    return out

def main():
    _selfcheck_holidays()
    rows = build()
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    # re-read and check
    src = open(SOURCE, encoding="utf-8").read()
    from collections import Counter
    back = [json.loads(l) for l in open(path, encoding="utf-8")]
    for b in back:
        for ph in b["expect_any"]:
            assert ph in src and len(ph.split()) >= 6, ph
        assert (b["due"] is None) == (b["kind"] == "none")
    print(len(back), "rows")
    print("kinds", Counter(b["kind"] for b in back))
    print("voices", Counter(b["voice"] for b in back))
    print("years", Counter(b["today"][:4] for b in back))

if __name__ == "__main__":
    main()
