# Structured descriptions of each question. oracle.py computes due/count.
# calc forms:
#   ("wd", start, n)   N working days after        ("wdb", meeting, n) N working days before
#   ("d", start, n)    N calendar days after        ("db", meeting, n)  N calendar days before
#   ("w", start, n)    N weeks after                ("m", start, n)     N months after
#   ("same", start)    same day                     ("age", dob, years[, months])
#   ("choice", calcA, calcB, labelA, labelB)        None -> kind none
# rel: [(expression, iso)] relative-date claims checked against `today`
# wk:  {iso: "Mon"} weekday claims made in the question text, checked

P = {
    "contacts": "decisions made by what action are required by a Team Leader within 1 working day",
    "initial_dec": "Initial decisions will be made about the action required within 1 working day",
    "referrals": "Referrals will be actioned by a social worker within 1 working day",
    "s47_seen": "the child / children will be seen by the Social Worker the same day",
    "s47_5": "Within 5 days of the Section 47 being initiated",
    "alloc3": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
    "tl15": "All assessments will be reviewed by the Team Leader within 15 working days",
    "ass45": "Assessments must all be completed within 45 days",
    "strat1": "strategy discussion is required, this must happen within 1 working day",
    "strat24": "A strategy discussion within 24 hours involving all relevant agencies",
    "transfer5": "notify the Neighbourhood Team via email, giving at least 5 days",
    "jointvisit": "will complete a joint visit to the home to introduce the new worker",
    "icpc15": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
    "rep_family": "The report will be shared with family at least 3 the days prior to conference",
    "rep_chair": "The report will be sent to the child protection chair 3 working days before the conference",
    "cg10": "held within 10 days of the conference",
    "cpvisit": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
    "cphome": "unless the child was seen at home",
    "rcpc_parents": "This report must be shared with parents at least 3 days prior to the review conference",
    "rcpc_chair": "The report will be available to the conference chair at least 3 days prior to the review conference",
    "ptt12": "when they have been subject to a plan for 12 months, a professional thinking time meeting",
    "plo10": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
    "fgc3": "Referral should be made within 3 working days of the first PLO meeting",
    "viab3": "Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
    "plomin7": "distributed to parents and their legal representation within 7 days of the meeting",
    "ploreview": "Review PLO meetings with parents to be held every 4-6 weeks",
    "lpm12": "A review legal planning meeting will be held at 12 weeks",
    "ext4": "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
    "lg16": "If the case remains in PLO a Legal Gateway meeting will be convened at 16 weeks",
    "cin20": "will set the first CIN meeting within 20 days",
    "cin10": "the initial CIN meeting must take place within 10 days",
    "cinreview": "CIN review meetings will be held at least every 6 weeks",
    "cinvisit": "A child subject to a CIN plan will be seen at least every 6 weeks",
    "cinhome": "The visit can only be recorded as a CIN visit",
    "emerg20": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
    "visit1": "The child will be visited within 1 working day of coming into care or having a change in placement",
    "seen1": "All looked after children will be seen within 1 working day of placement",
    "pm3": "The placement meeting will be held within 3 working days",
    "pp5": "an updated copy given to the carers within 5 working days of the placement beginning",
    "ft8": "reviewed at least every 8 week until the plan for permanence is agreed",
    "pack3": "coming into care pack, children rights leaflet within 3 weeks",
    "legal5": "legal status within 5 working days",
    "legal5b": "All other professionals involved with the child will be informed",
    "iha20": "An initial health assessment will be requested and carried out within 20 working days",
    "pep20": "A PEP meeting will be arranged within the school within 20 days",
    "lacweekly": "Statutory looked after visits must happen weekly until the first looked after review",
    "lac6": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
    "lac12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
    "careplan10": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
    "lacr20": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
    "pathway": "A pathway plan will be started when the young person is 15 years 6 months",
    "iroreport": "this will be with the IRO 3 days before the review",
    "advocate": "if they are 12 or over they should be offered an advocate",
    "under6": "If a child under the age of 6 enters PLO or proceedings",
    "iro5": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
    "iro20": "The formal dispute resolution process should be completed from start to finish within 20 working days",
    "adoptweekly": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
    "adopt6": "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
    "adopt10": "Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
    "fcvisit": "Trafford foster carers are visited at least once every six weeks",
    "fcrecord": "a record of this visit is recorded on LCS within 3 working days",
    "fcunann": "All Trafford foster carers will have an unannounced visit at least once every 12 months",
    "fcannual": "All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
    "fcpanel": "Every foster carer will have an annual review presented to the Fostering Panel at least every three years",
    "fcdbs": "All foster carers will have updated statutory references, medicals and DBS checks at least every three years",
    "fctrain": "All Trafford foster carers must update their core training at least every three years",
    "variation": "This can only be given for up to 6 working days",
    "temp16": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
    "record3": "any event or contact is recorded within 3 days",
    "summary3": "A clear and concise case file summary which has been updated within the last 3 months",
    "assess12": "An up to date assessment (within the last 12 months) on each child",
    # none rows: nearest relevant text (no timescale in it)
    "n_rcpc": "The child protection chair will set the date of the next conference",
    "n_second": "At the point of the second review (if not in proceedings) the child must have a permanency plan",
    "n_newlac": "a new LAC review will be set in accordance with the timescales",
    "n_superv": "The progress of the CIN plan should be monitored through supervision which takes place in line with the supervision policy",
    "n_cg": "targets agreed and outcomes expected are reviewed at every core group",
    "n_shopba": "This needs to take place after the area teams final care planning meeting",
    "n_eh": "Initial decisions will be made about the action required by an Early Help Team Leader",
    "n_iro": "The IRO will contact the child between reviews to ensure the progress of the plan",
    "n_llL": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
    "n_swet": "the timescales for filing SWET and additional supporting documents will be agreed at the Legal Gateway meeting",
}

A45 = ("The standard says '45 days' (read here as calendar days); statutory guidance uses 45 working days, "
       "which would give a later date.")

ROWS = []


