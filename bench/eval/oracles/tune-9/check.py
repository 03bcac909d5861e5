#!/usr/bin/env python3
"""Checks for questions.jsonl: parsing, fields, verbatim phrases, dues re-derived from the oracle,
weekday names / 'today' / 'yesterday' consistent with dates written in q, kind and voice counts."""
import collections
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"
MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                        "september", "october", "november", "december"], 1)}
WDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
VOICES = {"duty", "typos", "scenario", "indirect", "newstarter", "manager"}
KINDS = {"date", "visits", "age", "choice", "none"}


def norm_year(y, today):
    if y is None:
        return today.year
    y = int(y)
    return y + 2000 if y < 100 else y


def dates_in(q, today):
    """Yield (match_start, match_end, date, weekday_or_None)."""
    wd = r"(?:(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? )?"
    p1 = re.compile(wd + r"(\d{1,2})(?:st|nd|rd|th)? (" + "|".join(MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)[a-z]*(?: (\d{4}|\d{2})\b)?", re.I)
    p2 = re.compile(wd + r"\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b", re.I)
    for m in p1.finditer(q):
        mon = m.group(3).lower()
        mi = [v for k, v in MONTHS.items() if k.startswith(mon[:3])][0]
        try:
            d = dt.date(norm_year(m.group(4), today), mi, int(m.group(2)))
        except ValueError:
            continue
        yield m.start(), m.end(), d, m.group(1)
    for m in p2.finditer(q):
        try:
            d = dt.date(norm_year(m.group(4), today), int(m.group(3)), int(m.group(2)))
        except ValueError:
            continue
        yield m.start(), m.end(), d, m.group(1)


def main():
    sys.path.insert(0, HERE)
    import oracle
    from rows import ROWS
    src = open(SOURCE, encoding="utf-8").read()
    expected = oracle.build(ROWS)
    errors = []
    rows = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                errors.append(f"line {i}: does not parse: {e}")
    if len(rows) != len(expected):
        errors.append("row count differs from oracle")
    for i, (row, exp) in enumerate(zip(rows, expected), 1):
        for k in ("q", "today", "due", "expect_any", "count", "voice", "kind"):
            if k not in row:
                errors.append(f"line {i}: missing {k}")
        if row != exp:
            errors.append(f"line {i}: differs from oracle output")
        if row["voice"] not in VOICES:
            errors.append(f"line {i}: bad voice")
        if row["kind"] not in KINDS:
            errors.append(f"line {i}: bad kind")
        if (row["due"] is None) != (row["kind"] == "none"):
            errors.append(f"line {i}: due/none mismatch")
        if not row["expect_any"]:
            errors.append(f"line {i}: no phrases")
        for ph in row["expect_any"]:
            if ph not in src:
                errors.append(f"line {i}: phrase not verbatim: {ph!r}")
            if len(ph.split()) < 6:
                errors.append(f"line {i}: phrase under 6 words: {ph!r}")
        if row["kind"] == "choice" and len(row["expect_any"]) < 2:
            errors.append(f"line {i}: choice needs a phrase per standard")
        today = dt.date.fromisoformat(row["today"])
        q = row["q"]
        for s, e, d, w in dates_in(q, today):
            if w and WDAYS[w.lower()[:3]] != d.weekday():
                errors.append(f"line {i}: weekday wrong in {q[s:e]!r} ({d} is {d.strftime('%a')})")
            before = q[max(0, s - 14):s].lower()
            if re.search(r"\btoday\W*$", before) and d != today:
                errors.append(f"line {i}: 'today' {q[s:e]!r} != {today}")
            if re.search(r"\byesterday\W*$", before) and d != today - dt.timedelta(1):
                errors.append(f"line {i}: 'yesterday' {q[s:e]!r} != {today - dt.timedelta(1)}")
        # bare weekday words such as 'today (wednesday' must match today
        m = re.search(r"today,? \(?(mon|tue|wed|thu|fri|sat|sun)[a-z]*", q, re.I)
        if m and WDAYS[m.group(1).lower()] != today.weekday():
            errors.append(f"line {i}: today is not a {m.group(1)}")
    kinds = collections.Counter(r["kind"] for r in rows)
    voices = collections.Counter(r["voice"] for r in rows)
    n = len(rows)
    print("rows", n)
    print("kinds", dict(kinds))
    print("voices", dict(voices))
    print("ambiguous", sum(1 for r in rows if r.get("ambiguous")))
    print("years of today", dict(collections.Counter(r["today"][:4] for r in rows)))
    if n < 160:
        errors.append("fewer than 160 rows")
    if abs(voices["indirect"] / n - 1 / 3) > 0.05:
        errors.append("indirect not about a third")
    if abs(voices["scenario"] / n - 1 / 4) > 0.05:
        errors.append("scenario not about a quarter")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
