"""The deadline modal: every rule grouped by section (within Slack's 100 options), and a date picker."""

from __future__ import annotations

from slack_sdk.models.blocks import (
    DatePickerElement,
    InputBlock,
    Option,
    OptionGroup,
    PlainTextObject,
    StaticSelectElement,
)
from slack_sdk.models.views import View

from bot.core import PracticeGuide

VIEW_ID = "deadline_modal"
RULE_BLOCK, RULE_INPUT = "rule", "rule_select"
START_BLOCK, START_INPUT = "start", "start_date"
MAX_OPTIONS = 100
MAX_OPTION_TEXT = 75


def deadline_modal(guide: PracticeGuide) -> View:
    groups: dict[str, list[Option]] = {}
    for timescale in guide.rules()[:MAX_OPTIONS]:
        section = guide.pack.entry(timescale.standard_id).section
        groups.setdefault(section, []).append(
            Option(text=PlainTextObject(text=timescale.label[:MAX_OPTION_TEXT]), value=timescale.rule)
        )
    option_groups = [
        OptionGroup(label=PlainTextObject(text=section[:MAX_OPTION_TEXT]), options=options)
        for section, options in groups.items()
    ]
    return View(
        type="modal",
        callback_id=VIEW_ID,
        title="Work out a deadline",
        submit="Work it out",
        close="Cancel",
        blocks=[
            InputBlock(
                block_id=RULE_BLOCK,
                label="Which step?",
                element=StaticSelectElement(action_id=RULE_INPUT, option_groups=option_groups),
            ),
            InputBlock(
                block_id=START_BLOCK,
                label="Counted from (the event's date, or the conference date)",
                element=DatePickerElement(action_id=START_INPUT),
            ),
        ],
    )
