#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (set-heldout-5).

Standard library only. Computes `due` and `count` for every row from a structured
description, writes questions.jsonl, and checks phrases against the source.

Conventions (from the brief):
  wd  : within N working days  -> Nth working day strictly after the event
  wdb : N working days before  -> Nth working day strictly before the meeting
  cd  : within N (calendar) days -> event + N days
  cdb : N days before          -> meeting - N days
  wk  : N weeks                -> event + 7N days
  mo  : N months               -> same day N months later, clamped to month end
  same: same day               -> the event day
  age : birthday (years, months) -> DOB + years/months; 29 Feb birthdays fall on 1 March
        in non-leap years when only whole years are added
"""
import datetime as dt
import json, os, re, sys

D = dt.date
ONE = dt.timedelta(days=1)
DOW = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

# England and Wales bank holidays 2024-2028, typed by hand.
BANK_HOLIDAYS = {
    # 2024
    D(2024, 1, 1), D(2024, 3, 29), D(2024, 4, 1), D(2024, 5, 6), D(2024, 5, 27),
    D(2024, 8, 26), D(2024, 12, 25), D(2024, 12, 26),
    # 2025
    D(2025, 1, 1), D(2025, 4, 18), D(2025, 4, 21), D(2025, 5, 5), D(2025, 5, 26),
    D(2025, 8, 25), D(2025, 12, 25), D(2025, 12, 26),
    # 2026 (Boxing Day is a Saturday -> substitute Mon 28 Dec)
    D(2026, 1, 1), D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 4), D(2026, 5, 25),
    D(2026, 8, 31), D(2026, 12, 25), D(2026, 12, 28),
    # 2027 (Christmas Sat, Boxing Day Sun -> substitutes Mon 27 and Tue 28 Dec)
    D(2027, 1, 1), D(2027, 3, 26), D(2027, 3, 29), D(2027, 5, 3), D(2027, 5, 31),
    D(2027, 8, 30), D(2027, 12, 27), D(2027, 12, 28),
    # 2028 (New Year is a Saturday -> substitute Mon 3 Jan)
    D(2028, 1, 3), D(2028, 4, 14), D(2028, 4, 17), D(2028, 5, 1), D(2028, 5, 29),
    D(2028, 8, 28), D(2028, 12, 25), D(2028, 12, 26),
}


def _selfcheck_bank_holidays():
    """Cross-check the typed list against rules (computus, first/last Mondays)."""
    def easter(y):
        a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4
        f = (b + 8) // 25; g = (b - f + 1) // 3; h = (19 * a + b - d - g + 15) % 30
        i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * l) // 451
        month = (h + l - 7 * m + 114) // 31; day = ((h + l - 7 * m + 114) % 31) + 1
        return D(y, month, day)
    rule = set()
    for y in range(2024, 2029):
        nyd = D(y, 1, 1)
        while nyd.weekday() >= 5: nyd += ONE
        rule.add(nyd)
        e = easter(y); rule.add(e - 2 * ONE); rule.add(e + ONE)
        m = D(y, 5, 1)
        while m.weekday() != 0: m += ONE
        rule.add(m)
        m = D(y, 5, 31)
        while m.weekday() != 0: m -= ONE
        rule.add(m)
        m = D(y, 8, 31)
        while m.weekday() != 0: m -= ONE
        rule.add(m)
        used = set()
        for day in (25, 26):
            x = D(y, 12, day)
            while x.weekday() >= 5 or x in used: x += ONE
            used.add(x); rule.add(x)
    assert rule == BANK_HOLIDAYS, sorted(rule ^ BANK_HOLIDAYS)


def iso(d): return d.isoformat()
def fmt(d): return f"{d.isoformat()} ({DOW[d.weekday()]})"
def is_wd(d): return d.weekday() < 5 and d not in BANK_HOLIDAYS


def resolve(s, today):
    """Dates: ISO string, or relative to `today`: today, yesterday, tomorrow,
    last:Fri (most recent Friday strictly before today), next:Mon."""
    if re.fullmatch(r'\d{4}-\d\d-\d\d', s):
        return D.fromisoformat(s)
    if s == 'today': return today
    if s == 'yesterday': return today - ONE
    if s == 'tomorrow': return today + ONE
    kind, day = s.split(':')
    want = DOW.index(day)
    x = today
    step = -ONE if kind == 'last' else ONE
    x += step
    while x.weekday() != want: x += step
    return x


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year; m += 1
    last = (D(y + (m == 12), m % 12 + 1, 1) - ONE).day
    return D(y, m, min(d.day, last))


def compute(spec, today):
    """Return (due_date_or_None, count_text)."""
    if spec is None:
        return None, "no timescale set in the standards"
    op = spec[0]
    if op == 'min':
        parts = [compute(s, today) for s in spec[1:]]
        due = min(p[0] for p in parts)
        return due, "choice: " + " | ".join(p[1] for p in parts) + f" -> earlier {fmt(due)}"
    start = resolve(spec[1], today)
    if op in ('wd', 'wdb'):
        n = spec[2]; x = start; got = 0; skipped = []
        step = ONE if op == 'wd' else -ONE
        while got < n:
            x += step
            if is_wd(x): got += 1
            elif x in BANK_HOLIDAYS: skipped.append(x)
        word = 'after' if op == 'wd' else 'before'
        note = ''
        if not is_wd(start):
            note = ' (event day is not a working day; counting from it)'
        txt = f"{n} working day{'s' if n != 1 else ''} {word} {fmt(start)}{note} -> {fmt(x)}"
        if skipped:
            txt += "; skips bank holidays " + ", ".join(iso(s) for s in sorted(skipped))
        return x, txt
    if op in ('cd', 'cdb'):
        n = spec[2]
        x = start + n * ONE if op == 'cd' else start - n * ONE
        word = 'after' if op == 'cd' else 'before'
        txt = f"{n} calendar days {word} {fmt(start)} -> {fmt(x)}"
        if not is_wd(x):
            txt += " (not a working day; no adjustment)"
        return x, txt
    if op == 'wk':
        n = spec[2]; x = start + 7 * n * ONE
        return x, f"{n} weeks ({7*n} days) after {fmt(start)} -> {fmt(x)}"
    if op == 'mo':
        n = spec[2]; x = add_months(start, n)
        txt = f"{n} months after {fmt(start)} -> {fmt(x)}"
        if x.day != start.day:
            txt += f" (no {start.day} {x.strftime('%b %Y')}; last day of month)"
        return x, txt
    if op == 'same':
        return start, f"same day as {fmt(start)} -> {fmt(start)}"
    if op == 'age':
        years, months = spec[2], spec[3]
        if months == 0:
            y = start.year + years
            if start.month == 2 and start.day == 29:
                try:
                    x = D(y, 2, 29); note = f" ({y} is a leap year, so 29 Feb)"
                except ValueError:
                    x = D(y, 3, 1); note = f" (29 Feb birthday; {y} not a leap year, so 1 March)"
            else:
                x = D(y, start.month, start.day); note = ''
            return x, f"turns {years} on {fmt(x)} (DOB {iso(start)}){note}"
        x = add_months(start, 12 * years + months)
        note = ''
        if x.day != start.day:
            note = f" (no {start.day} {x.strftime('%b %Y')}; last day of month)"
        if start.month == 2 and start.day == 29:
            note += " (29 Feb DOB; 6 months on from the birthday lands on 29 Aug)"
        return x, f"{years} years {months} months after DOB {iso(start)} -> {fmt(x)}{note}"
    raise ValueError(spec)


from rows import ROWS, PH  # noqa: E402  (structured row descriptions)


def build():
    _selfcheck_bank_holidays()
    here = os.path.dirname(os.path.abspath(__file__))
    out = []
    for r in ROWS:
        today = D.fromisoformat(r['today'])
        due, count = compute(r['spec'], today)
        row = {
            'q': r['q'],
            'today': r['today'],
            'due': iso(due) if due else None,
            'expect_any': [PH[k] for k in r['ph']],
            'count': count,
            'voice': r['voice'],
            'kind': r['kind'],
        }
        if r.get('amb'):
            row['ambiguous'] = r['amb']
        out.append(row)
    with open(os.path.join(here, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + '\n')
    return out


if __name__ == '__main__':
    rows = build()
    print(len(rows), 'rows written')
