"""Block Kit for an Answer, built from its parts: the due date or title in bold, the standard as a quote,
"did you mean" buttons when unsure, and feedback buttons.

Everything shown is escaped for Slack mrkdwn (&, <, >), so text a user typed, echoed back, can never
become a mention such as <!channel>. Sizes stay inside Slack's limits (50 blocks, 3000 characters a
section, 75 characters a button label). The wording is bot/wording.py's, as in the terminal.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    MarkdownTextObject,
    SectionBlock,
)

from bot import wording
from bot.answer import Answer, Kind
from bot.render.lines import Line, Style, answer_lines
from bot.render.text import render_text

MAX_BLOCKS = 50
MAX_SECTION = 3000
MAX_BUTTON = 75
MAX_FALLBACK = 3000
MAX_ACTIONS = 25  # Slack's limit of elements in one actions block; how many to offer is the core's choice
FEEDBACK_HELPFUL = "feedback_helpful"
FEEDBACK_NOT_HELPFUL = "feedback_not_helpful"
SUGGESTION = "suggestion"
OPTION = "option"


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def chunks(text: str, size: int = MAX_SECTION) -> list[str]:
    """Text cut into pieces Slack accepts, at line ends where possible: the one chunker of the app."""
    pieces: list[str] = []
    current = ""
    for line in text.splitlines():
        while len(line) > size:
            if current:
                pieces.append(current)
                current = ""
            pieces.append(line[:size])
            line = line[size:]
        if current and len(current) + len(line) + 1 > size:
            pieces.append(current)
            current = ""
        current = f"{current}\n{line}" if current else line
    if current:
        pieces.append(current)
    return pieces


def _mrkdwn(line: Line) -> str:
    text = escape(line.text)
    if line.style is Style.QUOTE:
        return f"> {text}"
    return f"*{text}*" if line.style is Style.HEADLINE else text


def _sections(lines: list[Line]) -> list[Block]:
    """One section per run of lines: a headline alone, then text and quotes as they come."""
    runs: list[list[str]] = []
    for i, line in enumerate(lines):
        if i == 0 or line.style is Style.HEADLINE or lines[i - 1].style is Style.HEADLINE:
            runs.append([])
        runs[-1].append(_mrkdwn(line))
    return [
        SectionBlock(text=MarkdownTextObject(text=piece)) for run in runs for piece in chunks("\n".join(run))
    ]


def option_value(rule: str, start: date) -> str:
    """An option button's value: the rule and the date it is counted from, read back by `read_option`."""
    return f"{rule} {start.isoformat()}"


def read_option(value: str) -> tuple[str, date] | None:
    rule, _, start = value.partition(" ")
    try:
        return rule, date.fromisoformat(start)
    except ValueError:
        return None


def answer_id(answer: Answer) -> str | None:
    """What a vote on this answer is recorded against: the rule or the standard, never the question."""
    if answer.kind is Kind.DEADLINE and answer.deadlines:
        return f"rule:{answer.deadlines[0].timescale.rule}"
    if answer.glossary is not None:
        return f"glossary:{answer.glossary.id}"
    if answer.quoted is not None and answer.kind is Kind.STANDARD:
        return f"entry:{answer.quoted.id}"
    return None


def answer_blocks(answer: Answer) -> list[Block]:
    blocks = _sections(answer_lines(answer))
    if answer.suggestions:
        blocks.append(
            ActionsBlock(
                block_id="suggestions",
                elements=[
                    ButtonElement(text=s.title[:MAX_BUTTON], action_id=f"{SUGGESTION}_{i}", value=s.id)
                    for i, s in enumerate(answer.suggestions[:MAX_ACTIONS])
                ],
            )
        )
    if answer.options:
        blocks.append(
            ActionsBlock(
                block_id="options",
                elements=[
                    ButtonElement(
                        text=f"{i}. {o.timescale.label}"[:MAX_BUTTON],
                        action_id=f"{OPTION}_{i}",
                        value=option_value(o.timescale.rule, o.start),
                    )
                    for i, o in enumerate(answer.options[:MAX_ACTIONS], start=1)
                ],
            )
        )
    voted_on = answer_id(answer)
    if voted_on:
        blocks.append(DividerBlock())
        blocks.append(
            ActionsBlock(
                block_id="feedback",
                elements=[
                    ButtonElement(text=wording.HELPFUL, action_id=FEEDBACK_HELPFUL, value=voted_on),
                    ButtonElement(text=wording.NOT_HELPFUL, action_id=FEEDBACK_NOT_HELPFUL, value=voted_on),
                ],
            )
        )
    if len(blocks) > MAX_BLOCKS:
        shortened = ContextBlock(elements=[MarkdownTextObject(text=wording.SHORTENED)])
        blocks = [*blocks[: MAX_BLOCKS - 1], shortened]
    return blocks


def answer_message(answer: Answer) -> dict[str, Any]:
    """`text` (notifications, screen readers) and `blocks` for chat.postMessage or a response_url."""
    return {
        "text": escape(render_text(answer))[:MAX_FALLBACK],
        "blocks": [block.to_dict() for block in answer_blocks(answer)],
    }
