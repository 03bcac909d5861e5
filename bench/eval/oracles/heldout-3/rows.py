# Structured row specs for oracle.py. Dates in `rule` are ISO or relative to `today`
# (yesterday / tomorrow / last:Fri / next:Mon / ago:N / today).
PHRASES = {
    "contact": "decisions made by what action are required by a Team Leader within 1 working day",
    "initdec": "Initial decisions will be made about the action required within 1 working day",
    "referral": "Referrals will be actioned by a social worker within 1 working day",
    "s47seen": "the child / children will be seen by the Social Worker the same day",
    "s47disc": "Within 5 days of the Section 47 being initiated",
    "alloc": "All cases will be allocated to a social worker to complete a Child and Family Assessment within 3 working days",
    "tlreview": "All assessments will be reviewed by the Team Leader within 15 working days",
    "assess45": "Assessments must all be completed within 45 days",
    "strat1wd": "a strategy discussion is required, this must happen within 1 working day",
    "strat24": "A strategy discussion within 24 hours involving all relevant agencies",
    "transfer": "via email, giving at least 5 days’ notice",
    "jointvisit": "Within the 5 days’ notice period, the Children’s First Response Social Worker",
    "icpc": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
    "icpcfamily": "The report will be shared with family at least 3 the days prior to conference",
    "icpcchair": "The report will be sent to the child protection chair 3 working days before the conference",
    "advocate": "if they are 12 or over they should be offered an advocate",
    "coregroup": "The first core group must be  held within 10 days of the conference",
    "cpvisit": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
    "cphome": "A statutory CP visit must not be recorded on the child’s file unless the child was seen at home",
    "rcpcparents": "This report must be shared with parents at least 3 days prior to the review conference",
    "rcpcchair": "The report will be available to the conference chair at least 3 days prior to the review conference",
    "ptt": "when they have been subject to a plan for 12 months, a professional thinking time meeting",
    "plo1": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
    "fgc": "Referral should be made within 3 working days of the first PLO meeting",
    "viability": "Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
    "plominutes": "to be distributed to parents and their legal representation within 7 days of the meeting",
    "ploreview": "Review PLO meetings with parents to be held every 4-6 weeks",
    "plo12": "A review legal planning meeting will be held at 12 weeks",
    "plo16": "a Legal Gateway meeting will be convened at 16 weeks",
    "plo4more": "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
    "cindeplan": "will set the first CIN meeting within 20 days",
    "cintransfer": "the initial CIN meeting must take place within 10 days",
    "cinreview": "CIN review meetings will be held at least every 6 weeks",
    "cinvisit": "A child subject to a CIN plan will be seen at least every 6 weeks",
    "cinhome": "The visit can only be recorded as a CIN visit on the child’s case file if they have been seen at home",
    "emerg": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
    "lacvisit1": "The child will be visited within 1 working day of coming into care or having a change in placement",
    "lacseen": "All looked after children will be seen within 1 working day of placement",
    "placemtg": "The placement meeting will be held within 3 working days",
    "placeplan": "an updated copy given to the carers within 5 working days of the placement beginning",
    "familytime": "reviewed at least every 8 week until the plan for permanence is agreed",
    "pack": "The child will be provided with a coming into care pack, children rights leaflet within 3 weeks",
    "legalstatus": "All other professionals involved with the child will be informed of the child’s legal status within 5 working days",
    "iha": "An initial health assessment will be requested and carried out within 20 working days",
    "pep": "A PEP meeting will be arranged within the school within 20 days",
    "lacweekly": "Statutory looked after visits must happen weekly until the first looked after review",
    "lac6": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
    "lac12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
    "careplan": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
    "lacreview1": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
    "pathway": "A pathway plan will be started when the young person is 15 years 6 months",
    "iroreport": "this will be with the IRO 3 days before the review",
    "iro5": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
    "iro20": "The formal dispute resolution process should be completed from start to finish within 20 working days",
    "adopt6": "If a child under the age of 6 enters PLO or proceedings",
    "adoptweekly": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
    "adopt6wk": "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
    "adopt10": "Once the children have been in placement with the adopter for 10 weeks",
    "fcvisit": "Trafford foster carers are visited at least once every six weeks",
    "fcrecord": "a record of this visit is recorded on LCS within 3 working days",
    "fcunann": "All Trafford foster carers will have an unannounced visit at least once every 12 months",
    "fcannual": "All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
    "fcpanel": "Every foster carer will have an annual review presented to the Fostering Panel at least every three years",
    "fcdbs": "All foster carers will have updated statutory references, medicals and DBS checks at least every three years",
    "fctraining": "All Trafford foster carers must update their core training at least every three years",
    "variation": "This can only be given for up to 6 working days",
    "temp16": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
    "recording": "any event or contact is recorded within 3 days",
    "summary": "A clear and concise case file summary which has been updated within the last 3 months",
    "assess12": "An up to date assessment (within the last 12 months) on each child",
    # related sentences for `none` rows (no timescale set)
    "chairsets": "The child protection chair will set the date of the next conference",
    "coreevery": "are reviewed at every core group and progress recorded",
    "supervision": "monitored through supervision which takes place in line with the supervision policy",
    "secondreview": "At the point of the second review (if not in proceedings) the child must have a permanency plan",
    "shopba": "This needs to take place after the area teams final care planning meeting",
    "stratrecord": "the plan for the enquiries and decisions recorded and a record sent to all participating professionals",
    "shopbaletter": "Parents will be sent a letter detailing the outcome of the SHOPBA signed by the ADM",
    "irocontact": "The IRO will contact the child between reviews to ensure the progress of the plan",
    "supportmtg": "a Support Meeting will be held and chaired by the Team Leader",
    "cinplancopy": "Everyone involved in the CIN meeting will receive a copy of the updated CIN plan",
    "lifestory": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
    "annexa": "The Social Worker will complete the Annex A suitability report for Court",
}

