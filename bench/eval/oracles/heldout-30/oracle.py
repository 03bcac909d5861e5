#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (set-heldout-30).

Standard library only. Computes `due` and `count` for every row from a structured
description, writes questions.jsonl, then runs checks (parsing, verbatim phrases,
kind/voice counts).  Usage:  python3 oracle.py
"""
import datetime as dt
import json
import os
import re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"
OUT = os.path.join(HERE, "questions.jsonl")

# ---------------------------------------------------------------- bank holidays
# England and Wales, typed by hand (substitute days where the day falls on a weekend).
BANK_HOLIDAYS = {
    # 2024
    "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26",
    "2024-12-25", "2024-12-26",
    # 2025
    "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25",
    "2025-12-25", "2025-12-26",
    # 2026 (Boxing Day is a Saturday -> Monday 28 Dec)
    "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31",
    "2026-12-25", "2026-12-28",
    # 2027 (Christmas Sat, Boxing Day Sun -> Mon 27, Tue 28 Dec)
    "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30",
    "2027-12-27", "2027-12-28",
    # 2028 (New Year's Day is a Saturday -> Monday 3 Jan)
    "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28",
    "2028-12-25", "2028-12-26",
}
BH = {dt.date.fromisoformat(d) for d in BANK_HOLIDAYS}
assert all(d.weekday() < 5 for d in BH), "a typed bank holiday falls on a weekend"
assert len(BH) == 40

DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def fmt(d):
    return f"{d.isoformat()} ({DOW[d.weekday()]})"


def is_wd(d):
    return d.weekday() < 5 and d not in BH


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30,
            31, 31, 30, 31, 30, 31][m - 1]
    return dt.date(y, m, min(d.day, last)), d.day > last


def skipped(a, b):
    lo, hi = min(a, b), max(a, b)
    hs = sorted(h for h in BH if lo < h <= hi or lo <= h < hi)
    hs = [h for h in hs if h != a]
    return hs


def resolve(s, today):
    if isinstance(s, dt.date):
        return s
    if s == "today":
        return today
    if s == "yesterday":
        return today - dt.timedelta(days=1)
    if s == "tomorrow":
        return today + dt.timedelta(days=1)
    if s.startswith("past:"):
        w = DOW.index(s[5:])
        d = today - dt.timedelta(days=1)
        while d.weekday() != w:
            d -= dt.timedelta(days=1)
        return d
    if s.startswith("future:"):
        w = DOW.index(s[7:])
        d = today + dt.timedelta(days=1)
        while d.weekday() != w:
            d += dt.timedelta(days=1)
        return d
    return dt.date.fromisoformat(s)


def calc(spec, today):
    """spec = (op, start, n[, extra]) -> (due, count string)"""
    op, start, n = spec[0], resolve(spec[1], today), spec[2]
    note = ""
    if op == "WD":  # Nth working day strictly after
        d, k = start, 0
        while k < n:
            d += dt.timedelta(days=1)
            if is_wd(d):
                k += 1
        if not is_wd(start):
            note = f"; event day {fmt(start)} is not a working day, counting from it"
        s = f"{n} working day{'s' if n > 1 else ''} after {fmt(start)} -> {fmt(d)}"
    elif op == "WDB":  # Nth working day strictly before
        d, k = start, 0
        while k < n:
            d -= dt.timedelta(days=1)
            if is_wd(d):
                k += 1
        s = f"{n} working days before {fmt(start)} -> {fmt(d)}"
    elif op == "D":
        d = start + dt.timedelta(days=n)
        s = f"{n} calendar days after {fmt(start)} -> {fmt(d)}"
    elif op == "DB":
        d = start - dt.timedelta(days=n)
        s = f"{n} calendar days before {fmt(start)} -> {fmt(d)}"
    elif op == "SAME":
        d = start
        s = f"same day as {fmt(start)} -> {fmt(d)}"
    elif op == "W":
        d = start + dt.timedelta(days=7 * n)
        s = f"{n} week{'s' if n > 1 else ''} ({7 * n} days) after {fmt(start)} -> {fmt(d)}"
    elif op == "M":
        d, clamped = add_months(start, n)
        s = f"{n} months after {fmt(start)} -> {fmt(d)}"
        if clamped:
            s += " (no such day in that month, so last day of the month)"
    elif op == "AGE":
        years, months = n, (spec[3] if len(spec) > 3 else 0)
        d, clamped = add_months(start, 12 * years + months)
        lab = f"{years} years" + (f" {months} months" if months else "")
        s = f"date of birth {fmt(start)} + {lab} -> {fmt(d)}"
        if clamped and start.month == 2 and start.day == 29 and not months:
            s += " (29 Feb birthday in a non-leap year: taken as 1 March)"
            d = dt.date(d.year, 3, 1)
            s = f"date of birth {fmt(start)} + {lab} -> {fmt(d)} (29 Feb birthday in a non-leap year: taken as 1 March)"
        elif clamped:
            s += " (no such day in that month, so last day of the month)"
    else:
        raise ValueError(op)
    if op in ("WD", "WDB", "D", "DB", "W", "M"):
        hs = skipped(start, d)
        if op in ("WD", "WDB"):
            if hs:
                s += "; skips bank holidays " + ", ".join(h.isoformat() for h in hs)
        elif d in BH:
            s += "; note: due date is itself a bank holiday (calendar count)"
        elif d.weekday() >= 5:
            s += "; note: due date falls on a weekend (calendar count)"
    return d, s + note


# ---------------------------------------------------------------- phrases
P = {
    "fd": "decisions made by what action are required by a Team Leader within 1 working day",
    "init": "Initial decisions will be made about the action required within 1 working day",
    "ref": "Referrals will be actioned by a social worker within 1 working day",
    "s47seen": "the child / children will be seen by the Social Worker the same day",
    "s47d5": "Within 5 days of the Section 47 being initiated",
    "alloc": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
    "tl15": "All assessments will be reviewed by the Team Leader within 15 working days",
    "a45": "Assessments must all be completed within 45 days",
    "strat": "a strategy discussion is required, this must happen within 1 working day",
    "strat24": "A strategy discussion within 24 hours involving all relevant agencies",
    "transfer": "will notify the Neighbourhood Team via email, giving at least 5 days",
    "joint": "will complete a joint visit to the home to introduce the new worker",
    "icpc": "the Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
    "famrep": "The report will be shared with family at least 3 the days prior to conference",
    "chairrep": "The report will be sent to the child protection chair 3 working days before the conference",
    "cg": "held within 10 days of the conference",
    "cpv": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
    "cphome": "A statutory CP visit must not be recorded on the child’s file unless the child was seen at home",
    "rcpc_par": "This report must be shared with parents at least 3 days prior to the review conference",
    "rcpc_chair": "The report will be available to the conference chair at least 3 days prior to the review conference",
    "ptt": "when they have been subject to a plan for 12 months",
    "plo1": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
    "fgc": "Referral should be made within 3 working days of the first PLO meeting",
    "via": "need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
    "min": "distributed to parents and their legal representation within 7 days of the meeting",
    "plorev": "Review PLO meetings with parents to be held every 4-6 weeks",
    "rlpm": "A review legal planning meeting will be held at 12 weeks",
    "further4": "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
    "lg16": "a Legal Gateway meeting will be convened at 16 weeks",
    "cin20": "will set the first CIN meeting within 20 days",
    "cin10": "the initial CIN meeting must take place within 10 days",
    "cinrev": "CIN review meetings will be held at least every 6 weeks",
    "cinv": "A child subject to a CIN plan will be seen at least every 6 weeks",
    "emerg": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
    "visit1": "The child will be visited within 1 working day of coming into care or having a change in placement",
    "seen1": "All looked after children will be seen within 1 working day of placement",
    "pm3": "The placement meeting will be held within 3 working days",
    "pp5": "an updated copy given to the carers within 5 working days of the placement beginning",
    "ft8": "reviewed at least every 8 week until the plan for permanence is agreed",
    "pack": "The child will be provided with a coming into care pack, children rights leaflet within 3 weeks",
    "legal5": "will be informed of the child’s legal status within 5 working days",
    "iha": "An initial health assessment will be requested and carried out within 20 working days",
    "pep": "A PEP meeting will be arranged within the school within 20 days",
    "lacw": "Statutory looked after visits must happen weekly until the first looked after review",
    "lac6": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
    "lac12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
    "cp10": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
    "lar": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
    "path": "A pathway plan will be started when the young person is 15 years 6 months",
    "iro3": "this will be with the IRO 3 days before the review",
    "irochal": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
    "irodisp": "The formal dispute resolution process should be completed from start to finish within 20 working days",
    "adopt6": "If a child under the age of 6 enters PLO or proceedings",
    "adoptw": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
    "adopt6w": "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
    "adopt10": "Once the children have been in placement with the adopter for 10 weeks",
    "fcv": "Trafford foster carers are visited at least once every six weeks",
    "fcrec": "a record of this visit is recorded on LCS within 3 working days",
    "fcun": "will have an unannounced visit at least once every 12 months",
    "fcannual": "All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
    "fcpanel": "annual review presented to the Fostering Panel at least every three years",
    "fcdbs": "updated statutory references, medicals and DBS checks at least every three years",
    "fctrain": "must update their core training at least every three years",
    "vary": "This can only be given for up to 6 working days",
    "temp16": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
    "rec3": "any event or contact is recorded within 3 days",
    "summ": "A clear and concise case file summary which has been updated within the last 3 months",
    "assess12": "An up to date assessment (within the last 12 months) on each child",
    "adv12": "if they are 12 or over they should be offered an advocate",
    # phrases for `none` rows (nearest sentence; it sets no timescale)
    "n_nextconf": "The child protection chair will set the date of the next conference",
    "n_sup": "monitored through supervision which takes place in line with the supervision policy",
    "n_second": "At the point of the second review (if not in proceedings) the child must have a permanency plan",
    "n_shopba": "This needs to take place after the area teams final care planning meeting",
    "n_swet": "the timescales for filing SWET and additional supporting documents will be agreed at the Legal Gateway meeting",
    "n_icpcout": "the outcome of the conference and the outline child protection plan",
    "n_lll": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
    "n_missing": "The risk of going missing and child sexual exploitation will be considered and risk assessed",
    "n_stratrec": "the plan for the enquiries and decisions recorded and a record sent to all participating professionals",
    "n_ff": "a referral should be made to Family Focus by emailing the team",
}

ROWS = []


def R(voice, kind, today, q, spec, phrases, amb=None):
    ROWS.append(dict(voice=voice, kind=kind, today=today, q=q, spec=spec, phrases=phrases, amb=amb))


# ======================================================================= DATE rows
# Front Door
R("duty", "date", "2026-04-02", "contact in this morning re 2 sibs, TL decision needed by when? easter wknd coming up", ("WD", "today", 1), ["fd"])
R("indirect", "date", "2025-12-24", "A school rang our front door today worried about a 7 year old. How long has a team leader got to decide what we're doing with it?", ("WD", "today", 1), ["fd"])
R("manager", "date", "2026-06-03", "Audit q: contact received at CFR Fri 22/05/26, TL decision recorded Tue 26/05. In timescale?", ("WD", "2026-05-22", 1), ["fd"])
R("newstarter", "date", "2027-03-25", "Hi, sorry if this is a silly question - a referral came through to us at level 4 this afternoon. By when should the team leader make the initial decision about what action is needed?", ("WD", "today", 1), ["init"])
R("typos", "date", "2025-08-22", "level 5 referal came in today, whens the initail decision due by the TL", ("WD", "today", 1), ["init"])
R("duty", "date", "2026-12-24", "ref came in 24/12, SW action by?", ("WD", "2026-12-24", 1), ["ref"])
R("scenario", "date", "2025-05-06", "I'm on duty. A referral landed late on Friday 2nd May for a 4yo (DOB 12/03/2021) after mum's partner was arrested. The senior says it should already have been actioned by a social worker - when was it due?", ("WD", "2025-05-02", 1), ["ref"])
R("newstarter", "date", "2027-05-28", "Hello! I've just been passed a referral that came in today. How quickly does a social worker need to action a referral please?", ("WD", "today", 1), ["ref"])
# S47
R("duty", "date", "2026-02-11", "s47 agreed this am, when do i need to see the kid?", ("SAME", "today", 0), ["s47seen"])
R("indirect", "date", "2025-10-17", "We've just decided this afternoon to go ahead with a child protection enquiry on a baby. When does the child have to be seen by a social worker?", ("SAME", "today", 0), ["s47seen"])
R("typos", "date", "2026-03-30", "s47 startd 27/3 when do i have to have the progress chat w my manager", ("D", "2026-03-27", 5), ["s47d5"])
R("manager", "date", "2025-12-10", "S47 initiated 03/12/25, SW/manager progress discussion held 08/12. Within standard?", ("D", "2025-12-03", 5), ["s47d5"])
R("scenario", "date", "2027-01-04", "Strat on 30/12/26 agreed a s47 for two kids (born 2019 and 2022) and the enquiry started that day. My manager is off till the 5th. When was our progress discussion on the s47 meant to happen?", ("D", "2026-12-30", 5), ["s47d5"])
# allocation / assessments
R("indirect", "date", "2026-08-28", "The front door finished screening a family today and it's going for a full assessment. How long before it has to be with a named worker?", ("WD", "today", 3), ["alloc"])
R("newstarter", "date", "2025-04-17", "Could someone explain how long the team leader has to allocate a Child and Family Assessment to a worker? The case was agreed for assessment today.", ("WD", "today", 3), ["alloc"])
R("manager", "date", "2027-01-08", "C&F assessment case came through 23/12/26, allocated on LCS 30/12. was that within the 3 days?", ("WD", "2026-12-23", 3), ["alloc"])
R("typos", "date", "2026-05-01", "cfa startd 20th april, when does TL have to reveiw it", ("WD", "2026-04-20", 15), ["tl15"])
R("typos", "date", "2025-12-15", "assesment opend 12.12.25 when does my TL need to review it by", ("WD", "2025-12-12", 15), ["tl15"])
R("scenario", "date", "2027-05-04", "Family of 3 - eldest was born 1/5/2015. The assessment was opened on 22nd April after a police notification, and there's a CIN meeting pencilled in for the 20th. When does my team leader have to review the assessment?", ("WD", "2027-04-22", 15), ["tl15"])
R("duty", "date", "2025-11-20", "CFA start 17/11/25, 45 day deadline?", ("D", "2025-11-17", 45), ["a45"])
R("indirect", "date", "2026-03-10", "We opened an assessment on the family on 2 March. When does the whole thing have to be finished?", ("D", "2026-03-02", 45), ["a45"])
R("newstarter", "date", "2027-07-29", "Hi, my first ever assessment started yesterday, 28th July. What's the final date for it to be completed by?", ("D", "2027-07-28", 45), ["a45"])
R("manager", "date", "2026-10-30", "Audit: C&F assessment started 14/08/26, completed and authorised 30/09/26. Was it completed in timescale?", ("D", "2026-08-14", 45), ["a45"])
# strategy discussions
R("duty", "date", "2026-01-13", "mgmt decision strat needed today, by when?", ("WD", "today", 1), ["strat", "strat24"])
R("scenario", "date", "2025-04-17", "Police called at 3pm today about bruising on a 2yo, and the TL has just decided we need a strategy discussion. The baby's sibling has a core group on the 28th. When does the strat have to happen?", ("WD", "today", 1), ["strat", "strat24"],
  "The S47 section also says a strategy discussion 'within 24 hours', which would point to Friday 18 April 2025 (Good Friday) rather than the next working day.")
R("manager", "date", "2027-06-10", "Mgmt decision for a strat made Mon 07/06/27, strat held Wed 09/06. Did we meet the standard?", ("WD", "2027-06-07", 1), ["strat", "strat24"])
# transfer to Neighbourhood Team
R("indirect", "date", "2026-07-22", "CFR are passing a family on to a neighbourhood team at child in need level and emailed the team today. When do both workers need to have done the joint home visit by?", ("D", "today", 5), ["joint", "transfer"])
R("newstarter", "date", "2025-09-01", "Hello, I'm in CFR. If I want a CIN case to transfer to a Neighbourhood Team on Monday 15 September, what's the latest date I can email them?", ("DB", "2025-09-15", 5), ["transfer"])
R("typos", "date", "2027-02-03", "emaild the neighbourhod team re transfer on 3/2/27, joint visit has to be done by when", ("D", "2027-02-03", 5), ["joint", "transfer"])
# ICPC
R("duty", "date", "2025-12-19", "strat was 19/12/25, when's the ICPC?", ("WD", "2025-12-19", 15), ["icpc"])
R("typos", "date", "2026-03-24", "strat was 23rd march, icpc date needed by??", ("WD", "2026-03-23", 15), ["icpc"])
R("scenario", "date", "2027-05-21", "The initial strat was Tuesday 18 May 2027, and a second strat was held on the 20th after new info came in. Mum's birthday is 2 June and she's asked us to avoid it. What's the latest date for the ICPC?", ("WD", "2027-05-18", 15), ["icpc"])
R("indirect", "date", "2025-08-15", "We had the first multi-agency safeguarding meeting about this family yesterday (14 August) and it's heading for a conference. What's the last day the conference can be held?", ("WD", "2025-08-14", 15), ["icpc"])
R("newstarter", "date", "2026-12-16", "Hi all, my manager says the initial child protection conference has to be within 15 working days of the strategy meeting. Ours was today, 16/12/2026 - what date is that with Christmas?", ("WD", "2026-12-16", 15), ["icpc"])
R("manager", "date", "2026-02-05", "ICPC was held 20/01/26, strat 02/01/26, was that in timescale?", ("WD", "2026-01-02", 15), ["icpc"])
R("typos", "date", "2026-05-26", "icpc is on fri 29th may, when do i have to share the report wiht family", ("DB", "2026-05-29", 3), ["famrep"])
R("indirect", "date", "2027-01-04", "Our first conference for the family is on 11/01/27. What's the latest I can go through my report with the parents?", ("DB", "2027-01-11", 3), ["famrep"])
R("duty", "date", "2026-03-30", "icpc tues 7/4/26, report to chair by?", ("WDB", "2026-04-07", 3), ["chairrep"])
R("newstarter", "date", "2025-12-29", "When does my ICPC report need to get to the child protection chair? The conference is on 2 January 2026.", ("WDB", "2026-01-02", 3), ["chairrep"])
R("scenario", "date", "2027-08-24", "ICPC is booked for Wednesday 1 September. Grandad's viability is due on the 10th and dad's DOB is 30/08/1990. When does my report need to go to the chair?", ("WDB", "2027-09-01", 3), ["chairrep"])
R("manager", "date", "2025-06-02", "ICPC on 28/05/25 - report reached the chair 23/05. compliant?", ("WDB", "2025-05-28", 3), ["chairrep"])
# core groups
R("duty", "date", "2025-12-22", "icpc today 22/12, 1st core group by?", ("D", "2025-12-22", 10), ["cg"])
R("typos", "date", "2026-04-01", "conf was 30th march child now on plan, 1st cg needed by", ("D", "2026-03-30", 10), ["cg"])
R("indirect", "date", "2027-08-24", "The child was put on a protection plan at conference yesterday. When do we need to have the first meeting where the professionals and family flesh out the plan?", ("D", "yesterday", 10), ["cg"])
R("scenario", "date", "2026-11-04", "ICPC on 03/11/26 made both boys subject to plans. The chair set the review conference for 28/01/27. When's the latest for the first core group?", ("D", "2026-11-03", 10), ["cg"])
R("manager", "date", "2025-03-20", "ICPC 03/03/25; first core group 14/03/25. In timescale?", ("D", "2025-03-03", 10), ["cg"])
# review conferences
R("duty", "date", "2026-09-01", "RCPC mon 7/9, report to parents by?", ("DB", "2026-09-07", 3), ["rcpc_par"])
R("newstarter", "date", "2025-12-19", "Hello, I have a review child protection conference on 29 December (I know!). When is the latest I can share my report with the parents?", ("DB", "2025-12-29", 3), ["rcpc_par"])
R("indirect", "date", "2027-04-01", "The meeting that reviews the child's protection plan is on 06/04/27 at 10am. When does the chair need my update by?", ("DB", "2027-04-06", 3), ["rcpc_chair"])
R("manager", "date", "2026-06-15", "RCPC held 12/06/26, plan update available to chair 10/06. Compliant?", ("DB", "2026-06-12", 3), ["rcpc_chair"])
R("scenario", "date", "2026-05-12", "The kids went on CP plans at ICPC on 14/05/2025. The review conference last month said progress is still slow and de-planning isn't on the cards. When do we hit the point where a professional thinking time meeting should be held?", ("M", "2025-05-14", 12), ["ptt"])
R("indirect", "date", "2027-02-01", "She's been on a protection plan since 27 Feb 2026 and things haven't improved enough to take her off it. When are we supposed to have the meeting where professionals rethink how we work with the family?", ("M", "2026-02-27", 12), ["ptt"])
# PLO
R("duty", "date", "2025-12-19", "plo letter dated 19/12/25, 1st meeting by?", ("D", "2025-12-19", 10), ["plo1"])
R("indirect", "date", "2026-04-10", "We sent the letter that starts pre-proceedings today; it's dated 10 April 2026. When do we need to meet with the parents and their solicitor?", ("D", "2026-04-10", 10), ["plo1"])
R("typos", "date", "2027-05-27", "plo leter went 24.5.27 whens the first meetng due", ("D", "2027-05-24", 10), ["plo1"])
R("manager", "date", "2026-09-01", "PLO letter dated 10/08/26, first PLO meeting 24/08. In timescale?", ("D", "2026-08-10", 10), ["plo1"])
R("newstarter", "date", "2026-12-23", "Hi, we had our first PLO meeting yesterday and the parents consented to a family group conference. How long do I have to make the FGC referral?", ("WD", "yesterday", 3), ["fgc"])
R("duty", "date", "2025-05-02", "1st plo mtg thurs 1/5, fgc ref by?", ("WD", "2025-05-01", 3), ["fgc"])
R("scenario", "date", "2026-08-27", "Initial PLO meeting was today, Thursday 27 August. Dad named his sister and a family friend as possible carers; the FGC isn't until 15 September. When does the viability screening request have to go to Family Placement?", ("WD", "2026-08-27", 3), ["via"],
  "The standard also allows the request 'immediately following Family Group Conference', so a reader could tie it to the FGC on 15 September instead.")
R("typos", "date", "2027-03-24", "initial plo meting 23/3, viabilty request to family placement by when?", ("WD", "2027-03-23", 3), ["via"])
R("typos", "date", "2026-01-06", "plo meting was 5.1.26, when do the minuets have to go out", ("D", "2026-01-05", 7), ["min"])
R("indirect", "date", "2025-08-20", "After the pre-proceedings meeting with the parents on 19/08/25, how long have we got to send the written record of what was agreed to the parents and their solicitors?", ("D", "2025-08-19", 7), ["min"])
R("manager", "date", "2027-10-20", "PLO review meeting 04/10/27; minutes sent to parents and solicitors 12/10. Compliant?", ("D", "2027-10-04", 7), ["min"])
R("newstarter", "date", "2026-02-10", "Hello, our family went into PLO when the letter went out on 13 January 2026. When will the review legal planning meeting be?", ("W", "2026-01-13", 12), ["rlpm"],
  "The 12 weeks could be counted from the Legal Gateway decision or the first PLO meeting rather than the letter date.")
R("typos", "date", "2025-06-20", "went into plo 3/6/25, when is the 12 wk review legal planing meeting", ("W", "2025-06-03", 12), ["rlpm"])
R("duty", "date", "2026-09-15", "in PLO since 14/9/26, legal gateway at 16wks = ?", ("W", "2026-09-14", 16), ["lg16"])
R("manager", "date", "2027-04-01", "Family entered PLO 15/12/26. Legal Gateway still not booked - when should it have been convened?", ("W", "2026-12-15", 16), ["lg16"])
R("scenario", "date", "2026-06-30", "PLO began on 06/04/26 (the letter was dated that day). At the 12 week review legal planning meeting yesterday they agreed an exceptional further period. When does that extension run out?", ("W", "2026-04-06", 16), ["further4", "rlpm"])
# CIN
R("indirect", "date", "2026-10-13", "The child came off her protection plan at the review conference today and is now child in need. When does the first meeting under the new plan need to be?", ("D", "today", 20), ["cin20"])
R("newstarter", "date", "2025-12-10", "Hi, at yesterday's conference the children were de-planned to CIN. What's the deadline for the first Child in Need meeting?", ("D", "yesterday", 20), ["cin20"])
R("manager", "date", "2027-03-10", "De-planned at RCPC 04/02/27, first CIN meeting held 26/02/27. Within timescale?", ("D", "2027-02-04", 20), ["cin20"])
R("duty", "date", "2026-05-22", "case transferred from CFR 22/5, initial CIN mtg by?", ("D", "2026-05-22", 10), ["cin10"])
R("typos", "date", "2025-04-15", "cfr transfered the case to us on 14th april, when does the intial cin meeting have to be", ("D", "2025-04-14", 10), ["cin10"])
R("scenario", "date", "2027-12-21", "We picked up a family from Children's First Response yesterday (20/12/27) after their assessment. The youngest turns 3 on 4 January and mum's in hospital until the 27th. When's the initial CIN meeting due?", ("D", "2027-12-20", 10), ["cin10"])
# Children in care
R("newstarter", "date", "2026-04-01", "Hello, a child came into care in an emergency last night (31 March). How long do we have to complete the assessment of their needs?", ("WD", "2026-03-31", 20), ["emerg"])
R("duty", "date", "2025-12-18", "unplanned admission 17/12/25, assessment due?", ("WD", "2025-12-17", 20), ["emerg"])
R("typos", "date", "2026-12-24", "placement change today for a child in care, when do i have to visit by", ("WD", "today", 1), ["visit1", "seen1"])
R("indirect", "date", "2027-08-27", "A 9 year old moved to new carers this afternoon. How soon must her social worker go and see her?", ("WD", "today", 1), ["visit1", "seen1"])
R("duty", "date", "2025-12-23", "placed 23/12, placement mtg by?", ("WD", "2025-12-23", 3), ["pm3"])
R("scenario", "date", "2026-05-01", "Two brothers (7 and 10) were placed with foster carers today, Friday 1 May 2026, after police protection. Their LAC review will be set later. When's the latest for the placement meeting?", ("WD", "2026-05-01", 3), ["pm3"])
R("manager", "date", "2027-04-05", "Child placed 25/03/27, placement meeting held 31/03. Within the 3 days?", ("WD", "2027-03-25", 3), ["pm3"])
R("indirect", "date", "2026-08-26", "The carers got the basic info sheet on the day the placement began, 26/08/26. When do they need the updated version with the delegated authority stuff?", ("WD", "2026-08-26", 5), ["pp5"])
R("typos", "date", "2025-04-16", "placement startd 16/4/25 when do carers need the updated placment plan", ("WD", "2025-04-16", 5), ["pp5"])
R("newstarter", "date", "2026-11-11", "Sorry, what's the timescale for giving a child the coming into care pack and the children's rights leaflet? He came into care on 10/11/2026.", ("W", "2026-11-10", 3), ["pack"])
R("duty", "date", "2027-12-09", "CiC from 08/12/27, care pack by?", ("W", "2027-12-08", 3), ["pack"])
R("scenario", "date", "2025-12-22", "Interim care order was granted on Friday 19/12/25 and the baby is now looked after; the next hearing is 14/01/26. By when do all the other professionals have to be told about her legal status?", ("WD", "2025-12-19", 5), ["legal5"])
R("manager", "date", "2026-06-10", "Child became LAC 28/05/26. School/GP/HV told of legal status 05/06. In timescale?", ("WD", "2026-05-28", 5), ["legal5"])
R("indirect", "date", "2027-01-05", "A child came into care on 4 January 2027. When does the first medical check that children get on coming into care have to be done?", ("WD", "2027-01-04", 20), ["iha"])
R("typos", "date", "2026-03-27", "child became lac 26.3.26 - iha deadline?", ("WD", "2026-03-26", 20), ["iha"])
R("typos", "date", "2025-07-16", "came into care 15/07 whens the pep meeting due by", ("D", "2025-07-15", 20), ["pep"])
R("newstarter", "date", "2026-09-03", "Hi, my young person came into care on 2nd September 2026 and has just started Year 9. When does the PEP meeting need to be arranged by?", ("D", "2026-09-02", 20), ["pep"])
R("scenario", "date", "2027-06-01", "Placement started 28/05/27 with kinship carers (aunt, DOB 15/06/1985). A care planning meeting is booked for 15/06. When does the care plan need to be on the system?", ("D", "2027-05-28", 10), ["cp10"])
R("indirect", "date", "2025-10-21", "Once a child has been placed, how long have I got to get the written plan for their care onto the electronic system? Placement was yesterday, 20/10/25.", ("D", "2025-10-20", 10), ["cp10"])
R("duty", "date", "2025-12-19", "bec LAC 19/12/25, 1st LAC review by?", ("WD", "2025-12-19", 20), ["lar"])
R("typos", "date", "2026-04-07", "child came into care 2nd april, when is the first lac review due", ("WD", "2026-04-02", 20), ["lar"])
R("newstarter", "date", "2027-08-31", "Hello! A 14 year old became looked after on Friday 27 August 2027. When should the initial Looked After Review take place?", ("WD", "2027-08-27", 20), ["lar"])
R("manager", "date", "2026-07-01", "Initial LAC review held 15/06/26; child became LAC 14/05/26. Within 20 working days?", ("WD", "2026-05-14", 20), ["lar"])
R("indirect", "date", "2026-12-21", "The child's next care review with her independent reviewing officer is on 4 January 2027. When does my written report need to be with the IRO?", ("DB", "2027-01-04", 3), ["iro3"])
R("duty", "date", "2025-06-23", "LAC rev thurs 26/6, SW report to IRO by?", ("DB", "2025-06-26", 3), ["iro3"])
# IRO
R("manager", "date", "2026-04-20", "IRO raised an informal challenge 01/04/26, not resolved; formal dispute raised 14/04. Was it escalated at the right point?", ("WD", "2026-04-01", 5), ["irochal"])
R("scenario", "date", "2025-12-22", "Our IRO emailed an informal challenge on Friday 19/12/25 about drift in the permanence plan for twins (born 03/2023). The team is short over Christmas. When does it go to formal dispute if not sorted?", ("WD", "2025-12-19", 5), ["irochal"])
R("typos", "date", "2027-05-05", "formal dispute startd by iro 4/5/27 whens it meant to be finished", ("WD", "2027-05-04", 20), ["irodisp"])
R("newstarter", "date", "2026-12-10", "Hello, the IRO started the formal dispute resolution process on my case today. By when does the whole process have to be completed?", ("WD", "today", 20), ["irodisp"])
# adoption
R("indirect", "date", "2026-02-02", "Our little one moved in with her new forever family on 29/01/26. When can they put in their application to court to make it permanent?", ("W", "2026-01-29", 10), ["adopt10"])
R("scenario", "date", "2027-10-25", "Baby was placed with adopters on 23/08/27 - the placement order was made back on 12/05/27. The adopters are asking for the earliest date they can apply for the Adoption Order.", ("W", "2027-08-23", 10), ["adopt10"])
# fostering
R("duty", "date", "2026-05-22", "SSW visit to carers today, recording due?", ("WD", "today", 3), ["fcrec"])
R("newstarter", "date", "2025-12-24", "Hi, I'm a new supervising social worker. I visited my foster carers today - when does the visit record have to be on LCS?", ("WD", "today", 3), ["fcrec"])
R("scenario", "date", "2027-08-26", "The Strategic Lead agreed a variation so a 15 year old could go to carers approved for 0-10; she was placed today, Thursday 26/08/27. Fostering panel is on 9 September. Until when does the variation cover us?", ("WD", "2027-08-26", 6), ["vary"])
R("indirect", "date", "2026-04-02", "We placed a child with carers outside their approval range today, with the Strategic Lead's OK. How long can that permission last?", ("WD", "today", 6), ["vary"])
R("typos", "date", "2026-01-05", "conected person temp approval from 22/12/25 when does the 16 wks run out", ("W", "2025-12-22", 16), ["temp16"])
R("manager", "date", "2027-03-01", "Connected person temporary approval started 07/09/26 and the 8 week extension was agreed. What was the final end date?", ("W", "2026-09-07", 24), ["temp16"])
# case recording, summaries, assessments
R("duty", "date", "2026-04-02", "home visit today, case note by?", ("D", "today", 3), ["rec3"])
R("manager", "date", "2025-11-20", "Case audit: phone contact with school on 10/11/25 was written up on 14/11/25. Within the recording timescale?", ("D", "2025-11-10", 3), ["rec3"])
R("newstarter", "date", "2026-06-01", "Hi, the case file summary on my case was last updated on 31 March 2026. When does it next need updating?", ("M", "2026-03-31", 3), ["summ"])
R("manager", "date", "2027-01-15", "Audit: case summary last updated 30/11/26. When does it fall out of date?", ("M", "2026-11-30", 3), ["summ"])
R("typos", "date", "2026-02-20", "last assesment on the kid authorised 3.3.25 when does it need redoing by", ("M", "2025-03-03", 12), ["assess12"])
R("newstarter", "date", "2027-09-06", "Hello, I've just picked up an open CIN case. The last Child and Family Assessment was authorised on 14 September 2026. By when does it need to be updated?", ("M", "2026-09-14", 12), ["assess12"])

# ======================================================================= VISITS rows
R("duty", "visits", "2025-12-19", "cp visit last 19/12/25, next by?", ("W", "2025-12-19", 4), ["cpv"])
R("typos", "visits", "2026-04-01", "last cp vist was 27.3.26 when is the next one due", ("W", "2026-03-27", 4), ["cpv"])
R("indirect", "visits", "2025-07-16", "I last saw the child at home for her child in need visit on 14 July. What's the latest the next one can be?", ("W", "2025-07-14", 6), ["cinv"])
R("scenario", "visits", "2026-11-23", "CIN case: I saw the children at home on 20/11/26. Dad's contact is every other Saturday and the next CIN review is 08/12. When's the next CIN visit due?", ("W", "2026-11-20", 6), ["cinv"])
R("manager", "visits", "2026-07-10", "CIN review meetings: last one 21/05/26, next booked 06/07/26. In timescale?", ("W", "2026-05-21", 6), ["cinrev"])
R("newstarter", "visits", "2026-04-03", "Hi, my child came into care recently and I visited her yesterday, 2 April. Her first LAC review hasn't happened yet. When is the next statutory visit due?", ("W", "2026-04-02", 1), ["lacw"])
R("typos", "visits", "2025-12-23", "lac child, first reveiw done, last statutry visit 22/12/25 when is the next", ("W", "2025-12-22", 6), ["lac6"])
R("scenario", "visits", "2027-03-02", "She's been in her permanent placement since 2024 and it's settled, so we're on 12-weekly visits now. Last visit was yesterday, 01/03/27, and her birthday is the 20th. When's the next visit due?", ("W", "2027-03-01", 12), ["lac12"])
R("indirect", "visits", "2026-08-28", "We last looked at the arrangements for a child in care to see mum and dad on 27 August, and permanence isn't agreed yet. When do they have to be looked at again?", ("W", "2026-08-27", 8), ["ft8"])
R("typos", "visits", "2027-03-26", "adoptive placement, no lac review yet, last visit 25/3/27 - next visit??", ("W", "2027-03-25", 1), ["adoptw"])
R("manager", "visits", "2027-02-05", "Adoptive placement, post-first-review visits: last 18/12/26, next 01/02/27. Compliant?", ("W", "2026-12-18", 6), ["adopt6w"])
R("newstarter", "visits", "2025-11-14", "Hello, I'm a supervising social worker. I visited my foster carers yesterday, 13 November 2025. When is my next visit due at the latest?", ("W", "2025-11-13", 6), ["fcv"])
R("duty", "visits", "2026-05-07", "fc unannounced last 06/05/25, next due?", ("M", "2025-05-06", 12), ["fcun"])
R("indirect", "visits", "2026-03-02", "Our carers had their yearly review on 27/02/26. When's the next one?", ("M", "2026-02-27", 12), ["fcannual"])
R("scenario", "visits", "2027-09-01", "Mr and Mrs Puddleworth (made-up) were last presented to Fostering Panel for their review on 15/10/2024, and there's been no complaint or allegation. When must their annual review next go to panel?", ("M", "2024-10-15", 36), ["fcpanel"])
R("typos", "visits", "2026-10-05", "fc dbs n medicals last done 29/2/24 when do they need updating", ("M", "2024-02-29", 36), ["fcdbs"])
R("manager", "visits", "2026-06-01", "PLO review meetings: last 14/04/26, next booked 01/06/26. Within the 4-6 weeks?", ("W", "2026-04-14", 6), ["plorev"],
  "'Every 4-6 weeks' gives a window from 2026-05-12 (4 weeks) to 2026-05-26 (6 weeks); due is the 6-week limit.")
R("scenario", "visits", "2026-03-09", "On a CP plan since January. I went out on 06/02/26 but mum wasn't in, so I saw the kids at school instead. The last time I saw them at home was 30/01/26. When was the next statutory CP visit due?", ("W", "2026-01-30", 4), ["cpv", "cphome"])
R("newstarter", "visits", "2025-09-02", "Hi, I'm a new worker with a CIN case. The child was seen at home on 1 September 2025. How often does she need to be seen, and when's the next one by?", ("W", "2025-09-01", 6), ["cinv"])
R("duty", "visits", "2027-06-02", "fc core training last done 30/06/25, refresh by?", ("M", "2025-06-30", 36), ["fctrain"])

# ======================================================================= AGE rows
R("newstarter", "age", "2026-01-20", "Hi, when do we need to start a pathway plan for a young person born 14/09/2010?", ("AGE", "2010-09-14", 15, 6), ["path"])
R("typos", "age", "2025-11-10", "yp dob 31/08/10 when does patway plan need starting", ("AGE", "2010-08-31", 15, 6), ["path"])
R("scenario", "age", "2026-01-05", "Little one (made-up name Pip Marrowby) was born 29/02/2020 and has just entered PLO with us; the plan might be adoption. When does she stop being under 6 for the adoption worker allocation?", ("AGE", "2020-02-29", 6), ["adopt6"])
R("duty", "age", "2025-10-20", "icpc soon for lad dob 03/11/13 - when's he 12 (advocate)?", ("AGE", "2013-11-03", 12), ["adv12"])
R("indirect", "age", "2026-11-30", "The girl on the protection plan was born on Christmas Day 2014. From what date do we have to offer her someone independent to help her have her say at conference?", ("AGE", "2014-12-25", 12), ["adv12"])
R("manager", "age", "2027-01-10", "Child DOB 15/01/2021 entered PLO 11/01/27. When does the child turn 6 for the adoption allocation standard?", ("AGE", "2021-01-15", 6), ["adopt6"])
R("newstarter", "age", "2027-03-01", "Hello, my young person's date of birth is 30/10/2011. When should his pathway plan be started?", ("AGE", "2011-10-30", 15, 6), ["path"])
R("scenario", "age", "2027-02-10", "YP DOB 31/12/2011 came into care last year and she's doing her GCSEs next year. LAC review on 15/03/27. When does her pathway plan need to be started?", ("AGE", "2011-12-31", 15, 6), ["path"])

# ======================================================================= CHOICE rows (spec = list of specs)
R("duty", "choice", "2026-03-03", "conf 3/3/26, first meeting due when?", [("D", "2026-03-03", 10, "cg"), ("D", "2026-03-03", 20, "cin20")], ["cg", "cin20"])
R("indirect", "choice", "2025-05-06", "A child moved into foster care today, 06/05/25. When's the meeting due?", [("WD", "2025-05-06", 3, "pm3"), ("WD", "2025-05-06", 20, "lar")], ["pm3", "lar"])
R("typos", "choice", "2026-03-04", "last visit 3/3/26 when is next one due", [("W", "2026-03-03", 4, "cpv"), ("W", "2026-03-03", 6, "cinv")], ["cpv", "cinv"])
R("newstarter", "choice", "2026-10-05", "Hi, I have a conference on Monday 12 October 2026. When does my report need to be sent?", [("WDB", "2026-10-12", 3, "chairrep"), ("DB", "2026-10-12", 3, "famrep")], ["chairrep", "famrep"])
R("scenario", "choice", "2027-06-08", "First PLO meeting was yesterday, 07/06/27. Mum has mentioned her brother might be able to care for the baby. When's the referral due?", [("WD", "2027-06-07", 3, "fgc"), ("WD", "2027-06-07", 3, "via")], ["fgc", "via"])
R("scenario", "choice", "2026-04-01", "Child was placed in foster care yesterday (31/03/26). The carers are asking when they'll get the plan in writing. When is it due?", [("WD", "2026-03-31", 5, "pp5"), ("D", "2026-03-31", 10, "cp10")], ["pp5", "cp10"])
R("duty", "choice", "2025-12-19", "visited fcs today, recording deadline?", [("D", "2025-12-19", 3, "rec3"), ("WD", "2025-12-19", 3, "fcrec")], ["rec3", "fcrec"])
R("indirect", "choice", "2026-03-02", "The reviewing officer raised a challenge about drift in the care plan today, 02/03/26. What's the deadline?", [("WD", "2026-03-02", 5, "irochal"), ("WD", "2026-03-02", 20, "irodisp")], ["irochal", "irodisp"])
R("manager", "choice", "2027-01-12", "C&F assessment opened 11/01/27 - what's the deadline we're measured on?", [("WD", "2027-01-11", 15, "tl15"), ("D", "2027-01-11", 45, "a45")], ["tl15", "a45"])

# ======================================================================= NONE rows
R("duty", "none", "2026-02-03", "icpc 02/02/26, rcpc due by?", None, ["n_nextconf"])
R("newstarter", "none", "2025-10-01", "Hi, how often should I be having supervision with my team leader? My last one was 15 September 2025, so when's the next due?", None, ["n_sup"])
R("typos", "none", "2026-06-15", "when is the 2nd lac review due, first one was 10/6/26", None, ["n_second"])
R("scenario", "none", "2027-04-12", "Adoption is now the plan for a 2yo. The final care planning meeting was 09/04/27 and the IRH is 28/05/27. What's the deadline date for the SHOPBA?", None, ["n_shopba"])
R("indirect", "none", "2026-09-10", "We issued care proceedings on 07/09/26. By when does the court case have to be finished?", None, ["n_swet"])
R("manager", "none", "2025-11-20", "ICPC held 10/11/25 - by when should the conference minutes have gone out to the family?", None, ["n_icpcout"])
R("duty", "none", "2027-01-06", "later life letter for adopted kid placed 04/01/27, due by?", None, ["n_lll"])
R("indirect", "none", "2026-07-14", "A girl on a protection plan went missing overnight and came back on 13/07/26. When does the chat with her about where she went have to happen?", None, ["n_missing"])
R("newstarter", "none", "2025-03-11", "Hello, the strategy discussion was held on 10 March 2025. When does the record of it need to be sent to the professionals who took part?", None, ["n_stratrec"])
R("scenario", "none", "2027-10-04", "A 14yo is on the edge of care after a big row at home on 01/10/27; she's been sofa-surfing at a friend's. By what date must the Family Focus referral be made?", None, ["n_ff"])


# ---------------------------------------------------------------- build + checks
def build():
    src = open(SOURCE, encoding="utf-8").read()
    for k, p in P.items():
        assert p in src, f"phrase {k!r} not verbatim in source: {p!r}"
        assert len(p.split()) >= 6, f"phrase {k!r} shorter than 6 words"
    out = []
    for r in ROWS:
        today = dt.date.fromisoformat(r["today"])
        if r["kind"] == "none":
            due, count = None, "no timescale in the standards for this; due = null"
        elif r["kind"] == "choice":
            parts = []
            for sp in r["spec"]:
                d, s = calc(sp[:3], today)
                parts.append((d, f"[{sp[3]}] {s}"))
            due = min(d for d, _ in parts)
            count = "; ".join(s for _, s in parts) + f" => offer both; due = earlier {due.isoformat()}"
        else:
            due, count = calc(r["spec"], today)
        row = {
            "q": r["q"],
            "today": r["today"],
            "due": due.isoformat() if due else None,
            "expect_any": [P[k] for k in r["phrases"]],
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
    return out


def check():
    src = open(SOURCE, encoding="utf-8").read()
    rows = [json.loads(l) for l in open(OUT, encoding="utf-8")]
    voices = {"duty", "typos", "scenario", "indirect", "newstarter", "manager"}
    kinds = {"date", "visits", "age", "choice", "none"}
    qs = set()
    for i, r in enumerate(rows):
        assert set(r) >= {"q", "today", "due", "expect_any", "count", "voice", "kind"}, i
        assert r["voice"] in voices and r["kind"] in kinds, i
        dt.date.fromisoformat(r["today"])
        assert (r["due"] is None) == (r["kind"] == "none"), i
        if r["due"]:
            dt.date.fromisoformat(r["due"])
        for p in r["expect_any"]:
            assert p in src and len(p.split()) >= 6, (i, p)
        if r["kind"] == "choice":
            assert len(r["expect_any"]) >= 2, i
        assert r["q"] not in qs, ("duplicate q", i)
        qs.add(r["q"])
    kc = Counter(r["kind"] for r in rows)
    vc = Counter(r["voice"] for r in rows)
    yc = Counter(r["today"][:4] for r in rows)
    print("rows", len(rows))
    print("kinds", dict(kc))
    print("voices", dict(vc))
    print("today years", dict(yc))
    print("ambiguous", sum(1 for r in rows if "ambiguous" in r))
    assert len(rows) >= 160


if __name__ == "__main__":
    build()
    check()
