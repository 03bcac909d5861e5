#!/usr/bin/env python3
"""Oracle for the deadline question set. Standard library only (datetime).
Run: python3 oracle.py            -> writes questions.jsonl next to this file and runs checks.
"""
import datetime as dt, json, os, sys, calendar, collections

D = dt.date
# England & Wales bank holidays 2024-2028, typed by hand (substitute days applied).
BANK_HOLIDAYS = {
    # 2024
    D(2024,1,1), D(2024,3,29), D(2024,4,1), D(2024,5,6), D(2024,5,27), D(2024,8,26), D(2024,12,25), D(2024,12,26),
    # 2025
    D(2025,1,1), D(2025,4,18), D(2025,4,21), D(2025,5,5), D(2025,5,26), D(2025,8,25), D(2025,12,25), D(2025,12,26),
    # 2026 (Boxing Day Sat -> Mon 28)
    D(2026,1,1), D(2026,4,3), D(2026,4,6), D(2026,5,4), D(2026,5,25), D(2026,8,31), D(2026,12,25), D(2026,12,28),
    # 2027 (Christmas Sat -> Mon 27, Boxing Sun -> Tue 28)
    D(2027,1,1), D(2027,3,26), D(2027,3,29), D(2027,5,3), D(2027,5,31), D(2027,8,30), D(2027,12,27), D(2027,12,28),
    # 2028 (New Year Sat -> Mon 3 Jan)
    D(2028,1,3), D(2028,4,14), D(2028,4,17), D(2028,5,1), D(2028,5,29), D(2028,8,28), D(2028,12,25), D(2028,12,26),
}

def _easter(y):  # anonymous Gregorian algorithm, used only to cross-check the typed list
    a=y%19; b=y//100; c=y%100; d=b//4; e=b%4; f=(b+8)//25; g=(b-f+1)//3
    h=(19*a+b-d-g+15)%30; i=c//4; k=c%4; l=(32+2*e+2*i-h-k)%7; m=(a+11*h+22*l)//451
    mo=(h+l-7*m+114)//31; da=((h+l-7*m+114)%31)+1
    return D(y,mo,da)

def _selfcheck_holidays():
    for y in range(2024, 2029):
        e = _easter(y)
        assert e - dt.timedelta(2) in BANK_HOLIDAYS and e + dt.timedelta(1) in BANK_HOLIDAYS, y
        mays = [D(y,5,d) for d in range(1,32) if D(y,5,d).weekday()==0]
        augs = [D(y,8,d) for d in range(1,32) if D(y,8,d).weekday()==0]
        assert mays[0] in BANK_HOLIDAYS and mays[-1] in BANK_HOLIDAYS and augs[-1] in BANK_HOLIDAYS, y
        assert len([h for h in BANK_HOLIDAYS if h.year==y]) == 8, y
    for h in BANK_HOLIDAYS:
        assert h.weekday() < 5, h

DOW = ['Mon','Tue','Wed','Thu','Fri','Sat','Sun']
def fmt(d): return f"{d.isoformat()} ({DOW[d.weekday()]})"
def is_wd(d): return d.weekday() < 5 and d not in BANK_HOLIDAYS

def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12); y += d.year; m += 1
    last = calendar.monthrange(y, m)[1]
    return D(y, m, min(d.day, last)), d.day > last

def wd_after(d, n):
    cur, skipped = d, []
    k = 0
    while k < n:
        cur += dt.timedelta(1)
        if is_wd(cur): k += 1
        elif cur in BANK_HOLIDAYS: skipped.append(cur)
    return cur, skipped

def wd_before(d, n):
    cur, skipped = d, []
    k = 0
    while k < n:
        cur -= dt.timedelta(1)
        if is_wd(cur): k += 1
        elif cur in BANK_HOLIDAYS: skipped.append(cur)
    return cur, skipped

def compute(rule, start):
    """rule: (type, n). Returns (due, count-text)."""
    t, n = rule
    s = D.fromisoformat(start)
    if t == 'wd':
        due, sk = wd_after(s, n)
        txt = f"{n} working day{'s' if n!=1 else ''} after {fmt(s)} -> {fmt(due)}"
        if not is_wd(s): txt += f"; start day is not a working day, counted from it"
        if sk: txt += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
    elif t == 'wdb':
        due, sk = wd_before(s, n)
        txt = f"{n} working days before {fmt(s)} -> {fmt(due)}"
        if sk: txt += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
    elif t == 'd':
        due = s + dt.timedelta(n)
        txt = f"{n} calendar days after {fmt(s)} -> {fmt(due)}" if n else f"same day as {fmt(s)}"
        if due in BANK_HOLIDAYS: txt += " (falls on a bank holiday; calendar days)"
    elif t == 'db':
        due = s - dt.timedelta(n)
        txt = f"{n} calendar days before {fmt(s)} -> {fmt(due)}"
    elif t == 'w':
        due = s + dt.timedelta(7*n)
        txt = f"{n} week{'s' if n!=1 else ''} ({7*n} days) after {fmt(s)} -> {fmt(due)}"
        if due in BANK_HOLIDAYS: txt += " (falls on a bank holiday; calendar count)"
    elif t == 'm':
        due, clip = add_months(s, n)
        txt = f"{n} months after {fmt(s)} -> {fmt(due)}"
        if clip: txt += f" (no day {s.day} in that month, so last day of month)"
    elif t == 'age':
        y, mo = n
        due, clip = add_months(s, 12*y + mo)
        txt = f"born {s.isoformat()}, aged {y} years" + (f" {mo} months" if mo else "") + f" on {fmt(due)}"
        if clip and s.month == 2 and s.day == 29 and mo == 0:
            due = D(due.year, 3, 1)
            txt = f"born {s.isoformat()} (29 Feb), {due.year} is not a leap year so birthday taken as 1 March: aged {y} on {fmt(due)}"
        elif clip:
            txt += f" (no day {s.day} in that month, so last day of month)"
    else:
        raise ValueError(t)
    return due, txt

