"""Mentions (answered in the thread), direct messages (answered in the DM) and the App Home tab."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient

from bot.core import PracticeGuide
from bot.slack.blocks import answer_message
from bot.slack.deliveries import DeliveryLog
from bot.slack.home import home_view

_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")


def register(app: App, guide: PracticeGuide, deliveries: DeliveryLog) -> None:
    def reply(event: dict[str, Any], body: dict[str, Any], client: WebClient, *, in_thread: bool) -> None:
        if not deliveries.first_time(body.get("event_id")):
            return  # a retry of a delivery already answered
        question = _MENTION.sub(" ", event.get("text") or "")
        message = answer_message(guide.answer(question))
        thread_ts = (event.get("thread_ts") or event["ts"]) if in_thread else event.get("thread_ts")
        client.chat_postMessage(channel=event["channel"], thread_ts=thread_ts, **message)

    @app.event("app_mention")
    def on_mention(event: dict[str, Any], body: dict[str, Any], client: WebClient) -> None:
        if event.get("bot_id") or event.get("subtype"):
            return
        reply(event, body, client, in_thread=True)

    @app.event("message")
    def on_message(event: dict[str, Any], body: dict[str, Any], client: WebClient) -> None:
        # Only people's own new messages in a DM: not bots (this one included), edits or other subtypes.
        if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
            return
        reply(event, body, client, in_thread=False)

    @app.event("app_home_opened")
    def on_home(event: dict[str, Any], client: WebClient) -> None:
        if event.get("tab", "home") == "home":
            client.views_publish(user_id=event["user"], view=home_view(guide))
