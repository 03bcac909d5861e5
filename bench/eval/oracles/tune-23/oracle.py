#!/usr/bin/env python3
"""Oracle for the frozen deadline question set (standard library only).
Computes `due` and `count` for every row from a structured description and writes questions.jsonl.
Run: python3 oracle.py  (writes questions.jsonl next to this file and runs the checks)."""
import datetime as dt, json, os, re, calendar

D = dt.date
def iso(s): return dt.date.fromisoformat(s)

# England & Wales bank holidays 2024-2028, typed by hand (substitute days included)
BH = {iso(s) for s in """
2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26
2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26
2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28
2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28
2028-01-03 2028-04-14 2028-04-17 2028-05-01 2028-05-29 2028-08-28 2028-12-25 2028-12-26
""".split()}

def _easter(y):  # anonymous Gregorian algorithm, only used to cross-check the typed list
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
    i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=((h+l-7*m+114)%31)+1
    return D(y,mo,da)
def _check_bh():
    for y in range(2024, 2029):
        e = _easter(y)
        assert e - dt.timedelta(2) in BH and e + dt.timedelta(1) in BH, y
        ys = sorted(b for b in BH if b.year == y)
        assert len(ys) == 8, y
        for b in ys: assert b.weekday() < 5, b
        mays = [b for b in ys if b.month == 5]; assert mays[0].day <= 7 and mays[1].day >= 25
        aug = [b for b in ys if b.month == 8]; assert aug[0].day >= 25 and aug[0].weekday() == 0
_check_bh()

WD = "Mon Tue Wed Thu Fri Sat Sun".split()
def fmt(d): return f"{d.isoformat()} ({WD[d.weekday()]})"
def is_wd(d): return d.weekday() < 5 and d not in BH

def add_months(d, n):
    m = d.month - 1 + n; y = d.year + m // 12; m = m % 12 + 1
    last = calendar.monthrange(y, m)[1]
    return D(y, m, min(d.day, last))

def resolve(ev, today):
    """ISO string, or a relative phrase read against `today`."""
    if re.fullmatch(r"\d{4}-\d\d-\d\d", ev): return iso(ev)
    if ev == "today": return today
    if ev == "yesterday": return today - dt.timedelta(1)
    if ev == "tomorrow": return today + dt.timedelta(1)
    m = re.fullmatch(r"(last|next) (Mon|Tue|Wed|Thu|Fri|Sat|Sun)", ev)
    if m:
        wd = WD.index(m.group(2)); assert today.weekday() != wd, ("ambiguous relative day", ev, today)
        step = -1 if m.group(1) == "last" else 1
        d = today + dt.timedelta(step)
        while d.weekday() != wd: d += dt.timedelta(step)
        return d
    raise ValueError(ev)

def calc(c, today):
    """returns (due_date, count_text)"""
    op = c[0]
    if op == "none": return None, "no timescale in the standards: " + c[1]
    e = resolve(c[1], today)
    if op == "wd":  # Nth working day strictly after event
        n = c[2]; d = e; k = 0; skipped = []
        while k < n:
            d += dt.timedelta(1)
            if d in BH: skipped.append(d.isoformat())
            if is_wd(d): k += 1
        s = f"{n} working day{'s' if n>1 else ''} after {fmt(e)} -> {fmt(d)}"
        if skipped: s += "; skips bank holidays " + ", ".join(skipped)
        if not is_wd(e): s += "; event day is not a working day, counted from it"
        return d, s
    if op == "wdb":  # Nth working day strictly before
        n = c[2]; d = e; k = 0; skipped = []
        while k < n:
            d -= dt.timedelta(1)
            if d in BH: skipped.append(d.isoformat())
            if is_wd(d): k += 1
        s = f"{n} working days before {fmt(e)} -> {fmt(d)}"
        if skipped: s += "; skips bank holidays " + ", ".join(skipped)
        return d, s
    if op == "d":
        d = e + dt.timedelta(c[2]); s = f"{fmt(e)} + {c[2]} calendar days -> {fmt(d)}"
        if d in BH: s += " (a bank holiday; calendar days, not moved)"
        elif d.weekday() >= 5: s += " (a weekend; calendar days, not moved)"
        return d, s
    if op == "db":
        d = e - dt.timedelta(c[2]); s = f"{fmt(e)} - {c[2]} calendar days -> {fmt(d)}"
        if d.weekday() >= 5 or d in BH: s += " (not a working day; calendar days, not moved)"
        return d, s
    if op == "w":
        d = e + dt.timedelta(7 * c[2]); return d, f"{fmt(e)} + {c[2]} weeks ({7*c[2]} days) -> {fmt(d)}" + (" (bank holiday, not moved)" if d in BH else "")
    if op == "m":
        d = add_months(e, c[2]); s = f"{fmt(e)} + {c[2]} months -> {fmt(d)}"
        if d.day != e.day: s += f" (no {e.day}th in that month: last day of month)"
        return d, s
    if op == "same":
        return e, f"same day as event {fmt(e)}"
    if op == "age":  # ("age", dob, years, months)
        y, mo = c[2], c[3]
        tgt = e.replace(year=1) if False else None
        mm = e.month - 1 + mo; yy = e.year + y + mm // 12; mm = mm % 12 + 1
        last = calendar.monthrange(yy, mm)[1]
        if e.day <= last:
            d = D(yy, mm, e.day); note = ""
        else:
            if e.month == 2 and e.day == 29 and mo == 0:
                d = D(yy, 3, 1); note = " (29 Feb birthday in a non-leap year: taken as 1 March)"
            else:
                d = D(yy, mm, last); note = f" (no day {e.day} in that month: last day of month)"
        lab = f"{y} years" + (f" {mo} months" if mo else "")
        return d, f"born {fmt(e)}; reaches {lab} on {fmt(d)}{note}"
    raise ValueError(op)

