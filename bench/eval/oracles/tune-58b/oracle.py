#!/usr/bin/env python3
"""Oracle for the frozen deadline question set (standard library only).
Each row in rows.py is a structured description; this script computes `due` and `count`
and writes questions.jsonl next to it."""
import datetime as dt, json, os, re, calendar

D = dt.date
# England & Wales bank holidays 2024-2028, typed by hand (substitute days included)
BANK_HOLIDAYS = {D(*x) for x in [
    (2024,1,1),(2024,3,29),(2024,4,1),(2024,5,6),(2024,5,27),(2024,8,26),(2024,12,25),(2024,12,26),
    (2025,1,1),(2025,4,18),(2025,4,21),(2025,5,5),(2025,5,26),(2025,8,25),(2025,12,25),(2025,12,26),
    (2026,1,1),(2026,4,3),(2026,4,6),(2026,5,4),(2026,5,25),(2026,8,31),(2026,12,25),(2026,12,28),
    (2027,1,1),(2027,3,26),(2027,3,29),(2027,5,3),(2027,5,31),(2027,8,30),(2027,12,27),(2027,12,28),
    (2028,1,3),(2028,4,14),(2028,4,17),(2028,5,1),(2028,5,29),(2028,8,28),(2028,12,25),(2028,12,26),
]}

def iso(d): return d.isoformat()
def lab(d): return f"{d.isoformat()} ({d.strftime('%a')})"
def is_wd(d): return d.weekday() < 5 and d not in BANK_HOLIDAYS

def skipped(a, b):
    lo, hi = min(a, b), max(a, b)
    return sorted(h for h in BANK_HOLIDAYS if lo < h < hi or (h == hi and False))

def wd_after(d, n):
    x, k = d, 0
    while k < n:
        x += dt.timedelta(1)
        if is_wd(x): k += 1
    return x

def wd_before(d, n):
    x, k = d, 0
    while k < n:
        x -= dt.timedelta(1)
        if is_wd(x): k += 1
    return x

def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year; m += 1
    last = calendar.monthrange(y, m)[1]
    return D(y, m, min(d.day, last))

def birthday(dob, years, extra_months=0):
    """Date someone reaches `years` years (+extra_months). 29 Feb -> 1 Mar in non-leap years."""
    if extra_months:
        y, m = divmod(dob.month - 1 + extra_months, 12)
        y += dob.year + years; m += 1
    else:
        y, m = dob.year + years, dob.month
    last = calendar.monthrange(y, m)[1]
    if dob.day > last:
        return D(y, m, last) + dt.timedelta(1), True
    return D(y, m, dob.day), False

def compute(rule, n, start):
    """Return (due, count string)."""
    if rule == 'wd':
        due = wd_after(start, n)
        s = f"{n} working day{'s' if n>1 else ''} after {lab(start)} -> {lab(due)}"
    elif rule == 'wdb':
        due = wd_before(start, n)
        s = f"{n} working days before {lab(start)} -> {lab(due)}"
    elif rule == 'd':
        due = start + dt.timedelta(n)
        s = f"{n} calendar days after {lab(start)} -> {lab(due)}"
    elif rule == 'db':
        due = start - dt.timedelta(n)
        s = f"{n} calendar days before {lab(start)} -> {lab(due)}"
    elif rule == 'w':
        due = start + dt.timedelta(7 * n)
        s = f"{n} week{'s' if n>1 else ''} ({7*n} days) after {lab(start)} -> {lab(due)}"
    elif rule == 'm':
        due = add_months(start, n)
        s = f"{n} months after {lab(start)} -> {lab(due)}"
        if due.day != start.day: s += " (clipped to month end)"
    elif rule == 'y':
        due = add_months(start, 12 * n)
        s = f"{n} year{'s' if n>1 else ''} after {lab(start)} -> {lab(due)}"
        if due.day != start.day: s += " (29 Feb -> 28 Feb)"
    elif rule == 'age_m':
        due = add_months(start, n)
        yrs, mon = divmod(n, 12)
        s = f"born {lab(start)}; reaches {yrs} years {mon} months on {lab(due)}"
        if due.day != start.day: s += " (clipped to month end)"
    elif rule == 'age':
        yrs, mon = n, 0
        due, leap = birthday(start, yrs, mon)
        what = f"{yrs} years" + (f" {mon} months" if mon else "")
        s = f"born {lab(start)}; reaches {what} on {lab(due)}"
        if leap: s += " (29 Feb birthday: 1 March in a non-leap year)"
    else:
        raise ValueError(rule)
    if rule in ('wd', 'wdb'):
        bh = skipped(start, due)
        if bh: s += "; skips bank holidays " + ", ".join(iso(h) for h in bh)
        if not is_wd(start): s += f"; event day {start.strftime('%a')} not a working day, counted from it"
    return due, s