ROWS = []


def R(v, k, today, rule, p, q, amb=None, why=None, extra=None):
    ROWS.append(dict(v=v, k=k, today=today, rule=rule, p=p, q=q, amb=amb, why=why, extra=extra))


A45 = ("National statutory guidance counts 45 working days from referral; this standard says "
       "'45 days', read here as calendar days.")
APLO = ("The standard does not say what the 12/16 weeks run from; counted from the PLO letter, "
        "but a reader could count from the first PLO meeting.")

# ---------------- Front Door ----------------
R("duty", "date", "2026-04-02", ("wd", "2026-04-02", 1), ["contact"],
  "contact in this am (thurs 2/4) - TL decision needed by?")
R("typos", "date", "2025-12-24", ("wd", "today", 1), ["contact"],
  "contact came in today christmas eve, when does the TL have to make the decison by")
R("indirect", "date", "2026-05-01", ("wd", "today", 1), ["contact", "initdec"],
  "A school rang the front door this morning worried about a year 3 pupil. By when does a manager have to decide what we're doing with it?")
R("newstarter", "date", "2027-03-25", ("wd", "today", 1), ["referral"],
  "Hi, sorry if this is a basic question - a referral came into the team today and it's been passed to me. How long have I got to action it?")
R("scenario", "date", "2025-08-22", ("wd", "2025-08-22", 1), ["contact", "initdec"],
  "Police notification came through to CFR at 4pm today (Fri 22/08) about a DV incident, two kids in the house (DOBs 14/03/2017 and 02/09/2020). The previous contact was closed on 10/06. When does the TL decision on this new one need to be made?")
R("manager", "date", "2026-01-05", ("wd", "2025-12-31", 1), ["contact"],
  "Auditing a contact received 31/12/25 - TL decision recorded 02/01/26. In timescale?")
R("duty", "date", "2027-12-24", ("wd", "today", 1), ["referral"],
  "referral in today, SW to action by?")
R("indirect", "date", "2026-08-28", ("wd", "today", 1), ["initdec"],
  "A level 4 case came in today (Friday). What's the latest the team leader can make the first call on what happens with it?")

# ---------------- S47 ----------------
R("newstarter", "date", "2026-03-09", ("same", "today"), ["s47seen"],
  "I've just been told a referral I'm holding is going to a Section 47 enquiry today. How quickly does the child need to be seen? Can it wait until later in the week?")
R("scenario", "date", "2025-12-19", ("days", "2025-12-18", 5), ["s47disc"],
  "We started a S47 yesterday (Thursday 18th) on a 6 year old after a bruise was seen at school. Strat was the same day, and mum has a hospital appointment on the 22nd. When do I need to have the progress discussion with my manager?")
R("duty", "date", "2026-04-01", ("days", "2026-03-31", 5), ["s47disc"],
  "s47 initiated 31/3, mgr progress discussion by?")
R("indirect", "date", "2027-08-31", ("days", "last:Wed", 5), ["s47disc"],
  "The child protection enquiry kicked off last Wednesday. When should my manager and I have sat down to talk about how it's going?")

# ---------------- Allocation / assessments ----------------
R("duty", "date", "2025-12-23", ("wd", "2025-12-23", 3), ["alloc"],
  "referral 23/12 - allocate for C&F by?")
R("manager", "date", "2025-05-01", ("wd", "2025-04-14", 3), ["alloc"],
  "case came in 14/04/25, allocated for C&F 23/04/25 - within timescale?")
R("indirect", "date", "2026-05-22", ("wd", "2026-05-22", 3), ["alloc"],
  "How long have we got to get a worker assigned to do the family assessment? Contact was accepted as a referral today, Friday 22 May.")
R("typos", "date", "2026-08-28", ("wd", "2026-08-28", 3), ["alloc"],
  "referal came in 28/08/26 when does it need alocating by for assesment")
R("newstarter", "date", "2027-03-22", ("wd", "2027-03-19", 15), ["tlreview"],
  "My Child and Family Assessment started on 19 March 2027. When does my Team Leader need to have reviewed it by?")
R("typos", "date", "2025-12-09", ("wd", "2025-12-08", 15), ["tlreview"],
  "c&f started 8/12/25 wen does TL need to review it by")
R("manager", "date", "2026-05-20", ("wd", "2026-04-20", 15), ["tlreview"],
  "Assessment opened 20/04/26, TL review on file 12/05/26 - did that meet the review timescale?")
R("scenario", "date", "2026-08-11", ("wd", "2026-08-10", 15), ["tlreview"],
  "I picked up a C&F for a 9 year old (DOB 11/07/2016) on Monday 10 August 2026 - it had been referred in by school on 6 August. My team leader wants to know when the review of the assessment is due.",
  amb="Could be counted from the referral date (6 Aug) rather than the assessment start (10 Aug).")
R("duty", "date", "2025-12-02", ("days", "2025-12-01", 45), ["assess45"],
  "c&f started 1/12/25, 45 day deadline?", amb=A45)
R("typos", "date", "2027-03-18", ("days", "2027-03-17", 45), ["assess45"],
  "assesment started 17th march 27 when does it have to be finished")
R("indirect", "date", "2026-04-08", ("days", "2026-04-02", 45), ["assess45"],
  "How long do I have to finish the full family assessment? I started it on 2 April 2026.")
R("manager", "date", "2026-01-06", ("days", "2025-11-03", 45), ["assess45"],
  "C&F started 03/11/25 and authorised 22/12/25. Was that within the 45 days?")
R("newstarter", "date", "2026-12-21", ("days", "2026-12-20", 45), ["assess45"],
  "Could you tell me the final deadline for completing a Child and Family Assessment that began on 20/12/2026, please?")
