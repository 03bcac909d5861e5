"""Every kind of count, on literal dates, with what the account of the count must say."""

from __future__ import annotations

from datetime import date

import pytest

from bot.counting_words import counting
from bot.render.as_json import deadline_json
from calculators.deadlines import PhaseSpan, compute
from calculators.errors import RuleError
from calculators.timescale import Count, Phase, Timescale
from calculators.working_calendar import WorkingCalendar

ENGLAND = WorkingCalendar()


def rule(count: Count, n: int | None = None, **extra: object) -> Timescale:
    return Timescale(
        rule="test-rule",
        label="Test step",
        count=count,
        start_event="event",
        standard_id="x-01",
        n=n,
        **extra,
    )  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("timescale", "start", "due", "working", "says"),
    [
        (
            rule(Count.WORKING_DAYS, 15),
            "2025-12-19",
            "2026-01-14",
            True,
            "Christmas Day (Thursday 25 December)",
        ),
        (
            rule(Count.WORKING_DAYS, 1),
            "2026-11-28",
            "2026-11-30",
            True,
            "counting starts on the next working day",
        ),
        (
            rule(Count.CALENDAR_DAYS, 10),
            "2025-12-25",
            "2026-01-04",
            False,
            "the last working day before it is Friday 2 January 2026",
        ),
        (rule(Count.CALENDAR_DAYS, 0), "2026-11-24", "2026-11-24", True, "The same day"),
        (rule(Count.CALENDAR_DAYS, 45), "2025-12-30", "2026-02-13", True, "not working days"),
        (
            rule(Count.HOURS, 24),
            "2026-11-24",
            "2026-11-25",
            True,
            "by the same time on Wednesday 25 November 2026",
        ),
        (rule(Count.WEEKS, 3), "2026-11-17", "2026-12-08", True, "3 weeks (21 days)"),
        (rule(Count.MONTHS, 1), "2026-01-31", "2026-02-28", False, "1 calendar month"),
        (rule(Count.MONTHS, 1), "2028-01-31", "2028-02-29", True, "1 calendar month"),
        # An age is never flagged as a non-working day: the child reaches it on the day, weekend or not.
        (rule(Count.AGE, years=15, months=6), "2012-02-29", "2027-08-29", True, "Aged 15 years 6 months"),
        (rule(Count.AGE, years=16), "2012-02-29", "2028-02-29", True, "Aged 16 years"),
        (rule(Count.AGE, years=15), "2012-02-29", "2027-03-01", True, "Born on 29 February"),
        (rule(Count.WORKING_DAYS_BEFORE, 3), "2027-01-05", "2026-12-30", True, "3 working days before"),
        (rule(Count.CALENDAR_DAYS_BEFORE, 3), "2026-12-14", "2026-12-11", True, "3 days before"),
        (rule(Count.EVERY_WEEKS, 4), "2026-11-03", "2026-12-01", True, "At least every 4 weeks"),
        (rule(Count.EVERY_MONTHS, 36), "2024-01-31", "2027-01-31", False, "every 36 months"),
    ],
)
def test_each_count(timescale: Timescale, start: str, due: str, working: bool, says: str) -> None:
    result = compute(timescale, date.fromisoformat(start), ENGLAND)
    assert result.due == date.fromisoformat(due)
    assert result.due_is_working_day is working
    assert (result.last_working_day_before is None) is working
    assert says in counting(result)


def test_window_gives_earliest_and_latest() -> None:
    result = compute(rule(Count.WINDOW_WEEKS, 4, n_max=6), date(2026, 11, 20), ENGLAND)
    assert (result.earliest, result.due) == (date(2026, 12, 18), date(2027, 1, 1))
    assert not result.due_is_working_day and result.last_working_day_before == date(2026, 12, 31)


def test_the_first_day_a_step_is_allowed_is_met_on_or_after_it() -> None:
    """Stop 39: 10 weeks in placement before an Adoption Order application is an earliest day, not a deadline:
    a date before it is too early, and a Sunday moves it on to the Monday, never back to the Friday."""
    result = compute(rule(Count.WEEKS, 10, at_the_earliest=True), date(2026, 3, 1), ENGLAND)
    assert result.due == date(2026, 5, 10)
    assert result.first_working_day_after == date(2026, 5, 11) and result.last_working_day_before is None
    assert not result.allows(date(2026, 5, 5)) and result.allows(date(2026, 5, 10))
    assert result.allows(date(2026, 6, 1))


def test_months_to_a_first_day_allowed_never_end_early() -> None:
    """rv52: over 12 months in a placement from 29 February is reached on 1 March, not 28 February."""
    result = compute(rule(Count.MONTHS, 12, at_the_earliest=True), date(2024, 2, 29), ENGLAND)
    assert result.due == date(2025, 3, 1) and result.first_working_day_after == date(2025, 3, 3)
    assert compute(rule(Count.MONTHS, 12), date(2024, 2, 29), ENGLAND).due == date(2025, 2, 28)  # a deadline


