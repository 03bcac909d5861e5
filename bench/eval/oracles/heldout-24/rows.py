# Structured description of every question. op tuples are computed by oracle.py.
PH = {
 "FD": "screened for consent and decisions made by what action are required by a Team Leader within 1 working day",
 "INIT": "Initial decisions will be made about the action required within 1 working day",
 "REF": "Referrals will be actioned by a social worker within 1 working day",
 "S47SEEN": "the child / children will be seen by the Social Worker the same day",
 "S47_5": "Within 5 days of the Section 47 being initiated",
 "ALLOC": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 "TLREV": "All assessments will be reviewed by the Team Leader within 15 working days",
 "A45": "Assessments must all be completed within 45 days",
 "STRAT": "a strategy discussion is required, this must happen within 1 working day",
 "TRANS5": "the Children`s First Response Team will notify the Neighbourhood Team via email, giving at least 5 days’ notice",
 "ICPC": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 "ICPCFAM": "The report will be shared with family at least 3 the days prior to conference",
 "ICPCCHAIR": "The report will be sent to the child protection chair 3 working days before the conference",
 "CG": "held within 10 days of the conference and is used to put detail on the outline CP plan",
 "CPV": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 "RCPCPAR": "This report must be shared with parents at least 3 days prior to the review conference",
 "RCPCCHAIR": "The report will be available to the conference chair at least 3 days prior to the review conference",
 "CP12": "when they have been subject to a plan for 12 months, a professional thinking time meeting",
 "PLO10": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 "FGC3": "Referral should be made within 3 working days of the first PLO meeting",
 "VIAB3": "Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 "PLOMIN": "distributed to parents and their legal representation within 7 days of the meeting",
 "PLOREV": "Review PLO meetings with parents to be held every 4-6 weeks",
 "PLO12": "A review legal planning meeting will be held at 12 weeks",
 "PLO16": "If the case remains in PLO a Legal Gateway meeting will be convened at 16 weeks",
 "CIN20": "will set the first CIN meeting within 20 days",
 "CIN10": "When a case transfers from Trafford Childrens First Response the initial CIN meeting must take place within 10 days",
 "CINREV": "CIN review meetings will be held at least every 6 weeks",
 "CINV": "A child subject to a CIN plan will be seen at least every 6 weeks",
 "EMERG": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 "CICV1": "The child will be visited within 1 working day of coming into care or having a change in placement",
 "LACSEEN1": "All looked after children will be seen within 1 working day of placement",
 "PMTG": "The placement meeting will be held within 3 working days",
 "PPLAN": "an updated copy given to the carers within 5 working days of the placement beginning",
 "FAMTIME": "reviewed at least every 8 week until the plan for permanence is agreed",
 "PACK": "The child will be provided with a coming into care pack, children rights leaflet within 3 weeks",
 "LEGAL5": "will be informed of the child’s legal status within 5 working days",
 "IHA": "An initial health assessment will be requested and carried out within 20 working days",
 "PEP": "A PEP meeting will be arranged within the school within 20 days",
 "LACWK": "Statutory looked after visits must happen weekly until the first looked after review",
 "LAC6": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 "LAC12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 "CPLAN10": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 "LACREV": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 "PATH": "A pathway plan will be started when the young person is 15 years 6 months",
 "IROREP": "provide a written report for the review and this will be with the IRO 3 days before the review",
 "IRO5": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 "IRO20": "The formal dispute resolution process should be completed from start to finish within 20 working days",
 "ADOPT6": "If a child under the age of 6 enters PLO or proceedings they will be allocated a Trafford adoption social worker",
 "ADWK": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 "AD6W": "visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 "AD10W": "Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
 "FCV": "Trafford foster carers are visited at least once every six weeks",
 "FCREC": "a record of this visit is recorded on LCS within 3 working days",
 "FCUN": "All Trafford foster carers will have an unannounced visit at least once every 12 months",
 "FCANN": "All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
 "FCPANEL": "Every foster carer will have an annual review presented to the Fostering Panel at least every three years",
 "FCDBS": "All foster carers will have updated statutory references, medicals and DBS checks at least every three years",
 "FCTRAIN": "All Trafford foster carers must update their core training at least every three years",
 "VAR": "This can only be given for up to 6 working days",
 "TEMP": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 "REC3": "adequate time to record work with them is allowed for and any event or contact is recorded within 3 days",
 "SUM3": "A clear and concise case file summary which has been updated within the last 3 months",
 "ASS12": "An up to date assessment (within the last 12 months) on each child",
 "ADV12": "if they are 12 or over they should be offered an advocate to support them to attend the conference",
 # for `none` rows: the nearest sentence, which sets no timescale
 "N_RCPC": "The child protection chair will set the date of the next conference",
 "N_SUP": "The progress of the CIN plan should be monitored through supervision which takes place in line with the supervision policy",
 "N_EH": "Initial decisions will be made about the action required by an Early Help Team Leader",
 "N_LIFE": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
 "N_ANNEX": "The Social Worker will complete the Annex A suitability report for Court",
 "N_SHOPBA": "This needs to take place after the area teams final care planning meeting",
 "N_MISS": "The risk of going missing and child sexual exploitation will be considered and risk assessed",
 "N_PERM": "At the point of the second review (if not in proceedings) the child must have a permanency plan",
 "N_SUPPORT": "If there is an indication of instability in a placement plan a Support Meeting will be held",
}

