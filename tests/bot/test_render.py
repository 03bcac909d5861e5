"""The three renderers draw the same parts: plain text, Block Kit and JSON agree with the Answer."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bot import wording
from bot.answer import Answer, Kind, Reason
from bot.core import PracticeGuide
from bot.render.as_json import answer_json
from bot.render.lines import Style, answer_lines
from bot.render.text import render_text
from bot.slack.blocks import MAX_SECTION, answer_blocks, answer_message, chunks

TODAY = date(2026, 11, 24)
QUESTIONS = (
    "strat was 19/12/25, when's the ICPC?",
    "how often do I visit a child on a CP plan?",
    "what's a core group?",
    "is there a dress code for home visits?",
    "it was 19/12/2025, when is it due?",
    "strat was 31/02/2026, when's the ICPC?",
    "timeline strat 19/12/2025",
    "deadline icpcc 19/12/2025",
    "timeline nowhere 19/12/2025",
    "rules",
    "help",
    "Report to ICPC chair sent 10/11/2026 for conference 16/11/2026 - on time?",
)


@pytest.fixture(scope="module", params=QUESTIONS)
def answer(request: pytest.FixtureRequest, guide: PracticeGuide) -> Answer:
    return guide.answer(request.param, today=TODAY)


def test_every_kind_renders_to_lines_with_at_most_one_headline_first(answer: Answer) -> None:
    lines = answer_lines(answer)
    assert lines and all(line.text.strip() for line in lines)
    headlines = [i for i, line in enumerate(lines) if line.style is Style.HEADLINE]
    assert headlines in ([], [0])
    assert bool(headlines) == (answer.answered and answer.kind is not Kind.RULES)


def test_plain_text_marks_the_quoted_standard_and_json_carries_it(answer: Answer) -> None:
    text = render_text(answer)
    data = answer_json(answer)
    assert data["reply"] == text
    assert data["kind"] == str(answer.kind) and data["answered"] is answer.answered
    if answer.quoted is not None and answer.kind in (Kind.STANDARD, Kind.DEADLINE):
        for line in answer.quoted.text.splitlines():
            assert f"> {line}" in text.splitlines()
        assert data["matches"][0]["id"] == answer.quoted.id
    assert [d["due"] for d in data["deadlines"]] == [d.due.isoformat() for d in answer.deadlines]


def test_block_kit_bolds_the_headline_and_quotes_the_standard(answer: Answer) -> None:
    blocks = [b.to_dict() for b in answer_blocks(answer)]
    sections = [b["text"]["text"] for b in blocks if b["type"] == "section"]
    lines = answer_lines(answer)
    if lines[0].style is Style.HEADLINE:
        assert sections[0].startswith("*") and sections[0].endswith("*")
    if answer.quoted is not None and answer.kind in (Kind.STANDARD, Kind.DEADLINE):
        first = answer.quoted.text.splitlines()[0].replace("&", "&amp;")
        assert any(f"> {first}" in s for s in sections)
    assert all(len(s) <= MAX_SECTION for s in sections)


def test_the_deadline_reads_the_same_in_every_renderer(guide: PracticeGuide) -> None:
    answer = guide.answer("strat was 19/12/25, when's the ICPC?", today=TODAY)
    headline = wording.due(answer.deadlines[0])
    assert headline == "Initial Child Protection Conference: due Wednesday 14 January 2026"
    assert render_text(answer).splitlines()[0] == headline
    assert answer_message(answer)["blocks"][0]["text"]["text"] == f"*{headline}*"


@pytest.mark.parametrize(
    ("question", "verdict", "in_time"),
    [
        (
            "Report to ICPC chair sent 13/11/2026 for conference 16/11/2026 - on time?",
            "Friday 13 November 2026, the date you gave for it, is after the deadline (Wednesday 11 November 2026):"
            " out of timescale.",
            False,
        ),
        (
            "SSW visit recorded 05/11/2026, the visit itself was 03/11/2026 - in timescale?",
            "Thursday 5 November 2026, the date you gave for it, is within the timescale (due by Friday 6 November"
            " 2026).",
            True,
        ),
    ],
)
def test_a_checked_date_gets_its_verdict_in_every_renderer(
    guide: PracticeGuide, question: str, verdict: str, in_time: bool
) -> None:
    answer = guide.answer(question, today=TODAY)
    assert render_text(answer).splitlines()[2] == verdict
    assert answer_json(answer)["in_time"] is in_time
    assert any(
        verdict in b["text"]["text"] for b in answer_message(answer)["blocks"] if b["type"] == "section"
    )


def test_reasons_for_not_answering_have_their_own_wording(guide: PracticeGuide) -> None:
    no_words = render_text(
        replace(guide.answer("is there a dress code for home visits?"), reason=Reason.NO_WORDS)
    )
    assert no_words.startswith(wording.unknown(Reason.NO_WORDS))
    unknown_rule = guide.answer("deadline icpcc 19/12/2025", today=TODAY)
    assert unknown_rule.reason is Reason.UNKNOWN_RULE and unknown_rule.choices[0].rule == "icpc"
    assert "`icpc`" in render_text(unknown_rule)


def test_a_long_message_says_how_much_was_read(guide: PracticeGuide) -> None:
    answer = guide.answer("how often are CIN visits " + "please " * 300, today=TODAY)
    assert answer.read_chars == 1000
    assert render_text(answer).splitlines()[0] == wording.long_message(1000)


def test_user_text_cannot_become_a_mention_in_blocks(guide: PracticeGuide) -> None:
    answer = guide.answer("deadline <!channel> 19/12/2025", today=TODAY)
    message = answer_message(answer)
    assert "<!channel>" not in str(message) and "&lt;!channel&gt;" in str(message)


@pytest.mark.parametrize(
    ("text", "size", "expected"),
    [
        ("a\nb", 10, ["a\nb"]),
        ("aaaa\nbbbb", 6, ["aaaa", "bbbb"]),
        ("abcdefgh", 3, ["abc", "def", "gh"]),
        ("ab\ncdefgh", 3, ["ab", "cde", "fgh"]),
    ],
)
def test_chunks_cut_at_line_ends_and_never_exceed_the_size(text: str, size: int, expected: list[str]) -> None:
    assert chunks(text, size) == expected
