#!/usr/bin/env python3
"""Deadline oracle for the set-tune-13 question set.

Standard library only (datetime). Bank holidays for England and Wales 2024-2028 are typed by hand
below and cross-checked against rule-based generation (Easter computus, first/last Mondays,
weekend substitutes).

Usage: python3 oracle.py   -> reads spec.py (ROWS, one structured rule per row; phrases in phrases.py)
       and writes questions.jsonl next to this file.  python3 check.py verifies the result
       (parsing, verbatim phrases, dues == oracle rebuild, start dates present in q, weekday names, mix).
"""
import datetime as dt
import json
import os
import re

D = dt.date

BANK_HOLIDAYS = {
    # 2024
    D(2024, 1, 1), D(2024, 3, 29), D(2024, 4, 1), D(2024, 5, 6), D(2024, 5, 27), D(2024, 8, 26),
    D(2024, 12, 25), D(2024, 12, 26),
    # 2025
    D(2025, 1, 1), D(2025, 4, 18), D(2025, 4, 21), D(2025, 5, 5), D(2025, 5, 26), D(2025, 8, 25),
    D(2025, 12, 25), D(2025, 12, 26),
    # 2026 (Boxing Day is a Saturday -> substitute Monday 28 Dec)
    D(2026, 1, 1), D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 4), D(2026, 5, 25), D(2026, 8, 31),
    D(2026, 12, 25), D(2026, 12, 28),
    # 2027 (Christmas Sat, Boxing Day Sun -> substitutes Mon 27 and Tue 28 Dec)
    D(2027, 1, 1), D(2027, 3, 26), D(2027, 3, 29), D(2027, 5, 3), D(2027, 5, 31), D(2027, 8, 30),
    D(2027, 12, 27), D(2027, 12, 28),
    # 2028 (New Year's Day Sat -> substitute Mon 3 Jan)
    D(2028, 1, 3), D(2028, 4, 14), D(2028, 4, 17), D(2028, 5, 1), D(2028, 5, 29), D(2028, 8, 28),
    D(2028, 12, 25), D(2028, 12, 26),
}

DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


# ---------------------------------------------------------------- cross-check of the typed list
def _easter(y):
    a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4
    f = (b + 8) // 25; g = (b - f + 1) // 3; h = (19 * a + b - d - g + 15) % 30
    i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31; day = ((h + l - 7 * m + 114) % 31) + 1
    return D(y, month, day)


def _generated(y):
    out = set()
    nyd = D(y, 1, 1)
    while nyd.weekday() >= 5:
        nyd += dt.timedelta(1)
    out.add(nyd)
    e = _easter(y)
    out |= {e - dt.timedelta(2), e + dt.timedelta(1)}
    may1 = D(y, 5, 1)
    out.add(may1 + dt.timedelta((0 - may1.weekday()) % 7))
    may31 = D(y, 5, 31)
    out.add(may31 - dt.timedelta(may31.weekday()))
    aug31 = D(y, 8, 31)
    out.add(aug31 - dt.timedelta(aug31.weekday()))
    xmas, boxing = D(y, 12, 25), D(y, 12, 26)
    taken = set()
    for day in (xmas, boxing):
        cand = day
        while cand.weekday() >= 5 or cand in taken:
            cand += dt.timedelta(1)
        taken.add(cand)
    out |= taken
    return out


def self_check():
    gen = set()
    for y in range(2024, 2029):
        gen |= _generated(y)
    assert gen == BANK_HOLIDAYS, (sorted(gen ^ BANK_HOLIDAYS))
    assert len(BANK_HOLIDAYS) == 40


# ---------------------------------------------------------------- date helpers
def iso(d):
    return d.isoformat()


def lab(d):
    return f"{iso(d)} ({DOW[d.weekday()]})"


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def add_wd(d, n):
    cur, k, skipped = d, 0, []
    while k < n:
        cur += dt.timedelta(1)
        if is_wd(cur):
            k += 1
        elif cur in BANK_HOLIDAYS:
            skipped.append(cur)
    return cur, skipped


def sub_wd(d, n):
    cur, k, skipped = d, 0, []
    while k < n:
        cur -= dt.timedelta(1)
        if is_wd(cur):
            k += 1
        elif cur in BANK_HOLIDAYS:
            skipped.append(cur)
    return cur, skipped


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31,
            30, 31, 30, 31][m - 1]
    return D(y, m, min(d.day, last)), d.day > last


def bh_between(a, b):
    """bank holidays strictly after a and up to b inclusive (a<b) - for information in counts."""
    lo, hi = (a, b) if a < b else (b, a)
    return sorted(h for h in BANK_HOLIDAYS if lo < h <= hi) if a < b else sorted(
        h for h in BANK_HOLIDAYS if lo <= h < hi)


def resolve(today, s):
    """ISO date, or '@'-expression relative to today: @today @yesterday @tomorrow
    '@last Tue' / '@Tue' (most recent Tuesday strictly before today)."""
    if not s.startswith("@"):
        return D.fromisoformat(s)
    e = s[1:].strip()
    if e == "today":
        return today
    if e == "yesterday":
        return today - dt.timedelta(1)
    if e == "tomorrow":
        return today + dt.timedelta(1)
    m = re.fullmatch(r"(?:last )?(Mon|Tue|Wed|Thu|Fri|Sat|Sun)", e)
    if m:
        target = DOW.index(m.group(1))
        back = (today.weekday() - target) % 7 or 7
        return today - dt.timedelta(back)
    raise ValueError(s)


