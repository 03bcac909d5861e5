"""Structured descriptions of every question. build.py turns them into questions.jsonl via oracle.py."""

# ---- verbatim phrases from practice-standards.txt (checked by check.py) ----
CONTACT = "required by a Team Leader within 1 working day"
INIT_DEC = "action required within 1 working day by social work Team Leader"
REFERRAL = "Referrals will be actioned by a social worker within 1 working day"
S47_SEEN = "will be seen by the Social Worker the same day"
S47_5 = "Within 5 days of the Section 47 being initiated"
ALLOC = "allocated to a social worker to complete a Child and Family Assessment within 3 working days"
TL_REVIEW = "All assessments will be reviewed by the Team Leader within 15 working days"
ASSESS_45 = "Assessments must all be completed within 45 days"
STRAT_1WD = "a strategy discussion is required, this must happen within 1 working day"
STRAT_24 = "A strategy discussion within 24 hours involving all relevant agencies"
TRANSFER = "notify the Neighbourhood Team via email, giving at least 5 days’ notice"
JOINT = "Within the 5 days’ notice period, the Children’s First Response Social Worker"
ICPC = "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion"
REPORT_FAMILY = "shared with family at least 3 the days prior to conference"
REPORT_CHAIR = "sent to the child protection chair 3 working days before the conference"
ADVOCATE = "if they are 12 or over they should be offered an advocate"
CORE = "held within 10 days of the conference"
CPVISIT = "Visits to a child subject to a CP plan will take place at least every 4 weeks"
CP_HOME = "A statutory CP visit must not be recorded on the child’s file unless the child was seen at home"
RCPC_PARENTS = "This report must be shared with parents at least 3 days prior to the review conference"
RCPC_CHAIR = "available to the conference chair at least 3 days prior to the review conference"
PTT = "subject to a plan for 12 months, a professional thinking time meeting"
PLO1 = "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter"
FGC = "Referral should be made within 3 working days of the first PLO meeting"
VIAB = "within 3 working days of the initial PLO meeting"
MINUTES = "distributed to parents and their legal representation within 7 days of the meeting"
PLO_REVIEW = "Review PLO meetings with parents to be held every 4-6 weeks"
RLPM = "A review legal planning meeting will be held at 12 weeks"
FURTHER4 = "In exceptional circumstances a further period of 4 weeks will be agreed in PLO"
GATEWAY16 = "a Legal Gateway meeting will be convened at 16 weeks"
CIN_DEPLAN = "set the first CIN meeting within 20 days"
CIN_TRANSFER = "the initial CIN meeting must take place within 10 days"
CIN_REVIEW = "CIN review meetings will be held at least every 6 weeks"
CIN_VISIT = "A child subject to a CIN plan will be seen at least every 6 weeks"
EMERG = "If it is an emergency / unplanned admission the assessment will be completed within 20 working days"
LAC_VISIT1 = "The child will be visited within 1 working day of coming into care or having a change in placement"
SEEN1 = "All looked after children will be seen within 1 working day of placement"
PLACEMENT_MTG = "The placement meeting will be held within 3 working days"
PLAN5 = "updated copy given to the carers within 5 working days of the placement beginning"
FAMILYTIME = "reviewed at least every 8 week until the plan for permanence is agreed"
PACK = "coming into care pack, children rights leaflet within 3 weeks"
LEGAL_STATUS = "informed of the child’s legal status within 5 working days"
IHA = "An initial health assessment will be requested and carried out within 20 working days"
PEP = "A PEP meeting will be arranged within the school within 20 days"
LAC_WEEKLY = "Statutory looked after visits must happen weekly until the first looked after review"
LAC_6 = "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised"
LAC_12 = "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement"
CAREPLAN = "An up to date care plan will be recorded on the electronic system within 10 days of placement"
LAR1 = "The initial Looked After Review must take place within 20 working days of the child becoming looked after"
PATHWAY = "A pathway plan will be started when the young person is 15 years 6 months"
IRO_REPORT = "this will be with the IRO 3 days before the review"
IRO_INFORMAL = "If the challenge is not resolved within 5 working days a formal dispute will be raised"
IRO_FORMAL = "should be completed from start to finish within 20 working days"
ADOPT6 = "If a child under the age of 6 enters PLO or proceedings"
ADOPT_WEEKLY = "Once the child is placed weekly statutory visits will take place until the first Looked After Review"
ADOPT_6W = "then visits will be a minimum of 6 weekly until the Adoption Order is Granted"
ADOPT10 = "in placement with the adopter for 10 weeks they can make an application for an Adoption Order"
FC_VISIT = "Trafford foster carers are visited at least once every six weeks"
FC_RECORD = "a record of this visit is recorded on LCS within 3 working days"
FC_UNANN = "will have an unannounced visit at least once every 12 months"
FC_ANNUAL = "All Trafford foster carers will have an annual review"
FC_DBS = "updated statutory references, medicals and DBS checks at least every three years"
FC_TRAINING = "must update their core training at least every three years"
VARIATION = "This can only be given for up to 6 working days"
TEMP16 = "Temporary approval is for 16 weeks but can be extended for a further 8 weeks"
RECORD3 = "any event or contact is recorded within 3 days"
SUMMARY = "A clear and concise case file summary which has been updated within the last 3 months"
ASSESS12 = "An up to date assessment (within the last 12 months) on each child"
# phrases for 'none' rows: the sentence that covers the topic but sets no date
N_NEXTCONF = "The child protection chair will set the date of the next conference"
N_CORE = "targets agreed and outcomes expected are reviewed at every core group"
N_SECONDLAR = "At the point of the second review (if not in proceedings) the child must have a permanency plan"
N_SUPERVISION = "monitored through supervision which takes place in line with the supervision policy"
N_SHOPBA = "This needs to take place after the area teams final care planning meeting"
N_ANNEXA = "The Social Worker will complete the Annex A suitability report for Court"
N_LATERLIFE = "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child"
N_IROCONTACT = "The IRO will contact the child between reviews"
N_PEPTERM = "subsequently reviewed within the statutory guidelines at least 1 per term"
N_FAMILYFOCUS = "a referral should be made to Family Focus by emailing the team"
N_SHOPBALETTER = "Parents will be sent a letter detailing the outcome of the SHOPBA signed by the ADM"

