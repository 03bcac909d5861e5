# Structured rows, part A: Front Door, assessments, S47/ICPC, CP plans, PLO, CIN.
# r(voice, kind, q, today, calc, [phrase keys], ambiguous=None)
ROWS = []
def r(voice, kind, q, today, calc, keys, amb=None):
    ROWS.append(dict(voice=voice, kind=kind, q=q, today=today, calc=calc, keys=keys, amb=amb))

# ---------------- Front Door: contacts / referrals ----------------
r("duty", "date", "contact in 24/12 - TL decision due when?", "2025-12-24", ("wd", "2025-12-24", 1), ["FD_CONTACT"])
r("indirect", "date", "A school rang us on Good Friday (3 April 2026) really worried about a child. By when does a team leader have to have decided what we're doing with the call?", "2026-04-03", ("wd", "2026-04-03", 1), ["FD_CONTACT"],
  "A contact that arrives on a bank holiday could be treated as received on Tue 7 Apr, giving Wed 8 Apr instead.")
r("manager", "date", "Contact logged Thu 28/08/25, TL decision case note went on Tue 2/9. In timescale?", "2025-09-03", ("wd", "2025-08-28", 1), ["FD_CONTACT"])
r("typos", "date", "contact came in friday 22nd may, when does TL need to of made a decison by", "2026-05-22", ("wd", "2026-05-22", 1), ["FD_CONTACT", "L4_INITIAL"])
r("newstarter", "date", "Hello, sorry if this is a silly question. A level 4 (child in need) referral came through to our team on Thursday 24th December 2026. By when should a social worker have actioned it?", "2026-12-24", ("wd", "2026-12-24", 1), ["REF_ACTION"])
r("manager", "date", "Referral received 31/12/2025, first SW action on it recorded 02/01/2026. Was that within timescale?", "2026-01-05", ("wd", "2025-12-31", 1), ["REF_ACTION"])
r("indirect", "date", "Police sent over a serious referral about a 4 year old on Friday 2 May 2025. What's the latest the team leader can decide what happens with it?", "2025-05-02", ("wd", "2025-05-02", 1), ["L4_INITIAL", "FD_CONTACT"])
r("indirect", "date", "A GP's worries about a baby got passed to me yesterday to pick up. How long have I got to do something with it?", "2027-05-05", ("wd", "2027-05-04", 1), ["REF_ACTION"])

# ---------------- S47: seen same day, 5-day discussion ----------------
r("duty", "date", "s47 agreed today, when do i need to see the kids by", "2026-03-09", ("same", "2026-03-09"), ["S47_SEEN"])
r("scenario", "date", "Strat this morning agreed a S47 for a 7 year old (DOB 12/06/2018). Mum has a GP appointment on Thursday and there's a family court hearing on Friday. It's Tuesday 25 Aug 2026 today. When do I need to have seen the child?", "2026-08-25", ("same", "2026-08-25"), ["S47_SEEN"])
r("indirect", "date", "We started child protection enquiries on a family on 19/12/25. When do I need to sit down with my manager to go over how the enquiries are going?", "2025-12-19", ("d", "2025-12-19", 5), ["S47_5D"])
r("manager", "date", "S47 initiated 30/03/26, SW and TL progress discussion recorded 07/04/26. Within timescale?", "2026-04-08", ("d", "2026-03-30", 5), ["S47_5D"])
r("typos", "date", "s47 startd 28.5.27, when do i need the progres discusion with manger", "2027-05-28", ("d", "2027-05-28", 5), ["S47_5D"])

# ---------------- Allocation, TL review, 45 days ----------------
r("indirect", "date", "Team leader accepted a referral for a full family assessment on 23/12/2025. By when should someone be given the case to do it?", "2025-12-23", ("wd", "2025-12-23", 3), ["ALLOC"],
  "The standard does not say what the 3 working days run from; counted here from the referral being accepted.")
