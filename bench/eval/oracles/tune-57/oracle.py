#!/usr/bin/env python3
"""Oracle for the deadline question set. Standard library only (datetime).
Each row is described structurally (rule key(s) + start date); due and count are computed here."""
import datetime as dt, json, sys, os
D = dt.date
A = "\u2019"  # curly apostrophe as in the source

# England & Wales bank holidays 2024-2028, typed by hand (substitute days applied)
BANK = {D(*x) for x in [
 (2024,1,1),(2024,3,29),(2024,4,1),(2024,5,6),(2024,5,27),(2024,8,26),(2024,12,25),(2024,12,26),
 (2025,1,1),(2025,4,18),(2025,4,21),(2025,5,5),(2025,5,26),(2025,8,25),(2025,12,25),(2025,12,26),
 (2026,1,1),(2026,4,3),(2026,4,6),(2026,5,4),(2026,5,25),(2026,8,31),(2026,12,25),(2026,12,28),
 (2027,1,1),(2027,3,26),(2027,3,29),(2027,5,3),(2027,5,31),(2027,8,30),(2027,12,27),(2027,12,28),
 (2028,1,3),(2028,4,14),(2028,4,17),(2028,5,1),(2028,5,29),(2028,8,28),(2028,12,25),(2028,12,26)]}

def _easter(y):  # anonymous Gregorian algorithm, used only to cross-check the typed list
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
    i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=((h+l-7*m+114)%31)+1
    return D(y,mo,da)
def _check_bank():
    for y in range(2024,2029):
        e=_easter(y); hol=[e-dt.timedelta(2), e+dt.timedelta(1)]
        def first_mon(m): d=D(y,m,1); return d+dt.timedelta((7-d.weekday())%7)
        def last_mon(m): d=D(y,m+1,1)-dt.timedelta(1); return d-dt.timedelta(d.weekday())
        hol += [first_mon(5), last_mon(5), last_mon(8)]
        ny=D(y,1,1); ny += dt.timedelta({5:2,6:1}.get(ny.weekday(),0)); hol.append(ny)
        c=D(y,12,25); b=D(y,12,26)
        if c.weekday()==5: hol += [D(y,12,27),D(y,12,28)]
        elif c.weekday()==6: hol += [D(y,12,26),D(y,12,27)]
        elif c.weekday()==4: hol += [c, D(y,12,28)]
        else: hol += [c,b]
        typed={d for d in BANK if d.year==y}
        assert typed==set(hol), (y, sorted(typed^set(hol)))
_check_bank()

def wd(d): return d.weekday()<5 and d not in BANK
def F(d): return f"{d.isoformat()} ({d.strftime('%a')})"
def add_months(d,n):
    y,m=divmod(d.month-1+n,12); y+=d.year; m+=1
    last=(D(y+(m==12),m%12+1,1)-dt.timedelta(1)).day
    return D(y,m,min(d.day,last)), d.day>last

