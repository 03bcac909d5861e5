# Structured descriptions of every question. oracle.py computes due/count from these.
# op forms: ("wd", start, n) working days after; ("wdb", meeting, n) working days before;
#           ("d", start, n) calendar days after; ("db", meeting, n) calendar days before;
#           ("w", start, n) weeks after; ("m", start, n) months after; ("same", start);
#           ("age", dob, years[, months])
# rel: (word, iso) pairs checked against today. held: actual date for manager audit rows.
from phrases import *  # noqa

ROWS = []


def R(voice, kind, today, q, op=None, p=None, ops=None, amb=None, rel=(), held=None, why=None):
    ROWS.append(dict(voice=voice, kind=kind, today=today, q=q, op=op, p=p or [], ops=ops,
                     amb=amb, rel=list(rel), held=held, why=why))


A45_AMB = ("The standard says 'within 45 days' (counted here as calendar days per the set's convention); "
           "a reader going by statutory guidance might count 45 working days instead.")
PLO_START_AMB = ("The standards do not say what the PLO weeks run from; counted here from the date of the PLO letter, "
                 "but a reader could count from the first PLO meeting or the Legal Gateway decision.")

# ----------------------------------------------------------------------------- duty
R("duty", "date", "2025-12-22", "strat 19/12 icpc by?", ("wd", "2025-12-19", 15), [ICPC])
R("duty", "date", "2026-04-15", "s47 started tues 14/4, mgr progress chat due?", ("d", "2026-04-14", 5), [S47_5])
R("duty", "date", "2025-05-23", "contact in today (fri 23/5) - tl decision needed by?", ("wd", "2025-05-23", 1), [CONTACT, INITDEC])
R("duty", "date", "2026-12-24", "ref in 24/12, sw needs to action by when", ("wd", "2026-12-24", 1), [REFERRAL])
R("duty", "date", "2027-03-25", "mgr decided strat needed this morning, deadline?", ("wd", "2027-03-25", 1), [STRAT],
  amb="The S47 section says a strategy discussion 'within 24 hours', which would put it on 26/03/27 (Good Friday) rather than the 1 working day reading (30/03/27).",
  rel=[("this morning", "2027-03-25")])
R("duty", "date", "2025-12-18", "icpc mon 5/1, sw report to chair by?", ("wdb", "2026-01-05", 3), [CHAIRREPORT])
R("duty", "date", "2026-03-02", "icpc tmrw, 1st CG by?", ("d", "2026-03-03", 10), [CORE], rel=[("tomorrow", "2026-03-03")])
R("duty", "visits", "2025-12-01", "cp visit last 28/11, next by?", ("w", "2025-11-28", 4), [CPVISIT])
R("duty", "date", "2025-12-18", "plo letter dated 17/12/25 1st mtg by", ("d", "2025-12-17", 10), [PLO1])
R("duty", "date", "2026-04-02", "1st plo mtg 2/4/26 - viability reqs to FPT by?", ("wd", "2026-04-02", 3), [VIAB])
R("duty", "date", "2026-05-28", "plo mtg tues, minutes out by?", ("d", "2026-05-26", 7), [MINUTES], rel=[("past tuesday", "2026-05-26")])
R("duty", "date", "2026-12-21", "LAC from 18/12/26 - initial review by?", ("wd", "2026-12-18", 20), [LACREVIEW])
R("duty", "date", "2026-09-01", "emergency admission sat 29/8/26, assessment due?", ("wd", "2026-08-29", 20), [EMERG])
R("duty", "date", "2025-04-17", "placed thurs 17/4 placement mtg by", ("wd", "2025-04-17", 3), [PLMEET])
R("duty", "date", "2025-05-07", "IHA for LAC since 6/5/25 due by?", ("wd", "2025-05-06", 20), [IHA])
R("duty", "visits", "2027-07-20", "post 1st review, last stat visit 14/7/27, next by?", ("w", "2027-07-14", 6), [LAC6])
R("duty", "visits", "2026-05-13", "plo review mtg last 12/5/26 next by?", ("w", "2026-05-12", 6), [PLOREVIEW],
  amb="The standard says every 4-6 weeks; due is the 6-week outer limit, the earliest reading is 4 weeks (09/06/26).")
R("duty", "choice", "2025-12-24", "fc visit done 24/12/25 - record on lcs by?", ops=[
    ("fostering: record of foster carer visit within 3 working days", ("wd", "2025-12-24", 3), [FCRECORD]),
    ("case recording: any event or contact recorded within 3 days", ("d", "2025-12-24", 3), [RECORD3])])
R("duty", "date", "2025-12-22", "IRO informal challenge 22/12/25, when does it go formal", ("wd", "2025-12-22", 5), [IRO5])
R("duty", "date", "2027-05-24", "variation of terms approved mon 24/5/27 good til?", ("wd", "2027-05-24", 6), [VARIATION])
R("duty", "age", "2025-11-10", "dob 14/08/10 pathway plan start date?", ("age", "2010-08-14", 15, 6), [PATHWAY])
R("duty", "none", "2026-02-10", "icpc 10/2/26 rcpc due when?", p=[N_RCPC],
  why="the standards leave the date of the next (review) conference to the child protection chair and set no review conference timescale")
