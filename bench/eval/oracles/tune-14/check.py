#!/usr/bin/env python3
"""Checks questions.jsonl: parses, phrases verbatim in the source, due == oracle, relative dates and
weekday names in q agree with the calendar, and prints kind/voice counts."""
import collections
import datetime as dt
import json
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import oracle  # noqa: E402
from rows import ROWS  # noqa: E402

SRC = open("/work/shared/source/practice-standards.txt", encoding="utf-8").read()
errors, warns = [], []
WDCHK = []

lines = open(os.path.join(here, "questions.jsonl"), encoding="utf-8").read().splitlines()
rows = []
for i, ln in enumerate(lines, 1):
    try:
        rows.append(json.loads(ln))
    except Exception as e:  # noqa: BLE001
        errors.append(f"line {i}: does not parse: {e}")

expected = oracle.build(ROWS)
if len(expected) != len(rows):
    errors.append("row count differs from oracle output")

KINDS = {"date", "visits", "age", "choice", "none"}
VOICES = {"duty", "typos", "scenario", "indirect", "newstarter", "manager"}
WDN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WDA = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
for k, n in enumerate(WDN):
    WDA[n] = k
MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}

for i, (row, exp, spec) in enumerate(zip(rows, expected, ROWS), 1):
    tag = f"row {i}"
    for key in ("q", "today", "due", "expect_any", "count", "voice", "kind"):
        if key not in row:
            errors.append(f"{tag}: missing {key}")
    if row["kind"] not in KINDS:
        errors.append(f"{tag}: bad kind")
    if row["voice"] not in VOICES:
        errors.append(f"{tag}: bad voice")
    if row["due"] != exp["due"] or row["count"] != exp["count"]:
        errors.append(f"{tag}: due/count not from oracle")
    if row["kind"] == "none":
        if row["due"] is not None:
            errors.append(f"{tag}: none row with due")
    else:
        dt.date.fromisoformat(row["due"])
        if not row["expect_any"]:
            errors.append(f"{tag}: no expect_any")
    if row["kind"] == "choice" and len(row["expect_any"]) < 2:
        errors.append(f"{tag}: choice needs a phrase per standard")
    for p in row["expect_any"]:
        if p not in SRC:
            errors.append(f"{tag}: phrase not verbatim in source: {p!r}")
        if len(p.split()) < 6:
            errors.append(f"{tag}: phrase shorter than 6 words: {p!r}")
    today = dt.date.fromisoformat(row["today"])
    ql = row["q"].lower()
    # relative words
    for phrase, iso in spec["rel"]:
        if phrase not in ql:
            errors.append(f"{tag}: rel phrase {phrase!r} not in q")
        d = dt.date.fromisoformat(iso)
        if phrase in ("yesterday", "last night") and d != today - dt.timedelta(days=1):
            errors.append(f"{tag}: {phrase} != today-1")
    if "yesterday" in ql and not spec["rel"]:
        errors.append(f"{tag}: 'yesterday' without rel")
    # "today (…)" must not contradict: any explicit date right after "today" checked below by weekday scan
    # weekday + date mentions, e.g. "Friday 22nd August", "Thu 29/05/25", "fri 19/12", "Fri 27 Aug"
    for m in re.finditer(r"\b(mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s+([a-z]{3})[a-z]*|[/.](\d{1,2})(?:[/.](\d{2,4}))?)", ql):
        wd = WDA.get(m.group(1))
        day = int(m.group(2))
        mon = MONTHS.get(m.group(3)) if m.group(3) else (int(m.group(4)) if m.group(4) else None)
        if mon is None:
            continue
        yr = m.group(5)
        if yr:
            year = int(yr) + (2000 if len(yr) == 2 else 0)
        else:
            # nearest year to today
            cands = [dt.date(y, mon, day) for y in (today.year - 1, today.year, today.year + 1)]
            year = min(cands, key=lambda c: abs((c - today).days)).year
        d = dt.date(year, mon, day)
        WDCHK.append(1)
        if d.weekday() != wd:
            errors.append(f"{tag}: weekday mismatch {m.group(0)!r} -> {d} is {WDN[d.weekday()]}")
    if "today" in ql:
        m = re.search(r"today[ ,(]*(?:\w+day )?(\d{1,2})(?:st|nd|rd|th)?[ /.]?([a-z]+|\d{1,2})?", ql)
        if m and m.group(2):
            mon = MONTHS.get(m.group(2)[:3]) if not m.group(2).isdigit() else int(m.group(2))
            if mon and (int(m.group(1)) != today.day or mon != today.month):
                errors.append(f"{tag}: 'today' date {m.group(0)!r} != {today}")
    if row["kind"] in ("date", "visits") and row["voice"] != "manager":
        due = dt.date.fromisoformat(row["due"])
        if due < today:
            warns.append(f"{tag}: due {due} before today {today} (non-manager)")
    if row["voice"] == "manager" and row["kind"] in ("date", "visits"):
        due = dt.date.fromisoformat(row["due"])
        if due > today:
            warns.append(f"{tag}: manager audit row with due after today")


