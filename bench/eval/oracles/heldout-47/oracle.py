#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (standard library only).
Run: python3 oracle.py        -> writes questions.jsonl next to this file and runs checks.
"""
import datetime as dt, json, os, sys, calendar
from collections import Counter

D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = '/work/shared/source/practice-standards.txt'

# England & Wales bank holidays 2024-2028, typed by hand (substitute days applied).
BANK_HOLIDAYS = {
    D(2024,1,1), D(2024,3,29), D(2024,4,1), D(2024,5,6), D(2024,5,27), D(2024,8,26), D(2024,12,25), D(2024,12,26),
    D(2025,1,1), D(2025,4,18), D(2025,4,21), D(2025,5,5), D(2025,5,26), D(2025,8,25), D(2025,12,25), D(2025,12,26),
    D(2026,1,1), D(2026,4,3), D(2026,4,6), D(2026,5,4), D(2026,5,25), D(2026,8,31), D(2026,12,25), D(2026,12,28),
    D(2027,1,1), D(2027,3,26), D(2027,3,29), D(2027,5,3), D(2027,5,31), D(2027,8,30), D(2027,12,27), D(2027,12,28),
    D(2028,1,3), D(2028,4,14), D(2028,4,17), D(2028,5,1), D(2028,5,29), D(2028,8,28), D(2028,12,25), D(2028,12,26),
}

def _selfcheck_holidays():
    # independent cross-check of the typed list
    def easter(y):
        a=y%19; b=y//100; c=y%100; d=b//4; e=b%4; f=(b+8)//25; g=(b-f+1)//3
        h=(19*a+b-d-g+15)%30; i=c//4; k=c%4; l=(32+2*e+2*i-h-k)%7; m=(a+11*h+22*l)//451
        mo=(h+l-7*m+114)//31; da=((h+l-7*m+114)%31)+1; return D(y,mo,da)
    def sub(d, taken):
        while d.weekday()>=5 or d in taken: d+=dt.timedelta(1)
        return d
    calc=set()
    for y in range(2024,2029):
        calc.add(sub(D(y,1,1),set()))
        e=easter(y); calc|={e-dt.timedelta(2), e+dt.timedelta(1)}
        d=D(y,5,1); calc.add(d+dt.timedelta((0-d.weekday())%7))
        d=D(y,5,31); calc.add(d-dt.timedelta(d.weekday()))
        d=D(y,8,31); calc.add(d-dt.timedelta(d.weekday()))
        c=sub(D(y,12,25),set()); calc.add(c); calc.add(sub(D(y,12,26),{c}))
    assert calc==BANK_HOLIDAYS, sorted(calc^BANK_HOLIDAYS)

def iswd(d): return d.weekday()<5 and d not in BANK_HOLIDAYS
def fmt(d): return f"{d.isoformat()} ({d.strftime('%a')})"
def add_months(d,n):
    y,m=divmod(d.month-1+n,12); y+=d.year; m+=1
    last=calendar.monthrange(y,m)[1]
    return D(y,m,min(d.day,last)), d.day>last

def parse_start(s, today):
    if isinstance(s, dt.date): return s
    if s=='today': return today
    if s=='yesterday': return today-dt.timedelta(1)
    if s=='tomorrow': return today+dt.timedelta(1)
    if s.startswith('last:'):  # most recent such weekday strictly before today
        wd=['Mon','Tue','Wed','Thu','Fri','Sat','Sun'].index(s[5:])
        d=today-dt.timedelta(1)
        while d.weekday()!=wd: d-=dt.timedelta(1)
        return d
    return D.fromisoformat(s)

def apply(rule, today):
    kind=rule[0]; start=parse_start(rule[1], today)
    if kind=='wd' or kind=='wdb':
        n=rule[2]; step=1 if kind=='wd' else -1; d=start; c=0; skipped=[]
        while c<n:
            d+=dt.timedelta(step)
            if iswd(d): c+=1
            elif d in BANK_HOLIDAYS: skipped.append(d)
        note=''
        if not iswd(start): note=f"; start day is {'a bank holiday' if start in BANK_HOLIDAYS else 'a weekend'}, counted from it"
        s=f"{n} working days {'after' if step==1 else 'before'} {fmt(start)} -> {fmt(d)}"
        if skipped: s+="; skips bank holidays "+", ".join(x.isoformat() for x in sorted(skipped))
        return d, s+note
    if kind=='d':
        n=rule[2]; d=start+dt.timedelta(n); return d, f"{n} calendar days after {fmt(start)} -> {fmt(d)}"
    if kind=='db':
        n=rule[2]; d=start-dt.timedelta(n); return d, f"{n} calendar days before {fmt(start)} -> {fmt(d)}"
    if kind=='same':
        return start, f"same day as {fmt(start)}"
    if kind=='w':
        n=rule[2]; d=start+dt.timedelta(7*n); return d, f"{n} weeks ({7*n} days) after {fmt(start)} -> {fmt(d)}"
    if kind=='m':
        n=rule[2]; d,cl=add_months(start,n)
        s=f"{n} months after {fmt(start)} -> {fmt(d)}"
        if cl: s+=f" (no day {start.day} in that month, so last day of month)"
        return d, s
    if kind=='age':
        y,mo=rule[2],rule[3]
        if start.month==2 and start.day==29 and mo==0:
            ty=start.year+y
            if calendar.isleap(ty): d=D(ty,2,29); s=f"born {start.isoformat()} (29 Feb); turns {y} on {fmt(d)} (leap year)"
            else: d=D(ty,3,1); s=f"born {start.isoformat()} (29 Feb); {ty} is not a leap year so birthday taken as 1 March -> {fmt(d)}"
            return d, s
        d,cl=add_months(start,12*y+mo)
        s=f"born {start.isoformat()}; aged {y} years {mo} months on {fmt(d)}" if mo else f"born {start.isoformat()}; turns {y} on {fmt(d)}"
        if cl: s+=" (no such day in that month, so last day of month)"
        return d, s
    raise ValueError(rule)

P = {
 'frontdoor': "decisions made by what action are required by a Team Leader within 1 working day",
 'initdec': "Initial decisions will be made about the action required within 1 working day",
 'referral': "Referrals will be actioned by a social worker within 1 working day",
 's47same': "the child / children will be seen by the Social Worker the same day",
 's47prog': "Within 5 days of the Section 47 being initiated",
 'alloc': "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 'tlreview': "All assessments will be reviewed by the Team Leader within 15 working days",
 '45': "Assessments must all be completed within 45 days",
 'strat1wd': "a strategy discussion is required, this must happen within 1 working day",
 'strat24': "A strategy discussion within 24 hours involving all relevant agencies is undertaken",
 'transfer': "will notify the Neighbourhood Team via email, giving at least 5 days",
 'jointvisit': "will complete a joint visit to the home to introduce the new worker",
 'icpc': "the Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 'reportfamily': "The report will be shared with family at least 3 the days prior to conference",
 'reportchair': "The report will be sent to the child protection chair 3 working days before the conference",
 'advocate': "if they are 12 or over they should be offered an advocate",
 'coregroup': "held within 10 days of the conference and is used to put detail on the outline CP plan",
 'cpvisits': "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 'rcparents': "This report must be shared with parents at least 3 days prior to the review conference",
 'rcchair': "The report will be available to the conference chair at least 3 days prior to the review conference",
 'ptt': "when they have been subject to a plan for 12 months",
 'plo1': "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 'fgc': "Referral should be made within 3 working days of the first PLO meeting",
 'viab': "need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 'plomins': "to be distributed to parents and their legal representation within 7 days of the meeting",
 'plorev': "Review PLO meetings with parents to be held every 4-6 weeks",
 'lpm12': "A review legal planning meeting will be held at 12 weeks",
 'gate16': "a Legal Gateway meeting will be convened at 16 weeks",
 'plo4more': "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
 'cin20': "will set the first CIN meeting within 20 days",
 'cin10': "When a case transfers from Trafford Childrens First Response the initial CIN meeting must take place within 10 days",
 'cinrev': "CIN review meetings will be held at least every 6 weeks",
 'cinvisit': "A child subject to a CIN plan will be seen at least every 6 weeks",
 'cicassess': "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 'cicvisit1': "The child will be visited within 1 working day of coming into care or having a change in placement",
 'lac1wd': "All looked after children will be seen within 1 working day of placement",
 'placemeet': "The placement meeting will be held within 3 working days",
 'placeplan': "an updated copy given to the carers within 5 working days of the placement beginning",
 'familytime': "reviewed at least every 8 week until the plan for permanence is agreed",
 'pack': "The child will be provided with a coming into care pack, children rights leaflet within 3 weeks",
 'legalstatus': "will be informed of the child\u2019s legal status within 5 working days",
 'iha': "An initial health assessment will be requested and carried out within 20 working days",
 'pep': "A PEP meeting will be arranged within the school within 20 days",
 'lacweekly': "Statutory looked after visits must happen weekly until the first looked after review",
 'lac6': "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 'lac12': "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 'careplan': "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 'lacreview1': "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 'pathway': "A pathway plan will be started when the young person is 15 years 6 months",
 'iroreport': "this will be with the IRO 3 days before the review",
 'iroinformal': "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 'iroformal': "The formal dispute resolution process should be completed from start to finish within 20 working days",
 'adopt6': "If a child under the age of 6 enters PLO or proceedings",
 'adoptweekly': "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 'adopt6wk': "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 'adopt10': "Once the children have been in placement with the adopter for 10 weeks",
 'fcvisit': "Trafford foster carers are visited at least once every six weeks",
 'fcrecord': "a record of this visit is recorded on LCS within 3 working days",
 'fcunann': "All Trafford foster carers will have an unannounced visit at least once every 12 months",
 'fcannual': "All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
 'fcpanel': "Every foster carer will have an annual review presented to the Fostering Panel at least every three years",
 'fcdbs': "All foster carers will have updated statutory references, medicals and DBS checks at least every three years",
 'fctraining': "All Trafford foster carers must update their core training at least every three years",
 'variation': "This can only be given for up to 6 working days",
 'tempapp': "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 'recording': "any event or contact is recorded within 3 days",
 'summary': "A clear and concise case file summary which has been updated within the last 3 months",
 'assess12': "An up to date assessment (within the last 12 months) on each child",
 # related sentences for 'none' rows (they set no timescale)
 'chairdate': "The child protection chair will set the date of the next conference",
 'supervision': "monitored through supervision which takes place in line with the supervision policy",
 'secondreview': "At the point of the second review (if not in proceedings) the child must have a permanency plan",
 'shopba': "This needs to take place after the area teams final care planning meeting",
 'lll': "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
 'support': "If there is an indication of instability in a placement plan a Support Meeting will be held",
 'connected': "a Connected Persons assessment completed if appropriate",
 'irocontact': "The IRO will contact the child between reviews to ensure the progress of the plan",
 'familyfocus': "a referral should be made to Family Focus by emailing the team",
 'gcp2': "The Graded Care Profile 2 should be completed with all neglect cases",
}

# Structured row descriptions for oracle.py: (voice, kind, today, q, rule, phrase_keys[, ambiguous])
# rules: ('wd',start,n) working days after; ('wdb',start,n) working days before; ('d',start,n) calendar days;
# ('db',start,n) calendar days before; ('w',start,n) weeks; ('m',start,n) months; ('age',dob,years,months); ('same',start)
ROWS = [
# ---- Front Door / referrals ----
('duty','date','2025-12-24',"contact in 24/12 - screening decision by?",('wd','2025-12-24',1),['frontdoor']),
('typos','date','2026-04-02',"contact came in thurs 2.4.26 when does the TL need to of made a decison on it",('wd','2026-04-02',1),['frontdoor']),
('newstarter','date','2027-03-25',"Hi, sorry if this is a basic question - a contact came into the Front Door this morning (Thursday). How long does the Team Leader have to screen it and decide what action is needed?",('wd','today',1),['frontdoor']),
('indirect','date','2025-05-02',"a new case came in today that's been put at the CIN level - by when does a social worker need to have picked it up and done something with it?",('wd','today',1),['referral']),
('manager','date','2026-06-01',"Referral received Fri 22/05/26, SW actioned it Tue 26/05. Within timescale?",('wd','2026-05-22',1),['referral']),
('scenario','date','2026-08-28',"Level 4 referral came through at 3pm today for a 7yo (DOB 30/08/2018). Mum's partner was arrested last night. When does the TL have to make the initial decision on action by?",('wd','today',1),['initdec']),
# ---- S47 ----
('typos','date','2027-04-01',"s47 started 29/3/27 when do i need to have the progress chat with my manager",('d','2027-03-29',5),['s47prog']),
('manager','date','2026-01-12',"S47 initiated 31/12/25, SW/manager progress discussion held 06/01/26. In timescale?",('d','2025-12-31',5),['s47prog']),
('newstarter','date','2026-05-22',"I've been told a referral that came in today is going to be a Section 47 enquiry. Is there a deadline for when the child needs to be seen?",('same','today'),['s47same']),
# ---- allocation / assessments ----
('duty','date','2025-04-17',"new C&FA needed, came in today, allocation by?",('wd','today',3),['alloc']),
('typos','date','2026-12-23',"case needs allocatin for c&f assesment, decison made 23rd dec, when does it have to be allocated by",('wd','2026-12-23',3),['alloc']),
('manager','date','2027-06-07',"Case came to CFR 27/05/27 and wasn't allocated for assessment until 03/06/27. Was allocation within timescale?",('wd','2027-05-27',3),['alloc']),
('indirect','date','2026-03-20',"when does my team leader have to have looked over the family assessment I'm doing? I started it today",('wd','today',15),['tlreview']),
('typos','date','2027-08-16',"assesment started 16/8 when dose TL need to review it",('wd','2027-08-16',15),['tlreview']),
('scenario','date','2027-03-01',"Assessment opened on 12 February 2027 after a referral from school. Dad's birthday is today (1 March) and he wants the home visit moved. When does the assessment have to be completed?",('d','2027-02-12',45),['45']),
('newstarter','date','2025-06-09',"Hello, my very first Child and Family Assessment started on Friday 6 June. When does my Team Leader need to have reviewed it?",('wd','2025-06-06',15),['tlreview']),
# ---- transfer to neighbourhood team ----
('newstarter','date','2026-05-21',"I'm in First Response and my assessment says the case should move to a Neighbourhood Team at CIN. If I email them the notice today, by when does the joint visit with the new worker need to happen?",('d','today',5),['jointvisit','transfer']),
('indirect','date','2027-08-27',"we're handing a family over to the locality team - I emailed them today. By when does the home visit with both of us have to happen?",('d','today',5),['jointvisit']),
# ---- ICPC ----
('duty','date','2025-12-19',"strat was 19/12/25, when's the ICPC?",('wd','2025-12-19',15),['icpc']),
('typos','date','2026-03-27',"strat held 27.3 icpc needs to be by??",('wd','2026-03-27',15),['icpc']),
('scenario','date','2026-04-14',"Strategy discussion for a 4 year old (DOB 14/04/2022 - her birthday today) was on Thursday 9 April. There was also a professionals meeting yesterday. When does the ICPC need to be held by?",('wd','2026-04-09',15),['icpc']),
('indirect','date','2025-05-06',"we had the multi-agency call to plan the enquiries on 2nd May - what's the latest the first conference can be?",('wd','2025-05-02',15),['icpc']),
('newstarter','date','2027-12-20',"Hi, sorry to bother you. The initial strategy discussion took place last Friday (17th December). When does the Initial Child Protection Conference need to happen by? I'm worried about Christmas.",('wd','2027-12-17',15),['icpc']),
('manager','date','2026-09-01',"Strat 05/08/26, ICPC held 27/08/26. Within 15 working days?",('wd','2026-08-05',15),['icpc']),
('manager','date','2027-05-10',"ICPC was held 20/04/27, strat 30/03/27 - was that in timescale?",('wd','2027-03-30',15),['icpc']),
('scenario','date','2026-12-14',"Dad disclosed DV at school on 7 Dec, strategy discussion was held Friday 11 December, and the S47 visit was today. Baby brother's DOB is 01/12/2026. When's the latest the ICPC can be?",('wd','2026-12-11',15),['icpc']),
# ---- ICPC reports ----
('duty','date','2025-12-29',"ICPC Tue 06/01/26, report to chair by?",('wdb','2026-01-06',3),['reportchair']),
('newstarter','date','2026-03-30',"The ICPC is on Wednesday 8 April. When do I need to send my report to the Child Protection Chair?",('wdb','2026-04-08',3),['reportchair']),
('typos','date','2027-05-24',"icpc on 2/6/27 when does report go to cp chair",('wdb','2027-06-02',3),['reportchair']),
('indirect','date','2025-08-20',"when do the parents need to have my report for the first conference? it's on 28 Aug",('db','2025-08-28',3),['reportfamily']),
('scenario','date','2026-12-21',"ICPC booked for Tuesday 29 December for two siblings (DOBs 02/01/2015 and 11/11/2019). Mum has asked to see my report before. What's the latest I can share it with her?",('db','2026-12-29',3),['reportfamily']),
('manager','date','2027-04-05',"ICPC held 31/03/27; SW report reached chair 29/03/27. Compliant?",('wdb','2027-03-31',3),['reportchair']),
# ---- core groups ----
('manager','date','2026-09-14',"ICPC 25/08/26, first core group 07/09/26 - in timescale?",('d','2026-08-25',10),['coregroup']),
('newstarter','date','2025-04-14',"Hello - the initial conference for my family was today and the children are now on plans. When does the first core group need to be held by?",('d','today',10),['coregroup']),
# ---- review conferences ----
('duty','date','2026-06-01',"RCPC 09/06/26, plan update to parents by?",('db','2026-06-09',3),['rcparents']),
('typos','date','2026-12-21',"review conf is on 4/1/27 when should chair have my report",('db','2027-01-04',3),['rcchair']),
('indirect','date','2025-12-29',"the conference that reviews the protection plan is on 2 Jan. When's the last day mum and dad have to have my update?",('db','2026-01-02',3),['rcparents']),
('manager','date','2026-04-13',"Review conf 07/04/26, plan update went to parents 05/04. Compliant?",('db','2026-04-07',3),['rcparents']),
('scenario','date','2026-02-02',"Twins became subject to CP plans at an ICPC on 31/01/2025 (they were born 29/02/2024). Things aren't shifting. When do they hit 12 months on a plan, for the thinking-time meeting?",('m','2025-01-31',12),['ptt']),
('indirect','date','2027-06-10',"child's been on a protection plan since 15 June 2026 - from what date do we need that meeting where the professionals rethink how they work with the family?",('m','2026-06-15',12),['ptt']),
# ---- PLO ----
('typos','date','2026-03-30',"plo leter dated 27/03/26 when has 1st meeting gotta be",('d','2026-03-27',10),['plo1']),
('manager','date','2026-09-10',"PLO letter dated 21/08/26, first PLO meeting 02/09/26. In timescale?",('d','2026-08-21',10),['plo1']),
('duty','date','2026-04-02',"1st PLO mtg today, FGC referral by?",('wd','today',3),['fgc']),
('typos','date','2025-12-23',"first plo meeting was today 23rd dec parents agreed to fgc when does refferal go in",('wd','today',3),['fgc']),
('scenario','date','2027-08-26',"Initial PLO meeting was today. Nan (DOB 03/09/1968) and an aunt were put forward as possible carers. The FGC isn't until 14 September. When does the viability screening request need to go to Family Placement?",('wd','today',3),['viab'],"The standard also allows 'immediately following Family Group Conference', so someone could anchor on the FGC date instead of the PLO meeting."),
('indirect','date','2026-05-26',"grandad's been named as someone who could take the kids - we had the first pre-proceedings meeting last Friday. When do I need to ask the placement team to screen him?",('wd','last:Fri',3),['viab']),
('manager','date','2025-05-12',"Initial PLO meeting 02/05/25; viability request to FPT 08/05/25. Within timescale?",('wd','2025-05-02',3),['viab']),
('newstarter','date','2027-03-26',"Could you tell me when the minutes from a PLO meeting need to go to the parents and their solicitor? The meeting was yesterday.",('d','yesterday',7),['plomins']),
('manager','date','2025-09-15',"PLO meeting 29/08/25, minutes distributed 08/09/25. Compliant?",('d','2025-08-29',7),['plomins']),
('duty','date','2026-02-01',"entered PLO 12/01/26, 12 wk review legal planning mtg when?",('w','2026-01-12',12),['lpm12'],"The standard does not say what the 12 weeks run from; counted from entry to PLO (could be read as from the first PLO meeting)."),
('typos','date','2027-01-10',"we went into plo 7th jan, when is the 12 week legal planing meeting",('w','2027-01-07',12),['lpm12'],"The standard does not say what the 12 weeks run from; counted from entry to PLO (could be read as from the first PLO meeting)."),
('indirect','date','2025-09-01',"family's been in pre-proceedings since 28 August. If it drags on, when would the big meeting with the Strategic Lead about whether to issue be?",('w','2025-08-28',16),['gate16'],"Counted 16 weeks from entry to PLO; could be read as from the first PLO meeting."),
('manager','date','2026-06-01',"Case entered PLO 16/02/26 and is still in it. When should the 16-week Legal Gateway have been convened?",('w','2026-02-16',16),['gate16']),
('newstarter','date','2027-03-30',"The 12-week review legal planning meeting for my family was yesterday, 29 March, and they agreed a further period because of exceptional circumstances. When does that extra period end?",('w','2027-03-29',4),['plo4more']),
# ---- CIN ----
('typos','date','2026-08-24',"kids came of cp plans 24/8 when dose first cin meeting need to be",('d','2026-08-24',20),['cin20']),
('indirect','date','2027-05-27',"the conference decided today that the protection plan could end and it's going down to a child in need plan. What's the deadline for the first meeting under the new plan?",('d','today',20),['cin20']),
('newstarter','date','2025-12-22',"A case has just transferred to me from Children's First Response today. When does the initial Child in Need meeting need to take place?",('d','today',10),['cin10']),
('scenario','date','2027-09-03',"Case transferred over from First Response on 27 August 2027 after the C&FA. The little one (DOB 27/08/2023) has just turned four and starts nursery on the 6th. When's the initial CIN meeting due?",('d','2027-08-27',10),['cin10']),
# ---- children in care ----
('duty','date','2025-12-23',"emergency LAC 23/12/25, assessment due?",('wd','2025-12-23',20),['cicassess']),
('scenario','date','2026-05-05',"Police protection on Friday 1 May 2026 and the child (DOB 01/05/2012, it was her birthday) was placed in emergency foster care. There was no up to date assessment. The ICO hearing is 12 May. When does the assessment have to be completed?",('wd','2026-05-01',20),['cicassess']),
('duty','date','2026-12-24',"placement move today, visit by?",('wd','today',1),['cicvisit1','lac1wd']),
('indirect','date','2025-04-17',"a child I work with moved to a new foster home today (Thursday). When's the latest I have to go and see them there?",('wd','today',1),['cicvisit1']),
('manager','date','2027-06-02',"Child became LAC Fri 28/05/27, first visit 01/06/27. In timescale?",('wd','2027-05-28',1),['cicvisit1','lac1wd']),
('newstarter','date','2026-08-28',"A young person came into care today (Friday). Sorry, what's the timescale for me to visit them?",('wd','today',1),['cicvisit1','lac1wd']),
('typos','date','2026-12-22',"placment started 22nd dec when does placment meeting have to happen",('wd','2026-12-22',3),['placemeet']),
('manager','date','2027-04-06',"Placement started 25/03/27, placement meeting 31/03/27. Within timescale?",('wd','2027-03-25',3),['placemeet']),
('indirect','date','2026-04-01',"the carers need the updated written plan about looking after the child in their home - she moved in today. By when?",('wd','today',5),['placeplan']),
('newstarter','date','2025-08-26',"The placement began last Friday (22 August). When do the foster carers need to receive an updated copy of the placement plan?",('wd','2025-08-22',5),['placeplan']),
('duty','date','2026-12-18',"came into care 18/12, CIC pack by?",('w','2026-12-18',3),['pack']),
('typos','date','2025-03-31',"child came into care today 31st march when do they need there rights leaflet",('w','today',3),['pack']),
('indirect','date','2027-12-23',"child became looked after today. The other agencies involved need to be told about his status - by when?",('wd','today',5),['legalstatus']),
('manager','date','2026-05-11',"Child became LAC 30/04/26; professionals informed of legal status 07/05/26. Compliant?",('wd','2026-04-30',5),['legalstatus']),
('duty','date','2025-12-29',"LAC 29/12/25, IHA by?",('wd','2025-12-29',20),['iha']),
('scenario','date','2027-03-22',"Toddler (DOB 22/03/2025, second birthday today) came into care last Friday under an ICO. The health visitor wants to know when the initial health assessment has to be done by.",('wd','last:Fri',20),['iha']),
('newstarter','date','2026-08-25',"Hi, when does the initial health assessment need to be done for a child who came into care on Friday 21 August?",('wd','2026-08-21',20),['iha']),
('typos','date','2025-12-15',"child in care since 15/12/25 when dose pep have to be",('d','2025-12-15',20),['pep'],"The standard says 'within 20 days' without naming the start event; counted from coming into care."),
('indirect','date','2026-09-07',"the education plan meeting at school for a child who's just come into care - she came in on 4 Sept. When should it be held by?",('d','2026-09-04',20),['pep'],"The standard says 'within 20 days' without naming the start event; counted from coming into care."),
('duty','date','2027-08-27',"placed 27/08/27, care plan on LCS by?",('d','2027-08-27',10),['careplan']),
('manager','date','2025-01-20',"Placed 31/12/24, care plan recorded 13/01/25. In timescale?",('d','2024-12-31',10),['careplan']),
('duty','date','2026-03-20',"LAC 20/03/26, initial review by?",('wd','2026-03-20',20),['lacreview1']),
('typos','date','2025-12-19',"kid became lac 19/12/25 first lac reveiw when",('wd','2025-12-19',20),['lacreview1']),
('indirect','date','2027-12-13',"a child came into our care today - when does the first formal review meeting with the independent reviewing officer have to happen?",('wd','today',20),['lacreview1']),
('manager','date','2026-06-15',"Child LAC 01/05/26, initial LAC review 29/05/26. Within 20 working days?",('wd','2026-05-01',20),['lacreview1']),
('scenario','date','2025-04-22',"Sibling group came into care on 11 April 2025; the eldest (DOB 11/04/2010) also had a strategy meeting on the 14th. When is the initial Looked After Review due?",('wd','2025-04-11',20),['lacreview1']),
('duty','date','2026-05-26',"LAC review 29/05, report to IRO by?",('db','2026-05-29',3),['iroreport']),
('newstarter','date','2027-12-20',"The child's looked after review is on 30 December. When does my written report need to be with the IRO?",('db','2027-12-30',3),['iroreport']),
# ---- IRO ----
('manager','date','2025-12-22',"IRO raised informal challenge 17/12/25. If unresolved, when does it go to formal dispute?",('wd','2025-12-17',5),['iroinformal']),
('scenario','date','2026-04-01',"The IRO raised a formal dispute on Monday 30 March 2026 about drift in permanence planning; the next LAC review is 20 May. When should the formal dispute process be finished by?",('wd','2026-03-30',20),['iroformal']),
('indirect','date','2027-03-24',"IRO flagged drift in the plan to me informally today. How long have I got to sort it before it becomes a formal thing?",('wd','today',5),['iroinformal']),
('typos','date','2025-06-03',"iro raised formal dispute 2/6/25 whens it got to be resolved by",('wd','2025-06-02',20),['iroformal']),
# ---- adoption ----
('duty','date','2026-03-02',"adoptive placement 02/03/26, earliest AO application?",('w','2026-03-02',10),['adopt10']),
('newstarter','date','2027-02-19',"Our child moved in with the adopters today. When are they able to apply for the Adoption Order, so I can plan the Annex A report?",('w','today',10),['adopt10']),
# ---- fostering ----
('typos','date','2026-05-22',"visted my foster carers today fri 22/5 when does the visit record need to be on lcs",('wd','today',3),['fcrecord']),
('manager','date','2027-04-06',"FC supervisory visit 25/03/27, recorded on LCS 01/04/27. Compliant?",('wd','2027-03-25',3),['fcrecord']),
('typos','date','2027-02-01',"foster carers dbs was done 29/2/24 when do they need a new one",('m','2024-02-29',36),['fcdbs'],"2027 has no 29 February; counted as 28 Feb 2027 (same-day-N-months rule), a reader could say 1 March."),
('manager','date','2026-07-01',"FC last presented to panel for annual review 14/07/23. When is the 3-yearly panel presentation due?",('m','2023-07-14',36),['fcpanel']),
('newstarter','date','2025-09-01',"One of our foster carers last updated their core training on 5 September 2022. When do they need to update it by?",('m','2022-09-05',36),['fctraining']),
('scenario','date','2026-12-23',"Strategic Lead agreed a variation to terms of approval today so a 15-year-old (carers approved 0-10) could stay with them over Christmas. Her DOB is 25/12/2011. When does the variation run out?",('wd','today',6),['variation']),
('duty','date','2025-04-07',"reg 24 temp approval 07/04/25, ends?",('w','2025-04-07',16),['tempapp']),
('indirect','date','2027-01-04',"Aunt was approved on a temporary basis as a connected carer today and we expect panel to extend it the full amount. When would the extended approval run out?",('w','today',24),['tempapp']),
('newstarter','date','2025-08-27',"A connected person was given temporary approval as a foster carer on Monday 4 August. How long does the temporary approval last before it needs extending?",('w','2025-08-04',16),['tempapp']),
# ---- recording, summaries, assessments ----
('typos','date','2025-12-24',"did a home visit today 24th dec when do i need to of recorded it by",('d','today',3),['recording']),
('duty','date','2026-04-03',"visit Good Fri 03/04, write-up by?",('d','2026-04-03',3),['recording']),
('indirect','date','2027-05-31',"I had a phone call with dad today (bank holiday, I know). How long do I have to get it onto the system?",('d','today',3),['recording']),
('manager','date','2026-06-02',"Case summary last updated 30/11/25. When did it next need updating?",('m','2025-11-30',3),['summary']),
('newstarter','date','2025-06-02',"How often does the case file summary need updating? Mine was last done on 31 May 2025 - when is the next one due?",('m','2025-05-31',3),['summary']),
('indirect','date','2026-02-16',"my manager authorised the last assessment on this child on 2 March 2025 - when does it stop counting as up to date?",('m','2025-03-02',12),['assess12']),
('scenario','date','2027-08-02',"Open CIN case, last C&FA authorised 31/08/2026. Mum's new partner moved in on 20 July. When does the child need a new assessment by anyway, to keep it within 12 months?",('m','2026-08-31',12),['assess12']),
# ---- extra date rows to spread voices / years ----
('scenario','date','2025-12-30',"Nursery rang on Monday 29 December about bruising; it went to a strategy discussion later that day. The child's DOB is 24/12/2022. When does the ICPC need to be convened by?",('wd','2025-12-29',15),['icpc']),
('scenario','date','2026-05-26',"I placed a 9-year-old (DOB 26/05/2017) with new foster carers on Friday 22 May after a disruption. The carers are asking when the placement meeting will be. What's the latest it can be?",('wd','2026-05-22',3),['placemeet']),
('scenario','date','2027-01-04',"Mum's solicitor received the PLO letter on 4 January 2027 but the letter itself is dated 23 December 2026. Her sister's FGC is on the 20th. When should the first PLO meeting take place by?",('d','2026-12-23',10),['plo1']),
('scenario','date','2025-08-26',"A 14-year-old (DOB 25/08/2011) came into care on Friday 22 August after police protection. Her school returns 3 September. When must the PEP meeting be arranged by?",('d','2025-08-22',20),['pep'],"The standard says 'within 20 days' without naming the start event; counted from coming into care."),
('scenario','date','2026-01-05',"ICPC for a baby (DOB 20/11/2025) was held on 23 December 2025 and she's on a CP plan. The first core group was pencilled in for 6 January. When did it actually need to be held by?",('d','2025-12-23',10),['coregroup']),
('newstarter','date','2027-12-24',"Apologies for asking on Christmas Eve! The IRO raised an informal challenge with me today about drift in the care plan. When would it become a formal dispute if we can't resolve it?",('wd','today',5),['iroinformal']),
('typos','date','2026-04-07',"contact recieved 6/4/26 (easter monday) when should it be screened by",('wd','2026-04-06',1),['frontdoor'],"Contact received on a bank holiday; counted as the next working day, as the brief's convention says, though a worker might argue it is only 'received' on the 7th and allow the 8th."),
('manager','date','2027-12-31',"Child LAC 13/12/27, IHA carried out 07/01/28. Within timescale?",('wd','2027-12-13',20),['iha']),
('newstarter','date','2026-12-29',"I'm covering for a colleague. A child came into care on Christmas Eve. Can you tell me when the first Looked After Review has to take place?",('wd','2026-12-24',20),['lacreview1']),
('indirect','date','2025-04-22',"a girl came into care on Good Friday as an emergency, we didn't have a current assessment of her needs. When does that have to be done?",('wd','2025-04-18',20),['cicassess']),
('typos','date','2027-05-04',"review conferance 7th may when do parents need plan update",('db','2027-05-07',3),['rcparents']),
('duty','date','2027-12-20',"RCPC 29/12/27, report to chair by?",('db','2027-12-29',3),['rcchair']),
# ---- visits / reviews schedules ----
('duty','visits','2025-12-29',"CP visit last 02/12/25, next by?",('w','2025-12-02',4),['cpvisits']),
('typos','visits','2026-04-02',"last seen child on cp plan 6/3/26 when next visit due",('w','2026-03-06',4),['cpvisits']),
('indirect','visits','2027-05-04',"I last saw the child on the protection plan at home on 6 April. When's my next visit due at the latest?",('w','2027-04-06',4),['cpvisits']),
('manager','visits','2026-01-20',"CP visits on file 18/11/25 and 19/12/25 - was the second in timescale?",('w','2025-11-18',4),['cpvisits']),
('newstarter','visits','2025-08-11',"My child in need was last seen at home on 1 August. How long until I need to see them again?",('w','2025-08-01',6),['cinvisit']),
('scenario','visits','2026-11-30',"CIN case, last home visit 17/11/26, then a school meeting 24/11/26 where I saw him in class. When's the next visit due?",('w','2026-11-17',6),['cinvisit'],"A school sighting does not count as a CIN visit (child must be seen at home), so counted from 17/11."),
('duty','visits','2027-03-01',"CIN review last 15/02/27, next by?",('w','2027-02-15',6),['cinrev']),
('typos','visits','2025-12-10',"last cin reveiw meeting 13/11/25 next one when",('w','2025-11-13',6),['cinrev']),
('duty','visits','2026-01-05',"LAC, 1st review done 18/12/25, last stat visit 22/12/25, next visit by?",('w','2025-12-22',6),['lac6']),
('newstarter','visits','2025-04-10',"The child came into care on 3 April and I visited on 4 April. The first LAC review hasn't happened yet. When's my next statutory visit due?",('w','2025-04-04',1),['lacweekly']),
('indirect','visits','2026-09-01',"boy's been settled in his forever foster home for well over a year now. Last saw him 20 Aug. When's the next visit due?",('w','2026-08-20',12),['lac12']),
('scenario','visits','2027-12-20',"Placed with prospective adopters 01/12/27; the first LAC review since placement is booked for 10/01/28. I visited last Friday (17th). When is the next visit due?",('w','last:Fri',1),['adoptweekly']),
('manager','visits','2026-06-29',"Adoptive placement; first LAC review since placement done 12/03/26. Visits 20/03/26 then 08/05/26. When was the visit after 20/03 due?",('w','2026-03-20',6),['adopt6wk']),
('duty','visits','2025-08-26',"FC visit last 15/07/25, next by?",('w','2025-07-15',6),['fcvisit']),
('typos','visits','2027-01-04',"supervising sw visit to foster carers last done 23/11/26 when next",('w','2026-11-23',6),['fcvisit']),
('manager','visits','2026-03-02',"Family time arrangements made when child came into care 05/01/26. Review of family time due by?",('w','2026-01-05',8),['familytime']),
('indirect','visits','2025-10-01',"how often do we need to look again at contact arrangements with mum for a child in care? last reviewed 22 Sept",('w','2025-09-22',8),['familytime']),
('duty','visits','2026-05-26',"review PLO mtg last 21/04/26, next by?",('w','2026-04-21',6),['plorev'],"Standard says every 4-6 weeks; due given as the outer limit (6 weeks); 4 weeks would give 19/05/26."),
('newstarter','visits','2027-09-01',"The last review PLO meeting for my family was on 23 August. When is the next one due?",('w','2027-08-23',6),['plorev'],"Standard says every 4-6 weeks; due given as the outer limit (6 weeks); 4 weeks would give 20/09/27."),
('indirect','visits','2026-02-10',"when's the next turn-up-without-warning visit due for our foster carers? Last one was 28 Feb 2025.",('m','2025-02-28',12),['fcunann']),
('manager','visits','2026-01-05',"FC annual review last held 31/01/25, next due?",('m','2025-01-31',12),['fcannual']),
# ---- ages ----
('duty','age','2026-01-14',"LAC yp DOB 14/07/2010, pathway plan start date?",('age','2010-07-14',15,6),['pathway']),
('typos','age','2025-08-01',"yp in care born 31/3/2010 when do i start pathway plan",('age','2010-03-31',15,6),['pathway'],"31 Mar + 15y6m has no 31 September; taken as 30 Sep 2025."),
('newstarter','age','2027-02-01',"I have a young person in care born on 29 February 2012. When should their pathway plan be started?",('age','2012-02-29',15,6),['pathway']),
('scenario','age','2026-02-20',"ICPC is on 02/03/26 for three siblings. The eldest, DOB 01/03/2014, has said she wants to come. When does she turn 12, for offering an advocate?",('age','2014-03-01',12,0),['advocate']),
('indirect','age','2025-06-02',"She was born 29/02/2020 and we may be heading into pre-proceedings. When is her 6th birthday - after that she wouldn't automatically get an adoption worker and family finder?",('age','2020-02-29',6,0),['adopt6']),
('manager','age','2027-04-20',"Child DOB 25/04/2021 entered PLO 20/04/27. When does he turn 6 - was the under-6 adoption allocation triggered?",('age','2021-04-25',6,0),['adopt6']),
('typos','age','2026-10-01',"when does yp turn 12 dob 29.2.2016 - for advocate at confrence",('age','2016-02-29',12,0),['advocate']),
('duty','age','2027-11-15',"yp DOB 15/05/2012 pathway plan from?",('age','2012-05-15',15,6),['pathway']),
# ---- choice ----
('duty','choice','2026-03-03',"conference was 3/3, what's next due?",[('d','2026-03-03',10),('d','2026-03-03',20)],['coregroup','cin20']),
('typos','choice','2025-12-19',"desision to hold strat made today 19/12 when does strat have to be by",[('d','today',1),('wd','today',1)],['strat24','strat1wd']),
('newstarter','choice','2027-05-28',"My manager decided today (Friday) that a strategy discussion is needed. When does it have to take place?",[('d','today',1),('wd','today',1)],['strat24','strat1wd']),
('indirect','choice','2026-12-18',"my report for the first conference on 23 Dec - when does it need to go out?",[('db','2026-12-23',3),('wdb','2026-12-23',3)],['reportfamily','reportchair']),
('scenario','choice','2025-05-01',"Child placed with foster carers today, 1 May 2025 (mum's birthday is 3 May and she wants to see him). When's the plan due?",[('wd','today',5),('d','today',10)],['placeplan','careplan']),
('manager','choice','2026-04-10',"Last visit on this child was 13/03/26 - when was the next one due?",[('w','2026-03-13',4),('w','2026-03-13',6)],['cpvisits','cinvisit']),
('duty','choice','2027-08-26',"1st PLO mtg today, what's due after?",[('wd','today',3),('d','today',7)],['fgc','viab','plomins']),
('indirect','choice','2025-12-22',"a child came into care today - when's the first meeting due?",[('wd','today',3),('wd','today',20)],['placemeet','lacreview1']),
# ---- none ----
('duty','none','2026-03-10',"ICPC 10/03/26, first RCPC due?",None,['chairdate']),
('newstarter','none','2026-03-05',"How often should I be having supervision with my Team Leader? My last one was 3 March - when's the next due?",None,['supervision']),
('typos','none','2027-01-06',"first lac review was 5/1/27 when does second one have to be",None,['secondreview']),
('indirect','none','2025-05-13',"when's the deadline for the meeting with the agency decision maker about whether the child should be placed for adoption? final care planning meeting was 12 May",None,['shopba']),
('manager','none','2025-10-01',"Adoptive placement 01/09/25. When's the Later Life Letter due?",None,['lll']),
('scenario','none','2026-02-02',"Carers rang this morning saying the placement is wobbling after a weekend of missing episodes. The child's DOB is 02/02/2011. When must the support meeting be held by?",None,['support']),
('duty','none','2025-04-14',"connected persons assessment started 14/04/25, deadline?",None,['connected']),
('typos','none','2026-08-21',"when does iro have to contact the child between reviews, last review 20/8/26",None,['irocontact']),
('indirect','none','2025-11-04',"young person's at real risk of coming into care, I spoke with the family today - what's the deadline for the referral to the edge-of-care team?",None,['familyfocus']),
('scenario','none','2025-12-16',"Neglect case, three kids went on CP plans at ICPC yesterday 15/12/25. The youngest is DOB 01/10/2024. By when must the Graded Care Profile 2 be done?",None,['gcp2']),
]


def build():
    out=[]
    for r in ROWS:
        voice,kind,today,q,rule,keys=r[:6]; amb=r[6] if len(r)>6 else None
        today=D.fromisoformat(today)
        if kind=='none':
            due=None; count="none: the standards set no timescale for this"
        elif kind=='choice':
            res=[apply(x,today) for x in rule]
            due=min(d for d,_ in res); count=" | ".join(s for _,s in res)+f"; earlier = {due.isoformat()}"
        else:
            due,count=apply(rule,today)
        row={'q':q,'today':today.isoformat(),'due':due.isoformat() if due else None,
             'expect_any':[P[k] for k in keys],'count':count,'voice':voice,'kind':kind}
        if amb: row['ambiguous']=amb
        out.append(row)
    return out

def check(rows):
    src=open(SOURCE,encoding='utf-8').read()
    bad=0
    for i,r in enumerate(rows):
        for ph in r['expect_any']:
            if ph not in src: print('NOT VERBATIM', i, ph); bad+=1
            if len(ph.split())<6: print('TOO SHORT', i, ph); bad+=1
        assert r['voice'] in {'duty','typos','scenario','indirect','newstarter','manager'}, r
        assert r['kind'] in {'date','visits','age','choice','none'}, r
        if r['kind']=='choice': assert len(r['expect_any'])>=2
    qs=[r['q'] for r in rows]; assert len(set(qs))==len(qs), 'duplicate q'
    print('rows', len(rows), 'bad', bad)
    print('kinds', Counter(r['kind'] for r in rows))
    print('voices', Counter(r['voice'] for r in rows))
    print('years', Counter(r['today'][:4] for r in rows))
    return bad==0

if __name__=='__main__':
    _selfcheck_holidays()
    rows=build()
    ok=check(rows)
    with open(os.path.join(HERE,'questions.jsonl'),'w',encoding='utf-8') as f:
        for r in rows: f.write(json.dumps(r,ensure_ascii=False)+'\n')
    for l in open(os.path.join(HERE,'questions.jsonl'),encoding='utf-8'): json.loads(l)
    sys.exit(0 if ok else 1)
