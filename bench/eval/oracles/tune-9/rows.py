"""Structured descriptions of every question row. oracle.py turns these into questions.jsonl."""

# Verbatim phrases from /work/shared/source/practice-standards.txt (checked by check.py).
P = {
    "contact": "screened for consent and decisions made by what action are required by a Team Leader within 1 working day",
    "initdec": "Initial decisions will be made about the action required within 1 working day by social work Team Leader",
    "referral": "Referrals will be actioned by a social worker within 1 working day",
    "s47seen": "the child / children will be seen by the Social Worker the same day",
    "s47disc": "Within 5 days of the Section 47 being initiated",
    "alloc": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
    "tlreview": "All assessments will be reviewed by the Team Leader within 15 working days",
    "45": "Assessments must all be completed within 45 days",
    "strat1wd": "a strategy discussion is required, this must happen within 1 working day",
    "strat24": "A strategy discussion within 24 hours involving all relevant agencies is undertaken",
    "notice": "the Neighbourhood Team via email, giving at least 5 days\u2019 notice",
    "jointvisit": "will complete a joint visit to the home to introduce the new worker",
    "icpc": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
    "famreport": "The report will be shared with family at least 3 the days prior to conference",
    "chairreport": "The report will be sent to the child protection chair 3 working days before the conference",
    "advocate": "if they are 12 or over they should be offered an advocate",
    "coregroup": "The first core group must be  held within 10 days of the conference",
    "cpvisit": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
    "rcpcparents": "This report must be shared with parents at least 3 days prior to the review conference",
    "rcpcchair": "The report will be available to the conference chair at least 3 days prior to the review conference",
    "12months": "when they have been subject to a plan for 12 months, a professional thinking time meeting",
    "plo1": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
    "fgc": "Referral should be made within 3 working days of the first PLO meeting",
    "viab": "Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
    "minutes": "to be distributed to parents and their legal representation within 7 days of the meeting",
    "reviewplo": "Review PLO meetings with parents to be held every 4-6 weeks",
    "lpm12": "A review legal planning meeting will be held at 12 weeks",
    "plus4": "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
    "gateway16": "If the case remains in PLO a Legal Gateway meeting will be convened at 16 weeks",
    "deplan": "will set the first CIN meeting within 20 days",
    "cininit": "When a case transfers from Trafford Childrens First Response the initial CIN meeting must take place within 10 days",
    "cinreview": "CIN review meetings will be held at least every 6 weeks",
    "cinvisit": "A child subject to a CIN plan will be seen at least every 6 weeks",
    "emerg": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
    "visit1wd": "The child will be visited within 1 working day of coming into care or having a change in placement",
    "seen1wd": "All looked after children will be seen within 1 working day of placement",
    "placemtg": "The placement meeting will be held within 3 working days",
    "pplan5": "an updated copy given to the carers within 5 working days of the placement beginning",
    "familytime": "reviewed at least every 8 week until the plan for permanence is agreed",
    "pack": "The child will be provided with a coming into care pack, children rights leaflet within 3 weeks",
    "legalstatus": "will be informed of the child\u2019s legal status within 5 working days",
    "iha": "An initial health assessment will be requested and carried out within 20 working days",
    "pep": "A PEP meeting will be arranged within the school within 20 days",
    "lacweekly": "Statutory looked after visits must happen weekly until the first looked after review",
    "lac6": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
    "lac12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
    "lac12over": "settled into a permanent placement and been there for over 12 months",
    "careplan": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
    "lacreview": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
    "pathway": "A pathway plan will be started when the young person is 15 years 6 months",
    "iroreport": "this will be with the IRO 3 days before the review",
    "informal": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
    "formal": "The formal dispute resolution process should be completed from start to finish within 20 working days",
    "adopt6": "If a child under the age of 6 enters PLO or proceedings they will be allocated a Trafford adoption social worker",
    "adoptweekly": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
    "adopt6wk": "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
    "adopt10": "Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
    "fcvisit": "Trafford foster carers are visited at least once every six weeks",
    "fcrecord": "a record of this visit is recorded on LCS within 3 working days",
    "unannounced": "All Trafford foster carers will have an unannounced visit at least once every 12 months",
    "annual": "All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
    "panel3": "Every foster carer will have an annual review presented to the Fostering Panel at least every three years",
    "dbs": "All foster carers will have updated statutory references, medicals and DBS checks at least every three years",
    "training": "All Trafford foster carers must update their core training at least every three years",
    "variation": "This can only be given for up to 6 working days",
    "temp16": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
    "record3": "any event or contact is recorded within 3 days",
    "summary": "A clear and concise case file summary which has been updated within the last 3 months",
    "assess12": "An up to date assessment (within the last 12 months) on each child",
    # used for `none` rows: the nearest text, which sets no timescale
    "nextconf": "The child protection chair will set the date of the next conference",
    "cgevery": "are reviewed at every core group and progress recorded",
    "supervision": "monitored through supervision which takes place in line with the supervision policy",
    "newlac": "a new LAC review will be set in accordance with the timescales",
    "earlyhelp": "Initial decisions will be made about the action required by an Early Help Team Leader",
    "lifestory": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
    "support": "a Support Meeting will be held and chaired by the Team Leader",
    "familyfocus": "a referral should be made to Family Focus by emailing the team",
    "stratrecord": "the plan for the enquiries and decisions recorded and a record sent to all participating professionals",
    "shopba": "but prior to legal need to submit the paperwork for the Issues Resolution Hearing",
}

ROWS = []

A45 = ("The standard says '45 days'; a reader who follows national guidance (45 working days) "
       "would give a later date.")
APEP = ("The standard says '20 days' from coming into care; a reader used to statutory guidance "
        "(20 school days) would give a later date.")
APLO = ("The standard does not say what the PLO weeks run from; counted here from the PLO letter/start "
        "date given, a reader counting from the first PLO meeting would give a later date.")


