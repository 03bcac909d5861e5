# Structured row descriptions for oracle.py. Dates in `op` are the event the
# question counts from (ISO, or a relative expression read against `today`).

# ---- verbatim phrases from /work/shared/source/practice-standards.txt ----
P_CONTACT = "decisions made by what action are required by a Team Leader within 1 working day"
P_INIT_DEC = "Initial decisions will be made about the action required within 1 working day by social work Team Leader"
P_REFERRAL = "Referrals will be actioned by a social worker within 1 working day"
P_S47_SEEN = "the child / children will be seen by the Social Worker the same day"
P_S47_5 = "Within 5 days of the Section 47 being initiated"
P_ALLOC = "allocated to a social worker to complete a Child and Family Assessment within 3 working days"
P_TLREVIEW = "All assessments will be reviewed by the Team Leader within 15 working days"
P_45 = "Assessments must all be completed within 45 days"
P_STRAT = "a strategy discussion is required, this must happen within 1 working day"
P_STRAT24 = "A strategy discussion within 24 hours involving all relevant agencies is undertaken"
P_NOTICE = "will notify the Neighbourhood Team via email, giving at least 5 days’ notice"
P_JOINT = "Within the 5 days’ notice period, the Children’s First Response Social Worker and the allocated Neighbourhood Team Social Worker will complete a joint visit"
P_ICPC = "the Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion"
P_FAMREP = "The report will be shared with family at least 3 the days prior to conference"
P_CHAIRREP = "The report will be sent to the child protection chair 3 working days before the conference"
P_ADVOC = "if they are 12 or over they should be offered an advocate"
P_NEXTCONF = "The child protection chair will set the date of the next conference"
P_CG = "held within 10 days of the conference and is used to put detail on the outline CP plan"
P_CPVISIT = "Visits to a child subject to a CP plan will take place at least every 4 weeks"
P_CGREV = "reviewed at every core group and progress recorded"
P_RCPC_PAR = "This report must be shared with parents at least 3 days prior to the review conference"
P_RCPC_CHAIR = "The report will be available to the conference chair at least 3 days prior to the review conference"
P_12M = "when they have been subject to a plan for 12 months"
P_PLO1 = "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter"
P_FGC = "Referral should be made within 3 working days of the first PLO meeting"
P_VIAB = "Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting"
P_MIN = "distributed to parents and their legal representation within 7 days of the meeting"
P_PLOREV = "Review PLO meetings with parents to be held every 4-6 weeks"
P_LPM = "A review legal planning meeting will be held at 12 weeks"
P_EXT = "In exceptional circumstances a further period of 4 weeks will be agreed in PLO"
P_GATE = "a Legal Gateway meeting will be convened at 16 weeks"
P_CIN_DEPLAN = "will set the first CIN meeting within 20 days"
P_CIN_TRANS = "the initial CIN meeting must take place within 10 days"
P_CIN_REV = "CIN review meetings will be held at least every 6 weeks"
P_CIN_VISIT = "A child subject to a CIN plan will be seen at least every 6 weeks"
P_SUPERV = "monitored through supervision which takes place in line with the supervision policy"
P_EMERG = "If it is an emergency / unplanned admission the assessment will be completed within 20 working days"
P_LAC_VISIT1 = "The child will be visited within 1 working day of coming into care or having a change in placement"
P_LAC_SEEN = "All looked after children will be seen within 1 working day of placement"
P_PLMEET = "The placement meeting will be held within 3 working days"
P_PLPLAN = "an updated copy given to the carers within 5 working days of the placement beginning"
P_MISSING = "The risk of going missing and child sexual exploitation will be considered and risk assessed"
P_FT = "reviewed at least every 8 week until the plan for permanence is agreed"
P_PACK = "The child will be provided with a coming into care pack, children rights leaflet within 3 weeks"
P_LEGAL = "All other professionals involved with the child will be informed of the child’s legal status within 5 working days"
P_IHA = "An initial health assessment will be requested and carried out within 20 working days"
P_PEP = "A PEP meeting will be arranged within the school within 20 days"
P_PEPTERM = "subsequently reviewed within the statutory guidelines at least 1 per term"
P_STATV = "Statutory looked after visits must happen weekly until the first looked after review"
P_STATV6 = "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised"
P_STATV12 = "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement"
P_CAREPLAN = "An up to date care plan will be recorded on the electronic system within 10 days of placement"
P_ILAC = "The initial Looked After Review must take place within 20 working days of the child becoming looked after"
P_SECONDREV = "At the point of the second review (if not in proceedings)"
P_NEWLAC = "a new LAC review will be set in accordance with the timescales"
P_PATH = "A pathway plan will be started when the young person is 15 years 6 months"
P_IROREP = "this will be with the IRO 3 days before the review"
P_IRO5 = "If the challenge is not resolved within 5 working days a formal dispute will be raised"
P_IRO20 = "The formal dispute resolution process should be completed from start to finish within 20 working days"
P_ADOPT6 = "If a child under the age of 6 enters PLO or proceedings"
P_SHOPBA = "This needs to take place after the area teams final care planning meeting"
P_ADV = "Once the child is placed weekly statutory visits will take place until the first Looked After Review"
P_ADV6 = "then visits will be a minimum of 6 weekly until the Adoption Order is Granted"
P_LIFE = "The Adoption Social Worker will complete Lifestory book and a Later Life Letter"
P_AO = "Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order"
P_FCV = "Trafford foster carers are visited at least once every six weeks"
P_FCREC = "a record of this visit is recorded on LCS within 3 working days"
P_UNANN = "will have an unannounced visit at least once every 12 months"
P_PANEL = "Every foster carer will have an annual review presented to the Fostering Panel at least every three years"
P_DBS = "All foster carers will have updated statutory references, medicals and DBS checks at least every three years"
P_TRAIN = "All Trafford foster carers must update their core training at least every three years"
P_VAR = "This can only be given for up to 6 working days"
P_TEMP = "Temporary approval is for 16 weeks but can be extended for a further 8 weeks"
P_REC = "any event or contact is recorded within 3 days"
P_SUMM = "A clear and concise case file summary which has been updated within the last 3 months"
P_ASSESS12 = "An up to date assessment (within the last 12 months) on each child"
P_STRATREC = "the plan for the enquiries and decisions recorded and a record sent to all participating professionals"