# ---- timescales from the standards: key -> (rule, [verbatim phrases]) ----
TS = {
 'cfr':     (('wd',1),  ["decisions made by what action are required by a Team Leader within 1 working day"]),
 'init':    (('wd',1),  ["Initial decisions will be made about the action required within 1 working day"]),
 'refact':  (('wd',1),  ["Referrals will be actioned by a social worker within 1 working day"]),
 's47seen': (('d',0),   ["will be seen by the Social Worker the same day"]),
 's47disc': (('d',5),   ["Within 5 days of the Section 47 being initiated"]),
 'alloc':   (('wd',3),  ["allocated to a social worker to complete a Child and Family Assessment within 3 working days"]),
 'asrev':   (('wd',15), ["All assessments will be reviewed by the Team Leader within 15 working days"]),
 'ascomp':  (('d',45),  ["Assessments must all be completed within 45 days"]),
 'strat':   (('wd',1),  ["this must happen within 1 working day and should be chaired by a social work manager",
                         "A strategy discussion within 24 hours involving all relevant agencies"]),
 'transfer':(('d',5),   ["will complete a joint visit to the home to introduce the new worker"]),
 'icpc':    (('wd',15), ["convened within working 15 days of the initial strategy discussion"]),
 'icpcfam': (('db',3),  ["shared with family at least 3 the days prior to conference"]),
 'icpcchair':(('wdb',3),["sent to the child protection chair 3 working days before the conference"]),
 'cg1':     (('d',10),  ["held within 10 days of the conference and is used"]),
 'cpvisit': (('w',4),   ["Visits to a child subject to a CP plan will take place at least every 4 weeks"]),
 'rcpcpar': (('db',3),  ["This report must be shared with parents at least 3 days prior to the review conference"]),
 'rcpcchair':(('db',3), ["The report will be available to the conference chair at least 3 days prior to the review conference"]),
 'cp12':    (('m',12),  ["when they have been subject to a plan for 12 months"]),
 'plo1':    (('d',10),  ["should take place within 10 days of the date on the PLO letter"]),
 'fgc':     (('wd',3),  ["Referral should be made within 3 working days of the first PLO meeting"]),
 'viab':    (('wd',3),  ["within 3 working days of the initial PLO meeting"]),
 'plomin':  (('d',7),   ["distributed to parents and their legal representation within 7 days of the meeting"]),
 'plorev':  (('w',6),   ["Review PLO meetings with parents to be held every 4-6 weeks"]),
 'plo12':   (('w',12),  ["A review legal planning meeting will be held at 12 weeks"]),
 'plo16':   (('w',16),  ["a Legal Gateway meeting will be convened at 16 weeks"]),
 'cin20':   (('d',20),  ["will set the first CIN meeting within 20 days"]),
 'cin10':   (('d',10),  ["the initial CIN meeting must take place within 10 days"]),
 'cinrev':  (('w',6),   ["CIN review meetings will be held at least every 6 weeks"]),
 'cinvisit':(('w',6),   ["A child subject to a CIN plan will be seen at least every 6 weeks"]),
 'lacass':  (('wd',20), ["If it is an emergency / unplanned admission the assessment will be completed within 20 working days"]),
 'lacvisit1':(('wd',1), ["The child will be visited within 1 working day of coming into care or having a change in placement",
                         "All looked after children will be seen within 1 working day of placement"]),
 'plmeet':  (('wd',3),  ["The placement meeting will be held within 3 working days"]),
 'plplan':  (('wd',5),  ["an updated copy given to the carers within 5 working days of the placement beginning"]),
 'famtime': (('w',8),   ["reviewed at least every 8 week until the plan for permanence is agreed"]),
 'pack':    (('w',3),   ["coming into care pack, children rights leaflet within 3 weeks"]),
 'legal':   (('wd',5),  ["All other professionals involved with the child will be informed"]),
 'iha':     (('wd',20), ["An initial health assessment will be requested and carried out within 20 working days"]),
 'pep':     (('d',20),  ["A PEP meeting will be arranged within the school within 20 days"]),
 'lacweekly':(('w',1),  ["Statutory looked after visits must happen weekly until the first looked after review"]),
 'lac6':    (('w',6),   ["a minimum of every 6 weeks thereafter until the plan for permanence is finalised"]),
 'lac12':   (('w',12),  ["Statutory visits can only move to 12 weekly when the young person has settled"]),
 'careplan':(('d',10),  ["An up to date care plan will be recorded on the electronic system within 10 days of placement"]),
 'lar1':    (('wd',20), ["The initial Looked After Review must take place within 20 working days of the child becoming looked after"]),
 'pathway': (('age',(15,6)), ["A pathway plan will be started when the young person is 15 years 6 months"]),
 'iroreport':(('db',3), ["this will be with the IRO 3 days before the review"]),
 'irochal': (('wd',5),  ["If the challenge is not resolved within 5 working days a formal dispute will be raised"]),
 'irodisp': (('wd',20), ["The formal dispute resolution process should be completed from start to finish within 20 working days"]),
 'adopt6':  (('age',(6,0)), ["If a child under the age of 6 enters PLO or proceedings"]),
 'adoptwk': (('w',1),   ["Once the child is placed weekly statutory visits will take place until the first Looked After Review"]),
 'adopt6w': (('w',6),   ["visits will be a minimum of 6 weekly until the Adoption Order is Granted"]),
 'adopt10': (('w',10),  ["Once the children have been in placement with the adopter for 10 weeks"]),
 'fcvisit': (('w',6),   ["Trafford foster carers are visited at least once every six weeks"]),
 'fcrec':   (('wd',3),  ["a record of this visit is recorded on LCS within 3 working days"]),
 'fcunann': (('m',12),  ["will have an unannounced visit at least once every 12 months"]),
 'fcannual':(('m',12),  ["will have an annual review including an updated Safer Caring Policy"]),
 'fcpanel': (('m',36),  ["annual review presented to the Fostering Panel at least every three years"]),
 'fcdbs':   (('m',36),  ["updated statutory references, medicals and DBS checks at least every three years"]),
 'fctrain': (('m',36),  ["must update their core training at least every three years"]),
 'fcvar':   (('wd',6),  ["This can only be given for up to 6 working days"]),
 'fctemp':  (('w',16),  ["Temporary approval is for 16 weeks but can be extended"]),
 'fcext':   (('w',24),  ["Temporary approval is for 16 weeks but can be extended for a further 8 weeks"]),
 'rec':     (('d',3),   ["any event or contact is recorded within 3 days"]),
 'summary': (('m',3),   ["case file summary which has been updated within the last 3 months"]),
 'assess12':(('m',12),  ["An up to date assessment (within the last 12 months)"]),
 'advocate':(('age',(12,0)), ["if they are 12 or over they should be offered an advocate"]),
 # 'none' rows: nearest related sentence (it sets no timescale)
 'n_rcpc':  (None, ["The child protection chair will set the date of the next conference"]),
 'n_sup':   (None, ["monitored through supervision which takes place in line with the supervision policy"]),
 'n_lar2':  (None, ["a new LAC review will be set in accordance with the timescales"]),
 'n_shopba':(None, ["This needs to take place after the area teams final care planning meeting"]),
 'n_life':  (None, ["The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child"]),
 'n_iro':   (None, ["The IRO will contact the child between reviews to ensure the progress of the plan"]),
 'n_legal': (None, ["a referral to legal for legal advice should be made"]),
 'n_ff':    (None, ["a referral should be made to Family Focus by emailing the team"]),
 'n_letter':(None, ["Parents will be sent a letter detailing the outcome of the SHOPBA signed by the ADM"]),
}

