# Structured descriptions of every question row. oracle.py computes due/count from these.
# Fields: voice, kind, today, q, and one of std+start / steps / age / choice / none(+why).
# pre: note resolving a relative date in q; also: extra standards whose phrase also applies.

ROWS = []


def r(voice, kind, today, q, **kw):
    d = {"voice": voice, "kind": kind, "today": today, "q": q}
    d.update(kw)
    ROWS.append(d)


AMB45 = ("The standard says '45 days' (taken as calendar days); national statutory guidance uses "
         "45 working days, so a reader could count working days instead.")

# ---------------- Front Door ----------------
r("duty", "date", "2025-12-24", "contact in 24/12 at 4pm, TL decision by when?",
  std="FD_CONTACT", start="2025-12-24")
r("typos", "date", "2026-04-02", "got a referal thru today 2.4.26 whens it got to be actioned by a sw",
  std="FD_REFERRAL", start="2026-04-02")
r("indirect", "date", "2026-05-22",
  "A new worry about a family came into the front door this morning. How long has the team leader got to decide what we're doing with it?",
  std="FD_CONTACT", start="2026-05-22", also=["FD_INITIAL"], pre="'this morning' = 2026-05-22")
r("newstarter", "date", "2025-08-22",
  "Hi, sorry if this is a silly question - I'm on duty for the first time. A child in need referral came in today (Friday afternoon). By when does the team leader need to make the initial decision about what action is needed?",
  std="FD_INITIAL", start="2025-08-22", pre="'today' = 2025-08-22")
r("manager", "date", "2027-01-06",
  "Audit Q: contact received 31/12/26, TL screening decision recorded 04/01/27. Within timescale?",
  std="FD_CONTACT", start="2026-12-31")
r("scenario", "date", "2026-12-23",
  "Mum rang yesterday (22/12) worried her ex will turn up drunk at contact; the kids are 4 and 7 and dad's birthday was the 20th. It's come through as a referral. When does a social worker have to have actioned it?",
  std="FD_REFERRAL", start="2026-12-22", pre="'yesterday' = 2026-12-22")
r("duty", "date", "2027-03-25", "mgmt decision for strat made today, latest strat date?",
  std="STRAT_1WD", start="2027-03-25", pre="'today' = 2027-03-25",
  ambiguous="The S47 section also says 'A strategy discussion within 24 hours', which would be Fri 26/03 (a bank holiday) rather than the next working day.")
r("typos", "date", "2025-05-02",
  "TL said we need a strat meeting, decison was made this morning fri 2nd may. when does it have to happen by",
  std="STRAT_1WD", start="2025-05-02",
  ambiguous="The S47 section also says 'A strategy discussion within 24 hours', which would be Sat 03/05 rather than the next working day.")
r("manager", "date", "2026-09-02",
  "Strat discussion decided on Friday 28/08, strat held Tues 01/09. Did that meet the standard?",
  std="STRAT_1WD", start="2026-08-28",
  ambiguous="The S47 section also says 'A strategy discussion within 24 hours', which would make Sat 29/08 the deadline and the strat late.")
r("scenario", "date", "2025-12-22", "A health visitor referral about a baby's weight loss was accepted for a C&F this morning (Mon 22/12). Baby was born 01/10/25 and the last HV contact was 15/12. When must it be allocated to a social worker?",
  std="ALLOC", start="2025-12-22",
  ambiguous="The standard does not name the start event; counted from the day the referral was accepted.")
r("newstarter", "date", "2026-08-27",
  "Could someone explain how long the team leader has to allocate a new case for a Child and Family Assessment? The decision that it needs an assessment was made today.",
  std="ALLOC", start="2026-08-27", pre="'today' = 2026-08-27")
r("indirect", "date", "2027-05-28",
  "How quickly does a case have to get a named worker to do the assessment once we've decided it needs one? We decided this morning.",
  std="ALLOC", start="2027-05-28", pre="'this morning' = 2027-05-28")

# ---------------- Assessments ----------------
r("duty", "date", "2025-04-14", "C&F started 14/04, TL review due?",
  std="ASS_REVIEW", start="2025-04-14")
r("typos", "date", "2025-11-20", "c+f assesment startd 10th nov, wat date does it need finishing by",
  std="ASS_45", start="2025-11-10",
  ambiguous=AMB45 + " The calendar-day answer also falls on Christmas Day.")
r("scenario", "date", "2026-02-10",
  "I started a C&F on a 9 year old on 30/01/26 after a school referral. Her brother was born 14/02/2017 and there's a CIN meeting pencilled for 20/02. When's the assessment due to be completed?",
  std="ASS_45", start="2026-01-30", ambiguous=AMB45)
r("indirect", "date", "2026-03-20",
  "I began the family assessment on Monday (16/3). When does my manager need to have looked it over?",
  std="ASS_REVIEW", start="2026-03-16")
r("manager", "date", "2027-02-15",
  "Assessment opened 20/12/26, authorised 05/02/27. Was it completed in timescale?",
  std="ASS_45", start="2026-12-20", ambiguous=AMB45)
r("newstarter", "date", "2027-12-20",
  "Hello! I've just started my first assessment today. I was told the Team Leader reviews it at some point - when would that be by?",
  std="ASS_REVIEW", start="2027-12-20", pre="'today' = 2027-12-20")
