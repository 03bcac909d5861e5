#!/usr/bin/env python3
"""Oracle for the frozen deadline question set (set-tune-14).

Standard library only. Computes `due` and `count` for every row described in rows.py
and writes questions.jsonl next to this file.

Conventions (from the brief):
  wd   : "within N working days" -> Nth working day strictly after the event day
         (Mon-Fri, not a bank holiday). Event on a weekend/bank holiday still counts from that day.
  d    : "within N days" -> event + N calendar days
  w    : "within N weeks" / "at least every N weeks" -> event + 7N days
  m    : "N months" -> same day N months later, clamped to month end (31 Jan + 1 month = 28/29 Feb)
  wdb  : "N working days before" -> Nth working day strictly before the meeting
  db   : "at least N days before/prior" -> meeting - N calendar days
  same : "the same day" -> the event day itself
  age  : date someone turns Y years (+M months); 29 Feb birthdays fall on 1 March in non-leap years
"""
import datetime as dt
import json
import os
import sys

D = dt.date

# England and Wales bank holidays 2024-2028, typed by hand (substitute days included).
BANK_HOLIDAYS = {
    # 2024
    D(2024, 1, 1): "New Year's Day",
    D(2024, 3, 29): "Good Friday",
    D(2024, 4, 1): "Easter Monday",
    D(2024, 5, 6): "Early May bank holiday",
    D(2024, 5, 27): "Spring bank holiday",
    D(2024, 8, 26): "Summer bank holiday",
    D(2024, 12, 25): "Christmas Day",
    D(2024, 12, 26): "Boxing Day",
    # 2025
    D(2025, 1, 1): "New Year's Day",
    D(2025, 4, 18): "Good Friday",
    D(2025, 4, 21): "Easter Monday",
    D(2025, 5, 5): "Early May bank holiday",
    D(2025, 5, 26): "Spring bank holiday",
    D(2025, 8, 25): "Summer bank holiday",
    D(2025, 12, 25): "Christmas Day",
    D(2025, 12, 26): "Boxing Day",
    # 2026
    D(2026, 1, 1): "New Year's Day",
    D(2026, 4, 3): "Good Friday",
    D(2026, 4, 6): "Easter Monday",
    D(2026, 5, 4): "Early May bank holiday",
    D(2026, 5, 25): "Spring bank holiday",
    D(2026, 8, 31): "Summer bank holiday",
    D(2026, 12, 25): "Christmas Day",
    D(2026, 12, 28): "Boxing Day (substitute day)",
    # 2027
    D(2027, 1, 1): "New Year's Day",
    D(2027, 3, 26): "Good Friday",
    D(2027, 3, 29): "Easter Monday",
    D(2027, 5, 3): "Early May bank holiday",
    D(2027, 5, 31): "Spring bank holiday",
    D(2027, 8, 30): "Summer bank holiday",
    D(2027, 12, 27): "Christmas Day (substitute day)",
    D(2027, 12, 28): "Boxing Day (substitute day)",
    # 2028
    D(2028, 1, 3): "New Year's Day (substitute day)",
    D(2028, 4, 14): "Good Friday",
    D(2028, 4, 17): "Easter Monday",
    D(2028, 5, 1): "Early May bank holiday",
    D(2028, 5, 29): "Spring bank holiday",
    D(2028, 8, 28): "Summer bank holiday",
    D(2028, 12, 25): "Christmas Day",
    D(2028, 12, 26): "Boxing Day",
}

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def fmt(d):
    return f"{d.isoformat()} ({WD[d.weekday()]})"