R("scenario", "date", "2027-01-11", ("days", "2027-01-07", 45), ["assess45"],
  "Referral came in 4th Jan but the assessment didn't actually start until 7th Jan 2027 because of allocation delays. Mum's got a family court date on 12/02. When does the assessment have to be done by?",
  amb="Could be counted from the referral (4 Jan, giving 18 Feb) rather than the assessment start; also see 45 working days in national guidance.")

# ---------------- Strategy discussion ----------------
R("duty", "date", "2026-09-14", ("wd", "2026-09-14", 1), ["strat1wd", "strat24"],
  "strat agreed mon 14/9, needs holding by?")
R("scenario", "date", "2026-12-24", ("wd", "2026-12-24", 1), ["strat1wd", "strat24"],
  "Manager decided at 3pm today (Christmas Eve) that we need a strategy discussion - the child disclosed to a teacher at the school Christmas party. School's shut now till January. When's the latest it can be held?",
  amb="The S47 section says 'within 24 hours', which would mean Friday 25 December rather than the next working day.")
R("indirect", "date", "2027-04-14", ("wd", "today", 1), ["strat1wd", "strat24"],
  "When a manager says we need the multi-agency meeting with police and health to plan the enquiries, how soon must it happen? The decision was made this morning.")
R("newstarter", "date", "2025-11-19", ("wd", "yesterday", 1), ["strat1wd", "strat24"],
  "Hello, my team leader decided yesterday afternoon that a strategy discussion is needed. It hasn't happened yet - when should it have happened by?")

# ---------------- Transfer to Neighbourhood Team ----------------
R("scenario", "date", "2026-03-30", ("days", "2026-03-27", 5), ["jointvisit", "transfer"],
  "C&F is done and it's going to CIN with the Neighbourhood Team. I emailed them on Friday 27/03/2026 to give notice; their worker is on leave 6-10 April. By when do we need to do the joint visit to introduce the new worker to the family?")
R("indirect", "date", "2026-12-22", ("days", "2026-12-21", 5), ["transfer"],
  "We've told the local area team a case is coming across to them - the email went on 21/12/26. What's the earliest it can actually move over?")
R("newstarter", "date", "2025-05-02", ("days", "2025-05-01", 5), ["jointvisit", "transfer"],
  "What's the latest date for the introductory joint home visit with the new Neighbourhood Team social worker if CFR notified them by email on 1 May 2025?")

# ---------------- ICPC ----------------
R("duty", "date", "2025-12-19", ("wd", "2025-12-19", 15), ["icpc"],
  "strat 19/12/25, icpc by?")
R("typos", "date", "2026-04-02", ("wd", "2026-04-02", 15), ["icpc"],
  "strat was 2.4.26 when is icpc due")
R("scenario", "date", "2027-03-31", ("wd", "2027-03-30", 15), ["icpc"],
  "Strat was held yesterday (30 March) about a 7 year old (DOB 05/05/2019). There was a previous ICPC back in 2023 that ended in a plan. Dad's in court on 20/04. When does the new ICPC need to be held by?")
R("indirect", "date", "2025-08-19", ("wd", "2025-08-18", 15), ["icpc"],
  "When does the first big child protection meeting with the family and all the agencies have to be held, if the planning meeting with police and health was on 18 August 2025?")
R("manager", "date", "2026-01-28", ("wd", "2026-01-02", 15), ["icpc"],
  "ICPC was held 20/01/26, strat 02/01/26, was that in timescale?")
R("newstarter", "date", "2026-05-08", ("wd", "2026-05-07", 15), ["icpc"],
  "Sorry, what does ICPC stand for, and how long after the strategy discussion does it have to be? Ours was on 07/05/2026.")
R("manager", "date", "2027-01-06", ("wd", "2026-12-11", 15), ["icpc"],
  "strat 11/12/2026 and ICPC booked for 05/01/2027 - compliant?")
R("typos", "date", "2026-12-21", ("wd", "last:Wed", 15), ["icpc"],
  "inital cp conferance, strat discusion was last wednesday, when is it due by")
R("duty", "date", "2026-01-02", ("days_before", "2026-01-08", 3), ["icpcfamily"],
  "icpc thurs 8/1, report to family by?")
R("indirect", "date", "2026-05-20", ("days_before", "2026-06-01", 3), ["icpcfamily"],
  "When do the parents need to have seen my report for the first protection conference? It's on Monday 1 June.")
R("newstarter", "date", "2025-12-15", ("days_before", "2025-12-30", 3), ["icpcfamily"],
  "I'm writing my first ICPC report - the conference is on 30/12/2025. When do I have to share it with the family?")
R("duty", "date", "2026-03-23", ("wd_before", "2026-04-07", 3), ["icpcchair"],
  "icpc tues 7/4/26 - report to chair by?")
R("manager", "date", "2026-01-07", ("wd_before", "2026-01-05", 3), ["icpcchair"],
  "ICPC 05/01/26, report reached the chair 30/12/25. On time?")
R("scenario", "date", "2027-05-17", ("wd_before", "2027-06-01", 3), ["icpcchair"],
  "I've got an initial conference on Tuesday 1 June 2027. My TL is on leave from 24/05 so someone else will have to sign it off. When does the signed-off report need to be with the CP chair?")
R("typos", "date", "2027-12-13", ("wd_before", "2027-12-29", 3), ["icpcchair"],
  "icpc is wed 29th dec 27 when does the report go to the chair??")

# ---------------- CP plans ----------------
R("duty", "date", "2025-12-19", ("days", "2025-12-19", 10), ["coregroup"],
  "icpc 19/12 - 1st core grp by?")
R("typos", "date", "2027-03-23", ("days", "2027-03-23", 10), ["coregroup"],
  "cp conf was 23rd march when is first core group")
R("scenario", "date", "2026-05-27", ("days", "2026-05-26", 10), ["coregroup"],
  "ICPC was held yesterday, Tuesday 26 May, and both children (DOBs 04/02/2015 and 17/10/2021) are now on plans. The chair set the review conference for 18/08/2026. When does the first core group need to be held?")
