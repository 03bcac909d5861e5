#!/usr/bin/env python3
"""Oracle for the frozen deadline question set (standard library only).

Reads the structured row descriptions in spec.py, computes `due` and `count`
for each, and writes questions.jsonl.

Rules (first element of each row's `rule` tuple):
  ("wd", n, d)     within n working days of d: nth working day strictly after d
  ("wdb", n, d)    n working days before d: nth working day strictly before d
  ("d", n, d)      within n (calendar) days: d + n days
  ("db", n, d)     at least n days before d: d - n days
  ("w", n, d)      n weeks / every n weeks: d + 7n days
  ("m", n, d)      n months: same day n months later (clamped to month end)
  ("same", d)      the same day
  ("age", y, m, dob)  date the person reaches y years m months
                      (29 Feb birthdays fall on 1 March in non-leap years)
  ("none",)        the standards set no timescale -> due None
  ("choice", ruleA, ruleB)  two plausible standards -> due = earlier
"""
import datetime as dt
import json
import os
import sys

D = dt.date
ONE = dt.timedelta(days=1)

# England and Wales bank holidays 2024-2028, typed by hand.
BANK_HOLIDAYS = {
    # 2024
    D(2024, 1, 1),    # New Year's Day (Mon)
    D(2024, 3, 29),   # Good Friday
    D(2024, 4, 1),    # Easter Monday
    D(2024, 5, 6),    # Early May
    D(2024, 5, 27),   # Spring
    D(2024, 8, 26),   # Summer
    D(2024, 12, 25),  # Christmas (Wed)
    D(2024, 12, 26),  # Boxing Day (Thu)
    # 2025
    D(2025, 1, 1),    # New Year's Day (Wed)
    D(2025, 4, 18),   # Good Friday
    D(2025, 4, 21),   # Easter Monday
    D(2025, 5, 5),    # Early May
    D(2025, 5, 26),   # Spring
    D(2025, 8, 25),   # Summer
    D(2025, 12, 25),  # Christmas (Thu)
    D(2025, 12, 26),  # Boxing Day (Fri)
    # 2026
    D(2026, 1, 1),    # New Year's Day (Thu)
    D(2026, 4, 3),    # Good Friday
    D(2026, 4, 6),    # Easter Monday
    D(2026, 5, 4),    # Early May
    D(2026, 5, 25),   # Spring
    D(2026, 8, 31),   # Summer
    D(2026, 12, 25),  # Christmas (Fri)
    D(2026, 12, 28),  # Boxing Day substitute (26th is Sat)
    # 2027
    D(2027, 1, 1),    # New Year's Day (Fri)
    D(2027, 3, 26),   # Good Friday
    D(2027, 3, 29),   # Easter Monday
    D(2027, 5, 3),    # Early May
    D(2027, 5, 31),   # Spring
    D(2027, 8, 30),   # Summer
    D(2027, 12, 27),  # Christmas substitute (25th is Sat)
    D(2027, 12, 28),  # Boxing Day substitute (26th is Sun)
    # 2028
    D(2028, 1, 3),    # New Year substitute (1st is Sat)
    D(2028, 4, 14),   # Good Friday
    D(2028, 4, 17),   # Easter Monday
    D(2028, 5, 1),    # Early May
    D(2028, 5, 29),   # Spring
    D(2028, 8, 28),   # Summer
    D(2028, 12, 25),  # Christmas (Mon)
    D(2028, 12, 26),  # Boxing Day (Tue)
}


def _easter(y):  # anonymous Gregorian algorithm, used only as a self-check
    a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4
    f = (b + 8) // 25; g = (b - f + 1) // 3; h = (19 * a + b - d - g + 15) % 30
    i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    mo = (h + l - 7 * m + 114) // 31; da = (h + l - 7 * m + 114) % 31 + 1
    return D(y, mo, da)


