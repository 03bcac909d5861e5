# Structured descriptions of every row. oracle.py computes `due` and `count`.
# rule forms (start = ISO date or relative: today / yesterday / tomorrow / last <weekday> / next <weekday>):
#   ("wd", start, n)   Nth working day strictly after start
#   ("wdb", start, n)  Nth working day strictly before start
#   ("d", start, n)    calendar days (negative = before)
#   ("w", start, n)    weeks;  ("m", start, n) months;  ("same", start)
#   ("age", dob, years[, months])
#   ("choice", ruleA, ruleB)  due = earlier
#   a trailing {"held": ISO} adds an in/out-of-timescale verdict (manager audit rows)

# Verbatim phrases from /work/shared/source/practice-standards.txt
P = {
    "FD": "decisions made by what action are required by a Team Leader within 1 working day",
    "INIT": "Initial decisions will be made about the action required within 1 working day",
    "REF": "Referrals will be actioned by a social worker within 1 working day",
    "S47SEEN": "the child / children will be seen by the Social Worker the same day",
    "S47DISC": "Within 5 days of the Section 47 being initiated",
    "ALLOC": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
    "TLREV": "All assessments will be reviewed by the Team Leader within 15 working days",
    "ASS45": "Assessments must all be completed within 45 days",
    "STRAT1": "this must happen within 1 working day and should be chaired by a social work manager",
    "STRAT24": "A strategy discussion within 24 hours involving all relevant agencies",
    "TRANSFER": "the Neighbourhood Team via email, giving at least 5 days",
    "JOINT": "Neighbourhood Team Social Worker will complete a joint visit to the home",
    "ICPC": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
    "ICPCFAM": "The report will be shared with family at least 3 the days prior to conference",
    "ICPCCHAIR": "The report will be sent to the child protection chair 3 working days before the conference",
    "ADVOCATE": "if they are 12 or over they should be offered an advocate",
    "CG1": "held within 10 days of the conference",
    "CPVIS": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
    "RCPCPAR": "This report must be shared with parents at least 3 days prior to the review conference",
    "RCPCCHAIR": "The report will be available to the conference chair at least 3 days prior to the review conference",
    "PTT": "when they have been subject to a plan for 12 months",
    "PLO1": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
    "FGC": "Referral should be made within 3 working days of the first PLO meeting",
    "VIAB": "need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
    "MINS": "to be distributed to parents and their legal representation within 7 days of the meeting",
    "PLOREV": "Review PLO meetings with parents to be held every 4-6 weeks",
    "LPM12": "A review legal planning meeting will be held at 12 weeks",
    "EXT4": "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
    "LG16": "a Legal Gateway meeting will be convened at 16 weeks",
    "CIN20": "will set the first CIN meeting within 20 days",
    "CIN10": "the initial CIN meeting must take place within 10 days",
    "CINREV": "CIN review meetings will be held at least every 6 weeks",
    "CINVIS": "A child subject to a CIN plan will be seen at least every 6 weeks",
    "EMERG": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
    "VIS1": "The child will be visited within 1 working day of coming into care or having a change in placement",
    "SEEN1": "All looked after children will be seen within 1 working day of placement",
    "PLMEET": "The placement meeting will be held within 3 working days",
    "PLPLAN": "an updated copy given to the carers within 5 working days of the placement beginning",
    "FT8": "reviewed at least every 8 week until the plan for permanence is agreed",
    "PACK": "coming into care pack, children rights leaflet within 3 weeks",
    "LEGAL5": "informed of the child\u2019s legal status within 5 working days",
    "IHA": "An initial health assessment will be requested and carried out within 20 working days",
    "PEP": "A PEP meeting will be arranged within the school within 20 days",
    "LACWEEK": "Statutory looked after visits must happen weekly until the first looked after review",
    "LAC6": "a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
    "LAC12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
    "CAREPLAN": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
    "LACR1": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
    "PATHWAY": "A pathway plan will be started when the young person is 15 years 6 months",
    "IROREP": "this will be with the IRO 3 days before the review",
    "IROCH": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
    "IRODISP": "should be completed from start to finish within 20 working days",
    "ADOPT6": "If a child under the age of 6 enters PLO or proceedings",
    "ADWEEK": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
    "AD6": "visits will be a minimum of 6 weekly until the Adoption Order is Granted",
    "AD10": "in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
    "FCVIS": "Trafford foster carers are visited at least once every six weeks",
    "FCREC": "a record of this visit is recorded on LCS within 3 working days",
    "FCUNANN": "will have an unannounced visit at least once every 12 months",
    "FCANN": "All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
    "FCPANEL": "will have an annual review presented to the Fostering Panel at least every three years",
    "FCDBS": "updated statutory references, medicals and DBS checks at least every three years",
    "FCTRAIN": "must update their core training at least every three years",
    "VAR6": "This can only be given for up to 6 working days",
    "TEMP16": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
    "REC3": "any event or contact is recorded within 3 days",
    "SUMM3": "A clear and concise case file summary which has been updated within the last 3 months",
    "ASS12": "An up to date assessment (within the last 12 months) on each child",
    # related sentences for `none` rows (they set no timescale)
    "N_RCPC": "The child protection chair will set the date of the next conference",
    "N_LAC2": "At the point of the second review (if not in proceedings) the child must have a permanency plan",
    "N_SUP": "monitored through supervision which takes place in line with the supervision policy",
    "N_EH": "Initial decisions will be made about the action required by an Early Help Team Leader",
    "N_CG": "reviewed at every core group and progress recorded",
    "N_PATH": "will be reviewed by the IRO as part of the statutory review",
    "N_SHOPBA": "This needs to take place after the area teams final care planning meeting",
    "N_LIFE": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
    "N_SUPPORT": "a Support Meeting will be held and chaired by the Team Leader",
    "N_MISSING": "The risk of going missing and child sexual exploitation will be considered and risk assessed",
    "N_IROCONTACT": "The IRO will contact the child between reviews to ensure the progress of the plan",
}

