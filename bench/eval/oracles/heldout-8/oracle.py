#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (round 8).

Standard library only (datetime). Every `due` and `count` in questions.jsonl is
computed here from a structured description of each row (see ROWS in rows.py).

Conventions (from the brief):
- "within N working days" of an event: the Nth working day strictly after the
  event day (working day = Mon-Fri and not an England & Wales bank holiday).
  If the event is on a weekend/bank holiday we still count from that day.
- "within N days": event + N calendar days; "N weeks": event + 7N days;
  "N months": same day N months later, clamped to month end.
- "at least every N weeks": last + 7N days; "every N working days": Nth WD after.
- "N working days before": the Nth working day strictly before.
- "N days before/prior": event - N calendar days.
- Ages: the birthday (29 Feb birthdays -> 1 March in non-leap years).

Usage: python3 oracle.py            -> writes questions.jsonl next to this file
"""
import datetime as dt
import json
import os
import re
import sys

D = dt.date

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


def _easter(y):
    """Anonymous Gregorian algorithm; used only to cross-check the typed list."""
    a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4
    f = (b + 8) // 25; g = (b - f + 1) // 3; h = (19 * a + b - d - g + 15) % 30
    i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31; day = ((h + l - 7 * m + 114) % 31) + 1
    return D(y, month, day)


def _selfcheck_holidays():
    for y in range(2024, 2029):
        hs = sorted(h for h in BANK_HOLIDAYS if h.year == y)
        assert len(hs) == 8, (y, hs)
        e = _easter(y)
        assert e - dt.timedelta(days=2) in BANK_HOLIDAYS and e + dt.timedelta(days=1) in BANK_HOLIDAYS, y
        for h in hs:
            assert h.weekday() < 5, h  # substitutes applied
        # first Monday of May, last Monday of May, last Monday of August
        may = [D(y, 5, d) for d in range(1, 32) if D(y, 5, d).weekday() == 0]
        aug = [D(y, 8, d) for d in range(1, 32) if D(y, 8, d).weekday() == 0]
        assert may[0] in BANK_HOLIDAYS and may[-1] in BANK_HOLIDAYS and aug[-1] in BANK_HOLIDAYS, y


_selfcheck_holidays()

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WDFULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONFULL = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def iso(d):
    return d.isoformat()


def lab(d):
    return "%s (%s)" % (d.isoformat(), WD[d.weekday()])


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def wd_after(start, n):
    d = start; k = 0; skipped = []
    while k < n:
        d += dt.timedelta(days=1)
        if is_wd(d):
            k += 1
        elif d in BANK_HOLIDAYS:
            skipped.append(d)
    return d, skipped


def wd_before(start, n):
    d = start; k = 0; skipped = []
    while k < n:
        d -= dt.timedelta(days=1)
        if is_wd(d):
            k += 1
        elif d in BANK_HOLIDAYS:
            skipped.append(d)
    return d, sorted(skipped)


def add_months(d, n):
    y = d.year + (d.month - 1 + n) // 12
    m = (d.month - 1 + n) % 12 + 1
    last = (D(y + (m // 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return D(y, m, min(d.day, last)), d.day > last


def birthday(dob, years):
    y = dob.year + years
    if dob.month == 2 and dob.day == 29:
        try:
            return D(y, 2, 29), False
        except ValueError:
            return D(y, 3, 1), True
    return D(y, dob.month, dob.day), False


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def fmt(d, f):
    table = {
        "dd": "%02d" % d.day, "d": str(d.day), "mm": "%02d" % d.month, "m": str(d.month),
        "o": ordinal(d.day), "b": MON[d.month - 1], "B": MONFULL[d.month - 1],
        "y": "%02d" % (d.year % 100), "Y": str(d.year), "a": WD[d.weekday()],
        "A": WDFULL[d.weekday()],
    }
    return re.sub(r"%(dd|mm|d|m|o|b|B|y|Y|a|A)", lambda m: table[m.group(1)], f)


def resolve(token, today):
    """Resolve a date spec: ISO string, or 'rel:...' relative to today."""
    if not token.startswith("rel:"):
        return D.fromisoformat(token), None
    r = token[4:]
    if r == "today":
        d = today
    elif r == "yesterday":
        d = today - dt.timedelta(days=1)
    elif r == "tomorrow":
        d = today + dt.timedelta(days=1)
    elif r.startswith("last ") or r.startswith("on "):
        name = r.split()[1]
        wd = WDFULL.index(name)
        d = today - dt.timedelta(days=1)
        while d.weekday() != wd:
            d -= dt.timedelta(days=1)
    elif r.startswith("the "):
        n = int(re.match(r"the (\d+)", r).group(1))
        if n <= today.day:
            d = today.replace(day=n)
        else:
            prev = today.replace(day=1) - dt.timedelta(days=1)
            d = prev.replace(day=n)
    else:
        raise ValueError(token)
    return d, r


def compute(calc, dates):
    """Return (due_date, explanation) for one calc tuple."""
    op = calc[0]
    s = dates[calc[1]]
    if op == "wd":
        n = calc[2]
        d, sk = wd_after(s, n)
        txt = "%d working day%s after %s -> %s" % (n, "" if n == 1 else "s", lab(s), lab(d))
        if sk:
            txt += "; skips bank holidays " + ", ".join(iso(x) for x in sk)
        if not is_wd(s):
            txt += "; start is not a working day, counting from it anyway"
        return d, txt
    if op == "wdb":
        n = calc[2]
        d, sk = wd_before(s, n)
        txt = "%d working days before %s -> %s" % (n, lab(s), lab(d))
        if sk:
            txt += "; skips bank holidays " + ", ".join(iso(x) for x in sk)
        return d, txt
    if op == "cd":
        n = calc[2]
        d = s + dt.timedelta(days=n)
        txt = "%d calendar days after %s -> %s" % (n, lab(s), lab(d))
        if d in BANK_HOLIDAYS:
            txt += " (a bank holiday: %s)" % BANK_HOLIDAYS[d]
        return d, txt
    if op == "cdb":
        n = calc[2]
        d = s - dt.timedelta(days=n)
        txt = "%d calendar days before %s -> %s" % (n, lab(s), lab(d))
        if d in BANK_HOLIDAYS:
            txt += " (a bank holiday: %s)" % BANK_HOLIDAYS[d]
        return d, txt
    if op == "wk":
        n = calc[2]
        d = s + dt.timedelta(days=7 * n)
        note = calc[3] if len(calc) > 3 else ""
        txt = "%d week%s%s (%d days) after %s -> %s" % (n, "" if n == 1 else "s", note, 7 * n, lab(s), lab(d))
        if d in BANK_HOLIDAYS:
            txt += " (a bank holiday: %s)" % BANK_HOLIDAYS[d]
        return d, txt
    if op == "mo":
        n = calc[2]
        d, clamped = add_months(s, n)
        unit = "%d months" % n if n % 12 else "%d year%s" % (n // 12, "" if n == 12 else "s")
        txt = "%s after %s -> %s" % (unit, lab(s), lab(d))
        if clamped:
            txt += " (no day %d in that month, so last day of month)" % s.day
        if d in BANK_HOLIDAYS:
            txt += " (a bank holiday: %s)" % BANK_HOLIDAYS[d]
        return d, txt
    if op == "same":
        return s, "same day as %s" % lab(s)
    if op == "age":
        years, months = calc[2], calc[3]
        if months == 0:
            d, leap = birthday(s, years)
            txt = "%dth birthday of DOB %s -> %s" % (years, iso(s), lab(d))
            if leap:
                txt += " (29 Feb birthday, %d is not a leap year, so 1 March)" % d.year
            return d, txt
        d, clamped = add_months(s, 12 * years + months)
        txt = "DOB %s + %d years %d months -> %s" % (iso(s), years, months, lab(d))
        assert not clamped
        return d, txt
    raise ValueError(op)


def build_row(spec):
    today = D.fromisoformat(spec["today"])
    dates = {}
    rel_notes = []
    for k, v in spec.get("d", {}).items():
        d, r = resolve(v, today)
        dates[k] = d
        if r is not None:
            rel_notes.append("'%s' read from today %s = %s" % (r, lab(today), lab(d)))

    def sub(m):
        key, f = m.group(1), m.group(2) or "%dd/%mm/%Y"
        out = fmt(dates[key], f)
        if m.group(3) == "lower":
            out = out.lower()
        return out

    q = re.sub(r"\{(\w+)(?:\|([^}|]*))?(?:\|(\w+))?\}", sub, spec["q"])
    kind = spec["kind"]
    calc = spec.get("calc")
    if kind == "none":
        due = None
        count = "No timescale: " + spec["why"]
    elif kind == "choice":
        parts = []
        dues = []
        for label, c in calc:
            d, t = compute(c, dates)
            dues.append(d)
            parts.append("%s: %s" % (label, t))
        due = min(dues)
        count = "; ".join(parts) + "; due = earlier = %s" % iso(due)
    else:
        d, t = compute(calc, dates)
        due = d
        count = t
        if spec.get("note"):
            count = spec["note"] + ": " + count
    if rel_notes:
        count = "; ".join(rel_notes) + "; " + count
    if "h" in dates and due is not None:
        h = dates["h"]
        verdict = "within timescale" if h <= due else "OUTSIDE timescale (%d day%s late)" % ((h - due).days, "" if (h - due).days == 1 else "s")
        count += "; actual %s -> %s" % (lab(h), verdict)
    row = {
        "q": q,
        "today": iso(today),
        "due": iso(due) if due else None,
        "expect_any": spec["ph"],
        "count": count,
        "voice": spec["voice"],
        "kind": kind,
    }
    if spec.get("amb"):
        row["ambiguous"] = spec["amb"]
    return row


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    from rows import ROWS
    out = [build_row(s) for s in ROWS]
    with open(os.path.join(here, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows" % len(out))


if __name__ == "__main__":
    main()
