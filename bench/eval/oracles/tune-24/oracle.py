#!/usr/bin/env python3
"""Oracle for set-tune-24: computes due/count for every row from a structured spec.
Standard library only. Writes questions.jsonl next to this file, then checks it."""
import datetime as dt, json, os, re, calendar
D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/shared/source/practice-standards.txt"

# England & Wales bank holidays 2024-2028, typed by hand (substitute days included)
BH = {D(*x) for x in [
 (2024,1,1),(2024,3,29),(2024,4,1),(2024,5,6),(2024,5,27),(2024,8,26),(2024,12,25),(2024,12,26),
 (2025,1,1),(2025,4,18),(2025,4,21),(2025,5,5),(2025,5,26),(2025,8,25),(2025,12,25),(2025,12,26),
 (2026,1,1),(2026,4,3),(2026,4,6),(2026,5,4),(2026,5,25),(2026,8,31),(2026,12,25),(2026,12,28),
 (2027,1,1),(2027,3,26),(2027,3,29),(2027,5,3),(2027,5,31),(2027,8,30),(2027,12,27),(2027,12,28),
 (2028,1,3),(2028,4,14),(2028,4,17),(2028,5,1),(2028,5,29),(2028,8,28),(2028,12,25),(2028,12,26)]}

def easter(y):  # anonymous Gregorian algorithm, used only to sanity-check the typed list
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
    i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=((h+l-7*m+114)%31)+1
    return D(y,mo,da)
for y in range(2024,2029):
    assert easter(y)-dt.timedelta(2) in BH and easter(y)+dt.timedelta(1) in BH, y
    assert sum(1 for b in BH if b.year==y)==8
    assert all(b.weekday()<5 for b in BH)

WD = "Mon Tue Wed Thu Fri Sat Sun".split()
def f(d): return f"{d.isoformat()} ({WD[d.weekday()]})"
def isw(d): return d.weekday()<5 and d not in BH

def add_months(d, n):
    m = d.month-1+n; y = d.year+m//12; m = m%12+1
    last = calendar.monthrange(y,m)[1]
    return D(y,m,min(d.day,last)), d.day>last

def resolve(s, today):
    if isinstance(s, D): return s, ""
    if s=="today": return today, "today"
    if s=="yesterday": return today-dt.timedelta(1), "yesterday"
    if s.startswith("last "):  # most recent such weekday strictly before today
        w = WD.index(s[5:8].title()); d = today-dt.timedelta(1)
        while d.weekday()!=w: d -= dt.timedelta(1)
        return d, s
    raise ValueError(s)

def calc(rule, start, n, today):
    s, rel = resolve(start, today)
    pre = f"'{rel}' read against today {f(today)} = {s.isoformat()}; " if rel else ""
    if rule=="wd":
        d=s; k=0; skipped=[]
        while k<n:
            d+=dt.timedelta(1)
            if isw(d): k+=1
            elif d in BH: skipped.append(d.isoformat())
        extra = f"; skips bank holidays {', '.join(skipped)}" if skipped else ""
        if s in BH: extra += f"; start day {s.isoformat()} is itself a bank holiday"
        elif s.weekday()>=5: extra += f"; start day is a {WD[s.weekday()]}"
        return d, pre+f"{n} working day{'s' if n!=1 else ''} after {f(s)} -> {f(d)}{extra}"
    if rule=="wdb":
        d=s; k=0; skipped=[]
        while k<n:
            d-=dt.timedelta(1)
            if isw(d): k+=1
            elif d in BH: skipped.append(d.isoformat())
        extra = f"; skips bank holidays {', '.join(skipped)}" if skipped else ""
        return d, pre+f"{n} working days before {f(s)} -> {f(d)}{extra}"
    if rule=="d":
        d=s+dt.timedelta(n)
        return d, pre+(f"same day as {f(s)}" if n==0 else f"{n} calendar days after {f(s)} -> {f(d)}")
    if rule=="db":
        d=s-dt.timedelta(n); return d, pre+f"{n} calendar days before {f(s)} -> {f(d)}"
    if rule=="w":
        d=s+dt.timedelta(7*n); return d, pre+f"{n} weeks ({7*n} days) after {f(s)} -> {f(d)}"
    if rule=="m":
        d,cl=add_months(s,n)
        return d, pre+f"{n} months after {f(s)} -> {f(d)}"+("; day clamped to month end" if cl else "")
    if rule=="age":  # n = age in months; start = date of birth
        d,cl=add_months(s,n); y,mo=divmod(n,12)
        note = ""
        if cl and s.month==2 and s.day==29: note="; born 29 Feb, non-leap year so taken as 1 March"; d=d+dt.timedelta(1)
        elif s.month==2 and s.day==29 and d.month==2: note="; born 29 Feb, target year is a leap year so 29 Feb"
        elif s.month==2 and s.day==29: note="; born 29 Feb, target date not in February so no adjustment needed"
        elif cl: note="; day clamped to month end"
        age = f"{y} years" + (f" {mo} months" if mo else "")
        return d, f"DOB {f(s)} + {age} -> {f(d)}{note}"
    raise ValueError(rule)

