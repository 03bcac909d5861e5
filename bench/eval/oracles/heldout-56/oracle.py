#!/usr/bin/env python3
"""Oracle for the held-out deadline question set. Standard library only.
Run: python3 oracle.py  -> writes questions.jsonl and runs checks."""
import datetime as dt, json, re, sys, os
from rows import ROWS, PH

D = dt.date
BANK = {
 2024: ["01-01","03-29","04-01","05-06","05-27","08-26","12-25","12-26"],
 2025: ["01-01","04-18","04-21","05-05","05-26","08-25","12-25","12-26"],
 2026: ["01-01","04-03","04-06","05-04","05-25","08-31","12-25","12-28"],
 2027: ["01-01","03-26","03-29","05-03","05-31","08-30","12-27","12-28"],
 2028: ["01-03","04-14","04-17","05-01","05-29","08-28","12-25","12-26"],
}
HOL = {D.fromisoformat(f"{y}-{md}") for y, l in BANK.items() for md in l}

def _easter(y):  # anonymous Gregorian algorithm, used only to cross-check the typed list
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
    i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=((h+l-7*m+114)%31)+1
    return D(y,mo,da)
def _selfcheck():
    for y in BANK:
        e=_easter(y); exp=set()
        def sub(d, taken):
            while d.weekday()>=5 or d in taken: d+=dt.timedelta(1)
            return d
        exp.add(sub(D(y,1,1),set())); exp.add(e-dt.timedelta(2)); exp.add(e+dt.timedelta(1))
        d=D(y,5,1); d+=dt.timedelta((0-d.weekday())%7); exp.add(d)
        d=D(y,5,31); d-=dt.timedelta(d.weekday()); exp.add(d)
        d=D(y,8,31); d-=dt.timedelta(d.weekday()); exp.add(d)
        c=sub(D(y,12,25),set()); exp.add(c); exp.add(sub(D(y,12,26),{c}))
        got={x for x in HOL if x.year==y}
        assert got==exp, (y, sorted(got^exp))
_selfcheck()

WD = "Mon Tue Wed Thu Fri Sat Sun".split()
def f(d): return f"{d.isoformat()} ({WD[d.weekday()]})"
def working(d): return d.weekday()<5 and d not in HOL

def resolve(s, today):
    if isinstance(s, D): return s
    if s == "T": return today
    m = re.fullmatch(r"T([+-]\d+)", s)
    if m: return today + dt.timedelta(int(m.group(1)))
    m = re.fullmatch(r"last:(\w{3})", s)   # most recent such weekday strictly before today
    if m:
        k = WD.index(m.group(1)); d = today - dt.timedelta(1)
        while d.weekday()!=k: d -= dt.timedelta(1)
        return d
    return D.fromisoformat(s)

def add_months(d, n):
    y, m = divmod(d.month-1+n, 12); y += d.year; m += 1
    for day in (d.day, 30, 29, 28):
        try: return D(y, m, day), day != d.day
        except ValueError: pass

def wd_step(start, n, sign):
    d = start; k = 0; skipped = []
    while k < n:
        d += dt.timedelta(sign)
        if working(d): k += 1
        elif d in HOL: skipped.append(d)
    return d, skipped

def calc(rule, today):
    op = rule[0]
    if op == "choice":
        parts = [calc(r, today) for r in rule[1:]]
        due = min(p[0] for p in parts)
        return due, "choice: " + " | ".join(p[1] for p in parts) + f"; due = earlier = {due.isoformat()}"
    if op == "age":
        dob = resolve(rule[1], today); yrs, mos = rule[2], rule[3]
        if mos == 0:
            y = dob.year + yrs
            if dob.month == 2 and dob.day == 29 and not (y%4==0 and (y%100!=0 or y%400==0)):
                d = D(y,3,1); return d, f"born {f(dob)}; turns {yrs} on {f(d)} (29 Feb birthday, {y} not a leap year -> 1 March)"
            d = D(y, dob.month, dob.day); return d, f"born {f(dob)}; turns {yrs} on {f(d)}"
        d, clamped = add_months(dob, yrs*12+mos)
        return d, f"born {f(dob)}; {yrs} years {mos} months = {yrs*12+mos} months later -> {f(d)}" + ("; day clamped to month end" if clamped else "")
    s = resolve(rule[1], today); n = rule[2] if len(rule) > 2 else 0
    if op == "same": return s, f"same day as {f(s)}"
    if op in ("wd+", "wd-"):
        d, sk = wd_step(s, n, 1 if op=="wd+" else -1)
        t = f"{n} working day{'s' if n!=1 else ''} {'after' if op=='wd+' else 'before'} {f(s)} -> {f(d)}"
        if sk: t += "; skips bank holidays " + ", ".join(x.isoformat() for x in sorted(sk))
        if not working(s) and op == "wd+": t += f"; start day is {'a bank holiday' if s in HOL else 'a weekend'}"
        return d, t
    if op == "d+": d = s + dt.timedelta(n); return d, f"{n} calendar days after {f(s)} -> {f(d)}"
    if op == "d-": d = s - dt.timedelta(n); return d, f"{n} calendar days before {f(s)} -> {f(d)}"
    if op == "w+": d = s + dt.timedelta(7*n); return d, f"{n} weeks ({7*n} days) after {f(s)} -> {f(d)}"
    if op == "m+":
        d, c = add_months(s, n)
        return d, f"{n} months after {f(s)} -> {f(d)}" + ("; day clamped to month end" if c else "")
    raise ValueError(op)

def main():
    src = open("/work/shared/source/practice-standards.txt", encoding="utf-8").read()
    bad = [k for k, v in PH.items() if v not in src or len(v.split()) < 6]
    assert not bad, ("phrases not verbatim/too short", bad)
    out = []
    for i, r in enumerate(ROWS):
        voice, kind, today, q, rule, keys = r[:6]
        amb = r[6] if len(r) > 6 else None
        today = D.fromisoformat(today)
        if kind == "none":
            due, count = None, rule if isinstance(rule, str) else "no timescale in the standards"
        else:
            due, count = calc(rule, today); due = due.isoformat()
        row = {"q": q, "today": today.isoformat(), "due": due, "expect_any": [PH[k] for k in keys],
               "count": count, "voice": voice, "kind": kind}
        if amb: row["ambiguous"] = amb
        out.append(row)
    with open("questions.jsonl", "w", encoding="utf-8") as fh:
        for row in out: fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    # checks
    from collections import Counter
    rows = [json.loads(l) for l in open("questions.jsonl", encoding="utf-8")]
    for row in rows:
        for p in row["expect_any"]: assert p in src and len(p.split()) >= 6, p
        assert row["voice"] in "duty typos scenario indirect newstarter manager".split()
        assert row["kind"] in "date visits age choice none".split()
        assert (row["due"] is None) == (row["kind"] == "none")
        if row["kind"] == "choice": assert len(row["expect_any"]) >= 2
        assert row["expect_any"]
    qs = Counter(r["q"] for r in rows); assert max(qs.values()) == 1, [k for k,v in qs.items() if v>1]
    print(len(rows), "rows"); print(Counter(r["kind"] for r in rows)); print(Counter(r["voice"] for r in rows))
    print(Counter((r["voice"], r["kind"]) for r in rows))
    print("years:", Counter(r["today"][:4] for r in rows))

if __name__ == "__main__": main()
