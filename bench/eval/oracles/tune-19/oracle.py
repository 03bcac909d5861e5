#!/usr/bin/env python3
"""Oracle for the frozen deadline question set (standard library only).
Builds questions.jsonl from the structured ROWS below and checks it.
Usage: python3 oracle.py            (write + check)
"""
import datetime as dt, json, os, sys, calendar
D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"

# England & Wales bank holidays 2024-2028, typed by hand (substitute days applied).
BH = {
 D(2024,1,1), D(2024,3,29), D(2024,4,1), D(2024,5,6), D(2024,5,27), D(2024,8,26), D(2024,12,25), D(2024,12,26),
 D(2025,1,1), D(2025,4,18), D(2025,4,21), D(2025,5,5), D(2025,5,26), D(2025,8,25), D(2025,12,25), D(2025,12,26),
 D(2026,1,1), D(2026,4,3), D(2026,4,6), D(2026,5,4), D(2026,5,25), D(2026,8,31), D(2026,12,25), D(2026,12,28),
 D(2027,1,1), D(2027,3,26), D(2027,3,29), D(2027,5,3), D(2027,5,31), D(2027,8,30), D(2027,12,27), D(2027,12,28),
 D(2028,1,3), D(2028,4,14), D(2028,4,17), D(2028,5,1), D(2028,5,29), D(2028,8,28), D(2028,12,25), D(2028,12,26),
}
for _b in BH: assert _b.weekday() < 5, _b

