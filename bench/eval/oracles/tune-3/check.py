#!/usr/bin/env python3
"""Checks questions.jsonl: parses, phrases verbatim in source, due matches oracle, counts."""
import collections, datetime as dt, json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import oracle, spec
src = open("/work/shared/source/practice-standards.txt", encoding="utf-8").read()
rows = [json.loads(l) for l in open(os.path.join(here, "questions.jsonl"), encoding="utf-8")]
assert len(rows) == len(spec.ROWS)
errs = 0
KINDS = {"date", "visits", "age", "choice", "none"}
VOICES = {"duty", "typos", "scenario", "indirect", "newstarter", "manager"}
seen_q = set()
for i, (r, s) in enumerate(zip(rows, spec.ROWS), 1):
    def bad(m):
        global errs
        errs += 1
        print(f"row {i}: {m}: {r['q'][:60]}")
    assert set(r) <= {"q", "today", "due", "expect_any", "count", "voice", "kind", "ambiguous"}
    if r["q"] in seen_q: bad("duplicate q")
    seen_q.add(r["q"])
    dt.date.fromisoformat(r["today"])
    if r["kind"] not in KINDS: bad("kind")
    if r["voice"] not in VOICES: bad("voice")
    for ph in r["expect_any"]:
        if ph not in src: bad(f"phrase not verbatim: {ph}")
        if len(ph.split()) < 6: bad(f"phrase too short: {ph}")
    due, _ = oracle.compute(s["rule"])
    exp = due.isoformat() if due else None
    if r["due"] != exp: bad("due differs from oracle")
    if (r["kind"] == "none") != (r["due"] is None): bad("none/due mismatch")
    if r["kind"] == "choice" and len(r["expect_any"]) < 2: bad("choice needs 2 phrases")
    if r["due"] and r["kind"] != "age" and r["due"] < "2024-01-01": bad("odd due")
print("rows:", len(rows), "errors:", errs)
print("kinds:", dict(collections.Counter(r["kind"] for r in rows)))
print("voices:", dict(collections.Counter(r["voice"] for r in rows)))
print("ambiguous:", sum("ambiguous" in r for r in rows))
print("today years:", dict(collections.Counter(r["today"][:4] for r in rows)))
sys.exit(1 if errs else 0)
