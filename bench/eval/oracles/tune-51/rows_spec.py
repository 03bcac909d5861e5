# Structured row specs for oracle.py. voice codes: D duty, T typos, S scenario, I indirect, N newstarter, M manager.
VOICES = {"D": "duty", "T": "typos", "S": "scenario", "I": "indirect", "N": "newstarter", "M": "manager"}
ROWS = []


def R(v, kind, rule, start, today, q, **kw):
    d = {"voice": VOICES[v], "kind": kind, "rule": rule, "start": start, "today": today, "q": q}
    d.update(kw)
    ROWS.append(d)


def NONE(v, keys, today, q, why):
    ROWS.append({"voice": VOICES[v], "kind": "none", "none": keys, "today": today, "q": q, "why": why})


STRAT = ["strat_1wd", "strat_24h"]
LACV1 = ["lac_visit1", "lac_seen1"]

# ---------------- Front Door ----------------
R("I", "date", "contact_screen", "2025-12-24", "2025-12-24",
  "a contact came in from the school this afternoon (christmas eve). how long has the team leader got to look at it, check consent and decide what we're doing with it?")
R("T", "date", "initial_decision", "2026-05-22", "2026-05-22",
  "referal came in fri 22.5 its level 4, when does the tl have to make the intial decison by")
R("I", "date", "referral_action", "2025-08-22", "2025-08-22",
  "New referral for a child in need landed with duty just now. How quickly does a social worker have to pick it up and actually do something with it?")
R("N", "date", "referral_action", "2027-12-24", "2027-12-24",
  "Hello, sorry if this is a silly question, I'm new on the duty desk. A referral came in this morning (24th December). By when does a social worker need to action it?")
R("M", "date", "initial_decision", "2026-12-24", "2027-01-04",
  "Referral received 24/12/26, TL initial decision on action recorded 29/12/26. Within timescale?")
R("S", "date", "s47_seen", "2026-01-09", "2026-01-09",
  "We've just agreed a section 47 on a 7 year old (DOB 14/03/2018) after a bruise was seen at school. Mum has suggested we come on Monday 12th when she's back from work. When does the child actually need to be seen by the social worker?")
R("I", "date", "s47_seen", "2025-06-13", "2025-06-13",
  "manager's just said we're going ahead with the child protection enquiry for the baby. do i have to see her today or can it wait till after the weekend?")
R("I", "date", "s47_discuss", "2026-03-31", "2026-03-31",
  "The enquiry into the harm concerns was started today, 31 March. When do I need to sit down with my manager to talk through how it's going and agree the next actions?")
R("T", "date", "allocate", "2025-04-17", "2025-04-17",
  "case came thru today 17/4 needs a c&f assesment, when has it got to be alocated to a worker",
  amb="The standards do not name the start event for the 3 working days; counted from the day the case came in.")
R("N", "date", "allocate", "2026-12-23", "2026-12-23",
  "Could someone help me with the allocation timescale? The decision that a Child and Family Assessment is needed was made today (Wednesday 23rd December). When should it be allocated to a social worker by?")
R("I", "date", "assess_review", "2026-03-30", "2026-03-30",
  "I started the assessment today, Mon 30/03/26. When does my team leader have to have read it over by?")
R("D", "date", "assess_complete", "2026-02-16", "2026-02-16", "C&FA started 16/02/26 - 45 day deadline?",
  amb="National guidance uses 45 working days; the standards say 45 days, counted here as calendar days.")
R("S", "date", "assess_complete", "2025-11-20", "2025-11-24",
  "I'm assessing a family with three children. The referral came in on 17/11/25 and the assessment was started on 20/11/25, after the strategy discussion. Dad has a court date on 5 January. When must the assessment be completed by?",
  amb="Could be counted from the referral (17/11/25) rather than the assessment start, or read as 45 working days.")
R("I", "date", "assess_complete", "2027-03-23", "2027-03-24",
  "how long have i got in total to get the assessment of the family written up and finished? opened it yesterday", rel="yesterday")
R("M", "date", "assess_complete", "2025-08-01", "2025-09-22",
  "Audit query: C&F assessment started 01/08/25, completed and authorised 19/09/25. Was that within the standard?")
R("D", "date", STRAT, "2026-06-09", "2026-06-09", "mgmt decision today strat needed, when by")
R("N", "date", STRAT, "2025-05-01", "2025-05-02",
  "My manager decided yesterday that we need to hold a strategy discussion. When does it need to take place by?", rel="yesterday")