ROWS = []


def R(voice, kind, today, q, ops, phrases, amb=None):
    ROWS.append(dict(voice=voice, kind=kind, today=today, q=q, ops=ops,
                     phrases=phrases if isinstance(phrases, list) else [phrases], amb=amb))


# =============================== FRONT DOOR ===============================
R("indirect", "date", "2025-12-24",
  "A contact came in to the front door this afternoon. By when does a team leader have to have decided what we're doing with it?",
  ("wd", "today", 1), CONTACT)
R("typos", "date", "2026-04-02",
  "contact recieved 2.4.26 thurs, when does TL need to of made the decsion on it",
  ("wd", "2026-04-02", 1), CONTACT)
R("scenario", "date", "2026-05-05",
  "A neighbour rang First Response on Friday 1 May worried about a toddler left alone in the flat; the child's older sister had been seen by school on 28 April. Nothing else came in over the bank holiday weekend. By when should the team leader have screened it and recorded a decision?",
  ("wd", "2026-05-01", 1), CONTACT)
R("scenario", "date", "2027-03-25",
  "Contact came in to First Response this afternoon from a GP about a 2-year-old with a burn; mum says it happened last Sunday. It's the Thursday before Easter. When does the TL decision have to be made by?",
  ("wd", "today", 1), CONTACT)
R("indirect", "date", "2027-05-28",
  "Child protection level referral landed with us this morning. When does the social work team leader have to make the first call on what happens with it?",
  ("wd", "today", 1), INIT_DEC)
R("duty", "date", "2026-12-24",
  "ref in 24/12, SW to action by?",
  ("wd", "2026-12-24", 1), REFERRAL)
R("scenario", "date", "2025-04-17",
  "I'm on duty at First Response. A referral came in from school this morning (17th April) about a 9 year old turning up hungry and unwashed. His brother's birthday is on 20/04 and mum wants it all sorted before then. When does the referral have to be actioned by a social worker?",
  ("wd", "2025-04-17", 1), REFERRAL)
R("typos", "date", "2027-12-23",
  "refferal came in 23rd dec, when has it got to be actioned by a sw",
  ("wd", "2027-12-23", 1), REFERRAL)
R("newstarter", "date", "2026-01-02",
  "Hi, I've been told the referral that came in today is going to be a Section 47. Do I need to see the child today or do I have a few days?",
  ("same", "today"), S47_SEEN)
R("indirect", "date", "2025-05-02",
  "My manager has just agreed this one is going down the child protection enquiry route. By when do I need to have actually laid eyes on the kids?",
  ("same", "today"), S47_SEEN)
R("indirect", "date", "2026-03-30",
  "We opened the child protection enquiry today. When should I be sitting down with my manager to go over how it's going and agree next steps?",
  ("d", "today", 5), S47_5)
R("indirect", "date", "2027-05-29",
  "We started looking into the harm allegations under child protection yesterday. By what date should my manager and I have had our first proper talk about how the enquiry is going?",
  ("d", "yesterday", 5), S47_5)
R("scenario", "date", "2026-08-28",
  "Yesterday I started a Section 47 after a disclosure at the dentist. The child has a follow-up appointment on 3 September and the school term starts on the 2nd. When do I need to have had the progress conversation with my TL?",
  ("d", "yesterday", 5), S47_5)
R("indirect", "date", "2025-12-31",
  "A case came through needing a full assessment today. How long has the team got to get a worker assigned to it?",
  ("wd", "today", 3), ALLOC)
R("scenario", "date", "2026-05-22",
  "The decision for a C&F assessment was made at First Response today; the referral itself came in on the 20th. Half the team is off for half term the week after the bank holiday. When does the case have to be allocated to a worker by?",
  ("wd", "today", 3), ALLOC)
R("manager", "date", "2027-04-08",
  "Audit q: C&F assessment agreed 24/03/27, case allocated on LCS 31/03/27. Within timescale?",
  ("wd", "2027-03-24", 3), ALLOC)
R("scenario", "date", "2025-12-16",
  "I started an assessment on 15/12/25 for a family where the children's grandad has been staying since 1 December. My team leader is off from the 22nd until 5 January. When does the team leader review need to happen?",
  ("wd", "2025-12-15", 15), TL_REVIEW)
R("indirect", "date", "2026-03-25",
  "I began the family assessment on 25/03. When does my team leader need to have looked over it? I mean the check part-way through, not the final sign off.",
  ("wd", "2026-03-25", 15), TL_REVIEW)
R("scenario", "date", "2027-12-14",
  "Assessment on a family of three started yesterday. Dad's court date is 7 January and there's a CIN meeting on 20 December for the older sibling's open case. When is the team leader review of the assessment due?",
  ("wd", "yesterday", 15), TL_REVIEW)
