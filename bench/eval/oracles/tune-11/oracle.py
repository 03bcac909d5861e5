"""Deadline oracle for the Practice Guide frozen question set (set-tune-11).

Standard library only. Bank holidays for England and Wales 2024-2028 are typed
in by hand below (with substitute days) and cross-checked against rules
(computus for Easter, first/last Mondays) in self_check().

Operations (op tuples):
  ("wd",  start, n)        nth working day strictly after start
  ("wdb", start, n)        nth working day strictly before start
  ("d",   start, n)        start + n calendar days
  ("db",  start, n)        start - n calendar days
  ("h24", start)           within 24 hours -> next calendar day
  ("w",   start, n)        start + 7n days
  ("m",   start, n)        same day n months later (clamped to month end)
  ("y",   start, n)        same day n years later (29 Feb -> 28 Feb? no: see m)
  ("same", start)          same day
  ("age", dob, years, months)  date someone reaches years+months of age
start may be an ISO date or a relative expression resolved against `today`:
  "today", "yesterday", "tomorrow", "ago:N", "last Mon" (most recent Monday
  strictly before today), "next Fri" (first Friday strictly after today).
"""
import datetime as dt
import calendar

D = dt.date

BANK_HOLIDAYS = {
    # 2024
    D(2024, 1, 1), D(2024, 3, 29), D(2024, 4, 1), D(2024, 5, 6), D(2024, 5, 27),
    D(2024, 8, 26), D(2024, 12, 25), D(2024, 12, 26),
    # 2025
    D(2025, 1, 1), D(2025, 4, 18), D(2025, 4, 21), D(2025, 5, 5), D(2025, 5, 26),
    D(2025, 8, 25), D(2025, 12, 25), D(2025, 12, 26),
    # 2026 (Boxing Day is Sat -> substitute Mon 28 Dec)
    D(2026, 1, 1), D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 4), D(2026, 5, 25),
    D(2026, 8, 31), D(2026, 12, 25), D(2026, 12, 28),
    # 2027 (Christmas Sat, Boxing Day Sun -> substitutes Mon 27, Tue 28 Dec)
    D(2027, 1, 1), D(2027, 3, 26), D(2027, 3, 29), D(2027, 5, 3), D(2027, 5, 31),
    D(2027, 8, 30), D(2027, 12, 27), D(2027, 12, 28),
    # 2028 (New Year Sat -> substitute Mon 3 Jan)
    D(2028, 1, 3), D(2028, 4, 14), D(2028, 4, 17), D(2028, 5, 1), D(2028, 5, 29),
    D(2028, 8, 28), D(2028, 12, 25), D(2028, 12, 26),
}

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WD_IDX = {n: i for i, n in enumerate(WD)}


def fmt(d):
    return "%s (%s)" % (d.isoformat(), WD[d.weekday()])


