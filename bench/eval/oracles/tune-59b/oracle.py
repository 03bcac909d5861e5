#!/usr/bin/env python3
"""Oracle for the frozen deadline question set. Standard library only.
Run: python3 oracle.py  -> writes questions.jsonl next to this file and checks it."""
import datetime as dt, json, os, re, sys, calendar

D = dt.date.fromisoformat
# England & Wales bank holidays 2024-2028, typed by hand (substitute days included)
BH = {D(x) for x in """
2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26
2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26
2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28
2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28
2028-01-03 2028-04-14 2028-04-17 2028-05-01 2028-05-29 2028-08-28 2028-12-25 2028-12-26
""".split()}

def wk(d): return d.strftime('%a')
def s(d): return f"{d.isoformat()} ({wk(d)})"
def working(d): return d.weekday() < 5 and d not in BH

def skipped(a, b):
    lo, hi = min(a, b), max(a, b)
    return sorted(h for h in BH if lo < h < hi)

def sk(a, b):
    h = [x.isoformat() for x in skipped(a, b) if x.weekday() < 5]
    return f"; skips bank holidays {', '.join(h)}" if h else ""

def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year; m += 1
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last)), d.day > last

def apply(rule):
    k = rule[0]
    if k == 'wd':            # Nth working day strictly after
        e, n = D(rule[1]), rule[2]; d = e; c = 0
        while c < n:
            d += dt.timedelta(1)
            if working(d): c += 1
        return d, f"{n} working days after {s(e)} -> {s(d)}{sk(e, d)}"
    if k == 'wdb':           # Nth working day strictly before
        e, n = D(rule[1]), rule[2]; d = e; c = 0
        while c < n:
            d -= dt.timedelta(1)
            if working(d): c += 1
        return d, f"{n} working days before {s(e)} -> {s(d)}{sk(e, d)}"
    if k == 'd':
        e, n = D(rule[1]), rule[2]; d = e + dt.timedelta(n)
        return d, f"{n} calendar days after {s(e)} -> {s(d)}"
    if k == 'db':
        e, n = D(rule[1]), rule[2]; d = e - dt.timedelta(n)
        return d, f"{n} calendar days before {s(e)} -> {s(d)}"
    if k == 'w':
        e, n = D(rule[1]), rule[2]; d = e + dt.timedelta(7 * n)
        return d, f"{n} weeks ({7*n} days) after {s(e)} -> {s(d)}"
    if k == 'm':
        e, n = D(rule[1]), rule[2]; d, cl = add_months(e, n)
        return d, f"{n} months after {s(e)} -> {s(d)}" + (" (no such day in that month; last day of month used)" if cl else "")
    if k == 'same':
        e = D(rule[1]); return e, f"same day as {s(e)}"
    if k == 'age':
        b, yrs, mos = D(rule[1]), rule[2], rule[3]
        tot = yrs * 12 + mos
        if b.month == 2 and b.day == 29 and mos == 0:
            y = b.year + yrs
            if calendar.isleap(y): d = dt.date(y, 2, 29); note = f" ({y} is a leap year, so 29 Feb exists)"
            else: d = dt.date(y, 3, 1); note = f" (29 Feb birthday, {y} not a leap year: 1 March used)"
            return d, f"born {s(b)}, turns {yrs} on {s(d)}{note}"
        d, cl = add_months(b, tot)
        lab = f"{yrs} years" + (f" {mos} months" if mos else "")
        return d, f"born {s(b)}, reaches {lab} on {s(d)}" + (" (no such day in that month; last day of month used)" if cl else "")
    raise ValueError(rule)