A_ASS45 = ("The standards say 45 days (counted here as calendar days); statutory guidance counts 45 working days, "
           "which would give a later date.")
A_STRAT = ("The S47 section also says a strategy discussion within 24 hours, which could give an earlier "
           "deadline than 1 working day.")
A_ALLOC = ("The standard does not say what the 3 working days run from; counted here from the day the case "
           "came in (another reader might count from the Team Leader decision).")
A_PLO = ("The standards do not say what the 12/16 weeks run from; counted here from the date given as the PLO "
         "start (another reader might use the PLO letter, the first PLO meeting or the Legal Gateway).")

ROWS = []


def R(voice, kind, today, q, rule, p, amb=None, why=None):
    v = {"du": "duty", "ty": "typos", "sc": "scenario", "in": "indirect", "ns": "newstarter", "mg": "manager"}[voice]
    ROWS.append({"voice": v, "kind": kind, "today": today, "q": q, "rule": rule, "p": p, "amb": amb, "why": why})


# ---------------- Front Door ----------------
R("du", "date", "2025-12-24", "contact in 24/12 @ 4pm, TL decision needed by?", ("wd", "2025-12-24", 1), ["FD"])
R("ty", "date", "2026-04-02", "contact came in on thursday 2/4/26 whens the screening decision due by the TL", ("wd", "2026-04-02", 1), ["FD"])
R("mg", "date", "2027-06-01", "Contact received Fri 28/05/27, TL decision logged today (Tue 01/06). Within timescale?",
  ("wd", "2027-05-28", 1, {"held": "2027-06-01"}), ["FD"])
R("ns", "date", "2025-08-22", "Hi, sorry if this is a basic question - a contact came into the front door this morning. How long does the Team Leader have to make a decision on it?",
  ("wd", "today", 1), ["FD", "INIT"])
R("in", "date", "2026-05-22", "a referral that looks like child protection level landed with us this afternoon, by when does the team leader need to have said what we're doing with it?",
  ("wd", "today", 1), ["INIT", "FD"])
R("sc", "date", "2026-12-31", "School referred a 7 year old (DOB 02/01/2019) on 31/12/26 - mum has asked for help over new year and it's been screened as level 4 CIN. When does the TL need to make the initial decision about what action we take?",
  ("wd", "2026-12-31", 1), ["INIT"])
R("du", "date", "2025-04-17", "ref in today, sw needs to action by?", ("wd", "today", 1), ["REF"])
R("ty", "date", "2027-08-27", "referal come in fri 27.8 when does it have to be actiond by a sw", ("wd", "2027-08-27", 1), ["REF"])
R("mg", "date", "2026-01-05", "Referral received 24/12/25, first SW action recorded 29/12/25 - did that meet the 1 working day standard?",
  ("wd", "2025-12-24", 1, {"held": "2025-12-29"}), ["REF"])

# ---------------- S47 same day / 5 days ----------------
R("ns", "date", "2026-03-06", "Hello, I've been asked to go out on a Section 47 that was agreed this morning (Friday 6th March). Is there a deadline for seeing the child, or can it wait until Monday?",
  ("same", "2026-03-06"), ["S47SEEN"])
R("in", "date", "2025-12-24", "manager has just agreed we're doing a child protection enquiry on a 4 year old, it's christmas eve - do I actually have to see the child today or can it be after the holidays?",
  ("same", "today"), ["S47SEEN"])
R("ty", "date", "2025-05-01", "s47 started thurs 1st may when do i need to talk to my manger about how its going", ("d", "2025-05-01", 5), ["S47DISC"])
R("sc", "date", "2027-03-26", "Strat was Wed 24/03/27 and the S47 was initiated on LCS on Thu 25/03. Child's DOB is 29/03/2016 and the ICPC isn't booked yet. When is my S47 progress discussion with my manager due?",
  ("d", "2027-03-25", 5), ["S47DISC"])
R("du", "date", "2026-06-05", "s47 initiated on the 3rd, mgr progress discussion by?", ("d", "2026-06-03", 5), ["S47DISC"])

# ---------------- Allocation / assessment ----------------
R("in", "date", "2026-08-28", "a case came in today that needs a full social work assessment of the family - how long have we got to get a worker allocated to do it?",
  ("wd", "today", 3), ["ALLOC"], amb=A_ALLOC)
R("mg", "date", "2027-05-07", "Case came in Thu 29/04/27, allocated for C&F assessment Wed 05/05/27. In timescale?",
  ("wd", "2027-04-29", 3, {"held": "2027-05-05"}), ["ALLOC"], amb=A_ALLOC)
R("du", "date", "2026-03-25", "C&FA started 25/3/26, TL review due?", ("wd", "2026-03-25", 15), ["TLREV"])
R("ns", "date", "2027-05-14", "Hi, I started my first Child and Family Assessment today, Friday 14 May 2027. When should my Team Leader review it by?",
  ("wd", "2027-05-14", 15), ["TLREV"])
R("sc", "date", "2025-08-15", "The assessment on the twins (born 01/08/2023) started on 11/08/25; mum's GP appointment is 20/08 and the school summer holidays end 03/09. When is my team leader's review of the assessment due?",
  ("wd", "2025-08-11", 15), ["TLREV"])
