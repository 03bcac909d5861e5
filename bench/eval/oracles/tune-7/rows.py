# Structured descriptions of every row. oracle.py computes due/count from `rule`.
# Phrases are copied verbatim from /work/shared/source/practice-standards.txt (check.py verifies).
P = {
    "frontdoor": "decisions made by what action are required by a Team Leader within 1 working day",
    "init_dec": "Initial decisions will be made about the action required within 1 working day by social work Team Leader",
    "referral": "Referrals will be actioned by a social worker within 1 working day",
    "s47_seen": "the child / children will be seen by the Social Worker the same day",
    "s47_5": "Within 5 days of the Section 47 being initiated",
    "alloc": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
    "tl_review": "All assessments will be reviewed by the Team Leader within 15 working days",
    "ass45": "Assessments must all be completed within 45 days",
    "strat1": "this must happen within 1 working day and should be chaired by a social work manager",
    "strat24": "A strategy discussion within 24 hours involving all relevant agencies",
    "notice": "the Neighbourhood Team via email, giving at least 5 days’ notice",
    "jointvisit": "Within the 5 days’ notice period, the Children’s First Response Social Worker",
    "icpc": "convened within working 15 days of the initial strategy discussion",
    "fam_report": "The report will be shared with family at least 3 the days prior to conference",
    "chair_report": "The report will be sent to the child protection chair 3 working days before the conference",
    "advocate": "if they are 12 or over they should be offered an advocate",
    "core1": "within 10 days of the conference and is used to put detail on the outline CP plan",
    "cpvisit": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
    "rcpc_parents": "This report must be shared with parents at least 3 days prior to the review conference",
    "rcpc_chair": "The report will be available to the conference chair at least 3 days prior to the review conference",
    "cp12m": "when they have been subject to a plan for 12 months",
    "plo1": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
    "fgc": "Referral should be made within 3 working days of the first PLO meeting",
    "viab": "need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
    "plomin": "to be distributed to parents and their legal representation within 7 days of the meeting",
    "ploreview": "Review PLO meetings with parents to be held every 4-6 weeks",
    "legal12": "A review legal planning meeting will be held at 12 weeks",
    "plo_ext": "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
    "gateway16": "a Legal Gateway meeting will be convened at 16 weeks",
    "cin20": "will set the first CIN meeting within 20 days",
    "cin10": "When a case transfers from Trafford Childrens First Response the initial CIN meeting must take place within 10 days",
    "cinreview": "CIN review meetings will be held at least every 6 weeks",
    "cinvisit": "A child subject to a CIN plan will be seen at least every 6 weeks",
    "emerg": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
    "lacvisit1": "The child will be visited within 1 working day of coming into care or having a change in placement",
    "lacseen1": "All looked after children will be seen within 1 working day of placement",
    "placemtg": "The placement meeting will be held within 3 working days",
    "pp5": "an updated copy given to the carers within 5 working days of the placement beginning",
    "famtime": "reviewed at least every 8 week until the plan for permanence is agreed",
    "pack": "The child will be provided with a coming into care pack, children rights leaflet within 3 weeks",
    "legalstatus": "will be informed of the child’s legal status within 5 working days",
    "iha": "An initial health assessment will be requested and carried out within 20 working days",
    "pep": "A PEP meeting will be arranged within the school within 20 days",
    "lacweekly": "Statutory looked after visits must happen weekly until the first looked after review",
    "lac6": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
    "lac12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
    "careplan": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
    "lacrev": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
    "pathway": "A pathway plan will be started when the young person is 15 years 6 months",
    "iro3": "this will be with the IRO 3 days before the review",
    "iro5": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
    "iro20": "The formal dispute resolution process should be completed from start to finish within 20 working days",
    "adopt6": "If a child under the age of 6 enters PLO or proceedings",
    "adoptweekly": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
    "adopt6w": "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
    "adopt10": "Once the children have been in placement with the adopter for 10 weeks",
    "fcvisit": "Trafford foster carers are visited at least once every six weeks",
    "fcrecord": "a record of this visit is recorded on LCS within 3 working days",
    "fcunann": "will have an unannounced visit at least once every 12 months",
    "fcannual": "All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
    "fcpanel3": "annual review presented to the Fostering Panel at least every three years",
    "fcdbs": "updated statutory references, medicals and DBS checks at least every three years",
    "fctrain": "must update their core training at least every three years",
    "variation": "This can only be given for up to 6 working days",
    "tempappr": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
    "record3": "any event or contact is recorded within 3 days",
    "summary3m": "A clear and concise case file summary which has been updated within the last 3 months",
    "ass12m": "An up to date assessment (within the last 12 months) on each child",
    # related sentences quoted for `none` rows (they show the standards give no date)
    "n_nextconf": "The child protection chair will set the date of the next conference",
    "n_supervision": "monitored through supervision which takes place in line with the supervision policy",
    "n_lacreview": "a new LAC review will be set in accordance with the timescales",
    "n_shopba": "This needs to take place after the area teams final care planning meeting",
    "n_eh": "Initial decisions will be made about the action required by an Early Help Team Leader",
    "n_pathway": "will be reviewed by the IRO as part of the statutory review",
    "n_lifestory": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
    "n_gcp": "a Graded Care Profile 2 should be completed with the parents or carers",
    "n_core": "The multi –agency plan and the targets agreed and outcomes expected are reviewed at every core group",
}

ROWS = []


def R(v, k, today, q, rule, amb=None):
    ROWS.append({"v": v, "k": k, "today": today, "q": q, "rule": rule, "amb": amb})