R("duty", "date", "2026-08-28", "s47 ref just in (fri), when does child need to be seen", ("same", "2026-08-28"), [S47_SEEN])
R("duty", "date", "2025-12-11", "deplanned at rcpc 11/12/25, 1st CIN mtg by", ("d", "2025-12-11", 20), [CIN20])
R("duty", "visits", "2027-03-22", "cin visit last 19/3/27 next by?", ("w", "2027-03-19", 6), [CINVISIT])
R("duty", "date", "2026-12-02", "placed w adopters yday - AO app earliest?", ("w", "2026-12-01", 10), [ADOPT10], rel=[("yesterday", "2026-12-01")])
R("duty", "date", "2026-12-30", "ref accepted by TL wed 30/12/26, allocated for CFA by?", ("wd", "2026-12-30", 3), [ALLOC])
R("duty", "choice", "2025-12-03", "CFA started 2/12/25 deadline?", ops=[
    ("Team Leader review within 15 working days", ("wd", "2025-12-02", 15), [TLREVIEW]),
    ("assessment completed within 45 days", ("d", "2025-12-02", 45), [A45])], amb=A45_AMB)

# ----------------------------------------------------------------------------- typos
R("typos", "date", "2026-04-07", "wen is the icpc due if the strat discusion was 3.4.26", ("wd", "2026-04-03", 15), [ICPC])
R("typos", "date", "2026-12-22", "hi wats the deadline for the firstcore group, icpc was 21st dec", ("d", "2026-12-21", 10), [CORE])
R("typos", "date", "2027-03-25", "plo leter dated 24/3/27 when shoud the 1st meeting be", ("d", "2027-03-24", 10), [PLO1])
R("typos", "date", "2026-01-05", "child came into care 2nd jan, wen do other profesionals need telling about legal status", ("wd", "2026-01-02", 5), [LEGALSTATUS])
R("typos", "date", "2025-12-16", "ccare pack + rights leaflet due when, kid placd 15/12/25", ("w", "2025-12-15", 3), [PACK])
R("typos", "visits", "2026-04-08", "cp vist was 2/4/26 when next one due", ("w", "2026-04-02", 4), [CPVISIT])
R("typos", "date", "2026-04-28", "reprot for icpc on 7.5.26 - when does famly need it", ("db", "2026-05-07", 3), [FAMREPORT])
R("typos", "date", "2026-05-20", "lac reveiw 02/06/26 when does my report need to be with iro", ("db", "2026-06-02", 3), [IROREPORT])
R("typos", "date", "2025-08-12", "pep meeting deadline? came into care 11/8/25", ("d", "2025-08-11", 20), [PEP])
R("typos", "date", "2025-12-23", "care plan on lcs by when, placed yesterday", ("d", "2025-12-22", 10), [CAREPLAN], rel=[("yesterday", "2025-12-22")])
R("typos", "visits", "2026-11-20", "fostr carers last seen 18.11.26 when is next supervisng visit due", ("w", "2026-11-18", 6), [FCVISIT])
R("typos", "visits", "2025-03-13", "unanounced visit to foster carers last done 12/03/25 when next", ("m", "2025-03-12", 12), [UNANN])
R("typos", "date", "2026-12-23", "s47 started 23/12/26 wen do i need the progress chat with my manger", ("d", "2026-12-23", 5), [S47_5])
R("typos", "age", "2026-06-01", "young persons dob 31.08.2011 when do i start the pathway plan", ("age", "2011-08-31", 15, 6), [PATHWAY])
R("typos", "date", "2025-04-11", "tl reveiw of asesment due when? started 10/4/25", ("wd", "2025-04-10", 15), [TLREVIEW])
R("typos", "date", "2025-12-05", "asessment has to be completed by? started 4th dec 2025", ("d", "2025-12-04", 45), [A45], amb=A45_AMB)
R("typos", "date", "2026-05-22", "viabilty screening req's - intial plo meetin was 22/5/26", ("wd", "2026-05-22", 3), [VIAB])
R("typos", "date", "2025-08-22", "fgc referal after 1st plo meeting 22.08.25 due when", ("wd", "2025-08-22", 3), [FGC])
R("typos", "date", "2026-05-01", "plaement plan copy to carers by wen, placed 01/05/26", ("wd", "2026-05-01", 5), [PLPLAN])
R("typos", "choice", "2026-03-04", "we had the conferance on the 3rd whats next due", ops=[
    ("if a CP plan was made: first core group within 10 days", ("d", "2026-03-03", 10), [CORE]),
    ("if de-planned: first CIN meeting within 20 days", ("d", "2026-03-03", 20), [CIN20])])
R("typos", "date", "2027-04-08", "hi when does the intial lac review need to be, became looked after 7/4/27", ("wd", "2027-04-07", 20), [LACREVIEW])
R("typos", "none", "2027-02-15", "how oftn do i need supervison with my tl", p=[N_SUPERVISION],
  why="the standards refer supervision frequency to the supervision policy and set no interval themselves")