def R(voice, kind, today, q, calc, ph, amb=None, rel=None, wk=None):
    ROWS.append({"voice": voice, "kind": kind, "today": today, "q": q, "calc": calc,
                 "ph": [P[k] for k in ph], "amb": amb, "rel": rel or [], "wk": wk or {}})


# ---------------- Front Door ----------------
R("duty", "date", "2025-12-24", "contact in 24/12/25 am - TL decision needed by when?",
  ("wd", "2025-12-24", 1), ["contacts", "initial_dec"])
R("typos", "date", "2026-04-02", "contact come in on thursday 2nd april, when does the TL decishun need to be made by",
  ("wd", "2026-04-02", 1), ["contacts", "initial_dec"], wk={"2026-04-02": "Thu"})
R("newstarter", "date", "2026-05-22",
  "Hello, sorry if this is a basic question. A referral came through to me on duty today (Friday 22nd May). "
  "By when should I have actioned it as the social worker?",
  ("wd", "2026-05-22", 1), ["referrals"], wk={"2026-05-22": "Fri"})
R("indirect", "date", "2026-12-24",
  "a school emailed the front door this morning (christmas eve) worried about a boy - when does a manager "
  "have to have decided what happens with it?",
  ("wd", "2026-12-24", 1), ["contacts", "initial_dec"])
R("manager", "date", "2027-04-12",
  "Contact received Thu 01/04/2027, TL decision recorded Tue 06/04/2027. Was that in timescale?",
  ("wd", "2027-04-01", 1), ["contacts", "initial_dec"], wk={"2027-04-01": "Thu", "2027-04-06": "Tue"})
R("scenario", "date", "2025-08-22",
  "Police referral about a 9 year old came in to CFR on Friday 22 August 2025. Sibling's previous CIN "
  "case closed 14/03/2025. By what date does a social worker have to action the referral?",
  ("wd", "2025-08-22", 1), ["referrals"], wk={"2025-08-22": "Fri"})

# ---------------- S47 same day / 5 days ----------------
R("duty", "date", "2026-02-10", "s47 agreed 11am today - child seen by when?",
  ("same", "2026-02-10"), ["s47_seen"])
R("typos", "date", "2025-12-31", "s47 started on 30/12/25, when do i need to discuss progress with my manger",
  ("d", "2025-12-30", 5), ["s47_5"])
R("manager", "date", "2025-04-23",
  "S47 initiated 14/04/2025; SW/TL progress discussion recorded 22/04/2025. Within the standard?",
  ("d", "2025-04-14", 5), ["s47_5"])
R("indirect", "date", "2027-05-27",
  "we started the child protection enquiries on tuesday 25 may - by when do me and my manager have to sit down "
  "and go through how they're going?",
  ("d", "2027-05-25", 5), ["s47_5"], wk={"2027-05-25": "Tue"})

# ---------------- allocation / assessments ----------------
R("scenario", "date", "2026-12-23",
  "Referral came into CFR on Wednesday 23rd December about a 7 year old (DOB 02/03/2019) and the TL decided "
  "the same day it needs a C&F assessment. Mum's last assessment closed on 10/11/2026. By when should the "
  "case be allocated to a worker?",
  ("wd", "2026-12-23", 3), ["alloc3"], wk={"2026-12-23": "Wed"})
R("newstarter", "date", "2025-05-02",
  "Hi, I'm new to CFR. The team leader decided today (2nd May 2025) that a referral needs a Child and Family "
  "Assessment. How long does she have to allocate it to someone?",
  ("wd", "2025-05-02", 3), ["alloc3"])
R("duty", "date", "2026-03-23", "C&F started 20/3/26 - TL review due?",
  ("wd", "2026-03-20", 15), ["tl15"])
R("indirect", "date", "2025-12-18",
  "when does my manager need to have looked over the assessment I started on 17 Dec? not the final sign off, "
  "the check partway through",
  ("wd", "2025-12-17", 15), ["tl15"])
R("manager", "date", "2027-05-04",
  "Assessment start 07/04/2027, TL review case note 30/04/2027. Within the 15 WD?",
  ("wd", "2027-04-07", 15), ["tl15"])
R("typos", "date", "2025-12-01", "c&f asessment started 28/11/25 whens it got to be done by",
  ("d", "2025-11-28", 45), ["ass45"], amb=A45)
R("scenario", "date", "2026-07-20",
  "I picked up a C&F assessment last week. The referral came in on 13 July 2026, the strategy discussion was "
  "14 July and the assessment itself was started on 15 July. When does it have to be completed?",
  ("d", "2026-07-15", 45), ["ass45"], amb=A45)
R("manager", "date", "2027-01-20",
  "C&F assessment commenced 01/12/2026, authorised 19/01/2027. Within the 45 day standard?",
  ("d", "2026-12-01", 45), ["ass45"], amb=A45)

# ---------------- strategy discussion ----------------
R("duty", "date", "2025-12-19", "mgmt decision for strat fri 19/12/25 - strat by?",
  ("wd", "2025-12-19", 1), ["strat1"], wk={"2025-12-19": "Fri"},
  amb="The S47 section says a strategy discussion 'within 24 hours', which would be Sat 2025-12-20; the Front Door section says within 1 working day (used here).")
R("indirect", "date", "2026-01-07",
  "my manager has said we need the meeting with police and health to plan the enquiries - she decided at 3pm "
  "today (wed). by when does that meeting have to happen?",
  ("wd", "2026-01-07", 1), ["strat1", "strat24"], wk={"2026-01-07": "Wed"})
R("typos", "date", "2026-04-30", "strat disscusion needed, TL decided thurs 30/4, when by",
  ("wd", "2026-04-30", 1), ["strat1", "strat24"], wk={"2026-04-30": "Thu"})

