# Structured description of every row. oracle.py computes due/count from these.
PH = {
 'frontdoor': "decisions made by what action are required by a Team Leader within 1 working day",
 'initdec': "Initial decisions will be made about the action required within 1 working day",
 'referral_action': "Referrals will be actioned by a social worker within 1 working day",
 's47_seen': "the child / children will be seen by the Social Worker the same day",
 's47_5days': "Within 5 days of the Section 47 being initiated",
 'alloc': "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 'tl_review': "All assessments will be reviewed by the Team Leader within 15 working days",
 'assess45': "Assessments must all be completed within 45 days",
 'strat_1wd': "this must happen within 1 working day and should be chaired by a social work manager",
 'strat24': "A strategy discussion within 24 hours involving all relevant agencies is undertaken",
 'transfer_notice': "notify the Neighbourhood Team via email, giving at least 5 days’ notice",
 'transfer_visit': "Within the 5 days’ notice period, the Children’s First Response Social Worker",
 'icpc': "the Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 'icpc_family': "The report will be shared with family at least 3 the days prior to conference",
 'icpc_chair': "The report will be sent to the child protection chair 3 working days before the conference",
 'advocate': "if they are 12 or over they should be offered an advocate",
 'core1': "held within 10 days of the conference",
 'cpvisit': "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 'cpvisit_home': "A statutory CP visit must not be recorded on the child’s file unless the child was seen at home",
 'rcpc_parents': "This report must be shared with parents at least 3 days prior to the review conference",
 'rcpc_chair': "The report will be available to the conference chair at least 3 days prior to the review conference",
 'ptt': "when they have been subject to a plan for 12 months",
 'plo1': "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 'fgc': "Referral should be made within 3 working days of the first PLO meeting",
 'viability': "need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 'plominutes': "to be distributed to parents and their legal representation within 7 days of the meeting",
 'ploreview': "Review PLO meetings with parents to be held every 4-6 weeks",
 'plo12': "A review legal planning meeting will be held at 12 weeks",
 'plo4': "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
 'plo16': "a Legal Gateway meeting will be convened at 16 weeks",
 'cin_deplan': "will set the first CIN meeting within 20 days",
 'cin_transfer': "the initial CIN meeting must take place within 10 days",
 'cin_review': "CIN review meetings will be held at least every 6 weeks",
 'cin_visit': "A child subject to a CIN plan will be seen at least every 6 weeks",
 'cic_assess': "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 'cic_visit1': "The child will be visited within 1 working day of coming into care or having a change in placement",
 'lac_seen1': "All looked after children will be seen within 1 working day of placement",
 'placement_mtg': "The placement meeting will be held within 3 working days",
 'placement_plan': "an updated copy given to the carers within 5 working days of the placement beginning",
 'family_time': "reviewed at least every 8 week until the plan for permanence is agreed",
 'cic_pack': "coming into care pack, children rights leaflet within 3 weeks",
 'legal_status': "informed of the child’s legal status within 5 working days",
 'iha': "An initial health assessment will be requested and carried out within 20 working days",
 'pep': "A PEP meeting will be arranged within the school within 20 days",
 'lac_weekly': "Statutory looked after visits must happen weekly until the first looked after review",
 'lac_6w': "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 'lac_12w': "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 'careplan': "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 'lar1': "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 'pathway': "A pathway plan will be started when the young person is 15 years 6 months",
 'iro_report': "this will be with the IRO 3 days before the review",
 'iro_informal': "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 'iro_formal': "should be completed from start to finish within 20 working days",
 'adopt_age': "If a child under the age of 6 enters PLO or proceedings",
 'adopt_weekly': "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 'adopt_6w': "visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 'adopt_10w': "Once the children have been in placement with the adopter for 10 weeks",
 'fc_visit': "Trafford foster carers are visited at least once every six weeks",
 'fc_record': "a record of this visit is recorded on LCS within 3 working days",
 'fc_unannounced': "will have an unannounced visit at least once every 12 months",
 'fc_annual': "All Trafford foster carers will have an annual review including",
 'fc_panel': "Every foster carer will have an annual review presented to the Fostering Panel at least every three years",
 'fc_dbs': "updated statutory references, medicals and DBS checks at least every three years",
 'fc_training': "must update their core training at least every three years",
 'fc_variation': "This can only be given for up to 6 working days",
 'fc_temp': "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 'fc_temp_ext': "but can be extended for a further 8 weeks",
 'recording': "any event or contact is recorded within 3 days",
 'summary': "A clear and concise case file summary which has been updated within the last 3 months",
 'assess12': "An up to date assessment (within the last 12 months) on each child",
 # phrases for 'none' rows: the nearest sentence, which sets no timescale
 'n_rcpc': "The child protection chair will set the date of the next conference",
 'n_supervision': "which takes place in line with the supervision policy",
 'n_coregroup': "reviewed at every core group and progress recorded",
 'n_lar2': "At the point of the second review (if not in proceedings) the child must have a permanency plan",
 'n_shopba': "This needs to take place after the area teams final care planning meeting",
 'n_lifestory': "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
 'n_familyfocus': "a referral should be made to Family Focus by emailing the team",
 'n_pep': "subsequently reviewed within the statutory guidelines at least 1 per term",
 'n_iro': "The IRO will contact the child between reviews",
}

ROWS = []
def R(voice, kind, today, q, calc, ph, amb=None, rel=None, why=None):
    ROWS.append(dict(voice=voice, kind=kind, today=today, q=q, calc=calc, ph=ph, amb=amb, rel=rel or [], why=why))