R("typos", "date", "2026-01-06", "whens the 12 week review legal planning meeting, plo leter went out 5/1/26", ("w", "2026-01-05", 12), [W12], amb=PLO_START_AMB)
R("typos", "visits", "2025-12-10", "cin reveiw mtg last 9/12/25, next 1 by", ("w", "2025-12-09", 6), [CINREV])
R("typos", "date", "2025-10-21", "temp approval conected carer started 20.10.25 when does it run out", ("w", "2025-10-20", 16), [TEMP16])
R("typos", "date", "2025-12-30", "record my home visit from yesterday (mon) by when", ("d", "2025-12-29", 3), [RECORD3], rel=[("yesterday", "2025-12-29")])
R("typos", "date", "2025-09-15", "core trainin for our foster carer last done 14/9/24 when due again", ("m", "2024-09-14", 36), [TRAIN])
R("typos", "none", "2025-11-04", "wats the timscale for doing a graded care profile 2 on a neglect case", p=[N_GCP],
  why="the standards say a Graded Care Profile 2 should be completed in neglect cases but set no timescale for it")

# ----------------------------------------------------------------------------- scenario
R("scenario", "date", "2025-12-29",
  "I've got a 7 year old (DOB 02/02/2019) where we had the strategy discussion on Tuesday 23rd December 2025; the S47 was agreed by my manager on the 22nd. Mum's next GP appointment is 5 January. When does the ICPC need to be held by?",
  ("wd", "2025-12-23", 15), [ICPC])
R("scenario", "date", "2026-04-07",
  "Child came into care in an emergency on Good Friday (3rd April 2026) after police protection. She'd last been assessed in October 2025. When does her assessment need to be completed?",
  ("wd", "2026-04-03", 20), [EMERG])
R("scenario", "date", "2025-12-24",
  "Sibling group placed with new carers today, Christmas Eve - sorry, bit of a rush. Their previous placement started 1/11. When should we hold the placement meeting?",
  ("wd", "2025-12-24", 3), [PLMEET], rel=[("today", "2025-12-24")])
R("scenario", "date", "2025-05-20",
  "Family moved from Stockport and the case transferred to us from First Response on 19 May 2025; the CFA was completed 12 May. Baby is due 30 June. When do we need the initial CIN meeting by?",
  ("d", "2025-05-19", 10), [CIN10])
R("scenario", "date", "2026-12-14",
  "Review CP conference is booked for Thursday 31 December 2026 (I know...). The ICPC was 5 October. When does the chair need my report by?",
  ("db", "2026-12-31", 3), [RCPC_CHAIR])
R("scenario", "date", "2025-08-27",
  "Young person (16, dob 11/03/2010) came into care on 26/08/2025. Her mum is in hospital until September. When is the initial LAC review due?",
  ("wd", "2025-08-26", 20), [LACREVIEW])
R("scenario", "visits", "2027-06-17",
  "Child placed for adoption on 10/5/27. The first LAC review happened on 2/6/27 and I visited yesterday, 16/6. When's my next statutory visit due?",
  ("w", "2027-06-16", 6), [ADOPT6W], rel=[("yesterday", "2027-06-16")])
R("scenario", "visits", "2027-05-05",
  "Baby placed with adopters on Monday 3 May 2027 (bank holiday, I know!) and I visited on the 4th. First LAC review isn't till 26/5. When's my next visit?",
  ("w", "2027-05-04", 1), [ADOPTWEEKLY])
R("scenario", "date", "2025-12-02",
  "Assessment started 1st December 2025; the child's 10th birthday is 24/12. My TL wants to review it in time - when is the review due by?",
  ("wd", "2025-12-01", 15), [TLREVIEW])
R("scenario", "date", "2025-12-23",
  "Parents came into the office about the PLO meeting. The PLO letter is dated 19th December 2025 but they only got it on the 23rd; Legal Gateway was 10 December. When should the first PLO meeting be held by?",
  ("d", "2025-12-19", 10), [PLO1])
R("scenario", "date", "2027-05-28",
  "We had the first PLO meeting today (Friday 28 May) and grandparents were mentioned as potential carers. The last FGC was in 2024. When does the viability screening request need to go to the Family Placement Team?",
  ("wd", "2027-05-28", 3), [VIAB], rel=[("today", "2027-05-28")])
R("scenario", "choice", "2026-12-18",
  "Child placed with foster carers today, Friday 18 December. I've started the placement plan and the care plan is drafted. When does the plan need to be done and on the system?",
  ops=[("care plan on the electronic system within 10 days of placement", ("d", "2026-12-18", 10), [CAREPLAN]),
       ("updated placement plan to carers within 5 working days", ("wd", "2026-12-18", 5), [PLPLAN])],
  rel=[("today", "2026-12-18")])
R("scenario", "date", "2025-04-15",
  "IRO raised a formal dispute on 14/04/2025 after I didn't resolve the informal challenge from 4th April. When should the dispute process be finished?",
  ("wd", "2025-04-14", 20), [IRO20])