r("scenario", "date", "2027-03-15", "I opened a C&F on 12/02/27 for a 14 year old who's been missing from school since 25/01. Her CIN review is pencilled for 01/04. When must the assessment be completed?",
  std="ASS_45", start="2027-02-12", ambiguous=AMB45)
r("duty", "date", "2026-12-24", "s47 initiated 23/12, mgr progress discussion by?",
  std="S47_5DAY", start="2026-12-23")
r("newstarter", "date", "2025-04-17",
  "I'm shadowing on a Section 47 enquiry that was started today. When do the social worker and manager need to sit down and discuss how it's going?",
  std="S47_5DAY", start="2025-04-17", pre="'today' = 2025-04-17")
r("manager", "date", "2027-09-10",
  "S47 initiated 01/09/27, progress discussion with TL held 07/09/27 - in timescale?",
  std="S47_5DAY", start="2027-09-01")
r("scenario", "date", "2026-05-04",
  "On call this bank holiday Monday. Police referral came in this afternoon for a 6 year old with a bruise on his face and the TL has agreed it's a S47. His mum's got a court date on 12/05. When does he need to be seen by?",
  std="S47_SEEN", start="2026-05-04", pre="'this afternoon' = 2026-05-04")
r("typos", "date", "2025-08-29",
  "s47 agreed at 3pm frday, does the child have to be seen today or can it wait till monday?",
  std="S47_SEEN", start="2025-08-29", pre="'frday'/'today' = 2025-08-29")
r("indirect", "date", "2025-10-15",
  "We're handing a family over to a neighbourhood team after our assessment and I'm emailing them today. What's the earliest the handover can be, given we also have to do the joint home visit first?",
  std="TRANSFER_NOTICE", start="2025-10-15", pre="'today' = 2025-10-15",
  ambiguous="'At least 5 days' notice' is taken as 5 calendar days from the email; the joint visit must fall within that notice period.")
r("manager", "date", "2027-06-10",
  "CFR emailed the NT on 03/06/27 and the case transferred 07/06/27. Was enough notice given?",
  std="TRANSFER_NOTICE", start="2027-06-03")

# ---------------- S47 / ICPC ----------------
r("duty", "date", "2025-12-19", "strat 19/12/25 - latest icpc?",
  std="ICPC_15", start="2025-12-19")
r("typos", "date", "2026-03-24", "strat was on 23.3.26 whens the latest the icpc can be",
  std="ICPC_15", start="2026-03-23")
r("scenario", "date", "2027-03-22",
  "Strategy meeting was held last Thursday (18/03) about a 2 year old with a fractured arm; the injury happened on 14/03 and he was discharged from hospital on 16/03. We're going to ICPC. What's the last date it can be held?",
  std="ICPC_15", start="2027-03-18")
r("indirect", "date", "2025-05-01",
  "We had the multi-agency meeting with police and health on Tuesday 29 April and agreed to go ahead with the child protection enquiry. How long have we got to get the first big conference with the family booked in?",
  std="ICPC_15", start="2025-04-29")
r("newstarter", "date", "2026-08-20",
  "Hi all, could someone tell me the timescale for an Initial Child Protection Conference? The strategy discussion was on 17 August 2026.",
  std="ICPC_15", start="2026-08-17")
r("manager", "date", "2026-01-30", "ICPC was held 20/01/26, strat 02/01/26, was that in timescale?",
  std="ICPC_15", start="2026-01-02")
r("manager", "date", "2027-12-30",
  "Strat was 10/12/27 and the ICPC is booked for 04/01/28 - within timescale or not?",
  std="ICPC_15", start="2027-12-10")
r("duty", "date", "2025-08-22", "strat today icpc deadline pls",
  std="ICPC_15", start="2025-08-22", pre="'today' = 2025-08-22")
r("typos", "date", "2027-05-04", "strat discusion 30th april, icpc needs to be when?",
  std="ICPC_15", start="2027-04-30")
r("duty", "date", "2026-03-27", "icpc tues 7/4, report to chair by?",
  std="ICPC_CHAIR", start="2026-04-07")
r("newstarter", "date", "2025-06-02",
  "I'm writing my first conference report, for an initial conference on Thursday 12 June. When do I need to share it with the parents?",
  std="ICPC_FAMILY", start="2025-06-12")
r("typos", "date", "2027-05-25", "icpc is 2nd june, wen does my report hav to go to the cp chair",
  std="ICPC_CHAIR", start="2027-06-02")
r("indirect", "date", "2025-12-22",
  "The first conference about the children is on Monday 5th January. What's the latest I can let mum and dad read what I've written for it?",
  std="ICPC_FAMILY", start="2026-01-05")
r("newstarter", "date", "2026-06-01",
  "My ICPC was on Wednesday 27 May and I sent my report to the chair on 21 May. Was that early enough?",
  std="ICPC_CHAIR", start="2026-05-27")

# ---------------- CP plans, core groups, visits ----------------
r("scenario", "date", "2025-12-19", "At the ICPC today (Fri 19/12) all three children went on plans. Mum's next hospital appointment is 07/01 and the family go to gran's on 27/12. By when does the first core group have to be held?",
  std="CORE1", start="2025-12-19")
