"""What a question states beside what it asks: a timescale ("the 1 working day standard"), a yes-or-no question."""

from __future__ import annotations

import pytest

from calculators.timescale import Count
from knowledge.steps import stated_timescales


@pytest.mark.parametrize(
    ("text", "n", "count"),
    [
        ("did that meet the 1 working day standard?", 1, Count.WORKING_DAYS),
        ("was it within the 45 days?", 45, Count.CALENDAR_DAYS),
        ("visits every six weeks", 6, Count.EVERY_WEEKS),
        ("within 3 wd?", 3, Count.WORKING_DAYS_BEFORE),
        ("the 3 month timescale", 3, Count.MONTHS),
    ],
)
def test_a_stated_timescale_is_read(text: str, n: int, count: Count) -> None:
    assert (n, count) in stated_timescales(text)


@pytest.mark.parametrize(
    "text",
    ["placed 2 weeks ago", "she has been there for 3 months", "the 12 week review is booked", "a 6 year old"],
)
def test_a_duration_or_a_meeting_is_no_stated_timescale(text: str) -> None:
    assert stated_timescales(text) == set()


@pytest.mark.parametrize(
    ("text", "n", "count"),
    [
        ("Within 20 Days", 20, Count.CALENDAR_DAYS),
        ("within twenty working days", 20, Count.WORKING_DAYS),
        ("her visits are 6-weekly now", 6, Count.EVERY_WEEKS),
    ],
)
def test_capitals_words_and_the_standards_own_weekly_are_read(text: str, n: int, count: Count) -> None:
    assert (n, count) in stated_timescales(text)


def test_a_yes_or_no_question_joined_on_is_not_the_date_asked() -> None:
    from knowledge.steps import _asking_and_stating

    asking, stating = _asking_and_stating("When's the next review and does it go to panel?")
    assert "panel" not in asking and "panel" in stating and "next review" in asking
