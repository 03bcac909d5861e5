# Structured description of every row. oracle.py computes due/count from `op`.
# op = (unit, start, n): wd = working days after, wdb = working days before, d = calendar days after,
# db = calendar days before, w = weeks after, m = months after, age = (years, months) after date of birth.
PHRASES = {
 'contact': 'decisions made by what action are required by a Team Leader within 1 working day',
 'initdec': 'Initial decisions will be made about the action required within 1 working day',
 'refact': 'Referrals will be actioned by a social worker within 1 working day',
 'sameday': 'the child / children will be seen by the Social Worker the same day',
 's47disc': 'Within 5 days of the Section 47 being initiated',
 'alloc': 'All cases will be allocated to a social worker to complete a Child and Family Assessment within 3 working days',
 'tlrev': 'All assessments will be reviewed by the Team Leader within 15 working days',
 'ass45': 'Assessments must all be completed within 45 days',
 'strat': 'a strategy discussion is required, this must happen within 1 working day',
 'strat24': 'A strategy discussion within 24 hours involving all relevant agencies',
 'transfer': 'Within the 5 days’ notice period, the Children’s First Response Social Worker and the allocated Neighbourhood Team Social Worker will complete a joint visit',
 'icpc': 'Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion',
 'icpcfam': 'The report will be shared with family at least 3 the days prior to conference',
 'icpcchair': 'The report will be sent to the child protection chair 3 working days before the conference',
 'advocate': 'if they are 12 or over they should be offered an advocate',
 'cg1': 'held within 10 days of the conference',
 'cpvisit': 'Visits to a child subject to a CP plan will take place at least every 4 weeks',
 'rcpcpar': 'This report must be shared with parents at least 3 days prior to the review conference',
 'rcpcchair': 'The report will be available to the conference chair at least 3 days prior to the review conference',
 'cp12': 'when they have been subject to a plan for 12 months',
 'plo1': 'The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter',
 'fgc': 'Referral should be made within 3 working days of the first PLO meeting',
 'viab': 'Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting',
 'plomin': 'distributed to parents and their legal representation within 7 days of the meeting',
 'plorev': 'Review PLO meetings with parents to be held every 4-6 weeks',
 'plo12': 'A review legal planning meeting will be held at 12 weeks',
 'plo16': 'a Legal Gateway meeting will be convened at 16 weeks',
 'plo4': 'In exceptional circumstances a further period of 4 weeks will be agreed in PLO',
 'cin20': 'will set the first CIN meeting within 20 days',
 'cin10': 'the initial CIN meeting must take place within 10 days',
 'cinrev': 'CIN review meetings will be held at least every 6 weeks',
 'cinvisit': 'A child subject to a CIN plan will be seen at least every 6 weeks',
 'emerg': 'If it is an emergency / unplanned admission the assessment will be completed within 20 working days',
 'cicvisit1': 'The child will be visited within 1 working day of coming into care or having a change in placement',
 'seen1': 'All looked after children will be seen within 1 working day of placement',
 'placemtg': 'The placement meeting will be held within 3 working days',
 'pplan': 'an updated copy given to the carers within 5 working days of the placement beginning',
 'famtime': 'reviewed at least every 8 week until the plan for permanence is agreed',
 'pack': 'The child will be provided with a coming into care pack, children rights leaflet within 3 weeks',
 'legal': 'All other professionals involved with the child will be informed of the child’s legal status within 5 working days',
 'iha': 'An initial health assessment will be requested and carried out within 20 working days',
 'pep': 'A PEP meeting will be arranged within the school within 20 days',
 'lacweekly': 'Statutory looked after visits must happen weekly until the first looked after review',
 'lac6': 'then a minimum of every 6 weeks thereafter until the plan for permanence is finalised',
 'lac12': 'Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement and been there for over 12 months',
 'careplan': 'An up to date care plan will be recorded on the electronic system within 10 days of placement',
 'lacrev1': 'The initial Looked After Review must take place within 20 working days of the child becoming looked after',
 'pathway': 'A pathway plan will be started when the young person is 15 years 6 months',
 'iroreport': 'this will be with the IRO 3 days before the review',
 'irochal': 'If the challenge is not resolved within 5 working days a formal dispute will be raised',
 'irodisp': 'The formal dispute resolution process should be completed from start to finish within 20 working days',
 'adopt6': 'If a child under the age of 6 enters PLO or proceedings',
 'adoptweekly': 'Once the child is placed weekly statutory visits will take place until the first Looked After Review',
 'adopt6wk': 'visits will be a minimum of 6 weekly until the Adoption Order is Granted',
 'adopt10': 'Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order',
 'fcvisit': 'Trafford foster carers are visited at least once every six weeks',
 'fcrecord': 'a record of this visit is recorded on LCS within 3 working days',
 'fcunann': 'All Trafford foster carers will have an unannounced visit at least once every 12 months',
 'fcannual': 'All Trafford foster carers will have an annual review including an updated Safer Caring Policy',
 'fcpanel': 'Every foster carer will have an annual review presented to the Fostering Panel at least every three years',
 'fcdbs': 'All foster carers will have updated statutory references, medicals and DBS checks at least every three years',
 'fctrain': 'All Trafford foster carers must update their core training at least every three years',
 'variation': 'This can only be given for up to 6 working days',
 'temp16': 'Temporary approval is for 16 weeks but can be extended for a further 8 weeks',
 'temp16a': 'Temporary approval is for 16 weeks but',
 'temp16b': 'but can be extended for a further 8 weeks',
 'record3': 'any event or contact is recorded within 3 days',
 'summary': 'A clear and concise case file summary which has been updated within the last 3 months',
 'ass12m': 'An up to date assessment (within the last 12 months) on each child',
 # phrases used only for `none` rows (the nearest text, which sets no timescale)
 'nextconf': 'The child protection chair will set the date of the next conference',
 'newlac': 'a new LAC review will be set in accordance with the timescales',
 'supervision': 'monitored through supervision which takes place in line with the supervision policy',
 'corgrp': 'The multi –agency plan and the targets agreed and outcomes expected are reviewed at every core group',
 'pepterm': 'subsequently reviewed within the statutory guidelines at least 1 per term',
 'irocontact': 'The IRO will contact the child between reviews to ensure the progress of the plan',
 'shopba': 'This needs to take place after the area teams final care planning meeting',
 'lifestory': 'The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child',
 'pathrev': 'will be reviewed by the IRO as part of the statutory review',
 'legalref': 'a referral to legal for legal advice should be made and consideration given to the use of Public Law Outline',
 'familyfocus': 'a referral should be made to Family Focus by emailing the team',
 'cinminutes': 'Everyone involved in the CIN meeting will receive a copy of the updated CIN plan',
 'stratrec': 'All strategy discussions will be recorded by the social worker',
 'annexa': 'The Social Worker will complete the Annex A suitability report for Court',
}