def r(voice, kind, today, q, start, steps, phrases, amb=None, note=None):
    ROWS.append(dict(voice=voice, kind=kind, today=today, q=q, calc=(start, steps),
                     phrases=[P[p] for p in phrases], ambiguous=amb, note=note))


def ch(voice, today, q, options, phrases, amb=None):
    ROWS.append(dict(voice=voice, kind="choice", today=today, q=q, calc=options,
                     phrases=[P[p] for p in phrases], ambiguous=amb))


def nn(voice, today, q, why, phrases):
    ROWS.append(dict(voice=voice, kind="none", today=today, q=q, calc=None, why=why,
                     phrases=[P[p] for p in phrases]))


WD1 = [("wd", 1)]

# ---------------------------------------------------------------- Front Door
r("indirect", "date", "2025-12-24",
  "a school rang us this afternoon (christmas eve) with worries about a year 4 boy. by when does a team leader have to have looked at it and decided what we're doing?",
  "today", WD1, ["contact"])
r("duty", "date", "2026-01-02", "contact in today 02/01/26 - TL decision by?", "today", WD1, ["contact", "initdec"])
r("scenario", "date", "2025-04-17", "A Level 4 referral came in this morning, Thursday 17 April 2025, from a GP about a 15-year-old (DOB 30/06/2009) disclosing self-harm and violence at home. School breaks up for Easter tomorrow. When does a social worker need to action the referral by?", "2025-04-17", WD1, ["referral"])
r("scenario", "date", "2025-05-23",
  "Health visitor phoned in about a 9 month old with a bruise on her cheek on Friday 23rd May 2025. Baby's DOB is 14/08/24. It's been agreed it meets Level 4. When does the referral need actioning by a social worker?",
  "2025-05-23", WD1, ["referral"])
r("indirect", "date", "2026-08-28",
  "something came in at the child protection level on Friday 28 August 2026. how long has the team leader got to decide what action we take?",
  "2026-08-28", WD1, ["initdec"])
r("newstarter", "date", "2026-04-01",
  "Hi, sorry if this is a basic question - a new case came through today (Wednesday 1 April 2026) and it's been decided it needs a Child and Family Assessment. By when should it be allocated to a social worker?",
  "today", [("wd", 3)], ["alloc"])
r("manager", "date", "2026-01-05",
  "TL decided on a C&F on 22/12/25, it wasn't allocated till 02/01 - within timescale?",
  "2025-12-22", [("wd", 3)], ["alloc"])
r("indirect", "date", "2026-03-23", "i started a family assessment on friday 20/3/26 - by when does my team leader have to go through it?", "2026-03-20", [("wd", 15)], ["tlreview"])
r("indirect", "date", "2025-12-08",
  "when does my manager have to go through the family assessment I started this morning, 8 December 2025?",
  "today", [("wd", 15)], ["tlreview"])
r("scenario", "date", "2025-07-14",
  "I picked up a C&F assessment on Monday 14 July 2025 after a referral from the GP. The family are going on holiday from 1 August for two weeks. When does the whole assessment have to be finished?",
  "2025-07-14", [("d", 45)], ["45"], amb=A45)
r("indirect", "date", "2026-11-25",
  "what's the final deadline to get the whole family assessment done if we began it yesterday 24/11/2026?",
  "yesterday", [("d", 45)], ["45"], amb=A45)
r("manager", "date", "2025-06-23",
  "assessment started 02/05/25 and completed 20/06/25 - was it within timescale?",
  "2025-05-02", [("d", 45)], ["45"], amb=A45)
r("scenario", "date", "2025-12-30", "Police rang about bruising to a 6-year-old (DOB 14/02/2019) that school saw before they broke up on 19 December. My TL decided this morning, Tuesday 30 December, that we need a strategy discussion. When's the latest it can be held?", "today", WD1, ["strat1wd", "strat24"],
  note="the 24 hours reading of the S47 section gives the same date")
r("scenario", "date", "2026-05-06",
  "Police shared a DV incident from the weekend; the children are 4 and 7 (DOBs 03/06/21 and 11/10/18). On Wednesday 6 May 2026 the TL agreed a strategy discussion is needed. When is the latest it can happen?",
  "2026-05-06", WD1, ["strat1wd", "strat24"], note="the 24 hours reading of the S47 section gives the same date")
r("indirect", "date", "2025-10-15",
  "the front door team want to hand a family over to our area team and emailed us today, 15 October 2025. what's the soonest the case can move across?",
  "2025-10-15", [("d", 5)], ["notice"])
r("indirect", "date", "2025-08-22",
  "the handover email to the new area team went today (22/08/25). when does the joint home visit with the new worker need to be done by?",
  "today", [("d", 5)], ["jointvisit", "notice"],
  amb="The visit must fall 'within the 5 days' notice period'; a reader who wants it before the transfer day itself would say a day earlier.")
r("indirect", "date", "2027-03-29",
  "We started the child protection enquiry on Easter Sunday (28 March 2027). How long before I need to sit down with my manager about how it's going and what next?",
  "2027-03-28", [("d", 5)], ["s47disc"])
r("typos", "date", "2026-05-04", "s47 started on the 1st when do i need to have the progress chat with my manger", "2026-05-01", [("d", 5)], ["s47disc"])
r("scenario", "date", "2025-12-29",
  "EDT passed us a referral this morning (Monday 29 December 2025) and it's gone straight to a Section 47. Mum's partner is due in court on 5 January. By when does the child need to be seen?",
  "today", [("d", 0)], ["s47seen"])
r("newstarter", "date", "2026-05-26",
  "For a Section 47, how quickly does the child have to be seen? The referral came in today, 26/05/2026.",
  "today", [("d", 0)], ["s47seen"])

