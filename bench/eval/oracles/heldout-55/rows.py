# Structured descriptions of every question. oracle.py computes due/count from these.
# ev: ISO event date (or day offset from today); r: rule (wdN working days after, wdbN working
# days before, dN / dbN calendar days after/before, wN weeks, mN months, yN years, ageY.M);
# several rules joined by "|" for choice rows (due = earliest). p: keys into PHRASES.
PHRASES = {
 "FD": "made by what action are required by a Team Leader within 1 working day",
 "INIT": "Initial decisions will be made about the action required within 1 working day",
 "REF": "Referrals will be actioned by a social worker within 1 working day",
 "S47SEEN": "will be seen by the Social Worker the same day",
 "S47DISC": "Within 5 days of the Section 47 being initiated",
 "ALLOC": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 "TLREV": "All assessments will be reviewed by the Team Leader within 15 working days",
 "C45": "Assessments must all be completed within 45 days",
 "STRAT1": "this must happen within 1 working day and should be chaired by a social work manager",
 "STRAT24": "A strategy discussion within 24 hours involving all relevant agencies",
 "NOTICE": "the Neighbourhood Team via email, giving at least 5 days",
 "ICPC": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 "FAM3": "The report will be shared with family at least 3 the days prior to conference",
 "CHAIR3": "The report will be sent to the child protection chair 3 working days before the conference",
 "CG": "held within 10 days of the conference and is used to put detail on the outline CP plan",
 "CPV": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 "CPHOME": "A statutory CP visit must not be recorded on the child’s file unless the child was seen at home",
 "RCPAR": "This report must be shared with parents at least 3 days prior to the review conference",
 "RCCHAIR": "The report will be available to the conference chair at least 3 days prior to the review conference",
 "PTT": "when they have been subject to a plan for 12 months",
 "PLO1": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 "FGC": "Referral should be made within 3 working days of the first PLO meeting",
 "VIA": "Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 "MIN": "to be distributed to parents and their legal representation within 7 days of the meeting",
 "PLOREV": "Review PLO meetings with parents to be held every 4-6 weeks",
 "LPM12": "A review legal planning meeting will be held at 12 weeks",
 "EXT4": "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
 "LG16": "a Legal Gateway meeting will be convened at 16 weeks with Strategic Lead oversight",
 "CIN20": "will set the first CIN meeting within 20 days",
 "CIN10": "the initial CIN meeting must take place within 10 days",
 "CINREV": "CIN review meetings will be held at least every 6 weeks",
 "CINV": "A child subject to a CIN plan will be seen at least every 6 weeks",
 "EMERG": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 "VIS1": "The child will be visited within 1 working day of coming into care or having a change in placement",
 "SEEN1": "All looked after children will be seen within 1 working day of placement",
 "PMEET": "The placement meeting will be held within 3 working days",
 "PPLAN5": "an updated copy given to the carers within 5 working days of the placement beginning",
 "FT8": "reviewed at least every 8 week until the plan for permanence is agreed",
 "PACK": "coming into care pack, children rights leaflet within 3 weeks",
 "LEGAL5": "will be informed of the child’s legal status within 5 working days",
 "IHA": "An initial health assessment will be requested and carried out within 20 working days",
 "PEP": "A PEP meeting will be arranged within the school within 20 days",
 "LACW": "Statutory looked after visits must happen weekly until the first looked after review",
 "LAC6": "a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 "LAC12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 "LACSEEN": "Visits can only be recorded as a statutory looked after visit if the child is seen",
 "CP10": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 "LACR1": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 "PATH": "A pathway plan will be started when the young person is 15 years 6 months",
 "IRO3": "this will be with the IRO 3 days before the review",
 "IROINF": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 "IROFORM": "The formal dispute resolution process should be completed from start to finish within 20 working days",
 "ADOP6": "If a child under the age of 6 enters PLO or proceedings",
 "ADOPW": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 "ADOP6W": "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 "ADOP10": "Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
 "FCV": "Trafford foster carers are visited at least once every six weeks",
 "FCREC": "a record of this visit is recorded on LCS within 3 working days",
 "FCUNANN": "will have an unannounced visit at least once every 12 months",
 "FCANN": "All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
 "FCPANEL": "Every foster carer will have an annual review presented to the Fostering Panel at least every three years",
 "FCDBS": "updated statutory references, medicals and DBS checks at least every three years",
 "FCTRAIN": "must update their core training at least every three years",
 "VAR6": "This can only be given for up to 6 working days",
 "TEMP16": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 "REC3": "any event or contact is recorded within 3 days",
 "SUMM": "A clear and concise case file summary which has been updated within the last 3 months",
 "ASS12": "An up to date assessment (within the last 12 months) on each child",
 "ADV12": "if they are 12 or over they should be offered an advocate",
 # phrases for rows where the standards set no timescale
 "N_RCPC": "The child protection chair will set the date of the next conference",
 "N_SUP": "monitored through supervision which takes place in line with the supervision policy",
 "N_CG": "targets agreed and outcomes expected are reviewed at every core group",
 "N_LAC2": "At the point of the second review (if not in proceedings) the child must have a permanency plan",
 "N_STRATREC": "the plan for the enquiries and decisions recorded and a record sent to all participating professionals",
 "N_LLL": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
 "N_LEAVE": "When a young person begins transitions into the care leaving stages there will be",
 "N_IRO": "The IRO will contact the child between reviews to ensure the progress of the plan",
 "N_SHOPBA": "This needs to take place after the area teams final care planning meeting",
 "N_ANNEX": "The Social Worker will complete the Annex A suitability report for Court",
}

ROWS = []


def R(v, k, t, ev, r, p, q, amb=None, wdok=False):
    ROWS.append(dict(v=v, k=k, t=t, ev=ev, r=r, p=p.split(), q=q, amb=amb, wdok=wdok))