ROWS = []
def R(v, k, today, q, op, ph, amb=None):
    ROWS.append(dict(v=v, k=k, today=today, q=q, op=op, ph=ph, amb=amb))

# ---------- Front Door ----------
R("duty","date","2025-12-24","contact in 24/12 when does TL need to have screened it?",("wd","2025-12-24",1),["FD"])
R("typos","date","2026-04-02","contcat come in on thursday 2.4 wen does the TL decison have to be by",("wd","2026-04-02",1),["FD"])
R("newstarter","date","2027-05-28","Hi, sorry if this is a silly question - a contact came into the front door today. By when does a Team Leader need to have screened it and decided what action is needed?",("wd","@today",1),["FD"])
R("manager","date","2026-09-02","Audit query: contact received Fri 28/08/26, TL screening decision recorded 01/09. In timescale? What was the deadline?",("wd","2026-08-28",1),["FD"])
# ---------- Level 4/5 initial decision, referrals ----------
R("indirect","date","2025-05-02","A referral at child protection level came in this morning, when does the team leader have to decide what we're doing with it?",("wd","@today",1),["INIT"])
R("scenario","date","2027-03-25","Referral landed today for a 7 year old (DOB 02/04/2019), neighbour worried about bruising. TL is off next week. When does the initial decision about action have to be made by?",("wd","@today",1),["INIT"],"Could be read as the Front Door contact screening standard, which gives the same 1 working day.")
R("duty","date","2026-12-23","ref in 23/12 - SW action by?",("wd","2026-12-23",1),["REF"])
R("typos","date","2025-08-22","referal recieved fri 22nd aug when has a sw got to action it",("wd","2025-08-22",1),["REF"])
R("newstarter","date","2027-12-24","Hello, I'm new on the duty desk. A referral came through today (Christmas Eve) - when does a social worker need to have actioned it by?",("wd","@today",1),["REF"])
# ---------- S47 ----------
R("duty","date","2026-02-10","s47 referral in today, by when does the child need seeing?",("same","@today"),["S47SEEN"])
R("indirect","date","2025-11-14","We've decided this morning to start a child protection enquiry. How long have we got to actually go out and see the child?",("same","@today"),["S47SEEN"])
R("duty","date","2025-12-22","s47 initiated 22/12 - progress discussion w/ manager by?",("d","2025-12-22",5),["S47_5"])
R("typos","date","2026-04-01","s47 startd 1/4/26 when do i need the catch up with my manger",("d","2026-04-01",5),["S47_5"])
R("manager","date","2027-09-03","S47 initiated 27/08/2027, SW and TL progress discussion held 03/09. Was that within the standard?",("d","2027-08-27",5),["S47_5"])
R("indirect","date","2025-05-23","We opened the child protection enquiry on Friday 23rd May. When should I sit down with my manager to go over how it's going and agree next steps?",("d","2025-05-23",5),["S47_5"])
# ---------- allocation ----------
R("duty","date","2025-12-31","needs C&FA, allocation by?",("wd","@today",3),["ALLOC"])
R("typos","date","2026-05-22","case needs alocating for a c and f assesment, came in 22/05 whens the deadline",("wd","2026-05-22",3),["ALLOC"])
R("manager","date","2027-04-06","Case came in 24/03/27 needing a Child and Family Assessment, allocated on LCS 30/03. Within timescale?",("wd","2027-03-24",3),["ALLOC"])
R("scenario","date","2025-04-17","Referral came in today for two siblings, the older one's birthday is 22/04. Needs a Child and Family Assessment. TL asked me when it has to be allocated to a worker by.",("wd","@today",3),["ALLOC"])
# ---------- TL review 15wd ----------
R("duty","date","2025-12-15","c&fa started 15/12, TL review due?",("wd","2025-12-15",15),["TLREV"])
R("typos","date","2026-03-20","assesment started 20.3.26 when does my tl have to review it",("wd","2026-03-20",15),["TLREV"])
R("newstarter","date","2027-08-16","Hi, I started a Child and Family Assessment on 16 August. When does my Team Leader need to have reviewed it by?",("wd","2027-08-16",15),["TLREV"])
R("manager","date","2026-06-01","Assessment commenced 11/05/26, TL review recorded 01/06. Compliant with the 15 working day review?",("wd","2026-05-11",15),["TLREV"])
# ---------- 45 days ----------
R("duty","date","2026-02-20","C&FA started 20/2/26 - completion date?",("d","2026-02-20",45),["A45"],"Statutory guidance elsewhere uses 45 working days; the standards say 45 days, read here as calendar days.")
R("typos","date","2025-11-12","assesmnt started 12th nov 25 when does it have to be finshed",("d","2025-11-12",45),["A45"],"Statutory guidance elsewhere uses 45 working days; the standards say 45 days, read here as calendar days.")
R("scenario","date","2027-02-01","Mum's partner moved in at Christmas and school raised concerns. The assessment started on 1 Feb 2027, and we have a CIN-type meeting pencilled for 10 Feb. When does the assessment need to be completed?",("d","2027-02-01",45),["A45"],"Statutory guidance elsewhere uses 45 working days; the standards say 45 days, read here as calendar days.")
# ---------- strategy discussion ----------
R("duty","date","2025-12-19","mgr decided strat needed today 19/12, when by?",("wd","@today",1),["STRAT"],"The S47 section also says a strategy discussion within 24 hours, which would be 20/12 (a Saturday).")
R("indirect","date","2026-04-02","My manager decided this afternoon we need to get police and health round the table to talk about this family. How soon does that conversation have to happen?",("wd","@today",1),["STRAT"],"The S47 section also says a strategy discussion within 24 hours; this row reads the Front Door 1 working day standard.")
R("newstarter","date","2027-05-28","Hi all, my TL made the decision today that a strategy discussion is needed for one of my families. When does it need to take place by?",("wd","@today",1),["STRAT"],"The S47 section also says a strategy discussion within 24 hours; this row reads the 1 working day standard.")
# ---------- transfer to Neighbourhood Team ----------
R("newstarter","date","2026-05-20","Hello, one of our CFR cases is transferring to a Neighbourhood Team at Child in Need, the planned transfer date is 29/05/2026. What's the latest date I should email the Neighbourhood Team to let them know?",("db","2026-05-29",5),["TRANS5"],"'At least 5 days' notice' is read as 5 calendar days before the transfer date; some would count working days.")
R("indirect","date","2025-12-15","Our case is moving across to the area team at CIN level on 2 January 2026. By when do I need to have told the receiving team?",("db","2026-01-02",5),["TRANS5"],"'At least 5 days' notice' is read as 5 calendar days before the transfer date; some would count working days.")