R("mg", "date", "2027-02-20", "Assessment started 04/01/27 and was authorised 15/02/27 - was it within the 45 days?",
  ("d", "2027-01-04", 45, {"held": "2027-02-15"}), ["ASS45"], amb=A_ASS45)
R("ty", "date", "2026-02-03", "assesment start date 3/2/26 whens it due in overall (the 45 day one)", ("d", "2026-02-03", 45), ["ASS45"], amb=A_ASS45)

# ---------------- Strategy discussion ----------------
R("du", "date", "2026-12-24", "mgmt decision for strat today 24/12, strat by?", ("wd", "2026-12-24", 1), ["STRAT1", "STRAT24"], amb=A_STRAT)
R("ns", "date", "2025-05-02", "My manager decided this afternoon (Friday 2nd May) that we need a strategy discussion. Could you tell me when it has to be held by?",
  ("wd", "2025-05-02", 1), ["STRAT1", "STRAT24"], amb=A_STRAT)
R("sc", "date", "2027-03-25", "Police rang at 9pm on 24/03 about bruising on a 3 year old. The duty TL made the decision to hold a strategy discussion at 10am on 25/03. The child's next nursery day is 29/03. When must the strat happen by?",
  ("wd", "2027-03-25", 1), ["STRAT1", "STRAT24"], amb=A_STRAT)

# ---------------- Transfer CFR -> Neighbourhood ----------------
R("in", "date", "2026-03-18", "we're moving a family from the front door team over to a neighbourhood team at CIN. if I email the neighbourhood team today, what's the earliest date the move can happen?",
  ("d", "today", 5), ["TRANSFER"])
R("du", "date", "2025-08-21", "CFR transfer email sent 21/8, joint visit w/ NT worker by?", ("d", "2025-08-21", 5), ["JOINT", "TRANSFER"],
  amb="Within the 5 days' notice period could be read as by the 5th day (counted here) or before it.")

# ---------------- ICPC ----------------
R("du", "date", "2025-12-19", "strat 19/12/25 icpc by?", ("wd", "2025-12-19", 15), ["ICPC"])
R("ty", "date", "2026-03-20", "strat was 20.3.26 wen does icpc need to be by", ("wd", "2026-03-20", 15), ["ICPC"])
R("sc", "date", "2027-04-09", "We held the initial strategy discussion on 18/03/27 and a second strat on 01/04/27 after new information from the school. Child's DOB is 10/04/2020. When must the ICPC be held by?",
  ("wd", "2027-03-18", 15), ["ICPC"])
R("in", "date", "2025-04-14", "when does the big multi-agency meeting that decides whether a child goes on a protection plan have to happen? the first police and social care discussion was 14th april 2025",
  ("wd", "2025-04-14", 15), ["ICPC"])
R("ns", "date", "2026-05-01", "Sorry, I'm new - what's the timescale for an Initial Child Protection Conference? Our strategy discussion was on 1 May 2026, so what date is the latest it can be?",
  ("wd", "2026-05-01", 15), ["ICPC"])
R("mg", "date", "2027-01-20", "ICPC was held today 20/01/27, strat was 23/12/26. Was that in timescale?",
  ("wd", "2026-12-23", 15, {"held": "2027-01-20"}), ["ICPC"])
R("ns", "date", "2027-12-20", "Hello, we held the strategy discussion today (Monday 20/12) and agreed to go to an Initial Child Protection Conference. What is the latest date the conference can be held, please?", ("wd", "2027-12-20", 15), ["ICPC"])
R("ty", "date", "2026-12-08", "had the strat last friday, when is the latest the icpc can be", ("wd", "last friday", 15), ["ICPC"])

# ---------------- ICPC report ----------------
R("in", "date", "2026-01-05", "the first child protection conference is booked for 08/01/26 - by when do mum and dad need to have seen my report?",
  ("d", "2026-01-08", -3), ["ICPCFAM"])
R("ty", "date", "2025-04-28", "icpc is fri 2nd may, when do i share my report with the parents by", ("d", "2025-05-02", -3), ["ICPCFAM"])
R("ns", "date", "2027-06-07", "Hello! My ICPC is on Thursday 10 June 2027. How far ahead do I need to share my report with the family - what date?",
  ("d", "2027-06-10", -3), ["ICPCFAM"])
R("du", "date", "2026-03-30", "icpc 08/04/26 report to chair by?", ("wdb", "2026-04-08", 3), ["ICPCCHAIR"])
R("sc", "date", "2025-12-15", "The ICPC for two children (DOBs 05/01/2019 and 30/12/2021) is booked for 02/01/26 at 10am. The strategy discussion was 10/12/25. When does my report need to be with the CP chair?",
  ("wdb", "2026-01-02", 3), ["ICPCCHAIR"])
R("mg", "date", "2027-06-04", "Report went to the CP chair on 28/05/27 for an ICPC on 03/06/27. Was it on time - what was the deadline?",
  ("wdb", "2027-06-03", 3, {"held": "2027-05-28"}), ["ICPCCHAIR"])
R("ty", "date", "2026-08-25", "icpc is wed 2/9 what date does the report have 2 go to the chair", ("wdb", "2026-09-02", 3), ["ICPCCHAIR"])
R("du", "date", "2026-01-06", "icpc tmrw, when shld the report have gone to the chair?", ("wdb", "tomorrow", 3), ["ICPCCHAIR"])

