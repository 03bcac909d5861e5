#!/usr/bin/env python3
"""Oracle for the frozen deadline question set. Standard library only.
Run: python3 oracle.py  -> writes questions.jsonl next to this file and checks it."""
import datetime as dt, json, os, calendar, collections

D = dt.date.fromisoformat
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/shared/source/practice-standards.txt"

# England and Wales bank holidays 2024-2028, typed by hand (substitute days applied).
BANK_HOLIDAYS = {D(s) for s in """
2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26
2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26
2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28
2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28
2028-01-03 2028-04-14 2028-04-17 2028-05-01 2028-05-29 2028-08-28 2028-12-25 2028-12-26
""".split()}

def _easter(y):  # anonymous Gregorian algorithm, used only to sanity-check the typed list
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
    i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=(h+l-7*m+114)%31+1
    return dt.date(y,mo,da)
def _check_bh():
    for y in range(2024,2029):
        e=_easter(y); got={x for x in BANK_HOLIDAYS if x.year==y}
        assert e-dt.timedelta(2) in got and e+dt.timedelta(1) in got, y
        firstmon=[dt.date(y,5,x) for x in range(1,8) if dt.date(y,5,x).weekday()==0][0]
        lastmay=[dt.date(y,5,x) for x in range(25,32) if dt.date(y,5,x).weekday()==0][0]
        lastaug=[dt.date(y,8,x) for x in range(25,32) if dt.date(y,8,x).weekday()==0][0]
        assert {firstmon,lastmay,lastaug} <= got, y
        assert len(got)==8, y
        assert all(x.weekday()<5 for x in got), y
_check_bh()

def wd(x): return x.weekday()<5 and x not in BANK_HOLIDAYS
def fmt(x): return f"{x.isoformat()} ({x.strftime('%a')})"
def add_months(x,n):
    y,m=divmod(x.month-1+n,12); y+=x.year; m+=1
    last=calendar.monthrange(y,m)[1]
    return dt.date(y,m,min(x.day,last)), x.day>last

def compute(start, op, n):
    s=D(start)
    if op in ("wd","wdb"):
        step=1 if op=="wd" else -1; cur=s; k=0; skipped=[]
        while k<n:
            cur+=dt.timedelta(step)
            if wd(cur): k+=1
            elif cur in BANK_HOLIDAYS: skipped.append(cur)
        word="after" if op=="wd" else "before"
        c=f"{n} working day{'s' if n>1 else ''} {word} {fmt(s)} -> {fmt(cur)}"
        if skipped: c+="; skips bank holidays "+", ".join(x.isoformat() for x in sorted(skipped))
        if not wd(s) and op=="wd": c+="; start day is not a working day, counted from it"
        return cur,c
    if op=="d":  r=s+dt.timedelta(n); return r,f"{fmt(s)} + {n} calendar days -> {fmt(r)}"
    if op=="db": r=s-dt.timedelta(n); return r,f"{fmt(s)} - {n} calendar days -> {fmt(r)}"
    if op=="w":  r=s+dt.timedelta(7*n); return r,f"{fmt(s)} + {n} weeks ({7*n} days) -> {fmt(r)}"
    if op=="same": return s,f"same day as {fmt(s)}"
    if op in ("m","age"):
        r,clamped=add_months(s,n)
        if op=="age":
            yrs,mo=divmod(n,12)
            c=f"DOB {fmt(s)} + {yrs} years" + (f" {mo} months" if mo else "") + f" -> {fmt(r)}"
            if s.month==2 and s.day==29 and clamped:
                r=r+dt.timedelta(1); c=f"DOB {fmt(s)} (29 Feb) + {yrs} years" + (f" {mo} months" if mo else "") + f": non-leap year, birthday taken as 1 March -> {fmt(r)}"
            elif clamped: c+=f" (day {s.day} does not exist in that month, last day used)"
            return r,c
        c=f"{fmt(s)} + {n} months -> {fmt(r)}"
        if clamped: c+=f" (day {s.day} does not exist in that month, last day used)"
        return r,c
    raise ValueError(op)

