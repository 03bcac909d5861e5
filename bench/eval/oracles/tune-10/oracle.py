#!/usr/bin/env python3
"""Oracle for set-tune-10: computes `due` and `count` for every question from a
structured row description (rows.py in this directory), and writes questions.jsonl.
Standard library only (datetime). Bank holidays typed by hand below.
"""
import datetime as dt
import json
import os
import sys

D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))

# England and Wales bank holidays 2024-2028, typed by hand (substitute days applied).
BANK_HOLIDAYS = {
    # 2024
    D(2024, 1, 1), D(2024, 3, 29), D(2024, 4, 1), D(2024, 5, 6), D(2024, 5, 27),
    D(2024, 8, 26), D(2024, 12, 25), D(2024, 12, 26),
    # 2025
    D(2025, 1, 1), D(2025, 4, 18), D(2025, 4, 21), D(2025, 5, 5), D(2025, 5, 26),
    D(2025, 8, 25), D(2025, 12, 25), D(2025, 12, 26),
    # 2026 (Boxing Day Sat -> Mon 28 Dec)
    D(2026, 1, 1), D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 4), D(2026, 5, 25),
    D(2026, 8, 31), D(2026, 12, 25), D(2026, 12, 28),
    # 2027 (Christmas Sat -> Mon 27, Boxing Day Sun -> Tue 28)
    D(2027, 1, 1), D(2027, 3, 26), D(2027, 3, 29), D(2027, 5, 3), D(2027, 5, 31),
    D(2027, 8, 30), D(2027, 12, 27), D(2027, 12, 28),
    # 2028 (New Year Sat -> Mon 3 Jan)
    D(2028, 1, 3), D(2028, 4, 14), D(2028, 4, 17), D(2028, 5, 1), D(2028, 5, 29),
    D(2028, 8, 28), D(2028, 12, 25), D(2028, 12, 26),
}

DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def fmt(d):
    return f"{d.isoformat()} ({DOW[d.weekday()]})"


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def wd_after(start, n):
    d, skipped = start, []
    k = 0
    while k < n:
        d += dt.timedelta(days=1)
        if is_wd(d):
            k += 1
        elif d in BANK_HOLIDAYS and d.weekday() < 5:
            skipped.append(d)
    return d, skipped


def wd_before(start, n):
    d, skipped = start, []
    k = 0
    while k < n:
        d -= dt.timedelta(days=1)
        if is_wd(d):
            k += 1
        elif d in BANK_HOLIDAYS and d.weekday() < 5:
            skipped.append(d)
    return d, sorted(skipped)


def add_months(d, n, leap_rule=False):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28,
            31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    if d.day <= last:
        return D(y, m, d.day), None
    if leap_rule and d.month == 2 and d.day == 29:
        return D(y, 3, 1), "29 Feb birthday in a non-leap year -> 1 March"
    return D(y, m, last), f"day {d.day} does not exist in {y}-{m:02d} -> last day of month"


def bh_note(skipped):
    if not skipped:
        return ""
    return "; skips bank holidays " + ", ".join(s.isoformat() for s in skipped)


def weekend_note(start):
    if start.weekday() >= 5:
        return f"; start is a {DOW[start.weekday()]}, counted from that day"
    if start in BANK_HOLIDAYS:
        return "; start is a bank holiday, counted from that day"
    return ""


