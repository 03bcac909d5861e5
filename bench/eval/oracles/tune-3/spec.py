# Structured row descriptions for oracle.py. Phrases are verbatim from practice-standards.txt.
PH = {
 "FD": "decisions made by what action are required by a Team Leader within 1 working day",
 "INIT": "Initial decisions will be made about the action required within 1 working day",
 "REF": "Referrals will be actioned by a social worker within 1 working day",
 "S47SEEN": "the child / children will be seen by the Social Worker the same day",
 "S47DISC": "Within 5 days of the Section 47 being initiated",
 "ALLOC": "All cases will be allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 "TLREV": "All assessments will be reviewed by the Team Leader within 15 working days",
 "A45": "Assessments must all be completed within 45 days",
 "STRAT": "this must happen within 1 working day and should be chaired by a social work manager",
 "STRAT24": "A strategy discussion within 24 hours involving all relevant agencies is undertaken",
 "NOTICE": "will notify the Neighbourhood Team via email, giving at least 5 days\u2019 notice",
 "JOINT": "Within the 5 days\u2019 notice period, the Children\u2019s First Response Social Worker",
 "ICPC": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 "ICPCFAM": "The report will be shared with family at least 3 the days prior to conference",
 "ICPCCHAIR": "The report will be sent to the child protection chair 3 working days before the conference",
 "CG": "held within 10 days of the conference",
 "CPV": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 "RCPAR": "This report must be shared with parents at least 3 days prior to the review conference",
 "RCPCH": "The report will be available to the conference chair at least 3 days prior to the review conference",
 "PTT": "when they have been subject to a plan for 12 months",
 "PLO1": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 "FGC": "Referral should be made within 3 working days of the first PLO meeting",
 "VIA": "Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 "MIN": "to be distributed to parents and their legal representation within 7 days of the meeting",
 "PLOREV": "Review PLO meetings with parents to be held every 4-6 weeks",
 "LPM": "A review legal planning meeting will be held at 12 weeks",
 "GATE": "a Legal Gateway meeting will be convened at 16 weeks",
 "EXC": "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
 "CIN20": "will set the first CIN meeting within 20 days",
 "CIN10": "the initial CIN meeting must take place within 10 days",
 "CINREV": "CIN review meetings will be held at least every 6 weeks",
 "CINV": "A child subject to a CIN plan will be seen at least every 6 weeks",
 "EMERG": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 "VIS1": "The child will be visited within 1 working day of coming into care or having a change in placement",
 "SEEN1": "All looked after children will be seen within 1 working day of placement",
 "PM": "The placement meeting will be held within 3 working days",
 "PPCOPY": "an updated copy given to the carers within 5 working days of the placement beginning",
 "FT": "reviewed at least every 8 week until the plan for permanence is agreed",
 "PACK": "provided with a coming into care pack, children rights leaflet within 3 weeks",
 "LEGAL": "informed of the child\u2019s legal status within 5 working days",
 "IHA": "An initial health assessment will be requested and carried out within 20 working days",
 "PEP": "A PEP meeting will be arranged within the school within 20 days",
 "LACW": "Statutory looked after visits must happen weekly until the first looked after review",
 "LAC6": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 "LAC12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement and been there for over 12 months",
 "CP10": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 "LAR": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 "PATH": "A pathway plan will be started when the young person is 15 years 6 months",
 "IROREP": "this will be with the IRO 3 days before the review",
 "DISP5": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 "DISP20": "The formal dispute resolution process should be completed from start to finish within 20 working days",
 "ADU6": "If a child under the age of 6 enters PLO or proceedings",
 "ADW": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 "AD6": "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 "AD10": "Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
 "FCV": "Trafford foster carers are visited at least once every six weeks",
 "FCREC": "a record of this visit is recorded on LCS within 3 working days",
 "UNANN": "All Trafford foster carers will have an unannounced visit at least once every 12 months",
 "ANN": "All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
 "PANEL": "Every foster carer will have an annual review presented to the Fostering Panel at least every three years",
 "DBS": "All foster carers will have updated statutory references, medicals and DBS checks at least every three years",
 "TRAIN": "All Trafford foster carers must update their core training at least every three years",
 "VAR": "This can only be given for up to 6 working days",
 "TEMP": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 "REC": "any event or contact is recorded within 3 days",
 "SUMM": "A clear and concise case file summary which has been updated within the last 3 months",
 "ASS12": "An up to date assessment (within the last 12 months) on each child",
 "ADV": "if they are 12 or over they should be offered an advocate to support them to attend the conference",
 # sentences relevant to 'none' rows (they do not set the asked-for timescale)
 "SUP": "monitored through supervision which takes place in line with the supervision policy",
 "NEXTCONF": "The child protection chair will set the date of the next conference",
 "CGEVERY": "reviewed at every core group and progress recorded",
 "EH": "Initial decisions will be made about the action required by an Early Help Team Leader",
 "NEWLAC": "a new LAC review will be set in accordance with the timescales",
 "SECOND": "At the point of the second review (if not in proceedings) the child must have a permanency plan",
 "IROC": "The IRO will contact the child between reviews to ensure the progress of the plan",
 "SHOP": "This needs to take place after the area teams final care planning meeting",
 "LLL": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
 "UNANNCP": "there should be unannounced visits in addition",
 "GCP": "Where the concerns relate to children or young people suffering neglect a Graded Care Profile 2 should be completed",
}

ROWS = []


def R(voice, kind, today, q, rule, ph, amb=None):
    ROWS.append(dict(voice=voice, kind=kind, today=today, q=q, rule=rule, ph=ph, amb=amb))


