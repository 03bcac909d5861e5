# Structured description of each question; oracle.py computes due/count from `calc`.
PH = {
 "screen": "decisions made by what action are required by a Team Leader within 1 working day",
 "initdec": "Initial decisions will be made about the action required within 1 working day by social work Team Leader",
 "referral": "Referrals will be actioned by a social worker within 1 working day",
 "s47seen": "the child / children will be seen by the Social Worker the same day",
 "s47prog": "Within 5 days of the Section 47 being initiated",
 "alloc": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 "tlreview": "All assessments will be reviewed by the Team Leader within 15 working days",
 "complete45": "Assessments must all be completed within 45 days",
 "strat1wd": "a strategy discussion is required, this must happen within 1 working day",
 "strat24": "A strategy discussion within 24 hours involving all relevant agencies",
 "transfer": "notify the Neighbourhood Team via email, giving at least 5 days’ notice",
 "jointvisit": "Within the 5 days’ notice period, the Children’s First Response Social Worker",
 "icpc": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 "rptfamily": "The report will be shared with family at least 3 the days prior to conference",
 "rptchair": "The report will be sent to the child protection chair 3 working days before the conference",
 "advocate": "if they are 12 or over they should be offered an advocate",
 "coregroup": "The first core group must be  held within 10 days of the conference",
 "cpvisit": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 "rcpcparents": "This report must be shared with parents at least 3 days prior to the review conference",
 "rcpcchair": "The report will be available to the conference chair at least 3 days prior to the review conference",
 "ptt": "when they have been subject to a plan for 12 months, a professional thinking time meeting",
 "plo1": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 "fgc": "Referral should be made within 3 working days of the first PLO meeting",
 "viability": "Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 "minutes": "distributed to parents and their legal representation within 7 days of the meeting",
 "ploreview": "Review PLO meetings with parents to be held every 4-6 weeks",
 "rlpm": "A review legal planning meeting will be held at 12 weeks",
 "further4": "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
 "gateway16": "a Legal Gateway meeting will be convened at 16 weeks",
 "cindeplan": "will set the first CIN meeting within 20 days",
 "cintransfer": "the initial CIN meeting must take place within 10 days",
 "cinreview": "CIN review meetings will be held at least every 6 weeks",
 "cinvisit": "A child subject to a CIN plan will be seen at least every 6 weeks",
 "emerg": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 "visit1wd": "The child will be visited within 1 working day of coming into care or having a change in placement",
 "seen1wd": "All looked after children will be seen within 1 working day of placement",
 "placemtg": "The placement meeting will be held within 3 working days",
 "placeplan": "an updated copy given to the carers within 5 working days of the placement beginning",
 "familytime": "reviewed at least every 8 week until the plan for permanence is agreed",
 "pack": "coming into care pack, children rights leaflet within 3 weeks",
 "legalstatus": "will be informed of the child’s legal status within 5 working days",
 "iha": "An initial health assessment will be requested and carried out within 20 working days",
 "pep": "A PEP meeting will be arranged within the school within 20 days",
 "lacweekly": "Statutory looked after visits must happen weekly until the first looked after review",
 "lac6": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 "lac12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 "careplan": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 "lacreview": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 "pathway": "A pathway plan will be started when the young person is 15 years 6 months",
 "iroreport": "this will be with the IRO 3 days before the review",
 "iroinformal": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 "irodispute": "The formal dispute resolution process should be completed from start to finish within 20 working days",
 "adopt6": "If a child under the age of 6 enters PLO or proceedings",
 "adoptweekly": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 "adopt6wk": "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 "adopt10": "Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
 "fcvisit": "Trafford foster carers are visited at least once every six weeks",
 "fcrecord": "a record of this visit is recorded on LCS within 3 working days",
 "fcunann": "All Trafford foster carers will have an unannounced visit at least once every 12 months",
 "fcannual": "All Trafford foster carers will have an annual review",
 "fcpanel": "Every foster carer will have an annual review presented to the Fostering Panel at least every three years",
 "fcdbs": "All foster carers will have updated statutory references, medicals and DBS checks at least every three years",
 "fctraining": "All Trafford foster carers must update their core training at least every three years",
 "variation": "This can only be given for up to 6 working days",
 "tempapp": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 "recording": "any event or contact is recorded within 3 days",
 "summary": "A clear and concise case file summary which has been updated within the last 3 months",
 "assess12": "An up to date assessment (within the last 12 months) on each child",
 # phrases used for `none` rows: the nearest sentence, which sets no deadline
 "nextconf": "The child protection chair will set the date of the next conference",
 "coreevery": "The multi –agency plan and the targets agreed and outcomes expected are reviewed at every core group",
 "newlac": "a new LAC review will be set in accordance with the timescales",
 "supervision": "monitored through supervision which takes place in line with the supervision policy",
 "lifestory": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
 "missing": "The risk of going missing and child sexual exploitation will be considered and risk assessed",
 "shopba": "This needs to take place after the area teams final care planning meeting",
 "stratrecord": "the plan for the enquiries and decisions recorded and a record sent to all participating professionals",
 "irocontact": "The IRO will contact the child between reviews to ensure the progress of the plan",
 "swet": "the timescales for filing SWET and additional supporting documents will be agreed at the Legal Gateway meeting",
}

ROWS = []


