#!/usr/bin/env python3
"""Oracle for the frozen deadline question set (standard library only).

Each row below is a structured description (voice, kind, today, standard key(s), start event,
question text). This script computes `due` and `count` for every row and writes questions.jsonl.
Run: python3 oracle.py
"""
import datetime as dt
import json
import os
import re

D = dt.date
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

# ---------------------------------------------------------------- bank holidays (England & Wales)
BANK_HOLIDAYS = {
    # 2024
    D(2024, 1, 1), D(2024, 3, 29), D(2024, 4, 1), D(2024, 5, 6), D(2024, 5, 27), D(2024, 8, 26),
    D(2024, 12, 25), D(2024, 12, 26),
    # 2025
    D(2025, 1, 1), D(2025, 4, 18), D(2025, 4, 21), D(2025, 5, 5), D(2025, 5, 26), D(2025, 8, 25),
    D(2025, 12, 25), D(2025, 12, 26),
    # 2026 (Boxing Day is a Saturday -> substitute Monday 28 Dec)
    D(2026, 1, 1), D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 4), D(2026, 5, 25), D(2026, 8, 31),
    D(2026, 12, 25), D(2026, 12, 28),
    # 2027 (Christmas Sat, Boxing Day Sun -> substitutes Mon 27 and Tue 28 Dec)
    D(2027, 1, 1), D(2027, 3, 26), D(2027, 3, 29), D(2027, 5, 3), D(2027, 5, 31), D(2027, 8, 30),
    D(2027, 12, 27), D(2027, 12, 28),
    # 2028 (New Year's Day is a Saturday -> substitute Monday 3 Jan)
    D(2028, 1, 3), D(2028, 4, 14), D(2028, 4, 17), D(2028, 5, 1), D(2028, 5, 29), D(2028, 8, 28),
    D(2028, 12, 25), D(2028, 12, 26),
}


def _self_check_holidays():
    """Cross-check the typed list against rules (Easter computus, first/last Mondays, substitutes)."""
    def easter(y):
        a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4
        f = (b + 8) // 25; g = (b - f + 1) // 3; h = (19 * a + b - d - g + 15) % 30
        i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * l) // 451
        mo = (h + l - 7 * m + 114) // 31; da = ((h + l - 7 * m + 114) % 31) + 1
        return D(y, mo, da)
    rule = set()
    for y in range(2024, 2029):
        nyd = D(y, 1, 1)
        while nyd.weekday() >= 5:
            nyd += dt.timedelta(1)
        rule.add(nyd)
        e = easter(y)
        rule |= {e - dt.timedelta(2), e + dt.timedelta(1)}
        d = D(y, 5, 1)
        while d.weekday() != 0:
            d += dt.timedelta(1)
        rule.add(d)
        for mo in (5, 8):
            d = D(y, mo, 31)
            while d.weekday() != 0:
                d -= dt.timedelta(1)
            rule.add(d)
        taken = set()
        for day in (D(y, 12, 25), D(y, 12, 26)):
            d = day
            while d.weekday() >= 5 or d in taken:
                d += dt.timedelta(1)
            taken.add(d)
        rule |= taken
    assert rule == BANK_HOLIDAYS, sorted(rule ^ BANK_HOLIDAYS)


_self_check_holidays()


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def fmt(d):
    return f"{d.isoformat()} ({WD[d.weekday()]})"


def add_wd(start, n):
    d, k, skipped = start, 0, []
    while k < n:
        d += dt.timedelta(1)
        if is_wd(d):
            k += 1
        elif d in BANK_HOLIDAYS:
            skipped.append(d)
    return d, skipped


