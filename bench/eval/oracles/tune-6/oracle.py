#!/usr/bin/env python3
"""Oracle for the frozen deadline question set (set-tune-6).

Standard library only (datetime). Reads the structured row descriptions in
specs.py, computes every `due` and `count`, writes questions.jsonl and runs
the checks asked for in the brief.

Usage: python3 oracle.py            (build + check)
       python3 oracle.py --check    (check existing questions.jsonl only)
"""
import datetime as dt
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"
OUT = os.path.join(HERE, "questions.jsonl")

D = dt.date
# England and Wales bank holidays 2024-2028, typed by hand.
# (sub) = substitute day because the holiday fell on a weekend.
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
    D(2026, 12, 28): "Boxing Day (sub)",
    # 2027
    D(2027, 1, 1): "New Year's Day",
    D(2027, 3, 26): "Good Friday",
    D(2027, 3, 29): "Easter Monday",
    D(2027, 5, 3): "Early May bank holiday",
    D(2027, 5, 31): "Spring bank holiday",
    D(2027, 8, 30): "Summer bank holiday",
    D(2027, 12, 27): "Christmas Day (sub)",
    D(2027, 12, 28): "Boxing Day (sub)",
    # 2028
    D(2028, 1, 3): "New Year's Day (sub)",
    D(2028, 4, 14): "Good Friday",
    D(2028, 4, 17): "Easter Monday",
    D(2028, 5, 1): "Early May bank holiday",
    D(2028, 5, 29): "Spring bank holiday",
    D(2028, 8, 28): "Summer bank holiday",
    D(2028, 12, 25): "Christmas Day",
    D(2028, 12, 26): "Boxing Day",
}

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WEEKDAY_WORDS = {"mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2,
                 "wednesday": 2, "thu": 3, "thur": 3, "thurs": 3, "thursday": 3,
                 "fri": 4, "friday": 4, "sat": 5, "saturday": 5, "sun": 6, "sunday": 6}


def self_check_holidays():
    """Cross-check the typed list against the rules (Easter by the anonymous
    Gregorian algorithm, first/last Mondays, substitute days)."""
    def easter(y):
        a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4
        f = (b + 8) // 25; g = (b - f + 1) // 3; h = (19 * a + b - d - g + 15) % 30
        i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * l) // 451
        month = (h + l - 7 * m + 114) // 31; day = (h + l - 7 * m + 114) % 31 + 1
        return D(y, month, day)

    def first_monday(y, mth):
        x = D(y, mth, 1)
        while x.weekday() != 0:
            x += dt.timedelta(1)
        return x

    def last_monday(y, mth):
        x = D(y, mth + 1, 1) - dt.timedelta(1)
        while x.weekday() != 0:
            x -= dt.timedelta(1)
        return x

    expect = set()
    for y in range(2024, 2029):
        nyd = D(y, 1, 1)
        while nyd.weekday() >= 5:
            nyd += dt.timedelta(1)
        expect.add(nyd)
        e = easter(y)
        expect |= {e - dt.timedelta(2), e + dt.timedelta(1), first_monday(y, 5),
                   last_monday(y, 5), last_monday(y, 8)}
        xmas, boxing = D(y, 12, 25), D(y, 12, 26)
        taken = set()
        for h in (xmas, boxing):
            x = h
            while x.weekday() >= 5 or x in taken:
                x += dt.timedelta(1)
            taken.add(x)
        expect |= taken
    assert expect == set(BANK_HOLIDAYS), sorted(expect ^ set(BANK_HOLIDAYS))
    for h in BANK_HOLIDAYS:
        assert h.weekday() < 5, h


def iso(d):
    return d.isoformat()


