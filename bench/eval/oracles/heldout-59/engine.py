# Oracle engine: standard library only (datetime). Bank holidays typed by hand.
import datetime as dt

D = dt.date
# England & Wales bank holidays 2024-2028 (typed by hand; substitute days applied)
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
DAYS = ["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]
WD = {d.lower(): i for i, d in enumerate(DAYS)}

def _self_check():
    # sanity check the typed list against the rules (Easter by the anonymous Gregorian algorithm)
    def easter(y):
        a=y%19; b=y//100; c=y%100; d=b//4; e=b%4; f=(b+8)//25; g=(b-f+1)//3
        h=(19*a+b-d-g+15)%30; i=c//4; k=c%4; l=(32+2*e+2*i-h-k)%7; m=(a+11*h+22*l)//451
        mo=(h+l-7*m+114)//31; da=((h+l-7*m+114)%31)+1
        return D(y,mo,da)
    for y in range(2024,2029):
        e=easter(y)
        assert e-dt.timedelta(2) in BANK_HOLIDAYS and e+dt.timedelta(1) in BANK_HOLIDAYS, y
        assert sum(1 for b in BANK_HOLIDAYS if b.year==y)==8, y
        for b in BANK_HOLIDAYS:
            assert b.weekday()<5
    assert easter(2026)==D(2026,4,5) and easter(2027)==D(2027,3,28)
_self_check()

def is_wd(d): return d.weekday() < 5 and d not in BANK_HOLIDAYS
def fmt(d): return f"{d.isoformat()} ({DAYS[d.weekday()]})"

def resolve(tok, today):
    t = tok.lower()
    if t == "today": return today, f"today = {fmt(today)}"
    if t == "yesterday": d = today - dt.timedelta(1); return d, f"'yesterday' = {fmt(d)}"
    if t == "tomorrow": d = today + dt.timedelta(1); return d, f"'tomorrow' = {fmt(d)}"
    if t.startswith("last:"):
        w = WD[t[5:]]; d = today - dt.timedelta(1)
        while d.weekday() != w: d -= dt.timedelta(1)
        return d, f"'last {DAYS[w]}' before {fmt(today)} = {fmt(d)}"
    if t.startswith("next:"):
        w = WD[t[5:]]; d = today + dt.timedelta(1)
        while d.weekday() != w: d += dt.timedelta(1)
        return d, f"'{DAYS[w]}' coming after {fmt(today)} = {fmt(d)}"
    return D.fromisoformat(tok), None

def add_months(d, n):
    y = d.year + (d.month - 1 + n) // 12; m = (d.month - 1 + n) % 12 + 1
    last = [31, 29 if (y%4==0 and (y%100!=0 or y%400==0)) else 28,31,30,31,30,31,31,30,31,30,31][m-1]
    return D(y, m, min(d.day, last)), d.day > last

def calc(spec, today):
    """spec: 'wd+ D N' | 'wd- D N' | 'd+ D N' | 'd- D N' | 'w+ D N' | 'm+ D N' | 'same D' | 'age DOB Y M'"""
    parts = spec.split()
    op = parts[0]
    start, note = resolve(parts[1], today)
    pre = (note + "; ") if note else ""
    if op == "same":
        return start, pre + f"same day as {fmt(start)}"
    if op in ("wd+", "wd-"):
        n = int(parts[2]); step = 1 if op == "wd+" else -1
        d = start; k = 0; skipped = []
        while k < n:
            d += dt.timedelta(step)
            if is_wd(d): k += 1
            elif d in BANK_HOLIDAYS: skipped.append(d.isoformat())
        word = "after" if step == 1 else "before"
        s = pre + f"{n} working day{'s' if n>1 else ''} {word} {fmt(start)} -> {fmt(d)}"
        if not is_wd(start) and step == 1:
            s += f"; start day is {'a bank holiday' if start in BANK_HOLIDAYS else 'a weekend'}, counted from it"
        if skipped: s += "; skips bank holidays " + ", ".join(sorted(skipped))
        return d, s
    if op in ("d+", "d-"):
        n = int(parts[2]); d = start + dt.timedelta(n if op == "d+" else -n)
        return d, pre + f"{n} calendar days {'after' if op=='d+' else 'before'} {fmt(start)} -> {fmt(d)}"
    if op == "w+":
        n = int(parts[2]); d = start + dt.timedelta(7*n)
        return d, pre + f"{n} week{'s' if n>1 else ''} ({7*n} days) after {fmt(start)} -> {fmt(d)}"
    if op == "m+":
        n = int(parts[2]); d, clamped = add_months(start, n)
        s = pre + f"{n} months after {fmt(start)} -> {fmt(d)}"
        if clamped: s += " (no such day in that month; last day of month used)"
        return d, s
    if op == "age":
        y, m = int(parts[2]), int(parts[3])
        if m == 0:
            try:
                d = D(start.year + y, start.month, start.day); s = pre + f"{y}th birthday of DOB {start.isoformat()} -> {fmt(d)}"
            except ValueError:
                d = D(start.year + y, 3, 1)
                s = pre + f"{y}th birthday of DOB {start.isoformat()} -> {fmt(d)} (29 Feb birthday, non-leap year: taken as 1 March)"
            return d, s
        d, clamped = add_months(start, 12*y + m)
        assert not clamped
        return d, pre + f"DOB {start.isoformat()} + {y} years {m} months -> {fmt(d)}"
    raise ValueError(spec)
