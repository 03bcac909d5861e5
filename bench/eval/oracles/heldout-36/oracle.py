#!/usr/bin/env python3
"""Independent oracle for the held-out deadline question set (round 36).
Standard library only. Run: python3 oracle.py  -> writes questions.jsonl and runs checks."""
import datetime as dt, json, os, re, sys
D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/shared/source/practice-standards.txt"

# England & Wales bank holidays 2024-2028, typed by hand (substitutes included).
BH = {D(*x) for x in [
 (2024,1,1),(2024,3,29),(2024,4,1),(2024,5,6),(2024,5,27),(2024,8,26),(2024,12,25),(2024,12,26),
 (2025,1,1),(2025,4,18),(2025,4,21),(2025,5,5),(2025,5,26),(2025,8,25),(2025,12,25),(2025,12,26),
 (2026,1,1),(2026,4,3),(2026,4,6),(2026,5,4),(2026,5,25),(2026,8,31),(2026,12,25),(2026,12,28),
 (2027,1,1),(2027,3,26),(2027,3,29),(2027,5,3),(2027,5,31),(2027,8,30),(2027,12,27),(2027,12,28),
 (2028,1,3),(2028,4,14),(2028,4,17),(2028,5,1),(2028,5,29),(2028,8,28),(2028,12,25),(2028,12,26)]}

def _selfcheck():
    # cross-check typed list against rules (Easter algorithm, first/last Mondays)
    def easter(y):
        a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
        i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=((h+l-7*m+114)%31)+1
        return D(y,mo,da)
    exp=set()
    for y in range(2024,2029):
        nd=D(y,1,1)
        while nd.weekday()>=5: nd+=dt.timedelta(1)
        exp.add(nd)
        e=easter(y); exp|={e-dt.timedelta(2), e+dt.timedelta(1)}
        m=D(y,5,1)
        while m.weekday()!=0: m+=dt.timedelta(1)
        exp.add(m)
        for mon in (5,8):
            l=D(y,mon,31)
            while l.weekday()!=0: l-=dt.timedelta(1)
            exp.add(l)
        c=D(y,12,25); b=D(y,12,26)
        if c.weekday()<5 and b.weekday()<5: exp|={c,b}
        elif c.weekday()==4: exp|={c,D(y,12,28)}
        elif c.weekday()==5: exp|={D(y,12,27),D(y,12,28)}
        elif c.weekday()==6: exp|={D(y,12,26),D(y,12,27)}
    assert exp==BH, sorted(exp^BH)
_selfcheck()

