#!/usr/bin/env python3
"""Oracle for the Practice Guide deadline question set (standard library only).

Each row is described structurally (anchor date + rule); this script computes `due`
and `count`, writes questions.jsonl and runs the checks asked for in BRIEF.md.
"""
import datetime as dt, json, re, sys, os, collections

D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"

# England and Wales bank holidays 2024-2028, typed by hand (substitute days included).
BANK_HOLIDAYS = {
    # 2024
    D(2024,1,1), D(2024,3,29), D(2024,4,1), D(2024,5,6), D(2024,5,27), D(2024,8,26), D(2024,12,25), D(2024,12,26),
    # 2025
    D(2025,1,1), D(2025,4,18), D(2025,4,21), D(2025,5,5), D(2025,5,26), D(2025,8,25), D(2025,12,25), D(2025,12,26),
    # 2026 (Boxing Day is Saturday -> substitute Monday 28 Dec)
    D(2026,1,1), D(2026,4,3), D(2026,4,6), D(2026,5,4), D(2026,5,25), D(2026,8,31), D(2026,12,25), D(2026,12,28),
    # 2027 (Christmas Sat, Boxing Day Sun -> substitutes Mon 27 and Tue 28 Dec)
    D(2027,1,1), D(2027,3,26), D(2027,3,29), D(2027,5,3), D(2027,5,31), D(2027,8,30), D(2027,12,27), D(2027,12,28),
    # 2028 (New Year's Day Saturday -> substitute Monday 3 Jan)
    D(2028,1,3), D(2028,4,14), D(2028,4,17), D(2028,5,1), D(2028,5,29), D(2028,8,28), D(2028,12,25), D(2028,12,26),
}
WD = ["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]

def fmt(d): return f"{d.isoformat()} ({WD[d.weekday()]})"
def is_wd(d): return d.weekday() < 5 and d not in BANK_HOLIDAYS
def iso(s): return dt.date.fromisoformat(s)

def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 or y % 400 == 0)) else 28, 31,30,31,30,31,31,30,31,30,31][m-1]
    return D(y, m, min(d.day, last)), d.day > last

def resolve(anchor, today):
    """ISO date, or a relative phrase read against `today`."""
    if re.fullmatch(r"\d{4}-\d\d-\d\d", anchor):
        return iso(anchor), ""
    if anchor == "today": d = today
    elif anchor == "yesterday": d = today - dt.timedelta(1)
    elif anchor == "tomorrow": d = today + dt.timedelta(1)
    elif anchor.startswith("last "):      # most recent such weekday strictly before today
        k = WD.index(anchor[5:8]); d = today - dt.timedelta(1)
        while d.weekday() != k: d -= dt.timedelta(1)
    elif anchor.startswith("next "):      # first such weekday strictly after today
        k = WD.index(anchor[5:8]); d = today + dt.timedelta(1)
        while d.weekday() != k: d += dt.timedelta(1)
    else: raise ValueError(anchor)
    return d, f"'{anchor}' from today {fmt(today)} = {fmt(d)}; "

def compute(rule, today):
    op = rule[0]
    if op == "choice":
        (d1, c1), (d2, c2) = compute(rule[1], today), compute(rule[2], today)
        return min(d1, d2), f"option A: {c1} | option B: {c2} | due = earlier, {min(d1,d2).isoformat()}"
    if op == "age":
        dob, years, months = iso(rule[1]), rule[2], rule[3]
        if months == 0 and dob.month == 2 and dob.day == 29:
            y = dob.year + years
            leap = y % 4 == 0 and (y % 100 or y % 400 == 0)
            d = D(y, 2, 29) if leap else D(y, 3, 1)
            note = "" if leap else f"; 29 Feb birthday, {y} not a leap year -> 1 March"
            return d, f"DOB {fmt(dob)} + {years} years -> {fmt(d)}{note}"
        d, clamped = add_months(dob, years * 12 + months)
        note = ""
        if clamped: note = f"; no day {dob.day} in target month -> last day of month"
        elif dob.month == 2 and dob.day == 29: note = "; 29 Feb birthday, target month is not February so day 29 kept"
        lab = f"{years} years" + (f" {months} months" if months else "")
        return d, f"DOB {fmt(dob)} + {lab} -> {fmt(d)}{note}"
    d0, pre = resolve(rule[1], today)
    n = rule[2]
    if op == "same":
        return d0, pre + f"same day as {fmt(d0)}"
    if op in ("wd", "wdb"):
        step = 1 if op == "wd" else -1
        d, k, skipped = d0, 0, []
        while k < n:
            d += dt.timedelta(step)
            if is_wd(d): k += 1
            elif d in BANK_HOLIDAYS: skipped.append(d.isoformat())
        start = "" if is_wd(d0) else f"; start day {d0.isoformat()} is not a working day, counted from it"
        s = f"{n} working day{'s' if n>1 else ''} {'after' if step==1 else 'before'} {fmt(d0)} -> {fmt(d)}"
        if skipped: s += "; skips bank holidays " + ", ".join(sorted(skipped))
        return d, pre + s + start
    if op == "d":
        d = d0 + dt.timedelta(n); return d, pre + f"{n} calendar days after {fmt(d0)} -> {fmt(d)}"
    if op == "db":
        d = d0 - dt.timedelta(n); return d, pre + f"{n} calendar days before {fmt(d0)} -> {fmt(d)}"
    if op == "w":
        d = d0 + dt.timedelta(7 * n); return d, pre + f"{n} week{'s' if n>1 else ''} ({7*n} days) after {fmt(d0)} -> {fmt(d)}"
    if op == "m":
        d, clamped = add_months(d0, n)
        note = f"; no day {d0.day} in target month -> last day of month" if clamped else ""
        return d, pre + f"{n} months after {fmt(d0)} -> {fmt(d)}{note}"
    raise ValueError(op)