# ---------------- transfer to Neighbourhood Team ----------------
R("scenario", "date", "2027-08-26",
  "Our C&F assessment says CIN so the case is moving to a Neighbourhood Team. I emailed the NT today, "
  "Thursday 26/8, to give notice. The family's next appointment at the clinic is 2 September. By when do "
  "I and the new worker need to have done the joint visit?",
  ("d", "2027-08-26", 5), ["transfer5", "jointvisit"], wk={"2027-08-26": "Thu"},
  amb="Read as calendar days ('5 days' notice'); a reader counting working days would get a later date.")

# ---------------- ICPC ----------------
R("duty", "date", "2025-12-18", "strat 18/12/25, icpc by?",
  ("wd", "2025-12-18", 15), ["icpc15"])
R("typos", "date", "2026-04-07", "strat was 3.4.26 (yes on good friday) when does icpc need to be by",
  ("wd", "2026-04-03", 15), ["icpc15"])
R("scenario", "date", "2027-04-30",
  "Strategy discussion held Thursday 22 April 2027 about a 4 year old (DOB 11/06/2022). The S47 finished on "
  "29 April and the outcome is to go to conference. Mum says she can't do anything on 3 May. What's the "
  "latest date the ICPC can be?",
  ("wd", "2027-04-22", 15), ["icpc15"], wk={"2027-04-22": "Thu"})
R("indirect", "date", "2026-03-24",
  "we had the police/health/school meeting about the bruising on Friday 20th March and the enquiries say it "
  "needs to go to the big multi-agency meeting where they decide if there's a protection plan. whats the "
  "latest that can be?",
  ("wd", "2026-03-20", 15), ["icpc15"], wk={"2026-03-20": "Fri"})
R("newstarter", "date", "2026-08-12",
  "Could someone explain the timescale for an Initial Child Protection Conference please? Our initial "
  "strategy discussion was yesterday, 11th August.",
  ("wd", "2026-08-11", 15), ["icpc15"], rel=[("yesterday", "2026-08-11")])
R("manager", "date", "2026-01-22", "ICPC held 21/01/26 - strat was 02/01/26. In timescale?",
  ("wd", "2026-01-02", 15), ["icpc15"])
R("manager", "date", "2027-12-13", "Strat 10/12/2027, ICPC booked for 05/01/2028 - within timescale?",
  ("wd", "2027-12-10", 15), ["icpc15"])
R("duty", "date", "2026-04-01", "strat was last friday - icpc deadline?",
  ("wd", "2026-03-27", 15), ["icpc15"], rel=[("last friday", "2026-03-27")])
R("typos", "date", "2025-05-20", "icpc dedline pls, inital strat 9th may",
  ("wd", "2025-05-09", 15), ["icpc15"])

# ---------------- ICPC reports ----------------
R("typos", "date", "2025-12-29", "icpc is on mon 5th jan when do i have to share my report with the famly",
  ("db", "2026-01-05", 3), ["rep_family"], wk={"2026-01-05": "Mon"})
R("newstarter", "date", "2026-05-26",
  "Hi all, my first conference is an ICPC on Tuesday 2 June. By what date should the parents have seen my report?",
  ("db", "2026-06-02", 3), ["rep_family"], wk={"2026-06-02": "Tue"})
R("duty", "date", "2026-03-27", "ICPC tues 7/4/26 - report to chair by?",
  ("wdb", "2026-04-07", 3), ["rep_chair"], wk={"2026-04-07": "Tue"})
R("indirect", "date", "2026-12-14",
  "The conference for the 2 children is on Wed 30 Dec - when does my written report have to get to the person chairing it?",
  ("wdb", "2026-12-30", 3), ["rep_chair"], wk={"2026-12-30": "Wed"})
R("manager", "date", "2027-05-05",
  "ICPC Tue 04/05/2027; SW report reached the CP chair on 29/04. Compliant?",
  ("wdb", "2027-05-04", 3), ["rep_chair"], wk={"2027-05-04": "Tue"})
R("manager", "date", "2026-05-05",
  "ICPC is tomorrow and the chair says she's only just got the report today. By what date should she have had it?",
  ("wdb", "2026-05-06", 3), ["rep_chair"], rel=[("tomorrow", "2026-05-06")])

# ---------------- core group ----------------
R("duty", "date", "2025-12-18", "ICPC 18/12/25 - 1st CG by?",
  ("d", "2025-12-18", 10), ["cg10"])
R("typos", "date", "2027-03-26", "child went on a cp plan at confrence today 26.3 when has the 1st core group gotta happen",
  ("d", "2027-03-26", 10), ["cg10"])
R("scenario", "date", "2026-05-20",
  "ICPC was yesterday (Tuesday 19 May) for two siblings, DOBs 04/01/2018 and 22/09/2021; both are now on CP "
  "plans under neglect. The chair set the review conference for August. When must the first core group be held?",
  ("d", "2026-05-19", 10), ["cg10"], rel=[("yesterday", "2026-05-19")], wk={"2026-05-19": "Tue"})
R("indirect", "date", "2027-08-04",
  "after the meeting on 3rd Aug where the kids were put on a plan, when does the smaller group with the family "
  "and school need to meet for the first time?",
  ("d", "2027-08-03", 10), ["cg10"])
R("manager", "date", "2026-12-15", "ICPC 01/12/2026, first core group held 14/12/2026 - in timescale?",
  ("d", "2026-12-01", 10), ["cg10"])
R("newstarter", "date", "2027-01-06",
  "Apologies if I've got the terms muddled - the Initial Child Protection Conference was on Monday and the "
  "child is on a plan. When does the first core group have to be held?",
  ("d", "2027-01-04", 10), ["cg10"], rel=[("on monday", "2027-01-04")])

# ---------------- CP visits (visits) ----------------
R("duty", "visits", "2026-03-05", "cp visit done 4/3, next by?", ("w", "2026-03-04", 4), ["cpvisit"])
R("typos", "visits", "2026-01-05", "last seen child on cp plan at home 22nd dec, when is next statutry visit due",
  ("w", "2025-12-22", 4), ["cpvisit"])
R("scenario", "visits", "2026-04-21",
  "I visited a 6 year old on a CP plan at home on 2 April and saw her on her own. I also saw her at school "
  "yesterday (20 April) but not at home. When is the next statutory CP visit due?",
  ("w", "2026-04-02", 4), ["cpvisit", "cphome"], rel=[("yesterday", "2026-04-20")])
