#!/usr/bin/env python3
"""Oracle for the frozen deadline question set (stdlib only).

Run: python3 oracle.py  -> writes questions.jsonl next to this file and runs checks.
"""
import datetime as dt
import json
import os
from collections import Counter

D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"

# England & Wales bank holidays 2024-2028, typed by hand (substitute days included).
BANK_HOLIDAYS = {
    # 2024 (Easter Sunday 31 Mar)
    D(2024, 1, 1), D(2024, 3, 29), D(2024, 4, 1), D(2024, 5, 6), D(2024, 5, 27),
    D(2024, 8, 26), D(2024, 12, 25), D(2024, 12, 26),
    # 2025 (Easter Sunday 20 Apr)
    D(2025, 1, 1), D(2025, 4, 18), D(2025, 4, 21), D(2025, 5, 5), D(2025, 5, 26),
    D(2025, 8, 25), D(2025, 12, 25), D(2025, 12, 26),
    # 2026 (Easter Sunday 5 Apr); Boxing Day Sat -> Mon 28 Dec
    D(2026, 1, 1), D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 4), D(2026, 5, 25),
    D(2026, 8, 31), D(2026, 12, 25), D(2026, 12, 28),
    # 2027 (Easter Sunday 28 Mar); Christmas Sat -> Mon 27, Boxing Day Sun -> Tue 28
    D(2027, 1, 1), D(2027, 3, 26), D(2027, 3, 29), D(2027, 5, 3), D(2027, 5, 31),
    D(2027, 8, 30), D(2027, 12, 27), D(2027, 12, 28),
    # 2028 (Easter Sunday 16 Apr); New Year Sat -> Mon 3 Jan
    D(2028, 1, 3), D(2028, 4, 14), D(2028, 4, 17), D(2028, 5, 1), D(2028, 5, 29),
    D(2028, 8, 28), D(2028, 12, 25), D(2028, 12, 26),
}
for _h in BANK_HOLIDAYS:
    assert _h.weekday() < 5, _h

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def fmt(d):
    return f"{d.isoformat()} ({WD[d.weekday()]})"


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def add_wd(start, n):
    d, k, skipped = start, 0, []
    while k < n:
        d += dt.timedelta(days=1)
        if is_wd(d):
            k += 1
        elif d in BANK_HOLIDAYS:
            skipped.append(d)
    return d, skipped


def sub_wd(start, n):
    d, k, skipped = start, 0, []
    while k < n:
        d -= dt.timedelta(days=1)
        if is_wd(d):
            k += 1
        elif d in BANK_HOLIDAYS:
            skipped.append(d)
    return d, skipped


def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    last = (D(y + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1)).day
    return D(y, mo, min(d.day, last)), d.day > last


