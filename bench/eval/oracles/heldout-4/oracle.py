#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (set-heldout-4).

Standard library only. Computes every `due` and `count` from the structured
row descriptions in rows.py, writes questions.jsonl, and runs the checks:
  * every line parses as JSON
  * every expect_any phrase is >= 6 words and found verbatim in the source
  * relative-date words in rows agree with `today`
  * counts of kinds and voices

Usage:  python3 oracle.py          (writes questions.jsonl next to this file)
        python3 oracle.py --check  (only re-checks the existing questions.jsonl)
"""
import datetime as dt
import json
import os
import sys
sys.dont_write_bytecode = True
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"
OUT = os.path.join(HERE, "questions.jsonl")

D = dt.date
# ---------------------------------------------------------------------------
# England and Wales bank holidays 2024-2028, typed by hand.
# Substitute days where the fixed day falls on a weekend.
BANK_HOLIDAYS = {
    # 2024  (Easter Sunday 31 March)
    D(2024, 1, 1): "New Year's Day",
    D(2024, 3, 29): "Good Friday",
    D(2024, 4, 1): "Easter Monday",
    D(2024, 5, 6): "Early May bank holiday",
    D(2024, 5, 27): "Spring bank holiday",
    D(2024, 8, 26): "Summer bank holiday",
    D(2024, 12, 25): "Christmas Day",
    D(2024, 12, 26): "Boxing Day",
    # 2025  (Easter Sunday 20 April)
    D(2025, 1, 1): "New Year's Day",
    D(2025, 4, 18): "Good Friday",
    D(2025, 4, 21): "Easter Monday",
    D(2025, 5, 5): "Early May bank holiday",
    D(2025, 5, 26): "Spring bank holiday",
    D(2025, 8, 25): "Summer bank holiday",
    D(2025, 12, 25): "Christmas Day",
    D(2025, 12, 26): "Boxing Day",
    # 2026  (Easter Sunday 5 April; Boxing Day is a Saturday)
    D(2026, 1, 1): "New Year's Day",
    D(2026, 4, 3): "Good Friday",
    D(2026, 4, 6): "Easter Monday",
    D(2026, 5, 4): "Early May bank holiday",
    D(2026, 5, 25): "Spring bank holiday",
    D(2026, 8, 31): "Summer bank holiday",
    D(2026, 12, 25): "Christmas Day",
    D(2026, 12, 28): "Boxing Day (substitute day)",
    # 2027  (Easter Sunday 28 March; Christmas Sat, Boxing Day Sun)
    D(2027, 1, 1): "New Year's Day",
    D(2027, 3, 26): "Good Friday",
    D(2027, 3, 29): "Easter Monday",
    D(2027, 5, 3): "Early May bank holiday",
    D(2027, 5, 31): "Spring bank holiday",
    D(2027, 8, 30): "Summer bank holiday",
    D(2027, 12, 27): "Christmas Day (substitute day)",
    D(2027, 12, 28): "Boxing Day (substitute day)",
    # 2028  (Easter Sunday 16 April; 1 January is a Saturday)
    D(2028, 1, 3): "New Year's Day (substitute day)",
    D(2028, 4, 14): "Good Friday",
    D(2028, 4, 17): "Easter Monday",
    D(2028, 5, 1): "Early May bank holiday",
    D(2028, 5, 29): "Spring bank holiday",
    D(2028, 8, 28): "Summer bank holiday",
    D(2028, 12, 25): "Christmas Day",
    D(2028, 12, 26): "Boxing Day",
}

DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def P(s):
    return dt.date.fromisoformat(s)


def fmt(d):
    return "%s (%s)" % (d.isoformat(), DAYNAMES[d.weekday()])


def is_working(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def day_note(d):
    """Note if a calendar-day due date lands on a weekend or bank holiday."""
    if d in BANK_HOLIDAYS:
        return "; falls on a bank holiday (%s), not moved" % BANK_HOLIDAYS[d]
    if d.weekday() >= 5:
        return "; falls on a %s, not moved" % ("Saturday" if d.weekday() == 5 else "Sunday")
    return ""


def start_note(d):
    if d in BANK_HOLIDAYS:
        return " [start day is a bank holiday (%s); 1st working day is the next working day]" % BANK_HOLIDAYS[d]
    if d.weekday() >= 5:
        return " [start day is a weekend; 1st working day is the next working day]"
    return ""


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28,
            31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    clamped = d.day > last
    return D(y, m, min(d.day, last)), clamped


# --- operations: each returns (due_date, count_text) ----------------------

def op_wd(start, n):
    s = P(start)
    d = s
    k = 0
    skipped = []
    while k < n:
        d += dt.timedelta(days=1)
        if d in BANK_HOLIDAYS and d.weekday() < 5:
            skipped.append(d)
        if is_working(d):
            k += 1
    txt = "%d working day%s after %s -> %s%s" % (n, "" if n == 1 else "s", fmt(s), fmt(d), start_note(s))
    if skipped:
        txt += "; skips bank holidays " + ", ".join(x.isoformat() for x in skipped)
    else:
        txt += "; no bank holidays in between"
    return d, txt


def op_wdb(meeting, n):
    s = P(meeting)
    d = s
    k = 0
    skipped = []
    while k < n:
        d -= dt.timedelta(days=1)
        if d in BANK_HOLIDAYS and d.weekday() < 5:
            skipped.append(d)
        if is_working(d):
            k += 1
    txt = "%d working days before %s -> %s" % (n, fmt(s), fmt(d))
    if skipped:
        txt += "; skips bank holidays " + ", ".join(x.isoformat() for x in sorted(skipped))
    else:
        txt += "; no bank holidays in between"
    return d, txt


def op_d(start, n):
    s = P(start)
    d = s + dt.timedelta(days=n)
    return d, "%d calendar days after %s -> %s%s" % (n, fmt(s), fmt(d), day_note(d))


def op_db(meeting, n):
    s = P(meeting)
    d = s - dt.timedelta(days=n)
    return d, "%d calendar days before %s -> %s%s" % (n, fmt(s), fmt(d), day_note(d))


def op_w(start, n):
    s = P(start)
    d = s + dt.timedelta(days=7 * n)
    return d, "%d week%s (%d days) after %s -> %s%s" % (n, "" if n == 1 else "s", 7 * n, fmt(s), fmt(d), day_note(d))


def op_m(start, n):
    s = P(start)
    d, clamped = add_months(s, n)
    txt = "%d months after %s -> %s" % (n, fmt(s), fmt(d))
    if clamped:
        txt += " (day %d does not exist in that month, so last day of the month)" % s.day
    return d, txt + day_note(d)


def op_same(start):
    s = P(start)
    return s, "same day as %s -> %s" % (fmt(s), fmt(s))


def op_age(dob, years, months=0):
    b = P(dob)
    if months == 0:
        y = b.year + years
        if b.month == 2 and b.day == 29:
            leap = (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0))
            d = D(y, 2, 29) if leap else D(y, 3, 1)
            txt = "%dth birthday of DOB %s -> %s" % (years, b.isoformat(), fmt(d))
            if not leap:
                txt += " (29 Feb birthday; %d is not a leap year, so 1 March)" % y
            return d, txt
        d = D(y, b.month, b.day)
        return d, "%dth birthday of DOB %s -> %s" % (years, b.isoformat(), fmt(d))
    total = years * 12 + months
    d, clamped = add_months(b, total)
    txt = "age %d years %d months from DOB %s = DOB + %d months -> %s" % (years, months, b.isoformat(), total, fmt(d))
    if clamped:
        txt += " (day %d does not exist in that month, so last day of the month)" % b.day
    if b.month == 2 and b.day == 29:
        txt += " (29 Feb DOB; counted as DOB + %d months, the target month has a 29th)" % total
    return d, txt


OPS = {"wd": op_wd, "wdb": op_wdb, "d": op_d, "db": op_db, "w": op_w, "m": op_m,
       "same": op_same, "age": op_age}


def run_op(op):
    name, *args = op
    return OPS[name](*args)


# ---------------------------------------------------------------------------
# relative-date checks

WEEKDAYS = {n: i for i, n in enumerate(["monday", "tuesday", "wednesday", "thursday",
                                        "friday", "saturday", "sunday"])}


def rel_date(today, word):
    t = P(today)
    w = word.lower()
    if w in ("today", "this morning", "this afternoon"):
        return t
    if w == "yesterday":
        return t - dt.timedelta(days=1)
    if w == "tomorrow":
        return t + dt.timedelta(days=1)
    if w.startswith("past ") or w.startswith("last "):
        target = WEEKDAYS[w.split()[1]]
        d = t - dt.timedelta(days=1)
        while d.weekday() != target:
            d -= dt.timedelta(days=1)
        return d
    if w.startswith("next "):
        target = WEEKDAYS[w.split()[1]]
        d = t + dt.timedelta(days=1)
        while d.weekday() != target:
            d += dt.timedelta(days=1)
        return d
    raise ValueError(word)


# ---------------------------------------------------------------------------
# Self-test of the typed bank holiday list against the rules (Easter by the
# anonymous Gregorian algorithm, first/last Mondays, weekend substitutes).

def _easter(y):
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
    day = ((h + l - 7 * m + 114) % 31) + 1
    return D(y, month, day)


def _rule_holidays(y):
    out = set()
    nyd = D(y, 1, 1)
    while nyd.weekday() >= 5:
        nyd += dt.timedelta(days=1)
    out.add(nyd)
    e = _easter(y)
    out.add(e - dt.timedelta(days=2))
    out.add(e + dt.timedelta(days=1))
    d = D(y, 5, 1)
    while d.weekday() != 0:
        d += dt.timedelta(days=1)
    out.add(d)
    for month in (5, 8):
        d = D(y, month, 31)
        while d.weekday() != 0:
            d -= dt.timedelta(days=1)
        out.add(d)
    xmas, boxing = D(y, 12, 25), D(y, 12, 26)
    taken = set()
    for fixed in (xmas, boxing):
        d = fixed
        while d.weekday() >= 5 or d in taken:
            d += dt.timedelta(days=1)
        taken.add(d)
    out |= taken
    return out


def selftest_bank_holidays():
    rule = set()
    for y in range(2024, 2029):
        rule |= _rule_holidays(y)
    typed = set(BANK_HOLIDAYS)
    if rule != typed:
        raise SystemExit("bank holiday list mismatch: typed-only %s, rule-only %s"
                         % (sorted(typed - rule), sorted(rule - typed)))
    for d in typed:
        if d.weekday() >= 5:
            raise SystemExit("bank holiday on a weekend: %s" % d)


# ---------------------------------------------------------------------------

def build(rows):
    out = []
    problems = []
    for i, r in enumerate(rows, 1):
        row = {"q": r["q"], "today": r["today"]}
        kind = r["kind"]
        if kind == "none":
            row["due"] = None
            row["expect_any"] = list(r["p"])
            row["count"] = "no timescale: " + r["why"]
        elif kind == "choice":
            parts = []
            dues = []
            phrases = []
            for label, op, ph in r["ops"]:
                d, txt = run_op(op)
                dues.append(d)
                parts.append("%s: %s" % (label, txt))
                phrases.extend(ph)
            due = min(dues)
            row["due"] = due.isoformat()
            row["expect_any"] = phrases
            row["count"] = " | ".join(parts) + " | due = earlier one, " + due.isoformat()
        else:
            d, txt = run_op(r["op"])
            row["due"] = d.isoformat()
            row["expect_any"] = list(r["p"])
            if r.get("held"):
                h = P(r["held"])
                verdict = "in timescale" if h <= d else "OUT of timescale"
                txt += "; actual %s -> %s" % (fmt(h), verdict)
            row["count"] = txt
        row["voice"] = r["voice"]
        row["kind"] = kind
        if r.get("amb"):
            row["ambiguous"] = r["amb"]
        for word, iso in r.get("rel", []):
            got = rel_date(r["today"], word)
            if got.isoformat() != iso:
                problems.append("row %d: '%s' from today %s is %s, not %s" % (i, word, r["today"], got, iso))
        out.append(row)
    return out, problems


def check_file(path):
    src = open(SOURCE, encoding="utf-8").read()
    problems = []
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                row = json.loads(line)
            except Exception as e:  # noqa
                problems.append("line %d does not parse: %s" % (n, e))
                continue
            rows.append(row)
            for key in ("q", "today", "due", "expect_any", "count", "voice", "kind"):
                if key not in row:
                    problems.append("line %d missing %s" % (n, key))
            P(row["today"])
            if row["kind"] == "none":
                if row["due"] is not None:
                    problems.append("line %d: none row with due" % n)
            else:
                P(row["due"])
            if not row["expect_any"]:
                problems.append("line %d: empty expect_any" % n)
            for ph in row["expect_any"]:
                if len(ph.split()) < 6:
                    problems.append("line %d: phrase under 6 words: %r" % (n, ph))
                if ph not in src:
                    problems.append("line %d: phrase not in source: %r" % (n, ph))
            if row["voice"] not in ("duty", "typos", "scenario", "indirect", "newstarter", "manager"):
                problems.append("line %d: bad voice" % n)
            if row["kind"] not in ("date", "visits", "age", "choice", "none"):
                problems.append("line %d: bad kind" % n)
    qs = Counter(r["q"] for r in rows)
    for q, c in qs.items():
        if c > 1:
            problems.append("duplicate q: %r" % q)
    return rows, problems


def main():
    selftest_bank_holidays()
    if "--check" not in sys.argv:
        sys.path.insert(0, HERE)
        from rows import ROWS
        out, problems = build(ROWS)
        if problems:
            print("\n".join(problems))
            sys.exit(1)
        with open(OUT, "w", encoding="utf-8") as f:
            for row in out:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        # every due must equal what the oracle recomputes (trivially true here,
        # but re-run to guard against hand edits of questions.jsonl)
    rows, problems = check_file(OUT)
    sys.path.insert(0, HERE)
    from rows import ROWS
    again, _ = build(ROWS)
    if [r["due"] for r in again] != [r["due"] for r in rows]:
        problems.append("questions.jsonl dues differ from oracle output")
    years = Counter(r["today"][:4] for r in rows)
    print("rows:", len(rows))
    print("kinds:", dict(Counter(r["kind"] for r in rows)))
    print("voices:", dict(Counter(r["voice"] for r in rows)))
    print("today years:", dict(years))
    print("ambiguous:", sum(1 for r in rows if r.get("ambiguous")))
    if problems:
        print("PROBLEMS:")
        print("\n".join(problems))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