A45 = "Statutory guidance sets 45 working days from referral; the standards say '45 days', counted here as calendar days."
A24 = "The S47 section asks for a strategy discussion 'within 24 hours', which would give the next calendar day rather than the next working day."

# ---------------- kind = date ----------------
# Front door / Level 4-5
R('duty','date','2025-12-24',"contact in today 24/12, TL decision due by?", ('wd','2025-12-24',1), ['frontdoor'])
R('indirect','date','2026-04-02',"A school rang through to the front door this morning worried about a Year 3 pupil. By when does a team leader have to look at it and decide what happens next?", ('wd','2026-04-02',1), ['frontdoor','initdec'], rel=[('today','2026-04-02')])
R('scenario','date','2027-05-28',"Police sent over a DA notification at 4pm today for a 4 year old (DOB 02/06/2022) and it's been accepted as a referral. Mum has a GP appointment on 03/06. When does the referral need actioning by a social worker?", ('wd','2027-05-28',1), ['referral_action'], rel=[('today','2027-05-28')])
R('typos','date','2025-08-22',"refferal came in fri 22nd aug, when does it need actioning by a sw by??", ('wd','2025-08-22',1), ['referral_action'])
R('manager','date','2027-01-06',"Contact received 31/12/26, TL decision recorded 05/01/27. Was that in timescale?", ('wd','2026-12-31',1), ['frontdoor','initdec'])
R('newstarter','date','2025-04-18',"Hello, I'm new to the First Response team. A contact came in yesterday and I wanted to check how long the Team Leader has to screen it and decide what action is needed?", ('wd','2025-04-17',1), ['frontdoor'], rel=[('yesterday','2025-04-17')])
R('indirect','date','2026-05-28',"A neighbour phoned in this afternoon worried that the kids next door are being left on their own, it's been logged today. By when should a manager have decided what we do with it?", ('wd','2026-05-28',1), ['frontdoor','initdec'], rel=[('today','2026-05-28')])
# Strategy discussion after management decision
R('duty','date','2025-12-24',"TL agreed strat needed today 24.12 - latest it can happen?", ('wd','2025-12-24',1), ['strat_1wd','strat24'], amb=A24)
R('indirect','date','2026-05-01',"My manager decided this afternoon we need to get police and health together to talk about whether this becomes a child protection enquiry. What's the latest that conversation can take place?", ('wd','2026-05-01',1), ['strat_1wd','strat24'], amb=A24, rel=[('today','2026-05-01')])
R('scenario','date','2026-03-10',"Boy (DOB 14/07/2015) told his teacher on Monday 9th that dad hit him with a belt. I discussed it with my TL this morning and she's made the decision that we need a strategy discussion. When does that need to be held by?", ('wd','2026-03-10',1), ['strat_1wd','strat24'], rel=[('today','2026-03-10')])
R('newstarter','date','2027-02-16',"Hi, could someone explain - my manager decided today that a strategy discussion is needed. How soon does it have to take place?", ('wd','2027-02-16',1), ['strat_1wd','strat24'], rel=[('today','2027-02-16')])
# S47 progress discussion (5 days)
R('indirect','date','2026-06-10',"We've just agreed a child protection enquiry for a 6 year old this morning (Wednesday 10 June 2026). By when does the social worker need to actually see her?", ('d','2026-06-10',0), ['s47_seen'], rel=[('today','2026-06-10')])
R('indirect','date','2025-12-24',"We started the child protection enquiry on 24/12/2025. By when do I need to sit down with my manager to talk through how it's going and agree next steps?", ('d','2025-12-24',5), ['s47_5days'])
R('manager','date','2026-04-09',"S47 initiated 02/04/26, SW/TL progress discussion took place 08/04. In timescale?", ('d','2026-04-02',5), ['s47_5days'])
R('typos','date','2027-03-26',"s47 started wed 24th march, when do i need the progress chat with my manger", ('d','2027-03-24',5), ['s47_5days'])
# Allocation
R('duty','date','2026-12-23',"C&F needed, decision made 23/12. alloc by?", ('wd','2026-12-23',3), ['alloc'], amb="The standard does not name the start event for the 3 working days; counted from the decision/referral date given.")
R('indirect','date','2025-05-02',"A referral was accepted on Friday 2 May for a full assessment of the family. How long have we got to get a worker named on it?", ('wd','2025-05-02',3), ['alloc'])
R('manager','date','2027-08-31',"Referral accepted for assessment 26/08/27, allocated to SW on 31/08/27 - within timescale?", ('wd','2027-08-26',3), ['alloc'])
# TL review of assessment (15 working days)
R('indirect','date','2026-03-20',"I started the family's assessment on 16 March 2026. When does my team leader have to have read through it and checked where it's up to?", ('wd','2026-03-16',15), ['tl_review'])
R('newstarter','date','2025-12-12',"Hi all, my assessment started on the 10th December. I've been told my Team Leader needs to review it at some point - what's the date for that?", ('wd','2025-12-10',15), ['tl_review'])
R('typos','date','2027-03-16',"assesment opend 15/3/27 when is the TL reveiw due", ('wd','2027-03-15',15), ['tl_review'])
R('manager','date','2025-05-30',"C&FA started 01/05/25, TL review recorded 23/05/25. Was that within the 15 working days?", ('wd','2025-05-01',15), ['tl_review'])
# Assessment completion (45 days)
R('indirect','date','2025-11-20',"When does the full family assessment have to be finished if it was opened on 14/11/2025?", ('d','2025-11-14',45), ['assess45'], amb=A45)
R('scenario','date','2026-02-18',"The health visitor's referral came in on 16/02/26 and we started the C&F assessment the same day. Mum's DOB is 03/09/1994 and baby has a hospital review on 20/03. When does the assessment need to be completed?", ('d','2026-02-16',45), ['assess45'], amb=A45)
R('duty','date','2027-10-04',"C&FA start 1/10/27 - complete by?", ('d','2027-10-01',45), ['assess45'], amb=A45)
R('manager','date','2026-06-01',"Assessment started 03/04/26, authorised as complete 15/05/26 - within the 45 days?", ('d','2026-04-03',45), ['assess45'], amb=A45)
# Transfer to Neighbourhood Team
R('indirect','date','2025-12-19',"We emailed the locality team today to say this child in need case is coming over to them. By when do we need to have done the handover home visit together with the new worker?", ('d','2025-12-19',5), ['transfer_visit','transfer_notice'], rel=[('today','2025-12-19')])
R('scenario','date','2026-08-24',"CFR assessment done, outcome is CIN so it's going to a Neighbourhood Team. The child is 9 (DOB 28/08/2016) and school goes back 02/09. If we want the case to move over on Tuesday 1 September, what's the latest date we can email the Neighbourhood Team?", ('db','2026-09-01',5), ['transfer_notice'])
R('newstarter','date','2027-03-26',"Hello - I notified the Neighbourhood Team by email yesterday that one of my cases is transferring to them. How long do we have to do the joint visit with the new worker?", ('d','2027-03-25',5), ['transfer_visit','transfer_notice'], rel=[('yesterday','2027-03-25')])
# ICPC (15 working days of strat)
R('duty','date','2025-12-19',"strat 19/12 icpc by?", ('wd','2025-12-19',15), ['icpc'])
R('indirect','date','2026-03-20',"We had the first multi-agency safeguarding discussion with police on 20 March 2026. If it goes to the big meeting where everyone decides on a protection plan, when must that be held by?", ('wd','2026-03-20',15), ['icpc'])
R('scenario','date','2027-03-22',"Twins aged 3 (DOB 11/01/2024). Strategy discussion was held Monday 15/03/27 and the S47 concluded today recommending an ICPC. The family have a court hearing on 30/03 on a separate matter. What's the latest the conference can be?", ('wd','2027-03-15',15), ['icpc'])
R('typos','date','2026-08-24',"strat discusion was 17.8 when does icpc have to be by", ('wd','2026-08-17',15), ['icpc'])
R('manager','date','2026-01-21',"ICPC was held 20/01/26, strat 02/01/26, was that in timescale?", ('wd','2026-01-02',15), ['icpc'])
R('newstarter','date','2027-12-20',"Hi, sorry, still learning! Our initial strategy discussion was on Friday 17 December. What date does the Initial Child Protection Conference have to happen by?", ('wd','2027-12-17',15), ['icpc'], rel=[('last friday','2027-12-17')])
R('indirect','date','2025-05-06',"Police and us talked through the concerns about a 7 year old on Thursday 1 May 2025 and agreed to a joint enquiry. The enquiry now says the child needs a plan. By when should the conference that decides on the plan be?", ('wd','2025-05-01',15), ['icpc'])
R('scenario','date','2025-08-20',"Dad was arrested on 14/08/25 and we held the strat on 15/08/25. The child turns 12 on 30/08. The S47 outcome is ICPC - when does it have to be held by?", ('wd','2025-08-15',15), ['icpc'])
R('indirect','date','2026-12-29',"Our joint meeting with police and health about a bruised baby happened on Christmas Eve 2026. What's the latest date for the child protection conference?", ('wd','2026-12-24',15), ['icpc'])
# ICPC reports
R('indirect','date','2026-04-01',"The first child protection conference is on Tuesday 7 April 2026. What's the last day I can go through my report with the parents?", ('db','2026-04-07',3), ['icpc_family'], amb="'at least 3 the days prior' is read as calendar days; a working-days reading gives 31/03/2026.")
R('typos','date','2025-12-29',"icpc on 5th jan, when do parents need to have seen my reprot", ('db','2026-01-05',3), ['icpc_family'])
R('scenario','date','2027-06-01',"ICPC booked for Thursday 10 June 2027. Mum works away Monday to Wednesday that week and the school nurse has asked for a copy early. What's the latest date I can share my report with the family and still meet the standard?", ('db','2027-06-10',3), ['icpc_family'])
R('duty','date','2026-03-30',"icpc 07/04 - report to chair by?", ('wdb','2026-04-07',3), ['icpc_chair'])
R('indirect','date','2027-12-20',"The conference is booked for 4 January 2028. When does the independent chair need my report by?", ('wdb','2028-01-04',3), ['icpc_chair'])
R('manager','date','2025-05-28',"ICPC 28/05/25 - report went to the chair on 23/05/25. Compliant?", ('wdb','2025-05-28',3), ['icpc_chair'])
R('newstarter','date','2026-08-26',"Hi, my first ICPC is on Wednesday 2 September. My TL needs to sign the report off before it goes to the chair - when does it need to be with the chair?", ('wdb','2026-09-02',3), ['icpc_chair'])
# First core group
R('duty','date','2026-03-04',"icpc 03/03 - 1st core grp by?", ('d','2026-03-03',10), ['core1'])
R('indirect','date','2025-12-18',"The conference that put the children on plans was on 18 December 2025. When does the first of the smaller working meetings need to happen to flesh the plan out?", ('d','2025-12-18',10), ['core1'])
R('scenario','date','2027-08-23',"Conference held Friday 20/08/27 and both children made subject to CP plans under neglect. The chair set the review conference for 19/11/27. When is the first core group due?", ('d','2027-08-20',10), ['core1'])
R('typos','date','2026-04-07',"icpc was thurs 2nd april, when dose the first core group need to be", ('d','2026-04-02',10), ['core1'])
R('manager','date','2025-01-20',"ICPC 06/01/25, first core group held 17/01/25 - in timescale?", ('d','2025-01-06',10), ['core1'])
R('indirect','date','2026-03-30',"The children were put on plans at conference on Friday 27 March 2026. When should the first meeting of the family and professionals who'll be working the plan take place?", ('d','2026-03-27',10), ['core1'])
# Review conference reports
R('indirect','date','2026-12-22',"The review conference for the Moonbeam children is on 29 December 2026. By when must the parents have seen my update report?", ('db','2026-12-29',3), ['rcpc_parents'])
R('newstarter','date','2027-05-25',"Hi, the review child protection conference is on Tuesday 1 June 2027 - when should the chair have my plan update by?", ('db','2027-06-01',3), ['rcpc_chair'])
R('manager','date','2025-09-02',"RCPC 02/09/25, plan update shared with parents 31/08. Was that compliant?", ('db','2025-09-02',3), ['rcpc_parents'])
# 12 months on plan
R('indirect','date','2025-02-10',"Child's been on a protection plan since 29/02/2024 and things aren't shifting. When do we hit the point where we need the 'think differently' professionals meeting?", ('m','2024-02-29',12), ['ptt'], amb="A plan starting 29 Feb could also be read as reaching 12 months on 01/03/2025 rather than 28/02/2025.")
R('scenario','date','2026-09-14',"Baby (DOB 05/06/2025) was made subject to a CP plan at ICPC on 15/09/2025; the review conference on 15/12/25 kept the plan and progress is still poor. When will baby have been on a plan for 12 months, for the professional thinking time meeting?", ('m','2025-09-15',12), ['ptt'])
# PLO
R('indirect','date','2025-12-22',"The letter that starts pre-proceedings went out dated 22/12/2025. When does the first meeting with the parents and their solicitors have to be?", ('d','2025-12-22',10), ['plo1'])
R('scenario','date','2026-04-01',"Legal Gateway on 30/03/26 agreed PLO for a 5 year old; the PLO letter itself is dated 1/4/26 and went to mum (DOB 12/10/1998) today. Her solicitor is on leave until 14/04. When must the first PLO meeting be held by?", ('d','2026-04-01',10), ['plo1'])
R('scenario','date','2027-07-19',"Legal Gateway agreed PLO on 12/07/27 and the PLO letter was dated 16/07/27. Dad has said he won't instruct a solicitor. When must the first PLO meeting be held by?", ('d','2027-07-16',10), ['plo1'])
R('indirect','date','2026-05-01',"We had the first meeting with the parents under pre-proceedings today, 1 May 2026, and they agreed to a family meeting. How long have I got to get the referral in for it?", ('wd','2026-05-01',3), ['fgc'])
R('typos','date','2025-12-23',"first plo meet was 23/12 parents agreed to fgc, referal by when", ('wd','2025-12-23',3), ['fgc'])
R('indirect','date','2027-03-25',"At the first pre-proceedings meeting yesterday, mum named her sister and a family friend as possible carers. When do I need to send the screening request to the team that assesses family carers?", ('wd','2027-03-24',3), ['viability'], rel=[('yesterday','2027-03-24')])
R('manager','date','2026-01-08',"Initial PLO meeting 29/12/25, viability screening request sent to FPT 05/01/26 - in timescale?", ('wd','2025-12-29',3), ['viability'])
R('scenario','date','2026-08-26',"Initial PLO meeting was held 25/08/26 with both parents and their solicitor; the PLO letter was dated 17/08/26. Dad's solicitor is chasing the minutes. What's the deadline for getting them out?", ('d','2026-08-25',7), ['plominutes'])
R('newstarter','date','2025-04-16',"Hello, I took the minutes at a PLO meeting this morning (Wednesday 16 April). When do they need to go to the parents and their solicitors?", ('d','2025-04-16',7), ['plominutes'], rel=[('today','2025-04-16')])
R('indirect','date','2026-01-05',"Pre-proceedings began for this family on 05/01/2026. When's the check-in planning meeting with our solicitor, the one at the 12 week mark?", ('w','2026-01-05',12), ['plo12'], amb="The standard does not say what the 12 weeks run from (PLO letter or first PLO meeting); counted from the start date given.")
R('scenario','date','2027-06-10',"We're in PLO for a 2 year old (DOB 21/04/2025). PLO started 07/06/27 (date of the letter) and review PLO meetings are monthly. When's the review legal planning meeting due at 12 weeks?", ('w','2027-06-07',12), ['plo12'])
R('duty','date','2025-09-01',"plo start 01/09/25, LG @16wks when?", ('w','2025-09-01',16), ['plo16'])
R('manager','date','2026-08-11',"Family entered PLO 13/04/26, Legal Gateway meeting held 10/08/26. Was that at 16 weeks?", ('w','2026-04-13',16), ['plo16'])
R('indirect','date','2026-12-14',"At the 12-week legal planning meeting today (14/12/2026) they agreed the family can have the extra exceptional-circumstances period in pre-proceedings. When does that extra time end?", ('w','2026-12-14',4), ['plo4'])
# CIN
R('indirect','date','2025-12-08',"At the review conference on 08/12/2025 the children came off their protection plans and down to child in need. When is the first CIN meeting due?", ('d','2025-12-08',20), ['cin_deplan'])
R('typos','date','2027-03-10',"kids de-planned at rcpc 10th march 2027 first cin meeting when", ('d','2027-03-10',20), ['cin_deplan'])
R('scenario','date','2026-12-21',"Case transferred to us in the Neighbourhood Team from CFR on 21/12/26 after the C&F recommended CIN. The child's birthday is 27/12 and school broke up on 18/12. When does the initial CIN meeting need to happen?", ('d','2026-12-21',10), ['cin_transfer'])
R('indirect','date','2025-08-18',"A case came across from the front door team to our locality team on Monday 18 August 2025. When must the first meeting under the child in need plan take place?", ('d','2025-08-18',10), ['cin_transfer'])
# Children in care
R('scenario','date','2027-12-15',"Police protection on 14/12/27 for a 13 year old (DOB 30/12/2013), who is now accommodated as an emergency placement. There was no up to date assessment. When does the assessment need completing?", ('wd','2027-12-14',20), ['cic_assess'])
R('indirect','date','2026-03-31',"A 10 year old had to come into care in a rush on 30 March 2026 and we didn't have a current assessment of her needs. By when must it be done?", ('wd','2026-03-30',20), ['cic_assess'])
R('duty','date','2026-12-24',"placement move today 24/12, visit by?", ('wd','2026-12-24',1), ['cic_visit1','lac_seen1'])
R('scenario','date','2025-05-23',"Our 14 year old (DOB 17/06/2010) moved from residential to a new foster placement this afternoon, Friday 23rd. His LAC review is 10/06. What's the latest I need to visit him at the new placement?", ('wd','2025-05-23',1), ['cic_visit1','lac_seen1'], rel=[('today','2025-05-23')])
R('indirect','date','2026-04-02',"A child moved in with new foster carers on 2 April 2026. When do we need to get everyone together to share extra info and agree who can sign off what?", ('wd','2026-04-02',3), ['placement_mtg'])
R('typos','date','2027-08-27',"placed fri 27/8/27 - placment meeting by when", ('wd','2027-08-27',3), ['placement_mtg'])
R('indirect','date','2025-12-22',"The foster carers were given the placement information when the child arrived on 22/12/2025. When do they need the updated copy with the extra detail from the meeting?", ('wd','2025-12-22',5), ['placement_plan'])
R('scenario','date','2026-05-26',"Child (DOB 10/10/2019) was placed with new carers on 21/05/26 and the placement meeting was held today, 26/05/26. When do the carers need the updated placement plan by?", ('wd','2026-05-21',5), ['placement_plan'])
R('indirect','date','2026-08-10',"A 12 year old came into our care on 10/08/2026. By when should she get the welcome pack and the rights leaflet?", ('w','2026-08-10',3), ['cic_pack'])
R('newstarter','date','2025-12-16',"Hi, a child I'm allocated came into care on the 15th December. When should the coming into care pack be given by?", ('w','2025-12-15',3), ['cic_pack'])
R('indirect','date','2027-03-23',"A child became looked after on 23 March 2027. By when should the GP, school and everyone else involved be told about the child's new legal status?", ('wd','2027-03-23',5), ['legal_status'])
R('scenario','date','2025-08-22',"Two brothers (DOB 03/03/2016 and 19/11/2018) became looked after on 22/08/25 when an ICO was granted; the S47 had started on 11/08. When should all the other professionals have been told about their legal status?", ('wd','2025-08-22',5), ['legal_status'])
R('scenario','date','2026-04-10',"Sibling group of 3 became looked after on 01/04/26 under an ICO. The eldest (DOB 09/04/2012) had a medical last year on 12/05/25. When does the initial health assessment have to be done?", ('wd','2026-04-01',20), ['iha'])
R('scenario','date','2025-12-18',"Baby (DOB 01/11/2025) came into care on 17/12/25 under s20; the health visitor last saw baby on 10/12. Contact with mum is Tuesdays and Thursdays. When does the initial health assessment need to be done?", ('wd','2025-12-17',20), ['iha'])
R('indirect','date','2027-05-24',"A Year 9 boy came into care on 24/05/2027. When does the education planning meeting at his school need to happen by?", ('d','2027-05-24',20), ['pep'])
R('scenario','date','2025-04-15',"Year 5 girl (DOB 08/09/2015) came into care on 14/04/25, just as school broke up for Easter (back on 28/04). Her last school report was 21/03. When does her PEP meeting need to be held by?", ('d','2025-04-14',20), ['pep'])
R('indirect','date','2026-12-29',"Child placed with foster carers on 28 December 2026. What's the deadline for having the plan for her care written up on the system?", ('d','2026-12-28',10), ['careplan'])
R('newstarter','date','2025-08-22',"Hi! A child was placed with carers on Thursday 21 August 2025. When should the care plan be on the system?", ('d','2025-08-21',10), ['careplan'])
R('duty','date','2025-12-19',"LAC from 19/12/25 - 1st LAC review by?", ('wd','2025-12-19',20), ['lar1'])
R('indirect','date','2026-03-27',"A child came into our care on 27 March 2026. When does the first meeting with the independent reviewing officer to look at her care plan have to be?", ('wd','2026-03-27',20), ['lar1'])
R('manager','date','2027-06-02',"Child became LAC 30/04/27, initial LAC review held 01/06/27 - in timescale?", ('wd','2027-04-30',20), ['lar1'])
R('scenario','date','2026-12-18',"Baby (born 02/12/2026) was discharged from hospital today straight to foster carers, becoming looked after today under an ICO. Mum's parenting assessment starts 11/01. When must the first LAC review take place?", ('wd','2026-12-18',20), ['lar1'], rel=[('today','2026-12-18')])
R('indirect','date','2026-01-02',"The review for the child in care is on Monday 5 January 2026. What's the latest the independent reviewing officer should have my report?", ('db','2026-01-05',3), ['iro_report'])
R('scenario','date','2027-04-28',"The LAC review for an 11 year old is on Tuesday 04/05/27, the day after the bank holiday. Her last review was 09/11/26. When does my report need to be with the IRO?", ('db','2027-05-04',3), ['iro_report'])
# IRO
R('indirect','date','2025-12-22',"The IRO raised an informal concern with me about drift on 22/12/2025. How long before it becomes a formal dispute if it's not sorted?", ('wd','2025-12-22',5), ['iro_informal'])
R('scenario','date','2026-05-26',"IRO emailed me on Friday 22/05/26 challenging that the permanence plan hasn't moved since the LAC review on 30/04/26. If it isn't resolved, when does it become a formal dispute?", ('wd','2026-05-22',5), ['iro_informal'])
R('indirect','date','2026-03-18',"The reviewing officer started the formal dispute process on 18 March 2026. When must the whole thing be finished by?", ('wd','2026-03-18',20), ['iro_formal'])
R('manager','date','2027-12-10',"Formal IRO dispute opened 06/12/27 - what's the final date for it to be completed?", ('wd','2027-12-06',20), ['iro_formal'])
# Adoption
R('indirect','date','2026-02-16',"A little one moved in with the adoptive parents on 13/02/2026. From when can the adopters apply to court to make it permanent?", ('w','2026-02-13',10), ['adopt_10w'])
R('scenario','date','2025-10-21',"Child (DOB 01/03/2023) placed with adopters on 20/10/25 after matching panel on 25/09/25. First LAC review after placement is 14/11. When can the adopters lodge their adoption order application?", ('w','2025-10-20',10), ['adopt_10w'])
# Fostering
R('duty','date','2026-12-23',"SSW visit to carers 23/12 - recorded on LCS by?", ('wd','2026-12-23',3), ['fc_record'])
R('typos','date','2025-04-17',"did my foster carer visit thurs 17th april, when does it need to be on lcs", ('wd','2025-04-17',3), ['fc_record'])
R('scenario','date','2026-06-08',"Our foster carers had their annual review presented to Fostering Panel on 15/06/23; the reviews since were chaired by an IRO, the latest on 02/06/26. No complaints or allegations. By when must a review go back to panel?", ('m','2023-06-15',36), ['fc_panel'])
R('newstarter','date','2027-02-01',"Hello, one of my foster carers had their DBS renewed on 29/02/2024. When is it due again?", ('m','2024-02-29',36), ['fc_dbs'], amb="A 29 Feb start could also be read as falling due on 01/03/2027 rather than 28/02/2027.")
R('typos','date','2026-09-01',"carer did core trainning 10th sept 2023 when does it need doing again", ('m','2023-09-10',36), ['fc_training'])
R('indirect','date','2025-12-01',"When's the yearly review for our foster carers due if the last one was chaired on 30/12/2024?", ('m','2024-12-30',12), ['fc_annual'])
R('scenario','date','2026-12-22',"Strategic Lead gave permission today (22/12/26) for a 15 year old to be placed with carers approved for 0-10s, as a variation of their terms of approval. The placement starts today. How long does the variation last?", ('wd','2026-12-22',6), ['fc_variation'], amb="'up to 6 working days' could also be read with the day permission is given as day 1, giving 31/12/2026.", rel=[('today','2026-12-22')])
R('indirect','date','2025-12-01',"The grandparents were approved as temporary foster carers on 01/12/2025 so the children could move in. When does that temporary approval run out?", ('w','2025-12-01',16), ['fc_temp'])
R('scenario','date','2027-01-05',"Aunt was temporarily approved as a connected person foster carer on 04/01/27 and the children moved in that evening. Her full assessment goes to panel on 22/04/27. When does the temporary approval run out if it isn't extended?", ('w','2027-01-04',16), ['fc_temp'])
R('scenario','date','2026-05-18',"Grandad was temporarily approved as a connected carer on 02/02/26. His assessment has run late, so Fostering Panel considered it and the ADM has agreed the full extension. What's the latest the temporary approval can now run to?", ('w','2026-02-02',24), ['fc_temp'])
# Recording / case file
R('typos','date','2026-12-24',"home visit was 24/12 when do i have to have it recorded by", ('d','2026-12-24',3), ['recording'])
R('indirect','date','2025-05-02',"I spoke to the child's nan on the phone on Friday 2 May 2025. By when does that conversation need to be written up on the child's file?", ('d','2025-05-02',3), ['recording'])
R('scenario','date','2026-02-20',"Case was allocated to me on 05/01/26. My predecessor last updated the case file summary on 30/11/25 and the C&F assessment was authorised 12/12/25. When does the summary need updating by?", ('m','2025-11-30',3), ['summary'])
R('indirect','date','2027-01-15',"The last full assessment on this child was signed off by my manager on 15/01/2026. When does it go out of date?", ('m','2026-01-15',12), ['assess12'])