P = {
 "fd": "decisions made by what action are required by a Team Leader within 1 working day",
 "init": "Initial decisions will be made about the action required within 1 working day",
 "ref": "Referrals will be actioned by a social worker within 1 working day",
 "same": "the child / children will be seen by the Social Worker the same day",
 "s47p": "Within 5 days of the Section 47 being initiated",
 "alloc": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 "tl15": "All assessments will be reviewed by the Team Leader within 15 working days",
 "a45": "Assessments must all be completed within 45 days",
 "sd1": "a strategy discussion is required, this must happen within 1 working day",
 "sd24": "A strategy discussion within 24 hours involving all relevant agencies",
 "notice": "giving at least 5 days’ notice",
 "joint": "Within the 5 days’ notice period, the Children’s First Response Social Worker",
 "icpc": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 "fam3": "The report will be shared with family at least 3 the days prior to conference",
 "chair3": "sent to the child protection chair 3 working days before the conference",
 "cg": "The first core group must be  held within 10 days of the conference",
 "cpv": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 "cphome": "A statutory CP visit must not be recorded on the child’s file unless the child was seen at home",
 "rcpar": "This report must be shared with parents at least 3 days prior to the review conference",
 "rcchair": "available to the conference chair at least 3 days prior to the review conference",
 "ptt": "when they have been subject to a plan for 12 months",
 "plo1": "should take place within 10 days of the date on the PLO letter",
 "fgc": "Referral should be made within 3 working days of the first PLO meeting",
 "via": "made to Family Placement Team within 3 working days of the initial PLO meeting",
 "min": "distributed to parents and their legal representation within 7 days of the meeting",
 "plorev": "Review PLO meetings with parents to be held every 4-6 weeks",
 "lpm": "A review legal planning meeting will be held at 12 weeks",
 "lg16": "a Legal Gateway meeting will be convened at 16 weeks",
 "cin20": "will set the first CIN meeting within 20 days",
 "cin10": "the initial CIN meeting must take place within 10 days",
 "cinrev": "CIN review meetings will be held at least every 6 weeks",
 "cinv": "A child subject to a CIN plan will be seen at least every 6 weeks",
 "cinhome": "can only be recorded as a CIN visit on the child’s case file if they have been seen at home",
 "emer": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 "vis1": "The child will be visited within 1 working day of coming into care or having a change in placement",
 "seen1": "All looked after children will be seen within 1 working day of placement",
 "pm3": "The placement meeting will be held within 3 working days",
 "pp5": "an updated copy given to the carers within 5 working days of the placement beginning",
 "ft8": "reviewed at least every 8 week until the plan for permanence is agreed",
 "pack": "coming into care pack, children rights leaflet within 3 weeks",
 "legal5": "informed of the child’s legal status within 5 working days",
 "iha": "An initial health assessment will be requested and carried out within 20 working days",
 "pep": "A PEP meeting will be arranged within the school within 20 days",
 "pepterm": "subsequently reviewed within the statutory guidelines at least 1 per term",
 "lacw": "Statutory looked after visits must happen weekly until the first looked after review",
 "lac6": "a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 "lac12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 "cp10": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 "ilar": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 "nextlac": "a new LAC review will be set in accordance with the timescales",
 "path": "A pathway plan will be started when the young person is 15 years 6 months",
 "iro3": "this will be with the IRO 3 days before the review",
 "iro5": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 "iro20": "The formal dispute resolution process should be completed from start to finish within 20 working days",
 "irocontact": "The IRO will contact the child between reviews",
 "adopt6": "If a child under the age of 6 enters PLO or proceedings",
 "ao10": "Once the children have been in placement with the adopter for 10 weeks",
 "adw": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 "ad6": "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 "shopba": "but prior to legal need to submit the paperwork for the Issues Resolution Hearing",
 "llb": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter",
 "fcv": "Trafford foster carers are visited at least once every six weeks",
 "fcrec": "a record of this visit is recorded on LCS within 3 working days",
 "unann": "will have an unannounced visit at least once every 12 months",
 "panel3": "will have an annual review presented to the Fostering Panel at least every three years",
 "dbs": "updated statutory references, medicals and DBS checks at least every three years",
 "core": "must update their core training at least every three years",
 "var6": "This can only be given for up to 6 working days",
 "temp": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 "rec3": "any event or contact is recorded within 3 days",
 "summ": "A clear and concise case file summary which has been updated within the last 3 months",
 "ass12": "An up to date assessment (within the last 12 months) on each child",
 "adv12": "if they are 12 or over they should be offered an advocate",
 "nextconf": "The child protection chair will set the date of the next conference",
 "eh": "Initial decisions will be made about the action required by an Early Help Team Leader",
 "sup": "monitored through supervision which takes place in line with the supervision policy",
 "cinmin": "will receive a copy of the updated CIN plan following every child in need meeting",
}

ROWS = []
def R(voice, kind, today, q, c, keys, amb=None):
    ROWS.append(dict(voice=voice, kind=kind, today=D.fromisoformat(today), q=q, c=c, keys=keys, amb=amb))
A45 = "The standard says 45 days, which this set reads as calendar days; statutory guidance (Working Together) uses 45 working days."

# ---------------- Front door / referrals ----------------
R("duty","date","2025-12-19","contact in fri 19/12 pm, TL decision by when?",("wd",D(2025,12,19),1),["fd"])
R("indirect","date","2025-12-24","A worry came through from school to the front door on Christmas Eve. By when does a team leader need to have decided what we're doing with it?",("wd",D(2025,12,24),1),["fd"])
R("typos","date","2026-03-31","contcat recieved 31.3.26 when does the TL need to make the decison",("wd",D(2026,3,31),1),["fd"])
R("scenario","date","2026-04-02","Health visitor rang the front door on Thursday 2 April 2026 about a 7-month-old with bruising (baby born 14/09/25). It's at level 4. When does the initial decision about what action is needed have to be made by?",("wd",D(2026,4,2),1),["init","fd"])
R("manager","date","2025-06-02","Referral in 27/05/25, SW didn't action it till 29/05. Was that in timescale?",("wd",D(2025,5,27),1),["ref"])
R("newstarter","date","2025-08-22","Sorry if this is basic - a referral was passed to me on Friday 22 August 2025. How long do I have to action it as the social worker?",("wd",D(2025,8,22),1),["ref"])
R("indirect","date","2026-01-02","referral came in this morning and it's going to be a child protection enquiry - by when do I need to have seen the kids?",("d","today",0),["same"])
R("indirect","date","2027-04-30","a referral landed with me today, the Friday before the bank holiday weekend. When's the latest I need to have done something with it?",("wd","today",1),["ref"])

# ---------------- S47 progress ----------------
R("duty","date","2025-12-30","s47 started 30/12/25, mgr progress chat due?",("d",D(2025,12,30),5),["s47p"],"The standard says 5 days (read as calendar days); some would count 5 working days.")
R("indirect","date","2026-05-01","We started the child protection enquiry on 1 May 2026. When should I sit down with my manager to go over how it's going and agree next steps?",("d",D(2026,5,1),5),["s47p"])
R("scenario","date","2025-04-18","Section 47 kicked off on Good Friday 18/04/25 after police found the kids home alone. Mum's DOB is 02/05/1990 if that matters. When do I need the progress discussion with my TL?",("d",D(2025,4,18),5),["s47p"])
R("newstarter","date","2027-08-27","Hello, a Section 47 enquiry was initiated on my case yesterday. When should my manager and I discuss how it's progressing?",("d","yesterday",5),["s47p"])

