#!/usr/bin/env python3
"""Oracle for the frozen deadline question set. Standard library only.
Run: python3 oracle.py  -> writes questions.jsonl next to this file and runs checks."""
import datetime as dt, json, os, re, sys, collections
D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/shared/source/practice-standards.txt"

# England & Wales bank holidays 2024-2028, typed by hand.
BH = {D(*x) for x in [
    (2024,1,1),(2024,3,29),(2024,4,1),(2024,5,6),(2024,5,27),(2024,8,26),(2024,12,25),(2024,12,26),
    (2025,1,1),(2025,4,18),(2025,4,21),(2025,5,5),(2025,5,26),(2025,8,25),(2025,12,25),(2025,12,26),
    (2026,1,1),(2026,4,3),(2026,4,6),(2026,5,4),(2026,5,25),(2026,8,31),(2026,12,25),(2026,12,28),
    (2027,1,1),(2027,3,26),(2027,3,29),(2027,5,3),(2027,5,31),(2027,8,30),(2027,12,27),(2027,12,28),
    (2028,1,3),(2028,4,14),(2028,4,17),(2028,5,1),(2028,5,29),(2028,8,28),(2028,12,25),(2028,12,26),
]}

def _easter(y):  # anonymous Gregorian algorithm, used only to cross-check the typed list
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
    i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=((h+l-7*m+114)%31)+1
    return D(y,mo,da)
def _check_bh():
    for y in range(2024,2029):
        hs=sorted(h for h in BH if h.year==y); assert len(hs)==8,(y,hs)
        e=_easter(y); assert e-dt.timedelta(2) in BH and e+dt.timedelta(1) in BH
        assert all(h.weekday()<5 for h in hs)
        mays=[h for h in hs if h.month==5]; assert mays[0].day<=7 and mays[1].day>=25
        aug=[h for h in hs if h.month==8][0]; assert aug.day>=25 and aug.weekday()==0
_check_bh()

WD="Mon Tue Wed Thu Fri Sat Sun".split()
def fmt(d): return f"{d.isoformat()} ({WD[d.weekday()]})"
def is_wd(d): return d.weekday()<5 and d not in BH
def parse(s, today):
    if not s.startswith("rel:"): return D.fromisoformat(s), None
    r=s[4:]
    if r=="today": d=today
    elif r=="yesterday": d=today-dt.timedelta(1)
    elif r=="tomorrow": d=today+dt.timedelta(1)
    elif r.startswith("last-"):  # most recent such weekday strictly before today
        w=WD.index(r[5:]); d=today-dt.timedelta(1)
        while d.weekday()!=w: d-=dt.timedelta(1)
    elif r.startswith("next-"):
        w=WD.index(r[5:]); d=today+dt.timedelta(1)
        while d.weekday()!=w: d+=dt.timedelta(1)
    elif r.startswith("thisyear-"):  # e.g. thisyear-03-04: that day-month in today's year
        mo,da=map(int,r[9:].split("-")); d=D(today.year,mo,da)
    else: raise ValueError(s)
    return d, f"'{r}' read against today {fmt(today)} = {fmt(d)}"
def add_months(d,n):
    y=d.year+(d.month-1+n)//12; m=(d.month-1+n)%12+1
    import calendar; last=calendar.monthrange(y,m)[1]
    return D(y,m,min(d.day,last)), d.day>last