# rule: (type, n, [verbatim phrases], label)
R = {
 'fd':        ('wda',1,['decisions made by what action are required by a Team Leader within 1 working day'],'Front Door contact decision'),
 'fd45':      ('wda',1,['Initial decisions will be made about the action required within 1 working day'],'L4/5 initial decision'),
 'ref':       ('wda',1,['Referrals will be actioned by a social worker within 1 working day'],'referral actioned'),
 's47seen':   ('days',0,['will be seen by the Social Worker the same day'],'S47 child seen'),
 's47disc':   ('days',5,['Within 5 days of the Section 47 being initiated'],'S47 progress discussion'),
 'alloc':     ('wda',3,['allocated to a social worker to complete a Child and Family Assessment within 3 working days'],'allocation for C&FA'),
 'tlrev':     ('wda',15,['All assessments will be reviewed by the Team Leader within 15 working days'],'TL review of assessment'),
 'cfa45':     ('days',45,['Assessments must all be completed within 45 days'],'C&FA completion'),
 'strat':     ('wda',1,['a strategy discussion is required, this must happen within 1 working day'],'strategy discussion'),
 'transfer':  ('daysb',5,['notify the Neighbourhood Team via email, giving at least 5 days'],'transfer notice'),
 'icpc':      ('wda',15,['Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion'],'ICPC'),
 'rep_fam':   ('daysb',3,['The report will be shared with family at least 3 the days prior to conference'],'ICPC report to family'),
 'rep_chair': ('wdb',3,['The report will be sent to the child protection chair 3 working days before the conference'],'ICPC report to chair'),
 'cg1':       ('days',10,['within 10 days of the conference and is used to put detail'],'first core group'),
 'cpvisit':   ('weeks',4,['Visits to a child subject to a CP plan will take place at least every 4 weeks'],'CP visit'),
 'rcpc_par':  ('daysb',3,['This report must be shared with parents at least 3 days prior to the review conference'],'RCPC report to parents'),
 'rcpc_chair':('daysb',3,['The report will be available to the conference chair at least 3 days prior to the review conference'],'RCPC report to chair'),
 'cp12':      ('months',12,['when they have been subject to a plan for 12 months'],'12 months on plan'),
 'plo1':      ('days',10,['The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter'],'first PLO meeting'),
 'fgc':       ('wda',3,['Referral should be made within 3 working days of the first PLO meeting'],'FGC referral'),
 'viab':      ('wda',3,['Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting'],'viability request'),
 'plomin':    ('days',7,['distributed to parents and their legal representation within 7 days of the meeting'],'PLO minutes'),
 'plorev':    ('weeks',6,['Review PLO meetings with parents to be held every 4-6 weeks'],'review PLO meeting (latest, 6 weeks)'),
 'plo12':     ('weeks',12,['A review legal planning meeting will be held at 12 weeks'],'review legal planning meeting'),
 'plo16':     ('weeks',16,['a Legal Gateway meeting will be convened at 16 weeks'],'16-week Legal Gateway'),
 'ploext':    ('weeks',4,['In exceptional circumstances a further period of 4 weeks will be agreed in PLO'],'PLO extension'),
 'cin_deplan':('days',20,['will set the first CIN meeting within 20 days'],'first CIN meeting after de-planning'),
 'cin_tr':    ('days',10,['the initial CIN meeting must take place within 10 days'],'initial CIN meeting after transfer'),
 'cin_rev':   ('weeks',6,['CIN review meetings will be held at least every 6 weeks'],'CIN review'),
 'cin_visit': ('weeks',6,['A child subject to a CIN plan will be seen at least every 6 weeks'],'CIN visit'),
 'cic_assess':('wda',20,['If it is an emergency / unplanned admission the assessment will be completed within 20 working days'],'emergency admission assessment'),
 'cic_visit1':('wda',1,['The child will be visited within 1 working day of coming into care or having a change in placement','All looked after children will be seen within 1 working day of placement'],'visit after placement'),
 'plmeet':    ('wda',3,['The placement meeting will be held within 3 working days'],'placement meeting'),
 'plplan':    ('wda',5,['an updated copy given to the carers within 5 working days of the placement beginning'],'updated placement plan to carers'),
 'famtime':   ('weeks',8,['reviewed at least every 8 week until the plan for permanence is agreed'],'family time review'),
 'pack':      ('weeks',3,['coming into care pack, children rights leaflet within 3 weeks'],'coming into care pack'),
 'legal':     ('wda',5,['informed of the child'+A+'s legal status within 5 working days'],'legal status notified'),
 'iha':       ('wda',20,['An initial health assessment will be requested and carried out within 20 working days'],'IHA'),
 'pep':       ('days',20,['A PEP meeting will be arranged within the school within 20 days'],'PEP meeting'),
 'lacweekly': ('weeks',1,['Statutory looked after visits must happen weekly until the first looked after review'],'weekly LAC visit'),
 'lac6':      ('weeks',6,['then a minimum of every 6 weeks thereafter until the plan for permanence is finalised'],'6-weekly LAC visit'),
 'lac12':     ('weeks',12,['Statutory visits can only move to 12 weekly when the young person has settled'],'12-weekly LAC visit'),
 'careplan':  ('days',10,['An up to date care plan will be recorded on the electronic system within 10 days of placement'],'care plan on system'),
 'lar1':      ('wda',20,['The initial Looked After Review must take place within 20 working days of the child becoming looked after'],'initial LAC review'),
 'pathway':   ('agem',15*12+6,['A pathway plan will be started when the young person is 15 years 6 months'],'pathway plan start (15y6m)'),
 'iroreport': ('daysb',3,['this will be with the IRO 3 days before the review'],'report to IRO'),
 'iro_inf':   ('wda',5,['If the challenge is not resolved within 5 working days a formal dispute will be raised'],'IRO informal challenge'),
 'iro_formal':('wda',20,['The formal dispute resolution process should be completed from start to finish within 20 working days'],'IRO formal dispute'),
 'adopt6':    ('agem',6*12,['If a child under the age of 6 enters PLO or proceedings'],'6th birthday'),
 'age12':     ('agem',12*12,['if they are 12 or over they should be offered an advocate'],'12th birthday'),
 'adweekly':  ('weeks',1,['Once the child is placed weekly statutory visits will take place until the first Looked After Review'],'weekly adoption visit'),
 'ad6':       ('weeks',6,['visits will be a minimum of 6 weekly until the Adoption Order is Granted'],'6-weekly adoption visit'),
 'ad10':      ('weeks',10,['Once the children have been in placement with the adopter for 10 weeks'],'adoption order application'),
 'fcvisit':   ('weeks',6,['Trafford foster carers are visited at least once every six weeks'],'foster carer visit'),
 'fcrec':     ('wda',3,['a record of this visit is recorded on LCS within 3 working days'],'foster visit record'),
 'fcunann':   ('months',12,['will have an unannounced visit at least once every 12 months'],'unannounced foster visit'),
 'fcannual':  ('months',12,['will have an annual review including an updated Safer Caring Policy'],'foster carer annual review'),
 'fcpanel':   ('months',36,['annual review presented to the Fostering Panel at least every three years'],'review to Fostering Panel'),
 'fcdbs':     ('months',36,['updated statutory references, medicals and DBS checks at least every three years'],'references/medicals/DBS'),
 'fctrain':   ('months',36,['must update their core training at least every three years'],'core training'),
 'variation': ('wda',6,['This can only be given for up to 6 working days'],'variation of terms of approval'),
 'tempapp':   ('weeks',16,['Temporary approval is for 16 weeks but can be extended for a further 8 weeks'],'temporary approval'),
 'tempext':   ('weeks',24,['Temporary approval is for 16 weeks but can be extended for a further 8 weeks'],'temporary approval incl. 8-week extension'),
 'rec':       ('days',3,['any event or contact is recorded within 3 days'],'case recording'),
 'summary':   ('months',3,['case file summary which has been updated within the last 3 months'],'case summary update'),
 'assess12':  ('months',12,['An up to date assessment (within the last 12 months) on each child'],'assessment currency'),
}

def compute(rule, start):
    t,n,ph,label = R[rule]
    if t=='wda':
        d=start; k=0; skipped=[]
        while k<n:
            d+=dt.timedelta(1)
            if wd(d): k+=1
            elif d in BANK: skipped.append(d)
        c=f"{n} working day{'s'*(n!=1)} after {F(start)} -> {F(d)}"
        if skipped: c+="; skips bank holidays "+", ".join(x.isoformat() for x in skipped)
        if not wd(start): c+="; event day itself not a working day, counted from it"
        return d,c
    if t=='wdb':
        d=start; k=0; skipped=[]
        while k<n:
            d-=dt.timedelta(1)
            if wd(d): k+=1
            elif d in BANK: skipped.append(d)
        c=f"{n} working days before {F(start)} -> {F(d)}"
        if skipped: c+="; skips bank holidays "+", ".join(x.isoformat() for x in skipped)
        return d,c
    if t=='days':
        d=start+dt.timedelta(n)
        return d, f"{n} calendar days after {F(start)} -> {F(d)}"+(f" (bank holiday)" if d in BANK else "")
    if t=='daysb':
        d=start-dt.timedelta(n)
        return d, f"{n} calendar days before {F(start)} -> {F(d)}"
    if t=='weeks':
        d=start+dt.timedelta(7*n)
        return d, f"{n} week{'s'*(n!=1)} ({7*n} days) after {F(start)} -> {F(d)}"+(f" (bank holiday)" if d in BANK else "")
    if t=='months':
        d,cl=add_months(start,n)
        return d, f"{n} months after {F(start)} -> {F(d)}"+(" (no such day in that month, so last day of month)" if cl else "")
    if t=='agem':
        y,m=divmod(n,12)
        if start.month==2 and start.day==29 and m==0:
            try: d=D(start.year+y,2,29); note=" (leap year, 29 Feb exists)"
            except ValueError: d=D(start.year+y,3,1); note=" (29 Feb birthday in non-leap year -> 1 March)"
            return d, f"DOB {start.isoformat()} + {y} years -> {F(d)}{note}"
        d,cl=add_months(start,n)
        lab=f"{y} years" + (f" {m} months" if m else "")
        return d, f"DOB {start.isoformat()} + {lab} -> {F(d)}"+(" (no such day in that month, so last day of month)" if cl else "")
    raise ValueError(t)

