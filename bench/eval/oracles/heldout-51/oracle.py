#!/usr/bin/env python3
"""Oracle for the held-out deadline question set. Standard library only (datetime).
Each row is described structurally in rows.py; this computes due and count."""
import datetime as dt

D = dt.date
BANK_HOLIDAYS = {  # England and Wales, typed by hand
    # 2024
    D(2024,1,1), D(2024,3,29), D(2024,4,1), D(2024,5,6), D(2024,5,27), D(2024,8,26), D(2024,12,25), D(2024,12,26),
    # 2025
    D(2025,1,1), D(2025,4,18), D(2025,4,21), D(2025,5,5), D(2025,5,26), D(2025,8,25), D(2025,12,25), D(2025,12,26),
    # 2026 (Boxing Day Sat -> Mon 28 Dec)
    D(2026,1,1), D(2026,4,3), D(2026,4,6), D(2026,5,4), D(2026,5,25), D(2026,8,31), D(2026,12,25), D(2026,12,28),
    # 2027 (Christmas Sat -> Mon 27, Boxing Day Sun -> Tue 28)
    D(2027,1,1), D(2027,3,26), D(2027,3,29), D(2027,5,3), D(2027,5,31), D(2027,8,30), D(2027,12,27), D(2027,12,28),
    # 2028 (New Year Sat -> Mon 3 Jan)
    D(2028,1,3), D(2028,4,14), D(2028,4,17), D(2028,5,1), D(2028,5,29), D(2028,8,28), D(2028,12,25), D(2028,12,26),
}
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

def iso(d): return d.isoformat()
def lab(d): return f"{iso(d)} ({DOW[d.weekday()]})"
def is_wd(d): return d.weekday() < 5 and d not in BANK_HOLIDAYS

def parse(s): return dt.date.fromisoformat(s)

def rel(today, expr):
    """Resolve a relative expression against today. 'last fri' = most recent Friday strictly before today."""
    e = expr.lower().split()
    if e == ["today"]: return today
    if e == ["yesterday"]: return today - dt.timedelta(1)
    if e == ["tomorrow"]: return today + dt.timedelta(1)
    names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    if e[0] == "last":
        wd = names.index(e[1]); d = today - dt.timedelta(1)
        while d.weekday() != wd: d -= dt.timedelta(1)
        return d
    if e[0] == "next":
        wd = names.index(e[1]); d = today + dt.timedelta(1)
        while d.weekday() != wd: d += dt.timedelta(1)
        return d
    raise ValueError(expr)

def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year; m += 1
    for day in (d.day, 30, 29, 28):
        try: return D(y, m, day), day != d.day
        except ValueError: continue

def wd_after(d, n):
    skipped = []; cur = d; k = 0
    while k < n:
        cur += dt.timedelta(1)
        if cur in BANK_HOLIDAYS and cur.weekday() < 5: skipped.append(cur)
        if is_wd(cur): k += 1
    return cur, skipped

def wd_before(d, n):
    skipped = []; cur = d; k = 0
    while k < n:
        cur -= dt.timedelta(1)
        if cur in BANK_HOLIDAYS and cur.weekday() < 5: skipped.append(cur)
        if is_wd(cur): k += 1
    return cur, skipped

def note_due(d):
    if d in BANK_HOLIDAYS: return " [due date is a bank holiday]"
    if d.weekday() >= 5: return " [due date is a weekend]"
    return ""

