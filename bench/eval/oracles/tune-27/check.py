#!/usr/bin/env python3
"""Checks questions.jsonl: parses, phrases verbatim in source, due/count match the oracle, counts."""
import collections, json, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import oracle
src = open("/work/shared/source/practice-standards.txt", encoding="utf-8").read()
rows = []
with open(os.path.join(here, "questions.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        rows.append(json.loads(line))  # raises if a line does not parse
ref = oracle.build()
assert len(ref) == len(rows), "row count differs from oracle"
errs = 0
for i, (r, o) in enumerate(zip(rows, ref), 1):
    for k in ("q", "today", "due", "expect_any", "count", "voice", "kind"):
        assert k in r, (i, k)
    if r["due"] != o["due"] or r["count"] != o["count"] or r["today"] != o["today"]:
        print("oracle mismatch", i); errs += 1
    for ph in r["expect_any"]:
        if ph not in src:
            print("phrase not verbatim", i, ph); errs += 1
        if len(ph.split()) < 6:
            print("phrase < 6 words", i, ph); errs += 1
    if r["kind"] != "none" and not r["expect_any"]:
        print("no phrase", i); errs += 1
    if r["kind"] == "none" and r["due"] is not None:
        print("none with due", i); errs += 1
    if r["kind"] == "choice" and len(r["expect_any"]) < 2:
        print("choice needs 2 phrases", i); errs += 1
    if r["voice"] not in ("duty", "typos", "scenario", "indirect", "newstarter", "manager"):
        print("bad voice", i); errs += 1
    if re.search(r"\{[sxyh]:", r["q"]):
        print("unfilled placeholder", i); errs += 1
qs = collections.Counter(r["q"] for r in rows)
for q, c in qs.items():
    if c > 1:
        print("duplicate q", q); errs += 1
print(len(rows), "rows")
print("kinds:", dict(collections.Counter(r["kind"] for r in rows)))
print("voices:", dict(collections.Counter(r["voice"] for r in rows)))
print("ambiguous:", sum("ambiguous" in r for r in rows))
print("years of today:", dict(collections.Counter(r["today"][:4] for r in rows)))
print("errors:", errs)
sys.exit(1 if errs else 0)
