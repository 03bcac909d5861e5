#!/usr/bin/env python3
"""Oracle for set-tune-22: computes due/count for every question row. Standard library only.
Run: python3 oracle.py  -> writes questions.jsonl next to this file and runs checks."""
import datetime as dt, json, os, calendar, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = '/work/shared/source/practice-standards.txt'

# England & Wales bank holidays 2024-2028, typed by hand (substitute days applied).
BH = {dt.date.fromisoformat(s) for s in """
2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26
2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26
2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28
2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28
2028-01-03 2028-04-14 2028-04-17 2028-05-01 2028-05-29 2028-08-28 2028-12-25 2028-12-26
""".split()}

def D(s): return dt.date.fromisoformat(s)
def wd(d): return d.strftime('%a')
def isw(d): return d.weekday() < 5 and d not in BH

def add_wd(d, n):
    cur, skipped = d, []
    k = 0
    while k < n:
        cur += dt.timedelta(1)
        if isw(cur): k += 1
        elif cur in BH: skipped.append(cur)
    return cur, skipped

def sub_wd(d, n):
    cur, skipped = d, []
    k = 0
    while k < n:
        cur -= dt.timedelta(1)
        if isw(cur): k += 1
        elif cur in BH: skipped.append(cur)
    return cur, skipped

def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year; mo += 1
    last = calendar.monthrange(y, mo)[1]
    return dt.date(y, mo, min(d.day, last)), d.day > last

def bhnote(sk):
    return '; skips bank holidays ' + ', '.join(x.isoformat() for x in sk) if sk else ''

def apply(rule, s):
    t, n = rule[0], rule[1] if len(rule) > 1 else None
    S = f"{s.isoformat()} ({wd(s)})"
    if t == 'wd':
        r, sk = add_wd(s, n)
        note = '' if isw(s) else f"; start {s.isoformat()} is not a working day, counted from it"
        return r, f"{n} working day{'s' if n>1 else ''} after {S} -> {r.isoformat()} ({wd(r)}){bhnote(sk)}{note}"
    if t == 'wdb':
        r, sk = sub_wd(s, n)
        return r, f"{n} working days before {S} -> {r.isoformat()} ({wd(r)}){bhnote(sk)}"
    if t == 'd':
        r = s + dt.timedelta(n)
        return r, f"{n} calendar days after {S} -> {r.isoformat()} ({wd(r)})"
    if t == 'db':
        r = s - dt.timedelta(n)
        return r, f"{n} calendar days before {S} -> {r.isoformat()} ({wd(r)})"
    if t == 'w':
        r = s + dt.timedelta(7 * n)
        return r, f"{n} weeks ({7*n} days) after {S} -> {r.isoformat()} ({wd(r)})"
    if t == 'm':
        r, cl = add_months(s, n)
        return r, f"{n} months after {S} -> {r.isoformat()} ({wd(r)})" + (" (day clamped to month end)" if cl else '')
    if t == 'same':
        return s, f"same day as {S}"
    if t == 'age':
        yrs, mths = n, rule[2]
        if s.month == 2 and s.day == 29 and mths == 0:
            y = s.year + yrs
            r = dt.date(y, 2, 29) if calendar.isleap(y) else dt.date(y, 3, 1)
            note = '' if calendar.isleap(y) else f"; 29 Feb birthday, {y} not a leap year so 1 March"
        else:
            r, cl = add_months(s, 12 * yrs + mths)
            note = ' (day clamped to month end)' if cl else ''
        lab = f"{yrs} years" + (f" {mths} months" if mths else '')
        return r, f"DOB {S} + {lab} -> {r.isoformat()} ({wd(r)}){note}"
    raise ValueError(rule)

