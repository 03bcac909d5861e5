# Structured row descriptions for set-tune-10. oracle.py computes due/count from these.
# RULES: id -> (method, n, verbatim phrase from the standards, label)

RULES = {
    "contact_screen": ("wd_after", 1, "screened for consent and decisions made by what action are required by a Team Leader within 1 working day", "Front Door contact screening/decision"),
    "initial_decision": ("wd_after", 1, "Initial decisions will be made about the action required within 1 working day by social work Team Leader", "Level 4&5 initial decision"),
    "referral_actioned": ("wd_after", 1, "Referrals will be actioned by a social worker within 1 working day", "referral actioned by SW"),
    "s47_seen": ("same_day", 0, "the child / children will be seen by the Social Worker the same day", "S47 referral: child seen"),
    "s47_progress": ("days_after", 5, "Within 5 days of the Section 47 being initiated", "S47 progress discussion with manager"),
    "cfa_allocate": ("wd_after", 3, "allocated to a social worker to complete a Child and Family Assessment within 3 working days", "allocation for C&F assessment"),
    "cfa_tl_review": ("wd_after", 15, "All assessments will be reviewed by the Team Leader within 15 working days", "TL review of assessment"),
    "cfa_complete": ("days_after", 45, "Assessments must all be completed within 45 days", "assessment completion"),
    "strat_1wd": ("wd_after", 1, "a strategy discussion is required, this must happen within 1 working day", "strategy discussion after management decision"),
    "nt_joint_visit": ("days_after", 5, "Within the 5 days’ notice period, the Children’s First Response Social Worker and the allocated Neighbourhood Team Social Worker will complete a joint visit", "joint visit within 5 days' notice"),
    "nt_notice": ("days_after", 5, "will notify the Neighbourhood Team via email, giving at least 5 days’ notice", "notice to Neighbourhood Team"),
    "icpc": ("wd_after", 15, "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion", "ICPC from initial strategy discussion"),
    "icpc_family": ("days_before", 3, "The report will be shared with family at least 3 the days prior to conference", "ICPC report shared with family"),
    "icpc_chair": ("wd_before", 3, "The report will be sent to the child protection chair 3 working days before the conference", "ICPC report to CP chair"),
    "core_group1": ("days_after", 10, "held within 10 days of the conference and is used to put detail on the outline CP plan", "first core group"),
    "cp_visit": ("weeks_after", 4, "Visits to a child subject to a CP plan will take place at least every 4 weeks", "CP visit"),
    "rcpc_parents": ("days_before", 3, "This report must be shared with parents at least 3 days prior to the review conference", "RCPC report to parents"),
    "rcpc_chair": ("days_before", 3, "The report will be available to the conference chair at least 3 days prior to the review conference", "RCPC report to chair"),
    "cp_12m": ("months_after", 12, "when they have been subject to a plan for 12 months", "12 months on CP plan (professional thinking time)"),
    "plo_first": ("days_after", 10, "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter", "first PLO meeting from letter date"),
    "plo_fgc": ("wd_after", 3, "Referral should be made within 3 working days of the first PLO meeting", "FGC referral after first PLO meeting"),
    "plo_viability": ("wd_after", 3, "Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting", "viability screening request"),
    "plo_minutes": ("days_after", 7, "to be distributed to parents and their legal representation within 7 days of the meeting", "PLO minutes"),
    "plo_review": ("weeks_after", 6, "Review PLO meetings with parents to be held every 4-6 weeks", "review PLO meeting (latest, 6 weeks)"),
    "plo_12wk": ("weeks_after", 12, "A review legal planning meeting will be held at 12 weeks", "review legal planning meeting"),
    "plo_ext": ("weeks_after", 4, "In exceptional circumstances a further period of 4 weeks will be agreed in PLO", "PLO exceptional extension"),
    "plo_16wk": ("weeks_after", 16, "a Legal Gateway meeting will be convened at 16 weeks with Strategic Lead oversight", "Legal Gateway at 16 weeks"),
    "cin_deplan": ("days_after", 20, "will set the first CIN meeting within 20 days", "first CIN meeting after de-planning"),
    "cin_transfer": ("days_after", 10, "When a case transfers from Trafford Childrens First Response the initial CIN meeting must take place within 10 days", "initial CIN meeting after transfer"),
    "cin_review": ("weeks_after", 6, "CIN review meetings will be held at least every 6 weeks", "CIN review meeting"),
    "cin_visit": ("weeks_after", 6, "A child subject to a CIN plan will be seen at least every 6 weeks", "CIN visit"),
    "lac_assess": ("wd_after", 20, "If it is an emergency / unplanned admission the assessment will be completed within 20 working days", "assessment after emergency admission"),
    "lac_visit1": ("wd_after", 1, "The child will be visited within 1 working day of coming into care or having a change in placement", "visit after coming into care / placement change"),
    "placement_mtg": ("wd_after", 3, "The placement meeting will be held within 3 working days", "placement meeting"),
    "placement_plan": ("wd_after", 5, "an updated copy given to the carers within 5 working days of the placement beginning", "updated placement plan to carers"),
    "family_time": ("weeks_after", 8, "reviewed at least every 8 week until the plan for permanence is agreed", "family time arrangements review"),
    "care_pack": ("weeks_after", 3, "The child will be provided with a coming into care pack, children rights leaflet within 3 weeks", "coming into care pack"),
    "legal_status": ("wd_after", 5, "All other professionals involved with the child will be informed of the child’s legal status within 5 working days", "professionals told of legal status"),
    "iha": ("wd_after", 20, "An initial health assessment will be requested and carried out within 20 working days", "initial health assessment"),
    "pep": ("days_after", 20, "A PEP meeting will be arranged within the school within 20 days", "PEP meeting"),
    "lac_weekly": ("weeks_after", 1, "Statutory looked after visits must happen weekly until the first looked after review", "LAC visit (weekly before first review)"),
    "lac_6wk": ("weeks_after", 6, "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised", "LAC visit (6-weekly after first review)"),
    "lac_12wk": ("weeks_after", 12, "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement", "LAC visit (12-weekly, settled permanent)"),
    "care_plan": ("days_after", 10, "An up to date care plan will be recorded on the electronic system within 10 days of placement", "care plan on system"),
    "lac_review1": ("wd_after", 20, "The initial Looked After Review must take place within 20 working days of the child becoming looked after", "initial LAC review"),
    "pathway": ("age", (15, 6), "A pathway plan will be started when the young person is 15 years 6 months", "pathway plan start"),
    "lac_report": ("days_before", 3, "will provide a written report for the review and this will be with the IRO 3 days before the review", "LAC review report to IRO"),
    "iro_informal": ("wd_after", 5, "If the challenge is not resolved within 5 working days a formal dispute will be raised", "IRO informal challenge"),
    "iro_formal": ("wd_after", 20, "The formal dispute resolution process should be completed from start to finish within 20 working days", "IRO formal dispute resolution"),
    "adopt_weekly": ("weeks_after", 1, "Once the child is placed weekly statutory visits will take place until the first Looked After Review", "adoptive placement visit (weekly before first review)"),
    "adopt_6wk": ("weeks_after", 6, "then visits will be a minimum of 6 weekly until the Adoption Order is Granted", "adoptive placement visit (6-weekly)"),
    "adopt_10wk": ("weeks_after", 10, "Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order", "adoption order application"),
    "adopt_under6": ("age", (6, 0), "If a child under the age of 6 enters PLO or proceedings", "age 6 (adoption allocation)"),
    "advocate12": ("age", (12, 0), "if they are 12 or over they should be offered an advocate", "age 12 (advocate for conference)"),
    "fc_visit": ("weeks_after", 6, "Trafford foster carers are visited at least once every six weeks", "foster carer supervisory visit"),
    "fc_record": ("wd_after", 3, "a record of this visit is recorded on LCS within 3 working days", "foster carer visit recording"),
    "fc_unannounced": ("months_after", 12, "All Trafford foster carers will have an unannounced visit at least once every 12 months", "unannounced foster carer visit"),
    "fc_annual": ("months_after", 12, "All Trafford foster carers will have an annual review including an updated Safer Caring Policy", "foster carer annual review"),
    "fc_panel3y": ("months_after", 36, "Every foster carer will have an annual review presented to the Fostering Panel at least every three years", "annual review to Fostering Panel"),
    "fc_checks": ("months_after", 36, "All foster carers will have updated statutory references, medicals and DBS checks at least every three years", "foster carer references/medicals/DBS"),
    "fc_training": ("months_after", 36, "All Trafford foster carers must update their core training at least every three years", "foster carer core training"),
    "fc_variation": ("wd_after", 6, "This can only be given for up to 6 working days", "variation of terms of approval"),
    "cp_temp16": ("weeks_after", 16, "Temporary approval is for 16 weeks but can be extended for a further 8 weeks", "connected person temporary approval"),
    "cp_temp24": ("weeks_after", 24, "Temporary approval is for 16 weeks but can be extended for a further 8 weeks", "connected person temporary approval incl. 8-week extension"),
    "record3": ("days_after", 3, "any event or contact is recorded within 3 days", "case recording"),
    "summary3m": ("months_after", 3, "A clear and concise case file summary which has been updated within the last 3 months", "case file summary"),
    "assess12m": ("months_after", 12, "An up to date assessment (within the last 12 months) on each child", "assessment up to date"),
}

