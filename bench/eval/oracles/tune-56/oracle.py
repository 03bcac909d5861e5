#!/usr/bin/env python3
"""Oracle for the deadline question set. Standard library only (datetime).
Run: python3 oracle.py        -> writes questions.jsonl and runs checks.
"""
import datetime as dt, json, re, sys, os, calendar

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"
D = dt.date

# England & Wales bank holidays 2024-2028, typed by hand (substitute days included).
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

def _easter(y):  # anonymous Gregorian algorithm, used only to cross-check the typed list
    a=y%19; b=y//100; c=y%100; d=b//4; e=b%4; f=(b+8)//25; g=(b-f+1)//3
    h=(19*a+b-d-g+15)%30; i=c//4; k=c%4; l=(32+2*e+2*i-h-k)%7; m=(a+11*h+22*l)//451
    mo=(h+l-7*m+114)//31; da=((h+l-7*m+114)%31)+1
    return D(y,mo,da)

def _computed_bh(y):
    s=set()
    def sub(d, taken):
        while d.weekday()>=5 or d in taken: d+=dt.timedelta(1)
        return d
    nyd=sub(D(y,1,1), set()); s.add(nyd)
    e=_easter(y); s.add(e-dt.timedelta(2)); s.add(e+dt.timedelta(1))
    first_may=D(y,5,1); s.add(first_may+dt.timedelta((0-first_may.weekday())%7))
    last_may=D(y,5,31); s.add(last_may-dt.timedelta(last_may.weekday()))
    last_aug=D(y,8,31); s.add(last_aug-dt.timedelta(last_aug.weekday()))
    xmas=sub(D(y,12,25), set()); box=sub(D(y,12,26), {xmas}); s|={xmas,box}
    return s

def is_wd(d): return d.weekday()<5 and d not in BANK_HOLIDAYS
def fmt(d): return f"{d.isoformat()} ({d.strftime('%a')})"

def wd_after(d, n):
    cur=d; skipped=[]
    k=0
    while k<n:
        cur+=dt.timedelta(1)
        if cur in BANK_HOLIDAYS and cur.weekday()<5: skipped.append(cur)
        if is_wd(cur): k+=1
    return cur, skipped

def wd_before(d, n):
    cur=d; skipped=[]; k=0
    while k<n:
        cur-=dt.timedelta(1)
        if cur in BANK_HOLIDAYS and cur.weekday()<5: skipped.append(cur)
        if is_wd(cur): k+=1
    return cur, skipped

def add_months(d, n):
    y=d.year+(d.month-1+n)//12; m=(d.month-1+n)%12+1
    last=calendar.monthrange(y,m)[1]
    return D(y,m,min(d.day,last)), d.day>last

def apply(rule, start):
    """Return (due, count-string)."""
    kind, n = re.fullmatch(r"([a-z]+)([+-]?\d+(?:y\d+)?)?", rule).groups() if rule not in ("same",) else ("same", None)
    if kind=="same":
        return start, f"same day as {fmt(start)}"
    if kind=="wd":
        n=int(n); due,sk=wd_after(start,n)
        s=f"{n} working day{'s' if n>1 else ''} after {fmt(start)} -> {fmt(due)}"
        if start.weekday()>=5 or start in BANK_HOLIDAYS: s+=f"; start day is not a working day, counted from it anyway"
        if sk: s+="; skips bank holidays "+", ".join(x.isoformat() for x in sk)
        return due, s
    if kind=="wdb":
        n=abs(int(n)); due,sk=wd_before(start,n)
        s=f"{n} working days before {fmt(start)} -> {fmt(due)}"
        if sk: s+="; skips bank holidays "+", ".join(x.isoformat() for x in sk)
        return due, s
    if kind=="d":
        n=int(n); due=start+dt.timedelta(n)
        s=f"{n} calendar days after {fmt(start)} -> {fmt(due)}"
        if due in BANK_HOLIDAYS: s+=" (a bank holiday; calendar-day rule, not moved)"
        elif due.weekday()>=5: s+=" (a weekend; calendar-day rule, not moved)"
        return due, s
    if kind=="db":
        n=abs(int(n)); due=start-dt.timedelta(n)
        return due, f"{n} calendar days before {fmt(start)} -> {fmt(due)}"
    if kind=="w":
        n=int(n); due=start+dt.timedelta(7*n)
        return due, f"{n} week{'s' if n>1 else ''} ({7*n} days) after {fmt(start)} -> {fmt(due)}"
    if kind=="m":
        n=int(n); due,cl=add_months(start,n)
        s=f"{n} months after {fmt(start)} -> {fmt(due)}"
        if cl: s+=f" (no day {start.day} in that month, so last day of month)"
        return due, s
    if kind=="age":
        if "y" in n:
            y,m=map(int,n.split("y"))
        else:
            y,m=int(n),0
        if m==0:
            try:
                due=start.replace(year=start.year+y); note=""
            except ValueError:
                due=D(start.year+y,3,1); note=" (29 Feb birthday, non-leap year -> 1 March)"
            return due, f"{y}th birthday of DOB {fmt(start)} -> {fmt(due)}{note}"
        due,cl=add_months(start,12*y+m)
        s=f"age {y} years {m} months from DOB {fmt(start)} -> {fmt(due)}"
        if cl: s+=f" (no day {start.day} in that month, so last day of month)"
        elif start.month==2 and start.day==29: s+=" (29 Feb DOB; target month has day 29, so no adjustment)"
        return due, s
    raise ValueError(rule)

WD=["mon","tue","wed","thu","fri","sat","sun"]
def resolve(start, today):
    if start is None: return None
    if not start.startswith("rel:"): return D.fromisoformat(start)
    t=start[4:]
    if t=="today": return today
    if t=="yesterday": return today-dt.timedelta(1)
    if t=="tomorrow": return today+dt.timedelta(1)
    if t.startswith("last "):
        wd=WD.index(t[5:]); d=today-dt.timedelta(1)
        while d.weekday()!=wd: d-=dt.timedelta(1)
        return d
    if t.startswith("day "):
        return today.replace(day=int(t[4:]))
    raise ValueError(start)