AMB_TL15 = "The standard does not say what the 15 working days run from; counted here from the assessment start (counting from referral or allocation would move it)."
AMB_45 = "'45 days' is read as calendar days as written; statutory guidance (Working Together) counts 45 working days from referral, which would give a later date."
AMB_PLOREV = "'every 4-6 weeks': the latest is 6 weeks after the last review (used); the earliest expected is 4 weeks."
AMB_PLO12 = "The standard does not say what the 12/16 weeks run from; counted from the first PLO meeting (counting from the PLO letter would be a few days earlier)."

# ---------------- Front door / Level 4-5 ----------------
R("duty", "date", "2025-12-24", "contact in today 24/12 - TL screening decision needed by when?",
  ("wd", "2025-12-24", 1, ["frontdoor", "init_dec"]))
R("indirect", "date", "2026-04-02",
  "A school has just rung in worried about a child this afternoon. When does a team leader have to have decided what we're doing with it and written that up?",
  ("wd", "2026-04-02", 1, ["frontdoor", "init_dec"]))
R("typos", "date", "2025-05-02", "refferal came in on 2.5 when does it need actioning by a sw",
  ("wd", "2025-05-02", 1, "referral"))
R("newstarter", "date", "2027-08-27",
  "Hi, sorry if this is a silly question - a referral was passed to me today (Friday). By when does a social worker need to have actioned it?",
  ("wd", "2027-08-27", 1, "referral"))
R("manager", "date", "2026-06-10",
  "Referral received Fri 29/05/26, first SW action logged 02/06. In timescale?",
  ("wd", "2026-05-29", 1, "referral"))
R("indirect", "date", "2026-05-27",
  "The duty team leader still hasn't said what should happen with a call about a child being hurt that came in on Friday 22nd May. What was the latest they should have decided by?",
  ("wd", "2026-05-22", 1, "init_dec"))
R("indirect", "date", "2026-01-09",
  "We've just agreed this morning to formally look into whether a 6 year old is being harmed. By when does the worker have to physically see him?",
  ("same", "2026-01-09", "s47_seen"))
R("duty", "date", "2025-12-22", "s47 initiated 22/12, SW/TL progress discussion due?",
  ("d", "2025-12-22", 5, "s47_5"))
R("indirect", "date", "2026-03-30",
  "The enquiry into whether this child is suffering significant harm kicked off last Friday, the 27th. By when do I need to sit down with my manager to go over how it's going and agree next steps?",
  ("d", "2026-03-27", 5, "s47_5"))
R("manager", "date", "2026-10-12",
  "S47 started 02/10/2026, SW/manager progress discussion took place 09/10. Within timescale?",
  ("d", "2026-10-02", 5, "s47_5"))

# ---------------- Allocation / assessment ----------------
R("typos", "date", "2026-12-23", "case came thru today 23/12 when does it need allocating for the c&f assessmnt",
  ("wd", "2026-12-23", 3, "alloc"))
R("indirect", "date", "2025-04-17",
  "A new case came in today that needs a full look at the family. How long has the team leader got to hand it to a named worker?",
  ("wd", "2025-04-17", 3, "alloc"))
R("manager", "date", "2027-06-07",
  "Case accepted for C&FA Thursday 27/05/27, allocated on LCS 02/06/27. In timescale?",
  ("wd", "2027-05-27", 3, "alloc"))
R("scenario", "date", "2026-03-24",
  "Dad rang the front door on 20/03 worried about his ex-partner's drinking. The case was allocated to me and I started the C&F assessment on Monday 23/03/26. Mum has a hearing on 01/04. When does my team leader have to review the assessment?",
  ("wd", "2026-03-23", 15, "tl_review"), AMB_TL15)
R("indirect", "date", "2025-12-16",
  "I started the family assessment on 15 Dec. When does my manager need to have looked over it at the latest?",
  ("wd", "2025-12-15", 15, "tl_review"), AMB_TL15)
R("newstarter", "date", "2026-08-10",
  "Could you tell me when my team leader should review my assessment? I opened it on 7th August 2026.",
  ("wd", "2026-08-07", 15, "tl_review"), AMB_TL15)
R("duty", "date", "2025-11-17", "c&fa started 17/11/25, 45 day deadline?",
  ("d", "2025-11-17", 45, "ass45"), AMB_45)
R("indirect", "date", "2026-02-02",
  "We're starting the full look at this family's needs today, 2nd Feb. What's the absolute latest the whole thing has to be finished?",
  ("d", "2026-02-02", 45, "ass45"), AMB_45)
R("scenario", "date", "2027-07-19",
  "Mum's new partner moved in back in June and school raised concerns on 14/07/27. The referral was accepted and my assessment started on 16/07/27. The child's birthday is 20/07. When must the assessment be done by?",
  ("d", "2027-07-16", 45, "ass45"),
  "Counted from the assessment start (16/07); counting from the referral (14/07) gives two days earlier, and reading it as 45 working days gives a later date.")
R("manager", "date", "2025-05-21",
  "Assessment opened 01/04/2025, authorised 20/05/2025 - was it within the 45 days?",
  ("d", "2025-04-01", 45, "ass45"), AMB_45)

# ---------------- Strategy discussion ----------------
R("duty", "date", "2026-02-10", "mgmt decision strat needed today 10/2, strat by?",
  ("wd", "2026-02-10", 1, ["strat1", "strat24"]))
R("indirect", "date", "2027-01-12",
  "My manager decided this morning we need to get police and health round a table about this child. By when should that multi-agency discussion happen?",
  ("wd", "2027-01-12", 1, ["strat1", "strat24"]))
R("typos", "date", "2026-10-16", "tl said we need a strat disscusion on weds 14th oct, when should it of happend by",
  ("wd", "2026-10-14", 1, ["strat1", "strat24"]))

