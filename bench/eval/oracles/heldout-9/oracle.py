#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (round 9).

Standard library only. Computes every `due` and `count` from the structured
row descriptions in rows.py, checks them, and writes questions.jsonl.

Usage:  python3 oracle.py          (build + check)
        python3 oracle.py --check  (check an existing questions.jsonl only)
"""
import datetime as dt
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"
OUT = os.path.join(HERE, "questions.jsonl")

D = dt.date
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

# England and Wales bank holidays 2024-2028, typed by hand (substitute days
# applied where the holiday falls on a weekend).
BANK_HOLIDAYS = {
    # 2024
    D(2024, 1, 1): "New Year's Day",
    D(2024, 3, 29): "Good Friday",
    D(2024, 4, 1): "Easter Monday",
    D(2024, 5, 6): "Early May bank holiday",
    D(2024, 5, 27): "Spring bank holiday",
    D(2024, 8, 26): "Summer bank holiday",
    D(2024, 12, 25): "Christmas Day",
    D(2024, 12, 26): "Boxing Day",
    # 2025
    D(2025, 1, 1): "New Year's Day",
    D(2025, 4, 18): "Good Friday",
    D(2025, 4, 21): "Easter Monday",
    D(2025, 5, 5): "Early May bank holiday",
    D(2025, 5, 26): "Spring bank holiday",
    D(2025, 8, 25): "Summer bank holiday",
    D(2025, 12, 25): "Christmas Day",
    D(2025, 12, 26): "Boxing Day",
    # 2026
    D(2026, 1, 1): "New Year's Day",
    D(2026, 4, 3): "Good Friday",
    D(2026, 4, 6): "Easter Monday",
    D(2026, 5, 4): "Early May bank holiday",
    D(2026, 5, 25): "Spring bank holiday",
    D(2026, 8, 31): "Summer bank holiday",
    D(2026, 12, 25): "Christmas Day",
    D(2026, 12, 28): "Boxing Day (substitute day)",
    # 2027
    D(2027, 1, 1): "New Year's Day",
    D(2027, 3, 26): "Good Friday",
    D(2027, 3, 29): "Easter Monday",
    D(2027, 5, 3): "Early May bank holiday",
    D(2027, 5, 31): "Spring bank holiday",
    D(2027, 8, 30): "Summer bank holiday",
    D(2027, 12, 27): "Christmas Day (substitute day)",
    D(2027, 12, 28): "Boxing Day (substitute day)",
    # 2028
    D(2028, 1, 3): "New Year's Day (substitute day)",
    D(2028, 4, 14): "Good Friday",
    D(2028, 4, 17): "Easter Monday",
    D(2028, 5, 1): "Early May bank holiday",
    D(2028, 5, 29): "Spring bank holiday",
    D(2028, 8, 28): "Summer bank holiday",
    D(2028, 12, 25): "Christmas Day",
    D(2028, 12, 26): "Boxing Day",
}


def _easter(y):
    """Anonymous Gregorian algorithm; used only to cross-check the typed list."""
    a = y % 19
    b, c = divmod(y, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return D(y, month, day)


def _selfcheck_holidays():
    for y in range(2024, 2029):
        hs = sorted(h for h in BANK_HOLIDAYS if h.year == y)
        assert len(hs) == 8, (y, hs)
        assert all(h.weekday() < 5 for h in hs), y
        e = _easter(y)
        assert e - dt.timedelta(days=2) in BANK_HOLIDAYS, y
        assert e + dt.timedelta(days=1) in BANK_HOLIDAYS, y
        may_mondays = [D(y, 5, x) for x in range(1, 32) if D(y, 5, x).weekday() == 0]
        assert may_mondays[0] in BANK_HOLIDAYS and may_mondays[-1] in BANK_HOLIDAYS, y
        aug_mondays = [D(y, 8, x) for x in range(1, 32) if D(y, 8, x).weekday() == 0]
        assert aug_mondays[-1] in BANK_HOLIDAYS, y


_selfcheck_holidays()


def iso(d):
    return d.isoformat()


def lab(d):
    return "%s (%s)" % (d.isoformat(), WD[d.weekday()])


def parse(s):
    return dt.date.fromisoformat(s)


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def _skipped(lo, hi):
    """Bank holidays on weekdays strictly between lo and hi (inclusive of hi)."""
    out = []
    d = lo + dt.timedelta(days=1)
    while d <= hi:
        if d in BANK_HOLIDAYS:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def wd_after(start, n):
    d = start
    k = 0
    while k < n:
        d += dt.timedelta(days=1)
        if is_wd(d):
            k += 1
    note = "%d working day%s after %s -> %s" % (n, "" if n == 1 else "s", lab(start), lab(d))
    if not is_wd(start):
        note += "; start is not a working day, counted from the next working day"
    sk = _skipped(start, d)
    if sk:
        note += "; skips bank holiday%s %s" % ("" if len(sk) == 1 else "s", ", ".join(iso(x) for x in sk))
    return d, note


def wd_before(end, n):
    d = end
    k = 0
    while k < n:
        d -= dt.timedelta(days=1)
        if is_wd(d):
            k += 1
    note = "%d working day%s before %s -> %s" % (n, "" if n == 1 else "s", lab(end), lab(d))
    sk = _skipped(d - dt.timedelta(days=0), end - dt.timedelta(days=1))
    sk = [x for x in sk if x > d]
    if sk:
        note += "; skips bank holiday%s %s" % ("" if len(sk) == 1 else "s", ", ".join(iso(x) for x in sk))
    return d, note


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = (D(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return D(y, m, min(d.day, last)), d.day > last


def compute(calc):
    kind = calc[0]
    if kind == "wd":
        return wd_after(parse(calc[1]), calc[2])
    if kind == "wdb":
        return wd_before(parse(calc[1]), calc[2])
    if kind == "d":
        s = parse(calc[1])
        r = s + dt.timedelta(days=calc[2])
        return r, "%d calendar days after %s -> %s" % (calc[2], lab(s), lab(r))
    if kind == "db":
        s = parse(calc[1])
        r = s - dt.timedelta(days=calc[2])
        return r, "%d calendar days before %s -> %s" % (calc[2], lab(s), lab(r))
    if kind == "w":
        s = parse(calc[1])
        r = s + dt.timedelta(days=7 * calc[2])
        return r, "%d weeks (%d days) after %s -> %s" % (calc[2], 7 * calc[2], lab(s), lab(r))
    if kind == "m":
        s = parse(calc[1])
        r, clamped = add_months(s, calc[2])
        note = "%d months after %s -> %s" % (calc[2], lab(s), lab(r))
        if clamped:
            note += "; no day %d in that month, so last day of month" % s.day
        return r, note
    if kind == "same":
        s = parse(calc[1])
        return s, "same day as %s" % lab(s)
    if kind == "age":
        dob = parse(calc[1])
        years, months = calc[2], (calc[3] if len(calc) > 3 else 0)
        total = years * 12 + months
        y, m = divmod(dob.month - 1 + total, 12)
        y += dob.year
        m += 1
        what = "%d years" % years + (" %d months" % months if months else "")
        if dob.month == 2 and dob.day == 29 and m == 2:
            try:
                r = D(y, 2, 29)
                note = "born %s, %s old on %s (leap year, 29 Feb exists)" % (iso(dob), what, lab(r))
            except ValueError:
                r = D(y, 3, 1)
                note = "born %s (29 Feb), %s old on %s: non-leap year, birthday taken as 1 March" % (iso(dob), what, lab(r))
            return r, note
        last = (D(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day
        if dob.day > last:
            # e.g. 31 Aug + 6 months: no 31 Feb -> follow the months convention (last day of month)
            r = D(y, m, last)
            return r, "born %s, %s old on %s (no day %d in that month, last day of month)" % (iso(dob), what, lab(r), dob.day)
        r = D(y, m, dob.day)
        return r, "born %s, %s old on %s" % (iso(dob), what, lab(r))
    if kind == "choice":
        a, na = compute(calc[1])
        b, nb = compute(calc[2])
        la, lb = calc[3], calc[4]
        first = min(a, b)
        return first, "option A (%s): %s | option B (%s): %s | due = earlier = %s" % (la, na, lb, nb, iso(first))
    raise ValueError(calc)


# ---- relative date checks --------------------------------------------------
DAYS = {n: i for i, n in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}


def resolve_rel(expr, today):
    e = expr.lower().strip()
    if e == "today":
        return today
    if e == "yesterday":
        return today - dt.timedelta(days=1)
    if e == "tomorrow":
        return today + dt.timedelta(days=1)
    if e.startswith("last ") or e.startswith("on ") or e.endswith(" just gone"):
        name = e.replace("last ", "").replace("on ", "").replace(" just gone", "").strip()
        t = DAYS[name]
        d = today - dt.timedelta(days=1)
        while d.weekday() != t:
            d -= dt.timedelta(days=1)
        return d
    if e.startswith("this ") or e.startswith("coming "):
        name = e.split()[1]
        t = DAYS[name]
        d = today + dt.timedelta(days=1)
        while d.weekday() != t:
            d += dt.timedelta(days=1)
        return d
    if e.startswith("the "):  # "the 3rd" = most recent 3rd on or before today
        n = int("".join(ch for ch in e if ch.isdigit()))
        d = today
        while d.day != n:
            d -= dt.timedelta(days=1)
        return d
    raise ValueError(expr)


VOICES = {"duty", "typos", "scenario", "indirect", "newstarter", "manager"}
KINDS = {"date", "visits", "age", "choice", "none"}


def build():
    sys.path.insert(0, HERE)
    from rows import ROWS  # noqa
    src = open(SOURCE, encoding="utf-8").read()
    out = []
    errors = []
    for i, r in enumerate(ROWS, 1):
        today = parse(r["today"])
        if r.get("calc"):
            due, count = compute(r["calc"])
            due = iso(due)
        else:
            due, count = None, "no timescale in the standards for this; answer should say so"
        for expr, want in r.get("rel", []):
            got = resolve_rel(expr, today)
            if iso(got) != want:
                errors.append("row %d: '%s' from %s is %s not %s" % (i, expr, r["today"], iso(got), want))
        for ds, wname in r.get("wk", {}).items():
            if WD[parse(ds).weekday()] != wname:
                errors.append("row %d: %s is %s not %s" % (i, ds, WD[parse(ds).weekday()], wname))
        row = {"q": r["q"], "today": r["today"], "due": due, "expect_any": r["ph"],
               "count": count, "voice": r["voice"], "kind": r["kind"]}
        if r.get("amb"):
            row["ambiguous"] = r["amb"]
        out.append(row)
    with open(OUT, "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return errors


def check():
    src = open(SOURCE, encoding="utf-8").read()
    errs = []
    rows = []
    with open(OUT, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa
                errs.append("line %d does not parse: %s" % (n, e))
    qs = Counter()
    for n, r in enumerate(rows, 1):
        for key in ("q", "today", "due", "expect_any", "count", "voice", "kind"):
            if key not in r:
                errs.append("line %d missing %s" % (n, key))
        if r["voice"] not in VOICES:
            errs.append("line %d bad voice" % n)
        if r["kind"] not in KINDS:
            errs.append("line %d bad kind" % n)
        if (r["due"] is None) != (r["kind"] == "none"):
            errs.append("line %d due/none mismatch" % n)
        if not r["expect_any"] and r["kind"] != "none":
            errs.append("line %d no expect_any" % n)
        if r["kind"] == "choice" and len(r["expect_any"]) < 2:
            errs.append("line %d choice needs 2 phrases" % n)
        for p in r["expect_any"]:
            if len(p.split()) < 6:
                errs.append("line %d phrase too short: %r" % (n, p))
            if p not in src:
                errs.append("line %d phrase not verbatim in source: %r" % (n, p))
        parse(r["today"])
        if r["due"]:
            parse(r["due"])
        qs[r["q"]] += 1
    for q, c in qs.items():
        if c > 1:
            errs.append("duplicate q: %r" % q)
    print("rows:", len(rows))
    print("kinds:", dict(Counter(r["kind"] for r in rows)))
    print("voices:", dict(Counter(r["voice"] for r in rows)))
    print("ambiguous:", sum(1 for r in rows if r.get("ambiguous")))
    years = Counter(r["today"][:4] for r in rows)
    print("today years:", dict(years))
    return errs


if __name__ == "__main__":
    errors = [] if "--check" in sys.argv else build()
    errors += check()
    for e in errors:
        print("ERROR:", e)
    sys.exit(1 if errors else 0)
