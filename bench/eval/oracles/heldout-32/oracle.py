#!/usr/bin/env python3
"""Independent oracle for the held-out deadline question set (stdlib only).
Run: python3 oracle.py  -> writes questions.jsonl and runs checks."""
import datetime as dt, json, os, re, sys
D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/shared/source/practice-standards.txt"

# England & Wales bank holidays 2024-2028, typed by hand
BH = {
 D(2024,1,1),D(2024,3,29),D(2024,4,1),D(2024,5,6),D(2024,5,27),D(2024,8,26),D(2024,12,25),D(2024,12,26),
 D(2025,1,1),D(2025,4,18),D(2025,4,21),D(2025,5,5),D(2025,5,26),D(2025,8,25),D(2025,12,25),D(2025,12,26),
 D(2026,1,1),D(2026,4,3),D(2026,4,6),D(2026,5,4),D(2026,5,25),D(2026,8,31),D(2026,12,25),D(2026,12,28),
 D(2027,1,1),D(2027,3,26),D(2027,3,29),D(2027,5,3),D(2027,5,31),D(2027,8,30),D(2027,12,27),D(2027,12,28),
 D(2028,1,3),D(2028,4,14),D(2028,4,17),D(2028,5,1),D(2028,5,29),D(2028,8,28),D(2028,12,25),D(2028,12,26),
}

def _easter(y):  # anonymous Gregorian algorithm, used only to cross-check the typed list
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
    i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=(h+l-7*m+114)%31+1
    return D(y,mo,da)
def _rule_bh(y):
    s=set(); e=_easter(y); s|={e-dt.timedelta(2),e+dt.timedelta(1)}
    def first_mon(m):
        d=D(y,m,1)
        while d.weekday()!=0: d+=dt.timedelta(1)
        return d
    def last_mon(m):
        d=D(y,m+1,1)-dt.timedelta(1)
        while d.weekday()!=0: d-=dt.timedelta(1)
        return d
    s|={first_mon(5),last_mon(5),last_mon(8)}
    nd=D(y,1,1)
    s.add(nd if nd.weekday()<5 else nd+dt.timedelta(7-nd.weekday()))
    c,b=D(y,12,25),D(y,12,26)
    if c.weekday()==5: s|={D(y,12,27),D(y,12,28)}
    elif c.weekday()==6: s|={D(y,12,26),D(y,12,27)}
    elif c.weekday()==4: s|={c,D(y,12,28)}
    else: s|={c,b}
    return s
for _y in range(2024,2029):
    assert {d for d in BH if d.year==_y}==_rule_bh(_y), _y

WD="Mon Tue Wed Thu Fri Sat Sun".split()
def fmt(d): return f"{d.isoformat()} ({WD[d.weekday()]})"
def iswork(d): return d.weekday()<5 and d not in BH

