# Structured row descriptions for oracle.py.
# start = the event the timescale counts from (ISO); for ages it is the DOB;
# for "before" rules it is the meeting date. rule keys are defined in oracle.RULES.
# rel = the relative phrase in q that names start (checked by the oracle).
# held = date a thing actually happened (manager rows; reported in count only).

ROWS = []


def r(voice, kind, rule, start, today, q, **kw):
    d = dict(voice=voice, kind=kind, rule=rule, start=start, today=today, q=q)
    d.update(kw)
    ROWS.append(d)


def none(voice, today, q, phrases, why):
    ROWS.append(dict(voice=voice, kind="none", rule=None, start=None, today=today, q=q,
                     phrases=phrases, why=why))


A45 = "National guidance counts assessments in 45 working days; the standard says '45 days', read here as calendar days."
APLO = "The standard does not say what the weeks in PLO run from; counted from the date on the PLO letter (could be counted from the first PLO meeting)."
APEP = "The standard does not say what the 20 days run from; counted from the date the child came into care / was placed."
AVAR = "Could be read as counting the placement day as day 1 of the 6 working days, which would end one working day earlier."
APLOREV = "The standard gives a 4-6 week window; due is the latest date (6 weeks), the earliest would be 4 weeks after."

# ---------------------------------------------------------------- Front door
r("duty", "date", "contact_screen", "2025-12-24", "2025-12-24",
  "contact in 24/12 am re 2 kids, TL screening decision needed by?")
r("indirect", "date", "contact_screen", "2026-04-02", "2026-04-02",
  "A school rang the front door this afternoon with worries about a year 3 boy. How long has the team leader got to screen it and decide what we're doing with it?",
  rel="today")
r("newstarter", "date", "initial_decision", "2026-05-22", "2026-05-26",
  "Hi, sorry if this is a silly question - a level 4 referral came in on Friday 22nd May. By when should the Team Leader have made the initial decision about what action is needed?")
r("manager", "date", "initial_decision", "2025-08-28", "2025-09-03",
  "Level 5 referral received Thu 28/08/25, TL initial decision on action not recorded until Tue 02/09. Within timescale?",
  held="2025-09-02")
r("typos", "date", "referral_action", "2025-05-02", "2025-05-02",
  "refferal came in fri 2nd may, when has it got to be actioned by a sw??")
r("scenario", "date", "referral_action", "2026-12-24", "2026-12-24",
  "Mum rang in this morning (24/12/26) about her partner being violent in front of her son, who turns 7 on 27/12. It's been accepted as a referral at level 4. When does a social worker have to action it by?")
r("duty", "date", "s47_seen", "2026-04-24", "2026-04-24",
  "s47 agreed 11am today fri 24/4, child needs seeing by when?")
r("duty", "date", "s47_discuss", "2025-12-22", "2025-12-22",
  "s47 initiated mon 22/12/25 - progress chat with mgr due by?")
r("newstarter", "date", "s47_discuss", "2026-05-28", "2026-05-29",
  "I started my first Section 47 enquiry yesterday. When should my manager and I sit down to discuss how it's progressing and agree further actions?",
  rel="yesterday")
r("manager", "date", "s47_discuss", "2027-01-14", "2027-01-22",
  "S47 initiated 14/01/27, SW and manager progress discussion recorded 21/01/27 - in timescale?",
  held="2027-01-21")
r("typos", "date", "allocate", "2025-12-23", "2025-12-23",
  "case needs alocating for a c&f assesment, decided 23.12.25 - whens the deadline for allocation?")
r("indirect", "date", "allocate", "2026-05-21", "2026-05-21",
  "How long have we got to get a worker named on the system to do the full family assessment? The decision that the family needs one was made on Thursday 21 May 2026.")
r("manager", "date", "allocate", "2027-03-25", "2027-04-05",
  "Need for a C&F assessment agreed 25/03/27, case allocated to a SW on LCS 31/03/27. Compliant with the allocation timescale?",
  held="2027-03-31")
r("duty", "date", "tl_review", "2025-12-19", "2025-12-19",
  "C&FA started 19/12/25, TL review due?")
r("typos", "date", "tl_review", "2026-04-01", "2026-04-08",
  "when does my tl need to of reviewd my assesment?? started it 1st april")
r("scenario", "date", "tl_review", "2027-08-16", "2027-08-18",
  "I started a C&F assessment on Monday 16th August for twins (DOB 02/09/2019). There's a school meeting on 25/08 and my TL is off in early September. When does she need to have reviewed the assessment by?")
r("newstarter", "date", "tl_review", "2025-04-16", "2025-04-17",
  "Good morning! I began my first Child and Family Assessment on Wednesday 16th April. Could you tell me when my Team Leader should review it by?")
r("scenario", "date", "assess_complete", "2025-12-08", "2025-12-10",
  "Police notification came in on 05/12 about a 14 year old (DOB 02/01/2011) and I started the C&F assessment on Monday 08/12/25. With Christmas in the middle, when does the assessment actually have to be completed?", amb=A45)
