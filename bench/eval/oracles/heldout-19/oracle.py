#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (standard library only).
Computes `due` and `count` for every row from a structured description and writes questions.jsonl.
Run: python3 oracle.py  (writes questions.jsonl next to this file, then runs checks)."""
import datetime as dt, json, os, re, sys, calendar
from collections import Counter

D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"

# England and Wales bank holidays 2024-2028, typed by hand (substitute days included).
BANK_HOLIDAYS = {
    # 2024
    D(2024,1,1), D(2024,3,29), D(2024,4,1), D(2024,5,6), D(2024,5,27), D(2024,8,26), D(2024,12,25), D(2024,12,26),
    # 2025
    D(2025,1,1), D(2025,4,18), D(2025,4,21), D(2025,5,5), D(2025,5,26), D(2025,8,25), D(2025,12,25), D(2025,12,26),
    # 2026 (Boxing Day Sat -> Mon 28 Dec substitute)
    D(2026,1,1), D(2026,4,3), D(2026,4,6), D(2026,5,4), D(2026,5,25), D(2026,8,31), D(2026,12,25), D(2026,12,28),
    # 2027 (Christmas Sat -> Mon 27, Boxing Day Sun -> Tue 28)
    D(2027,1,1), D(2027,3,26), D(2027,3,29), D(2027,5,3), D(2027,5,31), D(2027,8,30), D(2027,12,27), D(2027,12,28),
    # 2028 (New Year Sat -> Mon 3 Jan)
    D(2028,1,3), D(2028,4,14), D(2028,4,17), D(2028,5,1), D(2028,5,29), D(2028,8,28), D(2028,12,25), D(2028,12,26),
}
DOW = ["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]

def fmt(d): return f"{d.isoformat()} ({DOW[d.weekday()]})"
def is_wd(d): return d.weekday() < 5 and d not in BANK_HOLIDAYS

def wd_after(start, n):
    d, k, skipped = start, 0, []
    while k < n:
        d += dt.timedelta(days=1)
        if is_wd(d): k += 1
        elif d in BANK_HOLIDAYS and d.weekday() < 5: skipped.append(d)
    return d, skipped

def wd_before(start, n):
    d, k, skipped = start, 0, []
    while k < n:
        d -= dt.timedelta(days=1)
        if is_wd(d): k += 1
        elif d in BANK_HOLIDAYS and d.weekday() < 5: skipped.append(d)
    return d, skipped

def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    last = calendar.monthrange(y, m)[1]
    return D(y, m, min(d.day, last)), d.day > last

def resolve(s, today):
    """ISO date, or a relative phrase read against `today`."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s): return D.fromisoformat(s)
    if s == "today": return today
    if s == "yesterday": return today - dt.timedelta(days=1)
    if s == "tomorrow": return today + dt.timedelta(days=1)
    m = re.fullmatch(r"last (\w{3})", s)          # the named weekday of the previous week
    if m:
        wd = DOW.index(m.group(1))
        assert wd >= today.weekday(), f"'last {m.group(1)}' would be ambiguous on a {DOW[today.weekday()]}"
        return today - dt.timedelta(days=today.weekday() - wd + 7)
    m = re.fullmatch(r"this (\w{3})", s)          # earlier this week
    if m:
        wd = DOW.index(m.group(1)); assert wd < today.weekday()
        return today - dt.timedelta(days=today.weekday() - wd)
    raise ValueError(s)

def compute(calc, today):
    op, start, *args = calc
    s = resolve(start, today)
    note = "" if is_wd(s) else (" (start is a " + ("bank holiday" if s in BANK_HOLIDAYS else "weekend day") + "; counting from it)")
    if op == "wd":
        due, sk = wd_after(s, args[0])
        txt = f"{args[0]} working day{'s' if args[0]>1 else ''} after {fmt(s)}{note} -> {fmt(due)}"
        if sk: txt += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
    elif op == "wdb":
        due, sk = wd_before(s, args[0])
        txt = f"{args[0]} working days before {fmt(s)} -> {fmt(due)}"
        if sk: txt += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
    elif op == "d":
        due = s + dt.timedelta(days=args[0]); txt = f"{args[0]} calendar days after {fmt(s)} -> {fmt(due)}"
    elif op == "db":
        due = s - dt.timedelta(days=args[0]); txt = f"{args[0]} calendar days before {fmt(s)} -> {fmt(due)}"
    elif op == "w":
        due = s + dt.timedelta(days=7*args[0]); txt = f"{args[0]} week{'s' if args[0]>1 else ''} ({7*args[0]} days) after {fmt(s)} -> {fmt(due)}"
    elif op == "same":
        due = s; txt = f"same day as {fmt(s)}"
    elif op == "m":
        due, clamped = add_months(s, args[0]); txt = f"{args[0]} months after {fmt(s)} -> {fmt(due)}"
        if clamped: txt += " (no such day in that month; last day of month used)"
    elif op == "age":
        years, months = args
        y, mo = s.year + years + (s.month - 1 + months) // 12, (s.month - 1 + months) % 12 + 1
        if s.month == 2 and s.day == 29 and mo == 2 and not calendar.isleap(y):
            due = D(y, 3, 1); extra = " (29 Feb birthday in a non-leap year: 1 March used)"
        else:
            assert s.day <= calendar.monthrange(y, mo)[1], "avoid clamped birthdays"
            due = D(y, mo, s.day); extra = ""
        txt = f"born {fmt(s)}; turns {years} years{f' {months} months' if months else ''} on {fmt(due)}{extra}"
    else:
        raise ValueError(op)
    if "(start" in txt: pass
    return due, txt