# ---------------- Transfer to Neighbourhood Team ----------------
R("indirect", "date", "2026-05-21",
  "We've emailed the locality team today to say this family is moving over to them for ongoing support. By when do we need to have done the joint home visit with the new worker?",
  ("d", "2026-05-21", 5, ["jointvisit", "notice"]))
R("newstarter", "date", "2025-08-20",
  "Apologies, I'm new to First Response. If I notify the Neighbourhood Team by email today that a case is transferring at CIN, what's the earliest date the transfer can happen?",
  ("d", "2025-08-20", 5, ["notice", "jointvisit"]))

# ---------------- ICPC ----------------
R("duty", "date", "2025-12-19", "strat was 19/12/25, when's the ICPC?",
  ("wd", "2025-12-19", 15, "icpc"))
R("indirect", "date", "2026-03-25",
  "Police, health and us sat down about this family today (25/03/26). Latest date for the meeting where everyone decides whether the children need a protection plan?",
  ("wd", "2026-03-25", 15, "icpc"))
R("typos", "date", "2026-04-02", "strat dicussion was yesterday the 1st of april, when has the icpc got to be by",
  ("wd", "2026-04-01", 15, "icpc"))
R("manager", "date", "2026-01-21", "ICPC was held 20/01, strat 02/01, was that in timescale?",
  ("wd", "2026-01-02", 15, "icpc"))
R("scenario", "date", "2027-05-21",
  "Child is 4 (DOB 11/05/2023). Nursery reported a bruise on 13 May 2027, we had the initial strategy discussion on Friday 14 May and a second strat today. When does the ICPC need to be held by?",
  ("wd", "2027-05-14", 15, "icpc"))
R("newstarter", "date", "2025-08-19",
  "Hello - I'm a newly qualified worker. Our first strategy discussion was yesterday, 18 August. What's the latest date the initial child protection conference can be held?",
  ("wd", "2025-08-18", 15, "icpc"))
R("indirect", "date", "2026-12-23",
  "We had our first get-together with police and health yesterday about this family. When's the latest the first meeting to decide on protection plans for the kids can be?",
  ("wd", "2026-12-22", 15, "icpc"))

# ---------------- ICPC reports ----------------
R("indirect", "date", "2026-04-01",
  "The first conference about whether she needs a protection plan is on Tuesday 7 April. By when do mum and dad need to have seen my report?",
  ("db", "2026-04-07", 3, "fam_report"))
R("typos", "date", "2026-01-05", "icpc is on the 15th, when do i have to share report with the family",
  ("db", "2026-01-15", 3, "fam_report"))
R("scenario", "date", "2026-12-21",
  "ICPC booked for Monday 4 Jan 2027 for a 9 year old (DOB 02/01/2018). My report's written and the TL signed it off on 18/12. Latest I can share it with the family?",
  ("db", "2027-01-04", 3, "fam_report"))
R("duty", "date", "2026-03-30", "ICPC tues 7/4/26, report to chair by?",
  ("wdb", "2026-04-07", 3, "chair_report"))
R("indirect", "date", "2027-05-24",
  "The first conference about this baby is on Wednesday 2 June. When does my signed-off report need to land with the person chairing it?",
  ("wdb", "2027-06-02", 3, "chair_report"))
R("newstarter", "date", "2026-12-14",
  "Sorry to ask - my first ever ICPC is on Monday 4th January 2027. When does my report need to go to the child protection chair?",
  ("wdb", "2027-01-04", 3, "chair_report"))
R("manager", "date", "2026-01-05", "ICPC 29/12/2025 - SW report reached the chair 23/12. Compliant?",
  ("wdb", "2025-12-29", 3, "chair_report"))

# ---------------- Ages ----------------
R("indirect", "age", "2026-02-20",
  "Young person DOB 14/03/2014 - from what date should we be offering them someone independent to help them take part in conference?",
  ("age", "2014-03-14", 12, 0, "advocate"))
R("newstarter", "age", "2027-11-10",
  "Hi, the girl on my case was born on 29 February 2016. On what date will she be old enough that she should be offered an advocate for her conferences?",
  ("age", "2016-02-29", 12, 0, "advocate"))
R("indirect", "age", "2025-11-03",
  "Lad in our care, born 12 August 2010. When should we start the plan for his move towards adulthood and leaving care?",
  ("age", "2010-08-12", 15, 6, "pathway"))
R("typos", "age", "2026-10-01", "yp dob 31/08/2011 when does pathway plan need starting",
  ("age", "2011-08-31", 15, 6, "pathway"),
  "15 years 6 months from 31 Aug lands on a 31 Feb that does not exist; clamped to 28 Feb 2027 (some would say 1 March 2027).")
R("newstarter", "age", "2027-05-12",
  "Hi - when does a pathway plan need to be started for a girl born 29 February 2012?",
  ("age", "2012-02-29", 15, 6, "pathway"))
R("indirect", "age", "2025-11-20",
  "Little girl born 29 February 2020 - we're thinking about going into pre-proceedings. On what date does she stop counting as young enough for an adoption worker and family finder to be allocated automatically?",
  ("age", "2020-02-29", 6, 0, "adopt6"))
R("manager", "age", "2027-04-20",
  "Child DOB 15/04/2021 entered PLO 10/04/2027 - did the under-6 adoption allocation apply? When did she turn 6?",
  ("age", "2021-04-15", 6, 0, "adopt6"))
R("duty", "age", "2025-12-29", "dob 03/01/2020, PLO starts next wk - still under 6 for adoption SW allocation? turns 6 when?",
  ("age", "2020-01-03", 6, 0, "adopt6"))

