"""Deadline questions right to the day: the frozen independent and held-out sets beside the project's own.

Run: .venv/bin/python bench/deadline_benchmark.py   (add --misses to list every miss by voice)

bench/eval/deadlines-independent.jsonl was written by another helper from the source document only,
with due dates from an independent oracle, and frozen before any tuning: it is never edited, but it was
tuned on after freezing. bench/eval/deadlines-heldout.jsonl was written the same way by a third hand and
never tuned on; only its counts are printed. Its rows
are of five kinds: a date (`date`, `visits`, `age`: right when the first deadline is due that day),
`choice` (two plausible rules: right when the answer offers them as choices instead of one date) and `none`
(no timescale in the standards: right when no date is given). Rows the author marked `ambiguous` whose
reading differs from the pack's are reported apart, as readings, not as the engine's errors.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from bot.answer import Answer
from bot.core import PracticeGuide

EVAL_DIR = Path(__file__).parent / "eval"
INDEPENDENT = EVAL_DIR / "deadlines-independent.jsonl"
# Written by a third hand from the source document only, after the tuning, and never tuned on: its
# questions are never printed here, so that it stays a held-out measure.
HELDOUT = EVAL_DIR / "deadlines-heldout.jsonl"
OWN = EVAL_DIR / "questions.yaml"
DATE_KINDS = ("date", "visits", "age")


@dataclass(frozen=True)
class Outcome:
    row: dict[str, Any]
    right: bool
    got: str

    @property
    def kind(self) -> str:
        return str(self.row["kind"])


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _standards_quoting(guide: PracticeGuide, phrases: list[str]) -> set[str]:
    return {e.id for e in guide.pack.entries for p in phrases if _normal(p) in _normal(e.text)}


def _describe(answer: Answer) -> str:
    if answer.deadlines:
        d = answer.deadlines[0]
        return f"{d.timescale.rule} from {d.start} due {d.due}"
    if answer.options:
        return "choices " + ", ".join(f"{o.timescale.rule} {o.due}" for o in answer.options)
    return f"no date ({answer.kind})"


def judge(guide: PracticeGuide, row: dict[str, Any]) -> Outcome:
    answer = guide.answer(row["q"], today=date.fromisoformat(row["today"]))
    got = _describe(answer)
    if row["kind"] in DATE_KINDS:
        due = date.fromisoformat(row["due"])
        return Outcome(row, bool(answer.deadlines) and answer.deadlines[0].due == due, got)
    if row["kind"] == "choice":
        # Right when the options cover at least two of the standards the set expects to be offered.
        expected = _standards_quoting(guide, row["expect_any"])
        offered = {o.timescale.standard_id for o in answer.options}
        return Outcome(
            row, len(answer.options) >= 2 and len(offered & expected) >= min(2, len(expected)), got
        )
    return Outcome(row, not answer.deadlines, got)


def own_deadlines(guide: PracticeGuide) -> tuple[int, int]:
    document = yaml.safe_load(OWN.read_text(encoding="utf-8"))
    cases = [q for q in document["questions"] if q.get("due")]
    right = 0
    for case in cases:
        answer = guide.answer(case["q"], today=case.get("today", document["today"]))
        right += bool(answer.deadlines) and answer.deadlines[0].due == case["due"]
    return right, len(cases)


def _share(right: int, total: int) -> str:
    return f"{right / total:.3f} ({right}/{total})" if total else "n/a"


def report(
    outcomes: list[Outcome],
    guide: PracticeGuide,
    *,
    misses: bool,
    path: Path = INDEPENDENT,
    held_out: bool = False,
) -> str:
    dated = [o for o in outcomes if o.kind in DATE_KINDS]
    by_kind: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        by_kind[o.kind].append(o)
    own_right, own_total = own_deadlines(guide)
    lines = [
        f"{'Held-out' if held_out else 'Independent'} set: {path.name}, {len(outcomes)} questions "
        f"({', '.join(f'{len(v)} {k}' for k, v in sorted(by_kind.items()))})",
        "",
        "| set | right to the day |",
        "| --- | --- |",
        f"| {'held-out' if held_out else 'independent'}, questions with a due date | "
        f"{_share(sum(o.right for o in dated), len(dated))} |",
        f"| project's own (bench/eval/questions.yaml) | {_share(own_right, own_total)} |",
        "",
        *(
            f"- {kind}: {_share(sum(o.right for o in group), len(group))}"
            for kind, group in sorted(by_kind.items())
        ),
        "  (choice: choices offered instead of one date; none: no date given where the standards set none)",
    ]
    wrong_dates = [o for o in dated if not o.right]
    chose = [o for o in wrong_dates if o.got.startswith("choices") and o.row["due"] in o.got]
    if wrong_dates:
        lines.append(
            f"Of the {len(wrong_dates)} dated questions not right: {len(chose)} were offered a choice "
            "that includes the right date (not a silent wrong date)."
        )
    voices = Counter(o.row["voice"] for o in outcomes if not o.right)
    totals = Counter(o.row["voice"] for o in outcomes)
    lines.append("Misses by voice: " + ", ".join(f"{v} {voices[v]}/{totals[v]}" for v in sorted(totals)))
    if held_out:
        return "\n".join(lines)  # counts only: its questions stay unseen
    readings = [o for o in outcomes if not o.right and o.row.get("ambiguous")]
    if readings:
        lines += [
            "",
            "Misses on rows the author marked ambiguous (a reading to compare with the pack's note):",
        ]
        lines += [f"  [{o.row['voice']}] {o.row['q']!r}: set {o.row['due']}, got {o.got}" for o in readings]
    if misses:
        lines += ["", "Misses by voice:"]
        for voice in sorted(totals):
            for o in outcomes:
                if not o.right and o.row["voice"] == voice and not o.row.get("ambiguous"):
                    lines.append(f"  [{voice}] ({o.kind}) {o.row['q']!r}: want {o.row['due']}, got {o.got}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every miss, grouped by voice")
    args = parser.parse_args()
    guide = PracticeGuide.load()
    for path, held_out in ((INDEPENDENT, False), (HELDOUT, True)):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        outcomes = [judge(guide, row) for row in rows]
        print(report(outcomes, guide, misses=args.misses, path=path, held_out=held_out))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
