"""Date oracle for the tune-8 deadline question set (standard library only)."""
import datetime as dt
import calendar

D = dt.date
DAYN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

# England and Wales bank holidays 2024-2028, typed by hand (substitute days included).
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
    # 2028 (New Year's Day Sat -> substitute Mon 3 Jan)
    D(2028, 1, 3), D(2028, 4, 14), D(2028, 4, 17), D(2028, 5, 1), D(2028, 5, 29),
    D(2028, 8, 28), D(2028, 12, 25), D(2028, 12, 26),
}


def _easter(y):  # anonymous Gregorian computus, used only to cross-check the typed list
    a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4
    f = (b + 8) // 25; g = (b - f + 1) // 3; h = (19 * a + b - d - g + 15) % 30
    i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    mo = (h + l - 7 * m + 114) // 31; da = (h + l - 7 * m + 114) % 31 + 1
    return D(y, mo, da)


def _self_check():
    for y in range(2024, 2029):
        hs = sorted(h for h in BANK_HOLIDAYS if h.year == y)
        assert len(hs) == 8, (y, hs)
        e = _easter(y)
        assert e - dt.timedelta(2) in hs and e + dt.timedelta(1) in hs, y
        mays = [D(y, 5, d) for d in range(1, 32) if D(y, 5, d).weekday() == 0]
        assert mays[0] in hs and mays[-1] in hs, y
        augs = [D(y, 8, d) for d in range(1, 32) if D(y, 8, d).weekday() == 0]
        assert augs[-1] in hs, y
        for h in hs:
            assert h.weekday() < 5, h


_self_check()


def iso(d):
    return d.isoformat()


def lab(d):
    return f"{d.isoformat()} ({DAYN[d.weekday()]})"


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def _start_note(d):
    if d in BANK_HOLIDAYS:
        return f"; start {iso(d)} is a bank holiday, counting from it"
    if d.weekday() >= 5:
        return f"; start {iso(d)} is a {DAYN[d.weekday()]}, counting from it"
    return ""


def working_days_after(start, n):
    d = start; k = 0; skipped = []
    while k < n:
        d += dt.timedelta(1)
        if is_wd(d):
            k += 1
        elif d in BANK_HOLIDAYS:
            skipped.append(d)
    s = f"{n} working day{'s' if n != 1 else ''} after {lab(start)} -> {lab(d)}"
    if skipped:
        s += "; skips bank holidays " + ", ".join(iso(x) for x in skipped)
    s += _start_note(start)
    return d, s


def working_days_before(meeting, n):
    d = meeting; k = 0; skipped = []
    while k < n:
        d -= dt.timedelta(1)
        if is_wd(d):
            k += 1
        elif d in BANK_HOLIDAYS:
            skipped.append(d)
    s = f"{n} working day{'s' if n != 1 else ''} before {lab(meeting)} -> {lab(d)}"
    if skipped:
        s += "; skips bank holidays " + ", ".join(iso(x) for x in sorted(skipped))
    return d, s


def days_after(start, n):
    d = start + dt.timedelta(n)
    return d, f"{n} calendar days after {lab(start)} -> {lab(d)}"


def days_before(meeting, n):
    d = meeting - dt.timedelta(n)
    return d, f"{n} calendar days before {lab(meeting)} -> {lab(d)}"


def weeks_after(start, n):
    d = start + dt.timedelta(7 * n)
    return d, f"{n} week{'s' if n != 1 else ''} ({7*n} days) after {lab(start)} -> {lab(d)}"


def add_months(start, n):
    y = start.year + (start.month - 1 + n) // 12
    m = (start.month - 1 + n) % 12 + 1
    last = calendar.monthrange(y, m)[1]
    clamped = start.day > last
    return D(y, m, min(start.day, last)), clamped


def months_after(start, n):
    d, cl = add_months(start, n)
    s = f"{n} month{'s' if n != 1 else ''} after {lab(start)} -> {lab(d)}"
    if cl:
        s += f" (day {start.day} does not exist in that month, so last day of month)"
    return d, s


def same_day(start):
    return start, f"same day as {lab(start)} -> {lab(start)}"


def age(dob, years, months=0):
    total = years * 12 + months
    y = dob.year + (dob.month - 1 + total) // 12
    m = (dob.month - 1 + total) % 12 + 1
    what = f"{years} years" + (f" {months} months" if months else "")
    if dob.month == 2 and dob.day == 29 and m == 2 and not calendar.isleap(y):
        d = D(y, 3, 1)
        return d, f"DOB {lab(dob)} + {what} -> {lab(d)} (29 Feb birthday, {y} not a leap year: taken as 1 March)"
    last = calendar.monthrange(y, m)[1]
    d = D(y, m, min(dob.day, last))
    s = f"DOB {lab(dob)} + {what} -> {lab(d)}"
    if dob.day > last:
        s += f" (day {dob.day} does not exist in that month, so last day of month)"
    return d, s


OPS = {
    "wd": working_days_after, "wdb": working_days_before, "d": days_after,
    "db": days_before, "w": weeks_after, "m": months_after, "same": same_day,
}


def compute(calc):
    """calc: ('wd', 'YYYY-MM-DD', n) etc; ('age', dob, y[, m]); ('choice', c1, c2); ('none',)."""
    op = calc[0]
    if op == "none":
        return None, "standards set no timescale for this"
    if op == "choice":
        r = [compute(c) for c in calc[1:]]
        due = min(x[0] for x in r)
        return due, "either: " + " | or: ".join(x[1] for x in r) + f" -> earlier is {iso(due)}"
    if op == "age":
        return age(D.fromisoformat(calc[1]), *calc[2:])
    start = D.fromisoformat(calc[1])
    if op == "same":
        return same_day(start)
    return OPS[op](start, calc[2])
