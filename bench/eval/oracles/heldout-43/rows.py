# Structured row descriptions for oracle.py. op = (kind, start, n...) ; start is ISO or "rel:..." (resolved against today).
FD="decisions made by what action are required by a Team Leader within 1 working day"
INIT="Initial decisions will be made about the action required within 1 working day"
REF="Referrals will be actioned by a social worker within 1 working day"
S47SAME="the child / children will be seen by the Social Worker the same day"
S47_5="Within 5 days of the Section 47 being initiated"
ALLOC="to complete a Child and Family Assessment within 3 working days"
TL15="All assessments will be reviewed by the Team Leader within 15 working days"
A45="Assessments must all be completed within 45 days"
STRAT1="a strategy discussion is required, this must happen within 1 working day"
NOTICE="will notify the Neighbourhood Team via email, giving at least 5 days’ notice"
JOINT="Within the 5 days’ notice period, the Children’s First Response Social Worker"
ICPC="Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion"
FAM3="The report will be shared with family at least 3 the days prior to conference"
CHAIR3="The report will be sent to the child protection chair 3 working days before the conference"
CG="held within 10 days of the conference"
CPV="Visits to a child subject to a CP plan will take place at least every 4 weeks"
HOME="A statutory CP visit must not be recorded on the child’s file unless the child was seen at home"
RCP_PAR="This report must be shared with parents at least 3 days prior to the review conference"
RCP_CHAIR="The report will be available to the conference chair at least 3 days prior to the review conference"
PTT="when they have been subject to a plan for 12 months"
PLO1="The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter"
FGC="Referral should be made within 3 working days of the first PLO meeting"
VIA="Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting"
MIN7="distributed to parents and their legal representation within 7 days of the meeting"
RPLO="Review PLO meetings with parents to be held every 4-6 weeks"
RLP12="A review legal planning meeting will be held at 12 weeks"
EXT4="In exceptional circumstances a further period of 4 weeks will be agreed in PLO"
LG16="a Legal Gateway meeting will be convened at 16 weeks with Strategic Lead oversight"
CIN20="will set the first CIN meeting within 20 days"
CIN10="When a case transfers from Trafford Childrens First Response the initial CIN meeting must take place within 10 days"
CINREV="CIN review meetings will be held at least every 6 weeks"
CINV="A child subject to a CIN plan will be seen at least every 6 weeks"
EMERG="If it is an emergency / unplanned admission the assessment will be completed within 20 working days"
VIS1="The child will be visited within 1 working day of coming into care or having a change in placement"
LAC1="All looked after children will be seen within 1 working day of placement"
PM3="The placement meeting will be held within 3 working days"
PP5="an updated copy given to the carers within 5 working days of the placement beginning"
FT8="reviewed at least every 8 week until the plan for permanence is agreed"
PACK="coming into care pack, children rights leaflet within 3 weeks"
LEGAL5="informed of the child’s legal status within 5 working days"
IHA="An initial health assessment will be requested and carried out within 20 working days"
PEP="A PEP meeting will be arranged within the school within 20 days"
LACW="Statutory looked after visits must happen weekly until the first looked after review"
LAC6="then a minimum of every 6 weeks thereafter until the plan for permanence is finalised"
LAC12="Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement"
CP10="An up to date care plan will be recorded on the electronic system within 10 days of placement"
LAR="The initial Looked After Review must take place within 20 working days of the child becoming looked after"
PATH="A pathway plan will be started when the young person is 15 years 6 months"
IRO3="this will be with the IRO 3 days before the review"
IROCH="If the challenge is not resolved within 5 working days a formal dispute will be raised"
IROD="The formal dispute resolution process should be completed from start to finish within 20 working days"
ADOPT6="If a child under the age of 6 enters PLO or proceedings"
ADW="Once the child is placed weekly statutory visits will take place until the first Looked After Review"
AD6="then visits will be a minimum of 6 weekly until the Adoption Order is Granted"
AD10="Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order"
FCV="Trafford foster carers are visited at least once every six weeks"
FCR="a record of this visit is recorded on LCS within 3 working days"
FCU="will have an unannounced visit at least once every 12 months"
FCAR="All Trafford foster carers will have an annual review"
FCP3="will have an annual review presented to the Fostering Panel at least every three years"
DBS="updated statutory references, medicals and DBS checks at least every three years"
TRAIN="must update their core training at least every three years"
VAR="This can only be given for up to 6 working days"
TEMP16="Temporary approval is for 16 weeks but can be extended for a further 8 weeks"
REC3="any event or contact is recorded within 3 days"
SUMM="A clear and concise case file summary which has been updated within the last 3 months"
ASS12="An up to date assessment (within the last 12 months) on each child"
ADV12="if they are 12 or over they should be offered an advocate"

