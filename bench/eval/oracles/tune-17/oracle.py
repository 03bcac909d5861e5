#!/usr/bin/env python3
"""Oracle for the frozen deadline-question set. Standard library only.
Computes `due` and `count` for every row from a structured spec, checks phrases
against the source, writes questions.jsonl, prints tallies."""
import datetime as dt, json, sys, collections, os

D = dt.date
SRC = "/work/shared/source/practice-standards.txt"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.jsonl")

# England & Wales bank holidays 2024-2028, typed by hand (substitute days applied).
BANK_HOLIDAYS = {
    D(2024,1,1), D(2024,3,29), D(2024,4,1), D(2024,5,6), D(2024,5,27), D(2024,8,26), D(2024,12,25), D(2024,12,26),
    D(2025,1,1), D(2025,4,18), D(2025,4,21), D(2025,5,5), D(2025,5,26), D(2025,8,25), D(2025,12,25), D(2025,12,26),
    D(2026,1,1), D(2026,4,3), D(2026,4,6), D(2026,5,4), D(2026,5,25), D(2026,8,31), D(2026,12,25), D(2026,12,28),  # Boxing Day Sat -> Mon 28
    D(2027,1,1), D(2027,3,26), D(2027,3,29), D(2027,5,3), D(2027,5,31), D(2027,8,30), D(2027,12,27), D(2027,12,28),  # Xmas Sat/Sun -> Mon/Tue
    D(2028,1,3), D(2028,4,14), D(2028,4,17), D(2028,5,1), D(2028,5,29), D(2028,8,28), D(2028,12,25), D(2028,12,26),  # New Year Sat -> Mon 3
}

def _easter(y):  # anonymous Gregorian algorithm, used only to cross-check the typed list
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
    i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=(h+l-7*m+114)%31+1
    return D(y,mo,da)
for _y in range(2024,2029):
    _e=_easter(_y)
    assert _e-dt.timedelta(2) in BANK_HOLIDAYS and _e+dt.timedelta(1) in BANK_HOLIDAYS, _y
    assert sum(1 for h in BANK_HOLIDAYS if h.year==_y)==8, _y
    for h in BANK_HOLIDAYS:
        assert h.weekday()<5, h

WD = "Mon Tue Wed Thu Fri Sat Sun".split()
def fmt(d): return f"{d.isoformat()} ({WD[d.weekday()]})"
def is_wd(d): return d.weekday()<5 and d not in BANK_HOLIDAYS

def add_months(d, n):
    y, m = divmod(d.month-1+n, 12); y += d.year; m += 1
    last = (D(y+(m==12), m%12+1, 1)-dt.timedelta(1)).day
    return D(y, m, min(d.day, last)), d.day > last

def skipped(a, b):
    lo, hi = min(a,b), max(a,b)
    return sorted(h for h in BANK_HOLIDAYS if lo < h < hi)

def compute(start, rule):
    kind, n = rule[0], rule[1] if len(rule)>1 else None
    if kind == "wd":  # Nth working day strictly after start
        d, c = start, 0
        while c < n:
            d += dt.timedelta(1)
            if is_wd(d): c += 1
        bh = skipped(start, d + dt.timedelta(1))
        s = f"{n} working day{'s' if n!=1 else ''} after {fmt(start)} -> {fmt(d)}"
        if bh: s += "; skips bank holidays " + ", ".join(h.isoformat() for h in bh)
        return d, s
    if kind == "wdb":  # Nth working day strictly before start
        d, c = start, 0
        while c < n:
            d -= dt.timedelta(1)
            if is_wd(d): c += 1
        bh = skipped(d - dt.timedelta(1), start)
        s = f"{n} working days before {fmt(start)} -> {fmt(d)}"
        if bh: s += "; skips bank holidays " + ", ".join(h.isoformat() for h in bh)
        return d, s
    if kind == "d":
        d = start + dt.timedelta(n)
        if n == 0: return d, f"same day as {fmt(start)} -> {fmt(d)}"
        return d, f"{n} calendar days after {fmt(start)} -> {fmt(d)}"
    if kind == "db":
        d = start - dt.timedelta(n)
        return d, f"{n} calendar days before {fmt(start)} -> {fmt(d)}"
    if kind == "w":
        d = start + dt.timedelta(7*n)
        return d, f"{n} week{'s' if n!=1 else ''} ({7*n} days) after {fmt(start)} -> {fmt(d)}"
    if kind == "m":
        d, clamped = add_months(start, n)
        s = f"{n} months after {fmt(start)} -> {fmt(d)}"
        if clamped: s += " (day clamped to month end)"
        return d, s
    if kind == "age":  # rule ("age", years, months); start = date of birth
        y, mo = rule[1], rule[2]
        if start.month == 2 and start.day == 29 and mo == 0:
            yy = start.year + y
            leap = yy%4==0 and (yy%100!=0 or yy%400==0)
            d = D(yy,2,29) if leap else D(yy,3,1)
            s = f"age {y}: born {fmt(start)} -> {fmt(d)}"
            if not leap: s += f" (29 Feb birthday; {yy} is not a leap year so 1 March)"
            return d, s
        d, clamped = add_months(start, 12*y+mo)
        assert not clamped
        lab = f"{y} years" + (f" {mo} months" if mo else "")
        return d, f"age {lab}: born {fmt(start)} -> {fmt(d)}"
    raise ValueError(rule)

