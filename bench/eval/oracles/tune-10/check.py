#!/usr/bin/env python3
"""Checks questions.jsonl: parses, phrases verbatim in source (>= 6 words), due/count equal
to a fresh oracle run, field types, kind/voice counts."""
import collections, datetime as dt, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import oracle
from rows import RULES, ROWS

SRC = open("/work/shared/source/practice-standards.txt", encoding="utf-8").read()
rows = []
with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as fh:
    for i, line in enumerate(fh):
        rows.append(json.loads(line))
fresh = oracle.build(ROWS, RULES)
assert len(fresh) == len(rows), "row count differs from fresh oracle run"
errs = 0
VOICES = {"duty", "typos", "scenario", "indirect", "newstarter", "manager"}
KINDS = {"date", "visits", "age", "choice", "none"}
seen_q = set()
for i, (r, f) in enumerate(zip(rows, fresh)):
    def bad(msg):
        global errs
        errs += 1
        print(f"row {i}: {msg} :: {r['q'][:70]}")
    if r != f:
        bad("differs from fresh oracle output")
    for k in ("q", "today", "due", "expect_any", "count", "voice", "kind"):
        if k not in r:
            bad(f"missing {k}")
    dt.date.fromisoformat(r["today"])
    if r["kind"] == "none":
        if r["due"] is not None:
            bad("none row with due")
    else:
        dt.date.fromisoformat(r["due"])
    if r["voice"] not in VOICES: bad("voice")
    if r["kind"] not in KINDS: bad("kind")
    if not r["expect_any"]: bad("no phrases")
    for ph in r["expect_any"]:
        if len(ph.split()) < 6: bad(f"phrase too short: {ph}")
        if ph not in SRC: bad(f"phrase not verbatim: {ph}")
    if r["kind"] == "choice" and len(r["expect_any"]) < 2: bad("choice needs >=2 phrases")
    if r["q"] in seen_q: bad("duplicate q")
    seen_q.add(r["q"])
print("rows:", len(rows))
print("kinds:", dict(collections.Counter(r["kind"] for r in rows)))
print("voices:", dict(collections.Counter(r["voice"] for r in rows)))
print("ambiguous:", sum(1 for r in rows if r.get("ambiguous")))
print("years of today:", dict(collections.Counter(r["today"][:4] for r in rows)))
print("errors:", errs)
sys.exit(1 if errs else 0)