DOW = ["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]
def fmt(d): return f"{d.isoformat()} ({DOW[d.weekday()]})"
def working(d): return d.weekday() < 5 and d not in BH

def wd_after(s, n):
    d, k, skipped = s, 0, []
    while k < n:
        d += dt.timedelta(1)
        if working(d): k += 1
        elif d in BH: skipped.append(d)
    return d, skipped
def wd_before(s, n):
    d, k, skipped = s, 0, []
    while k < n:
        d -= dt.timedelta(1)
        if working(d): k += 1
        elif d in BH: skipped.append(d)
    return d, skipped
def add_months(s, n):
    y, m = divmod(s.month - 1 + n, 12); y += s.year; m += 1
    last = calendar.monthrange(y, m)[1]
    return D(y, m, min(s.day, last)), s.day > last

def P(s): return D.fromisoformat(s)
def resolve(start, today):
    if not start.startswith("rel:"): return P(start)
    r = start[4:]
    if r == "today": return today
    if r == "yesterday": return today - dt.timedelta(1)
    if r == "tomorrow": return today + dt.timedelta(1)
    w, day = r.split()
    i = DOW.index(day.capitalize()[:3])
    if w in ("last", "on"):
        d = today - dt.timedelta(1)
        while d.weekday() != i: d -= dt.timedelta(1)
        return d
    if w == "next":
        d = today + dt.timedelta(1)
        while d.weekday() != i: d += dt.timedelta(1)
        return d
    raise ValueError(start)

def compute(op, today):
    """returns (due date, count string)"""
    kind = op[0]
    if kind == "choice":
        a, ca = compute(op[1], today); b, cb = compute(op[2], today)
        return min(a, b), f"either {ca}; or {cb}; earlier = {min(a,b).isoformat()}"
    if kind == "age":
        dob, yrs, mos = P(op[1]), op[2], op[3]
        tot = yrs * 12 + mos
        y, m = divmod(dob.month - 1 + tot, 12); y += dob.year; m += 1
        last = calendar.monthrange(y, m)[1]
        label = f"{yrs} years" + (f" {mos} months" if mos else "")
        if dob.month == 2 and dob.day == 29 and m == 2 and last == 28:
            d = D(y, 3, 1)
            return d, f"DOB {fmt(dob)} + {label} -> {fmt(d)} (29 Feb birthday in non-leap year taken as 1 March)"
        if dob.day > last:
            d = D(y, m, last)
            return d, f"DOB {fmt(dob)} + {label} -> {fmt(d)} (no {dob.day}th in that month: last day of month)"
        d = D(y, m, dob.day)
        return d, f"DOB {fmt(dob)} + {label} -> {fmt(d)}"
    s = resolve(op[1], today); n = op[2]
    if kind == "wd":
        d, sk = wd_after(s, n)
        note = f"{n} working day{'s' if n>1 else ''} after {fmt(s)} -> {fmt(d)}"
        if not working(s): note += f"; start day is not a working day, counted from it"
    elif kind == "wdb":
        d, sk = wd_before(s, n)
        note = f"{n} working days before {fmt(s)} -> {fmt(d)}"
    elif kind == "d":
        d = s + dt.timedelta(n); sk = []
        note = f"{n} calendar days after {fmt(s)} -> {fmt(d)}"
    elif kind == "db":
        d = s - dt.timedelta(n); sk = []
        note = f"{n} calendar days before {fmt(s)} -> {fmt(d)}"
    elif kind == "w":
        d = s + dt.timedelta(7 * n); sk = []
        note = f"{n} weeks ({7*n} days) after {fmt(s)} -> {fmt(d)}"
    elif kind == "m":
        d, cl = add_months(s, n); sk = []
        note = f"{n} months after {fmt(s)} -> {fmt(d)}" + (" (day clamped to month end)" if cl else "")
    elif kind == "same":
        d = s; sk = []
        note = f"same day as {fmt(s)}"
    else:
        raise ValueError(op)
    if sk: note += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
    if kind in ("d", "db", "w", "m") and not working(d):
        note += f"; note: falls on a {'bank holiday' if d in BH else 'weekend'}"
    return d, note

# ======== structured row descriptions ========
# ---- verbatim phrases from the standards ----
E = dict(
 front1="decisions made by what action are required by a Team Leader within 1 working day",
 init="Initial decisions will be made about the action required within 1 working day",
 ref="Referrals will be actioned by a social worker within 1 working day",
 s47same="the child / children will be seen by the Social Worker the same day",
 s47_5="Within 5 days of the Section 47 being initiated",
 alloc="allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 tl15="All assessments will be reviewed by the Team Leader within 15 working days",
 a45="Assessments must all be completed within 45 days",
 strat1="When a management decision is made that a strategy discussion is required, this must happen within 1 working day",
 strat24="A strategy discussion within 24 hours involving all relevant agencies",
 notice5="notify the Neighbourhood Team via email, giving at least 5 days’ notice",
 joint5="Within the 5 days’ notice period, the Children’s First Response Social Worker",
 icpc="Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 fam3="The report will be shared with family at least 3 the days prior to conference",
 chair3="The report will be sent to the child protection chair 3 working days before the conference",
 cg="The first core group must be  held within 10 days of the conference",
 cpv="Visits to a child subject to a CP plan will take place at least every 4 weeks",
 rpar="This report must be shared with parents at least 3 days prior to the review conference",
 rchair="The report will be available to the conference chair at least 3 days prior to the review conference",
 ptt="when they have been subject to a plan for 12 months",
 plo1="The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 fgc="Referral should be made within 3 working days of the first PLO meeting",
 via="Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 mins="to be distributed to parents and their legal representation within 7 days of the meeting",
 plorev="Review PLO meetings with parents to be held every 4-6 weeks",
 plo12="A review legal planning meeting will be held at 12 weeks",
 plo16="a Legal Gateway meeting will be convened at 16 weeks",
 plo4="In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
 cin20="will set the first CIN meeting within 20 days",
 cin10="the initial CIN meeting must take place within 10 days",
 cinrev="CIN review meetings will be held at least every 6 weeks",
 cinvis="A child subject to a CIN plan will be seen at least every 6 weeks",
 emerg="If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 lac1="The child will be visited within 1 working day of coming into care or having a change in placement",
 lac1b="All looked after children will be seen within 1 working day of placement",
 pm3="The placement meeting will be held within 3 working days",
 pp5="an updated copy given to the carers within 5 working days of the placement beginning",
 ft8="reviewed at least every 8 week until the plan for permanence is agreed",
 pack="provided with a coming into care pack, children rights leaflet within 3 weeks",
 legal5="All other professionals involved with the child will be informed of the child’s legal status within 5 working days",
 iha="An initial health assessment will be requested and carried out within 20 working days",
 pep="A PEP meeting will be arranged within the school within 20 days",
 lacvis="Statutory looked after visits must happen weekly until the first looked after review and then a minimum of every 6 weeks thereafter",
 lac12="Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 cplan="An up to date care plan will be recorded on the electronic system within 10 days of placement",
 ilar="The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 path="A pathway plan will be started when the young person is 15 years 6 months",
 iro3="this will be with the IRO 3 days before the review",
 iro5="If the challenge is not resolved within 5 working days a formal dispute will be raised",
 iro20="The formal dispute resolution process should be completed from start to finish within 20 working days",
 adv="if they are 12 or over they should be offered an advocate",
 u6="If a child under the age of 6 enters PLO or proceedings",
 adweek="Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 ad6="then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 ad10="Once the children have been in placement with the adopter for 10 weeks",
 fc6="Trafford foster carers are visited at least once every six weeks",
 fcrec="a record of this visit is recorded on LCS within 3 working days",
 fcun="All Trafford foster carers will have an unannounced visit at least once every 12 months",
 fcann="All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
 fcpanel="Every foster carer will have an annual review presented to the Fostering Panel at least every three years",
 fcdbs="All foster carers will have updated statutory references, medicals and DBS checks at least every three years",
 fctrain="All Trafford foster carers must update their core training at least every three years",
 vary="This can only be given for up to 6 working days",
 temp="Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 rec3="any event or contact is recorded within 3 days",
 summ="A clear and concise case file summary which has been updated within the last 3 months",
 ass12="An up to date assessment (within the last 12 months) on each child",
 # for 'none' rows: the nearest related sentence
 nx_conf="The child protection chair will set the date of the next conference",
 nx_lar2="At the point of the second review (if not in proceedings) the child must have a permanency plan",
 nx_sup="monitored through supervision which takes place in line with the supervision policy",
 nx_shop="but prior to legal need to submit the paperwork for the Issues Resolution Hearing",
 nx_lll="The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
 nx_chron="A chronology of significant events and their impact that includes risk and protective factors",
 nx_supp="a Support Meeting will be held and chaired by the Team Leader",
 nx_pep="subsequently reviewed within the statutory guidelines at least 1 per term",
 nx_ff="a referral should be made to Family Focus by emailing the team",
 nx_annexa="The Social Worker will complete the Annex A suitability report for Court",
)
def R(v, k, t, q, op, e, a=None, why=None):
    d = dict(v=v, k=k, t=t, q=q, op=op, e=[E[x] for x in e])
    if a: d["a"] = a
    if why: d["why"] = why
    return d
duty, typos, scen, ind, new, man = "duty", "typos", "scenario", "indirect", "newstarter", "manager"
A47 = "The 45 days could be counted from the referral/contact rather than from the start of the assessment; the standard does not say."
ADB = "'At least 3 days prior' is read as 3 calendar days before; a reader using working days or clear days would get an earlier date."
APLO = "The 12/16 weeks could be counted from the PLO letter or from the first PLO meeting; the standard does not say."
ROWS = [
# ---------------- Front Door ----------------
R(scen,"date","2025-12-24","Contact came in from a neighbour at 11am on Christmas Eve (24/12/25) about two kids left home alone; the family were last known to us in March 2023. Consent has been screened - by when does a TL have to decide what happens next?",("wd","2025-12-24",1),["front1","init"]),
R(ind,"date","2026-04-02","A school rang us this morning worried about a year 3 pupil. By when does a team leader have to decide what we're doing about it?",("wd","rel:today",1),["front1","init"]),
R(typos,"date","2027-05-28","referal came in today (fri) when does a sw have to action it by",("wd","rel:today",1),["ref"]),
R(new,"date","2025-08-22","Hello, sorry if this is a silly question. A referral came through to the duty desk today (Friday 22nd August) - when does a social worker need to have actioned it by?",("wd","2025-08-22",1),["ref"]),
R(man,"date","2026-01-08","referral rec'd 31/12/25, actioned by SW 02/01/26 - in timescale?",("wd","2025-12-31",1),["ref"]),
R(scen,"date","2026-05-01","Mum came into reception this afternoon really upset about her partner and says her son (DOB 14/02/2019) has a bruise she can't explain. The health visitor had also rung on Wednesday about the same family. TL has agreed it's a S47 starting today - by when does the boy have to be seen?",("same","rel:today",0),["s47same"]),
R(ind,"date","2027-03-25","We started the child protection enquiries yesterday. By when do I need to sit down with my manager to go over how they're going and agree next steps?",("d","rel:yesterday",5),["s47_5"]),
R(scen,"date","2026-12-22","S47 started Monday 21/12/26 on a 3 year old after the strat that morning; the medical was on 22/12 and mum's partner is away until 02/01. When do my manager and I have to discuss how the S47 is progressing?",("d","2026-12-21",5),["s47_5"],a="Falls on Boxing Day (Saturday); a reader treating the 5 days as working days would get 2026-12-29."),
R(scen,"date","2025-04-17","Referral came in Thursday 17/04/25 about a 7 year old missing school (the referrer had rung with more info on 16/04). It was agreed for a C&F assessment the same day. When does it need allocating to a worker by?",("wd","2025-04-17",3),["alloc"]),
R(ind,"date","2026-05-22","A family has just been passed over to our team for the full assessment. How long have I got to get a worker's name against it?",("wd","rel:today",3),["alloc"]),
R(man,"date","2026-09-10","C&F assessment started 14/08/26, TL review done 07/09 - was that within timescale?",("wd","2026-08-14",15),["tl15"]),
R(scen,"date","2025-12-19","I started the C&F assessment on Fri 19/12/25. The child's DOB is 02/01/2018 and school breaks up that day, back 05/01. By when does my TL need to have reviewed the assessment?",("wd","2025-12-19",15),["tl15"]),
R(new,"date","2027-03-22","Hi, I've just started an assessment on a family today (22nd March). When should my team leader have reviewed it by? I'm not sure how the Easter bank holidays count.",("wd","2027-03-22",15),["tl15"]),
R(ind,"date","2026-02-10","I opened the assessment for a little boy on 2 February. What's the final date for getting the whole thing finished?",("d","2026-02-02",45),["a45"],a=A47),
R(typos,"date","2025-11-20","c&f assesment started 17.11.25 when does it have to be finished",("d","2025-11-17",45),["a45"],a=A47),
R(scen,"date","2027-06-03","Referral came in on 28 May from the GP about a 6 year old girl (DOB 03/06/2021 - it's actually her birthday today). I started the C&F assessment the same day and there's a network meeting booked for 15/06. When does the assessment have to be completed?",("d","2027-05-28",45),["a45"]),
R(ind,"date","2026-03-02","An assessment I began on 1 December 2025 got signed off on 20 January. What was the last day for finishing it in time?",("d","2025-12-01",45),["a45"],a=A47),
R(scen,"date","2026-03-10","Paediatrician rang at 9am today about a fracture in a 4 month old; the parents' account has changed twice. Sibling was on a plan until 12/02/26. My SM has just decided we need a strat - what's the latest it can happen?",("wd","rel:today",1),["strat1","strat24"]),
R(ind,"date","2025-05-06","My manager agreed this morning that we need to get the police and health round the table about a possible non-accidental injury. How long have we got to hold that?",("wd","rel:today",1),["strat1","strat24"]),
R(scen,"date","2027-08-26","Nursery phoned at 10am today (Thursday) about marks on a 2 year old's arm; mum says he fell at grandma's on Sunday. My TL decided at lunchtime we need a strategy discussion. Latest it can happen?",("wd","rel:today",1),["strat1","strat24"]),
R(typos,"date","2026-12-23","mngr said strat needed 23/12 when does it have to hapen",("wd","2026-12-23",1),["strat1","strat24"]),
R(scen,"date","2025-08-22","Police contacted us at 4pm today (Fri 22/08) after a DV call-out; there's a baby in the house and an older sibling with a CP plan back in 2022. Manager has decided a strat is needed. By when must it be held?",("wd","2025-08-22",1),["strat1","strat24"],a="The S47 section says 'within 24 hours', which from a Friday afternoon would be Saturday 2025-08-23; the 1 working day reading gives Tuesday after the bank holiday."),
R(ind,"date","2026-06-17","The assessment says this family should move to the Neighbourhood Team at child in need level, and I emailed them today to let them know. By when do I need to have done the introductory home visit with the new worker?",("d","rel:today",5),["joint5","notice5"],a="The notice is 'at least' 5 days, so if a longer notice period was given the joint visit could fall later."),
R(new,"date","2025-12-15","If we want to hand a CIN case over to the Neighbourhood Team on 5 January, what's the latest date I should email them so they get proper notice?",("db","2026-01-05",5),["notice5"]),
# ---------------- S47 / ICPC ----------------
R(scen,"date","2025-12-12","Strat held Thursday 11/12/25 for a 13 year old after an allegation against her stepdad (she turns 14 on 30/12). Police bail runs to 08/01/26. What's the deadline for the ICPC?",("wd","2025-12-11",15),["icpc"]),
R(duty,"date","2025-12-22","strat was 19/12/25, when's the ICPC?",("wd","2025-12-19",15),["icpc"]),
R(typos,"date","2026-03-24","stratt held 23.3.26 wen is icpc due",("wd","2026-03-23",15),["icpc"]),
R(ind,"date","2026-04-29","We had the multi-agency meeting that kicked off the child protection enquiries yesterday. What's the deadline for the big meeting where they decide whether she needs a plan?",("wd","rel:yesterday",15),["icpc"]),
R(scen,"date","2027-08-20","Strat was on Tues 17/08/27 after a disclosure at holiday club. Police did the ABE interview on 19/08. Dad's birthday is 01/09 and he's already said he won't come to anything that week. When's the latest the ICPC can be?",("wd","2027-08-17",15),["icpc"]),
R(man,"date","2026-06-30","ICPC was held 19/06/26, strat 29/05/26, was that in timescale?",("wd","2026-05-29",15),["icpc"]),
R(man,"date","2025-05-30","Audit question: strat 24/04/25 and ICPC 16/05/25. Within 15 WD?",("wd","2025-04-24",15),["icpc"]),
R(new,"date","2027-12-17","Hello! The strategy discussion for one of my families happened yesterday, 16 December. I think the initial conference has to be within 15 working days - what date would that be with Christmas and New Year?",("wd","2027-12-16",15),["icpc"]),
R(ind,"date","2028-03-28","Police and health met with us on 27 March to agree how we'd look into the concerns. When does the first conference for the child have to be held?",("wd","2028-03-27",15),["icpc"]),
R(scen,"date","2026-12-15","Two siblings (8 and 11). Referral 09/12, strat held 14/12/26, both children seen alone on 15/12 and there's a medical booked for 17/12. What's the last date we can hold the initial conference?",("wd","2026-12-14",15),["icpc"]),
R(scen,"date","2026-01-05","ICPC is booked for Wednesday 14/01/26. The strat was 23/12/25 and my TL is off until 12/01. When does my report need to reach the chair?",("wd","2026-01-14",0) if False else ("wdb","2026-01-14",3),["chair3"]),
R(ind,"date","2026-04-01","The first child protection conference is on Thursday 9 April. When does my report have to be with the person chairing it?",("wdb","2026-04-09",3),["chair3"]),
R(typos,"date","2025-05-27","icpc is on 29th may, wen does the family need the report",("db","2025-05-29",3),["fam3"],a=ADB),
R(new,"date","2027-01-04","Could you tell me when I need to share my conference report with the parents? The initial conference is on Friday 8 January 2027.",("db","2027-01-08",3),["fam3"],a=ADB),
R(man,"date","2025-12-10","ICPC on 05/01/26 - report reached the chair 31/12/25. In time?",("wdb","2026-01-05",3),["chair3"]),
R(scen,"date","2027-03-19","ICPC is booked for Wed 31/03/27 at 10am. Mum's solicitor has asked for the report early and the school nurse is on leave 22-26 March. When's my deadline to get the signed-off report to the CP chair?",("wdb","2027-03-31",3),["chair3"]),
# ---------------- CP plans ----------------
R(scen,"date","2025-12-19","ICPC this morning (19/12/25) put both kids on plans under emotional harm; the next conference is set for March and school closes for Christmas tonight. By when does the first core group have to be held?",("d","rel:today",10),["cg"]),
R(ind,"date","2026-04-01","The conference put the twins on a plan yesterday. When's the latest the first meeting of the working group of parents and professionals can be held?",("d","rel:yesterday",10),["cg"]),
R(man,"date","2027-05-20","ICPC 04/05/27, first CG held 17/05/27 - within timescale?",("d","2027-05-04",10),["cg"]),
R(typos,"date","2026-08-24","cp plan started 24th aug 26, 1st core grp when",("d","2026-08-24",10),["cg"]),
R(new,"date","2025-04-16","I'm new to child protection work - the initial conference was today (16 April) and the child is now on a plan. When does the first core group have to take place?",("d","2025-04-16",10),["cg"]),
R(scen,"date","2027-12-21","Conference on 20/12/27 made the baby (born 01/11/27) subject to a CP plan under neglect. Dad's next contact is 23/12 and the HV visits on 29/12. By when must the first core group be held?",("d","2027-12-20",10),["cg"]),
R(duty,"visits","2026-03-04","cp visit last 3/3/26 next by",("w","2026-03-03",4),["cpv"]),
R(typos,"visits","2026-01-05","last seen on cp visit 22.12.25 when is next one due",("w","2025-12-22",4),["cpv"]),
R(ind,"visits","2026-04-03","I last saw the child at home for her protection plan visit on 2 April. When's the latest I can do the next one?",("w","2026-04-02",4),["cpv"]),
R(scen,"visits","2027-05-28","Child on a CP plan, last statutory visit at home was 30/04/27; I also saw him at school on 14/05 but not at home. Core group is on 10/06. When's the next home visit due?",("w","2027-04-30",4),["cpv"],a="A school sighting does not count as a statutory CP visit (must be seen at home), so the count is from 30/04; counting from 14/05 would give 2027-06-11."),
R(man,"visits","2027-02-10","CP visits 05/01/27 and 04/02/27 - was there a gap breach?",("w","2027-01-05",4),["cpv"]),
R(scen,"date","2026-01-05","Review CP conference is Monday 12/01/26. The last conference was 13/10/25, and mum has asked to see the plan update before her GP appointment on 09/01. What's the latest date the parents must get it?",("db","2026-01-12",3),["rpar"],a=ADB),
R(ind,"date","2026-05-26","The meeting that reviews the protection plan is on Thursday 4 June. When does the chair need my written update by?",("db","2026-06-04",3),["rchair"],a=ADB),
R(new,"date","2027-03-30","When should parents receive my update before a review child protection conference on 8 April 2027?",("db","2027-04-08",3),["rpar"],a=ADB),
R(ind,"date","2026-11-02","She's been on a protection plan since 29 January 2026 and things aren't improving enough to take her off. When does the meeting to rethink how the professionals work with the family fall due?",("m","2026-01-29",12),["ptt"]),
R(man,"date","2026-05-20","Plan started 15/05/25, no professional thinking time meeting yet. Is it overdue?",("m","2025-05-15",12),["ptt"]),
# ---------------- PLO ----------------
R(scen,"date","2025-12-22","Legal Gateway on 18/12/25 agreed PLO; the letter went out dated 22/12/25 and dad's solicitor is off until 05/01/26. When must the first PLO meeting be held?",("d","2025-12-22",10),["plo1"],a="The 10th day is New Year's Day; a practical reading would hold it earlier."),
R(ind,"date","2026-03-31","The letter telling the parents we're worried enough to think about court is dated 30 March. When does the first meeting with them and their solicitor need to happen?",("d","2026-03-30",10),["plo1"]),
R(typos,"date","2026-05-06","plo letter 5.5.26 when is 1st meeting",("d","2026-05-05",10),["plo1"]),
R(man,"date","2025-08-20","PLO letter 01/08/25, first meeting 14/08/25 - in timescale?",("d","2025-08-01",10),["plo1"]),
R(scen,"date","2027-04-15","Legal Gateway on 06/04/27 agreed PLO for baby Moonbeam Test (DOB 02/02/27). Letter went out dated 08/04/27; dad says he can't get a solicitor until 20/04. When must the first PLO meeting take place?",("d","2027-04-08",10),["plo1"]),
R(scen,"date","2026-04-02","First PLO meeting was Thursday 02/04/26. Parents consented to an FGC at the meeting; the next review PLO is pencilled for 07/05. When does the FGC referral need to be made by?",("wd","2026-04-02",3),["fgc"]),
R(ind,"date","2027-12-22","We had the first pre-proceedings meeting today and the parents agreed to a family meeting to make a plan. When does the referral for that need to go in?",("wd","rel:today",3),["fgc"]),
R(new,"date","2026-08-28","The initial PLO meeting is today, Friday 28 August, and the grandparents have come forward as possible carers. When do I need to send the viability request to the Family Placement Team?",("wd","2026-08-28",3),["via"]),
R(typos,"date","2025-05-02","inital plo meeting 2/5/25, aunt wants to be assessed, wen does viability request go to FPT",("wd","2025-05-02",3),["via"]),
R(duty,"date","2025-12-17","plo mtg 17/12/25 minutes out by?",("d","2025-12-17",7),["mins"]),
R(ind,"date","2027-04-28","When do the notes from today's pre-proceedings meeting need to reach the parents and their lawyers?",("d","rel:today",7),["mins"]),
R(man,"date","2026-03-16","PLO meeting 02/03/26, minutes sent 12/03/26 - within timescale?",("d","2026-03-02",7),["mins"]),
R(duty,"visits","2026-02-11","last PLO review 10/02/26 next by?",("w","2026-02-10",6),["plorev"],a="The standard says every 4-6 weeks; the latest date is used, the earliest would be 2026-03-10."),
R(ind,"visits","2025-10-02","The last review meeting with the parents under pre-proceedings was on 1 October 2025. What's the latest the next one can be?",("w","2025-10-01",6),["plorev"],a="The standard says every 4-6 weeks; the latest date is used, the earliest would be 4 weeks."),
R(ind,"date","2026-01-06","Pre-proceedings started with the letter dated 5 January 2026. When's the review legal planning meeting with the solicitor at the 12-week point?",("w","2026-01-05",12),["plo12"],a=APLO),
R(duty,"date","2025-09-16","plo started 15/09/25, 16wk legal gateway?",("w","2025-09-15",16),["plo16"],a=APLO),
R(ind,"date","2025-08-27","At the 12-week legal review on 26 August 2025 we were given an extra 4 weeks in pre-proceedings because of exceptional circumstances. When does that extra time run out?",("w","2025-08-26",4),["plo4"]),
R(typos,"date","2027-01-07","plo started 6.1.27 when is the 16 wk gateway",("w","2027-01-06",16),["plo16"],a=APLO),
R(scen,"date","2026-07-01","PLO letter dated 20/04/26, first PLO meeting held 29/04/26, reviews on 27/05 and 24/06. The family's court hearing on a separate matter is 15/07. When is the 12-week review legal planning meeting due, counting from the letter?",("w","2026-04-20",12),["plo12"]),
# ---------------- CIN ----------------
R(ind,"date","2026-12-16","The conference took her off the protection plan today and she's going to be supported as a child in need instead. When should the first meeting for her new plan be?",("d","rel:today",20),["cin20"]),
R(scen,"date","2027-03-22","Review conference on Friday 19/03/27 ended the CP plan for a 5 year old (plan started 21/09/26) and the chair stepped her down to CIN. By when must the first CIN meeting be?",("d","2027-03-19",20),["cin20"]),
R(scen,"date","2026-05-26","Case transferred to me from First Response on 22/05/26 after their assessment (completed 19/05). The child has a dental appointment 28/05 and mum works nights. By when must the initial CIN meeting take place?",("d","2026-05-22",10),["cin10"]),
R(typos,"date","2025-12-19","case transfered from cfr on 19.12.25 wen is initial cin meeting",("d","2025-12-19",10),["cin10"]),
R(man,"date","2026-08-20","Transfer from CFR 03/08/26, initial CIN meeting 14/08/26 - compliant?",("d","2026-08-03",10),["cin10"]),
R(duty,"visits","2026-04-15","cin review 14/04/26 next by",("w","2026-04-14",6),["cinrev"]),
R(ind,"visits","2026-01-06","I last saw the boy at home under his child in need plan on 23 December 2025. When's the next visit due at the latest?",("w","2025-12-23",6),["cinvis"]),
R(typos,"visits","2026-03-05","last cin visit 3rd march next by wen",("w","2026-03-03",6),["cinvis"]),
R(new,"visits","2027-07-12","When should the next Child in Need review meeting be? The last one was on 9 July 2027.",("w","2027-07-09",6),["cinrev"]),
R(man,"visits","2026-02-20","CIN visits 02/01/26 and 16/02/26 - gap ok?",("w","2026-01-02",6),["cinvis"]),
R(scen,"visits","2025-04-25","CIN case, 14 year old (DOB 25/04/2011, birthday today). I last saw him at home on 14/03/25 and at his youth club on 10/04. When is his next home visit due by?",("w","2025-03-14",6),["cinvis"],a="Only home visits count as CIN visits, so the count is from 14/03; counting the youth club sighting would give 2025-05-22."),
# ---------------- Children in care ----------------
R(ind,"date","2026-03-27","A 9-year-old came into care as an emergency last night. When does the assessment of his needs have to be done by?",("wd","rel:yesterday",20),["emerg"]),
R(scen,"date","2026-12-23","Police protection used on 23/12/26 for a 15 year old after a row at home; she's in an emergency placement now. Her last assessment is from 2024. When must the assessment be completed?",("wd","2026-12-23",20),["emerg"]),
R(ind,"date","2025-05-23","Her foster home broke down and she moved to new carers this evening. When do I have to go and see her?",("wd","rel:today",1),["lac1","lac1b"]),
R(typos,"date","2025-12-28","child came into care sat 27.12.25 when do i have to visit",("wd","2025-12-27",1),["lac1","lac1b"]),
R(new,"date","2027-04-30","Sorry, quick one - a young person I'm allocated to is being placed in residential tomorrow (Saturday 1 May). When do I need to visit her by?",("wd","rel:tomorrow",1),["lac1","lac1b"]),
R(scen,"date","2025-12-30","Baby (DOB 26/12/25) was placed with foster carers straight from hospital on 30/12/25. Mum is still on the ward. When's the latest date for the placement meeting?",("wd","2025-12-30",3),["pm3"]),
R(ind,"date","2027-03-24","We moved him to a new foster home today. When does the meeting with the carers to agree delegated authority and how the placement will meet his needs have to happen?",("wd","rel:today",3),["pm3"]),
R(scen,"date","2026-08-28","Sibling pair (aged 4 and 7) placed with Kinship carers on Fri 28/08/26 after a police protection. Court hearing for the ICO is listed 02/09. When must the placement meeting be held by?",("wd","2026-08-28",3),["pm3"]),
R(ind,"date","2026-05-22","When must the foster carers get the updated copy of the plan for the placement? He went to live with them yesterday.",("wd","rel:yesterday",5),["pp5"]),
R(man,"date","2025-05-01","Placement began 17/04/25, updated placement plan to carers 25/04/25 - in timescale?",("wd","2025-04-17",5),["pp5"]),
R(ind,"visits","2026-08-20","We last looked again at the arrangements for her seeing mum and her grandparents on 14 August. No permanence plan is agreed yet. When's the next look due?",("w","2026-08-14",8),["ft8"]),
R(typos,"visits","2027-01-05","family time reviewd 4.1.27 next review by",("w","2027-01-04",8),["ft8"]),
R(ind,"date","2025-12-15","When should the child have been given her welcome pack and the leaflet about her rights? She came into care on 12 December.",("w","2025-12-12",3),["pack"]),
R(new,"date","2027-03-10","Hello, a child on my caseload came into care on 8 March 2027. How long do I have to give him the coming into care pack?",("w","2027-03-08",3),["pack"]),
R(scen,"date","2026-03-31","14 year old accommodated under s20 on 31/03/26 after mum's hospital admission; her school breaks up on 02/04 for Easter. By when do the other professionals need telling about her legal status?",("wd","2026-03-31",5),["legal5"]),
R(ind,"date","2027-12-23","An interim care order was made for her yesterday. By when must I let the school, GP and other professionals know about her new legal position?",("wd","rel:yesterday",5),["legal5"]),
R(ind,"date","2025-12-05","He came into care yesterday. When does his first health check with the doctor need to have happened by?",("wd","rel:yesterday",20),["iha"]),
R(scen,"date","2026-05-01","Girl (DOB 19/07/2012) came into care on Friday 01/05/26 from a friend's house; she'd had a GP appointment on 28/04. When does the initial health assessment have to be done by?",("wd","2026-05-01",20),["iha"]),
R(scen,"date","2025-08-20","Year 6 boy came into care on 19/08/25 during the summer holidays; school goes back on 03/09. When does the PEP meeting need arranging by?",("d","2025-08-19",20),["pep"]),
R(ind,"date","2027-03-11","She became looked after on 10 March. When does the meeting at school about her education plan need arranging by?",("d","2027-03-10",20),["pep"]),
R(ind,"visits","2025-12-29","Her first review hasn't happened yet and I last visited her at the foster carers on Christmas Eve. When's my next visit?",("w","2025-12-24",1),["lacvis"]),
R(duty,"visits","2026-04-02","LAC, post 1st review, last stat visit 01/04/26, next by?",("w","2026-04-01",6),["lacvis"]),
R(typos,"visits","2027-02-11","child setled in perm placement over 3 yrs, last stat visit 10.2.27 next due",("w","2027-02-10",12),["lac12"]),
R(scen,"visits","2026-12-18","Boy placed with foster carers since 2022, permanence plan finalised but he's only been in this long-term placement since 01/06/26. First review was 2022. I last saw him at the carers' on 11/12/26. When's my next statutory visit due?",("w","2026-12-11",6),["lacvis","lac12"],a="He has not been in the permanent placement for over 12 months, so 6-weekly applies; a reader applying 12-weekly would get 2027-03-05."),
R(man,"visits","2026-02-27","Child in care (after first review) seen 06/01/26 and 20/02/26 - compliant?",("w","2026-01-06",6),["lacvis"]),
R(ind,"date","2026-12-29","When does her care plan need to be on the system? She was placed on 28 December.",("d","2026-12-28",10),["cplan"]),
R(new,"date","2025-04-15","I've had a child placed in foster care on 14 April 2025. When does the care plan need to be recorded on LCS?",("d","2025-04-14",10),["cplan"]),
R(scen,"date","2025-12-16","ICO granted 15/12/25 and the twins (DOB 08/08/2022) were placed that afternoon; the IRO was allocated 17/12. When does the first LAC review need to happen?",("wd","2025-12-15",20),["ilar"]),
R(ind,"date","2027-03-24","She became looked after yesterday. What's the latest date her first review with the independent reviewing officer can be?",("wd","rel:yesterday",20),["ilar"]),
R(scen,"date","2026-04-08","Baby Sprocket (born 20/03/26) was discharged from hospital into foster care on 01/04/26 under an ICO; the first family time was 02/04. IRO was allocated on 07/04. When must the initial LAC review take place?",("wd","2026-04-01",20),["ilar"]),
R(man,"date","2025-05-12","Child LAC 07/04/25, initial review held 08/05/25 - in timescale?",("wd","2025-04-07",20),["ilar"]),
R(scen,"date","2027-05-04","Lad came into care on 30/04/27, his 17th birthday (DOB 30/04/2010), after being thrown out. His second family time is 05/05. When's the latest for his first LAC review?",("wd","2027-04-30",20),["ilar"]),
R(duty,"date","2026-06-01","LAC review 12/06/26 report to IRO by?",("db","2026-06-12",3),["iro3"],a=ADB),
R(ind,"date","2026-12-21","My report for the looked-after review on 7 January - when does it need to be with the reviewing officer?",("db","2027-01-07",3),["iro3"],a=ADB),
# ---------------- IRO ----------------
R(ind,"date","2025-12-22","The IRO flagged drift in the care plan to me informally today. If it isn't sorted, when does it turn into a formal dispute?",("wd","rel:today",5),["iro5"]),
R(man,"date","2027-04-26","Formal IRO dispute opened 16/03/27, resolved 20/04/27. Within timescale?",("wd","2027-03-16",20),["iro20"]),
R(new,"date","2026-05-01","The IRO has raised a formal dispute on one of my cases today. How long has the whole process got to be completed in?",("wd","rel:today",20),["iro20"]),
# ---------------- Adoption ----------------
R(ind,"visits","2026-03-11","The little one moved in with her adopters, her first review after the move was on 3 March and I visited yesterday. When's my next visit due?",("w","rel:yesterday",6),["ad6"]),
R(duty,"visits","2026-05-05","adoptive placement 27/04/26, no LAR yet, last visit 01/05, next by?",("w","2026-05-01",1),["adweek"]),
R(ind,"date","2025-12-22","When can the adopters put their application in to court to make it permanent? He moved in with them on 19 December.",("w","2025-12-19",10),["ad10"]),
R(scen,"date","2027-06-01","Siblings placed with adopters on 30/03/27 after introductions that started 22/03. The placement order was made 12/01/27 and the first LAC review after placement was 27/04. From what date can the adopters apply for the Adoption Order?",("w","2027-03-30",10),["ad10"]),
# ---------------- Fostering ----------------
R(duty,"visits","2025-12-15","FC supervisory visit 12/12/25 next by?",("w","2025-12-12",6),["fc6"]),
R(ind,"date","2026-03-31","I saw my foster carers today for their supervising visit. When does my note of the visit need to be on the system?",("wd","rel:today",3),["fcrec"]),
R(scen,"visits","2025-05-20","Fostering household approved 2019, annual review held 02/02/25, last unannounced visit 14/05/25. When's the next unannounced visit due by?",("m","2025-05-14",12),["fcun"]),
R(ind,"date","2027-04-15","Our foster carers had their yearly review on 31 March 2027. When's the next one due?",("m","2027-03-31",12),["fcann"]),
R(ind,"date","2026-11-10","Our carers' yearly review last went to the panel on 29 February 2024. When must a review next go to panel?",("m","2024-02-29",36),["fcpanel"],a="A reader could take 29 Feb + 3 years as 1 March 2027 instead of 28 Feb."),
R(new,"date","2027-09-01","The foster carers' DBS, medicals and references were last all done on 15 October 2024. When are they next due?",("m","2024-10-15",36),["fcdbs"]),
R(typos,"date","2025-09-04","carer core trainin done 3/9/25 when needs updating",("m","2025-09-03",36),["fctrain"]),
R(ind,"date","2026-05-22","The Strategic Lead agreed today to let a carer look after a child outside their approval. How long does that permission last?",("wd","rel:today",6),["vary"],a="'Up to 6 working days' is counted from the day permission was given; a reader counting from the placement date could differ."),
R(scen,"date","2025-11-10","Aunt was given temporary approval as a connected carer by the ADM on 10/11/25 and the kids (DOB 04/07/2016 and 22/09/2019) moved in the same evening. Full assessment started 12/11. When does the temporary approval run out if it isn't extended?",("w","2025-11-10",16),["temp"]),
R(ind,"date","2026-03-30","The aunt looking after the children was approved on a temporary basis on 5 January 2026 and it's been extended as far as it can go. When does that run out?",("w","2026-01-05",24),["temp"]),
# ---------------- Case recording / open cases ----------------
R(duty,"date","2025-12-24","home visit 24/12/25, recording due?",("d","2025-12-24",3),["rec3"],a="Falls on a Saturday; a reader treating '3 days' as working days would get 2025-12-31."),
R(ind,"date","2025-09-01","I went to see the family on Saturday. By when should I have it written up on the file?",("d","rel:last sat",3),["rec3"]),
R(scen,"date","2027-03-31","Visited the family on Wed 31/03/27 - dad disclosed he's been using again; the child's next appointment is 06/04. When does the visit have to be recorded by?",("d","2027-03-31",3),["rec3"]),
R(ind,"date","2027-01-12","The summary at the front of the file was last updated on 30 November 2026. When does it go out of date?",("m","2026-11-30",3),["summ"],a="30 Nov + 3 months has no 30 Feb; taken as 28 Feb (a reader could say 2 March)."),
R(ind,"date","2026-04-20","The overview at the top of the child's file was last refreshed on 15 January 2026. When does it need refreshing by?",("m","2026-01-15",3),["summ"]),
R(ind,"date","2026-10-05","His last assessment was signed off by my manager on 6 April 2026. When will he need a new one for it to count as up to date?",("m","2026-04-06",12),["ass12"]),
R(duty,"date","2025-06-02","last c&f authorised 03/06/24, up to date til?",("m","2024-06-03",12),["ass12"]),
# ---------------- Age ----------------
R(ind,"age","2027-01-15","A girl in care was born on 29 February 2012. When do we need to start her plan for leaving care?",("age","2012-02-29",15,6),["path"]),
R(duty,"age","2025-10-01","yp dob 31/08/2010 pathway plan start?",("age","2010-08-31",15,6),["path"],a="No 31 Feb: taken as 28 Feb 2026; a reader could say 1 March 2026."),
R(new,"age","2026-06-01","When should I start a pathway plan for a young person born on 12/06/2011?",("age","2011-06-12",15,6),["path"]),
R(scen,"age","2026-11-20","YP (DOB 03/10/2011) came into care at 14 on 05/01/2026 and had his second LAC review on 15/10/26. When does his pathway plan need to be started?",("age","2011-10-03",15,6),["path"]),
R(ind,"age","2025-11-03","A boy born on 5 January 2014 has a conference coming up. From what date should he be offered an advocate to help him take part?",("age","2014-01-05",12,0),["adv"]),
R(ind,"age","2025-12-01","A girl born on Christmas Eve 2013 has a child protection conference coming up. From what date should she be offered someone to help her speak up there?",("age","2013-12-24",12,0),["adv"]),
R(ind,"age","2025-11-25","A little girl born on 29 February 2020 may go into pre-proceedings. Up to what date would she still count as young enough to get an adoption social worker allocated?",("age","2020-02-29",6,0),["u6"],a="'Under the age of 6' ends the day before the 6th birthday; the date given is the birthday itself (1 March 2026 for a 29 Feb birthday)."),
R(man,"age","2027-04-20","Child DOB 14/04/2021 entered proceedings 10/04/27 - was she under 6 (so needed an adoption SW)? When did she turn 6?",("age","2021-04-14",6,0),["u6"]),
# ---------------- Choice ----------------
R(duty,"choice","2026-03-25","icpc 07/04/26, report due when?",("choice",("wdb","2026-04-07",3),("db","2026-04-07",3)),["chair3","fam3"]),
R(ind,"choice","2025-11-28","An assessment on a new family began on 1 December 2025. When's it due?",("choice",("wd","2025-12-01",15),("d","2025-12-01",45)),["tl15","a45"]),
R(duty,"choice","2027-03-30","child placed 30/03/27, meeting due when?",("choice",("wd","2027-03-30",3),("wd","2027-03-30",20)),["pm3","ilar"]),
R(typos,"choice","2025-12-22","fc visit done 19.12.25 whats due next",("choice",("wd","2025-12-19",3),("w","2025-12-19",6)),["fcrec","fc6"]),
R(new,"choice","2026-05-20","A child was placed with foster carers today. When do I need to get the plan done by?",("choice",("wd","rel:today",5),("d","rel:today",10)),["pp5","cplan"]),
R(duty,"choice","2026-06-10","first plo meeting 10/06 what's the next deadline",("choice",("wd","2026-06-10",3),("d","2026-06-10",7)),["fgc","via","mins"]),
R(ind,"choice","2026-03-11","We've started the child protection enquiries after the strategy meeting held yesterday. What's the next deadline?",("choice",("d","rel:yesterday",5),("wd","rel:yesterday",15)),["s47_5","icpc"]),
R(scen,"choice","2026-03-04","Conference was yesterday, 03/03/26. Mum didn't attend and the outcome note isn't on LCS yet so I don't know if the plan continued. What's the next meeting due?",("choice",("d","2026-03-03",10),("d","2026-03-03",20)),["cg","cin20"]),
]
NONE = [
R(duty,"none","2026-01-13","rcpc due when? icpc was 12/01/26",None,["nx_conf"],why="the standards leave the date of the next (review) conference to the chair; no interval is given."),
R(ind,"none","2026-05-12","Her first looked-after review was on 5 May 2026. When does the second one need to be?",None,["nx_lar2"],why="only the initial review (20 working days) has a timescale; later reviews are not timed in the standards."),
R(new,"none","2026-02-09","How often should I have supervision with my team leader? My last one was on 2 February.",None,["nx_sup"],why="supervision frequency is left to the supervision policy."),
R(man,"none","2026-04-21","SHOPBA held 10/03/26, IRH 20/04/26 - how many days before IRH must the SHOPBA be?",None,["nx_shop"],why="the SHOPBA must be before the IRH paperwork is due, but no number of days is set."),
R(typos,"none","2026-06-08","wen does the later life letter need to be done by, adoption order was 4.6.26",None,["nx_lll"],why="no timescale for the Later Life Letter or life story book."),
R(ind,"none","2025-11-04","Something significant happened in the family on 3 November 2025. By when does the timeline of key events on the file need updating?",None,["nx_chron"],why="no timescale for updating the chronology (only the 3-day recording of events, which is a different thing)."),
R(scen,"none","2027-01-15","Foster carers rang on 14/01/27 saying the placement is wobbling after the boy (DOB 11/11/2014) was excluded on 12/01. When must the support meeting be held?",None,["nx_supp"],why="a support meeting is required but no timescale is set."),
R(duty,"none","2026-01-21","PEP review after first PEP 20/01/26 due by?",None,["nx_pep"],why="PEP reviews are 'at least 1 per term' per statutory guidelines; no date can be counted from the standards."),
R(ind,"none","2025-10-03","Worries about a teenager possibly needing to come into care were raised on 2 October. By when do I have to refer to the edge-of-care team?",None,["nx_ff"],why="the Family Focus referral has no timescale."),
R(new,"none","2026-04-22","The adopters applied for the Adoption Order on 20 April 2026. When does my Annex A report have to be filed?",None,["nx_annexa"],why="no timescale for the Annex A report is given."),
]
ROWS = ROWS + NONE

# ======== end of rows ========

def build():
    out = []
    for r in ROWS:
        today = P(r["t"])
        row = {"q": r["q"], "today": r["t"]}
        if r["k"] == "none":
            row["due"] = None; cnt = "no timescale set by the standards: " + r["why"]
        else:
            due, cnt = compute(r["op"], today); row["due"] = due.isoformat()
        row["expect_any"] = r["e"]; row["count"] = cnt
        row["voice"] = r["v"]; row["kind"] = r["k"]
        if r.get("a"): row["ambiguous"] = r["a"]
        out.append(row)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for row in out: f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return out

def check():
    src = open(SOURCE, encoding="utf-8").read()
    rows = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]
    bad = 0
    from collections import Counter
    for i, r in enumerate(rows, 1):
        assert set(r) >= {"q","today","due","expect_any","count","voice","kind"}, i
        assert r["voice"] in ("duty","typos","scenario","indirect","newstarter","manager"), i
        assert r["kind"] in ("date","visits","age","choice","none"), i
        assert (r["due"] is None) == (r["kind"] == "none"), i
        for ph in r["expect_any"]:
            if len(ph.split()) < 6 or ph not in src:
                print("PHRASE FAIL row", i, repr(ph)); bad += 1
        if r["kind"] == "choice": assert len(r["expect_any"]) >= 2, i
        assert r["expect_any"], i
    print("rows", len(rows)); print("kind", Counter(r["kind"] for r in rows)); print("voice", Counter(r["voice"] for r in rows))
    print("dups", [q for q, c in Counter(r["q"] for r in rows).items() if c > 1])
    return bad == 0

if __name__ == "__main__":
    build(); ok = check(); sys.exit(0 if ok else 1)
