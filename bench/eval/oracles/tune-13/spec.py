# Structured description of every row. oracle.py computes due/count from `rule`.
# rule forms: ("wd", start, n) ("wdb", meeting, n) ("d", start, n) ("db", meeting, n) ("w", start, n)
#             ("m", start, n) ("age", dob, years[, months]) ("choice", [rules], [labels]) ("none", why)
# start may be ISO or "@today" "@yesterday" "@tomorrow" "@Tue" (= most recent Tuesday before today).
from phrases import P

ROWS = []


def R(voice, kind, today, q, rule, keys, amb=None, note=None):
    ROWS.append({"voice": voice, "kind": kind, "today": today, "q": q, "rule": rule,
                 "expect_any": [P[k] for k in keys], "ambiguous": amb, "note": note})


# ------------------------------------------------------------------ Front Door
R("indirect", "date", "2025-12-24",
  "A health visitor rang our front door this morning worried about a baby. By when does a team leader have to decide what we're doing with it?",
  ("wd", "@today", 1), ["FD", "INIT"])
R("duty", "date", "2026-04-02", "contact in 2/4, TL decision by?", ("wd", "2026-04-02", 1), ["FD", "INIT"])
R("typos", "date", "2027-05-28", "refferal came in friday 28th may, when does a sw have to have actioned it by",
  ("wd", "2027-05-28", 1), ["REF"])
R("manager", "date", "2025-08-27", "Contact received Fri 22/08/25, TL decision recorded Tue 26/08. In timescale?",
  ("wd", "2025-08-22", 1), ["FD", "INIT"])
R("newstarter", "date", "2026-12-24",
  "Hi, sorry if this is a silly question - a referral was passed to me to action this morning (Christmas Eve). How long do I have to action it?",
  ("wd", "@today", 1), ["REF"])
R("scenario", "date", "2025-04-17",
  "A neighbour rang the front door on Thursday 17/04/25 worried about shouting and a crying toddler at number 12. The family had a previous contact on 02/01/25 that was closed. When does the team leader need to make a decision on this one?",
  ("wd", "2025-04-17", 1), ["FD", "INIT"])

# ------------------------------------------------------------------ S47 same day / 5 days
R("indirect", "date", "2026-05-22",
  "We've just agreed this referral is going down the child protection enquiry route. By when does the social worker need to have seen the kids?",
  ("d", "@today", 0), ["S47SAME"])
R("scenario", "date", "2025-04-17",
  "Police referral came in this morning about a 7 year old with a mark on his face and the TL has just agreed it's a Section 47. Mum says they're going away for Easter tomorrow and won't be back until the 22nd. When do we need to see the child?",
  ("d", "@today", 0), ["S47SAME"])
R("duty", "date", "2025-12-22", "s47 started 22/12, when's the progress chat with TL due?", ("d", "2025-12-22", 5),
  ["S47_5"])
R("indirect", "date", "2026-08-28",
  "We started the child protection enquiries on Wednesday 26th August. When do I need to sit down with my manager to talk about how they're going and agree next steps?",
  ("d", "2026-08-26", 5), ["S47_5"])
R("manager", "date", "2027-04-01",
  "S47 initiated 24/03/27, SW and TL progress discussion held 30/03. Within timescale?", ("d", "2027-03-24", 5),
  ["S47_5"])
R("scenario", "date", "2026-12-30",
  "Strategy on Monday 28/12/26 was a bank holiday so the emergency duty team held it, and the Section 47 was initiated on Tuesday 29 December. The child's 10th birthday is 2 January. When does my progress discussion with my manager need to happen?",
  ("d", "2026-12-29", 5), ["S47_5"])

# ------------------------------------------------------------------ allocation / TL review / 45 days
R("typos", "date", "2026-04-01", "tl said 1/4 it needs a c+f assesment, when does it have to be allocated by",
  ("wd", "2026-04-01", 3), ["ALLOC"])
R("newstarter", "date", "2025-05-02",
  "Could you help me understand how long we have to allocate a case for a Child and Family Assessment? The decision that one is needed was made today.",
  ("wd", "@today", 3), ["ALLOC"])
R("indirect", "date", "2027-12-23",
  "My team leader agreed today this family needs a full look at the children's needs. What's the last day for getting a worker assigned to do it?",
  ("wd", "@today", 3), ["ALLOC"])
R("duty", "date", "2026-03-20", "C&FA started 20/3, TL review by?", ("wd", "2026-03-20", 15), ["TLREV"])
R("indirect", "date", "2025-12-15",
  "I opened an assessment today, Monday 15th December. When does my team leader have to have had a look at it?",
  ("wd", "@today", 15), ["TLREV"])
R("manager", "date", "2027-05-20", "Assessment started 12/04/27, TL review recorded 30/04/27. In timescale?",
  ("wd", "2027-04-12", 15), ["TLREV"])
R("scenario", "date", "2025-08-20",
  "I started a C&F assessment on 13/08/25 for a family where dad has just come out of prison (released 01/08/25). My TL is on leave all of next week. When is her review of the assessment due at the latest?",
  ("wd", "2025-08-13", 15), ["TLREV"])
R("typos", "date", "2025-11-10", "c&f assesment startd 10/11/25 - whens the 45 days up", ("d", "2025-11-10", 45),
  ["A45"])
R("indirect", "date", "2026-02-17",
  "How long have I got to finish the assessment on a family I started on 17 February 2026?",
  ("d", "2026-02-17", 45), ["A45"])
