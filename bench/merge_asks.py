"""Merge per-rule phrasings and event names, written by other hands from the source only, into the pack.

Run: .venv/bin/python bench/merge_asks.py ASKS.yaml [...]
Each file holds `rules: {rule id: {asks: [...]}}` and `events: {event id: {names: [...]}}`. Asks are
appended to the rule's `asks:` list and names to the event's `names:`, leaving the rest of each file as
the practice lead wrote it. Near duplicates are dropped, and so is anything close to an evaluation
question (only counted: evaluation questions must stay out of the pack). A name another event already
has is left out, because a name two events share cannot say which one a date belongs to.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

from bench.merge_alternates import admit, evaluation_questions
from knowledge.loader import PACK_DIR
from knowledge.text import fold

_RULE = re.compile(r"^  - rule: (\S+)\s*$")
_EVENT = re.compile(r"^  - id: (\S+)\s*$")
_NAMES = re.compile(r"^(\s+)names: (\[.*\])\s*$")


def merge_asks(path: Path, asks: dict[str, list[str]], evaluation: list[str], counts: dict[str, int]) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    out: list[str] = []
    rule, in_asks, existing = None, False, []

    def flush() -> None:
        for ask in asks.get(rule or "", []):
            if admit(ask, evaluation, existing, counts):
                out.append(
                    "    " + yaml.safe_dump([ask], allow_unicode=True, width=10_000).rstrip("\n") + "\n"
                )
                counts["asks"] += 1

    for line in lines:
        if in_asks and not (line.startswith("    - ") or line.startswith("      ")):
            flush()
            in_asks = False
        if match := _RULE.match(line):
            rule = match.group(1)
        if line.rstrip() == "    asks:":
            in_asks, existing = True, []
        elif in_asks:
            existing.append(fold(str(yaml.safe_load(line.strip())[0])))
        out.append(line)
    if in_asks:
        flush()
    path.write_text("".join(out), encoding="utf-8")


def merge_names(path: Path, names: dict[str, list[str]], counts: dict[str, int]) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    taken: dict[str, str] = {}  # folded name -> the event that has it
    event = None
    for line in lines:
        if match := _EVENT.match(line):
            event = match.group(1)
        elif (match := _NAMES.match(line)) and event:
            taken.update({fold(n): event for n in yaml.safe_load(match.group(2))})
    out, event = [], None
    for line in lines:
        if match := _EVENT.match(line):
            event = match.group(1)
        elif (match := _NAMES.match(line)) and event in names:
            current = list(yaml.safe_load(match.group(2)))
            for name in names[event]:
                key = fold(name)
                if key in taken:
                    counts["shared"] += taken[key] != event
                    continue
                taken[key] = event
                current.append(name)
                counts["names"] += 1
            line = f"{match.group(1)}names: [{', '.join(current)}]\n"
        out.append(line)
    path.write_text("".join(out), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--no-names", action="store_true", help="merge the asks only")
    args = parser.parse_args()
    asks: dict[str, list[str]] = {}
    names: dict[str, list[str]] = {}
    for path in args.files:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        for rule, body in (document.get("rules") or {}).items():
            asks.setdefault(rule, []).extend(map(str, body.get("asks") or []))
        for event, body in (document.get("events") or {}).items():
            names.setdefault(event, []).extend(map(str, body.get("names") or []))
    counts = {"asks": 0, "duplicate": 0, "evaluation": 0, "names": 0, "shared": 0}
    evaluation = evaluation_questions()
    for section in sorted((PACK_DIR / "sections").glob("*.yaml")):
        merge_asks(section, asks, evaluation, counts)
    if not args.no_names:
        merge_names(PACK_DIR / "events.yaml", names, counts)
    print(
        f"added {counts['asks']} asks and {counts['names']} event names; dropped {counts['duplicate']} "
        f"duplicate asks, {counts['evaluation']} close to an evaluation question and {counts['shared']} "
        "names another event has"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
