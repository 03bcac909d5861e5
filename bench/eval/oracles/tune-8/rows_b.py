# Structured rows, part B: children in care, IRO, adoption, fostering, recording, ages, choice, none.
from rows_a import r

# ---------------- Children in care ----------------
r("indirect", "date", "A baby came into our care as an emergency on Friday night, 19 Dec 2025, with no assessment done beforehand. By when does the assessment of her needs have to be completed?", "2025-12-22", ("wd", "2025-12-19", 20), ["LAC_EMERG"])
r("manager", "date", "Unplanned admission 30/03/26; C&FA completed 24/04/26. Within 20 working days?", "2026-04-27", ("wd", "2026-03-30", 20), ["LAC_EMERG"])
r("duty", "date", "child placed fri 28/8/26 visit by?", "2026-08-28", ("wd", "2026-08-28", 1), ["LAC_VISIT1", "LAC_SEEN1"])
r("indirect", "date", "His foster home broke down and he moved to new carers on Wednesday 24th December 2025. When do I have to go and see him?", "2025-12-24", ("wd", "2025-12-24", 1), ["LAC_VISIT1"])
r("manager", "date", "Placement move 02/04/2026, child visited 07/04/2026. Timely?", "2026-04-08", ("wd", "2026-04-02", 1), ["LAC_VISIT1", "LAC_SEEN1"])
r("indirect", "date", "Child moved in with foster carers on 23/12/25. When do we have to get together with the carers to agree which day-to-day decisions they can make?", "2025-12-23", ("wd", "2025-12-23", 3), ["PLACEMTG"])
r("indirect", "date", "A child moved in with new foster carers on 01/05/2026. What's the latest we can sit down with the carers to share more background and agree what they can sign for?", "2026-05-01", ("wd", "2026-05-01", 3), ["PLACEMTG"])
r("typos", "date", "plcement meetng - kid placed 25th march 27, when by", "2027-03-25", ("wd", "2027-03-25", 3), ["PLACEMTG"])
r("newstarter", "date", "Sorry, quick one: a child was placed with foster carers on Thursday 21 May 2026. By when do the carers need to be given the updated placement plan?", "2026-05-22", ("wd", "2026-05-21", 5), ["PP_COPY"])
r("manager", "date", "Placement began 18/12/2026; updated placement plan given to carers 29/12/2026. Within timescale?", "2027-01-04", ("wd", "2026-12-18", 5), ["PP_COPY"])
r("indirect", "visits", "The arrangements for the kids seeing mum and dad were last looked at on 14/10/2025 and there's no permanence plan yet. When do the arrangements need looking at again?", "2025-11-03", ("w", "2025-10-14", 8), ["FAMTIME"])
r("manager", "visits", "Family time arrangements reviewed 06/01/27, next review 10/03/27, no permanence plan agreed yet. OK?", "2027-03-11", ("w", "2027-01-06", 8), ["FAMTIME"])
r("indirect", "date", "A girl became looked after on 12/12/2025. By when should she have been given her welcome pack and the leaflet about her rights?", "2025-12-15", ("w", "2025-12-12", 3), ["PACK"])
r("typos", "date", "wen does the coming in to care pack have to be given, came into care 8th april", "2026-04-09", ("w", "2026-04-08", 3), ["PACK"])
r("indirect", "date", "The court made an interim care order on 24/12/2026 so she is now in our care. When do school, the GP and everyone else involved need to know about her new status?", "2026-12-24", ("wd", "2026-12-24", 5), ["LEGALSTATUS"])
r("manager", "date", "Child LAC from 15/05/25, professionals notified of legal status 22/05/25. In timescale?", "2025-05-27", ("wd", "2025-05-15", 5), ["LEGALSTATUS"])
r("scenario", "date", "Child X (DOB 30/06/2019) was accommodated on 18/12/25 after mum went into hospital on 16/12/25. She has a dental check booked for 12/01/26. When does her initial health assessment need to be done by?", "2025-12-18", ("wd", "2025-12-18", 20), ["IHA"])
r("indirect", "date", "When has the first full medical for a child who came into care on 27/03/2026 got to be done by?", "2026-03-30", ("wd", "2026-03-27", 20), ["IHA"])
r("manager", "date", "LAC 02/08/27, IHA completed 01/09/27. Compliant?", "2027-09-06", ("wd", "2027-08-02", 20), ["IHA"])
r("indirect", "date", "A 9 year old came into care on 20 March 2026. When do we need the meeting at his school about his education plan?", "2026-03-23", ("d", "2026-03-20", 20), ["PEP"])
r("manager", "date", "Child LAC 03/07/2025, PEP meeting 25/07/2025. Within timescale?", "2025-07-28", ("d", "2025-07-03", 20), ["PEP"])
r("newstarter", "date", "A young person on my caseload came into care on 10th December 2026. When should her first Personal Education Plan meeting be arranged for?", "2026-12-11", ("d", "2026-12-10", 20), ["PEP"])
r("indirect", "visits", "She only came into care on 05/01/26 and hasn't had her first review yet. The last time I saw her was 09/01/26. When do I need to see her again?", "2026-01-12", ("w", "2026-01-09", 1), ["LAC_WEEKLY"])
r("indirect", "visits", "Boy came into care last month and hasn't had his first review yet. I last visited him on 23/12/2025. When must I see him next?", "2025-12-24", ("w", "2025-12-23", 1), ["LAC_WEEKLY"])
r("typos", "visits", "lac child had first review already, last statutry visit 19/8/25 next one due when", "2025-08-20", ("w", "2025-08-19", 6), ["LAC_6W"])
r("scenario", "visits", "Child X (DOB 04/06/2012) has been with her long-term foster carers since March 2024, it's confirmed as her permanent placement and she's very settled. Her last statutory visit was 28/01/2026 and her LAC review is 15/02/26. When's her next statutory visit due?", "2026-01-29", ("w", "2026-01-28", 12), ["LAC_12W"],
  "The standard allows (does not require) 12-weekly visits; if the move to 12-weekly has not been agreed, the 6-weekly rule gives 11/03/26.")