def compute(spec, today):
    """spec: (op, start, n[, m]). start is ISO or relative expression. Returns (due, count)."""
    op = spec[0]
    if op == "none":
        return None, "no timescale set in the standards"
    if op == "choice":
        a = compute(spec[1], today); b = compute(spec[2], today)
        due = min(a[0], b[0])
        return due, f"EITHER {a[1]} OR {b[1]}; due = earlier = {iso(due)}"
    start = spec[1]
    s = parse(start) if start[:1].isdigit() else rel(today, start)
    src = lab(s) if start[:1].isdigit() else f"{lab(s)} ['{start}' read against today {iso(today)}]"
    n = spec[2]
    if op == "wd":
        due, sk = wd_after(s, n)
        c = f"{n} working day{'s' if n != 1 else ''} after {src} -> {lab(due)}"
        if not is_wd(s): c += f"; start day is not a working day, 1st working day is the next one"
        if sk: c += "; skips bank holidays " + ", ".join(iso(x) for x in sk)
        return due, c
    if op == "wdbefore":
        due, sk = wd_before(s, n)
        c = f"{n} working days before {src} -> {lab(due)}"
        if sk: c += "; skips bank holidays " + ", ".join(iso(x) for x in sk)
        return due, c
    if op == "days":
        due = s + dt.timedelta(n)
        return due, f"{n} calendar days after {src} -> {lab(due)}" + note_due(due)
    if op == "daysbefore":
        due = s - dt.timedelta(n)
        return due, f"{n} calendar days before {src} -> {lab(due)}" + note_due(due)
    if op == "weeks":
        due = s + dt.timedelta(7 * n)
        return due, f"{n} weeks ({7*n} days) after {src} -> {lab(due)}" + note_due(due)
    if op == "months":
        due, clamped = add_months(s, n)
        c = f"{n} months after {src} -> {lab(due)}" + note_due(due)
        if clamped: c += f"; day {s.day} does not exist in that month, so last day of month"
        return due, c
    if op == "age":
        years, months = n, (spec[3] if len(spec) > 3 else 0)
        total = years * 12 + months
        due, clamped = add_months(s, total)
        what = f"{years} years" + (f" {months} months" if months else "")
        c = f"DOB {lab(s)} + {what} -> {lab(due)}"
        if clamped and s.month == 2 and s.day == 29:
            due = due + dt.timedelta(1)
            c = f"DOB {lab(s)} + {what}: 29 Feb birthday in a non-leap year taken as 1 March -> {lab(due)}"
        elif clamped:
            c += f"; day {s.day} does not exist in that month, so last day of month"
        return due, c
    raise ValueError(op)

def self_check():
    # Cross-check the typed bank holidays against rules (Easter by the anonymous Gregorian algorithm).
    def easter(y):
        a = y % 19; b, c = divmod(y, 100); d, e = divmod(b, 4); f = (b + 8) // 25; g = (b - f + 1) // 3
        h = (19*a + b - d - g + 15) % 30; i, k = divmod(c, 4); l = (32 + 2*e + 2*i - h - k) % 7
        m = (a + 11*h + 22*l) // 451; mo = (h + l - 7*m + 114) // 31; da = ((h + l - 7*m + 114) % 31) + 1
        return D(y, mo, da)
    def first_mon(y, mo):
        d = D(y, mo, 1)
        while d.weekday() != 0: d += dt.timedelta(1)
        return d
    def last_mon(y, mo):
        d = D(y, mo + 1, 1) - dt.timedelta(1)
        while d.weekday() != 0: d -= dt.timedelta(1)
        return d
    rule = set()
    for y in range(2024, 2029):
        nyd = D(y, 1, 1)
        while nyd.weekday() >= 5: nyd += dt.timedelta(1)
        rule.add(nyd)
        e = easter(y); rule |= {e - dt.timedelta(2), e + dt.timedelta(1)}
        rule |= {first_mon(y, 5), last_mon(y, 5), last_mon(y, 8)}
        xm, bx = D(y, 12, 25), D(y, 12, 26)
        if xm.weekday() == 5: rule |= {D(y,12,27), D(y,12,28)}
        elif xm.weekday() == 6: rule |= {D(y,12,26), D(y,12,27)}
        elif xm.weekday() == 4: rule |= {xm, D(y,12,28)}
        else: rule |= {xm, bx}
    assert rule == BANK_HOLIDAYS, sorted(rule ^ BANK_HOLIDAYS)
    assert wd_after(D(2026,3,31), 5)[0] == D(2026,4,9)
    assert compute(("months", "2026-01-31", 1), None)[0] == D(2026,2,28)
    assert compute(("age", "2012-02-29", 13), None)[0] == D(2025,3,1)

if __name__ == "__main__":
    self_check(); print("oracle self-check ok")