R("I", "date", "transfer_notice", "2026-01-12", "2026-01-05",
  "we're handing a family over from first response to the neighbourhood team on Monday 12 January 2026. what's the latest i can email them to let them know it's coming?")
R("S", "date", "transfer_notice", "2026-04-08", "2026-03-30",
  "The assessment is finished and the family are going to be supported at Child in Need. We're planning for the case to move over to the Neighbourhood Team on 8/4/26; the family also have a GP appointment on 2 April. What's the latest I can send the notification email?")

# ---------------- S47 / ICPC ----------------
R("D", "date", "icpc", "2025-12-19", "2025-12-19", "strat 19/12/25 icpc by?")
R("I", "date", "icpc", "2026-08-20", "2026-08-21",
  "we had the first multi-agency discussion about the harm concerns on 20 Aug 2026. by when does the conference that decides whether the child needs a protection plan have to happen?")
R("S", "date", "icpc", "2025-12-10", "2025-12-18",
  "Strategy discussion was held on Wed 10/12/2025 for a 6 year old (DOB 01/01/2019). We had a second strategy meeting on 17/12 to review the enquiries and the outcome is we're going to conference. What's the latest date for the ICPC?")
R("N", "date", "icpc", "2027-03-18", "2027-03-18",
  "Hi, the initial strategy discussion was held today, 18 March 2027. When does the Initial Child Protection Conference need to be held by?")
R("M", "date", "icpc", "2026-01-02", "2026-01-21", "ICPC was held 20/01/26, strat 02/01/26, was that in timescale?")
R("I", "date", "icpc", "2026-05-01", "2026-05-05",
  "we had the strategy meeting last friday. when's the latest the big meeting with the family and all the agencies about a protection plan can be?", rel="last friday")
R("T", "date", "icpc", "2026-12-23", "2026-12-23", "strat 23rd dec 2026 icpc deadline??")
R("S", "date", "icpc", "2027-08-27", "2027-08-31",
  "Police and health joined the strategy discussion on Friday 27 August 2027; the child's medical had been on 24 August. Enquiries point to conference. When must the ICPC be held by?")
R("I", "date", "icpc_chair", "2026-01-05", "2025-12-22",
  "the conference about whether the kids go on a plan is on 5 January 2026. when does my report have to get to the chair?")
R("D", "date", "icpc_chair", "2026-04-07", "2026-03-27", "icpc 7/4/26 report to chair by?")
R("N", "date", "icpc_chair", "2027-06-02", "2027-05-24",
  "When does my ICPC report need to be sent to the child protection chair? The conference is on Wednesday 2nd June 2027.")
R("M", "date", "icpc_chair", "2025-08-28", "2025-09-01",
  "ICPC 28/08/25, signed-off report reached the chair 26/08/25. Compliant with the standard?")
R("I", "date", "icpc_family", "2026-01-08", "2026-01-02",
  "the conference is on thursday 8 jan 2026. what's the latest i can share my report with mum and dad?")
R("T", "date", "icpc_family", "2026-05-04", "2026-04-28", "icpc is 4/5/26 when do the parents need to of had the report")
R("S", "date", "icpc_family", "2025-04-22", "2025-04-14",
  "ICPC for two brothers is booked for 22/04/2025. Their dad is only free to meet on 16 April and their mum's birthday is 19 April. By when do the family need to have had my report?")

# ---------------- CP plans ----------------
R("D", "date", "core_group1", "2025-12-19", "2025-12-19", "icpc 19/12/25 1st CG by?")
R("I", "date", "core_group1", "2027-03-24", "2027-03-24",
  "the kids were made subject to plans at conference today, 24 March 2027. when does the first meeting of the smaller group that works up the detail of the plan need to be?")
R("S", "date", "core_group1", "2025-04-15", "2025-04-16",
  "Conference was held yesterday, 15/04/2025, and the baby was made subject to a CP plan under neglect. The chair has set the review conference for 15/07/2025. When must the first core group be held by?")
R("M", "date", "core_group1", "2026-12-22", "2027-01-11", "ICPC 22/12/26, first core group 05/01/27 - in timescale?")
R("N", "date", "core_group1", "2026-08-28", "2026-08-28",
  "Sorry, quick question. The initial conference was today, 28 August, and the child is now on a child protection plan. When is the first core group meeting due?")
R("I", "date", "rcpc_parents", "2027-04-06", "2027-03-29",
  "the review meeting for the child's protection plan is on tues 6 april 2027. when do the parents need to have my update report by?")
