#!/usr/bin/env python3
"""Oracle for the frozen deadline question set (set-tune-7).

Standard library only. Bank holidays (England & Wales, 2024-2028) are typed by hand below.
Each row in rows.py is a structured description; this script computes `due` and `count`
and writes questions.jsonl next to this file.

Conventions (from the brief):
  wd  : Nth working day strictly after the event day (event may be a weekend/BH; still count from it)
  d   : event + N calendar days
  w   : event + 7N days
  m   : same day N months later, clamped to month end (31 Jan + 1 month = 28/29 Feb)
  wdb : Nth working day strictly before a meeting
  db  : meeting - N calendar days
  age : birthday (29 Feb birthdays -> 1 March in non-leap years)
  same: the same day as the event
"""
import datetime as dt
import json
import os
import calendar

D = dt.date.fromisoformat
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

# England and Wales bank holidays, typed by hand.
BANK_HOLIDAYS = {
    # 2024
    "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26",
    "2024-12-25", "2024-12-26",
    # 2025
    "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25",
    "2025-12-25", "2025-12-26",
    # 2026 (Boxing Day is a Saturday -> substitute Mon 28 Dec)
    "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31",
    "2026-12-25", "2026-12-28",
    # 2027 (Christmas Sat, Boxing Day Sun -> substitutes Mon 27, Tue 28 Dec)
    "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30",
    "2027-12-27", "2027-12-28",
    # 2028 (New Year's Day Sat -> substitute Mon 3 Jan)
    "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28",
    "2028-12-25", "2028-12-26",
}
BH = {D(x) for x in BANK_HOLIDAYS}


def fmt(d):
    return f"{d.isoformat()} ({DOW[d.weekday()]})"


def is_wd(d):
    return d.weekday() < 5 and d not in BH


def add_wd(start, n):
    d, k, skipped = start, 0, []
    while k < n:
        d += dt.timedelta(days=1)
        if is_wd(d):
            k += 1
        elif d in BH:
            skipped.append(d)
    return d, skipped


def sub_wd(meeting, n):
    d, k, skipped = meeting, 0, []
    while k < n:
        d -= dt.timedelta(days=1)
        if is_wd(d):
            k += 1
        elif d in BH:
            skipped.append(d)
    return d, sorted(skipped)


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last)), d.day > last


def start_note(s):
    if s.weekday() >= 5:
        return " (event day is a weekend; counting from it)"
    if s in BH:
        return " (event day is a bank holiday; counting from it)"
    return ""


def compute(rule):
    """Return (due date or None, count text)."""
    t = rule[0]
    if t == "wd":
        s, n = D(rule[1]), rule[2]
        due, sk = add_wd(s, n)
        txt = f"{n} working day{'s' if n > 1 else ''} after {fmt(s)}{start_note(s)} -> {fmt(due)}"
        if sk:
            txt += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
        return due, txt
    if t == "wdb":
        s, n = D(rule[1]), rule[2]
        due, sk = sub_wd(s, n)
        txt = f"{n} working days before {fmt(s)} -> {fmt(due)}"
        if sk:
            txt += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
        return due, txt
    if t == "d":
        s, n = D(rule[1]), rule[2]
        due = s + dt.timedelta(days=n)
        return due, f"{n} calendar day{'s' if n > 1 else ''} after {fmt(s)} -> {fmt(due)}"
    if t == "db":
        s, n = D(rule[1]), rule[2]
        due = s - dt.timedelta(days=n)
        return due, f"{n} calendar days before {fmt(s)} -> {fmt(due)}"
    if t == "w":
        s, n = D(rule[1]), rule[2]
        due = s + dt.timedelta(days=7 * n)
        return due, f"{n} weeks ({7 * n} days) after {fmt(s)} -> {fmt(due)}"
    if t == "m":
        s, n = D(rule[1]), rule[2]
        due, clamped = add_months(s, n)
        txt = f"{n} months after {fmt(s)} -> {fmt(due)}"
        if clamped:
            txt += f" (day {s.day} does not exist in that month; clamped to month end)"
        return due, txt
    if t == "age":
        dob, yrs, mths = D(rule[1]), rule[2], rule[3]
        total = yrs * 12 + mths
        y, m = divmod(dob.month - 1 + total, 12)
        y += dob.year
        m += 1
        last = calendar.monthrange(y, m)[1]
        label = f"{yrs} years" + (f" {mths} months" if mths else "")
        if dob.month == 2 and dob.day == 29 and mths == 0:
            if calendar.isleap(y):
                due = dt.date(y, 2, 29)
                note = f"; born 29 Feb, {y} is a leap year so the birthday is 29 Feb"
            else:
                due = dt.date(y, 3, 1)
                note = f"; born 29 Feb, {y} is not a leap year so taken as 1 March"
        elif dob.day > last:
            due = dt.date(y, m, last)
            note = f"; day {dob.day} does not exist in that month, clamped to month end"
        else:
            due = dt.date(y, m, dob.day)
            note = "; born 29 Feb (no effect on this date)" if (dob.month, dob.day) == (2, 29) else ""
        return due, f"{label} after DOB {fmt(dob)} -> {fmt(due)}{note}"
    if t == "same":
        s = D(rule[1])
        return s, f"same day as {fmt(s)}"
    if t == "none":
        return None, "the standards set no timescale for this"
    if t == "choice":
        outs = []
        dues = []
        for label, sub in rule[1]:
            due, txt = compute(sub)
            dues.append(due)
            outs.append(f"{label}: {txt}")
        due = min(dues)
        return due, " | ".join(outs) + f" | due = earlier = {due.isoformat()}"
    raise ValueError(rule)


def phrase_keys(rule):
    if rule[0] == "choice":
        ks = []
        for _, sub in rule[1]:
            ks += phrase_keys(sub)
        return ks
    k = rule[-1]
    return list(k) if isinstance(k, (list, tuple)) else [k]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    import importlib.util
    spec = importlib.util.spec_from_file_location("rows", os.path.join(here, "rows.py"))
    rows = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(rows)
    out = []
    for r in rows.ROWS:
        due, count = compute(r["rule"])
        keys = phrase_keys(r["rule"])
        seen = []
        for k in keys:
            p = rows.P[k]
            if p not in seen:
                seen.append(p)
        o = {
            "q": r["q"],
            "today": r["today"],
            "due": due.isoformat() if due else None,
            "expect_any": seen,
            "count": count,
            "voice": r["v"],
            "kind": r["k"],
        }
        if r.get("amb"):
            o["ambiguous"] = r["amb"]
        out.append(o)
    with open(os.path.join(here, "questions.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows")


if __name__ == "__main__":
    main()