r("indirect", "date", "assess_complete", "2026-03-20", "2026-04-01",
  "We opened the full look at the family's needs and risks on 20 March 2026. What's the latest date it has to be finished and signed off?", amb=A45)
r("manager", "date", "assess_complete", "2025-07-02", "2025-08-27",
  "C&FA started 02/07/25 and completed/authorised 22/08/25 - within timescale?", held="2025-08-22", amb=A45)
r("typos", "date", "assess_complete", "2027-10-29", "2027-11-01",
  "assesment started 29/10/27 when does it need finishing by", amb=A45)
r("duty", "date", "strat_1wd", "2025-12-31", "2025-12-31",
  "mgr agreed strat needed today (NYE) - latest it can happen?", rel="today")
r("newstarter", "date", "strat_1wd", "2025-04-17", "2025-04-17",
  "My manager decided this afternoon that we need a strategy discussion for one of my families. When does it have to happen by? It's Thursday 17 April.",
  rel="today")
r("manager", "date", "strat_1wd", "2026-05-29", "2026-06-03",
  "Management decision that a strat was needed made Fri 29/05/26, strat held Tue 02/06/26. In timescale?", held="2026-06-02")
r("newstarter", "date", "transfer_notice", "2026-09-07", "2026-08-27",
  "We're planning for a case to move from Children's First Response to a Neighbourhood Team on Monday 7th September. What's the latest date CFR should email the Neighbourhood Team so they get the notice they need?",
  amb="The standard says 'at least 5 days' notice' without saying working days; counted as 5 calendar days before the transfer date.")

# ---------------------------------------------------------------- S47 / ICPC
r("duty", "date", "icpc", "2025-12-22", "2025-12-23",
  "initial strat 22/12/25 - latest ICPC date?")
r("typos", "date", "icpc", "2026-04-03", "2026-04-07",
  "strat meeting was on 3.4.26 (edt did it over easter) when shud the icpc be by")
r("scenario", "date", "icpc", "2026-04-21", "2026-04-22",
  "Nursery found a bruise on a 4 year old (DOB 30/04/2021) on 20/04 and the strat was held the next day, Tues 21 April. Outcome is ICPC. What's the latest date the conference can be held?")
r("indirect", "date", "icpc", "2027-04-28", "2027-05-04",
  "The first multi-agency meeting where police, health and us decided to investigate was last Wednesday. How long have we got to get the big meeting with the family where they decide whether a protection plan is needed?",
  rel="last:wednesday")
r("newstarter", "date", "icpc", "2025-08-18", "2025-08-19",
  "Hello - I'm new to child protection work. If the initial strategy discussion was on 18/08/2025, what's the deadline for holding the Initial Child Protection Conference?")
r("manager", "date", "icpc", "2026-12-29", "2027-01-25",
  "Strat 29/12/26, ICPC took place 20/01/27. Within timescale?", held="2027-01-20")
r("duty", "date", "icpc", "2027-08-26", "2027-08-27",
  "strat yday, icpc deadline?", rel="yesterday")
r("typos", "date", "icpc", "2025-05-23", "2025-05-27",
  "need an icpc date - strat was friday 23rd may, what is the latest it can be")
r("newstarter", "date", "icpc_report_family", "2027-01-06", "2026-12-30",
  "My ICPC is booked for Wednesday 6 January. What's the latest date I can share my report with the family?")
r("indirect", "date", "icpc_report_family", "2026-04-14", "2026-04-01",
  "The first big conference about whether the kids need a protection plan is on 14/04/26. When do mum and dad need to have seen my report by at the latest?")
r("manager", "date", "icpc_report_family", "2025-05-12", "2025-05-13",
  "ICPC 12/05/25; SW report shared with the parents on 10/05/25. Compliant?", held="2025-05-10")
r("duty", "date", "icpc_report_chair", "2026-01-06", "2025-12-22",
  "icpc tues 6/1 - report to chair by?")
r("typos", "date", "icpc_report_chair", "2026-04-07", "2026-03-25",
  "icpc is on 7/4/26 when dose my report have to go to the cp chair")
r("scenario", "date", "icpc_report_chair", "2027-06-01", "2027-05-17",
  "I've got an ICPC on Tuesday 1st June for two siblings. The strat was 11/05 and the eldest turns 12 on 29/05. When does my signed-off report need to be with the CP chair?")

# ---------------------------------------------------------------- CP plans
r("duty", "date", "core_group", "2025-12-19", "2025-12-19",
  "ICPC today 19/12, both on plans - 1st core group by?", rel="today")
r("typos", "date", "core_group", "2026-12-22", "2026-12-22",
  "first core grp after icpc on 22nd dec (today) whens it due")
r("indirect", "date", "core_group", "2026-03-24", "2026-03-24",
  "The children were put on protection plans at the conference on Tuesday 24 March 2026. When does the first meeting of the smaller group of professionals and family who flesh out the plan need to be?")