# ---------------- Allocation / TL review / 45 days ----------------
R("manager","date","2026-01-05","Decision made 23/12/25 that it needs a C&FA; case allocated 02/01/26. Was allocation in time?",("wd",D(2025,12,23),3),["alloc"],"The standard does not name the start event; counting from the referral date instead of the decision would move the deadline.")
R("indirect","date","2026-05-22","Team leader agreed yesterday that a family needs a full assessment. How long has the TL got to get it onto a worker's caseload?",("wd","yesterday",3),["alloc"],"The standard does not name the start event; this counts from the decision that an assessment is needed.")
R("duty","date","2025-12-15","c&fa started 15/12/25, TL review due?",("wd",D(2025,12,15),15),["tl15"])
R("typos","date","2027-03-22","assesment started 20th march 27 when dose TL have to reveiw it",("wd",D(2027,3,20),15),["tl15"])
R("indirect","date","2025-04-14","When does my team leader need to have looked over the family assessment I opened on 14/04/2025?",("wd",D(2025,4,14),15),["tl15"])
R("newstarter","date","2025-07-28","Hi, my first Child and Family Assessment opened on 28 July 2025. By when should my Team Leader have reviewed it?",("wd",D(2025,7,28),15),["tl15"])
R("indirect","date","2026-12-21","I started looking into how a family's doing on 21/12/2026 - when's the point my TL must have gone through my work so far?",("wd",D(2026,12,21),15),["tl15"])
R("duty","date","2025-11-10","C&FA start 10/11/25 - 45 day deadline?",("d",D(2025,11,10),45),["a45"],A45)
R("typos","date","2026-04-01","when is the assesment due to be finshed, started it 1.4.26",("d",D(2026,4,1),45),["a45"],A45)
R("indirect","date","2025-12-19","how long have I got to get the whole family assessment finished if it began 19/12/2025?",("d",D(2025,12,19),45),["a45"],A45)
R("manager","date","2027-04-21","C&FA opened 03/03/27, authorised 20/04/27. Within timescale?",("d",D(2027,3,3),45),["a45"],A45)
R("scenario","date","2026-08-05","Referral came in 05/08/26 and the assessment started the same day. There's a CIN meeting on another case booked for 01/09/26 that I keep mixing up with it. When must the assessment be finished?",("d",D(2026,8,5),45),["a45"],A45)

# ---------------- Strategy discussion ----------------
R("duty","date","2025-12-24","mgmt decision for strat 24/12/25, strat by?",("wd",D(2025,12,24),1),["sd1"],"The S47 section also says a strategy discussion within 24 hours, which would give 25/12.")
R("indirect","date","2026-05-01","My manager decided on Friday 1 May 2026 that we need to get police and health round the table about this child. When does that discussion need to have happened?",("wd",D(2026,5,1),1),["sd1"],"The S47 section also says within 24 hours, which would give Saturday 2 May.")
R("newstarter","date","2025-08-28","A manager has said a strategy discussion is needed - this was decided on Thursday 28 August 2025. When does it need to take place by?",("wd",D(2025,8,28),1),["sd1"])

# ---------------- Transfer to Neighbourhood Team ----------------
R("indirect","date","2025-12-22","First Response want to move a family to us in the neighbourhood team at CIN level and emailed us on 22/12/25. What's the earliest the handover can happen given the notice they have to give?",("d",D(2025,12,22),5),["notice"])
R("scenario","date","2026-03-30","First Response emailed the Neighbourhood Team on Monday 30 March 2026 giving notice that a case is moving over at CIN. Dad's birthday is 02/04. By when does the joint visit to introduce the new worker need to happen?",("d",D(2026,3,30),5),["joint"])

# ---------------- ICPC ----------------
R("duty","date","2025-12-22","strat was 19/12/25, when's the ICPC?",("wd",D(2025,12,19),15),["icpc"])
R("typos","date","2026-04-07","strat 3.4.26 icpc due when",("wd",D(2026,4,3),15),["icpc"])
R("indirect","date","2027-03-12","We had the first multi-agency meeting with police today about the bruises. If it's going to conference, when's the latest that first conference can be?",("wd","today",15),["icpc"])
R("scenario","date","2025-08-18","Strat was held on 14 August 2025, though the referral came in on 12 August and the S47 visit happened on 15 August. If we go to ICPC what's the latest date?",("wd",D(2025,8,14),15),["icpc"])
R("manager","date","2026-01-26","ICPC was held 20/01/26, strat 02/01/26, was that in timescale?",("wd",D(2026,1,2),15),["icpc"])
R("newstarter","date","2026-12-22","Hello! The initial strategy discussion for one of my children was on 21 December 2026. What is the latest date the Initial Child Protection Conference can be held?",("wd",D(2026,12,21),15),["icpc"])
R("indirect","date","2027-05-04","police and us met about the kids on 30/04/27. When does the big meeting with the family and all the agencies, where they decide if a protection plan is needed, have to happen by?",("wd",D(2027,4,30),15),["icpc"])
R("duty","date","2028-05-22","strat 22/05/28 - icpc latest?",("wd",D(2028,5,22),15),["icpc"])
R("manager","date","2025-05-20","Strat 17/04/25, ICPC 09/05/25. Did we meet the timescale?",("wd",D(2025,4,17),15),["icpc"])
R("indirect","date","2027-12-20","the multi-agency discussion about the baby was last Friday. if it goes to conference, when's the deadline?",("wd","last fri",15),["icpc"])

# ---------------- ICPC reports ----------------
R("duty","date","2025-12-29","ICPC 06/01/26, report to chair by?",("wdb",D(2026,1,6),3),["chair3"])
R("indirect","date","2026-03-25","Conference is Tuesday 7 April 2026. When does my report have to be with the person chairing it?",("wdb",D(2026,4,7),3),["chair3"])
R("typos","date","2026-05-20","icpc on 2nd june 2026 when does chair need my reprot",("wdb",D(2026,6,2),3),["chair3"])
R("manager","date","2025-06-02","ICPC 29/05/2025; report got to the chair 23/05/25. Compliant?",("wdb",D(2025,5,29),3),["chair3"])
R("newstarter","date","2025-12-22","For an initial conference on 5 January 2026, by what date should the family have seen my report?",("db",D(2026,1,5),3),["fam3"],"'at least 3 the days prior' is read as 3 calendar days; a reader could take it as 3 working days like the chair's copy.")
R("indirect","date","2026-09-01","the parents need to see what I've written before the first conference on 14/09/26 - what's the last day I can show them?",("db",D(2026,9,14),3),["fam3"])

