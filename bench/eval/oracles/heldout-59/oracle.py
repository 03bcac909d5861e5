#!/usr/bin/env python3
"""Oracle for the held-out deadline questions. Standard library only.
engine.py  : typed bank holidays + date arithmetic (conventions from the brief)
phrases.py : verbatim phrases from practice-standards.txt
rows.py    : structured description of each question
Run: python3 oracle.py  -> writes questions.jsonl and runs the checks."""
import json, collections, datetime as dt, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from engine import calc
from phrases import P
from rows import ROWS
SRC = "/work/shared/source/practice-standards.txt"

def build():
    out = []
    for r in ROWS:
        today = dt.date.fromisoformat(r["today"])
        if r["kind"] == "none":
            due, count = None, "no deadline: the standards do not set a timescale for this (see expect_any for the sentence on the topic)"
        elif r["kind"] == "choice":
            res = [calc(c, today) for c in r["calc"]]
            due = min(d for d, _ in res)
            count = " | ".join(f"option {i+1}: {s}" for i, (_, s) in enumerate(res)) + f"; due = earlier = {due.isoformat()}"
        else:
            due, count = calc(r["calc"], today)
        row = {"q": r["q"], "today": r["today"], "due": due.isoformat() if due else None,
               "expect_any": [P[k] for k in r["keys"]], "count": count, "voice": r["voice"], "kind": r["kind"]}
        if r["amb"]: row["ambiguous"] = r["amb"]
        out.append(row)
    return out

def check(path):
    src = open(SRC, encoding="utf-8").read()
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    for i, r in enumerate(rows):
        assert set(r) >= {"q","today","due","expect_any","count","voice","kind"}, i
        dt.date.fromisoformat(r["today"])
        assert (r["due"] is None) == (r["kind"] == "none"), i
        if r["due"]: dt.date.fromisoformat(r["due"])
        assert r["expect_any"], i
        for ph in r["expect_any"]:
            assert ph in src, (i, ph)
            assert len(ph.split()) >= 6, (i, ph)
        if r["kind"] == "choice": assert len(r["expect_any"]) >= 2, i
        assert r["voice"] in {"duty","typos","scenario","indirect","newstarter","manager"}, i
        assert r["kind"] in {"date","visits","age","choice","none"}, i
    assert len({r["q"] for r in rows}) == len(rows), "duplicate q"
    print("rows:", len(rows))
    print("kinds:", dict(collections.Counter(r["kind"] for r in rows)))
    print("voices:", dict(collections.Counter(r["voice"] for r in rows)))
    print("ambiguous:", sum(1 for r in rows if "ambiguous" in r))
    print("years of due:", dict(collections.Counter(r["due"][:4] for r in rows if r["due"])))

if __name__ == "__main__":
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for row in build(): f.write(json.dumps(row, ensure_ascii=False) + "\n")
    check(path)
