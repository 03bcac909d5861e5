"""Soak the core and the date reader with dates of every year (1 to 9999), written every way: 0 exceptions.

Run: .venv/bin/python -m bench.soak_dates [--examples 50000]   (from the project folder)

The same strategies as tests/fuzz (datefuzz/, a few thousand examples there), run for longer here. Prints how many
questions were tried, how many raised (with the first few tracebacks' last lines), and how many
of each kind of answer came back (a date outside 1990-2100 is a `date_problem`, refused in words).
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections import Counter
from datetime import date

from hypothesis import HealthCheck, given, settings

from bot.core import PracticeGuide
from calculators.chatdates import find_dates
from datefuzz.strategies import ANY_DAY, deadline_question


def soak(examples: int) -> Counter[str]:
    guide = PracticeGuide.load()
    tally: Counter[str] = Counter()
    failures: list[str] = []

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(text=deadline_question(), today=ANY_DAY)
    def run(text: str, today: date) -> None:
        tally["questions"] += 1
        try:
            find_dates(text, today)
            answer = guide.answer(text, today=today)
        except Exception:  # the soak counts every kind of failure; none is expected
            tally["exceptions"] += 1
            if len(failures) < 5:
                failures.append(traceback.format_exc().strip().splitlines()[-1])
            return
        outcome = (
            str(answer.reason) if answer.reason else ("answered" if answer.answered else str(answer.kind))
        )
        tally[f"reason {outcome}"] += 1

    run()
    for line in failures:
        print(f"  failure: {line}")
    return tally


def long_text_seconds(size: int = 100_000) -> tuple[float, int]:
    """find_dates over `size` characters of "jan 1, ": linear, so well under a second."""
    text = ("jan 1, " * (size // 7 + 1))[:size]
    started = time.perf_counter()
    finding = find_dates(text, date(2026, 11, 24))
    return time.perf_counter() - started, len(finding.dates)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=50_000)
    args = parser.parse_args()
    started = time.perf_counter()
    tally = soak(args.examples)
    seconds = time.perf_counter() - started
    print(f"{tally['questions']} questions in {seconds:.0f} s: {tally['exceptions']} exceptions")
    long_seconds, found = long_text_seconds()
    print(f'find_dates over 100 kB of "jan 1, ": {long_seconds:.2f} s ({found} dates)')
    for key, value in sorted(tally.items()):
        if key.startswith("reason"):
            print(f"  {key}: {value}")
    return 1 if tally["exceptions"] else 0


if __name__ == "__main__":
    sys.exit(main())
