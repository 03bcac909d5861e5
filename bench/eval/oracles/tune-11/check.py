"""Checks questions.jsonl: parses, phrases verbatim in source, due == oracle, distributions."""
import json, re, datetime as dt, os, collections
import oracle
from rows import ROWS

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = open("/work/shared/source/practice-standards.txt", encoding="utf-8").read()
KINDS = {"date", "visits", "age", "choice", "none"}
VOICES = {"duty", "typos", "scenario", "indirect", "newstarter", "manager"}

rows = []
with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        rows.append(json.loads(line))
assert len(rows) == len(ROWS)
errors = 0
for i, (r, spec) in enumerate(zip(rows, ROWS), 1):
    assert set(r) <= {"q", "today", "due", "expect_any", "count", "voice", "kind", "ambiguous"}, i
    assert r["kind"] in KINDS and r["voice"] in VOICES, i
    today = dt.date.fromisoformat(r["today"])
    due, _ = oracle.compute_row(spec["ops"], today)
    if r["kind"] == "none":
        assert r["due"] is None
    else:
        assert r["due"] == due.isoformat(), (i, r["due"], due)
    assert r["expect_any"], i
    for p in r["expect_any"]:
        if len(p.split()) < 6:
            print("SHORT phrase row", i, p); errors += 1
        if p not in SRC:
            print("NOT FOUND row", i, repr(p)); errors += 1
    if r["kind"] == "choice" and len(r["expect_any"]) < 2 and "extended" not in r["expect_any"][0]:
        print("choice with one phrase", i)
    if not r["count"]:
        print("no count", i); errors += 1
print("rows", len(rows), "errors", errors)
print("kinds", collections.Counter(r["kind"] for r in rows))
print("voices", collections.Counter(r["voice"] for r in rows))
print("years(today)", collections.Counter(r["today"][:4] for r in rows))
print("ambiguous", sum(1 for r in rows if "ambiguous" in r))
qs = [r["q"] for r in rows]
print("dup q", len(qs) - len(set(qs)))
