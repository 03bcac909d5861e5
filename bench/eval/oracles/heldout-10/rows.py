# Structured description of every question row; oracle.py computes due/count from it.
# Phrases are copied verbatim from /work/shared/source/practice-standards.txt.

P = {
    "contact": "decisions made by what action are required by a Team Leader within 1 working day",
    "initdec": "Initial decisions will be made about the action required within 1 working day",
    "referral": "Referrals will be actioned by a social worker within 1 working day",
    "s47seen": "will be seen by the Social Worker the same day",
    "s47_5": "Within 5 days of the Section 47 being initiated",
    "alloc": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
    "tlreview": "All assessments will be reviewed by the Team Leader within 15 working days",
    "complete45": "Assessments must all be completed within 45 days",
    "stratwd": "a strategy discussion is required, this must happen within 1 working day",
    "strat24": "A strategy discussion within 24 hours involving all relevant agencies",
    "transfer": "will notify the Neighbourhood Team via email, giving at least 5 days",
    "icpc": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
    "icpc_family": "The report will be shared with family at least 3 the days prior to conference",
    "icpc_chair": "The report will be sent to the child protection chair 3 working days before the conference",
    "advocate": "if they are 12 or over they should be offered an advocate",
    "coregroup": "held within 10 days of the conference and is used to put detail on the outline CP plan",
    "nextconf": "The child protection chair will set the date of the next conference",
    "cpvisit": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
    "rcpc_parents": "This report must be shared with parents at least 3 days prior to the review conference",
    "rcpc_chair": "The report will be available to the conference chair at least 3 days prior to the review conference",
    "ptt": "when they have been subject to a plan for 12 months",
    "plo1": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
    "fgc": "Referral should be made within 3 working days of the first PLO meeting",
    "viab": "Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
    "plomin": "to be distributed to parents and their legal representation within 7 days of the meeting",
    "ploreview": "Review PLO meetings with parents to be held every 4-6 weeks",
    "plo12": "A review legal planning meeting will be held at 12 weeks",
    "plo4": "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
    "plo16": "If the case remains in PLO a Legal Gateway meeting will be convened at 16 weeks",
    "cin20": "will set the first CIN meeting within 20 days",
    "cin10": "the initial CIN meeting must take place within 10 days",
    "cinreview": "CIN review meetings will be held at least every 6 weeks",
    "cinvisit": "A child subject to a CIN plan will be seen at least every 6 weeks",
    "emerg": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
    "cicvisit1": "The child will be visited within 1 working day of coming into care or having a change in placement",
    "cicseen1": "All looked after children will be seen within 1 working day of placement",
    "placemtg": "The placement meeting will be held within 3 working days",
    "placeplan": "an updated copy given to the carers within 5 working days of the placement beginning",
    "familytime": "reviewed at least every 8 week until the plan for permanence is agreed",
    "pack": "coming into care pack, children rights leaflet within 3 weeks",
    "legalstatus": "will be informed of the child\u2019s legal status within 5 working days",
    "iha": "An initial health assessment will be requested and carried out within 20 working days",
    "pep": "A PEP meeting will be arranged within the school within 20 days",
    "lacweekly": "Statutory looked after visits must happen weekly until the first looked after review",
    "lac6": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
    "lac12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
    "careplan": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
    "initlac": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
    "secondreview": "At the point of the second review (if not in proceedings) the child must have a permanency plan",
    "newlac": "a new LAC review will be set in accordance with the timescales",
    "pathway": "A pathway plan will be started when the young person is 15 years 6 months",
    "pathwayreview": "will be reviewed by the IRO as part of the statutory review",
    "iroreport": "this will be with the IRO 3 days before the review",
    "irocontact": "The IRO will contact the child between reviews to ensure the progress of the plan",
    "iro5": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
    "iro20": "The formal dispute resolution process should be completed from start to finish within 20 working days",
    "adopt6": "If a child under the age of 6 enters PLO or proceedings",
    "shopbaletter": "Parents will be sent a letter detailing the outcome of the SHOPBA signed by the ADM",
    "lifestory": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
    "adoptvisit": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
    "adopt6wk": "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
    "adopt10": "Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
    "fcvisit": "Trafford foster carers are visited at least once every six weeks",
    "fcrecord": "a record of this visit is recorded on LCS within 3 working days",
    "fcunann": "All Trafford foster carers will have an unannounced visit at least once every 12 months",
    "fcannual": "All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
    "fcpanel": "Every foster carer will have an annual review presented to the Fostering Panel at least every three years",
    "fcdbs": "All foster carers will have updated statutory references, medicals and DBS checks at least every three years",
    "fctrain": "All Trafford foster carers must update their core training at least every three years",
    "variation": "This can only be given for up to 6 working days",
    "tempappr": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
    "recording": "any event or contact is recorded within 3 days",
    "summary": "A clear and concise case file summary which has been updated within the last 3 months",
    "assess12": "An up to date assessment (within the last 12 months) on each child",
    "supervision": "monitored through supervision which takes place in line with the supervision policy",
    "missing": "The risk of going missing and child sexual exploitation will be considered and risk assessed",
    "stratrecord": "the plan for the enquiries and decisions recorded and a record sent to all participating professionals",
}

ROWS = []

AMB_45 = "The standards say '45 days' (counted here as calendar days); a reader using the statutory 45 working days would get a later date."
AMB_STRAT = "The S47 section also says a strategy discussion 'within 24 hours', which could give an earlier date than 1 working day."
AMB_PLO = "The standards do not say what the 12/16 weeks run from; counted here from the first PLO meeting, but the PLO letter date is another reading."


