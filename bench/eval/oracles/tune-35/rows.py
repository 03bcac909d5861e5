# Structured descriptions of each question; oracle.py computes due/count from the rule.
# (voice, kind, today, q, rule, expect_any, [ambiguous])
FD = "are required by a Team Leader within 1 working day"
INIT = "Initial decisions will be made about the action required within 1 working day"
REF = "Referrals will be actioned by a social worker within 1 working day"
S47SAME = "will be seen by the Social Worker the same day"
S47_5 = "Within 5 days of the Section 47 being initiated"
ALLOC = "allocated to a social worker to complete a Child and Family Assessment within 3 working days"
TLREV = "All assessments will be reviewed by the Team Leader within 15 working days"
A45 = "Assessments must all be completed within 45 days"
STRAT1 = "a strategy discussion is required, this must happen within 1 working day"
TRANSFER = "will notify the Neighbourhood Team via email, giving at least 5 days"
ICPC = "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion"
FAMREP = "The report will be shared with family at least 3 the days prior to conference"
CHAIRREP = "The report will be sent to the child protection chair 3 working days before the conference"
CG = "held within 10 days of the conference and is used to put detail on the outline CP plan"
CPV = "Visits to a child subject to a CP plan will take place at least every 4 weeks"
RCPC_PAR = "This report must be shared with parents at least 3 days prior to the review conference"
RCPC_CHAIR = "The report will be available to the conference chair at least 3 days prior to the review conference"
PTT = "when they have been subject to a plan for 12 months"
PLO1 = "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter"
FGC = "Referral should be made within 3 working days of the first PLO meeting"
VIAB = "need to be made to Family Placement Team within 3 working days of the initial PLO meeting"
MINS = "to be distributed to parents and their legal representation within 7 days of the meeting"
PLOREV = "Review PLO meetings with parents to be held every 4-6 weeks"
LPM12 = "A review legal planning meeting will be held at 12 weeks"
EXT4 = "In exceptional circumstances a further period of 4 weeks will be agreed in PLO"
LG16 = "a Legal Gateway meeting will be convened at 16 weeks"
CIN20 = "will set the first CIN meeting within 20 days"
CIN10 = "the initial CIN meeting must take place within 10 days"
CINREV = "CIN review meetings will be held at least every 6 weeks"
CINV = "A child subject to a CIN plan will be seen at least every 6 weeks"
EMERG = "If it is an emergency / unplanned admission the assessment will be completed within 20 working days"
VIS1 = "The child will be visited within 1 working day of coming into care or having a change in placement"
SEEN1 = "All looked after children will be seen within 1 working day of placement"
PM3 = "The placement meeting will be held within 3 working days"
PP5 = "an updated copy given to the carers within 5 working days of the placement beginning"
FT8 = "reviewed at least every 8 week until the plan for permanence is agreed"
PACK = "a coming into care pack, children rights leaflet within 3 weeks"
LEGAL5 = "child\u2019s legal status within 5 working days"
IHA = "An initial health assessment will be requested and carried out within 20 working days"
PEP = "A PEP meeting will be arranged within the school within 20 days"
LACW = "Statutory looked after visits must happen weekly until the first looked after review"
LAC6 = "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised"
LAC12 = "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement"
CPLAN10 = "An up to date care plan will be recorded on the electronic system within 10 days of placement"
IAR = "The initial Looked After Review must take place within 20 working days of the child becoming looked after"
PATH = "A pathway plan will be started when the young person is 15 years 6 months"
IROREP = "this will be with the IRO 3 days before the review"
IRO5 = "If the challenge is not resolved within 5 working days a formal dispute will be raised"
IRO20 = "The formal dispute resolution process should be completed from start to finish within 20 working days"
ADOPT6 = "If a child under the age of 6 enters PLO or proceedings"
ADOPTW = "Once the child is placed weekly statutory visits will take place until the first Looked After Review"
ADOPT6W = "then visits will be a minimum of 6 weekly until the Adoption Order is Granted"
ADOPT10 = "Once the children have been in placement with the adopter for 10 weeks"
FCV = "Trafford foster carers are visited at least once every six weeks"
FCREC = "a record of this visit is recorded on LCS within 3 working days"
FCUN = "will have an unannounced visit at least once every 12 months"
FCANN = "All Trafford foster carers will have an annual review"
FCPANEL = "annual review presented to the Fostering Panel at least every three years"
FCDBS = "updated statutory references, medicals and DBS checks at least every three years"
FCTRAIN = "must update their core training at least every three years"
VAR6 = "This can only be given for up to 6 working days"
TEMP16 = "Temporary approval is for 16 weeks but can be extended for a further 8 weeks"
REC3 = "any event or contact is recorded within 3 days"
SUMM = "A clear and concise case file summary which has been updated within the last 3 months"
ASS12 = "An up to date assessment (within the last 12 months) on each child"
ADVOC = "if they are 12 or over they should be offered an advocate"
# phrases for 'none' rows (nearest sentence, which sets no timescale)
N_RCPC = "The child protection chair will set the date of the next conference"
N_SUP = "which takes place in line with the supervision policy"
N_2ND = "At the point of the second review (if not in proceedings)"
N_MISS = "The risk of going missing and child sexual exploitation will be considered"
N_SHOPBA = "This needs to take place after the area teams final care planning meeting"
N_LLL = "will complete Lifestory book and a Later Life Letter for the Child"
N_IROC = "The IRO will contact the child between reviews"
N_PATHREV = "will be reviewed by the IRO as part of the statutory review"
N_PO = "the case will transfer from the area team to the adoption social worker"