def R(voice, kind, today, q, ph, calc=None, amb=None, why=None):
    ROWS.append(dict(voice=voice, kind=kind, today=today, q=q, ph=ph, calc=calc, amb=amb, why=why))


d = "date"
# ---------------- Front Door ----------------
R("duty", d, "2025-12-24", "contact just in (xmas eve) - TL screening decision needed by when??", ["screen"], ("wd", "2025-12-24", 1))
R("typos", d, "2026-04-02", "conact recieved 2.4.26 when does TL have to screen it for consent by", ["screen"], ("wd", "2026-04-02", 1))
R("newstarter", d, "2027-05-28", "Hi, sorry if this is a basic question – a contact came into the Front Door this morning (Friday). By when does a Team Leader need to decide what action is required?", ["screen", "initdec"], ("wd", "2027-05-28", 1))
R("manager", d, "2027-01-12", "Contact received 31/12/2026, TL decision case note dated 04/01/2027 – was that within timescale?", ["screen"], ("wd", "2026-12-31", 1))
R("duty", d, "2025-05-02", "L4 referral in today fri 2/5, initial decision by?", ["initdec"], ("wd", "2025-05-02", 1))
R("scenario", d, "2025-04-17", "School referred a 7 year old today, Thursday 17 April (DOB 03/02/2018). Mum had a previous assessment that closed on 10/01/25. It looks like Level 4. When does the TL need to make the initial decision about action?", ["initdec"], ("wd", "2025-04-17", 1))
R("typos", d, "2026-12-24", "refferal was alocated to me at 4pm today 24/12 when do i have to action it by", ["referral"], ("wd", "2026-12-24", 1))
R("newstarter", d, "2026-05-22", "Hello, I'm new on duty. A referral was passed to me today (Friday 22 May 2026). How long do I have to action it as the social worker?", ["referral"], ("wd", "2026-05-22", 1))
R("manager", d, "2026-01-07", "Referral received Sat 03/01/26 out of hours, SW actioned Mon 05/01 – within timescale?", ["referral"], ("wd", "2026-01-03", 1), amb="Received on a Saturday: if the clock is taken to start on the next working day (Mon 5 Jan), the deadline would be Tue 6 Jan.")
# S47
R("duty", d, "2026-02-11", "s47 agreed this am - when does the child need to be seen?", ["s47seen"], ("same", "2026-02-11"))
R("indirect", d, "2027-10-14", "we've just decided today this has to be a full child protection enquiry - how quickly do we have to actually go and see the kids?", ["s47seen"], ("same", "2027-10-14"))
R("scenario", d, "2026-03-31", "Section 47 was initiated on Monday 30 March after the strategy meeting. The child's brother had a separate assessment that closed on 2 March. When do I need to have had the progress discussion with my manager?", ["s47prog"], ("cd", "2026-03-30", 5))
R("newstarter", d, "2026-08-24", "Could you tell me when my manager and I need to discuss how the Section 47 enquiry is going? It was started on 21st August 2026.", ["s47prog"], ("cd", "2026-08-21", 5))
# Allocation / assessment
R("typos", d, "2026-05-01", "needs alocating for a c+f assesment, decision was yesterday 30/4 when has it got to be alocated", ["alloc"], ("wd", "2026-04-30", 3))
R("indirect", d, "2027-12-23", "the team leader agreed today (23/12/27) that the family needs a full assessment of the child's needs - how long has the TL got to give it to a worker?", ["alloc"], ("wd", "2027-12-23", 3))
R("typos", d, "2026-03-23", "when dose the tl have to reveiw the asessment i started 20.3.26", ["tlreview"], ("wd", "2026-03-20", 15))
R("newstarter", d, "2026-08-17", "When does my Team Leader need to review my Child and Family Assessment? I started it on 14 August 2026.", ["tlreview"], ("wd", "2026-08-14", 15))
R("duty", d, "2025-11-17", "C&F start 17/11/25 - 45 day end date?", ["complete45"], ("cd", "2025-11-17", 45), amb="The standard says 45 days (counted here as calendar days); statutory guidance uses 45 working days, which would give a later date.")
R("scenario", d, "2026-03-05", "Referral came in on 02/03/2026 and we started the Child and Family assessment on 04/03/2026. The child turns 10 on 20/03. When does the assessment have to be completed?", ["complete45"], ("cd", "2026-03-04", 45), amb="Counting the 45 days from the referral date (02/03) instead of the assessment start gives 16 April 2026.")
R("manager", d, "2025-04-07", "C&F assessment started 10/02/2025 and was authorised 28/03/2025 – within the completion timescale?", ["complete45"], ("cd", "2025-02-10", 45))
# Strategy discussions (dates where 1 working day and 24 hours agree)
R("duty", d, "2026-03-10", "TL decided strat needed today (tues 10/3), when by?", ["strat1wd", "strat24"], ("wd", "2026-03-10", 1))
R("newstarter", d, "2027-06-09", "My manager has just decided that we need a strategy discussion (today, Wednesday 9 June 2027). By when does it have to happen?", ["strat1wd", "strat24"], ("wd", "2027-06-09", 1))
# Transfer to Neighbourhood Team
R("indirect", d, "2026-05-27", "we sent the email to the neighbourhood team about the case moving over to them today, 27/5/26 - by when do both workers need to have done the introductory home visit together?", ["jointvisit"], ("cd", "2026-05-27", 5))
R("duty", d, "2025-12-22", "CFR->NT transfer email sent today 22/12/25 - earliest transfer date with the notice?", ["transfer"], ("cd", "2025-12-22", 5))
R("scenario", d, "2026-01-16", "My C&F assessment was finished on 12/01/26 and says Child in Need, so it's going to a Neighbourhood Team. I'm emailing the NT today (Friday 16th). The child's review health appointment is 19/01. By when must the joint visit with the new worker be done?", ["jointvisit"], ("cd", "2026-01-16", 5))
# ICPC
R("scenario", d, "2025-04-16", "We had an initial strat on 08/04/2025 and a further strategy meeting on 15/04/2025 after the ABE interview. Child DOB 01/05/2019. What's the latest date the ICPC can be?", ["icpc"], ("wd", "2025-04-08", 15))
R("indirect", d, "2026-05-01", "the first meeting with police and health about the concerns was today (1st May) - by when does the big meeting where everyone decides on a protection plan need to happen?", ["icpc"], ("wd", "2026-05-01", 15))
R("newstarter", d, "2027-08-16", "Hello! The initial strategy discussion for my family took place on 13 August 2027. When should the Initial Child Protection Conference be held by?", ["icpc"], ("wd", "2027-08-13", 15))
R("manager", d, "2025-06-10", "Audit query: initial strat 05/05/2025, ICPC 27/05/2025 – compliant?", ["icpc"], ("wd", "2025-05-05", 15))
R("duty", d, "2027-01-11", "icpc deadline? strat was wed just gone", ["icpc"], ("wd", "2027-01-06", 15))
# ICPC reports
R("newstarter", d, "2026-05-20", "Sorry, I'm not sure of the rule - the initial conference is on Tuesday 2 June 2026, when do I need to share my report with the parents by?", ["rptfamily"], ("cdb", "2026-06-02", 3))
R("indirect", d, "2025-10-13", "the family need to see what I've written for the first child protection meeting before it happens - meeting is 20/10/25, when's the latest I can give it to them?", ["rptfamily"], ("cdb", "2025-10-20", 3))
R("typos", d, "2026-03-25", "wen does my icpc reprot need to go to the chair, conf is 7/4/26", ["rptchair"], ("wdb", "2026-04-07", 3))
R("manager", d, "2027-06-03", "ICPC 01/06/2027, report received by the chair 27/05/2027 and signed off by TL the same day. Was it in time?", ["rptchair"], ("wdb", "2027-06-01", 3))
R("scenario", d, "2026-08-24", "ICPC is booked for Wednesday 2 September. The strat was on 12 August. My TL is off from the 28th so I need to plan. When does the signed-off report have to reach the CP chair?", ["rptchair"], ("wdb", "2026-09-02", 3))
R("newstarter", d, "2025-12-15", "When do I need to send my conference report to the child protection chair? The Initial Child Protection Conference is on Monday 29 December 2025.", ["rptchair"], ("wdb", "2025-12-29", 3))
# Core groups
R("typos", d, "2027-03-24", "core grp after icpc today 24.3.27 - when by", ["coregroup"], ("cd", "2027-03-24", 10))
R("indirect", d, "2026-08-05", "the conference put the children on a protection plan on the 3rd - when does the first meeting of the smaller group that works out the detail of the plan need to be?", ["coregroup"], ("cd", "2026-08-03", 10))
R("scenario", d, "2026-05-26", "Child was made subject to a CP plan at ICPC on 22 May (the strat was 1 May). Mum's birthday is 28 May and she's asked us not to meet that day. What's the latest the first core group can be?", ["coregroup"], ("cd", "2026-05-22", 10))
R("newstarter", d, "2027-12-17", "Hi, the Initial Child Protection Conference was yesterday and the child is now on a plan. When must the first core group be held?", ["coregroup"], ("cd", "2027-12-16", 10))
# Review CP conference reports
R("duty", d, "2026-01-05", "RCPC 12/1/26 - plan update to parents by?", ["rcpcparents"], ("cdb", "2026-01-12", 3))
R("indirect", d, "2026-03-30", "the follow-up child protection meeting (the one that checks how the plan is going) is on 6 April 2026 - when do the parents need my update by?", ["rcpcparents"], ("cdb", "2026-04-06", 3))
R("manager", d, "2025-11-03", "RCPC held 28/10/2025, plan update made available to the chair 26/10/2025. Compliant?", ["rcpcchair"], ("cdb", "2025-10-28", 3))
R("typos", d, "2026-08-24", "reveiw conf 1/9/26 when does the chair need my report", ["rcpcchair"], ("cdb", "2026-09-01", 3))
# 12 months on plan
R("indirect", d, "2026-11-30", "child went on a protection plan on 31 January 2026 and things aren't really moving - at what point do we have to hold the meeting to think about working with the family differently?", ["ptt"], ("mo", "2026-01-31", 12))
R("newstarter", d, "2025-01-20", "A child on my caseload became subject to a Child Protection Plan on 29 February 2024. If progress isn't sufficient, when would the professional thinking time meeting be due?", ["ptt"], ("mo", "2024-02-29", 12))
# PLO
R("typos", d, "2026-03-27", "plo leter went out today 27.3 when does the frist meeting have to be", ["plo1"], ("cd", "2026-03-27", 10))
R("indirect", d, "2027-08-11", "we've sent the parents the formal letter warning that we're thinking about court, dated 10/08/2027 - by when must we meet them and their solicitor?", ["plo1"], ("cd", "2027-08-10", 10))
R("scenario", d, "2026-02-09", "Legal Gateway agreed PLO on 03/02/2026. The letter went out dated 05/02/2026 and mum's solicitor only got it on 09/02. When's the latest date for the first PLO meeting?", ["plo1"], ("cd", "2026-02-05", 10))
R("manager", d, "2025-06-09", "PLO letter dated 20/05/2025, initial PLO meeting held 02/06/2025 – in timescale?", ["plo1"], ("cd", "2025-05-20", 10))
R("newstarter", d, "2026-12-18", "The PLO letter is dated today. When does the first meeting with the parents and their solicitor need to take place by?", ["plo1"], ("cd", "2026-12-18", 10))
R("typos", d, "2027-03-25", "fgc refferal after the 1st plo meeting today 25/3 when has it got to be in", ["fgc"], ("wd", "2027-03-25", 3))
R("newstarter", d, "2026-08-28", "The parents haven't had a Family Group Conference and agreed to one at the first PLO meeting today (Friday 28 August). When does the FGC referral need to be made?", ["fgc"], ("wd", "2026-08-28", 3))
R("indirect", d, "2026-05-21", "at today's first pre-proceedings meeting gran was put forward as someone who could look after the kids - when do I have to ask the family placement team to screen her?", ["viability"], ("wd", "2026-05-21", 3))
R("scenario", d, "2026-12-22", "Initial PLO meeting was today, Tuesday 22 December. Aunt and uncle were put forward as alternative carers. The FGC is booked for 15 January. When do the viability screening requests need to be with Family Placement?", ["viability"], ("wd", "2026-12-22", 3), amb="The standard also allows 'immediately following Family Group Conference', which would tie the request to the FGC on 15 January instead.")
R("typos", d, "2025-04-22", "plo minuets from meeting on 18th april when do they have to go to parents", ["minutes"], ("cd", "2025-04-18", 7))
R("manager", d, "2027-03-15", "PLO meeting 03/03/2027, minutes sent to parents and solicitor 12/03/2027 – within timescale?", ["minutes"], ("cd", "2027-03-03", 7))
R("duty", d, "2026-01-12", "PLO started 12/1/26 (1st mtg) - 12wk legal planning mtg?", ["rlpm"], ("wk", "2026-01-12", 12), amb="The standard does not say what the 12 weeks run from; counted from the first PLO meeting, not the letter date.")
R("newstarter", d, "2027-03-08", "The first PLO meeting was on 2 March 2027. When would the review legal planning meeting at 12 weeks fall?", ["rlpm"], ("wk", "2027-03-02", 12), amb="The standard does not say what the 12 weeks run from; counted from the first PLO meeting, not the letter date.")
R("manager", d, "2025-11-10", "PLO commenced 07/07/2025 (first meeting). When should the 16 week Legal Gateway have been convened by?", ["gateway16"], ("wk", "2025-07-07", 16), amb="The standard does not say what the 16 weeks run from; counted from the first PLO meeting as stated in the question.")
R("scenario", d, "2026-06-11", "The review legal planning meeting at 12 weeks was held yesterday, 10/06/2026, and exceptionally we agreed a further period in PLO. Parents' next contact review is 20/06. When does the extra period end?", ["further4"], ("wk", "2026-06-10", 4))
# CIN
R("indirect", d, "2026-04-09", "yesterday's conference took the kids off their protection plan and stepped them down to child in need - how long until the first meeting under the new plan?", ["cindeplan"], ("cd", "2026-04-08", 20))
R("typos", d, "2027-08-02", "child come off cp plan 30/7 whens the frist cin meeting", ["cindeplan"], ("cd", "2027-07-30", 20))
R("newstarter", d, "2026-05-05", "A case has transferred to my Neighbourhood Team from Children's First Response (it transferred yesterday, the bank holiday Monday). When should the initial Child in Need meeting take place?", ["cintransfer"], ("cd", "2026-05-04", 10))
R("scenario", d, "2025-03-19", "CFR emailed us on 13/03/2025 giving notice and the case transferred to us on 18/03/2025. The assessment was completed 11/03. When's the latest date for the initial CIN meeting?", ["cintransfer"], ("cd", "2025-03-18", 10), amb="Counting from the notice email (13/03) rather than the transfer date would give 23/03/2025.")
R("manager", d, "2027-09-06", "Case transferred from CFR 20/08/2027, initial CIN meeting held 02/09/2027. In timescale?", ["cintransfer"], ("cd", "2027-08-20", 10))
# Children in care
R("indirect", d, "2027-03-24", "the kids came into our care in an emergency last night, nothing planned - how long have we got to complete the assessment of their needs?", ["emerg"], ("wd", "2027-03-23", 20))
R("typos", d, "2026-08-28", "unplaned admision to care today 28/8/26 when does assesment have to be done", ["emerg"], ("wd", "2026-08-28", 20))
R("duty", d, "2027-12-24", "placement change today fri 24/12 - visit by?", ["visit1wd"], ("wd", "2027-12-24", 1))
R("typos", d, "2026-04-03", "child moved placment today good friday, wen do i need to visit", ["visit1wd"], ("wd", "2026-04-03", 1), amb="Move on a bank holiday: if the clock is taken to start on the next working day (Tue 7 Apr) the deadline would be Wed 8 Apr.")
R("newstarter", d, "2026-05-30", "A young person came into care today, Saturday 30 May 2026, as an emergency placement. When should I visit them?", ["visit1wd", "seen1wd"], ("wd", "2026-05-30", 1), amb="Placement on a Saturday: if the clock is taken to start on Monday 1 June, the deadline would be Tue 2 June.")
R("manager", d, "2025-05-06", "Child became looked after Thu 24/04/2025, first visit Mon 28/04/2025 – compliant?", ["visit1wd", "seen1wd"], ("wd", "2025-04-24", 1))
R("indirect", d, "2026-08-31", "a 9 yr old moved from one foster home to another today (bank hol monday 31/8) - by when do I need to go and see her?", ["visit1wd"], ("wd", "2026-08-31", 1))
R("scenario", d, "2026-04-01", "Child placed with foster carers today (1 April) after the EPO yesterday, 31/03. Her birthday's on 4 April. When's the placement meeting due?", ["placemtg"], ("wd", "2026-04-01", 3))
R("indirect", d, "2027-05-28", "the meeting with the new foster carers to agree what they can sign off for the kids - they were placed today, 28 May 2027 - when does it need to happen by?", ["placemtg"], ("wd", "2027-05-28", 3))
R("typos", d, "2025-12-22", "updated placemnt plan to carers - placment started today 22.12 when by", ["placeplan"], ("wd", "2025-12-22", 5))
R("manager", d, "2025-05-20", "Placement began 02/05/2025; updated placement plan given to carers 12/05/2025. In timescale?", ["placeplan"], ("wd", "2025-05-02", 5))
R("duty", d, "2025-12-10", "CIC today 10/12 - care pack + rights leaflet by?", ["pack"], ("wk", "2025-12-10", 3))
R("newstarter", d, "2027-03-16", "When does a child need to be given their coming into care pack? She came into care on 15 March 2027.", ["pack"], ("wk", "2027-03-15", 3))
R("indirect", d, "2025-12-19", "a child became looked after today (19/12) - when do I need to have told all the other professionals about her legal status?", ["legalstatus"], ("wd", "2025-12-19", 5))
R("typos", d, "2027-04-15", "how long to tell other profesionals about legal status, lac from 14/4/27?", ["legalstatus"], ("wd", "2027-04-14", 5))
R("scenario", d, "2026-03-23", "Twins came into care on 16/03/2026 and their older brother on 20/03/2026. I'm asking about the twins. When does their initial health assessment need to be carried out?", ["iha"], ("wd", "2026-03-16", 20))
R("manager", d, "2025-05-12", "Child looked after from 07/04/2025, IHA carried out 08/05/2025. Within timescale?", ["iha"], ("wd", "2025-04-07", 20))
R("duty", d, "2026-08-12", "CIC 12/8/26 - PEP by?", ["pep"], ("cd", "2026-08-12", 20), amb="The standard does not say what the 20 days run from; counted from coming into care.")
R("indirect", d, "2027-12-06", "when does the meeting at school about her education plan have to be set up? she came into care on the 3rd", ["pep"], ("cd", "2027-12-03", 20), amb="The standard does not say what the 20 days run from; counted from coming into care.")
R("duty", d, "2025-12-29", "placed 26/12/25, care plan on system by?", ["careplan"], ("cd", "2025-12-26", 10))
R("newstarter", d, "2026-03-30", "Could you help me with when the care plan needs to be recorded on LCS? The placement started on 27 March 2026.", ["careplan"], ("cd", "2026-03-27", 10))
R("typos", d, "2026-04-10", "frist lac reveiw - child came into care 9/4/26 when is it due", ["lacreview"], ("wd", "2026-04-09", 20))
R("indirect", d, "2025-05-06", "she became a child in our care on 5 May 2025 - when's the first of those meetings with the independent reviewing officer where her care plan gets looked at?", ["lacreview"], ("wd", "2025-05-05", 20))
R("scenario", d, "2026-12-14", "Section 20 agreed and the child was accommodated on Friday 11/12/2026. We'd already had a PLO meeting on 01/12. When's the deadline for the initial LAC review?", ["lacreview"], ("wd", "2026-12-11", 20))
R("manager", d, "2027-09-10", "Child became LAC 04/08/2027, initial review held 03/09/2027. In timescale?", ["lacreview"], ("wd", "2027-08-04", 20))
R("newstarter", d, "2027-03-19", "Hello, when is the first Looked After Review due? The child became looked after on 18 March 2027.", ["lacreview"], ("wd", "2027-03-18", 20))
R("indirect", d, "2026-03-30", "my write-up for the child's care review needs to get to the reviewing officer before the meeting on 7/4/2026 - when by?", ["iroreport"], ("cdb", "2026-04-07", 3))
R("manager", d, "2025-07-02", "LAC review 30/06/2025, SW report to IRO 28/06/2025 – compliant?", ["iroreport"], ("cdb", "2025-06-30", 3))
# IRO
R("indirect", d, "2025-12-22", "the reviewing officer raised drift with me informally today - how long before it turns into a formal dispute if it's not sorted?", ["iroinformal"], ("wd", "2025-12-22", 5))
R("duty", d, "2026-04-01", "IRO informal challenge 1/4/26 - formal by?", ["iroinformal"], ("wd", "2026-04-01", 5))
R("manager", d, "2025-06-25", "Formal IRO dispute raised 26/05/2025, resolved 23/06/2025 – within timescale?", ["irodispute"], ("wd", "2025-05-26", 20))
R("newstarter", d, "2026-12-15", "The IRO raised a formal dispute on 14 December 2026. When should the dispute resolution process be completed?", ["irodispute"], ("wd", "2026-12-14", 20))
# Adoption
R("scenario", d, "2025-05-02", "Baby was placed with adopters on 12/04/2025. The Placement Order was made 20/01/2025. The adopters want to know the earliest date they can apply for the adoption order.", ["adopt10"], ("wk", "2025-04-12", 10))
R("indirect", d, "2027-01-04", "the little boy moved in with his new forever family on 28 Dec 2026 - when can they put their application in to court to make it permanent?", ["adopt10"], ("wk", "2026-12-28", 10))
# Fostering
R("manager", d, "2027-05-10", "Foster carer supervisory visit 29/04/2027, recorded on LCS 05/05/2027. Within timescale?", ["fcrecord"], ("wd", "2027-04-29", 3))
R("scenario", d, "2026-12-21", "The Strategic Lead gave permission today (21/12) for a Variation of Terms so a child outside the carers' approval could be placed with them; the child moves in today too. Carers' annual review is 10/01. How long does the variation last?", ["variation"], ("wd", "2026-12-21", 6))
R("indirect", d, "2025-05-22", "we've got special permission for a carer to look after a child outside what they're approved for, starting today 22/5 - when does that permission run out?", ["variation"], ("wd", "2025-05-22", 6))
R("duty", d, "2025-12-19", "connected person temp approval 19/12/25 - expires?", ["tempapp"], ("wk", "2025-12-19", 16))
R("newstarter", d, "2026-03-02", "Grandma was temporarily approved as a connected person foster carer on 2 January 2026. If it is extended, what is the latest date the extension can run to?", ["tempapp"], ("wk", "2026-01-02", 24))
R("manager", d, "2027-03-05", "Temporary approval of connected carer from 04/03/2027. When does the initial approval period end?", ["tempapp"], ("wk", "2027-03-04", 16))
# Case recording, summaries, assessments on open cases
R("typos", d, "2026-01-01", "home visit done yesterday 31/12 how long have i got to write it up", ["recording"], ("cd", "2025-12-31", 3))
R("duty", d, "2026-04-04", "visit today sat 4/4 - recording due?", ["recording"], ("cd", "2026-04-04", 3))
R("indirect", d, "2027-05-04", "I spoke to the child's teacher on the phone last Thursday - when should that have gone on the file?", ["recording"], ("cd", "2027-04-29", 3))
R("manager", d, "2026-02-09", "Case file summary last updated 30/11/2025. When is an update due?", ["summary"], ("mo", "2025-11-30", 3))
R("newstarter", d, "2026-09-01", "How often does the case file summary need updating? Mine was last done on 15 August 2026 – when's the next update needed by?", ["summary"], ("mo", "2026-08-15", 3))
R("manager", d, "2026-11-16", "Child's last authorised C&F assessment was 09/01/2026. When does it go out of date for audit?", ["assess12"], ("mo", "2026-01-09", 12))
R("indirect", d, "2025-02-10", "for an open case, by when do we need a fresh assessment if the last one was signed off by the manager on 29 Feb 2024?", ["assess12"], ("mo", "2024-02-29", 12))