# ---------------- structured descriptions of every row ----------------
# Structured descriptions: (voice, kind, today, start, rule, phrase_keys, q[, ambiguous])
# rules: wd+N working days after; wdb-N working days before; d+N / db-N calendar days; w+N weeks;
#        m+N months; age:Y or age:YyM; same; none. choice rows: list of rules aligned with keys.
PHRASES = {
 "FD": "are required by a Team Leader within 1 working day",
 "INIT": "Initial decisions will be made about the action required within 1 working day",
 "REF": "Referrals will be actioned by a social worker within 1 working day",
 "S47SEEN": "will be seen by the Social Worker the same day",
 "S47DISC": "Within 5 days of the Section 47 being initiated",
 "ALLOC": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 "TLREV": "All assessments will be reviewed by the Team Leader within 15 working days",
 "A45": "Assessments must all be completed within 45 days",
 "STRAT1": "this must happen within 1 working day and should be chaired by a social work manager",
 "NOTICE": "will notify the Neighbourhood Team via email, giving at least 5 days",
 "STRAT24": "A strategy discussion within 24 hours involving all relevant agencies",
 "ICPC": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 "REPFAM": "The report will be shared with family at least 3 the days prior to conference",
 "REPCHAIR": "The report will be sent to the child protection chair 3 working days before the conference",
 "ADVOC": "if they are 12 or over they should be offered an advocate",
 "CG1": "held within 10 days of the conference",
 "CPV": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 "RCPAR": "This report must be shared with parents at least 3 days prior to the review conference",
 "RCCHAIR": "The report will be available to the conference chair at least 3 days prior to the review conference",
 "PTT": "when they have been subject to a plan for 12 months",
 "PLO1": "should take place within 10 days of the date on the PLO letter",
 "FGCREF": "Referral should be made within 3 working days of the first PLO meeting",
 "VIAB": "Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 "PLOMIN": "to parents and their legal representation within 7 days of the meeting",
 "PLOREV": "Review PLO meetings with parents to be held every 4-6 weeks",
 "PLO12": "A review legal planning meeting will be held at 12 weeks",
 "PLO4": "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
 "PLO16": "a Legal Gateway meeting will be convened at 16 weeks",
 "CIN20": "will set the first CIN meeting within 20 days",
 "CIN10": "the initial CIN meeting must take place within 10 days",
 "CINREV": "CIN review meetings will be held at least every 6 weeks",
 "CINV": "A child subject to a CIN plan will be seen at least every 6 weeks",
 "EMASS": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 "CICV": "The child will be visited within 1 working day of coming into care or having a change in placement",
 "PLMEET": "The placement meeting will be held within 3 working days",
 "PLPLAN": "an updated copy given to the carers within 5 working days of the placement beginning",
 "FTREV": "reviewed at least every 8 week until the plan for permanence is agreed",
 "PACK": "provided with a coming into care pack, children rights leaflet within 3 weeks",
 "LEGSTAT": "will be informed of the child\u2019s legal status within 5 working days",
 "IHA": "An initial health assessment will be requested and carried out within 20 working days",
 "PEP": "A PEP meeting will be arranged within the school within 20 days",
 "LACSEEN": "All looked after children will be seen within 1 working day of placement",
 "LACWK": "Statutory looked after visits must happen weekly until the first looked after review",
 "LAC6": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 "LAC12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement and been there for over 12 months",
 "CP10": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 "LACR1": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 "PATH": "A pathway plan will be started when the young person is 15 years 6 months",
 "IROREP": "this will be with the IRO 3 days before the review",
 "IRO5": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 "IRO20": "The formal dispute resolution process should be completed from start to finish within 20 working days",
 "ADOPT6": "If a child under the age of 6 enters PLO or proceedings",
 "ADOPTV": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 "ADOPTV6": "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 "ADOPT10": "Once the children have been in placement with the adopter for 10 weeks",
 "FCV": "Trafford foster carers are visited at least once every six weeks",
 "FCREC": "a record of this visit is recorded on LCS within 3 working days",
 "FCUNANN": "will have an unannounced visit at least once every 12 months",
 "FCANN": "All Trafford foster carers will have an annual review",
 "FCPANEL": "will have an annual review presented to the Fostering Panel at least every three years",
 "FCDBS": "updated statutory references, medicals and DBS checks at least every three years",
 "FCTRAIN": "must update their core training at least every three years",
 "VAR": "This can only be given for up to 6 working days",
 "TEMP16": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 "REC3": "any event or contact is recorded within 3 days",
 "SUMM": "A clear and concise case file summary which has been updated within the last 3 months",
 "ASS12": "An up to date assessment (within the last 12 months) on each child",
 # nearest sentences for 'none' rows (the standards give no timescale)
 "N_RCPC": "The child protection chair will set the date of the next conference",
 "N_LAC2": "a new LAC review will be set in accordance with the timescales",
 "N_LAC2b": "At the point of the second review (if not in proceedings)",
 "N_SUP": "supervision which takes place in line with the supervision policy",
 "N_CG": "reviewed at every core group and progress recorded",
 "N_EH": "Initial decisions will be made about the action required by an Early Help Team Leader",
 "N_SHOPBA": "This needs to take place after the area teams final care planning meeting",
 "N_PATH": "will be reviewed by the IRO as part of the statutory review",
 "N_MISS": "The risk of going missing and child sexual exploitation will be considered and risk assessed",
 "N_IRO": "The IRO will contact the child between reviews",
 "N_ANNEX": "The Social Worker will complete the Annex A suitability report for Court",
}

AMB45 = "The standards say '45 days'; a reader applying the statutory 45 working days would give a later date."
AMBWKND = "A weekend/bank-holiday contact could be treated as received on the next working day, giving one working day later."
AMB24 = "The S47 section says a strategy discussion 'within 24 hours', which would give an earlier date than 1 working day."
AMBPLO = "The standards do not say what the 12/16 weeks run from; counting from the PLO letter or the Legal Gateway would shift it."