# ---------------- Core group / CP visits ----------------
R("scenario", "date", "2025-12-19",
  "Yesterday's ICPC (18/12/25) made two siblings subject to CP plans for neglect. The chair pencilled the review for March and dad's next contact is 23/12. When does the first core group need to be by?",
  ("d", "2025-12-18", 10, "core1"))
R("indirect", "date", "2026-03-25",
  "Conference yesterday, 24 March, put the child on a plan. When does the first meeting of the small group of professionals and family who work out the detail have to be?",
  ("d", "2026-03-24", 10, "core1"))
R("typos", "date", "2026-05-22", "icpc was 21st may, kid went on a plan. when is 1st core grp due",
  ("d", "2026-05-21", 10, "core1"))
R("scenario", "date", "2027-07-29",
  "ICPC on 28/07/2027 made both children subject to CP plans under neglect. The chair set the review conference for 20/10 and dad's next court date is 02/08. When's the first core group due?",
  ("d", "2027-07-28", 10, "core1"))
R("manager", "date", "2026-01-20", "ICPC 05/01/26, first core group 19/01/26 - within timescale?",
  ("d", "2026-01-05", 10, "core1"))
R("newstarter", "date", "2027-05-04",
  "What is the deadline for the first core group please? The initial conference was on 30 April.",
  ("d", "2027-04-30", 10, "core1"))
R("duty", "visits", "2026-03-10", "CP visit last 3/3/26 next by?",
  ("w", "2026-03-03", 4, "cpvisit"))
R("indirect", "visits", "2025-12-23",
  "I last saw the little one at home yesterday, 22 December - she's on a protection plan. Latest date for my next visit?",
  ("w", "2025-12-22", 4, "cpvisit"))
R("manager", "visits", "2027-08-11", "Child on CP plan: home visits 06/07/27 and 10/08/27. Was the gap OK? When was it due?",
  ("w", "2027-07-06", 4, "cpvisit"))
R("scenario", "visits", "2027-02-22",
  "Twins on CP plans since the ICPC on 02/02/2027. I saw one twin at school on 15/02/27, then saw both at home on 19/02/27. When's the next statutory CP visit due?",
  ("w", "2027-02-19", 4, "cpvisit"))

# ---------------- Review CP conference reports / 12 months ----------------
R("indirect", "date", "2026-12-30",
  "The next meeting to review the protection plan is on Thursday 7 January. When do the parents need to have my update?",
  ("db", "2027-01-07", 3, "rcpc_parents"))
R("scenario", "date", "2026-04-28",
  "Three children on CP plans since October. The RCPC is on 06/05/26, the last core group was 21/04 and mum's tenancy hearing is 05/05. By when does the plan update have to be shared with the parents?",
  ("db", "2026-05-06", 3, "rcpc_parents"))
R("typos", "date", "2026-08-24", "review conf is 2/9/26 when does chair need my report by",
  ("db", "2026-09-02", 3, "rcpc_chair"))
R("manager", "date", "2025-04-15", "RCPC 14/04/2025: plan update made available to chair on 12/04. Compliant?",
  ("db", "2025-04-14", 3, "rcpc_chair"))
R("indirect", "date", "2026-11-02",
  "This child has been on a protection plan since the first conference on 19 December 2025 and nothing's really shifting. From what date should we hold the meeting to rethink how we work with the family?",
  ("m", "2025-12-19", 12, "cp12m"))
R("scenario", "date", "2027-03-01",
  "Child made subject to a CP plan at ICPC on 31/03/2026; RCPCs in June and December; mum's baby due 14/02/2027. Progress not enough to de-plan. When does the 12-month point for the professional thinking time meeting fall?",
  ("m", "2026-03-31", 12, "cp12m"))

# ---------------- PLO ----------------
R("newstarter", "date", "2025-12-19",
  "Hello, could you help? Our PLO letter is dated 19/12/25. By when should the first PLO meeting with the parents take place?",
  ("d", "2025-12-19", 10, "plo1"))
R("indirect", "date", "2026-03-30",
  "The letter that starts pre-proceedings went out to mum dated 27 March. By when should we sit down with her and her solicitor?",
  ("d", "2026-03-27", 10, "plo1"))
R("typos", "date", "2026-05-26", "plo leter dated 22nd may 2026 when shud the 1st meeting be",
  ("d", "2026-05-22", 10, "plo1"))
R("scenario", "date", "2027-08-16",
  "Legal Gateway agreed PLO on 10/08/2027. The letter before proceedings is dated 13/08/2027 and is being hand-delivered today. When must the first PLO meeting happen?",
  ("d", "2027-08-13", 10, "plo1"))
R("manager", "date", "2026-03-17", "PLO letter dated 02/03/26; first meeting held 16/03/26. In timescale?",
  ("d", "2026-03-02", 10, "plo1"))
R("duty", "date", "2026-04-01", "1st PLO mtg today 1/4/26, FGC referral by?",
  ("wd", "2026-04-01", 3, "fgc"))
R("indirect", "date", "2026-12-24",
  "We had the first pre-proceedings meeting with the parents today and they've agreed to a family meeting to plan who could help. When does the referral for that family meeting need to be in?",
  ("wd", "2026-12-24", 3, "fgc"))
R("newstarter", "date", "2027-04-30",
  "At today's first PLO meeting (Friday 30 April) the parents consented to a Family Group Conference. How long do I have to make the referral?",
  ("wd", "2027-04-30", 3, "fgc"))
R("indirect", "date", "2026-08-26",
  "At the first pre-proceedings meeting today, nan and an aunt were put forward as possible carers. By when do I need to ask the family placement team to screen them?",
  ("wd", "2026-08-26", 3, "viab"))
