#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (set-heldout-18).
Standard library only. Computes `due` and `count` for every row from a structured spec,
writes questions.jsonl next to this file, then runs checks against the source text."""
import datetime as dt, json, os, re, sys, calendar
from collections import Counter

D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/shared/source/practice-standards.txt"

# England & Wales bank holidays 2024-2028, typed by hand (substitute days included).
BANK_HOLIDAYS = {
    # 2024
    D(2024,1,1), D(2024,3,29), D(2024,4,1), D(2024,5,6), D(2024,5,27), D(2024,8,26), D(2024,12,25), D(2024,12,26),
    # 2025
    D(2025,1,1), D(2025,4,18), D(2025,4,21), D(2025,5,5), D(2025,5,26), D(2025,8,25), D(2025,12,25), D(2025,12,26),
    # 2026 (Boxing Day Sat -> Mon 28 Dec)
    D(2026,1,1), D(2026,4,3), D(2026,4,6), D(2026,5,4), D(2026,5,25), D(2026,8,31), D(2026,12,25), D(2026,12,28),
    # 2027 (Christmas Sat -> Mon 27, Boxing Day Sun -> Tue 28)
    D(2027,1,1), D(2027,3,26), D(2027,3,29), D(2027,5,3), D(2027,5,31), D(2027,8,30), D(2027,12,27), D(2027,12,28),
    # 2028 (New Year Sat -> Mon 3 Jan)
    D(2028,1,3), D(2028,4,14), D(2028,4,17), D(2028,5,1), D(2028,5,29), D(2028,8,28), D(2028,12,25), D(2028,12,26),
}

def _easter(y):  # anonymous Gregorian computus, used only to cross-check the typed list
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
    i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=((h+l-7*m+114)%31)+1
    return D(y,mo,da)

def _rule_holidays(y):
    def nxt_wd(d):
        while d.weekday()>=5: d+=dt.timedelta(1)
        return d
    hs=set()
    hs.add(nxt_wd(D(y,1,1)))
    e=_easter(y); hs|={e-dt.timedelta(2), e+dt.timedelta(1)}
    d=D(y,5,1)
    while d.weekday()!=0: d+=dt.timedelta(1)
    hs.add(d)
    d=D(y,5,31)
    while d.weekday()!=0: d-=dt.timedelta(1)
    hs.add(d)
    d=D(y,8,31)
    while d.weekday()!=0: d-=dt.timedelta(1)
    hs.add(d)
    c=D(y,12,25); b=D(y,12,26)
    c2=nxt_wd(c); b2=nxt_wd(b)
    if b2<=c2: b2=nxt_wd(c2+dt.timedelta(1))
    hs|={c2,b2}
    return hs

for _y in range(2024,2029):
    assert {h for h in BANK_HOLIDAYS if h.year==_y}==_rule_holidays(_y), _y

def iso(d): return d.isoformat()
def wdn(d): return d.strftime("%a")
def fmt(d): return f"{iso(d)} ({wdn(d)})"
def is_wd(d): return d.weekday()<5 and d not in BANK_HOLIDAYS

def add_wd(start,n,sign=1):
    d=start; skipped=[]; k=0
    while k<n:
        d+=dt.timedelta(sign)
        if is_wd(d): k+=1
        elif d in BANK_HOLIDAYS: skipped.append(d)
    return d, sorted(skipped)

def add_months(d,n):
    m=d.month-1+n; y=d.year+m//12; m=m%12+1
    last=calendar.monthrange(y,m)[1]
    return D(y,m,min(d.day,last)), d.day>last

def birthday(dob,years):
    y=dob.year+years
    if dob.month==2 and dob.day==29 and not calendar.isleap(y):
        return D(y,3,1), True
    return D(y,dob.month,dob.day), False

WEEKDAYS=["mon","tue","wed","thu","fri","sat","sun"]
def resolve(tok,today):
    if isinstance(tok,D): return tok
    if tok=="today": return today
    if tok=="yesterday": return today-dt.timedelta(1)
    if tok=="tomorrow": return today+dt.timedelta(1)
    m=re.fullmatch(r"last-(\w{3})",tok)
    if m:
        t=WEEKDAYS.index(m.group(1))
        # only used where unambiguous: the target weekday has not yet come round this week
        assert today.weekday()==0 or t>today.weekday() or t>=5, (tok,today)
        d=today-dt.timedelta(1)
        while d.weekday()!=t: d-=dt.timedelta(1)
        return d
    return D.fromisoformat(tok)

def compute(rule,start):
    """returns (due, count-string)"""
    note=""
    if rule=="same":
        return start, f"same day as {fmt(start)} -> {fmt(start)}"
    m=re.fullmatch(r"(wd|wdb|d|db|w|m|age|agem)(\d+)",rule)
    kind,n=m.group(1),int(m.group(2))
    if kind in("wd","wdb"):
        due,sk=add_wd(start,n,1 if kind=="wd" else -1)
        s=f"{n} working day{'s' if n>1 else ''} {'after' if kind=='wd' else 'before'} {fmt(start)} -> {fmt(due)}"
        if kind=="wd" and not is_wd(start):
            s+=f"; start day is a {'bank holiday' if start in BANK_HOLIDAYS else 'weekend'}, counted from it"
        if sk: s+="; skips bank holidays "+", ".join(iso(x) for x in sk)
        return due,s
    if kind=="d":
        due=start+dt.timedelta(n); return due,f"{n} calendar days after {fmt(start)} -> {fmt(due)}"
    if kind=="db":
        due=start-dt.timedelta(n); return due,f"{n} calendar days before {fmt(start)} -> {fmt(due)}"
    if kind=="w":
        due=start+dt.timedelta(7*n); return due,f"{n} weeks ({7*n} days) after {fmt(start)} -> {fmt(due)}"
    if kind=="m":
        due,cl=add_months(start,n)
        s=f"{n} months after {fmt(start)} -> {fmt(due)}"
        if cl: s+=f"; day {start.day} does not exist in that month, so last day of month"
        return due,s
    if kind=="age":
        due,feb=birthday(start,n)
        s=f"{n}th birthday of DOB {iso(start)} -> {fmt(due)}"
        if feb: s+="; 29 Feb birthday in a non-leap year taken as 1 March"
        return due,s
    if kind=="agem":
        due,cl=add_months(start,n)
        s=f"age {n//12} years {n%12} months ({n} months) from DOB {iso(start)} -> {fmt(due)}"
        if start.month==2 and start.day==29: s+="; 29 Feb DOB, target month has that day so no adjustment"
        if cl: s+=f"; day {start.day} does not exist in that month, so last day of month"
        return due,s
    raise ValueError(rule)

# ---------- standards phrases (verbatim, >= 6 consecutive words) ----------
P = {
 "contact": "screened for consent and decisions made by what action are required by a Team Leader within 1 working day",
 "referral": "Referrals will be actioned by a social worker within 1 working day",
 "s47seen": "the child / children will be seen by the Social Worker the same day",
 "s47disc": "Within 5 days of the Section 47 being initiated",
 "alloc": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 "tlreview": "All assessments will be reviewed by the Team Leader within 15 working days",
 "cfa45": "Assessments must all be completed within 45 days",
 "strat": "When a management decision is made that a strategy discussion is required, this must happen within 1 working day",
 "notice": "the Children\u2019s First Response Social Worker and the allocated Neighbourhood Team Social Worker will complete a joint visit",
 "icpc": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 "icpcfam": "The report will be shared with family at least 3 the days prior to conference",
 "icpcchair": "The report will be sent to the child protection chair 3 working days before the conference",
 "advocate": "if they are 12 or over they should be offered an advocate",
 "nextconf": "The child protection chair will set the date of the next conference",
 "cg": "held within 10 days of the conference and is used to put detail on the outline CP plan",
 "cpvisit": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 "cphome": "A statutory CP visit must not be recorded on the child\u2019s file unless the child was seen at home",
 "rcpcpar": "This report must be shared with parents at least 3 days prior to the review conference",
 "rcpcchair": "The report will be available to the conference chair at least 3 days prior to the review conference",
 "plo1": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 "fgc": "Referral should be made within 3 working days of the first PLO meeting",
 "viab": "Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 "plomins": "distributed to parents and their legal representation within 7 days of the meeting",
 "ploreview": "Review PLO meetings with parents to be held every 4-6 weeks",
 "plo12": "A review legal planning meeting will be held at 12 weeks",
 "plo16": "If the case remains in PLO a Legal Gateway meeting will be convened at 16 weeks",
 "cindeplan": "will set the first CIN meeting within 20 days",
 "cintransfer": "When a case transfers from Trafford Childrens First Response the initial CIN meeting must take place within 10 days",
 "cinreview": "CIN review meetings will be held at least every 6 weeks",
 "cinvisit": "A child subject to a CIN plan will be seen at least every 6 weeks",
 "supervision": "monitored through supervision which takes place in line with the supervision policy",
 "lacassess": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 "lacvisit1": "The child will be visited within 1 working day of coming into care or having a change in placement",
 "placemtg": "The placement meeting will be held within 3 working days",
 "placeplan": "an updated copy given to the carers within 5 working days of the placement beginning",
 "familytime": "reviewed at least every 8 week until the plan for permanence is agreed",
 "pack": "The child will be provided with a coming into care pack, children rights leaflet within 3 weeks",
 "legalstatus": "All other professionals involved with the child will be informed of the child\u2019s legal status within 5 working days",
 "iha": "An initial health assessment will be requested and carried out within 20 working days",
 "pep": "A PEP meeting will be arranged within the school within 20 days",
 "lacweekly": "Statutory looked after visits must happen weekly until the first looked after review",
 "lac6": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 "lac12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 "careplan": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 "laciRev": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 "secondrev": "At the point of the second review (if not in proceedings)",
 "pathway": "A pathway plan will be started when the young person is 15 years 6 months",
 "iroreport": "this will be with the IRO 3 days before the review",
 "irocontact": "The IRO will contact the child between reviews to ensure the progress of the plan",
 "informal": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 "formal": "The formal dispute resolution process should be completed from start to finish within 20 working days",
 "adopt6": "If a child under the age of 6 enters PLO or proceedings",
 "shopba": "This needs to take place after the area teams final care planning meeting",
 "adoptvisit": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 "adopt6w": "visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 "llletter": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter",
 "ao10": "Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
 "annexa": "The Social Worker will complete the Annex A suitability report for Court",
 "fcvisit": "Trafford foster carers are visited at least once every six weeks",
 "fcrecord": "a record of this visit is recorded on LCS within 3 working days",
 "unannounced": "All Trafford foster carers will have an unannounced visit at least once every 12 months",
 "annualrev": "All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
 "checks3": "All foster carers will have updated statutory references, medicals and DBS checks at least every three years",
 "training3": "All Trafford foster carers must update their core training at least every three years",
 "temp16": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 "record3": "any event or contact is recorded within 3 days",
 "summary3m": "A clear and concise case file summary which has been updated within the last 3 months",
 "assess12m": "An up to date assessment (within the last 12 months) on each child",
 "earlyhelp": "Initial decisions will be made about the action required by an Early Help Team Leader",
 "corecgevery": "reviewed at every core group and progress recorded",
}

ROWS=[]
def R(voice,kind,today,q,rule,start=None,std=None,amb=None,held=None):
    assert kind!="none" or rule=="none"
    ROWS.append(dict(voice=voice,kind=kind,today=today,q=q,rule=rule,start=start,std=std,amb=amb,held=held))

# ---------------------------------------------------------------- rows
# R(voice, kind, today, q, rule, start, std, amb=None, held=None)
# choice rows: rule = [(rule, std), (rule, std)], std=None
# ---- duty
R("duty","date","2025-12-19","strat 19/12/25 icpc by?","wd15","2025-12-19","icpc")
R("duty","date","2025-12-24","contact in 24/12 needs TL decision by when","wd1","2025-12-24","contact")
R("duty","date","2026-04-02","ref came in 2/4/26, actioned by?","wd1","2026-04-02","referral")
R("duty","date","2026-05-01","mgmt decision for strat made today, strat by?","wd1","today","strat",
  amb="The S47 section also says a strategy discussion within 24 hours, which would give Sat 2 May 2026 rather than the next working day.")
R("duty","date","2025-12-30","s47 started 30/12/25, 5 day mgr discussion due?","d5","2025-12-30","s47disc")
R("duty","date","2026-05-22","new case thru today 22/05/26, allocate for C&F by?","wd3","2026-05-22","alloc")
R("duty","date","2025-04-14","CFA started 14/4/25 TL review due?","wd15","2025-04-14","tlreview")
R("duty","date","2026-12-21","C&F started 21/12/26 - 45 day deadline?","d45","2026-12-21","cfa45")
R("duty","date","2025-12-24","icpc 24/12/25 - 1st CG by?","d10","2025-12-24","cg")
R("duty","date","2026-12-22","ICPC 05/01/27, SW report to chair by?","wdb3","2027-01-05","icpcchair")
R("duty","date","2026-12-18","PLO letter dated 17/12/26, 1st mtg by?","d10","2026-12-17","plo1")
R("duty","date","2027-03-24","1st PLO mtg 24/3/27 - FGC ref by?","wd3","2027-03-24","fgc")
R("duty","date","2026-12-24","emergency placement 24/12/26, placement mtg by?","wd3","2026-12-24","placemtg")
R("duty","date","2025-12-22","LAC from 22/12/25 - initial LAC review by?","wd20","2025-12-22","laciRev")
R("duty","date","2026-04-01","IHA deadline? became LAC 1/4/26","wd20","2026-04-01","iha")
R("duty","visits","2026-01-05","CP visit last done 22/12/25, next by?","w4","2025-12-22","cpvisit")
R("duty","visits","2026-04-01","cin visit 30/03/26 next?","w6","2026-03-30","cinvisit")
R("duty","visits","2026-09-10","LAC, 1st review not held yet. last visit 8/9/26, next by?","w1","2026-09-08","lacweekly")
R("duty","age","2026-02-10","dob 29/02/20, in PLO - when does she turn 6?","age6","2020-02-29","adopt6")
R("duty","choice","2026-03-03","conf 3/3/26, what's next due?",[("d10","cg"),("d20","cindeplan")],"2026-03-03")
R("duty","none","2026-01-16","RCPC due when? ICPC was 15/1/26","none","2026-01-15","nextconf")
R("duty","date","2025-12-18","IRO informal challenge 18/12/25 - formal dispute if not sorted by?","wd5","2025-12-18","informal")
R("duty","date","2026-01-05","connected carer temp approval from 2/1/26, 16 wks ends?","w16","2026-01-02","temp16")
R("duty","date","2025-08-26","fc visit 25/8/25 - record on LCS by?","wd3","2025-08-25","fcrecord")
R("duty","date","2027-03-27","placed 27/3/27 care plan on system by?","d10","2027-03-27","careplan")
R("duty","date","2025-07-21","PEP by? LAC 21/7/25","d20","2025-07-21","pep")
R("duty","date","2027-01-01","HV 1/1/27 case note by?","d3","2027-01-01","record3")
# ---- typos
R("typos","date","2026-04-07","whens the icpc due strat was 3.4.26","wd15","2026-04-03","icpc")
R("typos","date","2026-12-29","core grp deadline? conf was 28th dec","d10","2026-12-28","cg")
R("typos","date","2026-04-08","hi wen does the asesment have to be done by its 45 days from 3rd april","d45","2026-04-03","cfa45")
R("typos","date","2025-12-23","plo minits need sending by wen mtg was 22/12","d7","2025-12-22","plomins")
R("typos","date","2026-05-01","viabilty referal deadline intial plo meeting was 1.5.26","wd3","2026-05-01","viab")
R("typos","date","2026-05-26","child came into care yesterday when do i need to visit","wd1","yesterday","lacvisit1")
R("typos","date","2027-01-04","placment started 2/1/27 when do carers need updated placment plan","wd5","2027-01-02","placeplan",
  amb="Some would treat a placement that began on a Saturday as beginning on the next working day, which would move the count by one working day.")
R("typos","date","2026-12-21","coming into care pack by wen? came in 20.12.26","w3","2026-12-20","pack")
R("typos","date","2027-03-30","tell other profs legal status by when - lac since 29/3/27","wd5","2027-03-29","legalstatus")
R("typos","date","2025-12-29","first cin mtg after deplan, conf was 23rd dec 25","d20","2025-12-23","cindeplan")
R("typos","date","2025-12-19","transfer from cfr on 18.12.25 inital cin meeting by","d10","2025-12-18","cintransfer")
R("typos","date","2025-12-22","report to iro for lac reveiw on 5/1/26 when by","db3","2026-01-05","iroreport")
R("typos","date","2026-03-30","family need rcpc report by wen, conf is 6th april 26","db3","2026-04-06","rcpcpar")
R("typos","visits","2026-05-05","cp visit was last thurs when next","w4","last-thu","cpvisit")
R("typos","visits","2026-06-03","last cin revew 2.6.26 next one by","w6","2026-06-02","cinreview")
R("typos","visits","2025-12-22","foster carers last seen 19/12/25 next supervising visit due","w6","2025-12-19","fcvisit")
R("typos","visits","2026-09-02","adoptive placment, first lac reveiw done, last visit 1/9/26 next?","w6","2026-09-01","adopt6w")
R("typos","age","2026-03-02","dob 14/07/14 when is he 12 for the advocate thing","age12","2014-07-14","advocate")
R("typos","age","2026-01-12","when dose pathway plan start dob 03/10/10","agem186","2010-10-03","pathway")
R("typos","choice","2027-03-24","assesment started 24/3/27 when due",[("wd15","tlreview"),("d45","cfa45")],"2027-03-24")
R("typos","none","2026-02-02","how often supervison for cin case?","none",None,"supervision")
R("typos","date","2026-11-03","fostering dbs checks due again when, last done 31/1/24","m36","2024-01-31","checks3")
R("typos","date","2025-12-24","s47 on 24/12/25 child seen by wen","same","2025-12-24","s47seen")
R("typos","date","2025-12-31","unplanned admision 30/12/25 assesment by?","wd20","2025-12-30","lacassess")
R("typos","date","2026-03-23","formal dispute started 23/3/26 finish by","wd20","2026-03-23","formal")
R("typos","date","2026-12-01","adopters want to apply for order, placed 20/10/26 when can they","w10","2026-10-20","ao10")
R("typos","date","2026-12-23","conf report to chair before icpc 4/1/27 wen","wdb3","2027-01-04","icpcchair")
# ---- scenario
R("scenario","date","2025-12-23","Strategy discussion was held on 22/12/2025 for a 7 year old (DOB 02/03/2018) after a disclosure at school on 19/12. Threshold met for ICPC. What's the latest date for the conference?","wd15","2025-12-22","icpc")
R("scenario","date","2026-05-12","Mum signed for the PLO letter on 12/05/26 but the letter itself is dated 08/05/26. Legal Gateway was 30/04. When must the first PLO meeting be held?","d10","2026-05-08","plo1")
R("scenario","date","2026-08-28","Child came into care as an emergency on 28/08/2026, the Friday before the bank holiday. Last C&F assessment was done back in 2024. When is the assessment due?","wd20","2026-08-28","lacassess")
R("scenario","date","2026-04-10","ICPC on 9 April 2026, child made subject to a plan. Previous CIN meeting was 20/03/26. When's the first core group deadline?","d10","2026-04-09","cg")
R("scenario","date","2027-12-23","Baby Wobblebottom placed with foster carers today 23 Dec 2027 after discharge from hospital (born 15/12). When does the placement meeting need to be?","wd3","today","placemtg")
R("scenario","date","2027-05-28","We had the first PLO meeting yesterday. Dad named the paternal grandparents as possible carers. When does the viability request need to go to Family Placement?","wd3","yesterday","viab")
R("scenario","date","2027-03-31","S47 started on 31/03/2027 after a police referral, strat held the same day and child seen. When should the progress discussion with my manager happen?","d5","2027-03-31","s47disc")
R("scenario","date","2025-08-27","IRO raised an informal challenge about drift on 20/08/2025. Still not resolved. From when does it become a formal dispute?","wd5","2025-08-20","informal")
R("scenario","date","2026-04-27","Case transferred to our neighbourhood team at CIN from CFR on 24/04/2026. Child's birthday is 30/04. When's the initial CIN meeting due?","d10","2026-04-24","cintransfer")
R("scenario","date","2026-12-18","Child de-planned at the RCPC on 17/12/2026 (ICPC was 20/06/26). When's the first CIN meeting due?","d20","2026-12-17","cindeplan")
R("scenario","date","2026-04-07","Sibling group of three came into care on 06/04/2026 (Easter Monday). Oldest is 9. By when do the initial health assessments have to be done?","wd20","2026-04-06","iha")
R("scenario","date","2027-01-04","I did a supervising visit to foster carers on 23/12/2026, now back at work 4/1. When should the record have been on LCS?","wd3","2026-12-23","fcrecord")
R("scenario","date","2027-04-01","Introductions started 15/03/2027 and the child moved in with the adopters on 26/03/2027. From when can the adopters apply for the adoption order?","w10","2027-03-26","ao10")
R("scenario","date","2026-04-20","RCPC is on 05/05/2026; last conference was 03/02/2026. When must the plan update report be shared with parents?","db3","2026-05-05","rcpcpar")
R("scenario","date","2025-12-29","ICPC set for 06/01/2026. Strat was back on 12/12/2025. By when does the report need to be shared with the family?","db3","2026-01-06","icpcfam",
  amb="The standard's wording is 'at least 3 the days prior', read here as 3 calendar days; a reader could take it as 3 working days (31/12/2025).")
R("scenario","visits","2026-04-13","CP plan since 02/03/26. Last statutory visit at home was 27/03/26, and I also saw her at school on 10/04. When is the next statutory visit due?","w4","2026-03-27","cpvisit")
R("scenario","visits","2026-01-20","Child in care since 01/12/2025, first LAC review held 22/12/2025, permanence plan not finalised. Last visit 14/01/2026. Next visit by?","w6","2026-01-14","lac6")
R("scenario","visits","2026-12-01","Family time arrangements last reviewed 27/11/2026 and permanence plan not agreed yet. When's the next review of family time?","w8","2026-11-27","familytime")
R("scenario","visits","2025-12-19","Young person has been in her permanent placement since March 2024 and is settled. Last visit 18/12/2025. When is the next statutory visit due?","w12","2025-12-18","lac12")
R("scenario","age","2026-09-01","Young person DOB 31/08/2011 came into care last year. When does the pathway plan need to be started?","agem186","2011-08-31","pathway")
R("scenario","age","2026-12-10","Proceedings issued 10/12/2026 for a boy DOB 16/01/2021. Mum's new baby is due in May. When does he turn 6?","age6","2021-01-16","adopt6")
R("scenario","choice","2026-03-31","Placement started 31/03/2026 with an in-house carer. What's the deadline for the plan?",[("wd5","placeplan"),("d10","careplan")],"2026-03-31")
R("scenario","none","2026-02-11","Child in care since January, first LAC review held 10/02/2026. When is the second review due?","none","2026-02-10","secondrev")
R("scenario","date","2026-01-05","Connected carer temporary approval started 15/09/2025 and panel agreed the 8 week extension. When does the extended approval end?","w24","2025-09-15","temp16",
  amb="Assumes the extension runs on from the end of the 16 weeks (16+8 weeks from the start of approval).")
R("scenario","choice","2026-01-02","ICPC booked for 12/01/2026, referral came in 22/12. When does my report need to go out?",[("wdb3","icpcchair"),("db3","icpcfam")],"2026-01-12")
R("scenario","date","2025-12-18","Formal dispute resolution started 17/12/2025 after the IRO challenge on 08/12. When should it be completed?","wd20","2025-12-17","formal")
R("scenario","date","2026-06-01","Foster carer last did her core training on 29/02/2024. When must she update it?","m36","2024-02-29","training3")
# ---- indirect
R("indirect","date","2026-04-02","The meeting where everyone agrees the protection plan - we had the multi-agency call with police and health on 02/04/2026. Latest date for it?","wd15","2026-04-02","icpc")
R("indirect","date","2026-12-21","The letter that starts pre-proceedings was dated 21/12/2026. When do we have to meet the parents and their solicitors?","d10","2026-12-21","plo1")
R("indirect","date","2026-05-19","After the protection conference on 19/05/2026, by when does the first meeting of the professionals and family working on the plan have to happen?","d10","2026-05-19","cg")
R("indirect","date","2026-05-30","Kid moved to a new foster home today, when do I have to go and see them?","wd1","today","lacvisit1",
  amb="Today is a Saturday; counted as the next working day, but a reader could say the child should be seen the same weekend.")
R("indirect","date","2026-12-15","The health check every child gets when they come into our care - child came in 14/12/2026. By when?","wd20","2026-12-14","iha")
R("indirect","date","2026-07-21","The school meeting about the education plan for a child in our care - came into care 20/07/2026. When by?","d20","2026-07-20","pep")
R("indirect","date","2025-12-30","The first meeting with the independent reviewer after a child comes into care - child came in 29/12/2025. Deadline?","wd20","2025-12-29","laciRev")
R("indirect","date","2027-03-30","How long have I got to get the welcome pack and rights leaflet to a child who came into care on 29/03/2027?","w3","2027-03-29","pack")
R("indirect","date","2026-01-12","We emailed the neighbourhood team on 12/01/2026 to say the CIN case is moving to them. By when do both workers have to go out to the family together?","d5","2026-01-12","notice",
  amb="The standard only says the joint visit happens within the 5 days' notice period; read as 5 calendar days from the email.")
R("indirect","date","2026-12-31","By when do I need to write up the home visit I did on the 30th?","d3","2026-12-30","record3")
R("indirect","date","2025-12-31","Manager agreed today we need to get police and health together about the bruising. By when does that have to happen?","wd1","today","strat",
  amb="The S47 section also says a strategy discussion within 24 hours, which would give 1 January 2026.")
R("indirect","date","2025-05-02","Phone call came into the front door on 02/05/2025 - when does a TL need to have decided what to do with it?","wd1","2025-05-02","contact")
R("indirect","date","2025-12-19","How long after the start of the joint police and social care enquiry (started 19/12/2025) should I sit down with my manager to review how it's going?","d5","2025-12-19","s47disc")
R("indirect","date","2026-05-22","After today's first meeting with parents and lawyers (22/05/2026), when does the referral for the family meeting about who could care for the baby have to go?","wd3","2026-05-22","fgc")
R("indirect","date","2026-08-28","The notes from the meeting with parents and solicitors on 28/08/2026 - when do they have to go out?","d7","2026-08-28","plomins")
R("indirect","date","2026-01-05","The check-in with our solicitor at the three-month point of pre-proceedings - letter went out 05/01/2026. When's that?","w12","2026-01-05","plo12",
  amb="The standard does not say what the 12 weeks run from; counted here from the PLO letter, a reader could count from the first PLO meeting.")
R("indirect","date","2026-01-05","If the family is still in pre-proceedings, when is the big meeting with the strategic lead about going to court? Letter went out 05/01/2026.","w16","2026-01-05","plo16",
  amb="The standard does not say what the 16 weeks run from; counted here from the PLO letter, a reader could count from the first PLO meeting.")
R("indirect","date","2027-03-22","The person who chairs the looked after review needs my report before it - review is 29/03/2027. When by?","db3","2027-03-29","iroreport")
R("indirect","visits","2027-01-04","How often do I have to see a kid on a protection plan? Last saw her at home 24/12/2026.","w4","2026-12-24","cpvisit")
R("indirect","visits","2025-04-22","Child on an 'in need' plan, last seen at home 17/04/2025. When's the next one?","w6","2025-04-17","cinvisit")
R("indirect","visits","2026-05-01","The surprise visit to our foster carers - last one was 02/06/2025. When's the next one needed?","m12","2025-06-02","unannounced")
R("indirect","visits","2025-10-07","The catch-up meetings with parents during pre-proceedings to check progress - last one 06/10/2025. Next one by?","w6","2025-10-06","ploreview",
  amb="The standard says every 4-6 weeks; due is the 6 week outer limit (4 weeks would be 2025-11-03).")
R("indirect","age","2025-11-01","From what date is a child old enough that we should offer them someone to help them have their say at the protection conference? DOB 25/12/2013.","age12","2013-12-25","advocate")
R("indirect","choice","2025-12-19","After the pre-proceedings meeting with parents on 19/12/2025, what's the next thing due?",[("wd3","fgc"),("d7","plomins")],"2025-12-19")
R("indirect","none","2026-03-11","When is the meeting with the decision maker about whether the child should be adopted due? Final care planning meeting was 10/03/2026.","none","2026-03-10","shopba")
R("indirect","date","2025-12-15","When does the emergency fostering approval for grandma run out? It was given 12/12/2025.","w16","2025-12-12","temp16")
R("indirect","none","2026-06-10","How often does the independent person who chairs the reviews have to check in with the child between reviews?","none",None,"irocontact")
# ---- newstarter
R("newstarter","date","2027-03-26","Hi, sorry if this is a silly question, I've just started. The strategy discussion (the multi-agency meeting?) was today, 26/03/2027. When does the Initial Child Protection Conference need to be held by?","wd15","2027-03-26","icpc")
R("newstarter","date","2026-12-24","Hello! I'm new to the front door. A contact came in on Christmas Eve (24/12/2026) - when does the Team Leader need to have made a decision?","wd1","2026-12-24","contact")
R("newstarter","date","2025-08-20","Could you tell me when a Child and Family Assessment has to be completed if it started on 15/08/2025?","d45","2025-08-15","cfa45")
R("newstarter","date","2026-12-18","When does my team leader need to review my Child and Family Assessment? I started it on 18/12/2026.","wd15","2026-12-18","tlreview")
R("newstarter","date","2025-12-24","Our first PLO meeting was on 24/12/2025 and an aunt was identified as a possible carer. When should the viability assessment request go to the Family Placement Team?","wd3","2025-12-24","viab")
R("newstarter","date","2026-04-02","Please could you help? A child I'm working with came into care on 02/04/2026. When should the placement meeting be held?","wd3","2026-04-02","placemtg")
R("newstarter","date","2025-12-23","When does the care plan need to be recorded on the system? The child was placed on 23/12/2025.","d10","2025-12-23","careplan")
R("newstarter","date","2027-03-18","When must the first Looked After Review take place? The child became looked after on 18/03/2027.","wd20","2027-03-18","laciRev")
R("newstarter","date","2026-12-31","Sorry, what's the deadline for telling the other professionals about a child's legal status? She became looked after on 31/12/2026.","wd5","2026-12-31","legalstatus")
R("newstarter","date","2026-05-22","Hi, the Initial Child Protection Conference was on 22/05/2026 - by when should the first core group be held?","d10","2026-05-22","cg")
R("newstarter","date","2027-12-24","Hi, my Team Leader decided this morning that a strategy discussion is needed. When does it have to happen by?","wd1","today","strat",
  amb="The S47 section also says a strategy discussion within 24 hours, which would give Sat 25 Dec 2027.")
R("newstarter","date","2025-12-22","Could you tell me when the report for the Review Child Protection Conference needs to be with the chair? The conference is on 02/01/2026.","db3","2026-01-02","rcpcchair")
R("newstarter","date","2026-04-03","Sorry to bother you, I'm covering today (Good Friday) and a referral has come in. When does it need to be actioned by a social worker?","wd1","today","referral")
R("newstarter","date","2026-05-29","Hi, I'm new to fostering. I visited a foster carer on 29/05/2026 - when should the visit record be on LCS?","wd3","2026-05-29","fcrecord")
R("newstarter","date","2026-08-24","The Section 47 enquiry began on 24/08/2026. When should I discuss how it's going with my manager?","d5","2026-08-24","s47disc")
R("newstarter","choice","2026-04-02","Hello, a strategy discussion took place today (02/04/2026) and a Section 47 enquiry has started. What is the next deadline I need to meet?",[("d5","s47disc"),("wd15","icpc")],"2026-04-02")
R("newstarter","date","2026-04-01","The IRO raised an informal challenge on 01/04/2026. If it isn't resolved, when would it become a formal dispute?","wd5","2026-04-01","informal")
R("newstarter","visits","2026-12-29","I'm new to Children in Care. A child came into care three weeks ago and the first review hasn't happened yet. I visited on 28/12/2026. When is my next visit due?","w1","2026-12-28","lacweekly")
R("newstarter","visits","2026-12-23","Please could you tell me how often I should visit a child on a Child in Need plan? My last visit was 23/12/2026.","w6","2026-12-23","cinvisit")
R("newstarter","visits","2027-08-16","When should the next Child in Need review meeting be? The last one was on 13/08/2027.","w6","2027-08-13","cinreview")
R("newstarter","visits","2027-04-08","I'm a supervising social worker. My last visit to a foster carer was 07/04/2027 - when is the next one due?","w6","2027-04-07","fcvisit")
R("newstarter","age","2026-05-05","When should a pathway plan be started for a young person born on 29/02/2012?","agem186","2012-02-29","pathway")
R("newstarter","age","2025-10-06","A child born on 01/03/2014 is subject to S47. When will they be 12, for offering an advocate at conference?","age12","2014-03-01","advocate")
R("newstarter","choice","2026-08-24","Hello, I visited our foster carers today, 24/08/2026. What do I need to do next and by when?",[("wd3","fcrecord"),("w6","fcvisit")],"2026-08-24")
R("newstarter","none","2026-02-16","Sorry, how often should core group meetings be held after the first one?","none",None,"corecgevery")
R("newstarter","none","2026-09-09","How long do I have to complete the Later Life Letter for a child placed for adoption?","none",None,"llletter")
R("newstarter","date","2025-04-10","Could you tell me the deadline for giving a child the coming into care pack? The child came into care on 10/04/2025.","w3","2025-04-10","pack")
# ---- manager
R("manager","date","2026-01-26","ICPC was held 20/01/26, strat 02/01/26, was that in timescale?","wd15","2026-01-02","icpc",held="2026-01-20")
R("manager","date","2026-01-20","Audit: strat 17/12/2025, ICPC 12/01/2026 - compliant?","wd15","2025-12-17","icpc",held="2026-01-12")
R("manager","date","2027-01-08","First core group held 05/01/2027 after ICPC on 22/12/2026. In timescale?","d10","2026-12-22","cg",held="2027-01-05")
R("manager","date","2026-04-20","PLO letter dated 01/04/2026, first meeting 14/04/2026 - within standard?","d10","2026-04-01","plo1",held="2026-04-14")
R("manager","date","2026-01-22","Child became LAC 19/12/2025, initial LAC review 16/01/2026 - in time?","wd20","2025-12-19","laciRev",held="2026-01-16")
R("manager","date","2027-04-26","IHA for a child LAC from 20/03/2027 was done 20/04/2027 - compliant?","wd20","2027-03-20","iha",held="2027-04-20")
R("manager","date","2026-01-26","Assessment started 01/12/2025 and authorised 20/01/2026, within 45 days?","d45","2025-12-01","cfa45",held="2026-01-20")
R("manager","date","2027-02-01","PEP meeting held 25/01/2027; child came into care 31/12/2026. Compliant?","d20","2026-12-31","pep",held="2027-01-25")
R("manager","date","2026-04-07","ICPC is tomorrow - when should the report have gone to the chair?","wdb3","tomorrow","icpcchair")
R("manager","date","2027-01-04","strat decision made 24/12/2026, strat held 29/12/2026 - within standard?","wd1","2026-12-24","strat",held="2026-12-29",
  amb="The S47 section also says a strategy discussion within 24 hours, which would make it late.")
R("manager","date","2026-01-05","Contact received 31/12/2025, TL decision recorded 02/01/2026 - ok?","wd1","2025-12-31","contact",held="2026-01-02")
R("manager","date","2025-04-28","Referral came in 18/04/2025 (Good Friday), actioned 22/04/2025. In timescale?","wd1","2025-04-18","referral",held="2025-04-22")
R("manager","date","2026-06-01","TL review of C&F assessment: started 01/05/2026, reviewed 22/05/2026. Within 15 WD?","wd15","2026-05-01","tlreview",held="2026-05-22")
R("manager","date","2027-01-11","Formal dispute raised 01/12/2026, resolved 05/01/2027 - did it meet the standard?","wd20","2026-12-01","formal",held="2027-01-05")
R("manager","date","2026-01-05","Minutes from PLO meeting 18/12/2025 sent out 29/12/2025. OK?","d7","2025-12-18","plomins",held="2025-12-29")
R("manager","date","2026-01-05","CFR notified the neighbourhood team 16/12/2025, joint visit done 22/12/2025 - within the notice period?","d5","2025-12-16","notice",held="2025-12-22",
  amb="The standard only says the joint visit is within the 5 days' notice period; read as 5 calendar days from notification.")
R("manager","date","2026-04-13","Visit record for carer visit 02/04/2026 uploaded 09/04/2026 - within timescale?","wd3","2026-04-02","fcrecord",held="2026-04-09")
R("manager","visits","2026-02-20","Fostering audit today: last unannounced visit for the carers was 14/02/2025 - overdue?","m12","2025-02-14","unannounced")
R("manager","date","2025-07-01","Annual review for carers last done 30/06/2025, when's the next one due?","m12","2025-06-30","annualrev")
R("manager","date","2025-12-01","Case summary last updated 30/11/2025 - when does it go out of date for audit?","m3","2025-11-30","summary3m")
R("manager","date","2025-01-20","Assessment on the child authorised 29/02/2024 - when does it fall outside the 12 months?","m12","2024-02-29","assess12m")
R("manager","visits","2026-02-09","CP visits audit: visits on 05/01/2026 and 06/02/2026 - gap compliant?","w4","2026-01-05","cpvisit",held="2026-02-06")
R("manager","visits","2026-07-07","Adoption: child placed with adopters 01/07/2026, first LAC review not yet held; last visit 06/07/2026. Next visit by?","w1","2026-07-06","adoptvisit")
R("manager","age","2026-05-11","Tracking pathway plans: YP DOB 15/10/2010 - pathway plan should have started by?","agem186","2010-10-15","pathway")
R("manager","choice","2027-01-11","Audit: child came into care 30/12/2026. When was the first meeting due?",[("wd3","placemtg"),("wd20","laciRev")],"2026-12-30")
R("manager","none","2027-06-14","Audit: what's our timescale for filing the Annex A report after the adoptive placement starts?","none",None,"annexa")
R("manager","none","2026-03-04","Early help contact came in 03/03/2026 - what's the deadline for the EH TL decision?","none","2026-03-03","earlyhelp")

# ---------------------------------------------------------------- build + check
def build():
    out=[]
    for r in ROWS:
        today=D.fromisoformat(r["today"])
        row={"q":r["q"],"today":r["today"]}
        if r["kind"]=="none":
            row["due"]=None
            row["expect_any"]=[P[r["std"]]]
            row["count"]="none: the standards set no timescale for this"
        elif r["kind"]=="choice":
            start=resolve(r["start"],today)
            res=[(compute(rl,start),std) for rl,std in r["rule"]]
            res.sort(key=lambda x:x[0][0])
            row["due"]=iso(res[0][0][0])
            row["expect_any"]=[P[s] for _,s in res]
            row["count"]="choice: "+" | ".join(f"{s}: {c}" for (_,c),s in res)+f"; due = earlier ({iso(res[0][0][0])})"
        else:
            start=resolve(r["start"],today)
            due,c=compute(r["rule"],start)
            if r["start"] in("today","yesterday","tomorrow") or str(r["start"]).startswith("last-"):
                c=f"'{r['start']}' relative to {fmt(today)} = {iso(start)}; "+c
            if r["held"]:
                h=D.fromisoformat(r["held"])
                c+=f"; held {fmt(h)} -> {'within timescale' if h<=due else 'late by %d day(s)'%(h-due).days}"
            row["due"]=iso(due); row["expect_any"]=[P[r["std"]]]; row["count"]=c
        row["voice"]=r["voice"]; row["kind"]=r["kind"]
        if r["amb"]: row["ambiguous"]=r["amb"]
        out.append(row)
    return out

def check(rows):
    src=open(SRC,encoding="utf-8").read()
    bad=0
    for i,r in enumerate(rows):
        for ph in r["expect_any"]:
            if ph not in src: print("PHRASE NOT FOUND row",i,ph); bad+=1
            if len(ph.split())<6: print("PHRASE TOO SHORT",i,ph); bad+=1
        assert r["voice"] in {"duty","typos","scenario","indirect","newstarter","manager"}
        assert r["kind"] in {"date","visits","age","choice","none"}
        D.fromisoformat(r["today"])
        if r["kind"]=="none": assert r["due"] is None
        else: D.fromisoformat(r["due"])
        if r["kind"]=="choice": assert len(r["expect_any"])>=2
    qs=Counter(r["q"] for r in rows); dup=[q for q,n in qs.items() if n>1]
    if dup: print("DUP",dup); bad+=1
    print("rows",len(rows)); print("kinds",Counter(r["kind"] for r in rows)); print("voices",Counter(r["voice"] for r in rows))
    print("years",Counter(r["today"][:4] for r in rows)); print("ambiguous",sum(1 for r in rows if "ambiguous" in r))
    print("standards used",len({x for r in ROWS for x in ([r['std']] if r['std'] else [s for _,s in r['rule']])}),"of",len(P))
    return bad

if __name__=="__main__":
    rows=build()
    path=os.path.join(HERE,"questions.jsonl")
    with open(path,"w",encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r,ensure_ascii=False)+"\n")
    # re-read and verify every line parses and matches the oracle
    back=[json.loads(l) for l in open(path,encoding="utf-8")]
    assert back==rows
    sys.exit(1 if check(back) else 0)