ROWS = []


def R(voice, kind, today, q, op=None, ph=None, label="", amb=None, actual=None, ops=None, why=None):
    ROWS.append(dict(voice=voice, kind=kind, today=today, q=q, op=op, ph=ph, label=label,
                     amb=amb, actual=actual, ops=ops, why=why))


D, V, A, C, N = "date", "visits", "age", "choice", "none"
AMB_ALLOC = ("The standard does not say what the 3 working days run from; counting from the referral "
             "rather than the decision that an assessment is needed could move the date.")
AMB_45 = ("The standards say 45 days, which the convention reads as calendar days; statutory guidance "
          "(Working Together) uses 45 working days, which would give a much later date.")
AMB_PLO_START = ("The standards do not say what the 12/16 weeks run from; counting from the first PLO "
                 "meeting or the Legal Gateway decision instead of the PLO letter date would move it.")

# ================= Front Door =================
R("duty", D, "2025-12-24", "contact in 24/12/25 from school re bruise, TL decision by when?",
  ("wd", "2025-12-24", 1), [P_CONTACT], "Front Door contact decision")
R("typos", D, "2026-04-03",
  "contcat came in today good friday 3/4/26 via EDT, when does the TL hav to make the decsion on what action by",
  ("wd", "2026-04-03", 1), [P_CONTACT], "Front Door contact decision",
  amb="Contact received on a bank holiday: if it is treated as received on the next working day (Tue 7 Apr), the decision would be due Wed 8 Apr.")
R("indirect", D, "2026-05-22",
  "A worried neighbour rang us today (Fri 22/5/26) about a toddler left on his own. How long before a manager has to decide what we're doing with the call?",
  ("wd", "2026-05-22", 1), [P_CONTACT], "Front Door contact decision")
R("newstarter", D, "2025-08-22",
  "Hi, sorry if this is a silly question - a referral came in at Child Protection level today, Friday 22 August 2025. By when should the social work Team Leader make the initial decision about what action is needed?",
  ("wd", "2025-08-22", 1), [P_INIT_DEC], "Level 4/5 initial decision")
R("manager", D, "2026-01-12",
  "Level 4 referral received Wed 31/12/25, TL initial decision recorded 05/01/26. Was that in timescale?",
  ("wd", "2025-12-31", 1), [P_INIT_DEC], "Level 4/5 initial decision", actual="2026-01-05")
R("scenario", D, "2025-05-01",
  "Got a referral this morning for a 9 year old (DOB 14/02/2016) that's come through at CIN level. School also mentioned a review meeting they've got on 12/05. It landed today, Thurs 1st May 2025 - when's the deadline for the TL's initial decision?",
  ("wd", "2025-05-01", 1), [P_INIT_DEC], "Level 4/5 initial decision")
R("scenario", D, "2025-12-19",
  "Health visitor's referral about baby's weight came in to us today, Fri 19/12. There's a paediatric appointment booked for 06/01 and the baby was born 02/10/25. When does a social worker need to have actioned it by?",
  ("wd", "2025-12-19", 1), [P_REFERRAL], "Referral actioned by SW")
R("typos", D, "2026-12-24", "refferal came in 24th dec, when has it got to be actioned by a sw",
  ("wd", "2026-12-24", 1), [P_REFERRAL], "Referral actioned by SW")
R("manager", D, "2027-04-06",
  "Referral received Thu 25/03/27, SW actioned it Tue 30/03/27 - in timescale?",
  ("wd", "2027-03-25", 1), [P_REFERRAL], "Referral actioned by SW", actual="2027-03-30")
R("newstarter", D, "2027-02-17",
  "If a referral comes in today for a Section 47 enquiry, by when does the child need to be seen by the social worker?",
  ("same", "today"), [P_S47_SEEN], "S47 child seen")
R("indirect", D, "2026-11-02",
  "We've just agreed this morning (Mon 2/11/26) to start a child protection investigation into how the baby got the fracture. What's the latest I can see the children?",
  ("same", "2026-11-02"), [P_S47_SEEN], "S47 child seen")
R("duty", D, "2025-12-30", "s47 initiated 29/12/25. SW/mgr progress discussion by?",
  ("d", "2025-12-29", 5), [P_S47_5], "S47 progress discussion")
R("scenario", D, "2026-04-07",
  "Mum's partner was arrested on 2/4/26 and we started the S47 the next day, Friday 3rd April. The kids are staying with nan, whose 70th is on the 10th. When do I need to sit down with my manager about how the S47 is going?",
  ("d", "2026-04-03", 5), [P_S47_5], "S47 progress discussion")
R("typos", D, "2027-05-06", "s47 startd on tues just gone, when do i need the progres chat with my manager",
  ("d", "last tue", 5), [P_S47_5], "S47 progress discussion")
R("duty", D, "2025-12-23", "C&FA needed - decision made 23/12/25, allocate to SW by?",
  ("wd", "2025-12-23", 3), [P_ALLOC], "Allocation for C&FA", amb=AMB_ALLOC)
R("newstarter", D, "2025-08-29",
  "Hello! A case came through to our team today (Friday 29th August 2025) needing a Child and Family Assessment. How long does the team leader have to allocate it to a social worker?",
  ("wd", "2025-08-29", 3), [P_ALLOC], "Allocation for C&FA", amb=AMB_ALLOC)
R("manager", D, "2026-05-12",
  "Case needing a C&FA received 01/05/2026 (Fri), allocated on LCS 07/05/2026. In timescale?",
  ("wd", "2026-05-01", 3), [P_ALLOC], "Allocation for C&FA", actual="2026-05-07", amb=AMB_ALLOC)
R("duty", D, "2025-12-09", "C&FA started 08/12/25, TL review by?",
  ("wd", "2025-12-08", 15), [P_TLREVIEW], "TL review of assessment")
R("indirect", D, "2027-03-22",
  "I began the big assessment of the family's needs on 19 March 2027. By when must my team leader have looked over it?",
  ("wd", "2027-03-19", 15), [P_TLREVIEW], "TL review of assessment")
R("typos", D, "2026-08-21", "asesment opend 20/8/26 when does tl need to reveiw it",
  ("wd", "2026-08-20", 15), [P_TLREVIEW], "TL review of assessment")