R("scenario", "age", "2026-01-12",
  "Little one born 29/02/2020 is in care proceedings, issued 10/01/2026. When does she turn 6, i.e. stop being 'under 6' for the adoption social worker allocation?",
  ("age", "2020-02-29", 6), [ADOPT6])
R("scenario", "date", "2025-12-24",
  "Section 47 was started on Wednesday 24 December 2025 after a disclosure at school; the strat was the same day. Dad's court date is 7 January. When do I need to have the progress discussion with my manager?",
  ("d", "2025-12-24", 5), [S47_5])
R("scenario", "date", "2025-05-02",
  "Contact came in from school this morning, Friday 2 May. Child's DOB is 02/05/2015 so it's actually her birthday. When does the TL need to have made a decision?",
  ("wd", "2025-05-02", 1), [CONTACT, INITDEC], rel=[("this morning", "2025-05-02")])
R("scenario", "none", "2026-11-12",
  "The adoption panel agreed the match on 4/11/26 and the ADM ratified it yesterday. How long have we got to hold the meeting to plan introductions?",
  p=[N_INTRO], why="the standards say a meeting is held to plan introductions after ADM ratification but set no timescale",
  rel=[("yesterday", "2026-11-11")])
R("scenario", "date", "2026-09-01",
  "Child has been on a CP plan since the ICPC on 17 February 2026, and the review conferences in May and August haven't shifted things. When does she hit 12 months, so we need the professional thinking time meeting?",
  ("m", "2026-02-17", 12), [CP12M])
R("scenario", "date", "2025-12-23",
  "Mum agreed s20 and the child became looked after on Monday 22 December 2025. School is closed until 5 January. When is the PEP meeting due?",
  ("d", "2025-12-22", 20), [PEP])
R("scenario", "visits", "2026-02-23",
  "Child in care, placed 12/01/2026, first LAC review held 06/02/2026, last statutory visit 20/02/2026. The permanence plan isn't agreed yet. When is the next visit due?",
  ("w", "2026-02-20", 6), [LAC6])
R("scenario", "visits", "2026-03-16",
  "Last unannounced visit to our carers was 30/12/2025, and their annual review was in March. When's the next unannounced visit due?",
  ("m", "2025-12-30", 12), [UNANN])
R("scenario", "date", "2026-07-20",
  "Temporary approval of the aunt as connected carer was given on 6 April 2026 (Easter Monday - it was an emergency). Panel and the ADM have agreed to extend it. When does the extended approval end?",
  ("w", "2026-04-06", 24), [TEMP16])
R("scenario", "date", "2025-08-29",
  "New allocation: the referral was accepted by the TL on Friday 22 August 2025 and I've only just been given it today. When should it have been allocated for the C&F assessment?",
  ("wd", "2025-08-22", 3), [ALLOC])
R("scenario", "date", "2027-03-22",
  "Strat discussion was on 15/03/2027 and we agreed to go to ICPC. Conference is booked for Tuesday 6 April. The family want to see the report - by when must I share it with them?",
  ("db", "2027-04-06", 3), [FAMREPORT])
R("scenario", "date", "2025-05-23",
  "Our young person's placement broke down and he moved to new carers today (Friday 23 May); he'd been at the old placement since 2 June last year. When does he need to be visited by?",
  ("wd", "2025-05-23", 1), [CICVISIT1, SEEN1], rel=[("today", "2025-05-23")])
R("scenario", "date", "2026-03-31",
  "Child's ICPC was on Monday 30 March 2026 and she was made subject to a plan; the strategy discussion was 12 March. When must the first core group be held?",
  ("d", "2026-03-30", 10), [CORE])
R("scenario", "date", "2025-12-23",
  "I emailed the neighbourhood team today (Tuesday 23 December) giving notice that our CIN case is transferring to them. Mum's birthday is 28 Dec. When's the latest we can do the joint visit?",
  ("d", "2025-12-23", 5), [NOTICE], rel=[("today", "2025-12-23")],
  amb="'5 days' notice' is counted as calendar days (28/12/25); a reader could count 5 working days (02/01/26).")
R("scenario", "choice", "2027-02-15",
  "We've been in PLO since the letter on 5 January 2027 and things aren't improving. When do we need the next legal meeting?",
  ops=[("review legal planning meeting at 12 weeks", ("w", "2027-01-05", 12), [W12]),
       ("Legal Gateway meeting at 16 weeks", ("w", "2027-01-05", 16), [W16])], amb=PLO_START_AMB)

# ----------------------------------------------------------------------------- indirect
R("indirect", "date", "2026-12-17",
  "the meeting where everyone decides if the child needs a protection plan - how long after our multi-agency phone-around with police and health yesterday (16/12)?",
  ("wd", "2026-12-16", 15), [ICPC], rel=[("yesterday", "2026-12-16")])
R("indirect", "date", "2025-05-01",
  "We've sent the letter that starts pre-proceedings, dated 30/04/25. When should we sit down with the parents and their solicitors?",
  ("d", "2025-04-30", 10), [PLO1])