R("scenario", "date", "2027-02-22",
  "Baby Pip Marmalade (dob 03/01/27) was referred by the midwife and we opened the Child and Family assessment on 19 Feb 2027. The health visitor's next appointment is 1 March. When does the assessment need to be finished?",
  ("d", "2027-02-19", 45), ["A45"])
R("newstarter", "date", "2026-07-15",
  "Hello! I've been given my first Child and Family Assessment, which started today, 15th July. What's the overall deadline to complete it?",
  ("d", "@today", 45), ["A45"])
R("manager", "date", "2025-06-10", "C&FA opened 03/04/25, authorised 20/05/25 - within the 45 days?",
  ("d", "2025-04-03", 45), ["A45"])

# ------------------------------------------------------------------ strategy discussion
R("duty", "date", "2026-06-09", "mgmt decision for strat today, strat by when?", ("wd", "@today", 1),
  ["STRAT1", "STRAT24"])
R("manager", "date", "2027-02-12", "Decision to hold strat made Tue 09/02/27, strat held Thu 11/02. In timescale?",
  ("wd", "2027-02-09", 1), ["STRAT1", "STRAT24"])

# ------------------------------------------------------------------ transfer to Neighbourhood Team
R("scenario", "date", "2026-05-20",
  "Our CFR assessment concluded Child in Need and I emailed the Neighbourhood Team today (Wednesday 20th May) to hand over. Mum is moving house on the 29th. By when do I and the new worker need to have done the joint visit?",
  ("d", "2026-05-20", 5), ["JOINT", "TRANSFER"])
R("indirect", "date", "2025-12-19",
  "We're passing a family from the front door team over to a locality team for child in need work. If I email them today, what's the earliest the handover can happen?",
  ("d", "@today", 5), ["TRANSFER"])

# ------------------------------------------------------------------ ICPC
R("duty", "date", "2025-12-19", "strat 19/12/25, icpc by?", ("wd", "2025-12-19", 15), ["ICPC"])
R("typos", "date", "2026-03-25", "strat was 25.3 when do we need icpc by", ("wd", "2026-03-25", 15), ["ICPC"])
R("indirect", "date", "2025-04-22",
  "The first multi-agency meeting to plan the enquiries was on 14 April 2025. If it goes to the big meeting where everyone decides whether a protection plan is needed, what's the deadline for that?",
  ("wd", "2025-04-14", 15), ["ICPC"])
R("indirect", "date", "2027-12-16",
  "We held the police/health/social care discussion on 15/12/27 and the enquiries say it needs a conference to decide on a plan. Latest date for that conference?",
  ("wd", "2027-12-15", 15), ["ICPC"])
R("scenario", "date", "2026-08-20",
  "Strat was Thursday 13th August about a 4 year old, Ziggy Starbright. His older sister (dob 13/08/2010) is also in the house and the S47 says conference. By when does the ICPC need to be?",
  ("wd", "2026-08-13", 15), ["ICPC"])
R("scenario", "date", "2027-05-10",
  "We had an initial strat on 28/04/27 and then a second strat on 06/05/27 when new info came in from school. The outcome of the S47 is ICPC. When's the ICPC due by?",
  ("wd", "2027-04-28", 15), ["ICPC"])
R("manager", "date", "2026-01-20", "ICPC was held 20/01, strat 02/01, was that in timescale?",
  ("wd", "2026-01-02", 15), ["ICPC"])
R("newstarter", "date", "2025-05-01",
  "Hi, I'm new to the team. We had a strategy discussion today, 1st May. If an Initial Child Protection Conference is needed, what date would it have to be held by?",
  ("wd", "@today", 15), ["ICPC"])
R("duty", "date", "2026-12-18", "strat yest, icpc deadline?", ("wd", "@yesterday", 15), ["ICPC"])
R("scenario", "date", "2025-12-23",
  "Strat held 22/12/25 about baby Lemon Drizzle (born 01/12/25). Health visitor's next visit is 05/01/26 and the family are at grandma's until New Year. If we go to ICPC, what's the latest date?",
  ("wd", "2025-12-22", 15), ["ICPC"])

# ------------------------------------------------------------------ ICPC reports
R("indirect", "date", "2026-01-05",
  "The first child protection conference is on Thursday 8 January 2026. What's the latest I can share my report with the parents?",
  ("db", "2026-01-08", 3), ["REPFAM"])
R("typos", "date", "2025-04-15", "icpc is tuesday 22nd april, when does mum n dad need the report by",
  ("db", "2025-04-22", 3), ["REPFAM"],
  ("'at least 3 the days' may be a garbled '3 working days', which would give {alt} because of Easter.", ("wdb", "2025-04-22", 3)))
R("scenario", "date", "2026-11-30",
  "We've got an ICPC for two brothers on Friday 4 December 2026. The younger one turns 5 on the 1st. Their mum has asked when she'll get to see what I'm writing for conference. What's the latest I can share the report with her?",
  ("db", "2026-12-04", 3), ["REPFAM"])
R("scenario", "date", "2026-04-01",
  "ICPC for baby Sorrel Pumpernickel is booked for Wednesday 8 April 2026. The strat was on 23/03/26 and dad's solicitor is on holiday until the 10th. When does my report need to be with the child protection chair?",
  ("wdb", "2026-04-08", 3), ["REPCHAIR"])
R("indirect", "date", "2025-12-22",
  "The first conference to decide on a protection plan is on 2nd Jan. When does the person chairing it need my report?",
  ("wdb", "2026-01-02", 3), ["REPCHAIR"])
R("manager", "date", "2027-06-03", "ICPC 02/06/27, report received by chair 28/05/27. Was that OK?",
  ("wdb", "2027-06-02", 3), ["REPCHAIR"])