r("newstarter", "date", "Hi, I'm new to the children in care team. A child was placed on Tuesday 22nd December 2026. By when does the care plan need to be recorded on the system?", "2026-12-22", ("d", "2026-12-22", 10), ["CAREPLAN"])
r("indirect", "date", "When does the plan setting out a child's needs, outcomes and the services he needs have to be on the system? He moved into foster care on 11/03/2027.", "2027-03-12", ("d", "2027-03-11", 10), ["CAREPLAN"])
r("manager", "date", "Placed 14/08/25, care plan recorded 26/08/25. OK?", "2025-08-27", ("d", "2025-08-14", 10), ["CAREPLAN"])
r("scenario", "date", "Child X (DOB 01/05/2013) had been on a CP plan since 02/10/25. She became looked after on 19/12/25 when she was placed with emergency foster carers. When must her first looked after review be held by?", "2025-12-19", ("wd", "2025-12-19", 20), ["LAC_REVIEW1"])
r("indirect", "date", "He became looked after on 1 April 2026. When's the first meeting with the independent reviewing officer to look at his plan due by?", "2026-04-01", ("wd", "2026-04-01", 20), ["LAC_REVIEW1"])
r("manager", "date", "LAC 27/04/2027, initial review held 26/05/2027. Compliant?", "2027-05-27", ("wd", "2027-04-27", 20), ["LAC_REVIEW1"])
r("typos", "date", "first lac reveiw when, she came in to care 21st aug", "2026-08-24", ("wd", "2026-08-21", 20), ["LAC_REVIEW1"])
r("newstarter", "date", "Hi, apologies for the basic question. A child on my caseload became Looked After on Friday 17th December 2027. When does the Initial Looked After Review need to be held by?", "2027-12-17", ("wd", "2027-12-17", 20), ["LAC_REVIEW1"])
r("indirect", "date", "The child's care review with the IRO is on Monday 4 January 2027. When does my written report need to be with the IRO?", "2026-12-14", ("db", "2027-01-04", 3), ["IRO_REPORT"])
r("manager", "date", "LAC review 13/04/26; SW report received by IRO 10/04/26. Compliant?", "2026-04-14", ("db", "2026-04-13", 3), ["IRO_REPORT"])
r("duty", "date", "lac review fri 29/5/26 report to iro by?", "2026-05-20", ("db", "2026-05-29", 3), ["IRO_REPORT"])