def compute(spec, today):
    op=spec[0]; start,rel=parse(spec[1], today); notes=[rel] if rel else []
    if op=="wd":   # Nth working day strictly after
        n=spec[2]; d=start; skipped=[]
        c=0
        while c<n:
            d+=dt.timedelta(1)
            if is_wd(d): c+=1
            elif d in BH: skipped.append(d.isoformat())
        s=f"{n} working days after {fmt(start)} -> {fmt(d)}"
        if skipped: s+="; skips bank holidays "+", ".join(skipped)
        if not is_wd(start): s+="; event day not a working day, counting from it"
    elif op=="wdb":
        n=spec[2]; d=start; skipped=[]; c=0
        while c<n:
            d-=dt.timedelta(1)
            if is_wd(d): c+=1
            elif d in BH: skipped.append(d.isoformat())
        s=f"{n} working days before {fmt(start)} -> {fmt(d)}"
        if skipped: s+="; skips bank holidays "+", ".join(skipped)
    elif op=="d":
        d=start+dt.timedelta(spec[2]); s=f"{spec[2]} calendar days after {fmt(start)} -> {fmt(d)}"
    elif op=="db":
        d=start-dt.timedelta(spec[2]); s=f"{spec[2]} calendar days before {fmt(start)} -> {fmt(d)}"
    elif op=="w":
        d=start+dt.timedelta(7*spec[2]); s=f"{spec[2]} weeks ({7*spec[2]} days) after {fmt(start)} -> {fmt(d)}"
    elif op=="m":
        d,cl=add_months(start,spec[2]); s=f"{spec[2]} months after {fmt(start)} -> {fmt(d)}"
        if cl: s+="; day clamped to end of month"
    elif op=="same":
        d=start; s=f"same day as {fmt(start)}"
    elif op=="age":  # dob, years, extra months
        y,mo=spec[2],spec[3] if len(spec)>3 else 0
        dob=start
        if dob.month==2 and dob.day==29 and mo==0:
            yy=dob.year+y
            import calendar
            if calendar.isleap(yy): d=D(yy,2,29); s=f"born {fmt(dob)}; turns {y} on {fmt(d)} (leap year)"
            else: d=D(yy,3,1); s=f"born {fmt(dob)}; 29 Feb birthday, {yy} not a leap year so turns {y} on {fmt(d)}"
        else:
            d,cl=add_months(dob,12*y+mo)
            s=f"born {fmt(dob)}; {y} years {mo} months -> {fmt(d)}"
            if cl: s+="; day clamped to end of month"
    else: raise ValueError(op)
    return d, "; ".join(notes+[s])

