#!/usr/bin/env python3
"""Oracle for the frozen deadline question set. Standard library only (datetime)."""
import datetime as dt, json, sys, calendar

D = dt.date
# England & Wales bank holidays 2024-2028, typed by hand (substitute days included).
BH = {
 D(2024,1,1), D(2024,3,29), D(2024,4,1), D(2024,5,6), D(2024,5,27), D(2024,8,26), D(2024,12,25), D(2024,12,26),
 D(2025,1,1), D(2025,4,18), D(2025,4,21), D(2025,5,5), D(2025,5,26), D(2025,8,25), D(2025,12,25), D(2025,12,26),
 D(2026,1,1), D(2026,4,3), D(2026,4,6), D(2026,5,4), D(2026,5,25), D(2026,8,31), D(2026,12,25), D(2026,12,28),
 D(2027,1,1), D(2027,3,26), D(2027,3,29), D(2027,5,3), D(2027,5,31), D(2027,8,30), D(2027,12,27), D(2027,12,28),
 D(2028,1,3), D(2028,4,14), D(2028,4,17), D(2028,5,1), D(2028,5,29), D(2028,8,28), D(2028,12,25), D(2028,12,26),
}

def _selfcheck():
    # sanity: every typed holiday is a weekday, 8 per year
    for y in range(2024, 2029):
        hs = [h for h in BH if h.year == y]
        assert len(hs) == 8, y
        assert all(h.weekday() < 5 for h in hs)
        # Easter (anonymous Gregorian) cross-check
        a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
        i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451
        mo=(h+l-7*m+114)//31;da=((h+l-7*m+114)%31)+1
        easter=D(y,mo,da)
        assert easter-dt.timedelta(2) in BH and easter+dt.timedelta(1) in BH, y
_selfcheck()

WD = ['Mon','Tue','Wed','Thu','Fri','Sat','Sun']
def fmt(d): return f"{d.isoformat()} ({WD[d.weekday()]})"
def is_wd(d): return d.weekday() < 5 and d not in BH

def add_wd(d, n):
    skipped = []; x = d; c = 0
    while c < n:
        x += dt.timedelta(1)
        if is_wd(x): c += 1
        elif x in BH: skipped.append(x)
    return x, skipped
def sub_wd(d, n):
    skipped = []; x = d; c = 0
    while c < n:
        x -= dt.timedelta(1)
        if is_wd(x): c += 1
        elif x in BH: skipped.append(x)
    return x, skipped
def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12); y += d.year; m += 1
    last = calendar.monthrange(y, m)[1]
    return D(y, m, min(d.day, last)), d.day > last

def resolve_start(s, today):
    if s == 'today': return today
    if s == 'yesterday': return today - dt.timedelta(1)
    if s == 'tomorrow': return today + dt.timedelta(1)
    if s.startswith('last:'):   # most recent such weekday strictly before today
        w = WD.index(s[5:]); x = today - dt.timedelta(1)
        while x.weekday() != w: x -= dt.timedelta(1)
        return x
    if s.startswith('next:'):   # next such weekday strictly after today
        w = WD.index(s[5:]); x = today + dt.timedelta(1)
        while x.weekday() != w: x += dt.timedelta(1)
        return x
    return D.fromisoformat(s)

def compute(rule, start):
    """returns (due, text)"""
    if rule.startswith('wdb'):
        n = int(rule[3:]); due, sk = sub_wd(start, n)
        t = f"{n} working days before {fmt(start)} -> {fmt(due)}"
    elif rule.startswith('wd'):
        n = int(rule[2:]); due, sk = add_wd(start, n)
        t = f"{n} working day{'s' if n>1 else ''} after {fmt(start)} -> {fmt(due)}"
        if not is_wd(start): t += f"; start day is not a working day, counting from it"
    elif rule.startswith('db'):
        n = int(rule[2:]); due = start - dt.timedelta(n); sk = []
        t = f"{n} calendar days before {fmt(start)} -> {fmt(due)}"
    elif rule.startswith('d'):
        n = int(rule[1:]); due = start + dt.timedelta(n); sk = []
        t = f"{n} calendar days after {fmt(start)} -> {fmt(due)}"
    elif rule.startswith('w'):
        n = int(rule[1:]); due = start + dt.timedelta(7*n); sk = []
        t = f"{n} week{'s' if n>1 else ''} ({7*n} days) after {fmt(start)} -> {fmt(due)}"
    elif rule.startswith('m'):
        n = int(rule[1:]); due, cl = add_months(start, n); sk = []
        t = f"{n} months after {fmt(start)} -> {fmt(due)}" + ("; clamped to end of month" if cl else "")
    elif rule.startswith('y'):
        n = int(rule[1:]); due, cl = add_months(start, 12*n); sk = []
        t = f"{n} years after {fmt(start)} -> {fmt(due)}" + ("; clamped to end of month" if cl else "")
    elif rule.startswith('age'):
        yrs, mos = rule[3:].split('.') if '.' in rule[3:] else (rule[3:], '0')
        tot = 12*int(yrs) + int(mos)
        due, cl = add_months(start, tot); sk = []
        lab = f"{yrs} years" + (f" {mos} months" if mos != '0' else "")
        t = f"DOB {start.isoformat()} + {lab} -> {fmt(due)}"
        if cl and start.month == 2 and start.day == 29:
            due = due + dt.timedelta(1)
            t = f"DOB {start.isoformat()} (29 Feb) + {lab}: no 29 Feb in {due.year}, birthday taken as 1 March -> {fmt(due)}"
        elif cl:
            t += "; clamped to end of month"
    else:
        raise ValueError(rule)
    if sk:
        t += "; skips bank holidays " + ", ".join(s.isoformat() for s in sk)
    return due, t

from rows import ROWS, PHRASES

def build():
    out = []
    for r in ROWS:
        voice, kind, today, start, rule, key, q = r[:7]
        amb = r[7] if len(r) > 7 else None
        today_d = D.fromisoformat(today)
        row = {"q": q, "today": today}
        if kind == 'none':
            row.update(due=None, expect_any=[], count="no timescale in the standards: " + key)
        elif kind == 'choice':
            res = []
            for ru, st, k in zip(rule, start, key):
                s = resolve_start(st, today_d); res.append((compute(ru, s), k))
            due = min(x[0][0] for x in res)
            row.update(due=due.isoformat(), expect_any=[PHRASES[k] for _, k in res],
                       count=" | ".join(f"{k}: {x[1]}" for x, k in res) + f" -> earlier {due.isoformat()}")
        else:
            s = resolve_start(start, today_d)
            due, t = compute(rule, s)
            if start in ('yesterday','today','tomorrow') or start.startswith(('last:','next:')):
                t = f"'{start}' read against today {fmt(today_d)} = {s.isoformat()}; " + t
            keys = key if isinstance(key, list) else [key]
            row.update(due=due.isoformat(), expect_any=[PHRASES[k] for k in keys], count=t)
        row.update(voice=voice, kind=kind)
        if amb: row["ambiguous"] = amb
        out.append(row)
    return out

if __name__ == '__main__':
    rows = build()
    with open('questions.jsonl', 'w', encoding='utf-8') as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(rows), 'rows')