# ---------------- First core group ----------------
R("sc", "date", "2025-12-23", "ICPC this morning (23/12) put both boys on CP plans under neglect; the next conference was pencilled for 16/03/26 and the eldest turns 10 on 30/12. When does the first core group have to be held by?", ("d", "2025-12-23", 10), ["CG1"])
R("ty", "date", "2026-03-31", "child went on a cp plan at conf on 31.3.26 wen is the 1st core group due", ("d", "2026-03-31", 10), ["CG1"])
R("in", "date", "2027-05-18", "the meeting where the detail goes on the protection plan and the smart targets get set - when's the first one due if the conference was 18 May 2027?",
  ("d", "2027-05-18", 10), ["CG1"])
R("mg", "date", "2026-09-01", "ICPC 14/08/26 (plan agreed), first core group 26/08/26 - in timescale?", ("d", "2026-08-14", 10, {"held": "2026-08-26"}), ["CG1"])
R("ns", "date", "2025-08-20", "Hi, the conference on Monday 18 August made the child subject to a plan. When does the first core group need to take place?",
  ("d", "2025-08-18", 10), ["CG1"])

# ---------------- Review conference reports ----------------
R("du", "date", "2026-06-01", "RCPC 04/06/26 - plan update to parents by?", ("d", "2026-06-04", -3), ["RCPCPAR"])
R("sc", "date", "2025-12-18", "The review conference for a 9 year old has been moved from 16/12/25 to 02/01/26 because the chair is off sick. The last core group was 09/12. When do the parents need to have my plan update?",
  ("d", "2026-01-02", -3), ["RCPCPAR"])
R("mg", "date", "2027-03-05", "RCPC held 04/03/27; plan update shared with parents 02/03/27. Compliant? What was the deadline?",
  ("d", "2027-03-04", -3, {"held": "2027-03-02"}), ["RCPCPAR"])
R("ty", "date", "2026-10-12", "review conf is thurs 15/10 when does the chair need my report", ("d", "2026-10-15", -3), ["RCPCCHAIR"])
R("ns", "date", "2027-04-26", "Could you tell me when the conference chair needs my report? It's a review child protection conference on Friday 30th April 2027.",
  ("d", "2027-04-30", -3), ["RCPCCHAIR"])

# ---------------- 12 months on plan ----------------
R("in", "date", "2026-11-20", "child has been on a protection plan since the conference on 27/11/25 and things aren't shifting. on what date do we need the thinking-time meeting if nothing changes?",
  ("m", "2025-11-27", 12), ["PTT"])
R("mg", "date", "2027-02-01", "CP plan started 15/01/26, still not enough progress to de-plan, no professional thinking time meeting yet. From what date was one expected?",
  ("m", "2026-01-15", 12), ["PTT"])

# ---------------- PLO ----------------
R("du", "date", "2026-12-14", "PLO letter dated 14/12/26, 1st PLO mtg by?", ("d", "2026-12-14", 10), ["PLO1"])
R("in", "date", "2025-04-07", "the letter that starts pre-proceedings went out dated 04/04/25 - when does the meeting with the parents and their solicitor need to happen?",
  ("d", "2025-04-04", 10), ["PLO1"])
R("sc", "date", "2027-08-02", "Legal Gateway on 22/07/27 agreed PLO. The letter before proceedings was dated 27/07/27 and sent recorded delivery; mum's solicitor got it on 29/07. When should the first PLO meeting be by?",
  ("d", "2027-07-27", 10), ["PLO1"])
R("mg", "date", "2026-02-20", "PLO letter 02/02/26, initial PLO meeting held 16/02/26. In timescale?", ("d", "2026-02-02", 10, {"held": "2026-02-16"}), ["PLO1"])
R("ty", "date", "2026-05-01", "first plo meeting was thurs 30/4 wen does the fgc referal need doing", ("wd", "2026-04-30", 3), ["FGC"])
R("ns", "date", "2025-12-22", "Hi, we had our first PLO meeting today (22nd December) and the parents agreed to a Family Group Conference. How long do I have to make the referral?",
  ("wd", "2025-12-22", 3), ["FGC"])
R("in", "date", "2026-08-27", "grandparents came forward at the first pre-proceedings meeting on 27 Aug 2026 as possible carers. by when do I send the request to the family placement team for screening?",
  ("wd", "2026-08-27", 3), ["VIAB"])
R("sc", "date", "2025-04-16", "Initial PLO meeting was on 16/04/25. Dad's sister (DOB 19/04/1990) put herself forward as a carer; no FGC is planned. When does the viability screening request have to go to the Family Placement Team?",
  ("wd", "2025-04-16", 3), ["VIAB"])
R("mg", "date", "2027-01-08", "Initial PLO meeting 22/12/26, viability screening request sent to FPT 30/12/26. Within timescale?",
  ("wd", "2026-12-22", 3, {"held": "2026-12-30"}), ["VIAB"])
R("du", "date", "2026-04-02", "plo mtg 2/4 minutes out by?", ("d", "2026-04-02", 7), ["MINS"])
R("ty", "date", "2027-12-17", "plo meeting today fri 17th dec, when do the minuts have to go to the parents n solicitor", ("d", "2027-12-17", 7), ["MINS"])
R("in", "date", "2025-08-29", "when do the notes from the pre-proceedings meeting with parents and their lawyer have to be sent out? meeting was 29/08/25",
  ("d", "2025-08-29", 7), ["MINS"])
R("ns", "date", "2026-02-10", "Our PLO started with the first PLO meeting on 10/02/26. When would the 12-week review legal planning meeting be?",
  ("w", "2026-02-10", 12), ["LPM12"], amb=A_PLO)
R("mg", "date", "2025-06-10", "PLO letter dated 14/01/25 and the family are still in PLO. When should the 16-week Legal Gateway have been?",
  ("w", "2025-01-14", 16), ["LG16"], amb=A_PLO)