R("scenario", D, "2025-11-18",
  "We started the Child and Family Assessment on 17/11/2025 after a referral from the health visitor dated 14/11. Baby's next jabs are due 1/12. When does the assessment have to be completed?",
  ("d", "2025-11-17", 45), [P_45], "C&FA completion",
  amb=AMB_45 + " Counting from the referral (14/11) instead would also move it.")
R("newstarter", D, "2025-07-08",
  "How long do I have to finish a Child & Family Assessment? Mine started on 7th July 2025, so what date is it due?",
  ("d", "2025-07-07", 45), [P_45], "C&FA completion", amb=AMB_45)
R("manager", D, "2027-03-22",
  "C&FA started 01/02/27, completed 19/03/27. Within the 45 days?",
  ("d", "2027-02-01", 45), [P_45], "C&FA completion", actual="2027-03-19", amb=AMB_45)
R("duty", D, "2026-04-24", "mgmt decision strat needed today fri 24/4/26, strat by?",
  ("wd", "2026-04-24", 1), [P_STRAT], "Strategy discussion after management decision",
  amb="The S47 section also says a strategy discussion 'within 24 hours', which would give Sat 25 Apr.")
R("indirect", D, "2026-12-24",
  "My manager decided this afternoon (Thu 24 Dec 2026) that we need the multi-agency discussion with police and health about whether to start enquiries. When does it need to be held by?",
  ("wd", "2026-12-24", 1), [P_STRAT], "Strategy discussion after management decision",
  amb="The S47 section also says a strategy discussion 'within 24 hours', which would give Fri 25 Dec.")
R("manager", D, "2026-01-19",
  "Decision that a strat was needed made Mon 12/01/26, strat held Wed 14/01/26. Within timescale?",
  ("wd", "2026-01-12", 1), [P_STRAT], "Strategy discussion after management decision", actual="2026-01-14")
R("newstarter", D, "2026-05-20",
  "Hi, we're transferring a Child in Need case from First Response to a Neighbourhood Team. If we want the transfer to happen on Monday 1st June 2026, what's the latest date we can email the Neighbourhood Team?",
  ("db", "2026-06-01", 5), [P_NOTICE], "Transfer notice to Neighbourhood Team",
  amb="'At least 5 days' notice' could be read as 5 clear days (email by 26 May) rather than 5 days before (27 May).")
R("scenario", D, "2027-01-13",
  "C&FA's done and says CIN, so I emailed the Neighbourhood Team about transferring today, 13 January 2027. Mum's next hospital appointment is 20/01. What's the earliest date the transfer can actually happen?",
  ("d", "2027-01-13", 5), [P_NOTICE], "Transfer notice to Neighbourhood Team")
R("typos", D, "2025-09-03", "emailed the neighbourhod team about the transfer on 3/9/25 - joint visit has to be done by when??",
  ("d", "2025-09-03", 5), [P_JOINT], "Joint visit within the 5 days' notice period")

# ================= S47 / ICPC =================
R("duty", D, "2025-12-19", "strat 19/12/25, icpc by?",
  ("wd", "2025-12-19", 15), [P_ICPC], "ICPC")
R("typos", D, "2026-04-07", "strat disscusion was 3.4.26 (EDT did it), when does the icpc need to be",
  ("wd", "2026-04-03", 15), [P_ICPC], "ICPC")
R("scenario", D, "2026-05-21",
  "Strat was held yesterday 20/05/2026 after school raised bruising. Mum has a GP appointment on 22/05 and the child's birthday is 01/06. Manager has agreed we're going to ICPC - what's the latest date for the conference?",
  ("wd", "2026-05-20", 15), [P_ICPC], "ICPC")
R("indirect", D, "2027-08-16",
  "Police and us had the first multi-agency discussion about the injuries on 13 August 2027. If we need the big meeting where everyone decides whether there should be a protection plan, when's the latest it can be?",
  ("wd", "2027-08-13", 15), [P_ICPC], "ICPC")
R("newstarter", D, "2026-12-09",
  "Could you tell me when an Initial Child Protection Conference would need to be held by if the initial strategy discussion was on Tuesday 8th December 2026?",
  ("wd", "2026-12-08", 15), [P_ICPC], "ICPC")
R("manager", D, "2026-01-26", "ICPC held 20/01/26, strat 02/01/26. Was that in timescale?",
  ("wd", "2026-01-02", 15), [P_ICPC], "ICPC", actual="2026-01-20")
R("duty", D, "2027-04-27", "icpc tues 4/5/27, report to family by?",
  ("db", "2027-05-04", 3), [P_FAMREP], "ICPC report shared with family")
R("newstarter", D, "2026-12-17",
  "For an ICPC on Wednesday 6 January 2027, when should I share my report with the parents?",
  ("db", "2027-01-06", 3), [P_FAMREP], "ICPC report shared with family")
R("typos", D, "2026-12-14", "icpc is on 29/12/26 when does the report have to go to the chair",
  ("wdb", "2026-12-29", 3), [P_CHAIRREP], "ICPC report to CP chair")
R("indirect", D, "2027-05-20",
  "The first big child protection meeting for this family is on Tuesday 1 June 2027. When does my written report have to reach whoever's chairing it?",
  ("wdb", "2027-06-01", 3), [P_CHAIRREP], "ICPC report to CP chair")
R("manager", D, "2026-01-13", "ICPC 12/01/26; SW report reached the chair 08/01/26. In timescale?",
  ("wdb", "2026-01-12", 3), [P_CHAIRREP], "ICPC report to CP chair", actual="2026-01-08")
R("scenario", D, "2026-03-23",
  "ICPC is booked for Thursday 2 April 2026 - strat was 13/03 and the kids' dad is in court on 30/03. When's the last day I can get my report to the CP chair?",
  ("wdb", "2026-04-02", 3), [P_CHAIRREP], "ICPC report to CP chair")

# ================= CP plans =================
R("duty", D, "2025-12-22", "icpc 22/12/25, 1st CG by?",
  ("d", "2025-12-22", 10), [P_CG], "First core group")
R("indirect", D, "2026-05-08",
  "Kids were put on a protection plan at the meeting yesterday, 7 May 2026. When's the latest the first of the smaller follow-up meetings with the family and professionals can be held?",
  ("d", "2026-05-07", 10), [P_CG], "First core group")