# ---------------------------------------------------------------- S47 / ICPC
r("duty", "date", "2025-12-22", "strat was 19/12/25, when's the ICPC?", "2025-12-19", [("wd", 15)], ["icpc"])
r("scenario", "date", "2026-04-07", "Police rang on Good Friday (3 April 2026) about a baby with a fracture and the initial strategy discussion was held the same day by phone. A second strat is booked for 10 April. When's the deadline for the ICPC?", "2026-04-03", [("wd", 15)], ["icpc"])
r("indirect", "date", "2025-04-22",
  "the first meeting with police and health at the start of the enquiry was on 17/04/2025. if it goes to conference what's the latest date for the first one?",
  "2025-04-17", [("wd", 15)], ["icpc"])
r("scenario", "date", "2026-09-04",
  "We held the strategy meeting on Friday 28 August 2026 and the S47 finished today with an outcome of ICPC. The youngest turns 3 on 1 September. What's the latest date for the ICPC?",
  "2026-08-28", [("wd", 15)], ["icpc"])
r("manager", "date", "2027-01-21", "ICPC held 20/01/27, strat was 22/12/26 - was it in timescale?", "2026-12-22", [("wd", 15)], ["icpc"])
r("indirect", "date", "2025-11-12",
  "police and us had the first multi-agency discussion yesterday 11/11/25 - when's the deadline for the child protection conference?",
  "yesterday", [("wd", 15)], ["icpc"])
r("indirect", "date", "2026-03-25",
  "the first conference is on Tuesday 7 April 2026. when does the person chairing it need my written report by?",
  "2026-04-07", [("wdb", 3)], ["chairreport"])
r("typos", "date", "2025-12-29", "icpc on 6/1/26 wen does family need to see my reprot", "2026-01-06", [("db", 3)], ["famreport"])
r("scenario", "date", "2026-05-22",
  "ICPC is booked for Monday 1 June 2026 at 10am. Parents are separated and dad lives in Wales, so I'll email his copy. When's the latest I can share the report with the family?",
  "2026-06-01", [("db", 3)], ["famreport"])
r("manager", "date", "2026-01-05", "report sent to CP chair 23/12/25 for ICPC on 30/12/25. compliant?", "2025-12-30", [("wdb", 3)], ["chairreport"])

# ---------------------------------------------------------------- CP plans
r("duty", "date", "2025-12-17", "ICPC tomorrow, if plan made 1st CG by?", "tomorrow", [("d", 10)], ["coregroup"])
r("typos", "date", "2027-03-25", "conferance was 24th march when dose first core group need to be", "2027-03-24", [("d", 10)], ["coregroup"])
r("indirect", "date", "2025-04-10",
  "we had the big meeting yesterday (9 April) where the child was put on a protection plan. when do the professionals and family need to meet to put the detail on the plan?",
  "yesterday", [("d", 10)], ["coregroup"])
r("scenario", "date", "2026-08-24",
  "Baby Moonbeam was made subject to a CP plan at conference on Friday 21 August 2026; dad's sentencing hearing is 2 September. When's the first core group due?",
  "2026-08-21", [("d", 10)], ["coregroup"])
r("manager", "date", "2026-12-15", "ICPC 02/12/26, first core group held 14/12/26 - in timescale?", "2026-12-02", [("d", 10)], ["coregroup"])
r("newstarter", "date", "2027-05-06",
  "Hi! The Initial Child Protection Conference was on 5 May 2027. By what date should the first core group meeting be held?",
  "2027-05-05", [("d", 10)], ["coregroup"])
r("indirect", "visits", "2026-05-26",
  "when do I next have to see a child who is on a protection plan at home if my last home visit was on Friday 22 May 2026?",
  "2026-05-22", [("w", 4)], ["cpvisit"])
r("scenario", "visits", "2025-08-21",
  "Child on a CP plan, last seen at home and on her own on 4 August 2025. I also saw her at school yesterday, 20 August, but not at home. When is the next statutory CP visit due?",
  "2025-08-04", [("w", 4)], ["cpvisit"], note="the school visit does not count (CP visits must be at home)")
r("manager", "visits", "2027-02-04", "CP visits on 04/01/27 and 03/02/27 - was the gap ok?", "2027-01-04", [("w", 4)], ["cpvisit"])
r("newstarter", "visits", "2026-12-30",
  "How often should I visit a child on a Child Protection Plan? I last visited yesterday, 29 December 2026 - when is the next one due?",
  "yesterday", [("w", 4)], ["cpvisit"])
r("scenario", "date", "2026-03-30", "The review child protection conference for three brothers is on 8 April 2026, the Wednesday after Easter. Their ICPC was on 14 January. When do I need to share my plan update report with the parents?", "2026-04-08", [("db", 3)], ["rcpcparents"])
r("indirect", "date", "2025-12-18",
  "the follow-up conference for a child who's already on a plan is on 2 January 2026. when must the chair have my update on how the plan is going?",
  "2026-01-02", [("db", 3)], ["rcpcchair"])
r("indirect", "date", "2025-08-20", "the second conference for a child already on a plan is on 1 September. by when do mum and dad need to see my written update on how the plan has gone?", "2025-09-01", [("db", 3)], ["rcpcparents"])
r("scenario", "date", "2026-12-14",
  "The review CP conference for twins is on Thursday 31 December 2026. Mum goes into hospital on 20 December. When's the latest the chair can have my plan update report?",
  "2026-12-31", [("db", 3)], ["rcpcchair"])
r("indirect", "date", "2026-10-12",
  "the children went on protection plans on 30 January 2026 and things aren't improving. when do we hit the point where professionals need a meeting to rethink how we work with the family?",
  "2026-01-30", [("m", 12)], ["12months"])
r("manager", "date", "2025-03-10",
  "child on CP plan since 29/02/24, audit today - when did 12 months on plan kick in for the thinking time meeting?",
  "2024-02-29", [("m", 12)], ["12months"],
  amb="12 months from 29 Feb 2024 is taken as 28 Feb 2025 (month-end rule); some would say 1 March 2025.")