r("typos", "date", "2026-04-27", "childs been put on a plan at conf on 21/4/26, first core group date??",
  std="CORE1", start="2026-04-21")
r("scenario", "date", "2026-08-20",
  "ICPC was Tuesday 18 Aug and both children went on plans under neglect. Mum's new baby is due 15/09 and there's a health appointment on 27/08. When must the first core group be held?",
  std="CORE1", start="2026-08-18")
r("indirect", "date", "2027-01-05",
  "After the meeting on 29th December where the kids were made subject to protection plans, when's the first smaller planning group with the family and professionals due?",
  std="CORE1", start="2026-12-29")
r("manager", "date", "2025-05-20", "ICPC 01/05/25, first core group held 12/05/25. In timescale?",
  std="CORE1", start="2025-05-01")
r("newstarter", "date", "2027-12-22",
  "Sorry if this is obvious - a conference today decided my little one needs a child protection plan. When does the first core group need to be held by?",
  std="CORE1", start="2027-12-22", pre="'today' = 2027-12-22")
r("indirect", "visits", "2027-04-19",
  "How often do I have to see a kid on a protection plan at home? I last saw her there on 1 April. When's the next one due?",
  std="CP_VISIT", start="2027-04-01")
r("manager", "visits", "2026-09-15",
  "CP child last seen at home 14/07/26, next visit recorded 13/08/26 - within the 4 weeks?",
  std="CP_VISIT", start="2026-07-14")
r("scenario", "visits", "2025-08-20",
  "Lily-Moon Starbright (made-up name) is on a CP plan. I saw her at home on 29 July, but at last week's visit on 14/08 she was at her nan's so I only saw mum. When's the latest I need to see her at home?",
  std="CP_VISIT", start="2025-07-29",
  pre="the 14/08 visit does not count as a statutory CP visit (child not seen at home), so count from 29/07")
r("newstarter", "visits", "2027-12-20",
  "I visited a child on a CP plan on 6 December. Could you tell me the date my next statutory visit must happen by?",
  std="CP_VISIT", start="2027-12-06")
r("duty", "date", "2026-05-20", "rcpc 1/6, report to chair by?",
  std="RCPC_CHAIR", start="2026-06-01")
r("newstarter", "date", "2027-08-20",
  "The review child protection conference is on Friday 3 September. By when should the parents have my report?",
  std="RCPC_PARENTS", start="2027-09-03")
r("manager", "date", "2025-10-10",
  "RCPC on 09/10/25, plan update shared with parents 07/10/25. Compliant?",
  std="RCPC_PARENTS", start="2025-10-09")
r("typos", "date", "2026-12-18", "reveiw conf on 4/1/27, when has the chair got to have my report",
  std="RCPC_CHAIR", start="2027-01-04")
r("indirect", "date", "2026-11-10",
  "A child went on a protection plan on 28 February 2026. When do we hit the point where, if things still aren't better, we need the professional thinking-time meeting?",
  std="CP_12M", start="2026-02-28")
r("manager", "date", "2026-12-01",
  "CP plan started 31/01/26 - from what date does the 12-month professional thinking time check apply?",
  std="CP_12M", start="2026-01-31")

# ---------------- PLO ----------------
r("duty", "date", "2025-12-17", "plo letter dated 17/12/25 - 1st mtg by?",
  std="PLO_FIRST", start="2025-12-17")
r("indirect", "date", "2026-03-23",
  "We've sent the letter that starts pre-proceedings - it's dated today, Monday 23 March. When does the first meeting with the parents and their solicitor need to happen by?",
  std="PLO_FIRST", start="2026-03-23")
r("scenario", "date", "2027-05-10",
  "The PLO letter is dated 07/05/27 but mum only got it on the 8th, and dad's solicitor isn't back until 19/05. Legal Gateway was 29/04. When does the first PLO meeting need to be held by?",
  std="PLO_FIRST", start="2027-05-07")
r("manager", "date", "2025-09-30",
  "PLO letter 04/09/25, initial PLO meeting 17/09/25, was this in timescale?",
  std="PLO_FIRST", start="2025-09-04")
r("typos", "date", "2026-05-21", "frst plo meeting was today 21/5, fgc referal has to go in by when",
  std="PLO_FGC", start="2026-05-21")
r("newstarter", "date", "2025-04-17",
  "We had the initial PLO meeting today and the grandparents have been put forward as possible carers. By when do I need to send the viability screening request to the Family Placement Team?",
  std="PLO_VIAB", start="2025-04-17", pre="'today' = 2025-04-17")
r("duty", "date", "2026-12-21", "plo mtg 21/12, mins out by?",
  std="PLO_MINUTES", start="2026-12-21")
r("indirect", "date", "2027-08-27",
  "How long have I got to send out the notes of the pre-proceedings meeting (the one with the parents and their lawyers)? We met yesterday.",
  std="PLO_MINUTES", start="2027-08-26", pre="'yesterday' = 2027-08-26")
r("manager", "date", "2027-04-05",
  "Initial PLO mtg 24/03/27, viability screening request sent to FPT 30/03/27. In timescale?",
  std="PLO_VIAB", start="2027-03-24")
