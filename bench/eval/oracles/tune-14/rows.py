# Structured row descriptions for oracle.py. Dates in `rule` are the event the standard counts from.
# `rel`: relative-date words used in q, checked by check.py against `today`.

# ---- verbatim phrases from /work/shared/source/practice-standards.txt ----
FRONT = "screened for consent and decisions made by what action are required by a Team Leader within 1 working day"
INIT_DEC = "Initial decisions will be made about the action required within 1 working day"
REFERRAL = "Referrals will be actioned by a social worker within 1 working day"
S47_SEEN = "will be seen by the Social Worker the same day"
S47_5 = "Within 5 days of the Section 47 being initiated"
ALLOC = "allocated to a social worker to complete a Child and Family Assessment within 3 working days"
TL_REVIEW = "All assessments will be reviewed by the Team Leader within 15 working days"
ASSESS45 = "Assessments must all be completed within 45 days"
STRAT1 = "a strategy discussion is required, this must happen within 1 working day"
STRAT24 = "A strategy discussion within 24 hours involving all relevant agencies"
TRANSFER_NOTICE = "Neighbourhood Team via email, giving at least 5 days’ notice"
JOINT = "Within the 5 days’ notice period, the Children’s First Response Social Worker"
ICPC = "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion"
ICPC_FAM = "The report will be shared with family at least 3 the days prior to conference"
ICPC_CHAIR = "The report will be sent to the child protection chair 3 working days before the conference"
ADVOCATE = "if they are 12 or over they should be offered an advocate"
CORE = "held within 10 days of the conference and is used to put detail on the outline CP plan"
CPVISIT = "Visits to a child subject to a CP plan will take place at least every 4 weeks"
RCPC_PARENTS = "This report must be shared with parents at least 3 days prior to the review conference"
RCPC_CHAIR = "The report will be available to the conference chair at least 3 days prior to the review conference"
PTT = "when they have been subject to a plan for 12 months"
PLO1 = "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter"
FGC = "Referral should be made within 3 working days of the first PLO meeting"
VIAB = "Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting"
MINUTES = "distributed to parents and their legal representation within 7 days of the meeting"
PLOREV = "Review PLO meetings with parents to be held every 4-6 weeks"
LPM12 = "A review legal planning meeting will be held at 12 weeks"
PLO_EXT = "In exceptional circumstances a further period of 4 weeks will be agreed in PLO"
GATEWAY16 = "a Legal Gateway meeting will be convened at 16 weeks"
CIN_DEPLAN = "will set the first CIN meeting within 20 days"
CIN_TRANSFER = "the initial CIN meeting must take place within 10 days"
CIN_REVIEW = "CIN review meetings will be held at least every 6 weeks"
CIN_VISIT = "A child subject to a CIN plan will be seen at least every 6 weeks"
CIC_ASSESS = "If it is an emergency / unplanned admission the assessment will be completed within 20 working days"
CIC_VISIT1 = "The child will be visited within 1 working day of coming into care or having a change in placement"
LAC_SEEN1 = "All looked after children will be seen within 1 working day of placement"
PLACEMENT_MTG = "The placement meeting will be held within 3 working days"
PLACEMENT_PLAN = "an updated copy given to the carers within 5 working days of the placement beginning"
FAMILY_TIME = "reviewed at least every 8 week until the plan for permanence is agreed"
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
ADOPT_6 = "then visits will be a minimum of 6 weekly until the Adoption Order is Granted"
ADOPT_10W = "been in placement with the adopter for 10 weeks they can make an application for an Adoption Order"
FC_VISIT = "Trafford foster carers are visited at least once every six weeks"
FC_RECORD = "a record of this visit is recorded on LCS within 3 working days"
FC_UNANN = "will have an unannounced visit at least once every 12 months"
FC_ANNUAL = "All Trafford foster carers will have an annual review including an updated Safer Caring Policy"
FC_PANEL = "an annual review presented to the Fostering Panel at least every three years"
FC_DBS = "updated statutory references, medicals and DBS checks at least every three years"
FC_TRAIN = "must update their core training at least every three years"
VARIATION = "This can only be given for up to 6 working days"
TEMP16 = "Temporary approval is for 16 weeks but can be extended for a further 8 weeks"
RECORDING = "any event or contact is recorded within 3 days"
SUMMARY = "A clear and concise case file summary which has been updated within the last 3 months"
ASSESS12 = "An up to date assessment (within the last 12 months) on each child"

ROWS = []


def R(voice, kind, today, q, rule=None, ph=None, amb=None, rel=None, rules=None, why=None, label=None):
    ROWS.append(dict(voice=voice, kind=kind, today=today, q=q, rule=rule, ph=ph or [], amb=amb,
                     rel=rel or [], rules=rules, why=why, label=label))


AMB_WEEKEND = "The calendar count lands on a non-working day; a careful reader might bring it forward to the last working day before."

# ================= Front Door =================
R("scenario", "date", "2025-12-24", "Contact came in on Wednesday 24/12/25 from a neighbour about shouting and a DV incident at the home; there was an earlier contact on 02/12/25 that was NFA'd. Child's DOB is 11/06/2019. By when does the TL need to have screened it and decided what action is needed?",
  ("wd", "2025-12-24", 1), [FRONT])
R("indirect", "date", "2026-04-02",
  "A school rang the front door this afternoon worried about a Year 4 boy. How long has a team leader got to look at it and decide what we're doing with it?",
  ("wd", "2026-04-02", 1), [FRONT, INIT_DEC])
R("typos", "date", "2027-05-28", "contact recieved fri 28.5 when does the TL need to of screened it for consent",
  ("wd", "2027-05-28", 1), [FRONT])
R("newstarter", "date", "2025-08-22",
  "Hi, sorry if this is a basic question - I'm new on duty. A referral was passed to me today (Friday 22nd August). By when do I need to have actioned it?",
  ("wd", "2025-08-22", 1), [REFERRAL])
R("indirect", "date", "2026-12-24",
  "police notification came in this morning and the TL has passed it to me to pick up. how long have i got before i need to have done something with it?",
  ("wd", "2026-12-24", 1), [REFERRAL])
R("manager", "date", "2026-05-07",
  "Audit query: referral received Fri 01/05/26, first social worker action recorded Tues 05/05/26. Was that within timescale?",
  ("wd", "2026-05-01", 1), [REFERRAL])