R("newstarter", "date", "2027-08-25",
  "Could someone tell me when my report for an initial conference has to go to the Child Protection Chair? The conference is Wednesday 1st September 2027.",
  ("wdb", "2027-09-01", 3), ["REPCHAIR"])

# ------------------------------------------------------------------ core group
R("indirect", "date", "2026-04-02",
  "A child was made subject to a plan at the conference yesterday. When's the first meeting of the small group of professionals and family who put the detail on the plan due?",
  ("d", "@yesterday", 10), ["CG1"])
R("scenario", "date", "2026-08-27",
  "Conference on 26/08/26 put Bluebell Moonbeam (dob 04/02/2019) on a CP plan under neglect. The chair has booked the review conference for November. When does the first core group have to be held?",
  ("d", "2026-08-26", 10), ["CG1"])
R("scenario", "date", "2027-05-24",
  "ICPC was 21/05/27 and both kids went on plans. Dad couldn't come because it was his birthday weekend and he's asked for the core group to be after the 26th. When's the latest the first core group can be?",
  ("d", "2027-05-21", 10), ["CG1"])

# ------------------------------------------------------------------ CP visits
R("typos", "visits", "2026-04-06", "saw her on cp plan 10th march, when nxt visit due", ("w", "2026-03-10", 4),
  ["CPVIS"])
R("scenario", "visits", "2026-08-10",
  "I went to the Stardust family's home on 03/08/26 but the child (on a CP plan) wasn't in, so I saw her at school the next day instead. Before that I'd seen her at home on 20/07/26. When is the next statutory CP visit due?",
  ("w", "2026-07-20", 4), ["CPVIS", "CPHOME"])
R("manager", "visits", "2027-01-15", "CP visits on file: 30/11/26 and 30/12/26. Was the second within timescale?",
  ("w", "2026-11-30", 4), ["CPVIS"])

# ------------------------------------------------------------------ RCPC reports
R("indirect", "date", "2026-05-21",
  "The review conference for a child already on a plan is Thursday 28 May. When should the parents have had the update report by?",
  ("db", "2026-05-28", 3), ["RCPCPAR"])
R("typos", "date", "2025-08-22", "rcpc on 3.9.25 when do parents need the report", ("db", "2025-09-03", 3),
  ["RCPCPAR"])
R("newstarter", "date", "2027-01-04",
  "I'm preparing my first report for a review child protection conference. The conference is on 7 January 2027. By when does the conference chair need it?",
  ("db", "2027-01-07", 3), ["RCPCCHAIR"])
R("manager", "date", "2026-12-30", "RCPC 31/12/26, plan update sent to chair 29/12. Compliant?",
  ("db", "2026-12-31", 3), ["RCPCCHAIR"])
R("scenario", "date", "2025-12-29",
  "Review conference for Tilly Tumbleweed is Friday 2 January 2026. She's been on a plan since 05/09/25 and mum has said she'll be away from 30 December. When's the latest mum should have had my update report?",
  ("db", "2026-01-02", 3), ["RCPCPAR"])

# ------------------------------------------------------------------ 12 months on plan
R("indirect", "date", "2025-02-20",
  "She went on a child protection plan at conference on 29 February 2024 and things still aren't shifting. When does she hit a year on the plan, so we need the professional thinking time meeting?",
  ("m", "2024-02-29", 12), ["PTT"],
  "12 months from 29 Feb 2024 could also be read as 1 March 2025.")
R("duty", "date", "2027-03-30", "cp plan since 31/03/26, 12 month mark for thinking time mtg?",
  ("m", "2026-03-31", 12), ["PTT"])
R("scenario", "date", "2026-04-20",
  "Twins have been on CP plans since their ICPC on 24/04/25; the strat before that was 07/04/25. Progress isn't enough to de-plan. When do they reach 12 months on the plan?",
  ("m", "2025-04-24", 12), ["PTT"])

# ------------------------------------------------------------------ PLO
R("duty", "date", "2026-12-21", "plo letter dated 21/12/26, 1st plo mtg by?", ("d", "2026-12-21", 10), ["PLO1"])
R("indirect", "date", "2025-04-11",
  "The letter from legal telling parents we're worried enough to start pre-proceedings is dated 11 April 2025. When should the first meeting with them and their solicitor be?",
  ("d", "2025-04-11", 10), ["PLO1"])
R("scenario", "date", "2027-05-24",
  "Legal Gateway agreed PLO on 17/05/27 and the letter went out dated 21/05/27. Dad says his solicitor can't do anything until June. When must the first PLO meeting be held by?",
  ("d", "2027-05-21", 10), ["PLO1"])
R("newstarter", "date", "2026-01-12",
  "Hi all, our first PLO letter went out today (12th Jan, that's the date on it). I'm not familiar with the process - how soon does the first meeting need to take place?",
  ("d", "@today", 10), ["PLO1"])
R("indirect", "date", "2026-04-02",
  "Parents agreed at the first pre-proceedings meeting today to a family meeting to make a plan with relatives. When do I have to get the referral in for it?",
  ("wd", "@today", 3), ["FGC"])
R("typos", "date", "2025-12-23", "1st plo meeting was 23/12, fgc referal deadline?", ("wd", "2025-12-23", 3),
  ["FGC"])
R("scenario", "date", "2027-05-28",
  "First PLO meeting was today, Friday 28 May 2027. Maternal aunt in Stockport came forward as a possible carer and gran (who lives in Wales) might too. When do the viability screening requests need to go to Family Placement?",
  ("wd", "2027-05-28", 3), ["VIAB"])