def fmt(d):
    return "%s (%s)" % (d.isoformat(), WD[d.weekday()])


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


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


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = (D(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(1)).day
    return D(y, m, min(d.day, last)), d.day > last


def resolve(s, today):
    """Start dates: ISO string, or a relative phrase read against `today`."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return D.fromisoformat(s)
    s = s.strip().lower()
    if s == "today":
        return today
    if s == "yesterday":
        return today - dt.timedelta(1)
    if s == "tomorrow":
        return today + dt.timedelta(1)
    m = re.fullmatch(r"last (\w+)", s)  # most recent such weekday strictly before today
    if m:
        wd = WEEKDAY_WORDS[m.group(1)]
        d = today - dt.timedelta(1)
        while d.weekday() != wd:
            d -= dt.timedelta(1)
        return d
    m = re.fullmatch(r"next (\w+)", s)  # first such weekday strictly after today
    if m:
        wd = WEEKDAY_WORDS[m.group(1)]
        d = today + dt.timedelta(1)
        while d.weekday() != wd:
            d += dt.timedelta(1)
        return d
    raise ValueError("cannot resolve start %r" % s)


def skip_note(skipped):
    return "; skips bank holidays " + ", ".join(iso(x) for x in skipped) if skipped else ""


def weekend_note(d):
    if d in BANK_HOLIDAYS:
        return " [falls on bank holiday: %s]" % BANK_HOLIDAYS[d]
    if d.weekday() >= 5:
        return " [falls on a weekend]"
    return ""


def start_note(d, rel):
    note = ""
    if rel:
        note += " ('%s')" % rel
    if d in BANK_HOLIDAYS:
        note += " [start is bank holiday: %s]" % BANK_HOLIDAYS[d]
    elif d.weekday() >= 5:
        note += " [start is a weekend]"
    return note


def compute(rule, today):
    """Return (due date, count text)."""
    op = rule[0]
    if op == "choice":
        d1, c1 = compute(rule[1], today)
        d2, c2 = compute(rule[2], today)
        due = min(d1, d2)
        return due, "option A: %s | option B: %s | due = earlier = %s" % (c1, c2, iso(due))
    raw = rule[1]
    rel = None if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw) else raw
    start = resolve(raw, today)
    sn = start_note(start, rel)
    if op == "wd":
        n = rule[2]
        due, sk = wd_after(start, n)
        c = "%d working day%s after %s%s -> %s%s" % (n, "s" if n != 1 else "", fmt(start), sn, fmt(due), skip_note(sk))
    elif op == "wdb":
        n = rule[2]
        due, sk = wd_before(start, n)
        c = "%d working day%s before %s%s -> %s%s" % (n, "s" if n != 1 else "", fmt(start), sn, fmt(due), skip_note(sk))
    elif op == "d":
        n = rule[2]
        due = start + dt.timedelta(n)
        word = "after" if n >= 0 else "before"
        c = "%d calendar days %s %s%s -> %s%s" % (abs(n), word, fmt(start), sn, fmt(due), weekend_note(due))
    elif op == "w":
        n = rule[2]
        due = start + dt.timedelta(7 * n)
        c = "%d week%s (%d days) after %s%s -> %s%s" % (n, "s" if n != 1 else "", 7 * n, fmt(start), sn, fmt(due), weekend_note(due))
    elif op == "m":
        n = rule[2]
        due, clamped = add_months(start, n)
        c = "%d months after %s%s -> %s%s%s" % (n, fmt(start), sn, fmt(due),
                                              " (clamped to end of month)" if clamped else "", weekend_note(due))
    elif op == "same":
        due = start
        c = "same day as %s%s -> %s" % (fmt(start), sn, fmt(due))
    elif op == "age":
        years = rule[2]
        months = rule[3] if len(rule) > 3 and isinstance(rule[3], int) else 0
        if start.month == 2 and start.day == 29 and months == 0:
            y = start.year + years
            leap = (y % 4 == 0 and y % 100 != 0) or y % 400 == 0
            due = D(y, 2, 29) if leap else D(y, 3, 1)
            c = "born %s, turns %d on %s%s" % (iso(start), years, fmt(due),
                                                "" if leap else " (29 Feb birthday; %d is not a leap year so 1 March)" % y)
        else:
            due, clamped = add_months(start, 12 * years + months)
            label = "%d years" % years + (" %d months" % months if months else "")
            c = "born %s, %s old on %s%s" % (iso(start), label, fmt(due), " (clamped to end of month)" if clamped else "")
    else:
        raise ValueError(op)
    if len(rule) > 0 and isinstance(rule[-1], dict) and rule[-1].get("held"):
        held = D.fromisoformat(rule[-1]["held"])
        verdict = "in timescale" if held <= due else "OUT of timescale"
        c += "; actual %s -> %s" % (fmt(held), verdict)
    return due, c


VOICES = ["duty", "typos", "scenario", "indirect", "newstarter", "manager"]
KINDS = ["date", "visits", "age", "choice", "none"]


def build():
    sys.path.insert(0, HERE)
    import specs
    src = open(SOURCE, encoding="utf-8").read()
    rows = []
    for i, s in enumerate(specs.ROWS, 1):
        today = D.fromisoformat(s["today"])
        row = {"q": s["q"], "today": s["today"]}
        if s["kind"] == "none":
            row["due"] = None
            row["count"] = "no timescale set in the standards: " + s["why"]
        else:
            due, c = compute(s["rule"], today)
            row["due"] = iso(due)
            row["count"] = c
        phrases = [specs.P[k] if k in specs.P else k for k in s["p"]]
        row["expect_any"] = phrases
        row["voice"] = s["voice"]
        row["kind"] = s["kind"]
        if s.get("amb"):
            row["ambiguous"] = s["amb"]
        rows.append(row)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


def check():
    src = open(SOURCE, encoding="utf-8").read()
    sys.path.insert(0, HERE)
    import specs
    problems = []
    rows = []
    with open(OUT, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                problems.append("line %d does not parse: %s" % (n, e))
    assert len(rows) == len(specs.ROWS)
    seen_q = set()
    for n, (r, s) in enumerate(zip(rows, specs.ROWS), 1):
        for key in ("q", "today", "due", "expect_any", "count", "voice", "kind"):
            if key not in r:
                problems.append("row %d missing %s" % (n, key))
        if r["q"] in seen_q:
            problems.append("row %d duplicate q" % n)
        seen_q.add(r["q"])
        if r["voice"] not in VOICES:
            problems.append("row %d bad voice" % n)
        if r["kind"] not in KINDS:
            problems.append("row %d bad kind" % n)
        D.fromisoformat(r["today"])
        if not (2025 <= int(r["today"][:4]) <= 2027):
            problems.append("row %d today outside 2025-2027" % n)
        # due re-derived from the oracle
        if r["kind"] == "none":
            if r["due"] is not None:
                problems.append("row %d none with due" % n)
        else:
            due, _ = compute(s["rule"], D.fromisoformat(s["today"]))
            if r["due"] != iso(due):
                problems.append("row %d due mismatch" % n)
        if r["kind"] == "choice":
            if s["rule"][0] != "choice" or len(r["expect_any"]) < 2:
                problems.append("row %d choice needs 2 rules/phrases" % n)
        for ph in r["expect_any"]:
            if len(ph.split()) < 6:
                problems.append("row %d phrase under 6 words: %r" % (n, ph))
            if ph not in src:
                problems.append("row %d phrase not verbatim in source: %r" % (n, ph))
        # relative start dates must be in the past/future sensibly; absolute starts: the day number should appear in q
        rule = s.get("rule")
        if rule and rule[0] != "choice" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", rule[1]):
            day = int(rule[1][8:10])
            if not re.search(r"(?<!\d)0?%d(?!\d)" % day, r["q"]):
                problems.append("row %d: start day %d not visible in q (check)" % (n, day))
        # weekday words in q: warn if none matches the start or today (human review)
        words = set(re.findall(r"[a-z]+", r["q"].lower()))
        named = {WEEKDAY_WORDS[w] for w in words if w in WEEKDAY_WORDS and w not in ("sat", "sun")}
        if rule and rule[0] != "choice" and named:
            st = resolve(rule[1], D.fromisoformat(r["today"]))
            if st.weekday() not in named and D.fromisoformat(r["today"]).weekday() not in named:
                problems.append("row %d: weekday named in q %s matches neither start %s nor today (review)" % (n, sorted(named), fmt(st)))
    kinds = Counter(r["kind"] for r in rows)
    voices = Counter(r["voice"] for r in rows)
    kv = Counter((r["kind"], r["voice"]) for r in rows)
    print("rows:", len(rows))
    print("kinds:", dict(kinds))
    print("voices:", dict(voices))
    print("ambiguous:", sum(1 for r in rows if r.get("ambiguous")))
    for k in KINDS:
        print("  %-7s" % k, {v: kv[(k, v)] for v in VOICES})
    return problems


if __name__ == "__main__":
    self_check_holidays()
    if "--check" not in sys.argv:
        build()
    probs = check()
    for p in probs:
        print("PROBLEM:", p)
    print("problems:", len(probs))
    sys.exit(1 if probs else 0)