AMB45 = "The standard says 45 days (calendar, as counted here); a reader going by statutory guidance might count 45 working days."
AMBSTRAT = "The S47 section separately says a strategy discussion 'within 24 hours', which would give the next calendar day instead."

# ---------------- Front Door ----------------
R("duty", "date", "2025-12-24", "2025-12-24", "wd1", "FD",
  "contact in this am re 2 kids, consent not clear. TL decision by when? (xmas eve lol)")
R("typos", "date", "2026-04-02", "2026-04-02", "wd1", "FD INIT",
  "got a contact thru at 4pm today, when does the TL have to make the decishion on it, is it before easter??")
R("newstarter", "date", "2027-05-28", "2027-05-28", "wd1", "REF",
  "Hi, sorry if this is a basic question: a referral came in today (Friday) and I've been asked to action it. How long do I have under the practice standards?")
R("manager", "date", "2026-01-07", "2025-12-31", "wd1", "FD",
  "Audit q: contact came into CFR 31/12/25, TL decision recorded 05/01/26. Was the decision in timescale?")
R("indirect", "date", "2025-08-22", "2025-08-22", "wd1", "FD INIT",
  "a call came in from school this afternoon worried about a kid's bruising, how long have we got for someone senior to decide what we're doing with it?")
R("scenario", "date", "2027-12-23", "2027-12-23", "wd1", "INIT",
  "Health visitor rang today about a 9 month old, mum's partner is back in the house. Baby's DOB is 02/03/2027 and there was an earlier contact on 14/11/2027 that was NFA'd. Today's one has been screened as level 4. When does the TL need to have made the initial decision?")
R("scenario", "date", "2026-05-22", "2026-05-22", "wd1", "REF",
  "School rang at 3pm today about a Year 4 boy with a mark on his face; he's 8 (DOB 11/02/2018) and the last contact about him was 02/04/2026. It's gone through as a level 4 referral. When does a social worker need to action it by?")
R("typos", "date", "2025-05-02", "2025-05-02", "wd1", "REF INIT",
  "referal in 2day, lvl 5, when does a sw need to action it by")

# ---------------- S47 ----------------
R("duty", "date", "2026-08-28", "2026-08-28", "d0", "S47SEEN",
  "s47 agreed this pm, child seen by when?")
R("newstarter", "date", "2025-12-22", "2025-12-22", "d5", "S47DISC",
  "Hello, a Section 47 was started today (22nd December). My practice educator mentioned a check-in with my manager a few days later. When should that progress discussion happen by?")
R("manager", "date", "2027-04-06", "2027-03-25", "d5", "S47DISC",
  "S47 initiated 25/03/27, SW/manager progress discussion held 01/04/27. In timescale?")
R("typos", "date", "2026-04-01", "-1", "d5", "S47DISC",
  "s47 startd yesterday 31.3 when do me and my TL have to do the progress chat by")
R("indirect", "date", "2025-04-17", "2025-04-17", "d5", "S47DISC",
  "we've just started the child protection enquiries on a 6 yr old today. how soon do I need to sit down with my manager to go through how the enquiries are going?")

# ---------------- Allocation / assessment ----------------
R("scenario", "date", "2025-12-23", "2025-12-23", "wd3", "ALLOC",
  "First Response passed a case to our team today, 23/12/2025, for a C&F. Two children aged 7 and 10, and I've got their cousin's ICPC on 05/01 as well. By when does it need to be allocated to a worker?",
  amb="The standard does not name the start event; counted from the day the case came through.")
R("manager", "date", "2026-04-10", "2026-04-01", "wd3", "ALLOC",
  "Referral accepted for C&F assessment on 01/04/26, allocated on LCS 08/04/26. Within the allocation timescale?")
R("newstarter", "date", "2027-08-26", "2027-08-26", "wd3", "ALLOC",
  "Hi, I'm a new team leader. A case was passed to us today needing a Child and Family Assessment. By when must I have allocated it to a worker?")
R("typos", "date", "2027-03-24", "2027-03-24", "wd3", "ALLOC",
  "c+f needs allocating came in 24/3/27 whens the deadline to allocate")
R("duty", "date", "2025-12-15", "2025-12-15", "wd15", "TLREV",
  "C&F started today, TL review due?")
R("scenario", "date", "2026-03-27", "2026-03-27", "wd15", "TLREV",
  "I started a C&F on 27/03/2026 for a 14 yr old (DOB 09/11/2011) after a strat on 25/03. There's a CIN meeting pencilled in for 20/04. When does my TL need to have reviewed the assessment?")
R("indirect", "date", "2027-04-30", "2027-04-30", "wd15", "TLREV",
  "assessment kicked off today, when does my manager have to look over it and decide if more work is needed?")
R("manager", "date", "2025-09-10", "2025-08-11", "wd15", "TLREV",
  "Assessment started 11/08/25, TL review recorded 02/09/25. Within standard?")
R("scenario", "date", "2025-11-11", "2025-11-11", "d45", "C45",
  "I opened a C&F on 11/11/2025 for a 15 year old after a referral from college on 07/11. Her 16th birthday is 20/12. What's the 45 day date for the assessment?",
  amb="Counted from the assessment start (11/11); counting from the referral (07/11) or reading 45 days as working days gives other dates.")
R("typos", "date", "2026-02-20", "2026-02-16", "d45", "C45",
  "wen does my asesment need finishing, startd it on 16th feb", amb=AMB45)
R("newstarter", "date", "2027-07-19", "2027-07-19", "d45", "C45",
  "Could you tell me when my Child and Family Assessment needs to be completed by? I began it on Monday 19 July 2027.", amb=AMB45)
R("manager", "date", "2026-07-01", "2026-05-17", "d45", "C45",
  "C&F start 17/05/26, authorised 30/06/26. Was it completed in 45 days?", amb=AMB45)