R("indirect", "date", "2026-01-02",
  "Kid's first night in foster care was 31/12/2025 - what's the latest the first medical with the doctor can be done?",
  ("wd", "2025-12-31", 20), [IHA])
R("indirect", "date", "2026-04-02",
  "When do the notes from the pre-proceedings meeting on 1 Apr 2026 have to go to the parents and their solicitors?",
  ("d", "2026-04-01", 7), [MINUTES])
R("indirect", "date", "2025-12-22",
  "first meeting of the small group that fleshes out the protection plan - the big meeting was today, when's it due?",
  ("d", "2025-12-22", 10), [CORE], rel=[("today", "2025-12-22")])
R("indirect", "date", "2026-08-17",
  "The school meeting about a looked-after child's education targets - child came into our care on 15 Aug 2026, by when?",
  ("d", "2026-08-15", 20), [PEP])
R("indirect", "date", "2026-05-27",
  "Deadline for the meeting with the new carers to sort out who can sign for haircuts and school trips? Placed today (weds)",
  ("wd", "2026-05-27", 3), [PLMEET], rel=[("today", "2026-05-27")])
R("indirect", "date", "2026-12-10",
  "When does the welcome pack with the leaflet about their rights need to be given? Came into care 9/12/26",
  ("w", "2026-12-09", 3), [PACK])
R("indirect", "date", "2027-03-17",
  "The first meeting where the independent reviewer looks at the care plan - child came into care Tuesday 16/3/27, when's the latest?",
  ("wd", "2027-03-16", 20), [LACREVIEW])
R("indirect", "visits", "2025-07-01",
  "how often do the arrangements for the kids seeing mum and dad get looked at again? last looked at 30/06/25",
  ("w", "2025-06-30", 8), [FAMTIME])
R("indirect", "visits", "2025-12-08",
  "the home visits for a kid on a protection plan - last saw him at home 5/12/25, when's the next one due?",
  ("w", "2025-12-05", 4), [CPVISIT])
R("indirect", "date", "2025-12-31",
  "When must my manager and I have our catch-up on how the child protection enquiry is going? We started it today",
  ("d", "2025-12-31", 5), [S47_5], rel=[("today", "2025-12-31")])
R("indirect", "date", "2026-12-24",
  "The request to the placement team to check whether grandma could be a carer - when's that due? First meeting with parents under pre-proceedings was today, Thu 24 Dec",
  ("wd", "2026-12-24", 3), [VIAB], rel=[("today", "2026-12-24")])
R("indirect", "date", "2025-12-02",
  "The process when the IRO isn't happy with the care plan went formal on 1st Dec 2025. When must it be wrapped up?",
  ("wd", "2025-12-01", 20), [IRO20])
R("indirect", "date", "2027-04-02",
  "What's the cutoff to write up a home visit I did today (Fri 2 April)?",
  ("d", "2027-04-02", 3), [RECORD3], rel=[("today", "2027-04-02")])
R("indirect", "choice", "2026-12-15",
  "The child came off the protection plan at conference on 14/12/26 and the case was handed to us from the front door team the same day. When's our first family meeting due?",
  ops=[("case transferred from First Response: initial CIN meeting within 10 days", ("d", "2026-12-14", 10), [CIN10]),
       ("de-planned at conference: first CIN meeting within 20 days", ("d", "2026-12-14", 20), [CIN20])])
R("indirect", "age", "2026-03-02",
  "From what date can a young person (born 6 June 2014) be offered someone independent to help them speak up at the protection meeting?",
  ("age", "2014-06-06", 12), [ADVOCATE])
R("indirect", "date", "2025-04-24",
  "the call with police and health after my manager said we need one - manager decided on Thursday 24/04/25, by when?",
  ("wd", "2025-04-24", 1), [STRAT, STRAT24])
R("indirect", "date", "2025-12-19",
  "When does my TL need to have looked over the family assessment? Started it today (19 Dec)",
  ("wd", "2025-12-19", 15), [TLREVIEW], rel=[("today", "2025-12-19")])
R("indirect", "date", "2027-03-25",
  "The kid moved in with the adopters on 24/03/2027 - when's the earliest they can go to court for the order?",
  ("w", "2027-03-24", 10), [ADOPT10])
R("indirect", "date", "2025-08-21",
  "When does the note to all the other agencies about the child's status in care need to go? She was accommodated on Thursday 21 August 2025",
  ("wd", "2025-08-21", 5), [LEGALSTATUS])
R("indirect", "visits", "2027-02-18",
  "How often do the fostering social worker's check-ins with our carers have to happen? Last one was 17/2/27 - when's the next?",
  ("w", "2027-02-17", 6), [FCVISIT])
R("indirect", "visits", "2025-10-13",
  "the carers' big yearly check-in meeting - last was 10/10/25, when's the next one?",
  ("m", "2025-10-10", 12), [ANNUAL])
R("indirect", "none", "2027-01-11",
  "How long do we have to get the book about the child's life story done once she's placed for adoption?",
  p=[N_LIFESTORY], why="the standards say the adoption social worker completes the life story book and later life letter but set no timescale")
