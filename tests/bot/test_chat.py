"""The terminal conversation, driven through its own input and output streams."""

from __future__ import annotations

import io
from datetime import date

from bot import wording
from bot.chat import chat
from bot.core import PracticeGuide
from bot.render.text import render_text

CHOICE = "ICPC on 08/12/2026, when does my report need to go out?"
TODAY = date(2026, 12, 1)  # a fixed day: once the chair's date has passed, only the family's is still ahead


def talk(guide: PracticeGuide, *lines: str) -> str:
    out = io.StringIO()
    stdin = io.StringIO("".join(f"{line}\n" for line in lines))
    assert chat(guide, stdin=stdin, stdout=out, today=TODAY) == 0
    return out.getvalue()


def test_a_number_after_options_picks_that_option(guide: PracticeGuide) -> None:
    offered = guide.answer(CHOICE, today=TODAY)
    assert len(offered.options) >= 2
    second = offered.options[1]
    said = talk(guide, CHOICE, "2", "quit")
    assert wording.due(guide.deadline(second.timescale.rule, second.start).deadlines[0]) in said
    assert said.rstrip().endswith("Bye.")


def test_a_number_with_no_options_before_it_is_just_a_question(guide: PracticeGuide) -> None:
    said = talk(guide, "2")
    assert render_text(guide.answer("2")) in said


def test_the_privacy_reminder_is_shown_and_blank_lines_are_skipped(guide: PracticeGuide) -> None:
    said = talk(guide, "", "   ", "quit")
    assert wording.PRIVACY in said and said.count("you> ") == 3