# ---------------- Core group / CP ----------------
R("duty","date","2025-12-18","ICPC 18/12/25 1st CG by?",("d",D(2025,12,18),10),["cg"])
R("typos","date","2026-03-04","conferance was 3/3/26 when is first core grp",("d",D(2026,3,3),10),["cg"])
R("indirect","date","2027-04-22","We've just come out of the conference where the child was put on a plan. When does the first meeting of the smaller group that puts the detail on the plan have to happen?",("d","today",10),["cg"])
R("scenario","date","2025-08-27","ICPC was on 26 August 2025 and both kids went on plans under neglect. The next RCPC has been set for 26 November. When does the first core group need to be held?",("d",D(2025,8,26),10),["cg"])
R("manager","date","2027-01-11","ICPC 22/12/26, first core group 05/01/27. Within timescale?",("d",D(2026,12,22),10),["cg"])
R("newstarter","date","2026-05-27","Hi, the Initial Child Protection Conference was held yesterday. When do I need to hold the first core group?",("d","yesterday",10),["cg"])
R("indirect","date","2026-02-10","Child went on a protection plan on 31 January 2026 and things aren't shifting. At what date will she have been on it long enough that we should hold the professionals' thinking-time meeting?",("m",D(2026,1,31),12),["ptt"])
R("manager","date","2026-04-20","Plan start 15/04/25, no professional thinking time meeting on file at audit (20/04/26). When was the 12-month point?",("m",D(2025,4,15),12),["ptt"])
R("duty","date","2026-04-27","RCPC 04/05/26 - plan update to parents by?",("db",D(2026,5,4),3),["rcpar"])
R("indirect","date","2025-12-22","the next conference reviewing the protection plan is on 02/01/2026. what's the last day the chair can get my progress update?",("db",D(2026,1,2),3),["rcchair"])
R("typos","date","2025-12-19","reveiw conf on 29th dec 2025, when do parents need the report by",("db",D(2025,12,29),3),["rcpar"])
R("scenario","date","2027-03-15","Review CP conference is on Tuesday 30 March 2027 (it was moved from the 23rd). Mum works nights so I want to share my update with her as late as allowed. When's the latest?",("db",D(2027,3,30),3),["rcpar"])

# ---------------- PLO ----------------
R("duty","date","2025-12-19","PLO letter dated 19/12/25, 1st mtg by?",("d",D(2025,12,19),10),["plo1"])
R("indirect","date","2026-03-27","the letter that starts pre-proceedings went out dated 27 March 2026. When should we have the first meeting with the parents and their solicitor?",("d",D(2026,3,27),10),["plo1"])
R("scenario","date","2025-11-17","Legal Gateway was 10/11/25 and PLO agreed. The letter to parents is dated 14/11/25 but was only posted on 17/11. Dad says he isn't getting a solicitor. When should the first meeting be?",("d",D(2025,11,14),10),["plo1"],"Counts from the date on the letter (14/11) as the standard says; counting from posting would give 27/11.")
R("manager","date","2027-08-16","PLO letter 01/08/27; first PLO meeting 13/08/27. In time?",("d",D(2027,8,1),10),["plo1"])
R("typos","date","2026-12-24","plo leter dated 24.12.26 when first mtg",("d",D(2026,12,24),10),["plo1"])
R("duty","date","2025-04-17","1st PLO mtg 17/04/25, FGC referral by?",("wd",D(2025,4,17),3),["fgc"])
R("indirect","date","2025-12-23","Family haven't had a family group conference yet and we had the first pre-proceedings meeting today. How quickly does the referral for one need to go in?",("wd","today",3),["fgc"])
R("newstarter","date","2026-05-28","After the initial PLO meeting on Thursday 28 May 2026, grandma was named as a possible carer. By when should I send the viability assessment screening request to the Family Placement Team?",("wd",D(2026,5,28),3),["via"])
R("scenario","date","2026-08-28","Initial PLO meeting was this morning, Friday 28/08/2026. An aunt (DOB 11/03/1985) has come forward as an alternative carer. When must the viability screening request go to Family Placement?",("wd",D(2026,8,28),3),["via"])
R("indirect","date","2026-12-24","when do the notes from the pre-proceedings meeting with the parents need to be out to them and their solicitors? meeting was 24/12/26",("d",D(2026,12,24),7),["min"])
R("manager","date","2026-04-13","PLO meeting 02/04/26, minutes sent 10/04/26. On time?",("d",D(2026,4,2),7),["min"])
R("typos","date","2028-04-13","plo minits from meeting 13.4.28 when to send out",("d",D(2028,4,13),7),["min"])
R("indirect","date","2026-01-06","We've been in pre-proceedings since the letter dated 05/01/2026. When should the review meeting where the solicitor from legal comes along be held?",("w",D(2026,1,5),12),["lpm"],"The standard does not say what the 12 weeks run from; counting from the first PLO meeting instead of the letter would move it.")
R("duty","date","2027-02-15","PLO started 12/02/27 (letter). 16 wk gateway date?",("w",D(2027,2,12),16),["lg16"],"The standard does not say what the 16 weeks run from; this counts from the PLO letter.")

# ---------------- CIN ----------------
R("indirect","date","2025-12-17","kid came off the protection plan at the review conference today - when's the first meeting for the new plan as a child in need?",("d","today",20),["cin20"])
R("manager","date","2026-04-07","De-planned 10/03/26, first CIN meeting 03/04/26 - in timescale?",("d",D(2026,3,10),20),["cin20"])
R("duty","date","2025-12-24","case transferred from CFR 24/12/25, initial CIN mtg by?",("d",D(2025,12,24),10),["cin10"])
R("scenario","date","2026-05-20","Case came across from First Response today after their assessment (the assessment started 07/04). The school summer fair is 19 June, when I'd hoped to catch everyone. When does the initial CIN meeting need to be held?",("d","today",10),["cin10"])
R("newstarter","date","2027-09-01","A Child in Need case transferred to me from the Children's First Response Team on 1 September 2027. When should the first CIN meeting happen?",("d",D(2027,9,1),10),["cin10"])
R("typos","date","2025-05-27","cin case come over from first responce on 23rd may 2025, wen is 1st cin meeting",("d",D(2025,5,23),10),["cin10"])

