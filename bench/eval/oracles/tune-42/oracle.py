#!/usr/bin/env python3
"""Oracle for the frozen deadline question set. Standard library only.
Computes every `due` and `count` from a structured spec per row, writes questions.jsonl, and checks it."""
import datetime as dt, json, sys, os, calendar
from collections import Counter

D = lambda s: dt.date.fromisoformat(s)
WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

# England & Wales bank holidays 2024-2028, typed by hand (substitute days included)
BH = {D(x) for x in [
    '2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26',
    '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26',
    '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
    '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28',
    '2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26',
]}

def _selfcheck_bh():
    # cross-check the typed list against the rules (Easter computus, Monday rules, substitutes)
    def easter(y):
        a = y % 19; b, c = divmod(y, 100); d, e = divmod(b, 4); f = (b + 8) // 25; g = (b - f + 1) // 3
        h = (19 * a + b - d - g + 15) % 30; i, k = divmod(c, 4); l = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * l) // 451; mo, da = divmod(h + l - 7 * m + 114, 31)
        return dt.date(y, mo, da + 1)
    rule = set()
    for y in range(2024, 2029):
        nd = dt.date(y, 1, 1)
        while nd.weekday() >= 5: nd += dt.timedelta(1)
        rule.add(nd)
        e = easter(y); rule |= {e - dt.timedelta(2), e + dt.timedelta(1)}
        m = dt.date(y, 5, 1)
        while m.weekday() != 0: m += dt.timedelta(1)
        rule.add(m)
        for mon in (5, 8):
            x = dt.date(y, mon, calendar.monthrange(y, mon)[1])
            while x.weekday() != 0: x -= dt.timedelta(1)
            rule.add(x)
        c, b = dt.date(y, 12, 25), dt.date(y, 12, 26)
        taken = set()
        for x in (c, b):
            z = x
            while z.weekday() >= 5 or z in taken: z += dt.timedelta(1)
            taken.add(z)
        rule |= taken
    assert rule == BH, sorted(rule ^ BH)

def isw(d): return d.weekday() < 5 and d not in BH
def f(d): return f"{d.isoformat()} ({WD[d.weekday()]})"

def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12); y += d.year; m += 1
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last)), d.day > last

def compute(spec):
    k = spec[0]
    if k == 'wd':       # Nth working day strictly after
        d0, n = D(spec[1]), spec[2]; d = d0; c = 0; sk = []
        while c < n:
            d += dt.timedelta(1)
            if isw(d): c += 1
            elif d in BH: sk.append(d.isoformat())
        s = f"{n} working day{'s' if n > 1 else ''} after {f(d0)} -> {f(d)}"
        if d0 in BH or d0.weekday() >= 5: s += f"; start day {d0.isoformat()} is not a working day, counted from it"
        return d, s + (f"; skips bank holidays {', '.join(sk)}" if sk else "")
    if k == 'wdb':      # Nth working day strictly before
        d0, n = D(spec[1]), spec[2]; d = d0; c = 0; sk = []
        while c < n:
            d -= dt.timedelta(1)
            if isw(d): c += 1
            elif d in BH: sk.append(d.isoformat())
        return d, f"{n} working days before {f(d0)} -> {f(d)}" + (f"; skips bank holidays {', '.join(sk)}" if sk else "")
    if k == 'cd':
        d0, n = D(spec[1]), spec[2]; d = d0 + dt.timedelta(n)
        return d, f"{n} calendar days after {f(d0)} -> {f(d)}" + ("; lands on a bank holiday" if d in BH else "")
    if k == 'cdb':
        d0, n = D(spec[1]), spec[2]; d = d0 - dt.timedelta(n)
        return d, f"{n} calendar days before {f(d0)} -> {f(d)}"
    if k == 'wk':
        d0, n = D(spec[1]), spec[2]; d = d0 + dt.timedelta(7 * n)
        return d, f"{n} weeks ({7*n} days) after {f(d0)} -> {f(d)}" + ("; lands on a bank holiday" if d in BH else "")
    if k == 'mo':
        d0, n = D(spec[1]), spec[2]; d, cl = add_months(d0, n)
        return d, f"{n} months after {f(d0)} -> {f(d)}" + ("; day clamped to end of month" if cl else "")
    if k == 'age':      # birthday at years (+ months)
        dob, y, m = D(spec[1]), spec[2], spec[3] if len(spec) > 3 else 0
        if dob.month == 2 and dob.day == 29 and m == 0:
            yy = dob.year + y
            if calendar.isleap(yy): d = dt.date(yy, 2, 29); note = "29 Feb birthday, leap year so 29 Feb"
            else: d = dt.date(yy, 3, 1); note = "29 Feb birthday in a non-leap year: taken as 1 March"
            return d, f"age {y} for DOB {dob.isoformat()} -> {f(d)}; {note}"
        d, cl = add_months(dob, 12 * y + m)
        return d, f"age {y}y{m}m for DOB {dob.isoformat()} -> {f(d)}" + ("; day clamped to end of month" if cl else "")
    raise ValueError(spec)

# helpers for relative dates
def yday(t): return (D(t) - dt.timedelta(1)).isoformat()
def prev(t, wd):   # most recent given weekday strictly before today
    d = D(t) - dt.timedelta(1)
    while WD[d.weekday()] != wd: d -= dt.timedelta(1)
    return d.isoformat()
def on(date, wd):  # assert a weekday named in the question
    assert WD[D(date).weekday()] == wd, (date, wd, WD[D(date).weekday()]); return date

