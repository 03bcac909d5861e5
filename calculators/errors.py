"""The project's exception classes below the bot: one base, so the command line can catch them all.

The base lives here, in the lowest layer, because knowledge/ and bot/ may import calculators/ but not
the other way round; each error is worded for the person who has to act on it.
"""

from __future__ import annotations

from datetime import date

from calculators.date_problems import DateProblem, Trouble


def day_month_year(day: date) -> str:
    return f"{day.day} {day:%B} {day.year}"


class PracticeGuideError(Exception):
    """Something the user or the practice lead must fix, already worded for them (never a bug)."""


class CalendarError(PracticeGuideError, ValueError):
    """The working-day calendar was configured with something it cannot use (an unknown region)."""


class RuleError(PracticeGuideError, ValueError):
    """A timescale cannot be counted as configured (a phased schedule whose `until` rule is missing)."""


class DateRangeError(PracticeGuideError, ValueError):
    """A date outside the years the engine promises to count (1990 to 2100); `problem` says it to the worker."""

    def __init__(self, day: date) -> None:
        self.day = day
        super().__init__(f"{day.isoformat()} is outside the dates the calendar can count.")

    @property
    def problem(self) -> DateProblem:
        return DateProblem(Trouble.OUT_OF_RANGE, day_month_year(self.day))
