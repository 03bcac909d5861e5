# Structured row descriptions read by oracle.py. Dates/counts are computed there, never here.
RULES = {
 "fd_decision": ("wd", 1, "decisions made by what action are required by a Team Leader within 1 working day"),
 "init_decision": ("wd", 1, "Initial decisions will be made about the action required within 1 working day"),
 "referral": ("wd", 1, "Referrals will be actioned by a social worker within 1 working day"),
 "s47_5": ("cd", 5, "Within 5 days of the Section 47 being initiated"),
 "s47_seen": ("same", 0, "the child / children will be seen by the Social Worker the same day"),
 "alloc": ("wd", 3, "allocated to a social worker to complete a Child and Family Assessment within 3 working days"),
 "tl_review": ("wd", 15, "All assessments will be reviewed by the Team Leader within 15 working days"),
 "assess45": ("cd", 45, "Assessments must all be completed within 45 days"),
 "strat": ("wd", 1, "When a management decision is made that a strategy discussion is required, this must happen within 1 working day"),
 "strat24": ("cd", 1, "A strategy discussion within 24 hours involving all relevant agencies"),
 "transfer": ("cd", 5, "Within the 5 days’ notice period, the Children’s First Response Social Worker"),
 "icpc": ("wd", 15, "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion"),
 "icpc_family": ("cdb", 3, "The report will be shared with family at least 3 the days prior to conference"),
 "icpc_chair": ("wdb", 3, "The report will be sent to the child protection chair 3 working days before the conference"),
 "core1": ("cd", 10, "held within 10 days of the conference and is used to put detail on the outline CP plan"),
 "cp_visit": ("wk", 4, "Visits to a child subject to a CP plan will take place at least every 4 weeks"),
 "rcpc_parents": ("cdb", 3, "This report must be shared with parents at least 3 days prior to the review conference"),
 "rcpc_chair": ("cdb", 3, "The report will be available to the conference chair at least 3 days prior to the review conference"),
 "cp12": ("mo", 12, "when they have been subject to a plan for 12 months"),
 "plo1": ("cd", 10, "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter"),
 "plo_fgc": ("wd", 3, "Referral should be made within 3 working days of the first PLO meeting"),
 "plo_viab": ("wd", 3, "Family Placement Team within 3 working days of the initial PLO meeting"),
 "plo_min": ("cd", 7, "distributed to parents and their legal representation within 7 days of the meeting"),
 "plo_review": ("wk", 6, "Review PLO meetings with parents to be held every 4-6 weeks"),
 "plo12": ("wk", 12, "A review legal planning meeting will be held at 12 weeks"),
 "plo16": ("wk", 16, "a Legal Gateway meeting will be convened at 16 weeks"),
 "plo_ext": ("wk", 4, "In exceptional circumstances a further period of 4 weeks will be agreed in PLO"),
 "cin_deplan": ("cd", 20, "will set the first CIN meeting within 20 days"),
 "cin_transfer": ("cd", 10, "the initial CIN meeting must take place within 10 days"),
 "cin_review": ("wk", 6, "CIN review meetings will be held at least every 6 weeks"),
 "cin_visit": ("wk", 6, "A child subject to a CIN plan will be seen at least every 6 weeks"),
 "lac_assess": ("wd", 20, "If it is an emergency / unplanned admission the assessment will be completed within 20 working days"),
 "lac_visit1": ("wd", 1, ["The child will be visited within 1 working day of coming into care or having a change in placement",
                          "All looked after children will be seen within 1 working day of placement"]),
 "plac_meet": ("wd", 3, "The placement meeting will be held within 3 working days"),
 "plac_plan": ("wd", 5, "updated copy given to the carers within 5 working days of the placement beginning"),
 "family_time": ("wk", 8, "reviewed at least every 8 week until the plan for permanence is agreed"),
 "care_pack": ("wk", 3, "The child will be provided with a coming into care pack, children rights leaflet within 3 weeks"),
 "legal_status": ("wd", 5, "will be informed of the child’s legal status within 5 working days"),
 "iha": ("wd", 20, "An initial health assessment will be requested and carried out within 20 working days"),
 "pep": ("cd", 20, "A PEP meeting will be arranged within the school within 20 days"),
 "lac_weekly": ("wk", 1, "Statutory looked after visits must happen weekly until the first looked after review"),
 "lac_6wk": ("wk", 6, "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised"),
 "lac_12wk": ("wk", 12, "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement"),
 "care_plan": ("cd", 10, "An up to date care plan will be recorded on the electronic system within 10 days of placement"),
 "lac_review1": ("wd", 20, "The initial Looked After Review must take place within 20 working days of the child becoming looked after"),
 "pathway": ("age", (15, 6), "A pathway plan will be started when the young person is 15 years 6 months"),
 "iro_report": ("cdb", 3, "this will be with the IRO 3 days before the review"),
 "iro_challenge": ("wd", 5, "If the challenge is not resolved within 5 working days a formal dispute will be raised"),
 "iro_dispute": ("wd", 20, "The formal dispute resolution process should be completed from start to finish within 20 working days"),
 "adopt_age": ("age", (6, 0), "If a child under the age of 6 enters PLO or proceedings"),
 "adopt_weekly": ("wk", 1, "Once the child is placed weekly statutory visits will take place until the first Looked After Review"),
 "adopt_6wk": ("wk", 6, "then visits will be a minimum of 6 weekly until the Adoption Order is Granted"),
 "adopt_app": ("wk", 10, "Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order"),
 "fc_visit": ("wk", 6, "Trafford foster carers are visited at least once every six weeks"),
 "fc_record": ("wd", 3, "a record of this visit is recorded on LCS within 3 working days"),
 "fc_unannounced": ("mo", 12, "All Trafford foster carers will have an unannounced visit at least once every 12 months"),
 "fc_annual": ("mo", 12, "All Trafford foster carers will have an annual review including an updated Safer Caring Policy"),
 "fc_panel": ("mo", 36, "Every foster carer will have an annual review presented to the Fostering Panel at least every three years"),
 "fc_dbs": ("mo", 36, "All foster carers will have updated statutory references, medicals and DBS checks at least every three years"),
 "fc_training": ("mo", 36, "All Trafford foster carers must update their core training at least every three years"),
 "fc_variation": ("wd", 6, "This can only be given for up to 6 working days"),
 "temp_approval": ("wk", 16, "Temporary approval is for 16 weeks but can be extended for a further 8 weeks"),
 "temp_ext": ("wk", 8, "Temporary approval is for 16 weeks but can be extended for a further 8 weeks"),
 "recording": ("cd", 3, "any event or contact is recorded within 3 days"),
 "summary": ("mo", 3, "A clear and concise case file summary which has been updated within the last 3 months"),
 "assess12": ("mo", 12, "An up to date assessment (within the last 12 months) on each child"),
 "advocate": ("age", (12, 0), "if they are 12 or over they should be offered an advocate"),
}