R("sc", "date", "2027-04-20", "Our 12-week review legal planning meeting was today, 20/04/27, and agreed an exceptional further 4 weeks in PLO. The child turns 2 on 01/05/27. When does the extension run to?",
  ("w", "2027-04-20", 4), ["EXT4"])

# ---------------- CIN ----------------
R("in", "date", "2026-06-11", "the child was taken off their protection plan at today's conference and moved to child in need. when does the first meeting under the new plan need to be?",
  ("d", "today", 20), ["CIN20"])
R("ty", "date", "2025-12-11", "de planned at rcpc on 11.12.25 - first cin meeting due wen", ("d", "2025-12-11", 20), ["CIN20"])
R("mg", "date", "2027-03-15", "Child de-planned at RCPC 05/02/27; first CIN meeting held 01/03/27. In timescale?", ("d", "2027-02-05", 20, {"held": "2027-03-01"}), ["CIN20"])
R("du", "date", "2026-01-06", "case transf from CFR 06/01/26 - initial CIN mtg by?", ("d", "2026-01-06", 10), ["CIN10"])
R("ns", "date", "2025-05-27", "Hello, a case has just transferred to me from the Children's First Response team today (27 May). When does the first Child in Need meeting have to happen?",
  ("d", "2025-05-27", 10), ["CIN10"])
R("sc", "date", "2027-08-25", "The family transferred from First Response to our neighbourhood team on 24/08/27 after the assessment was finished on 20/08. The youngest is 18 months. When is the first CIN meeting due?",
  ("d", "2027-08-24", 10), ["CIN10"])

# ---------------- Children in care ----------------
R("sc", "date", "2025-12-19", "Police protection at 11pm on 19/12/25; the child (DOB 25/12/2014) was placed with emergency foster carers. There was no assessment beforehand. When does the assessment need completing?",
  ("wd", "2025-12-19", 20), ["EMERG"])
R("mg", "date", "2026-05-20", "Unplanned admission to care on 14/04/26; assessment completed 12/05/26. Within timescale?",
  ("wd", "2026-04-14", 20, {"held": "2026-05-12"}), ["EMERG"])
R("du", "date", "2026-04-02", "child came into care 2/4/26, visit by?", ("wd", "2026-04-02", 1), ["VIS1", "SEEN1"])
R("ty", "date", "2027-12-24", "placement move on christmas eve (24/12) when do i have to visit", ("wd", "2027-12-24", 1), ["VIS1"])
R("in", "date", "2025-08-22", "a teenager moved from one foster home to another this morning. how quickly do I need to see her in the new home?",
  ("wd", "today", 1), ["VIS1", "SEEN1"])
R("mg", "date", "2026-06-01", "Child became looked after Fri 22/05/26 and was visited Tue 26/05/26. Within the 1 working day?",
  ("wd", "2026-05-22", 1, {"held": "2026-05-26"}), ["VIS1", "SEEN1"])
R("du", "date", "2025-04-17", "placed 17/4, placement mtg by?", ("wd", "2025-04-17", 3), ["PLMEET"])
R("ns", "date", "2026-12-23", "Hi, a child was placed with foster carers yesterday. When does the placement meeting have to be held?", ("wd", "yesterday", 3), ["PLMEET"])
R("in", "date", "2027-05-28", "the meeting to agree delegated authority with the carers - the boy moved in on 28 May 2027, when's it due?", ("wd", "2027-05-28", 3), ["PLMEET"])
R("sc", "date", "2025-09-03", "Baby (born 26/08/25) was discharged from hospital and placed with foster carers on 01/09/25; the interim care order was made on 29/08/25. When is the placement meeting due?",
  ("wd", "2025-09-01", 3), ["PLMEET"])
R("ty", "date", "2026-05-01", "placement started 1st may, when do the carers need the updated placement plan", ("wd", "2026-05-01", 5), ["PLPLAN"])
R("mg", "date", "2026-01-05", "Placement began 19/12/25; updated placement plan given to carers 29/12/25. Compliant?",
  ("wd", "2025-12-19", 5, {"held": "2025-12-29"}), ["PLPLAN"])
R("in", "date", "2026-08-11", "the welcome pack and rights leaflet for a child who's just come into care - she came in on 11/08/26, when must she have it by?",
  ("w", "2026-08-11", 3), ["PACK"])
R("ns", "date", "2025-12-08", "Hello, a young person became looked after today (Monday 8 December 2025). When should they get their coming into care pack?",
  ("w", "2025-12-08", 3), ["PACK"])
R("du", "date", "2027-08-26", "LAC from 26/08/27, inform other profs of legal status by?", ("wd", "2027-08-26", 5), ["LEGAL5"])
R("ty", "date", "2026-12-21", "child came into care mon 21/12 - when do all the other profesionals need telling about legal status", ("wd", "2026-12-21", 5), ["LEGAL5"])
R("in", "date", "2026-03-27", "the first medical for a child who's come into care - he came in on 27/03/26, when's the deadline for it to be done?", ("wd", "2026-03-27", 20), ["IHA"])
R("mg", "date", "2027-01-29", "Child LAC from 14/12/26, IHA done 15/01/27. In timescale?", ("wd", "2026-12-14", 20, {"held": "2027-01-15"}), ["IHA"])
R("ty", "date", "2025-12-02", "cic since 2/12/25 when does the pep meeting need to be", ("d", "2025-12-02", 20), ["PEP"])
R("sc", "date", "2027-04-06", "The child (Year 4, DOB 12/10/2018) became looked after on 01/04/27 during the Easter holidays; school reopens 19/04/27. When should the PEP meeting be arranged by?",
  ("d", "2027-04-01", 20), ["PEP"])
