#!/usr/bin/env python3
"""Oracle for set-heldout-27: computes `due` and `count` for every row from a
structured description, checks phrases against the source, writes questions.jsonl.
Standard library only."""
import datetime as dt, json, re, sys, os, calendar
from collections import Counter

D = dt.date.fromisoformat
SRC = "/work/shared/source/practice-standards.txt"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.jsonl")

# England & Wales bank holidays 2024-2028, typed by hand (substitute days applied).
BANK_HOLIDAYS = {D(x) for x in """
2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26
2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26
2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28
2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28
2028-01-03 2028-04-14 2028-04-17 2028-05-01 2028-05-29 2028-08-28 2028-12-25 2028-12-26
""".split()}

def _selfcheck():
    # cross-check typed list against rules (computus + Monday rules + substitutes)
    def easter(y):
        a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3
        h=(19*a+b-d-g+15)%30;i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7
        m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=(h+l-7*m+114)%31+1
        return dt.date(y,mo,da)
    exp=set()
    for y in range(2024,2029):
        nyd=dt.date(y,1,1)
        while nyd.weekday()>4: nyd+=dt.timedelta(1)
        exp.add(nyd)
        e=easter(y); exp|={e-dt.timedelta(2), e+dt.timedelta(1)}
        d=dt.date(y,5,1)
        while d.weekday()!=0: d+=dt.timedelta(1)
        exp.add(d)
        d=dt.date(y,5,31)
        while d.weekday()!=0: d-=dt.timedelta(1)
        exp.add(d)
        d=dt.date(y,8,31)
        while d.weekday()!=0: d-=dt.timedelta(1)
        exp.add(d)
        xmas=dt.date(y,12,25); box=dt.date(y,12,26)
        days=[]
        for h in (xmas,box):
            while h.weekday()>4 or h in days: h+=dt.timedelta(1)
            days.append(h)
        exp|=set(days)
    assert exp==BANK_HOLIDAYS, sorted(exp ^ BANK_HOLIDAYS)

def iswd(d): return d.weekday()<5 and d not in BANK_HOLIDAYS
def fmt(d): return f"{d.isoformat()} ({d.strftime('%a')})"

def add_months(d, n):
    y, m = divmod(d.month-1+n, 12); y += d.year; m += 1
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last)), d.day > last

def apply(rule, s):
    """rule: 'wd+N','wd-N','d+N','d-N','w+N','m+N','age:Y,M'. returns (due, count)."""
    if rule.startswith("wd"):
        n=int(rule[3:]); step=1 if rule[2]=="+" else -1
        d=s; k=0; skipped=[]
        while k<n:
            d+=dt.timedelta(step)
            if iswd(d): k+=1
            elif d in BANK_HOLIDAYS: skipped.append(d)
        rel="after" if step>0 else "before"
        c=f"{n} working day{'s' if n!=1 else ''} {rel} {fmt(s)} -> {fmt(d)}"
        if s.weekday()>4 or s in BANK_HOLIDAYS:
            c+=f"; start day is {'a bank holiday' if s in BANK_HOLIDAYS else 'a weekend'}, counted from it"
        if skipped: c+="; skips bank holidays "+", ".join(x.isoformat() for x in sorted(skipped))
        return d,c
    if rule.startswith("d"):
        n=int(rule[2:]); d=s+dt.timedelta(n if rule[1]=="+" else -n)
        c=f"{n} calendar days {'after' if rule[1]=='+' else 'before'} {fmt(s)} -> {fmt(d)}"
        if d in BANK_HOLIDAYS: c+="; lands on a bank holiday (calendar days, not moved)"
        elif d.weekday()>4: c+="; lands on a weekend (calendar days, not moved)"
        return d,c
    if rule.startswith("w+"):
        n=int(rule[2:]); d=s+dt.timedelta(7*n)
        c=f"{n} week{'s' if n!=1 else ''} (7x{n}={7*n} days) after {fmt(s)} -> {fmt(d)}"
        if d in BANK_HOLIDAYS: c+="; lands on a bank holiday (not moved)"
        elif d.weekday()>4: c+="; lands on a weekend (not moved)"
        return d,c
    if rule.startswith("m+"):
        n=int(rule[2:]); d,cl=add_months(s,n)
        c=f"{n} months after {fmt(s)} -> {fmt(d)}"
        if cl: c+=f"; day {s.day} does not exist in that month, so last day of month"
        return d,c
    if rule.startswith("age:"):
        y,m=map(int,rule[4:].split(","))
        if s.month==2 and s.day==29:
            t,_=add_months(s,12*y+m)
            if t.month==2 and t.day==28 and not calendar.isleap(t.year):
                t=dt.date(t.year,3,1)
                return t, f"born {s.isoformat()} (29 Feb); {y}y{m}m birthday falls in non-leap year, taken as 1 March -> {fmt(t)}"
            return t, f"born {s.isoformat()} (29 Feb) + {y} years {m} months -> {fmt(t)} (leap year, so 29 Feb exists)"
        t,cl=add_months(s,12*y+m)
        c=f"born {s.isoformat()} + {y} years{f' {m} months' if m else ''} -> {fmt(t)}"
        if cl: c+=f"; day {s.day} does not exist in that month, so last day of month"
        return t,c
    raise ValueError(rule)