R("T", "date", "rcpc_parents", "2026-05-29", "2026-05-22", "reveiw conf 29th may, when do parents get the report by")
R("S", "date", "rcpc_chair", "2025-08-27", "2025-08-18",
  "The review child protection conference for a 9 year old is on 27/08/2025. The last core group was on 12/08. When does my plan update need to be with the conference chair?")
R("I", "date", "cp_12m", "2025-02-14", "2025-11-10",
  "the child's been on a protection plan since 14 Feb 2025 and things aren't really shifting. from what date would we need to hold a professionals' thinking-time meeting?")
R("S", "date", "cp_12m", "2026-01-29", "2026-05-05",
  "An ICPC on 29/01/2026 made her subject to a plan and the review conference on 25/04/2026 kept her on it. Progress is slow. When does she reach the point where the standards say we should hold a professional thinking time meeting?")

# ---------------- PLO ----------------
R("I", "date", "plo_first", "2026-03-27", "2026-03-27",
  "the letter telling the parents we're starting pre-proceedings is dated 27 March 2026. when does the first meeting with them and their solicitor need to happen by?")
R("N", "date", "plo_first", "2025-05-01", "2025-05-02",
  "I've not done PLO before. The PLO letter was dated yesterday, 1 May. When should the first PLO meeting with the parents and their solicitor take place?", rel="yesterday")
R("M", "date", "plo_first", "2026-12-01", "2026-12-16", "PLO letter dated 01/12/2026, first PLO meeting held 14/12/2026. Within timescale?")
R("S", "date", "plo_first", "2027-12-17", "2027-12-17",
  "Legal Gateway agreed PLO on 9/12/27 and the letter to the parents is dated 17/12/27. Mum's solicitor says she's away over Christmas. What's the latest date for the first PLO meeting?",
  amb="Counted from the date on the PLO letter, not the Legal Gateway meeting.")
R("I", "date", "plo_fgc", "2025-12-23", "2025-12-23",
  "at the first pre-proceedings meeting today (23 December 2025) the parents agreed to a family meeting to plan for the kids. when does that referral have to go in?")
R("T", "date", "plo_viability", "2026-05-22", "2026-05-22",
  "inital plo meeting 22.5.26 gran and aunty put forward, viabilty request to family placement by when")
R("I", "date", "plo_viability", "2027-08-27", "2027-08-27",
  "grandparents came forward as possible carers at the first pre-proceedings meeting today, 27 August 2027. when do I need to ask the family placement team to screen them by?")
R("N", "date", "plo_minutes", "2026-12-24", "2026-12-24",
  "The first PLO meeting took place today, 24/12/2026. When do the minutes need to be sent out to the parents and their solicitor?")
R("S", "date", "plo_minutes", "2025-04-16", "2025-04-17",
  "We held the initial PLO meeting on 16/04/25; the PLO letter had been dated 07/04/25. Expectations were agreed with both parents. By when do the minutes have to go to the parents and their legal reps?")
R("I", "date", "plo_12wk", "2026-01-06", "2026-02-10",
  "we started pre-proceedings on 6 January 2026. when is the review meeting with the legal solicitor due?",
  amb="The standards don't say what the 12 weeks run from; counted from the start of PLO given in the question.")
R("D", "date", "plo_16wk", "2026-01-06", "2026-02-10", "PLO started 06/01/26 - 16 wk gateway date?",
  amb="The standards don't say what the 16 weeks run from; counted from the PLO start given.")
R("T", "date", "plo_ext", "2026-03-31", "2026-03-31",
  "review legal planning mtg today 31/3, threshold still met, exceptional so extending plo - extension runs to when")
R("M", "date", "plo_12wk", "2025-10-02", "2026-01-12",
  "PLO commenced 02/10/2025; review legal planning meeting held 09/01/2026. Was that held at 12 weeks?",
  amb="The standards don't say what the 12 weeks run from; counted from the PLO start given.")
R("S", "date", "plo_16wk", "2027-01-04", "2027-03-01",
  "PLO started on 04/01/27 for twin boys (born 02/02/2024). The 12 week review legal planning meeting is booked and threshold still looks met. If the case stays in PLO, when is the Legal Gateway meeting due?",
  amb="The standards don't say what the 16 weeks run from; counted from the PLO start given.")

# ---------------- CIN ----------------
R("I", "date", "cin_deplan", "2025-12-11", "2025-12-12",
  "the child came off the protection plan at conference on 11 Dec 2025. when does the first meeting under the new support plan need to be held?")