r("manager", "date", "core_group", "2025-08-15", "2025-09-01",
  "ICPC 15/08/25, first CG held 27/08/25. In timescale?", held="2025-08-27")
r("newstarter", "date", "core_group", "2027-03-24", "2027-03-25",
  "The child protection conference was yesterday and the children are now on plans. When should the first core group be held by?",
  rel="yesterday")
r("duty", "date", "rcpc_report_parents", "2027-01-05", "2026-12-21",
  "RCPC tues 5/1/27 - report to parents by?")
r("scenario", "date", "rcpc_report_parents", "2026-06-08", "2026-06-01",
  "Review conference for the Moonbeam-Sparkle children is on Monday 8th June; they've been on plans since 10/12/25. I'm writing the plan update this week. What's the last day I can share it with mum?")
r("manager", "date", "rcpc_report_chair", "2026-09-14", "2026-09-15",
  "Review CP conf 14/09/26, SW report made available to chair 12/09/26 - ok?", held="2026-09-12")
r("newstarter", "date", "rcpc_report_chair", "2025-04-22", "2025-04-08",
  "When does my report for a review child protection conference need to reach the conference chair? The review is on Tuesday 22 April 2025.")
r("indirect", "date", "cp_12m", "2024-02-29", "2025-01-15",
  "Little one went onto a protection plan on 29/02/2024 and things still aren't shifting. On what date do we hit the point where we need a meeting to think about working with the family differently?")
r("manager", "date", "cp_12m", "2025-05-05", "2026-03-02",
  "CP plan since 05/05/25 with little progress - when is the professional thinking time meeting due at the latest?")

# ---------------------------------------------------------------- PLO
r("scenario", "date", "plo_first", "2025-12-22", "2025-12-22",
  "Legal Gateway on 15/12 agreed PLO and the letter went out today dated 22/12/25. Dad's solicitor is off until 05/01. By when should the first PLO meeting take place?", rel="today")
r("indirect", "date", "plo_first", "2026-04-10", "2026-04-10",
  "The letter that starts pre-proceedings went out dated 10 April 2026. How soon do we need to meet the parents and their solicitor?")
r("manager", "date", "plo_first", "2026-03-03", "2026-03-20",
  "PLO letter 03/03/26, first PLO meeting 16/03/26. Was it in time?", held="2026-03-16")
r("newstarter", "date", "plo_fgc", "2026-12-23", "2026-12-23",
  "We had the first PLO meeting today (Wednesday 23rd December). A family group conference hasn't happened yet and the parents have consented. By when does the FGC referral need to be made?",
  rel="today")
r("indirect", "date", "plo_fgc", "2027-03-25", "2027-03-25",
  "At the first pre-proceedings meeting today, the parents agreed to a meeting where the wider family come together to make a plan. It's 25 March 2027. When must the referral for that go in?",
  rel="today")
r("scenario", "date", "plo_viability", "2026-05-22", "2026-05-22",
  "Initial PLO meeting took place Friday 22 May 2026. Mum named her sister and a family friend as possible carers. Legal gateway is booked for 16/06. When does the viability screening request have to get to Family Placement?")
r("duty", "date", "plo_viability", "2025-12-30", "2025-12-30",
  "initial PLO mtg 30/12/25, aunt identified - viability req to FPT by?")
r("typos", "date", "plo_minutes", "2025-12-19", "2025-12-22",
  "plo minits - meeting was 19th dec, when do they need to go to parents and there solicitor")
r("indirect", "date", "plo_minutes", "2026-08-28", "2026-08-28",
  "After today's pre-proceedings meeting with the parents and their lawyer (28/08/2026), how long have I got to send out the written notes of what was agreed?",
  rel="today")
r("duty", "date", "plo_12wk", "2026-01-06", "2026-01-07",
  "PLO started 06/01/26 (letter date), 12 wk legal planning mtg when?", amb=APLO)
r("newstarter", "date", "plo_12wk", "2025-09-02", "2025-09-10",
  "Sorry to ask - the family entered PLO with the letter dated 2 September 2025. When would the review legal planning meeting with our solicitor be?",
  amb=APLO)
r("manager", "date", "plo_extra4", "2026-03-17", "2026-03-18",
  "At the 12 week legal planning meeting on 17/03/26 exceptional circumstances were agreed and the family get a further period in PLO. When does that extension end?")
r("typos", "date", "plo_16wk", "2025-12-01", "2026-02-02",
  "plo leter was 1st dec 2025, when wud the legal gateway be at 16 weeks", amb=APLO)
r("scenario", "date", "plo_16wk", "2026-08-18", "2026-11-12",
  "Our case has been in PLO since the letter on 18/08/26. The 12 week review legal planning meeting was on 10/11 and they're still in PLO. When should the Legal Gateway with the Strategic Lead be convened?",
  amb=APLO)

