#!/usr/bin/env python3
"""Independent checks on questions.jsonl (stdlib only)."""
import json, os, datetime as dt
from collections import Counter
here = os.path.dirname(os.path.abspath(__file__))
src = open("/work/shared/source/practice-standards.txt", encoding="utf-8").read()
import oracle
expected, _ = oracle.build()
rows = []
with open(os.path.join(here, "questions.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        r = json.loads(line)  # every line must parse
        rows.append(r)
        assert set(r) <= {"q", "today", "due", "expect_any", "count", "voice", "kind", "ambiguous"}, n
        assert r["voice"] in {"duty", "typos", "scenario", "indirect", "newstarter", "manager"}, n
        assert r["kind"] in {"date", "visits", "age", "choice", "none"}, n
        dt.date.fromisoformat(r["today"])
        if r["kind"] == "none":
            assert r["due"] is None, n
        else:
            dt.date.fromisoformat(r["due"])
        assert r["expect_any"], n
        for p in r["expect_any"]:
            assert p in src, (n, p)
            assert len(p.split()) >= 6, (n, p)
        if r["kind"] == "choice":
            assert len(r["expect_any"]) >= 2, n
assert rows == expected, "file differs from oracle output"
assert len({r["q"] for r in rows}) == len(rows), "duplicate questions"
print("OK", len(rows), "rows")
print(Counter(r["kind"] for r in rows))
print(Counter(r["voice"] for r in rows))
print(Counter(r["today"][:4] for r in rows), "ambiguous:", sum("ambiguous" in r for r in rows))