R("indirect", "date", "2026-09-01", ("days", "2026-08-31", 10), ["coregroup"],
  "The first meeting of the smaller group that puts the detail on the protection plan - the conference was 31 August 2026. By when?")
R("newstarter", "date", "2025-04-14", ("days", "2025-04-14", 10), ["coregroup"],
  "Hello! The conference today (14/04/2025) decided on a child protection plan. I think I now have to arrange a 'core group'? When by?")
R("manager", "date", "2026-12-15", ("days", "2026-12-02", 10), ["coregroup"],
  "ICPC 02/12/26, first core group 14/12/26 - compliant?")
R("duty", "visits", "2026-03-10", ("weeks", "2026-03-03", 4), ["cpvisit"],
  "cp visit last 3/3, next by?")
R("scenario", "visits", "2026-04-22", ("weeks", "2026-04-02", 4), ["cpvisit", "cphome"],
  "Child on a CP plan for neglect. I last saw her at home on 2 April (the Thursday before Easter). I also saw her at school on 20/04 but not at home. When is her next statutory visit due?")
R("indirect", "visits", "2027-08-02", ("weeks", "2027-07-28", 4), ["cpvisit"],
  "How often do I need to see a child who's on a protection plan? I last went out to him on 28 July 2027 - when's the next one by?")
R("manager", "visits", "2026-02-10", ("weeks", "2026-01-05", 4), ["cpvisit"],
  "CP visits on file: 05/01/26, then 04/02/26. Was the February visit within timescale?")
R("duty", "date", "2026-09-07", ("days_before", "2026-09-17", 3), ["rcpcparents"],
  "rcpc thurs 17/9 - plan update to parents by?")
R("indirect", "date", "2026-12-14", ("days_before", "2027-01-04", 3), ["rcpcparents"],
  "For the follow-up protection conference on 4 January, when do mum and dad need to have had my update?")
R("scenario", "date", "2025-05-12", ("days_before", "2025-05-28", 3), ["rcpcchair"],
  "Review conference for Baby Pebble is on 28/05/2025 (the ICPC was 26/02). I'm off on the bank holiday Monday 26th. When does my update have to be available to the chair?")
R("newstarter", "date", "2026-10-01", ("days_before", "2026-10-12", 3), ["rcpcchair", "rcpcparents"],
  "I have my first review child protection conference on 12 October 2026. When does the conference chair need to have my report?")
R("indirect", "date", "2026-06-01", ("months", "2025-07-15", 12), ["ptt"],
  "A little boy has been on a protection plan since the conference on 15 July 2025 and nothing's really shifting. When do we hit the point where we'd have to hold the thinking-time meeting?")
R("manager", "date", "2027-03-08", ("months", "2026-02-28", 12), ["ptt"],
  "Plan started 28/02/2026, still not de-planned, no PTT meeting yet. When did it fall due?")

# ---------------- PLO ----------------
R("duty", "date", "2025-12-16", ("days", "2025-12-16", 10), ["plo1"],
  "plo letter 16/12/25, 1st mtg by?")
R("typos", "date", "2026-04-01", ("days", "2026-04-01", 10), ["plo1"],
  "plo leter dated 1st april when is the first meeting due")
R("indirect", "date", "2026-05-26", ("days", "2026-05-22", 10), ["plo1"],
  "The formal letter warning the parents we're thinking about court went out dated 22 May 2026. By when do we have to have the first meeting with them and their solicitor?")
R("scenario", "date", "2026-12-10", ("days", "2026-12-07", 10), ["plo1"],
  "PLO letter dated 07/12/2026, sent recorded delivery on 09/12. Dad says he won't instruct a solicitor. When should the first meeting be held by?")
R("manager", "date", "2027-09-01", ("days", "2027-08-10", 10), ["plo1"],
  "PLO letter 10/08/27, first meeting held 23/08/27. In timescale?")
R("newstarter", "date", "2026-04-02", ("wd", "2026-04-02", 3), ["fgc"],
  "After the first PLO meeting (held today, 2 April 2026), how long do I have to make the family group conference referral?")
R("duty", "date", "2026-12-22", ("wd", "2026-12-22", 3), ["fgc"],
  "1st plo mtg 22/12 - fgc referral by?")
R("indirect", "date", "2025-05-23", ("wd", "yesterday", 3), ["viability"],
  "Nan and an aunt came up at the initial PLO meeting yesterday as people who might be able to care for the kids. When do the screening requests have to go to the family placement team?")
R("typos", "date", "2027-08-27", ("wd", "2027-08-27", 3), ["viability"],
  "inital plo meeting today 27/8 - viablity requests by when")
R("duty", "date", "2025-12-30", ("days", "2025-12-29", 7), ["plominutes"],
  "plo mtg 29/12/25 - mins out by?")
R("manager", "date", "2026-03-30", ("days", "2026-03-13", 7), ["plominutes"],
  "PLO meeting 13/03/26, minutes to parents and sols 23/03/26. OK?")
R("scenario", "date", "2026-10-01", ("days", "2026-09-30", 7), ["plominutes"],
  "First PLO meeting was yesterday, Wednesday 30 September 2026 (letter was dated 18/09). Legal want to know when the minutes have to go to the parents and their solicitors.")
R("newstarter", "visits", "2025-11-05", ("weeks", "2025-11-04", 6), ["ploreview"],
  "How often should PLO review meetings with parents be held? Our last one was 4 November 2025 - what's the latest the next one can be?",
  extra="standard gives 4-6 weeks; question asks the latest, so 6 weeks")
R("indirect", "date", "2026-01-12", ("weeks", "2026-01-05", 12), ["plo12"],
  "We started pre-proceedings with the letter dated 5 January 2026. When's the 12-week legal planning review with the solicitor?", amb=APLO)
R("duty", "date", "2025-07-01", ("weeks", "2025-04-14", 16), ["plo16"],
  "plo started 14/4/25, legal gateway at 16 wks when?", amb=APLO)