P = dict(
 fd="screened for consent and decisions made by what action are required by a Team Leader within 1 working day",
 init="Initial decisions will be made about the action required within 1 working day",
 ref="Referrals will be actioned by a social worker within 1 working day",
 seen_same="the child / children will be seen by the Social Worker the same day",
 s47_5="Within 5 days of the Section 47 being initiated",
 alloc="allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 tl15="All assessments will be reviewed by the Team Leader within 15 working days",
 a45="Assessments must all be completed within 45 days",
 strat1="this must happen within 1 working day and should be chaired by a social work manager",
 strat24="A strategy discussion within 24 hours involving all relevant agencies",
 notice5="the Neighbourhood Team via email, giving at least 5 days’ notice",
 joint="Within the 5 days’ notice period, the Children’s First Response Social Worker",
 icpc="Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 fam3="The report will be shared with family at least 3 the days prior to conference",
 chair3="The report will be sent to the child protection chair 3 working days before the conference",
 adv12="if they are 12 or over they should be offered an advocate",
 cg10="held within 10 days of the conference and is used to put detail on the outline CP plan",
 cpv="Visits to a child subject to a CP plan will take place at least every 4 weeks",
 rcpar="This report must be shared with parents at least 3 days prior to the review conference",
 rcchair="The report will be available to the conference chair at least 3 days prior to the review conference",
 ptt="when they have been subject to a plan for 12 months",
 plo10="The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 fgc3="Referral should be made within 3 working days of the first PLO meeting",
 via3="Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 min7="distributed to parents and their legal representation within 7 days of the meeting",
 plorev="Review PLO meetings with parents to be held every 4-6 weeks",
 rlpm12="A review legal planning meeting will be held at 12 weeks",
 lg16="a Legal Gateway meeting will be convened at 16 weeks with Strategic Lead oversight",
 plo4="In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
 cin20="will set the first CIN meeting within 20 days",
 cin10="When a case transfers from Trafford Childrens First Response the initial CIN meeting must take place within 10 days",
 cinrev="CIN review meetings will be held at least every 6 weeks",
 cinvis="A child subject to a CIN plan will be seen at least every 6 weeks",
 emerg20="If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 visit1="The child will be visited within 1 working day of coming into care or having a change in placement",
 seen1="All looked after children will be seen within 1 working day of placement",
 pm3="The placement meeting will be held within 3 working days",
 pp5="an updated copy given to the carers within 5 working days of the placement beginning",
 ft8="reviewed at least every 8 week until the plan for permanence is agreed",
 pack3="The child will be provided with a coming into care pack, children rights leaflet within 3 weeks",
 legal5="informed of the child’s legal status within 5 working days",
 iha="An initial health assessment will be requested and carried out within 20 working days",
 pep="A PEP meeting will be arranged within the school within 20 days",
 lacweekly="Statutory looked after visits must happen weekly until the first looked after review",
 lac6="then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 lac12="Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 cp10="An up to date care plan will be recorded on the electronic system within 10 days of placement",
 lar20="The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 path="A pathway plan will be started when the young person is 15 years 6 months",
 iro3="this will be with the IRO 3 days before the review",
 iro5="If the challenge is not resolved within 5 working days a formal dispute will be raised",
 iro20="The formal dispute resolution process should be completed from start to finish within 20 working days",
 adopt6="If a child under the age of 6 enters PLO or proceedings they will be allocated a Trafford adoption social worker",
 adweekly="Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 ad6="then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 ad10="Once the children have been in placement with the adopter for 10 weeks",
 fc6="Trafford foster carers are visited at least once every six weeks",
 fcrec="a record of this visit is recorded on LCS within 3 working days",
 fcun="All Trafford foster carers will have an unannounced visit at least once every 12 months",
 fcann="All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
 fcpanel="Every foster carer will have an annual review presented to the Fostering Panel at least every three years",
 dbs="All foster carers will have updated statutory references, medicals and DBS checks at least every three years",
 train="All Trafford foster carers must update their core training at least every three years",
 var6="This can only be given for up to 6 working days",
 temp16="Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 rec3="any event or contact is recorded within 3 days",
 summ3="A clear and concise case file summary which has been updated within the last 3 months",
 ass12="An up to date assessment (within the last 12 months) on each child",
 # related sentences quoted for 'none' rows (they show the standards set no timescale)
 nextconf="The child protection chair will set the date of the next conference",
 cgrev="targets agreed and outcomes expected are reviewed at every core group",
 sup="The progress of the CIN plan should be monitored through supervision which takes place in line with the supervision policy",
 second="At the point of the second review (if not in proceedings) the child must have a permanency plan",
 life="The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
 iroc="The IRO will contact the child between reviews to ensure the progress of the plan",
 shopba="This needs to take place after the area teams final care planning meeting",
 gcp="Where the concerns relate to children or young people suffering neglect a Graded Care Profile 2 should be completed",
 eh="Initial decisions will be made about the action required by an Early Help Team Leader",
 pathrev="will be reviewed by the IRO as part of the statutory review",
)

A45 = "Statutory guidance sets 45 working days for a Child and Family Assessment, so a reader could count working days instead of the calendar days the standard's wording gives."
A24 = "The S47 section says a strategy discussion within 24 hours, which could give an earlier answer than 1 working day."
APLO = "The standard does not say what the 12/16 weeks run from; counting from the PLO letter date instead of the first PLO meeting (or vice versa) would move the date."

ROWS = []
def R(voice, kind, today, q, rule, keys, amb=None):
    ROWS.append(dict(voice=voice, kind=kind, today=today, q=q, rule=rule, keys=keys, amb=amb))
