#!/usr/bin/env python3
"""Oracle for the frozen deadline-question set (standard library only).

Run:  python3 oracle.py          -> writes questions.jsonl and runs the checks
Each row below is a structured description; `due` and `count` are computed here.
"""
import datetime as dt
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"

D = dt.date.fromisoformat
DAYN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

# England and Wales bank holidays 2024-2028, typed by hand (substitute days included).
BANK_HOLIDAYS = {D(x) for x in [
    # 2024
    "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26",
    "2024-12-25", "2024-12-26",
    # 2025
    "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25",
    "2025-12-25", "2025-12-26",
    # 2026 (Boxing Day is Sat -> substitute Mon 28 Dec)
    "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31",
    "2026-12-25", "2026-12-28",
    # 2027 (Christmas Sat -> Mon 27, Boxing Day Sun -> Tue 28)
    "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30",
    "2027-12-27", "2027-12-28",
    # 2028 (New Year Sat -> Mon 3 Jan)
    "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28",
    "2028-12-25", "2028-12-26",
]}


def fmt(d):
    return "%s (%s)" % (d.isoformat(), DAYN[d.weekday()])


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30,
            31, 31, 30, 31, 30, 31][m - 1]
    return dt.date(y, m, min(d.day, last)), d.day > last


# ---- operations: each returns (due, count) ----
def op_wd(start, n):
    s = D(start)
    d, k, skipped = s, 0, []
    while k < n:
        d += dt.timedelta(days=1)
        if d in BANK_HOLIDAYS:
            skipped.append(d.isoformat())
        if is_wd(d):
            k += 1
    c = "%d working day%s after %s -> %s" % (n, "" if n == 1 else "s", fmt(s), fmt(d))
    if not is_wd(s):
        c += "; start day is not a working day, counted from it"
    if skipped:
        c += "; skips bank holidays " + ", ".join(skipped)
    return d, c


def op_wdb(meeting, n):
    s = D(meeting)
    d, k, skipped = s, 0, []
    while k < n:
        d -= dt.timedelta(days=1)
        if d in BANK_HOLIDAYS:
            skipped.append(d.isoformat())
        if is_wd(d):
            k += 1
    c = "%d working days before %s -> %s" % (n, fmt(s), fmt(d))
    if skipped:
        c += "; skips bank holidays " + ", ".join(skipped)
    return d, c


def _note(d):
    if d in BANK_HOLIDAYS:
        return " (falls on a bank holiday)"
    if d.weekday() >= 5:
        return " (falls on a weekend)"
    return ""


def op_days(start, n):
    s = D(start)
    d = s + dt.timedelta(days=n)
    return d, "%d calendar days after %s -> %s%s" % (n, fmt(s), fmt(d), _note(d))


def op_daysb(meeting, n):
    s = D(meeting)
    d = s - dt.timedelta(days=n)
    return d, "%d calendar days before %s -> %s%s" % (n, fmt(s), fmt(d), _note(d))


def op_weeks(start, n):
    s = D(start)
    d = s + dt.timedelta(days=7 * n)
    return d, "%d week%s (%d days) after %s -> %s%s" % (n, "" if n == 1 else "s", 7 * n, fmt(s),
                                                        fmt(d), _note(d))


def op_months(start, n):
    s = D(start)
    d, clamped = add_months(s, n)
    c = "%d months after %s -> %s" % (n, fmt(s), fmt(d))
    if clamped:
        c += "; no day %d in that month, so last day of month" % s.day
    return d, c + _note(d)


def op_same(start):
    s = D(start)
    return s, "same day as %s -> %s" % (fmt(s), fmt(s))


def op_age(dob, years, months=0):
    b = D(dob)
    if b.month == 2 and b.day == 29 and months == 0:
        y = b.year + years
        leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
        d = dt.date(y, 2, 29) if leap else dt.date(y, 3, 1)
        c = "born %s, turns %d on %s" % (b.isoformat(), years, fmt(d))
        c += "; 29 Feb birthday, %d is a leap year so 29 Feb" % y if leap else \
            "; 29 Feb birthday in non-leap year %d -> 1 March" % y
        return d, c
    d, clamped = add_months(b, 12 * years + months)
    c = "born %s, %d years%s -> %s" % (b.isoformat(), years,
                                        " %d months" % months if months else "", fmt(d))
    if clamped:
        c += "; no day %d in that month, so last day of month" % b.day
    return d, c


OPS = {"wd": op_wd, "wdb": op_wdb, "days": op_days, "daysb": op_daysb, "weeks": op_weeks,
       "months": op_months, "same": op_same, "age": op_age}


def run(op):
    return OPS[op[0]](*op[1:])


