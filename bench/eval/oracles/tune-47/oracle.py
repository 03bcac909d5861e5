#!/usr/bin/env python3
"""Oracle for the frozen deadline question set (standard library only).

Each row below is a structured description: voice, kind, today, question text,
a list of rules (op, start, n) and the verbatim phrases from the standards.
This script computes `due` and `count` for every row, checks everything, and
writes questions.jsonl next to itself.

Ops:
  wd   N working days after start (Nth working day strictly after start)
  wdb  N working days before start (Nth working day strictly before)
  d    N calendar days after;   db  N calendar days before
  w    N weeks after (7N days); m   N months after (same day, clipped to month end)
  same the same day
  age  (years, months) after date of birth (29 Feb -> 1 Mar in non-leap years)
"""
import datetime as dt
import json
import os
import re
import sys

D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"

# England and Wales bank holidays 2024-2028, typed by hand (substitute days included).
BANK_HOLIDAYS = {
    D(2024, 1, 1): "New Year's Day", D(2024, 3, 29): "Good Friday", D(2024, 4, 1): "Easter Monday",
    D(2024, 5, 6): "Early May", D(2024, 5, 27): "Spring", D(2024, 8, 26): "Summer",
    D(2024, 12, 25): "Christmas Day", D(2024, 12, 26): "Boxing Day",
    D(2025, 1, 1): "New Year's Day", D(2025, 4, 18): "Good Friday", D(2025, 4, 21): "Easter Monday",
    D(2025, 5, 5): "Early May", D(2025, 5, 26): "Spring", D(2025, 8, 25): "Summer",
    D(2025, 12, 25): "Christmas Day", D(2025, 12, 26): "Boxing Day",
    D(2026, 1, 1): "New Year's Day", D(2026, 4, 3): "Good Friday", D(2026, 4, 6): "Easter Monday",
    D(2026, 5, 4): "Early May", D(2026, 5, 25): "Spring", D(2026, 8, 31): "Summer",
    D(2026, 12, 25): "Christmas Day", D(2026, 12, 28): "Boxing Day (substitute)",
    D(2027, 1, 1): "New Year's Day", D(2027, 3, 26): "Good Friday", D(2027, 3, 29): "Easter Monday",
    D(2027, 5, 3): "Early May", D(2027, 5, 31): "Spring", D(2027, 8, 30): "Summer",
    D(2027, 12, 27): "Christmas Day (substitute)", D(2027, 12, 28): "Boxing Day (substitute)",
    D(2028, 1, 3): "New Year's Day (substitute)", D(2028, 4, 14): "Good Friday", D(2028, 4, 17): "Easter Monday",
    D(2028, 5, 1): "Early May", D(2028, 5, 29): "Spring", D(2028, 8, 28): "Summer",
    D(2028, 12, 25): "Christmas Day", D(2028, 12, 26): "Boxing Day",
}


def _self_check_holidays():
    """Cross-check the typed list against rules (Easter computus, Monday rules, substitutes)."""
    def easter(y):
        a, b, c = y % 19, y // 100, y % 100
        d, e = b // 4, b % 4
        f = (b + 8) // 25
        g = (b - f + 1) // 3
        h = (19 * a + b - d - g + 15) % 30
        i, k = c // 4, c % 4
        l = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * l) // 451
        month = (h + l - 7 * m + 114) // 31
        day = ((h + l - 7 * m + 114) % 31) + 1
        return D(y, month, day)
    expect = set()
    for y in range(2024, 2029):
        nyd = D(y, 1, 1)
        while nyd.weekday() >= 5:
            nyd += dt.timedelta(1)
        expect.add(nyd)
        e = easter(y)
        expect |= {e - dt.timedelta(2), e + dt.timedelta(1)}
        first_may = D(y, 5, 1)
        while first_may.weekday() != 0:
            first_may += dt.timedelta(1)
        expect.add(first_may)
        for mo in (5, 8):
            last = D(y, mo, 31)
            while last.weekday() != 0:
                last -= dt.timedelta(1)
            expect.add(last)
        xmas, box = D(y, 12, 25), D(y, 12, 26)
        taken = set()
        for day in (xmas, box):
            s = day
            while s.weekday() >= 5 or s in taken:
                s += dt.timedelta(1)
            taken.add(s)
        expect |= taken
    assert expect == set(BANK_HOLIDAYS), sorted(expect ^ set(BANK_HOLIDAYS))


def is_wd(x):
    return x.weekday() < 5 and x not in BANK_HOLIDAYS


def fmt(x):
    return f"{x.isoformat()} ({x.strftime('%a')})"