# rule -> (unit, n, [verbatim phrases])
RULES = {
    "frontdoor": ("wd", 1, ["decisions made by what action are required by a Team Leader within 1 working day"]),
    "l45_decision": ("wd", 1, ["Initial decisions will be made about the action required within 1 working day"]),
    "referral_action": ("wd", 1, ["Referrals will be actioned by a social worker within 1 working day"]),
    "s47_discuss": ("days", 5, ["Within 5 days of the Section 47 being initiated"]),
    "allocate": ("wd", 3, ["allocated to a social worker to complete a Child and Family Assessment within 3 working days"]),
    "tl_review": ("wd", 15, ["All assessments will be reviewed by the Team Leader within 15 working days"]),
    "assess45": ("days", 45, ["Assessments must all be completed within 45 days"]),
    "strat_mgmt": ("wd", 1, ["a strategy discussion is required, this must happen within 1 working day"]),
    "transfer_notice": ("days", 5, ["Within the 5 days’ notice period, the Children’s First Response Social Worker"]),
    "icpc": ("wd", 15, ["Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion"]),
    "report_family": ("days_before", 3, ["The report will be shared with family at least 3 the days prior to conference"]),
    "report_chair": ("wd_before", 3, ["The report will be sent to the child protection chair 3 working days before the conference"]),
    "core_group": ("days", 10, ["The first core group must be  held within 10 days of the conference"]),
    "cp_visit": ("weeks", 4, ["Visits to a child subject to a CP plan will take place at least every 4 weeks"]),
    "rcpc_parents": ("days_before", 3, ["This report must be shared with parents at least 3 days prior to the review conference"]),
    "rcpc_chair": ("days_before", 3, ["The report will be available to the conference chair at least 3 days prior to the review conference"]),
    "cp_12m": ("months", 12, ["when they have been subject to a plan for 12 months"]),
    "plo_meeting": ("days", 10, ["The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter"]),
    "fgc_referral": ("wd", 3, ["Referral should be made within 3 working days of the first PLO meeting"]),
    "viability": ("wd", 3, ["Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting"]),
    "plo_minutes": ("days", 7, ["to be distributed to parents and their legal representation within 7 days of the meeting"]),
    "plo_review": ("weeks", 6, ["Review PLO meetings with parents to be held every 4-6 weeks"]),
    "plo_12wk": ("weeks", 12, ["A review legal planning meeting will be held at 12 weeks"]),
    "plo_16wk": ("weeks", 16, ["If the case remains in PLO a Legal Gateway meeting will be convened at 16 weeks"]),
    "cin_deplan": ("days", 20, ["will set the first CIN meeting within 20 days"]),
    "cin_transfer": ("days", 10, ["the initial CIN meeting must take place within 10 days"]),
    "cin_review": ("weeks", 6, ["CIN review meetings will be held at least every 6 weeks"]),
    "cin_visit": ("weeks", 6, ["A child subject to a CIN plan will be seen at least every 6 weeks"]),
    "lac_emerg_assess": ("wd", 20, ["If it is an emergency / unplanned admission the assessment will be completed within 20 working days"]),
    "lac_visit1": ("wd", 1, ["The child will be visited within 1 working day of coming into care or having a change in placement",
                             "All looked after children will be seen within 1 working day of placement"]),
    "placement_meeting": ("wd", 3, ["The placement meeting will be held within 3 working days"]),
    "placement_copy": ("wd", 5, ["an updated copy given to the carers within 5 working days of the placement beginning"]),
    "family_time": ("weeks", 8, ["reviewed at least every 8 week until the plan for permanence is agreed"]),
    "care_pack": ("weeks", 3, ["The child will be provided with a coming into care pack, children rights leaflet within 3 weeks"]),
    "legal_status": ("wd", 5, ["All other professionals involved with the child will be informed of the child’s legal status within 5 working days"]),
    "iha": ("wd", 20, ["An initial health assessment will be requested and carried out within 20 working days"]),
    "pep": ("days", 20, ["A PEP meeting will be arranged within the school within 20 days"]),
    "lac_weekly": ("weeks", 1, ["Statutory looked after visits must happen weekly until the first looked after review"]),
    "lac_6wk": ("weeks", 6, ["and then a minimum of every 6 weeks thereafter until the plan for permanence is finalised"]),
    "lac_12wk": ("weeks", 12, ["Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement"]),
    "care_plan": ("days", 10, ["An up to date care plan will be recorded on the electronic system within 10 days of placement"]),
    "lac_review1": ("wd", 20, ["The initial Looked After Review must take place within 20 working days of the child becoming looked after"]),
    "iro_report": ("days_before", 3, ["this will be with the IRO 3 days before the review"]),
    "iro_informal": ("wd", 5, ["If the challenge is not resolved within 5 working days a formal dispute will be raised"]),
    "iro_formal": ("wd", 20, ["The formal dispute resolution process should be completed from start to finish within 20 working days"]),
    "adopt_weekly": ("weeks", 1, ["Once the child is placed weekly statutory visits will take place until the first Looked After Review"]),
    "adopt_6wk": ("weeks", 6, ["then visits will be a minimum of 6 weekly until the Adoption Order is Granted"]),
    "adoption_order": ("weeks", 10, ["Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order"]),
    "fc_visit": ("weeks", 6, ["Trafford foster carers are visited at least once every six weeks"]),
    "fc_record": ("wd", 3, ["a record of this visit is recorded on LCS within 3 working days"]),
    "fc_unannounced": ("months", 12, ["All Trafford foster carers will have an unannounced visit at least once every 12 months"]),
    "fc_annual": ("months", 12, ["All Trafford foster carers will have an annual review including an updated Safer Caring Policy"]),
    "fc_panel3": ("months", 36, ["Every foster carer will have an annual review presented to the Fostering Panel at least every three years"]),
    "fc_checks3": ("months", 36, ["All foster carers will have updated statutory references, medicals and DBS checks at least every three years"]),
    "fc_training3": ("months", 36, ["All Trafford foster carers must update their core training at least every three years"]),
    "variation": ("wd", 6, ["This can only be given for up to 6 working days"]),
    "temp16": ("weeks", 16, ["Temporary approval is for 16 weeks but can be extended for a further 8 weeks"]),
    "temp24": ("weeks", 24, ["Temporary approval is for 16 weeks but can be extended for a further 8 weeks"]),
    "recording": ("days", 3, ["adequate time to record work with them is allowed for and any event or contact is recorded within 3 days"]),
    "case_summary": ("months", 3, ["A clear and concise case file summary which has been updated within the last 3 months"]),
    "assess12": ("months", 12, ["An up to date assessment (within the last 12 months) on each child"]),
    # ages: (years*12 + months)
    "age_pathway": ("age", 15 * 12 + 6, ["A pathway plan will be started when the young person is 15 years 6 months"]),
    "age_advocate": ("age", 12 * 12, ["if they are 12 or over they should be offered an advocate"]),
    "age_adopt6": ("age", 6 * 12, ["If a child under the age of 6 enters PLO or proceedings"]),
    # none: phrases are the nearest sentence, which sets no date
    "none_supervision": ("none", 0, ["supervision which takes place in line with the supervision policy"]),
    "none_rcpc": ("none", 0, ["The child protection chair will set the date of the next conference"]),
    "none_lac_review2": ("none", 0, ["At the point of the second review (if not in proceedings) the child must have a permanency plan"]),
    "none_shopba": ("none", 0, ["This needs to take place after the area teams final care planning meeting"]),
    "none_lifestory": ("none", 0, ["The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child"]),
    "none_gcp2": ("none", 0, ["Where the concerns relate to children or young people suffering neglect a Graded Care Profile 2 should be completed"]),
    "none_iro_contact": ("none", 0, ["The IRO will contact the child between reviews to ensure the progress of the plan"]),
    "none_pep_review": ("none", 0, ["subsequently reviewed within the statutory guidelines at least 1 per term"]),
    "none_familyfocus": ("none", 0, ["a referral should be made to Family Focus by emailing the team"]),
    "none_connected": ("none", 0, ["a Connected Persons assessment completed if appropriate"]),
}