def is_working(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def note(d):
    """Flag a due date that is not a working day."""
    if d in BANK_HOLIDAYS:
        return f" [falls on a bank holiday: {BANK_HOLIDAYS[d]}]"
    if d.weekday() >= 5:
        return " [falls on a weekend]"
    return ""


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28,
            31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return D(y, m, min(d.day, last)), d.day > last


def wd_after(start, n):
    d, k, skipped = start, 0, []
    while k < n:
        d += dt.timedelta(days=1)
        if is_working(d):
            k += 1
        elif d in BANK_HOLIDAYS:
            skipped.append(d)
    return d, skipped


def wd_before(start, n):
    d, k, skipped = start, 0, []
    while k < n:
        d -= dt.timedelta(days=1)
        if is_working(d):
            k += 1
        elif d in BANK_HOLIDAYS:
            skipped.append(d)
    return d, skipped


def skipped_txt(sk):
    if not sk:
        return ""
    return "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)


def compute(rule):
    """rule = (type, date_str, n[, extra]) -> (due_date, count_text)."""
    typ = rule[0]
    s = D.fromisoformat(rule[1])
    if typ == "wd":
        n = rule[2]
        if not is_working(s):
            pre = f" (event day is a {'bank holiday' if s in BANK_HOLIDAYS else 'weekend'}; counting still starts from it)"
        else:
            pre = ""
        due, sk = wd_after(s, n)
        return due, f"{n} working day{'s' if n != 1 else ''} after {fmt(s)}{pre} -> {fmt(due)}{skipped_txt(sk)}"
    if typ == "wdb":
        n = rule[2]
        due, sk = wd_before(s, n)
        return due, f"{n} working days before {fmt(s)} (Nth working day strictly before) -> {fmt(due)}{skipped_txt(sk)}"
    if typ == "d":
        n = rule[2]
        due = s + dt.timedelta(days=n)
        return due, f"{n} calendar days after {fmt(s)} -> {fmt(due)}{note(due)}"
    if typ == "db":
        n = rule[2]
        due = s - dt.timedelta(days=n)
        return due, f"{n} calendar days before {fmt(s)} -> {fmt(due)}{note(due)}"
    if typ == "w":
        n = rule[2]
        due = s + dt.timedelta(days=7 * n)
        return due, f"{n} week{'s' if n != 1 else ''} ({7 * n} days) after {fmt(s)} -> {fmt(due)}{note(due)}"
    if typ == "m":
        n = rule[2]
        due, clamped = add_months(s, n)
        c = " (day does not exist in that month, clamped to month end)" if clamped else ""
        return due, f"{n} months after {fmt(s)} -> {fmt(due)}{c}{note(due)}"
    if typ == "same":
        return s, f"same day as {fmt(s)} -> {fmt(s)}"
    if typ == "age":
        years = rule[2]
        months = rule[3] if len(rule) > 3 else 0
        y = s.year + years
        txt = ""
        if s.month == 2 and s.day == 29:
            leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
            if leap:
                bday = D(y, 2, 29)
            else:
                bday = D(y, 3, 1)
                txt = f" (29 Feb birthday, {y} is not a leap year, so taken as 1 March)"
        else:
            bday = D(y, s.month, s.day)
        if months:
            due, clamped = add_months(bday, months)
            c = " (clamped to month end)" if clamped else ""
            return due, (f"born {fmt(s)}: {years}th birthday {fmt(bday)}{txt}; + {months} months -> "
                         f"{fmt(due)}{c}")
        return bday, f"born {fmt(s)}: {years}th birthday -> {fmt(bday)}{txt}"
    raise ValueError(rule)


def build(rows):
    out = []
    for i, r in enumerate(rows, 1):
        kind = r["kind"]
        if kind == "none":
            due, count = None, "no timescale set in the standards: " + r["why"]
        elif kind == "choice":
            parts = []
            dues = []
            for label, rule in r["rules"]:
                dd, c = compute(rule)
                dues.append(dd)
                parts.append(f"{label}: {c}")
            due = min(dues)
            count = "; ".join(parts) + f" => earlier = {due.isoformat()}"
        else:
            due, count = compute(r["rule"])
            if r.get("label"):
                count = r["label"] + ": " + count
        row = {
            "q": r["q"],
            "today": r["today"],
            "due": due.isoformat() if due else None,
            "expect_any": r["ph"],
            "count": count,
            "voice": r["voice"],
            "kind": kind,
        }
        if r.get("amb"):
            row["ambiguous"] = r["amb"]
        out.append(row)
    return out


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    from rows import ROWS
    data = build(ROWS)
    with open(os.path.join(here, "questions.jsonl"), "w", encoding="utf-8") as f:
        for row in data:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(data)} rows")