# extra scenario rows
R("scenario", d, "2027-08-27", "Two siblings (aged 4 and 11 – the older one's birthday is 2 September) were placed in foster care today after police protection yesterday, 26/08. By when does their care plan have to be on the system?", ["careplan"], ("cd", "2027-08-27", 10))
R("scenario", d, "2025-12-30", "The IRO made an informal challenge on 17/12/2025 which wasn't resolved, so a formal dispute was raised yesterday, 29/12/2025. The next LAC review is 20/01/2026. When should the formal dispute process be finished?", ["irodispute"], ("wd", "2025-12-29", 20))
R("scenario", d, "2027-04-01", "Child was placed with carers on Tuesday 23 March 2027 and we had the placement meeting on 25/03. The carers still haven't had the updated placement plan. When was that due?", ["placeplan"], ("wd", "2027-03-23", 5))

# ---------------- visits / review schedules ----------------
v = "visits"
R("duty", v, "2026-01-05", "CP visit done 22/12/25 - next due?", ["cpvisit"], ("wk", "2025-12-22", 4))
R("typos", v, "2026-04-07", "last cp vist was 3.4.26 when is next one due", ["cpvisit"], ("wk", "2026-04-03", 4))
R("indirect", v, "2027-05-04", "I last saw the child who's on a protection plan at home on 30th April 2027 - what's the latest I can see her again?", ["cpvisit"], ("wk", "2027-04-30", 4))
R("manager", v, "2025-02-17", "CP visits on 06/01/2025 then 07/02/2025 – within the visiting standard?", ["cpvisit"], ("wk", "2025-01-06", 4))
R("duty", v, "2025-12-22", "CIN visit 18/12/25 next by?", ["cinvisit"], ("wk", "2025-12-18", 6))
R("newstarter", v, "2026-03-16", "I saw a child on a Child in Need plan at home on 10 March 2026. When is my next visit due?", ["cinvisit"], ("wk", "2026-03-10", 6))
R("typos", v, "2026-06-01", "cin reveiw meeting was 27/5 when is the next one", ["cinreview"], ("wk", "2026-05-27", 6))
R("scenario", v, "2026-10-21", "CIN review was held on 14/10/2026, and the school nurse saw the child on 20/10. Dad's new partner moved in on the 19th. When is the next CIN review due by?", ["cinreview"], ("wk", "2026-10-14", 6))
R("duty", v, "2026-03-17", "LAC since 2/3/26, no review yet, visited 16/3 - next stat visit?", ["lacweekly"], ("wk", "2026-03-16", 1))
R("indirect", v, "2026-12-29", "her first care review has happened and the long-term plan isn't finalised yet; I last saw her at her foster home on 23/12/2026 - latest date for my next statutory visit?", ["lac6"], ("wk", "2026-12-23", 6))
R("manager", v, "2025-06-23", "LAC child, first review already held; statutory visits 05/05/2025 and 20/06/2025. Compliant?", ["lac6"], ("wk", "2025-05-05", 6))
R("scenario", v, "2025-08-18", "Young person has been in a permanent placement with long-term carers since June 2024 and is settled; permanence is confirmed. Last statutory visit was on 11/08/2025 and her birthday is 25/08. When is the next visit due?", ["lac12"], ("wk", "2025-08-11", 12))
R("newstarter", v, "2025-12-23", "The child was placed for adoption on 1 December 2025 and the first Looked After Review hasn't happened yet. I visited on 22 December. When do I need to visit next?", ["adoptweekly"], ("wk", "2025-12-22", 1))
R("typos", v, "2027-03-22", "adoption placement, 1st lac reveiw done, last visit 19/3/27 when next", ["adopt6wk"], ("wk", "2027-03-19", 6))
R("duty", v, "2025-09-02", "FC supervisory visit 1/9/25 - next due?", ["fcvisit"], ("wk", "2025-09-01", 6))
R("manager", v, "2026-11-02", "Foster carer's last unannounced visit was 15/02/2026. Latest date for the next one?", ["fcunann"], ("mo", "2026-02-15", 12))
R("indirect", v, "2026-01-06", "when do we next need to look again at how often mum and dad see the children? we last went over the arrangements on 5/1/26 and there's no permanence plan yet", ["familytime"], ("wk", "2026-01-05", 8))
R("scenario", v, "2027-04-02", "Family time arrangements were set when the children came into care on 20/03/2027 and we reviewed them on 01/04/2027. Permanence plan not agreed yet. When's the next family time review due?", ["familytime"], ("wk", "2027-04-01", 8))
R("duty", v, "2026-12-17", "review PLO mtg last 16/12/26 - next by (latest)?", ["ploreview"], ("wk", "2026-12-16", 6), amb="The standard gives a range of 4-6 weeks; the latest date is used (4 weeks would be 13 Jan 2027).")
R("newstarter", v, "2026-04-01", "The foster carer's annual review was on 31 March 2026. When is the next annual review due?", ["fcannual"], ("mo", "2026-03-31", 12))
R("manager", v, "2026-12-01", "Carer's DBS, medical and references last updated 29/02/2024 – when are they next due?", ["fcdbs"], ("mo", "2024-02-29", 36))
R("typos", v, "2027-05-10", "foster carers core trainig last updated 12/6/24 when is it due again", ["fctraining"], ("mo", "2024-06-12", 36))
R("indirect", v, "2026-06-15", "the last time this carer's yearly review went in front of the panel (not just the IRO) was 09/11/2023 - when must it next go to panel?", ["fcpanel"], ("mo", "2023-11-09", 36))

