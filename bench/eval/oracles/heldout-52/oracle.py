#!/usr/bin/env python3
"""Oracle for the held-out deadline question set. Standard library only.
Run: python3 oracle.py  -> writes questions.jsonl and runs checks."""
import datetime as dt, json, re, sys, os

D = dt.date
# England & Wales bank holidays 2024-2028, typed by hand (substitute days included)
BANK_HOLIDAYS = {
    D(2024,1,1): "New Year's Day", D(2024,3,29): "Good Friday", D(2024,4,1): "Easter Monday",
    D(2024,5,6): "Early May", D(2024,5,27): "Spring", D(2024,8,26): "Summer",
    D(2024,12,25): "Christmas Day", D(2024,12,26): "Boxing Day",
    D(2025,1,1): "New Year's Day", D(2025,4,18): "Good Friday", D(2025,4,21): "Easter Monday",
    D(2025,5,5): "Early May", D(2025,5,26): "Spring", D(2025,8,25): "Summer",
    D(2025,12,25): "Christmas Day", D(2025,12,26): "Boxing Day",
    D(2026,1,1): "New Year's Day", D(2026,4,3): "Good Friday", D(2026,4,6): "Easter Monday",
    D(2026,5,4): "Early May", D(2026,5,25): "Spring", D(2026,8,31): "Summer",
    D(2026,12,25): "Christmas Day", D(2026,12,28): "Boxing Day (substitute)",
    D(2027,1,1): "New Year's Day", D(2027,3,26): "Good Friday", D(2027,3,29): "Easter Monday",
    D(2027,5,3): "Early May", D(2027,5,31): "Spring", D(2027,8,30): "Summer",
    D(2027,12,27): "Christmas Day (substitute)", D(2027,12,28): "Boxing Day (substitute)",
    D(2028,1,3): "New Year's Day (substitute)", D(2028,4,14): "Good Friday", D(2028,4,17): "Easter Monday",
    D(2028,5,1): "Early May", D(2028,5,29): "Spring", D(2028,8,28): "Summer",
    D(2028,12,25): "Christmas Day", D(2028,12,26): "Boxing Day",
}

def _selfcheck_holidays():
    """Cross-check the typed list against the rules (Easter by the anonymous Gregorian algorithm)."""
    def easter(y):
        a=y%19; b=y//100; c=y%100; d=b//4; e=b%4; f=(b+8)//25; g=(b-f+1)//3
        h=(19*a+b-d-g+15)%30; i=c//4; k=c%4; l=(32+2*e+2*i-h-k)%7; m=(a+11*h+22*l)//451
        mo=(h+l-7*m+114)//31; da=(h+l-7*m+114)%31+1
        return D(y,mo,da)
    def first_mon(y,m):
        d=D(y,m,1)
        while d.weekday()!=0: d+=dt.timedelta(1)
        return d
    def last_mon(y,m):
        d=D(y,m+1,1)-dt.timedelta(1)
        while d.weekday()!=0: d-=dt.timedelta(1)
        return d
    calc=set()
    for y in range(2024,2029):
        nyd=D(y,1,1)
        while nyd.weekday()>=5: nyd+=dt.timedelta(1)
        calc.add(nyd)
        e=easter(y); calc.add(e-dt.timedelta(2)); calc.add(e+dt.timedelta(1))
        calc.add(first_mon(y,5)); calc.add(last_mon(y,5)); calc.add(last_mon(y,8))
        xm=D(y,12,25); bx=D(y,12,26)
        taken=set()
        for d0 in (xm,bx):
            d=d0
            while d.weekday()>=5 or d in taken: d+=dt.timedelta(1)
            taken.add(d)
        calc|=taken
    assert calc==set(BANK_HOLIDAYS), (sorted(calc^set(BANK_HOLIDAYS)))

