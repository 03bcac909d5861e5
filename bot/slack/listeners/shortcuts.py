"""The "Work out a deadline" shortcut: a modal to pick the step and the date, answered in a DM."""

from __future__ import annotations

from datetime import date
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.core import PracticeGuide
from bot.slack.blocks import answer_message
from bot.slack.modal import RULE_BLOCK, RULE_INPUT, START_BLOCK, START_INPUT, VIEW_ID, deadline_modal

SHORTCUT_ID = "work_out_deadline"


def register(app: App, guide: PracticeGuide) -> None:
    @app.shortcut(SHORTCUT_ID)
    def on_shortcut(ack: Ack, shortcut: dict[str, Any], client: WebClient) -> None:
        ack()
        client.views_open(trigger_id=shortcut["trigger_id"], view=deadline_modal(guide))

    @app.view(VIEW_ID)
    def on_submit(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        values = view["state"]["values"]
        rule = values[RULE_BLOCK][RULE_INPUT]["selected_option"]["value"]
        start = values[START_BLOCK][START_INPUT]["selected_date"]
        if rule not in {t.rule for t in guide.rules()}:
            ack(response_action="errors", errors={RULE_BLOCK: "Pick a step from the list."})
            return
        ack()
        answer = guide.deadline(rule, date.fromisoformat(start))
        client.chat_postMessage(channel=body["user"]["id"], **answer_message(answer))