# independent cross-check of the typed bank holidays (computus + weekday rules)
def _easter(y):
    a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4; f = (b + 8) // 25
    g = (b - f + 1) // 3; h = (19 * a + b - d - g + 15) % 30; i = c // 4; k = c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7; m = (a + 11 * h + 22 * l) // 451
    mo = (h + l - 7 * m + 114) // 31; da = ((h + l - 7 * m + 114) % 31) + 1
    return dt.date(y, mo, da)
def _first_mon(y, mo):
    d = dt.date(y, mo, 1)
    return d + dt.timedelta(days=(7 - d.weekday()) % 7)
def _last_mon(y, mo):
    d = dt.date(y, mo + 1, 1) - dt.timedelta(days=1)
    return d - dt.timedelta(days=d.weekday())
_calc = set()
for y in range(2024, 2029):
    e = _easter(y)
    _calc |= {e - dt.timedelta(days=2), e + dt.timedelta(days=1), _first_mon(y, 5), _last_mon(y, 5), _last_mon(y, 8)}
    nyd = dt.date(y, 1, 1)
    _calc.add(nyd if nyd.weekday() < 5 else nyd + dt.timedelta(days=7 - nyd.weekday()))
    xmas, box = dt.date(y, 12, 25), dt.date(y, 12, 26)
    if xmas.weekday() < 5 and box.weekday() < 5:
        _calc |= {xmas, box}
    elif xmas.weekday() == 4:      # Fri Christmas, Sat Boxing -> Mon
        _calc |= {xmas, xmas + dt.timedelta(days=3)}
    elif xmas.weekday() == 5:      # Sat/Sun -> Mon/Tue
        _calc |= {xmas + dt.timedelta(days=2), xmas + dt.timedelta(days=3)}
    elif xmas.weekday() == 6:      # Sun Christmas, Mon Boxing -> Tue substitute
        _calc |= {box, box + dt.timedelta(days=1)}
if _calc != set(oracle.BANK_HOLIDAYS):
    errors.append(f"bank holiday table mismatch: {sorted(_calc ^ set(oracle.BANK_HOLIDAYS))}")

kinds = collections.Counter(r["kind"] for r in rows)
voices = collections.Counter(r["voice"] for r in rows)
amb = sum(1 for r in rows if r.get("ambiguous"))
years = collections.Counter(r["due"][:4] for r in rows if r["due"])
print("rows:", len(rows))
print("kinds:", dict(kinds))
print("voices:", dict(voices))
print("ambiguous:", amb)
print("weekday+date mentions checked:", len(WDCHK))
print("due years:", dict(sorted(years.items())))
for w in warns:
    print("WARN", w)
for e in errors:
    print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