ROWS = []
def R(voice, kind, today, q, op, keys, amb=None, why=None):
    r = {'voice': voice, 'kind': kind, 'today': today, 'q': q, 'keys': keys}
    if kind == 'choice': r['ops'] = op
    elif kind != 'none': r['op'] = op
    if amb: r['amb'] = amb
    if why: r['why'] = why
    ROWS.append(r)

# ---------------- Front Door / assessments ----------------
R('duty','date','2025-12-24','contact in 24/12 pm, TL decision by when?',('wd','2025-12-24',1),'contact')
R('indirect','date','2025-12-23','A police notification landed with the front door this morning. How long has the team leader got to screen it and decide what we do?',('wd','2025-12-23',1),'contact')
R('typos','date','2026-04-02','recieved a contcat on 2.4.26 when does a TL have to make the decison on it',('wd','2026-04-02',1),'contact')
R('scenario','date','2025-05-02','School rang on Friday 2nd May about a 7 year old with bruising to his arm, consent not yet given by mum. It has been logged as a contact on the system. By when should a Team Leader have made the decision about what action is needed?',('wd','2025-05-02',1),'contact')
R('newstarter','date','2027-08-27','Hello, sorry if this is a basic question - I am new to the referral team. A referral came through today (Friday) at level 4. By what date does a social worker need to have actioned it?',('wd','2027-08-27',1),'refact')
R('indirect','date','2026-12-24','Level 5 referral in on Christmas Eve. When does it have to have been picked up and worked on by one of us?',('wd','2026-12-24',1),'refact')
R('manager','date','2026-05-27','Level 4 referral came in 22/05/26, TL initial decision recorded 26/05. Was that within the standard?',('wd','2026-05-22',1),'initdec')
R('indirect','date','2027-03-25','Once a referral at child in need or CP level is in, when does the team leader need to have said what we are going to do with it? This one came in on 25/03/27.',('wd','2027-03-25',1),'initdec')
R('scenario','date','2026-03-11','Referral from A&E on Wed 11 March: a 4 month old with an unexplained fracture. Team leader agreed it goes straight to a S47 the same afternoon. Baby was born 02/11/25. When does the social worker have to see the child?',('d','2026-03-11',0),'sameday')
R('duty','date','2025-08-22','s47 initiated 22/8. mgr progress discussion due?',('d','2025-08-22',5),'s47disc')
R('indirect','date','2026-12-21','We started child protection enquiries on Monday 21st. When do I need to sit down with my manager to talk about how the enquiries are going and agree next steps?',('d','2026-12-21',5),'s47disc')
R('typos','date','2027-05-28','s47 startd 28th may, wen do i need the progess chat with my manger',('d','2027-05-28',5),'s47disc')
R('duty','date','2025-12-19','ref accepted for C&F 19/12, allocation by?',('wd','2025-12-19',3),'alloc')
R('indirect','date','2026-04-01','The case came over to the assessment team on 1 April 2026 and nobody has picked it up yet. What is the latest date a worker should have been put on it?',('wd','2026-04-01',3),'alloc')
R('scenario','date','2027-12-23','Referral about a 14 year old girl going missing overnight was accepted for an assessment on Thursday 23 December 2027. Her last missing episode was 10/12/27. My TL is off until the new year. When should the case have been allocated to a worker?',('wd','2027-12-23',3),'alloc')
R('scenario','date','2025-12-15','I started an assessment on Monday 15 December 2025 for a family with three children. The youngest turns 1 on 02/01/26 and mum has a court date on 07/01/26. When does my team leader need to review the assessment?',('wd','2025-12-15',15),'tlrev')
R('typos','date','2026-03-20','assesment started 20/03 when does my TL have to review it by',('wd','2026-03-20',15),'tlrev')
R('indirect','date','2027-05-10','I opened the assessment on my family on 10.05.27. At what point does my team leader have to look over it and decide if more work is needed?',('wd','2027-05-10',15),'tlrev')
R('manager','date','2026-01-20','C&F started 17/12/25, TL reviewed 09/01/26. In timescale?',('wd','2025-12-17',15),'tlrev')
R('scenario','date','2025-11-20','New referral for a 2 year old from the health visitor about home conditions. Dad had a previous assessment in 2023 that closed on 05/06/23. I started the Child and Family Assessment today, 20/11/25. What is the final date it must be completed by?',('d','2025-11-20',45),'ass45')
R('newstarter','date','2026-02-16','Could someone tell me the final completion date for a Child and Family Assessment that began on 16 February 2026? I understand there is an overall limit.',('d','2026-02-16',45),'ass45')
R('indirect','date','2027-03-01','How long have I got in total to get the whole assessment finished and signed off? I started it on the 1st March.',('d','2027-03-01',45),'ass45')
R('scenario','date','2025-04-30','I started a Child and Family assessment on 14/03/25 after a referral from health visitor. Mum has a new partner who moved in on 1 April. The assessment is taking longer because of the partner checks. What is the absolute last day it must be completed?',('d','2025-03-14',45),'ass45')
R('manager','date','2027-01-10','Audit question: assessment opened 12/11/26 and authorised 30/12/26. Did it meet the completion timescale?',('d','2026-11-12',45),'ass45')
R('duty','date','2026-08-28','mgmt decision for strat fri 28/8, strat by?',('wd','2026-08-28',1),'strat',amb='The S47 section also says a strategy discussion "within 24 hours", which would give Sat 29 Aug if read as clock hours.')
R('indirect','date','2025-04-17','My manager has just decided we need the multi-agency discussion with police and health about this child before deciding on enquiries. Today is Thursday before Easter. By when has that got to happen?',('wd','2025-04-17',1),'strat',amb='The S47 section says "within 24 hours", which would give Fri 18 Apr (Good Friday) if read as clock hours.')
R('scenario','date','2026-09-01','Assessment finished 28/08/26 and says the case needs to move to a Neighbourhood Team at CIN. I emailed the Neighbourhood Team with notice today, 1 September. By when do we need to have done the joint visit with the new worker?',('d','2026-09-01',5),'transfer',amb='The 5 days\' notice could be read as 5 working days (8 Sep).')
R('indirect','date','2027-04-29','The first response team told the neighbourhood team by email on 29/4/27 that this family is coming over. When is the last day for the old worker and the new worker to go out together to introduce themselves?',('d','2027-04-29',5),'transfer',amb='The 5 days\' notice could be read as 5 working days (7 May, after the 3 May bank holiday).')