AMB45="The standard says '45 days'; statutory guidance uses 45 working days, which some readers would count instead."
AMBPLO="The standard does not say what the 12/16 weeks run from; counted here from the start of PLO (the letter), others might count from the first PLO meeting."
AMBPEP="The standard does not say what the 20 days run from; counted from the child becoming looked after."
AMB24="The S47 section also says a strategy discussion 'within 24 hours', which a reader could apply instead."
AMBRPLO="The standard gives a 4-6 week window; 'due' is the latest (6 weeks); the earliest would be 4 weeks."

ROWS=[]
def R(voice,kind,today,q,op,exp,amb=None,why=None,note=None):
    ROWS.append(dict(voice=voice,kind=kind,today=today,q=q,op=op,exp=exp,amb=amb,why=why,note=note))

# ---------- Front door / referrals ----------
R("duty","date","2025-12-24","contact in 24/12 pm, TL decision by when?",("wd","2025-12-24",1),[FD])
R("typos","date","2026-04-02","contact came thru this morning, when does the TL have to make a desicion on it",("wd","rel:today",1),[FD])
R("indirect","date","2027-03-25","A call from a school came in to the front door this morning. By when does a manager have to decide what we're doing with it?",("wd","rel:today",1),[FD])
R("manager","date","2026-01-05","Contact received 31/12/25, TL screening decision recorded 02/01/26. Within timescale?",("wd","2025-12-31",1),[FD])
R("newstarter","date","2025-05-02","Hi, sorry if this is a silly question - a level 4 referral was passed to me today (Friday 2nd May). How long do I have to action it?",("wd","2025-05-02",1),[REF])
R("scenario","date","2026-08-28","Child is 7, DOB 14/08/2019. Referral from the GP came in today 28/08 about bruising on his arm, level 4. TL needs to make the initial decision on what happens - when by?",("wd","2026-08-28",1),[INIT,FD])
R("newstarter","date","2026-03-11","If a referral that comes in today is for a Section 47 enquiry, by when does the child need to be seen?",("same","rel:today"),[S47SAME])
R("scenario","date","2025-12-22","We started a Section 47 on Monday 22 December after mum disclosed DV. The strat was the same morning and the school breaks up on the 19th. When do I need to sit down with my TL to review how the S47 is going?",("d","2025-12-22",5),[S47_5])
R("manager","date","2027-01-08","S47 started 29/12/26, SW and TL progress discussion held 05/01/27 — in timescale?",("d","2026-12-29",5),[S47_5])
R("indirect","date","2026-05-22","the child protection enquiry kicked off on 20th May - when's the check in with my manager on how it's going due?",("d","2026-05-20",5),[S47_5])
R("duty","date","2025-04-17","case needs allocating for C&F, came in today 17/4, allocate by?",("wd","2025-04-17",3),[ALLOC])
R("typos","date","2026-12-23","how long has the tl got to allocate a c and f assesment, came in 23/12",("wd","2026-12-23",3),[ALLOC])
R("manager","date","2027-06-02","Case in 27/05/27, allocated for assessment 02/06/27. In time?",("wd","2027-05-27",3),[ALLOC])
R("duty","date","2026-03-23","C&F started 23/03/26, TL review due?",("wd","2026-03-23",15),[TL15])
R("newstarter","date","2025-12-16","I started a Child and Family Assessment yesterday. When should my Team Leader have reviewed it by?",("wd","rel:yesterday",15),[TL15])
R("indirect","date","2027-08-17","I opened the family's assessment on 16/08/27 - by when should my manager have had a look at it?",("wd","2027-08-16",15),[TL15])
R("scenario","date","2026-02-27","Referral came in on 24/02/26 and I started the assessment on 26/02/26. Mum's next hospital appointment is 12/03. When does the assessment have to be finished?",("d","2026-02-26",45),[A45],amb="Could be counted from the referral (24/02) rather than the assessment start, and some read 45 days as working days.")
R("newstarter","date","2027-03-22","Could you tell me the deadline for completing a Child and Family Assessment that started on 22 March 2027?",("d","2027-03-22",45),[A45],amb=AMB45)
R("typos","date","2025-11-03","c+f assesment startd 31.10.25 wen is it due",("d","2025-10-31",45),[A45],amb=AMB45)
R("duty","date","2026-04-02","mgmt decision strat needed today 2/4, strat by?",("wd","2026-04-02",1),[STRAT1],amb=AMB24)
R("indirect","date","2025-12-31","My TL decided this afternoon that we need the multi-agency call with police and health about whether to go to S47. When does that have to happen by?",("wd","rel:today",1),[STRAT1],amb=AMB24)
R("manager","date","2027-06-03","TL decided on 28/05/27 that a strat was needed; strat held 01/06/27. OK?",("wd","2027-05-28",1),[STRAT1])
R("newstarter","date","2026-11-16","My manager decided last Friday that a strategy discussion is needed. What's the deadline for holding it?",("wd","rel:last fri",1),[STRAT1],amb=AMB24)
R("scenario","date","2026-05-20","C&F assessment is finished and it's stepping to CIN with the Neighbourhood Team. I'm emailing them the notice today (20/05/26). The joint visit with the new worker has to happen within the notice period - what's the last day for it?",("d","2026-05-20",5),[JOINT,NOTICE])
R("newstarter","date","2025-08-20","When we transfer a case from First Response to a Neighbourhood Team, how much notice do we give? If the transfer is planned for Monday 1 September, what's the latest we should email them?",("db","2025-09-01",5),[NOTICE])
# ---------- S47 / ICPC ----------
R("duty","date","2025-12-19","strat 19/12/25, icpc by?",("wd","2025-12-19",15),[ICPC])
R("typos","date","2026-03-30","strat discusion was 27/3 when does icpc have to be",("wd","2026-03-27",15),[ICPC])
R("scenario","date","2027-03-25","Strat was held 19/03/27 after a disclosure at school. We had a second strat on 24/03 when the police had more info. Dad's DOB is 02/04/1990. When's the ICPC due?",("wd","2027-03-19",15),[ICPC])
R("indirect","date","2026-08-18","We had the multi-agency meeting that decided to go to S47 on 17 August. What's the latest date for the big meeting where they decide whether the child needs a protection plan?",("wd","2026-08-17",15),[ICPC])
R("newstarter","date","2026-12-14","Hello! The initial strategy discussion for one of my families was this morning. When does the Initial Child Protection Conference need to happen?",("wd","rel:today",15),[ICPC])
R("duty","date","2027-08-24","strat yday - icpc deadline?",("wd","rel:yesterday",15),[ICPC])
R("newstarter","date","2026-03-30","The ICPC is booked for 9 April 2026. When is the latest I can send my report to the Child Protection Chair?",("wdb","2026-04-09",3),[CHAIR3])
R("typos","date","2027-05-28","confrence is fri 4th june when does the report go to the chair",("wdb","2027-06-04",3),[CHAIR3])
R("indirect","date","2025-12-29","when do the family need to have seen what I've written for the first child protection meeting? It's on 06/01/2026",("db","2026-01-06",3),[FAM3])
R("scenario","date","2025-04-14","ICPC for two siblings, 9 and 13, is set for Tuesday 22 April. I'm hoping to go through the report with mum before Easter. What's the latest day the family must have it?",("db","2025-04-22",3),[FAM3])
R("manager","date","2026-09-10","ICPC 08/09/26, report shared with parents 06/09/26 — met standard?",("db","2026-09-08",3),[FAM3])
# ---------- CP plans ----------
R("duty","date","2025-12-23","icpc yday - 1st core group by?",("d","rel:yesterday",10),[CG])
R("typos","date","2026-03-31","icpc was 30.3 when is frist core group due",("d","2026-03-30",10),[CG])
R("indirect","date","2027-03-24","We agreed a protection plan at conference this morning. When does the first meeting of the small working group (family plus the professionals) have to happen?",("d","rel:today",10),[CG])
R("manager","date","2026-06-12","ICPC 21/05/26, first CG 02/06/26. Compliant?",("d","2026-05-21",10),[CG])
R("newstarter","date","2027-08-26","A child was made subject to a Child Protection Plan at conference on 20 August. When must the first core group meeting be held?",("d","2027-08-20",10),[CG])
R("duty","date","2026-05-18","RCPC 26/05, plan update to parents by?",("db","2026-05-26",3),[RCP_PAR])
R("manager","date","2027-01-04","Review conf 05/01/27. Plan update reached the chair 03/01/27. Was that 3 days?",("db","2027-01-05",3),[RCP_CHAIR])
R("typos","date","2025-12-29","review confrence is 2nd jan, when does the chair need the report",("db","2026-01-02",3),[RCP_CHAIR])
R("indirect","date","2026-08-24","The meeting where they look again at whether the protection plan is still needed is on 01/09/26. When do parents need my update by?",("db","2026-09-01",3),[RCP_PAR])
R("scenario","date","2026-10-02","Child became subject to a CP plan on 15/10/25 under neglect. There's been some progress but not enough to de-plan. Baby sibling born 03/03/26. When do we hit the point where a professional thinking time meeting should be held?",("m","2025-10-15",12),[PTT])
R("newstarter","date","2027-02-10","A child on my caseload has been on a child protection plan since 28 March 2026. When would we reach the point where a professional thinking time meeting needs to be held if progress isn't enough?",("m","2026-03-28",12),[PTT])
# ---------- PLO ----------
R("duty","date","2026-12-21","PLO letter dated 21/12/26, first mtg by?",("d","2026-12-21",10),[PLO1])
R("indirect","date","2027-03-19","The letter that starts pre-proceedings is dated today. By when do we need to have met the parents and their solicitor?",("d","rel:today",10),[PLO1])
R("manager","date","2026-05-15","PLO letter dated 24/04/26, initial PLO meeting 07/05/26. In time?",("d","2026-04-24",10),[PLO1])
R("scenario","date","2025-12-18","Legal Gateway agreed PLO last week. The PLO letter is dated 17/12/25 but was only hand-delivered to mum on 19/12/25. Dad hasn't got a solicitor yet. When's the first PLO meeting due?",("d","2025-12-17",10),[PLO1])
R("newstarter","date","2025-08-22","Our first PLO meeting was today (Friday 22 August) and the parents consented to a Family Group Conference. When does the FGC referral need to go in?",("wd","2025-08-22",3),[FGC])
R("typos","date","2027-12-23","first plo meetin was 23/12 parents agreed to fgc, referal deadline?",("wd","2027-12-23",3),[FGC])
R("scenario","date","2026-05-01","Initial PLO meeting was this morning. Mum named her sister and a family friend as possible carers. The FGC already happened back in March. When do the viability screening requests need to reach Family Placement?",("wd","rel:today",3),[VIA])
R("indirect","date","2027-05-28","At the first pre-proceedings meeting on 28/05 gran put herself forward to care for the kids. When do I need to ask the fostering and placements team to screen her?",("wd","2027-05-28",3),[VIA])
R("manager","date","2025-12-31","Initial PLO mtg 23/12/25, viability requests to FPT sent 31/12/25. Within timescale?",("wd","2025-12-23",3),[VIA])
R("duty","date","2026-12-23","plo mtg today - minutes out by?",("d","rel:today",7),[MIN7])
R("scenario","date","2025-06-03","Gateway agreed PLO on 02/06/25 and the letter went out the same day. First meeting was 10/06/25. When should the 12-week review legal planning meeting be?",("w","2025-06-02",12),[RLP12],amb="Could be counted from the first PLO meeting (10/06/25) instead, giving 2025-09-02.")
R("newstarter","date","2026-09-14","If a case stays in PLO, when would the Legal Gateway meeting need to be? The PLO letter was dated 7 September 2026.",("w","2026-09-07",16),[LG16],amb=AMBPLO)
R("manager","date","2027-04-30","PLO commenced 04/01/27. Legal Gateway held 30/04/27 — was that at 16 weeks?",("w","2027-01-04",16),[LG16],amb=AMBPLO)
R("indirect","date","2026-04-10","We went into pre-proceedings on 13/01/26. At the 12-week review they agreed an extra 4 weeks because of exceptional circumstances. When does that extension run out?",("w","2026-01-13",16),[EXT4,RLP12],amb=AMBPLO,note="12 weeks + 4 week extension = 16 weeks")
# ---------- CIN ----------
R("duty","date","2026-03-20","de-planned at RCPC 20/3, 1st CIN mtg by?",("d","2026-03-20",20),[CIN20])
R("typos","date","2025-12-12","kids came off the cp plan at confrence today when does first cin meeting have to be",("d","rel:today",20),[CIN20])
R("scenario","date","2027-08-11","Review conference on 11/08/27 decided to end the CP plan - mum has engaged really well. The children's dad is due out of prison on 20/08. When does the first Child in Need meeting need to be by?",("d","2027-08-11",20),[CIN20])
R("newstarter","date","2026-05-26","A case has transferred to our Neighbourhood Team from Children's First Response today (26 May). When must the initial CIN meeting take place?",("d","2026-05-26",10),[CIN10])
R("indirect","date","2025-04-16","We've just taken over a family from the front door team (transferred 16/04). When's the first meeting with the family and professionals to agree the support plan due?",("d","2025-04-16",10),[CIN10])
R("manager","date","2026-01-14","Transfer from CFR 29/12/25, initial CIN meeting 12/01/26. In timescale?",("d","2025-12-29",10),[CIN10])
# ---------- Children in care ----------
R("duty","date","2026-03-25","emergency LAC 25/3 - assessment due?",("wd","2026-03-25",20),[EMERG])
R("scenario","date","2025-12-20","Police protection last night (Friday 19/12/25) and the child was accommodated in an emergency placement. Mum's been arrested. We didn't have an up to date assessment. When must the assessment be completed?",("wd","2025-12-19",20),[EMERG])
R("typos","date","2026-04-02","yp came into care today 2nd april when do i have to visit",("wd","2026-04-02",1),[VIS1,LAC1])
R("indirect","date","2027-12-24","A teenager moved to a new foster home this morning (Christmas Eve). When's the latest I need to go and see him there?",("wd","2027-12-24",1),[VIS1])
R("manager","date","2025-05-28","Placement change 23/05/25, child visited 27/05/25. In time?",("wd","2025-05-23",1),[VIS1,LAC1])
R("newstarter","date","2026-08-29","A child was placed in care today (Saturday 29 August). When must they be visited by?",("wd","2026-08-29",1),[VIS1,LAC1],amb="Placement on a Saturday: a reader might expect a visit over the weekend rather than the next working day after the bank holiday.")
R("indirect","date","2027-05-27","Child moved to a new carer on 27/05/27. When do we have to get everyone round the table to agree delegated authority?",("wd","2027-05-27",3),[PM3])
R("newstarter","date","2026-05-01","Sorry, when do the foster carers need to get the updated placement plan? The placement began on 1 May 2026.",("wd","2026-05-01",5),[PP5])
R("manager","date","2025-08-29","Placement began 20/08/25, updated placement plan to carers 27/08/25. OK?",("wd","2025-08-20",5),[PP5])
R("typos","date","2026-12-18","child came into care 18/12 when does the coming into care pack need to be given",("w","2026-12-18",3),[PACK])
R("indirect","date","2025-12-08","the welcome pack and rights leaflet for a child who became looked after on 03/12/25 - what's the deadline?",("w","2025-12-03",3),[PACK])
R("duty","date","2026-04-01","LAC 1/4/26, inform profs of legal status by?",("wd","2026-04-01",5),[LEGAL5])
R("scenario","date","2027-12-21","Interim care order granted today and the child was placed with foster carers this afternoon. School, health visitor and CAMHS all need telling. His brother went into care last year on 14/03/26. When's the deadline to inform everyone of his legal status?",("wd","rel:today",5),[LEGAL5])
R("newstarter","date","2026-03-17","When does the initial health assessment need to be carried out for a child who came into care on 16 March 2026?",("wd","2026-03-16",20),[IHA])
R("manager","date","2027-04-28","Became LAC 22/03/27, IHA carried out 20/04/27. Within 20 WD?",("wd","2027-03-22",20),[IHA])
R("indirect","date","2026-12-10","The meeting at school about her education plan - for a girl who came into our care on 10/12/26, when should it happen by?",("d","2026-12-10",20),[PEP],amb=AMBPEP)
R("scenario","date","2025-12-23","Baby (DOB 01/12/25) was placed with foster carers on 23/12/25 after discharge from hospital. Mum starts a mother and baby unit assessment on 05/01. When does the care plan need to be on the system?",("d","2025-12-23",10),[CP10])
R("typos","date","2027-03-26","placment date 25 march 27 - when does the care plan have to be on lcs by",("d","2027-03-25",10),[CP10])
R("duty","date","2025-12-19","LAC 19/12/25, ILAR by?",("wd","2025-12-19",20),[LAR])
R("newstarter","date","2026-04-02","A child became looked after on 2 April 2026. When does the first Looked After Review need to be?",("wd","2026-04-02",20),[LAR])
R("indirect","date","2027-08-20","He came into our care on 20/08/27. When's the first meeting with the independent reviewing officer to look at his care plan due?",("wd","2027-08-20",20),[LAR])
R("manager","date","2026-06-30","Child LAC 11/05/26, initial LAR held 09/06/26. Compliant?",("wd","2026-05-11",20),[LAR])
R("scenario","date","2025-04-16","Section 20 agreed and the child was accommodated on 11/04/25. Placement moved on 15/04/25 to a longer-term carer. When is the initial LAR due?",("wd","2025-04-11",20),[LAR])
R("typos","date","2027-05-27","lac reveiw is on tues 1st june, when does my report need to be with the iro",("db","2027-06-01",3),[IRO3])
# ---------- IRO ----------
R("scenario","date","2026-04-02","The IRO raised an informal challenge with me today about drift in the permanence plan. We're waiting on a parenting assessment due 30/04. When does it turn into a formal dispute if not resolved?",("wd","rel:today",5),[IROCH])
R("indirect","date","2025-12-22","The independent reviewing officer flagged drift in the care plan with my team on 22 December. How long have we got to sort it before it gets escalated formally?",("wd","2025-12-22",5),[IROCH])
R("newstarter","date","2027-01-04","A formal dispute was raised by the IRO on 4 January 2027. By when should the whole dispute resolution process be completed?",("wd","2027-01-04",20),[IROD])
R("manager","date","2026-06-01","Formal dispute raised 05/05/26, resolved 01/06/26. Within 20 WD?",("wd","2026-05-05",20),[IROD])
# ---------- Adoption ----------
R("newstarter","date","2025-10-21","Our little one was placed with adopters on 20 October 2025. From when can they apply for the Adoption Order?",("w","2025-10-20",10),[AD10])
R("indirect","date","2027-02-01","Placed with her new forever family today - when can the adopters apply to court to make it permanent?",("w","rel:today",10),[AD10])
# ---------- Fostering ----------
R("duty","date","2025-12-23","SSW visit to FC today, record on LCS by?",("wd","rel:today",3),[FCR])
R("typos","date","2026-04-03","visited my foster carers yesterday when does the visit need recording by",("wd","rel:yesterday",3),[FCR])
R("manager","date","2027-06-04","Supervising SW visit to carers 27/05/27, recorded 02/06/27. OK?",("wd","2027-05-27",3),[FCR])
R("scenario","date","2026-12-21","Emergency placement tonight (21/12/26) with carers approved for 0-10, but the child is 12. Strategic Lead has agreed a Variation of the Terms of Approval today. Until when does that cover us?",("wd","2026-12-21",6),[VAR])
R("newstarter","date","2025-05-23","If the Strategic Lead gave permission on 23 May 2025 for a child to be placed outside a foster carer's terms of approval, what's the last day that permission covers?",("wd","2025-05-23",6),[VAR])
R("duty","date","2026-01-12","connected carer temp approval 09/01/26 - expires?",("w","2026-01-09",16),[TEMP16])
R("indirect","date","2025-11-10","Gran was approved temporarily as a foster carer for her grandson on 03/11/25. If it gets extended as far as it can go, when does that approval end?",("w","2025-11-03",24),[TEMP16],note="16 weeks + 8 week extension = 24 weeks")
R("manager","date","2027-04-01","Connected person temp approval 02/12/26; panel heard the full assessment 30/03/27. Was that inside the 16 weeks?",("w","2026-12-02",16),[TEMP16])
R("typos","date","2026-03-01","when's the next surprise visit due for a foster family we last droped in on without notice on 29/03/25",("m","2025-03-29",12),[FCU])
R("newstarter","date","2026-11-02","My foster carers had their annual review on 30 November 2025. When is the next one due?",("m","2025-11-30",12),[FCAR])
R("manager","date","2027-02-01","FC statutory refs/medical/DBS last updated 15/01/24. When were they due?",("m","2024-01-15",36),[DBS])
R("typos","date","2026-05-26","foster carer last did there core training 26/05/23 when do they need to update it",("m","2023-05-26",36),[TRAIN])
R("scenario","date","2027-05-20","Our long-term carers' last review to go to Fostering Panel was on 31/05/24. Their reviews since then were chaired by the IRO. No complaints or allegations. When must a review next go to panel?",("m","2024-05-31",36),[FCP3])
# ---------- Case recording / file ----------
R("typos","date","2026-12-24","did a home visit today 24/12 when do i have to have it recorded by",("d","2026-12-24",3),[REC3])
R("newstarter","date","2025-04-17","I had a phone call with a child's school today. How long do I have to record it?",("d","rel:today",3),[REC3])
R("duty","date","2026-02-02","case summary last updated 30/11/25, next update due?",("m","2025-11-30",3),[SUMM])
R("manager","date","2025-08-29","Audit: case file summary last updated 31/05/25. Until what date is it in date?",("m","2025-05-31",3),[SUMM])
R("indirect","date","2027-03-30","I last refreshed the short overview at the front of the child's file on 28 December 2026. When does it next need doing?",("m","2026-12-28",3),[SUMM])
R("scenario","date","2026-10-05","CIN case, open since 2024. Last C&F assessment was authorised on 14/10/25, and mum's new partner moved in in August. When is an updated assessment needed by at the latest?",("m","2025-10-14",12),[ASS12],amb="Could be counted from when the assessment was completed rather than authorised.")
R("typos","date","2027-05-04","last asessment authorised 5.5.26 when does it go out of date",("m","2026-05-05",12),[ASS12])

