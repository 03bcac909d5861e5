"""Checks for questions.jsonl (standard library only). Run: python3 check.py"""
import json, os, sys, collections, datetime as dt
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import oracle

SRC = open("/work/shared/source/practice-standards.txt", encoding="utf-8").read()
VOICES = {"duty", "typos", "scenario", "indirect", "newstarter", "manager"}
KINDS = {"date", "visits", "age", "choice", "none"}
errors = []
rows = []
with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            errors.append(f"line {n}: does not parse: {e}")

expected = oracle.build()
if len(expected) != len(rows):
    errors.append(f"oracle builds {len(expected)} rows, file has {len(rows)}")

for n, (row, exp) in enumerate(zip(rows, expected), 1):
    for k in ("q", "today", "due", "expect_any", "count", "voice", "kind"):
        if k not in row:
            errors.append(f"line {n}: missing {k}")
    if row["voice"] not in VOICES: errors.append(f"line {n}: bad voice")
    if row["kind"] not in KINDS: errors.append(f"line {n}: bad kind")
    dt.date.fromisoformat(row["today"])
    if row["kind"] == "none":
        if row["due"] is not None: errors.append(f"line {n}: none row with due")
    else:
        dt.date.fromisoformat(row["due"])
    if row["due"] != exp["due"] or row["count"] != exp["count"]:
        errors.append(f"line {n}: due/count differ from oracle")
    if not row["expect_any"]: errors.append(f"line {n}: empty expect_any")
    for p in row["expect_any"]:
        if p not in SRC: errors.append(f"line {n}: phrase not verbatim in source: {p!r}")
        if len(p.split()) < 6: errors.append(f"line {n}: phrase under 6 words: {p!r}")
    if row["kind"] == "choice" and len(row["expect_any"]) < 2:
        errors.append(f"line {n}: choice row needs phrases from both standards")
    if row["due"] and row["kind"] == "choice" and "earlier is " + row["due"] not in row["count"]:
        errors.append(f"line {n}: choice due is not the earlier date")
    if row["q"] != row["q"].strip(): errors.append(f"line {n}: stray whitespace in q")

qs = collections.Counter(r["q"] for r in rows)
for q, c in qs.items():
    if c > 1: errors.append(f"duplicate q: {q}")

print("rows:", len(rows))
print("kind:", dict(collections.Counter(r["kind"] for r in rows)))
print("voice:", dict(collections.Counter(r["voice"] for r in rows)))
print("ambiguous:", sum(1 for r in rows if r.get("ambiguous")))
print("today years:", dict(collections.Counter(r["today"][:4] for r in rows)))
print("due years:", dict(collections.Counter((r["due"] or "none")[:4] for r in rows)))
print("errors:", len(errors))
for e in errors: print("  ", e)
sys.exit(1 if errors else 0)