# ---------------------------------------------------------------- CIN
r("scenario", "date", "cin_deplan", "2025-12-09", "2025-12-10",
  "The children came off their CP plans at the review conference yesterday (09/12/25); they'd been on plans since 10/06/25. The chair has done an outline CIN plan. When's the first CIN meeting due at the latest?", rel="yesterday")
r("indirect", "date", "cin_deplan", "2027-03-16", "2027-03-17",
  "At the review conference on 16 March 2027 the children came off their protection plans and will be supported as children in need instead. What's the deadline for the first meeting under the new plan?")
r("manager", "date", "cin_deplan", "2026-07-28", "2026-08-24",
  "De-planned 28/07/26, first CIN meeting held 20/08/26 - in timescale?", held="2026-08-20")
r("newstarter", "date", "cin_transfer", "2025-12-23", "2025-12-23",
  "A case transferred to my Neighbourhood Team from Children's First Response today, Tuesday 23 December. When does the initial CIN meeting need to happen?",
  rel="today")
r("typos", "date", "cin_transfer", "2026-03-27", "2026-03-30",
  "case transfered from cfr on 27/3 initial cin meeting due??")
r("scenario", "date", "cin_transfer", "2027-05-28", "2027-05-28",
  "Case came over to us from CFR today, Friday 28th May, after the C&F assessment said CIN. The child (DOB 11/05/2012) has a school review on 20/06. When's the initial CIN meeting due?",
  rel="today")

# ---------------------------------------------------------------- Children in care
r("scenario", "date", "lac_emerg_assess", "2025-12-20", "2025-12-22",
  "Emergency admission on Saturday 20/12/2025 after police protection - two brothers (DOB 06/01/2016 and 14/03/2019) went to foster carers that night. ICO hearing is 23/12. When does the assessment for an unplanned admission need to be completed?")
r("duty", "date", "lac_visit1", "2026-05-22", "2026-05-22",
  "placed fri 22/5 - visit by?")
r("typos", "date", "lac_visit1", "2025-12-24", "2025-12-24",
  "child moved placment today wed 24 dec when do i need to visit by", rel="today")
r("indirect", "date", "lac_visit1", "2027-03-25", "2027-03-26",
  "A teenager came into our care yesterday (Thursday) and was placed with foster carers late last night. How quickly does her social worker have to go out and see her?",
  rel="yesterday")
r("manager", "date", "lac_visit1", "2025-08-28", "2025-09-02",
  "Change of placement 28/08/25 (Thu), child visited 01/09/25. In timescale?", held="2025-09-01")
r("newstarter", "date", "placement_meeting", "2026-01-03", "2026-01-05",
  "A child was placed with carers on Saturday 3 January. When is the placement meeting due?")
r("duty", "date", "placement_meeting", "2026-12-31", "2026-12-31",
  "placed 31/12 - placement mtg by?")
r("scenario", "date", "placement_meeting", "2025-05-01", "2025-05-02",
  "Placed yesterday (01/05/2025) with her aunt as a connected carer, after mum signed S20 on 30/04. LAC review pencilled for 28/05. When's the deadline for the placement meeting?",
  rel="yesterday")
r("indirect", "date", "placement_plan_copy", "2026-03-30", "2026-03-31",
  "The foster carers got the paperwork about the child's needs on the day she arrived (Monday 30 March 2026), and after the meeting we need to give them the updated version. What's the deadline for that?")
r("manager", "date", "placement_plan_copy", "2027-08-23", "2027-09-01",
  "Placement began 23/08/27; updated placement plan given to carers 27/08/27. Within timescale?", held="2027-08-27")
r("typos", "date", "cic_pack", "2025-12-15", "2025-12-16",
  "when does the child need there coming into care pack and rights leaflet, came into care 15th dec 25")
r("duty", "date", "legal_status", "2025-12-18", "2025-12-18",
  "became LAC under ICO today 18/12 - tell all profs legal status by?", rel="today")
r("newstarter", "date", "legal_status", "2025-05-29", "2025-05-30",
  "A young person became looked after on 29 May. By when do I need to let the other professionals involved know about her legal status?")
r("scenario", "date", "iha", "2025-12-17", "2025-12-18",
  "A 9 year old became looked after on 17/12/25. He last saw his GP on 01/11/25 and has a dentist appointment on 06/01. When does the initial health assessment need to be carried out by?")
r("indirect", "date", "iha", "2026-04-01", "2026-04-02",
  "A child came into care on 1 April 2026. When's the deadline for the first health check-up that every new child in care has to have?")
r("manager", "date", "iha", "2026-08-05", "2026-09-08",
  "Became LAC 05/08/26, IHA carried out 03/09/26. In timescale?", held="2026-09-03")
r("typos", "date", "pep", "2026-09-02", "2026-09-03",
  "pep meeting - child placed 2/9/26 when does it have to be held by", amb=APEP)
