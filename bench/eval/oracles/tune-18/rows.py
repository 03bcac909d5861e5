# Structured row descriptions for oracle.py. Dates in q are written by hand; start/rule are what the oracle counts.
P_FD = "decisions made by what action are required by a Team Leader within 1 working day"
P_INIT = "Initial decisions will be made about the action required within 1 working day"
P_REF = "Referrals will be actioned by a social worker within 1 working day"
P_S47SEEN = "the child / children will be seen by the Social Worker the same day"
P_S47_5 = "Within 5 days of the Section 47 being initiated"
P_ALLOC = "allocated to a social worker to complete a Child and Family Assessment within 3 working days"
P_TLREV = "All assessments will be reviewed by the Team Leader within 15 working days"
P_45 = "Assessments must all be completed within 45 days"
P_STRAT1 = "this must happen within 1 working day and should be chaired by a social work manager"
P_STRAT24 = "A strategy discussion within 24 hours involving all relevant agencies"
P_JOINT = "the Children’s First Response Social Worker and the allocated Neighbourhood Team Social Worker will complete a joint visit"
P_ICPC = "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion"
P_ICPC_FAM = "The report will be shared with family at least 3 the days prior to conference"
P_ICPC_CHAIR = "The report will be sent to the child protection chair 3 working days before the conference"
P_CG = "held within 10 days of the conference and is used to put detail on the outline CP plan"
P_CPV = "Visits to a child subject to a CP plan will take place at least every 4 weeks"
P_RCPC_PAR = "This report must be shared with parents at least 3 days prior to the review conference"
P_RCPC_CHAIR = "The report will be available to the conference chair at least 3 days prior to the review conference"
P_12M = "when they have been subject to a plan for 12 months"
P_PLO1 = "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter"
P_FGC = "Referral should be made within 3 working days of the first PLO meeting"
P_VIA = "Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting"
P_MIN = "distributed to parents and their legal representation within 7 days of the meeting"
P_PLOREV = "Review PLO meetings with parents to be held every 4-6 weeks"
P_PLO12 = "A review legal planning meeting will be held at 12 weeks"
P_PLO16 = "a Legal Gateway meeting will be convened at 16 weeks"
P_PLOEXT = "In exceptional circumstances a further period of 4 weeks will be agreed in PLO"
P_CIN20 = "will set the first CIN meeting within 20 days"
P_CIN10 = "When a case transfers from Trafford Childrens First Response the initial CIN meeting must take place within 10 days"
P_CINREV = "CIN review meetings will be held at least every 6 weeks"
P_CINV = "A child subject to a CIN plan will be seen at least every 6 weeks"
P_EMERG = "If it is an emergency / unplanned admission the assessment will be completed within 20 working days"
P_CICV = "The child will be visited within 1 working day of coming into care or having a change in placement"
P_LAC1WD = "All looked after children will be seen within 1 working day of placement"
P_PLMEET = "The placement meeting will be held within 3 working days"
P_PLPLAN = "an updated copy given to the carers within 5 working days of the placement beginning"
P_FT = "reviewed at least every 8 week until the plan for permanence is agreed"
P_PACK = "The child will be provided with a coming into care pack, children rights leaflet within 3 weeks"
P_LEGAL = "informed of the child’s legal status within 5 working days"
P_IHA = "An initial health assessment will be requested and carried out within 20 working days"
P_PEP = "A PEP meeting will be arranged within the school within 20 days"
P_LACW = "Statutory looked after visits must happen weekly until the first looked after review"
P_LAC6 = "and then a minimum of every 6 weeks thereafter until the plan for permanence is finalised"
P_LAC12 = "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement"
P_CAREPLAN = "An up to date care plan will be recorded on the electronic system within 10 days of placement"
P_LACREV = "The initial Looked After Review must take place within 20 working days of the child becoming looked after"
P_PATH = "A pathway plan will be started when the young person is 15 years 6 months"
P_IROREP = "this will be with the IRO 3 days before the review"
P_IRO5 = "If the challenge is not resolved within 5 working days a formal dispute will be raised"
P_IRO20 = "The formal dispute resolution process should be completed from start to finish within 20 working days"
P_AD6 = "If a child under the age of 6 enters PLO or proceedings"
P_ADW = "Once the child is placed weekly statutory visits will take place until the first Looked After Review"
P_AD6W = "then visits will be a minimum of 6 weekly until the Adoption Order is Granted"
P_AD10 = "Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order"
P_FCV = "Trafford foster carers are visited at least once every six weeks"
P_FCREC = "a record of this visit is recorded on LCS within 3 working days"
P_FCUN = "will have an unannounced visit at least once every 12 months"
P_FCANN = "All Trafford foster carers will have an annual review including an updated Safer Caring Policy"
P_FCPANEL = "Every foster carer will have an annual review presented to the Fostering Panel at least every three years"
P_FCDBS = "updated statutory references, medicals and DBS checks at least every three years"
P_FCTRAIN = "must update their core training at least every three years"
P_VAR = "This can only be given for up to 6 working days"
P_TEMP16 = "Temporary approval is for 16 weeks but can be extended for a further 8 weeks"
P_REC = "any event or contact is recorded within 3 days"
P_SUMM = "A clear and concise case file summary which has been updated within the last 3 months"
P_ASS12 = "An up to date assessment (within the last 12 months) on each child"
P_ADV = "if they are 12 or over they should be offered an advocate"
# none-row anchors: the sentence that shows the standards do not fix the date
P_NEXTCONF = "The child protection chair will set the date of the next conference"
P_SUPV = "monitored through supervision which takes place in line with the supervision policy"
P_NEWLAC = "a new LAC review will be set in accordance with the timescales"
P_MISSING = "The risk of going missing and child sexual exploitation will be considered and risk assessed"
P_LLL = "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child"
P_SHOPBA = "Parents will be sent a letter detailing the outcome of the SHOPBA signed by the ADM"
P_PATHREV = "will be reviewed by the IRO as part of the statutory review"
P_FF = "a referral should be made to Family Focus by emailing the team"
P_SUPPORT = "a Support Meeting will be held and chaired by the Team Leader to look at ways of sustaining the placement"
P_PEPTERM = "subsequently reviewed within the statutory guidelines at least 1 per term"

