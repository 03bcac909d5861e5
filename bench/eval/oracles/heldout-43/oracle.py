#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (round 43).
Standard library only. Computes `due` and `count` for every row from a structured spec,
writes questions.jsonl, and runs the checks asked for in BRIEF.md."""
import datetime as dt, json, os, re, sys, calendar
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"
D = dt.date.fromisoformat

# England & Wales bank holidays 2024-2028, typed by hand (substitute days applied).
BANK_HOLIDAYS = {D(s) for s in """
2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26
2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26
2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28
2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28
2028-01-03 2028-04-14 2028-04-17 2028-05-01 2028-05-29 2028-08-28 2028-12-25 2028-12-26
""".split()}

def _easter(y):  # anonymous Gregorian algorithm, used only to cross-check the typed list
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
    i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=(h+l-7*m+114)%31+1
    return dt.date(y,mo,da)

def _rule_holidays(y):
    out=set()
    def sub(d):
        while d.weekday()>=5 or d in out: d+=dt.timedelta(1)
        return d
    out.add(sub(dt.date(y,1,1)))
    e=_easter(y); out|={e-dt.timedelta(2), e+dt.timedelta(1)}
    first_mon=lambda m: min(dt.date(y,m,x) for x in range(1,8) if dt.date(y,m,x).weekday()==0)
    last_mon=lambda m: max(dt.date(y,m,x) for x in range(1,calendar.monthrange(y,m)[1]+1) if dt.date(y,m,x).weekday()==0)
    out|={first_mon(5), last_mon(5), last_mon(8)}
    c=sub(dt.date(y,12,25)); out.add(c); out.add(sub(max(dt.date(y,12,26), c+dt.timedelta(1)) if dt.date(y,12,26).weekday()>=5 else dt.date(y,12,26)))
    return out

assert BANK_HOLIDAYS == set().union(*[_rule_holidays(y) for y in range(2024,2029)]), "typed bank holidays disagree with rules"

def wk(d): return d.strftime("%a")
def fmt(d): return f"{d.isoformat()} ({wk(d)})"
def is_wd(d): return d.weekday()<5 and d not in BANK_HOLIDAYS

def add_wd(d,n):
    cur=d; skipped=[]
    for _ in range(n):
        cur+=dt.timedelta(1)
        while not is_wd(cur):
            if cur in BANK_HOLIDAYS: skipped.append(cur)
            cur+=dt.timedelta(1)
    return cur, skipped

def sub_wd(d,n):
    cur=d; skipped=[]
    for _ in range(n):
        cur-=dt.timedelta(1)
        while not is_wd(cur):
            if cur in BANK_HOLIDAYS: skipped.append(cur)
            cur-=dt.timedelta(1)
    return cur, skipped

def add_months(d,n):
    y,m=divmod(d.month-1+n,12); y+=d.year; m+=1
    return dt.date(y,m,min(d.day,calendar.monthrange(y,m)[1]))

def compute(op):
    k=op[0]; s=op[1]
    if k=="wd":
        r,sk=add_wd(s,op[2]); c=f"{op[2]} working days after {fmt(s)} -> {fmt(r)}"
        if not is_wd(s): c+=f"; start day {s.isoformat()} is not a working day, counting from the next working day"
        c+= "; skips bank holidays "+", ".join(x.isoformat() for x in sk) if sk else "; no bank holidays in range"
        return r,c
    if k=="wdb":
        r,sk=sub_wd(s,op[2]); c=f"{op[2]} working days before {fmt(s)} -> {fmt(r)}"
        c+= "; skips bank holidays "+", ".join(x.isoformat() for x in sk) if sk else "; no bank holidays in range"
        return r,c
    if k=="d":
        r=s+dt.timedelta(op[2]); return r, f"{op[2]} calendar days after {fmt(s)} -> {fmt(r)}"
    if k=="db":
        r=s-dt.timedelta(op[2]); return r, f"{op[2]} calendar days before {fmt(s)} -> {fmt(r)}"
    if k=="w":
        r=s+dt.timedelta(7*op[2]); return r, f"{op[2]} weeks ({7*op[2]} days) after {fmt(s)} -> {fmt(r)}"
    if k=="m":
        r=add_months(s,op[2]); c=f"{op[2]} months after {fmt(s)} -> {fmt(r)}"
        if r.day!=s.day: c+=f" (no {s.day}th in that month, last day used)"
        return r,c
    if k=="same":
        return s, f"same day as {fmt(s)}"
    if k=="age":
        y,mo=op[2],op[3]; r=add_months(s,12*y+mo); lbl=f"{y} years"+(f" {mo} months" if mo else "")
        c=f"date of birth {s.isoformat()} + {lbl} -> {fmt(r)}"
        if s.month==2 and s.day==29 and r.day!=29:
            r=dt.date(r.year,3,1); c=f"date of birth {s.isoformat()} (29 Feb) + {lbl}; non-leap year so birthday taken as 1 March -> {fmt(r)}"
        return r,c
    raise ValueError(op)

DAYS=["mon","tue","wed","thu","fri","sat","sun"]
def resolve(x,today):
    if isinstance(x,dt.date): return x
    if not x.startswith("rel:"): return D(x)
    w=x[4:]
    if w=="today": return today
    if w=="yesterday": return today-dt.timedelta(1)
    if w=="tomorrow": return today+dt.timedelta(1)
    if w.startswith("last "):  # most recent such weekday strictly before today
        t=DAYS.index(w[5:].lower()); d=today-dt.timedelta(1)
        while d.weekday()!=t: d-=dt.timedelta(1)
        return d
    if w.startswith("next "):  # next such weekday strictly after today
        t=DAYS.index(w[5:].lower()); d=today+dt.timedelta(1)
        while d.weekday()!=t: d+=dt.timedelta(1)
        return d
    if w.startswith("dom "):   # "the 3rd": that day in the current month (must not be after today)
        d=today.replace(day=int(w[4:])); assert d<=today; return d
    raise ValueError(x)

from rows import ROWS  # structured row descriptions

def build():
    out=[]
    for r in ROWS:
        today=D(r["today"]); row={"q":r["q"],"today":r["today"]}
        ops=r.get("op")
        if r["kind"]=="none":
            row["due"]=None; row["count"]="no timescale in the standards: "+r["why"]
        else:
            if not isinstance(ops,list): ops=[ops]
            res=[]
            for op in ops:
                op=(op[0],resolve(op[1],today))+tuple(op[2:]); res.append(compute(op))
            due=min(x[0] for x in res)
            row["due"]=due.isoformat()
            row["count"]=(" | ".join(("option: " if len(res)>1 else "")+c for _,c in res)
                          + (f"; earlier of the two = {due.isoformat()}" if len(res)>1 else ""))
            if r.get("note"): row["count"]+="; "+r["note"]
        row["expect_any"]=r["exp"]; row["voice"]=r["voice"]; row["kind"]=r["kind"]
        if r.get("amb"): row["ambiguous"]=r["amb"]
        out.append(row)
    return out

def check(rows):
    src=open(SOURCE,encoding="utf-8").read()
    ok=True
    for i,r in enumerate(rows):
        for p in r["expect_any"]:
            if p not in src: print("PHRASE NOT FOUND row",i,repr(p)); ok=False
            if len(p.split())<6: print("PHRASE TOO SHORT row",i,repr(p)); ok=False
        if r["kind"]=="choice" and len(r["expect_any"])<2: print("choice needs 2 phrases",i); ok=False
        if r["voice"] not in {"duty","typos","scenario","indirect","newstarter","manager"}: print("bad voice",i); ok=False
        if r["kind"] not in {"date","visits","age","choice","none"}: print("bad kind",i); ok=False
    qs=Counter(r["q"] for r in rows)
    for q,n in qs.items():
        if n>1: print("DUPLICATE q:",q); ok=False
    return ok

if __name__=="__main__":
    rows=build()
    path=os.path.join(HERE,"questions.jsonl")
    with open(path,"w",encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r,ensure_ascii=False)+"\n")
    # re-parse
    back=[json.loads(l) for l in open(path,encoding="utf-8")]
    assert back==rows
    ok=check(back)
    print("rows",len(back)); print("kinds",Counter(r["kind"] for r in back)); print("voices",Counter(r["voice"] for r in back))
    print("years",Counter(r["today"][:4] for r in back))
    sys.exit(0 if ok else 1)