r("scenario", "date", "pep", "2026-12-14", "2026-12-16",
  "Year 6 girl came into care 14/12/2026 and is moving school on 04/01/27. Her DOB is 22/12/2015. When does the PEP meeting need to happen?", amb=APEP)
r("scenario", "date", "care_plan", "2026-12-22", "2026-12-22",
  "A three year old (DOB 22/06/2023) came into care and was placed with foster carers today, 22/12. Family time with mum is set for 23/12 and 30/12. When does the up to date care plan need to be on the system?", rel="today")
r("newstarter", "date", "care_plan", "2026-04-17", "2026-04-20",
  "A child was placed on Friday 17th April. I've heard the care plan has to be on the system within a certain time - when is it due?")
r("scenario", "date", "lac_review1", "2025-12-19", "2025-12-19",
  "Baby (born 02/12/2025) was discharged from hospital straight into foster care today, 19/12/25, under an ICO granted this morning. Parents are next in court on 09/01/26. When does the initial LAC review have to be held?", rel="today")
r("typos", "date", "lac_review1", "2026-04-07", "2026-04-08",
  "initial lac reveiw date? became looked after 7th april")
r("scenario", "date", "lac_review1", "2026-08-23", "2026-08-28",
  "Two siblings came into care under police protection on Sunday 23/08/2026; the ICO was granted on 27/08. The eldest was born 31/08/2012. When does the first LAC review need to be held?",
  amb="Could be counted from the ICO on 27/08/2026 rather than the police protection date the children became looked after.")
r("indirect", "date", "lac_review1", "2027-03-17", "2027-03-18",
  "When must the first review meeting chaired by the independent reviewing officer take place for a boy who came into care on Wednesday 17 March 2027?")
r("manager", "date", "lac_review1", "2026-12-02", "2027-01-11",
  "Child LAC 02/12/26, initial review held 06/01/27 - in timescale?", held="2027-01-06")
r("newstarter", "date", "lac_review1", "2025-04-28", "2025-04-29",
  "Hi, quick question about a child who became looked after on 28 April 2025 - when is her initial Looked After Review due?")
r("duty", "date", "lac_report_iro", "2027-01-04", "2026-12-21",
  "LAC review mon 4/1/27 - report to IRO by?")
r("typos", "date", "lac_report_iro", "2026-01-07", "2026-01-06",
  "lac reveiw is tomorow, when shoulda my report been with the iro by", rel="tomorrow")
r("scenario", "date", "iha", "2026-12-29", "2027-01-04",
  "Twins came into care last Tuesday after mum was admitted to hospital on Christmas Eve. Their older half-brother (DOB 05/01/2010) is staying with his dad. When's the deadline for the twins' initial health assessments?",
  rel="last:tuesday")
r("newstarter", "date", "lac_report_iro", "2026-05-27", "2026-05-18",
  "The child's looked after review is on Wednesday 27th May. When should my written report be with the IRO?")

# ---------------------------------------------------------------- IRO
r("manager", "date", "iro_informal", "2025-12-19", "2025-12-19",
  "IRO raised an informal challenge today (19/12/25) about drift. By when does it have to be resolved before it goes to a formal dispute?",
  rel="today")
r("indirect", "date", "iro_informal", "2026-03-31", "2026-04-01",
  "The reviewing officer flagged to me yesterday, 31/03/2026, that the care plan is drifting. How long do I have to sort it before it turns into a formal dispute?",
  rel="yesterday")
r("scenario", "date", "iro_formal", "2026-08-24", "2026-08-25",
  "The IRO raised an informal challenge on 14/08 about drift in permanence planning. It wasn't resolved, so she started the formal dispute resolution process on 24/08/26. When must the formal process be finished?")
r("typos", "date", "iro_formal", "2027-12-16", "2027-12-17",
  "iro formal dispute started 16.12.27 how long has it got to be finished")

# ---------------------------------------------------------------- Adoption
r("scenario", "date", "adopt_10wk", "2025-10-09", "2025-11-03",
  "Our little boy (DOB 15/02/2024) was placed with his adopters on 09/10/2025, after matching panel on 18/09. When can the adopters apply for the Adoption Order?")
r("indirect", "date", "adopt_10wk", "2026-03-02", "2026-03-09",
  "The child moved in with the couple who are adopting her on 2 March 2026. From what date can they put their application in to court to make it permanent?")

# ---------------------------------------------------------------- Fostering
r("duty", "date", "fc_record", "2025-12-23", "2025-12-23",
  "FC supervisory visit today 23/12, record on LCS by?", rel="today")
r("manager", "date", "fc_record", "2026-04-02", "2026-04-10",
  "Supervising SW visit to foster carers 02/04/26, recorded on LCS 09/04/26. Compliant?", held="2026-04-09")
r("newstarter", "date", "fc_record", "2027-05-28", "2027-05-28",
  "I visited one of our foster carers today (Friday 28 May). How long do I have to record the visit on LCS?", rel="today")