R("D", "date", "cin_deplan", "2027-03-10", "2027-03-10", "deplanned at RCPC 10/03/27, 1st CIN mtg by?")
R("S", "date", "cin_transfer", "2026-03-27", "2026-03-30",
  "The case transferred to us from Children's First Response on 27/03/26 after a C&FA that started on 02/03/26. Mum's due to have the baby in early May. When does the initial CIN meeting need to take place?")
R("T", "date", "cin_transfer", "2026-08-28", "2026-08-28", "case transfered from cfr today 28/08/26 wen is the first cin meeting due")
R("N", "date", "cin_transfer", "2025-12-22", "2025-12-22",
  "Hi, I've just been allocated a case that transferred from First Response today (22 December). When should the initial Child in Need meeting be held by?")

# ---------------- Children in care ----------------
R("I", "date", "lac_emerg_assess", "2025-12-19", "2025-12-19",
  "a boy came into care in an emergency overnight, so today 19 December 2025. how long do we have to get the assessment of his needs completed?")
R("I", "date", LACV1, "2026-04-03", "2026-04-03",
  "young person moved to a new foster home today (good friday, 3 april 2026). when do i need to have visited her by?")
R("T", "date", LACV1, "2026-05-30", "2026-05-30", "child came into care sat 30/5/26 when do i have to visit by")
R("N", "date", LACV1, "2027-12-23", "2027-12-23",
  "A child I'm working with was placed in foster care today (23rd December). When do I need to see them by?")
R("M", "date", LACV1, "2025-12-24", "2026-01-05", "Placement move 24/12/25, visit 29/12/25. Compliant?")
R("S", "date", LACV1, "2026-08-28", "2026-08-28",
  "A 14 year old came into care this afternoon, Friday 28/08/26, after her mum was arrested. Her school starts back on 2 September. What's the latest date I must visit her?")
R("S", "date", "placement_meeting", "2025-04-16", "2025-04-16",
  "A 10 year old has been placed with a new foster carer today, 16 April 2025. The carer is going away on 22 April. When does the placement meeting have to be held by?")
R("I", "date", "placement_meeting", "2026-05-29", "2026-05-29",
  "kid placed with new carers today (fri 29 may 2026). when does the meeting to agree delegated authority and how the placement will work have to be held?")
R("I", "date", "placement_plan", "2026-03-31", "2026-04-01",
  "the carers need the plan with everything we agreed written up and handed over. the placement started on 31 Mar 2026. when does it have to be in their hands?")
R("I", "date", "care_pack", "2025-12-12", "2025-12-12",
  "when does the child need to be given their welcome pack and the leaflet about their rights? came into care today, 12 december 2025")
R("T", "date", "care_pack", "2026-08-10", "2026-08-11", "come into care 10/8 when does the care pack need to be given")
R("D", "date", "legal_status", "2025-12-18", "2025-12-18", "became LAC 18/12/25, other profs told of legal status by?")
R("I", "date", "legal_status", "2027-05-26", "2027-05-27",
  "she became looked after yesterday. by when do I have to let the school and GP know she's now in care and what the legal order is?", rel="yesterday")
R("I", "date", "iha", "2026-04-01", "2026-04-01",
  "child came into care today (1 april 2026). when does the first health check with the doctor have to be done by?")
R("S", "date", "iha", "2025-12-22", "2025-12-23",
  "Two sisters came into care on 22/12/2025 under a section 20. The younger one has a hospital appointment already booked for 14/01/2026. When must their initial health assessments be carried out by?")
R("T", "date", "pep", "2025-07-18", "2025-07-21", "pep meeting due when? child came into care 18/7/25")
R("I", "date", "pep", "2026-12-22", "2026-12-22",
  "the meeting at school about the child's education plan, when should that be set up by? she became looked after today, 22 December 2026",
  amb="The standards don't say what the 20 days run from; counted from the child becoming looked after.")
R("I", "date", "care_plan", "2026-05-21", "2026-05-22",
  "the written plan for the child in care (needs, outcomes, what services they'll get) — when does that need to be on the system? she was placed yesterday", rel="yesterday")
R("S", "date", "care_plan", "2027-03-19", "2027-03-22",
  "A 3 year old was placed with foster carers on 19/03/2027, and his brother followed on 23/03/2027. For the first child, when does the up to date care plan need to be on LCS?")