# ---------------------------------------------------------------- phrases
P = {
 "contact": "All contacts will be screened for consent and decisions made by what action are required by a Team Leader within 1 working day",
 "initial_decision": "Initial decisions will be made about the action required within 1 working day",
 "referral_action": "Referrals will be actioned by a social worker within 1 working day",
 "s47_same_day": "the child / children will be seen by the Social Worker the same day",
 "s47_5days": "Within 5 days of the Section 47 being initiated",
 "allocate": "All cases will be allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 "tl_review": "All assessments will be reviewed by the Team Leader within 15 working days",
 "assess_45": "Assessments must all be completed within 45 days",
 "strat_1wd": "a strategy discussion is required, this must happen within 1 working day",
 "strat_24h": "A strategy discussion within 24 hours involving all relevant agencies",
 "transfer_notice": "the Children`s First Response Team will notify the Neighbourhood Team via email, giving at least 5 days’ notice",
 "transfer_joint": "Within the 5 days’ notice period, the Children’s First Response Social Worker and the allocated Neighbourhood Team Social Worker will complete a joint visit",
 "icpc": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 "icpc_family": "The report will be shared with family at least 3 the days prior to conference",
 "icpc_chair": "The report will be sent to the child protection chair 3 working days before the conference",
 "advocate12": "if they are 12 or over they should be offered an advocate",
 "next_conf": "The child protection chair will set the date of the next conference",
 "core_group": "The first core group must be  held within 10 days of the conference",
 "cp_visits": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 "cp_home": "A statutory CP visit must not be recorded on the child’s file unless the child was seen at home",
 "core_every": "The multi –agency plan and the targets agreed and outcomes expected are reviewed at every core group",
 "rcpc_parents": "This report must be shared with parents at least 3 days prior to the review conference",
 "rcpc_chair": "The report will be available to the conference chair at least 3 days prior to the review conference",
 "ptt": "when they have been subject to a plan for 12 months, a professional thinking time meeting",
 "plo_first": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 "plo_fgc": "Referral should be made within 3 working days of the first PLO meeting",
 "plo_viability": "Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 "plo_minutes": "PLO minutes including agreed expectations and how these will be achieved to be distributed to parents and their legal representation within 7 days of the meeting",
 "plo_review": "Review PLO meetings with parents to be held every 4-6 weeks",
 "plo_12wk": "A review legal planning meeting will be held at 12 weeks",
 "plo_16wk": "a Legal Gateway meeting will be convened at 16 weeks with Strategic Lead oversight",
 "cin_deplan": "will set the first CIN meeting within 20 days",
 "cin_transfer": "When a case transfers from Trafford Childrens First Response the initial CIN meeting must take place within 10 days",
 "cin_review": "CIN review meetings will be held at least every 6 weeks",
 "cin_visit": "A child subject to a CIN plan will be seen at least every 6 weeks",
 "cin_home": "The visit can only be recorded as a CIN visit on the child’s case file if they have been seen at home",
 "supervision": "monitored through supervision which takes place in line with the supervision policy",
 "cic_emerg_assess": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 "cic_visit_1wd": "The child will be visited within 1 working day of coming into care or having a change in placement",
 "lac_seen_1wd": "All looked after children will be seen within 1 working day of placement",
 "placement_mtg": "The placement meeting will be held within 3 working days",
 "placement_plan": "an updated copy given to the carers within 5 working days of the placement beginning",
 "family_time": "reviewed at least every 8 week until the plan for permanence is agreed",
 "cic_pack": "The child will be provided with a coming into care pack, children rights leaflet within 3 weeks",
 "legal_status": "All other professionals involved with the child will be informed of the child’s legal status within 5 working days",
 "iha": "An initial health assessment will be requested and carried out within 20 working days",
 "pep": "A PEP meeting will be arranged within the school within 20 days",
 "lac_weekly": "Statutory looked after visits must happen weekly until the first looked after review",
 "lac_6weekly": "a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 "lac_12weekly": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 "care_plan": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 "lac_review": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 "lac_next": "a new LAC review will be set in accordance with the timescales",
 "pathway": "A pathway plan will be started when the young person is 15 years 6 months",
 "iro_report": "this will be with the IRO 3 days before the review",
 "iro_contact": "The IRO will contact the child between reviews",
 "iro_informal": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 "iro_formal": "The formal dispute resolution process should be completed from start to finish within 20 working days",
 "adopt_under6": "If a child under the age of 6 enters PLO or proceedings",
 "shopba": "This needs to take place after the area teams final care planning meeting",
 "adopt_weekly": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 "adopt_6weekly": "visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 "lifestory": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter",
 "ao_10wk": "Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
 "annex_a": "The Social Worker will complete the Annex A suitability report for Court",
 "fc_visit": "Trafford foster carers are visited at least once every six weeks",
 "fc_record": "a record of this visit is recorded on LCS within 3 working days",
 "fc_unannounced": "will have an unannounced visit at least once every 12 months",
 "fc_annual": "All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
 "fc_panel": "Every foster carer will have an annual review presented to the Fostering Panel at least every three years",
 "fc_dbs": "All foster carers will have updated statutory references, medicals and DBS checks at least every three years",
 "fc_training": "All Trafford foster carers must update their core training at least every three years",
 "fc_variation": "This can only be given for up to 6 working days",
 "temp_approval": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 "recording": "any event or contact is recorded within 3 days",
 "case_summary": "A clear and concise case file summary which has been updated within the last 3 months",
 "assess_12m": "An up to date assessment (within the last 12 months) on each child",
 "early_help": "Initial decisions will be made about the action required by an Early Help Team Leader",
 "gcp2": "a Graded Care Profile 2 should be completed with the parents or carers",
}

ROWS = []
def R(voice, kind, today, start, rule, keys, q, amb=None):
    ROWS.append(dict(voice=voice, kind=kind, today=today, start=start, rule=rule,
                     keys=[keys] if isinstance(keys,str) else keys, q=q, amb=amb))
def C(voice, today, opts, q, amb=None):  # opts: list of (start, rule, key)
    ROWS.append(dict(voice=voice, kind="choice", today=today, opts=opts, q=q, amb=amb))
def N(voice, today, keys, q, amb=None):
    ROWS.append(dict(voice=voice, kind="none", today=today, keys=[keys] if isinstance(keys,str) else keys, q=q, amb=amb))


# ---------------------------------------------------------------- rows
# R(voice, kind, today, start(event date or DOB), rule, phrase keys, question, ambiguous)
# ---- Front door / referrals
R("duty","date","2025-12-24","2025-12-24",("wd",1),"contact","contact in 24/12/25 pm, TL decision needed by?")
R("indirect","date","2026-04-02","2026-04-02",("wd",1),"contact","A school rang the front door with a worry at 4pm today (Thurs 2 April). When's the latest a team leader has to have decided what we're doing with it?")
R("newstarter","date","2025-08-22","2025-08-22",("wd",1),"referral_action","Hello, sorry if this is basic - a referral came through to our team today, Friday 22nd August. How long do I have as the social worker to action it?")
R("typos","date","2025-05-23","2025-05-23",("wd",1),"referral_action","refferal come in today fri 23/5 how long have i got to action it")
R("manager","date","2027-05-06","2027-04-30",("wd",1),"referral_action","Referral received 30/04/27, SW actioned it 04/05/27. In timescale?")
R("indirect","date","2026-12-24","2026-12-24",("wd",1),"initial_decision","A child protection level referral has just come in this morning, Christmas Eve. When's the latest the team leader can make the first call on what action we take?")
R("typos","date","2026-12-31","2026-12-31",("wd",1),"initial_decision","level 4 referal came in on the 31st dec how long for tl inital decision")
R("manager","date","2027-01-05","2026-12-24",("wd",1),"contact","Contact received 24/12/2026, TL decision recorded 30/12/2026 — in timescale?")
# ---- Strategy discussion
R("duty","date","2026-08-28","2026-08-28",("wd",1),["strat_1wd"],"mgmt decision for strat made today fri 28/8, strat by?",
  amb="The S47 section says a strategy discussion 'within 24 hours', which would give Sat 29 Aug rather than Tue 1 Sep.")