P = {  # verbatim phrases from the standards (>=6 words)
 "frontdoor":"decisions made by what action are required by a Team Leader within 1 working day",
 "initdec":"Initial decisions will be made about the action required within 1 working day",
 "referral":"Referrals will be actioned by a social worker within 1 working day",
 "s47seen":"the child / children will be seen by the Social Worker the same day",
 "s47five":"Within 5 days of the Section 47 being initiated",
 "alloc":"All cases will be allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 "tlreview":"All assessments will be reviewed by the Team Leader within 15 working days",
 "ass45":"Assessments must all be completed within 45 days",
 "strat1":"a strategy discussion is required, this must happen within 1 working day",
 "strat24":"A strategy discussion within 24 hours involving all relevant agencies",
 "transfer":"the Neighbourhood Team via email, giving at least 5 days",
 "joint":"will complete a joint visit to the home to introduce the new worker",
 "icpc":"Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 "famrep":"The report will be shared with family at least 3 the days prior to conference",
 "chairrep":"The report will be sent to the child protection chair 3 working days before the conference",
 "advocate":"if they are 12 or over they should be offered an advocate",
 "nextconf":"The child protection chair will set the date of the next conference",
 "cg":"held within 10 days of the conference",
 "cpvisit":"Visits to a child subject to a CP plan will take place at least every 4 weeks",
 "cgevery":"are reviewed at every core group and progress recorded",
 "rcpcparents":"This report must be shared with parents at least 3 days prior to the review conference",
 "rcpcchair":"The report will be available to the conference chair at least 3 days prior to the review conference",
 "ptt":"when they have been subject to a plan for 12 months",
 "plo1":"The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 "fgc":"Referral should be made within 3 working days of the first PLO meeting",
 "viab":"need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 "plomins":"to be distributed to parents and their legal representation within 7 days of the meeting",
 "ploreview":"Review PLO meetings with parents to be held every 4-6 weeks",
 "plo12":"A review legal planning meeting will be held at 12 weeks",
 "plo16":"a Legal Gateway meeting will be convened at 16 weeks",
 "plo4more":"In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
 "cindeplan":"will set the first CIN meeting within 20 days",
 "cintransfer":"the initial CIN meeting must take place within 10 days",
 "cinreview":"CIN review meetings will be held at least every 6 weeks",
 "cinvisit":"A child subject to a CIN plan will be seen at least every 6 weeks",
 "supervision":"which takes place in line with the supervision policy",
 "emerg":"If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 "lacvisit1":"The child will be visited within 1 working day of coming into care or having a change in placement",
 "lacseen1":"All looked after children will be seen within 1 working day of placement",
 "placemtg":"The placement meeting will be held within 3 working days",
 "placeplan":"an updated copy given to the carers within 5 working days of the placement beginning",
 "famtime":"reviewed at least every 8 week until the plan for permanence is agreed",
 "pack":"The child will be provided with a coming into care pack, children rights leaflet within 3 weeks",
 "legalstatus":"will be informed of the child’s legal status within 5 working days",
 "iha":"An initial health assessment will be requested and carried out within 20 working days",
 "pep":"A PEP meeting will be arranged within the school within 20 days",
 "lacweekly":"Statutory looked after visits must happen weekly until the first looked after review",
 "lac6":"then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 "lac12":"Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 "careplan":"An up to date care plan will be recorded on the electronic system within 10 days of placement",
 "lar1":"The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 "lar2":"At the point of the second review (if not in proceedings)",
 "pathway":"A pathway plan will be started when the young person is 15 years 6 months",
 "iroreport":"this will be with the IRO 3 days before the review",
 "irocontact":"The IRO will contact the child between reviews",
 "support":"a Support Meeting will be held and chaired by the Team Leader",
 "iroinformal":"If the challenge is not resolved within 5 working days a formal dispute will be raised",
 "irodispute":"The formal dispute resolution process should be completed from start to finish within 20 working days",
 "adopt6":"If a child under the age of 6 enters PLO or proceedings",
 "shopba":"This needs to take place after the area teams final care planning meeting",
 "adoptweekly":"Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 "adopt6wk":"then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 "adopt10":"Once the children have been in placement with the adopter for 10 weeks",
 "annexa":"The Social Worker will complete the Annex A suitability report for Court",
 "lifestory":"will complete Lifestory book and a Later Life Letter for the Child",
 "fcvisit":"Trafford foster carers are visited at least once every six weeks",
 "fcrecord":"a record of this visit is recorded on LCS within 3 working days",
 "fcunann":"will have an unannounced visit at least once every 12 months",
 "fcannual":"All Trafford foster carers will have an annual review",
 "fcpanel":"will have an annual review presented to the Fostering Panel at least every three years",
 "fcdbs":"updated statutory references, medicals and DBS checks at least every three years",
 "fctraining":"must update their core training at least every three years",
 "variation":"This can only be given for up to 6 working days",
 "temp16":"Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 "record3":"any event or contact is recorded within 3 days",
 "summary3":"A clear and concise case file summary which has been updated within the last 3 months",
 "assess12":"An up to date assessment (within the last 12 months) on each child",
 "familyfocus":"a referral should be made to Family Focus by emailing the team",
}

from rows import ROWS

def build():
    out=[]
    for i,r in enumerate(ROWS):
        voice,kind,today,q,spec,keys=r[:6]; amb=r[6] if len(r)>6 else None
        t=D.fromisoformat(today)
        if kind=="none":
            due=None; count="no timescale in the standards"+(f"; {spec}" if spec else "")
        elif kind=="choice":
            res=[compute(s,t) for s in spec]
            due=min(d for d,_ in res)
            count=" | ".join(f"option {j+1} ({keys[j]}): {c}" for j,(d,c) in enumerate(res))+f"; earlier = {due.isoformat()}"
        else:
            due,count=compute(spec,t)
        row={"q":q,"today":today,"due":due.isoformat() if due else None,
             "expect_any":[P[k] for k in keys],"count":count,"voice":voice,"kind":kind}
        if amb: row["ambiguous"]=amb
        out.append(row)
    main,extra=select(out)
    for name,rs in (("questions.jsonl",main),("questions_extra.jsonl",extra)):
        with open(os.path.join(HERE,name),"w",encoding="utf-8") as f:
            for row in rs: f.write(json.dumps(row,ensure_ascii=False)+"\n")
    return main

