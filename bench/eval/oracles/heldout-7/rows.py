"""Structured row definitions for oracle.py.

R(voice, kind, today, q, rule, phrase_keys, amb=None)
Dates in `rule` are the event dates the question refers to (resolved by hand
from the question text and `today`; check.py prints weekdays to re-check).
"""


def add_rows(R, AMB_45, AMB_PLOREV, AMB_24H):
    # ------------------------------------------------------------------ Front Door / CFR
    R("duty", "date", "2025-12-24", "contact in 24/12 - TL decision by?",
      ("wd", "2025-12-24", 1), ["FD", "INIT"])
    R("typos", "date", "2026-04-02",
      "contact came in on thurs 2nd april, when does the TL have to make a decison on it",
      ("wd", "2026-04-02", 1), ["FD", "INIT"])
    R("indirect", "date", "2027-05-28",
      "A school rang the council's children's line this morning (Friday) worried about a year 4 pupil. "
      "By when does a manager have to decide what we're doing with it?",
      ("wd", "2027-05-28", 1), ["FD", "INIT"])
    R("manager", "date", "2026-01-06",
      "Contact received 31/12/25, TL decision recorded 05/01/26. In timescale?",
      ("wd", "2025-12-31", 1), ["FD", "INIT"])
    R("newstarter", "date", "2025-08-22",
      "Hi, sorry if this is a silly question - a referral came through to me today (Friday). "
      "How long have I got to action it as the social worker, and what date is that?",
      ("wd", "2025-08-22", 1), ["REF"])
    R("scenario", "date", "2026-12-24",
      "Referral came in from the health visitor this morning, Christmas Eve, about a family who've been "
      "evicted and are sofa surfing with a 6 week old (baby born 10/11/26, that date's on the form too). "
      "By when does a social worker have to action it?",
      ("wd", "2026-12-24", 1), ["REF"])
    R("typos", "date", "2025-05-02",
      "initail decision on a level 4 referal that came in 2/5 - by when??",
      ("wd", "2025-05-02", 1), ["INIT"])

    # ------------------------------------------------------------------ S47 seen same day / 5 day discussion
    R("duty", "date", "2026-08-28", "s47 agreed 28/8 when does child need seeing",
      ("same", "2026-08-28"), ["S47SEEN"])
    R("newstarter", "date", "2027-12-24",
      "Hello, a referral has just been agreed as a Section 47 this afternoon (Christmas Eve). "
      "Does the child have to be seen before the bank holidays, or can it wait until after?",
      ("same", "2027-12-24"), ["S47SEEN"])
    R("typos", "date", "2026-04-01",
      "when do i need to have the s47 progres discusion with my TL, enquiry started 1.4.26",
      ("d", "2026-04-01", 5), ["S47DISC"])
    R("indirect", "date", "2027-01-06",
      "We opened the child protection enquiry today (Wednesday). When should I sit down with my manager "
      "to go over how it's going and agree what else needs doing?",
      ("d", "2027-01-06", 5), ["S47DISC"])

    # ------------------------------------------------------------------ Allocation 3 WD
    R("duty", "date", "2025-04-17", "TL decided C&FA on ref 17/4 - allocate by?",
      ("wd", "2025-04-17", 3), ["ALLOC"])
    R("manager", "date", "2026-06-01",
      "Case where the TL decided on a C&F assessment on 21/05/26 wasn't allocated on LCS until 28/05. "
      "Within timescale?",
      ("wd", "2026-05-21", 3), ["ALLOC"])
    R("scenario", "date", "2026-08-27",
      "Mum came into the office today (27/08) asking for help and the TL agreed a Child and Family "
      "assessment straight away. Previous CIN involvement closed on 14/03/25. When does it need "
      "allocating to a worker by?",
      ("wd", "2026-08-27", 3), ["ALLOC"])

    # ------------------------------------------------------------------ TL review 15 WD
    R("typos", "date", "2027-03-18",
      "my tl needs to reveiw my assesment, started it 18.3.27, whens that due by",
      ("wd", "2027-03-18", 15), ["TLREV"])
    R("manager", "date", "2025-09-10",
      "Assessment opened 04/08/25, TL review recorded 22/08/25. Was that within the standard?",
      ("wd", "2025-08-04", 15), ["TLREV"])

    # ------------------------------------------------------------------ 45 days
    R("indirect", "date", "2026-03-03",
      "I've got to write up the assessment of a family's needs that I opened on the 3rd of this month. "
      "What's the absolute last day for finishing it?",
      ("d", "2026-03-03", 45), ["A45"], AMB_45)
    R("scenario", "date", "2027-07-12",
      "Started a C&F assessment today (12/07/27) after a police notification that came in on the 9th. "
      "Dad's DOB is 30/08/90 if that matters. What's the deadline to complete it?",
      ("d", "2027-07-12", 45), ["A45"], AMB_45)
    R("manager", "date", "2026-02-10",
      "Assessment started 15/12/25, completed and authorised 02/02/26. Was it done within the 45 days?",
      ("d", "2025-12-15", 45), ["A45"], AMB_45)
    # ------------------------------------------------------------------ Strategy discussion 1 WD
    R("duty", "date", "2026-12-23", "mgmt decision for strat 23/12 - strat by?",
      ("wd", "2026-12-23", 1), ["STRAT1", "STRAT24"])
    R("typos", "date", "2027-08-27",
      "TL said we need a strat today (fri 27th) when does it have to happen by",
      ("wd", "2027-08-27", 1), ["STRAT1"],
      (AMB_24H, ("d", "2027-08-27", 1)))
    R("newstarter", "date", "2026-03-10",
      "My manager has decided a strategy discussion is needed - the decision was made today (Tuesday). "
      "Is there a set time it has to be held by?",
      ("wd", "2026-03-10", 1), ["STRAT1", "STRAT24"])

    # ------------------------------------------------------------------ Transfer CFR -> Neighbourhood Team
    R("scenario", "date", "2026-05-21",
      "CFR assessment is done and the case is going to the Neighbourhood Team at CIN. I emailed the NT "
      "today (21/05) to give notice; the assessment was authorised on the 19th. By when do we need to "
      "have done the joint intro visit with the family?",
      ("d", "2026-05-21", 5), ["JOINT", "NOTICE"])
    # ------------------------------------------------------------------ ICPC 15 WD
    R("duty", "date", "2025-12-19", "strat was 19/12/25, ICPC by?",
      ("wd", "2025-12-19", 15), ["ICPC"])
    R("scenario", "date", "2027-05-17",
      "Disclosure at school on Weds 12/5, strategy discussion held on Friday 14th May. The child turns "
      "10 on 20/05 and there's a family court hearing on 4/6. When does the ICPC need to be held by?",
      ("wd", "2027-05-14", 15), ["ICPC"])
    R("indirect", "date", "2026-08-21",
      "The first multi-agency meeting where police, health and us talked through the worries was "
      "yesterday (20 August). By when must the big meeting with the family - where they decide whether "
      "a protection plan is needed - take place?",
      ("wd", "2026-08-20", 15), ["ICPC"])
    R("newstarter", "date", "2027-12-20",
      "Hi all, I'm new. The initial strategy discussion was today, Monday 20th December. How do I work "
      "out when the Initial Child Protection Conference must be held by?",
      ("wd", "2027-12-20", 15), ["ICPC"])
    R("manager", "date", "2026-01-26", "ICPC was held 20/01, strat 02/01, was that in timescale?",
      ("wd", "2026-01-02", 15), ["ICPC"])
    R("typos", "date", "2027-03-22", "strat was last friday 19/3 - whens the latest for icpc",
      ("wd", "2027-03-19", 15), ["ICPC"])

    # ------------------------------------------------------------------ ICPC report
    R("duty", "date", "2025-12-29", "ICPC 07/01/26 - report to chair by?",
      ("wdb", "2026-01-07", 3), ["CHAIR3"])
    R("newstarter", "date", "2025-04-14",
      "Sorry if this is obvious - my ICPC is on Wednesday 23rd April. When do I need to send my report "
      "to the child protection chair?",
      ("wdb", "2025-04-23", 3), ["CHAIR3"])
    R("typos", "date", "2026-05-28",
      "icpc is thurs 4/6 when does the family need to of seen my report",
      ("db", "2026-06-04", 3), ["FAM3"])
    R("indirect", "date", "2027-01-04",
      "The first big child protection meeting for the family is this Friday, 8 January. What's the latest "
      "day I can go through my written report with mum and dad?",
      ("db", "2027-01-08", 3), ["FAM3"])
    R("manager", "date", "2026-01-07",
      "ICPC held Mon 05/01/26, SW report went to the chair 31/12/25. Was it in time?",
      ("wdb", "2026-01-05", 3), ["CHAIR3"])
    R("scenario", "date", "2027-03-22",
      "Conference is on Thursday 1st April. Strat was 11/03 and the child was seen on the 12th. I need to "
      "get my report signed off and to the CP chair - what's my deadline?",
      ("wdb", "2027-04-01", 3), ["CHAIR3"])

    # ------------------------------------------------------------------ First core group 10 days
    R("scenario", "date", "2025-12-18",
      "ICPC was this morning (18/12) for two brothers, both now on CP plans under emotional harm. Dad is "
      "due out of prison on 02/01 and school breaks up tomorrow. When does the first core group have to "
      "be held by?",
      ("d", "2025-12-18", 10), ["CG"])
    R("typos", "date", "2026-03-30", "first core grp after conf today 30/3 - when by",
      ("d", "2026-03-30", 10), ["CG"])
    R("indirect", "date", "2027-08-24",
      "The family were put on a protection plan at the meeting yesterday. When does the first get-together "
      "of the smaller working group of professionals and parents need to happen by?",
      ("d", "2027-08-23", 10), ["CG"])
    R("newstarter", "date", "2026-11-10",
      "The Initial Child Protection Conference was today (10/11/26) and the child is now on a plan. "
      "When is the first core group meeting due?",
      ("d", "2026-11-10", 10), ["CG"])
    R("manager", "date", "2025-06-02", "ICPC 14/05/25, first core group 27/05/25. In timescale?",
      ("d", "2025-05-14", 10), ["CG"])
    R("scenario", "date", "2027-12-20",
      "ICPC was held today (20/12) and baby is on a CP plan under neglect. Mum has a court date on 6/1 "
      "for something unrelated. When's the first core group due by?",
      ("d", "2027-12-20", 10), ["CG"])

    # ------------------------------------------------------------------ CP visits (visits)
    R("indirect", "visits", "2027-07-30",
      "I saw the little one at home on her own today, 30th July - she's on a protection plan. How long "
      "before I have to see her again?",
      ("w", "2027-07-30", 4), ["CPV"])
    R("newstarter", "visits", "2026-12-21",
      "My last statutory visit to a child on a Child Protection Plan was on Friday (18 December). When is "
      "the next one due at the latest?",
      ("w", "2026-12-18", 4), ["CPV"])
    R("manager", "visits", "2025-03-10",
      "CP visits on file: 03/02/25 and 06/03/25. Was the second one within the 4-weekly standard?",
      ("w", "2025-02-03", 4), ["CPV"])
    R("scenario", "visits", "2027-04-27",
      "Visited the kids (CP, neglect) on 22/04 and saw both alone. Went back yesterday (26/04) "
      "unannounced but only saw mum, the kids were at school. When's the next statutory CP visit due?",
      ("w", "2027-04-22", 4), ["CPV", "CPHOME"])

    # ------------------------------------------------------------------ RCPC report
    R("duty", "date", "2026-05-01", "RCPC 08/05 - report to parents by?",
      ("db", "2026-05-08", 3), ["RCPAR"])
    R("indirect", "date", "2025-12-29",
      "The review meeting for the child's protection plan is on Friday 2nd January. By when should the "
      "person chairing it have my update?",
      ("db", "2026-01-02", 3), ["RCCHAIR"])
    R("scenario", "date", "2027-05-26",
      "Review CP conference is booked for Thursday 3rd June. The last core group was 20/05 and mum has a "
      "hospital appointment on the 1st. What's the latest date she needs to have seen my report?",
      ("db", "2027-06-03", 3), ["RCPAR"])
    R("manager", "date", "2026-09-15",
      "RCPC held 14/09/26, plan update shared with parents 12/09/26. Did we meet the 3 days?",
      ("db", "2026-09-14", 3), ["RCPAR"])

    # ------------------------------------------------------------------ CP plan 12 months
    R("scenario", "date", "2026-01-20",
      "Child became subject to a CP plan at ICPC on 10/02/2025, with review conferences since on 05/05/25 "
      "and 03/11/25. Progress is poor. From what date should we be holding a professional thinking time "
      "meeting?",
      ("m", "2025-02-10", 12), ["CP12"])
    R("indirect", "date", "2027-02-15",
      "A boy has been on a protection plan since 31/03/2026 and things aren't shifting. When does the "
      "'how can we work differently with this family' meeting become due?",
      ("m", "2026-03-31", 12), ["CP12"])

    # ------------------------------------------------------------------ PLO first meeting 10 days
    R("typos", "date", "2026-08-25", "plo leter went out yesterday (24th aug) whens the first meeting got to be by",
      ("d", "2026-08-24", 10), ["PLO1"])
    R("indirect", "date", "2027-03-19",
      "We've sent the formal letter to parents warning them we're thinking about court - the one that "
      "starts pre-proceedings - dated today, 19 March. When does the first meeting with them and their "
      "solicitor have to be held by?",
      ("d", "2027-03-19", 10), ["PLO1"])
    R("newstarter", "date", "2026-05-12",
      "Hi, the PLO letter is dated 12/05/2026. When should the first PLO meeting take place by?",
      ("d", "2026-05-12", 10), ["PLO1"])
    R("manager", "date", "2025-05-20",
      "PLO letter dated 28/04/25, first meeting held 09/05/25 - in timescale?",
      ("d", "2025-04-28", 10), ["PLO1"])

    # ------------------------------------------------------------------ FGC referral / viability 3 WD
    R("duty", "date", "2026-04-02", "1st PLO mtg 2/4 - FGC referral by?",
      ("wd", "2026-04-02", 3), ["FGC"])
    R("scenario", "date", "2025-08-21",
      "First PLO meeting was today (Thurs 21 Aug). Parents hadn't had an FGC so they consented at the "
      "meeting. The PLO letter was dated 11/08. When does the FGC referral need to go in?",
      ("wd", "2025-08-21", 3), ["FGC"])
    R("indirect", "date", "2027-12-22",
      "At the first pre-proceedings meeting today, mum and dad agreed to a family meeting to make a plan "
      "with their relatives. What's the date I've got to refer for that by?",
      ("wd", "2027-12-22", 3), ["FGC"])
    R("typos", "date", "2026-12-23", "viabilty requests to family placement after the plo meeting today 23.12, when by",
      ("wd", "2026-12-23", 3), ["VIA"])
    R("newstarter", "date", "2025-05-01",
      "Grandma was identified as a possible carer at the initial PLO meeting today (Thursday 1st May). "
      "When do I need to send the viability assessment request to the Family Placement Team?",
      ("wd", "2025-05-01", 3), ["VIA"])
    R("manager", "date", "2027-04-12",
      "Initial PLO meeting 24/03/27, viability screening request sent 30/03/27. Within timescale?",
      ("wd", "2027-03-24", 3), ["VIA"])

    # ------------------------------------------------------------------ PLO minutes 7 days
    R("duty", "date", "2026-12-21", "PLO mtg 21/12 - mins out by?",
      ("d", "2026-12-21", 7), ["MIN"])
    R("manager", "date", "2027-01-15",
      "PLO meeting 30/12/26, minutes sent to parents' solicitor 08/01/27. Within timescale?",
      ("d", "2026-12-30", 7), ["MIN"])

    # ------------------------------------------------------------------ PLO reviews / 12 / 16 / +4 weeks
    R("newstarter", "visits", "2027-08-06",
      "How often should PLO review meetings be held? Our last one was yesterday, 5th August, and I'd like "
      "to book the next - what's the latest date it can be?",
      ("w", "2027-08-05", 6), ["PLOREV"], (AMB_PLOREV, ("w", "2027-08-05", 4)))
    R("duty", "date", "2026-01-13", "PLO started 13/1/26 (1st mtg) - review legal planning mtg at 12 wks = ?",
      ("w", "2026-01-13", 12), ["W12"],
      "The standards do not say what the 12 weeks runs from; here it is counted from the start date the "
      "worker gives (the first PLO meeting); counting from the PLO letter would be earlier.")
    R("typos", "date", "2025-09-01", "when is the 16 week legal gateway if plo started 1st sept 2025",
      ("w", "2025-09-01", 16), ["W16"])
    R("indirect", "date", "2026-12-01",
      "A family has been in the pre-proceedings process since 3 November 2026. If they're still in it, "
      "when is the meeting where the Strategic Lead looks at whether we go to court?",
      ("w", "2026-11-03", 16), ["W16"],
      "The 12-week review legal planning meeting also considers going to Legal Gateway; this row takes "
      "the 16-week Legal Gateway meeting with Strategic Lead oversight.")
    R("newstarter", "date", "2027-06-10",
      "At today's 12 week review legal planning meeting (10/06/2027) it was agreed, in exceptional "
      "circumstances, to extend PLO. How long is the extension and what date does it run to?",
      ("w", "2027-06-10", 4), ["W4"])

    # ------------------------------------------------------------------ CIN first meeting
    R("duty", "date", "2025-12-11", "de-planned at RCPC 11/12/25 - 1st CIN mtg by?",
      ("d", "2025-12-11", 20), ["CIN20"])
    R("indirect", "date", "2026-04-10",
      "The child came off the protection plan at the review meeting yesterday (9 April). When should the "
      "first meeting under the new support plan be held by?",
      ("d", "2026-04-09", 20), ["CIN20"])
    R("manager", "date", "2027-08-20",
      "Child de-planned at RCPC 15/07/27, first CIN meeting held 06/08/27. OK?",
      ("d", "2027-07-15", 20), ["CIN20"])
    R("typos", "date", "2026-12-18", "kid came of cp plan today 18th december, when is 1st cin meeting due",
      ("d", "2026-12-18", 20), ["CIN20"])
    R("scenario", "date", "2026-03-31",
      "Case came over to us in the Neighbourhood Team from Children's First Response yesterday "
      "(Monday 30/03). The CFR assessment was finished on the 24th. When does the initial CIN meeting "
      "have to happen by?",
      ("d", "2026-03-30", 10), ["CIN10"])
    R("newstarter", "date", "2025-12-19",
      "Hello, I've just been allocated a case that transferred from CFR today, 19 December. When does "
      "the initial Child in Need meeting need to be held by?",
      ("d", "2025-12-19", 10), ["CIN10"])
    # ------------------------------------------------------------------ CIN reviews / visits (visits)
    R("typos", "visits", "2025-12-04", "last cin reveiw was 3/12/25, next one by when",
      ("w", "2025-12-03", 6), ["CINREV"])
    R("manager", "visits", "2026-05-05",
      "CIN reviews held 10/03/26 and 28/04/26 - was the gap within 6 weeks?",
      ("w", "2026-03-10", 6), ["CINREV"])
    R("newstarter", "visits", "2026-04-15",
      "My last home visit to a child on a Child in Need plan was yesterday, Tuesday 14 April. What's the "
      "latest I can see them next?",
      ("w", "2026-04-14", 6), ["CINV"])
    R("scenario", "visits", "2027-03-03",
      "Saw the child at school yesterday (02/03/27) but the last home visit where I saw him was 16/02/27. "
      "He's on a CIN plan. When do I need to see him at home by?",
      ("w", "2027-02-16", 6), ["CINV", "CINHOME"])
    # ------------------------------------------------------------------ Children in care
    R("duty", "date", "2025-12-23", "emergency admission 23/12/25 - C&FA by?",
      ("wd", "2025-12-23", 20), ["EMERG"])
    R("scenario", "date", "2026-04-06",
      "Police protection on Saturday night (04/04) and the child came into care as an emergency. Mum's "
      "birthday is 10/04, which she keeps mentioning. When does the assessment need finishing by?",
      ("wd", "2026-04-04", 20), ["EMERG"])
    R("indirect", "date", "2027-08-27",
      "A 13 year old moved to new foster carers this afternoon (Friday). How soon do I need to get out "
      "to see her?",
      ("wd", "2027-08-27", 1), ["VIS1", "SEEN1"])
    R("newstarter", "date", "2025-04-17",
      "Hi, a child came into care today (Thursday 17 April). When do I have to visit by, given it's "
      "Easter?",
      ("wd", "2025-04-17", 1), ["VIS1", "SEEN1"])
    R("manager", "date", "2026-01-07",
      "Child became looked after Fri 02/01/26, first visit 06/01/26. In timescale?",
      ("wd", "2026-01-02", 1), ["VIS1", "SEEN1"])
    R("typos", "date", "2025-03-29", "new placemnt today sat 29th march, whens the visit due",
      ("wd", "2025-03-29", 1), ["VIS1", "SEEN1"],
      "The placement is on a Saturday; under the working-day count the visit is due on the Monday, but a "
      "reader might expect the child to be seen over the weekend.")
    R("duty", "date", "2026-03-31", "placed 31/3 - placement mtg by?",
      ("wd", "2026-03-31", 3), ["PM"])
    R("indirect", "date", "2026-05-22",
      "The kids went to their new carers yesterday (21/05). When do we need to get everyone together to "
      "agree who can sign for what - school trips, haircuts and so on?",
      ("wd", "2026-05-21", 3), ["PM"])
    R("manager", "date", "2027-12-31",
      "Placement started 22/12/27, placement meeting 29/12/27 - within 3 working days?",
      ("wd", "2027-12-22", 3), ["PM"])
    R("typos", "date", "2025-08-20", "when do the carers need the updated placment plan, placed today 20th aug",
      ("wd", "2025-08-20", 5), ["PP5"])
    R("newstarter", "date", "2026-12-21",
      "A child was placed with foster carers today, Monday 21 December. When should the carers be given "
      "an updated copy of the placement plan?",
      ("wd", "2026-12-21", 5), ["PP5"])
    R("indirect", "visits", "2025-11-10",
      "We set up mum's contact with the children when they came into care on 07/11/25 and haven't looked "
      "at it since. Permanence isn't agreed yet. When should the arrangements be reviewed by?",
      ("w", "2025-11-07", 8), ["FT"])
    R("typos", "date", "2025-12-11",
      "came into care yesterday 10/12 when does the coming into care pack and rights leaflet need giving",
      ("w", "2025-12-10", 3), ["PACK"])
    R("scenario", "date", "2025-12-24",
      "Twins (DOB 03/06/24) came into care today, Christmas Eve, after mum was admitted to hospital. The "
      "health visitor, GP and nursery all need telling about their legal status. What's my deadline?",
      ("wd", "2025-12-24", 5), ["LEGAL"])
    R("scenario", "date", "2027-03-26",
      "Interim Care Order granted yesterday (Thurs 25/03) and he was placed that evening. School and GP "
      "don't know yet. Next hearing is 23/04. By when must the other professionals be told about his "
      "legal status?",
      ("wd", "2027-03-25", 5), ["LEGAL"])
    R("newstarter", "date", "2026-08-14",
      "A child became looked after today, 14/08/2026. When does the initial health assessment need to be "
      "carried out by?",
      ("wd", "2026-08-14", 20), ["IHA"])
    R("manager", "date", "2026-01-12",
      "Child LAC 01/12/25, IHA carried out 05/01/26. In timescale?",
      ("wd", "2025-12-01", 20), ["IHA"])
    R("typos", "date", "2027-04-30", "IHA for child who come into care today 30/4 when due",
      ("wd", "2027-04-30", 20), ["IHA"])
    R("duty", "date", "2026-12-22", "LAC 22/12/26 - PEP mtg by?",
      ("d", "2026-12-22", 20), ["PEP"])
    R("indirect", "date", "2025-07-04",
      "Boy came into care yesterday, 3 July; school breaks up on the 18th. When does the meeting at school "
      "about his education plan need to happen by?",
      ("d", "2025-07-03", 20), ["PEP"])

    # LAC visits (visits)
    R("scenario", "visits", "2026-03-18",
      "Child came into care 10/03/26; visited 11/03 and again today (18/03). Initial LAC review is "
      "booked for 02/04. When's the next visit due?",
      ("w", "2026-03-18", 1), ["LACW"])
    R("manager", "visits", "2027-03-01",
      "Post-ILAC statutory visits on 05/01/27 and 23/02/27 for a child whose plan for permanence isn't "
      "finalised. Compliant?",
      ("w", "2027-01-05", 6), ["LAC6"])
    R("newstarter", "visits", "2026-04-27",
      "The first Looked After Review for a child on my caseload was last month and permanence isn't "
      "sorted yet. I visited on Friday (24 April) - when's the next statutory visit due?",
      ("w", "2026-04-24", 6), ["LAC6"])
    R("typos", "visits", "2027-08-02",
      "yp settled in perm placement for over 12 months now, last vist 30/7 when next",
      ("w", "2027-07-30", 12), ["LAC12"],
      ("The standard only allows a move to 12-weekly visits once settled over 12 months; if that move has "
       "not been agreed, 6-weekly applies (%s).", ("w", "2027-07-30", 6)))
    R("indirect", "visits", "2026-12-18",
      "She's been with her long-term carers nearly three years now, her permanent home, and is really "
      "settled. I last saw her yesterday (17 December). When do I next have to see her?",
      ("w", "2026-12-17", 12), ["LAC12"],
      ("The standard only allows a move to 12-weekly visits once settled over 12 months; if that move has "
       "not been agreed, 6-weekly applies (%s).", ("w", "2026-12-17", 6)))

    R("duty", "date", "2027-03-29", "placed 27/3 - care plan on LCS by?",
      ("d", "2027-03-27", 10), ["CAREPLAN"])
    R("manager", "date", "2025-09-03", "Placement 18/08/25, care plan recorded 29/08/25 - within timescale?",
      ("d", "2025-08-18", 10), ["CAREPLAN"])
    R("indirect", "date", "2027-05-07",
      "A toddler came into our care today, 7 May. When's the first formal review chaired by the "
      "independent reviewing officer due by?",
      ("wd", "2027-05-07", 20), ["ILAC"])
    R("manager", "date", "2025-09-01", "Child became LAC 28/07/25, first review held 26/08/25 - in 20 WD?",
      ("wd", "2025-07-28", 20), ["ILAC"])
    R("scenario", "date", "2026-12-04",
      "Section 20 agreed yesterday (03/12/26) and the child was placed with connected carers the same "
      "day. His sister's placement broke down on 14/11/26 but she's a separate case. When's his initial "
      "LAC review due by?",
      ("wd", "2026-12-03", 20), ["ILAC"])
    R("newstarter", "date", "2026-12-29",
      "Hi, the child's looked after review is on Thursday 7 January. When does my report need to be with "
      "the IRO?",
      ("db", "2027-01-07", 3), ["IRO3"])
    R("duty", "date", "2026-04-08", "LAC review 16/4 - SW report to IRO by?",
      ("db", "2026-04-16", 3), ["IRO3"])

    # ------------------------------------------------------------------ IRO dispute
    R("indirect", "date", "2025-12-22",
      "The independent reviewing officer flagged informally today (22/12) that the care plan is drifting. "
      "If it's not sorted, when does it turn into a formal dispute?",
      ("wd", "2025-12-22", 5), ["IRO5"])
    R("manager", "date", "2027-05-04", "Formal dispute raised by IRO 01/04/27, resolved 30/04/27 - within timescale?",
      ("wd", "2027-04-01", 20), ["IRO20"])
    R("typos", "date", "2026-08-20", "iro formal dispute started today 20/8 when does it have to be finshed by",
      ("wd", "2026-08-20", 20), ["IRO20"])

    # ------------------------------------------------------------------ Adoption
    R("duty", "date", "2025-09-03", "placed w adopters 3/9/25 - when can they apply for AO?",
      ("w", "2025-09-03", 10), ["W10"])
    R("scenario", "date", "2026-12-22",
      "Baby was placed with prospective adopters yesterday (21 December) after matching panel on 10/12. "
      "From what date can they lodge their application for an adoption order?",
      ("w", "2026-12-21", 10), ["W10"])
    R("newstarter", "visits", "2026-03-04",
      "A child placed for adoption had her first Looked After Review on 10/02/26. My last visit was "
      "yesterday (03/03/26). When's the next visit due?",
      ("w", "2026-03-03", 6), ["AD6"])
    R("indirect", "visits", "2026-08-21",
      "A little boy moved in with his new adoptive family last week; I went round on Wednesday 19 August. "
      "He hasn't had his first review yet. When must I go back by?",
      ("w", "2026-08-19", 1), ["ADW"])

    # ------------------------------------------------------------------ Fostering
    R("duty", "visits", "2025-12-15", "FC supervisory visit 15/12/25 - next by?",
      ("w", "2025-12-15", 6), ["FCV"])
    R("scenario", "date", "2026-04-02",
      "Did my supervising visit to one of our foster carer households today (2 April), the day before "
      "Good Friday. Their annual review is on 15/06. When does the visit need to be recorded on LCS?",
      ("wd", "2026-04-02", 3), ["FCREC"])
    R("manager", "date", "2027-06-01", "FC supervising visit 21/05/27, recorded on LCS 27/05/27. In time?",
      ("wd", "2027-05-21", 3), ["FCREC"])
    R("indirect", "visits", "2026-09-01",
      "Our carers last had a surprise, unplanned visit from their supervising social worker on 14/10/2025. "
      "When's the latest the next one can be?",
      ("m", "2025-10-14", 12), ["UNANN"])
    R("newstarter", "visits", "2026-07-01",
      "Our foster carers had their annual review yesterday, 30 June 2026. When is the next one due?",
      ("m", "2026-06-30", 12), ["ANNUAL"])
    R("manager", "date", "2026-11-02",
      "Carers' references, medicals and DBS were last updated 29/02/2024. When is the next update due?",
      ("m", "2024-02-29", 36), ["DBS"],
      "Three years on from 29 Feb 2024 has no 29 Feb; counted as 28 Feb 2027 (month-end rule), a reader "
      "might say 1 March 2027.")
    R("duty", "date", "2027-09-01", "fostering panel review last 11/11/24 - next panel by?",
      ("m", "2024-11-11", 36), ["PANEL"])
    R("typos", "date", "2027-10-04", "core training for my carers was last done 5th jan 2025 when does it run out",
      ("m", "2025-01-05", 36), ["TRAIN"])
    R("scenario", "date", "2026-12-23",
      "Carers are approved for 0-5 year olds. We need to place a 7 year old with them from tomorrow (Thurs "
      "24/12) under a Variation of Terms of Approval from the Strategic Lead. What's the last day the "
      "variation can cover?",
      ("wd", "2026-12-24", 6), ["VAR"],
      "Counted as the 6th working day after placement; a reader might count the placement day as day 1, "
      "or read 'up to 6 working days' as ending the day before.")
    R("indirect", "date", "2025-04-22",
      "An aunt was temporarily approved as a foster carer for her nephew on 15/04/2025 (connected "
      "person). If nobody extends it, when does the temporary approval run out?",
      ("w", "2025-04-15", 16), ["TEMP"])
    R("newstarter", "date", "2026-04-20",
      "A connected carer was given temporary approval on 02/01/26, and panel/ADM have now agreed the "
      "full extension. When does the temporary approval end now?",
      ("w", "2026-01-02", 24), ["TEMP"])

    # ------------------------------------------------------------------ Case recording / file standards
    R("duty", "date", "2025-12-24", "home visit 24/12 - record by?",
      ("d", "2025-12-24", 3), ["REC"])
    R("typos", "date", "2026-05-26", "did a visit today tues 26th may how long have i got to write it up",
      ("d", "2026-05-26", 3), ["REC"])
    R("manager", "date", "2026-01-20", "Visit on 09/01/26 recorded on LCS 14/01/26. Within the recording timescale?",
      ("d", "2026-01-09", 3), ["REC"])
    R("scenario", "date", "2026-01-05",
      "Doing a file check today. The case file summary was last updated 30/11/25, the assessment was "
      "authorised 12/08/25 and the last supervision was 22/12/25. When does the summary need updating by?",
      ("m", "2025-11-30", 3), ["SUM"])
    R("newstarter", "date", "2026-09-07",
      "The child's last authorised assessment was signed off on 19/05/2026. By when does there need to "
      "be a new one for it to still count as up to date?",
      ("m", "2026-05-19", 12), ["ASS12"])
    R("duty", "date", "2027-06-14", "case summary updated 31/5/27 - next by?",
      ("m", "2027-05-31", 3), ["SUM"])

    # ------------------------------------------------------------------ Ages
    R("newstarter", "age", "2026-05-11",
      "A child on my caseload was born on 14/09/2014. From what date should she be offered an advocate "
      "to support her to attend her conferences?",
      ("age", "2014-09-14", 12, 0), ["ADV"])
    R("duty", "age", "2027-11-01", "yp DOB 29/02/2016 - when is she 12 for advocate?",
      ("age", "2016-02-29", 12, 0), ["ADV"])
    R("typos", "age", "2025-10-06", "when do i start the pathway plan, yp dob 31/8/2010",
      ("age", "2010-08-31", 15, 6), ["PATH"],
      "DOB 31 Aug plus 15 years 6 months has no 31 Feb; taken as 28 Feb 2026, a reader might say 1 March 2026.")
    R("scenario", "age", "2025-06-10",
      "Lad came into care at 13, DOB 02/11/2011. His first LAC review was 10/03/25 and the next is "
      "booked for 08/09/25. When does his pathway plan have to be started?",
      ("age", "2011-11-02", 15, 6), ["PATH"])
    R("indirect", "age", "2026-10-12",
      "When does a young person in care born on 17 January 2012 reach the age where we have to start "
      "their plan for leaving care?",
      ("age", "2012-01-17", 15, 6), ["PATH"])
    R("manager", "age", "2027-09-06",
      "Girl in care, DOB 29/02/2012. Pathway plan started 01/09/27. What date should it have been "
      "started by?",
      ("age", "2012-02-29", 15, 6), ["PATH"])
    R("typos", "age", "2025-11-17",
      "baby brother dob 29/02/2020, were going into plo - what date does he stop counting as under 6 for "
      "the adoption sw allocation",
      ("age", "2020-02-29", 6, 0), ["ADOP6"])
    R("newstarter", "age", "2026-03-16",
      "We're about to start PLO on 3 siblings. The youngest was born 12/12/2020. On what date does she "
      "turn 6, i.e. stop being 'under 6' for getting a Trafford adoption social worker allocated?",
      ("age", "2020-12-12", 6, 0), ["ADOP6"])

    # ------------------------------------------------------------------ Choice
    R("duty", "choice", "2026-12-22", "icpc mon 4/1/27 - report due?",
      [("report to chair, 3 WD before", ("wdb", "2027-01-04", 3)),
       ("report shared with family, 3 days prior", ("db", "2027-01-04", 3))],
      ["CHAIR3", "FAM3"])
    R("typos", "choice", "2026-06-01", "conf on mon 8th june when does the report need doing by",
      [("report to chair, 3 WD before", ("wdb", "2026-06-08", 3)),
       ("report shared with family, 3 days prior", ("db", "2026-06-08", 3))],
      ["CHAIR3", "FAM3"])
    R("newstarter", "choice", "2026-03-16",
      "I started a Child and Family Assessment today (16 March). What's my deadline?",
      [("Team Leader review, 15 WD", ("wd", "2026-03-16", 15)),
       ("completion, 45 days", ("d", "2026-03-16", 45))],
      ["TLREV", "A45"])
    R("duty", "choice", "2027-05-27", "1st PLO mtg today 27/5 - what's due after?",
      [("FGC referral / viability requests, 3 WD", ("wd", "2027-05-27", 3)),
       ("PLO minutes, 7 days", ("d", "2027-05-27", 7))],
      ["FGC", "VIA", "MIN"])
    R("indirect", "choice", "2026-08-20",
      "The kids arrived at their foster home today (Thursday 20 August). When does the plan need to be "
      "written up?",
      [("updated placement plan to carers, 5 WD", ("wd", "2026-08-20", 5)),
       ("care plan on the system, 10 days", ("d", "2026-08-20", 10))],
      ["PP5", "CAREPLAN"])
    R("scenario", "choice", "2026-12-29",
      "Child placed with emergency carers yesterday (Mon 28/12) after police protection. Carers are asking "
      "when we're all meeting about her; her mum's hearing is 12/01. What date?",
      [("placement meeting, 3 WD", ("wd", "2026-12-28", 3)),
       ("initial Looked After Review, 20 WD", ("wd", "2026-12-28", 20))],
      ["PM", "ILAC"])
    R("manager", "choice", "2026-03-03", "IRO challenge raised 03/03/26 - what's the timescale?",
      [("informal challenge, 5 WD", ("wd", "2026-03-03", 5)),
       ("formal dispute, 20 WD", ("wd", "2026-03-03", 20))],
      ["IRO5", "IRO20"])
    R("typos", "choice", "2027-04-30", "fc visit done today 30/4 whats due next",
      [("record on LCS, 3 WD", ("wd", "2027-04-30", 3)),
       ("next carer visit, six weeks", ("w", "2027-04-30", 6))],
      ["FCREC", "FCV"])

    # ------------------------------------------------------------------ None
    R("duty", "none", "2026-01-12", "ICPC 12/01/26 - 1st RCPC due?", None, ["NEXTCONF"])
    R("indirect", "none", "2026-03-06",
      "After a child in care's first review yesterday (5 March), how long until the next review has to "
      "happen?", None, ["NEWLAC"])
    R("newstarter", "none", "2026-06-03",
      "How often should I be getting supervision? My last one was on 2 June - when is the next due?",
      None, ["SUPPOL"])
    R("typos", "none", "2025-09-03", "early help referal came in 3/9 when does the EH TL have to decide by",
      None, ["EH"])
    R("manager", "none", "2027-05-10", "SHOPBA for a child whose IRH is 14/07/27 - what's the latest date it must be held?",
      None, ["SHOPBA"])
    R("scenario", "none", "2027-03-11",
      "Adoption Order was granted yesterday (10/03/27); the child was placed with the adopters on "
      "01/10/26. When do the life story book and later life letter have to be done by?",
      None, ["LIFE"])
    R("duty", "none", "2026-05-05", "placement wobbling, carers rang today 5/5 - support mtg by when?",
      None, ["SUPPORT"])
    R("indirect", "none", "2025-10-23",
      "The senior managers agreed at yesterday's gateway meeting (22/10) to start court proceedings. "
      "What's the deadline for filing the social work evidence?", None, ["SWET"])
    R("newstarter", "none", "2027-01-13",
      "Hello, how often must the IRO contact a child between reviews? The last review was yesterday, "
      "12 January.", None, ["IROCONTACT"])
    R("typos", "none", "2026-12-15", "yp on edge of care, worries came up 14/12 - deadline for family focus referal?",
      None, ["FF"])
