#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (standard library only).

Each row in ROWS is a structured description; this script computes `due` and `count`,
writes questions.jsonl next to itself, and runs the checks (phrases verbatim in source,
kinds/voices counts)."""
import datetime as dt, json, os, sys, collections

D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"

# England & Wales bank holidays 2024-2028, typed by hand.
BANK_HOLIDAYS = {
    2024: ["2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"],
    2025: ["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"],
    2026: ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"],
    2027: ["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"],
    2028: ["2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26"],
}
BH = {D.fromisoformat(s) for v in BANK_HOLIDAYS.values() for s in v}


def _selfcheck_bh():
    # cross-check the typed list against the rules
    def easter(y):
        a = y % 19; b, c = divmod(y, 100); d, e = divmod(b, 4); f = (b + 8) // 25; g = (b - f + 1) // 3
        h = (19 * a + b - d - g + 15) % 30; i, k = divmod(c, 4); l = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * l) // 451; mo = (h + l - 7 * m + 114) // 31; da = (h + l - 7 * m + 114) % 31 + 1
        return D(y, mo, da)
    def first_mon(y, m):
        x = D(y, m, 1)
        while x.weekday() != 0: x += dt.timedelta(1)
        return x
    def last_mon(y, m):
        x = D(y, m + 1, 1) - dt.timedelta(1)
        while x.weekday() != 0: x -= dt.timedelta(1)
        return x
    for y in range(2024, 2029):
        s = set()
        nyd = D(y, 1, 1)
        while nyd.weekday() >= 5: nyd += dt.timedelta(1)
        s.add(nyd)
        e = easter(y); s |= {e - dt.timedelta(2), e + dt.timedelta(1)}
        s |= {first_mon(y, 5), last_mon(y, 5), last_mon(y, 8)}
        xmas = D(y, 12, 25); box = D(y, 12, 26)
        if xmas.weekday() == 5: s |= {D(y, 12, 27), D(y, 12, 28)}
        elif xmas.weekday() == 6: s |= {D(y, 12, 26), D(y, 12, 27)}
        elif xmas.weekday() == 4: s |= {xmas, D(y, 12, 28)}
        else: s |= {xmas, box}
        typed = {D.fromisoformat(t) for t in BANK_HOLIDAYS[y]}
        assert s == typed, (y, sorted(s ^ typed))


def wk(x): return x.strftime("%a")
def fmt(x): return f"{x.isoformat()} ({wk(x)})"
def is_wd(x): return x.weekday() < 5 and x not in BH


def add_months(x, n):
    y, m = divmod(x.month - 1 + n, 12)
    y += x.year; m += 1
    last = (D(y + (m // 12), m % 12 + 1, 1) - dt.timedelta(1)).day
    return D(y, m, min(x.day, last)), x.day > last


def wd_after(x, n):
    cur, skipped = x, []
    k = 0
    while k < n:
        cur += dt.timedelta(1)
        if cur in BH: skipped.append(cur)
        if is_wd(cur): k += 1
    return cur, skipped


def wd_before(x, n):
    cur, skipped = x, []
    k = 0
    while k < n:
        cur -= dt.timedelta(1)
        if cur in BH: skipped.append(cur)
        if is_wd(cur): k += 1
    return cur, skipped


WDN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def resolve(start, today):
    if isinstance(start, D): return start, ""
    s = start
    if s == "today": return today, "today"
    if s == "yesterday": return today - dt.timedelta(1), "yesterday"
    if s == "tomorrow": return today + dt.timedelta(1), "tomorrow"
    kind, day = s.split(":")
    wdn = WDN.index(day)
    if kind == "last":  # most recent such weekday strictly before today
        x = today - dt.timedelta(1)
        while x.weekday() != wdn: x -= dt.timedelta(1)
        return x, f"last {day}"
    if kind == "next":
        x = today + dt.timedelta(1)
        while x.weekday() != wdn: x += dt.timedelta(1)
        return x, f"next {day}"
    raise ValueError(s)


def compute(op, start, n, today):
    x, rel = resolve(start, today)
    pre = f"{rel} = {fmt(x)}; " if rel else ""
    bhs = lambda sk: ("; skips bank holidays " + ", ".join(d.isoformat() for d in sk)) if sk else ""
    note_bh = lambda d: (" [falls on a bank holiday]" if d in BH else (" [falls on a weekend]" if d.weekday() >= 5 else ""))
    if op == "wd":
        d, sk = wd_after(x, n)
        extra = " (event day is not a working day; counted from it)" if not is_wd(x) else ""
        return d, pre + f"{n} working day{'s' if n > 1 else ''} after {fmt(x)}{extra} -> {fmt(d)}{bhs(sk)}"
    if op == "wdb":
        d, sk = wd_before(x, n)
        return d, pre + f"{n} working days before {fmt(x)} -> {fmt(d)}{bhs(sk)}"
    if op == "d":
        d = x + dt.timedelta(n)
        return d, pre + f"{n} calendar day{'s' if n > 1 else ''} after {fmt(x)} -> {fmt(d)}{note_bh(d)}"
    if op == "db":
        d = x - dt.timedelta(n)
        return d, pre + f"{n} calendar days before {fmt(x)} -> {fmt(d)}{note_bh(d)}"
    if op == "w":
        d = x + dt.timedelta(7 * n)
        return d, pre + f"{n} week{'s' if n > 1 else ''} ({7*n} days) after {fmt(x)} -> {fmt(d)}{note_bh(d)}"
    if op == "m":
        d, cl = add_months(x, n)
        c = " (no such day; last day of month)" if cl else ""
        return d, pre + f"{n} months after {fmt(x)} -> {fmt(d)}{c}{note_bh(d)}"
    if op == "same":
        return x, pre + f"same day as {fmt(x)}"
    if op == "age":
        yrs, mos = n
        if mos == 0:
            try:
                d = x.replace(year=x.year + yrs); c = ""
            except ValueError:
                d = D(x.year + yrs, 3, 1); c = " (29 Feb birthday, non-leap year: 1 March)"
            return d, pre + f"born {fmt(x)}; turns {yrs} on {fmt(d)}{c}"
        d, cl = add_months(x, 12 * yrs + mos)
        c = " (no such day; last day of month)" if cl else ""
        return d, pre + f"born {fmt(x)}; {yrs} years {mos} months old on {fmt(d)}{c}"
    raise ValueError(op)


# ---- phrases (verbatim from the standards) ----
P = dict(
    FD_CONTACT="decisions made by what action are required by a Team Leader within 1 working day",
    INIT_DEC="Initial decisions will be made about the action required within 1 working day by social work Team Leader",
    REF_ACT="Referrals will be actioned by a social worker within 1 working day",
    S47_SAME="the child / children will be seen by the Social Worker the same day",
    S47_5="Within 5 days of the Section 47 being initiated",
    ALLOC="allocated to a social worker to complete a Child and Family Assessment within 3 working days",
    TL15="All assessments will be reviewed by the Team Leader within 15 working days",
    A45="Assessments must all be completed within 45 days",
    STRAT1="a strategy discussion is required, this must happen within 1 working day",
    STRAT24="A strategy discussion within 24 hours involving all relevant agencies",
    TRANSFER5="notify the Neighbourhood Team via email, giving at least 5",
    ICPC15="Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
    ICPC_FAM3="The report will be shared with family at least 3 the days prior to conference",
    ICPC_CHAIR3="The report will be sent to the child protection chair 3 working days before the conference",
    CG10="held within 10 days of the conference and is used to put detail",
    CPV4="Visits to a child subject to a CP plan will take place at least every 4 weeks",
    RCPC_PAR3="This report must be shared with parents at least 3 days prior to the review conference",
    RCPC_CHAIR3="The report will be available to the conference chair at least 3 days prior to the review conference",
    PTT12="when they have been subject to a plan for 12 months",
    PLO10="The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
    FGC3="Referral should be made within 3 working days of the first PLO meeting",
    VIA3="need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
    PLOMIN7="distributed to parents and their legal representation within 7 days of the meeting",
    PLOREV="Review PLO meetings with parents to be held every 4-6 weeks",
    PLO12="A review legal planning meeting will be held at 12 weeks",
    PLO16="a Legal Gateway meeting will be convened at 16 weeks",
    PLOEXT4="In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
    CIN20="will set the first CIN meeting within 20 days",
    CIN10="the initial CIN meeting must take place within 10 days",
    CINREV6="CIN review meetings will be held at least every 6 weeks",
    CINV6="A child subject to a CIN plan will be seen at least every 6 weeks",
    CIC_ASS20="If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
    CIC_V1="The child will be visited within 1 working day of coming into care or having a change in placement",
    LAC_SEEN1="All looked after children will be seen within 1 working day of placement",
    PLMEET3="The placement meeting will be held within 3 working days",
    PLPLAN5="an updated copy given to the carers within 5 working days of the placement beginning",
    FT8="reviewed at least every 8 week until the plan for permanence is agreed",
    PACK3="coming into care pack, children rights leaflet within 3 weeks",
    LEGAL5="informed of the child’s legal status within 5 working days",
    IHA20="An initial health assessment will be requested and carried out within 20 working days",
    PEP20="A PEP meeting will be arranged within the school within 20 days",
    LACV_WEEKLY="Statutory looked after visits must happen weekly until the first looked after review",
    LACV6="then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
    LACV12="Statutory visits can only move to 12 weekly when the young person has settled",
    CAREPLAN10="recorded on the electronic system within 10 days of placement",
    LACR20="The initial Looked After Review must take place within 20 working days of the child becoming looked after",
    PATH="A pathway plan will be started when the young person is 15 years 6 months",
    IRO3="this will be with the IRO 3 days before the review",
    IRO_INF5="If the challenge is not resolved within 5 working days a formal dispute will be raised",
    IRO_FORM20="should be completed from start to finish within 20 working days",
    ADOPT6="If a child under the age of 6 enters PLO or proceedings",
    ADOPTV_W="Once the child is placed weekly statutory visits will take place until the first Looked After Review",
    ADOPTV6="then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
    ADOPT10W="Once the children have been in placement with the adopter for 10 weeks",
    FCV6="Trafford foster carers are visited at least once every six weeks",
    FCREC3="a record of this visit is recorded on LCS within 3 working days",
    FCUNANN="will have an unannounced visit at least once every 12 months",
    FCANN="All Trafford foster carers will have an annual review",
    FCPANEL3="annual review presented to the Fostering Panel at least every three years",
    FCDBS3="updated statutory references, medicals and DBS checks at least every three years",
    FCTRAIN3="must update their core training at least every three years",
    VAR6="This can only be given for up to 6 working days",
    TEMP16="Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
    REC3="any event or contact is recorded within 3 days",
    SUMM3="A clear and concise case file summary which has been updated within the last 3 months",
    ASS12="An up to date assessment (within the last 12 months) on each child",
    ADV12="if they are 12 or over they should be offered an advocate",
    # for none rows: the nearest text, showing the standards do not fix a date
    N_NEXTCONF="The child protection chair will set the date of the next conference",
    N_LACREV="a new LAC review will be set in accordance with the timescales",
    N_SUP="monitored through supervision which takes place in line with the supervision policy",
    N_SHOPBA="This needs to take place after the area teams final care planning meeting",
    N_LIFESTORY="The Adoption Social Worker will complete Lifestory book and a Later Life Letter",
    N_PEP="subsequently reviewed within the statutory guidelines at least 1 per term",
    N_ANNEXA="The Social Worker will complete the Annex A suitability report for Court",
    N_CHRON="A chronology of significant events and their impact that includes risk and protective factors",
    N_IRO="The IRO will contact the child between reviews to ensure the progress of the plan",
    N_SUPPORT="a Support Meeting will be held and chaired by the Team Leader",
)


ROWS = []
def R(voice, kind, q, today, spec, keys, amb=None):
    ROWS.append(dict(voice=voice, kind=kind, q=q, today=today, spec=spec, keys=keys, amb=amb))

# ---------------- Front Door ----------------
R("duty", "date", "contact in 24/12/25 1pm, TL decision by?", "2025-12-24", ("wd", "2025-12-24", 1), ["FD_CONTACT"])
R("typos", "date", "contcat came in on fri 18th april, when does the TL have to make a decison on it", "2025-04-18", ("wd", "2025-04-18", 1), ["FD_CONTACT"])
R("newstarter", "date", "Hi, sorry if this is a basic question - a referral came through to us on Thursday 1 May 2025 at Level 4. How quickly does a social worker need to action it?", "2025-05-01", ("wd", "2025-05-01", 1), ["REF_ACT"])
R("indirect", "date", "a new worry about a child came through from school on friday and it's gone up to level 4 - how long did we have before a worker had to pick it up and act on it?", "2026-09-01", ("wd", "last:Fri", 1), ["REF_ACT"])
R("manager", "date", "Contact received Fri 19/12/25, TL decision recorded Mon 22/12. In timescale?", "2026-01-06", ("wd", "2025-12-19", 1), ["FD_CONTACT"])
R("scenario", "date", "Mum rang in on Wednesday 31st December worried about her new partner and it's been screened as level 5. The child's DOB is 01/01/2019 so it's his birthday tomorrow. When does the team leader have to make the initial decision on what action we take?", "2025-12-31", ("wd", "2025-12-31", 1), ["INIT_DEC", "FD_CONTACT"])
R("duty", "date", "s47 referral in today, child seen by when?", "2026-03-10", ("same", "today", 0), ["S47_SAME"])
R("indirect", "date", "police have just rung, it's a child protection enquiry rather than a straight referral - how soon do we have to physically see the child?", "2027-01-04", ("same", "today", 0), ["S47_SAME"])
R("typos", "date", "s47 startd on tues 31.3.26 when do i need to have the progress chat with my manger", "2026-04-01", ("d", "2026-03-31", 5), ["S47_5"])
R("newstarter", "date", "My first Section 47 enquiry started on 14 August 2025. I've been told I need to sit down with my manager about how it's going - when does that need to happen by?", "2025-08-15", ("d", "2025-08-14", 5), ["S47_5"])
R("duty", "date", "referral accepted 17/04/25 needs allocating for C&FA, deadline?", "2025-04-17", ("wd", "2025-04-17", 3), ["ALLOC"], "The standard does not name the start event for allocation; counted from the referral being accepted.")
R("scenario", "date", "We decided on Wed 24th Dec 2025 that the case needs a Child and Family Assessment. Child is 7 (DOB 3/2/18) and there was a previous CIN in 2023. When does it need to be allocated to a social worker by?", "2025-12-24", ("wd", "2025-12-24", 3), ["ALLOC"])
R("typos", "date", "how long to allocate a c&f assesment, decison was 29/5/26", "2026-05-29", ("wd", "2026-05-29", 3), ["ALLOC"])
R("manager", "date", "Assessment opened 07/04/2025, TL reviewed it 30/04. In timescale?", "2025-05-02", ("wd", "2025-04-07", 15), ["TL15"])
R("newstarter", "date", "Could someone explain when my team leader needs to review my assessment? I started it on Monday 18 May 2026.", "2026-05-19", ("wd", "2026-05-18", 15), ["TL15"])
R("indirect", "date", "the check-in where my TL goes through my half done assessment - when's that meant to be? I opened it on 14/12/26", "2026-12-15", ("wd", "2026-12-14", 15), ["TL15"])
R("typos", "date", "assesment startd 19.3.27 when does TL need to look at it", "2027-03-22", ("wd", "2027-03-19", 15), ["TL15"])
R("duty", "date", "C&FA start 10/11/25, 45 day deadline?", "2025-11-20", ("d", "2025-11-10", 45), ["A45"])
R("typos", "date", "when is my asessment due, startd it 3rd feb", "2026-02-10", ("d", "2026-02-03", 45), ["A45"])
R("scenario", "date", "Referral came in on 2 Jan 2026 from the health visitor, we had a strategy discussion on 5 Jan, and I started the C&F assessment on 6 January 2026. When does the assessment have to be completed?", "2026-01-12", ("d", "2026-01-06", 45), ["A45"], "The standard does not say what the 45 days run from; counting from the referral (2 Jan) would give 2026-02-16.")
R("manager", "date", "C&FA started 14/07/2025 and authorised 01/09/2025 - was it done within 45 days?", "2025-09-03", ("d", "2025-07-14", 45), ["A45"])
R("newstarter", "date", "I'm new and I've just begun my first Child and Family Assessment today. How long do I have to finish it?", "2027-03-22", ("d", "today", 45), ["A45"])
R("duty", "date", "mgmt decision for strat made mon 12/01/26 10am, strat by?", "2026-01-12", ("wd", "2026-01-12", 1), ["STRAT1", "STRAT24"])
R("newstarter", "date", "How much notice does the Children's First Response team have to give the Neighbourhood Team before a case transfers? If we want it to move over on 12 January 2026, what's the latest date we can email them?", "2026-01-05", ("db", "2026-01-12", 5), ["TRANSFER5"], "'At least 5 days' notice' is read as 5 calendar days before the transfer date.")

# ---------------- S47 / ICPC ----------------
R("duty", "date", "strat was 19/12/25, when's the ICPC?", "2025-12-22", ("wd", "2025-12-19", 15), ["ICPC15"])
R("typos", "date", "strat disc was 27/3/26 whens icpc due by", "2026-03-30", ("wd", "2026-03-27", 15), ["ICPC15"])
R("scenario", "date", "Strat discussion was held on Thursday 7 May 2026 after school raised bruising. The S47 finished on 14 May and the outcome is to go to conference. Her brother's ICPC was last year on 3/6/25. When must the ICPC be held by?", "2026-05-15", ("wd", "2026-05-07", 15), ["ICPC15"])
R("indirect", "date", "the first big multi-agency meeting where they decide if the kid goes on a plan - the strat discussion was 13/08/27, what's the latest it can be?", "2027-08-16", ("wd", "2027-08-13", 15), ["ICPC15"])
R("newstarter", "date", "Hello! Please could you tell me the deadline for an Initial Child Protection Conference if the initial strategy discussion took place on 2 December 2026?", "2026-12-03", ("wd", "2026-12-02", 15), ["ICPC15"])
R("manager", "date", "ICPC on 14/04/2025 following a strat on 24/03/2025. Within 15 working days?", "2025-04-22", ("wd", "2025-03-24", 15), ["ICPC15"])
R("duty", "date", "strat yday, icpc by?", "2027-03-23", ("wd", "yesterday", 15), ["ICPC15"])
R("typos", "date", "strategy dicussion was last thursday, when do we need icpc", "2026-12-15", ("wd", "last:Thu", 15), ["ICPC15"])
R("newstarter", "date", "When does my ICPC report need to go to the child protection chair? The conference is on Tuesday 7 April 2026.", "2026-03-25", ("wdb", "2026-04-07", 3), ["ICPC_CHAIR3"])
R("indirect", "date", "the person chairing the first conference needs my report - conference is 5th Jan 2026, what's the last day I can send it to them?", "2025-12-22", ("wdb", "2026-01-05", 3), ["ICPC_CHAIR3"])
R("manager", "date", "ICPC 28/05/25, report reached the chair 23/05/25. Compliant?", "2025-06-02", ("wdb", "2025-05-28", 3), ["ICPC_CHAIR3"])
R("typos", "date", "icpc is on the 2nd of sept 2025 when do i have to send chair my reprot", "2025-08-22", ("wdb", "2025-09-02", 3), ["ICPC_CHAIR3"])
R("scenario", "date", "The ICPC is booked for Monday 29 December 2025 (the strat was 10 Dec). Dad has asked to read what I've written before the day. What's the latest date the family must have my report?", "2025-12-17", ("db", "2025-12-29", 3), ["ICPC_FAM3"], "The sentence says 'at least 3 the days prior'; read as 3 calendar days, but if read as 3 working days it would be 2025-12-23.")
R("duty", "date", "icpc thurs 15/04/27 - parents need the report by?", "2027-04-08", ("db", "2027-04-15", 3), ["ICPC_FAM3"])

# ---------------- CP plans ----------------
R("duty", "date", "ICPC 22/12/25 first core group by?", "2025-12-22", ("d", "2025-12-22", 10), ["CG10"])
R("typos", "date", "icpc was 3.4.26 when is 1st core group", "2026-04-07", ("d", "2026-04-03", 10), ["CG10"])
R("indirect", "date", "the first meeting after conference where we flesh out the plan with the family and agree targets - conference was on 20th May 2026, when's it due?", "2026-05-21", ("d", "2026-05-20", 10), ["CG10"])
R("newstarter", "date", "The child was made subject to a Child Protection Plan at conference yesterday. When should the first core group meeting be held?", "2026-08-28", ("d", "yesterday", 10), ["CG10"])
R("manager", "date", "Conference 12/03/2027, first core group 25/03/2027. Within timescale?", "2027-04-01", ("d", "2027-03-12", 10), ["CG10"])
R("scenario", "date", "Parents' solicitor wrote to us on 10/10. We had the ICPC on 14th Oct 2025 and both kids went on plans under neglect. The school's next parents' evening is 30 Oct. When does the first core group need to be held by?", "2025-10-15", ("d", "2025-10-14", 10), ["CG10"])
R("indirect", "date", "the review conference is 4th Jan 2027 - the parents need to see my update on how the plan is going by when?", "2026-12-18", ("db", "2027-01-04", 3), ["RCPC_PAR3"])
R("manager", "date", "Review conference 20/04/2026, plan update shared with parents 18/04. OK?", "2026-04-21", ("db", "2026-04-20", 3), ["RCPC_PAR3"])
R("typos", "date", "rcpc on 1/9/25 when dose chair need my report", "2025-08-26", ("db", "2025-09-01", 3), ["RCPC_CHAIR3"])
R("newstarter", "date", "Could you tell me when the chair needs my report for a review child protection conference on Wednesday 30 December 2026?", "2026-12-16", ("db", "2026-12-30", 3), ["RCPC_CHAIR3"])
R("duty", "date", "cp plan from 15/01/26, no progress, 12 month PTT mtg when?", "2026-11-02", ("m", "2026-01-15", 12), ["PTT12"])
R("indirect", "date", "child's been on a protection plan since 29/02/2024 and nothing's shifting - when do we hit the point where we need the professionals' 'think differently' meeting?", "2025-01-20", ("m", "2024-02-29", 12), ["PTT12"])
R("manager", "date", "Plan started 03/03/25, progress not sufficient; professional thinking time meeting held 10/04/26. When should it have been?", "2026-04-14", ("m", "2025-03-03", 12), ["PTT12"])

# ---------------- PLO ----------------
R("indirect", "date", "the letter that starts pre-proceedings went out on 21 May 2027 - when do we need to have sat down with the parents and their solicitor?", "2027-05-21", ("d", "2027-05-21", 10), ["PLO10"])
R("scenario", "date", "Legal Gateway on 3 Aug 2026 agreed PLO. The PLO letter itself is dated 7 August 2026 and the parents have an FGC booked for 1 Sept. When's the latest the first PLO meeting can be?", "2026-08-07", ("d", "2026-08-07", 10), ["PLO10"])
R("newstarter", "date", "Hi, what's the timescale for the first meeting under the Public Law Outline? The letter was dated 23 December 2025.", "2025-12-23", ("d", "2025-12-23", 10), ["PLO10"])
R("typos", "date", "first plo meting was thurs 2/4/26, fgc refferal due?", "2026-04-02", ("wd", "2026-04-02", 3), ["FGC3"])
R("indirect", "date", "we had the opening meeting with the parents and their lawyer on 22/05/2026 - they've agreed to a family meeting with the wider family to make a plan. when does the referral for that have to go in?", "2026-05-22", ("wd", "2026-05-22", 3), ["FGC3"])
R("duty", "date", "initial PLO mtg 28/08/26, viability requests to FPT by?", "2026-08-28", ("wd", "2026-08-28", 3), ["VIA3"])
R("newstarter", "date", "Grandparents have been put forward as possible carers. The initial PLO meeting was on Monday 22 March 2027 and there's no FGC planned. When must I request the viability screening from the Family Placement Team?", "2027-03-23", ("wd", "2027-03-22", 3), ["VIA3"])
R("manager", "date", "PLO meeting 30/03/26, minutes to parents' solicitor 08/04/26. In time?", "2026-04-09", ("d", "2026-03-30", 7), ["PLOMIN7"])
R("typos", "date", "plo minuets - meeting was 26.8.27 when do they have to go out", "2027-08-27", ("d", "2027-08-26", 7), ["PLOMIN7"])
R("duty", "date", "PLO started 05/01/26 (letter + 1st mtg same day), 12 wk review legal planning mtg when?", "2026-01-06", ("w", "2026-01-05", 12), ["PLO12"])
R("indirect", "date", "we've been in pre-proceedings since 1st Oct 2025 - when's the meeting where our solicitor comes along and we decide whether to go further?", "2025-10-20", ("w", "2025-10-01", 12), ["PLO12"], "The standard does not say what the 12 weeks run from (PLO letter or first PLO meeting); counted from the start date given.")
R("newstarter", "date", "If a case stays in PLO, when is the Legal Gateway meeting? Our PLO began on 9 February 2026.", "2026-03-02", ("w", "2026-02-09", 16), ["PLO16"], "The start point of the 16 weeks is not defined in the standard; counted from the date the worker gives as the PLO start.")
R("manager", "date", "PLO commenced 14/04/25, case still in PLO, Legal Gateway held 15/08/25. Was it convened at 16 weeks?", "2025-08-20", ("w", "2025-04-14", 16), ["PLO16"])
R("scenario", "date", "Our review legal planning meeting was on 18 Dec 2026 and legal agreed an exceptional extension of PLO. The next CP review conference is 11 Jan. When does the extra period end?", "2026-12-21", ("w", "2026-12-18", 4), ["PLOEXT4"], "Counted from the review legal planning meeting; the standard does not say whether the extra 4 weeks start there or at the end of the 12 weeks.")

# ---------------- CIN ----------------
R("typos", "date", "child came off cp plan on 30/3/26 at conf when do we need the first cin meeting", "2026-03-31", ("d", "2026-03-30", 20), ["CIN20"])
R("indirect", "date", "conference took the child off the protection plan on 24/08/2026 and stepped her down to a support plan - when does the first meeting of the new plan need to be?", "2026-08-25", ("d", "2026-08-24", 20), ["CIN20"])
R("manager", "date", "De-planned 05/05/25, first CIN meeting 27/05/25. In timescale?", "2025-06-02", ("d", "2025-05-05", 20), ["CIN20"])
R("newstarter", "date", "A case has just transferred to my Neighbourhood Team from Children's First Response on 29 May 2026. When does the initial Child in Need meeting need to take place?", "2026-05-29", ("d", "2026-05-29", 10), ["CIN10"])
R("scenario", "date", "CFR passed the case to us on Friday 3rd April 2026 (the joint visit with the family was on the 31st March). Child is 9, DOB 12/04/2016. When's the initial CIN meeting due?", "2026-04-07", ("d", "2026-04-03", 10), ["CIN10"])

# ---------------- Children in care ----------------
R("duty", "date", "emergency admission 24/12/25, assessment due?", "2025-12-24", ("wd", "2025-12-24", 20), ["CIC_ASS20"])
R("scenario", "date", "Police protection was used on Friday 28 August 2026, then mum signed s20 the next day. It was totally unplanned and we had no current assessment. When must the assessment be completed by?", "2026-09-01", ("wd", "2026-08-28", 20), ["CIC_ASS20"], "Counting from the s20 agreement on Sat 29 Aug instead gives the same date.")
R("duty", "date", "child came into care fri 01/05/26, visit by?", "2026-05-01", ("wd", "2026-05-01", 1), ["CIC_V1", "LAC_SEEN1"])
R("typos", "date", "placment changed on 24.12.26 when do i have to visit", "2026-12-24", ("wd", "2026-12-24", 1), ["CIC_V1"])
R("indirect", "date", "young person moved to a new foster home last friday - how soon did someone need to go and see them?", "2027-08-31", ("wd", "last:Fri", 1), ["CIC_V1", "LAC_SEEN1"])
R("newstarter", "date", "A child came into our care today. I've been told there's a meeting with the carers to agree delegated authority - when does that need to happen?", "2026-12-23", ("wd", "today", 3), ["PLMEET3"])
R("manager", "date", "Placement started 21/08/25, placement meeting 27/08/25. OK?", "2025-09-01", ("wd", "2025-08-21", 3), ["PLMEET3"])
R("typos", "date", "updated placment plan to carers - placed on 19/5/27 whens it due", "2027-05-20", ("wd", "2027-05-19", 5), ["PLPLAN5"])
R("indirect", "date", "the revised copy of the document that tells the foster carers how to care for the child - when do they need it? she moved in on 27/03/2027", "2027-03-29", ("wd", "2027-03-27", 5), ["PLPLAN5"])
R("duty", "date", "CIC 22/12/25, care pack + rights leaflet by?", "2025-12-22", ("w", "2025-12-22", 3), ["PACK3"])
R("newstarter", "date", "When do I need to give a child their coming into care pack? They became looked after on 14 April 2025.", "2025-04-15", ("w", "2025-04-14", 3), ["PACK3"])
R("duty", "date", "LAC 03/04/26 - legal status to other profs by?", "2026-04-03", ("wd", "2026-04-03", 5), ["LEGAL5"])
R("manager", "date", "Child became looked after 26/05/2025. School and GP told of legal status on 03/06/2025. In timescale?", "2025-06-04", ("wd", "2025-05-26", 5), ["LEGAL5"])
R("scenario", "date", "The child was accommodated on 30th March 2027 after a planned admission (we had a strategy meeting on 24 March). The health visitor is asking about the initial health assessment. What's the deadline?", "2027-03-31", ("wd", "2027-03-30", 20), ["IHA20"])
R("indirect", "date", "first health check for a child we've just taken into care, came in 4/5/2026 - latest date?", "2026-05-05", ("wd", "2026-05-04", 20), ["IHA20"])
R("newstarter", "date", "What is the deadline for the first PEP meeting? The child became looked after on 12 December 2025.", "2025-12-12", ("d", "2025-12-12", 20), ["PEP20"])
R("indirect", "date", "the meeting at school about a looked after child's education plan - child came into care 01/03/2027, when's it due?", "2027-03-02", ("d", "2027-03-01", 20), ["PEP20"])
R("manager", "date", "Placement 15/08/25, care plan recorded 27/08/25. In time?", "2025-08-29", ("d", "2025-08-15", 10), ["CAREPLAN10"])
R("typos", "date", "first lac reveiw - came into care 23/3/27", "2027-03-24", ("wd", "2027-03-23", 20), ["LACR20"])
R("scenario", "date", "Child went into foster care on 11 May 2026 under s20. An ICPC had been held on 20 April. Mum's birthday is 25 May and she's asked for family time that day. When does the first looked after review need to happen?", "2026-05-12", ("wd", "2026-05-11", 20), ["LACR20"])
R("indirect", "date", "the first meeting chaired by the independent reviewing officer after a child comes into our care - child came in 3/8/2026, when's it got to be by?", "2026-08-04", ("wd", "2026-08-03", 20), ["LACR20"])
R("manager", "date", "Child looked after 02/12/2024, initial LAC review held 06/01/2025. Within 20 working days?", "2025-01-08", ("wd", "2024-12-02", 20), ["LACR20"])
R("newstarter", "date", "A young person became looked after on Monday 14 December 2026. Please can you tell me the latest date for their initial Looked After Review?", "2026-12-15", ("wd", "2026-12-14", 20), ["LACR20"])
R("duty", "date", "LAC review 05/01/26, report to IRO by?", "2025-12-29", ("db", "2026-01-05", 3), ["IRO3"])
R("typos", "date", "my reprot for the cla review on tues 6th april 2027 when does iro need it", "2027-03-30", ("db", "2027-04-06", 3), ["IRO3"])
R("manager", "date", "LAC review 26/08/2026, report received by IRO 24/08/2026. Compliant?", "2026-08-27", ("db", "2026-08-26", 3), ["IRO3"])

# ---------------- IRO ----------------
R("newstarter", "date", "The IRO raised an informal challenge with me on 1 April 2026. How long do we have to resolve it before it becomes a formal dispute?", "2026-04-01", ("wd", "2026-04-01", 5), ["IRO_INF5"])
R("manager", "date", "Formal IRO dispute started 04/05/2027 - must be complete by?", "2027-05-04", ("wd", "2027-05-04", 20), ["IRO_FORM20"])

# ---------------- Adoption ----------------
R("newstarter", "date", "When can adopters apply for an Adoption Order? The child was placed with them on 18 December 2025.", "2026-01-05", ("w", "2025-12-18", 10), ["ADOPT10W"])
R("typos", "date", "placed with adoptrs 1/4/26 when can they apply for the AO", "2026-04-08", ("w", "2026-04-01", 10), ["ADOPT10W"])

# ---------------- Fostering ----------------
R("manager", "date", "SSW visit to carers 22/05/2026, recorded on LCS 28/05/2026. Within timescale?", "2026-06-01", ("wd", "2026-05-22", 3), ["FCREC3"])
R("newstarter", "date", "When is a Trafford foster carer's next annual review due if their last one was on 30 June 2025?", "2026-05-11", ("m", "2025-06-30", 12), ["FCANN"])
R("manager", "date", "Carer's last review presented to Fostering Panel 15/03/2024. When must the next panel-presented review be by?", "2026-10-05", ("m", "2024-03-15", 36), ["FCPANEL3"])
R("scenario", "date", "Carers were approved in 2019. Their DBS checks were last renewed on 28 February 2025 and their medicals on 10 June 2025. When's the next DBS due?", "2027-11-08", ("m", "2025-02-28", 36), ["FCDBS3"])
R("indirect", "date", "our foster carers did their essential training refresher on 31/08/2026 - when do they have to redo it by?", "2027-01-11", ("m", "2026-08-31", 36), ["FCTRAIN3"])
R("duty", "date", "variation of terms of approval from 24/12/26 - ends?", "2026-12-24", ("wd", "2026-12-24", 6), ["VAR6"])
R("scenario", "date", "We placed a 4 year old with carers approved for 5-10s on Friday 1 May 2026, under a variation the Strategic Lead agreed that morning. What's the longest the variation can run to?", "2026-05-01", ("wd", "2026-05-01", 6), ["VAR6"])
R("typos", "date", "conected person temp aproval started 5/1/26 when does it run out if not extnded", "2026-03-02", ("w", "2026-01-05", 16), ["TEMP16"])
R("indirect", "date", "the grandparent carers got their emergency sign-off as carers before the kids moved in on 20 Aug 2025 - how long until that runs out if nobody extends it?", "2025-09-01", ("w", "2025-08-20", 16), ["TEMP16"])
R("manager", "date", "Connected person temporary approval 14/12/2026, extension agreed by ADM. Maximum end date?", "2027-03-01", ("w", "2026-12-14", 24), ["TEMP16"])

# ---------------- Case recording / summaries / assessments ----------------
R("typos", "date", "home visit was 31/12 when do i need it recored by", "2026-01-02", ("d", "2025-12-31", 3), ["REC3"])
R("duty", "date", "visit Fri 22/05/26 record by?", "2026-05-22", ("d", "2026-05-22", 3), ["REC3"])
R("manager", "date", "Direct work session 03/03/25, case note entered 07/03/25. Within 3 days?", "2025-03-10", ("d", "2025-03-03", 3), ["REC3"])
R("indirect", "date", "I spoke to mum on the phone on Easter Sunday 5/4/26 - when's the latest I can write it up on the system?", "2026-04-07", ("d", "2026-04-05", 3), ["REC3"])
R("duty", "date", "case summary last updated 30/11/25, next update due?", "2026-01-14", ("m", "2025-11-30", 3), ["SUMM3"])
R("newstarter", "date", "How often does the case file summary need updating? Mine was last updated on 31 May 2026, so when is it next due?", "2026-07-01", ("m", "2026-05-31", 3), ["SUMM3"])
R("scenario", "date", "Child has been open to us on CIN for a long time. His last C&F assessment was authorised on 15 January 2026 and the CIN plan was reviewed on 3 Dec. When does he need an updated assessment by?", "2026-12-07", ("m", "2026-01-15", 12), ["ASS12"])

# ---------------- Visits / review schedules ----------------
R("duty", "visits", "cp visit last done 19/12/25, next by?", "2025-12-22", ("w", "2025-12-19", 4), ["CPV4"])
R("typos", "visits", "last sw visit to child on cp plan was 23rd march, when is next one due", "2027-03-25", ("w", "2027-03-23", 4), ["CPV4"])
R("scenario", "visits", "I saw Child Z (on a CP plan, DOB 4/4/2015) at home on Tuesday 5th May 2026 and then saw him at school on 12 May. When is my next statutory CP visit due?", "2026-05-13", ("w", "2026-05-05", 4), ["CPV4"], "Counts from the home visit, since a visit only counts as a statutory CP visit if the child is seen at home; counting from the school visit would give 2026-06-09.")
R("manager", "visits", "CP child visited 01/08/25 and next 02/09/25 - gap ok?", "2025-09-05", ("w", "2025-08-01", 4), ["CPV4"])
R("newstarter", "visits", "How often do I need to visit a child on a child protection plan? My last visit was on 31 December 2026.", "2027-01-04", ("w", "2026-12-31", 4), ["CPV4"])
R("indirect", "visits", "the kid's on a protection plan, I last went out to see him on 18/4/25 - when's my next one have to be by?", "2025-04-22", ("w", "2025-04-18", 4), ["CPV4"])
R("duty", "visits", "last review PLO mtg 10/03/26, next by?", "2026-03-11", ("w", "2026-03-10", 6), ["PLOREV"], "The standard gives a range of every 4-6 weeks; due is the latest (6 weeks), the earliest would be 2026-04-07.")
R("duty", "visits", "CIN visit 24/12/25 next due?", "2025-12-24", ("w", "2025-12-24", 6), ["CINV6"])
R("typos", "visits", "last cin vist was 14th may, when next", "2026-05-20", ("w", "2026-05-14", 6), ["CINV6"])
R("scenario", "visits", "I saw the twins at home on 2 March 2027 for their CIN visit and saw them again at school on 30 March 2027. Their CIN review meeting is 20 April. When is the next CIN visit due?", "2027-03-31", ("w", "2027-03-02", 6), ["CINV6"], "Counts from the home visit, since a CIN visit is only recorded as such if the child is seen at home; counting from the school visit would give 2027-05-11.")
R("manager", "visits", "CIN child seen at home 10/07/25 and next 28/08/25 - within 6 weeks?", "2025-09-01", ("w", "2025-07-10", 6), ["CINV6"])
R("newstarter", "visits", "How often should Child in Need review meetings be held? Our last one was on 20 November 2025.", "2025-11-24", ("w", "2025-11-20", 6), ["CINREV6"])
R("indirect", "visits", "when's the next get-together of everyone round the child in need plan? we last met 07/04/26", "2026-04-08", ("w", "2026-04-07", 6), ["CINREV6"])
R("scenario", "visits", "Child came into care on 6 Jan 2026 and family time with mum and nan was set up then. We reviewed the family time arrangements on 3 March 2026. The permanence plan isn't agreed yet. When is the next review of family time due?", "2026-03-04", ("w", "2026-03-03", 8), ["FT8"])
R("duty", "visits", "LAC, first review not happened yet, last visit 24/12/25 - next?", "2025-12-29", ("w", "2025-12-24", 1), ["LACV_WEEKLY"])
R("newstarter", "visits", "A child came into care three weeks ago and the first looked after review hasn't happened yet. I visited on Friday 3 April 2026. When should I next visit?", "2026-04-06", ("w", "2026-04-03", 1), ["LACV_WEEKLY"])
R("typos", "visits", "cla visit - had first review already, not permanant yet, last vist 19/12/25 when next", "2025-12-22", ("w", "2025-12-19", 6), ["LACV6"])
R("scenario", "visits", "Young person has been in her permanent placement since March 2024 and is really settled, so she's on 12-weekly visits now. My last statutory visit was on 9 April 2026. When's the next one due?", "2026-04-10", ("w", "2026-04-09", 12), ["LACV12"])
R("manager", "visits", "Child in care, post-first review, permanence plan not finalised. Visits 01/07/25 then 19/08/25. Compliant?", "2025-08-20", ("w", "2025-07-01", 6), ["LACV6"])
R("indirect", "visits", "little one moved in with her new adoptive family on 17/12/2025 and the first review hasn't happened yet. when's my next visit after the one I did on 24/12?", "2025-12-29", ("w", "2025-12-24", 1), ["ADOPTV_W"])
R("duty", "visits", "adoptive placement, first LAC review done, AO not granted, last visit 03/03/27, next by?", "2027-03-04", ("w", "2027-03-03", 6), ["ADOPTV6"])
R("duty", "visits", "FC SSW visit 22/12/25, next due?", "2025-12-23", ("w", "2025-12-22", 6), ["FCV6"])
R("typos", "visits", "unanounced visit to foster carer last done 29/2/24 when next one due", "2025-01-15", ("m", "2024-02-29", 12), ["FCUNANN"])

# ---------------- Ages ----------------
R("duty", "age", "YP DOB 14/09/2010, pathway plan start date?", "2025-11-03", ("age", "2010-09-14", (15, 6)), ["PATH"])
R("typos", "age", "when does the pathway plan start, dob 31.8.10", "2025-10-01", ("age", "2010-08-31", (15, 6)), ["PATH"])
R("newstarter", "age", "A young person in our care was born on 29 February 2012. On what date will she be 15 years and 6 months old, for starting her pathway plan?", "2026-06-01", ("age", "2012-02-29", (15, 6)), ["PATH"])
R("scenario", "age", "We're heading for PLO with a little girl born on 29/02/2020; the letter will go out late Feb or early March 2026. Her brother is 9. On what date does she turn 6? (it matters for the adoption social worker allocation)", "2026-02-16", ("age", "2020-02-29", (6, 0)), ["ADOPT6"])
R("indirect", "age", "when does the lad become old enough that we have to offer him someone independent to help him have his say at conference? born 02/05/2014", "2026-04-20", ("age", "2014-05-02", (12, 0)), ["ADV12"])
R("manager", "age", "Child DOB 18/11/2019 entered PLO on 20/11/2025. On what date did the child stop being under 6 for adoption SW allocation?", "2025-12-01", ("age", "2019-11-18", (6, 0)), ["ADOPT6"])
R("duty", "age", "dob 25/12/2020 - turns 6 when? PLO maybe Jan 27, does adoption allocation apply", "2026-11-30", ("age", "2020-12-25", (6, 0)), ["ADOPT6"])
R("typos", "age", "yp born 3rd jan 2011 when is she 15 and a half for pathway plan", "2026-01-05", ("age", "2011-01-03", (15, 6)), ["PATH"])

# ---------------- Choice ----------------
R("duty", "choice", "conference 03/03/26 - what's next due?", "2026-03-03", [("d", "2026-03-03", 10), ("d", "2026-03-03", 20)], ["CG10", "CIN20"], None)
R("newstarter", "choice", "I'm going to a child's conference on 15 December 2025. What will the next meeting after it be, and when does it need to happen?", "2025-12-10", [("d", "2025-12-15", 10), ("d", "2025-12-15", 20)], ["CG10", "CIN20"])
R("typos", "choice", "last home vist for the child on the plan was 20/4/26 when is next one due", "2026-04-21", [("w", "2026-04-20", 4), ("w", "2026-04-20", 6)], ["CPV4", "CINV6"])
R("indirect", "choice", "saw the child at home on 28/12/2026 - she's on a plan - when's my next visit due?", "2026-12-29", [("w", "2026-12-28", 4), ("w", "2026-12-28", 6)], ["CPV4", "CINV6"])
R("duty", "choice", "TL decided strat needed fri 19/12/25 4pm, strat by?", "2025-12-19", [("d", "2025-12-19", 1), ("wd", "2025-12-19", 1)], ["STRAT24", "STRAT1"], "'Within 24 hours' from 4pm Friday ends Saturday 4pm (read as the next calendar day); the Front Door standard's 1 working day gives Monday 22 Dec.")
R("manager", "choice", "Foster carer supervisory visit 27/08/2025 - what deadlines come off that?", "2025-08-27", [("wd", "2025-08-27", 3), ("w", "2025-08-27", 6)], ["FCREC3", "FCV6"])
R("scenario", "choice", "The ICPC is on Tuesday 7 April 2026 after a strat on 20 March. Mum has said she wants time to read everything properly. When does my report need to be out?", "2026-03-27", [("wdb", "2026-04-07", 3), ("db", "2026-04-07", 3)], ["ICPC_CHAIR3", "ICPC_FAM3"])
R("typos", "choice", "first plo meeting was 18/12/25 what do i need to do next and by when", "2025-12-18", [("wd", "2025-12-18", 3), ("d", "2025-12-18", 7)], ["FGC3", "PLOMIN7"])
R("indirect", "choice", "grandparents got approved temporarily as carers on 02/03/2026 - when does that end?", "2026-03-03", [("w", "2026-03-02", 16), ("w", "2026-03-02", 24)], ["TEMP16"])

# ---------------- None ----------------
R("duty", "none", "ICPC 12/01/26, RCPC due when?", "2026-01-13", None, ["N_NEXTCONF"])
R("typos", "none", "when is the 2nd lac review due, first one was 3/2/26", "2026-02-10", None, ["N_LACREV"])
R("newstarter", "none", "How often do I need to have supervision with my team leader? My last one was on 4 March 2026.", "2026-03-20", None, ["N_SUP"])
R("manager", "none", "Final care planning meeting 10/03/27 agreed adoption. By what date should the SHOPBA be held?", "2027-03-11", None, ["N_SHOPBA"])
R("indirect", "none", "by when should I have the child's book about her life story finished? she was placed with adopters on 1/6/26", "2026-06-15", None, ["N_LIFESTORY"])
R("scenario", "none", "Young person in care, 14, doing well at school. Last PEP review was 12 January 2026 and the IRO review is in March. When exactly is the next PEP review due?", "2026-02-02", None, ["N_PEP"])
R("duty", "none", "Annex A report deadline? placed w adopters 01/09/25", "2025-09-08", None, ["N_ANNEXA", "ADOPT10W"], "The 10 weeks is when adopters may apply for the Adoption Order; the standards set no date for the Annex A report itself.")
R("typos", "none", "how long do we have to get the chronology done for a new case opened 5/1/27", "2027-01-06", None, ["N_CHRON"])
R("indirect", "none", "how often does the independent reviewing officer have to ring the child in between reviews? last contact was 10/10/25", "2025-11-03", None, ["N_IRO"])
R("manager", "none", "Placement instability flagged 14/07/25. How quickly must the Support Meeting be held?", "2025-07-15", None, ["N_SUPPORT"])

# ---------------- extra scenario rows ----------------
R("scenario", "date", "Referral from school came in on Christmas Eve, Friday 24 December 2027, about a 6 year old with a burn. The health visitor had also rung on 20 Dec about the baby. It's been accepted at level 4. By when does a social worker have to action the referral?", "2027-12-24", ("wd", "2027-12-24", 1), ["REF_ACT"])
R("scenario", "date", "Dad's solicitor confirmed on 20 May 2027 that they'd attend. Our first PLO meeting with both parents was on Thursday 27 May 2027 and they've now consented to an FGC. When does the FGC referral have to be made by?", "2027-05-28", ("wd", "2027-05-27", 3), ["FGC3"])
R("scenario", "date", "The twins were placed with new foster carers on Thursday 23 December 2027 after their previous placement broke down on 20 Dec. When does the placement meeting need to be held by?", "2027-12-23", ("wd", "2027-12-23", 3), ["PLMEET3"])
R("scenario", "date", "A 13 year old became looked after on Good Friday, 26 March 2027, when his mum was admitted to hospital. His dad lives in Wales and was told on 30 March. By when do the other professionals involved have to be told his legal status?", "2027-03-30", ("wd", "2027-03-26", 5), ["LEGAL5"])
R("scenario", "date", "The ICPC was held on 17 August 2027 for a baby (DOB 02/06/2025) and she's now on a plan. The health visitor is on leave from 23 August to 6 September. When must the first core group be held?", "2027-08-18", ("d", "2027-08-17", 10), ["CG10"])


def build():
    out = []
    for r in ROWS:
        today = D.fromisoformat(r["today"])
        def st(s): return D.fromisoformat(s) if isinstance(s, str) and s[:2] == "20" else s
        if r["kind"] == "none":
            due, count = None, "The standards set no timescale for this; no date."
        elif r["kind"] == "choice":
            res = [compute(op, st(s), n, today) for op, s, n in r["spec"]]
            due = min(d for d, _ in res)
            count = "Option A: " + res[0][1] + " | Option B: " + res[1][1] + f" | earlier = {due.isoformat()}"
        else:
            op, s, n = r["spec"]
            due, count = compute(op, st(s), n, today)
        row = dict(q=r["q"], today=r["today"], due=due.isoformat() if due else None,
                   expect_any=[P[k] for k in r["keys"]], count=count, voice=r["voice"], kind=r["kind"])
        if r["amb"]: row["ambiguous"] = r["amb"]
        out.append(row)
    return out


def check(rows):
    src = open(SOURCE, encoding="utf-8").read()
    bad = 0
    for i, r in enumerate(rows):
        for ph in r["expect_any"]:
            if len(ph.split()) < 6 or ph not in src:
                print("PHRASE FAIL", i, ph); bad += 1
        assert r["voice"] in {"duty", "typos", "scenario", "indirect", "newstarter", "manager"}, r
        assert r["kind"] in {"date", "visits", "age", "choice", "none"}, r
        assert (r["due"] is None) == (r["kind"] == "none")
    qs = [r["q"] for r in rows]
    assert len(qs) == len(set(qs)), "duplicate questions"
    return bad


if __name__ == "__main__":
    _selfcheck_bh()
    rows = build()
    bad = check(rows)
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and verify every line parses and every due matches the oracle
    again = [json.loads(l) for l in open(path, encoding="utf-8")]
    assert again == rows
    print("rows", len(rows), "phrase failures", bad)
    print("kinds", dict(collections.Counter(r["kind"] for r in rows)))
    print("voices", dict(collections.Counter(r["voice"] for r in rows)))
    print("ambiguous", sum(1 for r in rows if "ambiguous" in r))
    print("years", dict(collections.Counter(r["today"][:4] for r in rows)))
    if "-v" in sys.argv:
        for r in rows: print(r["today"], r["due"], "|", r["count"], "|", r["q"][:70])
