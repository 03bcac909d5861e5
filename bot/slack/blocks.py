"""Block Kit for an Answer: quotes as quotes, deadlines in bold, "did you mean" and feedback buttons.

Everything shown is escaped for Slack mrkdwn (&, <, >), so text a user typed, echoed back, can never
become a mention such as <!channel>. Sizes stay inside Slack's limits (50 blocks, 3000 characters a
section, 75 characters a button label).
"""

from __future__ import annotations

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

from bot.answer import Answer, Kind

MAX_BLOCKS = 50
MAX_SECTION = 3000
MAX_BUTTON = 75
MAX_FALLBACK = 3000
FEEDBACK_HELPFUL = "feedback_helpful"
FEEDBACK_NOT_HELPFUL = "feedback_not_helpful"
SUGGESTION = "suggestion"


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _mrkdwn_line(line: str) -> str:
    # The reply marks a quoted standard with a leading "> ": keep that as a Slack quote, escape the rest.
    if line.startswith("> "):
        return "> " + escape(line[2:])
    return escape(line)


def _chunks(lines: list[str]) -> list[str]:
    chunks, current = [], ""
    for line in lines:
        while len(line) > MAX_SECTION:
            chunks.append(line[:MAX_SECTION])
            line = line[MAX_SECTION:]
        if len(current) + len(line) + 1 > MAX_SECTION:
            chunks.append(current)
            current = ""
        current = f"{current}\n{line}" if current else line
    if current:
        chunks.append(current)
    return chunks


def answer_id(answer: Answer) -> str | None:
    """What a vote on this answer is recorded against: the rule or the standard, never the question."""
    if answer.deadlines:
        return f"rule:{answer.deadlines[0].timescale.rule}"
    if answer.glossary is not None:
        return f"glossary:{answer.glossary.id}"
    if answer.matches and answer.answered:
        return f"entry:{answer.matches[0].id}"
    return None


def answer_blocks(answer: Answer) -> list[Block]:
    lines = [_mrkdwn_line(line) for line in answer.reply.splitlines()]
    if answer.kind in (Kind.DEADLINE, Kind.GLOSSARY, Kind.STANDARD) and lines and answer.answered:
        lines[0] = f"*{lines[0]}*"  # the due date, the term or the title, in bold
    blocks: list[Block] = [SectionBlock(text=MarkdownTextObject(text=chunk)) for chunk in _chunks(lines)]
    if answer.suggestions:
        blocks.append(
            ActionsBlock(
                block_id="suggestions",
                elements=[
                    ButtonElement(text=s.title[:MAX_BUTTON], action_id=f"{SUGGESTION}_{i}", value=s.id)
                    for i, s in enumerate(answer.suggestions[:5])
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
                    ButtonElement(text="Helpful", action_id=FEEDBACK_HELPFUL, value=voted_on),
                    ButtonElement(text="Not helpful", action_id=FEEDBACK_NOT_HELPFUL, value=voted_on),
                ],
            )
        )
    if len(blocks) > MAX_BLOCKS:
        blocks = [*blocks[: MAX_BLOCKS - 1], ContextBlock(elements=[MarkdownTextObject(text="(shortened)")])]
    return blocks


def answer_message(answer: Answer) -> dict[str, Any]:
    """`text` (notifications, screen readers) and `blocks` for chat.postMessage or a response_url."""
    return {
        "text": escape(answer.reply)[:MAX_FALLBACK],
        "blocks": [block.to_dict() for block in answer_blocks(answer)],
    }