R("indirect","date","2027-03-25","2027-03-25",("wd",1),["strat_1wd"],"My TL agreed this afternoon that we need to get police and health together to talk about the bruising. Today's Thursday 25 March. How long have we got to get that discussion held?",
  amb="The S47 section says a strategy discussion 'within 24 hours', which would give Fri 26 March (Good Friday) rather than Tue 30 March.")
# ---- S47
R("newstarter","date","2026-05-05","2026-05-05",("d",0),"s47_same_day","I've just been told we're starting a Section 47 on a referral that came in today (Tuesday 5 May). When does the child need to be seen by?")
R("indirect","date","2025-12-19","2025-12-19",("d",0),"s47_same_day","Manager's just decided the referral that came in this morning is a child protection enquiry. How quickly do I need eyes on the kids?")
R("indirect","date","2025-12-22","2025-12-22",("d",5),"s47_5days","We kicked off the child protection enquiry today (Mon 22 Dec). When do I need to sit down with my manager to go over how it's going and agree next steps?")
# ---- Allocation, TL review, 45 days
R("typos","date","2026-04-01","2026-04-01",("wd",3),"allocate","case came thru today 1/4 when does it need allocating for the c&f")
R("indirect","date","2026-12-23","2026-12-23",("wd",3),"allocate","When's the latest a worker needs to be picked to do the family assessment if the case landed with us on 23 December?")
R("indirect","date","2027-03-18","2027-03-16",("wd",15),"tl_review","How long can a family assessment run before my team leader has to have had a look at it? We opened it on 16 March.")
R("newstarter","date","2026-04-21","2026-04-20",("wd",15),"tl_review","Could someone tell me when my Team Leader needs to review my Child and Family Assessment? It started yesterday.")
R("typos","date","2027-01-22","2027-01-20",("d",45),"assess_45","how long do i get for an assesment, i started it on teh 20th jan",
  amb="'45 days' counted as calendar days; a reader using 45 working days would get a later date.")
# ---- Transfer to Neighbourhood Team
R("indirect","date","2026-05-29","2026-05-29",("d",5),"transfer_joint","We've emailed the Neighbourhood Team today (29/05) to say this family is moving over to them at child in need. By when does the joint visit with the new worker need to happen?")
# ---- ICPC
R("duty","date","2025-12-22","2025-12-19",("wd",15),"icpc","strat was 19/12/25, when's the ICPC?")
R("typos","date","2027-03-29","2027-03-25",("wd",15),"icpc","strat was 25.3.27 when is the icpc due")
R("indirect","date","2025-04-15","2025-04-14",("wd",15),"icpc","We had the multi-agency meeting with police to plan the enquiry yesterday. If it's going to conference, what's the latest the first conference can be?")
R("manager","date","2026-01-26","2026-01-02",("wd",15),"icpc","ICPC was held 20/01/26, strat 02/01/26, was that in timescale?")
R("newstarter","date","2026-08-27","2026-08-26",("wd",15),"icpc","What's the timescale for an Initial Child Protection Conference? Our strategy meeting was yesterday.")
R("indirect","date","2027-12-22","2027-12-22",("wd",15),"icpc","The first big conference where they decide whether a protection plan is needed — when must it be held if the initial strat was today, 22/12?")
R("newstarter","date","2026-01-05","2026-01-12",("db",3),"icpc_family","My ICPC is on Monday 12 January. When do I need to share my report with the parents?")
R("indirect","date","2027-03-31","2027-04-07",("db",3),"icpc_family","Initial conference is next Wednesday, 7 April — what's the last day mum and dad can be given my report?")
R("duty","date","2026-03-27","2026-04-07",("wdb",3),"icpc_chair","ICPC tues 7/4, report to chair by?")
R("typos","date","2026-12-21","2027-01-04",("wdb",3),"icpc_chair","icpc on 4th jan wen does my report go to the chair")
R("indirect","date","2027-08-25","2027-09-02",("wdb",3),"icpc_chair","The person chairing the first protection meeting needs my signed-off report a set number of working days ahead. Meeting is Thursday 2 September. What's my deadline?")
# ---- Core group
R("indirect","date","2026-05-26","2026-05-22",("d",10),"core_group","After the conference where the kids went on plans (Friday 22 May), when's the deadline for the first meeting of professionals and family to put the detail on the plan?")
R("manager","date","2025-09-01","2025-08-18",("d",10),"core_group","ICPC 18/08/2025. First core group 29/08/2025. In timescale?")
R("newstarter","date","2026-01-07","2026-01-05",("d",10),"core_group","Please could you tell me when the first core group must happen? The initial conference was this Monday.")
# ---- RCPC reports, 12 months on plan
R("indirect","date","2026-05-20","2026-06-02",("db",3),"rcpc_parents","The follow-up conference to see how the protection plan is going is on Tuesday 2 June. When do the parents need my plan update by?")
R("newstarter","date","2026-09-28","2026-10-09",("db",3),"rcpc_chair","When does the conference chair need to have my report for a review conference on Friday 9 October?")
R("indirect","date","2026-11-02","2026-01-15",("m",12),"ptt","The kids went on plans at the conference on 15 Jan this year. If things aren't improving, at what point do we have to hold the 'thinking time' meeting with the other professionals?")
# ---- PLO
R("indirect","date","2025-12-19","2025-12-19",("d",10),"plo_first","The letter that starts pre-proceedings is dated today, 19 December. When does the first meeting with the parents and their solicitor need to be?")
R("indirect","date","2026-12-24","2026-12-24",("wd",3),"plo_fgc","Parents agreed at the first pre-proceedings meeting today (Christmas Eve) to a family group conference. When does the referral have to be in?")
R("newstarter","date","2025-04-17","2025-04-17",("wd",3),"plo_fgc","What's the deadline for the FGC referral after the first PLO meeting? Ours was today (Thursday 17 April).")
R("duty","date","2026-05-22","2026-05-22",("wd",3),"plo_viability","initial plo mtg today 22/5, viability screening requests to FPT by?",
  amb="The standard also allows 'immediately following Family Group Conference', so a reader waiting for an FGC could give a different date.")
