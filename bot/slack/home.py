"""App Home: what the bot knows, how to ask, the glossary for new starters, and a privacy note."""

from __future__ import annotations

from typing import Any

from bot.core import PracticeGuide
from bot.slack.blocks import MAX_SECTION, escape
from bot.wording import EXAMPLES, PRIVACY

MAX_HOME_BLOCKS = 100


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text[:MAX_SECTION]}}


def home_view(guide: PracticeGuide) -> dict[str, Any]:
    sections = sorted({e.section for e in guide.pack.entries})
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": "Practice Guide"}},
        _section(
            f"I answer from Trafford's Social Work Practice Standards ({len(guide.pack.entries)} standards in "
            f"{len(sections)} sections), quoting them word for word, and I work out deadlines."
        ),
        _section("*Try asking*\n" + "\n".join(f"• {escape(e)}" for e in EXAMPLES)),
        _section(
            "*Deadlines*\nGive the step and the date, day first: _strat was 19/12/2025, when's the ICPC?_ "
            "Or use the *Work out a deadline* shortcut, or `/practice deadline icpc 19/12/2025`. "
            "`/practice timeline strategy-discussion 19/12/2025` lists every step that follows."
        ),
        _section(f":lock: *Privacy*\n{PRIVACY}"),
        {"type": "divider"},
        {"type": "header", "text": {"type": "plain_text", "text": "Glossary for new starters"}},
    ]
    lines = [
        f"*{escape(t.term)}*: {escape(t.expansion)}"
        for t in sorted(guide.glossary(), key=lambda t: t.term.lower())
    ]
    chunk = ""
    for line in lines:
        if len(chunk) + len(line) + 1 > MAX_SECTION:
            blocks.append(_section(chunk))
            chunk = ""
        chunk = f"{chunk}\n{line}" if chunk else line
    if chunk:
        blocks.append(_section(chunk))
    return {"type": "home", "blocks": blocks[:MAX_HOME_BLOCKS]}
