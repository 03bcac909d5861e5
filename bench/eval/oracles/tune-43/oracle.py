#!/usr/bin/env python3
"""Oracle for the frozen deadline question set. Standard library only.
Run: python3 oracle.py  -> writes questions.jsonl and runs checks."""
import datetime as dt, json, os, re, sys
D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"

# England & Wales bank holidays 2024-2028, typed by hand (substitute days applied).
BANK_HOLIDAYS = {
 # 2024 (Easter Sunday 31 Mar)
 D(2024,1,1), D(2024,3,29), D(2024,4,1), D(2024,5,6), D(2024,5,27), D(2024,8,26), D(2024,12,25), D(2024,12,26),
 # 2025 (Easter Sunday 20 Apr)
 D(2025,1,1), D(2025,4,18), D(2025,4,21), D(2025,5,5), D(2025,5,26), D(2025,8,25), D(2025,12,25), D(2025,12,26),
 # 2026 (Easter Sunday 5 Apr); Boxing Day Sat -> Mon 28 Dec
 D(2026,1,1), D(2026,4,3), D(2026,4,6), D(2026,5,4), D(2026,5,25), D(2026,8,31), D(2026,12,25), D(2026,12,28),
 # 2027 (Easter Sunday 28 Mar); Christmas Sat -> Mon 27, Boxing Day Sun -> Tue 28
 D(2027,1,1), D(2027,3,26), D(2027,3,29), D(2027,5,3), D(2027,5,31), D(2027,8,30), D(2027,12,27), D(2027,12,28),
 # 2028 (Easter Sunday 16 Apr); New Year Sat -> Mon 3 Jan
 D(2028,1,3), D(2028,4,14), D(2028,4,17), D(2028,5,1), D(2028,5,29), D(2028,8,28), D(2028,12,25), D(2028,12,26),
}

def fmt(d): return "%s (%s)" % (d.isoformat(), d.strftime("%a"))
def iswd(d): return d.weekday() < 5 and d not in BANK_HOLIDAYS
def P(s): return D(*map(int, s.split("-")))

def add_wd(start, n, sign=1):
    d, k, skipped = start, 0, []
    while k < n:
        d += dt.timedelta(days=sign)
        if iswd(d): k += 1
        elif d in BANK_HOLIDAYS and d.weekday() < 5: skipped.append(d)
    return d, skipped

def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year; m += 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 or y % 400 == 0)) else 28, 31,30,31,30,31,31,30,31,30,31][m-1]
    return D(y, m, min(d.day, last)), d.day > last

def compute(rule):
    kind = rule[0]; s = P(rule[1])
    if kind in ("wd", "wdb"):
        n = rule[2]; d, sk = add_wd(s, n, 1 if kind == "wd" else -1)
        txt = "%d working day%s %s %s -> %s" % (n, "s" if n > 1 else "", "after" if kind == "wd" else "before", fmt(s), fmt(d))
        if not iswd(s) and kind == "wd": txt += "; event day is not a working day, counting starts after it"
        if sk: txt += "; skips bank holidays " + ", ".join(x.isoformat() for x in sorted(sk))
        return d, txt
    if kind == "d":
        d = s + dt.timedelta(days=rule[2]); return d, "%d calendar days after %s -> %s" % (rule[2], fmt(s), fmt(d))
    if kind == "db":
        d = s - dt.timedelta(days=rule[2]); return d, "%d calendar days before %s -> %s" % (rule[2], fmt(s), fmt(d))
    if kind == "w":
        d = s + dt.timedelta(days=7*rule[2]); return d, "%d week%s (%d days) after %s -> %s" % (rule[2], "s" if rule[2] > 1 else "", 7*rule[2], fmt(s), fmt(d))
    if kind == "m":
        d, cl = add_months(s, rule[2]); t = "%d months after %s -> %s" % (rule[2], fmt(s), fmt(d))
        return d, t + ("; day clamped to end of month" if cl else "")
    if kind == "same":
        return s, "same day as %s -> %s" % (fmt(s), fmt(s))
    if kind == "age":
        years, months = rule[2], rule[3]
        if s.month == 2 and s.day == 29 and months == 0:
            y = s.year + years
            leap = y % 4 == 0 and (y % 100 or y % 400 == 0)
            d = D(y, 2, 29) if leap else D(y, 3, 1)
            return d, "age %d: born %s (29 Feb birthday); %d is %sa leap year -> %s" % (years, s.isoformat(), y, "" if leap else "not ", fmt(d) + ("" if leap else " (1 March used in non-leap year)"))
        d, cl = add_months(s, 12*years + months)
        t = "age %dy%s: born %s -> %s" % (years, " %dm" % months if months else "", s.isoformat(), fmt(d))
        return d, t + ("; day clamped to end of month" if cl else "")
    raise ValueError(rule)