R("scenario", "date", "2025-10-20", "2025-10-10", "d45", "C45",
  "Mum has three kids, the youngest born 04/09/2025. Referral came in 08/10, strat on 09/10 and we started the assessment on 10/10/2025. When's the final deadline for the assessment?",
  amb="Counted from the assessment start (10/10); counting from the referral (08/10) gives 22/11/2025, and a working-day reading of 45 days gives a later date.")
R("indirect", "date", "2026-12-14", "2026-12-14", "d45", "C45",
  "started looking at the family's needs properly on 14 Dec, how long until the whole thing has to be finished and written up?", amb=AMB45)

# ---------------- Strategy discussion ----------------
R("duty", "date", "2026-12-24", "2026-12-24", "wd1", "STRAT1",
  "mgmt decision for strat made 24/12, strat by?", amb=AMBSTRAT)
R("newstarter", "date", "2025-04-17", "2025-04-17", "wd1", "STRAT1",
  "My manager has just decided that a strategy discussion is needed (Thursday 17 April). When does it have to happen by?", amb=AMBSTRAT)
R("manager", "date", "2027-06-07", "2027-05-28", "wd1", "STRAT1",
  "TL decided strat needed Fri 28/05/27, strat held Tue 01/06/27. In timescale?", amb=AMBSTRAT, wdok=True)

# ---------------- Transfer notice ----------------
R("scenario", "date", "2026-01-05", "2026-01-19", "db5", "NOTICE",
  "C&F done and the case is going to the Neighbourhood Team at CIN. We've agreed the transfer date will be 19/01/2026. The child's birthday is 12/01. By when do we have to email the NT so they get their notice?")
R("indirect", "date", "2027-08-20", "2027-09-03", "db5", "NOTICE",
  "we want the neighbourhood team to take the case over on Friday 3rd Sept, what's the latest day I can email them so they get the notice they're meant to?",
  amb="Counted as 5 calendar days before the transfer; a reader taking the notice as working days would say 2027-08-26.")

# ---------------- ICPC ----------------
R("duty", "date", "2025-12-19", "2025-12-19", "wd15", "ICPC", "strat 19/12/25 icpc by?")
R("typos", "date", "2026-03-30", "2026-03-30", "wd15", "ICPC", "strat was 30.3.26 whens the icpc due")
R("scenario", "date", "2026-05-06", "2026-05-01", "wd15", "ICPC",
  "We had a strat on 01/05/2026 about a 4 yr old (DOB 20/06/2021) and the S47 has ended with a decision to go to conference. There was an earlier strat in February that was NFA. When does the ICPC need to be held by?")
R("indirect", "date", "2027-03-22", "2027-03-22", "wd15", "ICPC",
  "we had the first multi agency meeting today where police and health agreed to do child protection enquiries (22/03/27). how long until the big conference where they decide on a plan?")
R("newstarter", "date", "2025-08-14", "2025-08-14", "wd15", "ICPC",
  "Hello! The initial strategy discussion for my family was on Thursday 14 August 2025. What is the latest date the Initial Child Protection Conference can be held?")
R("manager", "date", "2027-01-25", "2026-12-22", "wd15", "ICPC",
  "ICPC was held 20/01/27, strat was 22/12/26. Was that in timescale?")
R("duty", "date", "2027-12-17", "2027-12-17", "wd15", "ICPC", "strat 17/12/27, ICPC date needed")
R("typos", "date", "2025-05-23", "2025-05-23", "wd15", "ICPC", "icpc deadline pls strat ws 23rd may")
R("scenario", "date", "2026-08-24", "2026-08-24", "wd15", "ICPC",
  "Strat held on Monday 24/08/2026 for twins born 31/08/2024, so their 2nd birthday is next week. Police are visiting on 26/08. When's the latest date for the ICPC?")
R("manager", "date", "2025-05-01", "2025-04-07", "wd15", "ICPC", "Strat 07/04/25, ICPC 28/04/25. Compliant?")

# ---------------- ICPC reports ----------------
AMBFAM = "The wording 'at least 3 the days prior' is odd; counted as calendar days, a working-day reading would give an earlier date."
R("duty", "date", "2026-04-01", "2026-04-07", "db3", "FAM3",
  "icpc tue 07/04/26, latest to share report w family?", amb=AMBFAM)
R("newstarter", "date", "2027-01-04", "2027-01-11", "db3", "FAM3",
  "Hi, the ICPC is on Monday 11 January 2027. By what date do I need to share my report with the parents?", amb=AMBFAM)
R("indirect", "date", "2025-12-18", "2025-12-29", "db3", "FAM3",
  "the first child protection meeting for the family is on 29/12/25, when's the last day mum and dad can be given my written report?", amb=AMBFAM)
R("typos", "date", "2027-04-01", "2027-04-06", "wdb3", "CHAIR3",
  "cp chair wants my report 3 days b4 conf, conf is 6/4/27 so when do i send it")
R("manager", "date", "2026-01-06", "2026-01-05", "wdb3", "CHAIR3",
  "ICPC 05/01/26, report received by chair 30/12/25. Was that 3 working days before?")
R("scenario", "date", "2025-08-20", "2025-08-28", "wdb3", "CHAIR3",
  "Conference is booked for Thursday 28/08/2025. My TL is on leave from 26/08 so needs to sign off before then, and the strat was back on 08/08. When does the report have to be with the chair?")

# ---------------- Core groups ----------------
R("scenario", "date", "2025-12-22", "2025-12-22", "d10", "CG",
  "ICPC today (22/12/2025): both children made subject to CP plans under neglect. The chair wants the review conference in March and the older one's birthday is 28/12. When must the first core group be held by?")