r("manager", "date", "Referral accepted for C&FA Thu 24/04/25, worker allocated on LCS 30/04. In timescale?", "2025-05-01", ("wd", "2025-04-24", 3), ["ALLOC"])
r("scenario", "date", "New referral for three siblings (DOBs 2015, 2018 and 2021). I opened the assessment on 15/12/25; there is a school review meeting on 09/01/26 and mum has a court date on 20/01/26. When does my TL need to have reviewed the assessment?", "2025-12-15", ("wd", "2025-12-15", 15), ["TL_REVIEW"])
r("indirect", "date", "I opened the family assessment on 20 March 2026. When does my team leader need to have looked over it?", "2026-03-23", ("wd", "2026-03-20", 15), ["TL_REVIEW"])
r("manager", "date", "Audit: assessment started 14/08/2025, TL review recorded 05/09/2025. Within the standard?", "2025-09-10", ("wd", "2025-08-14", 15), ["TL_REVIEW"])
r("newstarter", "date", "Hi, I've started my first Child and Family Assessment today (Monday). When should my Team Leader have reviewed it by?", "2027-04-26", ("wd", "2027-04-26", 15), ["TL_REVIEW"])
r("duty", "date", "CFA start 02/12/25 - 45 day deadline?", "2025-12-02", ("d", "2025-12-02", 45), ["ASSESS45"],
  "The standard says '45 days' (counted as calendar days); national guidance uses 45 working days, which would give a later date.")
r("indirect", "date", "We began the full assessment of a family's needs on 10/03/2027. What's the absolute latest it has to be finished?", "2027-03-10", ("d", "2027-03-10", 45), ["ASSESS45"],
  "The standard says '45 days' (counted as calendar days); national guidance uses 45 working days, which would give a later date.")
r("manager", "date", "C&FA started 06/01/26 and authorised 20/02/26. Completed within the 45 days?", "2026-02-23", ("d", "2026-01-06", 45), ["ASSESS45"])

# ---------------- Strategy discussions ----------------
r("indirect", "date", "Yesterday my manager decided we need to get police and health together to talk about a toddler with bruising. When does that conversation have to happen by?", "2026-01-14", ("wd", "2026-01-13", 1), ["STRAT_1WD", "STRAT_24H"])
r("manager", "date", "Decision to hold strat made Wed 24/12/25, strat held Mon 29/12. Timely?", "2026-01-05", ("wd", "2025-12-24", 1), ["STRAT_1WD", "STRAT_24H"],
  "The S47 section says a strategy discussion within 24 hours, which would make it due 25/12/25 and out of timescale.")
r("typos", "date", "mangment decison for strat made wed 6th may, when has strat gotta be by", "2026-05-06", ("wd", "2026-05-06", 1), ["STRAT_1WD", "STRAT_24H"])

# ---------------- Transfer to Neighbourhood Team ----------------
r("indirect", "date", "The duty team emailed our neighbourhood team on 27/03/2026 to say a family is coming over to us. By when do the old and new workers need to have been out to the family home together?", "2026-03-27", ("d", "2026-03-27", 5), ["NT_NOTICE", "NT_NOTICE2"])
r("scenario", "date", "Assessment was signed off on 15/12/25 recommending CIN with a Neighbourhood Team. CFR emailed the NT on Wed 17/12/25. The child's DOB is 03/01/2016 and there's a school meeting on 05/01/26. What's the latest the joint intro visit can happen?", "2025-12-17", ("d", "2025-12-17", 5), ["NT_NOTICE", "NT_NOTICE2"])

# ---------------- ICPC timing ----------------
r("duty", "date", "strat 19/12/25 icpc by?", "2025-12-19", ("wd", "2025-12-19", 15), ["ICPC15"])
r("typos", "date", "strat was 2.4.26 when is icpc due", "2026-04-02", ("wd", "2026-04-02", 15), ["ICPC15"])
r("indirect", "date", "We had the first discussion with police and health about the twins on 22 Dec 2026. What's the latest the big meeting with the family to decide on a protection plan can be held?", "2026-12-23", ("wd", "2026-12-22", 15), ["ICPC15"])
r("manager", "date", "ICPC was held 20/01, strat 02/01, was that in timescale?", "2026-01-26", ("wd", "2026-01-02", 15), ["ICPC15"])
r("manager", "date", "Strat 14/04/2025, ICPC 07/05/2025. Compliant?", "2025-05-12", ("wd", "2025-04-14", 15), ["ICPC15"])
r("newstarter", "date", "Hi all, this is my first Section 47. The strategy meeting was on Thursday 20th May 2027 and it looks like we'll need an initial child protection conference. How long do we have to hold it?", "2027-05-24", ("wd", "2027-05-20", 15), ["ICPC15"])
r("scenario", "date", "Hospital referred Baby X (DOB 01/03/2026) on 24/08/26. Strat was held 26/08/26 and the S47 is ongoing; legal gateway is pencilled for 15/09/26. When does the ICPC need to be held by?", "2026-08-27", ("wd", "2026-08-26", 15), ["ICPC15"])
r("indirect", "date", "Police and we talked it through on Tuesday and agreed enquiries under child protection. When is the deadline for the conference with the family?", "2027-12-23", ("wd", "2027-12-21", 15), ["ICPC15"])

