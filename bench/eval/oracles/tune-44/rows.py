# Structured descriptions for oracle.py: (voice, kind, today, q, rule, expect_any[, ambiguous])
A = "\u2019"
FD = "decisions made by what action are required by a Team Leader within 1 working day"
INIT = "Initial decisions will be made about the action required within 1 working day"
REF = "Referrals will be actioned by a social worker within 1 working day"
SAMEDAY = "will be seen by the Social Worker the same day"
S47DISC = "Within 5 days of the Section 47 being initiated"
ALLOC = "allocated to a social worker to complete a Child and Family Assessment within 3 working days"
TLREV = "All assessments will be reviewed by the Team Leader within 15 working days"
A45 = "Assessments must all be completed within 45 days"
STRAT1 = "this must happen within 1 working day and should be chaired by a social work manager"
NOTICE = "the Neighbourhood Team via email, giving at least 5 days" + A + " notice"
STRAT24 = "A strategy discussion within 24 hours involving all relevant agencies"
ICPC = "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion"
FAM3 = "The report will be shared with family at least 3 the days prior to conference"
CHAIR3 = "The report will be sent to the child protection chair 3 working days before the conference"
ADV12 = "if they are 12 or over they should be offered an advocate"
CG = "held within 10 days of the conference and is used to put detail on the outline CP plan"
CPV = "Visits to a child subject to a CP plan will take place at least every 4 weeks"
RCPAR = "This report must be shared with parents at least 3 days prior to the review conference"
RCCH = "The report will be available to the conference chair at least 3 days prior to the review conference"
PTT = "when they have been subject to a plan for 12 months"
PLO1 = "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter"
FGC = "Referral should be made within 3 working days of the first PLO meeting"
VIA = "Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting"
MIN7 = "distributed to parents and their legal representation within 7 days of the meeting"
PLOREV = "Review PLO meetings with parents to be held every 4-6 weeks"
LPM12 = "A review legal planning meeting will be held at 12 weeks"
LG16 = "a Legal Gateway meeting will be convened at 16 weeks"
EXT4 = "In exceptional circumstances a further period of 4 weeks will be agreed in PLO"
CIN20 = "will set the first CIN meeting within 20 days"
CIN10 = "the initial CIN meeting must take place within 10 days"
CINREV = "CIN review meetings will be held at least every 6 weeks"
CINV = "A child subject to a CIN plan will be seen at least every 6 weeks"
EMA = "If it is an emergency / unplanned admission the assessment will be completed within 20 working days"
VIS1 = "The child will be visited within 1 working day of coming into care or having a change in placement"
SEEN1 = "All looked after children will be seen within 1 working day of placement"
PM3 = "The placement meeting will be held within 3 working days"
PP5 = "an updated copy given to the carers within 5 working days of the placement beginning"
FT8 = "reviewed at least every 8 week until the plan for permanence is agreed"
PACK = "coming into care pack, children rights leaflet within 3 weeks"
LEGAL5 = "informed of the child" + A + "s legal status within 5 working days"
IHA = "An initial health assessment will be requested and carried out within 20 working days"
PEP = "A PEP meeting will be arranged within the school within 20 days"
LACW = "Statutory looked after visits must happen weekly until the first looked after review"
LAC6 = "a minimum of every 6 weeks thereafter until the plan for permanence is finalised"
LAC12 = "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement"
CP10 = "An up to date care plan will be recorded on the electronic system within 10 days of placement"
ILAC = "The initial Looked After Review must take place within 20 working days of the child becoming looked after"
PATH = "A pathway plan will be started when the young person is 15 years 6 months"
IRO3 = "this will be with the IRO 3 days before the review"
DISP5 = "If the challenge is not resolved within 5 working days a formal dispute will be raised"
DISP20 = "The formal dispute resolution process should be completed from start to finish within 20 working days"
AD6 = "If a child under the age of 6 enters PLO or proceedings"
ADW = "Once the child is placed weekly statutory visits will take place until the first Looked After Review"
AD6W = "visits will be a minimum of 6 weekly until the Adoption Order is Granted"
AD10 = "Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order"
FCV = "Trafford foster carers are visited at least once every six weeks"
FCR = "a record of this visit is recorded on LCS within 3 working days"
UNANN = "will have an unannounced visit at least once every 12 months"
ANN = "All Trafford foster carers will have an annual review"
PANEL3 = "annual review presented to the Fostering Panel at least every three years"
DBS = "updated statutory references, medicals and DBS checks at least every three years"
TRAIN = "must update their core training at least every three years"
VAR = "This can only be given for up to 6 working days"
TA16 = "Temporary approval is for 16 weeks but can be extended for a further 8 weeks"
REC3 = "any event or contact is recorded within 3 days"
SUM3 = "case file summary which has been updated within the last 3 months"
ASS12 = "An up to date assessment (within the last 12 months) on each child"
# phrases for `none` rows (the nearby sentence, which sets no date)
N_RCPC = "The child protection chair will set the date of the next conference"
N_PERM = "At the point of the second review (if not in proceedings) the child must have a permanency plan"
N_SUP = "monitored through supervision which takes place in line with the supervision policy"
N_SHOP = "Arrange SHOPBA (Should be placed for adoption meeting) with the Agency Decision Maker (ADM)"
N_LLL = "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child"
N_IRO = "The IRO will contact the child between reviews to ensure the progress of the plan"
N_SUPM = "a Support Meeting will be held and chaired by the Team Leader"
N_PEPT = "subsequently reviewed within the statutory guidelines at least 1 per term"
N_UNANN = "there should be unannounced visits in addition"
N_FF = "a referral should be made to Family Focus by emailing the team"
N_ANNEXA = "The Social Worker will complete the Annex A suitability report for Court"
AMB45 = "The standards say 45 days (counted here as calendar days); national guidance counts 45 working days from referral, which gives a later date."
AMBSAT = "Event on a non-working day: counted per convention from that day; a reader who treats it as received on the next working day would get one working day later."

