# Structured description of every question row.
# R(voice, kind, today, q, calc, phrase_keys, ambiguous)
# calc: 'op date n' (see engine.calc), a list of such for 'choice', None for 'none'
ROWS = []
def R(voice, kind, today, q, calc, keys, amb=None):
    ROWS.append(dict(voice=voice, kind=kind, today=today, q=q, calc=calc, keys=keys, amb=amb))

A45_AMB = "The standard says 45 days; national guidance uses 45 working days, so a reader could count working days instead."
STRAT_AMB = "The S47 section also says the strategy discussion should be within 24 hours, which a reader could apply instead of 1 working day."
ALLOC_AMB = "The standard does not say what the 3 working days run from; a reader could count from the referral date rather than the decision date."
PLO_AMB = "The standard does not say what the weeks run from; a reader could count from the PLO letter date or the Legal Gateway rather than the first PLO meeting."

# ---------------- Front Door / Level 4-5 ----------------
R("duty","date","2025-12-24","contact in 4pm xmas eve re 2 kids, TL screening decision needed by?","wd+ 2025-12-24 1",["FD1"])
R("typos","date","2026-04-02","referal came in 2.4.26 when does it have to be actioned by a sw","wd+ 2026-04-02 1",["REF1"])
R("newstarter","date","2025-05-02","Hi, sorry if this is a silly question. A contact came into the front door this morning (Friday 2nd May). By when does a Team Leader need to have made a decision on what action is needed?","wd+ 2025-05-02 1",["FD1","ID1"])
R("indirect","date","2026-08-28","level 4 worry came through from school today about bruising. what's the latest our team leader can decide what we're doing about it?","wd+ 2026-08-28 1",["ID1","FD1"])
R("manager","date","2027-01-05","Contact received 24/12/26, TL decision case note 29/12/26. Was that within timescale?","wd+ 2026-12-24 1",["FD1"])
R("scenario","date","2027-05-28","Got a referral this afternoon from school - boy aged 7 (dob 14/03/2020) told his teacher dad hits him with a belt. TL has screened it as a level 4 referral for a social worker to action. Bank holiday weekend coming up, when does it need actioning by?","wd+ 2027-05-28 1",["REF1"])

# ---------------- S47 ----------------
R("duty","date","2026-01-02","S47 agreed this am, kids need seeing by when?","same 2026-01-02",["S47SEEN"])
R("newstarter","date","2025-12-31","Hello - a referral has come in today that is going to be a Section 47 enquiry. How soon do I need to see the children, please?","same 2025-12-31",["S47SEEN"])
R("manager","date","2025-08-29","S47 initiated 20/08/25, SW/manager progress discussion recorded 26/08/25 - compliant?","d+ 2025-08-20 5",["S47D5"])
R("indirect","date","2027-03-24","we started the child protection enquiries on monday. by when should me and my manager sit down and go through how they're going?","d+ last:mon 5",["S47D5"])
R("scenario","date","2026-12-22","Police rang on 21/12/26 about a 4 year old found home alone. Strat was held the same day and we started the section 47 on 22/12/26. The previous CIN plan ended 30/09/26. When's the deadline for my S47 progress discussion with my TL?","d+ 2026-12-22 5",["S47D5"])

# ---------------- allocation / assessments ----------------
R("typos","date","2026-05-22","tl said today it needs a c&f assesment, how long have they got to allocate it to a worker","wd+ 2026-05-22 3",["ALLOC3"],ALLOC_AMB)
R("manager","date","2027-05-20","C&FA commenced 12/04/27, TL review recorded 05/05/27. In timescale?","wd+ 2027-04-12 15",["TL15"])
R("scenario","date","2025-12-01","Mum (dob 12/12/1994) was referred by the health visitor on 24/11/25 and I started the C&F assessment on 1/12/25 after the home visit. There's an ICPC for the older sibling on 9/12/25 as well. When does my TL need to have reviewed the assessment?","wd+ 2025-12-01 15",["TL15"])
R("newstarter","date","2027-08-25","Could someone help me understand the assessment timescales? I began a Child and Family Assessment on Wednesday 25 August 2027. When does my Team Leader need to review it?","wd+ 2027-08-25 15",["TL15"])
R("duty","date","2025-11-20","c&f started 20/11/25 45 day deadline?","d+ 2025-11-20 45",["A45"],A45_AMB)
R("newstarter","date","2027-03-15","Hi all, I'm new to the team. I started my first Child and Family Assessment on 15 March 2027 - what's the final date it has to be completed by?","d+ 2027-03-15 45",["A45"],A45_AMB)
R("scenario","date","2026-11-16","The C&FA for the two girls (dobs 02/02/2015 and 19/06/2018) started on 16/11/26. My TL reviewed it on 20/11 and agreed more work is needed. When does the whole assessment have to be finished?","d+ 2026-11-16 45",["A45"],A45_AMB)