PH = {
 'frontdoor': "decisions made by what action are required by a Team Leader within 1 working day",
 'initdec': "Initial decisions will be made about the action required within 1 working day by social work Team Leader",
 'referral': "Referrals will be actioned by a social worker within 1 working day",
 's47seen': "the child / children will be seen by the Social Worker the same day",
 's47disc': "Within 5 days of the Section 47 being initiated",
 'alloc': "All cases will be allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 'tlreview': "All assessments will be reviewed by the Team Leader within 15 working days",
 'assess45': "Assessments must all be completed within 45 days",
 'strat1wd': "a strategy discussion is required, this must happen within 1 working day",
 'strat24': "A strategy discussion within 24 hours involving all relevant agencies",
 'transfer': "the Neighbourhood Team via email, giving at least 5 days’ notice",
 'jointvisit': "Within the 5 days’ notice period, the Children’s First Response Social Worker",
 'icpc': "the Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 'icpcfamily': "The report will be shared with family at least 3 the days prior to conference",
 'icpcchair': "The report will be sent to the child protection chair 3 working days before the conference",
 'advocate': "if they are 12 or over they should be offered an advocate",
 'coregroup': "The first core group must be  held within 10 days of the conference",
 'cpvisit': "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 'rcpcparents': "This report must be shared with parents at least 3 days prior to the review conference",
 'rcpcchair': "The report will be available to the conference chair at least 3 days prior to the review conference",
 'ptt': "when they have been subject to a plan for 12 months",
 'plo1': "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 'fgc': "Referral should be made within 3 working days of the first PLO meeting",
 'viab': "Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 'plomin': "to be distributed to parents and their legal representation within 7 days of the meeting",
 'ploreview': "Review PLO meetings with parents to be held every 4-6 weeks",
 'plo12': "A review legal planning meeting will be held at 12 weeks",
 'plo16': "a Legal Gateway meeting will be convened at 16 weeks",
 'plo4': "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
 'cin20': "will set the first CIN meeting within 20 days",
 'cin10': "the initial CIN meeting must take place within 10 days",
 'cinrev': "CIN review meetings will be held at least every 6 weeks",
 'cinvisit': "A child subject to a CIN plan will be seen at least every 6 weeks",
 'emerg': "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 'visit1wd': "The child will be visited within 1 working day of coming into care or having a change in placement",
 'seen1wd': "All looked after children will be seen within 1 working day of placement",
 'placemtg': "The placement meeting will be held within 3 working days",
 'placeplan': "an updated copy given to the carers within 5 working days of the placement beginning",
 'famtime': "reviewed at least every 8 week until the plan for permanence is agreed",
 'pack': "The child will be provided with a coming into care pack, children rights leaflet within 3 weeks",
 'legalstatus': "All other professionals involved with the child will be informed of the child’s legal status within 5 working days",
 'iha': "An initial health assessment will be requested and carried out within 20 working days",
 'pep': "A PEP meeting will be arranged within the school within 20 days",
 'lacweekly': "Statutory looked after visits must happen weekly until the first looked after review",
 'lac6': "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 'lac12': "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 'careplan': "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 'lacreview': "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 'pathway': "A pathway plan will be started when the young person is 15 years 6 months",
 'iroreport': "this will be with the IRO 3 days before the review",
 'iro5': "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 'iro20': "The formal dispute resolution process should be completed from start to finish within 20 working days",
 'under6': "If a child under the age of 6 enters PLO or proceedings",
 'adoptweekly': "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 'adopt6': "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 'adopt10': "Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
 'fcvisit': "Trafford foster carers are visited at least once every six weeks",
 'fcrecord': "a record of this visit is recorded on LCS within 3 working days",
 'fcunann': "All Trafford foster carers will have an unannounced visit at least once every 12 months",
 'fcannual': "All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
 'fcpanel': "Every foster carer will have an annual review presented to the Fostering Panel at least every three years",
 'fcdbs': "All foster carers will have updated statutory references, medicals and DBS checks at least every three years",
 'fctraining': "All Trafford foster carers must update their core training at least every three years",
 'variation': "This can only be given for up to 6 working days",
 'tempapp': "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 'record3': "any event or contact is recorded within 3 days",
 'summary': "A clear and concise case file summary which has been updated within the last 3 months",
 'assess12': "An up to date assessment (within the last 12 months) on each child",
 # phrases cited by `none` rows (standards mention the thing but set no timescale)
 'n_rcpc': "The child protection chair will set the date of the next conference",
 'n_cg': "are reviewed at every core group and progress recorded",
 'n_sup': "which takes place in line with the supervision policy",
 'n_2nd': "At the point of the second review (if not in proceedings)",
 'n_shopba': "This needs to take place after the area teams final care planning meeting",
 'n_lll': "The Adoption Social Worker will complete Lifestory book and a Later Life Letter",
 'n_stratrec': "the plan for the enquiries and decisions recorded and a record sent to all participating professionals",
 'n_missing': "The risk of going missing and child sexual exploitation will be considered",
 'n_pathrev': "will be reviewed by the IRO as part of the statutory review",
 'n_iro': "The IRO will contact the child between reviews",
}

ROWS = []
def R(voice, kind, today, q, rule, keys, amb=None):
    ROWS.append(dict(voice=voice, kind=kind, today=today, q=q, rule=rule, keys=keys, amb=amb))

AMB_START = "The standard does not say which event starts the clock; counting from a different event would move the date."
AMB_45 = "The standard says '45 days' (read here as calendar days); a reader following the statutory 45 working days would get a later date."
AMB_24 = "The S47 section says a strategy discussion 'within 24 hours', which a reader could apply instead of 1 working day."
AMB_PLO = "The standard does not say what the 12/16 weeks run from; counted here from the date of the PLO letter, but the Legal Gateway or first PLO meeting are other readings."