# ---- verbatim phrases from the standards ----
P = dict(
    FD="decisions made by what action are required by a Team Leader within 1 working day",
    INIT="Initial decisions will be made about the action required within 1 working day",
    REF="Referrals will be actioned by a social worker within 1 working day",
    SEEN="the child / children will be seen by the Social Worker the same day",
    S47_5="Within 5 days of the Section 47 being initiated",
    ALLOC="allocated to a social worker to complete a Child and Family Assessment within 3 working days",
    TLREV="All assessments will be reviewed by the Team Leader within 15 working days",
    C45="Assessments must all be completed within 45 days",
    STRAT="this must happen within 1 working day and should be chaired by a social work manager",
    STRAT24="A strategy discussion within 24 hours involving all relevant agencies",
    TRANS="will notify the Neighbourhood Team via email, giving at least 5 days’ notice",
    JOINT="Within the 5 days’ notice period, the Children’s First Response Social Worker",
    ICPC="Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
    FAM3="The report will be shared with family at least 3 the days prior to conference",
    CHAIR3="The report will be sent to the child protection chair 3 working days before the conference",
    ADV="if they are 12 or over they should be offered an advocate",
    CG10="held within 10 days of the conference and is used to put detail on the outline CP plan",
    CPV="Visits to a child subject to a CP plan will take place at least every 4 weeks",
    CPHOME="A statutory CP visit must not be recorded on the child’s file unless the child was seen at home",
    RPAR="This report must be shared with parents at least 3 days prior to the review conference",
    RCHAIR="The report will be available to the conference chair at least 3 days prior to the review conference",
    PTT="when they have been subject to a plan for 12 months, a professional thinking time meeting",
    PLO10="The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
    FGC3="Referral should be made within 3 working days of the first PLO meeting",
    VIAB="need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
    MIN7="distributed to parents and their legal representation within 7 days of the meeting",
    PLOREV="Review PLO meetings with parents to be held every 4-6 weeks",
    LPM12="A review legal planning meeting will be held at 12 weeks",
    EXT4="In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
    LG16="a Legal Gateway meeting will be convened at 16 weeks with Strategic Lead oversight",
    CIN20="will set the first CIN meeting within 20 days",
    CIN10="the initial CIN meeting must take place within 10 days",
    CINREV="CIN review meetings will be held at least every 6 weeks",
    CINV="A child subject to a CIN plan will be seen at least every 6 weeks",
    EMERG="If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
    VIS1="The child will be visited within 1 working day of coming into care or having a change in placement",
    LAC1="All looked after children will be seen within 1 working day of placement",
    PM3="The placement meeting will be held within 3 working days",
    PP5="an updated copy given to the carers within 5 working days of the placement beginning",
    FT8="reviewed at least every 8 week until the plan for permanence is agreed",
    PACK="coming into care pack, children rights leaflet within 3 weeks",
    LEGAL5="will be informed of the child’s legal status within 5 working days",
    IHA="An initial health assessment will be requested and carried out within 20 working days",
    PEP="A PEP meeting will be arranged within the school within 20 days",
    LACW="Statutory looked after visits must happen weekly until the first looked after review",
    LAC6="then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
    LAC12="Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
    CAREP="An up to date care plan will be recorded on the electronic system within 10 days of placement",
    LAR="The initial Looked After Review must take place within 20 working days of the child becoming looked after",
    PATH="A pathway plan will be started when the young person is 15 years 6 months",
    IRO3="this will be with the IRO 3 days before the review",
    IROINF="If the challenge is not resolved within 5 working days a formal dispute will be raised",
    IROFORM="The formal dispute resolution process should be completed from start to finish within 20 working days",
    AD6="If a child under the age of 6 enters PLO or proceedings",
    ADW="Once the child is placed weekly statutory visits will take place until the first Looked After Review",
    AD6W="then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
    AD10="Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
    FC6="Trafford foster carers are visited at least once every six weeks",
    FCREC="a record of this visit is recorded on LCS within 3 working days",
    FCUN="All Trafford foster carers will have an unannounced visit at least once every 12 months",
    FCANN="All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
    FCPANEL="Every foster carer will have an annual review presented to the Fostering Panel at least every three years",
    FCDBS="All foster carers will have updated statutory references, medicals and DBS checks at least every three years",
    FCTRAIN="All Trafford foster carers must update their core training at least every three years",
    VAR6="This can only be given for up to 6 working days",
    TEMP="Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
    REC3="any event or contact is recorded within 3 days",
    SUMM="A clear and concise case file summary which has been updated within the last 3 months",
    ASS12="An up to date assessment (within the last 12 months) on each child",
    # sentences for `none` rows (mention the thing, set no timescale)
    N_RCPC="The child protection chair will set the date of the next conference",
    N_SUP="monitored through supervision which takes place in line with the supervision policy",
    N_LAR2="At the point of the second review (if not in proceedings) the child must have a permanency plan",
    N_SHOP="This needs to take place after the area teams final care planning meeting",
    N_MISS="The risk of going missing and child sexual exploitation will be considered and risk assessed",
    N_LLL="The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
    N_SUPP="a Support Meeting will be held and chaired by the Team Leader to look at ways of sustaining the placement",
    N_SHOPL="Parents will be sent a letter detailing the outcome of the SHOPBA signed by the ADM",
    N_CHRON="A chronology of significant events and their impact that includes risk and protective factors",
    N_ANNEX="The Social Worker will complete the Annex A suitability report for Court",
)

AMB45 = ("Statutory guidance sets 45 working days; the standard says '45 days', counted here as "
         "calendar days.")
AMBBH = "The latest date falls on a non-working day; in practice the last working day before it."
AMBPLO = ("The standard gives a 4-6 week range; due is the 6-week limit (4 weeks would be "
          "the earliest).")
AMBPLOSTART = ("The standard does not say what the 12/16 weeks count from; counted here from the "
               "PLO letter date, a reader could count from the first PLO meeting.")

ROWS = []


def R(voice, kind, today, q, op, phrases, amb=None):
    ROWS.append(dict(voice=voice, kind=kind, today=today, q=q, op=op, phrases=phrases, amb=amb))