# Structured row descriptions: (voice, kind, key(s), start ISO, today ISO or None(=start), question, [ambiguous])
ROWS = [
# ---------------- indirect ----------------
('indirect','date','cfr','2026-04-01','2026-04-02',"school rang our first response line yesterday with a worry about a pupil, by when does a team leader need to have made a call on what we do with it?"),
('indirect','date','cfr','2026-04-02','2026-04-02',"police notification landed with the first response team today (Thu 2nd April), by when does a TL have to decide what happens with it?"),
('indirect','date','refact','2025-12-24','2025-12-24',"TL has accepted this one as needing a social worker to pick it up (decided Christmas Eve) - by when does a worker have to actually action it?"),
('indirect','date','s47seen','2026-05-20','2026-05-20',"we've just kicked off the enquiry into whether the kids are suffering significant harm this morning. when do I have to physically see them?"),
('indirect','date','s47disc','2026-08-28','2026-08-28',"the enquiry into significant harm started on Friday 28 Aug 2026, by when must me and my manager sit down and go over how it's going?"),
('indirect','date','alloc','2026-04-30','2026-04-30',"referral came through on 30 April 2026 that needs the full family assessment doing, by when does it have to be given to a worker?"),
('indirect','date','asrev','2025-12-15','2025-12-16',"I opened the full family assessment on Mon 15 December. By when should my TL have looked it over?"),
('indirect','date','ascomp','2025-11-10','2025-11-20',"the big assessment we do on every new case was started on 10 Nov 2025, what's the absolute final day for finishing it?"),
('indirect','date','strat','2026-05-05','2026-05-05',"my manager's just decided we need the multi-agency meeting to plan the enquiry (decided today, Tuesday 5 May) - by when does it need to happen?"),
('indirect','date','icpc','2025-12-11','2025-12-12',"the multi-agency meeting that decided on the enquiry was on 11/12/25. When's the latest the first big meeting to decide on a protection plan can be?"),
('indirect','date','icpcfam','2026-04-07','2026-03-30',"first conference for the family is on Tue 7 April 2026, by when do mum and dad need to have my report in their hands?","'3 the days' could be read as 3 working days before (2026-04-01) rather than calendar days (Sat 2026-04-04)."),
('indirect','date','icpcchair','2026-01-08','2025-12-22',"the very first conference for this family is Thurs 8th Jan 2026, when does the person chairing it need my report, signed off?"),
('indirect','date','icpcchair','2026-01-06','2025-12-22',"the first conference where they decide about a plan is Tue 6 Jan 2026 - last day the chair can get my signed-off report?"),
('indirect','date','cg1','2025-12-22','2025-12-22',"the meeting where everyone agreed the protection plan was today, 22 Dec 2025 - when's the first meeting of the smaller group who work the plan due by?"),
('indirect','visits','cpvisit','2026-04-02','2026-04-07',"I last saw the little one who's on a protection plan at home on 2/4/26, when's my next statutory visit due by?"),
('indirect','date','rcpcpar','2027-01-04','2026-12-21',"the meeting to review the protection plan is Mon 4 Jan 2027 - last day I can get my update to the parents?"),
('indirect','date','rcpcchair','2026-05-25','2026-05-18',"the chair of the review of the protection plan on 25/05/2026 wants my update - by when at the latest?"),
('indirect','date','cp12','2026-01-14','2026-11-02',"child went on a protection plan 14 Jan 2026. when do we hit the point where we have to hold the 'think differently' meeting if things haven't shifted enough to take her off?"),
('indirect','date','plo1','2025-12-19','2025-12-19',"the letter that starts pre-proceedings is dated 19/12/2025. When's the meeting with the parents and their solicitors due by?"),
('indirect','date','fgc','2026-12-24','2026-12-24',"we had the first pre-proceedings meeting with mum and her solicitor today, Thu 24 Dec 2026. she's agreed to a family meeting, when does the referral for it have to go?"),
('indirect','date','viab','2026-05-22','2026-05-22',"first meeting under the pre-proceedings process was 22/05/2026 and nan has been named as someone who could care for him. When do I need to ask family placement to screen her?"),
('indirect','date','plomin','2026-09-01','2026-09-07',"pre-proceedings meeting with the parents was last Tuesday, when do the notes need to be with the parents and their lawyers?"),
('indirect','visits','plorev','2027-01-13','2027-01-20',"last review meeting with the parents during pre-proceedings was 13/01/27, when's the latest the next one can be?"),
('indirect','date','plo12','2026-03-02','2026-03-10',"we've been in pre-proceedings since the letter dated 2 March 2026 - when's the planning review with our legal team partway through, where the solicitor attends?","The 12 weeks could be counted from the first PLO meeting rather than the letter date."),
('indirect','date','plo16','2027-02-10','2027-05-01',"pre-proceedings started with the meeting on 10 Feb 2027, if we're still in it, when's the meeting with the strategic lead to decide about going to court?","The 16 weeks could be counted from the PLO letter or Legal Gateway date rather than the first meeting."),
('indirect','date','cin20','2025-12-15','2025-12-15',"child came off the protection plan at the review today (15 Dec 2025) - when does the first meeting under the new support-level plan have to be?"),
('indirect','date','cin10','2025-08-26','2025-08-26',"case came over to us in the neighbourhood team from the first response team on 26/8/2025, when's the first meeting with family and professionals under the support plan due?"),
('indirect','visits','cinrev','2026-07-31','2026-08-03',"last meeting reviewing the support plan (not CP, the level below) was 31/07/26, next one by?"),
('indirect','visits','cinvisit','2025-12-24','2026-01-05',"I last saw a child who's on a support plan (not protection) at home on Christmas Eve, when's my next home visit due?"),
('indirect','date','lacass','2026-04-03','2026-04-03',"child came into care in an emergency overnight, on Fri 3 April 2026 - when does the assessment of their needs have to be done by?"),
('indirect','date','lacvisit1','2026-04-24','2026-04-24',"child moved to new carers today, Friday 24 April 2026 - when do I have to go and see them?"),
('indirect','date','plmeet','2025-12-18','2025-12-18',"child placed with new foster carers on Thu 18 Dec 2025 - when's the meeting to share info and agree who can sign what due by?"),
('indirect','date','plplan','2025-12-24','2025-12-29',"placed Wed 24/12/25, when do the carers need the updated copy of the written plan for the placement?"),
('indirect','visits','famtime','2026-05-29','2026-06-01',"the arrangements for her seeing mum and dad were last looked at on 29/05/2026, permanence not decided - when do they need looking at again?"),
('indirect','date','pack','2026-08-12','2026-08-14',"young person came into care on 12 August 2026. By when do they need their welcome pack and the leaflet about their rights?"),
('indirect','date','legal','2026-12-22','2026-12-22',"he became looked after today, Tue 22 Dec 2026 - by when must the other agencies involved know what his legal status is now?"),
('indirect','date','iha','2027-03-17','2027-03-18',"became looked after 17 March 2027 - when's the latest the first health check can be done?"),
('indirect','date','pep','2025-08-04','2025-08-05',"placed 4 Aug 2025, by when should the education planning meeting at school happen?"),
('indirect','visits','lacweekly','2026-08-25','2026-08-26',"she came into care last month and hasn't had her first review meeting yet. I saw her Tues 25/8/2026 - when's my next statutory visit?"),
('indirect','visits','lac6','2025-12-19','2025-12-22',"looked after lad, first review done, long-term plan not sorted yet, last saw him 19/12/25, when's the next one due?"),
('indirect','date','careplan','2025-12-28','2025-12-29',"placement started 28 Dec 2025, when's the plan for his care got to be written up on the system?"),
('indirect','date','lar1','2026-12-23','2026-12-23',"child became looked after on 23/12/2026. When's the first meeting with the independent reviewer due by?"),
('indirect','date','iroreport','2026-04-02','2026-04-01',"my child's review with the independent reviewer is tomorrow - when was my written report meant to be with them?"),
('indirect','date','irochal','2026-08-27','2026-08-27',"the independent reviewer raised a worry about drift with me informally today, Thu 27 Aug 2026 - how long have I got to sort it before it goes formal?"),
('indirect','date','irodisp','2025-03-18','2025-03-18',"the formal disagreement process with the reviewing officer kicked off on 18/03/2025, when must it all be wrapped up?"),
('indirect','date','adopt10','2026-03-06','2026-03-09',"little one moved in with her new forever family on 6 March 2026, from when can they apply to court to make it final?"),
('indirect','date','fcrec','2025-08-22','2025-08-22',"I visited one of our carers today (I'm their supervising social worker), Fri 22 Aug 2025 - when must the write-up of that visit be on the system?"),
('indirect','visits','fcunann','2026-05-04','2026-05-05',"last time we dropped in on one of our foster carers without warning was 4 May 2026, when's the next surprise visit due by?"),
('indirect','date','fcdbs','2024-08-31','2025-06-02',"carer's police check, references and medical were last done 31 Aug 2024, when are they next due?"),
('indirect','date','fcvar','2026-12-21','2026-12-21',"strategic lead agreed today (Mon 21 Dec 2026) that we could place a child outside what the carer is approved for - how long does that permission last?","'Up to 6 working days' could be read to include the day permission was given (ending 2026-12-30)."),
('indirect','date','fctemp','2025-12-01','2025-12-03',"nan was approved short-term as a family carer on 1 Dec 2025 before the child moved in, when does that approval run out if it's not extended?"),
('indirect','date','rec','2026-05-01','2026-05-01',"had a home visit today, Fri 1st May 2026, when has it got to be written up by?"),
('indirect','date','summary','2025-11-30','2026-01-12',"the overview at the front of the file was last refreshed 30 Nov 2025, when does it go out of date?"),
('indirect','date','assess12','2024-02-29','2025-01-06',"the last full assessment on the family was signed off 29 Feb 2024, when does it stop counting as up to date?"),
('indirect','choice',['asrev','ascomp'],'2026-01-12','2026-01-13',"the full family assessment began Mon 12 Jan 2026 - when's it due?"),
('indirect','choice',['fcvisit','fcunann'],'2026-06-04','2026-06-05',"I went out to see one of our foster carers on 4/6/2026, when's the next visit to her due?"),
('indirect','choice',['lacweekly','lac6'],'2027-01-05','2027-01-06',"girl living with foster carers, I saw her 5 Jan 2027, when's my next statutory visit?"),
('indirect','none','n_ff','2026-02-02','2026-02-02',"teenager looks like he's heading towards care - how many days have I got to refer him to the edge-of-care team? worries came up 2/2/26"),
('indirect','none','n_legal','2026-03-01','2026-09-14',"kid's been on a protection plan since 1/3/26 and the risk isn't coming down - what's the deadline for asking our solicitors for advice?"),
('indirect','none','n_letter','2026-06-10','2026-06-12',"the adoption decision-maker meeting was on 10/6/26, by when do the parents have to get the letter telling them the outcome?"),
('indirect','age','pathway','2010-11-30','2026-01-19',"when is this lad old enough that we should be starting his plan for leaving care? born 30/11/2010"),
('indirect','age','advocate','2013-12-25','2025-11-24',"the boy was born 25/12/2013 - from what date should he be offered someone to help him have his say at conference?"),
# ---------------- scenario ----------------
('scenario','date','icpc','2025-12-16','2025-12-17',"Mum's partner was arrested on 14 Dec 2025 after a neighbour called police. We held the strat on 16/12/25 and the S47 is ongoing; child DOB 02/03/2019. If it goes to ICPC, what's the latest date?"),
('scenario','date','cg1','2026-03-30','2026-03-31',"ICPC was on 30 March 2026 and both kids went on plans under neglect. The chair pencilled the review conference for late June. When's the first core group due by?"),
('scenario','date','plo1','2027-02-05','2027-02-05',"Legal gateway on 2 Feb 2027 agreed PLO. The letter before proceedings went out dated 5 Feb 2027. Dad's solicitor is asking when the first meeting has to be."),
('scenario','date','lar1','2026-04-01','2026-04-01',"Jaxxon-Blue Example (9) was accommodated under s20 on 1 April 2026 after mum was admitted to hospital on 30 March. His older sister went to nan's. When must his initial LAC review happen?"),
('scenario','date','lacvisit1','2026-12-24','2026-12-24',"Child came into care on the evening of Thursday 24 December 2026 with emergency foster carers. Her birthday is 27 December. When do I have to visit her by?"),
('scenario','date','strat','2026-01-06','2026-01-07',"Nursery rang on Mon 5 Jan 2026 about bruising. The TL decided yesterday (Tue 6 Jan) that a strategy discussion is needed. The last strat on this family was back in October. When must it be held?"),
('scenario','date','cfr','2025-12-19','2025-12-19',"Contact came in from the GP on Friday 19 December 2025 at 2pm about a baby born 10/12/25. Parents consented. When does the Team Leader's decision need to be made?"),
('scenario','date','asrev','2026-05-20','2026-05-20',"C&F assessment was started on 20/05/2026 after a referral came in on 18/05. The child turns 4 on 1 June. When should the TL review it by?","Could be counted from the referral (18 May) rather than the start of the assessment, giving 2026-06-09."),
('scenario','date','ascomp','2027-03-03','2027-03-04',"Referral came in on 3 March 2027 and the C&F assessment started the same day; strat was on 5 March and the ICPC is likely in April. When is the final deadline for the assessment?"),
('scenario','age','pathway','2011-08-31','2026-10-05',"Young person in care, DOB 31/08/2011, came into care in 2024, second LAC review coming up. When does her pathway plan need to be started?"),
('scenario','age','advocate','2014-01-15','2025-12-10',"Conference is being set for early next year. The eldest was born 15/01/2014, the younger one 02/09/2017. From what date is the eldest old enough to be offered an advocate for conference?"),
('scenario','age','adopt6','2020-02-29','2025-11-03',"Child DOB 29 Feb 2020, we may be going into PLO in early 2026. Up to what date does she still count as under 6 for getting an adoption social worker and family finder allocated?"),
('scenario','visits','cpvisit','2025-12-17','2026-01-08',"Two kids on CP plans for neglect. I saw them both at home on 17 Dec 2025 and then saw them at school on 7 Jan. When is the statutory CP visit due?"),
('scenario','visits','cinvisit','2026-06-30','2026-07-21',"CIN case. Last home visit was 30/06/2026; I also saw the boy at school on 20/07 and the CIN review was 15/07. When's the next CIN visit due?"),
('scenario','visits','lac6','2026-03-23','2026-03-24',"Looked after since Jan 2026, first LAC review held 10/02/2026, permanence plan not agreed yet. My last statutory visit was 23/03/2026. When's the next one due?"),
('scenario','visits','lacweekly','2027-04-01','2027-04-02',"Came into care 26 March 2027, initial review booked for 22 April. I visited on the day of placement and again on 1 April. When's the next statutory visit?"),
('scenario','visits','adopt6w','2026-03-09','2026-03-10',"Placement order granted last year; child placed with adopters on 2 Feb 2026 and the first LAC review after placement was 20/02/2026. Last visit 9/3/2026. When's the next statutory visit due?"),
('scenario','visits','fcvisit','2025-12-23','2026-01-05',"I'm the SSW for a carer household approved in 2019. Last supervisory visit was Tues 23 Dec 2025 and their annual review is due in March. When's my next visit due?"),
('scenario','date','plmeet','2026-04-02','2026-04-02',"Child moved to a new foster placement on Thu 2 April 2026 after the previous one broke down on 31 March. When's the placement meeting due by?"),
('scenario','date','iha','2025-12-19','2025-12-19',"Sibling group of three came into care on 19/12/2025. The youngest had a medical on 5/12 for something unrelated. When's the IHA due?"),
('scenario','date','cin20','2026-05-27','2026-05-27',"Review CP conference on 27 May 2026 decided to end the plan and step down to CIN. The previous conference was 25 Feb. When's the first CIN meeting due?"),
('scenario','date','plomin','2025-12-24','2025-12-29',"First PLO meeting was on 24/12/25 with both parents and their solicitors; the PLO letter was dated 15/12. When must the minutes go out?"),
('scenario','date','viab','2026-12-31','2026-12-31',"First PLO meeting held today, Thursday 31 December 2026, and an aunt was named as a possible carer. The FGC is booked for 20 January. When must the viability screening request go to Family Placement?","The standard also allows 'immediately following Family Group Conference', i.e. after 20 Jan, if the carer is only identified there."),
('scenario','date','irochal','2027-05-24','2027-05-24',"IRO flagged drift to me informally on Monday 24 May 2027. The child's next review is 10 June. When does it become a formal dispute if it's not resolved?"),
('scenario','date','rec','2026-12-23','2026-12-23',"I did a home visit on Wednesday 23 Dec 2026 and had a call with school on the 21st. When must the home visit be recorded?"),
('scenario','date','fcext','2026-01-05','2026-04-20',"Temporary approval for our connected carer started 5 Jan 2026 and panel have agreed the extension. When does the extended approval end?"),
('scenario','date','icpcchair','2026-04-07','2026-03-20',"ICPC booked for Tuesday 7 April 2026 at 10am; the strat was 17/03. When does the report need to be with the chair, signed off by my TL?"),
('scenario','date','s47disc','2025-12-29','2025-12-29',"S47 initiated on 29/12/2025 following the strat the same day; child's DOB 01/01/2020. When should I and my manager discuss progress?"),
('scenario','date','transfer','2026-05-18','2026-05-18',"CFR assessment done and the case is going to a Neighbourhood Team at CIN. We emailed the notice on Mon 18 May 2026. By when must the joint visit be done?","The 5 days' notice could be read as 5 working days, giving 2026-05-26."),
('scenario','date','pep','2025-09-01','2025-09-01',"Child placed on 1 Sept 2025 and starts at a new school on 8 Sept. When is the PEP meeting due?","'Within 20 days' does not say of what; counting from the school start gives 2025-09-28."),
('scenario','date','careplan','2026-05-30','2026-06-01',"Emergency placement on Sat 30 May 2026; family time agreed for Tuesdays starting 2 June. When does the care plan need to be recorded?"),
('scenario','visits','famtime','2027-01-26','2027-01-27',"Family time was set up at placement on 3 Jan 2027 and reviewed at the LAC review on 26/01/2027. Permanence isn't agreed. When's it next due for review?"),
('scenario','date','fcpanel','2024-06-12','2027-01-11',"Carer approved 2018. Last review presented to Fostering Panel 12/06/2024; the 2025 and 2026 reviews were chaired by an IRO. No complaints or allegations. When must the next panel review be?"),
('scenario','date','cp12','2024-02-29','2025-01-20',"Child became subject to a CP plan at ICPC on 29/02/2024 and it's been renewed at every review since. When does he reach 12 months on the plan?"),
('scenario','date','cin10','2025-12-22','2025-12-22',"Transfer from CFR happened on 22/12/2025; their assessment was completed 19/12. When must the initial CIN meeting take place?"),
('scenario','date','lacass','2027-01-03','2027-01-04',"Unplanned admission on Sunday 3 Jan 2027 after police protection; the last C&F assessment was from 2025. When does the new assessment need to be done?"),
('scenario','date','plplan','2026-08-28','2026-08-28',"Placement began Fri 28 Aug 2026 (she had respite with the same carers on the 21st). When must the carers have the updated placement plan?"),
('scenario','choice',['cg1','cin20'],'2026-03-09','2026-03-09',"Conference was today, 9/3/26, for the two kids. Chair is sending the minutes. What's the next meeting I need to get booked and by when?"),
('scenario','none','n_rcpc','2026-01-12','2026-01-13',"We had the ICPC on 12 Jan 2026 and both kids are on plans. When is the first review conference due?"),
('scenario','none','n_lar2','2026-02-03','2026-02-04',"Child came into care in January; the first LAC review was on 3 Feb 2026. When is the second review due?"),
# ---------------- duty ----------------
('duty','date','icpc','2025-12-19','2025-12-19',"strat 19/12/25 icpc by?"),
('duty','date','cg1','2025-12-23','2025-12-24',"icpc 23/12 cg by?"),
('duty','date','plo1','2026-03-30','2026-03-31',"plo letter dated 30/3/26 1st mtg by"),
('duty','date','fgc','2026-04-02','2026-04-02',"1st plo mtg 2/4/26 fgc ref by?"),
('duty','date','iha','2025-12-24','2025-12-29',"LAC from 24/12/25 IHA due?"),
('duty','date','s47disc','2027-08-27','2027-08-27',"s47 started today, SW/mgr progress discussion by?"),
('duty','date','plmeet','2026-08-21','2026-08-22',"new plcmt yday, plcmt mtg by?"),
('duty','date','alloc','2026-12-24','2026-12-24',"ref in today needs C&F, alloc by?"),
('duty','visits','cpvisit','2026-01-30','2026-02-02',"CP visit last 30/1/26 next due"),
('duty','visits','lac6','2026-05-01','2026-05-05',"LAC, 1st review done, perm not agreed, last SV 1/5/26 next?"),
('duty','date','rcpcchair','2027-01-11','2027-01-04',"rcpc 11/01/27 report to chair by"),
('duty','date','irochal','2027-03-25','2027-03-25',"IRO informal challenge raised Thu 25/3/27, formal if not resolved by?"),
('duty','date','strat','2026-12-24','2026-12-24',"TL says strat needed (decided today 24/12) by when?","The S47 section says 'a strategy discussion within 24 hours', which would give 2026-12-25 instead of the next working day."),
('duty','choice',['icpcchair','rcpcchair'],'2026-03-09','2026-03-02',"conf mon 9/3/26 report to chair when?"),
('duty','none','n_sup','2026-02-03','2026-02-04',"last supervision 3/2/26, next due?"),
('duty','age','pathway','2011-03-14','2026-01-05',"DOB 14/03/2011 pathway plan start?"),
('duty','date','rec','2026-12-17','2026-12-17',"HV thu 17/12/26 recording by?"),
# ---------------- typos ----------------
('typos','date','icpc','2026-04-03','2026-04-07',"strat was 3.4.26 when is icpc due by"),
('typos','date','cg1','2026-05-20','2026-05-21',"cp confrence was 20th may 2026 when is first core grp"),
('typos','date','lar1','2026-08-29','2026-09-01',"kid came into care 29/8 when is the first lac reveiw"),
('typos','date','plplan','2027-12-24','2027-12-29',"placment started 24th decmber, when do carers get updatd placment plan"),
('typos','date','ascomp','2025-12-01','2025-12-02',"assesment started 1/12/25 when does it need finishing"),
('typos','date','plomin','2026-05-26','2026-05-27',"plo meetin was 26.5.26 when do minuets need to go out"),
('typos','date','icpcchair','2027-01-05','2026-12-21',"when does the cp chair need my report for icpc on 5th jan 2027"),
('typos','visits','cinrev','2025-08-14','2025-08-18',"child in need reveiw was 14/8/25 next one by"),
('typos','choice',['rec','fcrec'],'2025-12-29','2025-12-29',"foster carer vist was 29/12/25 when do i have to record it on lcs"),
('typos','age','advocate','2014-04-03','2026-02-16',"when does she turn 12 for the advocate thing dob 3rd april 2014"),
('typos','date','iha','2025-05-01','2025-05-02',"initial helth assesment due? she came in to care 1.5.25"),
('typos','date','pep','2025-12-15','2025-12-16',"pep meetin by when, placed 15/12"),
('typos','visits','cpvisit','2025-12-23','2026-01-05',"last cp vist was 23rd dec, next one?"),
('typos','date','fcdbs','2024-02-29','2026-11-09',"dbs for foster carer last done 29/2/24 when next"),
('typos','date','init','2026-01-03','2026-01-03',"referal came in sat 3rd jan 2026 for level 4, when does tl have to decide","Contact received on a Saturday: the standard does not say whether the 1 working day runs from receipt or from the next working day (which would give 2026-01-06)."),
('typos','none','n_life','2026-06-01','2026-06-02',"when does the life story book need doing by, placed with adopters 1/6/26"),
('typos','visits','famtime','2026-01-02','2026-01-05',"famly time reveiwed 2.1.26 next reveiw due"),
# ---------------- newstarter ----------------
('newstarter','date','icpc','2025-12-22','2025-12-22',"Hi, sorry if this is a silly question, I've just joined. We had a strategy discussion on Monday 22 December 2025. If we need an Initial Child Protection Conference, what is the latest date it can be held?"),
('newstarter','date','asrev','2025-04-14','2025-04-15',"Hello! I've been asked to do the Child and Family Assessment, which I started on 14 April 2025. When should my Team Leader review it by?"),
('newstarter','date','legal','2026-05-22','2026-05-22',"Could someone explain: when a child becomes looked after, when do I need to let the other professionals know about their legal status? He became looked after on Friday 22 May 2026."),
('newstarter','date','plo1','2026-12-24','2026-12-24',"Hi, I'm still getting used to the Public Law Outline. The PLO letter is dated 24 December 2026; when should the first meeting with the parents and their solicitor be?"),
('newstarter','visits','fcvisit','2026-01-09','2026-01-12',"I'm new to the Fostering team. I visited a carer on 9 January 2026, when is my next supervisory visit due?"),
('newstarter','age','pathway','2012-02-29','2026-09-07',"Please could you tell me when a pathway plan should be started for a young person born on 29 February 2012?"),
('newstarter','date','cp12','2026-03-31','2026-10-01',"When will a child have been on a child protection plan for 12 months if the initial conference was on 31 March 2026?"),
('newstarter','date','pack','2025-12-18','2025-12-19',"Apologies, I'm unsure about the rules for children in care. The child came into care on 18 December 2025. When should the coming into care pack be given to them?"),
('newstarter','date','iroreport','2026-05-04','2026-04-20',"I've been told to send my report to the IRO before the Looked After Review on Monday 4 May 2026. What date does it need to be with them?"),
('newstarter','date','adopt10','2025-12-21','2025-12-22',"Hello, the child I'm working with was placed with adopters on 21 December 2025. From when would the adopters be able to apply for an Adoption Order?"),
('newstarter','date','cin20','2027-04-28','2027-04-28',"Hi, a review Child Protection Conference today (28 April 2027) decided the child no longer needs a plan. When should the first Child in Need meeting be?"),
('newstarter','choice',['plmeet','lar1'],'2026-03-30','2026-03-30',"Sorry, first week here. My child came into care on Monday 30 March 2026. When is the first meeting I need to organise?"),
('newstarter','none','n_shopba','2026-06-03','2026-06-04',"Could you tell me by when the SHOPBA (should be placed for adoption) meeting needs to happen? The final care planning meeting was on 3 June 2026."),
('newstarter','date','fcannual','2026-01-31','2026-11-16',"When is a foster carer's next annual review due if their last one was on 31 January 2026?"),
('newstarter','date','strat','2026-05-01','2026-05-01',"My manager decided on Friday 1 May 2026 that we need a strategy discussion. I'm not sure how quickly it has to happen?","The S47 section says 'a strategy discussion within 24 hours', which would give Sat 2026-05-02 instead of the next working day."),
('newstarter','visits','lac12','2026-10-14','2026-10-15',"The young person has been settled in a permanent placement for well over a year and visits have moved to 12-weekly. My last visit was 14 October 2026. When is the next one due?"),
# ---------------- manager ----------------
('manager','date','icpc','2026-01-02','2026-01-27',"Audit: strat 02/01/26, ICPC held 20/01/26 - in timescale?"),
('manager','date','cg1','2025-12-03','2025-12-19',"ICPC 03/12/2025, first core group 15/12/2025, compliant?"),
('manager','date','lar1','2025-04-10','2025-05-20',"Child LAC from 10/04/2025, initial LAC review held 12/05/25 - within timescale?"),
('manager','date','plo1','2025-08-18','2025-09-02',"PLO letter 18/08/2025, first meeting 29/08/2025 - was that in timescale?"),
('manager','date','alloc','2025-12-23','2026-01-06',"Checking compliance: referral received 23/12/2025, allocated for C&F on 30/12/2025. OK?"),
('manager','date','summary','2026-05-31','2026-09-05',"Case file summary last updated 31/05/2026, auditing today - when did it go out of date?"),
('manager','visits','cinvisit','2025-12-01','2026-01-20',"CIN visits: child last seen at home 01/12/2025, next seen at home 15/01/2026. Breach? when was it due?"),
('manager','date','fctrain','2023-07-14','2026-08-03',"Foster carer core training last updated 14/07/2023 - when was the refresh due?"),
('manager','date','irodisp','2025-12-22','2026-01-26',"Formal dispute raised by IRO 22/12/2025, resolved 21/01/2026 - within timescale?"),
('manager','date','plo16','2026-01-05','2026-05-11',"PLO letter 05/01/2026, Legal Gateway review held 05/05/2026 - was the 16 week gateway on time?","The 16 weeks could be counted from the first PLO meeting rather than the letter."),
('manager','date','iha','2025-08-26','2025-10-01',"IHA audit: LAC from 26/08/2025, IHA done 25/09/2025 - compliant?"),
('manager','date','assess12','2025-03-15','2026-04-13',"Last C&F assessment authorised 15/03/2025 - when did it fall outside the 12 month requirement?"),
('manager','visits','adopt6w','2027-03-26','2027-05-17',"Adoption: placed 01/03/2027, first LAR 19/03/2027, visits on 26/03 and then 10/05/2027 - was the May visit in timescale?"),
('manager','visits','fcunann','2025-11-11','2026-11-20',"Unannounced visit to foster carer last done 11/11/2025 - when was the next one due?"),
('manager','choice',['cpvisit','cinvisit'],'2026-02-02','2026-03-16',"Child on a plan, last home visit 02/02/2026, next on 10/03/2026 - compliant?"),
('manager','none','n_iro','2026-02-10','2026-04-07',"How often should the IRO contact the child between reviews? Last contact 10/2/26, is the next overdue?"),
]