def add_months(d,n):
    y,m=divmod(d.month-1+n,12); y+=d.year; m+=1
    last=(D(y+m//12,m%12+1,1)-dt.timedelta(1)).day
    return D(y,m,min(d.day,last))

def calc(op,n,ev):
    """returns (due, count string)"""
    ev=D.fromisoformat(ev); skipped=[]
    if op in("wd","wdb"):
        step=1 if op=="wd" else -1; d=ev; k=0
        while k<n:
            d+=dt.timedelta(step)
            if iswork(d): k+=1
            elif d in BH: skipped.append(d)
        word="after" if op=="wd" else "before"
        s=f"{n} working day{'s' if n>1 else ''} {word} {fmt(ev)} -> {fmt(d)}"
        if skipped: s+="; skips bank holidays "+", ".join(x.isoformat() for x in sorted(skipped))
        elif op=="wd" and not iswork(ev): s+=f"; event on non-working day, counted from next working day"
        return d,s
    if op=="same": return ev,f"same day as {fmt(ev)}"
    if op=="days": d=ev+dt.timedelta(n); return d,f"{n} calendar days after {fmt(ev)} -> {fmt(d)}"
    if op=="daysb": d=ev-dt.timedelta(n); return d,f"{n} calendar days before {fmt(ev)} -> {fmt(d)}"
    if op=="weeks": d=ev+dt.timedelta(7*n); return d,f"{n} weeks ({7*n} days) after {fmt(ev)} -> {fmt(d)}"
    if op=="months":
        d=add_months(ev,n); s=f"{n} months after {fmt(ev)} -> {fmt(d)}"
        if d.day!=ev.day: s+=" (no such day in target month, last day used)"
        return d,s
    raise ValueError(op)

def age(y,m,dob):
    b=D.fromisoformat(dob); tot=y*12+m
    yy,mm=divmod(b.month-1+tot,12); yy+=b.year; mm+=1
    try: d=D(yy,mm,b.day); note=""
    except ValueError:
        if b.month==2 and b.day==29 and m==0:
            d=D(yy,3,1); note="; 29 Feb birthday in a non-leap year -> 1 March"
        else:
            d=add_months(b,tot); note="; no such day in target month, last day used"
    lab=f"{y} years" + (f" {m} months" if m else "")
    return d,f"DOB {fmt(b)} + {lab} -> {fmt(d)}{note}"

STD={
 "fd":"screened for consent and decisions made by what action are required by a Team Leader within 1 working day",
 "initdec":"Initial decisions will be made about the action required within 1 working day",
 "refact":"Referrals will be actioned by a social worker within 1 working day",
 "s47seen":"the child / children will be seen by the Social Worker the same day",
 "s47d5":"Within 5 days of the Section 47 being initiated",
 "alloc":"All cases will be allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 "tlrev":"All assessments will be reviewed by the Team Leader within 15 working days",
 "a45":"Assessments must all be completed within 45 days",
 "strat":"a strategy discussion is required, this must happen within 1 working day",
 "strat24":"A strategy discussion within 24 hours involving all relevant agencies is undertaken",
 "notice":"the Children`s First Response Team will notify the Neighbourhood Team via email, giving at least 5 days",
 "jointv":"will complete a joint visit to the home to introduce the new worker",
 "icpc":"Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 "repfam":"The report will be shared with family at least 3 the days prior to conference",
 "repchair":"The report will be sent to the child protection chair 3 working days before the conference",
 "advocate":"if they are 12 or over they should be offered an advocate",
 "cg":"held within 10 days of the conference and is used to put detail on the outline CP plan",
 "cpvis":"Visits to a child subject to a CP plan will take place at least every 4 weeks",
 "cphome":"A statutory CP visit must not be recorded on the child",
 "rcpcpar":"This report must be shared with parents at least 3 days prior to the review conference",
 "rcpcchair":"The report will be available to the conference chair at least 3 days prior to the review conference",
 "ptt":"when they have been subject to a plan for 12 months",
 "plo1":"The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 "fgc":"Referral should be made within 3 working days of the first PLO meeting",
 "viab":"Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 "plomin":"to be distributed to parents and their legal representation within 7 days of the meeting",
 "plorev":"Review PLO meetings with parents to be held every 4-6 weeks",
 "lpm12":"A review legal planning meeting will be held at 12 weeks",
 "lg16":"a Legal Gateway meeting will be convened at 16 weeks",
 "cin20":"will set the first CIN meeting within 20 days",
 "cin10":"the initial CIN meeting must take place within 10 days",
 "cinrev":"CIN review meetings will be held at least every 6 weeks",
 "cinvis":"A child subject to a CIN plan will be seen at least every 6 weeks",
 "cinhome":"The visit can only be recorded as a CIN visit on the child",
 "emerg":"If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 "lacvis1":"The child will be visited within 1 working day of coming into care or having a change in placement",
 "lacseen1":"All looked after children will be seen within 1 working day of placement",
 "plmtg":"The placement meeting will be held within 3 working days",
 "plplan":"an updated copy given to the carers within 5 working days of the placement beginning",
 "famtime":"reviewed at least every 8 week until the plan for permanence is agreed",
 "pack":"The child will be provided with a coming into care pack, children rights leaflet within 3 weeks",
 "legal5":"All other professionals involved with the child will be informed of the child\u2019s legal status within 5 working days",
 "iha":"An initial health assessment will be requested and carried out within 20 working days",
 "pep":"A PEP meeting will be arranged within the school within 20 days",
 "lacwk":"Statutory looked after visits must happen weekly until the first looked after review",
 "lac6":"then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 "lac12":"Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 "careplan":"An up to date care plan will be recorded on the electronic system within 10 days of placement",
 "ilar":"The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 "pathway":"A pathway plan will be started when the young person is 15 years 6 months",
 "iroreport":"this will be with the IRO 3 days before the review",
 "iroinf":"If the challenge is not resolved within 5 working days a formal dispute will be raised",
 "irofor":"The formal dispute resolution process should be completed from start to finish within 20 working days",
 "adopt6":"If a child under the age of 6 enters PLO or proceedings",
 "adwk":"Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 "ad6":"then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 "ad10":"Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
 "fcvis":"Trafford foster carers are visited at least once every six weeks",
 "fcrec":"a record of this visit is recorded on LCS within 3 working days",
 "fcunann":"will have an unannounced visit at least once every 12 months",
 "fcannual":"All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
 "fcpanel":"Every foster carer will have an annual review presented to the Fostering Panel at least every three years",
 "fcdbs":"All foster carers will have updated statutory references, medicals and DBS checks at least every three years",
 "fctrain":"All Trafford foster carers must update their core training at least every three years",
 "variation":"This can only be given for up to 6 working days",
 "tempapp":"Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 "rec3":"any event or contact is recorded within 3 days",
 "summary":"A clear and concise case file summary which has been updated within the last 3 months",
 "assess12":"An up to date assessment (within the last 12 months) on each child",
 # phrases for `none` rows (nearest sentence; it sets no timescale)
 "n_rcpc":"The child protection chair will set the date of the next conference",
 "n_sup":"which takes place in line with the supervision policy",
 "n_second":"At the point of the second review (if not in proceedings) the child must have a permanency plan",
 "n_eh":"Initial decisions will be made about the action required by an Early Help Team Leader",
 "n_shopba":"This needs to take place after the area teams final care planning meeting",
 "n_swet":"the timescales for filing SWET and additional supporting documents will be agreed at the Legal Gateway meeting",
 "n_cg":"outcomes expected are reviewed at every core group and progress recorded",
 "n_intro":"a meeting is held to plan the introductions and placement of the child",
 "n_pathrev":"will be reviewed by the IRO as part of the statutory review",
}

from rows import ROWS

def build():
    out=[]
    for r in ROWS:
        voice,kind,today,q,spec,std=r[:6]; amb=r[6] if len(r)>6 else None
        stds=std if isinstance(std,list) else [std]
        row={"q":q,"today":today}
        if kind=="none":
            due,cnt=None,"no timescale set in the standards"
        elif kind=="age":
            due,cnt=age(*spec)
        elif kind=="choice":
            res=[calc(*s) for s in spec]
            due=min(d for d,_ in res)
            cnt=" | ".join(f"[{k}] {c}" for (d,c),k in zip(res,stds))+f"; earlier = {due.isoformat()}"
        else:
            due,cnt=calc(*spec)
        row["due"]=due.isoformat() if due else None
        row["expect_any"]=[STD[k] for k in stds]
        row["count"]=cnt; row["voice"]=voice; row["kind"]=kind
        if amb: row["ambiguous"]=amb
        out.append(row)
    return out

def check(rows):
    src=open(SRC,encoding="utf-8").read()
    norm=lambda s: s
    ok=True
    for i,r in enumerate(rows):
        for p in r["expect_any"]:
            if p not in src: print("NOT FOUND",i,p); ok=False
            if len(p.split())<6: print("SHORT",i,p); ok=False
        D.fromisoformat(r["today"])
    from collections import Counter
    print(len(rows),Counter(r["kind"] for r in rows),Counter(r["voice"] for r in rows))
    qs=Counter(r["q"] for r in rows); dup=[q for q,c in qs.items() if c>1]
    if dup: print("DUP",dup); ok=False
    return ok

if __name__=="__main__":
    rows=build()
    ok=check(rows)
    with open(os.path.join(HERE,"questions.jsonl"),"w",encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r,ensure_ascii=False)+"\n")
    for l in open(os.path.join(HERE,"questions.jsonl"),encoding="utf-8"): json.loads(l)
    print("OK" if ok else "PROBLEMS")