def compute(rule, start):
    unit, n, _ = RULES[rule]
    s = D.fromisoformat(start)
    if unit == "wd":
        d, sk = add_wd(s, n)
        c = f"{n} working day{'s' if n > 1 else ''} after {fmt(s)} -> {fmt(d)}"
        if not is_wd(s):
            c += f"; start is not a working day, 1st working day is the next one"
    elif unit == "wd_before":
        d, sk = sub_wd(s, n)
        c = f"{n} working days before {fmt(s)} -> {fmt(d)}"
    elif unit == "days":
        d, sk = s + dt.timedelta(days=n), []
        c = f"{n} calendar days after {fmt(s)} -> {fmt(d)}"
    elif unit == "days_before":
        d, sk = s - dt.timedelta(days=n), []
        c = f"{n} calendar days before {fmt(s)} -> {fmt(d)}"
    elif unit == "weeks":
        d, sk = s + dt.timedelta(days=7 * n), []
        c = f"{n} week{'s' if n > 1 else ''} ({7 * n} days) after {fmt(s)} -> {fmt(d)}"
    elif unit == "months":
        d, cl = add_months(s, n)
        sk = []
        c = f"{n} months after {fmt(s)} -> {fmt(d)}"
        if cl:
            c += " (no such day in that month; last day of month used)"
    elif unit == "age":
        y, m = divmod(n, 12)
        d, cl = add_months(s, n)
        sk = []
        c = f"born {fmt(s)}; {y} years" + (f" {m} months" if m else "") + f" -> {fmt(d)}"
        if cl:
            c += (" (29 Feb birthday: 1 March used in a non-leap year)" if s.month == 2 and s.day == 29
                  else " (no such day in that month; last day of month used)")
        if s.month == 2 and s.day == 29 and cl:
            d = d + dt.timedelta(days=1)
            c = c.replace(fmt(d - dt.timedelta(days=1)), fmt(d))
    else:
        return None, "the standards set no timescale for this"
    if sk:
        c += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
    if d in BANK_HOLIDAYS:
        c += "; NB due date itself is a bank holiday"
    elif d.weekday() >= 5:
        c += "; NB due date falls on a weekend"
    return d, c


ROWS = []


def R(voice, kind, rule, start, today, q, amb=None, rule2=None, start2=None):
    ROWS.append(dict(voice=voice, kind=kind, rule=rule, start=start, today=today, q=q,
                     amb=amb, rule2=rule2, start2=start2))


