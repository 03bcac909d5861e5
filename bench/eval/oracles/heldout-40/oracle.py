#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (standard library only).

Every row is described structurally (event date + rule); this script computes `due`
and `count`, checks phrases against the source, and writes questions.jsonl.
"""
import datetime as dt, json, re, sys, os
from collections import Counter

D = dt.date
SRC = "/work/shared/source/practice-standards.txt"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.jsonl")

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

def _easter(y):  # anonymous Gregorian algorithm, used only to cross-check the typed list
    a=y%19; b=y//100; c=y%100; d=b//4; e=b%4; f=(b+8)//25; g=(b-f+1)//3
    h=(19*a+b-d-g+15)%30; i=c//4; k=c%4; l=(32+2*e+2*i-h-k)%7; m=(a+11*h+22*l)//451
    mo=(h+l-7*m+114)//31; da=((h+l-7*m+114)%31)+1
    return D(y,mo,da)

def _selfcheck():
    for y in range(2024, 2029):
        e = _easter(y)
        assert e - dt.timedelta(2) in BANK_HOLIDAYS and e + dt.timedelta(1) in BANK_HOLIDAYS, y
        hs = sorted(h for h in BANK_HOLIDAYS if h.year == y)
        assert len(hs) == 8, (y, hs)
        assert all(h.weekday() < 5 for h in hs), y
        # first Monday of May, last Monday of May, last Monday of August
        first_may = next(D(y,5,d) for d in range(1,8) if D(y,5,d).weekday()==0)
        last_may = max(D(y,5,d) for d in range(25,32) if D(y,5,d).weekday()==0)
        last_aug = max(D(y,8,d) for d in range(25,32) if D(y,8,d).weekday()==0)
        assert {first_may, last_may, last_aug} <= BANK_HOLIDAYS, y
_selfcheck()

WD = ["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]
def fmt(d): return f"{d.isoformat()} ({WD[d.weekday()]})"
def is_wd(d): return d.weekday() < 5 and d not in BANK_HOLIDAYS

def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year; m += 1
    last = (D(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(1)).day
    return D(y, m, min(d.day, last))

def wd_step(d, n, sign):
    skipped = []; cur = d; k = 0
    while k < n:
        cur += dt.timedelta(sign)
        if is_wd(cur): k += 1
        elif cur in BANK_HOLIDAYS: skipped.append(cur)
    return cur, skipped

def apply(rule, ev):
    """Return (due, count-text)."""
    p = rule.split(":")
    kind = p[0]
    if kind == "same":
        return ev, f"same day as {fmt(ev)} -> {fmt(ev)}"
    n = int(p[1])
    if kind in ("wd", "wdb"):
        due, sk = wd_step(ev, n, 1 if kind == "wd" else -1)
        word = "after" if kind == "wd" else "before"
        t = f"{n} working day{'s' if n>1 else ''} {word} {fmt(ev)} -> {fmt(due)}"
        if not is_wd(ev): t += f"; start day {ev.isoformat()} is not a working day"
        if sk: t += "; skips bank holidays " + ", ".join(s.isoformat() for s in sorted(sk))
        return due, t
    if kind == "d":
        due = ev + dt.timedelta(n); return due, f"{n} calendar days after {fmt(ev)} -> {fmt(due)}"
    if kind == "db":
        due = ev - dt.timedelta(n); return due, f"{n} calendar days before {fmt(ev)} -> {fmt(due)}"
    if kind == "w":
        due = ev + dt.timedelta(7*n); return due, f"{n} week{'s' if n>1 else ''} ({7*n} days) after {fmt(ev)} -> {fmt(due)}"
    if kind == "m":
        due = add_months(ev, n)
        t = f"{n} months after {fmt(ev)} -> {fmt(due)}"
        if due.day != ev.day: t += f" (no {ev.day}th in that month, so last day of month)"
        return due, t
    if kind == "age":
        yrs, mos = n, int(p[2]) if len(p) > 2 else 0
        if mos == 0:
            try: due = D(ev.year + yrs, ev.month, ev.day); note = ""
            except ValueError:
                due = D(ev.year + yrs, 3, 1); note = "; born 29 Feb, non-leap year so birthday taken as 1 March"
            return due, f"DOB {ev.isoformat()} + {yrs} years -> {fmt(due)}{note}"
        due = add_months(ev, 12*yrs + mos)
        t = f"DOB {ev.isoformat()} + {yrs} years {mos} months ({12*yrs+mos} months) -> {fmt(due)}"
        if due.day != ev.day: t += " (day does not exist in that month, so last day of month)"
        return due, t
    raise ValueError(rule)

def resolve(ev, today):
    t = D.fromisoformat(today)
    if re.fullmatch(r"\d{4}-\d\d-\d\d", ev): return D.fromisoformat(ev)
    if ev == "today": return t
    if ev == "yesterday": return t - dt.timedelta(1)
    if ev == "tomorrow": return t + dt.timedelta(1)
    m = re.fullmatch(r"(last|next):(\w{3})", ev)
    if m:
        wd = WD.index(m.group(2)); step = -1 if m.group(1) == "last" else 1
        d = t + dt.timedelta(step)
        while d.weekday() != wd: d += dt.timedelta(step)
        return d
    raise ValueError(ev)

from rows import ROWS, PH  # noqa: E402  (row descriptions live in rows.py)

def build():
    src = open(SRC, encoding="utf-8").read()
    out = []; errors = []
    for i, r in enumerate(ROWS):
        voice, kind, today, q, rule, ev, phr = r[:7]
        amb = r[7] if len(r) > 7 else None
        phrases = [PH[k] for k in phr]
        for k in phr:
            if PH[k] not in src: errors.append(f"row {i}: phrase {k} not in source")
            if len(PH[k].split()) < 6: errors.append(f"row {i}: phrase {k} < 6 words")
        row = {"q": q, "today": today}
        if kind == "none":
            row["due"] = None; row["count"] = "no timescale set by the standards"
        elif kind == "choice":
            parts = []
            for rl, e in rule:
                d, c = apply(rl, resolve(e, today)); parts.append((d, c))
            due = min(p[0] for p in parts)
            row["due"] = due.isoformat()
            row["count"] = " | ".join(f"option {j+1}: {c}" for j, (_, c) in enumerate(parts)) + f"; earlier = {due.isoformat()}"
            if len(phrases) < 2: errors.append(f"row {i}: choice needs 2 phrases")
        else:
            e = resolve(ev, today)
            d, c = apply(rule, e)
            if kind == "visits" and rule[0] in "wm": c = "last one + " + c
            if re.fullmatch(r"\d{4}-\d\d-\d\d", ev) is None: c = f"'{ev}' relative to today {fmt(D.fromisoformat(today))} = {e.isoformat()}; " + c
            row["due"] = d.isoformat(); row["count"] = c
        row["expect_any"] = phrases
        row["voice"] = voice; row["kind"] = kind
        if amb: row["ambiguous"] = amb
        out.append(row)
    return out, errors

if __name__ == "__main__":
    out, errors = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and check
    src = open(SRC, encoding="utf-8").read()
    rows = [json.loads(l) for l in open(OUT, encoding="utf-8")]
    for r in rows:
        for p in r["expect_any"]:
            assert p in src, p
        assert r["voice"] in {"duty","typos","scenario","indirect","newstarter","manager"}
        assert r["kind"] in {"date","visits","age","choice","none"}
        D.fromisoformat(r["today"])
    print("rows", len(rows))
    print("kinds", Counter(r["kind"] for r in rows))
    print("voices", Counter(r["voice"] for r in rows))
    print("dup q", [q for q, c in Counter(r["q"] for r in rows).items() if c > 1])
    if errors:
        print("\n".join(errors)); sys.exit(1)
    if "-v" in sys.argv:
        for r in rows: print(r["voice"][:4], r["kind"][:4], r["today"], "|", r["q"][:110], "|", r["count"])