R("typos", "date", "2026-04-07", "2026-04-02", "d10", "CG", "1st core grp wen? conf was 2/4/26")
R("newstarter", "date", "2027-05-27", "2027-05-27", "d10", "CG",
  "Hello, my child was made subject to a Child Protection Plan at conference today (27 May 2027). When does the first core group meeting need to take place?")
R("indirect", "date", "2025-03-14", "2025-03-14", "d10", "CG",
  "the kids went on a plan at conference on 14/03/25, when do we need to have the first meeting of the group of professionals and family that puts the detail into the plan?")
R("manager", "date", "2026-09-15", "2026-08-28", "d10", "CG", "ICPC 28/08/26 (CP plan), first CG 09/09/26. In timescale?")
R("scenario", "date", "2026-12-30", "2026-12-23", "d10", "CG",
  "Baby (born 01/12/2026) was made subject to a CP plan at the ICPC on 23/12/2026. The chair set the review conference for March. When should the first core group be held?")

# ---------------- CP visits ----------------
R("duty", "visits", "2026-04-02", "2026-03-31", "w4", "CPV", "cp visit done 31/03, next by?")
R("typos", "visits", "2025-12-23", "2025-12-03", "w4", "CPV", "last saw the kid on 3/12 cp plan wen is the next visit due")
R("newstarter", "visits", "2027-03-25", "2027-03-19", "w4", "CPV",
  "Hi, I visited a child on a Child Protection Plan last Friday (19 March). When should the next statutory visit be by?")
R("manager", "visits", "2026-06-10", "2026-04-14", "w4", "CPV", "CP visits 14/04/26 then 15/05/26. Was the second in timescale?")
R("indirect", "visits", "2025-08-26", "2025-08-22", "w4", "CPV",
  "the child's on a protection plan and I last saw her at home on the 22nd. how long can I leave it before I have to see her again?")
R("scenario", "visits", "2027-12-20", "2027-12-10", "w4", "CPV CPHOME",
  "Saw the children on their CP plan at home on 10/12/2027 and did an unannounced visit at school on 17/12/2027 (not at home). Core group is 05/01/2028. When's the next statutory CP visit due?",
  amb="Counted from the last home visit; counting from the school visit (which the standard says cannot be recorded as a statutory CP visit) would give 2028-01-14.")

# ---------------- Review conference reports, 12 months ----------------
R("duty", "date", "2026-08-24", "2026-09-01", "db3", "RCPAR", "RCPC 01/09/26, report to parents by?")
R("newstarter", "date", "2025-12-29", "2026-01-05", "db3", "RCCHAIR",
  "I have a review child protection conference on 05/01/2026. When does the chair need my report by?")
R("manager", "date", "2027-06-05", "2027-06-04", "db3", "RCPAR",
  "RCPC 04/06/27. Plan update shared with parents 02/06/27. Was that the required time before?")
R("typos", "date", "2025-05-20", "2025-05-27", "db3", "RCPAR RCCHAIR", "review conf is 27th may, wen do parents need to see my update")
R("manager", "date", "2026-12-01", "2025-12-15", "m12", "PTT",
  "Child on CP plan since ICPC 15/12/2025, not ready to de-plan. When does the 12 month point hit for the professional thinking time meeting?")
R("indirect", "date", "2027-02-01", "2026-03-31", "m12", "PTT",
  "the boys were put on a plan at conference on 31/03/2026 and nothing is shifting. when do they hit the year mark where we should get the professionals together to rethink how we work with the family?")

# ---------------- PLO ----------------
R("duty", "date", "2026-12-18", "2026-12-18", "d10", "PLO1", "plo letter dated 18/12/26, 1st plo mtg by?")
R("typos", "date", "2025-04-15", "2025-04-15", "d10", "PLO1", "plo letter went out 15.4.25 wen does the 1st meeting need to b")
R("indirect", "date", "2027-08-23", "2027-08-23", "d10", "PLO1",
  "we sent the formal letter telling parents we're considering court on 23/08/27. when does the first meeting with them and their solicitor have to be?")
R("newstarter", "date", "2026-03-23", "2026-03-20", "d10", "PLO1",
  "Hello, the PLO letter is dated 20 March 2026 but the parents only received it on the 23rd. When should the first PLO meeting take place by?")
R("manager", "date", "2025-01-20", "2024-12-27", "d10", "PLO1", "PLO letter 27/12/24, first meeting 09/01/25. Compliant?")
R("scenario", "date", "2026-05-26", "2026-05-19", "d10", "PLO1",
  "Dad has a solicitor, mum doesn't want one. Legal Gateway was 14/05/2026 and the PLO letter was dated 19/05/2026. Mum's birthday is 28/05 and she's asked us to avoid it. What's the deadline for the first PLO meeting?")
R("typos", "date", "2026-04-02", "2026-04-02", "wd3", "VIA",
  "initial plo meeting was today 2/4 and nan might be able to take the kids, viabilty screening request by when")
R("indirect", "date", "2027-05-28", "2027-05-28", "wd3", "VIA",
  "first meeting under the pre-court process was today and an aunt has come forward as a possible carer. how long have I got to ask the family placement team to screen her?")
R("newstarter", "date", "2026-08-27", "2026-08-27", "wd3", "FGC",
  "The parents agreed to a Family Group Conference at the first PLO meeting today (27/08/2026). When must the referral for the FGC be made?")
R("manager", "date", "2027-01-10", "2026-12-22", "wd3", "VIA",
  "Initial PLO mtg 22/12/26, viability screening request to FPT sent 30/12/26. In timescale?")
R("duty", "date", "2027-03-26", "2027-03-25", "d7", "MIN", "plo mtg 25/03/27, minutes out by?")
R("scenario", "date", "2025-12-29", "2025-12-22", "d7", "MIN",
  "We held the first PLO meeting on 22/12/2025 with both parents and their solicitor; a review PLO meeting is pencilled for 26/01/2026. The child is 3 (DOB 15/01/2022). When do the minutes have to be sent to the parents and their solicitor?")
