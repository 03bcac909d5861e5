"""The plain data object every edge renders: the Slack app, the terminal chat and `ask --json`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from calculators.deadlines import Deadline
from knowledge.records import GlossaryTerm


class Kind(StrEnum):
    STANDARD = "standard"
    GLOSSARY = "glossary"
    DEADLINE = "deadline"
    HELP = "help"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Match:
    """A standard the matcher found, best first, with the confidence behind the ranking."""

    id: str
    section: str
    title: str
    text: str
    score: float
    subsection: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Choice:
    """One of the rules a deadline question may mean, counted, for the worker to pick (numbered or a button)."""

    rule: str
    label: str
    standard_id: str
    start: date
    due: date

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "label": self.label,
            "standard_id": self.standard_id,
            "from": self.start.isoformat(),
            "due": self.due.isoformat(),
        }


@dataclass(frozen=True)
class Answer:
    """What the bot decided to say. `reply` is the plain-text form; renderers may lay it out richer."""

    question: str
    kind: Kind
    answered: bool
    reply: str
    matches: tuple[Match, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    glossary: GlossaryTerm | None = None
    suggestions: tuple[Match, ...] = field(default=())  # "did you mean" when abstaining
    choices: tuple[Choice, ...] = ()  # a deadline question two or more rules fit: the worker picks

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "kind": str(self.kind),
            "answered": self.answered,
            "matches": [
                {
                    "id": m.id,
                    "section": m.section,
                    "title": m.title,
                    "text": m.text,
                    "score": round(m.score, 4),
                }
                for m in self.matches
            ],
            "deadlines": [d.to_json() for d in self.deadlines],
            "glossary": (
                None
                if self.glossary is None
                else {
                    "term": self.glossary.term,
                    "expansion": self.glossary.expansion,
                    "explanation": self.glossary.explanation,
                }
            ),
            "suggestions": [
                {"id": s.id, "title": s.title, "score": round(s.score, 4)} for s in self.suggestions
            ],
            "choices": [c.to_json() for c in self.choices],
            "reply": self.reply,
        }