# ======================= date rows =======================
# Front door / referrals
R("duty", "date", "2025-12-24", "contact in this am 24/12 - TL decision by when?", ("wd", "2025-12-24", 1), ["FD", "INIT"])
R("indirect", "date", "2026-04-02", "A school rang our front door today with a worry about a 7 year old. How long has the team leader got to decide what we're doing with it - what date?", ("wd", "2026-04-02", 1), ["FD", "INIT"])
R("typos", "date", "2027-05-28", "refferal come in this morning (fri 28/5) when does it need actioning by a sw", ("wd", "2027-05-28", 1), ["REF"])
R("newstarter", "date", "2025-08-22", "Hi, sorry if this is a basic question - a referral came through to me this afternoon (Friday 22nd August). By when should I, as the social worker, have actioned it?", ("wd", "2025-08-22", 1), ["REF"])
R("manager", "date", "2026-01-06", "Contact received 31/12/25, TL decision recorded 02/01/26. In timescale?", ("wd", "2025-12-31", 1), ["FD", "INIT"])
R("scenario", "date", "2027-03-25", "Health visitor phoned in this morning really worried about bruising on baby Pip. Baby was born 02/01/27 and the HV last saw her on 10/03. Duty TL hasn't logged anything yet - what's the latest the first decision on what we do can be made?", ("wd", "2027-03-25", 1), ["INIT", "FD"])
# strategy discussions
R("duty", "date", "2026-05-01", "mgmt decision for strat made today, strat needs to be by?", ("wd", "2026-05-01", 1), ["STRAT"])
R("indirect", "date", "2025-12-23", "My manager has just decided we need police, health and school round a table about this family. What's the latest that conversation can happen?", ("wd", "2025-12-23", 1), ["STRAT", "STRAT24"])
R("scenario", "date", "2026-04-03", "Working the Good Friday bank holiday cover. Came back from a visit and my SM agreed we need a strategy discussion about the 14 year old - that decision was made this afternoon. His court date is 10/04. Which date does the strat have to happen by?", ("wd", "2026-04-03", 1), ["STRAT"], "Decision made on a bank holiday; counted from that day (the 24 hours reading would give 2026-04-04).")
# S47
R("scenario", "date", "2025-04-17", "We started a section 47 on Thursday 17 April after police shared information about dad. The kids are 4 and 9, and the older one's birthday is on the 20th. When do I need to sit down with my manager to discuss progress?", ("days", "2025-04-17", 5), ["S47_5"])
R("newstarter", "date", "2026-08-28", "If a referral comes in today for a Section 47 enquiry, by when does the child need to be seen? Sorry, I'm new!", ("same", "2026-08-28"), ["SEEN"])
R("indirect", "date", "2027-12-24", "Police have just rung and this is going to be a child protection investigation, not just an assessment. Referral came in at 3pm today. By when do I have to physically see the child?", ("same", "2027-12-24"), ["SEEN"])
# allocation
R("duty", "date", "2025-12-19", "referral ok'd for C&FA 19/12/25 - allocated by?", ("wd", "2025-12-19", 3), ["ALLOC"])
R("typos", "date", "2026-04-02", "when does a case need alocating for the c and f assesment, decision was on 2/4/26", ("wd", "2026-04-02", 3), ["ALLOC"])
R("indirect", "date", "2026-05-26", "The TL decided on Friday that this family needs a full look at the kids' needs. What date has she got to put a named worker on it by?", ("wd", "2026-05-22", 3), ["ALLOC"])
# TL review 15 wd
R("duty", "date", "2025-12-15", "C&FA started 15/12/25, TL review due?", ("wd", "2025-12-15", 15), ["TLREV"])
R("indirect", "date", "2027-03-23", "I opened the assessment on 23 March 2027. When does my team leader need to have looked over it by?", ("wd", "2027-03-23", 15), ["TLREV"])
R("scenario", "date", "2026-04-21", "Assessment kicked off Monday 20/4/26 after a school referral; the child's annual review at school is 1/5 and mum's got a tribunal on 12/05. When should the TL have reviewed the assessment?", ("wd", "2026-04-20", 15), ["TLREV"])
# 45 days
R("duty", "date", "2025-12-19", "C&FA start 19/12/25 - 45 day date?", ("days", "2025-12-19", 45), ["C45"], AMB45)
R("indirect", "date", "2025-08-01", "When does the whole assessment of the family's needs have to be finished? We started it on 1 August 2025.", ("days", "2025-08-01", 45), ["C45"], AMB45)
R("newstarter", "date", "2027-03-03", "Could you tell me the final deadline for completing a Child and Family Assessment that began on the 3rd of March 2027?", ("days", "2027-03-03", 45), ["C45"], AMB45)
R("scenario", "date", "2026-11-13", "Referral came in 10/11/26 and the assessment started on 12/11/26 once it was allocated. Mum's next GP appointment is 20/12. When must the assessment be completed?", ("days", "2026-11-12", 45), ["C45"], "Could count from the referral date (2026-11-10 gives 2026-12-25); statutory guidance also uses 45 working days.")
# transfer to neighbourhood team
R("indirect", "date", "2026-12-24", "We're moving a family over to the locality team at CIN level and emailed them today, 24 Dec 2026. What's the earliest the handover can happen given the notice we have to give?", ("days", "2026-12-24", 5), ["TRANS"])
R("scenario", "date", "2025-05-29", "CFR emailed the neighbourhood team about the transfer on 29/05/25. The family has a hospital appointment on 03/06 and the youngest starts nursery on 02/06. By when does the joint visit with the new worker need to be done?", ("days", "2025-05-29", 5), ["JOINT", "TRANS"])
# ICPC 15 wd
R("duty", "date", "2025-12-19", "strat 19/12/25 icpc by?", ("wd", "2025-12-19", 15), ["ICPC"])
R("typos", "date", "2026-04-01", "strat was on 1st april 26 when do we need the icpc", ("wd", "2026-04-01", 15), ["ICPC"])
R("indirect", "date", "2025-05-01", "We had the first multi-agency discussion with police about this child on 30/04/2025 and agreed the concerns need to go to a full meeting to decide on a protection plan. What's the last date that meeting can be held?", ("wd", "2025-04-30", 15), ["ICPC"])
R("scenario", "date", "2027-08-25", "Strategy discussion held on 18 Aug 2027; we then had a second strat on 24 Aug after new information from school. Child's 5th birthday is 26 Aug. When's the latest date for the ICPC?", ("wd", "2027-08-18", 15), ["ICPC"])
R("manager", "date", "2026-01-22", "ICPC was held 20/01, strat 02/01, was that in timescale?", ("wd", "2026-01-02", 15), ["ICPC"])
R("newstarter", "date", "2025-12-22", "Hello - what's the deadline for an initial child protection conference when the strategy meeting was on Monday 22nd December 2025?", ("wd", "2025-12-22", 15), ["ICPC"])
R("scenario", "date", "2027-03-25", "Strat for the Zephyr children was today, 25/3/27, and the S47 outcome is going to be an ICPC. Dad's DOB is 01/04/1990 and he's away from 29/03. What's the ICPC deadline?", ("wd", "2027-03-25", 15), ["ICPC"])
# ICPC reports
R("duty", "date", "2026-03-30", "ICPC 07/04/26 - report to chair by?", ("wdb", "2026-04-07", 3), ["CHAIR3"])
R("indirect", "date", "2025-12-29", "The first conference after our enquiry is on 5 January 2026. When does my report have to land with the person chairing it?", ("wdb", "2026-01-05", 3), ["CHAIR3"])
R("typos", "date", "2026-05-18", "icpc is wed 27th may 2026 when does report go to chair", ("wdb", "2026-05-27", 3), ["CHAIR3"])
R("manager", "date", "2025-09-01", "ICPC 28/08/25, report received by chair 26/08/25 - in timescale?", ("wdb", "2025-08-28", 3), ["CHAIR3"])
R("newstarter", "date", "2026-12-21", "When do I need to share my conference report with the parents? The initial child protection conference is on Monday 4 January 2027.", ("daysb", "2027-01-04", 3), ["FAM3"], AMBBH)
R("indirect", "date", "2025-04-07", "Initial conference is 14/04/2025. What's the latest I can go through my report with mum and dad before it?", ("daysb", "2025-04-14", 3), ["FAM3"])
# core groups
R("duty", "date", "2025-12-22", "icpc 22/12/25 1st CG by?", ("days", "2025-12-22", 10), ["CG10"], AMBBH)
R("indirect", "date", "2026-03-30", "The child went on a protection plan at conference today, 30 March 2026. When does the first meeting of the smaller group that fleshes out the plan have to happen?", ("days", "2026-03-30", 10), ["CG10"])
R("scenario", "date", "2025-05-19", "ICPC was held today, 19/05/25, and both children were made subject to CP plans under neglect. Dad couldn't attend and we're rearranging a home visit for the 20th. When's the deadline for the first core group?", ("days", "2025-05-19", 10), ["CG10"])
R("typos", "date", "2027-08-09", "frist core group after conferance on 6/8/27 when by", ("days", "2027-08-06", 10), ["CG10"])
R("manager", "date", "2026-03-20", "ICPC 03/03/26, first core group 16/03/26. In timescale?", ("days", "2026-03-03", 10), ["CG10"])
R("newstarter", "date", "2027-01-04", "Could you help me work out when the first core group should be held? The conference was last Thursday.", ("days", "2026-12-31", 10), ["CG10"])
# review conference reports
R("indirect", "date", "2026-06-01", "Review conference for the Moonbeam children is 10/06/2026. By when must mum and dad have seen my update on how the plan is going?", ("daysb", "2026-06-10", 3), ["RPAR"])
R("scenario", "date", "2026-12-29", "The Quill children have been on plans since March. Review conference is booked for Tue 05/01/27 and the last core group was 15/12/26. When does my plan update need to be with the chair?", ("daysb", "2027-01-05", 3), ["RCHAIR"], AMBBH)
R("manager", "date", "2025-05-02", "Review conf 30/04/25; parents got the report 28/04/25. Compliant?", ("daysb", "2025-04-30", 3), ["RPAR"])
# 12 months on a plan
R("indirect", "date", "2026-06-01", "A boy has been on a protection plan since conference on 31/12/2025. If things still haven't moved enough, when do we reach the point where we should hold the meeting to rethink how we're working with the family?", ("months", "2025-12-31", 12), ["PTT"])
R("scenario", "date", "2026-01-15", "CP plan started at ICPC on 18/03/25 and was reviewed at RCPC on 10/06/25 and 02/12/25. Progress is still poor. When do we reach 12 months for the professional thinking time meeting?", ("months", "2025-03-18", 12), ["PTT"])
# PLO
R("duty", "date", "2025-12-19", "PLO letter dated 19/12/25 - 1st PLO mtg by?", ("days", "2025-12-19", 10), ["PLO10"])
R("indirect", "date", "2026-03-20", "The letter that starts pre-proceedings went out to dad dated 20/03/2026. When does the first meeting with him and his solicitor have to be?", ("days", "2026-03-20", 10), ["PLO10"])
R("scenario", "date", "2027-08-20", "We sent the PLO letter today (20/08/27), but it's dated 18/08/27 because legal drafted it then. Parents say their solicitor can't do anything until September. When's the latest the first PLO meeting should be?", ("days", "2027-08-18", 10), ["PLO10"])
R("typos", "date", "2025-05-02", "plo leter date 2.5.25 when first meeting", ("days", "2025-05-02", 10), ["PLO10"])
R("newstarter", "date", "2026-12-07", "What's the timescale for the first PLO meeting? The letter was dated Monday 7th December 2026.", ("days", "2026-12-07", 10), ["PLO10"])
R("manager", "date", "2025-12-15", "PLO letter 01/12/25, initial PLO meeting 12/12/25 - within timescale?", ("days", "2025-12-01", 10), ["PLO10"])
R("indirect", "date", "2025-12-23", "We had the first pre-proceedings meeting with mum and her solicitor today, 23 Dec 2025, and she's agreed to a family meeting to look at who in the family can help. By when does the referral for that need to go in?", ("wd", "2025-12-23", 3), ["FGC3"])
R("scenario", "date", "2027-03-25", "First PLO meeting was this morning (25/03/27). Mum agreed to an FGC; her sister and a family friend were mentioned. The baby's due date is 20/04. When does the FGC referral have to be made?", ("wd", "2027-03-25", 3), ["FGC3"])
R("scenario", "date", "2025-08-22", "Initial PLO meeting was on Friday 22/08/25. Nan and an aunt came forward as possible carers; no FGC is planned. When do the viability screening requests need to be with Family Placement?", ("wd", "2025-08-22", 3), ["VIAB"])
R("indirect", "date", "2026-12-29", "We had a pre-proceedings meeting with the parents on 29/12/26. By when must the notes of what was agreed go out to them and their solicitors?", ("days", "2026-12-29", 7), ["MIN7"])
R("indirect", "date", "2026-01-06", "We went into pre-proceedings with the letter dated 06/01/2026. When is the 12-week meeting with our solicitor from legal due?", ("weeks", "2026-01-06", 12), ["LPM12"], AMBPLOSTART)
R("scenario", "date", "2025-05-01", "Case has been in PLO since the letter dated 04/02/25; review legal planning at 12 weeks said threshold still met and they want to keep going in PLO. When does the Legal Gateway meeting with the Strategic Lead need to be?", ("weeks", "2025-02-04", 16), ["LG16"], AMBPLOSTART)
R("scenario", "date", "2027-10-07", "PLO started 14/07/27 (letter date). At the 12-week legal planning meeting threshold was still met and legal agreed a further 4 weeks in exceptional circumstances. When does that extra period end?", ("weeks", "2027-07-14", 16), ["EXT4", "LG16"], "Counted as 12 + 4 weeks from the letter date; a reader could add 4 weeks to the actual date of the 12-week meeting.")
# CIN
R("indirect", "date", "2026-12-18", "Child came off the protection plan at conference yesterday and is moving to a child in need plan. When does the first CIN meeting have to be by?", ("days", "2026-12-17", 20), ["CIN20"])
R("scenario", "date", "2025-05-13", "Review conference on 12/5/25 de-planned both children; the chair set up an outline CIN plan. Core group had been due 20/05. When's the latest for the first CIN meeting?", ("days", "2025-05-12", 20), ["CIN20"])
R("scenario", "date", "2026-08-25", "Case transferred to us from CFR on 24/08/26. Their assessment was completed on 17/08 and mum is away until 28/08. When does the initial CIN meeting need to happen?", ("days", "2026-08-24", 10), ["CIN10"])
R("typos", "date", "2025-12-23", "case come over from first responce on 23/12/25 when is the first cin meeting due", ("days", "2025-12-23", 10), ["CIN10"])
R("newstarter", "date", "2026-03-31", "A case has just been transferred to me from the Children's First Response team - it came over today, Tuesday 31 March 2026. When should the first Child in Need meeting be held?", ("days", "2026-03-31", 10), ["CIN10"])
R("manager", "date", "2027-02-08", "Deplanned 14/01/27, first CIN meeting held 05/02/27. Compliant?", ("days", "2027-01-14", 20), ["CIN20"])
# children in care
R("duty", "date", "2025-12-23", "emergency LAC 23/12/25 assessment by?", ("wd", "2025-12-23", 20), ["EMERG"])
R("indirect", "date", "2026-04-02", "A girl came into our care in an emergency overnight on 02/04/2026 - nothing was planned. When does the assessment of her needs have to be finished?", ("wd", "2026-04-02", 20), ["EMERG"])
R("indirect", "date", "2027-05-28", "A boy moved from one foster home to another today, Friday 28 May 2027. By when do I have to go and see him at the new place?", ("wd", "2027-05-28", 1), ["VIS1"])
R("typos", "date", "2025-04-18", "placment change today fri 18/4/25 when do i need to visit", ("wd", "2025-04-18", 1), ["VIS1"])
R("scenario", "date", "2026-12-24", "Placed with foster carers today (Thu 24/12/2026) after police protection. Child's DOB is 03/03/2015 and school breaks up until 05/01. When does the placement meeting have to be held by?", ("wd", "2026-12-24", 3), ["PM3"])
R("indirect", "date", "2026-04-02", "We placed a child with new carers on 02/04/26. By when do we need to get together with the carers to agree what they can consent to and how the placement will work?", ("wd", "2026-04-02", 3), ["PM3"])
R("indirect", "date", "2025-05-23", "We placed a 6 year old with carers on 23/05/2025. When do the carers need the updated plan with the delegated authority bits in it?", ("wd", "2025-05-23", 5), ["PP5"])
R("newstarter", "date", "2025-12-24", "Sorry, how long do we have to give carers the updated placement plan? The placement began today, Wednesday 24 December 2025.", ("wd", "2025-12-24", 5), ["PP5"])
R("indirect", "date", "2026-04-10", "When does a young person who came into care today, 10/04/2026, need to be given the pack explaining their rights?", ("weeks", "2026-04-10", 3), ["PACK"])
R("typos", "date", "2025-12-22", "coming into care pack due when, she became lac 19.12.25", ("weeks", "2025-12-19", 3), ["PACK"])
R("scenario", "date", "2025-08-22", "Section 20 agreed and child placed today, 22/08/2025. School, GP and CAMHS are involved, and there's a core group booked for 01/09. By when do all the professionals need to know her legal status?", ("wd", "2025-08-22", 5), ["LEGAL5"])
R("indirect", "date", "2026-12-17", "How long do we have to get the first health check done for a child who came into care on 17 Dec 2026?", ("wd", "2026-12-17", 20), ["IHA"])
R("duty", "date", "2027-03-26", "IHA due? LAC from today 26/03/27", ("wd", "2027-03-26", 20), ["IHA"])
R("manager", "date", "2025-06-05", "Child became LAC 01/05/25, IHA done 30/05/25 - in timescale?", ("wd", "2025-05-01", 20), ["IHA"])
R("indirect", "date", "2025-08-12", "Child moved into care on 11 Aug 2025. By when does the meeting at school about her education plan need to be set up?", ("days", "2025-08-11", 20), ["PEP"])
R("indirect", "date", "2025-12-22", "When does the written plan for a child's care have to be on the system? She was placed on Sunday 21 Dec 2025.", ("days", "2025-12-21", 10), ["CAREP"])
R("scenario", "date", "2027-04-29", "Baby was placed with foster carers on 28/4/27 under an ICO; mum's contact is Tues and Thurs and the hearing is 12/05. When does the care plan need to be on LCS?", ("days", "2027-04-28", 10), ["CAREP"])
R("scenario", "date", "2025-12-17", "Twins became looked after under an ICO on 16/12/2025; their older brother came in earlier on 01/12/2025. When must the twins' first Looked After Review be held?", ("wd", "2025-12-16", 20), ["LAR"])
R("indirect", "date", "2026-03-31", "When does the first review meeting with the independent reviewing officer need to happen for a boy who came into our care on 30/03/2026?", ("wd", "2026-03-30", 20), ["LAR"])
R("typos", "date", "2027-05-05", "intial lac reveiw for a child accommodated 4.5.27 when", ("wd", "2027-05-04", 20), ["LAR"])
R("newstarter", "date", "2025-08-19", "Hi, a child on my caseload became looked after on Monday 18 August 2025. When is the deadline for the initial Looked After Review?", ("wd", "2025-08-18", 20), ["LAR"])
R("manager", "date", "2027-01-04", "LAC 01/12/26, initial review 29/12/26. Compliant?", ("wd", "2026-12-01", 20), ["LAR"])
R("duty", "date", "2027-01-04", "LAC review fri 08/01/27 SW report to IRO by?", ("daysb", "2027-01-08", 3), ["IRO3"])
R("indirect", "date", "2025-04-14", "The child's review with her independent reviewing officer is 25 April 2025. When does my written report need to be with the reviewing officer?", ("daysb", "2025-04-25", 3), ["IRO3"])
# IRO disputes
R("indirect", "date", "2025-12-19", "The reviewing officer raised a concern with me informally about drift today, 19 Dec 2025. If it isn't sorted, when does it become a formal dispute?", ("wd", "2025-12-19", 5), ["IROINF"])
R("manager", "date", "2027-04-26", "Formal dispute raised by IRO 23/03/27. Resolution completed 21/04/27. Within timescale?", ("wd", "2027-03-23", 20), ["IROFORM"])
R("indirect", "date", "2025-08-27", "The IRO has escalated her challenge to the formal stage today, 27/08/25. By when should the whole process be finished start to end?", ("wd", "2025-08-27", 20), ["IROFORM"])
R("scenario", "date", "2026-05-01", "IRO raised an informal challenge on Friday 1 May 2026 about the delay in the permanence plan; I'm on leave 11-15 May. When would it escalate to a formal dispute if not resolved?", ("wd", "2026-05-01", 5), ["IROINF"])
# adoption
R("indirect", "date", "2027-01-04", "A little girl went to live with her adoptive parents on 24 Dec 2026. From what date can they apply to court to make it permanent?", ("weeks", "2026-12-24", 10), ["AD10"])
R("duty", "date", "2026-04-07", "adoptive placement 03/04/26 - AO application from?", ("weeks", "2026-04-03", 10), ["AD10"])
R("scenario", "date", "2025-06-02", "Baby was placed with adopters on 30/05/2025 after matching panel on 15/05/2025 and the ADM ratified on 20/05. When can the adopters lodge the Adoption Order application?", ("weeks", "2025-05-30", 10), ["AD10"])
# fostering
R("typos", "date", "2025-12-22", "fc visit done 19/12 when does it need recording on lcs", ("wd", "2025-12-19", 3), ["FCREC"])
R("indirect", "date", "2026-04-02", "I visited one of our foster carers today, Thursday 2 April 2026. By when does the write-up of that visit need to be on the system?", ("wd", "2026-04-02", 3), ["FCREC"])
R("indirect", "date", "2025-12-24", "Strategic Lead agreed today (24/12/2025) that carers could take a child outside the ages they're approved for. How long can that last - what's the last day?", ("wd", "2025-12-24", 6), ["VAR6"])
R("scenario", "date", "2027-03-30", "Carers approved for two children aged 0-5 were asked to take a 7 year old sibling; the Strategic Lead granted a variation of terms of approval on 30/03/27. The child's PEP is on 14/04. When does the variation run out?", ("wd", "2027-03-30", 6), ["VAR6"])
R("scenario", "date", "2026-01-20", "Nan was temporarily approved as a connected carer by the ADM on 14/01/26 and the child moved in on 16/01/26. When does the temporary approval end if it isn't extended?", ("weeks", "2026-01-14", 16), ["TEMP"], "The standard does not say whether the 16 weeks run from the approval or the placement date (2026-01-16 gives 2026-05-08).")
R("indirect", "date", "2026-01-05", "Aunt's temporary approval as a family carer started on 01/09/2025 and panel/ADM have agreed the extra extension. When does it finally run out?", ("weeks", "2025-09-01", 24), ["TEMP"])
R("newstarter", "date", "2026-11-02", "When is the latest a foster carer's DBS, medical and references need updating if they were last done on 29 February 2024?", ("months", "2024-02-29", 36), ["FCDBS"])
R("typos", "date", "2027-06-01", "foster carer core trainning last done 31/3/25 when due again", ("months", "2025-03-31", 36), ["FCTRAIN"])
R("indirect", "date", "2027-01-11", "A carer household's review last went in front of the panel on 12 June 2024 (no complaints since). What's the latest date it has to go back to panel?", ("months", "2024-06-12", 36), ["FCPANEL"])
# case recording
R("duty", "date", "2026-12-24", "HV done today 24/12/26 recorded by?", ("days", "2026-12-24", 3), ["REC3"])
R("indirect", "date", "2027-04-05", "I had a phone call with dad on Friday. What's the deadline for getting that written up on the child's record?", ("days", "2027-04-02", 3), ["REC3"])
R("newstarter", "date", "2026-04-03", "How long do I have to write up a home visit? I visited the family today, Good Friday 3 April 2026.", ("days", "2026-04-03", 3), ["REC3"])
# summary / assessment currency
R("manager", "date", "2026-01-12", "Case file summary last updated 14/11/25. When does it fall out of date?", ("months", "2025-11-14", 3), ["SUMM"])
R("indirect", "date", "2027-01-15", "When's the latest I need to refresh the overview at the front of the child's file? It was last done on 30/11/2026.", ("months", "2026-11-30", 3), ["SUMM"])
R("indirect", "date", "2026-10-01", "The last full look at this child's needs was signed off by my manager on 05/01/26. By when does she need a fresh one so it's still current?", ("months", "2026-01-05", 12), ["ASS12"])
R("scenario", "date", "2026-04-07", "Child has been open to us since 2023. Her last assessment was authorised by the TL on 31/08/2025, and her plan was reviewed at a CIN meeting on 02/02/2026. When will she need a new assessment to keep it within 12 months?", ("months", "2025-08-31", 12), ["ASS12"])
# extra date rows (indirect / scenario heavy)
R("scenario", "date", "2026-08-27", "I started the assessment on Thursday 27 August 2026. The last assessment from 2024 was closed NFA. The child starts a new school on 03/09. When does the TL need to have reviewed my assessment?", ("wd", "2026-08-27", 15), ["TLREV"])
R("indirect", "date", "2027-12-16", "We started the child protection enquiry on 16 Dec 2027. When's the manager catch-up on how it's going due?", ("days", "2027-12-16", 5), ["S47_5"])
R("scenario", "date", "2027-12-15", "Strat was held yesterday for the Bramblewood children (aged 2, 6 and 11). Police are doing a joint visit on the 16th and the eldest has an exam on 05/01. What's the latest date we can hold the ICPC?", ("wd", "2027-12-14", 15), ["ICPC"])
R("scenario", "date", "2027-12-20", "ICPC on Wednesday 29/12/27 for a 3 week old baby. I've done the S47 and the report is signed off. When did it need to go to the chair?", ("wdb", "2027-12-29", 3), ["CHAIR3"])
R("indirect", "date", "2027-08-20", "The review conference for the children is on 02/09/2027. When's the latest the chair can get the written update on the plan?", ("daysb", "2027-09-02", 3), ["RCHAIR"])
R("scenario", "date", "2026-08-28", "First PLO meeting was Friday 28/08/26. Paternal grandparents came forward as possible carers and mum has refused an FGC. When do the viability screening requests need to go to Family Placement?", ("wd", "2026-08-28", 3), ["VIAB"])
R("scenario", "date", "2026-05-22", "The case came across to our neighbourhood team from Children's First Response on 22/05/26 after a 35-day assessment; the child's birthday is 30/05. When's the latest for the initial CIN meeting?", ("days", "2026-05-22", 10), ["CIN10"])
R("scenario", "date", "2027-12-21", "Sibling group of three came into care on 20/12/27 under an EPO; the ICO hearing is 23/12. Mum's birthday is 01/01. When's the latest for their initial Looked After Review?", ("wd", "2027-12-20", 20), ["LAR"])
R("scenario", "date", "2027-12-22", "I visited the foster carers on 22/12/27 for their supervision visit; they're going away 24/12 until 02/01. When does my record of the visit need to be on LCS?", ("wd", "2027-12-22", 3), ["FCREC"])