# ---------------- ages ----------------
a = "age"
R("newstarter", a, "2025-11-03", "A young person I work with was born on 31/08/2010. When should their pathway plan be started?", ["pathway"], ("age", "2010-08-31", 15, 6))
R("duty", a, "2026-09-14", "YP dob 12/10/11 - pathway plan start date?", ["pathway"], ("age", "2011-10-12", 15, 6))
R("typos", a, "2027-02-01", "when does pathway plan start for a yp born 29.2.2012", ["pathway"], ("age", "2012-02-29", 15, 6))
R("scenario", a, "2026-01-19", "Child's DOB is 14/06/2020, mum is 19 and we're thinking about PLO. Legal Gateway is on 26/01. If PLO started after a certain date she wouldn't automatically get a Trafford adoption social worker - what's that date?", ["adopt6"], ("age", "2020-06-14", 6))
R("indirect", a, "2026-02-10", "little girl born 29/02/2020 - if we start the court letter process for her, from what date is she too old to automatically get one of the adoption team's workers and a family finder?", ["adopt6"], ("age", "2020-02-29", 6))
R("manager", a, "2027-01-11", "Child DOB 03/01/2015 attended ICPC on 02/01/2027 — should an advocate have been offered?", ["advocate"], ("age", "2015-01-03", 12))
R("duty", a, "2025-11-24", "dob 25/12/13 - advocate for conf from when?", ["advocate"], ("age", "2013-12-25", 12))
R("newstarter", a, "2026-10-05", "A little boy on my caseload was born on 28 March 2021. Until what date would he be allocated a Trafford adoption social worker if he entered PLO?", ["adopt6"], ("age", "2021-03-28", 6), amb="'Under the age of 6' ends on the 6th birthday; some would give the day before (27 March 2027) as the last qualifying day.")
R("typos", a, "2025-12-01", "yp born 30.11.2010 when does her pathway plan need starting", ["pathway"], ("age", "2010-11-30", 15, 6))