# ---------------- Front Door / assessments ----------------
R("duty","date","2025-12-19","contact in at 4pm today, TL decision needed by when?",("wd","2025-12-19",1),["frontdoor"])
R("indirect","date","2026-04-02","A school rang through a worry about a child today (Thurs 2nd April). By when does a team leader have to decide what we're doing with it?",("wd","2026-04-02",1),["frontdoor","initdec"])
R("typos","date","2026-12-24","referal came in 24/12 when does a sw have to action it by",("wd","2026-12-24",1),["referral"])
R("scenario","date","2025-05-02","Mum self-referred this morning (Friday 2 May) after her ex turned up at the house. Her son's birthday is 9 May so she's worried about contact that day. It's been screened as Level 4. When does the initial decision on what action's needed have to be made?",("wd","2025-05-02",1),["initdec"])
R("indirect","date","2027-08-27","New referral landed on our desk this afternoon (Fri 27th). How long until a social worker has to pick it up and actually do something with it?",("wd","2027-08-27",1),["referral"])
R("newstarter","date","2025-03-10","Hello, sorry if this is basic - my manager agreed this morning that we're starting a Section 47 enquiry. By when do I need to see the child?",("same","2025-03-10"),["s47seen"])
R("scenario","date","2026-01-02","Strategy discussion on 29/12/25 agreed a S47 and it was initiated that day. The child (DOB 03/01/2019) turns 7 tomorrow. When should the social worker and manager have discussed how the S47 is going?",("d","2025-12-29",5),["s47disc"])
R("indirect","date","2027-03-24","We started the child protection enquiries today, Wednesday 24 March. When should I be sitting down with my manager to talk about how they're going?",("d","2027-03-24",5),["s47disc"])
R("manager","date","2026-05-12","S47 initiated 30/04, SW and TL progress discussion held 06/05 - was that in timescale?",("d","2026-04-30",5),["s47disc"])
R("typos","date","2025-08-22","case needs allocting for a c&f asessment, decision was 22.8 when does it need to be alocated by",("wd","2025-08-22",3),["alloc"],AMB_START)
R("indirect","date","2026-12-23","A case came through today (23rd) needing someone to do the full family assessment. By when does it have to be given to a named worker?",("wd","2026-12-23",3),["alloc"])
R("scenario","date","2027-04-01","I'm on duty. A referral for a 7 year old (DOB 14/06/2019) came in on 24 March and the TL decided on 25/03 it needs a Child and Family Assessment. What was the deadline for getting it allocated?",("wd","2027-03-25",3),["alloc"],AMB_START)
R("duty","date","2025-12-15","C&F started 15/12, TL review due?",("wd","2025-12-15",15),["tlreview"])
R("indirect","date","2026-03-30","I began the assessment of the family on Monday 30 March. When does my team leader have to have read through it?",("wd","2026-03-30",15),["tlreview"])
R("manager","date","2027-06-01","C&F assessment started 06/05/27, TL reviewed it 27/05 - within timescale?",("wd","2027-05-06",15),["tlreview"])
R("typos","date","2025-11-20","asessment started 20th nov when does it have to be finnished",("d","2025-11-20",45),["assess45"],AMB_45)
R("scenario","date","2026-02-16","Referral came in 10/02/26, strategy discussion was 11/02 and we started the C&F assessment on 12/02. Child is 4 (born 12/02/2022). When does the assessment have to be completed?",("d","2026-02-12",45),["assess45"],AMB_45)
R("indirect","date","2027-12-01","How long have I got to get the whole family assessment finished and signed off? I opened it today, 1 December.",("d","2027-12-01",45),["assess45"],AMB_45)
R("manager","date","2026-07-01","Assessment started 05/05/26, completed and authorised 22/06/26. In timescale?",("d","2026-05-05",45),["assess45"],AMB_45)
R("newstarter","date","2025-04-17","Hi, my team leader has just decided we need a strategy discussion for a child (decision made today, Thursday). I'm new - how quickly does that need to happen?",("wd","2025-04-17",1),["strat1wd"],AMB_24)
R("indirect","date","2026-08-28","My manager has decided we need to get police and health together to talk about a bruise on a toddler. Decision was made today, Friday 28th. What's the latest that talk can happen?",("wd","2026-08-28",1),["strat1wd"],AMB_24)
R("scenario","date","2026-05-20","The C&F assessment is done and the case is going to a Neighbourhood Team at CIN level. We'd like the transfer to happen on 29 May 2026; the family's next school review is 3 June. By when do we have to email the Neighbourhood Team?",("db","2026-05-29",5),["transfer"])
R("indirect","date","2025-09-01","We emailed the locality team today (1 Sept) to say a child in need case is coming to them. By when does the joint introductory home visit with both workers need to be done?",("d","2025-09-01",5),["jointvisit"])

# ---------------- S47 / ICPC ----------------
R("duty","date","2025-12-19","strat was 19/12/25, when's the ICPC?",("wd","2025-12-19",15),["icpc"])
R("scenario","date","2026-03-23","Two brothers, 8 and 11. Police raised concerns on 20/03/26 and we held the strategy discussion today, 23/03/26. I need the latest date for the ICPC.",("wd","2026-03-23",15),["icpc"])
R("typos","date","2027-04-30","strategy meeting was 30.4.27 when does the icpc need to be",("wd","2027-04-30",15),["icpc"])
R("indirect","date","2025-08-11","We had the multi-agency meeting with police today (Monday 11 August) and decided it's going to conference. When must the first conference - the one where they decide whether there needs to be a protection plan - be held?",("wd","2025-08-11",15),["icpc"])
R("indirect","date","2026-12-14","the police/health/social care call about the injuries was today, 14 dec. what's the last date for the big meeting that decides on a plan?",("wd","2026-12-14",15),["icpc"])
R("indirect","date","2027-12-10","When's the latest the first child protection meeting with the family can be, if the police and us first talked it through on 10/12/27?",("wd","2027-12-10",15),["icpc"])
R("scenario","date","2026-04-14","Child is 9 (DOB 02/04/2017). Referral 31/03/26, strategy discussion 01/04/26, S47 completed 10/04/26 and the outcome is ICPC. What's the latest date for the ICPC?",("wd","2026-04-01",15),["icpc"])
R("scenario","date","2025-05-27","First strategy discussion was on 22nd May. We had a second strat today (27/05) after new information from school. What's the deadline for the ICPC?",("wd","2025-05-22",15),["icpc"])
R("manager","date","2026-01-20","ICPC was held 20/01, strat 02/01, was that in timescale?",("wd","2026-01-02",15),["icpc"])
R("manager","date","2027-09-20","Audit query: strat 19/08/27, ICPC 09/09/27. Compliant with the ICPC timescale?",("wd","2027-08-19",15),["icpc"])
R("newstarter","date","2025-10-06","Sorry, could someone tell me the latest date for an initial child protection conference if the strategy discussion was today, Monday 6 October?",("wd","2025-10-06",15),["icpc"])
R("duty","date","2026-01-05","icpc 12/01, report to chair by?",("wdb","2026-01-12",3),["icpcchair"])
R("typos","date","2025-04-14","icpc is on tues 22nd april when do i have to get my report to the chair",("wdb","2025-04-22",3),["icpcchair"])
R("indirect","date","2026-05-19","The first big protection meeting is Thursday 28 May. When does the person chairing it need my signed-off write-up?",("wdb","2026-05-28",3),["icpcchair"])
R("indirect","date","2027-01-04","When do the parents need to have seen my report for the initial conference on 7 January?",("db","2027-01-07",3),["icpcfamily"])
R("newstarter","date","2025-12-29","Hi, I'm new. The initial conference is on 2nd Jan. When should the family have my report by?",("db","2026-01-02",3),["icpcfamily"])