# ---------------- date rows ----------------
R('duty','date','2025-12-24',"contact in 24/12 pm, TL decision by?",('wd','2025-12-24',1),['fd','init'])
R('indirect','date','2026-04-02',"A nursery rang us at 4pm today (Thurs) with worries about a 3 year old. How long has the team leader got to decide what we're doing with it?",('wd','2026-04-02',1),['fd','init'])
R('typos','date','2026-05-01',"referal came in 1st may, when has it got to be actioned by a sw",('wd','2026-05-01',1),['ref'])
R('scenario','date','2027-03-25',"Mum rang CFR this morning, Thursday 25th March, saying her partner hit the 9 year old. She also mentioned his birthday is 2nd April. It's been passed as a level 4 referral. By when does a social worker need to action it?",('wd','2027-03-25',1),['ref'])
R('manager','date','2025-12-30',"Referral received 24/12/25, first SW action 29/12. In timescale?",('wd','2025-12-24',1),['ref'])
R('newstarter','date','2026-08-28',"Hi, sorry if this is a silly question - a referral came through this morning and my TL has asked me to action it. How long do I have?",('wd','2026-08-28',1),['ref'])
R('indirect','date','2026-12-24',"school flagged something to the front door on christmas eve - when's the latest the TL can make the call on what happens with it?",('wd','2026-12-24',1),['fd','init'])
R('duty','date','2026-03-03',"s47 referral in today 3/3, child seen by when?",('same','2026-03-03'),['seen_same'])
R('typos','date','2026-12-22',"s47 started 22/12 when do i need to have the progress chat wiht my manager",('d','2026-12-22',5),['s47_5'])
R('indirect','date','2025-04-17',"We kicked off the child protection enquiries on Thursday 17th April. When do I need to sit down with my manager to go over how it's going and agree next steps?",('d','2025-04-17',5),['s47_5'],"'Within 5 days' could be read as 5 working days, which over Easter would give 2025-04-28.")
R('manager','date','2026-02-10',"S47 initiated 30/01/26, manager progress discussion held 04/02. Within timescale?",('d','2026-01-30',5),['s47_5'])
R('indirect','date','2026-04-01',"Decided yesterday the family needs a full assessment. How long until someone has to be picked to do it?",('wd','2026-03-31',3),['alloc'])
R('newstarter','date','2027-05-28',"Hello, could someone explain how long a case can sit before it's allocated to a social worker to do the child and family assessment? The decision was made today, 28 May.",('wd','2027-05-28',3),['alloc'])
R('indirect','date','2026-03-23',"I started the assessment on Friday 20/03/26. When does my team leader have to have had a look at it?",('wd','2026-03-20',15),['tl15'],"The standard does not say what the 15 working days run from; counting from the referral or allocation rather than the start of the assessment would give a different date.")
R('typos','date','2025-12-15',"assesment started 15/12/25 when does TL have to reveiw it",('wd','2025-12-15',15),['tl15'])
R('scenario','date','2025-11-14',"I've got a C&FA that started on 14 November after a referral from the health visitor. The baby was born on 2 October and there's a CIN meeting pencilled for 1 December. When does the assessment have to be finished?",('d','2025-11-14',45),['a45'],A45)
R('manager','date','2027-02-20',"Assessment commenced 05/01/27, authorised 18/02/27. Completed within 45 days?",('d','2027-01-05',45),['a45'],A45)
R('indirect','date','2026-04-02',"My manager agreed this afternoon (Thursday) that we need to get police and health round the table about this family. What's the latest that meeting can happen?",('wd','2026-04-02',1),['strat1','strat24'],A24)
R('newstarter','date','2027-08-27',"My manager has decided a strategy discussion is needed - the decision was made today, Friday. When does it need to take place by please?",('wd','2027-08-27',1),['strat1','strat24'],A24)
R('scenario','date','2026-05-21',"C&FA is done and it's going to CIN with the Neighbourhood Team. I emailed them today, 21 May, to let them know. The family's next GP appointment is the 28th. By when do we need to do the joint visit with the new worker?",('d','2026-05-21',5),['joint','notice5'],"'5 days' notice' could be read as 5 working days, which would give 2026-05-29.")
R('indirect','date','2025-12-19',"We told the neighbourhood team by email on 19/12 that the case is coming to them. When's the handover visit with both workers got to be done by?",('d','2025-12-19',5),['joint','notice5'],"'5 days' notice' could be read as 5 working days, which over Christmas would give 2025-12-30.")
R('duty','date','2025-12-19',"strat 19/12/25, icpc by?",('wd','2025-12-19',15),['icpc'])
R('typos','date','2026-03-31',"strat was 31.3 whens the icpc due",('wd','2026-03-31',15),['icpc'])
R('indirect','date','2026-04-21',"We had the first multi-agency meeting about the injuries yesterday, 20/04/26. When does the big meeting with the parents where they decide on a protection plan need to happen?",('wd','2026-04-20',15),['icpc'])
R('scenario','date','2027-03-23',"Police and school raised concerns about a 6 year old on 15/03/27 and we held the strategy meeting on Monday 22 March 2027. The S47 is ongoing and mum has a court date on 9 April for something unrelated. If it goes to initial conference, what's the deadline?",('wd','2027-03-22',15),['icpc'])
R('manager','date','2026-01-20',"ICPC was held 20/01, strat 02/01. Was that in timescale?",('wd','2026-01-02',15),['icpc'])
R('newstarter','date','2026-08-20',"Hi all, I'm new to the team. Our strategy discussion for a sibling group was today, 20 August. Could someone tell me the latest date for the initial child protection conference?",('wd','2026-08-20',15),['icpc'])
R('indirect','date','2025-05-01',"Police and us had the first planning call about the bruising on 1 May. How long have we got to get everyone together to decide if she needs a plan?",('wd','2025-05-01',15),['icpc'])
R('duty','date','2027-12-20',"strat mon 20/12 - icpc deadline?",('wd','2027-12-20',15),['icpc'])
R('scenario','date','2026-12-21',"We did the strategy discussion on Friday the 18th after the hospital flagged a fracture in an 8 week old. Baby was born 20 October. Conference team are asking when the ICPC must be held by?",('wd','2026-12-18',15),['icpc'])
R('typos','date','2025-08-22',"strat discusion 22nd aug, latest date for intial conferance?",('wd','2025-08-22',15),['icpc'])
R('indirect','date','2025-12-22',"Conference is on 2 January. When does the chairperson need my write-up?",('wdb','2026-01-02',3),['chair3'])
R('newstarter','date','2027-05-24',"Hello - I have an initial child protection conference on Tuesday 1 June. My TL says the report goes to the chair a few working days before. What date exactly?",('wdb','2027-06-01',3),['chair3'])
R('typos','date','2026-08-24',"icpc tues 1/9 when does my reprot need to go to the cp chair",('wdb','2026-09-01',3),['chair3'])
R('indirect','date','2026-03-25',"My first conference for this family is on Tuesday 7 April 2026. What's the latest I can go through my report with the parents?",('db','2026-04-07',3),['fam3'])
R('scenario','date','2025-12-29',"ICPC booked for 5 January. Mum's birthday is 30 December and she's asked not to be visited then, and the strat was back on 12 December. When's the last day I can share my report with the family?",('db','2026-01-05',3),['fam3'])
R('duty','date','2025-12-22',"icpc 22/12 - 1st CG by?",('d','2025-12-22',10),['cg10'])
R('typos','date','2026-03-27',"conf was 27/3 child on plan, first core grp by when",('d','2026-03-27',10),['cg10'])
R('indirect','date','2026-05-14',"The family was put on a protection plan at conference on 14 May. When's the first of the smaller working-group meetings meant to be?",('d','2026-05-14',10),['cg10'])
R('scenario','date','2027-08-20',"ICPC held today, 20 August 2027, and both children were made subject to CP plans under neglect. The review conference has been set for 12 November. When does the first core group have to be held?",('d','2027-08-20',10),['cg10'])
R('manager','date','2026-02-25',"ICPC 11/02/26, first CG 23/02/26. In timescale?",('d','2026-02-11',10),['cg10'])
R('indirect','date','2027-01-04',"The follow-up conference for the twins is on 11 January. By when do mum and dad need to have seen my update on how the plan is going?",('db','2027-01-11',3),['rcpar'])
R('typos','date','2025-12-22',"review cp conf 29th dec, when does chair need the report",('db','2025-12-29',3),['rcchair'])
R('indirect','date','2026-03-02',"The little one has been on a protection plan since 2 March 2025 and things aren't moving. When do we hit the point where we should hold the rethink meeting about working differently with the family?",('m','2025-03-02',12),['ptt'])
R('newstarter','date','2025-02-10',"Hi, could someone tell me when a professional thinking time meeting would be due? The child went on a CP plan on 29/02/2024 and there's not been much progress.",('m','2024-02-29',12),['ptt'])
R('duty','date','2026-12-18',"PLO letter dated 18/12/26 - 1st PLO mtg by?",('d','2026-12-18',10),['plo10'])
R('indirect','date','2026-03-30',"The letter that starts pre-proceedings went out dated 30 March. When's the first sit-down with the parents and their solicitor due?",('d','2026-03-30',10),['plo10'])
R('scenario','date','2027-05-10',"Legal Gateway on 28 April agreed PLO. The letter was dated 7 May 2027 and hand-delivered today, the 10th. Dad says he won't get a solicitor. When is the first PLO meeting due?",('d','2027-05-07',10),['plo10'])
R('manager','date','2026-01-15',"PLO letter dated 02/01/26, initial PLO meeting held 14/01/26 - within timescale?",('d','2026-01-02',10),['plo10'])
R('indirect','date','2025-12-23',"We had the first pre-proceedings meeting with the parents yesterday and they've agreed to a family meeting to look at who in the family can help. When does the referral have to go in?",('wd','2025-12-22',3),['fgc3'])
R('scenario','date','2027-03-24',"Initial PLO meeting was today, Wednesday 24 March. Maternal aunt and a family friend were put forward as possible carers. The FGC isn't until 14 April. When do the viability screening requests need to go to Family Placement?",('wd','2027-03-24',3),['via3'])
R('indirect','date','2025-08-26',"At the first pre-proceedings meeting on Friday the parents gave us names of relatives who could take the kids. How long have I got to ask the family placement lot to screen them?",('wd','2025-08-22',3),['via3'])
R('indirect','date','2027-04-01',"We had the pre-proceedings meeting today, 1 April. When do the notes setting out what's expected of the parents need to be with them and their solicitor?",('d','2027-04-01',7),['min7'])
R('manager','date','2025-06-20',"PLO meeting 06/06/25, minutes sent to parents' solicitor 16/06. Compliant?",('d','2025-06-06',7),['min7'])
R('scenario','date','2026-03-10',"PLO started with the initial meeting on 9 February 2026. We've had one review PLO meeting since, and the parenting assessment is due to be filed on 20 March. When should the review legal planning meeting with legal be?",('w','2026-02-09',12),['rlpm12'],APLO)
R('indirect','date','2025-10-01',"Our pre-proceedings started with the first meeting on 15/09/25. When's the check-in with the solicitor from legal at the three-month-ish point?",('w','2025-09-15',12),['rlpm12'],APLO)
R('duty','date','2026-11-02',"PLO start 1/9/26, 16wk gateway when?",('w','2026-09-01',16),['lg16'],APLO)
R('newstarter','date','2027-02-01',"Hello, our family has been in PLO since 6 January 2027. If it's still in PLO later on, when would the Legal Gateway meeting be?",('w','2027-01-06',16),['lg16'],APLO)
R('manager','date','2026-05-05',"RLPM held 05/05/26 at 12 weeks, exceptional extension agreed. When does the extra period end?",('w','2026-05-05',4),['plo4'])
R('indirect','date','2026-03-16',"The conference today, 16 March, took the children off their protection plans and they're now on a child in need plan. When does the first meeting under the new plan need to be?",('d','2026-03-16',20),['cin20'])
R('typos','date','2027-08-11',"kids came off cp plan 11/8/27 whens first cin meeting due",('d','2027-08-11',20),['cin20'])
R('scenario','date','2026-11-10',"Review conference today, 10 November 2026, stepped the case down to CIN. Dad's next contact is 18 November and the school are away on a trip from the 23rd to 27th. Latest date for the first CIN meeting?",('d','2026-11-10',20),['cin20'])
R('indirect','date','2026-04-01',"Case came over to us in the neighbourhood team from the front door today, 1 April. How long until the first child in need meeting must be held?",('d','2026-04-01',10),['cin10'])
R('newstarter','date','2025-12-17',"Hi, a case has just transferred to me from Children's First Response today (17/12). When should the initial CIN meeting be by?",('d','2025-12-17',10),['cin10'])
R('scenario','date','2026-12-21',"Baby was removed under police protection and came into care as an emergency on Friday 18/12/26. No C&FA was in place. Mum's next hearing is 6 January. When does the assessment need to be done?",('wd','2026-12-18',20),['emerg20'])
R('indirect','date','2025-04-16',"A teenager turned up needing a bed tonight (16 April) and was accommodated with nothing written up beforehand. How long do we have to get the assessment of his needs done?",('wd','2025-04-16',20),['emerg20'])
R('typos','date','2026-04-02',"child came into care thurs 2nd april when do i have to visit",('wd','2026-04-02',1),['visit1','seen1'])
R('indirect','date','2025-12-24',"A 10 year old moved to new carers today, Christmas Eve. When do I have to go and see her there at the latest?",('wd','2025-12-24',1),['visit1','seen1'])
R('scenario','date','2026-05-22',"Placement broke down today, Friday 22 May, and the young person (born 12/01/2011) moved to a new residential the same evening. Her LAC review is on 9 June. When does she need a visit?",('wd','2026-05-22',1),['visit1','seen1'])
R('manager','date','2027-01-08',"Child accommodated 31/12/26, first visit 04/01/27. Within standard?",('wd','2026-12-31',1),['visit1','seen1'])
R('duty','date','2026-12-23',"placed 23/12, placement mtg by?",('wd','2026-12-23',3),['pm3'])
R('indirect','date','2025-05-02',"Kids went to their foster carers today, 2 May. When do we need to get everyone together to sort out delegated authority and how the placement will work?",('wd','2025-05-02',3),['pm3'])
R('newstarter','date','2026-08-28',"Hello, I placed my first child yesterday. When should the placement meeting be held by?",('wd','2026-08-27',3),['pm3'])
R('typos','date','2026-03-30',"placement started 30/03 when do carers need updated placment plan",('wd','2026-03-30',5),['pp5'])
R('indirect','date','2027-05-28',"She moved in with the new carers today, 28 May. When do they need the updated written document about her care and what they're allowed to sign off?",('wd','2027-05-28',5),['pp5'])
R('indirect','date','2025-12-10',"When does a boy who came into our care on 10/12/25 need to have been given the welcome info and the leaflet about his rights?",('w','2025-12-10',3),['pack3'])
R('scenario','date','2026-04-01',"Interim care order granted today, 1 April 2026, and the child was placed with foster carers this evening; the hearing had been adjourned from 24 March. School, GP and the health visitor all need to know. By when?",('wd','2026-04-01',5),['legal5'])
R('newstarter','date','2025-08-21',"Sorry, quick one - my child became looked after today, 21 August. When do I need to have told the other professionals about their legal status?",('wd','2025-08-21',5),['legal5'])
R('indirect','date','2025-12-15',"Child came into care today, 15 December. When does the first medical check for looked-after children need to be done by?",('wd','2025-12-15',20),['iha'])
R('manager','date','2026-09-30',"Child LAC from 24/08/26, IHA completed 22/09/26. In timescale?",('wd','2026-08-24',20),['iha'])
R('typos','date','2026-03-23',"came into care 23/3/26 when does pep need doing",('d','2026-03-23',20),['pep'])
R('indirect','date','2027-08-16',"A girl came into care today, 16 August. When should the school meeting about her education plan happen?",('d','2027-08-16',20),['pep'])
R('scenario','date','2025-12-22',"Two siblings were placed with foster carers today, 22/12/25, after an EPO granted on the 20th. The eldest turns 14 on 3 January. When does the care plan have to be on LCS?",('d','2025-12-22',10),['cp10'])
R('duty','date','2026-04-03',"placed 3/4/26 (good fri), care plan on LCS by?",('d','2026-04-03',10),['cp10'])
R('indirect','date','2026-03-26',"When does the first of the independent reviewing officer's meetings have to be held for a child who came into care on 26 March 2026?",('wd','2026-03-26',20),['lar20'])
R('scenario','date','2026-08-14',"Section 20 agreed today, 14/08/26, and the 2 year old was placed with carers this afternoon. The interim care order hearing is listed for 2 September. When must the first looked after review happen?",('wd','2026-08-14',20),['lar20'])
R('manager','date','2025-05-30',"Child became LAC 25/04/25, initial review held 23/05/25. In timescale?",('wd','2025-04-25',20),['lar20'])
R('indirect','date','2026-01-05',"The six-monthly meeting with the independent reviewing officer is on 12 January. When does my written report need to be with them?",('db','2026-01-12',3),['iro3'])
R('manager','date','2027-04-08',"LAC review 06/04/27, SW report received by IRO 05/04/27. Compliant?",('db','2027-04-06',3),['iro3'])
R('indirect','date','2026-03-31',"The reviewing officer flagged drift to me informally today, 31 March. If it's not sorted, when does it turn into a formal dispute?",('wd','2026-03-31',5),['iro5'])
R('scenario','date','2025-12-17',"The IRO raised a formal dispute today, 17/12/25, about the delay in the SGO assessment; the informal challenge had been on 8 December. When should the dispute process be finished?",('wd','2025-12-17',20),['iro20'])
R('indirect','date','2026-02-20',"Little one moved in with his adopters today, 20 February. When are they allowed to apply to court to make it final?",('w','2026-02-20',10),['ad10'])
R('typos','date','2025-10-27',"adoptive placment started 27/10/25 when can adopters apply for the order",('w','2025-10-27',10),['ad10'])
R('scenario','date','2027-03-01',"Placement Order was made on 10/12/26, matching panel was 2 February and the child moved in with the adopters today, 1 March 2027. The adopters want to know the earliest they can lodge their adoption application.",('w','2027-03-01',10),['ad10'])
R('duty','date','2026-04-02',"SSW visit to FC 2/4 - on LCS by?",('wd','2026-04-02',3),['fcrec'])
R('indirect','date','2025-12-23',"I saw my carers at home today, 23 December, for their supervisory visit. How long have I got to write it up on the system?",('wd','2025-12-23',3),['fcrec'],"The general case recording standard ('recorded within 3 days') would give 2025-12-26; the fostering standard's 3 working days is the more specific one.")
R('scenario','date','2026-05-22',"Carers are approved for 0-10 but we placed a 13 year old with them today, Friday 22 May, under a variation agreed by the Strategic Lead. Their panel review is in July. How long does the variation last?",('wd','2026-05-22',6),['var6'])
R('indirect','date','2025-12-19',"We've got permission to put a child with carers who aren't approved for her age, starting today 19 December. When does that permission run out?",('wd','2025-12-19',6),['var6'])
R('duty','date','2026-01-09',"reg 24 temp approval from 9/1/26 - expires?",('w','2026-01-09',16),['temp16'])
R('indirect','date','2027-02-01',"Grandma was given the temporary OK to foster her grandson on 1 February 2027. When does that stop unless it's extended?",('w','2027-02-01',16),['temp16'])
R('newstarter','date','2025-09-22',"Hello, a connected person's temporary approval started on 2 June 2025 and has now been extended. When does the extension end?",('w','2025-06-02',24),['temp16'])
R('typos','date','2026-12-23',"did a home visit 23/12 when does it need recording by",('d','2026-12-23',3),['rec3'])
R('indirect','date','2025-04-18',"I had a phone call with dad yesterday, Thursday 17 April. What's the latest I can get it onto the child's file?",('d','2025-04-17',3),['rec3'])
R('manager','date','2026-06-10',"Audit: case summary last updated 28/02/26. When did it fall out of date?",('m','2026-02-28',3),['summ3'])
R('indirect','date','2026-01-15',"The short overview at the top of the file was last refreshed on 30 November 2025. When does it need redoing by?",('m','2025-11-30',3),['summ3'])
R('newstarter','date','2027-01-10',"Hi, how often does the case file summary need updating? Mine was last done on 31/10/26 - when's the next one due?",('m','2026-10-31',3),['summ3'])
R('indirect','date','2026-02-16',"The last full assessment on this child was signed off on 5 March 2025. When does it stop counting as up to date?",('m','2025-03-05',12),['ass12'])
R('manager','date','2025-03-04',"Audit of open case: C&FA authorised 29/02/24, nothing newer. When did it go out of date?",('m','2024-02-29',12),['ass12'])
R('manager','date','2026-07-01',"Carer DBS dated 15/07/23. When is renewal due?",('m','2023-07-15',36),['dbs'])
R('indirect','date','2027-01-10',"Our carer last did her mandatory core training course on 31 January 2024. When does she have to do it again?",('m','2024-01-31',36),['train'])
# ---------------- visits ----------------
R('duty','visits','2026-03-20',"CP visit last 9/3/26, next by?",('w','2026-03-09',4),['cpv'])
R('indirect','visits','2025-12-08',"I last saw the boy on his protection plan at home on 2 December. When's my next visit due at the latest?",('w','2025-12-02',4),['cpv'])
R('typos','visits','2026-04-01',"last cp vist was 13.3 next one due when",('w','2026-03-13',4),['cpv'])
R('scenario','visits','2027-08-05',"Last statutory CP visit was on Monday 2 August 2027, when I saw her alone in her bedroom. The core group is 18 August and the review conference 2 September. When is the next visit due by?",('w','2027-08-02',4),['cpv'])
R('manager','visits','2026-02-20',"CP visits on 05/01/26 and 06/02/26 - was the gap within standard?",('w','2026-01-05',4),['cpv'])
R('duty','visits','2026-01-05',"CIN visit 22/12/25 - next by?",('w','2025-12-22',6),['cinvis'])
R('indirect','visits','2026-04-15',"Child on a child in need plan, I was last at the house seeing her on 1 April. What's the longest I can leave it before I see her again?",('w','2026-04-01',6),['cinvis'])
R('newstarter','visits','2027-04-01',"Hi, how often do I need to see children on CIN plans? My last visit was 26 March 2027 - when's the next one due?",('w','2027-03-26',6),['cinvis'])
R('indirect','visits','2026-12-10',"Our last review of the child-in-need plan with all the professionals was today, 10 December. When's the next one due by?",('w','2026-12-10',6),['cinrev'])
R('typos','visits','2025-09-01',"last cin reveiw meetin was 26.8.25 next one by",('w','2025-08-26',6),['cinrev'])
R('duty','visits','2026-01-02',"LAC since 29/12/25, no review yet, last visit 2/1 - next stat visit by?",('w','2026-01-02',1),['lacweekly'])
R('indirect','visits','2026-03-20',"She came into care three weeks ago and hasn't had her first review meeting yet. I saw her today, 20 March 2026. When is my next visit due?",('w','2026-03-20',1),['lacweekly'])
R('scenario','visits','2026-11-18',"Young person has been in care for 8 months, first and second reviews done, permanence plan not finalised yet. Last statutory visit was today, 18/11/26, and his birthday is 2 December. When's the next visit due?",('w','2026-11-18',6),['lac6'])
R('newstarter','visits','2025-04-22',"Hi, my child has had the initial LAC review and the plan for permanence isn't finalised yet. I last visited on 22 April 2025. When's the next statutory visit?",('w','2025-04-22',6),['lac6'])
R('manager','visits','2027-06-10',"Child settled in permanent placement since 2024, on 12-weekly visits. Last visit 07/06/27, next booked 06/09/27 - is that in time?",('w','2027-06-07',12),['lac12'])
R('indirect','visits','2026-05-26',"He's been with his long-term foster family for two years, the plan is settled, so visits dropped to the less frequent schedule. Last one was today, 26 May. Next by?",('w','2026-05-26',12),['lac12'])
R('duty','visits','2026-04-03',"adoptive placement, pre-1st LAC review, last visit 3/4 - next?",('w','2026-04-03',1),['adweekly'])
R('scenario','visits','2025-11-05',"Child placed for adoption in September, first Looked After Review held 16 October. My last visit was today, 5 November 2025, and the adoption order hearing isn't until spring. When is the next visit due?",('w','2025-11-05',6),['ad6'])
R('indirect','visits','2026-08-10',"When's my next supervisory visit to my foster carers due? I last went on 20 July 2026.",('w','2026-07-20',6),['fc6'])
R('typos','visits','2025-12-01',"unanounced visit to carers was 20/12/24 when is next one due",('m','2024-12-20',12),['fcun'])
R('indirect','visits','2026-03-02',"We last looked again at how often the children see their mum and dad on 27 Feb. When do we next have to review it?",('w','2026-02-27',8),['ft8'])
R('newstarter','visits','2026-12-01',"Hi, our last review PLO meeting was today, 1 December 2026. What's the latest the next one can be?",('w','2026-12-01',6),['plorev'],"The standard gives a range (every 4-6 weeks); due is the outer limit of 6 weeks, the earliest would be 4 weeks (2026-12-29).")
R('duty','visits','2027-03-01',"FC annual review last 30/3/26 - next due?",('m','2026-03-30',12),['fcann'])
R('newstarter','visits','2026-02-01',"Hello, when does a foster carer's annual review next have to go to Fostering Panel? The last one presented to panel was on 29 February 2024.",('m','2024-02-29',36),['fcpanel'])
# ---------------- age ----------------
R('newstarter','age','2026-03-01',"Hi, for an ICPC - the girl was born 14/06/2014. When does she turn 12 and need to be offered an advocate?",('age','2014-06-14',12,0),['adv12'])
R('indirect','age','2027-01-10',"When is the lad old enough that we should offer him someone to help him speak up at his protection conference? He was born on 3 April 2015.",('age','2015-04-03',12,0),['adv12'])
R('duty','age','2025-11-01',"YP dob 20/11/10 - pathway plan start date?",('age','2010-11-20',15,6),['path'])
R('typos','age','2026-01-01',"when do i start pathway plan, dob 31.8.11",('age','2011-08-31',15,6),['path'])
R('scenario','age','2026-09-10',"A boy came into care aged 13 on 2 October 2025; his date of birth is 29/02/2012 and his first review was in November. When should his plan for leaving care be started?",('age','2012-02-29',15,6),['path'])
R('indirect','age','2025-11-20',"The baby's sister was born on 29 February 2020. Until what date is she still young enough to get the adoption worker and family finder if PLO starts?",('age','2020-02-29',6,0),['adopt6'])
R('manager','age','2026-11-20',"Child dob 09/11/20 entered PLO on 12/11/26. Did the under-6 adoption allocation apply? When did they turn 6?",('age','2020-11-09',6,0),['adopt6'])
R('newstarter','age','2025-05-01',"Hi, the young person I'm working with was born on 18/07/2009. At what date should her pathway plan have been started?",('age','2009-07-18',15,6),['path'])
# ---------------- choice ----------------
R('duty','choice','2026-03-03',"conference was 3/3, what's next due?",[('d','2026-03-03',10),('d','2026-03-03',20)],['cg10','cin20'])
R('indirect','choice','2025-12-22',"The kids went to new foster carers today, 22/12/25. When's the meeting due?",[('wd','2025-12-22',3),('wd','2025-12-22',20)],['pm3','lar20'])
R('typos','choice','2026-05-21',"had 1st plo meeting 21.5.26 whats due after",[('wd','2026-05-21',3),('d','2026-05-21',7)],['fgc3','via3','min7'])
R('newstarter','choice','2027-08-26',"Hi, I visited my foster carers today - what's the deadline I need to work to now?",[('wd','2027-08-26',3),('w','2027-08-26',6)],['fcrec','fc6'])
R('scenario','choice','2026-12-21',"Strat held today, Monday 21/12, and the S47 was initiated there. Dad's in custody until 5 Jan and the kids are staying with nan. What's the next deadline?",[('d','2026-12-21',5),('wd','2026-12-21',15)],['s47_5','icpc'])
R('indirect','choice','2026-05-29',"Child was placed with carers today, 29 May. When's the plan due?",[('wd','2026-05-29',5),('d','2026-05-29',10)],['pp5','cp10'])
R('duty','choice','2025-12-15',"ICPC 5/1/26 - report due?",[('wdb','2026-01-05',3),('db','2026-01-05',3)],['chair3','fam3'])
R('manager','choice','2026-03-31',"IRO challenge raised 16/03/26 - when was the deadline?",[('wd','2026-03-16',5),('wd','2026-03-16',20)],['iro5','iro20'])
# ---------------- none ----------------
R('duty','none','2026-03-10',"core groups after the 1st - how often? last one 3/3",None,['cgrev'])
R('indirect','none','2026-01-14',"When does the second conference (the follow-up after the first protection plan meeting) have to be held? The first one was 12 Jan 2026.",None,['nextconf'])
R('newstarter','none','2026-03-04',"Hi, how often should I have supervision with my team leader? My last one was 2 March 2026.",None,['sup'])
R('typos','none','2026-02-12',"second lac reveiw due when? first was 10/2/26",None,['second'])
R('scenario','none','2026-04-13',"Child was placed for adoption on 6 April 2026 and we're hoping for the adoption order in the summer. The adopters keep asking about the life story work. When do the life story book and later life letter have to be done?",None,['life'])
R('indirect','none','2027-05-10',"How often is the reviewing officer supposed to check in with the child between the review meetings? Last review was 4 May 2027.",None,['iroc'])
R('manager','none','2025-10-22',"SHOPBA held 20/10/25, final care planning meeting was 01/10/25. Was the SHOPBA within timescale?",None,['shopba'])
R('indirect','none','2027-01-05',"The early help team leader got a request for support for a family today. How long do they have to decide what to do with it?",None,['eh'])
R('duty','none','2026-03-03',"GCP2 started 3/3/26, deadline to complete?",None,['gcp'])