ROWS = []
AMB45 = "The standard says 45 days (counted here as calendar days); statutory guidance uses 45 working days, which would give a later date."
AMB_PLO = "The standard does not say what the weeks run from; counted here from the first PLO meeting, but the PLO letter date or the Legal Gateway decision are other readings."


def R(voice, kind, today, q, rule, start, amb=None, actual=None):
    ROWS.append(dict(voice=voice, kind=kind, today=today, q=q, rule=rule, start=start, amb=amb, actual=actual))


def N(voice, today, q, phrases, why):
    ROWS.append(dict(voice=voice, kind="none", today=today, q=q, phrases=phrases, why=why))


# ---------------- date ----------------
# Front Door
R("duty", "date", "2025-12-24", "contact in 24/12 pm, TL decision by when?", "fd_decision", "2025-12-24")
R("indirect", "date", "2026-04-02", "A health visitor phoned our front door this morning worried about a baby. How long has the team leader got to decide what we're doing with it?", "fd_decision", "today")
R("typos", "date", "2027-05-28", "contact came in today 28.5 when does the TL have to make a decision on it", "fd_decision", "today")
R("newstarter", "date", "2026-08-28", "Hi, sorry if this is a basic question. A referral that looks like it's at Level 4 came through today. By when does a team leader need to make the initial decision about what action is needed?", "init_decision", "today")
R("indirect", "date", "2025-05-02", "School referral came in yesterday afternoon, looks like it's at the child protection end. When does the manager have to have decided what we're doing about it?", "init_decision", "yesterday")
R("duty", "date", "2026-12-24", "ref in 24/12, needs actioning by SW by?", "referral", "today")
R("scenario", "date", "2025-08-22", "Police sent a referral over at 4pm today about a 9 year old left home alone. Mum's birthday is 23/08 apparently and she was out celebrating early. When does a social worker need to have actioned the referral?", "referral", "today")
R("indirect", "date", "2027-03-25", "We started child protection enquiries yesterday. When do I need to sit down with my manager to talk about how the enquiries are going?", "s47_5", "yesterday")
R("manager", "date", "2025-10-15", "S47 initiated 06/10/25 and the SW/TL progress discussion wasn't held until 13/10. In timescale?", "s47_5", "2025-10-06", actual="2025-10-13")
R("newstarter", "date", "2026-01-02", "Hello, I'm new on duty. If a referral comes in today and it's decided it's a Section 47, when does the child need to be seen by me?", "s47_seen", "today")
R("indirect", "date", "2027-12-24", "Manager's just agreed this one is going to be a child protection investigation. It's Christmas Eve - can I see the kids after the break or when do they need seeing?", "s47_seen", "today")
R("scenario", "date", "2025-12-23", "Referral for a 5 year old (DOB 17/12/20) was agreed today, 23/12/25, for a C&F assessment. Team is short over Christmas. When does it have to be allocated to a worker by?", "alloc", "today")
R("indirect", "date", "2026-05-21", "Team leader got the case today. By when does a worker have to be given it to start the family assessment?", "alloc", "today")
R("manager", "date", "2027-04-07", "Referral decision 24/03/27, allocated for C&F assessment on 30/03/27. Within the allocation timescale?", "alloc", "2027-03-24", actual="2027-03-30")
R("scenario", "date", "2026-03-20", "Started a C&F assessment today (20/03) for a family of three kids, eldest DOB 14/03/12. The CIN meeting for the eldest is 15/04. When does my TL need to review the assessment by?", "tl_review", "today")
R("scenario", "date", "2025-04-10", "I opened a Child and Family Assessment on 10 April for a 4 year old (DOB 02/04/21) after a nursery referral. Their sibling's CIN meeting is 30 April. When does my team leader need to have reviewed the assessment?", "tl_review", "2025-04-10")
R("newstarter", "date", "2027-08-16", "Sorry, quick one - my assessment started on 16th August. When should my team leader have reviewed it by? I'm not sure if it's days or working days.", "tl_review", "today")
R("duty", "date", "2025-11-17", "C&F opened 17/11/25 final due?", "assess45", "2025-11-17", amb=AMB45)
R("indirect", "date", "2026-02-23", "I began assessing the family on 20 Feb after the referral. What's the last day I can finish it?", "assess45", "2026-02-20", amb=AMB45)
R("manager", "date", "2026-12-01", "Assessment started 14/10/26 and was authorised on 30/11/26. Was it done inside the timescale?", "assess45", "2026-10-14", amb=AMB45, actual="2026-11-30")
R("typos", "date", "2027-01-04", "assesment startd 23rd dec when does it have to be finished", "assess45", "2026-12-23", amb=AMB45)
R("scenario", "date", "2026-06-10", "Nursery flagged bruising on a 2 year old this morning (10 June). Mum has a GP appointment on 12/06. My manager has just decided we need a strategy discussion - when does it need to happen by?", "strat", "today")
R("indirect", "date", "2025-09-17", "My manager decided this morning we need all the agencies together to talk through the concerns before enquiries start. When does that have to happen by?", "strat", "today")
R("newstarter", "date", "2027-02-10", "Hello! If a manager decides today that a strategy discussion is needed, by when must it take place?", "strat", "today")
R("indirect", "date", "2026-03-04", "First Response emailed the neighbourhood team today to say the case is moving over to them. By when do both workers need to have done the joint home visit?", "transfer", "today")
R("scenario", "date", "2025-07-16", "Finished the C&F on a 7 year old last week and it's going to the neighbourhood team at CIN. I sent the transfer email on 16/07. The family's next school meeting is 24/07. When does the joint visit with the new worker need to be done by?", "transfer", "2025-07-16")
# S47 / ICPC
R("duty", "date", "2025-12-19", "strat 19/12/25 ICPC by?", "icpc", "2025-12-19")
R("typos", "date", "2026-03-23", "strat was on 23.3.26 when dose the icpc need to be", "icpc", "2026-03-23")
R("indirect", "date", "2027-03-18", "We had the multi-agency meeting to kick off child protection enquiries on 18th March. If it goes to the first big conference, by when does that need to happen?", "icpc", "2027-03-18")
R("scenario", "date", "2026-08-14", "Baby (DOB 01/08/26) was referred by the hospital. Strategy meeting was held today, 14 August, and the S47 was agreed; the pre-birth planning meeting had been on 3 August. What's the latest date for the initial conference?", "icpc", "today")
R("manager", "date", "2026-01-20", "ICPC held 20/01/26, strat was 02/01/26 - was that in timescale?", "icpc", "2026-01-02", actual="2026-01-20")
R("newstarter", "date", "2025-04-11", "Hi, I'm a newly qualified worker. We had a strategy discussion today (11 April). How long until the Initial Child Protection Conference must be held?", "icpc", "today")
R("scenario", "date", "2025-06-06", "Strategy discussion for a 13 year old was on Tuesday 3rd June, then we did a second strat on 05/06 after new info from school. He turns 14 on 20/06. When does the ICPC need to be by?", "icpc", "2025-06-03",
  amb="Counted from the initial strategy discussion (3 June) as the standard says; a reader might count from the later strat (5 June).")