# key -> (verbatim phrase(s), rule)
K = {
 'fd':   (["are required by a Team Leader within 1 working day"], ('wd', 1)),
 'init': (["Initial decisions will be made about the action required within 1 working day"], ('wd', 1)),
 'ref':  (["Referrals will be actioned by a social worker within 1 working day"], ('wd', 1)),
 's47same': (["the child / children will be seen by the Social Worker the same day"], ('same',)),
 's47d5': (["Within 5 days of the Section 47 being initiated"], ('d', 5)),
 'alloc': (["allocated to a social worker to complete a Child and Family Assessment within 3 working days"], ('wd', 3)),
 'tlrev': (["All assessments will be reviewed by the Team Leader within 15 working days"], ('wd', 15)),
 'a45':  (["Assessments must all be completed within 45 days"], ('d', 45)),
 'strat': (["a strategy discussion is required, this must happen within 1 working day", "A strategy discussion within 24 hours involving all relevant agencies"], ('wd', 1)),
 'notice': (["notify the Neighbourhood Team via email, giving at least 5 days’ notice"], ('d', 5)),
 'jointv': (["Within the 5 days’ notice period, the Children’s First Response Social Worker"], ('d', 5)),
 'icpc': (["Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion"], ('wd', 15)),
 'famrep': (["The report will be shared with family at least 3 the days prior to conference"], ('db', 3)),
 'chairrep': (["sent to the child protection chair 3 working days before the conference"], ('wdb', 3)),
 'cg':   (["held within 10 days of the conference"], ('d', 10)),
 'cpv':  (["Visits to a child subject to a CP plan will take place at least every 4 weeks"], ('w', 4)),
 'rcpcpar': (["This report must be shared with parents at least 3 days prior to the review conference"], ('db', 3)),
 'rcpcchair': (["available to the conference chair at least 3 days prior to the review conference"], ('db', 3)),
 'ptt':  (["when they have been subject to a plan for 12 months"], ('m', 12)),
 'plo1': (["The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter"], ('d', 10)),
 'fgc':  (["Referral should be made within 3 working days of the first PLO meeting"], ('wd', 3)),
 'via':  (["made to Family Placement Team within 3 working days of the initial PLO meeting"], ('wd', 3)),
 'plomin': (["distributed to parents and their legal representation within 7 days of the meeting"], ('d', 7)),
 'plorev': (["Review PLO meetings with parents to be held every 4-6 weeks"], ('w', 6)),
 'lpm12': (["A review legal planning meeting will be held at 12 weeks"], ('w', 12)),
 'ext4': (["In exceptional circumstances a further period of 4 weeks will be agreed in PLO"], ('w', 4)),
 'lg16': (["a Legal Gateway meeting will be convened at 16 weeks"], ('w', 16)),
 'cin20': (["will set the first CIN meeting within 20 days"], ('d', 20)),
 'cin10': (["the initial CIN meeting must take place within 10 days"], ('d', 10)),
 'cinrev': (["CIN review meetings will be held at least every 6 weeks"], ('w', 6)),
 'cinv': (["A child subject to a CIN plan will be seen at least every 6 weeks"], ('w', 6)),
 'cicass': (["emergency / unplanned admission the assessment will be completed within 20 working days"], ('wd', 20)),
 'cicvisit': (["The child will be visited within 1 working day of coming into care or having a change in placement", "All looked after children will be seen within 1 working day of placement"], ('wd', 1)),
 'pm':   (["The placement meeting will be held within 3 working days"], ('wd', 3)),
 'pp5':  (["an updated copy given to the carers within 5 working days of the placement beginning"], ('wd', 5)),
 'ft8':  (["reviewed at least every 8 week until the plan for permanence is agreed"], ('w', 8)),
 'pack': (["coming into care pack, children rights leaflet within 3 weeks"], ('w', 3)),
 'legal5': (["informed of the child’s legal status within 5 working days"], ('wd', 5)),
 'iha':  (["An initial health assessment will be requested and carried out within 20 working days"], ('wd', 20)),
 'pep':  (["A PEP meeting will be arranged within the school within 20 days"], ('d', 20)),
 'lacwk': (["Statutory looked after visits must happen weekly until the first looked after review"], ('w', 1)),
 'lac6': (["then a minimum of every 6 weeks thereafter until the plan for permanence is finalised"], ('w', 6)),
 'lac12': (["Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement"], ('w', 12)),
 'cp10': (["An up to date care plan will be recorded on the electronic system within 10 days of placement"], ('d', 10)),
 'lacr': (["The initial Looked After Review must take place within 20 working days of the child becoming looked after"], ('wd', 20)),
 'pw':   (["A pathway plan will be started when the young person is 15 years 6 months"], ('age', 15, 6)),
 'iro3': (["this will be with the IRO 3 days before the review"], ('db', 3)),
 'iroch': (["If the challenge is not resolved within 5 working days a formal dispute will be raised"], ('wd', 5)),
 'irodr': (["The formal dispute resolution process should be completed from start to finish within 20 working days"], ('wd', 20)),
 'adv12': (["if they are 12 or over they should be offered an advocate"], ('age', 12, 0)),
 'ad6':  (["If a child under the age of 6 enters PLO or proceedings"], ('age', 6, 0)),
 'adwk': (["Once the child is placed weekly statutory visits will take place until the first Looked After Review"], ('w', 1)),
 'ad6w': (["then visits will be a minimum of 6 weekly until the Adoption Order is Granted"], ('w', 6)),
 'ad10': (["in placement with the adopter for 10 weeks they can make an application for an Adoption Order"], ('w', 10)),
 'fcv':  (["Trafford foster carers are visited at least once every six weeks"], ('w', 6)),
 'fcrec': (["a record of this visit is recorded on LCS within 3 working days"], ('wd', 3)),
 'fcun': (["will have an unannounced visit at least once every 12 months"], ('m', 12)),
 'fcann': (["All Trafford foster carers will have an annual review"], ('m', 12)),
 'fcpanel': (["annual review presented to the Fostering Panel at least every three years"], ('m', 36)),
 'fcdbs': (["updated statutory references, medicals and DBS checks at least every three years"], ('m', 36)),
 'fctrain': (["must update their core training at least every three years"], ('m', 36)),
 'var6': (["This can only be given for up to 6 working days"], ('wd', 6)),
 'temp16': (["Temporary approval is for 16 weeks but can be extended for a further 8 weeks"], ('w', 16)),
 'temp24': (["Temporary approval is for 16 weeks but can be extended for a further 8 weeks"], ('w', 24)),
 'rec3': (["any event or contact is recorded within 3 days"], ('d', 3)),
 'summ': (["case file summary which has been updated within the last 3 months"], ('m', 3)),
 'ass12': (["An up to date assessment (within the last 12 months) on each child"], ('m', 12)),
 # phrases for 'none' rows (the sentence that shows no fixed timescale is set)
 'n_rcpc': (["The child protection chair will set the date of the next conference"], None),
 'n_sup': (["monitored through supervision which takes place in line with the supervision policy"], None),
 'n_lac2': (["At the point of the second review (if not in proceedings) the child must have a permanency plan"], None),
 'n_shopba': (["This needs to take place after the area teams final care planning meeting"], None),
 'n_lll': (["The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child"], None),
 'n_annexa': (["The Social Worker will complete the Annex A suitability report for Court"], None),
 'n_pep': (["subsequently reviewed within the statutory guidelines at least 1 per term"], None),
 'n_ff': (["a referral should be made to Family Focus by emailing the team"], None),
 'n_cpr': (["The adoption Social Worker will complete the Childs Permanence Report (CPR) ready for the SHOPBA"], None),
}

DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
def resolve_rel(today, rel):
    if rel == 'yesterday': return today - dt.timedelta(1)
    if rel == 'today': return today
    if rel.startswith('last '):  # most recent such weekday strictly before today
        tgt = DAYS.index(rel[5:])
        d = today - dt.timedelta(1)
        while d.weekday() != tgt: d -= dt.timedelta(1)
        return d
    raise ValueError(rel)

ROWS = []
def R(voice, kind, q, today, key, start=None, amb=None, rel=None):
    ROWS.append(dict(voice=voice, kind=kind, q=q, today=today, key=key, start=start, amb=amb, rel=rel))