R("manager", "visits", "2027-02-10", "CP visits on file 05/01/2027 then 09/02/2027. Was the second one within standard?",
  ("w", "2027-01-05", 4), ["cpvisit"])
R("indirect", "visits", "2026-09-01",
  "how long can I leave it between home visits for a child on a protection plan? last one was 28th August",
  ("w", "2026-08-28", 4), ["cpvisit"])

# ---------------- review CP conference reports ----------------
R("typos", "date", "2025-12-15", "review cp confrence is 29/12 when do parents need the plan update",
  ("db", "2025-12-29", 3), ["rcpc_parents"])
R("manager", "date", "2026-06-02",
  "RCPC Mon 01/06/2026; plan update went to the chair Fri 29/05. OK?",
  ("db", "2026-06-01", 3), ["rcpc_chair"], wk={"2026-06-01": "Mon", "2026-05-29": "Fri"})
R("indirect", "date", "2027-03-30",
  "the second conference (the one that checks how the protection plan is going) is on 12/04/27 - by when "
  "does the chair need my update?",
  ("db", "2027-04-12", 3), ["rcpc_chair"])
R("duty", "date", "2027-12-20", "RCPC 29/12/27 - plan update to parents by?",
  ("db", "2027-12-29", 3), ["rcpc_parents"])

# ---------------- 12 months on a plan ----------------
R("scenario", "date", "2026-11-02",
  "The children went on CP plans at ICPC on 30 January 2026. Things haven't moved much; the last review "
  "conference was 24/07/2026. When do they hit the point where a professional thinking time meeting should "
  "be considered?",
  ("m", "2026-01-30", 12), ["ptt12"])
R("newstarter", "date", "2025-02-10",
  "What is a professional thinking time meeting and when would one be due? The child became subject to a "
  "plan on 29/02/2024.",
  ("m", "2024-02-29", 12), ["ptt12"])

# ---------------- PLO ----------------
R("newstarter", "date", "2025-12-19", "Hello, I've not done PLO before. Our PLO letter is dated today, 19 December 2025. By when should the first PLO meeting with the parents and their solicitor take place?", ("d", "2025-12-19", 10), ["plo10"])
R("typos", "date", "2026-03-30", "plo leter sent 27/3 when does the first meetin with parents and solicitor have to be",
  ("d", "2026-03-27", 10), ["plo10"])
R("indirect", "date", "2027-05-17",
  "we sent the letter before proceedings to mum on 14 May - when do we have to meet with her and her lawyer?",
  ("d", "2027-05-14", 10), ["plo10"])
R("manager", "date", "2025-08-20", "PLO letter dated 01/08/2025, first PLO meeting 13/08/2025. In timescale?",
  ("d", "2025-08-01", 10), ["plo10"])
R("scenario", "date", "2026-12-07",
  "Legal Gateway on 2 Dec agreed PLO and the letter went out dated 4 December 2026. Dad says he can't make "
  "anything before the 20th. What's the latest the first PLO meeting should be?",
  ("d", "2026-12-04", 10), ["plo10"])
R("typos", "date", "2027-08-10", "plo letter dated the 3rd, when we meant to have the 1st plo meeting by",
  ("d", "2027-08-03", 10), ["plo10"], rel=[("the 3rd", "2027-08-03")])
R("duty", "date", "2025-12-24", "1st PLO mtg today, no FGC yet - FGC referral by?",
  ("wd", "2025-12-24", 3), ["fgc3"])
R("newstarter", "date", "2027-04-01",
  "Hello! Our first PLO meeting was today (Thursday 1 April) and the parents agreed to a family group "
  "conference. How quickly do I need to make the referral?",
  ("wd", "2027-04-01", 3), ["fgc3"], wk={"2027-04-01": "Thu"})
R("scenario", "date", "2026-05-22",
  "Initial PLO meeting this morning, Friday 22 May. Maternal gran was put forward at the meeting as a possible "
  "carer; her 60th is on 1 June. When do I need the viability screening request in to Family Placement?",
  ("wd", "2026-05-22", 3), ["viab3"], wk={"2026-05-22": "Fri"})
R("indirect", "date", "2027-08-12",
  "at the first meeting under pre-proceedings today (12/08) an aunt was named as someone who could look after "
  "the baby - when do I have to ask the family placement team to screen her?",
  ("wd", "2027-08-12", 3), ["viab3"])
R("typos", "date", "2026-12-23", "plo mtg was 23/12 when do minits have to go to parents + solictor",
  ("d", "2026-12-23", 7), ["plomin7"])
R("manager", "date", "2027-04-07", "First PLO meeting 26/03/2027, minutes distributed 06/04/2027. Compliant?",
  ("d", "2027-03-26", 7), ["plomin7"])
R("scenario", "date", "2026-01-12",
  "We went into PLO with the initial meeting on 7 January 2026; parents both attended with solicitors. "
  "The next hearing in the sibling's private law case is 2 March. When is the review legal planning meeting due?",
  ("w", "2026-01-07", 12), ["lpm12"],
  amb="'At 12 weeks' does not name the start; counted from the first PLO meeting, the only PLO date given.")
R("duty", "date", "2026-04-02", "entered PLO 01/04/26 (1st mtg) - legal gateway at 16 wks = ?",
  ("w", "2026-04-01", 16), ["lg16"])
R("newstarter", "date", "2027-03-19",
  "We're in PLO and at the 12 week review legal planning meeting yesterday (18/03) a further period was agreed "
  "because of exceptional circumstances. How long is that and when would it end?",
  ("w", "2027-03-18", 4), ["ext4"], rel=[("yesterday", "2027-03-18")])
R("duty", "visits", "2026-02-11", "plo review last 10/2 - next by?", ("w", "2026-02-10", 6), ["ploreview"],
  amb="The standard says every 4-6 weeks; due is the outer 6-week limit (4 weeks would be 2026-03-10).")