R("scenario", "date", "2026-07-22",
  "I started the C&F assessment on 20 July, the week after the referral came in on the 14th. The family are away for the first two weeks of August. When does my TL need to have reviewed it by?",
  ("wd", "2026-07-20", 15), TL_REVIEW)
R("duty", "date", "2025-11-14",
  "c&f start 14/11/25, 45 day deadline?",
  ("d", "2025-11-14", 45), ASSESS_45)
R("indirect", "date", "2027-07-15",
  "The family assessment opened on 15th July. What's the absolute last day it has to be finished?",
  ("d", "2027-07-15", 45), ASSESS_45)
R("scenario", "date", "2026-11-12",
  "We got the referral on 9 November and the assessment started on 11 November after the strategy meeting. Mum's baby is due on 2 January. When does the assessment have to be completed?",
  ("d", "2026-11-11", 45), ASSESS_45,
  "A reader could count the 45 days from the referral (9 Nov, giving 24 Dec) rather than the assessment start.")
R("manager", "date", "2025-02-20",
  "C&F started 02/01/25 and was completed and authorised 17/02/25. Was it done within timescale?",
  ("d", "2025-01-02", 45), ASSESS_45)
R("newstarter", "date", "2027-01-05",
  "Sorry if this is a silly question - how long do I get to finish a Child and Family Assessment? Mine started yesterday.",
  ("d", "yesterday", 45), ASSESS_45)
R("duty", "date", "2025-06-10",
  "TL says strat needed, decision made today. latest it can happen?",
  ("wd", "today", 1), [STRAT_1WD, STRAT_24])
R("indirect", "date", "2026-10-14",
  "My manager decided this afternoon that we need the multi-agency meeting to plan the enquiries. When does that have to take place by?",
  ("wd", "today", 1), [STRAT_1WD, STRAT_24])
R("scenario", "date", "2027-02-01",
  "This morning my manager agreed we need a strategy discussion for a 4-year-old after a hospital visit on Saturday 30 January. Police have said they can't make it until Thursday. By when should the strat be held?",
  ("wd", "today", 1), [STRAT_1WD, STRAT_24])
R("newstarter", "date", "2026-05-01",
  "Hello, First Response are emailing our Neighbourhood Team today to say a case is coming to us at Child in Need. What's the earliest the transfer can happen, given the notice they have to give?",
  ("d", "today", 5), TRANSFER)
R("indirect", "date", "2025-12-19",
  "The duty team emailed the neighbourhood team on 19 Dec to say the family is coming over to them. By when do both workers need to have done the joint introductory visit at the home?",
  ("d", "2025-12-19", 5), [JOINT, TRANSFER],
  "The end of a 5-day notice period starting 19 Dec could be read as 23 Dec (the 5th day) rather than 24 Dec.")
R("scenario", "date", "2027-08-27",
  "The assessment was finished on 24/08 and recommends CIN. First Response sent the notice email to the neighbourhood team yesterday. The family go on holiday on 2 September. What's the soonest the case can move across?",
  ("d", "yesterday", 5), TRANSFER)

# =============================== S47 / ICPC ===============================
R("duty", "date", "2025-12-19",
  "strat was 19/12/25, when's the ICPC?",
  ("wd", "2025-12-19", 15), ICPC)
R("scenario", "date", "2026-03-23",
  "We held the initial strategy discussion on 20 March 2026 after the school raised concerns on the 18th. The family are going abroad for Easter from 2 April to 12 April. When's the latest date for the ICPC?",
  ("wd", "2026-03-20", 15), ICPC)
R("indirect", "date", "2026-12-16",
  "We had the multi-agency meeting that kicked off the enquiry on 16/12. If it goes to the big meeting where they decide on a protection plan, what's the latest that can be held?",
  ("wd", "2026-12-16", 15), ICPC)
R("scenario", "date", "2027-03-19",
  "The strategy discussion was on 17 March. We did the S47 visit on 18 March, and mum's 30th birthday is 1 April so she's asked us to avoid that day. Management decision is to go to conference. When's the ICPC due by?",
  ("wd", "2027-03-17", 15), ICPC)
R("manager", "date", "2025-05-21",
  "ICPC held 20/05/25, initial strat 25/04/25. Was that in timescale?",
  ("wd", "2025-04-25", 15), ICPC)
R("scenario", "date", "2026-08-06",
  "Initial strategy discussion was on Friday 31st July. The children's father is back from working abroad on 17 August and the S47 visits were finished yesterday. By when does the initial conference have to be held?",
  ("wd", "2026-07-31", 15), ICPC)
R("indirect", "date", "2027-12-13",
  "First strategy meeting for this family was on Friday just gone. The conference where they decide on a plan - by when?",
  ("wd", "last Fri", 15), ICPC)
R("scenario", "date", "2026-05-20",
  "Police and health joined the strat on 12 May. A second strategy meeting was held on 19 May after new information from the school nurse. When's the ICPC due?",
  ("wd", "2026-05-12", 15), ICPC)
R("scenario", "date", "2027-05-06",
  "The strategy discussion was held on Tuesday 4 May, the day after the bank holiday, and the S47 visit was today. The children's dad is in hospital until the 20th. When does the ICPC need to take place by?",
  ("wd", "2027-05-04", 15), ICPC)
R("indirect", "date", "2026-01-07",
  "The big meeting about whether the kids go on a plan is tomorrow and mum and dad still haven't had my report. What date should they have had it by?",
  ("db", "tomorrow", 3), REPORT_FAMILY)