R("newstarter", "date", "2026-08-28",
  "Please could you tell me the deadline for asking the Family Placement Team to screen a viability assessment? The initial PLO meeting was today, Friday 28th August, and an uncle has been named.",
  ("wd", "2026-08-28", 3), ["VIAB"])
R("manager", "date", "2026-01-05", "Initial PLO mtg 17/12/25, viability request to FPT sent 23/12/25. Compliant?",
  ("wd", "2025-12-17", 3), ["VIAB"])
R("scenario", "date", "2026-03-30",
  "We held the first PLO meeting for the Puddleduck children today, Monday 30/03/26. The PLO letter was dated 20/03/26 and the first review PLO meeting is pencilled in for 05/05/26. When do the minutes have to go to the parents and their solicitors?",
  ("d", "2026-03-30", 7), ["PLOMIN"])
R("indirect", "date", "2025-12-19",
  "We had the meeting with parents and their solicitors yesterday setting out what needs to change. When do the written notes of what was agreed have to go to them and their solicitors?",
  ("d", "@yesterday", 7), ["PLOMIN"])
R("indirect", "visits", "2026-05-05",
  "Our last review meeting with the parents during pre-proceedings was on 14 April 2026. When must the next one be held by at the latest?",
  ("w", "2026-04-14", 6), ["PLOREV"],
  ("The standard says every 4-6 weeks; the due date is the 6-week latest point, the 4-week point is {alt}.", ("w", "2026-04-14", 4)))
R("indirect", "date", "2026-01-20",
  "Pre-proceedings started with the letter dated 5 January 2026. When's the planning meeting with our solicitor to review it due?",
  ("w", "2026-01-05", 12), ["RLPM"],
  "The 12 weeks could be counted from the first PLO meeting instead of the PLO letter.")
R("duty", "date", "2027-01-08", "plo letter 05/01/27, 12wk review legal planning mtg date?", ("w", "2027-01-05", 12),
  ["RLPM"], "The 12 weeks could be counted from the first PLO meeting instead of the PLO letter.")
R("scenario", "date", "2026-03-02",
  "Family went into PLO with the letter dated 12/01/26 and the first meeting was 20/01/26. Things are moving slowly. If it stays in PLO, when is the Legal Gateway meeting due?",
  ("w", "2026-01-12", 16), ["LG16"],
  ("The 16 weeks could be counted from the first PLO meeting (giving {alt}) instead of the letter.", ("w", "2026-01-20", 16)))
R("manager", "date", "2025-09-01", "Case entered PLO 06/05/25 (letter date). When should the Legal Gateway have been held?",
  ("w", "2025-05-06", 16), ["LG16"], "The 16 weeks could be counted from the first PLO meeting instead of the letter.")
R("indirect", "date", "2027-04-06",
  "The 12 week review with our solicitor agreed a one-off extra stretch in pre-proceedings because of exceptional circumstances. The review was today, 6 April 2027. When does that extra period end?",
  ("w", "2027-04-06", 4), ["PLOEXT"])

# ------------------------------------------------------------------ CIN
R("indirect", "date", "2025-12-11",
  "At the review conference today (11/12/25) the children came off their protection plans onto child in need. When does the first child in need meeting have to be by?",
  ("d", "2025-12-11", 20), ["CINDEPLAN"])
R("scenario", "date", "2026-03-18",
  "At the review conference today (18/03/26) the chair de-planned the Nutmeg twins onto a CIN plan; they'd been on CP plans since 17/09/25. Mum's operation is booked for 02/04/26. When does the first CIN meeting need to be held by?",
  ("d", "2026-03-18", 20), ["CINDEPLAN"])
R("manager", "date", "2027-06-10", "De-planned 14/05/27, first CIN meeting 07/06/27. In timescale?",
  ("d", "2027-05-14", 20), ["CINDEPLAN"])
R("typos", "date", "2026-05-18", "case transfered from cfr on 18th may, when does the first cin meeting need to be",
  ("d", "2026-05-18", 10), ["CINTRANS"])
R("indirect", "date", "2025-08-18",
  "A family came over to our team from the front door service today (18/08/25) for child in need support. When's the first meeting with them and the professionals due?",
  ("d", "2025-08-18", 10), ["CINTRANS"])
R("scenario", "date", "2027-12-22",
  "The family moved to us from Children's First Response on 22/12/27 after the C&F assessment recommended CIN. The eldest (dob 22/12/2011) turns 16 today. When's the initial CIN meeting due?",
  ("d", "2027-12-22", 10), ["CINTRANS"])
R("indirect", "visits", "2025-04-14",
  "Our last child in need review with school and health was on 10 March 2025. When's the next one due at the latest?",
  ("w", "2025-03-10", 6), ["CINREV"])
R("scenario", "visits", "2026-05-06",
  "Seb is on a CIN plan. I saw him at home on 01/04/26, then saw him at his nan's on 20/04/26 because mum cancelled. When's my next CIN visit due?",
  ("w", "2026-04-01", 6), ["CINVIS", "CINHOME"])
R("newstarter", "visits", "2025-12-29",
  "How often do children on a Child in Need plan need to be seen? My last visit was on 17th November 2025, so when is the next one due?",
  ("w", "2025-11-17", 6), ["CINVIS"])

# ------------------------------------------------------------------ Children in care
R("scenario", "date", "2026-12-21",
  "Two siblings came into care in an emergency on Friday 18/12/26 after police protection. There was no up to date assessment on either of them. When does the assessment have to be completed?",
  ("wd", "2026-12-18", 20), ["EMERG"])