# ---- verbatim phrases from the standards ------------------------------------------------
P = dict(
 FD="required by a Team Leader within 1 working day",
 INIT="Initial decisions will be made about the action required within 1 working day",
 REF="Referrals will be actioned by a social worker within 1 working day",
 SAME="will be seen by the Social Worker the same day",
 S47D="Within 5 days of the Section 47 being initiated",
 ALLOC="allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 TLREV="All assessments will be reviewed by the Team Leader within 15 working days",
 A45="Assessments must all be completed within 45 days",
 STRAT1="a strategy discussion is required, this must happen within 1 working day",
 STRAT24="A strategy discussion within 24 hours involving all relevant agencies",
 NOTICE="giving at least 5 days’ notice",
 JOINT="Within the 5 days’ notice period",
 ICPC="convened within working 15 days of the initial strategy discussion",
 FAM3="shared with family at least 3 the days prior to conference",
 CHAIR3="sent to the child protection chair 3 working days before the conference",
 ADV12="if they are 12 or over they should be offered an advocate",
 CG10="held within 10 days of the conference",
 CPV="Visits to a child subject to a CP plan will take place at least every 4 weeks",
 RCPCPAR="shared with parents at least 3 days prior to the review conference",
 RCPCCHAIR="available to the conference chair at least 3 days prior to the review conference",
 PTT="when they have been subject to a plan for 12 months",
 PLO1="should take place within 10 days of the date on the PLO letter",
 FGC="Referral should be made within 3 working days of the first PLO meeting",
 VIA="Family Placement Team within 3 working days of the initial PLO meeting",
 MIN7="distributed to parents and their legal representation within 7 days of the meeting",
 PLOREV="Review PLO meetings with parents to be held every 4-6 weeks",
 LPM12="A review legal planning meeting will be held at 12 weeks",
 EXC4="In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
 LG16="a Legal Gateway meeting will be convened at 16 weeks",
 CIN20="will set the first CIN meeting within 20 days",
 CIN10="the initial CIN meeting must take place within 10 days",
 CINREV="CIN review meetings will be held at least every 6 weeks",
 CINV="A child subject to a CIN plan will be seen at least every 6 weeks",
 EMERG="If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 VIS1="visited within 1 working day of coming into care or having a change in placement",
 SEEN1="All looked after children will be seen within 1 working day of placement",
 PM3="The placement meeting will be held within 3 working days",
 PP5="an updated copy given to the carers within 5 working days of the placement beginning",
 FT8="reviewed at least every 8 week until the plan for permanence is agreed",
 PACK="coming into care pack, children rights leaflet within 3 weeks",
 LEGAL5="informed of the child’s legal status within 5 working days",
 IHA="An initial health assessment will be requested and carried out within 20 working days",
 PEP="A PEP meeting will be arranged within the school within 20 days",
 LACW="Statutory looked after visits must happen weekly until the first looked after review",
 LAC6="then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 LAC12="Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 CAREPLAN="An up to date care plan will be recorded on the electronic system within 10 days of placement",
 ILAR="The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 PATH="A pathway plan will be started when the young person is 15 years 6 months",
 IRO3="this will be with the IRO 3 days before the review",
 INF5="If the challenge is not resolved within 5 working days a formal dispute will be raised",
 DISP20="should be completed from start to finish within 20 working days",
 ADO6="If a child under the age of 6 enters PLO or proceedings",
 ADOW="Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 ADO6W="visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 ADO10="have been in placement with the adopter for 10 weeks",
 FCV="Trafford foster carers are visited at least once every six weeks",
 FCREC="a record of this visit is recorded on LCS within 3 working days",
 UNANN="will have an unannounced visit at least once every 12 months",
 ANNREV="All Trafford foster carers will have an annual review",
 PANEL3="annual review presented to the Fostering Panel at least every three years",
 DBS3="updated statutory references, medicals and DBS checks at least every three years",
 TRAIN3="must update their core training at least every three years",
 VAR6="This can only be given for up to 6 working days",
 TEMP16="Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 REC3="any event or contact is recorded within 3 days",
 SUM3="case file summary which has been updated within the last 3 months",
 ASS12="An up to date assessment (within the last 12 months) on each child",
 # phrases for `none` rows: the nearest sentence, which sets no timescale
 N_NEXTCONF="The child protection chair will set the date of the next conference",
 N_2NDREV="At the point of the second review (if not in proceedings)",
 N_SUPER="monitored through supervision which takes place in line with the supervision policy",
 N_EH="Initial decisions will be made about the action required by an Early Help Team Leader",
 N_SHOPBA="This needs to take place after the area teams final care planning meeting",
 N_GCP="a Graded Care Profile 2 should be completed with the parents or carers",
 N_IROC="The IRO will contact the child between reviews",
 N_SUPPORT="a Support Meeting will be held and chaired by the Team Leader",
 N_LLL="The Adoption Social Worker will complete Lifestory book and a Later Life Letter",
 N_PATHREV="will be reviewed by the IRO as part of the statutory review",
)

A45_AMB = "The standard says '45 days' (counted here as calendar days); national guidance uses 45 working days, which would give a later date."
STRAT_AMB = "The S47 section also says a strategy discussion 'within 24 hours', which over a weekend/bank holiday gives an earlier date than 1 working day."
ALLOC_AMB = "The standard does not name the start event for the 3 working days; counting from the referral rather than the decision could shift it."
PLOSTART_AMB = "The standard does not say what the 12/16 weeks run from; counting from the first PLO meeting or the Legal Gateway instead of the letter would move it."