R("ns", "date", "2026-04-13", "Hi, sorry to bother you - a child was placed today, 13 April 2026. When does their care plan need to be on the system?", ("d", "2026-04-13", 10), ["CAREPLAN"])
R("mg", "date", "2027-01-15", "Placement 22/12/26; care plan recorded on LCS 04/01/27. Within 10 days?", ("d", "2026-12-22", 10, {"held": "2027-01-04"}), ["CAREPLAN"],
  amb="The 10 calendar days end on New Year's Day 2027; a reader who moves deadlines off bank holidays to the next working day would say 04/01/27 and call it in timescale.")
R("du", "date", "2025-12-15", "LAC from 15/12/25, 1st LAC review by?", ("wd", "2025-12-15", 20), ["LACR1"])
R("ty", "date", "2026-04-02", "became looked after on thurs 2nd april when is the 1st lac reveiw due", ("wd", "2026-04-02", 20), ["LACR1"])
R("in", "date", "2027-03-25", "when does the first review meeting with the independent reviewing officer have to happen? she came into our care on 25/03/27",
  ("wd", "2027-03-25", 20), ["LACR1"])
R("sc", "date", "2026-08-20", "Section 20 was agreed on 14/08/26 and the child became looked after that day; an interim care order followed on 19/08/26. Her 10th birthday is 30/08. When is the initial LAC review due?",
  ("wd", "2026-08-14", 20), ["LACR1"])
R("mg", "date", "2025-06-02", "Child LAC 22/04/25, initial review held 19/05/25. In timescale?", ("wd", "2025-04-22", 20, {"held": "2025-05-19"}), ["LACR1"])
R("du", "date", "2026-03-02", "LAC review 05/03/26 - SW report to IRO by?", ("d", "2026-03-05", -3), ["IROREP"])
R("ns", "date", "2027-09-06", "Hi, when does my report need to be with the IRO? The looked after review is on Thursday 9 September 2027.", ("d", "2027-09-09", -3), ["IROREP"])

# ---------------- IRO ----------------
R("in", "date", "2025-04-16", "the independent reviewing officer raised an informal challenge with me today about drift. how long have I got to sort it before it goes formal?",
  ("wd", "today", 5), ["IROCH"])
R("mg", "date", "2026-12-31", "IRO informal challenge raised 21/12/26, still unresolved. On what date does it become a formal dispute?", ("wd", "2026-12-21", 5), ["IROCH"])
R("ty", "date", "2027-05-04", "formal dispute from iro started 30/4/27 when does the whole thing have to be finished", ("wd", "2027-04-30", 20), ["IRODISP"])
R("sc", "date", "2025-08-26", "The IRO raised a formal dispute on 22/08/25 after the informal challenge from 11/08 wasn't resolved. The next LAC review is 30/09. When does the dispute process need to be completed?",
  ("wd", "2025-08-22", 20), ["IRODISP"])

# ---------------- Adoption ----------------
R("ns", "date", "2026-03-30", "Hello, a child was placed with adopters on 23 March 2026. From what date can the adopters apply for the Adoption Order?", ("w", "2026-03-23", 10), ["AD10"])
R("in", "date", "2027-03-01", "how long do the new parents have to wait before applying to court to make the adoption legal? the little one moved in with them 29/12/26",
  ("w", "2026-12-29", 10), ["AD10"])

# ---------------- Fostering ----------------
R("du", "date", "2026-12-23", "FC supervising visit 23/12, record on LCS by?", ("wd", "2026-12-23", 3), ["FCREC"])
R("mg", "date", "2025-05-12", "Supervising SW visited foster carers Fri 02/05/25, recorded on LCS 08/05/25. Within timescale?", ("wd", "2025-05-02", 3, {"held": "2025-05-08"}), ["FCREC"])
R("sc", "date", "2026-04-02", "The Strategic Lead gave permission today, 02/04/26, for a variation to the carers' terms of approval so a 13 year old sibling can stay with them. How long can the variation last - until what date?",
  ("wd", "2026-04-02", 6), ["VAR6"], amb="Unclear whether the day permission is given counts as day 1; if it does the variation ends 13/04/26.")
R("sc", "date", "2025-12-22", "Nan was temporarily approved as a connected person foster carer on 22/12/25 so her grandson (DOB 07/03/2019) could move in before Christmas. Her full assessment is due to panel 05/03/26. When does the temporary approval run out?", ("w", "2025-12-22", 16), ["TEMP16"])
R("in", "date", "2026-08-03", "we placed a child with her aunt under the emergency family and friends foster approval on 03/08/26. when does that approval run out if we don't extend it?",
  ("w", "2026-08-03", 16), ["TEMP16"])
R("sc", "date", "2027-06-01", "Auntie was given temporary approval as a connected person carer on 16/02/27. Her full assessment has slipped (panel now 12/08/27), so we are asking for the further 8 weeks. If that is agreed, what is the latest date the temporary approval can run to?",
  ("w", "2027-02-16", 24), ["TEMP16"])
R("ty", "date", "2026-02-26", "foster carers dbs was done 29/02/24 when does it need redoing", ("m", "2024-02-29", 36), ["FCDBS"],
  amb="29 Feb start: 36 months on is clamped to 28/02/27 here; a reader might roll it to 01/03/27.")
R("ns", "date", "2025-09-01", "Hi, a foster carer completed their core training on 15 September 2022. When do they need to update it?", ("m", "2022-09-15", 36), ["FCTRAIN"])