# ---------------------------------------------------------------- date rows
R("scenario", "date", "frontdoor", "2025-12-24", "2025-12-24", "Health visitor rang the front door on Christmas Eve (24/12/25) about a 2-year-old with an unexplained burn. The family are due to fly abroad on the 30th. By when must a team leader have decided what action is needed?")
R("indirect", "date", "frontdoor", "2026-04-02", "2026-04-02", "A nursery rang this afternoon worried about a toddler. By when does a team leader have to have decided what we're doing with it?")
R("typos", "date", "referral_action", "2025-05-02", "2025-05-02", "refferal came thru 2.5.25 (friday) when does a sw need to action it by")
R("indirect", "date", "referral_action", "2026-08-28", "2026-08-28", "A case has just been passed to our duty desk today for a worker to pick up. What's the latest a social worker has to get going on it?")
R("indirect", "date", "l45_decision", "2027-03-25", "2027-03-25", "Something came in today that looks like it's at child protection level. When do we need the first decision from the team leader about what happens next?")
R("scenario", "date", "s47_discuss", "2026-05-01", "2026-05-05", "We started a section 47 on Friday 1st May after a disclosure at school. Mum told us her birthday is 3rd May and she wanted us gone by then. When do I need to sit down with my manager to go over how the enquiry is progressing?")
R("scenario", "date", "allocate", "2025-08-22", "2025-08-22", "On Friday 22 August 2025 the TL agreed the referral needs a Child and Family Assessment. The child goes back to school on 3 September. By when should it be allocated to a social worker?")
R("newstarter", "date", "tl_review", "2026-03-30", "2026-04-01", "Hi, sorry if this is a basic question - I started my first Child and Family Assessment on Monday 30th March. When should my team leader be reviewing it by?")
R("typos", "date", "tl_review", "2025-04-14", "2025-04-15", "assesment started 14/4/25 when does tl have to look at it")
R("manager", "date", "tl_review", "2027-12-13", "2028-01-10", "Audit: C&F assessment started 13/12/27, TL review recorded 06/01/28. Was that within timescale?")
R("scenario", "date", "assess45", "2027-01-04", "2027-01-05", "The referral came in on Saturday 2 January 2027 but the assessment wasn't started until Monday 4 January when it was allocated. The child's DOB is 04/01/2019. When does the assessment have to be completed?", amb="Could be counted from the referral on 2 January 2027 rather than the start of the assessment (gives 16 Feb 2027).")
R("manager", "date", "assess45", "2025-07-10", "2025-09-01", "Audit q: C&FA started 10/07/25 and authorised 26/08/25. What was the 45 day deadline and did we meet it?")
R("duty", "date", "strat_mgmt", "2026-08-28", "2026-08-28", "mgmt decision strat needed fri 28/8, strat by?")
R("indirect", "date", "strat_mgmt", "2025-12-31", "2025-12-31", "My manager decided on New Year's Eve that we need to get police and health round the table about this child. How quickly does that conversation have to happen?")
R("newstarter", "date", "strat_mgmt", "2027-05-28", "2027-05-28", "My manager said today (Friday 28 May) that a strategy discussion is needed. Could you tell me the latest day it must happen by?")
R("duty", "date", "icpc", "2025-12-19", "2025-12-19", "strat was 19/12/25, when's the ICPC?")
R("scenario", "date", "icpc", "2027-03-19", "2027-03-25", "The strategy discussion was on Friday 19 March 2027, after the child went to A&E on the 17th. The S47 finished on the 24th and recommends conference. What's the latest the ICPC can be held?")
R("typos", "date", "icpc", "2025-04-16", "2025-04-17", "strat discusion was 16th april, wen is icpc due by")
R("manager", "date", "icpc", "2026-12-14", "2027-01-08", "ICPC held 07/01/27, strat was 14/12/26. Was that in timescale?")
R("newstarter", "date", "icpc", "2026-05-22", "2026-05-26", "Hello, I'm new to the team. The initial strategy discussion for my family was on 22 May. When does the initial child protection conference need to be held by?")
R("indirect", "date", "icpc", "2027-08-20", "2027-08-23", "Police and us had the first joint meeting about the bruising on 20.08.27. When's the latest the big meeting that decides whether there's a protection plan can be?")
R("scenario", "date", "icpc", "2025-05-01", "2025-05-02", "Strat discussion was Thursday 1 May 2025 - the original one booked for 29 April was cancelled because police couldn't attend. Baby is 6 weeks old (born 20/03/25). When's the ICPC deadline?")
R("indirect", "date", "report_family", "2026-01-05", "2025-12-29", "The first conference for my family is on Monday 5 January. What's the latest the parents should have seen my report?")
R("scenario", "date", "report_family", "2025-08-27", "2025-08-20", "ICPC is booked for Wednesday 27 August. Dad works away and is only back on the 22nd. By when must the family have my conference report?")
R("typos", "date", "report_chair", "2027-01-04", "2026-12-21", "icpc is 4/1/27 wen does chair need the repot")
R("manager", "date", "report_chair", "2027-06-01", "2027-06-02", "ICPC 01/06/27 - report went to chair 27/05/27. Was it on time?")
R("duty", "date", "core_group", "2025-12-22", "2025-12-22", "icpc 22/12 1st core grp by?", amb="The 10th day is New Year's Day; some would say hold it by 31 Dec.")
R("scenario", "date", "core_group", "2025-08-18", "2025-08-19", "Conference was 18/08/25 and baby was made subject to a plan under neglect. The chair set the review conference for 17 November. When is the first core group due?")
R("manager", "date", "core_group", "2026-06-01", "2026-06-15", "First core group held 12/06/26, ICPC was 01/06/26. In timescale?")
R("newstarter", "date", "core_group", "2026-10-30", "2026-11-02", "Could someone explain when the first core group should be held? The initial conference was on Friday 30th October.")
R("indirect", "date", "core_group", "2027-12-17", "2027-12-20", "The children went on plans at the conference on 17/12/27. When does the first working-group meeting with the family need to happen?")
R("indirect", "date", "rcpc_parents", "2026-06-10", "2026-06-01", "Review conference is Wed 10 June. By when do mum and dad need a copy of my update on how the plan's going?")
R("scenario", "date", "rcpc_chair", "2026-03-03", "2026-02-24", "The review child protection conference is on 3 March 2026, three months after the ICPC on 3 December. The chair's admin is chasing my plan update. What's the latest date the chair must have it?")
R("typos", "date", "rcpc_parents", "2026-01-02", "2025-12-22", "revew conf is 2nd jan 2026 when do parents get my report")
R("scenario", "date", "cp_12m", "2024-02-29", "2025-01-15", "The twins went on CP plans at ICPC on 29 February 2024; the review on 30 Aug 2024 kept them on. Things aren't shifting. When do they hit the point where we'd need a professional thinking time meeting?")
R("indirect", "date", "cp_12m", "2025-07-15", "2026-05-01", "The little boy has been on a protection plan since 15/07/25 and nothing's really changing. When does he reach the point where we should hold a meeting to rethink how we work with the family?")
R("scenario", "date", "plo_meeting", "2026-03-09", "2026-03-10", "Legal Gateway on 3 March 2026 agreed PLO. The letter was dated 9 March and posted on the 10th. Dad says he won't get a solicitor. When must the first PLO meeting happen?")
R("newstarter", "date", "plo_meeting", "2027-05-20", "2027-05-21", "Hi - what's the latest date for the first PLO meeting if the letter was dated 20th May 2027?")
R("manager", "date", "plo_meeting", "2026-01-05", "2026-01-20", "PLO letter dated 05/01/26, first meeting 19/01/26. Compliant?")
R("duty", "date", "fgc_referral", "2026-12-22", "2026-12-22", "1st PLO mtg 22/12/26, FGC referral by?")
R("indirect", "date", "fgc_referral", "2026-03-31", "2026-03-31", "Parents agreed at the first pre-proceedings meeting today (31 March) to a family meeting to make a plan. By when does the referral for that have to go in?")
R("typos", "date", "viability", "2026-04-30", "2026-04-30", "inital plo meeting was 30/4/26, when do viabilty requests need to go to family placement")
R("scenario", "date", "viability", "2025-08-21", "2025-08-21", "Our first PLO meeting was Thursday 21 August 2025. At the meeting mum named her sister and a family friend as possible carers. The FGC is booked for 4 September. When do the screening requests need to be with Family Placement?", amb="The standard also allows 'immediately following Family Group Conference', so a reader could wait for the FGC on 4 Sept.")
R("indirect", "date", "viability", "2027-03-24", "2027-03-24", "At today's first pre-proceedings meeting grandad put himself forward to care for the kids. When do we have to ask the placement team to screen him?")
R("manager", "date", "plo_minutes", "2025-12-29", "2026-01-09", "PLO meeting held 29/12/25, minutes sent to parents' solicitor 07/01/26. Within timescale?")
R("newstarter", "date", "plo_minutes", "2027-08-27", "2027-08-27", "Sorry, quick one - after the PLO meeting on 27/08/27, when should the minutes go to the parents and their solicitor?")
R("scenario", "date", "plo_12wk", "2026-01-06", "2026-02-10", "PLO letter was dated 6 January 2026 and the first meeting was held on the 15th. Review PLO meetings are running. When's the 12-week review legal planning meeting?", amb="Could be counted from the first PLO meeting on 15 Jan (gives 9 Apr 2026) rather than the letter.")
R("indirect", "date", "plo_16wk", "2026-09-14", "2026-12-01", "We've been in pre-proceedings since the letter dated 14/09/26 and nothing's changing. When does it have to go back to the gateway meeting with the strategic lead?", amb="Could be counted from the first PLO meeting rather than the letter date.")
R("scenario", "date", "cin_deplan", "2025-12-16", "2025-12-16", "At the review conference on Tuesday 16 December 2025 the chair took the children off their plans and set up an outline CIN plan. Their last core group was 2 December. When's the first CIN meeting due by?")
R("scenario", "date", "cin_deplan", "2027-03-19", "2027-03-22", "The review conference was on Friday 19 March 2027 (moved from 12 March) and the chair stepped the case down to CIN. The last core group was 1 March. When does the first CIN meeting need to happen?")
R("typos", "date", "cin_transfer", "2026-04-03", "2026-04-07", "case transfered from first response on the 3rd april 2026, wen is 1st cin meeting")
R("newstarter", "date", "cin_transfer", "2026-08-28", "2026-09-01", "I've just picked up a case that transferred to us from Children's First Response on 28 August 2026. When is the initial CIN meeting due?")
R("manager", "date", "cin_transfer", "2025-06-02", "2025-06-20", "Case transferred from CFR 02/06/25, initial CIN meeting 16/06/25 - in timescale?")
R("indirect", "date", "transfer_notice", "2025-12-19", "2025-12-19", "The front door emailed us today (19/12/25) to say they're handing a family over at child in need level. By when do we need the joint visit with their worker done?", amb="The notice period is 'at least 5 days'; the end of the window could be read as the day before or the 5th day.")
R("scenario", "date", "lac_emerg_assess", "2025-12-19", "2025-12-19", "A 6 year old came into care as an emergency on Friday 19 December 2025 after mum was arrested; there had been a CIN meeting on the 10th. When must the assessment of his needs be completed?")
R("indirect", "date", "lac_emerg_assess", "2026-04-03", "2026-04-03", "Police used their powers on Good Friday 2026 and the lad came into our care with no planning. When does the assessment of his needs have to be done?")
R("scenario", "date", "lac_emerg_assess", "2027-05-01", "2027-05-04", "Unplanned admission on Saturday 1 May 2027 - the 15-year-old turned up at the police station after a row at home. She was born 12/05/2011. When does the assessment need completing?")
R("duty", "date", "lac_visit1", "2026-12-24", "2026-12-24", "child placed 24/12/26, visit by?")
R("indirect", "date", "lac_visit1", "2026-05-30", "2026-05-30", "A child moved to a new foster home on Saturday 30 May 2026. When do I need to go and see him?")
R("newstarter", "date", "lac_visit1", "2027-01-01", "2027-01-01", "Hello! A child on my caseload came into care on 1 January 2027. When is the latest I should visit her?")
R("indirect", "date", "placement_meeting", "2026-04-02", "2026-04-02", "Child moved in with new carers today, 2 April. When do we need to get everyone together to agree what the carers can sign off day to day?")
R("scenario", "date", "placement_meeting", "2027-08-26", "2027-08-27", "Siblings aged 4 and 7 were placed together on Thursday 26 August 2027. Their dad's contact is on the 29th. When does the placement meeting have to be held by?")
R("indirect", "date", "placement_copy", "2026-05-22", "2026-05-22", "The placement started on 22/05/26. When do the carers need the updated written document with everything they need to know to look after her?")
R("typos", "date", "placement_copy", "2025-12-22", "2025-12-23", "placment began 22nd dec, when do carers get updated placment plan copy")
R("scenario", "date", "legal_status", "2025-04-17", "2025-04-17", "The ICO was made on Thursday 17 April 2025, the day before Good Friday, and the child became looked after that afternoon. The hearing had been adjourned from 10 April. By when do the other professionals need to be told about his legal status?")
R("indirect", "date", "legal_status", "2026-12-30", "2026-12-31", "He became looked after on 30/12/26. How long do I have to let his school, GP and everyone else know he's now in care?")
R("manager", "date", "iha", "2027-03-24", "2027-05-01", "Child LAC 24/03/27, IHA done 23/04/27. Was that within timescale?")
R("newstarter", "date", "iha", "2025-12-01", "2025-12-02", "Hi all, a child came into care on 1st December. When does the initial health assessment need to be carried out by?")
R("manager", "date", "iha", "2026-05-05", "2026-06-11", "IHA completed 10/06/26, child became LAC 05/05/26 - within timescale?")
R("scenario", "date", "pep", "2025-12-15", "2025-12-15", "Child came into care on 15 December 2025 and is in Year 4. School breaks up on the 19th and goes back on 5 January. When does the PEP meeting have to be arranged by?")
R("indirect", "date", "pep", "2027-05-26", "2027-05-27", "A 9 year old came into care on 26/05/27. When does the school meeting about her education plan need to be arranged by?")
R("typos", "date", "pep", "2026-03-20", "2026-03-23", "came into care 20.3.26 wen is pep due")
R("indirect", "date", "care_plan", "2026-03-28", "2026-03-30", "Placement began on 28/03/26. By when does the written plan for her time in care need to be on the system?")
R("newstarter", "date", "care_plan", "2027-08-20", "2027-08-23", "Sorry to ask - child was placed on 20 August 2027, when should the care plan be recorded on the system?")
R("duty", "date", "lac_review1", "2025-12-18", "2025-12-18", "LAC 18/12/25, 1st LAC review by?")
R("scenario", "date", "lac_review1", "2026-05-05", "2026-05-06", "We got an interim care order on 5 May 2026 and the baby went straight to foster carers from hospital (she was born on 1 May). Mum's first family time is the 7th. When is the first looked after review due?")
R("typos", "date", "lac_review1", "2027-12-20", "2027-12-21", "child came into care 20/12/27 wen is first lac reveiw")
R("manager", "date", "lac_review1", "2025-05-02", "2025-06-03", "First LAC review held 02/06/25, child LAC 02/05/25 - in time?")
R("newstarter", "date", "lac_review1", "2026-08-24", "2026-08-25", "Hello, the young person became looked after on 24th August. Could you tell me when the first review needs to be held by?")
R("scenario", "date", "iro_report", "2026-01-05", "2025-12-29", "My child's LAC review is on Monday 5 January 2026, the first since she moved placement on 1 December. When does my written report need to be with the IRO?")
R("indirect", "date", "iro_report", "2026-04-06", "2026-03-27", "The review meeting for my looked after child is on 6 April 2026 - when does the independent reviewer need my written report?")
R("indirect", "date", "iro_informal", "2026-12-22", "2026-12-22", "The IRO flagged drift in the care plan to me informally today (22/12/26). How long before it turns into a formal dispute if we don't sort it?")
R("scenario", "date", "iro_informal", "2025-04-15", "2025-04-16", "At the LAC review on 8 April 2025 the IRO had concerns, and on Tuesday 15 April she raised an informal challenge about drift with me. When will it go formal if it's not resolved?")
R("scenario", "date", "iro_formal", "2026-04-01", "2026-04-01", "The IRO raised an informal challenge on 24 March 2026 and it wasn't resolved, so the formal dispute was raised on 1 April 2026. By when must the formal process be finished?")
R("indirect", "date", "iro_formal", "2027-05-11", "2027-05-12", "The independent reviewer escalated to the formal stage on 11/05/27. When must the whole process be finished?")
R("typos", "date", "fc_record", "2025-12-24", "2025-12-24", "visited my foster carer 24.12.25 when does it need to be on lcs")
R("indirect", "date", "variation", "2025-12-24", "2025-12-24", "A carer approved for one child took his brother today (24/12/25) with the strategic lead's OK to go outside what they're approved for. How long does that permission last?")
R("scenario", "date", "variation", "2027-03-24", "2027-03-24", "Our carers are approved for 0-5s but we need to place a 7-year-old with them tonight, Wednesday 24 March 2027. The strategic lead has given permission for a variation. Until when does it last?")
R("manager", "date", "variation", "2026-08-27", "2026-09-10", "Variation of terms of approval given 27/08/26 and the child was still there 08/09/26 with nothing further agreed. What date did the variation run out?")
R("indirect", "date", "temp16", "2026-01-05", "2026-02-01", "Grandma was temporarily approved by the ADM to care for the kids on 5 January 2026. When does that temporary approval run out?")
R("duty", "date", "temp16", "2025-08-14", "2025-08-14", "connected carer temp approval 14/08/25 expires?")
R("scenario", "date", "temp24", "2026-03-01", "2026-06-01", "Aunt was temporarily approved as a connected carer on 01/03/26. Panel considered it and the ADM has agreed the extension. When does it finally end?")
R("newstarter", "date", "recording", "2027-05-28", "2027-05-28", "How long do I have to type up my notes from a visit I did today (28 May)?")
R("indirect", "date", "case_summary", "2026-05-31", "2026-06-15", "The short overview at the front of the file was last refreshed on 31 May 2026. When does it go out of date?")
R("manager", "date", "case_summary", "2026-12-24", "2027-03-30", "Auditing a file: case summary last updated 24/12/26. By what date did it need updating?")
R("indirect", "date", "assess12", "2024-02-29", "2025-01-20", "The last full assessment on this child was signed off on 29/02/24. When does it stop counting as up to date?")
R("newstarter", "date", "assess12", "2025-12-23", "2026-06-01", "I've inherited a case where the last assessment was authorised on 23 December 2025. By when does there need to be a new one?")
R("manager", "date", "fc_annual", "2025-04-18", "2026-05-01", "Foster carer's last annual review was 18/04/25. When was the next one due?")
R("indirect", "date", "fc_panel3", "2024-05-06", "2026-09-01", "When does our longest-serving carer's yearly review next need to go in front of the panel itself? Last time it went there was 06/05/24.")
R("indirect", "date", "fc_checks3", "2025-01-01", "2027-10-01", "A foster carer's DBS, medical and references were all last done on 1 January 2025. When do they need redoing?")
R("indirect", "date", "fc_training3", "2024-08-26", "2027-06-01", "One of our carers last refreshed their core training on 26/08/24. When do they need to do it again?")
R("indirect", "date", "care_pack", "2025-12-18", "2025-12-19", "When should a child who came into care on 18/12/25 have been given the welcome pack and the leaflet about their rights?")
R("duty", "date", "care_pack", "2026-08-31", "2026-09-01", "LAC 31/08/26, CIC pack + rights leaflet by?")
R("scenario", "date", "adoption_order", "2027-03-29", "2027-04-01", "The introductions finished on 25 March and the baby moved in with his adopters on Easter Monday, 29 March 2027. The placement order was made last October. When can the adopters apply for the adoption order?")
R("typos", "date", "strat_mgmt", "2026-12-24", "2026-12-24", "mngr says we need a strat, decided 24th dec. wen has it got to happen")
R("indirect", "date", "allocate", "2027-03-25", "2027-03-25", "The team leader agreed today that a worker needs to do a full assessment on this family. When does it need to be allocated by?")
R("scenario", "date", "tl_review", "2026-12-14", "2026-12-15", "The assessment was started on Monday 14 December 2026 after a referral from the health visitor on the 10th. Mum is due to give birth on 2 January. When does my team leader need to review it?")
R("indirect", "date", "report_chair", "2027-12-30", "2027-12-20", "Conference about the family is on Thursday 30 Dec 2027. What's the latest my signed-off report can go to the chair?")
R("indirect", "date", "iha", "2026-12-21", "2026-12-22", "When do the first medical checks need to be done for a baby who came into care on 21/12/26?")
R("indirect", "date", "lac_review1", "2027-03-22", "2027-03-23", "A girl came into care on Monday 22 March 2027. When is the latest for the first statutory review meeting about her care?")
R("scenario", "date", "s47_discuss", "2026-12-24", "2026-12-29", "Section 47 was initiated on Christmas Eve 2026 after a call from the hospital. The strategy discussion was the same day. By when should I have had the progress discussion with my manager?")
R("indirect", "date", "plo_minutes", "2026-12-28", "2026-12-29", "We had the pre-proceedings meeting with the parents and their solicitor on 28 Dec 2026. When do the minutes of what's expected need to reach them?")
R("indirect", "date", "cin_deplan", "2027-12-20", "2027-12-21", "The children came off protection plans at conference on 20/12/27 and now go onto a child in need plan. When should the first meeting of that plan be?")
R("scenario", "date", "icpc", "2028-04-11", "2028-04-12", "Strategy discussion was held Tuesday 11 April 2028, a week after the referral on the 4th. The child's sibling already had a conference on 2 March. When's the latest the ICPC can be for this child?")
R("scenario", "date", "placement_copy", "2027-12-24", "2027-12-24", "Placement moved on Christmas Eve 2027 after the previous carers gave notice on the 20th. The placement meeting is booked for the 29th. When do the new carers need the updated placement plan?")
R("scenario", "date", "legal_status", "2028-05-26", "2028-05-26", "Child became looked after on Friday 26 May 2028 under s20, mum signed the consent on the 25th. When do all the other professionals need to be told of his legal status?", amb="Could be counted from mum's consent on the 25th rather than the child becoming looked after.")
R("scenario", "date", "fgc_referral", "2028-04-13", "2028-04-13", "First PLO meeting was today, Thursday 13 April 2028. No FGC has happened yet and the parents consented to one. The next review PLO meeting is pencilled for 18 May. When does the FGC referral have to go in?")