R("D", "date", "lac_review1", "2025-12-19", "2025-12-19", "LAC from 19/12/25, initial LAC review by?")
R("I", "date", "lac_review1", "2027-03-26", "2027-03-26",
  "when is the first review meeting with the independent reviewing officer due? he came into care today, good friday 26 march 2027")
R("N", "date", "lac_review1", "2026-08-24", "2026-08-24",
  "Hello, a child on my caseload became looked after today (24 August 2026). When does the initial Looked After Review have to take place?")
R("M", "date", "lac_review1", "2025-04-14", "2025-05-19", "Child became LAC 14/04/2025, initial LAC review 13/05/2025. Within timescale?")
R("S", "date", "lac_review1", "2026-12-21", "2026-12-21",
  "A baby was accommodated today, 21/12/26, from hospital; she was born on 17/12/26. Placement meeting is being arranged. When does her initial Looked After Review need to be by?")
R("S", "date", "lac_report", "2025-06-02", "2025-05-23",
  "The looked after review for a 15 year old is on 02/06/2025 at 10am. I've got a PEP meeting on 28/05 too. When does my written report need to be with the IRO?")
R("I", "date", "lac_report", "2027-01-04", "2026-12-21",
  "the review of the child's care plan with the reviewing officer is on monday 4 january 2027. when does the IRO need my written report?")

# ---------------- IRO ----------------
R("I", "date", "iro_informal", "2025-12-23", "2025-12-23",
  "the reviewing officer flagged drift in the care plan to my colleague informally today, 23 Dec 2025. if it isn't sorted, when does it become a formal dispute?")
R("N", "date", "iro_informal", "2026-05-20", "2026-05-20",
  "The IRO has raised an informal challenge with me today (20 May) about delay in the care plan. How long do I have to resolve it before it becomes a formal dispute?")
R("I", "date", "iro_formal", "2025-12-15", "2025-12-15",
  "the reviewing officer has today (15 dec 2025) started the formal process to resolve their disagreement about the child's plan. by when should the whole thing be finished?")
R("S", "date", "iro_informal", "2026-08-26", "2026-08-27",
  "The IRO emailed me on 26/08/2026 with an informal challenge about the permanence plan not progressing. The LAC review had been on 12/08. When does it escalate to a formal dispute if it isn't resolved?")

# ---------------- Adoption ----------------
R("I", "date", "adopt_10wk", "2026-06-01", "2026-07-01",
  "the little one moved in with her adopters on 1 June 2026. from what date can they apply to court for the order?")
R("T", "date", "adopt_10wk", "2025-10-20", "2025-11-03", "placed wiht adopters 20/10/25 when can they apply for the adoption order")
R("S", "date", "adopt_10wk", "2027-02-19", "2027-03-01",
  "Our match was agreed at panel on 28/01/2027 and the ADM ratified it on 04/02/2027. The child was placed with the adopters on 19/02/2027. From when can the adopters make their application for an Adoption Order?")

# ---------------- Fostering ----------------
R("D", "date", "fc_record", "2026-04-02", "2026-04-02", "FC supervisory visit 02/04/26, record on LCS by?")
R("I", "date", "fc_record", "2025-08-22", "2025-08-22",
  "visited one of our foster carers at home today, 22 august 2025, as their supervising social worker. when does the write-up need to be on the system?")
R("T", "date", "fc_record", "2027-12-23", "2027-12-23", "did the foster carer vist today 23/12 when does it need recording on lcs")
R("D", "date", "fc_checks", "2024-02-29", "2026-11-02", "FC DBS done 29/02/24, renewal by?")
R("I", "date", "fc_training", "2024-05-31", "2026-10-01",
  "our carers last did their core training on 31 May 2024. when do they need to redo it by?")
R("N", "date", "fc_panel3y", "2024-03-19", "2026-09-14",
  "When does a foster carer's annual review next need to go to the Fostering Panel, if it was last presented there on 19/03/2024?")
R("S", "date", "fc_variation", "2026-04-02", "2026-04-02",
  "An emergency placement today (2/4/26) means a 15 year old is going to carers approved for 0-11s. The Strategic Lead gave permission for a variation of the terms of approval this afternoon; the carers' next review is 10/06/26. How long does that permission last?",
  amb="Counted as 6 working days after the day permission was given; it could be read as including that day.")
R("I", "date", "fc_temp", "2025-12-22", "2025-12-22",
  "grandma was given temporary approval as a foster carer when the child moved in with her today, 22 December 2025. when does that approval run out?")
