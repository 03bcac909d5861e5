#!/usr/bin/env python3
"""Oracle for the frozen deadline question set (standard library only).
Computes `due` and `count` for every row from a structured spec in rows.py,
checks phrases against the source, and writes questions.jsonl."""
import datetime as dt, json, re, sys, os, calendar
D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"

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

def _selfcheck_holidays():
    """Independent cross-check of the typed list (Easter via anonymous Gregorian algorithm)."""
    def easter(y):
        a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
        i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=((h+l-7*m+114)%31)+1
        return D(y,mo,da)
    def first_mon(y,m):
        d=D(y,m,1)
        while d.weekday()!=0: d+=dt.timedelta(1)
        return d
    def last_mon(y,m):
        d=D(y,m,calendar.monthrange(y,m)[1])
        while d.weekday()!=0: d-=dt.timedelta(1)
        return d
    calc=set()
    for y in range(2024,2029):
        nyd=D(y,1,1)
        calc.add(nyd if nyd.weekday()<5 else nyd+dt.timedelta(7-nyd.weekday()))
        e=easter(y); calc|={e-dt.timedelta(2), e+dt.timedelta(1)}
        calc|={first_mon(y,5), last_mon(y,5), last_mon(y,8)}
        xmas=D(y,12,25); box=D(y,12,26)
        if xmas.weekday()<5 and box.weekday()<5: calc|={xmas,box}
        elif xmas.weekday()==4: calc|={xmas, D(y,12,28)}      # Fri + Sat
        elif xmas.weekday()==5: calc|={D(y,12,27), D(y,12,28)} # Sat + Sun
        elif xmas.weekday()==6: calc|={D(y,12,26), D(y,12,27)} # Sun + Mon
    assert calc==BANK_HOLIDAYS, (sorted(calc^BANK_HOLIDAYS))

DOW=["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]
def f(d): return f"{d.isoformat()} ({DOW[d.weekday()]})"
def is_wd(d): return d.weekday()<5 and d not in BANK_HOLIDAYS
def bh_between(a,b):
    lo,hi=min(a,b),max(a,b)
    return sorted(h for h in BANK_HOLIDAYS if lo<=h<=hi)
def bh_note(a,b):
    hs=bh_between(a,b)
    return ("; skips bank holidays "+", ".join(h.isoformat() for h in hs)) if hs else "; no bank holidays in range"

def wd_after(s,n):
    d=s;k=0
    while k<n:
        d+=dt.timedelta(1)
        if is_wd(d): k+=1
    return d
def wd_before(s,n):
    d=s;k=0
    while k<n:
        d-=dt.timedelta(1)
        if is_wd(d): k+=1
    return d
def add_months(s,n):
    y=s.year+(s.month-1+n)//12; m=(s.month-1+n)%12+1
    last=calendar.monthrange(y,m)[1]
    return D(y,m,min(s.day,last)), s.day>last

def resolve(today, token):
    """Absolute ISO date, or a relative phrase read against today."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", token): return D.fromisoformat(token)
    t=token.lower()
    if t=="today": return today
    if t=="yesterday": return today-dt.timedelta(1)
    if t=="tomorrow": return today+dt.timedelta(1)
    m=re.fullmatch(r"(last|on|next) (mon|tue|wed|thu|fri|sat|sun)\w*", t)
    if m:
        w=DOW.index(m.group(2).capitalize()); d=today
        step = 1 if m.group(1)=="next" else -1
        d+=dt.timedelta(step)
        while d.weekday()!=w: d+=dt.timedelta(step)
        return d
    m=re.fullmatch(r"the (\d+)(st|nd|rd|th)", t)
    if m:
        n=int(m.group(1))
        if n<=today.day: return today.replace(day=n)
        pm=(today.replace(day=1)-dt.timedelta(1)); return pm.replace(day=n)
    raise ValueError(token)

def compute(today, calc):
    """calc: (op, start, n[, extra]). Returns (due, count)."""
    op=calc[0]
    if op=="choice":
        parts=[compute(today,c) for c in calc[1:]]
        due=min(p[0] for p in parts)
        return due, "CHOICE: " + " | ".join(p[1] for p in parts) + f" -> earlier is {due.isoformat()}"
    if op=="none": return None, "no timescale set in the standards for this"
    s=resolve(today, calc[1]); rel = "" if re.fullmatch(r"\d{4}-.*",calc[1]) else f"'{calc[1]}' read against today {f(today)} = "
    n=calc[2] if len(calc)>2 else None
    if op=="same":
        return s, f"same day as {rel}{f(s)}"
    if op=="wd":
        e=wd_after(s,n); note="" if is_wd(s) else f" (start {s.isoformat()} is not a working day; count from it)"
        return e, f"{n} working day(s) after {rel}{f(s)} -> {f(e)}{note}{bh_note(s,e)}"
    if op=="wdb":
        e=wd_before(s,n); return e, f"{n} working day(s) before {rel}{f(s)} -> {f(e)}{bh_note(s,e)}"
    if op=="d":
        e=s+dt.timedelta(n); return e, f"{n} calendar days after {rel}{f(s)} -> {f(e)}"
    if op=="db":
        e=s-dt.timedelta(n); return e, f"{n} calendar days before {rel}{f(s)} -> {f(e)}"
    if op=="w":
        e=s+dt.timedelta(7*n); return e, f"{n} weeks ({7*n} days) after {rel}{f(s)} -> {f(e)}"
    if op=="m":
        e,cl=add_months(s,n); return e, f"{n} months after {rel}{f(s)} -> {f(e)}"+(" (no such day in that month: last day used)" if cl else "")
    if op=="age":
        yrs, mos = n, (calc[3] if len(calc)>3 else 0)
        total=12*yrs+mos
        e,cl=add_months(s,total)
        note=""
        if cl and s.month==2 and s.day==29 and mos==0:
            e=D(e.year,3,1); note=" (29 Feb birthday, non-leap year: taken as 1 March)"
        elif cl: note=" (no such day in that month: last day of month used)"
        return e, f"age {yrs}y{mos}m from DOB {s.isoformat()} -> {f(e)}{note}"
    raise ValueError(op)

def main():
    _selfcheck_holidays()
    sys.path.insert(0, HERE)
    from rows import ROWS, P
    src=open(SOURCE, encoding="utf-8").read()
    for k,ph in P.items():
        assert ph in src, ("phrase not in source", k, ph)
        assert len(ph.split())>=6, ("phrase too short", k, ph)
    out=[]
    for i,r in enumerate(ROWS):
        today=D.fromisoformat(r["today"])
        due,count=compute(today, r["calc"])
        row={"q":r["q"],"today":r["today"],"due":due.isoformat() if due else None,
             "expect_any":[P[k] for k in r["keys"]],"count":count,"voice":r["voice"],"kind":r["kind"]}
        if r.get("amb"): row["ambiguous"]=r["amb"]
        assert r["voice"] in {"duty","typos","scenario","indirect","newstarter","manager"}, i
        assert r["kind"] in {"date","visits","age","choice","none"}, i
        assert (row["kind"]=="none")==(due is None), i
        assert (row["kind"]=="choice")==(r["calc"][0]=="choice"), i
        if row["kind"]=="choice": assert len(r["keys"])>=2, i
        out.append(row)
    with open(os.path.join(HERE,"questions.jsonl"),"w",encoding="utf-8") as fh:
        for row in out: fh.write(json.dumps(row, ensure_ascii=False)+"\n")
    from collections import Counter
    print(len(out), Counter(r["kind"] for r in out), Counter(r["voice"] for r in out))

if __name__=="__main__": main()