# ---------------- rows ----------------
# Front door / referrals
R('duty','date',"contact in 24/12/25, when does TL screening decision need doing by?",'2025-12-24','fd','2025-12-24')
R('indirect','date',"Police sent a DV notification through to the front door on Thursday about a family with two little ones. By when does a manager need to have decided what we're doing with it?",'2026-04-03','fd',rel='last Thu')
R('typos','date',"referal came in 19.12.25 when shud a sw action it by",'2025-12-19','ref','2025-12-19')
R('newstarter','date',"Hi, sorry if this is a silly question - a Level 4 Child in Need referral came in on 30/04/2027. When does the initial decision by the team leader need to be made?",'2027-04-30','init','2027-04-30')
R('manager','date',"Contact received 22/05/26, TL screening decision recorded 26/05/26. In timescale?",'2026-06-10','fd','2026-05-22')
R('scenario','date',"Mum rang CFR on 28/08/2026 saying her ex turned up drunk at the house. The kids are 4 and 7 (youngest born 01/09/2021) and there was a previous contact on 12/06/2026. What's the deadline for the TL decision on this contact?",'2026-08-28','fd','2026-08-28')
R('indirect','date',"A GP practice phoned through worries about a toddler on 23/12/2026. When does someone on the social work side have to pick it up and act on it?",'2026-12-23','ref','2026-12-23')
# S47
R('indirect','date',"We've just agreed this morning to start a child protection enquiry on a 6 year old. When does the child have to be seen by?",'2026-02-11','s47same','2026-02-11')
R('duty','date',"s47 initiated 29/12/25, mgr progress discussion by?",'2025-12-30','s47d5','2025-12-29')
R('indirect','date',"When do I have to catch up with my manager about how the child protection enquiry is going? We started it on 15th May 2026.",'2026-05-18','s47d5','2026-05-15')
R('manager','date',"S47 initiated 02/04/27, SW/TL progress discussion held 08/04/27 - within timescale?",'2027-04-12','s47d5','2027-04-02')
# allocation
R('typos','date',"case needs allocatin for c&f assesment, decision was 23/12/2026, when does it need a worker by",'2026-12-23','alloc','2026-12-23')
R('indirect','date',"How long has the team leader got to give a case to a social worker for the family assessment? It came through on 24/03/2027.",'2027-03-24','alloc','2027-03-24')
R('scenario','date',"Health visitor referral for a baby born 14/11/2025 came in on 16/12/2025 and threshold was agreed for a C&FA the same day. Previous NFA on a sibling was 02/10/2025. When must it be allocated?",'2025-12-16','alloc','2025-12-16')
# TL review 15 WD
R('duty','date',"c&fa started 10/12/25, TL review due?",'2025-12-11','tlrev','2025-12-10')
R('indirect','date',"My manager has to look over my assessment at some point before it's finished - when is that by if I started it on 27/03/2026?",'2026-03-30','tlrev','2026-03-27')
R('newstarter','date',"Could you tell me when the Team Leader needs to have reviewed a Child and Family Assessment that was started on 20 May 2027?",'2027-05-21','tlrev','2027-05-20')
R('manager','date',"Assessment opened 14/08/2025, TL review recorded 05/09/2025 - in timescale?",'2025-09-10','tlrev','2025-08-14')
# 45 days
R('duty','date',"C&FA start 20/11/25 due?",'2025-11-21','a45','2025-11-20')
R('typos','date',"wen is the asessment due its startd 3rd feb",'2026-02-05','a45','2026-02-03')
R('indirect','date',"How long do I have to finish writing up the family assessment? We opened it on 18/02/27.",'2027-02-22','a45','2027-02-18')
R('scenario','date',"Child (DOB 12/03/2015) was referred by school on 02/06/2026; the assessment was started on 04/06/2026 after the strat. When's the assessment due?",'2026-06-05','a45','2026-06-04',amb="The 45 days could be read as running from the referral (02/06/2026), giving 17/07/2026.")
R('manager','date',"Assessment started 01/10/2025 and authorised 20/11/2025 - was it done within timescale?",'2025-12-01','a45','2025-10-01')
R('newstarter','date',"Could someone tell me the deadline for completing a Child and Family Assessment that began on 31 December 2026?",'2027-01-04','a45','2026-12-31')
R('indirect','date',"Started the piece of work looking at the family's needs and strengths on 7th April 2028. What's the final deadline to have it completed?",'2028-04-10','a45','2028-04-07')
# strategy discussion 1 WD
R('duty','date',"mgmt decision for strat 24/12/26 - when by?",'2026-12-24','strat','2026-12-24',amb="The S47 section says a strategy discussion within 24 hours, which would give 25/12/2026.")
R('indirect','date',"Manager decided on 03/04/2025 that we need to get police and health together to talk about a bruise on a baby. What's the latest that discussion can happen?",'2025-04-03','strat','2025-04-03')
R('scenario','date',"A 9-year-old told her teacher on 17/04/2025 that her stepdad hits her; the DS decided a strategy discussion was needed that afternoon. Her previous CP plan ended 10/01/2025. When does the strat need to happen by?",'2025-04-17','strat','2025-04-17',amb="The S47 section says within 24 hours, which would give 18/04/2025 (Good Friday).")
# transfer notice
R('newstarter','date',"If CFR are transferring a case to a Neighbourhood Team at CIN and they send the notification email on 22/12/2025, what is the earliest date the transfer can happen given the notice period?",'2025-12-22','notice','2025-12-22')
R('indirect','date',"The front door emailed us on 28/05/2027 to say a family is coming over to our team. By when do both workers need to have done the handover visit together?",'2027-05-28','jointv','2027-05-28')
# ICPC
R('duty','date',"strat was 19/12/25, when's the ICPC?",'2025-12-19','icpc','2025-12-19')
R('typos','date',"strat was 2.4.26 when is icpc due by",'2026-04-02','icpc','2026-04-02')
R('indirect','date',"We had the first multi-agency meeting with police about the allegation on 12/05/2025. If this goes to the big meeting where everyone decides whether there needs to be a protection plan, when does that have to be held?",'2025-05-13','icpc','2025-05-12')
R('indirect','date',"The initial police and social care discussion was held on 20 Aug 2026. By when does the first conference to decide about a plan have to sit?",'2026-08-21','icpc','2026-08-20')
R('scenario','date',"Strat was held on 10/12/2026 after a referral on 08/12/2026. Dad's DOB is 05/05/1990 and there's a court hearing on 04/01/2027 in the private law case. S47 outcome is to go to ICPC - what's the latest date for it?",'2026-12-14','icpc','2026-12-10')
R('manager','date',"ICPC was held 20/01/26, strat 02/01/26, was that in timescale?",'2026-01-22','icpc','2026-01-02')
R('manager','date',"strat 22/03/2027, ICPC held 14/04/2027 - in timescale?",'2027-04-20','icpc','2027-03-22')
R('newstarter','date',"Hello, I'm new to the team. The strategy discussion was on 28 April 2028 - what date does the Initial Child Protection Conference need to be held by?",'2028-04-28','icpc','2028-04-28')
R('duty','date',"strat yest, icpc by?",'2027-08-27','icpc',rel='yesterday')
R('scenario','date',"Mum's boyfriend was arrested on 06/12/2025 and the strat was on 08/12/2025; we saw the children the same day. Conference is being booked now - what's the latest date it can be?",'2025-12-09','icpc','2025-12-08')
# ICPC reports
R('duty','date',"icpc 12/01/26 report to chair by?",'2026-01-05','chairrep','2026-01-12')
R('indirect','date',"The conference to decide if the kids go on a plan is on 07/04/2026 - when does my report have to reach the person chairing it?",'2026-03-25','chairrep','2026-04-07')
R('typos','date',"icpc on 5th jan 2027, when do i have to share my report with the parnets",'2026-12-21','famrep','2027-01-05')
R('newstarter','date',"When should the parents get a copy of my report if the initial conference is on 02/06/2025?",'2025-05-27','famrep','2025-06-02')
R('manager','date',"ICPC 29/05/2026; report reached chair 26/05/2026 - compliant?",'2026-06-03','chairrep','2026-05-29')
# first core group
R('duty','date',"ICPC 15/12/25 1st CG by?",'2025-12-15','cg','2025-12-15')
R('indirect','date',"The children were made subject to plans on 23/03/2027. When does the first meeting of the group of professionals and family who work the plan in detail need to take place?",'2027-03-23','cg','2027-03-23')
R('typos','date',"cp conf was 3/4/25 wen is 1st core grp",'2025-04-04','cg','2025-04-03')
R('scenario','date',"Initial conference on 21/08/2026 put both boys (DOBs 03/02/2017 and 19/09/2019) on CP plans under neglect. The next review conference is pencilled for 20/11/2026. When's the first core group due?",'2026-08-21','cg','2026-08-21')
R('manager','date',"ICPC 06/05/2025, first core group 19/05/2025 - in timescale?",'2025-05-20','cg','2025-05-06')
R('newstarter','date',"How soon after the conference should the first core group be? Ours was on 30 December 2026.",'2026-12-31','cg','2026-12-30')
# RCPC reports
R('duty','date',"RCPC 04/01/27 report to parents by?",'2026-12-18','rcpcpar','2027-01-04')
R('indirect','date',"The review meeting for the child protection plan is on 14/04/2025. When do mum and dad need to see my update?",'2025-04-07','rcpcpar','2025-04-14')
R('typos','date',"rcpc is 2nd june 2026 when does chair need my report",'2026-05-26','rcpcchair','2026-06-02')
R('scenario','date',"Review conference is set for 28/12/2026; the last core group was 15/12/2026 and the plan started 29/06/2026. When do I have to get the plan update to the chair?",'2026-12-16','rcpcchair','2026-12-28')
# 12 months on plan
R('indirect','date',"The kids went on plans on 16/02/2026 and nothing's really changing. When do we hit the point where we should have a meeting to think differently about how we work with the family?",'2026-11-02','ptt','2026-02-16')
R('manager','date',"Child on CP plan since 29/02/2024 - on what date did they reach 12 months on plan (thinking time meeting trigger)?",'2025-03-10','ptt','2024-02-29')
# PLO
R('duty','date',"plo letter dated 18/12/25, 1st mtg by?",'2025-12-18','plo1','2025-12-18')
R('indirect','date',"We've sent the letter warning the parents that we're thinking about going to court, dated 06/05/2026. When should the first meeting with them and their solicitor be?",'2026-05-07','plo1','2026-05-06')
R('typos','date',"plo leter was 31.3.27 wen is first meetin",'2027-04-01','plo1','2027-03-31')
R('newstarter','date',"In the Public Law Outline, the letter to parents is dated 20 August 2025 - by when should the first meeting happen?",'2025-08-21','plo1','2025-08-20')
R('manager','date',"PLO letter 01/12/2026, initial meeting 14/12/2026 - within timescale?",'2026-12-15','plo1','2026-12-01')
R('scenario','date',"Legal Gateway on 03/03/2026 agreed PLO; the letter went out dated 05/03/2026 and mum's solicitor says she can't do the 19th. What's the latest the first meeting should be?",'2026-03-06','plo1','2026-03-05')
R('indirect','date',"First meeting with the parents and their lawyer under pre-proceedings was 23/12/2025. They've agreed to a family group conference - how long have I got to get the referral in?",'2025-12-23','fgc','2025-12-23')
R('duty','date',"1st plo mtg 01/04/26, fgc ref by?",'2026-04-01','fgc','2026-04-01')
R('scenario','date',"No FGC has happened yet. The first PLO meeting was on 07/05/2027 and the parents signed consent at the meeting; the PLO letter was dated 29/04/2027. When does the FGC referral need to go in?",'2027-05-07','fgc','2027-05-07')
R('indirect','date',"Gran and an aunt were named as possible carers at the first pre-proceedings meeting on 28/05/2027. When does the screening request need to go to the placements team?",'2027-05-28','via','2027-05-28')
R('typos','date',"viabilty request, initial plo meeting 24.12.26, when by",'2026-12-24','via','2026-12-24')
R('newstarter','date',"Sorry, could someone explain the deadline for the Viability Assessment screening request? The initial PLO meeting was on 21 August 2025 and dad's sister has come forward.",'2025-08-21','via','2025-08-21')
R('indirect','date',"How long have I got to get the notes from the pre-proceedings meeting out to the parents and their solicitors? Meeting was 14 April 2025.",'2025-04-15','plomin','2025-04-14')
R('manager','date',"PLO meeting 10/06/2026, minutes sent 19/06/2026 - in time?",'2026-06-22','plomin','2026-06-10')
R('indirect','date',"We started pre-proceedings with the first meeting on 07/01/2026. When will the review meeting with the solicitor from legal be?",'2026-01-08','lpm12','2026-01-07',amb="The 12 weeks could be counted from the date of the PLO letter rather than the first meeting.")
R('duty','date',"plo started 02/09/25 (1st mtg), legal gateway at 16 wks when?",'2025-09-03','lg16','2025-09-02',amb="The 16 weeks could be counted from the PLO letter rather than the first meeting.")
R('scenario','date',"The review legal planning meeting on 15/03/2027 agreed a further period in PLO because dad has just started a residential rehab place (admitted 01/03/2027). When does that extra period end?",'2027-03-16','ext4','2027-03-15')
# CIN
R('indirect','date',"The kids came off their protection plans at conference on 11/12/2025. When does the first meeting under the new child in need plan need to be?",'2025-12-12','cin20','2025-12-11')
R('typos','date',"deplanned at rcpc 9th march 2026 when is 1st cin mtg",'2026-03-10','cin20','2026-03-09')
R('manager','date',"De-planned at RCPC 22/07/2027, first CIN meeting 13/08/2027 - compliant?",'2027-08-16','cin20','2027-07-22')
R('duty','date',"case tfr from CFR 19/12/25, initial CIN by?",'2025-12-19','cin10','2025-12-19')
R('indirect','date',"A case moved over to us in the neighbourhood team from the front door on 02/04/2026. When should we hold the first meeting with the family and the professionals?",'2026-04-02','cin10','2026-04-02')
R('scenario','date',"Case transferred from CFR on 24/05/2027 after the C&FA (completed 20/05/2027) recommended CIN. The child's 10th birthday is 30/05/2027. When must the initial CIN meeting be held?",'2027-05-25','cin10','2027-05-24')
# Children in care
R('indirect','date',"A teenager came into care as an emergency last night (22/12/2026). How long have we got to get the assessment of her needs done?",'2026-12-23','cicass','2026-12-22')
R('typos','date',"unplanned admision 01.04.26 - when does the assesment need finishing",'2026-04-01','cicass','2026-04-01')
R('duty','date',"placed 24/12/26 visit by?",'2026-12-24','cicvisit','2026-12-24')
R('indirect','date',"Young person moved to new carers on 17/04/2025. When does someone from our team need to have been out to see him?",'2025-04-17','cicvisit','2025-04-17')
R('scenario','date',"Placement broke down on 21/08/2025 (carers gave notice on 07/08/2025) and he moved to a new foster home on 22/08/2025. When's the visit due?",'2025-08-22','cicvisit','2025-08-22')
R('duty','date',"placed 24/03/27 placement mtg by?",'2027-03-24','pm','2027-03-24')
R('indirect','date',"When does the meeting to agree delegated authority with the carers need to happen? The child moved in on 22/08/2025.",'2025-08-22','pm','2025-08-22')
R('typos','date',"placment meeting due? child placed 18.12.2025",'2025-12-18','pm','2025-12-18')
R('manager','date',"Placed 30/04/2026, placement meeting held 06/05/2026 - in timescale?",'2026-05-11','pm','2026-04-30')
R('indirect','date',"The carers need the updated copy of the plan for looking after the child - she moved in on 19/12/2025, when's that due?",'2025-12-19','pp5','2025-12-19')
R('newstarter','date',"When should the foster carers receive the updated placement plan if the placement began on 26 March 2027?",'2027-03-29','pp5','2027-03-26',amb="The placement began on Good Friday; counting starts from that day, so the 1st working day is 30/03/2027.")
R('indirect','date',"Child came into care 10/12/2025 - by when does she need the welcome pack and the leaflet about her rights?",'2025-12-11','pack','2025-12-10')
R('typos','date',"cic pack due? came in to care 28.3.27",'2027-03-30','pack','2027-03-28')
R('indirect','date',"By what date do I need to have told school, the GP etc about the child's new legal status? He became looked after on 01/05/2026.",'2026-05-01','legal5','2026-05-01')
R('manager','date',"Child became LAC 18/12/2025; other professionals told of legal status 29/12/2025 - in timescale?",'2026-01-05','legal5','2025-12-18')
R('indirect','date',"When has the first health check-up for a looked-after child got to be done by? He came into care on 23/03/2027.",'2027-03-24','iha','2027-03-23')
R('scenario','date',"Two sisters (DOBs 04/04/2019 and 11/11/2021) came into care on 29/04/2026 after mum's admission to hospital on 27/04/2026. When do their initial health assessments need to be carried out by?",'2026-04-30','iha','2026-04-29')
R('indirect','date',"The school meeting about the education plan for a child who came into care on 12/08/2026 - when's the deadline to arrange it?",'2026-08-13','pep','2026-08-12')
R('typos','date',"pep due? cic 20/12/25",'2025-12-22','pep','2025-12-20')
R('indirect','date',"How long have I got to get the plan setting out the child's needs and services onto the system? She was placed on 27/05/2026.",'2026-05-28','cp10','2026-05-27')
R('manager','date',"Placed 20/08/2027, care plan on system 02/09/2027 - within timescale?",'2027-09-06','cp10','2027-08-20')
R('indirect','date',"First meeting with the independent reviewer after a child becomes looked after - when is it due if he came into care on 27/03/2026?",'2026-03-30','lacr','2026-03-27')
R('typos','date',"1st lac reveiw, came into care 13.4.25",'2025-04-14','lacr','2025-04-13')
R('newstarter','date',"When should the first Looked After Review be held for a child who became looked after on 18 August 2027?",'2027-08-19','lacr','2027-08-18')
R('manager','date',"Became LAC 01/12/2026, initial review 05/01/2027 - in timescale?",'2027-01-06','lacr','2026-12-01')
R('scenario','date',"Baby (DOB 02/11/2025) was removed under police protection on 08/04/2026 and an ICO was granted on 10/04/2026. When's the initial LAC review due?",'2026-04-10','lacr','2026-04-08',amb="Some would count from the ICO on 10/04/2026 rather than the day the baby became looked after under police protection.")
R('indirect','date',"When does my report need to be with the independent reviewer if the child's review is on 04/01/2027?",'2026-12-21','iro3','2027-01-04')
R('duty','date',"LAC review 21/04/25 report to IRO by?",'2025-04-14','iro3','2025-04-21')
# IRO
R('indirect','date',"The child's independent reviewer raised an informal concern about drift on 22/12/2025. If it's not sorted, when does it become a formal dispute?",'2025-12-22','iroch','2025-12-22')
R('manager','date',"IRO formal dispute started 25/03/2027 - date it should be concluded by?",'2027-04-05','irodr','2027-03-25')
R('newstarter','date',"How long does the formal dispute resolution process take? Our IRO started it on 04/05/2026 - what's the end date?",'2026-05-05','irodr','2026-05-04')
R('scenario','date',"The IRO challenged drift in permanence planning informally on 24/08/2026 after the review on 19/08/2026. The worker is on leave until 07/09/2026. If nothing's resolved, when does it go to a formal dispute?",'2026-08-25','iroch','2026-08-24')
# adoption
R('indirect','date',"The little one moved in with the adopters on 08/12/2025. From what date can they apply to court to make it final?",'2026-01-05','ad10','2025-12-08')
R('typos','date',"placed w adopters 3rd april 2026 when can they apply for adoption order",'2026-04-07','ad10','2026-04-03')
# fostering
R('duty','date',"SSW visit to carers 24/12/25, record on LCS by?",'2025-12-24','fcrec','2025-12-24')
R('indirect','date',"I went out to see one of our foster families on 02/04/2026 as their supervising worker. When does the write-up need to be on the system?",'2026-04-02','fcrec','2026-04-02')
R('indirect','date',"Our carers' yearly check-in review was on 28/02/2025 - when is the next one due?",'2025-03-03','fcann','2025-02-28')
R('indirect','date',"A carer's review last went to the panel on 15/09/2024 and there have been no complaints. When is the latest one next has to go to panel?",'2026-01-12','fcpanel','2024-09-15')
R('typos','date',"foster carer core traning last done 31/8/24 when do they need to redo it",'2027-05-04','fctrain','2024-08-31')
R('indirect','date',"Strategic Lead agreed for us to place a child outside the carers' approval range on 21/12/2026. How long does that permission last - what's the end date?",'2026-12-21','var6','2026-12-21')
R('manager','date',"Variation to terms of approval granted 01/04/2026 - last date it covers?",'2026-04-08','var6','2026-04-01')
R('indirect','date',"Nan got temporary approval as a family and friends carer on 02/01/2026. When does that run out if nothing else is done?",'2026-01-05','temp16','2026-01-02')
R('scenario','date',"Aunt was temporarily approved as a connected person on 03/03/2025 and panel agreed the extension because her full assessment was delayed by a house move on 20/05/2025. What's the absolute end date of temporary approval?",'2025-06-02','temp24','2025-03-03')
# case recording / summaries / assessments
R('typos','date',"home visit was 31/12 when do i need to have it recorded by",'2026-01-02','rec3','2025-12-31')
R('indirect','date',"I did a visit on Good Friday (I know!) - how long have I got to write it up on the system?",'2026-04-07','rec3','2026-04-03')
R('newstarter','date',"Hello, how quickly do I need to record a phone call with a parent? It was on 29 May 2026.",'2026-05-29','rec3','2026-05-29')
R('indirect','date',"The summary at the top of the case file was last refreshed on 30/11/2025. When does it go out of date?",'2026-01-15','summ','2025-11-30')
R('manager','date',"Audit: case summary last updated 31/05/2026 - when did it next need updating?",'2026-09-14','summ','2026-05-31')
R('indirect','date',"The last full assessment on this child was signed off on 14/01/2026. When does he need a new one for it to still count as up to date?",'2026-11-20','ass12','2026-01-14')
R('duty','date',"last c&fa auth 29/02/28 - when does it go out of date?",'2028-06-01','ass12','2028-02-29')
R('indirect','date',"Report for the children's review is sorted, but when is the latest it should be with the independent reviewing officer? Review's on 29/03/2027.",'2027-03-22','iro3','2027-03-29')
R('indirect','date',"We've just had the conference that took the children off their protection plans today. When does the next family meeting under the new support plan need to be?",'2027-12-23','cin20',rel='today')
R('indirect','date',"Decision made on Monday to open a family assessment on a 14 year old. When does it need a named worker?",'2028-05-10','alloc',rel='last Mon')
R('indirect','date',"The letter that starts the formal pre-court process went out dated last Friday. When should we be sitting down with the parents and their solicitor?",'2027-01-12','plo1',rel='last Fri')
R('indirect','date',"Kids were put on protection plans at the meeting yesterday. By when do we need the first of the smaller follow-up meetings?",'2028-04-13','cg',rel='yesterday')
R('indirect','date',"Little boy came into our care on Tuesday. When's the first formal review of his care with the reviewing officer due?",'2025-05-02','lacr',rel='last Tue')
R('indirect','date',"When do I need to get all the professionals at the child's school and health told that she's now in care on a care order? Order made 23/12/2027.",'2027-12-23','legal5','2027-12-23')
R('indirect','date',"Got the go-ahead from my manager on 29/05/2025 to gather police, school and health together to talk about an injury. Latest date for that discussion?",'2025-05-29','strat','2025-05-29')
R('indirect','date',"Case came to the front door on 31/12/2026. When does a team leader need to have logged what's happening with it?",'2026-12-31','fd','2026-12-31')