# ================================================================ row descriptions
# ---------------------------------------------------------------- phrases (verbatim from the source)
P = {
 "fd": "are required by a Team Leader within 1 working day",
 "init": "Initial decisions will be made about the action required within 1 working day",
 "ref": "Referrals will be actioned by a social worker within 1 working day",
 "s47seen": "the child / children will be seen by the Social Worker the same day",
 "s47prog": "Within 5 days of the Section 47 being initiated",
 "alloc": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 "tlrev": "All assessments will be reviewed by the Team Leader within 15 working days",
 "ass45": "Assessments must all be completed within 45 days",
 "strat1": "this must happen within 1 working day and should be chaired by a social work manager",
 "strat24": "A strategy discussion within 24 hours involving all relevant agencies is undertaken",
 "notice": "giving at least 5 days’ notice",
 "jointv": "Within the 5 days’ notice period, the Children’s First Response Social Worker and the allocated Neighbourhood Team Social Worker will complete a joint visit",
 "icpc": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 "repfam": "The report will be shared with family at least 3 the days prior to conference",
 "repchair": "The report will be sent to the child protection chair 3 working days before the conference",
 "advocate": "if they are 12 or over they should be offered an advocate",
 "cg": "held within 10 days of the conference and is used to put detail on the outline CP plan",
 "cpvis": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 "cphome": "A statutory CP visit must not be recorded on the child’s file unless the child was seen at home",
 "rcpcpar": "This report must be shared with parents at least 3 days prior to the review conference",
 "rcpcchair": "The report will be available to the conference chair at least 3 days prior to the review conference",
 "ptt": "when they have been subject to a plan for 12 months",
 "plo1": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 "fgc": "Referral should be made within 3 working days of the first PLO meeting",
 "viab": "made to Family Placement Team within 3 working days of the initial PLO meeting",
 "plomin": "distributed to parents and their legal representation within 7 days of the meeting",
 "plorev": "Review PLO meetings with parents to be held every 4-6 weeks",
 "rlpm": "A review legal planning meeting will be held at 12 weeks",
 "plo4": "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
 "lg16": "a Legal Gateway meeting will be convened at 16 weeks with Strategic Lead oversight",
 "cin20": "will set the first CIN meeting within 20 days",
 "cin10": "When a case transfers from Trafford Childrens First Response the initial CIN meeting must take place within 10 days",
 "cinrev": "CIN review meetings will be held at least every 6 weeks",
 "cinvis": "A child subject to a CIN plan will be seen at least every 6 weeks",
 "cinhome": "The visit can only be recorded as a CIN visit on the child’s case file if they have been seen at home",
 "emerg": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 "cicvisit": "The child will be visited within 1 working day of coming into care or having a change in placement",
 "lacseen": "All looked after children will be seen within 1 working day of placement",
 "plmtg": "The placement meeting will be held within 3 working days",
 "plplan": "an updated copy given to the carers within 5 working days of the placement beginning",
 "ft8": "reviewed at least every 8 week until the plan for permanence is agreed",
 "pack": "coming into care pack, children rights leaflet within 3 weeks",
 "legal5": "informed of the child’s legal status within 5 working days",
 "iha": "An initial health assessment will be requested and carried out within 20 working days",
 "pep": "A PEP meeting will be arranged within the school within 20 days",
 "lacweekly": "Statutory looked after visits must happen weekly until the first looked after review",
 "lac6": "a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 "lac12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 "careplan": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 "lacrev": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 "pathway": "A pathway plan will be started when the young person is 15 years 6 months",
 "iroreport": "this will be with the IRO 3 days before the review",
 "iro5": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 "iro20": "The formal dispute resolution process should be completed from start to finish within 20 working days",
 "adopt6": "If a child under the age of 6 enters PLO or proceedings",
 "adoptao": "Once the children have been in placement with the adopter for 10 weeks",
 "adoptwk": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 "adopt6wk": "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 "fcvis": "Trafford foster carers are visited at least once every six weeks",
 "fcrec": "a record of this visit is recorded on LCS within 3 working days",
 "fcunann": "will have an unannounced visit at least once every 12 months",
 "fcannual": "All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
 "fcpanel": "will have an annual review presented to the Fostering Panel at least every three years",
 "fcdbs": "updated statutory references, medicals and DBS checks at least every three years",
 "fctrain": "must update their core training at least every three years",
 "vary": "This can only be given for up to 6 working days",
 "temp": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 "temp16": "Temporary approval is for 16 weeks but",
 "temp8": "can be extended for a further 8 weeks",
 "rec3": "any event or contact is recorded within 3 days",
 "summary": "A clear and concise case file summary which has been updated within the last 3 months",
 "ass12": "An up to date assessment (within the last 12 months) on each child",
 # for `none` rows: the sentence that covers the topic without setting a timescale
 "n_rcpc": "The child protection chair will set the date of the next conference",
 "n_sup": "which takes place in line with the supervision policy",
 "n_2nd": "At the point of the second review (if not in proceedings) the child must have a permanency plan",
 "n_shopba": "This needs to take place after the area teams final care planning meeting",
 "n_eh": "Initial decisions will be made about the action required by an Early Help Team Leader",
 "n_life": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
 "n_support": "a Support Meeting will be held and chaired by the Team Leader to look at ways of sustaining the placement",
 "n_swet": "the timescales for filing SWET and additional supporting documents will be agreed at the Legal Gateway meeting",
 "n_iro": "The IRO will contact the child between reviews to ensure the progress of the plan",
 "n_ff": "a referral should be made to Family Focus by emailing the team",
}

ROWS = []
def R(voice, kind, q, today, calc, p, amb=None, why=None, labels=None):
    v = {"D":"duty","T":"typos","S":"scenario","I":"indirect","N":"newstarter","M":"manager"}[voice]
    ROWS.append(dict(voice=v, kind=kind, q=q, today=today, calc=calc, p=p, amb=amb, why=why, labels=labels))
def Dt(voice, q, today, calc, p, amb=None): R(voice, "date", q, today, calc, p, amb)
def V(voice, q, today, calc, p, amb=None): R(voice, "visits", q, today, calc, p, amb)
def A(voice, q, today, calc, p, amb=None): R(voice, "age", q, today, calc, p, amb)

STRAT_AMB = "The S47 section says a strategy discussion 'within 24 hours', which read literally could give an earlier time than 1 working day."