# ---------------- CP plans ----------------
R("duty","date","2025-12-22","icpc 22/12 first cg by?",("d","2025-12-22",10),["coregroup"])
R("indirect","date","2026-03-27","The child was made subject to a plan at conference today, Friday 27 March. When is the first meeting of the smaller group that fills in the detail of the plan due?",("d","2026-03-27",10),["coregroup"])
R("scenario","date","2027-05-28","ICPC today (28/05/27) made all three children subject to CP plans; the review conference is set for 20/08. When's the first core group due by?",("d","2027-05-28",10),["coregroup"])
R("manager","date","2026-09-14","ICPC 24/08/26, first core group 07/09/26. In timescale?",("d","2026-08-24",10),["coregroup"])
R("scenario","date","2025-07-01","Conference yesterday (30 June) agreed CP plans for two siblings aged 3 and 6. The chair set the next review conference for 30/09. When does the first core group have to happen?",("d","2025-06-30",10),["coregroup"])
R("newstarter","date","2027-02-08","This is my first child on a CP plan - the conference was last Monday. When must the first core group be held?",("d","2027-02-01",10),["coregroup"])
R("duty","visits","2025-12-18","cp visit done 18/12, next by?",("w","2025-12-18",4),["cpvisit"])
R("typos","visits","2026-03-05","last saw the kids on cp plan 5.3 when is next visit due",("w","2026-03-05",4),["cpvisit"])
R("indirect","visits","2026-08-20","I last went out to see the little one who's on a protection plan today, 20 August. How long can I leave it before the next home visit?",("w","2026-08-20",4),["cpvisit"])
R("scenario","visits","2027-01-12","I did a home visit to a CP child on 22/12/26 and saw her alone. I went again on 05/01/27 but no one was in, so she wasn't seen. When's the next statutory CP visit due?",("w","2026-12-22",4),["cpvisit"])
R("manager","visits","2025-06-30","CP visits recorded 07/05/25 and 06/06/25 - was the second one in timescale?",("w","2025-05-07",4),["cpvisit"])
R("indirect","visits","2027-04-06","The baby on a protection plan was last seen at home on Maundy Thursday, 25 March. When's the next visit due by?",("w","2027-03-25",4),["cpvisit"])
R("duty","date","2026-06-08","rcpc 15/6, when do parents need the plan update?",("db","2026-06-15",3),["rcpcparents"])
R("indirect","date","2025-12-22","The meeting that reviews the protection plan is on 29 December. By when does the chair need my update?",("db","2025-12-29",3),["rcpcchair"])
R("scenario","date","2027-03-26","Review CP conference is on Thursday 01/04/27. The last conference was 07/01/27. By when do the parents need to have the plan update?",("db","2027-04-01",3),["rcpcparents"])
R("indirect","date","2026-11-02","This little girl went on a protection plan on 10 November 2025 and things aren't shifting. From when should we hold the meeting where professionals think about working with the family differently?",("m","2025-11-10",12),["ptt"])
R("manager","date","2027-01-15","Child on a CP plan since 31/01/2026. When does the 12-month point for professional thinking time fall?",("m","2026-01-31",12),["ptt"])