ROWS = []


def _add(voice, kind, today, q, **kw):
    row = dict(voice=voice, kind=kind, today=today, q=q)
    row.update(kw)
    ROWS.append(row)


def d(voice, rule, start, today, q, **kw):
    _add(voice, "date", today, q, rule=rule, start=start, **kw)


def v(voice, rule, start, today, q, **kw):
    _add(voice, "visits", today, q, rule=rule, start=start, **kw)


def a(voice, rule, dob, today, q, **kw):
    _add(voice, "age", today, q, rule=rule, start=dob, **kw)


def c(voice, opts, today, q, **kw):
    _add(voice, "choice", today, q, opts=opts, **kw)


def n(voice, today, q, phrases, why, **kw):
    _add(voice, "none", today, q, phrases=phrases, why_none=why, **kw)


AMB_45 = "The standard says '45 days' (read here as calendar days); statutory guidance uses 45 working days, which would give a later date."
AMB_STRAT = "The S47 section also says a strategy discussion 'within 24 hours', which could be read as an earlier (calendar) deadline than 1 working day after the decision."
AMB_PLO_START = "The standards do not say what the PLO week count runs from; counted here from the PLO letter date, but the first PLO meeting is another possible start."

# ---------------- Front Door ----------------
d("duty", "contact_screen", "2025-12-24", "2025-12-24",
  "contact in 24/12 re 3 sibs, TL decision needed by?")
d("indirect", "contact_screen", "2026-01-02", "2026-01-02",
  "A school rang the front door with a worry about a pupil on Friday 2 January 2026. How long has a team leader got to look at consent and decide what we're doing with it?",
  dows=[("2026-01-02", "Fri")])
d("typos", "contact_screen", "2026-04-04", "2026-04-07",
  "contcat came in on the saturday 4.4 (police notification from easter weekend) when shoud the TL have made the decison??",
  ambiguous="A contact received on a Saturday could be treated as received on the next working day (Tue 7 Apr), which would move the decision deadline to Wed 8 Apr.",
  dows=[("2026-04-04", "Sat")])
d("indirect", "contact_screen", "2027-05-28", "2027-05-28",
  "Health visitor's email about a baby came into the first response inbox today. What's the latest a manager can sign off what happens next?")
d("newstarter", "initial_decision", "2026-05-01", "2026-05-01",
  "Hello, a referral for a family at Level 4 (child in need) came in on 1 May 2026. Sorry if this is basic, but by when does the social work team leader have to make the initial decision about what action is needed?")
d("duty", "referral_actioned", "2026-05-22", "2026-05-22",
  "ref in 22/5 lvl 5 - needs actioning by sw by when?")
d("indirect", "referral_actioned", "2026-08-28", "2026-08-31",
  "A new referral landed on the duty desk on Friday 28th August. How long before one of us social workers has to pick it up and act on it?",
  dows=[("2026-08-28", "Fri")])
d("scenario", "referral_actioned", "2027-12-24", "2027-12-24",
  "Nursery have referred a 2 year old whose mum turned up to collect him under the influence. His date of birth is 14/10/2025 and there was a previous referral on 3 March 2027 that was NFA'd. The new referral came in this morning, Christmas Eve. When does a social worker need to action it by?")
d("scenario", "s47_progress", "2025-12-30", "2025-12-31",
  "An 8 year old told his teacher dad hit him with a belt. The strategy discussion on 29 December agreed a Section 47, which was initiated on 30 December 2025, and I saw him the same day. The ICPC will probably be mid-January. When do I need the progress discussion with my manager?")
d("indirect", "s47_progress", "2026-04-02", "2026-04-02",
  "We kicked off a child protection enquiry today (Thursday 2 April). When do I need to sit down with my manager to go over how it's going and agree what happens next?",
  dows=[("2026-04-02", "Thu")])
d("manager", "s47_progress", "2027-03-24", "2027-04-01",
  "S47 initiated 24/03/27; SW and TL progress discussion recorded 30/03/27. Was that within the standard?")
d("scenario", "s47_seen", "2025-12-24", "2025-12-24",
  "A&E have referred a 3 year old with bruising to his ear, mum says he fell at nursery on the 22nd. TL has agreed this is a Section 47. Today is 24 December 2025 - when does the child need to be seen by?")