# ---- row descriptions: (voice, kind, question, today, rule, phrase keys, extra) -----------
# rules: ("wd", anchor, n) working days after; ("wdb", anchor, n) working days before;
# ("d"/"db", anchor, n) calendar days after/before; ("w", anchor, n) weeks; ("m", anchor, n) months;
# ("same", anchor, 0); ("age", dob, years, months); ("choice", ruleA, ruleB); None for `none`.
# anchor: ISO date or today / yesterday / tomorrow / "last Fri" / "next Mon" (read against today).
ROWS = [
# ---------------- Front Door / Level 4-5 ----------------
("duty","date","contact in 24/12 at 3pm, TL screening decision due when?","2025-12-24",("wd","today",1),["FD"]),
("indirect","date","A police notification landed on our front door today even though it's Good Friday. By when does a team leader have to decide what we're doing with it?","2026-04-03",("wd","today",1),["FD","INIT"]),
("manager","date","Contact received 31/12/2026, TL decision recorded 04/01/2027. In timescale?","2027-01-12",("wd","2026-12-31",1),["FD"],{"actual":"2027-01-04"}),
("newstarter","date","Hello, sorry if this is a silly question - a referral came through to the level 4/5 duty team on Friday 1st May 2026. When does the Team Leader need to have made the initial decision about what action is needed?","2026-05-01",("wd","2026-05-01",1),["INIT","FD"]),
("indirect","date","A new referral came in this afternoon and it's been handed over for a social worker to pick up and get going on. What's the latest they can start acting on it?","2027-04-30",("wd","today",1),["REF"]),
("scenario","date","Health visitor's referral about 'Quill' (2) arrived on Fri 22 May 2026. The family only moved into Trafford on 1 May. TL decided it's Level 4. When does a social worker need to have actioned it?","2026-05-22",("wd","2026-05-22",1),["REF"]),
("typos","date","ref came in sat 3rd jan 2026 level 4 when does tl decide","2026-01-03",("wd","2026-01-03",1),["INIT"],{"amb":"A contact arriving on a Saturday could be treated as received on Monday 5 Jan, which would give Tuesday 6 Jan."}),
("scenario","date","Manager has just agreed the referral for 'Bramble' (7) meets the S47 threshold. It's Friday 19 December 2025 and mum says Bramble's next in school on 5 January. When does Bramble need to be seen by?","2025-12-19",("same","2025-12-19",0),["SAME"]),
("indirect","date","If a referral is going down the child protection enquiry route, how quickly does a social worker have to physically see the child? Decision was made this morning.","2026-08-28",("same","today",0),["SAME"]),
("duty","date","s47 initiated 22/12/25, mgmt progress discussion due?","2025-12-22",("d","2025-12-22",5),["S47D"]),
("indirect","date","We started the child protection enquiries on 30 March 2027. By when should the worker and their manager sit down to talk through how the enquiry's going and agree next steps?","2027-03-30",("d","2027-03-30",5),["S47D"]),
("manager","date","S47 initiated 2/4/26, SW/TL progress discussion held 8/4/26. Within timescale?","2026-04-14",("d","2026-04-02",5),["S47D"],{"actual":"2026-04-08"}),
("scenario","date","Decision made on 14/05/2026 that the 'Pike' family needs a Child and Family Assessment. The youngest child's birthday is 20/05. The TL has to allocate it to a social worker — by when?","2026-05-14",("wd","2026-05-14",3),["ALLOC"],{"amb":ALLOC_AMB}),
("typos","date","ref came in 23.5.25 needs allocating for a c&f assesment, by when does it need allocating","2025-05-23",("wd","2025-05-23",3),["ALLOC"],{"amb":ALLOC_AMB}),
("indirect","date","The assessment for a family I'm working with started on 18 December 2026. When does my team leader need to have looked it over by?","2026-12-18",("wd","2026-12-18",15),["TLREV"]),
("scenario","date","Referral about 'Linden' (6) came in on 17 April 2025 and I started the C&F assessment on Tuesday 22 April 2025 after the Easter break. When does my TL need to have reviewed the assessment?","2025-04-22",("wd","2025-04-22",15),["TLREV"],{"amb":"Counting the 15 working days from the referral (17 April) instead of the assessment start would give an earlier date."}),
("newstarter","date","Hi all, I'm new - if a Child and Family Assessment started on 10th November 2025, what is the final date for completing it?","2025-11-12",("d","2025-11-10",45),["A45"],{"amb":A45_AMB}),
("indirect","date","The full look at the family's needs kicked off on 1 Aug 2026 — what's the absolute latest it can be finished?","2026-08-03",("d","2026-08-01",45),["A45"],{"amb":A45_AMB}),
("scenario","date","Referral for 'Sable' came in 2 Dec 2026 and the C&F assessment started on 3 Dec 2026. Sable turns five on 25 Dec. When does the assessment have to be completed?","2026-12-04",("d","2026-12-03",45),["A45"],{"amb":A45_AMB+" Counting from the referral (2 Dec) would also give one day earlier."}),
("scenario","date","Mgmt decision on Thursday 17 April 2025 that a strategy discussion is needed for 'Oriel' (3) after a hospital attendance on the 15th. Police are short-staffed over the Easter weekend. When does the strat have to happen by?","2025-04-17",("wd","2025-04-17",1),["STRAT1"],{"amb":STRAT_AMB}),
("indirect","date","My manager decided this morning we need the multi-agency discussion with police and health to plan the enquiries. How long have we got to hold it?","2026-12-24",("wd","today",1),["STRAT1"],{"amb":STRAT_AMB}),
("scenario","date","School rang at 10am on Tuesday 9 June 2026 about bruising on a Year 4 pupil; my TL agreed at 11am that a strategy discussion is needed. The child's health review is on 16 June. When does the strat have to happen by?","2026-06-09",("wd","2026-06-09",1),["STRAT1","STRAT24"]),
("manager","date","Management decision for strat 24/12/2025; strat held 29/12/2025 — compliant with the 1 working day standard?","2026-01-06",("wd","2025-12-24",1),["STRAT1"],{"actual":"2025-12-29","amb":STRAT_AMB}),
("indirect","date","Our front door team emailed the neighbourhood team on 28 May 2025 to say a family is moving across to them at child in need level. What's the earliest the handover can happen, given the notice we have to give?","2025-05-28",("d","2025-05-28",5),["NOTICE"],{"earliest":1}),
("scenario","date","CFR emailed the Neighbourhood Team notice on Mon 22 Dec 2025 that the 'Pebble' family is transferring at CIN. The assessment was signed off on 19 Dec. The new worker and I still need to do the joint intro visit — what's the last day?","2025-12-22",("d","2025-12-22",5),["JOINT","NOTICE"]),
("manager","date","CFR gave NT notice by email 23/12/2025 and the case transferred 27/12/2025 — was enough notice given?","2026-01-07",("d","2025-12-23",5),["NOTICE"],{"actual":"2025-12-27","earliest":1}),
# ---------------- S47 / ICPC ----------------
("duty","date","strat was 19/12/25, when's the ICPC?","2025-12-19",("wd","2025-12-19",15),["ICPC"]),
("typos","date","strat was 3rd april 2026 when is the icpc due","2026-04-08",("wd","2026-04-03",15),["ICPC"]),
("indirect","date","We had the first multi-agency discussion about the child on 1 May 2025. If it goes to the big initial meeting where everyone decides whether a protection plan is needed, when must that meeting be held?","2025-05-02",("wd","2025-05-01",15),["ICPC"]),
("scenario","date","Mum's new partner was arrested on 10/08/2026. We held the initial strat on 12/08/2026 and the S47 has concluded an ICPC is needed. Child's DOB is 31/08/2019. When is the ICPC due by?","2026-08-20",("wd","2026-08-12",15),["ICPC"]),
("manager","date","ICPC was held 20/01/2026, strat 02/01/2026, was that in timescale?","2026-01-27",("wd","2026-01-02",15),["ICPC"],{"actual":"2026-01-20"}),
("newstarter","date","Could someone explain when an Initial Child Protection Conference needs to be held? The strategy discussion was on Wednesday 22nd December 2027.","2027-12-22",("wd","2027-12-22",15),["ICPC"]),
("indirect","date","The first planning discussion between police, health and us was last Thursday. When's the latest the first conference about whether she needs a protection plan can be?","2027-03-31",("wd","last Thu",15),["ICPC"]),
("scenario","date","Strategy meeting for the 'Kestrel' children was held on 26 Aug 2025 and the S47 started the next day. School reopens 3 September. Outcome is ICPC — what's the latest date for it?","2025-09-01",("wd","2025-08-26",15),["ICPC"]),
("indirect","date","The first child protection conference is on 7 April 2026. When does my report need to reach the person chairing it?","2026-03-27",("wdb","2026-04-07",3),["CHAIR3"]),
("typos","date","icpc thurs 28th may wen does my reprot go to the chair","2026-05-18",("wdb","2026-05-28",3),["CHAIR3"]),
("scenario","date","The ICPC for the 'Hazel' sibling group was booked for Monday 4 May 2026 — then someone noticed it's the bank holiday, so it's now Tuesday 5 May 2026. When does the report need to be with the chair?","2026-04-24",("wdb","2026-05-05",3),["CHAIR3"]),
("newstarter","date","The ICPC is on Monday 2nd June 2025. What's the latest date I can share my report with the family?","2025-05-27",("db","2025-06-02",3),["FAM3"]),
("typos","date","icpc is 5/1/26 when do i have to shae report with mum and dad by","2025-12-29",("db","2026-01-05",3),["FAM3"]),
("scenario","date","ICPC for 'Juniper' is booked for Wednesday 31 March 2027 at 10am. Dad only gets back from working away on 26 March. When does the report need to be with the family at the latest?","2027-03-22",("db","2027-03-31",3),["FAM3"]),
# ---------------- CP plans, core groups, RCPC ----------------
("indirect","date","Child went on a plan at the conference on 24 March 2027. When's the deadline for the first meeting of the smaller working group that puts the detail on the plan?","2027-03-25",("d","2027-03-24",10),["CG10"]),
("manager","date","ICPC 15/05/2026, first core group 27/05/2026. Was that within timescale?","2026-06-01",("d","2026-05-15",10),["CG10"],{"actual":"2026-05-27"}),
("scenario","date","We went to ICPC on Thursday 17 December 2026 and 'Marlow' (4) was made subject to a plan under neglect. The review conference was set for 17 March 2027. When does the first core group need to be held?","2026-12-17",("d","2026-12-17",10),["CG10"]),
("newstarter","date","If the Initial Child Protection Conference was on 27th March 2025, when must the first Core Group meeting be held?","2025-03-28",("d","2025-03-27",10),["CG10"]),
("indirect","date","The follow-up protection conference is on 4 January 2027. What's the last day I can give mum and dad the written update on progress?","2026-12-21",("db","2027-01-04",3),["RCPCPAR"]),
("duty","date","rcpc 6/4/26, report to chair by?","2026-03-30",("db","2026-04-06",3),["RCPCCHAIR"]),
("newstarter","date","For a Review Child Protection Conference on Tuesday 27 May 2025, when should the plan update be shared with the parents?","2025-05-19",("db","2025-05-27",3),["RCPCPAR"]),
("indirect","date","She's been on a protection plan since 30 December 2025 and things aren't shifting. On what date does she reach the point where we should hold a meeting to rethink how we work with the family?","2026-10-05",("m","2025-12-30",12),["PTT"]),
("scenario","date","'Sorrel' went on a plan at ICPC on 08/04/2026; RCPCs were held 07/07/2026 and 12/01/2027. Progress is poor. When does the 12-month professional thinking time point fall?","2027-01-13",("m","2026-04-08",12),["PTT"]),
# ---------------- PLO ----------------
("indirect","date","The letter that starts pre-proceedings went out dated 27 March 2026. When do we need to have had the first meeting with the parents and their solicitor?","2026-03-27",("d","2026-03-27",10),["PLO1"]),
("scenario","date","Legal Gateway agreed PLO on 3 Dec 2026 and the letter went out dated 7 Dec 2026. Dad says he won't instruct a solicitor. When does the first meeting need to happen by?","2026-12-08",("d","2026-12-07",10),["PLO1"]),
("indirect","date","Parents have agreed to a family meeting to look at who in the wider family can help. Our first pre-proceedings meeting was on 1 April 2026. When does the referral for that family meeting need to be in?","2026-04-01",("wd","2026-04-01",3),["FGC"]),
("scenario","date","First PLO meeting was Thursday 21 May 2026 and mum consented to an FGC there; the next review PLO is on 18 June. When should the FGC referral be made?","2026-05-21",("wd","2026-05-21",3),["FGC"]),
("indirect","date","Grandma's been put forward as someone who could look after the kids. We had the first pre-proceedings meeting on 30 April 2027. When does the request to screen her go to the placements people?","2027-04-30",("wd","2027-04-30",3),["VIA"]),
("newstarter","date","Please could someone help - the initial PLO meeting was on Friday 22 August 2025 and an aunt has been identified as a potential carer. By when should the viability assessment request go to the Family Placement Team?","2025-08-22",("wd","2025-08-22",3),["VIA"]),
("scenario","date","Initial PLO meeting was held on 24 Dec 2026 (yes, really). Uncle was identified there as a potential carer; the FGC isn't booked until 12 Jan. When should the viability screening request go to Family Placement?","2026-12-24",("wd","2026-12-24",3),["VIA"],{"amb":"The standard also allows the request 'immediately following Family Group Conference', so someone could wait for the FGC on 12 Jan."}),
("indirect","date","After the pre-proceedings meeting on 31 March 2027, how long have I got to send the parents and their solicitors the write-up of what was agreed?","2027-03-31",("d","2027-03-31",7),["MIN7"]),
("indirect","date","We're in pre-proceedings and the letter to the parents was dated 14 January 2026. When does the 12-week review meeting with our solicitor land?","2026-02-10",("w","2026-01-14",12),["LPM12"],{"amb":PLOSTART_AMB}),
("scenario","date","PLO letter dated 5 Jan 2026, first meeting 13 Jan 2026, review PLO meeting 17 Feb 2026. Counting from the letter, when's the 12 week review legal planning meeting?","2026-02-18",("w","2026-01-05",12),["LPM12"],{"amb":PLOSTART_AMB}),
("duty","date","plo letter 02/09/25 — legal gateway at 16wks when?","2025-11-03",("w","2025-09-02",16),["LG16"],{"amb":PLOSTART_AMB}),
("typos","date","if case is stil in plo, when is the 16 week legal gateway - plo letter was 9th feb 2027","2027-04-12",("w","2027-02-09",16),["LG16"],{"amb":PLOSTART_AMB}),
("manager","date","Review legal planning meeting held 12/11/2025 agreed an exceptional further period in PLO. When does that extension end?","2025-11-13",("w","2025-11-12",4),["EXC4"]),
# ---------------- CIN ----------------
("indirect","date","At the review protection conference on 16 December 2025 the child came off the plan. When should the first meeting under the new child in need plan be held?","2025-12-16",("d","2025-12-16",20),["CIN20"]),
("newstarter","date","A child was de-planned at conference on Monday 23rd March 2026. When does the first Child in Need meeting need to take place?","2026-03-24",("d","2026-03-23",20),["CIN20"]),
("indirect","date","A family has just come over to our neighbourhood team from the front door team — the handover was on 24 August 2026. When does the first meeting under their support plan need to be?","2026-08-25",("d","2026-08-24",10),["CIN10"]),
("scenario","date","CFR emailed notice on 26 May 2025, we did the joint visit on 29 May, and the case formally transferred to us on 2 June 2025. When does the initial CIN meeting need to happen?","2025-06-02",("d","2025-06-02",10),["CIN10"]),
# ---------------- Children in care ----------------
("indirect","date","A child came into care in an emergency on Christmas Eve 2025 and there's no up-to-date assessment. When does the assessment need to be finished?","2025-12-24",("wd","2025-12-24",20),["EMERG"]),
("duty","date","unplanned admission 25/3/27, assessment due?","2027-03-25",("wd","2027-03-25",20),["EMERG"]),
("scenario","date","'Wren' (11) was placed in an emergency on Saturday 20 December 2025 after being found alone at home; police protection ended on 22 Dec and she's now s20. No current assessment. When does it have to be completed?","2025-12-22",("wd","2025-12-20",20),["EMERG"],{"amb":"Counting from the start of s20 accommodation (22 Dec) rather than the emergency placement (20 Dec) gives one working day later."}),
("indirect","date","A child moved to a new foster home on Friday 28 August 2026. By when do I have to go and see them?","2026-08-28",("wd","2026-08-28",1),["VIS1","SEEN1"]),
("typos","date","kid came into care 31st dec 2025 when do i need to visit by","2025-12-31",("wd","2025-12-31",1),["VIS1","SEEN1"]),
("scenario","date","'Tansy' (9) was placed with emergency carers late on Thursday 17 April 2025 after mum's arrest on the 16th. Her school broke up the same day. What's the latest she must be visited?","2025-04-17",("wd","2025-04-17",1),["VIS1","SEEN1"]),
("manager","date","Placement change on 04/05/2026 (bank holiday Monday); child visited 06/05/2026. Compliant?","2026-05-11",("wd","2026-05-04",1),["VIS1","SEEN1"],{"actual":"2026-05-06"}),
("indirect","date","The kids moved in with their new carers on 2 April 2026. When do we need to sit down with the carers to go through delegated authority and how it's all going to work?","2026-04-02",("wd","2026-04-02",3),["PM3"]),
("newstarter","date","Hi, a child I'm allocated was placed with foster carers on Friday 23 May 2025. When should the placement meeting be held by?","2025-05-23",("wd","2025-05-23",3),["PM3"]),
("scenario","date","Baby 'Poppy' was discharged from hospital into a foster placement on Wednesday 24 December 2025 — she was born on 18 December. Parents' family time starts 29 Dec. When's the placement meeting due by?","2025-12-24",("wd","2025-12-24",3),["PM3"]),
("indirect","date","Placement started on 24 December 2027. By when should the carers have the updated written copy of the plan for the placement?","2027-12-24",("wd","2027-12-24",5),["PP5"]),
("typos","date","updated placment plan to carers by when, placed fri 22.8.25","2025-08-22",("wd","2025-08-22",5),["PP5"]),
("indirect","date","How long do we have to give a newly looked-after child the welcome pack and the leaflet about their rights? She came in on 12 December 2025.","2025-12-15",("w","2025-12-12",3),["PACK"]),
("newstarter","date","What is the deadline to give a child their coming into care pack? They became looked after on Friday 2nd April 2027.","2027-04-02",("w","2027-04-02",3),["PACK"]),
("indirect","date","A child became looked after yesterday. How long do I have to let the other professionals involved (school, GP, health visitor) know about his change in legal status?","2026-05-22",("wd","yesterday",5),["LEGAL5"]),
("scenario","date","'Larch' (12) became looked after on Thursday 31 December 2026 when his grandad went into hospital; his health appointment is on 20 January. When do the other professionals need to be told about his legal status?","2026-12-31",("wd","2026-12-31",5),["LEGAL5"]),
("scenario","date","'Rook' (14) became looked after on Wednesday 24 March 2027 after his placement with dad broke down; his court hearing is on 7 April. When do school and CAMHS need to be told about his legal status?","2027-03-24",("wd","2027-03-24",5),["LEGAL5"]),
("indirect","date","She came into care on 16 April 2025. By when should her first health check with a doctor be requested and done?","2025-04-17",("wd","2025-04-16",20),["IHA"]),
("scenario","date","'Clover' (3) became looked after under s20 on 14 December 2026; the care order hearing is listed for 11 January 2027. When must the initial health assessment be done by?","2026-12-15",("wd","2026-12-14",20),["IHA"]),
("typos","date","IHA due when? came into care 3/5/27","2027-05-04",("wd","2027-05-03",20),["IHA"]),
("indirect","date","How quickly do we have to set up the education planning meeting at school for a child who came into care on 20 July 2026?","2026-07-21",("d","2026-07-20",20),["PEP"]),
("scenario","date","'Aster' (8) came into care on 5 January 2026 and moved schools on 19 January. When does the first PEP meeting need to be arranged by?","2026-01-20",("d","2026-01-05",20),["PEP"],{"amb":"Someone could count the 20 days from the school move (19 Jan) rather than coming into care."}),
("indirect","date","Child placed on 26 March 2027. When does the up-to-date plan for her care need to be on the system?","2027-03-26",("d","2027-03-26",10),["CAREPLAN"]),
("manager","date","Placement 19/12/2025; care plan recorded on LCS 30/12/2025. Compliant?","2026-01-05",("d","2025-12-19",10),["CAREPLAN"],{"actual":"2025-12-30"}),
("indirect","date","When must the first review meeting chaired by the independent reviewing officer happen for a child who started being looked after on 1 April 2026?","2026-04-01",("wd","2026-04-01",20),["ILAR"]),
("scenario","date","Twins came into care on 20 August 2025 under an EPO; an interim care order was granted on 27 August. Their mum's birthday is 2 Sept and we're planning family time around that. When's the initial LAC review due by?","2025-08-28",("wd","2025-08-20",20),["ILAR"],{"amb":"Counting from the interim care order (27 Aug) instead of the day they became looked after would give a later date."}),
("newstarter","date","Could anyone tell me the deadline for the first Looked After Review? The child was accommodated on 22nd December 2027.","2027-12-23",("wd","2027-12-22",20),["ILAR"]),
("indirect","date","The child's in-care review is on Monday 7 December 2026. What's the last date my written report needs to be with the reviewing officer?","2026-11-30",("db","2026-12-07",3),["IRO3"]),
("typos","date","lac reveiw is 2nd jan 2026, when does iro need my report","2025-12-22",("db","2026-01-02",3),["IRO3"]),
("manager","date","LAC review 29/05/2025, SW report to IRO 27/05/2025 — compliant?","2025-06-02",("db","2025-05-29",3),["IRO3"],{"actual":"2025-05-27"}),
("scenario","date","LAC review for 'Bracken' is Thursday 1 April 2027; his placement moved on 15 March. When does my review report need to be with the IRO?","2027-03-22",("db","2027-04-01",3),["IRO3"]),
# ---------------- IRO ----------------
("indirect","date","The reviewing officer raised an informal concern with me about drift on 19 December 2025. If we don't sort it, when does it turn into a formal dispute?","2025-12-19",("wd","2025-12-19",5),["INF5"]),
("scenario","date","The IRO emailed me on Thursday 21 May 2026 raising an informal challenge about the permanence plan drifting; the last review was 14 May. When does it escalate to a formal dispute if not resolved?","2026-05-21",("wd","2026-05-21",5),["INF5"]),
("indirect","date","Our reviewing officer started the formal disagreement process on 26 August 2025. By when should the whole thing be wrapped up?","2025-08-26",("wd","2025-08-26",20),["DISP20"]),
("manager","date","Formal dispute raised by IRO 10/12/2026, resolved 12/01/2027. Within timescale?","2027-01-13",("wd","2026-12-10",20),["DISP20"],{"actual":"2027-01-12"}),
("scenario","date","The IRO raised a formal dispute on Wednesday 24 March 2027 about the care plan for 'Umber' after an informal challenge on 15 March went nowhere. By when should the dispute process be finished?","2027-03-24",("wd","2027-03-24",20),["DISP20"]),
# ---------------- Adoption ----------------
("indirect","date","The little one moved in with the adopters on 15 December 2025. When's the earliest they can apply to court to adopt?","2025-12-16",("w","2025-12-15",10),["ADO10"],{"earliest":1}),
("newstarter","date","When can adopters apply for an Adoption Order if the child was placed with them on 30th March 2026?","2026-04-01",("w","2026-03-30",10),["ADO10"],{"earliest":1}),
("scenario","date","Matching panel was 4 Feb 2027, the ADM ratified on 11 Feb, introductions started 1 March and 'Fennel' moved in with his adopters on 12 March 2027. When can they lodge the adoption application?","2027-03-15",("w","2027-03-12",10),["ADO10"],{"earliest":1}),
# ---------------- Fostering ----------------
("typos","date","done my foster carer visit today thurs, when does it need to be on lcs","2026-04-02",("wd","today",3),["FCREC"]),
("indirect","date","With the strategic lead's OK we've placed a 14-year-old, from 18 December 2026, with carers who are only approved for under-10s. How long can that arrangement last?","2026-12-18",("wd","2026-12-18",6),["VAR6"],{"amb":"The standard does not say what the 6 working days run from; counting from the day permission was given rather than the placement date could differ."}),
("duty","date","variation to terms of approval from 31/3/27, expires?","2027-03-31",("wd","2027-03-31",6),["VAR6"]),
("indirect","date","Nan was temporarily approved as a carer for the kids on 2 January 2026. When does that run out if it isn't extended?","2026-01-05",("w","2026-01-02",16),["TEMP16"]),
("scenario","date","Aunt was temporarily approved as a connected carer by the ADM on 14 Aug 2025 and the children moved in on 15 Aug. Panel recommended and the ADM agreed the extension. When does the extended temporary approval end?","2025-12-01",("w","2025-08-14",24),["TEMP16"],{"amb":"Counting from the placement (15 Aug) instead of the approval date gives one day later."}),
("manager","date","Connected person temporary approval given 27/03/2026 — on what date do the initial 16 weeks expire?","2026-06-01",("w","2026-03-27",16),["TEMP16"]),
# ---------------- Case recording, summaries, assessments ----------------
("indirect","date","I saw the family on Good Friday, 18 April 2025. How long have I got to get it written up?","2025-04-18",("d","2025-04-18",3),["REC3"]),
("typos","date","home visit 23rd dec 25 how long to write up case note","2025-12-23",("d","2025-12-23",3),["REC3"]),
("duty","date","contact w/ mum yday, recorded by?","2026-12-29",("d","yesterday",3),["REC3"]),
("scenario","date","I did an unannounced visit to the 'Heron' family on Friday 29 May 2026 and spoke to school about them on the 28th. When does the home visit need to be recorded by?","2026-05-29",("d","2026-05-29",3),["REC3"]),
("indirect","date","The summary at the front of the child's file was last refreshed on 30 November 2025. When does it need updating again?","2026-01-12",("m","2025-11-30",3),["SUM3"]),
("manager","date","Audit 15/05/2026: case file summary last updated 10/02/2026. On what date did it fall out of date?","2026-05-15",("m","2026-02-10",3),["SUM3"]),
("indirect","date","The last full assessment on this child was signed off by a manager on 29 February 2024. When did it stop being current?","2025-03-03",("m","2024-02-29",12),["ASS12"],{"amb":"12 months from 29 Feb 2024 has no 29 Feb in 2025; counted as 28 Feb 2025 (month-end rule), but some would say 1 March 2025."}),
("newstarter","date","The child's last assessment was authorised on 3rd January 2026. When would it stop counting as up to date?","2026-06-15",("m","2026-01-03",12),["ASS12"]),
# ---------------- visits / review schedules ----------------
("duty","visits","cp visit 19/12/25, next by?","2025-12-19",("w","2025-12-19",4),["CPV"]),
("indirect","visits","The last time I saw a child on a protection plan at home was 31 March 2026. What's the latest my next visit can be?","2026-04-01",("w","2026-03-31",4),["CPV"]),
("manager","visits","CP visits on 03/11/2025 and 05/12/2025 — within the standard?","2025-12-08",("w","2025-11-03",4),["CPV"],{"actual":"2025-12-05"}),
("typos","visits","last cp visit was 2.5.27 wen is next one due","2027-05-04",("w","2027-05-02",4),["CPV"]),
("scenario","visits","Unannounced CP visit to 'Thistle' on Thursday 24 December 2026; school is off until 5 Jan and the next core group is 14 January 2027. When does the next statutory CP visit need to happen?","2026-12-29",("w","2026-12-24",4),["CPV"]),
("indirect","visits","I last saw the child on the child in need plan at home on 21 Aug 2025. When do I need to see them again by?","2025-08-22",("w","2025-08-21",6),["CINV"]),
("duty","visits","CIN review 16/12/26, next by?","2026-12-17",("w","2026-12-16",6),["CINREV"]),
("newstarter","visits","Our last Child in Need review meeting was on 25th March 2027. When should the next one be held?","2027-03-26",("w","2027-03-25",6),["CINREV"]),
("indirect","visits","She came into care on 5 Jan 2026 and hasn't had her first review yet. I saw her last on Friday 9 January 2026 — when's my next visit due?","2026-01-12",("w","2026-01-09",1),["LACW"]),
("duty","visits","LAC visit 22/12/25, post 1st review, next by?","2025-12-22",("w","2025-12-22",6),["LAC6"]),
("scenario","visits","'Yarrow' (13) has been in care since June 2025; first LAC review was 10 July 2025 and the second on 8 Jan 2026. Permanence plan not finalised yet. Last statutory visit was 27 March 2026. When's the next visit due?","2026-03-30",("w","2026-03-27",6),["LAC6"]),
("indirect","visits","Young person has been in her long-term foster home for over 2 years and is settled, so we're on the less frequent visiting pattern. Last saw her on 20 Aug 2025. When's the next one due?","2025-08-21",("w","2025-08-20",12),["LAC12"]),
("manager","visits","Permanent placement, settled 18 months. Statutory visits 01/10/2026 and 05/01/2027 — compliant?","2027-01-06",("w","2026-10-01",12),["LAC12"],{"actual":"2027-01-05"}),
("indirect","visits","Child moved in with the adopters last Monday and the first review hasn't happened yet. I visited on the day they moved. When's my next visit due?","2026-04-08",("w","last Mon",1),["ADOW"]),
("duty","visits","adoptive placement, post 1st LAC rev, last visit 28/8/25, next by?","2025-08-29",("w","2025-08-28",6),["ADO6W"]),
("indirect","visits","When do I next need to visit my foster carers? The last supervisory visit was 18 December 2025.","2025-12-19",("w","2025-12-18",6),["FCV"]),
("typos","visits","foster carer visit last done 1/4/27 whens next","2027-04-06",("w","2027-04-01",6),["FCV"]),
("indirect","visits","Our carers last had a surprise drop-in visit on 26 March 2026. When's the next one due by?","2026-03-30",("m","2026-03-26",12),["UNANN"]),
("newstarter","visits","When is the next annual review due for a foster carer whose last annual review was on 31st August 2026?","2026-09-07",("m","2026-08-31",12),["ANNREV"]),
("manager","visits","Foster carer's annual review last presented to Panel 14/05/2024. When must the next panel presentation be by?","2025-06-02",("m","2024-05-14",36),["PANEL3"]),
("duty","visits","FC DBS done 31/12/24, renew by?","2025-01-06",("m","2024-12-31",36),["DBS3"]),
("indirect","visits","Our carer finished her core training refresh on 1 June 2025 — when does she have to do it again?","2025-06-02",("m","2025-06-01",36),["TRAIN3"]),
("indirect","visits","Family time arrangements for the children were set up on the day they came into care, 19 December 2025, and there's no permanence plan yet. When do those arrangements need reviewing?","2025-12-19",("w","2025-12-19",8),["FT8"]),
("scenario","visits","First PLO meeting was 9 Dec 2025. The SW is on leave until 5 Jan. Review PLO meetings are meant to be every 4-6 weeks — what's the latest date for the first review PLO meeting?","2025-12-10",("w","2025-12-09",6),["PLOREV"],{"amb":"The 4-6 week range means 6 weeks is the outer limit; a reader aiming for 4 weeks would say 6 Jan 2026."}),
# ---------------- ages ----------------
("indirect","age","A child on the conference list was born 3 April 2014. From what date should we be offering them an advocate to help them attend?","2026-03-16",("age","2014-04-03",12,0),["ADV12"]),
("scenario","age","'Rowan' was born on 29/02/2016 and the ICPC is booked for 1 March 2028. On what date does Rowan reach the age where they must be offered an advocate?","2028-02-14",("age","2016-02-29",12,0),["ADV12"]),
("newstarter","age","On what date will a child born on 25th December 2014 be old enough to be offered an advocate for conference?","2026-11-02",("age","2014-12-25",12,0),["ADV12"]),
("duty","age","yp dob 31/08/2010, pathway plan starts?","2025-09-15",("age","2010-08-31",15,6),["PATH"],{"amb":"15 years 6 months from 31 Aug lands in February, which has no 31st; some would say 1 March 2026 instead of 28 Feb."}),
("indirect","age","When should we start the young person's plan for leaving care? He was born 14 June 2011.","2026-06-01",("age","2011-06-14",15,6),["PATH"]),
("typos","age","dob 29/2/12 when does pathway plan need starting","2027-02-01",("age","2012-02-29",15,6),["PATH"]),
("indirect","age","The girl's family is in pre-proceedings and she was born 29 Feb 2020. On what date does she turn the age where an adoption worker and family finder would no longer be allocated automatically?","2025-11-20",("age","2020-02-29",6,0),["ADO6"]),
("scenario","age","The PLO letter for 'Moss' is going out on 10 Jan 2027. Moss was born 11/01/2021; mum's DOB is 11/01/1999. On what date does Moss turn 6 (the cut-off for an adoption worker being allocated)?","2027-01-04",("age","2021-01-11",6,0),["ADO6"]),
# ---------------- choice ----------------
("duty","choice","icpc mon 9/3/26 when does report need to go out?","2026-03-02",("choice",("wdb","2026-03-09",3),("db","2026-03-09",3)),["CHAIR3","FAM3"]),
("newstarter","choice","Hello, I've just started a Child and Family Assessment today (Friday 19 December 2025). When is it due?","2025-12-19",("choice",("wd","today",15),("d","today",45)),["TLREV","A45"]),
("typos","choice","did my foster carer visit 28/5/26 whats the deadline","2026-05-28",("choice",("wd","2026-05-28",3),("w","2026-05-28",6)),["FCREC","FCV"]),
("indirect","choice","The children were placed with foster carers on 19 August 2025. When's the first meeting we have to hold about them?","2025-08-19",("choice",("wd","2025-08-19",3),("wd","2025-08-19",20)),["PM3","ILAR"]),
("scenario","choice","I saw 'Ember' (10) at her foster home on Tuesday 30 December 2025 — she's looked after and I didn't check whether her first review has happened. When does my next statutory visit have to be?","2025-12-30",("choice",("w","2025-12-30",1),("w","2025-12-30",6)),["LACW","LAC6"]),
("duty","choice","1st plo mtg mon 2/3/26, next deadline?","2026-03-02",("choice",("wd","2026-03-02",3),("d","2026-03-02",7)),["FGC","VIA","MIN7"]),
("indirect","choice","We had the multi-agency planning discussion on 3 March 2026 and agreed to start child protection enquiries. What's the next deadline?","2026-03-03",("choice",("d","2026-03-03",5),("wd","2026-03-03",15)),["S47D","ICPC"]),
("typos","choice","new placment started 10/6/26 when is the plan due","2026-06-10",("choice",("wd","2026-06-10",5),("d","2026-06-10",10)),["PP5","CAREPLAN"]),
("manager","choice","SSW visited the foster carers on Friday 22 May 2026 — when did it need to be on LCS by?","2026-05-29",("choice",("d","2026-05-22",3),("wd","2026-05-22",3)),["REC3","FCREC"]),
# ---------------- none ----------------
("indirect","none","Once a child is on a protection plan, how soon after the first conference does the follow-up conference have to be? The first one was 10 March 2026.","2026-03-11",None,["N_NEXTCONF"]),
("duty","none","2nd LAC review due when? 1st was 14/1/26","2026-01-15",None,["N_2NDREV"]),
("newstarter","none","How often should I be having supervision with my manager? My last supervision was on 2nd April 2026 — when's the next one due?","2026-04-07",None,["N_SUPER"]),
("indirect","none","The early help team leader got a contact on 22 Dec 2025 about a family at level 2. How long do they have to decide what to do with it?","2025-12-22",None,["N_EH"]),
("typos","none","when does the shopba need to be by, final care planing meeting was 3/6/26","2026-06-04",None,["N_SHOPBA"]),
("scenario","none","Neglect case: 'Teasel' (5). The C&F assessment started 5 Jan 2026 and the core group is on 20 Jan. By what date must the Graded Care Profile 2 be completed?","2026-01-06",None,["N_GCP"]),
("manager","none","IRO contact with the child between reviews: last contact 01/09/2025. When is the next IRO contact due?","2025-10-20",None,["N_IROC"]),
("indirect","none","The kids' placement is wobbling — the carers rang on 24 March 2027 saying they might give notice. How quickly do we have to hold the meeting to try and hold it together?","2027-03-24",None,["N_SUPPORT"]),
("duty","none","later life letter due when? placed w adopters 5/5/25","2025-05-12",None,["N_LLL"]),
("scenario","none","'Sage' (16) has a pathway plan that was last reviewed at her LAC review on 2 Sept 2026. She moved to semi-independence on 1 Oct. When does the pathway plan have to be reviewed next?","2026-10-05",None,["N_PATHREV"]),
]