def _selfcheck():
    for y in range(2024, 2029):
        e = _easter(y)
        assert e - 2 * ONE in BANK_HOLIDAYS and e + ONE in BANK_HOLIDAYS, y
        hs = sorted(h for h in BANK_HOLIDAYS if h.year == y)
        assert len(hs) == 8, y
        assert all(h.weekday() < 5 for h in hs), y
        mays = [h for h in hs if h.month == 5]
        assert mays[0].day <= 7 and mays[0].weekday() == 0
        assert mays[1].day >= 25 and mays[1].weekday() == 0
        aug = [h for h in hs if h.month == 8][0]
        assert aug.day >= 25 and aug.weekday() == 0


_selfcheck()
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def fmt(d):
    return f"{d.isoformat()} ({WD[d.weekday()]})"


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def p(s):
    return D.fromisoformat(s)


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year; m += 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return D(y, m, min(d.day, last)), d.day > last


def compute(rule):
    """Return (due_date or None, count string)."""
    k = rule[0]
    if k in ("wd", "wdb"):
        n, start = rule[1], p(rule[2])
        step = ONE if k == "wd" else -ONE
        d, c, skipped = start, 0, []
        while c < n:
            d += step
            if is_wd(d):
                c += 1
            elif d in BANK_HOLIDAYS:
                skipped.append(d.isoformat())
        word = "after" if k == "wd" else "before"
        s = f"{n} working day{'s' if n != 1 else ''} {word} {fmt(start)} -> {fmt(d)}"
        if not is_wd(start) and k == "wd":
            s += f"; start day is not a working day"
        if skipped:
            s += "; skips bank holiday" + ("s " if len(skipped) > 1 else " ") + ", ".join(sorted(skipped))
        return d, s
    if k == "d":
        n, start = rule[1], p(rule[2])
        d = start + n * ONE
        return d, f"{n} calendar days after {fmt(start)} -> {fmt(d)}"
    if k == "db":
        n, start = rule[1], p(rule[2])
        d = start - n * ONE
        return d, f"{n} calendar days before {fmt(start)} -> {fmt(d)}"
    if k == "w":
        n, start = rule[1], p(rule[2])
        d = start + 7 * n * ONE
        return d, f"{n} week{'s' if n != 1 else ''} ({7*n} days) after {fmt(start)} -> {fmt(d)}"
    if k == "m":
        n, start = rule[1], p(rule[2])
        d, clamped = add_months(start, n)
        s = f"{n} months after {fmt(start)} -> {fmt(d)}"
        if clamped:
            s += " (no such day in that month; last day used)"
        return d, s
    if k == "same":
        d = p(rule[1])
        return d, f"same day as {fmt(d)}"
    if k == "age":
        y, mo, dob = rule[1], rule[2], p(rule[3])
        total = 12 * y + mo
        yy, mm = divmod(dob.month - 1 + total, 12)
        yy += dob.year; mm += 1
        import calendar
        last = calendar.monthrange(yy, mm)[1]
        note = ""
        if dob.day > last:
            if dob.month == 2 and dob.day == 29 and mm == 2:
                d = D(yy, 3, 1)
                note = " (29 Feb birthday, non-leap year: taken as 1 March)"
            else:
                d = D(yy, mm, last)
                note = " (no such day in that month; last day used)"
        else:
            d = D(yy, mm, dob.day)
        age = f"{y} years" + (f" {mo} months" if mo else "")
        return d, f"born {fmt(dob)} + {age} -> {fmt(d)}{note}"
    if k == "none":
        return None, "no timescale set in the standards"
    if k == "choice":
        da, sa = compute(rule[1])
        db, sb = compute(rule[2])
        d = min(da, db)
        return d, f"option A: {sa}; option B: {sb}; due = earlier {d.isoformat()}"
    raise ValueError(rule)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    import spec
    out = []
    for r in spec.ROWS:
        due, count = compute(r["rule"])
        row = {
            "q": r["q"],
            "today": r["today"],
            "due": due.isoformat() if due else None,
            "expect_any": [spec.PH[k] for k in r["ph"]],
            "count": count,
            "voice": r["voice"],
            "kind": r["kind"],
        }
        if r.get("amb"):
            row["ambiguous"] = r["amb"]
        out.append(row)
    with open(os.path.join(here, "questions.jsonl"), "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(out), "rows written")


if __name__ == "__main__":
    main()