# ---------------- visits ----------------
R('duty','visits',"cp visit 22/12/25 next by?",'2025-12-23','cpv','2025-12-22')
R('typos','visits',"last cp vist 3.4.26 wen is next",'2026-04-07','cpv','2026-04-03')
R('indirect','visits',"I last saw the child on the protection plan at home on 27/08/2027. What's the latest date for my next visit?",'2027-08-31','cpv','2027-08-27')
R('manager','visits',"CP visits on 02/03/2026 and 06/04/2026 - was the gap within standard?",'2026-04-13','cpv','2026-03-02')
R('scenario','visits',"Child on a CP plan since 14/10/2025; core group was 09/12/2025 and I last saw her at home alone on 18/12/2025. I'm off from 22/12. When's the next statutory visit due?",'2025-12-19','cpv','2025-12-18')
R('indirect','visits',"The child on a child in need plan was last seen at home on 19/12/2025; when do I need to see him again?",'2025-12-22','cinv','2025-12-19')
R('typos','visits',"cin vist last done 14.5.27 next due",'2027-05-17','cinv','2027-05-14')
R('newstarter','visits',"When is the next Child in Need review meeting due if the last one was on 25 March 2027?",'2027-03-26','cinrev','2027-03-25')
R('manager','visits',"CIN reviews held 07/01/2026 and 25/02/2026 - within the standard?",'2026-03-02','cinrev','2026-01-07')
R('duty','visits',"placed 22/12/25, no LAC review yet, last visit 29/12/25 - next by?",'2025-12-30','lacwk','2025-12-29')
R('indirect','visits',"She had her first review in care back in March; I last saw her on 14/04/2026. The permanence plan isn't finalised yet. When's my next visit due?",'2026-04-15','lac6','2026-04-14')
R('newstarter','visits',"A young person has been in his permanent placement for two years and is settled, so visits have moved to 12 weekly. The last visit was on 18 December 2025 - when is the next one due?",'2025-12-19','lac12','2025-12-18')
R('scenario','visits',"Child came into care 02/03/2027, first LAC review held 26/03/2027, and I visited on 31/03/2027. Care plan is still twin-track. When must I next visit?",'2027-04-01','lac6','2027-03-31')
R('indirect','visits',"The child went to live with adopters on 03/04/2026 and the first review hasn't happened yet. I visited on 10/04/2026 - when's the next visit?",'2026-04-13','adwk','2026-04-10')
R('indirect','visits',"Child placed with prospective adopters, first review was done in January, no order yet. I saw him on 21/05/2027 - latest date for my next visit?",'2027-05-24','ad6w','2027-05-21')
R('duty','visits',"SSW visit to carers 11/08/2025 next by?",'2025-08-12','fcv','2025-08-11')
R('indirect','visits',"How often do our foster carers need a visit from their supervising social worker? Last one was 20/11/2025 - what's the next date?",'2025-11-21','fcv','2025-11-20')
R('indirect','visits',"We last looked at the family time arrangements with mum on 03/03/2026 and the permanence plan isn't agreed yet. When do they need looking at again?",'2026-03-04','ft8','2026-03-03')
R('duty','visits',"last unannounced to carers 05/01/2026, next by?",'2026-06-01','fcun','2026-01-05')
R('typos','visits',"last reveiw plo meeting 01/12/25 when is the next one",'2025-12-02','plorev','2025-12-01',amb="The standard says every 4-6 weeks; a reader could give the 4-week date 29/12/2025 as when it is due.")