R("newstarter", D, "2025-10-16",
  "Hi, my first ever ICPC was on 15th October 2025 and the children were made subject to plans. When does the first core group have to be held by?",
  ("d", "2025-10-15", 10), [P_CG], "First core group")
R("manager", D, "2027-04-12", "ICPC 26/03/27, first core group 06/04/27. In timescale?",
  ("d", "2027-03-26", 10), [P_CG], "First core group", actual="2027-04-06")
R("typos", D, "2026-05-20", "rcpc is 2nd june, when do parents need the plan update report by",
  ("db", "2026-06-02", 3), [P_RCPC_PAR], "RCPC report to parents")
R("scenario", D, "2026-12-16",
  "Review CP conference is on 04/01/2027. The original ICPC was 05/10/2026 and core group last met on 15/12. When do mum and dad need to have my report by?",
  ("db", "2027-01-04", 3), [P_RCPC_PAR], "RCPC report to parents")
R("duty", D, "2025-04-10", "RCPC 22/4/25, report to chair by?",
  ("db", "2025-04-22", 3), [P_RCPC_CHAIR], "RCPC report to chair")
R("indirect", D, "2027-08-18",
  "The follow-up conference to check how the protection plan's going is on Monday 30 Aug 2027. When must my update be available to the person chairing?",
  ("db", "2027-08-30", 3), [P_RCPC_CHAIR], "RCPC report to chair")
R("newstarter", D, "2025-11-03",
  "A child on my caseload became subject to a CP plan on 28 February 2025. When is the 12 month point, when we'd need a professional thinking time meeting if de-planning isn't possible?",
  ("m", "2025-02-28", 12), [P_12M], "12 months on a CP plan")
R("manager", D, "2026-10-05", "Child on plan since 30/01/26 - date they hit 12 months (PTT meeting trigger)?",
  ("m", "2026-01-30", 12), [P_12M], "12 months on a CP plan")

# ================= PLO =================
R("duty", D, "2025-12-19", "PLO letter dated 19/12/25, 1st PLO mtg by?",
  ("d", "2025-12-19", 10), [P_PLO1], "First PLO meeting")
R("indirect", D, "2027-03-25",
  "The letter that starts pre-proceedings went out yesterday, dated 24 March 2027. When should we have the first meeting with the parents and their solicitor?",
  ("d", "2027-03-24", 10), [P_PLO1], "First PLO meeting")
R("scenario", D, "2026-08-10",
  "Legal Gateway agreed PLO on 05/08/2026 and the PLO letter went out dated 07/08/2026. Dad's solicitor says he's away until 20/08. When should the first PLO meeting be held by?",
  ("d", "2026-08-07", 10), [P_PLO1], "First PLO meeting")
R("typos", D, "2026-05-26", "1st plo meeting was 22/5/26 and parents agreed to fgc, refferal needs doing by?",
  ("wd", "2026-05-22", 3), [P_FGC], "FGC referral after first PLO meeting")
R("newstarter", D, "2026-12-23",
  "We held the first PLO meeting today, Wednesday 23rd December 2026, and the parents consented to a Family Group Conference. When does the referral need to be made by?",
  ("wd", "2026-12-23", 3), [P_FGC], "FGC referral after first PLO meeting")
R("scenario", D, "2025-04-16",
  "We had the initial PLO meeting today, Wednesday 16/04/2025, and mum put forward her sister as a possible carer. The next review PLO meeting is pencilled for 28/05. By when does the viability request have to go to Family Placement?",
  ("wd", "2025-04-16", 3), [P_VIAB], "Viability assessment request")
R("manager", D, "2027-09-06",
  "Initial PLO meeting 26/08/27, aunt identified as alternative carer, viability request sent to Family Placement 01/09/27. In timescale?",
  ("wd", "2027-08-26", 3), [P_VIAB], "Viability assessment request", actual="2027-09-01")
R("scenario", D, "2025-11-12",
  "PLO meeting was held on Monday just gone. Both parents came with their solicitors and the next review is pencilled in for 6 weeks' time. By when do the minutes have to go out to them?",
  ("d", "last mon", 7), [P_MIN], "PLO minutes")
R("typos", D, "2025-12-19", "plo minutes - meeting was 18.12.25, when do they need to be sent to parents n solicitors",
  ("d", "2025-12-18", 7), [P_MIN], "PLO minutes")
R("indirect", D, "2026-04-01",
  "We had the meeting with the parents and their lawyers about the pre-court process on 31/03/2026. How long do I have to send out the written notes of what was agreed?",
  ("d", "2026-03-31", 7), [P_MIN], "PLO minutes")
R("duty", D, "2026-02-02", "PLO started 6/1/26 (letter date) - review LPM at 12 wks = ?",
  ("w", "2026-01-06", 12), [P_LPM], "Review legal planning meeting", amb=AMB_PLO_START)
R("manager", D, "2025-09-22",
  "PLO letter dated 15/09/25 - date the 12-week review legal planning meeting falls due?",
  ("w", "2025-09-15", 12), [P_LPM], "Review legal planning meeting", amb=AMB_PLO_START)
R("manager", D, "2027-06-14", "PLO letter 02/03/27. Review legal planning meeting held 08/06/27. Was that at 12 weeks?",
  ("w", "2027-03-02", 12), [P_LPM], "Review legal planning meeting", actual="2027-06-08", amb=AMB_PLO_START)
R("scenario", D, "2025-11-11",
  "Review LPM at 12 weeks was held yesterday 10/11/2025 and legal agreed an exceptional further period in PLO. Mum's baby is due 03/12. When does that extension run to?",
  ("w", "2025-11-10", 4), [P_EXT], "Exceptional PLO extension")
R("indirect", D, "2026-03-02",
  "We're still in the pre-court process with this family. The letter starting it was dated 21 January 2026. When should the meeting with the Strategic Lead about whether to go to court happen?",
  ("w", "2026-01-21", 16), [P_GATE], "Legal Gateway at 16 weeks", amb=AMB_PLO_START)
R("typos", D, "2027-07-01", "plo letter was 4/6/27 - when is the 16 week legal gateway",
  ("w", "2027-06-04", 16), [P_GATE], "Legal Gateway at 16 weeks", amb=AMB_PLO_START)