# ROWS: (voice, kind, rule-or-rules-or-none-phrase, start ISO, today ISO, question[, ambiguous note])
ROWS = [
# --- Front Door / referrals
('scenario','date','fd','2025-12-19','2025-12-19',"Health visitor emailed the front door on Friday 19/12/25 about a 6 week old (born 07/11/25) with a mark on his cheek; the family only moved here on 01/12. When does the TL need to have decided what we're doing?"),
('typos','date','fd','2025-12-24','2025-12-24',"contact came in on christmas eve, when does TL have to make the decison by"),
('indirect','date','fd','2026-04-02','2026-04-02',"A school rang through a worry about a child on Thursday 2 April 2026. By when does a manager have to decide what we're doing with it?"),
('newstarter','date','ref','2027-04-30','2027-04-30',"Hi, sorry if this is basic - a referral came through to me on 30/04/2027 (Friday). When does it need to be actioned by a social worker?"),
('scenario','date','fd45','2025-08-22','2025-08-22',"Mum rang the front door on 22/08/2025 about her ex turning up drunk. The baby was born 14/06/2025 and there was an earlier contact in March. It's level 4 - when does the initial decision on what action we take have to be made by?"),
('manager','date','fd','2025-05-23','2025-06-02',"Contact received 23/05/2025, TL decision recorded 28/05/2025. In timescale?"),
('indirect','date','ref','2026-12-23','2026-12-23',"new referral has just been passed to our duty worker today, how long have they got to pick it up and act on it?"),
('scenario','date','strat','2026-12-31','2026-12-31',"TL reviewed the case on 31/12/26 and decided a strategy discussion is needed; the child's last CP plan ended in June 2025 and her brother is 14. When's the latest the strat can be held?"),
('typos','date','strat','2027-12-24','2027-12-24',"manger decided we need a strat discusion on 24.12.27 when does it have to happen"),
('indirect','date','strat','2026-04-02','2026-04-02',"My TL decided this afternoon that we need to get police and health round the table about this kid. What's the deadline for that?","The S47 section says a strategy discussion within 24 hours, which would give Fri 3 April (a bank holiday) instead of the next working day."),
# --- S47
('duty','date','s47disc','2025-03-10','2025-03-10',"s47 initiated mon 10/03/25 - mgr progress chat due by?"),
('indirect','date','s47disc','2025-04-18','2025-04-22',"We started the child protection enquiries on 18/04/2025. When do I need to sit down with my manager to go over how the enquiries are going?"),
('newstarter','date','s47disc','2026-05-22','2026-05-22',"Hello, I've been asked to start a Section 47 today. When do I need to discuss how it's progressing with my manager?"),
('scenario','date','s47seen','2026-01-06','2026-01-06',"Police called us at 4pm on 06/01/2026 about bruising on a 3 year old (DOB 02/02/2022), and a S47 was agreed that evening. By when does the child have to be seen?"),
('scenario','date','s47disc','2026-08-28','2026-09-07',"S47 started on Friday 28/08/2026 after a strat that morning; the bank holiday and my leave meant I didn't sit down with my TL until 04/09/2026. ICPC is 17/09. What was the deadline for that progress discussion?"),
# --- allocation / assessments
('duty','date','alloc','2025-04-17','2025-04-17',"needs C&F assessment, referral decision 17/04/25 - allocation due by?"),
('typos','date','alloc','2026-05-01','2026-05-01',"case needs alocating for a c&f assesment, came thru 1st may 26 when by"),
('indirect','date','alloc','2027-12-20','2027-12-20',"How long does the TL have to get a worker named on the case to do the assessment? It came in on 20/12/2027."),
('manager','date','alloc','2026-05-22','2026-06-01',"Case came in 22/05/2026, allocated for assessment 28/05/2026. Within the standard?"),
('indirect','date','tlrev','2027-03-23','2027-03-24',"The assessment I opened on 23/03/2027 - by when does my team leader need to have looked it over?"),
('scenario','date','tlrev','2026-12-11','2026-12-14',"Referral came in on 10/12/2026 about neglect; I started the Child and Family Assessment on 11/12/2026 and the GCP2 visit is booked for 05/01/2027. When does my TL need to review the assessment?","Could be counted from the referral date (10/12/2026) rather than the start of the assessment."),
('newstarter','date','tlrev','2026-03-31','2026-03-31',"Could you tell me when the team leader review of my assessment is due? I started it on Tuesday 31 March 2026."),
('typos','date','cfa45','2026-04-03','2026-04-07',"assesment started 3.4.26 when does it have to be finished"),
('indirect','date','cfa45','2025-08-26','2025-08-27',"How long have I got to finish the full assessment of the family's needs? We began on 26/08/2025."),
('manager','date','cfa45','2026-10-15','2026-12-03',"C&F assessment started 15/10/2026, completed and authorised 02/12/2026. Within timescale?"),
('scenario','date','cfa45','2027-02-04','2027-02-04',"Dad's partner disclosed DV at the GP on 02/02/2027 and the referral came in the next day. I started my assessment on 04/02/2027; the children are 4 and 7. When's the final deadline for the assessment?","Could be counted from the referral date (03/02/2027), giving 20/03/2027."),
('scenario','date','cfa45','2026-12-24','2026-12-24',"Referral came in 23/12/2026; I was allocated and started the Child and Family Assessment on 24/12/2026, and I'm on leave 28/12-04/01. When's the 45 day deadline for the assessment?","Could be counted from the referral date (23/12/2026), giving 06/02/2027."),
('indirect','date','transfer','2026-04-13','2026-03-30',"Our assessment says the family should move to a neighbourhood team for ongoing CIN support, with the handover planned for Monday 13/04/2026. What's the latest date I can email them about it?","'At least 5 days' notice' could be read as 5 working days (giving 02/04/2026) rather than calendar days."),
('newstarter','date','transfer','2027-01-04','2026-12-21',"If my Children's First Response case is transferring to a Neighbourhood Team on 04/01/2027, by what date should I have notified them?","'At least 5 days' notice' could be read as 5 working days rather than calendar days."),
# --- ICPC
('scenario','date','icpc','2025-12-19','2025-12-19',"Strat was held 19/12/25 after the 6 year old told her teacher about dad hitting her; the previous contact was 03/11/25 and school breaks up on the 19th too. When's the ICPC due?"),
('typos','date','icpc','2026-04-01','2026-04-01',"strat was on the 1st april 26, whens icpc due by"),
('indirect','date','icpc','2027-03-25','2027-03-25',"We had the first multi-agency meeting about the injuries on 25/03/2027 - what's the latest the meeting where everyone decides on a protection plan can be held?"),
('scenario','date','icpc','2025-05-08','2025-05-09',"Strat held 08/05/2025 after the child disclosed at school; we'd had a previous strat on her brother in February. Mum's birthday is 12/05 and she's asked us not to come that day. When's the ICPC due?"),
('manager','date','icpc','2027-07-29','2027-08-23',"ICPC held 20/08/2027, strat was 29/07/2027. Was that within 15 working days?"),
('newstarter','date','icpc','2026-12-21','2026-12-21',"Sorry, what's the deadline for an Initial Child Protection Conference? The strategy discussion was on Monday 21 December 2026."),
('duty','date','icpc','2026-08-24','2026-08-25',"strat yday, icpc by?"),
('indirect','date','icpc','2025-12-11','2025-12-15',"The police and health strategy meeting was held last Thursday. What's the last date for the first conference?"),
('scenario','date','icpc','2025-12-23','2025-12-30',"Strategy discussion was 23/12/2025 about a 9 month old with a fracture; the baby was discharged from hospital 29/12 and is with grandparents. When does the ICPC need to happen?"),
('indirect','date','rep_chair','2026-04-07','2026-03-27',"Conference is booked for Tuesday 7 April 2026. When does my report have to land with the person chairing it?"),
('typos','date','rep_chair','2027-01-04','2026-12-21',"icpc on 4/1/27 when do i send my reprot to the chair"),
('newstarter','date','rep_fam','2026-06-02','2026-05-26',"When do I need to share my conference report with the family? The ICPC is on 02/06/2026."),
('indirect','date','rep_fam','2026-12-30','2026-12-21',"The first conference is on Wednesday 30/12/2026. What's the latest I can go through my report with mum and dad?"),
('scenario','date','rep_chair','2025-09-04','2025-09-05',"ICPC is on Thursday 04/09/2025. I shared the report with the family on 29/08 and sent it to the chair on 02/09/2025. What was the deadline for getting it to the chair?"),
# --- CP plans
('duty','date','cg1','2026-03-03','2026-03-03',"icpc 3/3/26 first CG by?"),
('scenario','date','cg1','2025-12-22','2025-12-22',"ICPC was on 22/12/25 and both girls went on plans; dad's court date is 05/01/26 and school is closed until 06/01. When does the first core group have to be held?"),
('indirect','date','cg1','2026-03-27','2026-03-30',"The child was made subject to a plan on 27/03/2026. When's the latest date for the first meeting of the professionals and family to put the detail on the plan?"),
('scenario','date','cg1','2026-05-15','2026-05-18',"ICPC was held on 15/05/2026 and both children went on plans under neglect. The review conference has been set for 14/08/2026. When does the first core group have to be?"),
('manager','date','cg1','2025-08-18','2025-09-01',"First core group 29/08/2025 following ICPC on 18/08/2025. In timescale?"),
('newstarter','date','cg1','2027-04-26','2027-04-27',"Hi, how soon after the conference should the first core group be? Conference was yesterday."),
('indirect','date','cg1','2027-01-08','2027-01-12',"Conference last Friday put the baby on a plan - by when do the professionals working with the family need to meet for the first time?"),
('duty','visits','cpvisit','2025-12-19','2025-12-22',"cp visit done 19/12/25, next by?"),
('typos','visits','cpvisit','2026-04-03','2026-04-07',"last saw the kid on cp plan 3.4.26 when is next visit"),
('indirect','visits','cpvisit','2026-08-24','2026-08-25',"The little one is on a protection plan and I last saw her alone at home on 24/08/2026. When must I see her again?"),
('manager','visits','cpvisit','2027-03-02','2027-04-06',"CP child visited 02/03/2027 and then 05/04/2027. Was the second visit in timescale?"),
('scenario','visits','cpvisit','2025-12-22','2025-12-30',"Twins on CP plans since 10/11/2025 for neglect. I did the home visit on 22/12/2025 but only saw one twin, the other was at nan's; I saw her at home on 29/12/2025. When's the next visit due for the twin I saw on the 22nd?"),
('indirect','date','rcpc_par','2027-12-28','2027-12-13',"The review conference is on 28/12/2027 (it's been moved). When do the parents need to have seen my update on progress?"),
('duty','date','rcpc_chair','2026-04-06','2026-03-30',"RCPC 06/04/26 - report to chair by?"),
('scenario','date','rcpc_par','2026-06-01','2026-05-20',"The review CP conference for the 3 siblings is on 01/06/2026; the core group before it was 20/05/2026 and dad is working away until the 28th. When's the latest the parents should get my report?"),
('scenario','date','cp12','2024-02-29','2025-02-21',"Our invented Pixel-Moon has been on a CP plan since the ICPC on 29/02/2024. The review conference on 20/02/2025 said progress is still poor. When does she hit 12 months on a plan for the professional thinking time meeting?","29 Feb + 12 months has no 29 Feb in 2025; could be read as 1 March 2025 instead of 28 Feb."),
('indirect','date','cp12','2025-08-14','2026-05-01',"The plan started 14/08/2025 and things aren't shifting. When will we reach the point where we should hold the meeting to rethink how we work with the family?"),
# --- PLO
('scenario','date','plo1','2025-12-22','2025-12-22',"Legal Gateway 16/12/25 agreed PLO. The PLO letter is dated 22/12/25 but mum only got it on 27/12 because of the post. When should the first PLO meeting take place by?"),
('scenario','date','plo1','2027-03-27','2027-03-29',"The PLO letter is dated Saturday 27/03/27 (Easter weekend) because legal signed it off late; the parents' solicitor is off until 06/04. When does the first PLO meeting need to take place?"),
('indirect','date','plo1','2026-08-17','2026-08-17',"We sent the letter that starts pre-proceedings, dated 17/08/2026. When must the first meeting with the parents and their solicitor be held?"),
('scenario','date','plo1','2026-10-06','2026-10-07',"Legal Gateway on 01/10/2026 agreed PLO. The PLO letter is dated 06/10/2026 and was posted 07/10/2026. Dad says he won't get a solicitor. When does the first PLO meeting need to happen?"),
('indirect','date','fgc','2026-04-01','2026-04-01',"After the first pre-proceedings meeting on 01/04/2026 the parents agreed to a meeting with the wider family to make a plan. By when must I refer for it?"),
('newstarter','date','fgc','2025-08-28','2025-08-28',"Hi, the first PLO meeting was on 28/08/2025. By when do I need to make the Family Group Conference referral?"),
('duty','date','viab','2027-04-30','2027-04-30',"initial PLO mtg 30/04/27, aunt put forward - viability req to FPT by?"),
('indirect','date','viab','2026-05-21','2026-05-22',"Nan has come forward as someone who could look after the kids. The first pre-proceedings meeting was 21/05/2026. When's the deadline for asking the family placement team to screen her?"),
('typos','date','viab','2025-12-18','2025-12-19',"initial plo meeting was 18.12.25 and uncle wants to be assesed - when do i send the viablity request"),
('indirect','date','plomin','2025-12-24','2025-12-29',"We had the pre-proceedings meeting with the parents and their solicitors on 24/12/2025. When do the notes with the agreed expectations have to go out to them?"),
('manager','date','plomin','2027-08-12','2027-08-23',"PLO meeting 12/08/2027, minutes sent 20/08/2027 - in timescale?"),
('indirect','visits','plorev','2027-03-11','2027-03-15',"We last reviewed progress with the parents in pre-proceedings on 11/03/2027. What's the latest the next review meeting with them can be?"),
('scenario','date','plo12','2026-01-13','2026-03-05',"PLO letter dated 13/01/2026, first PLO meeting 21/01/2026, review PLO meeting 02/03/2026. When's the 12 week review legal planning meeting?","12 weeks could be counted from the first PLO meeting (21/01/2026), giving 15/04/2026."),
('indirect','date','plo16','2025-06-04','2025-08-01',"We've been in pre-proceedings since the letter went out on 04/06/2025. When's the 16-week point where a Legal Gateway has to be convened?","16 weeks could be counted from the first PLO meeting rather than the letter."),
('manager','date','plo12','2026-09-01','2026-12-02',"Case entered PLO 01/09/2026 (letter date). Review legal planning meeting held 01/12/2026. Was that at 12 weeks?","12 weeks could be counted from the first PLO meeting rather than the letter date."),
('newstarter','date','ploext','2027-05-20','2027-05-20',"Legal agreed an extra 4 weeks in PLO at the review legal planning meeting today, 20/05/2027, because it's exceptional. When does that further period end?"),
# --- CIN
('duty','date','cin_deplan','2025-12-18','2025-12-18',"deplanned at RCPC 18/12/25 - 1st CIN mtg by?"),
('indirect','date','cin_deplan','2026-03-06','2026-03-09',"The conference on 06/03/2026 took the kids off their protection plans and put a CIN plan in. When is the first meeting of the CIN network due by?"),
('typos','date','cin_deplan','2027-08-10','2027-08-11',"kid came off cp plan at confrence 10th aug 27, first cin meeting when"),
('duty','date','cin_tr','2026-03-27','2026-03-27',"transferred from CFR 27/03/26, initial CIN by?"),
('indirect','date','cin_tr','2025-12-15','2025-12-16',"A family was passed to our neighbourhood team from the front door on 15/12/2025. How long have we got to hold the first meeting about their support plan?"),
('indirect','visits','cin_rev','2026-07-22','2026-07-23',"We last got everyone together to review the child in need plan on 22/07/2026. What's the latest for the next one?"),
('scenario','visits','cin_visit','2026-02-19','2026-03-12',"Our invented Jaxon-Sky Buttons has been on a CIN plan since 05/01/2026. I saw him at home on 19/02/2026 and at school on 10/03/2026. When is his next CIN visit due?"),
('newstarter','visits','cin_visit','2026-12-18','2026-12-21',"How often should a child on a CIN plan be seen? My last home visit was Friday 18 December 2026 - when's the next one due?"),
('manager','visits','cin_visit','2025-07-08','2025-08-27',"CIN child seen at home 08/07/2025 then 26/08/2025. In timescale?"),
# --- Children in care
('scenario','date','cic_assess','2025-12-24','2025-12-24',"Child came into care as an emergency on Christmas Eve (24/12/25) after mum was arrested; his sister came in two weeks earlier on a planned basis. When does his assessment need completing?"),
('indirect','date','cic_assess','2026-04-03','2026-04-07',"A girl came to us in an unplanned way on 03/04/2026 when police took her into protection. When does the assessment of her needs have to be done by?"),
('scenario','date','cic_assess','2027-05-28','2027-06-01',"Police protection on Friday 28/05/2027, the child was placed in emergency foster care the same night. Last C&F assessment was in 2025. Court hearing listed for 10/06/2027. When does the new assessment need to be completed?"),
('indirect','date','cic_visit1','2026-12-24','2026-12-24',"The young person moved to a new foster home on Thursday 24/12/2026. When do I need to go and see him?"),
('typos','date','cic_visit1','2026-05-30','2026-05-30',"child came into care satuday 30th may 26 when do i have to visit"),
('scenario','date','cic_visit1','2025-08-31','2025-09-03',"Child became looked after on Sunday 31/08/2025 when the placement with grandad broke down; the court hearing is 09/09. I visited on Tuesday 02/09/2025. By when should the first visit have happened?"),
('scenario','date','plmeet','2025-12-19','2025-12-19',"Boy (DOB 19/12/2012) moved to his new foster carers on his birthday, 19/12/25, after the previous placement broke down on 17/12. When must the placement meeting be?"),
('indirect','date','plmeet','2027-04-01','2027-04-01',"The kids went to their new carers on 01/04/2027. When does the meeting to agree delegated authority with the carers have to be held?"),
('scenario','date','plmeet','2026-05-27','2026-05-27',"A 13 year old was placed with new foster carers on Wednesday 27/05/2026 (she'd been in residential since 02/03/2026). The carers' holiday starts 05/06. When must the placement meeting be held?"),
('scenario','date','plmeet','2026-08-28','2026-08-28',"Baby was placed with foster carers on 28/08/2026 after discharge from hospital (born 21/08/2026). The carers have had her sibling since March. When must the placement meeting happen?"),
('indirect','date','plplan','2025-12-23','2025-12-23',"Placement began 23/12/2025. By when must the carers get the updated copy of the plan for the placement?"),
('typos','date','plplan','2026-04-02','2026-04-02',"placment started 2.4.26 when do carers need the updated placment plan"),
('indirect','visits','famtime','2025-11-20','2025-11-24',"Contact arrangements with mum and dad were last looked at on 20/11/2025 and we don't have a permanence plan yet. When must they be looked at again?"),
('indirect','date','pack','2025-12-10','2025-12-11',"A 10 year old came into care on 10/12/2025. By when should she have her welcome information and rights leaflet?"),
('scenario','date','pack','2026-04-08','2026-04-09',"She came into care on 08/04/2026, her sister followed on 15/04/2026, and her 11th birthday is 22/04. By when should she have had her coming into care pack and rights leaflet?"),
('indirect','date','legal','2026-12-30','2026-12-30',"An interim care order was made on 30/12/2026 and the child became looked after that day. How long do I have to tell the school, GP and health visitor about his status?"),
('duty','date','legal','2026-05-21','2026-05-21',"became LAC 21/05/26 - other profs informed of legal status by?"),
('indirect','date','iha','2027-03-26','2027-03-30',"The child was placed in care on 26/03/2027. When does the first health check by the doctor have to be requested and done?"),
('manager','date','iha','2025-08-04','2025-09-08',"Child looked after from 04/08/2025, IHA completed 05/09/2025. Within the standard?"),
('scenario','date','iha','2026-12-07','2026-12-07',"Child entered care on 07/12/2026; his baby sister came in on 30/11/2026 and already has her health assessment booked. When does his initial health assessment need to be done by?"),
('indirect','date','pep','2026-07-13','2026-07-14',"The boy became looked after on 13/07/2026 and goes to the local primary. By when does the meeting at school about his education plan have to be arranged?"),
('typos','date','pep','2027-12-20','2027-12-21',"pep meeting when by - came into care 20/12/27"),
('duty','visits','lacweekly','2025-12-29','2025-12-30',"LAC, no first review yet, last stat visit 29/12/25, next by?"),
('indirect','visits','lacweekly','2026-05-23','2026-05-26',"She's been in care since 01/05/2026 and hasn't had her first review yet. I last saw her on 23/05/2026. When do I next need to see her?"),
('scenario','visits','lac6','2025-08-04','2025-08-12',"Child in care since 2024, first LAC review was in March 2025, permanence plan not yet agreed. I saw him at his carers' on 04/08/2025; his sister's visit was 11/08. When's his next stat visit due?"),
('manager','visits','lac12','2026-12-15','2027-03-12',"YP settled in a long-term placement for 2 years, on 12 weekly visits. Visited 15/12/2026, next visit 10/03/2027 - in timescale?"),
('indirect','visits','lac12','2026-03-24','2026-03-25',"He's been in his permanent home for three years and is now visited on the longer cycle. Last visit was 24/03/2026. What's the latest the next one can be?"),
('indirect','date','careplan','2025-08-27','2025-08-28',"The placement started 27/08/2025. When does the written plan for her time in care need to be on the system?"),
('scenario','date','lar1','2025-12-22','2025-12-22',"Siblings: the older one came into care 02/12/25 (planned), the younger one on 22/12/25 after an emergency at the hospital. When's the younger one's initial LAC review due by?"),
('indirect','date','lar1','2027-04-29','2027-04-30',"He came into our care on 29/04/2027. When's the latest the first meeting with the reviewing officer to look at his care plan can be held?"),
('scenario','date','lar1','2026-08-10','2026-08-11',"Child was accommodated on 10/08/2026; she'd been on a CP plan since 12/03/2026 and the RCPC was booked for 17/08/2026 (now cancelled). When does the first Looked After Review have to be?"),
('manager','date','lar1','2025-12-01','2026-01-05',"Became looked after 01/12/2025, initial LAR held 02/01/2026. In timescale?"),
('newstarter','date','lar1','2027-03-15','2027-03-15',"Hello! I've got my first child in care - she came in on 15 March 2027. When should the initial Looked After Review take place?"),
('indirect','date','iroreport','2026-01-05','2025-12-22',"The child's review is on 05/01/2026. When does my written report have to be with the reviewing officer?"),
('typos','date','iroreport','2027-03-30','2027-03-22',"lac review 30/3/27 when does my report go to the iro"),
# --- IRO
('indirect','date','iro_inf','2025-12-22','2025-12-22',"The reviewing officer raised an informal concern about drift with me on 22/12/2025. How long until it becomes a formal dispute if we don't sort it?"),
('duty','date','iro_formal','2026-03-31','2026-03-31',"IRO formal dispute raised 31/03/26 - resolution complete by?"),
('manager','date','iro_inf','2026-08-21','2026-09-01',"IRO informal challenge 21/08/2026, escalated to formal dispute 28/08/2026. Was that at the right point?"),
('newstarter','date','iro_formal','2027-12-02','2027-12-02',"What's the end date for the formal dispute resolution process if it started on 2 December 2027?"),
# --- Adoption
('duty','visits','adweekly','2027-05-21','2027-05-24',"adoptive placement 14/05/27, no LAR yet, last weekly visit 21/05/27 - next by?"),
('indirect','visits','ad6','2025-11-17','2025-11-18',"The little one has been with her new forever family for months and her first review has happened. I last visited on 17/11/2025. When's the next visit due, the court hasn't made it final yet?"),
('indirect','date','ad10','2026-02-12','2026-02-13',"The children moved in with their adopters on 12/02/2026. From what date can the adopters apply to the court to make it permanent?"),
('scenario','date','ad10','2026-12-21','2026-12-22',"Adoptive placement started 21/12/2026 after introductions from 07/12/2026; the first LAC review was 18/01/2027. When can the adopters apply for the Adoption Order?"),
('scenario','date','ad10','2027-03-29','2027-04-01',"Matched at panel 04/03/2027, introductions started 15/03/2027 and the boy moved in with his adopters on Easter Monday 29/03/2027. When can they lodge the Adoption Order application?"),
# --- Ages
('newstarter','age','adopt6','2020-02-29','2025-11-10',"A girl born 29/02/2020 has just entered PLO. On what date does she stop being under 6 for the adoption worker allocation?"),
('indirect','age','adopt6','2021-04-14','2027-01-12',"Little brother born 14/04/2021. If the pre-proceedings letter goes out in spring 2027, would he still be young enough for the adoption social worker and family finder? When does he turn 6?"),
('duty','age','age12','2015-01-03','2026-12-14',"DOB 03/01/2015, ICPC 31/12/26 - when's she 12 for the advocate?"),
('scenario','age','age12','2014-08-25','2026-08-10',"Conference is on 24/08/2026. The boy's DOB is 25/08/2014, his sister's is 12/05/2017. When does he turn 12 for the advocate offer?"),
('typos','age','age12','2016-02-29','2027-11-02',"kid born 29/2/2016 when is he 12 for the advocat thing"),
('indirect','age','pathway','2011-08-31','2026-10-05',"Young person born 31/08/2011. When should we start the plan for her leaving care?","31 Aug + 15 years 6 months has no 31 Feb; read here as 28/02/2027, but could be read as 01/03/2027."),
('newstarter','age','pathway','2010-10-12','2025-10-20',"When should a pathway plan be started for a young person born on 12 October 2010?"),
('manager','age','pathway','2010-06-20','2026-01-06',"YP DOB 20/06/2010, pathway plan started 05/01/2026. Late?"),
# --- Fostering
('duty','visits','fcvisit','2025-12-18','2025-12-19',"FC supervisory visit 18/12/25, next by?"),
('indirect','visits','fcvisit','2027-05-27','2027-05-28',"When is the next time I need to go and see the carers I supervise? Last went on 27/05/2027."),
('indirect','date','fcrec','2026-04-02','2026-04-02',"I did a visit to one of my foster carers on Thursday 02/04/2026. How long have I got to get the write-up on the system?"),
('manager','visits','fcunann','2025-05-14','2026-05-21',"Unannounced visit to foster carers 14/05/2025; the next unannounced was 20/05/2026. Compliant?"),
('indirect','visits','fcunann','2024-02-29','2024-12-02',"When must the next drop-in visit without warning to these carers happen? The last was 29/02/2024.","29 Feb + 12 months has no 29 Feb in 2025; could be read as 1 March 2025 instead of 28 Feb."),
('indirect','date','fcannual','2025-09-16','2026-06-01',"The carers' yearly review was on 16/09/2025. When's the next one due?","'Annual' read as 12 months to the day; some would allow until the end of that month."),
('manager','date','fcpanel','2024-06-10','2027-01-11',"Foster carer's annual review last went to Fostering Panel 10/06/2024. When must one next be presented to panel?"),
('typos','date','fcdbs','2025-03-23','2027-09-01',"when do carers dbs and medicals need redoing, last done 23/3/25"),
('newstarter','date','fctrain','2025-11-30','2026-02-02',"Our foster carer completed her core training on 30 November 2025. When does she need to update it by?"),
('scenario','date','variation','2026-12-21','2026-12-21',"We want to place a 15 year old with carers approved for 0-10s. The Strategic Lead gave permission for a variation today, 21/12/2026, and he's moving in tonight. How long does the variation last?","'Up to 6 working days' could be read as including the day of permission (ending 30/12/2026)."),
('indirect','date','tempapp','2025-11-03','2025-11-04',"Grandma was temporarily approved as a carer for her grandson on 03/11/2025. When does that approval run out if it isn't extended?"),
('newstarter','date','tempext','2026-02-23','2026-05-11',"Auntie got temporary approval as a connected person on 23/02/2026 and it's now been extended by the further 8 weeks. What's the final end date?"),
# --- Recording / summaries / assessment currency
('typos','date','rec','2025-12-19','2025-12-19',"did a home visit fri 19th dec, when does it need to be recorded"),
('indirect','date','rec','2026-04-04','2026-04-05',"I saw the family on Saturday 04/04/2026 at the hospital. When do my notes about it need to be on the file?"),
('scenario','date','rec','2025-05-29','2025-06-04',"I did a home visit on Thursday 29/05/2025, then the core group was the next day. I typed up the home visit on 03/06/2025. What was the deadline for recording it?"),
('scenario','date','summary','2025-11-30','2025-12-01',"Doing my file prep for audit: chronology updated 14/10/25, case summary last updated 30/11/25, assessment authorised 02/06/25. When is the case summary next due an update?"),
('indirect','date','summary','2027-01-15','2027-01-18',"The summary at the front of the child's file was last refreshed on 15/01/2027. When does it have to be refreshed again?"),
('scenario','date','assess12','2025-03-11','2026-02-02',"Open CIN case, child aged 9. The last Child and Family Assessment was authorised 11/03/2025; the last CIN review was 01/02/2026 and the next is 15/03/2026. When does the assessment go out of date?"),
('newstarter','date','assess12','2025-08-05','2026-06-01',"My child's last assessment was authorised on 05/08/2025. By when does she need an updated one to stay within the standard?"),
('indirect','date','plomin','2026-05-22','2026-05-21',"We've got the pre-proceedings meeting with the parents and their solicitor tomorrow. When will the notes of it need to be sent out to them?"),
('duty','date','ref','2027-08-03','2027-08-09',"referral in on the 3rd, still not actioned - when was it due?"),
('indirect','date','cg1','2027-08-24','2027-08-31',"The baby's protection plan was agreed at conference last Tuesday. When is the latest the professionals and family can first meet to work up the detail of the plan?"),
# --- choice
('duty','choice',['rep_chair','rep_fam'],'2026-06-10','2026-06-01',"ICPC 10/06/26, when does my report need to go out?"),
('scenario','choice',['cin_tr','cin_deplan'],'2026-01-12','2026-01-13',"The conference on 12/01/2026 ended the CP plan and the case is moving to us from Children's First Response the same day. When is the first CIN meeting due?"),
('indirect','choice',['iro_inf','iro_formal'],'2026-12-07','2026-12-08',"The reviewing officer challenged us about drift in the care plan on 07/12/2026. When does this all need to be resolved by?"),
('typos','choice',['rec','fcrec'],'2026-06-13','2026-06-13',"visited the foster carers sat 13th june 26 when does it need recording"),
('duty','choice',['plplan','careplan'],'2027-01-15','2027-01-15',"placement started 15/01/27 - plan due on LCS by?"),
('indirect','choice',['plmeet','lar1'],'2025-09-02','2025-09-02',"A child came into our care on 02/09/2025. When's the first meeting about her due?"),
('scenario','choice',['s47disc','icpc'],'2025-04-14','2025-04-14',"Strategy discussion on 14/04/2025 agreed a S47 and we started it the same day. Child is 8, lives with mum and her partner, and his school trip is on 25/04. What's my next deadline?"),
('manager','choice',['fgc','plomin'],'2025-11-11','2025-11-20',"First PLO meeting held 11/11/2025. For the audit - what follow-up was due from it and by when?"),
# --- none
('duty','none','The child protection chair will set the date of the next conference','2026-01-15','2026-01-15',"ICPC 15/01/26, RCPC due by?"),
('indirect','none','targets agreed and outcomes expected are reviewed at every core group','2026-03-03','2026-03-04',"After the first meeting of the professionals around the plan, how often do those meetings need to happen? Last one was 03/03/2026."),
('newstarter','none','monitored through supervision which takes place in line with the supervision policy','2025-09-10','2025-09-11',"How often should I have supervision with my team leader? My last one was 10/09/2025, so when's the next due?"),
('typos','none','At the point of the second review (if not in proceedings)','2026-02-12','2026-02-16',"when is the 2nd lac reveiw due, first one was 12/2/26"),
('scenario','none','but prior to legal need to submit the paperwork for the Issues Resolution Hearing','2026-05-05','2026-05-06',"Adoption was agreed as the plan at the final care planning meeting on 05/05/2026; the IRH is 30/06/2026. By what date must the SHOPBA happen?"),
('indirect','none','a Connected Persons assessment completed if appropriate','2026-04-20','2026-04-21',"How long have we got to finish the assessment of auntie as a family carer? We started it on 20/04/2026."),
('manager','none','will be reviewed by the IRO as part of the statutory review','2025-10-01','2026-01-05',"Pathway plan last reviewed 01/10/2025 - when is the next pathway plan review due?"),
('duty','none','subsequently reviewed within the statutory guidelines at least 1 per term','2027-03-03','2027-03-04',"PEP reviewed 03/03/27, next PEP by what date?"),
('indirect','none','The Adoption Social Worker will complete Lifestory book and a Later Life Letter','2027-01-10','2027-01-11',"When does the letter for the child to read when they're older need to be finished? She was placed with adopters on 10/01/2027."),
('scenario','none','there should be unannounced visits in addition','2026-08-03','2026-08-04',"Baby on a CP plan, I did a planned visit on 03/08/2026 and mum was very prepared. My TL wants an unannounced one too. By when does the unannounced visit have to be done?"),
]