R("indirect", "date", "2026-05-01", "-1", "d7", "MIN",
  "when do the parents' lawyers need the written notes of what was agreed at the pre-court meeting? meeting was yesterday")
AMBPLOREV = "The standard gives a range (every 4-6 weeks); due is the 6-week outer limit, the 4-week point would be 14 days earlier."
R("duty", "visits", "2026-02-16", "2026-01-12", "w6", "PLOREV", "last plo review 12/01/26, next one by?", amb=AMBPLOREV)
R("manager", "visits", "2025-09-01", "2025-06-02", "w6", "PLOREV",
  "PLO review meetings 02/06/25 and 21/07/25. Was the second within the expected interval?", amb=AMBPLOREV)
AMBPLOSTART = "The standard does not say what the 12/16 weeks run from; counted from the PLO letter date, a reader could count from the first PLO meeting."
R("duty", "date", "2026-01-15", "2026-01-12", "w12", "LPM12",
  "plo started 12/01/26 (letter date), 12 wk legal planning mtg when?", amb=AMBPLOSTART)
R("newstarter", "date", "2025-06-02", "2025-06-02", "w16", "LG16",
  "Hello, our family entered PLO on 2 June 2025 (the date of the PLO letter). If the case stays in PLO, when would the Legal Gateway meeting at 16 weeks be?", amb=AMBPLOSTART)
R("manager", "date", "2027-03-01", "2026-12-07", "w12", "LPM12",
  "Audit: PLO commenced 07/12/2026 (letter). What date should the 12 week review legal planning meeting have been held by?", amb=AMBPLOSTART)
R("indirect", "date", "2026-09-01", "2026-09-01", "w4", "EXT4",
  "at the 12 week legal meeting today (01/09/26) they gave the family a few more weeks as it's exceptional. when does that extra time run out?")

# ---------------- CIN ----------------
R("newstarter", "date", "2027-03-10", "2027-03-10", "d20", "CIN20",
  "Hi, my child came off a Child Protection Plan at the review conference today (10/03/2027) and is stepping down to Child in Need. When should the first CIN meeting be?")
R("indirect", "date", "2026-07-24", "2026-07-24", "d20", "CIN20",
  "the conference today agreed the child doesn't need a protection plan any more and will be supported as a child in need instead. how long do we have to get the first meeting for that in?")
R("manager", "date", "2025-05-15", "2025-04-04", "d20", "CIN20", "De-planned at RCPC 04/04/25, first CIN meeting 28/04/25. In timescale?")
R("typos", "date", "2026-12-21", "2026-12-21", "d10", "CIN10", "case transfered from CFR to us on 21/12, whens the intial cin meeting due")
R("scenario", "date", "2027-04-07", "2027-04-01", "d10", "CIN10",
  "The case came over to our Neighbourhood Team from First Response on 01/04/2027; we'd done the joint visit on 29/03. The child's DOB is 01/04/2015 so transfer day was her birthday. When is the initial CIN meeting due?")
R("scenario", "date", "2025-08-22", "2025-08-22", "d10", "CIN10",
  "The case transferred to us from CFR today (22/08/2025) after the joint visit on 20/08. Mum is due to have a baby around 01/09. When does the initial CIN meeting need to be held?")
R("duty", "visits", "2026-05-26", "2026-04-14", "w6", "CINREV", "last cin review 14/04, next by?")
R("typos", "visits", "2025-12-08", "2025-11-03", "w6", "CINREV", "cin reveiw was on 3rd nov wen is the next one")
R("manager", "visits", "2027-09-01", "2027-05-24", "w6", "CINREV", "CIN reviews 24/05/27 and 12/07/27. Within frequency?")
R("newstarter", "visits", "2026-01-05", "2025-12-22", "w6", "CINV",
  "Good morning. I last saw a child on a Child in Need plan at home on 22 December 2025. When is the next visit due?")
R("indirect", "visits", "2025-04-22", "2025-04-17", "w6", "CINV",
  "the little one is on a child in need plan and I saw him at home on 17/04. what's the latest I can see him again?")
R("scenario", "visits", "2027-08-31", "2027-08-06", "w6", "CINV",
  "I saw the CIN child at school on 20/08/2027 and at home on 06/08/2027. The CIN review is 14/09. When's the next CIN visit due?",
  amb="Counted from the home visit because only home visits can be recorded as CIN visits; counting from the school visit gives 2027-10-01.")

# ---------------- Children in care ----------------
R("duty", "date", "2026-12-22", "2026-12-22", "wd20", "EMERG", "emergency LAC admission 22/12/26, assessment due?")
R("indirect", "date", "2025-04-16", "-1", "wd20", "EMERG",
  "a teenager had to come into care unplanned last night (15/04), when does the assessment of her needs have to be done by?")
R("duty", "date", "2027-12-24", "2027-12-24", "wd1", "VIS1", "moved placement today 24/12, visit by?")
R("typos", "date", "2025-12-31", "2025-12-31", "wd1", "VIS1 SEEN1", "new placment started 31/12, when do i need to visit")
R("newstarter", "date", "2026-04-02", "2026-04-02", "wd1", "VIS1 SEEN1",
  "Hello, a child I work with came into care this afternoon (Thursday). When do I need to visit them by?")
R("manager", "date", "2025-09-01", "2025-08-22", "wd1", "VIS1 SEEN1", "Child placed Fri 22/08/25, first visit Tue 26/08/25. In timescale?", wdok=True)
R("scenario", "date", "2026-05-29", "2026-05-29", "wd1", "VIS1",
  "The foster placement broke down and the child moved to a new carer today, Friday 29 May 2026. Her LAC review is 10/06 and she turns 11 tomorrow. When must she be visited by?")