# ---------------- strategy discussion ----------------
R("duty","date","2026-12-24","mgmt decision strat needed - made today. latest date for strat?","wd+ 2026-12-24 1",["STRAT1"],STRAT_AMB)
R("typos","date","2025-04-17","tm decided we need a strat this afternoon, when does it have to happen by","wd+ 2025-04-17 1",["STRAT1"],STRAT_AMB)
R("newstarter","date","2027-08-27","My manager has just decided a strategy discussion is needed for one of my families (today, Friday). I'm not sure how long we have - when does it need to take place?","wd+ 2027-08-27 1",["STRAT1"],STRAT_AMB)
R("manager","date","2027-05-06","Decision for strat made Fri 30/04/27, strat held 04/05/27. Within timescale?","wd+ 2027-04-30 1",["STRAT1"],STRAT_AMB)

# ---------------- transfer notice ----------------
R("indirect","date","2025-12-18","we emailed the neighbourhood team today to say the case is coming over to them at CIN. by when do both workers have to do the joint intro visit?","d+ 2025-12-18 5",["NOTICE5"],"The standard gives at least 5 days' notice and the joint visit is within that notice period; a reader could take the visit deadline as the day before the 5th day.")

# ---------------- ICPC ----------------
R("duty","date","2025-12-19","strat was 19/12/25, when's the ICPC?","wd+ 2025-12-19 15",["ICPC15"])
R("typos","date","2027-03-22","strat meetin was on 22nd march wen is icpc due","wd+ 2027-03-22 15",["ICPC15"])
R("scenario","date","2025-05-09","The strat was held on Tuesday 6th May (we'd booked it for the Monday but that was the bank holiday). Child is 9, dob 02/05/2016, and the school nurse meeting is on 12/05. When does the ICPC need to be by?","wd+ 2025-05-06 15",["ICPC15"])
R("scenario","date","2026-12-03","Referral came in on 27/11/26 from A&E. Initial strat was 01/12/26 and we reconvened a second strat on 03/12/26 after the medical. When's the latest date for the ICPC?","wd+ 2026-12-01 15",["ICPC15"],"A reader could count from the reconvened strategy discussion (03/12/26) instead of the initial one.")
R("indirect","date","2026-12-10","the first multi-agency meeting where we agreed to start enquiries was 10/12/26 - by when does the big initial meeting with parents and all the agencies have to happen?","wd+ 2026-12-10 15",["ICPC15"])
R("newstarter","date","2027-12-15","We held a strategy discussion on 15 December 2027. When is the Initial Child Protection Conference due, please?","wd+ 2027-12-15 15",["ICPC15"])
R("manager","date","2026-01-21","ICPC was held 20/01/26, strat 02/01/26, was that in timescale?","wd+ 2026-01-02 15",["ICPC15"])
R("duty","date","2026-05-27","strat yesterday, icpc deadline?","wd+ yesterday 15",["ICPC15"])
R("typos","date","2025-08-14","strat 14/8 - icpc booked 5/9 is that ok??","wd+ 2025-08-14 15",["ICPC15"])
R("newstarter","date","2026-04-01","Hello, apologies for the basic question. The initial strategy discussion was on 1st April 2026. What is the deadline for the ICPC?","wd+ 2026-04-01 15",["ICPC15"])

