#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (round14/set-heldout-14).

Standard library only. Computes `due` and `count` for every row from a
structured description (ROWS, in rows.py), writes questions.jsonl and runs checks.

Conventions (from the brief):
  wd   : within N working days -> Nth working day strictly after the event
         (working day = Mon-Fri and not an England & Wales bank holiday;
          if the event is itself a non-working day we still count from it)
  d    : within N days  -> event + N calendar days
  w    : N weeks        -> event + 7N days
  m    : N months       -> same day N months later, clamped to month end
  wdb  : N working days before a meeting -> Nth working day strictly before
  db   : N days before a meeting -> meeting - N calendar days
  same : the same day as the event
  age  : date of a birthday (Y years + M months); 29 Feb -> 1 Mar in non-leap years
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"

# England and Wales bank holidays 2024-2028, typed by hand (substitute days included).
BANK_HOLIDAYS = {
    # 2024
    "2024-01-01": "New Year's Day",
    "2024-03-29": "Good Friday",
    "2024-04-01": "Easter Monday",
    "2024-05-06": "Early May bank holiday",
    "2024-05-27": "Spring bank holiday",
    "2024-08-26": "Summer bank holiday",
    "2024-12-25": "Christmas Day",
    "2024-12-26": "Boxing Day",
    # 2025
    "2025-01-01": "New Year's Day",
    "2025-04-18": "Good Friday",
    "2025-04-21": "Easter Monday",
    "2025-05-05": "Early May bank holiday",
    "2025-05-26": "Spring bank holiday",
    "2025-08-25": "Summer bank holiday",
    "2025-12-25": "Christmas Day",
    "2025-12-26": "Boxing Day",
    # 2026
    "2026-01-01": "New Year's Day",
    "2026-04-03": "Good Friday",
    "2026-04-06": "Easter Monday",
    "2026-05-04": "Early May bank holiday",
    "2026-05-25": "Spring bank holiday",
    "2026-08-31": "Summer bank holiday",
    "2026-12-25": "Christmas Day",
    "2026-12-28": "Boxing Day (substitute day)",
    # 2027
    "2027-01-01": "New Year's Day",
    "2027-03-26": "Good Friday",
    "2027-03-29": "Easter Monday",
    "2027-05-03": "Early May bank holiday",
    "2027-05-31": "Spring bank holiday",
    "2027-08-30": "Summer bank holiday",
    "2027-12-27": "Christmas Day (substitute day)",
    "2027-12-28": "Boxing Day (substitute day)",
    # 2028
    "2028-01-03": "New Year's Day (substitute day)",
    "2028-04-14": "Good Friday",
    "2028-04-17": "Easter Monday",
    "2028-05-01": "Early May bank holiday",
    "2028-05-29": "Spring bank holiday",
    "2028-08-28": "Summer bank holiday",
    "2028-12-25": "Christmas Day",
    "2028-12-26": "Boxing Day",
}
BH = {dt.date.fromisoformat(k) for k in BANK_HOLIDAYS}
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _easter(y):
    # Anonymous Gregorian algorithm, used only to cross-check the typed table.
    a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4
    f = (b + 8) // 25; g = (b - f + 1) // 3; h = (19 * a + b - d - g + 15) % 30
    i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    mo = (h + l - 7 * m + 114) // 31; da = (h + l - 7 * m + 114) % 31 + 1
    return dt.date(y, mo, da)


def _rule_holidays(y):
    """Independent rule-based derivation, used only to cross-check BANK_HOLIDAYS."""
    out = set()

    def sub(day, taken):
        while day.weekday() >= 5 or day in taken:
            day += dt.timedelta(1)
        return day
    out.add(sub(dt.date(y, 1, 1), out))
    e = _easter(y)
    out.add(e - dt.timedelta(2)); out.add(e + dt.timedelta(1))
    d = dt.date(y, 5, 1)
    out.add(d + dt.timedelta((0 - d.weekday()) % 7))
    d = dt.date(y, 5, 31)
    out.add(d - dt.timedelta(d.weekday()))
    d = dt.date(y, 8, 31)
    out.add(d - dt.timedelta(d.weekday()))
    c = sub(dt.date(y, 12, 25), out); out.add(c)
    out.add(sub(dt.date(y, 12, 26), out))
    return out