# ---- verbatim phrases from the standards ----
P = dict(
FD="are required by a Team Leader within 1 working day",
INIT="Initial decisions will be made about the action required within 1 working day",
REF="Referrals will be actioned by a social worker within 1 working day",
S47SEEN="will be seen by the Social Worker the same day",
S47DISC="Within 5 days of the Section 47 being initiated",
ALLOC="allocated to a social worker to complete a Child and Family Assessment within 3 working days",
TLREV="All assessments will be reviewed by the Team Leader within 15 working days",
ASS45="Assessments must all be completed within 45 days",
STRAT1="this must happen within 1 working day and should be chaired",
TRANS="Neighbourhood Team via email, giving at least 5 days’ notice",
ICPC="convened within working 15 days of the initial strategy discussion",
RPTFAM="shared with family at least 3 the days prior to conference",
RPTCHAIR="sent to the child protection chair 3 working days before the conference",
ADV="if they are 12 or over they should be offered an advocate",
CG="within 10 days of the conference and is used to put detail",
CPV="Visits to a child subject to a CP plan will take place at least every 4 weeks",
RCPPAR="This report must be shared with parents at least 3 days prior to the review conference",
RCPCHAIR="available to the conference chair at least 3 days prior to the review conference",
PTT="when they have been subject to a plan for 12 months",
PLO1="should take place within 10 days of the date on the PLO letter",
FGC="Referral should be made within 3 working days of the first PLO meeting",
VIA="Family Placement Team within 3 working days of the initial PLO meeting",
MIN="distributed to parents and their legal representation within 7 days of the meeting",
RPLO="Review PLO meetings with parents to be held every 4-6 weeks",
RLPM="A review legal planning meeting will be held at 12 weeks",
LG16="a Legal Gateway meeting will be convened at 16 weeks",
EXC4="In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
CIN20="will set the first CIN meeting within 20 days",
CIN10="the initial CIN meeting must take place within 10 days",
CINREV="CIN review meetings will be held at least every 6 weeks",
CINV="A child subject to a CIN plan will be seen at least every 6 weeks",
EMASS="If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
VIS1="The child will be visited within 1 working day of coming into care or having a change in placement",
SEEN1="All looked after children will be seen within 1 working day of placement",
PMEET="The placement meeting will be held within 3 working days",
PPLAN="given to the carers within 5 working days of the placement beginning",
FT8="reviewed at least every 8 week until the plan for permanence",
PACK="coming into care pack, children rights leaflet within 3 weeks",
LEGAL5="informed of the child’s legal status within 5 working days",
IHA="An initial health assessment will be requested and carried out within 20 working days",
PEP="A PEP meeting will be arranged within the school within 20 days",
LACW="Statutory looked after visits must happen weekly until the first looked after review",
LAC6="a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
LAC12="Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement and been there for over 12 months",
CP10="An up to date care plan will be recorded on the electronic system within 10 days of placement",
LAR="The initial Looked After Review must take place within 20 working days of the child becoming looked after",
PATH="A pathway plan will be started when the young person is 15 years 6 months",
IRO3="this will be with the IRO 3 days before the review",
IROCH="If the challenge is not resolved within 5 working days a formal dispute will be raised",
IRODR="should be completed from start to finish within 20 working days",
ADO6="If a child under the age of 6 enters PLO or proceedings",
ADOW="Once the child is placed weekly statutory visits will take place until the first Looked After Review",
ADO6W="then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
ADO10="Once the children have been in placement with the adopter for 10 weeks",
FCV="Trafford foster carers are visited at least once every six weeks",
FCREC="a record of this visit is recorded on LCS within 3 working days",
FCUN="will have an unannounced visit at least once every 12 months",
FCAR="All Trafford foster carers will have an annual review including",
FCPANEL="annual review presented to the Fostering Panel at least every three years",
FCDBS="updated statutory references, medicals and DBS checks at least every three years",
FCTRAIN="must update their core training at least every three years",
VAR="This can only be given for up to 6 working days",
TEMP16="Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
REC3="any event or contact is recorded within 3 days",
SUMM="case file summary which has been updated within the last 3 months",
ASS12="An up to date assessment (within the last 12 months) on each child",
# sentences near 'none' questions (they show the standards set no date)
NEXTCONF="The child protection chair will set the date of the next conference",
SUPPOL="monitored through supervision which takes place in line with the supervision policy",
NEWLAC="a new LAC review will be set in accordance with the timescales",
INTRO="a meeting is held to plan the introductions and placement of the child",
SHOPBA="but prior to legal need to submit the paperwork for the Issues Resolution Hearing",
LIFE="The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
IROBETWEEN="The IRO will contact the child between reviews to ensure the progress of the plan",
SUPPORTMEET="If there is an indication of instability in a placement plan a Support Meeting will be held",
SHOPBALETTER="Parents will be sent a letter detailing the outcome of the SHOPBA signed by the ADM",
)

