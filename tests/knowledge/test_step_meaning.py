"""The encoder's nudge between steps: a step described in other words is found, a short question still asks."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from bot.core import PracticeGuide
from knowledge.loader import PACK_DIR
from knowledge.step_meaning import StepMeaning

# Invented: the first core group, described without its name or the conference's.
DESCRIBED = (
    "the smaller group of professionals and the family who meet to put the protection plan into action - "
    "when must they first get together? the plan was agreed at conference on 14/09/2026"
)


def _meaning(guide: PracticeGuide) -> StepMeaning:
    meaning = guide.steps.meaning
    assert meaning is not None
    return meaning


def test_the_shipped_cache_covers_every_step_phrasing(guide: PracticeGuide) -> None:
    assert _meaning(guide).embedded_at_load == 0


def test_the_nearest_step_is_at_nought_and_the_rest_below(guide: PracticeGuide) -> None:
    closeness = _meaning(guide).closeness(DESCRIBED.replace("14/09/2026", ""))
    nearest = max(closeness, key=lambda rule: closeness[rule])
    assert (nearest, closeness[nearest]) == ("first-core-group", 0.0)
    assert all(score < 0 for rule, score in closeness.items() if rule != nearest)


def test_a_short_question_gets_no_nudge(guide: PracticeGuide) -> None:
    assert _meaning(guide).closeness("when is my assessment due?") == {}


def test_a_step_described_in_other_words_is_counted(guide: PracticeGuide) -> None:
    answer = guide.answer(DESCRIBED, today=date(2026, 9, 15))
    assert [(d.timescale.rule, d.due) for d in answer.deadlines] == [("first-core-group", date(2026, 9, 24))]


def test_a_phrasing_a_practice_lead_adds_is_embedded_at_load(tmp_path: Path) -> None:
    pack_dir = tmp_path / "pack"
    shutil.copytree(PACK_DIR, pack_dir)
    section = pack_dir / "sections" / "10-child-protection-plans.yaml"
    text = section.read_text(encoding="utf-8")
    marker = "    - first core grp due\n"
    assert marker in text
    section.write_text(
        text.replace(marker, marker + "    - when does the team around the plan first sit down\n")
    )
    guide = PracticeGuide.load(pack_dir)
    assert _meaning(guide).embedded_at_load == 1
