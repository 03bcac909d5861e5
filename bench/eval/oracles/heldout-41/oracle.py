#!/usr/bin/env python3
"""Oracle for the held-out deadline set. Standard library only (datetime).
Run: python3 oracle.py  -> writes questions.jsonl next to this file and runs checks."""
import datetime as dt, json, os, re, sys
D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/shared/source/practice-standards.txt"

# England & Wales bank holidays 2024-2028, typed by hand (substitutes applied).
BH = {D(*x) for x in [
 (2024,1,1),(2024,3,29),(2024,4,1),(2024,5,6),(2024,5,27),(2024,8,26),(2024,12,25),(2024,12,26),
 (2025,1,1),(2025,4,18),(2025,4,21),(2025,5,5),(2025,5,26),(2025,8,25),(2025,12,25),(2025,12,26),
 (2026,1,1),(2026,4,3),(2026,4,6),(2026,5,4),(2026,5,25),(2026,8,31),(2026,12,25),(2026,12,28),
 (2027,1,1),(2027,3,26),(2027,3,29),(2027,5,3),(2027,5,31),(2027,8,30),(2027,12,27),(2027,12,28),
 (2028,1,3),(2028,4,14),(2028,4,17),(2028,5,1),(2028,5,29),(2028,8,28),(2028,12,25),(2028,12,26)]}

def _easter(y):  # anonymous Gregorian algorithm, used only to cross-check the typed list
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
    i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=(h+l-7*m+114)%31+1
    return D(y,mo,da)
def _sub(d, taken):
    while d.weekday()>=5 or d in taken: d+=dt.timedelta(1)
    return d
def _computed(y):
    s=set(); s.add(_sub(D(y,1,1),s)); e=_easter(y); s|={e-dt.timedelta(2),e+dt.timedelta(1)}
    m=D(y,5,1); s.add(m+dt.timedelta((7-m.weekday())%7))
    for mo in (5,8):
        l=D(y,mo,31); s.add(l-dt.timedelta(l.weekday()))
    c=_sub(D(y,12,25),s); s.add(c); s.add(_sub(max(D(y,12,26),c+dt.timedelta(1)),s))
    return s
assert BH == set().union(*[_computed(y) for y in range(2024,2029)]), "typed bank holidays disagree"

WD = "Mon Tue Wed Thu Fri Sat Sun".split()
def f(d): return f"{d.isoformat()} ({WD[d.weekday()]})"
def working(d): return d.weekday()<5 and d not in BH
def add_wd(d,n):
    skipped=[]; x=d; k=0
    while k<n:
        x+=dt.timedelta(1)
        if working(x): k+=1
        elif x in BH: skipped.append(x)
    return x,skipped
def sub_wd(d,n):
    skipped=[]; x=d; k=0
    while k<n:
        x-=dt.timedelta(1)
        if working(x): k+=1
        elif x in BH: skipped.append(x)
    return x,skipped
