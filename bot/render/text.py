"""An Answer as plain text: what the terminal chat and `ask` print, and the `reply` of `--json`.

A quoted standard is marked with "> " at the start of each line, as in email and Slack.
"""

from __future__ import annotations

from bot.answer import Answer
from bot.render.lines import Style, answer_lines


def render_text(answer: Answer) -> str:
    return "\n".join(
        f"> {line.text}" if line.style is Style.QUOTE else line.text for line in answer_lines(answer)
    )