r("scenario", "date", "2026-02-02",
  "We went into PLO for twin girls on 19/01/26 (that's the date on the letter; the first meeting was 28/01/26). Legal want to diarise the review legal planning meeting. When does it fall?",
  std="PLO_12W", start="2026-01-19",
  ambiguous="'At 12 weeks' could be counted from the first PLO meeting (28/01/26 -> 22/04/26) rather than the PLO letter.")
r("duty", "date", "2026-09-01", "plo started 01/09/26, gateway at 16 wks = ?",
  std="PLO_16W", start="2026-09-01")
r("typos", "visits", "2025-07-08", "last revew plo meeting was 7/7/25, wen is the next one due",
  std="PLO_REVIEW", start="2025-07-07",
  ambiguous="The standard says every 4-6 weeks: the next review is due from 04/08/25 and at the latest by 18/08/25; due is the latest date.")
r("manager", "date", "2027-01-11",
  "PLO started 04/01/27. If the 12-week review legal planning meeting agrees the exceptional 4-week extension, what date does PLO run to?",
  steps=[("PLO_12W", "2027-01-04", None, None), ("PLO_EXT", None, None, None)])

# ---------------- CIN ----------------
r("duty", "date", "2025-12-23", "case transferred from CFR 23/12, initial cin mtg by?",
  std="CIN_TRANSFER", start="2025-12-23")
r("typos", "date", "2026-03-03", "kid came off cp plan at the revew conf 2nd march, first cin meeting by?",
  std="CIN_DEPLAN", start="2026-03-02")
r("indirect", "date", "2027-03-24",
  "The conference ended the protection plan on 19th March and stepped the family down to a support plan. When should the first meeting under the new plan be?",
  std="CIN_DEPLAN", start="2027-03-19")
r("newstarter", "date", "2026-08-28",
  "Hi, I've just picked up a case that transferred from Trafford Children's First Response on 27/08/2026. When does the first Child in Need meeting need to happen by?",
  std="CIN_TRANSFER", start="2026-08-27")
r("scenario", "date", "2025-05-30",
  "The case came to us from CFR on 16/05/25 (the family had moved house on 02/05). We held the first CIN meeting on 28/05/25. Were we in time?",
  std="CIN_TRANSFER", start="2025-05-16")
r("duty", "visits", "2026-11-20", "last cin review 13/11, next by?",
  std="CIN_REVIEW", start="2026-11-13")
r("typos", "visits", "2027-07-20", "cin kid last seen at home 15/7/27 when do i see him again by",
  std="CIN_VISIT", start="2027-07-15")
r("scenario", "visits", "2025-03-12",
  "Zebedee Sparklefield (not his real name) is on a CIN plan. I saw him at home on 14/02/25, then at school on 05/03/25 with his teacher. When's my next CIN visit due?",
  std="CIN_VISIT", start="2025-02-14",
  pre="the school visit on 05/03 does not count as a CIN visit (not seen at home), so count from 14/02")
r("indirect", "visits", "2026-04-08",
  "How long can we leave it between the multi-agency meetings that review a child in need's plan? Last one was 2 April.",
  std="CIN_REVIEW", start="2026-04-02")
r("newstarter", "visits", "2027-11-25",
  "Could someone help me work out when I next need to visit a child on a Child in Need plan? My last visit to the family home was on 19 November 2027.",
  std="CIN_VISIT", start="2027-11-19")
r("manager", "visits", "2026-07-01",
  "CIN reviews held 10/04/26 and 26/05/26. Was the gap within standard?",
  std="CIN_REVIEW", start="2026-04-10")

# ---------------- Children in care ----------------
r("duty", "date", "2025-12-19", "bla 19/12/25, initial lac review by?",
  std="LAC_REVIEW1", start="2025-12-19")
r("typos", "date", "2026-04-01", "came into care on 31.3.26 whens the first LAC reveiw",
  std="LAC_REVIEW1", start="2026-03-31")
r("scenario", "date", "2027-05-05",
  "Two brothers were placed in foster care under s20 on 28/04/27 after mum was admitted to hospital on 26/04. Their half-sister was placed separately on 03/05. When is the boys' first looked after review due?",
  std="LAC_REVIEW1", start="2027-04-28")
r("indirect", "date", "2026-08-25",
  "A 14 year old started being accommodated by us on Friday 21 August. When does the first statutory meeting with the independent reviewing officer have to take place?",
  std="LAC_REVIEW1", start="2026-08-21")
r("newstarter", "date", "2025-04-16",
  "Hello, I'm new to the Children in Care team. A child became looked after on 14 April 2025 - when does the initial Looked After Review need to happen?",
  std="LAC_REVIEW1", start="2025-04-14")
r("manager", "date", "2027-01-29",
  "Child LAC from 07/12/26, initial review held 07/01/27. Within timescale?",
  std="LAC_REVIEW1", start="2026-12-07")
r("scenario", "date", "2026-12-18", "A 3 year old came into care today (18/12/26) after police protection for neglect; her brother came in on 11/12. She's got a GP appointment on 23/12 for a chest infection but that isn't the IHA. When is her initial health assessment due by?",
  std="IHA", start="2026-12-18")
r("indirect", "date", "2025-05-23",
  "When does the first medical check for a child who's just come into care need to be done? She came in on Tuesday 20 May.",
  std="IHA", start="2025-05-20")