R("scenario", "date", "2027-03-25",
  "Mum came into reception on Thursday 25 March 2027 with her 3 year old (DOB 02/02/2024) asking for help, and what she said sounds like level 4. She has a GP appointment on 31/03. When does the team leader's initial decision on what action we take have to be made by?",
  ("wd", "2027-03-25", 1), [INIT_DEC])
R("indirect", "date", "2025-06-06",
  "Health visitor phoned in a worry about a baby on Friday 6 June. It looks like child protection level. How long does the manager have to make the first call on what we do?",
  ("wd", "2025-06-06", 1), [INIT_DEC])

# ================= S47 =================
R("duty", "date", "2026-01-02", "s47 initiated today 2/1, when does the child need to be seen by SW?",
  ("same", "2026-01-02"), [S47_SEEN])
R("indirect", "date", "2025-10-14",
  "My manager's just agreed we're doing a child protection enquiry on a 6 year old, started this morning (14/10). How quickly do I need to see him?",
  ("same", "2025-10-14"), [S47_SEEN])
R("newstarter", "date", "2026-08-27",
  "Hello - this is my first Section 47. It was initiated on Thursday 27 August. When do I need to have had the progress discussion with my manager?",
  ("d", "2026-08-27", 5), [S47_5])
R("indirect", "date", "2027-04-01",
  "the child protection enquiry kicked off on 1st april, when should me and my manager sit down and go through how it's going and what happens next?",
  ("d", "2027-04-01", 5), [S47_5])

# ================= Allocation / assessment =================
R("manager", "date", "2026-04-14",
  "Referral in Wed 01/04/26, case allocated for C&F assessment Thurs 09/04/26. Within timescale?",
  ("wd", "2026-04-01", 3), [ALLOC],
  amb="Counted from the referral date; if counted from the team leader's decision day the deadline would move.")
R("typos", "date", "2025-05-02", "refferal came in 2nd may, how long have we got to allocate for the c and f assesment",
  ("wd", "2025-05-02", 3), [ALLOC])
R("indirect", "date", "2027-12-23",
  "A new family came through to the team on Thursday 23 December. By when does it need to be given to a worker to start assessing?",
  ("wd", "2027-12-23", 3), [ALLOC])
R("scenario", "date", "2025-12-15", "I started the C&F assessment on 15/12/25 - the referral came in on 11/12/25 and the strat was 12/12/25. Mum's moving house on 05/01. When's the team leader review of my assessment due?",
  ("wd", "2025-12-15", 15), [TL_REVIEW])
R("indirect", "date", "2027-08-16",
  "I opened the assessment on the family on 16 Aug. When is my team leader meant to have read through it and checked where I'm up to?",
  ("wd", "2027-08-16", 15), [TL_REVIEW])
R("scenario", "date", "2026-05-20",
  "Referral came in on 11/05/26 and I started the child and family assessment on 13/05/26. The youngest's birthday is 22/05 and we've a school meeting 28/05. When's the team leader review of the assessment due?",
  ("wd", "2026-05-13", 15), [TL_REVIEW],
  amb="Counted from the day the assessment started (13/05); a reader counting from the referral (11/05) would get an earlier date.")
R("manager", "date", "2027-02-10", "C&FA opened 17/12/26, completed and authorised 29/01/27. Was it done within timescale?",
  ("d", "2026-12-17", 45), [ASSESS45],
  amb="The standard says 45 days (counted as calendar days, landing on a Sunday); statutory guidance elsewhere uses 45 working days.")
R("indirect", "date", "2026-07-20",
  "How long do I have in total to get my write-up of the family's needs finished? I started it today, 20th July.",
  ("d", "2026-07-20", 45), [ASSESS45],
  amb="The standard says 45 days (counted as calendar days); statutory guidance elsewhere uses 45 working days.")
R("scenario", "date", "2026-09-01",
  "Open case: two boys, 7 and 10. Last child and family assessment was authorised on 15/09/2025, the CIN review is on 10/09/26 and the older one's birthday is 01/10. When does the assessment stop being up to date?",
  ("m", "2025-09-15", 12), [ASSESS12])
R("indirect", "date", "2025-12-01",
  "The one-page overview at the front of the file was last refreshed on 30 November. When does it need doing again?",
  ("m", "2025-11-30", 3), [SUMMARY])
R("duty", "date", "2026-06-15", "case summary last updated 31/05/26 - next update due?",
  ("m", "2026-05-31", 3), [SUMMARY])

# ================= Strategy =================
R("duty", "date", "2026-04-02", "mgmt decision for strat made today 2/4, strat by when?",
  ("wd", "2026-04-02", 1), [STRAT1, STRAT24],
  amb="The other strategy standard says within 24 hours, which would be Fri 03/04 (Good Friday) rather than the next working day.")
R("indirect", "date", "2025-09-09",
  "Manager says we need to get police, health and school together to talk about a bruise on a toddler. She decided this morning. What's the latest that discussion can happen?",
  ("wd", "2025-09-09", 1), [STRAT1, STRAT24])
R("typos", "date", "2027-12-24", "TL decided strat needed fri 24/12, when does the strat have to happen by?",
  ("wd", "2027-12-24", 1), [STRAT1, STRAT24],
  amb="The other strategy standard says within 24 hours, which would be Sat 25/12 rather than the next working day.")

# ================= Transfer CFR -> Neighbourhood =================
R("newstarter", "date", "2026-02-16",
  "Hi, I'm in CFR and we're transferring a child to a Neighbourhood Team at CIN level. The transfer is planned for Monday 2 March 2026. What's the latest I can email the Neighbourhood Team so they get enough notice?",
  ("db", "2026-03-02", 5), [TRANSFER_NOTICE])
R("indirect", "date", "2025-12-17",
  "We emailed the locality team on 17/12 to say the family is moving over to them. By when should the old and the new worker have done the home visit together to introduce the new worker?",
  ("d", "2025-12-17", 5), [JOINT])

# ================= ICPC =================
R("scenario", "date", "2025-12-18", "Baby was seen at A&E on 16/12/25 and the initial strat was on 18/12/25; the S47 should be done before Christmas and we're heading for conference. Dad's next court date is 09/01/26. What's the latest the ICPC can be?",
  ("wd", "2025-12-18", 15), [ICPC])
R("indirect", "date", "2026-03-27",
  "We had the meeting with police and health today (27 March) to plan the enquiries. If it goes to the big meeting where everyone decides whether there's a protection plan, what's the latest date for that?",
  ("wd", "2026-03-27", 15), [ICPC])
