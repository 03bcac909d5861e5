"""Oracle for deadline questions. Standard library only (datetime).
Rules are small tuples; compute(rule) -> (due_date or None, count_text)."""
import datetime as dt
import calendar

D = dt.date.fromisoformat
WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

# England and Wales bank holidays 2024-2028, typed by hand (substitute days applied).
BANK_HOLIDAYS = {
    # 2024
    '2024-01-01': 'New Year', '2024-03-29': 'Good Friday', '2024-04-01': 'Easter Monday',
    '2024-05-06': 'Early May', '2024-05-27': 'Spring', '2024-08-26': 'Summer',
    '2024-12-25': 'Christmas', '2024-12-26': 'Boxing Day',
    # 2025
    '2025-01-01': 'New Year', '2025-04-18': 'Good Friday', '2025-04-21': 'Easter Monday',
    '2025-05-05': 'Early May', '2025-05-26': 'Spring', '2025-08-25': 'Summer',
    '2025-12-25': 'Christmas', '2025-12-26': 'Boxing Day',
    # 2026 (Boxing Day is Sat -> substitute Mon 28th)
    '2026-01-01': 'New Year', '2026-04-03': 'Good Friday', '2026-04-06': 'Easter Monday',
    '2026-05-04': 'Early May', '2026-05-25': 'Spring', '2026-08-31': 'Summer',
    '2026-12-25': 'Christmas', '2026-12-28': 'Boxing Day (substitute)',
    # 2027 (Christmas Sat -> Mon 27th, Boxing Day Sun -> Tue 28th)
    '2027-01-01': 'New Year', '2027-03-26': 'Good Friday', '2027-03-29': 'Easter Monday',
    '2027-05-03': 'Early May', '2027-05-31': 'Spring', '2027-08-30': 'Summer',
    '2027-12-27': 'Christmas (substitute)', '2027-12-28': 'Boxing Day (substitute)',
    # 2028 (New Year Sat -> Mon 3rd)
    '2028-01-03': 'New Year (substitute)', '2028-04-14': 'Good Friday', '2028-04-17': 'Easter Monday',
    '2028-05-01': 'Early May', '2028-05-29': 'Spring', '2028-08-28': 'Summer',
    '2028-12-25': 'Christmas', '2028-12-26': 'Boxing Day',
}
BH = {D(k) for k in BANK_HOLIDAYS}


def _easter(y):  # anonymous Gregorian algorithm, used only to self-check the typed table
    a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4; f = (b + 8) // 25
    g = (b - f + 1) // 3; h = (19 * a + b - d - g + 15) % 30; i = c // 4; k = c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7; m = (a + 11 * h + 22 * l) // 451
    mo = (h + l - 7 * m + 114) // 31; da = ((h + l - 7 * m + 114) % 31) + 1
    return dt.date(y, mo, da)


def _selfcheck():
    for y in range(2024, 2029):
        e = _easter(y)
        assert e - dt.timedelta(2) in BH and e + dt.timedelta(1) in BH, y
        mays = [dt.date(y, 5, d) for d in range(1, 32) if dt.date(y, 5, d).weekday() == 0]
        augs = [dt.date(y, 8, d) for d in range(1, 32) if dt.date(y, 8, d).weekday() == 0]
        assert mays[0] in BH and mays[-1] in BH and augs[-1] in BH, y
        assert len([d for d in BH if d.year == y]) == 8, y
    for d in BH:
        assert d.weekday() < 5, d


_selfcheck()


def fmt(d):
    return f"{d.isoformat()} ({WD[d.weekday()]})"


def is_wd(d):
    return d.weekday() < 5 and d not in BH


def add_wd(start, n):
    d = start; skipped = []
    k = 0
    while k < n:
        d += dt.timedelta(1)
        if is_wd(d):
            k += 1
        elif d in BH:
            skipped.append(d)
    return d, skipped


