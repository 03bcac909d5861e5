"""Quality and speed of Practice Guide on every evaluation set, with anchors side by side in one run.

Run: .venv/bin/python -m bench.benchmark            (all sets, anchors, timings)
     .venv/bin/python -m bench.benchmark --misses   (the questions answered wrongly, by voice)

Sets (bench/evalsets.py): the project's own tune and held-out splits, the outside development set
(when ../shared is present) and the frozen independent set. Anchors rank the same pack units with
plain BM25 (no synonyms, no typo correction) and, when bench/.base-model holds it (made by
`bench/train.py --epochs 0 --out bench/.base-model`), the untuned encoder; "lexical only" and
"encoder only" are the two halves of the shipped index.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from bench.anchors import BASE_MODEL_DIR, anchors
from bench.evalsets import Case, all_sets
from bot.answer import Answer
from bot.core import PracticeGuide
from knowledge.encoder import MODEL_FILE

REPEATS = 3  # timing passes over every question, for stable percentiles
Ranker = Callable[[str], list[str]]


def _share(flags: list[bool]) -> str:
    return f"{sum(flags) / len(flags):.3f}" if flags else "-"


def _guesses(answer: Answer) -> list[str]:
    """What the user sees as candidates: the quoted standard and related, or the guesses offered."""
    return [m.id for m in (answer.matches if answer.answered else answer.suggestions)]


def verdict(case: Case, answer: Answer) -> str:
    """right, wrong, abstained (in scope, said I don't know) or answered-oos."""
    if case.kind == "oos":
        return "abstained" if not answer.answered else "answered-oos"
    if case.kind == "glossary":
        return "right" if case.glossary_right(answer.glossary) else "wrong"
    if not answer.answered:
        return "abstained"
    if case.kind == "deadline" and case.due is not None:
        got = answer.deadlines[0].due if answer.deadlines else None
        if got is not None:
            return "right" if got == case.due else "wrong"
    quoted = answer.quoted
    return "right" if quoted is not None and quoted.id in case.expect else "wrong"


def score_set(guide: PracticeGuide, cases: list[Case]) -> dict[str, str]:
    first, top3, wrongly_abstained, oos_abstained, glossary, dates = [], [], [], [], [], []
    for case in cases:
        answer = guide.answer(case.q, today=case.today)
        outcome = verdict(case, answer)
        if case.kind == "oos":
            oos_abstained.append(outcome == "abstained")
            continue
        if case.kind == "glossary":
            glossary.append(outcome == "right")
            continue
        wrongly_abstained.append(outcome == "abstained")
        if case.kind == "deadline" and case.due is not None:
            dates.append(outcome == "right")
        quoted = answer.quoted
        first.append(quoted is not None and quoted.id in case.expect)
        top3.append(bool(case.expect.intersection(_guesses(answer)[:3])))
    return {
        "n": str(len(cases)),
        "right first, answered": _share(first),
        "in top 3 (guesses counted)": _share(top3),
        "wrongly abstained": _share(wrongly_abstained),
        "out of scope abstained": _share(oos_abstained),
        "glossary right": _share(glossary),
        "deadline date right": _share(dates),
    }


def rank_set(rank: Ranker, cases: list[Case]) -> tuple[str, str]:
    standard = [c for c in cases if c.kind in ("standard", "deadline")]
    ranked = [(rank(c.q), c.expect) for c in standard]
    hit1 = [bool(r[:1]) and r[0] in e for r, e in ranked]
    hit3 = [bool(e.intersection(r[:3])) for r, e in ranked]
    return _share(hit1), _share(hit3)


def misses(
    guide: PracticeGuide, sets: dict[str, list[Case]], *, counts_only: frozenset[str] = frozenset()
) -> str:
    """Misses by voice for every set; the questions themselves only for sets not in `counts_only`."""
    lines = []
    for name, cases in sets.items():
        by_voice: Counter[str] = Counter()
        listed = []
        for case in cases:
            answer = guide.answer(case.q, today=case.today)
            outcome = verdict(case, answer)
            if outcome in ("right",) or (case.kind == "oos" and outcome == "abstained"):
                continue
            by_voice[case.voice] += 1
            got = answer.glossary.term if answer.glossary else _guesses(answer)[:3]
            listed.append(
                f"  [{case.voice}] {outcome}: {case.q!r} expected {sorted(case.expect) or case.glossary or 'abstain'}, got {got}"
            )
        totals = Counter(c.voice for c in cases)
        summary = ", ".join(f"{v} {by_voice[v]}/{totals[v]}" for v in sorted(totals))
        lines += [f"{name}: misses by voice: {summary}", *([] if name in counts_only else sorted(listed))]
    return "\n".join(lines)


def cold_start() -> float | None:
    """Median seconds for one `practice-guide ask` process, start to exit."""
    exe = shutil.which("practice-guide") or str(Path(sys.executable).parent / "practice-guide")
    if not os.path.exists(exe):
        return None
    times = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([exe, "ask", "how often are CP visits?"], check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run(guide: PracticeGuide, sets: dict[str, list[Case]], load_ms: float) -> list[str]:
    metrics = {name: score_set(guide, cases) for name, cases in sets.items()}
    columns = list(next(iter(metrics.values())))
    lines = [
        "| set | " + " | ".join(columns) + " |",
        "|---" * (len(columns) + 1) + "|",
        *(f"| {name} | " + " | ".join(m[c] for c in columns) + " |" for name, m in metrics.items()),
        "",
        "Ranking alone (standard and deadline questions; every answer counted, no abstaining): hit@1 / hit@3",
        "",
        "| ranker | " + " | ".join(sets) + " |",
        "|---" * (len(sets) + 1) + "|",
    ]
    for name, rank in anchors(guide).items():
        lines.append(
            f"| {name} | " + " | ".join("{} / {}".format(*rank_set(rank, c)) for c in sets.values()) + " |"
        )
    questions = [c for cases in sets.values() for c in cases]
    timings = []
    for _ in range(REPEATS):
        for case in questions:
            t0 = time.perf_counter()
            guide.answer(case.q, today=case.today)
            timings.append((time.perf_counter() - t0) * 1000)
    timings.sort()
    cold = cold_start()
    return [
        *lines,
        "",
        f"Time per answer on one thread: p50 {timings[len(timings) // 2]:.2f} ms, "
        f"p99 {timings[int(len(timings) * 0.99)]:.2f} ms ({len(timings)} answers); "
        f"pack load and index build {load_ms:.0f} ms ({guide.index.embedded_at_load} units embedded at load)",
        f"Cold `practice-guide ask`: {'n/a' if cold is None else f'{cold * 1000:.0f} ms'} (median of 5)",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--misses",
        action="store_true",
        help="list the questions answered wrongly, by voice (tuning sets only)",
    )
    args = parser.parse_args()
    started = time.perf_counter()
    guide = PracticeGuide.load()
    load_ms = (time.perf_counter() - started) * 1000
    sets, notes = all_sets(guide.pack)
    if not (BASE_MODEL_DIR / MODEL_FILE).exists():
        notes.append(
            "untuned encoder anchor skipped: make it with "
            "`bench/train.py --epochs 0 --out bench/.base-model` (needs the train extra)"
        )
    if args.misses:
        # Held-out and independent sets are only ever measured: misses counted, questions never listed.
        frozen = frozenset(name for name in sets if "tuned on)" not in name or "never" in name)
        print("\n".join([*notes, misses(guide, sets, counts_only=frozen)]))
    else:
        print("\n".join([*notes, *run(guide, sets, load_ms)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