R("scenario", "date", "2027-05-07",
  "Strat was on 28/04/27 after a disclosure at school; the S47 is done and in the outcome discussion with my TL on 06/05/27 we agreed to go to conference. The child's review at school is 24/05. When must the ICPC be held by?",
  ("wd", "2027-04-28", 15), [ICPC])
R("manager", "date", "2026-09-21", "ICPC held 18/09/26 - initial strat was 24/08/26. In timescale?",
  ("wd", "2026-08-24", 15), [ICPC])
R("typos", "date", "2025-08-20", "strat was wed 20th august, wen is the icpc due",
  ("wd", "2025-08-20", 15), [ICPC])
R("newstarter", "date", "2027-12-20",
  "Hello, I'm a newly qualified worker. We had an initial strategy discussion today (20/12/2027) and the plan is likely to be an Initial Child Protection Conference. What's the latest date it can be?",
  ("wd", "2027-12-20", 15), [ICPC])
R("indirect", "date", "2026-12-18",
  "the multi-agency meeting about the baby's injuries was yesterday. if it goes to conference, latest date?",
  ("wd", "2026-12-17", 15), [ICPC], rel=[("yesterday", "2026-12-17")])
R("scenario", "date", "2025-04-10",
  "Initial strategy discussion was on 09/04/25; a second strat was held on 15/04/25 when more info came from the police. The kids' dad is in court on 28/04. When does the ICPC have to be convened by?",
  ("wd", "2025-04-09", 15), [ICPC],
  amb="Counted from the initial strategy discussion as the standard says; counting from the second strat would give a later date.")
R("indirect", "date", "2026-05-22",
  "We've decided after the enquiries to take it to the first multi-agency meeting that agrees a safety plan. Police and social care first met about it on Friday 22 May. What's the latest that conference can be?",
  ("wd", "2026-05-22", 15), [ICPC])

R("duty", "date", "2026-01-05", "ICPC fri 16/01/26, report shared with family by?",
  ("db", "2026-01-16", 3), [ICPC_FAM])
R("indirect", "date", "2025-04-14",
  "The conference about the children is on Friday 25 April. When's the last day I can give mum and dad a copy of what I've written for it?",
  ("db", "2025-04-25", 3), [ICPC_FAM])
R("scenario", "date", "2026-04-01", "ICPC is on Thursday 9 April 2026. The strat was on 20/03/26 and my TL has to sign the report off before it goes; she's on leave from 07/04. When does the report need to be with the chair?",
  ("wdb", "2026-04-09", 3), [ICPC_CHAIR])
R("scenario", "date", "2025-06-03",
  "Auditing an ICPC held on Monday 02/06/25 (strat 12/05/25). The SW report went to the chair on Thursday 29/05/25 and was shared with the family on 28/05/25. Was the report to the chair on time?",
  ("wdb", "2025-06-02", 3), [ICPC_CHAIR])
R("newstarter", "date", "2027-12-20",
  "When does my report need to reach the child protection chair? The initial conference is on Wednesday 29 December 2027.",
  ("wdb", "2027-12-29", 3), [ICPC_CHAIR])
R("indirect", "date", "2026-05-18",
  "first big multi-agency meeting about the children's safety is on tuesday 26th may, when has the independent person running it got to have my written report?",
  ("wdb", "2026-05-26", 3), [ICPC_CHAIR])
R("scenario", "date", "2025-12-15",
  "ICPC is booked for Friday 02/01/26; the strat was on 10/12/25 and the children's school breaks up on 19/12. My team leader is on leave from 22/12. When does the report need to be with the chair?",
  ("wdb", "2026-01-02", 3), [ICPC_CHAIR])

# ================= CP plans =================
R("indirect", "date", "2026-03-31",
  "Conference today (31 March) put the twins on plans. When does the first get-together of professionals and family to flesh out the plan need to happen?",
  ("d", "2026-03-31", 10), [CORE])
R("scenario", "date", "2027-05-05",
  "Baby (born 14/04/27) was made subject to a CP plan at conference on 30/04/27. The strat had been on 12/04/27 and the next conference is pencilled for July. When should the first core group be held by?",
  ("d", "2027-04-30", 10), [CORE])
R("manager", "date", "2025-06-20", "ICPC 02/06/25, first core group held 13/06/25. Compliant?",
  ("d", "2025-06-02", 10), [CORE])
R("newstarter", "date", "2026-12-21",
  "Hi, the conference was today (21 December) and the children are now on child protection plans. When must the first core group meeting happen?",
  ("d", "2026-12-21", 10), [CORE])
R("indirect", "date", "2027-12-22",
  "kids went on protection plans at the meeting on wednesday 22 dec. when's the first smaller working meeting with the family to put detail on the plan due?",
  ("d", "2027-12-22", 10), [CORE], amb=AMB_WEEKEND)

R("typos", "visits", "2026-04-20", "last seen the kids on cp plan 3rd april, when next visit due",
  ("w", "2026-04-03", 4), [CPVISIT])
R("indirect", "visits", "2027-12-01",
  "She's on a protection plan. I last saw her at home on 29 Nov. Latest date for my next visit?",
  ("w", "2027-11-29", 4), [CPVISIT], amb=AMB_WEEKEND.replace("non-working day", "bank holiday (27/12)"))
R("manager", "visits", "2025-09-10", "CP visits on file: 01/08/25 then 02/09/25. Was the second within timescale?",
  ("w", "2025-08-01", 4), [CPVISIT])
R("scenario", "visits", "2026-07-01",
  "I did an unannounced visit on 24/06/26 but the child was at her nan's so I didn't see her at home. The previous visit where I saw her at home was 09/06/26. She's on a CP plan. When's the next statutory visit due?",
  ("w", "2026-06-09", 4), [CPVISIT])
R("indirect", "visits", "2025-04-22",
  "Brother and sister on protection plans - last time I saw them both at home on their own was Thursday 3rd April. When's my next one due by?",
  ("w", "2025-04-03", 4), [CPVISIT])

R("scenario", "date", "2026-06-01", "Review conference is Friday 12/06/26; the kids have been on plans since 13/03/26 and the last core group was 28/05/26. When's the latest I can share the plan update with the parents?",
  ("db", "2026-06-12", 3), [RCPC_PARENTS])
