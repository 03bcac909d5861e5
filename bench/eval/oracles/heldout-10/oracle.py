#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (round 10).

Standard library only. Computes `due` and `count` for every row from the
structured description in rows.py and writes questions.jsonl.

Conventions (from the brief):
  wd:N   within N working days   -> Nth working day strictly after the event
  wdb:N  N working days before   -> Nth working day strictly before the meeting
  d:N    within N days           -> event + N calendar days
  db:N   at least N days prior   -> meeting - N calendar days
  w:N    N weeks / every N weeks -> event + 7N days
  m:N    N months                -> same day N months later (clamped to month end)
  y:N    every N years           -> same as 12N months (clamped)
  same   the same day            -> the event day itself
  age:Y or age:Y:M               -> the date the person reaches Y years (M months);
                                    a 29 Feb birthday falls on 1 March in non-leap years
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
    D(2024, 1, 1),   # New Year's Day (Mon)
    D(2024, 3, 29),  # Good Friday
    D(2024, 4, 1),   # Easter Monday
    D(2024, 5, 6),   # Early May
    D(2024, 5, 27),  # Spring
    D(2024, 8, 26),  # Summer
    D(2024, 12, 25), # Christmas (Wed)
    D(2024, 12, 26), # Boxing Day (Thu)
    # 2025
    D(2025, 1, 1),   # New Year's Day (Wed)
    D(2025, 4, 18),  # Good Friday
    D(2025, 4, 21),  # Easter Monday
    D(2025, 5, 5),   # Early May
    D(2025, 5, 26),  # Spring
    D(2025, 8, 25),  # Summer
    D(2025, 12, 25), # Christmas (Thu)
    D(2025, 12, 26), # Boxing Day (Fri)
    # 2026
    D(2026, 1, 1),   # New Year's Day (Thu)
    D(2026, 4, 3),   # Good Friday
    D(2026, 4, 6),   # Easter Monday
    D(2026, 5, 4),   # Early May
    D(2026, 5, 25),  # Spring
    D(2026, 8, 31),  # Summer
    D(2026, 12, 25), # Christmas (Fri)
    D(2026, 12, 28), # Boxing Day (Sat) substitute Mon 28
    # 2027
    D(2027, 1, 1),   # New Year's Day (Fri)
    D(2027, 3, 26),  # Good Friday
    D(2027, 3, 29),  # Easter Monday
    D(2027, 5, 3),   # Early May
    D(2027, 5, 31),  # Spring
    D(2027, 8, 30),  # Summer
    D(2027, 12, 27), # Christmas (Sat) substitute Mon 27
    D(2027, 12, 28), # Boxing Day (Sun) substitute Tue 28
    # 2028
    D(2028, 1, 3),   # New Year's Day (Sat) substitute Mon 3
    D(2028, 4, 14),  # Good Friday
    D(2028, 4, 17),  # Easter Monday
    D(2028, 5, 1),   # Early May
    D(2028, 5, 29),  # Spring
    D(2028, 8, 28),  # Summer
    D(2028, 12, 25), # Christmas (Mon)
    D(2028, 12, 26), # Boxing Day (Tue)
}

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _sanity_check_bank_holidays():
    """Cross-check the typed list against computed rules (Easter by the anonymous Gregorian algorithm)."""
    def easter(y):
        a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4
        f = (b + 8) // 25; g = (b - f + 1) // 3; h = (19 * a + b - d - g + 15) % 30
        i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * l) // 451
        mo = (h + l - 7 * m + 114) // 31; da = ((h + l - 7 * m + 114) % 31) + 1
        return D(y, mo, da)

    def first_mon(y, mo):
        x = D(y, mo, 1)
        while x.weekday() != 0:
            x += ONE
        return x

    def last_mon(y, mo):
        x = D(y, mo + 1, 1) - ONE
        while x.weekday() != 0:
            x -= ONE
        return x

    calc = set()
    for y in range(2024, 2029):
        nyd = D(y, 1, 1)
        while nyd.weekday() >= 5:
            nyd += ONE
        calc.add(nyd)
        e = easter(y)
        calc |= {e - 2 * ONE, e + ONE, first_mon(y, 5), last_mon(y, 5), last_mon(y, 8)}
        xmas, box = D(y, 12, 25), D(y, 12, 26)
        taken = set()
        for day in (xmas, box):
            x = day
            while x.weekday() >= 5 or x in taken:
                x += ONE
            taken.add(x)
        calc |= taken
    assert calc == BANK_HOLIDAYS, (sorted(calc ^ BANK_HOLIDAYS))


def is_wd(x):
    return x.weekday() < 5 and x not in BANK_HOLIDAYS


def fmt(x):
    return f"{x.isoformat()} ({WD[x.weekday()]})"


def add_months(x, n, leap_rule=False):
    """Same day n months later; if that day does not exist, clamp to the month end
    (or, with leap_rule for birthdays, roll to the 1st of the next month)."""
    y, m = divmod(x.month - 1 + n, 12)
    y += x.year
    m += 1
    try:
        return D(y, m, x.day), False
    except ValueError:
        if leap_rule:
            return D(y, m + 1, 1) if m < 12 else D(y + 1, 1, 1), True
        nxt = D(y, m + 1, 1) if m < 12 else D(y + 1, 1, 1)
        return nxt - ONE, True