# ================= CIN =================
R("duty", D, "2025-12-15", "deplanned at RCPC 12/12/25, 1st CIN mtg by?",
  ("d", "2025-12-12", 20), [P_CIN_DEPLAN], "First CIN meeting after de-planning")
R("scenario", D, "2027-03-31",
  "At the review conference yesterday (30 March 2027) the chair took both children off their CP plans and stepped them down to CIN. Easter holidays start 01/04. When does the first CIN meeting need to be by?",
  ("d", "2027-03-30", 20), [P_CIN_DEPLAN], "First CIN meeting after de-planning")
R("newstarter", D, "2025-05-19",
  "A child was de-planned at conference on 15 May 2025. When does the first Child in Need meeting need to be held by?",
  ("d", "2025-05-15", 20), [P_CIN_DEPLAN], "First CIN meeting after de-planning")
R("typos", D, "2025-12-18", "case transfered from cfr to us 17/12/25, when is the intial cin meeting due",
  ("d", "2025-12-17", 10), [P_CIN_TRANS], "Initial CIN meeting after transfer")
R("indirect", D, "2026-08-28",
  "This case moved over to our neighbourhood team from the duty and assessment team today, 28/08/2026. When's the first meeting with the family and the professionals about the support plan due?",
  ("d", "2026-08-28", 10), [P_CIN_TRANS], "Initial CIN meeting after transfer")
R("manager", D, "2027-05-17", "Transfer from CFR 05/05/27, initial CIN meeting 14/05/27 - within timescale?",
  ("d", "2027-05-05", 10), [P_CIN_TRANS], "Initial CIN meeting after transfer", actual="2027-05-14")

# ================= Children in care / placements =================
R("scenario", D, "2026-12-14",
  "Child came into care as an emergency on Friday 11 December 2026 after police protection; her brother stayed with dad. There's an old assessment from 2024 on file. When does the new assessment need to be completed?",
  ("wd", "2026-12-11", 20), [P_EMERG], "Emergency admission assessment")
R("duty", D, "2027-03-30", "unplanned admission 26/3/27 - assessment due?",
  ("wd", "2027-03-26", 20), [P_EMERG], "Emergency admission assessment")
R("newstarter", D, "2026-04-04",
  "A child came into care today, Saturday 4th April 2026. By when does the social worker need to visit?",
  ("wd", "2026-04-04", 1), [P_LAC_VISIT1, P_LAC_SEEN], "Visit after coming into care",
  amb="Event on a weekend: if the clock is taken to start on the next working day (Tue 7 Apr), the visit would be due Wed 8 Apr.")
R("typos", D, "2026-08-28", "placment moved today 28/8/26 (fri) when do i need to visit by",
  ("wd", "2026-08-28", 1), [P_LAC_VISIT1], "Visit after change of placement")
R("manager", D, "2028-01-04", "Placed 29/12/27, first visit 31/12/27. In timescale?",
  ("wd", "2027-12-29", 1), [P_LAC_SEEN, P_LAC_VISIT1], "Visit after placement", actual="2027-12-31")
R("duty", D, "2025-12-23", "placed 23/12/25, placement mtg by?",
  ("wd", "2025-12-23", 3), [P_PLMEET], "Placement meeting")
R("indirect", D, "2026-04-30",
  "Young person moved in with new foster carers today, Thursday 30 April 2026. When should we have the meeting to sort out what the carers can sign off and how they'll meet his needs?",
  ("wd", "2026-04-30", 3), [P_PLMEET], "Placement meeting")
R("scenario", D, "2027-08-19",
  "Twins were placed together today 19/08/2027 with a carer we've used before; their PEP is booked for 08/09 and contact with mum is 21/08. When does the placement meeting have to be?",
  ("wd", "2027-08-19", 3), [P_PLMEET], "Placement meeting")
R("typos", D, "2026-12-24", "placment started 24/12/26, updated placment plan to carers by when",
  ("wd", "2026-12-24", 5), [P_PLPLAN], "Updated placement plan to carers")
R("newstarter", D, "2026-05-26",
  "When does the updated placement plan need to be given to the carers if the placement began on Monday 25th May 2026 (the bank holiday)?",
  ("wd", "2026-05-25", 5), [P_PLPLAN], "Updated placement plan to carers")
R("indirect", D, "2025-12-17",
  "Little one came into our care yesterday, 16 December 2025. How long have we got to give her the welcome pack and the leaflet about her rights?",
  ("w", "2025-12-16", 3), [P_PACK], "Coming into care pack")
R("duty", D, "2026-04-07", "CIC 3/4/26 - CIC pack + rights leaflet by?",
  ("w", "2026-04-03", 3), [P_PACK], "Coming into care pack")
R("manager", D, "2025-06-09", "Child became looked after Fri 30/05/25; other professionals told of legal status 06/06/25. In timescale?",
  ("wd", "2025-05-30", 5), [P_LEGAL], "Legal status shared with professionals", actual="2025-06-06")
R("scenario", D, "2026-12-23",
  "Section 20 was agreed and she came into care today, Wednesday 23/12/2026. School, GP and CAMHS are all involved (school broke up on 18/12). By when do I need to tell the other professionals about her legal status?",
  ("wd", "2026-12-23", 5), [P_LEGAL], "Legal status shared with professionals")
R("typos", D, "2025-12-02", "came into care 1/12/25 - IHA needs doing by when",
  ("wd", "2025-12-01", 20), [P_IHA], "Initial health assessment")
R("newstarter", D, "2027-03-11",
  "By what date does an initial health assessment need to be carried out for a child who became looked after on 10 March 2027?",
  ("wd", "2027-03-10", 20), [P_IHA], "Initial health assessment")
R("scenario", D, "2025-07-15",
  "Year 9 girl came into care yesterday, 14/07/2025, two days before her school breaks up on 16/07. Her birthday is 01/08. When does her PEP meeting need to be arranged by?",
  ("d", "2025-07-14", 20), [P_PEP], "PEP meeting")
R("indirect", D, "2025-05-09",
  "Lad came into care on 08/05/2025. When does the meeting at his school about his personal education plan have to be set up by?",
  ("d", "2025-05-08", 20), [P_PEP], "PEP meeting")