# ---------------- more scenario rows ----------------
R('scenario','date','2027-03-25',"Referral came in on 22 March about a 14 year old (DOB 03/04/2013) going missing. CFR decided yesterday, Wednesday 24 March, that it needs a C&FA. Team Leader is off from 29 March. By when must it be allocated?",('wd','2027-03-24',3),['alloc'])
R('scenario','date','2025-05-02',"School reported a disclosure yesterday, Thursday 1 May. At 3pm today my manager decided we need a strategy discussion. Police say they're free on 7 May. What's the deadline for the strat?",('wd','2025-05-02',1),['strat1','strat24'],A24)
R('scenario','date','2026-12-14',"ICPC is booked for Monday 4 January 2027. The strat was on 10 December and the family are away 24-27 December. When does my report have to be with the CP chair?",('wdb','2027-01-04',3),['chair3'])
R('scenario','date','2027-05-24',"Review CP conference is on Thursday 3 June 2027. Core group met on 20 May and dad's in hospital from the 1st. What's the latest I can share the plan update report with the parents?",('db','2027-06-03',3),['rcpar'])
R('scenario','date','2025-12-19',"First PLO meeting was held today, 19 December 2025. Mum's solicitor is on leave until 5 January and the next review PLO meeting is set for 30 January. When do the minutes need to go out?",('d','2025-12-19',7),['min7'])
R('scenario','date','2027-05-20',"Family entered PLO with the first meeting on 19 April 2027. The review legal planning meeting is in the diary for 12 July. If the case is still in PLO after that, when should the Legal Gateway be?",('w','2027-04-19',16),['lg16'],APLO)
R('scenario','date','2026-08-26',"CFR completed the C&FA on 17 August and the case transferred to our Neighbourhood Team today, Wednesday 26 August 2026. Mum's booked on holiday 1-7 September. When must the initial CIN meeting be by?",('d','2026-08-26',10),['cin10'])
R('scenario','date','2027-03-30',"A 12 year old came into care under S20 on Friday 12 March 2027. Her IHA is booked for 1 April and the initial review for 9 April. When does she have to have had her coming into care pack?",('w','2027-03-12',3),['pack3'])
R('scenario','date','2027-12-20',"Two brothers came into care on Friday 17 December 2027 on an ICO. The younger one (DOB 02/01/2019) has asthma. The LAC nurse is asking what the deadline is for the initial health assessments.",('wd','2027-12-17',20),['iha'])
R('scenario','date','2025-09-01',"Young person came into care on 25 August 2025 over the bank holiday weekend; school starts back on 3 September. When is the PEP meeting due?",('d','2025-08-25',20),['pep'])
R('scenario','date','2026-05-26',"Second LAC review is on Thursday 4 June 2026. The child's birthday is 1 June and mum is contesting the placement at court on 10 June. When does my review report have to be with the IRO?",('db','2026-06-04',3),['iro3'])
R('scenario','date','2027-12-23',"I did a visit today, Thursday 23 December 2027, saw the child alone and she talked about the argument at home on the 20th. I'm off from tomorrow until 4 January. When does this need to be recorded by?",('d','2027-12-23',3),['rec3'])
R('scenario','date','2025-08-22',"C&FA started on Monday 18 August 2025 after a referral on 14 August from the school nurse. When must my TL have reviewed it?",('wd','2025-08-18',15),['tl15'],"The standard does not say what the 15 working days run from; counting from the referral (14 August) would give 2025-09-05.")
R('scenario','date','2027-06-01',"Our foster carers were approved in 2021. Their references, medicals and DBS were last updated on 30 June 2024, and their annual review is in September. When are the updated checks next due?",('m','2024-06-30',36),['dbs'])
R('scenario','date','2026-09-01',"I've just picked up a CIN case. The chronology was updated on 10 August, the last CIN review was 20 August, and the case summary was last updated on 31 May 2026. When was the summary due to be updated by?",('m','2026-05-31',3),['summ3'])