R("typos", "date", "2025-04-14",
  "icpc is 24/4 when do parents need the report by",
  ("db", "2025-04-24", 3), REPORT_FAMILY)
R("duty", "date", "2026-03-30",
  "ICPC 09/04, report to chair by?",
  ("wdb", "2026-04-09", 3), REPORT_CHAIR)
R("indirect", "date", "2025-12-22",
  "The meeting deciding whether the kids need a protection plan is on 2 January. When does the chair need my signed-off report?",
  ("wdb", "2026-01-02", 3), REPORT_CHAIR)
R("manager", "date", "2027-06-02",
  "ICPC 01/06/27, SW report received by the chair 27/05/27. Was that in time?",
  ("wdb", "2027-06-01", 3), REPORT_CHAIR)
R("scenario", "date", "2025-08-20",
  "ICPC is booked for Thursday 28 August. My team leader is on leave until the 27th and the family are away from the 23rd. When does the report have to be with the chair, signed off?",
  ("wdb", "2025-08-28", 3), REPORT_CHAIR)

# ============================ CP PLANS ============================
R("indirect", "date", "2026-05-21",
  "The kids were put on plans at the meeting today. When does the first get-together of the professionals and family who'll be working the plan need to be?",
  ("d", "today", 10), CORE)
R("typos", "date", "2027-03-25",
  "icpc was wensday 24th march, 1st core group by when",
  ("d", "2027-03-24", 10), CORE)
R("indirect", "date", "2026-09-02",
  "The kids were put on child protection plans at the meeting yesterday. What's the latest the first follow-up meeting to put the detail on the plan can be?",
  ("d", "yesterday", 10), CORE)
R("scenario", "date", "2025-04-15",
  "Conference was yesterday and both children are now on CP plans under neglect. Dad starts a new job on 28 April and wants to attend. When do we need to hold the first core group?",
  ("d", "yesterday", 10), CORE)
R("indirect", "date", "2026-06-10",
  "The review of the kids' protection plan is on 15 June. When do mum and dad need to see my update?",
  ("db", "2026-06-15", 3), RCPC_PARENTS)
R("typos", "date", "2025-05-20",
  "rcpc on 29th may whens the report due to the chair",
  ("db", "2025-05-29", 3), RCPC_CHAIR)
R("newstarter", "date", "2026-10-21",
  "Could someone explain when the conference chair needs my report for a review child protection conference? It's on Friday 30 October.",
  ("db", "2026-10-30", 3), RCPC_CHAIR)
R("indirect", "date", "2026-01-26",
  "Child has been on a protection plan since 3 Feb 2025 and things aren't moving. When do we hit the point where we should hold the meeting about working with the family differently?",
  ("m", "2025-02-03", 12), PTT)
R("scenario", "date", "2027-11-16",
  "Twins went on CP plans at ICPC on 30/11/26. The RCPC was on 25/05/27 and the next is on 23/11/27. Progress is poor. When do they reach 12 months on a plan for the professional thinking time meeting?",
  ("m", "2026-11-30", 12), PTT)

# =============================== PLO ===============================
R("indirect", "date", "2026-03-27",
  "The letter starting pre-proceedings went out today. When do we have to have met the parents and their solicitor?",
  ("d", "today", 10), PLO1)
R("scenario", "date", "2027-02-05",
  "The pre-proceedings letter is dated 1 February 2027, though the parents say it only arrived on the 4th. Mum's solicitor is on leave from 8 to 12 February. When does the first PLO meeting have to be held by?",
  ("d", "2027-02-01", 10), PLO1)
R("typos", "date", "2026-08-21",
  "plo leter dated 21st aug, when does 1st meeting need to be",
  ("d", "2026-08-21", 10), PLO1)
R("scenario", "date", "2025-10-03",
  "Legal Gateway agreed PLO on 29 September and the letter went out dated 3 October. Mum says her solicitor is away until 20 October. When does the first PLO meeting need to be held?",
  ("d", "2025-10-03", 10), PLO1)
R("indirect", "date", "2026-05-01",
  "We had our first pre-proceedings meeting with the parents today and they've agreed to a family meeting to look at wider family support. When does the referral for that need to go in?",
  ("wd", "today", 3), FGC)
R("newstarter", "date", "2027-12-22",
  "Hi - the first PLO meeting was today and the parents consented to a Family Group Conference. When do I need to make the referral?",
  ("wd", "today", 3), FGC)
R("duty", "date", "2025-04-16",
  "initial PLO mtg 16/4, gran identified, viability request to FPT by?",
  ("wd", "2025-04-16", 3), VIAB)
R("indirect", "date", "2026-12-23",
  "At the first pre-proceedings meeting today the aunt was put forward as someone who could care for the children. When does the screening request need to be with the placements team?",
  ("wd", "today", 3), VIAB)
R("manager", "date", "2027-06-03",
  "Initial PLO meeting 26/05/27; viability screening request sent to Family Placement 01/06/27. Within timescale?",
  ("wd", "2027-05-26", 3), VIAB)
R("typos", "date", "2025-12-30",
  "plo mtg was 29/12 when do the minutes have to go to parents + there solicitor",
  ("d", "2025-12-29", 7), MINUTES)
R("indirect", "date", "2026-07-08",
  "When does the write-up of yesterday's pre-proceedings meeting need to be with mum and her solicitor?",
  ("d", "yesterday", 7), MINUTES)
