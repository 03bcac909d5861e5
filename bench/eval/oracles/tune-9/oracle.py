#!/usr/bin/env python3
"""Oracle for the tune-9 deadline question set.

Standard library only. Every `due` and `count` in questions.jsonl is computed here
from a structured description of the row (ROWS in rows.py). Run:

    python3 oracle.py          # self-test, compute, write questions.jsonl
    python3 oracle.py --check  # also run the checks on the written file

Conventions (from the brief):
- within N working days: the Nth working day strictly after the event day
  (working day = Mon-Fri and not an England & Wales bank holiday); an event on a
  weekend/bank holiday is still counted from (1st working day = next working day).
- within N days: event + N calendar days; N weeks: event + 7N days;
  N months: same day N months later, clamped to month end (31 Jan + 1 month = 28/29 Feb).
- every N weeks (visits/reviews): last one + 7N days.
- N working days before a meeting: Nth working day strictly before it.
- N days before: meeting - N calendar days.
- Ages: the birthday (29 Feb birthdays -> 1 March in non-leap years).
"""
import datetime as dt
import json
import os
import re
import sys

D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))

# England and Wales bank holidays 2024-2028, typed by hand.
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

DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _easter(y):
    # Anonymous Gregorian algorithm (used only to self-test the typed table).
    a = y % 19
    b, c = divmod(y, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = ((h + l - 7 * m + 114) % 31) + 1
    return D(y, month, day)


def _rule_holidays(y):
    out = set()
    nyd = D(y, 1, 1)
    while nyd.weekday() >= 5:
        nyd += dt.timedelta(1)
    out.add(nyd)
    e = _easter(y)
    out.add(e - dt.timedelta(2))
    out.add(e + dt.timedelta(1))
    may1 = D(y, 5, 1)
    out.add(may1 + dt.timedelta((0 - may1.weekday()) % 7))
    may31 = D(y, 5, 31)
    out.add(may31 - dt.timedelta(may31.weekday()))
    aug31 = D(y, 8, 31)
    out.add(aug31 - dt.timedelta(aug31.weekday()))
    xmas, box = D(y, 12, 25), D(y, 12, 26)
    taken = set()
    for day in (xmas, box):
        cand = day
        while cand.weekday() >= 5 or cand in taken:
            cand += dt.timedelta(1)
        taken.add(cand)
    out |= taken
    return out


def self_test():
    for y in range(2024, 2029):
        typed = {d for d in BANK_HOLIDAYS if d.year == y}
        assert typed == _rule_holidays(y), (y, sorted(typed ^ _rule_holidays(y)))
    for d in BANK_HOLIDAYS:
        assert d.weekday() < 5, d
    # brief's own example
    r = compute("2026-03-31", [("wd", 5)])
    assert r[0] == D(2026, 4, 9), r


def iso(d):
    return d.isoformat()


def tag(d):
    return f"{iso(d)} ({DAYNAMES[d.weekday()]})"


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = (D(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(1)).day
    return D(y, m, min(d.day, last)), d.day > last


def resolve(start, today):
    """Resolve a start token against today."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", start):
        return D.fromisoformat(start)
    if start == "today":
        return today
    if start == "yesterday":
        return today - dt.timedelta(1)
    if start == "tomorrow":
        return today + dt.timedelta(1)
    m = re.fullmatch(r"last:(\w{3})", start)
    if m:  # most recent such weekday strictly before today
        want = DAYNAMES.index(m.group(1))
        d = today - dt.timedelta(1)
        while d.weekday() != want:
            d -= dt.timedelta(1)
        return d
    m = re.fullmatch(r"next:(\w{3})", start)
    if m:  # first such weekday strictly after today
        want = DAYNAMES.index(m.group(1))
        d = today + dt.timedelta(1)
        while d.weekday() != want:
            d += dt.timedelta(1)
        return d
    raise ValueError(start)


def step(d, s):
    """Apply one step; return (new_date, text)."""
    kind, n = s[0], s[1]
    label = s[2] if len(s) > 2 else None
    if kind == "wd":
        cur, skipped_bh, cnt = d, [], 0
        while cnt < n:
            cur += dt.timedelta(1)
            if is_wd(cur):
                cnt += 1
            elif cur in BANK_HOLIDAYS:
                skipped_bh.append(cur)
        txt = f"{n} working day{'s' if n != 1 else ''} after {tag(d)} -> {tag(cur)}"
        notes = []
        if not is_wd(d):
            notes.append(f"start day is a {'bank holiday' if d in BANK_HOLIDAYS else 'weekend day'}, counted from it")
        if skipped_bh:
            notes.append("skips bank holidays " + ", ".join(iso(x) for x in skipped_bh))
        if notes:
            txt += "; " + "; ".join(notes)
        return cur, txt
    if kind == "wdb":
        cur, skipped_bh, cnt = d, [], 0
        while cnt < n:
            cur -= dt.timedelta(1)
            if is_wd(cur):
                cnt += 1
            elif cur in BANK_HOLIDAYS:
                skipped_bh.append(cur)
        txt = f"{n} working day{'s' if n != 1 else ''} before {tag(d)} -> {tag(cur)}"
        if skipped_bh:
            txt += "; skips bank holidays " + ", ".join(iso(x) for x in skipped_bh)
        return cur, txt
    if kind in ("d", "h24"):
        cur = d + dt.timedelta(n)
        what = f"{n} day{'s' if n != 1 else ''}" if kind == "d" else "24 hours (read as +1 calendar day)"
        if kind == "d" and n == 0:
            txt = f"same day: {tag(d)}"
        else:
            txt = f"{what} after {tag(d)} -> {tag(cur)}"
    elif kind == "db":
        cur = d - dt.timedelta(n)
        txt = f"{n} days before {tag(d)} -> {tag(cur)}"
    elif kind == "w":
        cur = d + dt.timedelta(7 * n)
        txt = f"{n} week{'s' if n != 1 else ''} ({7 * n} days) after {tag(d)} -> {tag(cur)}"
    elif kind == "m":
        cur, clamped = add_months(d, n)
        unit = f"{n} month{'s' if n != 1 else ''}" if n % 12 else f"{n // 12} year{'s' if n // 12 != 1 else ''}"
        txt = f"{unit} after {tag(d)} -> {tag(cur)}"
        if clamped:
            txt += f" (no day {d.day} in that month: last day of month)"
    elif kind == "age":
        years, months = n, (s[2] if len(s) > 2 else 0)
        label = None
        y = d.year + years
        leap_note = ""
        if d.month == 2 and d.day == 29:
            try:
                cur = D(y, 2, 29)
                leap_note = f" ({y} is a leap year, so 29 Feb exists)"
            except ValueError:
                cur = D(y, 3, 1)
                leap_note = f" (29 Feb birthday; {y} is not a leap year, so 1 March)"
        else:
            cur = D(y, d.month, d.day)
        txt = f"DOB {tag(d)}: {years}th birthday {tag(cur)}{leap_note}"
        if months:
            prev = cur
            cur, clamped = add_months(prev, months)
            txt += f"; + {months} months -> {tag(cur)}"
            if clamped:
                txt += f" (no day {prev.day} in that month: last day of month)"
        return cur, txt
    else:
        raise ValueError(s)
    if cur.weekday() >= 5 or cur in BANK_HOLIDAYS:
        txt += " [calendar count; falls on a " + ("bank holiday" if cur in BANK_HOLIDAYS else "weekend") + "]"
    return cur, txt


def compute(start, steps, today=None):
    d = resolve(start, today)
    texts = []
    for s in steps:
        d, t = step(d, s)
        texts.append(t)
    return d, "; then ".join(texts)


def build(rows):
    out = []
    for r in rows:
        today = D.fromisoformat(r["today"])
        calc = r["calc"]
        kind = r["kind"]
        if kind == "none":
            due, count = None, "none: the standards set no timescale for this (" + r["why"] + ")"
        elif kind == "choice":
            results = []
            for label, start, steps in calc:
                d, t = compute(start, steps, today)
                results.append((d, f"{label}: {t}"))
            due = min(d for d, _ in results)
            count = " | ".join(t for _, t in results) + f" -> offer both; earlier is {iso(due)}"
        else:
            start, steps = calc
            d, t = compute(start, steps, today)
            due = d
            count = t
            if r.get("note"):
                count += "; " + r["note"]
        row = {
            "q": r["q"],
            "today": r["today"],
            "due": iso(due) if due else None,
            "expect_any": r["phrases"],
            "count": count,
            "voice": r["voice"],
            "kind": kind,
        }
        if r.get("ambiguous"):
            row["ambiguous"] = r["ambiguous"]
        out.append(row)
    return out


def main():
    self_test()
    sys.path.insert(0, HERE)
    from rows import ROWS
    out = build(ROWS)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows")
    if "--check" in sys.argv:
        import check
        sys.exit(check.main())


if __name__ == "__main__":
    main()
