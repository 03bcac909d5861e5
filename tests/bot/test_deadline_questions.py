"""Deadline questions as workers ask them: the rule chosen, the date counted, or the choice offered."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.answer import Kind
from bot.core import PracticeGuide

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "deadline_questions.yaml").read_text(encoding="utf-8")
)["cases"]


@pytest.mark.parametrize("case", [c for c in CASES if "rule" in c], ids=lambda c: c["q"][:60])
def test_the_rule_and_the_date(guide: PracticeGuide, case: dict[str, Any]) -> None:
    answer = guide.answer(case["q"], today=case["today"])
    assert answer.kind is Kind.DEADLINE and answer.answered, answer.reply
    result = answer.deadlines[0]
    assert (result.timescale.rule, result.due) == (case["rule"], case["due"])
    if "start" in case:
        assert result.start == case["start"]


@pytest.mark.parametrize("case", [c for c in CASES if "choices" in c], ids=lambda c: c["q"][:60])
def test_two_plausible_rules_are_offered_not_guessed(guide: PracticeGuide, case: dict[str, Any]) -> None:
    answer = guide.answer(case["q"], today=case["today"])
    assert not answer.answered and not answer.deadlines
    offered = [c.rule for c in answer.choices]
    assert set(case["choices"]) <= set(offered)
    assert len({c.due for c in answer.choices}) == len(answer.choices)  # each choice a different date
    for number, choice in enumerate(answer.choices, start=1):
        assert f"{number}. {choice.label}" in answer.reply


def test_a_picked_choice_is_counted_from_the_same_date(guide: PracticeGuide) -> None:
    offered = guide.answer(
        "ICPC on 08/12/2026, when does my report need to go out?", today=date(2026, 11, 24)
    )
    picked = guide.deadline(offered.choices[0].rule, offered.choices[0].start)
    assert picked.answered and picked.deadlines[0].due == offered.choices[0].due