# ---------------------------------------------------------------- visits rows
R("duty", "visits", "cp_visit", "2025-12-03", "2025-12-20", "CP visit last 3/12, next by?")
R("indirect", "visits", "cp_visit", "2026-03-10", "2026-03-30", "I last saw the child on the protection plan at home on 10 March 2026. When's my next visit due at the latest?")
R("typos", "visits", "cp_visit", "2027-03-02", "2027-03-15", "last cp vist was 2.3.27 wen is next one due")
R("scenario", "visits", "cp_visit", "2026-12-01", "2026-12-10", "I visited the family on 1 December 2026 and saw the children alone. I also called in on 5 December but they were out. When's the next statutory CP visit due?")
R("manager", "visits", "cp_visit", "2025-07-01", "2025-08-10", "CP visits on file: 01/07/25 then 05/08/25. Was the second one in timescale?")
R("duty", "visits", "cin_visit", "2026-02-20", "2026-03-01", "CIN visit 20/02/26, next due?")
R("indirect", "visits", "cin_visit", "2025-11-14", "2025-12-01", "For a child who gets support under a child in need plan, I last saw him at home on 14 Nov. When's the next time I must see him by?")
R("newstarter", "visits", "cin_visit", "2027-08-02", "2027-08-10", "Hi, could you tell me how often I need to see a child on a CIN plan? My last visit was on 2nd August 2027 - when's the next one due?")
R("indirect", "visits", "cin_review", "2026-04-07", "2026-04-08", "The last review meeting for our child in need family was 7/4/26. When does the next one need to happen?")
R("scenario", "visits", "cin_review", "2025-11-10", "2025-11-12", "We had the initial CIN meeting on 20 October 2025 and the first CIN review on 10 November. When's the next CIN review due at the latest?")
R("duty", "visits", "lac_weekly", "2025-12-23", "2025-12-24", "new LAC, last stat visit 23/12, 1st review not had yet, next visit by?")
R("indirect", "visits", "lac_weekly", "2026-04-03", "2026-04-04", "She's been in care a fortnight and hasn't had her first review yet. I last saw her on Good Friday. When do I need to see her again?")
R("duty", "visits", "lac_6wk", "2026-05-22", "2026-06-01", "LAC stat visit 22/05/26, post 1st review, no perm plan yet - next by?")
R("indirect", "visits", "lac_6wk", "2025-11-13", "2025-11-20", "The boy in care has had his first review and there's no permanence plan yet. I last saw him on 13/11/25. When is the next visit due?")
R("scenario", "visits", "lac_12wk", "2027-01-15", "2027-02-01", "Young person has been in her long-term foster placement since 2024 and it's been confirmed as permanent, so we've moved to 12-weekly visits. Her last visit was 15 January 2027 and her LAC review was 28 January. When is the next visit due?")
R("indirect", "visits", "adopt_weekly", "2026-05-01", "2026-05-05", "A baby was placed with adopters last week. No review yet. I last visited on Friday 1 May 2026. When must I go again?")
R("typos", "visits", "adopt_6wk", "2025-12-19", "2026-01-05", "adoptive placment, 1st lac review done, last vist 19/12/25 - when is next")
R("indirect", "visits", "fc_visit", "2026-08-28", "2026-09-01", "I last visited one of our foster carers on 28 August 2026 as their supervising worker. When's the next one due?")
R("duty", "visits", "fc_unannounced", "2025-12-19", "2026-06-01", "FC unannounced last 19/12/25, next by?")
R("indirect", "visits", "family_time", "2026-03-05", "2026-03-10", "We last looked at the arrangements for the kids seeing mum and grandparents on 5 March 2026; there's no permanence plan yet. When do they need looking at again?")