R("indirect", "date", "2026-12-24",
  "The short-term permission to place a child outside what a carer is approved for - agreed today, Thursday 24/12/2026, when does it run out?",
  ("wd", "2026-12-24", 6), [VARIATION], rel=[("today", "2026-12-24")])
R("indirect", "date", "2026-03-30",
  "When do the carers need the updated copy of the document with everything about the child and who can agree what? Placed last Fri",
  ("wd", "2026-03-27", 5), [PLPLAN], rel=[("last friday", "2026-03-27")])
R("indirect", "date", "2026-03-03",
  "When's the meeting with legal where our solicitor comes, about three months into pre-proceedings? The letter was dated 2/3/2026",
  ("w", "2026-03-02", 12), [W12], amb=PLO_START_AMB)
R("indirect", "none", "2027-06-14",
  "When a young person starts moving towards leaving care, by when do we need their passport, NI number and birth certificate sorted?",
  p=[N_LEAVING], why="the standards list the documents needed when a young person begins transitions into the care leaving stages but set no date or age for them")

# ----------------------------------------------------------------------------- newstarter
R("newstarter", "date", "2027-01-04",
  "Hi, sorry if this is a silly question - what does ICPC stand for and when does it have to happen by? Our strategy discussion was last Wednesday.",
  ("wd", "2026-12-30", 15), [ICPC], rel=[("last wednesday", "2026-12-30")])
R("newstarter", "date", "2027-03-30",
  "Hello! I'm new to the team. A child came into care on 26 March 2027 (I think that was Good Friday?). When does the initial Looked After Review need to be held by?",
  ("wd", "2027-03-26", 20), [LACREVIEW])
R("newstarter", "date", "2025-12-15",
  "Could someone help please? I've been asked to write my report for the initial child protection conference on Tuesday 6 January 2026. When does the chair need it?",
  ("wdb", "2026-01-06", 3), [CHAIRREPORT])
R("newstarter", "date", "2026-08-27",
  "Sorry, what is a 'core group' and when does the first one need to happen? The conference was on 26/08/2026 and a plan was agreed.",
  ("d", "2026-08-26", 10), [CORE])
R("newstarter", "visits", "2026-08-03",
  "Hi, I've been allocated a child on a Child in Need plan. I last saw her at home on 30/07/2026. How long until I need to visit again please?",
  ("w", "2026-07-30", 6), [CINVISIT])
R("newstarter", "date", "2026-03-30",
  "Hello, what's the timescale for the initial Child in Need meeting when a case transfers from First Response? Ours transferred on 27 March 2026.",
  ("d", "2026-03-27", 10), [CIN10])
R("newstarter", "age", "2027-01-18",
  "Hello, a young person I work with was born on 29/02/2012 - when should her pathway plan be started? I'm not sure how the leap year works!",
  ("age", "2012-02-29", 15, 6), [PATHWAY],
  amb="Counted as DOB + 186 months (29/08/2027); a reader who first moves the 15th birthday to 01/03/2027 and then adds 6 months would get 01/09/2027.")
R("newstarter", "date", "2025-12-22",
  "Hi, sorry, I'm a bit confused - what does PLO mean and when should the first meeting with parents be? The letter was dated 22/12/2025.",
  ("d", "2025-12-22", 10), [PLO1])
R("newstarter", "date", "2026-12-14",
  "Please could you tell me when I need to share my report with the parents? The review child protection conference is on 4 January 2027.",
  ("db", "2027-01-04", 3), [RCPC_PARENTS])
R("newstarter", "date", "2026-12-24",
  "Hello, I'm a newly qualified social worker. A child in care moved to a new foster placement today (Thursday 24 December). When do I need to visit them by?",
  ("wd", "2026-12-24", 1), [CICVISIT1, SEEN1], rel=[("today", "2026-12-24")])
R("newstarter", "date", "2025-05-27",
  "Hi, sorry to bother you. When does the care plan need to be on the system? The child was placed on 23/05/2025.",
  ("d", "2025-05-23", 10), [CAREPLAN])
R("newstarter", "visits", "2026-01-13",
  "Hi, the child I'm allocated came into care on 5/1/2026 and I visited yesterday. The first LAC review isn't until February. When should my next visit be?",
  ("w", "2026-01-12", 1), [LACWEEKLY], rel=[("yesterday", "2026-01-12")])
R("newstarter", "date", "2025-04-17",
  "Could you explain what a viability assessment is, and when the screening request should be sent? Our initial PLO meeting was on Thursday 17 April 2025.",
  ("wd", "2025-04-17", 3), [VIAB])
R("newstarter", "none", "2026-02-11",
  "Hello, I've been asked to arrange a SHOPBA - sorry, what's the deadline for this please? The final care planning meeting was 10/02/2026.",
  p=[N_SHOPBA], why="the SHOPBA must fall after the final care planning meeting and before the IRH paperwork is due; no number of days is set")
