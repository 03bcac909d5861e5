"""No date of any year, written any way, and no `today`, makes the core or the date reader raise.

A date outside 1990-2100 gets a reply saying so; everything else is answered or refused in words.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answer import Kind, Reason
from bot.core import PracticeGuide
from bot.render.text import render_text
from bot.wording import date_problem
from calculators.chatdates import find_dates
from calculators.deadlines import compute
from calculators.errors import DateRangeError
from calculators.working_calendar import FIRST_DAY, LAST_DAY
from datefuzz.strategies import ANY_DAY, deadline_question, written_date

GUIDE = PracticeGuide.load()


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(text=deadline_question(), today=ANY_DAY)
def test_answer_never_raises_and_dates_stay_in_range(text: str, today: date) -> None:
    answer = GUIDE.answer(text, today=today)
    assert render_text(answer)  # every answer can be shown
    for result in (*answer.deadlines, *answer.options):
        assert FIRST_DAY <= result.start <= LAST_DAY


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(text=st.lists(written_date(), min_size=1, max_size=4).map(", ".join), today=ANY_DAY)
def test_find_dates_reads_or_refuses_every_date(text: str, today: date) -> None:
    finding = find_dates(text, today)
    assert all(FIRST_DAY <= d.day <= LAST_DAY for d in finding.dates)
    assert all(date_problem(p) for p in finding.problems)


def test_a_date_outside_the_range_is_refused_in_words() -> None:
    answer = GUIDE.answer("strat was 01/01/0001, when's the icpc?", today=date(2026, 11, 24))
    assert answer.reason is Reason.DATE_PROBLEM and not answer.deadlines
    assert "outside the dates I can count (1990 to 2100)" in render_text(answer)


def test_typed_deadline_and_timeline_refuse_dates_outside_the_range() -> None:
    for answer in (
        GUIDE.deadline("icpc", date(9999, 12, 31)),
        GUIDE.timeline("strategy-discussion", date.min),
    ):
        assert answer.reason is Reason.DATE_PROBLEM and answer.kind in (Kind.DEADLINE, Kind.TIMELINE)
        assert "outside the dates I can count" in render_text(answer)


EDGES = [
    date.min,
    date(1, 1, 1),
    date(1989, 12, 31),
    FIRST_DAY,
    date(2024, 2, 29),
    LAST_DAY,
    date(2101, 1, 1),
    date.max,
]


@pytest.mark.parametrize("rule", [t.rule for t in GUIDE.rules()])
def test_every_rule_at_the_edges_of_the_calendar_is_counted_or_refused_in_words(rule: str) -> None:
    timescale = next(t for t in GUIDE.rules() if t.rule == rule)
    for day in EDGES:
        if FIRST_DAY <= day <= LAST_DAY:
            assert compute(timescale, day, GUIDE.calendar, rules={t.rule: t for t in GUIDE.rules()}).due
            assert GUIDE.deadline(rule, day).answered
        else:
            with pytest.raises(DateRangeError, match="outside the dates"):
                compute(timescale, day, GUIDE.calendar)
            assert GUIDE.deadline(rule, day).reason is Reason.DATE_PROBLEM