R("indirect","date","2027-08-27","2027-08-27",("wd",3),"plo_viability","Gran and an aunt came forward as possible carers at today's first meeting with the parents and their solicitors (27 Aug). When do I need to ask Family Placement to screen them?")
R("typos","date","2026-01-07","2026-01-05",("d",7),"plo_minutes","plo mtg was monday just gone, when do minuts need to go to parents")
R("indirect","date","2025-12-23","2025-12-23",("d",7),"plo_minutes","When do the notes of today's pre-proceedings meeting, with what we expect of mum, need to go out to her and her solicitor? Today's the 23rd Dec.")
R("manager","date","2027-03-22","2027-03-10",("d",7),"plo_minutes","PLO meeting 10/03/2027, minutes distributed 19/03/2027 - in timescale?")
R("indirect","date","2025-06-02","2025-06-02",("w",12),"plo_12wk","We went into pre-proceedings today (letter dated 2 June). When's the meeting where our solicitor from legal comes back to review whether threshold is still met?",
  amb="The standard does not say what the 12 weeks run from; counted from the PLO letter (the first PLO meeting is another reading). 12 weeks lands on the August bank holiday.")
R("manager","date","2026-02-02","2025-10-06",("w",16),"plo_16wk","PLO letter 06/10/2025. When should the 16-week Legal Gateway have been convened by?",
  amb="The standard does not say what the 16 weeks run from; counted from the PLO letter.")
# ---- CIN
R("indirect","date","2025-12-17","2025-12-16",("d",20),"cin_deplan","The review conference yesterday (16 Dec) took the kids off their protection plans and on to child in need. When does the first CIN meeting have to be?")
R("indirect","date","2025-08-26","2025-08-22",("d",10),"cin_transfer","Case came over to our Neighbourhood Team from the front door team on Friday 22/08. When's the first child in need meeting due?",
  amb="The transfer date could be read as the date of the notice email rather than the handover; counted from the handover date given.")
R("newstarter","date","2026-12-29","2026-12-29",("d",10),"cin_transfer","A case has just transferred to me from Children's First Response today (Tuesday 29 December). When does the initial CIN meeting need to take place?")
R("typos","date","2026-04-02","2026-04-01",("d",10),"cin_transfer","case transfered from cfr 1st april, initial cin meting by when?")
# ---- Children in care
R("indirect","date","2025-12-19","2025-12-18",("wd",20),"cic_emerg_assess","A child was brought into care in an emergency yesterday (18 Dec) and there was no up-to-date assessment. When does the assessment need to be done?")
R("duty","date","2027-05-28","2027-05-28",("wd",1),["cic_visit_1wd","lac_seen_1wd"],"moved placement today fri 28/5, visit by?")
R("indirect","date","2026-12-24","2026-12-24",("wd",1),["cic_visit_1wd","lac_seen_1wd"],"The young person moved to a new foster home this morning (Christmas Eve) — by when do I have to go and see him there?")
R("newstarter","date","2025-12-17","2025-12-19",("wd",1),["cic_visit_1wd","lac_seen_1wd"],"If a child comes into care this Friday (19 December), how soon after do we need to visit them?")
R("indirect","date","2027-04-01","2027-04-01",("wd",3),"placement_mtg","When does the meeting to agree delegated authority with the new carers have to happen if the placement started today (Thursday 1 April)?")
R("typos","date","2026-04-02","2026-04-02",("wd",3),"placement_mtg","plcement started 2.4 when is the placment meeting due")
R("indirect","date","2026-04-01","2026-03-31",("wd",5),"placement_plan","The carers need the updated copy of the plan for looking after her, the one with the delegated authority bits in. She moved in yesterday, 31 March. When by?")
R("newstarter","date","2027-12-20","2027-12-20",("wd",5),"placement_plan","When should the carers get the updated placement plan? The placement began today (Monday 20 December).")
R("indirect","date","2025-12-15","2025-12-12",("w",3),"cic_pack","Little one came into care on Friday (12 Dec). When's the latest he should get his welcome pack and rights leaflet?")
R("typos","date","2027-03-16","2027-03-15",("w",3),"cic_pack","wen does the child get the coming into care pack, came in care 15/3")
R("indirect","date","2025-04-22","2025-04-21",("wd",5),"legal_status","Boy became looked after yesterday, Easter Monday, out of hours. By when do the school, GP and others need to know he's now in care?")
R("newstarter","date","2025-12-02","2025-12-01",("wd",20),"iha","How long do we have for the initial health assessment? She came into care yesterday (Monday 1 December).")
R("indirect","date","2027-05-11","2027-05-10",("wd",20),"iha","When does the first health check for a child entering care have to be done by, if she came in on 10/05?")
R("manager","date","2026-04-20","2026-03-16",("wd",20),"iha","Child became LAC 16/03/2026; IHA completed 16/04/2026. Within timescale?")
R("indirect","date","2025-08-18","2025-08-15",("d",20),"pep","The school meeting about her education plan — how soon does it need to be arranged? She came into care on 15 Aug.",
  amb="The standard does not say what the 20 days run from; counted from coming into care.")
R("duty","date","2026-12-10","2026-12-09",("d",20),"pep","PEP due? LAC from 9/12/26",
  amb="The standard does not say what the 20 days run from; counted from becoming looked after.")