# ---------------- CIN ----------------
R("duty", "date", "2025-12-17", "deplanned at RCPC 17/12/25 - 1st CIN mtg by?", ("d", "2025-12-17", 20), ["cin20"])
R("indirect", "date", "2026-03-27",
  "the conference yesterday decided the kids no longer need a protection plan - when does the first meeting "
  "under the lower level plan have to be?",
  ("d", "2026-03-26", 20), ["cin20"], rel=[("yesterday", "2026-03-26")])
R("typos", "date", "2027-08-23", "case transfered from CFR on 20/8 when must the inital cin meeting be",
  ("d", "2027-08-20", 10), ["cin10"])
R("scenario", "date", "2026-12-23",
  "Case came over to our Neighbourhood Team from Children's First Response today, Wednesday 23 December (the "
  "joint visit was 21 Dec). The youngest has a hospital appointment on 5 January. When is the initial CIN "
  "meeting due?",
  ("d", "2026-12-23", 10), ["cin10"], wk={"2026-12-23": "Wed"})
R("manager", "date", "2026-06-16", "Transferred from CFR 03/06/2026, initial CIN meeting 15/06/2026 - in timescale?",
  ("d", "2026-06-03", 10), ["cin10"])
R("newstarter", "date", "2025-04-17",
  "Hi, at the review conference on 17th April 2025 the chair ended the child protection plan and said it's "
  "CIN now. When should the first Child in Need meeting be?",
  ("d", "2025-04-17", 20), ["cin20"])
R("newstarter", "visits", "2026-01-05",
  "How often do Child in Need review meetings need to happen? The last one was 16 December.",
  ("w", "2025-12-16", 6), ["cinreview"])
R("typos", "visits", "2026-04-02", "cin visit last done 1st april at home, when next one",
  ("w", "2026-04-01", 6), ["cinvisit"])
R("scenario", "visits", "2027-08-23",
  "I saw a 10 year old on a CIN plan at home on 22/07/2027, and then at school on 20/08/2027 because mum "
  "cancelled the home visit. When is the next CIN visit due?",
  ("w", "2027-07-22", 6), ["cinvisit", "cinhome"])
R("indirect", "visits", "2026-12-31",
  "child's on a plan under section 17 (not protection) - saw her at home last tuesday, how long have I got "
  "till I have to see her again?",
  ("w", "2026-12-29", 6), ["cinvisit"], rel=[("last tuesday", "2026-12-29")])

# ---------------- Children in care ----------------
R("scenario", "date", "2026-12-21",
  "A 14 year old came into care as an emergency on Saturday 19 December 2026 after police protection. "
  "There's no current C&F assessment (the last one was 2023). When must the assessment be completed?",
  ("wd", "2026-12-19", 20), ["emerg20"], wk={"2026-12-19": "Sat"})
R("duty", "date", "2027-03-31", "unplanned LAC admission 31/3/27 - assessment due?",
  ("wd", "2027-03-31", 20), ["emerg20"])
R("typos", "date", "2025-12-24", "kid came into care on 24th dec when do i have to visit",
  ("wd", "2025-12-24", 1), ["visit1", "seen1"])
R("indirect", "date", "2026-08-28",
  "her foster placement broke down and she moved to a new carer today (friday) - when do I have to see her "
  "in the new home?",
  ("wd", "2026-08-28", 1), ["visit1", "seen1"], wk={"2026-08-28": "Fri"})
R("manager", "date", "2026-04-08", "Child placed Thu 02/04/2026, first SW visit Tue 07/04/2026. Compliant?",
  ("wd", "2026-04-02", 1), ["visit1", "seen1"], wk={"2026-04-02": "Thu", "2026-04-07": "Tue"})
R("newstarter", "date", "2025-12-29",
  "Sorry to bother everyone - a child on my caseload came into care yesterday evening (Sunday). When do I "
  "need to visit her by?",
  ("wd", "2025-12-28", 1), ["visit1", "seen1"], rel=[("yesterday", "2025-12-28")],
  amb="Child came into care on a Sunday; some would start the 1 working day on Monday and say Tuesday 2025-12-30.")
R("duty", "date", "2026-12-24", "placed thurs 24/12 - placement mtg by?", ("wd", "2026-12-24", 3), ["pm3"],
  wk={"2026-12-24": "Thu"})
R("newstarter", "date", "2025-04-30",
  "A little boy I work with was placed with foster carers today, Wednesday 30 April. When should the "
  "placement meeting be held?",
  ("wd", "2025-04-30", 3), ["pm3"], wk={"2025-04-30": "Wed"})
R("indirect", "date", "2027-06-01",
  "the carers still haven't got the updated paperwork from the meeting about how the placement works - child "
  "arrived with them 26/05. by when should they have had it?",
  ("wd", "2027-05-26", 5), ["pp5"])
R("scenario", "date", "2026-04-09",
  "Child placed on Good Friday (3 April 2026) with connected carers after temporary approval by the ADM. The "
  "placement meeting was Wednesday 8 April. By when must the carers have the updated placement plan?",
  ("wd", "2026-04-03", 5), ["pp5"], wk={"2026-04-08": "Wed"})
R("typos", "visits", "2025-12-16", "family time arrangmnts last reviewed 15/12 whens next reveiw",
  ("w", "2025-12-15", 8), ["ft8"])
R("manager", "visits", "2027-04-07",
  "Family time reviewed 02/02/2027 then 06/04/2027; no permanence plan agreed yet. Within standard?",
  ("w", "2027-02-02", 8), ["ft8"])
R("newstarter", "date", "2026-03-23",
  "What's the deadline for giving a child their coming into care pack? He came into care on 21 March 2026.",
  ("w", "2026-03-21", 3), ["pack3"])
R("indirect", "date", "2027-12-13",
  "when do I need to have given her the welcome pack and the leaflet about her rights? she became looked after "
  "on 10/12/27",
  ("w", "2027-12-10", 3), ["pack3"])