# ---------------------------------------------------------------- rules
def apply(rule, today):
    """returns (due_date, count_text)"""
    kind = rule[0]
    if kind == "wd":            # within N working days of event
        start = resolve(today, rule[1]); n = rule[2]
        due, sk = add_wd(start, n)
        txt = f"{n} working day{'s' if n != 1 else ''} after {lab(start)} -> {lab(due)}"
        if not is_wd(start):
            txt += f"; event day {iso(start)} is not a working day, counting starts from the next working day"
        if sk:
            txt += "; skips bank holiday" + ("s " if len(sk) > 1 else " ") + ", ".join(map(iso, sk))
        return due, txt
    if kind == "wdb":           # N working days before a meeting
        mtg = resolve(today, rule[1]); n = rule[2]
        due, sk = sub_wd(mtg, n)
        txt = f"{n} working days before {lab(mtg)} -> {lab(due)}"
        if sk:
            txt += "; skips bank holiday" + ("s " if len(sk) > 1 else " ") + ", ".join(map(iso, sk))
        return due, txt
    if kind == "d":             # within N calendar days
        start = resolve(today, rule[1]); n = rule[2]
        due = start + dt.timedelta(n)
        txt = f"{n} calendar days after {lab(start)} -> {lab(due)}"
        if n == 0:
            txt = f"same day as {lab(start)} -> {lab(due)}"
        if not is_wd(due):
            txt += "; calendar-day rule, due date falls on a weekend/bank holiday and is not moved"
        return due, txt
    if kind == "db":            # N calendar days before a meeting
        mtg = resolve(today, rule[1]); n = rule[2]
        due = mtg - dt.timedelta(n)
        txt = f"{n} calendar days before {lab(mtg)} -> {lab(due)}"
        if not is_wd(due):
            txt += "; falls on a weekend/bank holiday (calendar-day rule, not moved)"
        return due, txt
    if kind == "w":             # N weeks / every N weeks
        start = resolve(today, rule[1]); n = rule[2]
        due = start + dt.timedelta(7 * n)
        txt = f"{n} week{'s' if n != 1 else ''} ({7 * n} days) after {lab(start)} -> {lab(due)}"
        if not is_wd(due):
            txt += "; falls on a weekend/bank holiday (not moved)"
        return due, txt
    if kind == "m":             # N months
        start = resolve(today, rule[1]); n = rule[2]
        due, clamped = add_months(start, n)
        txt = f"{n} months after {lab(start)} -> {lab(due)}"
        if clamped:
            txt += "; no such day in that month, so last day of the month"
        if not is_wd(due):
            txt += "; falls on a weekend/bank holiday (not moved)"
        return due, txt
    if kind == "age":           # date of turning Y years (+M months)
        dob = resolve(today, rule[1]); years = rule[2]; months = rule[3] if len(rule) > 3 else 0
        if months == 0:
            if dob.month == 2 and dob.day == 29:
                try:
                    due = D(dob.year + years, 2, 29)
                    note = "; 29 Feb birthday, leap year so 29 Feb"
                except ValueError:
                    due = D(dob.year + years, 3, 1)
                    note = "; 29 Feb birthday in a non-leap year, taken as 1 March"
            else:
                due = D(dob.year + years, dob.month, dob.day); note = ""
            return due, f"born {lab(dob)}, turns {years} on {lab(due)}{note}"
        due, clamped = add_months(dob, 12 * years + months)
        note = "; no such day in that month, so last day of the month" if clamped else ""
        return due, f"born {lab(dob)}, {years} years {months} months old on {lab(due)}{note}"
    if kind == "choice":
        parts = [apply(r, today) for r in rule[1]]
        due = min(p[0] for p in parts)
        txt = "CHOICE: " + " | ".join(f"[{lbl}] {p[1]}" for lbl, p in zip(rule[2], parts)) + \
              f" -> earlier is {lab(due)}"
        return due, txt
    if kind == "none":
        return None, "no timescale in the standards: " + rule[1]
    raise ValueError(rule)


def build(rows):
    out = []
    for r in rows:
        today = D.fromisoformat(r["today"])
        due, count = apply(r["rule"], today)
        if r.get("note"):
            count += "; " + r["note"]
        row = {
            "q": r["q"],
            "today": r["today"],
            "due": iso(due) if due else None,
            "expect_any": r["expect_any"],
            "count": count,
            "voice": r["voice"],
            "kind": r["kind"],
        }
        amb = r.get("ambiguous")
        if isinstance(amb, tuple):      # (template with {alt}, alternative rule) - alt date from the oracle
            alt, _ = apply(amb[1], today)
            amb = amb[0].format(alt=lab(alt))
        if amb:
            row["ambiguous"] = amb
        out.append(row)
    return out


if __name__ == "__main__":
    self_check()
    here = os.path.dirname(os.path.abspath(__file__))
    import sys
    sys.path.insert(0, here)
    from spec import ROWS
    rows = build(ROWS)
    with open(os.path.join(here, "questions.jsonl"), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows")