def add_months(x, n):
    y, m = divmod(x.month - 1 + n, 12)
    y += x.year
    m += 1
    last = (D(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(1)).day
    return D(y, m, min(x.day, last)), x.day > last


def apply(op, start, n):
    s = D.fromisoformat(start)
    if op in ("wd", "wdb"):
        step = 1 if op == "wd" else -1
        cur, k, skipped = s, 0, []
        while k < n:
            cur += dt.timedelta(step)
            if is_wd(cur):
                k += 1
            elif cur in BANK_HOLIDAYS:
                skipped.append(cur.isoformat())
        word = "after" if op == "wd" else "before"
        c = f"{n} working day{'s' if n != 1 else ''} {word} {fmt(s)} -> {fmt(cur)}"
        if skipped:
            c += "; skips bank holiday" + ("s " if len(skipped) > 1 else " ") + ", ".join(skipped)
        if not is_wd(s) and op == "wd":
            c += f"; start day is not a working day, counted from it"
        return cur, c
    if op == "d":
        r = s + dt.timedelta(n)
        return r, f"{n} calendar days after {fmt(s)} -> {fmt(r)}"
    if op == "db":
        r = s - dt.timedelta(n)
        return r, f"{n} calendar days before {fmt(s)} -> {fmt(r)}"
    if op == "w":
        r = s + dt.timedelta(7 * n)
        return r, f"{n} week{'s' if n != 1 else ''} ({7 * n} days) after {fmt(s)} -> {fmt(r)}"
    if op == "m":
        r, clipped = add_months(s, n)
        c = f"{n} months after {fmt(s)} -> {fmt(r)}"
        if clipped:
            c += f" (no day {s.day} in that month, so last day of month)"
        return r, c
    if op == "same":
        return s, f"same day as {fmt(s)}"
    if op == "age":
        yrs, mos = n
        total = yrs * 12 + mos
        y, m = divmod(s.month - 1 + total, 12)
        y += s.year
        m += 1
        label = f"{yrs} years" + (f" {mos} months" if mos else "")
        try:
            r = D(y, m, s.day)
            c = f"born {s.isoformat()}; reaches {label} on {fmt(r)}"
        except ValueError:
            if s.month == 2 and s.day == 29 and m == 2:
                r = D(y, 3, 1)
                c = (f"born {s.isoformat()} (29 Feb); {y} is not a leap year so the {label} "
                     f"date is taken as 1 March -> {fmt(r)}")
            else:
                r, _ = add_months(s, total)
                c = (f"born {s.isoformat()}; {label} later has no day {s.day}, "
                     f"last day of month used -> {fmt(r)}")
        return r, c
    raise ValueError(op)


# ---------------------------------------------------------------- phrases
P = {
    "front": "decisions made by what action are required by a Team Leader within 1 working day",
    "initial": "Initial decisions will be made about the action required within 1 working day",
    "referral": "Referrals will be actioned by a social worker within 1 working day",
    "s47same": "will be seen by the Social Worker the same day",
    "s47disc": "Within 5 days of the Section 47 being initiated",
    "alloc": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
    "tlrev": "All assessments will be reviewed by the Team Leader within 15 working days",
    "45": "Assessments must all be completed within 45 days",
    "strat": "this must happen within 1 working day and should be chaired by a social work manager",
    "strat24": "A strategy discussion within 24 hours involving all relevant agencies",
    "notice": "giving at least 5 days’ notice",
    "jointvisit": "Within the 5 days’ notice period",
    "icpc": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
    "icpcfam": "The report will be shared with family at least 3 the days prior to conference",
    "icpcchair": "The report will be sent to the child protection chair 3 working days before the conference",
    "advocate": "if they are 12 or over they should be offered an advocate",
    "cg": "held within 10 days of the conference",
    "cpvisit": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
    "cpathome": "A statutory CP visit must not be recorded on the child’s file unless the child was seen at home",
    "rcpcpar": "This report must be shared with parents at least 3 days prior to the review conference",
    "rcpcchair": "The report will be available to the conference chair at least 3 days prior to the review conference",
    "12m": "when they have been subject to a plan for 12 months",
    "plo1": "should take place within 10 days of the date on the PLO letter",
    "fgc": "Referral should be made within 3 working days of the first PLO meeting",
    "viab": "Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
    "mins": "distributed to parents and their legal representation within 7 days of the meeting",
    "plorev": "Review PLO meetings with parents to be held every 4-6 weeks",
    "12wk": "A review legal planning meeting will be held at 12 weeks",
    "ext4": "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
    "16wk": "a Legal Gateway meeting will be convened at 16 weeks",
    "cin20": "will set the first CIN meeting within 20 days",
    "cin10": "the initial CIN meeting must take place within 10 days",
    "cinrev": "CIN review meetings will be held at least every 6 weeks",
    "cinvisit": "A child subject to a CIN plan will be seen at least every 6 weeks",
    "cinhome": "The visit can only be recorded as a CIN visit on the child’s case file if they have been seen at home",
    "emerg": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
    "visit1": "The child will be visited within 1 working day of coming into care or having a change in placement",
    "seen1": "All looked after children will be seen within 1 working day of placement",
    "pm": "The placement meeting will be held within 3 working days",
    "pp5": "an updated copy given to the carers within 5 working days of the placement beginning",
    "ft": "reviewed at least every 8 week until the plan for permanence is agreed",
    "pack": "The child will be provided with a coming into care pack, children rights leaflet within 3 weeks",
    "legal": "will be informed of the child’s legal status within 5 working days",
    "iha": "An initial health assessment will be requested and carried out within 20 working days",
    "pep": "A PEP meeting will be arranged within the school within 20 days",
    "lacweekly": "Statutory looked after visits must happen weekly until the first looked after review",
    "lac6": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
    "lac12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
    "careplan": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
    "lacrev": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
    "pathway": "A pathway plan will be started when the young person is 15 years 6 months",
    "iroreport": "this will be with the IRO 3 days before the review",
    "iro5": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
    "iro20": "The formal dispute resolution process should be completed from start to finish within 20 working days",
    "under6": "If a child under the age of 6 enters PLO or proceedings",
    "adoptweekly": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
    "adopt6": "visits will be a minimum of 6 weekly until the Adoption Order is Granted",
    "adopt10": "Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
    "fcvisit": "Trafford foster carers are visited at least once every six weeks",
    "fcrec": "a record of this visit is recorded on LCS within 3 working days",
    "fcunann": "will have an unannounced visit at least once every 12 months",
    "fcannual": "will have an annual review including an updated Safer Caring Policy",
    "fcpanel": "Every foster carer will have an annual review presented to the Fostering Panel at least every three years",
    "fcdbs": "will have updated statutory references, medicals and DBS checks at least every three years",
    "fctrain": "All Trafford foster carers must update their core training at least every three years",
    "variation": "This can only be given for up to 6 working days",
    "temp": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
    "rec3": "any event or contact is recorded within 3 days",
    "summary": "A clear and concise case file summary which has been updated within the last 3 months",
    "assess12": "An up to date assessment (within the last 12 months) on each child",
    # for `none` rows: the nearest text, which sets no timescale
    "nextconf": "The child protection chair will set the date of the next conference",
    "newlac": "a new LAC review will be set in accordance with the timescales",
    "secondrev": "At the point of the second review (if not in proceedings)",
    "supervision": "monitored through supervision which takes place in line with the supervision policy",
    "everycg": "are reviewed at every core group and progress recorded",
    "annexa": "The Social Worker will complete the Annex A suitability report for Court",
    "lifestory": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
    "shopba": "This needs to take place after the area teams final care planning meeting",
    "fgcplan": "Consideration of a family group conference will be part of the assessment and planning",
    "support": "a Support Meeting will be held and chaired by the Team Leader",
}

ROWS = []


def R(voice, kind, today, q, ops, phrases, amb=None):
    ROWS.append(dict(voice=voice, kind=kind, today=today, q=q, ops=ops, phrases=phrases, amb=amb))


AMB45 = ("The standards say '45 days'; a reader following statutory guidance might count 45 working days, "
         "and the start event (referral vs. start of assessment) could be read differently.")
AMBPLO = ("The standards do not say what the 12/16 weeks run from; counted here from the start of PLO as given "
          "in the question, but a reader might count from the PLO letter or the first PLO meeting.")

# ================================================================ FRONT DOOR
R("indirect", "date", "2026-04-02", "A school rang the front door today (Thursday) with worries about a year 3 pupil. By when does a team leader have to decide what we're doing with it?", [("wd", "2026-04-02", 1)], ["front"])
R("typos", "date", "2027-05-28", "refferal came in fri 28/5 when does it need actioning by a sw", [("wd", "2027-05-28", 1)], ["referral"])
R("manager", "date", "2026-09-02", "Referral received Fri 28/08/26, actioned by SW Tue 01/09/26. In timescale?", [("wd", "2026-08-28", 1)], ["referral"])
R("newstarter", "date", "2025-04-17", "Hi, sorry if this is a silly question - a Level 4 child in need referral came in this morning (Thursday 17th April). When does the team leader's initial decision about what action to take need to be made by?", [("wd", "2025-04-17", 1)], ["initial"])
R("indirect", "date", "2026-12-31", "a health visitor phoned in worries about a baby this afternoon, when does the first call on what we do about it have to be made by a manager?", [("wd", "2026-12-31", 1)], ["front", "initial"])

# ================================================================ S47 / ASSESSMENT
R("duty", "date", "2026-01-05", "s47 initiated 2/1, when's the progress chat with TL due?", [("d", "2026-01-02", 5)], ["s47disc"])
R("indirect", "date", "2025-12-27", "We started the child protection enquiry on Christmas Eve. When should I have sat down with my manager to go over how it's going and agree next steps?", [("d", "2025-12-24", 5)], ["s47disc"])
R("scenario", "date", "2026-04-04", "Mum's partner was arrested this morning and the referral has come through as a section 47. The younger sibling's birthday is 10/04 and there's a school review on 08/04. What's the latest date I can see the child?", [("same", "2026-04-04", 0)], ["s47same"])
R("typos", "date", "2026-12-24", "s47 agreed this morning do i have to see the kid today or is tommorow ok", [("same", "2026-12-24", 0)], ["s47same"])
R("manager", "date", "2027-05-10", "C&F assessment case received 30/04/27, allocated on LCS 06/05/27. Within timescale?", [("wd", "2027-04-30", 3)], ["alloc"])
R("typos", "date", "2025-12-09", "assesment started 8.12.25 when does TL need to review it", [("wd", "2025-12-08", 15)], ["tlrev"])
R("indirect", "date", "2026-03-18", "I opened the family assessment on 16 March 2026. By when does my team leader need to have looked over it?", [("wd", "2026-03-16", 15)], ["tlrev"])
R("scenario", "date", "2027-04-21", "I'm doing an assessment on a 4 year old (dob 02/05/2022) after a referral from nursery. The assessment started on 20/04/27 and there's a CIN meeting pencilled for 14/05. When does my TL have to review the assessment?", [("wd", "2027-04-20", 15)], ["tlrev"])
R("duty", "date", "2025-11-20", "C&F started 17/11/25, 45 day date?", [("d", "2025-11-17", 45)], ["45"], AMB45)
R("newstarter", "date", "2026-08-04", "Could you tell me when a child and family assessment has to be finished by? I started mine on Monday 3 August 2026.", [("d", "2026-08-03", 45)], ["45"], AMB45)
R("indirect", "date", "2027-01-08", "how long do we get to finish the whole write-up on a family's needs - we started ours 6th Jan", [("d", "2027-01-06", 45)], ["45"])
R("manager", "date", "2025-05-01", "Assessment commenced 10/03/2025, authorised as complete 28/04/2025. Was it within the 45 days?", [("d", "2025-03-10", 45)], ["45"])
R("newstarter", "date", "2026-08-24", "Hello, my team leader made the decision today (Monday 24 August) that a strategy discussion is needed. What's the deadline for it to take place?", [("wd", "2026-08-24", 1)], ["strat", "strat24"])
R("scenario", "date", "2025-12-18", "CFR have finished the C&F on a 9 year old and it's stepping down to CIN with the Neighbourhood Team. We emailed the Neighbourhood Team today, 18/12/2025. The child's dob is 19/12/2016. What's the earliest the case can actually transfer?", [("d", "2025-12-18", 5)], ["notice"])
R("indirect", "date", "2026-03-30", "we're passing a family over to the neighbourhood team, the email went today (mon 30/3) - by when do we need to do the joint intro visit at home with the new worker?", [("d", "2026-03-30", 5)], ["jointvisit"])

# ================================================================ ICPC
R("duty", "date", "2025-12-19", "strat 19/12/25, when's the ICPC?", [("wd", "2025-12-19", 15)], ["icpc"])
R("typos", "date", "2026-04-07", "strat was 3rd april, when is the icpc due", [("wd", "2026-04-03", 15)], ["icpc"])
R("indirect", "date", "2027-05-12", "We had the first multi-agency discussion about the safeguarding worries today, 12 May. When does the meeting where everyone decides whether there needs to be a protection plan have to happen by?", [("wd", "2027-05-12", 15)], ["icpc"])
R("manager", "date", "2026-01-26", "ICPC was held 20/01, strat 02/01, was that in timescale?", [("wd", "2026-01-02", 15)], ["icpc"])
R("scenario", "date", "2026-08-24", "Police raised concerns on 10/08/2026 and we held the initial strategy discussion on 14/08/2026, then a second strat on 21/08 once the medical was back. Child is 7. When's the latest date for the ICPC?", [("wd", "2026-08-14", 15)], ["icpc"])
R("newstarter", "date", "2026-12-22", "Sorry, quick one — what's the deadline for holding an Initial Child Protection Conference if the strategy discussion was today, Tuesday 22 December?", [("wd", "2026-12-22", 15)], ["icpc"])
R("indirect", "date", "2025-05-23", "police, school and us all met yesterday to plan the enquiries into the bruising. when's the latest the big conference with the family can be?", [("wd", "2025-05-22", 15)], ["icpc"])
R("indirect", "date", "2027-12-20", "The police and health meeting to plan our enquiries was on Friday 17 December. When does the family's first conference have to be convened by?", [("wd", "2027-12-17", 15)], ["icpc"])
R("duty", "date", "2026-01-02", "ICPC 5/1/26 - report to family by?", [("db", "2026-01-05", 3)], ["icpcfam"])
R("indirect", "date", "2026-05-26", "When do the parents need to have my write-up if the first protection conference is on Tuesday 2 June?", [("db", "2026-06-02", 3)], ["icpcfam"])
R("typos", "date", "2026-12-21", "icpc is on 4.1.27 when do i need to get the report to the chair", [("wdb", "2027-01-04", 3)], ["icpcchair"])
R("manager", "date", "2026-04-09", "ICPC on 07/04/2026. Report went to chair 01/04/2026. Compliant?", [("wdb", "2026-04-07", 3)], ["icpcchair"])
R("newstarter", "date", "2027-05-17", "Please could you tell me by what date the conference chair needs my report? The initial conference is Friday 28 May 2027.", [("wdb", "2027-05-28", 3)], ["icpcchair"])
R("indirect", "date", "2025-08-20", "The first conference is on Thursday 28 August. By when has the person chairing it got to have my report, signed off by my TL?", [("wdb", "2025-08-28", 3)], ["icpcchair"])

# ================================================================ CP PLAN
R("scenario", "date", "2025-08-19", "Conference was held on 18/08/2025 for two siblings aged 3 and 6; the older one's birthday is 20/08. The chair also set the review conference for November. When do we need the first core group?", [("d", "2025-08-18", 10)], ["cg"])
R("manager", "date", "2026-12-16", "ICPC 02/12/2026, first core group 14/12/2026. Within timescale?", [("d", "2026-12-02", 10)], ["cg"])
R("indirect", "visits", "2025-12-23", "I last saw the little one on the protection plan at home yesterday (22 December). What's the latest date I can do the next statutory visit?", [("w", "2025-12-22", 4)], ["cpvisit"])
R("typos", "visits", "2025-04-22", "last cp visit was 17th april when is next one due", [("w", "2025-04-17", 4)], ["cpvisit"])
R("scenario", "visits", "2026-11-09", "Child on CP plan under neglect. I visited on 02/11/2026 but he was at his nan's so I didn't see him at home; I then saw him at home on 05/11/2026. His dad's court date is 20/11. When's the next CP visit due?", [("w", "2026-11-05", 4)], ["cpvisit", "cpathome"])
R("manager", "visits", "2027-02-10", "CP visits on file: 06/01/27 and 05/02/27. Was the second within timescale?", [("w", "2027-01-06", 4)], ["cpvisit"])
R("indirect", "visits", "2027-08-27", "how long can I leave it between home visits to a kid on a protection plan - last one was 2/8", [("w", "2027-08-02", 4)], ["cpvisit"])
R("indirect", "date", "2026-04-27", "The meeting to review the protection plan is Monday 4 May. When do mum and dad need to see my update?", [("db", "2026-05-04", 3)], ["rcpcpar"])
R("duty", "date", "2025-12-22", "RCPC 29/12/25 - plan update to chair by?", [("db", "2025-12-29", 3)], ["rcpcchair"])
R("newstarter", "date", "2027-03-30", "For a review child protection conference on 6th April 2027, when should the report be available to the chair?", [("db", "2027-04-06", 3)], ["rcpcchair"])
R("manager", "date", "2026-09-01", "RCPC 31/08/26; report shared with parents 28/08/26. In timescale?", [("db", "2026-08-31", 3)], ["rcpcpar"])
R("indirect", "date", "2025-11-03", "A child has been on a protection plan since 15 January 2025 with not much progress. When do we need to hold the meeting where the professionals think about working with the family differently?", [("m", "2025-01-15", 12)], ["12m"])
R("scenario", "date", "2026-05-11", "The ICPC was on 30/06/2025 and the first core group on 08/07/2025. Progress is stuck and the RCPC is on 15/06/2026. On what date will she have been on the plan for 12 months, for the professional thinking time meeting?", [("m", "2025-06-30", 12)], ["12m"])

# ================================================================ PLO
R("indirect", "date", "2026-03-31", "The letter that starts pre-proceedings went out dated 30 March. When do we need to have sat down with the parents and their solicitor?", [("d", "2026-03-30", 10)], ["plo1"])
R("typos", "date", "2027-05-24", "plo leter dated 22.5.27 when do we need the 1st meeting", [("d", "2027-05-22", 10)], ["plo1"])
R("scenario", "date", "2026-02-06", "Legal Gateway agreed PLO on 02/02/2026 and the letter was dated 05/02/2026, posted today. Dad hasn't instructed a solicitor yet. When should the first meeting be by?", [("d", "2026-02-05", 10)], ["plo1"], "Counted from the date on the letter as the standard says; a reader might wrongly count from the Legal Gateway or the posting date.")
R("manager", "date", "2026-08-24", "PLO letter dated 10/08/2026, initial meeting held 21/08/2026. Within timescale?", [("d", "2026-08-10", 10)], ["plo1"])
R("indirect", "date", "2025-12-24", "Parents agreed to a family group conference at our first pre-proceedings meeting today, 24 December. When does the referral have to go in?", [("wd", "2025-12-24", 3)], ["fgc"])
R("newstarter", "date", "2027-05-27", "Hi — the first PLO meeting was today (Thursday 27 May) and mum agreed to a Family Group Conference. When does the FGC referral need to be made?", [("wd", "2027-05-27", 3)], ["fgc"])
R("indirect", "date", "2026-08-21", "Nan and an aunt came forward as possible carers at the first pre-proceedings meeting today (Friday 21 August). By when do I need to send the request to screen them to the placements team?", [("wd", "2026-08-21", 3)], ["viab"])
R("scenario", "date", "2025-04-29", "At the initial PLO meeting this morning mum named her sister as a possible carer. The FGC is booked for 20/05/2025 and the baby's due date is 12/05. When do I need to send the viability screening request to Family Placement?", [("wd", "2025-04-29", 3)], ["viab"], "The standard also allows 'immediately following Family Group Conference', so a reader might tie it to the FGC date instead.")
R("manager", "date", "2027-01-04", "Initial PLO meeting 22/12/2026, viability screening request sent 30/12/2026. On time?", [("wd", "2026-12-22", 3)], ["viab"])
R("duty", "date", "2027-03-26", "plo mtg 26/3/27 minutes out by?", [("d", "2027-03-26", 7)], ["mins"])
R("indirect", "date", "2025-12-22", "We had the meeting with parents and their solicitor about what we expect of them on 19 December. When do the written notes of what was agreed need to go out to them?", [("d", "2025-12-19", 7)], ["mins"])
R("typos", "date", "2026-05-05", "minuts from plo meeting on friday 1/5 when do they have to go to parents", [("d", "2026-05-01", 7)], ["mins"])
R("duty", "visits", "2026-01-08", "last PLO review 07/01/26, next by?", [("w", "2026-01-07", 6)], ["plorev"], "The standard gives a 4-6 week window; due is the latest (6 weeks); 4 weeks would give 2026-02-04.")
R("indirect", "visits", "2025-04-15", "At the latest, how soon after the last check-in meeting with parents in pre-proceedings (held 14 April) does the next one need to be?", [("w", "2025-04-14", 6)], ["plorev"], "The standard gives a 4-6 week window; due is the latest (6 weeks).")
R("indirect", "date", "2026-01-13", "Pre-proceedings started for our family on 12/01/2026. When is the review meeting with the solicitor from legal due?", [("w", "2026-01-12", 12)], ["12wk"], AMBPLO)
R("duty", "date", "2025-06-02", "PLO started 2/6/25, 12wk legal planning mtg?", [("w", "2025-06-02", 12)], ["12wk"], AMBPLO)
R("newstarter", "date", "2026-12-01", "If a case is still in PLO, when should the Legal Gateway meeting with the Strategic Lead be? The PLO started on 7 September 2026.", [("w", "2026-09-07", 16)], ["16wk"], AMBPLO)
R("manager", "date", "2027-05-04", "PLO commenced 04/01/2027; still in PLO. Legal Gateway held 30/04/2027. Was it at 16 weeks?", [("w", "2027-01-04", 16)], ["16wk"], AMBPLO)
R("scenario", "date", "2026-12-15", "At the 12 week review legal planning meeting yesterday (14/12/2026) threshold was still met but legal agreed an exceptional extension in PLO. Mum's baby is due 02/01/2027. When does the extra period end?", [("w", "2026-12-14", 4)], ["ext4"])

# ================================================================ CIN
R("indirect", "date", "2025-12-10", "The kids came off their protection plan at the review conference today and are stepping down to child in need. When does the first CIN meeting have to be by?", [("d", "2025-12-10", 20)], ["cin20"])
R("typos", "date", "2025-12-29", "case transfered from cfr on 24/12 when is the first cin meeting due", [("d", "2025-12-24", 10)], ["cin10"])
R("indirect", "date", "2026-04-01", "We've just taken over a family from the front door team — it came across yesterday, Tuesday 31 March. When's the first meeting with the family and professionals under the support plan due?", [("d", "2026-03-31", 10)], ["cin10"])
R("scenario", "date", "2026-05-26", "CFR completed their assessment on 15/05/2026 and the case transferred to us in the Neighbourhood Team on 22/05/2026. The child's dob is 22/05/2019. When should the initial CIN meeting be held?", [("d", "2026-05-22", 10)], ["cin10"])
R("indirect", "visits", "2026-04-09", "When's the next get-together of everyone on the child in need plan due, if the last one was yesterday (8 April)?", [("w", "2026-04-08", 6)], ["cinrev"])
R("typos", "visits", "2025-12-16", "cin visit - last seen 15/12 at home when do i need to see him next", [("w", "2025-12-15", 6)], ["cinvisit"])
R("scenario", "visits", "2027-03-11", "I saw the girl on a CIN plan at school yesterday (10/03/2027) and at home on 02/03/2027. Mum has a hospital appointment on 05/04. When's my next CIN visit due?", [("w", "2027-03-02", 6)], ["cinvisit", "cinhome"])
R("newstarter", "visits", "2026-07-23", "How often do I need to see a child on a Child in Need plan? My last home visit was Wednesday 22 July 2026 — when's the next one due?", [("w", "2026-07-22", 6)], ["cinvisit"])

# ================================================================ CHILDREN IN CARE
R("indirect", "date", "2025-12-19", "A child came into care in an emergency late last night (18 December) without a current assessment of her needs. By when must it be done?", [("wd", "2025-12-18", 20)], ["emerg"])
R("duty", "date", "2026-03-31", "unplanned admission 30/3/26, assessment due?", [("wd", "2026-03-30", 20)], ["emerg"])
R("indirect", "date", "2026-04-02", "A lad moved to new carers today (Thursday 2 April). What's the latest I can go and see him there?", [("wd", "2026-04-02", 1)], ["visit1", "seen1"])
R("newstarter", "date", "2026-08-29", "A child in care was moved to a new placement today, Saturday 29 August. When do I need to visit by?", [("wd", "2026-08-29", 1)], ["visit1", "seen1"], "Placement on a Saturday before a bank holiday; counted per convention to the next working day (Tue 1 Sept), though some might expect a visit over the weekend.")
R("scenario", "date", "2027-01-01", "Baby came into care today (New Year's Day) after police protection; mum's birthday is 03/01 and the ICO hearing is listed 06/01. When do we have to have seen the baby in placement by?", [("wd", "2027-01-01", 1)], ["seen1", "visit1"])
R("indirect", "date", "2026-05-01", "After a child moves in with carers, how long have we got to hold the meeting to agree delegated authority? She moved in today, Friday 1 May.", [("wd", "2026-05-01", 3)], ["pm"])
R("indirect", "date", "2025-12-24", "When do the carers need the updated copy of the written plan for the placement, if the placement started today (24 December)?", [("wd", "2025-12-24", 5)], ["pp5"])
R("scenario", "date", "2027-03-31", "Sibling group of two placed with carers on 26/03/2027 (dob of eldest 11/11/2016). Placement meeting was held today. When must the carers have the updated placement plan?", [("wd", "2027-03-26", 5)], ["pp5"])
R("indirect", "visits", "2025-12-04", "We last reviewed the arrangements for the child in care seeing mum and dad on 3 December 2025, and there's no permanence plan yet. When must they be looked at again?", [("w", "2025-12-03", 8)], ["ft"])
R("duty", "visits", "2026-03-30", "family time last reviewed 27/3/26, next by?", [("w", "2026-03-27", 8)], ["ft"])
R("indirect", "date", "2025-12-15", "A 10 year old came into our care on 12 December. When does she need the welcome pack and the leaflet about her rights?", [("d", "2025-12-12", 21)], ["pack"])
R("typos", "date", "2026-04-09", "came into care 8.4.26 when does the care pack have to be given", [("w", "2026-04-08", 3)], ["pack"])
R("indirect", "date", "2026-12-21", "Everyone else working with a child needs to know she's now in care. She became looked after today (Monday 21 December). By when do they need to be told?", [("wd", "2026-12-21", 5)], ["legal"])
R("manager", "date", "2025-05-12", "CLA from 28/04/2025; professionals informed of legal status 06/05/2025. Within timescale?", [("wd", "2025-04-28", 5)], ["legal"])
R("indirect", "date", "2026-07-31", "When does the first medical check for a child who came into care yesterday (30 July) need to be done by?", [("wd", "2026-07-30", 20)], ["iha"])
R("newstarter", "date", "2027-03-16", "Hello, a child on my caseload became looked after on 15 March 2027. When should their Initial Health Assessment be carried out by?", [("wd", "2027-03-15", 20)], ["iha"])
R("indirect", "date", "2026-12-14", "When does the meeting at school about a looked-after pupil's education plan need to happen by, if he came into care on Friday 11 December?", [("d", "2026-12-11", 20)], ["pep"])
R("typos", "date", "2025-04-08", "pep meeting due when? placed 7/4", [("d", "2025-04-07", 20)], ["pep"])
R("duty", "date", "2025-12-23", "care plan on LCS due? placed 22/12/25", [("d", "2025-12-22", 10)], ["careplan"])
R("indirect", "date", "2025-08-26", "How long after a placement starts has the written plan for the child's care got to be on the system? Placement was yesterday, 25 August.", [("d", "2025-08-25", 10)], ["careplan"])
R("scenario", "date", "2027-05-31", "Child was accommodated under s20 on 28/05/2027 and placed with foster carers the same evening. The placement meeting is 02/06. When must the care plan be recorded on LCS?", [("d", "2027-05-28", 10)], ["careplan"])
R("indirect", "date", "2026-03-23", "The first statutory review for a child who came into care last Friday (20 March) needs to be by when?", [("wd", "2026-03-20", 20)], ["lacrev"])
R("manager", "date", "2025-05-06", "Child became looked after 01/04/2025; initial review held 30/04/2025. In timescale?", [("wd", "2025-04-01", 20)], ["lacrev"])
R("scenario", "date", "2026-11-26", "Baby born 03/11/2026 was placed in foster care straight from hospital on 24/11/2026 under an ICO. The placement meeting was today. When is the initial Looked After Review due?", [("wd", "2026-11-24", 20)], ["lacrev"])
R("newstarter", "date", "2027-01-12", "Could you tell me when the first Looked After Review should be held? The young person became looked after on Monday 11 January 2027.", [("wd", "2027-01-11", 20)], ["lacrev"])
R("indirect", "visits", "2025-12-23", "A girl came into care a couple of weeks ago and I last saw her in placement today (Tuesday 23 December); her first review isn't until January. When's my next statutory visit?", [("w", "2025-12-23", 1)], ["lacweekly"])
R("scenario", "visits", "2026-08-17", "Boy in care since 2024, plan for permanence not finalised yet. His first LAC review was ages ago. Last statutory visit 14/08/2026, his birthday 20/08. Next visit by?", [("w", "2026-08-14", 6)], ["lac6"])
R("duty", "visits", "2025-12-22", "CLA in perm placement 2yrs, 12 weekly visits agreed, last 19/12/25, next?", [("w", "2025-12-19", 12)], ["lac12"])
R("indirect", "date", "2026-12-29", "The review for a child in care is on 4 January. When does my written report need to be with the independent reviewing officer?", [("db", "2027-01-04", 3)], ["iroreport"])
R("manager", "date", "2025-06-03", "CLA review 02/06/2025, report received by IRO 31/05/2025. Compliant?", [("db", "2025-06-02", 3)], ["iroreport"])

# ================================================================ IRO
R("indirect", "date", "2025-12-22", "The reviewing officer raised an informal concern about drift today (Monday 22 December). If it's not sorted, when does it become formal?", [("wd", "2025-12-22", 5)], ["iro5"])
R("typos", "date", "2026-03-31", "iro informal challenge raised 30/3/26, when does it go to formal dispute", [("wd", "2026-03-30", 5)], ["iro5"])
R("duty", "date", "2026-04-28", "IRO formal dispute started 27/04/26, resolution by?", [("wd", "2026-04-27", 20)], ["iro20"])
R("indirect", "date", "2026-12-16", "The formal disagreement process with the IRO kicked off yesterday, 15 December. By when should the whole thing be finished?", [("wd", "2026-12-15", 20)], ["iro20"])
R("manager", "date", "2025-04-07", "IRO formal dispute opened 03/03/2025, closed 02/04/2025. Within timescale?", [("wd", "2025-03-03", 20)], ["iro20"])

# ================================================================ ADOPTION
R("indirect", "date", "2025-12-18", "Our little one moved in with her new forever family yesterday (17 December). When's the earliest they can ask the court to make it permanent?", [("w", "2025-12-17", 10)], ["adopt10"])
R("scenario", "date", "2026-04-20", "Placement order made 10/02/2026 and the child was placed with adopters on 13/04/2026 after introductions starting 06/04. When can the adopters apply for the Adoption Order?", [("w", "2026-04-13", 10)], ["adopt10"])
R("newstarter", "date", "2027-09-01", "When are adopters able to apply for an Adoption Order? The children were placed with them on 28 August 2027.", [("w", "2027-08-28", 10)], ["adopt10"])
R("newstarter", "visits", "2027-05-06", "The child I'm working with is placed with adopters and has had their first Looked After Review. My last visit was on 5 May 2027. When's the next visit due?", [("w", "2027-05-05", 6)], ["adopt6"])
R("typos", "visits", "2026-12-29", "baby placed with adopters, no LAC review yet, last visit 24/12 when is next one", [("w", "2026-12-24", 1)], ["adoptweekly"])

# ================================================================ FOSTERING
R("indirect", "visits", "2026-04-07", "When's the next supervising visit to one of our foster families due if the last was on Monday 6 April (bank hol, they asked for it)?", [("w", "2026-04-06", 6)], ["fcvisit"])
R("indirect", "date", "2026-12-24", "I visited one of our foster carers today, Thursday 24 December. By when does the write-up have to be on the system?", [("wd", "2026-12-24", 3)], ["fcrec"])
R("typos", "visits", "2025-04-04", "unanounced visit to foster carer last done 3/4/25 when next", [("m", "2025-04-03", 12)], ["fcunann"])
R("indirect", "date", "2026-02-02", "A foster carer's yearly review was on 31 January 2026 — when's the next one due?", [("m", "2026-01-31", 12)], ["fcannual"])
R("duty", "date", "2026-10-05", "FC annual review went to panel 29/02/24, next panel by?", [("m", "2024-02-29", 36)], ["fcpanel"], "A reader might say 1 March 2027 rather than 28 Feb 2027 for a 29 Feb start.")
R("newstarter", "date", "2025-04-16", "Please can you tell me when a foster carer's DBS check needs renewing? Their last DBS was 14 April 2025.", [("m", "2025-04-14", 36)], ["fcdbs"])
R("typos", "date", "2027-05-04", "foster carers core training last updated 26/08/24 when does it need doing again", [("m", "2024-08-26", 36)], ["fctrain"])
R("scenario", "date", "2025-12-24", "We placed a 3 year old today (24/12/2025) with carers approved for 5-11s, under a variation agreed by the Strategic Lead. The carers' own child turns 12 on 02/01. How long can the variation last?", [("wd", "2025-12-24", 6)], ["variation"], "The standard does not say whether the placement day counts as day 1; counting it would end the variation a working day earlier (2026-01-05).")
R("indirect", "date", "2026-01-06", "A family member was temporarily approved as a foster carer yesterday, 5 January. When does that temporary approval run out, without an extension?", [("w", "2026-01-05", 16)], ["temp"])
R("manager", "date", "2025-12-01", "Connected person temp approval from 01/09/2025, extension agreed by ADM. Latest end date?", [("w", "2025-09-01", 24)], ["temp"])

# ================================================================ RECORDING / OPEN CASES
R("indirect", "date", "2026-04-03", "I saw a family today even though it's Good Friday — what's the deadline for getting that written up?", [("d", "2026-04-03", 3)], ["rec3"])
R("typos", "date", "2027-01-04", "phone call with mum on new years eve when must i record it", [("d", "2026-12-31", 3)], ["rec3"])
R("indirect", "date", "2025-12-02", "The short overview at the front of the file was last refreshed on 30 November 2025. When does it go out of date?", [("m", "2025-11-30", 3)], ["summary"])
R("manager", "date", "2026-08-20", "Case summary last updated 15/05/2026. Audit today: is it in date?", [("m", "2026-05-15", 3)], ["summary"])
R("indirect", "date", "2026-02-10", "The most recent full assessment on a child on my caseload was signed off by my manager on 6 January 2026. When will it be out of date?", [("m", "2026-01-06", 12)], ["assess12"])
R("duty", "date", "2026-07-01", "C&F authorised 24/08/25, needs updating by?", [("m", "2025-08-24", 12)], ["assess12"])

# ================================================================ AGES
R("indirect", "age", "2026-02-10", "At what date should we start offering a girl born on 3 April 2014 someone to help her have her say at the protection conference?", [("age", "2014-04-03", (12, 0))], ["advocate"])
R("newstarter", "age", "2025-11-10", "A young person in care was born on 14 September 2010. When will a pathway plan need to be started?", [("age", "2010-09-14", (15, 6))], ["pathway"])
R("typos", "age", "2026-06-01", "pathway plan when does it start, yp dob 31/08/2011", [("age", "2011-08-31", (15, 6))], ["pathway"], "31 Aug plus 15 years 6 months has no 31st; taken as 28 Feb 2027 (a reader might say 1 March).")
R("scenario", "age", "2026-03-02", "Siblings aged 5 (dob 19/12/2020) and 8 are on a CP plan and we might go into PLO later this year. Mum's birthday is 02/01/1995. When does the younger one turn 6, for the rule about under 6s getting an adoption social worker?", [("age", "2020-12-19", (6, 0))], ["under6"])
R("indirect", "age", "2025-10-01", "A boy on my caseload was born 29 February 2020. On what date does he stop being covered by the rule about the under-6s getting an adoption worker if PLO starts?", [("age", "2020-02-29", (6, 0))], ["under6"])
R("manager", "age", "2026-02-16", "YP in care, dob 10/06/2010. Pathway plan started 01/02/2026. Was it started on time?", [("age", "2010-06-10", (15, 6))], ["pathway"])
R("newstarter", "age", "2025-10-20", "Sorry if this is basic — the child on my CP plan was born on 25 December 2013. From what date should she be offered an advocate for conference?", [("age", "2013-12-25", (12, 0))], ["advocate"])
R("duty", "age", "2027-01-11", "dob 29/02/2016, turns 12 for advocate when?", [("age", "2016-02-29", (12, 0))], ["advocate"])

# ================================================================ CHOICE
R("duty", "choice", "2026-03-04", "conference was 3/3/26, what's next due?", [("d", "2026-03-03", 10), ("d", "2026-03-03", 20)], ["cg", "cin20"])
R("indirect", "choice", "2026-06-10", "We had the first pre-proceedings meeting with the parents today, 10 June. What have I got to get done and by when?", [("wd", "2026-06-10", 3), ("d", "2026-06-10", 7)], ["fgc", "mins"])
R("scenario", "choice", "2025-08-28", "Child moved to new foster carers today (28/08/2025) after a placement breakdown; she's 11 and her school starts back on 03/09. What's my deadline?", [("wd", "2025-08-28", 1), ("wd", "2025-08-28", 3)], ["visit1", "pm"])
R("newstarter", "choice", "2026-12-15", "A child came into care on 14 December 2026. When should the health and education things be done by?", [("wd", "2026-12-14", 20), ("d", "2026-12-14", 20)], ["iha", "pep"])
R("typos", "choice", "2025-12-02", "assesment started 1/12/25 when is it due", [("wd", "2025-12-01", 15), ("d", "2025-12-01", 45)], ["tlrev", "45"])
R("manager", "choice", "2025-12-19", "Fostering visit 18/12/2025 - what's the compliance date?", [("wd", "2025-12-18", 3), ("w", "2025-12-18", 6)], ["fcrec", "fcvisit"])
R("indirect", "choice", "2026-03-25", "The first protection conference is on 8 April. When does my report need to go out?", [("db", "2026-04-08", 3), ("wdb", "2026-04-08", 3)], ["icpcfam", "icpcchair"])
R("duty", "choice", "2027-01-05", "connected carer temp approval from 4/1/27, end date?", [("w", "2027-01-04", 16), ("w", "2027-01-04", 24)], ["temp"])

# ================================================================ NONE
R("duty", "none", "2026-01-05", "ICPC 05/01/26 - RCPC due when?", [], ["nextconf"])
R("indirect", "none", "2026-03-13", "After the first review of a child in care, when's the next one due? The first was yesterday, 12 March.", [], ["newlac", "secondrev"])
R("newstarter", "none", "2025-06-03", "How often should I have supervision with my team leader? My last one was 2 June 2025 — when's the next due?", [], ["supervision"])
R("typos", "none", "2025-09-10", "how often do core groups need to be after the first one, last one was 9/9", [], ["everycg"])
R("scenario", "none", "2027-05-10", "Adoption placement started 01/03/2027 and the adopters are applying for the order from 10/05. When is the Annex A report due to court?", [], ["annexa"])
R("indirect", "none", "2026-05-05", "When does the life story book have to be finished for a child placed with adopters on 4 May 2026?", [], ["lifestory"])
R("manager", "none", "2025-05-20", "SHOPBA held 14/05/2025, IRH listed 30/06/2025. Was SHOPBA in timescale - how many days before IRH should it be?", [], ["shopba"])
R("duty", "none", "2026-02-13", "FGC held 12/2/26, when's the review FGC due?", [], ["fgcplan"])
R("indirect", "none", "2025-12-30", "The placement's been wobbly since Monday 29 December — how quickly do we need to get the team leader's meeting to shore it up held?", [], ["support"])

# ================================================================ extra indirect / scenario rows
R("indirect", "date", "2027-03-25", "A worker needs to be given the family assessment for a case that arrived today, Thursday 25 March. When's the deadline for the TL to hand it out?", [("wd", "2027-03-25", 3)], ["alloc"])
R("indirect", "date", "2025-05-02", "The manager said on Friday 2 May we need the police and health meeting about this child. When's the deadline for that meeting?", [("wd", "2025-05-02", 1)], ["strat"], "The standards also say 'within 24 hours', which would be Saturday 3 May; the 1 working day reading gives Tuesday 6 May.")
R("indirect", "date", "2027-12-22", "First conference after the protection enquiry was on Wednesday 22 December. When must the first meeting of the group of professionals and parents who build the plan be?", [("d", "2027-12-22", 10)], ["cg"])
R("indirect", "date", "2027-03-24", "A child came into care today (Wednesday 24 March) in an emergency. When does the first statutory review of their care need to happen by?", [("wd", "2027-03-24", 20)], ["lacrev"])
R("indirect", "date", "2025-04-17", "The child we've been worried about came into care today, just before Easter. When does the doctor's first health check have to be done by?", [("wd", "2025-04-17", 20)], ["iha"])
R("indirect", "date", "2027-12-23", "The girl I'm working with was placed with new carers today, 23 December. When's the meeting to agree who can sign what for her due?", [("wd", "2027-12-23", 3)], ["pm"])
R("indirect", "date", "2027-08-27", "The informal challenge from the independent reviewer came in today, Friday 27 August. When does it tip into a formal dispute if we haven't resolved it?", [("wd", "2027-08-27", 5)], ["iro5"])
R("indirect", "date", "2027-12-21", "The police and school met with us today to plan the child protection enquiries. What's the last day the initial conference can be held?", [("wd", "2027-12-21", 15)], ["icpc"])
R("scenario", "date", "2027-12-20", "Referral from A&E on 17/12/2027 about a 2 year old; strategy discussion held 20/12/2027 and the S47 started the same day. Nursery has a Christmas show on 22/12. When's the ICPC due at the latest?", [("wd", "2027-12-20", 15)], ["icpc"])
R("scenario", "date", "2027-03-25", "Sibling pair went into foster care today (25/03/2027) under an ICO; the older one turns 10 on 27/03 and contact with mum is on 30/03. When must the updated placement plan go to the carers?", [("wd", "2027-03-25", 5)], ["pp5"])
R("scenario", "date", "2025-12-23", "Strategy discussion was on 15/12/2025 and we held the ICPC today, 23/12/2025, and the child was made subject to a plan. Mum is in hospital from 27/12. When do we need the first core group?", [("d", "2025-12-23", 10)], ["cg"])
R("scenario", "date", "2026-12-24", "The child has been in care since 01/10/2026. He was moved to a new placement today (24/12/2026) after the old one broke down; his brother's birthday is tomorrow. When do I need to visit him in the new placement by?", [("wd", "2026-12-24", 1)], ["visit1"])
R("scenario", "date", "2025-05-30", "We held the first PLO meeting on 30/05/2025; the PLO letter was dated 20/05/2025 and the Legal Gateway was 12/05/2025. Dad named his mum as a possible carer. When does the viability screening request need to go to the Family Placement Team?", [("wd", "2025-05-30", 3)], ["viab"])
R("scenario", "date", "2025-05-06", "Dad's partner (dob 04/05/1990) reported concerns on 01/05/2025. Management decided today (06/05/2025) that we need a strategy discussion. When must it happen by?", [("wd", "2025-05-06", 1)], ["strat"])
R("scenario", "date", "2027-08-31", "Foster carer was visited on 27/08/2027; the child placed with her had a LAC review on 31/08/2027. By when should the SSW have recorded the visit on LCS?", [("wd", "2027-08-27", 3)], ["fcrec"])
R("scenario", "date", "2026-12-30", "IRO raised a formal dispute on 30/12/2026 after the informal challenge from 18/12/2026 wasn't resolved. The child's next review is 15/01/2027. When should the formal dispute be resolved by?", [("wd", "2026-12-30", 20)], ["iro20"])
R("scenario", "date", "2027-03-24", "Child came into care in an unplanned way on 23/03/2027 after mum was admitted to hospital on 21/03. His brother is already in care. When does the assessment of his needs have to be completed?", [("wd", "2027-03-23", 20)], ["emerg"])
R("scenario", "date", "2025-12-29", "Child de-planned at the RCPC on 29/12/2025 after 14 months on a plan (ICPC was 30/10/2024). When does the first CIN meeting need to be?", [("d", "2025-12-29", 20)], ["cin20"])
R("scenario", "visits", "2027-01-06", "Little one on a CP plan since October. I last saw her at home on 21/12/2026; I also saw her at nursery on 04/01/2027. When is the next statutory CP visit due?", [("w", "2026-12-21", 4)], ["cpvisit", "cpathome"], "A reader who counts the nursery visit would get 2027-02-01; the standard says a statutory CP visit must be at home.")
R("scenario", "date", "2026-05-27", "The PLO meeting with mum and her solicitor was yesterday, 26/05/2026; dad didn't attend. The PLO letter was dated 15/05/2026. When do the minutes need to go out?", [("d", "2026-05-26", 7)], ["mins"])
R("scenario", "date", "2027-04-01", "The 12 year old came into care on 01/04/2027 and the school holidays start on 02/04. When does the PEP meeting need to be arranged by?", [("d", "2027-04-01", 20)], ["pep"])
R("scenario", "date", "2026-12-29", "Review CP conference is on 04/01/2027, the last core group was 23/12/2026. By when must the plan update be shared with the parents?", [("db", "2027-01-04", 3)], ["rcpcpar"])
R("scenario", "date", "2025-12-31", "Child placed with adopters on 31/12/2025 after SHOPBA in September and a matching panel on 01/12/2025. When can the adopters make their application for the Adoption Order?", [("w", "2025-12-31", 10)], ["adopt10"])


R("scenario", "date", "2026-12-29", "Two brothers (dob 03/03/2015 and 14/07/2018) came into care on 24/12/2026 under s20 after mum's admission. Their IRO was allocated on 29/12. By when must they have the coming into care pack?", [("w", "2026-12-24", 3)], ["pack"])
R("scenario", "date", "2026-04-01", "Child became looked after under an ICO yesterday (31/03/2026); the next hearing is 14/04. School and the GP don't know yet. By when must they be told about his legal status?", [("wd", "2026-03-31", 5)], ["legal"])
R("scenario", "date", "2025-12-19", "Aunt was given temporary approval as a connected carer on 18/12/2025 and the child moved in that day. Fostering Panel is booked for 12/03/2026. When does the temporary approval end if it isn't extended?", [("w", "2025-12-18", 16)], ["temp"])
R("scenario", "date", "2027-04-02", "Auditing a CIN case today. The C&F was authorised 28/05/2026, the case summary was last updated 03/03/2027 and the last CIN review was 15/03/2027. When does the assessment stop being within the last 12 months?", [("m", "2026-05-28", 12)], ["assess12"])
R("scenario", "date", "2026-12-23", "Strategy discussion on 22/12/2026 agreed a S47, which we initiated today (23/12/2026). The child's birthday is 30/12. When should I discuss the progress of the S47 with my manager?", [("d", "2026-12-23", 5)], ["s47disc"])
R("scenario", "visits", "2025-05-07", "Baby came into care on 09/04/2025; family time with mum started 10/04/2025 and was last reviewed at the LAC review on 06/05/2025. No permanence plan agreed yet. When must family time be reviewed next?", [("w", "2025-05-06", 8)], ["ft"])
R("scenario", "visits", "2025-11-20", "Foster carers approved in 2019; their annual review was 14/11/2025 and their last unannounced visit was 24/12/2024. When is the next unannounced visit due by?", [("m", "2024-12-24", 12)], ["fcunann"])
R("scenario", "date", "2025-12-23", "At the LAC review today (23/12/2025) the IRO raised concern that the permanence plan has drifted and emailed the SW an informal challenge. The next review is 20/06/2026. If it's not resolved, when would the formal dispute be raised?", [("wd", "2025-12-23", 5)], ["iro5"])
R("scenario", "date", "2026-07-13", "A 14 year old became looked after on 10/07/2026; his school breaks up for summer on 22/07/2026 and his brother's PEP was 01/07. By when must his PEP meeting be arranged?", [("d", "2026-07-10", 20)], ["pep"])

# ---------------------------------------------------------------- build + check
def build():
    _self_check_holidays()
    src = open(SOURCE, encoding="utf-8").read()
    out, problems = [], []
    for i, r in enumerate(ROWS, 1):
        phrases = [P[k] for k in r["phrases"]]
        for ph in phrases:
            if ph not in src:
                problems.append(f"row {i}: phrase not in source: {ph!r}")
            if len(ph.split()) < 6:
                problems.append(f"row {i}: phrase too short: {ph!r}")
        if r["kind"] == "none":
            due, count = None, "no timescale in the standards for this; due is null"
        else:
            res = [apply(*op) for op in r["ops"]]
            due = min(x[0] for x in res)
            count = "; ".join(c for _, c in res)
            if r["kind"] == "choice":
                count = "two readings: " + " | ".join(c for _, c in res) + f" -> earlier {due.isoformat()}"
            due = due.isoformat()
        row = {"q": r["q"], "today": r["today"], "due": due, "expect_any": phrases, "count": count,
               "voice": r["voice"], "kind": r["kind"]}
        if r["amb"]:
            row["ambiguous"] = r["amb"]
        out.append(row)
    return out, problems


def main():
    rows, problems = build()
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and verify
    src = open(SOURCE, encoding="utf-8").read()
    n = 0
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        n += 1
        assert r["voice"] in {"duty", "typos", "scenario", "indirect", "newstarter", "manager"}
        assert r["kind"] in {"date", "visits", "age", "choice", "none"}
        assert (r["due"] is None) == (r["kind"] == "none")
        dt.date.fromisoformat(r["today"])
        assert all(p in src for p in r["expect_any"])
    from collections import Counter
    print("rows", n)
    print("kind", dict(Counter(r["kind"] for r in rows)))
    print("voice", dict(Counter(r["voice"] for r in rows)))
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