A45 = "The standards say 45 days; a reader applying the national 45 working days would get a later date."
S24 = "The S47 section also asks for a strategy discussion within 24 hours, which would give the next calendar day."
PLOR = "Review PLO meetings are every 4-6 weeks; the latest date (6 weeks) is used, the earliest would be 4 weeks."

# ---------------- Front Door / CFR ----------------
R("duty", "date", "2025-12-24", "contact in this am 24/12 - TL decision due by?", ("wd", 1, "2025-12-24"), ["FD"])
R("typos", "date", "2026-04-02", "refferal came in thurs 2.4 when does it need actioning by a sw", ("wd", 1, "2026-04-02"), ["REF"])
R("newstarter", "date", "2026-05-01", "Hi, sorry if this is a basic question. A contact came into the front door this morning (Friday 1st May). When does a Team Leader need to have decided what action is needed?", ("wd", 1, "2026-05-01"), ["FD", "INIT"])
R("manager", "date", "2025-08-28", "L4 referral received Fri 22/08/25, TL initial decision recorded Tue 26/08. In timescale?", ("wd", 1, "2025-08-22"), ["INIT", "FD"])
R("indirect", "date", "2027-12-24", "the first look at a new referral where the team leader decides what we're doing with it - this one landed with us today, how long has the TL got?", ("wd", 1, "2027-12-24"), ["INIT", "FD"])
R("scenario", "date", "2026-12-24", "Mum rang CFR this afternoon worried about her ex turning up at school. The kids are 4 and 9 (DOBs 02/03/2022 and 11/11/2017) and there was a previous referral on 03/10/26. It's been accepted at level 4 today - when does a social worker need to action it by?", ("wd", 1, "2026-12-24"), ["REF"])

# ---------------- S47 ----------------
R("duty", "date", "2026-03-12", "s47 referral in today - child seen by when?", ("same", "2026-03-12"), ["S47SEEN"])
R("indirect", "date", "2025-05-02", "When a referral comes in and it's going down the child protection enquiry route, how quickly does the child have to be seen? This one came in at 10am today.", ("same", "2025-05-02"), ["S47SEEN"])
R("duty", "date", "2026-04-01", "s47 initiated today, progress discussion w/ manager due?", ("d", 5, "2026-04-01"), ["S47DISC"])
R("scenario", "date", "2027-01-04", "Police called on 29/12/26 about a DV incident the night before and we started the S47 on Wednesday 30th Dec. Dad's DOB is 14/07/1990. When do I need to sit down with my manager to discuss how the S47 is going?", ("d", 5, "2026-12-30"), ["S47DISC"])
R("typos", "date", "2025-12-22", "s47 startd 19th dec when do i need the progres chat with my TL", ("d", 5, "2025-12-19"), ["S47DISC"])

# ---------------- Allocation / assessment ----------------
R("scenario", "date", "2025-12-24", "Referral accepted this morning (24/12/25) after the health visitor raised concerns about a 10-week-old (DOB 15/10/2025); a previous referral was closed on 01/12. When does it need to be allocated to a social worker for the C&F assessment?", ("wd", 3, "2025-12-24"), ["ALLOC"])
R("newstarter", "date", "2026-05-21", "Could someone explain how long the Team Leader has to allocate a case to a social worker for a Child and Family Assessment? The case was accepted on Thursday 21st May.", ("wd", 3, "2026-05-21"), ["ALLOC"])
R("manager", "date", "2026-01-20", "C&F assessment started 08/12/25, TL review done 05/01/26 - within timescale?", ("wd", 15, "2025-12-08"), ["TLREV"])
R("typos", "date", "2027-03-22", "assesment started 22.3.27 when does TL need to review it", ("wd", 15, "2027-03-22"), ["TLREV"])
R("indirect", "date", "2025-04-14", "my TL has to read through and check my family assessment partway through - I opened it today (Mon 14 April), when's their check due?", ("wd", 15, "2025-04-14"), ["TLREV"])
R("duty", "date", "2025-12-19", "C&F opened 19/12/25, 45 day date?", ("d", 45, "2025-12-19"), ["A45"], A45)
R("scenario", "date", "2026-08-27", "Picked up a new family on 24/08/26 after the school raised concerns about bruising; strat was held 25/08 and we agreed single agency. Youngest was born 03/08/2019. The C&F assessment started on the 24th - when does it need to be finished?", ("d", 45, "2026-08-24"), ["A45"], A45)
R("newstarter", "date", "2027-05-28", "How long do I have to complete a Child and Family Assessment please? Mine started today, Friday 28 May 2027.", ("d", 45, "2027-05-28"), ["A45"], A45)
R("manager", "date", "2026-06-01", "Assessment started 02/04/26, completed and authorised 20/05/26 - in timescale?", ("d", 45, "2026-04-02"), ["A45"], A45)

# ---------------- Strategy discussion ----------------
R("duty", "date", "2026-12-24", "mgmt decision strat needed today 24/12, by when?", ("wd", 1, "2026-12-24"), ["STRAT", "STRAT24"], S24)
R("manager", "date", "2025-04-22", "Decision that a strat was needed made Thu 17/04/25, strat held Tue 22/04. OK?", ("wd", 1, "2025-04-17"), ["STRAT", "STRAT24"], S24)
R("indirect", "date", "2027-05-28", "my manager decided this afternoon we need the multi-agency safeguarding discussion with police and health. how long have we got to hold it?", ("wd", 1, "2027-05-28"), ["STRAT", "STRAT24"], S24)

