#!/usr/bin/env python3
"""Independent oracle for the held-out deadline question set (round 24).
Standard library only. Computes `due` and `count` for every row in rows.py-style ROWS below,
checks phrases against the source, and writes questions.jsonl.
"""
import datetime as dt, json, sys, os, collections

D = dt.date
SRC = "/work/shared/source/practice-standards.txt"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.jsonl")

# England & Wales bank holidays 2024-2028, typed by hand (substitute days included).
BANK = {D(*x) for x in [
    (2024,1,1),(2024,3,29),(2024,4,1),(2024,5,6),(2024,5,27),(2024,8,26),(2024,12,25),(2024,12,26),
    (2025,1,1),(2025,4,18),(2025,4,21),(2025,5,5),(2025,5,26),(2025,8,25),(2025,12,25),(2025,12,26),
    (2026,1,1),(2026,4,3),(2026,4,6),(2026,5,4),(2026,5,25),(2026,8,31),(2026,12,25),(2026,12,28),
    (2027,1,1),(2027,3,26),(2027,3,29),(2027,5,3),(2027,5,31),(2027,8,30),(2027,12,27),(2027,12,28),
    (2028,1,3),(2028,4,14),(2028,4,17),(2028,5,1),(2028,5,29),(2028,8,28),(2028,12,25),(2028,12,26),
]}

def _selfcheck():
    # cross-check the typed list against rules (Easter by the anonymous Gregorian algorithm)
    def easter(y):
        a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
        i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=((h+l-7*m+114)%31)+1
        return D(y,mo,da)
    calc=set()
    for y in range(2024,2029):
        nd=D(y,1,1)
        while nd.weekday()>=5: nd+=dt.timedelta(1)
        calc.add(nd)
        e=easter(y); calc|={e-dt.timedelta(2), e+dt.timedelta(1)}
        d=D(y,5,1)
        while d.weekday()!=0: d+=dt.timedelta(1)
        calc.add(d)
        d=D(y,5,31)
        while d.weekday()!=0: d-=dt.timedelta(1)
        calc.add(d)
        d=D(y,8,31)
        while d.weekday()!=0: d-=dt.timedelta(1)
        calc.add(d)
        c=D(y,12,25); b=D(y,12,26)
        if c.weekday()==5: c,b=D(y,12,27),D(y,12,28)      # Sat/Sun
        elif c.weekday()==6: c=D(y,12,27)                 # Sun/Mon
        elif b.weekday()==5: b=D(y,12,28)                 # Fri/Sat
        calc|={c,b}
    assert calc==BANK, sorted(calc ^ BANK)
_selfcheck()

