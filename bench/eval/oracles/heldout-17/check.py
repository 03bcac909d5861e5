import json, collections, re, os, sys
here = os.path.dirname(os.path.abspath(__file__))
src = open("/work/shared/source/practice-standards.txt", encoding="utf-8").read()
rows = [json.loads(l) for l in open(os.path.join(here, "questions.jsonl"), encoding="utf-8")]
bad = 0
for i, r in enumerate(rows, 1):
    for k in ("q", "today", "due", "expect_any", "count", "voice", "kind"):
        assert k in r, (i, k)
    for ph in r["expect_any"]:
        if ph not in src or len(ph.split()) < 6:
            print("PHRASE FAIL", i, ph); bad += 1
    if r["kind"] == "choice" and len(r["expect_any"]) < 2:
        print("choice needs 2 phrases", i); bad += 1
    if (r["kind"] == "none") != (r["due"] is None):
        print("none/due mismatch", i); bad += 1
    if r["due"] and r["due"] not in r["count"]:
        print("due not in count", i); bad += 1
print(len(rows), "rows; phrase/shape failures:", bad)
print(collections.Counter(r["kind"] for r in rows))
print(collections.Counter(r["voice"] for r in rows))
print("ambiguous:", sum("ambiguous" in r for r in rows))
print("years(today):", collections.Counter(r["today"][:4] for r in rows))
