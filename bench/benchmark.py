"""Quality and speed of Practice Guide on the evaluation set, beside two anchors over the raw document.

Run: .venv/bin/python bench/benchmark.py   (add --split heldout for the held-out part only)

The anchors show what the curation buys: rapidfuzz WRatio and BM25 (rank-bm25) rank the document's own
statements, with no index, synonyms or alternate questions. A statement counts as the entry quoting it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml
from rank_bm25 import BM25Okapi
from rapidfuzz import fuzz, process, utils

from bot.core import PracticeGuide
from knowledge.loader import normalise_statement, source_statements
from knowledge.text import STOPWORDS, fold

EVAL_FILE = Path(__file__).parent / "eval" / "questions.yaml"
REPEATS = 5  # timing passes over every question, for stable percentiles


@dataclass
class Case:
    q: str
    split: str
    expect: tuple[str, ...] = ()
    glossary: str | None = None
    due: date | None = None
    today: date | None = None

    @property
    def kind(self) -> str:
        if self.glossary:
            return "glossary"
        if self.due:
            return "deadline"
        return "standard" if self.expect else "out-of-scope"


@dataclass
class Ranking:
    ranks: list[int | None] = field(
        default_factory=list
    )  # 1-based rank of the first right id, None if absent

    def add(self, ids: Sequence[str], expect: Sequence[str]) -> None:
        self.ranks.append(next((i + 1 for i, found in enumerate(ids) if found in expect), None))

    def hit(self, k: int) -> float:
        return _share(r is not None and r <= k for r in self.ranks)

    def mrr(self) -> float:
        return statistics.fmean(1 / r if r else 0.0 for r in self.ranks) if self.ranks else 0.0


def _share(flags: object) -> float:
    values = list(flags)  # type: ignore[call-overload]
    return sum(values) / len(values) if values else 0.0


def load_cases(path: Path, split: str | None) -> list[Case]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    default_today = document.get("today")
    cases = []
    for raw in document["questions"]:
        case = Case(
            q=str(raw["q"]),
            split=raw["split"],
            expect=tuple(raw.get("expect") or ()),
            glossary=raw.get("glossary"),
            due=raw.get("due"),
            today=raw.get("today", default_today),
        )
        if split in (None, case.split):
            cases.append(case)
    return cases


def statement_owners(guide: PracticeGuide) -> tuple[list[str], list[str]]:
    """The raw document's statements, and for each the id of the entry that quotes it."""
    owner = {normalise_statement(line): e.id for e in guide.pack.entries for line in e.text.splitlines()}
    statements = [s for s in source_statements(guide.pack.source_text) if s in owner]
    return statements, [owner[s] for s in statements]


def _dedupe(ids: list[str], limit: int) -> list[str]:
    return list(dict.fromkeys(ids))[:limit]


def anchors(guide: PracticeGuide) -> dict[str, Callable[[str], list[str]]]:
    statements, owners = statement_owners(guide)

    def wratio(question: str) -> list[str]:
        found = process.extract(
            question, statements, scorer=fuzz.WRatio, processor=utils.default_process, limit=15
        )
        return _dedupe([owners[i] for _, _, i in found], 5)

    tokenised = [[w for w in fold(s).split() if w not in STOPWORDS] for s in statements]
    bm25 = BM25Okapi(tokenised)

    def bm25_rank(question: str) -> list[str]:
        scores = bm25.get_scores([w for w in fold(question).split() if w not in STOPWORDS])
        order = sorted(range(len(statements)), key=lambda i: -scores[i])[:15]
        return _dedupe([owners[i] for i in order], 5)

    return {"rapidfuzz WRatio over the document": wratio, "BM25 over the document": bm25_rank}


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


def misses(split: str | None) -> str:
    """Every question answered wrongly, for looking into the matcher (use on the tune split only)."""
    guide = PracticeGuide.load()
    lines = []
    for case in load_cases(EVAL_FILE, split):
        answer = guide.answer(case.q, today=case.today)
        got = [m.id for m in answer.matches][:3] if answer.answered else []
        if case.kind == "out-of-scope":
            wrong = answer.answered
        elif case.kind == "glossary":
            wrong = answer.glossary is None or fold(answer.glossary.term) != fold(case.glossary or "")
            got = [answer.glossary.term] if answer.glossary else got
        else:
            wrong = not got or got[0] not in case.expect
        if wrong:
            lines.append(
                f"{case.kind:12} {case.q!r}: expected {list(case.expect) or case.glossary or 'abstain'}, got {got}"
            )
    return "\n".join(lines) or "no misses"