# ---------------- Transfer to Neighbourhood Team ----------------
R("newstarter", "date", "2026-03-02", "We're planning to transfer a case from Children's First Response to a Neighbourhood Team at Child in Need, with the transfer on Monday 16 March. What's the latest date we should email the Neighbourhood Team?", ("db", 5, "2026-03-16"), ["NOTICE"])
R("indirect", "date", "2025-08-20", "we emailed the locality team today (20/08/25) to say we're handing the family over. the home visit where I introduce the new worker to the family has to be done by when?", ("d", 5, "2025-08-20"), ["JOINT", "NOTICE"], "The joint visit must fall within the 5 days' notice period; the end of that period is taken as the due date.")

# ---------------- ICPC ----------------
R("duty", "date", "2025-12-19", "strat 19/12/25, when's the ICPC?", ("wd", 15, "2025-12-19"), ["ICPC"])
R("typos", "date", "2026-04-07", "strat was 3rd april (good friday!!) icpc when", ("wd", 15, "2026-04-03"), ["ICPC"])
R("scenario", "date", "2026-05-22", "Strat meeting was yesterday after the hospital flagged a non-mobile baby with a bruise. Baby born 30/04/2026. We've got the paediatric assessment booked for 26/05. When's the latest the ICPC can be?", ("wd", 15, "2026-05-21"), ["ICPC"])
R("indirect", "date", "2027-08-20", "the first big meeting where everyone decides whether the child goes on a protection plan - the police/health/social care discussion that kicked it all off was today (20 Aug). when does the big meeting have to happen by?", ("wd", 15, "2027-08-20"), ["ICPC"])
R("manager", "date", "2026-01-26", "ICPC was held 20/01/26, strat 02/01/26, was that in timescale?", ("wd", 15, "2026-01-02"), ["ICPC"])
R("newstarter", "date", "2025-12-01", "Hello! I'm new to the team. If the strategy discussion is on Monday 8 December 2025, what's the deadline for the Initial Child Protection Conference?", ("wd", 15, "2025-12-08"), ["ICPC"])
R("duty", "date", "2027-03-24", "strat was last fri, icpc by?", ("wd", 15, "2027-03-19"), ["ICPC"])
R("manager", "date", "2027-01-15", "Strat 14/12/26, ICPC 06/01/27. Compliant?", ("wd", 15, "2026-12-14"), ["ICPC"])
R("typos", "date", "2025-05-29", "strat on the 28th may, icpc by", ("wd", 15, "2025-05-28"), ["ICPC"])

# ---------------- ICPC reports ----------------
R("duty", "date", "2025-12-22", "ICPC 06/01/26 - SW report to chair by?", ("wdb", 3, "2026-01-06"), ["ICPCCHAIR"])
R("newstarter", "date", "2026-03-25", "When does my ICPC report need to go to the conference chair? The conference is on Tuesday 7 April 2026.", ("wdb", 3, "2026-04-07"), ["ICPCCHAIR"])
R("indirect", "date", "2025-05-27", "The write-up I do for the first protection conference - when do the parents have to have it? Conference is 02/06/2025.", ("db", 3, "2025-06-02"), ["ICPCFAM"])
R("typos", "date", "2026-12-29", "icpc on 4th jan 27 when does famly need the report", ("db", 3, "2027-01-04"), ["ICPCFAM"])
R("manager", "date", "2027-06-01", "ICPC 28/05/27. Report went to chair 25/05. In timescale?", ("wdb", 3, "2027-05-28"), ["ICPCCHAIR"])

# ---------------- Core group ----------------
R("newstarter", "date", "2025-12-19", "Hello, I went to my first Initial Child Protection Conference today (Friday 19 December) and the children were made subject to plans. When does the first core group need to happen by?", ("d", 10, "2025-12-19"), ["CG"])
R("scenario", "date", "2026-08-24", "ICPC was held on 21/08/26 and both children were made subject to plans under neglect. The review conference is booked for 13/11/26. Dad's birthday is 29/08. When does the first core group have to be held?", ("d", 10, "2026-08-21"), ["CG"])
R("indirect", "date", "2027-03-31", "after the conference put the kids on a plan, when's the first meeting of the working group that fleshes out the plan? conference was yesterday", ("d", 10, "2027-03-30"), ["CG"])
R("manager", "date", "2025-05-06", "ICPC 15/04/25, first CG 28/04/25 - in timescale?", ("d", 10, "2025-04-15"), ["CG"])
R("typos", "date", "2026-12-23", "cp conferance was 23.12.26 when is 1st core group due", ("d", 10, "2026-12-23"), ["CG"])
R("newstarter", "date", "2026-05-07", "Sorry, quick one - the Initial Child Protection Conference was yesterday, Wednesday 6 May. By when must the first core group meeting take place?", ("d", 10, "2026-05-06"), ["CG"])

# ---------------- CP visits ----------------
R("duty", "visits", "2025-12-23", "CP visit last 22/12, next due?", ("w", 4, "2025-12-22"), ["CPV"])
R("typos", "visits", "2026-04-01", "last seen cp kid 31.3.26 next visit when", ("w", 4, "2026-03-31"), ["CPV"])
R("manager", "visits", "2027-09-08", "CP child last seen at home 05/08/27, next visit 06/09/27 - compliant?", ("w", 4, "2027-08-05"), ["CPV"])
R("newstarter", "visits", "2025-04-22", "How often do I need to visit a child on a Child Protection Plan? My last home visit was on Thursday 17 April, just before the Easter weekend.", ("w", 4, "2025-04-17"), ["CPV"])
R("scenario", "visits", "2026-12-11", "I saw Pip Marrowfield (7, DOB 12/02/2019) at home yesterday - she's on a CP plan for emotional harm. Core group is 05/01/27 and I'm off from 21/12 till 04/01. When's my next statutory visit due?", ("w", 4, "2026-12-10"), ["CPV"])