R("typos", "date", "2025-12-23", "initial plo meeting was today 23/12, aunty put forward as carer, when do i need to send the viabilty request to family placement",
  ("wd", "2025-12-23", 3, "viab"))
R("duty", "date", "2026-12-17", "plo mtg tomorrow (fri), mins out by?",
  ("d", "2026-12-18", 7, "plomin"))
R("indirect", "date", "2027-04-02",
  "We met mum and her solicitor yesterday under pre-proceedings. When do the notes setting out what we expect of her need to go out to her and her solicitor?",
  ("d", "2027-04-01", 7, "plomin"))
R("manager", "date", "2026-02-13", "PLO meeting 03/02/2026, minutes sent 12/02/2026. In timescale?",
  ("d", "2026-02-03", 7, "plomin"))
R("duty", "visits", "2026-10-20", "last PLO review 14/10/26, next by?",
  ("w", "2026-10-14", 6, "ploreview"), AMB_PLOREV)
R("indirect", "visits", "2027-05-04",
  "We last met the parents and their lawyers to check progress in pre-proceedings on 30 April. What's the latest for the next of those check-in meetings?",
  ("w", "2027-04-30", 6, "ploreview"), AMB_PLOREV)
R("indirect", "date", "2026-02-16",
  "Our first pre-proceedings meeting with the parents was on 12 January 2026. When is the meeting with the council solicitor to take stock going to fall?",
  ("w", "2026-01-12", 12, "legal12"), AMB_PLO12)
R("scenario", "date", "2026-10-06",
  "Parents were sent the PLO letter on 25/09/26 and we held the first PLO meeting on 05/10/26. The baby was born 01/10. When's the 12-week review legal planning meeting?",
  ("w", "2026-10-05", 12, "legal12"), AMB_PLO12)
R("scenario", "date", "2027-03-10",
  "At the 12-week review legal planning meeting on 09/03/2027 threshold was still met, but dad has just started a residential programme so an exceptional extension was agreed. Mum turns 18 on 01/04/27. When does the extra period end?",
  ("w", "2027-03-09", 4, "plo_ext"))
R("newstarter", "date", "2026-02-03",
  "Could you help me understand the PLO timeline? We entered PLO with the first meeting on 2 February 2026. If the case is still in PLO, when would the Legal Gateway meeting be?",
  ("w", "2026-02-02", 16, "gateway16"), AMB_PLO12)
R("manager", "date", "2025-09-10", "PLO first meeting 08/09/25. When does the 16-week Legal Gateway with Strategic Lead fall?",
  ("w", "2025-09-08", 16, "gateway16"), AMB_PLO12)

# ---------------- CIN ----------------
R("indirect", "date", "2025-12-12",
  "The girl was taken off her protection plan yesterday, 11 December, and moves onto a lower-level support plan. When does the first meeting under that plan have to happen?",
  ("d", "2025-12-11", 20, "cin20"))
R("scenario", "date", "2026-03-17",
  "RCPC yesterday (16/03/26) de-planned both children; the chair agreed an outline CIN plan. The older one has an EHCP review on 30/03. When must the first CIN meeting be held?",
  ("d", "2026-03-16", 20, "cin20"))
R("typos", "date", "2027-05-06", "kid came off cp plan at conferance on 4th may, when's first cin meeting",
  ("d", "2027-05-04", 20, "cin20"))
R("scenario", "date", "2026-08-21",
  "At today's review conference (21/08/2026) the chair de-planned. Mum's baby is due 14/09 and the last core group was 07/08. What's the deadline for the first CIN meeting?",
  ("d", "2026-08-21", 20, "cin20"))
R("indirect", "date", "2026-12-18",
  "This family's case has just been handed to our team today by the team that takes the first calls, for ongoing support rather than protection. By when do we need to hold the first get-together with the family?",
  ("d", "2026-12-18", 10, "cin10"))
R("newstarter", "date", "2027-03-29",
  "A case transferred to me from Children's First Response on Thursday 25 March. When should the initial CIN meeting take place?",
  ("d", "2027-03-25", 10, "cin10"))
R("manager", "date", "2025-04-29", "Transferred from CFR 14/04/2025, initial CIN meeting 28/04/2025 - in timescale?",
  ("d", "2025-04-14", 10, "cin10"))
R("duty", "visits", "2025-11-20", "last CIN review 17/11/25 next due?",
  ("w", "2025-11-17", 6, "cinreview"))
R("indirect", "visits", "2026-02-23",
  "We last got everyone together to go over the support plan for this family on 19 February. When's the next one due at the latest?",
  ("w", "2026-02-19", 6, "cinreview"))
R("indirect", "visits", "2026-05-11",
  "I last saw the boy at home last Friday, 8 May - he's on a support plan, not a protection one. When do I need to see him again?",
  ("w", "2026-05-08", 6, "cinvisit"))
R("scenario", "visits", "2026-03-26",
  "Child on a CIN plan. I saw her at home on 13/03/26 and again at school on 20/03/26; the CIN review meeting was 25/03. When's the next CIN visit due?",
  ("w", "2026-03-13", 6, "cinvisit"))
R("newstarter", "visits", "2026-12-16",
  "Hello, how often should a child on a Child in Need plan be seen? My last home visit was yesterday, 15 December, so when is the next visit due?",
  ("w", "2026-12-15", 6, "cinvisit"))
R("manager", "visits", "2025-07-21", "CIN home visits recorded 02/06/25 and 18/07/25 - breach? When was it due?",
  ("w", "2025-06-02", 6, "cinvisit"))

# ---------------- Children in care ----------------
R("indirect", "date", "2026-12-21",
  "A 13 year old had to come into care in an emergency last night (Sunday 20 December) with no assessment done. By when does the assessment of her needs have to be finished?",
  ("wd", "2026-12-20", 20, "emerg"))
