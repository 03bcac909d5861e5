#!/usr/bin/env python3
"""Oracle for the frozen deadline-question set. Standard library only.
Computes `due` and `count` for every row from a structured spec, writes questions.jsonl,
and checks phrases against the source text."""
import datetime as dt, json, os, sys, calendar
from collections import Counter

D = dt.date
SRC = "/work/shared/source/practice-standards.txt"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.jsonl")

# England & Wales bank holidays 2024-2028, typed by hand (substitutes included).
BH = {
 D(2024,1,1),D(2024,3,29),D(2024,4,1),D(2024,5,6),D(2024,5,27),D(2024,8,26),D(2024,12,25),D(2024,12,26),
 D(2025,1,1),D(2025,4,18),D(2025,4,21),D(2025,5,5),D(2025,5,26),D(2025,8,25),D(2025,12,25),D(2025,12,26),
 D(2026,1,1),D(2026,4,3),D(2026,4,6),D(2026,5,4),D(2026,5,25),D(2026,8,31),D(2026,12,25),D(2026,12,28),
 D(2027,1,1),D(2027,3,26),D(2027,3,29),D(2027,5,3),D(2027,5,31),D(2027,8,30),D(2027,12,27),D(2027,12,28),
 D(2028,1,3),D(2028,4,14),D(2028,4,17),D(2028,5,1),D(2028,5,29),D(2028,8,28),D(2028,12,25),D(2028,12,26),
}
WD = ["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]
def f(d): return f"{d.isoformat()} ({WD[d.weekday()]})"
def working(d): return d.weekday() < 5 and d not in BH

def add_wd(d, n):
    step = 1 if n > 0 else -1
    skipped = []; cur = d; k = 0
    while k < abs(n):
        cur += dt.timedelta(days=step)
        if working(cur): k += 1
        elif cur in BH: skipped.append(cur)
    return cur, skipped

def add_months(d, n, dob=False):
    y, m = divmod(d.month - 1 + n, 12); y += d.year; m += 1
    last = calendar.monthrange(y, m)[1]
    if d.day > last:
        if dob and d.month == 2 and d.day == 29:
            return D(y, 3, 1), "leap"   # 29 Feb birthday -> 1 March in non-leap years
        return D(y, m, last), "clamp"   # e.g. 31 Jan + 1 month -> 28/29 Feb
    return D(y, m, d.day), False

def apply(rule, start):
    kind, *a = rule.split(":")
    if kind in ("wd", "wdb"):
        n = int(a[0]); due, sk = add_wd(start, n if kind == "wd" else -n)
        c = f"{n} working days {'after' if kind=='wd' else 'before'} {f(start)} -> {f(due)}"
        if sk: c += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
        return due, c
    if kind in ("d", "db"):
        n = int(a[0]); due = start + dt.timedelta(days=n if kind == "d" else -n)
        return due, f"{n} calendar days {'after' if kind=='d' else 'before'} {f(start)} -> {f(due)}"
    if kind == "w":
        n = int(a[0]); due = start + dt.timedelta(days=7*n)
        return due, f"{n} weeks ({7*n} days) after {f(start)} -> {f(due)}"
    if kind == "m":
        n = int(a[0]); due, cl = add_months(start, n)
        return due, f"{n} months after {f(start)} -> {f(due)}" + (" (clamped to month end)" if cl else "")
    if kind == "age":
        y, mo = int(a[0]), int(a[1]); due, cl = add_months(start, 12*y + mo, dob=True)
        lab = f"{y} years" + (f" {mo} months" if mo else "")
        return due, f"DOB {f(start)} + {lab} -> {f(due)}" + (" (29 Feb birthday: 1 March in a non-leap year)" if cl == "leap" else " (no such day that month: clamped to month end)" if cl else "")
    raise ValueError(rule)

def resolve(tok, today):
    if isinstance(tok, D): return tok
    if tok == "today": return today
    if tok == "yesterday": return today - dt.timedelta(1)
    if tok == "tomorrow": return today + dt.timedelta(1)
    if tok.startswith("last:"):   # most recent such weekday strictly before today
        w = WD.index(tok[5:]); d = today - dt.timedelta(1)
        while d.weekday() != w: d -= dt.timedelta(1)
        return d
    if tok.startswith("next:"):   # next such weekday strictly after today
        w = WD.index(tok[5:]); d = today + dt.timedelta(1)
        while d.weekday() != w: d += dt.timedelta(1)
        return d
    return D.fromisoformat(tok)

# ---- verbatim phrases from the standards ----
P = {
 "contact": "decisions made by what action are required by a Team Leader within 1 working day",
 "referral": "Referrals will be actioned by a social worker within 1 working day",
 "s47disc": "Within 5 days of the Section 47 being initiated",
 "alloc": "complete a Child and Family Assessment within 3 working days",
 "tlreview": "All assessments will be reviewed by the Team Leader within 15 working days",
 "assess45": "Assessments must all be completed within 45 days",
 "strat1": "a strategy discussion is required, this must happen within 1 working day",
 "transfer5": "the Neighbourhood Team via email, giving at least 5 days",
 "icpc": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 "icpcfam": "The report will be shared with family at least 3 the days prior to conference",
 "icpcchair": "The report will be sent to the child protection chair 3 working days before the conference",
 "coregroup": "held within 10 days of the conference and is used to put detail on the outline CP plan",
 "cpvisit": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 "rcpcpar": "This report must be shared with parents at least 3 days prior to the review conference",
 "rcpcchair": "The report will be available to the conference chair at least 3 days prior to the review conference",
 "ptt": "when they have been subject to a plan for 12 months",
 "plo1": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 "fgc": "Referral should be made within 3 working days of the first PLO meeting",
 "viab": "need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 "plomins": "distributed to parents and their legal representation within 7 days of the meeting",
 "ploreview": "Review PLO meetings with parents to be held every 4-6 weeks",
 "plo12": "A review legal planning meeting will be held at 12 weeks",
 "plo16": "a Legal Gateway meeting will be convened at 16 weeks",
 "cin20": "will set the first CIN meeting within 20 days",
 "cin10": "When a case transfers from Trafford Childrens First Response the initial CIN meeting must take place within 10 days",
 "cinrev": "CIN review meetings will be held at least every 6 weeks",
 "cinvisit": "A child subject to a CIN plan will be seen at least every 6 weeks",
 "emerg": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 "visit1": "The child will be visited within 1 working day of coming into care or having a change in placement",
 "seen1": "All looked after children will be seen within 1 working day of placement",
 "placemtg": "The placement meeting will be held within 3 working days",
 "pplan5": "an updated copy given to the carers within 5 working days of the placement beginning",
 "famtime": "reviewed at least every 8 week until the plan for permanence is agreed",
 "pack": "provided with a coming into care pack, children rights leaflet within 3 weeks",
 "legal5": "will be informed of the child’s legal status within 5 working days",
 "iha": "An initial health assessment will be requested and carried out within 20 working days",
 "pep": "A PEP meeting will be arranged within the school within 20 days",
 "lacweekly": "Statutory looked after visits must happen weekly until the first looked after review",
 "lac6": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 "lac12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 "careplan": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 "lacrev": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 "pathway": "A pathway plan will be started when the young person is 15 years 6 months",
 "iroreport": "provide a written report for the review and this will be with the IRO 3 days before the review",
 "iro5": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 "iro20": "The formal dispute resolution process should be completed from start to finish within 20 working days",
 "adopt6": "If a child under the age of 6 enters PLO or proceedings",
 "adoptweekly": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 "adopt6w": "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 "adopt10": "Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
 "fcvisit": "Trafford foster carers are visited at least once every six weeks",
 "fcrecord": "a record of this visit is recorded on LCS within 3 working days",
 "fcunann": "will have an unannounced visit at least once every 12 months",
 "fcannual": "All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
 "fcpanel": "Every foster carer will have an annual review presented to the Fostering Panel at least every three years",
 "fcdbs": "All foster carers will have updated statutory references, medicals and DBS checks at least every three years",
 "fctrain": "All Trafford foster carers must update their core training at least every three years",
 "variation": "This can only be given for up to 6 working days",
 "tempappr": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 "recording": "any event or contact is recorded within 3 days",
 "summary": "A clear and concise case file summary which has been updated within the last 3 months",
 "assess12": "An up to date assessment (within the last 12 months) on each child",
 "advocate12": "if they are 12 or over they should be offered an advocate",
 # context phrases for `none` rows (no timescale in these sentences)
 "n_superv": "monitored through supervision which takes place in line with the supervision policy",
 "n_nextconf": "The child protection chair will set the date of the next conference",
 "n_shopba": "This needs to take place after the area teams final care planning meeting",
 "n_corereview": "The multi –agency plan and the targets agreed and outcomes expected are reviewed at every core group",
 "n_iro": "The IRO will contact the child between reviews to ensure the progress of the plan",
 "n_secondrev": "At the point of the second review (if not in proceedings) the child must have a permanency plan",
 "n_lifestory": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
 "n_stratrec": "All strategy discussions will be recorded by the social worker, and chaired and authorised by a social work manager",
 "n_familyfocus": "a referral should be made to Family Focus by emailing the team with the child’s details",
 "n_support": "a Support Meeting will be held and chaired by the Team Leader to look at ways of sustaining the placement",
 "n_annexa": "The Social Worker will complete the Annex A suitability report for Court",
}

# ---- row specs ----
ROWS = []
def R(v, k, t, s, r, p, q, a=None):
    ROWS.append({"v": v, "k": k, "t": t, "s": s, "r": r, "p": [p] if isinstance(p, str) else p, "q": q, "a": a})
def N(v, t, p, why, q):
    ROWS.append({"v": v, "k": "none", "t": t, "p": [p], "why": why, "q": q})
def C(v, t, parts, q, a=None):
    ROWS.append({"v": v, "k": "choice", "t": t, "c": parts, "q": q, "a": a})

# ---------------- Front Door ----------------
R("duty","date","2025-12-24","2025-12-24","wd:1","contact","contact in 24/12 tl decision by?")
R("indirect","date","2026-04-02","2026-04-02","wd:1","contact","A school rang our front door this morning with a worry about a 7 year old. By when does a team leader have to decide what we're doing with it?")
R("typos","date","2027-03-25","2027-03-25","wd:1","referral","referal came in today 25.3 when does a sw have to action it by")
R("scenario","date","2026-05-22","2026-05-22","wd:1","referral","Health visitor called at 4pm today (Friday) about baby Pip Quorn, born 02/05/2026. The team leader has already said it's a referral for a social worker. When does a social worker have to action it?")
R("indirect","date","2025-08-22","2025-08-22","wd:1","strat1","My manager has just decided we need to get the police and health round the table to talk about a child - today, Friday 22 Aug. How quickly does that discussion have to happen?")
R("manager","date","2026-12-30","2026-12-24","wd:1","strat1","Audit q: mgmt decision for a strategy discussion was logged 24/12/26, strat actually held 29/12. Was that in timescale?")
R("newstarter","date","2027-12-23","2027-12-23","wd:1","strat1","Hi, sorry if this is basic - my manager decided today that a strategy discussion is needed. What's the latest date it can take place? It's 23rd December so I'm worried about the holidays.")
R("scenario","date","2026-04-01","2026-04-01","wd:3","alloc","Referral for Otter Wimbleton (DOB 05/05/2015) came into CFR on 27/03/2026 and was screened; the team leader decided on Wed 1 April 2026 that it needs a C&F assessment. Easter is that weekend. By when must it be allocated to a social worker?","The 3 working days could be counted from the referral date (27/03) rather than the decision.")
R("indirect","date","2025-05-02","2025-05-02","wd:3","alloc","A new case came through today. How long have we got to get it allocated to a worker who'll do the family assessment?")
R("typos","date","2026-12-22","2026-12-22","wd:3","alloc","new case in 22nd dec, when has it got to be alocated to a sw for the c and f assesment??")
R("scenario","date","2027-05-27","2027-05-27","wd:15","tlreview","I started a Child and Family Assessment on Thursday 27 May 2027 for a sibling group (eldest born 14/09/2014). My TL is off on leave in June. When does the team leader have to review the assessment by?","Start event could be read as the referral/contact date rather than the assessment start date.")
R("indirect","date","2025-12-15","2025-12-15","wd:15","tlreview","Assessment began 15/12/25 - when should my manager have looked over it and checked where it's heading?","Start event could be read as the referral/contact date rather than the assessment start date.")
R("manager","date","2026-05-12","2026-04-13","wd:15","tlreview","For audit: assessment started 13/04/26, TL review recorded 06/05/26. In or out of timescale?","Start event could be read as the referral/contact date rather than the assessment start date.")
R("duty","date","2026-03-30","2026-03-30","d:45","assess45","C&FA started 30/3/26, 45 day date?","45 days could be counted from the referral date rather than the assessment start.")
R("indirect","date","2027-11-18","2027-11-18","d:45","assess45","We opened the full family assessment on 18/11/27. What's the absolute last day it can be finished?","45 days could be counted from the referral date rather than the assessment start.")
R("typos","date","2025-11-12","2025-11-12","d:45","assess45","assesment started 12/11 when does it have to be finished by","45 days could be counted from the referral date rather than the assessment start.")
R("scenario","date","2026-08-10","2026-08-27","db:5","transfer5","My C&F assessment says the family need to go to a Neighbourhood Team at CIN. We've pencilled the handover for Monday 31 August... no sorry, transfer is planned for Thursday 27 August 2026. By when must I email the Neighbourhood Team to give them notice?")
R("indirect","date","2027-01-06","2027-01-11","db:5","transfer5","We want to hand a child in need case from the front door over to the area team on 11/01/2027. What's the latest I can email them to tell them it's coming?")

# ---------------- S47 / ICPC ----------------
R("scenario","date","2025-12-19","2025-12-19","d:5","s47disc","We started a Section 47 on Cricket Ashdown on Friday 19/12/2025 after a referral on 17/12. Her sibling's CIN meeting is 06/01. When do I need to have the progress discussion with my manager?")
R("indirect","date","2026-03-31","2026-03-31","d:5","s47disc","The child protection enquiry kicked off on 31 March. When do I have to sit down with my manager to talk about how it's going?")
R("newstarter","date","2027-03-24","2027-03-24","d:5","s47disc","Hello, I've just started my first Section 47 enquiry today (24/03/27). I read there's a check-in with my manager - by what date does that need to happen?")
R("duty","date","2025-12-19","2025-12-19","wd:15","icpc","strat was 19/12/25, when's the ICPC?")
R("duty","date","2026-03-23","2026-03-20","wd:15","icpc","strat 20.3 icpc by?")
R("typos","date","2026-04-10","2026-04-09","wd:15","icpc","strat was yesterday 9/4 wen does icpc need to be held")
R("scenario","date","2026-12-11","2026-12-10","wd:15","icpc","The strategy discussion for Sunny Plumtree was held on 10/12/2026, the day after a police visit on 09/12. Her brother's CIN review is on 15/12. When does the initial conference need to be held by?")
R("indirect","date","2027-08-13","2027-08-12","wd:15","icpc","Police, health and school all met with us on 12 Aug to agree we need to investigate. If we go to a first child protection meeting, what's the latest it can be?")
R("indirect","date","2025-04-11","2025-04-04","wd:15","icpc","We had the multi-agency discussion about Jinx on 4 April. By when does the first big meeting that decides on a plan need to happen?")
R("manager","date","2026-01-30","2025-12-22","wd:15","icpc","Strat held 22/12/25, ICPC held 14/01/26. Was the ICPC within timescale?")
R("manager","date","2027-04-20","2027-03-22","wd:15","icpc","Audit: initial strat 22/03/27, ICPC 13/04/27 - in timescale or not?")
R("newstarter","date","2027-12-21","2027-12-20","wd:15","icpc","Sorry to ask - we had the strategy meeting yesterday (20th December). I think there is a deadline for the Initial Child Protection Conference, could you tell me the date?")
R("typos","date","2026-08-20","2026-08-19","wd:15","icpc","strategy discusion 19/08/26, icpc deadline??")
R("scenario","date","2025-08-15","2025-08-14","wd:15","icpc","Mum rang on 11/08 and the school referral came on 12/08/25. The strat was on Thursday 14th August. Dad's date of birth is 01/09/1990 if that matters. When is the ICPC due?")
R("indirect","date","2026-04-24","2026-05-06","wdb:3","icpcchair","First child protection conference is on 6 May 2026. When does my report have to go to the person chairing it?")
R("duty","date","2025-12-29","2026-01-05","wdb:3","icpcchair","icpc 05/01/26 - report to chair by?")
R("manager","date","2027-06-01","2027-06-02","wdb:3","icpcchair","ICPC set 02/06/27, report reached chair 28/05/27. Compliant?")
R("typos","date","2027-03-22","2027-03-31","db:3","icpcfam","icpc on 31st march, when do i have to share my report with the family by","Some may read 'at least 3 days prior' as 3 clear days, i.e. one day earlier.")
R("indirect","date","2026-12-21","2026-12-30","db:3","icpcfam","The first protection conference is 30/12. What's the last day I can go through my report with mum and dad?","Some may read 'at least 3 days prior' as 3 clear days, i.e. one day earlier.")

# ---------------- CP plan ----------------
R("duty","date","2026-04-01","2026-03-27","d:10","coregroup","icpc 27/3 first CG by?")
R("indirect","date","2025-12-23","2025-12-22","d:10","coregroup","Child was made subject to a plan at conference on 22 Dec. When must the first meeting of the small group that works out the detail of the plan be?")
R("typos","date","2027-05-26","2027-05-25","d:10","coregroup","icpc was yesterday 25/5, first core grp by when")
R("scenario","date","2026-08-21","2026-08-20","d:10","coregroup","ICPC for twins Moss and Fern Brackenbury was on 20/08/2026 and they went on plans under neglect. The chair set the review conference for November. When does the first core group need to be?")
R("manager","date","2026-01-20","2025-12-29","d:10","coregroup","ICPC 29/12/25, first core group 09/01/26. In timescale?")
R("newstarter","date","2027-01-05","2026-12-31","d:10","coregroup","Hi - the conference on 31/12/2026 put the child on a CP plan. I know there has to be a core group soon after, what date is the deadline please?")
R("indirect","visits","2025-12-17","2025-12-02","w:4","cpvisit","I last saw a child on a protection plan at home on 2 December. What's the latest date for my next visit?")
R("typos","visits","2027-04-01","2027-03-04","w:4","cpvisit","last cp vist 4.3.27 when's the next 1 due")
R("scenario","visits","2026-12-15","2026-12-01","w:4","cpvisit","Went out to see Tiggy Hazelnut on 1/12/26 - she's on a CP plan under physical abuse. School holidays start 18/12 and mum is away 24/12 to 02/01. When is her next statutory visit due by?")
R("manager","visits","2025-09-10","2025-07-28","w:4","cpvisit","CP visits on file: 28/07/25 then 27/08/25. Was the second one within timescale?")
R("indirect","visits","2027-12-20","2027-12-03","w:4","cpvisit","The child's on a protection plan and I visited her on Friday 3 December. How long can I leave it before I must see her again?")
R("duty","date","2026-05-20","2026-06-01","db:3","rcpcpar","RCPC 01/06/26 - plan update to parents by?","Some may read 'at least 3 days prior' as 3 clear days.")
R("indirect","date","2027-03-15","2027-03-29","db:3","rcpcchair","The review meeting for a child on a protection plan is on 29 March 2027. By when does the chair need to have my update?","Some may read 'at least 3 days prior' as 3 clear days.")
R("newstarter","date","2025-12-15","2026-01-02","db:3","rcpcpar","Hello, my child's review child protection conference is on 2 January. When do I have to share my plan update report with the parents by?","Some may read 'at least 3 days prior' as 3 clear days.")
R("scenario","date","2026-08-10","2025-09-04","m:12","ptt","Cosmo Pebbleworth has been on a CP plan since the ICPC on 04/09/2025; the last review conference was 02/03/2026. Things aren't improving enough to de-plan. When does he hit the point where we should hold a professional thinking time meeting?")
R("indirect","date","2027-01-20","2026-02-28","m:12","ptt","If a child has been on a protection plan since 28/02/2026 and it's still not shifting, at what date do we need the 'think differently' meeting with professionals?","Could be read as the meeting being due at the next review after 12 months rather than on the anniversary.")

# ---------------- PLO ----------------
R("scenario","date","2026-03-27","2026-03-27","d:10","plo1","Legal Gateway was 20/03/2026 and the PLO letter for the Fennimore-Sprocket family is dated 27/03/2026. Dad's solicitor is on leave over Easter. When should the first PLO meeting take place by?")
R("indirect","date","2025-12-17","2025-12-17","d:10","plo1","The letter to parents that starts pre-proceedings is dated 17 Dec 2025. When does the first meeting with them and their solicitor have to happen?")
R("typos","date","2027-03-19","2027-03-19","d:10","plo1","plo letter sent today 19.03, when's the 1st plo meeting got to be by")
R("scenario","date","2026-05-19","2026-05-18","d:10","plo1","Legal Gateway agreed PLO on 12/05/2026 and the PLO letter went out dated 18/05/2026. Mum's solicitor says she's away until 01/06. What's the deadline for the first PLO meeting?")
R("manager","date","2025-09-01","2025-08-15","d:10","plo1","PLO letter dated 15/08/25, first PLO meeting held 26/08/25. Within timescale?")
R("scenario","date","2026-04-01","2026-04-01","wd:3","fgc","First PLO meeting for Tumble Ashgrove was on 01/04/2026; the PLO letter was dated 23/03. No FGC has happened and the parents consented at the meeting. By when must the FGC referral go in?")
R("indirect","date","2027-12-22","2027-12-22","wd:3","fgc","We had the first pre-proceedings meeting with the parents today and they've agreed to a family meeting to plan. By when must I refer for it?")
R("duty","date","2026-08-27","2026-08-27","wd:3","viab","initial PLO mtg 27/8, viability requests to FPT by?")
R("indirect","date","2025-04-17","2025-04-16","wd:3","viab","At yesterday's first pre-proceedings meeting (16/04) nan was put forward as a possible carer. How long do I have to ask the placements team to screen her?")
R("newstarter","date","2025-05-23","2025-05-23","d:7","plomins","Hi, I've just had my first PLO meeting today (23rd May). When do the minutes need to go out to the parents and their solicitors?")
R("typos","date","2026-12-23","2026-12-23","d:7","plomins","plo meeting 23/12 wen do minutes have to go out")
R("duty","date","2026-05-05","2026-04-22","w:6","ploreview","last PLO review mtg 22/4/26, next by latest?","Standard says every 4-6 weeks; due uses the 6-week outer limit (4 weeks would be 2026-05-20).")
R("indirect","date","2027-08-02","2027-07-19","w:6","ploreview","Our last check-in meeting with the parents and lawyers under pre-proceedings was 19 July 2027. What's the latest the next one can be?","Standard says every 4-6 weeks; due uses the 6-week outer limit.")
R("scenario","date","2026-03-02","2026-01-05","w:12","plo12","We issued the PLO letter on 05/01/2026 and held the first meeting on 14/01. Review PLO meetings were 11/02 and 25/02. When should the review legal planning meeting with the solicitor be?","12 weeks could be counted from the first PLO meeting (-> 2026-04-08) rather than the PLO letter.")
R("indirect","date","2025-10-01","2025-09-08","w:16","plo16","Family went into pre-proceedings with the letter on 08/09/2025. If they're still in it, when does the Strategic Lead gateway meeting come round?","16 weeks could be counted from the first PLO meeting rather than the PLO letter.")

# ---------------- CIN ----------------
R("scenario","date","2026-05-15","2026-05-14","d:20","cin20","The review conference on 14/05/2026 took Quince Marlowe-Bean off her CP plan (she'd been on it since 12/11/2025). Next school holidays start 22/05. When does the first CIN meeting need to be?")
R("indirect","date","2025-12-12","2025-12-11","d:20","cin20","At conference yesterday (11/12) the child came off the protection plan and is going to child in need. What's the latest date for the first meeting under the new plan?")
R("typos","date","2027-03-09","2027-03-08","d:20","cin20","child came off cp plan at conf 8/3/27 when is 1st cin meeting due")
R("scenario","date","2026-12-11","2026-12-10","d:20","cin20","Review conference on 10/12/2026 de-planned Rainbow Quill; the previous one was 11/06/2026. Mum's birthday is 25/12. When must the first CIN meeting be?")
R("scenario","date","2026-04-06","2026-04-02","d:10","cin10","CFR finished the C&F assessment on 30/03/2026 and the case transferred to my Neighbourhood Team on 02/04/2026 at Child in Need. Joint visit was 31/03. When must the initial CIN meeting take place?")
R("indirect","date","2025-08-18","2025-08-18","d:10","cin10","A child in need case came over to my team from the front door today. When's the first meeting with the family and professionals due?")
R("newstarter","date","2027-12-20","2027-12-17","d:10","cin10","Hello, I've had a case transferred to me from the Children's First Response Team on Friday 17 December. When does the first Child in Need meeting need to take place?")
R("manager","date","2026-06-10","2026-05-18","d:10","cin10","Transfer from CFR 18/05/26, initial CIN meeting held 29/05/26 - in timescale?")
R("indirect","visits","2025-11-20","2025-11-13","w:6","cinrev","We had the review meeting on the child in need plan on 13 November. When's the next one due at the latest?")
R("typos","visits","2027-07-20","2027-07-20","w:6","cinrev","cin reveiw today 20/7 next one by")
R("duty","visits","2026-12-01","2026-11-16","w:6","cinvisit","CIN visit 16/11/26 next due?")
R("scenario","visits","2025-04-01","2025-03-07","w:6","cinvisit","Saw Zephyr Tumbleweed (CIN, DOB 12/12/2019) at home on 07/03/2025, and again at school on 21/03 but he wasn't seen at home then. When is his next CIN visit due at the latest?","If the school contact were counted as a visit the clock would restart from 21/03, but the standard says CIN visits must be at home.")
R("indirect","visits","2027-01-04","2026-12-22","w:6","cinvisit","I visited a child in need at home just before Christmas, Tues 22nd. How long until I have to see them again?")
R("manager","visits","2026-04-15","2026-02-11","w:6","cinvisit","CIN visit dates: 11/02/26 then 27/03/26. Was the gap within standard?")

# ---------------- Children in Care ----------------
R("scenario","date","2026-04-02","2026-04-02","wd:1","visit1","Ziggy Fernhollow moved from his first foster placement to a new one on Thursday 2 April 2026; he originally came into care on 10/01/2026. When do I have to visit him in the new placement?")
R("indirect","date","2025-12-24","2025-12-24","wd:1","visit1","A child moved foster homes today, Christmas Eve. When do I need to go and see him by?")
R("typos","date","2027-03-26","2027-03-25","wd:1","seen1","kid placed yesterday 25/3 when do they have to be seen")
R("scenario","date","2026-08-28","2026-08-28","wd:1","visit1","Emergency placement tonight (Friday 28/08/2026) for Birdie Marrowfat after her mum's arrest at 6pm; the police protection was at 5pm. She's 9, DOB 03/03/2017. When must I visit her?")
R("scenario","date","2025-12-22","2025-12-22","wd:20","emerg","Unplanned admission: Sprout Calloway (DOB 18/06/2012) came into care on 22/12/2025 after a family breakdown; the referral was 19/12. When does the assessment of her needs have to be completed?")
R("indirect","date","2026-05-01","2026-05-01","wd:20","emerg","A teenager came into care in an unplanned way on 1 May. When does the assessment of her needs have to be done?")
R("scenario","date","2027-05-30","2027-05-28","wd:20","emerg","Police brought Comet Thistledown into care as an emergency on Fri 28/05/2027; we'd had a CIN meeting on 21/05 and there's a court date 15/06. When is the assessment due?")
R("duty","date","2026-05-21","2026-05-21","wd:3","placemtg","placed 21/5/26 placement mtg by?")
R("indirect","date","2026-12-23","2026-12-23","wd:3","placemtg","New foster placement started today. When's the meeting with the carers to agree delegated authority and go over everything?")
R("newstarter","date","2025-08-21","2025-08-21","wd:3","placemtg","Hi, a young person on my caseload was placed today (21 August). Is there a deadline for the placement meeting?")
R("typos","date","2027-12-23","2027-12-23","wd:5","pplan5","placment started 23.12 when do carers need the updated placemnt plan")
R("indirect","date","2026-03-31","2026-03-31","wd:5","pplan5","Placement began 31/03/26. What's the latest I can give the carers the updated plan that has the delegated authority in it?")
R("scenario","date","2026-04-20","2026-03-02","w:8","famtime","Pixie Larkspur came into care on 02/03/2026 and family time with mum and nan was set then. Permanence plan isn't agreed yet; her LAC review was 30/03. When do the family time arrangements need reviewing by?")
R("indirect","date","2025-12-10","2025-10-22","w:8","famtime","We last reviewed how often the kids see their parents on 22/10/25 and we still don't have a permanence plan. When must it be looked at again?")
R("duty","date","2027-03-10","2027-03-08","w:3","pack","CIC 08/03/27 - care pack + rights leaflet by?")
R("newstarter","date","2026-12-08","2026-12-07","w:3","pack","Hello, a child came into care yesterday (7 December). I think there's a welcome pack and a rights leaflet - when do they have to have them by?")
R("indirect","date","2025-04-16","2025-04-16","wd:5","legal5","Child became looked after today. How long have I got to tell the GP, school and other professionals that she's now in care?")
R("indirect","date","2027-03-16","2027-03-16","wd:20","iha","Child came into our care on 16/03/2027. When should the first health check with the doctor be done by?")
R("typos","date","2026-05-15","2026-05-14","wd:20","iha","came into care 14th may, initial helth assesment deadline?")
R("indirect","date","2025-08-20","2025-08-20","d:20","pep","Child came into care on 20 August 2025. When should the first education planning meeting at school be arranged by?","'Within 20 days' has no stated start; read here as from coming into care.")
R("duty","date","2026-12-15","2026-12-14","d:20","pep","LAC from 14/12/26 - PEP by?","'Within 20 days' has no stated start; read here as from coming into care.")
R("duty","visits","2026-04-03","2026-03-30","w:1","lacweekly","LAC visited 30/3/26, first review not held yet - next visit by?")
R("indirect","visits","2025-12-29","2025-12-23","w:1","lacweekly","She only came into care a fortnight ago and we haven't had her first review. I saw her on the 23rd - when do I need to see her next?")
R("scenario","visits","2026-06-01","2026-05-19","w:6","lac6","Juniper Vole's first LAC review was on 12/05/2026 and permanence isn't finalised. I last saw her at the carers' on 19/05/2026. When's the next statutory visit due?")
R("indirect","visits","2027-08-31","2027-08-16","w:6","lac6","Child's been in care since spring, had her first two reviews, no permanence plan yet. Last saw her 16/08/27. Latest date for the next visit?")
R("scenario","visits","2027-12-01","2027-11-22","w:12","lac12","Hazel Fairweather (15) has been in her permanent long-term foster placement since June 2025 and is really settled there; visits went to 12 weekly. I saw her on 22/11/2027. When is the next visit due?")
R("manager","visits","2026-02-01","2025-11-03","w:6","lac6","LAC visits after first review (permanence not finalised): 03/11/25 then 17/12/25. Compliant?")
R("typos","date","2025-12-29","2025-12-24","d:10","careplan","placed 24th dec when does the care plan have to be on the system")
R("scenario","date","2025-12-22","2025-12-22","wd:20","lacrev","Two brothers, Pip and Roo Tanglewood, became looked after on 22/12/2025; the strat was 18/12 and the IRO was allocated on 23/12. When must their initial LAC review take place?")
R("indirect","date","2026-03-24","2026-03-23","wd:20","lacrev","Child came into care 23/03/2026. When's the first statutory review with the independent reviewing officer due?")
R("typos","date","2027-03-11","2027-03-10","wd:20","lacrev","became lac 10.3.27 wens the first lac reveiw due")
R("scenario","date","2026-08-10","2026-08-07","wd:20","lacrev","Twins Saffi and Sorrel Dewdrop were accommodated under s20 on 07/08/2026 after a strat on 05/08. Their half-brother's been in care since 2024. When's their first LAC review due?")
R("manager","date","2027-01-25","2026-12-10","wd:20","lacrev","Child became LAC 10/12/26, initial LAC review held 11/01/27. Within timescale?")
R("newstarter","date","2025-05-02","2025-04-14","wd:20","lacrev","Hello! A child I work with came into care on 14 April 2025. Could you tell me when the first Looked After Review should happen by?")
R("indirect","date","2026-05-18","2026-05-28","db:3","iroreport","Child's statutory care review is on 28 May 2026. When does my written report need to be with the reviewing officer?","Some may read '3 days before' as 3 working days.")
R("typos","date","2027-12-20","2027-12-30","db:3","iroreport","lac reveiw 30/12, report to iro by?","Some may read '3 days before' as 3 working days.")

# ---------------- IRO ----------------
R("indirect","date","2026-04-02","2026-04-02","wd:5","iro5","The reviewing officer flagged drift on my case informally today. How long before it turns into a formal dispute if it's not sorted?")
R("scenario","date","2025-12-18","2025-12-18","wd:5","iro5","The IRO for Clover Ashby (last LAC review 01/12/2025) raised an informal challenge with me on 18/12/2025 about drift in the permanence plan. By when do we need to resolve it before it becomes a formal dispute?")
R("indirect","date","2027-03-30","2027-03-19","wd:20","iro20","The reviewing officer started the formal disagreement process on 19/03/27. When should it all be wrapped up?","Start could be read as the informal challenge rather than the start of the formal dispute.")
R("manager","date","2026-09-30","2026-08-21","wd:20","iro20","Formal IRO dispute raised 21/08/26, resolved 18/09/26. Within the 20 working days?")

# ---------------- Adoption ----------------
R("scenario","visits","2026-04-03","2026-04-01","w:1","adoptweekly","Little Bramble was placed with her adopters on 25/03/2026 after the Placement Order on 10/02. First LAC review not yet held. I last visited on 01/04/2026. When's the next visit due?")
R("indirect","visits","2027-01-12","2026-12-29","w:6","adopt6w","Child's placed with adopters, first review done, no order yet. Last visit 29/12/26. When do I have to see them next?")
R("indirect","date","2025-06-01","2025-03-28","w:10","adopt10","A toddler moved in with adopters on 28 March 2025. From what date can they apply to court for the order?")
R("typos","date","2026-03-01","2026-02-12","w:10","adopt10","placed wth adopters 12/2/26 when can they apply for adoption order")
R("newstarter","date","2027-04-01","2027-01-29","w:10","adopt10","Hi, the children were placed with their adoptive family on 29 January 2027. When is the earliest they can make the adoption order application?")

# ---------------- Fostering ----------------
R("indirect","visits","2025-12-02","2025-11-20","w:6","fcvisit","As a supervising social worker I last went to see my Trafford carers on 20 Nov 2025. When's my next visit to them due?")
R("scenario","date","2026-12-24","2026-12-23","wd:3","fcrecord","I did a supervising visit to the Nightingale-Puddle foster carers on 23/12/2026; their annual review is 14/01/2027. By when does the visit have to be recorded on LCS?")
R("indirect","date","2027-05-28","2027-05-28","wd:3","fcrecord","Saw one of our foster carers today for their regular support visit. How long do I have to write it up on the system?")
R("indirect","visits","2026-04-02","2025-04-03","m:12","fcunann","We last dropped in on a foster carer without warning on 03/04/2025. When's the next surprise visit due by?")
R("duty","date","2027-01-15","2026-01-29","m:12","fcannual","FC annual review last 29/01/26, next due?")
R("manager","date","2026-06-01","2023-06-15","m:36","fcpanel","Carer's annual review last presented to Fostering Panel 15/06/2023. When must one next go to panel?")
R("indirect","date","2027-08-02","2024-08-30","m:36","fcdbs","A foster carer had their police check, medical and references redone on 30/08/2024. When do they need refreshing?")
R("typos","date","2028-01-10","2025-02-28","m:36","fctrain","foster carer did core training 28/2/25 when does it need updating")
R("scenario","date","2026-08-28","2026-08-28","wd:6","variation","Strategic Lead gave permission today (Fri 28/08/2026) for a variation so Nutmeg Pennywhistle (aged 4) can go to carers approved for 8-12 year olds. The carers' review is in October. How long does the variation last until?","Could be counted from the day the child is placed rather than the day permission is given.")
R("indirect","date","2026-01-07","2025-12-19","w:16","tempappr","We got temporary approval for the grandparents as foster carers on 19/12/2025. When does that approval run out if it isn't extended?")
R("scenario","date","2026-04-30","2026-01-16","w:24","tempappr","Aunt Marigold was given temporary connected person approval on 16/01/2026 and Panel has agreed the full extension. Her full assessment's due to panel in July. What's the very last date of the extended temporary approval?")

# ---------------- Case recording / summaries / assessments ----------------
R("duty","date","2025-12-23","2025-12-23","d:3","recording","home visit 23/12/25 record by?","Case recording policy may use working days; the standard says 3 days.")
R("typos","date","2026-04-03","2026-04-02","d:3","recording","did a vist yesterday 2/4 when does it need writing up by","Case recording policy may use working days; the standard says 3 days.")
R("indirect","date","2027-08-27","2027-08-27","d:3","recording","Had a phone call with dad this afternoon. What's the latest I can get it on the child's file?","Case recording policy may use working days; the standard says 3 days.")
R("manager","date","2026-09-15","2026-05-31","m:3","summary","Audit: case file summary last updated 31/05/26 - when did it next need updating?")
R("indirect","date","2025-12-01","2025-09-30","m:3","summary","The short overview at the top of the file was last refreshed 30 September 2025. When is it out of date?")
R("newstarter","date","2027-02-01","2026-02-27","m:12","assess12","Hi, the last authorised assessment on one of my children was 27/02/2026. When does there need to be a new one by?")
R("indirect","date","2026-04-02","2025-04-04","m:12","assess12","Our most recent full assessment on this child was signed off 4 April 2025. By what date must there be a fresh one?")

# ---------------- Ages ----------------
R("indirect","age","2026-01-10","2010-07-31","age:15:6","pathway","When should I start the leaving care plan for a lad in care born 31/07/2010?")
R("typos","age","2026-12-01","2011-08-29","age:15:6","pathway","yp dob 29.8.11 when does the pathway plan have to start","15y6m from 29 Aug lands on a non-existent 29 Feb 2027; clamped to 28 Feb, some might say 1 March.")
R("scenario","age","2026-06-02","2011-02-28","age:15:6","pathway","Puck Gooseberry came into care in 2023, DOB 28/02/2011. His LAC review is 20/11/2026 and he moves school in Sept. On what date does he turn 15 and a half, so the pathway plan should be started?")
R("newstarter","age","2025-12-01","2013-12-25","age:12:0","advocate12","Hello, the child I'm preparing for conference was born 25/12/2013. From what date should she be offered an advocate for conference?")
R("indirect","age","2027-11-01","2016-02-29","age:12:0","advocate12","Child on my caseload born 29 Feb 2016. When is she old enough that we must offer her an advocate for conferences?")
R("scenario","age","2025-11-10","2020-02-29","age:6:0","adopt6","Baby-faced Mabel Pinecone (DOB 29/02/2020) may be heading into PLO in the new year. When does she turn 6, the age after which she wouldn't automatically get an adoption social worker?")
R("indirect","age","2026-03-15","2020-04-06","age:6:0","adopt6","Pre-proceedings likely for a boy born 06/04/2020. Up to what date does the early adoption allocation rule for young children apply - when does he turn 6?")
R("duty","age","2027-05-10","2011-12-31","age:15:6","pathway","dob 31/12/11 - pathway plan start?","15y6m from 31 Dec lands on 30 June (no 31 June), so some might say 1 July.")

# ---------------- Choice ----------------
C("duty","2026-03-04",[("2026-03-03","d:10","coregroup"),("2026-03-03","d:20","cin20")],"conference was 3/3, what's next due?")
C("indirect","2025-12-10",[("2025-12-22","wdb:3","icpcchair"),("2025-12-22","db:3","icpcfam")],"Conference is 22 Dec. When does my report need to be out by?")
C("typos","2026-05-22",[("2026-05-22","wd:3","placemtg"),("2026-05-22","wd:20","lacrev")],"child placed 22/5 wen is the meeting due")
C("scenario","2027-03-24",[("2027-03-24","d:5","s47disc"),("2027-03-24","wd:15","icpc")],"Strat and S47 both started on 24/03/2027 for Wren Mossbottom (DOB 01/01/2018). Easter is that weekend. What's my next deadline?")
C("indirect","2026-12-21",[("2026-12-21","wd:5","pplan5"),("2026-12-21","d:10","careplan")],"Kid moved in with the foster carers on 21 December. When is the plan due?")
C("newstarter","2025-12-18",[("2025-12-18","wd:5","iro5"),("2025-12-18","wd:20","iro20")],"Hi, our IRO raised a challenge about my case on 18/12/25. When does it need resolving by?")
C("indirect","2026-08-25",[("2026-08-25","wd:15","tlreview"),("2026-08-25","d:45","assess45")],"I started the family assessment on 25 August 2026. When is it due?")
C("manager","2027-05-28",[("2027-05-28","d:7","plomins"),("2027-05-28","wd:3","fgc")],"First PLO meeting was 28/05/27 - what was due off the back of it and when?")

# ---------------- None ----------------
N("duty","2026-04-01","n_superv","supervision frequency is left to the supervision policy","last supervision 3/3/26, next by?")
N("indirect","2025-12-10","n_nextconf","the chair sets the review conference date; no interval given","Child went on a plan at conference on 1 Dec. When does the next conference have to be by?")
N("newstarter","2026-05-20","n_shopba","SHOPBA is ordered between the final care planning meeting and the IRH, no day count","Hi, our final care planning meeting was on 18 May and adoption is the plan. How many days do I have to hold the SHOPBA?")
N("typos","2027-03-15","n_corereview","only the first core group has a timescale","last core grp 1/3/27 when is the next one due")
N("indirect","2026-12-14","n_iro","the IRO contacts the child between reviews but no interval is given","How often does the reviewing officer have to contact the child between reviews? Last contact was 1/12/26, when's the next one due?")
N("scenario","2026-08-12","n_secondrev","the second LAC review's timing is not set in these standards","Tansy Quickfoot came into care 01/06/2026 and her first LAC review was on 26/06/2026. When's her second LAC review due?")
N("manager","2027-08-20","n_lifestory","no timescale for the Later Life Letter","Adoption Order granted 02/08/27. What is the deadline for the later life letter?")
N("indirect","2025-08-27","n_stratrec","no deadline for sending the strategy record","We held the multi-agency discussion on 26/08/25. By when must the notes be sent round to everyone who took part?")
N("scenario","2026-03-31","n_support","support meeting has no timescale","The carers for Biscuit Flintlock rang on 30/03/2026 saying the placement is wobbling; her LAC review is 20/04. By when does the support meeting have to be held?")


def build():
    out = []
    for r in ROWS:
        voice, kind, today, q = r["v"], r["k"], D.fromisoformat(r["t"]), r["q"]
        if kind == "none":
            due, count = None, "none: the standards set no timescale for this (" + r["why"] + ")"
            keys = r["p"]
        elif kind == "choice":
            parts = []
            for (tok, rule, key) in r["c"]:
                s = resolve(tok, today); d, c = apply(rule, s); parts.append((d, c, key))
            due = min(p[0] for p in parts)
            count = "; OR ".join(f"[{k}] {c}" for d, c, k in parts) + f"; earlier = {due.isoformat()}"
            keys = [p[2] for p in parts]
        else:
            s = resolve(r["s"], today); due, count = apply(r["r"], s)
            keys = r["p"]
        row = {"q": q, "today": today.isoformat(), "due": due.isoformat() if due else None,
               "expect_any": [P[k] for k in keys], "count": count, "voice": voice, "kind": kind}
        if r.get("a"): row["ambiguous"] = r["a"]
        out.append(row)
    return out

def check(rows):
    src = open(SRC, encoding="utf-8").read()
    ok = True
    for k, ph in P.items():
        if ph not in src: print("PHRASE NOT FOUND:", k, ph); ok = False
        if len(ph.split()) < 6: print("PHRASE TOO SHORT:", k); ok = False
    for i, r in enumerate(rows):
        for ph in r["expect_any"]:
            assert ph in src
        if r["kind"] == "choice" and len(r["expect_any"]) < 2: print("choice needs 2", i); ok = False
    with open(OUT, encoding="utf-8") as fh:
        lines = [json.loads(l) for l in fh]
    assert lines == rows, "file differs from oracle"
    print("rows", len(rows)); print("kind", Counter(r["kind"] for r in rows)); print("voice", Counter(r["voice"] for r in rows))
    print("years", Counter(r["today"][:4] for r in rows))
    return ok

if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    rows = build()
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("OK" if check(rows) else "PROBLEMS")