def _add(kind, voice, today, q, rule=None, start=None, ph=(), what="", amb=None, **kw):
    r = {"kind": kind, "voice": voice, "today": today, "q": q,
         "expect_any": [P[k] for k in ph]}
    if rule is not None:
        r["rule"] = rule
        r["start"] = start
    r["what"] = what
    if amb:
        r["ambiguous"] = amb
    r.update(kw)
    ROWS.append(r)


def Dt(voice, today, q, rule, start, ph, what, amb=None):
    _add("date", voice, today, q, rule, start, ph, what, amb)


def V(voice, today, q, rule, start, ph, what, amb=None):
    _add("visits", voice, today, q, rule, start, ph, what, amb)


def A(voice, today, q, rule, start, ph, what, amb=None):
    _add("age", voice, today, q, rule, start, ph, what, amb)


def C(voice, today, q, opts, ph, amb=None):
    _add("choice", voice, today, q, ph=ph, amb=amb, opts=opts)


def N(voice, today, q, ph, why):
    _add("none", voice, today, q, ph=ph, why=why)


# ---------------------------------------------------------------- Front Door
Dt("duty", "2025-12-24", "contact in 24/12 at 4pm, TL screening decision by when?",
   "wd:1", "2025-12-24", ["contact"], "contact received")
Dt("typos", "2026-04-02", "contact came in thurs 2.4.26 when does tl decison need doing by",
   "wd:1", "2026-04-02", ["contact"], "contact received")
Dt("manager", "2025-08-28", "Contact received Fri 22/08/2025, TL decision note on the child's record Tue 26/08/2025. Was that in timescale?",
   "wd:1", "2025-08-22", ["contact"], "contact received")
Dt("indirect", "2027-05-28", "A new level 4 referral landed with us today. How long has the TL got to make the first call on what we're doing with it?",
   "wd:1", "today", ["initdec"], "referral received")
Dt("scenario", "2025-05-02", "Mum rang the front door on Thursday worried about her partner, and the school made a formal referral this morning, Friday 2nd May. The child's DOB is 05/05/2018. When does a social worker need to have actioned the referral?",
   "wd:1", "2025-05-02", ["referral"], "referral received")
Dt("typos", "2025-12-31", "referal come in today wed 31st dec when has it got to be actioned by a sw",
   "wd:1", "today", ["referral"], "referral received")
Dt("newstarter", "2026-12-24", "Hello, sorry if this is a basic question. My manager decided this morning (Christmas Eve) that we need a strategy discussion. How long do we have to hold it?",
   "wd:1", "today", ["stratwd", "strat24"], "management decision that a strategy discussion is needed", AMB_STRAT)
Dt("manager", "2026-01-09", "Decision to hold a strat made 31/12/25, strat held 05/01/26. In timescale?",
   "wd:1", "2025-12-31", ["stratwd", "strat24"], "management decision that a strategy discussion is needed", AMB_STRAT)
Dt("duty", "2025-04-17", "s47 initiated 17/4/25, mgr progress discussion due?",
   "d:5", "2025-04-17", ["s47_5"], "Section 47 initiated")
Dt("typos", "2025-12-30", "s47 started on the 29th dec, when do me and my manger need to have the progress chat",
   "d:5", "2025-12-29", ["s47_5"], "Section 47 initiated")
Dt("scenario", "2026-05-22", "A referral came in this morning and it's been agreed as a Section 47. The school says the child is off to her dad's for the bank holiday weekend and mum's birthday party is on Sunday 24th. By when does the child need to be seen?",
   "same", "today", ["s47seen"], "Section 47 referral")
Dt("manager", "2025-10-20", "S47 referral 14/10/2025; child first seen by SW 16/10/2025. Was that within the standard?",
   "same", "2025-10-14", ["s47seen"], "Section 47 referral")
Dt("indirect", "2026-10-02", "When the TL agreed the enquiry into whether the child is being harmed (that was Monday 28 Sept), how long did she and I have before we sit down and talk about how it's going?",
   "d:5", "2026-09-28", ["s47_5"], "Section 47 initiated")
Dt("duty", "2025-12-23", "ref accepted 23/12/25, C&FA allocation by?",
   "wd:3", "2025-12-23", ["alloc"], "case needing a Child and Family Assessment")
Dt("newstarter", "2026-04-01", "Sorry, quick question: a case came in today that needs a Child and Family Assessment. How long does the Team Leader have to allocate it to a social worker?",
   "wd:3", "today", ["alloc"], "case needing a Child and Family Assessment")
Dt("newstarter", "2025-12-09", "I started a Child and Family Assessment on 8 December 2025. By when does my Team Leader need to review it?",
   "wd:15", "2025-12-08", ["tlreview"], "assessment started")
Dt("manager", "2025-05-12", "C&FA started 14/04/2025, TL review on file dated 02/05/2025. Within the 15 days?",
   "wd:15", "2025-04-14", ["tlreview"], "assessment started")
Dt("typos", "2027-08-20", "tl needs to review my asessment, i opened it on the 13th aug 27 whens the deadline",
   "wd:15", "2027-08-13", ["tlreview"], "assessment started")
Dt("duty", "2025-11-21", "C&FA started 20/11/25 completion due?",
   "d:45", "2025-11-20", ["complete45"], "assessment started", AMB_45)
Dt("typos", "2026-03-10", "asessment started 3rd march, when it gotta be finished by",
   "d:45", "2026-03-03", ["complete45"], "assessment started", AMB_45)
Dt("scenario", "2027-07-20", "GP referral came in on 12/07/2027 and I started the C&FA on 15/07/2027. The child turns 9 on 30/07 and the family go abroad in August. When must the assessment be completed?",
   "d:45", "2027-07-15", ["complete45"], "assessment started", AMB_45)