R("indirect", "date", "2025-11-24",
  "The meeting to review the protection plan is Thursday 4th December. When does the chair need to have my update by at the latest?",
  ("db", "2025-12-04", 3), [RCPC_CHAIR])
R("manager", "date", "2027-03-31", "Review conf 30/03/27. Plan update shared with parents 26/03/27. Did that meet the standard?",
  ("db", "2027-03-30", 3), [RCPC_PARENTS])
R("scenario", "date", "2026-12-14",
  "Three children have been on CP plans since July; their review conference is on 06/01/27 and mum's solicitor has asked for everything by 18/12. I'm off 24/12-02/01. When is the latest the plan update has to be shared with the parents?",
  ("db", "2027-01-06", 3), [RCPC_PARENTS], amb=AMB_WEEKEND)
R("indirect", "date", "2026-10-01",
  "Kids have been on plans since 14/10/2025 and nothing's really shifting. When do we hit the point where we need the meeting to think differently about how we work with the family?",
  ("m", "2025-10-14", 12), [PTT])
R("duty", "date", "2025-12-01", "CPP started 31/01/25, 12 month PTT point?",
  ("m", "2025-01-31", 12), [PTT])

# ================= PLO =================
R("indirect", "date", "2025-12-19",
  "The letter went out to mum on 19/12 telling her we're worried enough to think about court, and inviting her to a meeting with her solicitor. When does that meeting have to happen by?",
  ("d", "2025-12-19", 10), [PLO1])
R("scenario", "date", "2026-05-26",
  "Legal Gateway on 14/05/26 agreed PLO. The PLO letter is dated 22/05/26 but it wasn't hand-delivered until 26/05/26. Mum's birthday is 01/06. When does the first PLO meeting need to be held by?",
  ("d", "2026-05-22", 10), [PLO1])
R("manager", "date", "2026-09-20", "PLO letter 28/08/26, initial meeting held 09/09/26. In timescale?",
  ("d", "2026-08-28", 10), [PLO1])
R("indirect", "date", "2026-08-21",
  "Legal have signed off the letter that starts pre-proceedings and it's dated today, Friday 21 August. When's the latest the first meeting with the parents and their solicitor can be?",
  ("d", "2026-08-21", 10), [PLO1], amb=AMB_WEEKEND.replace("non-working day", "bank holiday (31/08)"))

R("newstarter", "date", "2026-04-01",
  "We had the first PLO meeting on Wednesday 1 April 2026 and mum has consented to a Family Group Conference. By when should I make the referral?",
  ("wd", "2026-04-01", 3), [FGC])
R("indirect", "date", "2025-12-23",
  "At the first pre-proceedings meeting today (23/12) dad agreed to a family meeting where the wider family make their own plan. How long do I have to refer for it?",
  ("wd", "2025-12-23", 3), [FGC])
R("scenario", "date", "2026-05-22", "Initial PLO meeting was on Friday 22/05/26 and gran was put forward as a carer; the PLO letter went out on 12/05/26 and the next review PLO is pencilled for 30/06/26. When must the viability screening request go to the Family Placement Team?",
  ("wd", "2026-05-22", 3), [VIAB])
R("indirect", "date", "2027-08-27",
  "At the first meeting in pre-proceedings today (Fri 27 Aug) the aunt said she'd like to be looked at as a carer for the kids. By when do I have to ask the placement team to screen her?",
  ("wd", "2027-08-27", 3), [VIAB])
R("manager", "date", "2025-04-30", "Initial PLO meeting 16/04/25, viability request to FPT sent 23/04/25. In timescale?",
  ("wd", "2025-04-16", 3), [VIAB])
R("typos", "date", "2025-12-22", "plo mtg was 22/12/25 when do the minuts have to go out to parents and there solicitors",
  ("d", "2025-12-22", 7), [MINUTES])
R("indirect", "date", "2026-03-31",
  "How long have I got to send out the notes from the pre-proceedings meeting with the parents and their lawyers? We met today, 31 March.",
  ("d", "2026-03-31", 7), [MINUTES])
R("scenario", "date", "2027-01-08",
  "First PLO meeting was on 05/01/27; the FGC followed on 07/01/27. The parents' solicitors have asked when they'll get the minutes of the PLO meeting - what's the deadline?",
  ("d", "2027-01-05", 7), [MINUTES])
R("duty", "visits", "2026-01-14", "last PLO review mtg 12/01/26, next by?",
  ("w", "2026-01-12", 6), [PLOREV],
  amb="The standard gives a 4-6 week range; due is the latest (6 weeks), 4 weeks would be 09/02/26.")
R("scenario", "date", "2026-01-06", "The PLO letter was dated 23/12/25 and the initial PLO meeting was on 06/01/26; the FGC is booked for 20/01/26. When is the 12-week review legal planning meeting?",
  ("w", "2026-01-06", 12), [LPM12],
  amb="The standard does not say what the 12 weeks run from; counted from the initial PLO meeting, the PLO letter date would give 17/03/26.")
R("indirect", "date", "2027-02-01",
  "We went into pre-proceedings with the first meeting today, 1 Feb 2027. When's the twelve-week meeting with our solicitor to look at whether it's working?",
  ("w", "2027-02-01", 12), [LPM12],
  amb="The standard does not say what the 12 weeks run from; counted from the initial PLO meeting.")
R("manager", "date", "2026-07-10", "Initial PLO meeting 17/03/26, still in PLO. When should the 16 week Legal Gateway have been?",
  ("w", "2026-03-17", 16), [GATEWAY16],
  amb="The standard does not say what the 16 weeks run from; counted from the initial PLO meeting.")
R("scenario", "date", "2025-11-03",
  "The family went into PLO with the initial meeting on 01/09/25 (the letter was dated 22/08/25). The 12-week review is booked and dad has a new baby due 20/12. If they're still in PLO, when does the Legal Gateway fall?",
  ("w", "2025-09-01", 16), [GATEWAY16],
  amb="The standard does not say what the 16 weeks run from; counted from the initial PLO meeting, the letter date would give 12/12/25.")
R("newstarter", "date", "2026-06-01",
  "At the 12 week review legal planning meeting today (1 June 2026) they agreed exceptional circumstances to extend PLO. How long is the extension - when does it end?",
  ("w", "2026-06-01", 4), [PLO_EXT])

