"""What can be wrong with a date a worker wrote, as data: the date reader finds it, bot/wording.py says it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Trouble(StrEnum):
    """What is wrong with a written date; bot/wording.py says it to the worker."""

    NOT_A_MONTH = "not_a_month"  # 12/19/2025: read day first, 19 is the month
    NO_SUCH_DAY = "no_such_day"  # 31/02/2026: that month of that year is shorter
    NEVER_SUCH_DAY = "never_such_day"  # 31 Feb with no year
    OUT_OF_RANGE = "out_of_range"  # outside the years the calendar counts
    WRONG_WEEKDAY = "wrong_weekday"  # "Friday 20 December 2025", a Saturday


@dataclass(frozen=True)
class DateProblem:
    """A date as written that cannot be read as one, with what is needed to say why."""

    trouble: Trouble
    text: str  # the words as the user wrote them
    day: int = 0
    month: int = 0
    year: int | None = None
    found: date | None = None  # WRONG_WEEKDAY: the date it is, and its real weekday
    wanted_weekday: int | None = None  # WRONG_WEEKDAY: the weekday written (Monday is 0)
    past: bool = False  # WRONG_WEEKDAY: the date is before today
