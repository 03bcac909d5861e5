#!/usr/bin/env python3
"""Oracle for the frozen deadline question set. Standard library only.
Run: python3 oracle.py  -> writes questions.jsonl and runs checks."""
import datetime as dt, json, os, sys, re
D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/shared/source/practice-standards.txt"

# England & Wales bank holidays 2024-2028, typed by hand (substitute days applied).
BH = {D(*x) for x in [
 (2024,1,1),(2024,3,29),(2024,4,1),(2024,5,6),(2024,5,27),(2024,8,26),(2024,12,25),(2024,12,26),
 (2025,1,1),(2025,4,18),(2025,4,21),(2025,5,5),(2025,5,26),(2025,8,25),(2025,12,25),(2025,12,26),
 (2026,1,1),(2026,4,3),(2026,4,6),(2026,5,4),(2026,5,25),(2026,8,31),(2026,12,25),(2026,12,28),
 (2027,1,1),(2027,3,26),(2027,3,29),(2027,5,3),(2027,5,31),(2027,8,30),(2027,12,27),(2027,12,28),
 (2028,1,3),(2028,4,14),(2028,4,17),(2028,5,1),(2028,5,29),(2028,8,28),(2028,12,25),(2028,12,26)]}
DOW = ["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]
def f(d): return f"{d.isoformat()} ({DOW[d.weekday()]})"
def working(d): return d.weekday() < 5 and d not in BH

def add_wd(d, n):
    step = 1 if n > 0 else -1; k = abs(n); cur = d; skipped = []
    while k:
        cur += dt.timedelta(days=step)
        if working(cur): k -= 1
        elif cur in BH: skipped.append(cur)
    return cur, skipped

def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12); y += d.year; mo += 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31,30,31,30,31,31,30,31,30,31][mo-1]
    return D(y, mo, min(d.day, last)), d.day > last

def compute(start, rule):
    kind, n = rule[0], rule[1]
    if kind == "wd":
        due, sk = add_wd(start, n)
        c = f"{n} working day{'s' if n!=1 else ''} after {f(start)} -> {f(due)}"
        if not working(start): c += f"; start day is not a working day, counting from the next working day"
    elif kind == "wd_before":
        due, sk = add_wd(start, -n)
        c = f"{n} working days before {f(start)} -> {f(due)}"
    elif kind == "days":
        due, sk = start + dt.timedelta(days=n), []
        c = f"{n} calendar day{'s' if n!=1 else ''} after {f(start)} -> {f(due)}"
    elif kind == "days_before":
        due, sk = start - dt.timedelta(days=n), []
        c = f"{n} calendar days before {f(start)} -> {f(due)}"
    elif kind == "weeks":
        due, sk = start + dt.timedelta(days=7*n), []
        c = f"{n} week{'s' if n!=1 else ''} ({7*n} days) after {f(start)} -> {f(due)}"
    elif kind == "months":
        due, cl = add_months(start, n); sk = []
        c = f"{n} months after {f(start)} -> {f(due)}" + ("; day clamped to month end" if cl else "")
    elif kind == "age":  # rule = ("age", years, months)
        months = 12*n + (rule[2] if len(rule) > 2 else 0)
        due, cl = add_months(start, months); sk = []
        if cl: due = due + dt.timedelta(days=1)
        lab = f"{n} years" + (f" {rule[2]} months" if len(rule) > 2 and rule[2] else "")
        c = f"born {f(start)}; turns {lab} on {f(due)}"
        if cl: c += " (29 Feb birthday / missing day: taken as 1 March)"
    else: raise ValueError(rule)
    if sk: c += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
    return due, c

def resolve(spec, today):
    if isinstance(spec, D): return spec
    s = spec.lower()
    if s == "today": return today
    if s == "yesterday": return today - dt.timedelta(days=1)
    if s == "tomorrow": return today + dt.timedelta(days=1)
    m = re.match(r"(last|next) (\w{3})", s)
    if m:
        w = DOW.index(m.group(2).capitalize()); d = today
        while True:
            d += dt.timedelta(days=-1 if m.group(1) == "last" else 1)
            if d.weekday() == w: return d
    raise ValueError(spec)

from rows import ROWS, P

def build():
    out = []
    for r in ROWS:
        voice, kind, today, q, spec = r[:5]
        today = D.fromisoformat(today)
        row = {"q": q, "today": today.isoformat()}
        amb = spec.get("amb")
        if kind == "none":
            row.update(due=None, expect_any=[], count="no timescale in the standards: " + spec["why"])
        elif kind == "choice":
            opts = []
            for (st, rule, pk, label) in spec["opts"]:
                d, c = compute(resolve(st, today), rule); opts.append((d, c, pk, label))
            opts.sort(key=lambda o: o[0])
            row.update(due=opts[0][0].isoformat(), expect_any=[P[o[2]] for o in opts],
                       count="; OR ".join(f"{o[3]}: {o[1]}" for o in opts) + f"; due = earlier = {opts[0][0].isoformat()}")
        else:
            d, c = compute(resolve(spec["start"], today), spec["rule"])
            if spec.get("note"): c += "; " + spec["note"]
            row.update(due=d.isoformat(), expect_any=[P[k] for k in spec["p"]], count=c)
        row.update(voice=voice, kind=kind)
        if amb: row["ambiguous"] = amb
        out.append(row)
    return out

def check(rows):
    src = open(SRC, encoding="utf-8").read()
    norm = lambda s: s
    ok = True
    # bank holiday sanity: Easter via anonymous Gregorian algorithm, first/last Mondays
    def easter(y):
        a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f_=(b+8)//25;g=(b-f_+1)//3;h=(19*a+b-d-g+15)%30
        i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=((h+l-7*m+114)%31)+1
        return D(y,mo,da)
    for y in range(2024, 2029):
        e = easter(y)
        assert e - dt.timedelta(2) in BH and e + dt.timedelta(1) in BH, y
        fm = D(y,5,1); fm += dt.timedelta((0-fm.weekday())%7); assert fm in BH, y
        lm = D(y,5,31); lm -= dt.timedelta(lm.weekday()); assert lm in BH, y
        la = D(y,8,31); la -= dt.timedelta(la.weekday()); assert la in BH, y
        assert sum(1 for b in BH if b.year == y) == 8, y
    for i, r in enumerate(rows):
        for p in r["expect_any"]:
            if len(p.split()) < 6: print("SHORT", i, p); ok = False
            if p not in src: print("NOT FOUND", i, repr(p)); ok = False
        if r["kind"] != "none" and not r["expect_any"]: print("NO PHRASE", i); ok = False
    from collections import Counter
    print("kinds", Counter(r["kind"] for r in rows)); print("voices", Counter(r["voice"] for r in rows))
    print("rows", len(rows)); print("today weekdays", Counter(DOW[D.fromisoformat(r["today"]).weekday()] for r in rows))
    print("years", Counter(r["today"][:4] for r in rows))
    return ok

if __name__ == "__main__":
    rows = build()
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for line in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8"): json.loads(line)
    print("CHECK OK" if check(rows) else "CHECK FAILED")