# ---------------------------------------------------------------- Front Door
Dt("D", "contact in fri 24/4/26 pm, TL screening decision due by?", "2026-04-24", ("wd","2026-04-24",1), ["fd"])
Dt("T", "contact came in on thurs 24th dec when does the TL need to of screend it by", "2026-12-24", ("wd","2026-12-24",1), ["fd"])
Dt("I", "new contact landed with us on 2/4/26, how long has a manager got to look at it and decide what we're doing?", "2026-04-02", ("wd","2026-04-02",1), ["fd","init"])
Dt("M", "Contact received 31/12/25, screening decision recorded 05/01/26. In timescale?", "2026-01-12", ("wd","2025-12-31",1), ["fd"])
Dt("N", "Hi, sorry if this is basic - a referral came through to me on Friday 22 August 2025. By when should a social worker have actioned it?", "2025-08-22", ("wd","2025-08-22",1), ["ref"])
Dt("S", "A health visitor's referral about a baby with a head injury came in on 23 December 2025, the day before I go on leave (back 2 January). The baby's first birthday is 28 December. By when does a social worker need to have actioned the referral?", "2025-12-23", ("wd","2025-12-23",1), ["ref"])
Dt("S", "School rang in on Thursday 7 May 2026 about bruising on a 4 year old; mum says there was a row at her partner's birthday on the 5th. It's come through at level 5. When does the TL initial decision need to be made by?", "2026-05-07", ("wd","2026-05-07",1), ["init","fd"])
Dt("N", "If a referral is going to be a Section 47, when does the child need to be seen? The referral came in today.", "2026-03-16", ("same","today"), ["s47seen"])
Dt("T", "s47 refferal came in today, how long have i got to see the children??", "2027-05-04", ("same","today"), ["s47seen"])
Dt("D", "s47 initiated 18/12/25, SW/TL progress discussion by?", "2025-12-19", ("d","2025-12-18",5), ["s47prog"])
Dt("M", "S47 started 27/03/26; progress discussion with manager took place 02/04/26. Within timescale?", "2026-04-08", ("d","2026-03-27",5), ["s47prog"])
Dt("I", "we started the child protection enquiries on 28th Aug 2026 - when do I have to sit down with my manager to go over how the enquiries are going?", "2026-08-28", ("d","2026-08-28",5), ["s47prog"])
Dt("T", "case needs allocatin for C&F assesment, decison was 22.12.25 when does it have to be allocated by", "2025-12-22", ("wd","2025-12-22",3), ["alloc"])
Dt("N", "Could you tell me when a case has to be allocated to a worker for a Child and Family Assessment? The referral was accepted on Wednesday 16 April 2025.", "2025-04-16", ("wd","2025-04-16",3), ["alloc"])
Dt("D", "alloc for CAFA - ref accepted fri 28/5/27, alloc by?", "2027-05-28", ("wd","2027-05-28",3), ["alloc"])
Dt("S", "I started a C&F assessment on 1 April 2026 for a family where dad was released from prison on 20 March. My TL wants to do the formal review at the right point. When's that review due?", "2026-04-01", ("wd","2026-04-01",15), ["tlrev"])
Dt("M", "Assessment started 08/12/2025, TL review recorded 06/01/2026. Was the TL review on time?", "2026-01-20", ("wd","2025-12-08",15), ["tlrev"])
Dt("I", "How long after I start looking at a family's needs does my team leader have to have gone through my work so far? I started on 19th December 2025.", "2025-12-19", ("wd","2025-12-19",15), ["tlrev"], "A reader could take 'gone through my work' as the 45-day completion rather than the 15 working day Team Leader review.")
Dt("T", "assesment startd 27/8/25 when does tl have to reveiw it", "2025-08-28", ("wd","2025-08-27",15), ["tlrev"])
Dt("D", "CAFA started 10/11/25, due?", "2025-11-20", ("d","2025-11-10",45), ["ass45"])
Dt("T", "c&f assessmnt started 13.2.26 when is it due to be finsihed", "2026-02-20", ("d","2026-02-13",45), ["ass45"])
Dt("S", "Family moved into the area on 2 March 2026 and we took the referral on 9 March; the assessment started the same day. Baby's due date is 20 April. When does the assessment have to be completed?", "2026-03-10", ("d","2026-03-09",45), ["ass45"])
Dt("N", "Hello! How many days do we have to complete an assessment? Mine started on 1st November 2026 so I'd like to know the actual date.", "2026-11-02", ("d","2026-11-01",45), ["ass45"])
Dt("M", "C&F assessment commenced 20/11/2026, authorised 06/01/2027 - out of timescale?", "2027-01-08", ("d","2026-11-20",45), ["ass45"])
Dt("I", "I started looking into this family's needs on 15 July 2027 - what's the latest I can finish the full write-up?", "2027-07-16", ("d","2027-07-15",45), ["ass45"])
Dt("D", "mgr decided strat needed fri 19/12/25, strat by?", "2025-12-19", ("wd","2025-12-19",1), ["strat1"], STRAT_AMB)
Dt("T", "tl said we need a strat discusion on thurs 1st april 2027? when does it have to happen by", "2027-04-01", ("wd","2027-04-01",1), ["strat1"], STRAT_AMB)
Dt("I", "My manager has just decided we need police, health and school together to talk about the child's safety - decision was made today (Fri 29 Aug 2025). When does that conversation have to take place by?", "2025-08-29", ("wd","2025-08-29",1), ["strat1","strat24"], STRAT_AMB)
Dt("N", "We're moving a case from the front door to a Neighbourhood Team. If CFR emails the team on Monday 4 January 2027, by when do the two social workers need to have done the joint visit to the family?", "2027-01-04", ("d","2027-01-04",5), ["jointv","notice"], "The joint visit must fall within the 5 days' notice period; a reader could count the period ending on day 4 (the day before transfer) rather than day 5.")
Dt("I", "CFR emailed the NT on 21/04/2025 to say a case is coming over - when is the earliest the case can actually move across?", "2025-04-21", ("d","2025-04-21",5), ["notice"], "'At least 5 days' notice' could be read as the transfer happening on day 5 or only from day 6.")
# ---------------------------------------------------------------- S47 / ICPC
Dt("D", "strat 19/12/25 icpc by?", "2025-12-19", ("wd","2025-12-19",15), ["icpc"])
Dt("T", "strat was 27/3/26 when's the icpc need to be by", "2026-03-30", ("wd","2026-03-27",15), ["icpc"])
Dt("S", "We had the strategy meeting on 23 April 2025 after the nursery reported marks on the baby. The S47 concluded on 2 May and we're going to conference. Mum turns 18 on 10 May. When does the ICPC need to be held by?", "2025-05-02", ("wd","2025-04-23",15), ["icpc"])
Dt("I", "When's the latest the first big multi-agency meeting to decide whether the child needs a protection plan can be held, if the police/health/social care discussion was on 11 August 2026?", "2026-08-12", ("wd","2026-08-11",15), ["icpc"])
Dt("M", "Strat held 02/01/2026, ICPC held 20/01/2026 - was that in timescale?", "2026-01-26", ("wd","2026-01-02",15), ["icpc"])
Dt("N", "I've never arranged an ICPC before. The strategy discussion was on Tuesday 14 December 2027 - when does the initial conference have to happen by?", "2027-12-15", ("wd","2027-12-14",15), ["icpc"])
Dt("D", "strat yesterday, ICPC deadline?", "2026-05-22", ("wd","yesterday",15), ["icpc"])
Dt("T", "initial strat discusion was sat 5th dec (out of hours) icpc when", "2026-12-07", ("wd","2026-12-05",15), ["icpc"])
Dt("M", "ICPC 26/08/2025, strat 06/08/2025. OK?", "2025-09-01", ("wd","2025-08-06",15), ["icpc"])
Dt("N", "How far ahead do I need to share my conference report with the family? The ICPC is on Monday 12 January 2026.", "2026-01-05", ("db","2026-01-12",3), ["repfam"])
Dt("I", "The parents need to see what I've written before the first child protection meeting, which is on Tuesday 6/4/27 - what's the latest I can go through it with them?", "2027-03-25", ("db","2027-04-06",3), ["repfam"])
Dt("D", "icpc tues 7/4/26 - report to chair by?", "2026-03-25", ("wdb","2026-04-07",3), ["repchair"])
Dt("T", "icpc is on the 4th jan 2027 when does my reprot go to the chair", "2026-12-18", ("wdb","2027-01-04",3), ["repchair"])
Dt("M", "ICPC 02/06/2025. Report received by chair 29/05/2025. Was it in time?", "2025-06-03", ("wdb","2025-06-02",3), ["repchair"])
Dt("S", "Conference is Wednesday 2 September 2026. I'm on annual leave 24-26 August and the bank holiday is the 31st. My TL has to sign the report off first. What's the deadline for it reaching the chair?", "2026-08-20", ("wdb","2026-09-02",3), ["repchair"])
# ---------------------------------------------------------------- CP plans, core groups, visits, reviews
Dt("D", "icpc 19/12/25 first CG by?", "2025-12-19", ("d","2025-12-19",10), ["cg"])
Dt("T", "first core goup after confrence on 22/12/26 - when by", "2026-12-22", ("d","2026-12-22",10), ["cg"])
Dt("I", "The child was put on a protection plan at the meeting on 27 March 2026 - when do the family and professionals need to get together to flesh out the plan?", "2026-03-27", ("d","2026-03-27",10), ["cg"])
Dt("N", "Could you let me know when the first core group must be held? The initial conference was on Thursday 20 May 2027.", "2027-05-21", ("d","2027-05-20",10), ["cg"])
Dt("M", "ICPC held 14/04/2025, first core group 25/04/2025 - compliant?", "2025-04-28", ("d","2025-04-14",10), ["cg"])
Dt("S", "ICPC was 3 August 2026. Baby was born on 28 July and mum is still on the postnatal ward; the chair has set the review conference for October. When does the first core group have to be?", "2026-08-04", ("d","2026-08-03",10), ["cg"])
V("D", "CP visit last done 22/12/25, next by?", "2025-12-23", ("w","2025-12-22",4), ["cpvis"])
V("T", "last seen the kid on cp plan 30th march, when next visit", "2026-04-10", ("w","2026-03-30",4), ["cpvis"])
V("I", "I last saw the little one at home on 1 May 2026 - she's on a protection plan. How long until I have to be back out?", "2026-05-05", ("w","2026-05-01",4), ["cpvis"])
V("M", "CP visits on file 05/08/2025 then 04/09/2025. When was the second one due?", "2025-09-10", ("w","2025-08-05",4), ["cpvis"])
V("S", "I saw the children at school on 10 December 2026, but the last time I saw them at home was 26 November 2026. They're on CP plans. When's the next statutory visit due?", "2026-12-11", ("w","2026-11-26",4), ["cpvis","cphome"], "If the school sighting were (wrongly) counted as a visit the date would be 7 January 2027.")
V("N", "Hi, how often do I need to visit a child on a child protection plan? My last visit was 17 December 2027 - what date is the next one due?", "2027-12-20", ("w","2027-12-17",4), ["cpvis"])
Dt("D", "RCPC 15/6/26, report to parents by?", "2026-06-08", ("db","2026-06-15",3), ["rcpcpar"])
Dt("I", "The follow-up child protection meeting is on Monday 4 January 2027 - when must mum and dad have seen my update?", "2026-12-21", ("db","2027-01-04",3), ["rcpcpar"])
Dt("T", "review confrence 3/9/25 when do i share report with parnets", "2025-08-26", ("db","2025-09-03",3), ["rcpcpar"])
Dt("M", "RCPC 20/04/2026; plan update available to chair 18/04/2026. Compliant?", "2026-04-21", ("db","2026-04-20",3), ["rcpcchair"])
Dt("N", "When does my plan update need to be available to the conference chair for a review conference on 30 December 2025?", "2025-12-15", ("db","2025-12-30",3), ["rcpcchair"])
Dt("S", "The twins went on CP plans on 17 March 2025 and there's been limited change; the last review conference was 2 March 2026. When do we reach the point where a professional thinking time meeting should be held?", "2026-03-03", ("m","2025-03-17",12), ["ptt"])
Dt("I", "Child's been on a protection plan since 31/01/2026 with not much progress - at what date should we hold the meeting where professionals rethink how we work with the family?", "2026-11-02", ("m","2026-01-31",12), ["ptt"])
# ---------------------------------------------------------------- PLO
Dt("D", "PLO letter dated 19/12/25, 1st PLO mtg by?", "2025-12-19", ("d","2025-12-19",10), ["plo1"])
Dt("T", "plo leter went out dated 27.3.26 when do we need the first meeting by", "2026-03-27", ("d","2026-03-27",10), ["plo1"])
Dt("I", "The letter telling the parents we're considering court is dated 21 May 2027 - when must we have met them and their solicitor?", "2027-05-21", ("d","2027-05-21",10), ["plo1"])
Dt("M", "PLO letter dated 02/02/2026, first PLO meeting 13/02/2026. In timescale?", "2026-02-16", ("d","2026-02-02",10), ["plo1"])
Dt("S", "Legal Gateway on 5 August 2025 agreed PLO. The letter went out dated 8 August. Dad says his solicitor can't do anything until September. When should the first meeting be held by?", "2025-08-11", ("d","2025-08-08",10), ["plo1"])
Dt("N", "Hi - our PLO letter was dated Wednesday 16 December 2026. When does the first PLO meeting need to happen?", "2026-12-16", ("d","2026-12-16",10), ["plo1"])
Dt("D", "1st PLO mtg 23/12/25, FGC referral by?", "2025-12-23", ("wd","2025-12-23",3), ["fgc"])
Dt("T", "first plo meetin was thur 2nd april 2026 fgc refferal when", "2026-04-02", ("wd","2026-04-02",3), ["fgc"])
Dt("I", "Parents agreed at the first pre-proceedings meeting (28 April 2027) to a family meeting to make their own plan. When does the referral for that have to go in?", "2027-04-28", ("wd","2027-04-28",3), ["fgc"])
Dt("N", "Grandma was put forward as a possible carer at the first PLO meeting on Friday 22 May 2026. When do I need to send the viability screening request to the Family Placement Team?", "2026-05-22", ("wd","2026-05-22",3), ["viab"])
Dt("M", "Initial PLO meeting 18/08/2025, viability request to FPT sent 22/08/2025 - in time?", "2025-08-26", ("wd","2025-08-18",3), ["viab"])
Dt("S", "At the initial PLO meeting on 24 Dec 2026 mum named her sister and an aunt as potential carers. The FGC is booked for 15 January. When does the viability screening request have to go to FPT?", "2026-12-24", ("wd","2026-12-24",3), ["viab"], "The standard also allows 'immediately following Family Group Conference', so a reader could answer 15 January 2027.")
Dt("D", "PLO mtg 29/12/25, mins out by?", "2025-12-29", ("d","2025-12-29",7), ["plomin"])
Dt("T", "plo minuts from the meeting on 31st aug 2026 when do they need to go to the parents soliciter", "2026-09-01", ("d","2026-08-31",7), ["plomin"])
Dt("I", "We met the parents and their lawyer under pre-proceedings on 14.4.2025 - when must the written record of what was agreed reach them?", "2025-04-15", ("d","2025-04-14",7), ["plomin"])
V("N", "The last review PLO meeting was on 9 March 2026 - when should the next one be held by at the latest?", "2026-03-10", ("w","2026-03-09",6), ["plorev"], "The standard says every 4-6 weeks; the earliest point would be 4 weeks (6 April 2026).")
V("D", "rev PLO mtg 17/12/25, next one latest?", "2025-12-18", ("w","2025-12-17",6), ["plorev"], "The standard says every 4-6 weeks; 4 weeks would give 14 January 2026.")
Dt("S", "PLO started with the first meeting on 12 January 2026 and the review PLO meetings are monthly. When is the 12 week review legal planning meeting?", "2026-02-02", ("w","2026-01-12",12), ["rlpm"], "The standards do not say what the 12 weeks run from; counting from the PLO letter date would give a different date.")
Dt("M", "Case entered PLO 01/09/2025 (date of the letter). Review legal planning meeting held 01/12/2025. Should it have been earlier?", "2025-12-02", ("w","2025-09-01",12), ["rlpm"], "The standards do not say what the 12 weeks run from (letter or first meeting).")
Dt("D", "PLO start 3/11/25 - LG at 16wks when?", "2025-11-04", ("w","2025-11-03",16), ["lg16"], "The standards do not say what the 16 weeks run from; the letter date is assumed.")
Dt("I", "We've been in the pre-court process with this family since 15 April 2027. When does it have to go back to the legal meeting with the Strategic Lead if nothing changes?", "2027-05-03", ("w","2027-04-15",16), ["lg16"], "The standards do not say what the 16 weeks run from; the stated start of PLO is assumed.")
Dt("N", "At the review legal planning meeting on 6 July 2026 they agreed an exceptional extra period in PLO. How long is that, and when does it end?", "2026-07-07", ("w","2026-07-06",4), ["plo4"], "The extension could be read as running from the end of the 12 weeks rather than from the meeting date.")
# ---------------------------------------------------------------- CIN
Dt("D", "deplanned at RCPC 11/12/25 - 1st CIN mtg by?", "2025-12-11", ("d","2025-12-11",20), ["cin20"])
Dt("T", "child come off cp plan at confrence 16/3/26 when is first cin meeting", "2026-03-16", ("d","2026-03-16",20), ["cin20"])
Dt("I", "The child's protection plan was ended at the meeting on 22 July 2027 - when must the first meeting under the new support plan happen?", "2027-07-23", ("d","2027-07-22",20), ["cin20"])
Dt("M", "De-planned at RCPC 05/01/2026, first CIN meeting held 27/01/2026. Compliant?", "2026-01-28", ("d","2026-01-05",20), ["cin20"])
Dt("N", "A case has just transferred to my Neighbourhood Team from Children's First Response, on 29 April 2026. When does the initial CIN meeting need to be?", "2026-04-29", ("d","2026-04-29",10), ["cin10"])
Dt("S", "The C&F assessment was authorised on 10 December 2025 and the case transferred from CFR to us on 18 December 2025. School goes back on 5 January. When's the initial CIN meeting due?", "2025-12-18", ("d","2025-12-18",10), ["cin10"])
Dt("T", "case tranfered from front door 24/8/26 - inital cin meeting by when", "2026-08-25", ("d","2026-08-24",10), ["cin10"])
V("D", "CIN rev 17/12/25, next by?", "2025-12-18", ("w","2025-12-17",6), ["cinrev"])
V("M", "CIN reviews held 02/03/2026 and 20/04/2026 - was the second on time?", "2026-04-22", ("w","2026-03-02",6), ["cinrev"])
V("I", "Last time everyone met to review the support plan for this family was 28 August 2026 - when's the next get-together due at the latest?", "2026-08-28", ("w","2026-08-28",6), ["cinrev"])
V("T", "cin vist last done 2/4/27 whens the next one", "2027-04-05", ("w","2027-04-02",6), ["cinvis"])
V("S", "I saw Pip Wobbleton (made-up name) at school on 20 May 2026 and at home on 1 May 2026. She's on a CIN plan. When is my next CIN visit due?", "2026-05-21", ("w","2026-05-01",6), ["cinvis","cinhome"], "If the school sighting were (wrongly) counted the date would be 1 July 2026.")
V("N", "How often should a child on a Child in Need plan be seen? My last home visit was 23 December 2025.", "2025-12-24", ("w","2025-12-23",6), ["cinvis"])
# ---------------------------------------------------------------- Children in care
Dt("D", "emergency LAC 24/12/25, assessment due?", "2025-12-24", ("wd","2025-12-24",20), ["emerg"])
Dt("S", "Police protection on Saturday 4 April 2026 (Easter weekend) and the child was accommodated in an emergency placement that night. Her brother's birthday is 10 April. When is the assessment of her needs due?", "2026-04-07", ("wd","2026-04-04",20), ["emerg"])
Dt("T", "kid came into care fri 21st aug 2026 when do i have to vist", "2026-08-21", ("wd","2026-08-21",1), ["cicvisit","lacseen"])
Dt("I", "A young person moved from one foster home to another on Wednesday 24 December 2025 - by when do I need to go and see him?", "2025-12-24", ("wd","2025-12-24",1), ["cicvisit"])
Dt("M", "Child became looked after 02/05/2025 (Fri). First visit 06/05/2025. In timescale?", "2025-05-12", ("wd","2025-05-02",1), ["cicvisit","lacseen"])
Dt("N", "A child was placed with foster carers on Thursday 31 December 2026. When does she need to be seen by?", "2026-12-31", ("wd","2026-12-31",1), ["lacseen","cicvisit"])
Dt("S", "Two siblings were placed with new carers on Friday 19 December 2025 after their mum was arrested on 17 December. The carers are away from 27 December. By when does the placement meeting need to be held?", "2025-12-19", ("wd","2025-12-19",3), ["plmtg"])
Dt("T", "placment started weds 1st april 2026, when do we need the placement meeting", "2026-04-01", ("wd","2026-04-01",3), ["plmtg"])
Dt("I", "A new foster placement began on 27 May 2027 - when do we all need to sit down to agree which decisions the carers can make day to day?", "2027-05-27", ("wd","2027-05-27",3), ["plmtg"])
Dt("N", "When do the carers need to be given the updated placement plan? The placement began on Monday 21 December 2026.", "2026-12-21", ("wd","2026-12-21",5), ["plplan"])
Dt("M", "Placement began 14/04/2025, updated placement plan to carers 22/04/2025. In time?", "2025-04-28", ("wd","2025-04-14",5), ["plplan"])
V("D", "FT arrangements last rev'd 08/12/25, next review by? no perm plan yet", "2025-12-09", ("w","2025-12-08",8), ["ft8"])
V("I", "We last looked at how often the children see mum and dad on 30 March 2026 - when do we need to look at it again? There's no permanence plan yet.", "2026-03-31", ("w","2026-03-30",8), ["ft8"])
Dt("T", "when does the coming into care pack have to be given, she came into care 12.12.25", "2025-12-15", ("w","2025-12-12",3), ["pack"])
Dt("S", "Ollie Quibblesworth (invented) came into care on 31 March 2027 after his nan went into hospital on 28 March. His IHA is booked. By when must he have his coming into care pack and rights leaflet?", "2027-04-01", ("w","2027-03-31",3), ["pack"])
Dt("D", "LAC from 22/05/26 - inform profs of legal status by?", "2026-05-22", ("wd","2026-05-22",5), ["legal5"])
Dt("I", "Child became looked after on 23/12/2026 - by when do the school, GP and the other agencies need to be told about his new status?", "2026-12-23", ("wd","2026-12-23",5), ["legal5"])
Dt("T", "IHA for child who came into care 18/12/25 - whens it due", "2025-12-18", ("wd","2025-12-18",20), ["iha"])
Dt("N", "How long do we have for the initial health assessment? My child became looked after on Friday 26 March 2027, which I think was Good Friday.", "2027-03-30", ("wd","2027-03-26",20), ["iha"])
Dt("M", "Child LAC 03/08/2026, IHA completed 01/09/2026. Timescale met?", "2026-09-02", ("wd","2026-08-03",20), ["iha"])
Dt("D", "PEP mtg - came into care 11/12/25, due?", "2025-12-11", ("d","2025-12-11",20), ["pep"], "The standard does not say what the 20 days run from; the date of coming into care is assumed.")
Dt("S", "He came into care on 1 August 2025 and moved schools on 1 September. When should his first PEP meeting be arranged by?", "2025-08-04", ("d","2025-08-01",20), ["pep"], "The standard does not say what the 20 days run from; counted from coming into care, not the school move.")
V("T", "lac vist weekly till first review - last visit was mon 22/12/25 when next", "2025-12-23", ("w","2025-12-22",1), ["lacweekly"])
V("M", "First LAC review 10/02/2026 (visit same day). Next visit 27/03/2026. Was that within timescale?", "2026-03-30", ("w","2026-02-10",6), ["lac6"])
V("S", "The child came into care on 5 January 2026 and her first LAC review is booked for 30 January. I visited on 14 January. When's the next statutory visit due?", "2026-01-15", ("w","2026-01-14",1), ["lacweekly"])
V("N", "After the first LAC review, how often do I need to visit? The review was on 8 April 2027 and I visited the same day.", "2027-04-08", ("w","2027-04-08",6), ["lac6"])
V("I", "He's been settled with the same long-term carers for nearly 3 years and the placement is confirmed as permanent. I saw him on 14 July 2025 - when do I need to see him next?", "2025-07-15", ("w","2025-07-14",12), ["lac12"])
V("D", "perm placement >12m, last stat visit 3/12/26 next by?", "2026-12-04", ("w","2026-12-03",12), ["lac12"])
Dt("T", "care plan on lcs after placemnt on 24/12/25 whens it due", "2025-12-24", ("d","2025-12-24",10), ["careplan"])
Dt("I", "When must the written plan for the child's time in care be on the system? She was placed on 10/4/26.", "2026-04-10", ("d","2026-04-10",10), ["careplan"])
Dt("D", "became LAC 19/12/25 initial LAC review by?", "2025-12-19", ("wd","2025-12-19",20), ["lacrev"])
Dt("M", "Child LAC 30/03/2026; initial review held 29/04/2026 - in timescale?", "2026-05-05", ("wd","2026-03-30",20), ["lacrev"])
Dt("S", "Twins came into care on 17 August 2027 under an EPO; the ICO hearing was on 24 August. When does their first LAC review need to be?", "2027-08-25", ("wd","2027-08-17",20), ["lacrev"])
Dt("N", "Could you help me work out the deadline for the first Looked After Review? The child became looked after on Thursday 30 April 2026.", "2026-04-30", ("wd","2026-04-30",20), ["lacrev"])
Dt("I", "A girl came into our care last Tuesday - when does the first statutory meeting chaired by the independent reviewing officer have to be?", "2027-12-20", ("wd","last Tue",20), ["lacrev"])
Dt("T", "lac review on 5/1/26 when do i need my report with the iro", "2025-12-22", ("db","2026-01-05",3), ["iroreport"])
Dt("S", "The LAC review is on 14 April 2027. The child turned 10 on 1 April and there was a placement move on 2 March. When does my written report need to be with the IRO?", "2027-04-07", ("db","2027-04-14",3), ["iroreport"])
Dt("I", "The independent reviewing officer's meeting for my child is on Tues 1 Sept 2026 - when must she have my written report?", "2026-08-24", ("db","2026-09-01",3), ["iroreport"])
# ---------------------------------------------------------------- IRO
Dt("N", "An IRO raised an informal challenge on my case on Monday 21 December 2026. When would it become a formal dispute if it isn't resolved?", "2026-12-21", ("wd","2026-12-21",5), ["iro5"])
Dt("M", "Formal dispute raised by IRO 01/04/2025, resolved 30/04/2025 - within timescale?", "2025-05-02", ("wd","2025-04-01",20), ["iro20"])
Dt("I", "The reviewing officer formally escalated her concerns about drift on 20 August 2027 - by when does the whole resolution process have to be finished?", "2027-08-20", ("wd","2027-08-20",20), ["iro20"])
Dt("S", "The IRO emailed me on 2 March 2026 with an informal challenge about delay in the permanence plan (the review itself was on 20 February). When does it become a formal dispute if we don't sort it?", "2026-03-02", ("wd","2026-03-02",5), ["iro5"])
# ---------------------------------------------------------------- Adoption
Dt("D", "placed w adopters 22/12/25, AO app from?", "2025-12-22", ("w","2025-12-22",10), ["adoptao"])
Dt("N", "The children moved in with their adopters on 4 May 2026. From what date can the adopters apply for the Adoption Order?", "2026-05-05", ("w","2026-05-04",10), ["adoptao"])
V("T", "adoptive placemnt, first lac review was 3/2/27, visited same day - when next", "2027-02-04", ("w","2027-02-03",6), ["adopt6wk"])
V("S", "Baby was placed with adopters on 9 December 2025 after introductions started on 1 December. First LAC review is on 8 January. I visited on 23 December. When's the next visit due?", "2025-12-23", ("w","2025-12-23",1), ["adoptwk"])
# ---------------------------------------------------------------- Fostering
V("D", "FC supervisory visit 19/12/25, next by?", "2025-12-19", ("w","2025-12-19",6), ["fcvis"])
V("I", "The supervising social worker last went out to see our carers on 6/7/26 - when should the next one be?", "2026-07-07", ("w","2026-07-06",6), ["fcvis"])
Dt("T", "did a fostr carer visit fri 2nd april 2027 when does it need recording on lcs", "2027-04-02", ("wd","2027-04-02",3), ["fcrec"])
Dt("M", "FC visit 24/12/2025, recorded on LCS 31/12/2025 - in timescale?", "2026-01-05", ("wd","2025-12-24",3), ["fcrec"])
V("N", "When is our foster carers' next unannounced visit due? The last one was on 29 February 2024.", "2025-01-15", ("m","2024-02-29",12), ["fcunann"], "29 Feb + 12 months has no exact day; 28 Feb 2025 is used (a reader might say 1 March).")
V("M", "Last unannounced visit to carers 14/10/2025. Next one due by?", "2026-09-01", ("m","2025-10-14",12), ["fcunann"])
Dt("S", "Our carers were approved on 1 October 2024 and their last annual review was on 31 March 2026; a third child was placed with them in June. When is their next annual review due?", "2027-01-05", ("m","2026-03-31",12), ["fcannual"])
Dt("I", "Our carers' yearly review last went in front of the panel on 15 June 2025 - at the latest when does it need to go back to panel?", "2026-06-16", ("m","2025-06-15",36), ["fcpanel"])
Dt("T", "foster carers dbs was done 3/9/24 when do they need a new one", "2027-06-01", ("m","2024-09-03",36), ["fcdbs"])
Dt("N", "When does a foster carer need to update their core training if they last completed it on 12 January 2025?", "2027-10-04", ("m","2025-01-12",36), ["fctrain"])
Dt("S", "The Strategic Lead agreed a variation of terms of approval on 22 December 2026 so a third child could go into a two-child household; the carers' annual review is due in March. When does the variation run out?", "2026-12-22", ("wd","2026-12-22",6), ["vary"])
Dt("D", "variation ToA agreed 17/4/25, expires?", "2025-04-17", ("wd","2025-04-17",6), ["vary"])
Dt("M", "Connected person temp approval from 05/01/2026 - when does the 16 weeks end?", "2026-04-01", ("w","2026-01-05",16), ["temp"])
Dt("I", "Nan was approved as a temporary carer for her grandson on 1 Sept 2025 - when does that approval run out if it isn't extended?", "2025-11-03", ("w","2025-09-01",16), ["temp"])
Dt("T", "temp aproval extended for conected carer, orginal aproval 3/3/27 - when does the extention run out", "2027-06-01", ("w","2027-03-03",24), ["temp"])
# ---------------------------------------------------------------- Case recording / summaries / assessments on file
Dt("S", "I did a home visit on 30 December 2025. Dad's court date is 8 January and I'm off on New Year's Day. By when does the visit need to be recorded?", "2025-12-30", ("d","2025-12-30",3), ["rec3"])
Dt("N", "How long do I have to write up a home visit? I did it on Friday 27 March 2026.", "2026-03-27", ("d","2026-03-27",3), ["rec3"])
Dt("T", "phone call with mum yestday, when does it need to be on the system", "2027-08-31", ("d","yesterday",3), ["rec3"])
Dt("M", "Case file summary last updated 30/11/2025. When does it go out of date?", "2026-01-14", ("m","2025-11-30",3), ["summary"])
Dt("S", "I've just picked up a case. The previous worker updated the case summary on 15 October 2026 and the last assessment was authorised on 2 June 2026. When does the case summary need updating by?", "2026-12-01", ("m","2026-10-15",3), ["summary"])
Dt("I", "The last full look at the child's needs was signed off by a manager on 22 May 2025 - when does it stop counting as up to date?", "2026-04-01", ("m","2025-05-22",12), ["ass12"])
Dt("D", "last CAFA authorised 31/1/26, new one needed by?", "2026-11-10", ("m","2026-01-31",12), ["ass12"])
# ---------------------------------------------------------------- ages
A("N", "A child of 12 or over going to conference should be offered an advocate - the child's DOB is 14/03/2014. From what date does that apply?", "2026-02-02", ("age","2014-03-14",12,0), ["advocate"])
A("D", "YP dob 02/11/2011, pathway plan start date?", "2026-10-01", ("age","2011-11-02",15,6), ["pathway"])
A("T", "when do i need to start the pathway plan, dob 13/7/11", "2026-09-14", ("age","2011-07-13",15,6), ["pathway"])
A("S", "ICPC is on 20 January 2026. Big sister Tilly Pemberwick (invented) was born 25/01/2014 and her brother on 3/6/2016. When does Tilly turn the age where she has to be offered an advocate?", "2026-01-05", ("age","2014-01-25",12,0), ["advocate"])
A("I", "The little one born on 29 Feb 2020 is in pre-proceedings - up to what date does the rule about young children getting an adoption worker and family finder apply to her?", "2025-11-03", ("age","2020-02-29",6,0), ["adopt6"])
A("M", "YP dob 15/09/2010. Pathway plan started 20/04/2026. When should it have been started?", "2026-05-01", ("age","2010-09-15",15,6), ["pathway"])
A("N", "I have a young person born on 8 June 2011. When should their pathway plan be started?", "2026-06-01", ("age","2011-06-08",15,6), ["pathway"])
A("D", "child dob 04/04/2021, entering PLO 01/04/2027 - when does she turn 6?", "2027-03-22", ("age","2021-04-04",6,0), ["adopt6"])
# ---------------------------------------------------------------- choice (two standards plausibly fit)
def C(voice, q, today, calcs, p, labels, amb=None): R(voice, "choice", q, today, calcs, p, amb, labels=labels)
C("D", "conference 3/3/26, next mtg by?", "2026-03-03", [("d","2026-03-03",10),("d","2026-03-03",20)], ["cg","cin20"], ["first core group if a CP plan was made","first CIN meeting if de-planned"])
C("T", "strat was 8/12/25 whats the next deadline", "2025-12-08", [("d","2025-12-08",5),("wd","2025-12-08",15)], ["s47prog","icpc"], ["S47 progress discussion (S47 taken as initiated at the strat)","ICPC"], "The S47 may have been initiated on a different day from the strategy discussion.")
C("I", "Our supervising social worker saw the foster carers on 9 April 2026 - what's the next deadline?", "2026-04-09", [("wd","2026-04-09",3),("w","2026-04-09",6)], ["fcrec","fcvis"], ["record of visit on LCS","next supervisory visit"])
C("N", "I had the first PLO meeting on 15 December 2025. What do I need to do next and by when?", "2025-12-15", [("wd","2025-12-15",3),("d","2025-12-15",7)], ["fgc","viab","plomin"], ["FGC referral / viability screening request","PLO minutes to parents"])
C("S", "I started the C&F assessment on 1 December 2025; the family are away for Christmas from 20 December. What's my deadline?", "2025-12-01", [("wd","2025-12-01",15),("d","2025-12-01",45)], ["tlrev","ass45"], ["Team Leader review","assessment completed"])
C("M", "ICPC 13/04/2026 - when was the report due?", "2026-04-14", [("wdb","2026-04-13",3),("db","2026-04-13",3)], ["repchair","repfam"], ["report to CP chair","report shared with family"])
C("D", "connected carer temp approval 1/6/26, when does it end?", "2026-06-01", [("w","2026-06-01",16),("w","2026-06-01",24)], ["temp16","temp8"], ["temporary approval (16 weeks)","if extended (16 + 8 weeks)"])
C("T", "lac yp been with same carers 14 months, last stat visit 5/1/27 when next", "2027-01-06", [("w","2027-01-05",6),("w","2027-01-05",12)], ["lac6","lac12"], ["6-weekly (permanence not finalised)","12-weekly (settled permanent placement over 12 months)"])
# ---------------------------------------------------------------- none (no timescale in the standards)
def N(voice, q, today, p, why): R(voice, "none", q, today, None, p, why=why)
N("D", "ICPC 12/1/26 - RCPC due by?", "2026-01-12", ["n_rcpc"], "the chair sets the date of the next conference; no interval is given")
N("N", "How often should I have supervision? My last session was on 3 March 2026.", "2026-03-20", ["n_sup"], "supervision frequency is left to the supervision policy")
N("I", "She came into care on 2 Feb 2026 and the first review was on 26 Feb - when does the next review of her care need to be?", "2026-03-02", ["n_2nd"], "only the initial review (20 working days) is timed; later review intervals are not given")
N("T", "when does the shobpa need to be by, final care planning meeting was 12/5/26", "2026-05-13", ["n_shopba"], "SHOPBA is placed between the final care planning meeting and the IRH paperwork, with no number of days")
N("M", "Early Help TL decision on a level 2 contact received 04/08/2025 - what's the timescale?", "2025-08-05", ["n_eh"], "Level 1-3 initial decisions have no timescale")
N("S", "The adopters have had the baby since 1 October 2026 and the Adoption Order application went in on 15 December. When do the life story book and later life letter need to be done?", "2026-12-16", ["n_life"], "no timescale for the life story book or later life letter")
N("I", "Our foster placement has been wobbling since the carer gave notice on 10/3/27. How quickly does the meeting to try and keep the placement going have to happen?", "2027-03-11", ["n_support"], "the support meeting has no timescale")
N("T", "how long after legal gateway do we have to file the swet, lg was 7/7/26", "2026-07-08", ["n_swet"], "SWET filing timescales are agreed at the Legal Gateway meeting, not set in the standards")
N("N", "How often is the IRO supposed to contact the child between reviews? The last review was 18 November 2025.", "2025-11-19", ["n_iro"], "no frequency is given for IRO contact between reviews")
N("M", "Edge of care identified at supervision 05/01/2026 - what's the deadline for the Family Focus referral?", "2026-01-06", ["n_ff"], "no timescale for the Family Focus referral")
# ================================================================

