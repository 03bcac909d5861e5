#!/usr/bin/env python3
"""Oracle for the frozen deadline question set. Standard library only.
Computes `due` and `count` for every row from a structured rule, writes questions.jsonl,
and checks phrases against the source text."""
import datetime as dt, json, sys, os, collections

D = dt.date
BANK_HOLIDAYS = {  # England and Wales, typed by hand (substitute days included)
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
DAYN = ["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]

def fmt(d): return f"{d.isoformat()} ({DAYN[d.weekday()]})"
def is_wd(d): return d.weekday() < 5 and d not in BANK_HOLIDAYS

def wd_after(start, n):
    d, k, skipped = start, 0, []
    while k < n:
        d += dt.timedelta(days=1)
        if is_wd(d): k += 1
        elif d in BANK_HOLIDAYS: skipped.append(d)
    return d, skipped

def wd_before(start, n):
    d, k, skipped = start, 0, []
    while k < n:
        d -= dt.timedelta(days=1)
        if is_wd(d): k += 1
        elif d in BANK_HOLIDAYS: skipped.append(d)
    return d, skipped

def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year; mo += 1
    last = (D(y + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1)).day
    return D(y, mo, min(d.day, last))

def resolve(s, today):
    """ISO date, or T+n / T-n (relative to today), or last:Fri / next:Mon."""
    if s.startswith("T"):
        return today + dt.timedelta(days=int(s[1:] or 0)), f"{s} from today {fmt(today)}"
    if s.startswith("last:") or s.startswith("next:"):
        wk = DAYN.index(s[5:]); step = -1 if s.startswith("last") else 1
        d = today + dt.timedelta(days=step)
        while d.weekday() != wk: d += dt.timedelta(days=step)
        return d, f"'{s[:4]} {s[5:]}' from today {fmt(today)}"
    return D.fromisoformat(s), None

def note_day(d):
    if d in BANK_HOLIDAYS: return " (a bank holiday)"
    if d.weekday() >= 5: return " (a weekend)"
    return ""

def compute(rule, today):
    op = rule[0]
    if op == "none":
        return None, "no timescale for this in the standards"
    if op == "choice":
        d1, c1 = compute(rule[1], today); d2, c2 = compute(rule[2], today)
        return min(d1, d2), f"option A: {c1} | option B: {c2} | due = earlier"
    if op == "age":
        dob = D.fromisoformat(rule[1]); y, m = rule[2], rule[3]
        tot = y * 12 + m
        yy, mo = divmod(dob.month - 1 + tot, 12); yy += dob.year; mo += 1
        try:
            d = D(yy, mo, dob.day); extra = ""
        except ValueError:
            if dob.month == 2 and dob.day == 29 and mo == 2:
                d = D(yy, 3, 1); extra = "; 29 Feb birthday in a non-leap year -> 1 March"
            else:
                d = add_months(dob, tot); extra = "; day clamped to month end"
        lab = f"{y} years" + (f" {m} months" if m else "")
        return d, f"DOB {fmt(dob)} + {lab} -> {fmt(d)}{extra}"
    start, rel = resolve(rule[1], today)
    pre = f"start {fmt(start)} [{rel}]; " if rel else ""
    n = rule[2] if len(rule) > 2 else 0
    if op == "same":
        return start, pre + f"same day as {fmt(start)}"
    if op == "wd":
        d, sk = wd_after(start, n)
        s = f"{n} working day{'s' if n!=1 else ''} after {fmt(start)} -> {fmt(d)}"
        if start.weekday() >= 5 or start in BANK_HOLIDAYS: s += "; start is not a working day, counted from it"
        if sk: s += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
        return d, pre + s
    if op == "wdb":
        d, sk = wd_before(start, n)
        s = f"{n} working day{'s' if n!=1 else ''} before {fmt(start)} -> {fmt(d)}"
        if sk: s += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
        return d, pre + s
    if op == "d":
        d = start + dt.timedelta(days=n)
        return d, pre + f"{n} day{'s' if n!=1 else ''} after {fmt(start)} -> {fmt(d)}{note_day(d)}"
    if op == "db":
        d = start - dt.timedelta(days=n)
        return d, pre + f"{n} days before {fmt(start)} -> {fmt(d)}{note_day(d)}"
    if op == "w":
        d = start + dt.timedelta(days=7 * n)
        return d, pre + f"{n} week{'s' if n!=1 else ''} ({7*n} days) after {fmt(start)} -> {fmt(d)}{note_day(d)}"
    if op == "m":
        d = add_months(start, n)
        cl = " (day clamped to month end)" if d.day != start.day else ""
        return d, pre + f"{n} months after {fmt(start)} -> {fmt(d)}{cl}{note_day(d)}"
    raise ValueError(op)

from rows import ROWS  # structured descriptions

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    src = open("/work/shared/source/practice-standards.txt", encoding="utf-8").read()
    out, bad = [], 0
    for r in ROWS:
        voice, kind, today, q, rule, phrases = r[:6]
        amb = r[6] if len(r) > 6 else None
        t = D.fromisoformat(today)
        due, count = compute(rule, t)
        for p in phrases:
            if p not in src or len(p.split()) < 6:
                print("PHRASE PROBLEM:", repr(p), file=sys.stderr); bad += 1
        row = {"q": q, "today": today, "due": due.isoformat() if due else None,
               "expect_any": phrases, "count": count, "voice": voice, "kind": kind}
        if amb: row["ambiguous"] = amb
        out.append(row)
    with open(os.path.join(here, "questions.jsonl"), "w", encoding="utf-8") as f:
        for row in out: f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(out), "rows;", bad, "phrase problems")
    print(collections.Counter(r["kind"] for r in out))
    print(collections.Counter(r["voice"] for r in out))

if __name__ == "__main__":
    main()