R("indirect", "date", "2026-04-09", "The first child protection conference is on 14 April. What's the last day I can go through my report with mum and dad?", "icpc_family", "2026-04-14")
R("typos", "date", "2025-12-30", "icpc is 5th jan, when do parents need the report by", "icpc_family", "2026-01-05")
R("newstarter", "date", "2027-05-26", "Could someone tell me when I have to share my conference report with the family? The Initial Child Protection Conference is on 01/06/27.", "icpc_family", "2027-06-01")
R("duty", "date", "2026-03-27", "ICPC tues 7/4 - rpt to chair by?", "icpc_chair", "2026-04-07")
R("indirect", "date", "2025-12-22", "The conference to decide whether the children need a protection plan is booked for Friday 2 January. When does the chair need my signed-off report?", "icpc_chair", "2026-01-02")
# CP plans
R("scenario", "date", "2027-08-20", "Conference on 20/08 made both girls subject to plans under neglect. Dad's court date is 1 September and the next conference was set for November. When's the first core group due by?", "core1", "2027-08-20")
R("typos", "date", "2026-05-22", "cp confrence was thurs 21st may, first core grp due when", "core1", "2026-05-21")
R("manager", "date", "2025-11-20", "Conference 30/10/25, first core group held 11/11/25. In timescale?", "core1", "2025-10-30", actual="2025-11-11")
R("indirect", "date", "2026-04-01", "The follow-up meeting that looks again at the Bramblewick-Zoom children's protection plans is on 7 April. Last day to let the parents see my update?", "rcpc_parents", "2026-04-07")
R("newstarter", "date", "2026-12-30", "Hi, I have a review child protection conference on 6 January. When should the parents get my report?", "rcpc_parents", "2027-01-06")
R("scenario", "date", "2025-05-27", "Review CP conference is on Friday 30 May for a baby born 01/11/24. The core group last met on 20/05. When does the chair need to have my report?", "rcpc_chair", "2025-05-30")
R("manager", "date", "2026-09-10", "Review conference 08/09/26. Plan update went to the chair 06/09/26. OK?", "rcpc_chair", "2026-09-08", actual="2026-09-06")
R("indirect", "date", "2026-01-20", "The children have been on protection plans since the conference on 11/02/25 and not much has changed. When do they hit the point where we need to hold a thinking-time meeting?", "cp12", "2025-02-11")
R("scenario", "date", "2027-01-14", "Twins (DOB 30/03/22) went on CP plans at the ICPC on 31/01/26 and progress is slow. Their review conference was today, 14/01/27. If it's still not enough to de-plan, from when does the professional thinking time meeting kick in?", "cp12", "2026-01-31")
# PLO
R("duty", "date", "2026-12-22", "PLO letter dated 22/12 - 1st mtg by?", "plo1", "today")
R("indirect", "date", "2025-08-18", "The legal letter warning the parents we're thinking about court went out dated 18 August. When should the first meeting with them and their solicitor be?", "plo1", "today")
R("typos", "date", "2027-04-01", "plo leter was dated 26/3/27 wen do we have to have the 1st meeting", "plo1", "2027-03-26")
R("scenario", "date", "2026-05-06", "Legal Gateway agreed PLO on 28/04/26 and the letter went out dated 30/04/26. Mum's solicitor is on leave until 12/05. When should the first PLO meeting take place?", "plo1", "2026-04-30")
R("indirect", "date", "2026-03-31", "We had the first pre-proceedings meeting with the parents today and they've agreed to a family meeting to plan with relatives. When does the referral for that need to go in?", "plo_fgc", "today")
R("newstarter", "date", "2025-12-22", "Hi all, first PLO meeting was this morning (22/12) and the parents consented to a Family Group Conference. When do I need to make the referral by?", "plo_fgc", "today")
R("indirect", "date", "2027-05-27", "Initial pre-proceedings meeting was today and gran has been put forward as a possible carer. When does the request to screen her have to go to the family placement team?", "plo_viab", "today")
R("duty", "date", "2025-08-21", "initial PLO mtg 21/8, aunt put fwd - viability req by?", "plo_viab", "today")
R("scenario", "date", "2025-12-22", "PLO meeting with mum, dad and both solicitors was on Friday 19/12; the FGC referral went the same day and the next review PLO is 23/01. When do the minutes have to be sent to the parents?", "plo_min", "2025-12-19")
R("indirect", "date", "2026-05-29", "We met the parents and their solicitors today to agree what needs to change. By when do the written notes need to go to them?", "plo_min", "today")
R("manager", "date", "2027-02-15", "PLO meeting 01/02/27, minutes sent to parents and solicitors 10/02/27. Compliant?", "plo_min", "2027-02-01", actual="2027-02-10")
R("indirect", "date", "2026-03-02", "We started pre-proceedings with the first meeting today. When's the meeting with our solicitor to look at whether threshold is still met?", "plo12", "today", amb=AMB_PLO)
R("scenario", "date", "2025-09-29", "Pre-proceedings started with the first PLO meeting today, 29/09/25; the letter had gone out on 19/09 and review PLO meetings will be monthly. When is the 12 week review legal planning meeting?", "plo12", "today", amb=AMB_PLO)
R("scenario", "date", "2026-10-06", "Legal Gateway agreed PLO on 21/09/26 and the first PLO meeting with the parents was yesterday. Review PLO meetings will be monthly. If the case is still in PLO, when is the 16-week Legal Gateway due?", "plo16", "yesterday", amb=AMB_PLO)
R("newstarter", "date", "2027-06-14", "Sorry if this is obvious - our PLO started with the first meeting on 14 June 2027. When would the Legal Gateway meeting at 16 weeks be?", "plo16", "today", amb=AMB_PLO)
R("indirect", "date", "2026-07-20", "At the 12-week review today the solicitor agreed an extra period in pre-proceedings because things are exceptional. Until when does that extension run?", "plo_ext", "today",
  amb="The standard does not say whether the extra 4 weeks run from the 12-week review or are added after some later point; counted here from the review.")