R("T", "date", "fc_temp_ext", "2026-04-13", "2026-04-01", "temp aproval for aunty ends 13/4/26 if we extend it how long till")
R("M", "date", "fc_temp", "2025-01-06", "2025-05-12",
  "Connected person temporarily approved 06/01/2025, no panel decision or extension yet as of today. When did the temporary approval expire?")
R("S", "date", "fc_temp", "2027-03-29", "2027-03-29",
  "An uncle was approved today (Easter Monday 29/03/27) as a connected person foster carer and the children moved in this evening. The viability assessment was done on 22/03/27. How long does the temporary approval last before it needs extending?")

# ---------------- Case recording / open cases ----------------
R("I", "date", "record_3d", "2025-12-31", "2025-12-31",
  "had a phone call with the child's school today, new year's eve. by when should it be written up on the child's record?")
R("D", "date", "record_3d", "2027-08-27", "2027-08-27", "CP home visit today 27/08/27, recorded by?")
R("I", "date", "assessment_12m", "2025-05-06", "2026-03-02",
  "the family's last assessment was authorised by my manager on 6 May 2025. by when do we need a fresh one for the case to still count as up to date?")
R("M", "date", "assessment_12m", "2025-04-18", "2026-05-11",
  "Audit: case open, latest authorised C&FA 18/04/2025, none since. By what date did it stop being within the last 12 months?")
R("S", "date", "record_3d", "2026-12-24", "2026-12-24",
  "I did a child protection home visit on Christmas Eve (24/12/26) and the child was seen alone; the last visit was on 30/11. I'm off from tomorrow until 4 January. When does the visit need to be recorded by?")

# ================= VISITS / REVIEW SCHEDULES =================
R("D", "visits", "cp_visit", "2025-12-22", "2025-12-22", "cp visit done 22/12/25 next due?")
R("I", "visits", "cp_visit", "2026-03-03", "2026-03-04",
  "last saw the child on the protection plan at home yesterday, 3 march. what's the latest the next statutory one can be?", rel="yesterday")
R("S", "visits", "cp_visit", "2027-03-02", "2027-03-08",
  "I'm covering for a colleague on a CP case. Her last statutory visit where the child was seen at home was 02/03/27, and there was a school visit on 05/03/27 where she saw him at school. When's the next CP visit due by?",
  amb="If the school sighting were counted, the next visit would be 4 weeks from 05/03/27; the standards say a statutory CP visit only counts if the child was seen at home.")
R("M", "visits", "cp_visit", "2026-01-05", "2026-02-09", "CP visits 05/01/26 and 06/02/26 - gap compliant?")
R("I", "visits", "cin_visit", "2025-12-18", "2025-12-18",
  "child on a support plan (not protection, the level below) was last seen at home today, 18 Dec 2025. next home visit by?")
R("S", "visits", "cin_visit", "2026-04-21", "2026-04-27",
  "I visited the family at home on 21/04/26 and saw the 11 year old; she's on a CIN plan. The CIN review meeting is set for 12/05/26. When is my next visit due at the latest?")
R("N", "visits", "cin_review", "2026-04-07", "2026-04-08",
  "Sorry if this is obvious - the last Child in Need review meeting was on 7 April 2026. When does the next one need to be held?")
R("I", "visits", "cin_review", "2027-07-13", "2027-07-20",
  "we last got everyone round the table to review the child in need plan on 13 july 2027. when's the next of those meetings due?")
R("I", "visits", "lac_weekly", "2026-05-05", "2026-05-06",
  "child came into care last month and the first review isn't until next week. i visited yesterday, 5 may. when's my next statutory visit due?", rel="yesterday")
R("S", "visits", "lac_6wk", "2026-03-24", "2026-03-25",
  "His first LAC review was on 10/02/26 and permanence isn't finalised yet. My last statutory visit, where I saw him at the carers', was 24/03/26. When is the next statutory visit due?")
R("M", "visits", "lac_6wk", "2026-01-02", "2026-03-02",
  "LAC (post first review, no permanence plan) visits 02/01/26 then 20/02/26. Compliant?")
R("I", "visits", "lac_12wk", "2026-12-21", "2027-01-04",
  "young person has been in her permanent foster home for two years and is settled, so we're on the less frequent visits now. last visit 21 dec 2026 - next one by?")
R("N", "visits", "family_time", "2026-01-30", "2026-02-02",
  "Family time arrangements were last reviewed on 30 January 2026 and the plan for permanence hasn't been agreed yet. When is the next review of family time due?")