R("scenario", "date", "2025-05-02", "2025-05-02", "wd3", "PMEET",
  "A girl (DOB 12/12/2013) was placed with new foster carers today, 02/05/2025, after an emergency strat on 30/04. I'm on leave on 07/05. When must the placement meeting be held by?")
R("indirect", "date", "2027-03-25", "2027-03-25", "wd3", "PMEET",
  "child moved in with new foster carers today. when do we need to get everyone round the table to agree delegated authority and how the placement will work?")
R("manager", "date", "2026-09-07", "2026-08-27", "wd3", "PMEET", "Placement started 27/08/26, placement meeting held 02/09/26. Compliant?")
R("typos", "date", "2025-12-19", "2025-12-19", "wd5", "PPLAN5", "placement startd 19/12 when do carers need the updated placement plan")
R("newstarter", "date", "2026-05-21", "2026-05-21", "wd5", "PPLAN5",
  "Hi, a placement began on 21/05/2026. When do I need to give the carers the updated copy of the placement plan?")
R("duty", "visits", "2026-03-02", "2026-01-05", "w8", "FT8", "family time last reviewed 05/01/26, next review by?")
R("indirect", "visits", "2027-08-02", "2027-06-14", "w8", "FT8",
  "the arrangements for the kids seeing mum and dad were last looked at on 14/06/27. when do they need looking at again? no permanence plan yet")
R("typos", "date", "2026-12-21", "2026-12-21", "w3", "PACK", "kid came into care 21/12/26 wen does he need his coming into care pack by")
R("newstarter", "date", "2025-08-29", "2025-08-29", "w3", "PACK",
  "Hello, a young person became looked after on 29 August 2025. By when should they have received their children's rights leaflet?")
R("duty", "date", "2027-05-28", "2027-05-28", "wd5", "LEGAL5", "became LAC 28/05/27, other profs told of legal status by?")
R("scenario", "date", "2026-04-01", "2026-04-01", "wd5", "LEGAL5",
  "An interim care order was granted on 01/04/2026 and she became looked after that day; there had been section 20 discussions since 24/03. School, GP and CAMHS all need to know. By when must I tell the other professionals her legal status?")
R("scenario", "date", "2025-12-10", "2025-12-10", "wd20", "IHA",
  "A 5 year old (DOB 30/11/2020) came into care on 10/12/2025 after the strat on 08/12. The health visitor says he's behind on his jabs. When does his initial health assessment have to be done by?")
R("typos", "date", "2027-03-15", "2027-03-15", "wd20", "IHA", "ihaa needs doing kid came into care 15.3.27 when by")
R("indirect", "date", "2026-08-10", "2026-08-10", "wd20", "IHA",
  "a child came into our care on 10/08/26, when does her first full health check need to have been done?")
R("newstarter", "date", "2025-04-01", "2025-04-01", "d20", "PEP",
  "Hi, a child came into care today, 1 April 2025. When should the first PEP meeting at school be arranged by?")
R("manager", "date", "2026-06-10", "2026-05-11", "d20", "PEP", "Child became LAC 11/05/26; PEP meeting held 05/06/26. In timescale?")
R("duty", "visits", "2026-04-07", "2026-03-31", "w1", "LACW", "LAC, 1st review not had yet, last visit 31/03, next by?")
R("typos", "visits", "2025-12-30", "2025-12-24", "w6", "LAC6", "lac review was last month, no perm plan yet, last seen 24th dec wen next stat visit")
R("newstarter", "visits", "2027-01-04", "2026-12-15", "w12", "LAC12",
  "Hello, my young person has been settled in a permanent placement for about 18 months, so visits are now 12 weekly. The last visit was 15 December 2026. When is the next one due?")
R("scenario", "visits", "2025-08-26", "2025-08-22", "w1", "LACW LACSEEN",
  "Child came into care 11/08/2025 and the first LAC review is booked for 08/09/2025. I visited and saw her on 22/08/2025, then went again on 25/08 but she was out so I didn't see her. When's the next statutory visit due?",
  amb="Counted from 22/08 because a visit where the child is not seen cannot be recorded as statutory; counting from 25/08 gives 2025-09-01.")
R("manager", "visits", "2027-06-14", "2027-04-12", "w6", "LAC6", "LAC (post first review, no perm plan) visits 12/04/27 then 01/06/27. Compliant?")
R("indirect", "visits", "2026-12-23", "2026-12-18", "w6", "LAC6",
  "she's in care, had her first review in november, the long-term plan isn't settled yet. I saw her on 18/12. when do I next have to see her?")
R("scenario", "date", "2027-08-20", "2027-08-20", "d10", "CP10",
  "The child was placed in foster care today, Friday 20/08/2027; her brother is staying with nan while a connected persons assessment that started on 16/08 is done. When does her care plan need to be on the system?")
R("indirect", "date", "2025-12-24", "2025-12-22", "d10", "CP10",
  "a child was placed with carers on 22/12/25, when does the written plan for her care need to be on the system?")
R("duty", "date", "2025-12-19", "2025-12-19", "wd20", "LACR1", "became LAC 19/12/25, ILAC review by?")
R("typos", "date", "2026-05-01", "2026-05-01", "wd20", "LACR1", "wen is the 1st lac reveiw due, came into care 1/5/26")
R("newstarter", "date", "2027-03-24", "2027-03-24", "wd20", "LACR1",
  "Good afternoon. Two siblings came into care today (24 March 2027). When must their initial Looked After Review take place by?")
R("manager", "date", "2026-09-30", "2026-08-03", "wd20", "LACR1", "Became LAC 03/08/26, initial review held 01/09/26. Compliant?")
R("scenario", "date", "2027-12-08", "2027-12-06", "wd20", "LACR1",
  "Section 20 was agreed on 03/12/2027 but he only moved to the foster carers on 06/12/2027, which is when he became looked after. His brother has been in care since 2025. When does the initial LAC review have to happen?",
  amb="Counted from the day he was accommodated (06/12); counting from the s20 agreement (03/12) would give an earlier date.")