# ================= CIN =================
R("indirect", "date", "2026-12-09",
  "The meeting today (9 Dec) that looked again at the kids' protection plans took them off and onto a support plan instead. When does the first meeting under the support plan need to happen?",
  ("d", "2026-12-09", 20), [CIN_DEPLAN])
R("duty", "date", "2025-04-16", "deplanned at RCPC 16/04/25, first CIN mtg by?",
  ("d", "2025-04-16", 20), [CIN_DEPLAN])
R("manager", "date", "2027-06-30", "De-planned 24/05/27. First CIN meeting held 11/06/27. In time?",
  ("d", "2027-05-24", 20), [CIN_DEPLAN])
R("scenario", "date", "2025-08-20",
  "Case came over to us from Children's First Response on 18/08/25; the C&F assessment was finished on 14/08/25. Dad's contact is on 26/08. When must the initial CIN meeting happen?",
  ("d", "2025-08-18", 10), [CIN_TRANSFER])
R("typos", "date", "2026-12-22", "case tranfered from cfr 21.12.26 whens the intial cin meeting due",
  ("d", "2026-12-21", 10), [CIN_TRANSFER])
R("indirect", "date", "2027-03-22",
  "Just picked up a family from the front door team today (Monday 22 March). When's the first meeting with the family and the other professionals about the support plan due?",
  ("d", "2027-03-22", 10), [CIN_TRANSFER])
R("indirect", "visits", "2025-12-01",
  "We last got together with school and health to go over the family support plan on 24 November. When's the next one due?",
  ("w", "2025-11-24", 6), [CIN_REVIEW])
R("scenario", "visits", "2026-08-10",
  "I saw the boy at school on 05/08/26 but not at home. The last home visit where I saw him was 15/07/26, and his CIN review is 20/08. When's the next CIN visit due?",
  ("w", "2026-07-15", 6), [CIN_VISIT])
R("newstarter", "visits", "2027-05-04",
  "Hello, how often should I see a child on a Child in Need plan? My last home visit was on 29 April 2027.",
  ("w", "2027-04-29", 6), [CIN_VISIT])
R("indirect", "visits", "2026-11-16",
  "Family on a support plan (not protection). I last saw the girl at home on Monday 16 Nov - today. When do I need to see her again by?",
  ("w", "2026-11-16", 6), [CIN_VISIT], amb=AMB_WEEKEND.replace("non-working day", "bank holiday (28/12)"))

# ================= Children in care =================
R("scenario", "date", "2025-12-24", "Two children came into care as an emergency on Christmas Eve (24/12/25) after police protection; they'd been known since a referral on 01/10/25. The youngest turns 4 on 02/01. When must their assessment be completed?",
  ("wd", "2025-12-24", 20), [CIC_ASSESS])
R("indirect", "date", "2026-04-03",
  "Police protection last night ended with two kids being placed with carers in an emergency. How long do we have to finish the assessment of their needs?",
  ("wd", "2026-04-02", 20), [CIC_ASSESS], rel=[("last night", "2026-04-02")])
R("scenario", "date", "2026-12-24",
  "Placement moved on 24/12/26 after the previous one broke down on 22/12. Child's DOB is 03/01/2014 and his PEP is 12/01. By when must he be visited in the new placement?",
  ("wd", "2026-12-24", 1), [CIC_VISIT1, LAC_SEEN1])
R("typos", "date", "2026-05-02", "placment started sat 2nd may 2026 whens the first visit due",
  ("wd", "2026-05-02", 1), [CIC_VISIT1, LAC_SEEN1],
  amb="Placement started on a Saturday; counted from it the next working day is Tue 05/05 (Mon 04/05 is a bank holiday).")
R("indirect", "date", "2027-04-02",
  "Child moved to new foster carers today, Friday 2 April. When's the latest I need to get out to see her?",
  ("wd", "2027-04-02", 1), [CIC_VISIT1, LAC_SEEN1])
R("scenario", "date", "2026-12-17", "Child was placed with carers on Thursday 17/12/26 after the ICO hearing on 16/12/26; the carers have family staying from 24/12. When does the placement meeting have to be held by?",
  ("wd", "2026-12-17", 3), [PLACEMENT_MTG])
R("indirect", "date", "2025-05-23",
  "A teenager moved in with carers today (23 May). When should we all sit down with the carers to agree what they can sign off day to day and how they'll meet her needs?",
  ("wd", "2025-05-23", 3), [PLACEMENT_MTG])
R("manager", "date", "2026-04-20", "Placement start 01/04/26, placement meeting held 07/04/26. In timescale?",
  ("wd", "2026-04-01", 3), [PLACEMENT_MTG])
R("newstarter", "date", "2027-12-23",
  "I'm new, sorry. A placement began on Thursday 23 December 2027. When does the placement meeting need to take place?",
  ("wd", "2027-12-23", 3), [PLACEMENT_MTG])
R("indirect", "date", "2026-08-28",
  "Child placed today, Friday 28 August 2026. By when do the carers need the updated copy of the document that sets out how the placement will meet his needs?",
  ("wd", "2026-08-28", 5), [PLACEMENT_PLAN])
R("typos", "date", "2025-12-30", "placment began 30/12/25 updated placment plan to carers by when",
  ("wd", "2025-12-30", 5), [PLACEMENT_PLAN])
R("indirect", "visits", "2026-02-02",
  "We last looked at how often mum sees the children at the contact centre on 19 Jan. There's no permanence plan agreed yet. When does that need looking at again?",
  ("w", "2026-01-19", 8), [FAMILY_TIME])
R("duty", "visits", "2025-10-23", "family time arrangements reviewed 22/10/25, next review by?",
  ("w", "2025-10-22", 8), [FAMILY_TIME])
R("scenario", "date", "2026-12-15", "She came into care on 14/12/26 when dad was arrested (his hearing is 21/12/26). Her brother came into care back in June. When does she need to be given the coming into care pack and the rights leaflet?",
  ("w", "2026-12-14", 3), [PACK])
R("indirect", "date", "2025-04-02",
  "Child came into care yesterday. When does she need to be given the welcome information and the leaflet about her rights?",
  ("w", "2025-04-01", 3), [PACK], rel=[("yesterday", "2025-04-01")])
R("newstarter", "date", "2026-05-21",
  "A child became looked after today (21 May 2026). By when should all the other professionals be told about her legal status?",
  ("wd", "2026-05-21", 5), [LEGAL_STATUS])