# ---------------- Review conference reports / PTT ----------------
R("duty", "date", "2026-12-30", "RCPC 05/01/27 - parents' copy of report by?", ("db", 3, "2027-01-05"), ["RCPAR"])
R("manager", "date", "2026-04-20", "Review conference 14/04/26. Report made available to the chair 13/04/26. OK?", ("db", 3, "2026-04-14"), ["RCPCH"])
R("newstarter", "date", "2026-05-20", "For a review child protection conference on Monday 1 June 2026, when should my plan update report be shared with the parents?", ("db", 3, "2026-06-01"), ["RCPAR"])
R("indirect", "date", "2025-08-18", "the progress update I write ahead of the follow-up protection meeting - when does the chairperson need it if the meeting is on 27/08/25?", ("db", 3, "2025-08-27"), ["RCPCH"])
R("scenario", "date", "2025-12-10", "Child was made subject to a CP plan at ICPC on 31/01/2025. Review conferences were on 25/04/25 and 24/10/25 and there's been very little change. On what date does she reach the point where we should be holding a professional thinking time meeting?", ("m", 12, "2025-01-31"), ["PTT"])
R("manager", "date", "2026-09-01", "Child on plan since ICPC 14/12/25. What date does the 12-month professional thinking time trigger apply?", ("m", 12, "2025-12-14"), ["PTT"])

# ---------------- PLO ----------------
R("newstarter", "date", "2025-12-19", "Hi all, apologies for the basic question. Our PLO letter went out today and is dated today (19 December). When should the first PLO meeting with the parents and their solicitor take place by?", ("d", 10, "2025-12-19"), ["PLO1"])
R("indirect", "date", "2026-03-27", "the letter that starts pre-proceedings went out dated today, 27 March. when does the first meeting with the parents and their solicitor need to be?", ("d", 10, "2026-03-27"), ["PLO1"])
R("typos", "date", "2027-05-17", "plo letter 15th may 27 when 1st plo meeting", ("d", 10, "2027-05-15"), ["PLO1"])
R("manager", "date", "2025-04-30", "PLO letter dated 02/04/25, first PLO meeting 14/04/25 - in timescale?", ("d", 10, "2025-04-02"), ["PLO1"])
R("newstarter", "date", "2026-12-22", "What's the deadline for referring to a Family Group Conference after the first PLO meeting? The meeting was today (Tuesday 22 December) and no FGC has happened yet - parents consented.", ("wd", 3, "2026-12-22"), ["FGC"])
R("duty", "date", "2026-04-01", "init PLO mtg today, viability req to FPT by?", ("wd", 3, "2026-04-01"), ["VIA"])
R("scenario", "date", "2027-08-26", "First PLO meeting happened this morning (Thursday 26/08) with mum, dad and their solicitors. Nan (DOB 04/05/1961) and an aunt were put forward as possible carers. The FGC is being booked for 15/09. When do the viability screening requests have to be with Family Placement?", ("wd", 3, "2027-08-26"), ["VIA"])
R("typos", "date", "2025-12-30", "plo minutes when do they have to go out, meeting was 29/12", ("d", 7, "2025-12-29"), ["MIN"])
R("manager", "date", "2025-04-28", "PLO meeting 17/04/25, minutes sent to parents & solicitors 25/04/25. Compliant?", ("d", 7, "2025-04-17"), ["MIN"])
R("indirect", "date", "2026-05-26", "after the pre-proceedings meeting, the write-up of what was agreed has to go to the parents and their lawyers - the meeting was last Wednesday. when's that due?", ("d", 7, "2026-05-20"), ["MIN"])
R("duty", "visits", "2026-03-11", "plo review mtg last 10/03/26, next one latest?", ("w", 6, "2026-03-10"), ["PLOREV"], PLOR)
R("newstarter", "visits", "2026-12-15", "How often should review PLO meetings with parents be held? The last one was yesterday, Monday 14 December. What's the latest date for the next one?", ("w", 6, "2026-12-14"), ["PLOREV"], PLOR)
R("scenario", "date", "2026-01-15", "We went into PLO with the letter dated 05/01/26; the first PLO meeting was 14/01/26 and mum's next appointment with the drug service is 20/01. When is the review legal planning meeting due?", ("w", 12, "2026-01-05"), ["LPM"], "Counted from the PLO letter date; counting from the first PLO meeting would give 2026-04-08.")
R("scenario", "date", "2027-05-20", "Family went into PLO with the letter dated 02/03/27. The first PLO meeting was 11/03/27 and the 12-week review is coming up; mum has made some progress but threshold is still met. If they are still in PLO, when will the Legal Gateway need convening?", ("w", 16, "2027-03-02"), ["GATE"])
R("typos", "date", "2025-11-20", "case still in plo, startd plo 19th aug 25 (letter date), when is the legal gateway due", ("w", 16, "2025-08-19"), ["GATE"])
R("indirect", "date", "2026-07-01", "Legal agreed at the 12-week review meeting yesterday (30/06) to give the family a bit longer in pre-proceedings as an exceptional extension. How long does that extra period run to?", ("w", 4, "2026-06-30"), ["EXC"])