def build():
    out=[]
    for i,r in enumerate(ROWS):
        v,k,rule,s,t,q=r[:6]; amb=r[6] if len(r)>6 else None
        row={'q':q,'today':t}
        if k=='none':
            row.update(due=None, expect_any=[rule], count="no timescale in the standards for this; the nearest sentence is quoted")
        elif k=='choice':
            res=[(compute(x,D.fromisoformat(s)),x) for x in rule]
            due=min(d for (d,c),x in res)
            row.update(due=due.isoformat(), expect_any=[R[x][2][0] for x in rule],
                       count=" | ".join(f"{R[x][3]}: {c}" for (d,c),x in res)+f"; earlier = {due.isoformat()}")
        else:
            d,c=compute(rule,D.fromisoformat(s))
            row.update(due=d.isoformat(), expect_any=list(R[rule][2]), count=f"{R[rule][3]}: {c}")
        row.update(voice=v, kind=k)
        if amb: row['ambiguous']=amb
        out.append(row)
    return out

if __name__=='__main__':
    rows=build()
    p=os.path.join(os.path.dirname(os.path.abspath(__file__)),'questions.jsonl')
    with open(p,'w',encoding='utf-8') as f:
        for r in rows: f.write(json.dumps(r,ensure_ascii=False)+'\n')
    print(len(rows),'rows written')

def check():
    src=open('/work/shared/source/practice-standards.txt',encoding='utf-8').read()
    import collections
    rows=[json.loads(l) for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'questions.jsonl'),encoding='utf-8')]
    built=build(); assert len(rows)==len(built)
    for r,b in zip(rows,built):
        assert r==b, r['q']
        for ph in r['expect_any']:
            assert ph in src, ('phrase not found', ph)
            assert len(ph.split())>=6, ('short phrase', ph)
        assert r['voice'] in {'duty','typos','scenario','indirect','newstarter','manager'}
        assert (r['due'] is None)==(r['kind']=='none')
        if r['kind']=='choice': assert len(r['expect_any'])==2
        dt.date.fromisoformat(r['today'])
    print(len(rows),'rows OK')
    print(collections.Counter(r['kind'] for r in rows))
    print(collections.Counter(r['voice'] for r in rows))

if __name__=='__main__' and len(sys.argv)>1 and sys.argv[1]=='check':
    check()
