#!/usr/bin/env python3
"""Oracle for the deadline question set. Standard library only (datetime).
Usage: python3 oracle.py            -> writes questions.jsonl and runs checks
"""
import datetime as dt, json, re, sys, os

D = dt.date
def iso(s): return dt.date.fromisoformat(s)

# ---- England and Wales bank holidays 2024-2028, typed by hand ----
BANK_HOLIDAYS = {
    # 2024: Easter Sunday 31 Mar
    D(2024,1,1), D(2024,3,29), D(2024,4,1), D(2024,5,6), D(2024,5,27), D(2024,8,26), D(2024,12,25), D(2024,12,26),
    # 2025: Easter Sunday 20 Apr
    D(2025,1,1), D(2025,4,18), D(2025,4,21), D(2025,5,5), D(2025,5,26), D(2025,8,25), D(2025,12,25), D(2025,12,26),
    # 2026: Easter Sunday 5 Apr; Boxing Day Sat -> substitute Mon 28 Dec
    D(2026,1,1), D(2026,4,3), D(2026,4,6), D(2026,5,4), D(2026,5,25), D(2026,8,31), D(2026,12,25), D(2026,12,28),
    # 2027: Easter Sunday 28 Mar; Christmas Sat -> Mon 27, Boxing Day Sun -> Tue 28
    D(2027,1,1), D(2027,3,26), D(2027,3,29), D(2027,5,3), D(2027,5,31), D(2027,8,30), D(2027,12,27), D(2027,12,28),
    # 2028: New Year Sat -> Mon 3 Jan; Easter Sunday 16 Apr
    D(2028,1,3), D(2028,4,14), D(2028,4,17), D(2028,5,1), D(2028,5,29), D(2028,8,28), D(2028,12,25), D(2028,12,26),
}

def _easter(y):  # anonymous Gregorian algorithm, used only to cross-check the typed list
    a=y%19; b=y//100; c=y%100; d=b//4; e=b%4; f=(b+8)//25; g=(b-f+1)//3
    h=(19*a+b-d-g+15)%30; i=c//4; k=c%4; l=(32+2*e+2*i-h-k)%7; m=(a+11*h+22*l)//451
    mo=(h+l-7*m+114)//31; da=((h+l-7*m+114)%31)+1
    return D(y,mo,da)

def _selfcheck_holidays():
    for y in range(2024, 2029):
        hs = sorted(h for h in BANK_HOLIDAYS if h.year == y)
        assert len(hs) == 8, (y, hs)
        e = _easter(y)
        assert e - dt.timedelta(2) in hs and e + dt.timedelta(1) in hs, y
        for h in hs: assert h.weekday() < 5, h
        # first Monday May, last Monday May, last Monday Aug
        may = [D(y,5,d) for d in range(1,32) if D(y,5,d).weekday()==0]
        aug = [D(y,8,d) for d in range(1,32) if D(y,8,d).weekday()==0]
        assert may[0] in hs and may[-1] in hs and aug[-1] in hs, y

WD = ['Mon','Tue','Wed','Thu','Fri','Sat','Sun']
def fmt(d): return f"{d.isoformat()} ({WD[d.weekday()]})"
def is_wd(d): return d.weekday() < 5 and d not in BANK_HOLIDAYS

def wd_after(ev, n):
    d = ev; k = 0; skipped = []
    while k < n:
        d += dt.timedelta(1)
        if is_wd(d): k += 1
        elif d in BANK_HOLIDAYS: skipped.append(d)
    return d, skipped

def wd_before(ev, n):
    d = ev; k = 0; skipped = []
    while k < n:
        d -= dt.timedelta(1)
        if is_wd(d): k += 1
        elif d in BANK_HOLIDAYS: skipped.append(d)
    return d, skipped

def add_months(d, n):
    y = d.year + (d.month - 1 + n) // 12; m = (d.month - 1 + n) % 12 + 1
    last = [31, 29 if (y%4==0 and (y%100!=0 or y%400==0)) else 28, 31,30,31,30,31,31,30,31,30,31][m-1]
    return D(y, m, min(d.day, last)), d.day > last