# ---------------- age ----------------
R('indirect','age',"Young person in care born 14/06/2011 - when do we need to start the plan for her moving on from care?",'2026-09-01','pw','2011-06-14')
R('duty','age',"DOB 31/08/2011, pathway plan start date?",'2026-10-12','pw','2011-08-31',amb="Adding 6 months first (29/02/2012) then 15 years would give 01/03/2027 instead of 28/02/2027.")
R('scenario','age',"Lad came into care 05/05/2026 aged 14; his DOB is 29/02/2012 and his LAC review is 20/06/2027. When should his pathway plan be started?",'2026-11-02','pw','2012-02-29')
R('scenario','age',"ICPC is on 10/03/2026. The eldest (DOB 17/03/2014) wants to come. When does he turn 12 and need to be offered an advocate?",'2026-02-20','adv12','2014-03-17')
R('newstarter','age',"Hi, a girl on my caseload was born on 29/02/2016. When does she turn 12 so that she should be offered an advocate for conference?",'2027-06-01','adv12','2016-02-29')
R('typos','age',"dob 12.01.21 when does she turn 6 for the adoption worker rule",'2026-06-01','ad6','2021-01-12')
R('indirect','age',"Child born 29/02/2020 - on what date is she no longer 'under 6' for getting an adoption worker allocated when PLO starts?",'2025-11-10','ad6','2020-02-29')
R('manager','age',"Youngest child DOB 04/09/2014 - from what date should she be offered an advocate for CP conferences?",'2026-07-01','adv12','2014-09-04')

