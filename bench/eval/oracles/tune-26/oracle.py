#!/usr/bin/env python3
"""Oracle for the frozen deadline question set. Standard library only.
Computes every `due` and `count` from a structured row description and writes questions.jsonl.
Run: python3 oracle.py  (writes questions.jsonl next to this file and runs the checks)."""
import datetime as dt, json, os, re, calendar

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
    """Cross-check the typed list against rules (Easter computus, Monday rules, substitutes)."""
    def easter(y):
        a=y%19; b=y//100; c=y%100; d=b//4; e=b%4; f=(b+8)//25; g=(b-f+1)//3
        h=(19*a+b-d-g+15)%30; i=c//4; k=c%4; l=(32+2*e+2*i-h-k)%7; m=(a+11*h+22*l)//451
        mo=(h+l-7*m+114)//31; da=((h+l-7*m+114)%31)+1
        return D(y,mo,da)
    calc=set()
    for y in range(2024,2029):
        nyd=D(y,1,1)
        while nyd.weekday()>=5: nyd+=dt.timedelta(1)
        calc.add(nyd)
        e=easter(y); calc.add(e-dt.timedelta(2)); calc.add(e+dt.timedelta(1))
        m=D(y,5,1)
        while m.weekday()!=0: m+=dt.timedelta(1)
        calc.add(m)
        for mon in (5,8):
            l=D(y,mon,calendar.monthrange(y,mon)[1])
            while l.weekday()!=0: l-=dt.timedelta(1)
            calc.add(l)
        xm=D(y,12,25); bx=D(y,12,26); taken=set()
        for day in (xm,bx):
            s=day
            while s.weekday()>=5 or s in taken: s+=dt.timedelta(1)
            taken.add(s)
        calc|=taken
    assert calc==set(BANK_HOLIDAYS), sorted(calc^set(BANK_HOLIDAYS))
_selfcheck_holidays()