# ---------------- kind = visits ----------------
R('duty','visits','2025-12-15',"last cp visit 9/12 next by?", ('w','2025-12-09',4), ['cpvisit'])
R('indirect','visits','2026-03-09',"I last saw the little girl on the protection plan at home on 06/03/2026. When do I have to see her again at the latest?", ('w','2026-03-06',4), ['cpvisit'])
R('scenario','visits','2027-08-17',"Saw both children (DOB 12/05/2017 and 03/11/2019) at home on 02/08/27 for their statutory CP visit. I also saw the older one at school yesterday, 16/08, but not at home. When is the next statutory visit due?", ('w','2027-08-02',4), ['cpvisit','cpvisit_home'])
R('manager','visits','2026-01-05',"CP visits for this child: 28/11/25, then 29/12/25. Was the second one in timescale?", ('w','2025-11-28',4), ['cpvisit'])
R('indirect','visits','2025-07-15',"Kid on a child in need plan, I last saw him at home on 14/07/2025. When's the next home visit due?", ('w','2025-07-14',6), ['cin_visit'])
R('typos','visits','2026-11-18',"cin visit last done 17/11/26 wen is the next 1 due", ('w','2026-11-17',6), ['cin_visit'])
R('newstarter','visits','2027-02-03',"Hi, how often do children on CIN plans need to be seen? My last visit to this child was on Monday, so when is my next one due?", ('w','2027-02-01',6), ['cin_visit'], rel=[('on monday','2027-02-01')])
R('indirect','visits','2026-02-18',"We had the family's last child in need review meeting on 18/02/2026. When's the next one due?", ('w','2026-02-18',6), ['cin_review'])
R('scenario','visits','2025-11-20',"Initial CIN meeting was 03/11/25 after transfer from CFR on 27/10/25; the first CIN review was held 17/11/25 (early because of a school exclusion). When's the next review meeting due?", ('w','2025-11-17',6), ['cin_review'])
R('duty','visits','2025-12-22',"LAC placed 15/12, visited 22/12, 1st LAC rev not till jan - next visit by?", ('w','2025-12-22',1), ['lac_weekly'])
R('scenario','visits','2026-04-01',"Came into care 27/03/26, I visited at the placement on 30/03/26 and the first LAC review is booked for 21/04/26. When does the next statutory visit need to be?", ('w','2026-03-30',1), ['lac_weekly'])
R('indirect','visits','2027-11-16',"The child's first review in care has happened and there's no permanence plan yet. I last saw her on 15/11/2027. When's my next required visit?", ('w','2027-11-15',6), ['lac_6w'])
R('manager','visits','2026-10-01',"LAC, past first review, no permanence plan yet. Visits 10/07/26 and 28/08/26. Compliant?", ('w','2026-07-10',6), ['lac_6w'])
R('scenario','visits','2026-06-09',"Young person (DOB 04/04/2011) has been in her long-term foster placement since 2023, permanence plan agreed, visits agreed as 12 weekly. Last visit 08/06/26. When's the next one due?", ('w','2026-06-08',12), ['lac_12w'])
R('indirect','visits','2025-12-19',"Placed with the adopters on 12/12/25, I visited today (19/12/25) and the first review after placement isn't until January. When's my next visit?", ('w','2025-12-19',1), ['adopt_weekly'])
R('duty','visits','2026-05-06',"adoptive placement, post 1st LAR, last visit 05/05/26 - next by?", ('w','2026-05-05',6), ['adopt_6w'])
R('indirect','visits','2027-03-22',"As supervising social worker I last went to see our foster carers on 19/03/2027. When must I see them again?", ('w','2027-03-19',6), ['fc_visit'])
R('typos','visits','2025-10-27',"fc supervisory visit last 24/10/25 next one due when", ('w','2025-10-24',6), ['fc_visit'])
R('indirect','visits','2026-10-21',"Arrangements for the child in care to see her parents were last reviewed on 20/10/2026; there's no permanence plan yet. When do they need looking at again?", ('w','2026-10-20',8), ['family_time'])
R('scenario','visits','2027-05-05',"We're in PLO. First PLO meeting was 06/04/27, the first review PLO meeting was 04/05/27 and Legal Gateway at 16 weeks will be in late July. What's the latest date for the next review PLO meeting?", ('w','2027-05-04',6), ['ploreview'], amb="'every 4-6 weeks' is a window; the latest (6 weeks) is used, the earliest would be 01/06/2027.")
R('indirect','visits','2026-10-12',"Our foster carers last had a surprise visit on 03/11/2025. What's the latest the next one can be?", ('m','2025-11-03',12), ['fc_unannounced'])