R("indirect", "date", "2025-04-16",
  "A lad had to be taken into care unplanned last night (15/04/25), nothing was planned. How long have we got to get his needs assessment done?",
  ("wd", "2025-04-15", 20), ["EMERG"])
R("typos", "date", "2027-03-25", "child came into care thursday 25/3, when do i have to visit", ("wd", "2027-03-25", 1),
  ["LACVIS1", "LACSEEN1"])
R("indirect", "date", "2026-05-01",
  "A 9 year old moved to new foster carers today. When do I have to go and see her at the latest?",
  ("wd", "@today", 1), ["LACVIS1"])
R("scenario", "date", "2027-08-31",
  "Placement broke down on Saturday 28/08/27 and the child moved to an emergency carer that night. Her review isn't until 14/09/27. When should she have been visited by?",
  ("wd", "2027-08-28", 1), ["LACVIS1"])
R("indirect", "date", "2026-04-02",
  "A child moved in with new carers today, 2 April 2026. When's the meeting with the carers to agree things like who can sign off what due?",
  ("wd", "@today", 3), ["PLMEET"])
R("newstarter", "date", "2027-05-28",
  "Hi, a child on my caseload came into care today (28 May) - my first one. When does the placement meeting have to be held?",
  ("wd", "@today", 3), ["PLMEET"])
R("scenario", "date", "2026-12-24",
  "After her placement ended yesterday (23/12/26) Esme Cloudberry moved to emergency carers today. The previous carers had her for two years. When is the placement meeting due?",
  ("wd", "@today", 3), ["PLMEET"])
R("typos", "date", "2026-08-26", "placment started 26/08/26, when do carers need the updated placement plan",
  ("wd", "2026-08-26", 5), ["PLPLAN"])
R("indirect", "date", "2025-05-01",
  "The carers got the basic paperwork on the day the child arrived (1 May 2025). When do they need the fuller updated version after the meeting?",
  ("wd", "2025-05-01", 5), ["PLPLAN"])
R("indirect", "visits", "2026-02-20",
  "We last reviewed the arrangements for a child in care to see her mum on 2 January 2026. Permanence plan not agreed yet. When do they need reviewing again?",
  ("w", "2026-01-02", 8), ["FTIME"])
R("indirect", "date", "2025-12-10",
  "A child came into care today, 10/12/25. When does she need to have been given the welcome pack and the leaflet about her rights?",
  ("w", "2025-12-10", 3), ["PACK"])
R("typos", "date", "2026-04-01", "came into care 17th march, when shuold they get the into care pack",
  ("w", "2026-03-17", 3), ["PACK"])
R("indirect", "date", "2027-12-21",
  "A child became looked after today (21/12/27). When do I need to have told the other professionals involved (school, GP etc) that he's now in care?",
  ("wd", "2027-12-21", 5), ["LEGSTAT"])
R("manager", "date", "2025-04-30", "Child became LAC 14/04/25, professionals notified of legal status 22/04/25. In timescale?",
  ("wd", "2025-04-14", 5), ["LEGSTAT"])
R("scenario", "date", "2026-05-26",
  "Rocco Thunderpuff became looked after under an interim care order granted on Friday 22/05/26; he'd been with his gran since 15/05 under a safety plan. When must the other professionals be told about his legal status?",
  ("wd", "2026-05-22", 5), ["LEGSTAT"])
R("duty", "date", "2026-03-27", "became LAC 27/3/26, IHA by?", ("wd", "2026-03-27", 20), ["IHA"])
R("indirect", "date", "2025-12-15",
  "A child came into care today, 15 December 2025. By when does her first health check as a child in care need to be done?",
  ("wd", "2025-12-15", 20), ["IHA"])
R("scenario", "date", "2025-08-28",
  "Our young person (dob 28/08/2011, so 14 today) came into care on 22/08/25. GP appointment is booked for 10/09/25. When does his Initial Health Assessment need to be carried out by?",
  ("wd", "2025-08-22", 20), ["IHA"])
R("indirect", "date", "2026-08-17",
  "A 10 year old came into care today, 17 August 2026. When does the education planning meeting at his school need to be arranged by?",
  ("d", "2026-08-17", 20), ["PEP"])
R("typos", "date", "2025-04-08", "pep mtg for new lac kid (into care 01/04/25) when by", ("d", "2025-04-01", 20),
  ["PEP"])
R("indirect", "visits", "2025-12-29",
  "A boy has been in care since early December and hasn't had his first review yet. I last saw him on 22/12/25. When's the next statutory visit due?",
  ("w", "2025-12-22", 1), ["LACWEEKLY"])
R("scenario", "visits", "2027-05-10",
  "Coco Sunshine came into care 01/03/27. Her first LAC review was on 29/03/27, permanence plan not finalised. I last saw her on 19/04/27 and the carer says she's settling well. When's my next statutory visit?",
  ("w", "2027-04-19", 6), ["LAC6"])
R("newstarter", "visits", "2026-07-01",
  "Hello, I've got a young person in long-term foster care - a permanent placement, she's been there over two years and is settled. Last statutory visit was 24th June 2026. When's the next one due?",
  ("w", "2026-06-24", 12), ["LAC12"])
R("manager", "visits", "2027-02-15",
  "LAC child, first review held Nov 26, permanence plan not final. Visits 14/12/26 and 01/02/27. Was the Feb visit in timescale?",
  ("w", "2026-12-14", 6), ["LAC6"])
R("indirect", "date", "2027-03-22",
  "A child was placed with foster carers today, 22 March 2027. When does the written plan for his care need to be up on the system?",
  ("d", "2027-03-22", 10), ["CAREPLAN"])