Dt("newstarter", "2026-12-18", "We (front door) would like the case to move to the Neighbourhood Team on Monday 4 January 2027. What's the latest date we can email them?",
   "db:5", "2027-01-04", ["transfer"], "planned transfer date (at least 5 days' notice)")
Dt("indirect", "2025-08-19", "First response want to hand a family over to the neighbourhood team on Tuesday 2 September. How late can they send the email telling the team it's coming?",
   "db:5", "2025-09-02", ["transfer"], "planned transfer date (at least 5 days' notice)")

# ---------------------------------------------------------------- S47 / ICPC
Dt("duty", "2025-12-18", "strat 18/12/25, icpc deadline?",
   "wd:15", "2025-12-18", ["icpc"], "initial strategy discussion")
Dt("typos", "2026-04-07", "strat was 3.4.26 (yes on good friday) when do we need icpc by",
   "wd:15", "2026-04-03", ["icpc"], "initial strategy discussion")
Dt("scenario", "2027-03-12", "Baby was born on 02/03/2027 and there were bruises noted at the 8-day check. We had the strategy discussion on 10/03/2027 and the police interview with dad is on 12/03/2027. If we need a conference, what's the latest date?",
   "wd:15", "2027-03-10", ["icpc"], "initial strategy discussion")
Dt("indirect", "2025-08-06", "The big multi-agency meeting where they decide if the kid needs a protection plan - how long after the first police/social care planning call do we have? That was Tue 5th Aug.",
   "wd:15", "2025-08-05", ["icpc"], "initial strategy discussion")
Dt("newstarter", "2026-12-15", "Hi, I'm new to the team. We had the initial strategy discussion on Monday 14 December 2026. Could you tell me the latest date for the Initial Child Protection Conference?",
   "wd:15", "2026-12-14", ["icpc"], "initial strategy discussion")
Dt("manager", "2026-01-26", "ICPC held 20/01/26, strat 02/01/26 - in timescale?",
   "wd:15", "2026-01-02", ["icpc"], "initial strategy discussion")
Dt("duty", "2027-08-17", "strat yday, ICPC by?",
   "wd:15", "today-1", ["icpc"], "initial strategy discussion")
Dt("duty", "2026-03-27", "ICPC 07/04/26 - SW report to chair by?",
   "wdb:3", "2026-04-07", ["icpc_chair"], "ICPC date")
Dt("typos", "2026-12-18", "conferance is on the 5th jan, when do i have to send my report to the chair",
   "wdb:3", "2027-01-05", ["icpc_chair"], "ICPC date")
Dt("newstarter", "2026-05-26", "My first ever ICPC is on Tuesday 2 June 2026. When do I need to share my report with the family?",
   "db:3", "2026-06-02", ["icpc_family"], "ICPC date")
Dt("indirect", "2026-09-01", "The family has to see what I've written for the first protection conference a few days before it. The conference is Thu 10/9/2026 - what's the last day I can give it to them?",
   "db:3", "2026-09-10", ["icpc_family"], "ICPC date")
Dt("manager", "2025-06-02", "ICPC 29/05/2025 (Thu); SW report reached the chair 27/05/2025. Compliant?",
   "wdb:3", "2025-05-29", ["icpc_chair"], "ICPC date")
Dt("scenario", "2026-04-22", "The initial conference is booked for Tuesday 5 May 2026 (the strat was 14 April). I'm on leave from 30 April and the TL has to sign the report off. What's the last day the chair must have it?",
   "wdb:3", "2026-05-05", ["icpc_chair"], "ICPC date")

# ---------------------------------------------------------------- CP plans
Dt("typos", "2026-03-31", "icpc was 30/3 when is 1st core group due",
   "d:10", "2026-03-30", ["coregroup"], "ICPC (child made subject to a plan)")
Dt("indirect", "2026-12-24", "After yesterday's conference where the kid was put on a protection plan, when does the first meeting of the professionals who work the plan out in detail have to happen?",
   "d:10", "today-1", ["coregroup"], "ICPC (child made subject to a plan)")
Dt("manager", "2027-08-31", "ICPC 13/08/2027, first core group 26/08/2027 - in timescale?",
   "d:10", "2027-08-13", ["coregroup"], "ICPC (child made subject to a plan)")
Dt("scenario", "2025-05-21", "The ICPC was on 20/05/2025 and both children were made subject to CP plans under neglect. Dad has a court date on 28/05/2025 and mum starts work on 02/06/2025. What's the deadline for the first core group?",
   "d:10", "2025-05-20", ["coregroup"], "ICPC (child made subject to a plan)")
Dt("newstarter", "2027-03-25", "The ICPC was yesterday and the chair set the core group date, but I'd like to check: what is the latest the first core group can be?",
   "d:10", "today-1", ["coregroup"], "ICPC (child made subject to a plan)")
Dt("duty", "2027-01-05", "RCPC 15/1/27 plan update to parents by?",
   "db:3", "2027-01-15", ["rcpc_parents"], "review conference date")
Dt("typos", "2026-08-27", "review conf on tues 8th sept, when does chair need the report",
   "db:3", "2026-09-08", ["rcpc_chair"], "review conference date")
Dt("manager", "2025-06-03", "RCPC 02/06/2025; plan update shared with parents 31/05/2025 - compliant?",
   "db:3", "2025-06-02", ["rcpc_parents"], "review conference date")
Dt("indirect", "2027-03-19", "The update I write before the follow-up protection meeting - mum needs to see it beforehand. Meeting is 1/4/2027, what's my last day?",
   "db:3", "2027-04-01", ["rcpc_parents"], "review conference date")
