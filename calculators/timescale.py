"""The shape of a timescale as the standards state it: what is counted, how many, from which event.

Timescales are data on the standard that sets them (see knowledge/pack/sections/*.yaml); this module
only names the kinds of counting the engine knows, so that the data and the engine agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

# The words a name of the first or initial one starts with: "First core group", "initial cin meeting".
FIRST_ONE = re.compile(r"^\s*(?:first|initial)\s+", re.I)


class Count(StrEnum):
    """How a timescale is counted. Each value is what a practice lead writes as `count:` in the data."""

    WORKING_DAYS = "working_days"  # "within N working days of X": the Nth working day strictly after X
    CALENDAR_DAYS = "calendar_days"  # "within N days": X + N calendar days (N = 0 for "the same day")
    HOURS = "hours"  # "within N hours": by the same time N hours later
    WEEKS = "weeks"  # X + 7N days
    MONTHS = "months"  # calendar months: 31 Jan + 1 month = 28/29 Feb
    AGE = "age"  # date of birth + `years` and `months`
    WORKING_DAYS_BEFORE = (
        "working_days_before"  # "N working days before E": Nth working day strictly before E
    )
    CALENDAR_DAYS_BEFORE = "calendar_days_before"  # "at least N days before E": E - N
    EVERY_WEEKS = "every_weeks"  # recurring: at least every N weeks after the last one
    EVERY_MONTHS = "every_months"  # recurring: at least every N months after the last one
    WINDOW_WEEKS = "window_weeks"  # recurring within a window: every `n` to `n_max` weeks
    PHASED = "phased"  # a schedule whose frequency changes in `phases`
    # The standards name the step but set no timescale for it ("core groups after the first", "supervision,
    # in line with the supervision policy"): asked for a date, the answer says so instead of borrowing one.
    UNTIMED = "none"


# The counts that run back from an event ("3 working days before the ICPC").
COUNTED_BACK = (Count.WORKING_DAYS_BEFORE, Count.CALENDAR_DAYS_BEFORE)


@dataclass(frozen=True)
class Phase:
    """One phase of a phased schedule: visits every `every_weeks` until the rule `until` falls due."""

    every_weeks: int
    until: str | None = None  # a rule id whose due date (from the same event) ends this phase


@dataclass(frozen=True)
class Timescale:
    """One timescale set by one standard.

    `rule` is the short id a worker types (`practice-guide deadline icpc 19/12/2025`); `start_event` is
    the event id it is counted from and `produces` the event its due date is, so that a timeline can
    chain one step to the next (strategy discussion -> ICPC -> first core group).
    """

    rule: str
    label: str
    count: Count
    start_event: str
    standard_id: str
    n: int | None = None
    n_max: int | None = None
    years: int | None = None
    months: int | None = None
    phases: tuple[Phase, ...] = ()
    # A phased schedule whose first date is another rule's due date ("seen within 1 working day of placement,
    # then weekly"): counting the first week from the start would put the first visit days late.
    first_by: str | None = None
    produces: str | None = None
    names: tuple[str, ...] = ()
    note: str | None = None
    # How workers ask for this step, without dates: retrieval finds the rule by them.
    asks: tuple[str, ...] = ()
    # Events a worker may count it from too, less surely ("concerns came in" for a strategy discussion).
    also_from: tuple[str, ...] = ()
    # Wider events whose date is its own when the question tells none of those ("the adopters had him placed
    # with them on 22/12": the placement is the adoptive one); a first day allowed with them counts from no
    # other event's date. Never a start in a timeline of that event: a placement's timeline is not an adoption's.
    else_from: tuple[str, ...] = ()
    # Words that say a date of those wider events is another kind's ("placed in foster care" is no adoptive
    # placement).
    else_not: tuple[str, ...] = ()
    # A phase: the step applies once this event has happened ("6-weekly after the first review") ...
    after_event: str | None = None
    # ... or while it is still ahead ("weekly until the first review").
    before_event: str | None = None
    # A phase that starts when another rule falls due, counted from its own event's date in the question:
    # "12-weekly once the child has been in the permanent placement 12 months".
    after_rule: str | None = None
    home_visits_only: bool = False  # only a visit where the child was seen at home counts as the last one
    # The step is a meeting: "the child was placed today, when's the meeting?" asks for one of these, not which.
    meeting: bool = False
    # Counted from the first of its event the question tells ("within 15 working days of the initial strategy
    # discussion"): one told as a later one ("a second strategy meeting") is not its start.
    from_the_first: bool = False
    # The step is a plan to be written: "placed today, when's the plan due?" asks for one of these, not which.
    plan: bool = False
    # Done at the event itself, the same day (the placement plan shared at placement): not the date a worker
    # asks for beside a step with time to do it in, unless the question names it.
    at_the_event: bool = False
    # The rule this one extends ("16 + 8 weeks" of the 16): counted instead when the extension is agreed.
    extends: str | None = None
    # The due date is the first day the event may be ("earliest the case can transfer"), not a deadline: a
    # weekend moves it on to the next working day, never back to the one before.
    at_the_earliest: bool = False
    # The standard does not say which of its events the count runs from ("a review legal planning meeting will be
    # held at 12 weeks": from the PLO letter or the first meeting): a worker who says which one to count from is
    # followed. Without it the `also_from` events are only counted from less surely, never by the worker's word.
    either_from: bool = False

    @cached_property
    def counted_from(self) -> frozenset[str]:
        """Every event it may be counted from: a date of any of them may be its start."""
        return frozenset({self.start_event, *self.also_from})

    @cached_property
    def first_meeting(self) -> bool:
        """A meeting its label or a name calls the first or the initial one (the first core group): asked for "the
        meeting", the one first meeting that is also the soonest is the meeting meant (the first PLO meeting after
        the letter, not the 12-week one)."""
        return self.meeting and any(FIRST_ONE.match(n) for n in (self.label, *self.names))