d("indirect", "s47_seen", "2026-05-29", "2026-05-29",
  "If a referral is going down the child protection enquiry route and it came in on Friday 29 May 2026, what's the latest I can physically see the child?",
  dows=[("2026-05-29", "Fri")])

# ---------------- Assessments ----------------
d("newstarter", "cfa_allocate", "2025-12-23", "2025-12-23",
  "Could you tell me how quickly a case has to be allocated to a social worker to do the Child and Family Assessment? The team leader agreed it needed an assessment on 23 December 2025.")
d("indirect", "cfa_allocate", "2027-03-25", "2027-03-25",
  "TL agreed today that this family needs a full assessment. How long until someone actually has to have it on their caseload? (today is 25/03/2027)")
d("scenario", "cfa_tl_review", "2026-04-01", "2026-04-02",
  "Referral from school about a 10 year old who keeps arriving hungry. The case was allocated to me on 30 March and I started the assessment on 1 April 2026; my first home visit is today, 2 April. When does my team leader need to have reviewed the assessment?")
d("indirect", "cfa_tl_review", "2025-12-15", "2025-12-16",
  "When does my team leader need to have looked over the assessment I opened on 15 December 2025?")
d("typos", "cfa_tl_review", "2025-12-19", "2025-12-22",
  "assesment started fri 19/12 when has tl got to reveiw it by",
  dows=[("2025-12-19", "Fri")])
d("newstarter", "cfa_complete", "2025-11-20", "2025-11-24",
  "Hi, I started my first Child and Family Assessment on 20 November 2025. What is the final deadline for completing it?",
  ambiguous=AMB_45)
d("indirect", "cfa_complete", "2027-03-12", "2027-03-15",
  "When does the whole assessment have to be finished if it started on 12 March 2027?",
  ambiguous=AMB_45)
d("manager", "cfa_complete", "2026-02-10", "2026-04-01",
  "Assessment opened 10/02/26 and completed 31/03/26 - was it completed within timescale?",
  ambiguous=AMB_45)
d("duty", "strat_1wd", "2026-04-24", "2026-04-24",
  "mgmt decision strat needed fri 24/4, strat must happen by?",
  dows=[("2026-04-24", "Fri")], ambiguous=AMB_STRAT)
d("indirect", "strat_1wd", "2025-12-24", "2025-12-24",
  "My manager decided this morning (Christmas Eve 2025) that we need to get police and health together to talk through this child. What's the latest that conversation can happen?",
  ambiguous=AMB_STRAT)
d("manager", "strat_1wd", "2026-03-31", "2026-04-08",
  "Management decision that a strat was required: 31/03/26. Strat held 02/04/26. In timescale?",
  ambiguous=AMB_STRAT)
d("scenario", "nt_joint_visit", "2025-12-18", "2025-12-18",
  "The front door assessment is done and the family need to move to a neighbourhood team at CIN. I emailed the neighbourhood team on 18 December 2025 to give them notice. By when do we need to have done the joint visit with the new worker?",
  ambiguous="The notice is 'at least' 5 days, so if the transfer date were set later the joint visit could be later; counted here as the 5 days after the email.")
d("indirect", "nt_notice", "2026-03-30", "2026-03-30",
  "We're handing a family over from first response to a locality team at child in need. If I email them today, 30 March 2026, what's the earliest the case can move across?")

# ---------------- S47 / ICPC ----------------
d("duty", "icpc", "2025-12-19", "2025-12-19",
  "strat held 19.12.25 - latest date for icpc?")
d("indirect", "icpc", "2026-03-20", "2026-03-23",
  "Police and us had the first joint discussion about this child on 20 March 2026 and the enquiry says it needs to go to the big multi-agency meeting where they decide on a protection plan. What's the last date that meeting can be held?")
d("typos", "icpc", "2026-12-23", "2026-12-23",
  "strat was on the 23/12 when does the icpc need to be by",)
d("manager", "icpc", "2026-04-14", "2026-05-07",
  "ICPC held 05/05/26, initial strat 14/04/26 - was that within timescale?")
d("scenario", "icpc", "2025-08-26", "2025-09-05",
  "Mum's partner was arrested after a DV incident with the children present. We held the strategy discussion on 26 August 2025 and a second strategy meeting on 2 September 2025 once the police had interviewed him. The S47 outcome is to go to ICPC. When does the conference need to be held by?")
d("newstarter", "icpc", "2027-03-24", "2027-03-24",
  "Hello, I'm new to the team. If the initial strategy discussion took place on 24 March 2027, by when should the Initial Child Protection Conference be convened?")
d("indirect", "icpc", "2026-04-22", "2026-04-27",
  "We talked it through with police and health last Wednesday and agreed a joint enquiry. Everyone now thinks it'll go to an initial conference. What's the latest date for that?",
  rel=[("last wednesday", "2026-04-22")])
d("scenario", "icpc", "2027-08-20", "2027-08-23",
  "Two brothers aged 7 and 9 (dobs 01/05/2020 and 11/02/2018) disclosed physical chastisement at school. The strat was on Friday 20 August 2027 and the joint visit was Monday 23rd. Conference is likely. What is the latest date the ICPC can be?",
  dows=[("2027-08-20", "Fri"), ("2027-08-23", "Mon")])
d("duty", "icpc_chair", "2027-01-11", "2027-01-04",
  "ICPC mon 11/1/27, report to chair by?", dows=[("2027-01-11", "Mon")])
d("indirect", "icpc_chair", "2026-04-07", "2026-03-27",
  "Initial conference is on 7 April 2026 - when does the person chairing it need my report, signed off by my TL?")
d("manager", "icpc_chair", "2027-01-04", "2027-01-05",
  "ICPC was 04/01/27 and the SW report reached the chair on 29/12/26. Was it sent in time?")
d("typos", "icpc_family", "2026-01-02", "2025-12-22",
  "icpc is 2/1/26 when do i have to share my report with mum and dad")
d("indirect", "icpc_family", "2026-05-26", "2026-05-18",
  "When's the latest the parents should see what I've written before the initial conference on Tuesday 26 May 2026?",
  dows=[("2026-05-26", "Tue")])
d("newstarter", "icpc_family", "2025-04-22", "2025-04-14",
  "Hi, my first initial child protection conference is on 22 April 2025. By what date do I need to have shared my report with the family?")

# ---------------- CP plans ----------------
d("duty", "core_group1", "2025-12-22", "2025-12-22",
  "icpc 22/12/25 cp plan agreed, 1st CG by?")
d("indirect", "core_group1", "2026-03-27", "2026-03-27",
  "Child was put on a plan at conference today, 27 March 2026. When's the first meeting with the family and the professionals to flesh out the detail of the plan?")