# ---------------- S47 / ICPC / CP ----------------
R('duty','date','2025-12-22',"strat was 19/12/25, when's the ICPC?",('wd','2025-12-19',15),'icpc')
R('scenario','date','2026-03-31','Strategy discussion took place this morning (31 March 2026) about a 5 year old who disclosed being hit with a belt. The S47 is ongoing and the medical is booked for 02/04/26. If we go to conference, what is the last date it can be held?',('wd','2026-03-31',15),'icpc')
R('typos','date','2027-03-24','strat meeting was on 23.3.27 whats the latest date for the icpc',('wd','2027-03-23',15),'icpc')
R('indirect','date','2026-05-06','The police and health and I had our first multi-agency meeting about this baby on 5 May. The enquiries are pointing towards needing a formal multi-agency meeting with the family where everyone decides on a protection plan. What is the last date that can happen?',('wd','2026-05-05',15),'icpc')
R('indirect','date','2025-08-26','When does the first big meeting to decide whether the child needs a protection plan have to be held by, if we had the first strategy meeting on 15th August?',('wd','2025-08-15',15),'icpc')
R('scenario','date','2026-12-17','We held the strategy discussion on Wednesday 16 December 2026 after a disclosure at school. The child is 9 (DOB 03/06/2017) and the section 47 was agreed the same day. A further strategy meeting is booked for 22/12/26. By what date must the initial conference be held?',('wd','2026-12-16',15),'icpc',amb='Counted from the initial strategy discussion (16 Dec) as the standard says; someone might wrongly count from the later strategy meeting on 22 Dec.')
R('scenario','date','2025-04-10','Initial strat for two siblings was held on Thursday 10 April. The older child has a review health assessment on 24 April and the family are going away for Easter. When is the latest date we can hold the ICPC?',('wd','2025-04-10',15),'icpc')
R('manager','date','2026-01-20','ICPC was held 20/01/26, strat 02/01/26, was that in timescale?',('wd','2026-01-02',15),'icpc')
R('manager','date','2027-06-15','Strat 24/05/27, ICPC 14/06/27. Within 15 working days or out of timescale?',('wd','2027-05-24',15),'icpc')
R('newstarter','date','2026-08-20','Hi all, I have my first initial child protection conference. The strategy discussion was on 20 August 2026. Please could you confirm the date the conference must be held by?',('wd','2026-08-20',15),'icpc')
R('scenario','date','2026-04-01','My initial conference is on Thursday 9 April 2026. The strategy discussion was on 19/03/26 and I am on leave on 7 April. By what date does my signed-off report need to reach the child protection chair?',('wdb','2026-04-09',3),'icpcchair')
R('indirect','date','2025-12-22','The conference is booked for 2 January 2026. When does my report need to be with the person chairing it?',('wdb','2026-01-02',3),'icpcchair')
R('typos','date','2027-05-28','icpc is fri 4th june, wen do i send my report to the cp chair?? ',('wdb','2027-06-04',3),'icpcchair')
R('newstarter','date','2025-05-20','Apologies if this is obvious, but for an initial conference on Wednesday 28 May 2025, what is the last day I can share my report with the parents?',('db','2025-05-28',3),'icpcfam',amb='"at least 3 days prior" could be read as 3 clear days (24 May) or as working days (22 May).')
R('indirect','date','2026-12-21','Mum and dad need to see what I have written before the first conference on 30/12/26. How far ahead do I have to give it to them, what date?',('db','2026-12-30',3),'icpcfam',amb='"at least 3 days prior" could be read as 3 clear days (26 Dec) or as working days.')
R('scenario','age','2027-02-01','A 13 year old boy is going to his initial conference. He was born 01/02/2014 and today is his birthday. Conference is 10 Feb. Since he is over 12 should he be offered an advocate, and from what date was he 12?',('age','2014-02-01',(12,0)),'advocate')
R('scenario','date','2025-12-30','The baby was made subject to a child protection plan at the ICPC today, 30 December. The next review conference is set for 30/03/26. Half the core group are off until 5 January. When is the latest the first core group can be?',('d','2025-12-30',10),'cg1')
R('indirect','date','2026-05-20','The conference on 20 May put the child on a plan. When do we have to get the smaller group of professionals and parents together to put detail on the plan?',('d','2026-05-20',10),'cg1')
R('typos','date','2027-08-24','cp plan made at conferance 24/8 , first core grp date pls',('d','2027-08-24',10),'cg1')
R('manager','date','2026-04-20','ICPC 31/03/26, first core group held 13/04/26 because of Easter. Compliant?',('d','2026-03-31',10),'cg1')
R('scenario','date','2025-12-19','Three children became subject to CP plans at the ICPC on Friday 19/12/25. The next review conference was set for 19/03/26. The chair asked for the first core group but the school is closed over Christmas. What is the latest date for it?',('d','2025-12-19',10),'cg1')
R('newstarter','date','2027-06-02','I am a newly qualified worker. The child was made subject to a child protection plan at conference on 28 May 2027. When does the first core group need to take place?',('d','2027-05-28',10),'cg1')
R('duty','date','2026-05-27','review conf 5/6/26, report to parents + chair by?',('db','2026-06-05',3),['rcpcpar','rcpcchair'])
R('indirect','date','2027-03-22','The six-month review of the protection plan is on Thursday 1 April 2027. What date do the parents need to have my update of the plan by?',('db','2027-04-01',3),'rcpcpar')
R('manager','date','2025-09-01','RCPC held 29/08/25; chair received the plan update on 27/08/25. Was that within the standard?',('db','2025-08-29',3),'rcpcchair')
R('scenario','date','2026-02-10','Two brothers became subject to CP plans on 10/02/25; the plans were reviewed on 12/05/25 and 10/11/25 and not much has changed. When do they reach 12 months on the plan, so we need a professional thinking time meeting?',('m','2025-02-10',12),'cp12')
R('indirect','date','2027-01-04','The kids went on a protection plan on 28 Feb 2026. Nothing is really changing. When do they hit a year on the plan so we need the thinking time meeting?',('m','2026-02-28',12),'cp12')