# ======================= visits =======================
R("duty", "visits", "2026-03-05", "last CP visit 3/3 next by?", ("weeks", "2026-03-03", 4), ["CPV"])
R("indirect", "visits", "2025-12-29", "I last saw the little one at home for her protection plan visit on 23 Dec 2025. When's my next visit due at the latest?", ("weeks", "2025-12-23", 4), ["CPV"])
R("typos", "visits", "2027-04-06", "cp visit last done 2.4.27 when next", ("weeks", "2027-04-02", 4), ["CPV"])
R("scenario", "visits", "2025-08-21", "Child on a CP plan since ICPC 10/07/25. I visited at home on 01/08/25 and saw her alone, then saw her at school on 20/08/25 (not at home). When is the next statutory CP visit due?", ("weeks", "2025-08-01", 4), ["CPV", "CPHOME"], "If the school visit on 2025-08-20 were wrongly counted as statutory, the next would be 2025-09-17.")
R("manager", "visits", "2026-02-16", "CP visits on 06/01/26 and 09/02/26 - was the second in timescale?", ("weeks", "2026-01-06", 4), ["CPV"])
R("indirect", "visits", "2026-05-26", "Family's on a child in need plan. I last saw the children at home on 22 May 2026. When do I need to see them again by?", ("weeks", "2026-05-22", 6), ["CINV"])
R("indirect", "visits", "2025-12-22", "The last home visit for my child in need case was 19/12/25. What's the latest I can see them next?", ("weeks", "2025-12-19", 6), ["CINV"])
R("newstarter", "visits", "2025-09-01", "When should the next Child in Need review meeting be? The last one was on Tuesday 26 August 2025.", ("weeks", "2025-08-26", 6), ["CINREV"])
R("typos", "visits", "2026-04-07", "last cin reveiw meeting 3rd april 26 nxt one by", ("weeks", "2026-04-03", 6), ["CINREV"])
R("indirect", "visits", "2027-01-04", "A boy came into care two weeks ago and hasn't had his first review yet. I last saw him on 29/12/2026. When's my next statutory visit due?", ("weeks", "2026-12-29", 1), ["LACW"])
R("scenario", "visits", "2026-01-05", "Child's been in care since March 2025; first LAC review was 04/04/25 and second 25/09/25. Plan for permanence not yet finalised. Last statutory visit 17/12/25. When's the next due?", ("weeks", "2025-12-17", 6), ["LAC6"])
R("manager", "visits", "2026-05-01", "YP in long-term foster placement since 2023, settled, on 12-weekly visits. Last visit 02/04/26. Next by?", ("weeks", "2026-04-02", 12), ["LAC12"])
R("scenario", "visits", "2027-09-01", "Looked after since 2026, first review done, permanence plan still being worked on. My last statutory visit was Saturday 28/08/27 at the carers'. When must the next one be?", ("weeks", "2027-08-28", 6), ["LAC6"])
R("indirect", "visits", "2026-04-01", "How long until we have to look again at the arrangements for her to see her parents? They were last reviewed on 31/03/2026 and there's no permanence plan yet.", ("weeks", "2026-03-31", 8), ["FT8"])
R("indirect", "visits", "2027-01-06", "The baby moved in with her adoptive family last week and her first review hasn't happened yet. I saw her on Monday 4 Jan 2027. When's the next visit due?", ("weeks", "2027-01-04", 1), ["ADW"])
R("scenario", "visits", "2026-01-05", "Child placed for adoption on 01/12/25; first LAR held 22/12/25; the adoption order hasn't been granted yet. Last visit 23/12/25. When's the next due?", ("weeks", "2025-12-23", 6), ["AD6W"])
R("newstarter", "visits", "2025-04-22", "As a supervising social worker, how often do I need to visit my foster carers? My last visit to one household was on 18 April 2025 - when's the next due?", ("weeks", "2025-04-18", 6), ["FC6"])
R("typos", "visits", "2026-06-01", "fostr carer visit last 29/5/26 next due", ("weeks", "2026-05-29", 6), ["FC6"])
R("manager", "visits", "2026-01-12", "Unannounced visit to foster carers last done 30/04/25. Next due by?", ("months", "2025-04-30", 12), ["FCUN"])
R("indirect", "visits", "2026-10-05", "Our carers' yearly review (with the safer caring policy update) was last done on 31/12/25. When's the next one due?", ("months", "2025-12-31", 12), ["FCANN"])
R("indirect", "visits", "2025-12-16", "We're in pre-proceedings and had a review meeting with mum and her solicitor on 15 Dec 2025. What's the latest the next one can be?", ("weeks", "2025-12-15", 6), ["PLOREV"], AMBPLO)
R("manager", "visits", "2027-04-21", "Review PLO meetings 02/03/27 and 20/04/27 - in timescale?", ("weeks", "2027-03-02", 6), ["PLOREV"], AMBPLO)

