"""`/practice QUESTION`, `/practice help`, `/practice deadline ...`: answered so only the asker sees it."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, Respond

from bot.core import PracticeGuide
from bot.slack.blocks import answer_message


def register(app: App, guide: PracticeGuide) -> None:
    @app.command("/practice")
    def on_practice(ack: Ack, command: dict[str, Any], respond: Respond) -> None:
        ack()
        respond(response_type="ephemeral", **answer_message(guide.answer(command.get("text") or "help")))