def run(split: str | None) -> str:
    started = time.perf_counter()
    guide = PracticeGuide.load()
    load_seconds = time.perf_counter() - started
    cases = load_cases(EVAL_FILE, split)
    ranking, glossary_ok, deadline_ok, oos_abstained, in_scope_abstained = Ranking(), [], [], [], []
    wrong_deadlines: list[str] = []
    for case in cases:
        answer = guide.answer(case.q, today=case.today)
        ids = [m.id for m in answer.matches]
        if case.kind == "out-of-scope":
            oos_abstained.append(not answer.answered)
            continue
        in_scope_abstained.append(not answer.answered)
        if case.kind == "glossary":
            glossary_ok.append(
                answer.glossary is not None and fold(answer.glossary.term) == fold(case.glossary or "")
            )
            continue
        ranking.add(ids if answer.answered else [], case.expect)
        if case.kind == "deadline":
            got = answer.deadlines[0].due if answer.deadlines else None
            deadline_ok.append(got == case.due)
            if got != case.due:
                wrong_deadlines.append(f"  {case.q!r}: expected {case.due}, got {got}")
    timings = []
    for _ in range(REPEATS):
        for case in cases:
            t0 = time.perf_counter()
            guide.answer(case.q, today=case.today)
            timings.append((time.perf_counter() - t0) * 1000)
    timings.sort()
    anchor_rows = []
    for name, rank in anchors(guide).items():
        anchor = Ranking()
        for case in cases:
            if case.kind in ("standard", "deadline"):
                anchor.add(rank(case.q), case.expect)
        anchor_rows.append(
            f"| {name} | {anchor.hit(1):.3f} | {anchor.hit(3):.3f} | {anchor.mrr():.3f} | - | - |"
        )
    cold = cold_start()
    counts = {
        k: sum(c.kind == k for c in cases) for k in ("standard", "deadline", "glossary", "out-of-scope")
    }
    lines = [
        f"Evaluation set: {EVAL_FILE.relative_to(Path.cwd()) if EVAL_FILE.is_relative_to(Path.cwd()) else EVAL_FILE}, "
        f"split: {split or 'all'}; {len(cases)} questions ({', '.join(f'{v} {k}' for k, v in counts.items())})",
        "",
        "| matcher | hit@1 | hit@3 | MRR | abstains out-of-scope | abstains in-scope |",
        "| --- | --- | --- | --- | --- | --- |",
        f"| Practice Guide | {ranking.hit(1):.3f} | {ranking.hit(3):.3f} | {ranking.mrr():.3f} | "
        f"{_share(oos_abstained):.3f} | {_share(in_scope_abstained):.3f} |",
        *anchor_rows,
        "",
        f"Glossary questions answered with the right term: {_share(glossary_ok):.3f} ({sum(glossary_ok)}/{len(glossary_ok)})",
        f"Deadline questions with the right date: {_share(deadline_ok):.3f} ({sum(deadline_ok)}/{len(deadline_ok)})",
        f"Time per answer: p50 {timings[len(timings) // 2]:.2f} ms, p99 {timings[int(len(timings) * 0.99)]:.2f} ms "
        f"({len(timings)} answers); pack load and index build {load_seconds * 1000:.0f} ms",
        f"Cold start of one `practice-guide ask` process: {'n/a' if cold is None else f'{cold * 1000:.0f} ms'} (median of 5)",
    ]
    if wrong_deadlines:
        lines += ["", "Deadlines not right:", *wrong_deadlines]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tune", "heldout"), help="only this part of the evaluation set")
    parser.add_argument("--misses", action="store_true", help="list the questions answered wrongly instead")
    args = parser.parse_args()
    print(misses(args.split) if args.misses else run(args.split))
    return 0


if __name__ == "__main__":
    sys.exit(main())