R("indirect", "date", "2025-08-11", "2025-08-11", "wd20", "LACR1",
  "a child came into our care today (11/08/25), when's the first meeting with the independent reviewing officer to look at her care plan?")
R("duty", "date", "2026-01-02", "2026-01-05", "db3", "IRO3", "LAC review 05/01/26, report to IRO by?")
R("typos", "date", "2027-05-25", "2027-06-01", "db3", "IRO3", "lac reveiw on 1/6/27 wen does the iro need my report")
R("scenario", "date", "2025-04-14", "2025-04-22", "db3", "IRO3",
  "The child's second LAC review is on Tuesday 22 April 2025; the first was on 10 March. Her PEP is on 24 April. When does my written report need to be with the IRO?")

# ---------------- IRO ----------------
R("manager", "date", "2026-01-15", "2025-12-22", "wd5", "IROINF",
  "IRO informal challenge 22/12/25 not resolved. By what date should it have gone to formal dispute?")
R("newstarter", "date", "2027-04-01", "2027-03-24", "wd20", "IROFORM",
  "Hi, the IRO raised a formal dispute on 24 March 2027 about drift in care planning. When should the whole dispute resolution process be finished?")
R("indirect", "date", "2025-05-02", "2025-05-02", "wd5", "IROINF",
  "the reviewing officer emailed me today (02/05) flagging drift in the plan. how long have I got to sort it before it gets escalated formally?")

# ---------------- Adoption ----------------
R("duty", "date", "2026-06-01", "2026-03-23", "w10", "ADOP10", "adoptive placement 23/03/26, earliest AO application?")
R("scenario", "date", "2027-09-06", "2027-06-28", "w10", "ADOP10",
  "Siblings were placed with their adopters on 28/06/2027 after introductions that started 14/06. Matching panel was 20/05. When can the adopters apply for the Adoption Order?")
R("typos", "visits", "2025-12-22", "2025-12-08", "w6", "ADOP6W", "adoptive placement, 1st lac review done in nov, last visit 8/12 wen is next one")
R("newstarter", "visits", "2026-04-01", "2026-03-30", "w1", "ADOPW",
  "Hello, a child was placed with adopters on 25 March 2026 and the first Looked After Review hasn't happened yet. I visited on 30 March. When should the next statutory visit be?")

# ---------------- Fostering ----------------
R("scenario", "visits", "2027-08-31", "2027-07-20", "w6", "FCV",
  "I'm the supervising social worker for a carer household with two children placed. My last visit to the carers was on 20/07/2027 and their annual review is on 15/09. When is my next visit due?")
R("typos", "date", "2026-12-24", "2026-12-24", "wd3", "FCREC", "did my fc visit 2day 24/12, when does it need recording on lcs")
R("manager", "visits", "2025-11-03", "2024-10-14", "m12", "FCUNANN", "Unannounced visit to foster carers 14/10/24; next unannounced 20/10/25. In timescale?")
R("indirect", "visits", "2026-03-02", "2025-03-31", "m12", "FCUNANN",
  "we last dropped in on the Oak Lane foster carers without warning on 31/03/2025. when do we have to do the next surprise visit by?")
R("newstarter", "date", "2025-09-01", "2022-09-15", "y3", "FCPANEL",
  "Hello, our foster carers' review was last presented to the Fostering Panel on 15 September 2022. When must a review next go to Panel?")
R("scenario", "date", "2026-02-02", "2023-02-28", "y3", "FCDBS",
  "Carers were approved in 2019; their DBS was last renewed on 28/02/2023 and medicals were done on 10/03/2024. When are their DBS checks next due?")
R("duty", "date", "2027-01-11", "2024-02-29", "y3", "FCTRAIN", "fc core training last done 29/02/24, due again?",
  amb="29 Feb 2024 + 3 years has no 29 Feb; counted as 28 Feb 2027 (month-end rule), a reader could say 1 March 2027.")
R("manager", "date", "2027-05-27", "2027-05-27", "wd6", "VAR6",
  "Variation of terms of approval agreed by the Strategic Lead on 27/05/27. Latest date it can run to?")
R("indirect", "date", "2025-12-18", "2025-12-18", "wd6", "VAR6",
  "we got the Strategic Lead's OK today (18/12/25) to place a child outside our carers' agreed age range. how long does that permission last?")
R("duty", "date", "2026-01-12", "2026-01-12", "w16", "TEMP16", "temp approval conn person from 12/01/26, 16 wks ends?")
R("newstarter", "date", "2025-05-27", "2025-05-27", "w24", "TEMP16",
  "Hi, a connected person's temporary approval started on 27 May 2025 and the ADM has agreed the extension. When does the extended approval run out?")
R("typos", "date", "2026-05-22", "2025-05-22", "m12", "FCANN", "fc annual review last done 22/5/25 when's the next 1")

# ---------------- Case recording, summaries, assessments ----------------
R("duty", "date", "2025-12-24", "2025-12-24", "d3", "REC3", "HV 24/12, record by?")
R("indirect", "date", "2027-03-26", "2027-03-26", "d3", "REC3",
  "saw the family this morning, how long have I got to get it written up on the system?")
R("manager", "date", "2026-04-20", "2026-04-02", "d3", "REC3", "Visit 02/04/26 recorded 07/04/26. In timescale?")
R("newstarter", "date", "2025-08-26", "2025-08-22", "d3", "REC3",
  "Hi, I had a phone call with a child's mum on Friday 22 August. How long do I have to record it on the child's file?")