# ---------------------------------------------------------------- PLO
r("indirect", "date", "2026-03-27",
  "the letter that starts pre-proceedings went out today, dated 27 March 2026. when should the first meeting with parents and their solicitor be?",
  "today", [("d", 10)], ["plo1"])
r("typos", "date", "2027-05-24", "plo leter dated 21/5/27 when is first meeting due by", "2027-05-21", [("d", 10)], ["plo1"])
r("scenario", "date", "2025-08-15",
  "The PLO letter was hand delivered to mum on 14 August 2025, although it is dated 12 August 2025. Mum says she'll get a solicitor next week. When does the first PLO meeting need to be?",
  "2025-08-12", [("d", 10)], ["plo1"], note="counted from the date on the letter, not the delivery date")
r("scenario", "date", "2026-11-04",
  "Legal Gateway on 28 October 2026 agreed PLO for two children. The PLO letter is dated 3 November 2026 and dad has already instructed a solicitor. When should the first PLO meeting take place by?",
  "2026-11-03", [("d", 10)], ["plo1"])
r("scenario", "date", "2025-12-16", "Auditing a PLO case: Legal Gateway was 25/11/25, the PLO letter is dated 01/12/25 and the first meeting with parents and their solicitor was 15/12/25. Was the first meeting in time?", "2025-12-01", [("d", 10)], ["plo1"])
r("duty", "date", "2026-12-22", "1st PLO mtg today, FGC referral by?", "today", [("wd", 3)], ["fgc"])
r("indirect", "date", "2026-04-01",
  "after the first pre-proceedings meeting today (1 April 2026), when does the referral for a family meeting to plan who in the wider family could help need to go in?",
  "today", [("wd", 3)], ["fgc"])
r("scenario", "date", "2025-05-02",
  "First PLO meeting was held today, Friday 2 May 2025, with both parents and their solicitor. Paternal gran (DOB 12/03/1961) came too. Parents agreed to a family group conference. When does the FGC referral need to be made?",
  "today", [("wd", 3)], ["fgc"])
r("indirect", "date", "2026-08-27",
  "Grandad has put himself forward to look after the kids. The first pre-proceedings meeting was today, 27/08/2026 - by when do I need to ask the family placement team to screen him?",
  "today", [("wd", 3)], ["viab"])
r("scenario", "date", "2025-12-23", "Initial PLO meeting was this morning (23.12.25). Mum named her sister and a family friend as possible carers; the PLO letter was dated 15/12/25. By when do the viability screening requests need to go to Family Placement?", "2025-12-23", [("wd", 3)], ["viab"])
r("newstarter", "date", "2027-03-25",
  "Could you tell me the timescale for sending viability assessment requests to the Family Placement Team? Our initial PLO meeting was today, Thursday 25 March 2027.",
  "today", [("wd", 3)], ["viab"])
r("indirect", "date", "2025-04-22",
  "how long have I got to get the write-up of the pre-proceedings meeting to the parents and their solicitors? the meeting was 18 April 2025",
  "2025-04-18", [("d", 7)], ["minutes"])
r("manager", "date", "2026-05-14", "PLO meeting 04/05/26, minutes sent to parents' solicitor 13/05/26 - late?", "2026-05-04", [("d", 7)], ["minutes"])
r("typos", "visits", "2026-01-20", "last review plo was 6/1/26, whats the latest the next one can be", "2026-01-06", [("w", 6)], ["reviewplo"],
  note="latest end of the 4-6 week window")
r("indirect", "visits", "2027-08-02",
  "we met the parents and their solicitor to check progress in pre-proceedings on 30 July 2027. what's the latest date for the next one of those?",
  "2027-07-30", [("w", 6)], ["reviewplo"], note="latest end of the 4-6 week window; earliest would be 4 weeks")
r("scenario", "date", "2026-02-02", "Legal Gateway agreed PLO for a family with a newborn (born 28/12/25). The PLO letter went out dated 9 January 2026 and the first PLO meeting is fixed for 16 January. When is the 12-week review legal planning meeting?", "2026-01-09", [("w", 12)], ["lpm12"], amb=APLO)
r("newstarter", "date", "2027-04-15",
  "Our family entered PLO yesterday, 14 April 2027. When will the review legal planning meeting be?",
  "yesterday", [("w", 12)], ["lpm12"], amb=APLO)
r("indirect", "date", "2026-10-01",
  "if a family is still in pre-proceedings, when does the meeting with the strategic lead to decide about going to court happen? the PLO letter was 4 September 2026",
  "2026-09-04", [("w", 16)], ["gateway16"], amb=APLO)
r("manager", "date", "2025-05-02", "PLO commenced 06/01/25, Legal Gateway held 30/04/25 - late?", "2025-01-06", [("w", 16)], ["gateway16"], amb=APLO)
r("typos", "date", "2027-03-30", "plo 12 week review was 26/3/27, they agreed the extra 4 weeks (exceptional), when does that end", "2027-03-26", [("w", 4)], ["plus4"])

# ---------------------------------------------------------------- CIN
r("duty", "date", "2025-12-19", "child deplanned at RCPC today - 1st CIN mtg by?", "today", [("d", 20)], ["deplan"])
r("indirect", "date", "2025-04-16",
  "The conference agreed yesterday (15 April 2025) that the child no longer needs a protection plan. When's the first meeting under the lower-level plan due?",
  "yesterday", [("d", 20)], ["deplan"])
r("scenario", "date", "2026-08-21",
  "At the review conference on 20 August 2026 the chair ended the CP plan and set an outline CIN plan. The older sibling (DOB 04/09/2012) starts at a new high school on 3 September. When should the first CIN meeting be held?",
  "2026-08-20", [("d", 20)], ["deplan"])