# ---------------- visits / review schedules ----------------
R('duty','visits','2026-03-05','CP visit last 3/3, next one by?',('w','2026-03-03',4),'cpvisit')
R('typos','visits','2025-12-29','last seen the child on cp plan 2nd dec, when is next visit due',('w','2025-12-02',4),'cpvisit')
R('indirect','visits','2027-04-01','I last saw the boy at home on 11/03/27 and he is on a protection plan. What is the latest I can leave it before seeing him again?',('w','2027-03-11',4),'cpvisit')
R('manager','visits','2026-06-10','CP child seen at home 05/05/26 then 04/06/26. Is the visiting frequency met?',('w','2026-05-05',4),'cpvisit')
R('scenario','visits','2025-08-29','Child on a CIN plan, last home visit was Tuesday 19 August. I also saw her at school on 27/08 but not at home. When is my next CIN visit due at the latest?',('w','2025-08-19',6),'cinvisit',amb='Counted from the last home visit, because the standard says only home visits count as CIN visits; the school visit on 27 Aug does not restart the clock.')
R('duty','visits','2026-12-18','CIN visit 18/12, next due?',('w','2026-12-18',6),'cinvisit')
R('indirect','visits','2027-05-26','For a child who is being supported under a child in need plan, how long can I go between seeing him at home? Last went out Wednesday 26/5/27, what date is the next one due?',('w','2027-05-26',6),'cinvisit')
R('newstarter','visits','2025-05-30','Good afternoon, the last Child in Need review meeting for my family was held on 30 May 2025. When should the next review meeting be held by?',('w','2025-05-30',6),'cinrev')
R('indirect','visits','2026-04-07','We had the last get-together with the family and school to go through the child in need plan on 7 April. When should the next one be?',('w','2026-04-07',6),'cinrev')
R('scenario','visits','2027-01-05','A 7 year old came into care on 29/12/26 and his first looked after review is booked for 26/01/27. I did a statutory visit yesterday, Monday 4 January. When does the next statutory visit need to be?',('w','2027-01-04',1),'lacweekly')
R('scenario','visits','2026-09-01','Looked after child, first review was held on 14/07/26 and the plan for permanence is not finalised yet. My last statutory visit was on 28 July. When is the next visit due?',('w','2026-07-28',6),'lac6')
R('indirect','visits','2025-12-22','For a child in our care, after the first review has happened, how often do I need to visit? Last saw him on Monday 15 December 2025, when is the next one due?',('w','2025-12-15',6),'lac6',amb='Assumes the permanence plan is not yet finalised; if the child is in a settled permanent placement for over 12 months visits could move to 12 weekly.')
R('manager','visits','2027-09-01','Child in permanent placement since 01/06/24, settled, on 12 weekly visits. Last visit 07/06/27. When is the next statutory visit due?',('w','2027-06-07',12),'lac12')
R('typos','visits','2025-05-23','supervisng sw visit to foster carers was 23rd may, next 1 by when',('w','2025-05-23',6),'fcvisit')
R('indirect','visits','2026-12-29','I supervise a foster family. I last went out to see the carers on 17/11/26. When must I see them again?',('w','2026-11-17',6),'fcvisit')
R('scenario','visits','2026-10-20','A 6 year old was placed with adopters on 01/09/26 and the first looked after review was on 22/09/26. I visited on 13/10/26. When is my next statutory visit due?',('w','2026-10-13',6),'adopt6wk')
R('indirect','visits','2025-08-20','Little one moved in with the family who are going to adopt him on 18 August and his first review has not happened yet. I saw him there on Wednesday 20/08/25. When do I next have to go?',('w','2025-08-20',1),'adoptweekly')
R('scenario','visits','2027-04-06','The parents have been in PLO since March. The last review PLO meeting with them and their solicitors was held on 2 March 2027 and the initial one on 26/01/27. When is the next review PLO meeting due at the latest?',('w','2027-03-02',6),'plorev',amb='The standard says every 4-6 weeks; due is the outer limit (6 weeks), the earliest point would be 30 Mar 2027.')
R('indirect','visits','2026-05-21','We set up contact with mum and dad when the child came into care. The arrangements were last looked at on 26/03/26. When do they need looking at again?',('w','2026-03-26',8),'famtime')
R('newstarter','visits','2025-12-17','Hello, could you help me work out when the next unannounced visit to one of our foster carers is due? The last unannounced visit was on 17 December 2024.',('m','2024-12-17',12),'fcunann')