# ---------------- PLO ----------------
R("scenario","date","2025-12-17","Legal Gateway on 10/12/25 agreed PLO. The letter is dated today, 17/12/25, and mum's solicitor is away until 5 January. When should the first PLO meeting take place by?",("d","2025-12-17",10),["plo1"])
R("indirect","date","2026-04-01","The letter that starts pre-proceedings went out dated 1 April. When should the first meeting with the parents and their solicitor be?",("d","2026-04-01",10),["plo1"])
R("typos","date","2027-08-20","plo leter was 20th aug when is the 1st meeting due by",("d","2027-08-20",10),["plo1"])
R("scenario","date","2026-10-05","Legal Gateway on 28/09/26 agreed PLO. The letter is dated 02/10/26 and was hand delivered today (05/10/26). Dad's solicitor is on leave till the 20th. When's the latest for the first PLO meeting?",("d","2026-10-02",10),["plo1"])
R("newstarter","date","2025-03-31","Hi, sorry - our PLO letter was dated 10 March 2025. By when should the first PLO meeting have been held?",("d","2025-03-10",10),["plo1"])
R("indirect","date","2026-04-02","We had the first meeting with mum and her solicitor about possibly going to court today (Thursday 2 April). No family group conference has happened yet - when's the referral for one due?",("wd","2026-04-02",3),["fgc"])
R("newstarter","date","2025-08-21","Hi, the first PLO meeting was today (21 Aug) and the family haven't had a Family Group Conference. When does the FGC referral need to go in?",("wd","2025-08-21",3),["fgc"])
R("duty","date","2026-12-22","initial plo mtg 22/12, aunt put forward - viability screening req to FPT by?",("wd","2026-12-22",3),["viab"])
R("indirect","date","2027-05-27","At the first pre-proceedings meeting today (27 May), grandma was put forward as someone who could care for the kids. By when do I need to ask the placements team to screen her?",("wd","2027-05-27",3),["viab"])
R("typos","date","2025-12-23","plo meeting 23.12 minutes to parents by when",("d","2025-12-23",7),["plomin"])
R("indirect","date","2026-05-01","When do the notes of today's pre-proceedings meeting (1 May) have to go to the parents and their lawyers?",("d","2026-05-01",7),["plomin"])
R("manager","date","2027-01-18","PLO meeting 04/01/27, minutes sent to parents 13/01. OK?",("d","2027-01-04",7),["plomin"])
R("scenario","date","2026-02-09","We went into PLO with the letter dated 02/02/26; the first meeting is today, 09/02. When's the 12 week review legal planning meeting?",("w","2026-02-02",12),["plo12"],AMB_PLO)
R("indirect","date","2025-06-16","Pre-proceedings started with the letter on 16 June 2025. If it's still running, when's the point where a strategic lead looks again at whether to issue?",("w","2025-06-16",16),["plo16"],AMB_PLO)
R("newstarter","date","2027-03-01","Our PLO letter was dated 1 March 2027. If the case is still in PLO, when would the Legal Gateway meeting be?",("w","2027-03-01",16),["plo16"],AMB_PLO)
R("duty","date","2026-01-05","plo letter 05/01/26, 12wk review legal planning mtg?",("w","2026-01-05",12),["plo12"],AMB_PLO)
R("scenario","date","2025-11-10","The 12-week review legal planning meeting today (10/11/25) agreed the exceptional extra period in PLO. Solicitor attended. When does that extension end?",("w","2025-11-10",4),["plo4"])
R("indirect","visits","2026-07-15","How long can we leave it before the next review meeting with the parents in pre-proceedings? Last one was 15 July. What's the latest?",("w","2026-07-15",6),["ploreview"],"The standard gives a range (every 4-6 weeks); the latest is taken here, the earliest would be 4 weeks (2026-08-12).")

# ---------------- CIN ----------------
R("indirect","date","2026-12-17","The protection plan came off at the review conference today (17 Dec) and the kids go to child in need. First meeting by when?",("d","2026-12-17",20),["cin20"])
R("typos","date","2025-04-14","deplanned at rcpc 14/4 whens the first cin meeting",("d","2025-04-14",20),["cin20"])
R("manager","date","2027-07-05","De-planned at RCPC 04/06/27, first CIN meeting 28/06/27. In timescale?",("d","2027-06-04",20),["cin20"])
R("scenario","date","2026-01-05","The assessment authorised 22/12/25 recommended CIN and the joint visit was done 30/12. The case transferred from CFR to our team today, 05/01/26. When's the initial CIN meeting due?",("d","2026-01-05",10),["cin10"])
R("indirect","date","2025-08-18","A case came over to our neighbourhood team from the front door today, 18 Aug. When do we need to have held the first meeting under the support plan?",("d","2025-08-18",10),["cin10"])
R("scenario","date","2027-12-20","Case transferred to us from Children's First Response today, 20/12/27 (the assessment was authorised on 15/12). Mum's birthday is 25/12 and she's asked for no meetings that week. What's the deadline for the initial CIN meeting?",("d","2027-12-20",10),["cin10"])
R("duty","visits","2026-03-04","cin review 4/3, next by?",("w","2026-03-04",6),["cinrev"])
R("indirect","visits","2025-11-25","The last get-together of everyone supporting the family under the child in need plan was 25/11/25. When does the next one need to be?",("w","2025-11-25",6),["cinrev"])
R("typos","visits","2026-07-08","cin visit last done 8th july, when next",("w","2026-07-08",6),["cinvisit"])
R("indirect","visits","2027-11-10","I saw the child at home today, 10 November - she's on a support plan, not a protection one. When am I next due out?",("w","2027-11-10",6),["cinvisit"])
R("manager","visits","2025-10-01","CIN child seen at home 30/07/25 then 12/09/25. Within timescale?",("w","2025-07-30",6),["cinvisit"])
R("scenario","visits","2026-12-30","I saw a CIN child at school on 23/12/26; my last home visit was 10/12/26. Her younger brother's CIN visit was 17/12. When's her next CIN visit due?",("w","2026-12-10",6),["cinvisit"])