r("typos", "date", "fc_annual", "2025-04-30", "2025-05-06",
  "foster carers last anual review was 30.4.25 when is the next one")
r("indirect", "date", "fc_annual", "2024-02-29", "2025-01-20",
  "When is the next yearly review for a Trafford foster carer household (the one with the updated Safer Caring Policy and health and safety checklist) due if the last one was on 29 February 2024?")
r("manager", "date", "fc_panel3", "2023-08-31", "2026-06-10",
  "Carer's annual review last went to Fostering Panel on 31/08/2023 - no complaints or allegations since. When must a review next be presented to Panel at the latest?")
r("scenario", "date", "fc_checks3", "2024-02-29", "2026-10-05",
  "Our carers (approved 2019) had their medicals and statutory references updated on 29/02/2024, the same week as their annual review. Their DBS was done later, on 12/03/24. When are the medicals and references next due?")
r("typos", "date", "fc_training3", "2024-05-05", "2027-03-01",
  "whens core training due for a foster carer who last did it 5th may 2024")
r("newstarter", "date", "fc_training3", "2025-09-01", "2026-02-11",
  "How often do foster carers need to update their core training? One of my carers last completed it on 1 September 2025 - when would it next be due?")
r("manager", "date", "variation", "2025-12-19", "2025-12-19",
  "Child placed outside the carers' terms of approval today 19/12/25 under a Variation agreed by the Strategic Lead. When does the variation run out?",
  rel="today", amb=AVAR)
r("indirect", "date", "variation", "2026-04-02", "2026-04-01",
  "The Strategic Lead has agreed we can place a third child with carers who are only approved for two, starting Thursday 2 April 2026. Until what date does that permission last?",
  amb=AVAR)
r("scenario", "date", "temp_approval", "2025-12-22", "2026-01-05",
  "Two brothers moved in with their uncle on 22/12/25 and the ADM gave him temporary approval as a connected person foster carer that day. His panel date is pencilled for 12/03/26. When does the temporary approval expire if it isn't extended?")
r("newstarter", "date", "temp_approval", "2026-05-01", "2026-05-05",
  "Grandma was temporarily approved as a connected person foster carer on 1 May 2026. When does that temporary approval run out?")
r("manager", "date", "temp_approval_ext", "2027-01-06", "2027-04-20",
  "Connected carer temporary approval from 06/01/27 has been extended by the ADM for the further period allowed. What's the final end date?")

# ---------------------------------------------------------------- Case recording / open cases
r("typos", "date", "recording", "2026-12-24", "2026-12-24",
  "home visit done 24/12 - when does it have to be on the system by")
r("duty", "date", "recording", "2026-04-01", "2026-04-02",
  "contact w/ mum yday, recording deadline?", rel="yesterday")
r("duty", "date", "summary3m", "2025-11-30", "2026-01-12",
  "case summary last updated 30/11/25 - next update due?")
r("indirect", "date", "summary3m", "2026-05-22", "2026-06-01",
  "The short overview at the top of the child's file was last refreshed on 22 May 2026. When does it count as out of date?")
r("manager", "date", "summary3m", "2026-10-01", "2027-01-12",
  "Audit: case file summary last updated 01/10/26. By what date should it have been updated again?")
r("newstarter", "date", "assess12m", "2025-04-14", "2026-02-02",
  "The last authorised assessment on one of my children is dated 14 April 2025. By when does she need a new one so the assessment stays up to date?")

# ---------------------------------------------------------------- Ages
r("duty", "age", "advocate12", "2016-02-29", "2027-11-15",
  "child DOB 29/02/16 - when 12 for advocate offer at conf?")
r("scenario", "age", "advocate12", "2014-01-03", "2025-12-15",
  "Review conference coming up on 05/01/26 for a girl born 03/01/2014; her brother is 9. She wants to come along. From what date should she be offered an advocate?")
r("newstarter", "age", "advocate12", "2015-04-14", "2026-11-10",
  "Hello, I'm still learning about conferences. A boy on my caseload was born on 14 April 2015. From what date should he be offered an advocate to help him attend his child protection conference?")
r("typos", "age", "adopt_age6", "2020-04-10", "2026-03-16",
  "when does a kid born 10.4.2020 turn 6? trying to work out if hes still under 6 for the adoption sw and family finder")
r("indirect", "age", "adopt_age6", "2020-02-29", "2026-01-20",
  "We're thinking about pre-proceedings for a little girl born 29/02/2020. On what date does she stop being young enough to get an adoption social worker and family finder allocated?")
r("duty", "age", "pathway", "2010-06-17", "2025-11-03",
  "YP DOB 17/06/2010 - pathway plan start date?")
r("manager", "age", "pathway", "2011-08-31", "2027-03-08",
  "Audit: YP born 31/08/2011, pathway plan started 02/03/27 - was it started on time?", held="2027-03-02",
  amb="The 15 years 6 months point for a 31 August birthday falls on a day February lacks; counted as 28 Feb (could be read as 1 March).")