R("I", "visits", "fc_visit", "2025-12-19", "2025-12-19",
  "I last went out to see our foster carers (not the child, the carers themselves) today, 19 dec 2025. when's the next one due?")
R("S", "visits", "fc_visit", "2027-05-28", "2027-06-01",
  "I'm the supervising social worker for a couple caring for two siblings. I last visited them on 28/05/2027 and the children's LAC review was 20/05/2027. When must I next visit the carers by?")
R("I", "visits", "fc_unannounced", "2024-02-29", "2025-01-20",
  "when's the next surprise visit to the carers due? we last dropped in on them unannounced on 29 feb 2024")
R("I", "visits", "fc_annual", "2025-07-14", "2026-06-01",
  "the carers' yearly review (the one with the safer caring policy and health and safety checklist) was on 14 July 2025. when's the next one due?")
R("S", "visits", "adopt_weekly", "2026-08-27", "2026-09-01",
  "A 2 year old was placed with her adopters on 20/08/26 and the first LAC review since placement is on 17/09/26. I visited on 27/08/26. When does the next statutory visit need to be?")
R("I", "visits", "adopt_6wk", "2025-11-20", "2025-12-01",
  "the child's been with the adopters a few months, the first review after placement has happened, the order's not granted yet. last visit 20 nov 2025, next one by?")
R("M", "visits", "plo_review", "2025-12-16", "2026-02-02", "Last review PLO meeting 16/12/25, next one held 30/01/26. Within the 4-6 weeks?",
  amb="The standard gives a 4-6 week range; the due date is the outer limit of 6 weeks.")
R("I", "visits", "summary_3m", "2025-11-30", "2026-02-20",
  "the summary at the front of the child's file was last updated on 30 Nov 2025. by when does it need updating again?")
R("S", "visits", "cp_visit", "2026-12-01", "2026-12-07",
  "Baby is on a CP plan under neglect. I saw him at home on 01/12/26 and did an unannounced visit on 04/12/26 but nobody was in. When is the next statutory visit due at the latest?",
  amb="If the failed unannounced visit were wrongly counted, the date would shift; only visits where the child was seen at home count.")

# ================= AGES =================
R("I", "age", "advocate_age", "2014-04-03", "2026-03-16",
  "from what date can the girl be offered someone independent to help her take part in the protection conference? she was born on 3 April 2014")
R("T", "age", "advocate_age", "2013-12-27", "2025-11-10", "dob 27/12/13 when is he old enough to be offered an advocate for conf")
R("M", "age", "advocate_age", "2013-05-20", "2025-05-23",
  "YP DOB 20/05/2013, ICPC held 18/05/2025, no advocate offered. Should one have been offered (when did she become eligible)?")
R("D", "age", "pathway_age", "2010-08-31", "2025-11-03", "DOB 31/08/2010, pathway plan start date?",
  amb="15 years 6 months from 31 August has no 31 February; taken as 28 February 2026 (could be read as 1 March).")
R("N", "age", "pathway_age", "2011-06-15", "2026-09-01",
  "A young person in care was born on 15/06/2011. When should their pathway plan be started?")
R("S", "age", "pathway_age", "2012-02-29", "2027-03-15",
  "I've got a young man in foster care, DOB 29/02/2012, who came into care on 04/01/2024. His next LAC review is 20/05/2027. When does his pathway plan need to be started?")
R("I", "age", "adopt_age", "2020-02-29", "2025-11-10",
  "the toddler's family are going into pre-proceedings. she was born on 29 feb 2020. until what date does she count as young enough for the adoption worker and family finder to be allocated?")
R("S", "age", "adopt_age", "2020-01-12", "2025-12-01",
  "We're heading towards PLO for a little boy born 12/01/2020; his sister was born 03/09/2017. On what date does he stop being under 6 for the adoption allocation?")

# ================= CHOICE =================
R("D", "choice", STRAT, "2025-12-19", "2025-12-19", "decision for strat made fri 19/12/25, strat by?")
R("I", "choice", ["record_3d", "fc_record"], "2026-04-02", "2026-04-02",
  "I did a visit today, thursday 2 april 2026. how long have I got to get it written up?")
R("D", "choice", ["core_group1", "cin_deplan"], "2026-03-03", "2026-03-03", "conf was 3/3/26, what's next due?")
R("I", "choice", ["icpc_family", "icpc_chair"], "2026-04-07", "2026-03-27",
  "the initial conference is on tuesday 7 april 2026. when does my report need to go out?")