def build():
    out = []
    for r in ROWS:
        today = D.fromisoformat(r["today"])
        row = {"q": r["q"], "today": r["today"]}
        if r["kind"] == "none":
            due, count = None, "no timescale set in the standards: " + r["why"]
        elif r["kind"] == "choice":
            parts = [compute(c, today) for c in r["calc"]]
            due = min(p[0] for p in parts)
            count = "; OR ".join(f"[{lab}] {p[1]}" for lab, p in zip(r["labels"], parts)) + f"; earlier = {due.isoformat()}"
        else:
            due, count = compute(r["calc"], today)
        row["due"] = due.isoformat() if due else None
        row["expect_any"] = [P[k] for k in r["p"]]
        row["count"] = count
        row["voice"] = r["voice"]; row["kind"] = r["kind"]
        if r.get("amb"): row["ambiguous"] = r["amb"]
        out.append(row)
    return out

def check(rows):
    src = open(SOURCE, encoding="utf-8").read()
    ok = True
    for i, r in enumerate(rows, 1):
        for ph in r["expect_any"]:
            if len(ph.split()) < 6: print(f"row {i}: phrase too short: {ph!r}"); ok = False
            if ph not in src: print(f"row {i}: phrase not in source: {ph!r}"); ok = False
        assert r["voice"] in {"duty","typos","scenario","indirect","newstarter","manager"}
        assert r["kind"] in {"date","visits","age","choice","none"}
        assert (r["due"] is None) == (r["kind"] == "none")
        if r["kind"] == "choice": assert len(r["expect_any"]) >= 2
    # weekday names written next to full dates in questions must be right
    months = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
    months.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
    months["sept"] = 9
    pat = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)? ([a-z]+),? (\d{4})", re.I)
    for i, r in enumerate(rows, 1):
        for m in pat.finditer(r["q"]):
            d = D(int(m.group(4)), months[m.group(3).lower()], int(m.group(2)))
            if DOW[d.weekday()].lower() != m.group(1).lower()[:3]:
                print(f"row {i}: weekday wrong in {m.group(0)!r}"); ok = False
    print("kinds:", dict(Counter(r["kind"] for r in rows)))
    print("voices:", dict(Counter(r["voice"] for r in rows)))
    print("years of due:", dict(Counter((r["due"] or "none")[:4] for r in rows)))
    print("rows:", len(rows), "ambiguous:", sum("ambiguous" in r for r in rows))
    return ok

if __name__ == "__main__":
    sys.path.insert(0, HERE)
    rows = build()
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and check every line parses
    with open(path, encoding="utf-8") as f: reread = [json.loads(l) for l in f]
    assert reread == rows
    print("OK" if check(reread) else "PROBLEMS")
