#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (round 21).
Standard library only. Computes `due` and `count` for every row from a structured
rule, writes questions.jsonl next to this file, and runs checks."""
import datetime as dt, json, os, re, sys

D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/shared/source/practice-standards.txt"

# England & Wales bank holidays 2024-2028, typed by hand (substitute days included).
BH = {
    D(2024,1,1), D(2024,3,29), D(2024,4,1), D(2024,5,6), D(2024,5,27), D(2024,8,26), D(2024,12,25), D(2024,12,26),
    D(2025,1,1), D(2025,4,18), D(2025,4,21), D(2025,5,5), D(2025,5,26), D(2025,8,25), D(2025,12,25), D(2025,12,26),
    D(2026,1,1), D(2026,4,3), D(2026,4,6), D(2026,5,4), D(2026,5,25), D(2026,8,31), D(2026,12,25), D(2026,12,28),
    D(2027,1,1), D(2027,3,26), D(2027,3,29), D(2027,5,3), D(2027,5,31), D(2027,8,30), D(2027,12,27), D(2027,12,28),
    D(2028,1,3), D(2028,4,14), D(2028,4,17), D(2028,5,1), D(2028,5,29), D(2028,8,28), D(2028,12,25), D(2028,12,26),
}
for b in BH:
    assert b.weekday() < 5, b

WK = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
def fmt(d): return f"{d.isoformat()} ({WK[d.weekday()]})"
def is_wd(d): return d.weekday() < 5 and d not in BH

def skipped(a, b):
    lo, hi = min(a, b), max(a, b)
    return sorted(x for x in BH if lo < x < hi)

def wd_after(d, n):
    x, k = d, 0
    while k < n:
        x += dt.timedelta(1)
        if is_wd(x): k += 1
    return x

def wd_before(d, n):
    x, k = d, 0
    while k < n:
        x -= dt.timedelta(1)
        if is_wd(x): k += 1
    return x

def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year; m += 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m-1]
    return D(y, m, min(d.day, last)), d.day > last

def compute(rule):
    op = rule[0]
    if op == "age":
        _, dob, yrs, mos = rule
        dob = D.fromisoformat(dob)
        if mos == 0:
            y = dob.year + yrs
            if dob.month == 2 and dob.day == 29:
                try:
                    due = D(y, 2, 29); note = f" (born 29 Feb; {y} is a leap year so 29 Feb)"
                except ValueError:
                    due = D(y, 3, 1); note = f" (born 29 Feb; {y} not a leap year -> 1 March)"
            else:
                due = D(y, dob.month, dob.day); note = ""
            return due, f"DOB {fmt(dob)} + {yrs} years -> {fmt(due)}{note}"
        due, cl = add_months(dob, yrs*12 + mos)
        return due, f"DOB {fmt(dob)} + {yrs} years {mos} months -> {fmt(due)}" + (" (clamped to month end)" if cl else "")
    _, s, n = rule
    s = D.fromisoformat(s)
    if op == "wd":
        due = wd_after(s, n); unit = f"{n} working day{'s' if n != 1 else ''} after"
    elif op == "wdb":
        due = wd_before(s, n); unit = f"{n} working day{'s' if n != 1 else ''} before"
    elif op == "d":
        due = s + dt.timedelta(n); unit = f"{n} calendar days after"
    elif op == "db":
        due = s - dt.timedelta(n); unit = f"{n} calendar days before"
    elif op == "w":
        due = s + dt.timedelta(7*n); unit = f"{n} weeks ({7*n} days) after"
    elif op == "m":
        due, cl = add_months(s, n); unit = f"{n} months after"
        return due, f"{unit} {fmt(s)} -> {fmt(due)}" + (" (clamped to month end)" if cl else "")
    elif op == "same":
        return s, f"same day as {fmt(s)}"
    else:
        raise ValueError(op)
    c = f"{unit} {fmt(s)} -> {fmt(due)}"
    if op in ("wd", "wdb"):
        sk = skipped(s, due)
        if not is_wd(s): c += f"; start {fmt(s)} is not a working day"
        if sk: c += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
    return due, c

P = {
 'fd': "decisions made by what action are required by a Team Leader within 1 working day",
 'init': "Initial decisions will be made about the action required within 1 working day",
 'ref': "Referrals will be actioned by a social worker within 1 working day",
 's47seen': "the child / children will be seen by the Social Worker the same day",
 's47_5': "Within 5 days of the Section 47 being initiated",
 'alloc': "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 'tlrev': "All assessments will be reviewed by the Team Leader within 15 working days",
 'ass45': "Assessments must all be completed within 45 days",
 'strat1': "a strategy discussion is required, this must happen within 1 working day",
 'notice': "will notify the Neighbourhood Team via email, giving at least 5 days",
 'icpc': "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 'rep_fam': "The report will be shared with family at least 3 the days prior to conference",
 'rep_chair': "The report will be sent to the child protection chair 3 working days before the conference",
 'adv12': "if they are 12 or over they should be offered an advocate",
 'cg': "held within 10 days of the conference",
 'cpvis': "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 'rcpc_par': "This report must be shared with parents at least 3 days prior to the review conference",
 'rcpc_chair': "The report will be available to the conference chair at least 3 days prior to the review conference",
 'ptt': "when they have been subject to a plan for 12 months, a professional thinking time meeting",
 'plo1': "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 'fgc': "Referral should be made within 3 working days of the first PLO meeting",
 'via': "Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 'plomin': "distributed to parents and their legal representation within 7 days of the meeting",
 'plorev': "Review PLO meetings with parents to be held every 4-6 weeks",
 'lpm12': "A review legal planning meeting will be held at 12 weeks",
 'lg16': "a Legal Gateway meeting will be convened at 16 weeks",
 'cin20': "will set the first CIN meeting within 20 days",
 'cin10': "the initial CIN meeting must take place within 10 days",
 'cinrev': "CIN review meetings will be held at least every 6 weeks",
 'cinvis': "A child subject to a CIN plan will be seen at least every 6 weeks",
 'emerg': "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 'visit1': "The child will be visited within 1 working day of coming into care or having a change in placement",
 'seen1': "All looked after children will be seen within 1 working day of placement",
 'plmeet': "The placement meeting will be held within 3 working days",
 'plplan': "an updated copy given to the carers within 5 working days of the placement beginning",
 'ft8': "reviewed at least every 8 week until the plan for permanence is agreed",
 'pack': "coming into care pack, children rights leaflet within 3 weeks",
 'legal5': "informed of the child\u2019s legal status within 5 working days",
 'iha': "An initial health assessment will be requested and carried out within 20 working days",
 'pep': "A PEP meeting will be arranged within the school within 20 days",
 'weekly': "Statutory looked after visits must happen weekly until the first looked after review",
 'six': "a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 'twelve': "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 'over12m': "been there for over 12 months",
 'careplan': "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 'lac1': "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 'pathway': "A pathway plan will be started when the young person is 15 years 6 months",
 'iro3': "this will be with the IRO 3 days before the review",
 'iro5': "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 'iro20': "The formal dispute resolution process should be completed from start to finish within 20 working days",
 'adopt6': "If a child under the age of 6 enters PLO or proceedings",
 'adwk': "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 'ad6': "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 'ad10': "Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
 'fcvis': "Trafford foster carers are visited at least once every six weeks",
 'fcrec': "a record of this visit is recorded on LCS within 3 working days",
 'fcun': "will have an unannounced visit at least once every 12 months",
 'fcann': "All Trafford foster carers will have an annual review",
 'fcpanel': "Every foster carer will have an annual review presented to the Fostering Panel at least every three years",
 'dbs': "will have updated statutory references, medicals and DBS checks at least every three years",
 'core': "All Trafford foster carers must update their core training at least every three years",
 'var6': "This can only be given for up to 6 working days",
 'temp16': "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 'rec3': "any event or contact is recorded within 3 days",
 'summ': "A clear and concise case file summary which has been updated within the last 3 months",
 'ass12': "An up to date assessment (within the last 12 months) on each child",
 # phrases for `none` rows (nearest text; they set no timescale)
 'n_rcpc': "The child protection chair will set the date of the next conference",
 'n_sup': "The progress of the CIN plan should be monitored through supervision which takes place in line with the supervision policy",
 'n_second': "At the point of the second review (if not in proceedings) the child must have a permanency plan included in their care plan",
 'n_cg': "The multi \u2013agency plan and the targets agreed and outcomes expected are reviewed at every core group",
 'n_life': "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
 'n_iro': "The IRO will contact the child between reviews to ensure the progress of the plan",
 'n_shopba': "This needs to take place after the area teams final care planning meeting",
 'n_gcp': "Where the concerns relate to children or young people suffering neglect a Graded Care Profile 2 should be completed",
 'n_pep': "subsequently reviewed within the statutory guidelines at least 1 per term",
 'n_fgc': "Consideration of a family group conference will be part of the assessment and planning",
 'n_annex': "The Social Worker will complete the Annex A suitability report for Court",
}

ROWS = []
def R(voice, kind, today, q, rule, keys, amb=None, relcheck=True):
    ROWS.append(dict(voice=voice, kind=kind, today=today, q=q, rule=rule, keys=keys, amb=amb, relcheck=relcheck))


# ---------------- rows: R(voice, kind, today, q, rule, keys, ambiguous) ----------------
# date rows
R('duty','date','2025-12-24',"contact came in 24/12 pm, TL decision by when?",('wd','2025-12-24',1),['fd'])
R('typos','date','2026-04-02',"contcat recieved thurs 2.4.26 when does TL need to make decison",('wd','2026-04-02',1),['fd'])
R('indirect','date','2027-05-28',"A worried teacher rang the front door this afternoon. By when does a manager have to decide what we're doing with it?",('wd','2027-05-28',1),['fd'])
R('newstarter','date','2026-08-28',"Hi, sorry if this is a silly question - a referral came through to our team today (Friday 28th August). How long does the social worker have to action it?",('wd','2026-08-28',1),['ref'])
R('scenario','date','2027-01-04',"Police notification came in on New Year's Eve (31/12/26) about a 14 year old. Mum's birthday was the 2nd so the family were away. It's a level 4 referral. When should the initial TL decision have been made?",('wd','2026-12-31',1),['init'])
R('typos','date','2027-12-24',"referal came in on xmas eve 24/12 when has sw got to action it by",('wd','2027-12-24',1),['ref'])
R('newstarter','date','2026-03-11',"If we start a Section 47 today, 11 March, by when do I need to see the child?",('same','2026-03-11',0),['s47seen'])
R('duty','date','2025-12-22',"s47 initiated 22/12, progress discussion w/ manager by?",('d','2025-12-22',5),['s47_5'],"'Within 5 days' read as calendar days; a reader taking it as 5 working days would get 2025-12-31.")
R('indirect','date','2026-05-01',"We opened the child protection enquiry on Friday 1 May. When do I have to sit down with my manager to go through how the enquiry is going?",('d','2026-05-01',5),['s47_5'])
R('manager','date','2027-03-30',"S47 started 24/03/27, SW/TL progress discussion held 30/03. Was it within timescale?",('d','2027-03-24',5),['s47_5'])
R('typos','date','2026-01-02',"case needs allocating for c&f assesment, came thru 31/12 whens the deadline",('wd','2025-12-31',3),['alloc'])
R('newstarter','date','2025-08-22',"Could you tell me how long a team leader has to allocate a case for a Child and Family Assessment? The referral came in on Friday 22 August.",('wd','2025-08-22',3),['alloc'])
R('manager','date','2027-04-01',"Referral 25/03/27, allocated for C&F 31/03. Within the standard?",('wd','2027-03-25',3),['alloc'])
R('duty','date','2025-12-15',"C&F started 15/12, TL review due?",('wd','2025-12-15',15),['tlrev'])
R('scenario','date','2026-03-31',"Assessment opened Monday 30 March after a school referral; the child's 9th birthday is 2 April and there's a CIN review for her brother on the 14th. When does my TL need to have reviewed the assessment?",('wd','2026-03-30',15),['tlrev'])
R('indirect','date','2027-05-05',"When does my manager need to have read through the family assessment I started yesterday?",('wd','2027-05-04',15),['tlrev'])
R('typos','date','2025-04-14',"asessment strated 14th april, when does tl have to reveiw it by",('wd','2025-04-14',15),['tlrev'])
R('duty','date','2025-12-01',"c&f started 1/12/25, 45 day deadline?",('d','2025-12-01',45),['ass45'])
R('newstarter','date','2026-02-20',"I've just been allocated my first assessment, it started on 20/02/2026. What date does it have to be finished by?",('d','2026-02-20',45),['ass45'],"The standards say 45 days (calendar); someone applying the statutory 45 working days would get a later date.")
R('typos','date','2027-03-15',"wen is the asessment due if it startd 15.3.27",('d','2027-03-15',45),['ass45'])
R('manager','date','2026-06-20',"C&F authorised 15/06/26, started 01/05/26. In 45 days?",('d','2026-05-01',45),['ass45'])
R('indirect','date','2025-07-10',"We started looking at how the family are doing today - the full write-up about the child and family - what's the last date it can be signed off?",('d','2025-07-10',45),['ass45'])
R('duty','date','2026-12-24',"TL decided strat needed 24/12, strat by?",('wd','2026-12-24',1),['strat1'],"The S47 section also says a strategy discussion within 24 hours, which would be 25/12.")
R('scenario','date','2025-05-23',"Mum disclosed DV at the school gate this morning. TL decided at 2pm today (Fri 23/5) that we need a strategy discussion. Child's DOB is 23/05/2019 so it's his birthday too. By when has the strat got to happen?",('wd','2025-05-23',1),['strat1'],"The S47 section also says a strategy discussion within 24 hours, which would be Saturday 24/05.")
R('scenario','date','2026-08-27',"CFR assessment done and the family are moving to a Neighbourhood Team at CIN. I emailed the NT today, Thursday 27/08. By when do we have to do the joint visit with the new worker?",('d','2026-08-27',5),['notice'])
R('indirect','date','2025-12-19',"We've told the locality team by email today that a family is moving over to them. What's the earliest the handover can happen, given the notice we have to give?",('d','2025-12-19',5),['notice'])
R('duty','date','2025-12-19',"strat was 19/12/25, when's the ICPC?",('wd','2025-12-19',15),['icpc'])
R('indirect','date','2027-04-20',"The first big meeting where everyone decides whether the child needs a protection plan - when does it need to happen by if we had the police/school/health discussion today?",('wd','2027-04-20',15),['icpc'])
R('newstarter','date','2025-08-12',"Hello! We held the initial strategy discussion on Monday 11 August. I understand an initial conference might be needed - what's the latest date it can be held?",('wd','2025-08-11',15),['icpc'])
R('manager','date','2026-01-28',"ICPC was held 20/01, strat 02/01, was that in timescale?",('wd','2026-01-02',15),['icpc'])
R('scenario','date','2027-12-16',"Strat held today, Thursday 16/12/27, for two siblings (8 and 12, the older one turns 13 on 3/1). Police attended, health sent apologies. When must the ICPC be convened by?",('wd','2027-12-16',15),['icpc'])
R('typos','date','2026-12-16',"icpc dedline? strat was monday just gone",('wd','2026-12-14',15),['icpc'])
R('scenario','date','2026-05-19',"Section 47 started on 14/5 after a bruise was seen at nursery; the strategy discussion was held the next day, 15/5, and we had a follow-up strategy meeting today (19/5). When is the ICPC due?",('wd','2026-05-15',15),['icpc'],"A reader counting from the follow-up strategy meeting (19/5) rather than the initial one would get a later date.", relcheck=False)
R('typos','date','2025-04-10',"icpc is 22nd april, when does report have to go to chair",('wdb','2025-04-22',3),['rep_chair'])
R('newstarter','date','2026-12-30',"My first ICPC is on Thursday 7 January 2027. When does my report need to be with the child protection chair?",('wdb','2027-01-07',3),['rep_chair'])
R('indirect','date','2026-06-01',"The first conference about whether a child needs protecting is on 8 June. By when do mum and dad have to have seen what I've written?",('db','2026-06-08',3),['rep_fam'])
R('manager','date','2027-06-02',"ICPC 01/06/27; report went to the chair on 27/05. Compliant?",('wdb','2027-06-01',3),['rep_chair'])
R('scenario','date','2025-12-22',"ICPC booked for Friday 2 January 2026 at 10am. I'm off from tomorrow until 29/12. Dad's solicitor wants a copy too. When does the report have to be with the chair?",('wdb','2026-01-02',3),['rep_chair'])
R('indirect','date','2027-05-24',"After the meeting on 21 May where the child was put on a protection plan, when does the smaller working group have to meet for the first time?",('d','2027-05-21',10),['cg'])
R('scenario','date','2027-02-11',"ICPC held yesterday for a 3 year old; dad didn't attend and the chair set the review for 3 months' time. Nursery can't do a core group till the 22nd. When should the first core group be held by?",('d','2027-02-10',10),['cg'])
R('manager','date','2026-11-10',"Child on plan since ICPC 14/11/25, not ready to deplan. When does the professional thinking time meeting kick in?",('m','2025-11-14',12),['ptt'])
R('indirect','date','2026-11-01',"A child went on a protection plan at conference on 31/01/2026 and things still aren't improving. At what point do we have to hold the meeting to rethink how we work with the family?",('m','2026-01-31',12),['ptt'])
R('newstarter','date','2026-06-20',"When would the 12 month point be for a child who became subject to a CP plan on 26 June 2025?",('m','2025-06-26',12),['ptt'])
R('typos','date','2025-12-29',"reveiw conf is 2nd jan, wen does chair need the report",('db','2026-01-02',3),['rcpc_chair'])
R('indirect','date','2025-04-10',"The letter that starts pre-proceedings is dated today. When do we have to have the first meeting with the parents and their solicitor?",('d','2025-04-10',10),['plo1'])
R('scenario','date','2026-03-05',"Legal Gateway was 26/02 and PLO was agreed. The letter is dated 3rd March but only went out today, the 5th. Parents' solicitor is on leave till 20/3. When should the first PLO meeting be held?",('d','2026-03-03',10),['plo1'],relcheck=False)
R('newstarter','date','2025-12-23',"We had the first PLO meeting today and the parents agreed to a family group conference. How long have I got to make the referral?",('wd','2025-12-23',3),['fgc'])
R('manager','date','2027-06-03',"Initial PLO meeting 27/05/27, FGC referral sent 02/06/27. OK?",('wd','2027-05-27',3),['fgc'])
R('typos','date','2026-05-21',"plo meeting was thurs 21/5, nan identified as carer. when do viability requests go to fam placement",('wd','2026-05-21',3),['via'])
R('indirect','date','2025-08-22',"At the first pre-proceedings meeting yesterday the parents named an aunt who could look after the kids. By when do I have to ask the family placement people to screen her?",('wd','2025-08-21',3),['via'])
R('scenario','date','2027-03-24',"Initial PLO meeting today, Wed 24/03/27. Dad's sister and a family friend were put forward. The next review PLO is pencilled for 5/5. When does the viability screening request have to be with FPT?",('wd','2027-03-24',3),['via'])
R('newstarter','date','2026-08-26',"Sorry, how long do I have to send the minutes to parents and their solicitors after a PLO meeting? Ours was today, 26 August 2026.",('d','2026-08-26',7),['plomin'])
R('manager','date','2027-04-15',"PLO meeting 02/04/27, minutes sent 12/04. Compliant?",('d','2027-04-02',7),['plomin'])
R('duty','date','2026-01-09',"PLO started 9/1/26, review legal planning mtg at?",('w','2026-01-09',12),['lpm12'],"The standards don't say what the 12 weeks count from; a reader could count from the first PLO meeting instead of the PLO start.")
R('typos','date','2025-05-06',"we went into plo on 6th may when is legal gateway if we're still in plo",('w','2025-05-06',16),['lg16'],"The standards don't say what the 16 weeks count from; a reader could count from the first PLO meeting instead of the PLO start.")
R('manager','date','2027-08-25',"PLO started 10/05/27, still in PLO. Legal Gateway booked 03/09 - on time?",('w','2027-05-10',16),['lg16'],"The standards don't say what the 16 weeks count from; a reader could count from the first PLO meeting instead.")
R('duty','date','2026-12-21',"deplanned at RCPC 21/12, 1st CIN mtg by?",('d','2026-12-21',20),['cin20'])
R('indirect','date','2025-03-28',"At the review conference today the chair took the child off the protection plan and we're going to a child in need plan. By when should the first meeting under the new plan be held?",('d','2025-03-28',20),['cin20'])
R('typos','date','2027-12-13',"child was deplaned 10.12 wen is 1st cin meeting due",('d','2027-12-10',20),['cin20'])
R('newstarter','date','2025-12-12',"A case transferred to me from Children's First Response today. When do I need to hold the initial Child in Need meeting?",('d','2025-12-12',10),['cin10'])
R('manager','date','2027-04-20',"Case transferred from CFR 01/04/27, initial CIN meeting 12/04/27. In timescale?",('d','2027-04-01',10),['cin10'])
R('scenario','date','2026-08-24',"Family transferred over from First Response today (24/8) after the C&F found CIN level needs. The assessment had started 3/7. Mum works Mondays. What's the latest date for the initial CIN meeting?",('d','2026-08-24',10),['cin10'])
R('duty','date','2025-12-23',"emergency admission 23/12, assessment due?",('wd','2025-12-23',20),['emerg'])
R('scenario','date','2027-03-23',"Police protection last night (Mon 22/03/27), 7 year old placed with emergency foster carers. There was no up to date assessment; her last CIN review was 1/3. When does the assessment have to be completed?",('wd','2027-03-22',20),['emerg'])
R('newstarter','date','2027-05-28',"A young person I work with moved to a new foster placement today (Friday 28 May). When do I need to visit him?",('wd','2027-05-28',1),['visit1'])
R('manager','date','2026-01-06',"Child came into care Wed 31/12/25, first visit 05/01/26. Compliant?",('wd','2025-12-31',1),['visit1','seen1'])
R('indirect','date','2025-08-22',"A toddler was placed with emergency carers late this afternoon. When is the latest I can go and see her?",('wd','2025-08-22',1),['visit1','seen1'])
R('typos','date','2027-12-23',"placemnt started 23rd dec when does placemnt meeting need to happen",('wd','2027-12-23',3),['plmeet'])
R('scenario','date','2025-05-01',"Sibling group of 2 placed with a connected carer today (Thu 01/05/25) after the ADM gave temporary approval on 30/04. When does the placement meeting need to be held?",('wd','2025-05-01',3),['plmeet'])
R('duty','date','2025-12-22',"placement began 22/12, updated placement plan to carers by?",('wd','2025-12-22',5),['plplan'])
R('indirect','date','2026-08-25',"A girl moved in with new foster carers yesterday. By when do the carers need the updated version of the document that says how to look after her?",('wd','2026-08-24',5),['plplan'])
R('manager','date','2027-01-12',"Placement began 29/12/26, updated placement plan to carers 06/01/27. OK?",('wd','2026-12-29',5),['plplan'])
R('typos','date','2026-12-01',"wen does the child get there coming into care pack, came in today",('w','2026-12-01',3),['pack'])
R('newstarter','date','2025-03-14',"A child came into care today (Friday 14 March 2025). When should they have their coming into care pack and rights leaflet by?",('w','2025-03-14',3),['pack'])
R('indirect','date','2027-08-09',"Young person came into our care on 9 August. What's the deadline for giving him the welcome information and the leaflet about his rights?",('w','2027-08-09',3),['pack'])
R('duty','date','2027-03-23',"LAC 23/3, other profs informed of legal status by?",('wd','2027-03-23',5),['legal5'])
R('scenario','date','2025-12-30',"S20 agreed and the children became looked after yesterday (29/12). School, GP and the health visitor all need to know; school doesn't go back until 6/1. By when should all the professionals be told of their legal status?",('wd','2025-12-29',5),['legal5'])
R('typos','date','2025-07-31',"iha for child who came into care 31st july whens it due",('wd','2025-07-31',20),['iha'])
R('manager','date','2027-06-30',"Child LAC 06/05/27, IHA completed 03/06/27. Compliant?",('wd','2027-05-06',20),['iha'])
R('indirect','date','2026-03-20',"When does the first medical check for a child who came into care today have to be done?",('wd','2026-03-20',20),['iha'])
R('newstarter','date','2026-04-16',"A young person came into care on 16/04/2026. When should the PEP meeting at school be arranged by?",('d','2026-04-16',20),['pep'])
R('scenario','date','2025-12-17',"Twins (DOB 01/06/2022) placed with foster carers today, 17/12/25, after police protection. The care proceedings hearing is 8/1. When does the care plan need to be recorded on LCS?",('d','2025-12-17',10),['careplan'])
R('manager','date','2027-01-15',"Placement 30/12/26, care plan recorded 12/01/27. Within the standard?",('d','2026-12-30',10),['careplan'])
R('duty','date','2025-12-10',"became LAC 10/12/25, initial LAC review by?",('wd','2025-12-10',20),['lac1'])
R('typos','date','2026-03-27',"child came into care 26/3 when is 1st lac reveiw",('wd','2026-03-26',20),['lac1'])
R('indirect','date','2027-04-26',"A boy came into our care today. When does the first formal meeting with the independent reviewing officer about his care have to be held?",('wd','2027-04-26',20),['lac1'])
R('newstarter','date','2025-08-04',"Could you tell me the latest date for the initial Looked After Review? The child became looked after on 4 August 2025.",('wd','2025-08-04',20),['lac1'])
R('manager','date','2026-12-29',"Child LAC 01/12/26, initial review booked 30/12/26. In timescale?",('wd','2026-12-01',20),['lac1'])
R('scenario','date','2027-12-06',"Baby placed in foster care today (6/12/27) straight from hospital - born 2/12. Mum's parenting assessment starts 10/1. When's the first LAC review due?",('wd','2027-12-06',20),['lac1'])
R('newstarter','date','2025-05-01',"My first LAC review is on Tuesday 6 May 2025. When does my report need to be with the IRO?",('db','2025-05-06',3),['iro3'])
R('indirect','date','2026-05-20',"The reviewing officer raised an informal concern with me about drift today. How long have we got to sort it before it becomes a formal dispute?",('wd','2026-05-20',5),['iro5'])
R('duty','date','2025-12-18',"IRO informal challenge 18/12, goes formal if not resolved by?",('wd','2025-12-18',5),['iro5'])
R('typos','date','2027-03-23',"iro formal dispute raised 23/3/27 when does it have to be finished",('wd','2027-03-23',20),['iro20'])
R('manager','date','2026-09-04',"Formal dispute raised by IRO 04/08/26, resolved 02/09/26. Within timescale?",('wd','2026-08-04',20),['iro20'])
R('scenario','date','2027-01-20',"Toddler placed with adopters on 02/12/26 after matching panel on 12/11. Introductions began 25/11. When can the adopters apply for the Adoption Order?",('w','2026-12-02',10),['ad10'])
R('newstarter','date','2025-06-10',"When can adopters apply for an adoption order if the child moved in with them on 23 May 2025?",('w','2025-05-23',10),['ad10'])
R('indirect','date','2026-01-05',"Our little girl moved in with her forever family on 19/12/25. From what date can they put in the application to the court to make it legal and final?",('w','2025-12-19',10),['ad10'])
R('duty','date','2026-04-02',"FC visit 2/4, recorded by?",('wd','2026-04-02',3),['fcrec'])
R('typos','date','2025-12-23',"did supervising visit to carers today 23/12 when does it need recording on lcs",('wd','2025-12-23',3),['fcrec'])
R('manager','date','2027-06-04',"SSW visit to carers 27/05/27, recorded 02/06/27. OK?",('wd','2027-05-27',3),['fcrec'])
R('scenario','date','2026-12-22',"Strategic Lead agreed a Variation of Terms of Approval today (22/12/26) so a 14 year old could go to carers approved for 0-10. Placement starts this evening. How long can the variation last?",('wd','2026-12-22',6),['var6'])
R('duty','date','2025-04-16',"variation ToA given 16/4, runs till?",('wd','2025-04-16',6),['var6'])
R('indirect','date','2026-02-02',"Grandma was given emergency approval as a foster carer for her grandson today. When does that approval run out if it isn't extended?",('w','2026-02-02',16),['temp16'])
R('newstarter','date','2027-05-10',"If a connected person was temporarily approved on 10/05/2027, what's the latest date it could run to with the extension?",('w','2027-05-10',24),['temp16'])
R('manager','date','2025-08-01',"Reg 24 temp approval 12/05/25. Date it runs out unless extended?",('w','2025-05-12',16),['temp16'])
R('typos','date','2026-12-24',"home visit done today xmas eve when does it need to be on the system",('d','2026-12-24',3),['rec3'])
R('duty','date','2027-04-30',"HV 30/4, case note by?",('d','2027-04-30',3),['rec3'])
R('newstarter','date','2025-08-26',"How long do I have to write up a contact with a family? I saw them last Friday.",('d','2025-08-22',3),['rec3'])
R('manager','date','2026-01-20',"Case file summary last updated 30/11/25 - when was the next update due?",('m','2025-11-30',3),['summ'])
R('indirect','date','2027-03-10',"The short overview at the top of the file was last refreshed on 30/12/26 - when does it go out of date?",('m','2026-12-30',3),['summ'])
R('duty','date','2025-01-10',"last C&F authorised 29/2/24, needs new one by?",('m','2024-02-29',12),['ass12'])
R('typos','date','2027-06-01',"childs last asessment was signed off 14.6.26 when does it go out of date",('m','2026-06-14',12),['ass12'])
R('newstarter','date','2026-09-30',"Our foster carers had their last annual review on 31 October 2025. When is the next one due?",('m','2025-10-31',12),['fcann'])
R('manager','date','2027-02-01',"YP in a permanent placement since 15/03/26 and settled. From when can statutory visits move to 12 weekly?",('m','2026-03-15',12),['twelve','over12m'],"'Over 12 months' could be read as the day after the anniversary (2027-03-16).")

# visits rows
R('duty','visits','2026-12-22',"last CP visit 22/12, next by?",('w','2026-12-22',4),['cpvis'])
R('typos','visits','2025-04-03',"cp visit done 3.4.25 wen is the next one due",('w','2025-04-03',4),['cpvis'])
R('manager','visits','2026-05-10',"CP visits 02/03/26 then 06/04/26. Compliant?",('w','2026-03-02',4),['cpvis'])
R('indirect','visits','2027-08-04',"Child on a protection plan - I last saw her at home on 2 August. What's the latest I can leave the next visit?",('w','2027-08-02',4),['cpvis'])
R('newstarter','visits','2025-12-29',"I visited a child on a Child in Need plan on 19 December 2025. When should I next see them?",('w','2025-12-19',6),['cinvis'])
R('duty','visits','2026-03-24',"CIN review 24/3, next by?",('w','2026-03-24',6),['cinrev'])
R('scenario','visits','2027-01-06',"CIN review held 30/12/26 and I did a CIN visit on 4/1/27. Dad has asked for the next review to be after his operation. When is the next CIN review due at the latest?",('w','2026-12-30',6),['cinrev'])
R('duty','visits','2025-12-01',"LAC since 24/11, first LAC review not held yet. last stat visit 1/12, next by?",('w','2025-12-01',1),['weekly'])
R('typos','visits','2026-04-01',"lac, had 1st review already, last visit 1/4 wen next",('w','2026-04-01',6),['six'])
R('scenario','visits','2027-05-04',"Young person has been with her long-term foster carers since 01/02/2026, permanence plan is finalised and she's settled. I last visited today, 04/05/27. When is the next statutory visit due?",('w','2027-05-04',12),['twelve'])
R('manager','visits','2025-09-15',"Child placed for adoption, first LAC review done 20/06/25. Visits 01/07/25 and 19/08/25. Compliant with the 6 weekly?",('w','2025-07-01',6),['ad6'])
R('newstarter','visits','2026-08-21',"A baby was placed with adopters last week and the first Looked After Review isn't until September. I visited today, 21 August. When's the next visit due?",('w','2026-08-21',1),['adwk'])
R('duty','visits','2027-12-20',"FC supervising visit 20/12, next by?",('w','2027-12-20',6),['fcvis'])
R('typos','visits','2025-07-01',"foster carers last unanounced visit was 26/8/24 when is next due",('m','2024-08-26',12),['fcun'])
R('indirect','visits','2026-10-01',"The foster carers' yearly review last went to panel on 15/10/2024. By when must one go to panel again?",('m','2024-10-15',36),['fcpanel'])
R('manager','visits','2027-01-15',"Foster carer DBS last done 01/03/24 - renewal due?",('m','2024-03-01',36),['dbs'])
R('newstarter','visits','2026-06-15',"One of our foster carers last did her core training on 30 June 2023. When does she need to update it?",('m','2023-06-30',36),['core'])
R('duty','visits','2025-12-23',"family time reviewed 23/12, next review by?",('w','2025-12-23',8),['ft8'])
R('scenario','visits','2026-04-14',"In PLO since February. The initial PLO meeting was 02/03 and the last review PLO meeting was today, 14/04/26. When's the next review PLO meeting due at the latest?",('w','2026-04-14',6),['plorev'],"'Every 4-6 weeks': the earliest reading (4 weeks) gives 2026-05-12; the latest is taken here.")
R('indirect','visits','2025-03-20',"The child's arrangements for seeing mum and dad were last looked at on 5 March 2025 - when do they need looking at again?",('w','2025-03-05',8),['ft8'])
R('typos','visits','2027-04-20',"cin kid seen at home 20.4 next visit due when",('w','2027-04-20',6),['cinvis'])

# age rows
R('newstarter','age','2027-11-01',"Do I need to offer an advocate for the ICPC? The child's date of birth is 29/02/2016. When do they turn 12?",('age','2016-02-29',12,0),['adv12'])
R('duty','age','2025-06-01',"YP DOB 14/03/2010, pathway plan start date?",('age','2010-03-14',15,6),['pathway'])
R('typos','age','2026-09-10',"wen do we start pathway plan dob 20.5.11",('age','2011-05-20',15,6),['pathway'])
R('scenario','age','2027-01-15',"Two sisters in care: Bluebell Moonpetal DOB 29/02/2012 and Juniper Moonpetal DOB 03/09/2014. Their LAC review is 2/2. When does Bluebell need her pathway plan started?",('age','2012-02-29',15,6),['pathway'])
R('indirect','age','2025-10-10',"A child going into pre-proceedings was born on 17/11/2019. On what date does she get too old to be automatically given an adoption worker and family finder?",('age','2019-11-17',6,0),['adopt6'])
R('manager','age','2026-01-20',"Child DOB 29/02/2020 entering PLO next month. When does he turn 6 for the adoption allocation rule?",('age','2020-02-29',6,0),['adopt6'])
R('duty','age','2027-03-01',"kid DOB 05/04/2015, when 12 for advocate at conf?",('age','2015-04-05',12,0),['adv12'])
R('newstarter','age','2026-12-01',"When would a young person born on 24 July 2011 need their pathway plan started?",('age','2011-07-24',15,6),['pathway'])

# choice rows: rule = ('choice', [(rule, key), (rule, key)]), due = earlier
R('duty','choice','2026-03-03',"conference was 3/3, what's next due?",('choice',[(('d','2026-03-03',10),'cg'),(('d','2026-03-03',20),'cin20')]),['cg','cin20'])
R('typos','choice','2025-12-11',"assesment started 11/12 when is it due",('choice',[(('wd','2025-12-11',15),'tlrev'),(('d','2025-12-11',45),'ass45')]),['tlrev','ass45'])
R('newstarter','choice','2026-12-21',"The ICPC is on 5 January 2027. When does my report need to go out?",('choice',[(('wdb','2027-01-05',3),'rep_chair'),(('db','2027-01-05',3),'rep_fam')]),['rep_chair','rep_fam'])
R('scenario','choice','2027-05-27',"Brother and sister placed with new foster carers today (Thu 27/5/27). Carers say they haven't had enough information about the kids. By when do we need to get things sorted with the carers?",('choice',[(('wd','2027-05-27',3),'plmeet'),(('wd','2027-05-27',5),'plplan')]),['plmeet','plplan'])
R('indirect','choice','2025-08-20',"We had the first meeting with the parents and their solicitor in pre-proceedings today. What's the next thing due and when?",('choice',[(('wd','2025-08-20',3),'via'),(('d','2025-08-20',7),'plomin')]),['via','fgc','plomin'])
R('duty','choice','2026-05-22',"SSW visit to FC 22/5, what's due next?",('choice',[(('wd','2026-05-22',3),'fcrec'),(('w','2026-05-22',6),'fcvis')]),['fcrec','fcvis'])
R('manager','choice','2027-01-20',"Case moved to CIN 28/12/26, first CIN meeting held 12/01/27 - in timescale?",('choice',[(('d','2026-12-28',10),'cin10'),(('d','2026-12-28',20),'cin20')]),['cin10','cin20'])
R('newstarter','choice','2026-08-28',"A young person came into care yesterday, 27 August 2026. What's the 20 day deadline I keep hearing about?",('choice',[(('d','2026-08-27',20),'pep'),(('wd','2026-08-27',20),'lac1')]),['pep','lac1','iha'])

# none rows
R('duty','none','2026-03-10',"ICPC 10/3, RCPC by?",None,['n_rcpc'])
R('newstarter','none','2025-10-01',"How often should I have supervision with my team leader? My last one was today, 1 October 2025.",None,['n_sup'])
R('typos','none','2027-02-15',"1st lac reveiw was 15/2 when is the 2nd one due",None,['n_second'])
R('indirect','none','2026-06-10',"After the first meeting of the group working on the protection plan today, how soon does that group have to meet again?",None,['n_cg'])
R('manager','none','2025-11-20',"Child placed with adopters 01/09/25. Deadline for the life story book?",None,['n_life'])
R('scenario','none','2027-09-14',"LAC review held today, 14/9/27. The IRO said she'd catch up with the young person before the next one. By when must the IRO contact him?",None,['n_iro'])
R('manager','none','2026-10-05',"Final care planning meeting 5/10, SHOPBA by when?",None,['n_shopba'])
R('typos','none','2025-06-02',"neglect case assesment started 2/6 when does gcp2 need doing by",None,['n_gcp'])
R('scenario','none','2027-01-11',"Little one placed with adopters on 11 January 2027 after a lovely set of introductions. The judge is keen. How soon after placement does the Annex A report have to go to court?",None,['n_annex'])

# ---------------- build + checks ----------------
WD_NAMES = ["monday","tuesday","wednesday","thursday","friday","saturday","sunday"]
def check_relative(q, today, start):
    ql = q.lower(); t = D.fromisoformat(today); s = D.fromisoformat(start)
    if re.search(r"\byesterday\b", ql) and s != t - dt.timedelta(1):
        return f"yesterday mismatch: start {s} today {t}"
    if re.search(r"\btoday\b|this afternoon|this morning", ql) and s != t and "yesterday" not in ql and "last night" not in ql:
        return f"today mismatch: start {s} today {t}"
    m = re.search(r"last (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(monday|tuesday|wednesday|thursday|friday) just gone", ql)
    if m:
        name = m.group(1) or m.group(2)
        if WD_NAMES[s.weekday()] != name or not (0 < (t - s).days <= 7):
            return f"weekday mismatch {name} {s}"
    for name in WD_NAMES:
        for abbr in (name, name[:3], name[:4]):
            if re.search(r"\b" + abbr + r"\b", ql) and WD_NAMES[s.weekday()] != name:
                # weekday mentioned that is not the start's weekday: fine only if it names another date
                pass
    return None

def main():
    src = open(SRC, encoding="utf-8").read()
    norm = lambda x: re.sub(r"\s+", " ", x)
    out, errs = [], []
    for i, r in enumerate(ROWS):
        keys = r['keys']
        for k in keys:
            if P[k] not in src:
                errs.append(f"row {i}: phrase not verbatim: {k}")
            if len(P[k].split()) < 6:
                errs.append(f"row {i}: phrase too short: {k}")
        rule = r['rule']
        if r['kind'] == 'none':
            due, count = None, "no timescale in the standards (nearest text quoted)"
        elif rule[0] == 'choice':
            parts = [(compute(ru), k) for ru, k in rule[1]]
            due = min(p[0][0] for p in parts)
            count = " | ".join(f"{k}: {c}" for (d_, c), k in parts) + f" -> earlier {due.isoformat()}"
            for ru, k in rule[1]:
                if ru[0] not in ('age',):
                    e = check_relative(r['q'], r['today'], ru[1])
                    if e: errs.append(f"row {i}: {e}")
        else:
            due, count = compute(rule)
            if rule[0] != 'age' and r['relcheck']:
                e = check_relative(r['q'], r['today'], rule[1])
                if e: errs.append(f"row {i}: {e}")
        row = {"q": r['q'], "today": r['today'], "due": due.isoformat() if due else None,
               "expect_any": [P[k] for k in keys], "count": count, "voice": r['voice'], "kind": r['kind']}
        if r['amb']: row["ambiguous"] = r['amb']
        out.append(row)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    # re-read and verify
    lines = open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8").read().splitlines()
    for j, ln in enumerate(lines):
        o = json.loads(ln)
        for ph in o["expect_any"]:
            if ph not in src: errs.append(f"line {j}: phrase missing")
        assert o["voice"] in {"duty","typos","scenario","indirect","newstarter","manager"}
        assert o["kind"] in {"date","visits","age","choice","none"}
        D.fromisoformat(o["today"])
    from collections import Counter
    print("rows", len(lines))
    print("kinds", Counter(json.loads(l)["kind"] for l in lines))
    print("voices", Counter(json.loads(l)["voice"] for l in lines))
    print("ambiguous", sum(1 for l in lines if "ambiguous" in json.loads(l)))
    for e in errs: print("ERR", e)
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