r("manager", "date", "2026-05-15",
  "BLA 27/03/26, IHA completed 24/04/26. Was this in timescale?",
  std="IHA", start="2026-03-27")
r("typos", "date", "2025-08-27", "bla on 26/8/25 - wen does the pep have to be",
  std="PEP", start="2025-08-26",
  ambiguous="The standard does not say what the 20 days run from (taken as the date of coming into care) or whether they are school days.")
r("newstarter", "date", "2026-12-09",
  "A young person in Year 9 came into care on 07/12/2026. By when should the PEP meeting be arranged at school?",
  std="PEP", start="2026-12-07",
  ambiguous="The standard does not say what the 20 days run from (taken as the date of coming into care) or whether they are school days; the answer falls in the school holidays.")
r("duty", "date", "2027-03-22", "placed 22/3/27 care plan on LCS by?",
  std="CARE_PLAN", start="2027-03-22")
r("scenario", "date", "2025-12-30",
  "Baby was placed with foster carers on Christmas Eve after police protection; the EPO hearing was 29/12 and she was born 02/11/25. When does her care plan need to be on the system?",
  std="CARE_PLAN", start="2025-12-24")
r("manager", "date", "2026-06-10",
  "Placement start 20/05/26, care plan recorded 01/06/26. Within the standard?",
  std="CARE_PLAN", start="2026-05-20")
r("duty", "date", "2025-04-17", "placed today 17/4, placement mtg by?",
  std="PLACEMENT_MTG", start="2025-04-17")
r("indirect", "date", "2026-12-23",
  "A teenager moved in with new carers yesterday (22/12). When do we need to get everyone round the table to agree delegated authority and how the placement will work?",
  std="PLACEMENT_MTG", start="2026-12-22", pre="'yesterday' = 2026-12-22")
r("newstarter", "date", "2027-08-26",
  "A child was placed with carers today, 26/08/2027. When must the updated placement plan be given to the carers?",
  std="PLACEMENT_PLAN", start="2027-08-26")
r("manager", "date", "2026-01-12",
  "Placement started 29/12/25, updated placement plan given to carers 06/01/26. Compliant?",
  std="PLACEMENT_PLAN", start="2025-12-29")
r("typos", "date", "2027-05-28", "placment startd 28th may, placment meeting has to be b4?",
  std="PLACEMENT_MTG", start="2027-05-28")
r("duty", "date", "2025-12-24", "placed 24/12 - stat visit by?",
  std="LAC_SEEN", start="2025-12-24", also=["CIC_VISIT1"])
r("scenario", "date", "2026-04-02",
  "Placement broke down and a 12 year old moved to new carers this afternoon, Thursday 2nd April. Her previous move was 10/01/26. When does she need to be visited by?",
  std="CIC_VISIT1", start="2026-04-02", also=["LAC_SEEN"])
r("typos", "date", "2027-12-24", "change of placment today 24/12, wen do i have to visit",
  std="CIC_VISIT1", start="2027-12-24", also=["LAC_SEEN"])
r("scenario", "date", "2025-09-05",
  "A 9 year old was placed with carers on Friday 22/08/25 after her dad was arrested on 21/08. I couldn't get out to her until Tuesday 26/08 because of the bank holiday. Was that in time?",
  std="LAC_SEEN", start="2025-08-22", also=["CIC_VISIT1"])
r("indirect", "date", "2026-05-01",
  "A little girl became looked after today under an interim care order. How long have I got to let the other professionals (school, GP, health visitor) know her legal status?",
  std="LEGAL_STATUS", start="2026-05-01", pre="'today' = 2026-05-01")
r("newstarter", "date", "2027-03-25",
  "A child came into care yesterday (24 March 2027). Within how long must I tell the other professionals involved about their legal status, and what date is that?",
  std="LEGAL_STATUS", start="2027-03-24")
r("duty", "date", "2025-12-29", "emergency admission sat 27/12, no current assessment - assessment due?",
  std="CIC_EMERG_ASS", start="2025-12-27")
r("newstarter", "date", "2026-08-28",
  "An unplanned admission into care happened on 27 August 2026 and there wasn't an up-to-date assessment. When must the assessment be completed?",
  std="CIC_EMERG_ASS", start="2026-08-27")
r("typos", "date", "2026-04-06", "came into care 3/4/26 when do they need there care pack and rights leaflet by",
  std="CIC_PACK", start="2026-04-03")
r("indirect", "date", "2027-01-04",
  "By when should a child who came into our care on New Year's Eve be given the welcome pack and the leaflet about their rights?",
  std="CIC_PACK", start="2026-12-31", pre="New Year's Eve = 2026-12-31")
r("duty", "visits", "2026-02-03", "family time arrangements last reviewed 02/01/26, next review by?",
  std="FAMILY_TIME", start="2026-01-02")
r("manager", "visits", "2025-11-05",
  "Family time for a child in care reviewed 02/07/25 and next on 10/09/25 (permanence plan not yet agreed). Was that within standard?",
  std="FAMILY_TIME", start="2025-07-02")
r("typos", "visits", "2026-03-05", "had first lac review ages ago, no perm plan yet, last stat visit was 26/2/26, wen is next visit due",
  std="LAC_6W", start="2026-02-26")