S = {  # verbatim phrases from practice-standards.txt
 "FD_SCREEN": "decisions made by what action are required by a Team Leader within 1 working day",
 "L45_INIT": "Initial decisions will be made about the action required within 1 working day",
 "REF_ACT": "Referrals will be actioned by a social worker within 1 working day",
 "S47_SEEN": "the child / children will be seen by the Social Worker the same day",
 "S47_5D": "Within 5 days of the Section 47 being initiated",
 "ALLOC": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 "TL_REV": "All assessments will be reviewed by the Team Leader within 15 working days",
 "ASS45": "Assessments must all be completed within 45 days",
 "STRAT": "this must happen within 1 working day and should be chaired by a social work manager",
 "STRAT24": "A strategy discussion within 24 hours involving all relevant agencies",
 "TRANS5": "notify the Neighbourhood Team via email, giving at least 5 days’ notice",
 "JOINT": "will complete a joint visit to the home to introduce the new worker",
 "ICPC": "the Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 "ICPC_FAM": "The report will be shared with family at least 3 the days prior to conference",
 "ICPC_CHAIR": "The report will be sent to the child protection chair 3 working days before the conference",
 "ADV12": "if they are 12 or over they should be offered an advocate",
 "CG1": "held within 10 days of the conference",
 "CPV": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 "RC_PAR": "This report must be shared with parents at least 3 days prior to the review conference",
 "RC_CHAIR": "The report will be available to the conference chair at least 3 days prior to the review conference",
 "PTT": "when they have been subject to a plan for 12 months",
 "PLO1": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 "FGC3": "Referral should be made within 3 working days of the first PLO meeting",
 "VIA3": "need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 "MIN7": "distributed to parents and their legal representation within 7 days of the meeting",
 "PLOREV": "Review PLO meetings with parents to be held every 4-6 weeks",
 "RLPM12": "A review legal planning meeting will be held at 12 weeks",
 "PLO4": "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
 "LG16": "a Legal Gateway meeting will be convened at 16 weeks with Strategic Lead oversight",
 "CIN20": "will set the first CIN meeting within 20 days",
 "CIN10": "the initial CIN meeting must take place within 10 days",
 "CINREV": "CIN review meetings will be held at least every 6 weeks",
 "CINV": "A child subject to a CIN plan will be seen at least every 6 weeks",
 "EMERG": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 "LACV1": "The child will be visited within 1 working day of coming into care or having a change in placement",
 "LACSEEN": "All looked after children will be seen within 1 working day of placement",
 "PLM": "The placement meeting will be held within 3 working days",
 "PPCOPY": "an updated copy given to the carers within 5 working days of the placement beginning",
 "FT8": "reviewed at least every 8 week until the plan for permanence is agreed",
 "PACK": "coming into care pack, children rights leaflet within 3 weeks",
 "LEGAL5": "informed of the child’s legal status within 5 working days",
 "IHA": "An initial health assessment will be requested and carried out within 20 working days",
 "PEP": "A PEP meeting will be arranged within the school within 20 days",
 "LACWK": "Statutory looked after visits must happen weekly until the first looked after review",
 "LAC6": "and then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 "LAC12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 "CP10": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 "LAR": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 "PATH": "A pathway plan will be started when the young person is 15 years 6 months",
 "IRO3": "this will be with the IRO 3 days before the review",
 "IROCH": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 "IRODR": "should be completed from start to finish within 20 working days",
 "ADOPT6": "If a child under the age of 6 enters PLO or proceedings",
 "ADWK": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 "AD6": "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 "AD10": "Once the children have been in placement with the adopter for 10 weeks",
 "FCV": "Trafford foster carers are visited at least once every six weeks",
 "FCREC": "a record of this visit is recorded on LCS within 3 working days",
 "FCUN": "will have an unannounced visit at least once every 12 months",
 "FCANN": "All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
 "FCPANEL": "will have an annual review presented to the Fostering Panel at least every three years",
 "FCDBS": "updated statutory references, medicals and DBS checks at least every three years",
 "FCTRAIN": "must update their core training at least every three years",
 "VAR6": "This can only be given for up to 6 working days",
 "TEMP16": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 "REC3": "any event or contact is recorded within 3 days",
 "SUMM": "case file summary which has been updated within the last 3 months",
 "ASS12": "An up to date assessment (within the last 12 months) on each child",
 # sentences relevant to `none` rows (they set no timescale)
 "NEXTCONF": "The child protection chair will set the date of the next conference",
 "CGALL": "are reviewed at every core group and progress recorded",
 "SUPPOL": "monitored through supervision which takes place in line with the supervision policy",
 "PERM2": "At the point of the second review (if not in proceedings) the child must have a permanency plan",
 "SHOPBA": "This needs to take place after the area teams final care planning meeting",
 "IROCONT": "The IRO will contact the child between reviews",
 "LIFE": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
 "PEPTERM": "subsequently reviewed within the statutory guidelines at least 1 per term",
 "STRATREC": "the plan for the enquiries and decisions recorded and a record sent to all participating professionals",
 "FGCLAC": "Consideration of a family group conference will be part of the assessment and planning",
}

AMB45 = "The standards say 45 days, read here as calendar days; a reader following statutory guidance (45 working days) would get a later date."
AMB24 = "The S47 section also says a strategy discussion 'within 24 hours', which would give the calendar day after the decision instead."
AMBFAM = "'at least 3 the days prior' is read as calendar days; read as working days it would be earlier."
AMBPLO = "Start of PLO is taken as the stated event; counting from the PLO letter date or the first PLO meeting instead would shift the date."

