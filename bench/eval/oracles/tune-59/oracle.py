"""Oracle for the deadline question set. Standard library only.
Computes `due` and `count` for every row described in rows.py, writes questions.jsonl,
and checks the result against the source text."""
import datetime as dt, json, sys, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = '/work/shared/source/practice-standards.txt'
D = dt.date.fromisoformat
WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

# England and Wales bank holidays 2024-2028, typed by hand (substitute days applied).
BANK_HOLIDAYS = {D(s) for s in [
    # 2024
    '2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26',
    # 2025
    '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26',
    # 2026 (Boxing Day is Sat -> substitute Mon 28 Dec)
    '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
    # 2027 (Christmas Sat -> Mon 27, Boxing Day Sun -> Tue 28)
    '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28',
    # 2028 (New Year Sat -> Mon 3 Jan)
    '2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26',
]}

def _easter(y):  # anonymous Gregorian algorithm, used only to cross-check the typed list
    a = y % 19; b, c = divmod(y, 100); d, e = divmod(b, 4); f = (b + 8) // 25; g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30; i, k = divmod(c, 4); l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451; mo, da = divmod(h + l - 7 * m + 114, 31)
    return dt.date(y, mo, da + 1)

def _selfcheck_holidays():
    for y in range(2024, 2029):
        e = _easter(y)
        assert e - dt.timedelta(2) in BANK_HOLIDAYS and e + dt.timedelta(1) in BANK_HOLIDAYS, y
        hs = [h for h in BANK_HOLIDAYS if h.year == y]
        assert len(hs) == 8 and all(h.weekday() < 5 for h in hs), y

def iso(d): return f"{d.isoformat()} ({WD[d.weekday()]})"
def working(d): return d.weekday() < 5 and d not in BANK_HOLIDAYS

def add_wd(start, n):
    cur, k, skipped = start, 0, []
    while k < n:
        cur += dt.timedelta(1)
        if working(cur): k += 1
        elif cur in BANK_HOLIDAYS: skipped.append(cur)
    return cur, skipped

def sub_wd(start, n):
    cur, k, skipped = start, 0, []
    while k < n:
        cur -= dt.timedelta(1)
        if working(cur): k += 1
        elif cur in BANK_HOLIDAYS: skipped.append(cur)
    return cur, skipped

def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12); y += d.year; m += 1
    for day in (d.day, 30, 29, 28):
        try: return dt.date(y, m, day)
        except ValueError: pass

def compute(op):
    """op = (unit, start_iso, n). Returns (due_date, count_text)."""
    unit, s, n = op
    s = D(s)
    if unit == 'wd':
        r, sk = add_wd(s, n)
        t = f"{n} working day{'s' if n != 1 else ''} after {iso(s)} -> {iso(r)}"
        if sk: t += "; skips bank holidays " + ", ".join(h.isoformat() for h in sk)
        return r, t
    if unit == 'wdb':
        r, sk = sub_wd(s, n)
        t = f"{n} working days before {iso(s)} -> {iso(r)}"
        if sk: t += "; skips bank holidays " + ", ".join(h.isoformat() for h in sk)
        return r, t
    if unit == 'd':
        r = s + dt.timedelta(n)
        return r, f"{n} calendar days after {iso(s)} -> {iso(r)}"
    if unit == 'db':
        r = s - dt.timedelta(n)
        return r, f"{n} calendar days before {iso(s)} -> {iso(r)}"
    if unit == 'w':
        r = s + dt.timedelta(7 * n)
        return r, f"{n} week{'s' if n != 1 else ''} ({7*n} days) after {iso(s)} -> {iso(r)}"
    if unit == 'm':
        r = add_months(s, n)
        t = f"{n} months after {iso(s)} -> {iso(r)}"
        if r.day != s.day: t += " (no such day, last day of month used)"
        return r, t
    if unit == 'age':  # n = (years, months)
        yrs, mos = n
        if s.month == 2 and s.day == 29 and mos == 0:
            y = s.year + yrs
            leap = (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0))
            r = dt.date(y, 2, 29) if leap else dt.date(y, 3, 1)
            t = f"born {iso(s)}, turns {yrs} on {iso(r)}" + ("" if leap else " (29 Feb birthday, non-leap year -> 1 March)")
            return r, t
        r = add_months(s, 12 * yrs + mos)
        lab = f"{yrs} years {mos} months" if mos else f"{yrs}"
        return r, f"born {iso(s)}, reaches {lab} on {iso(r)}"
    raise ValueError(unit)

def norm(s): return ' '.join(s.split())

def build():
    sys.path.insert(0, HERE)
    from rows import ROWS, PHRASES
    src = open(SOURCE, encoding='utf-8').read()
    out = []
    for i, r in enumerate(ROWS):
        kind, voice = r['kind'], r['voice']
        row = {'q': r['q'], 'today': r['today']}
        keys = r['keys'] if isinstance(r['keys'], list) else [r['keys']]
        if kind == 'none':
            row['due'] = None
            row['count'] = 'no timescale in the standards: ' + r['why']
        elif kind == 'choice':
            res = [compute(op) for op in r['ops']]
            best = min(res, key=lambda x: x[0])
            row['due'] = best[0].isoformat()
            row['count'] = ' | '.join(f"{k}: {t}" for k, (_, t) in zip(keys, res)) + f"; earlier = {best[0].isoformat()}"
        else:
            due, t = compute(r['op'])
            row['due'] = due.isoformat(); row['count'] = t
        row['expect_any'] = [PHRASES[k] for k in keys]
        row['voice'] = voice; row['kind'] = kind
        if r.get('amb'): row['ambiguous'] = r['amb']
        # checks
        for p in row['expect_any']:
            assert p in src, (i, p)
            assert len(p.split()) >= 6, (i, p)
        assert voice in {'duty', 'typos', 'scenario', 'indirect', 'newstarter', 'manager'}, i
        assert kind in {'date', 'visits', 'age', 'choice', 'none'}, i
        D(row['today'])
        if kind == 'choice': assert len(row['expect_any']) >= 2, i
        out.append(row)
    qs = [o['q'] for o in out]
    dup = [q for q, c in collections.Counter(qs).items() if c > 1]
    assert not dup, dup
    with open(os.path.join(HERE, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + '\n')
    # re-read and verify
    rows = [json.loads(l) for l in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8')]
    assert len(rows) == len(out)
    print(len(rows), 'rows')
    print('kinds', collections.Counter(r['kind'] for r in rows))
    print('voices', collections.Counter(r['voice'] for r in rows))
    print('years', collections.Counter(r['today'][:4] for r in rows))
    used = collections.Counter(k for r in ROWS for k in (r['keys'] if isinstance(r['keys'], list) else [r['keys']]))
    print('unused phrases', [k for k in PHRASES if k not in used])

if __name__ == '__main__':
    _selfcheck_holidays()
    if len(sys.argv) > 1 and sys.argv[1] == 'cal':   # helper: python3 oracle.py cal 2026-04-01
        d = D(sys.argv[2])
        for i in range(int(sys.argv[3]) if len(sys.argv) > 3 else 21):
            x = d + dt.timedelta(i); print(iso(x), 'BH' if x in BANK_HOLIDAYS else '')
    else:
        build()
