"""Counting a timescale from a date, the same way everywhere, keeping every fact of how it was counted.

Every kind of count lives here, keyed by `Count`; the timescales themselves are data on the standards.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from calculators.errors import RuleError
from calculators.timescale import Count, Timescale
from calculators.working_calendar import WorkingCalendar, check_supported

SCHEDULE_LENGTH = 6  # recurring visits: how many coming dates a worker sees


@dataclass(frozen=True)
class SkippedDay:
    day: date
    name: str


@dataclass(frozen=True)
class PhaseSpan:
    """One phase of a phased schedule as counted: every `every_weeks` until the step `until_label` is due."""

    every_weeks: int
    until_label: str | None = None
    until: date | None = None


@dataclass(frozen=True)
class Deadline:
    """A worked deadline: the date, and every fact needed to show how it was reached (bot/wording.py says it)."""

    timescale: Timescale
    start: date
    due: date
    skipped: tuple[SkippedDay, ...] = ()  # bank holidays and closures on weekdays, in a working-day count
    weekend_days_skipped: int = 0
    start_not_working: str | None = None  # why the start is not a working day: counting starts after it
    due_not_working: str | None = None  # why the due date is not a working day
    last_working_day_before: date | None = None  # when the due date is not a working day
    first_working_day_after: date | None = None  # instead, when the due date is the earliest allowed
    earliest: date | None = None  # the start of a window ("every 4 to 6 weeks")
    schedule: tuple[date, ...] = field(default=())  # recurring visits: the next ones
    schedule_not_working: tuple[SkippedDay, ...] = ()  # those of them on a weekend or bank holiday, and why
    phases: tuple[PhaseSpan, ...] = ()  # a phased schedule's phases, as counted
    first_by: str | None = None  # the label of the rule whose due date is a phased schedule's first date

    @property
    def due_is_working_day(self) -> bool:
        return self.due_not_working is None

    @property
    def working_day_instead(self) -> tuple[str, date] | None:
        """For a due date that is not a working day, the working day to act on and how it lies ("last ...
        before" for a deadline, "first ... after" for the earliest an event may be)."""
        if self.first_working_day_after is not None:
            return "the first working day after it", self.first_working_day_after
        if self.last_working_day_before is not None:
            return "the last working day before it", self.last_working_day_before
        return None

    def allows(self, day: date) -> bool:
        """`day` meets the timescale: on or before the due date, and not before a window opens ("every 4 to
        6 weeks"); for a date that is the first day a step is allowed (the earliest Adoption Order
        application), on or after it."""
        if self.timescale.at_the_earliest:
            return day >= self.due
        return (self.earliest or day) <= day <= self.due


def _working_days(t: Timescale, start: date, calendar: WorkingCalendar, n: int, *, before: bool) -> Deadline:
    if before:
        due = calendar.subtract_working_days(start, n)
        first, last = due + timedelta(days=1), start - timedelta(days=1)
    else:
        due = calendar.add_working_days(start, n)
        first, last = start + timedelta(days=1), due
    skipped = calendar.non_working_weekdays(first, last) if first <= last else []
    return Deadline(
        timescale=t,
        start=start,
        due=due,
        skipped=tuple(SkippedDay(d, name) for d, name in skipped),
        weekend_days_skipped=calendar.weekend_days(first, last) if first <= last else 0,
        start_not_working=None if before else calendar.non_working_reason(start),
    )


def _calendar_date(t: Timescale, start: date, n: int) -> date:
    """The due date of the counts that step over every day alike."""
    match t.count:
        case Count.CALENDAR_DAYS:
            return start + timedelta(days=n)
        case Count.HOURS:
            return start + timedelta(days=math.ceil(n / 24))
        case Count.WEEKS:
            return start + timedelta(weeks=n)
        case Count.MONTHS:
            due = start + relativedelta(months=n)
            if t.at_the_earliest and due.day < start.day:
                # "Over 12 months in the placement" from 29 February (or a month from 31 January) is not reached
                # on the month's last day but the day after it: a first day allowed is never early. (An age keeps
                # its own rule below: 15 and a half from 31 August is reached on the last day of February.)
                return due + timedelta(days=1)
            return due
        case Count.CALENDAR_DAYS_BEFORE:
            return start - timedelta(days=n)
        case Count.AGE:
            birthday = start + relativedelta(years=t.years or 0, months=t.months or 0)
            if (start.month, start.day, birthday.month, birthday.day) == (2, 29, 2, 28):
                # Someone born on 29 February attains an age on 1 March in a year without one (as in
                # English law: the age is reached when the anniversary of the birth begins).
                return birthday + timedelta(days=1)
            return birthday
    raise AssertionError(t.count)


def _recurring(t: Timescale, start: date, n: int) -> tuple[date, ...]:
    if t.count is Count.EVERY_MONTHS:
        return tuple(start + relativedelta(months=n * k) for k in range(1, SCHEDULE_LENGTH + 1))
    return tuple(start + timedelta(weeks=n * k) for k in range(1, SCHEDULE_LENGTH + 1))


def _rule(t: Timescale, rule: str, rules: Mapping[str, Timescale]) -> Timescale:
    """A rule a phased schedule counts by, which the pack's loading has checked exists."""
    if rule not in rules:
        raise RuleError(f"Rule {t.rule!r} counts by rule {rule!r}, which is not defined.")
    return rules[rule]


def _phased(
    t: Timescale, start: date, calendar: WorkingCalendar, rules: Mapping[str, Timescale]
) -> tuple[tuple[date, ...], tuple[PhaseSpan, ...], str | None]:
    """The schedule's dates, its phases as counted, and the label of the rule its first date is due by."""
    dates: list[date] = []
    spans: list[PhaseSpan] = []
    last = start
    first_by = None
    if t.first_by is not None:
        first = _rule(t, t.first_by, rules)
        last, first_by = compute(first, start, calendar, rules=rules).due, first.label
        dates.append(last)
    for phase in t.phases:
        step = timedelta(weeks=phase.every_weeks)
        if phase.until is None:
            while len(dates) < SCHEDULE_LENGTH:
                last += step
                dates.append(last)
            spans.append(PhaseSpan(phase.every_weeks))
            break
        until_rule = _rule(t, phase.until, rules)
        until = compute(until_rule, start, calendar, rules=rules).due
        while last + step <= until:
            last += step
            dates.append(last)
        spans.append(PhaseSpan(phase.every_weeks, until_rule.label, until))
    return tuple(dates[:SCHEDULE_LENGTH]), tuple(spans), first_by


def compute(
    timescale: Timescale,
    start: date,
    calendar: WorkingCalendar,
    *,
    rules: Mapping[str, Timescale] | None = None,
) -> Deadline:
    """Count `timescale` from `start` on `calendar` (`rules` lets a phased schedule find its end).

    Raises DateRangeError when `start` is outside the supported years.
    """
    check_supported(start)
    t, n = timescale, timescale.n or 0
    earliest: date | None = None
    schedule: tuple[date, ...] = ()
    phases: tuple[PhaseSpan, ...] = ()
    first_by: str | None = None
    match t.count:
        case Count.WORKING_DAYS | Count.WORKING_DAYS_BEFORE:
            return _working_days(t, start, calendar, n, before=t.count is Count.WORKING_DAYS_BEFORE)
        case Count.EVERY_WEEKS | Count.EVERY_MONTHS:
            schedule = _recurring(t, start, n)
            due = schedule[0]
        case Count.WINDOW_WEEKS:
            earliest, due = start + timedelta(weeks=n), start + timedelta(weeks=t.n_max or n)
        case Count.PHASED:
            schedule, phases, first_by = _phased(t, start, calendar, rules or {})
            due = schedule[0]
        case _:
            due = _calendar_date(t, start, n)
    # A birthday is a fact, not a deadline: a child is still under 6 on the Friday before a Saturday birthday.
    reason = None if t.count is Count.AGE else calendar.non_working_reason(due)
    before = calendar.last_working_day_on_or_before(due) if reason and not t.at_the_earliest else None
    return Deadline(
        timescale=t,
        start=start,
        due=due,
        due_not_working=reason,
        # Counting on from an event, never a day before it: the IRO told "at the time" of a change on New Year's
        # Day cannot be told on the 31st (counted back from a meeting, the day before it is the point).
        last_working_day_before=None if before is not None and due >= start > before else before,
        first_working_day_after=calendar.first_working_day_on_or_after(due)
        if reason and t.at_the_earliest
        else None,
        earliest=earliest,
        schedule=schedule,
        schedule_not_working=tuple(
            SkippedDay(d, why) for d in schedule[1:] if (why := calendar.non_working_reason(d))
        ),
        phases=phases,
        first_by=first_by,
    )