R("manager", "date", "2025-12-01", ("weeks", "2025-09-01", 16), ["plo4more", "plo12"],
  "PLO from 01/09/25; at the 12-week review the exceptional extra 4 weeks was agreed. When does that extension run out?",
  amb=APLO, extra="12 weeks + the further 4 weeks = 16 weeks")

# ---------------- CIN ----------------
R("duty", "date", "2026-04-08", ("days", "2026-04-08", 20), ["cindeplan"],
  "deplanned at rcpc 8/4/26, first cin mtg by?")
R("indirect", "date", "2025-12-17", ("days", "2025-12-16", 20), ["cindeplan"],
  "The protection plan ended at the review conference on 16 December 2025 and it's carrying on as child in need. When does the first meeting under the new plan have to be?")
R("typos", "date", "2025-12-22", ("days", "2025-12-19", 20), ["cindeplan"],
  "child come off cp plan at rcpc on 19/12/25, wen is the 1st cin meeting due")
R("typos", "date", "2025-12-22", ("days", "2025-12-19", 10), ["cintransfer"],
  "case come over from cfr 19/12/25 wen is the 1st cin meeting due")
R("scenario", "date", "2027-03-24", ("days", "2027-03-23", 10), ["cintransfer"],
  "CFR transferred the case to us on 23/03/2027 after a C&F that was completed on 17/03. School holidays start 26/03 and mum works shifts. When does the initial CIN meeting need to happen by?")
R("manager", "date", "2026-06-10", ("days", "2026-05-27", 10), ["cintransfer"],
  "Transfer from CFR 27/05/26, initial CIN meeting held 08/06/26 - within timescale?")
R("newstarter", "visits", "2027-04-08", ("weeks", "2027-04-07", 6), ["cinreview"],
  "When is the next Child in Need review meeting due if the last one was on 7 April 2027?")
R("typos", "visits", "2026-12-29", ("weeks", "2026-12-24", 6), ["cinvisit"],
  "cin visit last 24/12 when is next one due")
R("indirect", "visits", "2026-08-26", ("weeks", "last:Fri", 6), ["cinvisit"],
  "Girl on a 'child in need' plan - I saw her at home last Friday. When do I next need to see her by?")
R("scenario", "visits", "2026-08-12", ("weeks", "2026-07-06", 6), ["cinvisit", "cinhome"],
  "Last CIN home visit was 6 July 2026. I saw him at school on 10 August but didn't get to the house. Mum's birthday party is on the 20th so she's asked us not to come that week. When was/is the next visit due by?")

# ---------------- Children in care ----------------
R("scenario", "date", "2025-12-19", ("wd", "2025-12-18", 20), ["emerg"],
  "Police protection overnight and the child was placed in an emergency foster placement on Thursday 18 December 2025. There's an old C&F from March 2024 but it's well out of date. When does the new assessment need to be completed?")
R("duty", "date", "2027-03-26", ("wd", "2027-03-26", 20), ["emerg"],
  "unplanned admission today 26/3, assessment by?")
R("typos", "date", "2026-04-24", ("wd", "2026-04-24", 1), ["lacvisit1", "lacseen"],
  "kid came into care fri 24/4 when do i have to visit")
R("indirect", "date", "2027-05-28", ("wd", "today", 1), ["lacvisit1"],
  "A boy moved from one foster home to another this afternoon. When's the latest I should go out and see him?")
R("newstarter", "date", "2026-12-29", ("wd", "yesterday", 1), ["lacvisit1", "lacseen"],
  "I'm new to the children in care team - a girl came into care yesterday and I haven't seen her yet. When should I have seen her by?")
R("manager", "date", "2026-01-08", ("wd", "2025-12-31", 1), ["lacvisit1", "lacseen"],
  "Child placed 31/12/25, first visit 05/01/26 - ok?")
R("duty", "date", "2025-04-17", ("wd", "2025-04-17", 3), ["placemtg"],
  "placed 17/4 - placement mtg by?")
R("indirect", "date", "2026-09-02", ("wd", "2026-09-02", 3), ["placemtg"],
  "The meeting after a move where we sit down with the carers and agree delegated authority - the placement began today, 2 September. When's it due by?")
R("scenario", "date", "2027-12-22", ("wd", "2027-12-22", 3), ["placemtg"],
  "Sibling pair (DOBs 12/01/2016 and 30/06/2019) placed with carers today, 22/12/27. The carers are away from the 24th to the 26th. When does the placement meeting have to be held?")
R("newstarter", "date", "2026-05-01", ("wd", "2026-04-30", 5), ["placeplan"],
  "How long do I have to give the foster carers the updated placement plan? The placement began yesterday, 30 April.")
R("typos", "date", "2027-08-23", ("wd", "2027-08-20", 5), ["placeplan"],
  "placment started 20/8 updated placement plan to carers by when")
R("indirect", "visits", "2025-11-18", ("weeks", "2025-11-11", 8), ["familytime"],
  "Contact arrangements with mum and gran were last looked at on 11 November 2025 - there's no agreed permanence plan yet. When do they need looking at again?")
R("newstarter", "date", "2025-12-16", ("weeks", "2025-12-15", 3), ["pack"],
  "What's the deadline for giving a child their coming into care pack and rights leaflet? He came into care on 15 December 2025.")
R("indirect", "date", "2026-05-11", ("weeks", "2026-05-08", 3), ["pack"],
  "When does a girl who became looked after on 8/05/2026 need to have been given the welcome pack and the leaflet about her rights?")
R("scenario", "date", "2027-04-01", ("wd", "2027-04-01", 5), ["legalstatus"],
  "Interim care order granted today, Thursday 1 April 2027, so she's now looked after. School, GP and CAMHS are all involved and her IRO was allocated this afternoon. By when must the other professionals be told about her legal status?")