R("scenario", "date", "2026-04-03",
  "Police protection was used at 11pm on 02/04/26 after mum was arrested; the child (DOB 05/04/2016) was placed in an emergency foster placement. ICO hearing is listed for 08/04. No prior assessment. When must the assessment be completed?",
  ("wd", "2026-04-02", 20, "emerg"))
R("duty", "date", "2026-08-28", "kid came into care today fri 28/8 visit by?",
  ("wd", "2026-08-28", 1, ["lacvisit1", "lacseen1"]))
R("indirect", "date", "2025-12-24",
  "Two brothers moved to new foster carers today, Christmas Eve. When do I have to go and see them?",
  ("wd", "2025-12-24", 1, ["lacvisit1", "lacseen1"]))
R("typos", "date", "2027-03-25", "placment changed today thurs 25/3 when do i have to visit",
  ("wd", "2027-03-25", 1, ["lacvisit1", "lacseen1"]))
R("manager", "date", "2026-06-01", "Child placed Fri 22/05/2026, first visit Tue 26/05. Compliant?",
  ("wd", "2026-05-22", 1, ["lacvisit1", "lacseen1"]))
R("newstarter", "date", "2025-12-23",
  "Hi, a child in my team was placed in foster care today (23/12). When does the placement meeting have to be held?",
  ("wd", "2025-12-23", 3, "placemtg"))
R("indirect", "date", "2026-04-01",
  "A foster placement started today. By when do we need to get everyone together to agree what the carers can sign off and how the placement will meet her needs?",
  ("wd", "2026-04-01", 3, "placemtg"))
R("newstarter", "date", "2027-08-27",
  "I'm not sure of the process - a child was placed with foster carers today (Friday 27 August). When does the placement meeting need to be?",
  ("wd", "2027-08-27", 3, "placemtg"))
R("indirect", "date", "2026-05-01",
  "The child moved in with carers yesterday, 30 April. When do they need an updated copy of the plan telling them about her and what they can agree to?",
  ("wd", "2026-04-30", 5, "pp5"))
R("typos", "date", "2026-12-22", "placment started 21/12 when do carers need the updated placment plan",
  ("wd", "2026-12-21", 5, "pp5"))
R("indirect", "visits", "2026-01-20",
  "We last looked again at how often the kids see mum and dad on 14 January. Permanence isn't agreed yet. When should we next review those arrangements?",
  ("w", "2026-01-14", 8, "famtime"))
R("indirect", "date", "2025-12-15",
  "A 10 year old came into our care on Friday 12 December. When should she have been given the welcome pack and the leaflet about her rights?",
  ("w", "2025-12-12", 3, "pack"))
R("newstarter", "date", "2027-04-12",
  "When does a child need to receive the coming into care pack? He became looked after on 9 April 2027.",
  ("w", "2027-04-09", 3, "pack"))
R("indirect", "date", "2026-04-07",
  "He became looked after on Good Friday (3 April). By when do I have to let the other professionals know he's now in care and under what order?",
  ("wd", "2026-04-03", 5, "legalstatus"))
R("manager", "date", "2025-09-02", "Child LAC Sun 24/08/2025, school and GP told of legal status 29/08/2025. OK?",
  ("wd", "2025-08-24", 5, "legalstatus"))
R("scenario", "date", "2025-12-17",
  "Baby (DOB 01/12/25) came into care under s20 yesterday, 16/12/25, from hospital; mum's parenting assessment starts 05/01. When's the IHA due by?",
  ("wd", "2025-12-16", 20, "iha"))
R("typos", "date", "2027-05-27", "wen is her 1st health check due, came into care 26.5.27",
  ("wd", "2027-05-26", 20, "iha"))
R("typos", "date", "2026-04-08", "wen is the iha due, came into care 7.4.26",
  ("wd", "2026-04-07", 20, "iha"))
R("indirect", "date", "2026-12-16",
  "He became looked after on 15 December and he's in Year 5. By when does the school meeting about his education plan need to happen?",
  ("d", "2026-12-15", 20, "pep"))
R("newstarter", "date", "2026-08-03",
  "Sorry - what's the timescale for a PEP meeting? The child came into care on 31 July.",
  ("d", "2026-07-31", 20, "pep"))
R("indirect", "visits", "2026-12-22",
  "She came into care three weeks ago and her first review hasn't happened yet. I last saw her on Monday 21 December. When must the next visit be?",
  ("w", "2026-12-21", 1, "lacweekly"))
R("indirect", "visits", "2025-11-12",
  "Now the first review's been and gone, and the long-term plan isn't finalised yet. I last saw him at his carers' on 10 November. When's the next statutory visit due?",
  ("w", "2025-11-10", 6, "lac6"))
R("manager", "visits", "2026-02-23",
  "LAC child (post first review, no permanence plan yet), visits 05/01/26 then 20/02/26 - within timescale? When was it due?",
  ("w", "2026-01-05", 6, "lac6"))
R("scenario", "visits", "2027-08-02",
  "Child has been in care since 2024, first LAC review was 03/06/24 and the permanence plan is still being worked on. I saw him on 27/07/27 and his sister on 30/07/27. His next LAC review is 15/09. When is his next visit due?",
  ("w", "2027-07-27", 6, "lac6"))
R("indirect", "visits", "2026-03-20",
  "This young man has been settled with his permanent long-term carers for about two years now. I last saw him on 18 March. When's the latest I can leave the next visit?",
  ("w", "2026-03-18", 12, "lac12"))
R("indirect", "date", "2025-12-23",
  "He was placed yesterday, 22 December. By when does the plan setting out his needs and what services he gets have to be on the system?",
  ("d", "2025-12-22", 10, "careplan"))