R("indirect","date","2027-03-29","2027-03-26",("d",10),"care_plan","When must the plan setting out what she needs and how we'll meet them be up on the system? She was placed on 26 March.")
R("indirect","date","2027-03-19","2027-03-18",("wd",20),"lac_review","When does the first review with the independent reviewing officer have to be held for a boy who came into care yesterday (18 March)?")
R("manager","date","2026-06-10","2026-05-07",("wd",20),"lac_review","Child became looked after 07/05/2026. First LAC review 05/06/2026. In timescale?")
R("newstarter","date","2026-12-17","2026-12-16",("wd",20),"lac_review","Apologies for the basic question - my young person became looked after yesterday, Wednesday 16 December. What's the deadline for the initial Looked After Review?")
R("indirect","date","2026-12-22","2027-01-04",("db",3),"iro_report","The reviewing officer needs my written report ahead of the child's care review on Monday 4 January - what's the latest day?")
# ---- IRO
R("indirect","date","2025-12-22","2025-12-22",("wd",5),"iro_informal","The reviewing officer flagged drift in the care plan to me informally today (22 Dec). If it's still not sorted, when does it become a formal dispute?")
R("manager","date","2027-03-30","2027-03-29",("wd",20),"iro_formal","Formal dispute raised by IRO 29/03/2027. When must the whole dispute resolution process be completed?")
R("newstarter","date","2026-05-05","2026-05-01",("wd",20),"iro_formal","My IRO raised a formal dispute on Friday 1 May. How long does the process have to be completed?")
# ---- Adoption
R("indirect","date","2026-10-26","2026-10-23",("w",10),"ao_10wk","Once the little one has lived with the adopters long enough they can apply for the order. She moved in with them on Friday 23 October - when can they apply?")
# ---- Fostering
R("duty","date","2025-12-24","2025-12-24",("wd",3),"fc_record","FC supervisory visit today 24/12, record on LCS by?")
R("typos","date","2026-04-02","2026-04-02",("wd",3),"fc_record","did my visit to foster carers today thurs 2nd april, when does it need recording by")
R("indirect","date","2026-12-21","2026-12-21",("wd",6),"fc_variation","Strategic Lead has agreed today (21 Dec) that we can place a child with carers outside their approval range. How long does that permission last?",
  amb="Counted as the 6th working day after the day permission was given; counting the day of permission as day 1 would end a working day earlier.")
R("manager","date","2026-03-31","2026-03-31",("wd",6),"fc_variation","Variation of Terms of Approval given 31/03/2026. Latest date it can run to?",
  amb="Counted as the 6th working day after the day it was given; counting that day as day 1 would end a working day earlier.")
R("indirect","date","2025-10-07","2025-10-06",("w",16),"temp_approval","Nan was approved temporarily as a foster carer so the kids could move in yesterday (6 October). When does that temporary approval run out if it isn't extended?")
R("newstarter","date","2027-04-09","2027-04-09",("w",16),"temp_approval","How long does temporary approval for a connected person last? It was agreed today (9 April 2027).")
# ---- Case recording, summaries, assessments
R("typos","date","2025-12-24","2025-12-24",("d",3),"recording","home vist today 24/12 wen does it need to be on lcs by")
R("indirect","date","2026-06-01","2026-05-29",("d",3),"recording","I had a long phone call with grandad on Friday 29 May. What's the latest I can write it up?")
R("indirect","date","2026-02-03","2025-11-30",("m",3),"case_summary","The summary at the front of the file was last updated 30 November. When does it go out of date?")
R("manager","date","2027-06-01","2027-05-31",("m",3),"case_summary","Case file summary last updated 31/05/2027. By when must it next be updated?")
R("duty","date","2026-01-05","2025-12-24",("m",12),"assess_12m","last C&FA authorised 24/12/25, new one needed by?")
R("indirect","date","2026-10-01","2026-04-02",("m",12),"assess_12m","For an open case, when does the current family assessment stop counting as up to date? Manager signed it off on 2 April this year.")
# ---- Scenario rows (date)
R("scenario","date","2026-03-10","2026-03-03",("d",45),"assess_45","New family for me. The referral was accepted and I started the Child and Family Assessment on 3 March. Mum's birthday is 12/04 and she's asked whether we'll be done by then. When does the assessment need to be finished?",
  amb="'45 days' counted as calendar days; statutory guidance uses 45 working days, which would give a later date.")
R("scenario","date","2026-05-08","2026-05-07",("wd",15),"icpc","Baby born 02/05/2026 with concerns raised on the ward. The initial strategy discussion was held on 7 May and we reconvened a second strategy on 14 May. When does the initial conference need to be held by?",
  amb="A reader might count from the second strategy discussion (14 May) instead of the initial one.")
R("scenario","date","2025-08-12","2025-08-22",("db",5),"transfer_notice","I'm in CFR. My assessment, finished on 10 August, recommends CIN so the case is moving to a Neighbourhood Team. We want them to take it from Friday 22 August. What's the latest date I can email them?")
R("scenario","date","2027-01-04","2026-12-30",("d",10),"core_group","Conference was on 30 December and both children were made subject to plans. Dad's court hearing is on 5 January and the eldest's school returns on the 6th. When's the first core group due by?")
R("scenario","date","2026-11-01","2026-08-31",("m",12),"ptt","Two children went on child protection plans at their ICPC on 31 August 2026. The older one turns 9 on 12 September. We've had two review conferences and progress is slow. When would the professional thinking time meeting be due if things haven't moved?")
R("scenario","date","2027-02-08","2027-02-05",("d",10),"plo_first","Legal Gateway on 2 February agreed PLO. The letter went out dated 5 February and the parents saw their solicitor on the 8th. When should the first PLO meeting be held by?")
R("scenario","date","2027-02-01","2027-01-18",("w",16),"plo_16wk","Family entered PLO on 18 January 2027 when the letter was issued. Mum's baby is due 1 May. If the case is still in PLO after the 12-week review, when would the Legal Gateway meeting with the Strategic Lead be?",
  amb="The standard does not say what the 16 weeks run from; counted from the PLO letter.")
R("scenario","date","2026-04-07","2026-04-04",("wd",1),["cic_visit_1wd","lac_seen_1wd"],"Police protection was used late on Saturday night, 4 April, and the child came into care and was placed with foster carers then. Her birthday is 7 April. When is the latest I must visit her?",
  amb="The event falls on a Saturday of a bank-holiday weekend; some would expect a visit the same weekend, but the first working day after is Tue 7 April.")
R("scenario","date","2025-08-13","2025-08-11",("wd",20),"lac_review","Sibling group of three came into care on 11 August 2025 under police protection, and an interim care order was made on 14 August. The oldest turns 12 on 1 September. When must the initial LAC review be held?",
  amb="A reader might count from the interim care order (14 Aug) rather than the date they became looked after.")