# CIN
R("indirect", "date", "2026-12-16", "Conference today agreed the kids no longer need protection plans and they're stepping down to child in need. When should the chair set the first CIN meeting by?", "cin_deplan", "today")
R("typos", "date", "2025-03-31", "deplanned at rcpc on 28/3 when is 1st cin meting due", "cin_deplan", "2025-03-28")
R("manager", "date", "2027-09-01", "Child de-planned at review conference 05/08/27, first CIN meeting held 27/08/27. OK?", "cin_deplan", "2027-08-05", actual="2027-08-27")
R("duty", "date", "2026-03-27", "case tfr from CFR 27/3 - initial CIN mtg by?", "cin_transfer", "today")
R("scenario", "date", "2025-10-24", "Case transferred to us from the First Response team today after the assessment. Dad's contact hearing is on 31/10 and the child's 10th birthday is 02/11. When's the initial CIN meeting due?", "cin_transfer", "today")
R("newstarter", "date", "2027-08-23", "Hello, I've just been allocated a Child in Need case that transferred in from Children's First Response today. When does the initial CIN meeting need to happen?", "cin_transfer", "today")
# Children in care
R("indirect", "date", "2026-12-21", "A teenager came into care in an emergency last night (20/12). When does the assessment of his needs have to be done?", "lac_assess", "yesterday")
R("scenario", "date", "2025-04-17", "Police protection today, 17/04/25, so the child has come into care as an unplanned admission; mum's ICPC had been booked for 24/04. When must the assessment of the child's needs be completed?", "lac_assess", "today")
R("duty", "date", "2026-12-24", "LAC placed 24/12 - visit by?", "lac_visit1", "today")
R("scenario", "date", "2025-05-23", "His placement broke down and he moved to new foster carers today, Friday 23 May. His review is due 10/06. When do I need to have visited him?", "lac_visit1", "today")
R("indirect", "date", "2026-08-27", "Child went to her new foster home today. When must the meeting to agree delegated authority with the carers take place?", "plac_meet", "today")
R("newstarter", "date", "2025-12-23", "Hi, a child was placed with foster carers today (23 Dec). When does the placement meeting need to be held by?", "plac_meet", "today")
R("scenario", "date", "2027-01-12", "Child was placed with foster carers on Monday 4 January; the placement meeting was held on Friday 8 January because the carer was ill. Her birthday was 6 January. Was the meeting in time?", "plac_meet", "2027-01-04", actual="2027-01-08")
R("indirect", "date", "2026-04-02", "New placement began on 1 April. When do the carers need the updated written plan with everything we agreed?", "plac_plan", "2026-04-01")
R("typos", "date", "2027-12-22", "placemnt started 22/12/27 when do carers need the updated placment plan", "plac_plan", "today")
R("indirect", "date", "2026-01-05", "Child came into care on 29/12. When should she get the welcome pack and the leaflet about her rights?", "care_pack", "2025-12-29")
R("newstarter", "date", "2025-06-09", "Hello, a child I work with became looked after today, 9 June. How long do I have to give him the coming into care pack?", "care_pack", "today")
R("indirect", "date", "2026-05-01", "Child came into care today. When do I need to have told the school, GP and everyone else involved that he's in care and on what basis?", "legal_status", "today")
R("scenario", "date", "2027-08-26", "Section 20 agreed today (26/08) for a 15 year old after a row at home; his mum's 40th is 28/08 and the family meeting was on 20/08. When must the other professionals be told he's looked after?", "legal_status", "today")
R("indirect", "date", "2025-12-15", "Child came into care today. When does her first health check with the doctor need to have been done?", "iha", "today")
R("scenario", "date", "2027-03-15", "The two brothers (DOB 12/06/17 and 03/03/19) came into care today under s20. Their last CIN review had been 1 March. When does the initial health assessment need to be carried out?", "iha", "today")
R("indirect", "date", "2026-03-20", "Child came into care today. When does the meeting with her school about her education plan need to be by?", "pep", "today")
R("typos", "date", "2025-09-03", "new lac kid came in 1st sept when is the pep meeting due", "pep", "2025-09-01")
R("scenario", "date", "2025-12-29", "Child placed on 21/12 with emergency carers; his old CIN plan was dated 02/12 and the court date is 05/01. When does his care plan need to be on the system?", "care_plan", "2025-12-21")
R("indirect", "date", "2027-05-24", "She went into her foster placement today. When does her plan of care need to be on the system?", "care_plan", "today")
R("scenario", "date", "2025-12-10", "Brothers came into care today, 10/12/25, after police protection; the older one turns 9 on 25/12 and the ICO hearing is 17/12. When's the initial LAC review due?", "lac_review1", "today")
R("indirect", "date", "2026-03-16", "The little one came into our care today. When's the first review meeting with the independent reviewing officer due by?", "lac_review1", "today")
R("scenario", "date", "2027-04-30", "Child came into care under an ICO today, 30/04/27. Next court hearing is 14/05/27 and he turns 8 on 02/05. When must the initial Looked After Review take place?", "lac_review1", "today")
R("manager", "date", "2026-09-14", "LAC from 17/08/26, initial LAC review held 14/09/26. Within timescales?", "lac_review1", "2026-08-17", actual="2026-09-14")
R("scenario", "date", "2027-12-20", "Sibling group of three came into care today, 20/12/27; the youngest was born 01/01/26 and the older two had an ICPC on 02/12/27. When's their first LAC review due?", "lac_review1", "today")
R("indirect", "date", "2025-12-29", "Her looked after review is on Monday 5 January. When does my written report need to be with the reviewing officer?", "iro_report", "2026-01-05")
R("newstarter", "date", "2025-05-01", "Hi, my first looked after review is on 06/05/25. When does the IRO need my report?", "iro_report", "2025-05-06")
# IRO
R("indirect", "date", "2026-12-22", "Our reviewing officer told me informally today that the care plan is drifting. If we don't sort it, when does it escalate?", "iro_challenge", "today")
R("manager", "date", "2027-04-12", "IRO informal challenge raised 22/03/27, still unresolved. When should the formal dispute have been raised?", "iro_challenge", "2027-03-22")
R("indirect", "date", "2025-08-11", "The reviewing officer took her concern about drift to the formal stage today. By when should the whole thing be resolved?", "iro_dispute", "today")
R("scenario", "date", "2026-11-30", "The IRO's informal challenge from 23/11 wasn't resolved, so the formal dispute started today, 30/11. Child's next review is 14/12. By when should the formal dispute be finished?", "iro_dispute", "today")
# Adoption
R("indirect", "date", "2026-02-16", "Little boy moved in with his adopters today. From when can they apply to court for the order?", "adopt_app", "today")
R("scenario", "date", "2027-10-11", "Placement order was made 01/07/27, matching panel was 14/09/27 and the child moved in with the adopters today (11/10/27). When can the adopters apply for the Adoption Order?", "adopt_app", "today")
# Fostering
R("indirect", "date", "2025-12-24", "I visited one of our foster families today as their supervising worker. When does the write-up of the visit have to be on the system?", "fc_record", "today")
R("indirect", "date", "2026-05-01", "One of our foster carers had her yearly review on 15/06/25. When's the next one due?", "fc_annual", "2025-06-15")
R("manager", "date", "2027-03-10", "Foster carer's last review presented to Fostering Panel was 29/02/24. When was the next panel presentation due?", "fc_panel", "2024-02-29",
  amb="29 Feb + 3 years has no matching day; taken as 28 Feb 2027 (a reader could say 1 March).")