ROWS = [
# ---- Front Door / level 4-5
("duty", "date", "2025-12-24", "contact in 24/12 at 4pm, TL decision on it by?", ('wd', '2025-12-24', 1), [FD]),
("indirect", "date", "2026-04-02", "A school rang our duty line this morning with worries about a year 3 pupil. By when does a team leader have to decide what we're doing with it?", ('wd', '2026-04-02', 1), [FD, INIT]),
("typos", "date", "2026-05-01", "referal came in fri 1st may, when does a sw have to action it by", ('wd', '2026-05-01', 1), [REF]),
("newstarter", "date", "2027-03-25", "Hi, sorry if this is a silly question - a Level 4 referral came in today and I've been asked to pick it up. How long do I have to action it?", ('wd', '2027-03-25', 1), [REF]),
("scenario", "date", "2025-12-29", "Police shared a DA notification on Saturday 27/12/25 about a 2 year old. Mum's DOB is 02/01/1996 and there's already a CIN meeting booked for 8/1. When do the initial decisions on what action is needed have to be made?", ('wd', '2025-12-27', 1), [INIT, FD], "Contact received on a Saturday: counting the next working day (Mon 29/12) as day 0 would give Tue 30/12."),
("indirect", "date", "2026-12-31", "A referral for a 9 year old came through today and went to the child protection / child in need desk. How quickly does a social worker need to get going on it?", ('wd', '2026-12-31', 1), [REF]),
("scenario", "date", "2026-06-01", "A referral about a 15 year old came in on Friday 22/05/2026, just before the bank holiday weekend. The SW actioned it on Tuesday 26/05 and the strategy discussion was on 28/05. Was the referral actioned in timescale?", ('wd', '2026-05-22', 1), [REF]),
# ---- S47
("scenario", "date", "2025-12-19", "Section 47 enquiry initiated this morning (Friday 19/12) on a 6 year old after a disclosure at school. The strategy discussion was yesterday, 18/12, and her last CIN review was 02/12. By when do I need to have the progress discussion with my manager?", ('d', '2025-12-19', 5), [S47_5]),
("indirect", "date", "2026-04-03", "We started child protection enquiries today (Good Friday) after an out-of-hours incident. When should I sit down with my manager to talk through how the enquiry is going?", ('d', '2026-04-03', 5), [S47_5], "The standard says 5 days; a reader taking it as 5 working days would get 13/04."),
("scenario", "date", "2026-09-07", "S47 was initiated on 28/08/2026, the Friday before the August bank holiday; the strat had been on 27/08. The progress discussion with the TL took place on 04/09. When should it have happened by?", ('d', '2026-08-28', 5), [S47_5]),
("scenario", "date", "2026-05-15", "The child was seen at school on the Thursday and the S47 enquiry was initiated that afternoon, 14 May 2026. There's a strategy meeting booked for the following Tuesday and a CIN review on 1 June. When's the deadline for me and my manager to discuss how the S47 is progressing?", ('d', '2026-05-14', 5), [S47_5]),
("typos", "date", "2025-12-31", "when do i need to see the child if its a s47 referal, came in this morning 31/12", ('d', '2025-12-31', 0), [S47SAME]),
("scenario", "date", "2025-08-22", "I'm on the rota for bank holiday Monday 25 August. If a Section 47 referral comes in that morning about a child we last closed on 11/08, when must the child be seen?", ('d', '2025-08-25', 0), [S47SAME]),
# ---- allocation 3WD
("scenario", "date", "2026-12-24", "Referral came in this morning (Christmas Eve) about a 4 year old with repeated A&E attendances, the last one on 20/12/2026. Mum is due to give birth around 10/01/2027. It needs a C&F assessment - by when must it be allocated to a worker?", ('wd', '2026-12-24', 3), [ALLOC]),
("indirect", "date", "2026-04-02", "A referral came in today and the outcome is it needs a full look at the family's needs. By when should the team leader have given it to a worker?", ('wd', '2026-04-02', 3), [ALLOC]),
("manager", "date", "2027-05-06", "Referral 29/04/2027, case allocated for C&FA on 05/05/2027. Was that in timescale?", ('wd', '2027-04-29', 3), [ALLOC], "The standard does not name the start event; counted from the referral date."),
("indirect", "date", "2025-08-22", "A family's been referred today and it needs a full look at their circumstances. When does the case have to have a worker assigned to do that?", ('wd', '2025-08-22', 3), [ALLOC]),
# ---- TL review 15WD
("indirect", "date", "2026-03-24", "I started looking at the family's needs and strengths yesterday. At what point does my team leader need to have looked over the work?", ('wd', '2026-03-23', 15), [TLREV]),
("newstarter", "date", "2026-05-19", "Could someone tell me when my team leader needs to review my Child and Family Assessment? I opened it on 18/05/2026.", ('wd', '2026-05-18', 15), [TLREV]),
("manager", "date", "2027-09-02", "Assessment started 10/08/2027; TL review recorded 01/09/2027. In timescale?", ('wd', '2027-08-10', 15), [TLREV]),
# ---- 45 days
("indirect", "date", "2025-12-15", "On 12 December we began the piece of work pulling together what the children need and how the parents are managing. When does it have to be finished and signed off?", ('d', '2025-12-12', 45), [A45]),
("scenario", "date", "2026-02-02", "Child Zed (DOB 14/02/2019) was referred by her nursery. The C&F assessment began on 30/01/2026 and a CIN meeting is pencilled in for 20/02/2026. When does the assessment need to be completed?", ('d', '2026-01-30', 45), [A45]),
("newstarter", "date", "2026-12-22", "Hello! I'm new. If I begin a Child and Family Assessment on 28 December 2026, what's the latest date it should be completed?", ('d', '2026-12-28', 45), [A45]),
# ---- strategy discussion 1WD
("duty", "date", "2025-12-24", "mgmt decision strat needed today 24/12 - strat by?", ('wd', '2025-12-24', 1), [STRAT1], "The S47 section also says 'within 24 hours', which would point to 25/12."),
("indirect", "date", "2027-04-01", "My manager decided this afternoon that we need to get police, health and school together to talk about the bruising. By when does that get-together have to happen?", ('wd', '2027-04-01', 1), [STRAT1]),
("scenario", "date", "2026-06-03", "On Friday 29/05/2026 my team leader decided a strategy discussion was needed after a disclosure at school. Police couldn't attend until Tuesday 02/06, and the S47 was opened that day. By when should the strategy discussion have happened?", ('wd', '2026-05-29', 1), [STRAT1]),
("scenario", "date", "2026-08-31", "On call today (bank holiday Monday 31/08/2026). A 7 year old disclosed to a neighbour yesterday and the manager has decided a strategy discussion is needed; the child's last CIN visit was on 27/08. When does the strategy discussion have to happen by?", ('wd', '2026-08-31', 1), [STRAT1]),
# ---- transfer notice
("indirect", "date", "2026-01-05", "Our assessment says the family needs longer-term support from a locality team. We want the case to move over to them on 12/01/2026 - what's the latest date we should email them to let them know?", ('db', '2026-01-12', 5), [TRANSFER], "Notice is counted in calendar days; reading it as 5 working days' notice gives 05/01."),
# ---- ICPC 15WD
("duty", "date", "2025-12-19", "strat 19/12/25, ICPC by?", ('wd', '2025-12-19', 15), [ICPC]),
("typos", "date", "2026-04-08", "strat was 3.4.26 when does icpc need to be", ('wd', '2026-04-03', 15), [ICPC]),
("indirect", "date", "2026-05-21", "We had the multi-agency meeting to plan the protection enquiries yesterday and it looks like the children will need a plan. What's the latest the big meeting that decides whether they go on a plan can be held?", ('wd', '2026-05-20', 15), [ICPC]),
("scenario", "date", "2027-08-20", "Strategy discussion was on 12/08/2027 after the baby (born 01/08/2027) presented with a fracture. The S47 concluded on 19/08/2027 recommending conference. When must the ICPC be held by?", ('wd', '2027-08-12', 15), [ICPC]),
("newstarter", "date", "2026-12-22", "Sorry, still learning the acronyms - the initial strategy discussion was held on Monday 21 December 2026. When does the Initial Child Protection Conference need to happen by?", ('wd', '2026-12-21', 15), [ICPC]),
("indirect", "date", "2027-03-19", "Police and ourselves met yesterday (18th March) to talk through the allegation and agreed to carry on with enquiries. If it needs to go to conference, what's the last date it can go ahead?", ('wd', '2027-03-18', 15), [ICPC]),
("scenario", "date", "2025-04-25", "Dad was arrested on 23/04/2025 and the strategy meeting took place the following day. Mum's new partner moved in around 10/04/2025. When is the ICPC due?", ('wd', '2025-04-24', 15), [ICPC]),
# ---- conference reports
("indirect", "date", "2025-12-22", "The first big child protection meeting for our family is on 6 January. When does my report have to land with the person chairing it?", ('wdb', '2026-01-06', 3), [CHAIRREP]),
("indirect", "date", "2026-03-27", "The first child protection meeting for the twins is on Wednesday 8 April. When do I have to get my written report over to whoever is chairing it?", ('wdb', '2026-04-08', 3), [CHAIRREP]),
("typos", "date", "2026-05-26", "icpc is on 2nd june, when do i share my report wiht the family", ('db', '2026-06-02', 3), [FAMREP]),
("newstarter", "date", "2026-12-21", "I have my first ICPC on Monday 4 January 2027. When should I share my report with the parents?", ('db', '2027-01-04', 3), [FAMREP], "Calendar count lands on New Year's Day; a reader counting 3 working days would say 29/12/2026."),
("scenario", "date", "2026-12-15", "ICPC is booked for Tuesday 29/12/2026 at 10am. Nan is caring for the children and mum's solicitor has asked for a copy of the report. When does it need to go to the CP chair, signed off by my TL?", ('wdb', '2026-12-29', 3), [CHAIRREP]),
("manager", "date", "2026-05-12", "ICPC 11/05/2026; SW report reached chair 07/05/2026. In timescale?", ('wdb', '2026-05-11', 3), [CHAIRREP]),
# ---- core group 10 days
("duty", "date", "2025-12-19", "icpc today 19/12 first core group by?", ('d', '2025-12-19', 10), [CG]),
("indirect", "date", "2026-03-31", "The children were made subject to a plan at conference this morning. When does the first meeting of professionals and family to flesh out the plan need to happen?", ('d', '2026-03-31', 10), [CG]),
("typos", "date", "2026-12-29", "first core grp after conf last thurs (24th) whens it due", ('d', '2026-12-24', 10), [CG]),
("scenario", "date", "2027-05-26", "Conference on 14/05/2027 put the baby on a CP plan and set the review conference for 13/08/2027. Because of staff leave the first core group wasn't held until 25/05/2027. By when should it have been held?", ('d', '2027-05-14', 10), [CG]),
("scenario", "date", "2026-08-21", "At conference yesterday the chair made both children subject to CP plans under neglect and set the review conference for November. The school summer holiday ends on 2 September. When does the first core group need to be held?", ('d', '2026-08-20', 10), [CG]),
("newstarter", "date", "2027-03-04", "Hi, my case went to an Initial Child Protection Conference on 3 March 2027 and I've been asked to arrange the first core group - what's the deadline?", ('d', '2027-03-03', 10), [CG]),
# ---- CP visits
("duty", "visits", "2026-01-05", "cp visit last done 19/12/25, next by?", ('w', '2025-12-19', 4), [CPV]),
("typos", "visits", "2026-04-07", "last seen child on cp plan 2.4 next visit by", ('w', '2026-04-02', 4), [CPV]),
("indirect", "visits", "2027-01-04", "I last saw the little one at home on Christmas Eve - she's on a protection plan. What's the latest I can leave it before I see her again?", ('w', '2026-12-24', 4), [CPV]),
("manager", "visits", "2026-02-10", "CP visits on 05/01/2026 and 05/02/2026. Within the required frequency? When was the second one due?", ('w', '2026-01-05', 4), [CPV]),
("scenario", "visits", "2026-09-11", "Kid X is on a CP plan (emotional harm). I visited at home on Friday 28 August; there was a core group on 3 September and I saw him alone at school yesterday. When's his next statutory CP visit due?", ('w', '2026-08-28', 4), [CPV]),
("newstarter", "visits", "2027-03-29", "How often do I need to visit a child on a child protection plan? My last home visit was on 25/03/2027.", ('w', '2027-03-25', 4), [CPV]),
# ---- RCPC reports
("indirect", "date", "2025-12-22", "The follow-up protection meeting for the family is on Friday 2 January. When do mum and dad need to have seen my update?", ('db', '2026-01-02', 3), [RCPC_PAR]),
("duty", "date", "2026-03-30", "RCPC 07/04/26 - plan update to chair by?", ('db', '2026-04-07', 3), [RCPC_CHAIR], "Review-conference reports use '3 days' (calendar); someone applying the ICPC rule of 3 working days would get 31/03."),
("manager", "date", "2026-06-16", "RCPC held 15/06/2026; report shared with parents 13/06/2026. Compliant?", ('db', '2026-06-15', 3), [RCPC_PAR]),
("indirect", "date", "2027-05-20", "The meeting to review the child protection plan is on 1 June. When do the parents need to have been given my update?", ('db', '2027-06-01', 3), [RCPC_PAR]),
# ---- PTT 12 months
("indirect", "date", "2025-01-14", "A little boy has been on a protection plan since 29/02/2024 and things aren't shifting. On what date does he hit the point where we should hold the meeting to rethink how we work with the family?", ('m', '2024-02-29', 12), [PTT]),
("manager", "date", "2026-11-02", "Child placed on CP plan 15/01/2026. When does the 12 month point for a professional thinking time meeting fall?", ('m', '2026-01-15', 12), [PTT]),
("newstarter", "date", "2027-06-01", "What is a professional thinking time meeting and when would it be due? The child became subject to a plan on 28 August 2026.", ('m', '2026-08-28', 12), [PTT]),
# ---- PLO
("scenario", "date", "2025-12-19", "Legal Gateway agreed PLO on 16/12/2025 and the PLO letter is dated today, 19/12/2025. Dad's solicitor has said he can't do anything before 05/01/2026. When should the first PLO meeting take place by?", ('d', '2025-12-19', 10), [PLO1]),
("indirect", "date", "2026-03-30", "The letter telling the parents we're worried enough to consider court went out dated 27 March. When does the first meeting with them and their lawyer have to take place?", ('d', '2026-03-27', 10), [PLO1]),
("scenario", "date", "2026-05-06", "Mum (DOB 03/03/1990) was handed the PLO letter yesterday, 05/05/2026, though the letter itself is dated 01/05/2026. Her solicitor is on leave until 18 May. When should the first PLO meeting be by?", ('d', '2026-05-01', 10), [PLO1]),
("indirect", "date", "2026-12-24", "We had the first pre-proceedings meeting with the parents today and they agreed to a family meeting to plan for the kids. When do I have to send the referral for that off?", ('wd', '2026-12-24', 3), [FGC]),
("manager", "date", "2025-05-27", "Initial PLO meeting 20/05/2025, FGC referral made 23/05/2025. In timescale?", ('wd', '2025-05-20', 3), [FGC]),
("scenario", "date", "2026-08-28", "At the first PLO meeting today (Friday 28 August) dad named his sister as someone who could care for the kids. An FGC is being arranged for late September and the next PLO review is 9 October. When must I get the viability screening request to Family Placement?", ('wd', '2026-08-28', 3), [VIAB], "The standard also allows 'immediately following Family Group Conference'; counted from the initial PLO meeting."),
("indirect", "date", "2027-04-30", "Grandma came forward as a possible carer at yesterday's first pre-proceedings meeting with the parents. When do I need to ask the placements people to look at whether she's an option?", ('wd', '2027-04-29', 3), [VIAB]),
("typos", "date", "2025-12-18", "viabilty request for aunty, plo meeting was yday 17.12 when by", ('wd', '2025-12-17', 3), [VIAB]),
("indirect", "date", "2026-04-01", "After today's meeting with the parents and their solicitors about the pre-court process, when do the notes of what we agreed need to go out to them?", ('d', '2026-04-01', 7), [MINS]),
("newstarter", "date", "2027-08-27", "I took the minutes at a PLO meeting today (27 August) - by when must they be sent to the parents and their legal reps?", ('d', '2027-08-27', 7), [MINS]),
("duty", "visits", "2026-01-07", "last PLO review 06/01/26, next one at the latest?", ('w', '2026-01-06', 6), [PLOREV]),
("manager", "date", "2026-02-02", "PLO started with letter dated 05/01/2026. When's the 12 week review legal planning meeting?", ('w', '2026-01-05', 12), [LPM12], "The standard does not say what the 12 weeks run from; counting from the first PLO meeting instead would give a later date."),
("indirect", "date", "2026-06-01", "We're in pre-proceedings and the first meeting with the parents was 14 May. When do we go back to the gateway panel with the Strategic Lead if things haven't improved?", ('w', '2026-05-14', 16), [LG16], "The start of the 16 weeks is not stated; counted from the first PLO meeting, counting from the letter would be earlier."),
("duty", "date", "2027-04-01", "PLO 12wk review today 01/04/27, exceptional 4 wk extension ends?", ('w', '2027-04-01', 4), [EXT4]),
("scenario", "date", "2025-09-15", "Legal Gateway agreed PLO on 02/09/2025, the PLO letter went on 04/09/2025 and the first meeting was 12/09/2025. Counting from the letter, when is the 16 week Legal Gateway?", ('w', '2025-09-04', 16), [LG16], "Start event is a choice; counting from the Legal Gateway (02/09) or first meeting (12/09) gives 23/12 or 02/01."),
# ---- CIN
("indirect", "date", "2025-12-18", "The children came off their protection plans at conference today. When does the first meeting for their new support plan need to be?", ('d', '2025-12-18', 20), [CIN20]),
("scenario", "date", "2027-03-26", "At the review conference today (26/03/27) the children were de-planned; they'd been on plans since 14/09/2026. The chair has done an outline CIN plan. When should the first CIN meeting be by?", ('d', '2027-03-26', 20), [CIN20]),
("typos", "date", "2026-12-22", "case trasnfered from cfr 21/12 initial cin meeting by when", ('d', '2026-12-21', 10), [CIN10]),
("scenario", "date", "2026-05-05", "The Front Door team handed the case over to us yesterday, 04/05/2026, after their assessment recommended CIN. The joint visit was on 30/04/2026 and the child's birthday is 09/05. When must the initial CIN meeting take place?", ('d', '2026-05-04', 10), [CIN10]),
("manager", "date", "2025-08-27", "Case transferred from CFR 13/08/2025, initial CIN meeting 26/08/2025. In timescale?", ('d', '2025-08-13', 10), [CIN10]),
("indirect", "visits", "2025-12-16", "We last got everyone round the table to review the support plan for the family yesterday. When's the next one due at the latest?", ('w', '2025-12-15', 6), [CINREV]),
("typos", "visits", "2026-01-02", "last cin visit 24/12 wen is next one due", ('w', '2025-12-24', 6), [CINV]),
("scenario", "visits", "2027-09-17", "I saw the child at home on 19/08/2027 under her CIN plan. I also saw her at school on 02/09/2027 and at the CIN review yesterday at the family centre. When's the next CIN visit due by?", ('w', '2027-08-19', 6), [CINV]),
("newstarter", "visits", "2026-05-06", "How often do I have to see a child on a Child in Need plan? I last visited them at home on 5 May 2026.", ('w', '2026-05-05', 6), [CINV]),
("manager", "visits", "2026-04-21", "CIN visits on 02/03/2026 and 20/04/2026 - within frequency?", ('w', '2026-03-02', 6), [CINV]),
# ---- children in care
("indirect", "date", "2025-12-29", "A 14 year old came into our care in an emergency on Christmas Eve after a family breakdown; nobody had looked at her needs beforehand. When must that work be done?", ('wd', '2025-12-24', 20), [EMERG]),
("scenario", "date", "2026-04-02", "A 12 year old was brought into care tonight (02/04/2026) as an emergency after mum was hospitalised, and there's no current assessment. His previous C&FA closed in 2024 and his birthday is 11/04. When does the assessment of his needs have to be completed?", ('wd', '2026-04-02', 20), [EMERG]),
("typos", "date", "2025-12-27", "child came into care tonight sat 27/12 when do i need to visit", ('wd', '2025-12-27', 1), [VIS1, SEEN1], "Came in on a Saturday; counting from the next working day would give Tue 30/12."),
("indirect", "date", "2026-05-22", "The foster carers rang to say the boy had to move to a new home this evening. When do I have to go out and see him?", ('wd', '2026-05-22', 1), [VIS1]),
("scenario", "date", "2026-01-05", "Child was placed in foster care on 30/12/2025 after the ICO hearing, which had been adjourned from 23/12. The SW's first visit was on 02/01/2026. By when should the child have been seen?", ('wd', '2025-12-30', 1), [SEEN1, VIS1]),
("scenario", "date", "2027-04-02", "Two siblings were placed with foster carers late last night (Thursday 1 April) after police protection. Their nan (DOB 11/11/1960) has asked about family time. When is the placement meeting due by?", ('wd', '2027-04-01', 3), [PM3]),
("duty", "date", "2026-12-24", "placed today 24/12, placement mtg by?", ('wd', '2026-12-24', 3), [PM3]),
("indirect", "date", "2026-06-01", "A girl moved to new carers on Friday 29 May. When do the carers need an updated copy of the document setting out how they'll look after her day to day?", ('wd', '2026-05-29', 5), [PP5]),
("indirect", "date", "2025-12-19", "The girl started living with her new carers today. When do they need to be handed the updated written document about how they'll care for her?", ('wd', '2025-12-19', 5), [PP5]),
("duty", "visits", "2026-03-04", "family time arrangements last reviewed 03/03/26 - next review by?", ('w', '2026-03-03', 8), [FT8]),
("scenario", "date", "2025-12-29", "Two brothers came into care on Christmas Eve under section 20 and were placed with carers that evening; their ICO hearing is listed for 06/01/2026. When do they need to have their coming into care pack and rights leaflet by?", ('w', '2025-12-24', 3), [PACK]),
("indirect", "date", "2026-04-07", "When a young person comes into our care, how long have we got to give them the welcome pack and the leaflet about their rights? He came in yesterday.", ('w', '2026-04-06', 3), [PACK]),
("indirect", "date", "2025-12-18", "A child came into our care today. By when do I need to let the school, GP and health visitor know what her legal position now is?", ('wd', '2025-12-18', 5), [LEGAL5]),
("scenario", "date", "2026-04-01", "An interim care order was granted yesterday (31/03/2026) and the baby became looked after that day; she'd been on a CP plan since 05/01/2026. When do the other professionals need to be told of her legal status?", ('wd', '2026-03-31', 5), [LEGAL5]),
("indirect", "date", "2026-12-23", "A boy came into care yesterday, 22 December. When does his first medical with the looked-after health team need to be done by?", ('wd', '2026-12-22', 20), [IHA]),
("typos", "date", "2027-04-05", "iha due when? came into care 1.4", ('wd', '2027-04-01', 20), [IHA]),
("manager", "date", "2025-06-11", "Child became LAC 12/05/2025, IHA completed 10/06/2025. In timescale?", ('wd', '2025-05-12', 20), [IHA]),
("newstarter", "date", "2025-12-16", "When does the PEP meeting need to happen? The child came into care on 15 December 2025.", ('d', '2025-12-15', 20), [PEP]),
("indirect", "date", "2026-08-17", "A child came into care last Friday (14th) and we need to get the school meeting about her education plan in. When by?", ('d', '2026-08-14', 20), [PEP]),
("duty", "visits", "2025-12-23", "LAC placed 19/12/25, first visit done 22/12, no review yet, next stat visit by?", ('w', '2025-12-22', 1), [LACW]),
("indirect", "visits", "2026-04-01", "Since the first review for the little boy in care on 2 March, I last saw him on 27 March. The permanence plan's not finalised yet. When's my next visit due?", ('w', '2026-03-27', 6), [LAC6]),
("scenario", "visits", "2026-01-05", "Young person has been in her long-term foster placement since June 2024 and it's confirmed as permanent, so her visits have moved to 12 weekly. I last saw her on 23/12/2025. Her LAC review is 20/01/2026. When's the next statutory visit due?", ('w', '2025-12-23', 12), [LAC12]),
("manager", "visits", "2026-04-01", "LAC child, first review held 10/02/2026. Visits 12/02/2026 then 30/03/2026. Compliant with 6 weekly? When was it due?", ('w', '2026-02-12', 6), [LAC6]),
("scenario", "date", "2026-03-31", "Young person was placed with carers yesterday, 30/03/2026, after her previous placement (from 02/02/2026) broke down. Her next LAC review isn't booked yet. By when should her up to date care plan be on the system?", ('d', '2026-03-30', 10), [CPLAN10]),
("indirect", "date", "2027-08-27", "A teenage boy was placed with carers yesterday. When does the plan setting out his needs and the services he'll get have to be on the electronic system?", ('d', '2027-08-26', 10), [CPLAN10]),
("indirect", "date", "2026-03-31", "Our twins came into care yesterday. When's the latest the first formal review of their care with the independent reviewing officer can be?", ('wd', '2026-03-30', 20), [IAR]),
("scenario", "date", "2026-12-24", "Baby Q was born 20/12/2026 and discharged from hospital into foster care on 23/12/2026 under an ICO made the same day. The first PLO meeting had been on 02/12/2026. When is the initial LAC review due?", ('wd', '2026-12-23', 20), [IAR]),
("typos", "date", "2025-12-30", "lac revew is 5th jan, my report to iro when?", ('db', '2026-01-05', 3), [IROREP]),
("indirect", "date", "2026-03-30", "The next formal review for a girl in our care is on Tuesday 7 April. When does my written report need to be with the independent reviewer?", ('db', '2026-04-07', 3), [IROREP]),
("indirect", "date", "2025-12-19", "The independent reviewer raised a worry with me informally yesterday about drift in the kids' plan. If it isn't sorted, when does it turn into a formal dispute?", ('wd', '2025-12-18', 5), [IRO5]),
("indirect", "date", "2026-03-31", "The reviewing officer took her disagreement about the care plan to the formal stage yesterday. How long has that whole resolution process got to run, start to finish?", ('wd', '2026-03-30', 20), [IRO20]),
("scenario", "date", "2026-08-12", "The IRO raised an informal challenge on 03/08/2026 which wasn't resolved, so she lodged a formal dispute yesterday, 11/08/2026. The LAC review is on 15/09/2026. By when should the dispute process be completed?", ('wd', '2026-08-11', 20), [IRO20]),
("duty", "date", "2027-04-23", "IRO informal challenge today 23/04, goes formal if not resolved by?", ('wd', '2027-04-23', 5), [IRO5]),
# ---- adoption
("indirect", "visits", "2025-12-23", "A little one moved in with the family adopting her on 18 December and we haven't had her first review yet. I last visited yesterday - when do I next need to visit?", ('w', '2025-12-22', 1), [ADOPTW]),
("newstarter", "visits", "2026-05-05", "I'm the adoption social worker. The child's first Looked After Review after placement with adopters was yesterday (4 May) and I visited the same day. When is my next statutory visit due?", ('w', '2026-05-04', 6), [ADOPT6W]),
("indirect", "date", "2027-03-25", "The children moved in with the couple adopting them yesterday. From what date can the couple go to court to make it final?", ('w', '2027-03-24', 10), [ADOPT10]),
("manager", "date", "2026-01-05", "Adoptive placement started 01/01/2026 - earliest date adopters can apply for the Adoption Order?", ('w', '2026-01-01', 10), [ADOPT10]),
("typos", "date", "2025-09-01", "placed w adopters 29.8 when can they apply for AO", ('w', '2025-08-29', 10), [ADOPT10]),
# ---- fostering
("duty", "visits", "2025-12-23", "FC supervisory visit 22/12/25, next by?", ('w', '2025-12-22', 6), [FCV]),
("indirect", "date", "2026-12-24", "I visited one of our foster families this morning. When does my write-up of that visit need to be on the system?", ('wd', '2026-12-24', 3), [FCREC]),
("typos", "date", "2027-05-28", "fc visit today fri 28/5 when do i record it by", ('wd', '2027-05-28', 3), [FCREC]),
("manager", "visits", "2026-01-20", "Last unannounced visit to foster carer 14/02/2025. When's the next one due at the latest?", ('m', '2025-02-14', 12), [FCUN]),
("indirect", "date", "2025-03-20", "Our foster carers' DBS, medicals and references were all updated on 17 March 2025. When do they have to be redone?", ('m', '2025-03-17', 36), [FCDBS]),
("scenario", "date", "2025-07-01", "Our foster carers were approved in 2019 and renewed their core training on 30/06/2025; their DBS was redone on 14/02/2024. When do they next have to update their core training?", ('m', '2025-06-30', 36), [FCTRAIN]),
("scenario", "date", "2025-11-13", "Carers had their annual review yesterday (12/11/2025), chaired by an IRO. Their last review presented to Fostering Panel was 05/12/2023 and there's been no complaint or allegation since. When must a review next go to Panel?", ('m', '2023-12-05', 36), [FCPANEL], "'Annual review ... at least every three years' could be read as: the annual review falling due by then (Nov 2026) must go to Panel."),
("indirect", "date", "2026-04-24", "We need to place a 4 year old with carers approved only for teenagers and the Strategic Lead gave permission today. How long does that permission last?", ('wd', '2026-04-24', 6), [VAR6], "Whether the day permission is given counts as day 1 is not stated; if it does, the last day is 01/05."),
("indirect", "date", "2025-12-19", "The auntie who's taken the kids in was given short-term approval as their foster carer today. How long does that temporary okay last before it runs out?", ('w', '2025-12-19', 16), [TEMP16]),
("scenario", "date", "2026-03-02", "Auntie was temporarily approved as a connected carer on 05/01/2026 and the kids moved in on 06/01/2026; the viability was done on 20/12/2025. Panel and the ADM have agreed the 8 week extension. When does the extended approval end?", ('w', '2026-01-05', 24), [TEMP16], "Counted from the approval date (16+8 weeks); counting from the day the children moved in gives 23/06."),
("manager", "date", "2026-04-01", "Foster carers' annual review 31/03/2026 - when is the next annual review due?", ('m', '2026-03-31', 12), [FCANN]),
# ---- case recording / summaries
("scenario", "date", "2025-12-23", "I did a home visit yesterday (22/12) and another one this morning for the same family; mum's GP appointment is on 29/12. By when does yesterday's visit need to be recorded?", ('d', '2025-12-22', 3), [REC3]),
("indirect", "date", "2026-04-03", "I did a home visit today while on call over Easter. How long do I have to write it up?", ('d', '2026-04-03', 3), [REC3]),
("indirect", "date", "2026-01-12", "The short write-up at the top of a child's file that summarises the case was last updated on 30 November. When is it due to be refreshed?", ('m', '2025-11-30', 3), [SUMM]),
("indirect", "date", "2027-06-01", "The short overview at the top of the child's record that pulls everything together was last refreshed on 31 May. By when does it need refreshing?", ('m', '2027-05-31', 3), [SUMM]),
("duty", "date", "2026-10-01", "last C&FA authorised 19/12/25 - when's it out of date (open case)?", ('m', '2025-12-19', 12), [ASS12]),
("newstarter", "date", "2025-01-20", "For an open case, how recent does the child's assessment need to be? The current one was authorised on 29/02/2024 - when does it go out of date?", ('m', '2024-02-29', 12), [ASS12]),
# ---- ages
("indirect", "age", "2025-11-03", "When should we start the plan for a boy in our care moving towards leaving care? He was born 16/08/2010.", ('age', '2010-08-16', 15, 6), [PATH]),
("typos", "age", "2027-01-11", "pathway plan when, yp dob 29.2.2012", ('age', '2012-02-29', 15, 6), [PATH]),
("scenario", "age", "2026-04-20", "Young person came into care on 14/04/2026, the ICO was granted on 16/04/2026, and his date of birth is 17/10/2010. When does his pathway plan need to be started?", ('age', '2010-10-17', 15, 6), [PATH]),
("newstarter", "age", "2026-09-01", "At what date does a pathway plan need to be started for a young person born on 30 November 2011?", ('age', '2011-11-30', 15, 6), [PATH]),
("manager", "age", "2025-12-01", "Child born 05/01/2014 - when do they turn 12, so we should offer an advocate for conference?", ('age', '2014-01-05', 12, 0), [ADVOC]),
("indirect", "age", "2025-02-10", "Child protection meeting coming up; the eldest was born 14/03/2013. From what date is she old enough that we must offer her someone to help her have her say at the meeting?", ('age', '2013-03-14', 12, 0), [ADVOC]),
("duty", "age", "2025-10-06", "dob 12/12/2019, going into PLO - under-6 adoption allocation applies until when (6th bday)?", ('age', '2019-12-12', 6, 0), [ADOPT6]),
("scenario", "age", "2026-01-12", "We're considering PLO for two brothers. The younger was born 29/02/2020 and the older 14/06/2017. The adoption worker allocation applies if under 6 - on what date does the younger one turn 6?", ('age', '2020-02-29', 6, 0), [ADOPT6]),
# ---- choice
("duty", "choice", "2025-12-17", "1st PLO mtg today 17/12/25, what's due next and when?", [('wd', '2025-12-17', 3), ('d', '2025-12-17', 7)], [FGC, VIAB, MINS]),
("indirect", "choice", "2026-01-05", "I've just started the work looking at a family's needs today. What deadline am I working to?", [('wd', '2026-01-05', 15), ('d', '2026-01-05', 45)], [TLREV, A45]),
("typos", "choice", "2025-12-22", "kid placed in foster care today 22/12 when is the meeting due", [('wd', '2025-12-22', 3), ('wd', '2025-12-22', 20)], [PM3, IAR]),
("scenario", "choice", "2026-05-26", "We visited the foster carers today (Tuesday 26/05/2026). The kids were at school and the carers raised some worries about contact. What's the next thing due and when?", [('wd', '2026-05-26', 3), ('w', '2026-05-26', 6)], [FCREC, FCV]),
("duty", "choice", "2026-03-30", "icpc 07/04/26 - when's my report due?", [('wdb', '2026-04-07', 3), ('db', '2026-04-07', 3)], [CHAIRREP, FAMREP]),
("newstarter", "choice", "2026-05-20", "A child I work with was placed with foster carers today, 20 May 2026. When do I need to get the plan done?", [('wd', '2026-05-20', 5), ('d', '2026-05-20', 10)], [PP5, CPLAN10]),
("indirect", "choice", "2026-03-03", "Conference was today. Which meeting is next for the family and when's it due?", [('d', '2026-03-03', 10), ('d', '2026-03-03', 20)], [CG, CIN20]),
("indirect", "choice", "2027-01-08", "The lad's on a plan and I last saw him at home yesterday. When do I need to see him again?", [('w', '2027-01-07', 4), ('w', '2027-01-07', 6)], [CPV, CINV]),
# ---- none
("scenario", "none", "2025-12-19", "ICPC was held today (19/12/2025) and both children are now on CP plans; the first core group is booked for 29/12/2025. Mum's birthday is 02/01. When is the first review child protection conference due?", None, [N_RCPC]),
("newstarter", "none", "2026-03-11", "How often should I have supervision with my Team Leader? My last one was 10 March 2026 - when's the next due?", None, [N_SUP]),
("indirect", "none", "2026-01-16", "A young person in our care had her first formal review yesterday. When does the second one need to happen?", None, [N_2ND]),
("scenario", "none", "2026-12-21", "A 15 year old went missing from her placement on Saturday 19/12/2026 and came back on Sunday. Her review is on 05/01/2027. When does the return home interview have to be done by?", None, [N_MISS]),
("manager", "none", "2026-05-13", "SHOPBA - what's the deadline after the final care planning meeting on 12/05/2026?", None, [N_SHOPBA]),
("typos", "none", "2026-04-07", "how long do i have to do the later life letter, AO granted 2/4", None, [N_LLL]),
("indirect", "none", "2027-05-06", "When must the independent reviewer next get in touch with the child between reviews? The last review was yesterday.", None, [N_IROC]),
("duty", "none", "2025-09-02", "pathway plan reviewed 01/09/25, next review by?", None, [N_PATHREV]),
("newstarter", "none", "2027-01-20", "A Placement Order was made today. How long do I have to transfer the case to the adoption social worker?", None, [N_PO]),
]