R("scenario","date","2025-03-20","2025-03-17",("w",10),"ao_10wk","Matching panel was 3 March 2025, introductions started 10 March and Zephyr Inventedname moved in with his adopters on 17 March 2025. When can the adopters lodge their application for an Adoption Order?")
R("scenario","date","2026-12-02","2026-12-01",("w",24),"temp_approval","Connected person temporary approval was granted on 1 December 2026 and the children moved in the same day. Panel has agreed to extend it at the 16-week point by the full amount allowed. When does the extension end?")
R("scenario","date","2025-12-22","2025-12-19",("wd",1),"referral_action","Referral came in on Friday 19 December about a 5 year old, DOB 03/01/2020. The school breaks up that day and the family go away on the 27th. When does a social worker have to have actioned the referral?")
R("scenario","date","2026-05-26","2026-05-22",("wd",3),"allocate","The MASH passed a case to us on Friday 22 May. The child's previous assessment was done on 14 February 2025. When does the case need allocating to a worker for the new Child and Family Assessment?")
R("scenario","date","2027-08-31","2027-08-27",("wd",15),"tl_review","I started a Child and Family Assessment on Friday 27 August. The strategy discussion was held on 25 August and I saw the children on the 26th. When does my team leader need to have reviewed the assessment?")
R("scenario","date","2025-04-16","2025-04-16",("d",5),"s47_5days","Strategy discussion was this morning (16 April) and the section 47 was initiated straight after. Child's 8th birthday is 20 April. When do I need to discuss the progress of the enquiry with my manager?")
R("scenario","date","2026-12-15","2026-12-22",("wdb",3),"icpc_chair","My ICPC is on Tuesday 22 December. The strat was on 1 December and I've got annual leave from 18 December. When does the report need to be sent to the CP chair?")
R("scenario","date","2027-05-25","2027-06-01",("db",3),"rcpc_chair","Review child protection conference is set for Tuesday 1 June 2027; the child's been on a plan since 2 March. When does the conference chair need the plan update by?")
R("scenario","date","2025-05-27","2025-05-27",("d",7),"plo_minutes","We held the first PLO meeting today (27 May) with mum, dad and their solicitors. The PLO letter was dated 19 May. When do the minutes need to go out?")
R("scenario","date","2026-09-01","2026-08-28",("wd",3),"plo_fgc","The first PLO meeting was on Friday 28 August 2026. Mum consented to a Family Group Conference, and her sister's 40th is on 5 September so the family will all be together then. When does the FGC referral need to be made?")
R("scenario","date","2026-01-02","2025-12-23",("d",20),"cin_deplan","At the review conference on 23 December the children came off their child protection plans. The previous core group was 9 December. When must the first CIN meeting be?")
R("scenario","date","2027-04-01","2027-03-31",("d",10),"cin_transfer","Case transferred to my Neighbourhood Team from Children's First Response on 31 March 2027, after a joint visit on 26 March. The child's DOB is 30/03/2015. When does the initial CIN meeting have to take place?")
R("scenario","date","2025-12-29","2025-12-22",("wd",5),"placement_plan","Child placed with new carers on Monday 22 December; placement meeting was held 23 December. When must the carers have the updated placement plan?")
R("scenario","date","2027-01-04","2026-12-31",("d",10),"care_plan","Emergency placement on New Year's Eve (31 Dec 2026). Her mum's birthday is 2 January and there's contact that day. When does the care plan have to be recorded on the system?")
R("scenario","date","2026-04-08","2026-04-01",("w",3),"cic_pack","Two brothers became looked after on 1 April 2026 under section 20. The older one turns 14 on 10 April. When's the latest they should be given their coming into care pack?")
R("scenario","date","2025-12-30","2025-12-29",("wd",20),"iha","Baby came into care on 29 December 2025 straight from hospital; she was born 20 December. When does the initial health assessment need to be carried out by?")
R("scenario","date","2027-08-25","2027-09-06",("db",3),"iro_report","Oliver-Sprocket Testchild's LAC review is on Monday 6 September 2027. He came into care on 1 July and his PEP was on 20 August. When should my written report be with the IRO?")
R("scenario","date","2026-03-31","2026-03-31",("wd",5),"iro_informal","The IRO raised an informal challenge with me today, 31 March, about the care plan drifting; the next review is 20 May. If it isn't resolved, when will a formal dispute be raised?")
R("scenario","date","2025-12-24","2025-12-24",("wd",3),"fc_record","I'm the supervising social worker. I visited the Examplefamily foster carers today, Christmas Eve, and their annual review is on 14 January. When does the record of my visit need to be on LCS?")
R("scenario","date","2027-03-26","2027-03-22",("d",3),"recording","I did a home visit on Monday 22 March and then a school meeting on the 24th. The home visit still isn't recorded. What was the deadline for recording it?")
R("scenario","date","2026-08-31","2026-06-03",("m",3),"case_summary","I've inherited a case. The case file summary was last updated on 3 June 2026 and the last assessment was authorised on 10 January 2026. When does the summary need updating by?")
R("scenario","date","2025-04-17","2025-04-17",("wd",1),"strat_1wd","Police called this afternoon (17 April) about a disclosure at school and my TL decided a strategy discussion is needed. The child's DOB is 18/04/2013. When does the strategy discussion need to happen by?",
  amb="The S47 section says 'within 24 hours', which would give Good Friday 18 April rather than Tue 22 April.")