# ---------------- choice ----------------
R('duty','choice',"conf was 3/3/26, what's next due?",'2026-03-04',['cg','cin20'],'2026-03-03')
R('indirect','choice',"Child came into our care on 23/12/2025 - what's the next meeting and when?",'2025-12-23',['pm','lacr'],'2025-12-23')
R('typos','choice',"assesment started 1.4.27 when is it due",'2027-04-02',['tlrev','a45'],'2027-04-01')
R('newstarter','choice',"The Initial Child Protection Conference is on 11 January 2027. When do I need to send my report?",'2026-12-29',['chairrep','famrep'],'2027-01-11')
R('manager','choice',"Initial PLO meeting 18/12/2025, aunt identified as possible carer - what was due and by when?",'2026-01-12',['via','plomin'],'2025-12-18')
R('scenario','choice',"I'm the supervising social worker and visited our foster carers on 02/04/2026; they have a 9 year old placed since 11/2025. What's the deadline I need to hit now?",'2026-04-02',['fcrec','fcv'],'2026-04-02')
R('indirect','choice',"Long-term foster child who's been with the same carers since 2023. Last visit 20/05/2026 - when's my next visit by?",'2026-05-21',['lac6','lac12'],'2026-05-20')
R('scenario','choice',"Child moved from residential to a foster placement on 28/08/2026 (she's been in care since 2024). What's the deadline for the placement plan?",'2026-08-28',['pm','pp5'],'2026-08-28')

