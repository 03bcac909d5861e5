"""The pieces of text an entry is found by: its passage (title, quote, note) and each alternate question.

The dense encoder embeds every unit once; an entry scores by its best unit. The same units are what
the encoder is fine-tuned on (question -> passage of its entry), so training and search agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from calculators.timescale import Timescale
from knowledge.records import Entry


@dataclass(frozen=True)
class Unit:
    entry_index: int
    text: str
    is_passage: bool


def passage(entry: Entry) -> str:
    """An entry's own words: what a question should land on even without a matching alternate."""
    return " ".join(filter(None, (entry.title + ".", entry.subsection, entry.text, entry.note)))


def units(entries: tuple[Entry, ...]) -> list[Unit]:
    found: list[Unit] = []
    for i, entry in enumerate(entries):
        found.append(Unit(i, passage(entry), is_passage=True))
        found.extend(Unit(i, q, is_passage=False) for q in dict.fromkeys(entry.questions))
    return found


def step_units(steps: Sequence[Timescale]) -> list[tuple[int, str]]:
    """Each step's label and the phrasings a practice lead wrote for it (`asks:`): how the step is asked
    for in a worker's own words, which the encoder can match when the question shares none of them."""
    return [(i, text) for i, t in enumerate(steps) for text in dict.fromkeys((t.label, *t.asks))]