# ---------------- CIN ----------------
R("duty", "date", "2025-12-18", "deplanned at RCPC today 18/12, first CIN mtg by?", ("d", 20, "2025-12-18"), ["CIN20"])
R("newstarter", "date", "2026-03-27", "The child was taken off their Child Protection Plan at the review conference yesterday (Thursday 26 March). When does the first Child in Need meeting need to be?", ("d", 20, "2026-03-26"), ["CIN20"])
R("manager", "date", "2027-06-02", "De-planned 07/05/27, first CIN meeting 31/05/27 - in timescale?", ("d", 20, "2027-05-07"), ["CIN20"])
R("indirect", "date", "2026-08-17", "we ended the protection plan at conference on Fri 14 Aug and the family are stepping down to a needs-based plan. when's the first of those meetings needed?", ("d", 20, "2026-08-14"), ["CIN20"])
R("duty", "date", "2026-12-22", "CFR transfer in today, initial CIN by?", ("d", 10, "2026-12-22"), ["CIN10"])
R("typos", "date", "2026-04-02", "case transfered from first responce today 2.4.26 when is the first cin meeting", ("d", 10, "2026-04-02"), ["CIN10"])
R("scenario", "date", "2025-06-02", "Case came across to us from Children's First Response on 29/05/25 after their assessment (started 14/04/25) recommended CIN. Mum's due to give birth around 20/06. When does the initial CIN meeting have to happen?", ("d", 10, "2025-05-29"), ["CIN10"])
R("duty", "visits", "2025-12-22", "last CIN review 19/12, next by?", ("w", 6, "2025-12-19"), ["CINREV"])
R("manager", "visits", "2026-04-21", "CIN reviews held 02/03/26 and 20/04/26. Gap compliant?", ("w", 6, "2026-03-02"), ["CINREV"])
R("typos", "visits", "2026-12-30", "cin visit last done 24/12 (seen at home), next visit due?", ("w", 6, "2026-12-24"), ["CINV"])
R("indirect", "visits", "2025-08-26", "child on a needs plan (not protection) - I last saw him at home yesterday, bank holiday monday. when do I have to see him again?", ("w", 6, "2025-08-25"), ["CINV"])
R("scenario", "visits", "2026-05-13", "Saw the twins at school yesterday and at home on 28/04/26. They're on a CIN plan. Their CIN review is 09/06/26 and their older brother's birthday is 01/06. When is the next CIN visit due?", ("w", 6, "2026-04-28"), ["CINV"])