# ---------------- Children in care ----------------
R("scenario","date","2025-12-22","Police protection on Saturday 20/12/2025 and the child came into care in an emergency that night; her brother's birthday is 24/12. When does the assessment of her needs have to be done by?",("wd",D(2025,12,20),20),["emer"])
R("indirect","date","2026-04-01","A child had to come into our care at no notice today. What's the deadline for the assessment of their needs?",("wd","today",20),["emer"])
R("duty","date","2026-04-24","LAC from fri 24/04/26, visit by?",("wd",D(2026,4,24),1),["vis1","seen1"])
R("indirect","date","2025-12-24","The young person moved to a new foster home on Christmas Eve 2025. When do I have to go and see them by?",("wd",D(2025,12,24),1),["vis1"])
R("typos","date","2025-05-02","child placed 2.5.25 when do i need to see them",("wd",D(2025,5,2),1),["seen1","vis1"])
R("duty","date","2025-12-23","placed 23/12/25, placement mtg by?",("wd",D(2025,12,23),3),["pm3"])
R("indirect","date","2026-04-02","Child moved in with new carers today. When do we need to get together with the carers to sort delegated authority and how the placement will work?",("wd","today",3),["pm3"])
R("newstarter","date","2026-05-22","I placed a child on Friday 22 May 2026. When should the placement meeting take place?",("wd",D(2026,5,22),3),["pm3"])
R("manager","date","2025-09-01","Placement 25/08/25 (emergency), placement meeting 29/08/25. Compliant?",("wd",D(2025,8,25),3),["pm3"])
R("indirect","date","2026-12-29","when do the carers need the updated copy of the document setting out how to look after the child, if the child moved in 29/12/2026?",("wd",D(2026,12,29),5),["pp5"])
R("scenario","date","2025-04-17","Placement began 15/04/2025 with carers in Urmston; the placement meeting was today, 17/04. When do the carers need the updated placement plan?",("wd",D(2025,4,15),5),["pp5"])
R("indirect","date","2025-12-12","what's the deadline to give a child the welcome pack and the leaflet about their rights? came into care 12/12/2025",("w",D(2025,12,12),3),["pack"])
R("typos","date","2025-04-16","coming into care pack - child came in 16th april 2025 when due?",("w",D(2025,4,16),3),["pack"])
R("indirect","date","2025-12-18","Everyone else working with the child needs to know they're now in our care - they came in on 18/12/2025. When do I have to have told them?",("wd",D(2025,12,18),5),["legal5"])
R("newstarter","date","2027-04-30","A child became looked after on 30 April 2027. By when should I have informed the other professionals of the child's legal status?",("wd",D(2027,4,30),5),["legal5"])
R("duty","date","2025-12-01","LAC 01/12/25 IHA due?",("wd",D(2025,12,1),20),["iha"])
R("indirect","date","2026-03-27","by when does the first health check for a child newly in care need to be done? came in today",("wd","today",20),["iha"])
R("scenario","date","2025-07-29","Siblings came into care yesterday (eldest born 03/08/2012, and we've got the family time review on 05/08). When must their initial health assessments be done?",("wd","yesterday",20),["iha"])
R("indirect","date","2025-12-10","child's been in care since today, when does the meeting at school about her education plan need to be by?",("d","today",20),["pep"],"The standard does not say what the 20 days run from; this counts from coming into care.")
R("typos","date","2026-08-05","pep mtg for new lac child, came in 5.8.26 when by",("d",D(2026,8,5),20),["pep"])
R("duty","date","2025-12-26","placed 26/12/25 - care plan on system by?",("d",D(2025,12,26),10),["cp10"])
R("indirect","date","2027-03-29","The written plan setting out what a child in care needs and how we'll meet it - when does that have to be on the system if she was placed on 29/03/2027?",("d",D(2027,3,29),10),["cp10"])
R("duty","date","2025-12-22","LAC 22/12/25, ILAR by?",("wd",D(2025,12,22),20),["ilar"])
R("indirect","date","2025-04-16","When does the first review meeting with the independent reviewing officer need to be for a child who came into care on 16 April 2025?",("wd",D(2025,4,16),20),["ilar"])
R("scenario","date","2026-08-25","Baby came into care under an EPO on 24/08/2026; her sister has been in care since 2024 and has her own review on 10/09. Mum's hearing is 07/09. When's the latest for baby's first looked after review?",("wd",D(2026,8,24),20),["ilar"])
R("manager","date","2026-06-05","Child LAC 01/05/26; initial LAC review held 02/06/26. In time?",("wd",D(2026,5,1),20),["ilar"])
R("newstarter","date","2026-12-21","A child in my team became looked after on Monday 21 December 2026. When is the latest date for their initial Looked After Review?",("wd",D(2026,12,21),20),["ilar"])
R("typos","date","2028-03-31","ilar date for child who came in 31st march 28?",("wd",D(2028,3,31),20),["ilar"])
R("duty","date","2026-12-21","LAC review 05/01/27, report to IRO by?",("db",D(2027,1,5),3),["iro3"])
R("indirect","date","2025-05-26","my written report for the child in care review on 02/06/2025 - when does the reviewing officer need it?",("db",D(2025,6,2),3),["iro3"])

# ---------------- IRO ----------------
R("indirect","date","2025-12-19","The reviewing officer raised an informal challenge about drift today. If it's not sorted, when does it become a formal dispute?",("wd","today",5),["iro5"])
R("manager","date","2027-04-30","Formal IRO dispute started 26/03/27, resolved 28/04/27. Within timescale?",("wd",D(2027,3,26),20),["iro20"])
R("newstarter","date","2025-05-01","The IRO raised a formal dispute on my case on 1 May 2025. By when should the dispute process be finished?",("wd",D(2025,5,1),20),["iro20"])
R("typos","date","2026-05-22","iro raised informal chalenge 22/5 when does it go formal if not resolved",("wd",D(2026,5,22),5),["iro5"])

# ---------------- Adoption ----------------
R("indirect","date","2025-11-01","Baby moved in with the adopters on 23/10/2025. From what date can they apply to court to make it permanent?",("w",D(2025,10,23),10),["ao10"])
R("scenario","date","2026-04-01","Matched at panel 12/02/2026, introductions started 02/03/2026 and the child moved in with the adopters 16/03/2026. When can the adopters apply for the Adoption Order?",("w",D(2026,3,16),10),["ao10"])
R("newstarter","date","2027-12-01","Hello, a little one was placed with adopters on 20 December 2027. When will they be able to apply for the Adoption Order?",("w",D(2027,12,20),10),["ao10"])

# ---------------- Fostering ----------------
R("indirect","date","2026-04-02","I went to see our foster carers today - when does the write-up need to be on LCS?",("wd","today",3),["fcrec"])
R("typos","date","2026-05-22","fostercarer visit 22.5.26 when must i record it",("wd",D(2026,5,22),3),["fcrec"])
R("manager","date","2025-02-01","Carer DBS last renewed 15/01/2025 - when is the next one due?",("m",D(2025,1,15),36),["dbs"])
R("indirect","date","2025-09-01","A foster carer finished her core training on 31/08/2024. When does she have to have redone it?",("m",D(2024,8,31),36),["core"])
R("duty","date","2026-05-05","carer review last went to panel 04/05/26, next panel review by?",("m",D(2026,5,4),36),["panel3"])
R("scenario","date","2025-12-18","Strategic Lead approved a variation of terms of approval on 18/12/2025 so a third child (born 01/01/2019) could stay with the carers tonight. Until when can the variation last?",("wd",D(2025,12,18),6),["var6"])
R("indirect","date","2026-04-02","Carers got permission today to take a child who's outside what they're approved for. How long is that permission good for?",("wd","today",6),["var6"])
R("indirect","date","2026-01-05","Nan was approved on a temporary basis to look after her grandson on 05/01/2026. When does that run out if nothing's extended?",("w",D(2026,1,5),16),["temp"])
R("scenario","date","2026-01-10","Connected person (aunt) was temporarily approved on 01/09/2025; fostering panel has now agreed the full extension. What is the final end date of the temporary approval?",("w",D(2025,9,1),24),["temp"])
R("manager","date","2027-02-15","Temp approval started 10/10/2026; full assessment went to panel 12/02/2027. Was that inside the 16 weeks?",("w",D(2026,10,10),16),["temp"])

