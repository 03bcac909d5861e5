#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (standard library only).

Computes `due` and `count` for every row from a structured description, writes
questions.jsonl, and checks: phrases verbatim in the source, relative dates, weekday
claims, kind/voice counts.
"""
import calendar
import collections
import datetime as dt
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"
D = dt.date.fromisoformat

# England and Wales bank holidays 2024-2028, typed by hand.
BANK_HOLIDAYS = {D(x) for x in [
    # 2024
    "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26",
    "2024-12-25", "2024-12-26",
    # 2025
    "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25",
    "2025-12-25", "2025-12-26",
    # 2026 (Boxing Day is a Saturday -> substitute Mon 28 Dec)
    "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31",
    "2026-12-25", "2026-12-28",
    # 2027 (Christmas Sat, Boxing Day Sun -> substitutes Mon 27 and Tue 28 Dec)
    "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30",
    "2027-12-27", "2027-12-28",
    # 2028 (New Year's Day Sat -> substitute Mon 3 Jan)
    "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28",
    "2028-12-25", "2028-12-26",
]}


def _easter(y):  # anonymous Gregorian algorithm, used only to cross-check the typed list
    a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4
    f = (b + 8) // 25; g = (b - f + 1) // 3; h = (19 * a + b - d - g + 15) % 30
    i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31; day = (h + l - 7 * m + 114) % 31 + 1
    return dt.date(y, month, day)


def _rule_holidays(y):
    def first_mon(m):
        d = dt.date(y, m, 1)
        return d + dt.timedelta((0 - d.weekday()) % 7)

    def last_mon(m):
        d = dt.date(y, m, calendar.monthrange(y, m)[1])
        return d - dt.timedelta((d.weekday() - 0) % 7)

    out = set()
    ny = dt.date(y, 1, 1)
    out.add(ny + dt.timedelta({5: 2, 6: 1}.get(ny.weekday(), 0)))
    e = _easter(y)
    out |= {e - dt.timedelta(2), e + dt.timedelta(1), first_mon(5), last_mon(5), last_mon(8)}
    c, b = dt.date(y, 12, 25), dt.date(y, 12, 26)
    if c.weekday() == 5:
        out |= {dt.date(y, 12, 27), dt.date(y, 12, 28)}
    elif c.weekday() == 6:
        out |= {dt.date(y, 12, 26), dt.date(y, 12, 27)}
    elif b.weekday() == 5:
        out |= {c, dt.date(y, 12, 28)}
    else:
        out |= {c, b}
    return out


assert BANK_HOLIDAYS == set().union(*(_rule_holidays(y) for y in range(2024, 2029))), "bank holiday list mismatch"

DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def fmt(d):
    return f"{d.isoformat()} ({DOW[d.weekday()]})"


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year; m += 1
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last)), d.day > last


# ---- rules: key -> (type, n, [verbatim phrases]) ----
RULES = {
    "contact_1wd": ("wd", 1, ["decisions made by what action are required by a Team Leader within 1 working day"]),
    "referral_1wd": ("wd", 1, ["Referrals will be actioned by a social worker within 1 working day"]),
    "strat_1wd": ("wd", 1, ["a strategy discussion is required, this must happen within 1 working day"]),
    "s47_5d": ("days", 5, ["Within 5 days of the Section 47 being initiated"]),
    "alloc_3wd": ("wd", 3, ["allocated to a social worker to complete a Child and Family Assessment within 3 working days"]),
    "tlreview_15wd": ("wd", 15, ["All assessments will be reviewed by the Team Leader within 15 working days"]),
    "assess_45d": ("days", 45, ["Assessments must all be completed within 45 days"]),
    "transfer_5d": ("days", 5, ["Within the 5 days’ notice period, the Children’s First Response Social Worker"]),
    "icpc_15wd": ("wd", 15, ["Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion"]),
    "icpc_family_3d": ("days_before", 3, ["The report will be shared with family at least 3 the days prior to conference"]),
    "icpc_chair_3wd": ("wd_before", 3, ["The report will be sent to the child protection chair 3 working days before the conference"]),
    "core_10d": ("days", 10, ["The first core group must be  held within 10 days of the conference"]),
    "cpvisit_4w": ("weeks", 4, ["Visits to a child subject to a CP plan will take place at least every 4 weeks"]),
    "rcpc_parents_3d": ("days_before", 3, ["This report must be shared with parents at least 3 days prior to the review conference"]),
    "rcpc_chair_3d": ("days_before", 3, ["The report will be available to the conference chair at least 3 days prior to the review conference"]),
    "cp_12m": ("months", 12, ["when they have been subject to a plan for 12 months"]),
    "plo_first_10d": ("days", 10, ["The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter"]),
    "fgc_3wd": ("wd", 3, ["Referral should be made within 3 working days of the first PLO meeting"]),
    "viab_3wd": ("wd", 3, ["Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting"]),
    "plo_minutes_7d": ("days", 7, ["distributed to parents and their legal representation within 7 days of the meeting"]),
    "plo_review_6w": ("weeks", 6, ["Review PLO meetings with parents to be held every 4-6 weeks"]),
    "plo_12w": ("weeks", 12, ["A review legal planning meeting will be held at 12 weeks"]),
    "plo_16w": ("weeks", 16, ["a Legal Gateway meeting will be convened at 16 weeks"]),
    "cin_deplan_20d": ("days", 20, ["will set the first CIN meeting within 20 days"]),
    "cin_transfer_10d": ("days", 10, ["When a case transfers from Trafford Childrens First Response the initial CIN meeting must take place within 10 days"]),
    "cin_review_6w": ("weeks", 6, ["CIN review meetings will be held at least every 6 weeks"]),
    "cin_visit_6w": ("weeks", 6, ["A child subject to a CIN plan will be seen at least every 6 weeks"]),
    "lac_assess_20wd": ("wd", 20, ["If it is an emergency / unplanned admission the assessment will be completed within 20 working days"]),
    "lac_visit_1wd": ("wd", 1, ["The child will be visited within 1 working day of coming into care or having a change in placement"]),
    "placement_mtg_3wd": ("wd", 3, ["The placement meeting will be held within 3 working days"]),
    "placement_plan_5wd": ("wd", 5, ["an updated copy given to the carers within 5 working days of the placement beginning"]),
    "family_time_8w": ("weeks", 8, ["reviewed at least every 8 week until the plan for permanence is agreed"]),
    "care_pack_3w": ("weeks", 3, ["The child will be provided with a coming into care pack, children rights leaflet within 3 weeks"]),
    "legal_status_5wd": ("wd", 5, ["informed of the child’s legal status within 5 working days"]),
    "iha_20wd": ("wd", 20, ["An initial health assessment will be requested and carried out within 20 working days"]),
    "pep_20d": ("days", 20, ["A PEP meeting will be arranged within the school within 20 days"]),
    "lac_weekly": ("weeks", 1, ["Statutory looked after visits must happen weekly until the first looked after review"]),
    "lac_6w": ("weeks", 6, ["then a minimum of every 6 weeks thereafter until the plan for permanence is finalised"]),
    "lac_12w": ("weeks", 12, ["Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement"]),
    "care_plan_10d": ("days", 10, ["An up to date care plan will be recorded on the electronic system within 10 days of placement"]),
    "init_lar_20wd": ("wd", 20, ["The initial Looked After Review must take place within 20 working days of the child becoming looked after"]),
    "iro_report_3d": ("days_before", 3, ["this will be with the IRO 3 days before the review"]),
    "iro_informal_5wd": ("wd", 5, ["If the challenge is not resolved within 5 working days a formal dispute will be raised"]),
    "iro_formal_20wd": ("wd", 20, ["The formal dispute resolution process should be completed from start to finish within 20 working days"]),
    "adopt_weekly": ("weeks", 1, ["Once the child is placed weekly statutory visits will take place until the first Looked After Review"]),
    "adopt_6w": ("weeks", 6, ["then visits will be a minimum of 6 weekly until the Adoption Order is Granted"]),
    "adopt_10w": ("weeks", 10, ["Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order"]),
    "foster_visit_6w": ("weeks", 6, ["Trafford foster carers are visited at least once every six weeks"]),
    "foster_record_3wd": ("wd", 3, ["a record of this visit is recorded on LCS within 3 working days"]),
    "unannounced_12m": ("months", 12, ["All Trafford foster carers will have an unannounced visit at least once every 12 months"]),
    "foster_annual_12m": ("months", 12, ["All Trafford foster carers will have an annual review including an updated Safer Caring Policy"]),
    "panel_3y": ("months", 36, ["Every foster carer will have an annual review presented to the Fostering Panel at least every three years"]),
    "refs_3y": ("months", 36, ["All foster carers will have updated statutory references, medicals and DBS checks at least every three years"]),
    "training_3y": ("months", 36, ["All Trafford foster carers must update their core training at least every three years"]),
    "variation_6wd": ("wd", 6, ["This can only be given for up to 6 working days"]),
    "temp_16w": ("weeks", 16, ["Temporary approval is for 16 weeks but can be extended for a further 8 weeks"]),
    "temp_ext_24w": ("weeks", 24, ["Temporary approval is for 16 weeks but can be extended for a further 8 weeks"]),
    "recording_3d": ("days", 3, ["any event or contact is recorded within 3 days"]),
    "summary_3m": ("months", 3, ["A clear and concise case file summary which has been updated within the last 3 months"]),
    "assessment_12m": ("months", 12, ["An up to date assessment (within the last 12 months) on each child"]),
    # ages: (years*12 + months)
    "age_12": ("age", 144, ["if they are 12 or over they should be offered an advocate"]),
    "age_15y6m": ("age", 186, ["A pathway plan will be started when the young person is 15 years 6 months"]),
    "age_6": ("age", 72, ["If a child under the age of 6 enters PLO or proceedings"]),
}


def compute(rule, start):
    typ, n, _ = RULES[rule]
    if typ == "wd":
        d, k, skipped = start, 0, []
        while k < n:
            d += dt.timedelta(1)
            if is_wd(d):
                k += 1
            elif d in BANK_HOLIDAYS:
                skipped.append(d)
        c = f"{n} working day{'s' if n > 1 else ''} after {fmt(start)} -> {fmt(d)}"
        if start in BANK_HOLIDAYS or start.weekday() >= 5:
            c += f"; start day is not a working day, counted from it"
        if skipped:
            c += "; skips bank holidays " + ", ".join(x.isoformat() for x in skipped)
        return d, c
    if typ == "wd_before":
        d, k, skipped = start, 0, []
        while k < n:
            d -= dt.timedelta(1)
            if is_wd(d):
                k += 1
            elif d in BANK_HOLIDAYS:
                skipped.append(d)
        c = f"{n} working days before {fmt(start)} -> {fmt(d)}"
        if skipped:
            c += "; skips bank holidays " + ", ".join(x.isoformat() for x in skipped)
        return d, c
    if typ == "days":
        d = start + dt.timedelta(n)
        c = f"{fmt(start)} + {n} calendar days -> {fmt(d)}"
    elif typ == "days_before":
        d = start - dt.timedelta(n)
        c = f"{fmt(start)} - {n} calendar days -> {fmt(d)}"
    elif typ == "weeks":
        d = start + dt.timedelta(7 * n)
        c = f"{fmt(start)} + {n} week{'s' if n > 1 else ''} ({7 * n} days) -> {fmt(d)}"
    elif typ in ("months", "age"):
        d, clamped = add_months(start, n)
        if typ == "age":
            y, m = divmod(n, 12)
            lab = f"{y} years" + (f" {m} months" if m else "")
            c = f"DOB {fmt(start)} + {lab} -> {fmt(d)}"
            if clamped and start.month == 2 and start.day == 29 and m == 0:
                d = d + dt.timedelta(1)
                c = f"DOB {fmt(start)} + {lab}; 29 Feb birthday in a non-leap year taken as 1 March -> {fmt(d)}"
            elif clamped:
                c += f" (day {start.day} does not exist in that month, clamped to month end)"
        else:
            c = f"{fmt(start)} + {n} months -> {fmt(d)}"
            if clamped:
                c += f" (day {start.day} does not exist in that month, clamped to month end)"
    else:
        raise ValueError(typ)
    if d in BANK_HOLIDAYS or d.weekday() >= 5:
        c += "; falls on a weekend/bank holiday, not moved (calendar count)"
    return d, c


def resolve_rel(rel, today):
    if rel == "today":
        return today
    if rel == "yesterday":
        return today - dt.timedelta(1)
    if rel == "tomorrow":
        return today + dt.timedelta(1)
    if rel.startswith("prev:"):  # most recent named weekday strictly before today
        w = DOW.index(rel[5:])
        d = today - dt.timedelta(1)
        while d.weekday() != w:
            d -= dt.timedelta(1)
        return d
    raise ValueError(rel)


ROWS = []


def R(voice, kind, rule, start, today, q, amb=None, rel=None, dows=None, extra_phrases=None):
    ROWS.append(dict(voice=voice, kind=kind, rule=rule, start=start, today=today, q=q,
                     amb=amb, rel=rel, dows=dows or [], extra_phrases=extra_phrases))


# ---------------- ROWS ----------------
# R(voice, kind, rule, start, today, q, amb=, rel=, dows=)
# Front door
R("duty", "date", "contact_1wd", "2025-12-24", "2025-12-24", "contact in 24/12/25 - TL decision due by?")
R("typos", "date", "contact_1wd", "2025-04-18", "2025-04-22", "contact came in on good friday 18.4.25 when does the tl need to of made the decison by",
  amb="Contact received on a bank holiday: some would treat the first working day (22/04) as day 0, giving 23/04/2025.")
R("indirect", "date", "contact_1wd", "2026-04-02", "2026-04-02", "If something comes in to the front door this afternoon (Thursday), by when does a team leader have to decide what happens with it?", dows=[("2026-04-02", "Thu")])
R("newstarter", "date", "referral_1wd", "2026-05-01", "2026-05-01", "Hi, sorry if this is a basic question - a referral was passed to me today, 1st May 2026. How long do I have to action it as the social worker?")
R("typos", "date", "referral_1wd", "2025-05-23", "2025-05-23", "refferal landed 23/5/25 wen do i need to action it by")
R("duty", "date", "strat_1wd", "2026-12-24", "2026-12-24", "mgmt decision strat needed 24.12.26 - strat by?")
R("manager", "date", "strat_1wd", "2025-08-29", "2025-09-10", "Decision that a strategy discussion was needed was recorded 29/08/2025 and the strat took place 02/09/2025. Was that within timescale?")
R("scenario", "date", "strat_1wd", "2027-04-30", "2027-04-30", "School raised concerns about a Year 4 pupil this morning (DOB 01/05/2018). My TM made the management decision at 4pm today, 30/04/2027, that we need a strategy discussion. When does the strat need to happen by?",
  amb="The S47 section says 'a strategy discussion within 24 hours', which would be 01/05/2027 (a Saturday).")
# S47
R("duty", "date", "s47_5d", "2025-12-24", "2025-12-24", "s47 initiated 24/12/25 - 5 day progress chat with TM by?")
R("indirect", "date", "s47_5d", "2026-08-25", "2026-08-27", "We started the child protection enquiries on Tuesday. When do I have to sit down with my manager to talk about how they're going?", rel="prev:Tue")
R("newstarter", "date", "s47_5d", "2026-04-03", "2026-04-07", "Could someone explain when the Section 47 progress discussion with my manager should take place? The Section 47 was initiated on 3 April 2026.")
# Allocation, assessments
R("typos", "date", "alloc_3wd", "2025-12-22", "2025-12-22", "how long have we got to allocate a c&f assesment, case came in 22nd dec 25")
R("manager", "date", "alloc_3wd", "2025-05-23", "2025-06-10", "Audit q: case came in 23/05/2025, allocated for C&F assessment 29/05/2025. In timescale?")
R("duty", "date", "tlreview_15wd", "2025-12-15", "2025-12-18", "C&F started 15/12/25 TL review due?")
R("indirect", "date", "tlreview_15wd", "2025-04-07", "2025-04-09", "I started the assessment of a family's needs on 7th April 2025. When should my team leader have looked over it by?")
R("manager", "date", "tlreview_15wd", "2026-08-14", "2026-09-21", "Assessment started 14/08/2026, TL review recorded 04/09/2026 - late?")
R("duty", "date", "assess_45d", "2025-11-17", "2025-11-20", "C&F start 17/11/25, 45 day deadline?")
R("typos", "date", "assess_45d", "2026-03-02", "2026-03-05", "asessment started 2.3.26 when does it need finishing")
R("scenario", "date", "assess_45d", "2027-06-14", "2027-06-15", "I picked up a new case on 10 June 2027 after a referral from the GP. The assessment started on 14/06/27. Mum's due date with her new baby is 20/07/27. When does the assessment have to be completed by?",
  amb="Someone could count from the referral/allocation on 10/06/2027 instead of the assessment start, giving 25/07/2027.")
R("newstarter", "date", "assess_45d", "2026-12-01", "2026-12-02", "Hello, I'm new - how long do I have to complete a Child and Family Assessment? I began mine on the 1st of December 2026.")
R("scenario", "date", "transfer_5d", "2026-06-03", "2026-06-03", "Our C&F assessment says the child needs a CIN plan, so today (03/06/2026) we emailed the Neighbourhood Team to give notice of the transfer. The child's CIN-related school review is 20/06. When do we need to have done the joint visit by?",
  amb="The joint visit is 'within the 5 days' notice period'; someone could read the period as 5 working days, giving 10/06/2026.")
R("indirect", "date", "transfer_5d", "2025-11-05", "2025-11-06", "CFR sent the email to say the case is moving to us at CIN on 5th Nov 2025. By when should our worker and theirs have gone out together to see the family?",
  amb="The joint visit is 'within the 5 days' notice period'; someone could read the period as 5 working days, giving 12/11/2025.")
# ICPC
R("duty", "date", "icpc_15wd", "2025-12-19", "2025-12-22", "strat was 19/12/25, when's the ICPC?")
R("typos", "date", "icpc_15wd", "2026-04-01", "2026-04-01", "strat was 1st april 2026 wen is icpc due")
R("scenario", "date", "icpc_15wd", "2025-05-07", "2025-05-08", "Baby was born 02/05/2025 and the midwife raised concerns on the 6th. We held the initial strategy discussion on 07/05/2025 and agreed a S47. By when does the ICPC need to be?")
R("indirect", "date", "icpc_15wd", "2027-03-22", "2027-03-23", "we had the first multi-agency meeting to plan the enquiries yesterday. when does the big meeting where everyone decides whether a protection plan is needed have to happen by?", rel="yesterday")
R("newstarter", "date", "icpc_15wd", "2026-08-18", "2026-08-19", "Hi all, could someone tell me the timescale for an Initial Child Protection Conference? The strategy discussion was on 18 August 2026.")
R("manager", "date", "icpc_15wd", "2026-01-02", "2026-01-27", "ICPC was held 20/01/26, strat 02/01/26, was that in timescale?")
R("manager", "date", "icpc_15wd", "2027-12-10", "2028-01-10", "Strat 10/12/2027, ICPC held 05/01/2028. Within timescales?")
R("duty", "date", "icpc_family_3d", "2026-01-12", "2026-01-05", "icpc 12/1/26 - report to family by?")
R("newstarter", "date", "icpc_family_3d", "2026-04-10", "2026-03-30", "When do I need to share my ICPC report with the parents? The conference is booked for Friday 10 April 2026.", dows=[("2026-04-10", "Fri")])
R("typos", "date", "icpc_family_3d", "2027-06-04", "2027-05-27", "icpc is on 4/6/27 wen do parents have to get the report")
R("duty", "date", "icpc_chair_3wd", "2027-01-06", "2026-12-21", "icpc 06/01/27 report to chair by?")
R("indirect", "date", "icpc_chair_3wd", "2026-04-07", "2026-03-26", "The first big child protection meeting is on 7 April 2026. When does the chair need my report (signed off)?")
R("manager", "date", "icpc_chair_3wd", "2025-06-02", "2025-06-09", "Report went to the CP chair 28/05/2025 for an ICPC on 02/06/2025. Was that on time?")
R("scenario", "date", "icpc_chair_3wd", "2025-08-27", "2025-08-18", "I've got an ICPC on 27/08/25 for two siblings, the strat was 06/08. My TL is off until the 26th. When does the report need to be with the chair, signed off?")
# CP plans
R("duty", "date", "core_10d", "2025-12-19", "2025-12-19", "ICPC 19.12.25 1st core group by?")
R("typos", "date", "core_10d", "2026-05-22", "2026-05-26", "icpc was 22nd may 26 when does 1st core grp need to be")
R("indirect", "date", "core_10d", "2027-03-05", "2027-03-08", "Child went on a plan at conference on 5 March 2027. When must the first meeting of the family and professionals who put the detail into the plan take place?")
R("manager", "date", "core_10d", "2026-08-14", "2026-09-01", "ICPC 14/08/2026, first core group 26/08/2026. In timescale?")
R("newstarter", "date", "core_10d", "2026-12-22", "2026-12-23", "Hello! The Initial Child Protection Conference was yesterday and the children are now on plans. When does the first core group need to be held?", rel="yesterday")
R("duty", "date", "rcpc_parents_3d", "2026-10-15", "2026-10-05", "RCPC 15/10/26 plan update to parents by?")
R("typos", "date", "rcpc_parents_3d", "2026-01-05", "2025-12-22", "review conf is 5th jan 26 wen do parents need the report")
R("scenario", "date", "rcpc_chair_3d", "2026-01-02", "2025-12-15", "Our review conference for the twins is on 02/01/2026. The ICPC was 07/10/2025 and the last core group 09/12. When does my plan update have to be available to the chair?")
R("manager", "date", "rcpc_chair_3d", "2027-05-13", "2027-05-20", "RCPC 13/05/2027, report made available to chair 11/05/2027. Compliant?")
R("indirect", "date", "cp_12m", "2024-02-29", "2025-01-20", "A girl has been on a protection plan since 29 February 2024 and things aren't shifting. On what date does she reach 12 months on the plan, when we'd think about a professional thinking time meeting?")
R("newstarter", "date", "cp_12m", "2025-06-15", "2026-04-20", "My child was made subject to a CP plan on 15/06/2025. When would a professional thinking time meeting come in if progress isn't enough to de-plan?")
# PLO
R("duty", "date", "plo_first_10d", "2025-12-19", "2025-12-19", "PLO letter dated 19/12/25 - 1st meeting by?")
R("indirect", "date", "plo_first_10d", "2027-03-23", "2027-03-23", "the letter that starts pre-proceedings went out dated 23 March 2027, when does the first meeting with mum and her solicitor need to be by?")
R("manager", "date", "plo_first_10d", "2026-04-01", "2026-04-20", "PLO letter dated 01/04/2026, first PLO meeting held 13/04/2026. Within timescale?")
R("typos", "date", "plo_first_10d", "2025-08-22", "2025-08-22", "plo leter dated 22.8.25 when is first meeting due")
R("duty", "date", "fgc_3wd", "2025-12-24", "2025-12-24", "1st PLO mtg 24/12/25, FGC referral by?")
R("newstarter", "date", "fgc_3wd", "2026-05-01", "2026-05-01", "We had the first PLO meeting today (1 May 2026) and the parents have consented to a Family Group Conference. How long do I have to make the referral?")
R("scenario", "date", "fgc_3wd", "2027-03-25", "2027-03-25", "Initial PLO meeting was this morning, 25/03/27. Parents agreed to an FGC. The older sibling's final hearing was back in 2019. When's the FGC referral due?")
R("scenario", "date", "viab_3wd", "2025-08-28", "2025-08-29", "At the first PLO meeting on 28/08/2025 mum named her aunt, who lives in Leeds, as a possible carer. The aunt's birthday is 01/09. When does the viability request need to go to Family Placement?")
R("typos", "date", "viab_3wd", "2025-04-17", "2025-04-17", "viabilty screening req after initial plo 17/4/25 when by")
R("indirect", "date", "viab_3wd", "2026-05-20", "2026-05-26", "Gran was put forward as someone who could look after the kids at the first pre-proceedings meeting last Wednesday. When should I have asked the placement team to screen her?", rel="prev:Wed")
R("manager", "date", "plo_minutes_7d", "2025-06-09", "2025-06-23", "PLO meeting 09/06/2025, minutes sent to parents and solicitors 17/06/2025 - in time?")
R("newstarter", "date", "plo_minutes_7d", "2026-03-27", "2026-03-27", "How soon after a PLO meeting do the minutes need to go to parents and their solicitors? Ours was today, 27 March 2026.")
R("duty", "date", "plo_12w", "2026-01-05", "2026-01-06", "PLO letter 05/01/26, review legal planning mtg due?",
  amb="12 weeks could be counted from the first PLO meeting rather than the letter date.")
R("scenario", "date", "plo_16w", "2025-10-13", "2026-01-12", "PLO letter dated 13/10/2025, first meeting with parents 21/10/2025, and we had the 12 week review legal planning. Case is still in PLO. When's the Legal Gateway meeting due?",
  amb="16 weeks could be counted from the first PLO meeting (21/10/2025), giving 10/02/2026.")
R("manager", "date", "plo_16w", "2027-06-02", "2027-10-04", "PLO letter 02/06/2027, still in PLO, Legal Gateway held 27/09/2027. Was it convened at 16 weeks?",
  amb="16 weeks could be counted from the first PLO meeting rather than the letter date.")
R("indirect", "date", "plo_12w", "2026-03-09", "2026-03-10", "we sent the pre-proceedings letter on 9 March 2026, when's the meeting with our solicitor to review things at the 12 week point?",
  amb="12 weeks could be counted from the first PLO meeting rather than the letter date.")
# CIN
R("duty", "date", "cin_deplan_20d", "2025-12-11", "2025-12-12", "deplanned at RCPC 11/12/25 - 1st CIN by?")
R("indirect", "date", "cin_deplan_20d", "2026-04-08", "2026-04-09", "The conference took the child off the protection plan on 8 April 2026 and stepped down to child in need. When does the first of the child in need meetings need to be?")
R("typos", "date", "cin_deplan_20d", "2027-08-03", "2027-08-04", "child was de planned 3rd aug 27 when is first cin meeting")
R("newstarter", "date", "cin_transfer_10d", "2026-12-21", "2026-12-21", "A case has just transferred to me from Children's First Response today (21 December 2026). When does the initial CIN meeting need to happen?")
R("manager", "date", "cin_transfer_10d", "2025-05-16", "2025-06-02", "Case transferred from CFR 16/05/2025, initial CIN 27/05/2025 - compliant?")
R("scenario", "date", "cin_transfer_10d", "2025-04-28", "2025-04-29", "Case came over from CFR yesterday, 28/04/2025, after a C&F assessment that started 01/04. The child turns 9 on 30/04. When's the initial CIN meeting due?", rel="yesterday")
# Children in care
R("scenario", "date", "lac_assess_20wd", "2025-12-15", "2025-12-16", "Two brothers came into care yesterday (15/12/25) as an emergency after mum was arrested. Their last C&F assessment was done in 2023 and the older one turns 10 on 02/01. When does the new assessment need completing?", rel="yesterday")
R("scenario", "date", "lac_assess_20wd", "2026-04-04", "2026-04-07", "Police protection on Saturday night and the child came into care as an unplanned admission. No assessment was open. Dad's DOB is 04/04/1990 if that matters. When does the assessment need to be done?", rel="prev:Sat",
  amb="Admission on a Saturday before Easter Monday: someone could start counting from the next working day (07/04) as day 0, giving 06/05/2026.")
R("newstarter", "date", "lac_assess_20wd", "2027-08-20", "2027-08-23", "Hi, a child came into care as an emergency on 20 August 2027. How long do we have to complete the assessment of their needs?")
R("scenario", "date", "lac_visit_1wd", "2026-12-24", "2026-12-24", "Placement broke down overnight and she moved to emergency carers this morning, 24/12/26. Her previous placement started 01/09/26. When do I have to have visited her at the new placement?")
R("typos", "date", "lac_visit_1wd", "2025-05-02", "2025-05-02", "placment move 2.5.25 when do i have to visit")
R("indirect", "date", "lac_visit_1wd", "2025-04-17", "2025-04-17", "A young person I work with moved to a new foster home today, Thursday 17th April. By when do I have to go and see her?", dows=[("2025-04-17", "Thu")])
R("scenario", "date", "placement_mtg_3wd", "2026-05-29", "2026-05-29", "Child placed with carers today 29/05/2026 after a long search. The care order was made 27/05 and the next LAC review is in July. When do we need the placement meeting by?")
R("indirect", "date", "placement_mtg_3wd", "2027-04-01", "2027-04-01", "when do we need to have the meeting with the new carers to sort out delegated authority? he moved in on 1 April 2027")
R("newstarter", "date", "placement_plan_5wd", "2025-12-17", "2025-12-18", "When should the carers be given the updated placement plan? The placement began on 17 December 2025.")
R("typos", "date", "placement_plan_5wd", "2026-08-28", "2026-08-28", "updated placemnt plan to carers when?? placement started 28/8/26")
R("manager", "date", "placement_plan_5wd", "2027-03-22", "2027-04-05", "Placement began 22/03/2027, updated placement plan to carers 29/03/2027. In time?")
R("indirect", "date", "care_pack_3w", "2027-03-04", "2027-03-05", "When does a child who's just come into our care need to be given the rights leaflet and welcome pack? She came in on 4 March 2027.")
R("scenario", "date", "legal_status_5wd", "2026-03-31", "2026-03-31", "Mum agreed to section 20 today, 31/03/26, and he's now looked after. His sister was accommodated back on 12/01/26. By when do all the other professionals need telling about his legal status?")
R("newstarter", "date", "legal_status_5wd", "2027-12-24", "2027-12-24", "An interim care order was granted and the child became looked after today, 24 December 2027. How long do I have to tell the other professionals about the legal status?")
R("typos", "date", "iha_20wd", "2026-12-07", "2026-12-08", "wen does the initial helth assesment need doing by, child in care from 7th dec 26")
R("manager", "date", "iha_20wd", "2026-08-10", "2026-09-14", "Child became looked after 10/08/2026, IHA completed 08/09/2026 - within timescale?")
R("newstarter", "date", "pep_20d", "2026-07-15", "2026-07-16", "When should the PEP meeting be arranged for a child who came into care on 15 July 2026?")
R("indirect", "date", "pep_20d", "2027-08-23", "2027-08-24", "how long have I got to get the school meeting about his education plan set up? He came into care on Monday 23rd August 2027", dows=[("2027-08-23", "Mon")])
R("typos", "date", "care_plan_10d", "2026-12-19", "2026-12-21", "care plan on lcs by when? placed 19.12.26")
R("manager", "date", "care_plan_10d", "2025-04-03", "2025-04-22", "Placed 03/04/2025, care plan recorded on LCS 14/04/2025 - compliant?")
R("scenario", "date", "care_plan_10d", "2026-05-22", "2026-05-22", "ICO granted at the hearing on 21/05/2026 and the child was placed today, 22/05/2026. Next hearing is 19/06. When does the care plan need to be on the system?",
  amb="Someone could count from the ICO on 21/05/2026 rather than the placement, giving 31/05/2026.")
R("duty", "date", "init_lar_20wd", "2025-12-19", "2025-12-19", "CLA 19/12/25 - 1st LAC review by?")
R("typos", "date", "init_lar_20wd", "2026-03-30", "2026-03-31", "first lac reveiw due wen, came into care 30/3/26")
R("indirect", "date", "init_lar_20wd", "2027-04-27", "2027-04-28", "A girl came to live with foster carers under a care order on Tuesday 27 April. When does the first of the reviews chaired by the independent reviewing officer have to be?", dows=[("2027-04-27", "Tue")])
R("manager", "date", "init_lar_20wd", "2025-08-11", "2025-09-15", "Became looked after 11/08/2025, first LAC review 09/09/2025. In timescale?")
R("newstarter", "date", "init_lar_20wd", "2026-12-14", "2026-12-15", "Could you tell me when the initial Looked After Review must take place? The child became looked after on 14 December 2026.")
R("duty", "date", "iro_report_3d", "2026-04-06", "2026-03-27", "LAC review 06/04/26 report to IRO by?")
R("scenario", "date", "iro_report_3d", "2027-01-15", "2027-01-04", "The child's second LAC review is 15/01/2027. His first review was 02/10/2026 and he turns 16 on 10/01. When does my written report need to be with the IRO?")
R("typos", "date", "iro_report_3d", "2026-06-04", "2026-05-26", "iro needs my report when, review is thurs 4th june 26", dows=[("2026-06-04", "Thu")])
# IRO
R("indirect", "date", "iro_informal_5wd", "2025-12-19", "2025-12-19", "The reviewing officer raised an informal concern with me about drift today, 19 December 2025. How long before it turns into a formal dispute if it's not sorted?")
R("newstarter", "date", "iro_informal_5wd", "2026-04-01", "2026-04-02", "The IRO made an informal challenge on 1 April 2026 - what is the deadline to resolve it before it becomes formal?")
R("duty", "date", "iro_formal_20wd", "2026-05-13", "2026-05-13", "IRO formal dispute raised 13/05/26, must be concluded by?")
R("manager", "date", "iro_formal_20wd", "2025-12-01", "2026-01-12", "Formal dispute raised 01/12/2025, resolved 30/12/2025. In timescale?")
# Adoption
R("newstarter", "date", "adopt_10w", "2025-10-22", "2025-10-30", "When can adopters apply for the Adoption Order? The child was placed with them on 22 October 2025.")
R("indirect", "date", "adopt_10w", "2027-02-03", "2027-02-10", "Little one moved in with her forever family on 3/2/27. From when can they put in their application to court to make it permanent?")
R("typos", "date", "adopt_10w", "2026-03-26", "2026-04-01", "placed w adopters 26.3.26 wen can they apply for AO")
# Fostering
R("duty", "date", "foster_record_3wd", "2025-12-24", "2025-12-24", "SSW visit to carers 24/12/25, record on LCS by?")
R("typos", "date", "foster_record_3wd", "2026-05-22", "2026-05-22", "did a supervising visit to foster carers fri 22/5/26 when do i need to have it on lcs", dows=[("2026-05-22", "Fri")])
R("manager", "date", "foster_record_3wd", "2027-08-27", "2027-09-06", "Foster carer visit 27/08/2027, recorded on LCS 02/09/2027. Compliant?")
R("scenario", "date", "variation_6wd", "2026-12-04", "2026-12-04", "We're placing a 15 year old tonight with carers approved for 0-10s. The Strategic Lead agreed a Variation of the Terms of Approval today, 04/12/2026. The carers' annual review is 15/12. How long does the variation last?",
  amb="If the day the permission is given counts as day 1, it ends 11/12/2026.")
R("scenario", "date", "temp_16w", "2025-12-22", "2025-12-22", "The ADM gave temporary approval to the grandparents as connected carers today, 22/12/25, and the kids moved in this evening. The parents' next court date is 14/01/26. When does the temporary approval expire?")
R("newstarter", "date", "temp_16w", "2027-01-29", "2027-02-01", "A connected carer (the child's aunt) was given temporary approval on 29 January 2027. When does it run out?")
R("scenario", "date", "temp_ext_24w", "2026-01-05", "2026-04-20", "Gran was temporarily approved as a connected carer on 05/01/2026. Her full assessment is late and the ADM has agreed the 8 week extension. When does it end now?")
R("duty", "date", "refs_3y", "2024-06-12", "2027-05-10", "FC DBS/medicals/refs last done 12/06/2024, next due?")
R("typos", "date", "training_3y", "2023-09-01", "2026-07-01", "foster carer core trainin last updated 1.9.2023 when is it due")
R("newstarter", "date", "panel_3y", "2025-03-20", "2025-04-02", "A foster carer's annual review was presented to Fostering Panel on 20 March 2025. By when at the latest must a review go to panel again?")
# Case recording, summaries, assessments
R("duty", "date", "recording_3d", "2026-12-30", "2026-12-30", "HV 30/12/26 record by?")
R("typos", "date", "recording_3d", "2026-04-03", "2026-04-03", "how long have i got to write up my home visit from today 3rd april 26")
R("indirect", "date", "recording_3d", "2025-08-20", "2025-08-22", "I saw the family on Wednesday. What's the latest I can get it written up on the system?", rel="prev:Wed")
R("manager", "date", "summary_3m", "2025-11-30", "2026-02-02", "Case summary last updated 30/11/2025 - when does it next need updating by?")
R("newstarter", "date", "summary_3m", "2026-05-31", "2026-06-08", "How often does the case file summary need updating? Mine was last done on 31 May 2026 - when is the next one due?")
R("manager", "date", "assessment_12m", "2024-02-29", "2025-03-05", "Auditing a case today: last authorised C&F assessment on the child was 29/02/2024. On what date did it stop being up to date?")
R("indirect", "date", "assessment_12m", "2026-01-15", "2026-06-01", "When does the up-to-date needs assessment on an open child go out of date if my manager signed it off on 15 January 2026?")

# ---------------- VISITS ----------------
R("duty", "visits", "cpvisit_4w", "2025-12-19", "2025-12-22", "CP visit 19/12/25 next by?")
R("typos", "visits", "cpvisit_4w", "2026-04-03", "2026-04-07", "last cp vist was 3.4.26 when is the next one due")
R("indirect", "visits", "cpvisit_4w", "2027-05-28", "2027-06-01", "I last saw the child on the protection plan at home on 28 May 2027. What's the latest I can see them next?")
R("manager", "visits", "cpvisit_4w", "2025-06-02", "2025-07-10", "CP visits for a child on 02/06/2025 and 03/07/2025. Was the second within timescale?")
R("newstarter", "visits", "cin_visit_6w", "2025-12-22", "2025-12-23", "When do I need to see a child on a CIN plan again? I last visited on 22 December 2025.")
R("scenario", "visits", "cin_visit_6w", "2026-08-14", "2026-09-03", "Child on a CIN plan. I visited him at home on 14/08/26 and saw him at school on 02/09/26. His birthday is 30/09. When's the next visit due by?",
  amb="If the school contact were wrongly counted as the CIN visit it would give 14/10/2026; only home visits count as CIN visits.")
R("duty", "visits", "cin_review_6w", "2025-12-17", "2025-12-18", "CIN review 17/12/25 next by?")
R("typos", "visits", "cin_review_6w", "2027-03-25", "2027-03-26", "last cin revew meeting was 25/3/27 when next")
R("duty", "visits", "lac_weekly", "2026-12-23", "2026-12-24", "CLA placed 22/12/26, 1st stat visit 23/12, pre 1st LAR, next by?")
R("newstarter", "visits", "lac_weekly", "2026-03-09", "2026-03-10", "The child came into care on 2 March 2026 and the first LAC review isn't until later this month. I visited on 9 March. When is my next statutory visit due?")
R("scenario", "visits", "lac_6w", "2025-11-19", "2025-11-20", "First LAC review was 10/11/2025. Last statutory visit was 19/11/2025. The plan for permanence isn't finalised yet and the next review is 06/05/2026. Next visit by?")
R("indirect", "visits", "lac_6w", "2026-03-27", "2026-03-30", "Child in our care, past her first review, permanence plan still not finalised. Last saw her on 27/03/2026. When is the next visit due?")
R("manager", "visits", "lac_6w", "2027-01-02", "2027-03-01", "LAC statutory visits 02/01/2027 and 20/02/2027, after first review, no permanence plan finalised. Compliant?")
R("scenario", "visits", "lac_12w", "2025-12-10", "2025-12-11", "He's been in his permanent foster placement since 2023 and is settled, so we've moved to 12 weekly visits. Last visit was 10/12/2025. When's the next one?")
R("typos", "visits", "adopt_6w", "2026-08-24", "2026-08-25", "adoption placement, first lac review done, last visit 24.8.26 wen next")
R("duty", "visits", "adopt_weekly", "2027-04-13", "2027-04-14", "adoptive placement 06/04/27, before 1st LAR - visited 13/04, next?")
R("newstarter", "visits", "foster_visit_6w", "2025-12-15", "2025-12-16", "I'm a new supervising social worker. How often do I need to visit my foster carers? My last visit was on 15 December 2025.")
R("indirect", "visits", "unannounced_12m", "2026-03-02", "2026-03-03", "When's the latest the foster carers need their next drop-in without warning? The last one was 02/03/2026.")
R("manager", "visits", "family_time_8w", "2026-11-10", "2026-11-16", "Family time arrangements last reviewed 10/11/2026, permanence plan not yet agreed. Next review by?")
R("manager", "visits", "plo_review_6w", "2026-01-05", "2026-02-25", "PLO review meetings held 05/01/2026 and 23/02/2026 - within the 4-6 weeks?",
  amb="Reading the 4 week end of '4-6 weeks', the next review was due by 02/02/2026.")

# ---------------- AGES ----------------
R("newstarter", "age", "age_12", "2014-09-14", "2026-06-01", "Child's DOB is 14/09/2014. From when will she be old enough that she should be offered an advocate for conference?")
R("typos", "age", "age_15y6m", "2010-08-31", "2025-11-03", "yp dob 31/8/10 wen does pathway plan need starting")
R("duty", "age", "age_15y6m", "2012-02-29", "2027-05-04", "DOB 29/02/12 pathway plan start?")
R("scenario", "age", "age_6", "2020-02-29", "2025-11-11", "Baby brother born 29/02/2020, sister born 03/05/2018. We're considering PLO next year. When does he stop being under 6 for the adoption worker allocation?")
R("indirect", "age", "age_15y6m", "2011-01-20", "2026-01-06", "A lad in our care was born on 20 January 2011. From what date should we be starting his plan for moving on from care?")
R("manager", "age", "age_12", "2013-12-26", "2026-01-12", "Child DOB 26/12/2013, ICPC 05/01/2026 - should an advocate have been offered? When did she turn 12?")
R("newstarter", "age", "age_6", "2021-05-15", "2027-04-19", "Is a child born on 15 May 2021 still under 6 if PLO starts in May 2027? When exactly do they turn 6?")
R("duty", "age", "age_15y6m", "2011-12-05", "2027-05-20", "yp DOB 05/12/2011 pathway plan from?")

# ---------------- CHOICE ----------------
R("duty", "choice", ["core_10d", "cin_deplan_20d"], "2026-03-03", "2026-03-04", "conference was 3/3/26, what's next due?")
R("typos", "choice", ["icpc_family_3d", "icpc_chair_3wd"], "2026-04-07", "2026-03-25", "icpc on 7/4/26 when does my report need to go out")
R("indirect", "choice", ["placement_mtg_3wd", "init_lar_20wd"], "2025-12-18", "2025-12-18", "He came into care and moved in with the carers today, 18/12/2025. When's the next meeting I need to sort?")
R("newstarter", "choice", ["plo_minutes_7d", "viab_3wd"], "2025-04-24", "2025-04-24", "We had the first PLO meeting today, 24 April 2025, and an uncle came forward as a possible carer. What's the deadline for the paperwork afterwards?")
R("scenario", "choice", ["placement_plan_5wd", "care_plan_10d"], "2026-08-26", "2026-08-26", "ICO granted and she was placed in foster care today, 26/08/2026. Carers have the placement plan from today. What's the next bit of paperwork due and when?")
R("manager", "choice", ["s47_5d", "icpc_15wd"], "2025-05-05", "2025-05-06", "S47 initiated and initial strat held 05/05/2025 - what deadlines should I be checking next?")
R("indirect", "choice", ["foster_record_3wd", "foster_visit_6w"], "2026-11-13", "2026-11-13", "I went out to see the foster carers I supervise today, 13/11/2026. What's my next deadline?")
R("typos", "choice", ["icpc_chair_3wd", "rcpc_chair_3d"], "2026-12-09", "2026-12-01", "conferance is on 9/12/26 when does my report have to be with the chair")

# ---------------- NONE ----------------
def N(voice, today, q, why, phrase):
    R(voice, "none", why, None, today, q, extra_phrases=[phrase])
N("duty", "2026-03-11", "RCPC after ICPC 10/03/26 - when due?", "the standards leave the next conference date to the CP chair",
  "The child protection chair will set the date of the next conference")
N("newstarter", "2026-06-03", "How often should I have supervision? My last one was on 2 June 2026 - when is the next due?", "supervision frequency is left to the supervision policy",
  "monitored through supervision which takes place in line with the supervision policy")
N("typos", "2026-01-20", "when is the 2nd lac review due, first was 14/1/26", "only the initial LAC review has a timescale",
  "At the point of the second review (if not in proceedings) the child must have a permanency plan")
N("indirect", "2026-09-02", "When does the meeting with the decision maker about whether baby should be placed for adoption have to happen by? Our final care planning meeting was 01/09/2026.", "SHOPBA has no fixed timescale, only after final care planning and before IRH paperwork",
  "This needs to take place after the area teams final care planning meeting")
N("scenario", "2025-11-13", "Strategy discussion was held yesterday, 12/11/2025, face to face with police and health. Mum's been told. When must the record be sent to all participating professionals?", "no timescale for sending the strategy record",
  "the plan for the enquiries and decisions recorded and a record sent to all participating professionals")
N("manager", "2027-02-10", "Pathway plan reviewed 04/02/2027 - when's the next pathway plan review due?", "pathway plan reviewed as part of the statutory review, no separate timescale",
  "will be reviewed by the IRO as part of the statutory review")
N("duty", "2025-07-16", "later life letter deadline? AO granted 15/07/25", "no timescale for the later life letter",
  "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child")
N("typos", "2027-03-04", "how often does the iro have to contact the child between reveiws, last contact 3/3/27", "no frequency set for IRO contact between reviews",
  "The IRO will contact the child between reviews to ensure the progress of the plan")
N("manager", "2026-03-20", "SHOPBA held 10/03/2026, outcome letter to parents not sent yet. What's the timescale for it?", "no timescale for the SHOPBA outcome letter",
  "Parents will be sent a letter detailing the outcome of the SHOPBA signed by the ADM")


def build():
    src = open(SOURCE, encoding="utf-8").read()
    out, errors = [], []
    for i, r in enumerate(ROWS, 1):
        today = D(r["today"])
        rec = {"q": r["q"], "today": r["today"]}
        if r["kind"] == "none":
            rec["due"] = None
            rec["expect_any"] = r["extra_phrases"]
            rec["count"] = "no timescale set in the standards for this; " + r["rule"]
        elif r["kind"] == "choice":
            starts = r["start"] if isinstance(r["start"], list) else [r["start"]] * len(r["rule"])
            res = [compute(ru, D(s)) for ru, s in zip(r["rule"], starts)]
            rec["due"] = min(d for d, _ in res).isoformat()
            rec["expect_any"] = [RULES[ru][2][0] for ru in r["rule"]]
            rec["count"] = "choice: " + " | ".join(f"{ru}: {c}" for ru, (_, c) in zip(r["rule"], res)) + "; due = earlier"
        else:
            d, c = compute(r["rule"], D(r["start"]))
            rec["due"] = d.isoformat()
            rec["expect_any"] = list(RULES[r["rule"]][2])
            rec["count"] = c
        if r["extra_phrases"] and r["kind"] != "none":
            rec["expect_any"] += r["extra_phrases"]
        rec["voice"] = r["voice"]
        rec["kind"] = r["kind"]
        if r["amb"]:
            rec["ambiguous"] = r["amb"]
        # checks
        for p in rec["expect_any"]:
            if len(p.split()) < 6:
                errors.append(f"row {i}: phrase too short: {p!r}")
            if p not in src:
                errors.append(f"row {i}: phrase not in source: {p!r}")
        if r["rel"]:
            s = r["start"][0] if isinstance(r["start"], list) else r["start"]
            if resolve_rel(r["rel"], today).isoformat() != s:
                errors.append(f"row {i}: rel {r['rel']} from {today} != {s}")
        for ds, name in r["dows"]:
            if DOW[D(ds).weekday()] != name:
                errors.append(f"row {i}: {ds} is not {name}")
        out.append(rec)
    return out, errors


if __name__ == "__main__":
    rows, errors = build()
    kinds = collections.Counter(r["kind"] for r in rows)
    voices = collections.Counter(r["voice"] for r in rows)
    print(len(rows), dict(kinds), dict(voices))
    qs = collections.Counter(r["q"] for r in rows)
    errors += [f"duplicate q: {q}" for q, n in qs.items() if n > 1]
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and verify
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        back = [json.loads(l) for l in f]
    assert len(back) == len(rows)
    print("ok")
