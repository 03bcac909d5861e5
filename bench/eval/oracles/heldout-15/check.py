#!/usr/bin/env python3
"""Checks questions.jsonl: parses, fields, phrases verbatim in source, due == oracle, kind/voice counts."""
import json, os, sys, datetime as dt
from collections import Counter
HERE=os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0,HERE)
import oracle
from rows import ROWS
src=open(oracle.SOURCE,encoding="utf-8").read()
rows=[json.loads(l) for l in open(os.path.join(HERE,"questions.jsonl"),encoding="utf-8")]
assert len(rows)==len(ROWS)>=160
for i,(r,spec) in enumerate(zip(rows,ROWS)):
    assert set(r)>={"q","today","due","expect_any","count","voice","kind"}, i
    dt.date.fromisoformat(r["today"])
    assert r["expect_any"], i
    for ph in r["expect_any"]:
        assert ph in src, (i, ph); assert len(ph.split())>=6, (i, ph)
    due,count=oracle.compute(dt.date.fromisoformat(r["today"]), spec["calc"])
    assert r["due"]==(due.isoformat() if due else None) and r["count"]==count, i
    assert r["q"]==spec["q"], i
    if r["kind"]=="choice": assert len(r["expect_any"])>=2
print("OK", len(rows), dict(Counter(r["kind"] for r in rows)), dict(Counter(r["voice"] for r in rows)),
      "ambiguous:", sum("ambiguous" in r for r in rows),
      "years:", dict(Counter(r["today"][:4] for r in rows)))