# ---------------- ICPC reports ----------------
r("indirect", "date", "The conference to decide whether the kids need a protection plan is on Tue 6 Jan 2026. When's the last day mum can be given my report?", "2025-12-29", ("db", "2026-01-06", 3), ["ICPC_FAMILY"])
r("duty", "date", "icpc thurs 9/4/26, report to chair by?", "2026-03-30", ("wdb", "2026-04-09", 3), ["ICPC_CHAIR"])
r("manager", "date", "ICPC 05/01/2026, report received by the chair 30/12/2025. Was it on time?", "2026-01-06", ("wdb", "2026-01-05", 3), ["ICPC_CHAIR"])
r("newstarter", "date", "When does my ICPC report need to be sent to the child protection chair? The conference is on Tuesday 4 January 2028.", "2027-12-13", ("wdb", "2028-01-04", 3), ["ICPC_CHAIR"])
r("indirect", "date", "The independent person running the first child protection meeting on Friday 29 May 2026 wants my written report in advance. What's my deadline to get it to them?", "2026-05-18", ("wdb", "2026-05-29", 3), ["ICPC_CHAIR"])
r("manager", "date", "Initial conference 28/08/2025; family got the SW report 26/08/2025. Shared in time?", "2025-09-01", ("db", "2025-08-28", 3), ["ICPC_FAMILY"])

# ---------------- First core group ----------------
r("duty", "date", "icpc 18/12/25 1st CG by?", "2025-12-18", ("d", "2025-12-18", 10), ["CORE1"])
r("indirect", "date", "The conference on 23 March 2027 put the kids on plans. When does the first get-together of the parents and the professionals who'll work out the detail of the plan have to happen?", "2027-03-24", ("d", "2027-03-23", 10), ["CORE1"])
r("manager", "date", "ICPC 22/07/26, first core group 03/08/26. In timescale?", "2026-08-05", ("d", "2026-07-22", 10), ["CORE1"])
r("typos", "date", "icpc was 28th april, when shud first core grp be", "2025-04-29", ("d", "2025-04-28", 10), ["CORE1"])
r("newstarter", "date", "My family's Initial Child Protection Conference was yesterday and the children are now on Child Protection Plans. By when does the first core group meeting need to be held?", "2026-12-22", ("d", "2026-12-21", 10), ["CORE1"])
r("indirect", "date", "Kids were made subject to plans at conference last Thursday. What's the deadline for the first working meeting on the plan?", "2027-08-31", ("d", "2027-08-26", 10), ["CORE1"])

# ---------------- CP visits ----------------
r("duty", "visits", "CP visit last done 24/12/25, next by?", "2025-12-29", ("w", "2025-12-24", 4), ["CPVISIT"])
r("indirect", "visits", "The kids are on a protection plan and I last saw them at home on 30/03/2026. What's the longest I can leave it before I see them again?", "2026-04-01", ("w", "2026-03-30", 4), ["CPVISIT"])
r("manager", "visits", "CP child seen at home 02/05/25 and then 03/06/25. Was the visiting frequency met?", "2025-06-05", ("w", "2025-05-02", 4), ["CPVISIT"])
r("typos", "visits", "last cp vist was 19th aug, next due?", "2027-08-20", ("w", "2027-08-19", 4), ["CPVISIT"])
r("scenario", "visits", "Child X (DOB 02/02/2019) has been on a CP plan since the ICPC on 14/10/25. I last saw her at home on 11/12/25. My colleague did an unannounced visit on 18/12/25 but she was at her nan's so wasn't seen. When's my next statutory visit due?", "2025-12-19", ("w", "2025-12-11", 4), ["CPVISIT", "CPVISIT_HOME"])

