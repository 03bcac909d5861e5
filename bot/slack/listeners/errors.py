"""One error handler: the log gets the trace (never the question), the user a short apology."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.webhook import WebhookClient

APOLOGY = "Sorry, something went wrong working that out. Please try again, or ask your team leader."


def register(app: App) -> None:
    @app.error
    def on_error(error: Exception, body: dict[str, Any], client: WebClient, logger: logging.Logger) -> None:
        kind = body.get("type") or body.get("command") or "request"
        event = body.get("event") or {}
        logger.exception("listener failed on a %s (%s)", kind, event.get("type", ""), exc_info=error)
        try:
            if body.get("response_url"):
                WebhookClient(body["response_url"]).send(text=APOLOGY, response_type="ephemeral")
            elif event.get("channel"):
                client.chat_postMessage(
                    channel=event["channel"],
                    thread_ts=event.get("thread_ts") or event.get("ts"),
                    text=APOLOGY,
                )
        except Exception:
            logger.exception("could not send the apology")
