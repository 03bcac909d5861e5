#!/usr/bin/env python3
"""Oracle for the frozen deadline-question set (standard library only).

Computes every `due` and `count` from a structured rule per row and writes questions.jsonl.
Rules:
  ('wd', d, n)   Nth working day strictly after d
  ('wdb', d, n)  Nth working day strictly before d
  ('d', d, n)    d + n calendar days            ('db', d, n): d - n calendar days
  ('w', d, n)    d + 7n days
  ('m', d, n)    same day n months later (clamped to month end)
  ('age', dob, years, months)  birthday; 29 Feb -> 1 Mar in non-leap years
"""
import datetime as dt, json, os, sys

D = dt.date.fromisoformat
DOW = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

# England & Wales bank holidays 2024-2028, typed by hand (substitute days included).
BANK_HOLIDAYS = {D(s): name for s, name in [
    ('2024-01-01', 'New Year'), ('2024-03-29', 'Good Friday'), ('2024-04-01', 'Easter Monday'),
    ('2024-05-06', 'Early May'), ('2024-05-27', 'Spring'), ('2024-08-26', 'Summer'),
    ('2024-12-25', 'Christmas'), ('2024-12-26', 'Boxing Day'),
    ('2025-01-01', 'New Year'), ('2025-04-18', 'Good Friday'), ('2025-04-21', 'Easter Monday'),
    ('2025-05-05', 'Early May'), ('2025-05-26', 'Spring'), ('2025-08-25', 'Summer'),
    ('2025-12-25', 'Christmas'), ('2025-12-26', 'Boxing Day'),
    ('2026-01-01', 'New Year'), ('2026-04-03', 'Good Friday'), ('2026-04-06', 'Easter Monday'),
    ('2026-05-04', 'Early May'), ('2026-05-25', 'Spring'), ('2026-08-31', 'Summer'),
    ('2026-12-25', 'Christmas'), ('2026-12-28', 'Boxing Day (substitute)'),
    ('2027-01-01', 'New Year'), ('2027-03-26', 'Good Friday'), ('2027-03-29', 'Easter Monday'),
    ('2027-05-03', 'Early May'), ('2027-05-31', 'Spring'), ('2027-08-30', 'Summer'),
    ('2027-12-27', 'Christmas (substitute)'), ('2027-12-28', 'Boxing Day (substitute)'),
    ('2028-01-03', 'New Year (substitute)'), ('2028-04-14', 'Good Friday'), ('2028-04-17', 'Easter Monday'),
    ('2028-05-01', 'Early May'), ('2028-05-29', 'Spring'), ('2028-08-28', 'Summer'),
    ('2028-12-25', 'Christmas'), ('2028-12-26', 'Boxing Day'),
]}


def _easter(y):  # anonymous Gregorian algorithm, used only to sanity-check the typed list
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = ((h + l - 7 * m + 114) % 31) + 1
    return dt.date(y, month, day)


def _selfcheck():
    for y in range(2024, 2029):
        hs = sorted(d for d in BANK_HOLIDAYS if d.year == y)
        assert len(hs) == 8, y
        assert all(d.weekday() < 5 for d in hs), y
        e = _easter(y)
        assert e - dt.timedelta(2) in BANK_HOLIDAYS and e + dt.timedelta(1) in BANK_HOLIDAYS, y
        mays = [dt.date(y, 5, x) for x in range(1, 32) if dt.date(y, 5, x).weekday() == 0]
        augs = [dt.date(y, 8, x) for x in range(1, 32) if dt.date(y, 8, x).weekday() == 0]
        assert mays[0] in BANK_HOLIDAYS and mays[-1] in BANK_HOLIDAYS and augs[-1] in BANK_HOLIDAYS, y


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def fmt(d):
    return f"{d.isoformat()} ({DOW[d.weekday()]})"


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last)), d.day > last


def compute(rule):
    kind = rule[0]
    if kind in ('wd', 'wdb'):
        start, n = D(rule[1]), rule[2]
        step = 1 if kind == 'wd' else -1
        d, k, skipped = start, 0, []
        while k < n:
            d += dt.timedelta(step)
            if is_wd(d):
                k += 1
            elif d in BANK_HOLIDAYS:
                skipped.append(d)
        word = 'after' if kind == 'wd' else 'before'
        s = f"{n} working day{'s' if n != 1 else ''} {word} {fmt(start)} -> {fmt(d)}"
        if start in BANK_HOLIDAYS:
            s += f"; start day {start} is a bank holiday ({BANK_HOLIDAYS[start]})"
        elif start.weekday() >= 5:
            s += "; start day is a weekend"
        if skipped:
            s += "; skips bank holidays " + ", ".join(x.isoformat() for x in sorted(skipped))
        return d, s
    if kind in ('d', 'db', 'w'):
        start, n = D(rule[1]), rule[2]
        days = {'d': n, 'db': -n, 'w': 7 * n}[kind]
        d = start + dt.timedelta(days)
        if kind == 'w':
            s = f"{n} week{'s' if n != 1 else ''} ({7*n} days) after {fmt(start)} -> {fmt(d)}"
        elif kind == 'd':
            s = f"{n} calendar day{'s' if n != 1 else ''} after {fmt(start)} -> {fmt(d)}" if n else f"same day as {fmt(start)}"
        else:
            s = f"{n} calendar days before {fmt(start)} -> {fmt(d)}"
        if d in BANK_HOLIDAYS:
            s += f"; note {d} is a bank holiday ({BANK_HOLIDAYS[d]})"
        elif d.weekday() >= 5:
            s += "; note it falls on a weekend"
        return d, s
    if kind == 'm':
        start, n = D(rule[1]), rule[2]
        d, clamped = add_months(start, n)
        s = f"{n} months after {fmt(start)} -> {fmt(d)}"
        if clamped:
            s += f" (day {start.day} does not exist in that month, so last day of month)"
        return d, s
    if kind == 'age':
        dob, years, months = D(rule[1]), rule[2], rule[3]
        total = years * 12 + months
        y, m = divmod(dob.month - 1 + total, 12)
        y += dob.year; m += 1
        label = f"{years} years" + (f" {months} months" if months else "")
        try:
            d = dt.date(y, m, dob.day)
            s = f"DOB {dob.isoformat()} + {label} -> {fmt(d)}"
        except ValueError:
            assert dob.month == 2 and dob.day == 29 and m == 2
            d = dt.date(y, 3, 1)
            s = f"DOB {dob.isoformat()} + {label}: 29 Feb birthday in non-leap year {y} -> taken as 1 March -> {fmt(d)}"
        return d, s
    raise ValueError(rule)


def build(rows):
    out = []
    for r in rows:
        voice, kind, today, q, rule, phrases = r[:6]
        amb = r[6] if len(r) > 6 else None
        if kind == 'none':
            due, count = None, "no timescale for this in the standards"
        elif kind == 'choice':
            res = [compute(x) for x in rule]
            due = min(x[0] for x in res)
            count = "option A: " + res[0][1] + " | option B: " + res[1][1] + f" | earlier = {due.isoformat()}"
        else:
            due, count = compute(rule)
        row = {"q": q, "today": today, "due": due.isoformat() if due else None,
               "expect_any": phrases, "count": count, "voice": voice, "kind": kind}
        if amb:
            row["ambiguous"] = amb
        out.append(row)
    return out


if __name__ == '__main__':
    _selfcheck()
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from rows import ROWS
    out = build(ROWS)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'questions.jsonl')
    with open(path, 'w', encoding='utf-8') as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + '\n')
    print(len(out), 'rows written to', path)