def test_recurring_schedule_has_the_next_six() -> None:
    result = compute(rule(Count.EVERY_WEEKS, 6), date(2026, 11, 19), ENGLAND)
    assert result.schedule == tuple(
        date.fromordinal(date(2026, 11, 19).toordinal() + 42 * k) for k in range(1, 7)
    )


def test_phased_visits_change_frequency_at_the_first_review() -> None:
    review = rule(Count.WORKING_DAYS, 20)
    review = Timescale(**{**review.__dict__, "rule": "first-review"})
    visits = rule(Count.PHASED, phases=(Phase(every_weeks=1, until="first-review"), Phase(every_weeks=6)))
    result = compute(visits, date(2026, 11, 2), ENGLAND, rules={"first-review": review})
    # Review due 30 November 2026: weekly to then, then every 6 weeks from the last weekly visit.
    assert result.schedule == (
        date(2026, 11, 9),
        date(2026, 11, 16),
        date(2026, 11, 23),
        date(2026, 11, 30),
        date(2027, 1, 11),
        date(2027, 2, 22),
    )
    assert result.phases == (PhaseSpan(1, "Test step", date(2026, 11, 30)), PhaseSpan(6))
    assert "until Test step (Monday 30 November 2026)" in counting(result)


def test_a_phased_schedule_may_start_with_another_rules_date() -> None:
    # Seen within 1 working day of placement, then weekly from that visit: a first week counted from the
    # placement itself would put the first visit six days late.
    seen = Timescale(**{**rule(Count.WORKING_DAYS, 1).__dict__, "rule": "seen", "label": "Seen"})
    review = Timescale(**{**rule(Count.WORKING_DAYS, 20).__dict__, "rule": "first-review"})
    visits = rule(
        Count.PHASED,
        phases=(Phase(every_weeks=1, until="first-review"), Phase(every_weeks=6)),
        first_by="seen",
    )
    # Placed Wednesday 23 December 2026: Thursday 24th is a working day; the review is 20 working days on.
    result = compute(visits, date(2026, 12, 23), ENGLAND, rules={"seen": seen, "first-review": review})
    assert result.due == date(2026, 12, 24)
    assert result.schedule[:3] == (date(2026, 12, 24), date(2026, 12, 31), date(2027, 1, 7))
    assert result.first_by == "Seen"
    assert "the first by Thursday 24 December 2026 (Seen)" in counting(result)
    assert deadline_json(result)["first_by"] == "Seen"


def test_phased_with_a_missing_rule_is_an_error() -> None:
    visits = rule(Count.PHASED, phases=(Phase(every_weeks=1, until="nowhere"),))
    with pytest.raises(RuleError, match="nowhere"):
        compute(visits, date(2026, 11, 2), ENGLAND)


def test_json_has_the_documented_keys() -> None:
    data = deadline_json(compute(rule(Count.WORKING_DAYS, 15), date(2025, 12, 19), ENGLAND))
    assert data["from"] == "2025-12-19" and data["due"] == "2026-01-14" and data["due_weekday"] == "Wednesday"
    assert data["unit"] == "working_days" and data["n"] == 15 and data["standard_id"] == "x-01"
    assert data["skipped"] == [
        {"date": "2025-12-25", "name": "Christmas Day"},
        {"date": "2025-12-26", "name": "Boxing Day"},
        {"date": "2026-01-01", "name": "New Year's Day"},
    ]
    assert data["weekend_days_skipped"] == 8


def test_visits_after_the_next_one_on_a_bank_holiday_are_named() -> None:
    result = compute(rule(Count.EVERY_WEEKS, 1), date(2025, 12, 18), ENGLAND)
    assert result.due == date(2025, 12, 25) and result.due_not_working == "Christmas Day"
    assert [(s.day, s.name) for s in result.schedule_not_working] == [(date(2026, 1, 1), "New Year's Day")]


def test_a_step_due_at_an_event_on_a_holiday_is_never_moved_before_the_event() -> None:
    """Stop 42: the IRO told "at the time" of a change on New Year's Day was due "the last working day before
    it", 31 December, before the change had happened. The holiday is said; no earlier day is offered."""
    result = compute(rule(Count.CALENDAR_DAYS, 0), date(2027, 1, 1), ENGLAND)
    assert result.due == date(2027, 1, 1) and not result.due_is_working_day
    assert result.last_working_day_before is None
    assert "is not a working day (New Year's Day)." in counting(result)
    back = compute(
        rule(Count.CALENDAR_DAYS_BEFORE, 3), date(2027, 1, 4), ENGLAND
    )  # a report before a meeting
    assert back.due == date(2027, 1, 1) and back.last_working_day_before == date(2026, 12, 31)