# ---------------- Case recording / open cases ----------------
R("typos","date","2025-12-23","home visit 23.12.25 when does it need to be on the system",("d",D(2025,12,23),3),["rec3"])
R("indirect","date","2027-03-29","I saw the family today. How long have I got to write it up?",("d","today",3),["rec3"])
R("newstarter","date","2026-05-26","I had a phone call with a parent last Friday. How long do I have to record it?",("d","last fri",3),["rec3"])
R("manager","date","2026-01-15","Case summary last updated 30/11/2025. When does it go out of date?",("m",D(2025,11,30),3),["summ"])
R("indirect","date","2026-07-01","the short overview at the front of the file was last refreshed 31/05/2026 - when do I need to refresh it again?",("m",D(2026,5,31),3),["summ"])
R("duty","date","2025-02-03","last C&FA authorised 29/02/24, when out of date?",("m",D(2024,2,29),12),["ass12"])
R("indirect","date","2026-10-01","On an open case the most recent assessment was signed off by a manager on 17/04/2026. By when do we need a new one?",("m",D(2026,4,17),12),["ass12"])

# ---------------- extra date rows ----------------
R("indirect","date","2025-04-22","mum phoned the front door about her son on the Thursday before Easter (17/04/25). when should the team leader have decided what happens next?",("wd",D(2025,4,17),1),["fd"])
R("scenario","date","2027-12-24","A neighbour rang in on 24/12/2027 about a toddler left alone; the child's 3rd birthday is 02/01. It's a referral for social work. When does a social worker need to have actioned it by?",("wd",D(2027,12,24),1),["ref"])
R("indirect","date","2027-05-28","How long have I got to go through an assessment my worker started on 28/05/2027? I'm the TL.",("wd",D(2027,5,28),15),["tl15"])
R("indirect","date","2028-04-13","we've just had the first get-together with police and health about a teenager, today. if it goes to the child protection conference, when by?",("wd","today",15),["icpc"])
R("indirect","date","2026-12-24","conference is on 29/12/2026, what's the latest my written report can get to the chair?",("wdb",D(2026,12,29),3),["chair3"])
R("indirect","date","2025-05-02","Baby went on a protection plan at conference today. When do we next need to meet as the smaller working group?",("d","today",10),["cg"])
R("indirect","date","2027-12-20","the pre-proceedings letter is dated 20/12/2027. when do we need to have sat down with mum and her solicitor?",("d",D(2027,12,20),10),["plo1"])
R("indirect","date","2025-08-22","we had the first meeting under pre-proceedings this morning and the uncle wants to be considered as a carer. when does the request to check him out need to go to the family placement lot?",("wd","today",3),["via"])
R("indirect","date","2026-05-29","a case moved over to us from the first response team yesterday. when's the first meeting with the family under the child in need plan due?",("d","yesterday",10),["cin10"])
R("indirect","date","2026-09-01","child stepped down from a protection plan at the conference on 31/08/2026 (I know, bank holiday - it was rescheduled, actually it was 01/09). Going with 01/09 - when's the first meeting under the new plan?",("d",D(2026,9,1),20),["cin20"])
R("indirect","date","2027-12-23","little boy had to come into care in an emergency on 23/12/2027. when's the deadline for my assessment of what he needs?",("wd",D(2027,12,23),20),["emer"])
R("indirect","date","2028-04-13","young person moved placement today. how soon must I visit?",("wd","today",1),["vis1"])
R("indirect","date","2025-08-22","Child moved to new carers on Friday 22/08/2025. When do the carers need the updated version of the plan for looking after her?",("wd",D(2025,8,22),5),["pp5"])
R("indirect","date","2027-03-25","when does the doctor's check for a child who came into care on 25/03/2027 need to have happened?",("wd",D(2027,3,25),20),["iha"])
R("indirect","date","2026-12-23","when does the first meeting with the reviewing officer need to be held for a little girl who came into our care on 23/12/2026?",("wd",D(2026,12,23),20),["ilar"])
R("indirect","date","2027-08-27","the reviewing officer challenged me informally on 27/08/2027 about drift. if it isn't resolved when does it escalate?",("wd",D(2027,8,27),5),["iro5"])
R("indirect","date","2026-04-02","the dispute the IRO formally raised started on 02/04/2026 - when should it be done and dusted?",("wd",D(2026,4,2),20),["iro20"])
R("indirect","date","2028-05-26","i visited my supervised foster carers on friday 26/05/28. when does my note of it have to be on the system?",("wd",D(2028,5,26),3),["fcrec"])
R("indirect","date","2025-12-30","grandad got the emergency go-ahead to look after his granddaughter on 30/12/2025. how long does that temporary arrangement last before it needs extending?",("w",D(2025,12,30),16),["temp"])
R("indirect","date","2027-01-04","Carers have a DBS dated 04/01/2027 - when do they need a fresh one?",("m",D(2027,1,4),36),["dbs"])
R("indirect","date","2026-03-31","We're starting the child protection enquiry today. When's the catch-up with my manager about how it's progressing due?",("d","today",5),["s47p"])
R("indirect","date","2025-12-31","child came into care today. when do I need to let all the other professionals know about her legal status?",("wd","today",5),["legal5"])
R("indirect","date","2028-08-25","the young person came into care on 25/08/2028. when's the deadline for the pack explaining care and his rights?",("w",D(2028,8,25),3),["pack"])
R("indirect","date","2026-05-01","the child came into care on 1 May. When does the written care plan need to be on the system?",("d",D(2026,5,1),10),["cp10"])
R("indirect","date","2026-03-26","the conference reviewing her plan is on Thursday 02/04/2026, when's the last day to share my update with the parents?",("db",D(2026,4,2),3),["rcpar"])
R("indirect","date","2028-01-03","Pre-proceedings meeting was held 29/12/2027. When do the written notes need to be with the parents and their solicitor?",("d",D(2027,12,29),7),["min"])
R("indirect","date","2025-05-06","the school emailed the front door on Friday 2 May 2025 about a pupil. when should the TL have decided what action to take?",("wd",D(2025,5,2),1),["fd"])

