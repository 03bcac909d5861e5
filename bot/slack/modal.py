"""The deadline modal: every rule grouped by section (within Slack's 100 options), and a date picker."""

from __future__ import annotations

from typing import Any

from bot.core import PracticeGuide

VIEW_ID = "deadline_modal"
RULE_BLOCK, RULE_INPUT = "rule", "rule_select"
START_BLOCK, START_INPUT = "start", "start_date"
MAX_OPTIONS = 100
MAX_OPTION_TEXT = 75


def deadline_modal(guide: PracticeGuide) -> dict[str, Any]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for timescale in guide.rules()[:MAX_OPTIONS]:
        section = guide.pack.entry(timescale.standard_id).section
        groups.setdefault(section, []).append(
            {
                "text": {"type": "plain_text", "text": timescale.label[:MAX_OPTION_TEXT]},
                "value": timescale.rule,
            }
        )
    option_groups = [
        {"label": {"type": "plain_text", "text": section[:MAX_OPTION_TEXT]}, "options": options}
        for section, options in groups.items()
    ]
    return {
        "type": "modal",
        "callback_id": VIEW_ID,
        "title": {"type": "plain_text", "text": "Work out a deadline"},
        "submit": {"type": "plain_text", "text": "Work it out"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [
            {
                "type": "input",
                "block_id": RULE_BLOCK,
                "label": {"type": "plain_text", "text": "Which step?"},
                "element": {"type": "static_select", "action_id": RULE_INPUT, "option_groups": option_groups},
            },
            {
                "type": "input",
                "block_id": START_BLOCK,
                "label": {
                    "type": "plain_text",
                    "text": "Counted from (the event's date, or the conference date)",
                },
                "element": {"type": "datepicker", "action_id": START_INPUT},
            },
        ],
    }
