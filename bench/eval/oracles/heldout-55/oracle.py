#!/usr/bin/env python3
"""Independent oracle for the held-out deadline question set.

Standard library only. Bank holidays for England and Wales 2024-2028 are typed by hand
below and cross-checked against a computus (Easter) and weekday rules at start-up.
Run: python3 oracle.py  -> writes questions.jsonl next to this file and runs checks.
"""
import datetime as dt, json, os, re, sys
from rows import ROWS, PHRASES

D = dt.date.fromisoformat
BANK_HOLIDAYS = {D(s) for s in """
2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26
2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26
2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28
2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28
2028-01-03 2028-04-14 2028-04-17 2028-05-01 2028-05-29 2028-08-28 2028-12-25 2028-12-26
""".split()}
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _easter(y):  # anonymous Gregorian algorithm, only used to check the typed list
    a = y % 19; b, c = divmod(y, 100); d, e = divmod(b, 4); f = (b + 8) // 25
    g = (b - f + 1) // 3; h = (19 * a + b - d - g + 15) % 30; i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7; m = (a + 11 * h + 22 * l) // 451
    mo, da = divmod(h + l - 7 * m + 114, 31)
    return dt.date(y, mo, da + 1)


def _selfcheck():
    for y in range(2024, 2029):
        bh = sorted(b for b in BANK_HOLIDAYS if b.year == y)
        assert len(bh) == 8, y
        assert all(b.weekday() < 5 for b in bh), y
        e = _easter(y)
        assert e - dt.timedelta(2) in bh and e + dt.timedelta(1) in bh, y
        mays = [dt.date(y, 5, d) for d in range(1, 32) if dt.date(y, 5, d).weekday() == 0]
        assert mays[0] in bh and mays[-1] in bh, y
        augs = [dt.date(y, 8, d) for d in range(1, 32) if dt.date(y, 8, d).weekday() == 0]
        assert augs[-1] in bh, y


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def fmt(d):
    return f"{d.isoformat()} ({WD[d.weekday()]})"


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year; m += 1
    last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(1)).day
    return dt.date(y, m, min(d.day, last)), d.day > last


def apply(rule, ev):
    """rule: wdN, wdbN, dN, dbN, wN, mN, yN, ageY.M ; returns (due, count-text)."""
    kind, n = re.fullmatch(r"(wdb|wd|db|d|w|m|y|age)([\d.]+)", rule).groups()
    if kind in ("wd", "wdb"):
        n = int(n); step = 1 if kind == "wd" else -1
        d, k, skipped = ev, 0, []
        while k < n:
            d += dt.timedelta(step)
            if d in BANK_HOLIDAYS:
                skipped.append(d.isoformat())
            if is_wd(d):
                k += 1
        word = "after" if step == 1 else "before"
        txt = f"{n} working day{'s' if n > 1 else ''} {word} {fmt(ev)} -> {fmt(d)}"
        if skipped:
            txt += "; skips bank holiday" + ("s " if len(skipped) > 1 else " ") + ", ".join(skipped)
        if not is_wd(ev) and step == 1:
            txt += f"; event day {ev.isoformat()} is not a working day, counted from it"
        return d, txt
    if kind in ("d", "db"):
        n = int(n); d = ev + dt.timedelta(n if kind == "d" else -n)
        if n == 0:
            return d, f"same day as {fmt(ev)} -> {fmt(d)}"
        return d, f"{n} calendar day{'s' if n > 1 else ''} {'after' if kind == 'd' else 'before'} {fmt(ev)} -> {fmt(d)}"
    if kind == "w":
        n = int(n); d = ev + dt.timedelta(7 * n)
        return d, f"{n} week{'s' if n > 1 else ''} ({7 * n} days) after {fmt(ev)} -> {fmt(d)}"
    if kind in ("m", "y"):
        n = int(n); months = n if kind == "m" else 12 * n
        d, clamped = add_months(ev, months)
        unit = f"{n} month{'s' if n > 1 else ''}" if kind == "m" else f"{n} year{'s' if n > 1 else ''}"
        txt = f"{unit} after {fmt(ev)} -> {fmt(d)}"
        if clamped:
            txt += f" (no day {ev.day} in that month, so last day of month)"
        return d, txt
    if kind == "age":
        yrs, mos = (int(x) for x in (n + ".0").split(".")[:2])
        d, clamped = add_months(ev, 12 * yrs + mos)
        label = f"{yrs} years" + (f" {mos} months" if mos else "")
        txt = f"born {fmt(ev)}; turns {label} on {fmt(d)}"
        if clamped and ev.month == 2 and ev.day == 29:
            d = d + dt.timedelta(1)
            txt = f"born {fmt(ev)} (29 Feb); {d.year} is not a leap year so the birthday is taken as 1 March -> turns {label} on {fmt(d)}"
        elif clamped:
            txt += f" (no day {ev.day} in that month, so last day of month)"
        return d, txt
    raise ValueError(rule)


def resolve(ev, today):
    if re.fullmatch(r"-?\d+", ev):  # offset from today in days
        return today + dt.timedelta(int(ev))
    return D(ev)


WEEKDAY_WORDS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
                 "saturday": 5, "sunday": 6}


def build():
    _selfcheck()
    src = open("/work/shared/source/practice-standards.txt", encoding="utf-8").read()
    for k, p in PHRASES.items():
        assert p in src, f"phrase {k} not verbatim in source: {p!r}"
        assert len(p.split()) >= 6, f"phrase {k} shorter than 6 words"
    out, warn = [], []
    for i, r in enumerate(ROWS, 1):
        today = D(r["t"])
        row = {"q": r["q"], "today": today.isoformat()}
        if r["k"] == "none":
            row["due"] = None
            row["count"] = "no timescale set in the standards for this"
        else:
            rules = r["r"].split("|")
            evs = r["ev"].split("|") if "|" in r["ev"] else [r["ev"]] * len(rules)
            res = []
            for rule, ev in zip(rules, evs):
                res.append(apply(rule, resolve(ev, today)))
            due = min(x[0] for x in res)
            row["due"] = due.isoformat()
            if len(res) == 1:
                row["count"] = res[0][1]
            else:
                row["count"] = " OR ".join(f"[{k}] {t}" for k, (_, t) in zip(r["p"], res)) + \
                    f"; earlier = {due.isoformat()}"
            # sanity: weekday names in the question must match the event or today
            evdates = {resolve(e, today) for e in evs}
            for w, wi in WEEKDAY_WORDS.items():
                if re.search(r"\b" + w, r["q"].lower()):
                    if wi not in {d.weekday() for d in evdates} | {today.weekday()} and not r.get("wdok"):
                        warn.append(f"row {i}: mentions {w} but event/today are " +
                                    ", ".join(WD[d.weekday()] for d in evdates | {today}))
        row["expect_any"] = [PHRASES[k] for k in r["p"]]
        row["voice"] = r["v"]
        row["kind"] = r["k"]
        if r.get("amb"):
            row["ambiguous"] = r["amb"]
        out.append(row)
    return out, warn


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    rows, warn = build()
    with open(os.path.join(here, "questions.jsonl"), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    for w in warn:
        print("WARN", w)
    from collections import Counter
    print(len(rows), "rows")
    print(Counter(r["kind"] for r in rows))
    print(Counter(r["voice"] for r in rows))
    if "-v" in sys.argv:
        for i, r in enumerate(rows, 1):
            print(i, r["voice"], r["kind"], r["today"], "|", r["q"], "\n    ->", r["due"], "|", r["count"])