# ---------------- Children in care ----------------
R("indirect","date","2026-12-21","A child came into care as an emergency today, 21 December. When does the assessment of her needs have to be done?",("wd","2026-12-21",20),["emerg"])
R("scenario","date","2025-04-22","Police protection was taken on 16/04/25 and the child was accommodated that night, unplanned. S20 was signed the next day. When's the assessment for the emergency admission due?",("wd","2025-04-16",20),["emerg"],"Could be counted from the S20 signing (17/04) rather than the night of admission (16/04).")
R("duty","date","2026-04-02","new placement 02/04, visit by?",("wd","2026-04-02",1),["visit1wd","seen1wd"])
R("indirect","date","2027-12-24","A young lad had to move foster carers today, Christmas Eve. When do I have to go and see him?",("wd","2027-12-24",1),["visit1wd"])
R("typos","date","2025-08-22","child moved placment fri 22/8 when do i need to visit",("wd","2025-08-22",1),["visit1wd"])
R("scenario","date","2025-12-23","Sibling pair (5 and 9) placed with foster carers today, 23/12/25, after an emergency; their mum's birthday is 27/12. When does the placement meeting need to happen?",("wd","2025-12-23",3),["placemtg"])
R("indirect","date","2026-05-01","The kids were placed with new carers today, Friday 1 May. When do we have to meet with the carers to agree delegated authority and so on?",("wd","2026-05-01",3),["placemtg"])
R("manager","date","2027-03-31","Placement started 24/03/27, placement meeting held 31/03/27. In timescale?",("wd","2027-03-24",3),["placemtg"])
R("indirect","date","2026-08-26","The placement began today, 26 Aug. By when must the carers get the updated copy of the plan for the placement?",("wd","2026-08-26",5),["placeplan"])
R("newstarter","date","2025-05-21","Hello, a child was placed on 21/05/25. When do I need to give the foster carers the updated placement plan?",("wd","2025-05-21",5),["placeplan"])
R("scenario","visits","2026-02-10","Child came into care 15/12/25. Family time arrangements were last reviewed today (10/02/26); the plan for permanence isn't agreed yet and the final hearing is listed for June. When's the next review of family time due?",("w","2026-02-10",8),["famtime"])
R("indirect","visits","2027-09-01","How long before we need to look again at the arrangements for mum seeing the kids in care? Last looked at today, 1 September; no permanence plan yet.",("w","2027-09-01",8),["famtime"])
R("scenario","date","2025-12-10","A 13 year old came into care today, 10/12/25 (S20 was agreed 08/12 but the placement was only found today). When should he have his coming into care pack and rights leaflet by?",("w","2025-12-10",3),["pack"])
R("indirect","date","2026-03-16","When do I need to give the young person the welcome-to-care pack and the leaflet about his rights? He was accommodated today, 16 March.",("w","2026-03-16",3),["pack"])
R("scenario","date","2027-03-24","Interim care order granted today (24/03/27) and the child was placed the same day. School has an Easter concert on 31/03. By when do all the other professionals need to know her legal status?",("wd","2027-03-24",5),["legalstatus"])
R("indirect","date","2025-12-19","The child became looked after today, 19 December. By when do the school, GP and others have to be told what the legal position is?",("wd","2025-12-19",5),["legalstatus"])
R("scenario","date","2026-12-10","Baby (DOB 01/11/2026) came into care today, 10/12/26; he was last seen by the health visitor on 02/12. When does the initial health assessment need to be carried out?",("wd","2026-12-10",20),["iha"])
R("newstarter","date","2025-03-31","Hello, I'm new to the team - when does the initial health assessment need to be carried out for a child who came into care on 31/03/25?",("wd","2025-03-31",20),["iha"])
R("scenario","date","2027-05-12","Child came into care on 04/05/27, the day after the bank holiday. The IHA clinic has offered 02/06/27. What's the latest date the initial health assessment can be - is the 2nd inside it?",("wd","2027-05-04",20),["iha"])
R("scenario","date","2026-08-20","Child came into care today (20/08/26) in the summer holidays; school goes back on 03/09. When does the PEP meeting have to be held by?",("d","2026-08-20",20),["pep"])
R("indirect","date","2025-07-14","A child was placed in care on 14 July 2025. When does the education-plan meeting at her school have to happen?",("d","2025-07-14",20),["pep"])
R("scenario","date","2026-12-28","A 14 year old was placed in residential today (28/12/26) after her foster placement broke down. The placement meeting is on 30/12. When must the care plan be on LCS?",("d","2026-12-28",10),["careplan"])
R("indirect","date","2027-04-19","She was placed today, 19 April. How long have I got to get the written plan for her time in care onto the system?",("d","2027-04-19",10),["careplan"])
R("scenario","date","2025-12-01","Toddler accommodated under S20 today, 01/12/25. Mum has a hospital appointment on 05/12 and the PLO letter was dated 10/11. When's the initial LAC review due?",("wd","2025-12-01",20),["lacreview"])
R("scenario","date","2026-03-20","Two children came into care today (20/03/26) on an ICO after the hearing on 18/03. It's also the older one's 10th birthday (DOB 20/03/2016). When is their first LAC review due?",("wd","2026-03-20",20),["lacreview"])
R("indirect","date","2027-12-13","A boy came into care today, 13 December 2027. When must his first review with the independent reviewing officer be?",("wd","2027-12-13",20),["lacreview"])
R("scenario","date","2026-08-12","Child (DOB 31/08/2012) was accommodated under S20 on 10/08/26 after a family breakdown; the placement meeting was today, 12/08. When's the initial LAC review due?",("wd","2026-08-10",20),["lacreview"])
R("manager","date","2025-05-30","Became LAC 22/04/25, initial review held 21/05/25 - in time?",("wd","2025-04-22",20),["lacreview"])
R("newstarter","date","2026-05-05","Hi, a child on my caseload came into care yesterday (the bank holiday Monday). When is their first looked after review due?",("wd","2026-05-04",20),["lacreview"])
R("duty","visits","2026-01-07","LAC placed 31/12/25, no first review yet, last visit 07/01, next visit by?",("w","2026-01-07",1),["lacweekly"])
R("indirect","visits","2025-09-03","She came into care a fortnight ago and hasn't had her first review yet. I saw her today, 3 September. When do I next need to see her?",("w","2025-09-03",1),["lacweekly"])
R("typos","visits","2027-02-10","lac visit last 10/2, first review done already in jan, no permanance plan yet. next visit by",("w","2027-02-10",6),["lac6"])
R("scenario","visits","2026-06-01","She's been in care since 2024 and had lots of reviews; plan is long-term fostering but she only moved to her permanent carers in March 2026. My last visit was today, 01/06/26. When's the next statutory visit?",("w","2026-06-01",6),["lac6","lac12"])
R("manager","visits","2027-10-04","Young person settled in permanent placement since June 2025, visits now 12 weekly. Last visit 05/07/27, next done 04/10/27. In timescale?",("w","2027-07-05",12),["lac12"])
R("indirect","visits","2026-04-09","The baby moved in with the adoptive family and the first review hasn't happened yet. I visited today, 9 April. Next visit by?",("w","2026-04-09",1),["adoptweekly"])
R("scenario","visits","2025-10-20","Child placed with adopters 01/06/25, first LAC review was 26/06/25, no adoption order yet. My last visit was today, 20/10/25. When's the next visit due?",("w","2025-10-20",6),["adopt6"])
R("indirect","date","2026-12-04","Placed with the adopters today, 4 December 2026. From what date can the adopters apply to court for the order?",("w","2026-12-04",10),["adopt10"])
R("typos","date","2025-03-14","adoptive placement started 14/3/25 when can they apply for the adoption order",("w","2025-03-14",10),["adopt10"])