R("indirect", "date", "2026-10-05", "A carer's references, medical and police checks were last updated on 14 October 2023. When are they due again?", "fc_dbs", "2023-10-14")
R("typos", "date", "2025-01-20", "foster carer did core training 3rd feb 2022 when does she need to redo it", "fc_training", "2022-02-03")
R("indirect", "date", "2026-08-28", "Strategic Lead agreed today that we can place a 14 year old with carers approved for under-10s, as a one-off. How long does that permission last?", "fc_variation", "today",
  amb="Counted from the day permission was given; it could be read as running from the day the child is placed.")
R("scenario", "date", "2025-04-16", "Placed a 16 year old with carers approved for 0-12s today, 16/04/25, after the Strategic Lead agreed a variation this morning. Their annual review is 01/05. How long does the variation last?", "fc_variation", "today")
R("indirect", "date", "2026-01-09", "The child's aunt was temporarily approved as a foster carer by the ADM today. When does that approval run out?", "temp_approval", "today")
R("scenario", "date", "2025-12-19", "Grandad was given temporary approval as a connected person carer on 19/12/25 and the child moved in the same day. Panel isn't until March. When does the temporary approval end if it isn't extended?", "temp_approval", "2025-12-19")
R("scenario", "date", "2026-08-20", "Aunt has had the kids since 04/05/26 under temporary approval as a connected person; the 16 weeks end 24/08/26 and panel plus the ADM have agreed the extension. Cousin's assessment is due 01/09. When does the extension end?", "temp_ext", "2026-08-24")
# Case recording, summaries, assessments
R("typos", "date", "2026-12-24", "home vist done 24/12 wen does it need to be on the system", "recording", "today")
R("indirect", "date", "2026-01-05", "I had a long phone call with the child's nan on Friday. How long have I got to get it written up on the file?", "recording", "last:fri")
R("newstarter", "date", "2025-10-08", "Sorry, newbie question - if I do a visit today, what's the deadline for recording it on the child's record?", "recording", "today")
R("indirect", "date", "2026-02-27", "The front summary sheet on the child's file was last refreshed on 30/11/25. When does it need updating again?", "summary", "2025-11-30")
R("scenario", "date", "2027-01-15", "Picked up a case from a colleague who left. The case file summary was last updated 15/09/26, the chronology in June, and the child's CIN review is 20/01/27. When did the summary need updating by?", "summary", "2026-09-15")
R("indirect", "date", "2026-07-01", "The family's last full assessment was signed off by the manager on 3 July 2025. When does that stop counting as up to date?", "assess12", "2025-07-03")
R("manager", "date", "2025-03-03", "Child's assessment authorised 29/02/24. When did it fall outside the last-12-months standard?", "assess12", "2024-02-29",
  amb="29 Feb + 12 months has no matching day; taken as 28 Feb 2025 (a reader could say 1 March).")