def sub_wd(start, n):
    d, k, skipped = start, 0, []
    while k < n:
        d -= dt.timedelta(1)
        if is_wd(d):
            k += 1
        elif d in BANK_HOLIDAYS:
            skipped.append(d)
    return d, skipped


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = (D(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(1)).day
    return D(y, m, min(d.day, last)), d.day > last


def birthday(dob, years, months=0):
    """Date someone reaches years+months. 29 Feb birthdays fall on 1 March in non-leap years;
    for years+months, a day missing from the target month becomes that month's last day."""
    if months == 0:
        try:
            return D(dob.year + years, dob.month, dob.day), ""
        except ValueError:
            return D(dob.year + years, 3, 1), "; 29 Feb birthday, non-leap year -> 1 March"
    y, m = divmod(dob.month - 1 + months, 12)
    y += dob.year + years
    m += 1
    last = (D(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(1)).day
    note = f"; day {dob.day} does not exist in that month -> last day of month" if dob.day > last else ""
    return D(y, m, min(dob.day, last)), note


def compute(op, start):
    kind, n = op[0], op[1]
    if kind == "wd":
        d, sk = add_wd(start, n)
        c = f"{n} working day{'s' if n > 1 else ''} after {fmt(start)} -> {fmt(d)}"
    elif kind == "wdb":
        d, sk = sub_wd(start, n)
        c = f"{n} working days before {fmt(start)} -> {fmt(d)}"
    elif kind == "cal":
        d, sk = start + dt.timedelta(n), []
        c = (f"{n} calendar days after {fmt(start)} -> {fmt(d)}" if n
             else f"same day as {fmt(start)} -> {fmt(d)}")
    elif kind == "calb":
        d, sk = start - dt.timedelta(n), []
        c = f"{n} calendar days before {fmt(start)} -> {fmt(d)}"
    elif kind == "wk":
        d, sk = start + dt.timedelta(7 * n), []
        c = f"{n} week{'s' if n > 1 else ''} ({7 * n} days) after {fmt(start)} -> {fmt(d)}"
    elif kind == "mon":
        d, cl = add_months(start, n)
        sk = []
        c = f"{n} months after {fmt(start)} -> {fmt(d)}" + ("; no such day, last day of month" if cl else "")
    elif kind == "age":
        years, months = n, (op[2] if len(op) > 2 else 0)
        d, note = birthday(start, years, months)
        sk = []
        label = f"{years} years {months} months" if months else f"{years}th birthday"
        c = f"{label} of DOB {start.isoformat()} -> {fmt(d)}{note}"
    else:
        raise ValueError(op)
    if sk:
        c += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
    elif kind in ("cal", "calb", "wk", "mon", "age") and d in BANK_HOLIDAYS:
        c += "; (falls on a bank holiday, calendar count not moved)"
    elif kind in ("cal", "calb", "wk", "mon", "age") and d.weekday() >= 5:
        c += "; (falls on a weekend, calendar count not moved)"
    return d, c


# ---------------------------------------------------------------- standards: key -> (phrase, op)
S = {
    "contact": ("decisions made by what action are required by a Team Leader within 1 working day", ("wd", 1)),
    "initial": ("Initial decisions will be made about the action required within 1 working day", ("wd", 1)),
    "referral": ("Referrals will be actioned by a social worker within 1 working day", ("wd", 1)),
    "s47_seen": ("the child / children will be seen by the Social Worker the same day", ("cal", 0)),
    "s47_5": ("Within 5 days of the Section 47 being initiated", ("cal", 5)),
    "allocate": ("All cases will be allocated to a social worker to complete a Child and Family Assessment within 3 working days", ("wd", 3)),
    "tl_review": ("All assessments will be reviewed by the Team Leader within 15 working days", ("wd", 15)),
    "assess45": ("Assessments must all be completed within 45 days", ("cal", 45)),
    "strat": ("a strategy discussion is required, this must happen within 1 working day", ("wd", 1)),
    "strat24": ("A strategy discussion within 24 hours involving all relevant agencies", ("wd", 1)),
    "transfer": ("notify the Neighbourhood Team via email, giving at least 5 days", ("calb", 5)),
    "icpc": ("Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion", ("wd", 15)),
    "rep_family": ("The report will be shared with family at least 3 the days prior to conference", ("calb", 3)),
    "rep_chair": ("The report will be sent to the child protection chair 3 working days before the conference", ("wdb", 3)),
    "advocate": ("if they are 12 or over they should be offered an advocate", ("age", 12)),
    "core": ("held within 10 days of the conference and is used to put detail on the outline CP plan", ("cal", 10)),
    "cp_visit": ("Visits to a child subject to a CP plan will take place at least every 4 weeks", ("wk", 4)),
    "rcpc_par": ("This report must be shared with parents at least 3 days prior to the review conference", ("calb", 3)),
    "rcpc_chair": ("The report will be available to the conference chair at least 3 days prior to the review conference", ("calb", 3)),
    "plan12": ("when they have been subject to a plan for 12 months", ("mon", 12)),
    "plo1": ("The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter", ("cal", 10)),
    "fgc": ("Referral should be made within 3 working days of the first PLO meeting", ("wd", 3)),
    "viab": ("Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting", ("wd", 3)),
    "plo_min": ("to be distributed to parents and their legal representation within 7 days of the meeting", ("cal", 7)),
    "plo_rev": ("Review PLO meetings with parents to be held every 4-6 weeks", ("wk", 6)),
    "plo12": ("A review legal planning meeting will be held at 12 weeks", ("wk", 12)),
    "plo16": ("a Legal Gateway meeting will be convened at 16 weeks", ("wk", 16)),
    "plo_ext": ("In exceptional circumstances a further period of 4 weeks will be agreed in PLO", ("wk", 4)),
    "cin_deplan": ("will set the first CIN meeting within 20 days", ("cal", 20)),
    "cin_transfer": ("When a case transfers from Trafford Childrens First Response the initial CIN meeting must take place within 10 days", ("cal", 10)),
    "cin_rev": ("CIN review meetings will be held at least every 6 weeks", ("wk", 6)),
    "cin_visit": ("A child subject to a CIN plan will be seen at least every 6 weeks", ("wk", 6)),
    "emerg": ("If it is an emergency / unplanned admission the assessment will be completed within 20 working days", ("wd", 20)),
    "cic_visit": ("The child will be visited within 1 working day of coming into care or having a change in placement", ("wd", 1)),
    "cic_seen": ("All looked after children will be seen within 1 working day of placement", ("wd", 1)),
    "plmtg": ("The placement meeting will be held within 3 working days", ("wd", 3)),
    "plplan": ("an updated copy given to the carers within 5 working days of the placement beginning", ("wd", 5)),
    "famtime": ("reviewed at least every 8 week until the plan for permanence is agreed", ("wk", 8)),
    "pack": ("coming into care pack, children rights leaflet within 3 weeks", ("wk", 3)),
    "legal": ("will be informed of the child\u2019s legal status within 5 working days", ("wd", 5)),
    "iha": ("An initial health assessment will be requested and carried out within 20 working days", ("wd", 20)),
    "pep": ("A PEP meeting will be arranged within the school within 20 days", ("cal", 20)),
    "lac_wk": ("Statutory looked after visits must happen weekly until the first looked after review", ("wk", 1)),
    "lac_6": ("then a minimum of every 6 weeks thereafter until the plan for permanence is finalised", ("wk", 6)),
    "lac_12": ("Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement", ("wk", 12)),
    "careplan": ("An up to date care plan will be recorded on the electronic system within 10 days of placement", ("cal", 10)),
    "ilar": ("The initial Looked After Review must take place within 20 working days of the child becoming looked after", ("wd", 20)),
    "pathway": ("A pathway plan will be started when the young person is 15 years 6 months", ("age", 15, 6)),
    "iro_rep": ("this will be with the IRO 3 days before the review", ("calb", 3)),
    "iro_inf": ("If the challenge is not resolved within 5 working days a formal dispute will be raised", ("wd", 5)),
    "iro_form": ("The formal dispute resolution process should be completed from start to finish within 20 working days", ("wd", 20)),
    "adopt6": ("If a child under the age of 6 enters PLO or proceedings", ("age", 6)),
    "adopt_wk": ("Once the child is placed weekly statutory visits will take place until the first Looked After Review", ("wk", 1)),
    "adopt_6": ("then visits will be a minimum of 6 weekly until the Adoption Order is Granted", ("wk", 6)),
    "adopt10": ("Once the children have been in placement with the adopter for 10 weeks", ("wk", 10)),
    "fc_visit": ("Trafford foster carers are visited at least once every six weeks", ("wk", 6)),
    "fc_rec": ("a record of this visit is recorded on LCS within 3 working days", ("wd", 3)),
    "fc_unann": ("will have an unannounced visit at least once every 12 months", ("mon", 12)),
    "fc_annual": ("All Trafford foster carers will have an annual review", ("mon", 12)),
    "fc_panel": ("annual review presented to the Fostering Panel at least every three years", ("mon", 36)),
    "fc_dbs": ("updated statutory references, medicals and DBS checks at least every three years", ("mon", 36)),
    "fc_train": ("must update their core training at least every three years", ("mon", 36)),
    "variation": ("This can only be given for up to 6 working days", ("wd", 6)),
    "temp16": ("Temporary approval is for 16 weeks but can be extended for a further 8 weeks", ("wk", 16)),
    "temp24": ("Temporary approval is for 16 weeks but can be extended for a further 8 weeks", ("wk", 24)),
    "record": ("any event or contact is recorded within 3 days", ("cal", 3)),
    "summary": ("A clear and concise case file summary which has been updated within the last 3 months", ("mon", 3)),
    "assess12": ("An up to date assessment (within the last 12 months) on each child", ("mon", 12)),
}
# phrases quoted for `none` rows (closest sentence; sets no deadline)
NONE_REF = {
    "rcpc_date": "The child protection chair will set the date of the next conference",
    "supervision": "monitored through supervision which takes place in line with the supervision policy",
    "pep_review": "subsequently reviewed within the statutory guidelines at least 1 per term",
    "second_lar": "a new LAC review will be set in accordance with the timescales",
    "shopba": "This needs to take place after the area teams final care planning meeting",
    "annexa": "The Social Worker will complete the Annex A suitability report for Court",
    "early_help": "Initial decisions will be made about the action required by an Early Help Team Leader",
    "lifestory": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter",
    "support_mtg": "a Support Meeting will be held and chaired by the Team Leader",
    "s47_end": "The outcome will be discussed with the Team Leader and a management decision is recorded",
}

# extra phrases accepted for a key (same timescale set twice in the document)
ALSO = {
    "strat": ["strat24"], "strat24": ["strat"], "contact": ["initial"], "initial": ["contact"],
    "cic_visit": ["cic_seen"], "cic_seen": ["cic_visit"], "temp24": [], "rcpc_par": [], "rcpc_chair": [],
}

ROWS = []


def R(voice, kind, today, std, start, q, amb=None, actual=None):
    ROWS.append(dict(voice=voice, kind=kind, today=today, std=std, start=start, q=q, amb=amb, actual=actual))


def resolve_start(spec, today):
    if spec is None:
        return None
    if spec == "today":
        return today
    if spec == "yesterday":
        return today - dt.timedelta(1)
    if spec == "tomorrow":
        return today + dt.timedelta(1)
    if spec.startswith("prev:"):  # most recent such weekday strictly before today
        wd = WD.index(spec[5:])
        d = today - dt.timedelta(1)
        while d.weekday() != wd:
            d -= dt.timedelta(1)
        return d
    return D.fromisoformat(spec)


AMB45 = ("Statutory guidance uses 45 working days; the standard says '45 days', counted here as calendar days.")
AMB_PLO_REV = ("The standard gives a 4-6 week range; 6 weeks is the latest, 4 weeks the earliest.")
AMB_PLO_START = ("The standard does not say what the weeks run from; counted here from the date given "
                 "(another reader might count from the PLO letter or Legal Gateway).")
AMB24 = ("The S47 section says 'within 24 hours', which read literally could give a different (non-working) day "
         "than 'within 1 working day'.")

# =============================================================== ROWS
# ---- Front Door
R("duty", "date", "2025-12-24", "contact", "2025-12-24", "contact in 24/12 at 4pm - TL screening decision due by?")
R("indirect", "date", "2026-04-02", "contact", "2026-04-02",
  "A school rang the front door today (Thursday 2nd April) worried about a 7 year old. By when does a team leader have to decide what we're doing with it?")
R("typos", "date", "2025-05-02", "referral", "2025-05-02", "refferal came in fri 2.5.25 when does sw have to action it by")
R("newstarter", "date", "2026-05-22", "referral", "2026-05-22",
  "Hi, sorry if this is a silly question - a referral has come through to me on the duty desk today (Friday 22nd May). How long do I have to action it as the social worker?")
R("manager", "date", "2026-01-12", "contact", "2025-12-31",
  "Contact received 31/12/25, TL decision recorded 05/01/26. Within timescale?", actual="2026-01-05")
R("scenario", "date", "2026-08-28", "strat", "2026-08-28",
  "Mum's partner was arrested last night and police shared the info with us this morning. My TL has just decided we need a strategy discussion - it's Friday 28 August and the child's birthday party is on the 30th. When does the strat have to happen by?",
  amb=AMB24)
R("scenario", "date", "2027-12-24", "strat", "2027-12-24", "It's Christmas Eve (Friday 24 December 2027). Dad turned up drunk at the school nativity on Monday 20 December and this morning mum disclosed he hit her last night. My manager has decided we need a strategy discussion. When does it need to happen by?", amb=AMB24)
R("indirect", "date", "2025-05-02", "strat", "2025-05-02",
  "My manager has said we need to get police and health round a table with us about this family before anything else happens. She decided that on 2 May 2025. How quickly does that have to happen?", amb=AMB24)
R("scenario", "date", "2026-12-16", "s47_5", "2026-12-16",
  "We started a Section 47 on Wednesday 16 December after the child disclosed at school; she was seen the same day and the C&F assessment is running alongside. Her medical is booked for the 18th. When do me and my manager need to have the progress discussion?")
R("indirect", "date", "2026-06-03", "s47_5", "2026-06-03",
  "We kicked off the child protection enquiry on 3rd June 2026. When is the check-in with my manager about how the enquiry's going due?")
R("scenario", "date", "2027-03-23", "allocate", "2027-03-23", "Baby's last health visitor check was 10/03/27 and the HV referred in this week. The TL accepted it for a C&F assessment today, 23/03/27. When does it need to be allocated to a worker?")
R("indirect", "date", "2026-04-02", "allocate", "2026-04-02",
  "The team leader decided on Thursday 2 April 2026 that this family needs a full assessment. How long has she got to give it to a worker?")
R("typos", "date", "2025-12-08", "tl_review", "2025-12-08", "assesment startd 8/12/25 when does TL need to review it")
R("newstarter", "date", "2026-03-20", "tl_review", "2026-03-20",
  "When does my team leader need to look over my Child and Family Assessment? I started it on 20 March 2026.")
R("manager", "date", "2025-05-09", "tl_review", "2025-04-14",
  "CFA opened 14/04/25, TL review done 07/05/25 - in timescale?", actual="2025-05-07")
R("scenario", "date", "2025-11-12", "assess45", "2025-11-10", "The assessment on this family started on 10/11/25 after a referral from the GP. Mum has a court hearing on a separate matter on 15 December. What's the 45 day deadline for the assessment?", amb=AMB45)
R("indirect", "date", "2026-01-19", "assess45", "2026-01-19",
  "How long have I got in total to get the whole family assessment finished? We started it on 19/01/2026.", amb=AMB45)
R("scenario", "date", "2026-01-20", "assess45", "2026-01-16",
  "I'm working with a family where the baby was born on 2 January 2026. The health visitor raised concerns and the assessment started on 16 January 2026. What's the final deadline for completing it?", amb=AMB45)
R("indirect", "date", "2026-12-21", "transfer", "2027-01-04",
  "Our assessment says this family needs a CIN service and we want the neighbourhood team to pick it up from Monday 4 January 2027. What's the latest I can email them to let them know?")
R("typos", "date", "2026-05-29", "transfer", "2026-06-08", "case transfering to neighbourhood team on 8th june when do i need to email them")

# ---- S47 / ICPC
R("duty", "date", "2025-12-22", "icpc", "2025-12-19", "strat 19/12/25 icpc by?")
R("indirect", "date", "2026-03-30", "icpc", "2026-03-27",
  "When's the latest we can hold the big multi-agency meeting where they decide if the child needs a protection plan? We had the police/social care discussion on 27 March 2026.")
R("scenario", "date", "2027-04-01", "icpc", "2027-03-24",
  "Baby was born 01/03/27 and there were concerns from the hospital. We held the strat on 24 March 2027 and the S47 concluded on 31 March that we need to go to conference. When must the ICPC be held by?")
R("manager", "date", "2026-01-26", "icpc", "2026-01-02",
  "ICPC was held 20/01/26, strat 02/01/26, was that in timescale?", actual="2026-01-20")
R("typos", "date", "2025-04-07", "icpc", "2025-04-03", "strat was 3rd april wen is icpc due")
R("newstarter", "date", "2026-05-20", "icpc", "yesterday",
  "Hello, I had my first strategy discussion yesterday and we've agreed to go to an initial child protection conference. Could you tell me the date it needs to be held by?")
R("indirect", "date", "2027-08-23", "icpc", "prev:Tue",
  "Police and us got together about the bruising last Tuesday and agreed to go to conference. When does conference need to happen by?")
R("scenario", "date", "2025-07-10", "icpc", "2025-07-01",
  "We had an initial strategy discussion on 1 July 2025, then a second strat on 8 July 2025 when new information came in from the school. The outcome of the S47 is to go to ICPC. What's the deadline for the conference?")
R("scenario", "date", "2026-12-23", "icpc", "2026-12-23", "Strat was held today, 23.12.26, after the baby was brought into A&E on the 21st with a fracture. Parents are away from 2nd to 5th January. When's the latest the ICPC can be?")
R("indirect", "date", "2026-08-20", "icpc", "2026-08-19",
  "We met with the police and school on 19/08/26 to plan the enquiries about the burn. If it goes to the first conference, what's the last date that can be held?")
R("duty", "date", "2026-01-05", "rep_chair", "2026-01-12", "icpc 12/01/26, report to chair by?")
R("indirect", "date", "2026-03-25", "rep_chair", "2026-04-07",
  "The first conference is on Tuesday 7th April 2026. When does the person chairing it need my report?")
R("newstarter", "date", "2026-12-22", "rep_family", "2027-01-05",
  "When do I have to share my conference report with the parents? The initial child protection conference is booked for 5 January 2027.")
R("indirect", "date", "2025-05-20", "rep_family", "2025-05-28",
  "Conference is Wed 28/05/25 - what's the last day I can go through my report with mum and dad?")
R("manager", "date", "2025-06-03", "rep_chair", "2025-06-02",
  "ICPC 02/06/25, report received by chair 29/05/25. Compliant?", actual="2025-05-29")
R("typos", "date", "2027-05-24", "rep_chair", "2027-06-01", "icpc on 1/6 - when does the cp chair need my reprot")

# ---- CP plan
R("duty", "date", "2025-12-19", "core", "2025-12-18", "icpc 18/12/25 1st core group by?")
R("indirect", "date", "2026-01-07", "core", "2026-01-06",
  "After the first conference agreed a plan, when does the first meeting of the smaller group of professionals and family who put the detail on the plan need to happen? Conference was 6 January 2026.")
R("typos", "date", "2026-04-01", "core", "2026-03-31", "core grp after conf on 31.3.26 when")
R("scenario", "date", "2025-08-20", "core", "2025-08-19",
  "Conference was on 19 August 2025 and both children were made subject to CP plans. The family are going on holiday from the 25th to the 30th. When is the first core group due by?")
R("newstarter", "date", "2027-05-26", "core", "yesterday",
  "Can I check how soon after the ICPC the first core group must be held? Our conference was yesterday.")
R("manager", "date", "2026-12-15", "core", "2026-12-01",
  "ICPC 01/12/26, first CG held 14/12/26 - in timescale?", actual="2026-12-14")
R("duty", "visits", "2026-03-04", "cp_visit", "2026-03-03", "cp visit last 3/3/26, next due?")
R("indirect", "visits", "2025-12-23", "cp_visit", "2025-12-22",
  "I last saw the little one who's on a protection plan at home, on her own, on 22 December 2025. When's my next visit due at the latest?")
R("typos", "visits", "2026-05-01", "cp_visit", "2026-04-30", "last cp vist was 30th april when next")
R("scenario", "visits", "2026-08-26", "cp_visit", "2026-08-21",
  "I visited the children at home on Friday 21 August 2026 and saw them alone. I also tried an unannounced visit on the 25th but nobody was in. They're on CP plans. When is my next statutory visit due?",
  amb="If the failed unannounced visit on the 25th were wrongly counted, the date would move; the child was not seen then so it is not counted.")
R("newstarter", "visits", "2027-02-15", "cp_visit", "2027-02-12",
  "How often do I need to visit a child on a child protection plan? My last visit was on 12 February 2027, so when would the next be due?")
R("manager", "visits", "2027-02-08", "cp_visit", "2027-01-02",
  "CP child seen 02/01/27 then 05/02/27. Gap ok?", actual="2027-02-05")
R("indirect", "date", "2026-12-21", "rcpc_par", "2027-01-04",
  "The review conference is on Monday 4 January 2027. What's the last day I can share my progress update with the parents?")
R("scenario", "date", "2027-08-31", "rcpc_chair", "2027-09-13", "Review conference for the three siblings is on Monday 13 September 2027. I'm on annual leave the week before, from the 6th. What's the last day the chair needs the report by?")
R("manager", "date", "2026-05-27", "rcpc_par", "2026-05-26",
  "RCPC 26/05/26, plan update shared with parents 24/05/26 - ok?", actual="2026-05-24")
R("indirect", "date", "2025-10-15", "plan12", "2025-10-14",
  "The children went on protection plans at the first conference on 14 October 2025. When do they hit the point where, if things haven't moved on enough, we should be holding a professional thinking time meeting?")
R("scenario", "date", "2027-03-10", "plan12", "2026-02-28", "The children have been on CP plans since the ICPC on 28/02/26. At core group today (10/03/27) we agreed progress is still too slow to de-plan. On what date did they reach 12 months on the plan?")

# ---- PLO
R("duty", "date", "2026-04-01", "plo1", "2026-04-01", "plo letter dated 01/04/26, 1st mtg by?")
R("indirect", "date", "2025-12-17", "plo1", "2025-12-17",
  "The letter telling the parents we're starting pre-proceedings went out dated 17 December 2025. By when do we need to have the first meeting with them and their solicitor?")
R("scenario", "date", "2026-03-06", "plo1", "2026-03-06",
  "Legal Gateway agreed PLO on 2 March 2026 and the PLO letter is dated 6 March 2026. Dad's solicitor can only do Thursdays. When does the first PLO meeting need to happen by?")
R("manager", "date", "2025-11-25", "plo1", "2025-11-10",
  "PLO letter 10/11/25, initial PLO meeting 24/11/25. In timescale?", actual="2025-11-24")
R("scenario", "date", "2025-12-22", "fgc", "2025-12-22", "First PLO meeting was today, 22/12/25, with mum, dad and both solicitors. No FGC has happened yet and the parents consented to one. The next PLO review is pencilled for 2 February. When does the FGC referral have to be made?")
R("indirect", "date", "2026-04-01", "fgc", "2026-04-01",
  "We had the first pre-proceedings meeting with the parents on 1 April 2026 and they agreed to a family meeting to make a plan. When does the referral for that need to be in?")
R("newstarter", "date", "2027-05-27", "viab", "2027-05-27",
  "At the initial PLO meeting on 27 May 2027 the parents named grandma as a possible carer. Could you tell me when the viability assessment request needs to go to the Family Placement Team?")
R("indirect", "date", "2026-12-24", "viab", "2026-12-24",
  "Mum's sister might be able to look after the kids. The first meeting with the parents and their solicitors under pre-proceedings was today, Thursday 24 December 2026. When do I have to send the request to get her screened?")
R("typos", "date", "2026-08-28", "plo_min", "2026-08-28", "plo meeting was 28th aug when do minutes need to go to parents")
R("indirect", "date", "2025-04-14", "plo_min", "2025-04-14",
  "How long have we got to send out the notes from the pre-proceedings meeting, with the expectations, to the parents and their legal reps? Meeting was 14/04/2025.")
R("indirect", "visits", "2025-08-01", "plo_rev", "2025-07-30",
  "We've been having regular review meetings with the parents while we're in pre-proceedings. The last one was 30 July 2025. What's the latest the next one can be?", amb=AMB_PLO_REV)
R("scenario", "date", "2027-01-12", "plo12", "2027-01-11", "The first PLO meeting was on 11 January 2027; the PLO letter was dated 4 January. Counting from the first meeting, when would the 12 week review legal planning meeting be?")
R("indirect", "date", "2026-02-03", "plo16", "2026-02-02",
  "If we're still in pre-proceedings, when would the Legal Gateway with the Strategic Lead be? We started on 2 February 2026 (date of the first meeting).", amb=AMB_PLO_START)
R("scenario", "date", "2026-04-21", "plo_ext", "2026-04-20",
  "The 12 week review legal planning meeting was on 20 April 2026. The parents have started engaging with the drug service so the solicitor agreed, exceptionally, to extend PLO. Until when does the extension run?",
  amb="The extension could be read as running from the end of the 12-week point rather than the date of the meeting; here they coincide with the meeting date.")

# ---- CIN
R("scenario", "date", "2025-12-12", "cin_deplan", "2025-12-11", "At the review conference on 11/12/25 the chair took the children off their plans and they're stepping down to CIN. Christmas holidays start on the 19th. When does the first CIN meeting need to be held by?")
R("indirect", "date", "2027-03-26", "cin_deplan", "2027-03-25",
  "The conference on 25 March 2027 decided the children no longer need protection plans and they'll be supported as children in need instead. When does the first meeting under the new plan have to be?")
R("scenario", "date", "2026-05-26", "cin_transfer", "2026-05-22",
  "The case came over to us from Children's First Response on 22 May 2026 after the assessment recommended CIN. Mum is due to give birth on 5 June. When must the first CIN meeting be held?")
R("newstarter", "date", "2026-12-21", "cin_transfer", "2026-12-18",
  "I've just been allocated a case that transferred from the First Response team on 18 December 2026. Could you tell me when the initial Child in Need meeting should take place?")
R("scenario", "visits", "2027-07-19", "cin_rev", "2027-07-16", "Last CIN review was held at school on 16/07/27 before the summer holidays. School is closed until 2 September. When's the next CIN review due?")
R("indirect", "visits", "2026-10-30", "cin_rev", "2026-10-29",
  "When's the next get-together of the professionals and family for a child in need due, if the last one was held on 29 October 2026?")
R("typos", "visits", "2025-12-10", "cin_visit", "2025-12-09", "cin child last seen at home 9/12/25 next visit due")
R("scenario", "visits", "2026-02-11", "cin_visit", "2026-02-03",
  "I saw the boy at home with mum on 3 February 2026 and again at school on 10 February 2026. He's on a CIN plan. When is his next visit due?",
  amb="The school sighting on 10 Feb cannot be recorded as a CIN visit (must be seen at home), so the count runs from 3 Feb; someone might wrongly count from 10 Feb.")
R("manager", "visits", "2027-05-21", "cin_visit", "2027-04-01", "CIN visits on 01/04/27 and 20/05/27 - within standard?", actual="2027-05-20")

# ---- Children in care
R("scenario", "date", "2025-12-23", "emerg", "2025-12-23",
  "A 14 year old came into care in an emergency today, 23 December 2025, after a row at home - police were called out on the 21st as well. When must the assessment of her needs be completed?")
R("manager", "date", "2026-05-05", "emerg", "2026-03-30", "Emergency LAC admission 30/03/26, assessment completed 30/04/26 - in timescale?", actual="2026-04-30")
R("indirect", "date", "2026-04-24", "cic_visit", "2026-04-24",
  "A child I work with moved to new carers this afternoon (Friday 24 April 2026). What's the latest I need to go and see him there?")
R("typos", "date", "2026-12-24", "cic_visit", "2026-12-24", "child came into car 24/12 when do i need to visit")
R("newstarter", "date", "2027-05-04", "cic_visit", "yesterday",
  "A child became looked after yesterday afternoon. How soon do I need to visit them?")
R("duty", "date", "2025-12-19", "plmtg", "2025-12-19", "placed 19/12/25, placement mtg by?")
R("indirect", "date", "2026-04-02", "plmtg", "2026-04-02",
  "When does the meeting with the carers to agree delegated authority and share the extra information need to be held? She moved in on 2 April 2026.")
R("scenario", "date", "2025-05-27", "plplan", "2025-05-22",
  "Child placed with foster carers on 22 May 2025 and the placement meeting was on 27 May. The carers are asking for the paperwork. When do they need to have the updated placement plan?")
R("indirect", "date", "2026-08-27", "plplan", "2026-08-27",
  "How long after a placement starts do the carers have to be given the updated copy of the plan with everything they need to know about caring for the child? Placement started 27/08/2026.")
R("scenario", "visits", "2025-11-07", "famtime", "2025-11-06", "The children came into care in September and family time with dad was last reviewed on 06/11/25; no permanence plan is agreed yet and dad's birthday is 20 December. When does family time need reviewing again?")
R("indirect", "visits", "2027-03-15", "famtime", "2027-03-12",
  "When do we need to look again at how often she sees her mum and brothers? We last looked at it on 12 March 2027 and there's no permanence plan yet.")
R("indirect", "date", "2025-12-10", "pack", "2025-12-09",
  "By when should the young person get the welcome pack and the leaflet about their rights? He came into our care on 9 December 2025.")
R("typos", "date", "2027-05-17", "pack", "2027-05-15", "wen does the coming into care pack have to be given, child came in 15th may")
R("duty", "date", "2026-12-23", "legal", "2026-12-23", "ICO granted 23/12/26 - inform other profs of legal status by?")
R("indirect", "date", "2026-05-01", "legal", "2026-05-01",
  "She became looked after on 1 May 2026. When do the school, GP and health visitor need to be told she's now in care and on what order?")
R("scenario", "date", "2027-03-30", "iha", "2027-03-26", "She was placed in an emergency on Good Friday, 26/03/27, after police protection. Her GP was closed until today. When does her initial health assessment have to be carried out by?")
R("newstarter", "date", "2025-12-16", "iha", "2025-12-15",
  "Hi, when does the initial health assessment need to be done for a child who came into care on 15 December 2025?")
R("indirect", "date", "2025-12-04", "pep", "2025-12-03",
  "When should the first education planning meeting at his school be held for a child who came into our care on 3 December 2025?")
R("typos", "date", "2026-07-13", "pep", "2026-07-10", "pep mtg due when? in care since 10/7")
R("scenario", "visits", "2025-12-23", "lac_wk", "2025-12-22", "A 9 year old was placed with foster carers on 17/12/25 and his first looked after review isn't until January. I last visited him on 22/12. When's my next statutory visit due?")
R("indirect", "visits", "2026-04-01", "lac_6", "2026-03-31",
  "He's had his first review in care now. I last saw him at his carers' on 31 March 2026. When do I next need to see him?")
R("scenario", "visits", "2026-06-03", "lac_12", "2026-06-02",
  "Young person (DOB 04/05/2010) has been in his permanent long-term foster placement since January 2024 and is really settled, and we've agreed 12 weekly visits. My last statutory visit was 2 June 2026. When's the next due?",
  amb="Moving to 12-weekly is allowed, not automatic; if it had not been agreed the 6-weekly date (2026-07-14) would apply.")
R("manager", "visits", "2027-04-01", "lac_6", "2027-02-10", "LAC visits 10/02/27 and 31/03/27, post first review. Compliant?", actual="2027-03-31")
R("scenario", "date", "2026-12-23", "careplan", "2026-12-22", "Child placed with emergency carers on 22/12/26 after the family home caught fire on the 20th. When does the care plan need to be recorded on the system?")
R("indirect", "date", "2025-08-08", "careplan", "2025-08-07",
  "When does the written plan for the child's care need to be on the system after they're placed? Placement was 7 August 2025.")
R("duty", "date", "2025-12-22", "ilar", "2025-12-19", "became LAC 19/12/25 - 1st LAR due by?")
R("indirect", "date", "2026-04-07", "ilar", "2026-04-02",
  "When must the first meeting with the independent reviewing officer to look at his plan happen? He came into care on Thursday 2 April 2026.")
R("scenario", "date", "2027-05-21", "ilar", "2027-05-13",
  "Twins were accommodated under s20 on 13 May 2027 and moved placement on 20 May 2027. Their birthday is 1 June. When's the initial LAC review due?")
R("manager", "date", "2025-09-03", "ilar", "2025-08-01", "Child LAC 01/08/25, initial review held 01/09/25. In timescale?", actual="2025-09-01")
R("scenario", "date", "2026-05-04", "iro_rep", "2026-05-11", "The LAC review is on 11/05/26 at the carers' house. The IRO wants to speak to the child on their own on the 7th. When does my report need to be with the IRO?")
R("indirect", "date", "2026-12-17", "iro_rep", "2026-12-29",
  "The child's review with her independent reviewing officer is booked for Tuesday 29 December 2026. When does my written report need to be with them?")
R("newstarter", "date", "2025-02-24", "iro_rep", "2025-03-03",
  "Sorry to ask, when do I need to send my report to the IRO? The looked after review is on 3 March 2025.")

# ---- IRO
R("indirect", "date", "2025-12-19", "iro_inf", "2025-12-19",
  "The IRO emailed me today (19 December 2025) raising concerns about drift in the care plan. How long have we got to sort it before it becomes a formal dispute?")
R("scenario", "date", "2027-03-25", "iro_inf", "2027-03-25", "The IRO informally challenged me today, 25/03/27, about drift in the permanence plan, and I've got the care plan review on 12 April. When does it become a formal dispute if it's not resolved?")
R("scenario", "date", "2026-12-09", "iro_form", "2026-12-08",
  "The IRO raised a formal dispute on 8 December 2026 after an informal challenge on 30 November 2026 wasn't sorted. When should the whole dispute resolution process be finished by?")
R("manager", "date", "2025-04-03", "iro_form", "2025-03-03", "Formal IRO dispute opened 03/03/25, resolved 02/04/25. Within timescale?", actual="2025-04-02")
R("indirect", "date", "2027-12-20", "iro_form", "2027-12-17",
  "The reviewing officer escalated her challenge about the care plan to the formal stage on 17/12/27. By when should it all be resolved?")

# ---- Adoption
R("scenario", "visits", "2026-12-29", "adopt_wk", "2026-12-23", "Adoptive placement started on 21/12/26 after introductions. No LAR yet, it's booked for mid January. My last visit was on 23/12/26. When's the next one due by?")
R("indirect", "visits", "2027-03-29", "adopt_6", "2027-03-26",
  "The little one has been living with her new forever family since January and has had her first review. I last visited on 26 March 2027. When's my next visit due?")
R("indirect", "date", "2025-12-19", "adopt10", "2025-12-18",
  "When can the adopters apply to court to make it permanent? The little boy moved in with them on 18 December 2025.")
R("newstarter", "date", "2026-04-07", "adopt10", "2026-04-03",
  "Hi, could you help me work out the earliest date adopters can apply for an Adoption Order? The child was placed with them on 3 April 2026.")

# ---- Fostering
R("scenario", "visits", "2027-11-25", "fc_visit", "2027-11-24", "I'm the supervising social worker for a couple who've had a child placed since the summer. I last visited them on 24/11/27 and I'm off from 20 December to 3 January. When's their next supervisory visit due?")
R("typos", "date", "2026-04-02", "fc_rec", "2026-04-02", "did my fc visit 2nd april, wen does it need recording on lcs")
R("indirect", "date", "2027-12-23", "fc_rec", "2027-12-23",
  "I saw my foster carers at their house this morning, 23/12/27. When does the write-up of that visit have to be on the system?")
R("scenario", "visits", "2026-03-04", "fc_unann", "2025-09-15",
  "The carers' last unannounced visit was on 15 September 2025 and their annual review was on 3 March 2026. When's the next unannounced visit due?")
R("manager", "date", "2026-02-02", "fc_annual", "2026-01-31", "FC annual review last held 31/01/26 - when is the next one due for audit?")
R("indirect", "date", "2025-07-01", "fc_panel", "2025-06-30",
  "The carers' review last went to the fostering panel on 30 June 2025. What's the latest a review has to go back to panel?")
R("typos", "date", "2027-09-01", "fc_dbs", "2024-10-12", "fostr carers dbs done 12/10/24 when do they need redoing")
R("newstarter", "date", "2027-01-11", "fc_train", "2024-02-28",
  "When do my foster carers need to refresh their core training? They last completed it on 28 February 2024.")
R("scenario", "date", "2025-12-23", "variation", "2025-12-23",
  "The Strategic Lead agreed a variation to the carers' terms of approval on 23 December 2025 so we could place a 2 year old with them over Christmas; they're usually approved for 5-10s. How long does that permission last?")
R("indirect", "date", "2026-05-01", "variation", "2026-05-01",
  "We've had permission to place a child outside the carers' usual age range from 1 May 2026. When does that run out?")
R("scenario", "date", "2025-12-11", "temp16", "2025-12-10",
  "Grandad was given temporary approval as a connected carer on 10 December 2025 and the child moved in the same day. His full assessment is ongoing. When does the temporary approval end if it isn't extended?")
R("indirect", "date", "2026-04-20", "temp24", "2026-01-05",
  "The aunt's emergency approval as a family foster carer started on 5 January 2026 and the ADM has agreed to extend it. What's the absolute latest date it can run to?")

# ---- Case recording / case file
R("scenario", "date", "2025-12-19", "record", "2025-12-19", "I did a home visit today (19/12/25) and saw the children alone. I'm off on leave from the 22nd. When does it need recording by?")
R("typos", "date", "2026-12-29", "record", "2026-12-24", "i did a visit on 24th dec when does it need to be on lcs by")
R("indirect", "date", "2025-12-01", "summary", "2025-11-30",
  "The short summary at the front of the child's file was last updated on 30 November 2025. When does it need doing again?")
R("manager", "date", "2026-02-10", "assess12", "2025-03-14",
  "Last C&F assessment authorised 14/03/25. From what date is it out of date for audit?")

# ---- Ages
R("scenario", "age", "2026-03-02", "advocate", "2014-03-15",
  "I'm preparing for the ICPC on 10 March 2026 for a girl born 15/03/2014; her brother was born 2/2/2011. When does she turn the age where we have to offer her an advocate for conference?")
R("indirect", "age", "2025-12-01", "advocate", "2013-12-29",
  "From what date is this lad old enough that we must offer him someone independent to help him have his say at conference? DOB 29/12/2013.")
R("newstarter", "age", "2027-03-22", "advocate", "2015-04-05",
  "The review conference is on 10/04/2027 and the child was born 05/04/2015. Could you tell me the date she turns 12, so I know if she should be offered an advocate?")
R("duty", "age", "2026-01-05", "pathway", "2010-08-31", "YP DOB 31/08/2010 - pathway plan start date?",
  amb="31 Aug + 15y6m has no 31 Feb; counted as 28 Feb 2026 (last day of month), some would say 1 March.")
R("indirect", "age", "2026-11-02", "pathway", "2011-10-12",
  "When should we start the formal plan with him for leaving care? He was born 12 October 2011.")
R("scenario", "age", "2027-01-11", "pathway", "2012-02-29",
  "Lad came into care last year after his nan died. He was born 29/02/2012 and his sister was born 3/9/2009. When does his pathway plan need starting?")
R("indirect", "age", "2025-11-03", "adopt6", "2020-02-29",
  "Up to what date does the rule about automatically getting an adoption social worker and family finder apply to a girl born 29/02/2020, i.e. when does she turn 6?")
R("scenario", "age", "2027-01-21", "adopt6", "2021-02-14",
  "Proceedings were issued on 20 January 2027 for a boy born 14 February 2021; his half-sister is 9. What date does he turn 6?")

# ---- Choice (two standards fit)
R("duty", "choice", "2026-03-04", ["core", "cin_deplan"], "2026-03-03", "conference was 3/3/26, next meeting due when?")
R("indirect", "choice", "2026-03-23", ["rep_chair", "rep_family"], "2026-04-07",
  "Conference is on 7/4/26. When do I need to get my report out?")
R("duty", "choice", "2025-12-22", ["plmtg", "ilar"], "2025-12-22", "child placed with carers 22/12/25, when's the meeting due?")
R("typos", "choice", "2026-03-10", ["tl_review", "assess45"], "2026-03-09", "CFA startd 09/03/26 when is it due")
R("newstarter", "choice", "2027-01-18", ["cin_transfer", "cin_deplan"], "2027-01-15",
  "Hello, a family has just been stepped to Child in Need on 15 January 2027. When does the first CIN meeting need to be?")
R("duty", "choice", "2026-02-03", ["lac_wk", "lac_6"], "2026-02-02", "LAC visit last 02/02/26, next due?")
R("indirect", "choice", "2025-04-10", ["plplan", "careplan"], "2025-04-09",
  "She moved into her foster placement on 9 April 2025. When's the plan due?")
R("manager", "choice", "2025-06-23", ["fc_annual", "fc_panel"], "2025-06-20",
  "Foster carers last reviewed 20/06/25. When is their next review due?")
R("duty", "choice", "2025-09-04", ["cp_visit", "cin_visit"], "2025-09-03", "kid's on a plan, last home visit 03/09/25, next due?")

# ---- None (standards set no deadline)
R("duty", "none", "2026-03-10", "rcpc_date", None, "icpc 09/03/26, first rcpc due?")
R("indirect", "none", "2026-05-06", "rcpc_date", None,
  "We had the review conference on 5 May 2026. When is the next review conference due by?")
R("newstarter", "none", "2026-03-04", "supervision", None,
  "I had supervision with my team leader on 3 March 2026. When is my next supervision due?")
R("typos", "none", "2025-09-11", "pep_review", None, "last pep was 10/09/25 whens the next one due")
R("duty", "none", "2026-01-06", "second_lar", None, "initial LAR 05/01/26 - 2nd review due?")
R("indirect", "none", "2026-03-03", "shopba", None,
  "The final care planning meeting agreed adoption on 2/3/26. By what date does the meeting with the ADM about whether she should be placed for adoption have to be held?")
R("scenario", "none", "2026-06-02", "annexa", None,
  "The little boy has been with his adopters since March and they applied for the Adoption Order on 1 June 2026. The court hearing is in August. When is my Annex A report due?")
R("indirect", "none", "2025-12-22", "early_help", None,
  "A lower level contact came in today that's going to Early Help, not social care. When does the Early Help team leader have to decide what happens?")
R("manager", "none", "2027-03-08", "lifestory", None, "Child placed for adoption 03/03/27 - deadline for life story book and later life letter?")
R("indirect", "none", "2025-08-22", "support_mtg", None,
  "The placement has been looking really wobbly since yesterday - carers say they might give notice. When does the meeting to try and keep it together have to be held by?")


# ---- added date rows
R("newstarter", "date", "2027-01-14", "s47_seen", "2027-01-14",
  "Hi, a referral came in this morning (14 January 2027) and my manager says it needs to be a Section 47. By when do I need to have seen the child?")
R("duty", "date", "2025-12-24", "s47_seen", "2025-12-24", "s47 ref in 24/12 - when must child be seen by?")
R("typos", "date", "2027-06-01", "summary", "2027-05-31", "case sumary last updated 31/5/27 when does it need doing agian")
R("indirect", "date", "2026-11-16", "assess12", "2025-11-17",
  "The last full assessment on this child was signed off by my manager on 17 November 2025. When does it stop counting as up to date?")

# =============================================================== build
def build():
    out = []
    for r in ROWS:
        today = D.fromisoformat(r["today"])
        row = {"q": r["q"], "today": r["today"]}
        if r["kind"] == "none":
            row.update(due=None, expect_any=[NONE_REF[r["std"]]],
                       count="no timescale for this in the standards")
        else:
            keys = r["std"] if isinstance(r["std"], list) else [r["std"]]
            start = resolve_start(r["start"], today)
            results = []
            for k in keys:
                d, c = compute(S[k][1], start)
                results.append((d, c, k))
            due = min(x[0] for x in results)
            if len(keys) == 1:
                count = results[0][1]
            else:
                count = " | ".join(f"{k}: {c}" for d, c, k in results) + f" -> earlier {due.isoformat()}"
            phrases = []
            for k in keys:
                for kk in [k] + ALSO.get(k, []):
                    if S[kk][0] not in phrases:
                        phrases.append(S[kk][0])
            if r["actual"]:
                a = D.fromisoformat(r["actual"])
                count += f"; actual {fmt(a)} -> {'within' if a <= due else 'OUT OF'} timescale"
            row.update(due=due.isoformat(), expect_any=phrases, count=count)
        row["voice"] = r["voice"]
        row["kind"] = r["kind"]
        if r["amb"]:
            row["ambiguous"] = r["amb"]
        out.append(row)
    return out


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    rows = build()
    with open(os.path.join(here, "questions.jsonl"), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(rows), "rows written")