# ---------------- ICPC reports ----------------
R("duty","date","2026-03-30","icpc 8/4/26, report to chair by?","wd- 2026-04-08 3",["CHAIR3"])
R("typos","date","2025-12-22","icpc is 2nd jan, when does the reprot need to go to the chair","wd- 2026-01-02 3",["CHAIR3"])
R("newstarter","date","2027-05-24","The ICPC is booked for Tuesday 1 June 2027. When does my report need to be with the Child Protection Chair?","wd- 2027-06-01 3",["CHAIR3"])
R("manager","date","2025-09-11","ICPC 10/09/25, SW report reached chair 05/09/25 - compliant?","wd- 2025-09-10 3",["CHAIR3"])
R("indirect","date","2026-12-18","the first conference where they decide about a protection plan is on Monday 4 January, when does the person chairing it need my signed-off report?","wd- 2027-01-04 3",["CHAIR3"])
R("typos","date","2026-01-08","icpc on 14/01/26 when do i hav to share my report with the parents","d- 2026-01-14 3",["FAM3"])
R("scenario","date","2026-12-21","ICPC is on 29/12/26 for a baby born 02/12/26. Mum has a solicitor meeting on 23/12. When's the latest I can share my report with the family?","d- 2026-12-29 3",["FAM3"])

# ---------------- RCPC reports ----------------
R("manager","date","2025-05-01","Review conference 30/04/25; plan update shared with parents 28/04/25 - compliant?","d- 2025-04-30 3",["RCPCPAR"])
R("newstarter","date","2025-12-29","I have a review child protection conference on 6 January 2026. When does the conference chair need to have my report?","d- 2026-01-06 3",["RCPCCHAIR"])
R("indirect","date","2026-08-24","the follow-up conference to check how the protection plan is going is on 2/9/26 - when do mum and dad need the update report?","d- 2026-09-02 3",["RCPCPAR"])

# ---------------- core group ----------------
R("typos","date","2025-04-24","child went on cp plan yesterday 23.4 wen is first core grp","d+ 2025-04-23 10",["CG10"])
R("scenario","date","2026-08-24","ICPC was last Thursday and both kids were made subject to CP plans under neglect. Dad (dob 01/01/1990) wasn't there. The RCPC is pencilled in for 19/11/26. When does the first core group have to be held by?","d+ last:thu 10",["CG10"])
R("indirect","date","2027-04-05","the meeting where everyone agreed the protection plan was 2/4/27. when does the first smaller meeting to flesh out the plan with family need to happen?","d+ 2027-04-02 10",["CG10"])
R("manager","date","2026-12-16","ICPC 04/12/26, first core group 15/12/26 - in timescale?","d+ 2026-12-04 10",["CG10"])
R("newstarter","date","2027-12-20","The initial conference was held on 20 December 2027 and the child has a child protection plan. When should the first core group meeting take place by?","d+ 2027-12-20 10",["CG10"])

# ---------------- CP plan 12 months ----------------
R("manager","date","2026-01-12","Child subject to CP plan since 14/02/25 - when does the 12 month point fall for the professional thinking time meeting?","m+ 2025-02-14 12",["PLAN12M"])
R("indirect","date","2025-01-20","the kids went on protection plans on 29/02/24 (leap day!). when do they hit a full year on the plan so we think about the thinking-time meeting?","m+ 2024-02-29 12",["PLAN12M"],"29 Feb + 12 months has no exact day; a reader could use 1 March 2025 instead of 28 February.")

