"""The "Work out a deadline" shortcut: a modal to pick the step and the date, answered in a DM."""

from __future__ import annotations

from datetime import date
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.slack.blocks import answer_message
from bot.slack.listeners.acks import acknowledge
from bot.slack.listeners.errors import guarded
from bot.slack.modal import RULE_BLOCK, RULE_INPUT, START_BLOCK, START_INPUT, VIEW_ID, deadline_modal
from bot.slack.services import services_of

SHORTCUT_ID = "work_out_deadline"


def open_modal(
    shortcut: dict[str, Any], body: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    client.views_open(trigger_id=shortcut["trigger_id"], view=deadline_modal(services_of(context).guide))


def _picked(view: dict[str, Any]) -> tuple[str, str]:
    values = view["state"]["values"]
    return (
        values[RULE_BLOCK][RULE_INPUT]["selected_option"]["value"],
        values[START_BLOCK][START_INPUT]["selected_date"],
    )


def check_submission(ack: Ack, view: dict[str, Any], context: BoltContext) -> None:
    """Runs before the response, so a bad pick is shown on the form rather than answered."""
    rule, _ = _picked(view)
    if rule not in {t.rule for t in services_of(context).guide.rules()}:
        ack(response_action="errors", errors={RULE_BLOCK: "Pick a step from the list."})
        return
    ack()


def answer_submission(
    view: dict[str, Any], body: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    rule, start = _picked(view)
    guide = services_of(context).guide
    if rule not in {t.rule for t in guide.rules()}:
        return  # refused on the form by check_submission
    answer = guide.deadline(rule, date.fromisoformat(start))
    client.chat_postMessage(channel=body["user"]["id"], **answer_message(answer))


def register(app: App) -> None:
    app.shortcut(SHORTCUT_ID)(ack=acknowledge, lazy=[guarded(open_modal)])
    app.view(VIEW_ID)(ack=check_submission, lazy=[guarded(answer_submission)])
