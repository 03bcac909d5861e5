#!/usr/bin/env python3
"""Oracle for the deadline question set. Standard library only (datetime).
Computes `due` and `count` for each row from a structured calc spec and writes questions.jsonl.
Run: python3 oracle.py        (writes questions.jsonl)
     python3 oracle.py check  (validates questions.jsonl against the source and this oracle)
"""
import datetime as dt, json, sys, os, re
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
WD = ["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]

def p(s): return D.fromisoformat(s)
def f(d): return f"{d.isoformat()} ({WD[d.weekday()]})"
def is_wd(d): return d.weekday() < 5 and d not in BANK_HOLIDAYS

def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return D(y, m, min(d.day, last)), d.day > last

def skipped_bh(a, b):
    lo, hi = min(a, b), max(a, b)
    return sorted(h for h in BANK_HOLIDAYS if lo < h < hi and h.weekday() < 5)

def calc(spec):
    kind = spec[0]
    if kind == "wd":
        start, n = p(spec[1]), spec[2]
        d, c = start, 0
        while c < n:
            d += dt.timedelta(1)
            if is_wd(d): c += 1
        note = "" if is_wd(start) else f"; start day is not a working day, counted from it"
        bh = skipped_bh(start, d)
        s = f"{n} working day{'s' if n>1 else ''} after {f(start)} -> {f(d)}" + note
        if bh: s += "; skips bank holidays " + ", ".join(h.isoformat() for h in bh)
        return d, s
    if kind == "wd_before":
        mtg, n = p(spec[1]), spec[2]
        d, c = mtg, 0
        while c < n:
            d -= dt.timedelta(1)
            if is_wd(d): c += 1
        bh = skipped_bh(d, mtg)
        s = f"{n} working days before {f(mtg)} -> {f(d)}"
        if bh: s += "; skips bank holidays " + ", ".join(h.isoformat() for h in bh)
        return d, s
    if kind == "days":
        start, n = p(spec[1]), spec[2]
        d = start + dt.timedelta(n)
        return d, f"{n} calendar days after {f(start)} -> {f(d)}"
    if kind == "days_before":
        mtg, n = p(spec[1]), spec[2]
        d = mtg - dt.timedelta(n)
        return d, f"{n} calendar days before {f(mtg)} -> {f(d)}"
    if kind == "weeks":
        start, n = p(spec[1]), spec[2]
        d = start + dt.timedelta(7 * n)
        return d, f"{n} weeks ({7*n} days) after {f(start)} -> {f(d)}"
    if kind == "months":
        start, n = p(spec[1]), spec[2]
        d, clamp = add_months(start, n)
        s = f"{n} months after {f(start)} -> {f(d)}"
        if clamp: s += " (no such day in that month; last day of month used)"
        return d, s
    if kind == "same":
        d = p(spec[1])
        return d, f"same day: {f(d)}"
    if kind == "age":
        dob, y, m = p(spec[1]), spec[2], spec[3]
        if dob.month == 2 and dob.day == 29 and m == 0:
            ty = dob.year + y
            import calendar
            if calendar.isleap(ty):
                d = D(ty, 2, 29); note = ""
            else:
                d = D(ty, 3, 1); note = " (29 Feb birthday in a non-leap year: 1 March used)"
        else:
            d, clamp = add_months(dob, 12 * y + m)
            note = " (no such day in that month; last day of month used)" if clamp else ""
            if dob.month == 2 and dob.day == 29 and d.month == 2 and d.day == 28:
                note = " (29 Feb birthday in a non-leap year: 1 March used)"; d = D(d.year, 3, 1)
        age = f"{y} years" + (f" {m} months" if m else "")
        return d, f"born {f(dob)}, reaches {age} on {f(d)}{note}"
    if kind == "choice":
        a, sa = calc(spec[1]); b, sb = calc(spec[2])
        return min(a, b), f"A: {sa} | B: {sb} | earlier: {f(min(a,b))}"
    if kind == "none":
        return None, "no timescale in the standards: " + spec[1]
    raise ValueError(spec)

from rows import ROWS, P  # noqa: E402

def build():
    out = []
    for r in ROWS:
        due, count = calc(r["c"])
        row = {"q": r["q"], "today": r["t"], "due": due.isoformat() if due else None,
               "expect_any": [P[k] for k in r["p"]], "count": count, "voice": r["v"], "kind": r["k"]}
        if r.get("amb"): row["ambiguous"] = r["amb"]
        out.append(row)
    return out

def check():
    src = open(SRC, encoding="utf-8").read()
    rows = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]
    built = build()
    assert len(rows) == len(built)
    from collections import Counter
    bad = 0
    for i, (r, b) in enumerate(zip(rows, built)):
        for ph in r["expect_any"]:
            if ph not in src or len(ph.split()) < 6:
                print("PHRASE FAIL", i, repr(ph)); bad += 1
        if r["due"] != b["due"] or r["count"] != b["count"]:
            print("DUE MISMATCH", i); bad += 1
        if r["kind"] == "choice" and len(r["expect_any"]) < 2: print("CHOICE needs 2", i); bad += 1
        if (r["kind"] == "none") != (r["due"] is None): print("NONE/due", i); bad += 1
        D.fromisoformat(r["today"])
        if r["due"] and r["kind"] not in ("none",):
            pass
    print("rows", len(rows), "problems", bad)
    print("kind", Counter(r["kind"] for r in rows))
    print("voice", Counter(r["voice"] for r in rows))
    print("today years", Counter(r["today"][:4] for r in rows))
    print("ambiguous", sum(1 for r in rows if r.get("ambiguous")))
    return bad

if __name__ == "__main__":
    sys.path.insert(0, HERE)
    if len(sys.argv) > 1 and sys.argv[1] == "check":
        sys.exit(1 if check() else 0)
    rows = build()
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows))