# ---------------- PLO ----------------
R('scenario','date','2026-03-27','Legal Gateway on 24/03/26 agreed PLO for a family with a newborn. The PLO letter is dated Friday 27 March 2026. Mum has said she may not get a solicitor. When does the first PLO meeting need to be held by?',('d','2026-03-27',10),'plo1')
R('indirect','date','2025-12-19','The letter that starts pre-proceedings went out to the parents today, 19 December. When do we need to have the first meeting with them and their solicitor?',('d','2025-12-19',10),'plo1')
R('scenario','date','2027-05-25','Legal gateway on 18/05/27 agreed PLO. The letter before proceedings is dated 24 May 2027 and was hand delivered on 25 May. Dad says his solicitor can only do June. When must the first meeting happen?',('d','2027-05-24',10),'plo1',amb='Counted from the date on the PLO letter (24 May) as the standard says, not the delivery date (25 May).')
R('scenario','date','2025-04-16','We held the first PLO meeting on Wednesday 16 April 2025 and no family group conference has happened yet. Both parents consented at the meeting. The PLO letter was dated 04/04/25. When must the FGC referral be made?',('wd','2025-04-16',3),'fgc')
R('indirect','date','2026-12-23','Parents agreed at the first pre-proceedings meeting on 23/12/26 to have a family meeting with the wider family. By when do I have to send off the referral for that?',('wd','2026-12-23',3),'fgc')
R('typos','date','2027-03-25','initial plo meeting was 25/3, nan and aunty put forward as carers. when do i send the viabilty request to family placement?',('wd','2027-03-25',3),'viab')
R('indirect','date','2025-08-21','Grandparents were named as possible carers at the first pre-proceedings meeting on Thursday. Today is Thursday 21/08/25. By when does the request for the team to screen them as carers need to go in?',('wd','2025-08-21',3),'viab')
R('scenario','date','2026-05-01','The initial PLO meeting was held on Friday 1 May 2026. Mum was present with her solicitor; dad did not attend. The next review PLO meeting is pencilled for 12/06/26. When do the minutes with the agreed expectations need to go to the parents and their lawyers?',('d','2026-05-01',7),'plomin')
R('manager','date','2025-12-31','PLO meeting 19/12/25, minutes sent to parents 29/12/25. Within timescale?',('d','2025-12-19',7),'plomin')
R('newstarter','date','2027-08-25','Hi, I am covering for a colleague. A pre-proceedings meeting took place on 25 August 2027. What is the deadline to get the minutes out to the parents and their legal representative?',('d','2027-08-25',7),'plomin')
R('duty','date','2026-06-15','PLO started 09/03/26 (letter date). 12 wk legal planning mtg date?',('w','2026-03-09',12),'plo12',amb='The standard does not say what the 12 weeks run from; counted from the PLO letter date given.')
R('indirect','date','2025-03-10','Pre-proceedings started for this family with the letter dated 10 March 2025. When is the meeting with our solicitor to review whether to go back to gateway?',('w','2025-03-10',12),'plo12',amb='The standard does not say what the 12 weeks run from; counted from the PLO letter date.')
R('scenario','date','2026-12-15','Family entered PLO on 25/08/26 (letter date). At the 12 week review legal planning meeting threshold was still met. If the case stays in PLO, when should the Legal Gateway meeting with the Strategic Lead be convened?',('w','2026-08-25',16),'plo16',amb='The standard does not say what the 16 weeks run from; counted from the PLO letter date.')
R('manager','date','2027-04-30','PLO commenced 04/01/27. Review legal planning meeting held 06/04/27. Was that at 12 weeks?',('w','2027-01-04',12),'plo12',amb='The standard does not say what the 12 weeks run from; counted from the PLO start date given.')