R("scenario", "date", "2027-04-05",
  "We had a review PLO meeting on 1 April (the first one was 4 March). Dad's solicitor is chasing the notes and the next review is planned for early May. By when should the minutes go out?",
  ("d", "2027-04-01", 7), MINUTES)
R("duty", "date", "2026-01-13",
  "first PLO mtg 12/01/26, 12 wk review legal planning mtg when?",
  ("w", "2026-01-12", 12), RLPM,
  "The standard does not say what the 12 weeks run from; counting from the PLO letter date instead of the first meeting would give a different date.")
R("indirect", "date", "2025-06-02",
  "Pre-proceedings started with the letter dated 2 June. When is the review where the council's solicitor comes along to look at whether we still need to go to court?",
  ("w", "2025-06-02", 12), RLPM,
  "The standard does not say what the 12 weeks run from; a reader could count from the first PLO meeting rather than the letter.")
R("scenario", "date", "2026-11-23",
  "We had the 12-week review legal planning meeting today and threshold is still met, but exceptional circumstances were agreed because dad has just started a residential rehab programme. The extra time in PLO runs until when?",
  ("w", "today", 4), FURTHER4)
R("newstarter", "date", "2027-02-09",
  "Hello, my case entered PLO on 8 February (the date on the letter). If it is still in PLO, when would the Legal Gateway meeting be?",
  ("w", "2027-02-08", 16), GATEWAY16,
  "The standard does not say what the 16 weeks run from; counting from the first PLO meeting would give a later date.")
R("manager", "date", "2025-09-02",
  "PLO letter 05/05/25, case still in PLO, Legal Gateway held 01/09/25. On time for the 16 weeks?",
  ("w", "2025-05-05", 16), GATEWAY16,
  "The standard does not say what the 16 weeks run from; counting from the first PLO meeting would give a later deadline.")

# =============================== CIN ===============================
R("indirect", "date", "2025-12-10",
  "At today's review conference the kids came off their protection plans and are moving to a support plan. When should the first meeting under that plan be?",
  ("d", "today", 20), CIN_DEPLAN)
R("typos", "date", "2026-03-17",
  "deplanned at rcpc 16/3/26, 1st cin meeting by",
  ("d", "2026-03-16", 20), CIN_DEPLAN)
R("scenario", "date", "2027-07-05",
  "At the RCPC on 2 July 2027 the chair agreed to take the children off their CP plans and step down to CIN. The older child has a CAMHS appointment on 15 July and school breaks up on the 21st. By when must the first CIN meeting be?",
  ("d", "2027-07-02", 20), CIN_DEPLAN)
R("duty", "date", "2026-12-18",
  "case transferred from CFR 18/12, initial CIN mtg by?",
  ("d", "2026-12-18", 10), CIN_TRANSFER)
R("scenario", "date", "2025-08-18",
  "The case came over to our team from First Response on 15 August, after the C&F assessment was completed on 11 August. Mum is away 22-26 August. When does the initial CIN meeting have to be?",
  ("d", "2025-08-15", 10), CIN_TRANSFER)
# ========================== CHILDREN IN CARE ==========================
R("indirect", "date", "2025-12-19",
  "A child had to come into care in an emergency tonight and the last assessment is out of date. When does the assessment of her needs have to be finished?",
  ("wd", "today", 20), EMERG)
R("scenario", "date", "2027-03-26",
  "A 13-year-old came into care as an emergency yesterday after mum was arrested; her last assessment was done in 2024. There's a court hearing on 9 April. When does the new assessment need completing?",
  ("wd", "yesterday", 20), EMERG)
R("typos", "date", "2026-12-24",
  "placement changed 24/12 when do i need to vist",
  ("wd", "2026-12-24", 1), [LAC_VISIT1, SEEN1])
R("indirect", "date", "2025-05-23",
  "Young person moved to a new foster home today (Friday). When's the latest I can go and see him there?",
  ("wd", "today", 1), [LAC_VISIT1, SEEN1])
R("manager", "date", "2026-09-03",
  "Child became looked after Fri 28/08/26, first visit 01/09/26. Was that in time?",
  ("wd", "2026-08-28", 1), [LAC_VISIT1, SEEN1])
R("duty", "date", "2026-04-01",
  "placed 01/04/26, placement mtg by?",
  ("wd", "2026-04-01", 3), PLACEMENT_MTG)
R("indirect", "date", "2027-08-27",
  "Child moved in with the new carers today. When do we need to sit down with them to agree what they can sign off day to day?",
  ("wd", "today", 3), PLACEMENT_MTG)
R("scenario", "date", "2025-12-23",
  "Emergency placement made yesterday after police protection on the 21st. The carers go away on 2 January. When must the placement meeting be held?",
  ("wd", "yesterday", 3), PLACEMENT_MTG)
R("indirect", "date", "2026-05-22",
  "Child settled in with the foster family today. When do the carers need the updated version of the document that sets out how they'll look after her?",
  ("wd", "today", 5), PLAN5)
R("manager", "date", "2028-01-04",
  "Placement began 20/12/27, updated placement plan given to carers 30/12/27. In timescale?",
  ("wd", "2027-12-20", 5), PLAN5)
R("indirect", "date", "2026-01-06",
  "When does a lad who's just come into our care need his welcome pack and the leaflet about his rights? He came in today.",
  ("w", "today", 3), PACK)
R("typos", "date", "2025-12-12",
  "yp came in2 care 12/12/25, whens the care pack + rights leaflet due",
  ("w", "2025-12-12", 3), PACK)