d("scenario", "core_group1", "2026-05-14", "2026-05-15",
  "Conference yesterday agreed CP plans under neglect for two children; the review conference has been pencilled in for 13 August 2026. The chair didn't set a core group date. Today is 15/05/26. When should the first core group be held by?",
  rel=[("yesterday", "2026-05-14")])
d("manager", "core_group1", "2026-08-17", "2026-09-01",
  "ICPC 17/08/26, first core group held 28/08/26 - compliant?")
d("typos", "core_group1", "2027-12-20", "2027-12-21",
  "first core grp after icpc on 20th dec when??")
d("scenario", "cp_12m", "2025-04-03", "2026-02-10",
  "Twins (born 12/06/2022) have been on a CP plan since the ICPC on 3 April 2025; the last review conference was 25 September 2025 and progress is poor. When do they reach the point where a professional thinking time meeting should be held?")
d("manager", "cp_12m", "2024-02-29", "2025-02-20",
  "Child became subject to a CP plan 29/02/2024. On what date does she reach 12 months on a plan for the thinking-time meeting?")
d("scenario", "rcpc_parents", "2026-01-05", "2025-12-29",
  "Review conference for three siblings is on Monday 5 January 2026. At the core group on 16 December I agreed to write the plan update over Christmas. By when do the parents need to have it?", dows=[("2026-01-05", "Mon")])
d("indirect", "rcpc_parents", "2027-06-01", "2027-05-24",
  "Review conference is on 1 June 2027. When do mum and dad need to have seen my update on how the plan's going?")
d("scenario", "rcpc_parents", "2026-04-07", "2026-03-30",
  "Baby has been on a CP plan since the ICPC on 14 January 2026. The core group was on 24 March and the review conference is booked for Tuesday 7 April 2026, the day after Easter Monday. By when must the plan update be shared with the parents?",
  dows=[("2026-04-07", "Tue")])
d("typos", "rcpc_chair", "2026-12-29", "2026-12-21",
  "reveiw cp conf on 29th dec, when does chair need my report")
d("newstarter", "rcpc_chair", "2025-05-27", "2025-05-19",
  "Hello, when should my report be available to the conference chair for a review child protection conference on 27 May 2025?")

# ---------------- PLO ----------------
d("duty", "plo_first", "2025-12-18", "2025-12-19",
  "PLO letter dated 18/12/25, 1st PLO mtg by?")
d("indirect", "plo_first", "2027-03-24", "2027-03-25",
  "The letter telling the parents we're worried enough to think about court went out dated 24 March 2027. When should we have the first meeting with them and their solicitor?")
d("scenario", "plo_first", "2026-04-07", "2026-04-09",
  "Legal gateway on 2 April 2026 agreed PLO. The letter before proceedings is dated 7 April 2026 and was hand-delivered to mum on 9 April. Dad hasn't got a solicitor yet. When should the first PLO meeting take place?")
d("manager", "plo_first", "2026-05-01", "2026-05-13",
  "PLO letter dated 01/05/26, first PLO meeting held 12/05/26. In timescale?")
d("newstarter", "plo_first", "2025-08-20", "2025-08-21",
  "Hi, sorry, I've not done pre-proceedings before. Our letter is dated 20 August 2025 - when does the first meeting with the parents and their solicitor need to happen?")
d("indirect", "plo_fgc", "2026-04-01", "2026-04-01",
  "The parents have said yes to a family meeting to plan with their wider family. Our first pre-proceedings meeting was today, 1 April 2026. How long have I got to refer?")
d("typos", "plo_fgc", "2025-12-22", "2025-12-23",
  "fgc referal after 1st plo meeting on 22.12.25 - when by")
d("indirect", "plo_viability", "2027-05-21", "2027-05-21",
  "Grandma came forward as a possible carer at the first pre-proceedings meeting today (21/05/27). When do I need to get the request in to the family placement team to screen her?")
d("scenario", "plo_viability", "2026-12-22", "2026-12-23",
  "First PLO meeting was yesterday. Dad's sister and her husband in Bolton have said they'd care for the baby; there's no FGC planned as the parents refused. The next review PLO meeting is in February. When does the viability screening request need to go to Family Placement?",
  rel=[("yesterday", "2026-12-22")])
d("scenario", "plo_minutes", "2026-12-29", "2026-12-30",
  "The first PLO meeting went ahead on 29 December 2026 with mum and her solicitor; dad didn't come. The first review PLO meeting is set for 2 February 2027. When do the minutes with the agreed expectations need to go to the parents and their legal reps?")
d("indirect", "plo_minutes", "2027-08-27", "2027-08-27",
  "How long have I got to get the notes and agreed expectations from the pre-proceedings meeting on 27 August 2027 out to the parents and their solicitors?")
d("manager", "plo_minutes", "2025-04-17", "2025-04-30",
  "PLO meeting 17/04/25, minutes distributed 25/04/25. Within timescale?")
d("indirect", "plo_12wk", "2026-01-05", "2026-01-06",
  "We started pre-proceedings with the letter dated 5 January 2026. When's the review legal planning meeting that the solicitor from legal comes to?",
  ambiguous=AMB_PLO_START)
d("duty", "plo_16wk", "2026-01-05", "2026-02-02",
  "PLO started 5/1/26, LGM at 16 wks is when?", ambiguous=AMB_PLO_START)
d("scenario", "plo_ext", "2026-03-27", "2026-03-30",
  "Family have been in PLO since early January. At the 12 week review legal planning meeting on 27 March 2026 threshold was still met, but mum has just started residential rehab, so an exceptional further period in PLO was agreed. When does that extra period end?",
  ambiguous="The standard does not say what the extra 4 weeks runs from; counted from the 12-week meeting, but it could be read as from the end of the 12 weeks measured from the PLO start.")

# ---------------- CIN ----------------
d("indirect", "cin_deplan", "2025-12-10", "2025-12-11",
  "Conference on 10 December 2025 took the child off the protection plan and stepped it down. When is the first child in need meeting due?")
d("manager", "cin_deplan", "2026-04-15", "2026-05-11",
  "RCPC 15/04/26 de-planned to CIN, first CIN meeting 08/05/26. In timescale?")
d("typos", "cin_deplan", "2027-03-10", "2027-03-11",
  "deplaned at rcpc yesturday, first cin meeting by when", rel=[("yesterday", "2027-03-10")])
d("duty", "cin_transfer", "2025-12-24", "2025-12-24",
  "case transferred from CFR 24/12/25, initial CIN mtg by?")
d("scenario", "cin_transfer", "2026-03-20", "2026-03-20",
  "Baby was born on 2 February 2026 and mum has a learning disability. First response finished the assessment on 12 March and it transfers to our neighbourhood team today, 20 March 2026. When must the initial CIN meeting happen?")
