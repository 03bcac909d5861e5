"""Coordinate search over the step finder's weights on the tuning sets only (never the held-out ones).

Run: .venv/bin/python -m bench.tune_steps [--rounds 2]
The weights in knowledge/steps.py and knowledge/step_dates.py and the choice margins in bot/deadline_questions.py were set by hand;
this tries each one a step up and down, keeps a change when the objective improves, and prints the
weights it ends with, for a person to copy into the code (it edits nothing). The objective counts
questions right to the day and choice/none rows right, less two for every silent wrong date: a
wrong date given as the answer is worse than offering a choice.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

import bot.deadline_questions as choosing
import knowledge.step_dates as step_dates
import knowledge.steps as steps
from bench.deadline_benchmark import DATE_KINDS, SETS, judge
from bot.core import PracticeGuide

WEIGHTS = {
    steps: [
        "ENTRY_WEIGHT",
        "NAME_WEIGHT",
        "NAME_WORD_WEIGHT",
        "CLAUSE_NAME_SHARE",
        "CONTEXT_WEIGHT",
        "PHASE_WEIGHT",
        "PAST_MEETING_PENALTY",
        "NEXT_WEIGHT",
        "OUTCOME_DATED_WEIGHT",
        "OWN_DATE_PENALTY",
    ],
    step_dates: ["EVENT_WEIGHT", "FIRST_EVENT_WEIGHT", "ALSO_EVENT_WEIGHT", "OTHER_EVENT_PENALTY"],
    choosing: ["CHOICE_MARGIN", "NAMED_CHOICE_MARGIN", "PAST_DUE_PENALTY", "SAME_DAY_PENALTY"],
}
SILENT_WRONG_COST = 2


def objective(guide: PracticeGuide, rows: list[dict[str, Any]]) -> tuple[int, int, int]:
    """(objective, right, silent wrong dates) over the rows."""
    right = silent = 0
    for row in rows:
        outcome = judge(guide, row)
        right += outcome.right
        if row["kind"] in DATE_KINDS and not outcome.right:
            silent += not outcome.got.startswith(("choices", "timeline", "no date"))
    return right - SILENT_WRONG_COST * silent, right, silent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    guide = PracticeGuide.load()
    rows = [
        json.loads(line)
        for s in SETS
        if not s.held_out
        for line in s.path.read_text(encoding="utf-8").splitlines()
        if line
    ]
    best = objective(guide, rows)
    print(f"start: objective {best[0]} (right {best[1]}/{len(rows)}, silent wrong {best[2]})", flush=True)
    for _ in range(args.rounds):
        changed = False
        for module, names in WEIGHTS.items():
            for name in names:
                value = getattr(module, name)
                for factor in (0.5, 1.5):
                    setattr(module, name, round(value * factor, 4))
                    trial = objective(guide, rows)
                    if trial[0] > best[0]:
                        best, value, changed = trial, getattr(module, name), True
                        print(
                            f"{name} = {value}: objective {best[0]} (right {best[1]}, silent wrong {best[2]})",
                            flush=True,
                        )
                    setattr(module, name, value)
        if not changed:
            break
    print("final:", {n: getattr(m, n) for m, names in WEIGHTS.items() for n in names})
    return 0


if __name__ == "__main__":
    sys.exit(main())