# ---------------- kind = age ----------------
R('indirect','age','2026-01-12',"A boy with a protection conference coming up was born on 14/02/2014. From what date is he old enough that we must offer him someone to help him have his say at conference?", ('age','2014-02-14',12), ['advocate'])
R('scenario','age','2025-06-02',"S47 on 3 siblings, strat 30/05/25, ICPC needs to be by 20/06/25. Middle child DOB 19/06/2013. When does he turn 12, for the advocate offer?", ('age','2013-06-19',12), ['advocate'])
R('newstarter','age','2026-12-01',"Hello - at what age should children be offered an advocate for their conference? The girl I'm working with was born on 25/12/2014, when does she reach that age?", ('age','2014-12-25',12), ['advocate'])
R('indirect','age','2025-09-01',"When should I start the plan for leaving care for a 15 year old in our care born on 14/03/2010?", ('age','2010-03-14',15,6), ['pathway'])
R('typos','age','2026-04-20',"yp dob 3/11/10 when does pathway plan need starting", ('age','2010-11-03',15,6), ['pathway'])
R('duty','age','2027-01-11',"LAC dob 22.07.11 - pathway plan start?", ('age','2011-07-22',15,6), ['pathway'])
R('indirect','age','2026-01-20',"A little girl born on 29/02/2020 may be going into pre-proceedings. Up to what date does she still count as young enough for an adoption worker and family finder to be allocated?", ('age','2020-02-29',6), ['adopt_age'], amb="The answer is the 6th birthday (1 March 2026); 'still young enough' could be read as the day before, 28/02/2026.")
R('scenario','age','2027-08-02',"Care proceedings may be issued in September for two brothers, DOB 07/09/2021 and 18/05/2019. We're in PLO now (letter dated 12/07/27). When does the younger one turn 6?", ('age','2021-09-07',6), ['adopt_age'])