# ---------- Visits / reviews schedules ----------
R("duty","visits","2026-03-30","CP visit last 06/03/26, next by?",("w","2026-03-06",4),[CPV])
R("typos","visits","2025-12-15","last seen the kids on cp plan 28/11 when is next visit due",("w","2025-11-28",4),[CPV])
R("scenario","visits","2027-01-05","Child on CP plan (neglect). I last saw him at home on 10/12/26; mum cancelled yesterday's visit so I saw him at school today instead. When's the statutory visit due?",("w","2026-12-10",4),[CPV,HOME],note="school sighting today does not count as a statutory CP visit (must be seen at home), so count from 2026-12-10")
R("manager","visits","2026-06-01","CP visits 20/04/26 and 26/05/26. Within standard?",("w","2026-04-20",4),[CPV])
R("manager","visits","2027-12-21","CP visits: 22/11/27 then 20/12/27 — on time?",("w","2027-11-22",4),[CPV])
R("newstarter","visits","2025-05-02","How often do I need to visit a child on a Child in Need plan? I last saw her at home on 25 April 2025 - when's the next visit due?",("w","2025-04-25",6),[CINV])
R("duty","visits","2026-11-20","CIN visit last 16/10/26 next due?",("w","2026-10-16",6),[CINV])
R("indirect","visits","2027-08-02","Family I'm supporting on a level 4 plan (not CP). I last saw the children at home on 23/07/27. Next home visit by?",("w","2027-07-23",6),[CINV])
R("manager","visits","2025-12-01","CIN reviews held 02/09/25 and 18/10/25 — next CIN review due?",("w","2025-10-18",6),[CINREV])
R("typos","visits","2026-04-20","last cin reveiw was 9/3 when's next one",("w","2026-03-09",6),[CINREV])
R("duty","visits","2026-12-01","LAC, 1st LAR done 10/11, last SV 17/11 — next SV by?",("w","2026-11-17",6),[LAC6])
R("scenario","visits","2025-04-22","Child came into care on 08/04/25. First LAR not held yet (booked for 06/05). I visited on 15/04/25. When's my next statutory visit?",("w","2025-04-15",1),[LACW])
R("newstarter","visits","2027-03-22","A young person has been settled in her permanent placement for over 2 years, so she's on 12-weekly visits. Her last visit was on 4 January 2027 - when is the next one due?",("w","2027-01-04",12),[LAC12])
R("indirect","visits","2026-08-24","Boy living with his adoptive family since 03/08/26, the first review hasn't happened yet. I last saw him 17/08. When must I see him next?",("w","2026-08-17",1),[ADW])
R("manager","visits","2027-01-11","Adoptive placement; first LAR held 01/10/26. SVs on 20/10/26 and 07/12/26 — compliant?",("w","2026-10-20",6),[AD6])
R("duty","visits","2025-12-19","FC supervisory visit last 07/11/25, next?",("w","2025-11-07",6),[FCV])
R("typos","visits","2027-05-10","when do i next need to visit my foster carers, last went 29/3",("w","2027-03-29",6),[FCV])
R("newstarter","visits","2026-01-02","When should family time arrangements next be reviewed? We last reviewed them on 7 November 2025 and there's no permanence plan yet.",("w","2025-11-07",8),[FT8])
R("scenario","visits","2026-05-05","Case in PLO. Initial PLO meeting was 10/04/26 (kids' DOBs 01/05/19 and 12/12/21). No review meeting yet. What's the latest the review PLO meeting can be?",("w","2026-04-10",6),[RPLO],amb=AMBRPLO)
R("indirect","visits","2025-08-20","We last had mum, dad and their solicitors in for a pre-proceedings review on 25/07/25. What's the latest date for the next one?",("w","2025-07-25",6),[RPLO],amb=AMBRPLO)

