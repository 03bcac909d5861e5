# Structured row descriptions for oracle.py.
# q placeholders: {key|format|lower}; format codes in oracle.fmt (%dd %d %mm %m %o %b %B %y %Y %a %A).
# d values: ISO dates, or "rel:yesterday" / "rel:today" / "rel:last Thursday" / "rel:on Tuesday" / "rel:the 3rd".
# calc: ("wd", key, N) | ("wdb", key, N) | ("cd", key, N) | ("cdb", key, N) | ("wk", key, N) | ("mo", key, N)
#       | ("same", key) | ("age", key, years, months).  Key "h" = the date something actually happened (manager rows).

# ---- verbatim phrases from /work/shared/source/practice-standards.txt ----
P_CONTACT = "All contacts will be screened for consent and decisions made by what action are required by a Team Leader within 1 working day"
P_INITDEC = "Initial decisions will be made about the action required within 1 working day by social work Team Leader"
P_REFACT = "Referrals will be actioned by a social worker within 1 working day"
P_S47SEEN = "the child / children will be seen by the Social Worker the same day"
P_S47_5 = "Within 5 days of the Section 47 being initiated"
P_ALLOC = "All cases will be allocated to a social worker to complete a Child and Family Assessment within 3 working days"
P_TLREV = "All assessments will be reviewed by the Team Leader within 15 working days"
P_45 = "Assessments must all be completed within 45 days"
P_STRAT = "a strategy discussion is required, this must happen within 1 working day"
P_STRAT24 = "A strategy discussion within 24 hours involving all relevant agencies"
P_NOTICE = "will notify the Neighbourhood Team via email, giving at least 5 days\u2019 notice"
P_JOINT = "Within the 5 days\u2019 notice period, the Children\u2019s First Response Social Worker and the allocated Neighbourhood Team Social Worker will complete a joint visit"
P_ICPC = "the Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion"
P_FAMREP = "The report will be shared with family at least 3 the days prior to conference"
P_CHAIRREP = "The report will be sent to the child protection chair 3 working days before the conference"
P_ADVOC = "if they are 12 or over they should be offered an advocate to support them to attend the conference"
P_CORE = "held within 10 days of the conference and is used to put detail on the outline CP plan"
P_CPVISIT = "Visits to a child subject to a CP plan will take place at least every 4 weeks"
P_RCPC_PAR = "This report must be shared with parents at least 3 days prior to the review conference"
P_RCPC_CHAIR = "The report will be available to the conference chair at least 3 days prior to the review conference"
P_12M = "when they have been subject to a plan for 12 months"
P_PLO1 = "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter"
P_FGC = "Referral should be made within 3 working days of the first PLO meeting"
P_VIAB = "Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting"
P_MIN = "to be distributed to parents and their legal representation within 7 days of the meeting"
P_PLOREV = "Review PLO meetings with parents to be held every 4-6 weeks"
P_12W = "A review legal planning meeting will be held at 12 weeks"
P_16W = "a Legal Gateway meeting will be convened at 16 weeks with Strategic Lead oversight"
P_4W = "In exceptional circumstances a further period of 4 weeks will be agreed in PLO"
P_DEPLAN = "will set the first CIN meeting within 20 days"
P_CINTRANS = "When a case transfers from Trafford Childrens First Response the initial CIN meeting must take place within 10 days"
P_CINREV = "CIN review meetings will be held at least every 6 weeks"
P_CINVIS = "A child subject to a CIN plan will be seen at least every 6 weeks"
P_EMERG = "If it is an emergency / unplanned admission the assessment will be completed within 20 working days"
P_VIS1 = "The child will be visited within 1 working day of coming into care or having a change in placement"
P_VIS1B = "All looked after children will be seen within 1 working day of placement"
P_PLMEET = "The placement meeting will be held within 3 working days"
P_PLPLAN = "an updated copy given to the carers within 5 working days of the placement beginning"
P_FT = "reviewed at least every 8 week until the plan for permanence is agreed"
P_PACK = "The child will be provided with a coming into care pack, children rights leaflet within 3 weeks"
P_LEGAL = "All other professionals involved with the child will be informed of the child\u2019s legal status within 5 working days"
P_IHA = "An initial health assessment will be requested and carried out within 20 working days"
P_PEP = "A PEP meeting will be arranged within the school within 20 days"
P_LACWEEK = "Statutory looked after visits must happen weekly until the first looked after review"
P_LAC6 = "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised"
P_LAC12 = "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement"
P_CAREPLAN = "An up to date care plan will be recorded on the electronic system within 10 days of placement"
P_LAR = "The initial Looked After Review must take place within 20 working days of the child becoming looked after"
P_PATH = "A pathway plan will be started when the young person is 15 years 6 months"
P_IROREP = "this will be with the IRO 3 days before the review"
P_INFORMAL = "If the challenge is not resolved within 5 working days a formal dispute will be raised"
P_FORMAL = "The formal dispute resolution process should be completed from start to finish within 20 working days"
P_ADOPT6 = "If a child under the age of 6 enters PLO or proceedings"
P_ADOPTWEEK = "Once the child is placed weekly statutory visits will take place until the first Looked After Review"
P_ADOPT6W = "then visits will be a minimum of 6 weekly until the Adoption Order is Granted"
P_ADOPT10 = "Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order"
P_FCVIS = "Trafford foster carers are visited at least once every six weeks"
P_FCREC = "a record of this visit is recorded on LCS within 3 working days"
P_UNANN = "All Trafford foster carers will have an unannounced visit at least once every 12 months"
P_ANNREV = "All Trafford foster carers will have an annual review including an updated Safer Caring Policy"
P_PANEL3 = "Every foster carer will have an annual review presented to the Fostering Panel at least every three years"
P_DBS = "All foster carers will have updated statutory references, medicals and DBS checks at least every three years"
P_TRAIN = "All Trafford foster carers must update their core training at least every three years"
P_VAR = "This can only be given for up to 6 working days"
P_TEMP = "Temporary approval is for 16 weeks but can be extended for a further 8 weeks"
P_REC = "any event or contact is recorded within 3 days"
P_SUMM = "A clear and concise case file summary which has been updated within the last 3 months"
P_ASSESS12 = "An up to date assessment (within the last 12 months) on each child"
# phrases for `none` rows: the sentence that mentions the thing but sets no timescale
N_NEXTCONF = "The child protection chair will set the date of the next conference"
N_CORE = "outcomes expected are reviewed at every core group and progress recorded"
N_SUPER = "The progress of the CIN plan should be monitored through supervision which takes place in line with the supervision policy"
N_EH = "Initial decisions will be made about the action required by an Early Help Team Leader"
N_LAC2 = "a new LAC review will be set in accordance with the timescales"
N_PERM2 = "At the point of the second review (if not in proceedings) the child must have a permanency plan"
N_SHOPBA = "This needs to take place after the area teams final care planning meeting"
N_IROCONT = "The IRO will contact the child between reviews to ensure the progress of the plan"
N_LLL = "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child"
N_STRATREC = "the plan for the enquiries and decisions recorded and a record sent to all participating professionals"
N_MISSING = "The risk of going missing and child sexual exploitation will be considered and risk assessed"