def sub_wd(start, n):
    d = start; skipped = []
    k = 0
    while k < n:
        d -= dt.timedelta(1)
        if is_wd(d):
            k += 1
        elif d in BH:
            skipped.append(d)
    return d, skipped


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last)), d.day > last


def _skip(sk):
    return ('; skips bank holidays ' + ', '.join(x.isoformat() for x in sk)) if sk else ''


def compute(rule):
    kind = rule[0]
    if kind == 'none':
        return None, 'no timescale in the standards'
    if kind == 'wd':  # N working days after
        s = D(rule[1]); n = rule[2]
        due, sk = add_wd(s, n)
        note = '' if is_wd(s) else '; start day is not a working day, counted from it anyway'
        return due, f"{n} working day{'s' if n != 1 else ''} after {fmt(s)} -> {fmt(due)}{_skip(sk)}{note}"
    if kind == 'wdb':  # N working days before
        s = D(rule[1]); n = rule[2]
        due, sk = sub_wd(s, n)
        return due, f"{n} working days before {fmt(s)} -> {fmt(due)}{_skip(sk)}"
    if kind == 'days':
        s = D(rule[1]); n = rule[2]; due = s + dt.timedelta(n)
        return due, f"{n} calendar day{'s' if n != 1 else ''} after {fmt(s)} -> {fmt(due)}"
    if kind == 'daysb':
        s = D(rule[1]); n = rule[2]; due = s - dt.timedelta(n)
        return due, f"{n} calendar days before {fmt(s)} -> {fmt(due)}"
    if kind == 'same':
        s = D(rule[1])
        return s, f"same day as {fmt(s)}"
    if kind == 'weeks':
        s = D(rule[1]); n = rule[2]; due = s + dt.timedelta(7 * n)
        return due, f"{n} week{'s' if n != 1 else ''} ({7*n} days) after {fmt(s)} -> {fmt(due)}"
    if kind == 'months':
        s = D(rule[1]); n = rule[2]; due, clamped = add_months(s, n)
        c = '; day clamped to month end' if clamped else ''
        return due, f"{n} months after {fmt(s)} -> {fmt(due)}{c}"
    if kind == 'years':
        s = D(rule[1]); n = rule[2]
        try:
            due = s.replace(year=s.year + n); c = ''
        except ValueError:
            due = dt.date(s.year + n, 3, 1); c = '; 29 Feb start, non-leap year -> 1 March'
        return due, f"{n} year{'s' if n != 1 else ''} after {fmt(s)} -> {fmt(due)}{c}"
    if kind == 'age':  # ('age', dob, years, months)
        s = D(rule[1]); y = rule[2]; mo = rule[3] if len(rule) > 3 else 0
        tm = s.month - 1 + mo
        ty = s.year + y + tm // 12; tmo = tm % 12 + 1
        last = calendar.monthrange(ty, tmo)[1]
        if s.day <= last:
            due = dt.date(ty, tmo, s.day); c = ''
        else:
            due = dt.date(ty, tmo, last) + dt.timedelta(1)
            c = f'; day {s.day} does not exist in that month -> next day (as 29 Feb birthdays -> 1 March)'
        lab = f"{y} years" + (f" {mo} months" if mo else '')
        return due, f"age {lab} from date of birth {fmt(s)} -> {fmt(due)}{c}"
    raise ValueError(rule)


def compute_row(row):
    """row: dict with 'rule' (single rule), or 'rules' (choice: list of rules), or None-kind."""
    pre = row.get('from_note')
    if row['kind'] == 'choice':
        outs = [compute(r) for r in row['rules']]
        due = min(o[0] for o in outs)
        cnt = ' | '.join(f"option {i+1}: {o[1]}" for i, o in enumerate(outs)) + f" ; due = earlier = {due.isoformat()}"
    else:
        due, cnt = compute(row['rule'])
    if pre:
        cnt = pre + ': ' + cnt
    return (due.isoformat() if due else None), cnt


if __name__ == '__main__':
    import sys
    print(compute(('wd', '2026-03-31', 5)))
