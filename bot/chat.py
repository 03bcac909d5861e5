"""The terminal conversation: the same answers as Slack, for trying the bot with no Slack at all."""

from __future__ import annotations

import sys
from datetime import date
from typing import TextIO

from bot.answer import Answer
from bot.core import PracticeGuide
from bot.render.text import render_text
from bot.wording import BYE, CHAT_BANNER, PRIVACY

QUIT_WORDS = frozenset({"quit", "exit", "bye", "q", ":q"})


def chat(
    guide: PracticeGuide,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    today: date | None = None,
) -> int:
    source = stdin or sys.stdin
    out = stdout or sys.stdout
    out.write(f"{CHAT_BANNER}\n")
    out.write(f"{PRIVACY}\n")
    last: Answer | None = None
    while True:
        out.write("\nyou> ")
        out.flush()
        line = source.readline()
        if not line:
            out.write("\n")
            return 0
        if line.strip().lower() in QUIT_WORDS:
            out.write(f"{BYE}\n")
            return 0
        if not line.strip():
            continue
        answer = _picked(guide, last, line) or guide.answer(line, today=today)
        out.write(f"\n{render_text(answer)}\n")
        last = answer


def _picked(guide: PracticeGuide, last: Answer | None, line: str) -> Answer | None:
    """A number typed after a list of options picks that option, counted as it was listed."""
    if last is None or not last.options or not line.strip().isdigit():
        return None
    number = int(line.strip())
    if not 1 <= number <= len(last.options):
        return None
    option = last.options[number - 1]
    return guide.deadline(option.timescale.rule, option.start)