# ---------------- Review conference reports ----------------
r("indirect", "date", "The meeting to review the children's protection plan is on 5 Jan 2027. What's the last day I can give the parents my written update?", "2026-12-21", ("db", "2027-01-05", 3), ["RCPC_PARENTS"])
r("manager", "date", "RCPC on 02/06/2025; plan update shared with parents 30/05/2025. Compliant?", "2025-06-03", ("db", "2025-06-02", 3), ["RCPC_PARENTS"])
r("duty", "date", "rcpc tmrw, report to chair shld have gone by?", "2026-04-07", ("db", "2026-04-08", 3), ["RCPC_CHAIR"])
r("typos", "date", "reveiw cp conferance is on the 3rd, when do parents need the plan update by", "2026-08-24", ("db", "2026-09-03", 3), ["RCPC_PARENTS"])

# ---------------- 12 months on a plan ----------------
r("indirect", "date", "A child has been on a protection plan since 17/02/2025 and nothing is shifting. From what date would we need the meeting where the professionals rethink how they work with the family?", "2026-01-12", ("m", "2025-02-17", 12), ["PTT"])
r("manager", "date", "CP plan from ICPC 29/02/24. When did it reach 12 months for the professional thinking time meeting?", "2025-03-10", ("m", "2024-02-29", 12), ["PTT"],
  "12 months from 29 Feb 2024 is taken as 28 Feb 2025; some would say 1 Mar 2025.")

# ---------------- PLO ----------------
r("duty", "date", "PLO letter dated 19.12, 1st meeting by?", "2025-12-19", ("d", "2025-12-19", 10), ["PLO1"])
r("indirect", "date", "The letter telling parents we're worried enough to be thinking about court is dated 24 March 2027. When does the first meeting with them and their solicitor need to be?", "2027-03-24", ("d", "2027-03-24", 10), ["PLO1"])
r("manager", "date", "PLO letter 18/08/26, initial PLO meeting 01/09/26. In timescale?", "2026-09-02", ("d", "2026-08-18", 10), ["PLO1"])
r("scenario", "date", "The PLO letter is dated Friday 09/05/25 but it wasn't posted until Monday 12/05/25 and dad only got it on 14/05/25. Mum's solicitor can't do the week of 19/05. When does the first PLO meeting need to happen by?", "2025-05-14", ("d", "2025-05-09", 10), ["PLO1"])
r("newstarter", "date", "Our first PLO meeting was on Wednesday 23 December 2026 and mum has agreed to a Family Group Conference. By when do I need to have made the referral?", "2026-12-24", ("wd", "2026-12-23", 3), ["FGC_REF"])
r("indirect", "date", "At the first pre-proceedings meeting on 2 April 2026 the parents agreed to a family meeting where relatives come up with their own plan. When's the referral for that due?", "2026-04-02", ("wd", "2026-04-02", 3), ["FGC_REF"])
r("manager", "date", "Initial PLO meeting 22/05/2026, viability screening request sent to FPT 28/05/2026. In time?", "2026-06-01", ("wd", "2026-05-22", 3), ["VIAB"])
r("indirect", "date", "At the first pre-proceedings meeting on 22/08/2025 mum named her sister as someone who could take the kids. By when do I need to ask the placements side to screen the sister?", "2025-08-22", ("wd", "2025-08-22", 3), ["VIAB"])
r("typos", "date", "1st plo meeting 24/3/27 nan put forward as carer, when do the viabilty request go in by", "2027-03-24", ("wd", "2027-03-24", 3), ["VIAB"])
r("scenario", "date", "Initial PLO meeting was held on 22/12/26 with mum, dad and both solicitors. The PLO letter was dated 11/12/26 and the first review PLO meeting is pencilled for 02/02/27. When do the minutes need to be out to the parents?", "2026-12-22", ("d", "2026-12-22", 7), ["PLO_MIN"])
r("indirect", "date", "We met the parents and their solicitors on 1 May 2026 to go through what has to change before we'd consider court. When do the notes of that meeting have to be with them?", "2026-05-05", ("d", "2026-05-01", 7), ["PLO_MIN"])
r("manager", "date", "PLO meeting 16/04/25, minutes sent 25/04/25. Within timescale?", "2025-04-28", ("d", "2025-04-16", 7), ["PLO_MIN"])
r("duty", "visits", "last plo review 03/03/26 next by?", "2026-03-04", ("w", "2026-03-03", 6), ["PLO_REV"],
  "The standard says every 4-6 weeks; this takes the latest (6 weeks); the earliest would be 31/03/26.")