Dt("scenario", "2025-07-16", "Twins (invented names Pip and Pop) became subject to CP plans on 31/01/2025. The review conference on 15/07/2025 kept them on plans and progress is slow. If that carries on, when would the professional thinking time meeting be due?",
   "m:12", "2025-01-31", ["ptt"], "start of CP plan")
Dt("indirect", "2025-02-10", "There's a meeting where we stop and think differently about a family who aren't changing after a year on a protection plan. This child's plan started 29/02/2024 - when does it kick in?",
   "m:12", "2024-02-29", ["ptt"], "start of CP plan")
Dt("newstarter", "2027-06-01", "A child on my caseload has been on a Child Protection Plan since 3 September 2026. When would the 12 month point be for a professional thinking time meeting?",
   "m:12", "2026-09-03", ["ptt"], "start of CP plan")

# ---------------------------------------------------------------- PLO
Dt("duty", "2026-12-22", "PLO letter dated 22/12/26 1st mtg by?",
   "d:10", "2026-12-22", ["plo1"], "date on the PLO letter")
Dt("indirect", "2025-04-17", "The letter that starts pre-proceedings is dated today. When should we have the first meeting with the parents and their solicitor?",
   "d:10", "today", ["plo1"], "date on the PLO letter")
Dt("scenario", "2026-08-06", "Legal Gateway agreed PLO on 29/07/2026. The letter is dated 03/08/2026 but mum only got it by hand on 05/08/2026 because she'd moved. When must the first PLO meeting take place?",
   "d:10", "2026-08-03", ["plo1"], "date on the PLO letter")
Dt("manager", "2025-05-27", "PLO letter dated 08/05/2025, first PLO meeting 20/05/2025 - in time?",
   "d:10", "2025-05-08", ["plo1"], "date on the PLO letter")
Dt("newstarter", "2026-12-24", "We had the first PLO meeting today (Thursday 24 December) and the parents agreed to a Family Group Conference. When does the referral have to go in?",
   "wd:3", "today", ["fgc"], "first PLO meeting")
Dt("duty", "2027-03-24", "initial PLO mtg 24/3/27, viability screening req to FPT by?",
   "wd:3", "2027-03-24", ["viab"], "initial PLO meeting")
Dt("indirect", "2025-08-26", "Grandparents want to be looked at as carers. We met the parents and their solicitor under the pre-proceedings process on Fri 22/08/2025. When must I ask the family placement team to screen them?",
   "wd:3", "2025-08-22", ["viab"], "initial PLO meeting")
Dt("typos", "2025-12-22", "plo meeting was 19th dec how long have i got to send the minuets to parents and there solicitor",
   "d:7", "2025-12-19", ["plomin"], "PLO meeting")
Dt("manager", "2026-04-14", "PLO meeting 01/04/2026, minutes to parents' solicitor 10/04/2026 - within timescale?",
   "d:7", "2026-04-01", ["plomin"], "PLO meeting")
Dt("duty", "2026-01-07", "1st PLO mtg 06/01/26, review legal planning mtg due?",
   "w:12", "2026-01-06", ["plo12"], "first PLO meeting", AMB_PLO)
Dt("scenario", "2025-10-15", "Legal Gateway agreed PLO on 02/10/2025 and the first meeting with the parents and their solicitor was held on 14/10/2025. Their next PLO review is pencilled for November. When's the review legal planning meeting?",
   "w:12", "2025-10-14", ["plo12"], "first PLO meeting", AMB_PLO)
Dt("newstarter", "2027-06-01", "Our first PLO meeting was on 4 March 2027 and the family are still in PLO. When will the Legal Gateway meeting with the Strategic Lead be held?",
   "w:16", "2027-03-04", ["plo16"], "first PLO meeting", AMB_PLO)
Dt("manager", "2026-07-15", "Review legal planning meeting 14/07/2026 agreed an exceptional extension in PLO. When does the extension end?",
   "w:4", "2026-07-14", ["plo4"], "review legal planning meeting")

# ---------------------------------------------------------------- CIN
Dt("newstarter", "2025-12-17", "A child was taken off her child protection plan at the review conference on 16 December 2025 and will be supported as a Child in Need. What's the latest date for the first CIN meeting?",
   "d:20", "2025-12-16", ["cin20"], "de-planned at conference")
Dt("indirect", "2027-05-04", "Conference decided last Thursday that she doesn't need the protection plan any more and she'll be helped as a child in need instead. When's the deadline for the first meeting?",
   "d:20", "last:Thu", ["cin20"], "de-planned at conference")
Dt("scenario", "2025-12-23", "I started the C&FA on 01/12/2025 and we did the joint visit on 18/12/2025. The case came over to us in the Neighbourhood Team from First Response on 22/12/2025. When must the initial CIN meeting be held?",
   "d:10", "2025-12-22", ["cin10"], "transfer from Children's First Response")
Dt("typos", "2026-08-28", "case transfered from CFR on 27.08.26, 1st cin meeting due when",
   "d:10", "2026-08-27", ["cin10"], "transfer from Children's First Response")
Dt("manager", "2025-03-17", "Transferred from Children's First Response 03/03/2025, initial CIN meeting 14/03/2025 - compliant?",
   "d:10", "2025-03-03", ["cin10"], "transfer from Children's First Response")

# ---------------------------------------------------------------- Children in care
Dt("scenario", "2025-12-22", "Mum was arrested on the evening of Friday 19/12/2025 and the two children went into an emergency foster placement that night - totally unplanned. Gran (DOB 19/12/1960, it was her birthday) can't have them. When does the assessment need completing?",
   "wd:20", "2025-12-19", ["emerg"], "emergency admission to care")
Dt("scenario", "2026-04-07", "Police used protection powers late on Saturday 4 April 2026 and the child became looked after that night in an emergency placement. Mum is asking for contact on Easter Monday. When must the assessment be completed?",
   "wd:20", "2026-04-04", ["emerg"], "emergency admission to care")