d("indirect", "cin_transfer", "2026-08-24", "2026-08-25",
  "Case came over to us from the front door team on 24 August 2026. When do we have to hold the first meeting with the family about the child in need plan?")

# ---------------- Children in care ----------------
d("scenario", "lac_assess", "2026-12-19", "2026-12-21",
  "Police used their powers late on Saturday 19 December 2026 and the 14 year old was placed with emergency foster carers. There was no up to date assessment as the family were last known to us in 2023. When must the assessment be completed by?",
  dows=[("2026-12-19", "Sat")])
d("scenario", "lac_assess", "2027-03-31", "2027-04-01",
  "Dad rang on 29 March 2027 to say he couldn't cope, and after a breakdown at home his daughter came into care as an unplanned admission on 31 March 2027. We last assessed the family in 2024. When does the new assessment need to be completed?")
d("newstarter", "lac_assess", "2025-04-16", "2025-04-16",
  "Hello, a child was admitted to care in an emergency today, 16 April 2025, and there is no current Child and Family Assessment. Please could you tell me when the assessment has to be completed by?")
d("duty", "lac_visit1", "2026-05-22", "2026-05-22",
  "placement move fri 22/5, visit due by?", dows=[("2026-05-22", "Fri")])
d("indirect", "lac_visit1", "2026-12-24", "2026-12-24",
  "Young person is moving to a new foster home today, Christmas Eve 2026. When's the latest I can go and see her there?")
d("manager", "lac_visit1", "2025-12-31", "2026-01-06",
  "YP came into care 31/12/25, first visit 05/01/26 - compliant?")
d("typos", "lac_visit1", "2027-03-25", "2027-03-25",
  "kid came into care today 25/3 (thurs before easter) when do i have to vist",
  dows=[("2027-03-25", "Thu")])
d("newstarter", "placement_mtg", "2026-04-02", "2026-04-02",
  "Hi, I placed a child with foster carers today (2 April 2026). I've not done this before - when does the placement meeting have to be held by, with Easter coming up?")
d("indirect", "placement_mtg", "2027-04-30", "2027-04-30",
  "The meeting with the carers to agree delegated authority and how they'll meet his needs - he was placed today, 30 April 2027. What's the deadline?")
d("scenario", "placement_mtg", "2025-08-22", "2025-08-22",
  "Sibling group of three (aged 2, 5 and 8) placed together with Trafford carers this afternoon, Friday 22 August 2025, after the ICO hearing on 20 August. The carers have the placement plan. When does the placement meeting need to be held by?",
  dows=[("2025-08-22", "Fri")])
d("indirect", "placement_plan", "2026-08-21", "2026-08-24",
  "When do the foster carers need the updated copy of the placement paperwork with the delegated authority details if the child moved in on 21 August 2026?")
d("typos", "placement_plan", "2027-12-23", "2027-12-23",
  "updated placment plan to carers by when? placed 23/12/27")
d("scenario", "care_pack", "2026-12-11", "2026-12-14",
  "A 13 year old came into care on 11 December 2026 after her placement with her nan broke down on the 9th. The placement meeting is today. When does she need to have had her coming into care pack and rights leaflet?")
d("newstarter", "care_pack", "2025-04-04", "2025-04-07",
  "Hi, a child I'm allocated came into care on 4 April 2025. By when should he be given the coming into care pack and children's rights leaflet?")
d("indirect", "legal_status", "2025-12-23", "2025-12-23",
  "Child became looked after today (23/12/25) under section 20. How quickly do the school, GP and everyone else involved need to be told about his legal status?")
d("scenario", "legal_status", "2027-05-28", "2027-05-28",
  "Two sisters (dobs 04/06/2015 and 19/09/2017) came into care under s20 today, Friday 28 May 2027, when mum went into hospital. School, the GP and CAMHS are all involved. When do they all need to have been told the girls' legal status?", dows=[("2027-05-28", "Fri")])
d("scenario", "iha", "2027-03-26", "2027-03-29",
  "Emergency placement on Good Friday, 26 March 2027, after mum was arrested. The child last saw the GP on 10 March 2027 for asthma. By when must the initial health assessment be carried out?")
d("indirect", "iha", "2026-05-01", "2026-05-05",
  "The first medical a child in care has to have - when's it due if she came into care on 1 May 2026?")
d("scenario", "iha", "2025-12-12", "2025-12-15",
  "Boy aged 6 was accommodated on 12 December 2025 after his dad was admitted to hospital. He had a dental check on 10 December and his last school medical was in 2024. By when must the initial health assessment be carried out?")
d("indirect", "pep", "2025-12-04", "2025-12-05",
  "Boy came into care on 4 December 2025. When does the school need to hold the meeting about his education plan?")
d("typos", "pep", "2026-08-14", "2026-08-17",
  "pep meetng for new lac kid, came in 14.08.26 - when by")
d("indirect", "care_plan", "2025-12-22", "2025-12-22",
  "She was placed today, 22 December 2025. When does the plan setting out her needs and the services she'll get need to be on the system?")
d("scenario", "care_plan", "2027-08-27", "2027-08-27",
  "Child placed with foster carers today, 27 August 2027, after the ICO hearing yesterday; the placement meeting is booked for 1 September. When does the care plan need to be on LCS?", rel=[("yesterday", "2027-08-26")])
d("duty", "lac_review1", "2025-12-15", "2025-12-15",
  "LAC 15/12/25, 1st LAC review by?")
d("indirect", "lac_review1", "2026-03-30", "2026-03-30",
  "When's the latest date for the first statutory review meeting with the independent reviewing officer? She became looked after on Monday 30 March 2026.",
  dows=[("2026-03-30", "Mon")])
d("scenario", "lac_review1", "2027-08-20", "2027-09-06",
  "Came into care under s20 on 20 August 2027, moved placement on 27 August and an ICO was granted on 3 September 2027. The IRO is asking when the initial review has to be held by. What's the date?")
d("manager", "lac_review1", "2026-05-04", "2026-06-03",
  "Child became LAC 04/05/26, initial LAC review held 02/06/26. In timescale?")
d("newstarter", "lac_review1", "2026-12-21", "2026-12-22",
  "Hello! A child on my caseload became looked after on 21 December 2026. I'm not sure how the Christmas holidays affect things - when does the initial Looked After Review need to take place?")
d("newstarter", "lac_report", "2027-01-04", "2026-12-22",
  "Hello, I have a looked after review on 4 January 2027. When does my written report need to be with the IRO? I'm off from 23 December so want to plan ahead.")
d("indirect", "lac_report", "2026-04-06", "2026-03-30",
  "My written report for a child in care review on 6 April 2026 - when does the reviewing officer need it?")
