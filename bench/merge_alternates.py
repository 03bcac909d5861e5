"""Merge alternate questions written in separate passes (one file per pair of voices) into the pack.

Run: .venv/bin/python bench/merge_alternates.py ALTERNATES.yaml [...]
Each file maps entry id -> voice -> questions. New questions are appended to the entry's `questions:`
list under a `# voice` comment, leaving the rest of the file as the practice lead wrote it. Exact and
near duplicates of the entry's questions are dropped, and so is anything close to an evaluation
question (only counted, never printed: evaluation questions must stay out of the pack).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process

from knowledge.loader import PACK_DIR
from knowledge.text import fold

NEAR_DUPLICATE = 90  # token_sort_ratio between folded questions
EVAL_FILES = (
    *sorted((Path(__file__).parent / "eval").glob("*.jsonl")),  # every frozen set written by another hand
    Path(__file__).parents[2] / "shared" / "eval" / "practitioner-questions.jsonl",
    Path("/work/shared/eval/practitioner-questions.jsonl"),
)
_ENTRY_ID = re.compile(r"^- id: (\S+)\s*$")


def evaluation_questions() -> list[str]:
    found = []
    for path in EVAL_FILES:
        if path.exists():
            found += [fold(json.loads(line)["q"]) for line in path.read_text().splitlines() if line.strip()]
    own = yaml.safe_load((Path(__file__).parent / "eval" / "questions.yaml").read_text())
    return found + [fold(str(q["q"])) for q in own["questions"]]


def close_to(key: str, among: list[str]) -> bool:
    """A near duplicate of one of `among` (folded questions), as the merge scripts judge it."""
    return bool(process.extractOne(key, among, scorer=fuzz.token_sort_ratio, score_cutoff=NEAR_DUPLICATE))


def admit(question: str, evaluation: list[str], existing: list[str], counts: dict[str, int]) -> bool:
    """Whether a question written by another hand goes into the pack: not close to any evaluation question
    (those stay out), nor to one already there. Counts why it was dropped, and adds it to `existing`."""
    key = fold(question)
    if close_to(key, evaluation):
        counts["evaluation"] += 1
        return False
    if not key or close_to(key, existing):
        counts["duplicate"] += 1
        return False
    existing.append(key)
    return True


def _item(question: str) -> str:
    return "  " + yaml.safe_dump([question], allow_unicode=True, width=10_000).rstrip("\n") + "\n"


def merge_file(
    path: Path, additions: dict[str, dict[str, list[str]]], evaluation: list[str]
) -> dict[str, int]:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    out: list[str] = []
    counts = {"added": 0, "duplicate": 0, "evaluation": 0}
    entry_id, in_questions = None, False
    existing: list[str] = []

    def flush() -> None:
        for voice, questions in (additions.get(entry_id or "") or {}).items():
            kept = []
            for question in questions:
                if admit(question, evaluation, existing, counts):
                    kept.append(question)
            if kept:
                out.append(f"  # {voice}\n")
                out.extend(_item(q) for q in kept)
                counts["added"] += len(kept)

    for line in lines:
        if in_questions and not (
            line.startswith("  - ") or line.startswith("    ") or line.startswith("  #")
        ):
            flush()
            in_questions = False
        if match := _ENTRY_ID.match(line):
            entry_id = match.group(1)
        if line.rstrip() == "  questions:":
            in_questions = True
            existing = []
        elif in_questions and line.startswith("  - "):
            existing.append(fold(str(yaml.safe_load(line.strip())[0])))
        out.append(line)
    if in_questions:
        flush()
    path.write_text("".join(out), encoding="utf-8")
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args()
    additions: dict[str, dict[str, list[str]]] = {}
    for path in args.files:
        for entry_id, voices in yaml.safe_load(path.read_text(encoding="utf-8")).items():
            for voice, questions in voices.items():
                additions.setdefault(entry_id, {}).setdefault(voice, []).extend(map(str, questions))
    evaluation = evaluation_questions()
    totals = {"added": 0, "duplicate": 0, "evaluation": 0}
    for section in sorted((PACK_DIR / "sections").glob("*.yaml")):
        for key, value in merge_file(section, additions, evaluation).items():
            totals[key] += value
    print(
        f"added {totals['added']}; dropped {totals['duplicate']} duplicates and "
        f"{totals['evaluation']} close to an evaluation question"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