def add_months(d,n):
    y,m=divmod(d.month-1+n,12); y+=d.year; m+=1
    last=(D(y+m//12,m%12+1,1)-dt.timedelta(1)).day
    return D(y,m,min(d.day,last)), d.day>last

# rule -> (verbatim phrase from the sentence that sets the timescale, method, n)
R = {
 'contact':   ("decisions made by what action are required by a Team Leader within 1 working day",'wd',1),
 'initdec':   ("Initial decisions will be made about the action required within 1 working day",'wd',1),
 'refact':    ("Referrals will be actioned by a social worker within 1 working day",'wd',1),
 's47seen':   ("the child / children will be seen by the Social Worker the same day",'cal',0),
 's47disc':   ("Within 5 days of the Section 47 being initiated",'cal',5),
 'alloc':     ("allocated to a social worker to complete a Child and Family Assessment within 3 working days",'wd',3),
 'tlrev':     ("All assessments will be reviewed by the Team Leader within 15 working days",'wd',15),
 'assess45':  ("Assessments must all be completed within 45 days",'cal',45),
 'strat':     ("this must happen within 1 working day and should be chaired by a social work manager",'wd',1),
 'icpc':      ("convened within working 15 days of the initial strategy discussion",'wd',15),
 'icpcfam':   ("The report will be shared with family at least 3 the days prior to conference",'calb',3),
 'icpcchair': ("The report will be sent to the child protection chair 3 working days before the conference",'wdb',3),
 'cg1':       ("held within 10 days of the conference and is used to put detail on the outline CP plan",'cal',10),
 'cpvisit':   ("Visits to a child subject to a CP plan will take place at least every 4 weeks",'wk',4),
 'rcpcpar':   ("This report must be shared with parents at least 3 days prior to the review conference",'calb',3),
 'rcpcchair': ("The report will be available to the conference chair at least 3 days prior to the review conference",'calb',3),
 'cp12m':     ("when they have been subject to a plan for 12 months",'mon',12),
 'plo1':      ("The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",'cal',10),
 'plofgc':    ("Referral should be made within 3 working days of the first PLO meeting",'wd',3),
 'plovia':    ("Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",'wd',3),
 'plomin':    ("distributed to parents and their legal representation within 7 days of the meeting",'cal',7),
 'plorev':    ("Review PLO meetings with parents to be held every 4-6 weeks",'wk',6),
 'plo12':     ("A review legal planning meeting will be held at 12 weeks",'wk',12),
 'plo16':     ("a Legal Gateway meeting will be convened at 16 weeks with Strategic Lead oversight",'wk',16),
 'cin20':     ("will set the first CIN meeting within 20 days",'cal',20),
 'cin10':     ("the initial CIN meeting must take place within 10 days",'cal',10),
 'cinrev':    ("CIN review meetings will be held at least every 6 weeks",'wk',6),
 'cinvisit':  ("A child subject to a CIN plan will be seen at least every 6 weeks",'wk',6),
 'lacassess': ("If it is an emergency / unplanned admission the assessment will be completed within 20 working days",'wd',20),
 'lacvisit1': ("The child will be visited within 1 working day of coming into care or having a change in placement",'wd',1),
 'placemtg':  ("The placement meeting will be held within 3 working days",'wd',3),
 'placeplan': ("an updated copy given to the carers within 5 working days of the placement beginning",'wd',5),
 'famtime':   ("reviewed at least every 8 week until the plan for permanence is agreed",'wk',8),
 'cicpack':   ("The child will be provided with a coming into care pack, children rights leaflet within 3 weeks",'wk',3),
 'legalstat': ("All other professionals involved with the child will be informed",'wd',5),
 'iha':       ("An initial health assessment will be requested and carried out within 20 working days",'wd',20),
 'pep':       ("A PEP meeting will be arranged within the school within 20 days",'cal',20),
 'lacwk':     ("Statutory looked after visits must happen weekly until the first looked after review",'wk',1),
 'lac6':      ("a minimum of every 6 weeks thereafter until the plan for permanence is finalised",'wk',6),
 'lac12':     ("Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",'wk',12),
 'careplan':  ("An up to date care plan will be recorded on the electronic system within 10 days of placement",'cal',10),
 'lacrev1':   ("The initial Looked After Review must take place within 20 working days of the child becoming looked after",'wd',20),
 'iroreport': ("this will be with the IRO 3 days before the review",'calb',3),
 'irochall':  ("If the challenge is not resolved within 5 working days a formal dispute will be raised",'wd',5),
 'irodisp':   ("should be completed from start to finish within 20 working days",'wd',20),
 'adwk':      ("Once the child is placed weekly statutory visits will take place until the first Looked After Review",'wk',1),
 'ad6':       ("visits will be a minimum of 6 weekly until the Adoption Order is Granted",'wk',6),
 'adorder':   ("Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order",'wk',10),
 'fcvisit':   ("Trafford foster carers are visited at least once every six weeks",'wk',6),
 'fcrecord':  ("a record of this visit is recorded on LCS within 3 working days",'wd',3),
 'fcunann':   ("will have an unannounced visit at least once every 12 months",'mon',12),
 'fcannual':  ("All Trafford foster carers will have an annual review including an updated Safer Caring Policy",'mon',12),
 'fcpanel':   ("Every foster carer will have an annual review presented to the Fostering Panel at least every three years",'mon',36),
 'fcdbs':     ("updated statutory references, medicals and DBS checks at least every three years",'mon',36),
 'fctrain':   ("All Trafford foster carers must update their core training at least every three years",'mon',36),
 'variation': ("This can only be given for up to 6 working days",'wd',6),
 'temp16':    ("Temporary approval is for 16 weeks but can be extended for a further 8 weeks",'wk',16),
 'temp24':    ("Temporary approval is for 16 weeks but can be extended for a further 8 weeks",'wk',24),
 'record':    ("any event or contact is recorded within 3 days",'cal',3),
 'summary':   ("A clear and concise case file summary which has been updated within the last 3 months",'mon',3),
 'assess12':  ("An up to date assessment (within the last 12 months) on each child",'mon',12),
 'age12':     ("if they are 12 or over they should be offered an advocate",'age',(12,0)),
 'age155':    ("A pathway plan will be started when the young person is 15 years 6 months",'age',(15,6)),
 'age6':      ("If a child under the age of 6 enters PLO or proceedings",'age',(6,0)),
 # phrases for 'none' rows (closest text; none of these sets a timescale)
 'n_rcpc':    ("The child protection chair will set the date of the next conference",None,None),
 'n_cg':      ("The multi –agency plan and the targets agreed and outcomes expected are reviewed at every core group",None,None),
 'n_lac2':    ("At the point of the second review (if not in proceedings)",None,None),
 'n_sup':     ("supervision which takes place in line with the supervision policy",None,None),
 'n_life':    ("The Adoption Social Worker will complete Lifestory book and a Later Life Letter",None,None),
 'n_cpa':     ("a Connected Persons assessment completed if appropriate",None,None),
 'n_ff':      ("a referral should be made to Family Focus by emailing the team",None,None),
 'n_gcp':     ("a Graded Care Profile 2 should be completed with the parents or carers",None,None),
 'n_iro':     ("The IRO will contact the child between reviews",None,None),
 'n_annexa':  ("The Social Worker will complete the Annex A suitability report for Court",None,None),
}

def resolve(s, today):
    if isinstance(s, D): return s
    if s=='today': return today
    if s=='yesterday': return today-dt.timedelta(1)
    if s.startswith('last:'):  # most recent such weekday strictly before today
        w=WD.index(s[5:]); x=today-dt.timedelta(1)
        while x.weekday()!=w: x-=dt.timedelta(1)
        return x
    return D.fromisoformat(s)

def compute(rule, start):
    phrase, m, n = R[rule]
    if m=='wd':
        d,sk=add_wd(start,n)
        c=f"{n} working day{'s' if n>1 else ''} after {f(start)} -> {f(d)}"
        if sk: c+="; skips bank holidays "+", ".join(x.isoformat() for x in sk)
        if not working(start): c+="; start day is not a working day, counted from it"
    elif m=='wdb':
        d,sk=sub_wd(start,n); c=f"{n} working days before {f(start)} -> {f(d)}"
        if sk: c+="; skips bank holidays "+", ".join(x.isoformat() for x in sk)
    elif m=='cal':
        d=start+dt.timedelta(n); c=f"{n} calendar days after {f(start)} -> {f(d)}" if n else f"same day as {f(start)}"
    elif m=='calb':
        d=start-dt.timedelta(n); c=f"{n} calendar days before {f(start)} -> {f(d)}"
    elif m=='wk':
        d=start+dt.timedelta(7*n); c=f"{n} week{'s' if n>1 else ''} ({7*n} days) after {f(start)} -> {f(d)}"
    elif m=='mon':
        d,cl=add_months(start,n); c=f"{n} months after {f(start)} -> {f(d)}"+("; day clamped to month end" if cl else "")
    elif m=='age':
        y,mo=n
        if start.month==2 and start.day==29 and mo==0:
            ty=start.year+y
            leap = ty%4==0 and (ty%100!=0 or ty%400==0)
            d = D(ty,2,29) if leap else D(ty,3,1)
            c=f"born {f(start)} (29 Feb); turns {y} on {f(d)}"+("" if leap else " (non-leap year, so 1 March)")
        else:
            d,cl=add_months(start,12*y+mo)
            c=f"born {f(start)}; {y} years{f' {mo} months' if mo else ''} -> {f(d)}"+("; day clamped to month end" if cl else "")
    else:
        return None, "no timescale in the standards"
    return d, c


def build():
    out=[]; src=open(SRC,encoding='utf-8').read()
    for r in ROWS:
        kind,voice,today,q,rules,start=r[:6]; amb=r[6] if len(r)>6 else None
        today=D.fromisoformat(today)
        rules=rules if isinstance(rules,list) else [rules]
        st=resolve(start,today) if start else None
        dues=[];counts=[]
        for ru in rules:
            d,c=compute(ru,st) if st and R[ru][1] else (None,"no timescale in the standards sets this")
            dues.append(d); counts.append(f"[{ru}] {c}")
        due=min(dues) if kind=='choice' else dues[0]
        if kind=='none': due=None
        row={"q":q,"today":today.isoformat(),"due":due.isoformat() if due else None,
             "expect_any":[R[ru][0] for ru in rules],"count":"; ".join(counts) if kind!='choice' else " | ".join(counts)+f"; earlier = {due.isoformat()}",
             "voice":voice,"kind":kind}
        if amb: row["ambiguous"]=amb
        for p in row["expect_any"]:
            assert p in src, ("phrase not in source", p)
            assert len(p.split())>=6, p
        out.append(row)
    return out

# (kind, voice, today, question, rule or [rules], start event date or relative to today, optional ambiguity note)
ROWS = [
# ---- Front door ----
('date','duty','2025-12-24',"contact in 24/12 pm, TL decision by?",'contact','2025-12-24'),
('date','typos','2026-04-03',"hi contact came in on good friday (3.4.26) when does the TL have to make the decsion by",'contact','2026-04-03'),
('date','indirect','2027-05-28',"A call came through to the front door this morning from a school worried about a pupil. By when does a manager need to decide what we're doing with it?",'contact','today'),
('date','manager','2026-01-06',"contact received 31/12/25, TL decision recorded 02/01/26 - in timescale?",'contact','2025-12-31'),
('date','newstarter','2025-08-22',"Hello, I'm new to the duty team. A level 4 referral came in today (Friday). When does the social work Team Leader need to make the initial decision about what action is needed?",'initdec','today'),
('date','duty','2026-05-22',"ref in today, SW to action by?",'refact','today'),
('date','typos','2026-01-02',"refferal came in 31st dec when does it need actioning by a sw",'refact','2025-12-31'),
# ---- S47 ----
('date','duty','2026-04-02',"s47 initiated 2/4, SW/mgr progress discussion due?",'s47disc','2026-04-02'),
('date','scenario','2025-12-23',"We started a Section 47 on 22nd December after a disclosure at school. The child was born 22/12/2015 and we'd had a strategy meeting on 19/12 about an older sibling. When do I need to sit down with my manager to discuss how the S47 is going?",'s47disc','2025-12-22'),
('date','manager','2027-01-10',"s47 began 28/12/26 and the progress discussion with the TL was 04/01/27. within timescale?",'s47disc','2026-12-28'),
('date','newstarter','2026-08-28',"Sorry if this is a silly question - if a referral is for a Section 47 enquiry and it comes in today, by when does the child need to be seen?",'s47seen','today'),
# ---- allocation / assessment ----
('date','duty','2026-12-23',"case in 23/12 for C&FA, allocate by?",'alloc','2026-12-23'),
('date','typos','2025-04-17',"case needs allocting for a c&f assesment, came thru 17/4 - by when",'alloc','2025-04-17'),
('date','indirect','2027-03-25',"When a new family comes in needing a full look at their needs, how long has the team leader got to give it to a worker? This one arrived today.",'alloc','today'),
('date','duty','2026-04-01',"C&FA started 1/4/26, TL review due?",'tlrev','2026-04-01'),
('date','newstarter','2025-12-15',"Could you help me work out when my team leader needs to review my Child and Family Assessment? It began on 15 December 2025.",'tlrev','2025-12-15'),
('date','manager','2027-06-03',"Assessment started 10/05/27, TL review recorded 02/06/27 - in timescale?",'tlrev','2027-05-10'),
('date','duty','2025-11-12',"c&fa start 10/11/25, 45 day deadline?",'assess45','2025-11-10'),
('date','typos','2026-03-05',"asessment started 3rd march, when does it have to be finished",'assess45','2026-03-03'),
('date','scenario','2026-02-20',"I picked up a family on 16/02/2026 where there are neglect worries and started the Child and Family Assessment that day. Mum's birthday is 01/03 and there's a CIN meeting for a cousin on 24/02. When must my assessment be completed?",'assess45','2026-02-16'),
('date','indirect','2027-06-04',"How long do we get to finish the full write-up of a family's needs and risks? Ours kicked off on the 2nd of June 2027.",'assess45','2027-06-02'),
('date','manager','2025-09-02',"C&FA started 14/07/25 authorised 01/09/25 - was it within the 45 days?",'assess45','2025-07-14'),
('date','scenario','2027-04-20',"Neighbourhood case: the last Child and Family Assessment on the eldest was authorised by my TL on 19/04/2026. She's turning 9 on 30/04. By what date does she need a new up to date assessment?",'assess12','2026-04-19'),
('date','scenario','2026-02-10',"Long-running CIN case, youngest is dob 11/11/2019. Her last C&FA was authorised on 05/03/25 and the last CIN review was 02/02/26. When does she need a new up to date assessment by?",'assess12','2025-03-05'),
# ---- strategy ----
('date','duty','2026-12-24',"mgmt decision for strat today 24/12, strat by?",'strat','today'),
('date','typos','2025-05-02',"manger decided we need a strat discusion today (fri) when does it have to happen by",'strat','today'),
('date','newstarter','2027-08-27',"My manager has just decided a strategy discussion is needed. Please can you tell me the deadline for holding it?",'strat','today'),
('date','manager','2027-01-06',"Decision for strat made 31/12/26, strat held 05/01/27. in timescale?",'strat','2026-12-31'),
# ---- ICPC ----
('date','duty','2025-12-22',"strat was 19/12/25, when's the ICPC?",'icpc','2025-12-19'),
('date','typos','2026-04-07',"strat was on 2.4.26 when is icpc due",'icpc','2026-04-02'),
('date','scenario','2026-05-21',"Child is 7 (dob 12/03/2019). We had the initial strategy discussion on 12th May 2026 and the S47 concluded on 20 May with a decision to go to conference. When does the Initial Child Protection Conference need to be held by?",'icpc','2026-05-12'),
('date','indirect','2025-08-20',"We had the first multi-agency meeting to plan the child protection enquiries on 18 Aug 2025. What's the latest date for the big meeting where everyone decides whether the child needs a protection plan?",'icpc','2025-08-18'),
('date','newstarter','2026-12-10',"Hi, could you please tell me when an initial child protection conference would be due? The initial strategy discussion took place on 9 December 2026.",'icpc','2026-12-09'),
('date','manager','2026-01-26',"strat 02/01/26, ICPC held 23/01/26, in timescale?",'icpc','2026-01-02'),
('date','manager','2027-04-14',"audit: strat 22/03/27, ICPC 13/04/27 - compliant?",'icpc','2027-03-22'),
('date','scenario','2027-12-20',"Police called us on 17/12/27 about bruising, the child (dob 05/06/2020) was seen the same day and we held the initial strategy discussion this morning, 20/12/27. When is the latest the ICPC can be held?",'icpc','2027-12-20'),
('date','typos','2026-08-25',"strat discusion was yesterday, whens the icpc",'icpc','yesterday'),
('date','duty','2026-01-09',"icpc fri 16/01/26, SW report to family by?",'icpcfam','2026-01-16'),
('date','newstarter','2027-03-30',"When do I need to share my conference report with the parents? The initial child protection conference is on Thursday 8 April 2027.",'icpcfam','2027-04-08'),
('date','duty','2026-03-27',"icpc tues 7/4/26, report to chair by?",'icpcchair','2026-04-07'),
('date','typos','2026-12-18',"icpc is on 5th jan 2027 when does my report go to the cp chair",'icpcchair','2027-01-05'),
('date','indirect','2025-05-14',"The person chairing the first child protection meeting needs my written report before it's held on Tuesday 27 May 2025. What's the last day I can send it?",'icpcchair','2025-05-27'),
('date','manager','2025-09-03',"ICPC 02/09/25, report went to chair 29/08/25 - compliant?",'icpcchair','2025-09-02'),
# ---- CP plan ----
('date','duty','2025-12-19',"icpc today 19/12/25, 1st core group by?",'cg1','today'),
('date','typos','2026-03-26',"icpc was on the 24/3 when dose the first core group need to be",'cg1','2026-03-24'),
('date','scenario','2026-10-19',"Conference on 16 Oct 2026 made both kids subject to CP plans under neglect. The eldest turns 12 on 20/10 and the chair set the review conference for 15/01/2027. When does the first core group need to happen?",'cg1','2026-10-16'),
('date','indirect','2027-05-06',"After the meeting where the child was put on a protection plan (held 5th May 2027), how long until the first meeting of the smaller group of professionals and family who flesh out the plan?",'cg1','2027-05-05'),
('date','newstarter','2025-08-22',"Hello, the ICPC was on 21 August 2025. When should the first core group be held by, please?",'cg1','2025-08-21'),
('date','manager','2026-12-22',"ICPC 08/12/26, first CG 21/12/26. In timescale?",'cg1','2026-12-08'),
('date','scenario','2026-06-05',"The kids have been on CP plans since the ICPC on 16/03/26 and the last core group was 01/06/26. The review conference is on 15/06/26. When must the plan update be shared with the parents?",'rcpcpar','2026-06-15'),
('date','indirect','2026-12-21',"The next conference to check how the protection plan is going is on 4 January 2027. By when must mum and dad have my progress update?",'rcpcpar','2027-01-04'),
('date','typos','2025-11-03',"review conferance 10/11/25 when does the chair need my plan update",'rcpcchair','2025-11-10'),
('date','manager','2026-04-21',"RCPC 20/04/26, plan update available to chair 17/04/26. ok?",'rcpcchair','2026-04-20'),
('date','newstarter','2026-01-20',"A child became subject to a Child Protection Plan on 14 February 2025 and progress hasn't been enough to de-plan. From what date should a professional thinking time meeting be considered?",'cp12m','2025-02-14'),
('date','scenario','2027-02-15',"Bramble Snickerdoodle (age 4, dob 02/02/2023) has been on a CP plan since the ICPC on 31/03/2026; the last core group was 10/02/2027. Things aren't shifting. When does she hit 12 months on the plan so we hold professional thinking time?",'cp12m','2026-03-31'),
# ---- PLO ----
('date','duty','2025-12-23',"plo letter dated 22/12/25, 1st mtg by?",'plo1','2025-12-22'),
('date','typos','2026-08-26',"plo leter went out 25.8.26 whens the first meeting with parents and solictor",'plo1','2026-08-25'),
('date','indirect','2026-03-31',"We sent the family the letter that starts pre-proceedings on 30 March 2026. When does the first meeting with the parents and their lawyer have to take place?",'plo1','2026-03-30'),
('date','newstarter','2027-05-05',"Could you tell me the deadline for the first PLO meeting? The PLO letter is dated 4 May 2027.",'plo1','2027-05-04'),
('date','manager','2025-12-15',"PLO letter 01/12/25, first PLO meeting 12/12/25 - in timescale?",'plo1','2025-12-01'),
('date','scenario','2025-09-19',"Mum got her PLO letter in the post on 18/09/2025 though it's dated 15/09/2025. She's due to give birth on 3/10. When must the first PLO meeting be?",'plo1','2025-09-15'),
('date','duty','2026-12-23',"1st plo mtg 23/12/26, fgc referral by?",'plofgc','2026-12-23'),
('date','indirect','2026-04-01',"Parents agreed today, at our first pre-proceedings meeting (1 April 2026), to a family meeting where relatives make a plan. When do I need to refer for it?",'plofgc','today'),
('date','manager','2027-05-06',"First PLO meeting 29/04/27, FGC referral made 05/05/27 - in time?",'plofgc','2027-04-29'),
('date','typos','2025-05-23',"inital plo meeting 22/5/25 grandma put forward as carer, when do i send viabilty request to family placement",'plovia','2025-05-22'),
('date','newstarter','2026-08-28',"After the initial PLO meeting today (Friday 28 August 2026), an aunt was named as a possible carer. When does the viability assessment request need to go to the Family Placement Team?",'plovia','today'),
('date','duty','2025-12-19',"plo mtg 18/12/25 minutes out by?",'plomin','2025-12-18'),
('date','typos','2026-05-26',"plo meeting was last thursday when do the minuets need to go to parents and there solicitor",'plomin','last:Thu'),
('date','manager','2027-01-15',"PLO meeting 06/01/27, minutes sent 14/01/27 - compliant?",'plomin','2027-01-06'),
('date','newstarter','2026-01-14',"We entered PLO with the letter dated 13 January 2026. When would the review legal planning meeting be held?",'plo12','2026-01-13',"The 12 weeks has no stated start; counted from the PLO letter, but a reader could count from the first PLO meeting."),
('date','duty','2026-10-06',"plo started 5/10/26 (letter), gateway at 16 wks when?",'plo16','2026-10-05',"The 16 weeks has no stated start; counted from the PLO letter, but a reader could count from the first PLO meeting."),
# ---- CIN ----
('date','duty','2025-12-12',"deplanned at rcpc 11/12/25, 1st cin by?",'cin20','2025-12-11'),
('date','scenario','2026-07-08',"Conference on 7 July 2026 decided to end the child protection plan and step down to CIN. The child's 10th birthday is 15/07 and the last core group was 30/06. When must the first CIN meeting happen?",'cin20','2026-07-07'),
('date','indirect','2027-03-04',"The child's protection plan was ended at conference on 3 March 2027 and they're moving onto a support plan instead. When is the first of the support-plan meetings due?",'cin20','2027-03-03'),
('date','manager','2025-12-11',"CP plan ended at RCPC 17/11/25, first CIN meeting 10/12/25 - in timescale?",'cin20','2025-11-17'),
('date','typos','2026-12-22',"case transfered from CFR on 21/12/26 whens the first cin meeting",'cin10','2026-12-21'),
('date','newstarter','2025-04-15',"A case transferred to my Neighbourhood Team from Children's First Response on 14 April 2025. When does the initial Child in Need meeting need to take place?",'cin10','2025-04-14'),
('date','indirect','2026-05-27',"We've just taken over a family from the front door team (handed over yesterday). How long before we hold the first meeting about the family's support plan?",'cin10','yesterday'),
# ---- children in care ----
('date','duty','2025-12-19',"emergency LAC 18/12/25, assessment due?",'lacassess','2025-12-18'),
('date','newstarter','2027-03-31',"A child came into care in an emergency, unplanned, on 30 March 2027. When does their assessment need to be completed?",'lacassess','2027-03-30'),
('date','typos','2025-12-24',"child came into care today xmas eve when do i have to visit",'lacvisit1','today'),
('date','scenario','2026-05-29',"Placement moved today (Friday 29 May 2026) after the carer gave notice. The child's next LAC review is on 10 June and his birthday is 1 June. When do I need to visit him in the new placement?",'lacvisit1','today'),
('date','indirect','2026-08-28',"Child moved to new foster carers today. What's the latest day I should go and see them?",'lacvisit1','today'),
('date','manager','2026-04-08',"Child placed 02/04/26 (Thu), first visit 07/04/26. Within timescale?",'lacvisit1','2026-04-02'),
('date','duty','2026-01-02',"placed 31/12/25, placement mtg by?",'placemtg','2025-12-31'),
('date','indirect','2025-04-24',"Child moved in with new carers today, 24 April 2025 - when must we have the meeting to agree delegated authority and how the placement will meet their needs?",'placemtg','today'),
('date','newstarter','2027-05-28',"When should the placement meeting be held by? The child was placed today, Friday 28 May 2027.",'placemtg','today'),
('date','typos','2027-12-21',"placment started 20/12/27 when do carers get the updated placement plan",'placeplan','2027-12-20'),
('date','manager','2025-04-24',"placement began 15/04/25, updated placement plan to carers 23/04/25 - ok?",'placeplan','2025-04-15'),
('date','scenario','2026-12-17',"A 9 year old (dob 16/12/2017, so it was her birthday too) came into care on 16/12/26 after her dad's arrest on the 14th. When does she need her coming into care pack and rights leaflet by?",'cicpack','2026-12-16'),
('date','typos','2026-03-04',"kid came in to care 3rd march 26 when do they need there coming into care pack",'cicpack','2026-03-03'),
('date','newstarter','2025-12-24',"A child became looked after today, Wednesday 24 December 2025. By when should all the other professionals involved be told about the child's legal status?",'legalstat','today'),
('date','indirect','2026-05-01',"Child came into care today. What's the deadline to let school, the GP and everyone else involved know they're now looked after?",'legalstat','today'),
('date','duty','2025-12-03',"LAC 02/12/25 IHA due?",'iha','2025-12-02'),
('date','scenario','2027-03-15',"Child came into care yesterday (Sunday 14/03/2027) under police protection; her little brother had been accommodated earlier on 10/03. When must her initial health assessment be done?",'iha','yesterday'),
('date','manager','2026-08-20',"LAC 20/07/26, IHA completed 18/08/26 - in timescale?",'iha','2026-07-20'),
('date','typos','2025-12-12',"pep meeting needs arranging, child in care since 11.12.25, by when",'pep','2025-12-11',"The standard does not name the start event for the 20 days; counted from coming into care, a reader could count from the school place starting."),
('date','indirect','2026-04-08',"How long have I got to sort out the meeting at school about a looked after child's education plan? He came into care 7 April 2026.",'pep','2026-04-07',"The standard does not name the start event for the 20 days; counted from coming into care."),
('date','scenario','2026-12-24',"Care proceedings were issued on 18/12/26 and the interim care order came on 22/12, but the child was actually placed with foster carers on 23/12/26. When does the care plan need to be on LCS?",'careplan','2026-12-23'),
('date','newstarter','2025-05-20',"When does the care plan need to be on the system? The child was placed on 19 May 2025.",'careplan','2025-05-19'),
('date','duty','2025-12-18',"became LAC 17/12/25, initial LAC review by?",'lacrev1','2025-12-17'),
('date','typos','2026-03-31',"child come into care on the 30.3.26 when is the first lac review due",'lacrev1','2026-03-30'),
('date','indirect','2027-07-30',"A child came to live with foster carers on 29 July 2027 under a section 20. When must the first meeting with the independent reviewing officer about her care be held?",'lacrev1','2027-07-29'),
('date','manager','2027-01-11',"Became LAC 09/12/26, first review 08/01/27 - in timescale?",'lacrev1','2026-12-09'),
('date','scenario','2025-04-10',"Two siblings were accommodated on 9 April 2025, the day after their strategy discussion on 8/4. The older one turns 14 on 20/04. When is their first looked after review due?",'lacrev1','2025-04-09'),
('date','newstarter','2026-05-20',"Our LAC review is on Monday 1 June 2026. When does my written report need to be with the IRO?",'iroreport','2026-06-01'),
('date','scenario','2026-12-21',"The child came into care on 02/09/26 and her second LAC review is booked for 4 January 2027. I'm off from 22/12. When does my review report need to be with the IRO?",'iroreport','2027-01-04'),
# ---- IRO ----
('date','indirect','2025-12-22',"The reviewing officer raised an informal concern with me about drift today. If we haven't sorted it, when does it turn into a formal dispute?",'irochall','today'),
('date','manager','2027-04-12',"IRO informal challenge 31/03/27, formal dispute raised 09/04/27 - was that at the right point?",'irochall','2027-03-31'),
('date','typos','2026-05-01',"formal dispute from the iro started today 1/5/26 when does it have to be finished by",'irodisp','today'),
('date','newstarter','2025-12-10',"An IRO formal dispute resolution process began today, 10 December 2025. When must it be completed by?",'irodisp','today'),
# ---- adoption ----
('date','scenario','2026-08-17',"Our little one (Pip Wobbleton, invented) was placed with adopters on 14 Aug 2026 following the matching panel on 30 July. When can the adopters apply for the Adoption Order?",'adorder','2026-08-14'),
('date','indirect','2025-12-03',"The adopters had the child move in with them on 2 December 2025. From what date can they go to court for the order that makes it final?",'adorder','2025-12-02'),
# ---- fostering ----
('date','typos','2025-12-24',"visited the foster carer today 24/12 when does the record need to be on lcs",'fcrecord','today'),
('date','manager','2026-05-29',"FC supervisory visit 22/05/26, recorded on LCS 28/05/26 - compliant?",'fcrecord','2026-05-22'),
('date','newstarter','2025-01-15',"A Trafford foster carer last had an unannounced visit on 29 February 2024. When is the next one due by?",'fcunann','2024-02-29'),
('date','indirect','2025-11-20',"When's the next surprise visit due for one of our foster families? The last one without notice was 12 Nov 2025.",'fcunann','2025-11-12'),
('date','scenario','2026-05-01',"One of our Trafford foster carers was approved back on 02/02/2022 and had an allegation review on 10/01/2026. Her last annual review was on 18/06/2025. When is the next annual review due?",'fcannual','2025-06-18'),
('date','manager','2026-03-02',"Foster carer's review last went to Fostering Panel 01/04/2024 - latest date for the next panel presentation?",'fcpanel','2024-04-01'),
('date','typos','2025-01-08',"foster carer dbs was done 7th jan 2025 when does it need redoing",'fcdbs','2025-01-07'),
('date','newstarter','2025-10-01',"A foster carer completed her core training on 30 September 2025. By when must it be updated?",'fctrain','2025-09-30'),
('date','scenario','2026-12-21',"We had to place a 14-year-old with carers approved for 0-10s today (21 December 2026) after a placement breakdown on 19/12. The Strategic Lead gave permission this morning. Until when can the variation last?",'variation','today'),
('date','indirect','2025-05-01',"How long can a foster family look after a child outside the ages they're approved for? Permission was given today, 1 May 2025.",'variation','today'),
('date','scenario','2025-11-04',"Nan took the boys on 31/10/25 after the police protection and the ADM gave temporary approval of her as a connected person on 03/11/25. No extension has been asked for. When does the temporary approval run out?",'temp16','2025-11-03'),
('date','newstarter','2026-05-10',"A connected person was temporarily approved as a foster carer on 14 January 2026 and the extension has been agreed by the ADM. When does the extended temporary approval end?",'temp24','2026-01-14'),
# ---- recording / summaries ----
('date','typos','2025-12-30',"home visit was 29/12 when do i need to record it",'record','2025-12-29'),
('date','indirect','2026-03-30',"I met the family on Friday 27 March 2026 - how long have I got to write it up on the system?",'record','2026-03-27'),
('date','manager','2026-01-05',"Case summary last updated 30/11/25 - when does it go out of date?",'summary','2025-11-30'),
('date','newstarter','2026-11-02',"The case file summary on my case was last updated on 15 October 2026. When does it need updating by?",'summary','2026-10-15'),
('date','scenario','2027-05-02',"I've inherited a case from a colleague who left on 30/04/2027. The case file summary was last updated 31/01/2027 and the last CIN meeting was 20/04. When is the summary due an update?",'summary','2027-01-31'),
# ---- visits ----
('visits','duty','2026-03-05',"last plo review 2/3/26, next by?",'plorev','2026-03-02',"The standard gives a 4-6 week range; the latest date (6 weeks) is used, the earliest would be 2026-03-30."),
('visits','duty','2025-11-05',"last cin review 4/11/25, next?",'cinrev','2025-11-04'),
('visits','manager','2026-03-23',"CIN reviews 02/02/26 and 20/03/26 - within timescale?",'cinrev','2026-02-02'),
('visits','typos','2026-12-29',"cin meeting was 24th dec when's the next one due",'cinrev','2026-12-24'),
('visits','newstarter','2025-11-19',"When should I next see a child on a Child in Need plan? I last saw them at home on 18 Nov 2025.",'cinvisit','2025-11-18'),
('visits','scenario','2026-08-21',"I saw the children at home on 6 August 2026 for their CIN visit; I also saw them at school on 20 August but didn't get to the house. When's the next CIN visit due?",'cinvisit','2026-08-06'),
('visits','indirect','2027-03-12',"The kids are on a support plan (not a protection plan). I last visited them at home 11/03/27 - when do I have to go again?",'cinvisit','2027-03-11'),
('visits','duty','2025-12-23',"cp visit 23/12/25 next by?",'cpvisit','2025-12-23'),
('visits','typos','2026-04-10',"last cp vist was 1st april, when next",'cpvisit','2026-04-01'),
('visits','scenario','2025-05-30',"I did a visit on 29 May 2025 but the child was at nan's so I saw him there, not at home. My previous CP home visit was 15 May 2025. When is the next statutory CP visit due?",'cpvisit','2025-05-15',"Counted from the last home visit, since a statutory CP visit must be at home; a reader who counted the visit at nan's would get 2025-06-26."),
('visits','manager','2027-02-05',"CP visits 05/01/27 and 04/02/27 - compliant?",'cpvisit','2027-01-05'),
('visits','indirect','2026-07-31',"The child is on a protection plan. I last saw her at home on 30 July 2026. What's the latest date for the next home visit?",'cpvisit','2026-07-30'),
('visits','newstarter','2026-01-06',"Family time arrangements for a child in care were last reviewed on 5 January 2026. The plan for permanence isn't agreed yet. When's the next review of family time due?",'famtime','2026-01-05'),
('visits','indirect','2027-08-18',"When do we next have to look again at how often a child in care sees mum and dad? Last looked at 17/08/27 and there's no permanence plan yet.",'famtime','2027-08-17'),
('visits','duty','2025-12-22',"lac visit 22/12/25, 1st review not held yet, next visit by?",'lacwk','2025-12-22'),
('visits','scenario','2026-09-11',"Child came into care 2/9/2026 and I visited on 3/9 and 10/9. The first LAC review is booked for 29/9. When's my next statutory visit due?",'lacwk','2026-09-10'),
('visits','typos','2026-12-29',"lac visit 28/12/26, had 1st review already, perm plan not finalised, next visit?",'lac6','2026-12-28'),
('visits','manager','2025-04-28',"Child post first review; LAC visits 10/03/25 and 25/04/25 - compliant?",'lac6','2025-03-10'),
('visits','newstarter','2026-02-04',"A young person has been in their permanent placement for over 2 years and visits are 12 weekly. I last visited on 3 February 2026. When is the next visit due?",'lac12','2026-02-03'),
('visits','duty','2026-04-21',"adoptive placement, last visit 20/04/26, 1st LAC review not held yet, next by?",'adwk','2026-04-20'),
('visits','typos','2027-01-06',"adoption placment had its first lac review, last visit 5/1/27 when next",'ad6','2027-01-05'),
('visits','scenario','2026-01-07',"I'm the supervising social worker for a foster carer. I visited her on 15/12/2025 and then had a phone call with her on 5 January. When's my next visit due?",'fcvisit','2025-12-15'),
('visits','duty','2026-09-01',"fc supervisory visit 31/08/26 next by?",'fcvisit','2026-08-31'),
# ---- ages ----
('age','newstarter','2026-03-02',"Our child was born on 29/02/2016. From what date should she be offered an advocate for the conference because of her age?",'age12','2016-02-29'),
('age','duty','2026-06-01',"dob 14/09/2014, when 12 for advocate at icpc?",'age12','2014-09-14'),
('age','typos','2025-10-10',"young person dob 3/8/10 when does the pathway plan need to start",'age155','2010-08-03'),
('age','indirect','2026-09-01',"A lad in our care was born on 31 August 2011. When should we start the plan for his move towards leaving care?",'age155','2011-08-31'),
('age','scenario','2026-11-20',"Twins born 29/02/2012 came into care in 2025; their nan (who has them for family time) turns 70 on 10/12. When must their pathway plans be started?",'age155','2012-02-29'),
('age','manager','2026-01-06',"YP dob 20/06/2010, pathway plan started 05/01/26 - on time?",'age155','2010-06-20'),
('age','newstarter','2025-11-03',"I understand a child under 6 entering PLO gets an adoption social worker. The child's date of birth is 29 February 2020 - on what date does she turn 6?",'age6','2020-02-29'),
('age','duty','2026-10-15',"dob 02/01/21, PLO soon, when does she turn 6?",'age6','2021-01-02'),
# ---- choice ----
('choice','typos','2026-03-04',"conferance was 3/3/26, whats next due",['cg1','cin20'],'2026-03-03'),
('choice','duty','2025-06-03',"c&fa started 2/6/25 deadline?",['tlrev','assess45'],'2025-06-02'),
('choice','newstarter','2026-05-20',"My child protection conference is on Tuesday 2 June 2026 and I need to send my report to the chair. When is the deadline?",['icpcchair','rcpcchair'],'2026-06-02'),
('choice','scenario','2026-01-13',"A child was placed with these foster carers a fortnight ago and the first LAC review hasn't happened. I visited the foster home on 12/01/2026. When's the next visit due?",['lacwk','fcvisit'],'2026-01-12'),
('choice','indirect','2025-11-04',"The reviewing officer challenged us on 3 Nov 2025 about drift in the care plan. When's the deadline?",['irochall','irodisp'],'2025-11-03'),
('choice','duty','2027-01-07',"temp approval connected carer 06/01/27, end date?",['temp16','temp24'],'2027-01-06'),
('choice','manager','2026-04-21',"First PLO meeting 20/04/26 - which deadlines follow and when?",['plofgc','plomin'],'2026-04-20'),
('choice','typos','2027-04-29',"child placed 28/4/27 whens the plan due",['placeplan','careplan'],'2027-04-28'),
# ---- none ----
('none','duty','2026-02-11',"icpc 10/02/26, rcpc due when?",'n_rcpc','2026-02-10'),
('none','newstarter','2026-02-04',"The first core group was on 3 February 2026. How soon after that does the next core group have to be?",'n_cg','2026-02-03'),
('none','typos','2026-01-14',"when is the second lac review due, first one was 12/1/26",'n_lac2','2026-01-12'),
('none','indirect','2026-03-05',"How long can I go between sessions with my manager talking through my cases? Last one was 4 March 2026.",'n_sup','2026-03-04'),
('none','duty','2026-06-02',"placed for adoption 01/06/26, lifestory book due by?",'n_life','2026-06-01'),
('none','manager','2026-01-06',"Connected persons assessment started 05/01/26 - what's the completion deadline?",'n_cpa','2026-01-05'),
('none','scenario','2025-09-10',"A 15-year-old on a CP plan is on the edge of care after a row at home on 8/9/2025; his review conference is 30/9. By when do I have to refer to Family Focus?",'n_ff','2025-09-08'),
('none','typos','2026-02-03',"neglect case, assesment started 2/2/26 when does the graded care profile have to be done by",'n_gcp','2026-02-02'),
('none','manager','2025-09-04',"IRO contacted the child between reviews on 03/09/25 - when's the next IRO contact due?",'n_iro','2025-09-03'),
('none','scenario','2027-03-10',"Adopters have had the little one since 1/12/2026 and applied for the Adoption Order on 1/3/2027. By when does the Annex A report have to be filed?",'n_annexa','2027-03-01'),
]

if __name__=="__main__":
    rows=build()
    with open(os.path.join(HERE,"questions.jsonl"),"w",encoding="utf-8") as fh:
        for r in rows: fh.write(json.dumps(r,ensure_ascii=False)+"\n")
    from collections import Counter
    print(len(rows), Counter(r['kind'] for r in rows), Counter(r['voice'] for r in rows))
