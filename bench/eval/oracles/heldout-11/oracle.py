#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (set-heldout-11).

Standard library only (datetime). Bank holidays for England and Wales 2024-2028
are typed in by hand below and cross-checked against computed rules
(Easter, first/last Mondays, weekend substitutes) in self_check().

Run:  python3 oracle.py          -> writes questions.jsonl and runs all checks
      python3 oracle.py --show   -> also prints every row with its due date

Conventions (from the brief):
  within N working days  : Nth working day strictly after the event day
                           (event on weekend/bank holiday: still count from that day)
  within N days          : event + N calendar days
  within N weeks / every N weeks : event + 7N days
  N months / years       : same day N months later, clamped to month end
  N working days before  : Nth working day strictly before the day
  N days before          : day - N calendar days
  ages                   : the birthday (29 Feb -> 1 March in non-leap years)
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"
OUT = os.path.join(HERE, "questions.jsonl")

D = dt.date
ONE = dt.timedelta(days=1)

# ---------------------------------------------------------------------------
# England and Wales bank holidays 2024-2028, typed by hand.
# ---------------------------------------------------------------------------
BANK_HOLIDAYS = {
    # 2024
    D(2024, 1, 1): "New Year's Day",
    D(2024, 3, 29): "Good Friday",
    D(2024, 4, 1): "Easter Monday",
    D(2024, 5, 6): "Early May bank holiday",
    D(2024, 5, 27): "Spring bank holiday",
    D(2024, 8, 26): "Summer bank holiday",
    D(2024, 12, 25): "Christmas Day",
    D(2024, 12, 26): "Boxing Day",
    # 2025
    D(2025, 1, 1): "New Year's Day",
    D(2025, 4, 18): "Good Friday",
    D(2025, 4, 21): "Easter Monday",
    D(2025, 5, 5): "Early May bank holiday",
    D(2025, 5, 26): "Spring bank holiday",
    D(2025, 8, 25): "Summer bank holiday",
    D(2025, 12, 25): "Christmas Day",
    D(2025, 12, 26): "Boxing Day",
    # 2026
    D(2026, 1, 1): "New Year's Day",
    D(2026, 4, 3): "Good Friday",
    D(2026, 4, 6): "Easter Monday",
    D(2026, 5, 4): "Early May bank holiday",
    D(2026, 5, 25): "Spring bank holiday",
    D(2026, 8, 31): "Summer bank holiday",
    D(2026, 12, 25): "Christmas Day",
    D(2026, 12, 28): "Boxing Day (substitute day)",
    # 2027
    D(2027, 1, 1): "New Year's Day",
    D(2027, 3, 26): "Good Friday",
    D(2027, 3, 29): "Easter Monday",
    D(2027, 5, 3): "Early May bank holiday",
    D(2027, 5, 31): "Spring bank holiday",
    D(2027, 8, 30): "Summer bank holiday",
    D(2027, 12, 27): "Christmas Day (substitute day)",
    D(2027, 12, 28): "Boxing Day (substitute day)",
    # 2028
    D(2028, 1, 3): "New Year's Day (substitute day)",
    D(2028, 4, 14): "Good Friday",
    D(2028, 4, 17): "Easter Monday",
    D(2028, 5, 1): "Early May bank holiday",
    D(2028, 5, 29): "Spring bank holiday",
    D(2028, 8, 28): "Summer bank holiday",
    D(2028, 12, 25): "Christmas Day",
    D(2028, 12, 26): "Boxing Day",
}

DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _easter(y):
    # Anonymous Gregorian algorithm, used only to cross-check the typed list.
    a = y % 19
    b, c = divmod(y, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = ((h + l - 7 * m + 114) % 31) + 1
    return D(y, month, day)


def _computed_holidays(y):
    hs = set()
    ny = D(y, 1, 1)
    while ny.weekday() >= 5:
        ny += ONE
    hs.add(ny)
    e = _easter(y)
    hs.add(e - 2 * ONE)
    hs.add(e + ONE)
    d = D(y, 5, 1)
    while d.weekday() != 0:
        d += ONE
    hs.add(d)
    d = D(y, 5, 31)
    while d.weekday() != 0:
        d -= ONE
    hs.add(d)
    d = D(y, 8, 31)
    while d.weekday() != 0:
        d -= ONE
    hs.add(d)
    xmas, boxing = D(y, 12, 25), D(y, 12, 26)
    taken = set()
    for day in (xmas, boxing):
        s = day
        while s.weekday() >= 5 or s in taken:
            s += ONE
        taken.add(s)
    hs |= taken
    return hs


def self_check():
    typed = set(BANK_HOLIDAYS)
    comp = set()
    for y in range(2024, 2029):
        comp |= _computed_holidays(y)
    assert typed == comp, (sorted(typed - comp), sorted(comp - typed))
    assert all(d.weekday() < 5 for d in typed)
    assert len(typed) == 40


# ---------------------------------------------------------------------------
# Date arithmetic
# ---------------------------------------------------------------------------
def P(s):
    if isinstance(s, D):
        return s
    return dt.date.fromisoformat(s)


def fmt(d):
    return f"{d.isoformat()} ({DOW[d.weekday()]})"


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def add_months(d, n):
    m0 = d.month - 1 + n
    y, m = d.year + m0 // 12, m0 % 12 + 1
    last = (D(y + (m == 12), m % 12 + 1, 1) - ONE).day
    return D(y, m, min(d.day, last)), d.day > last


def _bh_note(days):
    bh = sorted(x for x in days if x in BANK_HOLIDAYS)
    if not bh:
        return ""
    return "; skips bank holidays " + ", ".join(x.isoformat() for x in bh)


def _start_note(d):
    if d in BANK_HOLIDAYS:
        return f"; start day is a bank holiday ({BANK_HOLIDAYS[d]}), counted from it"
    if d.weekday() >= 5:
        return "; start day is a weekend, counted from it"
    return ""


def WD(ev, n):
    """within n working days of ev"""
    ev = P(ev)
    cur, k, seen = ev, 0, []
    while k < n:
        cur += ONE
        seen.append(cur)
        if is_wd(cur):
            k += 1
    c = f"{n} working day{'s' if n > 1 else ''} after {fmt(ev)} -> {fmt(cur)}" + _bh_note(seen) + _start_note(ev)
    return {"due": cur, "count": c, "op": "wd"}


def WDB(ev, n):
    """n working days before ev"""
    ev = P(ev)
    cur, k, seen = ev, 0, []
    while k < n:
        cur -= ONE
        seen.append(cur)
        if is_wd(cur):
            k += 1
    c = f"{n} working days before {fmt(ev)} -> {fmt(cur)}" + _bh_note(seen)
    return {"due": cur, "count": c, "op": "wdb"}


def CD(ev, n):
    """within n (calendar) days of ev"""
    ev = P(ev)
    due = ev + n * ONE
    return {"due": due, "count": f"{n} calendar day{'s' if n != 1 else ''} after {fmt(ev)} -> {fmt(due)}", "op": "cd"}


def CDB(ev, n):
    ev = P(ev)
    due = ev - n * ONE
    return {"due": due, "count": f"{n} calendar days before {fmt(ev)} -> {fmt(due)}", "op": "cdb"}


def WK(ev, n, extra=""):
    ev = P(ev)
    due = ev + 7 * n * ONE
    return {"due": due, "count": f"{n} week{'s' if n != 1 else ''} ({7 * n} days) after {fmt(ev)} -> {fmt(due)}{extra}", "op": "wk"}


def MO(ev, n):
    ev = P(ev)
    due, clamped = add_months(ev, n)
    unit = f"{n} months" if n % 12 else f"{n // 12} year{'s' if n > 12 else ''} ({n} months)"
    c = f"{unit} after {fmt(ev)} -> {fmt(due)}"
    if clamped:
        c += " (day clamped to end of month)"
    return {"due": due, "count": c, "op": "mo"}


def AGE(dob, years, months=0):
    dob = P(dob)
    if months == 0:
        y = dob.year + years
        note = ""
        if dob.month == 2 and dob.day == 29:
            try:
                due = D(y, 2, 29)
            except ValueError:
                due = D(y, 3, 1)
                note = f" (born 29 Feb; {y} is not a leap year -> birthday taken as 1 March)"
        else:
            due = D(y, dob.month, dob.day)
        c = f"{years}th birthday of DOB {dob.isoformat()} -> {fmt(due)}{note}"
    else:
        due, clamped = add_months(dob, years * 12 + months)
        c = f"{years} years {months} months ({years * 12 + months} months) after DOB {dob.isoformat()} -> {fmt(due)}"
        if clamped:
            c += " (day clamped to end of month)"
    return {"due": due, "count": c, "op": "age"}


def SAME(ev):
    ev = P(ev)
    return {"due": ev, "count": f"same day as the event: {fmt(ev)}", "op": "same"}


def NONE(why):
    return {"due": None, "count": "no timescale in the standards: " + why, "op": "none"}


def CHOICE(*opts):
    labelled = []
    for label, o in opts:
        labelled.append((o["due"], f"{label}: {o['count']}"))
    due = min(d for d, _ in labelled)
    c = " | ".join(t for _, t in labelled) + f" => earlier is {due.isoformat()}"
    return {"due": due, "count": c, "op": "choice"}


# relative-date helpers: all relative to `today`
def prev(today, dow):
    """most recent given weekday strictly before today ("last Tuesday", "on Monday")"""
    t = P(today)
    target = DOW.index(dow.capitalize()[:3])
    d = t - ONE
    while d.weekday() != target:
        d -= ONE
    return d


def yest(today):
    return P(today) - ONE


def tmrw(today):
    return P(today) + ONE


# ---------------------------------------------------------------------------
# Verbatim phrases from the standards (checked against the source)
# ---------------------------------------------------------------------------
PH = {
    "contact": "decisions made by what action are required by a Team Leader within 1 working day",
    "initial_dec": "Initial decisions will be made about the action required within 1 working day",
    "referral": "Referrals will be actioned by a social worker within 1 working day",
    "s47_seen": "the child / children will be seen by the Social Worker the same day",
    "s47_5days": "Within 5 days of the Section 47 being initiated",
    "alloc": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
    "tl_review": "All assessments will be reviewed by the Team Leader within 15 working days",
    "complete45": "Assessments must all be completed within 45 days",
    "strat_1wd": "a strategy discussion is required, this must happen within 1 working day",
    "notice5": "will notify the Neighbourhood Team via email, giving at least 5 days’ notice",
    "joint_visit": "Within the 5 days’ notice period, the Children’s First Response Social Worker and the allocated Neighbourhood Team Social Worker will complete a joint visit",
    "strat_24h": "A strategy discussion within 24 hours involving all relevant agencies",
    "icpc": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
    "report_family": "The report will be shared with family at least 3 the days prior to conference",
    "report_chair": "The report will be sent to the child protection chair 3 working days before the conference",
    "core_group": "The first core group must be  held within 10 days of the conference",
    "cp_visits": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
    "rcpc_parents": "This report must be shared with parents at least 3 days prior to the review conference",
    "rcpc_chair": "The report will be available to the conference chair at least 3 days prior to the review conference",
    "ptt": "when they have been subject to a plan for 12 months, a professional thinking time meeting",
    "plo_first": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
    "fgc_ref": "Referral should be made within 3 working days of the first PLO meeting",
    "viability": "Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
    "plo_minutes": "to be distributed to parents and their legal representation within 7 days of the meeting",
    "plo_review": "Review PLO meetings with parents to be held every 4-6 weeks",
    "plo_12": "A review legal planning meeting will be held at 12 weeks",
    "plo_4more": "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
    "plo_16": "If the case remains in PLO a Legal Gateway meeting will be convened at 16 weeks",
    "cin_deplan": "will set the first CIN meeting within 20 days",
    "cin_transfer": "the initial CIN meeting must take place within 10 days",
    "cin_review": "CIN review meetings will be held at least every 6 weeks",
    "cin_visits": "A child subject to a CIN plan will be seen at least every 6 weeks",
    "lac_emerg": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
    "lac_visit1": "The child will be visited within 1 working day of coming into care or having a change in placement",
    "lac_seen1": "All looked after children will be seen within 1 working day of placement",
    "placement_mtg": "The placement meeting will be held within 3 working days",
    "placement_plan": "an updated copy given to the carers within 5 working days of the placement beginning",
    "family_time": "reviewed at least every 8 week until the plan for permanence is agreed",
    "cic_pack": "The child will be provided with a coming into care pack, children rights leaflet within 3 weeks",
    "legal_status": "All other professionals involved with the child will be informed of the child’s legal status within 5 working days",
    "iha": "An initial health assessment will be requested and carried out within 20 working days",
    "pep": "A PEP meeting will be arranged within the school within 20 days",
    "lac_weekly": "Statutory looked after visits must happen weekly until the first looked after review",
    "lac_6wk": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
    "lac_12wk": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
    "care_plan": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
    "initial_lar": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
    "pathway": "A pathway plan will be started when the young person is 15 years 6 months",
    "lar_report": "this will be with the IRO 3 days before the review",
    "advocate": "if they are 12 or over they should be offered an advocate",
    "iro_informal": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
    "iro_formal": "The formal dispute resolution process should be completed from start to finish within 20 working days",
    "adopt_under6": "If a child under the age of 6 enters PLO or proceedings",
    "adopt_weekly": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
    "adopt_6wk": "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
    "adopt_10wk": "Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
    "fc_visit": "Trafford foster carers are visited at least once every six weeks",
    "fc_record": "a record of this visit is recorded on LCS within 3 working days",
    "fc_unannounced": "All Trafford foster carers will have an unannounced visit at least once every 12 months",
    "fc_annual": "All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
    "fc_panel3": "Every foster carer will have an annual review presented to the Fostering Panel at least every three years",
    "fc_checks": "All foster carers will have updated statutory references, medicals and DBS checks at least every three years",
    "fc_training": "All Trafford foster carers must update their core training at least every three years",
    "variation": "This can only be given for up to 6 working days",
    "temp_approval": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
    "recording": "any event or contact is recorded within 3 days",
    "summary": "A clear and concise case file summary which has been updated within the last 3 months",
    "assess12": "An up to date assessment (within the last 12 months) on each child",
    # related sentences for `none` rows (no timescale set)
    "next_conf": "The child protection chair will set the date of the next conference",
    "second_review": "At the point of the second review (if not in proceedings) the child must have a permanency plan",
    "supervision_policy": "monitored through supervision which takes place in line with the supervision policy",
    "core_group_every": "reviewed at every core group and progress recorded",
    "lifestory": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
    "shopba": "This needs to take place after the area teams final care planning meeting",
    "missing": "The risk of going missing and child sexual exploitation will be considered and risk assessed",
    "annex_a": "The Social Worker will complete the Annex A suitability report for Court",
    "iro_contact": "The IRO will contact the child between reviews to ensure the progress of the plan",
    "swet": "the timescales for filing SWET and additional supporting documents will be agreed at the Legal Gateway meeting",
}

ROWS = []


def R(voice, kind, today, q, op, phrases, amb=None):
    ROWS.append(dict(voice=voice, kind=kind, today=P(today), q=q, op=op, phrases=phrases, amb=amb))


AMB45 = ("The standards say 'within 45 days' (counted here as calendar days); a reader applying the statutory "
         "45 working days would give a later date.")

# ---------------------------------------------------------------------------
# Rows
# ---------------------------------------------------------------------------
# ===== Front Door / referrals =====
R("duty", "date", "2025-12-24", "contact in 24/12 re 2 kids, TL decision needed by?",
  WD("2025-12-24", 1), ["contact"])
R("typos", "date", "2025-04-17", "contact came in on thursday 17.4 when does the TL have to make a decsion by",
  WD("2025-04-17", 1), ["contact"])
R("newstarter", "date", "2026-05-22",
  "Hi, sorry if this is a basic question - a referral has come through to me today (Friday 22nd May). How long do I have to action it as the social worker?",
  WD("2026-05-22", 1), ["referral"])
R("manager", "date", "2027-01-12", "Contact received 31/12/26, TL decision recorded 04/01/27. In timescale?",
  WD("2026-12-31", 1), ["contact", "initial_dec"])
R("indirect", "date", "2026-08-28",
  "a school rang the front door this morning with worries about a 7 year old. how long has the team leader got to decide what we're doing with it?",
  WD("2026-08-28", 1), ["contact", "initial_dec"])
R("scenario", "date", "2027-05-04",
  "Mum (DOB 02/05/1990) rang First Response yesterday saying her ex turned up drunk at the house; her son is 4. It's come through as a Level 4 referral. By when does the TL need to make the initial decision?",
  WD(yest("2027-05-04"), 1), ["initial_dec"])
R("typos", "date", "2026-01-02", "refferal recieved 2/1/26 wen does it need actioning by",
  WD("2026-01-02", 1), ["referral"])
R("duty", "date", "2027-03-25", "L4 referral in this am, actioned by?",
  WD("2027-03-25", 1), ["referral", "initial_dec"])
# ===== S47 seen same day / 5-day progress discussion =====
R("newstarter", "date", "2026-02-10",
  "I've been told a referral that came in today is going to be a Section 47 enquiry. When do I need to see the child by?",
  SAME("2026-02-10"), ["s47_seen"])
R("indirect", "date", "2025-08-22",
  "referral came in this morning and it's going down the child protection enquiry route. how quickly do i need eyes on the kids?",
  SAME("2025-08-22"), ["s47_seen"])
R("scenario", "date", "2025-12-24", "Strat was this morning (Christmas Eve) about a 3yo with unexplained burns; we've initiated S47 and I saw her at nursery at lunchtime. Her sister's birthday is 27/12. By when do my manager and I need to have the S47 progress discussion?",
  CD("2025-12-24", 5), ["s47_5days"])
R("manager", "date", "2026-04-28",
  "S47 initiated Thu 16/04/26; SW and manager progress discussion recorded 23/04/26. Was that in timescale?",
  CD("2026-04-16", 5), ["s47_5days"])
R("scenario", "date", "2027-04-01",
  "We started S47 enquiries on 1 April 2027 after a strat that morning. The child turned 9 the day before and dad has a court date on 14/04. I need to book the progress chat with my manager - what's the latest date?",
  CD("2027-04-01", 5), ["s47_5days"])
# ===== allocation / assessments =====
R("scenario", "date", "2026-12-23", "A referral for a family of three came in today (23/12/26) needing a Child and Family Assessment. The youngest was born 01/12/26 and a previous assessment was closed on 05/06/25. My TL is on leave from tomorrow - by when does it have to be allocated?",
  WD("2026-12-23", 3), ["alloc"])
R("newstarter", "date", "2026-04-02",
  "When a case needs a Child and Family Assessment, how long does the team leader have to allocate it to a social worker? Ours came in today, Thursday 2 April.",
  WD("2026-04-02", 3), ["alloc"])
R("typos", "date", "2027-05-28", "case came in fri 28/5 needs alocating for C+F assesment, by wen?",
  WD("2027-05-28", 3), ["alloc"])
R("manager", "date", "2026-01-20", "C&FA started 10/12/25, TL review done 05/01/26. Within timescale?",
  WD("2025-12-10", 15), ["tl_review"])
R("duty", "date", "2026-04-07", "C&FA opened 7/4, TL review due?",
  WD("2026-04-07", 15), ["tl_review"])
R("indirect", "date", "2027-08-20",
  "by when does my team leader need to have had a first look over the assessment i opened today?",
  WD("2027-08-20", 15), ["tl_review"])
R("typos", "date", "2025-12-15", "c&f asessment started 15/12 when does it have to be finished",
  CD("2025-12-15", 45), ["complete45"], AMB45)
R("newstarter", "date", "2026-03-05",
  "Could you tell me the deadline for completing a Child and Family Assessment? It started on 3 March 2026.",
  CD("2026-03-03", 45), ["complete45"], AMB45)
R("manager", "date", "2025-07-01",
  "Assessment started 02/05/25 and was completed and authorised 20/06/25 - was it completed in timescale?",
  CD("2025-05-02", 45), ["complete45"], AMB45)
R("scenario", "date", "2026-11-23",
  "Baby was born 14/11/26 and the midwife's referral came in on 20/11/26; the assessment was opened the same day. Dad's parenting assessment is booked for 10/12. When does the C&FA need to be finished?",
  CD("2026-11-20", 45), ["complete45"], AMB45)
# ===== strategy discussions =====
R("manager", "date", "2026-01-06",
  "Management decision that a strat was needed made 24/12/25 at 4pm; strat held 29/12/25. Compliant with the front door standard?",
  WD("2025-12-24", 1), ["strat_1wd"],
  "The S47 section's 'strategy discussion within 24 hours' would give 25/12/25 instead of the 1 working day in the Front Door section.")
R("indirect", "date", "2026-05-01",
  "my TL decided this afternoon that we need police and health round the table to talk about this child. it's friday 1 may - how long have we got to get that meeting done?",
  WD("2026-05-01", 1), ["strat_1wd"],
  "The S47 section's 'strategy discussion within 24 hours' would give Saturday 02/05/26 instead.")
R("scenario", "date", "2026-03-10",
  "Police rang at 3pm today (Tue 10/03/26) about a 6yo with a bruise on his cheek; mum's partner (DOB 01/01/95) has been arrested. TL agrees it meets S47. When does the strategy discussion have to happen by?",
  CD("2026-03-10", 1), ["strat_24h", "strat_1wd"])
# ===== CFR -> Neighbourhood Team transfer notice =====
R("newstarter", "date", "2026-12-09",
  "I'm in the First Response team and my assessment says the case should go to a Neighbourhood Team at Child in Need. If I email them the notice today, what's the earliest date the case can transfer?",
  CD("2026-12-09", 5), ["notice5"],
  "'At least 5 days' notice' is read as transfer no earlier than 5 calendar days after the email; a reader could require 5 clear days (one day later).")
R("duty", "date", "2026-08-21", "CFR>NT transfer notice emailed today, joint visit has to be done by?",
  CD("2026-08-21", 5), ["joint_visit"],
  "Read as the last day of the 5 days' notice period (21/08 + 5); a reader could end the period a day earlier.")
# ===== ICPC within 15 working days of strat =====
R("duty", "date", "2025-12-19", "strat 19/12/25 icpc by?", WD("2025-12-19", 15), ["icpc"])
R("typos", "date", "2026-04-02", "strat was on 1st april when shud icpc be by", WD("2026-04-01", 15), ["icpc"])
R("manager", "date", "2027-01-25", "ICPC was held 20/01/27, strat 31/12/26 - was that in timescale?",
  WD("2026-12-31", 15), ["icpc"])
R("indirect", "date", "2026-08-19",
  "we had the multi-agency meeting with police and school yesterday (18 Aug) and agreed to go to conference. what's the latest date for the first conference?",
  WD("2026-08-18", 15), ["icpc"])
R("newstarter", "date", "2025-05-23",
  "Hello! Our strategy meeting was on 22 May 2025. Could you tell me when the Initial Child Protection Conference needs to take place by?",
  WD("2025-05-22", 15), ["icpc"])
R("scenario", "date", "2027-12-16",
  "Initial strat was 08/12/27, then a second strat was held 15/12/27 after new info from school. The child's 10th birthday was 11/12. When's the latest the ICPC can be?",
  WD("2027-12-08", 15), ["icpc"])
R("duty", "date", "2027-04-27", "strat yday, ICPC deadline?", WD(yest("2027-04-27"), 15), ["icpc"])
R("typos", "date", "2026-12-21", "stratgey was last wednesday, icpc needs to b done when",
  WD(prev("2026-12-21", "wed"), 15), ["icpc"])
# ===== ICPC reports =====
R("duty", "date", "2026-12-30", "ICPC Thurs 7/1, report to family by?", CDB("2027-01-07", 3), ["report_family"])
R("newstarter", "date", "2026-03-30",
  "I'm writing my first conference report. The initial conference is on Friday 10 April. When does the family need to have their copy?",
  CDB("2026-04-10", 3), ["report_family"])
R("indirect", "date", "2025-05-20",
  "when do the parents need to have seen what I've written for the first protection conference? it's on 30/05/25",
  CDB("2025-05-30", 3), ["report_family"])
R("typos", "date", "2025-12-22", "icpc on tues 6th jan, when does my reprot need to go to the chair",
  WDB("2026-01-06", 3), ["report_chair"])
R("manager", "date", "2026-04-10", "ICPC 08/04/26, SW report reached the CP chair 02/04/26 - compliant?",
  WDB("2026-04-08", 3), ["report_chair"])
R("duty", "date", "2026-08-20", "ICPC 1/9 rpt to chair by?", WDB("2026-09-01", 3), ["report_chair"])
R("scenario", "date", "2027-12-15",
  "The ICPC is set for 29/12/27 - strat was 10/12 and the children's dad (DOB 29/12/88) asked to move it because it's his birthday, but the chair said no. When does my report, signed off by my TL, have to be with the chair?",
  WDB("2027-12-29", 3), ["report_chair"])
# ===== first core group =====
R("duty", "date", "2025-12-19", "icpc today 19/12, 1st CG by?", CD("2025-12-19", 10), ["core_group"])
R("typos", "date", "2026-04-01", "conf was 31/3 and kids went on plan, wen is first core group due",
  CD("2026-03-31", 10), ["core_group"])
R("indirect", "date", "2027-08-03",
  "The kids went on protection plans at the conference yesterday. When's the first meeting of the group that puts the detail on the plan due?",
  CD(yest("2027-08-03"), 10), ["core_group"])
R("manager", "date", "2026-06-05", "ICPC 18/05/26 (CP plan), first core group held 29/05/26 - in timescale?",
  CD("2026-05-18", 10), ["core_group"])
R("newstarter", "date", "2025-12-10",
  "At the initial conference yesterday the children were made subject to Child Protection Plans. How long do we have to hold the first core group?",
  CD(yest("2025-12-10"), 10), ["core_group"])
# ===== CP visits =====
R("duty", "visits", "2025-12-29", "CP visit done 23/12, next due?", WK("2025-12-23", 4), ["cp_visits"])
R("typos", "visits", "2026-04-01", "last seen the kid on cp plan 31.3 wen is next visit due",
  WK("2026-03-31", 4), ["cp_visits"])
R("manager", "visits", "2027-02-10", "Child on CP plan, visits 05/01/27 and 08/02/27. Second visit in timescale?",
  WK("2027-01-05", 4), ["cp_visits"])
R("scenario", "visits", "2026-08-17",
  "I saw the kids at home on Friday just gone, 14 August (CP case). Their mum says she's away from her birthday on 1 Sept for a fortnight. What's the latest date for my next statutory visit?",
  WK("2026-08-14", 4), ["cp_visits"])
R("indirect", "visits", "2027-05-25",
  "how long can I leave it before I must next see a child on a protection plan at home? last saw them yesterday",
  WK(yest("2027-05-25"), 4), ["cp_visits"])
# ===== review CP conference reports =====
R("duty", "date", "2027-06-07", "RCPC thurs 17/6, plan update to parents by?", CDB("2027-06-17", 3), ["rcpc_parents"])
R("newstarter", "date", "2026-12-18",
  "For a review child protection conference on Friday 8 January, by when does the conference chair need my report?",
  CDB("2027-01-08", 3), ["rcpc_chair"])
R("manager", "date", "2026-03-30", "Review conf 26/03/26, plan update shared with parents 24/03/26. Compliant?",
  CDB("2026-03-26", 3), ["rcpc_parents"])
# ===== professional thinking time (12 months on a plan) =====
R("indirect", "date", "2024-11-05",
  "The children have been on protection plans since 29 Feb 2024 and nothing is shifting. When do we reach the point where we're meant to hold the meeting about working with the family differently?",
  MO("2024-02-29", 12), ["ptt"],
  "Counted as 12 months to 28/02/2025 (month-end clamp); a reader could take 01/03/2025.")
R("manager", "date", "2026-09-01",
  "Child made subject to a CP plan at ICPC on 15/01/26. When does the 12-month professional thinking time point fall?",
  MO("2026-01-15", 12), ["ptt"])
# ===== PLO =====
R("scenario", "date", "2025-12-19", "Legal Gateway agreed PLO on 11/12/25 and the PLO letter went out dated 19/12/25. Dad's solicitor says he can't do anything until January, and mum's 30th is on 28/12. What's the latest date for the first PLO meeting?", CD("2025-12-19", 10), ["plo_first"])
R("indirect", "date", "2026-03-20",
  "We sent the letter before proceedings today (Friday 20 March). When must the first meeting with the parents and their solicitor be held?",
  CD("2026-03-20", 10), ["plo_first"])
R("typos", "date", "2025-04-23", "plo leter was 22/4/25 wen does meeting need to be", CD("2025-04-22", 10), ["plo_first"])
R("manager", "date", "2027-08-20", "PLO letter dated 02/08/27, first PLO meeting held 13/08/27 - in timescale?",
  CD("2027-08-02", 10), ["plo_first"])
R("scenario", "date", "2026-12-24",
  "First PLO meeting was this morning, 24 December; mum's solicitor came, dad (DOB 12/03/85) didn't. There hasn't been an FGC and mum has now consented. When does the FGC referral need to go in?",
  WD("2026-12-24", 3), ["fgc_ref"])
R("newstarter", "date", "2027-04-30",
  "If parents agree to a family group conference at the first PLO meeting, how long do I have to make the referral? The meeting was today, 30/04/27.",
  WD("2027-04-30", 3), ["fgc_ref"])
R("duty", "date", "2026-05-22", "init PLO mtg today 22/5, gran identified, viability request to FPT by?",
  WD("2026-05-22", 3), ["viability"])
R("indirect", "date", "2025-04-10",
  "An aunt came forward as a possible carer at the first pre-proceedings meeting yesterday (9 April). When does the screening request for her assessment need to reach the placements team?",
  WD("2025-04-09", 3), ["viability"])
R("typos", "date", "2026-12-18", "plo meeting 17/12 when do minutes have to go out to parents n solicitors",
  CD("2026-12-17", 7), ["plo_minutes"])
R("manager", "date", "2027-04-14", "PLO meeting 31/03/27, minutes sent to parents and solicitors 08/04/27 - within timescale?",
  CD("2027-03-31", 7), ["plo_minutes"])
R("duty", "visits", "2026-01-15", "last PLO review mtg 14/1, next one latest?", WK("2026-01-14", 6), ["plo_review"],
  "'Every 4-6 weeks' is a range: the latest is 6 weeks (25/02/26); the earliest reading would be 4 weeks (11/02/26).")
R("newstarter", "visits", "2027-07-09",
  "How often should PLO review meetings with parents be held? Our last one was on 8 July - what's the latest the next one can be?",
  WK("2027-07-08", 6), ["plo_review"],
  "'Every 4-6 weeks' is a range: the latest is 6 weeks (19/08/27); the earliest would be 4 weeks (05/08/27).")
R("duty", "date", "2026-02-02", "PLO started 5/1/26 (letter date), 12wk review legal planning mtg when?",
  WK("2026-01-05", 12), ["plo_12"],
  "The standards do not say what the 12 weeks run from; counted from the PLO letter date given.")
R("indirect", "date", "2027-01-11",
  "We're in pre-proceedings - the process started with the letter dated 16 November 2026. If it's still going, when is the case supposed to go back to the Gateway meeting with the Strategic Lead?",
  WK("2026-11-16", 16), ["plo_16"],
  "The standards do not say what the 16 weeks run from; counted from the PLO letter date given.")
R("manager", "date", "2025-08-01", "PLO commenced 10/03/25. When should the 16-week Legal Gateway have been held?",
  WK("2025-03-10", 16), ["plo_16"])
R("typos", "date", "2025-11-25", "12 wk plo review was yesterday 24/11 and they agreed extra 4 weeks in exceptional circs, so wen does that end",
  WK("2025-11-24", 4), ["plo_4more"])
# ===== CIN =====
R("duty", "date", "2025-12-12", "deplanned at RCPC yday 11/12, 1st CIN mtg by?", CD("2025-12-11", 20), ["cin_deplan"])
R("scenario", "date", "2026-04-01",
  "At the review conference yesterday (31 March) the chair took the children off their CP plans and onto CIN. The older child turns 14 on 10 April. When does the first CIN meeting need to be?",
  CD("2026-03-31", 20), ["cin_deplan"])
R("indirect", "date", "2027-08-18",
  "conference stepped the case down from a protection plan to child in need on 17/08/27 - deadline for the first meeting under the new plan?",
  CD("2027-08-17", 20), ["cin_deplan"])
R("newstarter", "date", "2026-12-21",
  "A case has just transferred to my Neighbourhood Team from Children's First Response today. When should the initial Child in Need meeting take place?",
  CD("2026-12-21", 10), ["cin_transfer"])
R("typos", "date", "2025-05-28", "case trasnfered from CFR on 27/5 wen is the 1st cin meeting due",
  CD("2025-05-27", 10), ["cin_transfer"])
R("manager", "date", "2026-04-24", "Case transferred from CFR 07/04/26; initial CIN meeting held 17/04/26. In timescale?",
  CD("2026-04-07", 10), ["cin_transfer"])
R("duty", "visits", "2025-12-19", "last CIN review 18/12, next by?", WK("2025-12-18", 6), ["cin_review"])
R("indirect", "visits", "2027-03-31",
  "when's the next get-together of everyone on the child in need plan due? last one was yesterday (Tuesday 30 March)",
  WK("2027-03-30", 6), ["cin_review"])
R("typos", "visits", "2026-12-29", "cin visit last done 24.12 when do i need to see them agian",
  WK("2026-12-24", 6), ["cin_visits"])
R("manager", "visits", "2025-07-25", "CIN child seen at home 02/06/25 then 21/07/25 - was that within the visiting standard?",
  WK("2025-06-02", 6), ["cin_visits"])
R("newstarter", "visits", "2026-05-05",
  "How often do I need to see a child on a Child in Need plan? My last home visit was on Friday 1 May, so when's the next due?",
  WK("2026-05-01", 6), ["cin_visits"])
# ===== Children in care =====
R("duty", "date", "2025-12-22", "emergency LAC admission fri 19/12, assessment due?", WD("2025-12-19", 20), ["lac_emerg"])
R("scenario", "date", "2027-03-30",
  "A 13-year-old came into care unplanned late on Thursday 25 March after police protection; her younger brother went to grandad on 30/03. When does her assessment have to be completed?",
  WD("2027-03-25", 20), ["lac_emerg"])
R("typos", "date", "2027-01-02", "kid came into care today sat 2nd jan when do i have to visit",
  WD("2027-01-02", 1), ["lac_visit1", "lac_seen1"])
R("indirect", "date", "2026-04-03",
  "young person moved to a new foster home today (Good Friday). when do I have to go and see her?",
  WD("2026-04-03", 1), ["lac_visit1", "lac_seen1"])
R("manager", "date", "2027-09-06", "Child moved placements 27/08/27, visited 31/08/27 - in timescale?",
  WD("2027-08-27", 1), ["lac_visit1"])
R("duty", "date", "2027-12-23", "placed today 23/12, placement mtg by?", WD("2027-12-23", 3), ["placement_mtg"])
R("newstarter", "date", "2026-05-01",
  "A child was placed with foster carers today, Friday 1 May. When does the placement meeting need to happen by?",
  WD("2026-05-01", 3), ["placement_mtg"])
R("scenario", "date", "2025-08-22",
  "Two siblings were placed together in an IFA yesterday, 21/08/25, after the first carer (DOB 03/02/70) pulled out on the 19th. The IFA is asking when the placement meeting is. What's the latest date?",
  WD("2025-08-21", 3), ["placement_mtg"])
R("typos", "date", "2027-03-24", "placment started 24/3 wen do carers need the updated placement plan",
  WD("2027-03-24", 5), ["placement_plan"])
R("manager", "date", "2026-06-03", "Placement began 20/05/26, updated placement plan given to carers 27/05/26 - compliant?",
  WD("2026-05-20", 5), ["placement_plan"])
R("scenario", "visits", "2025-12-11", "Mum and dad see the twins twice a week at the contact centre. The arrangements were set when the twins came into care on 01/10/25 and were last reviewed yesterday, 10/12/25; there's no permanence plan yet. When's the next review of family time due?", WK("2025-12-10", 8), ["family_time"])
R("indirect", "visits", "2027-04-06",
  "when do the arrangements for the child seeing mum and dad need looking at again? we last reviewed them on 2 April and there's no permanence plan yet",
  WK("2027-04-02", 8), ["family_time"])
R("newstarter", "date", "2025-12-09",
  "A child came into care yesterday, 8 December. When does she need to have been given her coming into care pack and children's rights leaflet?",
  WK("2025-12-08", 3), ["cic_pack"])
R("typos", "date", "2026-04-15", "came into care 14/4 when does the cic pack + rights leaflet need giving",
  WK("2026-04-14", 3), ["cic_pack"])
R("duty", "date", "2026-12-30", "LAC from today 30/12, other profs told of legal status by?",
  WD("2026-12-30", 5), ["legal_status"])
R("indirect", "date", "2026-05-22",
  "child became subject to an interim care order and came into care yesterday (Thursday 21 May) - by when do school, GP etc need to be told about her new status?",
  WD("2026-05-21", 5), ["legal_status"])
R("manager", "date", "2025-05-20", "Child became LAC 08/04/25, IHA completed 07/05/25. In timescale?",
  WD("2025-04-08", 20), ["iha"])
R("scenario", "date", "2026-12-21",
  "Came into care on Friday 18/12/26 under s20 - mum signed consent the day before and GP registration was done today. When does the initial health assessment need to be carried out by?",
  WD("2026-12-18", 20), ["iha"])
R("duty", "date", "2027-08-26", "IHA deadline? LAC today", WD("2027-08-26", 20), ["iha"])
R("typos", "date", "2026-12-10", "pep meeting for new lac kid, came into care 9/12, when by",
  CD("2026-12-09", 20), ["pep"])
R("newstarter", "date", "2025-05-08",
  "Could you tell me when the first PEP meeting should be held? The child came into care yesterday, Wednesday 7 May.",
  CD("2025-05-07", 20), ["pep"])
R("indirect", "date", "2027-03-23",
  "the child was placed yesterday, 22 March - when does the up to date plan for her care need to be on the system?",
  CD("2027-03-22", 10), ["care_plan"])
R("manager", "date", "2025-12-20", "Placement 05/12/25; care plan recorded on LCS 15/12/25 - in timescale?",
  CD("2025-12-05", 10), ["care_plan"])
R("duty", "date", "2025-12-16", "LAC 15/12, initial LAR by?", WD("2025-12-15", 20), ["initial_lar"])
R("typos", "date", "2026-03-31", "child became looked after on 30th march wen is first LAC review",
  WD("2026-03-30", 20), ["initial_lar"])
R("scenario", "date", "2027-05-07",
  "Placed in foster care on 29/04/27 after an ICO was made that day. The first placement broke down on 06/05 and she moved to a new carer. Next court date is 20/05. When does the initial looked after review have to be?",
  WD("2027-04-29", 20), ["initial_lar"])
R("manager", "date", "2026-09-21", "Became LAC 20/08/26. Initial review held 18/09/26. In timescale?",
  WD("2026-08-20", 20), ["initial_lar"])
R("indirect", "date", "2026-12-24",
  "when's the first statutory meeting with the independent reviewing officer due for a boy who came into our care yesterday?",
  WD(yest("2026-12-24"), 20), ["initial_lar"])
R("newstarter", "date", "2026-05-05",
  "Hello, a little girl came into care yesterday. When will her first Looked After Review need to be held by?",
  WD(yest("2026-05-05"), 20), ["initial_lar"])
R("duty", "visits", "2025-12-30", "LAC, 1st review not yet held, last stat visit 29/12, next by?",
  WK("2025-12-29", 1), ["lac_weekly"])
R("typos", "visits", "2027-08-19", "lac kid, first review was ages ago, last visited 18.8 next visit wen",
  WK("2027-08-18", 6), ["lac_6wk"])
R("scenario", "visits", "2025-03-14",
  "Boy has been in his permanent foster placement since January 2024, well settled, and we agreed at his review to move to 12-weekly visits. My last statutory visit was on 12/03/25 and his birthday is 02/04. When is the next visit due?",
  WK("2025-03-12", 12), ["lac_12wk"])
R("manager", "visits", "2027-02-01",
  "LAC child, initial review held 10/11/26. Statutory visits on 15/12/26 and 28/01/27. Was the second one in timescale?",
  WK("2026-12-15", 6), ["lac_6wk"])
R("newstarter", "visits", "2026-04-27",
  "A child came into care last week and her first review isn't until next month. I visited her on Friday. How soon do I need to visit again?",
  WK(prev("2026-04-27", "fri"), 1), ["lac_weekly"])
R("duty", "date", "2026-12-22", "LAR Thurs 7/1, SW report to IRO by?", CDB("2027-01-07", 3), ["lar_report"])
R("typos", "date", "2026-05-20", "lac reveiw is on mon 1st june, when does my report need to be with the iro",
  CDB("2026-06-01", 3), ["lar_report"])
# ===== IRO dispute =====
R("manager", "date", "2025-12-18",
  "IRO raised an informal challenge today (18/12/25). By what date does it have to be resolved before a formal dispute is raised?",
  WD("2025-12-18", 5), ["iro_informal"])
R("indirect", "date", "2027-05-25",
  "the reviewing officer flagged drift on my case to me informally today. how long have i got to sort it before it turns into a formal dispute?",
  WD("2027-05-25", 5), ["iro_informal"])
R("newstarter", "date", "2026-04-01",
  "If a formal IRO dispute was started today, 1 April, by when should the whole dispute resolution process be finished?",
  WD("2026-04-01", 20), ["iro_formal"])
R("duty", "date", "2026-12-14", "formal IRO dispute opened 14/12, resolution deadline?", WD("2026-12-14", 20), ["iro_formal"])
# ===== Adoption =====
R("typos", "visits", "2027-04-20", "adoption placement 12/4, havent had 1st LAR yet. last visit was 19/4, next?",
  WK("2027-04-19", 1), ["adopt_weekly"])
R("manager", "visits", "2026-03-25",
  "Adoptive placement, first LAR already held; statutory visits 02/02/26 and 20/03/26 - within standard?",
  WK("2026-02-02", 6), ["adopt_6wk"])
R("scenario", "date", "2026-01-05",
  "Little Bunny moved in with her adopters on Monday 22 December 2025 after two weeks of introductions; panel matched on 20/11. When is the earliest the adopters can apply for the Adoption Order?",
  WK("2025-12-22", 10), ["adopt_10wk"])
R("newstarter", "date", "2026-09-01",
  "How long does a child need to have lived with the adopters before they can apply for an adoption order? Ours was placed on 25 August 2026 - what date is that?",
  WK("2026-08-25", 10), ["adopt_10wk"])
R("indirect", "date", "2027-06-01",
  "the adoptive parents had the child move in on 28/05/27, what's the earliest they can lodge the court application to make it permanent?",
  WK("2027-05-28", 10), ["adopt_10wk"])
# ===== Fostering =====
R("scenario", "visits", "2026-12-23", "I'm the supervising social worker for a couple who've had a teenager placed with them since 02/10/26. I visited them yesterday, 22/12, and the child's LAC review is 12/01/27. When's my next visit to the carers due?", WK("2026-12-22", 6), ["fc_visit"])
R("manager", "date", "2026-01-07",
  "SSW visited foster carer 24/12/25; record of the visit put on LCS 31/12/25. Compliant with the fostering standard?",
  WD("2025-12-24", 3), ["fc_record"])
R("indirect", "visits", "2025-04-01",
  "when's the latest the supervising social worker must next turn up at our foster carers' house without telling them first? last surprise visit was 13 March 2025",
  MO("2025-03-13", 12), ["fc_unannounced"])
R("newstarter", "visits", "2026-05-06",
  "When is a foster carer's next annual review due if the last one was on 30 April 2026?",
  MO("2026-04-30", 12), ["fc_annual"])
R("newstarter", "date", "2025-06-20",
  "Sorry if this is obvious - how often does a foster carer's annual review have to go to the Fostering Panel? Ours last went on 9 June 2025, so when's the latest for the next one?",
  MO("2025-06-09", 36), ["fc_panel3"])
R("scenario", "date", "2027-05-10", "Our foster carers were approved on 15/01/2019. Their DBS, medicals and statutory references were last updated on 31/08/2024 and their last annual review was 10/03/27. When are the checks next due?", MO("2024-08-31", 36), ["fc_checks"])
R("typos", "date", "2026-11-02", "core training for my carers last done 29/2/24, when do they need to redo it by",
  MO("2024-02-29", 36), ["fc_training"],
  "Counted as 3 years to 28/02/2027 (month-end clamp); a reader could take 01/03/2027.")
R("scenario", "date", "2026-12-24",
  "Our carers are approved for 0-10 but we need to place a 12-year-old with them from tonight, Thursday 24 December, as an emergency. The Strategic Lead agreed a variation this afternoon. How long can that last?",
  WD("2026-12-24", 6), ["variation"])
R("indirect", "date", "2026-04-02",
  "we placed a child outside the carers' approved age range with permission today, 2 April. when does that permission run out?",
  WD("2026-04-02", 6), ["variation"])
R("duty", "date", "2026-01-05", "Reg 24 temp approval for connected carer from today 5/1/26, expires?",
  WK("2026-01-05", 16), ["temp_approval"])
R("manager", "date", "2025-12-01",
  "Connected person temporary approval started 18/08/25 and was extended by the ADM for the full extension. When does the extension end?",
  WK("2025-08-18", 24, " (16 weeks + 8 week extension)"), ["temp_approval"])
R("newstarter", "date", "2027-05-28",
  "A child was placed with his aunt under temporary approval as a connected person on 27 May 2027. When does the temporary approval end if it isn't extended?",
  WK("2027-05-27", 16), ["temp_approval"])
# ===== Case recording / case summary / assessment currency =====
R("typos", "date", "2025-12-31", "home visit done tues 30/12, how long have i got to write it up",
  CD("2025-12-30", 3), ["recording"])
R("indirect", "date", "2026-03-31",
  "I had a phone call with the child's school yesterday about her attendance - by when does it need to be written up on the system?",
  CD(yest("2026-03-31"), 3), ["recording"])
R("newstarter", "date", "2026-01-14", "I'm new and trying to get my case files in order. The case file summary on one of mine was last updated on 30 November 2025 - by when does it need updating again?",
  MO("2025-11-30", 3), ["summary"])
R("scenario", "date", "2027-06-01", "I've just inherited a caseload. On one child the last C&FA was 01/09/26 and the case file summary was last updated 13/05/27. When does the summary next need updating?", MO("2027-05-13", 3), ["summary"])
R("newstarter", "date", "2026-10-05",
  "How recent does a child's assessment have to be on an open case? Ours was authorised on 21 January 2026 - when will it go out of date?",
  MO("2026-01-21", 12), ["assess12"])
R("scenario", "date", "2026-01-12",
  "I've picked up a CIN case from a colleague who left. The last C&FA was authorised on 03/03/25 and the case summary was updated 02/12/25. My manager says we need a new assessment before the current one is out of date - when is that?",
  MO("2025-03-03", 12), ["assess12"])
# ===== choice rows =====
R("duty", "choice", "2026-03-04", "conf was 3/3, when's the next meeting due?",
  CHOICE(("first core group within 10 days (if on a CP plan)", CD("2026-03-03", 10)),
         ("first CIN meeting within 20 days (if de-planned)", CD("2026-03-03", 20))),
  ["core_group", "cin_deplan"])
R("newstarter", "choice", "2026-12-11",
  "My team leader has just agreed we need a strategy discussion. It's Friday afternoon (11 December) - by when does it need to happen?",
  CHOICE(("S47 section: within 24 hours", CD("2026-12-11", 1)),
         ("Front Door section: within 1 working day", WD("2026-12-11", 1))),
  ["strat_24h", "strat_1wd"])
R("typos", "choice", "2026-12-31", "icpc is mon 11/1, when does my report need doing by",
  CHOICE(("to the CP chair 3 working days before", WDB("2027-01-11", 3)),
         ("shared with family at least 3 days prior", CDB("2027-01-11", 3))),
  ["report_chair", "report_family"])
R("indirect", "choice", "2026-03-04",
  "the child's on a plan and I last saw her at home on 03/03/26. when do I next have to see her?",
  CHOICE(("CP plan: at least every 4 weeks", WK("2026-03-03", 4)),
         ("CIN plan: at least every 6 weeks", WK("2026-03-03", 6))),
  ["cp_visits", "cin_visits"])
R("duty", "choice", "2025-12-04", "c&f started 3/12, when's it due?",
  CHOICE(("TL review within 15 working days", WD("2025-12-03", 15)),
         ("completion within 45 days", CD("2025-12-03", 45))),
  ["tl_review", "complete45"])
R("manager", "choice", "2026-05-21", "Child placed 20/05/26. By what date does the plan need to be done?",
  CHOICE(("updated placement plan to carers within 5 working days", WD("2026-05-20", 5)),
         ("care plan on the system within 10 days", CD("2026-05-20", 10))),
  ["placement_plan", "care_plan"])
R("scenario", "choice", "2027-03-17",
  "Strat was this morning (17/03/27) and we agreed S47; I saw both children at school this afternoon. Grandma's 70th is on the 20th so the family are away that weekend. What's my next deadline?",
  CHOICE(("SW/manager S47 progress discussion within 5 days", CD("2027-03-17", 5)),
         ("ICPC within 15 working days of the strat", WD("2027-03-17", 15))),
  ["s47_5days", "icpc"])
R("typos", "choice", "2025-12-19", "visited my foster carers today 19/12, how long to get it on lcs",
  CHOICE(("case recording: within 3 days", CD("2025-12-19", 3)),
         ("fostering: record of visit within 3 working days", WD("2025-12-19", 3))),
  ["recording", "fc_record"])
R("manager", "choice", "2026-03-09", "LAC, last statutory visit 03/03/26. Next one due?",
  CHOICE(("weekly until the first looked after review", WK("2026-03-03", 1)),
         ("6-weekly after the first review", WK("2026-03-03", 6))),
  ["lac_weekly", "lac_6wk"])
# ===== age rows =====
R("newstarter", "age", "2025-11-10",
  "The girl I'm working with was born on 14 March 2014. When does she turn 12, so that she should be offered an advocate for conference?",
  AGE("2014-03-14", 12), ["advocate"])
R("duty", "age", "2025-09-01", "YP DOB 03/11/10, pathway plan start date?", AGE("2010-11-03", 15, 6), ["pathway"])
R("typos", "age", "2025-10-14", "dob 31/8/10 when do i start pathway plan", AGE("2010-08-31", 15, 6), ["pathway"],
  "15 years 6 months from 31 August is counted as 28/02/2026 (month-end clamp); a reader could take 01/03/2026.")
R("scenario", "age", "2026-01-19",
  "Two children: Child Zed (DOB 29/02/2020) and her brother (DOB 06/06/2022). The PLO letter is going out in the next few weeks. Zed was born on a leap day - on what date does she stop being under 6 for the adoption social worker allocation?",
  AGE("2020-02-29", 6), ["adopt_under6"],
  "Born 29 Feb: 6th birthday taken as 01/03/2026 (brief convention); a reader could take 28/02/2026.")
R("manager", "age", "2026-05-11",
  "Child DOB 17/04/2020 entered PLO 20/04/26 - was she still under 6, i.e. should an adoption SW and family finder have been allocated? What date did she turn 6?",
  AGE("2020-04-17", 6), ["adopt_under6"])
R("indirect", "age", "2026-11-30",
  "at what date is a young man born 25 December 2011 old enough that his plan for leaving care needs to be started?",
  AGE("2011-12-25", 15, 6), ["pathway"])
R("scenario", "age", "2026-12-14",
  "Conference is on 10/01/27. The eldest was born 12/01/2015 and the middle one 30/06/2017. When does the eldest turn 12 and so need offering an advocate?",
  AGE("2015-01-12", 12), ["advocate"])
R("typos", "age", "2027-03-01", "kid dob 29/2/2012 when is she 15 and a half for pathway plan",
  AGE("2012-02-29", 15, 6), ["pathway"],
  "Counted as 186 months from DOB (29/08/2027); taking the 15th birthday as 01/03/2027 and adding 6 months would give 01/09/2027.")
R("duty", "age", "2025-06-02", "dob 05/09/13 advocate age (12) when?", AGE("2013-09-05", 12), ["advocate"])
# ===== none rows =====
R("duty", "none", "2026-01-15", "ICPC 14/1/26, RCPC due by?",
  NONE("the standards leave the review conference date to the CP chair"), ["next_conf"])
R("newstarter", "none", "2026-03-20",
  "When is the second Looked After Review due? The first one was on 12 March 2026.",
  NONE("the standards set the initial review (20 working days) but no interval for the second review"), ["second_review"])
R("manager", "none", "2026-02-10", "SW's last supervision was 02/02/26 - when is the next one due under the practice standards?",
  NONE("supervision frequency is left to the supervision policy"), ["supervision_policy"])
R("typos", "none", "2026-05-06", "how often do core groups have to be after the first one? last one was 5/5",
  NONE("only the first core group has a timescale"), ["core_group_every"])
R("indirect", "none", "2026-09-02",
  "what's the deadline for the child's life story book and the letter she'll read when she's older? she was placed for adoption on 01/09/26",
  NONE("no timescale for the life story book or later life letter"), ["lifestory"])
R("scenario", "none", "2027-08-14",
  "A 14-year-old went missing from her foster placement overnight on 13/08/27 and came back this morning. Her foster carer (DOB 1975) reported it to police. When does the return home interview need to be done by?",
  NONE("no timescale for a return home interview"), ["missing"])
R("duty", "none", "2027-01-12", "Annex A due when? placed w adopters 11/1/27",
  NONE("no deadline for the Annex A report (only that adopters may apply after 10 weeks)"), ["annex_a", "adopt_10wk"])
R("indirect", "none", "2025-11-10",
  "how often does the independent reviewing officer have to get in touch with the young person between reviews? last contact was 4 Nov",
  NONE("no frequency set for IRO contact between reviews"), ["iro_contact"])
R("manager", "none", "2027-06-11", "Legal Gateway 10/06/27 agreed to issue. When must the SWET be filed?",
  NONE("filing timescales are agreed at the Legal Gateway meeting"), ["swet"])
R("typos", "none", "2026-02-04", "when does the shopba have to be by, final care planning meeting was 3/2",
  NONE("SHOPBA is only ordered (after final care planning, before IRH paperwork), no day count"), ["shopba"])


# ---------------------------------------------------------------------------
# Build + checks
# ---------------------------------------------------------------------------
VOICES = ["duty", "typos", "scenario", "indirect", "newstarter", "manager"]
KINDS = ["date", "visits", "age", "choice", "none"]


def build():
    src = open(SOURCE, encoding="utf-8").read()
    out = []
    problems = []
    for i, r in enumerate(ROWS, 1):
        op = r["op"]
        phrases = [PH[k] for k in r["phrases"]]
        for k, p in zip(r["phrases"], phrases):
            if p not in src:
                problems.append(f"row {i}: phrase {k!r} not verbatim in source")
            if len(p.split()) < 6:
                problems.append(f"row {i}: phrase {k!r} shorter than 6 words")
        if r["voice"] not in VOICES:
            problems.append(f"row {i}: bad voice {r['voice']}")
        if r["kind"] not in KINDS:
            problems.append(f"row {i}: bad kind {r['kind']}")
        if (r["kind"] == "none") != (op["due"] is None):
            problems.append(f"row {i}: none/due mismatch")
        if (r["kind"] == "choice") != (op["op"] == "choice"):
            problems.append(f"row {i}: choice/op mismatch")
        if r["kind"] == "choice" and len(phrases) < 2:
            problems.append(f"row {i}: choice row needs 2+ phrases")
        if r["kind"] == "age" and op["op"] != "age":
            problems.append(f"row {i}: age row without AGE op")
        row = {
            "q": r["q"],
            "today": r["today"].isoformat(),
            "due": op["due"].isoformat() if op["due"] else None,
            "expect_any": phrases,
            "count": op["count"],
            "voice": r["voice"],
            "kind": r["kind"],
        }
        if r["amb"]:
            row["ambiguous"] = r["amb"]
        out.append(row)
    qs = [o["q"] for o in out]
    dup = {q for q in qs if qs.count(q) > 1}
    if dup:
        problems.append(f"duplicate questions: {dup}")
    return out, problems


def warnings(out):
    w = []
    for i, (o, r) in enumerate(zip(out, ROWS), 1):
        due = r["op"]["due"]
        if due is None:
            continue
        if r["op"]["op"] in ("cd", "cdb", "wk", "mo") and not is_wd(due):
            w.append(f"row {i}: calendar-count due {fmt(due)} is not a working day [{r['kind']}]")
        if r["voice"] != "manager" and r["kind"] not in ("age",) and due < r["today"]:
            w.append(f"row {i}: due {due} before today {r['today']} (non-manager)")
    return w


def main():
    self_check()
    out, problems = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    # re-read and parse every line
    with open(OUT, encoding="utf-8") as f:
        lines = f.read().splitlines()
    parsed = [json.loads(l) for l in lines]
    assert len(parsed) == len(out)
    src = open(SOURCE, encoding="utf-8").read()
    for i, o in enumerate(parsed, 1):
        assert set(o) >= {"q", "today", "due", "expect_any", "count", "voice", "kind"}, i
        assert o["expect_any"] and all(p in src for p in o["expect_any"]), i
        dt.date.fromisoformat(o["today"])
        if o["due"] is not None:
            dt.date.fromisoformat(o["due"])
    from collections import Counter
    kc = Counter(o["kind"] for o in parsed)
    vc = Counter(o["voice"] for o in parsed)
    yc = Counter(o["today"][:4] for o in parsed)
    print("rows:", len(parsed))
    print("kinds:", dict(kc))
    print("voices:", dict(vc))
    print("today years:", dict(sorted(yc.items())))
    print("ambiguous:", sum(1 for o in parsed if "ambiguous" in o))
    used = set(k for r in ROWS for k in r["phrases"])
    print("phrases never used:", sorted(set(PH) - used))
    for w in warnings(out):
        print("WARN", w)
    if "--show" in sys.argv:
        for i, (o, r) in enumerate(zip(parsed, ROWS), 1):
            print(f"{i:3d} [{o['voice']}/{o['kind']}] today={fmt(r['today'])} due={o['due']}\n    {o['q']}\n    {o['count']}")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  ", p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
