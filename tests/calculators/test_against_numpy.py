"""The engine against an independent count: numpy.busday_offset over a hand-typed holiday list."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from calculators.deadlines import compute
from calculators.timescale import Count, Timescale
from calculators.working_calendar import WorkingCalendar
from tests.calculators.bank_holidays import ENGLAND_AND_WALES

ENGLAND = WorkingCalendar()
HOLIDAYS = np.array(ENGLAND_AND_WALES, dtype="datetime64[D]")
# Far enough inside 2022-2028 that no count runs off the hand-typed list.
STARTS = st.dates(min_value=date(2022, 2, 1), max_value=date(2028, 6, 30))
ENDS = st.dates(min_value=date(2022, 3, 15), max_value=date(2028, 12, 31))  # counting back stays in 2022-2028
COUNTS = st.integers(min_value=1, max_value=45)


def numpy_after(start: date, n: int) -> date:
    # A weekend or holiday start counts like the working day before it: the Nth working day strictly after.
    anchor = np.busday_offset(np.datetime64(start), 0, roll="backward", holidays=HOLIDAYS)
    return np.busday_offset(anchor, n, roll="forward", holidays=HOLIDAYS).astype(date)  # type: ignore[no-any-return]


def numpy_before(end: date, n: int) -> date:
    # The Nth working day strictly before the event; from a non-working day, rolling back is the 1st.
    if np.is_busday(np.datetime64(end), holidays=HOLIDAYS):
        return np.busday_offset(np.datetime64(end), -n, holidays=HOLIDAYS).astype(date)  # type: ignore[no-any-return]
    return np.busday_offset(np.datetime64(end), -(n - 1), roll="backward", holidays=HOLIDAYS).astype(date)  # type: ignore[no-any-return]


def rule(count: Count, n: int) -> Timescale:
    return Timescale(rule="r", label="Step", count=count, start_event="e", standard_id="x-01", n=n)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(start=STARTS, n=COUNTS)
def test_working_days_after(start: date, n: int) -> None:
    assert compute(rule(Count.WORKING_DAYS, n), start, ENGLAND).due == numpy_after(start, n)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(end=ENDS, n=COUNTS)
def test_working_days_before(end: date, n: int) -> None:
    assert compute(rule(Count.WORKING_DAYS_BEFORE, n), end, ENGLAND).due == numpy_before(end, n)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    start=STARTS,
    n=st.integers(min_value=0, max_value=20),
    count=st.sampled_from([Count.CALENDAR_DAYS, Count.WEEKS, Count.CALENDAR_DAYS_BEFORE]),
)
def test_calendar_counts_and_the_last_working_day(start: date, n: int, count: Count) -> None:
    result = compute(rule(count, n), start, ENGLAND)
    step = {Count.CALENDAR_DAYS: n, Count.WEEKS: 7 * n, Count.CALENDAR_DAYS_BEFORE: -n}[count]
    assert result.due == start + timedelta(days=step)
    is_busday = bool(np.is_busday(np.datetime64(result.due), holidays=HOLIDAYS))
    assert result.due_is_working_day is is_busday
    if not is_busday:
        expected = np.busday_offset(np.datetime64(result.due), 0, roll="backward", holidays=HOLIDAYS).astype(
            date
        )
        # Counting on from an event, no working day before the due date that falls before the event itself.
        assert result.last_working_day_before == (None if result.due >= start > expected else expected)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(start=STARTS, n=st.integers(min_value=1, max_value=30))
def test_skipped_days_are_exactly_the_weekday_holidays_counted_over(start: date, n: int) -> None:
    result = compute(rule(Count.WORKING_DAYS, n), start, ENGLAND)
    expected = [d for d in ENGLAND_AND_WALES if start < d <= result.due]
    assert [s.day for s in result.skipped] == expected
    span = [start + timedelta(days=i) for i in range(1, (result.due - start).days + 1)]
    assert result.weekend_days_skipped == sum(d.weekday() >= 5 for d in span)