# ---------------- Case recording / file ----------------
R("ty", "date", "2027-12-20", "did a home visit mon 20/12 when does it need 2 be recorded by", ("d", "2027-12-20", 3), ["REC3"])
R("in", "date", "2026-05-19", "I had a long phone call with the child's school today - how long do I have to get it written up on the system?", ("d", "today", 3), ["REC3"])
R("ns", "date", "2025-03-04", "Hi, what's the timescale for recording a visit? I saw a family on Monday 3 March 2025.", ("d", "2025-03-03", 3), ["REC3"])
R("mg", "date", "2026-09-01", "Case file summary last updated 28/05/26 - when is the next update due?", ("m", "2026-05-28", 3), ["SUMM3"])
R("du", "date", "2027-01-25", "last C&FA authorised 10/02/26, new assessment due by?", ("m", "2026-02-10", 12), ["ASS12"])

# ================= VISITS =================
R("du", "visits", "2026-01-02", "last cp visit 19/12/25 next due?", ("w", "2025-12-19", 4), ["CPVIS"])
R("in", "visits", "2027-08-10", "when's the next home visit due for a child on a protection plan? saw her at home last tuesday", ("w", "last tuesday", 4), ["CPVIS"])
R("mg", "visits", "2026-06-15", "CP child seen at home 05/05/26 and next seen 05/06/26. Was the visit frequency compliant?", ("w", "2026-05-05", 4, {"held": "2026-06-05"}), ["CPVIS"])
R("ty", "visits", "2026-07-01", "last cin review meeting 29/5/26 when's the next one", ("w", "2026-05-29", 6), ["CINREV"])
R("mg", "visits", "2025-10-01", "CIN review meetings held 30/06/25 and 15/08/25 - was the gap compliant?", ("w", "2025-06-30", 6, {"held": "2025-08-15"}), ["CINREV"])
R("du", "visits", "2025-12-30", "cin visit 22/12/25 next by?", ("w", "2025-12-22", 6), ["CINVIS"])
R("ns", "visits", "2026-04-07", "Hi, how often do I need to visit a child on a Child in Need plan? My last home visit was on 2 April 2026 - when is the next one due?", ("w", "2026-04-02", 6), ["CINVIS"])
R("du", "visits", "2026-04-02", "LAC weekly visit done 02/04/26, 1st review not had yet - next by?", ("w", "2026-04-02", 1), ["LACWEEK"])
R("ns", "visits", "2025-12-18", "Hello, the child came into care last week and I visited on Wednesday 17 December 2025. The first review hasn't happened yet. When is my next visit due?",
  ("w", "2025-12-17", 1), ["LACWEEK"])
R("ty", "visits", "2026-05-05", "cic child had 1st lac reveiw already, last statutory visit was 30/4/26 when's next", ("w", "2026-04-30", 6), ["LAC6"])
R("sc", "visits", "2027-07-01", "She has been in care since 01/02/27 and her first LAC review was on 01/03/27; permanence isn't finalised. I last saw her at the placement on 24/06/27 and phoned her on 28/06. When is the next statutory visit due?",
  ("w", "2027-06-24", 6), ["LAC6"])
R("mg", "visits", "2026-10-01", "YP has been settled in a permanent placement since 2024 and the plan is finalised, so on 12-weekly visits. Last seen 14/09/26 - next due?", ("w", "2026-09-14", 12), ["LAC12"])
R("in", "visits", "2025-11-10", "the little boy placed with his adoptive family - first review done, order not granted yet. last visit 03/11/25, when's the next one?", ("w", "2025-11-03", 6), ["AD6"])
R("du", "visits", "2027-04-27", "adoptive placement 19/04/27, visited today, no LAC rev yet - next visit by?", ("w", "today", 1), ["ADWEEK"])
R("ty", "visits", "2025-12-29", "last visit to the foster carers was 17/11/25 when is the next supervising visit due", ("w", "2025-11-17", 6), ["FCVIS"])
R("mg", "visits", "2026-08-20", "Foster carer supervising visits 01/06/26 and 20/07/26 - compliant with 6-weekly?", ("w", "2026-06-01", 6, {"held": "2026-07-20"}), ["FCVIS"])
R("ns", "visits", "2027-03-15", "Hello, when does a foster carer's next unannounced visit have to happen? Their last one was on 30 March 2026.", ("m", "2026-03-30", 12), ["FCUNANN"])
R("sc", "visits", "2026-02-20", "The child came into care on 10/11/25. Family time arrangements were last reviewed on 02/01/26 at the LAC review and the permanence plan isn't agreed yet. Mum's birthday is 14/02. When is the next family time review due?",
  ("w", "2026-01-02", 8), ["FT8"])
R("in", "visits", "2025-10-06", "the regular check-in meetings with parents during pre-proceedings - last one was 22/09/25. what's the latest the next one can be?",
  ("w", "2025-09-22", 6), ["PLOREV"], amb="The standard says every 4-6 weeks; the outer limit of 6 weeks is used (4 weeks would give 20/10/25).")
R("du", "visits", "2026-01-12", "FC annual review last 14/01/25, next by?", ("m", "2025-01-14", 12), ["FCANN"])
R("sc", "visits", "2027-06-15", "Our foster carers' annual reviews have been chaired by an IRO since their last one went to Fostering Panel on 20/06/24. They had a review on 01/06/27 with the IRO. By when must a review go to panel again?",
  ("m", "2024-06-20", 36), ["FCPANEL"])

# ================= AGE =================
R("ns", "age", "2026-01-20", "Hi, the girl in my case was born on 3 February 2014. From what date should she be offered an advocate for her conference?", ("age", "2014-02-03", 12), ["ADVOCATE"])
R("du", "age", "2025-12-01", "dob 24/12/2013 - when does she hit 12 for the conf advocate?", ("age", "2013-12-24", 12), ["ADVOCATE"])
R("sc", "age", "2026-02-10", "Two siblings, Pip Quillfeather (DOB 29/02/2020) and Moss Quillfeather (DOB 11/06/2017). We're planning to enter PLO in March 2026. On what date does Pip turn 6, for the under-6 adoption social worker allocation?",
  ("age", "2020-02-29", 6), ["ADOPT6"])
