"""Build questions.jsonl from rows.py using oracle.py."""
import json, datetime as dt, os
import oracle
from rows import ROWS

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    oracle.self_check()
    out = []
    for r in ROWS:
        today = dt.date.fromisoformat(r["today"])
        due, count = oracle.compute_row(r["ops"], today)
        if r["kind"] == "none":
            count = "no timescale: the standards do not set a date for this (expect_any quotes the sentence that covers the topic without a timescale)"
        row = {"q": r["q"], "today": r["today"], "due": due.isoformat() if due else None,
               "expect_any": r["phrases"], "count": count, "voice": r["voice"], "kind": r["kind"]}
        if r["amb"]:
            row["ambiguous"] = r["amb"]
        out.append(row)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote", len(out))


if __name__ == "__main__":
    main()
