"""Frozen, typed records the knowledge pack is turned into once it has been validated."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from calculators.timescale import Count, Timescale
from knowledge.not_covered import NotCovered


@dataclass(frozen=True)
class Event:
    """Something a timescale is counted from (a strategy discussion, a placement, a date of birth)."""

    id: str
    label: str
    names: tuple[str, ...] = field(default=())
    # The event a shared name means once this one has been: after the ICPC, "conference" is a review one.
    later: str | None = None
    # Names that tell the event by what brought it about ("ICO granted"), not the event itself: beside a date
    # told in the event's own words ("became looked after on 14/08"), that date is the event's.
    by_way_of: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Entry:
    """One statement of the standards, quoted word for word, with the ways users ask about it."""

    id: str
    section: str
    title: str
    text: str
    questions: tuple[str, ...]
    source_file: str
    subsection: str | None = None
    note: str | None = None
    timescales: tuple[Timescale, ...] = ()


@dataclass(frozen=True)
class GlossaryTerm:
    """An acronym or term of art, explained for a new starter."""

    id: str
    term: str
    expansion: str
    explanation: str
    aliases: tuple[str, ...] = ()
    entries: tuple[str, ...] = ()  # ids of standards that use the term, for "see also"


@dataclass(frozen=True)
class KnowledgePack:
    """Everything the bot knows: entries by section, glossary, synonyms and timescale events."""

    entries: tuple[Entry, ...]
    glossary: tuple[GlossaryTerm, ...]
    synonyms: dict[str, tuple[str, ...]]  # canonical document term -> practitioners' words for it
    events: tuple[Event, ...]
    source_text: str
    region: str = "ENG"
    closures: dict[date, str] = field(default_factory=dict)
    not_covered: tuple[NotCovered, ...] = ()  # topics outside the standards (not-covered.yaml)

    def entry(self, entry_id: str) -> Entry:
        for candidate in self.entries:
            if candidate.id == entry_id:
                return candidate
        raise KeyError(entry_id)

    @property
    def timescales(self) -> tuple[Timescale, ...]:
        """The timescales a date can be counted on."""
        return tuple(t for t in self.steps if t.count is not Count.UNTIMED)

    @property
    def steps(self) -> tuple[Timescale, ...]:
        """Every step a deadline question may ask about, including those the standards set no timescale for."""
        return tuple(t for e in self.entries for t in e.timescales)