R("newstarter", "date", "2026-05-05",
  "Hi! When does the Team Leader need to allocate a worker to do the Child and Family Assessment? The TL made the decision today, Tuesday 5 May, the day after the bank holiday.",
  ("wd", "2026-05-05", 3), [ALLOC], rel=[("today", "2026-05-05")])
R("newstarter", "date", "2025-08-15",
  "Sorry if this is obvious - when does a Child and Family Assessment have to be completed by? It started on 14/08/2025.",
  ("d", "2025-08-14", 45), [A45], amb=A45_AMB)
R("newstarter", "date", "2026-12-29",
  "Hello, I'm new to fostering. How long does temporary approval for a connected person last before it needs extending? Ours was approved 23/12/2026.",
  ("w", "2026-12-23", 16), [TEMP16])
R("newstarter", "visits", "2025-01-15",
  "Hi, could you tell me when a foster carer's next unannounced visit is due? The last one was on 29 February 2024.",
  ("m", "2024-02-29", 12), [UNANN])
R("newstarter", "date", "2025-08-26",
  "Hello, I've been asked to have the S47 progress discussion with my manager. The Section 47 started yesterday (the bank holiday Monday). When does the discussion need to happen by?",
  ("d", "2025-08-25", 5), [S47_5], rel=[("yesterday", "2025-08-25")])
R("newstarter", "date", "2025-12-15",
  "Hi, please can you tell me when the report for a Looked After Review has to be with the IRO? The review is on 2 January 2026.",
  ("db", "2026-01-02", 3), [IROREPORT])
R("newstarter", "choice", "2026-12-14",
  "Hi, I've been told a report is due before the Initial Child Protection Conference on Monday 4 January 2027 - when does it need to go out?",
  ops=[("to the child protection chair 3 working days before", ("wdb", "2027-01-04", 3), [CHAIRREPORT]),
       ("shared with the family at least 3 days before", ("db", "2027-01-04", 3), [FAMREPORT])])
R("newstarter", "date", "2027-04-30",
  "Hi, what's the timescale for referring to a Family Group Conference in PLO? The first PLO meeting was today and the family haven't had one.",
  ("wd", "2027-04-30", 3), [FGC], rel=[("today", "2027-04-30")])
R("newstarter", "date", "2026-05-26",
  "Hello, sorry - the IRO raised an informal challenge with me on Friday 22 May. How long do I have to resolve it before it becomes a formal dispute?",
  ("wd", "2026-05-22", 5), [IRO5], rel=[("last friday", "2026-05-22")])
R("newstarter", "visits", "2027-11-19",
  "Hi, could someone tell me how often Child in Need review meetings need to be held? The last one was on 18 November 2027.",
  ("w", "2027-11-18", 6), [CINREV])
R("newstarter", "date", "2025-04-11",
  "Hi, when does the coming into care pack need to be given? The child came into care on 10 April 2025.",
  ("w", "2025-04-10", 3), [PACK])
R("newstarter", "age", "2026-11-02",
  "Hello, I think a child should be offered an advocate for conference if she's 12 or over - she was born 20/01/2015, when does she turn 12?",
  ("age", "2015-01-20", 12), [ADVOCATE])
R("newstarter", "date", "2025-09-02",
  "Hello, the foster carer's DBS, references and medicals were last updated on 1 September 2024. When are they next due?",
  ("m", "2024-09-01", 36), [DBS])
R("newstarter", "none", "2026-10-12",
  "Hi, how quickly do I need to make a referral to Family Focus when a young person is on the edge of care? I've been worried about a 14 year old since Friday.",
  p=[N_FAMFOCUS], why="the standards say a referral to Family Focus should be made for a young person on the edge of care but set no timescale",
  rel=[("past friday", "2026-10-09")])

# ----------------------------------------------------------------------------- manager
R("manager", "date", "2026-01-21", "ICPC was held 20/01/26, strat 02/01/26, was that in timescale?",
  ("wd", "2026-01-02", 15), [ICPC], held="2026-01-20")
R("manager", "date", "2027-03-24",
  "PLO review legal planning meeting on 23/03/2027 agreed an exceptional further period. When does that extension end?",
  ("w", "2027-03-23", 4), [W4])
R("manager", "date", "2026-01-26", "Child became looked after 22/12/2025, initial LAC review held 20/01/2026 - compliant?",
  ("wd", "2025-12-22", 20), [LACREVIEW], held="2026-01-20")
R("manager", "date", "2026-01-14", "Core group held 12/01/2026 following ICPC on 31/12/2025 - within timescale?",
  ("d", "2025-12-31", 10), [CORE], held="2026-01-12")
R("manager", "date", "2026-04-20", "PLO letter dated 01/04/2026; first PLO meeting 13/04/2026 - in timescale?",
  ("d", "2026-04-01", 10), [PLO1], held="2026-04-13")
R("manager", "date", "2026-09-21", "IHA: child accommodated 19/08/2026, IHA completed 15/09/2026. Within timescale?",
  ("wd", "2026-08-19", 20), [IHA], held="2026-09-15")