R("manager", "date", "2026-01-07", ("wd", "2025-12-19", 5), ["legalstatus"],
  "Child became LAC 19/12/25, other professionals notified of legal status 29/12/25 - in time?")
R("duty", "date", "2026-04-07", ("wd", "2026-04-06", 20), ["iha"],
  "came into care 6/4/26 (bank hol) - IHA by?")
R("indirect", "date", "2027-08-13", ("wd", "2027-08-12", 20), ["iha"],
  "By when must the first health check for a child who's just come into care be done? She came in on 12 August 2027.")
R("typos", "date", "2025-12-02", ("wd", "2025-12-01", 20), ["iha"],
  "inital health assesment deadline? child looked after from 1st dec")
R("newstarter", "date", "2025-12-12", ("days", "2025-12-11", 20), ["pep"],
  "When does the first Personal Education Plan meeting need to be arranged if the child came into care on 11/12/2025?")
R("scenario", "date", "2026-06-04", ("days", "2026-06-03", 20), ["pep"],
  "He was placed with carers on 03/06/2026 in a new area and his new school place starts on 15/06. When's the PEP meeting due by?",
  amb="The standard doesn't say what the 20 days run from; counted from placement/coming into care, but some would count from the school start.")
R("scenario", "visits", "2026-03-23", ("weeks", "2026-03-20", 1), ["lacweekly"],
  "Came into care 02/03/2026, first LAC review is set for 27/03. I last visited on Friday 20/03. When's the next statutory visit due?")
R("newstarter", "visits", "2026-10-20", ("weeks", "2026-10-14", 6), ["lac6"],
  "I'm visiting a child in care who has had her first review, but the permanence plan isn't finalised. My last visit was 14 October 2026 - when is the next one due?")
R("indirect", "visits", "2027-01-11", ("weeks", "2027-01-04", 12), ["lac12"],
  "He's been settled in his long-term foster home for over 2 years and we've moved him to the less frequent statutory visits. The last one was 4 January 2027 - when's the next?")
R("manager", "visits", "2025-10-01", ("weeks", "2025-08-06", 6), ["lac6"],
  "LAC child post first review, no permanence plan yet. Visits 06/08/25 and 22/09/25 - compliant?")
R("typos", "date", "2026-03-30", ("days", "2026-03-28", 10), ["careplan"],
  "care plan on lcs by when, placed 28th march")
R("indirect", "date", "2026-12-29", ("days", "2026-12-24", 10), ["careplan"],
  "How long after a placement starts does the child's plan for their care need to be on the system? Placement started 24/12/2026.")
R("duty", "date", "2025-12-19", ("wd", "2025-12-19", 20), ["lacreview1"],
  "LAC from 19/12/25 - 1st LAC review by?")
R("scenario", "date", "2027-03-30", ("wd", "2027-03-29", 20), ["lacreview1"],
  "Section 20 - she came into care on Easter Monday (29 March 2027) in an emergency after mum was arrested; her brother came in separately on 12/03. When does her initial review have to be held?")
R("newstarter", "date", "2025-05-13", ("wd", "2025-05-12", 20), ["lacreview1"],
  "My young person became looked after on 12 May 2025. When must the initial Looked After Review take place?")
R("manager", "date", "2026-09-10", ("wd", "2026-08-04", 20), ["lacreview1"],
  "Child LAC from 04/08/26, first review held 01/09/26 - in timescale?")
R("indirect", "date", "2027-12-13", ("wd", "2027-12-10", 20), ["lacreview1"],
  "When's the first meeting with the independent reviewing officer to go over the care plan? The child came into our care on 10/12/2027.")
R("typos", "date", "2026-12-21", ("days_before", "2027-01-05", 3), ["iroreport"],
  "lac review is on 5th jan, when does my report have to be with the iro")
R("duty", "date", "2027-04-06", ("days_before", "2027-04-15", 3), ["iroreport"],
  "LAC rvw thurs 15/4 - rpt to IRO by?")

# ---------------- IRO ----------------
R("indirect", "date", "2025-12-23", ("wd", "2025-12-23", 5), ["iro5"],
  "The reviewing officer raised an informal concern about drift today (23 December 2025). If it isn't sorted, when does it turn into a formal dispute?")
R("manager", "date", "2026-06-22", ("wd", "2026-05-13", 20), ["iro20"],
  "Formal dispute raised by IRO 13/05/2026, resolution signed off 15/06/26. Within timescale?")
R("newstarter", "date", "2027-08-18", ("wd", "2027-08-17", 20), ["iro20"],
  "If an IRO's formal dispute was started on 17 August 2027, when does the whole process need to be finished by?")

# ---------------- Adoption ----------------
R("scenario", "date", "2026-01-06", ("weeks", "2025-12-19", 10), ["adopt10"],
  "Little Acorn (aged 2) was placed with his adopters on Friday 19 December 2025, and the placement order was made back on 03/09. The adopters are asking when they can apply for the Adoption Order.")
R("duty", "date", "2026-05-06", ("weeks", "2026-05-05", 10), ["adopt10"],
  "adoptive placement 5/5/26 - AO application from?")
R("typos", "visits", "2026-12-23", ("weeks", "2026-12-22", 1), ["adoptweekly"],
  "adoption placment, last visit 22/12 no LAC review yet, when is next visit")
R("indirect", "visits", "2027-03-04", ("weeks", "2027-03-03", 6), ["adopt6wk"],
  "Baby's living with the family who are adopting her and she's had her first review. I visited on 3 March 2027. How long before I have to see her again?")

# ---------------- Fostering ----------------
R("duty", "visits", "2025-12-22", ("weeks", "2025-12-19", 6), ["fcvisit"],
  "fc supervisory visit 19/12/25, next by?")
R("newstarter", "date", "2026-04-02", ("wd", "2026-04-02", 3), ["fcrecord"],
  "I visited one of our foster carers today (Thursday 2 April 2026) - how long do I have to get the record of the visit onto LCS?")
