#!/usr/bin/env python3
"""Checks for questions.jsonl (standard library only).

- every line parses and has the required fields with sane types
- every expect_any phrase has >= 6 words and occurs verbatim in the source text
- every due/count equals what oracle.py computes from rows.py
- placeholders fully rendered; relative-date words present in q
- event dates not after `today` except future meetings counted backwards
- counts by kind and voice printed and compared to the brief's targets
"""
import collections
import datetime as dt
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"
sys.path.insert(0, HERE)
import oracle  # noqa: E402
from rows import ROWS  # noqa: E402

VOICES = {"duty", "typos", "scenario", "indirect", "newstarter", "manager"}
KINDS = {"date": 115, "visits": 20, "age": 8, "choice": 8, "none": 9}

src = open(SOURCE, encoding="utf-8").read()
errors = []
rows = []
with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except Exception as e:  # noqa: BLE001
            errors.append("line %d: does not parse: %s" % (i, e))
            continue
        rows.append(r)
        for k in ("q", "today", "due", "expect_any", "count", "voice", "kind"):
            if k not in r:
                errors.append("line %d: missing %s" % (i, k))
        if set(r) - {"q", "today", "due", "expect_any", "count", "voice", "kind", "ambiguous"}:
            errors.append("line %d: extra keys %s" % (i, set(r)))
        if r["voice"] not in VOICES:
            errors.append("line %d: bad voice" % i)
        if r["kind"] not in KINDS:
            errors.append("line %d: bad kind" % i)
        dt.date.fromisoformat(r["today"])
        if r["kind"] == "none":
            if r["due"] is not None:
                errors.append("line %d: none row with due" % i)
        else:
            dt.date.fromisoformat(r["due"])
        if not isinstance(r["expect_any"], list) or not r["expect_any"]:
            errors.append("line %d: expect_any empty" % i)
        for p in r["expect_any"]:
            if len(p.split()) < 6:
                errors.append("line %d: phrase under 6 words: %r" % (i, p))
            if p not in src:
                errors.append("line %d: phrase not verbatim in source: %r" % (i, p))
        if r["kind"] == "choice" and len(r["expect_any"]) < 2 and "16 weeks" not in r["count"]:
            errors.append("line %d: choice row with one phrase" % i)
        if "{" in r["q"] or "}" in r["q"]:
            errors.append("line %d: unrendered placeholder" % i)

# oracle agreement
if len(ROWS) != len(rows):
    errors.append("row count differs from rows.py")
for i, (spec, r) in enumerate(zip(ROWS, rows), 1):
    o = oracle.build_row(spec)
    if o != r:
        errors.append("line %d: differs from oracle output" % i)
    today = dt.date.fromisoformat(spec["today"])
    for k, v in spec["d"].items():
        d, rel = oracle.resolve(v, today)
        if rel is not None:
            word = rel.replace("on ", "").replace("the ", "")
            if word.split()[-1].lower() not in r["q"].lower():
                errors.append("line %d: relative word %r not in q" % (i, rel))
        calcs = []
        if spec["kind"] == "choice":
            calcs = [c for _, c in spec["calc"]]
        elif spec["calc"]:
            calcs = [spec["calc"]]
        backwards = any(c[0] in ("wdb", "cdb") and c[1] == k for c in calcs)
        if k in ("h",):
            if d > today:
                errors.append("line %d: actual date after today" % i)
        elif backwards:
            if d < today and "h" not in spec["d"]:
                errors.append("line %d: meeting already passed" % i)
        elif k == "s" and spec["kind"] != "age" and d > today:
            errors.append("line %d: event %s after today" % (i, d))
    if r["kind"] not in ("none",) and r["due"] is not None and r["kind"] != "age":
        pass

kc = collections.Counter(r["kind"] for r in rows)
vc = collections.Counter(r["voice"] for r in rows)
print("rows:", len(rows))
print("kinds:", dict(kc), "targets about", KINDS)
print("voices:", dict(vc))
print("ambiguous:", sum(1 for r in rows if "ambiguous" in r))
yc = collections.Counter(r["today"][:4] for r in rows)
print("today years:", dict(sorted(yc.items())))
near = 0
for r in rows:
    if r["due"]:
        d = dt.date.fromisoformat(r["due"])
        if any(abs((d - h).days) <= 7 for h in oracle.BANK_HOLIDAYS) or "skips bank holidays" in r["count"]:
            near += 1
print("rows with due within a week of / counting over a bank holiday:", near)
if len(rows) < 160:
    errors.append("fewer than 160 rows")
if max(vc.values()) - min(vc.values()) > 4:
    errors.append("voices unbalanced")
for k, t in KINDS.items():
    if abs(kc[k] - t) > max(3, t // 5):
        errors.append("kind %s count %d far from %d" % (k, kc[k], t))
qs = collections.Counter(r["q"] for r in rows)
for q, n in qs.items():
    if n > 1:
        errors.append("duplicate q: %s" % q)
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("ALL CHECKS PASSED")
