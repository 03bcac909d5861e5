# Structured description of every row: (voice, kind, q, today or None (= start date), [(op, start, n)], phrases, extra)
# ops: wd = N working days after; wdb = N working days before; d/db = calendar days after/before;
#      w = weeks; m = months; y = years (birthday); ym = (years, months) age; same = same day.
P_FD = "decisions made by what action are required by a Team Leader within 1 working day"
P_INIT = "Initial decisions will be made about the action required within 1 working day"
P_REF = "Referrals will be actioned by a social worker within 1 working day"
P_SEEN = "the child / children will be seen by the Social Worker the same day"
P_S47D = "Within 5 days of the Section 47 being initiated"
P_ALLOC = "allocated to a social worker to complete a Child and Family Assessment within 3 working days"
P_REV15 = "All assessments will be reviewed by the Team Leader within 15 working days"
P_45 = "Assessments must all be completed within 45 days"
P_STRAT = "a strategy discussion is required, this must happen within 1 working day"
P_STRAT24 = "A strategy discussion within 24 hours involving all relevant agencies is undertaken"
P_TRANS = "notify the Neighbourhood Team via email, giving at least 5 days"
P_JOINT = "will complete a joint visit to the home to introduce the new worker"
P_ICPC = "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion"
P_IFAM = "The report will be shared with family at least 3 the days prior to conference"
P_ICHAIR = "The report will be sent to the child protection chair 3 working days before the conference"
P_CG = "held within 10 days of the conference"
P_CPV = "Visits to a child subject to a CP plan will take place at least every 4 weeks"
P_RPAR = "This report must be shared with parents at least 3 days prior to the review conference"
P_RCHAIR = "The report will be available to the conference chair at least 3 days prior to the review conference"
P_12M = "when they have been subject to a plan for 12 months"
P_PLO1 = "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter"
P_FGC = "Referral should be made within 3 working days of the first PLO meeting"
P_VIA = "Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting"
P_MIN = "to be distributed to parents and their legal representation within 7 days of the meeting"
P_PLOREV = "Review PLO meetings with parents to be held every 4-6 weeks"
P_12W = "A review legal planning meeting will be held at 12 weeks"
P_4W = "In exceptional circumstances a further period of 4 weeks will be agreed in PLO"
P_16W = "a Legal Gateway meeting will be convened at 16 weeks"
P_CIN20 = "will set the first CIN meeting within 20 days"
P_CIN10 = "the initial CIN meeting must take place within 10 days"
P_CINREV = "CIN review meetings will be held at least every 6 weeks"
P_CINV = "A child subject to a CIN plan will be seen at least every 6 weeks"
P_EMERG = "If it is an emergency / unplanned admission the assessment will be completed within 20 working days"
P_LV1 = "The child will be visited within 1 working day of coming into care or having a change in placement"
P_LV1B = "All looked after children will be seen within 1 working day of placement"
P_PM = "The placement meeting will be held within 3 working days"
P_PP5 = "an updated copy given to the carers within 5 working days of the placement beginning"
P_FT = "reviewed at least every 8 week until the plan for permanence is agreed"
P_PACK = "coming into care pack, children rights leaflet within 3 weeks"
P_LEGAL = "All other professionals involved with the child will be informed of the child\u2019s legal status within 5 working days"
P_IHA = "An initial health assessment will be requested and carried out within 20 working days"
P_PEP = "A PEP meeting will be arranged within the school within 20 days"
P_LACW = "Statutory looked after visits must happen weekly until the first looked after review"
P_LAC6 = "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised"
P_LAC12 = "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement and been there for over 12 months"
P_CP10 = "An up to date care plan will be recorded on the electronic system within 10 days of placement"
P_LACR = "The initial Looked After Review must take place within 20 working days of the child becoming looked after"
P_PATH = "A pathway plan will be started when the young person is 15 years 6 months"
P_IROREP = "this will be with the IRO 3 days before the review"
P_IRO5 = "If the challenge is not resolved within 5 working days a formal dispute will be raised"
P_IRO20 = "The formal dispute resolution process should be completed from start to finish within 20 working days"
P_AD6 = "If a child under the age of 6 enters PLO or proceedings"
P_ADW = "Once the child is placed weekly statutory visits will take place until the first Looked After Review"
P_AD6W = "then visits will be a minimum of 6 weekly until the Adoption Order is Granted"
P_AD10 = "Once the children have been in placement with the adopter for 10 weeks"
P_FCV = "Trafford foster carers are visited at least once every six weeks"
P_FCREC = "a record of this visit is recorded on LCS within 3 working days"
P_FCUN = "will have an unannounced visit at least once every 12 months"
P_FCAR = "will have an annual review including an updated Safer Caring Policy"
P_FCPANEL = "Every foster carer will have an annual review presented to the Fostering Panel at least every three years"
P_FCDBS = "will have updated statutory references, medicals and DBS checks at least every three years"
P_FCTRAIN = "must update their core training at least every three years"
P_VAR = "This can only be given for up to 6 working days"
P_T16 = "Temporary approval is for 16 weeks"
P_T8 = "can be extended for a further 8 weeks"
P_REC = "any event or contact is recorded within 3 days"
P_SUMM = "A clear and concise case file summary which has been updated within the last 3 months"
P_ASS12 = "An up to date assessment (within the last 12 months) on each child"
P_ADVOC = "if they are 12 or over they should be offered an advocate"
# none-row anchors (sentences that mention the thing but set no timescale)
N_RCPC = "The child protection chair will set the date of the next conference"
N_SUP = "monitored through supervision which takes place in line with the supervision policy"
N_LAC2 = "At the point of the second review (if not in proceedings)"
N_SHOPBA = "This needs to take place after the area teams final care planning meeting"
N_ANNEX = "The Social Worker will complete the Annex A suitability report for Court"
N_LIFE = "The Adoption Social Worker will complete Lifestory book and a Later Life Letter"
N_IRO = "The IRO will contact the child between reviews"
N_SWET = "the timescales for filing SWET and additional supporting documents will be agreed at the Legal Gateway meeting"
N_EH = "Initial decisions will be made about the action required by an Early Help Team Leader"