# ---------------- PLO ----------------
R("duty","date","2025-12-16","PLO letter dated 15/12/25, 1st PLO mtg by?","d+ 2025-12-15 10",["PLO10"])
R("typos","date","2026-03-30","plo leter dated 27.3.26 when does the first meeting have to be","d+ 2026-03-27 10",["PLO10"])
R("indirect","date","2027-05-21","the letter that starts pre-proceedings is dated today (21 May). by when do we need to sit down with the parents and their solicitor?","d+ 2027-05-21 10",["PLO10"])
R("manager","date","2025-10-20","PLO letter dated 02/10/25, first PLO meeting 14/10/25 - in timescale?","d+ 2025-10-02 10",["PLO10"])
R("scenario","date","2026-08-24","Legal Gateway agreed PLO on 13/08/26. The PLO letter is dated 20/08/26 but was only hand-delivered to mum on 24/08/26. When is the latest the first PLO meeting can be?","d+ 2026-08-20 10",["PLO10"])
R("newstarter","date","2027-12-17","I've never done PLO before. The PLO letter went out dated 17 December 2027. When do we need to hold the first meeting with the parents and their solicitor?","d+ 2027-12-17 10",["PLO10"])
R("duty","date","2026-12-22","1st PLO mtg 22/12/26, FGC referral by?","wd+ 2026-12-22 3",["FGC3"])
R("newstarter","date","2025-04-16","We held the first PLO meeting on Wednesday 16 April 2025 and the parents agreed to a Family Group Conference. By when does the referral need to be made?","wd+ 2025-04-16 3",["FGC3"])
R("typos","date","2026-04-01","initial plo meeting was 1/4/26 when do viability screening requests go to fpt","wd+ 2026-04-01 3",["VIA3"])
R("scenario","date","2027-08-27","First PLO meeting was today (27/08/27). Nan (dob 05/05/1965) and an aunt were put forward as possible carers. The IRH in the older sibling's case is 14/09/27. When do the viability screening requests need to be with Family Placement?","wd+ 2027-08-27 3",["VIA3"])
R("indirect","date","2026-12-24","we met with the parents and their solicitor under pre-proceedings yesterday - when do the notes of what we agreed need to reach them and their solicitor?","d+ yesterday 7",["MIN7"])
R("manager","date","2026-01-08","PLO started 08/01/26 (first PLO meeting). When's the 12-week review legal planning meeting due?","w+ 2026-01-08 12",["LPM12"],PLO_AMB)
R("manager","date","2025-06-02","First PLO meeting 03/03/25, case still in PLO - when's the 16 week Legal Gateway due?","w+ 2025-03-03 16",["LG16"],PLO_AMB)
R("duty","date","2026-06-10","review LPM today at 12 wks, exceptional 4 wk extension agreed - runs to?","w+ 2026-06-10 4",["PLOEXT"])

# ---------------- CIN ----------------
R("duty","date","2025-12-17","deplanned at RCPC 17/12/25, 1st CIN mtg by?","d+ 2025-12-17 20",["CIN20"])
R("indirect","date","2026-03-31","the conference on 30/03/26 decided the kids don't need protection plans any more and they're going to child in need. latest date for the first child in need meeting?","d+ 2026-03-30 20",["CIN20"])
R("newstarter","date","2026-08-24","I've just had a case transferred to me from Children's First Response on Friday 21 August 2026. When does the initial Child in Need meeting need to be held?","d+ 2026-08-21 10",["CIN10"])
R("manager","date","2027-04-20","Transfer from CFR 06/04/27, initial CIN 19/04/27 - in time?","d+ 2027-04-06 10",["CIN10"])
R("scenario","date","2025-04-22","The case came across from the front door on 17/04/25 after the C&FA recommended CIN. The child's birthday is 20/04 and she's 11. School holidays end 28/04. When should the initial CIN meeting be?","d+ 2025-04-17 10",["CIN10"])

