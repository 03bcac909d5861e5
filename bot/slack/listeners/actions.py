"""Button clicks: helpful / not helpful votes, and picking a "did you mean" suggestion."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import Ack, App, Respond

from bot.core import PracticeGuide
from bot.slack.blocks import FEEDBACK_HELPFUL, FEEDBACK_NOT_HELPFUL, SUGGESTION, answer_message
from bot.slack.feedback import FeedbackStore


def register(app: App, guide: PracticeGuide, store: FeedbackStore) -> None:
    @app.action(re.compile(f"^({FEEDBACK_HELPFUL}|{FEEDBACK_NOT_HELPFUL})$"))
    def on_feedback(ack: Ack, action: dict[str, Any], respond: Respond) -> None:
        ack()
        verdict = "helpful" if action["action_id"] == FEEDBACK_HELPFUL else "not_helpful"
        store.record(str(action.get("value", "")), verdict)
        respond(
            response_type="ephemeral",
            replace_original=False,
            text="Thanks: your feedback helps us improve the answers.",
        )

    @app.action(re.compile(f"^{SUGGESTION}_[0-9]+$"))
    def on_suggestion(ack: Ack, action: dict[str, Any], respond: Respond) -> None:
        ack()
        respond(
            response_type="ephemeral",
            replace_original=False,
            **answer_message(guide.entry_answer(action["value"])),
        )