r("typos", "age", "pathway", "2011-06-25", "2026-09-14",
  "when does the pathway plan need starting for a yp born 25/6/2011")

# ---------------------------------------------------------------- Visits
r("duty", "visits", "cp_visit", "2025-12-19", "2025-12-19",
  "CP visit done today 19/12, next by?", rel="today")
r("newstarter", "visits", "cp_visit", "2026-08-03", "2026-08-12",
  "I last visited a child on a CP plan at home on the 3rd of this month and saw him on his own. When is my next visit due?", rel="dom:3")
r("typos", "visits", "cp_visit", "2026-04-03", "2026-04-08",
  "last cp vist was 3rd april, whens the next one due")
r("scenario", "visits", "cp_visit", "2026-12-24", "2027-01-06",
  "I saw the two boys at home on 24/12/2026 (they've been on CP plans since 30/10). I also saw them in school on 05/01/27, but not at home. When's the next statutory CP visit due?")
r("manager", "visits", "cp_visit", "2026-01-06", "2026-02-11",
  "CP visits (child seen at home) on 06/01/26 and then 10/02/26 - was the gap within the standard?", held="2026-02-10")
r("indirect", "visits", "cin_visit", "2025-11-20", "2025-11-24",
  "How often do I need to see a child whose family we support on a plan but who isn't on protection? Last home visit was 20 November 2025 - when's the next one due?")
r("newstarter", "visits", "cin_visit", "2026-04-03", "2026-04-07",
  "I last saw a child on a CIN plan at home on Friday 3 April (Good Friday - the family asked for it). When is my next visit due?")
r("duty", "visits", "cin_review", "2026-05-19", "2026-05-20",
  "cin review 19/5 - next by?")
r("typos", "visits", "cin_review", "2027-11-16", "2027-11-17",
  "last cin meeting was 16th nov when is next cin reveiw")
r("duty", "visits", "lac_visit_weekly", "2026-12-31", "2027-01-04",
  "LAC since 29/12/26, no review yet - visited 31/12, next stat visit by?")
r("indirect", "visits", "lac_visit_weekly", "2026-05-25", "2026-05-26",
  "A child has just come into our care and hasn't had her first review yet. I saw her yesterday - when must I see her again?",
  rel="yesterday")
r("scenario", "visits", "lac_visit_6wk", "2025-05-23", "2025-05-27",
  "Child in care since March; first LAC review was held 14/05/25 and the permanence plan isn't finalised. I visited her on 23/05/25 and she has family time with mum on 30/05. When's my next statutory visit due?")
r("manager", "visits", "lac_visit_6wk", "2025-11-11", "2026-01-05",
  "LAC visit 11/11/25, next statutory visit 24/12/25. Child had second review in Sept, permanence not yet finalised. In timescale?", held="2025-12-24")
r("typos", "visits", "lac_visit_12wk", "2026-10-07", "2026-10-12",
  "yp been in perm placement 2 yrs, settled, on 12 weekly visits, last one 7/10 when next")
r("newstarter", "visits", "lac_visit_12wk", "2027-03-26", "2027-04-01",
  "A young person has been settled in her permanent foster placement since 2023, so she's on 12-weekly visits. I last saw her on 26 March. When's the next visit due?")
r("duty", "visits", "adopt_visit_weekly", "2026-03-31", "2026-04-01",
  "adoptive placement 30/03/26, 1st stat visit done 31/03, next by?")
r("scenario", "visits", "adopt_visit_6wk", "2027-03-19", "2027-03-22",
  "Placed for adoption in January; the first LAC review after placement was 12/03/27. I visited on 19/03/27 and the adoption order hearing is listed for 28/05. When's my next visit due?")
r("indirect", "visits", "fc_visit", "2025-07-29", "2025-08-04",
  "When do I next need to go out to see my foster family as their supervising social worker? I last saw them on 29 July 2025.")
r("manager", "visits", "fc_visit", "2026-11-18", "2027-01-11",
  "FC supervisory visits 18/11/26 and 04/01/27 - within the six-weekly standard?", held="2027-01-04")
r("typos", "visits", "fc_unannounced", "2026-02-28", "2026-03-02",
  "unanounced visit to foster carers last done 28.2.26, when is next one due")
r("newstarter", "visits", "family_time_review", "2025-11-03", "2025-11-10",
  "How often do we need to review family time arrangements with mum and dad for a child in care? They were last reviewed on 3 November 2025 and the permanence plan isn't agreed yet.")
r("duty", "visits", "plo_review", "2025-12-15", "2025-12-16",
  "last review PLO mtg 15/12/25, next one by latest?", amb=APLOREV)
r("indirect", "visits", "plo_review", "2026-04-02", "2026-04-07",
  "We met the parents and their solicitor to review progress under pre-proceedings on 2 April 2026. By when do we need to hold the next one?", amb=APLOREV)