# ---------------- visits ----------------
R("duty","visits","2025-12-01","last CIN review 11/11/25, next by?",("w",D(2025,11,11),6),["cinrev"])
R("indirect","visits","2026-03-02","We last got everyone together to go over the plan for this child in need on 20/02/2026. How long until we have to meet again?",("w",D(2026,2,20),6),["cinrev"])
R("typos","visits","2027-04-01","cin visit last done 28.3.27, nxt visit due",("w",D(2027,3,28),6),["cinv"])
R("scenario","visits","2025-08-04","I last saw Twinkle Pepperpot (made-up name, 9) at home on 14 July 2025 under her CIN plan. I also saw her at school on 1 August but that wasn't at home. When's her next CIN visit due?",("w",D(2025,7,14),6),["cinv","cinhome"])
R("newstarter","visits","2026-12-23","Hello, I visited a child on a CIN plan at home on 23 December 2026. When is the latest I should see them again?",("w",D(2026,12,23),6),["cinv"])
R("duty","visits","2025-12-24","last CP visit 24/12/25 next due?",("w",D(2025,12,24),4),["cpv"])
R("indirect","visits","2026-04-02","How long can I leave it before seeing a child on a protection plan again? I was last there at home on 2 April 2026.",("w",D(2026,4,2),4),["cpv"])
R("scenario","visits","2027-05-21","Last statutory visit to a CP child was at home on 05/05/2027. I also saw him at nursery on 20/05/2027. When's the next statutory visit due?",("w",D(2027,5,5),4),["cpv","cphome"])
R("manager","visits","2025-09-05","CP child seen at home 01/08/25 and next on 03/09/25. Was the 4-weekly standard met?",("w",D(2025,8,1),4),["cpv"])
R("typos","visits","2026-04-01","cp vist was 31st march 2026 when next",("w",D(2026,3,31),4),["cpv"])
R("indirect","visits","2025-12-23","child came into care last month and hasn't had their first review yet. I last saw them today. When's my next visit due?",("w","today",1),["lacw"])
R("duty","visits","2026-04-03","LAC visit 03/04/26, pre-ILAR, next due?",("w",D(2026,4,3),1),["lacw"])
R("scenario","visits","2026-01-21","First LAC review was 15/01/2026; the plan for permanence isn't finalised yet. I last saw him in placement on 20/01/2026. When's the next statutory visit due?",("w",D(2026,1,20),6),["lac6"])
R("manager","visits","2025-08-20","Child settled in permanent placement for 2 years, visits 12 weekly. Last visit 14/05/25, next 12/08/25 - OK?",("w",D(2025,5,14),12),["lac12"])
R("indirect","visits","2027-12-21","She's been in her forever foster home for nearly 3 years and visits have gone to the longer gap. Last saw her 20/12/2027 - when's the next one?",("w",D(2027,12,20),12),["lac12"])
R("indirect","visits","2025-11-20","when do we next need to look again at the arrangements for the child seeing mum and dad? last looked at 19/11/2025, permanence plan not agreed yet",("w",D(2025,11,19),8),["ft8"])
R("duty","visits","2027-03-02","family time last reviewed 01/03/27 - next review?",("w",D(2027,3,1),8),["ft8"])
R("newstarter","visits","2027-04-14","A child was placed for adoption on 06/04/27 and hasn't had their first Looked After Review yet. I last visited on 13/04/27. When is the next visit due?",("w",D(2027,4,13),1),["adw"])
R("indirect","visits","2026-12-21","adoptive placement, past the first review now, order not granted yet. last saw the child 18/12/2026, when's the next visit?",("w",D(2026,12,18),6),["ad6"])
R("duty","visits","2025-12-24","SSW visit to carers 24/12/25, next due?",("w",D(2025,12,24),6),["fcv"])
R("indirect","visits","2025-01-10","last time we dropped in on one of our carers without warning was 29/02/2024. when's the next surprise visit due by?",("m",D(2024,2,29),12),["unann"])
R("typos","visits","2027-01-06","last plo reveiw mtg 06/01/27, next one latest?",("w",D(2027,1,6),6),["plorev"],"The standard gives a range of 4-6 weeks; this takes the latest end (6 weeks), the earliest would be 03/02/2027.")

# ---------------- age ----------------
R("duty","age","2025-11-01","YP dob 14/07/2010 pathway plan start?",("age",D(2010,7,14),186),["path"])
R("indirect","age","2026-06-01","the plan for a young person leaving care - on what date should I start it for a lad born 31 August 2011?",("age",D(2011,8,31),186),["path"])
R("scenario","age","2027-01-15","Young person born 29/02/2012 came into care in 2024 and her brother's born 10/10/2014. When do I need to start her pathway plan?",("age",D(2012,2,29),186),["path"])
R("typos","age","2026-02-01","yp born 1.1.2011 when does pathway plan start",("age",D(2011,1,1),186),["path"])
R("indirect","age","2027-11-01","A child is nearing the age where we offer them someone independent to help them take part in the conference. Born 29/02/2016 - from what date does that apply?",("age",D(2016,2,29),144),["adv12"])
R("newstarter","age","2025-10-01","A girl on my caseload was born on 03/01/2014 and has a conference next year. When does she turn 12 for the advocate offer?",("age",D(2014,1,3),144),["adv12"])
R("scenario","age","2026-01-20","Child born 29/02/2020. PLO may start in late February 2026. Is he still under 6 then - when exactly does he turn 6?",("age",D(2020,2,29),72),["adopt6"])
R("indirect","age","2025-09-01","There's a cut-off age for getting an adoption worker and a family finder allocated when a child goes into pre-proceedings. When does a boy born 25/12/2019 reach it?",("age",D(2019,12,25),72),["adopt6"])

# ---------------- choice ----------------
R("duty","choice","2026-03-03","conference was 3/3/26, what's next due?",[("d",D(2026,3,3),10),("w",D(2026,3,3),4)],["cg","cpv"],"Assumes a home visit at conference; CP visits really run from the last visit.")
R("indirect","choice","2025-12-09","child moved in with new carers today (first time in care). when's the meeting due?",[("wd","today",3),("wd","today",20)],["pm3","ilar"])
R("newstarter","choice","2025-12-22","A child was placed today. When is the plan due?",[("wd","today",5),("d","today",10)],["pp5","cp10"])
R("indirect","choice","2025-12-17","first pre-proceedings meeting was today, what do I need to get done after it and by when?",[("wd","today",3),("d","today",7)],["fgc","min"])
R("typos","choice","2026-01-05","visted a lac child 5.1.26, when next visit",[("w",D(2026,1,5),1),("w",D(2026,1,5),6)],["lacw","lac6"])
R("scenario","choice","2027-03-24","I went out to see our foster carers today, 24/03/2027; all fine, the carers' annual review is in June. What's due next and when?",[("wd",D(2027,3,24),3),("w",D(2027,3,24),6)],["fcrec","fcv"])
R("duty","choice","2026-04-02","strat + s47 started 02/04/26, next deadline?",[("d",D(2026,4,2),5),("wd",D(2026,4,2),15)],["s47p","icpc"])
R("manager","choice","2025-12-18","IRO challenge raised 18/12/2025 - what's the deadline?",[("wd",D(2025,12,18),5),("wd",D(2025,12,18),20)],["iro5","iro20"],"The 20 working days really run from when the formal dispute starts, not from the informal challenge.")