# ---------- Ages ----------
R("newstarter","age","2026-03-03","When should I start the pathway plan for a young person born on 14 September 2010?",("age","2010-09-14",15,6),[PATH])
R("duty","age","2025-12-01","yp dob 31/08/10, pathway plan start?",("age","2010-08-31",15,6),[PATH],note="31 Feb does not exist, last day of February used")
R("typos","age","2027-01-10","dob 29/8/11 when does pathway plan start",("age","2011-08-29",15,6),[PATH],note="29 Feb 2027 does not exist, last day of February used")
R("indirect","age","2026-09-10","Lad born 30/03/2011 - when is he old enough that we have to begin his plan for leaving care?",("age","2011-03-30",15,6),[PATH])
R("scenario","age","2026-04-30","ICPC next week for three siblings: DOBs 04/05/2014, 17/09/2016 and 02/02/2020. The eldest is 11 now. When does she turn 12 and need to be offered an advocate?",("age","2014-05-04",12,0),[ADV12])
R("typos","age","2025-06-01","when does a kid born 2/6/2013 turn 12 for the advocate thing at confrence",("age","2013-06-02",12,0),[ADV12])
R("manager","age","2026-02-20","Child DOB 29/02/2020 entered PLO 25/02/26 - should she have had an adoption SW allocated? When does she turn 6?",("age","2020-02-29",6,0),[ADOPT6])
R("duty","age","2027-06-01","dob 12/06/21, under 6 for adoption SW allocation till when?",("age","2021-06-12",6,0),[ADOPT6])

