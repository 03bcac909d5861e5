# Structured row descriptions for oracle.py.
# R(voice, kind, question-template, start, rule, phrase-key(s), t=today, x/y=other dates, h=actual date (manager), amb=note)
# Placeholders {s:fmt} {x:fmt} {y:fmt} {h:fmt} are filled from the dates so text and counting always agree.

DU, TY, SC, IN, NS, MG = "duty", "typos", "scenario", "indirect", "newstarter", "manager"
DATE, VIS, AGE, CH, NONE = "date", "visits", "age", "choice", "none"


def add_rows(R, AMB_24H, AMB_45, AMB_PLOSTART, AMB_PLOREV, AMB_PEP, AMB_NOTICE, AMB_VAR):
    # ---------------- Front Door ----------------
    R(DU, DATE, "contact in {s:dm} late pm, TL decision by?", "2025-12-24", "wd:1", "FD")
    R(IN, DATE, "A school rang the front door with a worry on {s:wd}. By when does a team leader have to decide what we're doing with it?", "2026-04-02", "wd:1", "FD")
    R(IN, DATE, "Neighbour phoned in about the kids being left alone, came through on {s:wd}. How long before someone senior has to decide whether we act on it?", "2027-08-27", "wd:1", ["FD", "INIT"])
    R(TY, DATE, "referal came in {s:doty} when does a sw need to action it by", "2026-05-01", "wd:1", "REF")
    R(NS, DATE, "Hi, sorry if this is a silly question \u2013 a level 4 referral came in on {s:thM}. How long does the social worker have to action it?", "2025-08-22", "wd:1", "REF")
    R(MG, DATE, "referral received {s:dmy2}, first SW action logged {h:dmy2}. In timescale?", "2027-03-25", "wd:1", "REF", h="2027-03-31")
    R(IN, DATE, "CP referral only came through this afternoon \u2013 how long has the TL got to make the first call on what we do with it?", "today", "wd:1", "INIT", t="2026-12-24")
    R(SC, DATE, "Mum rang on {x:dm} to say she was struggling, but the formal referral from the health visitor only came in on {s:wd}. Child is 4, DOB {y:dmy2}. When does the TL need to have made the initial decision on action?", "2026-08-28", "wd:1", "INIT", x="2026-08-24", y="2022-05-14",
      amb="A reader could treat mum's earlier call as the contact and count from that date instead of the formal referral.")

    # ---------------- S47 ----------------
    R(SC, DATE, "Previous S47 on this family closed on {x:dmy2}. A new one was initiated on {s:wd} after school saw marks on the youngest (DOB {y:dmy2}). When's the 5-day progress discussion with my manager due?", "2026-01-30", "d:5", "S47_5", x="2025-09-12", y="2020-03-03")
    R(IN, DATE, "We started the child protection enquiry on {s:wd}. When do I need to sit down with my manager to go over how it's going?", "2025-12-22", "d:5", "S47_5")
    R(SC, DATE, "New S47 on a 10 year old, initiated {s:dmy2}. He was seen the same day at school. The family's last CIN review had been {x:dmy2}. When do I need to sit down with my manager about progress?", "2027-04-29", "d:5", "S47_5", x="2027-04-13")
    R(NS, DATE, "If a Section 47 enquiry is started today, by when do I need to have seen the child?", "today", "same", "S47SEEN", t="2026-03-10")
    R(IN, DATE, "Manager agreed this morning it's going to be a child protection enquiry. By when do we have to see the kids?", "today", "same", "S47SEEN", t="2025-11-14")
    R(SC, DATE, "Strat was held on {x:dm} and it was agreed to go to S47, but the enquiry wasn't formally initiated on LCS until {s:wd}. Sibling's ICPC is on {y:dm}. When's the 5-day progress discussion with my manager due?", "2027-02-11", "d:5", "S47_5", x="2027-02-10", y="2027-03-02",
      amb="A reader might count the 5 days from the strategy discussion rather than from when the S47 was initiated.")

    # ---------------- Allocation / assessments ----------------
    R(IN, DATE, "A new referral was accepted on {s:dm0}. What's the latest someone has to be given the family assessment to do?", "2026-04-01", "wd:3", "ALLOC", amb="The standard does not name the start event for the 3 working days; counted from the referral date.")
    R(IN, DATE, "The case came through to us on {s:wd} and needs someone picking it up to do the family assessment. What's the latest it can sit without a worker?", "2025-12-23", "wd:3", "ALLOC")
    R(MG, DATE, "Audit: referral accepted {s:dmy4}, allocated for C&F assessment on {h:dmy4}. Was allocation within the standard?", "2027-05-27", "wd:3", "ALLOC", h="2027-06-03")
    R(SC, DATE, "I'm doing the C&F assessment for two sisters. The referral came in on {x:dm} and I started the assessment on {s:dm} once it was allocated. The older girl's EHCP review is {y:dm}. When does my TL need to review the assessment?", "2025-12-15", "wd:15", "TLREV", x="2025-12-11", y="2026-01-09", amb="Counted from the assessment start; a reader could count the 15 working days from the referral.")
    R(IN, DATE, "When does my team leader have to have looked over the family assessment if I opened it on {s:th}?", "2026-05-18", "wd:15", "TLREV", t="2026-05-19")
    R(TY, DATE, "wen does tl have to reveiw my asessment started {s:dm0}", "2027-03-15", "wd:15", "TLREV", t="2027-03-16")
    R(NS, DATE, "I've just begun my first Child and Family Assessment \u2013 I opened it on {s:thM}. By what date should my Team Leader review it?", "2026-08-17", "wd:15", "TLREV")
    R(DU, DATE, "CFA start {s:dm} - 45 day deadline?", "2025-11-20", "d:45", "C45", amb=AMB_45)
    R(IN, DATE, "I began the assessment of the family on {s:wd}. What's the absolute final date for it to be finished?", "2026-02-16", "d:45", "C45")
    R(TY, DATE, "asessment started {s:thm} when has it got to be compleated", "2026-03-02", "d:45", "C45", t="2026-03-20")
    R(SC, DATE, "Referral came in on {x:dm} for Lily-Bean Testperson (DOB {y:dmy4}) and the assessment was opened on {s:dm} after the strat. When's the assessment due to be completed?", "2027-01-06", "d:45", "C45", x="2027-01-04", y="2019-07-11",
      amb="The standard does not say what the 45 days run from; counted from the assessment start, a reader could count from the referral.")
    R(MG, DATE, "CFA opened {s:dmy2}, authorised {h:dmy2}. Was it completed within 45 days?", "2025-06-30", "d:45", "C45", h="2025-08-20")

    # ---------------- Strategy discussion ----------------
    R(DU, DATE, "mgmt decision for strat {s:wd}, strat needs to happen by?", "2025-12-24", "wd:1", ["STRAT1", "STRAT24"], amb=AMB_24H)
    R(IN, DATE, "My manager decided on {s:wd} that we need to get police and health round the table about this child. How quickly does that have to happen?", "2026-05-19", "wd:1", ["STRAT1", "STRAT24"])
    R(TY, DATE, "strat agreed by TL on {s:doty} when has it got to be held by", "2027-02-10", "wd:1", ["STRAT1", "STRAT24"])
    R(NS, DATE, "My team leader has just said we need a strategy discussion (decided today). Is there a deadline for when it has to be held?", "today", "wd:1", ["STRAT1", "STRAT24"], t="2026-10-14")

    # ---------------- ICPC ----------------
    R(SC, DATE, "Strat was {s:dmy2}, right before the Christmas break. Kids are staying with grandma till the S47 is done and we think it'll go to conference. Dad's birthday is {x:dmy2} and he's asked for it not to be that day. Latest date for the ICPC?", "2025-12-19", "wd:15", "ICPC", x="2026-01-08")
    R(IN, DATE, "Police and health met with us on {s:wd} to plan the enquiries. If it goes to the first big conference, what's the latest date it can be held?", "2026-03-27", "wd:15", "ICPC")
    R(SC, DATE, "We had the strategy discussion on {s:dm} and the S47 finished on {x:dm} with a recommendation for conference. There was a CIN meeting back on {y:dm} too. What's the deadline for the ICPC?", "2027-03-17", "wd:15", "ICPC", x="2027-03-24", y="2027-02-25", t="2027-03-24")
    R(MG, DATE, "ICPC was held {h:dm}, strat {s:dm}. Was that in timescale?", "2025-12-23", "wd:15", "ICPC", h="2026-01-16")
    R(IN, DATE, "What's the latest the first case conference can be held if the police and health planning meeting was on {s:thM}?", "2025-08-14", "wd:15", "ICPC")
    R(IN, DATE, "The multi-agency planning chat that kicked off our enquiry was last Friday. When does the first conference need to be by?", "last:Fri", "wd:15", "ICPC", t="2027-12-20")
    R(SC, DATE, "Strat was on {s:wd}, and we had a second strat on {x:wd} after new info came in. Mum's baby is due {y:dm}. When does the ICPC need to be?", "2026-08-20", "wd:15", "ICPC", x="2026-08-25", y="2026-10-02")
    R(SC, DATE, "Two brothers, 7 and 9. Strategy discussion {s:dmy2}, S47 started the same day, and the boys were seen that afternoon. Dad's court date for the assault is {x:dmy2}. When must the initial conference be held by?", "2027-05-26", "wd:15", "ICPC", x="2027-06-08")

    # ---------------- ICPC reports ----------------
    R(DU, DATE, "icpc {s:dm}, report to chair by?", "2026-01-05", "wdb:3", "ICPCCHAIR", t="2025-12-22")
    R(IN, DATE, "Conference is on {s:wd}. When does the chair need my report by?", "2026-04-08", "wdb:3", "ICPCCHAIR", t="2026-03-25")
    R(TY, DATE, "initial conf on {s:doty}, when do the parents have to get the report", "2026-05-05", "db:3", "ICPCFAM")
    R(NS, DATE, "For an initial child protection conference on {s:thM}, by when should I share my report with the family?", "2027-01-04", "db:3", "ICPCFAM", t="2026-12-18")
    R(MG, DATE, "ICPC {s:dmy2}. Report went to chair {h:dmy2}. Compliant?", "2025-05-07", "wdb:3", "ICPCCHAIR", h="2025-05-02")
    R(IN, DATE, "The first big meeting about whether the child needs a protection plan is next Wednesday. Last day to get my report to whoever's chairing?", "next:Wed", "wdb:3", "ICPCCHAIR", t="2026-08-27")

    # ---------------- Core groups ----------------
    R(DU, DATE, "icpc {s:dmy2} 1st CG by?", "2025-12-22", "d:10", "CG1")
    R(IN, DATE, "The child was made subject to a plan at conference on {s:wd}. When does the first meeting of the professionals and family to flesh out the plan need to happen?", "2026-03-30", "d:10", "CG1")
    R(TY, DATE, "icpc was {s:thm} wen is first core group due", "2027-05-25", "d:10", "CG1")
    R(SC, DATE, "Conference was held on {s:dm} and both children went on plans under neglect. The chair set the review for {x:dm}. Dad's birthday is {y:dm} and he wants the first core group that week. What's the latest the first core group can be?", "2026-07-14", "d:10", "CG1", x="2026-10-13", y="2026-07-29")
    R(NS, DATE, "Apologies, I'm new \u2013 what's the deadline for the first core group if the ICPC was on {s:thM}?", "2027-12-20", "d:10", "CG1")
    R(IN, DATE, "We went to conference yesterday and the plan's been agreed. When do I need to get everyone back together for the first working group on it?", "yesterday", "d:10", "CG1", t="2026-12-22")

    # ---------------- CP visits ----------------
    R(SC, VIS, "Baby is on a CP plan. I last saw her at home on {s:dm}, and at the core group on {x:dm} we agreed I'd try to go round again before Christmas. What's the latest the next statutory visit can be?", "2025-12-10", "w:4", "CPVIS", x="2025-12-15", t="2025-12-16")
    R(IN, VIS, "I last saw the child at home on {s:wd} \u2013 she's on a protection plan. When's my next visit due at the latest?", "2026-03-12", "w:4", "CPVIS")
    R(SC, VIS, "Child on a CP plan for emotional abuse. My last home visit where I saw him alone was Good Friday, {s:dm}; I also tried an unannounced visit on {x:dm} but nobody answered. When's the next statutory visit due by?", "2026-04-03", "w:4", "CPVIS", x="2026-04-20", t="2026-04-21")
    R(SC, VIS, "I went round on {x:dm} but the child was at her nan's, so I only saw her at school on {y:dm}. Before that, the last home visit where I saw her was {s:dm}. She's on a CP plan. When is the statutory visit due?", "2027-01-08", "w:4", "CPVIS", x="2027-01-28", y="2027-02-01", t="2027-02-02")
    R(MG, VIS, "CP visits for a child: {s:dmy2} then {h:dmy2}. Was the gap within standard?", "2025-07-01", "w:4", "CPVIS", h="2025-07-31")
    R(NS, VIS, "How often should I visit a child on a child protection plan? My last visit was {s:thM}, so when would the next one be due?", "2026-11-30", "w:4", "CPVIS")

    # ---------------- Review conference reports ----------------
    R(IN, DATE, "The review meeting for the protection plan is on {s:wd}. What's the last day the chair can get my update?", "2026-04-07", "db:3", "RCPCCHAIR")
    R(TY, DATE, "review conf {s:doty} when do i have to share my report with mum and dad", "2027-05-04", "db:3", "RCPCPAR")
    R(MG, DATE, "RCPC {s:dmy2}, report shared with parents {h:dmy2}. Was that OK?", "2025-12-29", "db:3", "RCPCPAR", h="2025-12-27")

    # ---------------- 12 months on plan ----------------
    R(IN, DATE, "The little one went on a protection plan on {s:dmy4} and things still aren't shifting. When do we hit the point where we should have the meeting to think about working with the family differently?", "2025-02-28", "m:12", "PTT", t="2025-11-03")
    R(IN, DATE, "If a child's protection plan started on {s:thMy}, at what point has she been on it long enough that we should hold a rethink meeting about how we work with the family?", "2026-01-31", "m:12", "PTT", t="2026-09-01")
    R(SC, DATE, "Child was on a CIN plan from {x:dmy2}, stepped up to CP at ICPC on {s:dmy2}, and the last RCPC was {y:dmy2}. Progress is poor. When do we hit 12 months on plan?", "2027-01-29", "m:12", "PTT", x="2026-06-01", y="2027-07-20", t="2027-08-02")

    # ---------------- PLO ----------------
    R(DU, DATE, "plo letter dated {s:dmy2} - 1st meeting by?", "2025-12-19", "d:10", "PLO1")
    R(IN, DATE, "We sent the letter before proceedings on {s:wd}. When does the first meeting with the parents and their solicitors have to be?", "2026-04-01", "d:10", "PLO1")
    R(SC, DATE, "Legal gateway on {x:dm} agreed PLO. The letter went out dated {s:dm}, but dad says he only got it on {y:dm}. When's the first PLO meeting due by?", "2026-07-31", "d:10", "PLO1", x="2026-07-28", y="2026-08-04", t="2026-08-04")
    R(DU, DATE, "1st plo mtg {s:dm}, FGC referral by?", "2026-12-23", "wd:3", "FGC")
    R(IN, DATE, "We had the first pre-proceedings meeting on {s:wd} and mum agreed to a family meeting to make a plan. When do I have to get the referral in for that?", "2025-04-16", "wd:3", "FGC")
    R(TY, DATE, "first plo meeting was {s:doty} - fgc referal deadline?", "2027-05-28", "wd:3", "FGC")
    R(IN, DATE, "Gran was put forward as a possible carer at the first pre-proceedings meeting on {s:wd}. When does the request for her to be screened need to go to the family placement team?", "2026-08-27", "wd:3", "VIA")
    R(NS, DATE, "Hello, an aunt was identified as a possible alternative carer at the initial PLO meeting on {s:thM}. When should the viability assessment request be made?", "2027-12-23", "wd:3", "VIA")
    R(IN, DATE, "The meeting with the parents under the pre-proceedings process was on {s:wd}. When do the notes of what was agreed need to go to them and their solicitor?", "2026-12-21", "d:7", "MIN")
    R(SC, DATE, "First PLO meeting was on {s:wd}. Mum's solicitor couldn't make it so it went ahead without them, and the review PLO is pencilled in for {x:dm}. When do the minutes need to go out?", "2025-08-20", "d:7", "MIN", x="2025-09-24")
    R(MG, DATE, "PLO meeting {s:dmy2}, minutes sent {h:dmy2} \u2013 in timescale?", "2027-03-24", "d:7", "MIN", h="2027-04-01")
    R(DU, VIS, "plo review mtg last {s:dm} next latest?", "2026-02-10", "w:6", "PLOREV", amb=AMB_PLOREV)
    R(IN, VIS, "We last met the parents to check progress under pre-proceedings on {s:wd}. What's the latest the next one can be?", "2025-12-17", "w:6", "PLOREV", amb=AMB_PLOREV)
    R(SC, VIS, "First PLO meeting was {x:dm} and we had a review PLO meeting on {s:dm}. Legal gateway was back on {y:dm}. When's the next review PLO meeting due at the latest?", "2027-04-14", "w:6", "PLOREV", x="2027-03-03", y="2027-02-16", amb=AMB_PLOREV)
    R(IN, DATE, "Pre-proceedings started with the letter dated {s:dmy4}. When will the legal planning review with the solicitor be?", "2026-01-09", "w:12", "PLO12", amb=AMB_PLOSTART)
    R(DU, DATE, "PLO start {s:dm}, 12 wk legal review date?", "2025-10-01", "w:12", "PLO12", amb=AMB_PLOSTART)
    R(SC, DATE, "The PLO letter was dated {s:dmy2} and the first meeting was held on {x:dmy2}. The 12-week review has happened and threshold is still met. When should the Legal Gateway meeting be at 16 weeks?", "2027-01-15", "w:16", "PLO16", x="2027-01-22", t="2027-04-12", amb=AMB_PLOSTART)
    R(SC, DATE, "At the 12 week legal planning review on {s:dm} it was agreed exceptional circumstances apply and PLO will be extended. Mum's next scan is {x:dm}. When does the extension run to?", "2026-06-10", "w:4", "PLOEXT", x="2026-06-30")
    R(MG, DATE, "PLO letter {s:dmy2}; Legal Gateway at 16 weeks held {h:dmy2}. Was it on time?", "2025-06-02", "w:16", "PLO16", h="2025-09-29", amb=AMB_PLOSTART)

    # ---------------- CIN ----------------
    R(SC, DATE, "At the review conference on {s:dm} the chair agreed to end the CP plan and step down to CIN. School breaks up on {x:dm}. When does the first CIN meeting have to happen?", "2025-12-16", "d:20", "CIN20", x="2025-12-19")
    R(IN, DATE, "Conference decided on {s:wd} that the protection plan can end and the child steps down to child in need. When does the first meeting under the new plan have to happen?", "2026-03-18", "d:20", "CIN20")
    R(TY, DATE, "cp plan ended at conf {s:doty} first cin meeting due?", "2027-08-12", "d:20", "CIN20")
    R(SC, DATE, "Case transferred to us from the front door team on {s:dm} after the C&F assessment finished on {x:dm}. The child's DOB is {y:dmy2}. When does the initial CIN meeting need to be?", "2026-05-21", "d:10", "CIN10", x="2026-05-15", y="2017-05-21")
    R(IN, DATE, "We picked up the case from First Response on {s:wd}. How long until the first get-together with the family and professionals about the support plan has to happen?", "2025-12-22", "d:10", "CIN10")
    R(NS, DATE, "I have just taken over a case transferred from Children's First Response today. When should the initial Child in Need meeting take place?", "today", "d:10", "CIN10", t="2027-05-26")
    R(SC, DATE, "Case came over from CFR on {s:dm} after the assessment closed on {x:dm}. We held the initial CIN meeting on {h:dm} because the school nurse couldn't make it sooner. Was that in time?", "2025-05-01", "d:10", "CIN10", x="2025-04-28", h="2025-05-12")
    R(IN, VIS, "How long can we go between the get-togethers reviewing a child in need plan? Last one was {s:dmy2}.", "2025-11-19", "w:6", "CINREV")
    R(IN, VIS, "We last got everyone together to review the support plan for this child in need on {s:wd}. When's the next one due?", "2026-02-27", "w:6", "CINREV")
    R(TY, VIS, "cin reveiw was {s:doty} when is next", "2027-07-19", "w:6", "CINREV")
    R(NS, VIS, "How long can I leave it between Child in Need visits? I last saw the child at home on {s:thM}.", "2026-07-20", "w:6", "CINVIS")
    R(SC, VIS, "I saw the child at home on {s:dm}, then saw him at school on {x:dm} because mum wasn't in. He's on a CIN plan. When's the next home visit due?", "2025-10-30", "w:6", "CINVIS", x="2025-11-14", t="2025-11-17")
    R(MG, VIS, "CIN visits on {s:dmy2} and {h:dmy2}. Within standard?", "2027-11-15", "w:6", "CINVIS", h="2027-12-28", t="2027-12-31")
    R(IN, VIS, "When should I next see the boy? He's got a support plan as a child in need, and I last saw him at home last Thursday.", "last:Thu", "w:6", "CINVIS", t="2026-04-13")

    # ---------------- Children in care ----------------
    R(SC, DATE, "Two-year-old came into care unplanned on {s:dm} when mum was admitted to hospital; there was no assessment in place for her. Her brother's C&F assessment was done on {x:dmy2}. When does hers need to be completed?", "2025-12-18", "wd:20", "EMERG", x="2025-06-04")
    R(IN, DATE, "The police brought the child into our care unplanned on {s:wd}. When does the assessment of her needs have to be finished?", "2026-03-31", "wd:20", "EMERG")
    R(SC, DATE, "Child came into care in an emergency on {s:dm} under police protection after a DV incident on {x:dm}. Her last C&F assessment was {y:dmy2}. When's the assessment due?", "2027-03-19", "wd:20", "EMERG", x="2027-03-18", y="2026-02-10")
    R(DU, DATE, "placement change {s:dm}, visit by?", "2026-12-24", "wd:1", "CICVIS1")
    R(IN, DATE, "He moved to new foster carers on {s:wd}. How soon do I have to go and see him?", "2025-04-17", "wd:1", ["CICVIS1", "LACSEEN1"])
    R(TY, DATE, "child came into care {s:wdl} when do i have to visit by", "2026-05-22", "wd:1", ["CICVIS1", "LACSEEN1"])
    R(NS, DATE, "A young person came into care yesterday evening. By when do I need to see them?", "yesterday", "wd:1", ["CICVIS1", "LACSEEN1"], t="2027-12-24")
    R(SC, DATE, "Child was placed with foster carers on the Friday evening before the August bank holiday, {s:dmy2}. I saw her at the carers' on {h:dmy2}. Did I see her in time?", "2025-08-22", "wd:1", ["LACSEEN1", "CICVIS1"], h="2025-08-27")
    R(DU, DATE, "placed {s:dm}, placement mtg by?", "2025-12-23", "wd:3", "PLMEET")
    R(IN, DATE, "The child moved in with the carers on {s:wd}. When do we have to have the meeting to agree what the carers can sign for and share more info?", "2026-04-02", "wd:3", "PLMEET")
    R(SC, DATE, "Emergency placement was made late on {s:dm}, after the strat on {x:dm}. Carers are asking when they'll get the updated placement plan. When's it due?", "2026-08-27", "wd:5", "PLPLAN", x="2026-08-26")
    R(IN, DATE, "When do the carers need to be handed the updated version of the plan for the placement? He arrived with them on {s:wd}.", "2025-12-19", "wd:5", "PLPLAN")
    R(MG, DATE, "Placement began {s:dmy2}, updated placement plan given to carers {h:dmy2} \u2013 on time?", "2027-03-22", "wd:5", "PLPLAN", h="2027-04-01")
    R(IN, VIS, "Contact arrangements with mum were last looked at on {s:wd}; the permanence plan isn't agreed yet. When do they need looking at again?", "2026-01-07", "w:8", "FT")
    R(DU, VIS, "family time last reviewed {s:dm} (no perm plan yet), next review by?", "2025-10-29", "w:8", "FT")
    R(IN, DATE, "When should she have her welcome pack and the leaflet about her rights? She came into care on {s:wd}.", "2026-12-14", "w:3", "PACK")
    R(SC, DATE, "Sibling group of three came into care on {s:wd}. The eldest was in care before (came home on {x:dmy2}) and already has a rights leaflet. When do they need their coming into care packs by?", "2025-04-04", "w:3", "PACK", x="2023-11-14")
    R(IN, DATE, "Child became looked after on {s:wd}. When do I need to have told school, the GP and the others what his legal status is now?", "2027-12-22", "wd:5", "LEGAL")
    R(SC, DATE, "Girl became looked after on {s:dm} under an ICO granted that afternoon; her sister has been in care since {x:dmy2}. I need to let school, CAMHS and the GP know her legal status. What's the deadline?", "2026-05-01", "wd:5", "LEGAL", x="2025-09-09")
    R(SC, DATE, "Teenager came into care on {s:dm} after things broke down at his dad's. His last check-up with the GP was {x:dmy2}. When does his initial health assessment need to be carried out?", "2025-12-01", "wd:20", "IHA", x="2025-10-20")
    R(IN, DATE, "He came into care on {s:wd}. When does his first medical with the looked-after nurse have to be done by?", "2026-03-25", "wd:20", "IHA")
    R(SC, DATE, "Twins were accommodated under s20 on {s:dm}; their older brother came in later on {x:dm}. I'm doing the twins' health paperwork. When does their initial health assessment have to be carried out by?", "2027-04-26", "wd:20", "IHA", x="2027-05-10", t="2027-05-11")
    R(MG, DATE, "LAC from {s:dmy2}, IHA completed {h:dmy2}. In timescale?", "2025-07-28", "wd:20", "IHA", h="2025-08-27")
    R(IN, DATE, "She became looked after on {s:wd} and I need to sort the meeting at school about her education plan. When's the deadline?", "2026-07-10", "d:20", "PEP", amb=AMB_PEP)
    R(TY, DATE, "pep meeting due when, came into care {s:doty}", "2025-12-12", "d:20", "PEP", amb=AMB_PEP)
    R(IN, DATE, "When does the plan setting out her needs and what services she'll get have to be on the system? She was placed on {s:wd}.", "2027-03-23", "d:10", "CAREPLAN")
    R(IN, DATE, "He was taken into care on {s:dm}. When's the first formal review of his care with the reviewing officer due?", "2025-12-17", "wd:20", "LAR1")
    R(IN, DATE, "He was accommodated on {s:wd}. When's the first meeting with the reviewing officer about his care plan due?", "2026-04-02", "wd:20", "LAR1")
    R(TY, DATE, "chlid came into care on {s:doty} when is the first lac reveiw", "2027-05-14", "wd:20", "LAR1")
    R(SC, DATE, "Child was placed with foster carers on {s:dm} under s20 after an S47 that began {x:dm}. She moved placement on {y:dm}. When must the initial LAC review happen?", "2026-08-10", "wd:20", "LAR1", x="2026-08-03", y="2026-08-24", t="2026-08-25")
    R(NS, DATE, "Could you help me work out the date of the initial Looked After Review? The child became looked after on {s:thM}.", "2025-08-04", "wd:20", "LAR1")
    R(MG, DATE, "Child became LAC {s:dmy2}, initial review held {h:dmy2}. Within timescale?", "2026-11-30", "wd:20", "LAR1", h="2026-12-29")
    R(IN, VIS, "She came into care and I last saw her on {s:wd}. The first review of her care hasn't happened yet. When do I next need to see her?", "2026-12-24", "w:1", "LACWEEK")
    R(DU, VIS, "LAC, 1st LAR done, no perm plan, last stat visit {s:dm}, next?", "2025-12-12", "w:6", "LAC6")
    R(SC, VIS, "Child came into care on {x:dm}. First LAC review was {y:dm} and I did the last statutory visit on {s:dm}. No permanence plan yet. When's the next statutory visit due?", "2027-03-10", "w:6", "LAC6", x="2027-01-05", y="2027-02-02")
    R(TY, VIS, "lac visit done {s:doty}, hes been in his perm placment 2 yrs and settled, when is next visit", "2026-05-29", "w:12", "LAC12")
    R(NS, VIS, "How often do I need to visit a child in care before her first review? My last visit was {s:thM} \u2013 when's the next one?", "2025-04-18", "w:1", "LACWEEK", t="2025-04-22")
    R(MG, VIS, "Statutory LAC visits {s:dmy2} and {h:dmy2}; child past first LAR, permanence plan not finalised. Compliant?", "2027-10-04", "w:6", "LAC6", h="2027-11-22")
    R(IN, DATE, "He moved into what's meant to be his forever foster home on {s:dmy4} and is settled. From when could his visits drop to every three months?", "2025-03-03", "m:12", "LAC12",
      amb="'Been there for over 12 months' could be read as the day after the anniversary rather than the anniversary itself.")
    R(DU, DATE, "LAR {s:dm}, report to IRO by?", "2026-01-02", "db:3", "IROREP")
    R(IN, DATE, "Her review with the independent reviewing officer is on {s:wd}. When do they need my written report by?", "2027-04-01", "db:3", "IROREP")
    R(SC, DATE, "Looked after review for my 14-year-old is on {s:dm}; his previous review was {x:dm}. He wants to see my report first. When does the report have to be with the IRO?", "2025-05-06", "db:3", "IROREP", x="2024-11-12", t="2025-04-24")

    # ---------------- IRO ----------------
    R(IN, DATE, "The reviewing officer raised an informal concern about drift with me on {s:wd}. If it isn't sorted, when does it become a formal dispute?", "2025-12-18", "wd:5", "IROINF")
    R(NS, DATE, "An IRO started the formal dispute resolution process on my case on {s:thM}. By when must it be completed?", "2026-03-20", "wd:20", "IROFORM")
    R(SC, DATE, "The IRO raised an informal challenge on {x:dm} and moved it to formal dispute on {s:dm}. It was resolved on {h:dm}. Did the formal stage finish within timescale?", "2027-05-04", "wd:20", "IROFORM", x="2027-04-26", h="2027-06-04")
    R(TY, DATE, "iro challange {s:doty} when does it go formal", "2026-08-26", "wd:5", "IROINF")
    R(SC, DATE, "IRO flagged drift informally on {x:dm}; it wasn't resolved so a formal dispute was raised on {s:dm}. The child's next review is {y:dm}. When does the formal process need to be finished?", "2025-04-11", "wd:20", "IROFORM", x="2025-04-03", y="2025-06-10", t="2025-04-14")

    # ---------------- Adoption ----------------
    R(IN, DATE, "The little one moved in with her adoptive family on {s:wd}. When can they put their application in to court?", "2025-12-01", "w:10", "ADO10")
    R(SC, DATE, "Baby Acorn was matched at panel on {x:dm}, the ADM ratified on {y:dm}, and she moved in with the adopters on {s:dm}. When can the adopters apply for the Adoption Order?", "2027-02-15", "w:10", "ADO10", x="2027-01-21", y="2027-01-28")
    R(SC, DATE, "Match was agreed at panel on {x:dm}, introductions started {y:dm} and the little boy moved in with his adopters on {s:dm}. When can the adopters apply for the Adoption Order?", "2026-06-24", "w:10", "ADO10", x="2026-05-21", y="2026-06-15")
    R(IN, VIS, "The child has been living with his adopters since before his first review; that review has now happened and I last visited on {s:wd}. When's the next visit due?", "2026-11-11", "w:6", "AD6")
    R(DU, VIS, "adoptive placement, pre 1st LAR, last visit {s:dm}, next by?", "2025-04-16", "w:1", "ADWEEK")

    # ---------------- Fostering ----------------
    R(IN, VIS, "I'm the carers' supervising social worker and last went to see them on {s:wd}. When do I next have to see them?", "2025-11-14", "w:6", "FCVIS")
    R(IN, DATE, "I went to see my foster carers on {s:wd}. When does my write-up of that visit need to be on the system?", "2026-12-23", "wd:3", "FCREC")
    R(NS, VIS, "When is the next unannounced visit due for a foster carer whose last unannounced visit was on {s:thMy}?", "2026-02-27", "m:12", "FCUNANN", t="2026-11-20")
    R(TY, VIS, "foster carer anual review was {s:doty}, when is next one due", "2025-03-31", "m:12", "FCANN", t="2026-01-12")
    R(IN, DATE, "Our carers' references, medicals and police checks were all last updated on {s:dmy4}. When are they next due?", "2024-02-29", "m:36", "FCDBS", t="2026-10-05")
    R(SC, DATE, "Carer couple were approved {x:dmy2}. Their annual review was last presented to panel on {s:dmy2}; the one since was chaired by an IRO on {y:dmy2}. No complaints or allegations. What's the latest their review has to go back to panel?", "2024-06-12", "m:36", "FCPANEL", x="2019-03-05", y="2025-06-10", t="2025-09-15")
    R(MG, DATE, "Carer's core training last updated {s:dmy2}. Still in date at {h:dmy2}?", "2024-09-30", "m:36", "FCTRAIN", h="2027-10-04")
    R(IN, DATE, "We placed a child with carers whose approval doesn't cover her age, with the Strategic Lead's OK, on {s:wd}. How long does that permission last?", "2026-04-01", "wd:6", "VAR", amb=AMB_VAR)
    R(SC, DATE, "Auntie was given temporary approval as a connected carer on {s:dm} and the child moved in with her that night. Panel hasn't been asked about an extension. When does the temporary approval end?", "2025-12-19", "w:16", "TEMP", amb="Assumes no extension; if panel and the ADM extend it, a further 8 weeks applies.")
    R(SC, DATE, "Grandad was given temporary approval as a connected person on {s:dmy2}, the day his grandson was placed. The assessment has overrun, and panel and the ADM have agreed the extension. When does temporary approval finally run out?", "2026-01-12", "w:24", "TEMP", t="2026-04-20")
    R(MG, VIS, "Foster carer supervisory visits on {s:dmy2} and {h:dmy2} \u2013 within the standard?", "2026-03-30", "w:6", "FCVIS", h="2026-05-15")

    # ---------------- Case recording / summaries / assessment currency ----------------
    R(IN, DATE, "I did a home visit on {s:wd}. What's the latest I can get it written up on the file?", "2025-12-24", "d:3", "REC")
    R(TY, DATE, "did a visit {s:doty} when does it need recording by", "2027-04-30", "d:3", "REC")
    R(NS, DATE, "How long do I have to record a phone call with a parent? It took place yesterday.", "yesterday", "d:3", "REC", t="2026-04-02")
    R(MG, DATE, "Case summary last updated {s:dmy2}. When does it go out of date?", "2025-11-30", "m:3", "SUMM", t="2026-01-15")
    R(IN, DATE, "The short overview at the top of the child's file was last refreshed on {s:dmy4}. When will it need doing again?", "2026-03-31", "m:3", "SUMM", t="2026-05-20")
    R(MG, DATE, "Child's last authorised assessment {s:dmy2}; when does it stop being up to date?", "2025-02-28", "m:12", "ASS12", t="2025-12-01")
    R(IN, DATE, "Her last full assessment was signed off by my manager on {s:dmy4}. When would she need a fresh one to keep the file in date?", "2026-08-31", "m:12", "ASS12", t="2027-06-14")
    R(SC, DATE, "C&F assessment finished on {x:dm} and recommends CIN with the neighbourhood team. I emailed the NT about the transfer on {s:dm}. What's the earliest date the case can actually transfer?", "2026-06-10", "d:5", "NOTICE", x="2026-06-08", amb=AMB_NOTICE)
    R(NS, DATE, "When does the joint visit with the Neighbourhood Team worker need to happen by, if I gave them notice of the transfer on {s:thM}?", "2027-01-27", "d:5", ["JOINT", "NOTICE"], amb=AMB_NOTICE)

    # ---------------- Ages ----------------
    R(IN, AGE, "Young person was born {s:dmy4}. When do we need to start her pathway plan?", "2010-12-25", "age:15:6", "PATH")
    R(TY, AGE, "yp dob {s:doty} when does pathway plan start", "2011-07-31", "age:15:6", "PATH")
    R(SC, AGE, "Lad came into care on {x:dmy2}, DOB {s:dmy2}, and his next LAC review is {y:dmy2}. When does his pathway plan need to be started?", "2012-02-29", "age:15:6", "PATH", x="2025-10-01", y="2027-05-12", t="2027-04-06")
    R(NS, AGE, "The child turns 12 soon (DOB {s:thMy}). From what date should she be offered an advocate for conference?", "2014-01-09", "age:12:0", "ADVOC")
    R(IN, AGE, "Her birthday is {s:dmy4}. From when is she old enough to be offered someone independent to support her at the protection conference?", "2015-08-31", "age:12:0", "ADVOC")
    R(DU, AGE, "dob {s:dmy2}, when's he 12 for advocate?", "2013-12-26", "age:12:0", "ADVOC")
    R(SC, AGE, "Baby Sparrow-Whistle's older sister (DOB {s:dmy4}) is being considered for PLO alongside her. Siblings are 8 and 10. When does the older sister turn 6, after which she'd no longer get an adoption social worker allocated on entering PLO?", "2020-02-29", "age:6:0", "ADOPT6", t="2025-12-03")
    R(IN, AGE, "If a child born {s:dmy4} goes into pre-proceedings, from what date would she be too old to automatically get an adoption worker and family finder?", "2021-04-18", "age:6:0", "ADOPT6")
    R(MG, AGE, "YP DOB {s:dmy2}; pathway plan started {h:dmy2}. Was it started on time?", "2009-11-30", "age:15:6", "PATH", h="2025-07-01")

    # ---------------- Choice ----------------
    R(IN, CH, "The first conference is on {s:wd}. When does my report have to go out?", "2026-04-07", [("wdb:3", "ICPCCHAIR"), ("db:3", "ICPCFAM")], None, t="2026-03-23")
    R(DU, CH, "1st PLO mtg {s:dm}, what's due after and when?", "2025-12-18", [("wd:3", "FGC"), ("d:7", "MIN")], None)
    R(SC, CH, "Child was placed with emergency carers on {s:dm} after mum was arrested. Carers and school both keep asking me about 'the meeting'. When's it due?", "2027-05-27", [("wd:3", "PLMEET"), ("d:20", "PEP")], None, t="2027-05-28")
    R(IN, CH, "The reviewing officer challenged me about drift in the plan on {s:wd}. What's my deadline?", "2026-03-30", [("wd:5", "IROINF"), ("wd:20", "IROFORM")], None)
    R(NS, CH, "I started a Child and Family Assessment on {s:thM}. What's my deadline?", "2025-12-08", [("wd:15", "TLREV"), ("d:45", "C45")], None)
    R(DU, CH, "fc visit {s:dm}, next deadline?", "2026-05-21", [("wd:3", "FCREC"), ("w:6", "FCVIS")], None)
    R(TY, CH, "conf was {s:doty} whats next due", "2027-03-03", [("d:10", "CG1"), ("d:20", "CIN20")], None, t="2027-03-04")
    R(IN, CH, "The child was placed on {s:wd}. When does the plan have to be sorted?", "2026-12-21", [("wd:5", "PLPLAN"), ("d:10", "CAREPLAN")], None)

    # ---------------- None (no timescale in the standards) ----------------
    R(DU, NONE, "icpc {s:dm}, 1st rcpc due?", "2026-02-04", "none", ["NEXTCONF"])
    R(IN, NONE, "When should my next one-to-one with my manager be? The last one was {s:wd}.", "2025-09-17", "none", ["SUPPOL"])
    R(NS, NONE, "How often should a care leaver's pathway plan be reviewed? The last review was on {s:thM}.", "2026-10-06", "none", ["PATHIRO"])
    R(TY, NONE, "when is the 2nd lac reveiw due, 1st was {s:doty}", "2027-01-19", "none", ["SECONDREV"])
    R(SC, NONE, "Child went missing from placement on {s:dm} and came back the next evening. The carers have reported it and police were involved. When does the return home interview need to be done?", "2025-11-06", "none", [], t="2025-11-07")
    R(IN, NONE, "When does the later life letter have to be finished for a child who moved in with adopters on {s:wd}?", "2026-06-15", "none", ["LIFESTORY"])
    R(MG, NONE, "Strategy discussion held {s:dmy2}; the record went out to agencies on {x:dmy2}. Was that in timescale?", "2027-02-22", "none", ["STRATREC"], x="2027-03-01", t="2027-03-15")
    R(SC, NONE, "During the S47 we put a written agreement in place with mum on {s:dm}. She's been sticking to it so far. How often does it need reviewing?", "2025-07-09", "none", ["INTERIM"], t="2025-07-21")
    R(IN, NONE, "Once the court grants the placement order on {s:wd}, how long have we got to find an adoptive match?", "2027-09-08", "none", ["PLACEORD"])
    R(DU, NONE, "SGO assessment started {s:dm}, due when?", "2026-11-02", "none", [])