def fmt(d):
    return f"{d.isoformat()} ({DOW[d.weekday()]})"


def is_wd(d):
    return d.weekday() < 5 and d not in BH


def add_wd(ev, n):
    d, skipped, k = ev, [], 0
    while k < n:
        d += dt.timedelta(1)
        if d in BH and d.weekday() < 5:
            skipped.append(d)
        if is_wd(d):
            k += 1
    return d, skipped


def sub_wd(ev, n):
    d, skipped, k = ev, [], 0
    while k < n:
        d -= dt.timedelta(1)
        if d in BH and d.weekday() < 5:
            skipped.append(d)
        if is_wd(d):
            k += 1
    return d, sorted(skipped)


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year; m += 1
    last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(1)).day
    return dt.date(y, m, min(d.day, last)), d.day > last


WEEKDAYS = {n: i for i, n in enumerate(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])}


def resolve(expr, today):
    """ISO date, or a relative expression read against `today`."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", expr):
        return dt.date.fromisoformat(expr)
    e = expr.lower().strip()
    if e == "today":
        return today
    if e == "yesterday":
        return today - dt.timedelta(1)
    if e == "tomorrow":
        return today + dt.timedelta(1)
    m = re.fullmatch(r"last (mon|tue|wed|thu|fri|sat|sun)", e)
    if m:  # most recent such weekday strictly before today
        back = (today.weekday() - WEEKDAYS[m.group(1)]) % 7 or 7
        return today - dt.timedelta(back)
    m = re.fullmatch(r"next (mon|tue|wed|thu|fri|sat|sun)", e)
    if m:  # first such weekday strictly after today
        fwd = (WEEKDAYS[m.group(1)] - today.weekday()) % 7 or 7
        return today + dt.timedelta(fwd)
    m = re.fullmatch(r"the (\d+)(st|nd|rd|th)", e)
    if m:  # day of the current month, must not be in the future
        d = today.replace(day=int(m.group(1)))
        assert d <= today, expr
        return d
    raise ValueError(expr)


def compute(op, today):
    """Returns (due_date, text)."""
    kind = op[0]
    if kind == "same":
        ev = resolve(op[1], today)
        return ev, f"same day as {fmt(ev)} -> {fmt(ev)}"
    if kind == "age":
        dob = dt.date.fromisoformat(op[1]); yrs, mths = op[2], op[3]
        note = ""
        if dob.month == 2 and dob.day == 29 and mths == 0:
            y = dob.year + yrs
            leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
            due = dt.date(y, 2, 29) if leap else dt.date(y, 3, 1)
            if not leap:
                note = f"; born 29 Feb and {y} is not a leap year, so birthday taken as 1 March"
        else:
            due, clamped = add_months(dob, 12 * yrs + mths)
            assert not clamped, "avoid clamped half-birthdays"
        age = f"{yrs} years" + (f" {mths} months" if mths else "")
        return due, f"DOB {fmt(dob)} + {age} -> {fmt(due)}{note}"
    ev = resolve(op[1], today)
    n = op[2]
    evnote = ""
    if not is_wd(ev) and kind in ("wd",):
        why = "a bank holiday" if ev in BH else "a weekend"
        evnote = f" (event falls on {why}; counted from that day, so the 1st working day is the next working day)"
    if kind == "wd":
        due, sk = add_wd(ev, n)
        t = f"{n} working day{'s' if n > 1 else ''} after {fmt(ev)} -> {fmt(due)}{evnote}"
        if sk:
            t += "; skips bank holidays " + ", ".join(s.isoformat() for s in sk)
        return due, t
    if kind == "wdb":
        due, sk = sub_wd(ev, n)
        t = f"{n} working days before {fmt(ev)} -> {fmt(due)}"
        if sk:
            t += "; skips bank holidays " + ", ".join(s.isoformat() for s in sk)
        return due, t
    if kind == "d":
        due = ev + dt.timedelta(n)
        return due, f"{n} calendar days after {fmt(ev)} -> {fmt(due)}"
    if kind == "db":
        due = ev - dt.timedelta(n)
        return due, f"{n} calendar days before {fmt(ev)} -> {fmt(due)}"
    if kind == "w":
        due = ev + dt.timedelta(7 * n)
        return due, f"{n} week{'s' if n > 1 else ''} ({7 * n} days) after {fmt(ev)} -> {fmt(due)}"
    if kind == "m":
        due, clamped = add_months(ev, n)
        t = f"{n} months after {fmt(ev)} -> {fmt(due)}"
        if clamped:
            t += " (no such day in that month, so the last day of the month)"
        return due, t
    raise ValueError(op)


def build(row):
    today = dt.date.fromisoformat(row["today"])
    kind = row["kind"]
    label = row.get("label", "")
    if kind == "none":
        due, count = None, "none: " + row["why"]
    elif kind == "choice":
        parts = []
        dues = []
        for lab, op in row["ops"]:
            d, t = compute(op, today)
            dues.append(d)
            parts.append(f"{lab}: {t}")
        due = min(dues)
        count = " | ".join(parts) + f" -> earlier is {fmt(due)}"
    else:
        due, t = compute(row["op"], today)
        count = (label + ": " if label else "") + t
    if row.get("actual"):
        a = dt.date.fromisoformat(row["actual"])
        count += f"; actual {fmt(a)} -> {'within' if a <= due else 'OUT OF'} timescale"
    out = {
        "q": row["q"],
        "today": today.isoformat(),
        "due": due.isoformat() if due else None,
        "expect_any": row["ph"],
        "count": count,
        "voice": row["voice"],
        "kind": kind,
    }
    if row.get("amb"):
        out["ambiguous"] = row["amb"]
    return out


def main():
    # cross-check the typed holiday table against the rule-based derivation
    for y in range(2024, 2029):
        typed = {d for d in BH if d.year == y}
        assert typed == _rule_holidays(y), (y, sorted(typed ^ _rule_holidays(y)))
    sys.path.insert(0, HERE)
    from rows import ROWS
    src = open(SOURCE, encoding="utf-8").read()
    out = [build(r) for r in ROWS]
    problems = []
    for i, r in enumerate(out, 1):
        for p in r["expect_any"]:
            if len(p.split()) < 6:
                problems.append(f"row {i}: phrase under 6 words: {p!r}")
            if p not in src:
                problems.append(f"row {i}: phrase not verbatim in source: {p!r}")
        if r["voice"] not in ("duty", "typos", "scenario", "indirect", "newstarter", "manager"):
            problems.append(f"row {i}: bad voice")
        if r["kind"] == "choice" and len(r["expect_any"]) < 2:
            problems.append(f"row {i}: choice needs 2 phrases")
        if (r["due"] is None) != (r["kind"] == "none"):
            problems.append(f"row {i}: due/none mismatch")
    qs = [r["q"] for r in out]
    if len(set(qs)) != len(qs):
        problems.append("duplicate questions")
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and parse every line
    with open(path, encoding="utf-8") as f:
        lines = [json.loads(l) for l in f]
    assert len(lines) == len(out)
    from collections import Counter
    print("rows", len(lines))
    print("kinds", dict(Counter(r["kind"] for r in lines)))
    print("voices", dict(Counter(r["voice"] for r in lines)))
    print("years(today)", dict(Counter(r["today"][:4] for r in lines)))
    print("ambiguous", sum(1 for r in lines if "ambiguous" in r))
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