# ---------------- Children in care ----------------
R("newstarter", "date", "2026-12-24", "Please could someone help - a child came into care today (Christmas Eve) as an emergency, unplanned admission and there is no recent assessment. When does the assessment need to be completed?", ("wd", 20, "2026-12-24"), ["EMERG"])
R("scenario", "date", "2026-04-06", "Police protection in the early hours of Saturday 4 April; the kids (DOBs 01/01/2015 and 16/06/2018) were placed with emergency foster carers that day and are now s20. There was no up to date assessment. Their last CIN review was 10/03. When does the assessment need to be done?", ("wd", 20, "2026-04-04"), ["EMERG"])
R("duty", "date", "2027-12-24", "placement move today, visit by?", ("wd", 1, "2027-12-24"), ["VIS1", "SEEN1"])
R("typos", "date", "2026-05-30", "kid moved placment today sat 30th may when do i have to visit", ("wd", 1, "2026-05-30"), ["VIS1", "SEEN1"])
R("manager", "date", "2026-01-05", "Child came into care Wed 24/12/25, first visit 29/12/25. Compliant?", ("wd", 1, "2025-12-24"), ["VIS1", "SEEN1"])
R("indirect", "date", "2027-03-27", "new foster home for a lad I've got, he moved in yesterday. when do I have to get out to see him?", ("wd", 1, "2027-03-26"), ["VIS1", "SEEN1"])
R("newstarter", "date", "2026-12-31", "A child was placed with foster carers today, Thursday 31 December. When does the placement meeting need to be held by?", ("wd", 3, "2026-12-31"), ["PM"])
R("duty", "date", "2026-04-03", "placed yesterday, placement mtg by?", ("wd", 3, "2026-04-02"), ["PM"])
R("indirect", "date", "2025-05-23", "the meeting with the carers a few days after a child moves in, to sort out delegated authority - the move was yesterday. by when?", ("wd", 3, "2025-05-22"), ["PM"])
R("typos", "date", "2027-08-25", "updated placment plan to carers when? placed 25.8", ("wd", 5, "2027-08-25"), ["PPCOPY"])
R("manager", "date", "2026-01-06", "Placement began 18/12/25. Updated placement plan given to carers 29/12/25. In timescale?", ("wd", 5, "2025-12-18"), ["PPCOPY"])
R("duty", "visits", "2026-03-04", "family time last reviewed 03/03, next review by?", ("w", 8, "2026-03-03"), ["FT"])
R("scenario", "visits", "2025-07-15", "Blossom (DOB 22/09/2021) came into care on 02/06/25 and family time with mum and both grans was set up then. It was last reviewed yesterday at her LAC review - we're nowhere near permanence yet. When's the next family time review due?", ("w", 8, "2025-07-14"), ["FT"])
R("newstarter", "date", "2026-12-21", "When should a child who has just come into care get their coming into care pack and the children's rights leaflet? They came into care today, Monday 21 December.", ("w", 3, "2026-12-21"), ["PACK"])
R("typos", "date", "2026-04-13", "care pack + rights leaflet due when? came into care 10th april", ("w", 3, "2026-04-10"), ["PACK"])
R("scenario", "date", "2025-12-24", "Two brothers (DOBs 08/08/2013 and 19/01/2017) became looked after this afternoon on an ICO, after the hearing was adjourned from 17/12. Their IRO has been requested. By when do I need to have told the other professionals about their legal status?", ("wd", 5, "2025-12-24"), ["LEGAL"])
R("indirect", "date", "2027-05-28", "when a child becomes looked after, how long have I got to let the school, GP and everyone else know what their legal position is now? She became LAC today.", ("wd", 5, "2027-05-28"), ["LEGAL"])
R("newstarter", "date", "2025-12-16", "Could you tell me the deadline for the initial health assessment? The child became looked after yesterday, Monday 15 December.", ("wd", 20, "2025-12-15"), ["IHA"])
R("manager", "date", "2026-05-05", "Child became LAC 30/03/26, IHA completed 28/04/26. Within timescale?", ("wd", 20, "2026-03-30"), ["IHA"])
R("scenario", "date", "2026-08-21", "Bean (DOB 01/03/2016) was accommodated on 17/08/26 after mum's hospital admission; a dental check was done 20/08/26. When does the initial health assessment have to be done by?", ("wd", 20, "2026-08-17"), ["IHA"])
R("typos", "date", "2025-12-22", "pep mtg due when, came into care 19/12", ("d", 20, "2025-12-19"), ["PEP"], "The standard does not name the start event; counted from coming into care.")
R("indirect", "date", "2026-04-07", "the school meeting about a looked-after kid's education plan - she came into care on Easter Monday. when does that need arranging by?", ("d", 20, "2026-04-06"), ["PEP"], "The standard does not name the start event; counted from coming into care.")
R("duty", "visits", "2026-12-23", "LAC since 01/12, first review not held yet, last visit 22/12, next due?", ("w", 1, "2026-12-22"), ["LACW"])
R("manager", "visits", "2025-06-02", "LAC child, first review held in Feb, last statutory visit 17/04/25, next 30/05/25. Compliant?", ("w", 6, "2025-04-17"), ["LAC6"])
R("newstarter", "visits", "2027-03-08", "Hi, a young person I work with has been in a permanent placement with long-term foster carers for two years and is really settled, and it's been agreed visits go to the longer gap. I last visited on Friday 5 March. When's the next statutory visit due?", ("w", 12, "2027-03-05"), ["LAC12"])
R("manager", "date", "2025-05-01", "Permanent placement started 14/04/25 and the YP is settled. From what date can statutory visits move to 12-weekly?", ("m", 12, "2025-04-14"), ["LAC12"], "'Over 12 months' could be read as the day after 12 months (2026-04-15).")
R("duty", "date", "2026-12-22", "placement starts tomorrow - care plan on LCS by?", ("d", 10, "2026-12-23"), ["CP10"])
R("scenario", "date", "2027-05-24", "Child moved to a residential placement on 21/05/27 following a disruption; the previous placement started 03/01/27 and her LAC review is 15/06. When does the up to date care plan need to be on the system?", ("d", 10, "2027-05-21"), ["CP10"])
R("scenario", "date", "2025-12-22", "Child (DOB 30/11/2019) was accommodated under s20 on Friday 19/12/25; dad agreed to it at the meeting on 17/12 and the placement was found on the 19th. When does her first LAC review need to happen by?", ("wd", 20, "2025-12-19"), ["LAR"])
R("typos", "date", "2026-04-02", "1st lac reveiw when? came into care 01/04", ("wd", 20, "2026-04-01"), ["LAR"])
R("indirect", "date", "2025-08-28", "the first meeting with the independent reviewer after a kid comes into care - he was accommodated yesterday. when's it due by?", ("wd", 20, "2025-08-27"), ["LAR"])
R("newstarter", "date", "2027-03-18", "When does the first Looked After Review need to take place? The child came into care yesterday, Wednesday 17 March.", ("wd", 20, "2027-03-17"), ["LAR"])
R("manager", "date", "2027-01-04", "Child became LAC 01/12/26, initial LAR held 30/12/26 - within timescale?", ("wd", 20, "2026-12-01"), ["LAR"])
R("scenario", "date", "2025-05-13", "Two siblings, 6 and 11. The older one (DOB 05/05/2014) was accommodated on 07/05/25 and the younger one joined her yesterday after a hospital stay. When's the younger child's initial LAC review due?", ("wd", 20, "2025-05-12"), ["LAR"])
R("duty", "date", "2025-12-29", "LAC review is on the 5th - report to IRO by?", ("db", 3, "2026-01-05"), ["IROREP"])
R("indirect", "date", "2027-05-20", "the written bit for the independent reviewer before a looked-after child's review - review is on 01/06/27, when should they have it?", ("db", 3, "2027-06-01"), ["IROREP"])

# ---------------- IRO disputes ----------------
R("newstarter", "date", "2025-12-22", "I've been told the IRO made an informal challenge about drift on one of my cases today (Monday 22 December). How long do we have to resolve it before it becomes a formal dispute?", ("wd", 5, "2025-12-22"), ["DISP5"])
R("indirect", "date", "2026-03-31", "our reviewing officer flagged drift on a care plan informally today. if we don't sort it, when does it escalate to the formal stage?", ("wd", 5, "2026-03-31"), ["DISP5"])
R("typos", "date", "2027-08-23", "formal disput started fri 20/8 when does it need to be finished by", ("wd", 20, "2027-08-20"), ["DISP20"])
R("newstarter", "date", "2026-12-08", "How long does the formal IRO dispute resolution process have to be completed in? The formal dispute started yesterday, Monday 7 December.", ("wd", 20, "2026-12-07"), ["DISP20"])

# ---------------- Adoption ----------------
R("duty", "visits", "2025-12-30", "child placed w/ adopters, pre first LAR, last visit 29/12, next by?", ("w", 1, "2025-12-29"), ["ADW"])
R("scenario", "visits", "2026-03-04", "Placed with adopters on 02/02/26; first LAR held 25/02/26; I did a visit yesterday. Adoption order not granted yet and the child turns 3 on 19/03. When's the next visit due?", ("w", 6, "2026-03-03"), ["AD6"])
R("newstarter", "date", "2026-04-21", "The little one was placed with the adopters yesterday, Monday 20 April. When can the adopters apply for the Adoption Order?", ("w", 10, "2026-04-20"), ["AD10"])
R("indirect", "date", "2026-12-29", "when can the new forever parents put in their court application to make it permanent? she moved in with them on christmas eve", ("w", 10, "2026-12-24"), ["AD10"])
R("manager", "date", "2025-11-03", "Adoptive placement 27/08/25. Adopters applied for the AO 31/10/25 - were they eligible?", ("w", 10, "2025-08-27"), ["AD10"])