Dt("typos", "2027-12-24", "yp came into care today (xmas eve) when do i have to visit by",
   "wd:1", "today", ["cicvisit1", "cicseen1"], "came into care")
Dt("indirect", "2026-05-28", "She moved to a new foster home today, Thu 28/05. How soon do I have to go and see her there?",
   "wd:1", "today", ["cicvisit1"], "change of placement")
Dt("scenario", "2026-08-28", "His foster placement broke down and he moved to a residential unit today, Friday 28/08/2026. He's been in care since 2024 (DOB 11/11/2011) and his IRO is away until September. When do I need to visit?",
   "wd:1", "today", ["cicvisit1"], "change of placement")
Dt("manager", "2026-01-12", "Child placed 02/01/2026 (Fri), first visit 06/01/2026 - in timescale?",
   "wd:1", "2026-01-02", ["cicseen1", "cicvisit1"], "placement")
Dt("duty", "2026-12-23", "placed 23/12/26 placement mtg by?",
   "wd:3", "2026-12-23", ["placemtg"], "placement")
Dt("typos", "2025-04-16", "placment started 16.4.25 when is the placment meeting due",
   "wd:3", "2025-04-16", ["placemtg"], "placement")
Dt("newstarter", "2026-08-26", "A little boy was placed with foster carers today, Wednesday 26 August. By what date should the placement meeting be held?",
   "wd:3", "today", ["placemtg"], "placement")
Dt("indirect", "2025-12-30", "How long do we have to give the carers the updated written info about the child after he moved in? He moved in 29/12/2025.",
   "wd:5", "2025-12-29", ["placeplan"], "placement began")
Dt("manager", "2027-04-06", "Placement began 24/03/2027; updated placement plan given to carers 05/04/2027. Within timescale?",
   "wd:5", "2027-03-24", ["placeplan"], "placement began")
Dt("typos", "2025-12-15", "yp came into care 12th dec, when do they need the coming into care pack by",
   "d:21", "2025-12-12", ["pack"], "came into care (3 weeks)")
Dt("indirect", "2026-05-05", "The welcome folder and rights leaflet for a child who is new to care - she came in on 1st May, what's the deadline?",
   "d:21", "2026-05-01", ["pack"], "came into care (3 weeks)")
Dt("duty", "2025-12-31", "LAC from 30/12/25, notify other profs of legal status by?",
   "wd:5", "2025-12-30", ["legalstatus"], "became looked after")
Dt("newstarter", "2027-04-01", "A child I'm working with became looked after under an interim care order today (Thursday 1 April 2027). By when do I need to tell the other professionals about her legal status?",
   "wd:5", "today", ["legalstatus"], "became looked after")
Dt("scenario", "2025-12-11", "Three siblings (invented names Moss, Fern and Ash) came into care under s20 on 10/12/2025. Mum's birthday is 25/12 and she's asked for family time then. When does the initial health assessment need to be done?",
   "wd:20", "2025-12-10", ["iha"], "became looked after")
Dt("indirect", "2027-05-10", "The first medical a child gets when entering care - she came in on 07/05/2027. What's the latest date?",
   "wd:20", "2027-05-07", ["iha"], "became looked after")
Dt("manager", "2025-09-22", "Became LAC 20/08/2025, IHA completed 19/09/2025 - in timescale?",
   "wd:20", "2025-08-20", ["iha"], "became looked after")
Dt("duty", "2025-12-18", "became LAC 17/12/25, PEP mtg due?",
   "d:20", "2025-12-17", ["pep"], "became looked after")
Dt("typos", "2026-03-09", "pep meeting when?? she came into care on the 2nd",
   "d:20", "2026-03-02", ["pep"], "became looked after")
Dt("newstarter", "2026-12-22", "My young person was placed on Monday 21 December 2026. When must the care plan be on the system?",
   "d:10", "2026-12-21", ["careplan"], "placement")
Dt("scenario", "2027-03-30", "Child was accommodated on Easter Sunday (28/03/2027) and placed with her aunt the same day after the ADM gave temporary approval. Dad is disputing the s20. When is the care plan due on LCS?",
   "d:10", "2027-03-28", ["careplan"], "placement")
Dt("scenario", "2025-12-16", "He'd been on a CP plan since 02/09/2025 and the last core group was 08/12/2025. The interim care order was granted yesterday, 15/12/2025, and he became looked after that afternoon. When's the deadline for his first looked after review?",
   "wd:20", "2025-12-15", ["initlac"], "became looked after")
Dt("typos", "2027-03-24", "child became lac on 23rd march 27 when is the first reveiw",
   "wd:20", "2027-03-23", ["initlac"], "became looked after")
Dt("indirect", "2025-08-12", "The first meeting with the independent reviewing officer after a child comes into our care - child came in 11/08/2025, when's it due?",
   "wd:20", "2025-08-11", ["initlac"], "became looked after")
Dt("manager", "2026-06-01", "Looked after from 27/04/2026, initial review held 26/05/2026. Within 20 working days?",
   "wd:20", "2026-04-27", ["initlac"], "became looked after")
Dt("newstarter", "2026-11-27", "Hello! A child on my caseload came into care yesterday. When does her first Looked After Review need to happen?",
   "wd:20", "today-1", ["initlac"], "became looked after")
Dt("typos", "2026-12-21", "lac review on mon 4th jan when does the iro need my report",
   "db:3", "2027-01-04", ["iroreport"], "looked after review date")