WDN = ['Mon','Tue','Wed','Thu','Fri','Sat','Sun']
def resolve(spec, today):
    """Dates: ISO string, or relative: 'yesterday','today','tomorrow','last Fri' / 'Fri'
    (most recent strictly before today), 'coming Thu' (next strictly after), 'the 3rd'."""
    if re.fullmatch(r'\d{4}-\d\d-\d\d', spec): return D.fromisoformat(spec), None
    if spec == 'today': r = today
    elif spec == 'yesterday': r = today - dt.timedelta(1)
    elif spec == 'tomorrow': r = today + dt.timedelta(1)
    elif spec.startswith('coming '):
        w = WDN.index(spec.split()[1]); r = today + dt.timedelta(1)
        while r.weekday() != w: r += dt.timedelta(1)
    elif spec.startswith('the '):
        day = int(re.match(r'the (\d+)', spec).group(1))
        r = today.replace(day=day)
        if r > today: r = add_months(today, -1).replace(day=day)
    else:
        w = WDN.index(spec.split()[-1]); r = today - dt.timedelta(1)
        while r.weekday() != w: r -= dt.timedelta(1)
    return r, f"'{spec}' asked on {lab(today)} = {lab(r)}"

MON = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec']
def ordn(n): return f"{n}{'th' if 10<=n%100<=20 else {1:'st',2:'nd',3:'rd'}.get(n%10,'th')}"
def fmt(d, f):
    return {
        'dmy': f"{d.day:02d}/{d.month:02d}/{d.year%100:02d}", 'dmY': f"{d.day:02d}/{d.month:02d}/{d.year}",
        'dm': f"{d.day:02d}/{d.month:02d}", 'd/m': f"{d.day}/{d.month}", 'dot': f"{d.day}.{d.month}",
        'dotY': f"{d.day}.{d.month}.{d.year%100:02d}", 'ord': f"{ordn(d.day)} {MON[d.month-1]}",
        'ordl': f"{ordn(d.day)} {calendar.month_name[d.month].lower()}", 'ordY': f"{ordn(d.day)} {calendar.month_name[d.month]} {d.year}",
        'long': f"{d.strftime('%A')} {d.day} {calendar.month_name[d.month]}", 'wd': d.strftime('%A'),
        'dM': f"{d.day} {calendar.month_name[d.month]}", 'dMY': f"{d.day} {calendar.month_name[d.month]} {d.year}",
        'th': ordn(d.day), 'dash': f"{d.day}-{d.month}-{d.year}",
    }[f]

def render(q, dates):
    return re.sub(r'\{(\w)\|([\w/]+)\}', lambda m: fmt(dates[m.group(1)], m.group(2)), q)

def build():
    import rows
    src = open('/work/shared/source/practice-standards.txt', encoding='utf-8').read()
    out = []
    for i, r in enumerate(rows.ROWS):
        today = D.fromisoformat(r['t'])
        dates = {'t': today}
        notes = []
        for k in ('s', 'a', 'b'):
            if k in r:
                dates[k], note = resolve(r[k], today)
                if note: notes.append(note)
        kind = r['k']
        if kind == 'none':
            due, count = None, "no timescale for this in the standards"
        elif kind == 'choice':
            res = []
            for (rule, n, key) in r['r']:
                res.append(compute(rule, n, dates[key]))
            due = min(x[0] for x in res)
            count = "either: " + " | or: ".join(x[1] for x in res) + f"; earlier = {iso(due)}"
        else:
            due, count = compute(r['r'], r['n'], dates['s'])
        if notes: count = "; ".join(notes) + "; " + count
        phrases = r['p']
        row = {'q': render(r['q'], dates), 'today': iso(today), 'due': iso(due) if due else None,
               'expect_any': phrases, 'count': count, 'voice': r['v'], 'kind': kind}
        if r.get('amb'): row['ambiguous'] = r['amb']
        out.append(row)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for row in out: f.write(json.dumps(row, ensure_ascii=False) + '\n')
    return out

if __name__ == '__main__':
    import sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    # self-test: bank holidays are weekdays, 8 per year, Easter via anonymous Gregorian algorithm
    def easter(y):
        a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
        i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=(h+l-7*m+114)%31+1
        return D(y,mo,da)
    for y in range(2024, 2029):
        hs = [h for h in BANK_HOLIDAYS if h.year == y]
        assert len(hs) == 8 and all(h.weekday() < 5 for h in hs), y
        assert easter(y) - dt.timedelta(2) in BANK_HOLIDAYS and easter(y) + dt.timedelta(1) in BANK_HOLIDAYS, y
    assert add_months(D(2026,1,31),1) == D(2026,2,28)
    out = build()
    print(len(out), 'rows written')