# ---------------------------------------------------------------- age rows
R("scenario", "age", "age_pathway", "2011-08-31", "2026-12-01", "Young man in care, DOB 31/08/2011, came into care in 2023. When should his pathway plan be started?", amb="31 August + 6 months has no 31 February; last day of February used, some would say 1 March 2027.")
R("indirect", "age", "age_pathway", "2010-11-02", "2025-09-01", "When do I need to start planning for leaving care with a girl born 2 November 2010?")
R("newstarter", "age", "age_pathway", "2012-02-29", "2027-01-10", "Hi, a young person on my caseload was born on 29 Feb 2012. At what date should the pathway plan be started?")
R("indirect", "age", "age_advocate", "2014-02-28", "2026-01-20", "A child due at conference next month was born 28/02/2014. From what date should we be offering her someone to support her to attend?")
R("scenario", "age", "age_advocate", "2016-02-29", "2027-12-01", "ICPC is planned for early 2028. The eldest child was born on 29 February 2016 and the younger one on 3 May 2019. From what date is the eldest old enough to be offered an advocate?")
R("duty", "age", "age_adopt6", "2020-02-29", "2025-12-01", "DOB 29/02/20 - when does she stop being under 6 for the adoption SW rule?")
R("indirect", "age", "age_adopt6", "2020-12-25", "2026-09-01", "We might go into pre-proceedings soon. The youngest was born on Christmas Day 2020 - until what date would she still get an adoption worker allocated?", amb="The answer is the 6th birthday; she is under 6 up to the day before it.")
R("typos", "age", "age_pathway", "2012-05-04", "2027-08-01", "yp dob 4.5.12 wen does pathway plan start")