# extra date rows, mixed
R("scenario", "date", "2026-12-30", "Mum rang the front door on 29/12 about her partner; the kids' DOBs are 05/01/15 and 11/11/18 and there's a CIN meeting booked for 08/01. When should the team leader have made the decision on the contact?", "fd_decision", "2026-12-29")
R("scenario", "date", "2027-04-01", "Strategy discussion on Wednesday 31 March agreed an S47 for a 6 year old. His half-brother's ICPC was on 12/03. When's the latest the ICPC can be for him?", "icpc", "2027-03-31")
R("scenario", "date", "2025-08-29", "Child came into care on 22 August after gran's placement ended; she turns 11 on 30 August. Her previous care plan was from 2024. When does the up to date care plan have to be on the system?", "care_plan", "2025-08-22")
R("scenario", "date", "2026-05-05", "School raised concerns on 28/04, strat was on 01/05/26 and we started the S47 the same day. Dad's solicitor letter arrived 04/05. When should I have the progress discussion with my manager by?", "s47_5", "2026-05-01")
R("scenario", "date", "2027-08-27", "Placed with new foster carers yesterday after a disruption. Her sister was placed on 16/08. When does the placement meeting need to happen?", "plac_meet", "yesterday")
R("scenario", "date", "2025-12-18", "Child became looked after on 18/12/25 and the court hearing is on 22/12. His school are asking about education planning. When's the PEP meeting due?", "pep", "2025-12-18")
R("typos", "date", "2026-08-26", "visted foster carers 26th aug for supervison, record due?", "fc_record", "today")
R("scenario", "date", "2026-06-02", "The initial PLO meeting was held on Friday 29 May; nana and an uncle were put forward as carers and the FGC is booked for 20/06. When does the viability screening request have to go in?", "plo_viab", "2026-05-29")
R("scenario", "date", "2027-12-23", "Dispute with the IRO over drift: the informal challenge went in on 20/12/27. The child's LAC review is 10/01/28. When is it due to escalate to a formal dispute if not resolved?", "iro_challenge", "2027-12-20")