# ---------- ICPC ----------
R("duty","date","2025-12-19","strat was 19/12/25, when's the ICPC?",("wd","2025-12-19",15),["ICPC"])
R("duty","date","2026-03-20","strat 20/3 icpc by?",("wd","2026-03-20",15),["ICPC"])
R("typos","date","2027-03-15","stratagy meeting was 15.3.27 wen is the icpc due",("wd","2027-03-15",15),["ICPC"])
R("scenario","date","2026-08-20","The strategy discussion was held on 20 August 2026 after the disclosure at school on the 18th. The S47 has concluded we need a conference. What's the latest date the ICPC can be held?",("wd","2026-08-20",15),["ICPC"])
R("indirect","date","2025-05-12","We had the multi-agency meeting with police on Monday 12th May that kicked off the enquiry, and it's going to conference. By when does that first conference have to happen?",("wd","2025-05-12",15),["ICPC"])
R("manager","date","2026-01-23","ICPC was held 20/01/26, strat 02/01/26, was that in timescale?",("wd","2026-01-02",15),["ICPC"])
R("newstarter","date","2027-12-15","Hello, sorry, what does ICPC timescale mean in practice? Our strategy discussion was on 10 December 2027 - when would the Initial Child Protection Conference need to be by?",("wd","2027-12-10",15),["ICPC"])
# ---------- ICPC reports ----------
R("duty","date","2026-04-01","icpc 09/04/26, report to chair by?",("wdb","2026-04-09",3),["ICPCCHAIR"])
R("typos","date","2025-12-20","icpc is on 2nd jan wen does my reprot need to go to the chair",("wdb","2026-01-02",3),["ICPCCHAIR"])
R("manager","date","2027-06-03","ICPC 02/06/27, report sent to chair 28/05/27. Was the report in on time?",("wdb","2027-06-02",3),["ICPCCHAIR"])
R("indirect","date","2025-08-20","First child protection conference is on Thursday 28 August. What's the last day the independent chair needs my report by?",("wdb","2025-08-28",3),["ICPCCHAIR"])
R("newstarter","date","2026-12-14","Hi, my first ever ICPC is on 30 December 2026. By when do I need to share my report with the family?",("db","2026-12-30",3),["ICPCFAM"],"'At least 3 the days prior' is read as 3 calendar days before; some would count working days.")
R("scenario","date","2027-03-22","Dad works away and is only back at weekends. The initial conference is on Wednesday 31 March 2027. What's the latest I can share the report with the family so they've had it long enough?",("db","2027-03-31",3),["ICPCFAM"],"'At least 3 the days prior' is read as 3 calendar days before; some would count working days.")
# ---------- core group ----------
R("duty","date","2025-12-18","icpc 18/12, 1st core group by?",("d","2025-12-18",10),["CG"])
R("typos","date","2026-05-21","confrence was 21st may first core grp due when??",("d","2026-05-21",10),["CG"])
R("indirect","date","2027-08-24","The child was made subject to a plan at the conference on 24/08/27. When does the first meeting of the professionals and family to flesh out the plan need to happen?",("d","2027-08-24",10),["CG"])
R("manager","date","2026-04-20","ICPC 27/03/2026, first core group held 08/04/2026. In timescale?",("d","2026-03-27",10),["CG"])
R("scenario","date","2025-04-14","ICPC was Monday 14 April, the baby is due on 30 April and mum has a scan on the 22nd. The chair left the core group date to us. What's the latest date for the first core group?",("d","2025-04-14",10),["CG"])
# ---------- RCPC reports ----------
R("duty","date","2026-05-27","RCPC 05/06/26 - report to parents by?",("db","2026-06-05",3),["RCPCPAR"],"'At least 3 days prior' read as calendar days.")
R("typos","date","2025-12-29","review confernce is 5/1/26 when does the chair need my report",("db","2026-01-05",3),["RCPCCHAIR"],"'At least 3 days prior' read as calendar days; some would count working days.")
R("manager","date","2027-04-06","Review CP conference 06/04/27; plan update shared with parents 02/04/27. Did that meet the standard?",("db","2027-04-06",3),["RCPCPAR"],"'At least 3 days prior' read as calendar days; working days would give an earlier date.")
R("newstarter","date","2026-08-24","Hello! I have a review child protection conference on 1st September 2026. When does the chair need to have my report?",("db","2026-09-01",3),["RCPCCHAIR"],"'At least 3 days prior' read as calendar days; some would count working days.")
# ---------- 12 months on plan ----------
R("manager","date","2026-01-12","Child became subject to a CP plan 12/01/2025. At what date should we be looking at a professional thinking time meeting if de-planning isn't on the cards?",("m","2025-01-12",12),["CP12"])
R("indirect","date","2027-02-15","This little one has been on a protection plan since 28 Feb 2026. When does she hit the point where we should have the thinking-time meeting if things aren't improving?",("m","2026-02-28",12),["CP12"])