r("scenario", "date", "2025-12-29", "The C&F for a 3-year-old was completed on 18/12/25 and the case transferred from First Response to our Neighbourhood Team on 23/12/25. Nursery is closed until 5 January. When must the initial CIN meeting take place?", "2025-12-23", [("d", 10)], ["cininit"])
r("indirect", "date", "2026-03-30",
  "we got a family handed over from the front door team on Friday (27 March 2026). when does the first meeting with the family and professionals need to be?",
  "2026-03-27", [("d", 10)], ["cininit"])
r("newstarter", "date", "2027-05-20",
  "Hello - a case transferred to our Neighbourhood Team from Children's First Response yesterday (19 May 2027). How soon must the initial Child in Need meeting be held?",
  "yesterday", [("d", 10)], ["cininit"])
r("scenario", "date", "2025-08-18", "Case transferred from CFR to the Neighbourhood Team on 01/08/25 after the C&F was signed off on 29/07/25. The initial CIN meeting ended up on 15/08/25 because of leave. Was it in timescale?", "2025-08-01", [("d", 10)], ["cininit"])
r("scenario", "visits", "2025-12-15", "We held the CIN review meeting for two sisters at their school on 11/12/25. Mum has a hospital appointment on 5 January and school is back on the 6th. When's the latest the next CIN review can be?", "2025-12-11", [("w", 6)], ["cinreview"])
r("indirect", "visits", "2026-08-26",
  "when should we next get everyone round the table to go through the child in need plan? last time was yesterday, 25 Aug 2026",
  "yesterday", [("w", 6)], ["cinreview"])
r("scenario", "visits", "2026-01-07",
  "Child on a CIN plan; I last saw him at home on 24 December 2025. I saw him at the contact centre yesterday (6 January) but not at home. When is his next CIN visit due?",
  "2025-12-24", [("w", 6)], ["cinvisit"], note="the contact centre sighting does not count (CIN visits must be at home)")
r("newstarter", "visits", "2027-05-05",
  "How often should a child on a Child in Need plan be seen? My last home visit was Tuesday 4 May 2027.",
  "2027-05-04", [("w", 6)], ["cinvisit"])

# ---------------------------------------------------------------- Children in care
r("indirect", "date", "2026-12-23",
  "a teenager was brought into care in an emergency yesterday (22 December 2026) and there's no up-to-date assessment. when does the assessment of his needs have to be done by?",
  "yesterday", [("wd", 20)], ["emerg"])
r("duty", "date", "2025-04-22", "unplanned admission 17/04/25, assessment due?", "2025-04-17", [("wd", 20)], ["emerg"])
r("duty", "date", "2025-12-22", "came into care last fri, visit by?", "last:Fri", WD1, ["visit1wd", "seen1wd"])
r("typos", "date", "2026-04-03", "kid moved placment today good friday 3/4/26 when do i need to visit", "today", WD1, ["visit1wd"])
r("indirect", "date", "2025-12-24",
  "a young person moved to a new foster home today, christmas eve. when do I need to see them by?",
  "today", WD1, ["visit1wd", "seen1wd"])
r("scenario", "date", "2026-05-24",
  "Police protection was used this afternoon (Sunday 24 May 2026) and the children were placed with emergency foster carers tonight. Mum's DOB is 02/02/1990. When must the children be visited?",
  "today", WD1, ["visit1wd", "seen1wd"])
r("newstarter", "date", "2027-08-27",
  "When a child comes into care, how soon should they be visited? My child came into care today, Friday 27 August 2027.",
  "today", WD1, ["visit1wd", "seen1wd"])
r("indirect", "date", "2026-04-02",
  "when should we hold the meeting where we agree delegated authority with the new carers? the girl moved in today, 2 April 2026",
  "today", [("wd", 3)], ["placemtg"])
r("scenario", "date", "2026-05-29",
  "Siblings aged 5 and 8 were placed together with foster carers today, Friday 29 May 2026, after the court hearing yesterday. When does the placement meeting need to be held?",
  "today", [("wd", 3)], ["placemtg"])
r("manager", "date", "2027-05-07", "child placed 30/04/27, placement meeting held 06/05/27 - in time?", "2027-04-30", [("wd", 3)], ["placemtg"])
r("indirect", "date", "2025-12-19",
  "how long do I have to give the foster carers the updated written plan for the placement? the child arrived today, 19 December 2025",
  "today", [("wd", 5)], ["pplan5"])
r("scenario", "date", "2025-05-01", "A 13-year-old was placed with new foster carers today (1 May 2025) after a disrupted placement; her previous carers had her since 2023. I gave them the placement plan when she arrived. When do the carers need the updated copy?", "today", [("wd", 5)], ["pplan5"])
r("indirect", "visits", "2026-03-09",
  "we set up the arrangements for her to see mum and dad when she came into care on Friday 6 March 2026. when do those arrangements next need reviewing?",
  "2026-03-06", [("w", 8)], ["familytime"])
r("indirect", "date", "2025-12-11",
  "a boy came into our care yesterday, 10 December 2025. by when does he need his welcome pack and the leaflet about his rights?",
  "yesterday", [("w", 3)], ["pack"])
r("newstarter", "date", "2027-04-09",
  "What's the timescale for giving a child the coming into care pack? He became looked after on 8 April 2027.",
  "2027-04-08", [("w", 3)], ["pack"])
r("duty", "date", "2025-12-24", "became LAC today 24/12 - inform profs of legal status by?", "today", [("wd", 5)], ["legalstatus"])
r("indirect", "date", "2027-03-24",
  "when do the school, GP and everyone else involved have to be told that the child is now in care and on what order? she came into care today, 24 March 2027",
  "today", [("wd", 5)], ["legalstatus"])
r("indirect", "date", "2026-03-23",
  "when does the first medical for a child who's just come into care need to be done? he came in on Friday 20 March 2026",
  "2026-03-20", [("wd", 20)], ["iha"])