# ---------------- Children in care ----------------
R("duty","date","2025-12-23","emergency LAC 23/12/25, assessment due?","wd+ 2025-12-23 20",["EMERG20"])
R("typos","date","2027-04-02","kid came into care in an emergency on 1.4.27 when is the asessment due","wd+ 2027-04-01 20",["EMERG20"])
R("indirect","date","2026-05-01","a child had to come into care unplanned in the middle of the night on 30/04/26 - when does the assessment of her needs have to be done by?","wd+ 2026-04-30 20",["EMERG20"])
R("duty","date","2026-12-24","placement move 24/12/26 visit by?","wd+ 2026-12-24 1",["VIS1"])
R("scenario","date","2025-04-18","Child (dob 03/03/2015) was moved to new foster carers on Good Friday evening (18/04/25) after the old placement broke down on 16/04. When do I need to visit her by?","wd+ 2025-04-18 1",["VIS1","SEEN1"])
R("newstarter","date","2026-08-28","A young person came into care today, Friday 28 August 2026. When do I need to see them by?","wd+ 2026-08-28 1",["SEEN1","VIS1"])
R("duty","date","2026-03-31","placed 31/3/26 placement mtg by?","wd+ 2026-03-31 3",["PM3"])
R("indirect","date","2027-12-20","the meeting with the carers to sort delegated authority and how the placement will work - child moved in today 20/12/27. latest date?","wd+ 2027-12-20 3",["PM3"])
R("typos","date","2026-05-22","placment started 22.5.26 when do carers need the updated placement plan","wd+ 2026-05-22 5",["PP5"])
R("manager","date","2026-01-05","Placement began 17/12/25, updated placement plan given to carers 24/12/25 - compliant?","wd+ 2025-12-17 5",["PP5"])
R("newstarter","date","2025-12-15","Hello! A child came into care today (15 December 2025). When does the coming into care pack and children's rights leaflet need to be given?","d+ 2025-12-15 21",["PACK3"])
R("indirect","date","2026-04-08","the welcome booklet and the leaflet telling them about their rights - child came into care 8/4/26 - by when?","d+ 2026-04-08 21",["PACK3"])
R("duty","date","2026-04-02","LAC 2/4/26, other profs told re legal status by?","wd+ 2026-04-02 5",["LEGAL5"])
R("newstarter","date","2027-08-26","A child on my caseload became looked after on Thursday 26 August 2027. By when do I need to let the other professionals know about their legal status?","wd+ 2027-08-26 5",["LEGAL5"])
R("manager","date","2027-06-03","Child became LAC 04/05/27, IHA completed 02/06/27 - compliant?","wd+ 2027-05-04 20",["IHA20"])
R("indirect","date","2026-08-26","when does the first health check with the doctor need to be done for a child who came into our care on 26/08/26?","wd+ 2026-08-26 20",["IHA20"])
R("scenario","date","2025-12-09","Year 8 boy (dob 30/11/2012) came into care on 09/12/25. School breaks up 19/12 and goes back 05/01/26. When does the PEP meeting need to be arranged by?","d+ 2025-12-09 20",["PEP20"])
R("typos","date","2027-03-26","when does the pep mtg have to be done, she came into care 24/3","d+ 2027-03-24 20",["PEP20"])
R("duty","date","2025-08-26","placed 26/08/25, care plan on system by?","d+ 2025-08-26 10",["CP10"])
R("newstarter","date","2026-12-21","My child was placed in foster care on 21 December 2026. When does the care plan need to be recorded on the system?","d+ 2026-12-21 10",["CP10"])
R("typos","date","2026-04-07","first lac review when? child came into care 3.4.26","wd+ 2026-04-03 20",["LAR20"])
R("scenario","date","2027-08-26","Twins (dob 14/02/2019) were accommodated under s20 on 25/08/27 after mum's hospital admission on 22/08/27. Dad's contact is set for 30/08. When does the first looked after review need to happen by?","wd+ 2027-08-25 20",["LAR20"])
R("indirect","date","2027-03-31","when does the first independent review of the care plan have to happen for a child who came into our care on monday?","wd+ last:mon 20",["LAR20"])
R("manager","date","2027-01-06","Child LAC 01/12/26, initial LAR 05/01/27 - within timescale?","wd+ 2026-12-01 20",["LAR20"])
R("newstarter","date","2025-05-02","A child became looked after on 2 May 2025. When is the initial Looked After Review due?","wd+ 2025-05-02 20",["LAR20"])
R("duty","date","2026-12-21","LAC review 4/1/27, report to IRO by?","d- 2027-01-04 3",["IRO3"])
R("typos","date","2025-04-14","lac reveiw is tuesday 22nd april when does my report have to be with the iro","d- 2025-04-22 3",["IRO3"])
R("manager","date","2026-06-02","LAC review 01/06/26, SW report with IRO 29/05/26 - compliant?","d- 2026-06-01 3",["IRO3"])

# ---------------- IRO ----------------
R("typos","date","2025-04-07","formal disput started 7/4/25 iro, when must it be finished","wd+ 2025-04-07 20",["IROD20"])
R("indirect","date","2026-05-01","the reviewing officer flagged drift on our care plan today (informal). how long before it becomes a formal dispute if we don't sort it?","wd+ 2026-05-01 5",["IROC5"])
R("manager","date","2026-12-15","Formal IRO dispute raised 30/11/26 - what's the deadline for the process to be completed?","wd+ 2026-11-30 20",["IROD20"])
R("newstarter","date","2027-12-21","The IRO raised an informal challenge with me on 21 December 2027 about drift. How long do I have to resolve it before it becomes a formal dispute?","wd+ 2027-12-21 5",["IROC5"])