R("T", "choice", ["placement_meeting", "lac_review1"], "2025-12-22", "2025-12-22", "child came into care and was placed today 22/12/25 whens the first meeting due")
R("S", "choice", ["assess_review", "assess_complete"], "2025-12-01", "2025-12-02",
  "I started a Child and Family Assessment on 01/12/25 on a referral that came in on 27/11/25. The family are away from 20/12 to 03/01. When's it due?")
R("N", "choice", ["care_plan", "placement_plan"], "2026-12-24", "2026-12-24",
  "A child was placed with foster carers today, 24 December 2026. When does the plan need to be done by?")
R("M", "choice", ["plo_fgc", "plo_viability", "plo_minutes"], "2026-04-24", "2026-04-27",
  "First PLO meeting 24/04/26. What was due after it, and by when?")
R("I", "choice", ["lac_weekly", "lac_6wk"], "2026-03-05", "2026-03-09",
  "she's been in care since January. last statutory visit was 5 march 2026 and i'm not sure whether her first review has happened. when is the next visit due?")

# ================= NONE =================
NONE("S", ["next_conf"], "2026-01-05",
     "ICPC was held on 05/01/26 and both children are on CP plans. The first core group is on 13/01/26. When does the review child protection conference have to be held by?",
     "the chair sets the date of the next conference; no interval is given")
NONE("I", ["core_group_freq"], "2026-02-04",
     "after the first one, how often do the meetings of the group working on the protection plan have to happen? the last one was 3 feb 2026",
     "core groups after the first have no stated frequency")
NONE("N", ["supervision"], "2026-01-13",
     "How often should I have supervision with my team leader? My last one was on 12 January 2026.",
     "supervision frequency is left to the supervision policy")
NONE("T", ["second_review"], "2026-03-04", "first lac reveiw was 3/3/26 when is the 2nd one due",
     "only the initial LAC review has a timescale")
NONE("S", ["early_help"], "2025-12-22",
     "A contact came in on 22/12/25 that's been graded as Level 3, so it's going to Early Help. The child's 5th birthday is 02/01/26. By when does the Early Help team leader have to decide what action is needed?",
     "no timescale is set for Level 1-3 decisions")
NONE("I", ["shopba"], "2027-02-15",
     "the should-be-placed-for-adoption meeting with the decision maker - how many days after the final care planning meeting must it be? ours was 12 feb 2027",
     "SHOPBA is placed between the final care planning meeting and the IRH paperwork; no number of days is given")
NONE("M", ["pathway_review"], "2026-06-01",
     "Pathway plan last reviewed 10/10/25. Is it now overdue for review under the standards?",
     "the pathway plan is reviewed at the statutory review; no separate interval is set")
NONE("D", ["annex_a"], "2026-05-11", "adoption placement 02/03/26, annex A report due by?",
     "no deadline is given for the Annex A report")
NONE("I", ["iro_contact"], "2025-11-17",
     "how often does the reviewing officer have to get in touch with the child in between the reviews? last review was 10 nov 2025",
     "IRO contact between reviews has no stated frequency")

# ---- extra scenario date rows ----
R("S", "date", "s47_discuss", "2025-12-19", "2025-12-19",
  "Section 47 was started this morning, Friday 19/12/25, after the strategy discussion; the child (DOB 04/05/2016) was seen at home the same day. Her review health appointment is on 08/01/26. When do I need to have the progress discussion with my manager?")
R("S", "date", "contact_screen", "2026-05-28", "2026-05-28",
  "A contact came in from the GP at 4pm today, Thursday 28/05/2026, about a 3 year old (DOB 11/02/2023). Mum had phoned in the week before, on 21/05, but that contact was closed. By when does the team leader need to make and record the screening decision on this one?")
R("S", "date", "plo_fgc", "2027-04-30", "2027-04-30",
  "The first PLO meeting was today, 30/04/2027; the PLO letter had gone out on 21/04/2027. Mum agreed at the meeting to a family group conference. When does the FGC referral need to be made by?")
R("S", "date", "lac_emerg_assess", "2026-04-03", "2026-04-07",
  "A 12 year old came into care as an unplanned admission on Good Friday, 03/04/2026, after police protection. His last assessment was done in 2024. By when must the assessment of his needs be completed?")
R("S", "date", "cin_deplan", "2025-12-23", "2025-12-23",
  "At the review conference today, 23/12/2025, the twins were taken off their CP plans; school goes back on 05/01/2026. The chair is setting the first CIN meeting. What's the latest date it can be?")
