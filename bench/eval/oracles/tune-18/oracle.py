#!/usr/bin/env python3
"""Oracle for the frozen deadline-question set. Standard library only.
Run: python3 oracle.py  -> writes questions.jsonl next to this file and runs checks."""
import datetime as dt, json, os, re, sys
D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/shared/source/practice-standards.txt"

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

def _easter(y):  # anonymous Gregorian computus, used only to cross-check the typed list
    a=y%19; b=y//100; c=y%100; d=b//4; e=b%4; f=(b+8)//25; g=(b-f+1)//3
    h=(19*a+b-d-g+15)%30; i=c//4; k=c%4; l=(32+2*e+2*i-h-k)%7; m=(a+11*h+22*l)//451
    mo=(h+l-7*m+114)//31; da=((h+l-7*m+114)%31)+1
    return D(y,mo,da)

def _selfcheck():
    for y in range(2024, 2029):
        e = _easter(y)
        assert e - dt.timedelta(2) in BANK_HOLIDAYS and e + dt.timedelta(1) in BANK_HOLIDAYS, y
        assert len([h for h in BANK_HOLIDAYS if h.year == y]) == 8, y
    for h in BANK_HOLIDAYS:
        assert h.weekday() < 5, h
        if h.month in (5, 8) : assert h.weekday() == 0, h
    assert D(2025,5,5) in BANK_HOLIDAYS and D(2025,5,26) in BANK_HOLIDAYS

WD = ["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]
def fmt(d): return f"{d.isoformat()} ({WD[d.weekday()]})"
def is_wd(d): return d.weekday() < 5 and d not in BANK_HOLIDAYS

def skipped_bh(a, b):
    lo, hi = min(a, b), max(a, b)
    return sorted(h for h in BANK_HOLIDAYS if lo < h < hi)

def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year; m += 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31,30,31,30,31,31,30,31,30,31][m-1]
    return D(y, m, min(d.day, last)), d.day > last

def apply(rule, start):
    """rule: 'wd+N','wd-N','d+N','d-N','w+N','m+N','same'. returns (due, count-text)"""
    if rule == "same":
        return start, f"same day as {fmt(start)}"
    m = re.fullmatch(r"(wd|d|w|m)([+-])(\d+)", rule)
    kind, sign, n = m.group(1), m.group(2), int(m.group(3))
    if kind == "wd":
        step = 1 if sign == "+" else -1
        d, c = start, 0
        while c < n:
            d += dt.timedelta(step)
            if is_wd(d): c += 1
        bh = skipped_bh(start, d)
        txt = f"{n} working day{'s' if n != 1 else ''} {'after' if step>0 else 'before'} {fmt(start)} -> {fmt(d)}"
        if bh: txt += "; skips bank holidays " + ", ".join(h.isoformat() for h in bh)
        return d, txt
    if kind == "d":
        d = start + dt.timedelta(n if sign == "+" else -n)
        txt = f"{n} calendar days {'after' if sign=='+' else 'before'} {fmt(start)} -> {fmt(d)}"
    elif kind == "w":
        d = start + dt.timedelta(7*n)
        txt = f"{n} weeks ({7*n} days) after {fmt(start)} -> {fmt(d)}"
    else:
        d, clamped = add_months(start, n)
        txt = f"{n} months after {fmt(start)} -> {fmt(d)}"
        if clamped: txt += " (no such day in that month, so last day of month)"
    if not is_wd(d):
        txt += "; falls on a " + ("bank holiday" if d in BANK_HOLIDAYS else "weekend")
    return d, txt

def resolve(tok, today):
    today = D.fromisoformat(today)
    if tok == "today": return today
    if tok == "yesterday": return today - dt.timedelta(1)
    if tok == "tomorrow": return today + dt.timedelta(1)
    if tok.startswith("last:"):  # most recent such weekday strictly before today
        wd = WD.index(tok[5:]); d = today - dt.timedelta(1)
        while d.weekday() != wd: d -= dt.timedelta(1)
        return d
    return D.fromisoformat(tok)

def age_date(dob, years, months=0):
    dob = D.fromisoformat(dob)
    if months == 0:
        y = dob.year + years
        try:
            return D(y, dob.month, dob.day), f"born {fmt(dob)}; {years}th birthday {fmt(D(y, dob.month, dob.day))}"
        except ValueError:
            d = D(y, 3, 1)
            return d, f"born {fmt(dob)} (29 Feb); {y} is not a leap year, so {years}th birthday taken as 1 March -> {fmt(d)}"
    d, cl = add_months(dob, 12*years + months)
    txt = f"born {fmt(dob)}; {years} years {months} months later -> {fmt(d)}"
    if dob.month == 2 and dob.day == 29: txt += " (29 Feb birthday; target month has a 29th so no adjustment)" if not cl else ""
    if cl: txt += " (no such day in that month, so last day of month)"
    return d, txt

from rows import ROWS  # structured row descriptions

def build():
    _selfcheck()
    src = open(SRC, encoding="utf-8").read()
    out = []
    for i, r in enumerate(ROWS):
        row = {"q": r["q"], "today": r["today"]}
        k = r["k"]
        if k == "none":
            due, count = None, "no timescale for this in the standards"
        elif k == "age":
            d, count = age_date(r["dob"], r["y"], r.get("mo", 0)); due = d.isoformat()
        elif k == "choice":
            parts = []
            for rule, label in r["rules"]:
                s = resolve(r["start"], r["today"]); d, t = apply(rule, s); parts.append((d, f"{label}: {t}"))
            due = min(p[0] for p in parts).isoformat()
            count = " | ".join(p[1] for p in parts) + f"; earlier = {due}"
        else:
            s = resolve(r["start"], r["today"])
            d, count = apply(r["rule"], s)
            if r["start"] in ("today", "yesterday", "tomorrow") or r["start"].startswith("last:"):
                count = f"'{r['start']}' read against today {r['today']} = {s.isoformat()}; " + count
            due = d.isoformat()
        row.update({"due": due, "expect_any": r["p"], "count": count, "voice": r["v"], "kind": k})
        if r.get("amb"): row["ambiguous"] = r["amb"]
        for p in r["p"]:
            assert len(p.split()) >= 6, (i, p)
            assert p in src, (i, p)
        assert r["v"] in ("duty","typos","scenario","indirect","newstarter","manager"), i
        D.fromisoformat(r["today"])
        out.append(row)
    return out

if __name__ == "__main__":
    rows = build()
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and check
    lines = open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8").read().splitlines()
    src = open(SRC, encoding="utf-8").read()
    from collections import Counter
    kc, vc = Counter(), Counter()
    for ln in lines:
        o = json.loads(ln); kc[o["kind"]] += 1; vc[o["voice"]] += 1
        assert all(p in src for p in o["expect_any"])
        assert (o["due"] is None) == (o["kind"] == "none")
    print(len(lines), "rows"); print(dict(kc)); print(dict(vc))
