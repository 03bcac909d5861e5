"""Deadline questions as workers ask them: the rule chosen, the date counted, or the choice offered."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.answer import Kind, Reason
from bot.core import PracticeGuide
from bot.render.text import render_text

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "deadline_questions.yaml").read_text(encoding="utf-8")
)["cases"]


@pytest.mark.parametrize("case", [c for c in CASES if "rule" in c], ids=lambda c: c["q"][:60])
def test_the_rule_and_the_date(guide: PracticeGuide, case: dict[str, Any]) -> None:
    answer = guide.answer(case["q"], today=case["today"])
    assert answer.kind is Kind.DEADLINE and answer.answered, render_text(answer)
    result = answer.deadlines[0]
    assert (result.timescale.rule, result.due) == (case["rule"], case["due"])
    if "start" in case:
        assert result.start == case["start"]


@pytest.mark.parametrize("case", [c for c in CASES if "choices" in c], ids=lambda c: c["q"][:60])
def test_two_plausible_rules_are_offered_not_guessed(guide: PracticeGuide, case: dict[str, Any]) -> None:
    answer = guide.answer(case["q"], today=case["today"])
    assert not answer.answered and not answer.deadlines and answer.reason is Reason.CHOOSE_STEP
    offered = [o.timescale.rule for o in answer.options]
    assert set(case["choices"]) <= set(offered)
    assert len({o.due for o in answer.options}) == len(answer.options)  # each option a different date
    reply = render_text(answer)
    for number, option in enumerate(answer.options, start=1):
        assert f"{number}. {option.timescale.label}" in reply


def test_a_picked_choice_is_counted_from_the_same_date(guide: PracticeGuide) -> None:
    offered = guide.answer(
        "ICPC on 08/12/2026, when does my report need to go out?", today=date(2026, 11, 24)
    )
    first = offered.options[0]
    picked = guide.deadline(first.timescale.rule, first.start)
    assert picked.answered and picked.deadlines[0].due == first.due
