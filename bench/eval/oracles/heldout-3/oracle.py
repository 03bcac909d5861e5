"""Oracle for the held-out deadline question set.
Standard library only. Reads row specs from rows.py, computes `due` and `count`,
writes questions.jsonl.

Conventions (from the brief):
- within N working days: Nth working day strictly after the event day (Mon-Fri, not a bank holiday).
- within N days: event + N calendar days; N weeks: +7N days; N months: same day N months later,
  clamped to month end (31 Jan + 1 month = 28/29 Feb).
- visits every N weeks: last + 7N days.
- N working days before a meeting: Nth working day strictly before it; N days before: meeting - N.
- ages: the birthday; 29 Feb birthdays fall on 1 March in non-leap years.
"""
import datetime as dt
import json
import sys

D = dt.date
# England and Wales bank holidays 2024-2028, typed by hand.
BANK_HOLIDAYS = {
    # 2024
    D(2024, 1, 1): "New Year's Day", D(2024, 3, 29): "Good Friday", D(2024, 4, 1): "Easter Monday",
    D(2024, 5, 6): "Early May bank holiday", D(2024, 5, 27): "Spring bank holiday",
    D(2024, 8, 26): "Summer bank holiday", D(2024, 12, 25): "Christmas Day", D(2024, 12, 26): "Boxing Day",
    # 2025
    D(2025, 1, 1): "New Year's Day", D(2025, 4, 18): "Good Friday", D(2025, 4, 21): "Easter Monday",
    D(2025, 5, 5): "Early May bank holiday", D(2025, 5, 26): "Spring bank holiday",
    D(2025, 8, 25): "Summer bank holiday", D(2025, 12, 25): "Christmas Day", D(2025, 12, 26): "Boxing Day",
    # 2026 (Boxing Day is a Saturday -> substitute Mon 28 Dec)
    D(2026, 1, 1): "New Year's Day", D(2026, 4, 3): "Good Friday", D(2026, 4, 6): "Easter Monday",
    D(2026, 5, 4): "Early May bank holiday", D(2026, 5, 25): "Spring bank holiday",
    D(2026, 8, 31): "Summer bank holiday", D(2026, 12, 25): "Christmas Day",
    D(2026, 12, 28): "Boxing Day (substitute day)",
    # 2027 (Christmas Sat, Boxing Day Sun -> substitutes Mon 27 and Tue 28 Dec)
    D(2027, 1, 1): "New Year's Day", D(2027, 3, 26): "Good Friday", D(2027, 3, 29): "Easter Monday",
    D(2027, 5, 3): "Early May bank holiday", D(2027, 5, 31): "Spring bank holiday",
    D(2027, 8, 30): "Summer bank holiday", D(2027, 12, 27): "Christmas Day (substitute day)",
    D(2027, 12, 28): "Boxing Day (substitute day)",
    # 2028 (New Year's Day Sat -> substitute Mon 3 Jan)
    D(2028, 1, 3): "New Year's Day (substitute day)", D(2028, 4, 14): "Good Friday",
    D(2028, 4, 17): "Easter Monday", D(2028, 5, 1): "Early May bank holiday",
    D(2028, 5, 29): "Spring bank holiday", D(2028, 8, 28): "Summer bank holiday",
    D(2028, 12, 25): "Christmas Day", D(2028, 12, 26): "Boxing Day",
}
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def fmt(d):
    return f"{d.isoformat()} ({WD[d.weekday()]})"


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def add_months(d, n):
    m0 = d.month - 1 + n
    y, m = d.year + m0 // 12, m0 % 12 + 1
    last = [31, 29 if leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return D(y, m, min(d.day, last))


def resolve(s, today):
    """ISO date or a relative expression read against today."""
    if isinstance(s, D):
        return s
    if s == "today":
        return today
    if s == "yesterday":
        return today - dt.timedelta(1)
    if s == "tomorrow":
        return today + dt.timedelta(1)
    if s.startswith("last:"):  # most recent such weekday strictly before today
        wd = WD.index(s[5:])
        d = today - dt.timedelta(1)
        while d.weekday() != wd:
            d -= dt.timedelta(1)
        return d
    if s.startswith("next:"):  # next such weekday strictly after today
        wd = WD.index(s[5:])
        d = today + dt.timedelta(1)
        while d.weekday() != wd:
            d += dt.timedelta(1)
        return d
    if s.startswith("ago:"):
        return today - dt.timedelta(int(s[4:]))
    if s.startswith("in:"):
        return today + dt.timedelta(int(s[3:]))
    return D.fromisoformat(s)


def skipped_note(a, b):
    """Bank holidays passed over while counting from a to b (either direction), for the count text."""
    if b >= a:
        bh = [x for x in sorted(BANK_HOLIDAYS) if a < x <= b]
    else:
        bh = [x for x in sorted(BANK_HOLIDAYS) if b <= x < a]
    return ("; skips bank holidays " + ", ".join(x.isoformat() for x in bh)) if bh else ""


def compute(rule, today):
    op = rule[0]
    if op == "choice":
        r1, c1 = compute(rule[1], today)
        r2, c2 = compute(rule[2], today)
        due = min(r1, r2)
        return due, f"option A: {c1} | option B: {c2} | due = earlier = {due.isoformat()}"
    s = resolve(rule[1], today)
    src = f" [{rule[1]} read against today {fmt(today)} = {s.isoformat()}]" if not _iso(rule[1]) else ""
    if op == "same":
        return s, f"same day as {fmt(s)} -> {fmt(s)}{src}"
    if op == "wd":
        n = rule[2]
        d, k = s, 0
        while k < n:
            d += dt.timedelta(1)
            if is_wd(d):
                k += 1
        note = "" if is_wd(s) else f"; event day {fmt(s)} is not a working day, counted from it"
        return d, f"{n} working day{'s' if n > 1 else ''} after {fmt(s)} -> {fmt(d)}{skipped_note(s, d)}{note}{src}"
    if op == "wd_before":
        n = rule[2]
        d, k = s, 0
        while k < n:
            d -= dt.timedelta(1)
            if is_wd(d):
                k += 1
        return d, f"{n} working days before {fmt(s)} -> {fmt(d)}{skipped_note(s, d)}{src}"
    if op == "days":
        d = s + dt.timedelta(rule[2])
        return d, f"{rule[2]} calendar days after {fmt(s)} -> {fmt(d)}{src}"
    if op == "days_before":
        d = s - dt.timedelta(rule[2])
        return d, f"{rule[2]} calendar days before {fmt(s)} -> {fmt(d)}{src}"
    if op == "weeks":
        d = s + dt.timedelta(7 * rule[2])
        return d, f"{rule[2]} weeks ({7 * rule[2]} days) after {fmt(s)} -> {fmt(d)}{src}"
    if op == "months":
        d = add_months(s, rule[2])
        clamp = "" if d.day == s.day else f" (clamped to month end)"
        return d, f"{rule[2]} months after {fmt(s)} -> {fmt(d)}{clamp}{src}"
    if op == "age":
        years, months = rule[2], rule[3] if len(rule) > 3 else 0
        if s.month == 2 and s.day == 29 and months == 0:
            y = s.year + years
            d = D(y, 2, 29) if leap(y) else D(y, 3, 1)
            note = "" if leap(y) else f"; born 29 Feb, {y} is not a leap year so birthday taken as 1 March"
        else:
            d = add_months(s, 12 * years + months)
            note = ""
            if s.month == 2 and s.day == 29:
                note = "; born 29 Feb, half-year date falls in August so no leap-day issue"
            elif d.day != s.day:
                note = "; no such day in that month, clamped to month end"
        label = f"{years} years" + (f" {months} months" if months else "")
        return d, f"age {label} from DOB {fmt(s)} -> {fmt(d)}{note}{src}"
    raise ValueError(op)


def _iso(x):
    try:
        D.fromisoformat(x)
        return True
    except Exception:
        return False


def build(rows, phrases):
    out = []
    for i, r in enumerate(rows):
        today = D.fromisoformat(r["today"])
        if r["k"] == "none":
            due, count = None, "no timescale set in the standards" + (": " + r["why"] if r.get("why") else "")
        else:
            due, count = compute(r["rule"], today)
            if r.get("extra"):
                count += "; " + r["extra"]
        o = {
            "q": r["q"],
            "today": r["today"],
            "due": due.isoformat() if due else None,
            "expect_any": [phrases[p] for p in r["p"]],
            "count": count,
            "voice": r["v"],
            "kind": r["k"],
        }
        if r.get("amb"):
            o["ambiguous"] = r["amb"]
        out.append(o)
    return out


if __name__ == "__main__":
    from rows import ROWS, PHRASES
    rows = build(ROWS, PHRASES)
    with open("questions.jsonl", "w", encoding="utf-8") as f:
        for o in rows:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(rows), "rows written")
