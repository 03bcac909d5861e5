#!/usr/bin/env python3
"""Checks questions.jsonl: parses, phrases verbatim in source, due matches oracle, kind/voice counts."""
import json, collections, datetime as dt, subprocess, sys
SRC = open("/work/shared/source/practice-standards.txt", encoding="utf-8").read()
rows = [json.loads(l) for l in open("questions.jsonl", encoding="utf-8")]
errs = []
for i, r in enumerate(rows):
    assert set(r) <= {"q","today","due","expect_any","count","voice","kind","ambiguous"}, r.keys()
    dt.date.fromisoformat(r["today"])
    if r["kind"] == "none": assert r["due"] is None
    else: dt.date.fromisoformat(r["due"])
    assert r["voice"] in {"duty","typos","scenario","indirect","newstarter","manager"}
    assert r["kind"] in {"date","visits","age","choice","none"}
    assert r["expect_any"]
    if r["kind"] == "choice": assert len(r["expect_any"]) >= 2
    for p in r["expect_any"]:
        if p not in SRC: errs.append((i, "phrase not in source", p))
        if len(p.split()) < 6: errs.append((i, "phrase under 6 words", p))
    # today should not be before the event for forward questions (rough check: today <= due for non-manager date rows is not required)
# re-run the oracle from the structured rows and compare
import importlib.util, io, contextlib
ns = {}
src = open("build.py", encoding="utf-8").read().replace('with open("questions.jsonl", "w", encoding="utf-8") as f:', 'with open("/dev/null", "w", encoding="utf-8") as f:')
with contextlib.redirect_stdout(io.StringIO()):
    exec(compile(src, "build.py", "exec"), ns)
again = ns["out"]
assert len(again) == len(rows)
for i, (a, b) in enumerate(zip(again, rows)):
    if a["due"] != b["due"] or a["count"] != b["count"] or a["today"] != b["today"]: errs.append((i, "oracle mismatch"))
print("rows", len(rows))
print("kinds", dict(collections.Counter(r["kind"] for r in rows)))
print("voices", dict(collections.Counter(r["voice"] for r in rows)))
print("ambiguous", sum("ambiguous" in r for r in rows))
years = collections.Counter(r["today"][:4] for r in rows); print("today years", dict(years))
print("errors", errs if errs else "none")
sys.exit(1 if errs else 0)