d("typos", "lac_report", "2025-05-06", "2025-04-28",
  "lac reveiw on tues 6th may, report to iro by when", dows=[("2025-05-06", "Tue")])

# ---------------- IRO ----------------
d("indirect", "iro_informal", "2025-12-22", "2025-12-22",
  "The reviewing officer flagged drift in the care plan with me informally today, 22 December 2025. How long before it becomes a formal dispute if it's not sorted?")
d("scenario", "iro_informal", "2026-05-01", "2026-05-05",
  "The permanence plan for a 4 year old in care still hasn't been agreed, 9 months after the ICO on 28 July 2025. The IRO emailed me an informal challenge on Friday 1 May 2026. By when does it need resolving before a formal dispute is raised?",
  dows=[("2026-05-01", "Fri")])
d("duty", "iro_formal", "2026-04-01", "2026-04-01",
  "IRO formal dispute raised 1/4/26 - must be resolved by?")
d("manager", "iro_formal", "2026-12-01", "2027-01-05",
  "IRO formal dispute started 01/12/26, concluded 30/12/26. Within timescale?")
d("indirect", "iro_formal", "2027-08-16", "2027-08-17",
  "The IRO has now taken the drift issue to the formal escalation stage, starting 16 August 2027. When must the whole process be finished?")

# ---------------- Adoption ----------------
d("indirect", "adopt_10wk", "2025-11-28", "2025-12-01",
  "Our little one moved in with her adopters on 28 November 2025. From when can they put in their application to court for the order?")
d("scenario", "adopt_10wk", "2026-03-30", "2026-04-01",
  "Brothers aged 2 and 3 moved in with their adopters on 30 March 2026 after introductions that started on 16 March. The placement order was made back in 2025. When can the adopters apply for the Adoption Order?")
d("newstarter", "adopt_10wk", "2027-05-31", "2027-06-01",
  "Hi, could you help me work out the earliest date adopters can apply for an Adoption Order? The child was placed with them on 31 May 2027.")

# ---------------- Fostering ----------------
d("scenario", "fc_record", "2026-12-24", "2026-12-24",
  "I'm a supervising social worker. I visited my foster carers today, Christmas Eve 2026; they have two children placed and one had a LAC review on 21 December. When does my visit record need to be on LCS?")
d("indirect", "fc_record", "2026-04-02", "2026-04-02",
  "I did my supervising visit to my foster carers today (Thursday 2 April 2026). How long do I have to get it written up?",
  dows=[("2026-04-02", "Thu")])
d("typos", "fc_record", "2025-05-23", "2025-05-27",
  "visted my carers fri 23/5 how long to put it on lcs", dows=[("2025-05-23", "Fri")])
d("indirect", "fc_variation", "2026-05-22", "2026-05-22",
  "Strategic lead agreed today (22/05/26) that we can place a 15 year old with carers who are only approved for 0-10s while we look for something else. How long can that permission last?",
  ambiguous="'Up to 6 working days' could count the day permission is given or the child placed as day 1, which would end a day earlier.")
d("scenario", "fc_variation", "2025-12-19", "2025-12-19",
  "A 12 year old needed placing today (19 December 2025) and the only bed was with carers approved for under 8s. The Strategic Lead agreed a variation of terms this afternoon; his brother was placed elsewhere on 17 December. How long can the variation last?",
  ambiguous="'Up to 6 working days' could count the day permission is given as day 1, which would end a working day earlier.")
d("indirect", "cp_temp16", "2025-12-18", "2025-12-18",
  "Auntie got temporary approval as a foster carer for her nephew on 18 December 2025. When does that temporary approval run out if it isn't extended?")
d("scenario", "cp_temp16", "2027-01-04", "2027-01-05",
  "Grandparents were temporarily approved by the ADM as connected carers on 4 January 2027 and the child moved in the same day. Their full assessment is due at panel in April. When does the temporary approval end?")
d("manager", "cp_temp24", "2026-01-06", "2026-06-01",
  "Connected carer temporary approval from 06/01/26 was extended by the ADM after panel. What's the latest the temporary approval can run to?")
d("indirect", "fc_panel3y", "2024-02-29", "2026-11-02",
  "These carers' review last went to fostering panel on 29 February 2024. What's the latest it has to go back to panel?")
d("duty", "fc_checks", "2024-05-15", "2027-03-01",
  "FC DBS done 15/05/24, renewal due by?")
d("newstarter", "fc_checks", "2023-12-27", "2026-11-10",
  "Hello, one of my foster carers had their medical updated on 27 December 2023. When is the next one due by?")
d("typos", "fc_training", "2024-09-03", "2027-06-15",
  "carers did there core training 03/09/24 when do they need to redo it")

# ---------------- Case recording / file ----------------
d("scenario", "record3", "2025-12-24", "2025-12-24",
  "Did an unannounced home visit today, Christmas Eve 2025, on a CP case and mum's new partner was there. My next planned visit is 5 January. When does today's visit need to be recorded by?")
d("indirect", "record3", "2026-04-03", "2026-04-03",
  "If I have to see a family today (Good Friday, 3 April 2026) for an emergency, how long have I got to write it up?")
d("manager", "record3", "2026-05-01", "2026-05-06",
  "Visit 01/05/26 recorded on 05/05/26 - in timescale?")
d("scenario", "summary3m", "2025-11-30", "2026-02-02",
  "I'm picking up a case from a colleague who left in January. The case file summary was last updated on 30 November 2025 and the chronology on 15 January 2026. When does the summary need updating by?")
d("duty", "summary3m", "2027-05-31", "2027-06-01",
  "case summary last updated 31/5/27 - next due?")
d("indirect", "assess12m", "2025-12-29", "2026-06-01",
  "The last assessment on this child was authorised on 29 December 2025. When does it stop counting as up to date?")
d("manager", "assess12m", "2025-04-18", "2026-05-11",
  "Audit: last authorised assessment on file is dated 18/04/25. By what date should an updated assessment have been in place?")

# ================= VISITS =================
v("duty", "cp_visit", "2025-12-23", "2025-12-23",
  "last CP visit 23/12/25 next due?")
v("typos", "cp_visit", "2026-04-03", "2026-04-07",
  "seen the kid on cp plan on 3.4 (good friday) when do i next need to see him")
v("indirect", "cp_visit", "2026-08-24", "2026-08-27",
  "Little girl on a protection plan - I last saw her at home on Monday. When's the latest for my next home visit?",
  rel=[("on monday", "2026-08-24")])
v("scenario", "cp_visit", "2026-04-07", "2026-04-21",
  "Child has been on a CP plan since 2 February 2026. I saw him at school on 20 April 2026, but the last time I saw him at home was 7 April 2026. When is the next statutory CP visit due?",
  extra_phrases=["A statutory CP visit must not be recorded on the child’s file unless the child was seen at home"])