def compute(method, n, start):
    """returns (due, count string)"""
    if method == "wd_after":
        due, sk = wd_after(start, n)
        unit = "working day" if n == 1 else "working days"
        return due, f"{n} {unit} after {fmt(start)} -> {fmt(due)}{bh_note(sk)}{weekend_note(start)}"
    if method == "wd_before":
        due, sk = wd_before(start, n)
        return due, f"{n} working days before {fmt(start)} -> {fmt(due)}{bh_note(sk)}"
    if method == "days_after":
        due = start + dt.timedelta(days=n)
        return due, f"{n} calendar days after {fmt(start)} -> {fmt(due)}"
    if method == "days_before":
        due = start - dt.timedelta(days=n)
        return due, f"{n} calendar days before {fmt(start)} -> {fmt(due)}"
    if method == "weeks_after":
        due = start + dt.timedelta(days=7 * n)
        wk = "week" if n == 1 else "weeks"
        return due, f"{n} {wk} ({7*n} days) after {fmt(start)} -> {fmt(due)}"
    if method == "months_after":
        due, note = add_months(start, n)
        unit = f"{n} months" if n % 12 else (f"{n//12} year" + ("s" if n // 12 > 1 else "") + f" ({n} months)")
        return due, f"{unit} after {fmt(start)} -> {fmt(due)}" + (f"; {note}" if note else "")
    if method == "same_day":
        return start, f"same day as {fmt(start)} -> {fmt(start)}"
    if method == "age":
        years, months = n
        due, note = add_months(start, 12 * years + months, leap_rule=True)
        age = f"{years} years" + (f" {months} months" if months else "")
        return due, f"born {fmt(start)}; reaches {age} on {fmt(due)}" + (f"; {note}" if note else "")
    raise ValueError(method)


# --- relative date checking --------------------------------------------------
DOWNAMES = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}


def resolve_rel(expr, today):
    e = expr.lower().strip()
    if e == "today":
        return today
    if e == "yesterday":
        return today - dt.timedelta(days=1)
    if e == "tomorrow":
        return today + dt.timedelta(days=1)
    if e.startswith("last "):
        w = DOWNAMES[e[5:]]
        back = (today.weekday() - w) % 7 or 7
        a = today - dt.timedelta(days=back)          # most recent such day
        monday = today - dt.timedelta(days=today.weekday())
        b = monday - dt.timedelta(days=7) + dt.timedelta(days=w)  # that day last week
        if a != b:
            raise ValueError(f"'{expr}' ambiguous on {today}: {a} vs {b}")
        return a
    if e.startswith("on ") or e.startswith("this past "):
        w = DOWNAMES[e.split()[-1]]
        back = (today.weekday() - w) % 7
        if back == 0:
            raise ValueError("on <today's weekday> is ambiguous")
        d = today - dt.timedelta(days=back)
        if d < today - dt.timedelta(days=today.weekday()):
            raise ValueError(f"'{expr}' on {today} is not in this week")
        return d
    if e.startswith("next ") or e.startswith("coming "):
        w = DOWNAMES[e.split()[-1]]
        fwd = (w - today.weekday()) % 7 or 7
        return today + dt.timedelta(days=fwd)
    if e.startswith("the "):  # "the 3rd": most recent such day of month on/before today
        n = int("".join(ch for ch in e[4:] if ch.isdigit()))
        d = today
        while d.day != n:
            d -= dt.timedelta(days=1)
        return d
    if e.endswith(" days ago"):
        return today - dt.timedelta(days=int(e.split()[0]))
    if e.endswith(" weeks ago"):
        return today - dt.timedelta(days=7 * int(e.split()[0]))
    raise ValueError(expr)


def build(rows, rules):
    out = []
    for i, r in enumerate(rows):
        today = D.fromisoformat(r["today"])
        kind = r["kind"]
        # check relative expressions: list of (expr, iso)
        for expr, iso in r.get("rel", []):
            got = resolve_rel(expr, today)
            if got != D.fromisoformat(iso):
                raise SystemExit(f"row {i}: rel '{expr}' from {today} = {got}, spec says {iso}\n{r['q']}")
        for iso, name in r.get("dows", []):
            if DOW[D.fromisoformat(iso).weekday()] != name[:3].title():
                raise SystemExit(f"row {i}: {iso} is {DOW[D.fromisoformat(iso).weekday()]}, q says {name}\n{r['q']}")
        if kind == "none":
            due, count = None, r["why_none"]
            phrases = r["phrases"]
        elif kind == "choice":
            dues, counts, phrases = [], [], []
            for rid, start in r["opts"]:
                method, n, ph, label = rules[rid]
                d, c = compute(method, n, D.fromisoformat(start))
                dues.append(d)
                counts.append(f"{label}: {c}")
                phrases.append(ph)
            due = min(dues)
            count = " | ".join(counts) + f" | earlier = {due.isoformat()}"
        else:
            method, n, ph, label = rules[r["rule"]]
            due, c = compute(method, n, D.fromisoformat(r["start"]))
            count = f"{label}: {c}"
            phrases = [ph] + r.get("extra_phrases", [])
        row = {
            "q": r["q"],
            "today": r["today"],
            "due": due.isoformat() if due else None,
            "expect_any": phrases,
            "count": count,
            "voice": r["voice"],
            "kind": kind,
        }
        if r.get("ambiguous"):
            row["ambiguous"] = r["ambiguous"]
        # sanity: the event should not be after 'today' unless question is forward-looking
        out.append(row)
    return out


def selfcheck_holidays():
    """Independent check of the typed list: Easter by the anonymous Gregorian algorithm
    plus fixed/first/last-Monday rules with substitute days."""
    calc = set()
    for y in range(2024, 2029):
        a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4
        f = (b + 8) // 25; g = (b - f + 1) // 3; h = (19 * a + b - d - g + f + 15) % 30
        i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * l) // 451
        month = (h + l - 7 * m + 114) // 31; day = ((h + l - 7 * m + 114) % 31) + 1
        easter = D(y, month, day)
        calc |= {easter - dt.timedelta(days=2), easter + dt.timedelta(days=1)}
        ny = D(y, 1, 1)
        while ny.weekday() >= 5:
            ny += dt.timedelta(days=1)
        calc.add(ny)
        fm = D(y, 5, 1)
        while fm.weekday() != 0:
            fm += dt.timedelta(days=1)
        calc.add(fm)
        for mo in (5, 8):
            lm = D(y, mo, 31)
            while lm.weekday() != 0:
                lm -= dt.timedelta(days=1)
            calc.add(lm)
        xmas, boxing = D(y, 12, 25), D(y, 12, 26)
        taken = set()
        for day in (xmas, boxing):
            d2 = day
            while d2.weekday() >= 5 or d2 in taken:
                d2 += dt.timedelta(days=1)
            taken.add(d2)
        calc |= taken
    assert calc == BANK_HOLIDAYS, (sorted(calc ^ BANK_HOLIDAYS))


if __name__ == "__main__":
    selfcheck_holidays()
    sys.path.insert(0, HERE)
    from rows import RULES, ROWS
    out = build(ROWS, RULES)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows")