# ---------- PLO ----------
R("duty","date","2025-12-17","PLO letter dated 17/12/25, 1st PLO mtg by?",("d","2025-12-17",10),["PLO10"])
R("indirect","date","2026-03-27","The letter that starts pre-proceedings went out dated 27 March 2026. When do we need to have had the first meeting with the parents and their solicitor?",("d","2026-03-27",10),["PLO10"])
R("typos","date","2027-05-21","plo leter was 21/5/27 whens the first meeting need to be",("d","2027-05-21",10),["PLO10"])
R("manager","date","2025-09-01","PLO letter dated 15/08/25, first PLO meeting 27/08/25. Within timescale?",("d","2025-08-15",10),["PLO10"])
R("duty","date","2026-04-02","1st PLO mtg 02/04/26, FGC referral by?",("wd","2026-04-02",3),["FGC3"])
R("newstarter","date","2027-12-22","Hello, we had the first PLO meeting today and the parents have consented to a family group conference. When does the FGC referral need to be made?",("wd","@today",3),["FGC3"])
R("scenario","date","2025-05-02","Initial PLO meeting was on 2 May 2025. Maternal aunt and a family friend were put forward as possible carers, and the FGC is booked for 20 May. When do the viability screening requests need to go to Family Placement?",("wd","2025-05-02",3),["VIAB3"],"The standard also allows 'immediately following Family Group Conference'; this row counts from the initial PLO meeting.")
R("typos","date","2026-08-27","initial plo meetin 27/8 gran put forward as carer when does viabilty request go to family placemnt",("wd","2026-08-27",3),["VIAB3"])
R("duty","date","2026-12-21","PLO mtg 21/12 - minutes out by?",("d","2026-12-21",7),["PLOMIN"])
R("indirect","date","2025-04-14","We held the pre-proceedings meeting with mum, dad and their solicitors on 14/04/25. When do the notes setting out what was agreed need to be sent to them?",("d","2025-04-14",7),["PLOMIN"])
R("manager","date","2027-01-11","PLO meeting 29/12/26, minutes sent to parents and solicitors 07/01/27. In timescale?",("d","2026-12-29",7),["PLOMIN"])
R("duty","date","2026-02-02","PLO started 02/02/26 (1st mtg), review legal planning mtg at 12wks = ?",("w","2026-02-02",12),["PLO12"],"The standards do not say what the 12 weeks run from; counted here from the first PLO meeting.")
R("newstarter","date","2025-10-01","Hi, our case entered PLO with the first meeting on 1 October 2025. If it stays in PLO, when would the Legal Gateway meeting with the Strategic Lead be convened?",("w","2025-10-01",16),["PLO16"],"The standards do not say what the 16 weeks run from; counted here from the first PLO meeting.")
R("manager","date","2027-03-30","PLO commenced with first meeting 05/01/2027. When should the 16 week Legal Gateway have been convened?",("w","2027-01-05",16),["PLO16"],"The standards do not say what the 16 weeks run from; counted here from the first PLO meeting.")
# ---------- CIN ----------
R("duty","date","2025-12-12","deplanned at RCPC 12/12, 1st CIN mtg by?",("d","2025-12-12",20),["CIN20"])
R("indirect","date","2026-03-18","At the review conference on 18 March 2026 the child came off the protection plan and is going to be supported under a child in need plan instead. When's the first meeting of that plan due?",("d","2026-03-18",20),["CIN20"])
R("typos","date","2027-05-12","child come off cp plan at confrence 12.5.27 wen is the first cin meetin",("d","2027-05-12",20),["CIN20"])
R("duty","date","2026-12-18","transfer from CFR 18/12/26, initial CIN mtg by?",("d","2026-12-18",10),["CIN10"])
R("newstarter","date","2025-08-18","Hi, a case transferred to me from Children's First Response on 18 August 2025. When does the initial Child in Need meeting need to take place?",("d","2025-08-18",10),["CIN10"])
R("manager","date","2027-04-12","Case transferred from First Response 26/03/27; initial CIN meeting held 07/04/27. In timescale?",("d","2027-03-26",10),["CIN10"])