# ---------------------------------------------------------------- choice rows
R("duty", "choice", "core_group", "2026-03-03", "2026-03-03", "conference was 3/3, what's next due?", rule2="cin_deplan")
R("indirect", "choice", "placement_meeting", "2025-12-22", "2025-12-22", "Child placed today 22/12/25. When's the placement plan due?", rule2="placement_copy")
R("duty", "choice", "fgc_referral", "2027-05-27", "2027-05-27", "1st PLO mtg 27/05/27 - what's due and when?", rule2="plo_minutes")
R("typos", "choice", "s47_discuss", "2026-04-01", "2026-04-01", "s47 started 1/4/26 wat is due next", rule2="icpc")
R("indirect", "choice", "tl_review", "2025-12-15", "2025-12-15", "I began the family's assessment on 15/12/25. When's it due?", rule2="assess45")
R("newstarter", "choice", "iro_informal", "2026-08-24", "2026-08-24", "The IRO has raised a challenge with me today (24 August) about drift. What's the deadline?", rule2="iro_formal")
R("indirect", "choice", "temp16", "2026-05-04", "2026-05-04", "The ADM temporarily approved the aunt as a carer on 4 May 2026. When does her approval end?", rule2="temp24")
R("scenario", "choice", "report_family", "2027-03-30", "2027-03-22", "First conference is on Tuesday 30 March 2027, right after Easter. Mum has asked when she'll see my report and the chair's admin is chasing too. When does the report need to go out?", rule2="report_chair")

