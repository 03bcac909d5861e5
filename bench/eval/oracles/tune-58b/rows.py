# Structured descriptions of each question. q templates: {s|fmt} start date, {a|fmt}/{b|fmt} other dates,
# {t|fmt} today. Dates are ISO or relative (resolved against t by oracle.resolve).
P = {
 'fd': "decisions made by what action are required by a Team Leader within 1 working day",
 'init': "Initial decisions will be made about the action required within 1 working day",
 'ref': "Referrals will be actioned by a social worker within 1 working day",
 's47d': "Within 5 days of the Section 47 being initiated",
 'alloc': "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 'tlrev': "All assessments will be reviewed by the Team Leader within 15 working days",
 'a45': "Assessments must all be completed within 45 days",
 'strat': "a strategy discussion is required, this must happen within 1 working day",
 'strat24': "A strategy discussion within 24 hours involving all relevant agencies",
 'notice': "Neighbourhood Team via email, giving at least 5 days’ notice",
 'joint': "Within the 5 days’ notice period, the Children’s First Response Social Worker",
 'icpc': "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 'repfam': "The report will be shared with family at least 3 the days prior to conference",
 'repchair': "The report will be sent to the child protection chair 3 working days before the conference",
 'cg': "held within 10 days of the conference",
 'cpv': "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 'rcpcpar': "This report must be shared with parents at least 3 days prior to the review conference",
 'rcpcchair': "The report will be available to the conference chair at least 3 days prior to the review conference",
 'ptt': "when they have been subject to a plan for 12 months",
 'plo1': "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 'fgc': "Referral should be made within 3 working days of the first PLO meeting",
 'via': "Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 'plomin': "distributed to parents and their legal representation within 7 days of the meeting",
 'plorev': "Review PLO meetings with parents to be held every 4-6 weeks",
 'rlpm': "A review legal planning meeting will be held at 12 weeks",
 'lg16': "a Legal Gateway meeting will be convened at 16 weeks",
 'cin20': "will set the first CIN meeting within 20 days",
 'cin10': "the initial CIN meeting must take place within 10 days",
 'cinrev': "CIN review meetings will be held at least every 6 weeks",
 'cinv': "A child subject to a CIN plan will be seen at least every 6 weeks",
 'cic20': "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 'cicv': "The child will be visited within 1 working day of coming into care or having a change in placement",
 'cicv2': "All looked after children will be seen within 1 working day of placement",
 'pm': "The placement meeting will be held within 3 working days",
 'pp5': "an updated copy given to the carers within 5 working days of the placement beginning",
 'ft8': "reviewed at least every 8 week until the plan for permanence is agreed",
 'pack': "coming into care pack, children rights leaflet within 3 weeks",
 'legal5': "informed of the child’s legal status within 5 working days",
 'iha': "An initial health assessment will be requested and carried out within 20 working days",
 'pep': "A PEP meeting will be arranged within the school within 20 days",
 'lacw': "Statutory looked after visits must happen weekly until the first looked after review",
 'lac6': "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 'lac12': "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement and been there for over 12 months",
 'cp10': "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 'lacr': "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 'iro3': "this will be with the IRO 3 days before the review",
 'iroch': "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 'irodr': "should be completed from start to finish within 20 working days",
 'pw': "A pathway plan will be started when the young person is 15 years 6 months",
 'ad6': "If a child under the age of 6 enters PLO or proceedings",
 'adw': "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 'ad6w': "visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 'ad10': "Once the children have been in placement with the adopter for 10 weeks",
 'fcv': "Trafford foster carers are visited at least once every six weeks",
 'fcrec': "a record of this visit is recorded on LCS within 3 working days",
 'fcun': "will have an unannounced visit at least once every 12 months",
 'fcar': "All Trafford foster carers will have an annual review",
 'fcpanel': "annual review presented to the Fostering Panel at least every three years",
 'fcdbs': "updated statutory references, medicals and DBS checks at least every three years",
 'fctrain': "must update their core training at least every three years",
 'var6': "This can only be given for up to 6 working days",
 'temp16': "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 'rec3': "any event or contact is recorded within 3 days",
 'sum3': "A clear and concise case file summary which has been updated within the last 3 months",
 'ass12': "An up to date assessment (within the last 12 months) on each child",
 'adv12': "if they are 12 or over they should be offered an advocate",
 # for none rows: nearest related sentence
 'n_next': "The child protection chair will set the date of the next conference",
 'n_lac': "a new LAC review will be set in accordance with the timescales",
 'n_sup': "The progress of the CIN plan should be monitored through supervision which takes place in line with the supervision policy",
 'n_shop': "Arrange SHOPBA (Should be placed for adoption meeting) with the Agency Decision Maker (ADM)",
 'n_pw': "will be reviewed by the IRO as part of the statutory review",
 'n_life': "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
 'n_ff': "a referral should be made to Family Focus by emailing the team",
 'n_annex': "The Social Worker will complete the Annex A suitability report for Court",
 'n_strat': "the plan for the enquiries and decisions recorded and a record sent to all participating professionals",
 'n_sgo': "The plan for permanence for all Children in our care must be reviewed regularly",
 'n_supp': "a Support Meeting will be held and chaired by the Team Leader",
}

def R(v, k, t, q, s=None, r=None, n=None, p=(), a=None, b=None, amb=None):
    d = {'v': v, 'k': k, 't': t, 'q': q, 'r': r, 'n': n, 'p': [P[x] for x in p]}
    for key, val in (('s', s), ('a', a), ('b', b), ('amb', amb)):
        if val is not None: d[key] = val
    return d