R("newstarter", "date", "2027-05-06",
  "Sorry, I'm new to the CiC team - a child was placed yesterday (5 May). When does the care plan need to be on LCS?",
  ("d", "2027-05-05", 10, "careplan"))
R("scenario", "date", "2025-12-22",
  "A 7 year old became LAC on Friday 19/12/25 after a s47 that started on 15/12. Her brother came into care on 22/12. When's HER initial LAC review due?",
  ("wd", "2025-12-19", 20, "lacrev"))
R("typos", "date", "2026-03-30", "1st lac review when? came into care on fri 27/3",
  ("wd", "2026-03-27", 20, "lacrev"))
R("typos", "date", "2025-08-04", "1st lac reveiw when?? came into care on 1/8/25",
  ("wd", "2025-08-01", 20, "lacrev"))
R("scenario", "date", "2027-05-04",
  "Baby (DOB 02/12/2026) was removed under police protection yesterday, 03/05/2027, and the ICO hearing is on 07/05/2027. Care will be continuous from police protection. When does the initial Looked After Review need to be?",
  ("wd", "2027-05-03", 20, "lacrev"),
  "Counted from the day the baby became looked after under police protection (03/05); counting from the ICO (07/05) would give a later date.")
R("manager", "date", "2026-03-31", "LAC from 02/03/26, first LAC review 27/03/26. Within timescale?",
  ("wd", "2026-03-02", 20, "lacrev"))
R("newstarter", "date", "2027-08-13",
  "How long do I have to get the first Looked After Review done? The child became looked after yesterday, 12 August.",
  ("wd", "2027-08-12", 20, "lacrev"))

# ---------------- IRO ----------------
R("indirect", "date", "2026-12-17",
  "The person who independently oversees this child's care raised drift on his plan with me informally today. If it isn't sorted, when does it turn into a formal dispute?",
  ("wd", "2026-12-17", 5, "iro5"))
R("duty", "date", "2026-03-30", "IRO informal challenge today 30/03, goes formal when?",
  ("wd", "2026-03-30", 5, "iro5"))
R("indirect", "date", "2025-05-13",
  "The formal disagreement process that the officer who independently oversees his care started yesterday (12 May) - by when must the whole thing be finished?",
  ("wd", "2025-05-12", 20, "iro20"))
R("manager", "date", "2026-01-06", "Formal IRO dispute raised 01/12/2025, resolved 05/01/2026 - within 20 working days?",
  ("wd", "2025-12-01", 20, "iro20"))
R("indirect", "date", "2026-12-21",
  "The meeting that reviews her time in care is on Monday 4 January. When does my written report need to be with the person who chairs it?",
  ("db", "2027-01-04", 3, "iro3"))
R("typos", "date", "2026-03-31", "lac review 9/4 when does iro need my reprot",
  ("db", "2026-04-09", 3, "iro3"))

# ---------------- Adoption ----------------
R("indirect", "visits", "2025-12-23",
  "Our little one moved in with his adoptive family today and his first review hasn't happened yet. I saw him on the day he moved in. When's my next visit due?",
  ("w", "2025-12-23", 1, "adoptweekly"))
R("duty", "visits", "2026-08-18", "adoptive placement, post 1st LAC review, last visit 17/08/26 next?",
  ("w", "2026-08-17", 6, "adopt6w"))
R("indirect", "date", "2027-03-03",
  "A child has been living with the couple adopting her since 1 March. From what date can they apply to the court to make it permanent?",
  ("w", "2027-03-01", 10, "adopt10"))
R("newstarter", "date", "2025-10-22",
  "Apologies if this is obvious - when can our adopters apply for the Adoption Order? The child was placed with them on 20 October 2025.",
  ("w", "2025-10-20", 10, "adopt10"))

# ---------------- Fostering ----------------
R("indirect", "visits", "2025-12-16",
  "I'm the supervising social worker for one of our carers; my last visit to them was 15 December. When's my next one due at the latest?",
  ("w", "2025-12-15", 6, "fcvisit"))
R("indirect", "visits", "2025-01-15",
  "When's the latest our carers can have their next surprise visit? The last one was 29 February 2024.",
  ("m", "2024-02-29", 12, "fcunann"))
R("scenario", "date", "2026-09-01",
  "Foster carers approved in 2019 for two children; last annual review 18/12/2025 (chaired by an IRO), panel review 2024, youngest placed child's birthday 30/09. When's their next annual review due?",
  ("m", "2025-12-18", 12, "fcannual"))
R("indirect", "date", "2027-09-14",
  "The last time this carer's yearly review actually went to panel was 7 April 2025. By when does one have to go back to panel?",
  ("m", "2025-04-07", 36, "fcpanel3"))
R("scenario", "date", "2027-02-01",
  "Carer's DBS was last renewed on 28/06/2024; medical done 12/03/2025 and references 01/05/2024. When is the DBS renewal due?",
  ("m", "2024-06-28", 36, "fcdbs"))
R("newstarter", "date", "2027-11-08",
  "One of my foster carers last did her core training on 27 May 2025. When does she need to update it by?",
  ("m", "2025-05-27", 36, "fctrain"))
R("indirect", "date", "2026-12-23",
  "With the Strategic Lead's OK we placed a 3 year old today with carers who are only approved for school-age children. How long can that arrangement last - what's the last day?",
  ("wd", "2026-12-23", 6, "variation"),
  "'up to 6 working days' counted as the 6th working day after the placement day; if the placement day itself counts as day 1 it ends one working day earlier.")
R("indirect", "date", "2026-01-06",
  "A child was placed with his aunt on 5 January, with her only provisionally approved as his carer until she's fully assessed. When does that provisional approval run out if nothing's extended?",
  ("w", "2026-01-05", 16, "tempappr"))