# ---------- Children in care ----------
R("duty","date","2026-04-02","emergency LAC 02/04/26, assessment due?",("wd","2026-04-02",20),["EMERG"])
R("scenario","date","2025-12-29","Police protection on Christmas Eve (24/12/25) then s20 agreed on the 27th, so he came into care in an emergency on 24/12. No assessment was in place. When does the assessment need to be completed?",("wd","2025-12-24",20),["EMERG"],"A reader could count from the s20 agreement on 27/12 rather than the day the child came into care.")
R("duty","date","2026-12-24","child into care 24/12 - visit by?",("wd","2026-12-24",1),["CICV1","LACSEEN1"])
R("typos","date","2025-05-23","placment changed fri 23/5 when do i have to visit",("wd","2025-05-23",1),["CICV1"])
R("manager","date","2027-04-01","Child became looked after Thu 25/03/2027, first visit 30/03. Timescale met?",("wd","2027-03-25",1),["CICV1","LACSEEN1"])
R("indirect","date","2026-05-01","Our young person moved to new carers today after the last ones gave notice. How soon do I need to go and see her there?",("wd","@today",1),["CICV1","LACSEEN1"])
R("duty","date","2025-12-23","placed 23/12/25, placement mtg by?",("wd","2025-12-23",3),["PMTG"])
R("newstarter","date","2027-08-26","Hello, a child was placed with foster carers yesterday. When does the placement meeting need to be held by?",("wd","@yesterday",3),["PMTG"],"The standard does not say what the 3 working days run from; counted from the day of placement.")
R("indirect","date","2026-04-01","The kids went to their new foster home on 31 March. When do we need the meeting with the carers to agree delegated authority?",("wd","2026-03-31",3),["PMTG"],"The standard does not say what the 3 working days run from; counted from the day of placement.")
R("typos","date","2025-08-21","placment began 21.8.25 when does carer need the updated placement plan",("wd","2025-08-21",5),["PPLAN"])
R("manager","date","2026-12-31","Placement began 22/12/26; updated placement plan given to carers 31/12/26. Within the 5 working days?",("wd","2026-12-22",5),["PPLAN"])
R("duty","date","2027-03-24","came into care 24/3/27, CiC pack + rights leaflet by?",("w","2027-03-24",3),["PACK"])
R("newstarter","date","2025-12-10","Hi, a child on my caseload came into care on 10/12/2025. By when should she have her coming into care pack?",("w","2025-12-10",3),["PACK"])
R("indirect","date","2026-08-25","A boy became looked after on 25/08/26. By when do I need to let the school, GP and other professionals know about his legal status?",("wd","2026-08-25",5),["LEGAL5"])
R("duty","date","2027-12-20","LAC from 20/12/27 - other profs told of legal status by?",("wd","2027-12-20",5),["LEGAL5"])
R("duty","date","2025-04-16","IHA - came into care 16/4/25, by when?",("wd","2025-04-16",20),["IHA"])
R("typos","date","2026-12-11","child came into care 11th dec wen does the inital helth assesment have to be done",("wd","2026-12-11",20),["IHA"])
R("scenario","date","2027-05-04","She came into care on 4 May 2027, her last GP appointment was 12 April and she has a dentist on the 20th. When does the initial health assessment have to be carried out by?",("wd","2027-05-04",20),["IHA"])
R("indirect","date","2025-08-26","Child came into care on 20/08/25. When does the meeting at school about his personal education plan need to be set up by?",("d","2025-08-20",20),["PEP"],"The standard does not say what the 20 days run from; counted from the day the child came into care.")
R("duty","date","2026-12-15","PEP mtg - into care 15/12/26, by?",("d","2026-12-15",20),["PEP"],"The standard does not say what the 20 days run from; counted from the day the child came into care.")
R("typos","date","2025-12-27","placed 27/12 care plan on system by when",("d","2025-12-27",10),["CPLAN10"])
R("newstarter","date","2027-05-25","Hello - a child was placed on 25 May 2027. When does the care plan need to be recorded on the electronic system?",("d","2027-05-25",10),["CPLAN10"])
R("duty","date","2025-12-18","LAC 18/12/25, 1st LAC review by?",("wd","2025-12-18",20),["LACREV"])
R("duty","date","2026-03-16","became LAC 16/03, ILAC review date?",("wd","2026-03-16",20),["LACREV"])
R("indirect","date","2027-03-22","A child came to live with foster carers under our care on 22/03/27. When's the first statutory meeting with the independent reviewing officer to look at his care plan due?",("wd","2027-03-22",20),["LACREV"])
R("manager","date","2026-06-10","Child became looked after 07/05/26; initial LAC review held 05/06/26. Within 20 working days?",("wd","2026-05-07",20),["LACREV"])
R("scenario","date","2025-08-11","Twins came into care on 8 August 2025 after mum's hospital admission on 6 August. Their older sister (DOB 03/09/2012) stayed with dad. When does the initial looked after review for the twins need to happen?",("wd","2025-08-08",20),["LACREV"])
R("typos","date","2026-05-20","LAC reveiw is 28/5/26 when does my report have to be with the iro",("db","2026-05-28",3),["IROREP"],"'3 days before' read as calendar days; some would count working days.")
R("indirect","date","2027-01-04","The child in care review is on Monday 11 January 2027. When does my written report need to be with the reviewing officer?",("db","2027-01-11",3),["IROREP"],"'3 days before' read as calendar days; some would count working days.")
# ---------- IRO ----------
R("manager","date","2026-04-08","IRO informal challenge raised 01/04/26 re drift. If not resolved by when does it become a formal dispute?",("wd","2026-04-01",5),["IRO5"])
R("newstarter","date","2025-12-19","Hi, the IRO has raised an informal challenge with me today about drift in the care plan. How long do I have to resolve it before it goes to a formal dispute?",("wd","@today",5),["IRO5"])
R("duty","date","2027-05-24","formal dispute raised by IRO 24/05/27, resolution by?",("wd","2027-05-24",20),["IRO20"])
R("manager","date","2026-01-05","Formal IRO dispute started 15/12/25. When should the resolution process be completed by?",("wd","2025-12-15",20),["IRO20"])
# ---------- Adoption ----------
R("indirect","date","2026-05-06","The little one moved in with her adoptive parents on 6 May 2026. From when can the adopters apply to court for the order?",("w","2026-05-06",10),["AD10W"])
R("typos","date","2027-10-04","placed with adopters 2/8/27 when can they apply for the adoption order",("w","2027-08-02",10),["AD10W"])
# ---------- Fostering ----------
R("duty","date","2025-12-22","FC supervising visit 22/12, recorded on LCS by?",("wd","2025-12-22",3),["FCREC"])
R("manager","date","2026-04-09","Foster carer visit 02/04/26, recorded 08/04/26. Within 3 working days?",("wd","2026-04-02",3),["FCREC"])
R("scenario","date","2027-03-01","We have an emergency placement for a 14 year old outside the carers' terms of approval. The Strategic Lead gave permission for a variation on 1 March 2027. What's the last day the variation can run to?",("wd","2027-03-01",6),["VAR"],"'Up to 6 working days' could be read with the day of permission as day 1 (ending 08/03); counted here as the 6th working day after it.")
R("indirect","date","2026-01-20","Grandma was approved on a temporary basis as a foster carer for her grandson on 20/01/2026. When does that temporary approval run out?",("w","2026-01-20",16),["TEMP"])
R("newstarter","date","2025-09-10","Hi, an aunt had temporary connected person approval from 12 May 2025. If it's extended, what's the latest date the extension would run to?",("w","2025-05-12",24),["TEMP"])
R("manager","date","2027-06-01","Connected carer temporary approval granted 09/04/2027. Date the 16 weeks ends?",("w","2027-04-09",16),["TEMP"])
R("typos","date","2026-08-28","carers dbs and medicals last updated 31/8/23 when are they due agian",("m","2023-08-31",36),["FCDBS"])
R("newstarter","date","2027-02-10","Hello, one of our foster carers last updated her core training on 29 February 2024. When is she due to update it again?",("m","2024-02-29",36),["FCTRAIN"])
R("manager","date","2026-09-14","Foster carer's annual review last presented to Fostering Panel 14/09/2023. When must the next panel presentation be by?",("m","2023-09-14",36),["FCPANEL"])
# ---------- case recording / open cases ----------
R("typos","date","2025-12-23","home visit 23/12 when does it need recording by",("d","2025-12-23",3),["REC3"])
R("indirect","date","2026-04-02","I did a visit this afternoon and I'm off for Easter. When does the write-up have to be on the system?",("d","@today",3),["REC3"])
R("manager","date","2026-12-01","Case file summary last updated 31/08/2026. When is the next update due to stay compliant?",("m","2026-08-31",3),["SUM3"])
R("manager","date","2027-01-18","Last authorised C&F assessment on this child is dated 18/01/2026. When does it stop being 'up to date'?",("m","2026-01-18",12),["ASS12"])

