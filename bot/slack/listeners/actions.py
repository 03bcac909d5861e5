"""Button clicks: helpful / not helpful votes, and picking a "did you mean" suggestion."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import App, BoltContext, Respond

from bot.slack.blocks import (
    FEEDBACK_HELPFUL,
    FEEDBACK_NOT_HELPFUL,
    OPTION,
    SUGGESTION,
    answer_message,
    read_option,
)
from bot.slack.listeners.acks import acknowledge
from bot.slack.listeners.errors import guarded
from bot.slack.services import services_of

THANKS = "Thanks: your feedback helps us improve the answers."
NOT_SAVED = "Thanks. Your vote couldn't be saved just now; the answers still work, and we'll keep trying."


def record_vote(action: dict[str, Any], respond: Respond, body: dict[str, Any], context: BoltContext) -> None:
    verdict = "helpful" if action["action_id"] == FEEDBACK_HELPFUL else "not_helpful"
    saved = services_of(context).store.record(str(action.get("value", "")), verdict)
    respond(response_type="ephemeral", replace_original=False, text=THANKS if saved else NOT_SAVED)


def answer_suggestion(
    action: dict[str, Any], respond: Respond, body: dict[str, Any], context: BoltContext
) -> None:
    answer = services_of(context).guide.entry_answer(str(action["value"]))
    respond(response_type="ephemeral", replace_original=False, **answer_message(answer))


def answer_option(
    action: dict[str, Any], respond: Respond, body: dict[str, Any], context: BoltContext
) -> None:
    """One of the steps a deadline question could mean, picked: counted from the same date."""
    guide = services_of(context).guide
    picked = read_option(str(action.get("value", "")))
    known = {t.rule for t in guide.rules()}
    answer = guide.deadline(*picked) if picked and picked[0] in known else guide.help()
    respond(response_type="ephemeral", replace_original=False, **answer_message(answer))


def register(app: App) -> None:
    app.action(re.compile(f"^({FEEDBACK_HELPFUL}|{FEEDBACK_NOT_HELPFUL})$"))(
        ack=acknowledge, lazy=[guarded(record_vote)]
    )
    app.action(re.compile(f"^{SUGGESTION}_[0-9]+$"))(ack=acknowledge, lazy=[guarded(answer_suggestion)])
    app.action(re.compile(f"^{OPTION}_[0-9]+$"))(ack=acknowledge, lazy=[guarded(answer_option)])