r("scenario", "visits", "2027-06-10",
  "A 15 year old has lived with the same long-term foster carers since 2024 and the permanence plan was ratified at her review on 12/05/27, so her visits are now 12-weekly. I last saw her on 03/06/27. When's my next one due?",
  std="LAC_12W", start="2027-06-03")
r("newstarter", "visits", "2027-12-23",
  "Hi - the child I'm visiting has already had their first looked after review and the permanence plan isn't finalised yet. My last statutory visit was 29 November 2027. When's the next one due?",
  std="LAC_6W", start="2027-11-29")
r("indirect", "visits", "2026-08-28",
  "The child only came into care a fortnight ago and hasn't had her first review yet. I saw her last on 24 August. How soon do I need to see her again?",
  std="LAC_WEEKLY", start="2026-08-24")
r("manager", "date", "2026-10-01",
  "Child moved into her permanent placement 15/09/26. Earliest date her statutory visits could move to 12-weekly?",
  std="LAC_12M_PERM", start="2026-09-15",
  ambiguous="'Been there for over 12 months' could be read as from the day after the 12-month anniversary (16/09/27).")
r("newstarter", "date", "2026-04-07", "I'm preparing for my first looked after review, which is on Thursday 16 April. When does my report need to be with the IRO?",
  std="LAC_REPORT", start="2026-04-16")
r("indirect", "date", "2025-12-15",
  "The child in care review with the independent chair is on Monday 5 January. When does my written report need to be with them?",
  std="LAC_REPORT", start="2026-01-05")
r("manager", "date", "2027-09-03",
  "LAC review 01/09/27; SW report reached the IRO 30/08/27. Compliant?",
  std="LAC_REPORT", start="2027-09-01")

# ---------------- IRO ----------------
r("duty", "date", "2025-12-22", "iro informal challenge raised today 22/12, when does it go formal?",
  std="IRO_INFORMAL", start="2025-12-22")
r("scenario", "date", "2026-05-05",
  "The IRO's informal challenge about drift in the permanence plan wasn't resolved, so a formal dispute was raised on 30/04/26. The next LAC review is 18/06/26. By when should the formal dispute process be finished?",
  std="IRO_FORMAL", start="2026-04-30")
r("indirect", "date", "2027-03-24",
  "The reviewing officer flagged to me yesterday that the care planning has drifted. How long do I have to sort it before it becomes a formal dispute?",
  std="IRO_INFORMAL", start="2027-03-23", pre="'yesterday' = 2027-03-23")
r("manager", "date", "2027-08-31",
  "Formal dispute raised 28/07/27, resolved 25/08/27. In timescale?",
  std="IRO_FORMAL", start="2027-07-28")
r("typos", "date", "2025-12-02", "formal dispute resolution startd 1/12/25 how long has it got",
  std="IRO_FORMAL", start="2025-12-01")

# ---------------- Adoption ----------------
r("scenario", "date", "2026-06-01", "The boys went to live with their adopters on the bank holiday Monday, 25 May. The placement order was made 12/01/26 and matching panel was 30/04/26. From when can the adopters apply for the Adoption Order?",
  std="ADOPT_10W", start="2026-05-25")
r("newstarter", "date", "2025-10-01",
  "The children moved in with their adopters on 22 September 2025. From what date can the adopters apply for the Adoption Order?",
  std="ADOPT_10W", start="2025-09-22")
r("typos", "visits", "2027-04-01", "adopton placement, no lac review yet, last visit 29/3/27 wen next",
  std="ADOPT_WEEKLY", start="2027-03-29")
r("scenario", "visits", "2026-01-07",
  "Twins were placed with adopters in October and their first looked after review since placement was 20/11/25. My last visit was 22/12/25 and the Adoption Order hearing is listed for 02/03/26. When do I next need to visit?",
  std="ADOPT_6W", start="2025-12-22")
r("indirect", "visits", "2025-12-22",
  "Our little boy only moved in with his forever family last week and hasn't had his first review yet. I saw him on Friday 19th. When do I need to see him again?",
  std="ADOPT_WEEKLY", start="2025-12-19")

# ---------------- Fostering ----------------
r("duty", "visits", "2027-05-04", "FC supervisory visit last 30/03/27, next by?",
  std="FC_VISIT", start="2027-03-30")
r("typos", "date", "2026-12-24", "did my visit to the foster carers today 24/12, when does the record hav to be on lcs",
  std="FC_RECORD", start="2026-12-24")
r("manager", "date", "2025-03-10",
  "Last unannounced visit to this fostering household was 29/02/2024; the next one was 03/03/2025. In timescale?",
  std="FC_UNANN", start="2024-02-29")
r("indirect", "date", "2026-06-15",
  "When's the yearly review for our foster carers (the one with the safer caring policy and health and safety checklist) due, if the last one was 30 June 2025?",
  std="FC_ANNUAL", start="2025-06-30")
r("newstarter", "date", "2027-01-20",
  "A foster carer's annual review last went to Fostering Panel on 14 March 2024 (the two since were chaired by an IRO). By when must one go back to panel?",
  std="FC_PANEL3Y", start="2024-03-14")
r("scenario", "date", "2025-11-04", "A foster carer approved in 2019 had her DBS, medical and references last updated on 28/11/22. Her annual review was on 10/10/25. When are those checks next due?",
  std="FC_CHECKS", start="2022-11-28")