R("manager", "visits", "2026-09-07", ("months", "2025-08-31", 12), ["fcunann"],
  "Foster carer's last unannounced visit was 31/08/2025. When was the next one due?")
R("scenario", "visits", "2026-03-02", ("months", "2025-05-26", 12), ["fcannual"],
  "Our carers were first approved in 2019. Their last annual review was on 26/05/2025 (chaired by an IRO), and they had a complaint in January. When is the next annual review due?")
R("newstarter", "visits", "2027-06-01", ("months", "2024-10-18", 36), ["fcpanel"],
  "How often does a foster carer's annual review need to go to Fostering Panel? Our carers' last review presented at panel was on 18 October 2024 - when's the next panel one due?")
R("typos", "visits", "2026-11-02", ("months", "2024-01-03", 36), ["fcdbs"],
  "fc dbs last done 3/1/24 when does it need renewing")
R("indirect", "visits", "2027-02-15", ("months", "2025-04-30", 36), ["fctraining"],
  "When do our carers next have to redo their basic core training? They last completed it on 30 April 2025.")
R("scenario", "date", "2026-05-21", ("wd", "2026-05-21", 6), ["variation"],
  "Emergency tonight: we need to place a 14-year-old with carers approved for 0-10s. The Strategic Lead gave permission today (Thursday 21/05/2026) and he's going there tonight. How long can that variation last?")
R("duty", "date", "2026-01-05", ("weeks", "2026-01-02", 16), ["temp16"],
  "connected person temp approval 2/1/26, expires?")
R("manager", "date", "2026-02-10", ("weeks", "2025-09-15", 24), ["temp16"],
  "Connected person temporary approval from 15/09/2025, extended by the further 8 weeks. What's the final end date?",
  extra="16 weeks + 8 week extension = 24 weeks")

# ---------------- Case recording / summaries / assessments for open cases ----------------
R("typos", "date", "2025-12-24", ("days", "2025-12-23", 3), ["recording"],
  "did a home visit on 23rd dec how long have i got to record it")
R("newstarter", "date", "2027-03-25", ("days", "yesterday", 3), ["recording"],
  "How soon after a visit does the case note need to be on the system? I did the visit yesterday.")
R("manager", "visits", "2026-03-02", ("months", "2025-11-30", 3), ["summary"],
  "Case summary last updated 30/11/2025. When does it go out of date?")
R("indirect", "visits", "2026-06-01", ("months", "2026-05-31", 3), ["summary"],
  "The short overview at the top of the child's file was last refreshed on 31 May 2026. When does it need doing again?")
R("scenario", "visits", "2026-03-10", ("months", "2026-01-14", 12), ["assess12"],
  "Open CIN case. The last assessment was authorised on 14/01/2026; the child turned 10 on 02/03 and the CIN plan was reviewed 05/03. When does the updated assessment need to be in place?")

# ---------------- Ages ----------------
R("typos", "age", "2025-11-20", ("age", "2014-01-03", 12), ["advocate"],
  "child dob 03.01.14 when does she turn 12 so we offer an advocate for conf")
R("scenario", "age", "2026-12-14", ("age", "2015-01-09", 12), ["advocate"],
  "Review conference is booked for 12/01/2027. The older child was born 09/01/2015 and her brother 22/07/2018. The chair asked whether she's old enough to be offered an advocate - on what date does she turn 12?")
R("newstarter", "age", "2026-01-12", ("age", "2010-10-14", 15, 6), ["pathway"],
  "I'm supporting a young person in care born on 14 October 2010. At what date does his pathway plan need to be started?")
R("duty", "age", "2026-09-01", ("age", "2011-08-31", 15, 6), ["pathway"],
  "dob 31/08/11 - pathway plan start date?")
R("indirect", "age", "2025-03-03", ("age", "2009-12-25", 15, 6), ["pathway"],
  "When do I need to start the leaving-care planning document for a lad in foster care whose birthday is Christmas Day 2009?")
R("scenario", "age", "2025-09-15", ("age", "2020-02-29", 6), ["adopt6"],
  "Twins born 29/02/2020 - there's a sibling born 10/10/2023 too. We're considering PLO early next year. Up to what date do the twins count as 'under 6' for getting an adoption social worker allocated?")
R("manager", "age", "2025-10-06", ("age", "2019-11-20", 6), ["adopt6"],
  "Child DOB 20/11/2019, PLO likely in November. On what date does she stop being under 6 for the adoption allocation rule?")
R("typos", "age", "2027-01-04", ("age", "2012-02-29", 15, 6), ["pathway"],
  "yp born 29th feb 2012 when does pathway plan have to start")
R("indirect", "age", "2026-06-15", ("age", "2014-07-30", 12), ["advocate"],
  "At what point does a child get offered someone to help them take part in their protection conference by age? His date of birth is 30/07/2014 - when does he qualify?")

# ---------------- Choice (two standards plausibly fit) ----------------
R("duty", "choice", "2026-03-03", ("choice", ("days", "2026-03-03", 10), ("days", "2026-03-03", 20)), ["coregroup", "cindeplan"],
  "conf was today 3/3, what's next due?",
  extra="A: child made subject of a plan -> first core group within 10 days; B: de-planned at review -> first CIN meeting within 20 days")
R("newstarter", "choice", "2026-12-14", ("choice", ("days", "2026-12-14", 10), ("days", "2026-12-14", 20)), ["cintransfer", "cindeplan"],
  "When does the first Child in Need meeting need to be? My case moved over to child in need on 14 December 2026.",
  extra="A: transferred from CFR -> initial CIN meeting within 10 days; B: de-planned from CP -> within 20 days")
R("scenario", "choice", "2027-03-15", ("choice", ("wd_before", "2027-03-30", 3), ("days_before", "2027-03-30", 3)), ["icpcchair", "rcpcchair"],
  "I've got conference on Tuesday 30 March for two brothers (DOBs 01/02/2017 and 19/06/2020). Easter's the weekend before and I'm on leave 22-24 March. When does my report need to be with the chair?",
  extra="A: initial conference -> 3 working days before; B: review conference -> at least 3 days before")