ROWS = [
# ---------------- Front door / referrals ----------------
("duty","date","2025-12-24","contact in 24/12 3pm - TL decision by when?",("wd","2025-12-24",1),[FD]),
("typos","date","2026-04-02","contact came in 2.4.26 when does TL need to of made a decision on it",("wd","2026-04-02",1),[FD]),
("indirect","date","2026-05-22","A school rang through to the front door today worried about a 7 year old. By when does a manager have to decide what we're doing with it?",("wd","T+0",1),[FD]),
("newstarter","date","2027-03-25","Hi, sorry if this is a basic one - a referral came into the team this afternoon. When does a social worker need to have actioned it by?",("wd","T+0",1),[REF]),
("manager","date","2025-08-29","Referral received Fri 22/08, TL initial decision logged Tue 26/08. In timescale?",("wd","2025-08-22",1),[INIT]),
("scenario","date","2026-12-29","Police sent a DV notification on Christmas Eve about a household with three kids, the youngest born 25/12/2019. It's been screened as level 4. When should the initial decision on it have been made?",("wd","2026-12-24",1),[INIT]),
("indirect","date","2027-01-04","Something came in from the police over the weekend, logged Saturday 2/1/27. When does a team leader need to have decided what happens with it?",("wd","2027-01-02",1),[FD],AMBSAT),
# ---------------- S47 ----------------
("duty","date","2026-03-10","s47 agreed this am, when does child need seeing?",("same","T+0"),[SAMEDAY]),
("indirect","date","2026-05-01","We've just decided this needs a full child protection enquiry (came in this morning). How quickly does someone have to physically see the child?",("same","T+0"),[SAMEDAY]),
("scenario","date","2025-12-19","Dad was arrested last night after a call-out; the kids are 4 and 9 (the younger one's birthday is 22/12). We initiated the S47 today, Fri 19/12/25, and the ICPC will be in January. When do I need to discuss progress with my manager?",("d","2025-12-19",5),[S47DISC]),
("typos","date","2026-04-07","s47 started 3rd april, when do i need to do the progress chat with my TL by",("d","2026-04-03",5),[S47DISC]),
("indirect","date","2026-06-01","When do I need to sit down with my manager to talk about how the child protection enquiry is going and what we do next? The enquiry kicked off 29/5.",("d","2026-05-29",5),[S47DISC]),
("manager","date","2025-09-01","S47 initiated 21/08/2025; SW/TL progress discussion recorded 28/08. Within timescale?",("d","2025-08-21",5),[S47DISC]),
("scenario","date","2026-02-11","Concerns came to light at 2pm on Tuesday 10 Feb when the school nurse saw bruising on a 4 year old, and my TL agreed it meets S47. His brother's birthday is 11/02 and mum has a GP appt 13/02. By when does the strategy discussion have to happen?",("d","2026-02-10",1),[STRAT24],"The S47 section says 24 hours (read here as the next day); the Level 4/5 section says within 1 working day of the management decision, which here gives the same date."),
# ---------------- Allocation / assessments ----------------
("duty","date","2025-12-23","C&FA agreed today, allocate by?",("wd","T+0",3),[ALLOC]),
("newstarter","date","2026-04-16","Hello! My TL has just decided a case needs a Child and Family Assessment (today, Thursday). How long do we have to get it allocated to a worker?",("wd","T+0",3),[ALLOC]),
("indirect","date","2026-08-28","Case needs someone assigned to do the full assessment of the family - that decision was made today. What's the latest it can sit before it's given to a worker?",("wd","T+0",3),[ALLOC]),
("scenario","date","2027-05-28","Health visitor referral came in Wed 26/05 about a baby born 02/04/27. Dad's probation meeting is 01/06. TL decided on Fri 28/05 that it needs a C&FA. When does it need allocating by?",("wd","2027-05-28",3),[ALLOC],"If the 3 working days were counted from the referral (26/05) rather than the decision, it would be 01/06."),
("scenario","date","2025-12-01","Referral came in on 27/11 from the school about a 12 year old who keeps missing. We started the C&FA on Monday 01/12/25 and the school PEP-style meeting is 09/12. When's the TL review of the assessment due?",("wd","2025-12-01",15),[TLREV]),
("typos","date","2025-04-14","assesment started 14/4/25 when does my TL have to review it",("wd","2025-04-14",15),[TLREV]),
("indirect","date","2027-05-20","My manager is supposed to look over the family assessment part-way through. We began it today. When does that look need to happen by?",("wd","T+0",15),[TLREV]),
("scenario","date","2026-12-10","Assessment opened today following a health visitor referral on 8/12. Baby was born 01/11/2026 and the next HV contact is 05/01. When's the team leader review of the assessment due?",("wd","T+0",15),[TLREV]),
("manager","date","2026-04-30","C&FA opened 23/03/2026; TL review recorded 16/04/2026. Compliant?",("wd","2026-03-23",15),[TLREV]),
("scenario","date","2025-11-20","Mum self-referred on 14/11 asking for help with her 15 year old. The C&FA was started on Monday 17 November 2025 and a CIN meeting is booked for 08/12. When does the assessment have to be completed?",("d","2025-11-17",45),[A45],AMB45),
("typos","date","2026-03-02","assessment started 2/3/26 when has it got to be finished",("d","2026-03-02",45),[A45],AMB45),
("indirect","date","2025-07-14","When does the whole family assessment have to be finished and done? We opened it 14 July.",("d","2025-07-14",45),[A45],AMB45),
("manager","date","2025-12-01","C&FA commenced 06/10/2025, completed 25/11/2025 - compliant?",("d","2025-10-06",45),[A45],AMB45),
("scenario","date","2027-02-22","We started a C&FA on 8/2/27 after a neglect referral. Mum is 19 (DOB 03/03/2007) and the GCP2 is booked for 01/03. When must the assessment be completed?",("d","2027-02-08",45),[A45],AMB45),
# ---------------- Strategy discussion / transfer ----------------
("newstarter","date","2027-12-24","Hello, my manager has just decided a strategy discussion is needed (today, Friday 24 December). When does it need to happen by, given the bank holidays?",("wd","T+0",1),[STRAT1]),
("indirect","date","2025-04-17","My manager decided this afternoon we need to get police and health round the table about a child. How long have we got to hold it?",("wd","T+0",1),[STRAT1]),
("newstarter","date","2026-08-28","Hi - my manager has decided today (Friday) that a strategy discussion is needed. Could you tell me when it needs to take place by?",("wd","T+0",1),[STRAT1]),
("manager","date","2025-05-09","TL decision for strat 02/05/2025 (Fri), strat held 06/05. In timescale?",("wd","2025-05-02",1),[STRAT1]),
("scenario","date","2026-02-05","We're moving a family from CFR to a Neighbourhood Team at CIN. I emailed the NT today, Thursday 5 Feb. Eldest is 14 on 07/02. By when do we need to have done the joint visit?",("d","T+0",5),["Within the 5 days" + A + " notice period, the Children" + A + "s First Response Social Worker"]),
("indirect","date","2025-10-16","We're handing a family over to the locality team and I sent them the email today. What's the earliest the case can actually move across?",("d","T+0",5),[NOTICE]),
# ---------------- ICPC ----------------
("duty","date","2025-12-19","strat 19/12/25, icpc by?",("wd","2025-12-19",15),[ICPC]),
("typos","date","2026-04-03","strat was 3.4.26 when is icpc due",("wd","2026-04-03",15),[ICPC]),
("indirect","date","2026-04-01","We had the first multi-agency discussion about the enquiry today. When does the big meeting where everyone agrees whether the child needs a protection plan have to be held by?",("wd","T+0",15),[ICPC]),
("scenario","date","2025-12-12","Referral came in 08/12 about a 6 year old (DOB 14/12/2018). The strat was held on Wed 10/12 and the CIN meeting that was already booked is 17/12. If we go to ICPC, what's the latest date?",("wd","2025-12-10",15),[ICPC]),
("newstarter","date","2027-03-17","Hi, I'm new and this is my first child protection case. We had the strategy discussion today. When does the initial conference need to be by?",("wd","T+0",15),[ICPC]),
("manager","date","2026-01-27","ICPC was held 20/01/26, strat 02/01/26, was that in timescale?",("wd","2026-01-02",15),[ICPC]),
("duty","date","2026-05-20","strat tmrw, icpc latest?",("wd","T+1",15),[ICPC]),
("indirect","date","2027-08-27","Police and school met with us last Tuesday about a child with a broken arm. When is the first case conference due?",("wd","last:Tue",15),[ICPC]),
("typos","date","2026-05-26","stratgy meeting 22nd may whens icpc",("wd","2026-05-22",15),[ICPC]),
("manager","date","2027-09-13","Strat 20/08/27, ICPC booked 10/09/27 - in time?",("wd","2027-08-20",15),[ICPC]),
("scenario","date","2025-04-22","Nursery raised concerns on Thursday 10 April, we did the strat on Monday 14th, and the S47 visit was Tue 15th. Mum's birthday is 18/04. When is the ICPC due by?",("wd","2025-04-14",15),[ICPC]),
("indirect","date","2026-12-18","Multi-agency meeting to plan the enquiry took place today. Latest date for the first child protection meeting with the family?",("wd","T+0",15),[ICPC]),
("typos","date","2027-12-20","strat done 17th dec icpc by??",("wd","2027-12-17",15),[ICPC]),
# ---------------- ICPC reports ----------------
("duty","date","2025-12-22","ICPC 06/01/26, report to chair by?",("wdb","2026-01-06",3),[CHAIR3]),
("indirect","date","2026-03-20","When does my paperwork have to reach the independent person running the first conference? The meeting is Tuesday 7 April.",("wdb","2026-04-07",3),[CHAIR3]),
("newstarter","date","2027-05-24","Could someone tell me when my report has to go to the CP chair? The initial conference is on Thursday 3 June.",("wdb","2027-06-03",3),[CHAIR3]),
("manager","date","2025-09-01","ICPC 02/09/2025; report to chair received 29/08/2025. Compliant?",("wdb","2025-09-02",3),[CHAIR3]),
("typos","date","2026-04-28","icpc 4/5/26 when do parents need to see my report",("db","2026-05-04",3),[FAM3]),
("indirect","date","2026-08-24","When do mum and dad need to have had my report for the first conference? It's Wed 2 Sept.",("db","2026-09-02",3),[FAM3]),
("scenario","date","2027-12-20","The ICPC for two brothers (8 and 11) is on Wednesday 29 December. The core group members met on the 14th and the older boy has a hospital appt on the 23rd. When is the latest I can share my report with the family?",("db","2027-12-29",3),[FAM3]),
# ---------------- Core group / CP plan ----------------
("scenario","date","2025-12-19","The ICPC was held today (19/12/25) and all three children were made subject to CP plans. The strat was on 28/11 and the eldest turns 16 on 02/01. When does the first core group have to be held?",("d","2025-12-19",10),[CG]),
("typos","date","2026-12-22","conferance was 22.12 whens first core group",("d","2026-12-22",10),[CG]),
("indirect","date","2027-03-30","The child went on a plan at the conference today. When does the first meeting of the small group of professionals who work the plan with the family need to be?",("d","T+0",10),[CG]),
("newstarter","date","2025-08-21","Hello, the initial conference was this morning and the child is now on a plan. When should the first core group be held, please?",("d","T+0",10),[CG]),
("manager","date","2026-06-01","ICPC 15/05/2026, first core group held 27/05/2026 - in timescale?",("d","2026-05-15",10),[CG]),
("scenario","date","2027-04-01","The ICPC for a 2 year old was held on 24 March 2027 and she's on a plan under neglect. Nursery review is 6 April and the next conference was set for 16 June. When must the first core group take place?",("d","2027-03-24",10),[CG]),
("indirect","date","2025-05-23","Conference last Friday put the children on plans. When's the first get-together of the professionals and family to flesh out the plan due?",("d","last:Fri",10),[CG]),
("duty","date","2026-05-27","RCPC 05/06/26, parents report by?",("db","2026-06-05",3),[RCPAR]),
("indirect","date","2026-05-18","The review conference for a child on a plan is Monday 1 June. When do the parents need my update by?",("db","2026-06-01",3),[RCPAR]),
("newstarter","date","2026-01-02","Hello - when does the chair need my report for a review child protection conference on 5 January?",("db","2026-01-05",3),[RCCH]),
("manager","date","2027-04-06","RCPC held 06/04/27; plan update shared with parents 02/04/27. Was that at least the required time before?",("db","2027-04-06",3),[RCPAR]),
("scenario","date","2025-03-14","A 9 year old has been on a CP plan since 14/03/2024; the latest review conference is today and progress isn't enough to de-plan. Her sister turns 12 on 20/03. From what date has she been on a plan 12 months, triggering the professional thinking time meeting?",("m","2024-03-14",12),[PTT]),
("indirect","date","2026-10-01","A child has been on a protection plan since 30 Oct 2025. From when does the rule kick in about having a 'think differently' meeting if things aren't improving?",("m","2025-10-30",12),[PTT]),
# ---------------- PLO ----------------
("scenario","date","2025-12-22","Legal Gateway on 11/12 agreed PLO for a baby born 30/10/25. The PLO letter is dated 19/12/25 and went out today, 22/12. Mum's solicitor is back on 05/01. When should the first PLO meeting be held by?",("d","2025-12-19",10),[PLO1]),
("typos","date","2026-03-27","plo letter went out 27th march whens the 1st meeting by",("d","2026-03-27",10),[PLO1]),
("indirect","date","2027-03-24","The letter that starts pre-proceedings went out today. By when do we have to sit down with the parents and their solicitor?",("d","T+0",10),[PLO1]),
("scenario","date","2025-08-20","Legal Gateway agreed PLO on 14/08 and the letter before proceedings is dated 18/08/2025. Dad's solicitor is away until 1 Sept. When should the first meeting with parents take place by?",("d","2025-08-18",10),[PLO1]),
("newstarter","date","2026-12-21","Sorry if this is obvious - the PLO letter is dated 21 December. What is the latest date for the first PLO meeting?",("d","2026-12-21",10),[PLO1]),
("manager","date","2027-06-01","PLO letter dated 17/05/27, first meeting held 28/05/27. Within timescale?",("d","2027-05-17",10),[PLO1]),
("duty","date","2025-12-24","1st PLO mtg 24/12, FGC referral by?",("wd","2025-12-24",3),[FGC]),
("indirect","date","2027-04-01","We had the first pre-proceedings meeting today and the parents agreed to a meeting where the wider family get together to make a plan. When do I need to have referred?",("wd","T+0",3),[FGC]),
("scenario","date","2026-05-01","First PLO meeting was today (Fri 1 May). Parents consented to an FGC; gran (DOB 04/05/1960) might be an option. Next review PLO meeting pencilled for 5 June. When's the FGC referral due?",("wd","T+0",3),[FGC]),
("typos","date","2025-12-22","initial plo meeting 22/12 aunty wants to be assesed, viability request by when",("wd","2025-12-22",3),[VIA]),
("indirect","date","2026-05-22","An aunt has come forward as a possible carer at today's initial pre-proceedings meeting. When does the screening request to the team that assesses family members need to go in?",("wd","T+0",3),[VIA]),
("manager","date","2026-04-10","Initial PLO mtg 02/04/26, viability screening request to FPT sent 08/04/26. In timescale?",("wd","2026-04-02",3),[VIA]),
("newstarter","date","2025-12-30","Hi, I minuted a PLO meeting today (30 December). When should the minutes be sent to the parents and their solicitors?",("d","2025-12-30",7),[MIN7]),
("indirect","date","2026-08-26","When do the written notes of what we agreed with the parents at yesterday's pre-proceedings meeting have to go to them and their solicitor?",("d","T-1",7),[MIN7]),
("newstarter","date","2027-03-25","Hi, we held a PLO meeting today. How long do I have to send out the minutes to the parents and their legal rep?",("d","T+0",7),[MIN7]),
("duty","visits","2026-03-09","last PLO review 04/03/26, next one by (latest)?",("w","2026-03-04",6),[PLOREV],"The standard gives a range (4-6 weeks); the earliest reading is 4 weeks, 2026-04-01."),
("indirect","visits","2025-11-03","Last catch-up meeting with the parents and solicitors in pre-proceedings was 27 Oct. What's the latest the next one can be?",("w","2025-10-27",6),[PLOREV],"The standard gives a range (4-6 weeks); the earliest reading is 4 weeks."),
("scenario","date","2026-01-12","PLO started with the first meeting today, 12/01/2026, following the PLO letter of 05/01. The kids are 3 and 5. When's the review legal planning meeting with the solicitor due?",("w","T+0",12),[LPM12],"The standards don't say what the 12 weeks run from; counting from the PLO letter (05/01) gives 2026-03-30."),
("indirect","date","2025-09-01","Pre-proceedings began with the first parents' meeting on 1 Sept 2025. When is the meeting with the senior manager to decide whether to issue care proceedings, if it's still in PLO?",("w","2025-09-01",16),[LG16],"The standards don't say what the 16 weeks run from; another start point (e.g. the PLO letter) would shift it."),
("manager","date","2026-04-06","12 week legal planning review was 06/04/26 and a 4 week exceptional extension agreed. When does that extension end?",("w","2026-04-06",4),[EXT4]),
# ---------------- CIN ----------------
("scenario","date","2025-12-17","At the review conference today (Wed 17/12/25) the chair de-planned both girls and stepped down to CIN. The original ICPC was 18/06/25 and the youngest is 7 on 05/01. By when does the first CIN meeting need to be?",("d","2025-12-17",20),[CIN20]),
("indirect","date","2026-04-02","The child came off her protection plan at today's review conference and moves to a support plan. When does the first meeting under the new plan need to be?",("d","T+0",20),[CIN20]),
("manager","date","2027-09-01","De-planned 05/08/27; first CIN meeting held 24/08/27. In timescale?",("d","2027-08-05",20),[CIN20]),
("scenario","date","2025-12-22","CFR finished their C&FA on 15/12 and the case transferred over to my NT today, Monday 22/12. The family are away from 27/12 to 02/01. When must the initial CIN meeting be held by?",("d","2025-12-22",10),[CIN10]),
("typos","date","2026-05-21","case transfered from first response 21st may when does the 1st cin meeting need to be",("d","2026-05-21",10),[CIN10]),
("scenario","date","2027-08-23","I've just picked up a case that transferred to us from Children's First Response on Monday 23 August. The C&FA was authorised 18/08 and the child turns 10 on 30/08. When must the initial CIN meeting be held?",("d","2027-08-23",10),[CIN10]),
("newstarter","date","2026-03-30","Hi all - a case transferred to my team from the front door team today. When should the first Child in Need meeting happen by?",("d","T+0",10),[CIN10]),
("duty","visits","2025-11-18","last CIN review 18/11/25 next by",("w","2025-11-18",6),[CINREV]),
("indirect","visits","2026-07-15","We last got everyone together to review the support plan for the family on 15 July. When does the next one have to be?",("w","2026-07-15",6),[CINREV]),
("manager","visits","2027-02-15","CIN reviews 04/01/27 and 22/02/27 - within standard?",("w","2027-01-04",6),[CINREV]),
("typos","visits","2026-02-20","last cin visit 14/2 when next",("w","2026-02-14",6),[CINV]),
("indirect","visits","2026-04-03","I saw the child at home today for his support plan. When's the latest my next home visit can be?",("w","T+0",6),[CINV]),
("scenario","visits","2025-11-20","Child on a CIN plan, last seen at home on 13/11/25. I also saw her at school on 19/11 but that doesn't count as a home visit. When's my next CIN visit due?",("w","2025-11-13",6),[CINV]),
# ---------------- CP visits ----------------
("duty","visits","2025-12-03","last CP visit 02/12 next by?",("w","2025-12-02",4),[CPV]),
("indirect","visits","2026-03-09","How long can I leave it before I see a child on a protection plan again? Last saw him at home on 6 March.",("w","2026-03-06",4),[CPV]),
("scenario","visits","2027-12-06","Twins on CP plans since October. I saw them at home on 03/12/27 and mum has a court date on 15/12. When is the next statutory visit due?",("w","2027-12-03",4),[CPV]),
("manager","visits","2026-06-08","CP visits 27/04/26 then 26/05/26 - was that within the standard?",("w","2026-04-27",4),[CPV]),
# ---------------- Children in care ----------------
("scenario","date","2025-12-19","A 3 year old came into care in an emergency on Thursday 18/12 after mum was hospitalised. His last C&FA was in March 2024 and the ICO hearing is 23/12. When does the new assessment have to be completed?",("wd","2025-12-18",20),[EMA]),
("indirect","date","2026-03-23","A child came to us in an unplanned way last night (22 March). When does the up-to-date assessment of his needs have to be done?",("wd","2026-03-22",20),[EMA]),
("duty","date","2026-12-24","placement change 24/12, visit by?",("wd","T+0",1),[VIS1]),
("typos","date","2027-01-04","child came into care sat 2nd jan when shouldve i visited by",("wd","2027-01-02",1),[VIS1,SEEN1],AMBSAT),
("indirect","date","2026-08-28","Child moved to a new foster home today (Friday). When's the latest the SW has to go and see her there?",("wd","T+0",1),[VIS1,SEEN1]),
("scenario","date","2025-04-17","A 13 year old was placed with new carers this afternoon (Thursday) after her previous placement broke down. Her review is due 02/05 and school breaks up tomorrow. By when must she be visited?",("wd","T+0",1),[VIS1,SEEN1]),
("scenario","date","2025-12-23","Two brothers moved to a new foster placement today, Tue 23/12, after the last one ended on 20/12. Their PEP is booked for 07/01. When is the placement meeting due?",("wd","2025-12-23",3),[PM3]),
("indirect","date","2026-04-02","Child was placed with carers today. When does the get-together with the carers to sort out what decisions they can make day to day need to happen?",("wd","T+0",3),[PM3]),
("newstarter","date","2027-05-28","Hello, a child was placed with foster carers today (Friday). When should the placement meeting be held by?",("wd","T+0",3),[PM3]),
("manager","date","2025-08-29","Placement 21/08/25, placement meeting 27/08/25 - compliant?",("wd","2025-08-21",3),[PM3]),
("typos","date","2026-03-31","placment started 31/3/26 when do carers need the updated placement plan",("wd","2026-03-31",5),[PP5]),
("indirect","date","2025-12-19","Placement began today. When do the carers need to have the updated written plan for the child's care?",("wd","T+0",5),[PP5]),
("duty","visits","2025-11-10","family time arrangements last reviewed 10/11 next review by?",("w","2025-11-10",8),[FT8]),
("indirect","visits","2027-03-01","When do we next need to look again at how often the children see their mum and dad? Last looked at it on 1 March 2027 and there's no permanence plan yet.",("w","2027-03-01",8),[FT8]),
("indirect","date","2025-12-15","Child came into care today. When does he need to have been given the welcome pack and leaflet about his rights?",("w","T+0",3),[PACK]),
("typos","date","2026-04-06","kid came into care 30th march when do they need there care pack by",("w","2026-03-30",3),[PACK]),
("scenario","date","2025-12-24","A 14 year old came into care today under s20 (Christmas Eve). School is closed until 05/01 and her GP is at a different surgery from her mum's. By when must the other professionals be told about her legal status?",("wd","2025-12-24",5),[LEGAL5]),
("indirect","date","2026-05-01","A child became looked after today. By when must the school, GP and other professionals be told about the court/legal position?",("wd","T+0",5),[LEGAL5]),
("scenario","date","2026-03-20","A baby born 01/03/2026 became looked after today (20/03) straight from the maternity ward after a pre-birth assessment. The first LAC review isn't set yet. When does the initial health assessment need to be carried out by?",("wd","2026-03-20",20),[IHA]),
("scenario","date","2027-12-13","Two sisters (DOB 01/01/2015 and 12/09/2018) came into care on Monday 13 December under a police protection order; the ICO hearing is 15/12. When must their initial health assessments be done by?",("wd","2027-12-13",20),[IHA]),
("indirect","date","2026-12-14","When does the first medical check for a child who came into our care today need to be completed?",("wd","T+0",20),[IHA]),
("indirect","date","2025-07-07","When does the meeting at school about the education plan need to be for a child who came into care today?",("d","T+0",20),[PEP]),
("typos","date","2026-04-14","child placed 14th april whens the pep meeting due",("d","2026-04-14",20),[PEP]),
("scenario","date","2025-12-22","Child was placed in foster care today, Monday 22/12, after an ICO granted on 19/12. His older sister was placed last month on 10/11. When must his care plan be on the system?",("d","2025-12-22",10),[CP10]),
("indirect","date","2027-05-21","The child was placed last Friday. When does the written plan for the child's care have to be on the electronic record?",("d","last:Fri",10),[CP10]),
("scenario","date","2025-12-19","A 10 year old became looked after today, Friday 19/12/25, after the placement with her dad (since 01/09) broke down. Her IRO has been allocated. When is the initial LAC review due?",("wd","2025-12-19",20),[ILAC]),
("typos","date","2026-03-16","became looked after 16.3 whens the first review",("wd","2026-03-16",20),[ILAC]),
("indirect","date","2027-03-30","A child we've just accommodated became looked after today. When's the first meeting with the independent reviewing officer to look at his plan due?",("wd","T+0",20),[ILAC]),
("scenario","date","2025-05-02","A 15 year old (DOB 09/05/2009) came into care on Friday 2 May 2025 under s20. The family group conference is booked for 16 May. When must the first LAC review be held?",("wd","2025-05-02",20),[ILAC]),
("manager","date","2026-09-30","Became LAC 24/08/26, initial LAC review held 22/09/26 - in time?",("wd","2026-08-24",20),[ILAC]),
("newstarter","date","2026-12-07","Hi everyone, a child in my caseload became looked after today. Please could you tell me the deadline for the initial looked after review?",("wd","T+0",20),[ILAC]),
("duty","date","2026-01-05","LAC review thu 08/01, report to IRO by?",("db","2026-01-08",3),[IRO3]),
("indirect","date","2027-08-23","When does my written report need to be with the reviewing officer if the child's care review is on Wed 1 Sept?",("db","2027-09-01",3),[IRO3]),
("duty","visits","2025-12-15","placed 01/12, 1st LAC review 29/12. last visit 15/12 next by?",("w","2025-12-15",1),[LACW]),
("indirect","visits","2025-11-25","Child's first review has been and gone. I last saw her at the foster home on 20 Nov. When's the latest for the next visit?",("w","2025-11-20",6),[LAC6]),
("scenario","visits","2026-03-05","A 10 year old has been in her long-term foster placement since 2023, settled, permanence plan finalised. I saw her on 3 March. Her LAC review is 20 April. When is the next statutory visit due at the latest?",("w","2026-03-03",12),[LAC12]),
("manager","visits","2027-07-01","Child in care (post first review, no permanence yet). Visits 14/05/27 and 30/06/27 - compliant?",("w","2027-05-14",6),[LAC6]),
("typos","visits","2026-12-21","lac visit 18/12, 1st review was in nov, next vist by when",("w","2026-12-18",6),[LAC6]),
("newstarter","visits","2026-04-08","Hi, a child was placed last week and hasn't had his first review yet. I visited on 6 April. When do I need to see him again?",("w","2026-04-06",1),[LACW]),
# ---------------- IRO ----------------
("indirect","date","2025-12-18","The reviewing officer flagged drift to me informally today. How long before it becomes a formal dispute if it isn't sorted?",("wd","T+0",5),[DISP5]),
("manager","date","2026-05-05","Formal dispute started 01/04/26, concluded 01/05/26 - within timescale?",("wd","2026-04-01",20),[DISP20]),
("indirect","date","2027-03-22","The IRO started the formal process of challenging our care plan today. By when should the whole thing be wrapped up?",("wd","T+0",20),[DISP20]),
("typos","date","2026-08-26","iro informal challenge 26/8, when does it go formal if not resolved",("wd","2026-08-26",5),[DISP5]),
# ---------------- Adoption ----------------
("indirect","visits","2026-01-05","A child moved in with her adopters on 29 Dec and the first review isn't until the end of January. I saw her on 5 Jan. When should I next see her?",("w","T+0",1),[ADW]),
("scenario","visits","2025-06-02","Placed for adoption in March; first LAC review was held in April. Last visit 28/05/25, birthday 01/06/2022. Adoption order application not yet made. When's the next visit due?",("w","2025-05-28",6),[AD6W]),
("indirect","date","2025-12-24","The child moved in with the adopters today. From when can they apply to court for the order?",("w","T+0",10),[AD10]),
("typos","date","2026-03-04","placed with adopters 3rd feb when can they apply for the adoption order",("w","2026-02-03",10),[AD10]),
# ---------------- Fostering ----------------
("scenario","visits","2025-12-23","I'm the supervising SW for a foster household; I did their supervisory visit today, 23/12. Their annual review is 12/03/26 and their DBS is due in 2027. When is my next visit due?",("w","2025-12-23",6),[FCV]),
("indirect","visits","2026-05-26","I visited one of our approved carer households on 19 May. When's the latest for my next visit?",("w","2026-05-19",6),[FCV]),
("duty","date","2026-04-02","FC visit today, record by?",("wd","T+0",3),[FCR]),
("indirect","date","2027-12-23","How long have I got to get my write-up of today's visit to the foster carers onto the system?",("wd","T+0",3),[FCR]),
("scenario","visits","2025-02-10","Our carers had their last unannounced visit on 29/02/2024 (leap day). Their annual review is 14/03/25. When must the next unannounced visit happen by?",("m","2024-02-29",12),[UNANN]),
("indirect","date","2026-02-02","When's the next yearly review due for a foster family whose last one was 31 Jan 2026?",("m","2026-01-31",12),[ANN]),
("indirect","date","2027-01-11","A foster carer's annual review last went to panel on 15 May 2024. When is the latest the next one must go to panel?",("m","2024-05-15",36),[PANEL3]),
("scenario","date","2026-11-02","Foster carer approved in 2019; DBS, medical and references were last updated on 29/02/2024. The youngest child in placement was born 01/11/2020. When are the checks next due?",("m","2024-02-29",36),[DBS]),
("indirect","date","2025-06-16","Carers last did their mandatory core course on 30 June 2022. When's the refresher due by?",("m","2022-06-30",36),[TRAIN]),
("scenario","date","2026-05-20","We've had to place a 6 year old with carers approved for 0-5 today, on a variation agreed by the Strategic Lead. How long can that variation last?",("wd","T+0",6),[VAR],"Counted as 6 working days after the placement day; if the placement day counts as day 1, it ends one working day earlier."),
("indirect","date","2025-09-01","Grandparents were agreed as temporary carers for their grandson today. When does that short-term approval run out, before any extension?",("w","T+0",16),[TA16]),
("manager","date","2026-10-01","Connected person temp approval from 01/06/26, extended once. When does the extended approval end?",("w","2026-06-01",24),[TA16]),
# ---------------- Recording / summaries ----------------
("scenario","date","2026-01-02","I did a home visit on New Year's Eve (31/12/25) and then was off on 01/01. There was also a phone call with the school on 29/12 which I've already put on. When does the visit need to be recorded by?",("d","2025-12-31",3),[REC3]),
("typos","date","2026-04-03","did a visit 2/4 when does it need writing up",("d","2026-04-02",3),[REC3]),
("indirect","date","2025-04-18","How long have I got to write up a phone call with the dad from last Tuesday?",("d","last:Tue",3),[REC3]),
("indirect","date","2026-01-05","The summary at the front of the file was last refreshed 30 November 2025. When does it go out of date?",("m","2025-11-30",3),[SUM3]),
("manager","date","2027-01-20","Audit: case summary last updated 19/10/26. When did it fall out of date?",("m","2026-10-19",3),[SUM3]),
("newstarter","date","2026-01-10","Hi, the last assessment on my child was authorised on 15 January 2025. By when does there need to be a new one so it's within the 12 months?",("m","2025-01-15",12),[ASS12]),
# ---------------- Ages ----------------
("indirect","age","2026-03-01","The girl in my ICPC case was born 29/02/2016. From what date should she be offered someone independent to help her speak at conference?",("age","2016-02-29",12,0),[ADV12]),
("scenario","age","2025-11-10","ICPC is next month for three siblings, DOBs 04/12/2013, 20/06/2016 and 01/01/2020. The conference will be on 16/12. When does the eldest turn the age where we have to offer an advocate?",("age","2013-12-04",12,0),[ADV12]),
("newstarter","age","2027-02-01","Hello, when does a young person born 31 August 2011 reach the age when a pathway plan should be started?",("age","2011-08-31",15,6),[PATH]),
("duty","age","2025-06-02","YP DOB 15/12/2009, pathway plan start date?",("age","2009-12-15",15,6),[PATH]),
("indirect","age","2026-09-01","Lad in care born 29/08/2011. When does he get to the point where we start planning his move towards leaving care?",("age","2011-08-29",15,6),[PATH]),
("scenario","age","2025-05-01","Toddler born 05/05/2021 is on a CP plan and we may go into PLO this summer. Her brother is 8. When does she turn 6, after which the adoption social worker/family finder rule no longer applies?",("age","2021-05-05",6,0),[AD6]),
("indirect","age","2026-02-15","If we enter pre-proceedings for a little boy born 28/02/2020, by when do we have to get in so he's still young enough to get an adoption worker and family finder allocated?",("age","2020-02-28",6,0),[AD6]),
("typos","age","2027-03-10","child dob 12.3.15 when do they turn 12 for the advocate thing",("age","2015-03-12",12,0),[ADV12]),
# ---------------- Choice ----------------
("duty","choice","2026-03-03","conf was 3/3, what's next due?",("choice",("d","2026-03-03",10),("d","2026-03-03",20)),[CG,CIN20]),
("indirect","choice","2025-12-23","Child was placed with carers today. When's the meeting due?",("choice",("wd","T+0",3),("wd","T+0",20)),[PM3,ILAC]),
("typos","choice","2027-06-01","icpc 10/6/27 when does my report need to go out",("choice",("wdb","2027-06-10",3),("db","2027-06-10",3)),[CHAIR3,FAM3]),
("indirect","choice","2026-04-02","I visited our foster carers today. What's my next deadline?",("choice",("wd","T+0",3),("w","T+0",6)),[FCR,FCV]),
("duty","choice","2025-12-19","PLO mtg 19/12, what's due after?",("choice",("wd","2025-12-19",3),("d","2025-12-19",7)),[FGC,VIA,MIN7]),
("scenario","choice","2026-05-20","S47 started on Monday 18 May after a strat the same day; the 5 year old was seen that afternoon. Mum's 30th is 24/05. When do I need to meet my manager and the conference people next?",("choice",("d","2026-05-18",5),("wd","2026-05-18",15)),[S47DISC,ICPC]),
("newstarter","choice","2027-12-20","Hi, a child I work with in care was seen by me today. When is the next visit due? I'm not sure if the first review has happened yet, it's a new case to me.",("choice",("w","T+0",1),("w","T+0",6)),[LACW,LAC6]),
("indirect","choice","2025-08-22","Child came into care today. When does the plan need to be done?",("choice",("wd","T+0",5),("d","T+0",10)),[PP5,CP10]),
# ---------------- None ----------------
("duty","none","2026-03-03","ICPC today, RCPC due when?",("none",),[N_RCPC]),
("indirect","none","2025-10-01","After the first review for a child in care, when does the second one have to happen?",("none",),[N_PERM]),
("newstarter","none","2026-06-15","Hi, how often am I supposed to have supervision with my team leader?",("none",),[N_SUP]),
("manager","none","2027-02-01","Final care planning meeting 20/01/27 agreed adoption. By when must SHOPBA be held?",("none",),[N_SHOP]),
("typos","none","2026-09-10","placement order granted 3/9, when does the later life letter have to be done",("none",),[N_LLL]),
("indirect","none","2025-11-12","Last review was 5 Nov. How soon after a review does the IRO have to be in touch with the young person?",("none",),[N_IRO]),
("scenario","none","2027-04-19","Foster carers rang today saying they might give notice on a 12 year old. There's a LAC review on 30/04. When does the support meeting need to be held by?",("none",),[N_SUPM]),
("duty","none","2026-01-12","CP case, last unannounced visit 10/12, next unannounced due?",("none",),[N_UNANN]),
("indirect","none","2025-06-09","The adopters have had the child with them for over 10 weeks and applied on 2 June. When does my suitability report for the court have to be in?",("none",),[N_ANNEXA]),
]