# ---------------- none ----------------
R('duty','none',"icpc 12/01/26, when's the RCPC?",'2026-01-13','n_rcpc')
R('indirect','none',"How often do I need to have supervision with my manager? Last one was 03/03/2026 - when's the next due?",'2026-03-10','n_sup')
R('newstarter','none',"When does the second Looked After Review need to happen if the first one was on 10/02/2026?",'2026-02-11','n_lac2')
R('typos','none',"shopba deadline? final care planning mtg was 4.5.26",'2026-05-05','n_shopba')
R('manager','none',"Later life letter - child placed for adoption 01/09/2025, when was it due?",'2026-02-02','n_lll')
R('scenario','none',"Child placed with adopters on 06/10/2025 and the application will go in once the 10 weeks are up. When's the deadline for my Annex A report?",'2025-12-01','n_annexa')
R('indirect','none',"How soon after the last school meeting about a looked-after child's education plan (15/01/2026) do I need to hold the next one - exact date?",'2026-01-20','n_pep')
R('indirect','none',"Edge of care worries raised in core group on 03/02/2027 - what's the deadline for referring to the intensive family support team?",'2027-02-04','n_ff')
R('indirect','none',"What's the deadline for the adoption worker to finish the child's permanence report? PLO started 12/10/2026.",'2026-10-13','n_cpr')

