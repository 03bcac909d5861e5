#!/usr/bin/env python3
"""Checks questions.jsonl: parses, fields, verbatim phrases, due == oracle, kind/voice counts."""
import collections
import datetime as dt
import json
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import oracle  # noqa: E402
import rows as R  # noqa: E402

SRC = open("/work/shared/source/practice-standards.txt", encoding="utf-8").read()
VOICES = {"duty", "typos", "scenario", "indirect", "newstarter", "manager"}
KINDS = {"date", "visits", "age", "choice", "none"}

errors = []
lines = open(os.path.join(here, "questions.jsonl"), encoding="utf-8").read().splitlines()
objs = []
for n, line in enumerate(lines, 1):
    try:
        o = json.loads(line)
    except Exception as e:  # noqa: BLE001
        errors.append(f"line {n}: does not parse: {e}")
        continue
    objs.append(o)
    for k in ("q", "today", "due", "expect_any", "count", "voice", "kind"):
        if k not in o:
            errors.append(f"line {n}: missing {k}")
    if o["voice"] not in VOICES:
        errors.append(f"line {n}: bad voice {o['voice']}")
    if o["kind"] not in KINDS:
        errors.append(f"line {n}: bad kind {o['kind']}")
    dt.date.fromisoformat(o["today"])
    if o["kind"] == "none":
        if o["due"] is not None:
            errors.append(f"line {n}: none row with due")
    else:
        dt.date.fromisoformat(o["due"])
    if not o["expect_any"]:
        errors.append(f"line {n}: empty expect_any")
    for ph in o["expect_any"]:
        if ph not in SRC:
            errors.append(f"line {n}: phrase not verbatim in source: {ph!r}")
        if len(ph.split()) < 6:
            errors.append(f"line {n}: phrase under 6 words: {ph!r}")
    if o["kind"] == "choice" and len(o["expect_any"]) < 2:
        errors.append(f"line {n}: choice row needs a phrase per standard")

# every due comes from the oracle
rebuilt = oracle.build(R.ROWS, None)
if len(rebuilt) != len(objs):
    errors.append("row count differs from oracle")
for n, (a, b) in enumerate(zip(objs, rebuilt), 1):
    if a != b:
        errors.append(f"line {n}: differs from oracle output")

# heuristic: for rows with an explicit ISO start, the day-of-month should appear in q
for n, r in enumerate(R.ROWS, 1):
    st = r.get("start")
    if isinstance(st, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", st):
        d = dt.date.fromisoformat(st)
        if not re.search(rf"(?<!\d)0?{d.day}(?!\d)", r["q"]):
            print(f"WARN line {n}: day {d.day} of start not visible in q: {r['q'][:80]}")
    if st and st != r["today"]:
        s = oracle.parse_start(st, dt.date.fromisoformat(r["today"]))
        if r["kind"] not in ("age",) and s > dt.date.fromisoformat(r["today"]) and r["rule"][:2] not in ("wd", "db") and not r["rule"].startswith("db"):
            print(f"WARN line {n}: start after today: {r['q'][:80]}")

print("kinds:", dict(collections.Counter(o["kind"] for o in objs)))
print("voices:", dict(collections.Counter(o["voice"] for o in objs)))
print("ambiguous:", sum(1 for o in objs if o.get("ambiguous")))
print("today years:", dict(collections.Counter(o["today"][:4] for o in objs)))
print("rows:", len(objs))
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("ALL CHECKS PASSED")