# ---------------- Adoption ----------------
R("duty","date","2027-03-22","placed w/ adopters 21/03/27, AO application from?","w+ 2027-03-21 10",["AD10"])
R("indirect","date","2026-01-05","baby moved in with the adoptive family on 15/12/25 - earliest date they can put the application in to court to make it final?","w+ 2025-12-15 10",["AD10"])
R("manager","date","2026-10-20","Adopters applied for the AO on 05/10/26; child placed with them 31/07/26. Was the 10 weeks met?","w+ 2026-07-31 10",["AD10"])

# ---------------- Fostering ----------------
R("typos","date","2026-04-02","did my supervisng visit to the foster carers 2/4 when does it need recording","wd+ 2026-04-02 3",["FCREC"])
R("duty","date","2026-08-28","variation of terms of approval given 28/08/26, valid until?","wd+ 2026-08-28 6",["VAR6"])
R("scenario","date","2025-12-19","Carers are approved for 2 children aged 0-10. We placed a 12 year old (dob 01/01/2013) with them on 19/12/25 and the Strategic Lead gave a Variation of Terms of Approval the same day. How long does the variation last?","wd+ 2025-12-19 6",["VAR6"])
R("manager","date","2026-01-06","Temp approval of connected carer from 06/01/26 - expiry date (without extension)?","w+ 2026-01-06 16",["TA16"])
R("indirect","date","2025-09-22","nan was approved as a temporary foster carer by the ADM on 02/06/25 and panel then agreed the extra 8 weeks. when does the extension run out?","w+ 2025-06-02 24",["TA16"])
R("newstarter","date","2027-05-04","A connected person was given temporary approval by the Agency Decision Maker on 4 May 2027. How long does this last before it needs extending?","w+ 2027-05-04 16",["TA16"])

# ---------------- Case recording ----------------
R("typos","date","2025-04-18","did a visit on good friday (18/4) when do i need to have it recorded by","d+ 2025-04-18 3",["REC3"])
R("newstarter","date","2027-08-27","I spoke to a child's grandmother on the phone today (27 August 2027). When does the contact need to be recorded by?","d+ 2027-08-27 3",["REC3"])
R("scenario","date","2026-05-26","I did a joint visit with the health visitor on Friday 22/05/26 and then a core group on 26/05/26. Swamped after the bank holiday - when's the latest I can record the home visit?","d+ 2026-05-22 3",["REC3"])