from rows import ROWS, P  # row descriptions and phrase table

WEEKDAYS=["mon","tue","wed","thu","fri","sat","sun"]

def rel_check(rel, today, start):
    if rel=="yesterday": return start==today-dt.timedelta(1)
    if rel=="today": return start==today
    if rel=="tomorrow": return start==today+dt.timedelta(1)
    m=re.fullmatch(r"last (\w+)", rel)
    if m:  # most recent such weekday strictly before today, within 7 days
        wd=WEEKDAYS.index(m.group(1)[:3]); return start.weekday()==wd and 1<=(today-start).days<=7
    m=re.fullmatch(r"next (\w+)", rel)
    if m:
        wd=WEEKDAYS.index(m.group(1)[:3]); return start.weekday()==wd and 1<=(start-today).days<=7
    m=re.fullmatch(r"the (\d+)\w*", rel)
    if m: return start.day==int(m.group(1)) and 0<=(today-start).days<31
    raise ValueError(rel)

def main():
    _selfcheck()
    src=open(SRC,encoding="utf-8").read()
    for k,v in P.items():
        for ph in (v if isinstance(v,list) else [v]):
            assert len(ph.split())>=6, (k,ph)
            assert ph in src, ("phrase not in source", k, ph)
    out=[]; errs=[]
    for i,r in enumerate(ROWS):
        today=D(r["today"]); kind=r["kind"]
        keys=r["keys"]; phrases=[]
        for k in keys:
            v=P[k]; phrases.append(v[0] if isinstance(v,list) else v)
        if kind=="none":
            due=None; count="no timescale set in the standards: "+r["why"]
        elif kind=="choice":
            res=[]
            for rule,st,lab in r["rules"]:
                d,c=apply(rule,D(st)); res.append((d,f"{lab}: {c}"))
            due=min(x[0] for x in res)
            count=" | ".join(c for _,c in res)+f"; due = earlier = {due.isoformat()}"
        else:
            due,count=apply(r["rule"],D(r["start"]))
            if r.get("note"): count+="; "+r["note"]
        q=r["q"]
        # weekday names in q must match the start date
        st=D(r["start"]) if r.get("start") else (D(r["rules"][0][1]) if kind=="choice" else None)
        if st and kind!="age":
            for w in re.findall(r"\b(mon|tues?|wed|thurs?|fri|sat|sun)(?:day)?\b", q.lower()):
                if WEEKDAYS.index(w[:3])!=st.weekday() and not r.get("rel"):
                    errs.append((i,"weekday mismatch",w,q))
        if r.get("rel"):
            if not rel_check(r["rel"],today,st): errs.append((i,"rel mismatch",r["rel"],q))
        row={"q":q,"today":today.isoformat(),"due":due.isoformat() if due else None,
             "expect_any":phrases,"count":count,"voice":r["voice"],"kind":kind}
        if r.get("amb"): row["ambiguous"]=r["amb"]
        out.append(row)
    if errs:
        for e in errs: print("ERR",e)
        sys.exit(1)
    with open(OUT,"w",encoding="utf-8") as f:
        for row in out: f.write(json.dumps(row,ensure_ascii=False)+"\n")
    # verify
    n=0
    for line in open(OUT,encoding="utf-8"):
        row=json.loads(line); n+=1
        for ph in row["expect_any"]: assert ph in src and len(ph.split())>=6
        assert row["voice"] in {"duty","typos","scenario","indirect","newstarter","manager"}
        assert row["kind"] in {"date","visits","age","choice","none"}
        assert (row["due"] is None)==(row["kind"]=="none")
    print(n,"rows")
    print(Counter(r["kind"] for r in out)); print(Counter(r["voice"] for r in out))
    print(Counter(r["today"][:4] for r in out))

if __name__=="__main__": main()