# ---------------- CIN ----------------
R('scenario','date','2026-04-02','At the review conference on 2 April 2026 the chair agreed the child no longer needs a CP plan, and she has been on a plan since 02/10/25. An outline CIN plan was agreed. When does the first CIN meeting need to be?',('d','2026-04-02',20),'cin20')
R('indirect','date','2025-12-10','At the review conference on 10 December 2025 the children came off their protection plans. When is the first meeting under the new child in need plan due?',('d','2025-12-10',20),'cin20')
R('typos','date','2027-03-12','kids taken off cp plan on 12/3, wen is the frist cin meeting due',('d','2027-03-12',20),'cin20')
R('scenario','date','2026-08-21','Case has come over to us from Childrens First Response. The transfer was done on Friday 21 August 2026, the assessment was completed on 17/08/26 and the joint visit was 20/08. When must the initial CIN meeting take place?',('d','2026-08-21',10),'cin10',amb='Counted from the transfer date (21 Aug); someone could count from the assessment completion or joint visit.')
R('indirect','date','2025-05-23','The first response team handed this family over to us on 23/05/25. When do we need to have the first child in need meeting?',('d','2025-05-23',10),'cin10')
R('newstarter','date','2027-12-22','Hello, a case transferred to my Neighbourhood Team from Trafford Children\'s First Response on 22 December 2027. When should the initial Child in Need meeting be held?',('d','2027-12-22',10),'cin10')

# ---------------- Children in care ----------------
R('duty','date','2025-12-24','emergency LAC 24/12, assessment due?',('wd','2025-12-24',20),'emerg')
R('scenario','date','2026-04-02','A 3 year old came into care in an emergency on Thursday 2 April 2026 after police protection. There was no up to date assessment. Her older brother came into care back in 2024. By when must the assessment of her needs be done?',('wd','2026-04-02',20),'emerg')
R('indirect','date','2025-08-22','Child came into care on Friday 22/08/25 without any planning. How long do we have to complete an assessment of his needs?',('wd','2025-08-22',20),'emerg')
R('duty','date','2026-12-24','placed 24/12 pm. visit by?',('wd','2026-12-24',1),['cicvisit1','seen1'])
R('indirect','date','2027-05-28','Young person moved to a new foster home on Friday 28 May. When must I go and see her in the new home?',('wd','2027-05-28',1),'cicvisit1')
R('typos','date','2025-04-17','child placed in care 17/4/25 wen do i need to visit by',('wd','2025-04-17',1),['cicvisit1','seen1'])
R('manager','date','2026-01-05','Child placed 31/12/25, first visit 02/01/26. In timescale?',('wd','2025-12-31',1),['cicvisit1','seen1'])
R('scenario','date','2027-03-25','A 15 year old was placed in a new foster placement today, Thursday 25 March 2027, after his previous placement broke down on 20/03/27. The carers have the placement plan. When is the placement meeting due?',('wd','2027-03-25',3),'placemtg')
R('indirect','date','2025-12-22','We placed a teenager in residential on 22/12/25. When do we need the meeting with the carers to agree delegated authority and share the rest of the information?',('wd','2025-12-22',3),'placemtg')
R('scenario','date','2026-05-01','Two siblings were placed with foster carers on Friday 1 May 2026. The placement plan was given to the carers at the point of placement. The placement meeting is booked for 6 May. By when must the carers get the updated placement plan?',('wd','2026-05-01',5),'pplan')
R('newstarter','date','2026-08-26','Sorry, I am still learning the placement paperwork. A child was placed on 26 August 2026. What is the deadline for giving the carers the updated placement plan?',('wd','2026-08-26',5),'pplan')
R('indirect','date','2027-12-20','A 10 year old came into our care on 20/12/27. When does she need to get the pack and the leaflet about her rights?',('w','2027-12-20',3),'pack')
R('typos','date','2025-05-02','kid became lac on 2/5/25 wen do i give the coming into care pack',('w','2025-05-02',3),'pack')
R('newstarter','date','2026-12-22','Sorry to ask, I am new in post. A child became looked after today, 22 December 2026. By when do I need to let the other professionals know about his legal status?',('wd','2026-12-22',5),'legal')
R('indirect','date','2025-04-14','Child became looked after on Monday 14 April. By when do the school, GP and health visitor need to know he is now in care?',('wd','2025-04-14',5),'legal')
R('scenario','date','2027-03-22','Baby came into care on Monday 22 March 2027 under an EPO; her mum\'s next hearing is 29/03/27 and her last health visitor check was 01/03/27. What is the deadline for the initial health assessment?',('wd','2027-03-22',20),'iha')
R('indirect','date','2025-12-01','By what date should the child\'s first medical after coming into care be requested and done? He came in on 1 December 2025.',('wd','2025-12-01',20),'iha')
R('scenario','date','2026-05-26','A 12 year old boy became looked after on 18/05/26. He has asthma and his last GP appointment was 02/04/26. The school has asked when the initial health assessment will happen. What is the deadline?',('wd','2026-05-18',20),'iha')
R('newstarter','date','2025-08-18','Hello, I have been asked to arrange a PEP for a child placed on 18 August 2025. What is the deadline for the first PEP meeting?',('d','2025-08-18',20),'pep',amb='The standard says "within 20 days" without saying from what; counted from placement.')
R('indirect','date','2027-04-27','The child started in care on 27 April 2027. By when does the meeting at school about his education plan have to be set up?',('d','2027-04-27',20),'pep',amb='The standard says "arranged within the school within 20 days" without saying from what; counted from the date the child came into care.')
R('newstarter','date','2026-03-30','Please could someone confirm when the care plan has to be recorded on the system? The child was placed on 30 March 2026.',('d','2026-03-30',10),'careplan')
R('indirect','date','2027-08-25','By when must the plan setting out the child\'s needs and services be written up on the system? She was placed on Wednesday 25 August.',('d','2027-08-25',10),'careplan')
R('duty','date','2025-12-18','became LAC 18/12/25, 1st LAC review by?',('wd','2025-12-18',20),'lacrev1')
R('typos','date','2027-05-31','lac from 26th may 2027, initial review date??',('wd','2027-05-26',20),'lacrev1')
R('indirect','date','2026-08-24','When must the first meeting chaired by the independent reviewing officer happen for a child who came into care on 24 August?',('wd','2026-08-24',20),'lacrev1')
R('scenario','date','2026-12-21','Sibling group of three became looked after on Monday 21 December 2026 under an interim care order. The eldest has a court hearing on 11/01/27. When is their initial Looked After Review due?',('wd','2026-12-21',20),'lacrev1')
R('manager','date','2025-06-20','Child became looked after 06/05/25; initial LAC review held 04/06/25. Compliant?',('wd','2025-05-06',20),'lacrev1')
R('newstarter','date','2027-03-30','Hi, my child\'s looked after review is on Friday 9 April 2027. When does my written report need to be with the IRO?',('db','2027-04-09',3),'iroreport',amb='"3 days before" could be read as working days (6 Apr).')
R('indirect','date','2025-12-29','The next meeting to review the care plan with the reviewing officer is on 2 January 2026. When does the reviewing officer need my written report?',('db','2026-01-02',3),'iroreport',amb='"3 days before" could be read as working days (24 Dec 2025).')