R("typos", D, "2026-06-08", "placed on the 3rd, care plan on the system by when?",
  ("d", "the 3rd", 10), [P_CAREPLAN], "Care plan on the system")
R("manager", D, "2027-01-06", "Placement 22/12/26, care plan on LCS 04/01/27. In timescale?",
  ("d", "2026-12-22", 10), [P_CAREPLAN], "Care plan on the system", actual="2027-01-04")
R("duty", D, "2025-12-16", "became LAC 15/12/25, ILAC review by?",
  ("wd", "2025-12-15", 20), [P_ILAC], "Initial LAC review")
R("scenario", D, "2027-03-19",
  "The children were accommodated yesterday, 18 March 2027, after mum was admitted to hospital on 16/03. Her discharge is expected 02/04. When's the latest date for the first LAC review?",
  ("wd", "2027-03-18", 20), [P_ILAC], "Initial LAC review")
R("indirect", D, "2026-08-21",
  "A boy came into our care on 20 August 2026. When does his first review with the independent reviewing officer have to take place?",
  ("wd", "2026-08-20", 20), [P_ILAC], "Initial LAC review")
R("newstarter", D, "2026-04-28",
  "When would the initial Looked After Review need to happen for a young person who became looked after on 27th April 2026?",
  ("wd", "2026-04-27", 20), [P_ILAC], "Initial LAC review")
R("typos", D, "2026-12-18", "lac review on 6/1/27, my report needs to be with the iro when",
  ("db", "2027-01-06", 3), [P_IROREP], "SW report to IRO before review")
R("duty", D, "2026-03-23", "LAC rev 1/4/26, SW report to IRO by?",
  ("db", "2026-04-01", 3), [P_IROREP], "SW report to IRO before review")

# ================= IRO =================
R("indirect", D, "2026-12-21",
  "Our reviewing officer flagged drift on the care plan informally today, Monday 21 December 2026. How long have we got to sort it before it becomes a formal dispute?",
  ("wd", "2026-12-21", 5), [P_IRO5], "IRO informal challenge")
R("newstarter", D, "2027-05-04",
  "The IRO made an informal challenge on Friday 30th April 2027. When does it need to be resolved by before a formal dispute is raised?",
  ("wd", "2027-04-30", 5), [P_IRO5], "IRO informal challenge")
R("manager", D, "2026-04-20", "Formal IRO dispute raised 13/03/26, resolved 14/04/26. Completed within timescale?",
  ("wd", "2026-03-13", 20), [P_IRO20], "IRO formal dispute resolution", actual="2026-04-14")
R("scenario", D, "2027-08-05",
  "The IRO escalated to a formal dispute yesterday, 04/08/2027, about the delay in the permanence plan. The child's next LAC review is 20/09. When must the formal process be finished?",
  ("wd", "2027-08-04", 20), [P_IRO20], "IRO formal dispute resolution")

# ================= Adoption =================
R("newstarter", D, "2026-02-16",
  "The child was placed with the adopters on 12th February 2026. From what date can the adopters apply for an Adoption Order?",
  ("w", "2026-02-12", 10), [P_AO], "Adoption Order application")
R("manager", D, "2028-02-28", "Placed with adopters 23/12/27; adopters applied for the Adoption Order 25/02/28. Had they been in placement long enough - what was the earliest date they could apply?",
  ("w", "2027-12-23", 10), [P_AO], "Adoption Order application (earliest date; application on 2028-02-25 was too early)")

# ================= Fostering =================
R("duty", D, "2026-04-02", "FC supervisory visit today 2/4/26, record on LCS by?",
  ("wd", "2026-04-02", 3), [P_FCREC], "Foster carer visit record")
R("manager", D, "2026-01-05", "SSW visited foster carer 24/12/25; recorded on LCS 02/01/26. In timescale?",
  ("wd", "2025-12-24", 3), [P_FCREC], "Foster carer visit record", actual="2026-01-02")
R("indirect", D, "2026-05-21",
  "Strategic Lead said yes today (Thursday 21 May 2026) to us placing a 14 year old with carers who are only approved for under-10s; he moves in today. How long can that permission last?",
  ("wd", "2026-05-21", 6), [P_VAR], "Variation of terms of approval",
  amb="'Up to 6 working days' could be read as including the day permission is given, which would end it a working day earlier (Fri 29 May).")
R("scenario", D, "2027-12-22",
  "Variation of terms of approval granted today 22/12/2027 so a sibling group of three can stay together; the carers' annual review is due 15/01. When does the variation run out?",
  ("wd", "2027-12-22", 6), [P_VAR], "Variation of terms of approval")
R("scenario", D, "2027-01-11",
  "Nan was given temporary approval as a connected carer by the ADM on 08/01/2027 and the kids moved in with her the same day. Her full assessment is due at panel on 15/04. When does the temporary approval run out?",
  ("w", "2027-01-08", 16), [P_TEMP], "Temporary approval of connected person")
R("typos", D, "2027-09-01", "conected carer temporarly approved 30/8/27, when does the 16 wks end",
  ("w", "2027-08-30", 16), [P_TEMP], "Temporary approval of connected person")
R("newstarter", D, "2026-06-01",
  "Our connected person's temporary approval started on 3rd March 2026 and we'd like to extend it. If the extension is agreed, what's the latest date it could run to?",
  ("w", "2026-03-03", 24), [P_TEMP], "Temporary approval 16 weeks + 8 week extension")

# ================= Case recording / case file =================
R("typos", D, "2025-12-31", "home visit was 30/12/25 when does it need to be recorded by",
  ("d", "2025-12-30", 3), [P_REC], "Case recording")
R("duty", D, "2026-05-22", "HV today fri 22/5/26 - record by?",
  ("d", "2026-05-22", 3), [P_REC], "Case recording")
R("indirect", D, "2027-04-01",
  "I spoke to the child's teacher on the phone yesterday about how he's been in class. How long have I got to get that onto his file?",
  ("d", "yesterday", 3), [P_REC], "Case recording")
R("manager", D, "2026-01-15", "Case file summary last updated 30/11/25 - when is it next due?",
  ("m", "2025-11-30", 3), [P_SUMM], "Case file summary")