ROWS=[]
def r(voice, kind, q, today, start, op, n, ph, amb=None):
    due,c=compute(start,op,n)
    row=dict(q=q,today=today,due=due.isoformat(),expect_any=[P[ph]],count=c,voice=voice,kind=kind)
    if amb: row["ambiguous"]=amb
    ROWS.append(row)
def c(voice, q, today, opts, amb=None):
    res=[(compute(s,o,n),P[ph],ph) for s,o,n,ph in opts]
    res.sort(key=lambda t:t[0][0])
    row=dict(q=q,today=today,due=res[0][0][0].isoformat(),expect_any=[x[1] for x in res],
             count="; or ".join(f"{x[2]}: {x[0][1]}" for x in res)+f"; earlier = {res[0][0][0].isoformat()}",
             voice=voice,kind="choice")
    if amb: row["ambiguous"]=amb
    ROWS.append(row)
def n(voice, q, today, ph, why):
    ROWS.append(dict(q=q,today=today,due=None,expect_any=[P[ph]],count="no timescale set: "+why,voice=voice,kind="none"))

from rows import build  # rows.py holds the question text
build(r,c,n)

def select(rows, quota={"date":118,"visits":22}, total=166):
    """Deterministic trim of the written pool to the brief's kind and voice mix,
    keeping every timescale sentence covered at least once."""
    vt={"indirect":round(total/3),"scenario":round(total/4)}
    rest=(total-sum(vt.values()))/4
    for v in ("duty","typos","newstarter","manager"): vt[v]=rest
    keep=[x for x in rows if x["kind"] not in quota]
    phrases=[]
    for x in rows:
        if x["kind"] in quota and x["expect_any"][0] not in phrases: phrases.append(x["expect_any"][0])
    for p in phrases:  # cover each sentence once, with the voice furthest below its target
        cands=[x for x in rows if x["kind"] in quota and x["expect_any"][0]==p]
        ratio=lambda x: sum(1 for y in keep if y["voice"]==x["voice"])/vt[x["voice"]]
        keep.append(min(cands,key=lambda x:(ratio(x),rows.index(x))))
    def have(pred): return sum(1 for y in keep if pred(y))
    for x in rows:
        if any(x is y for y in keep) or x["kind"] not in quota: continue
        if have(lambda y:y["kind"]==x["kind"])>=quota[x["kind"]]: continue
        if have(lambda y:y["voice"]==x["voice"])>=vt[x["voice"]]: continue
        keep.append(x)
    return [x for x in rows if any(x is y for y in keep)]
ROWS[:]=select(ROWS)

def main():
    src=open(SRC,encoding="utf-8").read()
    out=os.path.join(HERE,"questions.jsonl")
    with open(out,"w",encoding="utf-8") as f:
        for row in ROWS: f.write(json.dumps(row,ensure_ascii=False)+"\n")
    # checks
    rows=[json.loads(l) for l in open(out,encoding="utf-8")]
    for i,row in enumerate(rows):
        for p in row["expect_any"]:
            assert p in src, (i,p)
            assert len(p.split())>=6, (i,p)
        D(row["today"])
        if row["kind"]!="none": D(row["due"])
        assert row["voice"] in "duty typos scenario indirect newstarter manager".split()
    print(len(rows),"rows")
    print(collections.Counter(r["kind"] for r in rows))
    print(collections.Counter(r["voice"] for r in rows))
    print("ambiguous:",sum("ambiguous" in r for r in rows))
if __name__=="__main__": main()
