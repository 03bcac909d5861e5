#!/usr/bin/env python3
"""Oracle for the deadline question set (set-tune-12).

Standard library only. Computes `due` and `count` for every row from a
structured spec, writes questions.jsonl next to this file, and runs checks
(parsing, verbatim phrases in the source, kind/voice counts).

Spec forms (start dates are ISO strings or '@relative' tokens read against `today`):
  ("wd", start, n)      Nth working day strictly after start
  ("wdb", meeting, n)   Nth working day strictly before meeting
  ("d", start, n)       start + n calendar days
  ("db", meeting, n)    meeting - n calendar days
  ("w", start, n)       start + 7n days
  ("m", start, n)       same day n months later (clamped to month end)
  ("age", dob, years, months)  date the person reaches years+months
  ("same", start)       the same day
A row's spec may be a list of specs (kind 'choice'): due = the earliest.
`actual` (optional, manager rows): the date the thing actually happened.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"
OUT = os.path.join(HERE, "questions.jsonl")

# England and Wales bank holidays 2024-2028, typed by hand (substitute days included).
BANK_HOLIDAYS = {
    # 2024
    "2024-01-01": "New Year's Day", "2024-03-29": "Good Friday", "2024-04-01": "Easter Monday",
    "2024-05-06": "Early May bank holiday", "2024-05-27": "Spring bank holiday",
    "2024-08-26": "Summer bank holiday", "2024-12-25": "Christmas Day", "2024-12-26": "Boxing Day",
    # 2025
    "2025-01-01": "New Year's Day", "2025-04-18": "Good Friday", "2025-04-21": "Easter Monday",
    "2025-05-05": "Early May bank holiday", "2025-05-26": "Spring bank holiday",
    "2025-08-25": "Summer bank holiday", "2025-12-25": "Christmas Day", "2025-12-26": "Boxing Day",
    # 2026 (Boxing Day is a Saturday -> substitute Monday 28 Dec)
    "2026-01-01": "New Year's Day", "2026-04-03": "Good Friday", "2026-04-06": "Easter Monday",
    "2026-05-04": "Early May bank holiday", "2026-05-25": "Spring bank holiday",
    "2026-08-31": "Summer bank holiday", "2026-12-25": "Christmas Day",
    "2026-12-28": "Boxing Day (substitute day)",
    # 2027 (Christmas Sat, Boxing Day Sun -> substitutes Mon 27 and Tue 28 Dec)
    "2027-01-01": "New Year's Day", "2027-03-26": "Good Friday", "2027-03-29": "Easter Monday",
    "2027-05-03": "Early May bank holiday", "2027-05-31": "Spring bank holiday",
    "2027-08-30": "Summer bank holiday", "2027-12-27": "Christmas Day (substitute day)",
    "2027-12-28": "Boxing Day (substitute day)",
    # 2028 (New Year's Day is a Saturday -> substitute Monday 3 Jan)
    "2028-01-03": "New Year's Day (substitute day)", "2028-04-14": "Good Friday",
    "2028-04-17": "Easter Monday", "2028-05-01": "Early May bank holiday",
    "2028-05-29": "Spring bank holiday", "2028-08-28": "Summer bank holiday",
    "2028-12-25": "Christmas Day", "2028-12-26": "Boxing Day",
}
BH = {dt.date.fromisoformat(k) for k in BANK_HOLIDAYS}
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def D(s):
    return dt.date.fromisoformat(s)


def fmt(d):
    return "%s (%s)" % (d.isoformat(), DAYS[d.weekday()])


def is_wd(d):
    return d.weekday() < 5 and d not in BH


def self_test_holidays():
    """Cross-check the typed list against rules (Easter computed)."""
    def easter(y):
        a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4
        f = (b + 8) // 25; g = (b - f + 1) // 3; h = (19 * a + b - d - g + 15) % 30
        i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * l) // 451
        month = (h + l - 7 * m + 114) // 31; day = ((h + l - 7 * m + 114) % 31) + 1
        return dt.date(y, month, day)

    def first_mon(y, mo):
        d = dt.date(y, mo, 1)
        return d + dt.timedelta((0 - d.weekday()) % 7)

    def last_mon(y, mo):
        d = dt.date(y, mo + 1, 1) - dt.timedelta(1)
        return d - dt.timedelta(d.weekday())

    rule = set()
    for y in range(2024, 2029):
        nyd = dt.date(y, 1, 1)
        rule.add(nyd + dt.timedelta({5: 2, 6: 1}.get(nyd.weekday(), 0)))
        e = easter(y)
        rule |= {e - dt.timedelta(2), e + dt.timedelta(1), first_mon(y, 5), last_mon(y, 5), last_mon(y, 8)}
        xmas, boxing = dt.date(y, 12, 25), dt.date(y, 12, 26)
        taken = set()
        for day in (xmas, boxing):
            cand = day
            while cand.weekday() >= 5 or cand in taken:
                cand += dt.timedelta(1)
            taken.add(cand)
        rule |= taken
    assert rule == BH, (sorted(rule ^ BH))


def resolve(token, today):
    """Start dates: ISO string, or '@...' relative to today."""
    if not token.startswith("@"):
        return D(token), None
    t = token[1:].strip().lower()
    if t == "today":
        d = today
    elif t == "yesterday":
        d = today - dt.timedelta(1)
    elif t == "tomorrow":
        d = today + dt.timedelta(1)
    elif t.startswith("last ") or t.startswith("on "):
        wd = [x.lower() for x in DAYS].index(t.split()[1][:3])
        d = today - dt.timedelta(1)
        while d.weekday() != wd:
            d -= dt.timedelta(1)
    elif t.startswith("next "):
        wd = [x.lower() for x in DAYS].index(t.split()[1][:3])
        d = today + dt.timedelta(1)
        while d.weekday() != wd:
            d += dt.timedelta(1)
    elif t.startswith("the "):  # 'the 3rd' -> most recent such day on or before today
        n = int(re.match(r"the (\d+)", t).group(1))
        y, m = today.year, today.month
        if n > today.day:
            m -= 1
            if m == 0:
                y, m = y - 1, 12
        d = dt.date(y, m, n)
    elif t.endswith("days ago"):
        d = today - dt.timedelta(int(t.split()[0]))
    else:
        raise ValueError(token)
    return d, "'%s' read against today %s = %s" % (token[1:], fmt(today), fmt(d))


def add_months(d, n, feb29_rule=False):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(1)).day
    if d.day <= last:
        return dt.date(y, m, d.day), None
    if feb29_rule and d.month == 2 and d.day == 29:
        return dt.date(y, 3, 1), "29 Feb birthday: taken as 1 March in a non-leap year"
    return dt.date(y, m, last), "no %d %s in %d: month end %s" % (
        d.day, dt.date(y, m, 1).strftime("%B"), y, dt.date(y, m, last).isoformat())


def bh_between(a, b):
    lo, hi = min(a, b), max(a, b)
    return [x for x in sorted(BH) if lo < x <= hi or (lo <= x < hi and b < a)]


def compute(spec, today):
    kind = spec[0]
    start, relnote = resolve(spec[1], today)
    notes = [relnote] if relnote else []
    if kind == "wd":
        n = spec[2]
        d, c = start, 0
        while c < n:
            d += dt.timedelta(1)
            if is_wd(d):
                c += 1
        skipped = [x for x in sorted(BH) if start < x < d and x.weekday() < 5]
        if not is_wd(start):
            notes.append("start day is a %s, counting from it" % (
                "bank holiday" if start in BH else "weekend day"))
        s = "%d working day%s after %s -> %s" % (n, "" if n == 1 else "s", fmt(start), fmt(d))
        if skipped:
            s += "; skips bank holidays " + ", ".join(x.isoformat() for x in skipped)
    elif kind == "wdb":
        n = spec[2]
        d, c = start, 0
        while c < n:
            d -= dt.timedelta(1)
            if is_wd(d):
                c += 1
        skipped = [x for x in sorted(BH) if d < x < start and x.weekday() < 5]
        s = "%d working day%s before %s -> %s" % (n, "" if n == 1 else "s", fmt(start), fmt(d))
        if skipped:
            s += "; skips bank holidays " + ", ".join(x.isoformat() for x in skipped)
    elif kind in ("d", "db"):
        n = spec[2]
        d = start + dt.timedelta(n if kind == "d" else -n)
        s = "%d days %s %s -> %s" % (n, "after" if kind == "d" else "before", fmt(start), fmt(d))
    elif kind == "w":
        n = spec[2]
        d = start + dt.timedelta(7 * n)
        s = "%d week%s (%d days) after %s -> %s" % (n, "" if n == 1 else "s", 7 * n, fmt(start), fmt(d))
    elif kind == "m":
        n = spec[2]
        d, note = add_months(start, n)
        if note:
            notes.append(note)
        s = "%d months after %s -> %s" % (n, fmt(start), fmt(d))
    elif kind == "age":
        years, months = spec[2], spec[3]
        d, note = add_months(start, 12 * years + months, feb29_rule=True)
        if note:
            notes.append(note)
        s = "age %d%s: born %s -> %s" % (
            years, (" years %d months" % months) if months else "", fmt(start), fmt(d))
    elif kind == "same":
        d = start
        s = "same day as %s -> %s" % (fmt(start), fmt(d))
    else:
        raise ValueError(kind)
    if d in BH:
        notes.append("due date is a bank holiday (%s)" % BANK_HOLIDAYS[d.isoformat()])
    elif d.weekday() >= 5:
        notes.append("due date falls on a %s" % DAYS[d.weekday()])
    if notes:
        s += " [" + "; ".join(notes) + "]"
    return d, s


from rows import ROWS, P  # noqa: E402  (row specs live in rows.py next to this file)


def build():
    self_test_holidays()
    out = []
    for i, r in enumerate(ROWS, 1):
        today = D(r["today"])
        spec = r["spec"]
        if spec is None:
            due, count = None, "no timescale for this in the standards"
        elif isinstance(spec, list):
            res = [compute(s, today) for s in spec]
            due = min(x[0] for x in res)
            count = " | ".join(x[1] for x in res) + " -> earlier: " + due.isoformat()
        else:
            due, count = compute(spec, today)
        if r.get("actual") and due:
            act = D(r["actual"])
            count += "; actual %s is %s timescale" % (fmt(act), "within" if act <= due else "OUT OF")
        row = {
            "q": r["q"], "today": r["today"],
            "due": due.isoformat() if due else None,
            "expect_any": [P[k] for k in r["keys"]],
            "count": count, "voice": r["voice"], "kind": r["kind"],
        }
        if r.get("amb"):
            row["ambiguous"] = r["amb"]
        out.append(row)
    return out


def check(rows):
    src = open(SOURCE, encoding="utf-8").read()
    bad = 0
    for k, ph in P.items():
        if ph not in src:
            print("PHRASE NOT IN SOURCE:", k, repr(ph)); bad += 1
        if len(ph.split()) < 6:
            print("PHRASE TOO SHORT:", k, repr(ph)); bad += 1
    kinds, voices = {}, {}
    for i, r in enumerate(rows, 1):
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
        voices[r["voice"]] = voices.get(r["voice"], 0) + 1
        assert r["voice"] in ("duty", "typos", "scenario", "indirect", "newstarter", "manager"), r
        assert r["kind"] in ("date", "visits", "age", "choice", "none"), r
        assert (r["due"] is None) == (r["kind"] == "none"), r
        assert r["expect_any"], r
        if r["kind"] == "choice":
            assert len(r["expect_any"]) >= 2, r
        if r["due"] and r["voice"] != "manager" and r["kind"] not in ("age",) and r["due"] < r["today"]:
            print("WARN due before today (not a manager row):", i, r["q"][:60])
    qs = [r["q"] for r in rows]
    assert len(set(qs)) == len(qs), "duplicate q"
    print("rows", len(rows))
    print("kinds", kinds)
    print("voices", voices)
    print("ambiguous", sum(1 for r in rows if "ambiguous" in r))
    return bad == 0


if __name__ == "__main__":
    rows = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read: every line parses
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    assert back == rows
    ok = check(back)
    if "-v" in sys.argv:
        for i, r in enumerate(back, 1):
            print(i, r["voice"], r["kind"], r["today"], "|", r["q"], "\n   ->", r["due"], "|", r["count"])
    sys.exit(0 if ok else 1)