def build():
    out = []
    for r in ROWS:
        voice, kind, keys, start, today, q = r[:6]
        amb = r[6] if len(r) > 6 else None
        keys = [keys] if isinstance(keys, str) else list(keys)
        row = {'q': q, 'today': today or start}
        phrases = []
        for k in keys: phrases += TS[k][1]
        if kind == 'none':
            row['due'] = None
            row['count'] = "the standards set no timescale for this; nearest related sentence quoted"
        elif kind == 'choice':
            res = [(compute(TS[k][0], start), k) for k in keys]
            res.sort(key=lambda x: x[0][0])
            row['due'] = res[0][0][0].isoformat()
            row['count'] = "; OR ".join(f"[{k}] {c[1]}" for c, k in res) + f"; earlier = {res[0][0][0].isoformat()}"
        else:
            assert len(keys) == 1
            due, txt = compute(TS[keys[0]][0], start)
            row['due'] = due.isoformat(); row['count'] = txt
        row['expect_any'] = phrases
        row['voice'] = voice; row['kind'] = kind
        if amb: row['ambiguous'] = amb
        out.append(row)
    return out

def check(rows, src):
    norm = src
    ok = True
    for i, r in enumerate(rows, 1):
        for p in r['expect_any']:
            if len(p.split()) < 6 or p not in norm:
                print('BAD PHRASE line', i, repr(p)); ok = False
        for f in ('q','today','due','expect_any','count','voice','kind'):
            if f not in r: print('MISSING', f, i); ok = False
        D.fromisoformat(r['today'])
        if r['due'] is not None: D.fromisoformat(r['due'])
        assert r['voice'] in {'duty','typos','scenario','indirect','newstarter','manager'}, r
        assert r['kind'] in {'date','visits','age','choice','none'}, r
        assert (r['due'] is None) == (r['kind'] == 'none')
    qs = collections.Counter(r['q'] for r in rows)
    for q, c in qs.items():
        if c > 1: print('DUP', q); ok = False
    print('rows', len(rows))
    print('kinds', dict(collections.Counter(r['kind'] for r in rows)))
    print('voices', dict(collections.Counter(r['voice'] for r in rows)))
    print('years(due)', dict(collections.Counter(r['due'][:4] for r in rows if r['due'])))
    print('ambiguous', sum(1 for r in rows if 'ambiguous' in r))
    return ok

if __name__ == '__main__':
    _selfcheck_holidays()
    here = os.path.dirname(os.path.abspath(__file__))
    rows = build()
    with open(os.path.join(here, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    # re-read and check
    with open(os.path.join(here, 'questions.jsonl'), encoding='utf-8') as f:
        back = [json.loads(l) for l in f]
    src = open('/work/shared/source/practice-standards.txt', encoding='utf-8').read()
    sys.exit(0 if check(back, src) else 1)