R("duty", "date", "2026-12-21", "LAC from today 21/12 - other profs told legal status by?",
  ("wd", "2026-12-21", 5), ["legal5", "legal5b"])
R("scenario", "date", "2027-05-14",
  "A 3 year old became looked after under an ICO yesterday, Thursday 13 May 2027; the hearing was originally "
  "listed for 10 May. When do all the other professionals need to be told her legal status?",
  ("wd", "2027-05-13", 5), ["legal5", "legal5b"], rel=[("yesterday", "2027-05-13")], wk={"2027-05-13": "Thu"})
R("typos", "date", "2025-03-19", "IHA for child who came into care 18/3/25, when does it need doing by",
  ("wd", "2025-03-18", 20), ["iha20"])
R("newstarter", "date", "2026-08-07",
  "Hi, a child on my caseload became looked after on 6 August 2026. When should his initial health "
  "assessment be carried out by?",
  ("wd", "2026-08-06", 20), ["iha20"])
R("manager", "date", "2026-01-05", "Child LAC 27/11/2025, IHA completed 23/12/2025. Within timescale?",
  ("wd", "2025-11-27", 20), ["iha20"])
R("duty", "date", "2026-07-16", "LAC 15/7/26 - PEP by?", ("d", "2026-07-15", 20), ["pep20"],
  amb="The PEP sentence does not name the start event; counted from the day the child became looked after.")
R("indirect", "date", "2025-12-23",
  "she came into care yesterday and is at the local primary - by when does the meeting at school about her "
  "education plan need to be?",
  ("d", "2025-12-22", 20), ["pep20"], rel=[("yesterday", "2025-12-22")],
  amb="The PEP sentence does not name the start event; counted from the day the child became looked after.")
R("typos", "date", "2027-03-22", "care plan on lcs when due - placed 19th march",
  ("d", "2027-03-19", 10), ["careplan10"])
R("scenario", "date", "2025-12-30",
  "Twins were placed in foster care on 28 December 2025 (they turn 5 on 2 January). The placement meeting is "
  "booked for 2 January. When does the care plan need to be on LCS?",
  ("d", "2025-12-28", 10), ["careplan10"])
R("manager", "date", "2026-08-27", "Placement 14/08/2026, care plan recorded 26/08/2026 - compliant?",
  ("d", "2026-08-14", 10), ["careplan10"])
R("duty", "date", "2025-12-12", "became LAC 12/12/25 - ILACR by?", ("wd", "2025-12-12", 20), ["lacr20"])
R("typos", "date", "2027-03-29", "when is the first lac review due? child in care since 25/3",
  ("wd", "2027-03-25", 20), ["lacr20"])
R("indirect", "date", "2026-05-06",
  "the first big review with the IRO after a child comes into care - when has it got to be by? she became "
  "looked after on the bank holiday monday (4 May)",
  ("wd", "2026-05-04", 20), ["lacr20"])
R("newstarter", "date", "2027-12-10",
  "Could I check when the initial Looked After Review is due? The child became looked after on 9th December 2027.",
  ("wd", "2027-12-09", 20), ["lacr20"])
R("manager", "date", "2026-08-17",
  "Child became looked after 20/07/2026, initial LAC review held 14/08/2026. In timescale?",
  ("wd", "2026-07-20", 20), ["lacr20"])
R("scenario", "date", "2025-08-18",
  "Child came into care on 1 August 2025 under s20 and had to move placement on 15 August. Her brother came "
  "in on 10 August. When is her initial LAC review due?",
  ("wd", "2025-08-01", 20), ["lacr20"])
R("typos", "date", "2026-12-29", "lac review is 04/01 when does my report have to be with the iro",
  ("db", "2027-01-04", 3), ["iroreport"])
R("manager", "date", "2025-04-16", "LAC review 15/04/2025; SW report sent to IRO 14/04/2025. OK?",
  ("db", "2025-04-15", 3), ["iroreport"])
R("duty", "date", "2026-08-24", "lac rev mon 31/8 - report to IRO by?", ("db", "2026-08-31", 3), ["iroreport"],
  wk={"2026-08-31": "Mon"})

# LAC visits (visits)
R("duty", "visits", "2025-12-24", "LAC visits weekly pre 1st review - last 23/12, next?",
  ("w", "2025-12-23", 1), ["lacweekly"])
R("scenario", "visits", "2026-04-08",
  "A 12 year old came into care on 2 March 2026 and his first LAC review was 26 March. I last visited him in "
  "placement on 7 April. The plan for permanence isn't finalised. When's the next statutory visit due?",
  ("w", "2026-04-07", 6), ["lac6"])
R("indirect", "visits", "2026-12-11",
  "he's been with the same long-term carers since 2023 and it's agreed as his permanent home - I last saw him "
  "there on 10 Dec, when do I next have to?",
  ("w", "2026-12-10", 12), ["lac12"])
R("newstarter", "visits", "2027-01-20",
  "I'm a bit confused about looked after visit frequency. The child came into care on 5 Jan 2027 and hasn't "
  "had her first review yet. I saw her on 19th Jan - when should my next visit be?",
  ("w", "2027-01-19", 1), ["lacweekly"])
R("manager", "visits", "2026-03-23",
  "LAC visits (after first review, permanence not finalised): 03/02/2026 then 21/03/2026. Within standard?",
  ("w", "2026-02-03", 6), ["lac6"])

# ---------------- ages ----------------
R("newstarter", "age", "2026-01-12", "Hi, could someone tell me when I should start the pathway plan for a young person in care whose date of birth is 17/10/2010?", ("age", "2010-10-17", 15, 6), ["pathway"])
R("newstarter", "age", "2026-09-02",
  "Hello, when should I start a pathway plan for a young person born on 31 August 2011?",
  ("age", "2011-08-31", 15, 6), ["pathway"],
  amb="31 Aug + 15 years 6 months has no 31 Feb; taken as 28 Feb 2027 (some would say 1 March).")