# Balance kinds/voices: keep all non-date rows; keep this many date rows per voice, evenly spread
# through the (topic-ordered) list, then swap in rows so every timescale used anywhere stays covered.
QUOTA={"indirect":38,"scenario":30,"duty":11,"typos":14,"manager":14,"newstarter":14}
def select(out):
    keep=set(i for i,r in enumerate(out) if r["kind"]!="date")
    for v,q in QUOTA.items():
        idx=[i for i,r in enumerate(out) if r["kind"]=="date" and r["voice"]==v]
        q=min(q,len(idx))
        keep|={idx[round(j*(len(idx)-1)/max(q-1,1))] for j in range(q)}
    allk=set(k for r in out for k in r["expect_any"])
    for _ in range(50):
        have=collections.Counter(k for i in keep for k in out[i]["expect_any"])
        miss=[k for k in allk if not have[k]]
        if not miss: break
        k=miss[0]
        cand=[i for i,r in enumerate(out) if i not in keep and k in r["expect_any"]][0]
        v=out[cand]["voice"]
        drop=[i for i in sorted(keep) if out[i]["kind"]=="date" and out[i]["voice"]==v
              and all(have[x]>1 for x in out[i]["expect_any"])][-1]
        keep.discard(drop); keep.add(cand)
    main=[r for i,r in enumerate(out) if i in keep]; extra=[r for i,r in enumerate(out) if i not in keep]
    return main,extra

def check():
    src=open(SRC,encoding="utf-8").read()
    for k,p in P.items():
        assert p in src, ("phrase not verbatim", k, p)
        assert len(p.split())>=6, ("too short",k)
    rows=[json.loads(l) for l in open(os.path.join(HERE,"questions.jsonl"),encoding="utf-8")]
    extra=[json.loads(l) for l in open(os.path.join(HERE,"questions_extra.jsonl"),encoding="utf-8")]
    assert set(k for r in rows+extra for k in r["expect_any"])==set(k for r in rows for k in r["expect_any"]), "coverage lost"
    # due must equal a fresh oracle recomputation
    for r in rows+extra:
        src_row=[x for x in ROWS if x[3]==r["q"]][0]
        t=D.fromisoformat(src_row[2])
        if r["kind"]=="none": exp=None
        elif r["kind"]=="choice": exp=min(compute(s_,t)[0] for s_ in src_row[4]).isoformat()
        else: exp=compute(src_row[4],t)[0].isoformat()
        assert r["due"]==exp,(r["q"],r["due"],exp)
    from collections import Counter
    vs=Counter(r["voice"] for r in rows); ks=Counter(r["kind"] for r in rows)
    assert set(vs)<= {"duty","typos","scenario","indirect","newstarter","manager"}
    assert set(ks)<= {"date","visits","age","choice","none"}
    seenq=set()
    for r in rows:
        assert r["q"] not in seenq, r["q"]; seenq.add(r["q"])
        assert all(p in src for p in r["expect_any"])
        assert (r["due"] is None)==(r["kind"]=="none")
        if r["kind"]=="choice": assert len(r["expect_any"])>=2
        D.fromisoformat(r["today"])
    print(len(rows),"rows"); print("kinds",dict(ks)); print("voices",dict(vs))
    print("years of today",dict(Counter(r["today"][:4] for r in rows)))
    print("ambiguous",sum(1 for r in rows if "ambiguous" in r)); print("extra rows (not in main set)",len(extra))
    print("timescale phrases covered",len(set(k for r in rows for k in r["expect_any"])))

if __name__=="__main__":
    sys.path.insert(0,HERE); build(); check()