R("indirect", "date", "2027-12-22",
  "She came into care yesterday when the interim order was made. When does everyone else involved - school, GP, health visitor - need to have been told she's now in care?",
  ("wd", "2027-12-21", 5), [LEGAL_STATUS], rel=[("yesterday", "2027-12-21")])
R("duty", "date", "2025-04-08", "LAC 07/04/25 - IHA by?",
  ("wd", "2025-04-07", 20), [IHA])
R("indirect", "date", "2026-12-15",
  "Child came into care on 15/12. When does the medical the health team do for every child coming into care need to be done by?",
  ("wd", "2026-12-15", 20), [IHA])
R("manager", "date", "2027-02-20", "Child became LAC 11/01/27, IHA done 05/02/27. Within timescale?",
  ("wd", "2027-01-11", 20), [IHA])
R("typos", "date", "2026-04-07", "came in to care 3/4/26 pep meeting by",
  ("d", "2026-04-03", 20), [PEP])
R("indirect", "date", "2025-09-03",
  "Child went into care on 2 September and has just started Year 7. When does the meeting at school about his education plan need to be arranged for?",
  ("d", "2025-09-02", 20), [PEP])
R("scenario", "date", "2026-10-20",
  "Placed today under s20 (20/10/26). Mum's court date is 02/11/26 and the school's half term is 26-30/10. When is the PEP meeting due?",
  ("d", "2026-10-20", 20), [PEP])
R("duty", "visits", "2025-12-30", "LAC visit 29/12/25, first LAR not had yet, next visit by?",
  ("w", "2025-12-29", 1), [LAC_WEEKLY])
R("indirect", "visits", "2026-04-07",
  "Little one came into care three weeks ago and hasn't had her first review yet. I last saw her at the carers on Thursday 2 April. When's my next visit due?",
  ("w", "2026-04-02", 1), [LAC_WEEKLY])
R("scenario", "visits", "2025-08-01",
  "Child came into care in May; his first LAC review was 10/06/25 and the second is booked for 08/09/25. I last saw him on 24/07/25 and the plan for permanence isn't finalised. When's the next statutory visit due?",
  ("w", "2025-07-24", 6), [LAC_6])
R("typos", "visits", "2026-12-21", "lac visit done 21.12.26 (after 1st review), when is nxt one",
  ("w", "2026-12-21", 6), [LAC_6])
R("newstarter", "visits", "2027-03-01",
  "A young person has been in her permanent placement for 18 months and is really settled. I last visited on 24 February 2027. When's the next statutory visit due?",
  ("w", "2027-02-24", 12), [LAC_12])
R("indirect", "visits", "2025-05-20",
  "He's been with his long-term foster family for nearly three years and it's going well. Last saw him Tuesday 20 May. How long can I leave it now before the next one?",
  ("w", "2025-05-20", 12), [LAC_12])
R("duty", "date", "2025-12-19", "placed 19/12/25, care plan on LCS by?",
  ("d", "2025-12-19", 10), [CAREPLAN])
R("indirect", "date", "2027-05-25",
  "Child placed today (25 May). When does the plan setting out her needs, the outcomes we want and the services she'll get need to be on the system?",
  ("d", "2027-05-25", 10), [CAREPLAN])
R("indirect", "date", "2026-03-20",
  "a child came into our care today (20 march 2026). when is the first meeting with the independent reviewer to look at her care plan due?",
  ("wd", "2026-03-20", 20), [LAR1])
R("scenario", "date", "2027-07-30",
  "Child was accommodated on 26/07/27 after a strat on 22/07/27; the interim care order was granted yesterday (29/07/27). When must the initial looked after review take place?",
  ("wd", "2027-07-26", 20), [LAR1],
  amb="Counted from the day the child became looked after (accommodated 26/07); a reader counting from the interim care order would get a later date.",
  rel=[("yesterday", "2027-07-29")])
R("scenario", "date", "2027-08-27", "Child came into care on Friday 27/08/27 under s20, two days after his 10th birthday (25/08); mum's parenting assessment is due 10/09/27. When must the initial LAC review take place?",
  ("wd", "2027-08-27", 20), [LAR1])
R("scenario", "date", "2025-06-30", "Child became looked after on 28/04/25 (ICO granted 02/05/25). The initial LAR was held on 28/05/25 and the second on 15/10/25. Was the initial review held in timescale?",
  ("wd", "2025-04-28", 20), [LAR1],
  amb="Counted from the day the child became looked after; counting from the ICO (02/05/25) would give a later deadline.")
R("newstarter", "date", "2026-12-29",
  "Hi - when is the first Looked After Review due for a child who came into care on Christmas Eve (24/12/2026)?",
  ("wd", "2026-12-24", 20), [LAR1])
R("scenario", "date", "2027-01-04", "Child came into care on 27/11/26 and his first LAR is on Friday 15/01/27; his sister's review is 22/01/27. When does my report have to be with the IRO?",
  ("db", "2027-01-15", 3), [IRO_REPORT])
R("indirect", "date", "2026-05-26",
  "His six-monthly meeting with the independent person who oversees his care plan is on 5 June. When's the latest my written report can get to them?",
  ("db", "2026-06-05", 3), [IRO_REPORT])
R("scenario", "date", "2025-12-22",
  "Child has been in care since 10/11/25; his second review is on Monday 05/01/26 and his birthday is 31/12. I'm on leave 24/12 to 02/01. What's the latest my report has to be with the IRO?",
  ("db", "2026-01-05", 3), [IRO_REPORT])

# ================= IRO =================
R("indirect", "date", "2025-12-19",
  "The independent reviewer raised a concern with me informally today (19 December) about drift in the care plan. How long before it turns into a formal dispute if it's not sorted?",
  ("wd", "2025-12-19", 5), [IRO_INFORMAL])
R("newstarter", "date", "2027-03-24",
  "The IRO made an informal challenge on Wednesday 24 March 2027. If it isn't resolved, when would it become a formal dispute?",
  ("wd", "2027-03-24", 5), [IRO_INFORMAL])
R("manager", "date", "2026-06-10", "Formal dispute raised by IRO 01/05/26. When should it have been fully concluded?",
  ("wd", "2026-05-01", 20), [IRO_FORMAL])
R("scenario", "date", "2025-12-09", "The foster carer's family raised a complaint on 01/12/25; separately, the IRO's formal dispute about the care plan started on 08/12/25 after her informal challenge of 28/11/25 wasn't resolved. When should the formal dispute process be finished?",
  ("wd", "2025-12-08", 20), [IRO_FORMAL])