# ---------------- IRO / adoption / fostering / recording ----------------
R('indirect','date','2026-04-02','The reviewing officer raised an informal concern with me about drift on 2 April 2026. If it is not sorted, when would it turn into a formal dispute?',('wd','2026-04-02',5),'irochal')
R('manager','date','2025-12-31','IRO formal dispute raised 15/12/25. Resolution process must be complete by?',('wd','2025-12-15',20),'irodisp')
R('indirect','date','2027-05-04','The IRO started the formal dispute process on 4/5/27. How long does the whole thing have to be wrapped up in, what date?',('wd','2027-05-04',20),'irodisp')
R('scenario','date','2026-03-04','A brother and sister were placed with their adopters on Wednesday 4 March 2026. The placement order was made on 10/12/25. The adopters want to know the earliest date they can apply for the adoption order.',('w','2026-03-04',10),'adopt10')
R('indirect','date','2027-08-26','The little boy moved in with his new forever family on 24/06/27. From what date can they put their application in to court to make it permanent?',('w','2027-06-24',10),'adopt10')
R('scenario','date','2025-08-22','I did my supervising visit to a foster family on Friday 22 August 2025; their annual review is on 15/09/25. When does the record of the visit need to be on LCS?',('wd','2025-08-22',3),'fcrecord')
R('indirect','date','2026-12-23','I went out to see my foster carers on 23 December. When is the latest I can get the write-up on the system?',('wd','2026-12-23',3),'fcrecord')
R('scenario','date','2026-06-01','Our foster carers were approved in 2019. Their last annual review was held on 10 June 2025 and chaired by an IRO. Their panel review was in 2024. When is their next annual review due?',('m','2025-06-10',12),'fcannual')
R('manager','date','2027-01-12','Foster carer annual review last presented to Fostering Panel 14/01/24. By when must a review go to panel again?',('m','2024-01-14',36),'fcpanel')
R('typos','date','2026-02-02','foster carer dbs & medicals last done 28/2/23, when are they due',('m','2023-02-28',36),'fcdbs')
R('indirect','date','2025-04-10','Our carers did their core training in April 2022, on the 22nd. When do they need to refresh it by?',('m','2022-04-22',36),'fctrain')
R('scenario','date','2026-12-22','On Tuesday 22 December 2026 the Strategic Lead agreed for a 15 year old to be placed with carers approved only for under 11s, as a variation of terms of approval, starting that day. How long does that permission last?',('wd','2026-12-22',6),'variation')
R('indirect','date','2025-05-21','The aunt was given temporary approval as a foster carer on 21/05/25 so her niece could move in. When does that approval run out if it is not extended?',('w','2025-05-21',16),'temp16')
R('duty','date','2026-04-01','home visit 01/04/26 - record by?',('d','2026-04-01',3),'record3')
R('typos','date','2027-12-24','did a visit 24th dec when do i have to write it up',('d','2027-12-24',3),'record3',amb='The standard says 3 days, not working days; a reader might count working days (30 Dec).')
R('indirect','date','2026-03-10','The front summary on my child\'s file was last updated on 30 November 2025. When does it need refreshing?',('m','2025-11-30',3),'summary')
R('manager','date','2025-06-02','Case summary last updated 28/02/25. Audit today - when did it go out of date?',('m','2025-02-28',3),'summary')
R('indirect','date','2027-01-05','The last assessment on this child was signed off by the manager on 19/01/26. When will it no longer count as up to date?',('m','2026-01-19',12),'ass12m')

