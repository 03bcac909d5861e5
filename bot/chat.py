"""The terminal conversation: the same answers as Slack, for trying the bot with no Slack at all."""

from __future__ import annotations

import sys
from datetime import date
from typing import TextIO

from bot.answer import Answer
from bot.core import PracticeGuide
from bot.render.text import render_text
from bot.wording import PRIVACY

QUIT_WORDS = frozenset({"quit", "exit", "bye", "q", ":q"})


def reply_to(guide: PracticeGuide, line: str, last: Answer | None, *, today: date | None = None) -> Answer:
    """A number after a list of steps picks that step, counted from the same date; anything else is asked."""
    number = line.strip().rstrip(".")
    if last is not None and last.options and number.isdigit() and 1 <= int(number) <= len(last.options):
        picked = last.options[int(number) - 1]
        return guide.deadline(picked.timescale.rule, picked.start)
    return guide.answer(line, today=today)


def chat(
    guide: PracticeGuide,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    today: date | None = None,
) -> int:
    source = stdin or sys.stdin
    out = stdout or sys.stdout
    out.write(
        "Practice Guide: ask about Trafford's Social Work Practice Standards. `help` for examples, `quit` to leave.\n"
    )
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
            out.write("Bye.\n")
            return 0
        if not line.strip():
            continue
        last = reply_to(guide, line, last, today=today)
        out.write(f"\n{render_text(last)}\n")