Dt("scenario", "2025-05-06", "The LAC review is on Monday 12/05/2025 at 10am. The carers' report went in on 02/05/2025 and school's report is due 07/05/2025. When does my own report need to be with the IRO?",
   "db:3", "2025-05-12", ["iroreport"], "looked after review date")
Dt("newstarter", "2026-08-20", "The child's looked after review is on Wednesday 2 September 2026. When does the IRO need my written report?",
   "db:3", "2026-09-02", ["iroreport"], "looked after review date")

# ---------------------------------------------------------------- IRO
Dt("duty", "2025-12-22", "IRO informal challenge 22/12/25, if not resolved formal dispute from?",
   "wd:5", "2025-12-22", ["iro5"], "informal challenge")
Dt("indirect", "2026-04-30", "The reviewing officer flagged drift to me informally today. How long do I have to sort it before it becomes a formal dispute?",
   "wd:5", "today", ["iro5"], "informal challenge")
Dt("scenario", "2026-12-02", "The IRO made an informal challenge on 20/11/2026 about drift in permanence planning for a child (DOB 04/04/2019), and it wasn't resolved so she raised a formal dispute on 01/12/2026. When should the whole formal process be finished?",
   "wd:20", "2026-12-01", ["iro20"], "formal dispute raised")
Dt("manager", "2025-04-16", "Formal dispute started 17/03/2025, resolved 15/04/2025 - within timescale?",
   "wd:20", "2025-03-17", ["iro20"], "formal dispute raised")
Dt("scenario", "2027-03-09", "The IRO's informal challenge on 26/02/2027 wasn't resolved, so she raised the formal dispute on Monday 08/03/2027. The next LAC review is 20/04/2027. By when should the formal dispute process be completed?",
   "wd:20", "2027-03-08", ["iro20"], "formal dispute raised")

# ---------------------------------------------------------------- Adoption
Dt("newstarter", "2025-10-20", "Our little one was placed with her adopters on 14 October 2025. What is the earliest date they can apply for the Adoption Order?",
   "w:10", "2025-10-14", ["adopt10"], "placed with adopters")
Dt("indirect", "2026-03-02", "The adopters had the two kids move in on 20/02/2026. When's the earliest they can put in the court application to make it final?",
   "w:10", "2026-02-20", ["adopt10"], "placed with adopters")
Dt("manager", "2027-05-14", "Placed for adoption 10/03/2027, adopters applied for the Adoption Order 12/05/2027 - had they met the 10 week point?",
   "w:10", "2027-03-10", ["adopt10"], "placed with adopters")

# ---------------------------------------------------------------- Fostering
Dt("duty", "2026-12-24", "FC supervisory visit 24/12/26, record on LCS by?",
   "wd:3", "2026-12-24", ["fcrecord"], "foster carer visit")
Dt("typos", "2026-04-02", "did my foster carer visit today thurs 2nd april, when dose it need to be on lcs",
   "wd:3", "today", ["fcrecord"], "foster carer visit")
Dt("manager", "2026-11-02", "Carer's last annual review presented to Fostering Panel 14/06/2024; when must it next go to panel?",
   "y:3", "2024-06-14", ["fcpanel"], "last review at Fostering Panel")
Dt("newstarter", "2026-11-03", "A foster carer's DBS check was done on 29 February 2024. When is it next due?",
   "y:3", "2024-02-29", ["fcdbs"], "last DBS check")
Dt("typos", "2025-06-10", "carer did there core training 16th jan 2024 when do they have to redo it",
   "y:3", "2024-01-16", ["fctrain"], "core training completed")
Dt("scenario", "2026-12-23", "We need to place a 14 year old with carers approved for 0-10s. The Strategic Lead agreed the variation of terms of approval today, Wednesday 23/12/2026, and he moves in tonight. His sister (DOB 01/01/2016) is staying where she is. Until when does the variation last?",
   "wd:6", "today", ["variation"], "variation of terms of approval given")
Dt("indirect", "2026-01-07", "Grandma was approved temporarily as a carer on 06/01/2026 so her granddaughter could move in straight away. When does that stop-gap approval run out if nothing else is agreed?",
   "w:16", "2026-01-06", ["tempappr"], "temporary approval of connected person")
Dt("manager", "2025-09-01", "Connected person temporary approval started 03/06/2025; an extension has been agreed by the ADM after panel. Latest end date?",
   "w:24", "2025-06-03", ["tempappr"], "temporary approval 16 weeks + 8 week extension")
Dt("duty", "2026-07-01", "FC annual review last 30/09/25, next due?",
   "m:12", "2025-09-30", ["fcannual"], "last annual review")

# ---------------------------------------------------------------- Case recording / open cases
Dt("duty", "2026-12-24", "HV done 24/12/26, record by?",
   "d:3", "2026-12-24", ["recording"], "home visit")
Dt("typos", "2026-04-03", "i did a home vist today (fri 3rd apr) when does it need writing up by",
   "d:3", "today", ["recording"], "home visit")
Dt("newstarter", "2025-08-28", "I had a phone call with a child's school today (Thursday 28 August). How long do I have to record it?",
   "d:3", "today", ["recording"], "contact with school")
Dt("manager", "2026-02-02", "Case summary last updated 30/11/2025. When is it out of date?",
   "m:3", "2025-11-30", ["summary"], "case summary last updated")
Dt("indirect", "2027-06-15", "The short overview at the front of the child's file was last refreshed on 31/05/2027. When does it next need updating?",
   "m:3", "2027-05-31", ["summary"], "case summary last updated")
Dt("scenario", "2025-06-10", "This child has been open to CIN since 2024. The last C&FA was authorised by the manager on 19/03/2025, and the CIN review was on 01/04/2025. When does she need a new assessment to keep it up to date?",
   "m:12", "2025-03-19", ["assess12"], "assessment authorised")