ROWS = []
A = ROWS.append
I,S,Du,T,N,M = 'indirect','scenario','duty','typos','newstarter','manager'
# ---- Front Door / referrals
A(R(I,'date','2025-12-24',"a contact came into the front door this morning ({s|long}). by when does a team leader have to decide what we're doing with it?", s='today', r='wd', n=1, p=['fd']))
A(R(S,'date','2026-04-02',"Health visitor rang the front door on {s|long} worried about a 2 year old (DOB {a|dmY}) - mum hasn't been answering the door since her last appointment. It's logged as a contact. When does the TL have to decide what we're doing with it?", s='2026-04-02', a='2024-01-19', r='wd', n=1, p=['fd']))
A(R(T,'date','2027-03-25',"refferal recieved {s|dotY} when does it need actioning by a sw", s='2027-03-25', r='wd', n=1, p=['ref']))
A(R(S,'date','2026-05-22',"School rang in on {s|long} about a 7 year old (DOB {a|dmY}) with a bruise on his arm. It's been screened as level 4 and is sitting with us. When does the TL need to have made the initial decision on what action is needed?", s='2026-05-22', a='2019-03-14', r='wd', n=1, p=['init']))
A(R(N,'date','2025-08-22',"Hi, sorry if this is a silly question - a referral was passed to me on {s|long}. How quickly do I need to action it as the social worker?", s='2025-08-22', r='wd', n=1, p=['ref']))
A(R(I,'date','2027-12-23',"police sent something through to the front door on the {s|th} of December - when's the latest a manager should have screened it and decided what happens?", s='2027-12-23', r='wd', n=1, p=['fd']))
# ---- allocation for C&F assessment (3 WD)
A(R(I,'date','2026-12-23',"we've agreed a family needs a full assessment, decision made {s|ord}. how long has the TL got to give it to a worker?", s='2026-12-23', r='wd', n=3, p=['alloc']))
A(R(Du,'date','2025-08-21',"new ref {s|dm} - alloc for CFA by?", s='2025-08-21', r='wd', n=3, p=['alloc']))
A(R(M,'date','2027-05-10',"Referral accepted for C&F assessment {s|dmy}, case allocated on LCS {a|dmy}. Was allocation within timescale?", s='2027-04-29', a='2027-05-06', r='wd', n=3, p=['alloc']))
# ---- TL review 15 WD
A(R(I,'date','2025-12-17',"I started a child and family assessment on {s|ord}. When does my team leader need to have looked over it?", s='2025-12-15', r='wd', n=15, p=['tlrev']))
A(R(T,'date','2026-03-24',"asesment started {s|ordl} when is the TL reveiw due", s='2026-03-20', r='wd', n=15, p=['tlrev']))
A(R(S,'date','2027-08-20',"Mum has 3 kids, youngest born {a|dmY}. I opened the C&F assessment on {s|long} after the health visitor raised neglect concerns; the GCP2 is booked for {b|dM}. When is my TL meant to review the assessment?", s='2027-08-16', a='2027-06-02', b='2027-09-01', r='wd', n=15, p=['tlrev']))
A(R(M,'date','2026-06-01',"C&F started {s|dmy}, TL review recorded {a|dmy}. in timescale?", s='2026-04-27', a='2026-05-19', r='wd', n=15, p=['tlrev']))
# ---- 45 days
A(R(S,'date','2025-11-20',"Neighbour reported the kids being left alone. I started the assessment on {s|dmY}; the youngest was born {a|dmY} and the family have a housing appointment on {b|dM}. When does the assessment have to be finished?", s='2025-11-14', a='2023-06-05', b='2025-12-03', r='d', n=45, p=['a45']))
A(R(S,'date','2026-07-20',"Family moved into the area on {a|dM} and school made a referral. I opened the C&F assessment on {s|long} and the strat was a week earlier. What's the completion date for the assessment?", s='2026-07-17', a='2026-07-01', r='d', n=45, p=['a45']))
A(R(S,'date','2027-02-10',"Dad's partner moved in on {a|dmY} and school raised concerns about the older child. The C&F assessment opened on {s|dmY}. Baby is due {b|dM}. What's the final date for completing the assessment?", s='2027-02-08', a='2026-12-01', b='2027-04-20', r='d', n=45, p=['a45']))
A(R(M,'date','2026-02-16',"Assessment opened {s|dmy} and authorised {a|dmy} - within the 45 days?", s='2025-12-22', a='2026-02-06', r='d', n=45, p=['a45']))
A(R(T,'date','2028-01-05',"c&f started {s|dotY} whens it due to be completed", s='2027-12-20', r='d', n=45, p=['a45']))
A(R(N,'date','2026-10-07',"Could someone tell me the deadline for finishing a Child and Family Assessment that I started on {s|long}? Thank you!", s='2026-10-05', r='d', n=45, p=['a45']))
A(R(S,'date','2025-04-14',"Mum (DOB {a|dmY}) is pregnant and the referral came from midwifery. I started the Child and Family Assessment on {s|dM}. What's the absolute last day to have it done?", s='2025-03-10', a='1999-07-22', r='d', n=45, p=['a45']))
# ---- S47 progress discussion 5 days
A(R(I,'date','2026-12-22',"the child protection enquiry kicked off {s|wd}. when should me and my manager sit down and talk about how it's going?", s='Mon', r='d', n=5, p=['s47d']))
A(R(S,'date','2025-12-30',"We started a Section 47 on {s|ord} after the school nurse saw marks on a 4 year old. The strat was the same day and the medical happened on {a|ord}. When do I need the progress discussion with my manager?", s='2025-12-29', a='2025-12-30', r='d', n=5, p=['s47d']))
A(R(S,'date','2027-04-01',"Strat held {a|dM}, then on {s|long} we initiated the S47 after the joint visit with police. Dad's contact is on {b|dM}. When should I have the progress discussion with my manager?", s='2027-03-30', a='2027-03-29', b='2027-04-02', r='d', n=5, p=['s47d']))
# ---- strategy discussion 1 WD
A(R(I,'date','2026-06-09',"my manager decided {s|wd} ({s|dm}) we need to get police and health together to talk about the concerns. latest it can happen?", s='2026-06-09', r='wd', n=1, p=['strat','strat24']))
A(R(N,'date','2025-05-02',"Hello, my team leader decided this morning (Friday 2nd May) that we need a strategy discussion. What's the latest date it can take place?", s='today', r='wd', n=1, p=['strat','strat24'], amb="The S47 section says 'within 24 hours', which would be Saturday 3 May; the 1 working day rule gives Tuesday 6 May (5 May is a bank holiday)."))
A(R(T,'date','2027-11-10',"mangement decison for strat made {s|dotY} when does it have to happen by", s='2027-11-10', r='wd', n=1, p=['strat','strat24']))
# ---- CFR -> Neighbourhood Team transfer notice / joint visit
A(R(I,'date','2026-08-27',"we emailed the neighbourhood team yesterday to say the case is coming over to them at CIN. when does the joint home visit with the new worker need to be done by?", s='yesterday', r='d', n=5, p=['joint','notice']))
A(R(N,'date','2025-10-01',"I'm in CFR and want the case to move to the Neighbourhood Team on {s|long}. What's the latest I can email them to give enough notice?", s='2025-10-13', r='db', n=5, p=['notice']))
A(R(S,'date','2027-01-05',"CFR sent the transfer email to the Neighbourhood Team on {s|dMY}. The family are away until {a|dM}. By when should the CFR worker and the NT worker have done the joint intro visit?", s='2027-01-04', a='2027-01-07', r='d', n=5, p=['joint']))
# ---- ICPC 15 WD from strat
A(R(Du,'date','2025-12-19',"strat {s|dmy} icpc by?", s='2025-12-19', r='wd', n=15, p=['icpc']))
A(R(I,'date','2026-03-27',"we had the multi-agency meeting with police on {s|dm} that started the enquiries. when does the big meeting where everyone decides whether a protection plan is needed have to happen by?", s='2026-03-25', r='wd', n=15, p=['icpc']))
A(R(T,'date','2027-03-18',"strat was {s|ordl}, wen is icpc due", s='2027-03-17', r='wd', n=15, p=['icpc']))
A(R(S,'date','2026-08-20',"Baby born {a|dmY}, hospital raised concerns and we held the strategy discussion on {s|long}. S47 is underway and the medical is on {b|dM}. When does the initial conference need to be held by?", s='2026-08-19', a='2026-08-14', b='2026-08-21', r='wd', n=15, p=['icpc']))
A(R(M,'date','2025-05-30',"ICPC was held {a|dmy}, strat {s|dmy}, was that in timescale?", s='2025-05-01', a='2025-05-23', r='wd', n=15, p=['icpc']))
A(R(N,'date','2027-12-14',"Hi all, I'm new to CP work. The strategy discussion was on {s|long}. When is the Initial Child Protection Conference due by, please?", s='2027-12-13', r='wd', n=15, p=['icpc']))
A(R(I,'date','2028-04-05',"police and us talked it through {s|wd} and agreed to go to a conference. what's the last day the conference can be?", s='Tue', r='wd', n=15, p=['icpc']))
A(R(S,'date','2026-12-18',"Two siblings (8 and 11). Strategy discussion on {s|dmY}, the older one's birthday is {a|dM} and Mum's got a court date {b|dM}. Latest date for ICPC?", s='2026-12-16', a='2027-01-06', b='2027-01-12', r='wd', n=15, p=['icpc']))
A(R(Du,'date','2025-04-11',"strat {s|d/m} - latest icpc?", s='2025-04-10', r='wd', n=15, p=['icpc']))
# ---- ICPC report to chair 3 WD before / family 3 days before
A(R(I,'date','2026-03-30',"the first CP conference is on {s|long}. when does my report need to be with the person chairing it?", s='2026-04-08', r='wdb', n=3, p=['repchair']))
A(R(S,'date','2027-05-26',"ICPC for a baby born {a|dmY} is booked for {s|long}. The core group and review dates aren't set yet obviously. When does my report have to be with the CP chair, signed off by my TL?", s='2027-06-02', a='2027-05-03', r='wdb', n=3, p=['repchair']))
A(R(T,'date','2025-12-22',"icpc is on {s|ordl} when do i have to send my report to the chair", s='2026-01-05', r='wdb', n=3, p=['repchair']))
A(R(I,'date','2026-05-20',"initial conference is {s|wd} {s|th}. whats the latest I can go through my report with mum and dad?", s='2026-05-26', r='db', n=3, p=['repfam']))
A(R(N,'date','2027-08-23',"The initial child protection conference is booked for {s|long}. By when do I need to share my report with the family?", s='2027-09-01', r='db', n=3, p=['repfam']))
# ---- first core group 10 days
A(R(Du,'date','2025-12-22',"icpc {s|dm}, 1st core group by?", s='2025-12-22', r='d', n=10, p=['cg']))
A(R(I,'date','2026-04-02',"the conference made the kids subject to a plan on {s|ord}. when's the first meeting of the group that fleshes out the plan?", s='2026-03-30', r='d', n=10, p=['cg']))
A(R(S,'date','2027-01-28',"ICPC was on {s|long} and both children went on plans under neglect. Review conference pencilled for {a|dM}. When does the first core group need to be by?", s='2027-01-26', a='2027-04-26', r='d', n=10, p=['cg']))
A(R(M,'date','2025-09-15',"ICPC {s|dmy}, first CG held {a|dmy}. in timescale?", s='2025-08-26', a='2025-09-08', r='d', n=10, p=['cg']))
# ---- CP visits every 4 weeks
A(R(Du,'visits','2026-01-05',"last CP visit {s|dm}, next due?", s='2025-12-23', r='w', n=4, p=['cpv']))
A(R(I,'visits','2025-04-22',"I last saw the little one on a protection plan at home last Thursday. latest I can go back?", s='last Thu', r='w', n=4, p=['cpv']))
A(R(T,'visits','2027-05-04',"cp vist was {s|dotY} whens the next one", s='2027-04-30', r='w', n=4, p=['cpv']))
A(R(S,'visits','2026-08-27',"Child on a CP plan since {a|dM}. I did an unannounced visit on {s|dM} and saw her alone in her bedroom. Core group is {b|dM}. When's the next statutory visit due?", s='2026-08-26', a='2026-06-15', b='2026-09-10', r='w', n=4, p=['cpv']))
A(R(N,'visits','2027-12-06',"Could you tell me when my next visit to a child on a child protection plan is due? I saw him at home on {s|long}.", s='2027-12-03', r='w', n=4, p=['cpv']))
# ---- review CP conference reports
A(R(I,'date','2026-12-14',"the review conference is {s|long}. when's the latest the parents should get the plan update report?", s='2026-12-29', r='db', n=3, p=['rcpcpar']))
A(R(Du,'date','2025-08-20',"rcpc {s|dm} - report to chair by?", s='2025-09-01', r='db', n=3, p=['rcpcchair']))
A(R(I,'date','2027-05-24',"second review of the protection plan is happening {s|long}. when does mum need to have seen my update?", s='2027-06-01', r='db', n=3, p=['rcpcpar']))
# ---- 12 months on a plan -> professional thinking time
A(R(I,'date','2026-01-15',"child's been on a protection plan since {s|dMY} and nothing is shifting. when does it hit the point where we should have the professionals' thinking-time meeting?", s='2025-02-11', r='m', n=12, p=['ptt']))
A(R(M,'date','2027-11-02',"CP plan started {s|dmy}. When does it reach 12 months for the PTT meeting?", s='2026-12-29', r='m', n=12, p=['ptt']))
# ---- PLO
A(R(S,'date','2026-04-01',"Legal Gateway was {a|dM}. The PLO letter is dated {s|dMY} and mum's solicitor has said she's free from {b|dM}. When should the first PLO meeting be held by?", s='2026-03-27', a='2026-03-25', b='2026-04-01', r='d', n=10, p=['plo1']))
A(R(I,'date','2025-12-12',"we sent the parents the letter that starts pre-proceedings, it's dated {s|ord}. when do we need to have the first meeting with them and their solicitor?", s='2025-12-11', r='d', n=10, p=['plo1']))
A(R(S,'date','2027-08-19',"Legal Gateway on {a|dMY} agreed PLO. The letter went out dated {s|dMY}. Dad says his solicitor is on holiday until {b|dM}. When should the first meeting take place?", s='2027-08-18', a='2027-08-12', b='2027-09-06', r='d', n=10, p=['plo1']))
A(R(T,'date','2025-05-23',"plo letter was {s|ordl} when shud the first meeting be", s='2025-05-22', r='d', n=10, p=['plo1']))
A(R(I,'date','2026-05-22',"we had the first pre-proceedings meeting {s|wd}. parents haven't had a family group conference. when does the referral for one need to go in?", s='Thu', r='wd', n=3, p=['fgc']))
A(R(N,'date','2027-12-22',"The first PLO meeting was on {s|long}. If the parents consent to a Family Group Conference, by when does the referral have to be made?", s='2027-12-21', r='wd', n=3, p=['fgc']))
A(R(I,'date','2025-08-22',"at the first pre-proceedings meeting on {s|ord} the parents named grandma as someone who could look after the kids. when do I need to ask the family placement team to screen her?", s='2025-08-21', r='wd', n=3, p=['via']))
A(R(S,'date','2026-12-23',"Initial PLO meeting was {s|long}. Aunt and uncle were put forward as alternative carers; the FGC isn't until {a|dM}. When's the deadline for the viability screening request to Family Placement?", s='2026-12-22', a='2027-01-19', r='wd', n=3, p=['via']))
A(R(S,'date','2026-04-08',"First PLO meeting was {s|long}. Dad didn't attend but his solicitor did. The review PLO meeting is pencilled for {a|dM}. When do the minutes need to go to the parents and their solicitors?", s='2026-04-02', a='2026-05-07', r='d', n=7, p=['plomin']))
A(R(S,'date','2027-03-29',"The first PLO meeting was held at the town hall on {s|dMY}; the PLO letter was dated {a|dM}. Both parents came with their solicitors. When do the minutes need to be sent out?", s='2027-03-24', a='2027-03-12', r='d', n=7, p=['plomin']))
A(R(I,'visits','2026-02-24',"last meeting with the parents under pre-proceedings was {s|ord}. what's the latest the next one can be?", s='2026-02-18', r='w', n=6, p=['plorev'], amb="The standard says every 4-6 weeks; the latest date is 6 weeks on, but 4 weeks on (2026-03-18) is the earliest expected."))
A(R(M,'date','2025-06-02',"PLO started with the letter dated {s|dmy}. When should the 12 week review legal planning meeting be?", s='2025-03-10', r='w', n=12, p=['rlpm'], amb="The standard does not say what the 12 weeks run from; counted from the PLO letter, a reader could count from the first PLO meeting instead."))
A(R(M,'date','2027-02-01',"Case still in PLO. Letter dated {s|dmy}. When's the 16 week Legal Gateway?", s='2026-10-20', r='w', n=16, p=['lg16'], amb="The standard does not say what the 16 weeks run from; counted from the PLO letter, a reader could count from the first PLO meeting instead."))
# ---- CIN
A(R(I,'date','2026-04-01',"kids came off their protection plans at the review conference on {s|dM}. when should the first meeting under the child in need plan be?", s='2026-03-31', r='d', n=20, p=['cin20']))
A(R(Du,'date','2025-12-10',"deplanned {s|dmy} - 1st CIN mtg by?", s='2025-12-09', r='d', n=20, p=['cin20']))
A(R(S,'date','2027-07-30',"RCPC on {s|long} ended the CP plan; mum's new baby is due {a|dM} and the eldest turns 16 on {b|dM}. When does the first CIN meeting need to be held?", s='2027-07-29', a='2027-09-15', b='2027-08-20', r='d', n=20, p=['cin20']))
A(R(I,'date','2026-08-24',"case came across to us from the front door team on {s|ord}. when's the latest the first meeting with family and professionals can be?", s='2026-08-21', r='d', n=10, p=['cin10']))
A(R(T,'date','2025-04-22',"case transfered from CFR {s|dotY} wen is the initial cin meeting due", s='2025-04-17', r='d', n=10, p=['cin10']))
A(R(N,'date','2027-12-20',"A Child in Need case transferred to me from Children's First Response on {s|long}. When must the initial CIN meeting happen?", s='2027-12-17', r='d', n=10, p=['cin10']))
A(R(S,'visits','2026-05-06',"The children are on CIN plans since {a|dM}. We held a CIN review meeting at school on {s|long} and the next home visit is booked {b|dM}. When's the next CIN review meeting due by?", s='2026-04-30', a='2026-02-02', b='2026-05-12', r='w', n=6, p=['cinrev']))
A(R(I,'visits','2027-08-31',"we last got everyone round the table to go over the child in need plan on {s|ord}. latest for the next one?", s='2027-08-26', r='w', n=6, p=['cinrev']))
A(R(T,'visits','2025-11-19',"cin visit done {s|dotY} when is next visit due", s='2025-11-14', r='w', n=6, p=['cinv']))
A(R(I,'visits','2026-11-20',"I last saw the boy I'm working with under the child in need plan at home on {s|dMY}. when do I have to see him again?", s='2026-11-16', r='w', n=6, p=['cinv']))
A(R(S,'visits','2028-02-25',"Child on a CIN plan, DOB {a|dmY}. I saw her at school on {b|dM} but the last home visit was {s|dM}. When's the next CIN visit due?", s='2028-02-10', a='2016-05-11', b='2028-02-22', r='w', n=6, p=['cinv'], amb="Only home visits count as CIN visits, so counted from the home visit; a reader might wrongly count from the school visit."))
# ---- Children in care
A(R(I,'date','2026-12-24',"a child came into care in an emergency last night ({s|dM}) and there's no recent assessment. when does the assessment need to be done?", s='2026-12-23', r='wd', n=20, p=['cic20']))
A(R(S,'date','2025-04-16',"Police protection on {s|long}, the 13 year old (DOB {a|dmY}) was placed in an emergency foster placement and became looked after the same day. No up to date assessment. When's the assessment due?", s='2025-04-15', a='2011-09-02', r='wd', n=20, p=['cic20']))
A(R(Du,'date','2026-04-02',"LAC from {s|dm} - visit by?", s='2026-04-02', r='wd', n=1, p=['cicv','cicv2']))
A(R(I,'date','2025-12-24',"she moved to her new foster carers today. when do I need to go and see her by?", s='today', r='wd', n=1, p=['cicv','cicv2']))
A(R(T,'date','2027-05-28',"placment change {s|dotY} when do i need to visit", s='2027-05-28', r='wd', n=1, p=['cicv','cicv2']))
A(R(S,'date','2026-08-28',"Young person (15) was accommodated under s20 on {s|long} after a family breakdown. Her birthday is {a|dM}. When does she need to be visited by?", s='2026-08-28', a='2026-09-03', r='wd', n=1, p=['cicv','cicv2']))
A(R(Du,'date','2025-05-02',"placed {s|dm} - placement mtg by?", s='2025-05-02', r='wd', n=3, p=['pm']))
A(R(I,'date','2027-12-23',"new carers took the children on {s|ord}. when do we need to sit down with the carers to agree what they can sign off for the kids?", s='2027-12-22', r='wd', n=3, p=['pm']))
A(R(N,'date','2026-05-21',"A child is being placed with foster carers tomorrow ({s|long}). When should the placement meeting be held by?", s='tomorrow', r='wd', n=3, p=['pm']))
A(R(I,'date','2025-08-21',"placement started {s|dMY}. when do the carers need the updated version of the placement plan?", s='2025-08-20', r='wd', n=5, p=['pp5']))
A(R(S,'date','2026-04-01',"The boys moved in with their foster carer on {s|long}. We had the placement meeting on {a|dM}. When's the updated placement plan due to the carer?", s='2026-03-31', a='2026-04-02', r='wd', n=5, p=['pp5']))
A(R(I,'visits','2027-03-03',"the arrangements for the kids seeing their mum and dad were last looked at on {s|dMY}. permanence plan isn't agreed yet. when do they need looking at again?", s='2027-01-06', r='w', n=8, p=['ft8']))
A(R(S,'visits','2025-10-01',"The two girls came into care on {a|dM}; no permanence plan yet. Family time with mum and dad was last reviewed at the meeting on {s|long}. When does family time need reviewing again?", s='2025-09-24', a='2025-08-01', r='w', n=8, p=['ft8']))
A(R(I,'date','2026-12-22',"when should the child get the welcome pack and the leaflet about their rights? came into care on {s|dM}", s='2026-12-15', r='w', n=3, p=['pack']))
A(R(T,'date','2025-04-04',"child became lac on the 2nd, when do they need there coming into care pack", s='the 2nd', r='w', n=3, p=['pack']))
A(R(I,'date','2027-03-24',"child became looked after {s|wd} {s|ord}. by when do all the other professionals need telling about the legal status?", s='2027-03-23', r='wd', n=5, p=['legal5']))
A(R(N,'date','2025-12-23',"A child became looked after on {s|long}. By when should the other professionals involved be told about their legal status?", s='2025-12-22', r='wd', n=5, p=['legal5']))
A(R(Du,'date','2026-12-18',"LAC {s|dmy}, IHA by?", s='2026-12-17', r='wd', n=20, p=['iha']))
A(R(S,'date','2025-04-10',"A 6 year old boy (DOB {a|dmY}) came into care on {s|dMY} under an interim care order. His GP has an appointment for him on {b|dM}. When must his initial health assessment be done by?", s='2025-04-09', a='2018-11-30', b='2025-04-23', r='wd', n=20, p=['iha']))
A(R(M,'date','2027-06-14',"Child looked after from {s|dmy}, IHA done {a|dmy}. in timescale?", s='2027-04-26', a='2027-05-26', r='wd', n=20, p=['iha']))
A(R(I,'date','2026-07-21',"child came into care {s|ord}. when does the school meeting about her education plan need to be?", s='2026-07-20', r='d', n=20, p=['pep'], amb="The standard does not say what the 20 days run from; counted from coming into care, a reader could count from starting at the school."))
A(R(T,'date','2025-12-03',"pep meeting due when? child placed {s|dotY}", s='2025-12-01', r='d', n=20, p=['pep'], amb="The standard does not say what the 20 days run from; counted from placement."))
A(R(I,'visits','2025-12-24',"he's in care and hasn't had his first review yet. I saw him last on {s|ord}. when's my next visit due?", s='2025-12-23', r='w', n=1, p=['lacw']))
A(R(S,'visits','2027-04-01',"Child came into care on {a|dM} and the first LAC review is booked for {b|dM}. I visited on {s|long}. When's the next statutory visit due?", s='2027-03-25', a='2027-03-10', b='2027-04-07', r='w', n=1, p=['lacw']))
A(R(I,'visits','2026-09-01',"she's had her first review in care and there's no permanence plan yet. last visit {s|dMY}. next visit latest?", s='2026-08-27', r='w', n=6, p=['lac6']))
A(R(N,'visits','2025-05-06',"The child has had their first Looked After Review and the plan for permanence isn't finalised. I last visited on {s|long} - when is my next statutory visit due?", s='2025-04-24', r='w', n=6, p=['lac6']))
A(R(S,'date','2026-03-30',"Young person moved into what's now her permanent long-term foster placement on {s|dMY} and is very settled there. From what date could her statutory visits move to 12 weekly?", s='2025-04-01', r='m', n=12, p=['lac12'], amb="'Over 12 months' could be read as the day after the 12-month date (2026-04-02)."))
A(R(I,'visits','2027-12-01',"his visits went to every 12 weeks because he's been settled in his permanent home for years. last visit was {s|dMY}. when's the next?", s='2027-11-03', r='w', n=12, p=['lac12']))
A(R(S,'date','2026-05-22',"A 9 year old was placed with foster carers on {s|long}; her LAC review is booked for {a|dM}. When must the up to date care plan be on the electronic system?", s='2026-05-20', a='2026-06-16', r='d', n=10, p=['cp10']))
A(R(S,'date','2025-08-19',"Sibling pair placed together on {s|ord} after a PPO the night before. The placement meeting is booked for {a|dM}. When does the care plan need to be recorded on the system?", s='2025-08-18', a='2025-08-20', r='d', n=10, p=['cp10']))
A(R(Du,'date','2025-12-17',"LAC {s|dmy} - 1st LAC review by?", s='2025-12-16', r='wd', n=20, p=['lacr']))
A(R(I,'date','2026-03-19',"the child came into care on {s|dM}. when does the first meeting with the independent reviewing officer to go over her care plan need to be?", s='2026-03-18', r='wd', n=20, p=['lacr']))
A(R(T,'date','2027-05-05',"child became looked after {s|ordl} wen is the first review", s='2027-05-04', r='wd', n=20, p=['lacr']))
A(R(S,'date','2028-03-31',"Three siblings were accommodated under an ICO on {s|dMY}; the youngest's DOB is {a|dmY}. The next court hearing is {b|dM}. When must the initial LAC review be held?", s='2028-03-30', a='2024-08-14', b='2028-04-20', r='wd', n=20, p=['lacr']))
A(R(M,'date','2026-09-14',"child became LAC {s|dmy}, first review held {a|dmy}, in timescale?", s='2026-08-03', a='2026-09-01', r='wd', n=20, p=['lacr']))
A(R(I,'date','2027-12-13',"the review for the child in care is on {s|long}. when's the latest my written report needs to be with the IRO?", s='2027-12-20', r='db', n=3, p=['iro3']))
A(R(S,'date','2026-04-01',"The LAC review is booked for {s|long} at the foster carer's house. Mum's been told about it and the child's birthday is {a|dM}. When does my written report have to be with the IRO?", s='2026-04-07', a='2026-04-11', r='db', n=3, p=['iro3']))
# ---- IRO challenge / dispute
A(R(I,'date','2025-12-19',"the IRO flagged drift with me informally yesterday. how long before it turns into a formal dispute if we don't sort it?", s='yesterday', r='wd', n=5, p=['iroch']))
A(R(M,'date','2026-04-01',"IRO informal challenge raised {s|dmy}. When does it go to formal dispute if unresolved?", s='2026-03-31', r='wd', n=5, p=['iroch']))
A(R(I,'date','2027-03-23',"the IRO started the formal dispute process on {s|dMY}. when should the whole thing be finished?", s='2027-03-22', r='wd', n=20, p=['irodr']))
A(R(S,'date','2025-08-15',"The IRO's informal challenge about drift wasn't resolved, so the formal dispute started on {s|long}. The next LAC review is {a|dM}. By when must the dispute process be completed?", s='2025-08-14', a='2025-10-02', r='wd', n=20, p=['irodr']))
# ---- Adoption
A(R(I,'visits','2026-04-02',"the little one moved in with her new adoptive parents and hasn't had the first review yet. I visited {s|dM}. next one due?", s='2026-03-27', r='w', n=1, p=['adw']))
A(R(Du,'visits','2025-08-22',"adoptive placement, post 1st LAC review, last visit {s|dm} - next by?", s='2025-07-17', r='w', n=6, p=['ad6w']))
A(R(S,'date','2026-12-21',"Matching panel was {a|dM} and after introductions he moved in with his adopters on {s|dMY}. The first LAC review was {b|dM}. From when can the adopters apply for the Adoption Order?", s='2026-10-16', a='2026-09-24', b='2026-11-12', r='w', n=10, p=['ad10']))
A(R(S,'date','2027-05-28',"Child was placed with the adopters on {s|dMY} after the match was ratified by the ADM on {a|dM}. When's the earliest they can apply for the Adoption Order?", s='2027-03-26', a='2027-03-10', r='w', n=10, p=['ad10']))
# ---- Fostering
A(R(I,'visits','2025-12-30',"I'm a supervising social worker; I last visited one of our foster families on {s|ord}. latest I can go back?", s='2025-11-18', r='w', n=6, p=['fcv']))
A(R(T,'visits','2027-04-06',"foster carer supervison visit was {s|dotY} when is the next one due", s='2027-02-23', r='w', n=6, p=['fcv']))
A(R(I,'date','2026-05-22',"went out to see a foster carer household {s|wd}. when does the write-up need to be on the system?", s='Thu', r='wd', n=3, p=['fcrec']))
A(R(Du,'date','2027-12-22',"FC visit {s|dm}, record on LCS by?", s='2027-12-22', r='wd', n=3, p=['fcrec']))
A(R(I,'visits','2026-03-02',"the last time we dropped in on a foster carer without warning was {s|dMY}. when's the next surprise visit due by?", s='2025-03-04', r='m', n=12, p=['fcun']))
A(R(M,'date','2026-06-10',"Carer's last annual review was {s|dmy}. When is the next one due?", s='2025-06-30', r='m', n=12, p=['fcar']))
A(R(I,'date','2027-01-11',"the last time a foster carer's yearly review went in front of the panel was {s|dMY}. when does one have to go to panel again?", s='2024-02-29', r='y', n=3, p=['fcpanel']))
A(R(M,'date','2026-09-01',"Foster carer's DBS and medical last updated {s|dmy}. When are they next due?", s='2023-10-12', r='y', n=3, p=['fcdbs']))
A(R(N,'date','2025-09-08',"One of our foster carers last did their core training on {s|dMY}. When do they need to update it by?", s='2022-11-23', r='y', n=3, p=['fctrain']))
A(R(I,'date','2026-12-23',"we placed a 14 year old with carers approved only for under 10s, the strategic lead gave the ok on {s|dM}. how long does that last?", s='2026-12-23', r='wd', n=6, p=['var6']))
A(R(Du,'date','2025-04-17',"variation of terms approved {s|dm}, runs out?", s='2025-04-17', r='wd', n=6, p=['var6'], amb="'Up to 6 working days' is counted as the 6th working day after approval; a reader might count the approval day as day 1."))
A(R(S,'date','2026-02-10',"The ADM gave grandparents temporary approval as connected person foster carers on {s|dMY}, and the kids moved in that afternoon. Their full assessment is due at panel in May. When does the temporary approval run out if it's not extended?", s='2026-02-06', r='w', n=16, p=['temp16']))
A(R(S,'date','2025-10-08',"Aunt was temporarily approved as a connected person carer on {s|dMY} and the child moved in the next day. Panel have agreed to extend the approval. When does the extended approval end?", s='2025-06-10', r='w', n=24, p=['temp16'], amb="Counted 16 + 8 = 24 weeks from the approval date; a reader might count from the day the child moved in (2025-06-11)."))
# ---- Case recording / case summary / assessment age
A(R(I,'date','2027-03-26',"I did a home visit {s|wd}. by when does it need to be written up?", s='Wed', r='d', n=3, p=['rec3']))
A(R(T,'date','2025-12-23',"contact with mum on {s|dotY} whens the case note due", s='2025-12-22', r='d', n=3, p=['rec3']))
A(R(S,'date','2026-08-03',"I'm picking up a case from a colleague who left. The case file summary was last updated {s|dMY} and the last supervision was {a|dM}. When does the summary need updating by?", s='2026-05-31', a='2026-07-14', r='m', n=3, p=['sum3']))
A(R(M,'date','2027-02-02',"Case summary last updated {s|dmy}. When does it go out of date?", s='2026-11-30', r='m', n=3, p=['sum3']))
A(R(I,'date','2026-01-06',"the last full assessment on this child was signed off {s|dMY}. when does it stop counting as up to date?", s='2025-01-31', r='m', n=12, p=['ass12'], amb="Counted from the date the assessment was authorised; a reader might count from its completion date."))
# ---- Ages
A(R(I,'age','2026-03-10',"when should we start her plan for leaving care? she was born {s|dmY}", s='2011-06-30', r='age_m', n=186, p=['pw']))
A(R(Du,'age','2027-01-04',"YP DOB {s|dmy} - pathway plan start date?", s='2011-08-12', r='age_m', n=186, p=['pw']))
A(R(N,'age','2025-06-15',"A young person in our care has a date of birth of {s|dMY}. When should their pathway plan be started?", s='2010-02-28', r='age_m', n=186, p=['pw']))
A(R(S,'age','2026-02-04',"We're in PLO for a boy born {s|dmY}; the PLO letter went out {a|dM}. From what date does he stop counting as under 6 for getting an adoption worker and family finder allocated?", s='2020-02-29', a='2026-01-20', r='age', n=6, p=['ad6'], amb="A reader could give 28 February 2026 as the 6th birthday for a 29 Feb child; the convention used is 1 March in a non-leap year."))
A(R(I,'age','2027-06-01',"we might go to PLO with a little girl born {s|dmY}. when does she get too old for the adoption worker being brought in automatically?", s='2021-09-14', r='age', n=6, p=['ad6']))
A(R(I,'age','2025-11-03',"from what date should the lad (DOB {s|dmY}) be offered someone to support him to come to his protection conference?", s='2013-12-25', r='age', n=12, p=['adv12']))
A(R(T,'age','2026-10-12',"child dob {s|dotY} when does she turn 12 for the advocate thing at conference", s='2014-11-09', r='age', n=12, p=['adv12']))
A(R(M,'age','2028-01-10',"YP DOB {s|dmy}. Date pathway plan should have started?", s='2012-03-13', r='age_m', n=186, p=['pw']))
# ---- Choice: two standards plausibly fit
A(R(Du,'choice','2026-03-31',"conference was {s|dm}, what's next due?", s='2026-03-30', r=[('d',10,'s'),('w',4,'s')], p=['cg','cpv'], amb="Could mean the first core group (10 days) or the first CP visit (4 weeks)."))
A(R(I,'choice','2025-12-11',"I've just started a family's assessment today, what's my deadline?", s='today', r=[('wd',15,'s'),('d',45,'s')], p=['tlrev','a45'], amb="Could mean the Team Leader review (15 working days) or completion (45 days)."))
A(R(N,'choice','2027-03-24',"We had the first PLO meeting on {s|long}. What's the next deadline I need to meet?", s='2027-03-23', r=[('wd',3,'s'),('d',7,'s')], p=['via','fgc','plomin'], amb="Could mean the FGC / viability referrals (3 working days) or the minutes (7 days)."))
A(R(I,'choice','2026-12-22',"child came into care {s|wd} ({s|dM}), when's the meeting?", s='Mon', r=[('wd',3,'s'),('wd',20,'s')], p=['pm','lacr'], amb="Could mean the placement meeting (3 working days) or the initial LAC review (20 working days)."))
A(R(Du,'choice','2025-08-20',"icpc {s|dm} - when does my report need to go out?", s='2025-08-28', r=[('wdb',3,'s'),('db',3,'s')], p=['repchair','repfam'], amb="Could mean to the chair (3 working days before) or to the family (3 days before)."))
A(R(S,'choice','2026-05-26',"I visited one of our foster carers on {s|long}; all fine, the kids are settled and the carer's annual review is {a|dM}. What's my next deadline?", s='2026-05-22', a='2026-10-01', r=[('wd',3,'s'),('w',6,'s')], p=['fcrec','fcv'], amb="Could mean recording the visit (3 working days) or the next supervising visit (6 weeks)."))
A(R(I,'choice','2027-12-16',"a case has landed with us at child in need on {s|dM}. when does the first meeting with the family need to be?", s='2027-12-15', r=[('d',10,'s'),('d',20,'s')], p=['cin10','cin20'], amb="Could be a transfer from CFR (10 days) or a step-down from a CP plan (20 days)."))
A(R(T,'choice','2026-08-28',"s47 started {s|dotY} whats due next", s='2026-08-27', r=[('d',5,'s'),('wd',15,'s')], p=['s47d','icpc'], amb="Could mean the manager progress discussion (5 days) or the ICPC (15 working days, if the strategy discussion was the same day)."))
# ---- None: the standards set no timescale
A(R(I,'none','2026-03-10',"the kids went on protection plans at conference on {s|dM}. when does the first review conference have to be?", s='2026-03-09', p=['n_next']))
A(R(Du,'none','2025-10-06',"1st LAC review was {s|dm} - 2nd review due?", s='2025-09-29', p=['n_lac']))
A(R(N,'none','2027-02-15',"How often do I have to have supervision with my team leader? My last one was on {s|long}.", s='2027-02-11', p=['n_sup']))
A(R(I,'none','2026-06-15',"adoption is now the plan for permanence, agreed at the final care planning meeting on {s|dM}. what's the deadline for the should-be-placed-for-adoption meeting with the ADM?", s='2026-06-12', p=['n_shop']))
A(R(M,'none','2025-12-01',"Pathway plan reviewed {s|dmy} - when is the next pathway plan review due?", s='2025-11-20', p=['n_pw']))
A(R(S,'none','2027-09-06',"Little one was placed with her adopters on {s|dMY} and the Adoption Order was granted on {a|dM}. When does the life story book have to be finished?", s='2027-03-01', a='2027-08-31', p=['n_life']))
A(R(I,'none','2026-12-21',"strategy meeting happened {s|ord}. how many days have I got to send the notes round to everyone who was there?", s='2026-12-17', p=['n_strat']))
A(R(T,'none','2025-05-06',"teen on the edge of care, concerns came up {s|dotY}, wen does the family focus referal have to be in by", s='2025-05-02', p=['n_ff']))
A(R(S,'none','2028-03-08',"The placement has been wobbling since the carer rang on {s|long} asking for the child to be moved. When does the support meeting have to be held by?", s='2028-03-06', p=['n_supp']))