WD = ["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]
def fmt(d): return f"{d.isoformat()} ({WD[d.weekday()]})"
def isw(d): return d.weekday()<5 and d not in BANK

def wd_after(e,n):
    d=e; skipped=[]
    for _ in range(n):
        d+=dt.timedelta(1)
        while not isw(d):
            if d in BANK: skipped.append(d)
            d+=dt.timedelta(1)
    return d, skipped
def wd_before(e,n):
    d=e; skipped=[]
    for _ in range(n):
        d-=dt.timedelta(1)
        while not isw(d):
            if d in BANK: skipped.append(d)
            d-=dt.timedelta(1)
    return d, skipped
def add_months(d,n):
    y=d.year+(d.month-1+n)//12; m=(d.month-1+n)%12+1
    import calendar
    last=calendar.monthrange(y,m)[1]
    return D(y,m,min(d.day,last)), d.day>last

def resolve(ev,today):
    if not ev.startswith("@"): return D.fromisoformat(ev)
    r=ev[1:]
    if r=="today": return today
    if r=="yesterday": return today-dt.timedelta(1)
    if r=="tomorrow": return today+dt.timedelta(1)
    kind,day=r.split("-"); wd=[w.lower() for w in WD].index(day)
    d=today
    while True:
        d+= dt.timedelta(-1 if kind=="last" else 1)
        if d.weekday()==wd: return d

def compute(op,today):
    t=op[0]
    if t=="none": return None,"the standards set no timescale for this"
    if t=="choice":
        a,ca=compute(op[1],today); b,cb=compute(op[2],today)
        return min(a,b), f"option A: {ca} | option B: {cb}; due = earlier"
    if t=="age":
        dob=D.fromisoformat(op[1]); yrs,mos=op[2],op[3]
        try: bd=D(dob.year+yrs,dob.month,dob.day); note=""
        except ValueError: bd=D(dob.year+yrs,3,1); note=" (29 Feb birthday, non-leap year -> 1 March)"
        if mos:
            r,cl=add_months(bd,mos)
            return r, f"born {fmt(dob)}; {yrs}th birthday {fmt(bd)}{note} + {mos} months -> {fmt(r)}"+(" (clamped to month end)" if cl else "")
        return r_if(bd), f"born {fmt(dob)}; {yrs}th birthday -> {fmt(bd)}{note}"
    e=resolve(op[1],today); n=op[2] if len(op)>2 else 0
    if t=="wd":
        r,s=wd_after(e,n)
        c=f"{n} working day{'s' if n>1 else ''} after {fmt(e)} -> {fmt(r)}"
        if not isw(e): c+=f"; event on a non-working day, counting starts next working day"
        if s: c+="; skips bank holidays "+", ".join(x.isoformat() for x in s)
        return r,c
    if t=="wdb":
        r,s=wd_before(e,n)
        c=f"{n} working days before {fmt(e)} -> {fmt(r)}"
        if s: c+="; skips bank holidays "+", ".join(x.isoformat() for x in s)
        return r,c
    if t=="d":
        r=e+dt.timedelta(n); c=f"{n} calendar days after {fmt(e)} -> {fmt(r)}"
        if not isw(r): c+=" (not a working day; no rule moves it)"
        return r,c
    if t=="db":
        r=e-dt.timedelta(n); c=f"{n} calendar days before {fmt(e)} -> {fmt(r)}"
        if not isw(r): c+=" (not a working day; no rule moves it)"
        return r,c
    if t=="w":
        r=e+dt.timedelta(7*n); c=f"{n} weeks ({7*n} days) after {fmt(e)} -> {fmt(r)}"
        if not isw(r): c+=" (not a working day; no rule moves it)"
        return r,c
    if t=="m":
        r,cl=add_months(e,n); c=f"{n} months after {fmt(e)} -> {fmt(r)}"+(" (clamped to month end)" if cl else "")
        return r,c
    if t=="same":
        return e, f"same day as {fmt(e)}"
    raise ValueError(op)
def r_if(x): return x

from rows import PH, ROWS  # noqa: E402

def main():
    src=open(SRC,encoding="utf-8").read()
    bad=[k for k,v in PH.items() if v not in src or len(v.split())<6]
    assert not bad, bad
    out=[]
    for i,r in enumerate(ROWS):
        today=D.fromisoformat(r["today"])
        due,count=compute(r["op"],today)
        row={"q":r["q"],"today":r["today"],"due":due.isoformat() if due else None,
             "expect_any":[PH[k] for k in r["ph"]],"count":count,"voice":r["v"],"kind":r["k"]}
        if r.get("amb"): row["ambiguous"]=r["amb"]
        assert row["voice"] in {"duty","typos","scenario","indirect","newstarter","manager"}, i
        assert row["kind"] in {"date","visits","age","choice","none"}, i
        assert (row["kind"]=="none")==(due is None), i
        if row["kind"]=="choice": assert len(row["expect_any"])>=2, i
        out.append(row)
    with open(OUT,"w",encoding="utf-8") as f:
        for row in out: f.write(json.dumps(row,ensure_ascii=False)+"\n")
    print(len(out), collections.Counter(r["kind"] for r in out), collections.Counter(r["voice"] for r in out))

def check():
    """Independent pass over the written file: parses, phrases verbatim, dues recomputed, counts."""
    src=open(SRC,encoding="utf-8").read()
    rows=[json.loads(l) for l in open(OUT,encoding="utf-8")]
    assert len(rows)==len(ROWS)
    for r,spec in zip(rows,ROWS):
        for p in r["expect_any"]:
            assert p in src and len(p.split())>=6, p
        due,_=compute(spec["op"],D.fromisoformat(spec["today"]))
        assert r["due"]==(due.isoformat() if due else None)
        if r["due"]: D.fromisoformat(r["due"])
    print("check ok:", len(rows), "rows;", dict(collections.Counter(r["kind"] for r in rows)), dict(collections.Counter(r["voice"] for r in rows)))

if __name__=="__main__":
    main(); check()