R("in", "age", "2025-06-02", "when do we have to start the plan for leaving care for a lad born 16/12/2009?", ("age", "2009-12-16", 15, 6), ["PATHWAY"])
R("ty", "age", "2026-11-03", "yp dob 10.5.11 wen does the pathway plan need starting", ("age", "2011-05-10", 15, 6), ["PATHWAY"])
R("mg", "age", "2027-09-01", "YP DOB 29/02/2012 - the pathway plan was started 01/09/27. When should it have been started?", ("age", "2012-02-29", 15, 6, {"held": "2027-09-01"}), ["PATHWAY"])
R("in", "age", "2027-05-10", "twins born 31/05/2021 - when do they stop counting as young enough to get an adoption worker allocated if we go into pre-proceedings?", ("age", "2021-05-31", 6), ["ADOPT6"])
R("ty", "age", "2027-01-11", "my yp turns 12 soon dob 14.1.15 wen can she get an advocate for cp conf", ("age", "2015-01-14", 12), ["ADVOCATE"])

# ================= CHOICE =================
R("du", "choice", "2026-03-03", "conference was 3/3, what's next due?", ("choice", ("d", "2026-03-03", 10), ("d", "2026-03-03", 20)), ["CG1", "CIN20"])
R("ns", "choice", "2026-03-27", "Hello, I have a conference on Tuesday 7 April 2026 - when does my report need to be with the chair?",
  ("choice", ("wdb", "2026-04-07", 3), ("d", "2026-04-07", -3)), ["ICPCCHAIR", "RCPCCHAIR"])
R("ty", "choice", "2027-05-27", "placed in foster care thurs 27/5 when's the meeting due", ("choice", ("wd", "2027-05-27", 3), ("wd", "2027-05-27", 20)), ["PLMEET", "LACR1"])
R("in", "choice", "2025-12-18", "we had the first pre-proceedings meeting with the parents today - what's the next thing I have to get done and by when?",
  ("choice", ("wd", "today", 3), ("d", "today", 7)), ["FGC", "VIAB", "MINS"])
R("mg", "choice", "2026-12-21", "Supervising social worker visited the foster carers today, 21/12/26. What's the next deadline?",
  ("choice", ("wd", "2026-12-21", 3), ("w", "2026-12-21", 6)), ["FCREC", "FCVIS"])
R("sc", "choice", "2025-08-21", "The strategy discussion this morning, 21/08/25, agreed a S47 and it was initiated straight after. The child is 8 (DOB 02/09/2016) and starts a new school on 03/09. What's the next deadline?",
  ("choice", ("d", "2025-08-21", 5), ("wd", "2025-08-21", 15)), ["S47DISC", "ICPC"])
R("du", "choice", "2026-08-24", "IRO challenge 24/8 - deadline?", ("choice", ("wd", "2026-08-24", 5), ("wd", "2026-08-24", 20)), ["IROCH", "IRODISP"])
R("ty", "choice", "2027-01-05", "child placed 5/1/27 when does the plan need doin", ("choice", ("wd", "2027-01-05", 5), ("d", "2027-01-05", 10)), ["PLPLAN", "CAREPLAN"])

# ================= NONE =================
R("du", "none", "2026-01-14", "icpc today 14/1, rcpc due by?", None, ["N_RCPC"], why="the next conference date is left to the CP chair; no review conference timescale is given")
R("ns", "none", "2025-06-02", "Hi, the first LAC review was today, 2 June 2025. When is the second review due?", None, ["N_LAC2"], why="only the initial review (20 working days) is timed; no interval for later reviews")
R("mg", "none", "2027-03-01", "How often must CIN cases be supervised? Last supervision on this case was 01/02/27 - when's the next due?", None, ["N_SUP"], why="supervision frequency is left to the supervision policy")
R("ty", "none", "2026-05-05", "early help contact came in 5/5 when does the EH team leader have to decide", None, ["N_EH"], why="Level 1-3 initial decisions by an Early Help Team Leader have no timescale")
R("in", "none", "2025-11-12", "we've had the first core group, 12/11/25 - when do the following ones need to be?", None, ["N_CG"], why="only the first core group (10 days) is timed; no interval for later core groups")
R("sc", "none", "2027-02-15", "YP turned 16 on 10/02/27 and the pathway plan was started last year. The last LAC review was 01/02/27. When is the pathway plan review due?", None, ["N_PATH"],
  why="the pathway plan is reviewed as part of the statutory review, whose interval is not set")
R("du", "none", "2026-07-20", "final CPM 20/07, SHOPBA by when?", None, ["N_SHOPBA"], why="SHOPBA must be after the final care planning meeting and before the IRH paperwork; no date set")
R("ns", "none", "2025-10-08", "Hello, is there a deadline for finishing the life story book and later life letter? The adoption order was granted on 8 October 2025.", None, ["N_LIFE"], why="no timescale for the life story book or later life letter")
R("in", "none", "2026-09-21", "the meeting about a wobbly foster placement to try and keep it going - how soon must it happen? the carer rang on 21/09 saying she can't cope", None, ["N_SUPPORT"],
  why="the placement Support Meeting has no timescale")
R("mg", "none", "2027-10-04", "Child went missing 02/10/27 and returned 03/10/27. By when must the return home interview be done?", None, ["N_MISSING"], why="the standards set no return home interview timescale")