R("indirect", "choice", "2025-08-20", ("choice", ("wd", "2025-08-20", 5), ("days", "2025-08-20", 10)), ["placeplan", "careplan"],
  "Placement started today, 20/08/2025. When does the plan have to be done by?",
  extra="A: updated placement plan to carers within 5 working days; B: care plan on the system within 10 days")
R("typos", "choice", "2027-03-05", ("choice", ("weeks", "2027-03-03", 4), ("weeks", "2027-03-03", 6)), ["cpvisit", "cinvisit"],
  "last visit 3/3 kid on a plan, when is the next one due",
  extra="A: CP plan -> every 4 weeks; B: CIN plan -> every 6 weeks")
R("manager", "choice", "2025-04-15", ("choice", ("wd", "2025-04-14", 5), ("wd", "2025-04-14", 20)), ["iro5", "iro20"],
  "IRO challenge raised 14/04/25 - when does it become overdue?",
  extra="A: informal challenge not resolved -> formal dispute after 5 working days; B: formal dispute to be completed within 20 working days")
R("duty", "choice", "2026-05-26", ("choice", ("wd", "2026-05-26", 15), ("days", "2026-05-26", 45)), ["tlreview", "assess45"],
  "c&f started 26/5, deadline?",
  extra="A: team leader review within 15 working days; B: completion within 45 days")
R("indirect", "choice", "2027-03-24", ("choice", ("wd", "2027-03-24", 3), ("wd", "2027-03-24", 20)), ["placemtg", "lacreview1"],
  "A child came into care and was placed with carers today, 24 March 2027. When's the meeting?",
  extra="A: placement meeting within 3 working days; B: initial looked after review within 20 working days")

# ---------------- None (no timescale in the standards) ----------------
R("duty", "none", "2026-01-13", None, ["chairsets"],
  "icpc 12/1/26, rcpc due when?", why="the review conference date is set by the CP chair; no interval given")
R("newstarter", "none", "2026-02-04", None, ["coreevery"],
  "How often do core groups have to meet after the first one? Our last one was 3 February 2026 - when's the next due?",
  why="only the first core group has a timescale")
R("indirect", "none", "2026-03-03", None, ["supervision"],
  "How often should I be getting supervision for my cases? My last session with my manager was 2 March - when's the next one due by?",
  why="supervision frequency is left to the supervision policy")
R("typos", "none", "2027-01-13", None, ["secondreview"],
  "2nd lac review when is it due, 1st one was 12/1")
R("scenario", "none", "2026-06-15", None, ["shopba"],
  "Adoption is the plan for a baby in proceedings. The final care planning meeting was 10/06/26 and the IRH is listed for 21/09/26. What's the deadline for the SHOPBA meeting with the ADM?",
  why="SHOPBA must fall between the final care planning meeting and the IRH paperwork; no fixed date")
R("manager", "none", "2026-05-12", None, ["stratrecord"],
  "Strategy discussion held 05/05/26 - by when should the record have gone out to the professionals who took part?")
R("indirect", "none", "2025-07-08", None, ["shopbaletter"],
  "How long after the should-be-placed-for-adoption decision do the parents have to get the letter from the decision maker? Meeting was 7 July.")
R("newstarter", "none", "2025-09-10", None, ["irocontact"],
  "How often is the IRO supposed to contact the child between reviews? The last review was 9 September 2025.")
R("duty", "none", "2025-11-10", None, ["supportmtg"],
  "placement wobbling, concerns raised today 10/11 - support mtg by when?")
R("scenario", "none", "2027-01-21", None, ["cinplancopy"],
  "CIN meeting was yesterday, 20/01/2027, at school. Dad couldn't attend and the health visitor sent apologies. By when does everyone need the updated CIN plan?")
R("indirect", "none", "2026-10-05", None, ["lifestory", "annexa"],
  "Once a little one has moved in with the adopters, by when do I have to finish her memory book and the letter she reads when she's older?")

# ---------------- extra scenario / newstarter rows ----------------
R("scenario", "date", "2026-12-23", ("wd", "2026-12-23", 20), ["iha"],
  "Baby (born 02/12/2026) came into care under police protection today, Wednesday 23 December, straight from the hospital where she'd been since birth. Her last health visitor check was 16/12. When does the initial health assessment need to be done by?")
R("scenario", "date", "2027-12-21", ("weeks", "2027-12-20", 3), ["pack"],
  "Two sisters (aged 8 and 11) came into care yesterday, Monday 20 December 2027. Their placement plan went to the carers the same day and the placement meeting is booked for 23/12. When do they need to have their coming into care packs?")
R("scenario", "date", "2025-04-17", ("wd", "2025-04-17", 1), ["referral"],
  "I'm on duty at CFR. The health visitor's referral about home conditions for a 4-month-old was passed to me at 5pm today (Thursday 17th). Mum's known from a 2022 referral that was NFA'd. When does it need to be actioned by?")
R("newstarter", "date", "2027-05-10", ("weeks", "2027-05-10", 16), ["temp16"],
  "Hi - our connected person carers were given temporary approval today, 10 May 2027. How long does that last before it runs out, if it isn't extended?")
R("newstarter", "visits", "2025-06-03", ("weeks", "2025-05-30", 1), ["adoptweekly"],
  "I'm the adoption social worker - our little one moved in with her adopters on 30 May 2025 and I visited that day. There hasn't been a Looked After Review yet. When is my next statutory visit due?")
R("newstarter", "date", "2026-12-23", ("days", "2026-12-23", 5), ["s47disc"],
  "Sorry if this is obvious - a Section 47 enquiry was initiated today (23 December 2026). By when do my manager and I have to discuss how it's progressing?")