R("manager", "date", "2026-06-01", "2026-03-31", "m3", "SUMM", "Case summary last updated 31/03/26. When does it go out of date?",
  amb="31 March + 3 months has no 31 June; counted as 30 June (month-end rule).")
R("typos", "date", "2025-11-30", "2025-08-30", "m3", "SUMM", "case file sumary last updated 30/8 wen does it need doing again")
R("scenario", "date", "2026-12-01", "2025-12-14", "m12", "ASS12",
  "I've picked up a case from a colleague. The last C&F assessment on the child was authorised on 14/12/2025 and there was a CIN review on 10/11/2026. When does the child need a new assessment in place to meet the 'up to date' standard?")
R("duty", "date", "2027-02-26", "2026-02-28", "m12", "ASS12", "last auth'd assessment 28/02/26, when's it out of date?")

# ---------------- Ages ----------------
R("newstarter", "age", "2025-11-03", "2010-08-31", "age15.6", "PATH",
  "Hello, one of my looked after young people was born on 31 August 2010. When does her pathway plan need to be started?",
  amb="31 Aug + 15y6m has no 31 Feb; counted as 28 Feb 2026 (month-end rule), a reader could say 1 March 2026.")
R("duty", "age", "2026-06-01", "2011-01-14", "age15.6", "PATH", "LAC yp dob 14/01/11, pathway plan start date?")
R("typos", "age", "2027-01-10", "2011-10-03", "age15.6", "PATH", "dob 03.10.11 wen does the pathway plan start")
R("indirect", "age", "2025-03-03", "2012-02-29", "age15.6", "PATH",
  "when should I start the plan for leaving care for a lad in care born 29/02/2012?")
R("scenario", "age", "2026-02-10", "2014-03-05", "age12", "ADV12",
  "ICPC is 03/03/2026. The eldest (DOB 05/03/2014) wants to come along; her brother is 9. When does the eldest reach the age where she should be offered an advocate for conference?")
R("manager", "age", "2027-07-05", "2015-06-21", "age12", "ADV12",
  "Audit: child DOB 21/06/2015, ICPC 24/06/2027. From what date should she have been offered an advocate?")
R("duty", "age", "2026-01-20", "2020-02-29", "age6", "ADOP6", "dob 29/02/20, in PLO, when does she turn 6 for the adoption allocation?")
R("newstarter", "age", "2025-07-01", "2019-09-12", "age6", "ADOP6",
  "Hello, a little boy (born 12 September 2019) may go into PLO soon. When does he turn 6, after which the adoption allocation standard wouldn't apply?")

# ---------------- Choice ----------------
R("duty", "choice", "2026-03-03", "2026-03-03", "d10|d20", "CG CIN20", "conference was 3/3, what's next due?")
R("newstarter", "choice", "2026-05-22", "2026-05-22", "d1|wd1", "STRAT24 STRAT1",
  "Hi, my manager decided this afternoon (Friday 22 May) that we need a strategy discussion. When does it need to happen?")
R("typos", "choice", "2027-05-27", "2027-05-27", "wd3|wd5", "PMEET PPLAN5", "new placement started 27/5 when do i have to have the placement plan stuff done")
R("indirect", "choice", "2025-12-15", "2025-12-22", "db3|wdb3", "FAM3 CHAIR3",
  "the first child protection meeting is on 22/12/25, when does my write-up need to go out?")
R("scenario", "choice", "2026-08-10", "2026-08-10", "d20|wd20|wd20", "PEP IHA LACR1",
  "Two brothers came into care today, 10/08/2026, under an ICO. Mum's family time is on Tuesdays. What's the 20-day deadline everyone keeps mentioning?", wdok=True)
R("duty", "choice", "2027-01-05", "2027-01-05", "wd3|d7", "FGC MIN", "1st plo mtg 05/01/27, what's due next?")
R("newstarter", "choice", "2025-08-22", "2025-08-22", "wd3|w6", "FCREC FCV",
  "Hello, I visited our foster carers today (Friday 22 August). What's my next deadline?")
R("manager", "choice", "2026-12-21", "2026-12-21", "wd5|wd20", "IROINF IROFORM", "IRO raised challenge re drift 21/12/26. Deadline?")

# ---------------- None ----------------
R("duty", "none", "2026-03-03", "", "", "N_RCPC", "icpc 03/03/26, rcpc due by?")
R("newstarter", "none", "2025-09-01", "", "", "N_SUP",
  "Hello, how often should I have supervision, and when is my next one due? My last one was 18 August 2025.")
R("typos", "none", "2027-01-04", "", "", "N_CG", "first core grp was 20/12, wen is the next core group due")
R("scenario", "none", "2026-06-15", "", "", "N_LAC2",
  "The child's initial LAC review was on 01/06/2026. He's not in proceedings and his mum has a court date on 20/06 for something else. When is his second LAC review due?")
R("indirect", "none", "2025-12-09", "", "", "N_STRATREC",
  "the strategy meeting happened yesterday, how quickly do the notes have to go round to everyone who was there?")
R("manager", "none", "2027-02-01", "", "", "N_LLL", "Child placed for adoption 04/01/27. Deadline for the later life letter?")
R("duty", "none", "2026-08-20", "", "", "N_LEAVE", "yp turns 18 on 01/09/26, when does leaving care handover need to be done?")
R("newstarter", "none", "2027-05-10", "", "", "N_IRO",
  "Hi, by when does the IRO have to contact the child between reviews? The last review was 26 April 2027.")
R("indirect", "none", "2025-06-16", "", "", "N_SHOPBA",
  "the final care planning meeting agreed adoption on 16/06/25. how many days have we got to hold the meeting with the ADM about whether she should be placed for adoption?")
R("typos", "none", "2026-09-14", "", "", "N_ANNEX", "wen is the annex a report due to court, adopters placed 01/06/26")
