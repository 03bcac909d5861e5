"""`/practice QUESTION`, `/practice help`, `/practice deadline ...`: answered so only the asker sees it."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext, Respond

from bot.clock import day_of
from bot.slack.blocks import answer_message
from bot.slack.listeners.acks import acknowledge
from bot.slack.listeners.errors import guarded
from bot.slack.services import services_of


def answer_practice(
    command: dict[str, Any], respond: Respond, body: dict[str, Any], context: BoltContext
) -> None:
    answer = services_of(context).guide.answer(command.get("text") or "help", today=day_of())
    respond(response_type="ephemeral", **answer_message(answer))


def register(app: App) -> None:
    app.command("/practice")(ack=acknowledge, lazy=[guarded(answer_practice)])