# ---------------- IRO challenge and dispute ----------------
r("indirect", "date", "The IRO flagged drift in the care plan with me informally on 18/12/2025. How long have I got to sort it before it becomes a formal dispute?", "2025-12-18", ("wd", "2025-12-18", 5), ["IRO_INFORMAL"])
r("manager", "date", "Informal IRO challenge 01/05/2026, formal dispute raised 11/05/2026. Was the escalation at the right point?", "2026-05-12", ("wd", "2026-05-01", 5), ["IRO_INFORMAL"])
r("indirect", "date", "The IRO started the formal disagreement process about the care plan on 24/03/2027. When does the whole thing have to be wrapped up by?", "2027-03-24", ("wd", "2027-03-24", 20), ["IRO_FORMAL"])
r("manager", "date", "Formal dispute raised 10/12/2025; resolved 12/01/2026. Within timescale?", "2026-01-13", ("wd", "2025-12-10", 20), ["IRO_FORMAL"])
r("typos", "date", "formal disput startd 27/8/26 when shud it be finishd", "2026-08-27", ("wd", "2026-08-27", 20), ["IRO_FORMAL"])

# ---------------- Adoption ----------------
r("indirect", "visits", "A toddler moved in with her adopters recently and there's been no review yet. I last visited on 30/12/2025. When's the next visit due?", "2025-12-31", ("w", "2025-12-30", 1), ["ADOPT_WEEKLY"])
r("manager", "visits", "Adoptive placement, past the first LAC review; statutory visits 12/03/27 and 28/04/27. Compliant?", "2027-04-29", ("w", "2027-03-12", 6), ["ADOPT_6W"])
r("scenario", "visits", "Adoptive placement started 06/01/26 and the first LAC review was 27/01/26. My last visit was 03/02/26. The adopters are away 20-27 March. When is the next statutory visit due?", "2026-02-04", ("w", "2026-02-03", 6), ["ADOPT_6W"])
r("duty", "date", "placed w adopters 18th Dec - earliest AO application?", "2025-12-19", ("w", "2025-12-18", 10), ["ADOPT_10W"])
r("indirect", "date", "Our little one moved in with the family who want to adopt him on 2 April 2026. From when can they go to court to make it permanent?", "2026-04-07", ("w", "2026-04-02", 10), ["ADOPT_10W"])
r("newstarter", "date", "Hello! A child was placed with adopters on Monday 31st May 2027 (bank holiday, I know). What is the earliest date they can apply for the Adoption Order?", "2027-06-01", ("w", "2027-05-31", 10), ["ADOPT_10W"])

# ---------------- Fostering ----------------
r("indirect", "visits", "I last went out to see the foster carers I support on 22/12/26. When must I be back out to them?", "2026-12-23", ("w", "2026-12-22", 6), ["FC_VISIT"])
r("newstarter", "date", "I'm a newly qualified supervising social worker. I visited my foster carers on Christmas Eve (24/12/2025). When does the record of the visit need to be on LCS?", "2025-12-24", ("wd", "2025-12-24", 3), ["FC_RECORD"])
r("manager", "date", "Foster carer supervisory visit 02/04/26, recorded on LCS 08/04/26. Within timescale?", "2026-04-09", ("wd", "2026-04-02", 3), ["FC_RECORD"])
r("typos", "date", "visted my foster carers last friday, how long to get it on lcs", "2026-05-26", ("wd", "2026-05-22", 3), ["FC_RECORD"])
r("indirect", "visits", "When do our foster carers need their next surprise visit? The last one was 14/01/2026.", "2026-06-15", ("m", "2026-01-14", 12), ["FC_UNANN"])
r("manager", "visits", "Unannounced visits to a Trafford carer on 29/02/2024 and 03/03/2025. Compliant?", "2025-03-10", ("m", "2024-02-29", 12), ["FC_UNANN"],
  "12 months from 29 Feb 2024 is taken as 28 Feb 2025; some would say 1 Mar 2025, still before the 3 Mar visit.")
r("newstarter", "visits", "Hi, our foster carers had their annual review on 12 June 2025. When should the next one be held by?", "2026-02-02", ("m", "2025-06-12", 12), ["FC_ANNUAL"])
r("manager", "visits", "Carer's annual review last presented to Fostering Panel 19/03/2024. When must it next go to panel?", "2026-10-05", ("m", "2024-03-19", 36), ["FC_PANEL3"])
r("indirect", "date", "When do a foster carer's police check, references and medical need redoing if they were all last done on 31/08/2024?", "2027-05-10", ("m", "2024-08-31", 36), ["FC_DBS"])
r("typos", "date", "fc core training last done 5th jan 2024, when due agen", "2026-11-02", ("m", "2024-01-05", 36), ["FC_TRAIN"])
r("indirect", "date", "The Strategic Lead agreed on 23/12/2026 that a carer can take a child who is outside what they're approved for. How long does that permission last?", "2026-12-23", ("wd", "2026-12-23", 6), ["FC_VARIATION"],
  "If the day permission is given counts as day 1, it would end on 04/01/2027 instead.")