def parse_start(s, today):
    if isinstance(s, D):
        return s
    if s == "today":
        return today
    if s.startswith("today"):
        return today + dt.timedelta(days=int(s[5:]))
    if s.startswith("last:"):  # most recent such weekday strictly before today
        wd = WD.index(s[5:])
        x = today - ONE
        while x.weekday() != wd:
            x -= ONE
        return x
    return D.fromisoformat(s)


def note_day(x):
    if x in BANK_HOLIDAYS:
        return f"; note: {x.isoformat()} is a bank holiday"
    if x.weekday() >= 5:
        return f"; note: falls on a {WD[x.weekday()]}"
    return ""


def apply(rule, start):
    """Return (due, text)."""
    kind, _, arg = rule.partition(":")
    if kind == "wd":
        n = int(arg); x = start; k = 0; skipped = []
        while k < n:
            x += ONE
            if is_wd(x):
                k += 1
            elif x in BANK_HOLIDAYS:
                skipped.append(x.isoformat())
        t = f"{n} working day{'s' if n != 1 else ''} after {fmt(start)} -> {fmt(x)}"
        if not is_wd(start):
            t += f"; event day {start.isoformat()} is not a working day, counted from it"
        if skipped:
            t += "; skips bank holidays " + ", ".join(skipped)
        return x, t
    if kind == "wdb":
        n = int(arg); x = start; k = 0; skipped = []
        while k < n:
            x -= ONE
            if is_wd(x):
                k += 1
            elif x in BANK_HOLIDAYS:
                skipped.append(x.isoformat())
        t = f"{n} working days before {fmt(start)} -> {fmt(x)}"
        if skipped:
            t += "; skips bank holidays " + ", ".join(sorted(skipped))
        return x, t
    if kind == "d":
        n = int(arg); x = start + dt.timedelta(days=n)
        return x, f"{n} calendar days after {fmt(start)} -> {fmt(x)}" + note_day(x)
    if kind == "db":
        n = int(arg); x = start - dt.timedelta(days=n)
        return x, f"{n} calendar days before {fmt(start)} -> {fmt(x)}" + note_day(x)
    if kind == "w":
        n = int(arg); x = start + dt.timedelta(days=7 * n)
        return x, f"{n} week{'s' if n != 1 else ''} ({7*n} days) after {fmt(start)} -> {fmt(x)}" + note_day(x)
    if kind in ("m", "y"):
        n = int(arg) * (12 if kind == "y" else 1)
        x, clamped = add_months(start, n)
        lab = f"{arg} year{'s' if arg != '1' else ''}" if kind == "y" else f"{n} month{'s' if n != 1 else ''}"
        t = f"{lab} after {fmt(start)} -> {fmt(x)}"
        if clamped:
            t += f"; day {start.day} does not exist in that month, so the last day of the month"
        return x, t + note_day(x)
    if kind == "same":
        return start, f"same day as {fmt(start)}" + note_day(start)
    if kind == "age":
        parts = arg.split(":")
        yrs = int(parts[0]); mths = int(parts[1]) if len(parts) > 1 else 0
        x, rolled = add_months(start, 12 * yrs + mths, leap_rule=True)
        lab = f"{yrs} years" + (f" {mths} months" if mths else "")
        t = f"reaches {lab}: DOB {fmt(start)} -> {fmt(x)}"
        if start.month == 2 and start.day == 29:
            if rolled:
                t += "; 29 Feb birthday, taken as 1 March in a non-leap year"
            else:
                t += "; 29 Feb birthday, target date exists so no adjustment"
        return x, t
    raise ValueError(rule)


def build(rows, src_text):
    out = []
    for i, r in enumerate(rows, 1):
        today = D.fromisoformat(r["today"])
        obj = {"q": r["q"], "today": r["today"]}
        if r["kind"] == "none":
            obj["due"] = None
            obj["count"] = "no timescale in the standards: " + r["why"]
        elif r["kind"] == "choice":
            res = []
            for (rule, start, what) in r["opts"]:
                s = parse_start(start, today)
                due, t = apply(rule, s)
                res.append((due, f"{what}: {t}"))
            earliest = min(d for d, _ in res)
            obj["due"] = earliest.isoformat()
            obj["count"] = " | ".join(f"({chr(65+j)}) {t}" for j, (_, t) in enumerate(res)) + \
                f" | due = earlier date {earliest.isoformat()}"
        else:
            s = parse_start(r["start"], today)
            due, t = apply(r["rule"], s)
            obj["due"] = due.isoformat()
            obj["count"] = f"{r['what']}: {t}"
        obj["expect_any"] = r["expect_any"]
        obj["voice"] = r["voice"]
        obj["kind"] = r["kind"]
        if r.get("ambiguous"):
            obj["ambiguous"] = r["ambiguous"]
        out.append(obj)
    return out


def main():
    _sanity_check_bank_holidays()
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    import rows as R
    rows = R.ROWS
    out = build(rows, None)
    with open(os.path.join(here, "questions.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows")


if __name__ == "__main__":
    main()