r("manager", "date", "2025-05-06", "child became LAC 01/04/25, IHA done 05/05/25. in timescale?", "2025-04-01", [("wd", 20)], ["iha"])
r("indirect", "date", "2025-12-15",
  "when's the first meeting at school about a looked-after child's education plan due? she came into care on 12 December 2025",
  "2025-12-12", [("d", 20)], ["pep"], amb=APEP)
r("scenario", "date", "2026-05-07", "A Year 8 girl came into care yesterday (6 May) under s20 after a placement with her aunt broke down. Her school has an inset day on 22 May. When should her PEP meeting happen by?", "2026-05-06", [("d", 20)], ["pep"], amb=APEP)
r("typos", "date", "2027-03-29", "care plan on system - placed 28/3 when by", "2027-03-28", [("d", 10)], ["careplan"])
r("indirect", "date", "2025-08-26",
  "how long after a placement starts must the written plan for the child's care be on the system? the placement began 22 August 2025",
  "2025-08-22", [("d", 10)], ["careplan"])
r("newstarter", "date", "2026-12-24",
  "Could you tell me when the care plan should be recorded on LCS? The child was placed yesterday, 23 December 2026.",
  "yesterday", [("d", 10)], ["careplan"])
r("indirect", "date", "2026-04-01",
  "when's the first review meeting with the independent reviewing officer due for a child who came into care yesterday, 31 March 2026?",
  "yesterday", [("wd", 20)], ["lacreview"])
r("scenario", "date", "2027-05-24",
  "Twins came into care under an ICO on Friday 21 May 2027; their older brother was accommodated under s20 back in 2025. Court's next hearing is 18 June. When is the initial looked after review due for the twins?",
  "2027-05-21", [("wd", 20)], ["lacreview"])
r("manager", "date", "2027-01-06", "became LAC 02/12/26, first review held 05/01/27 - compliant?", "2026-12-02", [("wd", 20)], ["lacreview"])
r("typos", "date", "2025-11-27", "1st lac reveiw - came into care 26th nov", "2025-11-26", [("wd", 20)], ["lacreview"])
r("indirect", "date", "2026-03-30",
  "the child's review with the independent reviewing officer is on Tuesday 7 April 2026 - when does the IRO need my written report?",
  "2026-04-07", [("db", 3)], ["iroreport"])
r("duty", "date", "2025-12-22", "LAC review 02/01/26 - report to IRO by?", "2026-01-02", [("db", 3)], ["iroreport"])
r("scenario", "date", "2025-08-11",
  "The second looked after review for a 14-year-old (DOB 09/09/2010) is on 27 August 2025. I'm on leave from 20 August. When's the latest my report can be with the IRO?",
  "2025-08-27", [("db", 3)], ["iroreport"])
r("duty", "visits", "2025-12-29", "LAC, first review not had yet, last stat visit 24/12 - next?", "2025-12-24", [("w", 1)], ["lacweekly"])
r("indirect", "visits", "2026-03-05",
  "the lad has been in care since November and had his first review in December. no permanence plan yet. I last saw him at his placement on 3 March 2026 - when's my next visit due?",
  "2026-03-03", [("w", 6)], ["lac6"])
r("scenario", "visits", "2027-04-12",
  "Child came into care on 2 April 2027 and the first looked after review is booked for 28 April. I visited her at the placement last Friday. When is the next statutory visit due?",
  "last:Fri", [("w", 1)], ["lacweekly"])
r("manager", "visits", "2026-06-22",
  "LAC visits 01/05/26 and 19/06/26, first review was back in Feb, no permanence plan yet - ok?",
  "2026-05-01", [("w", 6)], ["lac6"])
r("newstarter", "visits", "2025-11-03",
  "Hi, a young person on my caseload has lived in her permanent long-term foster placement since 15 January 2025 and is settled. From what date can her statutory visits move to every 12 weeks?",
  "2025-01-15", [("m", 12)], ["lac12", "lac12over"],
  amb="'been there for over 12 months' could be read as from the day after the 12-month anniversary (16 Jan 2026).")
r("scenario", "visits", "2025-12-29", "A 15-year-old has been settled in his long-term foster placement since March 2022 and is on 12-weekly visits. I last saw him on 18/12/25 and his LAC review is on 2 February. When is his next statutory visit due?", "2025-12-18", [("w", 12)], ["lac12"])

# ---------------------------------------------------------------- IRO
r("indirect", "date", "2025-12-24",
  "the IRO flagged drift in the plan to me informally on Monday. how long before it turns into a formal dispute if it isn't sorted?",
  "last:Mon", [("wd", 5)], ["informal"])
r("duty", "date", "2026-03-31", "IRO formal dispute raised 30/03/26, resolution by?", "2026-03-30", [("wd", 20)], ["formal"])
r("typos", "date", "2025-08-29", "iro informal challange yesterday 28.8, when does it go formal", "yesterday", [("wd", 5)], ["informal"])
r("manager", "date", "2027-01-13", "IRO formal dispute started 07/12/26, closed 12/01/27 - within timescale?", "2026-12-07", [("wd", 20)], ["formal"])
r("newstarter", "date", "2027-05-18",
  "If an IRO raised a formal dispute yesterday, 17 May 2027, by when should the whole dispute resolution process be finished?",
  "yesterday", [("wd", 20)], ["formal"])

# ---------------------------------------------------------------- Adoption
r("indirect", "date", "2025-11-24",
  "once a baby has moved in with her new adoptive parents, how soon can they apply to court to make it permanent? she moved in on Friday 21 November 2025",
  "2025-11-21", [("w", 10)], ["adopt10"])
r("scenario", "date", "2026-03-16",
  "Our little one (DOB 30/06/2024) was placed with adopters on 13 March 2026 after introductions started on 2 March. When can the adopters apply for the Adoption Order?",
  "2026-03-13", [("w", 10)], ["adopt10"])