def compute(c):
    """c: tuple (op, iso_event, n[, extra]). Returns (date, count_text)."""
    op = c[0]; ev = iso(c[1])
    if op in ('wd', 'wdb'):
        n = c[2]
        r, sk = (wd_after if op == 'wd' else wd_before)(ev, n)
        word = 'after' if op == 'wd' else 'before'
        t = f"{n} working day{'s' if n!=1 else ''} {word} {fmt(ev)} -> {fmt(r)}"
        if not is_wd(ev): t += f"; event day is not a working day, counting starts from the next working day"
        t += ("; skips bank holidays " + ", ".join(s.isoformat() for s in sk)) if sk else "; no bank holidays in range"
        return r, t
    if op == 'd':
        r = ev + dt.timedelta(c[2]); t = f"{c[2]} calendar days after {fmt(ev)} -> {fmt(r)}" if c[2] else f"same day as {fmt(ev)} -> {fmt(r)}"
    elif op == 'db':
        r = ev - dt.timedelta(c[2]); t = f"{c[2]} calendar days before {fmt(ev)} -> {fmt(r)}"
    elif op == 'w':
        r = ev + dt.timedelta(7*c[2]); t = f"{c[2]} week{'s' if c[2]!=1 else ''} ({7*c[2]} days) after {fmt(ev)} -> {fmt(r)}"
    elif op == 'm':
        r, clip = add_months(ev, c[2]); t = f"{c[2]} months after {fmt(ev)} -> {fmt(r)}"
        if clip: t += f" (no day {ev.day} in that month, so last day of month)"
    elif op == 'age':
        years, months = c[2], (c[3] if len(c) > 3 else 0)
        y = ev.year + years
        leapday = (ev.month, ev.day) == (2, 29)
        try:
            b = D(y, ev.month, ev.day); note = ''
        except ValueError:
            b = D(y, 3, 1); note = f" (born 29 Feb; {y} is not a leap year so birthday taken as 1 March)"
        if leapday and not note: note = f" (born 29 Feb; {y} is a leap year)"
        if months:
            r, clip = add_months(b, months)
            t = f"born {fmt(ev)}; {years}th birthday {fmt(b)}{note}; + {months} months -> {fmt(r)}" + (" (month-end clipped)" if clip else "")
        else:
            r = b; t = f"born {fmt(ev)}; {years}th birthday -> {fmt(r)}{note}"
    else:
        raise ValueError(op)
    if r in BANK_HOLIDAYS: t += "; note: falls on a bank holiday (calendar count, not moved)"
    elif r.weekday() >= 5: t += "; note: falls on a weekend (calendar count, not moved)"
    return r, t

# ---- relative date resolution (used to check that q's wording matches the event date) ----
WDN = ['monday','tuesday','wednesday','thursday','friday','saturday','sunday']
def resolve(today, phrase):
    t = iso(today); p = phrase.lower()
    if p == 'today': return t
    if p == 'yesterday': return t - dt.timedelta(1)
    if p == 'tomorrow': return t + dt.timedelta(1)
    m = re.fullmatch(r'(last|on) (\w+)', p)
    if m:
        w = WDN.index(m.group(2)); d = t - dt.timedelta(1)
        while d.weekday() != w: d -= dt.timedelta(1)
        return d
    m = re.fullmatch(r'the (\d+)(st|nd|rd|th)', p)
    if m: return D(t.year, t.month, int(m.group(1)))
    raise ValueError(phrase)

from rows import ROWS, PH

def build():
    src = open('/work/shared/source/practice-standards.txt', encoding='utf-8').read()
    out = []; errors = []
    for i, r in enumerate(ROWS, 1):
        voice, kind, today, q, calc, phk = r['voice'], r['kind'], r['today'], r['q'], r['calc'], r['ph']
        phrases = [PH[k] for k in phk]
        for p in phrases:
            if p not in src: errors.append(f"row {i}: phrase not verbatim: {p!r}")
            if len(p.split()) < 6: errors.append(f"row {i}: phrase under 6 words: {p!r}")
        if kind == 'none':
            due = None; count = "no timescale set in the standards: " + r.get('why', '')
        elif kind == 'choice':
            res = [compute(c) for c in calc]
            due = min(x[0] for x in res)
            count = " | ".join(f"option {j+1}: {x[1]}" for j, x in enumerate(res)) + f"; earliest -> {fmt(due)}"
            if len(phrases) < 2: errors.append(f"row {i}: choice needs 2+ phrases")
        else:
            due, count = compute(calc)
        for (rp, rd) in r.get('rel', []):
            if resolve(today, rp).isoformat() != rd:
                errors.append(f"row {i}: relative {rp!r} from {today} is {resolve(today, rp)} not {rd}")
        row = {'q': q, 'today': today, 'due': due.isoformat() if due else None,
               'expect_any': phrases, 'count': count, 'voice': voice, 'kind': kind}
        if r.get('amb'): row['ambiguous'] = r['amb']
        out.append(row)
    return out, errors

if __name__ == '__main__':
    _selfcheck_holidays()
    out, errors = build()
    with open('questions.jsonl', 'w', encoding='utf-8') as f:
        for row in out: f.write(json.dumps(row, ensure_ascii=False) + '\n')
    for e in errors: print('ERROR', e)
    from collections import Counter
    print(len(out), 'rows'); print(Counter(r['kind'] for r in out)); print(Counter(r['voice'] for r in out))
    sys.exit(1 if errors else 0)