R("indirect", "date", "2027-05-27",
  "Child became looked after today. When must everyone else working with her be told about her new legal position?",
  ("wd", "today", 5), LEGAL_STATUS)
R("typos", "date", "2026-12-08",
  "came into care 7/12/26 when does the IHA have to be done by",
  ("wd", "2026-12-07", 20), IHA)
R("indirect", "date", "2025-08-12",
  "New child in care since 11 August - what's the deadline for her first health check with the doctor?",
  ("wd", "2025-08-11", 20), IHA)
R("scenario", "date", "2027-03-16",
  "Two siblings came into care yesterday. The younger one already has a paediatric appointment booked for 20 April. When does the initial health assessment need to be done?",
  ("wd", "yesterday", 20), IHA)
R("newstarter", "date", "2026-02-10",
  "Hi, a Year 5 pupil came into care today. When should the PEP meeting at school be arranged by?",
  ("d", "today", 20), PEP)
R("indirect", "date", "2025-07-21",
  "When does the education planning meeting at school need to happen for a girl who came into care on the 18th?",
  ("d", "2025-07-18", 20), PEP)
R("indirect", "date", "2026-04-07",
  "Placement started on Good Friday. By when does the plan that sets out his needs, outcomes and services have to be on the system?",
  ("d", "2026-04-03", 10), CAREPLAN)
R("scenario", "date", "2026-04-01",
  "A 7-year-old became looked after yesterday (31 March) when her grandmother could no longer care for her; she'd lived with gran since 2023. The court hearing is on 28 April. When is the initial Looked After Review due?",
  ("wd", "yesterday", 20), LAR1)
R("indirect", "date", "2027-04-30",
  "She came into our care today. When's the first meeting with her reviewing officer to look at her plan due?",
  ("wd", "today", 20), LAR1)
R("manager", "date", "2026-09-25",
  "Child LAC from 10/08/26, initial LAR held 09/09/26. Within timescale?",
  ("wd", "2026-08-10", 20), LAR1)
R("scenario", "date", "2025-05-16",
  "Child was accommodated under s20 on 1 May 2025 and then moved to a new placement on 14 May. There's a court hearing on 28 May. When's the initial looked after review due?",
  ("wd", "2025-05-01", 20), LAR1)
R("indirect", "date", "2026-05-20",
  "Looked after review is on 26 May. When does my written report need to be with the reviewing officer?",
  ("db", "2026-05-26", 3), IRO_REPORT)
# =============================== IRO ===============================
R("indirect", "date", "2026-12-21",
  "Our reviewing officer flagged drift on the plan informally today. How long have we got to sort it before it turns into a formal dispute?",
  ("wd", "today", 5), IRO_INFORMAL)
R("manager", "date", "2025-05-02",
  "IRO informal challenge raised 24/04/25 and still not resolved. On what date should it have gone to formal dispute?",
  ("wd", "2025-04-24", 5), IRO_INFORMAL)
R("newstarter", "date", "2027-03-19",
  "Hi, the IRO started the formal dispute resolution process on my case today. How long does that process have to be completed in?",
  ("wd", "today", 20), IRO_FORMAL)
# ============================ ADOPTION / FOSTERING ============================
R("indirect", "date", "2026-02-16",
  "Little one moved in with the family who want to adopt him on 16 February. From what date can they apply to court to make it permanent?",
  ("w", "2026-02-16", 10), ADOPT10)
R("scenario", "date", "2027-06-08",
  "Matching panel was 20 May, introductions started 31 May and the child moved in with the adopters yesterday. When can they apply for the Adoption Order?",
  ("w", "yesterday", 10), ADOPT10)
R("duty", "date", "2025-12-23",
  "FC sup visit 23/12, record on LCS by?",
  ("wd", "2025-12-23", 3), FC_RECORD)
R("indirect", "date", "2026-08-27",
  "I saw my foster carers at their home today. When does the write-up of the visit need to be on the system?",
  ("wd", "today", 3), FC_RECORD)
R("scenario", "date", "2026-04-01",
  "We placed a 14-year-old with carers approved for 0-10s today, with the Strategic Lead's permission for a variation. Mum's family time is on 10 April. How long can the variation last - until when?",
  ("wd", "today", 6), VARIATION)
R("indirect", "date", "2027-12-23",
  "Our carers are looking after a child outside the ages they're approved for, from today. Until what date can that permission run?",
  ("wd", "today", 6), VARIATION)
R("duty", "date", "2026-06-15",
  "reg 24 temp approval gran from 15/06/26, expires?",
  ("w", "2026-06-15", 16), TEMP16)
R("manager", "date", "2025-11-20",
  "Connected person temporarily approved 03/03/25, 8-week extension agreed; full approval at panel 17/10/25. Was that within the maximum temporary approval period?",
  ("w", "2025-03-03", 24), TEMP16)
R("indirect", "date", "2027-01-11",
  "Auntie got the temporary OK to foster her nephew today. If she needs longer, what's the furthest date it can be stretched to?",
  ("w", "today", 24), TEMP16)

# ============================ CASE RECORDING ============================
R("indirect", "date", "2026-05-29",
  "Spoke to the child's grandad on the phone today. When must I have it written up on her file?",
  ("d", "today", 3), RECORD3)
R("newstarter", "date", "2027-08-27",
  "Hello, how long do I have to type up a contact with a family? I met them today.",
  ("d", "today", 3), RECORD3)

# ================================ VISITS ================================
R("duty", "visits", "2025-12-30",
  "CP visit last 08/12/25, next due?",
  ("w", "2025-12-08", 4), CPVISIT)