# ---------- Choice ----------
R("duty","choice","2026-03-31","conf was 30/3, what's next due?",[("d","2026-03-30",10),("d","2026-03-30",20)],[CG,CIN20])
R("typos","choice","2025-12-22","first cin meeting when? case came to us 22/12",[("d","2025-12-22",10),("d","2025-12-22",20)],[CIN10,CIN20])
R("newstarter","choice","2026-12-21","The conference is on 6 January 2027. When does my report need to be ready?",[("wdb","2027-01-06",3),("db","2027-01-06",3)],[CHAIR3,FAM3,RCP_PAR])
R("scenario","choice","2027-05-27","First PLO meeting was today. Parents agreed to an FGC and gran's been put forward as a carer. Paternal aunt lives in Wales. What's my next deadline?",[("wd","rel:today",3),("d","rel:today",7)],[FGC,VIA,MIN7])
R("indirect","choice","2026-04-01","Child moved in with foster carers today. What's the next thing I've got to get done and by when?",[("wd","rel:today",1),("wd","rel:today",3)],[VIS1,PM3])
R("duty","choice","2025-08-22","C&F started 22/8/25, when's it due?",[("wd","2025-08-22",15),("d","2025-08-22",45)],[TL15,A45])
R("manager","choice","2026-01-12","LAC child, last SV 15/12/25. When was the next one due?",[("w","2025-12-15",1),("w","2025-12-15",6)],[LACW,LAC6])
R("typos","choice","2027-01-04","visited my foster carers today, whats due next",[("wd","rel:today",3),("w","rel:today",6)],[FCR,FCV])

