#!/usr/bin/env python3
"""Checks for questions.jsonl (standard library only)."""
import collections, datetime as dt, json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import oracle

SRC = "/work/shared/source/practice-standards.txt"
src = open(SRC, encoding="utf-8").read()
rows = [json.loads(l) for l in open(os.path.join(here, "questions.jsonl"), encoding="utf-8")]
fresh = oracle.build()
assert len(rows) == len(fresh)
errs = []
seen_q = set()
for i, (r, f) in enumerate(zip(rows, fresh), 1):
    for k in ("q", "today", "due", "expect_any", "count", "voice", "kind"):
        if k not in r: errs.append((i, "missing " + k))
    if r["q"] in seen_q: errs.append((i, "duplicate q"))
    seen_q.add(r["q"])
    dt.date.fromisoformat(r["today"])
    if not ("2025-01-01" <= r["today"] <= "2027-12-31"): errs.append((i, "today out of range"))
    if r["voice"] not in ("duty", "typos", "scenario", "indirect", "newstarter", "manager"): errs.append((i, "voice"))
    if r["kind"] not in ("date", "visits", "age", "choice", "none"): errs.append((i, "kind"))
    if r["kind"] == "none":
        if r["due"] is not None: errs.append((i, "none row with due"))
    else:
        dt.date.fromisoformat(r["due"])
    if r["due"] != f["due"] or r["count"] != f["count"]: errs.append((i, "due/count differs from oracle"))
    if not r["expect_any"]: errs.append((i, "no phrases"))
    for ph in r["expect_any"]:
        if ph not in src: errs.append((i, "phrase not verbatim: " + ph))
        if len(ph.split()) < 6: errs.append((i, "phrase too short: " + ph))
    if r["kind"] == "choice" and len(r["expect_any"]) < 2: errs.append((i, "choice needs 2 phrases"))
    # non-manager, non-age, non-none rows normally ask before the deadline
    if r["kind"] not in ("none", "age") and r["voice"] != "manager" and r["due"] < r["today"]:
        errs.append((i, "due before today for a non-manager row"))
print("rows:", len(rows))
print("kinds:", dict(collections.Counter(r["kind"] for r in rows)))
print("voices:", dict(collections.Counter(r["voice"] for r in rows)))
print("ambiguous:", sum(1 for r in rows if r.get("ambiguous")))
print("years of today:", dict(collections.Counter(r["today"][:4] for r in rows)))
if "-v" in sys.argv:
    D = ["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]
    for i, r in enumerate(rows, 1):
        t = dt.date.fromisoformat(r["today"])
        print("%3d %-10s %-6s today=%s %s | %s\n      %s" % (i, r["voice"], r["kind"], r["today"], D[t.weekday()], r["q"], r["count"]))
if errs:
    for e in errs: print("ERROR", e)
    sys.exit(1)
print("ALL CHECKS PASSED")