A_45 = "Working Together's statutory timescale is 45 working days; the standard says '45 days', read here as calendar days."
A_STRAT = "The S47 section also says a strategy discussion 'within 24 hours', which would give the next calendar day rather than the next working day."
A_PLOSTART = "'At 12/16 weeks' does not say from which event; counted here from the stated start, but it could be counted from the PLO letter or the first PLO meeting."
A_PEP = "'Within 20 days' does not say from which event (becoming looked after is assumed) or whether school days are meant."


def R(voice, kind, q, today, d=None, calc=None, ph=None, amb=None, why=None, note=None):
    return dict(voice=voice, kind=kind, q=q, today=today, d=d or {}, calc=calc, ph=ph, amb=amb, why=why, note=note)


ROWS = [
    # ------------------------------------------------------------ Front Door
    R("duty", "date", "contact in {s|%dd/%mm}, TL decision needed by when?", "2025-12-24",
      {"s": "2025-12-24"}, ("wd", "s", 1), [P_CONTACT]),
    R("newstarter", "date", "Hi, sorry if this is a basic question \u2013 a contact came through to the front door on {s|%A %o %B} (the Friday before the bank holiday). By when does the Team Leader need to have made a decision on it?", "2026-05-22",
      {"s": "2026-05-22"}, ("wd", "s", 1), [P_CONTACT]),
    R("manager", "date", "Contact received {s|%dd/%mm/%y}, TL decision recorded {h|%dd/%mm}. In timescale?", "2027-04-06",
      {"s": "2027-03-25", "h": "2027-03-30"}, ("wd", "s", 1), [P_CONTACT]),
    R("typos", "date", "level 4 referal came in {s|%o %B|lower} whats the deadline for the initial decision by tl", "2025-08-22",
      {"s": "2025-08-22"}, ("wd", "s", 1), [P_INITDEC]),
    R("indirect", "date", "A school rang worried about a child and it's been judged to be at the child protection level. The call came in on Christmas Eve. By when does the team leader have to decide what we're doing?", "2026-12-24",
      {"s": "2026-12-24"}, ("wd", "s", 1), [P_INITDEC]),
    R("scenario", "date", "Referral came in from the health visitor on {s|%A %o %B} about a 3 month old (DOB {x|%dd/%mm/%y}). It's been passed to me as the SW. By when does it need actioning?", "2026-04-02",
      {"s": "2026-04-02", "x": "2026-01-05"}, ("wd", "s", 1), [P_REFACT]),
    R("scenario", "date", "School referral received {s|%A %o %B} about a 7 year old with bruising. His sister was referred on {x|%dd/%mm} and that was NFA. I'm the SW picking it up \u2013 by when does it need actioning?", "2027-05-28",
      {"s": "2027-05-28", "x": "2027-03-11"}, ("wd", "s", 1), [P_REFACT]),
    R("newstarter", "date", "If a referral comes in for a Section 47 enquiry on {s|%A %o %B}, when does the child need to be seen by? Is it the same day or do we get a working day?", "2025-12-31",
      {"s": "2025-12-31"}, ("same", "s"), [P_S47SEEN]),
    R("indirect", "date", "We've just had the decision that this referral needs a full child protection investigation, agreed today. How long have I got to go and see the kids?", "2027-08-27",
      {"s": "rel:today"}, ("same", "s"), [P_S47SEEN]),
    R("duty", "date", "s47 initiated {s|%dd/%mm/%y} - progress discussion w/ manager due?", "2025-12-22",
      {"s": "2025-12-22"}, ("cd", "s", 5), [P_S47_5]),
    R("typos", "date", "s47 started on the 3rd when do i need to have the progress chat with my manager", "2026-04-07",
      {"s": "rel:the 3rd"}, ("cd", "s", 5), [P_S47_5]),
    R("manager", "date", "Section 47 initiated {s|%o %b}, SW/manager progress discussion held {h|%o %b}. Within the 5 days?", "2027-02-05",
      {"s": "2027-01-29", "h": "2027-02-04"}, ("cd", "s", 5), [P_S47_5]),
    R("indirect", "date", "Once the front door decides a family needs a full assessment, how quickly does it have to be given to a worker? That decision was made on {s|%A %o %B}.", "2026-08-27",
      {"s": "2026-08-27"}, ("wd", "s", 3), [P_ALLOC]),
    R("newstarter", "date", "Hello! Could someone tell me the timescale for allocating a case for a Child and Family Assessment? Ours came through on {s|%dd/%mm/%Y} and I'm not sure when it should be allocated by.", "2025-04-17",
      {"s": "2025-04-16"}, ("wd", "s", 3), [P_ALLOC]),
    R("duty", "date", "C&F needs allocating, came in yesterday, by?", "2027-12-24",
      {"s": "rel:yesterday"}, ("wd", "s", 3), [P_ALLOC]),
    R("typos", "date", "assesment started {s|%d/%m/%y} when does tl have to review it", "2025-12-16",
      {"s": "2025-12-15"}, ("wd", "s", 15), [P_TLREV]),
    R("manager", "date", "C&FA commenced {s|%dd/%mm}, TL review recorded {h|%dd/%mm}. Was the TL review in timescale?", "2026-04-28",
      {"s": "2026-04-01", "h": "2026-04-23"}, ("wd", "s", 15), [P_TLREV]),
    R("scenario", "date", "Strat was on {x|%dd/%mm} and the C&F assessment itself was opened on {s|%A %o %B}. Mum has a hearing on {y|%dd/%mm}. When does my TL have to have reviewed the assessment by?", "2027-05-24",
      {"s": "2027-05-20", "x": "2027-05-18", "y": "2027-06-03"}, ("wd", "s", 15), [P_TLREV]),
    R("duty", "date", "C&FA start {s|%dd/%mm/%y}, 45 day deadline?", "2025-11-21",
      {"s": "2025-11-20"}, ("cd", "s", 45), [P_45], amb=A_45),
    R("indirect", "date", "How long have I got to finish the whole assessment of the family's needs? I opened it on {s|%o %B}.", "2026-03-10",
      {"s": "2026-03-02"}, ("cd", "s", 45), [P_45], amb=A_45),
    R("typos", "date", "when is my c&f due if i startd it {s|%o %B|lower}", "2027-05-24",
      {"s": "2027-05-21"}, ("cd", "s", 45), [P_45], amb=A_45),
    R("scenario", "date", "Mum first rang us on {x|%dd/%mm} but the C&F assessment only started on {s|%A %dd/%mm/%y} after the strat. Dad's DOB is {y|%dd/%mm/%y}. When does the assessment have to be completed?", "2025-07-15",
      {"s": "2025-07-14", "x": "2025-07-09", "y": "1991-03-02"}, ("cd", "s", 45), [P_45], amb=A_45),
    R("manager", "date", "Mgmt decision for strat made {s|%dd/%mm}, strat held {h|%dd/%mm}. In timescale?", "2027-01-04",
      {"s": "2026-12-24", "h": "2026-12-29"}, ("wd", "s", 1), [P_STRAT], amb=A_STRAT),
    R("duty", "date", "TL says strat needed, decision made today, latest the strat can be?", "2025-05-02",
      {"s": "rel:today"}, ("wd", "s", 1), [P_STRAT], amb=A_STRAT),
    R("indirect", "date", "My manager decided we need to get police and health round the table to talk through the risks. She made that call on Friday. When does that discussion have to happen by?", "2027-08-31",
      {"s": "rel:on Friday"}, ("wd", "s", 1), [P_STRAT], amb=A_STRAT),
    R("scenario", "date", "C&FA finished and it's stepping to CIN with the neighbourhood team. I emailed them the transfer notification on {s|%A %o %b}; the youngest's birthday is {x|%dd/%mm}. What's the latest the joint visit with the new worker can be?", "2026-12-23",
      {"s": "2026-12-23", "x": "2026-12-30"}, ("cd", "s", 5), [P_JOINT]),
    R("newstarter", "date", "If we notify the Neighbourhood Team by email on {s|%dd/%mm/%Y} that a case is transferring to them, what's the earliest date the case can actually move across?", "2027-04-20",
      {"s": "2027-04-20"}, ("cd", "s", 5), [P_NOTICE],
      amb="'At least 5 days' notice' could be read as transfer on the 5th day after the email (used here) or only from the day after that."),
    # ------------------------------------------------------------ S47 / ICPC
    R("duty", "date", "strat was {s|%dd/%mm/%y}, when's the ICPC?", "2025-12-22",
      {"s": "2025-12-19"}, ("wd", "s", 15), [P_ICPC]),
    R("typos", "date", "strat was on {s|%d.%m.%y} wen does icpc need to be by", "2026-03-26",
      {"s": "2026-03-25"}, ("wd", "s", 15), [P_ICPC]),
    R("manager", "date", "ICPC was held {h|%dd/%mm}, strat {s|%dd/%mm}, was that in timescale?", "2027-01-15",
      {"s": "2026-12-18", "h": "2027-01-13"}, ("wd", "s", 15), [P_ICPC]),
    R("indirect", "date", "The police and us first talked it all through on {s|%A %o %B}. How long have we got to get everyone together with the family to decide whether the child needs a protection plan?", "2027-05-27",
      {"s": "2027-05-26"}, ("wd", "s", 15), [P_ICPC]),
    R("scenario", "date", "Referral came in {x|%dd/%mm}, strategy discussion was the next day, {s|%dd/%mm/%y}, and the little one's DOB is {y|%dd/%mm/%y}. Police are still doing their bit. When must the initial conference be held by?", "2025-08-26",
      {"s": "2025-08-21", "x": "2025-08-20", "y": "2023-06-14"}, ("wd", "s", 15), [P_ICPC]),
    R("newstarter", "date", "Sorry, I'm new \u2013 the initial strategy discussion was last Thursday. What's the deadline for the Initial Child Protection Conference?", "2026-05-05",
      {"s": "rel:last Thursday"}, ("wd", "s", 15), [P_ICPC]),
    R("scenario", "date", "Referral on {x|%dd/%mm}, strategy discussion {s|%A %dd/%mm}, S47 outcome agreed {y|%dd/%mm} and it's going to ICPC. Family want to know roughly when it will be. What's the latest date it can be held?", "2026-12-16",
      {"s": "2026-12-10", "x": "2026-12-09", "y": "2026-12-15"}, ("wd", "s", 15), [P_ICPC]),
    R("duty", "date", "ICPC {s|%dd/%mm} - report to family by?", "2025-12-30",
      {"s": "2026-01-05"}, ("cdb", "s", 3), [P_FAMREP]),
    R("indirect", "date", "We've got the first child protection meeting on {s|%A %o %B}. What's the latest I can go through my report with mum and dad?", "2025-04-16",
      {"s": "2025-04-25"}, ("cdb", "s", 3), [P_FAMREP]),
    R("newstarter", "date", "Could you tell me when my ICPC report has to be with the child protection chair? Conference is on {s|%A %o %B %Y}.", "2026-03-27",
      {"s": "2026-04-08"}, ("wdb", "s", 3), [P_CHAIRREP]),
    R("typos", "date", "icpc is {s|%o %b|lower} when does report go to chair", "2026-12-21",
      {"s": "2027-01-04"}, ("wdb", "s", 3), [P_CHAIRREP]),
    R("manager", "date", "ICPC {s|%dd/%mm/%y}, signed-off report reached the chair {h|%dd/%mm}. Compliant?", "2025-06-03",
      {"s": "2025-06-02", "h": "2025-05-29"}, ("wdb", "s", 3), [P_CHAIRREP]),
    # ------------------------------------------------------------ CP plans
    R("duty", "date", "ICPC {s|%d/%m}, 1st CG by?", "2025-12-18",
      {"s": "2025-12-18"}, ("cd", "s", 10), [P_CORE]),
    R("typos", "date", "child made subject to a cp plan at confrence on {s|%o %B|lower}, whens the first core group", "2026-08-25",
      {"s": "2026-08-24"}, ("cd", "s", 10), [P_CORE]),
    R("indirect", "date", "After the meeting where everyone agreed the protection plan ({s|%A %o %B}), how soon do the family and professionals have to get together to put the detail on the plan?", "2027-03-24",
      {"s": "2027-03-23"}, ("cd", "s", 10), [P_CORE]),
    R("manager", "date", "ICPC {s|%dd/%mm/%y}, first core group {h|%dd/%mm}. In timescale?", "2025-06-04",
      {"s": "2025-05-20", "h": "2025-06-02"}, ("cd", "s", 10), [P_CORE]),
    R("scenario", "date", "RCPC booked for {s|%A %o %B}. Mum's asked when she'll get to see the report \u2013 I last saw her on {x|%dd/%mm}. What's the latest the plan update has to be shared with the parents?", "2026-05-20",
      {"s": "2026-06-01", "x": "2026-05-14"}, ("cdb", "s", 3), [P_RCPC_PAR]),
    R("newstarter", "date", "For a review child protection conference on {s|%dd/%mm/%Y}, when does my report need to be available to the conference chair?", "2026-12-22",
      {"s": "2027-01-07"}, ("cdb", "s", 3), [P_RCPC_CHAIR]),
    R("duty", "date", "RCPC {s|%d/%m}, report to parents by?", "2025-08-20",
      {"s": "2025-08-29"}, ("cdb", "s", 3), [P_RCPC_PAR]),
    R("manager", "date", "Child subject to CP plan since {s|%dd/%mm/%y}. Not ready to de-plan. On what date does the 12-month point fall for the professional thinking time meeting?", "2026-01-15",
      {"s": "2025-02-27"}, ("mo", "s", 12), [P_12M]),
    R("indirect", "date", "A little one has been on a protection plan since {s|%o %B %Y} and things aren't shifting. On what date do we hit the point where we're meant to hold the professionals' 'thinking time' meeting?", "2026-12-01",
      {"s": "2026-01-31"}, ("mo", "s", 12), [P_12M]),
    # ------------------------------------------------------------ PLO
    R("indirect", "date", "The letter that starts pre-proceedings went out dated {s|%A %o %B}. When's the latest the first meeting with the parents and their solicitor can be?", "2025-12-19",
      {"s": "2025-12-19"}, ("cd", "s", 10), [P_PLO1]),
    R("scenario", "date", "The PLO letter to both parents is dated {s|%dd/%mm/%y}. Dad's solicitor says he's away until {x|%dd/%mm}; mum's solicitor is fine with any date. What's the latest the first PLO meeting should be held?", "2026-05-21",
      {"s": "2026-05-21", "x": "2026-06-05"}, ("cd", "s", 10), [P_PLO1]),
    R("typos", "date", "plo letter went out {s|%d/%m} when hav we got to have the first meeting by", "2027-03-22",
      {"s": "2027-03-19"}, ("cd", "s", 10), [P_PLO1]),
    R("newstarter", "date", "We had the first PLO meeting on {s|%A %o %B}. The parents have agreed to a family group conference \u2013 by when should the referral be made?", "2026-12-23",
      {"s": "2026-12-22"}, ("wd", "s", 3), [P_FGC]),
    R("scenario", "date", "First PLO meeting was {s|%dd/%mm}. Dad didn't turn up but mum agreed to an FGC; the review PLO is pencilled in for {x|%dd/%mm}. When does the FGC referral have to go in?", "2025-04-17",
      {"s": "2025-04-17", "x": "2025-05-22"}, ("wd", "s", 3), [P_FGC]),
    R("duty", "date", "1st PLO mtg {s|%d/%m/%y}, gran put forward - viability request to FPT by?", "2027-05-28",
      {"s": "2027-05-28"}, ("wd", "s", 3), [P_VIAB]),
    R("indirect", "date", "At the first pre-proceedings meeting on {s|%o %B} mum named her sister as someone who could take the kids. How long have I got to ask the placement team to screen the aunt?", "2025-08-22",
      {"s": "2025-08-22"}, ("wd", "s", 3), [P_VIAB]),
    R("typos", "date", "plo meting was yesterday when do the minutes have to go to parents and there solicitors", "2026-04-01",
      {"s": "rel:yesterday"}, ("cd", "s", 7), [P_MIN]),
    R("manager", "date", "PLO meeting {s|%dd/%mm}, minutes sent to parents/solicitors {h|%dd/%mm}. Within timescale?", "2027-12-31",
      {"s": "2027-12-21", "h": "2027-12-30"}, ("cd", "s", 7), [P_MIN]),
    R("manager", "date", "PLO letter dated {s|%dd/%mm/%y}. When is the 12-week review legal planning meeting due?", "2026-03-01",
      {"s": "2026-02-09"}, ("wk", "s", 12), [P_12W], amb=A_PLOSTART),
    R("newstarter", "date", "Hi, our case went into PLO with the first PLO meeting on {s|%dd/%mm/%Y}. When would the review legal planning meeting at 12 weeks fall?", "2025-11-10",
      {"s": "2025-10-03"}, ("wk", "s", 12), [P_12W], amb=A_PLOSTART),
    R("duty", "date", "PLO start {s|%dd/%mm/%y} (letter), 16wk gateway date?", "2027-03-01",
      {"s": "2027-01-11"}, ("wk", "s", 16), [P_16W], amb=A_PLOSTART),
    R("scenario", "date", "We're in PLO: letter dated {s|%dd/%mm/%y}, first meeting {x|%dd/%mm}, 12-week review on {y|%dd/%mm} and threshold is still met. Counting from the letter, when does the 16-week Legal Gateway fall if it's still in PLO?", "2025-08-28",
      {"s": "2025-06-02", "x": "2025-06-10", "y": "2025-08-26"}, ("wk", "s", 16), [P_16W]),
    R("manager", "date", "Review legal planning meeting on {s|%dd/%mm} agreed an exceptional further 4 weeks in PLO. End date of the extension?", "2026-08-28",
      {"s": "2026-08-27"}, ("wk", "s", 4), [P_4W],
      amb="The extra 4 weeks is counted from the review legal planning meeting; it could be read as running from the end of the 12-week period."),
    # ------------------------------------------------------------ CIN
    R("scenario", "date", "RCPC on {s|%dd/%mm} and both kids came off their plans. Mum's birthday was {x|%dd/%mm} so she wasn't keen on a meeting that week. The chair did an outline CIN plan \u2013 when's the latest the first CIN meeting can be?", "2025-12-09",
      {"s": "2025-12-08", "x": "2025-12-11"}, ("cd", "s", 20), [P_DEPLAN]),
    R("indirect", "date", "The conference decided the children don't need a protection plan any more and they'll be supported as children in need instead. That was on Tuesday. What's the deadline for the first meeting under the new plan?", "2026-04-10",
      {"s": "rel:on Tuesday"}, ("cd", "s", 20), [P_DEPLAN]),
    R("scenario", "date", "Family transferred to us from CFR on {s|%A %o %B}. Their assessment was completed on {x|%dd/%mm} and the joint visit was on {y|%dd/%mm}. The initial CIN meeting needs to be by when?", "2027-08-24",
      {"s": "2027-08-23", "x": "2027-08-16", "y": "2027-08-20"}, ("cd", "s", 10), [P_CINTRANS]),
    R("newstarter", "date", "A case has just transferred to our Neighbourhood Team from Children's First Response \u2013 it came over on {s|%A %o %B %Y}. When should the initial Child in Need meeting take place by?", "2026-12-21",
      {"s": "2026-12-21"}, ("cd", "s", 10), [P_CINTRANS]),
    R("typos", "date", "case transfered from first response on {s|%d.%m.%y} when is the inital cin meeting due", "2025-05-06",
      {"s": "2025-05-02"}, ("cd", "s", 10), [P_CINTRANS]),
    # ------------------------------------------------------------ Children in care
    R("scenario", "date", "Police protection on {s|%A %dd/%mm}, baby (DOB {x|%dd/%mm/%y}) came into care as an emergency and is now with foster carers. When must the assessment of her needs be completed?", "2025-12-15",
      {"s": "2025-12-12", "x": "2025-10-30"}, ("wd", "s", 20), [P_EMERG]),
    R("manager", "date", "Unplanned admission {s|%dd/%mm/%y}, assessment authorised {h|%dd/%mm}. In timescale?", "2027-04-20",
      {"s": "2027-03-15", "h": "2027-04-16"}, ("wd", "s", 20), [P_EMERG]),
    R("duty", "date", "child came into care {s|%dd/%mm}, 1st visit by?", "2026-04-02",
      {"s": "2026-04-02"}, ("wd", "s", 1), [P_VIS1, P_VIS1B]),
    R("indirect", "date", "A young person moved from one foster home to another on {s|%A %o %B}. How soon do I need to go and see him in the new place?", "2025-08-22",
      {"s": "2025-08-22"}, ("wd", "s", 1), [P_VIS1]),
    R("newstarter", "date", "Hello \u2013 a child I'm working with became looked after yesterday evening. What's the timescale for me to visit?", "2027-12-24",
      {"s": "rel:yesterday"}, ("wd", "s", 1), [P_VIS1, P_VIS1B]),
    R("typos", "date", "placment started {s|%o %b|lower} when has the placement meeting gotta be", "2025-12-23",
      {"s": "2025-12-23"}, ("wd", "s", 3), [P_PLMEET]),
    R("duty", "date", "placed {s|%d/%m/%y}, placement mtg by?", "2026-05-01",
      {"s": "2026-05-01"}, ("wd", "s", 3), [P_PLMEET]),
    R("scenario", "date", "Sibling group placed together with new carers on {s|%A %o %B}. Their previous placement ended on {x|%dd/%mm} after a support meeting on {y|%dd/%mm}. When does the placement meeting have to be held?", "2027-12-22",
      {"s": "2027-12-22", "x": "2027-12-21", "y": "2027-12-14"}, ("wd", "s", 3), [P_PLMEET]),
    R("newstarter", "date", "When does the updated placement plan need to be given to the carers? The placement started on {s|%dd/%mm/%Y}.", "2026-08-27",
      {"s": "2026-08-26"}, ("wd", "s", 5), [P_PLPLAN]),
    R("manager", "date", "Placement began {s|%dd/%mm/%y}, updated placement plan copy to carers {h|%dd/%mm}. Within timescale?", "2025-04-30",
      {"s": "2025-04-15", "h": "2025-04-24"}, ("wd", "s", 5), [P_PLPLAN]),
    R("typos", "date", "child came into care {s|%d/%m} when do they need there coming into care pack by", "2026-12-18",
      {"s": "2026-12-17"}, ("wk", "s", 3), [P_PACK]),
    R("indirect", "date", "A teenager started being looked after by us on {s|%o %B}. By when does she have to have been given the welcome pack and the leaflet about her rights?", "2027-05-13",
      {"s": "2027-05-12"}, ("wk", "s", 3), [P_PACK]),
    R("duty", "date", "LAC from {s|%dd/%mm/%y} - inform profs of legal status by?", "2025-12-24",
      {"s": "2025-12-24"}, ("wd", "s", 5), [P_LEGAL]),
    R("scenario", "date", "Interim care order granted {s|%dd/%mm} and he became looked after that afternoon. Mum's next court date is {x|%dd/%mm}. School and GP don't know yet \u2013 when do all the professionals need to be told about his legal status?", "2027-03-25",
      {"s": "2027-03-24", "x": "2027-04-21"}, ("wd", "s", 5), [P_LEGAL]),
    R("newstarter", "date", "What's the deadline for the initial health assessment? The child became looked after on {s|%A %o %B %Y}.", "2026-03-31",
      {"s": "2026-03-30"}, ("wd", "s", 20), [P_IHA]),
    R("typos", "date", "IHA for a kid who came into care on {s|%d.%m.%y} when is it due", "2025-05-20",
      {"s": "2025-05-19"}, ("wd", "s", 20), [P_IHA]),
    R("scenario", "date", "Year 4 boy came into care on {s|%dd/%mm/%y}, just before the new term starts on {x|%dd/%mm}. His school want to know when the PEP meeting has to be arranged by.", "2025-08-21",
      {"s": "2025-08-20", "x": "2025-09-03"}, ("cd", "s", 20), [P_PEP], amb=A_PEP),
    R("indirect", "date", "His school has asked when the meeting about his education plan as a child in care has to happen. He came into our care on {s|%o %B %Y}.", "2027-01-06",
      {"s": "2027-01-05"}, ("cd", "s", 20), [P_PEP], amb=A_PEP),
    R("manager", "date", "Placement {s|%dd/%mm/%y}, care plan recorded on the system {h|%dd/%mm/%y}. Within timescale?", "2027-01-04",
      {"s": "2026-12-18", "h": "2026-12-29"}, ("cd", "s", 10), [P_CAREPLAN]),
    R("typos", "date", "careplan needs to be on lcs by when? placed {s|%d/%m/%y}", "2025-04-14",
      {"s": "2025-04-11"}, ("cd", "s", 10), [P_CAREPLAN]),
    R("duty", "date", "LAC {s|%dd/%mm/%y}, ILAR by?", "2025-12-02",
      {"s": "2025-12-01"}, ("wd", "s", 20), [P_LAR]),
    R("scenario", "date", "He was accommodated under s20 on {s|%A %o %B}, the day after his 9th birthday ({x|%dd/%mm}). His placement then moved on {y|%dd/%mm}. When does the first LAC review have to be held by?", "2026-05-07",
      {"s": "2026-04-20", "x": "2026-04-19", "y": "2026-05-06"}, ("wd", "s", 20), [P_LAR]),
    R("newstarter", "date", "If a child became looked after on {s|%A %o %B}, by what date does the initial Looked After Review need to take place?", "2027-08-17",
      {"s": "2027-08-16"}, ("wd", "s", 20), [P_LAR]),
    R("manager", "date", "Became LAC {s|%dd/%mm/%y}; initial LAC review held {h|%dd/%mm}. In timescale?", "2027-04-12",
      {"s": "2027-03-10", "h": "2027-04-08"}, ("wd", "s", 20), [P_LAR]),
    R("indirect", "date", "The next meeting to review his care is on {s|%A %o %B}. When do I need my written report to be with his reviewing officer?", "2025-12-22",
      {"s": "2026-01-05"}, ("cdb", "s", 3), [P_IROREP]),
    R("duty", "date", "LAC review {s|%d/%m}, SW report to IRO by?", "2025-05-19",
      {"s": "2025-05-30"}, ("cdb", "s", 3), [P_IROREP]),
    # ------------------------------------------------------------ IRO
    R("newstarter", "date", "Our IRO raised an informal challenge about drift on {s|%dd/%mm/%Y}. How long do we have to resolve it before it becomes a formal dispute?", "2026-12-22",
      {"s": "2026-12-21"}, ("wd", "s", 5), [P_INFORMAL]),
    R("manager", "date", "IRO informal challenge raised {s|%dd/%mm}, still unresolved. On what date does it become a formal dispute?", "2025-05-28",
      {"s": "2025-05-22"}, ("wd", "s", 5), [P_INFORMAL]),
    R("scenario", "date", "The IRO raised an informal challenge on {x|%dd/%mm} about drift in permanence planning. It wasn't resolved, so the formal dispute started on {s|%dd/%mm/%y}. When must the formal process be finished?", "2027-12-14",
      {"s": "2027-12-13", "x": "2027-12-06"}, ("wd", "s", 20), [P_FORMAL]),
    R("indirect", "date", "The reviewing officer has gone formal with their disagreement about the care plan \u2013 that process started on Monday. When should it be done and dusted from start to finish?", "2026-03-26",
      {"s": "rel:on Monday"}, ("wd", "s", 20), [P_FORMAL]),
    # ------------------------------------------------------------ Adoption
    R("scenario", "date", "She was placed with her adopters on {s|%dd/%mm/%y}; the Placement Order was made on {x|%dd/%mm/%y}. The adopters are asking from what date they can apply for the Adoption Order.", "2025-11-01",
      {"s": "2025-10-20", "x": "2025-06-12"}, ("wk", "s", 10), [P_ADOPT10]),
    R("typos", "date", "adopters have had her since {s|%o %B|lower}, when can they apply for the adoption order", "2026-03-10",
      {"s": "2026-02-20"}, ("wk", "s", 10), [P_ADOPT10]),
    R("newstarter", "date", "How long does a child need to have been placed with adopters before they can apply for an Adoption Order? Ours was placed on {s|%dd/%mm/%Y} \u2013 what date would that be?", "2027-06-22",
      {"s": "2027-06-21"}, ("wk", "s", 10), [P_ADOPT10]),
    # ------------------------------------------------------------ Fostering
    R("newstarter", "date", "I visited one of my foster carers on {s|%A %o %B} as their supervising social worker. When does my record of the visit need to be on LCS?", "2026-12-23",
      {"s": "2026-12-23"}, ("wd", "s", 3), [P_FCREC]),
    R("typos", "date", "did my foster carer visit on {s|%d.%m} whens the recording due", "2025-04-17",
      {"s": "2025-04-17"}, ("wd", "s", 3), [P_FCREC]),
    R("manager", "date", "SSW visit to carers {s|%dd/%mm/%y}, recorded on LCS {h|%dd/%mm}. Compliant?", "2027-06-07",
      {"s": "2027-05-27", "h": "2027-06-03"}, ("wd", "s", 3), [P_FCREC]),
    R("newstarter", "date", "The Strategic Lead gave permission on {s|%A %o %B} for a child to be placed outside a carer's terms of approval (a variation). How long does that last \u2013 until what date?", "2026-08-27",
      {"s": "2026-08-27"}, ("wd", "s", 6), [P_VAR],
      amb="'Up to 6 working days' could be read with the day permission is given as day 1, which would end one working day earlier."),
    R("indirect", "date", "We've put a 14-year-old with carers who are only approved for under-10s as a stopgap; the OK from the strategic lead came yesterday. What's the last day that permission covers?", "2025-12-23",
      {"s": "rel:yesterday"}, ("wd", "s", 6), [P_VAR],
      amb="'Up to 6 working days' could be read with the day permission is given as day 1, which would end one working day earlier."),
    R("duty", "date", "connected carer temp approval from {s|%dd/%mm/%y}, expires? (no extension)", "2025-09-02",
      {"s": "2025-09-01"}, ("wk", "s", 16), [P_TEMP]),
    R("scenario", "date", "Nan was temporarily approved as a connected carer on {s|%dd/%mm/%y} and the baby moved in the same day. Her full assessment went to panel on {x|%dd/%mm} but was deferred, and the further 8 weeks extension was agreed. When does the temporary approval run out now?", "2026-04-20",
      {"s": "2026-01-05", "x": "2026-04-16"}, ("wk", "s", 24, " (16 + 8 extension)"), [P_TEMP]),
    R("manager", "date", "Temporary approval of connected person started {s|%dd/%mm/%y}. Panel hasn't sat yet \u2013 on what date do the 16 weeks end?", "2027-04-01",
      {"s": "2027-01-15"}, ("wk", "s", 16), [P_TEMP]),
    # ------------------------------------------------------------ Case recording
    R("typos", "date", "did a home visit yesterday how long have i got to write it up", "2026-12-24",
      {"s": "rel:yesterday"}, ("cd", "s", 3), [P_REC]),
    R("duty", "date", "phone contact w/ dad {s|%dd/%mm}, case note due by?", "2025-05-23",
      {"s": "2025-05-23"}, ("cd", "s", 3), [P_REC]),
    R("manager", "date", "Visit {s|%dd/%mm/%y}, case note entered {h|%dd/%mm}. Within the recording timescale?", "2027-09-01",
      {"s": "2027-08-26", "h": "2027-08-31"}, ("cd", "s", 3), [P_REC]),
    # ------------------------------------------------------------ Open cases
    R("manager", "date", "Case summary last updated {s|%dd/%mm/%y}. When does it next need updating to stay within the standard?", "2026-01-20",
      {"s": "2025-11-30"}, ("mo", "s", 3), [P_SUMM]),
    R("newstarter", "date", "How often does the case file summary need updating? Mine was last done on {s|%dd/%mm/%Y} \u2013 when's the next one due?", "2026-08-01",
      {"s": "2026-06-15"}, ("mo", "s", 3), [P_SUMM]),
    R("duty", "date", "last C&FA authorised {s|%d/%m/%y} - new assessment due by?", "2026-10-01",
      {"s": "2025-12-29"}, ("mo", "s", 12), [P_ASSESS12]),
    R("indirect", "date", "The last full assessment of this little boy's needs was signed off by my manager on {s|%o %B %Y}. When does it go out of date?", "2027-01-10",
      {"s": "2026-02-27"}, ("mo", "s", 12), [P_ASSESS12]),

    # ============================================================ VISITS
    R("duty", "visits", "CP visit last {s|%dd/%mm}, next by?", "2025-12-04",
      {"s": "2025-12-03"}, ("wk", "s", 4), [P_CPVISIT]),
    R("typos", "visits", "last seen the kids on cp plan on {s|%o %B|lower} when do i have to see them again", "2026-03-20",
      {"s": "2026-03-09"}, ("wk", "s", 4), [P_CPVISIT]),
    R("manager", "visits", "CP child seen at home {s|%dd/%mm/%y}, next home visit {h|%dd/%mm}. Within standard?", "2027-09-02",
      {"s": "2027-07-30", "h": "2027-08-31"}, ("wk", "s", 4), [P_CPVISIT]),
    R("indirect", "visits", "The child on a protection plan was last seen at home last Wednesday. What's the latest date for my next statutory visit?", "2025-04-22",
      {"s": "rel:last Wednesday"}, ("wk", "s", 4), [P_CPVISIT]),
    R("scenario", "visits", "She's been on a CIN plan since {x|%dd/%mm/%y}. Last time I saw her at home was {s|%A %dd/%mm}; I saw her at school on {y|%dd/%mm} but that doesn't count as a CIN visit. When's my next CIN visit due?", "2026-12-14",
      {"s": "2026-11-20", "x": "2026-09-01", "y": "2026-12-10"}, ("wk", "s", 6), [P_CINVIS]),
    R("newstarter", "visits", "How often do children on a Child in Need plan need to be seen? I last saw one of mine on {s|%dd/%mm/%Y} \u2013 when should I see them next?", "2025-07-30",
      {"s": "2025-07-14"}, ("wk", "s", 6), [P_CINVIS]),
    R("typos", "visits", "last cin review was {s|%d.%m.%y} when is the next one", "2026-03-01",
      {"s": "2026-02-19"}, ("wk", "s", 6), [P_CINREV]),
    R("manager", "visits", "CIN review held {s|%dd/%mm/%y}, next CIN review held {h|%dd/%mm}. Within timescale?", "2025-04-25",
      {"s": "2025-03-11", "h": "2025-04-17"}, ("wk", "s", 6), [P_CINREV]),
    R("newstarter", "visits", "Hi, a child became looked after on {x|%dd/%mm} and I did a statutory visit on {s|%A %o %B}. The first review hasn't happened yet \u2013 when is my next statutory visit due?", "2025-12-22",
      {"s": "2025-12-19", "x": "2025-12-17"}, ("wk", "s", 1), [P_LACWEEK]),
    R("duty", "visits", "pre-ILAR, last stat visit {s|%d/%m}, next by?", "2027-03-25",
      {"s": "2027-03-24"}, ("wk", "s", 1), [P_LACWEEK]),
    R("scenario", "visits", "He came into care on {x|%dd/%mm/%y}, his first LAC review was on {y|%dd/%mm} and I last did his statutory visit on {s|%dd/%mm}. Plan for permanence isn't finalised yet. When's the next visit due by?", "2026-08-20",
      {"s": "2026-08-05", "x": "2026-05-11", "y": "2026-06-08"}, ("wk", "s", 6), [P_LAC6]),
    R("typos", "visits", "after the first lac review whats the gap between stat visits? last went {s|%o %b|lower}, no perm plan yet", "2027-11-15",
      {"s": "2027-11-12"}, ("wk", "s", 6), [P_LAC6]),
    R("manager", "visits", "YP settled in permanent placement for over 2 yrs, visits moved to 12 weekly. Last visit {s|%dd/%mm/%y}; next due?", "2025-10-10",
      {"s": "2025-10-03"}, ("wk", "s", 12), [P_LAC12]),
    R("indirect", "visits", "She moved in with the family who are adopting her on {x|%o %B} and I visited on {s|%o %B}. Her first review as a child in care hasn't happened yet \u2013 when's my next visit?", "2026-05-28",
      {"s": "2026-05-27", "x": "2026-05-20"}, ("wk", "s", 1), [P_ADOPTWEEK]),
    R("scenario", "visits", "She was placed with her adopters on {x|%dd/%mm/%y} and her first LAC review after placement was on {y|%dd/%mm}. I last visited on {s|%dd/%mm}. The Adoption Order hearing isn't until {z|%dd/%mm/%y}. When is my next visit due by?", "2025-11-17",
      {"s": "2025-11-14", "x": "2025-09-01", "y": "2025-09-26", "z": "2026-01-20"}, ("wk", "s", 6), [P_ADOPT6W]),
    R("newstarter", "visits", "How often do Trafford foster carers need a supervising social worker visit? My last visit to one of my carers was on {s|%dd/%mm/%Y} \u2013 when's the next one due?", "2026-07-21",
      {"s": "2026-07-20"}, ("wk", "s", 6), [P_FCVIS]),
    R("typos", "visits", "last visited my foster carers {s|%d/%m} whens the next one due", "2027-02-15",
      {"s": "2027-02-12"}, ("wk", "s", 6), [P_FCVIS]),
    R("manager", "visits", "Carer's last unannounced visit was {s|%dd/%mm/%y}. Latest date for the next one?", "2026-02-01",
      {"s": "2025-03-31"}, ("mo", "s", 12), [P_UNANN]),
    R("indirect", "visits", "We set up the arrangements for the children to see their mum and dad on {s|%o %B}, and the long-term plan isn't agreed yet. When do those arrangements need looking at again?", "2026-11-01",
      {"s": "2026-10-30"}, ("wk", "s", 8), [P_FT]),
    R("duty", "visits", "PLO review mtg {s|%d/%m}, next review PLO latest?", "2027-04-15",
      {"s": "2027-04-14"}, ("wk", "s", 6), [P_PLOREV],
      amb="The standard gives a range (every 4-6 weeks); the latest date (6 weeks) is used, the earliest would be 4 weeks."),
    R("scenario", "visits", "Carers approved back in {x|%B %Y}; their DBS checks, medicals and references were last updated on {s|%dd/%mm/%y}. They had their annual review on {y|%dd/%mm/%y}. When are the DBS checks next due?", "2027-11-01",
      {"s": "2025-01-20", "x": "2021-05-01", "y": "2027-09-14"}, ("mo", "s", 36), [P_DBS]),
    R("manager", "visits", "Carer's last annual review presented to Fostering Panel {s|%dd/%mm/%y}. Latest date the next one must go to panel?", "2027-12-01",
      {"s": "2025-05-27"}, ("mo", "s", 36), [P_PANEL3]),
    R("typos", "visits", "annual fc review was {s|%d/%m/%y} next one by?", "2026-12-01",
      {"s": "2026-02-28"}, ("mo", "s", 12), [P_ANNREV]),

    # ============================================================ AGE
    R("duty", "age", "YP DOB {s|%dd/%mm/%Y}, pathway plan start date?", "2026-11-02",
      {"s": "2011-07-14"}, ("age", "s", 15, 6), [P_PATH]),
    R("newstarter", "age", "When should I start a pathway plan for a young person born on {s|%o %B %Y}?", "2025-06-01",
      {"s": "2010-03-10"}, ("age", "s", 15, 6), [P_PATH]),
    R("scenario", "age", "Girl (DOB {s|%dd/%mm/%y}) came into care on {x|%dd/%mm/%y}; her next LAC review is {y|%dd/%mm/%y}. The IRO asked when the pathway plan has to be started \u2013 what date is that?", "2027-02-01",
      {"s": "2011-12-25", "x": "2024-02-02", "y": "2027-03-03"}, ("age", "s", 15, 6), [P_PATH]),
    R("typos", "age", "when dose pathway planing start for a lad born {s|%d/%m/%y}", "2026-03-01",
      {"s": "2010-12-02"}, ("age", "s", 15, 6), [P_PATH]),
    R("indirect", "age", "Our young person's first protection conference is coming up; she was born on {s|%o %B %Y}. From what date should she be offered someone independent to help her have her say at conference?", "2025-12-10",
      {"s": "2014-01-15"}, ("age", "s", 12, 0), [P_ADVOC]),
    R("manager", "age", "Child DOB {s|%dd/%mm/%y}; ICPC set for {x|%dd/%mm/%y}. What date does he turn 12, i.e. from when should an advocate be offered?", "2025-12-29",
      {"s": "2013-12-27", "x": "2026-01-06"}, ("age", "s", 12, 0), [P_ADVOC]),
    R("newstarter", "age", "A little boy born on {s|%dd/%mm/%Y} \u2013 up to what date does he count as 'under 6' for getting an adoption social worker allocated if he goes into PLO? When exactly does he turn 6?", "2026-01-20",
      {"s": "2020-02-29"}, ("age", "s", 6, 0), [P_ADOPT6]),
    R("duty", "age", "DOB {s|%dd/%mm/%y}, when does she turn 6? PLO just started, need to know re adoption SW", "2027-03-01",
      {"s": "2021-04-04"}, ("age", "s", 6, 0), [P_ADOPT6]),

    # ============================================================ CHOICE
    R("duty", "choice", "conference was {s|%d/%m}, what's next due?", "2026-03-04",
      {"s": "2026-03-03"}, [("first core group if made subject to a plan", ("cd", "s", 10)),
                             ("first CIN meeting if de-planned", ("cd", "s", 20))],
      [P_CORE, P_DEPLAN]),
    R("typos", "choice", "startd the c&f assesment {s|%d.%m.%y} when is it due", "2025-12-11",
      {"s": "2025-12-10"}, [("TL review", ("wd", "s", 15)), ("assessment completed", ("cd", "s", 45))],
      [P_TLREV, P_45]),
    R("newstarter", "choice", "When does my ICPC report need to go out? The conference is on {s|%A %o %B}.", "2027-03-15",
      {"s": "2027-04-01"}, [("shared with family", ("cdb", "s", 3)), ("sent to CP chair", ("wdb", "s", 3))],
      [P_FAMREP, P_CHAIRREP]),
    R("indirect", "choice", "A child moved to new carers on {s|%o %B}. When does the written plan for her need to be done?", "2025-08-22",
      {"s": "2025-08-21"}, [("updated placement plan to carers", ("wd", "s", 5)), ("care plan on the system", ("cd", "s", 10))],
      [P_PLPLAN, P_CAREPLAN]),
    R("duty", "choice", "LAC stat visit done {s|%d/%m}, next one due?", "2026-12-21",
      {"s": "2026-12-18"}, [("weekly, if before the first LAC review", ("wk", "s", 1)),
                             ("6-weekly, after the first LAC review", ("wk", "s", 6))],
      [P_LACWEEK, P_LAC6]),
    R("manager", "choice", "First PLO meeting {s|%dd/%mm/%y}. What's due next and by when?", "2027-12-20",
      {"s": "2027-12-20"}, [("FGC referral / viability requests", ("wd", "s", 3)), ("minutes to parents", ("cd", "s", 7))],
      [P_FGC, P_VIAB, P_MIN]),
    R("indirect", "choice", "The children are now on a child in need plan with our team from {s|%o %B}. When does the first meeting about the plan have to be?", "2025-05-02",
      {"s": "2025-05-01"}, [("initial CIN meeting after transfer from CFR", ("cd", "s", 10)),
                             ("first CIN meeting after de-planning at conference", ("cd", "s", 20))],
      [P_CINTRANS, P_DEPLAN]),
    R("typos", "choice", "temp approval for connected carer started {s|%d/%m/%y} when does it run out", "2026-09-08",
      {"s": "2026-09-07"}, [("16 weeks", ("wk", "s", 16)), ("16 + 8 weeks if extended", ("wk", "s", 24))],
      [P_TEMP]),
    R("scenario", "choice", "Referral came in {x|%dd/%mm}; the TL agreed it's a S47 and the strat and enquiry both kicked off on {s|%A %dd/%mm}. Child's DOB {y|%dd/%mm/%y}. What's the next deadline I need in my diary?", "2025-04-14",
      {"s": "2025-04-14", "x": "2025-04-11", "y": "2019-09-09"},
      [("SW/manager S47 progress discussion", ("cd", "s", 5)), ("ICPC if required", ("wd", "s", 15))],
      [P_S47_5, P_ICPC]),

    # ============================================================ NONE
    R("duty", "none", "ICPC {s|%d/%m}, first RCPC due when?", "2026-01-20",
      {"s": "2026-01-19"}, None, [N_NEXTCONF],
      why="the standards leave the date of the next (review) conference to the CP chair; no interval is set."),
    R("newstarter", "none", "After the first core group, how often do core group meetings need to happen? Our first one was on {s|%dd/%mm/%Y}.", "2025-09-10",
      {"s": "2025-09-08"}, None, [N_CORE],
      why="only the first core group has a timescale (10 days); no frequency is set for later core groups."),
    R("typos", "none", "how often shud i be getting supervision, last one was {s|%d/%m}", "2027-06-10",
      {"s": "2027-05-27"}, None, [N_SUPER],
      why="supervision frequency is left to the supervision policy; the standards set none."),
    R("indirect", "none", "A lower-level enquiry that looks like early help came in to the front door on {s|%A %o %B}. What's the deadline for the early help team leader to decide what happens with it?", "2026-08-28",
      {"s": "2026-08-28"}, None, [N_EH],
      why="the Level 1-3 (Early Help) section sets no timescale for the Early Help Team Leader's decision."),
    R("manager", "none", "Initial LAC review held {s|%dd/%mm/%y}. When is the second review due?", "2025-06-16",
      {"s": "2025-06-12"}, None, [N_LAC2, N_PERM2],
      why="the standards do not give the interval to the second LAC review ('in accordance with the timescales')."),
    R("scenario", "none", "The final care planning meeting on {x|%dd/%mm} agreed adoption as the plan and the IRH is listed for {y|%dd/%mm/%y}. How many days before the IRH does the SHOPBA meeting have to be?", "2027-02-03",
      {"x": "2027-02-01", "y": "2027-04-13"}, None, [N_SHOPBA],
      why="SHOPBA must fall after the final care planning meeting and before the IRH paperwork, but no number of days is set."),
    R("duty", "none", "IRO contact w/ child between reviews - how often?", "2026-10-05",
      {}, None, [N_IROCONT],
      why="IROs contact the child between reviews but no frequency is set."),
    R("typos", "none", "adoption order granted {s|%d/%m/%y} whens the later life letter due", "2027-10-04",
      {"s": "2027-09-30"}, None, [N_LLL],
      why="the adoption SW completes the Later Life Letter but no timescale is set."),
    R("newstarter", "none", "After a strategy discussion on {s|%A %o %B}, by when does the record have to be sent to all the professionals who took part?", "2025-12-29",
      {"s": "2025-12-23"}, None, [N_STRATREC],
      why="a record is sent to participating professionals but no timescale is set."),
    R("indirect", "none", "A girl I work with went missing yesterday and came back this morning. How long have I got to do the chat with her about where she was?", "2026-05-26",
      {"s": "rel:yesterday"}, None, [N_MISSING],
      why="return home conversations after a missing episode have no timescale in these standards."),
]