# ---------------- IRO ----------------
R("scenario","date","2026-12-07","The child's LAC review is Monday 14/12/26; the last one was 15/06/26. I'm on leave 10th-11th. When does my report need to be with the IRO?",("db","2026-12-14",3),["iroreport"])
R("newstarter","date","2027-05-31","Hi, sorry if this is obvious - my first looked after review is on 3 June. When does the IRO need my report?",("db","2027-06-03",3),["iroreport"])
R("indirect","date","2026-03-31","The reviewing officer raised drift in the plan with me informally today, 31 March. How long before it turns into a formal dispute?",("wd","2026-03-31",5),["iro5"])
R("duty","date","2025-12-15","IRO formal dispute raised 15/12, resolution by?",("wd","2025-12-15",20),["iro20"])
R("newstarter","date","2027-08-16","Hi - the IRO has started the formal dispute resolution process on one of my cases today (16 Aug). By when should it be completed?",("wd","2027-08-16",20),["iro20"])

# ---------------- Fostering ----------------
R("duty","visits","2026-02-18","SSW visit to carers 18/02, next by?",("w","2026-02-18",6),["fcvisit"])
R("indirect","visits","2025-12-24","I last popped round to see our foster carers on Christmas Eve. When's my next supervisory visit to them due?",("w","2025-12-24",6),["fcvisit"])
R("typos","date","2026-04-02","visited foster carers 2/4 when does it need recording by",("wd","2026-04-02",3),["fcrecord"])
R("indirect","date","2027-12-23","Saw our carers at their house today (23 December) as their supervising social worker. What's my deadline for getting the write-up on the system?",("wd","2027-12-23",3),["fcrecord"],"The general case recording standard (any event recorded within 3 days) would give 2027-12-26 instead of the foster carer visit rule.")
R("indirect","date","2026-06-30","When's the next drop-in-without-warning visit due for the Moonbeam foster carers? Last one was 30 June 2026.",("m","2026-06-30",12),["fcunann"])
R("newstarter","date","2025-09-15","A foster carer's last annual review was on 15 September 2025. When's the next one due?",("m","2025-09-15",12),["fcannual"])
R("manager","date","2027-02-01","Carer's review was last presented to Fostering Panel on 29/02/2024. When must the next panel-presented review be held by?",("m","2024-02-29",36),["fcpanel"])
R("indirect","date","2026-10-12","The carer's references, medical and police check were all last done on 12 October 2023. When do they need redoing?",("m","2023-10-12",36),["fcdbs"])
R("typos","date","2027-05-05","carers core trainin last updated 31/05/24 when is it due again",("m","2024-05-31",36),["fctraining"])
R("scenario","date","2026-12-23","The Strategic Lead gave permission today (23/12/26) for a variation so a 3 year old can stay with carers approved for 5-10 year olds. The child arrived the same afternoon; her DOB is 02/01/2023. When does that permission run out?",("wd","2026-12-23",6),["variation"],"'Up to 6 working days' could be read as including the day permission is given, which would end it one working day earlier.")
R("indirect","date","2025-05-02","Grandad was approved as a temporary carer by the ADM today (2 May 2025) and the kids moved in straight away. When does the temporary approval end if it isn't extended?",("w","2025-05-02",16),["tempapp"])
R("scenario","date","2026-03-10","Connected person temporary approval started 05/01/26. The Fostering Panel and ADM agreed today to extend it by the extra 8 weeks. What's the absolute end date?",("w","2026-01-05",24),["tempapp"])

# ---------------- Case recording / case file ----------------
R("typos","date","2026-12-24","visit done 24/12 when does it need to be on the system",("d","2026-12-24",3),["record3"])
R("indirect","date","2025-04-17","I had a phone call with dad today, Thursday 17 April. What's the latest I can write it up?",("d","2025-04-17",3),["record3"])
R("scenario","date","2026-09-07","I did a home visit on 01/09/26 and then was off sick until today (07/09/26). The child's CIN review is on 10/09. By when should the visit have been recorded?",("d","2026-09-01",3),["record3"])
R("indirect","date","2027-01-05","When does the short overview at the front of the child's file need updating next? It was last done on 15 October 2026.",("m","2026-10-15",3),["summary"])
R("manager","date","2026-06-30","Audit: case file summary last updated 31/03/26. What date was it due for updating by?",("m","2026-03-31",3),["summary"])
R("newstarter","date","2025-10-20","Hi, the last authorised assessment on my child is dated 3 November 2024. When does it need a new one by?",("m","2024-11-03",12),["assess12"])
R("duty","date","2027-03-01","last c&f authorised 31/03/26, new one due by?",("m","2026-03-31",12),["assess12"])

# ---------------- Ages ----------------
R("newstarter","age","2026-03-02","Hi, when should the pathway plan be started for a young person born 31 August 2011?",("age","2011-08-31",15,6),["pathway"])
R("duty","age","2025-12-01","yp dob 14/06/2010, pathway plan from?",("age","2010-06-14",15,6),["pathway"])
R("indirect","age","2027-01-10","When do we start the plan for leaving care for a girl whose birthday is 29 February 2012?",("age","2012-02-29",15,6),["pathway"])
R("typos","age","2026-05-20","when does pathway plan start dob 1.1.11",("age","2011-01-01",15,6),["pathway"])
R("indirect","age","2025-11-12","There's a conference coming up for a boy born 17 December 2013. From what date should he be offered someone to support him to attend?",("age","2013-12-17",12,0),["advocate"])
R("scenario","age","2027-06-01","Sisters born 29/02/2016 and 04/05/2019 are on CP plans; review conferences run into 2028. When does the older one turn 12, so we must offer her an advocate?",("age","2016-02-29",12,0),["advocate"])
R("manager","age","2026-02-20","Child born 29/02/2020, PLO being considered. On what date does she stop being under 6 for the adoption social worker allocation rule?",("age","2020-02-29",6,0),["under6"])
R("indirect","age","2027-07-01","The little one was born on 9 September 2021. If we go into pre-proceedings, from what date would she be too old for the automatic adoption worker and family finder allocation?",("age","2021-09-09",6,0),["under6"])