# ---------------- choice ----------------
c = "choice"
R("duty", c, "2026-06-11", "conf today 11/6 – what's due next & when?", ["coregroup", "cindeplan"], [(("cd", "2026-06-11", 10), "first core group if on a plan"), (("cd", "2026-06-11", 20), "first CIN meeting if de-planned")])
R("newstarter", c, "2025-12-01", "I've just started a Child and Family Assessment today (1 December 2025). When is it due?", ["tlreview", "complete45"], [(("wd", "2025-12-01", 15), "Team Leader review"), (("cd", "2025-12-01", 45), "completion")])
R("indirect", c, "2026-03-30", "child went into foster care today, 30/3/26 — when does the plan need to be done?", ["placeplan", "careplan"], [(("wd", "2026-03-30", 5), "updated placement plan to carers"), (("cd", "2026-03-30", 10), "care plan on LCS")])
R("duty", c, "2026-09-14", "LAC today 14/9 - meeting due when?", ["placemtg", "lacreview"], [(("wd", "2026-09-14", 3), "placement meeting"), (("wd", "2026-09-14", 20), "initial LAC review")])
R("typos", c, "2027-12-24", "strat needed, decison made today fri 24/12, when has it got to happen by", ["strat1wd", "strat24"], [(("wd", "2027-12-24", 1), "within 1 working day of the management decision"), (("cd", "2027-12-24", 1), "within 24 hours")])
R("scenario", c, "2027-02-05", "Visited her at placement yesterday, 04/02/2027. She came into care in mid-January and she's settling. When's the next statutory visit due?", ["lacweekly", "lac6"], [(("wk", "2027-02-04", 1), "weekly until the first LAC review"), (("wk", "2027-02-04", 6), "6-weekly after the first review")])
R("indirect", c, "2026-09-15", "we've been in pre-proceedings since the first meeting on 14 Sept 2026 - if nothing changes, when is the meeting about whether we go to court?", ["rlpm", "gateway16"], [(("wk", "2026-09-14", 12), "review legal planning meeting at 12 weeks"), (("wk", "2026-09-14", 16), "Legal Gateway at 16 weeks")])
R("manager", c, "2026-01-20", "ICPC was 13/01/2026 — when was the SW report due?", ["rptfamily", "rptchair"], [(("cdb", "2026-01-13", 3), "shared with family"), (("wdb", "2026-01-13", 3), "sent to CP chair")])
R("duty", c, "2025-05-07", "1st PLO mtg today 7/5 - whats due after and when?", ["fgc", "viability", "minutes"], [(("wd", "2025-05-07", 3), "FGC referral / viability requests"), (("cd", "2025-05-07", 7), "minutes to parents")])