# ---------------- kind = choice ----------------
R('indirect','choice','2026-03-24',"I opened an assessment on the family today, 24/03/2026. What's the deadline?", [('wd','2026-03-24',15),('d','2026-03-24',45)], ['tl_review','assess45'], rel=[('today','2026-03-24')])
R('duty','choice','2027-12-22',"icpc 05/01/28 - report deadline?", [('wdb','2028-01-05',3),('db','2028-01-05',3)], ['icpc_chair','icpc_family'])
R('newstarter','choice','2025-12-23',"Hi, a child was placed with foster carers yesterday. When is the meeting due?", [('wd','2025-12-22',3),('wd','2025-12-22',20)], ['placement_mtg','lar1'], rel=[('yesterday','2025-12-22')])
R('typos','choice','2027-06-01',"first plo meeting was fri 28th may, what needs doing by when", [('wd','2027-05-28',3),('d','2027-05-28',7)], ['fgc','viability','plominutes'])
R('indirect','choice','2025-08-22',"Went out to see my foster carers today (Friday 22 August 2025). What's my next deadline?", [('wd','2025-08-22',3),('w','2025-08-22',6)], ['fc_record','fc_visit'], rel=[('today','2025-08-22')])
R('scenario','choice','2026-12-21',"Strategy discussion held today 21/12/26 and S47 started for a 6 year old (DOB 02/01/2020). What's the next deadline I need to put in the diary?", [('d','2026-12-21',5),('wd','2026-12-21',15)], ['s47_5days','icpc'], rel=[('today','2026-12-21')])
R('indirect','choice','2026-02-27',"A baby moved in with the adoptive family on 27/02/2026. What's the next timescale?", [('w','2026-02-27',1),('w','2026-02-27',10)], ['adopt_weekly','adopt_10w'])
R('manager','choice','2025-09-29',"Connected carers temporarily approved 29/09/25. When does the approval end?", [('w','2025-09-29',16),('w','2025-09-29',24)], ['fc_temp','fc_temp_ext'])