# ======================= age =======================
R("indirect", "age", "2025-11-03", "A lad in our care was born on 29/08/2010. When does the plan for him leaving care have to be started?", ("age", "2010-08-29", 15, 6), ["PATH"])
R("duty", "age", "2026-06-01", "YP DOB 14/06/11 pathway plan start?", ("age", "2011-06-14", 15, 6), ["PATH"])
R("newstarter", "age", "2026-09-14", "When should a pathway plan be started for a young person whose date of birth is 3 October 2011?", ("age", "2011-10-03", 15, 6), ["PATH"])
R("scenario", "age", "2027-03-15", "Young person came into care aged 12 on 05/05/2024; DOB 30/11/2011; last LAC review 12/03/2027. When does the pathway plan need to start?", ("age", "2011-11-30", 15, 6), ["PATH"])
R("indirect", "age", "2026-01-12", "Child's DOB is 22/04/2014. From what date do we have to offer her an advocate to help her attend her protection conferences?", ("age", "2014-04-22", 12), ["ADV"])
R("typos", "age", "2027-11-01", "when does a kid born 29/2/2016 turn 12 for the advocate thing at conference", ("age", "2016-02-29", 12), ["ADV"])
R("indirect", "age", "2026-06-15", "A boy born on 31 Dec 2020 may be heading into pre-proceedings. On what date does he stop counting as young enough to get an adoption worker and family finder allocated automatically?", ("age", "2020-12-31", 6), ["AD6"])
R("manager", "age", "2025-10-01", "Child DOB 29/02/2020, likely entering PLO next year - on what date does she stop being under 6 for the adoption allocation rule?", ("age", "2020-02-29", 6), ["AD6"])

