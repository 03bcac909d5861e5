#!/usr/bin/env python3
"""Checks questions.jsonl: parses, phrases verbatim in source, dues from oracle, distributions."""
import collections, json, re, sys, datetime as dt, os
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import oracle
src = open("/work/shared/source/practice-standards.txt", encoding="utf-8").read()
rows = [json.loads(l) for l in open(os.path.join(here, "questions.jsonl"), encoding="utf-8")]
built = oracle.build()
ok = True
assert len(rows) == len(built)
VOICES = {"duty", "typos", "scenario", "indirect", "newstarter", "manager"}
KINDS = {"date", "visits", "age", "choice", "none"}
for i, (r, b) in enumerate(zip(rows, built)):
    assert set(r) >= {"q", "today", "due", "expect_any", "count", "voice", "kind"}, i
    assert r["voice"] in VOICES and r["kind"] in KINDS, i
    dt.date.fromisoformat(r["today"])
    if r["kind"] == "none":
        assert r["due"] is None, i
    else:
        dt.date.fromisoformat(r["due"])
    assert r["due"] == b["due"] and r["count"] == b["count"], i
    assert r["expect_any"], i
    for p in r["expect_any"]:
        if p not in src:
            print("PHRASE NOT FOUND", i, p); ok = False
        if len(p.split()) < 6:
            print("PHRASE TOO SHORT", i, p); ok = False
    if r["kind"] == "choice" and len(r["expect_any"]) < 2:
        print("CHOICE needs 2 phrases", i); ok = False
    # weekday-name + date sanity
    for m in re.finditer(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? (\d{1,2})(?:st|nd|rd|th)? (January|February|March|April|May|June|July|August|September|October|November|December)(?: (\d{4}))?", r["q"]):
        y = int(m.group(4)) if m.group(4) else int(r["today"][:4])
        d = dt.datetime.strptime(f"{m.group(2)} {m.group(3)} {y}", "%d %B %Y").date()
        if d.strftime("%a") != m.group(1)[:3]:
            print("WEEKDAY MISMATCH", i, m.group(0), d.strftime("%a")); ok = False
    for m in re.finditer(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]* (\d{2})/(\d{2})/(\d{2})", r["q"]):
        d = dt.date(2000 + int(m.group(4)), int(m.group(3)), int(m.group(2)))
        if d.strftime("%a") != m.group(1)[:3]:
            print("WEEKDAY MISMATCH", i, m.group(0)); ok = False
print(len(rows), "rows")
print("kinds", collections.Counter(r["kind"] for r in rows))
print("voices", collections.Counter(r["voice"] for r in rows))
print("ambiguous", sum("ambiguous" in r for r in rows))
print("years", collections.Counter(r["today"][:4] for r in rows))
print("ALL OK" if ok else "PROBLEMS")