# ---------------- none ----------------
R("duty","none","2026-01-12","ICPC 12/01/26, RCPC due when?",None,["nextconf"])
R("indirect","none","2026-02-04","The first review with the IRO was 03/02/26. When's the second one due?",None,["nextlac"])
R("newstarter","none","2025-12-01","Hello, my last supervision was on 1 December 2025. How soon should the next one be?",None,["sup"])
R("typos","none","2026-01-05","lvl 3 early help contact 5/1/26 decison by when?",None,["eh"])
R("manager","none","2026-06-01","How many days before the IRH does SHOPBA have to be? IRH listed 20/07/26.",None,["shopba"])
R("indirect","none","2025-06-11","Adoption order was granted 10/06/25. When does the letter for the child to read when they're older have to be finished?",None,["llb"])
R("scenario","none","2025-09-15","Last PEP was 10/09/25 at her primary school; she moves up in January. Exactly when is the next PEP review due?",None,["pepterm"])
R("indirect","none","2026-01-14","Had the child in need meeting today. How many days have I got to send out the updated plan to everyone?",None,["cinmin"])
R("scenario","none","2026-02-21","Last LAC review was 20/02/26 and the IRO is going on leave. By what date does the IRO have to contact the child before the next review?",None,["irocontact"])


# ---------------- extra scenario rows ----------------
R("scenario","date","2025-12-29","Strat discussion was 23/12/2025 after the disclosure at school on 22/12; the kids are staying with gran over New Year and mum's birthday is 05/01. If we go to ICPC what is the latest date?",("wd",D(2025,12,23),15),["icpc"])
R("scenario","date","2026-04-07","Young lad (DOB 03/04/2011) came into care as an emergency on Maundy Thursday, 02/04/2026, after mum was arrested. Police interview is 10/04. When must the assessment of his needs be completed?",("wd",D(2026,4,2),20),["emer"])
R("scenario","date","2027-05-04","PLO letter is dated 30/04/2027; Legal Gateway was 22/04 and the next CIN review was booked for 12/05. Mum has instructed a solicitor. When should the first PLO meeting take place?",("d",D(2027,4,30),10),["plo1"])
R("scenario","visits","2025-08-26","Core group last met 14/08/25. The child (born 01/09/2018) was last seen alone at home on the CP plan on Friday 22/08/2025, just before the bank holiday. When's the next CP visit due?",("w",D(2025,8,22),4),["cpv"])
R("scenario","date","2026-12-23","The ICPC was on 17/12/2026 and the baby (born 30/11/2026) went on a plan. Dad's contact is on 24/12. When does the first core group have to be held?",("d",D(2026,12,17),10),["cg"])
R("scenario","date","2028-04-18","Sibling group moved to new carers on Thursday 13/04/2028; the older one's school starts back 24/04. When does the placement meeting have to be held?",("wd",D(2028,4,13),3),["pm3"])
R("scenario","date","2026-08-28","A 14-year-old (DOB 19/08/2012) came into care on 28/08/2026 under s20. The family time review is pencilled for 20/10. When is the latest for his initial Looked After Review?",("wd",D(2026,8,28),20),["ilar"])
R("scenario","date","2025-05-30","Carers took a child outside their approval on 30/05/2025 with the Strategic Lead's permission; their annual review was 12/03. How long does the variation last?",("wd",D(2025,5,30),6),["var6"])
R("scenario","date","2027-12-24","I did a home visit on Christmas Eve 2027 and the next one's planned for 05/01. Mum told me something important. By when must the visit be recorded?",("d",D(2027,12,24),3),["rec3"])
R("scenario","date","2025-12-31","Initial PLO meeting was 31/12/2025 (Legal Gateway had been 11/12). Parents haven't had an FGC and agreed to one. By when must the FGC referral go in?",("wd",D(2025,12,31),3),["fgc"])

# ---- thinning: drop some date rows so kinds/voices match the brief's mix, keeping every phrase covered ----
DROP = {"indirect": 32, "duty": 10, "typos": 3}
def thin(rows):
    from collections import Counter
    cov = Counter(k for r in rows for k in r["keys"])
    keep = []
    left = dict(DROP)
    for r in reversed(rows):
        if r["kind"]=="date" and left.get(r["voice"],0)>0 and all(cov[k]>1 for k in r["keys"]):
            left[r["voice"]]-=1
            for k in r["keys"]: cov[k]-=1
            continue
        keep.append(r)
    assert not any(left.values()), left
    return list(reversed(keep))

# ================= build & check =================
def main():
    src = open(SRC, encoding="utf-8").read()
    out = []
    for r in thin(ROWS):
        for k in r["keys"]:
            assert P[k] in src, ("phrase not verbatim", k)
            assert len(P[k].split())>=6, k
        if r["c"] is None:
            due, count = None, "No timescale set by the standards for this."
        elif isinstance(r["c"], list):
            res = [calc(*c, r["today"]) for c in r["c"]]
            due = min(x[0] for x in res)
            count = " | ".join(f"option {i+1}: {x[1]}" for i,x in enumerate(res)) + f"; due = earlier = {due.isoformat()}"
        else:
            due, count = calc(*r["c"], r["today"])
        row = {"q": r["q"], "today": r["today"].isoformat(), "due": due.isoformat() if due else None,
               "expect_any": [P[k] for k in r["keys"]], "count": count, "voice": r["voice"], "kind": r["kind"]}
        if r["amb"]: row["ambiguous"] = r["amb"]
        out.append(row)
    with open(os.path.join(HERE,"questions.jsonl"),"w",encoding="utf-8") as fh:
        for row in out: fh.write(json.dumps(row, ensure_ascii=False)+"\n")
    # re-read and check
    from collections import Counter
    rows = [json.loads(l) for l in open(os.path.join(HERE,"questions.jsonl"),encoding="utf-8")]
    for row in rows:
        assert all(p in src for p in row["expect_any"])
        assert (row["due"] is None) == (row["kind"]=="none")
        if row["kind"]=="choice": assert len(row["expect_any"])>=2
    assert len({r["q"] for r in rows})==len(rows), "duplicate q"
    print(len(rows), Counter(r["kind"] for r in rows), Counter(r["voice"] for r in rows))
if __name__=="__main__": main()