# ---------------- Choice ----------------
R("scenario","choice","2026-01-05","ICPC is booked for Wednesday 14/01/26. The family have asked for everything in writing and the chair is new. When does my report need to go out?",[("wdb","2026-01-14",3),("db","2026-01-14",3)],["icpcchair","icpcfamily"])
R("duty","choice","2025-12-01","C&F started 01/12/25, when's it due?",[("wd","2025-12-01",15),("d","2025-12-01",45)],["tlreview","assess45"])
R("indirect","choice","2026-03-04","conference was 3/3, what's next due?",[("d","2026-03-03",10),("d","2026-03-03",20)],["coregroup","cin20"])
R("typos","choice","2027-05-26","plo meeting was 26/5 what do i need to do by when",[("wd","2027-05-26",3),("d","2027-05-26",7)],["fgc","viab","plomin"])
R("indirect","choice","2025-12-22","Child placed with carers today (22/12). When do we all have to get together to talk about her being in care?",[("wd","2025-12-22",3),("wd","2025-12-22",20)],["placemtg","lacreview"])
R("newstarter","choice","2026-08-26","Hi, my case has been stepped down to Child in Need today (26 August). When does the first CIN meeting need to be?",[("d","2026-08-26",10),("d","2026-08-26",20)],["cin10","cin20"])
R("manager","choice","2027-11-15","IRO challenged drift on 15/11/27 - what's our deadline?",[("wd","2027-11-15",5),("wd","2027-11-15",20)],["iro5","iro20"])
R("indirect","choice","2026-06-17","I saw the foster carers today, 17 June. What's my next deadline?",[("wd","2026-06-17",3),("w","2026-06-17",6)],["fcrecord","fcvisit"])

# ---------------- None ----------------
R("duty","none","2026-01-14","icpc 14/01/26, rcpc due?",None,["n_rcpc"])
R("indirect","none","2025-10-01","How often do the core group meetings have to happen after the first one? The last one was 1 Oct.",None,["n_cg"])
R("newstarter","none","2026-09-07","How often should I be getting supervision on my cases? My last supervision was 7 September.",None,["n_sup"])
R("typos","none","2027-02-15","first lac review was 15/2 when is the 2nd review due",None,["n_2nd"])
R("scenario","none","2026-11-03","The final care planning meeting today (03/11/26) agreed adoption as the plan. The IRH is listed for 15/01/27. What's the deadline for the SHOPBA?",None,["n_shopba"])
R("indirect","none","2025-06-10","The child was placed with adopters on 10 June. When must the letter for her to read when she's older be done by?",None,["n_lll"])
R("manager","none","2026-03-17","Strat 10/03/26; record sent to the agencies 17/03. What's the deadline for circulating the strat record?",None,["n_stratrec"])
R("indirect","none","2027-10-04","A girl in care went missing and came back today, 4 October. By when does the chat with her about where she went have to happen?",None,["n_missing"])
R("duty","none","2025-07-21","pathway plan last reviewed 21/07, next review due?",None,["n_pathrev"])
R("indirect","none","2026-01-19","The reviewing officer last checked in with the child on 19 Jan. How soon do they have to contact her again before the next review?",None,["n_iro"])

def build():
    src = open(SOURCE, encoding="utf-8").read()
    out = []
    for r in ROWS:
        ph = [PH[k] for k in r["keys"]]
        for p in ph:
            assert p in src, ("phrase not in source", p)
            assert len(p.split()) >= 6, p
        if r["rule"] is None:
            due, count = None, "no timescale set in the standards"
        elif isinstance(r["rule"], list):
            res = [compute(x) for x in r["rule"]]
            due = min(d for d, _ in res)
            count = " | ".join(t for _, t in res) + "; earlier = " + due.isoformat()
        else:
            due, count = compute(r["rule"])
        row = {"q": r["q"], "today": r["today"], "due": due.isoformat() if due else None,
               "expect_any": ph, "count": count, "voice": r["voice"], "kind": r["kind"]}
        if r["amb"]: row["ambiguous"] = r["amb"]
        out.append(row)
    return out

def check(rows):
    for d in BANK_HOLIDAYS:
        assert d.weekday() < 5, d
    assert len(BANK_HOLIDAYS) == 40
    for y in range(2024, 2029):
        assert sum(1 for d in BANK_HOLIDAYS if d.year == y) == 8
    src = open(SOURCE, encoding="utf-8").read()
    from collections import Counter
    for r in rows:
        P(r["today"])
        assert r["voice"] in {"duty","typos","scenario","indirect","newstarter","manager"}
        assert r["kind"] in {"date","visits","age","choice","none"}
        assert (r["due"] is None) == (r["kind"] == "none")
        for p in r["expect_any"]: assert p in src
    print("rows", len(rows))
    print("kinds", Counter(r["kind"] for r in rows))
    print("voices", Counter(r["voice"] for r in rows))
    print("ambiguous", sum(1 for r in rows if "ambiguous" in r))
    print("years", Counter(r["today"][:4] for r in rows))

if __name__ == "__main__":
    rows = build()
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-check the written file
    rows2 = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]
    assert rows2 == rows
    check(rows2)