def main():
    src = open(SOURCE, encoding="utf-8").read()
    out, problems = [], []
    for i, r in enumerate(ROWS, 1):
        voice, kind, q, today, rule, keys = r[:6]
        extra = r[6] if len(r) > 6 else {}
        t = iso(today)
        if rule is None:
            due, count = None, "no timescale set in the standards"
        else:
            d, count = compute(rule, t)
            due = d.isoformat()
            if "actual" in extra:
                a = iso(extra["actual"])
                ok = a >= d if "earliest" in extra else a <= d
                count += f"; actual {fmt(a)} -> {'within' if ok else 'OUT OF'} timescale"
            if "earliest" in extra:
                count += "; this is the earliest permitted date"
        phrases = [P[k] for k in keys]
        row = dict(q=q, today=today, due=due, expect_any=phrases, count=count, voice=voice, kind=kind)
        if extra.get("amb"): row["ambiguous"] = extra["amb"]
        out.append(row)
        for ph in phrases:
            if len(ph.split()) < 6: problems.append(f"row {i}: phrase under 6 words: {ph}")
            if ph not in src: problems.append(f"row {i}: phrase not verbatim in source: {ph}")
        if voice not in ("duty","typos","scenario","indirect","newstarter","manager"): problems.append(f"row {i}: voice {voice}")
        if kind not in ("date","visits","age","choice","none"): problems.append(f"row {i}: kind {kind}")
        if (kind == "none") != (rule is None): problems.append(f"row {i}: none/rule mismatch")
        if kind == "choice" and (rule[0] != "choice" or len(keys) < 2): problems.append(f"row {i}: choice needs two")
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for row in out: f.write(json.dumps(row, ensure_ascii=False) + "\n")
    # re-read and re-check every line
    with open(path, encoding="utf-8") as f:
        back = [json.loads(l) for l in f]
    assert len(back) == len(out)
    qs = collections.Counter(r["q"] for r in back)
    for q, c in qs.items():
        if c > 1: problems.append(f"duplicate q: {q}")
    print("rows", len(back))
    print("kinds", dict(collections.Counter(r["kind"] for r in back)))
    print("voices", dict(collections.Counter(r["voice"] for r in back)))
    print("ambiguous", sum(1 for r in back if "ambiguous" in r))
    print("years of due", dict(collections.Counter((r["due"] or "none")[:4] for r in back)))
    for p in problems: print("PROBLEM", p)
    return 1 if problems else 0

if __name__ == "__main__":
    sys.path.insert(0, HERE)
    sys.exit(main())