r("typos", "visits", "2027-05-04", "adoption placment 2/4/27, first lac reveiw not had yet, last visit 30/4 when next", "2027-04-30", [("w", 1)], ["adoptweekly"])
r("indirect", "visits", "2026-08-24",
  "the little girl placed with her adoptive family has already had her first review since moving in. I last saw her there on 19 August 2026 - when's the next visit due?",
  "2026-08-19", [("w", 6)], ["adopt6wk"])

# ---------------------------------------------------------------- Fostering
r("indirect", "visits", "2026-05-05",
  "how soon do I need to go back and see the foster carers I supervise? I was last there on Friday 1 May 2026",
  "2026-05-01", [("w", 6)], ["fcvisit"])
r("typos", "date", "2025-12-29", "fc visit done christmas eve 24/12 when does it need recording on lcs", "2025-12-24", [("wd", 3)], ["fcrecord"])
r("scenario", "date", "2026-04-02",
  "I did a supervising social worker visit to a foster family today, Thursday 2 April 2026; the child in placement has a LAC review on 9 April. When does my record of the foster carer visit need to be on LCS?",
  "today", [("wd", 3)], ["fcrecord"])
r("manager", "visits", "2026-01-21", "unannounced visit to FC 10/01/25, next unannounced 20/01/26 - compliant?", "2025-01-10", [("m", 12)], ["unannounced"])
r("indirect", "visits", "2025-01-10",
  "when do we next need to drop in on one of our foster families without telling them first? last time was 29 February 2024",
  "2024-02-29", [("m", 12)], ["unannounced"],
  amb="12 months from 29 Feb 2024 is taken as 28 Feb 2025 (month-end rule); some would say 1 March 2025.")
r("scenario", "date", "2026-07-01",
  "Our foster carers were approved in March 2024 and their last annual review was chaired by an IRO on 30 June 2026. They've had a new placement since 10 June. When is their next annual review due?",
  "2026-06-30", [("m", 12)], ["annual"])
r("scenario", "date", "2026-05-11", "Our foster carers' annual reviews in 2024 and 2025 were chaired by an IRO. Their review last went to Fostering Panel on 14/09/23, and they were first approved back in 2019. By when must a review next go to panel?", "2023-09-14", [("m", 36)], ["panel3"])
r("indirect", "date", "2025-02-03",
  "when do our foster carers' police checks, medicals and references next need redoing? they were all last done on 28 January 2025",
  "2025-01-28", [("m", 36)], ["dbs"])
r("indirect", "date", "2027-01-11", "our foster carers last did their mandatory training refresh on 31 May 2024. when do they have to redo it?", "2024-05-31", [("m", 36)], ["training"])
r("scenario", "date", "2025-12-19",
  "We placed a 9-year-old today (Friday 19 December 2025) with carers approved only for 0-5s, after the Strategic Lead agreed a variation this morning. How long can the variation last?",
  "today", [("wd", 6)], ["variation"],
  amb="Counted as the 6th working day after the day given; a reader who counts the day of approval as day 1 would end it a working day earlier.")
r("indirect", "date", "2026-03-09",
  "nan was given emergency approval as a carer for her grandson on 6 March 2026 so he could move in. when does that approval run out?",
  "2026-03-06", [("w", 16)], ["temp16"])
r("manager", "date", "2026-05-01", "connected person temp approval 05/01/26, extended once - final end date?", "2026-01-05", [("w", 16), ("w", 8)], ["temp16"])
r("newstarter", "date", "2027-08-25",
  "How long is temporary approval for a connected person foster carer? Approval was given yesterday, 24 August 2027.",
  "yesterday", [("w", 16)], ["temp16"])

# ---------------------------------------------------------------- Case recording / open cases
r("typos", "date", "2025-12-24", "visit today when does it need writing up by", "today", [("d", 3)], ["record3"])
r("indirect", "date", "2026-04-03",
  "how long can I leave it before writing up the phone call I had with grandma today (good friday)?",
  "today", [("d", 3)], ["record3"])
r("duty", "date", "2026-05-26", "home visit last fri - case note due?", "last:Fri", [("d", 3)], ["record3"])
r("indirect", "date", "2026-12-01",
  "when's the overview at the front of the child's file next due a refresh? it was last updated yesterday, 30 November 2026",
  "yesterday", [("m", 3)], ["summary"])
r("indirect", "date", "2025-11-20", "doing an audit today - the short overview at the front of the file was last refreshed on 15/08/25. is it still in date?", "2025-08-15", [("m", 3)], ["summary"])
r("newstarter", "date", "2026-06-01",
  "How recent does a child's assessment need to be on an open case? The last one was authorised on 19 December 2025 - when does it go out of date?",
  "2025-12-19", [("m", 12)], ["assess12"])

# ---------------------------------------------------------------- Ages
r("scenario", "age", "2025-12-15",
  "A girl (DOB 02/01/2014) is subject to a S47 and her ICPC is on 6 January 2026. Her brother is 9. When does she turn 12 for offering her an advocate?",
  "2014-01-02", [("age", 12)], ["advocate"])
r("newstarter", "age", "2026-11-02",
  "Hello, at what age should a child be offered an advocate for conference, and when will a boy born 27 December 2014 reach that age?",
  "2014-12-27", [("age", 12)], ["advocate"])
r("indirect", "age", "2027-03-01",
  "the boy in my S47 was born on 1 April 2015 - from what date is he old enough to be offered someone independent to help him have his say at conference?",
  "2015-04-01", [("age", 12)], ["advocate"])
r("typos", "age", "2026-09-14", "when do i start the pathway plan for yp dob 31/08/2011", "2011-08-31", [("age", 15, 6)], ["pathway"],
  amb="15 years 6 months from a 31st is taken as the last day of February (28 Feb 2027); some would say 1 March 2027.")
r("indirect", "age", "2026-02-02",
  "when does the plan for his future after care need to be started for a lad born 14 January 2011?",
  "2011-01-14", [("age", 15, 6)], ["pathway"])