ROWS = [
# ---------------- Front Door ----------------
("indirect","date","2025-12-24","a contact came into the front door this morning about a 4 year old - by when does a team leader have to have looked at it and decided what we're doing?",["FD_SCREEN"],("wd","today",1)),
("typos","date","2026-04-02","contact recieved 2.4.26 at CFR when does TL need to screen it for consent n decide action",["FD_SCREEN"],("wd","2026-04-02",1)),
("duty","date","2027-03-25","L4 referral in today, TL initial decision by?",["L45_INIT"],("wd","today",1)),
("newstarter","date","2025-08-22","Hi, sorry if this is basic - a child protection level referral came in today. How long does the team leader have to make the initial decision about what action we take?",["L45_INIT"],("wd","today",1)),
("indirect","date","2026-12-24","new referral landed on the duty desk this afternoon - by when does a social worker have to pick it up and get going on it?",["REF_ACT"],("wd","today",1)),
("scenario","date","2027-05-28","Referral came in from school today about a 9 year old (DOB 14/03/2018) - bruising seen at PE. Senior Prac wants to know the latest it can be actioned by a SW under our standards.",["REF_ACT"],("wd","today",1)),
("duty","date","2026-01-02","s47 agreed this am, child seen by?",["S47_SEEN"],("same","today")),
("indirect","date","2025-12-23","manager's just said this one needs a proper child protection enquiry. how long have I got to actually see the kids?",["S47_SEEN"],("same","today")),
("manager","date","2026-04-10","S47 initiated Tue 31/03/26, SW/manager progress discussion happened 07/04. Within standard?",["S47_5D"],("d","2026-03-31",5)),
("newstarter","date","2025-12-22","Hello - I started a section 47 enquiry on Friday 19th December. When do my manager and I need to sit down to discuss how it's progressing?",["S47_5D"],("d","2025-12-19",5)),
("scenario","date","2027-03-24","Mum rang on 24/03 worried about her partner; it's gone through as a referral today and needs a C&F assessment. Her older son's review is on 6 April but that's separate. When does the TL need to have allocated this one?",["ALLOC"],("wd","2027-03-24",3)),
("duty","date","2025-12-10","C&FA started 10/12, TL review by?",["TL_REV"],("wd","2025-12-10",15)),
("manager","date","2026-04-28","Assessment began 23/03/26, TL review recorded 14/04/26. In timescale?",["TL_REV"],("wd","2026-03-23",15)),
("newstarter","date","2027-03-15","I began my first Child and Family Assessment today (Monday 15 March). When does my team leader need to review it by?",["TL_REV"],("wd","2027-03-15",15)),
("scenario","date","2025-11-14","Assessment started 14/11/25 after a referral from the health visitor; baby born 02/10/25. Family are going abroad early January. When does the assessment have to be completed by?",["ASS45"],("d","2025-11-14",45),AMB45),
("typos","date","2026-02-20","c&f asessment startd 20th feb, when does it need finishing",["ASS45"],("d","2026-02-20",45),AMB45),
("manager","date","2027-06-01","C&FA started 01/04/27, authorised as complete 20/05/27 - within timescale?",["ASS45"],("d","2027-04-01",45),AMB45),
("indirect","date","2026-11-10","the full look at the family's needs - I started it on 10 Nov. what's the final deadline for finishing it?",["ASS45"],("d","2026-11-10",45),AMB45),
("indirect","date","2026-04-02","my manager decided this afternoon that we need the meeting with police and health to plan the enquiries, and asked for it to be chaired by a manager. latest that can happen?",["STRAT"],("wd","today",1),AMB24),
("scenario","date","2025-05-02","Police called this morning about a DV incident at the family home, kids 3 and 6. TL has made the management decision today that a strategy discussion is needed. Their last CIN review was 28/04. Latest date for the strat?",["STRAT"],("wd","today",1),AMB24),
("indirect","date","2026-12-22","front door emailed the neighbourhood team today to say the family's moving over to them. earliest the handover can actually happen given the notice we have to give?",["TRANS5"],("d","today",5)),
("newstarter","date","2026-03-27","I'm in CFR and need to hand a case to a neighbourhood team. If I email them on Monday 30 March, by when do we need to do the joint visit with the new worker?",["JOINT","TRANS5"],("d","2026-03-30",5)),
# ---------------- S47 / ICPC ----------------
("duty","date","2025-12-22","strat 18/12/25 icpc by?",["ICPC"],("wd","2025-12-18",15)),
("typos","date","2026-03-20","strat meeting was on 20.3 , icpc needs to be when??",["ICPC"],("wd","2026-03-20",15)),
("scenario","date","2027-03-19","We held the initial strategy discussion on 12/03/27 for a 7 year old (DOB 29/06/2019). Child was seen on 15/03 and the S47 outcome is to go to conference. When must the ICPC be held by?",["ICPC"],("wd","2027-03-12",15)),
("manager","date","2026-05-20","ICPC booked for 21/05/26, strat was 29/04/26. Within timescale?",["ICPC"],("wd","2026-04-29",15)),
("newstarter","date","2027-12-14","Could someone help - the strategy discussion was on Tuesday 7th December. What's the last date the Initial Child Protection Conference can be held?",["ICPC"],("wd","2027-12-07",15)),
("indirect","date","2026-08-19","first multi agency planning call about the injury was 14/08. latest date to get everyone round the table to decide if she needs a protection plan?",["ICPC"],("wd","2026-08-14",15)),
("scenario","date","2026-12-16","Strat was on 11 December following a disclosure at school. The family also has a CIN meeting booked for 5 January which I'm hoping to keep. What's the deadline for the initial conference?",["ICPC"],("wd","2026-12-11",15)),
("scenario","date","2025-04-14","Brother and sister, 4 and 8. Referral came in 2/4, strat held 3/4/25, home visit 4/4. Dad's court date is 30/04. When's the latest the ICPC can be?",["ICPC"],("wd","2025-04-03",15)),
("indirect","date","2027-08-20","we had the strat call last Tuesday. when's the last day the first child protection conference can go ahead?",["ICPC"],("wd","last Tue",15)),
("duty","date","2026-04-01","icpc tue 7/4, report to chair by?",["ICPC_CHAIR"],("wdb","2026-04-07",3)),
("indirect","date","2025-12-18","the conference is on 30 December; when does the chair need to have my signed-off report?",["ICPC_CHAIR"],("wdb","2025-12-30",3)),
("manager","date","2027-01-05","ICPC on 05/01/27. SW report reached the CP chair 30/12/26. Met standard?",["ICPC_CHAIR"],("wdb","2027-01-05",3)),
("newstarter","date","2027-05-25","My first ICPC is on Wednesday 2 June. When does the report have to go to the child protection chair?",["ICPC_CHAIR"],("wdb","2027-06-02",3)),
("scenario","date","2025-08-20","ICPC for baby K (born 01/08/25) is booked for Friday 29 August. The chair's asked for my report 'in line with the standards' and the TL's off until the 27th. When exactly does it need to reach the chair?",["ICPC_CHAIR"],("wdb","2025-08-29",3)),
("indirect","date","2026-01-02","conference is Monday 5th Jan. by when do the parents have to have seen my report?",["ICPC_FAM"],("db","2026-01-05",3),AMBFAM),
("typos","date","2025-08-20","icpc on 27/8 when do i share report wiht family",["ICPC_FAM"],("db","2025-08-27",3),AMBFAM),
# ---------------- CP plans ----------------
("duty","date","2025-12-19","ICPC today, 1st CG by?",["CG1"],("d","today",10)),
("scenario","date","2027-08-23","ICPC was on 20/08/27, both children made subject to CP plans under neglect. Mum's birthday is 25/08 and she's asked that nothing is booked that day. When's the latest the first core group can be?",["CG1"],("d","2027-08-20",10)),
("newstarter","date","2027-12-20","Hi all, conference was held on Friday 17 December and the child is now on a plan. When must the first core group be held?",["CG1"],("d","2027-12-17",10)),
("indirect","date","2026-05-01","the child's review conference is on 5 May - by when do mum and dad need a copy of the plan update?",["RC_PAR"],("db","2026-05-05",3)),
("manager","date","2027-04-01","RCPC 30/03/27, plan update shared with parents 28/03. Compliant?",["RC_PAR"],("db","2027-03-30",3)),
("scenario","date","2026-08-26","The review child protection conference for the twins is on 1 September. Their last conference was 2 June and the core group met 18 August. When does the report have to be with the chair?",["RC_CHAIR"],("db","2026-09-01",3)),
("indirect","date","2025-02-10","this child has been on a protection plan since conference on 29 February 2024 and nothing's shifting. when do we hit the point where we need the professional thinking time meeting?",["PTT"],("m","2024-02-29",12)),
("manager","date","2026-11-02","CP plan started 12/10/25, no de-planning in sight. From what date should a professional thinking time meeting have been held?",["PTT"],("m","2025-10-12",12)),
# ---------------- PLO ----------------
("indirect","date","2026-03-25","the letter that starts pre-proceedings went out dated 25 March. when's the latest for the first meeting with the parents and their solicitor?",["PLO1"],("d","2026-03-25",10)),
("scenario","date","2027-04-23","Legal Gateway agreed PLO on 15/04/27 and the letter is dated 22/04/27. Dad's solicitor is on leave until 3 May. When should the first PLO meeting take place by?",["PLO1"],("d","2027-04-22",10)),
("indirect","date","2026-04-01","we had the first pre-proceedings meeting today and mum's agreed to a family group conference. by when does the referral have to go in?",["FGC3"],("wd","today",3)),
("scenario","date","2025-12-22","First PLO meeting was held this morning. Parents named maternal grandmother and an aunt as possible carers. Next review is provisionally 2 Feb. When do the viability screening requests need to be with Family Placement?",["VIA3"],("wd","today",3)),
("typos","date","2026-12-21","plo meeting was 21/12 when do minutes have to go to parents n solicitors",["MIN7"],("d","2026-12-21",7)),
("indirect","date","2025-08-19","had the pre-proceedings meeting with mum and dad yesterday. by when do the notes with the agreed expectations have to go to them and their lawyers?",["MIN7"],("d","yesterday",7)),
("newstarter","date","2027-03-31","I chaired my first PLO meeting today (Wednesday 31 March). When do the minutes need to be sent out by?",["MIN7"],("d","2027-03-31",7)),
("indirect","date","2026-01-05","we're in pre-proceedings; the letter went out 5 January. when's the 12 week legal review meeting with the solicitor?",["RLPM12"],("w","2026-01-05",12),AMBPLO),
("manager","date","2027-01-10","PLO letter 01/09/26, still in PLO. When should the Legal Gateway have been convened?",["LG16"],("w","2026-09-01",16),AMBPLO),
("indirect","date","2026-05-22","family still in pre-proceedings, letter went out 29 Jan. when do we have to go back to gateway with the strategic lead?",["LG16"],("w","2026-01-29",16),AMBPLO),
("scenario","date","2026-04-13","At the 12 week review legal planning meeting on 13/04/26 it was agreed, exceptionally, to extend PLO. Mum starts rehab on 20/04. When does the extra period end?",["PLO4"],("w","2026-04-13",4)),
# ---------------- CIN ----------------
("indirect","date","2025-12-12","at the review conference today the child came off the protection plan and is now child in need. when does the first CIN meeting need to be by?",["CIN20"],("d","today",20)),
("scenario","date","2026-04-17","Conference on 15/04/26 decided to de-plan; the children step down to CIN. Dad's next contact is 20/04. When's the first CIN meeting due?",["CIN20"],("d","2026-04-15",20)),
("typos","date","2027-08-12","child deplanned at rcpc 11th aug, 1st cin meeting by?",["CIN20"],("d","2027-08-11",20)),
("newstarter","date","2026-08-24","A case was transferred to me from Children's First Response on Friday 21 August. When should the first Child in Need meeting be held?",["CIN10"],("d","2026-08-21",10)),
# ---------------- Children in care ----------------
("indirect","date","2025-12-10","he came into care in an emergency overnight, on 10/12. when must the assessment of his needs be done?",["EMERG"],("wd","2025-12-10",20)),
("scenario","date","2026-03-23","Police protection on Sunday 22 March, child placed with foster carers that night - completely unplanned. Her half-sibling was placed back in 2024. When must the assessment be completed?",["EMERG"],("wd","2026-03-22",20)),
("duty","date","2026-04-02","placed with FC today, visit by?",["LACV1","LACSEEN"],("wd","today",1)),
("typos","date","2027-12-24","child moved placment 24/12 when is the visit due",["LACV1"],("wd","2027-12-24",1)),
("scenario","date","2025-08-22","Section 20 agreed today and the 14 year old went to a residential placement 40 miles away this afternoon. Her birthday is on 29 August. When's the latest I need to visit her?",["LACV1","LACSEEN"],("wd","today",1)),
("newstarter","date","2027-05-27","A child I'm allocated was placed today (Thursday 27 May). When does the placement meeting need to be held?",["PLM"],("wd","2027-05-27",3)),
("indirect","date","2026-04-01","placement began today; by when do the carers need the updated copy of the plan with all the extra info in?",["PPCOPY"],("wd","today",5)),
("typos","date","2026-12-18","came into care 18/12, when do they need the coming into care pack + rights leaflet",["PACK"],("w","2026-12-18",3)),
("indirect","date","2025-05-06","She came into care last Friday. When does she need to have been given the welcome pack and the leaflet about her rights?",["PACK"],("w","last Fri",3)),
("duty","date","2027-03-24","became LAC 24/3, other profs told of legal status by?",["LEGAL5"],("wd","2027-03-24",5)),
("scenario","date","2025-12-22","Interim care order granted today (22/12/25), so the child is now looked after. School, GP and CAMHS are involved; school broke up on 19/12. When do all of them need to be told about the change in his legal status?",["LEGAL5"],("wd","2025-12-22",5)),
("indirect","date","2026-04-28","she came into care today - when does her first proper health check with the doctor have to be done?",["IHA"],("wd","today",20)),
("newstarter","date","2027-12-15","A child I work with became looked after today, Wednesday 15 December. When does the initial health assessment need to be carried out by?",["IHA"],("wd","2027-12-15",20)),
("indirect","date","2025-08-26","he became looked after today; when should the education planning meeting at school be arranged by?",["PEP"],("d","today",20)),
("typos","date","2026-03-17","pep meeting for new lac child, came into care 17/03/26, due when",["PEP"],("d","2026-03-17",20)),
("duty","date","2026-12-21","placed 21/12, care plan on system by?",["CP10"],("d","2026-12-21",10)),
("indirect","date","2027-08-20","she was placed today; when does the written plan for her care need to be on the system?",["CP10"],("d","today",10)),
("duty","date","2025-12-05","LAC from 5/12/25, initial LAC review by?",["LAR"],("wd","2025-12-05",20)),
("scenario","date","2026-03-16","Child became looked after today under an ICO; next hearing is 30/04/26. Her sibling's review is on 8 April. When must her first review be held?",["LAR"],("wd","2026-03-16",20)),
("manager","date","2027-05-25","Child LAC from 26/04/27, initial LAC review set for 27/05/27. Within timescale?",["LAR"],("wd","2027-04-26",20)),
("typos","date","2027-12-03","child went into care 3rd dec, 1st review needs to be when",["LAR"],("wd","2027-12-03",20)),
("indirect","date","2026-04-01","her review is Tues 7th April, when does my report need to be with the reviewing officer?",["IRO3"],("db","2026-04-07",3)),
# ---------------- IRO ----------------
("indirect","date","2026-12-22","the reviewing officer flagged drift to me informally today. if it's not sorted, how long until it becomes a formal dispute?",["IROCH"],("wd","today",5)),
("manager","date","2025-05-12","IRO informal challenge raised 24/04/25; formal dispute raised 06/05/25. By what date should it have gone formal if unresolved?",["IROCH"],("wd","2025-04-24",5)),
("newstarter","date","2027-03-19","An IRO has started a formal dispute about one of my cases today (Friday 19 March). By when does the process have to be completed?",["IRODR"],("wd","2027-03-19",20)),
("indirect","date","2026-11-30","the formal disagreement process from the reviewing officer started today. When should the whole thing be wrapped up?",["IRODR"],("wd","today",20)),
# ---------------- Adoption ----------------
("scenario","date","2026-05-05","Baby was placed with her adopters on 23/02/26 following matching panel on 05/02/26. When can they apply for the Adoption Order?",["AD10"],("w","2026-02-23",10)),
# ---------------- Fostering ----------------
("indirect","date","2027-03-24","Strategic Lead said yes today to placing a 15 year old with carers approved for under 11s. How long does that permission last?",["VAR6"],("wd","today",6)),
("manager","date","2026-06-02","Variation of terms of approval granted 21/05/26 and the child is still there. Up to what date was the variation valid?",["VAR6"],("wd","2026-05-21",6)),
("indirect","date","2026-01-05","grandma got temporary approval as a foster carer today. when does it run out if it's not extended?",["TEMP16"],("w","today",16)),
("scenario","date","2025-08-26","Aunt was given temporary approval as a connected person carer on 26/05/25 and we've gone to panel for the extension. If the ADM agrees the extra time, when does it end?",["TEMP16"],("w","2025-05-26",24)),
# ---------------- Case recording ----------------
("typos","date","2026-12-24","home visit 24/12 when does it need recording by",["REC3"],("d","2026-12-24",3)),
("indirect","date","2027-05-04","I spoke to the family on the phone last Friday. By when should I have got it written up on the file?",["REC3"],("d","last Fri",3)),
("newstarter","date","2025-04-17","How long do I have to write up a visit? I did one this morning.",["REC3"],("d","today",3)),
# ---------------- more date rows (scenario / indirect) ----------------
("scenario","date","2026-12-29","Strategy discussion was held on 23/12/26 for a 15 year old (DOB 02/01/2011). She's staying with a friend until 4 January. When is the deadline for the ICPC?",["ICPC"],("wd","2026-12-23",15)),
("scenario","date","2027-12-22","Dad brought the 2 year old into A&E on 20/12; the strategy discussion was today. The hospital discharge is planned for 24/12. When must the initial conference happen by?",["ICPC"],("wd","today",15)),
("scenario","date","2025-05-23","Children made subject to CP plans at ICPC today. Their previous CIN review was on 9 May and the youngest turns 5 on 1 June. When's the first core group due?",["CG1"],("d","today",10)),
("scenario","date","2026-05-22","First PLO meeting was on Tuesday 19 May; the PLO letter was dated 7 May. Mum has now agreed to an FGC. What's the deadline for the FGC referral?",["FGC3"],("wd","2026-05-19",3)),
("scenario","date","2027-12-31","New Year's Eve placement: a 12 year old placed in an emergency today after the carers from her last placement (started 04/06/27) gave notice. When does the placement meeting have to be held?",["PLM"],("wd","today",3)),
("scenario","date","2026-08-28","Two brothers placed with connected carers today, their cousin is already there since 03/02/26. When does the initial looked after review need to be by?",["LAR"],("wd","today",20)),
("scenario","date","2025-04-17","Emergency placement last night (16/04/25) after mum was arrested; the baby's dad has PR and lives in Wales. Birth date 10/01/25. When does the initial health assessment need to be done?",["IHA"],("wd","2025-04-16",20)),
("scenario","date","2027-08-27","Contact came into CFR at 4pm today from a neighbour about children left alone; the TL is in a strategy discussion for another family until 5. By when must the TL's decision be recorded?",["FD_SCREEN"],("wd","today",1)),
("scenario","date","2026-12-31","Planned move for a 10 year old to a new foster placement today; she's been in care since 15/07/24. Her review is 20/01/27. When's the latest I can visit her after the move?",["LACV1"],("wd","today",1)),
("scenario","date","2025-12-23","IRO raised an informal challenge with me today about the delay in the sibling assessment. The siblings were placed 01/09/25. If I can't resolve it, when would it become a formal dispute?",["IROCH"],("wd","today",5)),
("indirect","date","2027-03-25","we've decided to go for the joint police and social care enquiry today. how many days until I have to sit down with my manager to agree next steps, and what date is that?",["S47_5D"],("d","today",5)),
("indirect","date","2025-05-23","the foster carers I supervise had my visit today - by when does it need to be typed up on the system?",["FCREC"],("wd","today",3)),
("indirect","date","2027-04-30","we were told yesterday that the children are now subject to an interim care order. when do the school and health visitor need to be told about the change?",["LEGAL5"],("wd","yesterday",5)),
("indirect","date","2025-08-22","the family meeting where we go through the plan with the parents and their solicitor (the first one) happened today - when is the deadline for me to ask Family Placement to screen the aunt as a carer?",["VIA3"],("wd","today",3)),
("indirect","date","2026-05-22","the meeting today where everyone agreed the protection plan for baby - when do we next have to get together as the working group to add detail to the plan?",["CG1"],("d","today",10)),
("indirect","date","2027-12-23","the boy was taken into care yesterday with no planning at all. when's the assessment of his needs due?",["EMERG"],("wd","yesterday",20)),
("indirect","date","2025-12-19","emailed the team that will hold the case ongoing today to give them notice it's coming over. what's the date by which the two of us should go out together to introduce them?",["JOINT"],("d","today",5)),
("indirect","date","2026-08-28","I started looking into a family's situation as a child in need assessment today. When does my team leader need to check it over?",["TL_REV"],("wd","today",15)),
("indirect","date","2026-12-24","the adopters were matched and the toddler moved in with them today. when can they apply to the court to make it permanent?",["AD10"],("w","today",10)),
("indirect","date","2025-05-02","a case came over from the front door on Wednesday as child in need. when's the first meeting with the family and professionals due?",["CIN10"],("d","last Wed",10)),
("indirect","date","2027-03-26","the last conference today took her off the protection plan, it'll carry on as child in need. latest date for the first meeting of that plan?",["CIN20"],("d","today",20)),
("scenario","date","2026-04-02","Health visitor referral this morning about a 6 month old (born 02/10/25) with a bruise on his cheek. S47 threshold not met but the TL agrees it needs a C&F assessment. Parents are moving house on 20/04. By when must the case be allocated?",["ALLOC"],("wd","today",3)),
("scenario","date","2027-05-24","Second LAC review for a 9 year old is on Tuesday 1 June; the first one was 10 March. Carers go on holiday on the 28th. When must my report be with the IRO?",["IRO3"],("db","2027-06-01",3)),
("scenario","date","2027-08-27","A 13 year old moved to new carers today after her previous placement (from 12/02/27) broke down. The placement meeting is booked for 1 September. By when must the carers have the updated placement plan?",["PPCOPY"],("wd","today",5)),
("scenario","date","2025-12-15","Sibling group of three came into care on Friday 12/12/25; the eldest's birthday is 2 January. When must they have had their coming into care packs and rights leaflets?",["PACK"],("w","2025-12-12",3)),
# ---------------- visits ----------------
("indirect","visits","2025-12-22","last time I saw the child on the protection plan was 1 December. what's the latest I can see them again?",["CPV"],("w","2025-12-01",4)),
("duty","visits","2026-03-10","last CP visit 10/3, next by?",["CPV"],("w","2026-03-10",4)),
("manager","visits","2027-02-10","CP visits on 04/01/27 and 05/02/27 - was the gap OK? When was the second one due by?",["CPV"],("w","2027-01-04",4)),
("typos","visits","2026-08-05","cp visit done 3.8.26, next 1 due?",["CPV"],("w","2026-08-03",4)),
("newstarter","visits","2027-02-12","I visited a child on a Child in Need plan today, 12 February. How long until I need to see them again?",["CINV"],("w","2027-02-12",6)),
("scenario","visits","2026-02-24","CIN review meeting held today at school. Mum's baby is due 20/03 and dad is back from working away 1/04. When's the next CIN review due by?",["CINREV"],("w","today",6)),
("indirect","visits","2026-12-21","he came into care a fortnight ago and we haven't had the first review yet. I saw him today - when's my next visit due?",["LACWK"],("w","today",1)),
("scenario","visits","2026-03-26","Child's first LAC review was 10/02/26 and the permanence plan isn't finalised. Last statutory visit was today, 26/03/26. Next statutory visit due by?",["LAC6"],("w","2026-03-26",6)),
("typos","visits","2027-11-20","lac visit 19/11/27, first review already done, no perm plan yet, next one by",["LAC6"],("w","2027-11-19",6)),
("manager","visits","2027-09-01","Child settled in long-term foster placement since March 2025. Stat visit 01/06/27, next 25/08/27. Compliant with 12 weekly?",["LAC12"],("w","2027-06-01",12)),
("indirect","visits","2026-04-02","baby went to the adopters last month and we've not had the first review yet. I saw her today. next visit due?",["ADWK"],("w","today",1)),
("scenario","visits","2025-10-10","Placed for adoption 01/07/25, first LAC review held 22/07/25, adoption order not granted yet. Last visit was 05/09/25. When's the next visit due?",["AD6"],("w","2025-09-05",6)),
("indirect","visits","2026-04-20","last supervising visit to the foster carers was 13 March. when do I need to visit them again?",["FCV"],("w","2026-03-13",6)),
("typos","visits","2025-11-20","fc visit 14/11/25 next due?",["FCV"],("w","2025-11-14",6)),
("indirect","visits","2026-03-02","last time we turned up at the carers' without warning was 2 March 2025. when's the next one of those due by?",["FCUN"],("m","2025-03-02",12)),
("newstarter","visits","2026-02-27","Our foster carer's DBS, references and medical were last updated on 29 February 2024. When are they next due?",["FCDBS"],("m","2024-02-29",36)),
("manager","visits","2027-01-10","Carer's annual review last went to Fostering Panel 14/01/24. Latest date for the next panel-presented review?",["FCPANEL"],("m","2024-01-14",36)),
("indirect","visits","2026-12-21","family time arrangements with mum were last looked at on 26/10/26 and there's no permanence plan yet. when do they need reviewing again?",["FT8"],("w","2026-10-26",8)),
("duty","visits","2026-04-03","PLO review mtg held 3/4, next one latest by?",["PLOREV"],("w","2026-04-03",6),"'every 4-6 weeks' is read as a latest date of 6 weeks; the earliest would be 4 weeks (2026-05-01)."),
("indirect","visits","2027-01-04","the summary at the front of the file was last updated on 4 October. by when must it be refreshed?",["SUMM"],("m","2026-10-04",3)),
("manager","visits","2026-08-30","Open CIN case, last authorised C&FA 31/08/25. By when is an updated assessment needed?",["ASS12"],("m","2025-08-31",12)),
("typos","visits","2025-06-10","carers core training last done 10/06/2022 when do they need to redo it",["FCTRAIN"],("m","2022-06-10",36)),
("indirect","visits","2026-09-14","foster carer's yearly review was last held 15/09/25. when's the next one due?",["FCANN"],("m","2025-09-15",12)),
# ---------------- ages ----------------
("indirect","age","2026-01-10","young person in care, born 31/08/2010 - when do we need to start planning with her for leaving care?",["PATH"],("age","2010-08-31",15,6)),
("newstarter","age","2025-06-01","A young person I work with was born on 14 December 2009. When should their pathway plan be started?",["PATH"],("age","2009-12-14",15,6)),
("typos","age","2027-01-15","yp dob 29/02/2012 when does pathway plan start",["PATH"],("age","2012-02-29",15,6)),
("scenario","age","2026-04-20","ICPC being booked for a boy born 02/05/2014; his sister was born 12/07/2016. From what date should he be offered an advocate for conference?",["ADV12"],("age","2014-05-02",12,0)),
("indirect","age","2027-02-01","girl born 29/02/2016 - from when is she old enough to be offered someone to support her to attend her protection conference?",["ADV12"],("age","2016-02-29",12,0)),
("manager","age","2026-05-11","Child DOB 18/05/2020 is entering PLO. From what date does the under-6 rule for allocating an adoption SW and family finder stop applying?",["ADOPT6"],("age","2020-05-18",6,0)),
("duty","age","2026-02-10","dob 29/02/2020, PLO starting - under 6 until?",["ADOPT6"],("age","2020-02-29",6,0)),
("scenario","age","2026-08-03","Twins born 31/01/2011 came into care last year; their review is 12/08/26. When should pathway planning have started for them?",["PATH"],("age","2011-01-31",15,6)),
# ---------------- choice ----------------
("indirect","choice","2026-04-01","conference is on Wednesday 8 April. when does my report need to go out?",["ICPC_CHAIR","ICPC_FAM"],[("wdb","2026-04-08",3),("db","2026-04-08",3)]),
("duty","choice","2025-12-15","conf today, 1st meeting due when?",["CG1","CIN20"],[("d","today",10),("d","today",20)]),
("duty","choice","2026-05-22","1st PLO mtg 22/5, what's next due?",["FGC3","VIA3","MIN7"],[("wd","2026-05-22",3),("wd","2026-05-22",3),("d","2026-05-22",7)]),
("newstarter","choice","2027-08-25","I've got a new CIN case as of today, 25 August - when does the first CIN meeting need to be?",["CIN10","CIN20"],[("d","2027-08-25",10),("d","2027-08-25",20)]),
("typos","choice","2025-12-22","did fc visit 22/12, whats due next",["FCREC","FCV"],[("wd","2025-12-22",3),("w","2025-12-22",6)]),
("indirect","choice","2027-04-28","placement started today, when's the placement plan stuff due?",["PLM","PPCOPY"],[("wd","today",3),("wd","today",5)]),
("scenario","choice","2026-11-27","C&F assessment started today after a referral from nursery; the child's 3rd birthday is 10/12. When's it due?",["TL_REV","ASS45"],[("wd","today",15),("d","today",45)],AMB45),
("indirect","choice","2027-01-04","child came into care today - what's the 20 day deadline?",["PEP","LAR","IHA"],[("d","today",20),("wd","today",20),("wd","today",20)]),
# ---------------- none ----------------
("indirect","none","2026-03-03","child went on a plan at the initial conference today. when's the next conference due?",["NEXTCONF"],("none","the chair sets the date of the next conference")),
("duty","none","2025-11-10","core group 10/11, next CG by?",["CGALL"],("none","only the first core group has a timescale")),
("newstarter","none","2026-09-01","How often do I need to have supervision about my CIN cases? My last one was 1 September.",["SUPPOL"],("none","supervision frequency is left to the supervision policy")),
("scenario","none","2027-02-15","First LAC review was 10/02/27 and the plan is long-term fostering, not in proceedings. When is the second review due?",["PERM2"],("none","only the initial LAC review has a timescale")),
("manager","none","2026-06-15","Final care planning meeting 01/06/26, IRH 20/07/26. By what date must the SHOPBA be held?",["SHOPBA"],("none","SHOPBA is placed between events, no fixed number of days")),
("indirect","none","2025-09-09","how often should the reviewing officer be ringing the child between reviews? last review was 9 Sept.",["IROCONT"],("none","no frequency for IRO contact between reviews")),
("typos","none","2026-07-20","adoption order granted 20/7 when is the later life letter due",["LIFE"],("none","no timescale for life story book or later life letter")),
("duty","none","2027-01-11","PEP held 11/01, next PEP by?",["PEPTERM"],("none","'at least 1 per term' - term dates are not in the standards")),
("indirect","none","2026-04-02","we had the multi-agency call about the S47 today. by when do the notes have to go out to everyone who took part?",["STRATREC"],("none","no timescale for sending the strategy record")),
("scenario","none","2025-05-06","Child came into care on 02/05/25 and the family want a family group conference. Aunt's flying in on 20/05. By when must the FGC be held?",["FGCLAC"],("none","FGC must be considered, no timescale")),
]