ROWS = [
# ---------------- Front door / referrals ----------------
("duty","date","2025-12-24","2025-12-24","wd+1",["FD"],"contact in today 24/12, TL decision due by?"),
("indirect","date","2026-04-02","rel:today","wd+1",["FD","INIT"],"A new call about a child came in to our first response team this morning. By when does a team leader have to decide what we're doing with it?"),
("typos","date","2027-03-25","2027-03-25","wd+1",["REF"],"referal came in 25.3.27 when dose it need actioning by a sw"),
("manager","date","2025-04-28","2025-04-18","wd+1",["REF"],"Referral received 18/04/2025 (Good Friday), actioned by SW 22/04. In timescale?",AMBWKND),
("scenario","date","2025-05-03","2025-05-03","wd+1",["REF"],"I'm on duty this weekend. Mum rang today, Saturday 3 May 2025, about her 8 year old and it's been logged as a CIN referral. His brother was seen on 30 April by another team. When does the referral need actioning by a social worker?",AMBWKND),
("scenario","date","2026-12-24","2026-12-24","wd+1",["INIT","FD"],"Referral came in from the health visitor at 4pm today, Thursday 24 December 2026, about a 6 month old with a bruise. Mum's partner was arrested on 20 December. When must the initial decision on what action to take be made by?"),
("newstarter","date","2026-12-24","2026-12-24","wd+1",["STRAT1"],"Hi, sorry if this is a silly question - my team leader decided this afternoon (Thursday 24 December 2026) that we need a strategy discussion for a child. How long do we have to hold it?",AMB24),
# ---------------- S47 ----------------
("scenario","date","2025-12-19","2025-12-19","d+5",["S47DISC"],"We initiated a Section 47 this morning, 19 December 2025, after the children disclosed at school. Mum's birthday is on the 22nd and she's asked we don't visit then. When do I need to have the progress discussion with my manager?"),
("indirect","date","2026-04-01","2026-04-01","d+5",["S47DISC"],"We started the child protection enquiry on 1 April 2026. When do I need to sit down with my manager to talk about how it's going?"),
("indirect","date","2026-12-23","rel:last mon","d+5",["S47DISC"],"Child protection enquiry kicked off on Monday - when do I need to catch up with my manager on it?"),
("scenario","date","2025-12-30","2025-12-30","same",["S47SEEN"],"Police shared info this morning and my TL has agreed it's a S47 on two siblings, dob 04/02/2016 and 11/09/2019. Decision was made today 30/12/2025. By when do the children need to be seen?"),
("typos","date","2026-12-24","2026-12-24","same",["S47SEEN"],"s47 startd 24th dec, when do i need to of seen the kids by"),
# ---------------- allocation / assessments ----------------
("indirect","date","2025-12-23","2025-12-23","wd+3",["ALLOC"],"Once a case has come in as a referral and needs a full assessment, how long has the team leader got to give it to a worker? Ours came through on 23/12/2025."),
("manager","date","2026-04-14","2026-04-02","wd+3",["ALLOC"],"case came in 2/4/26, allocated for C&F assessment on 9/4. in time?"),
("indirect","date","2025-12-16","2025-12-15","wd+15",["TLREV"],"The worker started the family assessment on 15 December 2025. When should the team leader have looked at it and given a view on progress?"),
("scenario","date","2025-04-11","2025-04-10","wd+15",["TLREV"],"Assessment on a 4 year old opened 10 April 2025, after a referral from nursery on 8 April. Mum's birthday is 25/04. When's the TL review of the assessment due?"),
("scenario","date","2026-12-18","2026-12-18","wd+15",["TLREV"],"I was allocated an assessment on 18 December 2026 and started it the same day. I'm on leave from 24 Dec to 4 Jan. When should my TL review it by?"),
("newstarter","date","2025-11-21","2025-11-20","d+45",["A45"],"Hi, I'm a newly qualified worker. I started a Child and Family Assessment on 20 November 2025 - what date does it have to be finished by?",AMB45),
("indirect","date","2027-03-02","2027-03-01","d+45",["A45"],"How long have I got to finish the full assessment of a family's needs? I started it on 1 March 2027.",AMB45),
("manager","date","2026-06-20","2026-05-01","d+45",["A45"],"Assessment started 01/05/2026, authorised 16/06/2026. Within timescale?",AMB45),
("newstarter","date","2025-12-22","2025-12-22","d+45",["A45"],"Hello! I've just been given my first Child and Family Assessment, the start date on LCS is 22 December 2025. Could you tell me the date it must be completed by?",AMB45),
("typos","date","2025-08-04","2025-08-01","d+45",["A45"],"c&f asesment strtd 1st aug 25 when due",AMB45),
("scenario","date","2026-05-22","2026-06-01","db-5",["NOTICE"],"The CFR assessment is done and the family is moving to a Neighbourhood Team at CIN. We want the transfer to happen on Monday 1 June 2026. What's the latest day we can email the NT so they get the notice they need?"),
# ---------------- ICPC ----------------
("duty","date","2025-12-19","2025-12-19","wd+15",["ICPC"],"strat 19/12/25, icpc by?"),
("indirect","date","2026-03-30","2026-03-27","wd+15",["ICPC"],"We had the first multi-agency discussion with police and health on 27/03/2026. What's the latest date the big initial meeting with the family and professionals can be held?"),
("typos","date","2025-04-15","2025-04-14","wd+15",["ICPC"],"strat was 14th april, wen is icpc due"),
("manager","date","2026-01-26","2026-01-02","wd+15",["ICPC"],"ICPC was held 20/01/26, strat 02/01/26, was that in timescale?"),
("scenario","date","2026-08-13","2026-08-12","wd+15",["ICPC"],"Strategy meeting was held on 12 August 2026 after school raised bruising; police did a joint visit on 13 August. The child turns 9 on 20 August. When's the ICPC deadline?"),
("newstarter","date","2027-12-10","2027-12-10","wd+15",["ICPC"],"Hi there, I'm new to child protection. The initial strategy discussion was today, 10 December 2027. Could you tell me when the initial child protection conference needs to be held by?"),
("indirect","date","2025-12-10","rel:day 3","wd+15",["ICPC"],"police and us talked it through on the 3rd and agreed it needs to go to conference. what's the latest date for conference?"),
("scenario","date","2027-01-05","2026-12-21","wd+15",["ICPC"],"We're heading to an initial conference. The first strategy meeting with police and health was 21 December 2026; a second strat was held 4 January when new info came in. When's the deadline for the conference?"),
("manager","date","2028-01-17","2027-12-22","wd+15",["ICPC"],"Strat 22/12/2027, ICPC 14/01/2028 - in timescale?"),
# ---------------- conference reports ----------------
("duty","date","2026-03-30","2026-04-08","wdb-3",["REPCHAIR"],"icpc 08/04/26 - report to chair by?"),
("indirect","date","2026-12-14","2027-01-04","wdb-3",["REPCHAIR"],"First conference is on 4 January 2027. When does my report have to be with the person chairing it?"),
("manager","date","2026-01-05","2025-12-30","wdb-3",["REPCHAIR"],"Report went to CP chair on 23/12/25 for ICPC on 30/12/25. Compliant?"),
("indirect","date","2026-04-27","2026-05-06","db-3",["REPFAM"],"When do the parents need to see what I've written for the first conference? It's on Wednesday 6 May 2026."),
("typos","date","2025-12-22","2026-01-02","db-3",["REPFAM"],"icpc is 2.1.26 when do i shar report with mum and dad"),
("scenario","date","2027-03-15","2027-03-31","db-3",["REPFAM"],"Conference was booked for 26 March 2027 but it's been moved to Wednesday 31 March 2027 because of Easter. Dad is in prison so I'll need to arrange a visit to share the report. When's the latest I can share it with the family?"),
("indirect","date","2026-03-25","2026-04-07","db-3",["RCPAR"],"Review conference is on 7 April 2026. When must the parents get a copy of the update on how the plan's going?"),
("newstarter","date","2025-05-20","2025-06-02","db-3",["RCCHAIR"],"Hello, I'm preparing for my first review child protection conference on 2 June 2025. When does my plan update need to be available to the chair?"),
("scenario","date","2026-12-15","2027-01-04","db-3",["RCCHAIR","RCPAR"],"The second review conference for the twins is on Monday 4 January 2027. Their first review was on 5 October 2026. I'm off over Christmas from 23 December. By when must the plan update be with the chair?"),
# ---------------- CP plans ----------------
("duty","date","2025-12-23","2025-12-22","d+10",["CG1"],"icpc 22/12/25 cg1 by?"),
("indirect","date","2026-05-22","rel:yesterday","d+10",["CG1"],"Kid went on a plan at conference yesterday. When's the first meeting of the small group of professionals who flesh out the plan?"),
("manager","date","2026-04-20","2026-04-06","d+10",["CG1"],"ICPC 06/04/2026, first core group 17/04/2026 - breach?"),
("typos","date","2025-08-29","2025-08-28","d+10",["CG1"],"cp conf was 28th aug, 1st core grp due when"),
("scenario","date","2027-03-11","2027-03-10","d+10",["CG1"],"Conference on 10 March 2027 put both children on plans under neglect. The older one has a school review on 15 March and the chair set the next conference for June. When does the first core group need to be held by?"),
("indirect","date","2027-12-24","2027-12-23","d+10",["CG1"],"The conference was held on the 23rd of December 2027 and the little one is now on a plan. When's the first meeting of the professionals and family to put meat on the bones of the plan?"),
("indirect","date","2026-11-02","2026-01-31","m+12",["PTT"],"Child has been on a plan since 31 January 2026 and things aren't shifting. When do we hit the point where we should hold the meeting to rethink how professionals work with the family?"),
("manager","date","2026-07-01","2025-08-15","m+12",["PTT"],"CP plan from 15/08/2025, not de-planned. From what date is a professional thinking time meeting needed?"),
("indirect","date","2026-03-10","2025-05-05","m+12",["PTT"],"A little boy has been on a protection plan since 5 May 2025 and there's not enough progress to take him off it. From when should we be holding the 'think differently' professionals meeting?"),
# ---------------- PLO ----------------
("duty","date","2025-12-19","2025-12-19","d+10",["PLO1"],"plo letter dated 19/12/25, 1st meeting by?"),
("indirect","date","2026-03-27","2026-03-27","d+10",["PLO1"],"We sent the letter that starts pre-proceedings on 27 March 2026. When does the first meeting with the parents and their solicitor need to happen?"),
("scenario","date","2025-05-07","2025-05-06","d+10",["PLO1"],"Legal Gateway on 1 May 2025 agreed PLO. The letter went out dated 6 May 2025 and mum's solicitor says she can't do anything before the 20th. When should the first meeting be by?"),
("scenario","date","2026-01-02","2025-12-29","d+10",["PLO1"],"Mum and dad got the PLO letter on 2 January 2026 but it's dated 29 December 2025. Their solicitor is off until 5 January. When is the first PLO meeting due?"),
("newstarter","date","2026-12-23","2026-12-23","wd+3",["FGCREF"],"Hello, we had our first PLO meeting on 23 December 2026 and the parents have agreed to a family group conference. When does the referral need to go in?"),
("indirect","date","2027-05-28","2027-05-28","wd+3",["FGCREF"],"After the first pre-proceedings meeting on 28 May 2027, the parents agreed to a family meeting to plan with relatives. When should that referral go?"),
("indirect","date","2026-04-02","2026-04-02","wd+3",["VIAB"],"At the first pre-proceedings meeting on 2 April 2026 grandma and an aunt were put forward as possible carers. By when do I need to ask the Family Placement Team to screen them?"),
("scenario","date","2025-12-22","2025-12-22","wd+3",["VIAB"],"First PLO meeting was today, 22 December 2025, and the paternal aunt came forward as a possible carer. The FGC isn't until 15 January. When's the latest to send the viability screening request?"),
("typos","date","2027-04-30","2027-04-30","d+7",["PLOMIN"],"plo meeting 30/4 when do minutes go to parents n solicitor"),
("manager","date","2026-01-05","2025-12-18","d+7",["PLOMIN"],"PLO meeting 18/12/2025, minutes sent 29/12/2025. In timescale?"),
("indirect","date","2027-03-26","2027-03-26","d+7",["PLOMIN"],"How long after a pre-proceedings meeting do the minutes need to be sent to the parents and their lawyer? Meeting was on 26 March 2027."),
("indirect","date","2026-03-10","2026-03-05","w+12",["PLO12"],"Family have been in pre-proceedings since the first meeting on 5 March 2026. When's the meeting with the solicitor from legal to decide whether it's still over threshold?",AMBPLO),
("duty","date","2025-06-03","2025-06-02","w+16",["PLO16"],"plo started 2/6/25 (1st mtg), 16 wk gateway when",AMBPLO),
("scenario","date","2026-12-15","2026-12-14","w+4",["PLO4"],"At the 12-week legal planning meeting on 14 December 2026 legal agreed, exceptionally, a further period in PLO for dad to finish his course. When does that extension run out?"),
# ---------------- CIN ----------------
("indirect","date","2025-12-19","2025-12-18","d+20",["CIN20"],"The conference on 18 December 2025 decided the child no longer needs a protection plan and she's stepping down to child in need. When does the first meeting under the new plan need to be?"),
("indirect","date","2027-08-04","2027-08-03","d+20",["CIN20"],"At the review conference on 3 August 2027 the children came off their plans. When's the latest the first meeting under the new support plan can be?"),
("newstarter","date","2026-08-21","2026-08-20","d+10",["CIN10"],"Hi, a case transferred to me from Children's First Response on 20 August 2026. When should the first Child in Need meeting take place?"),
("duty","date","2027-12-23","rel:tomorrow","d+10",["CIN10"],"cin transfer from cfr tomorrow, initial cin mtg by?"),
("scenario","date","2026-05-26","2026-05-22","d+10",["CIN10"],"Family stepped across from CFR to us on 22 May 2026 after the assessment, which was completed 19 May. Dad works away until 1 June. When must we hold the initial CIN meeting?"),
# ---------------- Children in care ----------------
("indirect","date","2025-12-27","2025-12-24","wd+20",["EMASS"],"A child came into care in an emergency on 24 December 2025 with no up to date assessment. How long do we have to get it done?"),
("manager","date","2027-05-04","2027-03-30","wd+20",["EMASS"],"Unplanned admission 30/03/27, assessment completed 30/04/27. OK?"),
("indirect","date","2026-03-31","2026-03-30","wd+20",["EMASS"],"Child came into care unplanned on 30 March 2026 and there's no current assessment. When should the assessment be finished?"),
("scenario","date","2026-12-31","2026-12-31","wd+1",["CICV","LACSEEN"],"Emergency placement move today, 31 December 2026: the carers gave notice on 17 December and she's now with new carers across town. Her review is on 12 January. When's the latest I must visit her?"),
("scenario","date","2026-05-22","2026-05-22","wd+1",["CICV","LACSEEN"],"Child moved from her foster home to a new one today, Friday 22 May 2026, after the previous placement ended. She had been seen by health on 18 May. When do I need to visit her?"),
("typos","date","2026-04-04","2026-04-04","wd+1",["CICV","LACSEEN"],"kid came into care sat night 4/4/26 when do i have to visit"),
("indirect","date","2025-12-31","2025-12-31","wd+1",["CICV","LACSEEN"],"Young person moved placement today, New Year's Eve (31/12/2025). How soon do I need to go and see him?"),
("indirect","date","2025-12-22","2025-12-22","wd+3",["PLMEET"],"The child moved into her new foster home on 22 December 2025. When's the meeting with the carers to agree delegated authority and share more info?"),
("newstarter","date","2026-08-28","2026-08-28","wd+3",["PLMEET"],"Hi - a child was placed with foster carers today, Friday 28 August 2026. Could you tell me when the placement meeting should be held by?"),
("scenario","date","2027-04-01","2027-04-01","wd+3",["PLMEET"],"Child placed with carers on Thursday 1 April 2027; I'm on leave on the 2nd. The carers have asked when the placement meeting will be. What's the latest date?"),
("indirect","date","2026-12-23","2026-12-23","wd+5",["PLPLAN"],"The child's placement began on 23 December 2026. When do the carers need their updated copy of the plan for the placement?"),
("manager","date","2025-05-12","2025-05-01","wd+5",["PLPLAN"],"Placement start 01/05/2025, updated placement plan to carers 09/05/2025 - in time?"),
("typos","date","2025-12-11","2025-12-10","w+3",["PACK"],"chld came in to care 10.12.25 when do they need ther pack n rights leaflet"),
("indirect","date","2027-03-15","2027-03-14","w+3",["PACK"],"What's the deadline for giving a new child in care the welcome pack and the leaflet about their rights? They came in on 14 March 2027."),
("scenario","date","2027-08-27","2027-08-27","wd+5",["LEGSTAT"],"Teenager came into care today, Friday 27 August 2027, after a family breakdown; his sister came in a year earlier on 3 September 2026. By what date do I have to tell the other professionals about his legal status?"),
("indirect","date","2026-12-22","rel:yesterday","wd+5",["LEGSTAT"],"A child came into our care yesterday. How long do I have to let the school, GP and others involved know about her status?"),
("indirect","date","2027-03-22","2027-03-19","wd+20",["IHA"],"Child came into care on 19 March 2027. When's the deadline for the first medical to be requested and done?"),
("scenario","date","2025-12-09","2025-12-08","wd+20",["IHA"],"Brothers came into care on 8 December 2025 under s20; the older boy's DOB is 02/01/2012. The younger one had a GP visit on 1 December. By when does the initial health assessment need to happen?"),
("scenario","date","2026-05-06","2026-05-04","wd+20",["IHA"],"Baby came into care on 4 May 2026 (the bank holiday) under police protection, then s20 from 5 May. When is the IHA due?","If counted from the s20 date (5 May) rather than police protection, the date is one working day later."),
("typos","date","2026-04-29","2026-04-28","d+20",["PEP"],"when is pep due kid came in 28/4/26"),
("newstarter","date","2025-07-16","2025-07-15","d+20",["PEP"],"Hello, a child became looked after on 15 July 2025. When should the PEP meeting at school be held?"),
("indirect","date","2026-01-05","2025-02-28","m+12",["LAC12"],"He moved into his permanent home on 28 February 2025 and is settled. From when could we drop his visits to every twelve weeks?","'Been there for over 12 months' could be read strictly, i.e. from 1 March 2026."),
("manager","date","2027-01-04","2026-12-20","d+10",["CP10"],"Placement 20/12/26, care plan on LCS 30/12/26. OK?"),
("indirect","date","2025-08-26","2025-08-25","d+10",["CP10"],"When does the plan setting out a child's needs and services have to be on the system after they're placed? Placement was 25 August 2025."),
("duty","date","2025-12-22","rel:last fri","wd+20",["LACR1"],"became LAC last fri, 1st LAC review by?"),
("indirect","date","2026-04-02","2026-04-01","wd+20",["LACR1"],"A child came into our care on 1 April 2026. When's the latest the first meeting chaired by the reviewing officer to look at her care plan can happen?"),
("scenario","date","2027-08-31","2027-08-22","wd+20",["LACR1"],"Baby (born 10/08/2027) was removed under an EPO on 22 August 2027, then an ICO was granted on 27 August 2027. When must the first looked after review be held?","Counting from the ICO (27 Aug) rather than the EPO would give a later date."),
("typos","date","2027-05-04","2027-05-03","wd+20",["LACR1"],"wen is 1st lac reveiw, came in2 care 03/05/27"),
("scenario","date","2027-03-29","2027-03-26","wd+20",["LACR1"],"Two sisters (DOBs 14/03/2015 and 02/09/2018) came into care on 26 March 2027 after a placement with a relative broke down. When's their initial LAC review due?"),
("indirect","date","2025-12-29","2026-01-05","db-3",["IROREP"],"The child's review is on 5 January 2026. When does my written report need to reach the reviewing officer?"),
("manager","date","2027-04-12","2027-04-09","db-3",["IROREP"],"LAC review 09/04/27, SW report to IRO 07/04/27 - compliant?"),
# ---------------- IRO ----------------
("indirect","date","2025-12-17","2025-12-17","wd+5",["IRO5"],"The child's independent reviewer told me informally today, 17 December 2025, that she's unhappy the care plan is stalling. How long have I got to sort it before it becomes a formal dispute?"),
("newstarter","date","2027-03-23","2027-03-22","wd+20",["IRO20"],"Hello, the IRO started the formal dispute resolution process on 22 March 2027. When should it be completed by?"),
("manager","date","2026-01-06","2025-12-01","wd+20",["IRO20"],"Formal IRO dispute raised 01/12/25, resolved 05/01/26 - within timescale?"),
# ---------------- adoption ----------------
("indirect","date","2025-12-02","2025-12-01","w+10",["ADOPT10"],"Children moved in with their adopters on 1 December 2025. When can the adopters put their application in to court?"),
("newstarter","date","2026-08-17","2026-08-14","w+10",["ADOPT10"],"Hi, I've just joined the adoption team. My child was placed with adopters on 14 August 2026 - from what date can they apply for the adoption order?"),
("scenario","date","2026-03-30","2026-03-27","w+10",["ADOPT10"],"The twins moved in with their adoptive parents on 27 March 2026 after introductions that started on 16 March. When can the adopters apply for the adoption order?"),
# ---------------- fostering ----------------
("duty","date","2025-12-24","2025-12-24","wd+3",["FCREC"],"visited foster carers 24/12/25, record on LCS by?"),
("scenario","date","2026-08-28","2026-08-28","wd+3",["FCREC"],"I did my supervising social worker visit to the Bumbleby carers (invented) today, Friday 28 August 2026; they've got a new placement starting 2 September. When must the visit be recorded?"),
("scenario","date","2026-12-24","2026-12-24","wd+6",["VAR"],"Strategic Lead agreed a variation of terms of approval on Thursday 24 December 2026 so the carers could take a third sibling aged 11 (outside their 0-10 approval). How long does the variation last?","Counting the day it was given as day 1 would end it one working day earlier."),
("indirect","date","2026-03-31","2026-03-31","wd+6",["VAR"],"Permission to place a child outside the carers' approved age range was given on 31 March 2026. When does it run out?","Counting the day it was given as day 1 would end it one working day earlier."),
("scenario","date","2026-01-06","2026-01-05","w+16",["TEMP16"],"Nan was given temporary approval as a connected person carer on 5 January 2026, a week after the children arrived on 29 December. When does the temporary approval end if we don't extend it?"),
("indirect","date","2025-06-03","2025-06-02","w+24",["TEMP16"],"Grandad was approved on a temporary basis as a foster carer on 2 June 2025 and panel has agreed the extension. What's the very latest end date now?"),
("indirect","date","2025-12-29","2025-12-24","w+16",["TEMP16"],"Aunt got emergency approval to care for her nephew on 24 December 2025. When does that run out if it isn't extended?"),
# ---------------- recording / case file ----------------
("typos","date","2026-04-02","2026-04-02","d+3",["REC3"],"did a home vist 2/4/26 when has it gotta be recorded by"),
("indirect","date","2027-05-28","rel:yesterday","d+3",["REC3"],"How long have I got to write up a phone call with mum from yesterday?"),
("scenario","date","2027-12-22","2027-12-22","d+3",["REC3"],"Had a difficult home visit today, Wednesday 22 December 2027 - dad made threats. I also spoke to the school on 20 December. When must today's visit be recorded by?"),
("indirect","date","2026-01-12","2025-11-30","m+3",["SUMM"],"When does the summary at the front of the child's file need refreshing? It was last updated 30 November 2025."),
("manager","date","2026-11-20","2026-08-14","m+3",["SUMM"],"Audit: case summary last updated 14/08/2026, audit date 20/11/2026. In date?"),
("indirect","date","2026-09-01","2026-04-06","m+12",["ASS12"],"The family's last full assessment was signed off on 6 April 2026. When does it stop counting as up to date?"),
("duty","date","2026-06-01","2025-12-31","m+12",["ASS12"],"last C&FA auth 31/12/25, needs redoing by?"),

# ================= VISITS =================
("indirect","visits","2025-12-22","2025-12-19","w+4",["CPV"],"I last saw a child on a protection plan at home on 19 December 2025. When's the latest I can see them again?"),
("manager","visits","2027-02-08","2027-01-02","w+4",["CPV"],"CP visits on Child A: 2/1/27 and 5/2/27. Within standard?"),
("scenario","visits","2026-03-12","2026-03-03","w+4",["CPV"],"Two brothers on CP plans. I saw the eldest alone at school on 10 March 2026 and both of them at home on 3 March 2026. When's the next statutory CP visit due?"),
("indirect","visits","2026-05-11","2026-05-08","w+6",["CINV"],"I last saw a child on a child in need plan at home on 8 May 2026. What's the latest date for my next home visit?"),
("manager","visits","2025-09-01","2025-07-14","w+6",["CINV"],"CIN visits 14/07/25 and 29/08/25 - compliant?"),
("typos","visits","2026-04-07","2026-04-02","w+6",["CINREV"],"last cin reveiw 2/4/26 next due?"),
("scenario","visits","2025-12-19","2025-12-17","w+6",["CINREV"],"CIN review for the three siblings was held on 17 December 2025 at school; the youngest has a health appointment on 6 January. When's the next CIN review due?"),
("duty","visits","2025-12-29","2025-12-23","w+1",["LACWK"],"lac visit 23/12/25, no 1st review yet, next visit by?"),
("indirect","visits","2026-05-18","2026-05-15","w+6",["LAC6"],"Child in care, her first review was months ago and the long-term plan for where she'll grow up isn't settled. Last visit was 15 May 2026. When's the next one due?"),
("scenario","visits","2026-07-21","2026-07-01","w+6",["LAC6"],"Boy in care since 2025, first review done, permanence plan not finalised. I went to the contact centre on 20 July 2026 but he refused to come out so I didn't see him. The last visit where I saw him was 1 July 2026. When is the next visit due?"),
("scenario","visits","2025-12-19","2025-12-18","w+12",["LAC12"],"Young person has been with her long-term carers since June 2023 and is settled, so she's on 12-weekly visits. Last visit was 18 December 2025 and she has exams starting 5 January. When's her next visit due?"),
("indirect","visits","2025-11-03","2025-10-16","w+8",["FTREV"],"We last looked at how often the child sees mum and dad on 16 October 2025. We still haven't agreed where he'll grow up long term. When do we need to look at the arrangements again?"),
("indirect","visits","2026-03-21","2026-03-20","w+1",["ADOPTV"],"Child was placed with adopters on 20 March 2026 and seen that day. The first looked after review hasn't happened yet. When's the next statutory visit due?"),
("typos","visits","2026-08-03","2026-07-29","w+6",["ADOPTV6"],"adoption placment, 1st lac review done, last vist 29/7/26 next 1?"),
("manager","visits","2026-02-02","2025-12-01","w+6",["FCV"],"SSW visits to carer: 01/12/25, 20/01/26. Compliant?"),
("indirect","visits","2026-12-29","2026-12-22","w+6",["FCV"],"When's my next visit to my foster carers due? I last went out to see them on 22 December 2026."),
("newstarter","visits","2025-05-06","2025-05-05","w+6",["FCV"],"Hi, I'm a new supervising social worker - my carers were last visited on 5 May 2025. When should my next visit be?"),
("indirect","visits","2026-04-07","2026-04-03","m+12",["FCUNANN"],"The last time we turned up at our foster carers' home without warning was 3 April 2026. When's the next one of those due by?"),
("newstarter","visits","2025-09-01","2025-08-30","m+12",["FCANN"],"Hello, my foster carers had their annual review on 30 August 2025. When is the next one due?"),
("duty","visits","2026-02-10","2024-06-14","m+36",["FCPANEL"],"carers review last went to panel 14/06/24, next panel review by?"),
("typos","visits","2025-04-01","2025-03-31","m+36",["FCDBS"],"foster carers dbs dne 31/03/25 when renew"),
("indirect","visits","2026-10-05","2024-02-29","m+36",["FCTRAIN"],"Our carers last refreshed their core training on 29/02/2024. When's it due again at the latest?"),
("duty","visits","2026-01-13","2026-01-12","w+6",["PLOREV"],"last plo review 12/1/26 when's next","The standard says every 4-6 weeks; the earliest reading (4 weeks) gives 2026-02-09."),

# ================= AGES =================
("scenario","age","2026-05-05","2014-05-14","age+12",["ADVOC"],"Young person's DOB is 14/05/2014 and the ICPC is being planned for June 2026. When does she turn 12, so that we have to offer her an advocate?"),
("indirect","age","2027-11-15","2016-02-29","age+12",["ADVOC"],"Child's date of birth is 29/02/2016 and conference will be in March 2028. On what date is he old enough that we should offer someone independent to help him have his say at conference?"),
("typos","age","2025-11-20","2014-01-01","age+12",["ADVOC"],"yp dob 1/1/14 when does she turn 12 for the advocat thing"),
("indirect","age","2025-11-03","2010-08-31","age+15y6",["PATH"],"Young person's date of birth is 31/08/2010. When do we need to start the plan for her leaving care?"),
("newstarter","age","2026-10-01","2011-11-12","age+15y6",["PATH"],"Hi, could you tell me when I should start a pathway plan for a young person born on 12 November 2011?"),
("duty","age","2027-03-01","2012-02-29","age+15y6",["PATH"],"dob 29/02/2012 pathway plan start?"),
("scenario","age","2027-01-11","2011-09-30","age+15y6",["PATH"],"Lad in care, DOB 30/09/2011, settled placement; his next LAC review is 10/03/2027. When does his pathway plan need starting?"),
("scenario","age","2026-02-20","2020-02-29","age+6",["ADOPT6"],"Little one (DOB 29/02/2020) might enter PLO in March 2026. When does she turn 6 - do we still need to bring in an adoption social worker and family finder?"),
("manager","age","2025-07-01","2019-06-15","age+6",["ADOPT6"],"Child DOB 15/06/2019 entered PLO on 10/06/2025. When did they turn 6 - should an adoption SW have been allocated?"),

# ================= CHOICE =================
("indirect","choice","2026-03-04","2026-03-03",["d+10","d+20"],["CG1","CIN20"],"The conference for this child was on 3 March 2026. What's the next meeting I need to arrange and by when?"),
("duty","choice","2025-12-19","2025-12-19",["wd+3","d+7"],["FGCREF","PLOMIN"],"plo mtg 19/12/25 whats due after?"),
("indirect","choice","2026-05-06","2026-05-06",["wd+5","d+10"],["PLPLAN","CP10"],"Child placed on 6 May 2026 - when does the plan need updating?"),
("newstarter","choice","2025-04-08","2025-04-22",["wdb-3","db-3"],["REPCHAIR","REPFAM"],"Hi, my first child protection conference is on 22 April 2025. When do I need to send my report out?"),
("duty","choice","2026-01-07","2026-01-06",["w+1","w+6"],["LACWK","LAC6"],"lac visit 6/1/26 next by?"),
("typos","choice","2027-03-31","2027-03-31",["wd+3","d+3"],["FCREC","REC3"],"visitd foster carers 31.3.27 when does it need to be on lcs"),
("indirect","choice","2026-12-01","2026-12-01",["wd+5","wd+20"],["IRO5","IRO20"],"The child's independent reviewer raised with me today, 1 December 2026, that the care plan is stalling. When does it need sorting by?"),
("scenario","choice","2025-12-22","2025-12-22",["wd+3","wd+20"],["PLMEET","LACR1"],"Child came into care today, 22 December 2025, and was placed with foster carers the same day. My TL says I need to get the first meeting booked. By when?"),
("duty","choice","2026-08-28","2026-08-28",["d+1","wd+1"],["STRAT24","STRAT1"],"mgmt decision for strat made today fri 28/8, strat by?","The time of the decision is not given; '24 hours' is read here as the next calendar day."),

# ================= NONE =================
("indirect","none","2026-01-13","2026-01-12","none",["N_RCPC"],"Child went on a plan at the ICPC on 12 January 2026. When is the first review conference due?"),
("duty","none","2026-01-15","2026-01-14","none",["N_LAC2","N_LAC2b"],"1st lac review 14/01/26, 2nd review by?"),
("newstarter","none","2026-03-04","2026-03-03","none",["N_SUP"],"How often should I be getting supervision? My last one was 3 March 2026, so when's the next due?"),
("typos","none","2026-05-06","2026-05-05","none",["N_CG"],"how offten do core groups need to be after the 1st one? last was 5/5/26"),
("indirect","none","2025-06-02","2025-06-02","none",["N_EH"],"An early help team leader got a new request for support today, 2 June 2025. How long do they have to decide what to do?"),
("scenario","none","2027-03-11","2027-03-10","none",["N_SHOPBA"],"Adoption is the plan. Our final care planning meeting was 10 March 2027 and the IRH is listed for 28 April 2027. What's the date the SHOPBA has to be held by?"),
("manager","none","2026-02-01","2025-09-01","none",["N_PATH"],"Pathway plan started 01/09/2025. By what date should it have had its first review?"),
("indirect","none","2025-12-29","2025-12-26","none",["N_MISS"],"Young person went missing and came back on 26 December 2025. How long do we have to do the return home interview?"),
("scenario","none","2026-11-20","2026-11-05","none",["N_IRO"],"The IRO last rang the child between reviews on 5 November 2026. The next review isn't until February. By when should the IRO be in touch again?"),
("scenario","visits","2027-01-04","2026-12-23","w+8",["FTREV"],"Family time for the three children was last reviewed at their LAC review on 23 December 2026; mum has since moved to Wales (2 January). The permanence plan isn't agreed yet. When's the next review of family time due?"),
("scenario","date","2026-03-16","2026-03-13","d+20",["PEP"],"Girl aged 9 came into care on 13 March 2026; her school breaks up for Easter on 2 April. When does her PEP meeting need to be held by?"),
("scenario","date","2025-12-29","2025-12-24","d+10",["CP10"],"Boy placed with carers on 24 December 2025 after his dad's arrest on 23 December. When does his care plan have to be on LCS?"),
("scenario","date","2026-09-07","2026-08-31","m+3",["SUMM"],"Doing my files before leave: the case summary for the baby (born 2 June 2025) was last updated on 31 August 2026. When does it next need updating?"),
]