# ---------------- visits ----------------
R("duty", "visits", "2026-12-10", "CP visit last done 10/12, next by?", "cp_visit", "today")
R("indirect", "visits", "2025-08-05", "I last saw the little boy on his protection plan at home on 28 July. When do I have to see him again at the latest?", "cp_visit", "2025-07-28")
R("typos", "visits", "2027-03-10", "last cp vist was 2.3.27 when is the next 1 due", "cp_visit", "2027-03-02")
R("manager", "visits", "2026-06-15", "Child on CP plan seen at home 05/05/26 then again 09/06/26. Is the visiting frequency compliant?", "cp_visit", "2026-05-05", actual="2026-06-09")
R("scenario", "visits", "2027-12-22", "Two brothers on CP plans. I did an unannounced visit on Monday 20/12 but only saw the older one at home; the younger one was last seen at home on 06/12. When's the latest his next visit can be?", "cp_visit", "2027-12-06")
R("manager", "visits", "2026-01-12", "Last review PLO meeting was 24/11/25; next one booked 12/01/26. Within the 4-6 weekly requirement?", "plo_review", "2025-11-24", actual="2026-01-12",
  amb="The standard gives a 4-6 week range; due is the latest date (6 weeks), the earliest would be 22/12/25.")
R("indirect", "visits", "2026-02-05", "The last meeting to review the family's support plan (they're not on child protection) was on 22 January. Latest date for the next one?", "cin_review", "2026-01-22")
R("duty", "visits", "2025-12-01", "last CIN rev 28/11, next?", "cin_review", "2025-11-28")
R("typos", "visits", "2026-12-23", "saw cin kid at home on 20.11 wen is next vist due", "cin_visit", "2026-11-20")
R("indirect", "visits", "2027-07-06", "I last saw the girl on the child in need plan at her home yesterday. By when do I need to see her again?", "cin_visit", "yesterday")
R("manager", "visits", "2025-06-30", "CIN visits on file: 07/04/25 then 23/05/25. Compliant with frequency?", "cin_visit", "2025-04-07", actual="2025-05-23")
R("indirect", "visits", "2026-04-03", "He came into care last month and hasn't had his first review yet. I saw him on Wednesday. When's the next statutory visit due?", "lac_weekly", "last:wed")
R("duty", "visits", "2025-12-29", "LAC pre 1st review, last SV 24/12, next?", "lac_weekly", "2025-12-24")
R("scenario", "visits", "2026-05-18", "Her first LAC review was in March and the plan for permanence isn't finalised yet. I last saw her at her foster home on 13/04/26; her brother was seen 20/04. When's her next statutory visit due?", "lac_6wk", "2026-04-13")
R("typos", "visits", "2027-11-19", "lac visit was 17.11.27, shes had her 1st review, when is next visit", "lac_6wk", "2027-11-17")
R("indirect", "visits", "2026-07-06", "She's been settled in her permanent foster home for two years so we're on the longest visiting gap. Saw her today. Next one by?", "lac_12wk", "today")
R("newstarter", "visits", "2026-12-21", "Hi, the baby was placed with adopters and the first looked after review hasn't happened yet. I visited today - when is the next visit?", "adopt_weekly", "today")
R("indirect", "visits", "2025-08-04", "Adoptive placement, first review's done but the order isn't granted yet. My last visit to the adopters' home was 04/08/25. Next?", "adopt_6wk", "2025-08-04")
R("indirect", "visits", "2026-03-02", "When do I next have to visit a foster family I supervise? Last went on 23 February.", "fc_visit", "2026-02-23")
R("manager", "visits", "2027-02-08", "Foster carer supervisory visits: 14/12/26 and 03/02/27. Compliant?", "fc_visit", "2026-12-14", actual="2027-02-03")
R("duty", "visits", "2026-10-01", "FC last unannounced 03/10/25 - next by?", "fc_unannounced", "2025-10-03")
R("indirect", "visits", "2025-11-03", "We set up mum and dad's time with him when he came into care and last looked at the arrangements today. Permanence plan isn't agreed. When should they be looked at again?", "family_time", "today")