R("manager", "date", "2026-01-12", "Connected person temp approval from 10/09/25, extended by the full 8 weeks. Final expiry date?",
  ("w", "2025-09-10", 24, "tempappr"))

# ---------------- Case recording / open cases ----------------
R("duty", "date", "2025-12-19", "visit today 19/12 write up due?",
  ("d", "2025-12-19", 3, "record3"))
R("typos", "date", "2026-04-02", "saw the family today 2/4, how long have i got to get it on the file",
  ("d", "2026-04-02", 3, "record3"))
R("manager", "date", "2027-01-14", "Case file summary last updated 30/11/2026 - when does it fall out of date?",
  ("m", "2026-11-30", 3, "summary3m"))
R("indirect", "date", "2026-10-05",
  "The overview at the front of the file was last refreshed on 15 September. When does it need doing again?",
  ("m", "2026-09-15", 3, "summary3m"))
R("indirect", "date", "2026-03-02",
  "The most recent full assessment on this child was signed off on 10 April 2025. When will it no longer count as up to date?",
  ("m", "2025-04-10", 12, "ass12m"))
R("duty", "date", "2025-02-10", "last C&FA authorised 29/02/24, out of date when?",
  ("m", "2024-02-29", 12, "ass12m"))

# ---------------- Choice ----------------
R("duty", "choice", "2026-03-03", "conference was 3/3, what's next due?",
  ("choice", [("if the ICPC made a CP plan: first core group", ("d", "2026-03-03", 10, "core1")),
              ("if the child was de-planned: first CIN meeting", ("d", "2026-03-03", 20, "cin20"))]))
R("indirect", "choice", "2026-12-21",
  "My report for the protection conference on Tuesday 5 January - when does it have to reach whoever's chairing?",
  ("choice", [("initial conference", ("wdb", "2027-01-05", 3, "chair_report")),
              ("review conference", ("db", "2027-01-05", 3, "rcpc_chair"))]))
R("newstarter", "choice", "2026-05-22",
  "Sorry, quick one - at 4pm today (Friday) my manager decided we need a strategy discussion. When does it have to happen by?",
  ("choice", [("24 hours (S47 section), read as the next calendar day", ("d", "2026-05-22", 1, "strat24")),
              ("1 working day after the management decision", ("wd", "2026-05-22", 1, "strat1"))]))
R("scenario", "choice", "2026-05-07",
  "Referral came in on 05/05/26 and I started the C&F assessment on 06/05/26. There's a baby sibling born 01/05. When's my assessment due?",
  ("choice", [("Team Leader review", ("wd", "2026-05-06", 15, "tl_review")),
              ("completion", ("d", "2026-05-06", 45, "ass45"))]))
R("typos", "choice", "2026-12-24", "visted foster carer today 24/12, when does it need to be on lcs",
  ("choice", [("foster carer visit record", ("wd", "2026-12-24", 3, "fcrecord")),
              ("general case recording", ("d", "2026-12-24", 3, "record3"))]))
R("indirect", "choice", "2026-08-25",
  "A little boy came into care and was placed with foster carers yesterday (Monday 24 August). By when should we have the meeting?",
  ("choice", [("placement meeting", ("wd", "2026-08-24", 3, "placemtg")),
              ("initial Looked After Review", ("wd", "2026-08-24", 20, "lacrev"))]))
R("manager", "choice", "2026-04-08", "First PLO meeting held 07/04/2026 - what's due off the back of it and by when?",
  ("choice", [("FGC referral / viability screening request", ("wd", "2026-04-07", 3, ["fgc", "viab"])),
              ("PLO minutes", ("d", "2026-04-07", 7, "plomin"))]))
R("duty", "choice", "2026-12-21", "kid on a plan, last seen at home 18/12, next visit due?",
  ("choice", [("CP plan", ("w", "2026-12-18", 4, "cpvisit")),
              ("CIN plan", ("w", "2026-12-18", 6, "cinvisit"))]))

# ---------------- None ----------------
R("indirect", "none", "2026-01-13",
  "After the first conference put the kids on plans yesterday (12/01), when does the follow-up conference have to be held?",
  ("none", "n_nextconf"))
R("duty", "none", "2026-03-11", "core grp was 10/03/26, next core group due?",
  ("none", ["n_core", "core1"]))
R("newstarter", "none", "2025-06-03",
  "How often should I be having supervision? My last one was on 2 June 2025, so when is my next one due?",
  ("none", "n_supervision"))
R("typos", "none", "2026-02-02", "first lac review was 20/1/26 when is the 2nd one due",
  ("none", "n_lacreview"))
R("indirect", "none", "2026-10-15",
  "Adoption became the agreed plan at our final care planning meeting yesterday, 14 October. What's the deadline for the meeting with the senior manager who decides whether she should be placed for adoption?",
  ("none", "n_shopba"))
R("manager", "none", "2027-01-06", "Level 3 contact received 05/01/2027 - what's the timescale for the Early Help Team Leader decision?",
  ("none", "n_eh"))
R("scenario", "none", "2026-09-14",
  "YP's pathway plan was started on 03/03/26 when she turned 15 and a half. Her last LAC review was 10/07/26. When does the pathway plan itself have to be reviewed next?",
  ("none", "n_pathway"))
R("indirect", "none", "2027-06-21",
  "The adopters have had her since March and I still need to do her memory book and the letter she'll read when she's older. When are those due?",
  ("none", "n_lifestory"))
R("duty", "none", "2026-02-04", "neglect case, GCP2 started 04/02/26, deadline to complete?",
  ("none", "n_gcp"))
