"""Oracle for set-tune-8: computes `due` and `count` for every structured row and writes questions.jsonl.
Standard library only. Run: python3 oracle.py
Files: oracle_core.py (bank holidays + date arithmetic), phrases.py (verbatim phrases),
rows_a.py / rows_b.py (structured description of each row)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle_core as oc
from phrases import P
import rows_b  # noqa: F401  (registers part B rows)
from rows_a import ROWS

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.jsonl")


def build():
    out = []
    for row in ROWS:
        due, count = oc.compute(row["calc"])
        rec = {
            "q": row["q"],
            "today": row["today"],
            "due": oc.iso(due) if due else None,
            "expect_any": [P[k] for k in row["keys"]],
            "count": count,
            "voice": row["voice"],
            "kind": row["kind"],
        }
        if row["amb"]:
            rec["ambiguous"] = row["amb"]
        out.append(rec)
    return out


if __name__ == "__main__":
    recs = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} rows to {OUT}")