r("manager", "age", "2026-01-22", "YP DOB 05/06/2010, pathway plan started 20/01/26 - late?", "2010-06-05", [("age", 15, 6)], ["pathway"])
r("scenario", "age", "2026-02-16",
  "Twins (DOB 29/02/2020) - we're sending a PLO letter on 26 February 2026. Their half-sister is 9. When do the twins turn 6 for the adoption social worker rule?",
  "2020-02-29", [("age", 6)], ["adopt6"])
r("duty", "age", "2027-04-20", "child DOB 03/05/2021 entering PLO - when do they turn 6 for adoption SW allocation?", "2021-05-03", [("age", 6)], ["adopt6"])

# ---------------------------------------------------------------- Choice
ch("newstarter", "2026-04-02",
   "My manager decided today (Thursday 2 April 2026) that a strategy discussion is needed. When does it need to happen by?",
   [("S47 section: strategy discussion within 24 hours", "today", [("h24", 1)]),
    ("Front Door: strategy discussion within 1 working day of the decision", "today", [("wd", 1)])],
   ["strat24", "strat1wd"])
ch("duty", "2026-03-04", "conference was 03/03/26, what's next due?",
   [("child made subject to a plan: first core group within 10 days", "2026-03-03", [("d", 10)]),
    ("child de-planned: first CIN meeting within 20 days", "2026-03-03", [("d", 20)])],
   ["coregroup", "deplan"])
ch("typos", "2025-12-23", "child placed with carers yesterday when is the meeting due",
   [("placement meeting within 3 working days", "yesterday", [("wd", 3)]),
    ("initial Looked After Review within 20 working days", "yesterday", [("wd", 20)])],
   ["placemtg", "lacreview"])
ch("typos", "2026-03-31", "started the assesment on 30/3 when's it due",
   [("Team Leader review within 15 working days", "2026-03-30", [("wd", 15)]),
    ("assessment completed within 45 days", "2026-03-30", [("d", 45)])],
   ["tlreview", "45"])
ch("scenario", "2026-12-14",
   "The ICPC is set for Tuesday 5 January 2027. I'm off from 23 December to 4 January. When does my report need to be out?",
   [("to the CP chair 3 working days before", "2027-01-05", [("wdb", 3)]),
    ("shared with family at least 3 days prior", "2027-01-05", [("db", 3)])],
   ["chairreport", "famreport"])
ch("indirect", "2027-08-27",
   "the IRO challenged me about drift in the plan today (27 August 2027). how long have we got to sort it out?",
   [("informal challenge resolved within 5 working days", "today", [("wd", 5)]),
    ("formal dispute completed within 20 working days", "today", [("wd", 20)])],
   ["informal", "formal"],
   amb="The 20 working days for a formal dispute would in practice run from when the formal dispute is raised, not from the informal challenge.")
ch("duty", "2025-12-16", "LAC since 14/11/25, last stat visit 15/12/25 - next?",
   [("weekly until the first looked after review", "2025-12-15", [("w", 1)]),
    ("6 weekly after the first review", "2025-12-15", [("w", 6)])],
   ["lacweekly", "lac6"])
ch("indirect", "2026-05-07",
   "we had the first pre-proceedings meeting with mum and her solicitor today, Thursday 7 May 2026. when's the follow-up due?",
   [("FGC referral / viability screening requests within 3 working days", "today", [("wd", 3)]),
    ("PLO minutes to parents and their legal representative within 7 days", "today", [("d", 7)])],
   ["fgc", "viab", "minutes"])
ch("scenario", "2026-05-22",
   "I visited one of our foster families today (Friday 22 May 2026) for a supervision visit. The child placed there has a PEP on 3 June. What's my next deadline for this carer?",
   [("record of the visit on LCS within 3 working days", "today", [("wd", 3)]),
    ("next foster carer visit within six weeks", "today", [("w", 6)])],
   ["fcrecord", "fcvisit"])

# ---------------------------------------------------------------- None
nn("duty", "2026-01-15", "ICPC 14/01/26 - RCPC due when?", "the chair sets the date of the next conference; no review conference timescale is given", ["nextconf"])
nn("indirect", "2026-02-09",
   "after the first meeting of the group that works on the protection plan (5 Feb 2026), how often do they need to meet after that?",
   "only the first core group has a timescale (10 days); no frequency is set for later core groups", ["cgevery"])
nn("newstarter", "2026-03-03",
   "How often should I be getting supervision on my Child in Need cases? My last supervision was 2 March 2026.",
   "supervision frequency is left to the supervision policy", ["supervision"])
nn("typos", "2026-01-12", "second lac reveiw when due, first was 9/1/26", "only the initial review (20 working days) has a timescale; later reviews are 'in accordance with the timescales' not stated", ["newlac"])
nn("scenario", "2025-12-19",
   "An early help referral came in today, Friday 19 December 2025, for a family at Level 3. The school has closed for Christmas. By when does the Early Help Team Leader have to make a decision?",
   "Level 1-3 decisions by an Early Help Team Leader have no timescale (the 1 working day is for Level 4 & 5)", ["earlyhelp"])
nn("indirect", "2026-01-12",
   "when does the letter for an adopted child to read when she's older need to be finished? she was placed on 10 Jan 2026",
   "no timescale for the Later Life Letter or life story book", ["lifestory"])
nn("manager", "2026-03-23", "placement instability flagged 03/03/26, support meeting held 20/03/26 - in timescale?",
   "no timescale for the placement Support Meeting", ["support"])
nn("duty", "2026-10-13", "edge of care - family focus referral deadline? concerns raised 12/10/26",
   "no timescale for the Family Focus referral", ["familyfocus"])
nn("scenario", "2025-06-04",
   "The strategy discussion was yesterday, 3 June 2025, with police, health and school. Police want the notes. By when must the record of the strategy discussion be sent to everyone who took part?",
   "the record must be sent to participants but no timescale is given", ["stratrecord"])
