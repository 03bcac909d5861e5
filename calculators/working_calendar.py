"""The working-day calendar: Monday to Friday less the region's bank holidays and council closures.

Bank holidays and the working-day arithmetic come from the pinned `holidays` package (pinned in
pyproject.toml, because one-off days such as the 2022 State Funeral arrive with new releases; tests pin
the dates relied on). "Observed" substitute days are bank holidays in their own right. Council closures
are added to the same holiday table with `update()`, so one table answers every question.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from datetime import date, timedelta

import holidays

from calculators.errors import CalendarError, DateRangeError

# The dates the engine promises to count: wide enough for any date of birth or deadline in a case.
FIRST_DAY = date(1990, 1, 1)
LAST_DAY = date(2100, 12, 31)
# Counts run a little past the supported dates (a 15½-year age from a 2100 birth): arithmetic stays valid here.
_COUNTING_RANGE = (date(1900, 1, 1), date(2200, 12, 31))
# Regions are the subdivisions `holidays` knows for the UK (England, Wales, Scotland, Northern Ireland).
REGIONS: tuple[str, ...] = tuple(holidays.UK.subdivisions)
CLOSURE_PREFIX = "Council closure: "
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ONE_DAY = timedelta(days=1)


def check_supported(day: date) -> date:
    """`day` itself, or DateRangeError when it is outside 1990-2100."""
    if not FIRST_DAY <= day <= LAST_DAY:
        raise DateRangeError(day)
    return day


class WorkingCalendar:
    """Which days count as working days, and why a day does not."""

    def __init__(self, *, region: str = "ENG", closures: Mapping[date, str] | None = None) -> None:
        if region not in REGIONS:
            raise CalendarError(
                f"Unknown bank-holiday region {region!r}: use one of {', '.join(REGIONS)} "
                "(ENG or WLS for England and Wales, SCT for Scotland, NIR for Northern Ireland)."
            )
        self.region = region
        self.closures = dict(closures or {})
        self._holidays = holidays.country_holidays("GB", subdiv=region)
        self._holidays.update({day: f"{CLOSURE_PREFIX}{name}" for day, name in self.closures.items()})
        # `holidays` fills in a year on first use and marks the year before filling it: without the lock,
        # a second Slack listener thread could count on a half-filled year and miss a bank holiday.
        self._lock = threading.Lock()

    def is_working_day(self, day: date) -> bool:
        with self._lock:
            return bool(self._holidays.is_working_day(self._inside(day)))

    def non_working_reason(self, day: date) -> str | None:
        """Why `day` is not a working day ("Saturday", "Christmas Day", "Council closure: ..."), else None."""
        if day.weekday() >= 5:
            return _WEEKDAY_NAMES[day.weekday()]
        with self._lock:
            name: str | None = self._holidays.get(self._inside(day))
        return name

    def add_working_days(self, start: date, n: int) -> date:
        """The nth working day strictly after `start` (start is day 0, whatever kind of day it is)."""
        if n == 0:
            return start
        return self._nth(start, n)

    def subtract_working_days(self, end: date, n: int) -> date:
        """The nth working day strictly before `end`."""
        if n == 0:
            return end
        return self._nth(end, -n)

    def first_working_day_on_or_after(self, day: date) -> date:
        if self.is_working_day(day):
            return day
        return self._nth(day, 1)

    def last_working_day_on_or_before(self, day: date) -> date:
        if self.is_working_day(day):
            return day
        return self._nth(day, -1)

    def non_working_weekdays(self, first: date, last: date) -> list[tuple[date, str]]:
        """Bank holidays and closures on weekdays between two dates inclusive: the days a count skipped."""
        days = (first + timedelta(days=i) for i in range((last - first).days + 1))
        return [(d, reason) for d in days if d.weekday() < 5 and (reason := self.non_working_reason(d))]

    def weekend_days(self, first: date, last: date) -> int:
        return sum(1 for i in range((last - first).days + 1) if (first + timedelta(days=i)).weekday() >= 5)

    def _nth(self, start: date, n: int) -> date:
        with self._lock:
            due: date = self._holidays.get_nth_working_day(self._inside(start), n)
        return self._inside(due)

    @staticmethod
    def _inside(day: date) -> date:
        # The engine's callers check dates against FIRST_DAY..LAST_DAY; this guards the arithmetic itself.
        if not _COUNTING_RANGE[0] <= day <= _COUNTING_RANGE[1]:
            raise DateRangeError(day)
        return day