# ---------------- build + checks ----------------
def build():
    here = os.path.dirname(os.path.abspath(__file__))
    src = open('/work/shared/source/practice-standards.txt', encoding='utf-8').read()
    out = []
    for r in ROWS:
        if r['kind'] == 'none':
            due, cnt = None, "The standards set no timescale for this."
        elif r['kind'] == 'choice':
            res = [apply(x) for x in r['rule']]
            due = min(d for d, _ in res)
            cnt = "Two plausible standards: " + " | ".join(c for _, c in res) + f"; due = earlier, {due.isoformat()}"
        else:
            due, cnt = apply(r['rule'])
        phr = [P[k] for k in r['keys']]
        for p in phr:
            assert p in src, ("phrase not in source", p)
            assert len(p.split()) >= 6, p
        row = dict(q=r['q'], today=r['today'], due=due.isoformat() if due else None,
                   expect_any=phr, count=cnt, voice=r['voice'], kind=r['kind'])
        if r['amb']: row['ambiguous'] = r['amb']
        out.append(row)
    path = os.path.join(here, 'questions.jsonl')
    with open(path, 'w', encoding='utf-8') as f:
        for row in out: f.write(json.dumps(row, ensure_ascii=False) + '\n')
    return path

def self_check():
    # bank holidays against rules: Easter (anonymous Gregorian algorithm) + fixed/first/last Mondays + substitutes
    def easter(y):
        a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
        i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=((h+l-7*m+114)%31)+1
        return dt.date(y,mo,da)
    calc=set()
    for y in range(2024,2029):
        nd=dt.date(y,1,1)
        while nd.weekday()>=5: nd+=dt.timedelta(1)
        calc.add(nd); e=easter(y); calc|={e-dt.timedelta(2),e+dt.timedelta(1)}
        def first_mon(m):
            d=dt.date(y,m,1)
            while d.weekday()!=0: d+=dt.timedelta(1)
            return d
        def last_mon(m):
            d=dt.date(y,m,calendar.monthrange(y,m)[1])
            while d.weekday()!=0: d-=dt.timedelta(1)
            return d
        calc|={first_mon(5),last_mon(5),last_mon(8)}
        c,b=dt.date(y,12,25),dt.date(y,12,26)
        if c.weekday()==5: calc|={dt.date(y,12,27),dt.date(y,12,28)}
        elif c.weekday()==6: calc|={dt.date(y,12,26),dt.date(y,12,27)}
        elif c.weekday()==4: calc|={c,dt.date(y,12,28)}
        else: calc|={c,b}
    assert calc==BH, sorted(calc^BH)

if __name__ == '__main__':
    self_check()
    p = build()
    from collections import Counter
    rows = [json.loads(l) for l in open(p, encoding='utf-8')]
    print(len(rows), Counter(r['kind'] for r in rows), Counter(r['voice'] for r in rows))
    print('ambiguous:', sum('ambiguous' in r for r in rows))
