"""The plain data object the core returns: what to say, as parts, with no wording and no layout.

Every edge renders the same parts its own way (bot/render/text.py for the terminal and `reply`,
bot/render/as_json.py for `--json`, bot/slack/blocks.py for Block Kit), so a change of wording or layout
never touches what was decided, and tests can assert on what was decided.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from calculators.chatdates import DateProblem, FoundDate
from calculators.deadlines import Deadline
from calculators.timescale import Timescale
from knowledge.not_covered import NotCovered
from knowledge.records import Entry, Event, GlossaryTerm


class Kind(StrEnum):
    STANDARD = "standard"
    GLOSSARY = "glossary"
    DEADLINE = "deadline"
    TIMELINE = "timeline"
    RULES = "rules"
    HELP = "help"
    UNKNOWN = "unknown"


class Reason(StrEnum):
    """Why the bot did not answer: each has its own wording and its own way to go on."""

    NO_MATCH = "no_match"  # no standard is close enough to quote
    DID_YOU_MEAN = "did_you_mean"  # the best standard is close, but not sure enough to quote
    NO_WORDS = "no_words"  # nothing left to search after folding (only symbols or emoji)
    DATE_PROBLEM = "date_problem"  # a date that cannot be a date, or none where one is needed
    WHICH_STEP = "which_step"  # a date, but not which step it is for
    UNKNOWN_RULE = "unknown_rule"  # `deadline RULE DATE` with a rule the pack does not have
    UNKNOWN_EVENT = "unknown_event"  # `timeline EVENT DATE` with an event the pack does not have
    NEED_DATE = "need_date"  # a command that counts from a date, given none
    WHICH_DATE = "which_date"  # several dates, and no telling which one to count from
    CHOOSE_STEP = "choose_step"  # two or more rules fit the question, with different dates: the worker picks
    NOT_COVERED = "not_covered"  # a topic the standards don't cover (pay, leave, IT): say who to ask


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

    @classmethod
    def of(cls, entry: Entry, score: float) -> Match:
        return cls(
            id=entry.id,
            section=entry.section,
            title=entry.title,
            text=entry.text,
            score=score,
            subsection=entry.subsection,
            note=entry.note,
        )


@dataclass(frozen=True)
class DateInvite:
    """A standard with a timescale was asked about with no date: which date would let us count it."""

    timescale: Timescale
    event_label: str  # "the initial strategy discussion"
    event_name: str = ""  # how workers say it: "strat"
    # The question gave the date of an earlier step instead ("strat 31/12, first core group?").
    given_label: str | None = None  # "the initial strategy discussion"
    given_day: date | None = None


@dataclass(frozen=True)
class Answer:
    """What the bot decided to say.

    `matches[0]` is the standard quoted when `answered` (the one a deadline's rule sits on); `related`
    are the next close ones; `suggestions` are the nearest guesses when it did not answer.
    """

    question: str
    kind: Kind
    answered: bool
    matches: tuple[Match, ...] = ()
    related: tuple[Match, ...] = ()
    suggestions: tuple[Match, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    glossary: GlossaryTerm | None = None
    reason: Reason | None = None
    problems: tuple[DateProblem, ...] = ()  # what is wrong with each date, as the date reader found it
    invite: DateInvite | None = None
    choices: tuple[Timescale, ...] = ()  # rules the user may have meant, to pick from
    options: tuple[Deadline, ...] = ()  # CHOOSE_STEP: each rule the question may mean, counted, to pick from
    # The same step for another meeting the question may mean ("the conference" unsaid: initial or review), due
    # later than the one given: the earlier date meets both.
    alternatives: tuple[Deadline, ...] = ()
    # Other steps the question may mean that fall due the same day as the one given ("ICPC 10/06, when does my
    # report need to go out?": to the family and to the chair, both by 7 June): one date, each step named.
    same_day: tuple[Deadline, ...] = ()
    # The step given, counted from another day, of another event it may also run from (the standards don't say
    # which): due another day.
    other_start: Deadline | None = None
    other_start_from: str | None = None  # ... and that event ("the decision that a ... Assessment is needed")
    events: tuple[Event, ...] = ()  # the event a timeline starts from, or the ones known
    date_read: date | None = None  # the date the question gave: a timeline's start, or one with no step
    read_as: FoundDate | None = None  # a date whose year was assumed: say which year was taken
    other_dates: int = 0  # further dates given beside the one counted from
    # "... - compliant?": the date given for the step itself, checked against its due date.
    checked: date | None = None
    read_chars: int | None = None  # a long message was read up to here
    rules: tuple[Timescale, ...] = ()  # the catalogue, for `rules`
    unknown_name: str | None = None  # the rule or event name that was not recognised
    untimed: Timescale | None = None  # the step asked for is one the standards set no timescale for
    not_covered: NotCovered | None = None  # NOT_COVERED: the topic, and who to ask instead

    @property
    def in_time(self) -> bool | None:
        """Whether the date checked met the deadline (on or before it, and not before a window opens, "every 4
        to 6 weeks"); None when nothing was checked."""
        if self.checked is None or not self.deadlines:
            return None
        return self.deadlines[0].allows(self.checked)

    @property
    def quoted(self) -> Match | None:
        """The standard this answer quotes, if it quotes one."""
        return self.matches[0] if self.answered and self.matches else None