R("scenario", "date", "2027-04-12",
  "IRO raised an informal challenge on 12/03/27 about the delay in the sibling assessment. It wasn't resolved and she opened the formal dispute on 19/03/27. The next LAC review is 30/04/27. When should the formal process be finished?",
  ("wd", "2027-03-19", 20), [IRO_FORMAL])

# ================= Adoption =================
R("scenario", "visits", "2026-09-01",
  "Child was placed with adopters on 20/08/26 (placement order made 03/06/26). The first LAR isn't until 15/09/26. My last visit was 27/08/26. When's the next visit due?",
  ("w", "2026-08-27", 1), [ADOPT_WEEKLY])
R("indirect", "visits", "2027-01-10",
  "She's living with her adopters and the first review after she moved in was done in November. I last saw her with them on 30/12/26. When's the next one due?",
  ("w", "2026-12-30", 6), [ADOPT_6])
R("indirect", "date", "2026-03-01",
  "When can the adopters apply to court to make it all permanent? The little boy moved in with them on 24 February 2026.",
  ("w", "2026-02-24", 10), [ADOPT_10W])
R("scenario", "date", "2026-01-05", "The little one moved in with her adopters on 18/12/25; introductions started on 08/12/25 and the placement order was made on 14/10/25. From what date can the adopters apply for the Adoption Order?",
  ("w", "2025-12-18", 10), [ADOPT_10W])
R("scenario", "date", "2027-06-01",
  "The twins were matched at panel on 12/04/27 and moved in with the adopters on 17/05/27 after introductions starting 03/05/27. From what date can the adopters apply for the Adoption Order?",
  ("w", "2027-05-17", 10), [ADOPT_10W])

# ================= Fostering =================
R("indirect", "visits", "2025-12-10",
  "I'm the carers' supervising worker. I last went out to see them on 27 November. When do I need to see them again?",
  ("w", "2025-11-27", 6), [FC_VISIT])
R("typos", "visits", "2027-03-05", "last supervising visit to foster carers 3/3/27, next one by",
  ("w", "2027-03-03", 6), [FC_VISIT])
R("duty", "date", "2026-04-02", "FC sup visit 02/04/26, recording on LCS due?",
  ("wd", "2026-04-02", 3), [FC_RECORD])
R("indirect", "visits", "2026-10-01",
  "When's the latest we can do the surprise visit to our carers? The last one was on 14/10/2025.",
  ("m", "2025-10-14", 12), [FC_UNANN])
R("manager", "date", "2026-12-01", "FC annual review last held 17/01/26. Next one due?",
  ("m", "2026-01-17", 12), [FC_ANNUAL])
R("scenario", "date", "2026-05-01",
  "A foster carer was approved back in 2019. Her last review presented to Fostering Panel was on 12 May 2023, and her last annual review (chaired by an IRO) was on 30 April 2026. When must a review next go to Panel?",
  ("m", "2023-05-12", 36), [FC_PANEL])
R("duty", "date", "2026-03-10", "FC DBS dated 30/06/23, renewal by?",
  ("m", "2023-06-30", 36), [FC_DBS])
R("typos", "date", "2027-01-04", "carer did her core training 29th feb 2024, when does she need to redo it",
  ("m", "2024-02-29", 36), [FC_TRAIN],
  amb="Three years on from 29 Feb has no 29 Feb; clamped to 28/02/27, a reader might say 01/03/27.")
R("scenario", "date", "2026-12-22",
  "We placed a third child with carers approved for two on 22/12/26, after the Strategic Lead agreed a Variation of the Terms of Approval that morning. The child's sibling is placed elsewhere until 05/01/27. How long does the variation last?",
  ("wd", "2026-12-22", 6), [VARIATION],
  amb="'Up to 6 working days' could be read as including the day it was given (ending 31/12/26).")
R("indirect", "date", "2025-09-15",
  "Gran was okayed as a stop-gap carer so the grandkids could move in with her today (15/09/25) while she's properly assessed. When does that stop-gap okay run out?",
  ("w", "2025-09-15", 16), [TEMP16])
R("newstarter", "date", "2026-04-20",
  "The connected person's temporary approval started on 6 January 2026 and Panel has agreed to extend it. What's the absolute latest it can run to?",
  ("w", "2026-01-06", 24), [TEMP16], label="16 weeks + 8 week extension = 24 weeks")

# ================= Case recording =================
R("typos", "date", "2025-12-19", "did a home visit fri 19/12 when does it need recording by",
  ("d", "2025-12-19", 3), [RECORDING])
R("indirect", "date", "2026-01-06",
  "How long do I have to get yesterday's phone call with the child's dad written up on the system?",
  ("d", "2026-01-05", 3), [RECORDING], rel=[("yesterday", "2026-01-05")])
R("manager", "date", "2027-06-01", "Visit on 20/05/27 recorded 25/05/27. Within case recording timescale?",
  ("d", "2027-05-20", 3), [RECORDING])

# ================= Ages =================
R("scenario", "age", "2026-02-10",
  "ICPC is booked for 03/03/26 for two siblings. The eldest was born 14/03/2014 and really wants to come along; the strat was 11/02/26. When does she turn 12, so we know if we have to offer her an advocate?",
  ("age", "2014-03-14", 12), [ADVOCATE])
R("newstarter", "age", "2027-06-01",
  "A young person on my caseload was born on 5 July 2015. When does she turn 12? I need to know when we must offer her an advocate for conference.",
  ("age", "2015-07-05", 12), [ADVOCATE])
R("typos", "age", "2026-12-10", "whens the boy turn 12 - dob 31.12.14, his conference is in jan",
  ("age", "2014-12-31", 12), [ADVOCATE])
R("duty", "age", "2025-11-01", "YP dob 31/08/2010 - pathway plan start date?",
  ("age", "2010-08-31", 15, 6), [PATHWAY],
  amb="15 years 6 months from 31 August: clamped to 28/02/26, a reader might say 01/03/26.")
R("indirect", "age", "2026-06-01",
  "When do I need to start the plan that gets a young person in care ready for leaving care? He was born 12/12/2010.",
  ("age", "2010-12-12", 15, 6), [PATHWAY])