# ================= VISITS / REVIEW SCHEDULES =================
R("scenario","visits","2026-01-05","Two children on CP plans, I last saw them at home on 19/12/25 - they were seen alone. Mum's been poorly since the 28th. When's the next statutory CP visit due?",("w","2025-12-19",4),["CPV"])
R("scenario","visits","2026-03-30","Baby's been on a CP plan since January. Last statutory visit was on 13 March 2026 and I'm off over Easter. When's the latest the next visit can be?",("w","2026-03-13",4),["CPV"])
R("typos","visits","2026-04-20","last cp vist 3.4.26 wen is the next one due",("w","2026-04-03",4),["CPV"])
R("newstarter","visits","2027-08-02","Hi, I'm new to the team. My last visit to a child on a child protection plan was on 2 August 2027. When do I need to visit again by?",("w","2027-08-02",4),["CPV"])
R("scenario","visits","2025-09-15","I'm working with a family at child in need level. Last saw the 9 year old at home on 25/08/25 (bank holiday, I know - it was the only day dad was in). School meeting is on 22/09. When's my next CIN visit due?",("w","2025-08-25",6),["CINV"])
R("typos","visits","2026-11-20","cin vist last done 17/11/26 wen next",("w","2026-11-17",6),["CINV"])
R("indirect","visits","2026-12-07","The last meeting where we all review the child in need plan with the family was on 2 December 2026. When does the next one need to be?",("w","2026-12-02",6),["CINREV"])
R("newstarter","visits","2025-05-08","Hello, we had a Child in Need review meeting on 7 May 2025. How long until the next review meeting has to happen?",("w","2025-05-07",6),["CINREV"])
R("scenario","visits","2026-12-30","He was placed with foster carers on 22/12/26 and the first looked after review isn't until January. I visited on 29/12/26. When does the next statutory visit need to be?",("w","2026-12-29",1),["LACWK"])
R("indirect","visits","2025-04-22","A girl came into our care two weeks ago and hasn't had her first review yet. I last saw her at the placement on Thursday 17 April. By when do I need to see her again?",("w","2025-04-17",1),["LACWK"])
R("scenario","visits","2026-05-26","Child in care since February, first LAC review was in March, permanence plan not finalised yet. Last statutory visit 20/04/26, his contact with mum is on 28/05. When is the next visit due?",("w","2026-04-20",6),["LAC6"])
R("newstarter","visits","2027-12-21","Hi, I have a looked after child who has had her first review already and no permanence plan yet. My last statutory visit was 16/11/2027. When is the next one due?",("w","2027-11-16",6),["LAC6"])
R("manager","visits","2026-09-01","YP in permanent placement for 2 years and settled, on 12 weekly visits. Last stat visit 08/06/26. When was the next one due?",("w","2026-06-08",12),["LAC12"])
R("typos","visits","2025-12-30","baby placed with adopters, no lac reveiw yet, last vist 24/12 when next",("w","2025-12-24",1),["ADWK"])
R("scenario","visits","2027-04-05","Placement with adopters started in January and the first LAC review was held in February. The adoption order hasn't been granted. I last visited on 22/02/27. When is my next statutory visit due?",("w","2027-02-22",6),["AD6W"])
R("indirect","visits","2025-08-11","The supervising social worker last went out to see our foster carers on 14 July 2025. When do they need seeing again?",("w","2025-07-14",6),["FCV"])
R("scenario","visits","2026-04-14","I supervise a couple who have two siblings placed. My last supervisory visit to them was 24/03/26 and their annual review is in June. When's the next visit due by?",("w","2026-03-24",6),["FCV"])
R("manager","visits","2026-10-05","Foster carer's last unannounced visit 31/10/2025. When is the next unannounced visit due?",("m","2025-10-31",12),["FCUN"])
R("scenario","visits","2026-02-16","Family time arrangements for a 4 year old were set when she came into care on 19/12/25 and last reviewed on 22/12/25. Permanence plan isn't agreed. When do they need reviewing again?",("w","2025-12-22",8),["FAMTIME"])
R("newstarter","visits","2027-03-01","Hello, one of my foster carers had their annual review on 30 March 2026. When is the next annual review due?",("m","2026-03-30",12),["FCANN"])