# ======================= choice =======================
R("duty", "choice", "2026-03-03", "conference was 3/3, what's next due?", ("choice", ("days", "2026-03-03", 10), ("days", "2026-03-03", 20)), ["CG10", "CIN20"])
R("indirect", "choice", "2025-12-19", "A child came into care and was placed today, 19/12/2025. When's the meeting due?", ("choice", ("wd", "2025-12-19", 3), ("wd", "2025-12-19", 20)), ["PM3", "LAR"])
R("newstarter", "choice", "2026-03-30", "I had the first PLO meeting today, 30 March 2026, and family members were mentioned. Which referral do I need to make, and by when?", ("choice", ("wd", "2026-03-30", 3), ("wd", "2026-03-30", 3)), ["FGC3", "VIAB"])
R("scenario", "choice", "2026-05-18", "Initial conference is booked for Tuesday 26/05/2026 for a 4 year old. My report's nearly done and the TL is signing it off on Wednesday. When does it need to go out?", ("choice", ("daysb", "2026-05-26", 3), ("wdb", "2026-05-26", 3)), ["FAM3", "CHAIR3"])
R("indirect", "choice", "2027-01-05", "She's in care and I last saw her at the carers' on 4/1/27. When's the next statutory visit due?", ("choice", ("weeks", "2027-01-04", 1), ("weeks", "2027-01-04", 6)), ["LACW", "LAC6"])
R("scenario", "choice", "2026-04-14", "We started the assessment on 13/04/2026 after a referral from the GP. Dad is working away until 01/05. When is the assessment due?", ("choice", ("wd", "2026-04-13", 15), ("days", "2026-04-13", 45)), ["TLREV", "C45"])
R("typos", "choice", "2025-12-29", "lac since 24/12/25 when do the health and school things need doing by", ("choice", ("days", "2025-12-24", 20), ("wd", "2025-12-24", 20)), ["PEP", "IHA"])
R("manager", "choice", "2026-06-15", "Child came into care and was placed 01/06/2026 - when was the plan due?", ("choice", ("wd", "2026-06-01", 5), ("days", "2026-06-01", 10)), ["PP5", "CAREP"])
R("indirect", "choice", "2025-12-23", "The police and us talked it through today, 23/12/25, and started the child protection enquiry. What's the next deadline?", ("choice", ("days", "2025-12-23", 5), ("wd", "2025-12-23", 15)), ["S47_5", "ICPC"])