# ---------------- extra scenario rows ----------------
R('scenario','date',"School rang on 05/01/2026 about a Year 6 boy with a black eye; the strat was held 06/01/2026 and we agreed S47. His little sister was born 22/12/2025. When do I need to sit down with my manager about how the S47 is going?",'2026-01-07','s47d5','2026-01-06',amb="If the S47 is taken as initiated at the strategy discussion date the answer is as given; a reader taking the referral date would give 10/01/2026.")
R('scenario','date',"A 15 year old turned up at the police station on 26/12/2025 saying she won't go home; she was accommodated under s20 that night and placed with emergency carers. Her last CIN review was 02/12/2025. When does the assessment of her needs have to be done?",'2025-12-29','cicass','2025-12-26',amb="She came into care on a bank holiday; counting starts from that day, so the 1st working day is 29/12/2025.")
R('scenario','date',"The conference on 14/04/2026 made the twins (DOB 01/04/2024) subject to CP plans. Mum is in hospital until 20/04/2026. When is the latest the first core group can be?",'2026-04-15','cg','2026-04-14')
R('scenario','date',"Dad's been in prison since 2024 and is due out 15/06/2027. The PLO letter went out dated 02/06/2027 and the legal gateway was 27/05/2027. When does the first PLO meeting need to be by?",'2027-06-03','plo1','2027-06-02')
R('scenario','date',"We moved a 7 year old (DOB 10/10/2019) into foster care on 30/12/2025; the ICO hearing is listed for 05/01/2026. When should the initial health assessment be done by?",'2025-12-31','iha','2025-12-30')
R('scenario','date',"Child became looked after on 24/08/2027 under an ICO; the final hearing is expected around 20/02/2028. Mum's birthday is 27/08. When should the first Looked After Review be?",'2027-08-25','lacr','2027-08-24')
R('scenario','date',"Initial strat was 30/03/2026 and a second strat on 01/04/2026 after new info from police. The outcome is ICPC. By when does it need to be convened?",'2026-04-02','icpc','2026-03-30',amb="A reader could count from the second strategy discussion (01/04/2026), giving a later date.")
R('scenario','date',"RCPC for a family of three is on 07/01/2027; the CP plan started 08/07/2026 and the last core group was 10/12/2026. When must the parents have my plan update?",'2026-12-22','rcpcpar','2027-01-07')
R('scenario','date',"Child in long-term foster care, the IRO wasn't happy with drift and started the formal dispute process on 18/12/2026 after the review on 10/12/2026. When should the dispute be concluded?",'2026-12-21','irodr','2026-12-18')
R('scenario','date',"Baby was placed with adopters on 30/04/2025 after the placement order on 12/03/2025 and the matching panel on 03/04/2025. When's the earliest the adopters can apply for an adoption order?",'2025-05-01','ad10','2025-04-30')
R('scenario','date',"Grandad was given temporary approval as a connected carer on 24/12/2025 when the two kids (DOBs 2016 and 2018) moved in with him. The full assessment is booked for panel on 19/03/2026. When does the temporary approval end if it isn't extended?",'2025-12-29','temp16','2025-12-24')
R('scenario','date',"I saw the family at home on 22/05/2026 (the Friday before half term) and then had a core group on 26/05/2026. When's the deadline to get the home visit recorded?",'2026-05-26','rec3','2026-05-22')
R('scenario','date',"Child was placed outside the carers' approval range on 30/03/2027 with Strategic Lead permission, while the panel date is 20/04/2027. How long does the permission cover - last date?",'2027-03-31','var6','2027-03-30')
R('scenario','visits',"Child on a CIN plan since 10/09/2025; CIN review was 05/11/2025 and I saw him at home 17/11/2025 (mum's birthday was the day before). When's my next visit due?",'2025-11-18','cinv','2025-11-17')
R('scenario','visits',"Our foster carers took a new placement on 01/08/2027. I visited them as SSW on 13/08/2027 and the carers' annual review is due 01/10/2027. When do I next have to visit them?",'2027-08-16','fcv','2027-08-13')
R('scenario','visits',"Child became looked after 15/12/2025 and is in a short-term foster placement; no first review yet. I visited on 23/12/2025. When is the next statutory visit due?",'2025-12-24','lacwk','2025-12-23')
R('scenario','none',"Child's been on a CP plan since 20/10/2025, and the chair didn't set a review conference date at the ICPC. We're meant to be working to the practice standards - when is the review conference due?",'2025-11-03','n_rcpc')

# ---------------- build ----------------
def build():
    out = []
    for r in ROWS:
        today = D(r['today'])
        start = D(r['start']) if r['start'] else (resolve_rel(today, r['rel']) if r['rel'] else None)
        keys = r['key'] if isinstance(r['key'], list) else [r['key']]
        phrases = [p for k in keys for p in K[k][0][:1 if r['kind']=='choice' else None]]
        if r['kind'] == 'none':
            due, count = None, "No timescale in the standards for this; the sentence found does not set a date."
        else:
            res = [(apply(K[k][1], start), k) for k in keys]
            if r['kind'] == 'choice':
                res.sort(key=lambda x: x[0][0])
                due = res[0][0][0]
                count = ' | '.join(f"{k}: {c}" for (d_, c), k in res) + f"; earlier = {due.isoformat()}"
            else:
                due, count = res[0][0]
            if r['rel']:
                count = f"'{r['rel']}' read against today {today.isoformat()} ({wd(today)}) = {start.isoformat()}; " + count
            due = due.isoformat()
        row = dict(q=r['q'], today=r['today'], due=due, expect_any=phrases, count=count, voice=r['voice'], kind=r['kind'])
        if r['amb']: row['ambiguous'] = r['amb']
        out.append(row)
    return out

def easter(y):
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
    i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=(h+l-7*m+114)%31+1
    return dt.date(y,mo,da)

def check(rows):
    src = open(SRC, encoding='utf-8').read()
    bad = 0
    # cross-check typed bank holidays against rules
    calc = set()
    for y in range(2024, 2029):
        e = easter(y); calc |= {e - dt.timedelta(2), e + dt.timedelta(1)}
        def first_mon(m):
            d = dt.date(y, m, 1)
            while d.weekday(): d += dt.timedelta(1)
            return d
        def last_mon(m):
            d = dt.date(y, m, calendar.monthrange(y, m)[1])
            while d.weekday(): d -= dt.timedelta(1)
            return d
        calc |= {first_mon(5), last_mon(5), last_mon(8)}
        nyd = dt.date(y, 1, 1)
        while nyd.weekday() >= 5: nyd += dt.timedelta(1)
        calc.add(nyd)
        xs = dt.date(y, 12, 25); bx = dt.date(y, 12, 26)
        taken = set()
        for d0 in (xs, bx):
            d = d0
            while d.weekday() >= 5 or d in taken: d += dt.timedelta(1)
            taken.add(d)
        calc |= taken
    if calc != BH:
        print('BANK HOLIDAY MISMATCH', sorted(calc ^ BH)); bad += 1
    for i, r in enumerate(rows):
        for p in r['expect_any']:
            if len(p.split()) < 6 or p not in src:
                print('PHRASE PROBLEM row', i, repr(p)); bad += 1
        if r['kind'] != 'none' and r['due'] is None: bad += 1
    return bad

if __name__ == '__main__':
    rows = build()
    with open(os.path.join(HERE, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    from collections import Counter
    print(len(rows), Counter(r['kind'] for r in rows), Counter(r['voice'] for r in rows))
    print('problems:', check(rows))
