#!/usr/bin/env python3
"""Checks questions.jsonl: parses, fields, phrases verbatim in source, due == oracle output, distributions."""
import json, collections, subprocess, sys, os, datetime as dt
here = os.path.dirname(os.path.abspath(__file__))
src = open("/work/shared/source/practice-standards.txt", encoding="utf-8").read()
path = os.path.join(here, "questions.jsonl")
before = open(path, encoding="utf-8").read()
subprocess.run([sys.executable, os.path.join(here, "oracle.py")], check=True, capture_output=True)
after = open(path, encoding="utf-8").read()
assert before == after, "questions.jsonl differs from fresh oracle output"
rows = [json.loads(l) for l in before.splitlines()]
errs = 0
VOICES = {"duty", "typos", "scenario", "indirect", "newstarter", "manager"}
KINDS = {"date", "visits", "age", "choice", "none"}
seen = set()
for i, r in enumerate(rows, 1):
    for k in ("q", "today", "due", "expect_any", "count", "voice", "kind"):
        if k not in r: print(i, "missing", k); errs += 1
    dt.date.fromisoformat(r["today"])
    if r["kind"] == "none":
        if r["due"] is not None: print(i, "none row with due"); errs += 1
    else:
        dt.date.fromisoformat(r["due"])
    if r["voice"] not in VOICES or r["kind"] not in KINDS: print(i, "bad voice/kind"); errs += 1
    if not r["expect_any"]: print(i, "empty expect_any"); errs += 1
    for p in r["expect_any"]:
        if len(p.split()) < 6: print(i, "phrase too short:", p); errs += 1
        if p not in src: print(i, "phrase NOT in source:", p); errs += 1
    if r["kind"] == "choice" and len(r["expect_any"]) < 2: print(i, "choice needs 2+ phrases"); errs += 1
    if r["q"] in seen: print(i, "duplicate q"); errs += 1
    seen.add(r["q"])
n = len(rows)
print("rows", n, "errors", errs)
print("kinds", dict(collections.Counter(r["kind"] for r in rows)))
vc = collections.Counter(r["voice"] for r in rows)
print("voices", {k: f"{v} ({v / n:.0%})" for k, v in vc.items()})
print("ambiguous", sum(1 for r in rows if "ambiguous" in r))
print("years", dict(collections.Counter(r["today"][:4] for r in rows)))
sys.exit(1 if errs else 0)