R("scenario","date","2027-12-20","2027-12-20",("wd",5),"legal_status","Child became looked after today, Monday 20 December, under an interim care order; the hearing date was set on 10 December. When do all the other professionals need to have been told of her legal status?")
R("scenario","date","2026-05-01","2026-05-01",("wd",3),"placement_mtg","The young person moved to a new placement today, Friday 1 May, after the previous one broke down on 29 April. When does the placement meeting need to be held?")
R("scenario","date","2027-09-01","2027-08-31",("wd",20),"cic_emerg_assess","A 14 year old arrived in care in an unplanned way yesterday (31 August). We've no recent assessment — the last one was in 2024. She's 15 on 2 October. When does her assessment need completing?")
# ---- Visits / review schedules
R("duty","visits","2026-03-04","2026-03-03",("w",4),"cp_visits","CP visit done 3/3/26 next by?")
R("indirect","visits","2026-01-05","2025-12-24",("w",4),"cp_visits","I last saw the little one at home on Christmas Eve, he's on a protection plan. When do I have to see him again?")
R("typos","visits","2027-04-01","2027-03-25",("w",4),"cp_visits","last cp vist was 25th march, when is next one due")
R("manager","visits","2025-07-10","2025-06-02",("w",4),"cp_visits","CP visits on 02/06/25 and 04/07/25 — was the gap within standard?")
R("scenario","visits","2026-08-12","2026-07-29",("w",4),["cp_visits","cp_home"],"Tia-Starlight Examplechild is on a CP plan. I saw her at school on 10 August but the last time I saw her at home was 29 July. Her review conference is on 2 September. When's my next statutory visit due by?")
R("indirect","visits","2027-03-10","2027-03-09",("w",6),"cin_review","Last time everyone met to review the support plan for the family (not CP, child in need) was yesterday, 9 March. When must we get together again?")
R("typos","visits","2026-02-17","2026-02-16",("w",6),"cin_visit","cin vist last done 16/2 whens next")
R("scenario","visits","2025-06-13","2025-05-16",("w",6),["cin_visit","cin_home"],"I have a CIN case, two boys aged 7 and 10. I saw them at home on 16 May and then at school on 12 June. The CIN review meeting is on 1 July. When is their next CIN visit due by?")
R("manager","visits","2027-09-01","2027-07-14",("w",6),"cin_visit","CIN visits 14/07/2027 and 27/08/2027 — within 6 weeks?")
R("indirect","visits","2026-02-04","2026-02-03",("w",8),"family_time","We looked at the contact arrangements with mum and dad yesterday, 3 February. The plan for permanence isn't agreed yet. When do we need to look at them again?")
R("duty","visits","2027-11-01","2027-10-29",("w",8),"family_time","family time last reviewed 29/10/27, no perm plan yet, next review by?")
R("indirect","visits","2026-04-07","2026-04-02",("w",1),"lac_weekly","She's been in care a couple of weeks and her first review hasn't happened yet. I saw her on Thursday 2 April — when's the next time I have to see her?")
R("typos","visits","2027-01-04","2026-12-30",("w",6),"lac_6weekly","lac vist done 30/12 (had 1st review ages ago, no perm plan yet), next one due??")
R("scenario","visits","2025-09-01","2025-08-28",("w",6),"lac_6weekly","Blossom Madeupname came into care in May 2025 and had her first LAC review on 3 June; her plan for permanence isn't finalised. I last visited and saw her on 28 August 2025. Her birthday is 2 October. When's the next statutory visit due?")
R("indirect","visits","2027-05-24","2027-05-21",("w",12),"lac_12weekly","He's been with his long-term foster carers for nearly two years and it's his permanent home. Last statutory visit was Friday 21 May. When's the latest for the next one?")
R("manager","visits","2025-12-05","2025-09-01",("w",12),"lac_12weekly","Child in a settled permanent placement for 18 months. Statutory visits 01/09/2025 and 01/12/2025 — within standard?")
R("duty","visits","2025-05-06","2025-05-02",("w",6),"adopt_6weekly","adoptive placement, 1st LAC review done, last visit 2/5/25, next by?")
R("indirect","visits","2027-12-24","2027-12-24",("w",1),"adopt_weekly","The boy moved in with his forever family last week and his first review hasn't happened yet. I saw him today (24 Dec) — when must I next see him?")
R("indirect","visits","2026-12-01","2026-11-30",("w",6),"fc_visit","As the carers' supervising social worker I went out to see them yesterday, 30 Nov. When do I have to go again?")
R("manager","visits","2026-01-20","2026-01-15",("m",12),"fc_unannounced","Foster carers' last unannounced visit 15/01/2026. When is the next one due by?")
R("indirect","visits","2025-09-03","2025-08-31",("m",12),"fc_annual","When is the carers' yearly review due? Last one was on 31 August 2025.")
R("duty","visits","2025-04-15","2025-04-14",("m",36),"fc_dbs","FC DBS/medicals/refs last done 14/04/2025, next due?")
R("typos","visits","2025-03-05","2025-03-03",("m",36),"fc_training","when do my carers need to redo core trainning, last done march 3rd 2025")
R("indirect","visits","2025-02-03","2025-01-20",("m",36),"fc_panel","How often does a carer's annual review have to go to Panel rather than just the IRO? Last one that went was 20 January 2025, so when's the next that must go?")
# ---- Ages
R("indirect","age","2025-11-03","2014-03-14",("age",12,0),"advocate12","When does Sunny Fakename become old enough that we must offer her an advocate for her conference? DOB 14/03/2014.")
R("manager","age","2025-10-01","2014-01-05",("age",12,0),"advocate12","Child DOB 05/01/2014. From what date should she be offered an advocate for CP conferences?")
R("newstarter","age","2027-06-01","2016-02-29",("age",12,0),"advocate12","Our young person was born on 29 February 2016. When does she turn 12, so she should be offered an advocate for conference?")
R("scenario","age","2025-12-01","2020-02-29",("age",6,0),"adopt_under6","We're heading into PLO in the new year. Pixie Notreal was born on 29 February 2020 and her brother on 1 June 2017. Will she still count as under 6 — what date does she turn 6?")
R("scenario","age","2026-04-20","2020-05-15",("age",6,0),"adopt_under6","The younger sibling was born 15 May 2020 and the older on 2 Jan 2018. The PLO letter will be dated 20 May 2026. When does the younger one turn 6?")
R("duty","age","2026-09-01","2011-09-12",("age",15,6),"pathway","DOB 12/9/11, pathway plan start date?")
R("indirect","age","2025-11-10","2010-10-03",("age",15,6),"pathway","When do we have to start the plan for leaving care (the one the IRO reviews) for a lad born 3 October 2010?")
R("typos","age","2025-06-02","2010-06-20",("age",15,6),"pathway","yp dob 20.6.10 wen do i start pathway plan")
# ---- Choice (two standards plausibly fit; due = earlier)
C("duty","2026-03-04",[("2026-03-03",("d",10),"core_group"),("2026-03-03",("d",20),"cin_deplan")],"conference was 3/3/26, what's next due?")
C("indirect","2026-12-21",[("2026-12-21",("wd",3),"placement_mtg"),("2026-12-21",("wd",20),"lac_review")],"Kid was placed with new carers today (Monday 21 Dec). When does the meeting need to be?")
C("newstarter","2026-05-22",[("2026-05-22",("d",3),"recording"),("2026-05-22",("d",7),"plo_minutes")],"I had a meeting with the parents and their solicitor today (22 May). When do I need to get it written up and sent out?")
C("duty","2025-12-22",[("2026-01-06",("wdb",3),"icpc_chair"),("2026-01-06",("db",3),"rcpc_chair")],"conf tues 6/1/26 - report to chair by?")
C("typos","2027-04-05",[("2027-04-02",("w",1),"lac_weekly"),("2027-04-02",("w",6),"lac_6weekly")],"lac vist done 2/4/27 when is next due")
C("indirect","2026-08-24",[("2026-08-24",("d",5),"s47_5days"),("2026-08-24",("wd",15),"icpc")],"Strat was today (24 Aug) and the enquiry kicked off straight after. What's the deadline for the next step?")
C("scenario","2026-06-03",[("2026-06-01",("w",4),"cp_visits"),("2026-06-01",("w",6),"cin_visit")],"The family's review conference is next week and the kids may well step down to child in need. Last home visit was 1 June 2026. When's the next visit due?")
C("manager","2025-12-02",[("2025-12-01",("wd",15),"tl_review"),("2025-12-01",("d",45),"assess_45")],"Assessment started 01/12/2025 — what's the deadline?")
# ---- None (standards set no timescale)
N("duty","2026-03-11","next_conf","ICPC 10/3/26, RCPC due by?")
N("indirect","2025-12-03","supervision","How often do I need my one-to-one with my team leader? Last one was 2 Dec.")
N("newstarter","2026-01-13",["core_every","core_group"],"After the first core group on 12 January, when does the next core group need to be?")
N("manager","2026-04-21","lac_next","First LAC review held 20/04/2026 — when is the second review due?")
N("typos","2027-03-04","shopba","when is the shopba meeting due by, final care planning meeting was 3/3")
N("indirect","2027-01-06","annex_a","How soon after the adopters apply does the court suitability report have to be written? They applied on 5 Jan.")
R("scenario","date","2025-11-03","2025-11-03",("wd",1),"contact","A contact came in today, 3 November, about a 4 year old; it's been screened as level 2 so it's with an Early Help team leader. The child starts nursery on 10 November. When must the initial decision be made?",
  amb="The Level 1-3 (Early Help) section sets no timescale for the Early Help Team Leader's decision; the 1 working day comes from the Front Door rule that covers all contacts, so a reader could answer that no timescale is set.")
