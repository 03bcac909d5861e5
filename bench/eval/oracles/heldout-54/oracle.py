#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (standard library only).

Each row is described structurally (operation, start date, amount, phrase keys);
this script computes `due` and `count`, writes questions.jsonl and runs checks.
Usage: python3 oracle.py            (writes questions.jsonl, then checks)
"""
import datetime as dt, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"
D = dt.date.fromisoformat
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

# England and Wales bank holidays 2024-2028, typed by hand (substitute days included).
BANK_HOLIDAYS = {D(x) for x in """
2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26
2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26
2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28
2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28
2028-01-03 2028-04-14 2028-04-17 2028-05-01 2028-05-29 2028-08-28 2028-12-25 2028-12-26
""".split()}


def _easter(y):  # anonymous Gregorian algorithm, used only to cross-check the typed list
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    mo = (h + l - 7 * m + 114) // 31
    return dt.date(y, mo, (h + l - 7 * m + 114) % 31 + 1)


def _check_holidays():
    for y in range(2024, 2029):
        e = _easter(y)
        exp = {e - dt.timedelta(2), e + dt.timedelta(1)}
        first_mon = lambda m: next(dt.date(y, m, d) for d in range(1, 8) if dt.date(y, m, d).weekday() == 0)
        last_mon = lambda m: max(dt.date(y, m, d) for d in range(25, 32) if dt.date(y, m, d).weekday() == 0)
        exp |= {first_mon(5), last_mon(5), last_mon(8)}
        ny = dt.date(y, 1, 1)
        exp.add(ny if ny.weekday() < 5 else ny + dt.timedelta(7 - ny.weekday()))
        c, b = dt.date(y, 12, 25), dt.date(y, 12, 26)
        if c.weekday() < 5 and b.weekday() < 5: exp |= {c, b}
        elif c.weekday() == 4: exp |= {c, dt.date(y, 12, 28)}       # Boxing Day Sat -> Mon
        elif c.weekday() == 5: exp |= {dt.date(y, 12, 27), dt.date(y, 12, 28)}
        elif c.weekday() == 6: exp |= {b, dt.date(y, 12, 27)}       # Christmas Sun -> Tue
        got = {x for x in BANK_HOLIDAYS if x.year == y}
        assert got == exp, (y, sorted(got ^ exp))


def is_wd(x):
    return x.weekday() < 5 and x not in BANK_HOLIDAYS


def fmt(x):
    return f"{x.isoformat()} ({DOW[x.weekday()]})"


def add_months(x, n, feb29_to_mar1=False):
    y, m = divmod(x.month - 1 + n, 12)
    y += x.year; m += 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    if x.day > last:
        if feb29_to_mar1 and x.month == 2 and x.day == 29:
            return dt.date(y, 3, 1)
        return dt.date(y, m, last)
    return dt.date(y, m, x.day)


def compute(op, start, n):
    """Return (due, count-string)."""
    s = D(start)
    if op in ("wd", "wdb"):
        step = 1 if op == "wd" else -1
        x, k, skipped = s, 0, []
        while k < n:
            x += dt.timedelta(step)
            if is_wd(x): k += 1
            elif x in BANK_HOLIDAYS: skipped.append(x.isoformat())
        word = "after" if op == "wd" else "before"
        c = f"{n} working day{'s' if n != 1 else ''} {word} {fmt(s)} -> {fmt(x)}"
        if not is_wd(s): c += f"; start day is {'a bank holiday' if s in BANK_HOLIDAYS else 'a weekend'}, counted from it"
        if skipped: c += "; skips bank holidays " + ", ".join(sorted(skipped))
        return x, c
    if op == "same":
        return s, f"same day as {fmt(s)}"
    if op == "d":
        x = s + dt.timedelta(n); return x, f"{n} calendar days after {fmt(s)} -> {fmt(x)}"
    if op == "db":
        x = s - dt.timedelta(n); return x, f"{n} calendar days before {fmt(s)} -> {fmt(x)}"
    if op == "w":
        x = s + dt.timedelta(7 * n); return x, f"{n} week{'s' if n != 1 else ''} ({7 * n} days) after {fmt(s)} -> {fmt(x)}"
    if op == "m":
        x = add_months(s, n); c = f"{n} months after {fmt(s)} -> {fmt(x)}"
        if x.day != s.day: c += f" (no day {s.day} in that month, so last day of month)"
        return x, c
    if op == "age":
        yrs, mos = n
        x = add_months(s, 12 * yrs + mos, feb29_to_mar1=(mos == 0))
        c = f"DOB {s.isoformat()} + {yrs} years" + (f" {mos} months" if mos else "") + f" -> {fmt(x)}"
        if s.month == 2 and s.day == 29 and mos == 0:
            c += "; 29 Feb birthday: " + ("1 March used as the year is not a leap year" if x.month == 3 else "leap year, so 29 Feb")
        elif x.day != s.day:
            c += f" (no day {s.day} in that month, so last day of month)"
        return x, c
    raise ValueError(op)


# ---- phrases (verbatim from the source) ----
P = {
 "FD": "decisions made by what action are required by a Team Leader within 1 working day",
 "INIT": "Initial decisions will be made about the action required within 1 working day",
 "REF": "Referrals will be actioned by a social worker within 1 working day",
 "S47SEEN": "the child / children will be seen by the Social Worker the same day",
 "S47DISC": "Within 5 days of the Section 47 being initiated",
 "ALLOC": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 "TLREV": "All assessments will be reviewed by the Team Leader within 15 working days",
 "COMP45": "Assessments must all be completed within 45 days",
 "STRAT": "a strategy discussion is required, this must happen within 1 working day",
 "STRAT24": "A strategy discussion within 24 hours involving all relevant agencies is undertaken",
 "TRANSFER": "notify the Neighbourhood Team via email, giving at least 5 days’ notice",
 "ICPC": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 "FAMREP": "The report will be shared with family at least 3 the days prior to conference",
 "CHAIRREP": "The report will be sent to the child protection chair 3 working days before the conference",
 "ADVOCATE": "if they are 12 or over they should be offered an advocate",
 "CG": "held within 10 days of the conference and is used to put detail on the outline CP plan",
 "CPVISIT": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 "RCPCPAR": "This report must be shared with parents at least 3 days prior to the review conference",
 "RCPCCHAIR": "The report will be available to the conference chair at least 3 days prior to the review conference",
 "PTT": "when they have been subject to a plan for 12 months",
 "PLO1": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 "FGC": "Referral should be made within 3 working days of the first PLO meeting",
 "VIAB": "Family Placement Team within 3 working days of the initial PLO meeting",
 "MINUTES": "distributed to parents and their legal representation within 7 days of the meeting",
 "PLOREV": "Review PLO meetings with parents to be held every 4-6 weeks",
 "LPM12": "A review legal planning meeting will be held at 12 weeks",
 "GATE16": "a Legal Gateway meeting will be convened at 16 weeks",
 "PLOEXT": "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
 "CINDEPLAN": "will set the first CIN meeting within 20 days",
 "CINTRANS": "the initial CIN meeting must take place within 10 days",
 "CINREV": "CIN review meetings will be held at least every 6 weeks",
 "CINVISIT": "A child subject to a CIN plan will be seen at least every 6 weeks",
 "EMERG": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 "VISIT1": "The child will be visited within 1 working day of coming into care or having a change in placement",
 "LACSEEN1": "All looked after children will be seen within 1 working day of placement",
 "PLMEET": "The placement meeting will be held within 3 working days",
 "PLPLAN": "an updated copy given to the carers within 5 working days of the placement beginning",
 "FAMTIME": "reviewed at least every 8 week until the plan for permanence is agreed",
 "PACK": "coming into care pack, children rights leaflet within 3 weeks",
 "LEGALSTATUS": "will be informed of the child’s legal status within 5 working days",
 "IHA": "An initial health assessment will be requested and carried out within 20 working days",
 "PEP": "A PEP meeting will be arranged within the school within 20 days",
 "LACWEEKLY": "Statutory looked after visits must happen weekly until the first looked after review",
 "LAC6": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 "LAC12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 "CAREPLAN": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 "LACREV1": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 "PATHWAY": "A pathway plan will be started when the young person is 15 years 6 months",
 "IROREP": "this will be with the IRO 3 days before the review",
 "IROINF": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 "IRODISP": "should be completed from start to finish within 20 working days",
 "ADOPT6": "If a child under the age of 6 enters PLO or proceedings",
 "ADOPTWEEKLY": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 "ADOPT6W": "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 "ADOPT10": "in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
 "FCVISIT": "Trafford foster carers are visited at least once every six weeks",
 "FCREC": "a record of this visit is recorded on LCS within 3 working days",
 "FCUNANN": "will have an unannounced visit at least once every 12 months",
 "FCPANEL": "annual review presented to the Fostering Panel at least every three years",
 "FCDBS": "updated statutory references, medicals and DBS checks at least every three years",
 "FCTRAIN": "must update their core training at least every three years",
 "VARIATION": "This can only be given for up to 6 working days",
 "TEMP16": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 "RECORD": "any event or contact is recorded within 3 days",
 "SUMMARY": "A clear and concise case file summary which has been updated within the last 3 months",
 "ASSESS12": "An up to date assessment (within the last 12 months) on each child",
 # nearest sentences for `none` rows (they set no timescale)
 "N_NEXTCONF": "The child protection chair will set the date of the next conference",
 "N_SECONDREV": "At the point of the second review (if not in proceedings)",
 "N_SUPERVISION": "supervision which takes place in line with the supervision policy",
 "N_SHOPBA": "This needs to take place after the area teams final care planning meeting",
 "N_MISSING": "The risk of going missing and child sexual exploitation will be considered and risk assessed",
 "N_LLL": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
 "N_S47OUT": "The outcome will be discussed with the Team Leader and a management decision is recorded",
 "N_PATHREV": "will be reviewed by the IRO as part of the statutory review",
 "N_CORE": "outcomes expected are reviewed at every core group and progress recorded",
}

# ---- structured row descriptions ----
V = dict(d="duty", t="typos", s="scenario", i="indirect", n="newstarter", m="manager")
ROWS = []
def R(v, kind, today, q, op, keys, amb=None, **kw):
    r = dict(voice=V[v], kind=kind, today=today, q=q, keys=keys.split(), **kw)
    if kind == "choice": r["ops"] = op
    elif kind != "none": r["op"] = op
    if amb: r["amb"] = amb
    ROWS.append(r)
A45 = "The standards say 45 days, read here as calendar days; a reader applying the statutory 45 working days would get a later date."
ASTRAT = "The S47 section also says a strategy discussion 'within 24 hours', which would give an earlier (weekend/bank holiday) date."
APLO = "The standards do not say what the weeks run from; counted from the date given as the start of PLO (a reader could count from the first PLO meeting instead)."
APEP = "The standard does not say what the 20 days run from; counted from the child becoming looked after."

# ---------------- date ----------------
R("d","date","2025-12-24","contact in 24/12 at front door, TL decision by?",("wd","2025-12-24",1),"FD")
R("t","date","2026-04-03","contact came in on good friday 3.4.26 when does the TL have to screen it by",("wd","2026-04-03",1),"FD")
R("i","date","2027-05-28","A police notification landed with the first response team this afternoon. By when does a team leader need to have screened it and decided what we're doing?",("wd","2027-05-28",1),"FD")
R("n","date","2025-08-22","Hi, sorry if this is basic - a referral came in today that looks like it's Level 4. How long does the team leader have to make the initial decision on what action is needed?",("wd","2025-08-22",1),"INIT")
R("m","date","2026-06-02","Level 5 referral received Fri 22/05/26, TL initial decision recorded 27/05. Was that within timescale?",("wd","2026-05-22",1),"INIT")
R("t","date","2026-12-24","refferal came thru thurs 24th dec, when does a sw need to action it by??",("wd","2026-12-24",1),"REF")
R("d","date","2027-03-25","ref in today, SW to action by when? (easter wknd coming)",("wd","2027-03-25",1),"REF")
R("n","date","2026-01-07","If a referral comes in today for a Section 47 enquiry, when does the child need to be seen by the social worker?",("same","2026-01-07",0),"S47SEEN")
R("d","date","2025-12-22","s47 initiated 22/12, SW + mgr progress discussion due?",("d","2025-12-22",5),"S47DISC")
R("s","date","2027-04-01","Strategy discussion was held on 30/03/27 and the Section 47 was initiated the next day. Child's DOB is 05/04/2015 and there's a school meeting on the 6th. When does my manager and I have to discuss progress on the enquiry by?",("d","2027-03-31",5),"S47DISC")
R("s","date","2026-05-01","Front door TL agreed this morning (Friday 1 May) that the family needs a Child and Family Assessment. Mum's partner moved in last month and the school DSL rang twice last week. When does the case have to be allocated to a social worker by?",("wd","2026-05-01",3),"ALLOC")
R("t","date","2025-04-17","case needs allocating for a c&f assesment, decision made 17/4 whats the deadline to allocate",("wd","2025-04-17",3),"ALLOC")
R("m","date","2027-01-08","Decision for a C&FA made 23/12/26, case allocated on LCS 30/12/26. In timescale?",("wd","2026-12-23",3),"ALLOC")
R("d","date","2026-03-25","C&FA started 25/3/26, TL review due?",("wd","2026-03-25",15),"TLREV")
R("i","date","2025-12-15","I opened an assessment of a family's needs on 15 December. When does my team leader have to have looked over it?",("wd","2025-12-15",15),"TLREV")
R("n","date","2027-05-20","Hello! My first assessment started on 20th May 2027. I've been told the Team Leader reviews it at some point - when is that due?",("wd","2027-05-20",15),"TLREV")
R("t","date","2025-12-01","c&f assesment started 1/12/25 whens it got to be finished",("d","2025-12-01",45),"COMP45",A45)
R("m","date","2026-06-10","C&FA started 03/04/26, authorised as complete 20/05/26. Was it completed within timescale?",("d","2026-04-03",45),"COMP45",A45)
R("s","date","2027-08-02","I'm doing an assessment on a family where mum has just had a new baby (born 12/07/27). The assessment started on 19/07/27 after a referral from the health visitor. When does it have to be completed?",("d","2027-07-19",45),"COMP45",A45)
R("d","date","2025-12-31","mgmt decision strat needed 31/12 - when by?",("wd","2025-12-31",1),"STRAT",ASTRAT)
R("i","date","2026-08-28","My manager decided this afternoon (Friday) that we need to get police and health together to talk about whether this meets the threshold for enquiries. How long have we got to hold that conversation?",("wd","2026-08-28",1),"STRAT",ASTRAT)
R("n","date","2026-02-10","My manager has just decided a strategy discussion is needed (today, Tuesday 10th Feb). When does it have to happen by?",("wd","2026-02-10",1),"STRAT STRAT24")
R("s","date","2026-04-01","CFR have finished the C&FA and the case is stepping across to our Neighbourhood Team at CIN. They want the transfer to go through on 14/04/26 (the child's birthday is the 12th, so mum wanted it after). What's the latest date they should email us with notice?",("db","2026-04-14",5),"TRANSFER")
R("s","date","2025-12-22","Strat was last Thursday after the hospital flagged a head injury on a 4-month-old (born 14/08/25). Dad is in court on 5 January for something unrelated. What's the latest date for the ICPC?",("wd","2025-12-18",15),"ICPC")
R("t","date","2026-03-20","strat meeting was 20.3.26 whens icpc due by",("wd","2026-03-20",15),"ICPC")
R("i","date","2027-03-15","We held the multi-agency meeting to plan the enquiries on 15th March. When do we need to have the first big meeting with the family where they decide whether a protection plan is needed?",("wd","2027-03-15",15),"ICPC")
R("m","date","2025-05-30","Strat 01/05/25, ICPC held 23/05/25. In timescale?",("wd","2025-05-01",15),"ICPC")
R("s","date","2026-08-20","Strategy discussion held Thursday 13/08/26 after school raised bruising. There's a previous ICPC from 2024 on file and mum's due date is 02/09/26. When's the latest the new ICPC can be?",("wd","2026-08-13",15),"ICPC")
R("n","date","2027-12-15","Hi all, the initial strategy discussion for my case was on 15 December. I'm not sure how the Christmas period affects it - when does the Initial Child Protection Conference need to be held by?",("wd","2027-12-15",15),"ICPC")
R("d","date","2026-01-02","ICPC 06/01/26 - report to family by?",("db","2026-01-06",3),"FAMREP")
R("i","date","2025-04-16","Conference is Tuesday 22 April. What's the latest I can give the parents a copy of my report so they get the time they're supposed to?",("db","2025-04-22",3),"FAMREP RCPCPAR")
R("n","date","2027-06-01","Could someone explain how far ahead of an initial child protection conference I need to share my report with the family? Conference is 07/06/2027.",("db","2027-06-07",3),"FAMREP")
R("d","date","2026-04-01","ICPC Weds 8/4 - report to chair by?",("wdb","2026-04-08",3),"CHAIRREP")
R("t","date","2025-12-29","icpc is on 2nd jan, when dose my report have to be with the cp chair",("wdb","2026-01-02",3),"CHAIRREP")
R("m","date","2027-06-03","ICPC held Tue 01/06/27. SW report reached chair Thu 27/05/27 with TL sign-off the same day. Was it in time?",("wdb","2027-06-01",3),"CHAIRREP")
R("s","date","2025-08-20","ICPC booked for Thursday 28 August 2025. The strategy discussion was back on 11 August and the S47 started the same day. I still need TL sign-off. When does my report need to go to the conference chair?",("wdb","2025-08-28",3),"CHAIRREP")
R("d","date","2025-12-19","ICPC today, 1st core group by?",("d","2025-12-19",10),"CG")
R("t","date","2026-05-22","child went on a cp plan at conferance on 22/5, when has the 1st core group got to be",("d","2026-05-22",10),"CG")
R("i","date","2027-03-24","The conference agreed a protection plan yesterday. When does the smaller working group that puts the detail on the plan have to meet for the first time?",("d","2027-03-23",10),"CG")
R("m","date","2026-09-15","ICPC 21/08/26, first core group 02/09/26. Compliant?",("d","2026-08-21",10),"CG")
R("n","date","2025-04-11","I've just had my first ICPC (it was on Thursday 10 April) and the children were made subject to plans. When should the first core group be held?",("d","2025-04-10",10),"CG")
R("s","date","2026-12-18","Review conference is on 29/12/26. The last conference was in September and the core group met on 15/12. When do I have to share my plan update with the parents?",("db","2026-12-29",3),"RCPCPAR")
R("t","date","2027-01-04","rcpc 5th jan, when should parents of had the report",("db","2027-01-05",3),"RCPCPAR")
R("d","date","2025-05-01","RCPC Tues 6/5 - plan update to chair by?",("db","2025-05-06",3),"RCPCCHAIR")
R("n","date","2026-08-27","For a review child protection conference on Wednesday 2 September 2026, when does the chair need to have my report?",("db","2026-09-02",3),"RCPCCHAIR")
R("m","date","2026-03-01","CP plan started 31/03/25 and not ready to de-plan. From what date should a professional thinking time meeting be held?",("m","2025-03-31",12),"PTT")
R("i","date","2027-02-10","The kids went on protection plans at conference on 16/02/26 and things haven't really shifted. When do they hit the point where we should get the professionals together to rethink how we work with the family?",("m","2026-02-16",12),"PTT")
R("i","date","2025-12-18","The letter telling the parents we're thinking about court went out today, dated 18 December. How long have we got to sit down with them and their solicitor for the first time?",("d","2025-12-18",10),"PLO1")
R("i","date","2026-04-02","We've just sent the letter before proceedings to mum, dated 2 April. When does the first meeting with her and her solicitor have to happen?",("d","2026-04-02",10),"PLO1")
R("t","date","2027-05-21","plo leter went out 21.05.27 when do we need the first plo meeting",("d","2027-05-21",10),"PLO1")
R("m","date","2026-09-01","PLO letter dated 14/08/26, initial PLO meeting held 27/08/26. Within timescale?",("d","2026-08-14",10),"PLO1")
R("n","date","2025-12-23","We had the first PLO meeting today (23rd December) and there hasn't been a family group conference yet. Mum has consented. When does the FGC referral need to be made?",("wd","2025-12-23",3),"FGC")
R("d","date","2027-03-25","1st PLO mtg 25/3/27, no FGC yet - referral by?",("wd","2027-03-25",3),"FGC")
R("s","date","2026-05-01","Initial PLO meeting was Thursday 30/04/26. Dad named his sister and a family friend as possible carers. The FGC is pencilled in for 20/05. When do the viability screening requests have to go to Family Placement?",("wd","2026-04-30",3),"VIAB","The standard also allows 'immediately following Family Group Conference', so a reader could tie it to the FGC on 20/05 instead.")
R("t","date","2025-08-26","initial plo meeting was fri 22nd aug, aunt put herself forward as carer. viablity request to family placement by when?",("wd","2025-08-22",3),"VIAB")
R("m","date","2027-01-05","PLO meeting 22/12/26; minutes went to parents and solicitors 30/12/26. Compliant?",("d","2026-12-22",7),"MINUTES")
R("i","date","2027-08-27","After the PLO meeting with the parents and their lawyers on 27/08, how long have I got to get the written record of what was agreed out to them?",("d","2027-08-27",7),"MINUTES")
R("m","date","2025-05-12","PLO meeting 24/04/25, minutes sent to parents & solicitors 02/05/25. In timescale?",("d","2025-04-24",7),"MINUTES")
R("d","date","2026-01-05","PLO started 05/01/26, review legal planning mtg when?",("w","2026-01-05",12),"LPM12",APLO)
R("n","date","2027-04-06","Our PLO process began on 29th March 2027 (the date of the PLO letter). When is the review legal planning meeting due?",("w","2027-03-29",12),"LPM12",APLO)
R("m","date","2025-12-01","PLO letter 01/09/25, family still in PLO. When is the Legal Gateway with Strategic Lead oversight due?",("w","2025-09-01",16),"GATE16",APLO)
R("s","date","2026-07-15","Family has been in PLO since the letter on 20/04/26; the review legal planning meeting was held and threshold is still met, so the case is staying in PLO. When will the Legal Gateway with the Strategic Lead be?",("w","2026-04-20",16),"GATE16",APLO)
R("t","date","2027-07-01","legal planning mtg today 1/7/27 agreed an exeptional extension of plo, when does that run to",("w","2027-07-01",4),"PLOEXT")
R("s","date","2025-12-11","The review conference on Wednesday 10/12/25 took the children off their plans and they're now CIN. The eldest turns 16 on 01/01/26 and school breaks up on the 19th. When does the first CIN meeting have to be by?",("d","2025-12-10",20),"CINDEPLAN")
R("i","date","2026-03-18","At the review on 18 March the chair ended the protection plan and we're now working with the family under a child in need plan. When does the first meeting under the new plan need to be?",("d","2026-03-18",20),"CINDEPLAN")
R("n","date","2027-12-08","The children came off their child protection plans at conference on 8 December 2027. When should the first Child in Need meeting take place by?",("d","2027-12-08",20),"CINDEPLAN")
R("s","date","2026-08-24","Case transferred to us from Children's First Response on 21/08/26 after a C&FA. The joint visit was on 19/08. When does the initial CIN meeting need to happen by?",("d","2026-08-21",10),"CINTRANS")
R("s","date","2025-04-15","We've just picked up a case from Children's First Response - it came across to us on Monday 14 April after they finished the assessment. Dad's birthday is on the 19th and mum wants the meeting after that. What's the latest date for the initial CIN meeting?",("d","2025-04-14",10),"CINTRANS")
R("m","date","2027-01-20","Transfer from CFR 24/12/26, initial CIN meeting held 06/01/27 - was it in timescale?",("d","2026-12-24",10),"CINTRANS")
R("i","date","2026-12-24","A child came into care in an emergency yesterday and there was no assessment of her needs. By when does that assessment have to be finished?",("wd","2026-12-23",20),"EMERG")
R("s","date","2025-04-22","Police protection on Easter Sunday (20/04/25) and the child was placed in emergency foster care the same night. There was no assessment in place. When does the assessment of her needs have to be done by?",("wd","2025-04-20",20),"EMERG")
R("d","date","2025-12-24","placement move 24/12 - visit by?",("wd","2025-12-24",1),"VISIT1 LACSEEN1")
R("t","date","2026-05-22","kid moved placement fri 22/5 when do i need to visit",("wd","2026-05-22",1),"VISIT1 LACSEEN1")
R("i","date","2027-08-27","A young person went to live with new foster carers this evening (Friday). By when do I have to get out to see her?",("wd","2027-08-27",1),"VISIT1 LACSEEN1")
R("d","date","2026-04-02","placed 2/4/26 - placement mtg by?",("wd","2026-04-02",3),"PLMEET")
R("n","date","2025-12-22","A child was placed with foster carers today (22 Dec). When does the placement meeting need to be held by?",("wd","2025-12-22",3),"PLMEET")
R("m","date","2027-06-07","Placement started 28/05/27, placement meeting 03/06/27. In timescale?",("wd","2027-05-28",3),"PLMEET")
R("i","date","2026-12-21","Child moved in with her carers today, Monday 21st. When do the carers need the updated copy of the plan that sets out delegated authority and how the placement will meet her needs?",("wd","2026-12-21",5),"PLPLAN")
R("t","date","2025-08-22","placement began 22/8/25 carers need the updated placment plan by when",("wd","2025-08-22",5),"PLPLAN")
R("n","date","2026-01-09","A young person came into care on 9th January 2026. When should they get their coming into care pack and children's rights leaflet?",("w","2026-01-09",3),"PACK")
R("i","date","2027-03-26","New entrant to care on Good Friday. When should she be given the welcome information pack and the leaflet about her rights?",("w","2027-03-26",3),"PACK")
R("d","date","2027-12-22","S20 started 22/12/27 - tell other profs legal status by?",("wd","2027-12-22",5),"LEGALSTATUS")
R("s","date","2026-05-26","Interim care order granted on Thursday 21/05/26 and the child became looked after that day; she turned 9 on the 19th. By when must the school, GP and health visitor be told about her legal status?",("wd","2026-05-21",5),"LEGALSTATUS")
R("t","date","2025-12-02","child became lac 2/12/25, iha has to be done by when",("wd","2025-12-02",20),"IHA")
R("m","date","2026-05-20","Child looked after from 20/04/26, IHA completed 15/05/26. Within timescale?",("wd","2026-04-20",20),"IHA")
R("i","date","2027-04-21","She came into our care on 21 April. When does the first medical check for children entering care have to be carried out?",("wd","2027-04-21",20),"IHA")
R("n","date","2026-09-02","Hi, the boy I'm working with became looked after on Monday 31 August (bank holiday, it was an emergency). When do I need to have arranged his PEP meeting at school by?",("d","2026-08-31",20),"PEP",APEP)
R("n","date","2025-03-28","A child in year 4 came into care on 28/03/25. When should the PEP meeting at school be arranged by?",("d","2025-03-28",20),"PEP",APEP)
R("t","date","2027-12-20","placed 20/12/27 - care plan on the system by?",("d","2027-12-20",10),"CAREPLAN")
R("s","date","2025-05-02","Baby was placed with foster carers on 02/05/25 under an EPO; the hearing for the ICO is 09/05/25. When must the care plan be recorded on LCS?",("d","2025-05-02",10),"CAREPLAN")
R("s","date","2025-12-16","Child was accommodated under S20 on Friday 12/12/25 after dad's arrest. Her brother was placed separately on the 15th. When is the latest date for her first Looked After Review?",("wd","2025-12-12",20),"LACREV1")
R("s","date","2026-03-30","Mum signed S20 consent on Friday 27/03/26 and the kids went to carers that night. Grandad is being looked at as a connected person (viability done today, 30/03). When does the initial LAC review need to be held by?",("wd","2026-03-27",20),"LACREV1")
R("i","date","2027-03-22","When is the first statutory meeting with the IRO to look at her care plan due, if she started being looked after on 22/03/27?",("wd","2027-03-22",20),"LACREV1")
R("m","date","2026-06-01","Child LAC 01/05/26 (Fri), initial review held 29/05/26. In timescale?",("wd","2026-05-01",20),"LACREV1")
R("s","date","2025-08-11","Twins (DOB 15/03/2019) were accommodated on Monday 11 August 2025 after mum's admission to hospital on the 8th. When does the initial Looked After Review need to be held by?",("wd","2025-08-11",20),"LACREV1")
R("i","date","2026-12-29","The meeting where the IRO looks at his care plan is on Monday 4 January. When does my written report have to reach the reviewing officer?",("db","2027-01-04",3),"IROREP")
R("n","date","2027-08-26","My first Looked After Review as the social worker is on Tuesday 31 August. When does my written report need to be with the IRO?",("db","2027-08-31",3),"IROREP")
R("m","date","2025-05-09","IRO raised informal challenge 02/05/25 re drift. If unresolved, when should it go formal?",("wd","2025-05-02",5),"IROINF")
R("i","date","2026-12-23","The reviewing officer flagged to me today that the care plan is drifting. How long have I got to sort it before it gets escalated to a formal dispute?",("wd","2026-12-23",5),"IROINF")
R("t","date","2027-05-04","formal dispute raised by iro 4/5/27 whens it need to be finished",("wd","2027-05-04",20),"IRODISP")
R("s","date","2025-12-03","The IRO's informal challenge wasn't resolved so a formal dispute started on 03/12/25. The next LAC review is on 14/01/26. By when should the dispute resolution process be completed?",("wd","2025-12-03",20),"IRODISP")
R("n","date","2026-03-01","Our adopters had the little one placed with them on 09/02/26. From when can they apply for the Adoption Order?",("w","2026-02-09",10),"ADOPT10")
R("d","date","2027-06-02","adoptive placement 24/05/27 - AO app earliest?",("w","2027-05-24",10),"ADOPT10")
R("t","date","2026-04-02","did my supervising visit to foster carers 2/4, when does it have to be on lcs",("wd","2026-04-02",3),"FCREC")
R("m","date","2025-09-03","Foster carer supervisory visit 22/08/25, recorded on LCS 28/08/25. In timescale?",("wd","2025-08-22",3),"FCREC")
R("i","date","2026-07-01","When does this carer's yearly review next need to go in front of the panel itself rather than just being chaired by an IRO? The last one that went to panel was 13/07/2023.",("m","2023-07-13",36),"FCPANEL")
R("i","date","2026-11-05","When do this foster carer's police checks, references and medical have to be redone? They were all last done on 04/01/24.",("m","2024-01-04",36),"FCDBS")
R("n","date","2025-10-10","One of our foster carers completed her core training on 31 October 2022. When does she need to update it by?",("m","2022-10-31",36),"FCTRAIN")
R("m","date","2026-12-23","Variation of Terms of Approval agreed by Strategic Lead 23/12/26 for a sibling placement, children placed same day. Latest date it can run to?",("wd","2026-12-23",6),"VARIATION","Counted as the 6th working day after the day permission was given; a reader who counts that day as day 1 would end a working day earlier.")
R("s","date","2026-01-05","Grandparents got temporary approval as connected person carers from the ADM on 22/12/25 and the children moved in that night. The viability had been done on 18/12. When does the temporary approval end if it isn't extended?",("w","2025-12-22",16),"TEMP16")
R("t","date","2027-04-01","temp approval for conected carer started 1/4/27, if we get the 8 week extention when does it run out",("w","2027-04-01",24),"TEMP16")
R("d","date","2026-12-23","home visit tmrw (xmas eve) - write up by?",("d","2026-12-24",3),"RECORD")
R("t","date","2025-04-17","did a visit thurs 17th april how long have i got to record it",("d","2025-04-17",3),"RECORD")
R("n","date","2027-05-28","I had a phone call with a child's school today (28/05/27). By when do I need to get it recorded on the child's file?",("d","2027-05-28",3),"RECORD")
R("m","date","2026-06-01","Case summary last updated 27/02/26. When did it go out of date under the standards?",("m","2026-02-27",3),"SUMMARY")
R("i","date","2025-11-20","The short overview at the front of the child's file was last refreshed on 29 August. When must it next be updated?",("m","2025-08-29",3),"SUMMARY")
R("s","date","2026-02-27","I've inherited a CIN case. The last Child and Family Assessment was authorised by a manager on 31/03/25, and the last CIN review was 10/02/26. When does the assessment stop counting as up to date?",("m","2025-03-31",12),"ASSESS12")

# ---------------- visits ----------------
R("d","visits","2025-12-15","CP visit last 01/12/25, next by?",("w","2025-12-01",4),"CPVISIT")
R("t","visits","2026-03-20","last cp vist was the 9th, when is the next one due",("w","2026-03-09",4),"CPVISIT")
R("i","visits","2027-01-04","The last time I saw the child at home for his protection plan was 21 December. When's my next visit due at the latest?",("w","2026-12-21",4),"CPVISIT")
R("m","visits","2026-09-30","CP visits on a case: 06/08/26 then 08/09/26. Was the second within timescale?",("w","2026-08-06",4),"CPVISIT")
R("n","visits","2025-05-06","I visited a child on a child protection plan on 14 April 2025. When do I need to visit again by?",("w","2025-04-14",4),"CPVISIT")
R("d","visits","2026-05-26","CIN visit 20/04 - next due?",("w","2026-04-20",6),"CINVISIT")
R("s","visits","2027-12-01","Family are CIN. I saw the kids at home on 10/11/27; the CIN review meeting was 24/11/27 at school. When's the next home visit due?",("w","2027-11-10",6),"CINVISIT")
R("t","visits","2025-12-19","cin vist done 24th nov, next one?",("w","2025-11-24",6),"CINVISIT")
R("m","visits","2026-03-10","CIN reviews held 06/01/26 and 24/02/26. Was the second one in time?",("w","2026-01-06",6),"CINREV")
R("n","visits","2026-12-22","A child came into care recently and hasn't had their first review yet. I visited today (22/12/26) - when's the next statutory visit due?",("w","2026-12-22",1),"LACWEEKLY")
R("d","visits","2025-04-15","new LAC, pre 1st review, last stat visit 14/04 - next?",("w","2025-04-14",1),"LACWEEKLY")
R("t","visits","2026-05-01","lac visit last done 23/3/26, child had 1st review ages ago, plan for permanance not finalised. when next",("w","2026-03-23",6),"LAC6")
R("i","visits","2027-08-10","She's in care, past her first review, permanence not sorted yet. I last saw her on 19 July. When must I see her again?",("w","2027-07-19",6),"LAC6")
R("s","visits","2026-01-06","Young person has been with his long-term foster carers since 2023 and the placement is formally permanent. Last statutory visit was 18/12/25, the one before that was in September. When's the next one due?",("w","2025-12-18",12),"LAC12")
R("m","visits","2027-04-01","Child settled in permanent placement since 2024, on 12-weekly visits. Visits 04/01/27 and 01/04/27. Was the gap OK?",("w","2027-01-04",12),"LAC12")
R("n","visits","2026-08-03","An adoptive placement started on 20/07/26 and the first Looked After Review hasn't happened yet. My last visit was 27/07/26. When is the next visit due?",("w","2026-07-27",1),"ADOPTWEEKLY")
R("d","visits","2025-05-20","adoption placement, post 1st LAC review, last stat visit 17/04/25 - next?",("w","2025-04-17",6),"ADOPT6W")
R("t","visits","2027-12-01","last supervisng visit to my foster carers was 19/11/27 when do i have to go again",("w","2027-11-19",6),"FCVISIT")
R("i","visits","2026-02-02","When does this foster carer need their next surprise visit? The last time we turned up without notice was 03/03/25.",("m","2025-03-03",12),"FCUNANN")
R("m","visits","2025-12-01","Family time arrangements last reviewed 06/10/25, permanence plan not agreed yet. When's the next review of family time due?",("w","2025-10-06",8),"FAMTIME")
R("d","visits","2026-04-10","PLO review mtg last 02/03/26 - next by?",("w","2026-03-02",6),"PLOREV","The standard says every 4-6 weeks; 6 weeks used as the outer limit (4 weeks would be 2026-03-30).")

# ---------------- age ----------------
R("n","age","2026-01-15","A young person in our care was born on 31/08/2010. When does their pathway plan need to be started?",("age","2010-08-31",(15,6)),"PATHWAY","31 Aug + 6 months has no 31 Feb; counted as 28 Feb 2026, a reader could say 1 March 2026.")
R("d","age","2027-03-01","YP DOB 12/09/2011 - pathway plan start?",("age","2011-09-12",(15,6)),"PATHWAY")
R("t","age","2025-12-10","lad in care dob 29/6/2010 when does pathway plan start",("age","2010-06-29",(15,6)),"PATHWAY")
R("s","age","2027-05-20","Our young person (DOB 29/02/2012) came into care on 03/05/27 aged 15. The first LAC review is in June. When should the pathway plan be started?",("age","2012-02-29",(15,6)),"PATHWAY")
R("i","age","2026-02-20","The girl's DOB is 29/02/2016. From what date should she be offered someone to support her to attend child protection conferences?",("age","2016-02-29",(12,0)),"ADVOCATE")
R("m","age","2025-12-30","Child DOB 05/01/2014, ICPC 06/01/26. From what date is he old enough that an advocate should have been offered?",("age","2014-01-05",(12,0)),"ADVOCATE")
R("n","age","2026-01-20","A child born on 29/02/2020 is about to enter PLO. When does she turn 6 for the adoption allocation rule?",("age","2020-02-29",(6,0)),"ADOPT6")
R("d","age","2027-04-14","kid DOB 16/04/2021, PLO starting 19/04/27 - still under 6 for adoption SW/family finder? when's 6th bday",("age","2021-04-16",(6,0)),"ADOPT6")

# ---------------- choice ----------------
R("d","choice","2026-03-03","conf 03/03/26 - what's due next?",[("d","2026-03-03",10),("d","2026-03-03",20)],"CG CINDEPLAN",labels=["if a CP plan was made: first core group","if de-planned: first CIN meeting"])
R("t","choice","2025-12-15","assesment started 15/12/25 whens it due",[("wd","2025-12-15",15),("d","2025-12-15",45)],"TLREV COMP45",labels=["Team Leader review","assessment completion"])
R("n","choice","2027-04-01","A child was placed with foster carers today, 1 April 2027. When does the meeting need to happen?",[("wd","2027-04-01",3),("wd","2027-04-01",20)],"PLMEET LACREV1",labels=["placement meeting","initial Looked After Review"])
R("i","choice","2026-05-01","We had the first session with the parents and their solicitor yesterday. There's a referral I'm meant to make within a few days of it - when is it due?",[("wd","2026-04-30",3),("wd","2026-04-30",3)],"FGC VIAB",labels=["FGC referral","viability assessment request"])
R("s","choice","2025-08-20","The conference for the Zorblax children is on Tuesday 2 September 2025. Mum has a hospital appointment on the 1st so I want everything done early. When does the chair need my report?",[("wdb","2025-09-02",3),("db","2025-09-02",3)],"CHAIRREP RCPCCHAIR",labels=["if initial conference","if review conference"])
R("m","choice","2026-12-30","IRO challenge raised 23/12/26 - what's the deadline?",[("wd","2026-12-23",5),("wd","2026-12-23",20)],"IROINF IRODISP",labels=["informal challenge to be resolved","formal dispute to be completed"])
R("t","choice","2027-12-20","child placed 20/12/27 what plan is due and when",[("wd","2027-12-20",5),("d","2027-12-20",10)],"PLPLAN CAREPLAN",labels=["updated placement plan to carers","care plan on the system"])
R("d","choice","2026-04-02","emergency LAC 02/04/26 - assessment due?",[("wd","2026-04-02",20),("wd","2026-04-02",20)],"EMERG IHA",labels=["needs assessment (emergency admission)","initial health assessment"])

# ---------------- none ----------------
R("d","none","2026-01-06","ICPC 06/01/26 - 1st RCPC due?",None,"N_NEXTCONF",why="the chair sets the date of the next conference")
R("n","none","2025-12-03","The first Looked After Review was on 03/12/25. When does the second review need to happen?",None,"N_SECONDREV",why="only the initial review (20 working days) is timed")
R("t","none","2027-03-03","last supervison with my TL was 3/3/27 when should the next one be",None,"N_SUPERVISION",why="refers to the supervision policy, no frequency given")
R("i","none","2026-08-20","We had the final care planning meeting agreeing adoption on 20/08/26. How many days do we have to hold the meeting with the decision maker about whether the child should be placed for adoption?",None,"N_SHOPBA",why="SHOPBA is only placed between the final care planning meeting and IRH filing")
R("s","none","2025-05-07","A 14-year-old in our care went missing on 03/05/25 and came back on 05/05/25. When does the return home interview need to be done by?",None,"N_MISSING",why="no return home interview timescale")
R("m","none","2027-08-02","Adoption Order granted 12/07/27. By when should the Later Life Letter be done?",None,"N_LLL",why="no timescale for the Later Life Letter")
R("d","none","2026-10-01","S47 started 28/09/26 - S47 outcome due by?",None,"N_S47OUT",why="no completion timescale for the S47 itself (only seen same day and 5-day progress discussion)")
R("n","none","2025-12-17","How often does a pathway plan have to be reviewed? The young person's was last reviewed on 17/12/25.",None,"N_PATHREV",why="reviewed by the IRO as part of the statutory review, no frequency given")
R("t","none","2026-04-20","whens the next core group due, last one was 20/4/26",None,"N_CORE",why="only the first core group (10 days) is timed")



def build():
    out = []
    for r in ROWS:
        row = {"q": r["q"], "today": r["today"]}
        if r["kind"] == "none":
            due, count = None, "none: the standards set no timescale for this; " + r.get("why", "")
        elif r["kind"] == "choice":
            parts = [compute(*o) + (lab,) for o, lab in zip(r["ops"], r["labels"])]
            due = min(p[0] for p in parts)
            count = "; OR ".join(f"{lab}: {c}" for _, c, lab in parts) + f"; due = earlier = {due.isoformat()}"
        else:
            due, count = compute(*r["op"])
        row["due"] = due.isoformat() if due else None
        row["expect_any"] = [P[k] for k in r["keys"]]
        row["count"] = count.rstrip("; ")
        row["voice"] = r["voice"]
        row["kind"] = r["kind"]
        if r.get("amb"): row["ambiguous"] = r["amb"]
        out.append(row)
    return out


def check(path):
    src = open(SOURCE, encoding="utf-8").read()
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    bad = 0
    for i, r in enumerate(rows, 1):
        for ph in r["expect_any"]:
            if ph not in src or len(ph.split()) < 6:
                print("PHRASE FAIL", i, ph); bad += 1
        dt.date.fromisoformat(r["today"])
        assert r["voice"] in {"duty", "typos", "scenario", "indirect", "newstarter", "manager"}
        assert r["kind"] in {"date", "visits", "age", "choice", "none"}
        assert (r["due"] is None) == (r["kind"] == "none")
        if r["kind"] == "choice": assert len(r["expect_any"]) >= 2, i
    ex = build()
    assert [x["due"] for x in ex] == [x["due"] for x in rows], "due mismatch with oracle"
    print("rows", len(rows), "phrase failures", bad)
    print("kinds", dict(Counter(r["kind"] for r in rows)))
    print("voices", dict(Counter(r["voice"] for r in rows)))
    yrs = Counter(r["today"][:4] for r in rows); print("today years", dict(yrs))
    return bad == 0


if __name__ == "__main__":
    _check_holidays()
    path = os.path.join(HERE, "questions.jsonl")
    if "--check-only" not in sys.argv:
        with open(path, "w", encoding="utf-8") as f:
            for row in build():
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    ok = check(path)
    sys.exit(0 if ok else 1)
