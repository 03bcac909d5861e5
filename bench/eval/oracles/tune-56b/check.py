#!/usr/bin/env python3
"""Independent checks on questions.jsonl: parses, fields, verbatim phrases, dues match oracle."""
import json, os, sys, datetime as dt
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import oracle
src = open("/work/shared/source/practice-standards.txt", encoding="utf-8").read()
rows = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]
fresh = oracle.build()
bad = 0
VOICES = {"duty", "typos", "scenario", "indirect", "newstarter", "manager"}
KINDS = {"date", "visits", "age", "choice", "none"}
for i, (r, f) in enumerate(zip(rows, fresh)):
    assert r == f, f"row {i} differs from oracle output"
    assert set(r) <= {"q", "today", "due", "expect_any", "count", "voice", "kind", "ambiguous"}
    assert r["voice"] in VOICES and r["kind"] in KINDS
    dt.date.fromisoformat(r["today"])
    if r["kind"] == "none":
        assert r["due"] is None
    else:
        dt.date.fromisoformat(r["due"])
    if r["kind"] == "choice":
        assert len(r["expect_any"]) >= 2
    for p in r["expect_any"]:
        if p not in src or len(p.split()) < 6:
            print("bad phrase", i, p); bad += 1
assert len(rows) == len(fresh)
print(len(rows), "rows;", dict(Counter(r["kind"] for r in rows)), dict(Counter(r["voice"] for r in rows)))
print("years of today:", dict(Counter(r["today"][:4] for r in rows)))
print("ambiguous:", sum(1 for r in rows if "ambiguous" in r))
print("OK" if not bad else f"{bad} problems")