# ---------------- kind = none ----------------
R('manager','none','2026-03-04',"ICPC was 03/03/26 - when's the review conference due?", None, ['n_rcpc'], why="the standards leave the review conference date to the chair and give no interval.")
R('newstarter','none','2025-09-08',"Hi, how often should I be getting supervision? My last one was 08/09/25, so when's the next due?", None, ['n_supervision'], why="supervision frequency is left to the supervision policy.")
R('duty','none','2026-11-11',"core grp last 10/11 - next due?", None, ['n_coregroup'], why="only the first core group has a timescale (10 days after conference); later core groups have none.")
R('indirect','none','2027-01-26',"The child's first review in care was on 25/01/2027. When does the second one need to be?", None, ['n_lar2'], why="only the initial Looked After Review has a timescale; the second review's date is not set here.")
R('scenario','none','2026-07-07',"Final care planning meeting held 06/07/26, plan is adoption, IRH listed 14/09/26. When is the SHOPBA with the ADM due?", None, ['n_shopba'], why="SHOPBA must fall after the final care planning meeting and before the IRH paperwork; no day count is set.")
R('typos','none','2025-12-02',"wen does the later life letter have to be done by, placement order was 01/12/25", None, ['n_lifestory'], why="no timescale for the life story book or later life letter.")
R('indirect','none','2027-06-14',"A teenager is at real risk of coming into care, flagged in supervision today (14/06/2027). How quickly do I have to send the edge-of-care referral?", None, ['n_familyfocus'], why="the Family Focus referral has no timescale.")
R('scenario','none','2026-09-22',"LAC child's PEP meeting took place 21/09/26 and she's moving schools in January. When's the next PEP due?", None, ['n_pep'], why="PEP reviews are 'at least 1 per term' under statutory guidelines; no day count is set.")
R('newstarter','none','2025-07-08',"Hello - how often should the IRO be in touch with the child between reviews? The last LAC review was 07/07/25.", None, ['n_iro'], why="IRO contact between reviews has no set frequency.")