A45 = "Statutory guidance counts 45 working days; the standards say 45 days, read here as calendar days."
APLO = "The standards do not say what the PLO weeks run from (PLO letter, Legal Gateway or first PLO meeting); counted from the date the question gives as the start."
APLOREV = "The standard gives a 4-6 week range; due is the outer limit (6 weeks), the 4-week reading would be 14 days earlier."
A24 = "The S47 section instead says a strategy discussion within 24 hours, which could give a different (calendar) date."

ROWS = []
def R(v, k, today, q, start=None, rule=None, p=(), amb=None, **kw):
    d = dict(v=v, k=k, today=today, q=q, start=start, rule=rule, p=list(p), amb=amb); d.update(kw); ROWS.append(d)

# ---------------- Front door ----------------
R("duty","date","2025-12-24","contact in 24/12 - TL decision needed by?","2025-12-24","wd+1",[P_FD])
R("indirect","date","2026-04-02","A school rang the front door with a worry about a pupil this afternoon. By when does a team leader have to have looked at it and decided what happens next?","today","wd+1",[P_FD])
R("typos","date","2027-05-28","refferal came in today 28.5 when does it need actioning by a sw","2027-05-28","wd+1",[P_REF])
R("manager","date","2025-08-28","Contact received Fri 22/08/25, TL screening decision recorded Tue 26/08. In timescale?","2025-08-22","wd+1",[P_FD])
R("scenario","date","2026-12-24","Health visitor phoned in a referral about a 2 year old this morning (24th). Mum's DOB is 24/12/1998 which confused the system for a bit. It's now with the level 4 team - when does the team leader have to make the initial decision on what action is needed?","2026-12-24","wd+1",[P_INIT])
R("newstarter","date","2027-03-25","Hi, sorry if this is a basic question - a referral came through to our team today (Thursday 25th March). How long do I have to action it as the social worker, and what date is that?","2027-03-25","wd+1",[P_REF])
R("indirect","date","2026-12-31","The police sent over a report about a family last night, 30/12. When's the latest a manager in the team has to have made the first call on what we do with it?","2026-12-30","wd+1",[P_INIT])
R("scenario","date","2025-04-17","We got a call from a GP today, Thursday 17/04/25, about bruising on a toddler. Nursery already raised something on 10/04 that was closed. It's been accepted as a level 4 referral. When must a social worker have actioned it?","2025-04-17","wd+1",[P_REF])
# ---------------- strategy discussion after management decision ----------------
R("indirect","date","2025-05-02","My manager decided this afternoon that we need police and health round the table to talk about a child. What's the latest that discussion can happen?","today","wd+1",[P_STRAT1],amb=A24)
R("scenario","date","2026-05-22","Dad turned up at school drunk to collect his 5 year old today and the head rang us. My TL has just made the management decision that we need a strategy discussion. Last year's CIN closed on 14/11/25. When does the strat have to happen by?","today","wd+1",[P_STRAT1],amb=A24)
R("manager","date","2027-01-14","TL decided strat needed Mon 11/01/27, strat held Wed 13/01. Within timescale?","2027-01-11","wd+1",[P_STRAT1])
# ---------------- S47 ----------------
R("indirect","date","2026-08-28","We've just agreed to start a child protection enquiry on a 6 year old this afternoon. By when do I have to physically see the child?","today","same",[P_S47SEEN])
R("newstarter","date","2025-12-19","Sorry, quick one - if a referral comes in today for a Section 47, is there a deadline for seeing the child?","today","same",[P_S47SEEN])
R("scenario","date","2025-12-22","We initiated a Section 47 on 22/12/25 after an 11 year old (DOB 02/01/2014) told his teacher about being hit; the strat was held the same morning. When do I need to have the progress discussion with my manager?","2025-12-22","d+5",[P_S47_5])
R("indirect","date","2026-04-01","The child protection enquiry started on Monday. When am I supposed to sit down with my manager to go through how it's going and agree what's next?","last:Mon","d+5",[P_S47_5])
R("scenario","date","2027-08-27","S47 opened on 25/08/27 after the child disclosed at school. The strat was the same day and the joint visit with police was 26/08. When's my progress check-in with the manager due?","2027-08-25","d+5",[P_S47_5])
# ---------------- allocation / assessment ----------------
R("indirect","date","2026-12-23","A case came through from the front door today that needs a full family assessment. How long has the team leader got to give it to a worker?","today","wd+3",[P_ALLOC])
R("typos","date","2025-04-17","needs alocating for a c&f assesment, came thru 17/4 - by when??","2025-04-17","wd+3",[P_ALLOC])
R("scenario","date","2027-05-28","Referral accepted for assessment on Friday 28/05/27 - a 14 year old (DOB 03/06/2012) sofa surfing after a row with dad. The previous assessment was closed 12/01/27. When does the team leader have to allocate it to a worker?","2027-05-28","wd+3",[P_ALLOC])
R("duty","date","2025-12-15","C&F started 15/12/25, TL review by?","2025-12-15","wd+15",[P_TLREV])
R("indirect","date","2026-03-27","I started assessing a family's needs on 27 March. When does my team leader need to have looked it over by?","2026-03-27","wd+15",[P_TLREV])
R("manager","date","2027-04-20","Assessment opened 15/03/27, TL review recorded 06/04/27 - in timescale?","2027-03-15","wd+15",[P_TLREV])
R("scenario","date","2025-08-11","Started the C&F on 11/08/25 following a referral from school dated 07/08. Mum has a baby due on 20/09. When does my TL have to review the assessment?","2025-08-11","wd+15",[P_TLREV])
R("indirect","date","2025-11-14","Started a family assessment on the 10th of November. What's the absolute final date to have it finished?","2025-11-10","d+45",[P_45],amb=A45)
R("typos","date","2026-02-10","c+f asessment startd 3.2.26 when has it got to be finished","2026-02-03","d+45",[P_45],amb=A45)
R("manager","date","2027-01-20","C&F opened 02/11/26 and authorised 14/12/26. Within the 45 days?","2026-11-02","d+45",[P_45],amb=A45)
# ---------------- transfer to neighbourhood team ----------------
R("scenario","date","2025-08-22","Finished the C&F on a 9 year old, outcome is transfer to the Neighbourhood Team at CIN. I emailed them the notice today. His DOB is 22/08/2016 so it's his birthday too. By when do the two of us workers have to do the joint visit?","today","d+5",[P_JOINT])
R("scenario","date","2026-12-29","I emailed the Neighbourhood Team today (29/12/26) to give notice that the Moss family (CIN) is transferring. The C&F was authorised 22/12 and the children's school returns on 05/01. By when do I and the new worker need to do the joint visit?","2026-12-29","d+5",[P_JOINT])
R("indirect","date","2027-04-12","We've told the locality team by email on 12/04/27 that a family is coming over to them. When do the old and new workers need to have been out together to introduce the new worker?","2027-04-12","d+5",[P_JOINT])
# ---------------- ICPC ----------------
R("duty","date","2025-12-18","strat 18/12/25 icpc by?","2025-12-18","wd+15",[P_ICPC])
R("typos","date","2026-03-24","strat meeting was 23rd march, when does icpc have to be by","2026-03-23","wd+15",[P_ICPC])
R("indirect","date","2026-05-05","We had the multi-agency meeting with police and health on 1 May to plan the child protection enquiries. If it goes to an initial conference, what's the last date it can be held?","2026-05-01","wd+15",[P_ICPC])
R("indirect","date","2027-08-16","The first police/social care/health discussion about this child was on 16/08/27. What's the latest date for the first big meeting with the family where they decide about a protection plan?","2027-08-16","wd+15",[P_ICPC])
R("scenario","date","2027-12-17","Mum rang police on 13/12/27 and we held the initial strat the next day, 14/12/27. The S47 is ongoing and we're expecting to go to conference. Her older son's CIN review was on 10/12. When must the ICPC be convened by?","2027-12-14","wd+15",[P_ICPC])
R("manager","date","2026-01-28","ICPC was held 20/01, strat 02/01, was that in timescale?","2026-01-02","wd+15",[P_ICPC])
R("manager","date","2025-05-30","Audit query: initial strat 28/04/25, ICPC held 20/05/25. Within timescales?","2025-04-28","wd+15",[P_ICPC])
R("newstarter","date","2025-08-20","Hi all, I'm new in post. The strategy discussion for one of my children was held yesterday. If we go to an initial child protection conference, how long have we got to convene it?","yesterday","wd+15",[P_ICPC])
R("scenario","date","2026-12-18","Strat held 17/12/26 for twins (DOB 01/06/2025). A different strat for their cousin was on the 10th but that's a separate family. What's the ICPC deadline for the twins?","2026-12-17","wd+15",[P_ICPC])
R("indirect","date","2025-04-14","We had the first multi-agency discussion about possible significant harm on Thursday 10 April. When does the conference that decides on a plan need to happen by?","2025-04-10","wd+15",[P_ICPC])
R("scenario","date","2026-08-21","Police referral came in on 19/08/26, the strat was held on 20/08/26, and the child was seen at home the same day. Dad's solicitor wants the conference after his holiday on 15/09. What's the latest the ICPC can be?","2026-08-20","wd+15",[P_ICPC])
R("indirect","date","2025-12-18","The initial meeting with police and health to plan the enquiries was last Friday. When's the last date the first protection conference can be held?","last:Fri","wd+15",[P_ICPC])
# ICPC report deadlines
R("indirect","date","2026-04-01","The first child protection conference is on Friday 10 April 2026. What's the latest I can give the parents a copy of my report?","2026-04-10","d-3",[P_ICPC_FAM])
R("typos","date","2025-12-17","icpc is on 22/12, when do i have to share the report with mum and dad","2025-12-22","d-3",[P_ICPC_FAM])
R("duty","date","2026-05-20","ICPC thurs 28/5, report to chair by?","2026-05-28","wd-3",[P_ICPC_CHAIR])
R("indirect","date","2025-04-15","The initial conference is Wednesday 23 April. When does my report have to be with the person chairing it?","2025-04-23","wd-3",[P_ICPC_CHAIR])
R("newstarter","date","2027-01-04","Hello, I have my first ever ICPC on Tuesday 5th January 2027. When should the report have gone to the chair? I think I may be late!","2027-01-05","wd-3",[P_ICPC_CHAIR])
R("manager","date","2027-06-03","ICPC Tue 01/06/27 - SW report reached the chair Thu 27/05. Was it on time?","2027-06-01","wd-3",[P_ICPC_CHAIR])
R("scenario","date","2026-08-24","ICPC for the three siblings is booked for Thursday 03/09/26. The strat was 14/08 and the S47 closed 21/08. When does my report need to be with the CP chair?","2026-09-03","wd-3",[P_ICPC_CHAIR])
# ---------------- CP plans ----------------
R("scenario","date","2025-12-17","Conference today (17/12/25) put all three children on CP plans under emotional harm. Review conference is set for March. Grandma, who is in the core group, is away from 20/12 to 02/01. When does the first core group have to be held?","2025-12-17","d+10",[P_CG])
R("indirect","date","2026-08-24","The child was put on a protection plan at the conference on 21 August. By when does the first meeting of the smaller group that fleshes out the plan need to happen?","2026-08-21","d+10",[P_CG])
R("typos","date","2027-03-23","wen is 1st core group due, icpc was 19.3","2027-03-19","d+10",[P_CG])
R("scenario","date","2026-04-14","ICPC for baby Pebble Moonbeam was today, 14/04/26, and she's now on a CP plan under neglect. The chair set the review conference for July. Mum's birthday is 20/04 and she's asked us not to hold anything that day. When's the first core group due by?","2026-04-14","d+10",[P_CG])
R("manager","date","2025-06-10","ICPC 20/05/25, first core group 02/06/25 - compliant?","2025-05-20","d+10",[P_CG])
R("indirect","date","2027-12-22","The conference today put the children on plans. How long have I got to get the first working group of professionals and family together?","today","d+10",[P_CG])
R("duty","visits","2025-12-29","last CP visit 03/12/25, next due?","2025-12-03","w+4",[P_CPV])
R("typos","visits","2026-04-07","cp visit last done 10th march, when do i need to go again","2026-03-10","w+4",[P_CPV])
R("indirect","visits","2027-01-04","I last saw the child at home on 21/12/26 for their protection plan visit. What's the latest I can go back?","2026-12-21","w+4",[P_CPV])
R("scenario","visits","2026-05-26","I did an unannounced visit to our CP family on 20/05 but the child wasn't home, so it can't count. The last visit where I saw her at home was 30/04/26. When is the statutory visit due?","2026-04-30","w+4",[P_CPV])
R("newstarter","visits","2025-08-26","Could someone tell me how often children on child protection plans have to be visited? My last visit was on Tuesday 5th August so I want to know when the next is due.","2025-08-05","w+4",[P_CPV])
R("scenario","visits","2027-05-04","CP plan for a 4 year old since March. Core group met 28/04/27. I saw her at home on my last statutory visit on Friday 09/04/27, and saw her at nursery on 30/04. When's my next CP visit due?","2027-04-09","w+4",[P_CPV])
R("indirect","date","2026-12-21","The review conference for my protection case is on Thursday 7 January 2027. What's the last day I can share my update with the parents?","2027-01-07","d-3",[P_RCPC_PAR])
R("duty","date","2025-05-20","RCPC fri 30/05/25 - plan update to chair by?","2025-05-30","d-3",[P_RCPC_CHAIR])
R("manager","date","2027-09-03","Review CP conference 02/09/27, update shared with parents 31/08/27. Timescale met?","2027-09-02","d-3",[P_RCPC_PAR],amb="'At least 3 days prior' could be read as 3 clear days, or as working days, which would move the date.")
R("scenario","date","2026-11-16","Second review conference for the Quill children is on Friday 27/11/26; the first RCPC was 28/08. Dad only gets his post on Mondays. What's the latest date my plan update has to be shared with the parents?","2026-11-27","d-3",[P_RCPC_PAR])
R("indirect","date","2025-12-01","A child went on a protection plan on 31 January 2025 and things aren't improving enough to take her off it. When does she hit the point where we need the professionals' thinking-differently meeting?","2025-01-31","m+12",[P_12M])
R("scenario","date","2027-02-15","Twins Comet and Nova were put on CP plans at the ICPC on 27/02/2026. There was an RCPC in May and one in November and progress is slow. When do they reach the point that triggers a professional thinking time meeting?","2026-02-27","m+12",[P_12M])
# ---------------- PLO ----------------
R("duty","date","2025-12-19","PLO letter dated 19/12/25, 1st PLO mtg by?","2025-12-19","d+10",[P_PLO1])
R("indirect","date","2026-03-27","The letter warning mum we're considering court went out dated 27 March 2026. What's the latest the first meeting with her and her solicitor can happen?","2026-03-27","d+10",[P_PLO1])
R("scenario","date","2027-05-24","Legal Gateway on 14/05/27 agreed PLO. The letter went out dated 21/05/27 and Dad's solicitor has been in touch. The FGC was back in April. When should the first PLO meeting be held by?","2027-05-21","d+10",[P_PLO1])
R("typos","date","2026-08-20","plo leter was 20/8 wen does first meeting need to be","2026-08-20","d+10",[P_PLO1])
R("manager","date","2025-05-15","PLO letter 24/04/25, initial PLO meeting 06/05/25 - in timescale?","2025-04-24","d+10",[P_PLO1])
R("indirect","date","2026-12-23","We had the first pre-proceedings meeting with the parents today and they've agreed to a family meeting being arranged. When must I send off the referral for that?","today","wd+3",[P_FGC])
R("newstarter","date","2025-04-16","Hi, the parents consented to an FGC at the first PLO meeting today (Wednesday 16 April). How long do I have to make the referral?","2025-04-16","wd+3",[P_FGC])
R("indirect","date","2027-03-24","At the first pre-proceedings meeting on 24/03/27 grandma and an aunt were put forward as possible carers. When does the request to screen them have to go to the family placement people?","2027-03-24","wd+3",[P_VIA])
R("scenario","date","2025-08-22","Initial PLO meeting happened yesterday, Thursday 21/08/25. Dad named his sister as someone who could care for the kids. The parents' FGC is booked for 09/09. When does the viability screening request have to be made to Family Placement Team?","yesterday","wd+3",[P_VIA],amb="The standard also allows 'immediately following Family Group Conference', so a reader could tie it to the FGC date instead.")
R("newstarter","date","2026-05-01","Hi, I've just had my first ever PLO meeting, yesterday (Thursday 30th April). When do the minutes need to be sent to the parents and their solicitors?","2026-04-30","d+7",[P_MIN])
R("indirect","date","2027-12-20","After the pre-proceedings meeting on 20/12/27, when do the notes with the agreed expectations need to reach the parents and their lawyers?","2027-12-20","d+7",[P_MIN])
R("typos","visits","2026-06-01","last plo review mtg was 4/5/26, when next one due by","2026-05-04","w+6",[P_PLOREV],amb=APLOREV)
R("indirect","visits","2025-12-08","We last met the parents under the pre-proceedings process on 24 November 2025 to check progress. What's the latest the next progress meeting can be?","2025-11-24","w+6",[P_PLOREV],amb=APLOREV)
R("indirect","date","2026-03-10","We went into the pre-proceedings process on 12 Jan 2026 (first meeting). When is the 12 week legal review meeting with our solicitor?","2026-01-12","w+12",[P_PLO12],amb=APLO)
R("duty","date","2025-09-01","PLO started 09/06/25, 12wk legal planning mtg due?","2025-06-09","w+12",[P_PLO12],amb=APLO)
R("manager","date","2027-04-19","Case has been in PLO since 11/01/27 (first meeting). When does the 16 week Legal Gateway fall?","2027-01-11","w+16",[P_PLO16],amb=APLO)
R("scenario","date","2026-04-07","PLO began 22/12/25 when the letter was issued. The 12-week review legal planning meeting was held 16/03 and threshold is still met. If the case stays in PLO, when must the Legal Gateway be?","2025-12-22","w+16",[P_PLO16],amb=APLO)
R("indirect","date","2026-04-13","At the 12 week legal review today (13/04/26) they agreed, exceptionally, to give the family more time in pre-proceedings. How far does that extra time run to?","2026-04-13","w+4",[P_PLOEXT])
# ---------------- CIN ----------------
R("scenario","date","2025-12-22","At the RCPC today (22/12/25) the chair de-planned both children and we're going to CIN. School goes back on 05/01/26. When does the first CIN meeting need to be held?","2025-12-22","d+20",[P_CIN20])
R("indirect","date","2026-05-26","The conference on 21 May decided the children no longer need a protection plan and should be supported under a child in need plan instead. When must the first of the new planning meetings be held?","2026-05-21","d+20",[P_CIN20])
R("scenario","date","2027-04-01","RCPC was 30/03/27 and the kids came off plans, stepping down to CIN. The last core group was 15/03. The eldest turns 14 on 12/04. When's the first CIN meeting due?","2027-03-30","d+20",[P_CIN20])
R("duty","date","2026-04-02","case transf from first response 2/4, initial CIN by?","2026-04-02","d+10",[P_CIN10])
R("indirect","date","2025-08-15","A family was handed over to our neighbourhood team from the front door service today. When should our first planning meeting with the family and professionals be?","today","d+10",[P_CIN10])
R("newstarter","date","2027-12-20","I've been allocated a case that transferred to us from Children's First Response on Friday 17th December. When does the first Child in Need meeting need to happen?","2027-12-17","d+10",[P_CIN10])
R("scenario","date","2026-09-07","The C&F was completed 28/08/26 and the case transferred from Children's First Response to us on 04/09/26. The joint visit was 03/09. When must the initial CIN meeting take place?","2026-09-04","d+10",[P_CIN10])
R("typos","visits","2026-01-05","last cin reveiw was 24/11/25 when is the next 1 due","2025-11-24","w+6",[P_CINREV])
R("indirect","visits","2027-03-01","We last got everyone round the table to review the child in need plan on 15 Feb 2027. Latest date for the next one?","2027-02-15","w+6",[P_CINREV])
R("manager","visits","2025-10-20","CIN reviews on this case: 14/07/25 then 01/09/25. Was the second one within timescale?","2025-07-14","w+6",[P_CINREV])
R("newstarter","visits","2026-11-20","Hi, can I check how often CIN visits are? I last saw the child at home on Friday 13th November and want to plan the next one.","2026-11-13","w+6",[P_CINV])
R("indirect","visits","2025-04-14","I last saw a child at home under their child in need plan on 7 March 2025. When do I have to have seen them again?","2025-03-07","w+6",[P_CINV])
R("scenario","visits","2027-08-10","I saw Sky (CIN, age 8) at school on 02/08/27 but that doesn't count as a CIN visit. The last home visit where I saw him was 12/07/27. When is the next CIN visit due?","2027-07-12","w+6",[P_CINV])
# ---------------- Children in care ----------------
R("indirect","date","2025-12-19","A teenager came into care in an emergency yesterday (18/12/25). How long do we have to complete the assessment of her needs?","2025-12-18","wd+20",[P_EMERG])
R("scenario","date","2026-03-31","Unplanned admission: police protection on 30/03/26 and the child went to foster carers the same evening. The strategy meeting was 27/03. When must the assessment be completed by?","2026-03-30","wd+20",[P_EMERG])
R("typos","date","2027-12-24","kid came into care tonite 24/12 when do i have to visit","2027-12-24","wd+1",[P_CICV])
R("indirect","date","2026-04-02","A child in our care moved to a new foster home this afternoon. What's the latest I can go and see her there?","today","wd+1",[P_CICV])
R("manager","date","2025-05-08","Child placed Fri 02/05/25, first visit Wed 07/05/25. Within timescale?","2025-05-02","wd+1",[P_LAC1WD, P_CICV])
R("scenario","date","2026-12-24","Emergency placement tonight (24/12/26) for a 7 year old after mum was arrested. Her brother was placed separately last week on 17/12. When do I have to visit her in placement?","2026-12-24","wd+1",[P_CICV, P_LAC1WD])
R("scenario","date","2025-12-23","Child was placed with foster carers today, 23/12/25, under section 20. Mum's family time is set for 27/12 and the IRO has been informed. When do we need to hold the placement meeting?","2025-12-23","wd+3",[P_PLMEET])
R("indirect","date","2027-05-27","A child moved in with new carers today. When should the meeting to agree delegated authority and share extra info be held by?","today","wd+3",[P_PLMEET])
R("scenario","date","2026-08-27","Unplanned placement for a 13 year old on 27/08/26 after a family breakdown. The placement plan was handed to the carer that night. The LAC review isn't set yet. When does the placement meeting need to happen?","2026-08-27","wd+3",[P_PLMEET])
R("indirect","date","2025-04-14","A placement started on 14 April. By when do the carers need an updated copy of the plan for the child's care?","2025-04-14","wd+5",[P_PLPLAN])
R("newstarter","date","2026-12-22","Hi, a placement began yesterday (Monday 21st December). When do I need to give the carers the updated placement plan?","2026-12-21","wd+5",[P_PLPLAN])
R("indirect","visits","2026-03-02","Contact arrangements between a child in care and her mum were last looked at on 12/01/26. The permanence plan isn't agreed yet. When must they be looked at again?","2026-01-12","w+8",[P_FT])
R("typos","visits","2027-02-01","family time last reviewd 3.12.26 whens next review due","2026-12-03","w+8",[P_FT])
R("indirect","date","2025-12-15","A 10 year old came into care on 12/12/25. By when should she have been given the welcome information and the leaflet about her rights?","2025-12-12","w+3",[P_PACK])
R("duty","date","2027-03-10","CLA from 08/03/27 - care pack + rights leaflet by?","2027-03-08","w+3",[P_PACK])
R("indirect","date","2026-05-01","A child became looked after today, 1 May 2026. When do all the other professionals involved (school, GP etc) need to be told about her new legal status?","2026-05-01","wd+5",[P_LEGAL])
R("scenario","date","2025-12-24","Interim care order granted 23/12/25 and the child has been looked after since then. His little sister was accommodated back on 01/12 under s20. When do I need to let the other professionals know about his legal status?","2025-12-23","wd+5",[P_LEGAL])
R("newstarter","date","2026-03-20","Hello, a child I'm allocated came into care today, Friday 20th March. When does the initial health assessment have to be done by?","2026-03-20","wd+20",[P_IHA])
R("indirect","date","2027-08-02","When does the first health check for a child who came into care on 30 July 2027 have to be done by?","2027-07-30","wd+20",[P_IHA])
R("manager","date","2025-06-02","Came into care 14/04/25, IHA completed 13/05/25. In timescale?","2025-04-14","wd+20",[P_IHA])
R("indirect","date","2026-01-06","A child came into care on 19/12/2025 and is at primary school. When should the education planning meeting in school be held by?","2025-12-19","d+20",[P_PEP],amb="The sentence does not say what the 20 days run from; read here as from coming into care.")
R("typos","date","2027-05-10","pep meetin for new cla (came in 5/5/27) by when","2027-05-05","d+20",[P_PEP],amb="The sentence does not say what the 20 days run from; read here as from coming into care.")
R("indirect","visits","2026-04-06","A child came into care last month and her first review hasn't happened yet. I last visited her on Thursday 2 April. When is my next statutory visit due?","2026-04-02","w+1",[P_LACW])
R("scenario","visits","2025-12-29","Little Wren came into care on 05/12/25 and her first LAC review is booked for 06/01/26. I visited her on 23/12 and she's with her carers at their family's over New Year. When's her next statutory visit due?","2025-12-23","w+1",[P_LACW])
R("typos","visits","2026-07-20","stat visit for cla last done 29/6 (had first review ages ago), next due?","2026-06-29","w+6",[P_LAC6])
R("scenario","visits","2027-11-29","Lark has been in care 8 months; her first LAC review was in April and second in October. Permanence plan not finalised. My last statutory visit was 22/11/27 - I also popped in on 25/11 but she was out so didn't see her. When's the next statutory visit due?","2027-11-22","w+6",[P_LAC6])
R("newstarter","visits","2025-07-14","Hello, I've got a looked after child who's had her first review. My last statutory visit was Monday 30 June. How often do I need to visit and when's the next one?","2025-06-30","w+6",[P_LAC6])
R("indirect","visits","2027-01-11","A young person has been in her long-term foster home for nearly 3 years and it's her permanent home. I last saw her for a statutory visit on 14/12/26. When's the next one due at the longest interval allowed?","2026-12-14","w+12",[P_LAC12])
R("manager","visits","2026-09-01","YP in permanent placement 2 yrs, on 12-weekly visits. Visits on 02/04/26 and 10/07/26. Was the July visit in timescale?","2026-04-02","w+12",[P_LAC12])
R("indirect","date","2026-12-28","A placement started on 22 December 2026. When does the written plan for the child's care have to be on the system?","2026-12-22","d+10",[P_CAREPLAN])
R("scenario","date","2025-08-18","A 16 year old was placed in new foster care on 15/08/25 after his placement with relatives broke down on 12/08. His birthday is 18/08. When does his care plan have to be recorded on LCS?","2025-08-15","d+10",[P_CAREPLAN])
R("duty","date","2025-12-22","bla 22/12/25 - 1st LAC review by?","2025-12-22","wd+20",[P_LACREV])
R("indirect","date","2026-04-01","When does the first review meeting with the IRO need to be held for a child who became looked after on 1 April 2026?","2026-04-01","wd+20",[P_LACREV])
R("scenario","date","2027-08-20","Section 20 agreed and the child became looked after on 18/08/27. An ICO hearing is listed for 03/09/27. The IRO has been allocated. When must the initial looked after review take place?","2027-08-18","wd+20",[P_LACREV])
R("manager","date","2026-06-15","Child became LAC 05/05/26, initial review held 03/06/26. Compliant?","2026-05-05","wd+20",[P_LACREV])
R("typos","date","2027-12-21","when is the 1st lac reveiw due child came in to care 20.12.27","2027-12-20","wd+20",[P_LACREV])
R("indirect","date","2026-01-05","The looked after review is on Monday 12 January. What's the last day my written report can reach the reviewing officer?","2026-01-12","d-3",[P_IROREP])
R("duty","date","2025-04-17","LAC review fri 25/4, report to IRO by?","2025-04-25","d-3",[P_IROREP])
R("scenario","date","2027-05-24","Kestrel's second LAC review is on Thursday 03/06/27. The first was 10/02/27 and the care plan changed on 20/05. When does my report need to be with the IRO?","2027-06-03","d-3",[P_IROREP])
# ---------------- IRO ----------------
R("indirect","date","2025-12-18","The reviewing officer raised an informal concern with me today (18/12/25) about drift in the care plan. If it isn't sorted, when does it become a formal dispute?","2025-12-18","wd+5",[P_IRO5])
R("newstarter","date","2027-03-22","Sorry if obvious - the IRO has given me an informal challenge today. How many days before it gets escalated to formal, and what date would that be?","today","wd+5",[P_IRO5])
R("indirect","date","2026-08-03","The reviewing officer started the formal dispute process on our care planning on 3 August 2026. By when should the whole process be finished?","2026-08-03","wd+20",[P_IRO20])
R("manager","date","2025-06-30","Formal IRO dispute raised 28/04/25, resolved and closed 28/05/25. Within timescale?","2025-04-28","wd+20",[P_IRO20])
R("scenario","date","2026-12-17","The IRO raised an informal challenge on 10/12/26 about the delay in the SGO assessment. It wasn't resolved, so the formal dispute was raised on 17/12/26. When should the formal process be completed?","2026-12-17","wd+20",[P_IRO20])
# ---------------- Adoption ----------------
R("indirect","visits","2026-05-26","A toddler moved in with the adopters a fortnight ago and the first looked after review hasn't been held. I last visited on Tuesday 19 May. When's the next visit due?","2026-05-19","w+1",[P_ADW])
R("scenario","visits","2025-11-03","Baby Sprout was placed with adopters in August. The first LAC review was 29/09/25 and my last statutory visit was 27/10/25. The adopters' application hasn't gone in yet. When's my next statutory visit due?","2025-10-27","w+6",[P_AD6W])
R("indirect","date","2026-03-02","Our child moved in with the adoptive family today, 2 March 2026. When's the earliest they can apply to the court to make it permanent?","2026-03-02","w+10",[P_AD10])
R("duty","date","2027-10-11","placed w adopters 27/9/27, AO application earliest?","2027-09-27","w+10",[P_AD10])
# ---------------- Fostering ----------------
R("indirect","visits","2026-12-07","As a supervising social worker I last saw one of our foster carers on 13/11/26. When's my next supervisory visit due?","2026-11-13","w+6",[P_FCV])
R("typos","visits","2025-05-27","foster carer visit last done 15.4.25 when next","2025-04-15","w+6",[P_FCV])
R("newstarter","date","2026-04-02","Hi, new SSW here - I did a supervisory visit to a foster carer today (Thursday 2nd April). What's the deadline for recording it on LCS?","2026-04-02","wd+3",[P_FCREC])
R("indirect","date","2025-08-22","I saw one of our foster carers at home today for their regular visit. How long do I have to write it up on the system?","today","wd+3",[P_FCREC])
R("manager","visits","2026-10-05","Last unannounced visit to this foster carer was 30/09/25. When was the next unannounced one due by?","2025-09-30","m+12",[P_FCUN])
R("indirect","visits","2026-11-02","The last time we dropped in on a foster family without warning was 30/01/2026. What's the latest the next surprise visit can be?","2026-01-30","m+12",[P_FCUN])
R("scenario","visits","2026-06-01","Our foster carers' last annual review was chaired by an IRO on 16/06/25. Their DBS was renewed on 02/03/24 and they had a new placement in April. When is their next annual review due?","2025-06-16","m+12",[P_FCANN])
R("indirect","date","2027-03-01","A foster carer's yearly review last went to the approval panel on 20/03/2024. When must a review next go to panel at the latest?","2024-03-20","m+36",[P_FCPANEL])
R("typos","date","2026-01-05","foster carers dbs was done 5/1/23 when is it due for renewal","2023-01-05","m+36",[P_FCDBS])
R("newstarter","date","2025-09-01","Hi, a carer I supervise last updated their core training on 29th September 2022. When do they need to update it by?","2022-09-29","m+36",[P_FCTRAIN])
R("scenario","date","2025-12-22","We've had to place a 14 year old with carers approved for 0-10s; the Strategic Lead gave permission for a variation today (22/12/25) when he was placed. The carers' annual review was 01/10. Until when can the variation last?","2025-12-22","wd+6",[P_VAR],amb="Whether the day permission is given counts as day 1 could move this a working day.")
R("indirect","date","2026-01-05","A grandparent got temporary approval as a carer for their grandchild on 5 January 2026. When does it run out if nothing else happens?","2026-01-05","w+16",[P_TEMP16])
R("manager","date","2025-11-10","Connected person temporary approval granted 14/07/25. If extended by the maximum, when does it end?","2025-07-14","w+24",[P_TEMP16])
R("duty","date","2027-04-12","temp approval conn person from 01/02/27 ends?","2027-02-01","w+16",[P_TEMP16])
R("scenario","date","2026-08-10","Aunt was temporarily approved by the ADM on 11/05/26 and the children moved in that day. Her full assessment is going to panel on 17/09. When does the 16-week temporary approval run out?","2026-05-11","w+16",[P_TEMP16])
# ---------------- Case recording, summaries, assessments ----------------
R("indirect","date","2026-12-24","I had a home visit this afternoon. What's the latest I can write it up on the child's file?","today","d+3",[P_REC])
R("typos","date","2025-04-17","did a visit 17/4 when does it need recording by","2025-04-17","d+3",[P_REC])
R("manager","date","2027-06-10","Home visit 01/06/27, case note entered 07/06/27. Within recording timescales?","2027-06-01","d+3",[P_REC])
R("scenario","date","2027-08-31","Had a phone call with mum on Friday 27/08/27 and the strategy meeting about her son was the same day. I'm back at my desk today after the bank holiday. By when should the phone call have been recorded?","2027-08-27","d+3",[P_REC])
R("indirect","date","2026-05-05","The summary at the front of the child's file was last updated on 27 February 2026. When does it need updating again?","2026-02-27","m+3",[P_SUMM])
R("duty","date","2026-06-22","case summary last updated 31/03/26 - next update due?","2026-03-31","m+3",[P_SUMM])
R("indirect","date","2027-02-01","The last full assessment on an open case was signed off by a manager on 13 February 2026. When does it go out of date?","2026-02-13","m+12",[P_ASS12])
R("scenario","date","2026-08-24","Open CIN case, assessment authorised 29/08/25 (child's DOB 12/03/2015). The latest CIN review was 17/08/26. By when does a new assessment need authorising to stay within the last 12 months?","2025-08-29","m+12",[P_ASS12])
# ---------------- Ages ----------------
R("indirect","age","2026-02-23","A boy going to his initial protection conference was born on 15/03/2014. From what date is he old enough that we must offer him an advocate?",dob="2014-03-15",y=12,p=[P_ADV])
R("manager","age","2027-04-01","ICPC on 19/04/27, child DOB 20/04/2015. When is he 12 for the advocate offer?",dob="2015-04-20",y=12,p=[P_ADV])
R("duty","age","2026-01-12","yp dob 31/08/2011 - pathway plan start?",dob="2011-08-31",y=15,mo=6,p=[P_PATH],amb="31 Aug + 15y6m has no 29 Feb..31 Feb; taken as the last day of February, some would say 1 March.")
R("indirect","age","2025-09-01","A young person in our care was born on 20 June 2010. When should work start on the plan for her move towards leaving care?",dob="2010-06-20",y=15,mo=6,p=[P_PATH])
R("scenario","age","2027-01-18","Ember came into care aged 12 on 10/05/2024. Her DOB is 04/07/2011 and her last LAC review was 10/01/27. When does the pathway plan have to be started?",dob="2011-07-04",y=15,mo=6,p=[P_PATH])
R("newstarter","age","2027-03-01","Hello - a young person I work with was born on 29 February 2012. When is she 15 and a half for the pathway plan?",dob="2012-02-29",y=15,mo=6,p=[P_PATH])
R("indirect","age","2025-10-06","We're thinking about pre-proceedings for a little girl born on 29/02/2020. On what date does she turn 6, after which she'd no longer automatically get an adoption social worker if she enters PLO?",dob="2020-02-29",y=6,p=[P_AD6])
R("typos","age","2026-06-01","child dob 12.12.20 going into plo, when does he turn 6 (for the adoption sw allocation thing)",dob="2020-12-12",y=6,p=[P_AD6])
# ---------------- Choice ----------------
R("duty","choice","2026-03-04","conf was 3/3/26, what's next due?",start="2026-03-03",rules=[("d+10","first core group if on a plan"),("d+20","first CIN meeting if de-planned")],p=[P_CG,P_CIN20])
R("duty","choice","2025-05-02","child placed today, when's the meeting due?",start="today",rules=[("wd+3","placement meeting"),("wd+20","initial Looked After Review")],p=[P_PLMEET,P_LACREV])
R("indirect","choice","2027-05-27","We held the first pre-proceedings meeting with mum and her solicitor today - what's the next deadline?",start="today",rules=[("wd+3","FGC referral / viability screening request"),("d+7","PLO minutes to parents")],p=[P_FGC,P_VIA,P_MIN])
R("newstarter","choice","2026-03-30","Hello, my conference is on Thursday 9th April, when does my report need to go out?",start="2026-04-09",rules=[("d-3","share with family"),("wd-3","send to CP chair")],p=[P_ICPC_FAM,P_ICPC_CHAIR])
R("typos","choice","2025-08-26","got a new cin case came over to us 22/8 when's first cin meeting",start="2025-08-22",rules=[("d+10","initial CIN after transfer from First Response"),("d+20","first CIN after de-planning")],p=[P_CIN10,P_CIN20])
R("scenario","choice","2026-11-02","I started a child and family assessment today (02/11/26) after the referral on 30/10. What's the deadline on it?",start="2026-11-02",rules=[("wd+15","Team Leader review"),("d+45","completion")],p=[P_TLREV,P_45])
R("indirect","choice","2027-12-23","A child in care moved to a new foster home today. What do I need to have done next and by when?",start="today",rules=[("wd+1","visit after change of placement"),("wd+3","placement meeting")],p=[P_CICV,P_PLMEET])
R("manager","choice","2025-12-09","Supervising SW visited a foster carer on 09/12/25. What's the next deadline on that?",start="2025-12-09",rules=[("wd+3","record visit on LCS"),("w+6","next supervisory visit")],p=[P_FCREC,P_FCV])
# ---------------- None ----------------
R("indirect","none","2026-01-20","After the first child protection conference, how soon does the next review conference have to be? The ICPC was on 19/01.",p=[P_NEXTCONF])
R("newstarter","none","2025-09-15","How often am I supposed to have supervision with my team leader? My last one was on 1st September.",p=[P_SUPV])
R("duty","none","2027-06-07","2nd LAC review due when? 1st was 07/06/27",p=[P_NEWLAC])
R("indirect","none","2026-08-03","A 15 year old in care came back after being missing overnight on 2/8. By when does the chat with her about where she went have to be done?",p=[P_MISSING])
R("typos","none","2025-12-01","when does the later life leter have to be done by, shopba was 1/12",p=[P_LLL])
R("scenario","none","2027-02-22","SHOPBA was held with the ADM on 22/02/27 and the plan is adoption. The IRH is listed for April. How long have we got to send the parents the letter about the outcome?",p=[P_SHOPBA])
R("manager","none","2026-05-11","How often must the pathway plan be reviewed once started? This YP's was started 01/05/26.",p=[P_PATHREV])
R("indirect","none","2025-11-10","A young person is on the edge of care as of today. How quickly do I have to get the referral in to the edge-of-care team?",p=[P_FF])
R("scenario","none","2026-10-12","Carers rang today (12/10/26) to say the placement of a 12 year old is wobbling after two missing episodes. The child's LAC review was 01/10. How quickly must the meeting to try and keep the placement together be held?",p=[P_SUPPORT])
