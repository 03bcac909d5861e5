"""Every timescale the document sets is data on its standard, and every one of them can be counted."""

from __future__ import annotations

import re
from datetime import date

import pytest

from bot.core import PracticeGuide
from bot.counting_words import counting
from calculators.deadlines import compute

# A number of days, weeks, months or hours, an "every N", or an age: the shapes a timescale takes.
TIMESCALE_WORDS = re.compile(
    r"\b\d+\s*(?:working\s+)?(?:days?|weeks?|months?|hours?)\b|within working \d+|every \d+|\d+ weekly|six weeks"
    r"|every three years|every 12 months|annually|annual review|\d+ years \d+ months|weekly",
    re.I,
)


def test_every_statement_with_a_time_limit_has_a_timescale(guide: PracticeGuide) -> None:
    missing = [e.id for e in guide.pack.entries if TIMESCALE_WORDS.search(e.text) and not e.timescales]
    assert missing == []


def test_rules_are_unique_and_name_their_standard(guide: PracticeGuide) -> None:
    rules = guide.rules()
    assert len({t.rule for t in rules}) == len(rules) >= 60
    assert all(guide.pack.entry(t.standard_id).timescales for t in rules)


@pytest.mark.parametrize("start", [date(2025, 12, 19), date(2026, 2, 28), date(2026, 12, 24)])
def test_every_rule_counts_from_any_date(guide: PracticeGuide, start: date) -> None:
    rules = {t.rule: t for t in guide.rules()}
    for timescale in rules.values():
        result = compute(timescale, start, guide.calendar, rules=rules)
        assert counting(result)
        assert (result.due < start) == timescale.count.value.endswith("_before")


def test_timeline_from_coming_into_care(guide: PracticeGuide) -> None:
    answer = guide.timeline("looked-after", date(2026, 11, 2))
    by_rule = {d.timescale.rule: d.due for d in answer.deadlines}
    assert by_rule["iha"] == date(2026, 11, 30)
    assert by_rule["lac-initial-review"] == date(2026, 11, 30)
    assert by_rule["iro-review-report"] == date(2026, 11, 27)  # chained: 3 days before the review