# ================= AGES =================
R("scenario","age","2026-12-01","ICPC planned for early January. Eldest child born 03/01/2015, younger one 11/06/2018. When does the eldest turn 12 (so we'd offer an advocate)?",("age","2015-01-03",12,0),["ADV12"])
R("newstarter","age","2026-05-11","Hi, I read that children 12 or over should be offered an advocate for conference. My young person was born on 25 August 2014 - when does she turn 12?",("age","2014-08-25",12,0),["ADV12"])
R("scenario","age","2025-11-03","Little boy born 29/02/2020 might be entering PLO in the new year. When does he turn 6, as that changes whether he gets an adoption social worker allocated?",("age","2020-02-29",6,0),["ADOPT6"])
R("indirect","age","2027-01-12","We might start pre-proceedings for a girl born 14/03/2021. What's the date after which she'd be too old for the automatic adoption worker and family finder?",("age","2021-03-14",6,0),["ADOPT6"],"Read as the 6th birthday; the question asks for the day she stops being 'under 6'.")
R("scenario","age","2026-01-07","Young person came into care last year, DOB 14/11/2010, living with carers since March. When does the pathway plan need to be started?",("age","2010-11-14",15,6),["PATH"])
R("typos","age","2026-09-01","yp dob 31/8/11 when does pathway plan start",("age","2011-08-31",15,6),["PATH"])
R("newstarter","age","2026-06-15","Hello, when would a pathway plan need starting for a young person born on 5 April 2011?",("age","2011-04-05",15,6),["PATH"])
R("manager","age","2026-07-01","Audit: YP DOB 30/06/2011. Pathway plan should have started by what date?",("age","2011-06-30",15,6),["PATH"])