Dt("typos", "2025-02-03", "last asessment was done 29th feb 24 when does it run out",
   "m:12", "2024-02-29", ["assess12"], "last assessment")

# ---------------------------------------------------------------- Visits
V("duty", "2025-12-19", "CP visit last 18/12/25, next by?",
  "w:4", "2025-12-18", ["cpvisit"], "last CP visit")
V("typos", "2027-03-04", "last seen my cp kid on 2.3.27 when next visit due",
  "w:4", "2027-03-02", ["cpvisit"], "last CP visit")
V("scenario", "2026-08-17", "I last saw Bramble (invented name) at home on 31/07/2026. I saw her again on 14/08/2026 but that was at school, so it can't go down as a statutory CP visit. When's the next statutory visit due?",
  "w:4", "2026-07-31", ["cpvisit"], "last CP visit seen at home")
V("indirect", "2025-04-22", "How often do I have to go and see a child who's on a protection plan? Last time was Thursday 17 April.",
  "w:4", "2025-04-17", ["cpvisit"], "last CP visit")
V("manager", "2026-02-09", "CP visits on 06/01/2026 and 05/02/2026 - was the gap in timescale?",
  "w:4", "2026-01-06", ["cpvisit"], "CP visit")
V("newstarter", "2025-12-23", "I visited a child on a Child in Need plan at home on 22 December 2025. When is my next visit due?",
  "w:6", "2025-12-22", ["cinvisit"], "last CIN visit")
V("typos", "2026-06-01", "cin visit was 27th may when do i have to see them again",
  "w:6", "2026-05-27", ["cinvisit"], "last CIN visit")
V("manager", "2025-10-01", "CIN visits 14/08/2025 and 26/09/2025 - within 6 weeks?",
  "w:6", "2025-08-14", ["cinvisit"], "CIN visit")
V("duty", "2026-04-10", "CIN review 09/04/26, next by?",
  "w:6", "2026-04-09", ["cinreview"], "last CIN review meeting")
V("indirect", "2026-12-02", "The regular get-together with the family and professionals to check how the child in need plan is going - last one was 1 Dec 2026, when's the next one due?",
  "w:6", "2026-12-01", ["cinreview"], "last CIN review meeting")
V("duty", "2025-12-29", "LAC wkly visit last 26/12/25 (1st review not held yet), next by?",
  "w:1", "2025-12-26", ["lacweekly"], "last statutory LAC visit")
V("scenario", "2027-04-09", "The foster placement started on 01/04/2027 and the first looked after review isn't until the 28th. I visited on Thursday 1st and again on Thursday 8th. When's the next visit due?",
  "w:1", "2027-04-08", ["lacweekly"], "last statutory LAC visit")
V("newstarter", "2025-11-05", "A child in care has already had her first looked after review, and I last saw her on 3 November 2025. Her plan for permanence isn't finalised yet. When's my next statutory visit due?",
  "w:6", "2025-11-03", ["lac6"], "last statutory LAC visit")
V("typos", "2026-08-24", "lac visit last done 21st aug 26 when is next one (1st review was in july)",
  "w:6", "2026-08-21", ["lac6"], "last statutory LAC visit")
V("manager", "2025-10-20", "YP settled in permanent placement for 2 years, visits at 12 weekly. Last visit 14/10/2025 - next due?",
  "w:12", "2025-10-14", ["lac12"], "last statutory LAC visit")
V("indirect", "2026-12-18", "The little one moved in with the adopters on Fri 11/12/2026 and the first review hasn't happened. I visited them today, Fri 18th - when's the next visit?",
  "w:1", "today", ["adoptvisit"], "last adoption placement visit")
V("duty", "2027-03-17", "adoptive placement, post 1st LAC review, last visit 16/03/27 next by?",
  "w:6", "2027-03-16", ["adopt6wk"], "last adoption placement visit")
V("scenario", "2025-11-21", "I'm the supervising social worker for a foster carer who has two children placed. My last visit was 20/11/2025 and the carer's annual review is on 10/12/2025. When's my next visit due?",
  "w:6", "2025-11-20", ["fcvisit"], "last foster carer visit")
V("typos", "2025-11-10", "foster carer unanounced visit last 7th march 2025 when is next",
  "m:12", "2025-03-07", ["fcunann"], "last unannounced visit")
V("newstarter", "2027-01-18", "Family time arrangements for a child in care were last reviewed on 15 January 2027. The plan for permanence isn't agreed yet. When do they need reviewing again?",
  "w:8", "2027-01-15", ["familytime"], "last family time review")
V("manager", "2026-03-23", "PLO review meetings held 02/02/2026 and 20/03/2026 - in timescale?",
  "w:6", "2026-02-02", ["ploreview"], "PLO review meeting (latest end of 4-6 weeks)",
  "The standard gives a range of every 4-6 weeks; the due date uses the outer 6 weeks (4 weeks would be 2026-03-02).")

# ---------------------------------------------------------------- Ages
A("newstarter", "2025-06-02", "A girl on my caseload was born on 17 August 2013. From what date should she be offered an advocate for her child protection conference?",
  "age:12", "2013-08-17", ["advocate"], "12th birthday")
A("typos", "2027-11-12", "kid born 29/2/2016 when does he turn 12 for the advocate thing at conferance",
  "age:12", "2016-02-29", ["advocate"], "12th birthday")
A("manager", "2026-10-05", "Child DOB 25/12/2014, RCPC booked 30/12/2026. From what date does the advocate offer apply?",
  "age:12", "2014-12-25", ["advocate"], "12th birthday")
A("duty", "2025-10-01", "YP DOB 14/09/2010 - pathway plan start date?",
  "age:15:6", "2010-09-14", ["pathway"], "15 years 6 months")
