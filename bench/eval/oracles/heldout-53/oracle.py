#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (round 53).

Standard library only. Computes `due` and `count` for every row from a structured
description, checks phrases against the source, and writes questions.jsonl.

Usage: python3 oracle.py            (writes questions.jsonl and prints a summary)
"""
import calendar
import collections
import datetime as dt
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"
OUT = os.path.join(HERE, "questions.jsonl")

D = dt.date

# England and Wales bank holidays 2024-2028, typed by hand (substitute days included).
BANK_HOLIDAYS = {
    # 2024
    D(2024, 1, 1), D(2024, 3, 29), D(2024, 4, 1), D(2024, 5, 6), D(2024, 5, 27),
    D(2024, 8, 26), D(2024, 12, 25), D(2024, 12, 26),
    # 2025
    D(2025, 1, 1), D(2025, 4, 18), D(2025, 4, 21), D(2025, 5, 5), D(2025, 5, 26),
    D(2025, 8, 25), D(2025, 12, 25), D(2025, 12, 26),
    # 2026 (Boxing Day is a Saturday -> substitute Mon 28 Dec)
    D(2026, 1, 1), D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 4), D(2026, 5, 25),
    D(2026, 8, 31), D(2026, 12, 25), D(2026, 12, 28),
    # 2027 (Christmas Sat, Boxing Day Sun -> substitutes Mon 27 and Tue 28 Dec)
    D(2027, 1, 1), D(2027, 3, 26), D(2027, 3, 29), D(2027, 5, 3), D(2027, 5, 31),
    D(2027, 8, 30), D(2027, 12, 27), D(2027, 12, 28),
    # 2028 (New Year's Day Sat -> substitute Mon 3 Jan)
    D(2028, 1, 3), D(2028, 4, 14), D(2028, 4, 17), D(2028, 5, 1), D(2028, 5, 29),
    D(2028, 8, 28), D(2028, 12, 25), D(2028, 12, 26),
}

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def fmt(d):
    return f"{d.isoformat()} ({WD[d.weekday()]})"


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def skipped_note(lo, hi):
    """Weekday bank holidays h with lo < h < hi (the days jumped over while counting)."""
    return sorted(h for h in BANK_HOLIDAYS if lo < h < hi and h.weekday() < 5)


def add_wd(start, n):
    d = start
    k = 0
    while k < n:
        d += dt.timedelta(days=1)
        if is_wd(d):
            k += 1
    return d


def sub_wd(start, n):
    d = start
    k = 0
    while k < n:
        d -= dt.timedelta(days=1)
        if is_wd(d):
            k += 1
    return d


def add_months(d, n, feb29_to_mar1=False):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = calendar.monthrange(y, m)[1]
    if d.day <= last:
        return D(y, m, d.day), ""
    if feb29_to_mar1 and d.month == 2 and d.day == 29:
        return D(y, 3, 1), "29 Feb birthday in a non-leap year -> 1 March"
    return D(y, m, last), f"day {d.day} does not exist in {calendar.month_abbr[m]} {y} -> last day of month"


def compute(rule, n, start):
    """Return (due, count-text)."""
    s = D.fromisoformat(start)
    if rule == "same":
        return s, f"same day as {fmt(s)} -> {fmt(s)}"
    if rule == "wd":
        due = add_wd(s, n)
        hs = skipped_note(s, due)
        txt = f"{n} working day{'s' if n != 1 else ''} after {fmt(s)} -> {fmt(due)}"
        if hs:
            txt += "; skips bank holidays " + ", ".join(h.isoformat() for h in hs)
        if not is_wd(s):
            txt += "; start is not a working day, counted from it anyway"
        return due, txt
    if rule == "wdb":
        due = sub_wd(s, n)
        hs = skipped_note(due, s)
        txt = f"{n} working day{'s' if n != 1 else ''} before {fmt(s)} -> {fmt(due)}"
        if hs:
            txt += "; skips bank holidays " + ", ".join(h.isoformat() for h in hs)
        return due, txt
    if rule == "d":
        due = s + dt.timedelta(days=n)
        txt = f"{n} calendar days after {fmt(s)} -> {fmt(due)}"
        if not is_wd(due):
            txt += "; falls on a weekend/bank holiday, not moved"
        return due, txt
    if rule == "db":
        due = s - dt.timedelta(days=n)
        txt = f"{n} calendar days before {fmt(s)} -> {fmt(due)}"
        if not is_wd(due):
            txt += "; falls on a weekend/bank holiday, not moved"
        return due, txt
    if rule == "w":
        due = s + dt.timedelta(days=7 * n)
        txt = f"{n} week{'s' if n != 1 else ''} ({7 * n} days) after {fmt(s)} -> {fmt(due)}"
        if not is_wd(due):
            txt += "; falls on a weekend/bank holiday, not moved"
        return due, txt
    if rule == "m":
        due, note = add_months(s, n)
        txt = f"{n} months after {fmt(s)} -> {fmt(due)}"
        if note:
            txt += f"; {note}"
        return due, txt
    if rule == "age":
        due, note = add_months(s, 12 * n, feb29_to_mar1=True)
        txt = f"{n}th birthday of DOB {s.isoformat()} -> {fmt(due)}"
        if note:
            txt += f"; {note}"
        return due, txt
    if rule == "agem":  # n = total months
        due, note = add_months(s, n)
        y, m = divmod(n, 12)
        txt = f"DOB {s.isoformat()} + {y} years {m} months -> {fmt(due)}"
        if note:
            txt += f"; {note}"
        return due, txt
    raise ValueError(rule)


# Verbatim phrases (>= 6 consecutive words) from the sentence that sets each timescale.
P = {
    "FD": "decisions made by what action are required by a Team Leader within 1 working day",
    "INIT": "Initial decisions will be made about the action required within 1 working day",
    "REF": "Referrals will be actioned by a social worker within 1 working day",
    "S47SEEN": "will be seen by the Social Worker the same day",
    "S47DISC": "Within 5 days of the Section 47 being initiated",
    "ALLOC": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
    "TLREV": "All assessments will be reviewed by the Team Leader within 15 working days",
    "ASS45": "Assessments must all be completed within 45 days",
    "STRAT": "a strategy discussion is required, this must happen within 1 working day",
    "STRAT24": "A strategy discussion within 24 hours involving all relevant agencies",
    "NOTICE": "Neighbourhood Team via email, giving at least 5 days\u2019 notice",
    "ICPC": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
    "ICPCFAM": "The report will be shared with family at least 3 the days prior to conference",
    "ICPCCHAIR": "The report will be sent to the child protection chair 3 working days before the conference",
    "ADVOC": "if they are 12 or over they should be offered an advocate",
    "CG": "held within 10 days of the conference",
    "CPVIS": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
    "RCPCPAR": "This report must be shared with parents at least 3 days prior to the review conference",
    "RCPCCHAIR": "The report will be available to the conference chair at least 3 days prior to the review conference",
    "PTT": "when they have been subject to a plan for 12 months",
    "PLO1": "should take place within 10 days of the date on the PLO letter",
    "FGC": "Referral should be made within 3 working days of the first PLO meeting",
    "VIAB": "Family Placement Team within 3 working days of the initial PLO meeting",
    "PLOMIN": "distributed to parents and their legal representation within 7 days of the meeting",
    "PLOREV": "Review PLO meetings with parents to be held every 4-6 weeks",
    "PLO12": "A review legal planning meeting will be held at 12 weeks",
    "PLO4": "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
    "PLO16": "a Legal Gateway meeting will be convened at 16 weeks",
    "CIN20": "will set the first CIN meeting within 20 days",
    "CIN10": "the initial CIN meeting must take place within 10 days",
    "CINREV": "CIN review meetings will be held at least every 6 weeks",
    "CINVIS": "A child subject to a CIN plan will be seen at least every 6 weeks",
    "LACASS": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
    "LACVIS1": "The child will be visited within 1 working day of coming into care or having a change in placement",
    "LACSEEN1": "All looked after children will be seen within 1 working day of placement",
    "PLMEET": "The placement meeting will be held within 3 working days",
    "PLPLAN": "an updated copy given to the carers within 5 working days of the placement beginning",
    "FT8": "reviewed at least every 8 week until the plan for permanence is agreed",
    "PACK": "coming into care pack, children rights leaflet within 3 weeks",
    "LEGAL5": "informed of the child\u2019s legal status within 5 working days",
    "IHA": "An initial health assessment will be requested and carried out within 20 working days",
    "PEP": "A PEP meeting will be arranged within the school within 20 days",
    "LACWEEK": "Statutory looked after visits must happen weekly until the first looked after review",
    "LAC6": "a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
    "LAC12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
    "CAREPLAN": "recorded on the electronic system within 10 days of placement",
    "LACREV": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
    "PATH": "A pathway plan will be started when the young person is 15 years 6 months",
    "IROREP": "this will be with the IRO 3 days before the review",
    "IRO5": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
    "IRO20": "should be completed from start to finish within 20 working days",
    "ADOPT6": "If a child under the age of 6 enters PLO or proceedings",
    "ADVWEEK": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
    "ADV6": "visits will be a minimum of 6 weekly until the Adoption Order is Granted",
    "AO10": "Once the children have been in placement with the adopter for 10 weeks",
    "FCVIS": "Trafford foster carers are visited at least once every six weeks",
    "FCREC": "a record of this visit is recorded on LCS within 3 working days",
    "FCUNANN": "will have an unannounced visit at least once every 12 months",
    "FCANN": "All Trafford foster carers will have an annual review",
    "FCPANEL": "will have an annual review presented to the Fostering Panel at least every three years",
    "FCDBS": "updated statutory references, medicals and DBS checks at least every three years",
    "FCTRAIN": "must update their core training at least every three years",
    "VAR6": "This can only be given for up to 6 working days",
    "TEMP16": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
    "REC3": "any event or contact is recorded within 3 days",
    "SUMM": "A clear and concise case file summary which has been updated within the last 3 months",
    "ASS12": "An up to date assessment (within the last 12 months) on each child",
    # related phrases used for `none` rows (the standards say something, but set no timescale)
    "N_RCPC": "The child protection chair will set the date of the next conference",
    "N_SUP": "supervision which takes place in line with the supervision policy",
    "N_LAC2": "At the point of the second review (if not in proceedings) the child must have a permanency plan",
    "N_SHOPBA": "This needs to take place after the area teams final care planning meeting",
    "N_LIFE": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter",
    "N_MISS": "The risk of going missing and child sexual exploitation will be considered and risk assessed",
    "N_STRATREC": "the plan for the enquiries and decisions recorded and a record sent to all participating professionals",
    "N_IROCON": "The IRO will contact the child between reviews",
    "N_VIAB": "Viability Assessment requests for screening need to be made to Family Placement Team",
    "N_ANNEXA": "The Social Worker will complete the Annex A suitability report for Court",
    "N_PEPTERM": "subsequently reviewed within the statutory guidelines at least 1 per term",
}

ROWS = []


def R(voice, kind, today, q, calc, keys, amb=None, note=None):
    ROWS.append(dict(voice=voice, kind=kind, today=today, q=q, calc=calc, keys=keys, amb=amb, note=note))


# ---------------- row definitions ----------------
def define(R):
    A_STRAT24 = "The standards also say 'a strategy discussion within 24 hours', which would give Sat 2027-12-25."
    A_ASS45 = "The standards say '45 days' (read as calendar days); statutory guidance counts 45 working days, which would be later."
    A_PLOSTART = "The 12/16 weeks could be counted from the first PLO meeting instead of the date of the PLO letter."
    # ---------------- Front Door / referrals / strategy / S47 ----------------
    R("duty", "date", "2025-12-24", "contact in 24/12 at 4pm - TL decision needed by?", ("wd", 1, "2025-12-24"), ["FD"])
    R("typos", "date", "2025-04-18", "referal came in today (good friday!!) when does a sw have to action it by", ("wd", 1, "2025-04-18"), ["REF"])
    R("newstarter", "date", "2025-08-28", "Hello, sorry if this is a basic question. A Level 4 referral came in today, Thursday 28th August 2025. By when does the Team Leader need to make the initial decision about what action is needed?", ("wd", 1, "2025-08-28"), ["INIT", "FD"])
    R("indirect", "date", "2026-05-22", "school phoned the front door this afternoon worried about a 9 year old. how long has the manager got to decide what we're doing with it and put that on the file?", ("wd", 1, "2026-05-22"), ["FD", "INIT"])
    R("manager", "date", "2027-01-08", "Referral received 31/12/2026, SW actioned it 05/01/2027. Was that within timescale?", ("wd", 1, "2026-12-31"), ["REF"])
    R("scenario", "date", "2026-02-03", "Mum rang duty yesterday about her partner's drinking (the child's DOB is 14/03/2019). My TL read the contact this morning, Tuesday 3 Feb, and decided we need a strategy discussion. When does that have to happen by?", ("wd", 1, "2026-02-03"), ["STRAT", "STRAT24"])
    R("duty", "date", "2027-12-24", "strat agreed by SM 24/12/27 11am, has to happen by?", ("wd", 1, "2027-12-24"), ["STRAT", "STRAT24"], amb=A_STRAT24)
    R("typos", "date", "2025-04-30", "tl says we need a strat, decision made this morning weds 30th april so by when", ("wd", 1, "2025-04-30"), ["STRAT", "STRAT24"])
    R("newstarter", "date", "2026-01-06", "If a referral comes in today (Tuesday 6 January 2026) and it's for a Section 47 enquiry, by when does the child need to be seen?", ("same", 0, "2026-01-06"), ["S47SEEN"])
    R("duty", "date", "2027-03-29", "s47 initiated today 29/3, sw/mgr progress discussion due?", ("d", 5, "2027-03-29"), ["S47DISC"])
    R("indirect", "date", "2025-11-12", "we opened a child protection enquiry on a family today, 12 Nov 2025. when should me and my manager sit down to talk about how it's going and agree what's next?", ("d", 5, "2025-11-12"), ["S47DISC"])
    R("typos", "date", "2025-05-01", "case needs allocating for a c&f assesment, decided today 1/5/25 so whats the latest it can be allocated", ("wd", 3, "2025-05-01"), ["ALLOC"], amb="The standard does not say what the 3 working days run from (referral, contact or the decision); here the decision date is used.")
    R("manager", "date", "2026-08-28", "Referral 19/08/26 needing a C&F assessment; case allocated on LCS 25/08/26. Within the 3 working days?", ("wd", 3, "2026-08-19"), ["ALLOC"])
    R("scenario", "date", "2025-12-16", "I started a C&F assessment yesterday, 15 December. The family have a lot going on - dad's birthday is 20/12 and there's a school meeting on 7 Jan. By when does my TL have to review the assessment?", ("wd", 15, "2025-12-15"), ["TLREV"])
    R("newstarter", "date", "2026-03-26", "I've just started a Child and Family Assessment today (26 March 2026). When does my Team Leader need to have reviewed it by?", ("wd", 15, "2026-03-26"), ["TLREV"])
    R("indirect", "date", "2025-11-03", "the full assessment of the family's needs after the referral - we started it on 1 Nov 2025, what's the last day to get it finished?", ("d", 45, "2025-11-01"), ["ASS45"], amb=A_ASS45)
    R("manager", "date", "2027-04-01", "C&F assessment started 10/02/2027, completed 28/03/2027. In timescale?", ("d", 45, "2027-02-10"), ["ASS45"])
    R("newstarter", "date", "2026-04-07", "Could you tell me when a Child and Family Assessment has to be completed? I started mine on 3 April 2026.", ("d", 45, "2026-04-03"), ["ASS45"])
    R("scenario", "date", "2026-07-15", "My C&F assessment says the family need CIN support from the Neighbourhood Team. I'm emailing the NT today (15 July 2026) to give them notice, and we'll do the joint visit before it moves. What's the earliest date the case can transfer?", ("d", 5, "2026-07-15"), ["NOTICE"], amb="'5 days' notice' could be read as 5 working days, giving Wed 2026-07-22.")
    # ---------------- ICPC ----------------
    R("duty", "date", "2025-12-19", "strat 19/12/25, icpc by?", ("wd", 15, "2025-12-19"), ["ICPC"])
    R("typos", "date", "2026-03-05", "strat was on the 3rd march, when does icpc have to be by", ("wd", 15, "2026-03-03"), ["ICPC"])
    R("indirect", "date", "2025-04-15", "yesterday (14 April) we had the first multi-agency meeting to plan the enquiries. if it goes to the big meeting with the parents and an independent chair, what's the latest date for that?", ("wd", 15, "2025-04-14"), ["ICPC"])
    R("manager", "date", "2026-01-26", "Strat 02/01/2026, ICPC held 20/01/2026 - in timescale?", ("wd", 15, "2026-01-02"), ["ICPC"])
    R("scenario", "date", "2026-05-20", "School raised bruising and we held the strategy discussion yesterday. The child is 7 (DOB 02/05/2019) and there's already a CIN meeting booked for 30 May. If we go to ICPC, what's the deadline?", ("wd", 15, "2026-05-19"), ["ICPC"])
    R("newstarter", "date", "2027-08-20", "Hi, the strategy discussion was today, Friday 20 August 2027. When does the Initial Child Protection Conference need to be held by, please?", ("wd", 15, "2027-08-20"), ["ICPC"])
    R("duty", "date", "2026-12-22", "strat tues 22/12 -> icpc latest?", ("wd", 15, "2026-12-22"), ["ICPC"])
    # ---------------- ICPC reports ----------------
    R("duty", "date", "2026-03-25", "icpc tue 7/4/26, report to chair by?", ("wdb", 3, "2026-04-07"), ["ICPCCHAIR"])
    R("typos", "date", "2025-12-15", "conferance on 2nd jan what day does my report have to go to the chair", ("wdb", 3, "2026-01-02"), ["ICPCCHAIR"])
    R("manager", "date", "2025-05-07", "ICPC 06/05/2025; SW report reached the chair 01/05/2025. Compliant?", ("wdb", 3, "2025-05-06"), ["ICPCCHAIR"])
    R("newstarter", "date", "2027-01-04", "When do I need to share my ICPC report with the parents? The conference is on Monday 11 January 2027.", ("db", 3, "2027-01-11"), ["ICPCFAM"], amb="'at least 3 days prior' could be read as 3 clear days, i.e. by Thu 2027-01-07.")
    R("indirect", "date", "2025-08-28", "the family need to see what I've written for the first child protection meeting - it's on Thu 4 Sept 2025. latest I can give it to them?", ("db", 3, "2025-09-04"), ["ICPCFAM"])
    # ---------------- Core groups ----------------
    R("newstarter", "date", "2025-12-19", "Hi, I went to my first ICPC today (19 December 2025) and the children were made subject to plans. When does the first core group need to be held by?", ("d", 10, "2025-12-19"), ["CG"])
    R("typos", "date", "2027-03-22", "icpc was this morning 22.3.27 first core group needs to be when", ("d", 10, "2027-03-22"), ["CG"])
    R("indirect", "date", "2026-10-07", "the big meeting where everyone agreed the protection plan was yesterday, 6 Oct. when does the smaller group that works out the detail of the plan have to meet for the first time?", ("d", 10, "2026-10-06"), ["CG"])
    R("manager", "date", "2025-07-28", "ICPC 14/07/2025, first core group 25/07/2025. Within timescale?", ("d", 10, "2025-07-14"), ["CG"])
    R("scenario", "date", "2026-11-12", "ICPC was on Tuesday and both children were made subject to plans under neglect. The review conference has been pencilled in for February. When must the first core group be held by?", ("d", 10, "2026-11-10"), ["CG"])
    # ---------------- Review conference reports ----------------
    R("scenario", "date", "2026-05-28", "Review conference is on Thursday 4 June 2026 for a baby born 01/12/2025. I've written my plan update. What's the latest I can share it with mum and dad?", ("db", 3, "2026-06-04"), ["RCPCPAR"])
    R("duty", "date", "2026-12-30", "rcpc fri 8/1/27 - chair needs plan update by?", ("db", 3, "2027-01-08"), ["RCPCCHAIR"])
    R("typos", "date", "2025-04-08", "review conf is 17th april when do parents need the report", ("db", 3, "2025-04-17"), ["RCPCPAR"])
    R("indirect", "date", "2027-06-01", "the follow-up child protection meeting (not the first one) is on Monday 14 June 2027. by when does the independent chair need my written update?", ("db", 3, "2027-06-14"), ["RCPCCHAIR"])
    R("indirect", "date", "2026-11-20", "the boys have been on protection plans since 15 March 2026 and nothing's shifting. when do we hit the point where we should hold the meeting to think about working with the family differently?", ("m", 12, "2026-03-15"), ["PTT"])
    R("manager", "date", "2026-06-01", "Child made subject to a CP plan 30/09/2025, not ready to de-plan. Date the professional thinking time meeting becomes due?", ("m", 12, "2025-09-30"), ["PTT"])
    # ---------------- PLO ----------------
    R("duty", "date", "2025-12-19", "plo letter dated today, 1st plo mtg by?", ("d", 10, "2025-12-19"), ["PLO1"])
    R("indirect", "date", "2026-04-07", "the letter that starts pre-proceedings went to mum today (7 April 2026). when does the first meeting with her and her solicitor have to happen by?", ("d", 10, "2026-04-07"), ["PLO1"])
    R("newstarter", "date", "2027-05-18", "The PLO letter is dated today, 18 May 2027. By when should the first PLO meeting with the parents and their solicitor take place?", ("d", 10, "2027-05-18"), ["PLO1"])
    R("manager", "date", "2026-03-16", "PLO letter 02/03/2026, first PLO meeting 13/03/2026 - in timescale?", ("d", 10, "2026-03-02"), ["PLO1"])
    R("typos", "date", "2026-12-24", "first plo meetin was this morning (thurs 24th dec), fgc referal due when", ("wd", 3, "2026-12-24"), ["FGC"])
    R("scenario", "date", "2026-04-02", "We had the first PLO meeting with dad and his solicitor yesterday (1 April). Mum didn't come but her solicitor did. There's a Legal Gateway on 20 April. Both parents have now agreed to a family group conference - when does the referral need to be in by?", ("wd", 3, "2026-04-01"), ["FGC"])
    R("duty", "date", "2026-08-27", "initial plo mtg today 27/8, viability screening reqs to FPT by?", ("wd", 3, "2026-08-27"), ["VIAB"])
    R("indirect", "date", "2026-05-01", "Nan and an aunt have come forward as possible carers. We had the first pre-proceedings meeting with the parents today, Friday 1 May. When does the request to check them out have to go to the family placement people?", ("wd", 3, "2026-05-01"), ["VIAB"])
    R("newstarter", "date", "2025-12-23", "How long do I have to send out the PLO minutes to the parents and their solicitors? The meeting was today, Tuesday 23 December 2025.", ("d", 7, "2025-12-23"), ["PLOMIN"])
    R("manager", "date", "2027-06-21", "PLO meeting 10/06/2027, minutes to parents/solicitors 18/06/2027 - compliant?", ("d", 7, "2027-06-10"), ["PLOMIN"])
    R("scenario", "date", "2025-03-17", "We went into PLO on 4 March 2025 (that's the date on the letter) and the first meeting was on 13 March. Dad's DOB is 01/01/1990 if that matters. When is the review legal planning meeting due?", ("w", 12, "2025-03-04"), ["PLO12"], amb=A_PLOSTART)
    R("duty", "date", "2025-11-10", "plo letter 10/11/25, LG at 16 wks = ?", ("w", 16, "2025-11-10"), ["PLO16"], amb=A_PLOSTART)
    R("manager", "date", "2026-02-10", "Review legal planning meeting at 12 weeks was 09/02/2026; exceptional extension agreed to stay in PLO. When does the extension end?", ("w", 4, "2026-02-09"), ["PLO4"])
    R("typos", "date", "2027-01-05", "we went into plo 14/12/26 (letter date) so whens the 12 week legal planning reveiw", ("w", 12, "2026-12-14"), ["PLO12"], amb=A_PLOSTART)
    # ---------------- CIN ----------------
    R("indirect", "date", "2025-12-11", "the children came off their protection plans at the review meeting today (11 Dec). when does the first of the family support meetings with everyone have to happen?", ("d", 20, "2025-12-11"), ["CIN20"])
    R("duty", "date", "2027-03-16", "de-planned at rcpc today 16/3, 1st cin mtg by?", ("d", 20, "2027-03-16"), ["CIN20"])
    R("manager", "date", "2026-08-03", "Child de-planned at RCPC 03/07/2026; first CIN meeting 28/07/2026. In time?", ("d", 20, "2026-07-03"), ["CIN20"])
    R("newstarter", "date", "2025-12-12", "A case transferred to us from Children's First Response today (Friday 12 December 2025). When does the initial Child in Need meeting need to be held by?", ("d", 10, "2025-12-12"), ["CIN10"])
    R("typos", "date", "2026-09-02", "case came over from cfr yesterday 1/9 whens the first cin meeting due", ("d", 10, "2026-09-01"), ["CIN10"])
    R("scenario", "date", "2025-08-20", "The case came across from the front door team on 19 August 2025 after the assessment recommended CIN. The child starts high school on 3 September. I'm trying to book the first CIN meeting - latest date?", ("d", 10, "2025-08-19"), ["CIN10"])
    # ---------------- Children in care ----------------
    R("scenario", "date", "2025-12-22", "Police protection was used late on Saturday 20 December and the child is now accommodated with foster carers. It was an emergency admission so there was no current assessment. By when must the assessment be completed?", ("wd", 20, "2025-12-20"), ["LACASS"])
    R("duty", "date", "2026-04-01", "unplanned admission today 1/4, assessment due by?", ("wd", 20, "2026-04-01"), ["LACASS"])
    R("scenario", "date", "2027-01-02", "EDT moved a 13-year-old to a new foster placement tonight, Saturday 2 January 2027, after the previous carers gave notice on 28 December. When does the allocated worker need to visit by?", ("wd", 1, "2027-01-02"), ["LACVIS1", "LACSEEN1"])
    R("indirect", "date", "2026-12-24", "a teenager we look after had to move to a different foster home today (Thu 24 Dec). when do I have to have gone to see him there?", ("wd", 1, "2026-12-24"), ["LACVIS1", "LACSEEN1"])
    R("manager", "date", "2026-05-14", "Child came into care Fri 08/05/2026, first visit Mon 11/05/2026 - compliant?", ("wd", 1, "2026-05-08"), ["LACVIS1", "LACSEEN1"])
    R("scenario", "date", "2025-12-30", "Baby was discharged from hospital and placed with foster carers today, 30 December. Mum's birthday is 2 January and she wants to see him then. When does the placement meeting have to happen by?", ("wd", 3, "2025-12-30"), ["PLMEET"])
    R("newstarter", "date", "2025-04-17", "A child was placed with foster carers today, Thursday 17 April 2025. When should the placement meeting be held by?", ("wd", 3, "2025-04-17"), ["PLMEET"])
    R("typos", "date", "2027-08-27", "placemnt started fri 27/8 when does placement meeting need to be", ("wd", 3, "2027-08-27"), ["PLMEET"])
    R("indirect", "date", "2026-08-25", "the foster carers need the updated written plan for how they'll look after the girl who moved in with them today (25 Aug). deadline for getting it to them?", ("wd", 5, "2026-08-25"), ["PLPLAN"])
    R("manager", "date", "2025-06-02", "Placement began 22/05/2025; updated placement plan given to carers 30/05/2025 - in time?", ("wd", 5, "2025-05-22"), ["PLPLAN"])
    R("newstarter", "visits", "2026-02-10", "Family time arrangements were reviewed today (10 February 2026) and there's no agreed permanence plan yet. When do they need to be reviewed again?", ("w", 8, "2026-02-10"), ["FT8"])
    R("typos", "visits", "2025-11-05", "contact arangements with mum last reviewd 3/11 when next", ("w", 8, "2025-11-03"), ["FT8"])
    R("indirect", "date", "2026-11-30", "when does a girl who's just come into our care need to be given the welcome pack and the leaflet about her rights? she came to us on 27 Nov 2026.", ("w", 3, "2026-11-27"), ["PACK"])
    R("duty", "date", "2025-12-12", "cic from today 12/12, cic pack + rights leaflet by?", ("w", 3, "2025-12-12"), ["PACK"])
    R("typos", "date", "2026-12-23", "child became lac today 23/12 how long to tell other proffesionals his legal status", ("wd", 5, "2026-12-23"), ["LEGAL5"])
    R("scenario", "date", "2026-05-21", "Section 20 was agreed and the boy came into care yesterday, Wednesday 20 May; his sister (born 20/05/2020) stayed at home with dad. By when do all the other professionals need to know his legal status?", ("wd", 5, "2026-05-20"), ["LEGAL5"])
    R("newstarter", "date", "2027-03-15", "When does the Initial Health Assessment need to be done for a child who came into care today, Monday 15 March 2027?", ("wd", 20, "2027-03-15"), ["IHA"])
    R("indirect", "date", "2025-08-06", "the first medical for a little girl we've just started looking after - she came to us yesterday, 5 Aug. when has it got to be done by?", ("wd", 20, "2025-08-05"), ["IHA"])
    R("manager", "date", "2026-01-05", "Came into care 01/12/2025, IHA done 02/01/2026. In timescale?", ("wd", 20, "2025-12-01"), ["IHA"])
    R("scenario", "date", "2025-12-16", "Two siblings came into care today, 16 December, after a late-night police call-out. The older one is in Year 4; the younger (DOB 02/09/2021) started nursery in September. When does the older one's PEP meeting need to be arranged by?", ("d", 20, "2025-12-16"), ["PEP"])
    R("typos", "date", "2027-08-12", "pep meeting needs setting up, he come into care on the 11th aug whens it due", ("d", 20, "2027-08-11"), ["PEP"])
    R("indirect", "date", "2025-12-23", "the written plan for a child we look after needs to go onto the system - she was placed today, 23 Dec. when by?", ("d", 10, "2025-12-23"), ["CAREPLAN"])
    R("newstarter", "date", "2026-10-13", "By when does the care plan need to be recorded on LCS? The child was placed today, 13 October 2026.", ("d", 10, "2026-10-13"), ["CAREPLAN"])
    R("duty", "date", "2025-12-24", "lac from today 24/12, initial lac review by?", ("wd", 20, "2025-12-24"), ["LACREV"])
    R("typos", "date", "2025-04-10", "initial lac review - kid came into care yesterday 9/4 whens it due", ("wd", 20, "2025-04-09"), ["LACREV"])
    R("scenario", "date", "2027-03-29", "The child was accommodated on Friday 26 March 2027 after mum's arrest; mum's first court date is 12 April. When must the initial LAC review be held?", ("wd", 20, "2027-03-26"), ["LACREV"])
    R("manager", "date", "2026-09-10", "Became looked after 07/08/2026, initial LAC review held 04/09/2026 - in timescale?", ("wd", 20, "2026-08-07"), ["LACREV"])
    R("scenario", "date", "2027-09-01", "A boy (DOB 05/09/2013) came into care today, 1 September 2027, on an interim care order; the next court hearing is 15 September. When is the initial LAC review due by?", ("wd", 20, "2027-09-01"), ["LACREV"])
    R("duty", "date", "2026-12-30", "lac rev thu 7/1/27, report to iro by?", ("db", 3, "2027-01-07"), ["IROREP"])
    R("newstarter", "date", "2026-04-14", "The Looked After Review is on Friday 24 April 2026. When does my written report need to be with the IRO?", ("db", 3, "2026-04-24"), ["IROREP"])
    # ---------------- IRO ----------------
    R("indirect", "date", "2025-12-18", "the child's reviewing officer flagged drift in the care plan to me informally today (18 Dec). how long do we have to sort it before it becomes a formal dispute?", ("wd", 5, "2025-12-18"), ["IRO5"])
    R("typos", "date", "2027-04-30", "iro informal challange today 30/4 when does it go formal", ("wd", 5, "2027-04-30"), ["IRO5"])
    R("manager", "date", "2026-04-20", "IRO formal dispute raised 16/03/2026, resolved 15/04/2026 - within timescale?", ("wd", 20, "2026-03-16"), ["IRO20"])
    R("scenario", "date", "2025-12-19", "The IRO escalated to a formal dispute today (19 Dec) over the delay in the permanence plan. The child's next LAC review is on 2 Feb. When must the dispute process be finished?", ("wd", 20, "2025-12-19"), ["IRO20"])
    # ---------------- Adoption ----------------
    R("newstarter", "date", "2025-12-16", "The children moved in with their adopters today, 16 December 2025. From what date can the adopters apply for the Adoption Order?", ("w", 10, "2025-12-16"), ["AO10"])
    R("scenario", "date", "2026-08-03", "Matching panel was on 10 July 2026 and the boy moved in with his adopters on 1 August 2026. He turns 3 on 15 September. When can the adopters apply for the Adoption Order?", ("w", 10, "2026-08-01"), ["AO10"])
    # ---------------- Fostering ----------------
    R("typos", "date", "2026-05-22", "did fc visit today fri 22/5 when does it have to be on lcs", ("wd", 3, "2026-05-22"), ["FCREC"])
    R("duty", "date", "2025-12-24", "fc sup visit today, write-up on lcs by?", ("wd", 3, "2025-12-24"), ["FCREC"])
    R("manager", "date", "2027-10-01", "Foster carer's review last presented to Fostering Panel 14/10/2024. Latest date for the next panel presentation?", ("m", 36, "2024-10-14"), ["FCPANEL"])
    R("duty", "date", "2026-11-02", "fc dbs/medicals/refs last done 29/2/24, renew by?", ("m", 36, "2024-02-29"), ["FCDBS"], amb="29 Feb + 3 years has no 29 Feb; some would say 1 March 2027 rather than 28 Feb 2027.")
    R("typos", "date", "2027-06-01", "foster carers core training last done 5th sept 2024 when do they need to redo it by", ("m", 36, "2024-09-05"), ["FCTRAIN"])
    R("scenario", "date", "2026-04-02", "We placed a 14-year-old today (Thursday 2 April) with carers approved for 0-10 because there was nothing else; the Strategic Lead agreed a Variation of Terms of Approval. How long does that cover us?", ("wd", 6, "2026-04-02"), ["VAR6"], amb="The day of placement could be counted as day 1, giving Mon 2026-04-13.")
    R("manager", "date", "2026-01-05", "Connected person temporary approval from 05/01/2026, not extended. When does it expire?", ("w", 16, "2026-01-05"), ["TEMP16"])
    R("indirect", "date", "2026-06-01", "the temporary okay for an aunt to look after her niece started today, 1 June 2026, and we'll almost certainly need the extra time on top. what's the absolute end date if it's extended?", ("w", 24, "2026-06-01"), ["TEMP16"])
    R("indirect", "date", "2026-03-04", "the surprise visit to one of our foster families - last one was yesterday, 3 March 2026. when's the next one needed by?", ("m", 12, "2026-03-03"), ["FCUNANN"])
    R("newstarter", "date", "2026-05-01", "When is the next annual review due for foster carers whose last annual review was on 30 June 2025?", ("m", 12, "2025-06-30"), ["FCANN"])
    # ---------------- Case recording / summaries / assessments ----------------
    R("typos", "date", "2025-12-30", "home visit today 30/12 how long have i got to write it up", ("d", 3, "2025-12-30"), ["REC3"])
    R("manager", "date", "2027-05-12", "Home visit 05/05/2027, case note entered 10/05/2027 - compliant?", ("d", 3, "2027-05-05"), ["REC3"])
    R("newstarter", "date", "2026-03-23", "How quickly do I need to record a home visit? I did it today, Monday 23 March 2026.", ("d", 3, "2026-03-23"), ["REC3"])
    R("indirect", "date", "2026-08-24", "I had a long phone call with grandma this morning (Mon 24 Aug) about her grandson. when does it need to be on his file?", ("d", 3, "2026-08-24"), ["REC3"])
    R("duty", "date", "2026-01-20", "case summary last updated 30/11/25, refresh by?", ("m", 3, "2025-11-30"), ["SUMM"], amb="30 Nov + 3 months has no 30 Feb; some would say 2 March 2026.")
    R("manager", "date", "2026-10-01", "Audit: case file summary last updated 31/08/2026. Date it must be refreshed by?", ("m", 3, "2026-08-31"), ["SUMM"])
    R("indirect", "date", "2026-09-01", "the last full assessment on the family was signed off by my manager on 15 January 2026. when does it count as out of date?", ("m", 12, "2026-01-15"), ["ASS12"], amb="The 12 months could run from when the assessment was completed rather than when it was authorised.")
    # ---------------- Visits / review schedules ----------------
    R("duty", "visits", "2026-03-04", "last cp visit 3/3, next by?", ("w", 4, "2026-03-03"), ["CPVIS"])
    R("typos", "visits", "2025-12-29", "saw the kids on cp plan on 23rd dec when do i have to see them agian", ("w", 4, "2025-12-23"), ["CPVIS"])
    R("newstarter", "visits", "2025-07-28", "My last statutory visit to a child on a Child Protection Plan was on Friday 25 July 2025. When is the latest my next visit can be?", ("w", 4, "2025-07-25"), ["CPVIS"])
    R("manager", "visits", "2027-02-10", "CP visits on 04/01/2027 and 02/02/2027 - was the gap OK?", ("w", 4, "2027-01-04"), ["CPVIS"])
    R("indirect", "visits", "2027-05-04", "the girl with the protection plan - I last saw her at home on 30 April. how long before I have to see her again?", ("w", 4, "2027-04-30"), ["CPVIS"])
    R("duty", "visits", "2025-12-18", "last cin rev 17/12/25, next by?", ("w", 6, "2025-12-17"), ["CINREV"])
    R("indirect", "visits", "2027-04-06", "we last had the regular get-together with school and health about the family's support plan on 2 April 2027. when's the next one due at the latest?", ("w", 6, "2027-04-02"), ["CINREV"])
    R("typos", "visits", "2026-05-26", "cin visit done fri 22nd may, next one by", ("w", 6, "2026-05-22"), ["CINVIS"])
    R("newstarter", "visits", "2026-12-30", "I saw a child on a Child in Need plan at home yesterday, 29 December 2026. When's my next visit due?", ("w", 6, "2026-12-29"), ["CINVIS"])
    R("manager", "visits", "2025-10-01", "CIN visits 14/08/2025 and 29/09/2025 - compliant?", ("w", 6, "2025-08-14"), ["CINVIS"])
    R("duty", "visits", "2026-01-07", "new cic, last visit tues 6/1, 1st lac review not held yet - next visit by?", ("w", 1, "2026-01-06"), ["LACWEEK"])
    R("typos", "visits", "2026-01-05", "had first lac reveiw already, last stat visit 19th dec, next one by when", ("w", 6, "2025-12-19"), ["LAC6"])
    R("manager", "visits", "2026-06-10", "YP in a permanent foster placement since 2023 and settled; last statutory visit 02/06/2026. Next due?", ("w", 12, "2026-06-02"), ["LAC12"])
    R("newstarter", "visits", "2027-03-25", "The child I visit has had her first Looked After Review and there's no permanence plan finalised yet. My last statutory visit was yesterday, 24 March 2027. When is the next one due?", ("w", 6, "2027-03-24"), ["LAC6"])
    R("scenario", "visits", "2026-11-11", "Child came into care on 2 Nov 2026. I visited on 3 Nov and again yesterday (10 Nov). Her first LAC review is booked for 27 Nov. When's my next visit due by?", ("w", 1, "2026-11-10"), ["LACWEEK"])
    R("indirect", "visits", "2025-07-14", "boy we look after - his first review's been and gone and there's no long-term plan signed off yet. last time I saw him for the statutory visit was 10 July. next one?", ("w", 6, "2025-07-10"), ["LAC6"])
    R("typos", "visits", "2026-01-06", "last review plo meeting was 5.1.26, whens the latest the next one can be", ("w", 6, "2026-01-05"), ["PLOREV"], note="window is every 4-6 weeks; earliest 2026-02-02, latest (asked) 2026-02-16")
    R("duty", "visits", "2027-02-12", "adoptive placement, first lac rev done, last visit 11/2/27 - next by?", ("w", 6, "2027-02-11"), ["ADV6"])
    R("typos", "visits", "2025-12-24", "placed for adoption today 24/12 and i visited, no lac review yet, whens next stat visit", ("w", 1, "2025-12-24"), ["ADVWEEK"])
    R("manager", "visits", "2026-02-25", "Supervising SW visits to foster carer 06/01/2026 and 20/02/2026 - compliant?", ("w", 6, "2026-01-06"), ["FCVIS"])
    R("newstarter", "visits", "2025-11-28", "I'm a new supervising social worker. I last visited one of my foster carers yesterday, 27 November 2025. When is the next visit due?", ("w", 6, "2025-11-27"), ["FCVIS"])
    # ---------------- Ages ----------------
    R("newstarter", "age", "2027-11-01", "When does a child on a CP plan become old enough that we should offer her an advocate for conference? Her date of birth is 29/02/2016.", ("age", 12, "2016-02-29"), ["ADVOC"], note="2028 is a leap year, so the birthday is 29 Feb itself")
    R("duty", "age", "2026-08-20", "dob 14/09/14, when's she 12 for advocate at conf?", ("age", 12, "2014-09-14"), ["ADVOC"])
    R("typos", "age", "2026-11-10", "child born 3.1.15 when does he turn 12 for the advocate thing at icpc", ("age", 12, "2015-01-03"), ["ADVOC"])
    R("indirect", "age", "2025-11-01", "when do we need to start the plan for leaving care for a lad we look after, born 31 Aug 2010?", ("agem", 186, "2010-08-31"), ["PATH"], amb="31 Aug + 15y6m has no 31 Feb; some would say 1 March 2026 rather than 28 Feb 2026.")
    R("manager", "age", "2026-03-01", "YP in care, DOB 12/11/2010 - date the pathway plan should have been started?", ("agem", 186, "2010-11-12"), ["PATH"])
    R("scenario", "age", "2027-05-10", "Young person in care, born 29 February 2012, moved to a new placement last month; her next LAC review is 14 June 2027. When does her pathway plan need to be started?", ("agem", 186, "2012-02-29"), ["PATH"])
    R("newstarter", "age", "2026-01-15", "A little girl born on 29 February 2020 may be going into PLO. When does she turn 6? I understand the adoption allocation is for children under 6.", ("age", 6, "2020-02-29"), ["ADOPT6"])
    R("duty", "age", "2027-01-20", "child dob 20/04/2021, plo likely - when does she hit 6 (adoption sw alloc)?", ("age", 6, "2021-04-20"), ["ADOPT6"])
    # ---------------- Choice ----------------
    R("duty", "choice", "2026-03-03", "conference was today 3/3, what's next due?", [("d", 10, "2026-03-03", "CG"), ("d", 20, "2026-03-03", "CIN20")], ["CG", "CIN20"])
    R("typos", "choice", "2026-05-22", "kid came into care and was placed today fri 22/5 when is the meeting due", [("wd", 3, "2026-05-22", "PLMEET"), ("wd", 20, "2026-05-22", "LACREV")], ["PLMEET", "LACREV"])
    R("newstarter", "choice", "2026-04-07", "A child was placed with foster carers yesterday, Easter Monday (6 April 2026). When is the plan due?", [("wd", 5, "2026-04-06", "PLPLAN"), ("d", 10, "2026-04-06", "CAREPLAN")], ["PLPLAN", "CAREPLAN"])
    R("indirect", "choice", "2025-11-26", "we've just had the first meeting with mum and her solicitor under pre-proceedings (today, 26 Nov 2025). what's the next deadline coming up?", [("wd", 3, "2025-11-26", "FGC"), ("wd", 3, "2025-11-26", "VIAB"), ("d", 7, "2025-11-26", "PLOMIN")], ["FGC", "VIAB", "PLOMIN"])
    R("manager", "choice", "2026-12-14", "ICPC booked for Monday 04/01/2027. What's the deadline for the SW report?", [("wdb", 3, "2027-01-04", "ICPCCHAIR"), ("db", 3, "2027-01-04", "ICPCFAM")], ["ICPCCHAIR", "ICPCFAM"])
    R("scenario", "choice", "2025-08-28", "I'm the supervising social worker for a fostering household. I did my visit today (Thursday 28 August) - the carers have two children placed, one since 1 July. What's my next deadline?", [("wd", 3, "2025-08-28", "FCREC"), ("w", 6, "2025-08-28", "FCVIS")], ["FCREC", "FCVIS"])
    R("scenario", "choice", "2025-12-19", "Referral came in on Wednesday about a 4-year-old (DOB 11/06/2021) and I started the C&F assessment today, Friday 19 December. When is it due?", [("wd", 15, "2025-12-19", "TLREV"), ("d", 45, "2025-12-19", "ASS45")], ["TLREV", "ASS45"])
    R("manager", "choice", "2025-12-22", "Connected carer temporary approval started 22/12/25 - end date?", [("w", 16, "2025-12-22", "TEMP16"), ("w", 24, "2025-12-22", "TEMP16")], ["TEMP16"])
    # ---------------- None ----------------
    R("duty", "none", "2026-01-12", "icpc 12/1/26, first rcpc by?", None, ["N_RCPC"], note="the standards set no review conference timescale; the chair sets the date of the next conference")
    R("newstarter", "none", "2026-03-06", "How often should I have supervision with my Team Leader? My last one was on 5 March 2026.", None, ["N_SUP"], note="frequency is left to the supervision policy; no timescale in the standards")
    R("typos", "none", "2025-10-20", "second lac reveiw when is it due, first one was 14/10/25", None, ["N_LAC2"], note="only the initial LAC review has a timescale; the second review is not timed in the standards")
    R("indirect", "none", "2026-06-04", "the meeting with the adoption decision maker about whether a child should be placed for adoption - how many weeks after our final care planning meeting (3 June 2026) does it have to be?", None, ["N_SHOPBA"], note="SHOPBA must be after the final care planning meeting and before IRH paperwork; no number of days/weeks")
    R("manager", "none", "2025-09-15", "Adoptive placement began 01/09/2025. What is the deadline for the life story book and later life letter?", None, ["N_LIFE"], note="no timescale given for life story book / later life letter")
    R("scenario", "none", "2026-02-16", "A 14-year-old in care went missing overnight and came back on Saturday 14 February. Her carers say she's fine. When does the return home interview need to be done by?", None, ["N_MISS"], note="return home interviews are not covered; only a missing/CSE risk assessment with no timescale")
    R("duty", "none", "2026-07-07", "strat mtg today 7/7, record out to all agencies by?", None, ["N_STRATREC"], note="the record must be sent to participating professionals but no timescale is set")
    R("newstarter", "none", "2027-01-21", "How often should the IRO be contacting the child between reviews? The last review was 20 January 2027.", None, ["N_IROCON"], note="IRO contact between reviews has no set frequency")
    R("typos", "none", "2026-02-03", "viabilty assesment on nan started 2/2/26 when has it got to be finished", None, ["N_VIAB"], note="only the screening request has a timescale (3 working days of initial PLO meeting); completion is not timed")
    R("indirect", "none", "2026-10-12", "the report about the adopters we have to write for court once they apply for the order - they applied on 12 Oct. how long have we got to file it?", None, ["N_ANNEXA"], note="Annex A report has no timescale in the standards")


define(R)


def main():
    src = open(SOURCE, encoding="utf-8").read()
    ok = True
    for k, ph in P.items():
        if ph not in src:
            print("PHRASE NOT FOUND:", k, ph)
            ok = False
        if len(ph.split()) < 6:
            print("PHRASE TOO SHORT:", k, ph)
            ok = False
    out = []
    for i, r in enumerate(ROWS):
        today = D.fromisoformat(r["today"])
        if r["kind"] == "none":
            due, count = None, "none: " + (r["note"] or "the standards set no timescale for this")
        elif r["kind"] == "choice":
            parts = []
            dues = []
            for (rule, n, start, key) in r["calc"]:
                d_, c_ = compute(rule, n, start)
                dues.append(d_)
                parts.append(f"[{key}] {c_}")
            due = min(dues)
            count = "; ".join(parts) + f"; due = earlier = {due.isoformat()}"
        else:
            rule, n, start = r["calc"]
            due, count = compute(rule, n, start)
            if r["note"]:
                count += "; " + r["note"]
        row = {
            "q": r["q"],
            "today": r["today"],
            "due": due.isoformat() if due else None,
            "expect_any": [P[k] for k in r["keys"]],
            "count": count,
            "voice": r["voice"],
            "kind": r["kind"],
        }
        if r["amb"]:
            row["ambiguous"] = r["amb"]
        out.append(row)
    with open(OUT, "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("rows:", len(out))
    print("kinds:", dict(collections.Counter(r["kind"] for r in out)))
    print("voices:", dict(collections.Counter(r["voice"] for r in out)))
    if "-v" in sys.argv:
        for r in out:
            t = D.fromisoformat(r["today"])
            print(f"{r['today']} {WD[t.weekday()]} | {r['voice']:10} {r['kind']:7} | {r['due']} | {r['q']}\n    {r['count']}")
    return 0 if ok else 1


def check():
    """Re-read questions.jsonl and verify it: parses, phrases verbatim, dues from oracle, counts."""
    src = open(SOURCE, encoding="utf-8").read()
    errs = []
    lines = open(OUT, encoding="utf-8").read().splitlines()
    rows = []
    for i, line in enumerate(lines, 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:  # noqa: BLE001
            errs.append(f"line {i}: does not parse: {e}")
    need = {"q", "today", "due", "expect_any", "count", "voice", "kind"}
    for i, (r, spec) in enumerate(zip(rows, ROWS), 1):
        if not need <= set(r):
            errs.append(f"line {i}: missing keys {need - set(r)}")
        D.fromisoformat(r["today"])
        for ph in r["expect_any"]:
            if ph not in src:
                errs.append(f"line {i}: phrase not in source: {ph}")
            if len(ph.split()) < 6:
                errs.append(f"line {i}: phrase shorter than 6 words: {ph}")
        if not r["expect_any"]:
            errs.append(f"line {i}: empty expect_any")
        if r["voice"] not in {"duty", "typos", "scenario", "indirect", "newstarter", "manager"}:
            errs.append(f"line {i}: bad voice")
        if r["kind"] == "none":
            if r["due"] is not None:
                errs.append(f"line {i}: none row with due")
        else:
            # recompute the due independently of the written file
            if r["kind"] == "choice":
                want = min(compute(rule, n, st)[0] for (rule, n, st, _k) in spec["calc"])
                if len(r["expect_any"]) < 1:
                    errs.append(f"line {i}: choice row needs phrases")
            else:
                want = compute(*spec["calc"])[0]
            if r["due"] != want.isoformat():
                errs.append(f"line {i}: due {r['due']} != oracle {want}")
        if r["q"] != spec["q"]:
            errs.append(f"line {i}: q differs from spec")
    if len(rows) != len(ROWS):
        errs.append(f"row count {len(rows)} != spec {len(ROWS)}")
    if len(rows) < 160:
        errs.append("fewer than 160 rows")
    if len({r["q"] for r in rows}) != len(rows):
        errs.append("duplicate questions")
    # bank holiday sanity: every listed day is a weekday, 8 per year
    for y in range(2024, 2029):
        hs = [h for h in BANK_HOLIDAYS if h.year == y]
        if len(hs) != 8 or any(h.weekday() > 4 for h in hs):
            errs.append(f"bank holidays {y} look wrong")
    print("kinds:", dict(collections.Counter(r["kind"] for r in rows)))
    print("voices:", dict(collections.Counter(r["voice"] for r in rows)))
    print("years of today:", dict(collections.Counter(r["today"][:4] for r in rows)))
    print("CHECK", "FAILED" if errs else "OK", *errs, sep="\n")
    return 1 if errs else 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    sys.exit(main())