R("indirect", D, "2027-02-01",
  "The short overview at the front of the file, the one that sums up the case, was last brought up to date on 15 January 2027. When does it need doing again?",
  ("m", "2027-01-15", 3), [P_SUMM], "Case file summary")
R("scenario", D, "2026-02-23",
  "The last C&FA on this case was authorised by my manager on 04/04/2025. The child's CIN review is 10/03/2026 and he turns 10 on 01/05. When does the assessment go out of date?",
  ("m", "2025-04-04", 12), [P_ASSESS12], "Assessment within last 12 months")

# ================= VISITS =================
R("duty", V, "2026-03-04", "CP visit 3/3/26, next by?",
  ("w", "2026-03-03", 4), [P_CPVISIT], "CP visit")
R("typos", V, "2025-12-22", "last cp visit was 19th dec, when's the next one due",
  ("w", "2025-12-19", 4), [P_CPVISIT], "CP visit")
R("manager", V, "2027-04-12", "CP visits: 05/03/27 then 06/04/27. Within timescale?",
  ("w", "2027-03-05", 4), [P_CPVISIT], "CP visit", actual="2027-04-06")
R("newstarter", V, "2025-11-18",
  "When is the next Child in Need visit due if I last saw the child at home on 17th November 2025?",
  ("w", "2025-11-17", 6), [P_CIN_VISIT], "CIN visit")
R("scenario", V, "2026-07-21",
  "I saw the child at home yesterday 20/07/2026 for her CIN visit. She's off to her aunt's from 10/08 to 17/08 for the summer. When's the next CIN visit due by?",
  ("w", "2026-07-20", 6), [P_CIN_VISIT], "CIN visit")
R("duty", V, "2027-04-15", "CIN review 14/4/27, next by?",
  ("w", "2027-04-14", 6), [P_CIN_REV], "CIN review meeting")
R("indirect", V, "2025-12-23",
  "A 3 year old was placed with foster carers today, 23 December 2025, and I saw her there this afternoon. She hasn't had her first review yet. When do I need to go back and see her?",
  ("w", "2025-12-23", 1), [P_STATV], "Weekly LAC visit before first review")
R("typos", V, "2026-05-26", "lac visit last 22/5/26, shes had her first review already, next visit due when",
  ("w", "2026-05-22", 6), [P_STATV6], "6-weekly LAC visit")
R("manager", V, "2026-10-05",
  "YP in a permanent placement for 2+ years, on 12-weekly visits. Last visit 02/10/26 - next due?",
  ("w", "2026-10-02", 12), [P_STATV12], "12-weekly LAC visit")
R("scenario", V, "2027-12-23",
  "Baby was placed with her adopters on 15/12/2027 and I last visited yesterday, 22/12/2027. The first LAC review is set for 10/01/2028. When's my next visit due?",
  ("w", "2027-12-22", 1), [P_ADV], "Weekly adoption placement visit")
R("newstarter", V, "2026-02-11",
  "The adoptive placement has already had its first Looked After Review. If I last visited on 10th February 2026, when is the next statutory visit due?",
  ("w", "2026-02-10", 6), [P_ADV6], "6-weekly adoption placement visit")
R("duty", V, "2025-04-17", "SSW visit to FCs 16/4/25, next by?",
  ("w", "2025-04-16", 6), [P_FCV], "Foster carer supervisory visit")
R("indirect", V, "2026-01-12",
  "We last dropped in on one of our foster families without warning on 29 August 2025. When's the latest the next surprise visit can be?",
  ("m", "2025-08-29", 12), [P_UNANN], "Unannounced foster carer visit")
R("typos", V, "2026-11-04", "family time last reviewed 3/11/26, when's the next review of contact arrangments due",
  ("w", "2026-11-03", 8), [P_FT], "Family time review")
R("manager", V, "2026-01-16", "First PLO meeting 15/01/26. When is the review PLO meeting due at the latest?",
  ("w", "2026-01-15", 6), [P_PLOREV], "Review PLO meeting (4-6 weeks, latest)",
  amb="The standard gives a 4-6 week window; the earliest point is 4 weeks (2026-02-12), the latest 6 weeks (2026-02-26).")
R("newstarter", V, "2027-03-01",
  "One of our foster carers last had their annual review presented to Fostering Panel on 12th June 2024. When must it next go to panel?",
  ("m", "2024-06-12", 36), [P_PANEL], "Fostering Panel review")
R("scenario", V, "2027-01-18",
  "Foster carers' DBS, medicals and references were last updated on 14/03/2024. They've got a new placement starting 01/02/2027 and their annual review is 20/02/2027. When are the checks next due?",
  ("m", "2024-03-14", 36), [P_DBS], "Foster carer DBS/medical/references")
R("indirect", V, "2026-07-15",
  "One of our carers last refreshed her mandatory foster care training on 30 September 2023. When does she have to do it again?",
  ("m", "2023-09-30", 36), [P_TRAIN], "Foster carer core training")
R("duty", V, "2026-12-21", "cp visit last tues, next by?",
  ("w", "last tue", 4), [P_CPVISIT], "CP visit")
R("typos", V, "2027-01-05", "saw cin kid yesterday at home, next visit by when",
  ("w", "yesterday", 6), [P_CIN_VISIT], "CIN visit")
R("indirect", V, "2027-08-31",
  "I last saw a boy in our care on 27th August 2027. He's had his first review and isn't in a permanent home yet. When do I need to see him again?",
  ("w", "2027-08-27", 6), [P_STATV6], "6-weekly LAC visit")
R("manager", V, "2025-10-20", "Last CIN visit 01/09/25, next one 15/10/25 - in timescale?",
  ("w", "2025-09-01", 6), [P_CIN_VISIT], "CIN visit", actual="2025-10-15")

# ================= AGES =================
R("duty", A, "2026-02-10", "dob 29/03/14 - when's she 12 for advocate at conf?",
  ("age", "2014-03-29", 12, 0), [P_ADVOC], "Advocate offer at 12")
R("newstarter", A, "2026-01-20",
  "A little girl on my caseload was born on 29th February 2020 and has just entered PLO. When does she turn 6, for the adoption social worker allocation?",
  ("age", "2020-02-29", 6, 0), [P_ADOPT6], "Under-6 adoption allocation")