R("scenario", "date", "2025-12-17",
  "Marigold Fizzwhistle (dob 17/12/2019, so 6 today) was placed with foster carers this afternoon, 17/12/25, under s20. Her placement meeting is on the 19th. When does her care plan need to be recorded on LCS?",
  ("d", "2025-12-17", 10), ["CAREPLAN"])
R("indirect", "date", "2026-03-16",
  "A teenager started being looked after today, 16 March 2026. What's the deadline for her first review meeting with the independent reviewing officer?",
  ("wd", "2026-03-16", 20), ["ILAC"])
R("scenario", "date", "2027-04-19",
  "Baby Moonpie was born 02/04/27 and came into care from hospital under an interim care order on 09/04/27; we'd had the first PLO meeting on 25/03/27. When must the first Looked After Review take place?",
  ("wd", "2027-04-09", 20), ["ILAC"])
R("indirect", "date", "2026-04-27",
  "A child's care review with the IRO is on Thursday 30 April 2026. When does my written report need to be with the reviewing officer?",
  ("db", "2026-04-30", 3), ["IROREP"])
R("duty", "date", "2027-12-29", "lac review 31/12/27, report to IRO by?", ("db", "2027-12-31", 3), ["IROREP"])
R("scenario", "date", "2025-05-02",
  "Second LAC review for Juniper Wobblesworth is on Wednesday 7 May 2025; her first was on 04/02/25. Her carers are off on holiday from the 3rd. When does my report need to be with the IRO?",
  ("db", "2025-05-07", 3), ["IROREP"])

# ------------------------------------------------------------------ IRO dispute
R("indirect", "date", "2025-12-18",
  "Our reviewing officer raised an informal worry about drift in the care plan with me today (18/12/25). If it's not sorted, when does it become a formal dispute?",
  ("wd", "2025-12-18", 5), ["INFORMAL"])
R("scenario", "date", "2026-04-01",
  "The IRO for a sibling group raised an informal challenge with me today, Wednesday 1 April 2026, because the permanence plan has drifted since their review on 10/03/26. If we can't resolve it, when does it become a formal dispute?",
  ("wd", "2026-04-01", 5), ["INFORMAL"])
R("scenario", "date", "2027-05-24",
  "The IRO's informal challenge about the care plan wasn't resolved, so she raised a formal dispute on 17/05/27. Our next LAC review is 15/06/27. By when should the whole formal process be finished?",
  ("wd", "2027-05-17", 20), ["FORMAL"])
R("typos", "date", "2026-08-21", "iro made it a formal dispute on 17th aug, whens the deadline for it to be finshed",
  ("wd", "2026-08-17", 20), ["FORMAL"])

# ------------------------------------------------------------------ Adoption
R("indirect", "visits", "2026-05-26",
  "A toddler moved in with her adoptive parents last month and her first review hasn't happened yet. My last visit was 19 May 2026. When's the next one due?",
  ("w", "2026-05-19", 1), ["ADOPTWEEKLY"])
R("scenario", "visits", "2025-12-01",
  "Arlo Pennywhistle moved in with his adopters on 06/10/25 and his first LAC review was on 03/11/25. The adoption order hearing isn't listed yet. My last visit was 10/11/25. When's the next statutory visit?",
  ("w", "2025-11-10", 6), ["ADOPT6"])
R("indirect", "date", "2026-03-02",
  "Our little one moved in with his adopters on 23/02/26. What's the earliest date they can apply to court to make it permanent?",
  ("w", "2026-02-23", 10), ["ADOPT10"])
R("scenario", "date", "2025-10-20",
  "Matching panel was 15/09/25, introductions started 29/09/25 and the child moved in with the adopters on 06/10/25. When can they apply for the Adoption Order?",
  ("w", "2025-10-06", 10), ["ADOPT10"])

# ------------------------------------------------------------------ Fostering
R("indirect", "visits", "2025-12-22",
  "As a supervising social worker I last saw one of our foster families on 10/11/25. When am I due to see them again?",
  ("w", "2025-11-10", 6), ["FCVIS"])
R("duty", "date", "2026-12-24", "fc supervising visit 24/12, record on lcs by?", ("wd", "2026-12-24", 3), ["FCREC"])
R("manager", "visits", "2027-06-01", "Foster carer unannounced visits: 16/03/26 and 20/03/27. Compliant?",
  ("m", "2026-03-16", 12), ["FCUNANN"])
R("newstarter", "visits", "2026-08-03",
  "Please could you tell me when a foster carer's next annual review is due if their last one was on 28th August 2025?",
  ("m", "2025-08-28", 12), ["FCANNUAL"])
R("scenario", "visits", "2026-11-02",
  "The Bumblethorpe carers' annual review went to Fostering Panel on 12/06/24; their 2025 review was chaired by an IRO and there have been no complaints or allegations. When must a review next be presented to panel?",
  ("m", "2024-06-12", 36), ["FCPANEL"])
R("duty", "visits", "2026-10-01", "fc dbs done 13/10/23, renewal due?", ("m", "2023-10-13", 36), ["FCDBS"])
R("indirect", "visits", "2027-02-01",
  "A foster carer last did her core training on 29 February 2024. When does she need to refresh it by?",
  ("m", "2024-02-29", 36), ["FCTRAIN"], "Three years from 29 Feb 2024 could also be read as 1 March 2027.")
R("scenario", "date", "2026-12-23",
  "We need to place a 15 year old with carers approved for 0-10s. The Strategic Lead gave permission for the variation today, 23/12/26. What's the last day it covers?",
  ("wd", "2026-12-23", 6), ["VARIATION"])