r("indirect", "date", "Nan was approved on a temporary basis as a foster carer for her grandson on 18/12/2025. When does that temporary approval run out?", "2026-01-05", ("w", "2025-12-18", 16), ["TEMP16"])
r("scenario", "date", "Aunt got temporary connected-person approval on 07/01/26. Her full assessment is running late and the extension has been agreed. Child's DOB is 02/02/2017 and the next LAC review is 01/04/26. What's the latest the extended approval runs to?", "2026-04-20", ("w", "2026-01-07", 24), ["TEMP16"])
r("manager", "date", "Connected carer temporary approval from 27/05/2025; full approval at panel 30/09/2025, no extension. In time?", "2025-10-01", ("w", "2025-05-27", 16), ["TEMP16"])

# ---------------- Case recording, summaries, assessments on open cases ----------------
r("typos", "date", "home visit tues 23/12, when does it need recordin by", "2025-12-23", ("d", "2025-12-23", 3), ["RECORD3"])
r("indirect", "date", "I saw the family on Friday 3 April 2026. What's the latest I can write it up on the system?", "2026-04-03", ("d", "2026-04-03", 3), ["RECORD3"])
r("manager", "date", "Home visit 28/08/2026, case note entered 02/09/2026. Within recording timescale?", "2026-09-03", ("d", "2026-08-28", 3), ["RECORD3"])
r("indirect", "date", "The summary at the front of the child's file was last updated on 30/11/2025. When does it need updating again?", "2026-02-02", ("m", "2025-11-30", 3), ["SUMMARY"])
r("manager", "date", "Audit today: case summary last updated 15/04/2027. When did it go out of date?", "2027-07-20", ("m", "2027-04-15", 3), ["SUMMARY"])
r("duty", "date", "last C&FA authorised 24/12/24, new one due by?", "2025-12-01", ("m", "2024-12-24", 12), ["ASSESS12"])
r("manager", "date", "Open CIN case, most recent assessment authorised 31/05/2025. When does it stop counting as up to date?", "2026-06-02", ("m", "2025-05-31", 12), ["ASSESS12"])

# ---------------- Ages ----------------
r("scenario", "age", "ICPC on 10/02/26 for a girl born 07/02/2014; mum's partner's DOB is 12/10/1990. When does she turn 12 for the advocate offer?", "2026-01-26", ("age", "2014-02-07", 12), ["ADVOCATE"])
r("indirect", "age", "Conference is on 05/05/2026 for a boy born 06/05/2014. From what date does he have to be offered someone independent to help him have his say at conference?", "2026-04-27", ("age", "2014-05-06", 12), ["ADVOCATE"])
r("duty", "age", "dob 27/12/2015 - when's she 12 for advocate at icpc?", "2027-11-30", ("age", "2015-12-27", 12), ["ADVOCATE"])
r("indirect", "age", "A girl in our care was born on 14/09/2011. When do we have to start the plan for her moving on to leaving care?", "2026-10-05", ("age", "2011-09-14", 15, 6), ["PATHWAY"])
r("manager", "age", "YP DOB 31/08/2010, pathway plan started 01/03/2026. Was it started on time?", "2026-03-09", ("age", "2010-08-31", 15, 6), ["PATHWAY"],
  "15 years 6 months from 31 August has no 31 February; taken as 28 Feb 2026, some would say 1 Mar 2026 (then it was on time).")
r("newstarter", "age", "When does the pathway plan need to be started for a young person born on 29th February 2012?", "2027-01-18", ("age", "2012-02-29", 15, 6), ["PATHWAY"])
r("scenario", "age", "Child X was born on 29/02/2020. The legal gateway on 25/02/2026 agreed PLO and the letter goes out next week. Her brother was born 11/11/2017. On what date does she turn 6 (for the adoption worker rule)?", "2026-02-26", ("age", "2020-02-29", 6), ["ADOPT_AGE"])
r("indirect", "age", "Little boy born 03/04/2021. If we go into pre-proceedings, up to what date would he still be young enough that we must bring in an adoption worker and a family finder?", "2026-11-16", ("age", "2021-04-03", 6), ["ADOPT_AGE"],
  "The answer is the 6th birthday (he is no longer 'under 6' from that day); the last day he is under 6 is the day before.")

