#!/usr/bin/env python3
"""Checks questions.jsonl: parsing, fields, verbatim phrases, dues == oracle, date sanity, mix."""
import collections, datetime as dt, json, os, re, sys
here = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, here)
import oracle
from spec import ROWS

SRC = open('/work/shared/source/practice-standards.txt', encoding='utf-8').read()
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
errors, warnings = [], []
nweek = [0]

rows = [json.loads(l) for l in open(os.path.join(here, 'questions.jsonl'), encoding='utf-8')]
assert len(rows) == len(ROWS)
built = oracle.build(ROWS)
for i, (r, b, s) in enumerate(zip(rows, built, ROWS)):
    tag = f"row {i}"
    for k in ("q", "today", "due", "expect_any", "count", "voice", "kind"):
        if k not in r: errors.append(f"{tag}: missing {k}")
    if r != b: errors.append(f"{tag}: differs from oracle rebuild")
    if r["voice"] not in {"duty", "typos", "scenario", "indirect", "newstarter", "manager"}: errors.append(f"{tag}: voice")
    if r["kind"] not in {"date", "visits", "age", "choice", "none"}: errors.append(f"{tag}: kind")
    if (r["kind"] == "none") != (r["due"] is None): errors.append(f"{tag}: none/due mismatch")
    if r["kind"] == "choice" and s["rule"][0] != "choice": errors.append(f"{tag}: choice rule")
    if r["kind"] == "choice" and len(r["expect_any"]) < 2: errors.append(f"{tag}: choice needs 2 phrases")
    dt.date.fromisoformat(r["today"])
    if r["due"]: dt.date.fromisoformat(r["due"])
    if not r["expect_any"]: errors.append(f"{tag}: empty expect_any")
    for p in r["expect_any"]:
        if p not in SRC: errors.append(f"{tag}: phrase not verbatim: {p!r}")
        if len(p.split()) < 6: errors.append(f"{tag}: phrase too short: {p!r}")
    today = dt.date.fromisoformat(r["today"])
    q = r["q"].lower()

    # the start/meeting/dob date of each rule must be mentioned in q (unless relative)
    rules = s["rule"][1] if s["rule"][0] == "choice" else [s["rule"]]
    for ru in rules:
        if ru[0] == "none": continue
        ref = ru[1]
        d = oracle.resolve(today, ref)
        if ref.startswith("@"):
            pass
        else:
            forms = {f"{d.day}/{d.month}", f"{d.day:02d}/{d.month:02d}", f"{d.day}.{d.month}", f"{d.day:02d}.{d.month:02d}",
                     f"{d.day} {MONTHS[d.month-1]}", f"{d.day} {MONTHS[d.month-1][:3]}", f"{d.day}{'th' if 11<=d.day<=13 else {1:'st',2:'nd',3:'rd'}.get(d.day%10,'th')} {MONTHS[d.month-1]}",
                     f"{d.day}{'th' if 11<=d.day<=13 else {1:'st',2:'nd',3:'rd'}.get(d.day%10,'th')} {MONTHS[d.month-1][:3]}"}
            if d.month == today.month and d.year == today.year:
                forms.add(f"the {d.day}{'th' if 11<=d.day<=13 else {1:'st',2:'nd',3:'rd'}.get(d.day%10,'th')}")
            if (d.month, d.day) == (12, 24): forms.add("christmas eve")
            if (d.month, d.day) == (12, 31): forms.add("new year's eve")
            if not any(re.search(r'(?<![\d/.])' + re.escape(f) + r'(?![\d])', q) for f in forms):
                # "today" style mention is acceptable when the date is today
                if not (d == today and "today" in q):
                    errors.append(f"{tag}: start date {d} not found in q")
        # direction sanity
        if ru[0] in ("wd", "d", "w", "m", "age") and d > today:
            errors.append(f"{tag}: start {d} after today {today}")
        if ru[0] in ("wdb", "db") and d < today and r["voice"] != "manager":
            errors.append(f"{tag}: meeting {d} before today {today}")
        # explicit year in q should not contradict
    # weekday words next to dates must be right
    for m in re.finditer(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s+([a-z]+)|/(\d{1,2}))?", q):
        wd = [x[:3] for x in DAYS].index(m.group(1))
        day = int(m.group(2))
        mon = None
        if m.group(3) and m.group(3)[:3] in [x[:3] for x in MONTHS]:
            mon = [x[:3] for x in MONTHS].index(m.group(3)[:3]) + 1
        elif m.group(4):
            mon = int(m.group(4))
        cands = []
        for y in (today.year - 1, today.year, today.year + 1):
            for mo in ([mon] if mon else range(1, 13)):
                try: cands.append(dt.date(y, mo, day))
                except ValueError: pass
        cands = [c for c in cands if abs((c - today).days) < 60]
        if cands and not any(c.weekday() == wd for c in cands):
            errors.append(f"{tag}: weekday '{m.group(0)}' wrong (today {today})")
        nweek[0] += 1
        if not cands: warnings.append(f"{tag}: weekday phrase not checked: {m.group(0)}")
    if r["due"] and r["kind"] != "none" and r["voice"] == "manager" and "?" not in r["q"]:
        warnings.append(f"{tag}: manager row without question")

kinds = collections.Counter(r["kind"] for r in rows)
voices = collections.Counter(r["voice"] for r in rows)
years = collections.Counter(r["today"][:4] for r in rows)
amb = sum(1 for r in rows if r.get("ambiguous"))
print("rows", len(rows)); print("kinds", dict(kinds)); print("voices", dict(voices)); print("today years", dict(years))
print("ambiguous", amb); print("weekday mentions checked", nweek[0])
from phrases import P
used = {p for r in rows for p in r["expect_any"]}
print("phrases never used:", [k for k, v in P.items() if v not in used])
secs = collections.Counter(p for r in rows for p in r["expect_any"])
print("distinct phrases used", len(secs))
for w in warnings: print("WARN", w)
for e in errors: print("ERR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
