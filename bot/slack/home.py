"""App Home: what the bot knows, how to ask, the glossary for new starters, and a privacy note."""

from __future__ import annotations

from slack_sdk.models.blocks import Block, DividerBlock, HeaderBlock, MarkdownTextObject, SectionBlock
from slack_sdk.models.views import View

from bot.core import PracticeGuide
from bot.slack.blocks import chunks, escape
from bot.wording import EXAMPLES, PRIVACY

MAX_HOME_BLOCKS = 100


def _sections(text: str) -> list[Block]:
    return [SectionBlock(text=MarkdownTextObject(text=piece)) for piece in chunks(text)]


def home_view(guide: PracticeGuide) -> View:
    sections = sorted({e.section for e in guide.pack.entries})
    glossary = "\n".join(
        f"*{escape(t.term)}*: {escape(t.expansion)}"
        for t in sorted(guide.glossary(), key=lambda t: t.term.lower())
    )
    blocks: list[Block] = [
        HeaderBlock(text="Practice Guide"),
        *_sections(
            f"I answer from Trafford's Social Work Practice Standards ({len(guide.pack.entries)} standards in "
            f"{len(sections)} sections), quoting them word for word, and I work out deadlines."
        ),
        *_sections("*Try asking*\n" + "\n".join(f"• {escape(e)}" for e in EXAMPLES)),
        *_sections(
            "*Deadlines*\nGive the step and the date, day first: _strat was 19/12/2025, when's the ICPC?_ "
            "Or use the *Work out a deadline* shortcut, or `/practice deadline icpc 19/12/2025`. "
            "`/practice timeline strategy-discussion 19/12/2025` lists every step that follows."
        ),
        *_sections(f":lock: *Privacy*\n{PRIVACY}"),
        DividerBlock(),
        HeaderBlock(text="Glossary for new starters"),
        *_sections(glossary),
    ]
    return View(type="home", blocks=blocks[:MAX_HOME_BLOCKS])