R("typos", A, "2026-03-02", "yp dob 14/11/10 when does the pathway plan need starting",
  ("age", "2010-11-14", 15, 6), [P_PATH], "Pathway plan at 15y6m")
R("indirect", A, "2026-11-05",
  "Young man in our care, born 19 July 2011. When does he reach the age where his plan for leaving care has to be started?",
  ("age", "2011-07-19", 15, 6), [P_PATH], "Pathway plan at 15y6m")
R("scenario", A, "2026-12-14",
  "ICPC is on 05/01/2027 for three siblings - the eldest was born 25/12/2014, the middle one 02/02/2017. From what date is the eldest old enough to be offered an advocate?",
  ("age", "2014-12-25", 12, 0), [P_ADVOC], "Advocate offer at 12")
R("manager", A, "2027-04-19", "Child DOB 04/05/2021 entered proceedings this month. Confirm date child turns 6 (adoption SW allocation threshold).",
  ("age", "2021-05-04", 6, 0), [P_ADOPT6], "Under-6 adoption allocation")
R("typos", A, "2027-06-01", "born 29.2.12, when is she 15 and a half for the pathway plan",
  ("age", "2012-02-29", 15, 6), [P_PATH], "Pathway plan at 15y6m")
R("newstarter", A, "2025-06-02",
  "The young person on my case was born on 30/06/2013. When will they turn 12, so that I offer them an advocate for conference?",
  ("age", "2013-06-30", 12, 0), [P_ADVOC], "Advocate offer at 12")

# ================= CHOICE =================
R("scenario", C, "2026-03-23",
  "ICPC is Tuesday 7/4/26 (strat was 17/03, the kids' school breaks up 27/03). When does my report need to be out by?",
  ph=[P_CHAIRREP, P_FAMREP],
  ops=[("report to CP chair", ("wdb", "2026-04-07", 3)), ("report shared with family", ("db", "2026-04-07", 3))])
R("duty", C, "2026-03-04", "conference was 3/3/26, what's next due?",
  ph=[P_CG, P_CIN_DEPLAN],
  ops=[("first core group if on a plan", ("d", "2026-03-03", 10)), ("first CIN meeting if de-planned", ("d", "2026-03-03", 20))])
R("newstarter", C, "2025-12-02",
  "I started a Child and Family Assessment on Monday 1st December 2025 - when is it due?",
  ph=[P_TLREVIEW, P_45],
  ops=[("TL review", ("wd", "2025-12-01", 15)), ("completion", ("d", "2025-12-01", 45))])
R("typos", C, "2026-08-12", "first plo meeting was 11/8/26, whats my deadline after it",
  ph=[P_FGC, P_VIAB, P_MIN],
  ops=[("FGC referral / viability request", ("wd", "2026-08-11", 3)), ("PLO minutes", ("d", "2026-08-11", 7))])
R("indirect", C, "2026-06-01",
  "Child moved into foster care on Friday 29 May 2026. When is the meeting due?",
  ph=[P_PLMEET, P_ILAC],
  ops=[("placement meeting", ("wd", "2026-05-29", 3)), ("initial LAC review", ("wd", "2026-05-29", 20))])
R("manager", C, "2025-12-18", "SSW visit to foster carers 17/12/25 - what's the next deadline?",
  ph=[P_FCREC, P_FCV],
  ops=[("visit record on LCS", ("wd", "2025-12-17", 3)), ("next supervisory visit", ("w", "2025-12-17", 6))])
R("duty", C, "2027-08-25", "placed 24/08/27, plan due by?",
  ph=[P_PLPLAN, P_CAREPLAN],
  ops=[("updated placement plan to carers", ("wd", "2027-08-24", 5)), ("care plan on system", ("d", "2027-08-24", 10))])
R("newstarter", C, "2026-11-03",
  "A case transferred to me from Children's First Response on 2nd November 2026 and I saw the child at home that day. What's due next, and when?",
  ph=[P_CIN_TRANS, P_CIN_VISIT],
  ops=[("initial CIN meeting", ("d", "2026-11-02", 10)), ("next CIN visit", ("w", "2026-11-02", 6))])

# ================= NONE =================
R("duty", N, "2026-01-13", "ICPC 12/1/26 - RCPC due by?", ph=[P_NEXTCONF],
  why="the standards set no timescale for the review conference; the CP chair sets the date at the ICPC")
R("newstarter", N, "2025-03-11",
  "When is the second Looked After Review due if the first one was held on 4th March 2025?", ph=[P_SECONDREV, P_NEWLAC],
  why="the standards give no timescale for the second or later LAC reviews (only 'in accordance with the timescales')")
R("typos", N, "2025-11-10", "how often do core groups have to happen after the first one? last one was 4/11/25 so when's the next", ph=[P_CGREV],
  why="the standards set only the first core group (10 days); no frequency for later core groups")
R("manager", N, "2026-02-09", "Supervision for one of my SWs last held 02/02/26 - when's the next one due under the practice standards?", ph=[P_SUPERV],
  why="the standards defer to the supervision policy and set no supervision frequency")
R("indirect", N, "2025-09-16",
  "Lad went missing on Saturday and came back last night. By when do we need to have the chat with him about where he's been?", ph=[P_MISSING],
  why="the standards set no timescale for a return home conversation after a missing episode")
R("scenario", N, "2025-09-22",
  "Child's PEP was held on 15/09/2025 at the start of term. Her next LAC review is 10/11 and she has a dentist appointment on 01/10. When's the next PEP due?", ph=[P_PEPTERM],
  why="after the first PEP the standards only say 'at least 1 per term' under statutory guidelines; no date to count")
R("duty", N, "2026-03-11", "strat 10/3/26, record sent out to agencies by?", ph=[P_STRATREC],
  why="the standards require the strategy record to be sent to participating professionals but set no timescale")
R("typos", N, "2026-07-06", "when do i need to finish the later life letter, adoption order granted 2/7/26", ph=[P_LIFE],
  why="the standards set no timescale for the life story book or later life letter")
R("newstarter", N, "2026-06-10",
  "When does the SHOPBA meeting need to be held? Our final care planning meeting was on 9th June 2026.", ph=[P_SHOPBA],
  why="SHOPBA must be after the final care planning meeting and before the IRH paperwork; no number of days is set")
