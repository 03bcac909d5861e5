"""How a deadline was counted, in words: the sentence under every due date, in one place to edit.

Kept beside bot/wording.py (which it serves) because it is one idea with many cases: a sentence per
kind of count, naming the bank holidays skipped and any due date that falls on a non-working day.
"""

from __future__ import annotations

from datetime import date

from calculators.deadlines import Deadline, SkippedDay
from calculators.timescale import Count
from calculators.working_calendar import CLOSURE_PREFIX


def long_date(day: date) -> str:
    """'Wednesday 14 January 2026': the one way every date is written, without doubt about day or month."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _skip_clause(skipped: tuple[SkippedDay, ...]) -> str:
    if not skipped:
        return "not counting weekends"
    names = [f"{s.name} ({s.day:%A} {s.day.day} {s.day:%B})" for s in skipped]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    closures = any(s.name.startswith(CLOSURE_PREFIX) for s in skipped)
    kind = ("non-working day" if closures else "bank holiday") + ("" if len(skipped) == 1 else "s")
    return f"not counting weekends or the {kind} {listed}"


def _working_days(result: Deadline, n: int) -> str:
    before = result.timescale.count is Count.WORKING_DAYS_BEFORE
    start = long_date(result.start)
    sentence = f"{_plural(n, 'working day')} {'before' if before else 'after'} {start}, {_skip_clause(result.skipped)}."
    if result.start_not_working:
        sentence += f" {start} is not a working day ({result.start_not_working}), so counting starts on the next working day."
    return sentence


def _age(result: Deadline) -> str:
    t, birth, due = result.timescale, result.start, result.due
    parts = [_plural(t.years or 0, "year")] + ([_plural(t.months, "month")] if t.months else [])
    sentence = f"Aged {' '.join(parts)}: {long_date(due)}, from the date of birth {long_date(birth)}."
    if (birth.month, birth.day) == (2, 29) and due.day != 29:
        sentence += f" Born on 29 February: in {due.year} the birthday falls on {due.day} {due:%B}."
    return sentence


def _phased(result: Deadline) -> str:
    spans = [
        f"every {_plural(p.every_weeks, 'week')} until {p.until_label} ({long_date(p.until)})"
        if p.until is not None
        else f"then every {_plural(p.every_weeks, 'week')}"
        for p in result.phases
    ]
    if result.first_by is not None:
        spans.insert(0, f"the first by {long_date(result.due)} ({result.first_by})")
    return f"Counted from {long_date(result.start)}: " + ", ".join(spans) + "."


def _sentence(result: Deadline) -> str:
    t, n, start = result.timescale, result.timescale.n or 0, long_date(result.start)
    match t.count:
        case Count.WORKING_DAYS | Count.WORKING_DAYS_BEFORE:
            return _working_days(result, n)
        case Count.CALENDAR_DAYS if n == 0:
            return f"The same day: {start}."
        case Count.CALENDAR_DAYS:
            return f"{_plural(n, 'day')} after {start}, counting every calendar day: the standard says days, not working days."
        case Count.HOURS:
            return f"Within {n} hours of {start}: by the same time on {long_date(result.due)}."
        case Count.WEEKS:
            return f"{_plural(n, 'week')} ({7 * n} days) after {start}."
        case Count.MONTHS:
            return f"{_plural(n, 'calendar month')} after {start}."
        case Count.CALENDAR_DAYS_BEFORE:
            return f"{_plural(n, 'day')} before {start}, counting every calendar day."
        case Count.AGE:
            return _age(result)
        case Count.EVERY_WEEKS | Count.EVERY_MONTHS:
            every = _plural(n, "month" if t.count is Count.EVERY_MONTHS else "week")
            return f"At least every {every}: the next is due {every} after the last one, {start}."
        case Count.WINDOW_WEEKS:
            earliest = long_date(result.earliest or result.due)
            return (
                f"Every {n} to {t.n_max} weeks: the next falls between {earliest} and {long_date(result.due)}, "
                f"counted from the last one on {start}."
            )
        case Count.PHASED:
            return _phased(result)
    raise AssertionError(t.count)


def counting(result: Deadline) -> str:
    """The whole account of one count: how, from when, what was skipped, and a non-working due date."""
    sentence = _sentence(result)
    instead = result.working_day_instead
    if result.due_not_working and instead is not None:
        which, day = instead
        sentence += (
            f" {long_date(result.due)} is not a working day ({result.due_not_working}): "
            f"{which} is {long_date(day)}."
        )
    elif result.due_not_working:
        # Due the day of an event on a holiday: no working day before it comes after the event.
        sentence += f" {long_date(result.due)} is not a working day ({result.due_not_working})."
    return sentence