# ======================= none =======================
R("duty", "none", "2026-01-14", "ICPC 14/01/26 - RCPC due when?", None, ["N_RCPC"])
R("indirect", "none", "2026-03-02", "How often do I have to have supervision with my manager about my cases? Last one was 02/03/2026 - when's the next due?", None, ["N_SUP"])
R("manager", "none", "2027-06-01", "Second LAC review for a child whose first review was 12/01/27 - when was it due?", None, ["N_LAR2"])
R("newstarter", "none", "2025-06-05", "When should the SHOPBA meeting be held? Our final care planning meeting was on 4 June 2025.", None, ["N_SHOP"])
R("indirect", "none", "2026-08-31", "A teenager came back this morning after going missing overnight on 30/08/2026. How soon do we need to have the chat with her about where she was?", None, ["N_MISS"])
R("typos", "none", "2027-03-08", "when does the later life leter need doing, adoption order granted 3/3/27", None, ["N_LLL"])
R("scenario", "none", "2025-12-22", "Carers rang today, 22/12/25, saying the placement is wobbling and they might give notice after Christmas. The child's review isn't until 20/01. When does the support meeting have to be held?", None, ["N_SUPP"])
R("scenario", "none", "2025-10-13", "SHOPBA was held with the ADM on 10/10/25; adoption is the plan and the IRH is 15/12. By when must the outcome letter go to the parents?", None, ["N_SHOPL"])
R("indirect", "none", "2027-04-01", "How often does the list of key events in the child's history on the file need updating? Ours was last touched on 01/04/2027.", None, ["N_CHRON"])
R("newstarter", "none", "2026-05-06", "When should the Annex A report be done by? The adopters applied for the Adoption Order on 5 May 2026.", None, ["N_ANNEX"])