R("indirect", "visits", "2025-03-20",
  "Last saw the little boy on the protection plan at home last Monday. When's my next home visit due at the latest?",
  ("w", "last Mon", 4), CPVISIT)
R("scenario", "visits", "2027-12-13",
  "Child on a CP plan, seen at home and alone on 29/11/27. I also saw her at school on 10/12 but not at home. When is the next statutory CP visit due?",
  ("w", "2027-11-29", 4), [CPVISIT, CP_HOME])
R("manager", "visits", "2026-06-30",
  "CP visits on this file: 02/04/26, 28/04/26, 29/05/26. Was the last gap within the standard?",
  ("w", "2026-04-28", 4), CPVISIT)
R("typos", "visits", "2026-03-23",
  "cin visit lst done 16/2, next one by",
  ("w", "2026-02-16", 6), CIN_VISIT)
R("indirect", "visits", "2027-04-28",
  "Family on a support plan, not a protection one. I last saw the kids at home on Tues 23rd March. How long can I leave it before the next visit?",
  ("w", "2027-03-23", 6), CIN_VISIT)
R("scenario", "visits", "2025-10-14",
  "The last CIN review meeting was held at school on 8 September 2025. We had a professionals' meeting on 1 October as well. When is the next CIN review meeting due?",
  ("w", "2025-09-08", 6), CIN_REVIEW)
R("indirect", "visits", "2026-01-14",
  "Boy came into care on 2 January and I visited him yesterday. His first review isn't until the end of the month. When's my next visit due?",
  ("w", "yesterday", 1), LAC_WEEKLY)
R("duty", "visits", "2025-08-26",
  "LAC, 1st review done, no perm plan yet, last visit 18/07/25, next stat visit?",
  ("w", "2025-07-18", 6), LAC_6)
R("manager", "visits", "2026-12-15",
  "Looked after child, past first review, permanence plan not yet finalised. Visits on 14/09/26 and 30/10/26. In timescale?",
  ("w", "2026-09-14", 6), LAC_6)
R("scenario", "visits", "2027-09-01",
  "Young person has been in a permanent placement with the same carers since March 2025 and is settled, so visits have moved to 12-weekly. The last visit was on the August bank holiday Monday. When is the next one due?",
  ("w", "2027-08-30", 12), LAC_12)
R("indirect", "visits", "2026-05-27",
  "Child moved in with her adopters on 7 May and no review has happened yet. I last saw her last Thursday. When do I go next?",
  ("w", "last Thu", 1), ADOPT_WEEKLY)
R("newstarter", "visits", "2025-11-24",
  "Hello - the first Looked After Review since the child moved in with her adoptive family has happened. My last visit was 10 November. When is the next one due? The Adoption Order hasn't been granted yet.",
  ("w", "2025-11-10", 6), ADOPT_6W)
R("indirect", "visits", "2027-10-05",
  "When do I next need to see my foster carers? Last time I went round was on 30 August.",
  ("w", "2027-08-30", 6), FC_VISIT)
R("manager", "visits", "2027-02-01",
  "Foster carer's last unannounced visit was 15/01/26, none since. From when was the next one overdue?",
  ("m", "2026-01-15", 12), FC_UNANN)
R("typos", "visits", "2025-12-02",
  "foster carers anual review was 12/12/24 when is the next one due",
  ("m", "2024-12-12", 12), FC_ANNUAL)
R("scenario", "visits", "2026-07-10",
  "Carer approved in 2019. Her DBS, medical and references were last updated on 31 July 2023, and she had a complaint made against her this year. When are the DBS and references due to be renewed?",
  ("y", "2023-07-31", 3), FC_DBS)
R("indirect", "visits", "2025-02-24",
  "When should the arrangements for the kids seeing mum and dad be looked at again? We last reviewed them on 6 January and there's no permanence plan agreed yet.",
  ("w", "2025-01-06", 8), FAMILYTIME)
R("newstarter", "visits", "2026-12-09",
  "Hi, when does my case summary need updating? It was last updated on 30 September 2026.",
  ("m", "2026-09-30", 3), SUMMARY)
R("indirect", "visits", "2027-11-22",
  "On an open case, the child's last full assessment was signed off by the manager on 30/11/26. By when do we need a fresh one?",
  ("m", "2026-11-30", 12), ASSESS12)
R("scenario", "visits", "2025-11-17",
  "The family are in pre-proceedings. The first PLO meeting was in September and the last review PLO meeting with the parents was on 10 November. What is the latest the next review PLO meeting can be?",
  ("w", "2025-11-10", 6), PLO_REVIEW,
  "The standard gives a 4-6 week range; a reader could answer with the 4-week point (8 Dec) as the target rather than the 6-week latest.")

# ================================ AGES ================================
R("indirect", "age", "2026-09-10",
  "Lad on a protection plan was born 14 October 2014. When does he become old enough that we have to offer him someone to help him have his say at conference?",
  ("age", "2014-10-14", 12, 0), ADVOCATE)
R("typos", "age", "2025-10-01",
  "child dob 29/02/2016 when does she turn 12 for the advocate thing",
  ("age", "2016-02-29", 12, 0), ADVOCATE)
R("newstarter", "age", "2027-01-10",
  "Hi, a young person in care was born on 3 August 2011. When should her pathway plan be started?",
  ("age", "2011-08-03", 15, 6), PATHWAY)