WD=["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]
def f(d): return f"{d.isoformat()} ({WD[d.weekday()]})"
def isw(d): return d.weekday()<5 and d not in BH
def addm(d,n):
    y,m=divmod(d.month-1+n,12); y+=d.year; m+=1
    last=[31,29 if (y%4==0 and (y%100!=0 or y%400==0)) else 28,31,30,31,30,31,31,30,31,30,31][m-1]
    return D(y,m,min(d.day,last)), d.day>last

def compute(ev, rule):
    kind=rule[0]; n=rule[1] if len(rule)>1 else None
    if kind=="wd" or kind=="wdb":
        step=1 if kind=="wd" else -1; d=ev; c=0; sk=[]
        while c<n:
            d+=dt.timedelta(step)
            if isw(d): c+=1
            elif d in BH: sk.append(d.isoformat())
        s=f"{n} working days {'after' if step==1 else 'before'} {f(ev)} -> {f(d)}"
        if sk: s+="; skips bank holidays "+", ".join(sorted(sk))
        if not isw(ev) and step==1: s+="; event day is not a working day, counted from it"
        return d,s
    if kind in("d","db"):
        d=ev+dt.timedelta(n if kind=="d" else -n)
        s=f"{n} calendar days {'after' if kind=='d' else 'before'} {f(ev)} -> {f(d)}"
        if not isw(d): s+=" (falls on a "+("bank holiday" if d in BH else "weekend")+")"
        return d,s
    if kind=="w":
        d=ev+dt.timedelta(7*n); s=f"{n} weeks ({7*n} days) after {f(ev)} -> {f(d)}"
        if not isw(d): s+=" (falls on a "+("bank holiday" if d in BH else "weekend")+")"
        return d,s
    if kind=="m":
        d,cl=addm(ev,n); s=f"{n} months after {f(ev)} -> {f(d)}"
        if cl: s+=" (no such day in that month; last day of month used)"
        return d,s
    if kind=="age":
        y,mo=rule[1],rule[2]
        if ev.month==2 and ev.day==29 and mo==0:
            ny=ev.year+y
            leap=(ny%4==0 and (ny%100!=0 or ny%400==0))
            d=D(ny,2,29) if leap else D(ny,3,1)
            s=f"DOB {ev.isoformat()} + {y} years -> {f(d)}"+("" if leap else " (29 Feb birthday, non-leap year: 1 March used)")
            return d,s
        d,cl=addm(ev,12*y+mo)
        s=f"DOB {ev.isoformat()} + {y} years {mo} months -> {f(d)}"
        if cl: s+=" (no such day in that month; last day of month used)"
        return d,s
    raise ValueError(rule)

P=dict(
FD="decisions made by what action are required by a Team Leader within 1 working day",
INIT="Initial decisions will be made about the action required within 1 working day",
REF="Referrals will be actioned by a social worker within 1 working day",
S47_5="Within 5 days of the Section 47 being initiated",
ALLOC="allocated to a social worker to complete a Child and Family Assessment within 3 working days",
TLREV="All assessments will be reviewed by the Team Leader within 15 working days",
A45="Assessments must all be completed within 45 days",
STRAT1="a strategy discussion is required, this must happen within 1 working day",
NOTICE="Neighbourhood Team via email, giving at least 5 days’ notice",
ICPC="Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
FAM3="The report will be shared with family at least 3 the days prior to conference",
CHAIR3="The report will be sent to the child protection chair 3 working days before the conference",
CG="The first core group must be  held within 10 days of the conference",
CPV="Visits to a child subject to a CP plan will take place at least every 4 weeks",
RPAR="This report must be shared with parents at least 3 days prior to the review conference",
RCHAIR="The report will be available to the conference chair at least 3 days prior to the review conference",
M12="when they have been subject to a plan for 12 months",
PLO1="The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
FGC="Referral should be made within 3 working days of the first PLO meeting",
VIA="Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
MIN="distributed to parents and their legal representation within 7 days of the meeting",
PLOREV="Review PLO meetings with parents to be held every 4-6 weeks",
W12="A review legal planning meeting will be held at 12 weeks",
W16="a Legal Gateway meeting will be convened at 16 weeks",
W4="In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
CIN20="will set the first CIN meeting within 20 days",
CIN10="the initial CIN meeting must take place within 10 days",
CINREV="CIN review meetings will be held at least every 6 weeks",
CINV="A child subject to a CIN plan will be seen at least every 6 weeks",
EMERG="If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
VIS1="The child will be visited within 1 working day of coming into care or having a change in placement",
SEEN1="All looked after children will be seen within 1 working day of placement",
PM="The placement meeting will be held within 3 working days",
PP5="an updated copy given to the carers within 5 working days of the placement beginning",
FT="reviewed at least every 8 week until the plan for permanence is agreed",
PACK="coming into care pack, children rights leaflet within 3 weeks",
LEGAL="informed of the child’s legal status within 5 working days",
IHA="An initial health assessment will be requested and carried out within 20 working days",
PEP="A PEP meeting will be arranged within the school within 20 days",
WEEKLY="Statutory looked after visits must happen weekly until the first looked after review",
LAC6="then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
LAC12="Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement and been there for over 12 months",
CPLAN="An up to date care plan will be recorded on the electronic system within 10 days of placement",
LAR="The initial Looked After Review must take place within 20 working days of the child becoming looked after",
PATH="A pathway plan will be started when the young person is 15 years 6 months",
IRO3="this will be with the IRO 3 days before the review",
IRO5="If the challenge is not resolved within 5 working days a formal dispute will be raised",
IRO20="The formal dispute resolution process should be completed from start to finish within 20 working days",
AD6="If a child under the age of 6 enters PLO or proceedings",
ADW="Once the child is placed weekly statutory visits will take place until the first Looked After Review",
AD6W="then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
AD10="Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
FCV="Trafford foster carers are visited at least once every six weeks",
FCREC="a record of this visit is recorded on LCS within 3 working days",
UNANN="All Trafford foster carers will have an unannounced visit at least once every 12 months",
ANNREV="All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
PANEL3="Every foster carer will have an annual review presented to the Fostering Panel at least every three years",
DBS="All foster carers will have updated statutory references, medicals and DBS checks at least every three years",
TRAIN="All Trafford foster carers must update their core training at least every three years",
VAR="This can only be given for up to 6 working days",
TEMP="Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
REC="any event or contact is recorded within 3 days",
SUM="A clear and concise case file summary which has been updated within the last 3 months",
ASS12="An up to date assessment (within the last 12 months) on each child",
ADVOC="if they are 12 or over they should be offered an advocate",
# phrases used for 'none' rows (nearest relevant text; these do NOT set a timescale)
NEXTCONF="The child protection chair will set the date of the next conference",
SUPPOL="monitored through supervision which takes place in line with the supervision policy",
CGREV="The multi –agency plan and the targets agreed and outcomes expected are reviewed at every core group",
SHOPBA="This needs to take place after the area teams final care planning meeting",
LLL="The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
STRATREC="the plan for the enquiries and decisions recorded and a record sent to all participating professionals",
WRITTEN="the requirement for any written agreement with the parent is fully recorded",
SECREV="At the point of the second review (if not in proceedings) the child must have a permanency plan",
SWET="the timescales for filing SWET and additional supporting documents will be agreed at the Legal Gateway meeting",
)

ROWS=[]
def r(v,k,t,q,ev,rule,ps,amb=None,rel=None):
    ROWS.append(dict(v=v,k=k,t=t,q=q,ev=ev,rule=rule,ps=ps,amb=amb,rel=rel))
def ch(v,t,q,a,b,ps,amb=None):
    ROWS.append(dict(v=v,k="choice",t=t,q=q,ev=None,rule=[a,b],ps=ps,amb=amb,rel=None))
def no(v,t,q,ps):
    ROWS.append(dict(v=v,k="none",t=t,q=q,ev=None,rule=None,ps=ps,amb=None,rel=None))

# ---------------- duty ----------------
r("duty","date","2025-12-24","contact in 24/12/25 3pm, TL decision needed by?","2025-12-24",("wd",1),["FD"])
r("duty","date","2025-12-22","strat 19/12/25 icpc by?","2025-12-19",("wd",15),["ICPC"])
r("duty","date","2025-04-17","s47 kicked off today, mgr progress chat due?","2025-04-17",("d",5),["S47_5"],rel=0)
r("duty","date","2025-12-02","C&F started 01/12/25, 45 day deadline?","2025-12-01",("d",45),["A45"])
r("duty","date","2025-12-18","ICPC 06/01/26 - report to chair by?","2026-01-06",("wdb",3),["CHAIR3"])
r("duty","date","2026-03-31","ICPC 2/4/26 first CG by?","2026-04-02",("d",10),["CG"])
r("duty","date","2026-12-23","LAC from 23/12/26, IHA due?","2026-12-23",("wd",20),["IHA"])
r("duty","date","2026-03-30","placed sat 28/3 - placement mtg by?","2026-03-28",("wd",3),["PM"])
r("duty","date","2025-12-23","PLO letter dated 22.12.25 - first mtg by?","2025-12-22",("d",10),["PLO1"],amb="10 calendar days lands on New Year's Day (bank holiday); a reader may say the meeting must in practice be held by 31/12/25.")
r("duty","date","2026-03-31","first PLO mtg today, FGC referral by?","2026-03-31",("wd",3),["FGC"],rel=0)
r("duty","date","2027-01-04","new LAC placed 31/12/26 - visit by?","2026-12-31",("wd",1),["VIS1","SEEN1"])
r("duty","date","2025-08-26","FC visit done on the bank hol 25/8 - recorded by?","2025-08-25",("wd",3),["FCREC"])
r("duty","date","2027-03-24","IRO informal challenge 24/3/27 - formal dispute from when?","2027-03-24",("wd",5),["IRO5"])
r("duty","date","2027-12-20","formal dispute started 20/12/27 close by?","2027-12-20",("wd",20),["IRO20"])
r("duty","date","2025-12-31","hv yesterday, case note on sys by?","2025-12-30",("d",3),["REC"],rel=-1)
r("duty","date","2026-12-21","came into care fri 18/12, legal status notifications by?","2026-12-18",("wd",5),["LEGAL"])
r("duty","date","2025-05-23","referral decision 23/5/25, allocation for C&F by?","2025-05-23",("wd",3),["ALLOC"],amb="The standard does not name the start event; counted from the referral decision date.")
r("duty","date","2025-08-22","need strat - decision made fri 22/8 4pm, strat by?","2025-08-22",("wd",1),["STRAT1"],amb="The S47 section also says 'within 24 hours', which would give Sat 23/08/25; the 1 working day rule gives Tue 26/08.")
r("duty","date","2026-12-24","UASC in 24.12.26 emergency, assessment due?","2026-12-24",("wd",20),["EMERG"])
r("duty","date","2026-05-05","PLO mtg 5/5/26 minutes by?","2026-05-05",("d",7),["MIN"])
r("duty","date","2026-12-31","lvl 4 referral in 31/12/26, TL initial decision by?","2026-12-31",("wd",1),["INIT"])
r("duty","date","2026-12-30","rcpc 08/01/27 report to chair by?","2027-01-08",("db",3),["RCHAIR"])
r("duty","date","2026-10-12","PLO ext agreed 12/10/26 exceptional 4 wks - ends?","2026-10-12",("w",4),["W4"],amb="Counted from the date the extension was agreed; it could be read as running from the 12-week point.")
r("duty","visits","2025-12-23","CP visit last 22/12/25 next due","2025-12-22",("w",4),["CPV"])
r("duty","visits","2026-08-17","CIN visit done 14/8/26, next?","2026-08-14",("w",6),["CINV"])
r("duty","visits","2025-05-06","placed w adopters, last wkly visit 2/5/25, no LAR yet, next by?","2025-05-02",("d",7),["ADW"])
r("duty","visits","2027-08-30","LAC since 20/8/27, stat visit weekly, last 27/8, next?","2027-08-27",("d",7),["WEEKLY"])
r("duty","age","2027-01-11","dob 12/09/2011 when does PP need starting","2011-09-12",("age",15,6),["PATH"])
no("duty","2026-01-13","icpc 13/1/26 rcpc when?",["NEXTCONF"])
no("duty","2026-06-02","later life letter due by? placed w adopters 1/6/26",["LLL"])
ch("duty","2026-03-03","conf 3/3/26 whats next due?",("2026-03-03",("d",10)),("2026-03-03",("d",20)),["CG","CIN20"])

# ---------------- typos ----------------
r("typos","date","2026-12-23","stratgey discusion was 23rd dec 2026 wen does icpc hav to be by","2026-12-23",("wd",15),["ICPC"])
r("typos","date","2026-04-07","kid came into care 3.4.26 wen is the first lac reveiw","2026-04-03",("wd",20),["LAR"])
r("typos","date","2025-12-19","whens the core grup if icpc is 24/12","2025-12-24",("d",10),["CG"])
r("typos","date","2027-03-30","referal came in, assesment started 25/3 45 days whens that","2027-03-25",("d",45),["A45"])
r("typos","date","2026-04-01","tl needs to reveiw my asesment, started 1st april, by wen","2026-04-01",("wd",15),["TLREV"])
r("typos","date","2026-03-27","icpc is on 7th april wen do i share report wiht family","2026-04-07",("db",3),["FAM3"],amb="The standard says 'at least 3 the days prior' (garbled); read as 3 calendar days, but it may mean 3 working days (-> 31/03/26).")
r("typos","date","2025-12-22","placment started 22nd dec wen do carers get the updated placment plan","2025-12-22",("wd",5),["PP5"])
r("typos","date","2025-09-01","pep meetin - child came into care 29/8/25 by wen","2025-08-29",("d",20),["PEP"])
r("typos","date","2025-12-22","care plan on sytem deadline placed 19/12","2025-12-19",("d",10),["CPLAN"])
r("typos","date","2027-05-10","when does the coming into care pack need to go out, in care since 7/5","2027-05-07",("w",3),["PACK"])
r("typos","date","2026-01-05","temp aproval conected person from 24/12/25 when does it run out","2025-12-24",("w",16),["TEMP"])
r("typos","date","2026-05-01","plo leter was 1st may wen is first meting","2026-05-01",("d",10),["PLO1"])
r("typos","date","2026-05-22","viabilty request, first plo meeting 22/5 wen by","2026-05-22",("wd",3),["VIA"])
r("typos","date","2026-03-30","report to iro for lac reveiw on 6/4/26 wen","2026-04-06",("db",3),["IRO3"])
r("typos","date","2025-12-24","asked for strat 24th dec befor 1 wen does it hav to happen","2025-12-24",("wd",1),["STRAT1"])
r("typos","date","2026-01-02","referal came thru 2/1/26 wen do i need to action it","2026-01-02",("wd",1),["REF"])
r("typos","date","2026-12-29","s47 initated 28/12, when do me and manager meet to discus","2026-12-28",("d",5),["S47_5"])
r("typos","date","2026-05-20","reveiw rcpc 29/5 wen report to chair","2026-05-29",("db",3),["RCHAIR"])
r("typos","date","2025-05-06","plo strted 05/05/25 wen is 12 wk legal planing meeting","2025-05-05",("w",12),["W12"],amb="Start of PLO counted from the PLO letter date; some would count from the first PLO meeting or Legal Gateway.")
r("typos","visits","2025-12-31","last cp vist was 30/12 when nxt","2025-12-30",("w",4),["CPV"])
r("typos","visits","2026-05-20","cin reveiw meeting last 19.5.26 next one by","2026-05-19",("w",6),["CINREV"])
r("typos","visits","2026-01-05","fostr carer visit was 2/1/26 next one","2026-01-02",("w",6),["FCV"])
r("typos","visits","2025-01-10","unanounced visit last done 29.2.24 when next","2024-02-29",("m",12),["UNANN"])
r("typos","visits","2026-06-01","dbs for our carer done 14/08/2023 when due","2023-08-14",("m",36),["DBS"])
r("typos","age","2027-06-01","dob 29/02/2012 wen is she 15 and a half for pathway plan","2012-02-29",("age",15,6),["PATH"])
r("typos","age","2025-09-15","young person dob 5/10/2013 when can she get an advocate for confrence","2013-10-05",("age",12,0),["ADVOC"])
no("typos","2026-02-10","how often do i need supervison for my cases",["SUPPOL"])
no("typos","2025-11-04","how long have i got to send the strat minutes out to everyone",["STRATREC"])
ch("typos","2026-04-01","icpc on 14/4/26 reports wen",("2026-04-14",("db",3)),("2026-04-14",("wdb",3)),["FAM3","CHAIR3"])

# ---------------- scenario ----------------
r("scenario","date","2025-12-17","Had a referral on Mon 15/12/25 for a 7 year old (DOB 02/03/2018). Strat was held on 16/12/25 and we're going S47. When does the ICPC need to be by?","2025-12-16",("wd",15),["ICPC"])
r("scenario","date","2025-04-23","Baby Bluebell was born 20/04/2025 and we held the ICPC on 22/04/2025; she's on a plan. The family's next court hearing is 12/05. When must the first core group be held by?","2025-04-22",("d",10),["CG"])
r("scenario","date","2025-12-22","Child came into care in an emergency on Saturday 20/12/2025 after police protection. Her birthday is 24/12. When does the initial LAC review need to be?","2025-12-20",("wd",20),["LAR"])
r("scenario","date","2026-04-03","Sibling group placed with carers today, Good Friday. Their nan's viability is booked for 10/04. When does the placement meeting need to be held?","2026-04-03",("wd",3),["PM"],rel=0)
r("scenario","date","2025-08-19","Legal Gateway was 13/08 and agreed PLO. The PLO letter went out dated 18/08/2025. When's the first PLO meeting due?","2025-08-18",("d",10),["PLO1"])
r("scenario","date","2026-08-28","Case came over to us from CFR on 27/08/26 after their C&F assessment (started 10/07). When does the initial CIN meeting need to happen?","2026-08-27",("d",10),["CIN10"])
r("scenario","date","2027-03-22","Child was de-planned at RCPC on 19/03/2027; the next core group would have been 02/04. When should the first CIN meeting be?","2027-03-19",("d",20),["CIN20"])
r("scenario","date","2026-12-24","Young person moved placement today (Christmas Eve) after a breakdown; previous placement started 01/06/2026. When must I visit her by?","2026-12-24",("wd",1),["VIS1"],rel=0)
r("scenario","date","2025-12-18","IRO raised an informal challenge today about drift; the last LAC review was 01/12. If it isn't resolved, when does it become a formal dispute?","2025-12-18",("wd",5),["IRO5"],rel=0)
r("scenario","date","2026-07-29","Baby (DOB 30/06/2025) was placed with adopters yesterday, 28/07/2026, after the placement order on 01/07. When can the adopters apply for the adoption order?","2026-07-28",("w",10),["AD10"],rel=-1)
r("scenario","date","2027-03-25","ICPC is today (Thursday 25/03/2027), mum's birthday is 27/03 and it's Easter weekend. First core group by?","2027-03-25",("d",10),["CG"],rel=0)
r("scenario","date","2025-05-02","First PLO meeting was held on 1 May 2025 with mum and her solicitor; the PLO letter was dated 24 April. When do the minutes need to go out?","2025-05-01",("d",7),["MIN"])
r("scenario","date","2026-04-15","Child on CP plan since ICPC 12/01/2026; RCPC was 14/04 and things aren't shifting. When would we hit 12 months on a plan for the professional thinking time meeting?","2026-01-12",("m",12),["M12"])
r("scenario","date","2027-05-28","Emergency placement tonight, Friday 28/05/2027, bank holiday Monday coming. Child's DOB 11/02/2015. When's the IHA due?","2027-05-28",("wd",20),["IHA"],rel=0)
r("scenario","date","2025-08-22","Police contact came in this afternoon (Friday 22/08/2025) about two children; sibling's DOB 25/08/2019. When does the TL need to make the decision by?","2025-08-22",("wd",1),["FD"],rel=0)
r("scenario","date","2026-12-23","We had to place a child outside the carers' terms of approval today (Weds 23/12/2026), Strategic Lead agreed. How long does the variation last?","2026-12-23",("wd",6),["VAR"],rel=0,amb="'Up to 6 working days' may be read as including the placement day (-> 04/01/27).")
r("scenario","date","2025-12-15","CFR want the case to move to the neighbourhood team on 05/01/2026; the C&F assessment finished 12/12. When must the notice email go by?","2026-01-05",("db",5),["NOTICE"],amb="'At least 5 days' notice' read as 5 calendar days before transfer; 5 working days before would give 24/12/25.")
r("scenario","date","2025-04-15","Grandparents approved as temporary connected carers on 14/04/2025 and the child moved in 15/04. When do the 16 weeks run out?","2025-04-14",("w",16),["TEMP"],amb="Counted from the approval date; counting from placement gives 05/08/25.")
r("scenario","date","2026-05-22","Referral came into CFR today (Friday 22/05/2026), older sibling DOB 03/06/2012. When does a social worker have to action it?","2026-05-22",("wd",1),["REF"],rel=0)
r("scenario","date","2026-12-30","ICPC is on Thursday 07/01/2027. Mum's solicitor asked when she'll get the report. Latest we can share it with the family?","2027-01-07",("db",3),["FAM3"])
r("scenario","visits","2027-04-06","Last CIN home visit 02/04/2027 before Easter; CIN review is on 20/04. When's the next visit due?","2027-04-02",("w",6),["CINV"])
r("scenario","visits","2025-08-27","This carer had an allegation in 2024. Last unannounced visit 11/08/2025; annual review due 01/09. When's the next unannounced due?","2025-08-11",("m",12),["UNANN"])
r("scenario","visits","2026-01-22","Looked after since 15/12/2025, first LAR held 12/01/2026. Last statutory visit 20/01/2026. When's the next visit due?","2026-01-20",("w",6),["LAC6"])
r("scenario","visits","2026-01-05","Placed 22/12/2025, LAR not held yet. Last weekly visit 02/01/2026. Next?","2026-01-02",("d",7),["WEEKLY"])
r("scenario","visits","2025-12-01","Carer did core training 03/09/2024; DBS done March 2025. When's the core training due again?","2024-09-03",("m",36),["TRAIN"])
r("scenario","visits","2025-11-27","Last review PLO meeting was 26/11/2025; RLPM booked 10/12. What's the latest the next review PLO meeting can be?","2025-11-26",("w",6),["PLOREV"],amb="Standard says every 4-6 weeks; latest taken as 6 weeks (4 weeks gives 24/12/25).")
r("scenario","age","2026-02-10","Boy born 14/11/2012 has been in care since 2019. IRO asking when his pathway plan must start.","2012-11-14",("age",15,6),["PATH"])
r("scenario","age","2026-01-20","Child DOB 15/06/2020, we're heading towards PLO. If she enters PLO before she's 6 she gets an adoption SW. When does she turn 6?","2020-06-15",("age",6,0),["AD6"])
no("scenario","2026-01-21","Strat 05/01/26, S47 done, ICPC 20/01/26 and child on a plan. When does the CP medical need to be done by?",["STRATREC"])
ch("scenario","2025-12-01","Child came into care today 01/12/2025, placed with foster carers same day. When are the health assessment and the PEP due?",("2025-12-01",("wd",20)),("2025-12-01",("d",20)),["IHA","PEP"])
ch("scenario","2026-05-22","SSW visited our foster carer today, Friday 22/05/2026. What's next due?",("2026-05-22",("wd",3)),("2026-05-22",("w",6)),["FCREC","FCV"])

# ---------------- indirect ----------------
r("indirect","date","2025-08-20","we had the multi-agency call with police and health on 19/08/2025 and are doing the enquiries - when does the big meeting where everyone agrees the protection plan have to happen?","2025-08-19",("wd",15),["ICPC"])
r("indirect","date","2025-12-16","the letter that starts pre-proceedings is dated 15/12/2025 - when's the first sit-down with the parents and their solicitor?","2025-12-15",("d",10),["PLO1"],amb="10 calendar days lands on Christmas Day; in practice it would be held before.")
r("indirect","date","2025-12-19","the first meeting after the big conference where we put the detail on the plan - conference was 18/12/2025, by when?","2025-12-18",("d",10),["CG"])
r("indirect","date","2026-03-24","how long have I got to get the full family assessment finished? started it 23/03/2026","2026-03-23",("d",45),["A45"])
r("indirect","date","2025-04-15","the first review with the independent chair for a kid who came into our care on 14/04/2025 - when is it due?","2025-04-14",("wd",20),["LAR"])
r("indirect","date","2026-07-27","the school meeting about a looked after kid's education - she came into our care 24/07/2026","2026-07-24",("d",20),["PEP"])
r("indirect","date","2027-12-13","the doctor's check for a child newly in care - came in 10/12/2027","2027-12-10",("wd",20),["IHA"])
r("indirect","date","2026-12-31","the talk between me and my manager about how the child protection enquiry is going - enquiry started today","2026-12-31",("d",5),["S47_5"],rel=0)
r("indirect","date","2026-12-21","the papers for the independent chair before a child in care's review on 04/01/2027 - when do they need to be with them?","2027-01-04",("db",3),["IRO3"],amb="3 calendar days before lands on New Year's Day (bank holiday).")
r("indirect","date","2025-12-22","the rights leaflet and welcome pack for a boy who came into care on 19/12/2025 - deadline?","2025-12-19",("w",3),["PACK"])
r("indirect","date","2027-04-30","the meeting with the carers to agree who can sign school trips etc - child placed today","2027-04-30",("wd",3),["PM"],rel=0)
r("indirect","date","2025-01-08","the meeting with the Strategic Lead that decides about going to court if pre-proceedings hasn't worked - the letter went 06/01/2025","2025-01-06",("w",16),["W16"],amb="Start of PLO counted from the letter date; could be counted from the Legal Gateway or first meeting.")
r("indirect","date","2026-03-04","the check-in meeting with the council solicitor partway through pre-proceedings - letter date 03/03/2026","2026-03-03",("w",12),["W12"],amb="Counted from the PLO letter date; other start points possible.")
r("indirect","date","2025-12-24","telling police, school, GP etc. that a child is now in our care - came in today, Christmas Eve","2025-12-24",("wd",5),["LEGAL"],rel=0)
r("indirect","date","2025-12-23","the referral for the family network meeting after the first pre-proceedings meeting today","2025-12-23",("wd",3),["FGC"],rel=0)
r("indirect","date","2026-04-02","asking the family placement team to screen nan and uncle as carers - first pre-proceedings meeting was this morning","2026-04-02",("wd",3),["VIA"],rel=0)
r("indirect","date","2025-04-17","the bit where the boss signs off what we do with a police contact - came in today, Thursday before Easter","2025-04-17",("wd",1),["FD"],rel=0)
r("indirect","date","2026-12-24","writing up my home visit from yesterday - when does it have to be on the file?","2026-12-23",("d",3),["REC"],rel=-1)
r("indirect","date","2026-08-18","the sign-off read-through of my assessment by my TL - I started it 18/08/2026","2026-08-18",("wd",15),["TLREV"])
r("indirect","date","2027-03-29","CFR want to hand the case to the locality team on Tuesday 06/04/2027 - when must they tell us by?","2027-04-06",("db",5),["NOTICE"],amb="'At least 5 days' notice' read as calendar days; 5 working days before would give 30/03/27.")
r("indirect","visits","2025-11-30","the home visits to a child on a protection plan - last saw her at home on 28/11/2025, next by?","2025-11-28",("w",4),["CPV"])
r("indirect","visits","2025-12-16","the check on our own carers by their supervising worker - last one was 15/12/2025","2025-12-15",("w",6),["FCV"])
r("indirect","visits","2026-03-03","the review of how mum and dad's time with the baby is going - last reviewed 02/03/2026","2026-03-02",("w",8),["FT"])
r("indirect","age","2026-09-01","the point where a teenager in care starts planning for leaving care - she was born 31/08/2011","2011-08-31",("age",15,6),["PATH"])
r("indirect","age","2027-09-01","the age when a young person at a child protection conference gets offered someone to speak up for them - he was born 29/02/2016, when's that?","2016-02-29",("age",12,0),["ADVOC"])
no("indirect","2025-10-14","how quickly do we need the written agreement with mum signed after the strat?",["WRITTEN"])
ch("indirect","2026-05-29","placement started today, 29/05/2026 - when's the stuff about the placement plan due?",("2026-05-29",("wd",3)),("2026-05-29",("wd",5)),["PM","PP5"])
ch("indirect","2025-09-02","temporary approval for grandma as a carer started 01/09/2025 - when does it end?",("2025-09-01",("w",16)),("2025-09-01",("w",24)),["TEMP","TEMP"])

# ---------------- newstarter ----------------
r("newstarter","date","2025-04-23","Hi, sorry if this is a silly question - I'm new. We had a strategy discussion on Tuesday 22/04/2025. When does the Initial Child Protection Conference need to be held by?","2025-04-22",("wd",15),["ICPC"])
r("newstarter","date","2025-12-18","Hello! I've started my first Child and Family Assessment today (18/12/2025). When does my Team Leader need to review it by?","2025-12-18",("wd",15),["TLREV"],rel=0)
r("newstarter","date","2027-05-21","Could someone explain the core group timescale? The Initial Child Protection Conference was today, 21/05/2027. When does the first core group need to be?","2027-05-21",("d",10),["CG"],rel=0,amb="10 calendar days lands on the Spring bank holiday.")
r("newstarter","date","2026-12-14","I'm new and on duty. What's the deadline for getting my report to the child protection chair if the conference is on Tuesday 29/12/2026?","2026-12-29",("wdb",3),["CHAIR3"])
r("newstarter","date","2026-03-27","Sorry, what is the first PLO meeting timescale? The PLO letter is dated today, 27/03/2026.","2026-03-27",("d",10),["PLO1"],rel=0,amb="10 calendar days lands on Easter Monday.")
r("newstarter","date","2026-12-21","Hi all, I've a child who came into care on Monday 21/12/2026 (section 20). When's the Initial Looked After Review due by?","2026-12-21",("wd",20),["LAR"])
r("newstarter","date","2025-08-27","I'm a newly qualified social worker. When should the child's care plan be on the system? The placement started yesterday.","2025-08-26",("d",10),["CPLAN"],rel=-1)
r("newstarter","date","2027-03-25","Apologies, I'm new - my manager has decided today that we need a strategy discussion. What's the deadline?","2027-03-25",("wd",1),["STRAT1"],rel=0)
r("newstarter","date","2026-04-27","Please could you tell me when the review child protection conference report has to be shared with parents? The RCPC is on Tuesday 05/05/2026.","2026-05-05",("db",3),["RPAR"])
r("newstarter","date","2026-04-02","I'm new to fostering - I visited one of our carers today (Thursday 2 April). When does the record of the visit need to be on LCS?","2026-04-02",("wd",3),["FCREC"],rel=0)
r("newstarter","date","2026-02-20","Hello, I'm new to the Children in Care team. A young person has been in her permanent placement since 14/02/2026. From when could her visits go to 12-weekly?","2026-02-14",("m",12),["LAC12"],amb="'Over 12 months' may be read as the day after 12 months (15/02/27).")
r("newstarter","date","2025-12-01","When does a child's case file summary need updating by? It was last updated on 30/11/2025.","2025-11-30",("m",3),["SUM"])
r("newstarter","date","2025-12-31","What's the deadline for the Team Leader decision on a contact? It came in today (Wednesday 31/12/2025).","2025-12-31",("wd",1),["FD"],rel=0)
r("newstarter","date","2027-08-27","When must the assessment be completed for a child who came into care in an emergency on Friday 27/08/2027?","2027-08-27",("wd",20),["EMERG"])
r("newstarter","date","2025-12-22","Sorry if this is basic - what's the deadline for recording a home visit I did on Friday 19/12/2025?","2025-12-19",("d",3),["REC"])
r("newstarter","date","2026-12-14","When is the 16-week Legal Gateway meeting if our PLO letter was dated 11/12/2026?","2026-12-11",("w",16),["W16"],amb="Counted from the PLO letter date.")
r("newstarter","date","2026-01-19","Hi, a child came into care on Friday 16/01/2026. By when do all the other professionals need to know about her legal status?","2026-01-16",("wd",5),["LEGAL"])
r("newstarter","date","2027-12-23","I'm covering for a colleague: we placed a child in an emergency on 23/12/2027. When does the placement plan copy need to go to the carers?","2027-12-23",("wd",5),["PP5"])
r("newstarter","visits","2026-12-29","When do I need to visit a child on a Child in Need plan? My last home visit was on Christmas Eve 2026.","2026-12-24",("w",6),["CINV"])
r("newstarter","visits","2027-01-06","Could you help me understand family time reviews? Family time arrangements for the child were set up on 05/01/2027. When is the first review?","2027-01-05",("w",8),["FT"])
r("newstarter","visits","2025-12-19","When should the adoption visits be after the first Looked After Review? Last visit to the adopters was 18/12/2025.","2025-12-18",("w",6),["AD6W"])
r("newstarter","age","2026-01-12","A little girl born on 29/02/2020 may go into PLO. If she's under 6 she gets a Trafford adoption social worker. When does she turn 6?","2020-02-29",("age",6,0),["AD6"])
r("newstarter","date","2026-12-14","Could you tell me when a child in care's first PEP meeting is due? She came into care on 11/12/2026.","2026-12-11",("d",20),["PEP"])
r("newstarter","date","2027-03-24","I'm new to connected carers - if temporary approval was agreed on 24/03/2027, when does it end (before any extension)?","2027-03-24",("w",16),["TEMP"])
no("newstarter","2026-02-02","How long after the ICPC do we have to hold the second core group?",["CGREV"])
no("newstarter","2026-01-16","When should the second Looked After Review be? The first one was 15/01/2026.",["SECREV"])
ch("newstarter","2026-04-23","Hi, I'm new. The first PLO meeting was today, Thursday 23/04/2026. What are my next deadlines?",("2026-04-23",("wd",3)),("2026-04-23",("d",7)),["FGC","MIN"])

# ---------------- manager ----------------
r("manager","date","2026-01-21","ICPC held 20/01/26, strat 02/01/26 - was that in timescale?","2026-01-02",("wd",15),["ICPC"])
r("manager","date","2026-01-14","Audit: strat 18/12/2025, ICPC held 12/01/2026. In timescale?","2025-12-18",("wd",15),["ICPC"])
r("manager","date","2026-01-06","Core group on 05/01/2026 after ICPC 23/12/2025 - compliant?","2025-12-23",("d",10),["CG"])
r("manager","date","2026-01-05","C&F assessment started 10/11/2025 completed 30/12/2025, within the 45 days?","2025-11-10",("d",45),["A45"])
r("manager","date","2027-04-22","Child became LAC 24/03/2027; first LAR 21/04/2027. Compliant?","2027-03-24",("wd",20),["LAR"])
r("manager","date","2026-01-21","IHA done 20/01/2026 for child in care from 15/12/2025 - timescale met?","2025-12-15",("wd",20),["IHA"])
r("manager","date","2027-01-04","Formal IRO dispute raised 01/12/2026 resolved 30/12/2026 - within timescale?","2026-12-01",("wd",20),["IRO20"])
r("manager","date","2026-01-13","PLO minutes sent 12/01/2026 for the meeting on 05/01/2026 - in time?","2026-01-05",("d",7),["MIN"])
r("manager","date","2026-01-07","Child placed 24/12/2025, updated placement plan to carers 02/01/2026 - in time?","2025-12-24",("wd",5),["PP5"])
r("manager","date","2026-04-14","Legal status letters sent 08/04/2026, child looked after from 01/04/2026 - in timescale?","2026-04-01",("wd",5),["LEGAL"])
r("manager","date","2026-01-13","De-planned at RCPC 22/12/2025, first CIN meeting 12/01/2026. Compliant?","2025-12-22",("d",20),["CIN20"])
r("manager","date","2025-09-10","Transfer from CFR 28/08/2025, initial CIN meeting 09/09/2025 - in time?","2025-08-28",("d",10),["CIN10"])
r("manager","date","2025-09-02","Case summary last updated 31/05/2025; audit today 02/09/2025 - was it in date, when did it lapse?","2025-05-31",("m",3),["SUM"])
r("manager","date","2025-03-03","Assessment on file authorised 29/02/2024 - when did it go out of date?","2024-02-29",("m",12),["ASS12"])
r("manager","date","2025-11-04","PLO letter 04/08/2025, review legal planning meeting held 03/11/2025 - compliant with the 12 weeks?","2025-08-04",("w",12),["W12"],amb="Counted from the PLO letter; counting from the first PLO meeting would move it later.")
r("manager","date","2026-01-06","Temporary approval given 05/01/2026 and we'll need the extension - when does the extended approval end?","2026-01-05",("w",24),["TEMP"])
r("manager","date","2027-01-25","Initial LAR for a child in care from Wednesday 23/12/2026 held 21/01/2027 - ok?","2026-12-23",("wd",20),["LAR"])
r("manager","date","2025-04-09","Child allocated for C&F 08/04/2025 after referral decision 03/04/2025 - within 3 WD?","2025-04-03",("wd",3),["ALLOC"])
r("manager","date","2027-06-09","Viability screening request made 08/06/2027 following initial PLO meeting 02/06/2027 - compliant?","2027-06-02",("wd",3),["VIA"])
r("manager","date","2026-04-01","Professional thinking time: child on a plan since 31/03/2025 and no progress - when should it have been held?","2025-03-31",("m",12),["M12"])
r("manager","date","2026-01-06","RCPC held 05/01/2026 - conference chair got the report 02/01/2026. Was that at least 3 days before?","2026-01-05",("db",3),["RCHAIR"])
r("manager","visits","2026-01-05","CP visits audit: visits on 01/12/2025 then 02/01/2026 - breach?","2025-12-01",("w",4),["CPV"])
r("manager","visits","2025-08-27","Foster carer last visited by SSW 14/07/2025, next visit 26/08/2025 - in time?","2025-07-14",("w",6),["FCV"])
r("manager","visits","2026-02-02","Foster carer last presented to panel 10/10/2023 - when must the next panel presentation be?","2023-10-10",("m",36),["PANEL3"])
r("manager","visits","2025-12-22","Annual review for foster carer last held 19/12/2025 - next due?","2025-12-19",("m",12),["ANNREV"])
r("manager","age","2027-03-15","Audit - pathway plan started 01/03/2027 for YP DOB 01/09/2011. On time?","2011-09-01",("age",15,6),["PATH"])
no("manager","2026-03-10","What's our timescale for supervision for SWs - is it monthly?",["SUPPOL"])
no("manager","2026-05-12","What's the standard for how soon SHOPBA must be after the final care planning meeting?",["SHOPBA"])
no("manager","2027-02-08","Care proceedings agreed at Legal Gateway 05/02/2027 - by when must the SWET be filed?",["SWET"])
ch("manager","2025-12-16","Assessment opened 15/12/2025 - what are the assessment deadlines for my tracker?",("2025-12-15",("wd",15)),("2025-12-15",("d",45)),["TLREV","A45"])

def build():
    src=open(SRC,encoding="utf-8").read()
    out=[]; errs=[]
    for i,R in enumerate(ROWS):
        t=D.fromisoformat(R["t"])
        phrases=[P[k] for k in dict.fromkeys(R["ps"])]
        for ph in phrases:
            if ph not in src: errs.append(f"row {i}: phrase not in source: {ph!r}")
            if len(ph.split())<6: errs.append(f"row {i}: phrase too short: {ph!r}")
        if R["k"]=="none":
            due=None; count="no timescale set in the standards"
        elif R["k"]=="choice":
            res=[compute(D.fromisoformat(e),ru) for e,ru in R["rule"]]
            due=min(d for d,_ in res)
            count=" | ".join(c for _,c in res)+f" -> earlier: {due.isoformat()}"
        else:
            ev=D.fromisoformat(R["ev"])
            if R["rel"] is not None and (ev-t).days!=R["rel"]:
                errs.append(f"row {i}: relative date mismatch {R['ev']} vs today {R['t']}")
            due,count=compute(ev,R["rule"])
            if R["k"]=="visits" and R["rule"][0]=="d": count=count.replace("calendar days","days (weekly)")
        row={"q":R["q"],"today":R["t"],"due":due.isoformat() if due else None,
             "expect_any":phrases,"count":count,"voice":R["v"],"kind":R["k"]}
        if R["amb"]: row["ambiguous"]=R["amb"]
        out.append(row)
    return out,errs

if __name__=="__main__":
    out,errs=build()
    with open(os.path.join(HERE,"questions.jsonl"),"w",encoding="utf-8") as fh:
        for o in out: fh.write(json.dumps(o,ensure_ascii=False)+"\n")
    # re-read and check
    src=open(SRC,encoding="utf-8").read()
    rows=[json.loads(l) for l in open(os.path.join(HERE,"questions.jsonl"),encoding="utf-8")]
    from collections import Counter
    for i,o in enumerate(rows):
        for ph in o["expect_any"]:
            assert ph in src,(i,ph)
        assert (o["due"] is None)==(o["kind"]=="none"),i
        dt.date.fromisoformat(o["today"])
    qs=Counter(o["q"] for o in rows); dup=[q for q,c in qs.items() if c>1]
    if dup: errs.append(f"duplicate q: {dup}")
    print(len(rows),"rows"); print(Counter(o["kind"] for o in rows)); print(Counter(o["voice"] for o in rows))
    for e in errs: print("ERR",e)
    sys.exit(1 if errs else 0)