WD=["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]
def iso(d): return d.isoformat()
def lab(d): return f"{iso(d)} ({WD[d.weekday()]})"
def is_wd(d): return d.weekday()<5 and d not in BANK_HOLIDAYS

def add_months(d,n):
    y=d.year+(d.month-1+n)//12; m=(d.month-1+n)%12+1
    nd=D(y,m%12+1,1)-dt.timedelta(1) if m<12 else D(y,12,31)
    return D(y,m,min(d.day,nd.day))

def skipped_note(a,b):
    lo,hi=min(a,b),max(a,b)
    hs=[x for x in sorted(BANK_HOLIDAYS) if lo<x<=hi or (lo<=x<hi)]
    hs=[x for x in hs if x!=a]
    return ("; skips bank holidays "+", ".join(iso(x) for x in hs)) if hs else ""

def compute(spec):
    """Return (due_date, count_text)."""
    k=spec[0]
    if k=="wd":
        _,s,n=spec; d=s; c=0
        while c<n:
            d+=dt.timedelta(1)
            if is_wd(d): c+=1
        note=""
        if not is_wd(s): note=f"; start day is {'a bank holiday' if s in BANK_HOLIDAYS else 'a weekend'}, counted from it"
        return d, f"{n} working day{'s' if n>1 else ''} after {lab(s)} -> {lab(d)}{skipped_note(s,d)}{note}"
    if k=="wdb":
        _,s,n=spec; d=s; c=0
        while c<n:
            d-=dt.timedelta(1)
            if is_wd(d): c+=1
        return d, f"{n} working days before {lab(s)} -> {lab(d)}{skipped_note(d,s)}"
    if k=="d":
        _,s,n=spec; d=s+dt.timedelta(n)
        h=f"; due date is a bank holiday ({BANK_HOLIDAYS[d]})" if d in BANK_HOLIDAYS else ("; due date is a weekend" if d.weekday()>=5 else "")
        return d, f"{n} calendar days after {lab(s)} -> {lab(d)}{h}"
    if k=="db":
        _,s,n=spec; d=s-dt.timedelta(n)
        h=f"; that day is a bank holiday ({BANK_HOLIDAYS[d]})" if d in BANK_HOLIDAYS else ("; that day is a weekend" if d.weekday()>=5 else "")
        return d, f"{n} calendar days before {lab(s)} -> {lab(d)}{h}"
    if k=="w":
        _,s,n=spec; d=s+dt.timedelta(7*n)
        h=f"; due date is a bank holiday ({BANK_HOLIDAYS[d]})" if d in BANK_HOLIDAYS else ""
        return d, f"{n} week{'s' if n>1 else ''} ({7*n} days) after {lab(s)} -> {lab(d)}{h}"
    if k=="m":
        _,s,n=spec; d=add_months(s,n)
        cl=" (day clamped to month end)" if d.day!=s.day else ""
        return d, f"{n} months after {lab(s)} -> {lab(d)}{cl}"
    if k=="same":
        _,s=spec; return s, f"same day as {lab(s)}"
    if k=="age":
        _,dob,y,m=spec
        if m==0 and dob.month==2 and dob.day==29:
            try: d=D(dob.year+y,2,29); txt=f"{y}th birthday of DOB {iso(dob)} -> {lab(d)} (leap year)"
            except ValueError: d=D(dob.year+y,3,1); txt=f"{y}th birthday of DOB {iso(dob)}: 29 Feb birthday, non-leap year, so 1 March -> {lab(d)}"
            return d, txt
        d=add_months(dob,12*y+m)
        cl=" (no such day, clamped to month end)" if d.day!=dob.day else ""
        return d, f"DOB {iso(dob)} + {y} years{(' '+str(m)+' months') if m else ''} -> {lab(d)}{cl}"
    raise ValueError(spec)

def resolve(x,today):
    if isinstance(x,D): return x
    if x.startswith("rel:"):
        r=x[4:]
        if r=="today": return today
        if r=="yesterday": return today-dt.timedelta(1)
        if r=="tomorrow": return today+dt.timedelta(1)
        if r.startswith("last "):
            w=WD.index(r[5:8]); d=today-dt.timedelta(1)
            while d.weekday()!=w: d-=dt.timedelta(1)
            return d
        raise ValueError(x)
    return D.fromisoformat(x)

def P(s): return D.fromisoformat(s)

# ---------- verbatim phrases from the standards ----------
PH = dict(
 FD="decisions made by what action are required by a Team Leader within 1 working day",
 INIT="Initial decisions will be made about the action required within 1 working day",
 REF="Referrals will be actioned by a social worker within 1 working day",
 SEEN_S47="the child / children will be seen by the Social Worker the same day",
 S47_5="Within 5 days of the Section 47 being initiated",
 ALLOC="allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 TLREV="All assessments will be reviewed by the Team Leader within 15 working days",
 A45="Assessments must all be completed within 45 days",
 STRAT1="this must happen within 1 working day and should be chaired by a social work manager",
 NOTICE="notify the Neighbourhood Team via email, giving at least 5 days’ notice",
 ICPC="Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 FAM3="The report will be shared with family at least 3 the days prior to conference",
 CHAIR3="The report will be sent to the child protection chair 3 working days before the conference",
 CG="held within 10 days of the conference",
 CPV="Visits to a child subject to a CP plan will take place at least every 4 weeks",
 RCPC_P="This report must be shared with parents at least 3 days prior to the review conference",
 RCPC_C="The report will be available to the conference chair at least 3 days prior to the review conference",
 PLO1="The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 FGC="Referral should be made within 3 working days of the first PLO meeting",
 VIA="Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 MIN="distributed to parents and their legal representation within 7 days of the meeting",
 RPLO="Review PLO meetings with parents to be held every 4-6 weeks",
 RLPM="A review legal planning meeting will be held at 12 weeks",
 LG16="a Legal Gateway meeting will be convened at 16 weeks",
 CIN20="will set the first CIN meeting within 20 days",
 CIN10="When a case transfers from Trafford Childrens First Response the initial CIN meeting must take place within 10 days",
 CINR="CIN review meetings will be held at least every 6 weeks",
 CINV="A child subject to a CIN plan will be seen at least every 6 weeks",
 EMERG="If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 VIS1="The child will be visited within 1 working day of coming into care or having a change in placement",
 SEEN1="All looked after children will be seen within 1 working day of placement",
 PM3="The placement meeting will be held within 3 working days",
 PP5="an updated copy given to the carers within 5 working days of the placement beginning",
 FT8="reviewed at least every 8 week until the plan for permanence is agreed",
 PACK="The child will be provided with a coming into care pack, children rights leaflet within 3 weeks",
 LEGAL5="informed of the child’s legal status within 5 working days",
 IHA="An initial health assessment will be requested and carried out within 20 working days",
 PEP="A PEP meeting will be arranged within the school within 20 days",
 WEEKLY="Statutory looked after visits must happen weekly until the first looked after review",
 SIX="then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 TWELVE="Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 CP10="An up to date care plan will be recorded on the electronic system within 10 days of placement",
 LAC20="The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 PATH="A pathway plan will be started when the young person is 15 years 6 months",
 IRO3="this will be with the IRO 3 days before the review",
 CH5="If the challenge is not resolved within 5 working days a formal dispute will be raised",
 DR20="The formal dispute resolution process should be completed from start to finish within 20 working days",
 AD6="If a child under the age of 6 enters PLO or proceedings",
 ADW="Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 AD6W="visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 AO10="Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
 FCV="Trafford foster carers are visited at least once every six weeks",
 FCR="a record of this visit is recorded on LCS within 3 working days",
 UNANN="will have an unannounced visit at least once every 12 months",
 ANN="All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
 DBS="updated statutory references, medicals and DBS checks at least every three years",
 TRAIN="must update their core training at least every three years",
 VAR="This can only be given for up to 6 working days",
 TEMP="Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 REC="any event or contact is recorded within 3 days",
 SUMM="case file summary which has been updated within the last 3 months",
 ADV12="if they are 12 or over they should be offered an advocate",
 PTT="when they have been subject to a plan for 12 months",
 PANEL3="will have an annual review presented to the Fostering Panel at least every three years",
 # nearest sentences for 'none' rows (no timescale set)
 N_RCPC="The child protection chair will set the date of the next conference",
 N_CG="reviewed at every core group and progress recorded",
 N_STRATREC="the plan for the enquiries and decisions recorded and a record sent to all participating professionals",
 N_IRO="The IRO will contact the child between reviews to ensure the progress of the plan",
 N_SUP="monitored through supervision which takes place in line with the supervision policy",
 N_LAC2="At the point of the second review (if not in proceedings) the child must have a permanency plan",
 N_LIFE="The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
 N_SHOPBA="This needs to take place after the area teams final care planning meeting",
 N_CINMIN="Everyone involved in the CIN meeting will receive a copy of the updated CIN plan",
)

ROWS=[]
def R(voice,kind,q,today,spec,phr,amb=None):
    ROWS.append(dict(voice=voice,kind=kind,q=q,today=today,spec=spec,phr=phr,amb=amb))

# ---------- row definitions ----------
def add_rows(R):
    # ---------------- duty ----------------
    v="duty"
    R(v,"date","strat 19/12/25 icpc by?","2025-12-19",("wd","2025-12-19",15),["ICPC"])
    R(v,"date","s47 started 22/12, mgr discussion due?","2025-12-22",("d","2025-12-22",5),["S47_5"])
    R(v,"date","CFA started 23.12.25 - TL review by when?","2025-12-23",("wd","2025-12-23",15),["TLREV"])
    R(v,"date","icpc 02/04/26 first CG by?","2026-04-02",("d","2026-04-02",10),["CG"])
    R(v,"date","icpc 14/4/26, SW report to chair by?","2026-04-01",("wdb","2026-04-14",3),["CHAIR3"])
    R(v,"date","PLO letter dated 24/12/25, 1st PLO mtg by?","2025-12-24",("d","2025-12-24",10),["PLO1"],
      "The 10th calendar day is Saturday 3 Jan 2026; a reader might bring it forward to Friday 2 Jan.")
    R(v,"date","1st PLO mtg 31/3/26, FGC referral by?","2026-03-31",("wd","2026-03-31",3),["FGC"])
    R(v,"date","PLO mtg yday, minutes out by?","2026-05-01",("d","rel:yesterday",7),["MIN"])
    R(v,"date","LAC from 24/12/26 - IHA deadline?","2026-12-24",("wd","2026-12-24",20),["IHA"])
    R(v,"date","placed 23/12/26 plcmt mtg by?","2026-12-23",("wd","2026-12-23",3),["PM3"])
    R(v,"date","became LAC 01/05/26, initial LAC review by?","2026-05-01",("wd","2026-05-01",20),["LAC20"])
    R(v,"date","emergency adm 22/5/26, CiC assessment by?","2026-05-22",("wd","2026-05-22",20),["EMERG"])
    R(v,"date","plcmt move last fri, visit by?","2026-09-01",("wd","rel:last Fri",1),["VIS1","SEEN1"])
    R(v,"date","contact in 24/12/25 - TL decision by?","2025-12-24",("wd","2025-12-24",1),["FD","INIT"])
    R(v,"date","mgmt decision for strat 02/04/26 4pm, strat by?","2026-04-02",("wd","2026-04-02",1),["STRAT1"])
    R(v,"date","IRO informal challenge 26/03/27, goes formal when?","2027-03-26",("wd","2027-03-26",5),["CH5"])
    R(v,"date","formal dispute started 17/12/27, resolved by?","2027-12-17",("wd","2027-12-17",20),["DR20"])
    R(v,"date","FC supervisory visit 24/12/27, on LCS by?","2027-12-24",("wd","2027-12-24",3),["FCR"])
    R(v,"visits","cp visit 23/12/25 next due?","2025-12-29",("w","2025-12-23",4),["CPV"])
    R(v,"visits","cin visit 19.12.25 nxt by?","2026-01-05",("w","2025-12-19",6),["CINV"])
    R(v,"visits","LAC 1st review done 03/03/27, last stat visit 04/03/27, next?","2027-03-05",("w","2027-03-04",6),["SIX"])
    R(v,"age","dob 31/08/11 pathway plan start?","2026-10-12",("age","2011-08-31",15,6),["PATH"])
    R(v,"choice","conf 20/1/26, report due when?","2026-01-12",[("to family (3 days prior)",("db","2026-01-20",3)),("to CP chair (3 working days)",("wdb","2026-01-20",3))],["FAM3","CHAIR3"])
    R(v,"none","rcpc after icpc 10/2/26 - date due?","2026-02-10","the chair sets the date of the next conference; no interval is stated",["N_RCPC"])
    R(v,"date","s47 ref in 01/05/26 - child seen by?","2026-05-01",("same","2026-05-01"),["SEEN_S47"])
    R(v,"choice","placed 01/05/26 mtg due?","2026-05-01",[("placement meeting",("wd","2026-05-01",3)),("initial LAC review",("wd","2026-05-01",20))],["PM3","LAC20"])
    R(v,"date","CiC 28/05/27 - legal status to profs by?","2027-05-28",("wd","2027-05-28",5),["LEGAL5"])
    # ---------------- typos ----------------
    v="typos"
    R(v,"date","when is the iniital cp conferance due if strat was the 3rd","2026-04-07",("wd","2026-04-03",15),["ICPC"])
    R(v,"date","first core grp when? confrence was 23rd decmber 2026","2026-12-23",("d","2026-12-23",10),["CG"])
    R(v,"date","plo leter went out 1st may 2026 wen is 1st meeting","2026-05-01",("d","2026-05-01",10),["PLO1"])
    R(v,"date","viabilty assesment request deadline?? initial plo meetin was 28/05/27","2027-05-28",("wd","2027-05-28",3),["VIA"])
    R(v,"date","cin mtg after transfer frm cfr, transfered 22.12.25 when is it due","2025-12-22",("d","2025-12-22",10),["CIN10"],
      "The 10th calendar day is New Year's Day 2026 (a bank holiday); a reader might bring it forward to 31 Dec.")
    R(v,"date","deplaned at rcpc on 17/4/25 wen is 1st cin meeting","2025-04-17",("d","2025-04-17",20),["CIN20"])
    R(v,"date","child came into care 18/04/25 (good friday) when does iha need doing by","2025-04-22",("wd","2025-04-18",20),["IHA"])
    R(v,"date","placment plan update to carers - placment started 2nd jan 26","2026-01-02",("wd","2026-01-02",5),["PP5"])
    R(v,"date","care plan on system by when, plced 24/12/25","2025-12-24",("d","2025-12-24",10),["CP10"])
    R(v,"date","pep meetng deadline? came in to care 3/4/26","2026-04-07",("d","2026-04-03",20),["PEP"])
    R(v,"date","coming into care pack by wen? lac since 20.12.27","2027-12-20",("w","2027-12-20",3),["PACK"])
    R(v,"date","reveiw report to iro when, lac review on 5/1/27","2026-12-21",("db","2027-01-05",3),["IRO3"])
    R(v,"date","rcpc on 08/01/26 when do parents need the report","2025-12-30",("db","2026-01-08",3),["RCPC_P"])
    R(v,"date","foster carer varaition of terms given 23/12/25 how long does it last","2025-12-23",("wd","2025-12-23",6),["VAR"],
      "'Up to 6 working days' could be read as including the day permission is given, which would end it one working day earlier (2 Jan 2026).")
    R(v,"date","temp aproval conected person 06/01/26 runs out when","2026-01-06",("w","2026-01-06",16),["TEMP"])
    R(v,"age","wen does the kid turn 12 for advocate at conf, dob 30.03.14","2026-03-10",("age","2014-03-30",12,0),["ADV12"])
    R(v,"none","wen do we need the life story book done by for adoption","2026-06-15","life story book and later life letter have no deadline",["N_LIFE"])
    R(v,"date","s47 strted 31/12/25 5 day discusion w manager when","2025-12-31",("d","2025-12-31",5),["S47_5"])
    R(v,"date","asessment started 19/12/25 - 45 days takes me to?","2025-12-19",("d","2025-12-19",45),["A45"],
      "The standards say '45 days'; statutory guidance uses 45 working days, which would give a later date.")
    R(v,"visits","famly time reveiw, last reviewed 02/04/26 next by","2026-04-08",("w","2026-04-02",8),["FT8"])
    R(v,"visits","fostr carer visit last 22/5/26, nxt visit due","2026-05-26",("w","2026-05-22",6),["FCV"])
    R(v,"visits","lac visits weekly till 1st reveiw - last visit 29/12/25 next one?","2025-12-30",("w","2025-12-29",1),["WEEKLY"])
    R(v,"visits","adopton placement, 1st lac review done, last visit 28/8/26 next?","2026-09-01",("w","2026-08-28",6),["AD6W"])
    R(v,"age","dob 29/02/20 when do they turn 6 for adoption alocation","2026-01-19",("age","2020-02-29",6,0),["AD6"])
    R(v,"choice","visit last 3/3/26 when next one due","2026-03-09",[("CP plan",("w","2026-03-03",4)),("CIN plan",("w","2026-03-03",6))],["CPV","CINV"])
    R(v,"none","how often do core groups have to be after the first one","2026-07-14","only the first core group has a timescale",["N_CG"])
    R(v,"date","referal came in last friday when does sw need to action it","2025-05-06",("wd","rel:last Fri",1),["REF"])
    R(v,"visits","unanounced visit to foster carers last done 29/02/24 next due by","2025-02-10",("m","2024-02-29",12),["UNANN"],
      "12 months from 29 Feb 2024 has no 29 Feb; some would say 1 March 2025.")
    # ---------------- scenario ----------------
    v="scenario"
    R(v,"date","Child (DOB 03/04/2015) was discussed at a strategy meeting on 23/12/2025 and we agreed to go to ICPC. The s47 was started on 22/12. When does the ICPC need to be held by?","2025-12-23",("wd","2025-12-23",15),["ICPC"])
    R(v,"date","I've got a little one, Pebble Sprocket, who came into care on 30/03/2026 as an emergency. The parents' FGC is booked for 14/04. When does her assessment need completing?","2026-03-31",("wd","2026-03-30",20),["EMERG"])
    R(v,"date","Conference was on 21/05/2027 and the child was made subject to a plan. The chair pencilled the review conference for 20/08. When's the latest the first core group can happen?","2027-05-21",("d","2027-05-21",10),["CG"],
      "The 10th calendar day is the spring bank holiday (31 May 2027); a reader might bring it forward to Friday 28 May.")
    R(v,"date","We sent the PLO letter on 12/12/2025 after Legal Gateway on 08/12. Mum says she can't see her solicitor until the new year. When should the first PLO meeting be held by?","2025-12-12",("d","2025-12-12",10),["PLO1"])
    R(v,"date","Young person moved from residential to a new foster placement on Thursday 24/12/2026 (the previous move was in October). When do I need to see him by?","2026-12-24",("wd","2026-12-24",1),["VIS1","SEEN1"])
    R(v,"date","First PLO meeting took place on 01/04/2026. Dad's sister has been put forward as a carer. Baby was born 12/02/2026. By when do we need to send the viability screening request?","2026-04-01",("wd","2026-04-01",3),["VIA"])
    R(v,"date","Assessment started on 02/05/2025; the referral came in on 30/04. When does my TL need to review the assessment by?","2025-05-02",("wd","2025-05-02",15),["TLREV"],
      "Could be counted from the referral (30 Apr 2025) instead of the assessment start.")
    R(v,"date","Child was placed with foster carers on 22/08/2025 after an ICPC back on 01/07. When is the placement meeting due?","2025-08-22",("wd","2025-08-22",3),["PM3"])
    R(v,"date","A child became looked after on 18/12/2025. His birthday is 25/12. When must the initial LAC review happen?","2025-12-18",("wd","2025-12-18",20),["LAC20"])
    R(v,"date","The transfer from CFR to our Neighbourhood Team happened on 19/05/2026. The last CIN meeting under CFR was 05/05. When should the initial CIN meeting take place?","2026-05-19",("d","2026-05-19",10),["CIN10"])
    R(v,"date","Review conference on 26/08/2026 decided to end the plan; the ICPC had been on 02/03. When is the first CIN meeting due?","2026-08-27",("d","2026-08-26",20),["CIN20"])
    R(v,"date","IRO raised an informal challenge on 20/12/2027 about drift. The last LAC review was 01/12. If it isn't sorted, from when does it go to formal dispute?","2027-12-20",("wd","2027-12-20",5),["CH5"])
    R(v,"date","CFR emailed us notice of a transfer on 28/08/2025. The child's CIN meeting with them was 12/08. What's the earliest the transfer can happen with the notice period?","2025-08-28",("d","2025-08-28",5),["NOTICE"],
      "'5 days' notice' could be read as 5 working days (would give 5 Sep 2025 with the bank holiday).")
    R(v,"date","Baby was placed with adopters on 07/12/2026 after matching panel on 20/11. When can the adopters apply for the Adoption Order?","2026-12-08",("w","2026-12-07",10),["AO10"])
    R(v,"date","Connected person got temporary approval on 29/05/2026 and panel on 01/09/2026 agreed the extension. When does the extended approval end?","2026-09-02",("w","2026-05-29",24),["TEMP"])
    R(v,"date","Mum's solicitor came to the first PLO meeting on 23/12/2026; the PLO letter had gone out on 14/12. When do the minutes need to go out?","2026-12-23",("d","2026-12-23",7),["MIN"])
    R(v,"date","Child came into care on 26/03/2027 - she's 9, DOB 11/11/2017. When do the other professionals need to be told her legal status?","2027-03-26",("wd","2027-03-26",5),["LEGAL5"])
    R(v,"date","Contact came in to the front door on Friday 23/05/2025 at 4pm. There was a previous contact on 02/05. When does the TL decision need to be made?","2025-05-23",("wd","2025-05-23",1),["FD","INIT"])
    R(v,"visits","CP plan started 10/11/2025, last home visit (seen alone) was 15/12/2025, the one before was 20/11. When's the next visit due?","2025-12-17",("w","2025-12-15",4),["CPV"])
    R(v,"visits","CIN review meeting held on 31/12/2025. The CIN plan was made on 05/11. When's the next review meeting due?","2026-01-02",("w","2025-12-31",6),["CINR"])
    R(v,"visits","Foster carers had an unannounced visit on 14/04/2025 and a planned visit on 02/06/2026. When was their next unannounced one due by?","2026-06-03",("m","2025-04-14",12),["UNANN"])
    R(v,"visits","Young person has been in a permanent placement since 01/02/2025 and is settled. Last statutory visit was 03/03/2026. If we go to 12-weekly, when's the next visit?","2026-03-04",("w","2026-03-03",12),["TWELVE"])
    R(v,"age","Young person DOB 14/10/2011 has been in care since she was 8. When does her pathway plan need starting?","2026-11-02",("age","2011-10-14",15,6),["PATH"])
    R(v,"choice","Child placed on 30/04/2026 with foster carers. Mum's contact was agreed on 29/04. I need to get the plan to the carers - when's it due?","2026-04-30",[("updated placement plan to carers",("wd","2026-04-30",5)),("care plan on system",("d","2026-04-30",10))],["PP5","CP10"])
    R(v,"none","We had the strategy meeting on 05/01/2026 with police and health. By when does the record need to be sent out to the professionals?","2026-01-05","a record is sent to all participating professionals but no timescale is stated (the 24 hours is for holding the discussion)",["N_STRATREC"])
    R(v,"choice","First PLO meeting with Mum and her solicitor was 29/05/2026. No FGC yet and Gran has been mentioned as a possible carer. When's the referral due?","2026-05-29",[("FGC referral",("wd","2026-05-29",3)),("viability screening request",("wd","2026-05-29",3))],["FGC","VIA"])
    R(v,"date","ICPC booked for 07/04/2026, the strat was 17/03 and the child's birthday is 04/04. When does my report need to reach the chair?","2026-03-25",("wdb","2026-04-07",3),["CHAIR3"])
    # ---------------- indirect ----------------
    v="indirect"
    R(v,"date","we had the police/health/social care meeting about the bruising on 18/12/2026 - when must the big multi-agency meeting that decides on a protection plan happen?","2026-12-18",("wd","2026-12-18",15),["ICPC"])
    R(v,"date","the meeting where everyone puts the detail on the protection plan - when's the first one due if the conference was 01/04/2027?","2027-04-01",("d","2027-04-01",10),["CG"])
    R(v,"date","the letter that starts pre-proceedings is dated 20/03/2026. When do we need to meet the parents and their solicitors by?","2026-03-20",("d","2026-03-20",10),["PLO1"])
    R(v,"date","child moved to new carers on 01/05/2025 - when do the carers need the updated paperwork about what they can agree to and how the placement meets her needs?","2025-05-01",("wd","2025-05-01",5),["PP5"])
    R(v,"date","the meeting with carers to agree who can sign for school trips and haircuts - placement started 19/12/2025, when is it due?","2025-12-19",("wd","2025-12-19",3),["PM3"])
    R(v,"date","the medical a child has when they first come into care - came in 30/12/2025, deadline?","2025-12-30",("wd","2025-12-30",20),["IHA"])
    R(v,"date","the school meeting about a looked after child's education plan - child came into care 20/07/2026, when's it due?","2026-07-21",("d","2026-07-20",20),["PEP"])
    R(v,"date","the first meeting run by the independent reviewing person after a child comes into care - child accommodated 07/04/2026. When?","2026-04-07",("wd","2026-04-07",20),["LAC20"])
    R(v,"date","the welcome bag with the rights leaflet - child came in 15/12/2025, when must they have it by?","2025-12-16",("w","2025-12-15",3),["PACK"])
    R(v,"date","when the independent reviewer's pushback about drift went to the formal process on 04/05/2026, when does that process need to be finished?","2026-05-05",("wd","2026-05-04",20),["DR20"])
    R(v,"date","our duty SW needs to pick up a new referral that landed 31/12/2026 - by when?","2026-12-31",("wd","2026-12-31",1),["REF"])
    R(v,"date","manager said on 27/08/2027 that police and us need to talk through a child's situation - when does that talk have to happen?","2027-08-27",("wd","2027-08-27",1),["STRAT1"])
    R(v,"none","the meeting where the decision maker agrees adoption should be the plan - how many days before the final hearing does it need to be?","2026-10-05","placed between the final care planning meeting and the IRH paperwork, no number of days",["N_SHOPBA"])
    R(v,"date","the write-up for the home visit I did 31/03/2027, how long have I got?","2027-03-31",("d","2027-03-31",3),["REC"])
    R(v,"date","the pre-proceedings meeting with parents and their lawyers was 04/05/2027 - when do the notes have to go to them?","2027-05-04",("d","2027-05-04",7),["MIN"])
    R(v,"date","the referral for the meeting where the wider family plan together - first pre-proceedings meeting with parents was 27/05/2027. Deadline?","2027-05-27",("wd","2027-05-27",3),["FGC"])
    R(v,"date","the meeting the lawyer comes to, to look again at whether threshold is still met in pre-proceedings - the letter was dated 02/03/2026. When is it?","2026-03-03",("w","2026-03-02",12),["RLPM"],
      "The 12 weeks could be counted from the first PLO meeting rather than the letter date; also falls on the spring bank holiday.")
    R(v,"date","the meeting with the strategic lead to decide on going to court if we're still in pre-proceedings - we started with the letter on 05/01/2026. When?","2026-01-06",("w","2026-01-05",16),["LG16"],
      "The 16 weeks could be counted from the first PLO meeting rather than the letter date.")
    R(v,"visits","how soon do I need to see a child on a protection plan again - last saw her last thursday","2026-04-07",("w","rel:last Thu",4),["CPV"])
    R(v,"visits","the arrangements for a child in care to see mum and dad were last looked at 23/12/2025 - when do they need looking at again?","2025-12-29",("w","2025-12-23",8),["FT8"])
    R(v,"visits","the meetings with parents during pre-proceedings to check progress - last one 01/05/2026, what's the latest the next one can be?","2026-05-05",("w","2026-05-01",6),["RPLO"],
      "The standard gives a range (4-6 weeks); the earliest reading would be 29 May 2026.")
    R(v,"visits","the check-in on our own foster carers by their supervising worker - last one 19/12/2025, when next?","2025-12-22",("w","2025-12-19",6),["FCV"])
    R(v,"age","for a girl born 29/08/2010 in our care, when should we start the plan for leaving care?","2025-11-18",("age","2010-08-29",15,6),["PATH"],
      "15 years 6 months from 29 Aug 2010 has no 29 Feb 2026; counted as 28 Feb (month-end), some would say 1 March.")
    R(v,"choice","the first meeting after the child protection conference - conference was 09/12/2026, when's it due?","2026-12-09",[("first core group (made subject to plan)",("d","2026-12-09",10)),("first CIN meeting (de-planned)",("d","2026-12-09",20))],["CG","CIN20"])
    R(v,"none","how often does the independent reviewer have to ring the child between the reviews?","2027-02-08","IRO contacts the child between reviews; no frequency stated",["N_IRO"])
    R(v,"date","the check that foster carers' police checks, medicals and references are current - last done 15/04/2025, next due?","2027-11-30",("m","2025-04-15",36),["DBS"])
    R(v,"date","when does the summary at the front of the file need refreshing by - last updated 30/11/2025?","2026-02-02",("m","2025-11-30",3),["SUMM"])
    # ---------------- newstarter ----------------
    v="newstarter"
    R(v,"date","Hi, sorry if this is a silly question - what's the deadline for the Initial Child Protection Conference if the strategy discussion was on 30/04/2025?","2025-05-01",("wd","2025-04-30",15),["ICPC"])
    R(v,"date","Hello! I'm new. A child came into care yesterday - when do I need to visit them by?","2026-12-24",("wd","rel:yesterday",1),["VIS1","SEEN1"])
    R(v,"date","Could someone explain when the Child and Family Assessment has to be finished? It started on 05/12/2026.","2026-12-07",("d","2026-12-05",45),["A45"],
      "The standards say '45 days'; statutory guidance uses 45 working days, which would give a later date.")
    R(v,"date","Hi, what does 'first core group' mean and when should it be? Our ICPC was on 19/12/2025.","2025-12-19",("d","2025-12-19",10),["CG"])
    R(v,"date","Sorry, newbie here: if the Public Law Outline (PLO) letter is dated 22/05/2026, when should the first meeting with the parents be?","2026-05-22",("d","2026-05-22",10),["PLO1"])
    R(v,"date","Please could you tell me when the report for a Review Child Protection Conference has to be with the conference chair? The conference is on 04/01/2027.","2026-12-18",("db","2027-01-04",3),["RCPC_C"])
    R(v,"date","I've just been allocated a case where the child became looked after on 02/04/2026 - when's the first Looked After (LAC) review due?","2026-04-02",("wd","2026-04-02",20),["LAC20"])
    R(v,"date","Hello, when do I need to have the Initial Health Assessment done by? The child was accommodated on 23/05/2025.","2025-05-23",("wd","2025-05-23",20),["IHA"])
    R(v,"date","Apologies if this is obvious - for a child placed on 28/12/2025, when should the care plan be on the system?","2025-12-29",("d","2025-12-28",10),["CP10"])
    R(v,"date","Hi all, what's the timescale for a Team Leader to decide on a contact at the Front Door? It came in on 31/12/2025.","2025-12-31",("wd","2025-12-31",1),["FD","INIT"])
    R(v,"date","Sorry to ask - when does the child need to be seen if the referral for a Section 47 came in this morning?","2027-03-25",("same","rel:today"),["SEEN_S47"])
    R(v,"date","Could someone help with my placement meeting? Child placed 26/03/2027 (I think that's Good Friday?). When's the meeting due?","2027-03-26",("wd","2027-03-26",3),["PM3"])
    R(v,"date","Hi, what's the deadline for telling the other professionals about the child's legal status? The child became looked after on 20/12/2027.","2027-12-20",("wd","2027-12-20",5),["LEGAL5"])
    R(v,"date","New supervising social worker in fostering here - I visited my carers on 23/12/2025. When does my record need to be on LCS?","2025-12-23",("wd","2025-12-23",3),["FCR"])
    R(v,"date","Hi, I'm new to the Neighbourhood Team. A case transferred from Children's First Response on 24/08/2026. When does the first CIN meeting need to be?","2026-08-25",("d","2026-08-24",10),["CIN10"])
    R(v,"date","How long does a connected person's temporary approval as a foster carer last? Ours was approved on 19/12/2025.","2025-12-22",("w","2025-12-19",16),["TEMP"])
    R(v,"date","Please can someone confirm when a strategy discussion should happen if my manager decided one was needed at 3pm on 24/12/2026?","2026-12-24",("wd","2026-12-24",1),["STRAT1"])
    R(v,"date","I've got my first Looked After Review on 30/03/2027. When does my written report need to be with the IRO?","2027-03-15",("db","2027-03-30",3),["IRO3"])
    R(v,"visits","Sorry, how often should I be visiting a looked after child after the first review? The first review was on 12/01/2026 and I visited on 14/01/2026.","2026-01-15",("w","2026-01-14",6),["SIX"])
    R(v,"visits","Hi, I've got a Child in Need case - the last home visit was 22/12/2025. When's the next one due?","2026-01-05",("w","2025-12-22",6),["CINV"])
    R(v,"visits","I'm new to adoption. Our little one was placed with adopters on 04/05/2026 and I visited on 11/05. The first Looked After Review hasn't happened yet. When's my next visit?","2026-05-12",("w","2026-05-11",1),["ADW"])
    R(v,"visits","When's the next annual review for our foster carers? The last one was 29/02/2024.","2025-01-20",("m","2024-02-29",12),["ANN"],
      "12 months from 29 Feb 2024 has no 29 Feb; counted as 28 Feb 2025, some would say 1 March.")
    R(v,"age","Hi, from what date should we start the pathway plan for a young person born 01/06/2011?","2026-09-14",("age","2011-06-01",15,6),["PATH"])
    R(v,"age","Sorry, quick check - a child born 12/09/2020 is now in PLO. On what date do they stop being 'under 6' for allocating an adoption social worker?","2026-06-03",("age","2020-09-12",6,0),["AD6"])
    R(v,"choice","Hello, an assessment started on 01/12/2025. What's my deadline please?","2025-12-01",[("Team Leader review",("wd","2025-12-01",15)),("assessment completed",("d","2025-12-01",45))],["TLREV","A45"])
    R(v,"none","Sorry, how often should I be having supervision? Is there a timescale in the standards?","2026-02-16","supervision frequency is left to the supervision policy",["N_SUP"])
    R(v,"date","Hello, a child on my caseload has been on a Child Protection Plan since 19/12/2024 and things aren't improving. When does the 12 month point come, for the professional thinking time meeting?","2025-11-24",("m","2024-12-19",12),["PTT"])
    R(v,"none","Hi, when is the second Looked After Review due after the first one?","2027-01-11","only the initial review has a timescale here",["N_LAC2"])
    # ---------------- manager ----------------
    v="manager"
    R(v,"date","ICPC was held 20/01/26, strat 02/01/26 - in timescale?","2026-01-27",("wd","2026-01-02",15),["ICPC"])
    R(v,"date","Audit: strat 22/12/2025, ICPC 14/01/2026 - compliant?","2026-02-02",("wd","2025-12-22",15),["ICPC"])
    R(v,"date","First core group 02/01/2026 after ICPC 22/12/2025. Within timescale?","2026-01-05",("d","2025-12-22",10),["CG"],
      "The 10th calendar day is New Year's Day (bank holiday); a reader might allow the next working day.")
    R(v,"date","Child accommodated 18/04/2025, initial LAC review held 19/05/2025 - in time?","2025-05-20",("wd","2025-04-18",20),["LAC20"])
    R(v,"date","PLO letter 17/12/2026, first PLO meeting 30/12/2026. Compliant?","2027-01-04",("d","2026-12-17",10),["PLO1"])
    R(v,"date","Placement began 21/08/2026, placement meeting 27/08/2026 - in timescale?","2026-09-01",("wd","2026-08-21",3),["PM3"])
    R(v,"date","IHA done 20/01/2026 for a child who came into care 19/12/2025 - within timescale?","2026-01-21",("wd","2025-12-19",20),["IHA"])
    R(v,"date","Assessment started 03/03/2025, completed 18/04/2025 - within the 45?","2025-04-22",("d","2025-03-03",45),["A45"],
      "The standards say '45 days'; statutory guidance uses 45 working days, which would make it in time.")
    R(v,"date","TL reviewed the assessment on 23/05/2025; it started 01/05/2025. In timescale?","2025-05-27",("wd","2025-05-01",15),["TLREV"])
    R(v,"date","Contact received 24/12/2027, TL decision recorded 29/12/2027. OK?","2028-01-04",("wd","2027-12-24",1),["FD","INIT"])
    R(v,"date","S47 initiated 23/12/2026, SW and manager progress discussion 29/12/2026 - compliant?","2027-01-05",("d","2026-12-23",5),["S47_5"],
      "The 5th calendar day is the Boxing Day substitute bank holiday (28 Dec 2026); a reader might allow 29 Dec.")
    R(v,"date","Case allocated for C&F assessment on 08/01/2026; referral decision 02/01/2026. Within 3 working days?","2026-01-12",("wd","2026-01-02",3),["ALLOC"],
      "The standard does not name the start event; counted from the referral decision.")
    R(v,"date","Formal dispute resolution started 07/04/2026, closed 05/05/2026. Within timescale?","2026-05-06",("wd","2026-04-07",20),["DR20"])
    R(v,"date","Viability request sent 07/01/2027 following initial PLO meeting 04/01/2027 - compliant?","2027-01-08",("wd","2027-01-04",3),["VIA"])
    R(v,"date","PLO minutes went out 04/01/2026 for a meeting on 24/12/2025 - in time?","2026-01-05",("d","2025-12-24",7),["MIN"])
    R(v,"date","Review legal planning meeting held 30/03/2027; PLO letter was 28/12/2026. On time?","2027-03-31",("w","2026-12-28",12),["RLPM"],
      "The 12 weeks could be counted from the first PLO meeting rather than the letter date.")
    R(v,"date","Coming into care pack given 12/01/2026, child looked after from 22/12/2025 - compliant?","2026-01-13",("w","2025-12-22",3),["PACK"])
    R(v,"date","Care plan recorded 10/01/2027, placement 31/12/2026 - in timescale?","2027-01-11",("d","2026-12-31",10),["CP10"])
    R(v,"visits","CP visits on 19/12/2025 then 20/01/2026. Was the second in timescale?","2026-01-21",("w","2025-12-19",4),["CPV"])
    R(v,"visits","CIN review meetings 02/04/2026 and 15/05/2026 - within timescale?","2026-05-18",("w","2026-04-02",6),["CINR"])
    R(v,"visits","Foster carer supervisory visits 21/05/2027 and 02/07/2027 - ok?","2027-07-05",("w","2027-05-21",6),["FCV"])
    R(v,"visits","Adoptive placement, post-first-review visits 27/08/2027 then 08/10/2027. Compliant?","2027-10-11",("w","2027-08-27",6),["AD6W"])
    R(v,"age","Audit check: YP DOB 30/09/2010, pathway plan started 05/04/2026 - started on time?","2026-04-13",("age","2010-09-30",15,6),["PATH"])
    R(v,"choice","Conference 30/03/2026, first meeting held 15/04/2026 - in timescale?","2026-04-16",[("first core group",("d","2026-03-30",10)),("first CIN meeting after de-planning",("d","2026-03-30",20))],["CG","CIN20"])
    R(v,"none","CIN meeting 10/03/2026, updated plan sent out 30/03/2026 - which timescale did that breach?","2026-04-01","the updated CIN plan goes to everyone after each meeting; no number of days",["N_CINMIN"])
    R(v,"date","Carers were last presented to Fostering Panel for their annual review on 31/05/2024 - latest date for the next panel presentation?","2027-04-19",("m","2024-05-31",36),["PANEL3"])
    R(v,"date","Foster carer core training last updated 15/12/2024, we're now 20/12/2027 - overdue since when?","2027-12-20",("m","2024-12-15",36),["TRAIN"])

add_rows(R)

def build():
    out=[]
    for r in ROWS:
        today=P(r["today"])
        if r["kind"]=="none":
            due=None; count="no timescale set in the standards: "+r["spec"]
        elif r["kind"]=="choice":
            parts=[]; dues=[]
            for tag,sp in r["spec"]:
                sp=(sp[0],resolve(sp[1],today))+tuple(sp[2:])
                d,c=compute(sp); dues.append(d); parts.append(f"{tag}: {c}")
            due=min(dues); count="; ".join(parts)+f" | earlier = {iso(due)}"
        else:
            sp=r["spec"]; sp=(sp[0],resolve(sp[1],today))+tuple(sp[2:])
            d,c=compute(sp); due=d; count=c
        row=dict(q=r["q"],today=r["today"],due=iso(due) if due else None,
                 expect_any=[PH[p] for p in r["phr"]],count=count,voice=r["voice"],kind=r["kind"])
        if r["amb"]: row["ambiguous"]=r["amb"]
        out.append(row)
    return out

def check(rows):
    src=open("/work/shared/source/practice-standards.txt",encoding="utf-8").read()
    bad=[k for k,v in PH.items() if v not in src or len(v.split())<6]
    assert not bad, bad
    from collections import Counter
    for r in rows:
        for p in r["expect_any"]: assert p in src
        assert r["voice"] in "duty typos scenario indirect newstarter manager".split()
        assert r["kind"] in "date visits age choice none".split()
        D.fromisoformat(r["today"])
        assert (r["due"] is None)==(r["kind"]=="none")
        if r["kind"]=="choice": assert len(r["expect_any"])>=2
    print("rows",len(rows)); print(Counter(r["kind"] for r in rows)); print(Counter(r["voice"] for r in rows))
    qs=Counter(r["q"] for r in rows); assert max(qs.values())==1

if __name__=="__main__":
    _selfcheck_holidays()
    rows=build(); check(rows)
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)),"questions.jsonl"),"w",encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r,ensure_ascii=False)+"\n")
    # re-parse
    n=0
    for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)),"questions.jsonl"),encoding="utf-8"):
        json.loads(line); n+=1
    print("written and re-parsed",n)
