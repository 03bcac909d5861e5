#!/usr/bin/env python3
"""Oracle for the frozen deadline question set. Standard library only (datetime).
Computes `due` and `count` for every row from a structured spec and writes questions.jsonl."""
import datetime as dt, json, sys, os

D = dt.date
# England and Wales bank holidays 2024-2028, typed by hand (substitute days applied).
BANK_HOLIDAYS = {
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
DAYS = ['Mon','Tue','Wed','Thu','Fri','Sat','Sun']

def fmt(x): return f"{x.isoformat()} ({DAYS[x.weekday()]})"
def is_wd(x): return x.weekday() < 5 and x not in BANK_HOLIDAYS

def wd_after(start, n):
    x, k, skipped = start, 0, []
    while k < n:
        x += dt.timedelta(days=1)
        if x in BANK_HOLIDAYS and x.weekday() < 5: skipped.append(x)
        if is_wd(x): k += 1
    return x, skipped

def wd_before(start, n):
    x, k, skipped = start, 0, []
    while k < n:
        x -= dt.timedelta(days=1)
        if x in BANK_HOLIDAYS and x.weekday() < 5: skipped.append(x)
        if is_wd(x): k += 1
    return x, skipped

def add_months(x, n):
    m = x.month - 1 + n
    y, m = x.year + m // 12, m % 12 + 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return D(y, m, min(x.day, last)), x.day > last

def resolve(start, today):
    """start: ISO date, or a relative token read against today."""
    if not start.startswith('@'):
        return D.fromisoformat(start)
    t = start[1:]
    if t == 'today': return today
    if t == 'yesterday': return today - dt.timedelta(days=1)
    if t == 'tomorrow': return today + dt.timedelta(days=1)
    if t.startswith('last:'):   # most recent such weekday strictly before today
        w = DAYS.index(t[5:]); x = today - dt.timedelta(days=1)
        while x.weekday() != w: x -= dt.timedelta(days=1)
        return x
    if t.startswith('next:'):   # next such weekday strictly after today
        w = DAYS.index(t[5:]); x = today + dt.timedelta(days=1)
        while x.weekday() != w: x += dt.timedelta(days=1)
        return x
    raise ValueError(start)

def calc(spec, today):
    op, start, n = spec[0], resolve(spec[1], today), spec[2]
    if op == 'wd':
        r, sk = wd_after(start, n)
        s = f"{n} working day{'s' if n>1 else ''} after {fmt(start)} -> {fmt(r)}"
        if sk: s += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
        return r, s
    if op == 'wdb':
        r, sk = wd_before(start, n)
        s = f"{n} working day{'s' if n>1 else ''} before {fmt(start)} -> {fmt(r)}"
        if sk: s += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
        return r, s
    if op == 'd':
        r = start + dt.timedelta(days=n)
        return r, f"{n} calendar days after {fmt(start)} -> {fmt(r)}"
    if op == 'db':
        r = start - dt.timedelta(days=n)
        return r, f"{n} calendar days before {fmt(start)} -> {fmt(r)}"
    if op == 'w':
        r = start + dt.timedelta(days=7*n)
        return r, f"{n} week{'s' if n>1 else ''} ({7*n} days) after {fmt(start)} -> {fmt(r)}"
    if op == 'm':
        r, clamped = add_months(start, n)
        s = f"{n} months after {fmt(start)} -> {fmt(r)}"
        if clamped: s += " (no such day in that month: last day of month used)"
        return r, s
    if op == 'age':   # spec = ('age', dob, years, months)
        years, months = n, (spec[3] if len(spec) > 3 else 0)
        dob = start
        if months == 0:
            try:
                r = dob.replace(year=dob.year + years); note = ''
            except ValueError:   # 29 Feb birthday in a non-leap year
                r = D(dob.year + years, 3, 1); note = ' (29 Feb birthday, non-leap year: 1 March used)'
            return r, f"{years}th birthday of DOB {fmt(dob)} -> {fmt(r)}{note}"
        r, clamped = add_months(dob, 12*years + months)
        s = f"{years} years {months} months after DOB {fmt(dob)} -> {fmt(r)}"
        if clamped: s += " (no such day in that month: last day of month used)"
        return r, s
    raise ValueError(op)

def build(rows, phrases):
    out = []
    for i, r in enumerate(rows):
        voice, kind, q, today, spec, keys = r[:6]
        amb = r[6] if len(r) > 6 else None
        today_d = D.fromisoformat(today)
        row = {'q': q, 'today': today}
        if kind == 'none':
            row['due'] = None; row['count'] = 'no timescale set in the standards'
        elif kind == 'choice':
            res = [calc(s, today_d) for s in spec]
            due = min(x[0] for x in res)
            row['due'] = due.isoformat()
            row['count'] = 'option A: ' + res[0][1] + ' | option B: ' + res[1][1] + f" | earlier = {due.isoformat()}"
        else:
            due, cnt = calc(spec, today_d)
            row['due'] = due.isoformat(); row['count'] = cnt
        row['expect_any'] = [phrases[k] for k in keys]
        row['voice'] = voice; row['kind'] = kind
        if amb: row['ambiguous'] = amb
        out.append(row)
    return out

if __name__ == '__main__':
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    from rows import ROWS, PHRASES
    out = build(ROWS, PHRASES)
    with open(os.path.join(here, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + '\n')
    print(len(out), 'rows written')
