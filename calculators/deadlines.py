"""Counting a timescale from a date, the same way everywhere, with an account of how it was counted.

Every kind of count lives here, keyed by `Count`; the timescales themselves are data on the standards.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta

from calculators.errors import RuleError
from calculators.timescale import Count, Timescale
from calculators.working_calendar import WorkingCalendar, check_supported

SCHEDULE_LENGTH = 6  # recurring visits: how many coming dates a worker sees


def long_date(day: date) -> str:
    """'Wednesday 14 January 2026': the form a worker reads without doubt about day or month."""
    return f"{day:%A} {day.day} {day:%B %Y}"


@dataclass(frozen=True)
class SkippedDay:
    day: date
    name: str


@dataclass(frozen=True)
class Deadline:
    """A worked deadline: the date, and everything needed to check how it was reached."""

    timescale: Timescale
    start: date
    due: date
    due_is_working_day: bool
    explanation: str
    skipped: tuple[SkippedDay, ...] = ()
    weekend_days_skipped: int = 0
    last_working_day_before: date | None = None
    earliest: date | None = None
    schedule: tuple[date, ...] = field(default=())

    @property
    def due_text(self) -> str:
        return long_date(self.due)

    def to_json(self) -> dict[str, Any]:
        t = self.timescale
        return {
            "rule": t.rule,
            "label": t.label,
            "from": self.start.isoformat(),
            "due": self.due.isoformat(),
            "due_weekday": f"{self.due:%A}",
            "unit": t.count.value,
            "n": t.n,
            "n_max": t.n_max,
            "skipped": [{"date": s.day.isoformat(), "name": s.name} for s in self.skipped],
            "weekend_days_skipped": self.weekend_days_skipped,
            "due_is_working_day": self.due_is_working_day,
            "last_working_day_before": self.last_working_day_before.isoformat()
            if self.last_working_day_before
            else None,
            "earliest": self.earliest.isoformat() if self.earliest else None,
            "schedule": [d.isoformat() for d in self.schedule],
            "standard_id": t.standard_id,
            "explanation": self.explanation,
        }


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _skip_clause(skipped: list[tuple[date, str]]) -> str:
    if not skipped:
        return "not counting weekends"
    names = [f"{name} ({day:%A} {day.day} {day:%B})" for day, name in skipped]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    kind = "bank holiday" if len(skipped) == 1 else "bank holidays"
    if any(name.startswith("Council closure") for _, name in skipped):
        kind = "non-working day" if len(skipped) == 1 else "non-working days"
    return f"not counting weekends or the {kind} {listed}"


def _working_days(t: Timescale, start: date, calendar: WorkingCalendar, n: int, *, before: bool) -> Deadline:
    if before:
        due = calendar.subtract_working_days(start, n)
        first, last = due + timedelta(days=1), start - timedelta(days=1)
    else:
        due = calendar.add_working_days(start, n)
        first, last = start + timedelta(days=1), due
    skipped = calendar.non_working_weekdays(first, last) if first <= last else []
    direction = "before" if before else "after"
    explanation = f"{_plural(n, 'working day')} {direction} {long_date(start)}, {_skip_clause(skipped)}."
    reason = calendar.non_working_reason(start)
    if reason and not before:
        explanation += f" {long_date(start)} is not a working day ({reason}), so counting starts on the next working day."
    return Deadline(
        timescale=t,
        start=start,
        due=due,
        due_is_working_day=True,
        explanation=explanation,
        skipped=tuple(SkippedDay(d, name) for d, name in skipped),
        weekend_days_skipped=calendar.weekend_days(first, last) if first <= last else 0,
    )


def _calendar_date(t: Timescale, start: date, n: int) -> tuple[date, str]:
    """Due date and explanation for the counts that step over every day alike."""
    match t.count:
        case Count.CALENDAR_DAYS if n == 0:
            return start, f"The same day: {long_date(start)}."
        case Count.CALENDAR_DAYS:
            return start + timedelta(days=n), (
                f"{_plural(n, 'day')} after {long_date(start)}, counting every calendar day: "
                "the standard says days, not working days."
            )
        case Count.HOURS:
            due = start + timedelta(days=math.ceil(n / 24))
            return due, f"Within {n} hours of {long_date(start)}: by the same time on {long_date(due)}."
        case Count.WEEKS:
            return start + timedelta(
                weeks=n
            ), f"{_plural(n, 'week')} ({7 * n} days) after {long_date(start)}."
        case Count.MONTHS:
            return start + relativedelta(
                months=n
            ), f"{_plural(n, 'calendar month')} after {long_date(start)}."
        case Count.CALENDAR_DAYS_BEFORE:
            return start - timedelta(
                days=n
            ), f"{_plural(n, 'day')} before {long_date(start)}, counting every calendar day."
    raise AssertionError(t.count)


def _age(t: Timescale, birth: date) -> tuple[date, str]:
    years, months = t.years or 0, t.months or 0
    due = birth + relativedelta(years=years, months=months)
    parts = [_plural(years, "year")] + ([_plural(months, "month")] if months else [])
    explanation = f"Aged {' '.join(parts)}: {long_date(due)}, from the date of birth {long_date(birth)}."
    if birth.month == 2 and birth.day == 29 and due.day != 29:
        explanation += f" Born on 29 February: in {due.year} the birthday falls on {due.day} {due:%B}."
    return due, explanation


def _recurring(t: Timescale, start: date, n: int) -> tuple[date, tuple[date, ...], str]:
    if t.count is Count.EVERY_MONTHS:
        schedule = tuple(start + relativedelta(months=n * k) for k in range(1, SCHEDULE_LENGTH + 1))
        every = _plural(n, "month")
    else:
        schedule = tuple(start + timedelta(weeks=n * k) for k in range(1, SCHEDULE_LENGTH + 1))
        every = _plural(n, "week")
    return (
        schedule[0],
        schedule,
        f"At least every {every}: the next is due {every} after the last one, {long_date(start)}.",
    )


def _phased(
    t: Timescale, start: date, calendar: WorkingCalendar, rules: Mapping[str, Timescale]
) -> tuple[tuple[date, ...], str]:
    dates: list[date] = []
    notes: list[str] = []
    last = start
    for phase in t.phases:
        step = timedelta(weeks=phase.every_weeks)
        if phase.until is None:
            while len(dates) < SCHEDULE_LENGTH:
                last += step
                dates.append(last)
            notes.append(f"then every {_plural(phase.every_weeks, 'week')}")
            break
        until_rule = rules.get(phase.until)
        if until_rule is None:
            raise RuleError(f"Rule {t.rule!r} has a phase until rule {phase.until!r}, which is not defined.")
        until = compute(until_rule, start, calendar, rules=rules).due
        while last + step <= until:
            last += step
            dates.append(last)
        notes.append(
            f"every {_plural(phase.every_weeks, 'week')} until {until_rule.label} ({long_date(until)})"
        )
    return tuple(dates[:SCHEDULE_LENGTH]), f"Counted from {long_date(start)}: " + ", ".join(notes) + "."


def compute(
    timescale: Timescale,
    start: date,
    calendar: WorkingCalendar,
    *,
    rules: Mapping[str, Timescale] | None = None,
) -> Deadline:
    """Count `timescale` from `start` on `calendar` (`rules` lets a phased schedule find its end).

    Raises DateRangeError, worded for the worker, when `start` is outside the supported years.
    """
    check_supported(start, what=f"The date of {timescale.start_event.replace('-', ' ')}")
    t, n = timescale, timescale.n or 0
    earliest: date | None = None
    schedule: tuple[date, ...] = ()
    match t.count:
        case Count.WORKING_DAYS | Count.WORKING_DAYS_BEFORE:
            return _working_days(t, start, calendar, n, before=t.count is Count.WORKING_DAYS_BEFORE)
        case Count.AGE:
            due, explanation = _age(t, start)
        case Count.EVERY_WEEKS | Count.EVERY_MONTHS:
            due, schedule, explanation = _recurring(t, start, n)
        case Count.WINDOW_WEEKS:
            earliest, due = start + timedelta(weeks=n), start + timedelta(weeks=t.n_max or n)
            explanation = (
                f"Every {n} to {t.n_max} weeks: the next falls between {long_date(earliest)} and {long_date(due)}, "
                f"counted from the last one on {long_date(start)}."
            )
        case Count.PHASED:
            schedule, explanation = _phased(t, start, calendar, rules or {})
            due = schedule[0]
        case _:
            due, explanation = _calendar_date(t, start, n)
    last_working = None
    reason = calendar.non_working_reason(due)
    if reason:
        last_working = calendar.last_working_day_on_or_before(due)
        explanation += f" {long_date(due)} is not a working day ({reason}): the last working day before it is {long_date(last_working)}."
    return Deadline(
        timescale=t,
        start=start,
        due=due,
        due_is_working_day=reason is None,
        explanation=explanation,
        last_working_day_before=last_working,
        earliest=earliest,
        schedule=schedule,
    )