A("scenario", "2026-06-08", "He came into care at 13 and has been with the same carers since (DOB 02/06/2011; placed 10/10/2024). The IRO asked when the pathway plan starts. What date?",
  "age:15:6", "2011-06-02", ["pathway"], "15 years 6 months")
A("indirect", "2027-01-11", "When does the plan for leaving care have to be started for a young person born 29/02/2012?",
  "age:15:6", "2012-02-29", ["pathway"], "15 years 6 months")
A("indirect", "2026-01-20", "A toddler (DOB 3/5/2020) might go into pre-proceedings soon. From what date would she no longer count as young enough to be given an adoption worker and family finder?",
  "age:6", "2020-05-03", ["adopt6"], "6th birthday (no longer under 6)")
A("duty", "2025-12-01", "child DOB 29/02/2020, entering PLO - when does she stop being under 6?",
  "age:6", "2020-02-29", ["adopt6"], "6th birthday (no longer under 6)")

# ---------------------------------------------------------------- Choice (two standards plausibly fit)
C("duty", "2027-01-04", "ICPC 12/01/27, when does my report need to go out?",
  [("wdb:3", "2027-01-12", "report to chair 3 working days before"),
   ("db:3", "2027-01-12", "report shared with family at least 3 days prior")],
  ["icpc_chair", "icpc_family"])
C("newstarter", "2025-12-03", "I've just been allocated a Child and Family Assessment, started 2 December 2025. When is it due?",
  [("wd:15", "2025-12-02", "Team Leader review within 15 working days"),
   ("d:45", "2025-12-02", "assessment completed within 45 days")],
  ["tlreview", "complete45"])
C("scenario", "2026-08-25", "Two brothers were placed with foster carers today, Tuesday 25/08/2026, after a planned admission (the older one's DOB is 12/09/2014). Mum wants to be at the meeting. When does the meeting need to happen by?",
  [("wd:3", "today", "placement meeting within 3 working days"),
   ("wd:20", "today", "initial Looked After Review within 20 working days")],
  ["placemtg", "initlac"])
C("typos", "2027-05-26", "had the plo meeting today whats due after it and when",
  [("wd:3", "today", "FGC referral / viability screening request within 3 working days"),
   ("d:7", "today", "PLO minutes within 7 days")],
  ["fgc", "viab", "plomin"])
C("indirect", "2026-03-31", "What paperwork deadlines do I have now a child's moved into a foster home? She moved in yesterday, Mon 30/03.",
  [("wd:5", "2026-03-30", "updated placement plan to carers within 5 working days"),
   ("d:10", "2026-03-30", "care plan on the system within 10 days")],
  ["placeplan", "careplan"])
C("duty", "2026-01-06", "on a plan, last seen 5/1/26, next visit by?",
  [("w:4", "2026-01-05", "CP plan visit every 4 weeks"),
   ("w:6", "2026-01-05", "CIN plan visit every 6 weeks")],
  ["cpvisit", "cinvisit"])
C("manager", "2025-04-28", "Audit: SSW visit to a foster carer on 17/04/2025 recorded on LCS 23/04/2025 - in timescale?",
  [("d:3", "2025-04-17", "any event or contact recorded within 3 days"),
   ("wd:3", "2025-04-17", "foster carer visit recorded within 3 working days")],
  ["recording", "fcrecord"])
C("newstarter", "2026-09-21", "I've got a review on 5 October 2026. When do I need to get my report in?",
  [("db:3", "2026-10-05", "looked after review: report with IRO 3 days before"),
   ("db:3", "2026-10-05", "review child protection conference: report to chair and parents at least 3 days prior")],
  ["iroreport", "rcpc_chair", "rcpc_parents"])

# ---------------------------------------------------------------- None (no timescale in the standards)
N("indirect", "2026-03-04", "The follow-up protection conference after the first one - when does that have to happen if the first was 3/3/26?",
  ["nextconf"], "the standards leave the date of the review conference to the child protection chair; no interval is set")
N("duty", "2026-01-15", "2nd LAC review due? 1st was 14/1/26",
  ["secondreview", "newlac"], "only the initial review (20 working days) is timed; later reviews are 'in accordance with the timescales' not stated in the standards")
N("newstarter", "2026-03-03", "How often should I have supervision with my Team Leader? My last one was 2 March 2026.",
  ["supervision"], "supervision frequency is left to the supervision policy")
N("scenario", "2026-05-26", "Young person (DOB 06/06/2010) went missing from her placement on Friday 22/05/2026 and came back on the Sunday. Her carers think she was with older males. When does the return home interview have to be done by?",
  ["missing"], "the standards mention missing/CSE risk assessment but set no return home interview timescale")
N("typos", "2026-01-14", "shopba was on 12th jan when do the parents need the outcome letter by",
  ["shopbaletter"], "the SHOPBA outcome letter has no timescale in the standards")
N("manager", "2025-05-06", "Adoption placement 05/05/2025: what's the deadline for the life story book and later life letter?",
  ["lifestory"], "no deadline is set for the life story book or later life letter")
N("indirect", "2025-12-03", "How long after the first police/social care meeting do the notes have to be sent round to everyone? It was 2/12/25.",
  ["stratrecord"], "the strategy discussion record must be sent but no timescale is given")
N("duty", "2026-09-09", "IRO contact w/ child between reviews - how often? last review 8/9/26",
  ["irocontact"], "IRO contact between reviews has no set frequency")
N("newstarter", "2027-06-02", "When does a care leaver's pathway plan need reviewing? The last review was on 1 June 2027.",
  ["pathwayreview"], "pathway plan review is tied to the statutory review; no interval is given in the standards")