# ---------------- none ----------------
n = "none"
R("duty", n, "2026-03-11", "ICPC 10/3/26 - RCPC due when?", ["nextconf"], why="the standards leave the date of the next conference to the CP chair; no review conference timescale is given")
R("newstarter", n, "2026-05-06", "How often should core groups be held after the first one? Our last core group was on 5 May 2026 – when is the next one due?", ["coreevery"], why="only the first core group (10 days) is timed; later core group frequency is not set")
R("typos", n, "2027-02-03", "whens the 2nd lac reveiw due, 1st one was 2/2/27", ["newlac"], why="only the initial LAC review (20 working days) is timed; later reviews refer to 'the timescales' without giving them")
R("manager", n, "2026-01-05", "How often must a SW have supervision? Last one was 12/11/2025 – is the next one overdue?", ["supervision"], why="supervision frequency is left to the supervision policy")
R("indirect", n, "2026-06-08", "when does the life story book and the letter for her to read when she's older need to be finished? she moved in with adopters on 3/6/26", ["lifestory"], why="no deadline is given for the life story book or later life letter")
R("scenario", n, "2025-08-15", "Child went missing from placement on 14/08/2025 and came back this morning. Carers are worried. When does the return home interview need to be done by?", ["missing"], why="the standards do not mention return home interviews or set a timescale for them")
R("duty", n, "2027-02-10", "SHOPBA deadline? final care planning mtg 9/2/27", ["shopba"], why="SHOPBA must fall after the final care planning meeting and before IRH paperwork, but no date count is given")
R("typos", n, "2026-01-07", "strat minuts need to go out to everyone by when, strat was 6/1/26", ["stratrecord"], why="a record must be sent to participating professionals but no timescale is given")
R("newstarter", n, "2026-10-23", "When does the IRO need to contact the child between reviews? The last review was on 22 October 2026.", ["irocontact"], why="IRO contact between reviews is required but no timescale is set")
R("manager", n, "2027-03-08", "Care proceedings issued 01/03/2027 – when is the 26 week final hearing due?", ["swet"], why="the standards set no proceedings timescale; filing timescales are agreed at Legal Gateway")