R("indirect", "date", "2025-04-17",
  "Permission was given today (17/04/25) for carers to take a child outside the ages they're approved for. Until what date does that permission run?",
  ("wd", "2025-04-17", 6), ["VARIATION"])
R("scenario", "date", "2026-01-12",
  "Auntie Bramble was given temporary approval as a connected person carer today (12/01/26), the day the children moved in; her viability assessment was done on 05/01/26. When does the temporary approval end if it isn't extended?",
  ("w", "2026-01-12", 16), ["TEMP16"])
R("indirect", "date", "2025-09-01",
  "Gran was approved on a temporary basis as a foster carer for her grandson on 01/09/25. If panel and the decision maker agree the extra time, what's the latest date the temporary approval could run to?",
  ("w", "2025-09-01", 24), ["TEMP16"], note="16 weeks temporary approval + 8 week extension = 24 weeks")
R("newstarter", "date", "2027-03-01",
  "Hi, an aunt got temporary approval as a connected person foster carer on 8 February 2027. When do the 16 weeks run out?",
  ("w", "2027-02-08", 16), ["TEMP16"])

# ------------------------------------------------------------------ case recording / file
R("typos", "date", "2025-12-23", "did a home visit 23/12 when does it need to be recorded by", ("d", "2025-12-23", 3),
  ["RECORD3"])
R("indirect", "date", "2027-03-26",
  "I had a phone call with the child's school yesterday, Thursday 25 March 2027. What's the deadline for writing it up on the file?",
  ("d", "2027-03-25", 3), ["RECORD3"])
R("manager", "date", "2026-05-08", "Home visit 30/04/26, case note entered 05/05/26. Within recording timescale?",
  ("d", "2026-04-30", 3), ["RECORD3"])
R("indirect", "visits", "2026-02-20",
  "The summary at the front of a child's file was last updated on 30 November 2025. When does it need updating again?",
  ("m", "2025-11-30", 3), ["SUMMARY"])
R("indirect", "date", "2026-09-15",
  "Open case, the last full assessment was authorised on 22/10/25. When does it go out of date?",
  ("m", "2025-10-22", 12), ["ASSESS12"])

# ------------------------------------------------------------------ ages
R("scenario", "age", "2025-11-03",
  "Little Pebble Featherstone was born 29/02/2020. Mum's PLO letter is likely to go out in the new year and we need to know if Pebble will still be under 6. When does she turn 6?",
  ("age", "2020-02-29", 6), ["ADOPT6AGE"])
R("indirect", "age", "2027-01-11",
  "Boy born 14/06/2021. If he goes into pre-proceedings this year he only gets an adoption worker and family finder allocated while he's under a certain age - on what date does he reach it?",
  ("age", "2021-06-14", 6), ["ADOPT6AGE"])
R("duty", "age", "2026-04-01", "dob 09/04/14, icpc 10/4/26 - when's she 12 for advocate?", ("age", "2014-04-09", 12),
  ["ADVOC12"])
R("indirect", "age", "2025-12-01",
  "Girl born 25/12/2013 - from what date are we obliged to offer her an advocate to help her attend her conference?",
  ("age", "2013-12-25", 12), ["ADVOC12"])
R("duty", "age", "2026-03-10", "dob 03/10/10, pathway plan start date?", ("age", "2010-10-03", 15, 6), ["PATHWAY"])
R("indirect", "age", "2025-05-05",
  "Young man in care, born 26 November 2009. When do we have to start his plan for leaving care?",
  ("age", "2009-11-26", 15, 6), ["PATHWAY"])
R("typos", "age", "2027-01-20", "yp dob 1/7/11 when does pathway plan need starting", ("age", "2011-07-01", 15, 6),
  ["PATHWAY"])
R("newstarter", "age", "2026-08-03",
  "Hi, I have a young person born on 31 March 2011 - when would her pathway plan need to start?",
  ("age", "2011-03-31", 15, 6), ["PATHWAY"],
  "There is no 31 September, so 15 years 6 months could be read as 30 September or 1 October 2026.")

# ------------------------------------------------------------------ choice
R("scenario", "choice", "2026-04-02",
  "I visited the Thistlewoods, the foster carers I supervise, this morning (Thursday 2 April 2026). When does the visit need to be written up on the system?",
  ("choice", [("d", "2026-04-02", 3), ("wd", "2026-04-02", 3)], ["case recording 3 days", "foster carer visit 3 working days"]),
  ["RECORD3", "FCREC"])
R("duty", "choice", "2026-03-03", "conference was 3/3, what's next due?",
  ("choice", [("d", "2026-03-03", 10), ("d", "2026-03-03", 20)], ["on a plan: first core group 10 days", "de-planned: first CIN meeting 20 days"]),
  ["CG1", "CINDEPLAN"])
R("indirect", "choice", "2026-05-21",
  "We had the first meeting with the parents and their solicitor in pre-proceedings today, 21/05/26. What's my next deadline coming out of it?",
  ("choice", [("wd", "2026-05-21", 3), ("d", "2026-05-21", 7)], ["FGC/viability referral 3 working days", "PLO minutes 7 days"]),
  ["FGC", "VIAB", "PLOMIN"])
R("newstarter", "choice", "2027-05-26",
  "A child moved into her foster placement today, 26 May 2027. When do the carers need to have the placement side of things sorted with me?",
  ("choice", [("wd", "2027-05-26", 3), ("wd", "2027-05-26", 5)], ["placement meeting 3 working days", "updated placement plan 5 working days"]),
  ["PLMEET", "PLPLAN"])