# ---------------- Choice: two standards fit ----------------
r("duty", "choice", "ICPC Tue 19/05/26 - when does my report have to go out?", "2026-05-06", ("choice", ("db", "2026-05-19", 3), ("wdb", "2026-05-19", 3)), ["ICPC_FAMILY", "ICPC_CHAIR"])
r("duty", "choice", "conf was 03/03/26, what's next due?", "2026-03-04", ("choice", ("d", "2026-03-03", 10), ("d", "2026-03-03", 20)), ["CORE1", "CIN_DEPLAN"])
r("indirect", "choice", "Child came into our care and moved in with carers on 30/12/2026. When's the meeting due?", "2026-12-30", ("choice", ("wd", "2026-12-30", 3), ("wd", "2026-12-30", 20)), ["PLACEMTG", "LAC_REVIEW1"])
r("typos", "choice", "assesment started 20/4/26 when is it due", "2026-04-21", ("choice", ("wd", "2026-04-20", 15), ("d", "2026-04-20", 45)), ["TL_REVIEW", "ASSESS45"])
r("duty", "choice", "strat 22/05/26 s47 agreed - next deadline?", "2026-05-22", ("choice", ("d", "2026-05-22", 5), ("wd", "2026-05-22", 15)), ["S47_5D", "ICPC15"])
r("indirect", "choice", "The IRO raised a challenge with me about drift on 16/12/26. What's the timescale?", "2026-12-16", ("choice", ("wd", "2026-12-16", 5), ("wd", "2026-12-16", 20)), ["IRO_INFORMAL", "IRO_FORMAL"])
r("newstarter", "choice", "Hello, we had our first PLO meeting today (27th August 2025). What is due next and by when?", "2025-08-27", ("choice", ("wd", "2025-08-27", 3), ("d", "2025-08-27", 7)), ["FGC_REF", "VIAB", "PLO_MIN"])
r("manager", "choice", "Supervising social worker visited the foster carers 11/05/27. What's the next deadline?", "2027-05-11", ("choice", ("wd", "2027-05-11", 3), ("w", "2027-05-11", 6)), ["FC_RECORD", "FC_VISIT"])
r("indirect", "choice", "A child became looked after on 15/06/2026. When's the 20 day deadline?", "2026-06-16", ("choice", ("d", "2026-06-15", 20), ("wd", "2026-06-15", 20)), ["PEP", "IHA", "LAC_REVIEW1"])

# ---------------- None: standards set no timescale ----------------
r("duty", "none", "rcpc due when? icpc was 12/01/26", "2026-01-13", ("none",), ["NONE_RCPC"])
r("newstarter", "none", "How often should I have supervision with my team leader? My last one was 03/11/25, so when's the next one due?", "2025-11-20", ("none",), ["NONE_SUPERV"])
r("manager", "none", "After the first core group, how often must core groups be held? Last one was 02/02/27, when is the next due by?", "2027-02-15", ("none",), ["NONE_COREGROUP"])
r("indirect", "none", "The first review of a child in our care was on 10/09/2025. When does the next review have to be held by?", "2025-09-22", ("none",), ["NONE_2NDREVIEW"])
r("scenario", "none", "Final care planning meeting on 04/03/2026 agreed adoption for Child X (DOB 15/07/2024). The IRH is on 20/04/2026. By what date does the SHOPBA have to happen?", "2026-03-05", ("none",), ["NONE_SHOPBA"])
r("typos", "none", "how long have i got to do the later life leter, adoption order granted 7/1/27", "2027-01-08", ("none",), ["NONE_LLL"])
r("indirect", "none", "How long can the IRO leave it before checking in with the child between reviews? Last review was 14/04/2025.", "2025-04-22", ("none",), ["NONE_IROCONTACT"])
r("manager", "none", "Placement showing signs of wobbling since 22/12/26. By when should the support meeting have been held?", "2027-01-11", ("none",), ["NONE_SUPPORT"])
r("indirect", "none", "A teenager is at real risk of coming into care. Is there a deadline for getting the referral in to the edge-of-care team? The risk was flagged on 03/03/26.", "2026-03-03", ("none",), ["NONE_FAMFOCUS"])