R("manager", "date", "2026-01-05", "Contact received 24/12/2025, TL decision recorded 29/12/2025. Within timescale?",
  ("wd", "2025-12-24", 1), [CONTACT, INITDEC], held="2025-12-29")
R("manager", "visits", "2026-01-12", "CP visits on file: 01/12/2025 then 02/01/2026. Compliant?",
  ("w", "2025-12-01", 4), [CPVISIT], held="2026-01-02")
R("manager", "visits", "2026-01-12", "CIN visits for audit: 14/11/2025 and 23/12/2025 - is the gap ok?",
  ("w", "2025-11-14", 6), [CINVISIT], held="2025-12-23")
R("manager", "date", "2026-04-13", "Placement meeting held 07/04/2026 for a child placed 01/04/2026 - in timescale?",
  ("wd", "2026-04-01", 3), [PLMEET], held="2026-04-07")
R("manager", "date", "2025-12-01", "Assessment commenced 03/11/2025, TL review recorded 25/11/2025. Was that within timescale?",
  ("wd", "2025-11-03", 15), [TLREVIEW], held="2025-11-25")
R("manager", "date", "2027-01-04", "PLO minutes distributed 30/12/2026 after the meeting on 22/12/2026 - compliant?",
  ("d", "2026-12-22", 7), [MINUTES], held="2026-12-30")
R("manager", "date", "2027-01-04", "First CIN meeting following de-planning at RCPC on 04/12/2026 was held 28/12/2026 - in timescale?",
  ("d", "2026-12-04", 20), [CIN20], held="2026-12-28")
R("manager", "date", "2027-04-19", "Formal IRO dispute opened 16/03/2027 and closed 16/04/2027 - within timescale?",
  ("wd", "2027-03-16", 20), [IRO20], held="2027-04-16")
R("manager", "visits", "2026-05-26", "Unannounced visit to foster carer 15/05/2025; next unannounced 20/05/2026. Compliant?",
  ("m", "2025-05-15", 12), [UNANN], held="2026-05-20")
R("manager", "visits", "2027-01-04",
  "Child settled in a permanent placement since 01/02/2025, visits moved to 12 weekly. Last visit 15/12/2026, next booked 12/03/2027 - compliant?",
  ("w", "2026-12-15", 12), [LAC12], held="2027-03-12")
R("manager", "date", "2026-04-08", "Report to ICPC chair received 02/04/2026 for conference 07/04/2026 - in time?",
  ("wdb", "2026-04-07", 3), [CHAIRREPORT], held="2026-04-02")
R("manager", "date", "2026-01-06", "Legal status notification to other professionals sent 02/01/2026 for child accommodated 24/12/2025 - OK?",
  ("wd", "2025-12-24", 5), [LEGALSTATUS], held="2026-01-02")
R("manager", "date", "2027-06-10", "Care plan uploaded 08/06/2027 for a placement starting 29/05/2027. In timescale?",
  ("d", "2027-05-29", 10), [CAREPLAN], held="2027-06-08")
R("manager", "date", "2027-04-28", "Emergency admission 29/03/2027 (bank holiday); assessment completed 27/04/2027 - compliant?",
  ("wd", "2027-03-29", 20), [EMERG], held="2027-04-27")
R("manager", "age", "2026-06-01", "Audit check - YP DOB 15/10/2010; pathway plan started 20/05/2026. Was it started on time?",
  ("age", "2010-10-15", 15, 6), [PATHWAY], held="2026-05-20")
R("manager", "choice", "2026-09-07", "Auditing a PLO case: first meeting 21/08/2026. What was the next thing due and by when?",
  ops=[("FGC referral / viability screening request within 3 working days", ("wd", "2026-08-21", 3), [FGC, VIAB]),
       ("minutes to parents and their legal representation within 7 days", ("d", "2026-08-21", 7), [MINUTES])])
R("manager", "none", "2026-05-05", "Audit: how often should IROs be contacting children between reviews? Last recorded contact 03/02/2026.",
  p=[N_IROCONTACT], why="the standards say the IRO will contact the child between reviews but set no frequency")
R("manager", "date", "2026-01-12", "Case file summary last updated 30/11/2025 - when does it fall out of date?",
  ("m", "2025-11-30", 3), [SUMMARY])
R("manager", "date", "2026-04-01", "Child's last assessment was authorised 31/05/2025 - when does it need updating to stay within the 12 month standard?",
  ("m", "2025-05-31", 12), [ASSESS12])
R("manager", "date", "2026-05-01", "PLO started with a letter dated 02/02/2026; when's the 16 week Legal Gateway due if it's still in PLO?",
  ("w", "2026-02-02", 16), [W16], amb=PLO_START_AMB)
R("manager", "date", "2027-01-15", "Foster carer's annual review last presented to Fostering Panel 10/07/2024. Latest date for the next panel presentation?",
  ("m", "2024-07-10", 36), [PANEL3])
R("manager", "age", "2027-03-10", "Audit: child DOB 03/04/2021 entered PLO 01/03/2027 - was she under 6, i.e. when does she turn 6?",
  ("age", "2021-04-03", 6), [ADOPT6])