# ================= CHOICE =================
R("scenario","choice","2026-03-30","Conference for the two children is on Wednesday 8 April. I'm off on Good Friday. When is my report due?",("choice",("wdb","2026-04-08",3),("db","2026-04-08",3)),["ICPCCHAIR","ICPCFAM","RCPCCHAIR"],"Conference type is not stated; as a review conference both the chair and parents would need it 3 days before (05/04).")
R("indirect","choice","2027-05-04","We had the first meeting with the parents and their solicitors under pre-proceedings on 4 May 2027. What's due next from us and when?",("choice",("wd","2027-05-04",3),("d","2027-05-04",7)),["VIAB3","FGC3","PLOMIN"])
R("indirect","choice","2027-03-31","Child moved to her new foster home on 31/03/27. When are the placement bits due?",("choice",("wd","2027-03-31",3),("wd","2027-03-31",5)),["PMTG","PPLAN"])
R("newstarter","choice","2025-12-19","Hello, the S47 was started today after this morning's strategy discussion. What are the next deadlines I should be working to?",("choice",("d","@today",5),("wd","@today",15)),["S47_5","ICPC"])
R("typos","choice","2026-08-14","went to see my foster carers 14/8 whats due now",("choice",("wd","2026-08-14",3),("w","2026-08-14",6)),["FCREC","FCV"])
R("scenario","choice","2027-05-03","Baby was placed with her adopters on 3 May 2027 (bank holiday move, carers' choice). What's the next deadline?",("choice",("w","2027-05-03",1),("w","2027-05-03",10)),["ADWK","AD10W"])
R("newstarter","choice","2026-03-03","Hi, conference was 3/3, what's next due?",("choice",("d","2026-03-03",10),("d","2026-03-03",20)),["CG","CIN20"])
R("scenario","choice","2026-05-06","Looked after child, placed back in March. I last did a statutory visit on 05/05/26. When's my next visit due?",("choice",("w","2026-05-05",1),("w","2026-05-05",6)),["LACWK","LAC6"])

# ================= NONE =================
R("scenario","none","2026-03-16","ICPC was 12/03/26 and both kids are on plans. The first core group is booked. When's the first review conference due?",("none",),["N_RCPC"])
R("newstarter","none","2025-12-08","Hi, my last supervision was on 2 December 2025. When is my next supervision due according to the practice standards?",("none",),["N_SUP"])
R("typos","none","2027-05-27","early help referal came in 27/5 wen does the eh tl have to decide",("none",),["N_EH"])
R("indirect","none","2026-08-24","Adopters had the little one placed with them on 10/08/26. When does his life story book and the later life letter have to be done by?",("none",),["N_LIFE"])
R("manager","none","2027-02-01","Placement with adopters began 01/11/26. What is the deadline for the Annex A report to court?",("none",),["N_ANNEX"])
R("scenario","none","2026-11-09","Final care planning meeting on 06/11/26 agreed adoption as the plan. IRH isn't listed yet. How many days do we have to hold the SHOPBA?",("none",),["N_SHOPBA"])
R("typos","none","2025-12-29","yp went missing 27/12 came back 28/12 whens the return home interview due",("none",),["N_MISS"])
R("newstarter","none","2026-04-13","Hello, a child came into care on 13 April 2026 and isn't in proceedings. By what date must the permanency plan be in his care plan?",("none",),["N_PERM"],"The standards tie this to the second review, whose date they do not set; a reader could build a date from statutory review timescales outside this document.")
R("scenario","none","2027-01-11","The carers rang today (11/01/27) saying they're struggling and the placement feels shaky. How many days do we have to hold the support meeting?",("none",),["N_SUPPORT"])
