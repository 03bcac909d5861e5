"""The plain data object every edge renders: the Slack app, the terminal chat and `ask --json`."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


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
class SkippedDay:
    day: str  # YYYY-MM-DD
    name: str  # "Christmas Day", "Saturday", "Council closure"


@dataclass(frozen=True)
class DeadlineResult:
    """A worked deadline, with everything needed to check how it was counted."""

    rule: str
    label: str
    start: str  # YYYY-MM-DD: the date counted from
    due: str  # YYYY-MM-DD
    unit: str  # the Count value: working_days, calendar_days, weeks...
    n: int | None
    due_is_working_day: bool
    standard_id: str
    explanation: str  # how it was counted, in a sentence a worker can check
    skipped: tuple[SkippedDay, ...] = ()
    last_working_day_before: str | None = None  # set when `due` is not a working day
    earliest: str | None = None  # windows: the earliest date in the window
    schedule: tuple[str, ...] = ()  # recurring: the next few dates

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "label": self.label,
            "from": self.start,
            "due": self.due,
            "unit": self.unit,
            "n": self.n,
            "due_is_working_day": self.due_is_working_day,
            "last_working_day_before": self.last_working_day_before,
            "earliest": self.earliest,
            "schedule": list(self.schedule),
            "skipped": [{"date": s.day, "name": s.name} for s in self.skipped],
            "standard_id": self.standard_id,
            "explanation": self.explanation,
        }


@dataclass(frozen=True)
class Answer:
    """What the bot decided to say. `reply` is the plain-text form; renderers may lay it out richer."""

    question: str
    kind: Kind
    answered: bool
    reply: str
    matches: tuple[Match, ...] = ()
    deadlines: tuple[DeadlineResult, ...] = ()
    glossary_term: str | None = None
    suggestions: tuple[Match, ...] = field(default=())  # "did you mean" when abstaining

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "kind": str(self.kind),
            "answered": self.answered,
            "matches": [
                {"id": m.id, "section": m.section, "title": m.title, "text": m.text, "score": round(m.score, 4)}
                for m in self.matches
            ],
            "deadlines": [d.to_json() for d in self.deadlines],
            "glossary_term": self.glossary_term,
            "suggestions": [{"id": s.id, "title": s.title, "score": round(s.score, 4)} for s in self.suggestions],
            "reply": self.reply,
        }