# ---------------- Fostering ----------------
R("duty", "visits", "2026-12-24", "FC supervisory visit last 23/12, next by?", ("w", 6, "2026-12-23"), ["FCV"])
R("typos", "date", "2026-12-24", "did fc visit today thurs 24/12 when does it need recording on lcs", ("wd", 3, "2026-12-24"), ["FCREC"])
R("manager", "date", "2026-04-10", "SSW visit to carers 02/04/26, recorded 08/04/26 - in timescale?", ("wd", 3, "2026-04-02"), ["FCREC"])
R("newstarter", "visits", "2025-01-15", "When is the next unannounced visit due for a Trafford foster carer whose last unannounced visit was on 29 February 2024?", ("m", 12, "2024-02-29"), ["UNANN"])
R("manager", "visits", "2027-01-25", "Last unannounced visit to carers 14/01/26. Next one done 20/01/27. Compliant?", ("m", 12, "2026-01-14"), ["UNANN"])
R("duty", "visits", "2026-09-01", "FC annual review last 31/08/26, next by?", ("m", 12, "2026-08-31"), ["ANN"])
R("scenario", "date", "2027-03-01", "Our carers (approved 2019) last had their annual review presented to Fostering Panel on 12/06/24; the reviews in between are chaired by an IRO and the last one was 10/06/25. No complaints or allegations. When does a review next have to go to Panel?", ("m", 36, "2024-06-12"), ["PANEL"])
R("indirect", "date", "2027-10-04", "when do our foster carers' police checks, medicals and references next need redoing? they were last done 20/12/24", ("m", 36, "2024-12-20"), ["DBS"])
R("typos", "date", "2027-01-11", "fc core traning last updated 30.3.24 when is it due again", ("m", 36, "2024-03-30"), ["TRAIN"])
R("manager", "date", "2026-12-21", "Variation of terms of approval agreed for a placement starting 24/12/26. Latest end date?", ("wd", 6, "2026-12-24"), ["VAR"], "Counted from the placement start; counting from the day permission was given would differ.")
R("newstarter", "date", "2027-03-31", "If the Strategic Lead gives permission for a Variation of the Terms of Approval so a child can be placed outside a carer's approval, how long does it last? The child is being placed tomorrow, Thursday 1 April.", ("wd", 6, "2027-04-01"), ["VAR"])
R("scenario", "date", "2026-01-05", "Gran got temporary approval as a connected person on 02/01/26 and the children moved in the same day. The court hearing is 12/02/26 and her full assessment is booked for panel on 30/04/26. If we don't extend it, when does her temporary approval run out?", ("w", 16, "2026-01-02"), ["TEMP"])
R("scenario", "date", "2026-04-01", "Aunt was given temporary approval as a connected carer on 19/12/25 when the baby (DOB 11/11/2025) was placed. The viability was done 10/12/25. The full assessment won't be done in time so we're asking for the 8-week extension. If it's agreed, when does temporary approval run out?", ("w", 24, "2025-12-19"), ["TEMP"])
R("indirect", "date", "2027-08-05", "how long can a family member look after a child on the short-term foster approval before it lapses, no extension - she was approved today?", ("w", 16, "2027-08-05"), ["TEMP"])

# ---------------- Case recording / summaries ----------------
R("scenario", "date", "2026-12-24", "Did a home visit this morning (Christmas Eve). Mum also rang on the 22nd with an update that I have already logged. I'm off from tomorrow until the 29th - when does today's visit have to be recorded by?", ("d", 3, "2026-12-24"), ["REC"])
R("newstarter", "date", "2026-05-29", "How long do I have to record a visit on the system? I visited this morning, Friday 29 May.", ("d", 3, "2026-05-29"), ["REC"])
R("manager", "date", "2027-04-06", "Contact with family 01/04/27, case note entered 05/04/27 - within timescale?", ("d", 3, "2027-04-01"), ["REC"])
R("typos", "date", "2026-01-12", "case summary last updated 30th nov 25 when does it need doing again", ("m", 3, "2025-11-30"), ["SUMM"])
R("indirect", "date", "2026-06-01", "the overview at the top of the file that sums the case up - I last refreshed it on 19/05/26. when does it go out of date?", ("m", 3, "2026-05-19"), ["SUMM"])
R("manager", "date", "2026-09-14", "Child's last authorised assessment 22/12/25. When does it fall outside the 12-month requirement?", ("m", 12, "2025-12-22"), ["ASS12"])
R("scenario", "date", "2026-01-20", "Long-running CIN case. Last C&F assessment was completed 05/04/25 and authorised by my TL 15/04/25; we've had CIN reviews since on 27/05 and 08/07. By when do we need a new authorised assessment to keep within 12 months?", ("m", 12, "2025-04-15"), ["ASS12"], "Counted from authorisation; counting from completion would give 2026-04-05.")