# ---------------- VISITS ----------------
R("duty","visits","2026-03-04","cp visit 3/3/26 next by?","w+ 2026-03-03 4",["CPV4"])
R("typos","visits","2025-12-23","last cp visit was 22/12 wen is the next one due","w+ 2025-12-22 4",["CPV4"])
R("manager","visits","2026-09-01","CP visits: 03/07/26 then 04/08/26. Was the second in timescale?","w+ 2026-07-03 4",["CPV4"])
R("indirect","visits","2027-08-25","i saw the child on her own at home for her protection plan visit last friday. when's the latest i can go again?","w+ last:fri 4",["CPV4"])
R("scenario","visits","2025-04-22","I saw both children at home on 14/04/25 (CP plan). The core group is on 28/04 and mum's birthday is 15/05. When is the next statutory CP visit due?","w+ 2025-04-14 4",["CPV4"])
R("newstarter","visits","2025-08-20","I visited a child on a Child in Need plan at home on 20 August 2025. When should the next visit be by?","w+ 2025-08-20 6",["CINV"])
R("typos","visits","2026-04-08","last cin reveiw meeting was 24/2/26 when is the next one","w+ 2026-02-24 6",["CINREV"])
R("duty","visits","2027-12-14","placed 03/12/27, no LAR yet, last stat visit 13/12 - next?","w+ 2027-12-13 1",["LACWK"])
R("scenario","visits","2026-05-20","Child came into care on 10/03/26 and the first LAC review was on 02/04/26. I last saw him at his placement on 18/05/26. When is the next statutory visit due?","w+ 2026-05-18 6",["LAC6"])
R("manager","visits","2027-01-11","YP settled in permanent placement since 2024 (over 12 months), on 12-weekly visits. Last stat visit 21/10/26 - when was the next one due?","w+ 2026-10-21 12",["LAC12"])
R("indirect","visits","2025-12-30","she's been with her adoptive family a few weeks, the first review hasn't happened yet. last visit was 23/12. when's the next one due?","w+ 2025-12-23 1",["ADWK"])
R("typos","visits","2027-03-30","adoption placement, first lac review done, last visit 1/3/27 when is next one","w+ 2027-03-01 6",["AD6W"])
R("duty","visits","2026-08-26","FC supervisory visit 14/07/26 - next due?","w+ 2026-07-14 6",["FCV6"])
R("manager","visits","2026-03-10","Last unannounced visit to foster carers 12/03/25. When is the next due at the latest?","m+ 2025-03-12 12",["FCUN"])
R("newstarter","visits","2025-12-15","A foster carer I support had their annual review on 31 December 2024. When is their next annual review due?","m+ 2024-12-31 12",["FCAR"])
R("indirect","visits","2027-03-05","our carers last had their yearly review go to panel in march 2024 (the 7th). when does a review next have to go to the panel?","m+ 2024-03-07 36",["FCPANEL"])
R("typos","visits","2026-09-14","fc dbs medicals and refs last done 15/09/2023 when are they due","m+ 2023-09-15 36",["FCDBS"])
R("scenario","visits","2027-12-01","Foster carers (approved 2019) last updated their core training on 29/12/2024; their annual review is 10/01/28. When is their core training next due?","m+ 2024-12-29 36",["FCTRAIN"])
R("duty","visits","2026-02-16","family time reviewed 5/1/26, next review by?","w+ 2026-01-05 8",["FT8"])
R("manager","visits","2026-01-05","Case summary last updated 30/11/25 - when does it need updating by to stay compliant?","m+ 2025-11-30 3",["SUM3"])
R("newstarter","visits","2026-08-27","The last Child and Family Assessment on one of my open cases was authorised on 28 August 2025. When do I need an updated assessment by?","m+ 2025-08-28 12",["ASS12"])
R("indirect","visits","2025-05-21","we last met the parents and their solicitor to review progress under pre-proceedings on 21/05/25. what's the latest the next review can be?","w+ 2025-05-21 6",["PLOREV"],"The standard gives a range of 4-6 weeks; a reader could give 4 weeks (18/06/25) as the due date.")

# ---------------- AGE ----------------
R("manager","age","2026-02-10","ICPC due for a boy dob 29/02/2016 - when does he turn 12 for the advocate offer?","age 2016-02-29 12 0",["ADV12"])
R("scenario","age","2025-12-15","ICPC on 30/12/25 for a girl born 27/12/2013. Mum's partner's dob is 12/12/1988. Is she 12 by conference so we offer an advocate - when's her 12th birthday?","age 2013-12-27 12 0",["ADV12"])
R("typos","age","2026-03-01","child dob 29.2.20 is in PLO, wen does she turn 6 (adoption sw cut off)","age 2020-02-29 6 0",["AD6"])
R("indirect","age","2026-12-14","little one (born 02/01/2021) might be going into pre-proceedings - when does he stop counting for getting an adoption worker and family finder automatically?","age 2021-01-02 6 0",["AD6"])
R("duty","age","2025-09-01","YP dob 14/09/2010, pathway plan start date?","age 2010-09-14 15 6",["PW"])
R("newstarter","age","2026-11-02","A young person in care was born on 25 December 2011. When should their pathway plan be started?","age 2011-12-25 15 6",["PW"])
R("typos","age","2025-06-10","yp born 3/4/10 when does pathway plan need starting","age 2010-04-03 15 6",["PW"])
R("indirect","age","2027-01-18","when do we have to start the leaving care plan for a lad born 17/01/2012?","age 2012-01-17 15 6",["PW"])

