#!/usr/bin/env python3
"""Oracle for the frozen deadline question set (standard library only).

Every `due` and `count` in questions.jsonl is computed here from a structured row
description (rows.py). Run: python3 oracle.py  -> writes questions.jsonl and checks it.
"""
import datetime as dt
import json, os, re, sys

D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))

# England and Wales bank holidays 2024-2028, typed by hand (substitute days included).
BANK_HOLIDAYS = {
    # 2024
    D(2024, 1, 1), D(2024, 3, 29), D(2024, 4, 1), D(2024, 5, 6), D(2024, 5, 27),
    D(2024, 8, 26), D(2024, 12, 25), D(2024, 12, 26),
    # 2025
    D(2025, 1, 1), D(2025, 4, 18), D(2025, 4, 21), D(2025, 5, 5), D(2025, 5, 26),
    D(2025, 8, 25), D(2025, 12, 25), D(2025, 12, 26),
    # 2026 (Boxing Day is Saturday -> substitute Monday 28 Dec)
    D(2026, 1, 1), D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 4), D(2026, 5, 25),
    D(2026, 8, 31), D(2026, 12, 25), D(2026, 12, 28),
    # 2027 (Christmas Sat, Boxing Day Sun -> substitutes Mon 27 and Tue 28 Dec)
    D(2027, 1, 1), D(2027, 3, 26), D(2027, 3, 29), D(2027, 5, 3), D(2027, 5, 31),
    D(2027, 8, 30), D(2027, 12, 27), D(2027, 12, 28),
    # 2028 (New Year's Day Sat -> substitute Mon 3 Jan)
    D(2028, 1, 3), D(2028, 4, 14), D(2028, 4, 17), D(2028, 5, 1), D(2028, 5, 29),
    D(2028, 8, 28), D(2028, 12, 25), D(2028, 12, 26),
}


def _easter(y):  # anonymous Gregorian algorithm, used only to cross-check the typed list
    a = y % 19; b, c = divmod(y, 100); d, e = divmod(b, 4); f = (b + 8) // 25
    g = (b - f + 1) // 3; h = (19 * a + b - d - g + 15) % 30; i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7; m = (a + 11 * h + 22 * l) // 451
    mo, da = divmod(h + l - 7 * m + 114, 31)
    return D(y, mo, da + 1)


def _self_check_holidays():
    for y in range(2024, 2029):
        e = _easter(y)
        assert e - dt.timedelta(2) in BANK_HOLIDAYS and e + dt.timedelta(1) in BANK_HOLIDAYS, y
        may1 = [D(y, 5, d) for d in range(1, 8) if D(y, 5, d).weekday() == 0][0]
        lastmay = [D(y, 5, d) for d in range(25, 32) if D(y, 5, d).weekday() == 0][0]
        lastaug = [D(y, 8, d) for d in range(25, 32) if D(y, 8, d).weekday() == 0][0]
        for x in (may1, lastmay, lastaug):
            assert x in BANK_HOLIDAYS, x
        assert len([h for h in BANK_HOLIDAYS if h.year == y]) == 8, y
        for h in BANK_HOLIDAYS:
            assert h.weekday() < 5, h


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def fmt(d):
    return f"{d.isoformat()} ({d.strftime('%a')})"


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year; m += 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return D(y, m, min(d.day, last)), d.day > last


def wd_after(start, n):
    d, k, skipped = start, 0, []
    while k < n:
        d += dt.timedelta(1)
        if is_wd(d):
            k += 1
        elif d in BANK_HOLIDAYS:
            skipped.append(d)
    return d, skipped


def wd_before(start, n):
    d, k, skipped = start, 0, []
    while k < n:
        d -= dt.timedelta(1)
        if is_wd(d):
            k += 1
        elif d in BANK_HOLIDAYS:
            skipped.append(d)
    return d, skipped


