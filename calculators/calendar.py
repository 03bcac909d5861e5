"""The working-day calendar: Monday to Friday less the region's bank holidays and council closures.

Bank holidays come from `holidays` (pinned in pyproject.toml, because one-off days such as the 2022
State Funeral arrive with new releases); "observed" substitute days are bank holidays in their own right.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from functools import lru_cache

import holidays

from calculators.errors import CalendarError

REGIONS = {
    "ENG": "England and Wales",
    "WLS": "England and Wales",
    "SCT": "Scotland",
    "NIR": "Northern Ireland",
}
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ONE_DAY = timedelta(days=1)


@lru_cache(maxsize=8)
def _bank_holidays(region: str, year: int) -> dict[date, str]:
    return dict(holidays.country_holidays("GB", subdiv=region, years=year).items())


class WorkingCalendar:
    """Which days count as working days, and why a day does not."""

    def __init__(self, *, region: str = "ENG", closures: Mapping[date, str] | None = None) -> None:
        if region not in REGIONS:
            raise CalendarError(
                f"Unknown bank-holiday region {region!r}: use ENG (England and Wales), SCT (Scotland) or NIR (Northern Ireland)."
            )
        self.region = region
        self.closures = dict(closures or {})

    @property
    def region_name(self) -> str:
        return REGIONS[self.region]

    def bank_holiday(self, day: date) -> str | None:
        return _bank_holidays(self.region, day.year).get(day)

    def is_working_day(self, day: date) -> bool:
        return self.non_working_reason(day) is None

    def non_working_reason(self, day: date) -> str | None:
        """Why `day` is not a working day ("Saturday", "Christmas Day", "Council closure: ..."), else None."""
        if day.weekday() >= 5:
            return _WEEKDAY_NAMES[day.weekday()]
        holiday = self.bank_holiday(day)
        if holiday:
            return holiday
        if day in self.closures:
            return f"Council closure: {self.closures[day]}"
        return None

    def add_working_days(self, start: date, n: int) -> date:
        """The nth working day strictly after `start` (start is day 0, whatever kind of day it is)."""
        day = start
        for _ in range(n):
            day += _ONE_DAY
            while not self.is_working_day(day):
                day += _ONE_DAY
        return day

    def subtract_working_days(self, end: date, n: int) -> date:
        """The nth working day strictly before `end`."""
        day = end
        for _ in range(n):
            day -= _ONE_DAY
            while not self.is_working_day(day):
                day -= _ONE_DAY
        return day

    def last_working_day_on_or_before(self, day: date) -> date:
        while not self.is_working_day(day):
            day -= _ONE_DAY
        return day

    def non_working_weekdays(self, first: date, last: date) -> list[tuple[date, str]]:
        """Bank holidays and closures on weekdays between two dates inclusive: the days a count skipped."""
        skipped = []
        day = first
        while day <= last:
            if day.weekday() < 5:
                reason = self.non_working_reason(day)
                if reason:
                    skipped.append((day, reason))
            day += _ONE_DAY
        return skipped

    def weekend_days(self, first: date, last: date) -> int:
        return sum(1 for i in range((last - first).days + 1) if (first + timedelta(days=i)).weekday() >= 5)