# ---------------- age ----------------
R("indirect", "age", "2026-01-12", "Young person in care born 14/07/2010. When should we start her plan for leaving care?", "pathway", "2010-07-14")
R("typos", "age", "2025-06-02", "lac yp dob 31.8.10 when does pathway plan have to start", "pathway", "2010-08-31",
  amb="31 Aug + 15 years 6 months has no 31 Feb; taken as 28 Feb 2026 (a reader could say 1 March).")
R("newstarter", "age", "2027-03-01", "Hello, when does a pathway plan need to be started for a young man born on 29 February 2012?", "pathway", "2012-02-29")
R("scenario", "age", "2026-09-07", "Boy came into care 12/03/24 aged 12; his DOB is 25/03/2011 and his sister's is 02/09/2013. When should his pathway plan be started?", "pathway", "2011-03-25")
R("indirect", "age", "2026-05-11", "Girl is coming to her protection conference next month. She was born 20/06/2014. From when should she be offered someone to help her have her say at conference?", "advocate", "2014-06-20")
R("duty", "age", "2026-12-14", "icpc kid dob 03/01/15 - when 12 for advocate?", "advocate", "2015-01-03")
R("indirect", "age", "2026-01-19", "Toddler born 29/02/2020 might be going into pre-proceedings. On what date does she turn 6 for the rule about getting an adoption worker and family finder?", "adopt_age", "2020-02-29")
R("manager", "age", "2025-11-03", "Child entered PLO today, DOB 10/11/19. When does he turn 6 - did the under-6 adoption allocation apply?", "adopt_age", "2019-11-10")

# ---------------- choice ----------------
R("duty", "choice", "2026-03-04", "conf was 3/3, what's next due?", "core1|cin_deplan", "2026-03-03")
R("indirect", "choice", "2025-12-22", "Initial conference is Tuesday 6 January. When does my report need to go out?", "icpc_chair|icpc_family", "2026-01-06")
R("newstarter", "choice", "2027-08-16", "Hi, I've picked up a case that became Child in Need today. When's the first CIN meeting due?", "cin_transfer|cin_deplan", "today")
R("duty", "choice", "2026-05-01", "mgr decided strat needed today 1/5 - by when?", "strat24|strat", "today")
R("indirect", "choice", "2025-11-14", "Did a visit to a foster home today. When does it need writing up?", "recording|fc_record", "today")
R("typos", "choice", "2026-02-02", "c&f assesment started 2/2/26 wen is it due", "tl_review|assess45", "2026-02-02")
R("indirect", "choice", "2025-06-10", "We had the first pre-proceedings meeting with the parents today. What's due afterwards and when?", "plo_fgc|plo_min", "today")
R("scenario", "choice", "2026-10-19", "I've got a review on Monday 26 October for a 10 year old; her mum and the school will be there. When does my report need to be in?", "iro_report|rcpc_chair", "2026-10-26")

# ---------------- none ----------------
N("indirect", "2026-01-13", "The first conference was on 12 January. When does the review conference have to be held by?",
  ["The child protection chair will set the date of the next conference"], "the standards leave the review conference date to the chair and give no timescale")
N("duty", "2026-02-05", "1st LAC rev 04/02/26 - 2nd rev due?",
  ["a new LAC review will be set in accordance with the timescales"], "only the initial Looked After Review timescale (20 working days) is set; later reviews are not timed in the standards")
N("newstarter", "2025-09-08", "Hi, I started last week. How often should I be getting supervision from my team leader?",
  ["monitored through supervision which takes place in line with the supervision policy"], "supervision frequency is left to the supervision policy")
N("typos", "2027-03-15", "core group was 12.3 when is the next core group", ["reviewed at every core group and progress recorded"],
  "only the first core group has a timescale (10 days after conference); later core groups are not timed")
N("indirect", "2026-06-03", "When does the meeting with the decision maker about whether the child should be placed for adoption need to happen? Final care planning meeting was 2 June.",
  ["This needs to take place after the area teams final care planning meeting"], "SHOPBA must fall after the final care planning meeting and before IRH paperwork; no day count is given")
N("scenario", "2026-11-02", "Child has been placed for adoption since 01/09/26 and the adopters are asking about his history. By when does the life story book and later life letter need to be finished?",
  ["The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child"], "no timescale is set for the life story book or later life letter")
N("manager", "2027-03-17", "Placement has looked wobbly since 10/03 - what's the timescale for holding the support meeting?",
  ["a Support Meeting will be held and chaired by the Team Leader"], "no timescale is set for the placement support meeting")
N("indirect", "2025-10-20", "How soon after a neglect referral does the graded care tool have to be done with the parents?",
  ["a Graded Care Profile 2 should be completed with the parents or carers"], "no timescale is set for the Graded Care Profile 2")
N("duty", "2026-09-16", "PEP review done 15/9 - next PEP date?",
  ["subsequently reviewed within the statutory guidelines at least 1 per term"], "PEP reviews are 'at least 1 per term' with no dates; the standards give no day count")