r("indirect", "date", "We've been in pre-proceedings since the letter dated 05/01/2026. When is the review meeting with our solicitor at the 12-week point?", "2026-01-20", ("w", "2026-01-05", 12), ["PLO12"],
  "The standard does not say what the 12 weeks run from; counted from the PLO letter date, some would count from the first PLO meeting.")
r("manager", "date", "Case entered PLO with the letter dated 12/05/25. Date for the 16-week Legal Gateway?", "2025-06-02", ("w", "2025-05-12", 16), ["PLO16"],
  "The standard does not say what the 16 weeks run from; counted from the PLO letter date, some would count from the first PLO meeting.")
r("scenario", "date", "At the 12-week review legal planning meeting on 20/08/2026, with dad's parenting assessment due 01/09/26, it was agreed exceptionally to keep the case in PLO a bit longer. Until when does that extension run?", "2026-08-21", ("w", "2026-08-20", 4), ["PLO_EXT"])
r("typos", "date", "we went into plo on 14th dec 2026 when is the 16 week gateway", "2026-12-15", ("w", "2026-12-14", 16), ["PLO16"],
  "The standard does not say what the 16 weeks run from; counted from the date the case went into PLO.")

# ---------------- CIN ----------------
r("newstarter", "date", "Hello, a child I'm working with was taken off her Child Protection Plan at the review conference on Wednesday 17th December 2025 and will now be Child in Need. When should the first CIN meeting be held by?", "2025-12-17", ("d", "2025-12-17", 20), ["CIN_DEPLAN"])
r("indirect", "date", "At the review on 15/04/2025 the chair took the kids off their protection plans and they'll carry on getting support as children in need. When's the first meeting under the new plan due?", "2025-04-16", ("d", "2025-04-15", 20), ["CIN_DEPLAN"])
r("manager", "date", "RCPC deplanned 09/03/27, first CIN meeting 31/03/27. In timescale?", "2027-04-01", ("d", "2027-03-09", 20), ["CIN_DEPLAN"])
r("newstarter", "date", "A case has just transferred to me from the Children's First Response Team; the transfer was on Monday 22nd December 2025. When does the initial Child in Need meeting need to happen?", "2025-12-22", ("d", "2025-12-22", 10), ["CIN_TRANSFER"])
r("indirect", "date", "Duty passed the family over to our area team on 29/05/2026. When's the first meeting with the family and professionals to agree the support plan due?", "2026-06-01", ("d", "2026-05-29", 10), ["CIN_TRANSFER"])
r("manager", "date", "Transferred from CFR 31/07/25, initial CIN 12/08/25. In timescale?", "2025-08-13", ("d", "2025-07-31", 10), ["CIN_TRANSFER"])
r("duty", "visits", "last CIN review 11/11/25 next by?", "2025-11-12", ("w", "2025-11-11", 6), ["CIN_REVIEW"])
r("manager", "visits", "CIN review meetings on 02/02/26 and 20/03/26. Within timescale?", "2026-03-23", ("w", "2026-02-02", 6), ["CIN_REVIEW"])
r("typos", "visits", "cin child last seen at home 17/4/25, when next visit due?", "2025-04-22", ("w", "2025-04-17", 6), ["CIN_VISIT"])
r("scenario", "visits", "Child X is on a CIN plan. I saw her at school on 20/08/26 but last saw her at home on 06/08/26. Her CIN review is on 10/09/26. When is her next CIN visit due?", "2026-08-21", ("w", "2026-08-06", 6), ["CIN_VISIT", "CIN_HOME"])