R("scenario", "age", "2027-01-15",
  "Child in care born 29/02/2012 (leap day baby!), came into care in 2019 and is in a long-term placement with a review due 20/02/27. On what date must her pathway plan be started?",
  ("age", "2012-02-29", 15, 6), [PATHWAY],
  amb="29 Feb birthday: 15th birthday taken as 01/03/27 so +6 months = 01/09/27; counting 186 months straight from 29/02/12 gives 29/08/27.")
R("scenario", "age", "2026-02-10",
  "Child's DOB is 29/02/2020 and he's with his maternal aunt. Legal Gateway is on 26/02/26 and PLO is likely to start in March. When does he turn 6 (we need to know if he'll be allocated an adoption social worker)?",
  ("age", "2020-02-29", 6), [ADOPT6])
R("indirect", "age", "2025-09-01",
  "The little girl we're probably taking into pre-proceedings was born 19/10/2019. When does she get too old for the rule that gives young children an adoption worker and a family finder?",
  ("age", "2019-10-19", 6), [ADOPT6])
R("typos", "age", "2027-02-01", "dob 3.4.21, when is she 6? looking at whether adoption sw gets allocated if we go into plo",
  ("age", "2021-04-03", 6), [ADOPT6])

# ================= None (no timescale in the standards) =================
R("duty", "none", "2026-01-05", "ICPC 05/01/26, RCPC due when?",
  why="the standards only say the CP chair sets the date of the next conference; no review conference timescale is given.")
R("newstarter", "none", "2026-06-02",
  "When is the next review child protection conference due after the first review on 1 June 2026?",
  why="the standards give no interval between review conferences; the chair sets the next date.")
R("duty", "none", "2026-02-13", "first LAR 12/02/26, 2nd LAR due?",
  why="the standards only give the initial review (20 working days); later reviews are 'in accordance with the timescales' without a number.")
R("newstarter", "none", "2026-03-04",
  "How often should I have supervision with my team leader? My last one was 03/03/26 - when's the next due?",
  why="supervision frequency is left to the supervision policy; these standards set no interval.")
R("indirect", "none", "2025-11-17",
  "A lower-level worry (early help, level 3) came in on Monday 17 Nov. By when does the early help team leader have to decide what happens?",
  why="Level 1-3 initial decisions by an Early Help Team Leader have no timescale in the standards.")
R("scenario", "none", "2026-06-15",
  "Adoption is the agreed plan after the final care planning meeting on 10/06/26. The IRH is on 20/07/26 and the CPR is being written. What's the deadline for the SHOPBA with the ADM?",
  why="SHOPBA must be after the final care planning meeting and before paperwork for the IRH is due, but no number of days is set.")
R("duty", "none", "2026-03-10", "Legal Gateway 10/03/26 decided to issue - SWET filing deadline?",
  why="filing timescales are agreed at the Legal Gateway meeting; the standards set none.")
R("typos", "none", "2026-10-02", "how long after the placement order do i have to do the later life letter, PO was 1/10/26",
  why="the Lifestory book and Later Life Letter have no timescale in the standards.")
R("indirect", "none", "2025-11-05",
  "How soon after a young person's care review should the independent reviewer get in touch with them to see how things are going? Last review was 04/11/25.",
  why="the IRO contacts the child between reviews, but no interval is set.")
R("manager", "none", "2027-03-15", "How often must a care leaver's pathway plan be reviewed? Last one 01/03/27 - when's it overdue?",
  why="the pathway plan is reviewed by the IRO as part of the statutory review; no separate interval is given.")

# ================= Choice (two standards fit) =================
R("duty", "choice", "2026-03-03", "conference was 03/03/26, what's next due?",
  rules=[("if a CP plan was made, first core group within 10 days", ("d", "2026-03-03", 10)),
         ("if de-planned at a review conference, first CIN meeting within 20 days", ("d", "2026-03-03", 20))],
  ph=[CORE, CIN_DEPLAN])
R("indirect", "choice", "2026-12-18",
  "the first conference about the kids' safety is on Tuesday 5 Jan 2027, when does my written report have to be done by?",
  rules=[("to the CP chair 3 working days before", ("wdb", "2027-01-05", 3)),
         ("shared with family at least 3 days prior", ("db", "2027-01-05", 3))],
  ph=[ICPC_CHAIR, ICPC_FAM])
R("newstarter", "choice", "2026-05-21",
  "The first PLO meeting was today (Thursday 21 May 2026). What do I need to get done after it, and by when?",
  rules=[("FGC referral / viability screening request within 3 working days", ("wd", "2026-05-21", 3)),
         ("minutes to parents and their legal representatives within 7 days", ("d", "2026-05-21", 7))],
  ph=[FGC, VIAB, MINUTES])
R("scenario", "choice", "2027-08-10",
  "Child placed with foster carers on 10/08/27 after an emergency; mum's contact is on Wednesdays and the ICO hearing is 16/08/27. When is the plan due?",
  rules=[("updated placement plan copy to carers within 5 working days", ("wd", "2027-08-10", 5)),
         ("care plan on the system within 10 days of placement", ("d", "2027-08-10", 10))],
  ph=[PLACEMENT_PLAN, CAREPLAN])
R("typos", "choice", "2025-09-01", "child came into care 1.9.25 when is the meeting due",
  rules=[("placement meeting within 3 working days", ("wd", "2025-09-01", 3)),
         ("initial Looked After Review within 20 working days", ("wd", "2025-09-01", 20))],
  ph=[PLACEMENT_MTG, LAR1])
R("indirect", "choice", "2026-10-19",
  "Child came into care today, 19/10/26. When are the health check and the school meeting due?",
  rules=[("PEP meeting within 20 days", ("d", "2026-10-19", 20)),
         ("initial health assessment within 20 working days", ("wd", "2026-10-19", 20))],
  ph=[PEP, IHA])
R("manager", "choice", "2025-05-12", "Strat held and s47 started 12/05/25 - what timescales does the team need to hit next?",
  rules=[("S47 progress discussion within 5 days", ("d", "2025-05-12", 5)),
         ("ICPC within 15 working days of the strat", ("wd", "2025-05-12", 15))],
  ph=[S47_5, ICPC],
  amb="The child being seen the same day (12/05) is a third candidate if not already done.")
R("typos", "choice", "2026-04-15", "did the supervisng visit to the carers 15/4/26, whats due next and when",
  rules=[("visit recorded on LCS within 3 working days", ("wd", "2026-04-15", 3)),
         ("next supervising visit within six weeks", ("w", "2026-04-15", 6))],
  ph=[FC_RECORD, FC_VISIT])