def is_working(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def _skipped(a, b):
    lo, hi = min(a, b), max(a, b)
    return sorted(h for h in BANK_HOLIDAYS if lo < h < hi and h.weekday() < 5)


def wd_after(start, n):
    d, k = start, 0
    while k < n:
        d += dt.timedelta(days=1)
        if is_working(d):
            k += 1
    return d


def wd_before(start, n):
    d, k = start, 0
    while k < n:
        d -= dt.timedelta(days=1)
        if is_working(d):
            k += 1
    return d


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = calendar.monthrange(y, m)[1]
    return D(y, m, min(d.day, last))


def resolve(start, today):
    if isinstance(start, D):
        return start
    s = start.strip()
    if s == "today":
        return today
    if s == "yesterday":
        return today - dt.timedelta(days=1)
    if s == "tomorrow":
        return today + dt.timedelta(days=1)
    if s.startswith("ago:"):
        return today - dt.timedelta(days=int(s[4:]))
    if s.startswith("last "):
        w = WD_IDX[s[5:8]]
        d = today - dt.timedelta(days=1)
        while d.weekday() != w:
            d -= dt.timedelta(days=1)
        return d
    if s.startswith("next "):
        w = WD_IDX[s[5:8]]
        d = today + dt.timedelta(days=1)
        while d.weekday() != w:
            d += dt.timedelta(days=1)
        return d
    return D.fromisoformat(s)


def _bh_note(a, b):
    sk = _skipped(a, b)
    if not sk:
        return ""
    return "; skips bank holidays " + ", ".join(h.isoformat() for h in sk)


def compute(op, today):
    """Return (due_date, count_string)."""
    kind = op[0]
    s = resolve(op[1], today)
    rel = "" if isinstance(op[1], D) or op[1][:1].isdigit() else " [%s = %s]" % (op[1], s.isoformat())
    if kind == "wd":
        n = op[2]
        r = wd_after(s, n)
        extra = ""
        if not is_working(s):
            extra = "; start day is not a working day, counted from it anyway"
        return r, "%d working day%s after %s -> %s%s%s%s" % (
            n, "s" if n != 1 else "", fmt(s), fmt(r), _bh_note(s, r), extra, rel)
    if kind == "wdb":
        n = op[2]
        r = wd_before(s, n)
        return r, "%d working day%s before %s -> %s%s%s" % (
            n, "s" if n != 1 else "", fmt(s), fmt(r), _bh_note(s, r), rel)
    if kind == "d":
        n = op[2]
        r = s + dt.timedelta(days=n)
        return r, "%d calendar days after %s -> %s%s" % (n, fmt(s), fmt(r), rel)
    if kind == "db":
        n = op[2]
        r = s - dt.timedelta(days=n)
        return r, "%d calendar days before %s -> %s%s" % (n, fmt(s), fmt(r), rel)
    if kind == "h24":
        r = s + dt.timedelta(days=1)
        return r, "24 hours after %s -> %s (same time next calendar day)%s" % (fmt(s), fmt(r), rel)
    if kind == "w":
        n = op[2]
        r = s + dt.timedelta(days=7 * n)
        return r, "%d week%s (%d days) after %s -> %s%s" % (
            n, "s" if n != 1 else "", 7 * n, fmt(s), fmt(r), rel)
    if kind == "m":
        n = op[2]
        r = add_months(s, n)
        note = " (clamped to month end)" if r.day != s.day else ""
        return r, "%d month%s after %s -> %s%s%s" % (n, "s" if n != 1 else "", fmt(s), fmt(r), note, rel)
    if kind == "y":
        n = op[2]
        r = add_months(s, 12 * n)
        note = " (clamped to month end)" if r.day != s.day else ""
        return r, "%d year%s after %s -> %s%s%s" % (n, "s" if n != 1 else "", fmt(s), fmt(r), note, rel)
    if kind == "same":
        return s, "same day as %s -> %s%s" % (fmt(s), fmt(s), rel)
    if kind == "age":
        years, months = op[2], op[3]
        if s.month == 2 and s.day == 29 and months == 0:
            ty = s.year + years
            if calendar.isleap(ty):
                r = D(ty, 2, 29)
                note = " (29 Feb birthday, %d is a leap year)" % ty
            else:
                r = D(ty, 3, 1)
                note = " (29 Feb birthday, %d not a leap year -> 1 March)" % ty
        else:
            r = add_months(s, 12 * years + months)
            note = " (clamped to month end)" if r.day != s.day else ""
        lab = "%d years" % years + (" %d months" % months if months else "")
        return r, "DOB %s + %s -> %s%s" % (fmt(s), lab, fmt(r), note)
    raise ValueError(op)


def compute_row(ops, today):
    """ops: None (kind none), one op, or list of ops (choice). Returns (due, count)."""
    if ops is None:
        return None, None
    if isinstance(ops, list):
        res = [compute(o, today) for o in ops]
        due = min(r[0] for r in res)
        count = " | ".join("option %d: %s" % (i + 1, r[1]) for i, r in enumerate(res))
        return due, count + " || due = earliest -> %s" % due.isoformat()
    return compute(ops, today)


def self_check():
    def easter(y):
        a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4
        f = (b + 8) // 25; g = (b - f + 1) // 3; h = (19 * a + b - d - g + 15) % 30
        i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * l) // 451
        mo = (h + l - 7 * m + 114) // 31; da = ((h + l - 7 * m + 114) % 31) + 1
        return D(y, mo, da)

    def sub(d, taken):
        while d.weekday() >= 5 or d in taken:
            d += dt.timedelta(days=1)
        return d

    exp = set()
    for y in range(2024, 2029):
        e = easter(y)
        exp |= {e - dt.timedelta(days=2), e + dt.timedelta(days=1)}
        may1 = D(y, 5, 1)
        exp.add(may1 + dt.timedelta(days=(0 - may1.weekday()) % 7))
        for mo in (5, 8):
            last = D(y, mo, calendar.monthrange(y, mo)[1])
            exp.add(last - dt.timedelta(days=last.weekday()))
        exp.add(sub(D(y, 1, 1), set()))
        c = sub(D(y, 12, 25), set())
        b = sub(D(y, 12, 26), {c})
        exp |= {c, b}
    assert exp == BANK_HOLIDAYS, (sorted(exp ^ BANK_HOLIDAYS))
    assert len(BANK_HOLIDAYS) == 40
    return True


if __name__ == "__main__":
    self_check()
    print("bank holidays OK:", len(BANK_HOLIDAYS))
    # example from the brief
    print(compute(("wd", "2026-03-31", 5), D(2026, 3, 31)))