R("typos", "choice", "2026-12-18", "conference is 29/12/26, when does the chair need my report",
  ("choice", [("wdb", "2026-12-29", 3), ("db", "2026-12-29", 3)], ["initial conference: 3 working days before", "review conference: at least 3 days before"]),
  ["REPCHAIR", "RCPCCHAIR"])
R("indirect", "choice", "2026-08-27",
  "She's on a plan and I last saw her at home on 30/07/26. When's my next statutory visit due?",
  ("choice", [("w", "2026-07-30", 4), ("w", "2026-07-30", 6)], ["CP plan every 4 weeks", "CIN plan every 6 weeks"]),
  ["CPVIS", "CINVIS"])
R("indirect", "choice", "2025-12-01",
  "The reviewing officer flagged drift in a child's care plan with me today, 1 December 2025. By when does it have to be sorted?",
  ("choice", [("wd", "2025-12-01", 5), ("wd", "2025-12-01", 25)], ["informal challenge 5 working days", "if it goes formal after the 5 working days, formal dispute 20 more working days (25 in all)"]),
  ["INFORMAL", "FORMAL"])
R("manager", "choice", "2026-05-27", "Strat decision Fri 22/05/26 4pm, strat held Tue 26/05. In timescale?",
  ("choice", [("d", "2026-05-22", 1), ("wd", "2026-05-22", 1)], ["S47 section: within 24 hours (next day)", "Front Door: within 1 working day"]),
  ["STRAT24", "STRAT1"])

# ------------------------------------------------------------------ none
R("duty", "none", "2026-02-10", "icpc 10/2, when's the rcpc due?",
  ("none", "the chair sets the date of the next conference; no review conference interval is given"), ["NEXTCONF"])
R("indirect", "none", "2025-09-01",
  "After the first meeting of the small professionals-and-family group, how often do those meetings need to happen? Last one was 01/09/25.",
  ("none", "only the first core group (10 days) is timed; no interval for later core groups"), ["CGEVERY"])
R("indirect", "none", "2026-05-14",
  "A child's first review in care was today, 14 May 2026. When does the next one have to be?",
  ("none", "only the initial review (20 working days) is timed; later reviews 'in accordance with the timescales' not given"),
  ["NEWREV", "SECONDREV"])
R("newstarter", "none", "2025-10-06",
  "Hello, how often does the IRO have to contact a child between their reviews? The last review was 6th October.",
  ("none", "the IRO contacts the child between reviews, no frequency given"), ["IROCONTACT"])
R("indirect", "none", "2026-03-03",
  "The final care planning meeting agreed adoption on 03/03/26. By when must the meeting with the decision maker about whether she should be placed for adoption happen?",
  ("none", "SHOPBA is after the final care planning meeting and before IRH paperwork; no number of days"), ["SHOPBA"])
R("duty", "none", "2026-03-04", "last supervision 4/3/26, next due by?",
  ("none", "supervision frequency is left to the supervision policy"), ["SUPPOL"])
R("scenario", "none", "2026-06-01",
  "Lulu Raincloud (dob 02/06/2014) had her first LAC review on 20/05/26 and she's in proceedings. The IRO is asking about permanence. When is her second review due?",
  ("none", "second and later LAC review dates are not set in the standards"), ["SECONDREV", "NEWREV"])
R("newstarter", "none", "2027-01-18",
  "How long do I have to complete a Graded Care Profile 2 on a neglect case that was allocated to me on 18th January?",
  ("none", "GCP2 should be completed, no timescale"), ["GCP2"])
R("typos", "none", "2025-11-10", "wen does the later life letter have to be done by, child was placed with adopters 3/11/25",
  ("none", "no timescale for life story book or later life letter"), ["LIFESTORY"])
R("scenario", "none", "2026-01-14",
  "Court made a Placement Order on 12/01/26 for Hazel Bramblefoot (dob 30/08/2023). By when does the case have to move over from our area team to the adoption social worker?",
  ("none", "the case transfers on a placement order; no number of days"), ["POTRANSFER"])

# ------------------------------------------------------------------ relative-date wording
R("indirect", "date", "2026-04-13",
  "The meeting where police, health and us planned the enquiries was last Tuesday. If it goes to the conference that decides on a protection plan, what's the deadline for holding it?",
  ("wd", "@last Tue", 15), ["ICPC"])
R("duty", "date", "2025-05-06", "plo letter went out fri (dated same day), 1st mtg by?", ("d", "@Fri", 10), ["PLO1"])
R("typos", "visits", "2026-12-10", "cin visit was on the 3rd, whens the next one", ("w", "2026-12-03", 6), ["CINVIS"])
R("scenario", "date", "2025-12-29",
  "Bo Wigglesworth moved to new carers on Christmas Eve after his last placement broke down on the 22nd. His social worker was off until today. When should the new carers have had the updated placement plan?",
  ("wd", "2025-12-24", 5), ["PLPLAN"])
R("indirect", "date", "2027-06-01",
  "A child came into care on Friday just gone. When's the deadline for letting her school and GP know she's looked after now?",
  ("wd", "@Fri", 5), ["LEGSTAT"])
R("scenario", "date", "2026-12-22",
  "The review conference for the Hopscotch kids was meant to be tomorrow but the chair has moved it to Friday 8 January 2027 because of staff sickness. When do the parents need to have my update report by now?",
  ("db", "2027-01-08", 3), ["RCPCPAR"])
R("indirect", "date", "2025-08-21",
  "A child's looked after review is tomorrow. When should my written report have been with the reviewing officer?",
  ("db", "@tomorrow", 3), ["IROREP"])