WD=["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]
def fmt(d): return f"{d.isoformat()} ({WD[d.weekday()]})"
def working(d): return d.weekday()<5 and d not in BANK_HOLIDAYS

def add_months(d,n):
    y=d.year+(d.month-1+n)//12; m=(d.month-1+n)%12+1
    last=calendar.monthrange(y,m)[1]
    return D(y,m,min(d.day,last)), d.day>last

def apply(rule, ev):
    """Return (due, count-string) for rule applied to event date ev."""
    kind, n = re.fullmatch(r"(wd\+|wd-|d\+|d-|w\+|m\+|same|age)(.*)", rule).groups()
    if kind=="same": return ev, f"same day as {fmt(ev)}"
    if kind in ("wd+","wd-"):
        n=int(n); step=1 if kind=="wd+" else -1; d=ev; k=0; skipped=[]
        while k<n:
            d+=dt.timedelta(step)
            if working(d): k+=1
            elif d in BANK_HOLIDAYS: skipped.append(d.isoformat())
        word="after" if step>0 else "before"
        s=f"{n} working day{'s' if n>1 else ''} {word} {fmt(ev)} -> {fmt(d)}"
        if ev in BANK_HOLIDAYS: s+=f"; event day is a bank holiday ({BANK_HOLIDAYS[ev]}), counted from it"
        elif ev.weekday()>=5: s+="; event day is a weekend, counted from it"
        s+=("; skips bank holidays "+", ".join(skipped)) if skipped else "; no bank holidays in range"
        return d,s
    if kind=="d+":
        n=int(n); d=ev+dt.timedelta(n); return d, f"{n} calendar days after {fmt(ev)} -> {fmt(d)}"
    if kind=="d-":
        n=int(n); d=ev-dt.timedelta(n); return d, f"{n} calendar days before {fmt(ev)} -> {fmt(d)}"
    if kind=="w+":
        n=int(n); d=ev+dt.timedelta(7*n); return d, f"{n} weeks ({7*n} days) after {fmt(ev)} -> {fmt(d)}"
    if kind=="m+":
        n=int(n); d,cl=add_months(ev,n)
        return d, f"{n} months after {fmt(ev)} -> {fmt(d)}"+("; day clamped to month end" if cl else "")
    if kind=="age":
        y,m=[int(x) for x in n.split()]
        if m==0:
            try: d=ev.replace(year=ev.year+y); note=""
            except ValueError: d=D(ev.year+y,3,1); note="; 29 Feb birthday in a non-leap year -> 1 March"
            return d, f"DOB {fmt(ev)} + {y} years -> {fmt(d)}"+note
        d,cl=add_months(ev,12*y+m)
        note=""
        if ev.month==2 and ev.day==29: note="; 29 Feb birthday, but the target month is not February so no adjustment"
        if cl: note+="; day clamped to month end"
        return d, f"DOB {fmt(ev)} + {y} years {m} months -> {fmt(d)}"+note
    raise ValueError(rule)

def resolve(ev, today):
    """Event given as ISO date or relative to today: today, yesterday, tomorrow, last<Wd>."""
    if re.fullmatch(r"\d{4}-\d\d-\d\d", ev): return D.fromisoformat(ev)
    if ev=="today": return today
    if ev=="yesterday": return today-dt.timedelta(1)
    if ev=="tomorrow": return today+dt.timedelta(1)
    m=re.fullmatch(r"last(\w{3})", ev)
    if m:
        wd=WD.index(m.group(1)); d=today-dt.timedelta(1)
        while d.weekday()!=wd: d-=dt.timedelta(1)
        return d
    raise ValueError(ev)

# Verbatim phrases from the sentence that sets each timescale.
PH = {
 "front": "required by a Team Leader within 1 working day",
 "referral": "Referrals will be actioned by a social worker within 1 working day",
 "s47seen": "the child / children will be seen by the Social Worker the same day",
 "s47disc": "Within 5 days of the Section 47 being initiated",
 "alloc": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 "tlreview": "All assessments will be reviewed by the Team Leader within 15 working days",
 "c45": "Assessments must all be completed within 45 days",
 "stratmgmt": "a strategy discussion is required, this must happen within 1 working day",
 "transfer": "notify the Neighbourhood Team via email, giving at least 5 days’ notice",
 "jointvisit": "Within the 5 days’ notice period, the Children’s First Response Social Worker",
 "icpc": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 "repfam": "The report will be shared with family at least 3 the days prior to conference",
 "repchair": "The report will be sent to the child protection chair 3 working days before the conference",
 "advocate": "if they are 12 or over they should be offered an advocate",
 "cg": "held within 10 days of the conference",
 "cpvisit": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 "rcpcpar": "This report must be shared with parents at least 3 days prior to the review conference",
 "rcpcchair": "The report will be available to the conference chair at least 3 days prior to the review conference",
 "ptt": "when they have been subject to a plan for 12 months",
 "plo1": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 "fgc": "Referral should be made within 3 working days of the first PLO meeting",
 "viab": "need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 "plomin": "distributed to parents and their legal representation within 7 days of the meeting",
 "plorev": "Review PLO meetings with parents to be held every 4-6 weeks",
 "plo12": "A review legal planning meeting will be held at 12 weeks",
 "plo16": "a Legal Gateway meeting will be convened at 16 weeks",
 "cindeplan": "will set the first CIN meeting within 20 days",
 "cintrans": "the initial CIN meeting must take place within 10 days",
 "cinrev": "CIN review meetings will be held at least every 6 weeks",
 "cinvisit": "A child subject to a CIN plan will be seen at least every 6 weeks",
 "emerg": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 "visit1": "The child will be visited within 1 working day of coming into care or having a change in placement",
 "placemtg": "The placement meeting will be held within 3 working days",
 "placeplan": "an updated copy given to the carers within 5 working days of the placement beginning",
 "famtime": "reviewed at least every 8 week until the plan for permanence is agreed",
 "pack": "provided with a coming into care pack, children rights leaflet within 3 weeks",
 "legal": "informed of the child’s legal status within 5 working days",
 "iha": "An initial health assessment will be requested and carried out within 20 working days",
 "pep": "A PEP meeting will be arranged within the school within 20 days",
 "seen1": "All looked after children will be seen within 1 working day of placement",
 "lacweekly": "Statutory looked after visits must happen weekly until the first looked after review",
 "lac6": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 "lac12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 "careplan": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 "lacrev": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 "pathway": "A pathway plan will be started when the young person is 15 years 6 months",
 "iroreport": "this will be with the IRO 3 days before the review",
 "iroinf": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 "irodisp": "should be completed from start to finish within 20 working days",
 "adopt6": "If a child under the age of 6 enters PLO or proceedings",
 "adoptwk": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 "adopt6w": "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 "adopt10": "Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
 "fcvisit": "Trafford foster carers are visited at least once every six weeks",
 "fcrec": "a record of this visit is recorded on LCS within 3 working days",
 "fcunann": "will have an unannounced visit at least once every 12 months",
 "fcannual": "All Trafford foster carers will have an annual review",
 "fcpanel": "Every foster carer will have an annual review presented to the Fostering Panel at least every three years",
 "fcdbs": "updated statutory references, medicals and DBS checks at least every three years",
 "fctrain": "must update their core training at least every three years",
 "variation": "This can only be given for up to 6 working days",
 "tempapp": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 "record": "any event or contact is recorded within 3 days",
 "summary": "A clear and concise case file summary which has been updated within the last 3 months",
 "assess12": "An up to date assessment (within the last 12 months) on each child",
 # phrases for `none` rows: the nearest sentence, which sets no timescale
 "n_rcpc": "The child protection chair will set the date of the next conference",
 "n_cg": "The multi –agency plan and the targets agreed and outcomes expected are reviewed at every core group",
 "n_sup": "monitored through supervision which takes place in line with the supervision policy",
 "n_missing": "The risk of going missing and child sexual exploitation will be considered and risk assessed",
 "n_lac2": "a new LAC review will be set in accordance with the timescales",
 "n_shopba": "Parents will be sent a letter detailing the outcome of the SHOPBA signed by the ADM",
 "n_annexa": "The Social Worker will complete the Annex A suitability report for Court",
 "n_eh": "Initial decisions will be made about the action required by an Early Help Team Leader",
 "n_iro": "The IRO will contact the child between reviews",
}

# Rows: (voice, kind, today, event(s), rule(s), phrase key(s), q, ambiguous-or-None)
# For choice rows, events/rules/phrases are '|'-separated, one per plausible standard; due = earliest.
# For none rows, event is None and rule is a short note on what is missing.
ROWS = [
# ---------------- date: duty ----------------
("duty","date","2025-12-22","2025-12-19","wd+15","icpc","strat 19/12/25 icpc by?",None),
("duty","date","2026-04-02","2026-04-02","d+5","s47disc","s47 kicked off today, when do i need the progress chat w/ mgr by?",None),
("duty","date","2026-12-18","2026-12-18","d+10","plo1","plo letter dated 18/12/26 - 1st mtg by?",None),
("duty","date","2025-12-23","2025-12-23","d+10","cg","ICPC 23/12 today, 1st CG by?",None),
("scenario","date","2027-03-25","2027-03-24","wd+20","lacrev","Two brothers came into care in an emergency on 24/03/27 after their mum was arrested; the older one's birthday is 02/04 and dad has contact on Saturdays. When does the first looked after review have to be held by?",None),
("duty","date","2026-05-01","2026-05-01","wd+3","placemtg","placed 1/5/26, placement mtg by?",None),
("scenario","date","2025-12-18","2025-12-17","wd+20","iha","Baby came into care on 17/12/25 straight from hospital (born 09/12/25). The health visitor is asking when the initial health assessment has to be done by.",None),
("duty","date","2026-05-22","2026-05-22","wd+3","viab","init PLO mtg 22/5/26 - viability request to FPT by?",None),
("duty","date","2026-12-24","2026-12-24","wd+1","front","contact in 24/12 10:15, TL screening decision by?",None),
("duty","date","2026-03-31","2026-03-31","wd+3","alloc","referral accepted 31/3 - C&F allocation by?","The standard does not say what the 3 working days run from; the decision to assess could be later than the referral date."),
("scenario","date","2027-03-25","2027-03-25","wd+1","stratmgmt","Nursery rang on 24/03/27 with new concerns about a 3 year old (DOB 15/01/24). My manager reviewed it today, 25/03/27, and decided a strategy discussion is needed. What's the latest date it can happen?",None),
("scenario","date","2026-08-27","2026-08-27","wd+5","legal","A 13 year old came into care today (27/08/26) on an interim care order; the previous hearing was on 20/08. I need to tell school, CAMHS and the GP about her legal status - when by?",None),
("scenario","date","2026-12-21","2026-12-21","wd+5","iroinf","Our IRO emailed me today (21/12/26) with an informal challenge because the care plan hasn't been updated since the review on 30/11. If we can't resolve it, when does it become a formal dispute?",None),
("scenario","date","2025-12-01","2025-12-01","d+20","pep","Boy in Year 9 became looked after today, 01/12/25; his school parents' evening is 11/12. The designated teacher asked when the PEP meeting has to be held by.",None),
("duty","date","2025-12-22","2025-12-19","wd+20","emerg","emerg LAC fri 19/12 - assessmt due?",None),
("duty","date","2025-05-27","2025-06-02","d-3","iroreport","LAC rev 02/06, SW report to IRO by?",None),
("scenario","date","2026-03-20","2025-12-16","w+24","tempapp","Aunt and uncle got temporary approval as connected carers on 16/12/25, and today (20/03/26) the 8 week extension was agreed. The full assessment still isn't finished. When does the extended approval run out?",None),
# ---------------- date: typos ----------------
("typos","date","2026-04-07","2026-04-03","wd+15","icpc","wen is the icpc due strat was 3.4.26",None),
("typos","date","2027-04-30","2027-04-29","d+7","plomin","plo minits need to go out by when, meeting was 29th april",None),
("typos","date","2026-01-05","2025-12-23","wd+20","lacrev","child came into car 23/12/25 when dose the IRR have to be",None),
("scenario","date","2025-12-29","2025-12-27","d+10","careplan","Sixteen-year-old was placed in supported lodgings on Saturday 27/12/25 after things broke down at home on Christmas Day. When does the care plan need to be recorded on the system?",None),
("scenario","date","2026-07-15","2026-07-14","d+20","pep","Girl came into care yesterday, 14/07/26, just before the school summer holidays start on 22/07. When's the latest her PEP meeting can be held?",None),
("typos","date","2026-01-02","2026-01-02","wd+3","fgc","refferal for fgc after 1st plo meeting today whens it due",None),
("typos","date","2025-12-08","2025-12-08","wd+15","tlreview","assesment started 8/12 whens tl revew due",None),
("typos","date","2026-04-07","2026-04-06","wd+20","iha","iha due by wen? looked after since 6.4.26",None),
("scenario","date","2025-12-22","2025-12-19","w+3","pack","Sisters aged 8 and 11 came into care on 19/12/25 and moved to carers across the borough. Their previous social worker left on 12/12. By when should they have had the coming into care pack and rights leaflet?",None),
("typos","date","2026-04-08","2026-04-03","wd+5","legal","info to other profs re legal status, child came in on the 3rd",None),
("typos","date","2026-05-26","yesterday","d+3","record","wen do i have to record the visit i did yday",None),
("typos","date","2025-12-30","2025-12-30","d+5","s47disc","s47 startd 30/12 when do i need to talk to my manager about progress",None),
("typos","date","2026-04-01","2026-03-31","wd+5","placeplan","wen do the carers get the updated placemnt plan, placed 31/3/26",None),
("typos","date","2026-12-20","2027-01-04","d-3","repfam","icpc on 4th jan 2027 when do i share repot with famly",None),
# ---------------- date: scenario ----------------
("scenario","date","2025-12-10","2025-12-05","wd+15","icpc","Mum gave birth to baby Pebble on 02/12/25 and we had the strategy discussion on 05/12/25 because of concerns from the hospital. The ICPC hasn't been booked yet - what's the latest date it can be?",None),
("scenario","date","2027-03-30","2027-03-26","d+10","cg","I took over a case last week. The kids were made subject to CP plans at conference on 26/03/27, and my predecessor finished the conference report on 12/03. When does the first core group need to happen by?",None),
("scenario","date","2025-12-24","2025-12-24","wd+3","placemtg","We've got a sibling group of three placed with emergency foster carers this evening (24/12/25) after police protection. Mum's birthday is 28/12 so there'll be contact issues. When does the placement meeting have to be held by?",None),
("scenario","date","2025-04-22","2025-04-17","wd+20","emerg","Young person came into care in an unplanned way on 17/04/25 (the Thursday before Easter) after a family breakdown. She turned 14 on 2 March. We didn't have a current assessment. When must the assessment be finished?",None),
("scenario","date","2026-06-16","2026-06-15","d+10","plo1","Legal Gateway on 10/06/26 agreed PLO. The PLO letter went out dated 15/06/26 and both parents have instructed a solicitor. When's the latest the first PLO meeting can be?",None),
("scenario","date","2025-08-22","2025-08-22","wd+3","viab","We had the first PLO meeting this morning (22/08/25) with both parents and their solicitor. Dad's sister has come forward as a possible carer. By when does the viability screening request go to Family Placement?",None),
("scenario","date","2026-05-20","2026-05-19","d+20","cindeplan","The CP plan was ended at review conference on 19/05/26 and the chair agreed to step down to CIN. The next CP review would have been in November. When does the first CIN meeting have to be by?",None),
("scenario","date","2025-12-30","2025-12-29","d+10","cintrans","Case is coming from CFR to our Neighbourhood Team, transfer date was 29/12/25. The assessment was signed off on 15/12. When does the initial CIN meeting need to happen?",None),
("scenario","date","2025-05-02","2025-05-02","wd+1","front","A contact came in from school at 4pm on 02/05/25 about bruising. Child's DOB is 12/06/2016. When should the Team Leader's screening decision be recorded by?",None),
("scenario","date","2026-08-28","2026-08-28","wd+1","visit1","Child was moved in an emergency to a new foster placement today, Friday 28/08/26, after the previous carers gave notice on 14/08. When is my visit required by?",None),
("scenario","date","2027-04-01","2027-03-31","d+10","careplan","A 10-year-old came into care under s20 on 31/03/27; the parents signed consent the day before, 30/03. When does the care plan need to be on the system?",None),
("scenario","date","2026-01-20","2026-01-05","w+10","adopt10","Adoptive placement started on 05/01/26 after introductions began on 15/12/25. The adopters want to know the earliest date they can apply for the adoption order.",None),
("scenario","date","2026-12-23","2026-12-23","wd+3","fcrec","I did a supervising visit to our foster carers today (23/12/26), and the child in placement had family time yesterday. When does my write-up of the carer visit need to be on LCS?",None),
("scenario","date","2026-10-15","2026-10-15","d+5","s47disc","A referral came in on 14/10/26; the strategy meeting was this morning, 15/10, and the S47 was initiated straight after. When must I sit down with my manager to review progress?",None),
("scenario","date","2026-12-21","2026-12-20","wd+20","lacrev","Child became looked after on Sunday 20/12/26 (placed with her aunt under temporary approval). The IRO wants to know when her first review is due.",None),
("scenario","date","2026-04-01","2026-03-31","wd+20","irodisp","The IRO raised a formal dispute on 31/03/26 about drift in the permanence plan, after an informal challenge on 20/03. When should the whole dispute process be finished?",None),
("scenario","date","2025-09-01","2025-07-10","w+16","tempapp","Our connected carers (grandparents) were given temporary approval by the ADM on 10/07/25 and the kids moved in the same day. The assessment is running late. When does the temporary approval end if it isn't extended?",None),
("scenario","date","2026-05-22","2026-05-22","wd+6","variation","Carers are approved for 0-5s and we need to place a 7 year old with them. The Strategic Lead agreed a variation today, 22/05/26, and she moved in this afternoon. How long can the variation last?",None),
("scenario","date","2026-01-05","2026-01-14","wd-3","repchair","ICPC is booked for 14/01/26. The strategy discussion was 22/12/25. When does my report need to get to the chair?",None),
("scenario","date","2026-03-30","2026-04-07","d-3","rcpcpar","Review conference is on Tuesday 07/04/26, the day after Easter Monday. When do I need to have shared my report with the parents?",None),
("scenario","date","2027-04-01","2027-04-01","wd+5","legal","A 15 year old boy was placed in a residential home today (01/04/27); he turns 16 on 11/05/27. Everyone involved needs to be told about his legal status - by when?",None),
("scenario","date","2026-01-10","2025-02-14","m+12","ptt","The children were made subject to CP plans at ICPC on 14/02/25 and the review conference in August kept them on plans. Progress is poor. When do we reach the point where a professional thinking time meeting should be held if they can't be de-planned?",None),
# ---------------- date: indirect ----------------
("indirect","date","2025-12-19","2025-12-19","wd+15","icpc","the meeting where everyone agrees the protection plan - when does it need to be held if we talked it through with police and health today?",None),
("indirect","date","2026-12-22","2026-12-21","d+10","plo1","the letter that starts pre-proceedings went out dated 21/12/26 - when should we sit down with the parents and their solicitor?",None),
("indirect","date","2026-04-01","2026-04-01","d+10","cg","When's the first meeting of the group that works out the detail of the protection plan? The conference was today.",None),
("indirect","date","2027-03-26","2027-03-26","wd+3","placemtg","How long after a child moves to new carers do we have to sit down together to agree delegated authority? Move was today, Good Friday.",None),
("indirect","date","2025-04-15","2025-04-14","wd+20","iha","Child's doctor check-up after coming into care - how long have we got? He came in yesterday, 14/04/25.",None),
("indirect","date","2025-12-09","2025-12-08","d+20","pep","school meeting about the education plan for a newly looked after boy, came in 08/12/25 - deadline?",None),
("indirect","date","2025-04-14","2025-04-11","w+3","pack","the folder of welcome stuff and the rights leaflet for a kid who came into care on 11/04/25, by when?",None),
("indirect","date","2026-02-10","2025-11-30","m+3","summary","the one-page overview at the front of the file was last updated 30/11/25 - when does it go out of date?",None),
("indirect","date","2025-12-29","2025-12-24","d+7","plomin","the write-up the parents and their lawyer get after the first pre-proceedings meeting - meeting was Christmas Eve, when must it go out?",None),
("indirect","date","2026-05-01","2026-05-01","wd+3","fgc","When do I have to send the referral for the wider-family meeting where the family make their own plan? First pre-proceedings meeting was today, 1st May.",None),
("indirect","date","2025-12-23","2025-12-23","wd+3","viab","The request to check whether grandma could be a carer - after the first pre-proceedings meeting today (23/12), when does it need to go in?",None),
("indirect","date","2026-08-25","2026-08-24","d+20","cindeplan","kids were taken off protection plans at conference on 24/08/26 and are stepping down to the lower-level plan - when is the first meeting under that plan due?",None),
("indirect","date","2025-12-30","2025-12-30","wd+5","legal","the letting-everyone-know-about-the-care-status email - child came into care today 30/12, by when?",None),
("indirect","date","2025-12-31","2025-12-31","wd+1","stratmgmt","Manager decided at 4pm today (31/12) that we need the multi-agency safeguarding discussion. Latest date it can happen?",None),
("indirect","date","2027-12-23","2027-12-23","d+5","s47disc","the catch-up with my manager a few days into a child protection enquiry - we started the enquiry on 23/12/27, when is it due?",None),
("indirect","date","2025-04-16","2025-04-16","wd+15","tlreview","how long has my TL got to look over my family assessment if I started it 16/04/25?",None),
("indirect","date","2026-11-11","2026-11-10","d+45","c45","Final deadline for finishing the full family assessment - referral came in 10/11/26 and we started straight away.","The standard says 45 days, which this set reads as calendar days; statutory guidance uses 45 working days."),
("indirect","date","2025-12-31","2025-12-31","d+3","record","when does my write-up of a home visit I did this morning (31/12) need to be on the system?",None),
("indirect","date","2027-05-03","2027-05-03","wd+1","visit1","Kid moved to a new foster home today (bank holiday Monday 03/05/27) - latest date for my first visit there?",None),
("indirect","date","2025-12-17","2025-12-17","d+5","transfer","The front door team emailed us today (17/12/25) to say they're handing a case over to us. What's the earliest handover date given the notice they have to give?",None),
("indirect","date","2026-12-18","2026-12-18","d+5","jointvisit","the home visit we do together with the front door worker to introduce me - they gave notice of handover on 18/12/26, what's the last day for it?",None),
("indirect","date","2026-12-30","2026-12-29","wd+5","placeplan","the updated paperwork the carers get after the move, with everything from the placement meeting added - kid moved in on 29/12/26, when do the carers need it?",None),
("indirect","date","2027-04-01","2027-04-01","wd+5","iroinf","If the IRO flags drift to me informally today (01/04/27), by when does it escalate to a formal dispute if we haven't fixed it?",None),
("indirect","date","2026-02-01","2026-01-12","w+12","plo12","time limit for the meeting with our solicitor where we review pre-proceedings - the PLO letter went out 12/01/26",
 "The standard does not say what the 12 weeks run from; counting from the first PLO meeting instead of the letter gives a later date."),
("indirect","date","2026-12-01","2026-10-05","w+16","plo16","When's the big decision meeting with the strategic lead if a family is still in pre-proceedings? The letter was 05/10/26.",
 "The standard does not say what the 16 weeks run from; counting from the first PLO meeting instead of the letter gives a later date."),
("indirect","date","2027-12-23","2027-12-23","d+10","careplan","When does the written plan setting out the child's needs and services have to be on the system? Placed today 23/12/27.",None),
("indirect","date","2025-04-04","2025-04-04","wd+1","front","How soon does the front door have to decide what to do with a call from school that came in today, 4 April?",None),
("indirect","date","2027-12-24","2027-12-24","wd+1","referral","a worker on the duty desk has to pick up a new level 4 case that came in today (24/12/27) - latest date?",None),
("indirect","date","2026-12-20","2027-01-06","wd-3","repchair","The paperwork for the first child protection meeting that has to go to the independent person running it - meeting is 06/01/27, deadline?",None),
("indirect","date","2026-04-28","2026-05-05","d-3","repfam","the family need to see what I've written before the first protection meeting on 05/05/26 - latest day to share it?",None),
("indirect","date","2025-12-15","2025-12-30","d-3","iroreport","the written update for the independent reviewer before a child-in-care review on 30/12/25 - by when?",None),
("indirect","date","2026-12-23","2026-12-22","wd+20","iha","The doctor's check for a child who came into our care on 22/12/26 - by when?",None),
("indirect","date","2027-08-03","2027-08-02","d+20","pep","the meeting at school about the education plan - child came into care 02/08/27",None),
("indirect","date","2027-08-31","2027-08-27","wd+20","emerg","the kids came into our care in a crisis on 27/08/27 with no up to date assessment - how long do I have to finish the needs assessment?",None),
("indirect","date","2026-08-01","2026-05-31","m+3","summary","The overview of the case at the front of the file was last refreshed 31/05/26 - when is it overdue?",None),
("indirect","date","2026-02-01","2025-03-15","m+12","assess12","the big needs assessment on file was signed off 15/03/25 - when does it stop counting as current?",None),
("indirect","date","2026-05-05","2026-05-04","w+16","tempapp","how long can grandparents stay as emergency-approved foster carers if the decision maker approved them on 04/05/26 (not extended)?",None),
("indirect","date","2026-04-02","2026-04-02","same","s47seen","we decided this morning (02/04/26) that a referral needs a child protection enquiry - by when does a social worker need to have actually seen the child?",None),
# ---------------- date: newstarter ----------------
("newstarter","date","2026-04-07","2026-04-03","wd+15","tlreview","Hi, sorry if this is a basic question - I've been asked to complete a Child and Family Assessment and it was allocated to me on 03/04/26. When does my Team Leader need to review it by?",None),
("newstarter","date","2025-12-19","2025-12-18","d+10","cg","Hello! I'm new to the team. Could you tell me when the first core group meeting needs to be held? The Initial Child Protection Conference was on 18 December 2025.",None),
("newstarter","date","2025-08-22","2025-08-21","wd+15","icpc","Hi, could someone explain when an Initial Child Protection Conference has to take place? The strategy discussion was yesterday, 21 August 2025.",None),
("newstarter","date","2026-01-05","2026-01-02","wd+20","lacrev","Hello, I'm a newly qualified social worker. A child I work with came into care on 2 January 2026. When should the initial Looked After Review (I think it's called the LAC review?) be held?",None),
("newstarter","date","2026-12-24","2026-12-24","wd+1","seen1","Hi, apologies - how quickly do I need to see a child after they have been placed in foster care? The placement was today, Christmas Eve.",None),
("newstarter","date","2026-04-02","today","wd+1","stratmgmt","Good morning, I'm on my first duty week. If my manager says a strategy discussion is needed, how long do I have? The decision was made this morning.",None),
("newstarter","date","2027-05-04","2027-04-30","d+10","plo1","Hi all, the parents were sent the Public Law Outline letter dated 30 April 2027. When should the first meeting with them and their solicitor happen?",None),
("newstarter","date","2025-12-31","2025-12-31","wd+1","front","Hello, sorry to bother you - how long does a Team Leader have to decide what to do with a contact that came into the Front Door today (New Year's Eve)?",None),
("newstarter","date","2026-08-25","2026-08-24","wd+20","iha","Hi, could you help me understand the deadline for the Initial Health Assessment? My young person became looked after on 24/08/26.",None),
("newstarter","date","2026-01-05","lastFri","d+3","record","Hi, I'm behind on my recording - I did a family visit on Friday just gone. What's the deadline for getting it on the system?",None),
# ---------------- date: manager ----------------
("manager","date","2026-01-26","2026-01-02","wd+15","icpc","ICPC was held 20/01/26, strat 02/01/26 - was that in timescale?",None),
("manager","date","2026-01-20","2025-12-15","wd+20","lacrev","Audit q: child became LAC 15/12/25, first review held 16/01/26 - in time?",None),
("manager","date","2026-01-08","2025-12-22","d+10","cg","First core group on 05/01/26 after ICPC on 22/12/25 - compliant?",None),
("manager","date","2026-05-01","2026-04-03","d+10","plo1","Checking a PLO file: letter dated 03/04/26, first meeting 14/04/26. Within timescale?",None),
("manager","date","2025-06-02","2025-04-17","wd+20","iha","IHA done 20/05/25 for a child who came into care 17/04/25 - was that in time?",None),
("manager","date","2026-01-20","2025-12-19","wd+15","tlreview","Audit: TL review of an assessment that started 19/12/25 happened 12/01/26. In timescale?",None),
("manager","date","2026-04-20","2026-04-02","wd+3","placemtg","Placement meeting held 07/04/26 for a placement starting 02/04/26 - compliant?",None),
("manager","date","2027-01-15","2026-12-28","d+10","careplan","Care plan uploaded 12/01/27 for a child placed 28/12/26 - in time?",None),
("manager","date","2025-09-20","2025-09-04","d+7","plomin","For the QA report: PLO minutes went out 12/09/25, the meeting was 04/09/25 - ok?",None),
("manager","date","2026-01-06","2025-12-22","wd+3","fcrec","Foster carer visit 22/12/25, recorded 30/12/25. Within the standard?",None),
("manager","date","2027-02-01","2026-12-18","wd+20","irodisp","Formal IRO dispute raised 18/12/26, resolved 22/01/27 - within timescale?",None),
("manager","date","2026-01-05","2025-12-24","d+5","s47disc","S47 initiated 24/12/25, SW/manager progress discussion 29/12/25 - in timescale?",None),
("manager","date","2026-02-01","2026-01-05","d+10","cintrans","Initial CIN meeting held 19/01/26 after transfer from CFR on 05/01/26 - compliant?",None),
("manager","date","2026-09-10","2026-08-31","wd+1","visit1","Child moved placement on the bank holiday (31/08/26) and was visited 01/09/26 - did we meet the standard?",None),
]
ROWS += [
# ---------------- visits ----------------
("duty","visits","2025-12-29","2025-12-24","w+4","cpvisit","cp visit done 24/12, next by?",None),
("typos","visits","2026-04-07","2026-04-03","w+6","cinvisit","last cin vist was 3.4.26 when is next one due",None),
("indirect","visits","2027-04-02","2027-03-30","w+4","cpvisit","the child on a protection plan was last seen at home 30/03/27 - latest date for the next home visit?",None),
("indirect","visits","2026-01-05","2025-12-22","w+6","cinrev","lower-level plan for a family: the meeting with all the professionals was last held 22/12/25 - next one by?",None),
("scenario","visits","2025-12-24","2025-12-23","w+1","lacweekly","Child came into care on 01/12/25 and I've been visiting weekly; last visit was yesterday, 23/12/25, and the first LAC review isn't until 05/01/26. When's my next statutory visit due?",None),
("scenario","visits","2026-04-01","2026-03-31","w+6","lac6","Since his first LAC review on 15/01/26 we're on the normal frequency, no permanence plan finalised yet. Last statutory visit was 31/03/26. Next one by?",None),
("manager","visits","2026-03-25","2025-12-18","w+12","lac12","Young person settled in a permanent placement for 2 years, 12-weekly visits agreed. Last visit 18/12/25, next visit 20/03/26 - in time?",None),
("newstarter","visits","2025-08-22","2025-08-21","w+6","fcvisit","Hello, I'm a new supervising social worker. I last visited one of my foster carers on 21 August 2025. When is my next visit due?",None),
("indirect","visits","2026-04-01","2025-05-27","m+12","fcunann","the surprise visit to our foster carers - last one was 27/05/25, when's the next one due by?",None),
("duty","visits","2027-01-10","2026-03-31","m+12","fcannual","FC annual rev last 31/3/26 - next by?",None),
("typos","visits","2027-01-05","2024-02-29","m+36","fcdbs","dbs + medicals for our carers last done 29/02/24, when r they due agian",None),
("indirect","visits","2027-06-01","2024-09-14","m+36","fctrain","foster carers' mandatory training refresher - last completed 14/09/24, when's it due?",None),
("scenario","visits","2026-01-15","2023-05-04","m+36","fcpanel","Our foster carers' annual review last went to panel on 04/05/23; the two reviews since then were chaired by an IRO and there have been no complaints or allegations. When must a review next go to the Fostering Panel?",None),
("scenario","visits","2025-12-31","2025-12-30","w+1","adoptwk","Adopters have had the baby since 12/12/25; the first looked-after review is on 13/01/26. My last visit was yesterday, 30/12/25. When's the next statutory visit due?",None),
("indirect","visits","2027-03-29","2027-03-25","w+6","adopt6w","After the first review, how often do I need to see a child living with the people adopting them? Last visit 25/03/27, no order yet.",None),
("duty","visits","2025-12-22","2025-12-19","w+6","plorev","review PLO mtg last 19/12, next one latest?","The standard gives a 4-6 week range; this set takes the outer limit (6 weeks), the earliest expected date would be 4 weeks."),
("indirect","visits","2026-01-02","2025-12-31","w+8","famtime","The arrangements for a child in care seeing mum and dad were set up on 31/12/25 and there's no permanence plan yet - when must they be looked at again?",None),
("manager","visits","2026-01-10","2025-12-02","w+4","cpvisit","CP visits on a file were 02/12/25 and then 06/01/26 - within standard?",None),
("newstarter","visits","2025-05-28","2025-05-26","w+6","cinrev","Hi, how often should Child in Need review meetings happen? Our last one was on 26 May 2025, so when is the next one due?",None),
("typos","visits","2025-12-29","2025-12-24","w+6","lac6","wen is next stat visit due for lac kid, 1st review done ages ago, last seen 24th dec",None),
# ---------------- age ----------------
("indirect","age","2026-11-01","2011-08-31","age 15 6","pathway","when does the plan for leaving care have to be started for a lad born 31/08/2011?",None),
("newstarter","age","2026-01-10","2010-10-14","age 15 6","pathway","Hi, when should a pathway plan be started for a young person born on 14 October 2010?",None),
("scenario","age","2027-05-01","2012-02-29","age 15 6","pathway","Girl in long-term foster care, DOB 29/02/2012, came into care in 2022 and her last review was in March. When does her pathway plan need to start?",None),
("duty","age","2025-12-01","2010-06-30","age 15 6","pathway","yp dob 30/06/10 pathway plan start date?",None),
("indirect","age","2026-12-15","2014-12-31","age 12 0","advocate","from what date should a child be offered someone to help them speak up at their protection conference? DOB 31/12/2014, conference likely early January",None),
("typos","age","2025-12-10","2013-12-25","age 12 0","advocate","when does child turn 12 dob 25.12.13, icpc soon, need to know about advocate",None),
("scenario","age","2026-01-15","2020-02-29","age 6 0","adopt6","Twins born 29/02/2020, PLO likely to start in February. From what date would they no longer count for automatic allocation of an adoption social worker and family finder?",None),
("manager","age","2026-05-01","2020-04-06","age 6 0","adopt6","Audit: child DOB 06/04/2020 entered PLO 07/04/26 - should an adoption SW have been allocated?",None),
# ---------------- choice ----------------
("duty","choice","2026-03-03","2026-03-03|2026-03-03","d+10|d+20","cg|cindeplan","conference 3/3/26 what's next due?",None),
("typos","choice","2025-12-20","2026-01-06|2026-01-06","wd-3|d-3","repchair|repfam","report for conference on 6/1/26 when does it have to go out by",None),
("indirect","choice","2026-06-16","2026-06-15|2026-06-15","d+10|d+20","cintrans|cindeplan","When does the first meeting under the lower-level plan need to happen? The kids moved to that plan on 15/06/26.",None),
("scenario","choice","2026-03-03","2026-03-02|2026-03-02","wd+15|d+45","tlreview|c45","I started a Child and Family Assessment on 02/03/26 (referral came in the same day, child is 7, DOB 11/09/18). What's my deadline?",None),
("newstarter","choice","2025-12-18","2025-12-18|2025-12-18","wd+3|w+6","fcrec|fcvisit","Hi, I visited my foster carers today (18 December 2025) - what's the deadline that follows from that?",None),
("indirect","choice","2025-12-30","2025-12-30|2025-12-30|2025-12-30","wd+3|wd+3|d+7","fgc|viab|plomin","First pre-proceedings meeting with the parents was today, 30/12/25. What has to go out after it, and by when?",None),
("manager","choice","2026-03-02","2026-01-05|2026-01-05","w+12|w+16","plo12|plo16","File check: PLO letter went out 05/01/26, first meeting and reviews with parents done. When is the next legal meeting due on this case?","Both 12- and 16-week meetings are counted from the PLO letter; counting from the first PLO meeting gives later dates."),
("scenario","choice","2027-03-24","2027-03-24|2027-03-24","wd+5|wd+20","iroinf|irodisp","The IRO challenged the team today (24/03/27) about drift in the care plan for a 9 year old whose review was on 10/03. What's the deadline for resolving it?",None),
# ---------------- none ----------------
("duty","none","2026-01-14","2026-01-13","no timescale for the first review conference is set in the standards; the chair sets the date","n_rcpc","RCPC date? icpc was yesterday 13/1",None),
("indirect","none","2026-02-11","2026-02-10","no timescale for core groups after the first one","n_cg","how often does the protection plan group have to meet after the first one? last one was 10/02/26",None),
("newstarter","none","2026-01-06","2026-01-05","no supervision frequency; refers to the supervision policy","n_sup","Hi, how often should I be having supervision with my Team Leader? My last session was on 5 January 2026, so when is the next one due?",None),
("scenario","none","2025-04-14","2025-04-13","no return home interview timescale in the standards","n_missing","Young person went missing from her placement on 12/04/25 and came back the next day (13/04). When does the return home interview have to be done by?",None),
("typos","none","2026-01-21","2026-01-20","no timescale for the second looked after review is set in the standards","n_lac2","when is 2nd lac review due, 1st was 20/1/26",None),
("indirect","none","2027-03-12","2027-03-11","no timescale for the SHOPBA outcome letter","n_shopba","how long after the decision-maker meeting about adoption do the parents have to get their letter? the meeting was 11/03/27",None),
("manager","none","2026-06-05","2026-06-01","no timescale for the Annex A report","n_annexa","Annex A for court - what's the deadline? adopters applied 01/06/26",None),
("duty","none","2026-04-07","2026-04-07","no timescale for Early Help (level 1-3) Team Leader decisions","n_eh","level 2 contact in today, EH TL decision by when?",None),
("indirect","none","2027-02-03","2027-02-02","no timescale for IRO contact between reviews","n_iro","how often does the independent reviewer have to ring the child between meetings? last review was 02/02/27",None),
]

def build():
    src = open(SOURCE, encoding="utf-8").read()
    out = []
    for voice, kind, today_s, ev_s, rule, ph, q, amb in ROWS:
        today = D.fromisoformat(today_s)
        keys = ph.split("|")
        row = {"q": q, "today": today_s}
        if kind == "none":
            row["due"] = None
            row["count"] = f"none: {rule} (question refers to {resolve(ev_s, today).isoformat()})"
        else:
            evs = ev_s.split("|"); rules = rule.split("|")
            assert len(evs) == len(rules)
            res = [apply(r, resolve(e, today)) for e, r in zip(evs, rules)]
            due = min(r[0] for r in res)
            row["due"] = due.isoformat()
            if kind == "choice":
                assert len(set(r[0] for r in res)) > 1, q
                row["count"] = " | ".join(f"{k}: {c}" for k, (_, c) in zip(keys, res)) + f"; due = earliest {due.isoformat()}"
            else:
                row["count"] = res[0][1]
        row["expect_any"] = [PH[k] for k in dict.fromkeys(keys)]
        row["voice"] = voice; row["kind"] = kind
        if amb: row["ambiguous"] = amb
        out.append(row)
    return out, src

def check(rows, src):
    import collections
    assert len(rows) >= 130
    for r in rows:
        assert r["q"] and r["voice"] in {"duty","typos","scenario","indirect","newstarter","manager"}
        assert r["kind"] in {"date","visits","age","choice","none"}
        for p in r["expect_any"]:
            assert len(p.split()) >= 6, p
            assert p in src, p
        if r["kind"] == "choice": assert len(r["expect_any"]) >= 2
    qs = [r["q"] for r in rows]; assert len(set(qs)) == len(qs), "duplicate q"
    print(len(rows), "rows")
    print("kinds:", dict(collections.Counter(r["kind"] for r in rows)))
    print("voices:", dict(collections.Counter(r["voice"] for r in rows)))

if __name__ == "__main__":
    rows, src = build()
    check(rows, src)
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and verify the file itself
    back = [json.loads(l) for l in open(path, encoding="utf-8")]
    again, _ = build()
    assert back == again
    check(back, src)