# ----------------------------------------------------------------------

def build():
    out=[]
    for i,r in enumerate(ROWS):
        voice,kind,today,start,rule,keys,q=r[:7]; amb=r[7] if len(r)>7 else None
        today=D.fromisoformat(today); s=resolve(start,today)
        if kind=="none":
            due=None; count="no timescale in the standards for this"
        elif kind=="choice":
            res=[apply(x,s) for x in rule]
            due=min(x[0] for x in res)
            count=" | ".join(f"[{k}] {c}" for k,(d,c) in zip(keys,res))+f" -> earlier is {fmt(due)}"
        else:
            due,count=apply(rule,s)
        if start and start.startswith("rel:"):
            count=f"'{start[4:]}' read against today {fmt(today)} = {fmt(s)}; "+count
        row={"q":q,"today":today.isoformat(),"due":due.isoformat() if due else None,
             "expect_any":[PHRASES[k] for k in keys],"count":count,"voice":voice,"kind":kind}
        if amb: row["ambiguous"]=amb
        out.append(row)
    return out

def check(rows):
    src=open(SOURCE,encoding="utf-8").read()
    ok=True
    for y in range(2024,2029):
        typed={d for d in BANK_HOLIDAYS if d.year==y}
        if typed!=_computed_bh(y): print("BH mismatch",y,sorted(typed^_computed_bh(y))); ok=False
    for k,p in PHRASES.items():
        if p not in src: print("PHRASE NOT IN SOURCE:",k,p); ok=False
        if len(p.split())<6: print("PHRASE TOO SHORT:",k,p); ok=False
    for i,r in enumerate(rows):
        if r["kind"]!="none" and r["due"] is None: print("no due",i); ok=False
        if r["kind"]!="none" and r["due"]<r["today"] and r["voice"]!="manager" and r["kind"]!="age":
            print("WARN due before today", i, r["today"], r["due"], r["q"][:60])
    for i,(r,spec) in enumerate(zip(rows,ROWS)):
        st=spec[3]
        if st and not st.startswith("rel:"):
            d=D.fromisoformat(st)
            if not re.search(r"(?<!\d)0?%d(?!\d)"%d.day, r["q"]):
                print("WARN start day not visible in q", i, st, r["q"][:80])
    from collections import Counter
    print("rows",len(rows)); print("kinds",Counter(r["kind"] for r in rows)); print("voices",Counter(r["voice"] for r in rows))
    print("years",Counter(r["today"][:4] for r in rows)); print("ambiguous",sum(1 for r in rows if "ambiguous" in r))
    return ok

if __name__=="__main__":
    sys.path.insert(0,HERE)
    rows=build()
    with open(os.path.join(HERE,"questions.jsonl"),"w",encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r,ensure_ascii=False)+"\n")
    # re-parse
    with open(os.path.join(HERE,"questions.jsonl"),encoding="utf-8") as f:
        back=[json.loads(l) for l in f]
    assert back==rows
    print("OK" if check(rows) else "PROBLEMS")
