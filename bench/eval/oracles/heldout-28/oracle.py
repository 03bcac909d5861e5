#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (standard library only).

Each row in ROWS is a structured description; this script computes `due` and `count`,
writes questions.jsonl next to itself and runs the checks (phrases verbatim in source,
kinds/voices counts, every line parses).
"""
import datetime as dt, json, os, re, sys, calendar
from collections import Counter

D = dt.date
# England and Wales bank holidays 2024-2028, typed by hand (substitute days included).
BANK_HOLIDAYS = {
    # 2024
    D(2024,1,1), D(2024,3,29), D(2024,4,1), D(2024,5,6), D(2024,5,27), D(2024,8,26), D(2024,12,25), D(2024,12,26),
    # 2025
    D(2025,1,1), D(2025,4,18), D(2025,4,21), D(2025,5,5), D(2025,5,26), D(2025,8,25), D(2025,12,25), D(2025,12,26),
    # 2026 (Boxing Day Sat -> Mon 28 Dec)
    D(2026,1,1), D(2026,4,3), D(2026,4,6), D(2026,5,4), D(2026,5,25), D(2026,8,31), D(2026,12,25), D(2026,12,28),
    # 2027 (Christmas Sat -> Mon 27, Boxing Day Sun -> Tue 28)
    D(2027,1,1), D(2027,3,26), D(2027,3,29), D(2027,5,3), D(2027,5,31), D(2027,8,30), D(2027,12,27), D(2027,12,28),
    # 2028 (New Year Sat -> Mon 3 Jan)
    D(2028,1,3), D(2028,4,14), D(2028,4,17), D(2028,5,1), D(2028,5,29), D(2028,8,28), D(2028,12,25), D(2028,12,26),
}

def wk(d): return d.strftime('%a')
def fmt(d): return f"{d.isoformat()} ({wk(d)})"
def is_wd(d): return d.weekday() < 5 and d not in BANK_HOLIDAYS

def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year; m += 1
    return D(y, m, min(d.day, calendar.monthrange(y, m)[1]))

def skipped(a, b):
    lo, hi = min(a, b), max(a, b)
    return sorted(h for h in BANK_HOLIDAYS if lo <= h <= hi)

def compute(rule):
    """rule = (type, n, start ISO)  ->  (due, count text)"""
    t, n, s = rule
    s = D.fromisoformat(s)
    if t == 'wd':      # Nth working day strictly after
        d, k = s, 0
        while k < n:
            d += dt.timedelta(1)
            if is_wd(d): k += 1
        txt = f"{n} working day{'s' if n>1 else ''} after {fmt(s)} -> {fmt(d)}"
        bh = [h for h in skipped(s, d) if h != s or True]
        bh = [h for h in skipped(s + dt.timedelta(1), d)]
        if bh: txt += "; skips bank holidays " + ", ".join(h.isoformat() for h in bh)
        if not is_wd(s): txt += f"; start day is not a working day, counted from it anyway"
        return d, txt
    if t == 'wdb':     # Nth working day strictly before
        d, k = s, 0
        while k < n:
            d -= dt.timedelta(1)
            if is_wd(d): k += 1
        txt = f"{n} working days before {fmt(s)} -> {fmt(d)}"
        bh = skipped(d, s - dt.timedelta(1))
        if bh: txt += "; skips bank holidays " + ", ".join(h.isoformat() for h in bh)
        return d, txt
    if t == 'd':
        d = s + dt.timedelta(n)
        txt = f"{n} calendar days after {fmt(s)} -> {fmt(d)}" if n else f"same day as {fmt(s)}"
        if n and not is_wd(d): txt += " (falls on a " + ("bank holiday" if d in BANK_HOLIDAYS else "weekend") + "; calendar-day count kept)"
        return d, txt
    if t == 'db':
        d = s - dt.timedelta(n)
        txt = f"{n} calendar days before {fmt(s)} -> {fmt(d)}"
        if not is_wd(d): txt += " (falls on a " + ("bank holiday" if d in BANK_HOLIDAYS else "weekend") + "; calendar-day count kept)"
        return d, txt
    if t == 'w':
        d = s + dt.timedelta(7 * n)
        txt = f"{n} weeks ({7*n} days) after {fmt(s)} -> {fmt(d)}"
        if not is_wd(d): txt += " (falls on a " + ("bank holiday" if d in BANK_HOLIDAYS else "weekend") + ")"
        return d, txt
    if t == 'm':
        d = add_months(s, n)
        txt = f"{n} months after {fmt(s)} -> {fmt(d)}"
        if d.day != s.day: txt += " (no such day in that month: last day of month used)"
        return d, txt
    if t == 'age':     # n = (years, months)
        y, mo = n
        if mo == 0:
            try:
                d = s.replace(year=s.year + y); note = ""
            except ValueError:
                d = D(s.year + y, 3, 1); note = " (29 Feb birthday in a non-leap year: 1 March used)"
        else:
            d = add_months(s, 12 * y + mo); note = "" if d.day == s.day else " (no such day: last day of month used)"
        txt = f"born {fmt(s)}, age {y}y{(' %dm' % mo) if mo else ''} reached {fmt(d)}{note}"
        return d, txt
    raise ValueError(t)

SRC = open('/work/shared/source/practice-standards.txt', encoding='utf-8').read()

P = {
 'FD': "decisions made by what action are required by a Team Leader within 1 working day",
 'INIT': "Initial decisions will be made about the action required within 1 working day",
 'REF': "Referrals will be actioned by a social worker within 1 working day",
 'S47SEEN': "the child / children will be seen by the Social Worker the same day",
 'S47DISC': "Within 5 days of the Section 47 being initiated",
 'ALLOC': "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 'TLREV': "All assessments will be reviewed by the Team Leader within 15 working days",
 'ASS45': "Assessments must all be completed within 45 days",
 'STRAT1': "a strategy discussion is required, this must happen within 1 working day",
 'STRAT24': "A strategy discussion within 24 hours involving all relevant agencies",
 'NOTICE': "notify the Neighbourhood Team via email, giving at least 5",
 'ICPC': "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 'FAMREP': "The report will be shared with family at least 3 the days prior to conference",
 'CHAIRREP': "The report will be sent to the child protection chair 3 working days before the conference",
 'CG': "held within 10 days of the conference",
 'CPVIS': "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 'RCPCPAR': "This report must be shared with parents at least 3 days prior to the review conference",
 'RCPCCHAIR': "The report will be available to the conference chair at least 3 days prior to the review conference",
 'PTT': "when they have been subject to a plan for 12 months",
 'PLO1': "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 'FGC': "Referral should be made within 3 working days of the first PLO meeting",
 'VIAB': "Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 'PLOMIN': "distributed to parents and their legal representation within 7 days of the meeting",
 'PLOREV': "Review PLO meetings with parents to be held every 4-6 weeks",
 'PLO12': "A review legal planning meeting will be held at 12 weeks",
 'PLO4': "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
 'PLO16': "a Legal Gateway meeting will be convened at 16 weeks",
 'CIN20': "will set the first CIN meeting within 20 days",
 'CIN10': "When a case transfers from Trafford Childrens First Response the initial CIN meeting must take place within 10 days",
 'CINREV': "CIN review meetings will be held at least every 6 weeks",
 'CINVIS': "A child subject to a CIN plan will be seen at least every 6 weeks",
 'EMASS': "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 'VIS1': "The child will be visited within 1 working day of coming into care or having a change in placement",
 'VIS1B': "All looked after children will be seen within 1 working day of placement",
 'PLMEET': "The placement meeting will be held within 3 working days",
 'PLPLAN': "an updated copy given to the carers within 5 working days of the placement beginning",
 'FT': "reviewed at least every 8 week until the plan for permanence is agreed",
 'PACK': "The child will be provided with a coming into care pack, children rights leaflet within 3 weeks",
 'LEGAL': "informed of the child’s legal status within 5 working days",
 'IHA': "An initial health assessment will be requested and carried out within 20 working days",
 'PEP': "A PEP meeting will be arranged within the school within 20 days",
 'LACWK': "Statutory looked after visits must happen weekly until the first looked after review",
 'LAC6': "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 'LAC12': "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 'CAREPLAN': "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 'LACREV': "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 'PATH': "A pathway plan will be started when the young person is 15 years 6 months",
 'IROREP': "this will be with the IRO 3 days before the review",
 'IROINF': "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 'IRODISP': "The formal dispute resolution process should be completed from start to finish within 20 working days",
 'ADOPT6': "If a child under the age of 6 enters PLO or proceedings",
 'ADWK': "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 'AD6': "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 'AD10': "Once the children have been in placement with the adopter for 10 weeks",
 'FCVIS': "Trafford foster carers are visited at least once every six weeks",
 'FCREC': "a record of this visit is recorded on LCS within 3 working days",
 'FCUNANN': "All Trafford foster carers will have an unannounced visit at least once every 12 months",
 'FCANN': "All Trafford foster carers will have an annual review",
 'FCPANEL': "Every foster carer will have an annual review presented to the Fostering Panel at least every three years",
 'FCDBS': "All foster carers will have updated statutory references, medicals and DBS checks at least every three years",
 'FCTRAIN': "All Trafford foster carers must update their core training at least every three years",
 'VAR': "This can only be given for up to 6 working days",
 'TEMP': "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 'REC': "any event or contact is recorded within 3 days",
 'SUMM': "A clear and concise case file summary which has been updated within the last 3 months",
 'ASS12': "An up to date assessment (within the last 12 months) on each child",
 'ADV12': "if they are 12 or over they should be offered an advocate",
 # sentences that mention the thing but set no timescale (for `none` rows)
 'NRCPC': "The child protection chair will set the date of the next conference",
 'NLAC2': "At the point of the second review (if not in proceedings)",
 'NSUP': "which takes place in line with the supervision policy",
 'NSHOP': "prior to legal need to submit the paperwork for the Issues Resolution Hearing",
 'NEH': "Initial decisions will be made about the action required by an Early Help Team Leader",
 'NCG': "are reviewed at every core group and progress recorded",
 'NLLL': "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
 'NIRO': "The IRO will contact the child between reviews",
 'NLET': "Parents will be sent a letter detailing the outcome of the SHOPBA signed by the ADM",
}

# ---- structured descriptions of every row ----
# (voice, kind, today, q, rules, expect keys[, ambiguous])
ROWS = [
# ---------------- Front door / level 4-5 ----------------
('duty','date','2025-12-24',"contact in 24/12 needs TL decision by when?",[('wd',1,'2025-12-24')],['FD']),
('typos','date','2026-04-02',"contact came in thurs 2.4.26 whens the TL decison due",[('wd',1,'2026-04-02')],['FD']),
('indirect','date','2025-12-30',"A referral landed with us today, 30/12/25 - by when does a worker have to actually pick it up and do something with it?",[('wd',1,'2025-12-30')],['REF']),
('newstarter','date','2025-08-22',"Hi, sorry if this is a basic question. A Level 4 referral came in today (Friday 22nd August). By when does the social work Team Leader need to make the initial decision about what action is needed?",[('wd',1,'2025-08-22')],['INIT','FD']),
('manager','date','2027-01-05',"Contact received 24/12/26, TL decision logged 29/12/26. Was that within timescale?",[('wd',1,'2026-12-24')],['FD']),
('scenario','date','2025-04-17',"Mum rang the front door this morning (Maundy Thursday, 17th April) worried about her partner's drinking. Her last contact with us was back on 3rd March. When does the Team Leader need to have decided what we're doing with today's contact?",[('wd',1,'2025-04-17')],['FD']),
# ---------------- S47 ----------------
('duty','date','2025-04-18',"s47 initiated 18/4/25 - SW/mgr progress chat due by?",[('d',5,'2025-04-18')],['S47DISC']),
('newstarter','date','2025-12-23',"I've been asked to start my first Section 47 enquiry today (Tuesday 23 December). When do I need to have seen the child by?",[('d',0,'2025-12-23')],['S47SEEN']),
('indirect','date','2026-12-30',"We opened a child protection enquiry yesterday. When do the worker and their manager have to sit down and go over how it's progressing?",[('d',5,'2026-12-29')],['S47DISC']),
('manager','date','2025-05-12',"S47 initiated 02/05/25, SW/manager progress discussion held 09/05/25. In timescale?",[('d',5,'2025-05-02')],['S47DISC']),
('typos','date','2027-03-26',"s47 kicked off wed 24th march, when do i have to discus progres with my manger",[('d',5,'2027-03-24')],['S47DISC']),
# ---------------- strategy discussion ----------------
('newstarter','date','2025-12-19',"My manager has decided this morning (Friday 19th December) that a strategy discussion is needed. By when does it have to take place?",[('wd',1,'2025-12-19')],['STRAT1','STRAT24'],"The S47 section says a strategy discussion within 24 hours, which would put it on Saturday 20/12/25 rather than the next working day."),
# ---------------- allocation ----------------
('duty','date','2025-05-02',"referral in 2/5/25 - allocation for C&FA by?",[('wd',3,'2025-05-02')],['ALLOC']),
('typos','date','2025-12-23',"new referal 23/12/25 needs alocating for the c&f assesment, when by",[('wd',3,'2025-12-23')],['ALLOC']),
('scenario','date','2027-04-01',"A case came through CFR today, 1 April 2027, about a 7-year-old whose birthday is 5 April; mum has a hospital appointment on the 8th. When does it need to be allocated to a social worker for the Child and Family Assessment?",[('wd',3,'2027-04-01')],['ALLOC']),
# ---------------- TL review 15 wd ----------------
('duty','date','2025-12-01',"C&FA started 1/12/25, TL review due?",[('wd',15,'2025-12-01')],['TLREV']),
('typos','date','2026-04-13',"assesment started 13.4.26 when does tl have to reveiw it",[('wd',15,'2026-04-13')],['TLREV']),
('manager','date','2027-01-11',"C&FA started 14/12/26, TL review recorded 08/01/27. Within the review timescale?",[('wd',15,'2026-12-14')],['TLREV']),
('indirect','date','2026-05-18',"I've just begun looking into a family's situation properly today (18/5/26). By when should my team leader have read through and checked my work so far?",[('wd',15,'2026-05-18')],['TLREV']),
# ---------------- 45 days ----------------
('duty','date','2026-08-14',"CFA start 14.8.26, 45 day deadline?",[('d',45,'2026-08-14')],['ASS45']),
('newstarter','date','2025-12-24',"I started a Child and Family Assessment today, 24th December. Could you tell me the final date it must be completed by?",[('d',45,'2025-12-24')],['ASS45']),
('scenario','date','2027-03-04',"Referral came in on 2 March 2027 about a 4-year-old (born 14/06/2022). After allocation I started the C&F assessment today, 4 March. What's the completion deadline?",[('d',45,'2027-03-04')],['ASS45'],"Could be counted from the referral on 02/03/27 (giving 16/04/27) rather than the start of the assessment."),
('manager','date','2025-10-21',"Assessment started 01/09/25, completed 20/10/25. Within the 45?",[('d',45,'2025-09-01')],['ASS45']),
('typos','date','2025-08-28',"cfa startd 28th aug must be done by??",[('d',45,'2025-08-28')],['ASS45']),
# ---------------- ICPC ----------------
('duty','date','2025-12-19',"strat was 19/12/25, when's the ICPC?",[('wd',15,'2025-12-19')],['ICPC']),
('typos','date','2026-03-31',"strat was 31.3.26 whens the icpc due by",[('wd',15,'2026-03-31')],['ICPC']),
('manager','date','2026-01-26',"ICPC was held 20/01/26, strat 02/01/26, was that in timescale?",[('wd',15,'2026-01-02')],['ICPC']),
('scenario','date','2027-05-07',"We had the strategy meeting yesterday (6 May) after school saw bruising on the 4th. Dad has a court hearing on 20 May about contact. When does the initial conference have to be held by?",[('wd',15,'2027-05-06')],['ICPC']),
('indirect','date','2026-12-17',"The first multi-agency meeting about the bruising was on 16/12/26. What's the latest we can hold the big meeting where it gets decided whether he needs a protection plan?",[('wd',15,'2026-12-16')],['ICPC']),
('newstarter','date','2025-08-19',"Could you help me with the initial child protection conference timescale please? The strategy discussion was held on Monday 18 August.",[('wd',15,'2025-08-18')],['ICPC']),
('duty','date','2027-03-24',"strat yesterday, icpc by?",[('wd',15,'2027-03-23')],['ICPC']),
('indirect','date','2025-05-01',"We had the first agencies call about a 3 year old on Easter Monday (21/4/25) because it couldn't wait. When must the conference about a protection plan be by?",[('wd',15,'2025-04-21')],['ICPC']),
# ---------------- ICPC reports ----------------
('newstarter','date','2025-12-30',"The ICPC is on Tuesday 6th January. By when do I need to share my report with the family?",[('db',3,'2026-01-06')],['FAMREP']),
('duty','date','2027-01-04',"ICPC 12/1/27 - chair needs report by?",[('wdb',3,'2027-01-12')],['CHAIRREP']),
('typos','date','2026-05-20',"icpc on the 2nd of june, when does cp chair need my reprt",[('wdb',3,'2026-06-02')],['CHAIRREP']),
('indirect','date','2026-03-27',"The first protection meeting is on 8/4/26. When does the independent person chairing it need my signed-off written report?",[('wdb',3,'2026-04-08')],['CHAIRREP']),
('manager','date','2027-01-06',"ICPC 04/01/27; SW report reached the CP chair 30/12/26. Compliant?",[('wdb',3,'2027-01-04')],['CHAIRREP']),
('scenario','date','2026-08-20',"Strategy discussion was 13 August and the initial conference has been set for Tuesday 1 September 2026. Nan's viability visit is on the 27th. What's the last day I can share my conference report with mum and dad?",[('db',3,'2026-09-01')],['FAMREP']),
# ---------------- first core group ----------------
('duty','date','2025-12-22',"ICPC 22/12/25, first core group by?",[('d',10,'2025-12-22')],['CG'],"The 10th calendar day is New Year's Day (bank holiday); in practice it would have to be held by 31/12/25."),
('typos','date','2026-04-03',"icpc was 3rd april when do we need first core grp",[('d',10,'2026-04-03')],['CG']),
('indirect','date','2027-12-14',"A child was put on a protection plan at the conference today (14/12/27). When does the first meeting of the smaller working group of professionals and family need to happen?",[('d',10,'2027-12-14')],['CG']),
('manager','date','2025-06-02',"ICPC 19/05/25, first core group 30/05/25. In timescale?",[('d',10,'2025-05-19')],['CG']),
('newstarter','date','2025-08-27',"Could you tell me when the first core group should be held? The initial child protection conference was today, Wednesday 27 August.",[('d',10,'2025-08-27')],['CG']),
('scenario','date','2027-01-29',"Conference yesterday (28 January) made the twins subject to CP plans; their older brother's CIN meeting is on 2 February. What's the latest date for the first core group?",[('d',10,'2027-01-28')],['CG']),
# ---------------- RCPC reports ----------------
('duty','date','2026-03-30',"RCPC 6/4/26 - parents need report by?",[('db',3,'2026-04-06')],['RCPCPAR']),
('indirect','date','2025-12-15',"The follow-up protection conference is on 29/12/25. When must the chair have my plan update?",[('db',3,'2025-12-29')],['RCPCCHAIR']),
('typos','date','2026-12-21',"review conf 5.1.27 when do parents need the reprot",[('db',3,'2027-01-05')],['RCPCPAR']),
('manager','date','2026-05-15',"RCPC 14/05/26; plan update to chair 12/05/26. Compliant?",[('db',3,'2026-05-14')],['RCPCCHAIR']),
('newstarter','date','2026-05-22',"Our review child protection conference is on Monday 1 June. When is the latest I can share the plan update with the parents?",[('db',3,'2026-06-01')],['RCPCPAR']),
# ---------------- 12 months on plan ----------------
('scenario','date','2025-11-03',"Little Pip Marrowbone (invented) became subject to a CP plan on 31 January 2025; reviews were 28 April and 21 July and progress is poor. On what date will she have been on the plan 12 months, so we look at a professional thinking time meeting?",[('m',12,'2025-01-31')],['PTT']),
('manager','date','2026-09-01',"CP plan started 16/03/26. What date does the 12-month professional thinking time trigger fall on?",[('m',12,'2026-03-16')],['PTT']),
('duty','date','2026-02-10',"on plan since 28/2/25 - 12 months hit when? PTT mtg",[('m',12,'2025-02-28')],['PTT']),
# ---------------- PLO ----------------
('duty','date','2026-12-23',"PLO letter dated 23/12/26, first mtg by?",[('d',10,'2026-12-23')],['PLO1']),
('indirect','date','2026-03-27',"The letter that starts pre-proceedings went out today, dated 27/03/26. When must we meet the parents and their solicitor?",[('d',10,'2026-03-27')],['PLO1']),
('typos','date','2027-05-14',"plo leter dated 14th may first meeting by",[('d',10,'2027-05-14')],['PLO1']),
('manager','date','2025-12-16',"PLO letter 02/12/25, first meeting 15/12/25. In timescale?",[('d',10,'2025-12-02')],['PLO1']),
('duty','date','2026-03-31',"first PLO mtg 31/3/26, FGC referral by?",[('wd',3,'2026-03-31')],['FGC']),
('newstarter','date','2025-05-22',"We held the first PLO meeting today (Thursday 22 May) and the parents consented to a family group conference. When should the referral be made by?",[('wd',3,'2025-05-22')],['FGC']),
('scenario','date','2026-12-21',"At the first PLO meeting today (21 December 2026) gran and an aunt were named as possible carers. The review PLO is pencilled for 1 February. When do the viability screening requests have to be with Family Placement?",[('wd',3,'2026-12-21')],['VIAB']),
('indirect','date','2027-08-24',"After the first pre-proceedings meeting with the parents today, an uncle came forward as someone who could look after the children. When do we need to ask the placement team to screen him?",[('wd',3,'2027-08-24')],['VIAB']),
('typos','date','2025-08-28',"initial plo meet 28.8 viabilty request to FPT by when",[('wd',3,'2025-08-28')],['VIAB']),
('duty','date','2025-05-07',"PLO mtg 7/5/25, minutes out by?",[('d',7,'2025-05-07')],['PLOMIN']),
('manager','date','2026-01-05',"PLO meeting 23/12/25, minutes sent to parents and solicitors 02/01/26. In time?",[('d',7,'2025-12-23')],['PLOMIN']),
('newstarter','date','2027-03-31',"I minuted a PLO meeting today, 31 March. When do the minutes need to go to the parents and their legal representative?",[('d',7,'2027-03-31')],['PLOMIN']),
('scenario','date','2026-01-20',"PLO letter was dated 5 January 2026 and the first meeting with mum and her solicitor was 14 January. Family time is on Thursdays. When is the 12-week review legal planning meeting?",[('w',12,'2026-01-05')],['PLO12'],"'At 12 weeks' does not say from what; counting from the first PLO meeting (14/01/26) gives 08/04/26."),
('manager','date','2026-01-05',"PLO started with the letter on 01/09/25. When should the 16-week Legal Gateway meeting have been held?",[('w',16,'2025-09-01')],['PLO16'],"Could be counted from the first PLO meeting rather than the letter."),
('indirect','date','2026-12-17',"At the 12-week legal review today (17/12/26) they agreed, exceptionally, to give the family longer in pre-proceedings. What date does that extra time take us to?",[('w',4,'2026-12-17')],['PLO4']),
# ---------------- CIN ----------------
('newstarter','date','2025-12-11',"A child was taken off their child protection plan at the review conference today (11 December). When should the first Child in Need meeting be held?",[('d',20,'2025-12-11')],['CIN20']),
('typos','date','2026-04-15',"deplanned at rcpc 15/4 1st cin meetng by",[('d',20,'2026-04-15')],['CIN20']),
('duty','date','2026-12-22',"transfer in from CFR 22/12/26 - initial CIN by?",[('d',10,'2026-12-22')],['CIN10'],"The 10th calendar day is New Year's Day (bank holiday)."),
('indirect','date','2025-04-28',"The case came over to us in the Neighbourhood Team from the front door team today (28/4/25). When should the first family meeting about the support plan be held?",[('d',10,'2025-04-28')],['CIN10']),
('manager','date','2027-03-16',"Transferred from CFR 03/03/27; initial CIN meeting 15/03/27. Compliant?",[('d',10,'2027-03-03')],['CIN10']),
('scenario','date','2025-12-22',"The C&F assessment recommends CIN and we want the case to move to the Neighbourhood Team on Monday 5 January 2026. Mum's birthday is 2 January so she's asked for no visits that day. What's the last day CFR can email the Neighbourhood Team to give the notice?",[('db',5,'2026-01-05')],['NOTICE']),
('scenario','date','2027-08-20',"The ICPC was back on 20 February 2027; at today's review conference (20 August) the child was de-planned. When is the first CIN meeting due?",[('d',20,'2027-08-20')],['CIN20']),
# ---------------- children in care ----------------
('scenario','date','2025-12-19',"Police protection today (Friday 19 December 2025) has led to an unplanned admission to care; the family had a CIN meeting on the 10th. When must the assessment of his needs be completed?",[('wd',20,'2025-12-19')],['EMASS']),
('typos','date','2026-04-01',"unplaned admision 1st april, assesment done by",[('wd',20,'2026-04-01')],['EMASS']),
('duty','date','2026-12-24',"child accommodated 24/12/26 emergency - visit by?",[('wd',1,'2026-12-24')],['VIS1','VIS1B']),
('newstarter','date','2027-04-02',"A young person I work with moved to a new foster placement today (Friday 2 April). By when do I need to visit her?",[('wd',1,'2027-04-02')],['VIS1']),
('indirect','date','2025-04-18',"She moved in with her new carers late tonight, Good Friday 18/4/25. What's the latest I should go and see her there?",[('wd',1,'2025-04-18')],['VIS1','VIS1B']),
('manager','date','2026-01-05',"Child became looked after 30/12/25, first visit 02/01/26. In timescale?",[('wd',1,'2025-12-30')],['VIS1','VIS1B']),
('duty','date','2027-04-02',"placed fri 2/4/27 - placement mtg by?",[('wd',3,'2027-04-02')],['PLMEET']),
('typos','date','2026-05-22',"placment started 22/5 when placement meeting",[('wd',3,'2026-05-22')],['PLMEET']),
('scenario','date','2025-12-23',"The Quillfeather twins (invented) were placed with foster carers today, 23 December 2025; their previous placement ended on the 20th. When's the placement meeting due?",[('wd',3,'2025-12-23')],['PLMEET']),
('indirect','date','2026-03-30',"The children moved in with the carers today (30/3/26). When must the carers have the updated written plan with the delegated authority agreed?",[('wd',5,'2026-03-30')],['PLPLAN']),
('manager','date','2026-09-02',"Placement began 24/08/26; updated placement plan to carers 01/09/26. In time?",[('wd',5,'2026-08-24')],['PLPLAN']),
('newstarter','date','2025-12-15',"When should a child receive their coming into care pack and the children's rights leaflet? She came into care yesterday, Sunday 14 December.",[('w',3,'2025-12-14')],['PACK']),
('typos','date','2026-12-21',"came into care 20.12 when care pack due",[('w',3,'2026-12-20')],['PACK']),
('scenario','date','2025-12-23',"An interim care order was granted today, 23 December 2025, and she moved to foster carers this afternoon; the final hearing is listed for June. By when must the other professionals involved be told about her legal status?",[('wd',5,'2025-12-23')],['LEGAL']),
('indirect','date','2027-03-26',"He became looked after today, Good Friday 26/3/27. By when do all the other professionals around him need to be told about his new legal status?",[('wd',5,'2027-03-26')],['LEGAL']),
('duty','date','2027-03-23',"IHA - came into care 23/3/27, due?",[('wd',20,'2027-03-23')],['IHA']),
('newstarter','date','2026-05-05',"A child came into care today (Tuesday 5 May). When does the initial health assessment need to be done by?",[('wd',20,'2026-05-05')],['IHA']),
('scenario','date','2026-12-16',"Child came into care yesterday, 15 December 2026; she'd seen her GP on 10 December for an unrelated appointment. By when must the initial health assessment be carried out?",[('wd',20,'2026-12-15')],['IHA']),
('typos','date','2025-07-25',"pep mtg - child came in care 24th july, due?",[('d',20,'2025-07-24')],['PEP']),
('indirect','date','2026-12-09',"She came into our care today (9/12/26). When should the school hold the meeting about her education plan?",[('d',20,'2026-12-09')],['PEP']),
('scenario','date','2025-12-29',"Baby Wren Oakapple (invented) was born on 20 December and placed with foster carers on 27 December 2025; the pre-birth conference had been on 1 December. When does the care plan need to be recorded on the system?",[('d',10,'2025-12-27')],['CAREPLAN']),
('manager','date','2026-04-20',"Placement 03/04/26; care plan recorded on LCS 14/04/26. Compliant?",[('d',10,'2026-04-03')],['CAREPLAN']),
('newstarter','date','2026-08-28',"When does the care plan need to be on the system? The placement started today, Friday 28 August.",[('d',10,'2026-08-28')],['CAREPLAN']),
('duty','date','2025-12-18',"LAC from 18/12/25, IRO review by?",[('wd',20,'2025-12-18')],['LACREV']),
('typos','date','2026-04-07',"child became lac on 3.4 first reveiw when",[('wd',20,'2026-04-03')],['LACREV']),
('scenario','date','2025-05-09',"Accommodated under s20 on 2 May 2025; moved to a new carer today (9 May); the PLO letter was dated 1 April. When must the initial LAC review happen?",[('wd',20,'2025-05-02')],['LACREV']),
('indirect','date','2027-12-14',"He came into care today (14/12/27). What's the deadline for the first statutory meeting chaired by the independent reviewing officer?",[('wd',20,'2027-12-14')],['LACREV']),
('manager','date','2025-09-24',"Child looked after from 25/08/25, first LAC review held 22/09/25. In time?",[('wd',20,'2025-08-25')],['LACREV']),
('duty','date','2026-12-21',"LAC review 4/1/27 - SW report to IRO by?",[('db',3,'2027-01-04')],['IROREP'],"If '3 days before' were read as working days it would be 29/12/26; the calendar date is a bank holiday."),
('newstarter','date','2026-03-25',"My child's Looked After Review is on Wednesday 8 April. When does my written report need to be with the IRO?",[('db',3,'2026-04-08')],['IROREP']),
('typos','date','2025-05-19',"lac reveiw 28th may report to iro when",[('db',3,'2025-05-28')],['IROREP']),
('duty','date','2027-05-24',"informal IRO challenge today 24/5 - formal dispute if not resolved by?",[('wd',5,'2027-05-24')],['IROINF']),
('indirect','date','2025-12-22',"The reviewing officer flagged drift in the plan to me informally today (22/12/25). If we can't sort it, when does it turn into a formal dispute?",[('wd',5,'2025-12-22')],['IROINF']),
('manager','date','2025-05-20',"Formal IRO dispute raised 14/04/25, resolved 13/05/25. Within timescale?",[('wd',20,'2025-04-14')],['IRODISP']),
('newstarter','date','2026-12-07',"An IRO started the formal dispute resolution process on one of my cases today (Monday 7 December). When should the whole process be finished?",[('wd',20,'2026-12-07')],['IRODISP']),
('typos','date','2026-05-01',"formal dispute from iro startd 1/5 finish by",[('wd',20,'2026-05-01')],['IRODISP']),
# ---------------- adoption ----------------
('scenario','date','2026-03-20',"The match was agreed at panel on 3 March 2026 and after introductions the child moved in with the adopters on 16 March. From when can they apply for the Adoption Order?",[('w',10,'2026-03-16')],['AD10']),
('indirect','date','2026-01-05',"The little one went to live with her new forever family on Christmas Eve (24/12/25). From what date can they go to court for the order that makes it permanent?",[('w',10,'2025-12-24')],['AD10']),
('newstarter','date','2027-08-09',"Please could you tell me when adopters can apply for an Adoption Order? The child moved in with them on Friday 6 August.",[('w',10,'2027-08-06')],['AD10']),
# ---------------- fostering ----------------
('newstarter','date','2026-08-28',"I'm a new supervising social worker and visited a foster carer today (Friday 28 August). By when must I record the visit on LCS?",[('wd',3,'2026-08-28')],['FCREC']),
('newstarter','date','2025-12-24',"I visited one of our foster carers today (Wednesday 24 December). When does the visit record need to be on LCS?",[('wd',3,'2025-12-24')],['FCREC']),
('manager','date','2027-04-08',"SSW visit to carers 01/04/27; recorded 07/04/27. Compliant?",[('wd',3,'2027-04-01')],['FCREC']),
('scenario','date','2026-04-30',"The Strategic Lead agreed on 29 April to a third child being placed outside the carers' terms of approval, and he moved in today, 30 April 2026. Up to what date can the variation run?",[('wd',6,'2026-04-30')],['VAR'],"Could be counted from the permission on 29/04/26 (giving 08/05/26) rather than from the placement."),
('newstarter','date','2026-12-18',"Could you explain how long a Variation of the Terms of Approval can last? We placed a child outside the carer's approval today, Friday 18 December.",[('wd',6,'2026-12-18')],['VAR']),
('indirect','date','2026-01-02',"A grandparent was approved on a temporary basis as the child's carer today (2/1/26) so he could move in. When does that run out if it isn't extended?",[('w',16,'2026-01-02')],['TEMP']),
('manager','date','2025-08-20',"Connected person temporary approval 05/05/25; extension agreed. When does the extended approval end?",[('w',24,'2025-05-05')],['TEMP']),
('typos','date','2026-12-29',"temp aproval conected person 29th dec, 16 wks up when",[('w',16,'2026-12-29')],['TEMP']),
# ---------------- case recording ----------------
('typos','date','2025-12-24',"home visit 24/12 when does it need recording by",[('d',3,'2025-12-24')],['REC']),
('newstarter','date','2026-04-03',"I've just done an emergency home visit today (Good Friday, 3 April). How long do I have to record it?",[('d',3,'2026-04-03')],['REC']),
('manager','date','2027-08-16',"Home visit 10/08/27, case note recorded 14/08/27. In line with the recording standard?",[('d',3,'2027-08-10')],['REC']),
('indirect','date','2027-05-28',"I had a phone call with dad yesterday. What's the cut-off for getting it written up on the file?",[('d',3,'2027-05-27')],['REC']),
# ---------------- visits kind ----------------
('duty','visits','2025-12-23',"cp visit 22/12/25, next by?",[('w',4,'2025-12-22')],['CPVIS']),
('duty','visits','2027-04-01',"CIN visit 30/3/27 next due?",[('w',6,'2027-03-30')],['CINVIS']),
('typos','visits','2026-12-29',"lac visit 24/12, hasnt had 1st reveiw yet, next visit when",[('w',1,'2026-12-24')],['LACWK']),
('newstarter','visits','2026-04-02',"My looked after child had her first review last month and I visited her yesterday (1 April). When is my next statutory visit due?",[('w',6,'2026-04-01')],['LAC6']),
('manager','visits','2025-11-20',"YP settled in permanent placement for 2 years, on 12-weekly visits. Last statutory visit 20/08/25. When was the next one due?",[('w',12,'2025-08-20')],['LAC12']),
('indirect','visits','2026-01-05',"The toddler was placed with her adopters before Christmas and hasn't had her first review yet. I last saw her there on 2/1/26. When do I next need to go?",[('w',1,'2026-01-02')],['ADWK']),
('scenario','visits','2027-05-20',"Adoptive placement started in February, first LAC review was held 12 March, and the adoption order hearing isn't until autumn. My last visit was Saturday 15 May 2027. When's the next statutory visit due?",[('w',6,'2027-05-15')],['AD6']),
('typos','visits','2025-12-22',"fostr carer supervisory visit 19/12 next one by",[('w',6,'2025-12-19')],['FCVIS']),
('indirect','visits','2026-01-12',"We last turned up at a foster carer's home without warning on 10/4/25. By when should the next surprise visit be?",[('m',12,'2025-04-10')],['FCUNANN']),
('manager','visits','2026-09-10',"Foster carer annual review last held 31/03/26. When is the next one due?",[('m',12,'2026-03-31')],['FCANN']),
('scenario','visits','2026-10-01',"Our carers' reviews go to the IRO each year but their last one presented to Fostering Panel was on 29 February 2024. There have been no complaints or allegations. When must a review next go to panel?",[('m',36,'2024-02-29')],['FCPANEL']),
('newstarter','visits','2027-11-01',"A foster carer's DBS, medical and references were last updated on 5 May 2025. When do they need updating again?",[('m',36,'2025-05-05')],['FCDBS']),
('duty','visits','2027-06-01',"fc core training last done 1/9/24 - renew by?",[('m',36,'2024-09-01')],['FCTRAIN']),
('indirect','visits','2026-01-06',"We last looked again at how often the children see mum and dad on 18/12/25 - there's no agreed permanence plan yet. When must we look at it again?",[('w',8,'2025-12-18')],['FT']),
('typos','visits','2027-03-25',"cin reveiw meeting was 24.3.27 next one due",[('w',6,'2027-03-24')],['CINREV']),
('manager','visits','2026-05-01',"Last review PLO meeting 02/04/26. When is the next review PLO due at the latest?",[('w',6,'2026-04-02')],['PLOREV'],"The standard gives a range of 4-6 weeks; the earliest point would be 30/04/26."),
('scenario','visits','2026-02-02',"Case summary on the file was last updated on 30 November 2025 and we have an audit coming up on 10 March. By when must the summary be refreshed to stay within the standard?",[('m',3,'2025-11-30')],['SUMM']),
('newstarter','visits','2027-04-05',"I visited a child on a child protection plan on Good Friday, 26 March. When is my next visit due at the latest?",[('w',4,'2027-03-26')],['CPVIS']),
('typos','visits','2025-08-20',"cin vist 15th aug, when next",[('w',6,'2025-08-15')],['CINVIS']),
('manager','visits','2026-06-01',"Child's C&FA was authorised by the manager on 31/12/25. At what date does it stop counting as up to date?",[('m',12,'2025-12-31')],['ASS12']),
('indirect','visits','2025-05-06',"I saw the boy on the protection plan at home on the early May bank holiday (5/5/25). When do I have to see him again at the latest?",[('w',4,'2025-05-05')],['CPVIS']),
# ---------------- age ----------------
('duty','age','2025-11-10',"dob 03/09/2010 - pathway plan start when?",[('age',(15,6),'2010-09-03')],['PATH']),
('scenario','age','2026-06-15',"Care leaver-to-be, born 31 August 2011, placed with us since 2019; her LAC review is on 12 January 2027. When does she reach the age at which the pathway plan must be started?",[('age',(15,6),'2011-08-31')],['PATH']),
('newstarter','age','2025-10-01',"I have a child born on 29 February 2020 who may be going into PLO. Until what date is she 'under the age of 6' for the adoption allocation - when does she turn 6?",[('age',(6,0),'2020-02-29')],['ADOPT6']),
('manager','age','2026-11-30',"ICPC 20/01/27 for a child born 14/01/2015. Will he be 12 by then - on what date does he turn 12 for the advocate offer?",[('age',(12,0),'2015-01-14')],['ADV12']),
('typos','age','2025-12-01',"when does a kid born 26/12/13 turn 12 for the advocate thing at conf",[('age',(12,0),'2013-12-26')],['ADV12']),
('indirect','age','2025-09-15',"At what date does a boy born 15/10/2010 reach the age when we're meant to start planning for him leaving care?",[('age',(15,6),'2010-10-15')],['PATH']),
('scenario','age','2027-02-10',"Mum's youngest is 5 (born 3 May 2021) and his brother is 8; proceedings are likely in spring 2027. On what date does the younger one stop being under 6 for the adoption allocation?",[('age',(6,0),'2021-05-03')],['ADOPT6']),
('newstarter','age','2027-01-20',"A young person in care was born on 29 February 2012. When does she reach the age at which her pathway plan has to be started?",[('age',(15,6),'2012-02-29')],['PATH']),
# ---------------- choice ----------------
('duty','choice','2026-03-03',"visited 2/3/26 - next visit when?",[('w',4,'2026-03-02'),('w',6,'2026-03-02')],['CPVIS','CINVIS']),
('typos','choice','2026-03-09',"confrence on 16/3 when does my report need to go out",[('wdb',3,'2026-03-16'),('db',3,'2026-03-16')],['CHAIRREP','FAMREP']),
('manager','choice','2026-04-14',"PLO meeting held today 14/04/26 - what's the next deadline?",[('wd',3,'2026-04-14'),('d',7,'2026-04-14')],['FGC','PLOMIN']),
('newstarter','choice','2026-08-24',"A child was placed with foster carers today, Monday 24 August. When is the placement plan stuff due?",[('wd',3,'2026-08-24'),('wd',5,'2026-08-24')],['PLMEET','PLPLAN']),
('indirect','choice','2025-12-10',"I went out to see one of our foster carers today (10/12/25). What's my next deadline for her?",[('wd',3,'2025-12-10'),('w',6,'2025-12-10')],['FCREC','FCVIS']),
('scenario','choice','2026-12-01',"The IRO raised a challenge with me about drift in Bluebell Sparrowfield's (invented) plan today, 1 December 2026; the next LAC review is 20 January. What's the deadline I'm working to?",[('wd',5,'2026-12-01'),('wd',20,'2026-12-01')],['IROINF','IRODISP']),
('scenario','choice','2027-06-07',"Match was ratified on 24 May and the child moved in with the adopters today, 7 June 2027, after a week of introductions. What's the next date I need to know about?",[('w',1,'2027-06-07'),('w',10,'2027-06-07')],['ADWK','AD10']),
('duty','choice','2026-03-03',"conference was 3/3, what's next due?",[('d',10,'2026-03-03'),('d',20,'2026-03-03')],['CG','CIN20']),
# ---------------- none ----------------
('duty','none','2026-05-12',"icpc 12/5/26 - rcpc due when?","The standards do not set a review conference timescale; the CP chair sets the date of the next conference.",['NRCPC']),
('newstarter','none','2026-02-02',"My child had his first Looked After Review on 26 January. When does the second review need to be held?","Only the initial LAC review (20 working days) is timed; no timescale for the second review.",['NLAC2']),
('typos','none','2025-11-04',"how often do i have to have supervison, last one 3/11",'Supervision is "in line with the supervision policy"; no frequency in the standards.',['NSUP']),
('manager','none','2027-02-15',"IRH listed 15/04/27. What's the deadline for the SHOPBA?","SHOPBA must be after the final care planning meeting and before IRH paperwork; no date or number of days set.",['NSHOP']),
('indirect','none','2025-12-19',"A lower-level contact came in today (19/12/25) that looks like one for Early Help. By when does the Early Help team leader have to decide what to do?","Level 1-3 initial decisions have no timescale in the standards.",['NEH']),
('scenario','none','2026-06-10',"First core group was 29 May 2026 after the ICPC on 20 May. We've agreed SMART targets. When does the next core group have to be?","Only the first core group is timed (10 days); no frequency for later core groups.",['NCG']),
('duty','none','2027-01-18',"later life letter - deadline? placed 4/1/27","The standards say the adoption SW completes the Later Life Letter but set no timescale.",['NLLL']),
('indirect','none','2025-09-01',"Between reviews, how often does the independent reviewing officer have to get in touch with the child? Last review 20/8/25.","The IRO contacts the child between reviews but no frequency is set.",['NIRO']),
('manager','none','2026-03-02',"SHOPBA held 23/02/26. By when must the parents' outcome letter go out?","The letter is signed by the ADM but no timescale is given.",['NLET']),
]
# none rows: expect_any keys are not used for none rows (no sentence sets a timescale)


def build():
    out = []
    for r in ROWS:
        voice, kind, today, q, rules, keys = r[:6]
        amb = r[6] if len(r) > 6 else None
        row = {'q': q, 'today': today}
        if kind == 'none':
            row['due'] = None
            row['count'] = rules if isinstance(rules, str) else "no timescale set in the standards"
        else:
            res = [compute(x) for x in rules]
            if kind == 'choice':
                assert len(res) == 2
                due = min(d for d, _ in res)
                row['due'] = due.isoformat()
                row['count'] = "either: " + " | or: ".join(t for _, t in res) + f"; earlier is {due.isoformat()}"
            else:
                assert len(res) == 1
                row['due'] = res[0][0].isoformat()
                row['count'] = res[0][1]
        row['expect_any'] = [P[k] for k in keys]
        row['voice'] = voice
        row['kind'] = kind
        if amb: row['ambiguous'] = amb
        out.append(row)
    return out

def check(rows):
    ok = True
    for i, r in enumerate(rows):
        for ph in r['expect_any']:
            if ph not in SRC or len(ph.split()) < 6:
                print('BAD PHRASE', i, ph); ok = False
        D.fromisoformat(r['today'])
        assert r['voice'] in {'duty','typos','scenario','indirect','newstarter','manager'}, r
        assert r['kind'] in {'date','visits','age','choice','none'}, r
        if r['kind'] == 'choice': assert len(r['expect_any']) >= 2
    # sanity cross-check of typed Easter holidays against an Easter computation
    def easter(y):
        a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
        i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=((h+l-7*m+114)%31)+1
        return D(y,mo,da)
    for y in range(2024, 2029):
        e = easter(y)
        assert e - dt.timedelta(2) in BANK_HOLIDAYS and e + dt.timedelta(1) in BANK_HOLIDAYS, y
        assert sum(1 for h in BANK_HOLIDAYS if h.year == y) == 8, y
        for h in BANK_HOLIDAYS:
            if h.year == y: assert h.weekday() < 5, h
    print(Counter(r['kind'] for r in rows)); print(Counter(r['voice'] for r in rows)); print('rows', len(rows))
    return ok

if __name__ == '__main__':
    here = os.path.dirname(os.path.abspath(__file__))
    rows = build()
    ok = check(rows)
    with open(os.path.join(here, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    # re-read and parse every line
    with open(os.path.join(here, 'questions.jsonl'), encoding='utf-8') as f:
        n = sum(1 for line in f if json.loads(line))
    print('parsed', n, 'ok' if ok else 'PHRASE ERRORS'); sys.exit(0 if ok else 1)