R("scenario", "age", "2027-05-10",
  "I've got a 15 year old in care, DOB 29/02/2012. His next LAC review is 14/07/2027 and his brother turns 18 "
  "in June. When does his pathway plan need to be started?",
  ("age", "2012-02-29", 15, 6), ["pathway"])
R("indirect", "age", "2026-06-15",
  "at what date does the plan for leaving care have to be started for a girl in care born 03/06/2011?",
  ("age", "2011-06-03", 15, 6), ["pathway"])
R("typos", "age", "2025-12-20", "child going to icpc, dob 14/1/14 - whens she 12 for the advocate thing",
  ("age", "2014-01-14", 12), ["advocate"])
R("scenario", "age", "2026-02-20",
  "Sibling group going into PLO; the first PLO meeting is 2 March 2026. The youngest was born 29/02/2020, the "
  "eldest 12/05/2013. On what date does the youngest turn 6 for the under-6 adoption allocation rule?",
  ("age", "2020-02-29", 6), ["under6"])
R("newstarter", "age", "2026-11-09",
  "Please could you tell me when a little boy born 05/05/2021 turns 6? I need to know whether the rule about "
  "children under 6 entering PLO still applies.",
  ("age", "2021-05-05", 6), ["under6"])
R("manager", "age", "2027-01-18",
  "Child DOB 28/02/2015 attending RCPC. From what date must she be offered an advocate?",
  ("age", "2015-02-28", 12), ["advocate"])

# ---------------- IRO ----------------
R("duty", "date", "2025-12-22", "IRO informal challenge raised 22/12/25 - formal dispute if not resolved by?",
  ("wd", "2025-12-22", 5), ["iro5"])
R("indirect", "date", "2027-03-25",
  "the reviewing officer flagged drift on the care plan to me today (thurs 25 march) - how long before it "
  "turns into a formal dispute?",
  ("wd", "2027-03-25", 5), ["iro5"], wk={"2027-03-25": "Thu"})
R("newstarter", "date", "2026-05-01",
  "If a formal dispute was raised by the IRO today (1 May 2026), when should the whole process be finished?",
  ("wd", "2026-05-01", 20), ["iro20"])
R("manager", "date", "2028-01-10", "IRO formal dispute opened 01/12/2027, resolved 06/01/2028. Within timescale?",
  ("wd", "2027-12-01", 20), ["iro20"])

# ---------------- adoption ----------------
R("duty", "date", "2026-04-21", "adoptive placement 20/4/26 - earliest AO app?", ("w", "2026-04-20", 10), ["adopt10"])
R("scenario", "date", "2025-12-08",
  "Our little one (DOB 12/10/2024) moved in with her adopters on 4 December 2025 after introductions that "
  "started on 24 November. When can the adopters apply for the adoption order?",
  ("w", "2025-12-04", 10), ["adopt10"])
R("typos", "date", "2027-08-27", "when can adopters apply for AO, child placed 26/8",
  ("w", "2027-08-26", 10), ["adopt10"])
R("typos", "visits", "2027-05-11", "adoption placment made 03/05/27, first lac rev not yet, last visit 10/05 when is next",
  ("w", "2027-05-10", 1), ["adoptweekly"])
R("manager", "visits", "2026-03-05",
  "Child placed for adoption, first LAC review held. Visits 14/01/2026 and 04/03/2026 - within standard?",
  ("w", "2026-01-14", 6), ["adopt6"])

# ---------------- fostering ----------------
R("duty", "visits", "2025-12-19", "FC SSW visit last 18/12 - next by?", ("w", "2025-12-18", 6), ["fcvisit"])
R("typos", "date", "2026-04-02", "did a foster carer visit today 2/4 when does the record need to be on lcs",
  ("wd", "2026-04-02", 3), ["fcrecord"])
R("manager", "date", "2027-01-05", "SSW visit 24/12/2026, recorded on LCS 04/01/2027 - within standard?",
  ("wd", "2026-12-24", 3), ["fcrecord"])
R("indirect", "visits", "2026-02-16",
  "when's the latest I can do the surprise visit to our foster carers? the last one they didn't know about "
  "was 30 April 2025",
  ("m", "2025-04-30", 12), ["fcunann"])
R("newstarter", "visits", "2026-06-22",
  "Our foster carers' last annual review was on 19 June 2026. When is the next one due?",
  ("m", "2026-06-19", 12), ["fcannual"])
R("scenario", "visits", "2026-10-05",
  "Foster carers approved in 2019. Their annual reviews have gone to Fostering Panel only once, on 8 March "
  "2024; the others were chaired by an IRO. No complaints or allegations. By when must a review next go to panel?",
  ("m", "2024-03-08", 36), ["fcpanel"])
R("duty", "visits", "2026-11-16", "FC DBS/medicals last updated 29/02/24 - renew by?",
  ("m", "2024-02-29", 36), ["fcdbs"],
  amb="3 years from 29 Feb 2024 has no 29 Feb; taken as 28 Feb 2027 (some would say 1 March).")
R("typos", "visits", "2027-01-11", "foster carer core traning last done 31/5/24, when does it run out",
  ("m", "2024-05-31", 36), ["fctrain"])
R("scenario", "date", "2026-12-23",
  "We're placing a 16 year old today (Wed 23 December) with carers approved for 0-10 year olds. The Strategic "
  "Lead has agreed a variation of their terms of approval. What's the last day that variation covers?",
  ("wd", "2026-12-23", 6), ["variation"], wk={"2026-12-23": "Wed"})
R("duty", "date", "2026-05-22", "variation of terms agreed 22/05/26 - runs out?", ("wd", "2026-05-22", 6), ["variation"])
R("indirect", "date", "2025-12-18",
  "gran was approved temporarily as a foster carer so the kids could move in with her on 17/12 - when does "
  "that approval run out if nothing else happens?",
  ("w", "2025-12-17", 16), ["temp16"])
R("newstarter", "date", "2026-07-01",
  "The connected carers' temporary approval started on 1 April 2026 and the ADM has agreed the full extension. "
  "When does the extension end?",
  ("w", "2026-04-01", 24), ["temp16"])