r("typos", "date", "2026-08-10", "foster carer did core training 31/8/23, when do they need to redo it",
  std="FC_TRAINING", start="2023-08-31")
r("scenario", "date", "2027-12-22",
  "We've had to place a 3rd sibling tonight (22/12/27) with carers approved for 2, and the Strategic Lead has given permission for a variation of their terms of approval. What's the latest that variation can run to?",
  std="VARIATION", start="2027-12-22",
  ambiguous="'Up to 6 working days' is counted from the day permission is given and the child placed; a reader could treat that day as day 1.")
r("indirect", "date", "2026-04-10",
  "Nan was given emergency approval as a connected carer when the kids moved in with her on 9th April. How long does that approval last before it needs extending?",
  std="TEMP_APPROVAL", start="2026-04-09",
  ambiguous="The 16 weeks can be extended by a further 8 weeks (to 24/09/26) if the Fostering Panel considers it and the ADM agrees.")
r("manager", "date", "2025-09-01",
  "Temp approval for connected carer from 02/06/25. If the ADM agrees the extension, what's the absolute end date?",
  steps=[("TEMP_APPROVAL", "2025-06-02", "w", 16), ("TEMP_APPROVAL", None, "w", 8)])
r("newstarter", "visits", "2025-05-27",
  "I'm a new supervising social worker. My last supervisory visit to one of my foster carers was 15 April 2025. When is my next visit due?",
  std="FC_VISIT", start="2025-04-15")

# ---------------- Case recording, open cases ----------------
r("duty", "date", "2026-04-03", "home visit 02/04 - record on LCS by?",
  std="RECORDING", start="2026-04-02")
r("typos", "date", "2025-12-23", "saw the kids on 22nd dec how long ive got to write it up",
  std="RECORDING", start="2025-12-22")
r("indirect", "date", "2027-08-27",
  "I had a phone call with the child's school on Thursday 26th. When does that need to be written up on the file?",
  std="RECORDING", start="2027-08-26")
r("manager", "date", "2026-10-15",
  "Visit 05/10/26, case note entered 09/10/26. Within recording standard?",
  std="RECORDING", start="2026-10-05")
r("indirect", "date", "2026-02-20",
  "The short overview of the case at the front of the file was last refreshed on 30 November 2025. When does it need updating by?",
  std="SUMMARY", start="2025-11-30")
r("newstarter", "date", "2025-09-15",
  "I'm getting ready for my first case audit. The case file summary was last updated on 12 May 2025 - by when should it have been updated again?",
  std="SUMMARY", start="2025-05-12")
r("newstarter", "date", "2026-07-01",
  "A child I've inherited last had an authorised assessment on 29 July 2025. When will it stop counting as up to date?",
  std="ASSESS_12M", start="2025-07-29")
r("newstarter", "date", "2027-01-04", "Hi, quick question about open cases: the last assessment on my child was authorised by my manager on 31 January 2026. By when would I need a new one so it's still up to date?",
  std="ASSESS_12M", start="2026-01-31")

# ---------------- Ages ----------------
r("scenario", "age", "2026-05-11",
  "We're likely to go into PLO next month for a boy born 02/06/2020; his sister was born 14/11/2016. Will he still be under 6 - when exactly does he turn 6?",
  age=("ADOPT_U6", "2020-06-02", 6, 0))
r("newstarter", "age", "2026-02-16",
  "A little girl on my caseload was born on 29 February 2020 and PLO is likely to start in early March 2026. On what date does she count as turning 6?",
  age=("ADOPT_U6", "2020-02-29", 6, 0))
r("duty", "age", "2025-12-10", "icpc 5/1/26, child dob 04/01/14 - when's she 12 for the advocate offer?",
  age=("ADVOCATE_12", "2014-01-04", 12, 0))
r("typos", "age", "2026-01-15", "yp dob 31/8/10 wen do i have to start the pathway plan",
  age=("PATHWAY", "2010-08-31", 15, 6))
r("indirect", "age", "2027-04-12",
  "When should I start the plan for leaving care for a young person born 17 October 2011?",
  age=("PATHWAY", "2011-10-17", 15, 6))
r("scenario", "age", "2025-06-03",
  "I'm allocated to a lad in long-term foster care, born 05/12/2009. He came into care on 19/03/2019 and his next review is 10/07/25. When should his pathway plan be started?",
  age=("PATHWAY", "2009-12-05", 15, 6))
r("indirect", "age", "2026-11-02",
  "She was born 21 December 2014. From what date is she old enough that we have to offer her someone independent to support her at her conference?",
  age=("ADVOCATE_12", "2014-12-21", 12, 0))
r("manager", "age", "2027-08-02",
  "Child dob 15/08/21 entered PLO 10/08/27. Should an adoption SW and family finder have been allocated - when does she turn 6?",
  age=("ADOPT_U6", "2021-08-15", 6, 0))
r("newstarter", "age", "2027-07-01",
  "Hello, when does a pathway plan need to be started? The young person's date of birth is 29 February 2012.",
  age=("PATHWAY", "2012-02-29", 15, 6))

# ---------------- Extra date formats ----------------
r("typos", "date", "2026-06-09", "rcpc tomoro and parents havent had the report yet - when shouldve they had it by",
  std="RCPC_PARENTS", start="2026-06-10", pre="'tomoro' = 2026-06-10")