def build():
    out = []
    for r in ROWS:
        op = r["op"]
        if r["kind"] == "none":
            due, count = None, "no timescale in the standards for this"
        elif op[0] == "choice":
            res = [run(o) for o in op[1:]]
            due = min(d for d, _ in res)
            count = " | ".join("option %d: %s" % (i + 1, c) for i, (_, c) in enumerate(res))
            count += "; due = earlier -> %s" % due.isoformat()
        else:
            due, count = run(op)
        row = dict(q=r["q"], today=r["today"], due=due.isoformat() if due else None,
                   expect_any=[P[k] for k in r["phrases"]], count=count, voice=r["voice"],
                   kind=r["kind"])
        if r["amb"]:
            row["ambiguous"] = r["amb"]
        out.append(row)
    return out


def check(path):
    src = open(SOURCE, encoding="utf-8").read()
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    ok = True
    for i, r in enumerate(rows, 1):
        for ph in r["expect_any"]:
            if ph not in src:
                print("row %d: phrase not in source: %r" % (i, ph)); ok = False
            if len(ph.split()) < 6:
                print("row %d: phrase too short: %r" % (i, ph)); ok = False
        if not r["expect_any"]:
            print("row %d: empty expect_any" % i); ok = False
        if r["kind"] == "choice" and len(r["expect_any"]) < 2:
            print("row %d: choice needs 2 phrases" % i); ok = False
        if (r["due"] is None) != (r["kind"] == "none"):
            print("row %d: due/none mismatch" % i); ok = False
        dt.date.fromisoformat(r["today"])
        # relative dates should not be in the future for past events; due not before start-ish
        if r["voice"] not in ("duty", "typos", "scenario", "indirect", "newstarter", "manager"):
            print("row %d: bad voice" % i); ok = False
    # due values must match a fresh oracle run
    fresh = build()
    for a, b in zip(rows, fresh):
        if a["due"] != b["due"] or a["count"] != b["count"]:
            print("oracle mismatch:", a["q"]); ok = False
    qs = Counter(r["q"] for r in rows)
    for q, n in qs.items():
        if n > 1:
            print("duplicate q:", q); ok = False
    print("rows:", len(rows))
    print("kinds:", dict(Counter(r["kind"] for r in rows)))
    print("voices:", dict(Counter(r["voice"] for r in rows)))
    print("ambiguous:", sum(1 for r in rows if "ambiguous" in r))
    print("years of today:", dict(Counter(r["today"][:4] for r in rows)))
    print("CHECK", "OK" if ok else "FAILED")
    return ok


if __name__ == "__main__":
    # sanity: bank holiday Easter dates agree with a computed Easter
    def easter(y):
        a, b, c = y % 19, y // 100, y % 100
        d, e = b // 4, b % 4
        f = (b + 8) // 25
        g = (b - f + 1) // 3
        h = (19 * a + b - d - g + 15) % 30
        i, k = c // 4, c % 4
        l = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * l) // 451
        return dt.date(y, (h + l - 7 * m + 114) // 31, (h + l - 7 * m + 114) % 31 + 1)
    for y in range(2024, 2029):
        e = easter(y)
        assert e - dt.timedelta(days=2) in BANK_HOLIDAYS and e + dt.timedelta(days=1) in BANK_HOLIDAYS, y
    assert len(BANK_HOLIDAYS) == 40
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for row in build():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    sys.exit(0 if check(path) else 1)