R("manager", "date", "2027-05-04",
  "Temporary approval of connected carer from 05/01/2027; ADM decision on full approval 30/04/2027, no "
  "extension agreed. Was that within the temporary approval period?",
  ("w", "2027-01-05", 16), ["temp16"])

# ---------------- case recording / summaries / assessments up to date ----------------
R("newstarter", "date", "2025-12-24", "Quick question from a newly qualified SW - I did a home visit this morning (24th December). What's the deadline for recording it?", ("d", "2025-12-24", 3), ["record3"])
R("typos", "date", "2026-08-28", "did a vist on fri 28/8, when does it have to be on the system",
  ("d", "2026-08-28", 3), ["record3"], wk={"2026-08-28": "Fri"})
R("indirect", "date", "2027-03-30",
  "I had a long phone call with dad today about contact - by when should that be written up on the file?",
  ("d", "2027-03-30", 3), ["record3"])
R("scenario", "date", "2026-02-02",
  "Auditing a CP case. The case file summary was last updated 30/11/2025 and the chronology on 10/01/2026. "
  "By what date did the case summary need to be updated again?",
  ("m", "2025-11-30", 3), ["summary3"])
R("newstarter", "date", "2026-05-18",
  "How often does the case summary need updating? Mine was last updated on 15 May 2026.",
  ("m", "2026-05-15", 3), ["summary3"])
R("manager", "date", "2026-03-02",
  "CIN case: last authorised assessment 31/03/2025. When does it stop being 'within the last 12 months'?",
  ("m", "2025-03-31", 12), ["assess12"])
R("indirect", "date", "2027-06-14",
  "the big assessment on a child on my caseload was signed off by my manager on 7 Jan - when does that stop "
  "counting as up to date?",
  ("m", "2027-01-07", 12), ["assess12"])

# ---------------- none ----------------
R("duty", "none", "2026-01-21", "ICPC 20/1/26 - RCPC due?", None, ["n_rcpc"])
R("newstarter", "none", "2026-02-16",
  "When should the second Looked After Review be held? The first one was on 10 February 2026.",
  None, ["n_second", "n_newlac"])
R("manager", "none", "2026-03-03", "How often must supervision take place on a CIN case? Last supervision 02/03/2026 - next due?",
  None, ["n_superv"])
R("typos", "none", "2027-01-06", "first core group was 5/1 when is the next core group due", None, ["n_cg"])
R("indirect", "none", "2026-05-13",
  "final care planning meeting recommended adoption yesterday (12/05) - by when does the meeting with the ADM "
  "about whether she should be placed for adoption have to happen?",
  None, ["n_shopba"], rel=[("yesterday", "2026-05-12")])
R("scenario", "none", "2025-04-14",
  "An Early Help referral came in today, 14 April 2025, for a family at level 3 (school attendance and housing "
  "worries). By when does the Early Help team leader need to make the initial decision?",
  None, ["n_eh"])
R("duty", "none", "2027-03-04", "IRO contact with child between reviews - how often? last LAC review 03/03/27",
  None, ["n_iro"])
R("typos", "none", "2026-07-21", "later life letter - whens it due? adoption order granted 20/7", None, ["n_llL"])
R("newstarter", "none", "2026-09-10",
  "Legal Gateway yesterday (9 September) decided to issue proceedings. By when do I need to file the SWET?",
  None, ["n_swet"], rel=[("yesterday", "2026-09-09")])

# ---------------- choice ----------------
R("duty", "choice", "2026-03-11", "conf was 10/3 - whats next due?",
  ("choice", ("d", "2026-03-10", 10), ("d", "2026-03-10", 20), "child on a plan: first core group",
   "de-planned: first CIN meeting"), ["cg10", "cin20"])
R("typos", "choice", "2026-04-01", "icpc on mon 13/4 when does my report need to go",
  ("choice", ("db", "2026-04-13", 3), ("wdb", "2026-04-13", 3), "shared with family 3 days prior",
   "sent to CP chair 3 working days before"), ["rep_family", "rep_chair"], wk={"2026-04-13": "Mon"})
R("newstarter", "choice", "2026-12-21",
  "A child I'm working with was placed in foster care today (Monday 21 December). When is the meeting due by?",
  ("choice", ("wd", "2026-12-21", 3), ("wd", "2026-12-21", 20), "placement meeting", "initial LAC review"),
  ["pm3", "lacr20"], wk={"2026-12-21": "Mon"})
R("indirect", "choice", "2027-05-07",
  "we had the first meeting with the parents and their solicitor today (7 May) - what's the deadline coming out of that?",
  ("choice", ("wd", "2027-05-07", 3), ("d", "2027-05-07", 7), "FGC referral / viability screening request",
   "PLO minutes to parents"), ["fgc3", "viab3", "plomin7"])
R("scenario", "choice", "2026-11-17",
  "I started a C&F assessment yesterday, Monday 16 November, on a family already known to us (previous "
  "assessment 2024). When is it due?",
  ("choice", ("wd", "2026-11-16", 15), ("d", "2026-11-16", 45), "Team Leader review", "completion"),
  ["tl15", "ass45"], rel=[("yesterday", "2026-11-16")], amb=A45)
R("duty", "choice", "2026-12-21", "FC visit done 21/12 - next deadline?",
  ("choice", ("wd", "2026-12-21", 3), ("w", "2026-12-21", 6), "record visit on LCS", "next foster carer visit"),
  ["fcrecord", "fcvisit"])
R("manager", "choice", "2026-12-01", "Child LAC 30/11/2026 - when's the 20 day deadline?",
  ("choice", ("d", "2026-11-30", 20), ("wd", "2026-11-30", 20), "PEP meeting (20 days)",
   "initial LAC review / IHA (20 working days)"), ["pep20", "lacr20", "iha20"])
R("typos", "choice", "2027-01-13", "last visit to child 12/1, when's the next one",
  ("choice", ("w", "2027-01-12", 4), ("w", "2027-01-12", 6), "CP plan visit", "CIN plan visit"),
  ["cpvisit", "cinvisit"])