def build():
    here = os.path.dirname(os.path.abspath(__file__))
    src = open("/work/shared/source/practice-standards.txt", encoding="utf-8").read()
    out = []
    for r in ROWS:
        voice, kind, today, q, keys, c = r[:6]
        amb = r[6] if len(r) > 6 else None
        t = iso(today)
        if kind == "choice":
            parts = [calc(ci, t) for ci in c]
            due = min(p[0] for p in parts)
            count = "CHOICE: " + " | ".join(f"[{k}] {p[1]}" for k, p in zip(keys, parts)) + f"; earlier = {due.isoformat()}"
        else:
            due, count = calc(c, t)
        row = {"q": q, "today": today, "due": due.isoformat() if due else None,
               "expect_any": [S[k] for k in keys], "count": count, "voice": voice, "kind": kind}
        if amb: row["ambiguous"] = amb
        out.append(row)
    with open(os.path.join(here, "questions.jsonl"), "w", encoding="utf-8") as f:
        for row in out: f.write(json.dumps(row, ensure_ascii=False) + "\n")
    # checks
    for k, p in S.items():
        assert p in src, ("phrase not verbatim", k)
        assert len(p.split()) >= 6, ("phrase too short", k)
    return out

def check():
    """Re-read questions.jsonl: every line parses, phrases verbatim, due equals a fresh oracle run, counts."""
    here = os.path.dirname(os.path.abspath(__file__))
    src = open("/work/shared/source/practice-standards.txt", encoding="utf-8").read()
    rows = [json.loads(l) for l in open(os.path.join(here, "questions.jsonl"), encoding="utf-8")]
    fresh = build()
    assert len(rows) == len(fresh) >= 160
    from collections import Counter
    for r, f in zip(rows, fresh):
        assert set(r) >= {"q","today","due","expect_any","count","voice","kind"}
        assert r["due"] == f["due"] and r["count"] == f["count"]
        assert (r["due"] is None) == (r["kind"] == "none")
        iso(r["today"])
        for p in r["expect_any"]:
            assert p in src and len(p.split()) >= 6, p
        if r["kind"] == "choice": assert len(r["expect_any"]) >= 2
        assert r["voice"] in {"duty","typos","scenario","indirect","newstarter","manager"}
    print("check OK", len(rows), dict(Counter(r["kind"] for r in rows)), dict(Counter(r["voice"] for r in rows)))

if __name__ == "__main__":
    import sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    out = build()
    from collections import Counter
    print(len(out), Counter(r["kind"] for r in out), Counter(r["voice"] for r in out))
    check()