def compute(method, n, start):
    """Return (due, count-string)."""
    note = ""
    if method == "wd":
        due, sk = wd_after(start, n)
        s = f"{n} working day{'s' if n != 1 else ''} after {fmt(start)} -> {fmt(due)}"
        if not is_wd(start):
            s += f"; start day is not a working day, counting from it"
        if sk:
            s += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
        return due, s
    if method == "wdb":
        due, sk = wd_before(start, n)
        s = f"{n} working days before {fmt(start)} -> {fmt(due)}"
        if sk:
            s += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
        return due, s
    if method == "cd":
        due = start + dt.timedelta(n)
        return due, f"{n} calendar day{'s' if n != 1 else ''} after {fmt(start)} -> {fmt(due)}"
    if method == "cdb":
        due = start - dt.timedelta(n)
        return due, f"{n} calendar days before {fmt(start)} -> {fmt(due)}"
    if method == "wk":
        due = start + dt.timedelta(7 * n)
        return due, f"{n} week{'s' if n != 1 else ''} ({7*n} days) after {fmt(start)} -> {fmt(due)}"
    if method == "mo":
        due, clamped = add_months(start, n)
        s = f"{n} months after {fmt(start)} -> {fmt(due)}"
        if clamped:
            s += " (no such day in that month, last day of month used)"
        return due, s
    if method == "same":
        return start, f"same day as {fmt(start)}"
    if method == "age":  # n = (years, months)
        yrs, mos = n
        target, clamped = add_months(start, 12 * yrs + mos)
        label = f"{yrs} years" + (f" {mos} months" if mos else "")
        s = f"born {start.isoformat()}; turns {label} on {fmt(target)}"
        if start.month == 2 and start.day == 29 and clamped:
            target = D(target.year, 3, 1)
            s = (f"born {start.isoformat()} (29 Feb); {target.year} is not a leap year, "
                 f"so birthday taken as 1 March -> turns {label} on {fmt(target)}")
        elif clamped:
            s += " (no such day in that month, last day of month used)"
        return target, s
    raise ValueError(method)


DOW = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def resolve(today, s):
    """Absolute ISO date or relative token against today."""
    if re.fullmatch(r"\d{4}-\d\d-\d\d", s):
        return D.fromisoformat(s)
    if s == "today":
        return today
    if s == "yesterday":
        return today - dt.timedelta(1)
    if s == "tomorrow":
        return today + dt.timedelta(1)
    m = re.fullmatch(r"last:(\w{3})", s)  # most recent such weekday strictly before today
    if m:
        w = DOW.index(m.group(1)); d = today - dt.timedelta(1)
        while d.weekday() != w:
            d -= dt.timedelta(1)
        return d
    m = re.fullmatch(r"next:(\w{3})", s)  # first such weekday strictly after today
    if m:
        w = DOW.index(m.group(1)); d = today + dt.timedelta(1)
        while d.weekday() != w:
            d += dt.timedelta(1)
        return d
    m = re.fullmatch(r"ago:(\d+)", s)
    if m:
        return today - dt.timedelta(int(m.group(1)))
    raise ValueError(s)


def build():
    sys.path.insert(0, HERE)
    from rows import RULES, ROWS
    out = []
    for i, r in enumerate(ROWS):
        today = D.fromisoformat(r["today"])
        kind = r["kind"]
        row = {"q": r["q"], "today": r["today"]}
        if kind == "none":
            row["due"] = None
            row["expect_any"] = r["phrases"]
            row["count"] = "none: " + r["why"]
        else:
            rules = r["rule"].split("|")
            starts = r["start"].split("|") if "|" in r["start"] else [r["start"]] * len(rules)
            dues, counts, phrases = [], [], []
            for rule, st in zip(rules, starts):
                method, n, ph = RULES[rule]
                due, c = compute(method, n, resolve(today, st))
                dues.append(due); counts.append(f"[{rule}] {c}" if len(rules) > 1 else c)
                phrases.extend(ph if isinstance(ph, list) else [ph])
            due = min(dues)
            cnt = "; ".join(counts) if len(rules) == 1 else " | ".join(counts) + f" -> earlier is {due.isoformat()}"
            if r.get("actual"):
                a = resolve(today, r["actual"])
                cnt += f"; actual {fmt(a)} is " + ("within timescale" if a <= due else f"late ({(a-due).days} day{'s' if (a-due).days != 1 else ''} after the deadline)")
            row["due"] = due.isoformat()
            row["expect_any"] = phrases
            row["count"] = cnt
        row["voice"] = r["voice"]
        row["kind"] = kind
        if r.get("amb"):
            row["ambiguous"] = r["amb"]
        out.append(row)
    return out


def check(rows):
    src = open("/work/shared/source/practice-standards.txt", encoding="utf-8").read()
    ok = True
    for i, r in enumerate(rows):
        for p in r["expect_any"]:
            if p not in src or len(p.split()) < 6:
                print("PHRASE PROBLEM row", i, repr(p)); ok = False
        if r["due"] and r["kind"] != "none":
            pass
    from collections import Counter
    print("rows", len(rows))
    print("kind", dict(Counter(r["kind"] for r in rows)))
    print("voice", dict(Counter(r["voice"] for r in rows)))
    qs = Counter(r["q"] for r in rows)
    for q, c in qs.items():
        if c > 1:
            print("DUP", q); ok = False
    return ok


if __name__ == "__main__":
    _self_check_holidays()
    rows = build()
    ok = check(rows)
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-parse
    with open(path, encoding="utf-8") as f:
        n = sum(1 for line in f if json.loads(line))
    print("wrote", n, "rows; checks", "OK" if ok else "FAILED")