r("indirect", "date", "2025-09-12",
  "We started the police-and-social-care enquiries into the bruising last Tuesday. By when should I have sat down with my manager to talk about how it's going?",
  std="S47_5DAY", start="2025-09-09", pre="'last Tuesday' = 2025-09-09")
r("duty", "date", "2027-08-05", "placed on the 3rd, updated placement plan copy to carers by?",
  std="PLACEMENT_PLAN", start="2027-08-03", pre="'the 3rd' = 2027-08-03")
r("newstarter", "visits", "2026-12-30",
  "The family time arrangements for a child in care were set up on Monday, the day she came in. When do they next need reviewing?",
  std="FAMILY_TIME", start="2026-12-28", pre="'Monday' = 2026-12-28")
r("scenario", "date", "2027-12-29",
  "Our IRO raised an informal challenge on Christmas Eve about delay in the SGO assessment; the viability was done on 01/12 and the next review is 20/01/28. If it's still not resolved, when does it become a formal dispute?",
  std="IRO_INFORMAL", start="2027-12-24", pre="Christmas Eve = 2027-12-24")

# ---------------- Choice ----------------
r("duty", "choice", "2026-03-09", "ICPC 16/3, report due when?",
  choice=[("ICPC_FAMILY", "2026-03-16"), ("ICPC_CHAIR", "2026-03-16")])
r("indirect", "choice", "2025-04-22",
  "A child moved into her new foster home on Thursday 17 April. When's the placement plan stuff due?",
  choice=[("PLACEMENT_MTG", "2025-04-17"), ("PLACEMENT_PLAN", "2025-04-17")])
r("typos", "choice", "2026-05-22", "had the first plo meeting 22/5/26 what do i need to get done and by when",
  choice=[("PLO_FGC", "2026-05-22"), ("PLO_VIAB", "2026-05-22"), ("PLO_MINUTES", "2026-05-22")])
r("scenario", "choice", "2027-01-06",
  "A girl came off her CP plan at the review conference on 04/01/27 and the case transferred from CFR to a Neighbourhood Team the same day. Her brother's birthday is 12/01. When's the first CIN meeting due?",
  choice=[("CIN_DEPLAN", "2027-01-04"), ("CIN_TRANSFER", "2027-01-04")])
r("newstarter", "choice", "2026-09-14",
  "I started a Child and Family Assessment today, 14 September 2026. What's my deadline?",
  choice=[("ASS_REVIEW", "2026-09-14"), ("ASS_45", "2026-09-14")])
r("duty", "choice", "2025-12-08", "LAC child, last stat visit 05/12, next due?",
  choice=[("LAC_WEEKLY", "2025-12-05"), ("LAC_6W", "2025-12-05")])
r("manager", "choice", "2027-04-20", "PLO started 15/03/27. When's the next legal meeting due?",
  choice=[("PLO_12W", "2027-03-15"), ("PLO_16W", "2027-03-15")])
r("typos", "choice", "2026-11-03", "visited the foster carers 2/11/26 whats due next",
  choice=[("FC_RECORD", "2026-11-02"), ("FC_VISIT", "2026-11-02")])

# ---------------- None ----------------
r("duty", "none", "2026-03-10", "icpc 10/3, rcpc due by?", none="N_RCPC_DATE",
  why="the chair sets the date of the next (review) conference; no review conference timescale is given.")
r("typos", "none", "2025-06-11", "how often do core groups have to be after the first one, last one was 2/6",
  none=["N_CORE_REVIEW", "CORE1"],
  why="only the first core group has a timescale (within 10 days of the conference); no frequency for later core groups.")
r("newstarter", "none", "2027-02-08",
  "How often should I have supervision with my team leader? My last one was 25 January.",
  none="N_SUPERVISION", why="supervision is 'in line with the supervision policy'; no frequency is set here.")
r("indirect", "none", "2026-10-20",
  "The child's first review in care was 14 October. When's the second one, where the permanence plan has to be in place?",
  none="N_SECOND_REVIEW", why="the second review is mentioned but no timescale for it is given.")
r("scenario", "none", "2025-11-12",
  "Final care planning meeting was 05/11/25 and adoption is the plan. The IRH is listed for 15/01/26. What's the deadline for the SHOPBA?",
  none="N_SHOPBA", why="SHOPBA must be after the final care planning meeting and before legal need to file for the IRH; no fixed number of days.")
r("manager", "none", "2027-05-17",
  "What's the timescale for completing the later life letter? Adoption Order made 10/05/27.",
  none="N_LIFESTORY", why="the life story book and later life letter have no timescale.")
r("duty", "none", "2026-06-30", "how often does the IRO have to contact the kid between reviews? last contact 1/6",
  none="N_IRO_CONTACT", why="the IRO contacts the child between reviews; no frequency is set.")
r("manager", "none", "2027-03-19",
  "SHOPBA was 12/03/27. By when must the parents get the ADM's outcome letter?",
  none="N_SHOPBA_LETTER", why="parents are sent a letter, but no timescale is set.")
r("typos", "none", "2027-03-04", "edge of care yp risk flagged 3/3/27, how long to refer to family focus",
  none="N_FAMILY_FOCUS", why="the referral to Family Focus has no timescale.")
