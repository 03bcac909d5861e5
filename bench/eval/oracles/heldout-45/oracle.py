#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (round 45).
Standard library only. Computes `due` and `count` for every row from a structured spec,
writes questions.jsonl next to this file, and runs the checks."""
import datetime as dt, json, os, re, sys, calendar
from collections import Counter

D = dt.date.fromisoformat
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"

# England & Wales bank holidays 2024-2028, typed by hand (substitute days applied).
BANK_HOLIDAYS = {D(x) for x in """
2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26
2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26
2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28
2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28
2028-01-03 2028-04-14 2028-04-17 2028-05-01 2028-05-29 2028-08-28 2028-12-25 2028-12-26
""".split()}

def _easter(y):  # anonymous Gregorian algorithm, used only to self-check the typed list
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
    i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31
    return dt.date(y,mo,(h+l-7*m+114)%31+1)

def _selfcheck_bh():
    for y in range(2024, 2029):
        e = _easter(y)
        assert e - dt.timedelta(2) in BANK_HOLIDAYS and e + dt.timedelta(1) in BANK_HOLIDAYS, y
        mons = [dt.date(y,5,d) for d in range(1,32) if dt.date(y,5,d).weekday()==0]
        assert mons[0] in BANK_HOLIDAYS and mons[-1] in BANK_HOLIDAYS, y
        aug = [dt.date(y,8,d) for d in range(1,32) if dt.date(y,8,d).weekday()==0]
        assert aug[-1] in BANK_HOLIDAYS, y
        assert all(b.weekday() < 5 for b in BANK_HOLIDAYS if b.year == y)
        assert len([b for b in BANK_HOLIDAYS if b.year == y]) == 8, y

def wday(d): return d.strftime("%a")
def fmt(d): return f"{d.isoformat()} ({wday(d)})"
def is_wd(d): return d.weekday() < 5 and d not in BANK_HOLIDAYS

def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12); y += d.year; m += 1
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last)), d.day > last

def calc(op, start, n):
    """Returns (due, count-string)."""
    s = D(start)
    if op == "same":
        return s, f"same day as {fmt(s)}"
    if op in ("wd", "wdb"):
        step = 1 if op == "wd" else -1
        d, k, skipped = s, 0, []
        while k < n:
            d += dt.timedelta(step)
            if is_wd(d): k += 1
            elif d in BANK_HOLIDAYS: skipped.append(d.isoformat())
        word = "after" if op == "wd" else "before"
        c = f"{n} working day{'s' if n>1 else ''} {word} {fmt(s)} -> {fmt(d)}"
        if not is_wd(s): c += f"; start day is {'a bank holiday' if s in BANK_HOLIDAYS else 'a weekend'}, counted from that day"
        if skipped: c += "; skips bank holidays " + ", ".join(sorted(skipped))
        return d, c
    if op == "d":
        d = s + dt.timedelta(n); return d, f"{n} calendar days after {fmt(s)} -> {fmt(d)}"
    if op == "db":
        d = s - dt.timedelta(n); return d, f"{n} calendar days before {fmt(s)} -> {fmt(d)}"
    if op == "w":
        d = s + dt.timedelta(7*n); return d, f"{n} weeks ({7*n} days) after {fmt(s)} -> {fmt(d)}"
    if op == "m":
        d, clamped = add_months(s, n)
        c = f"{n} months after {fmt(s)} -> {fmt(d)}"
        if clamped: c += " (no such day in that month; last day of month used)"
        return d, c
    if op == "y":  # anniversary / birthday, n years
        d, clamped = add_months(s, 12*n)
        c = f"{n} years after {fmt(s)} -> {fmt(d)}"
        if clamped:  # 29 Feb in a non-leap year -> 1 March per brief
            d = dt.date(d.year, 3, 1)
            c = f"{n} years after {fmt(s)}: 29 Feb birthday, non-leap year so 1 March -> {fmt(d)}"
        return d, c
    if op == "ym":  # age years+months, n=(years, months)
        yy, mm = n
        d, clamped = add_months(s, 12*yy + mm)
        c = f"{yy} years {mm} months after {fmt(s)} -> {fmt(d)}"
        if clamped: c += " (no such day in that month; last day of month used)"
        return d, c
    raise ValueError(op)

DAYS = ["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]
def rel_date(expr, today):
    t = D(today)
    if expr == "today": return t
    if expr == "yesterday": return t - dt.timedelta(1)
    if expr == "tomorrow": return t + dt.timedelta(1)
    kind, day = expr.split()
    wd = DAYS.index(day)
    if kind == "past":   # most recent such weekday strictly before today
        k = (t.weekday() - wd) % 7 or 7
        return t - dt.timedelta(k)
    if kind == "next":   # next such weekday strictly after today
        k = (wd - t.weekday()) % 7 or 7
        return t + dt.timedelta(k)
    raise ValueError(expr)

from spec import ROWS  # noqa: E402

def build():
    _selfcheck_bh()
    src = open(SOURCE, encoding="utf-8").read()
    out, errs = [], []
    for i, r in enumerate(ROWS, 1):
        voice, kind, q, today, ops, phrases = r[:6]
        extra = r[6] if len(r) > 6 else {}
        if kind == "none":
            due, count = None, "no timescale set in the standards for this"
            today = today
        else:
            res = [calc(*o) for o in ops]
            if kind == "choice":
                due = min(x[0] for x in res)
                count = " | ".join(x[1] for x in res) + f" -> earlier is {fmt(due)}"
            else:
                assert len(res) == 1, i
                due, count = res[0]
            if today is None: today = ops[0][1]
        for expr, want in extra.get("rel", []):
            got = rel_date(expr, today)
            if got != D(want): errs.append(f"row {i}: rel {expr} from {today} = {got}, spec says {want}")
        for p in phrases:
            if len(p.split()) < 6: errs.append(f"row {i}: phrase too short: {p!r}")
            if p not in src: errs.append(f"row {i}: phrase not in source: {p!r}")
        if kind == "choice" and len(phrases) < 2: errs.append(f"row {i}: choice needs 2 phrases")
        row = {"q": q, "today": today, "due": due.isoformat() if due else None,
               "expect_any": phrases, "count": count, "voice": voice, "kind": kind}
        if extra.get("amb"): row["ambiguous"] = extra["amb"]
        out.append(row)
    qs = [o["q"] for o in out]
    dup = [q for q, c in Counter(qs).items() if c > 1]
    if dup: errs.append(f"duplicate questions: {dup}")
    return out, errs

if __name__ == "__main__":
    out, errs = build()
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    # re-parse and re-check
    rows = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]
    src = open(SOURCE, encoding="utf-8").read()
    for r in rows:
        assert all(p in src for p in r["expect_any"])
        assert r["voice"] in {"duty","typos","scenario","indirect","newstarter","manager"}
        assert r["kind"] in {"date","visits","age","choice","none"}
        assert (r["due"] is None) == (r["kind"] == "none")
    print("rows", len(rows))
    print("kinds", dict(Counter(r["kind"] for r in rows)))
    print("voices", dict(Counter(r["voice"] for r in rows)))
    print("ambiguous", sum("ambiguous" in r for r in rows))
    print("years(today)", dict(Counter(r["today"][:4] for r in rows)))
    for e in errs: print("ERROR", e)
    sys.exit(1 if errs else 0)