R("duty", "age", "2026-06-01",
  "YP DOB 31/12/2010, pathway plan start date?",
  ("age", "2010-12-31", 15, 6), PATHWAY,
  "31 Dec + 15 years 6 months falls on a non-existent 31 June; a reader could say 1 July instead of 30 June.")
R("scenario", "age", "2025-11-05",
  "A boy in a long-term placement was born on 19 May 2010. He came into care on 4 March 2019 and his next LAC review is on 20 November 2025. When does his pathway plan need to be started?",
  ("age", "2010-05-19", 15, 6), PATHWAY)
R("indirect", "age", "2026-02-20",
  "Little girl born 29/02/2020 and we may be heading into pre-proceedings. From what date is she too old for the rule where young children going into PLO get their own adoption worker and family finder?",
  ("age", "2020-02-29", 6, 0), ADOPT6)
R("manager", "age", "2027-07-20",
  "Child DOB 12/06/2021 entered PLO 14/07/27; no adoption SW allocated. When did she stop being under 6 for that rule?",
  ("age", "2021-06-12", 6, 0), ADOPT6)
R("newstarter", "age", "2026-11-18",
  "Hello, I have an 11-year-old on a CP plan, born 7th January 2015. When will he be 12, so I know when to offer him an advocate for conference?",
  ("age", "2015-01-07", 12, 0), ADVOCATE)
R("typos", "age", "2027-09-14",
  "yp dob 15.3.12 when does pathway plan start",
  ("age", "2012-03-15", 15, 6), PATHWAY)

# ================================ CHOICE ================================
R("duty", "choice", "2025-12-17",
  "C&F started today 17/12, when's it due?",
  [("wd", "2025-12-17", 15), ("d", "2025-12-17", 45)], [TL_REVIEW, ASSESS_45])
R("indirect", "choice", "2026-03-25",
  "The conference that decides on protection plans is on Tuesday 7 April. When does my report have to go out?",
  [("wdb", "2026-04-07", 3), ("db", "2026-04-07", 3)], [REPORT_CHAIR, REPORT_FAMILY])
R("scenario", "choice", "2027-07-20",
  "Nan was temporarily approved as a connected carer yesterday after the baby was placed with her. The fostering panel date isn't until November. When does her temporary approval end?",
  [("w", "yesterday", 16), ("w", "yesterday", 24)], TEMP16)
R("newstarter", "choice", "2025-12-18",
  "Hi, the IRO has raised a challenge about drift on my case today. How long do we have to resolve it?",
  [("wd", "today", 5), ("wd", "today", 20)], [IRO_INFORMAL, IRO_FORMAL])
R("typos", "choice", "2027-08-02",
  "placed 2/8/27 when does the plan need doin",
  [("wd", "2027-08-02", 5), ("d", "2027-08-02", 10)], [PLAN5, CAREPLAN])
R("indirect", "choice", "2026-10-16",
  "Went round to see my foster carers today. What's my next deadline on this?",
  [("wd", "today", 3), ("w", "today", 6)], [FC_RECORD, FC_VISIT])
R("duty", "choice", "2025-05-06",
  "ICPC 6/5/25, whats next due?",
  [("d", "2025-05-06", 10), ("w", "2025-05-06", 4)], [CORE, CPVISIT])
R("newstarter", "choice", "2027-12-15",
  "Hello, after the first PLO meeting (held today) I need to make a referral - when is it due?",
  [("wd", "today", 3), ("wd", "today", 3)], [FGC, VIAB])
R("manager", "choice", "2026-11-10",
  "Manager decided a strat was needed at 4pm Fri 06/11/26; strat held Mon 09/11/26 at 10am. In timescale?",
  [("h24", "2026-11-06"), ("wd", "2026-11-06", 1)], [STRAT_24, STRAT_1WD])

# ================================ NONE ================================
R("indirect", "none", "2026-01-21",
  "The kids went on protection plans at the first conference yesterday. When does the next big review conference have to be?",
  None, N_NEXTCONF)
R("duty", "none", "2025-09-15",
  "1st core group done 12/09, how often after that?",
  None, N_CORE)
R("newstarter", "none", "2027-06-15",
  "Hi, the child's first Looked After Review was on 10 June. When does the second review need to be?",
  None, N_SECONDLAR)
R("typos", "none", "2026-02-03",
  "how often am i ment to get supervision, last one was 20/1",
  None, N_SUPERVISION)
R("scenario", "none", "2025-07-08",
  "The final care planning meeting agreed adoption as the plan yesterday, and the IRH is listed for 15 September. By what date does the SHOPBA have to be held?",
  None, N_SHOPBA)
R("indirect", "none", "2026-09-09",
  "The adopters have now applied for the order. When does my suitability report for the court have to be in?",
  None, N_ANNEXA)
R("manager", "none", "2027-04-20",
  "Later life letter for a child placed for adoption 01/02/27 not done yet. What's the deadline in the standards?",
  None, N_LATERLIFE)
R("newstarter", "none", "2025-10-20",
  "Hello, how often should the IRO be in touch with a child between their reviews?",
  None, N_IROCONTACT)
R("scenario", "none", "2027-01-18",
  "A 15-year-old is on the edge of care after a family breakdown at the weekend; her older brother's court date is 1 February. My manager agreed a Family Focus referral today. Is there a deadline for sending it?",
  None, N_FAMILYFOCUS)
R("indirect", "none", "2026-03-11",
  "The SHOPBA decision was made on 9 March. When do the parents need to get the letter telling them the outcome?",
  None, N_SHOPBALETTER)
