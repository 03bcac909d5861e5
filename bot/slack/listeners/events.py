"""Mentions (answered in the thread), direct messages (answered in the DM) and the App Home tab."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.clock import day_of
from bot.slack.blocks import answer_message
from bot.slack.home import home_view
from bot.slack.listeners.acks import acknowledge
from bot.slack.listeners.errors import guarded
from bot.slack.services import services_of

_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")


def _reply(
    event: dict[str, Any], body: dict[str, Any], client: WebClient, context: BoltContext, *, in_thread: bool
) -> None:
    services = services_of(context)
    if not services.deliveries.first_time(body.get("event_id")):
        return  # a retry of a delivery already answered
    question = _MENTION.sub(" ", event.get("text") or "")
    message = answer_message(services.guide.answer(question, today=day_of(event.get("ts"))))
    thread_ts = (event.get("thread_ts") or event["ts"]) if in_thread else event.get("thread_ts")
    client.chat_postMessage(channel=event["channel"], thread_ts=thread_ts, **message)


def answer_mention(
    event: dict[str, Any], body: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    if event.get("bot_id") or event.get("subtype"):
        return
    _reply(event, body, client, context, in_thread=True)


def answer_direct_message(
    event: dict[str, Any], body: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    # Only people's own new messages in a DM: not bots (this one included), edits or other subtypes.
    if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
        return
    _reply(event, body, client, context, in_thread=False)


def publish_home(
    event: dict[str, Any], body: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    if event.get("tab", "home") == "home":
        client.views_publish(user_id=event["user"], view=home_view(services_of(context).guide))


def register(app: App) -> None:
    app.event("app_mention")(ack=acknowledge, lazy=[guarded(answer_mention)])
    app.event("message")(ack=acknowledge, lazy=[guarded(answer_direct_message)])
    app.event("app_home_opened")(ack=acknowledge, lazy=[guarded(publish_home)])