# ---------------- ages ----------------
R('duty','age','2026-01-06','yp DOB 14/07/2011, pathway plan start date?',('age','2011-07-14',(15,6)),'pathway')
R('indirect','age','2025-12-19','One of my young people in care was born on 20 June 2010. When does the plan for leaving care need to be started?',('age','2010-06-20',(15,6)),'pathway')
R('newstarter','age','2027-04-01','Could you tell me when I need to start a pathway plan for a young person whose date of birth is 5 October 2011?',('age','2011-10-05',(15,6)),'pathway')
R('scenario','age','2026-08-24','A girl born on 29/02/2020 may be entering PLO soon; the PLO letter will probably go out in March 2026 after legal gateway on 26/02/26. On what date does she turn 6, after which the under-6 adoption allocation would not apply?',('age','2020-02-29',(6,0)),'adopt6',amb='Born 29 Feb: in the non-leap year 2026 the birthday is taken as 1 March (some would say 28 Feb).')
R('indirect','age','2025-05-06','For the rule that very young children going into pre-proceedings get an adoption worker and family finder: this child was born 06/05/2019. When does she stop counting as young enough?',('age','2019-05-06',(6,0)),'adopt6')
R('typos','age','2026-12-21','when does the child turn 12 for the advocate thing at conferance? dob 27.12.14',('age','2014-12-27',(12,0)),'advocate')
R('manager','age','2027-03-29','Pathway plans audit: young person DOB 31/08/2011. On what date should the pathway plan have been started?',('age','2011-08-31',(15,6)),'pathway',amb='31 Aug plus 6 months has no 31 Feb; taken as the last day of February (28 Feb 2027); some would say 1 Mar 2027.')

# ---------------- choice: two standards plausibly fit ----------------
R('duty','choice','2026-03-03',"conference was 3/3, what's next due?",[('d','2026-03-03',10),('d','2026-03-03',20)],['cg1','cin20'])
R('indirect','choice','2025-12-19','Saw the child at home today, Friday 19 December. When is my next visit due?',[('w','2025-12-19',4),('w','2025-12-19',6)],['cpvisit','cinvisit'])
R('typos','choice','2027-03-25','child placed 25/3 whens the first meeting',[('wd','2027-03-25',3),('wd','2027-03-25',20)],['placemtg','lacrev1'])
R('scenario','choice','2025-08-20','Referral came in last week and I started the Child and Family assessment on Wednesday 20 August 2025. My team leader asked me when the assessment is due. What date should I give?',[('wd','2025-08-20',15),('d','2025-08-20',45)],['tlrev','ass45'])
R('newstarter','choice','2026-12-21','Hello, a child was placed in foster care on 21 December 2026. When is the plan due?',[('wd','2026-12-21',5),('d','2026-12-21',10)],['pplan','careplan'])
R('manager','choice','2026-04-30','Connected person temporary approval from 05/01/26. When does it expire?',[('w','2026-01-05',16),('w','2026-01-05',24)],['temp16a','temp16b'])
R('indirect','choice','2027-05-04','The reviewing officer flagged drift in the care plan on 4/5/27. What is the deadline for this to be sorted?',[('wd','2027-05-04',5),('wd','2027-05-04',20)],['irochal','irodisp'])
R('scenario','choice','2026-08-20','A 9 year old has been in a permanent foster placement since 2023 and is settled. I saw her at home on 20 August 2026. When is the next statutory visit due?',[('w','2026-08-20',6),('w','2026-08-20',12)],['lac6','lac12'])

# ---------------- none: no timescale in the standards ----------------
R('duty','none','2026-03-05','ICPC 3/3/26, RCPC due when?',None,'nextconf',why='the standards say the chair sets the date of the next conference but give no timescale for review conferences.')
R('indirect','none','2025-12-22','First review for the child in care was on 10 December. When does the second one have to be?',None,'newlac',why='the standards say a new LAC review will be set "in accordance with the timescales" but do not state the timescale for subsequent reviews.')
R('newstarter','none','2027-05-26','How often should I be having supervision with my team leader? My last one was on 12 May 2027.',None,'supervision',why='supervision frequency is left to the supervision policy; no interval is set in the standards.')
R('typos','none','2026-04-08','last core group was 1/4, when is the next core grp due',None,'corgrp',why='only the first core group has a timescale (10 days of the conference); later core group frequency is not set.')
R('scenario','none','2025-09-03','Child in care started at a new school on 3 September 2025. Her first PEP was held on 30 May 2025. When is the next PEP review due?',None,'pepterm',why='PEP reviews are "at least 1 per term" within statutory guidelines; no date-countable interval is set.')
R('indirect','none','2026-08-26','How long after a review is the reviewing officer supposed to ring the child to check in? Review was 12/08/26.',None,'irocontact',why='the IRO should contact the child between reviews but no timescale is given.')
R('manager','none','2027-01-11','Final care planning meeting 04/01/27 agreed adoption. By what date must the SHOPBA be held?',None,'shopba',why='SHOPBA must be after the final care planning meeting and before the IRH paperwork, but no number of days is set.')
R('scenario','none','2025-12-17','Baby was placed with adopters on 01/10/25 and the adoption order hearing is expected in spring. When does the later life letter have to be done?',None,'lifestory',why='the standards require a Lifestory book and Later Life Letter but set no deadline.')
R('indirect','none','2026-12-22','We had the strategy meeting on 21/12/26. How soon do the notes need to go out to everyone who took part?',None,'stratrec',why='a record must be sent to participating professionals, but no timescale is given for it.')
