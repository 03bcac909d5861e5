#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (standard library only).
Run: python3 oracle.py  -> writes questions.jsonl next to this file and runs checks."""
import datetime as dt, json, os, re, sys
D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = '/work/shared/source/practice-standards.txt'

# England & Wales bank holidays 2024-2028, typed by hand (substitute days included).
BH = {D(*x) for x in [
 (2024,1,1),(2024,3,29),(2024,4,1),(2024,5,6),(2024,5,27),(2024,8,26),(2024,12,25),(2024,12,26),
 (2025,1,1),(2025,4,18),(2025,4,21),(2025,5,5),(2025,5,26),(2025,8,25),(2025,12,25),(2025,12,26),
 (2026,1,1),(2026,4,3),(2026,4,6),(2026,5,4),(2026,5,25),(2026,8,31),(2026,12,25),(2026,12,28),
 (2027,1,1),(2027,3,26),(2027,3,29),(2027,5,3),(2027,5,31),(2027,8,30),(2027,12,27),(2027,12,28),
 (2028,1,3),(2028,4,14),(2028,4,17),(2028,5,1),(2028,5,29),(2028,8,28),(2028,12,25),(2028,12,26)]}
assert all(d.weekday() < 5 for d in BH)
WD = ['Mon','Tue','Wed','Thu','Fri','Sat','Sun']
def fmt(d): return f"{d.isoformat()} ({WD[d.weekday()]})"
def isw(d): return d.weekday() < 5 and d not in BH

def wd_after(s, n):
    d, k, sk = s, 0, []
    while k < n:
        d += dt.timedelta(1)
        if isw(d): k += 1
        elif d in BH: sk.append(d)
    return d, sk
def wd_before(s, n):
    d, k, sk = s, 0, []
    while k < n:
        d -= dt.timedelta(1)
        if isw(d): k += 1
        elif d in BH: sk.append(d)
    return d, sk
def add_months(s, m, bday=False):
    y, mo = divmod(s.month - 1 + m, 12); y += s.year; mo += 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 or y % 400 == 0)) else 28, 31,30,31,30,31,31,30,31,30,31][mo-1]
    if s.day <= last: return D(y, mo, s.day), ''
    if bday and s.month == 2 and s.day == 29:
        return D(y, 3, 1), '; 29 Feb birthday, non-leap year -> 1 March'
    return D(y, mo, last), f'; day {s.day} does not exist in that month -> last day of month'

def compute(spec):
    op, s, n = spec[0], D.fromisoformat(spec[1]), spec[2]
    if op == 'wd':
        d, sk = wd_after(s, n); c = f"{n} working day{'s'*(n!=1)} after {fmt(s)} -> {fmt(d)}"
        if not isw(s): c += f"; start day is not a working day, counted from it"
    elif op == 'wdb':
        d, sk = wd_before(s, n); c = f"{n} working days before {fmt(s)} -> {fmt(d)}"
    elif op == 'd':
        d, sk = s + dt.timedelta(n), []; c = f"{n} calendar days after {fmt(s)} -> {fmt(d)}" if n else f"same day as {fmt(s)}"
    elif op == 'db':
        d, sk = s - dt.timedelta(n), []; c = f"{n} calendar days before {fmt(s)} -> {fmt(d)}"
    elif op == 'w':
        d, sk = s + dt.timedelta(7*n), []; c = f"{n} week{'s'*(n!=1)} ({7*n} days) after {fmt(s)} -> {fmt(d)}"
    elif op == 'm':
        d, note = add_months(s, n); sk = []; c = f"{n} months after {fmt(s)} -> {fmt(d)}{note}"
    elif op == 'age':
        y, mo = n if isinstance(n, tuple) else (n, 0)
        d, note = add_months(s, 12*y + mo, bday=True); sk = []
        c = f"born {s.isoformat()} + {y} years" + (f" {mo} months" if mo else '') + f" -> {fmt(d)}{note}"
    else: raise ValueError(op)
    if sk: c += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
    return d, c

P = {
 'FD': "required by a Team Leader within 1 working day",
 'INIT': "the action required within 1 working day by social work Team Leader",
 'REF': "Referrals will be actioned by a social worker within 1 working day",
 'S47SEEN': "will be seen by the Social Worker the same day",
 'S47DISC': "Within 5 days of the Section 47 being initiated",
 'ALLOC': "to complete a Child and Family Assessment within 3 working days",
 'TLREV': "All assessments will be reviewed by the Team Leader within 15 working days",
 'ASS45': "Assessments must all be completed within 45 days",
 'STRAT1': "a strategy discussion is required, this must happen within 1 working day",
 'TRANSFER': "the Neighbourhood Team via email, giving at least 5 days\u2019 notice",
 'JOINT': "Within the 5 days\u2019 notice period, the Children\u2019s First Response Social Worker",
 'ICPC': "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 'REPFAM': "The report will be shared with family at least 3 the days prior to conference",
 'REPCHAIR': "The report will be sent to the child protection chair 3 working days before the conference",
 'ADVOC': "if they are 12 or over they should be offered an advocate",
 'CG': "held within 10 days of the conference and is used to put detail",
 'CPVIS': "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 'RCPCPAR': "This report must be shared with parents at least 3 days prior to the review conference",
 'RCPCCHAIR': "The report will be available to the conference chair at least 3 days prior to the review conference",
 'PTT': "when they have been subject to a plan for 12 months",
 'PLO1': "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 'FGC': "Referral should be made within 3 working days of the first PLO meeting",
 'VIAB': "Family Placement Team within 3 working days of the initial PLO meeting",
 'MIN': "distributed to parents and their legal representation within 7 days of the meeting",
 'PLOREV': "Review PLO meetings with parents to be held every 4-6 weeks",
 'RLPM': "A review legal planning meeting will be held at 12 weeks",
 'GATE': "a Legal Gateway meeting will be convened at 16 weeks",
 'EXT4': "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
 'CINDEPLAN': "will set the first CIN meeting within 20 days",
 'CINTRANS': "the initial CIN meeting must take place within 10 days",
 'CINREV': "CIN review meetings will be held at least every 6 weeks",
 'CINVIS': "A child subject to a CIN plan will be seen at least every 6 weeks",
 'EMERG': "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 'LACVIS1': "The child will be visited within 1 working day of coming into care or having a change in placement",
 'LACSEEN': "All looked after children will be seen within 1 working day of placement",
 'PLMEET': "The placement meeting will be held within 3 working days",
 'PLPLAN': "an updated copy given to the carers within 5 working days of the placement beginning",
 'FAMTIME': "reviewed at least every 8 week until the plan for permanence is agreed",
 'PACK': "coming into care pack, children rights leaflet within 3 weeks",
 'LEGAL': "informed of the child\u2019s legal status within 5 working days",
 'IHA': "An initial health assessment will be requested and carried out within 20 working days",
 'PEP': "A PEP meeting will be arranged within the school within 20 days",
 'LACWEEK': "Statutory looked after visits must happen weekly until the first looked after review",
 'LAC6': "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 'LAC12': "Statutory visits can only move to 12 weekly when the young person has settled",
 'CAREPLAN': "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 'LACREV1': "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 'PATHWAY': "A pathway plan will be started when the young person is 15 years 6 months",
 'IROREP': "this will be with the IRO 3 days before the review",
 'IROCHAL': "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 'IRODISP': "should be completed from start to finish within 20 working days",
 'ADOPT6': "If a child under the age of 6 enters PLO or proceedings",
 'ADOPTWEEK': "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 'ADOPT6W': "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 'ADOPT10': "Once the children have been in placement with the adopter for 10 weeks",
 'FCVIS': "Trafford foster carers are visited at least once every six weeks",
 'FCREC': "a record of this visit is recorded on LCS within 3 working days",
 'FCUNANN': "will have an unannounced visit at least once every 12 months",
 'FCANNUAL': "All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
 'FCPANEL': "annual review presented to the Fostering Panel at least every three years",
 'FCDBS': "updated statutory references, medicals and DBS checks at least every three years",
 'FCTRAIN': "must update their core training at least every three years",
 'VARIATION': "This can only be given for up to 6 working days",
 'TEMP16': "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 'RECORD': "any event or contact is recorded within 3 days",
 'SUMMARY': "A clear and concise case file summary which has been updated within the last 3 months",
 'ASS12': "An up to date assessment (within the last 12 months) on each child",
}

# ---- row descriptions: (voice, kind, today, q, spec, phrase keys[, ambiguous]) ----
ROWS = [
# ---------------- Front Door / referrals ----------------
('D','date','2025-12-24',"contact in 24/12 at 4pm, TL screening decision needed by?",('wd','2025-12-24',1),['FD']),
('T','date','2026-04-02',"contact came in thursday 2nd april, when does the tl screening decision have to be done by",('wd','2026-04-02',1),['FD']),
('N','date','2025-05-02',"Hi, sorry if this is a silly question - a referral came into the front door on Friday 2 May. By when does a social worker need to action it?",('wd','2025-05-02',1),['REF']),
('I','date','2026-08-28',"referral at level 4 came in today - the first call on what we actually do with it, how long has the team leader got to make it?",('wd','2026-08-28',1),['INIT']),
('M','date','2027-01-05',"Contact received 31/12/26, TL decision recorded 04/01/27. Within timescale?",('wd','2026-12-31',1),['FD']),
('S','date','2027-05-28',"Got a referral on duty this afternoon (Fri 28th) - school raised bruising. The boy's DOB is 28/05/2019 so it's actually his birthday today. When does a SW need to have actioned it by?",('wd','2027-05-28',1),['REF']),
('D','date','2026-01-02',"s47 initiated today 2/1 - when do i need to have seen the kid?",('d','2026-01-02',0),['S47SEEN']),
# ---------------- S47 progress discussion ----------------
('T','date','2025-12-31',"s47 started 30.12.25 when do me and my tl need to discuss progress",('d','2025-12-30',5),['S47DISC']),
('M','date','2025-04-23',"S47 initiated 14/04/25, progress discussion with manager held 22/04/25 - in timescale?",('d','2025-04-14',5),['S47DISC']),
('I','date','2026-08-20',"the check-in with my manager on how a child protection enquiry is going - the enquiry kicked off on Wednesday 19th Aug, when's it due?",('d','2026-08-19',5),['S47DISC']),
# ---------------- Allocation / assessment ----------------
('N','date','2025-04-17',"Could you tell me how long a Team Leader has to allocate a Child and Family Assessment to a social worker? The decision was made today, Thursday 17 April 2025.",('wd','2025-04-17',3),['ALLOC']),
('S','date','2026-05-01',"Family referred by the health visitor on 1/5/26 and the decision that it needs a C&FA was made the same day. Mum's previous assessment was 12/03/2025. By when should it be allocated to a worker?",('wd','2026-05-01',3),['ALLOC']),
('T','date','2027-03-22',"assesment startd sat 20th march 2027 when does tl need to review it",('wd','2027-03-20',15),['TLREV']),
('M','date','2025-05-28',"Assessment started 02/05/2025, TL review on LCS dated 23/05/2025. In timescale?",('wd','2025-05-02',15),['TLREV']),
('D','date','2025-11-11',"C&FA start 10/11/25, complete by?",('d','2025-11-10',45),['ASS45'],"The standard says 45 days (calendar); statutory guidance uses 45 working days, which would give a later date."),
('T','date','2026-04-08',"when is the c&fa due to be finished, startd 3/4/26",('d','2026-04-03',45),['ASS45'],"The standard says 45 days (calendar); statutory guidance uses 45 working days, which would give a later date."),
('M','date','2027-08-18',"C&FA opened 01/07/2027 and authorised 17/08/2027 - was it within the 45 days?",('d','2027-07-01',45),['ASS45']),
('N','date','2026-11-03',"I started my first Child and Family Assessment on Monday 2 November 2026. What's the final deadline for completing it?",('d','2026-11-02',45),['ASS45'],"The standard says 45 days (calendar); statutory guidance uses 45 working days, which would give a later date."),
# ---------------- Strategy discussion ----------------
('D','date','2026-05-22',"mgmt decision for strat made fri 22/5/26, strat by?",('wd','2026-05-22',1),['STRAT1']),
('S','date','2026-12-24',"Manager agreed at 5pm today (Christmas Eve) that we need a strategy discussion - police called about DV at the home. There was a previous strat on 03/11/2026. When must the strat happen by?",('wd','2026-12-24',1),['STRAT1']),
('M','date','2027-03-31',"Decision that strat needed made 26/03/27 by duty SM, strat held 30/03/27 - in timescale?",('wd','2027-03-26',1),['STRAT1']),
('N','date','2025-08-22',"My manager has just decided a strategy discussion is needed (today, Friday 22 August). How long do we have to hold it?",('wd','2025-08-22',1),['STRAT1']),
# ---------------- CFR -> Neighbourhood transfer ----------------
('N','date','2025-12-19',"If Children's First Response are transferring a case to a Neighbourhood Team, how much notice do they need to give? We're hoping the transfer is on Monday 5 January 2026 - what's the latest date we can email the team?",('db','2026-01-05',5),['TRANSFER']),
('I','date','2025-09-12',"CFR emailed us 11/09/25 to say a case is coming over to us at CIN. by when should the visit where both workers go out to the family together be done?",('d','2025-09-11',5),['JOINT'],"Counts the 5 days' notice period from the date of the email; it could be read as ending on the transfer date instead."),
# ---------------- ICPC ----------------
('D','date','2025-12-22',"strat 19/12/25 icpc by?",('wd','2025-12-19',15),['ICPC']),
('S','date','2026-08-24',"We had the initial strat on 14/08/2026 and a second strat on 21/08/2026 after new info from school. Child's DOB 02/09/2014. When does the ICPC need to be held by?",('wd','2026-08-14',15),['ICPC']),
('I','date','2027-03-23',"the first big multi-agency meeting where everyone decides whether a child needs a protection plan - the strat meeting was 22 March 2027. what's the latest date for it?",('wd','2027-03-22',15),['ICPC']),
('M','date','2026-01-21',"ICPC was held 20/01/26, strat 02/01/26, was that in timescale?",('wd','2026-01-02',15),['ICPC']),
('M','date','2027-12-08',"Strat 07/12/2027, ICPC booked for 04/01/2028. Compliant?",('wd','2027-12-07',15),['ICPC']),
('T','date','2026-05-01',"strat was on tuesday gone, whens the icpc due",('wd','2026-04-28',15),['ICPC']),
('S','date','2025-08-26',"Strat took place on 21/08/2025 (the referral came in on 18/08/2025). Parents are away until 05/09/2025. What's the latest date the ICPC can be held?",('wd','2025-08-21',15),['ICPC']),
# ---------------- ICPC reports ----------------
('D','date','2025-12-30',"icpc 06/01/26, report to family by?",('db','2026-01-06',3),['REPFAM']),
('N','date','2026-03-30',"The ICPC is on Tuesday 7 April 2026. When do I need to share my report with the parents?",('db','2026-04-07',3),['REPFAM']),
('I','date','2027-05-24',"conference about whether a child needs a protection plan on 2/6/27 - by when do mum and dad need a copy of what I've written?",('db','2027-06-02',3),['REPFAM']),
('D','date','2025-12-18',"icpc 29/12/25, report to chair by?",('wdb','2025-12-29',3),['REPCHAIR']),
('T','date','2026-03-27',"icpc on 7th april 2026 when does my reprot need to go to the cp chair",('wdb','2026-04-07',3),['REPCHAIR']),
('M','date','2025-06-03',"ICPC 02/06/2025, report reached the CP chair 28/05/2025. In timescale?",('wdb','2025-06-02',3),['REPCHAIR']),
('S','date','2026-12-18',"Conference is on Monday 4 January 2027. I finish for Christmas on the 23rd and the family are aware. When does the CP chair need my report by?",('wdb','2027-01-04',3),['REPCHAIR']),
('I','date','2026-08-21',"the independent person chairing the first conference - how many working days before do they need my paperwork? conference is 2 sept 2026",('wdb','2026-09-02',3),['REPCHAIR']),
# ---------------- Core groups ----------------
('D','date','2025-12-19',"icpc 19/12/25 first core group by?",('d','2025-12-19',10),['CG']),
('S','date','2026-12-23',"Child was made subject to a CP plan at conference on 22/12/2026. The review conference was set for 22/03/2027. When does the first core group need to be held?",('d','2026-12-22',10),['CG']),
('M','date','2025-04-29',"ICPC 14/04/2025, first core group 28/04/2025 - in timescale?",('d','2025-04-14',10),['CG']),
('I','date','2025-09-02',"the first get-together of the small group of professionals that puts detail on the protection plan - conference was 1st Sept 2025, when's it due?",('d','2025-09-01',10),['CG']),
('N','date','2026-06-08',"Could someone tell me when the first core group must happen? The initial conference was last Thursday.",('d','2026-06-04',10),['CG']),
# ---------------- Review CP conference reports ----------------
('T','date','2026-05-26',"review conf is 1st june 2026 when do parents need the report",('db','2026-06-01',3),['RCPCPAR']),
('M','date','2027-04-21',"Review conference 20/04/2027, report to chair 18/04/2027 - ok?",('db','2027-04-20',3),['RCPCCHAIR']),
('I','date','2025-12-22',"the follow-up conference to check how the protection plan is going is on 30/12/25 - when should the chair have my update?",('db','2025-12-30',3),['RCPCCHAIR']),
('N','date','2027-08-23',"Sorry, quick one - the review child protection conference is on Wednesday 1 September 2027. When do I need to share the plan update with the parents?",('db','2027-09-01',3),['RCPCPAR']),
# ---------------- 12 months on a plan ----------------
('S','date','2027-02-15',"Child's been on a CP plan since the ICPC on 31/03/2026. Review conferences 30/06/2026 and 15/12/2026 showed little change. When do we hit the point where we need a professional thinking time meeting?",('m','2026-03-31',12),['PTT']),
('M','date','2026-03-11',"Plan started at ICPC 15/01/2025; professional thinking time meeting held 10/03/2026. When should it have been considered?",('m','2025-01-15',12),['PTT']),
('I','date','2026-06-02',"she's been on a protection plan since 27 Aug 2025 and nothing is shifting. at what date do we get to the point where the standards want that reflective meeting about working differently with the family?",('m','2025-08-27',12),['PTT']),
# ---------------- PLO ----------------
('I','date','2026-05-26',"the letter that starts pre-proceedings was dated 22 May 2026. by when do we need to sit down with the parents and their solicitor?",('d','2026-05-22',10),['PLO1']),
('N','date','2027-08-25',"Legal Gateway agreed PLO and the letter to parents is dated 24/08/2027. Dad says he won't be getting a solicitor. When should the first meeting take place?",('d','2027-08-24',10),['PLO1']),
('S','date','2026-04-02',"First PLO meeting was today (Thursday 2 April 2026) with mum and her solicitor. No FGC has been held yet. The review legal planning meeting is pencilled in for 25/06/2026. When's the FGC referral due?",('wd','2026-04-02',3),['FGC']),
('N','date','2027-05-28',"When do I need to refer for a family group conference after the first PLO meeting? It was on 28 May 2027.",('wd','2027-05-28',3),['FGC']),
('T','date','2025-08-22',"viability request to family placemnt after plo meeting on 22/8/25 - deadline?",('wd','2025-08-22',3),['VIAB']),
('I','date','2027-04-30',"nan was put forward as a possible carer at the first pre-proceedings meeting on 30/4/27. when does the request to screen her have to go to the fostering/family placement lot?",('wd','2027-04-30',3),['VIAB']),
('M','date','2027-01-04',"Initial PLO meeting 17/12/2026; viability screening request sent 23/12/2026. Within timescale?",('wd','2026-12-17',3),['VIAB']),
('N','date','2025-12-22',"How long do I have to send the PLO minutes to the parents and their solicitor? The meeting was today, Monday 22 December 2025.",('d','2025-12-22',7),['MIN']),
('S','date','2026-11-27',"We had the PLO meeting yesterday and agreed expectations around school attendance and drug testing. Mum's solicitor has asked when she'll get the minutes. The next review PLO is in 5 weeks.",('d','2026-11-26',7),['MIN']),
('D','date','2026-01-06',"PLO started 05/01/26 (1st mtg) - review legal planning mtg due?",('w','2026-01-05',12),['RLPM'],"Counted 12 weeks from the first PLO meeting; the standard does not say whether 12 weeks runs from the PLO letter or the first meeting."),
('T','date','2025-10-01',"when is the 16 week legal gateway if plo first meeting was 14/8/25",('w','2025-08-14',16),['GATE'],"Counted 16 weeks from the first PLO meeting; the standard does not say whether it runs from the PLO letter or the first meeting."),
('M','date','2027-06-16',"Case entered PLO with first meeting 09/02/2027. Legal Gateway (16 weeks) held 15/06/2027 - on time?",('w','2027-02-09',16),['GATE'],"Counted 16 weeks from the first PLO meeting; the standard does not say whether it runs from the PLO letter or the first meeting."),
('I','date','2025-12-19',"at the 12 week legal meeting on 18 Dec 2025 they agreed the exceptional extra bit of time in pre-proceedings. when does that run out?",('w','2025-12-18',4),['EXT4']),
('N','date','2026-08-03',"Our family entered PLO and the first meeting with parents was on 3 August 2026. When would the review legal planning meeting be?",('w','2026-08-03',12),['RLPM'],"Counted 12 weeks from the first PLO meeting; it could be counted from the date of the PLO letter."),
# ---------------- CIN ----------------
('D','date','2025-12-16',"deplanned at RCPC 15/12/25 - 1st CIN mtg by?",('d','2025-12-15',20),['CINDEPLAN']),
('T','date','2026-03-25',"child come off cp plan at conf on 24.3.26, when does the 1st cin meeting have to be",('d','2026-03-24',20),['CINDEPLAN']),
('M','date','2025-07-30',"De-planned at review conference 07/07/2025, first CIN meeting held 29/07/2025. In timescale?",('d','2025-07-07',20),['CINDEPLAN']),
('I','date','2027-06-03',"the conference decided on the 2nd of June 2027 she doesn't need a protection plan any more, she's child in need now. when's the first meeting for that plan due?",('d','2027-06-02',20),['CINDEPLAN']),
('S','date','2025-12-19',"Case transferred to us from CFR today (19/12/2025) after their C&FA, which was completed 17/12/2025. When does the initial CIN meeting need to happen?",('d','2025-12-19',10),['CINTRANS']),
('N','date','2026-05-22',"A case has just transferred to my Neighbourhood Team from Children's First Response today. How long do we have to hold the first Child in Need meeting?",('d','2026-05-22',10),['CINTRANS']),
# ---------------- Children in care ----------------
('D','date','2026-12-24',"emergency LAC 24/12/26, assessment by?",('wd','2026-12-24',20),['EMERG']),
('S','date','2026-04-07',"Police protection on Saturday night, 4 April 2026, and the children went to an unplanned foster placement. A planned family meeting on 01/04/2026 never happened. When does the assessment need to be completed?",('wd','2026-04-04',20),['EMERG']),
('M','date','2025-09-15',"Unplanned admission 14/08/2025, assessment completed 12/09/2025 - in timescale?",('wd','2025-08-14',20),['EMERG']),
('I','date','2026-04-03',"the lad moved to new carers today (3 April 2026) - how quickly do I have to get out and see him?",('wd','2026-04-03',1),['LACVIS1','LACSEEN']),
('N','date','2027-05-31',"I'm on duty over the bank holiday and a child was placed with foster carers yesterday (Sunday). What's the latest I can see them?",('wd','2027-05-30',1),['LACSEEN','LACVIS1']),
('S','date','2026-12-23',"Sibling group placed together with new foster carers today, 23/12/2026. Their previous placement ended 20/12/2026. When does the placement meeting need to be held?",('wd','2026-12-23',3),['PLMEET']),
('I','date','2027-08-27',"the meeting where we agree delegated authority with the new carers - kid moved in 27/08/27, when by?",('wd','2027-08-27',3),['PLMEET']),
('T','date','2025-12-22',"updated placement plan to carers by when? placement startd 22/12/25",('wd','2025-12-22',5),['PLPLAN']),
('M','date','2026-04-13',"Placement began 01/04/2026; updated placement plan given to carers 09/04/2026 - ok?",('wd','2026-04-01',5),['PLPLAN']),
('D','date','2025-12-12',"LAC 11/12/25 - CIC pack by?",('w','2025-12-11',3),['PACK']),
('N','date','2026-12-24',"When a child becomes looked after, how long do I have to let the other professionals know about their legal status? He came into care today, Thursday 24 December 2026.",('wd','2026-12-24',5),['LEGAL']),
('T','date','2025-05-01',"became lac 1/5/25 when do i have to tell school GP etc his legal status",('wd','2025-05-01',5),['LEGAL']),
('S','date','2027-03-29',"Child became looked after on 26/03/2027 under s20. The GP last saw her on 10/02/2027. When does the initial health assessment need to be done by?",('wd','2027-03-26',20),['IHA']),
('T','date','2025-12-16',"pep meeting when? came into care 15/12/25",('d','2025-12-15',20),['PEP']),
('I','date','2027-09-06',"the education planning meeting at school for a newly looked after child - she came in on 3 Sep 2027, when's the latest?",('d','2027-09-03',20),['PEP']),
('D','date','2026-05-26',"placed 22/5/26 care plan on system by?",('d','2026-05-22',10),['CAREPLAN']),
('N','date','2027-03-22',"How long do I have to get the care plan recorded on LCS? Placement was 20 March 2027.",('d','2027-03-20',10),['CAREPLAN']),
('S','date','2027-08-23',"Child came into care on 13/08/2027 after a S47 that started on 05/08/2027. Placement moved on 20/08/2027. When's the initial looked after review due?",('wd','2027-08-13',20),['LACREV1']),
('N','date','2026-05-05',"Could you help me work out when the first LAC review should be? The child became looked after on Friday 1 May 2026.",('wd','2026-05-01',20),['LACREV1']),
('D','date','2025-12-29',"LAC review 05/01/26 report to IRO by?",('db','2026-01-05',3),['IROREP']),
('M','date','2026-04-09',"LAC review 08/04/2026, SW report to IRO 06/04/2026 - ok?",('db','2026-04-08',3),['IROREP']),
('T','date','2027-05-24',"cla review on 31st may 2027 when does my report need to be with the iro",('db','2027-05-31',3),['IROREP']),
# ---------------- IRO ----------------
('I','date','2025-12-19',"the reviewing officer raised an informal challenge about drift on 19/12/2025 - when does it go formal if it isn't sorted?",('wd','2025-12-19',5),['IROCHAL']),
('N','date','2026-08-28',"If an IRO raised an informal challenge today, 28 August 2026, by when does it need to be resolved before it becomes a formal dispute?",('wd','2026-08-28',5),['IROCHAL']),
('D','date','2027-03-17',"formal IRO dispute raised 17/03/27, resolution by?",('wd','2027-03-17',20),['IRODISP']),
('M','date','2026-01-06',"Formal dispute raised by IRO 01/12/2025, concluded 05/01/2026. Within timescale?",('wd','2025-12-01',20),['IRODISP']),
# ---------------- Adoption ----------------
('D','date','2025-12-01',"adoptive placement 20/10/25 - AO app from?",('w','2025-10-20',10),['ADOPT10']),
('S','date','2026-12-29',"Twins were placed with their adopters on 24/12/2026 after introductions that started 14/12/2026. The first LAC review post-placement is booked for 15/01/2027. From what date can the adopters apply for the adoption order?",('w','2026-12-24',10),['ADOPT10']),
# ---------------- Fostering ----------------
('T','date','2026-04-02',"supervising visit to foster carers done thurs 2/4/26, when do i need it on lcs",('wd','2026-04-02',3),['FCREC']),
('M','date','2025-06-05',"SSW visited carers 29/05/2025, recorded on LCS 04/06/2025. In timescale?",('wd','2025-05-29',3),['FCREC']),
('I','date','2025-12-19',"we've had permission to place a child outside the carers' approval range - placement started 19 Dec 2025, how long can that last?",('wd','2025-12-19',6),['VARIATION']),
('N','date','2026-05-22',"The Strategic Lead agreed a Variation of the Terms of Approval and the child was placed today, Friday 22 May 2026. Until when does this cover us?",('wd','2026-05-22',6),['VARIATION']),
('D','date','2026-01-05',"connected person temp approval 05/01/26, expires?",('w','2026-01-05',16),['TEMP16']),
('S','date','2026-03-02',"Nan was given temporary approval as a connected person by the ADM on 18/12/2025 and the children moved in that evening. Her full assessment is behind. If the 16 weeks is extended by the further 8 weeks, when does the extension end?",('w','2025-12-18',24),['TEMP16']),
('M','date','2025-08-12',"Connected person temporary approval from 14/04/2025 - panel only considered an extension on 11/08/2025. When did the 16 weeks end?",('w','2025-04-14',16),['TEMP16']),
# ---------------- Case recording ----------------
('T','date','2026-04-04',"did a visit on sat 4th april, when does it need recording by",('d','2026-04-04',3),['RECORD']),
('I','date','2027-06-01',"I saw the family last Friday - how long have I got to write it up on the system?",('d','2027-05-28',3),['RECORD']),
# ---------------- extra date rows (mixed) ----------------
('S','date','2025-12-29',"Dad rang the front door on Saturday 27/12/2025 about his ex-partner's drinking. The contact was logged that day. Previous referral was 14/06/2025. When does the TL's screening decision need to be made?",('wd','2025-12-27',1),['FD'],"Contact received on a weekend; counted as the next working day after it, but a reader may count from the date the contact was first processed."),
('T','date','2027-12-24',"strat held 23/12/27 wen does icpc need to be",('wd','2027-12-23',15),['ICPC']),
('S','date','2027-12-22',"Child became looked after on 22/12/2027 in an emergency after mum was arrested. Her little brother's DOB is 25/12/2020. When does the initial LAC review need to take place?",('wd','2027-12-22',20),['LACREV1']),
('N','date','2027-12-21',"Hi, what's the deadline for an Initial Health Assessment? The child came into care on 21 December 2027.",('wd','2027-12-21',20),['IHA']),
('S','date','2025-04-14',"Strategy discussion held on Monday 14 April 2025 after a disclosure at school. The child's half-sibling had a strat last year on 03/10/2024. When is the latest the ICPC can be held?",('wd','2025-04-14',15),['ICPC']),
('I','date','2026-12-21',"the review of how often a child in care sees mum and dad - last looked at 21 Dec 2026 and no permanence plan yet, when next?",('w','2026-12-21',8),['FAMTIME']),
('S','date','2027-03-25',"First PLO meeting took place on 25/03/2027. The aunt was identified as a possible carer in the meeting, though we won't have an FGC until 20/04/2027. When does the viability screening request need to go to the Family Placement Team?",('wd','2027-03-25',3),['VIAB'],"The standard also allows 'immediately following Family Group Conference'; counted 3 working days from the initial PLO meeting."),
('D','date','2027-12-23',"FC visit 23/12/27, LCS record due?",('wd','2027-12-23',3),['FCREC']),
('T','date','2027-04-01',"plo letter dated 29/3/27 (bank hol i know) when is 1st meeting due",('d','2027-03-29',10),['PLO1']),
('I','date','2026-04-07',"we're moving a family over from the first response team to a neighbourhood team - the email to the new team went on 2nd April 2026. by when should both workers have visited the family together?",('d','2026-04-02',5),['JOINT'],"Counts the 5 days' notice period from the date of the email; it could be read as ending on the transfer date instead."),
('M','date','2027-04-05',"Child came into care 10/03/2027, CIC pack given 02/04/2027. Within timescale?",('w','2027-03-10',3),['PACK']),
('S','date','2025-08-26',"Conference on 22/08/2025 ended the child protection plan and the chair set up an outline CIN plan. The family are on holiday until 01/09/2025. When does the first CIN meeting need to be?",('d','2025-08-22',20),['CINDEPLAN']),

# ================= VISITS =================
('D','visits','2026-01-05',"last CP visit 19/12/25 next by?",('w','2025-12-19',4),['CPVIS']),
('T','visits','2026-04-07',"last cp visit was 3.4.26 when is next one due",('w','2026-04-03',4),['CPVIS']),
('S','visits','2027-01-13',"I last saw the child (CP plan, neglect) at home on 29/12/2026. I also saw him at school on 12/01/2027 but that wasn't at home. When's the next statutory CP visit due?",('w','2026-12-29',4),['CPVIS']),
('M','visits','2025-07-04',"CP visits on 02/06/2025 and 03/07/2025 - was the second one in timescale?",('w','2025-06-02',4),['CPVIS']),
('I','visits','2025-08-22',"the little girl on a protection plan - I last saw her at home on 21 Aug 2025. how long till I have to go again?",('w','2025-08-21',4),['CPVIS']),
('D','visits','2025-12-22',"CIN visit 22/12/25 next due?",('w','2025-12-22',6),['CINVIS']),
('N','visits','2027-04-08',"How often must a child on a Child in Need plan be seen? My last home visit was on 7 April 2027 - when's the next one due?",('w','2027-04-07',6),['CINVIS']),
('T','visits','2026-05-27',"last cin review meeting 26.5.26 when is the next",('w','2026-05-26',6),['CINREV']),
('M','visits','2026-01-06',"CIN reviews held 10/11/2025 and 05/01/2026 - in timescale?",('w','2025-11-10',6),['CINREV']),
('D','visits','2025-12-23',"LAC placed 19/12/25, visited 22/12, 1st review not held yet - next stat visit by?",('w','2025-12-22',1),['LACWEEK']),
('S','visits','2026-01-21',"First LAC review was on 14/01/2026 and the permanence plan isn't finalised. I did a statutory visit on 20/01/2026; the child has been in the same placement since 12/12/2025. When's the next statutory visit due?",('w','2026-01-20',6),['LAC6']),
('I','visits','2027-04-01',"lad's been settled in his permanent foster home for nearly 2 years and we've moved to the less frequent visits. saw him 31 Mar 2027 - next one by?",('w','2027-03-31',12),['LAC12']),
('T','visits','2025-08-29',"cla visit last done 28th aug 2025, had 1st review already, no perm plan yet, when next",('w','2025-08-28',6),['LAC6']),
('N','visits','2027-05-05',"A child was placed with adopters recently and I visited on Tuesday 4 May 2027. The first Looked After Review hasn't happened yet. When's my next visit due?",('w','2027-05-04',1),['ADOPTWEEK']),
('D','visits','2026-12-18',"adoptive placement, post 1st review, last visit 17/12/26 next by?",('w','2026-12-17',6),['ADOPT6W']),
('M','visits','2025-10-21',"Foster carer supervisory visits 01/09/2025 and 20/10/2025 - compliant?",('w','2025-09-01',6),['FCVIS']),
('I','visits','2026-12-29',"how often do the fostering social workers have to go and see our carers? last time was 24 Dec 2026",('w','2026-12-24',6),['FCVIS']),
('T','visits','2026-04-08',"last unanounced visit to the foster carers was 2/4/26 when do they need another",('m','2026-04-02',12),['FCUNANN']),
('D','visits','2025-12-19',"family time last reviewed 18/12/25, permanence not agreed, next review by?",('w','2025-12-18',8),['FAMTIME']),
('M','visits','2025-12-01',"Case summary last updated 30/11/2025 - when does it go out of date?",('m','2025-11-30',3),['SUMMARY']),
('N','visits','2025-01-06',"When does a child's assessment need updating? Their last one was authorised on 29 February 2024.",('m','2024-02-29',12),['ASS12'],"Read as the assessment going out of date 12 months on; 29 Feb + 12 months clamped to 28 Feb 2025 (some would say 1 March)."),
('S','visits','2026-06-02',"Foster carers had their last annual review on 05/01/2026, with the Safer Caring Policy updated. They had an unannounced visit on 20/03/2026. When's their next annual review due?",('m','2026-01-05',12),['FCANNUAL']),
('D','visits','2026-02-10',"FC DBS/medicals/refs last done 31/05/2024 - renewal by?",('m','2024-05-31',36),['FCDBS']),
('T','visits','2025-09-01',"foster carers core training last done 19/8/2024 when due again",('m','2024-08-19',36),['FCTRAIN']),
('I','visits','2025-04-15',"when does a carer's yearly review have to go in front of the fostering panel again? last time it went to panel was 14/04/2025",('m','2025-04-14',36),['FCPANEL']),
('N','visits','2026-12-22',"We held a review PLO meeting with parents on 21 December 2026. What's the latest date for the next one?",('w','2026-12-21',6),['PLOREV'],"The standard gives a range of every 4-6 weeks; the latest is 6 weeks (the earliest would be 4 weeks, 2027-01-18)."),

# ================= AGE =================
('D','age','2025-09-01',"yp dob 14/06/2010 pathway plan start?",('age','2010-06-14',(15,6)),['PATHWAY']),
('T','age','2026-10-01',"when does pathway plan start for a young person born 31.8.2011",('age','2011-08-31',(15,6)),['PATHWAY'],"31 Aug + 15y6m lands on a non-existent 31 Feb; clamped to 28 Feb 2027, some would say 1 March 2027."),
('N','age','2026-11-10',"A young person in care was born on 29 February 2012. When should their pathway plan be started?",('age','2012-02-29',(15,6)),['PATHWAY'],"Counted as 186 months from birth (29 Aug 2027); counting 6 months from the 15th birthday taken as 1 March 2027 would give 1 Sept 2027."),
('S','age','2026-01-07',"The children entered PLO with the letter dated 06/01/2026. The youngest was born 29/02/2020 and her brother on 03/05/2016. Until what date is she under 6 for the adoption social worker and family finder allocation?",('age','2020-02-29',6),['ADOPT6']),
('I','age','2025-11-20',"lad on a protection plan, born 22 Dec 2013 - from what date do we need to offer him someone to help him have his say at conference?",('age','2013-12-22',12),['ADVOC']),
('M','age','2026-04-10',"Child born 03/04/2020 entered PLO 30/03/2026. Should an adoption SW and family finder have been allocated - when did she turn 6?",('age','2020-04-03',6),['ADOPT6']),
('D','age','2027-06-01',"dob 25/12/2021 - under 6 for adoption SW allocation until?",('age','2021-12-25',6),['ADOPT6']),
('M','age','2026-06-15',"YP DOB 30/11/2010, pathway plan started 12/06/2026. Was it started on time?",('age','2010-11-30',(15,6)),['PATHWAY']),
('T','age','2026-12-01',"when does a kid born 1st jan 2015 turn 12 for the advocate thing at conference",('age','2015-01-01',12),['ADVOC']),

# ================= CHOICE =================
('D','choice','2026-03-03',"icpc 3/3/26, what's next due?",[('d','2026-03-03',10),('w','2026-03-03',4)],['CG','CPVIS']),
('T','choice','2025-12-22',"child come into care 22/12/25 when is the meeting due",[('wd','2025-12-22',3),('wd','2025-12-22',20)],['PLMEET','LACREV1']),
('N','choice','2026-01-02',"The ICPC is on 12 January 2026. When does my report need to be shared?",[('wdb','2026-01-12',3),('db','2026-01-12',3)],['REPCHAIR','REPFAM']),
('S','choice','2026-05-21',"First PLO meeting held today, 21/05/2026, with both parents and their solicitors. Grandparents were mentioned as possible carers. What's due next and by when?",[('wd','2026-05-21',3),('d','2026-05-21',7)],['VIAB','MIN']),
('I','choice','2027-04-05',"the assessment on a new referral started on 2/4/27 - when does it need to be done?",[('wd','2027-04-02',15),('d','2027-04-02',45)],['TLREV','ASS45']),
('M','choice','2026-01-05',"Child placed 17/12/2025 - the plan was on LCS 29/12/2025. In timescale?",[('wd','2025-12-17',5),('d','2025-12-17',10)],['PLPLAN','CAREPLAN']),
('D','choice','2026-12-24',"FC visit 24/12/26, what's due next?",[('wd','2026-12-24',3),('w','2026-12-24',6)],['FCREC','FCVIS']),
('T','choice','2026-05-21',"placed 21/5/26 plan due?",[('wd','2026-05-21',5),('d','2026-05-21',10)],['PLPLAN','CAREPLAN']),

# ================= NONE =================
('D','none','2025-12-22',"icpc 19/12/25 RCPC by?",None,[]),
('T','none','2026-01-12',"when is the 2nd lac review due, first one was 8/1/26",None,[]),
('N','none','2026-03-03',"How often should I be getting supervision? My last one was on 2 March 2026 - when's the next due?",None,[]),
('S','none','2026-01-06',"First core group was held on 05/01/2026 after the ICPC on 22/12/2025. Parents attended. When's the next core group due?",None,[]),
('I','none','2027-06-01',"how long after a young person comes back from being missing do we have to do the return chat with her? she came back 31 May 2027",None,[]),
('M','none','2025-03-10',"Care proceedings issued 03/03/2025 - by when should the final hearing be?",None,[]),
('D','none','2026-08-12',"LG 11/8/26 decided to issue - SWET filing deadline?",None,[]),
('T','none','2026-04-21',"s47 started 20/4/26 when does the s47 outcome have to be done by",None,[],"A reader might offer the 5-day progress discussion with the manager, but the standards set no deadline for the S47 outcome itself."),
('N','none','2025-10-15',"When does a pathway plan need to be reviewed? It was last reviewed on 14 October 2025.",None,[]),
('I','none','2027-02-02',"the letter we send the family when we close the case - how long after closing on 1 Feb 2027 have I got?",None,[]),
]


def build():
    out = []
    for i, r in enumerate(ROWS):
        voice, kind, today, q, spec, keys = r[:6]
        amb = r[6] if len(r) > 6 else None
        row = {'q': q, 'today': today}
        if kind == 'none':
            row.update(due=None, expect_any=[], count="no timescale for this is set in the practice standards")
        elif kind == 'choice':
            res = [compute(s) for s in spec]
            dues = [d for d, _ in res]
            row['due'] = min(dues).isoformat()
            row['expect_any'] = [P[k] for k in keys]
            row['count'] = " | ".join(f"[{k}] {c}" for k, (_, c) in zip(keys, res)) + f"; earlier = {min(dues).isoformat()}"
        else:
            d, c = compute(spec)
            row.update(due=d.isoformat(), expect_any=[P[k] for k in keys], count=c)
        row['voice'] = voice; row['kind'] = kind
        if amb: row['ambiguous'] = amb
        out.append(row)
    return out

VOICES = {'D': 'duty', 'T': 'typos', 'S': 'scenario', 'I': 'indirect', 'N': 'newstarter', 'M': 'manager'}

def check(rows):
    src = open(SRC, encoding='utf-8').read()
    bad = 0
    for k, p in P.items():
        if p not in src or len(p.split()) < 6:
            print('PHRASE PROBLEM', k, p); bad += 1
    days = {'monday':0,'tuesday':1,'wednesday':2,'thursday':3,'friday':4,'saturday':5,'sunday':6}
    for i, (r, raw) in enumerate(zip(rows, ROWS)):
        t = D.fromisoformat(r['today'])
        ql = r['q'].lower()
        spec = raw[4]
        s = D.fromisoformat(spec[1]) if spec and isinstance(spec, tuple) else None
        if s and 'yesterday' in ql and s != t - dt.timedelta(1): print('YESTERDAY?', i, r['q']); bad += 1
        if s and 'tomorrow' in ql and s != t + dt.timedelta(1): print('TOMORROW?', i, r['q']); bad += 1
        if isinstance(spec, list): s = D.fromisoformat(spec[0][1])
        named = {wdn for name, wdn in days.items() if re.search(r'\b' + name[:3] + r'(' + name[3:] + r'|s|t|r|rs|urs)?\b', ql)}
        if named and s and named != {s.weekday()}:
            print('WEEKDAY CHECK', i, WD[s.weekday()], sorted(named), r['q']); bad += 1
        for e in r['expect_any']:
            assert e in src, e
        if r['kind'] == 'none': assert r['due'] is None
        else: D.fromisoformat(r['due'])
        assert r['voice'] in VOICES.values(), r
    return bad

if __name__ == '__main__':
    rows = build()
    for r in rows:
        r['voice'] = VOICES.get(r['voice'], r['voice'])
    bad = check(rows)
    with open(os.path.join(HERE, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    from collections import Counter
    print(len(rows), 'rows'); print(Counter(r['kind'] for r in rows)); print(Counter(r['voice'] for r in rows))
    print('problems:', bad)
