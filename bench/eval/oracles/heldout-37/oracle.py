#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (standard library only).
Run: python3 oracle.py  -> writes questions.jsonl next to this file and runs checks."""
import datetime as dt, json, os, sys, calendar
# ROWS and P (phrases) are defined at the bottom of this file

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/shared/source/practice-standards.txt"
D = dt.date

# England & Wales bank holidays 2024-2028, typed by hand (with substitute days)
BH = {
    D(2024,1,1), D(2024,3,29), D(2024,4,1), D(2024,5,6), D(2024,5,27), D(2024,8,26), D(2024,12,25), D(2024,12,26),
    D(2025,1,1), D(2025,4,18), D(2025,4,21), D(2025,5,5), D(2025,5,26), D(2025,8,25), D(2025,12,25), D(2025,12,26),
    D(2026,1,1), D(2026,4,3), D(2026,4,6), D(2026,5,4), D(2026,5,25), D(2026,8,31), D(2026,12,25), D(2026,12,28),
    D(2027,1,1), D(2027,3,26), D(2027,3,29), D(2027,5,3), D(2027,5,31), D(2027,8,30), D(2027,12,27), D(2027,12,28),
    D(2028,1,3), D(2028,4,14), D(2028,4,17), D(2028,5,1), D(2028,5,29), D(2028,8,28), D(2028,12,25), D(2028,12,26),
}

def _easter(y):  # anonymous Gregorian algorithm, used only to sanity-check the typed list
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
    i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=((h+l-7*m+114)%31)+1
    return D(y,mo,da)
def _check_bh():
    for y in range(2024,2029):
        e=_easter(y); ys={x for x in BH if x.year==y}; assert len(ys)==8,(y,ys)
        assert e-dt.timedelta(2) in ys and e+dt.timedelta(1) in ys
        may=[D(y,5,d) for d in range(1,32) if D(y,5,d).weekday()==0]; assert may[0] in ys and may[-1] in ys
        aug=[D(y,8,d) for d in range(1,32) if D(y,8,d).weekday()==0]; assert aug[-1] in ys
        for x in ys: assert x.weekday()<5
_check_bh()

WD = "Mon Tue Wed Thu Fri Sat Sun".split()
def f(d): return f"{d.isoformat()} ({WD[d.weekday()]})"
def iswd(d): return d.weekday()<5 and d not in BH
def p(s): return D.fromisoformat(s)

def add_months(d, n):
    y, m = divmod(d.month-1+n, 12); y += d.year; m += 1
    last = calendar.monthrange(y, m)[1]
    return D(y, m, min(d.day, last)), d.day > last

def compute(c):
    t = c[0]
    if t in ("wd", "wdb"):
        ev, n = p(c[1]), c[2]; step = 1 if t=="wd" else -1
        d, k, skipped = ev, 0, []
        while k < n:
            d += dt.timedelta(step)
            if iswd(d): k += 1
            elif d in BH: skipped.append(d.isoformat())
        word = "after" if t=="wd" else "before"
        s = f"{n} working day{'s' if n>1 else ''} {word} {f(ev)} -> {f(d)}"
        if skipped: s += "; skips bank holiday" + ("s " if len(skipped)>1 else " ") + ", ".join(sorted(skipped))
        return d, s
    if t in ("d", "db"):
        ev, n = p(c[1]), c[2]; d = ev + dt.timedelta(n if t=="d" else -n)
        return d, f"{n} calendar day{'s' if n>1 else ''} {'after' if t=='d' else 'before'} {f(ev)} -> {f(d)}"
    if t == "w":
        ev, n = p(c[1]), c[2]; d = ev + dt.timedelta(7*n)
        return d, f"{n} week{'s' if n>1 else ''} ({7*n} days) after {f(ev)} -> {f(d)}"
    if t == "m":
        ev, n = p(c[1]), c[2]; d, clamp = add_months(ev, n)
        s = f"{n} months after {f(ev)} -> {f(d)}"
        if clamp: s += " (no such day in that month; last day of month used)"
        return d, s
    if t == "same":
        ev = p(c[1]); return ev, f"same day as {f(ev)}"
    if t == "age":
        dob, yrs, mos = p(c[1]), c[2], c[3]
        if dob.month==2 and dob.day==29 and mos==0:
            y = dob.year+yrs
            d = D(y,2,29) if calendar.isleap(y) else D(y,3,1)
            s = f"DOB {dob.isoformat()} + {yrs} years -> {f(d)}"
            if not calendar.isleap(y): s += f" (29 Feb birthday; {y} not a leap year, so 1 March)"
            return d, s
        d, clamp = add_months(dob, 12*yrs+mos)
        s = f"DOB {dob.isoformat()} + {yrs} years {mos} months -> {f(d)}"
        if clamp: s += " (no such day in that month; last day of month used)"
        return d, s
    raise ValueError(c)

def build():
    src = open(SRC, encoding="utf-8").read()
    out, errs = [], []
    for i, r in enumerate(ROWS):
        voice, kind, today, q, calc, keys = r[:6]; amb = r[6] if len(r)>6 else None
        phrases = [P[k] for k in keys]
        for ph in phrases:
            if ph not in src: errs.append(f"row {i}: phrase not in source: {ph!r}")
            if len(ph.split()) < 6: errs.append(f"row {i}: phrase too short: {ph!r}")
        if kind == "none":
            due, count = None, "no timescale is set in the standards for this"
        elif kind == "choice":
            res = [compute(c) for c in calc]
            due = min(d for d, _ in res).isoformat()
            count = " | ".join(f"option {j+1}: {s}" for j, (_, s) in enumerate(res)) + f"; earlier = {due}"
        else:
            d, count = compute(calc); due = d.isoformat()
        p(today)
        row = {"q": q, "today": today, "due": due, "expect_any": phrases, "count": count, "voice": voice, "kind": kind}
        if amb: row["ambiguous"] = amb
        out.append(row)
    return out, errs

P = {
 "fd": "screened for consent and decisions made by what action are required by a Team Leader within 1 working day",
 "init": "Initial decisions will be made about the action required within 1 working day by social work Team Leader",
 "ref": "Referrals will be actioned by a social worker within 1 working day",
 "s47seen": "the child / children will be seen by the Social Worker the same day",
 "s47prog": "Within 5 days of the Section 47 being initiated",
 "alloc": "All cases will be allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 "tlrev": "All assessments will be reviewed by the Team Leader within 15 working days",
 "a45": "Assessments must all be completed within 45 days",
 "strat1": "a strategy discussion is required, this must happen within 1 working day",
 "strat24": "A strategy discussion within 24 hours involving all relevant agencies",
 "notice": "Neighbourhood Team via email, giving at least 5 days’ notice",
 "joint": "Within the 5 days’ notice period, the Children’s First Response Social Worker",
 "icpc": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 "repfam": "The report will be shared with family at least 3 the days prior to conference",
 "repchair": "The report will be sent to the child protection chair 3 working days before the conference",
 "adv": "if they are 12 or over they should be offered an advocate",
 "cg": "The first core group must be  held within 10 days of the conference",
 "cpv": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 "rcpcpar": "This report must be shared with parents at least 3 days prior to the review conference",
 "rcpcchair": "The report will be available to the conference chair at least 3 days prior to the review conference",
 "ptt": "when they have been subject to a plan for 12 months, a professional thinking time meeting",
 "plo1": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 "fgc": "Referral should be made within 3 working days of the first PLO meeting.",
 "via": "Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 "plomin": "to be distributed to parents and their legal representation within 7 days of the meeting",
 "plorev": "Review PLO meetings with parents to be held every 4-6 weeks",
 "lpm12": "A review legal planning meeting will be held at 12 weeks",
 "lg16": "a Legal Gateway meeting will be convened at 16 weeks with Strategic Lead oversight",
 "cin20": "will set the first CIN meeting within 20 days",
 "cin10": "the initial CIN meeting must take place within 10 days",
 "cinrev": "CIN review meetings will be held at least every 6 weeks",
 "cinv": "A child subject to a CIN plan will be seen at least every 6 weeks",
 "emerg": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 "lacv1": "The child will be visited within 1 working day of coming into care or having a change in placement",
 "lacseen1": "All looked after children will be seen within 1 working day of placement",
 "pm": "The placement meeting will be held within 3 working days",
 "pp5": "an updated copy given to the carers within 5 working days of the placement beginning",
 "ft": "reviewed at least every 8 week until the plan for permanence is agreed",
 "pack": "The child will be provided with a coming into care pack, children rights leaflet within 3 weeks",
 "legal": "will be informed of the child’s legal status within 5 working days",
 "iha": "An initial health assessment will be requested and carried out within 20 working days",
 "pep": "A PEP meeting will be arranged within the school within 20 days",
 "lacweekly": "Statutory looked after visits must happen weekly until the first looked after review",
 "lac6": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 "lac12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement and been there for over 12 months",
 "cp10": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 "lacr": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 "pw": "A pathway plan will be started when the young person is 15 years 6 months",
 "iro3": "this will be with the IRO 3 days before the review",
 "ch5": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 "disp20": "The formal dispute resolution process should be completed from start to finish within 20 working days",
 "ad6": "If a child under the age of 6 enters PLO or proceedings",
 "adw": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 "ad6w": "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 "ad10": "Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
 "fcv": "Trafford foster carers are visited at least once every six weeks",
 "fcrec": "a record of this visit is recorded on LCS within 3 working days",
 "fcun": "All Trafford foster carers will have an unannounced visit at least once every 12 months",
 "fcann": "All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
 "fcpanel": "Every foster carer will have an annual review presented to the Fostering Panel at least every three years",
 "fcdbs": "All foster carers will have updated statutory references, medicals and DBS checks at least every three years",
 "fctrain": "All Trafford foster carers must update their core training at least every three years",
 "vary": "This can only be given for up to 6 working days",
 "temp": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 "rec3": "any event or contact is recorded within 3 days",
 "summ": "A clear and concise case file summary which has been updated within the last 3 months",
 "ass12": "An up to date assessment (within the last 12 months) on each child",
 # related sentences for 'none' rows (they show where the standards leave the timing open)
 "n_rcpc": "The child protection chair will set the date of the next conference",
 "n_sup": "which takes place in line with the supervision policy",
 "n_cg": "are reviewed at every core group and progress recorded",
 "n_lacr": "a new LAC review will be set in accordance with the timescales",
 "n_life": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
 "n_shopba": "This needs to take place after the area teams final care planning meeting",
 "n_gcp": "a Graded Care Profile 2 should be completed with the parents or carers",
 "n_iro": "The IRO will contact the child between reviews to ensure the progress of the plan",
 "n_swet": "the timescales for filing SWET and additional supporting documents will be agreed at the Legal Gateway meeting",
 "n_annex": "The Social Worker will complete the Annex A suitability report for Court",
}
A45 = "The standards say '45 days' (read here as calendar days); statutory guidance counts 45 working days, so a reader might count working days."
ROWS = [
# ---------------- date ----------------
("duty","date","2025-12-19","contact in today 19/12/25, TL decision needed by?",("wd","2025-12-19",1),["fd"]),
("typos","date","2025-12-24","contact came in on christmas eve (24.12.25) when does the TL have to make the descision by",("wd","2025-12-24",1),["fd"]),
("indirect","date","2025-04-18","a neighbour rang the front door today (good friday 18/04/25) worried about a toddler left alone — by when should a team leader have decided what we do with it?",("wd","2025-04-18",1),["fd","init"],"Counted from the bank holiday itself per convention; someone might also argue the first working day (22/04 vs 23/04)."),
("newstarter","date","2026-04-02","Hello, sorry if this is a basic question. A level 4 referral came in on Thursday 2 April 2026. By when does the Team Leader need to make the initial decision about what action is needed?",("wd","2026-04-02",1),["init"]),
("scenario","date","2026-08-28","School rang us this morning (Fri 28/08/26) about bruising on a Year 3 child, born 14/03/2018. Mum's next appointment with the health visitor is 2 September. When does the referral need to be actioned by a social worker?",("wd","2026-08-28",1),["ref"]),
("indirect","date","2026-05-01","a worried teacher's concern came through to duty today (friday). when does one of our workers have to have picked it up and done something with it?",("wd","2026-05-01",1),["ref"]),
("duty","date","2026-03-09","s47 agreed 09/03/26, when do i need to see the kids?",("same","2026-03-09"),["s47seen"]),
("newstarter","date","2027-01-05","Sorry, new to duty. A referral on Tuesday 5 January 2027 has gone straight to a Section 47. How quickly do I need to see the children?",("same","2027-01-05"),["s47seen"]),
("manager","date","2025-12-30","S47 initiated 18/12/2025, SW and TL progress discussion held 29/12/25 — within timescale?",("d","2025-12-18",5),["s47prog"]),
("typos","date","2026-03-31","s47 started today 31st march, when do i have to talk to my manager about how its going",("d","2026-03-31",5),["s47prog"]),
("manager","date","2026-01-06","Referral decision 23/12/25, case allocated to a SW for the C&F assessment on 05/01/26 — was that within timescale?",("wd","2025-12-23",3),["alloc"]),
("newstarter","date","2025-04-17","Hi, I'm new to CFR. A case came through on Thursday 17 April 2025 and needs a Child and Family Assessment. By what date does it need allocating to a social worker?",("wd","2025-04-17",3),["alloc"]),
("indirect","date","2027-08-27","new case needs a worker giving it so the full family assessment can start — team leader decided on friday 27/08/27. how long has she got to give it out?",("wd","2027-08-27",3),["alloc"]),
("scenario","date","2025-12-16","I started the Child and Family Assessment on 15 December 2025, two days after the referral came in on the 13th. I'm off from 24 Dec to 2 Jan. When does my Team Leader need to have reviewed it by?",("wd","2025-12-15",15),["tlrev"]),
("indirect","date","2026-04-01","my manager has to read through the family assessment i started on the 1st of April 2026 — how long has she got before she must have looked at it?",("wd","2026-04-01",15),["tlrev"]),
("manager","date","2027-09-13","Assessment started 20/08/2027, TL review recorded 10/09/2027. Within timescale?",("wd","2027-08-20",15),["tlrev"]),
("duty","date","2025-12-01","cfa start 01/12/25 - 45 day deadline?",("d","2025-12-01",45),["a45"],A45),
("typos","date","2025-12-19","assesment started 19.12.2025 when does it have to be finished",("d","2025-12-19",45),["a45"],A45),
("scenario","date","2026-03-06","Referral came in on 3 March 2026 and after the strategy discussion I started the child and family assessment on 5 March. Dad's DOB is 01/01/1990 if that matters. When's the assessment due to be completed?",("d","2026-03-05",45),["a45"],"Could be counted from the referral (3 March) rather than the assessment start; also " + A45),
("manager","date","2025-06-02","Audit: C&F assessment commenced 14/04/2025, authorised 30/05/2025 — completed within the 45 days?",("d","2025-04-14",45),["a45"],A45),
("newstarter","date","2027-05-04","I've just started a Child and Family Assessment today (4 May 2027). Could you tell me the final date it has to be completed by?",("d","2027-05-04",45),["a45"],A45),
("duty","date","2026-05-22","mgmt decision strat needed fri 22/05/26 — strat by?",("wd","2026-05-22",1),["strat1"],"The S47 section also says 'within 24 hours', which would give 23/05."),
("typos","date","2026-08-26","TL said we need a strat on wed 26th aug when has it got to happen by",("wd","2026-08-26",1),["strat1"],"The S47 section also says 'within 24 hours' (same answer here: 27/08)."),
("scenario","date","2026-12-14","CFR emailed the Neighbourhood Team on Monday 14 December 2026 to transfer a CIN case after the assessment. The family's Christmas contact is on the 23rd. By when do both workers need to have done the joint introductory visit?",("d","2026-12-14",5),["joint","notice"],"The notice period is 'at least 5 days', so it could be read as longer if more notice was given."),
("indirect","date","2025-08-27","we're handing a family over to the locality team — email went to them on 27/08/25. what's the earliest date the case can actually move over?",("d","2025-08-27",5),["notice"]),
("duty","date","2025-12-19","strat 19/12/25 icpc by?",("wd","2025-12-19",15),["icpc"]),
("typos","date","2026-04-07","strat was 3.4.26 whens the icpc due",("wd","2026-04-03",15),["icpc"]),
("scenario","date","2026-05-19","We held the initial strategy discussion on 11 May 2026 and a second strat on 18 May when police had more info. The S47 is ongoing. What's the latest date for the ICPC?",("wd","2026-05-11",15),["icpc"]),
("indirect","date","2026-12-18","the first big multi-agency meeting where they decide if the child needs a protection plan — the strategy meeting was 17/12/2026, when has that first meeting got to be held by?",("wd","2026-12-17",15),["icpc"]),
("newstarter","date","2027-03-23","Could you help me work out when the initial child protection conference should be held by? The strategy discussion was today, Tuesday 23 March 2027.",("wd","2027-03-23",15),["icpc"]),
("manager","date","2026-01-21","ICPC was held 20/01/26, strat 02/01/26, was that in timescale?",("wd","2026-01-02",15),["icpc"]),
("manager","date","2025-09-08","strat 14/08/2025, ICPC 05/09/2025 — compliant?",("wd","2025-08-14",15),["icpc"]),
("indirect","date","2026-01-05","the big first meeting about whether the kids need protecting is monday 12/01/26 — by when do the parents need to have had my written report?",("db","2026-01-12",3),["repfam"]),
("typos","date","2026-03-30","when do i have to give mum the conferance report, initial conference is on tuesday 7th april",("db","2026-04-07",3),["repfam"]),
("duty","date","2026-03-25","ICPC 07/04/26, report to chair by?",("wdb","2026-04-07",3),["repchair"]),
("newstarter","date","2026-12-14","My first initial child protection conference is on Wednesday 30 December 2026. When does my report need to reach the CP chair?",("wdb","2026-12-30",3),["repchair"]),
("manager","date","2027-01-06","ICPC 04/01/2027, report received by CP chair 29/12/2026 — was that on time?",("wdb","2027-01-04",3),["repchair"]),
("manager","date","2026-01-05","ICPC 22/12/25, first core group held 02/01/26 — within timescale?",("d","2025-12-22",10),["cg"]),
("typos","date","2025-05-23","child went on a plan at conferance today 23rd may when is first core group",("d","2025-05-23",10),["cg"]),
("indirect","date","2027-03-18","after the meeting where the plan got agreed (today, thu 18/03/27), when does the first meeting of the smaller group of professionals and family who put the detail on the plan need to happen?",("d","2027-03-18",10),["cg"]),
("scenario","date","2026-08-25","ICPC was Monday 24 August 2026 and the child was made subject to a plan under neglect. The chair pencilled the review conference for 16 November. When must the first core group be held by?",("d","2026-08-24",10),["cg"]),
("manager","date","2027-01-04","ICPC 11/12/2026, first CG held 22/12/2026 — in timescale?",("d","2026-12-11",10),["cg"]),
("scenario","date","2026-04-27","The review child protection conference is on 5 May 2026, just after the bank holiday. Dad works away and only gets back on the 1st. By when do the parents need to have had the plan update report?",("db","2026-05-05",3),["rcpcpar"]),
("newstarter","date","2027-05-20","The review child protection conference is on Tuesday 1 June 2027. By what date should the conference chair have my report?",("db","2027-06-01",3),["rcpcchair"]),
("indirect","date","2026-12-15","the progress update for the follow-up protection meeting (the one that decides if the plan carries on) — it's on 28/12/2026, when do mum and dad need to have seen it?",("db","2026-12-28",3),["rcpcpar"]),
("scenario","date","2025-12-01","Child went on a CP plan at ICPC on 15 January 2025 and has been on it since; reviews were in April and October. Progress isn't enough to de-plan. By when should the professional thinking time meeting be held?",("m","2025-01-15",12),["ptt"]),
("manager","date","2025-02-10","Plan start 29/02/2024 — when does the 12-month mark hit for the professional thinking time meeting?",("m","2024-02-29",12),["ptt"],"29 Feb + 12 months has no exact date in 2025; 28 Feb used by convention, 1 March is the other reading."),
("duty","date","2025-12-19","PLO letter dated 19/12/25 - 1st PLO mtg by?",("d","2025-12-19",10),["plo1"]),
("indirect","date","2027-03-29","the formal letter to parents saying we're worried enough to think about court is dated 27 March 2027 — when should we sit down with them and their solicitor?",("d","2027-03-27",10),["plo1"]),
("typos","date","2025-05-06","plo leter dated 2nd may when has first meeting got to be by",("d","2025-05-02",10),["plo1"]),
("duty","date","2026-12-24","1st PLO mtg today 24/12/26, FGC referral by?",("wd","2026-12-24",3),["fgc"]),
("newstarter","date","2027-03-25","We had the first PLO meeting today, Thursday 25 March 2027, and the parents agreed to a family group conference. When does the referral for the FGC need to be made by?",("wd","2027-03-25",3),["fgc"]),
("scenario","date","2025-08-22","First PLO meeting was on 21 August 2025. Nan and an aunt have come forward as possible carers. The FGC is booked for 9 September. When does the viability screening request need to go to Family Placement?",("wd","2025-08-21",3),["via"],"The standard also allows 'immediately following Family Group Conference', which would point to 9 September instead."),
("typos","date","2026-05-29","initial plo meeting was today 29/5/26 viabilty requests to fpt by when",("wd","2026-05-29",3),["via"]),
("indirect","date","2025-12-23","we met the parents and their solicitors today (23/12/25) for the first sit-down after the pre-court letter — by when do the written notes of what we agreed need to go out to them?",("d","2025-12-23",7),["plomin"]),
("manager","date","2026-04-10","PLO meeting 31/03/2026, minutes sent to parents' solicitor 09/04/2026. Compliant?",("d","2026-03-31",7),["plomin"]),
("scenario","date","2026-02-03","The family went into PLO — the PLO letter was dated 2 February 2026 and the first meeting was on 10 February. Things haven't moved much. When is the 12-week review legal planning meeting?",("w","2026-02-02",12),["lpm12"],"Start of the 12 weeks is not stated; counting from the first PLO meeting (10/02) gives 2026-05-05."),
("duty","date","2026-06-16","PLO started 15/06/26, 16 wk legal gateway date?",("w","2026-06-15",16),["lg16"],"Start point of the 16 weeks is not stated (letter date vs first PLO meeting)."),
("newstarter","date","2027-08-31","If a case stays in PLO, when would the Legal Gateway meeting be? The PLO letter was dated 23 August 2027.",("w","2027-08-23",16),["lg16"],"Start point of the 16 weeks is not stated (letter date vs first PLO meeting)."),
("newstarter","date","2025-12-18","A child I work with was taken off their child protection plan at the review conference today, 18 December 2025. When should the first Child in Need meeting be held by?",("d","2025-12-18",20),["cin20"]),
("indirect","date","2026-04-10","the child came off the protection plan at the review meeting on 9/4/26 — when does the first meeting under the lower-level plan need to be?",("d","2026-04-09",20),["cin20"]),
("typos","date","2025-12-22","case transfered from cfr today 22nd dec when does the inital cin meeting have to happen",("d","2025-12-22",10),["cin10"]),
("scenario","date","2026-08-18","CFR completed the assessment on 10 August 2026 and the case transferred to our Neighbourhood Team on 17 August 2026. The child's birthday is 20 August. When's the initial CIN meeting due?",("d","2026-08-17",10),["cin10"]),
("duty","date","2025-12-24","emergency LAC 24/12/25, assessment due?",("wd","2025-12-24",20),["emerg"]),
("scenario","date","2027-03-24","Police protection on the night of 24 March 2027; the child was placed in emergency foster care the same night. There was no up to date assessment. Her sister was placed on 2 April. By when must the assessment be completed for her?",("wd","2027-03-24",20),["emerg"]),
("duty","date","2026-08-28","placement move fri 28/08/26 visit by?",("wd","2026-08-28",1),["lacv1"]),
("typos","date","2027-01-02","kid came into care today saturday 2nd jan when do i have to visit",("wd","2027-01-02",1),["lacv1","lacseen1"]),
("newstarter","date","2026-12-21","A young person I work with is moving to a new foster placement on Thursday 24 December 2026. By when do I need to visit them there?",("wd","2026-12-24",1),["lacv1"]),
("manager","date","2025-04-28","child became LAC 17/04/2025, first visit 22/04/2025 — within timescale?",("wd","2025-04-17",1),["lacv1","lacseen1"]),
("typos","date","2025-12-23","kid placed with carers today 23rd dec when does the placment meeting need to be",("wd","2025-12-23",3),["pm"]),
("indirect","date","2026-04-01","the sit-down with the new foster carers to share more info and sort what they can sign off themselves — child moved in 1 April 2026. when by?",("wd","2026-04-01",3),["pm"]),
("typos","date","2027-05-28","plcement started fri 28th may when is the placement meeting",("wd","2027-05-28",3),["pm"]),
("newstarter","date","2026-12-22","When does the carer need the updated placement plan? The placement began today, Tuesday 22 December 2026.",("wd","2026-12-22",5),["pp5"]),
("duty","date","2025-08-22","placed 22/08/25 updated placement plan to carers by?",("wd","2025-08-22",5),["pp5"]),
("newstarter","date","2025-12-19","A child came into care today, 19 December 2025. When does she need to be given her coming into care pack and children's rights leaflet?",("w","2025-12-19",3),["pack"]),
("indirect","date","2027-03-31","the welcome pack and rights leaflet for a kid who became looked after on 31/03/27 — when's it got to be with them?",("w","2027-03-31",3),["pack"]),
("duty","date","2026-05-01","LAC 01/05/26, tell other profs legal status by?",("wd","2026-05-01",5),["legal"]),
("newstarter","date","2025-05-02","A child became looked after on Friday 2 May 2025. I've told the reviewing officer team. By when do I need to let the other professionals know about the child's legal status?",("wd","2025-05-02",5),["legal"]),
("scenario","date","2025-12-16","Two brothers came into care yesterday, 15 December 2025, under an interim care order made the same day. The younger one has asthma and is seeing his GP on 2 January. By when does the initial health assessment have to be done?",("wd","2025-12-15",20),["iha"]),
("typos","date","2027-03-22","health assesment for a child who came into care sat 20th march when is it due",("wd","2027-03-20",20),["iha"]),
("manager","date","2025-09-05","Child accommodated 04/08/2025. IHA completed 02/09/2025 — in time?",("wd","2025-08-04",20),["iha"]),
("duty","date","2026-04-10","LAC 10/04/26 PEP by?",("d","2026-04-10",20),["pep"]),
("scenario","date","2025-12-09","She came into care on 8 December 2025 and moved schools on 15 December. Her last review at her old school was 1 December. When does the PEP meeting need to be held by?",("d","2025-12-08",20),["pep"],"A reader could count from the school move (15/12) rather than coming into care."),
("typos","date","2025-12-12","placment started 12.12.25 when does the care plan need to be on lcs",("d","2025-12-12",10),["cp10"]),
("indirect","date","2026-05-26","the written plan for a child in our care setting out her needs and what services she gets — she was placed on 26 May 2026. when must it be on the system?",("d","2026-05-26",10),["cp10"]),
("manager","date","2026-01-26","Child became LAC 23/12/25, first LAC review held 22/01/26 — within timescale?",("wd","2025-12-23",20),["lacr"]),
("typos","date","2026-08-21","first lac review for a kid who came into care 21.8.26, whens it due",("wd","2026-08-21",20),["lacr"]),
("scenario","date","2026-04-15","The child was accommodated under s20 on 27 March 2026, then an interim care order was made on 9 April 2026. The placement changed on 14 April. When's the first looked after review due?",("wd","2026-03-27",20),["lacr"],"Someone might count from the interim care order (9 April) as the change in legal status."),
("indirect","date","2027-05-27","first statutory review meeting with the independent reviewing officer, for a lad who came into our care on 27/05/2027 — latest date?",("wd","2027-05-27",20),["lacr"]),
("newstarter","date","2025-04-14","Could you tell me when the initial Looked After Review is due? The child became looked after on Monday 14 April 2025.",("wd","2025-04-14",20),["lacr"]),
("manager","date","2027-01-04","Became LAC 01/12/2026; initial LAC review held 30/12/2026 — compliant?",("wd","2026-12-01",20),["lacr"]),
("duty","date","2026-12-21","LAC review 04/01/27, report to IRO by?",("db","2027-01-04",3),["iro3"]),
("newstarter","date","2026-03-30","My report for a child's looked after review has to go to the IRO. The review is on Tuesday 7 April 2026. By when does the IRO need it?",("db","2026-04-07",3),["iro3"]),
("indirect","date","2025-12-18","the reviewing officer flagged drift in the plan to me informally today (18/12/2025) — how long have we got to sort it before it goes formal?",("wd","2025-12-18",5),["ch5"]),
("manager","date","2026-06-01","IRO informal challenge 20/05/26; formal dispute raised 28/05/26 — was that the right point?",("wd","2026-05-20",5),["ch5"]),
("indirect","date","2026-04-13","the IRO has today (13/04/26) escalated her worry about drift to the formal stage — how long has that whole process got to run start to finish?",("wd","2026-04-13",20),["disp20"]),
("scenario","date","2027-12-15","The IRO has now raised a formal dispute, on 13 December 2027, about the delay in the permanence plan. The informal challenge was in late November. When does the whole formal process need to be finished by?",("wd","2027-12-13",20),["disp20"]),
("scenario","date","2026-01-05","Baby Pip Sprocket was placed with adopters on 2 January 2026 after matching panel on 10 December. The adopters are asking when they can apply for the Adoption Order. When?",("w","2026-01-02",10),["ad10"]),
("typos","date","2027-06-01","adopters had the kids since 24th may 2027 when can they put in for the adoption order",("w","2027-05-24",10),["ad10"]),
("duty","date","2025-12-24","FC supervisory visit 24/12/25 record by?",("wd","2025-12-24",3),["fcrec"]),
("newstarter","date","2026-08-27","I visited one of our foster carers today, Thursday 27 August 2026, as their supervising social worker. When does the visit need to be recorded on LCS?",("wd","2026-08-27",3),["fcrec"]),
("scenario","date","2027-05-20","The Strategic Lead gave permission today (Thursday 20 May 2027) for a variation so we can place a 14-year-old with carers approved for 0-10. How long can that variation last — until what date?",("wd","2027-05-20",6),["vary"],"Whether the day permission is given counts as day 1 (which would give 27/05) is not stated."),
("duty","date","2026-04-30","variation of terms agreed 30/04/26 - expires?",("wd","2026-04-30",6),["vary"],"Whether the day permission is given counts as day 1 is not stated."),
("indirect","date","2025-12-10","gran was approved today (10/12/25) as a stopgap foster carer for her grandson before he moved in — when does that stopgap approval run out?",("w","2025-12-10",16),["temp"]),
("scenario","date","2026-08-03","Grandad was temporarily approved as a connected person on 1 June 2026 and the Fostering Panel and ADM have now agreed the extension. When does the temporary approval end, with the extension?",("w","2026-06-01",24),["temp"]),
("typos","date","2027-08-02","temprary aproval for the aunty started 2/8/27 when does it run out (before any extention)",("w","2027-08-02",16),["temp"]),
("duty","date","2026-12-24","home visit 24/12/26 case note by?",("d","2026-12-24",3),["rec3"]),
("newstarter","date","2025-08-22","I did a home visit to a family today, Friday 22 August 2025. How long do I have to write it up on the child's record?",("d","2025-08-22",3),["rec3"]),
("manager","date","2025-12-01","Case summary last updated 30/11/2025 — when does it go out of date?",("m","2025-11-30",3),["summ"],"30 Nov + 3 months: no 30 Feb, so 28 Feb used by convention."),
("typos","date","2026-05-05","case file sumary last done 31st jan, when do i need to update it by",("m","2026-01-31",3),["summ"]),
("manager","date","2025-01-20","Last authorised C&F assessment 29/02/2024. When does the child need a new one to stay in date?",("m","2024-02-29",12),["ass12"],"No 29 Feb 2025; 28 Feb used by convention (1 March the other reading)."),
("indirect","date","2026-12-21","our last full written look at the child's needs was signed off by the manager on 22/12/2025 — when is it too old?",("m","2025-12-22",12),["ass12"]),
("scenario","date","2025-04-01","Our foster carers, the Quillfeather family, had their references, medicals and DBS all updated on 31 March 2025. Their annual review is in June. When are those checks next due by?",("m","2025-03-31",36),["fcdbs"]),
("typos","date","2026-05-26","foster carers core training last updated 26.5.23 are they overdue, when was it due",("m","2023-05-26",36),["fctrain"]),
("scenario","date","2027-04-01","The Birchwood-Tumble carers' last annual review was presented to the Fostering Panel on 15 May 2025. Their reviews since then have been chaired by an IRO. There has been no complaint. By when must a review next go to panel?",("m","2025-05-15",36),["fcpanel"]),
("manager","date","2026-03-02","Child moved to permanent placement 03/03/2025 and has settled. From what date can statutory visits move to 12 weekly?",("m","2025-03-03",12),["lac12"],"'Over 12 months' could be read as the day after the anniversary (04/03/2026)."),
("scenario","date","2025-12-22","A S47 was started on Monday 22 December 2025 after a disclosure at school. The child was seen that afternoon. The ICPC date isn't set yet. When do I need to have the progress discussion with my manager?",("d","2025-12-22",5),["s47prog"]),
("indirect","date","2025-05-02","a call came into the front door on the friday before the may bank holiday (2/5/25) — when should the team leader have decided what happens with it?",("wd","2025-05-02",1),["fd"]),
("newstarter","date","2027-08-27","The management decision to hold a strategy discussion was made today, Friday 27 August 2027. When does the strategy discussion need to happen by?",("wd","2027-08-27",1),["strat1"],"The S47 section also says 'within 24 hours', which would give 28/08."),
("scenario","date","2027-12-24","A 9-year-old was placed with new foster carers this afternoon, Christmas Eve 2027, after his placement broke down. The carers are away on 27 December. By when do we need to have held the placement meeting?",("wd","2027-12-24",3),["pm"]),
("manager","date","2027-01-11","PLO letter dated 18/12/2026, first PLO meeting 30/12/2026 — within timescale?",("d","2026-12-18",10),["plo1"]),
# ---------------- visits ----------------
("duty","visits","2025-12-19","CP visit 19/12/25, next by?",("w","2025-12-19",4),["cpv"]),
("typos","visits","2026-04-07","last saw the kids on cp plan 3.4.26 next visit due when",("w","2026-04-03",4),["cpv"]),
("manager","visits","2027-01-06","CP child seen at home 02/12/2026 and then 05/01/2027. Was the gap OK? When was it due?",("w","2026-12-02",4),["cpv"]),
("newstarter","visits","2027-08-05","I visited a child on a child protection plan at home on Monday 2 August 2027 and saw him alone. When is the latest I can do the next statutory visit?",("w","2027-08-02",4),["cpv"]),
("scenario","visits","2025-12-22","I saw the child at home today, 22 December 2025. She's on a Child in Need plan and the next CIN review is 20 January. When's my next visit due by at the latest?",("w","2025-12-22",6),["cinv"]),
("indirect","visits","2026-05-28","child on the lower-level support plan (not protection), i saw her at home on tuesday just gone — when do i have to see her again?",("w","2026-05-26",6),["cinv"]),
("newstarter","visits","2025-08-15","When is the next Child in Need review meeting due? The last one was held on 14 August 2025.",("w","2025-08-14",6),["cinrev"]),
("typos","visits","2026-12-18","last cin reveiw mtg was 17th dec whens the next one",("w","2026-12-17",6),["cinrev"]),
("duty","visits","2025-12-22","LAC placed 15/12/25, visited 22/12, first review not till jan — next stat visit by?",("w","2025-12-22",1),["lacweekly"]),
("scenario","visits","2026-03-23","First LAC review was 3 February 2026 and the plan for permanence isn't finalised yet. I last visited her at the carers' on 20 March 2026. Her birthday is 1 April. When's the next statutory visit due?",("w","2026-03-20",6),["lac6"]),
("typos","visits","2026-12-18","yp been in perm placement 3 yrs, on 12 weekly visits now, last one 17/12/26 when is next",("w","2026-12-17",12),["lac12"]),
("indirect","visits","2027-03-31","the little one went to live with the family who are adopting her; i saw her there yesterday and the first review hasn't happened yet — when is my next visit due?",("w","2027-03-30",1),["adw"]),
("newstarter","visits","2027-08-11","The child is placed with adopters and the first Looked After Review has happened. My last visit was 10 August 2027. When is my next statutory visit due?",("w","2027-08-10",6),["ad6w"]),
("duty","visits","2025-08-28","FC supervising visit 27/08/25 next by?",("w","2025-08-27",6),["fcv"]),
("typos","visits","2025-12-24","last went to see the foster carers 19th nov when do i need to go again",("w","2025-11-19",6),["fcv"]),
("manager","visits","2026-01-05","Last unannounced visit to the Pebblewick foster household 19/12/2025 — next one due by?",("m","2025-12-19",12),["fcun"]),
("scenario","visits","2026-06-01","Our foster carers had their last annual review on 27 August 2025, chaired by an IRO, and it included the updated Safer Caring Policy. They have a child placed for respite in July. When is their next annual review due?",("m","2025-08-27",12),["fcann"]),
("duty","visits","2026-01-05","family time arrangements last reviewed 24/12/25, permanence plan not agreed — next review by?",("w","2025-12-24",8),["ft"]),
("manager","visits","2026-04-14","Review PLO meeting held 07/04/26 — when is the next one due by at the latest?",("w","2026-04-07",6),["plorev"],"'Every 4-6 weeks' is a range; 4 weeks (2026-05-05) is the earliest, 6 weeks the latest."),
("manager","visits","2026-01-05","Stat LAC visits (after first review, permanence not finalised) on 04/11/2025 and 22/12/2025 — compliant? When was it due?",("w","2025-11-04",6),["lac6"]),
# ---------------- age ----------------
("duty","age","2025-11-03","yp DOB 14/09/2010 pathway plan start date?",("age","2010-09-14",15,6),["pw"]),
("typos","age","2026-10-01","when do i start pathway plan dob 31.08.2011",("age","2011-08-31",15,6),["pw"],"31 Aug + 15y6m lands on a non-existent 31 Feb; 28 Feb 2027 used by convention (1 March the other reading)."),
("newstarter","age","2027-01-10","A young person in our care was born on 29 February 2012. When should their pathway plan be started?",("age","2012-02-29",15,6),["pw"]),
("duty","age","2025-12-01","child dob 03/01/2014 — from what date do we offer an advocate for conference (12+)?",("age","2014-01-03",12,0),["adv"]),
("indirect","age","2025-12-01","from when is the boy old enough that we must offer him someone independent to help him have his say at the protection meeting? born 25/12/2013",("age","2013-12-25",12,0),["adv"]),
("manager","age","2026-05-10","Child born 17/04/2020 entered PLO on 15/04/2026 — what date did she turn 6 (was she still under 6 for adoption allocation)?",("age","2020-04-17",6,0),["ad6"]),
("newstarter","age","2026-02-10","A little girl born on 29 February 2020 may be going into PLO soon. On what date does she turn 6, so she's no longer under 6 for the adoption social worker allocation?",("age","2020-02-29",6,0),["ad6"]),
("scenario","age","2027-02-01","We have a sibling group where the middle child, born 29/02/2016, is coming up to her ICPC next month; her brother is 14. On what date does she turn 12 and need offering an advocate?",("age","2016-02-29",12,0),["adv"]),
# ---------------- choice ----------------
("duty","choice","2026-01-05","conf 12/01/26 report due when?",[("db","2026-01-12",3),("wdb","2026-01-12",3)],["repfam","repchair"],"If 'conf' is a review conference, both reports are due 3 days prior (2026-01-09) instead."),
("typos","choice","2026-03-04","saw the child on 3.3.26 when is the next visit due",[("w","2026-03-03",4),("w","2026-03-03",6)],["cpv","cinv"]),
("scenario","choice","2025-12-19","The child came into care today, Friday 19 December 2025, in an emergency. I'm trying to get the first meeting about her booked before everyone goes off for Christmas. When is it due?",[("wd","2025-12-19",3),("wd","2025-12-19",20)],["pm","lacr"]),
("newstarter","choice","2027-03-02","I started a Child and Family Assessment today, 2 March 2027. When is it due?",[("wd","2027-03-02",15),("d","2027-03-02",45)],["tlrev","a45"]),
("manager","choice","2026-08-25","PLO meeting held 24/08/2026 — what's due and when?",[("wd","2026-08-24",3),("d","2026-08-24",7)],["fgc","via","plomin"]),
("newstarter","choice","2026-05-05","A child was placed in foster care today, Tuesday 5 May 2026. When is the placement and care plan paperwork due?",[("wd","2026-05-05",5),("d","2026-05-05",10)],["pp5","cp10"]),
("duty","choice","2026-12-24","mgmt decision for strat 24/12/26 — strat by?",[("d","2026-12-24",1),("wd","2026-12-24",1)],["strat24","strat1"],"'Within 24 hours' needs a time of day; 25/12 assumes the decision time is the start of the clock."),
("indirect","choice","2027-03-24","kid became one of our looked after children on 24/03/27 — when's the 20 day deadline?",[("d","2027-03-24",20),("wd","2027-03-24",20)],["pep","lacr","iha"]),
# ---------------- none ----------------
("duty","none","2026-01-13","icpc 12/01/26 — rcpc due when?",None,["n_rcpc"]),
("typos","none","2026-03-04","how often do i need supervision with my tl, last one was 3/3/26 when is next",None,["n_sup"]),
("scenario","none","2026-01-20","The first core group was held on 15 January 2026, within timescale after the ICPC on 8 January. The family are engaging. When is the next core group due?",None,["n_cg"]),
("indirect","none","2026-05-21","the second statutory review meeting for a child in our care — first one was 20/05/2026, when's the next one due?",None,["n_lacr"]),
("newstarter","none","2027-03-04","When does the life story book need to be completed? The Adoption Order was granted on 3 March 2027.",None,["n_life"]),
("manager","none","2026-09-01","Audit: final care planning meeting 01/07/26, SHOPBA held 20/08/26 — what's the timescale for SHOPBA after the care planning meeting?",None,["n_shopba"]),
("duty","none","2026-01-06","neglect case, CFA started 05/01/26 — GCP2 due by?",None,["n_gcp"]),
("typos","none","2026-02-03","how often does the iro have to ring the kid between reviews, last review 2.2.26",None,["n_iro"]),
("indirect","none","2026-06-17","the court papers for care proceedings — decision to issue was made at the legal meeting on 16/06/26, when does my statement have to be filed?",None,["n_swet"]),
("manager","none","2027-04-01","Adopters applied for the Adoption Order 15/03/2027 — by when must the Annex A report be with the court?",None,["n_annex"]),
]


if __name__ == "__main__":
    rows, errs = build()
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and check
    from collections import Counter
    back = [json.loads(l) for l in open(path, encoding="utf-8")]
    assert len(back) == len(rows)
    assert len({r["q"] for r in back}) == len(back), "duplicate q"
    for r in back:
        assert r["voice"] in "duty typos scenario indirect newstarter manager".split()
        assert r["kind"] in "date visits age choice none".split()
        assert (r["due"] is None) == (r["kind"] == "none")
    print("rows", len(back)); print("kinds", Counter(r["kind"] for r in back)); print("voices", Counter(r["voice"] for r in back))
    print("years", Counter(r["today"][:4] for r in back))
    print("ambiguous", sum(1 for r in back if "ambiguous" in r))
    if errs: print("\n".join(errs)); sys.exit(1)
    print("all checks passed")