A45 = "The standards say 45 days (read here as calendar days); statutory guidance uses 45 working days, which a reader might apply instead."
APLO = "Start of PLO is read as the date on the PLO letter; a reader could count from the first PLO meeting instead."

ROWS = [
# ---------------- Front door ----------------
("duty","date","contact in 24/12/25 re neglect, TL decision due by?",None,[("wd","2025-12-24",1)],[P_FD]),
("typos","date","contact came in fri 2nd jan, when does the TL have to decide by","2026-01-02",[("wd","2026-01-02",1)],[P_FD]),
("indirect","date","A school rang the front door about bruising on Thursday 17 April 2025. By when does someone senior have to decide what we're doing with it?",None,[("wd","2025-04-17",1)],[P_FD,P_INIT]),
("newstarter","date","Hi, sorry if this is basic - a referral was passed to me to action on Friday 23 May 2025. By what date should I have actioned it?",None,[("wd","2025-05-23",1)],[P_REF]),
("manager","date","Referral in 29/08/2025, SW didn't action it till 02/09. In timescale?","2025-09-10",[("wd","2025-08-29",1)],[P_REF]),
("scenario","date","Mum rang in on Saturday 27 December 2025 worried about her ex coming back; the baby was born 01/11/25. It's gone to the TL for a level 4/5 decision. When does that decision need to be made by?","2025-12-29",[("wd","2025-12-27",1)],[P_INIT,P_FD],{"amb":"Contact received on a Saturday: counting from the next working day it was seen (Mon 29 Dec) would give Tue 30 Dec."}),
("duty","date","tl initial decision on ref rec'd today - by when?","2027-12-24",[("wd","2027-12-24",1)],[P_INIT],{"rel":[("today","2027-12-24")]}),
# ---------------- S47 ----------------
("newstarter","date","If a referral is for a Section 47 enquiry and it came through on 14/07/2026, by when does the child need to be seen by the social worker?",None,[("same","2026-07-14",0)],[P_SEEN]),
("duty","date","s47 initiated 31/12/25 - mgr progress chat due?",None,[("d","2025-12-31",5)],[P_S47D]),
("typos","date","section 47 startd on the 1st april 27 when do i need to talk to my manager about progress",None,[("d","2027-04-01",5)],[P_S47D]),
("manager","date","S47 initiated 02/05/2025, SW/TL progress discussion held 09/05. Within the timescale?","2025-05-12",[("d","2025-05-02",5)],[P_S47D]),
("indirect","date","We started the child protection enquiries yesterday. When do I need to sit down with my manager to talk about how it's going and agree next steps?","2026-08-28",[("d","2026-08-27",5)],[P_S47D],{"rel":[("yesterday","2026-08-27")]}),
# ---------------- Allocation / assessments ----------------
("duty","date","CFA alloc deadline, ref 18/04/25?","2025-04-22",[("wd","2025-04-18",3)],[P_ALLOC]),
("scenario","date","Case came through on Wed 24/12/25 after a police notification; dad's DOB is 05/03/1990 and there was an older referral closed 10/10/25. The TL needs to allocate it for a C&F assessment - by when?",None,[("wd","2025-12-24",3)],[P_ALLOC]),
("newstarter","date","When a case needs a Child and Family Assessment, how long does the team leader have to allocate it? Ours came in on 28 May 2026.",None,[("wd","2026-05-28",3)],[P_ALLOC]),
("manager","date","Case received 31/03/2027, allocated on LCS 06/04/2027 - in timescale?","2027-04-09",[("wd","2027-03-31",3)],[P_ALLOC]),
("typos","date","assesment started 15/12/25 when does TL need to review it",None,[("wd","2025-12-15",15)],[P_REV15]),
("indirect","date","I opened the assessment on the family on 20 August 2027. My TL is meant to look it over and note where it's up to at some point - what's the latest for that?","2027-08-23",[("wd","2027-08-20",15)],[P_REV15]),
("manager","date","Assessment began 01/05/2025, TL reviewed 23/05. Compliant?","2025-06-02",[("wd","2025-05-01",15)],[P_REV15]),
("duty","date","CFA started 10/11/25 - 45 day date?","2025-11-11",[("d","2025-11-10",45)],[P_45],{"amb":A45}),
("typos","date","when is my c&f assesment due, started it 3.4.26","2026-04-07",[("d","2026-04-03",45)],[P_45]),
("scenario","date","I'm picking up a case from a colleague who's off sick. The assessment was opened on 14 July 2026 and there's a CIN meeting booked for 30/07. When does the assessment have to be finished?","2026-07-20",[("d","2026-07-14",45)],[P_45]),
("newstarter","date","Could you tell me the completion deadline for a Child and Family Assessment that started on 2nd February 2027?",None,[("d","2027-02-02",45)],[P_45]),
("manager","date","Audit q: assessment opened 01/10/2025, authorised 20/11/2025. Was it completed in timescale?","2025-12-01",[("d","2025-10-01",45)],[P_45],{"amb":A45}),
("indirect","date","How long have I got to get the whole assessment written up? I started seeing the family for it on the 3rd (it's the 10th of March 2027 today).","2027-03-10",[("d","2027-03-03",45)],[P_45]),
# ---------------- Strategy discussions ----------------
("duty","date","mgmt decision for strat made fri 22/8/25 - strat by when?",None,[("wd","2025-08-22",1)],[P_STRAT]),
("indirect","date","My manager decided this afternoon that we need to get police and health round the table to talk about the child. How long have we got to hold that?","2026-05-22",[("wd","2026-05-22",1)],[P_STRAT],{"amb":"The S47 section also says a strategy discussion within 24 hours, which would be Sat 23 May 2026."}),
("newstarter","date","Apologies, still learning the jargon - once a manager has decided a strategy discussion is needed (that was on 31/12/2026), by when must it take place?",None,[("wd","2026-12-31",1)],[P_STRAT]),
("manager","date","Decision for strategy discussion 24/03/2027, strat held 26/03/2027. In timescale?","2027-03-31",[("wd","2027-03-24",1)],[P_STRAT]),
# ---------------- Transfer CFR -> Neighbourhood ----------------
("scenario","date","CFR assessment is done and the family need to move to a Neighbourhood Team at CIN. We want the transfer to happen on Monday 12 January 2026. Mum's birthday is 9 Jan so she's asked we don't visit then. What's the latest date we can email the Neighbourhood Team?","2026-01-05",[("db","2026-01-12",5)],[P_TRANS]),
("indirect","date","We're handing a family over from the front door to a locality team. I emailed them on 17/06/2026. By when do the old and new workers need to have gone out to the house together?",None,[("d","2026-06-17",5)],[P_JOINT,P_TRANS],{"amb":"The notice period could be read as ending on a later agreed transfer date rather than 5 days after the email."}),
("newstarter","date","If First Response emails us on 28 August 2025 to transfer a CIN case, what's the earliest date the case can actually transfer to us?",None,[("d","2025-08-28",5)],[P_TRANS]),
# ---------------- ICPC ----------------
("duty","date","strat was 19/12/25, when's the ICPC?","2025-12-22",[("wd","2025-12-19",15)],[P_ICPC]),
("typos","date","strat meetin was on 1st april 2026 when does icpc need to be by","2026-04-02",[("wd","2026-04-01",15)],[P_ICPC]),
("scenario","date","Strat was held on 20/03/2027 (a Saturday, out of hours) after the child disclosed at a party on 19/03. There's already a CIN review booked for 30/03. When must the ICPC be held by?","2027-03-22",[("wd","2027-03-20",15)],[P_ICPC]),
("indirect","date","We had the multi-agency meeting with police on 28 April 2025 and agreed to go to conference. What's the last date for the first conference?","2025-04-29",[("wd","2025-04-28",15)],[P_ICPC]),
("newstarter","date","Hello! When does an Initial Child Protection Conference have to happen by if the initial strategy discussion was on 7 December 2026?",None,[("wd","2026-12-07",15)],[P_ICPC]),
("manager","date","Strat 05/08/2027, ICPC held 27/08/2027. In timescale?","2027-09-01",[("wd","2027-08-05",15)],[P_ICPC]),
("manager","date","ICPC was held 20/01, strat 02/01, was that in timescale?","2026-01-26",[("wd","2026-01-02",15)],[P_ICPC]),
("typos","date","strat was last thursday, icpc by??","2025-05-06",[("wd","2025-05-01",15)],[P_ICPC],{"rel":[("past Thu","2025-05-01")]}),
# ---------------- ICPC reports ----------------
("duty","date","ICPC tues 6/1/26 - report to chair by?","2025-12-22",[("wdb","2026-01-06",3)],[P_ICHAIR]),
("typos","date","when do i send my icpc report to the cp chair, conf is thurs 9th april 2026","2026-03-30",[("wdb","2026-04-09",3)],[P_ICHAIR]),
("newstarter","date","What's the latest I can share my conference report with the family? The Initial Child Protection Conference is on 15 September 2025.","2025-09-08",[("db","2025-09-15",3)],[P_IFAM]),
("scenario","date","ICPC for two siblings is booked for Monday 4 January 2027. The older one turns 12 on 28 Dec so I'm sorting an advocate as well. When does my report have to reach the chair?","2026-12-18",[("wdb","2027-01-04",3)],[P_ICHAIR]),
("manager","date","ICPC 02/06/2026; report reached the chair 29/05/2026 (Fri). Compliant?","2026-06-05",[("wdb","2026-06-02",3)],[P_ICHAIR]),
("indirect","date","The parents need to see what I've written for the first child protection meeting before it happens. The meeting is on 13/04/2026 - when do they need it by?","2026-04-01",[("db","2026-04-13",3)],[P_IFAM]),
# ---------------- Core groups / CP ----------------
("duty","date","ICPC 19/12/25 1st CG by?",None,[("d","2025-12-19",10)],[P_CG]),
("typos","date","cp conf was 3rd april 2026, when shud first core group be","2026-04-07",[("d","2026-04-03",10)],[P_CG]),
("indirect","date","Conference put the kids on plans on 24 August 2027. When do we have to get the first meeting of the working group that fleshes out the plan?","2027-08-25",[("d","2027-08-24",10)],[P_CG]),
("manager","date","ICPC 12/05/2025, first core group 23/05/2025 - in timescale?","2025-06-01",[("d","2025-05-12",10)],[P_CG]),
("newstarter","date","The conference on Monday 21 December 2026 made my child subject to a Child Protection Plan. Could you tell me when the first core group has to be held by?","2026-12-21",[("d","2026-12-21",10)],[P_CG]),
("scenario","date","Twins have been on CP plans since the ICPC on 14 March 2025; the last RCPC was 10/09/2025 and nothing much has shifted. When do they hit 12 months on a plan, so we'd need a professional thinking time meeting?","2026-01-20",[("m","2025-03-14",12)],[P_12M]),
("newstarter","date","At what point should I be thinking about a professional thinking time meeting? My child became subject to a plan on 31 May 2026.","2026-11-02",[("m","2026-05-31",12)],[P_12M]),
("typos","date","review conf monday 4th jan 2027 when does the chair need my report","2026-12-21",[("db","2027-01-04",3)],[P_RCHAIR],{"amb":"3 calendar days before lands on New Year's Day; in practice it would have to be with the chair by Thu 31 Dec 2026."}),
("indirect","date","The follow-up child protection meeting (the one that looks at whether the plan is working) is on Thursday 26 August 2027. When must the parents have my update?","2027-08-16",[("db","2027-08-26",3)],[P_RPAR]),
# ---------------- PLO ----------------
("duty","date","PLO letter dated 19/12/25 - 1st mtg by?","2025-12-19",[("d","2025-12-19",10)],[P_PLO1]),
("typos","date","plo leter went out 30.3.26 when do we need the first meeting by","2026-03-31",[("d","2026-03-30",10)],[P_PLO1]),
("indirect","date","The letter that starts pre-proceedings was dated 21 May 2027. By when do we have to have the first meeting with the parents and their solicitor?","2027-05-24",[("d","2027-05-21",10)],[P_PLO1]),
("manager","date","PLO letter 01/08/2025, first PLO meeting 12/08/2025. In timescale?","2025-08-20",[("d","2025-08-01",10)],[P_PLO1]),
("duty","date","1st plo mtg 24/12/25, FGC referral due?",None,[("wd","2025-12-24",3)],[P_FGC]),
("newstarter","date","The parents agreed to a family group conference at the first PLO meeting on 2 April 2026 - by when must I make the referral?",None,[("wd","2026-04-02",3)],[P_FGC]),
("scenario","date","At the initial PLO meeting on Friday 22/08/2025 nan and an aunt came forward as possible carers. The next PLO review is pencilled in for 29/09. When does the viability screening request need to go to Family Placement?",None,[("wd","2025-08-22",3)],[P_VIA]),
("indirect","date","Grandparents were put forward as possible carers at the first pre-proceedings meeting on 25/03/2027. When's the deadline to ask the placements team to screen them?","2027-03-25",[("wd","2027-03-25",3)],[P_VIA]),
("typos","date","plo meetin was tues 3rd june 2025 when do minutes have to go out to parents","2025-06-04",[("d","2025-06-03",7)],[P_MIN]),
("manager","date","PLO meeting 19/12/2025, minutes sent 29/12/2025. Within timescale?","2026-01-05",[("d","2025-12-19",7)],[P_MIN]),
("duty","date","plo start 13/01/26 - 12wk legal planning mtg?","2026-02-02",[("w","2026-01-13",12)],[P_12W],{"amb":APLO}),
("newstarter","date","If a case stays in PLO, when is the Legal Gateway meeting with the Strategic Lead meant to be? We went into PLO (letter dated) 5 January 2026.","2026-03-02",[("w","2026-01-05",16)],[P_16W],{"amb":APLO}),
("scenario","date","The review legal planning meeting on 14/07/2026 agreed, exceptionally, to extend PLO because dad has just started a residential programme (admitted 10/07). To what date does the extension run?","2026-07-15",[("w","2026-07-14",4)],[P_4W]),
("manager","date","PLO started 02/03/2027 (letter date); Legal Gateway at 16 weeks held 29/06/2027 - on time?","2027-07-02",[("w","2027-03-02",16)],[P_16W]),
# ---------------- CIN ----------------
("duty","date","deplanned at RCPC 11/12/25 - 1st CIN mtg by?",None,[("d","2025-12-11",20)],[P_CIN20]),
("indirect","date","The conference decided on 4 March 2027 that the children no longer need protection plans and can drop down to a lower level of support. When does the first meeting under the new plan have to be?","2027-03-05",[("d","2027-03-04",20)],[P_CIN20]),
("typos","date","case transfered from first response on 22nd dec 2025, when does the inital cin meeting need to be","2025-12-23",[("d","2025-12-22",10)],[P_CIN10]),
("manager","date","Transfer from CFR 06/05/2026; initial CIN meeting 18/05/2026 - in timescale?","2026-05-20",[("d","2026-05-06",10)],[P_CIN10]),
("newstarter","date","A family has just been transferred to my team from Children's First Response (transfer date 30 March 2027). When should the first Child in Need meeting be?","2027-03-31",[("d","2027-03-30",10)],[P_CIN10]),
# ---------------- Children in care ----------------
("duty","date","emergency LAC 19/12/25 - assessment due?","2025-12-20",[("wd","2025-12-19",20)],[P_EMERG]),
("scenario","date","Police protection on Saturday 4 April 2026 led to an unplanned admission; the child came into care that night. The ICO hearing is listed for 14/04. When does the assessment need to be completed by?","2026-04-07",[("wd","2026-04-04",20)],[P_EMERG]),
("newstarter","date","A child moved to new foster carers on Christmas Eve 2025 (a change of placement). When must the social worker visit them by?",None,[("wd","2025-12-24",1)],[P_LV1,P_LV1B]),
("typos","date","kid moved placement fri 22/8/25 when do i have to visit",None,[("wd","2025-08-22",1)],[P_LV1,P_LV1B]),
("manager","date","Child became looked after 31/12/2026, first visit 05/01/2027. In timescale?","2027-01-08",[("wd","2026-12-31",1)],[P_LV1,P_LV1B]),
("duty","date","placement start 17/4/25 - placement mtg by?",None,[("wd","2025-04-17",3)],[P_PM]),
("indirect","date","A child moved in with carers on 2 May 2025. When do we have to have the get-together with the carers to sort out delegated authority?",None,[("wd","2025-05-02",3)],[P_PM]),
("typos","date","placement started 23.12.26 when do carers need updated placement plan",None,[("wd","2026-12-23",5)],[P_PP5]),
("manager","date","Placement began 26/05/2025; updated placement plan given to carers 30/05/2025. Compliant?","2025-06-03",[("wd","2025-05-26",5)],[P_PP5]),
("scenario","date","Siblings came into care on 10/12/2025 after the ICPC on 01/12. I need to hand over the coming into care pack and rights leaflet - what's the deadline?","2025-12-11",[("w","2025-12-10",3)],[P_PACK]),
("typos","date","initial helth assesment, child came into care 3rd may 2027, whens it due","2027-05-04",[("wd","2027-05-03",20)],[P_IHA]),
("indirect","date","The little one came into our care on 1 September 2025. When does the first medical with the looked-after children's nurse need to be done by?","2025-09-02",[("wd","2025-09-01",20)],[P_IHA]),
("scenario","date","She came into care on 27/08/2027 and has moved school; her old school broke up on 16/07 and the new term starts 02/09. When does the PEP meeting need to be held by?","2027-08-31",[("d","2027-08-27",20)],[P_PEP]),
("manager","date","Child placed 02/01/2026; care plan on LCS 13/01/2026. In timescale?","2026-01-19",[("d","2026-01-02",10)],[P_CP10]),
("newstarter","date","How long do I have to get the care plan onto the system after a placement? The child was placed on 21 December 2026.",None,[("d","2026-12-21",10)],[P_CP10]),
("typos","date","child became looked after on the 3rd april 26 when is the first lac review","2026-04-08",[("wd","2026-04-03",20)],[P_LACR]),
("indirect","date","Our young person came into care on 28 May 2027. When does the first review meeting with the independent reviewing officer have to take place?","2027-06-01",[("wd","2027-05-28",20)],[P_LACR]),
("manager","date","Child looked after from 11/08/2025; initial LAC review held 08/09/2025. Compliant?","2025-09-12",[("wd","2025-08-11",20)],[P_LACR]),
("scenario","date","LAC review for a 14-year-old is booked for Monday 5 January 2026; the last one was 30/06/2025 and he turns 15 on 02/01. When does my written report need to be with the IRO?","2025-12-15",[("db","2026-01-05",3)],[P_IROREP]),
("newstarter","date","When should my report for a looked after review reach the IRO? The review is on 10 April 2026.","2026-03-25",[("db","2026-04-10",3)],[P_IROREP]),
("scenario","date","Our lad has been in his long-term foster placement since 14/10/2024; it was confirmed as his permanent home at his review on 20/01/2025 and he's very settled. From when can his statutory visits go to 12-weekly?","2025-09-22",[("m","2024-10-14",12)],[P_LAC12],{"amb":"'over 12 months' could be read as the day after the anniversary (15/10/2025)."}),
("indirect","date","Mum's contact arrangements were put in place the day the children came into care, 19 December 2025. When do they have to be looked at again?","2026-01-05",[("w","2025-12-19",8)],[P_FT]),
# ---------------- IRO ----------------
("duty","date","IRO informal challenge 19/12/25 - when does it go formal?","2025-12-19",[("wd","2025-12-19",5)],[P_IRO5]),
("indirect","date","The reviewing officer raised concerns about drift with me informally on 1 May 2026. If it's not sorted, when does it turn into a formal dispute?","2026-05-05",[("wd","2026-05-01",5)],[P_IRO5]),
("manager","date","Formal IRO dispute raised 11/12/2025, resolved 12/01/2026 - within timescale?","2026-01-14",[("wd","2025-12-11",20)],[P_IRO20]),
("newstarter","date","How long does the formal dispute resolution process with an IRO have to take from start to finish? It started on 24 March 2027.",None,[("wd","2027-03-24",20)],[P_IRO20]),
("typos","date","iro dispute went formal yesterday, when shud it be resolved by","2026-08-27",[("wd","2026-08-26",20)],[P_IRO20],{"rel":[("yesterday","2026-08-26")]}),
# ---------------- Adoption ----------------
("scenario","date","The adopters have had the children since 20/12/2025; matching panel was 04/12 and the ADM ratified on 10/12. From what date can they apply for the Adoption Order?","2026-01-12",[("w","2025-12-20",10)],[P_AD10]),
("typos","date","adoptive placement started 1st june 2026 when can adopters apply for the order","2026-07-01",[("w","2026-06-01",10)],[P_AD10]),
# ---------------- Fostering ----------------
("duty","date","SSW visit to carers 24/12/25 - record on LCS by?",None,[("wd","2025-12-24",3)],[P_FCREC]),
("typos","date","visited my foster carers on good friday 18.4.25 (they asked!) when does it need recording by","2025-04-22",[("wd","2025-04-18",3)],[P_FCREC]),
("manager","date","Foster carer unannounced visit last done 14/06/2024; next one done 30/06/2025. In timescale?","2025-07-05",[("m","2024-06-14",12)],[P_FCUN]),
("indirect","date","The last time anyone turned up at our carers' house without warning was 28/02/2025. What's the latest the next surprise visit can be?","2026-01-12",[("m","2025-02-28",12)],[P_FCUN]),
("newstarter","date","Our foster carers' last annual review was on 31 March 2026. When is the next annual review due?","2026-10-01",[("m","2026-03-31",12)],[P_FCAR]),
("scenario","date","The Placeholder-Brown carers' last review presented to Fostering Panel was 12/09/2024; since then their reviews have been IRO-chaired (last one 10/09/2026). They had a baby of their own on 02/03/2027. By when must a review go back to Panel?","2027-03-15",[("y","2024-09-12",3)],[P_FCPANEL]),
("duty","date","FC DBS last 15/01/24 - renewal by?","2026-11-30",[("y","2024-01-15",3)],[P_FCDBS]),
("typos","date","carers core trainin last updated 29/02/2024 when does it run out","2026-12-01",[("m","2024-02-29",36)],[P_FCTRAIN]),
("indirect","date","The carers are approved for under-10s but we need them to take a 13-year-old; the senior lead okayed it from 22 December 2026. How long does that permission last?",None,[("wd","2026-12-22",6)],[P_VAR],{"amb":"If 22 Dec itself is counted as the first of the 6 working days, permission ends Thu 31 Dec 2026."}),
("manager","date","Connected person temp approval from 06/01/2025, still not extended on 30/04/2025. Expired?","2025-04-30",[("w","2025-01-06",16)],[P_T16]),
("newstarter","date","If the ADM agreed temporary approval of a connected carer on 2 March 2026 and it was then extended by panel, when would the extension run out?","2026-06-01",[("w","2026-03-02",24)],[P_T8,P_T16]),
# ---------------- Recording / summaries ----------------
("duty","date","home visit 30/12/25 - recording by?",None,[("d","2025-12-30",3)],[P_REC]),
("typos","date","did a visit yesterday when does the case note have to be on","2026-05-27",[("d","2026-05-26",3)],[P_REC],{"rel":[("yesterday","2026-05-26")]}),
("manager","date","Contact with mum on 23/12/2026, recorded on LCS 29/12/2026 - in timescale?","2027-01-04",[("d","2026-12-23",3)],[P_REC]),
("indirect","date","The one-page overview at the front of the file was last updated on 30 November 2025. When does it go out of date?","2026-02-02",[("m","2025-11-30",3)],[P_SUMM]),
("manager","date","Audit: case summary last updated 31/05/2026, audited 01/09/2026. Within 3 months?","2026-09-01",[("m","2026-05-31",3)],[P_SUMM]),
("newstarter","date","How long is a child's assessment valid for? The last authorised one was 17 July 2025.","2026-05-11",[("m","2025-07-17",12)],[P_ASS12]),
("scenario","date","I've inherited a CIN case. The file summary says it was last updated 04/04/2025, the last CIN review was 20/05/2025 and the assessment was authorised 01/12/2024. When is the case summary due to be refreshed?","2025-06-09",[("m","2025-04-04",3)],[P_SUMM]),
# ---------------- Visits ----------------
("duty","visits","CP visit 22/12/25 next due?",None,[("w","2025-12-22",4)],[P_CPV]),
("typos","visits","last cp vist was 2nd march 2026 when is the next one due","2026-03-04",[("w","2026-03-02",4)],[P_CPV]),
("indirect","visits","I last saw the child on her own at home on 27/03/2027 - she's on a protection plan. When's my next visit due at the latest?","2027-03-29",[("w","2027-03-27",4)],[P_CPV]),
("manager","visits","CP child visited 05/05/2025 and next on 04/06/2025. In timescale?","2025-06-10",[("w","2025-05-05",4)],[P_CPV]),
("newstarter","visits","How often do I need to visit a child on a CIN plan? My last visit was 20 August 2026 - when's the next one due by?",None,[("w","2026-08-20",6)],[P_CINV]),
("typos","visits","cin visit last done 19.12.25 next by","2026-01-05",[("w","2025-12-19",6)],[P_CINV]),
("scenario","visits","CIN family, three kids, youngest born 11/11/2024. I saw them all at home on 14 April 2025 (Easter holidays); the CIN review was 02/04/2025. When's my next visit due?","2025-04-15",[("w","2025-04-14",6)],[P_CINV]),
("duty","visits","CIN review 26/05/26, next review by?",None,[("w","2026-05-26",6)],[P_CINREV]),
("manager","visits","CIN reviews 10/11/2025 then 30/12/2025. Within timescale?","2026-01-05",[("w","2025-11-10",6)],[P_CINREV]),
("duty","visits","LAC since 01/12/25, visited 24/12, 1st LAC review not held yet - next visit?","2025-12-24",[("d","2025-12-24",7)],[P_LACW]),
("newstarter","visits","The child has had their first looked after review, and I visited on 6 January 2027. The permanence plan isn't finalised yet. When do I need to visit next?",None,[("w","2027-01-06",6)],[P_LAC6]),
("indirect","visits","He's been in care about three months and the first review was done in January. I saw him on 30/03/2026 - what's the latest for my next statutory visit?","2026-03-31",[("w","2026-03-30",6)],[P_LAC6]),
("scenario","visits","He has lived with his permanent carers since June 2023 and it's all very settled. My last statutory visit was 28/08/2025 and his next LAC review is 15/10/2025. When's the next visit due?","2025-09-01",[("w","2025-08-28",12)],[P_LAC12]),
("typos","visits","adoptive placemnt, no lac review yet, visited 29.12.26 when next","2026-12-30",[("d","2026-12-29",7)],[P_ADW]),
("manager","visits","Adoptive placement, post first LAC review, visits 02/02/2027 and 20/03/2027. Compliant?","2027-03-22",[("w","2027-02-02",6)],[P_AD6W]),
("duty","visits","FC SSW visit 31/03/27 next due?",None,[("w","2027-03-31",6)],[P_FCV]),
("indirect","visits","I went to see the foster carers I support on 24 July 2025. When do I need to be back?","2025-07-25",[("w","2025-07-24",6)],[P_FCV]),
("scenario","visits","Family time for the twins was set when they came into care on 03/11/2025 and last reviewed at the LAC review on 22/12/2025. The plan for permanence isn't agreed yet. When's the next family time review due?","2026-01-06",[("w","2025-12-22",8)],[P_FT]),
("newstarter","visits","How often should review PLO meetings happen? The last one was on 1 June 2026 - when's the next due?",None,[("w","2026-06-01",6)],[P_PLOREV],{"amb":"'every 4-6 weeks': giving the 4-week date (29/06/2026) as the due date is also defensible; 6 weeks is the latest."}),
("typos","visits","cp visit was on new years day 1/1/27 when next","2027-01-04",[("w","2027-01-01",4)],[P_CPV]),
# ---------------- Ages ----------------
("newstarter","age","A little girl on my caseload (DOB 29/02/2020) may go into PLO. Until what date does she count as under 6 for getting an adoption social worker allocated - when does she turn 6?","2026-01-15",[("y","2020-02-29",6)],[P_AD6]),
("duty","age","YP dob 31/08/10 - pathway plan start?","2025-11-03",[("ym","2010-08-31",(15,6))],[P_PATH]),
("typos","age","when does my yp need a pathway plan started, dob 22.10.10","2025-12-01",[("ym","2010-10-22",(15,6))],[P_PATH]),
("scenario","age","ICPC is on 10/01/2027. The older brother was born 03/01/2015 and the younger 17/06/2018. When does the older one turn 12 (so he should be offered an advocate)?","2026-12-14",[("y","2015-01-03",12)],[P_ADVOC]),
("indirect","age","When does a young person born 29 February 2012 reach the age where we have to start planning with them for leaving care?","2027-03-01",[("ym","2012-02-29",(15,6))],[P_PATH]),
("manager","age","Child DOB 25/12/2020 entered PLO 04/01/2027. Was she still under 6 - when did she turn 6?","2027-01-11",[("y","2020-12-25",6)],[P_AD6]),
("newstarter","age","The boy I work with was born on 1 April 2014 - from what date should he be offered an advocate for conference?","2026-02-16",[("y","2014-04-01",12)],[P_ADVOC]),
("duty","age","dob 14/05/20 - turns 6 when? (adoption SW alloc)","2026-03-09",[("y","2020-05-14",6)],[P_AD6]),
# ---------------- Choice ----------------
("duty","choice","visited 24/11/25, next visit due?","2025-11-25",[("w","2025-11-24",4),("w","2025-11-24",6)],[P_CPV,P_CINV]),
("newstarter","choice","My conference is on Monday 12 January 2026 - when does my report need to go out?","2025-12-29",[("db","2026-01-12",3),("wdb","2026-01-12",3)],[P_IFAM,P_ICHAIR,P_RPAR,P_RCHAIR]),
("typos","choice","when is the first cin meeting due, cin from 02/03/26",None,[("d","2026-03-02",10),("d","2026-03-02",20)],[P_CIN10,P_CIN20]),
("scenario","choice","First PLO meeting was 14/05/2026, both parents came with their solicitor. Dad's mum wants to be considered and there's been no FGC yet. What's due next and when?","2026-05-14",[("wd","2026-05-14",3),("d","2026-05-14",7)],[P_FGC,P_VIA,P_MIN]),
("indirect","choice","Last saw the lad in his foster placement on 02/09/2025. When do I have to see him next?","2025-09-03",[("d","2025-09-02",7),("w","2025-09-02",6)],[P_LACW,P_LAC6]),
("manager","choice","Foster carer supervisory visit 10/12/2025 - what's the next deadline on that?","2025-12-11",[("wd","2025-12-10",3),("w","2025-12-10",6)],[P_FCREC,P_FCV]),
("duty","choice","child placed 18/12/25 - plan due?","2025-12-19",[("wd","2025-12-18",5),("d","2025-12-18",10)],[P_PP5,P_CP10]),
("newstarter","choice","The ADM gave temporary approval to Grandma as a connected carer on 7 April 2025. When does that approval end?","2025-04-08",[("w","2025-04-07",16),("w","2025-04-07",24)],[P_T16,P_T8]),
# ---------------- None ----------------
("duty","none","ICPC 12/01/26 - RCPC due when?","2026-01-13",None,[N_RCPC]),
("newstarter","none","How often should I be having supervision with my team leader? My last one was 3 March 2026.","2026-03-20",None,[N_SUP]),
("typos","none","when is the 2nd lac review due, first one was 14.1.27","2027-01-18",None,[N_LAC2]),
("indirect","none","Adoption is the plan; the final care planning meeting was 10/06/2025. By when does the meeting with the decision maker about whether she should be placed for adoption have to happen?","2025-06-12",None,[N_SHOPBA]),
("manager","none","Adoptive placement started 05/01/2026 - what's the deadline for the Annex A report?","2026-02-02",None,[N_ANNEX]),
("scenario","none","Adoption placement started 05/05/2026 and the adopters keep asking about the life story book and the later life letter. The LAC review was 01/06. When do these have to be done by?","2026-06-10",None,[N_LIFE]),
("indirect","none","How long can the independent reviewing officer leave it before checking in with the young person between reviews? Last review was 20/10/2025.","2025-11-03",None,[N_IRO]),
("duty","none","care procs agreed at LG 09/09/27 - SWET filing deadline?","2027-09-09",None,[N_SWET]),
("scenario","none","A level 3 contact came into the front door on Tuesday 30/12/2025 - it's Early Help, not CIN or CP. Mum's DOB is 01/01/1995. By when does the Early Help Team Leader have to decide what to do?","2025-12-30",None,[N_EH]),
]