v("manager", "cp_visit", "2026-01-05", "2026-02-10",
  "CP visits on file 05/01/26 then 06/02/26 - was the gap compliant? What was the latest date the second visit should have been?")
v("newstarter", "cin_visit", "2026-08-28", "2026-09-01",
  "Hi, I'm newly qualified. My last visit to a child on a Child in Need plan was on 28 August 2026. By when should the next one be?")
v("indirect", "cin_visit", "2026-12-24", "2026-12-29",
  "Family are open at child in need level. I last saw the children at home on 24 December 2026 - when's the latest for the next home visit?")
v("scenario", "cin_visit", "2027-03-02", "2027-03-29",
  "Child in need case, 11 year old. I saw her at home on 2 March 2027, then at the contact centre on 19 March 2027 with dad. When's the next CIN visit due by?",
  extra_phrases=["The visit can only be recorded as a CIN visit on the child’s case file if they have been seen at home"])
v("indirect", "cin_review", "2026-05-22", "2026-05-26",
  "The last meeting with the family and professionals to review the child in need plan was on 22 May 2026. When's the next one due?")
v("typos", "cin_review", "2025-12-31", "2026-01-05",
  "last cin reveiw was new years eve, next one by when")
v("scenario", "lac_weekly", "2025-12-31", "2025-12-31",
  "4 year old came into care on 17 December 2025 and her first LAC review is booked for 14 January 2026. I visited her at the foster home today, New Year's Eve. When's my next statutory visit due?")
v("indirect", "lac_weekly", "2027-03-26", "2027-03-29",
  "Child only came into care a fortnight ago and hasn't had her first review yet. I last saw her on Friday 26 March 2027 (Good Friday). When's my next visit due?",
  dows=[("2027-03-26", "Fri")])
v("indirect", "lac_6wk", "2026-04-03", "2026-04-07",
  "Child in care - first review's been done but the permanence plan isn't finalised. Last statutory visit was on 3 April 2026. When's the next one due?")
v("scenario", "lac_6wk", "2025-05-23", "2025-06-02",
  "Teenager came into care in January 2025 and his first LAC review was on 5 February; the second review is on 30 June. He's still in a short-term placement. I visited him on 23 May 2025. When's the latest for the next statutory visit?")
v("indirect", "lac_12wk", "2027-05-28", "2027-06-01",
  "She's been in her long-term foster home nearly 3 years, it's her permanent placement and she's settled, so visits have moved to the longer gap. Last seen 28 May 2027. When's the next visit due?")
v("scenario", "adopt_weekly", "2026-05-22", "2026-05-26",
  "Child was placed with her adopters on 1 May 2026 and the first Looked After Review since placement isn't until June. I last visited on Friday 22 May. When's the next visit due?",
  dows=[("2026-05-22", "Fri")])
v("indirect", "adopt_6wk", "2027-08-30", "2027-08-31",
  "The first review in the adoptive placement has happened but the order isn't granted yet. My last visit was on 30 August 2027. When do I need to visit next?")
v("newstarter", "fc_visit", "2025-12-18", "2025-12-19",
  "Hello, I've just joined the fostering team. I visited one of my foster carers on 18 December 2025 - by when do I need to visit them again?")
v("typos", "fc_visit", "2026-05-25", "2026-05-26",
  "supervisng visit to my carers was on bank hol monday 25/5, next one due?", dows=[("2026-05-25", "Mon")])
v("indirect", "fc_unannounced", "2024-02-29", "2025-01-10",
  "When's the latest for the next drop-in-without-warning visit to these foster carers? The last one was on 29 February 2024.")
v("manager", "fc_annual", "2025-01-31", "2026-02-03",
  "Foster carer annual review last held 31/01/25. By when was the next one due?")
v("indirect", "family_time", "2026-03-31", "2026-04-01",
  "Contact arrangements with mum for a child in care were last reviewed on 31 March 2026 and there's no permanence plan agreed yet. When do they need reviewing again?")
v("duty", "plo_review", "2026-12-24", "2026-12-29",
  "last PLO review 24/12/26, next by?",
  ambiguous="The standard gives a 4-6 week range; due is the latest (6 weeks); the earliest (4 weeks) would be 2027-01-21.")

# ================= AGE =================
a("indirect", "pathway", "2011-03-14", "2026-02-01",
  "Young person in care was born on 14 March 2011. When should we start her plan for leaving care?")
a("duty", "pathway", "2011-08-31", "2026-11-02",
  "YP dob 31/08/11 - pathway plan start date?",
  ambiguous="15 years 6 months from 31 August lands on a non-existent 31 February; taken as 28 February (month-end), but 1 March 2027 is another reading.")
a("typos", "pathway", "2012-01-02", "2027-05-10",
  "when dose the pathway plan need starting, dob 02/01/12")
a("scenario", "pathway", "2010-10-25", "2026-01-12",
  "Lad has been in care since 2019, born 25/10/2010. His last LAC review was on 8 January 2026 and the next is in July. When should his pathway plan be started?")
a("indirect", "advocate12", "2014-01-05", "2026-01-02",
  "Boy on the conference list was born on 5 January 2014; the conference is 12 January 2026. From what date is he old enough that we should offer him someone to help him have his say?")
a("newstarter", "advocate12", "2016-02-29", "2027-11-15",
  "Hello, a girl on my caseload was born on 29 February 2016. On what date does she turn 12, so that she should be offered an advocate for conference?")
a("indirect", "adopt_under6", "2020-02-29", "2025-11-03",
  "Little girl born 29 February 2020 - up to what date does she count as under six for getting an adoption social worker and family finder allocated if PLO starts?")
a("scenario", "adopt_under6", "2021-08-12", "2027-06-01",
  "We're likely to start PLO for a girl born 12/08/2021 in late summer 2027; her brother was born 03/03/2019. On what date does she turn 6?")

# ================= CHOICE =================
c("duty", [("core_group1", "2026-03-03"), ("cin_deplan", "2026-03-03")], "2026-03-03",
  "conference was 3/3, what's next due?",
  ambiguous=None)
c("indirect", [("cp_visit", "2025-12-24"), ("cin_visit", "2025-12-24")], "2025-12-29",
  "Last home visit to the kids was on Christmas Eve. When's the next one due?")
c("indirect", [("icpc_chair", "2026-06-08"), ("icpc_family", "2026-06-08")], "2026-05-28",
  "Initial conference is on Monday 8 June 2026. When does my report need to go out?",
  dows=[("2026-06-08", "Mon")])
c("duty", [("cfa_tl_review", "2025-12-22"), ("cfa_complete", "2025-12-22")], "2025-12-22",
  "started C&F 22/12/25 when's it due?")