# ---------------- Ages ----------------
R("duty", "age", "2026-09-10", "YP DOB 14/06/2011 - pathway plan start date?", ("age", 15, 6, "2011-06-14"), ["PATH"])
R("newstarter", "age", "2025-11-03", "When should I start a pathway plan for a young person born on 31 August 2010?", ("age", 15, 6, "2010-08-31"), ["PATH"], "31 Aug + 15y6m has no 31 Feb; the last day of February is used, a reader could say 1 March 2026.")
R("scenario", "age", "2026-05-11", "Young person came into care on 03/03/25 when she was 13. Her DOB is 29/02/2012 and her next LAC review is 10/06/26. On what date does her pathway plan need to be started?", ("age", 15, 6, "2012-02-29"), ["PATH"])
R("indirect", "age", "2026-01-19", "at what date does a lad in care born 25/12/2010 need his plan for leaving care started?", ("age", 15, 6, "2010-12-25"), ["PATH"])
R("typos", "age", "2027-01-06", "pathway plan when? dob 2.10.11", ("age", 15, 6, "2011-10-02"), ["PATH"])
R("typos", "age", "2026-12-16", "chld dob 03/01/2015 icpc on 05/01/27 - when does she turn 12 for the advocate thing", ("age", 12, 0, "2015-01-03"), ["ADV"])
R("manager", "age", "2026-11-30", "Child DOB 26/12/2014. From what date should he be offered an advocate to attend conference?", ("age", 12, 0, "2014-12-26"), ["ADV"])
R("scenario", "age", "2026-01-12", "Baby brother is 4 months old and big sister's DOB is 29/02/2020. The family may go into PLO in March. On what date does she stop being under 6 for the adoption social worker and family finder allocation?", ("age", 6, 0, "2020-02-29"), ["ADU6"])
R("indirect", "age", "2026-10-05", "the rule where younger kids entering pre-proceedings get an adoption worker and family finder - what date does a child born 17/04/2021 age out of that?", ("age", 6, 0, "2021-04-17"), ["ADU6"])

# ---------------- None (standards set no timescale) ----------------
R("duty", "none", "2026-03-04", "last supervision on CIN case 03/03, next supervision due?", ("none",), ["SUP"])
R("manager", "none", "2026-01-13", "ICPC 12/01/26 - by what date must the first review conference be held under our standards?", ("none",), ["NEXTCONF"])
R("typos", "none", "2026-03-05", "core groups after the 1st one, how often? last one 4/3 when is next due", ("none",), ["CGEVERY"])
R("newstarter", "none", "2026-03-02", "A Level 3 Early Help contact came in today, Monday 2 March. By when does the Early Help Team Leader need to make the initial decision?", ("none",), ["EH"])
R("indirect", "none", "2026-01-21", "the second of the regular meetings with the independent reviewer for a child in care - when is it due? the first one was yesterday 20/01/26", ("none",), ["NEWLAC", "SECOND"])
R("scenario", "none", "2027-03-11", "Care planning meeting yesterday (10/03/27) agreed adoption as the plan for permanence. The IRH is listed for 28/05/27 and the child is 2 (DOB 14/08/2024). What's the deadline for the SHOPBA?", ("none",), ["SHOP"])
R("duty", "none", "2025-10-15", "IRO contact w/ child between reviews - how often? last review 14/10", ("none",), ["IROC"])
R("newstarter", "none", "2026-04-08", "When does the Later Life Letter need to be completed for a child placed for adoption on Monday 6 April? Sorry if this is obvious.", ("none",), ["LLL"])
R("typos", "none", "2025-12-16", "unanounced cp visits how often do i need to do them? last announced one was 15/12", ("none",), ["UNANNCP"])
R("scenario", "none", "2025-05-14", "Neglect case: C&F started 12/05/25, the kids are 2 and 5 and the home conditions were poor at the visit on 13/05. By when does the Graded Care Profile 2 need completing?", ("none",), ["GCP"], "The standards set no date for the GCP2 itself; a reader could tie it to the 45-day assessment deadline (2025-06-26).")

# ---------------- Choice (two standards plausibly fit) ----------------
R("duty", "choice", "2026-03-02", "ICPC tue 10/03 - report deadline?", ("choice", ("wdb", 3, "2026-03-10"), ("db", 3, "2026-03-10")), ["ICPCCHAIR", "ICPCFAM"])
R("typos", "choice", "2026-03-03", "plo meeting was today 3/3 whats next due", ("choice", ("wd", 3, "2026-03-03"), ("d", 7, "2026-03-03")), ["VIA", "FGC", "MIN"])
R("indirect", "choice", "2026-04-03", "a little boy moved into a foster home today - what's the meeting I need to sort and by when?", ("choice", ("wd", 3, "2026-04-03"), ("wd", 20, "2026-04-03")), ["PM", "LAR"])
R("newstarter", "choice", "2027-01-11", "A child was placed with adopters today, Monday 11 January. What is the next thing due and when?", ("choice", ("w", 1, "2027-01-11"), ("w", 10, "2027-01-11")), ["ADW", "AD10"])
R("manager", "choice", "2025-11-03", "Foster carers' review went to Fostering Panel 15/10/25. When is their next review due?", ("choice", ("m", 12, "2025-10-15"), ("m", 36, "2025-10-15")), ["ANN", "PANEL"])
R("duty", "choice", "2027-03-04", "conference was 3/3, what's next due?", ("choice", ("d", 10, "2027-03-03"), ("d", 20, "2027-03-03")), ["CG", "CIN20"])
R("scenario", "choice", "2026-08-25", "We've picked up a new CIN case yesterday (24/08/26). The kids are 7 and 10 and school first raised concerns back on 02/07. When does our first CIN meeting need to be?", ("choice", ("d", 10, "2026-08-24"), ("d", 20, "2026-08-24")), ["CIN10", "CIN20"])
R("typos", "choice", "2026-04-02", "did a visit to the foster carers today thurs 2/4 when does it have to be on lcs", ("choice", ("wd", 3, "2026-04-02"), ("d", 3, "2026-04-02")), ["FCREC", "REC"])
