import json, collections, datetime as dt
src = open("/work/shared/source/practice-standards.txt", encoding="utf-8").read()
from oracle import compute
from rows import ROWS
rows = [json.loads(l) for l in open("questions.jsonl", encoding="utf-8")]
assert len(rows) == len(ROWS)
for r, spec in zip(rows, ROWS):
    assert set(r) >= {"q","today","due","expect_any","count","voice","kind"}
    dt.date.fromisoformat(r["today"])
    for p in r["expect_any"]: assert p in src and len(p.split()) >= 6, p
    due, count = compute(spec[4], dt.date.fromisoformat(r["today"]))
    assert (due.isoformat() if due else None) == r["due"] and count == r["count"]
    assert (r["due"] is None) == (r["kind"] == "none")
    assert r["voice"] in {"duty","typos","scenario","indirect","newstarter","manager"}
print("OK", len(rows), dict(collections.Counter(r["kind"] for r in rows)), dict(collections.Counter(r["voice"] for r in rows)))