c("indirect", [("iro_informal", "2026-03-30"), ("iro_formal", "2026-03-30")], "2026-03-30",
  "The IRO raised a challenge with me today about drift in the plan. What's my deadline? (today is 30/03/26)")
c("typos", [("placement_mtg", "2026-12-23"), ("placement_plan", "2026-12-23")], "2026-12-23",
  "kid placed 23/12 whens the placment plan stuff due")
c("scenario", [("plo_fgc", "2026-04-01"), ("plo_viability", "2026-04-01"), ("plo_minutes", "2026-04-01")], "2026-04-02",
  "First PLO meeting was yesterday, 1 April 2026. Mum agreed to a family group conference and named her cousin as a possible carer. What's due next and by when?",
  rel=[("yesterday", "2026-04-01")])
c("newstarter", [("pep", "2025-12-18"), ("iha", "2025-12-18")], "2025-12-19",
  "Hi, a child came into care yesterday (18/12/25). What's due at the 20 day point?",
  rel=[("yesterday", "2025-12-18")])
c("indirect", [("cin_transfer", "2026-04-02"), ("cin_deplan", "2026-04-02")], "2026-04-02",
  "Case has come to our team today, 2 April 2026, at child in need. When do we need to hold the first CIN meeting?")
c("manager", [("cp_temp16", "2026-01-05"), ("cp_temp24", "2026-01-05")], "2026-04-20",
  "Connected carers temporarily approved 05/01/26. When does the temporary approval end?")

# ================= NONE =================
n("duty", "2026-03-10",
  "icpc 10/3/26, rcpc due by?",
  ["The child protection chair will set the date of the next conference"],
  "The standards do not set a timescale for the review conference; the CP chair sets the date of the next conference.")
n("newstarter", "2026-02-05",
  "Hi, my child's first looked after review was on 4 February 2026. When is the second review due?",
  ["At the point of the second review (if not in proceedings) the child must have a permanency plan"],
  "The standards mention the second review (permanency plan) but set no timescale for it.")
n("typos", "2026-01-06",
  "core group held 5/1/26, when does the next core grp have to be by",
  ["The multi –agency plan and the targets agreed and outcomes expected are reviewed at every core group"],
  "Only the first core group has a timescale (10 days after conference); no frequency is set for later core groups.")
n("newstarter", "2026-03-03",
  "Sorry if this is obvious - how often should I be having supervision? My last one was 2 March 2026.",
  ["supervision which takes place in line with the supervision policy"],
  "Supervision frequency is left to the supervision policy; these standards set no timescale.")
n("indirect", "2026-08-10",
  "The meeting with the agency decision maker about whether the child should be placed for adoption - the IRH is listed for 14 September 2026. How many days before that does it have to be?",
  ["but prior to legal need to submit the paperwork for the Issues Resolution Hearing"],
  "SHOPBA must be before legal submits paperwork for the IRH; no number of days is set.")
n("scenario", "2026-02-03",
  "We issued care proceedings on 2 February 2026 after PLO didn't work. Mum's solicitor is asking when the final hearing has to be. What's the deadline for proceedings to finish?",
  ["the timescales for filing SWET and additional supporting documents will be agreed at the Legal Gateway meeting"],
  "The standards set no deadline for concluding proceedings (filing timescales are agreed at Legal Gateway).")
n("manager", "2026-05-12",
  "Strategy discussion held 05/05/26, record sent to partner agencies 11/05/26. Was that within timescale?",
  ["the plan for the enquiries and decisions recorded and a record sent to all participating professionals"],
  "The standards require the strategy record to be sent to participants but set no timescale.")
n("indirect", "2026-06-02",
  "Child moved in with her adopters on 1 June 2026. When do I have to have the letter for her to read when she's older finished?",
  ["The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child"],
  "No timescale is set for the Later Life Letter or life story book.")
n("scenario", "2027-01-12",
  "15 year old lad, things at home are breaking down and dad says he'll put him out. Core group was on 11 January 2027. How many days have I got to make the referral to Family Focus?",
  ["a referral should be made to Family Focus by emailing the team with the child’s details"],
  "The Family Focus referral for edge of care has no timescale in the standards.")
n("indirect", "2027-03-15",
  "The adopters put in their application to court on 10 March 2027. When does my suitability report for the court have to be done?",
  ["The Social Worker will complete the Annex A suitability report for Court"],
  "No timescale is set for the Annex A report.")

# ---------------- extra scenario rows ----------------
d("scenario", "initial_decision", "2026-01-01", "2026-01-01",
  "Police sent through a Level 5 referral on New Year's Day 2026 about a 6 month old in a house where there was a stabbing on 30 December. There was an earlier referral in October 2025 that went to Early Help. By when must the team leader make the initial decision about what action is needed?",
  ambiguous="A referral received on a bank holiday could be treated as received on the next working day (Fri 2 Jan), which would move the decision deadline to Mon 5 Jan.")
d("scenario", "cfa_allocate", "2026-08-28", "2026-08-28",
  "School referred a 9 year old with repeated unexplained absences and the TL agreed on Friday 28 August 2026 that it needs a Child and Family Assessment. The family moved into Trafford on 1 July. When does the case have to be allocated to a social worker?",
  dows=[("2026-08-28", "Fri")])
d("scenario", "icpc_chair", "2027-01-06", "2026-12-18",
  "The ICPC is booked for Wednesday 6 January 2027; the initial strat was 14 December 2026. I'm on leave from 23 December to 4 January. When does my signed-off report need to be with the CP chair?",
  dows=[("2027-01-06", "Wed")])
d("scenario", "plo_16wk", "2026-05-04", "2026-06-01",
  "The PLO letter was dated 4 May 2026 (bank holiday, it went out the next day) and the first PLO meeting was 12 May. Mum has missed most of her drug tests. If the case is still in PLO, when is the Legal Gateway meeting with the Strategic Lead due?",
  ambiguous=AMB_PLO_START)
d("scenario", "pep", "2026-04-03", "2026-04-07",
  "A 7 year old came into care on Good Friday, 3 April 2026; school is closed for Easter until 13 April and the IHA is being booked. When does the PEP meeting need to be held by?")

# ---------------- extra relative-date rows ----------------
d("duty", "plo_minutes", "2026-03-03", "2026-03-05",
  "plo mtg was on the 3rd, mins due?", rel=[("the 3rd", "2026-03-03")])
d("typos", "placement_mtg", "2027-08-27", "2027-08-26",
  "kid moving to new carers tomorow (fri) when does the placment meeting have to be",
  rel=[("tomorrow", "2027-08-27")], dows=[("2027-08-27", "Fri")])
d("indirect", "core_group1", "2026-12-29", "2027-01-04",
  "The conference last Tuesday put the baby on a protection plan. When does the first follow-up meeting to flesh out the plan with the family have to happen?",
  rel=[("last tuesday", "2026-12-29")])
