"""Deadline questions right to the day: the frozen sets written by other hands, beside the project's own.

Run: .venv/bin/python bench/deadline_benchmark.py   (--misses lists the tuning sets' misses by voice;
--tuning leaves the held-out sets out, so that tuning never even sees their counts)

Every set was written by another hand from the source document only, with due dates from that writer's own
oracle (bench/eval/oracles/), and frozen before any tuning: none is ever edited. A hundred and seventeen were
tuned on after freezing (the independent set, the third round's two tuning sets, and the fourth to
fifty-eighth rounds' held-out sets, each held out until its counts were reported: the fourth's on 1 December
2026, the fifth's at commit b98229a, the sixth's at 2c4a49c, the seventh's at 5e770ac, whose code is
85ab507's, the eighth's at f954d2f, whose behaviour is 202bebf's, the ninth's at 03178f5, whose behaviour is
320bb34's, the tenth's at 0f04022, whose behaviour is aa5b145's, the eleventh's at a7f6428, whose behaviour is
2e77bd2's, the twelfth's at b6ca61c, whose behaviour is 842c564's, the thirteenth's at 47f0e7b, whose
behaviour is 11a6824's, the fourteenth's at 14d6d73, whose behaviour is 87095a9's, the fifteenth's at d3052e9,
whose behaviour is 1eb53a6's, the sixteenth's at 619a933, whose behaviour is ea82c4e's, the seventeenth's at
33610a9, whose behaviour is ed2313e's, the eighteenth's at 8982a1e, whose behaviour is ed0835f's, the
nineteenth's at f42c5bd, whose behaviour is 87e6af5's, the twentieth's at c967a93, whose behaviour is
a82e55c's, the twenty-first's at 6fc9865, whose behaviour is c52c6ae's, the twenty-second's at 0d611bc, whose
behaviour is 515d393's, the twenty-third's at ca58d16, whose behaviour is 75b4089's, the twenty-fourth's at
4fb8928, whose behaviour is be29f08's, the twenty-fifth's at af32384, whose behaviour is 66b94de's, the
twenty-sixth's at cd7af91, whose behaviour is 97b53d2's, the twenty-seventh's at b947ac7, whose behaviour is
5e869c3's, the twenty-eighth's at 210f37f, whose behaviour is e88a2c6's, the twenty-ninth's at 94f322f, whose
behaviour is fbada10's, the thirtieth's at 3cb5e19, whose behaviour is 3cb5e19's, the thirty-first's at
6c2ddb5, whose behaviour is 6c2ddb5's, the thirty-second's at c2c04bc, whose behaviour is c2c04bc's, the
thirty-third's at 4b70631, whose behaviour is 4b70631's, the thirty-fourth's at 865fea8, whose behaviour is
865fea8's, the thirty-fifth's at 8191735, whose behaviour is 8191735's, the thirty-sixth's at ce4d275, whose
behaviour is ce4d275's, the thirty-seventh's at f9376dd, whose behaviour is f9376dd's, the thirty-eighth's at
3e79424, whose behaviour is 3e79424's, the thirty-ninth's at b67f0a5, whose behaviour is b67f0a5's, the
fortieth's at 93e435a, whose behaviour is 93e435a's, the forty-first's at 3a495a6, whose behaviour is
3a495a6's, the forty-second's at 4537a4a, whose behaviour is 4537a4a's, the forty-third's at e1090cb, whose
behaviour is e1090cb's, the forty-fourth's at 79771d0, whose behaviour is 79771d0's, the forty-fifth's at
9cac28b, whose behaviour is 9cac28b's, the forty-sixth's at 622920b, whose behaviour is 622920b's, the
forty-seventh's at 4353fd8, whose behaviour is 4353fd8's, the forty-eighth's at e8fb17f, whose behaviour is
e8fb17f's, the forty-ninth's at 9b87c54, whose behaviour is 9b87c54's, the fiftieth's at 0127264, whose
behaviour is 0127264's, the fifty-first's at d4e04ca, whose behaviour is d4e04ca's, the fifty-second's at
7e987a4, whose behaviour is 7e987a4's, the fifty-third's at 565fd9a, whose behaviour is 565fd9a's, the
fifty-fourth's at 5e82a86, whose behaviour is 5e82a86's, the fifty-fifth's at 2c1f204, whose behaviour is
2c1f204's, the fifty-sixth's at bdc648f, whose behaviour is bdc648f's, the fifty-seventh's at 6e4b4d4, whose
behaviour is 6e4b4d4's, the fifty-eighth's at 9ca327c, whose behaviour is 9ca327c's) and the sixth to
fifty-ninth rounds' tuning sets, the fifty-fifth's two (a second from the same brief was written and frozen
after the first changes of its stop, before anything was measured on it) and the fifty-sixth's to
fifty-ninth's two each (a second from the same brief written alongside the first); three are held out, and of
those only counts are printed: the second-round held-out set, whose misses were read twice while measuring,
and the third and fifty-ninth rounds', which nobody working on the bot has read.
From the seventh round on, each round was written by two helpers from the same brief
(bench/eval/oracles/*/BRIEF.md), one set to tune on, with a third of its rows in the indirect voice (the
eighth's also a quarter manager, the ninth's to fifty-ninth's a quarter scenario), and one held out. Each set
is frozen at the commit that adds it. The fifty-ninth round (7 December 2026) was added before any change was
measured on it, and its held-out counts printed on the code it was frozen with (whose behaviour is 9ca327c's).
Their rows are of five kinds: a date (`date`, `visits`, `age`: right when the first deadline is due that day),
`choice` (two plausible rules: right when the answer offers them as choices instead of one date) and `none`
(no timescale in the standards: right when no date is given). Rows the author marked `ambiguous` whose reading
differs from the pack's are reported apart, as readings, not as the engine's errors. Where a row's writer gave
the date a compliance question checks ("actual 2026-01-02 (Fri) -> in timescale"), the answer's own verdict on
it is counted too: right, wrong, or not given.
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

from bot.answer import Answer, Kind
from bot.core import PracticeGuide

EVAL_DIR = Path(__file__).parent / "eval"
OWN = EVAL_DIR / "questions.yaml"


@dataclass(frozen=True)
class EvalSet:
    path: Path
    name: str
    held_out: bool  # never tuned on: only its counts are printed, never its questions


SETS = (
    EvalSet(EVAL_DIR / "deadlines-independent.jsonl", "independent (round 2, tuned on)", False),
    EvalSet(EVAL_DIR / "deadlines-tune-3.jsonl", "tuning (round 3, tuned on)", False),
    EvalSet(
        EVAL_DIR / "deadlines-tune-3b.jsonl", "tuning (round 3b: scenario and indirect, tuned on)", False
    ),
    EvalSet(EVAL_DIR / "deadlines-heldout.jsonl", "held-out (round 2, misses read twice)", True),
    EvalSet(EVAL_DIR / "deadlines-heldout-3.jsonl", "held-out (round 3, never read)", True),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-4.jsonl",
        "tuning (round 4: held out until 1 December 2026, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-5.jsonl",
        "tuning (round 5: held out until its counts at b98229a, then tuned on)",
        False,
    ),
    EvalSet(EVAL_DIR / "deadlines-tune-6.jsonl", "tuning (round 6, tuned on)", False),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-6.jsonl",
        "tuning (round 6 held-out: held out until its counts at 2c4a49c, then tuned on)",
        False,
    ),
    EvalSet(EVAL_DIR / "deadlines-tune-7.jsonl", "tuning (round 7, a third indirect, tuned on)", False),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-7.jsonl",
        "tuning (round 7 held-out: held out until its counts at 5e770ac, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-8.jsonl",
        "tuning (round 8, a third indirect, a quarter manager, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-8.jsonl",
        "tuning (round 8 held-out: held out until its counts at f954d2f, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-9.jsonl",
        "tuning (round 9, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-9.jsonl",
        "tuning (round 9 held-out: held out until its counts at 03178f5, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-10.jsonl",
        "tuning (round 10, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-10.jsonl",
        "tuning (round 10 held-out: held out until its counts at 0f04022, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-11.jsonl",
        "tuning (round 11, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-11.jsonl",
        "tuning (round 11 held-out: held out until its counts at a7f6428, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-12.jsonl",
        "tuning (round 12, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-12.jsonl",
        "tuning (round 12 held-out: held out until its counts at b6ca61c, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-13.jsonl",
        "tuning (round 13, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-13.jsonl",
        "tuning (round 13 held-out: held out until its counts at 47f0e7b, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-14.jsonl",
        "tuning (round 14, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-14.jsonl",
        "tuning (round 14 held-out: held out until its counts at 14d6d73, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-15.jsonl",
        "tuning (round 15, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-15.jsonl",
        "tuning (round 15 held-out: held out until its counts at d3052e9, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-16.jsonl",
        "tuning (round 16, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-16.jsonl",
        "tuning (round 16 held-out: held out until its counts at 619a933, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-17.jsonl",
        "tuning (round 17, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-17.jsonl",
        "tuning (round 17 held-out: held out until its counts at 33610a9, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-18.jsonl",
        "tuning (round 18, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-18.jsonl",
        "tuning (round 18 held-out: held out until its counts at 8982a1e, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-19.jsonl",
        "tuning (round 19, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-19.jsonl",
        "tuning (round 19 held-out: held out until its counts at f42c5bd, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-20.jsonl",
        "tuning (round 20, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-20.jsonl",
        "tuning (round 20 held-out: held out until its counts at c967a93, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-21.jsonl",
        "tuning (round 21, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-21.jsonl",
        "tuning (round 21 held-out: held out until its counts at 6fc9865, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-22.jsonl",
        "tuning (round 22, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-22.jsonl",
        "tuning (round 22 held-out: held out until its counts at 0d611bc, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-23.jsonl",
        "tuning (round 23, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-23.jsonl",
        "tuning (round 23 held-out: held out until its counts at ca58d16, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-24.jsonl",
        "tuning (round 24, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-24.jsonl",
        "tuning (round 24 held-out: held out until its counts at 4fb8928, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-25.jsonl",
        "tuning (round 25, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-25.jsonl",
        "tuning (round 25 held-out: held out until its counts at af32384, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-26.jsonl",
        "tuning (round 26, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-26.jsonl",
        "tuning (round 26 held-out: held out until its counts at cd7af91, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-27.jsonl",
        "tuning (round 27, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-27.jsonl",
        "tuning (round 27 held-out: held out until its counts at b947ac7, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-28.jsonl",
        "tuning (round 28, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-28.jsonl",
        "tuning (round 28 held-out: held out until its counts at 210f37f, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-29.jsonl",
        "tuning (round 29, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-29.jsonl",
        "tuning (round 29 held-out: held out until its counts at 94f322f, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-30.jsonl",
        "tuning (round 30, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-30.jsonl",
        "tuning (round 30 held-out: held out until its counts at 3cb5e19, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-31.jsonl",
        "tuning (round 31, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-31.jsonl",
        "tuning (round 31 held-out: held out until its counts at 6c2ddb5, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-32.jsonl",
        "tuning (round 32, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-32.jsonl",
        "tuning (round 32 held-out: held out until its counts at c2c04bc, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-33.jsonl",
        "tuning (round 33, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-33.jsonl",
        "tuning (round 33 held-out: held out until its counts at 4b70631, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-34.jsonl",
        "tuning (round 34, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-34.jsonl",
        "tuning (round 34 held-out: held out until its counts at 865fea8, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-35.jsonl",
        "tuning (round 35, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-35.jsonl",
        "tuning (round 35 held-out: held out until its counts at 8191735, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-36.jsonl",
        "tuning (round 36, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-36.jsonl",
        "tuning (round 36 held-out: held out until its counts at ce4d275, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-37.jsonl",
        "tuning (round 37, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-37.jsonl",
        "tuning (round 37 held-out: held out until its counts at f9376dd, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-38.jsonl",
        "tuning (round 38, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-38.jsonl",
        "tuning (round 38 held-out: held out until its counts at 3e79424, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-39.jsonl",
        "tuning (round 39, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-39.jsonl",
        "tuning (round 39 held-out: held out until its counts at b67f0a5, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-40.jsonl",
        "tuning (round 40, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-40.jsonl",
        "tuning (round 40 held-out: held out until its counts at 93e435a, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-41.jsonl",
        "tuning (round 41, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-41.jsonl",
        "tuning (round 41 held-out: held out until its counts at 3a495a6, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-42.jsonl",
        "tuning (round 42, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-42.jsonl",
        "tuning (round 42 held-out: held out until its counts at 4537a4a, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-43.jsonl",
        "tuning (round 43, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-43.jsonl",
        "tuning (round 43 held-out: held out until its counts at e1090cb, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-44.jsonl",
        "tuning (round 44, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-44.jsonl",
        "tuning (round 44 held-out: held out until its counts at 79771d0, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-45.jsonl",
        "tuning (round 45, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-45.jsonl",
        "tuning (round 45 held-out: held out until its counts at 9cac28b, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-46.jsonl",
        "tuning (round 46, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-46.jsonl",
        "tuning (round 46 held-out: held out until its counts at 622920b, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-47.jsonl",
        "tuning (round 47, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-47.jsonl",
        "tuning (round 47 held-out: held out until its counts at 4353fd8, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-48.jsonl",
        "tuning (round 48, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-48.jsonl",
        "tuning (round 48 held-out: held out until its counts at e8fb17f, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-49.jsonl",
        "tuning (round 49, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-49.jsonl",
        "tuning (round 49 held-out: held out until its counts at 9b87c54, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-50.jsonl",
        "tuning (round 50, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-50.jsonl",
        "tuning (round 50 held-out: held out until its counts at 0127264, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-51.jsonl",
        "tuning (round 51, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-51.jsonl",
        "tuning (round 51 held-out: held out until its counts at d4e04ca, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-52.jsonl",
        "tuning (round 52, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-52.jsonl",
        "tuning (round 52 held-out: held out until its counts at 7e987a4, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-53.jsonl",
        "tuning (round 53, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-53.jsonl",
        "tuning (round 53 held-out: held out until its counts at 565fd9a, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-54.jsonl",
        "tuning (round 54, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-54.jsonl",
        "tuning (round 54 held-out: held out until its counts at 5e82a86, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-55.jsonl",
        "tuning (round 55, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-55b.jsonl",
        "tuning (round 55, a second set from the same brief, written after the first changes, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-55.jsonl",
        "tuning (round 55 held-out: held out until its counts at 2c1f204, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-56.jsonl",
        "tuning (round 56, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-56b.jsonl",
        "tuning (round 56, a second set from the same brief, written alongside the first, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-56.jsonl",
        "tuning (round 56 held-out: held out until its counts at bdc648f, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-57.jsonl",
        "tuning (round 57, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-57b.jsonl",
        "tuning (round 57, a second set from the same brief, written alongside the first, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-57.jsonl",
        "tuning (round 57 held-out: held out until its counts at 6e4b4d4, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-58.jsonl",
        "tuning (round 58, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-58b.jsonl",
        "tuning (round 58, a second set from the same brief, written alongside the first, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-heldout-58.jsonl",
        "tuning (round 58 held-out: held out until its counts at 9ca327c, then tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-59.jsonl",
        "tuning (round 59, a third indirect, a quarter scenario, tuned on)",
        False,
    ),
    EvalSet(
        EVAL_DIR / "deadlines-tune-59b.jsonl",
        "tuning (round 59, a second set from the same brief, written alongside the first, tuned on)",
        False,
    ),
    EvalSet(EVAL_DIR / "deadlines-heldout-59.jsonl", "held-out (round 59, never read)", True),
)
DATE_KINDS = ("date", "visits", "age")


@dataclass(frozen=True)
class Outcome:
    row: dict[str, Any]
    right: bool
    got: str
    in_time: bool | None = None  # the answer's verdict on a date the question checks, if it gave one

    @property
    def kind(self) -> str:
        return str(self.row["kind"])


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _standards_quoting(guide: PracticeGuide, phrases: list[str]) -> set[str]:
    return {e.id for e in guide.pack.entries for p in phrases if _normal(p) in _normal(e.text)}


def _describe(answer: Answer) -> str:
    if answer.kind is Kind.TIMELINE and answer.deadlines:
        return "timeline " + ", ".join(f"{d.timescale.rule} {d.due}" for d in answer.deadlines)
    if answer.deadlines:
        d = answer.deadlines[0]
        return f"{d.timescale.rule} from {d.start} due {d.due}"
    if answer.options:
        return "choices " + ", ".join(f"{o.timescale.rule} {o.due}" for o in answer.options)
    return f"no date ({answer.kind})"


# A compliance row's own verdict, as its writer's oracle put it: "...; actual 2026-01-02 (Fri) -> in timescale".
_ACTUAL = re.compile(r"actual (\d{4}-\d{2}-\d{2}) \(\w+\) -> (in|OUT of) timescale")


def judge(guide: PracticeGuide, row: dict[str, Any]) -> Outcome:
    answer = guide.answer(row["q"], today=date.fromisoformat(row["today"]))
    got = _describe(answer)
    if row["kind"] in DATE_KINDS:
        due = date.fromisoformat(row["due"])
        one_date = answer.kind is Kind.DEADLINE and bool(answer.deadlines)  # a timeline is not one date
        return Outcome(row, one_date and answer.deadlines[0].due == due, got, answer.in_time)
    if row["kind"] == "choice":
        # Right when the options (or a "what's next" timeline) cover at least two of the standards the set
        # expects to be offered.
        expected = _standards_quoting(guide, row["expect_any"])
        listed = answer.options or (answer.deadlines if answer.kind is Kind.TIMELINE else ())
        offered = {o.timescale.standard_id for o in listed}
        return Outcome(row, len(listed) >= 2 and len(offered & expected) >= min(2, len(expected)), got)
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


def report(outcomes: list[Outcome], evaluation: EvalSet, *, misses: bool) -> str:
    dated = [o for o in outcomes if o.kind in DATE_KINDS]
    by_kind: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        by_kind[o.kind].append(o)
    lines = [
        f"{evaluation.name}: {evaluation.path.name}, {len(outcomes)} questions "
        f"({', '.join(f'{len(v)} {k}' for k, v in sorted(by_kind.items()))})",
        f"  right to the day, questions with a due date: {_share(sum(o.right for o in dated), len(dated))}",
        "  "
        + "; ".join(
            f"{kind} {_share(sum(o.right for o in group), len(group))}"
            for kind, group in sorted(by_kind.items())
        ),
    ]
    wrong_dates = [o for o in dated if not o.right]
    chose = [o for o in wrong_dates if o.got.startswith("choices") and o.row["due"] in o.got]
    silent = [o for o in wrong_dates if not o.got.startswith(("choices", "timeline", "no date"))]
    if wrong_dates:
        lines.append(
            f"  of the {len(wrong_dates)} dated questions not right: {len(silent)} wrong date, "
            f"{len(chose)} a choice including the right date, "
            f"{len(wrong_dates) - len(silent) - len(chose)} other choice or no date"
        )
    checks = [(o, _ACTUAL.search(str(o.row.get("count", "")))) for o in dated]
    checks = [(o, m.group(2) == "in") for o, m in checks if m]
    if checks:
        given = [(o, want) for o, want in checks if o.in_time is not None]
        lines.append(
            f"  compliance verdicts, on the {len(checks)} rows checking a date: "
            f"{sum(o.in_time == want for o, want in given)} right, {sum(o.in_time != want for o, want in given)} "
            f"wrong, {len(checks) - len(given)} not given"
        )
    voices = Counter(o.row["voice"] for o in outcomes if not o.right)
    totals = Counter(o.row["voice"] for o in outcomes)
    lines.append("  misses by voice: " + ", ".join(f"{v} {voices[v]}/{totals[v]}" for v in sorted(totals)))
    if evaluation.held_out or not misses:
        return "\n".join(lines)  # a held-out set's questions stay unseen
    for voice in sorted(totals):
        for o in outcomes:
            if not o.right and o.row["voice"] == voice:
                mark = " (marked ambiguous)" if o.row.get("ambiguous") else ""
                lines.append(f"  [{voice}] ({o.kind}){mark} {o.row['q']!r}: want {o.row['due']}, got {o.got}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the tuning sets' misses, by voice")
    parser.add_argument("--tuning", action="store_true", help="leave the held-out sets out")
    args = parser.parse_args()
    guide = PracticeGuide.load()
    own_right, own_total = own_deadlines(guide)
    print(f"project's own (bench/eval/questions.yaml): {_share(own_right, own_total)} right to the day")
    print("(choice: choices offered instead of one date; none: no date given where the standards set none)")
    for evaluation in SETS:
        if args.tuning and evaluation.held_out:
            continue
        rows = [json.loads(line) for line in evaluation.path.read_text(encoding="utf-8").splitlines() if line]
        print()
        print(report([judge(guide, row) for row in rows], evaluation, misses=args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