# ---------- None ----------
R("duty","none","2026-01-06","RCPC due when? ICPC was 05/01/26",None,["The child protection chair will set the date of the next conference"],why="the chair sets the date of the next (review) conference; no interval is given")
R("newstarter","none","2026-03-04","How often should the second and later Looked After Reviews be held? Our first one was on 3 March 2026.",None,["a new LAC review will be set in accordance with the timescales"],why="only the initial LAR (20 working days) has a timescale; later reviews refer to timescales not stated")
R("manager","none","2027-02-15","How often must social workers have supervision? Auditing a worker last supervised 02/02/27.",None,["monitored through supervision which takes place in line with the supervision policy"],why="supervision frequency is left to the supervision policy")
R("indirect","none","2025-09-12","What's the latest the meeting with the adoption decision-maker (the should-be-placed one) can happen? Final care planning meeting was 10/09/25.",None,["Arrange SHOPBA (Should be placed for adoption meeting) with the Agency Decision Maker (ADM)"],why="SHOPBA must fall between the final care planning meeting and the IRH filing; no number of days")
R("typos","none","2026-04-20","how often do we do unanounced visits on cp cases, last one was 14/4",None,["there should be unannounced visits in addition"],why="unannounced CP visits are required but with no frequency")
R("scenario","none","2026-05-14","Adoption Order granted 12/05/26 for a boy I've worked with for two years. I still have the life story book and later life letter to finish. When are they due by?",None,["The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child"],why="no timescale for the life story book or later life letter")
R("duty","none","2025-11-03","IRO contact w/ child between reviews - how often? last LAR 20/10/25",None,["The IRO will contact the child between reviews to ensure the progress of the plan"],why="IRO contact between reviews has no stated frequency")
R("newstarter","none","2027-03-02","When does the Annex A suitability report need to be done by? The child was placed with adopters on 1 March 2027.",None,["The Social Worker will complete the Annex A suitability report for Court"],why="no deadline is set for the Annex A report (the 10 weeks is when adopters may apply, not a report deadline)")
R("scenario","none","2025-07-02","Open CIN case, the chronology was last updated 01/07/25 when the family moved in with maternal gran. Next CIN review is 15/07. When does the chronology next need updating?",None,["A chronology of significant events and their impact that includes risk and protective factors"],why="a chronology is required but no update interval is set")
