"""The working-day calendar on the days that catch people out."""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path

import holidays
import pytest

from calculators.date_problems import Trouble
from calculators.errors import CalendarError, DateRangeError
from calculators.working_calendar import WorkingCalendar, check_supported
from tests.calculators.bank_holidays import ENGLAND_AND_WALES

ENGLAND = WorkingCalendar()


@pytest.mark.parametrize(
    ("day", "reason"),
    [
        ("2022-06-02", "Spring Bank Holiday"),
        ("2022-06-03", "Platinum Jubilee of Elizabeth II"),
        ("2022-09-19", "State Funeral of Queen Elizabeth II"),
        ("2023-05-08", "Coronation of Charles III"),
        ("2026-04-03", "Good Friday"),
        ("2026-04-06", "Easter Monday"),
        ("2026-12-25", "Christmas Day"),
        ("2026-12-26", "Saturday"),
        ("2026-12-28", "Boxing Day (observed)"),
        ("2027-12-27", "Christmas Day (observed)"),
        ("2028-01-03", "New Year's Day (observed)"),
        ("2026-11-22", "Sunday"),
        ("2026-11-24", None),
    ],
)
def test_non_working_reason(day: str, reason: str | None) -> None:
    assert ENGLAND.non_working_reason(date.fromisoformat(day)) == reason


def test_every_weekday_bank_holiday_agrees_with_the_hand_written_list() -> None:
    day, end = date(2022, 1, 1), date(2028, 12, 31)
    engine = set()
    while day <= end:
        if day.weekday() < 5 and not ENGLAND.is_working_day(day):
            engine.add(day)
        day += timedelta(days=1)
    assert engine == set(ENGLAND_AND_WALES)


@pytest.mark.parametrize(
    ("start", "n", "due"),
    [
        ("2025-12-19", 15, "2026-01-14"),  # the duty desk's example: Christmas, Boxing Day, New Year skipped
        ("2026-11-28", 1, "2026-11-30"),  # Saturday: 1 working day is the Monday
        ("2026-04-03", 1, "2026-04-07"),  # Good Friday start: Easter Monday skipped too
        ("2026-12-24", 1, "2026-12-29"),  # Christmas Eve: 25th, weekend, substitute 28th
        ("2022-06-01", 1, "2022-06-06"),  # Jubilee weekend
        ("2023-05-05", 1, "2023-05-09"),  # Coronation Monday
        ("2026-01-30", 0, "2026-01-30"),
    ],
)
def test_add_working_days(start: str, n: int, due: str) -> None:
    assert ENGLAND.add_working_days(date.fromisoformat(start), n) == date.fromisoformat(due)


@pytest.mark.parametrize(
    ("end", "n", "due"),
    [("2026-12-08", 3, "2026-12-03"), ("2027-01-05", 3, "2026-12-30"), ("2026-04-07", 1, "2026-04-02")],
)
def test_subtract_working_days(end: str, n: int, due: str) -> None:
    assert ENGLAND.subtract_working_days(date.fromisoformat(end), n) == date.fromisoformat(due)


def test_scotland_has_other_bank_holidays() -> None:
    scotland = WorkingCalendar(region="SCT")
    assert not scotland.is_working_day(date(2026, 1, 2))  # 2 January
    assert not scotland.is_working_day(date(2026, 11, 30))  # St Andrew's Day
    assert scotland.is_working_day(date(2026, 4, 6))  # no Easter Monday
    assert ENGLAND.is_working_day(date(2026, 1, 2))


def test_council_closures_are_skipped_and_named() -> None:
    closed = WorkingCalendar(
        closures={date(2026, 12, 29): "Christmas closure", date(2026, 12, 30): "Christmas closure"}
    )
    assert closed.add_working_days(date(2026, 12, 24), 1) == date(2026, 12, 31)
    assert closed.non_working_reason(date(2026, 12, 29)) == "Council closure: Christmas closure"


def test_unknown_region_is_refused_with_the_choices() -> None:
    with pytest.raises(CalendarError, match=r"use one of ENG, NIR, SCT, WLS"):
        WorkingCalendar(region="FRA")


def test_the_installed_holidays_is_the_pinned_one() -> None:
    # The dates above are only promised for the pinned release: a new one can add or move a bank holiday.
    pyproject = (Path(__file__).parents[2] / "pyproject.toml").read_text(encoding="utf-8")
    pinned = re.search(r'"holidays==([\d.]+)"', pyproject)
    assert pinned is not None and holidays.__version__ == pinned.group(1)


@pytest.mark.parametrize("day", ["1989-12-31", "2101-01-01"])
def test_dates_outside_the_supported_years_are_refused_as_a_problem(day: str) -> None:
    with pytest.raises(DateRangeError) as refused:
        check_supported(date.fromisoformat(day))
    assert refused.value.day == date.fromisoformat(day)
    assert refused.value.problem.trouble is Trouble.OUT_OF_RANGE


@pytest.mark.parametrize("day", ["1990-01-01", "2100-12-31"])
def test_the_supported_years_include_their_ends(day: str) -> None:
    assert check_supported(date.fromisoformat(day)) == date.fromisoformat(day)


def test_a_calendar_shared_by_threads_counts_every_year_in_full() -> None:
    # Each thread asks about years nobody has asked about yet: the years must be filled in completely.
    calendar = WorkingCalendar()
    starts = [date(year, 12, 24) for year in range(2030, 2070)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        dues = list(pool.map(lambda d: calendar.add_working_days(d, 1), starts))
    assert dues == [WorkingCalendar().add_working_days(d, 1) for d in starts]
    assert all(
        (due.month == 12 and due.day >= 27) or due.year > d.year for d, due in zip(starts, dues, strict=True)
    )