# ---------------------------------------------------------------- none rows
R("duty", "none", "none_supervision", None, "2026-04-10", "last supervision 10/03/26, next due by?")
R("indirect", "none", "none_rcpc", None, "2026-02-01", "The first conference was 12/01/26. When does the next conference to review the protection plan have to be?")
R("newstarter", "none", "none_lac_review2", None, "2025-12-01", "The first looked after review was on 20 November 2025. When should the second review be held?")
R("indirect", "none", "none_shopba", None, "2026-06-01", "Final care planning meeting agreed adoption on 28/05/26. What's the deadline for the ADM meeting about whether she should be placed for adoption?")
R("typos", "none", "none_lifestory", None, "2027-01-10", "adoption order granted 5/1/27 when does life story book and later life letter have to be done by")
R("scenario", "none", "none_gcp2", None, "2025-10-01", "Neglect case: assessment started 22 September 2025, the home conditions are poor and the baby was born 1 Aug. By when does the Graded Care Profile 2 need to be finished?")
R("indirect", "none", "none_iro_contact", None, "2026-07-01", "The review was on 15/06/26. By when does the IRO have to get in touch with the young person before the next one?")
R("manager", "none", "none_pep_review", None, "2025-11-01", "Initial PEP held 10/09/25. What date is the next PEP review due by?", amb="'at least 1 per term' sets a frequency but no date; a reader could name the end of the autumn term.")
R("manager", "none", "none_connected", None, "2026-03-01", "Child placed with connected carer on 02/02/26. What's the deadline for the connected persons assessment to be completed?")


def main():
    src = open(SOURCE, encoding="utf-8").read()
    out = []
    problems = []
    for i, r in enumerate(ROWS, 1):
        unit, _, phrases = RULES[r["rule"]]
        if r["kind"] == "none":
            due, count = None, "no timescale in the standards: " + compute(r["rule"], "2025-01-01")[1]
            exp = list(phrases)
        elif r["kind"] == "choice":
            d1, c1 = compute(r["rule"], r["start"])
            d2, c2 = compute(r["rule2"], r["start2"] or r["start"])
            due = min(d1, d2)
            count = f"option A ({r['rule']}): {c1} | option B ({r['rule2']}): {c2}; due = earlier"
            exp = [phrases[0], RULES[r["rule2"]][2][0]]
        else:
            due, count = compute(r["rule"], r["start"])
            exp = list(phrases)
        row = {"q": r["q"], "today": r["today"], "due": due.isoformat() if due else None,
               "expect_any": exp, "count": count, "voice": r["voice"], "kind": r["kind"]}
        if r["amb"]:
            row["ambiguous"] = r["amb"]
        for p in exp:
            if p not in src:
                problems.append(f"row {i}: phrase not in source: {p!r}")
            if len(p.split()) < 6:
                problems.append(f"row {i}: phrase shorter than 6 words: {p!r}")
        D.fromisoformat(r["today"])
        out.append(row)
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    # re-read and check
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    qs = Counter(x["q"] for x in rows)
    problems += [f"duplicate q: {q}" for q, n in qs.items() if n > 1]
    print("rows", len(rows))
    print("kind", Counter(x["kind"] for x in rows))
    print("voice", Counter(x["voice"] for x in rows))
    print("ambiguous", sum("ambiguous" in x for x in rows))
    print("years", Counter((x["due"] or x["today"])[:4] for x in rows))
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