# ---------------- CHOICE ----------------
R("duty","choice","2026-03-04","conference was 3/3, what's next due?",["d+ 2026-03-03 10","d+ 2026-03-03 20"],["CG10","CIN20"])
R("indirect","choice","2025-12-22","child came into our care today 22/12/25 - when's the meeting due?",["wd+ 2025-12-22 3","wd+ 2025-12-22 20"],["PM3","LAR20"])
R("typos","choice","2026-05-22","child placed 22.5.26 when is the plan due",["wd+ 2026-05-22 5","d+ 2026-05-22 10"],["PP5","CP10"])
R("newstarter","choice","2026-12-21","My ICPC is on Monday 4 January 2027. When does my report need to go out?",["wd- 2027-01-04 3","d- 2027-01-04 3"],["CHAIR3","FAM3"])
R("manager","choice","2027-03-25","First PLO meeting held 24/03/27 - what are the deadlines that follow?",["wd+ 2027-03-24 3","d+ 2027-03-24 7"],["VIA3","FGC3","MIN7"])
R("scenario","choice","2025-04-14","I started a C&F assessment on 14/04/25 for a 3 year old (dob 01/01/2022). Dad is in custody until 30/06. When is the assessment due?",["wd+ 2025-04-14 15","d+ 2025-04-14 45"],["TL15","A45"])
R("duty","choice","2026-08-28","fc visit 28/8/26 - what's my deadline?",["wd+ 2026-08-28 3","w+ 2026-08-28 6"],["FCREC","FCV6"])
R("typos","choice","2025-12-19","strat was 19/12 whats the next deadline",["d+ 2025-12-19 5","wd+ 2025-12-19 15"],["S47D5","ICPC15"])

# ---------------- NONE ----------------
R("duty","none","2026-01-14","icpc 14/1/26, when's the RCPC due?",None,["NEXTCONF"])
R("newstarter","none","2025-09-03","How often should I be having supervision with my Team Leader? My last one was on 3 September 2025.",None,["SUPPOL"])
R("typos","none","2026-04-08","first lac reveiw was 7/4/26 when is the 2nd one due",None,["SECREV"])
R("manager","none","2027-05-10","Final care planning meeting 05/05/27 - what's the deadline for the SHOPBA?",None,["SHOPBA"])
R("indirect","none","2026-06-15","the adopters put in their application on 15/06/26 - when does my suitability report for the court have to be in?",None,["ANNEXA"])
R("scenario","none","2025-12-01","Little one was placed with her adopters on 01/09/25 (dob 11/11/2023). The adoption order hearing isn't listed yet. When's the deadline for the life story book and later life letter?",None,["LIFE"])
R("duty","none","2026-11-30","RCPC 30/11/26 no progress, legal referral by?",None,["LEGALADV"])
R("typos","none","2027-08-31","legal gatway was 27/8 and we're issuing, when does the swet have to be filed",None,["SWET"])
R("indirect","none","2025-05-07","how often does the reviewing officer have to ring the child in between reviews? last review was 07/05/25",None,["IROCONT"])
R("manager","none","2026-04-01","Signs of instability flagged in a placement 31/03/26 - timescale for holding the Support Meeting?",None,["SUPPORTMTG"])

# ---------------- extra scenario rows ----------------
R("scenario","date","2026-12-30","Review conference for the three children is on Thursday 7/1/27 (moved from 24/12/26 because of Christmas). Mum's birthday is 05/01. When do the parents need to have the plan update by?","d- 2027-01-07 3",["RCPCPAR"])
R("scenario","date","2025-12-23","First PLO meeting took place on 22/12/25 at the family centre; dad's solicitor couldn't make it and the review is pencilled for 02/02/26. When must the minutes go out to the parents and their legal reps?","d+ 2025-12-22 7",["MIN7"])
R("scenario","date","2026-12-24","Baby (dob 01/03/2026) became looked after at the ICO hearing on 24/12/26. The health visitor and GP don't know yet and the nursery is closed till 04/01. When must the other professionals be told about her legal status?","wd+ 2026-12-24 5",["LEGAL5"])
R("scenario","date","2027-04-13","The IRO raised an informal challenge on 01/04/27 about drift for a 14 year old (dob 03/08/2012); it wasn't resolved so the formal dispute started on 12/04/27. When should the formal process be finished by?","wd+ 2027-04-12 20",["IROD20"])
R("scenario","date","2027-03-24","Sibling group came into care on 19/03/27 (eldest dob 15/06/2014). The placement meeting was on 23/03. When do the carers need the updated copy of the placement plan?","wd+ 2027-03-19 5",["PP5"])