# ===== rows =====
P = {
 'fd': "decisions made by what action are required by a Team Leader within 1 working day",
 'ref': "Referrals will be actioned by a social worker within 1 working day",
 's47d': "Within 5 days of the Section 47 being initiated",
 'alloc': "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 'tlrev': "All assessments will be reviewed by the Team Leader within 15 working days",
 'a45': "Assessments must all be completed within 45 days",
 'strat': "a strategy discussion is required, this must happen within 1 working day",
 'strat24': "A strategy discussion within 24 hours involving all relevant agencies",
 'icpc': "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 'rfam': "The report will be shared with family at least 3 the days prior to conference",
 'rchair': "The report will be sent to the child protection chair 3 working days before the conference",
 'cg': "within 10 days of the conference and is used to put detail on the outline CP plan",
 'cpv': "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 'rcpar': "This report must be shared with parents at least 3 days prior to the review conference",
 'rcchair': "The report will be available to the conference chair at least 3 days prior to the review conference",
 'cp12': "when they have been subject to a plan for 12 months",
 'plo1': "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 'fgc': "Referral should be made within 3 working days of the first PLO meeting",
 'via': "Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 'plomin': "distributed to parents and their legal representation within 7 days of the meeting",
 'plorev': "Review PLO meetings with parents to be held every 4-6 weeks",
 'plo12': "A review legal planning meeting will be held at 12 weeks",
 'plo16': "a Legal Gateway meeting will be convened at 16 weeks",
 'cin20': "will set the first CIN meeting within 20 days",
 'cin10': "the initial CIN meeting must take place within 10 days",
 'cinrev': "CIN review meetings will be held at least every 6 weeks",
 'cinv': "A child subject to a CIN plan will be seen at least every 6 weeks",
 'emerg': "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 'visit1': "The child will be visited within 1 working day of coming into care or having a change in placement",
 'seen1': "All looked after children will be seen within 1 working day of placement",
 'pmeet': "The placement meeting will be held within 3 working days",
 'pplan': "an updated copy given to the carers within 5 working days of the placement beginning",
 'ft8': "reviewed at least every 8 week until the plan for permanence is agreed",
 'pack': "children rights leaflet within 3 weeks",
 'legal5': "informed of the child’s legal status within 5 working days",
 'iha': "An initial health assessment will be requested and carried out within 20 working days",
 'pep': "A PEP meeting will be arranged within the school within 20 days",
 'lacw': "Statutory looked after visits must happen weekly until the first looked after review",
 'lac6': "a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 'lac12': "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 'cplan': "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 'lacr': "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 'iro3': "this will be with the IRO 3 days before the review",
 'iroch': "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 'irod': "should be completed from start to finish within 20 working days",
 'adw': "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 'ad6': "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 'ado': "Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
 'fcv': "Trafford foster carers are visited at least once every six weeks",
 'fcrec': "a record of this visit is recorded on LCS within 3 working days",
 'fcun': "will have an unannounced visit at least once every 12 months",
 'fcann': "will have an annual review including an updated Safer Caring Policy",
 'fcpanel': "annual review presented to the Fostering Panel at least every three years",
 'fcdbs': "updated statutory references, medicals and DBS checks at least every three years",
 'fctrain': "must update their core training at least every three years",
 'var': "This can only be given for up to 6 working days",
 'temp': "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 'rec': "any event or contact is recorded within 3 days",
 'summ': "case file summary which has been updated within the last 3 months",
 'ass12': "An up to date assessment (within the last 12 months) on each child",
 'pw': "A pathway plan will be started when the young person is 15 years 6 months",
 'adv': "if they are 12 or over they should be offered an advocate",
 'ad6yr': "If a child under the age of 6 enters PLO or proceedings",
 'chairset': "The child protection chair will set the date of the next conference",
 'sup': "monitored through supervision which takes place in line with the supervision policy",
 'pepterm': "subsequently reviewed within the statutory guidelines at least 1 per term",
}
AMB_3D = "'3 days prior' is read as calendar days; a reader who takes it as working days would get an earlier date."
ROWS = [
# ---- Front door / referrals
('duty','date',"contact in 24/12/25 - TL decision by?",'2025-12-24',('wd','2025-12-24',1),['fd']),
('indirect','date',"A school rang our front door with worries about a pupil on 2 May 2025. By when does a team leader have to decide what we're doing with it?",'2025-05-02',('wd','2025-05-02',1),['fd']),
('typos','date',"referal came in thurs 17/4/25 when does it need actioning by a sw",'2025-04-17',('wd',on('2025-04-17','Thu'),1),['ref']),
('manager','date',"Referral received 23/08/2027, SW actioned it 31/08/2027. Was that within timescale?",'2027-09-06',('wd','2027-08-23',1),['ref']),
('scenario','date',"Mum rang on Christmas Eve about her partner. Police had been out the night before (the 23rd) and it was logged as a contact on the 24th. When does the team leader screening decision have to be made by?",'2026-12-24',('wd','2026-12-24',1),['fd']),
('indirect','date',"A new referral came in yesterday and a social worker needs to pick it up and start working it. What's the latest that can happen?",'2025-08-26',('wd',yday('2025-08-26'),1),['ref'],"Yesterday (25/08/2025) was a bank holiday; counted from it, so the 1st working day is 26/08."),
# ---- S47 progress discussion
('duty','date',"s47 initiated 30/12/25, SW/mgr progress discussion by?",'2025-12-30',('cd','2025-12-30',5),['s47d']),
('indirect','date',"We started the child protection enquiry on 14 April 2026. When should I sit down with my manager to go over how the enquiry is going?",'2026-04-15',('cd','2026-04-14',5),['s47d']),
('newstarter','date',"Hello, sorry if this is a silly question - a Section 47 enquiry was started on Friday. When do I need to have the progress discussion with my manager?",'2026-05-26',('cd',prev('2026-05-26','Fri'),5),['s47d']),
# ---- allocation 3WD
('typos','date',"case needs allocatin for C&F assesmnt, came thru 31.3.26, allocate by when",'2026-03-31',('wd','2026-03-31',3),['alloc']),
('indirect','date',"A case came in on 22 May 2026 and needs giving to a worker to do the family assessment. What's the latest it can be handed out?",'2026-05-22',('wd','2026-05-22',3),['alloc']),
('manager','date',"Referral 19/12/2025, allocated for C&FA on 05/01/2026. In timescale?",'2026-01-07',('wd','2025-12-19',3),['alloc']),
('scenario','date',"Referral came through on 27/12/2027 (yes, over Christmas) for a 9 year old, DOB 02/01/2018. The strat was the week before on 20/12. When's the latest it must be allocated to a SW for the C&F assessment?",'2027-12-29',('wd','2027-12-27',3),['alloc']),
# ---- TL review 15WD
('duty','date',"C&FA started 01/12/25, TL review due?",'2025-12-02',('wd','2025-12-01',15),['tlrev']),
('indirect','date',"When does my team leader need to have looked over the family assessment I started on 10 April 2025?",'2025-04-11',('wd','2025-04-10',15),['tlrev']),
('scenario','date',"Started a C&F assessment on 2 May 2025 for a 7 year old (DOB 12/06/2017). The strat was on the 1st. When does my TL need to have reviewed it?",'2025-05-06',('wd','2025-05-02',15),['tlrev'],"Counted from the assessment start (02/05), not the strat (01/05)."),
('typos','date',"tl needs to reveiw my assesment, started it 17/8/26, by when?",'2026-08-20',('wd','2026-08-17',15),['tlrev']),
# ---- 45 days
('scenario','date',"The C&F assessment started 18/12/25 (referral came in the same day). Dad's release date is 05/01/26. What's the 45 day deadline for the assessment?",'2025-12-18',('cd','2025-12-18',45),['a45']),
('typos','date',"assesment started 3rd april 2026 when has it got to be finished",'2026-04-08',('cd','2026-04-03',45),['a45']),
('indirect','date',"If I started looking into the family's needs and circumstances on 21 December 2026, what's the absolute latest the full write-up has to be done?",'2026-12-22',('cd','2026-12-21',45),['a45']),
('scenario','date',"Referral came in 20/05/27 and we started the C&F assessment on 24/05/27 once consent was in. Baby was born 02/05/27. When's the 45 day deadline?",'2027-05-25',('cd','2027-05-24',45),['a45'],"The standard does not say what the 45 days run from; counting from the referral (20/05) gives 04/07/2027."),
('manager','date',"C&FA commenced 02/01/2026, authorised 20/02/2026. Was it completed within timescale?",'2026-02-23',('cd','2026-01-02',45),['a45']),
('newstarter','date',"Hi, I've been given my first Child and Family Assessment. It started on Monday. How long have I got to finish it?",'2025-11-12',('cd',prev('2025-11-12','Mon'),45),['a45']),
# ---- strategy discussion 1WD
('duty','date',"mgmt decision for strat 24/12/27, strat by?",'2027-12-24',('wd','2027-12-24',1),['strat']),
('indirect','date',"My manager decided this afternoon that we need the multi-agency meeting with police and health about the bruising. When does that have to happen by?",'2026-04-02',('wd','2026-04-02',1),['strat'],"The S47 section also says 'within 24 hours', which would give 03/04/2026 (Good Friday)."),
('typos','date',"manger said strat needed on fri 29/8/25, when by",'2025-08-29',('wd',on('2025-08-29','Fri'),1),['strat']),
# ---- ICPC 15WD
('scenario','date',"Strat was on 19/12/25 for two siblings (DOBs 03/03/2016 and 11/11/2019). Police did a joint visit on the 20th. When's the ICPC due by?",'2025-12-22',('wd','2025-12-19',15),['icpc']),
('duty','date',"strat 02/04/26 icpc?",'2026-04-02',('wd','2026-04-02',15),['icpc']),
('typos','date',"strat was 23rd dec 2026 when is icpc due",'2026-12-23',('wd','2026-12-23',15),['icpc']),
('indirect','date',"The meeting with police and health where we agreed to go ahead with the child protection enquiry was on 7 April 2025. When does the big meeting with the family and all agencies need to happen by?",'2025-04-08',('wd','2025-04-07',15),['icpc']),
('indirect','date',"Police, school and us had the first multi-agency discussion about the twins on 22/05/2026. What's the last date for the first conference?",'2026-05-22',('wd','2026-05-22',15),['icpc']),
('scenario','date',"Strat was held 28/08/2025 after school raised concerns. The last CIN meeting was 14/08/2025 and mum's birthday is 01/09. When's the ICPC due by?",'2025-08-29',('wd','2025-08-28',15),['icpc']),
('manager','date',"ICPC was held 20/01/26, strat 02/01/26, was that in timescale?",'2026-01-21',('wd','2026-01-02',15),['icpc']),
('manager','date',"Strat 15/12/2027, ICPC booked 07/01/2028. Is that in timescale?",'2027-12-16',('wd','2027-12-15',15),['icpc']),
('newstarter','date',"Hello - I'm new and not sure of all the abbreviations. The strategy discussion was held yesterday. By what date must the Initial Child Protection Conference be held?",'2027-03-24',('wd',yday('2027-03-24'),15),['icpc']),
('scenario','date',"Child was seen on 1 May 2028 and the strat discussion held later that day (bank holiday, emergency duty). Her brother's review conference is on 30 May. What's the latest for this child's ICPC?",'2028-05-02',('wd','2028-05-01',15),['icpc']),
('indirect','date',"we had the police/health/social care discussion last Tuesday - when's the first conference for the family due by?",'2026-12-17',('wd',prev('2026-12-17','Tue'),15),['icpc']),
# ---- ICPC report to family / chair
('indirect','date',"The first child protection conference is on 6 January 2026. When do the parents need to have my report by?",'2025-12-29',('cdb','2026-01-06',3),['rfam'],AMB_3D),
('typos','date',"icpc is 14/4/26 when do i share report with parents",'2026-04-01',('cdb','2026-04-14',3),['rfam'],AMB_3D),
('duty','date',"ICPC 07/04/26 - report to chair by?",'2026-03-25',('wdb','2026-04-07',3),['rchair']),
('indirect','date',"When does the person chairing the first conference need my report if the conference is on Tuesday 29 December 2026?",'2026-12-16',('wdb',on('2026-12-29','Tue'),3),['rchair']),
('manager','date',"ICPC 02/06/2025, report to chair received 29/05/2025. Compliant?",'2025-06-03',('wdb','2025-06-02',3),['rchair']),
('scenario','date',"ICPC is on 4th May 2027 for a 3 year old. Family already have the draft and TL sign-off is booked for 26th April. What's the deadline for the report to reach the CP chair?",'2027-04-20',('wdb','2027-05-04',3),['rchair']),
('newstarter','date',"Could someone tell me when the conference report has to be sent to the chair? The ICPC is on 2 January 2026.",'2025-12-15',('wdb','2026-01-02',3),['rchair']),
# ---- core group 10 days
('scenario','date',"ICPC was 19/12/25 and the baby went on a plan; the RCPC is pencilled for 12/03/26 and school broke up that day too. When does the first core group need to be held?",'2025-12-19',('cd','2025-12-19',10),['cg']),
('typos','date',"icpc was 26/3/27, whens first core grp",'2027-03-30',('cd','2027-03-26',10),['cg']),
('indirect','date',"The conference agreed a protection plan on 20 August 2025. When do the agencies and family have to meet to flesh out the plan?",'2025-08-21',('cd','2025-08-20',10),['cg']),
('indirect','date',"the meeting where we put the detail on the outline plan - conference was 21/12/2026, when's it due?",'2026-12-22',('cd','2026-12-21',10),['cg']),
('scenario','date',"ICPC on 30/04/2026 made both kids subject to plans. The review conference is already set for 23/07/2026. When must the first core group be?",'2026-05-01',('cd','2026-04-30',10),['cg']),
('manager','date',"ICPC 05/01/2027, first core group 18/01/2027. In timescale?",'2027-01-19',('cd','2027-01-05',10),['cg']),
('newstarter','date',"Hi all, the initial conference was on Friday. When must the first core group meeting happen?",'2026-06-01',('cd',prev('2026-06-01','Fri'),10),['cg']),
# ---- CP visits
('duty','visits',"CP visit done 22/12/25, next by?",'2025-12-23',('wk','2025-12-22',4),['cpv']),
('typos','visits',"last cp vist 3.4.26 next one due?",'2026-04-07',('wk','2026-04-03',4),['cpv']),
('indirect','visits',"I last saw the girl on the protection plan at home on 28 August 2026. When do I have to see her again at the latest?",'2026-09-01',('wk','2026-08-28',4),['cpv']),
('scenario','visits',"Visited the kids at home on 15/12/2027; they've been on plans since ICPC 01/11/2027. Dad was out. When's the next statutory visit due?",'2027-12-16',('wk','2027-12-15',4),['cpv']),
('manager','visits',"CP child seen at home 02/02/2026 and then 06/03/2026. Was the second visit in timescale?",'2026-03-09',('wk','2026-02-02',4),['cpv']),
('newstarter','visits',"Sorry, new here - how often do I need to visit a child on a child protection plan? My last visit was yesterday, so when's the next one due?",'2025-05-27',('wk',yday('2025-05-27'),4),['cpv']),
# ---- RCPC reports
('indirect','date',"The review meeting for the protection plan is on 5 January 2027 - by when do mum and dad need to have seen my update?",'2026-12-18',('cdb','2027-01-05',3),['rcpar'],AMB_3D),
('duty','date',"RCPC 20/04/26, plan update to chair by?",'2026-04-13',('cdb','2026-04-20',3),['rcchair'],AMB_3D),
('manager','date',"RCPC 31/05/2028, report shared with parents 29/05/2028. Compliant?",'2028-06-01',('cdb','2028-05-31',3),['rcpar'],AMB_3D),
# ---- 12 months on plan
('indirect','date',"The twins have been on protection plans since 9 March 2026. From what date do we need to hold the professionals' meeting about working differently with the family if they can't come off the plan?",'2026-11-10',('mo','2026-03-09',12),['cp12']),
('scenario','date',"Lad was made subject to a CP plan at ICPC on 31/01/2027; RCPCs since on 25/04 and 12/10. Progress is poor. When does he hit 12 months on a plan for the professional thinking time meeting?",'2027-10-14',('mo','2027-01-31',12),['cp12']),
# ---- PLO
('scenario','date',"The PLO letter is dated 22/12/25, Legal Gateway was 15/12/25 and mum's solicitor is on leave till 05/01. When should the first PLO meeting be by?",'2025-12-22',('cd','2025-12-22',10),['plo1']),
('indirect','date',"The letter that starts pre-proceedings went out dated 27 March 2027. When should the first meeting with the parents and their solicitor be?",'2027-03-30',('cd','2027-03-27',10),['plo1']),
('typos','date',"plo leter dated 21/8/25 when is 1st meeting",'2025-08-22',('cd','2025-08-21',10),['plo1']),
('scenario','date',"PLO letter is dated 04/05/2026 though it wasn't posted till the 6th. Legal Gateway was 28/04. Parents' solicitor wants to know the latest date for the first meeting.",'2026-05-06',('cd','2026-05-04',10),['plo1']),
('manager','date',"PLO letter dated 10/12/2026, first PLO meeting held 22/12/2026. In timescale?",'2027-01-04',('cd','2026-12-10',10),['plo1']),
('indirect','date',"We had the first pre-proceedings meeting with the parents on 23 December 2025 and there hasn't been a family group conference. By when should I make that referral?",'2025-12-23',('wd','2025-12-23',3),['fgc']),
('scenario','date',"First PLO meeting was on 01/04/26 and mum agreed to an FGC (there hasn't been one). PLO letter was dated 24/03/26. When does the FGC referral have to go in?",'2026-04-01',('wd','2026-04-01',3),['fgc']),
('indirect','date',"Gran came forward as a possible carer at the first pre-proceedings meeting on 28 May 2027. When do I have to get the screening request to the placements team?",'2027-05-28',('wd','2027-05-28',3),['via']),
('newstarter','date',"Hello, the initial PLO meeting was last Thursday and an aunt may be able to care. When does the viability assessment request need to go to the Family Placement Team?",'2026-09-01',('wd',prev('2026-09-01','Thu'),3),['via']),
('typos','date',"plo mtg 19/12/25 minutes out by",'2025-12-19',('cd','2025-12-19',7),['plomin']),
('indirect','date',"When do the notes of what we agreed with the parents at the pre-proceedings meeting on 30 March 2026 have to go to them and their solicitor?",'2026-03-31',('cd','2026-03-30',7),['plomin']),
('manager','date',"PLO meeting 03/02/2027, minutes sent 12/02/2027. In timescale?",'2027-02-15',('cd','2027-02-03',7),['plomin']),
('indirect','visits',"We last reviewed things with the parents in pre-proceedings on 14/07/2025. What's the latest the next review meeting can be?",'2025-07-15',('wk','2025-07-14',6),['plorev'],"The standard says every 4-6 weeks; this takes the 6-week outer limit (4 weeks gives 11/08/2025)."),
('duty','visits',"PLO review mtg 24/11/26, next one by latest?",'2026-11-25',('wk','2026-11-24',6),['plorev'],"Every 4-6 weeks: 6-week outer limit taken; 4 weeks gives 22/12/2026."),
('indirect','date',"First pre-proceedings meeting was 9 January 2026. When's the legal review with our solicitor at the 12 week point?",'2026-01-12',('wk','2026-01-09',12),['plo12'],"The standard does not say what the 12 weeks run from; from the PLO letter date would be earlier."),
('scenario','date',"PLO letter dated 02/09/2025, first PLO meeting 10/09/2025. Parents have engaged a bit but we're still in PLO. When's the 16 week Legal Gateway?",'2025-11-20',('wk','2025-09-02',16),['plo16'],"Counted from the PLO letter; counting from the first PLO meeting (10/09) gives 31/12/2025."),
('duty','date',"PLO start 15/01/27, 16wk gateway?",'2027-01-15',('wk','2027-01-15',16),['plo16']),
# ---- CIN
('indirect','date',"The conference on 17 December 2025 took the kids off their protection plans and onto child in need. When must the first meeting under the new plan be?",'2025-12-18',('cd','2025-12-17',20),['cin20']),
('scenario','date',"Kids were deplanned at the RCPC on 13/03/26 - they'd been on plans since 10/06/25. When does the first CIN meeting need to be?",'2026-03-13',('cd','2026-03-13',20),['cin20']),
('manager','date',"Deplanned 11/08/2027, first CIN meeting held 03/09/2027. Compliant?",'2027-09-06',('cd','2027-08-11',20),['cin20']),
('indirect','date',"The case came over to our neighbourhood team from the first response team on 24 December 2026. When has the first meeting with the family and professionals got to be?",'2026-12-24',('cd','2026-12-24',10),['cin10']),
('typos','date',"transfered from CFR 30/4/25 initial cin mtg by?",'2025-05-01',('cd','2025-04-30',10),['cin10']),
('scenario','date',"CFR sent the transfer email on 12/05/2026 and the case transferred to us on 18/05/2026 after the joint visit. Child's DOB is 18/05/2019. When's the initial CIN meeting due?",'2026-05-18',('cd','2026-05-18',10),['cin10'],"Counted from the transfer date; counting from the notification email (12/05) gives 22/05/2026."),
('scenario','visits',"Last CIN review was 17/11/25; the CIN visit was 01/12/25 and a sibling's RCPC is 20/01/26. When's the next CIN review due?",'2025-11-18',('wk','2025-11-17',6),['cinrev']),
('indirect','visits',"We last reviewed the family's support plan (the level below child protection) on 3 April 2026 with everyone round the table. When's the next review meeting at the latest?",'2026-04-07',('wk','2026-04-03',6),['cinrev']),
('typos','visits',"cin vist done 12/2/27 next one?",'2027-02-15',('wk','2027-02-12',6),['cinv']),
('scenario','visits',"Saw the boy at home on 20/07/2026 (he's CIN). I also saw him at school on 05/08/2026. When's his next CIN visit due?",'2026-08-06',('wk','2026-07-20',6),['cinv']),
('newstarter','visits',"Hi, how long can I leave between visits for a child on a child in need plan? I last saw her at home on 22 December 2025.",'2026-01-05',('wk','2025-12-22',6),['cinv']),
('manager','visits',"CIN child visited at home 05/01/2026 and 20/02/2026. In timescale?",'2026-02-23',('wk','2026-01-05',6),['cinv']),
# ---- children in care
('indirect','date',"A boy came into our care in an emergency on 19 December 2025 with no recent assessment. When must the assessment of his needs be done?",'2025-12-22',('wd','2025-12-19',20),['emerg']),
('scenario','date',"Unplanned admission on 25/03/27 - mum was arrested the night before (24th). The last C&FA on file is from 2024. When does the new assessment have to be completed?",'2027-03-25',('wd','2027-03-25',20),['emerg']),
('scenario','date',"Her foster placement broke down and she moved to new carers on 24/12/25. Her last statutory visit was 19/12. When do I have to visit her in the new placement?",'2025-12-24',('wd','2025-12-24',1),['visit1']),
('typos','date',"kid came into care sat 2nd may 2026 when do i have to see him",'2026-05-02',('wd',on('2026-05-02','Sat'),1),['visit1','seen1'],"Placement on a Saturday before a bank holiday Monday; some would expect a visit over the weekend."),
('indirect','date',"She moved to a new foster home on Good Friday, 3 April 2026. When do I need to go and see her?",'2026-04-03',('wd','2026-04-03',1),['visit1']),
('manager','date',"Child placed 29/08/2025, seen by SW 02/09/2025. Compliant?",'2025-09-03',('wd','2025-08-29',1),['visit1','seen1']),
('scenario','date',"Child was accommodated under s20 on 31/12/2026, the day after police attended (30/12). Mum's court hearing is 05/01/2027. What's the latest the SW must visit her in placement?",'2026-12-31',('wd','2026-12-31',1),['visit1','seen1']),
('indirect','date',"Child placed with new carers on 22 December 2025. When is the meeting to agree delegated authority and share more info due?",'2025-12-22',('wd','2025-12-22',3),['pmeet']),
('duty','date',"placed 01/04/26, placement mtg by?",'2026-04-01',('wd','2026-04-01',3),['pmeet']),
('newstarter','date',"Hello - a child was placed with foster carers yesterday. When does the placement meeting need to be held?",'2027-05-28',('wd',yday('2027-05-28'),3),['pmeet']),
('indirect','date',"When do the carers need the updated written plan for the child if she moved in on 20 May 2027?",'2027-05-21',('wd','2027-05-20',5),['pplan']),
('scenario','date',"Placement started 25/08/2025 and the placement meeting was on 27/08. The carer is asking when she'll get the updated placement plan.",'2025-08-27',('wd','2025-08-25',5),['pplan']),
('indirect','visits',"How often do the contact arrangements with mum need reviewing? They were set up when he came into care on 2 March 2026, no permanence plan yet, and haven't been looked at since.",'2026-04-20',('wk','2026-03-02',8),['ft8']),
('duty','visits',"family time last reviewed 06/11/26, next review by?",'2026-11-09',('wk','2026-11-06',8),['ft8']),
('indirect','date',"When does the child need her welcome pack and rights leaflet by if she came into care on 9 December 2025?",'2025-12-10',('wk','2025-12-09',3),['pack']),
('typos','date',"came in2 care 14.4.27 wen does the care pack need giving",'2027-04-15',('wk','2027-04-14',3),['pack']),
('indirect','date',"A child became looked after on 23 December 2026. By when do I need to let the school, GP and other professionals know his status?",'2026-12-23',('wd','2026-12-23',5),['legal5']),
('manager','date',"LAC from 14/04/2025; professionals told of legal status 22/04/2025. In timescale?",'2025-04-24',('wd','2025-04-14',5),['legal5']),
('indirect','date',"When must the first medical for a child who came into our care on 1 December 2026 be done?",'2026-12-02',('wd','2026-12-01',20),['iha']),
('scenario','date',"She came into care on 16/03/26; the GP last saw her 02/03/26 and her CP medical was 13/03/26. When must the initial health assessment be done?",'2026-03-16',('wd','2026-03-16',20),['iha']),
('scenario','date',"Twins (DOB 04/08/2024) came into care on 11/04/2025 under an ICO. The CP medical was on 09/04. When's the initial health assessment due by?",'2025-04-14',('wd','2025-04-11',20),['iha']),
('indirect','date',"Child came into care on 15/12/2025. When does the education planning meeting at her school need to be set up by?",'2025-12-16',('cd','2025-12-15',20),['pep'],"The standard does not name the start event; coming into care is assumed."),
('typos','date',"pep mtg for new lac kid, came into care 28/3/27, by when",'2027-03-30',('cd','2027-03-28',20),['pep'],"The standard does not name the start event; coming into care is assumed."),
('scenario','visits',"She came into care 10/12/25 and her first LAC review is booked for 07/01/26. I saw her on 24/12/25. When's the next statutory visit due?",'2025-12-29',('wk','2025-12-24',1),['lacw']),
('indirect','visits',"She's been in care three weeks and hasn't had her first review yet. I saw her on 6 April 2026. When's the next visit due?",'2026-04-07',('wk','2026-04-06',1),['lacw']),
('typos','visits',"lac vist 29/12/25, had 1st review already, perm plan not sorted, nxt visit?",'2025-12-30',('wk','2025-12-29',6),['lac6']),
('scenario','visits',"He came into care 02/01/2026, first LAC review was 28/01/2026. I saw him on 31/08/2026 and his permanence plan isn't finalised. When's my next statutory visit due?",'2026-09-01',('wk','2026-08-31',6),['lac6']),
('indirect','visits',"She's been settled in her permanent placement for nearly two years so we're on the less frequent visits now. I last saw her on 18 December 2026. Next one by?",'2026-12-21',('wk','2026-12-18',12),['lac12']),
('manager','visits',"Long-term LAC, permanent placement since 2023, visits 12 weekly. Visited 03/03/2025 and 04/06/2025. Compliant?",'2025-06-05',('wk','2025-03-03',12),['lac12']),
('indirect','date',"When does the up-to-date plan for a child in our care need to be on the system if she was placed on 22/12/2026?",'2026-12-23',('cd','2026-12-22',10),['cplan']),
('duty','date',"placed 27/05/25, care plan on LCS by?",'2025-05-28',('cd','2025-05-27',10),['cplan']),
('scenario','date',"Boy (DOB 07/07/2012) came into care on 19/12/25 after his nan went into hospital on the 17th. When's his initial LAC review due?",'2025-12-19',('wd','2025-12-19',20),['lacr']),
('typos','date',"became lac 1/5/26 1st review when",'2026-05-05',('wd','2026-05-01',20),['lacr']),
('indirect','date',"A girl came into our care on 25 March 2027. When does her first formal review with the independent reviewer have to be?",'2027-03-25',('wd','2027-03-25',20),['lacr']),
('scenario','date',"Baby was born 20/11/2025 and became looked after on 01/12/2025 under an ICO granted that day. Mum's parenting assessment starts 05/01/2026. When's the initial LAC review due?",'2025-12-02',('wd','2025-12-01',20),['lacr']),
('manager','date',"Child LAC 11/08/2027, initial review held 09/09/2027. In timescale?",'2027-09-10',('wd','2027-08-11',20),['lacr']),
('newstarter','date',"Hi - sorry, quick one. A young person became looked after on Tuesday. When must the initial Looked After Review be?",'2026-12-17',('wd',prev('2026-12-17','Tue'),20),['lacr']),
('indirect','date',"The young person's review with the independent reviewer is on 4 January 2027. When does my written report have to be with them?",'2026-12-14',('cdb','2027-01-04',3),['iro3'],"'3 days before' read as calendar days; as working days it would be 29/12/2026."),
('duty','date',"LAC review 07/04/26, report to IRO by?",'2026-03-30',('cdb','2026-04-07',3),['iro3'],"'3 days before' read as calendar days; as working days it would be 31/03/2026."),
('indirect','date',"The independent reviewer raised an informal concern about drift with me on 18 December 2025. If it isn't sorted, when does it become a formal dispute?",'2025-12-18',('wd','2025-12-18',5),['iroch']),
('manager','date',"IRO informal challenge 30/03/2026; formal dispute raised 08/04/2026. Was that at the right point?",'2026-04-09',('wd','2026-03-30',5),['iroch']),
('indirect','date',"The formal disagreement process with the IRO started on 2 December 2026. When should it be finished start to end?",'2026-12-03',('wd','2026-12-02',20),['irod']),
('duty','date',"IRO formal dispute started 24/03/27 - resolved by?",'2027-03-24',('wd','2027-03-24',20),['irod']),
# ---- adoption
('scenario','visits',"Child was placed with the adopters on 18/12/2025 and I visited on the 22nd. No LAC review yet. When's the next visit due?",'2025-12-23',('wk','2025-12-22',1),['adw']),
('indirect','visits',"Little one is placed with her adoptive family and has had her first review. My last visit was 13 July 2026. When's the next?",'2026-07-14',('wk','2026-07-13',6),['ad6']),
('indirect','date',"Child moved in with the adopters on 23 December 2025. From when can they apply to court to make it permanent?",'2026-01-05',('wk','2025-12-23',10),['ado']),
('typos','date',"placd with adopters 1/4/27 when can they apply for adoption order",'2027-04-02',('wk','2027-04-01',10),['ado']),
('newstarter','date',"Hello, when can adopters apply for the Adoption Order? The child was placed with them on 29 May 2026.",'2026-06-01',('wk','2026-05-29',10),['ado']),
# ---- fostering
('scenario','visits',"As SSW I visited the carers on 19/12/25; their annual review is due in February and the unannounced visit was 03/11/25. When's my next supervisory visit due?",'2025-12-22',('wk','2025-12-19',6),['fcv']),
('indirect','visits',"I'm the supervising worker; I last saw the foster carers on 2 April 2027. When's my next visit to them due?",'2027-04-05',('wk','2027-04-02',6),['fcv']),
('typos','date',"saw foster carer fri 24/12/27 when do i hav to get it on lcs",'2027-12-24',('wd',on('2027-12-24','Fri'),3),['fcrec']),
('manager','date',"Supervising SW visit to carers 01/05/2026, recorded 07/05/2026. Compliant?",'2026-05-08',('wd','2026-05-01',3),['fcrec']),
('indirect','date',"When's the latest the foster carers must have their next surprise visit? The last one was on 29 February 2024.",'2025-01-15',('mo','2024-02-29',12),['fcun']),
('indirect','date',"The foster carers' review last went to panel on 31 August 2025. When must one next go before panel at the latest?",'2026-09-02',('mo','2025-08-31',36),['fcpanel']),
('duty','date',"FC DBS done 19/12/24, renewal by?",'2025-12-01',('mo','2024-12-19',36),['fcdbs']),
('typos','date',"foster carer core trainin last updated 30/5/25 when due agian",'2026-01-14',('mo','2025-05-30',36),['fctrain']),
('newstarter','date',"Hello, when is a foster carer's annual review due? Their last one was on 26 August 2026.",'2027-06-01',('mo','2026-08-26',12),['fcann']),
('indirect','date',"We placed a child outside the carers' approval range with the strategic lead's permission on 22 December 2026. Until when does that permission last at most?",'2026-12-22',('wd','2026-12-22',6),['var'],"Counted from the day permission was given/child placed."),
('scenario','date',"Aunt was temporarily approved as a connected carer by the ADM on 05/01/26 and the kids moved in on 07/01/26. No extension agreed. When does the approval run out?",'2026-01-05',('wk','2026-01-05',16),['temp']),
('scenario','date',"Gran was temporarily approved as a connected carer on 01/09/2025 and panel/ADM have agreed the 8 week extension. Her full assessment is booked for panel on 10/03/2026. When does the extended approval end?",'2025-12-15',('wk','2025-09-01',24),['temp']),
# ---- recording / summaries / assessment currency
('typos','date',"home visit thurs 24/12/26 when does it need recording",'2026-12-24',('cd',on('2026-12-24','Thu'),3),['rec']),
('indirect','date',"I saw the family on 2 April 2026. How long have I got to get the write-up of that visit onto the system?",'2026-04-02',('cd','2026-04-02',3),['rec']),
('indirect','date',"The overview at the front of the child's file was last updated on 30 November 2025. When does it need redoing by?",'2026-01-20',('mo','2025-11-30',3),['summ']),
('manager','date',"Audit: case summary last updated 31/08/2026, audit date 01/12/2026. Was it in date?",'2026-12-01',('mo','2026-08-31',3),['summ']),
('duty','date',"last C&FA authorised 29/02/24, new one due by?",'2025-02-10',('mo','2024-02-29',12),['ass12']),
('indirect','date',"The most recent full assessment of the child's needs was signed off on 15 May 2025. When does the case need a fresh one?",'2026-03-02',('mo','2025-05-15',12),['ass12']),
# ---- ages
('indirect','age',"When do I need to start the leaving-care planning document for a lad in care born 3 October 2011?",'2026-09-14',('age','2011-10-03',15,6),['pw']),
('duty','age',"LAC DOB 31/08/2010 pathway plan start?",'2025-12-01',('age','2010-08-31',15,6),['pw']),
('newstarter','age',"Hi, when should a pathway plan be started for a young person born on 29 February 2012?",'2027-05-04',('age','2012-02-29',15,6),['pw']),
('scenario','age',"ICPC is booked for 14/01/2027. The eldest, DOB 10/01/2015, wants to come. From what date is she old enough that we must offer her an advocate?",'2026-12-21',('age','2015-01-10',12),['adv']),
('indirect','age',"Child born 29/02/2016 - from what date do we have to offer him someone to support him to attend conference?",'2027-11-01',('age','2016-02-29',12),['adv']),
('indirect','age',"The girl was born on 29 February 2020. What date does she stop counting for the early adoption worker allocation if we go into PLO?",'2026-01-12',('age','2020-02-29',6),['ad6yr']),
('typos','age',"kid dob 14/4/20, wen does he turn 6 for the adoption worker thing",'2026-03-30',('age','2020-04-14',6),['ad6yr']),
('duty','age',"YP DOB 25/12/2010, pathway plan due?",'2026-05-05',('age','2010-12-25',15,6),['pw']),
# ---- choice
('duty','choice',"conference was 03/03/26, what's next due?",'2026-03-03',[('cd','2026-03-03',10),('cd','2026-03-03',20)],['cg','cin20']),
('indirect','choice',"We had the first pre-proceedings meeting with the parents on 10 June 2026. What's my next deadline?",'2026-06-10',[('wd','2026-06-10',3),('cd','2026-06-10',7)],['fgc','plomin']),
('typos','choice',"child came into care 2/4/26 whens the meeting due",'2026-04-02',[('wd','2026-04-02',3),('wd','2026-04-02',20)],['pmeet','lacr']),
('scenario','choice',"We started the S47 and held the strat on 20/05/2027. Mum's already said she won't engage. What's the next deadline?",'2027-05-20',[('cd','2027-05-20',5),('wd','2027-05-20',15)],['s47d','icpc']),
('indirect','choice',"We took on the case on 15 September 2025 and started looking at the family's needs that day. When's the assessment due?",'2025-09-15',[('wd','2025-09-15',15),('cd','2025-09-15',45)],['tlrev','a45']),
('newstarter','choice',"Hi, I visited a child in care today - when's the next visit due?",'2026-10-05',[('wk','2026-10-05',1),('wk','2026-10-05',6)],['lacw','lac6']),
('duty','choice',"visited FC 30/03/26 what's due?",'2026-03-30',[('wd','2026-03-30',3),('wk','2026-03-30',6)],['fcrec','fcv']),
('manager','choice',"ICPC 12/01/2027 - when was the report due?",'2027-01-13',[('wdb','2027-01-12',3),('cdb','2027-01-12',3)],['rchair','rfam']),
# ---- none
('duty','none',"last supervision 12/03/26 on a CP case, next due?",'2026-03-20',None,['sup']),
('indirect','none',"The first review of the protection plan with all agencies was on 3 March 2026 - when's the one after that due?",'2026-03-04',None,['chairset']),
('duty','none',"ICPC 05/01/26 when is 1st RCPC?",'2026-01-05',None,['chairset']),
('newstarter','none',"When does the Later Life Letter need to be finished by? The Adoption Order was granted on 14 July 2026.",'2026-07-20',None,[]),
('typos','none',"shopba mtg how many days before IRH? IRH is 14/5/27",'2027-04-01',None,[]),
('scenario','none',"SGO assessment for gran started 05/01/2027 after she came forward at the FGC. Court wants a date. When's the SGO report due per our standards?",'2027-01-06',None,[]),
('indirect','none',"I sent the written referral to legal for advice on 2 April 2026. How many days have they got to come back to me?",'2026-04-07',None,[]),
('manager','none',"Chronology last updated 01/09/2025 - by when must it be refreshed under the standards?",'2026-01-12',None,[]),
('indirect','none',"When does the assessment of the aunt as a family and friends carer have to be done by? She was put forward on 4 May 2026.",'2026-05-05',None,[]),
('duty','none',"PEP reviewed 15/01/26, next PEP review exact date?",'2026-01-16',None,['pepterm'],"The standards say at least once per term but set no date."),
]