# ---------------------------------------------------------------- Choice
r("duty", "choice", ["core_group", "cin_deplan"], "2026-03-03", "2026-03-04",
  "conf 03/03/26, whats next due?")
r("typos", "choice", ["icpc_report_chair", "icpc_report_family"], "2026-01-12", "2025-12-29",
  "when does my report have to go out, conferance is 12/1/26")
r("newstarter", "choice", ["tl_review", "assess_complete"], "2025-12-10", "2025-12-11",
  "I started a Child and Family Assessment on 10 December 2025. When is it due?")
r("indirect", "choice", ["fc_annual", "fc_panel3"], "2025-07-20", "2025-08-04",
  "Our foster carers' review went to the fostering panel on 20/07/2025. When is their next review due?")
r("manager", "choice", ["plo_12wk", "plo_16wk"], "2026-02-02", "2026-03-09",
  "Family in PLO since the letter of 02/02/26. When is the case due back at a legal meeting?", amb=APLO)
r("scenario", "choice", ["temp_approval", "temp_approval_ext"], "2026-12-14", "2027-02-15",
  "Nan got temporary approval as a connected carer on 14/12/2026 when the two girls (DOB 01/04/2017 and 19/11/2019) moved in. Her full assessment is running late and the assessor says it may need more time. When does her temporary approval end?")
r("duty", "choice", ["cin_transfer", "cin_deplan"], "2026-06-02", "2026-06-03",
  "case to me as CIN 02/06/26, first CIN mtg by?")
r("indirect", "choice", ["iro_informal", "iro_formal"], "2026-12-09", "2026-12-10",
  "The reviewing officer challenged us on 09/12/26 about drift in the care plan. When does this have to be sorted out by?")
r("typos", "choice", ["placement_plan_copy", "care_plan"], "2026-12-28", "2026-12-29",
  "child placed 28/12/26 when does the plan have to be done by")

# ---------------------------------------------------------------- None
none("duty", "2026-01-13", "ICPC 12/01/26 - first RCPC due when?",
     ["The child protection chair will set the date of the next conference"],
     "the chair sets the date of the next conference; no interval is given.")
none("newstarter", "2025-10-20",
     "When is a child's second Looked After Review due? The first one was on 15 October 2025.",
     ["At the point of the second review (if not in proceedings) the child must have a permanency plan"],
     "only the initial review (20 working days) has a timescale; later reviews are 'in accordance with the timescales'.")
none("typos", "2026-02-09", "how often do i need supervision with my tl, last one was 2/2/26",
     ["monitored through supervision which takes place in line with the supervision policy"],
     "supervision frequency is left to the separate supervision policy.")
none("indirect", "2026-04-20",
     "How long after a missing episode do we have to have the chat with the young person once they're back? He went missing Friday night and came home Saturday 18/04.",
     ["The risk of going missing and child sexual exploitation will be considered and risk assessed"],
     "no return-interview timescale is set.")
none("scenario", "2027-03-15",
     "Final care planning meeting agreed adoption as the plan on 10/03/27 and the IRH is listed for 20/05/27. The child is 2 (DOB 14/08/2024). By what date does the SHOPBA have to be held?",
     ["This needs to take place after the area teams final care planning meeting"],
     "SHOPBA must fall between the final care planning meeting and legal's IRH paperwork deadline; no number of days is set.")
none("manager", "2025-11-12",
     "Strategy discussion 05/11/25 - by when should the record have gone to all participating professionals?",
     ["the plan for the enquiries and decisions recorded and a record sent to all participating professionals"],
     "the record must be sent but no timescale is set.")
none("manager", "2026-04-09",
     "Level 2 contact passed to Early Help on 07/04/26 - by when should the Early Help TL have recorded the initial decision on action?",
     ["Initial decisions will be made about the action required by an Early Help Team Leader"],
     "the 1 working day timescale applies to Level 4 & 5 decisions; none is given for Level 1-3 / Early Help.")
none("duty", "2025-12-01", "chronology - how often update? last done 1/9/25",
     ["A chronology of significant events and their impact that includes risk and protective factors"],
     "no update interval for the chronology (the 3-month rule is for the case file summary).")
none("newstarter", "2026-05-11",
     "When should the Later Life Letter be finished for a child placed for adoption on 4 May 2026?",
     ["The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child"],
     "no timescale for life story work or the later life letter.")
none("indirect", "2027-07-20",
     "We told the family today (20/07/27) that the pre-proceedings process is ending because things have improved. By when do we need to hold the meeting with them and their solicitor about it?",
     ["If threshold is no longer met the PLO process should end and a meeting with parents and their legal representation will be held"],
     "the end-of-PLO meeting has no timescale.")
none("typos", "2026-06-15",
     "placement is wobbly, carers said today they might give notice - how quick does the support meeting have to be?",
     ["If there is an indication of instability in a placement plan a Support Meeting will be held"],
     "no timescale for the placement Support Meeting.")