N("scenario","2026-03-10","gcp2","Neglect case, child on a CIN plan since 2 March. School raised concerns about hygiene again on 9 March and the CIN review is on 13 April. By when does the Graded Care Profile 2 have to be completed with mum?")
N("duty","2025-06-05","iro_contact","IRO contact with child between reviews - how often? last was 4/6/25")
N("indirect","2026-07-15","lifestory","When do I need to finish the life story book and later life letter? Adoption Order was granted 14 July.")

# ---------------------------------------------------------------- build
def main():
    src = open(SRC, encoding="utf-8").read()
    for k, p in P.items():
        assert p in src, f"phrase not verbatim in source: {k}"
        assert len(p.split()) >= 6, k
    p_date = lambda s: dt.date.fromisoformat(s)
    out = []
    for r in ROWS:
        row = {"q": r["q"], "today": r["today"]}
        if r["kind"] == "choice":
            res = [(compute(p_date(s), rule), k) for s, rule, k in r["opts"]]
            res.sort(key=lambda x: x[0][0])
            row["due"] = res[0][0][0].isoformat()
            row["expect_any"] = [P[k] for _, k in res]
            row["count"] = "; ".join(f"[{k}] {c}" for (d, c), k in res) + f" -> offer both; earlier is {res[0][0][0].isoformat()}"
        elif r["kind"] == "none":
            row["due"] = None
            row["expect_any"] = [P[k] for k in r["keys"]]
            row["count"] = "no timescale set in the standards for this; nothing to count"
        else:
            d, c = compute(p_date(r["start"]), r["rule"])
            row["due"] = d.isoformat()
            row["expect_any"] = [P[k] for k in r["keys"]]
            row["count"] = c
        row["voice"] = r["voice"]; row["kind"] = r["kind"]
        if r.get("amb"): row["ambiguous"] = r["amb"]
        p_date(row["today"])
        out.append(row)
    with open(OUT, "w", encoding="utf-8") as f:
        for row in out: f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(out), "rows")
    print("kind ", dict(collections.Counter(r["kind"] for r in out)))
    print("voice", dict(collections.Counter(r["voice"] for r in out)))
    print("ambiguous", sum(1 for r in out if "ambiguous" in r))
    print("keys used", len({k for r in ROWS for k in (r.get("keys") or [o[2] for o in r.get("opts",[])])}), "of", len(P))
    print("unused", sorted(set(P) - {k for r in ROWS for k in (r.get("keys") or [o[2] for o in r.get("opts",[])])}))

def check():
    """Independent re-check of the written file."""
    src = open(SRC, encoding="utf-8").read()
    voices = {"duty","typos","scenario","indirect","newstarter","manager"}
    kinds = {"date","visits","age","choice","none"}
    lines = open(OUT, encoding="utf-8").read().splitlines()
    assert len(lines) == len(ROWS)
    for n, (line, spec) in enumerate(zip(lines, ROWS), 1):
        r = json.loads(line)
        assert set(r) <= {"q","today","due","expect_any","count","voice","kind","ambiguous"}, n
        assert r["voice"] in voices and r["kind"] in kinds, n
        dt.date.fromisoformat(r["today"])
        assert r["expect_any"] and all(p in src and len(p.split()) >= 6 for p in r["expect_any"]), n
        if r["kind"] == "none":
            assert r["due"] is None, n
        else:
            if spec["kind"] == "choice":
                want = min(compute(dt.date.fromisoformat(s), rule)[0] for s, rule, _ in spec["opts"])
                assert len(r["expect_any"]) >= 2, n
            else:
                want = compute(dt.date.fromisoformat(spec["start"]), spec["rule"])[0]
            assert r["due"] == want.isoformat(), n
            assert r["due"] in r["count"], n
    assert len(set(json.loads(l)["q"] for l in lines)) == len(lines), "duplicate q"
    print("check OK:", len(lines), "lines")

if __name__ == "__main__":
    main()
    check()