def build():
    _selfcheck_bh()
    src = open('/work/shared/source/practice-standards.txt', encoding='utf-8').read()
    out = []
    for r in ROWS:
        voice, kind, q, today, spec, keys = r[:6]
        amb = r[6] if len(r) > 6 else None
        phrases = [P[k] for k in keys]
        if kind == 'none':
            due, count = None, "no timescale in the standards for this"
        elif kind == 'choice':
            res = [compute(s) for s in spec]
            due = min(x[0] for x in res).isoformat()
            count = " | ".join(f"{k}: {c}" for k, (_, c) in zip(keys, res)) + f" -> earlier is {due}"
        else:
            d, count = compute(spec); due = d.isoformat()
        row = {"q": q, "today": today, "due": due, "expect_any": phrases, "count": count, "voice": voice, "kind": kind}
        if amb: row["ambiguous"] = amb
        out.append(row)
    # checks
    for i, row in enumerate(out):
        for p in row["expect_any"]:
            assert p in src, (i, p)
            assert len(p.split()) >= 6, (i, p)
        D(row["today"])
        assert row["voice"] in {'duty', 'typos', 'scenario', 'indirect', 'newstarter', 'manager'}
        assert row["kind"] in {'date', 'visits', 'age', 'choice', 'none'}
        if row["kind"] == 'choice': assert len(row["expect_any"]) >= 2
    assert len({r["q"] for r in out}) == len(out), "duplicate q"
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'questions.jsonl')
    with open(path, 'w', encoding='utf-8') as fh:
        for row in out: fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    # re-read check
    rows = [json.loads(l) for l in open(path, encoding='utf-8')]
    print(len(rows), "rows")
    print("kind", Counter(r["kind"] for r in rows))
    print("voice", Counter(r["voice"] for r in rows))
    print("ambiguous", sum(1 for r in rows if "ambiguous" in r))
    print("years", Counter(r["today"][:4] for r in rows))

if __name__ == '__main__':
    build()
