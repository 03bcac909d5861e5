"""One way to fail: the log gets where it broke (never the question), the user a short apology.

Used by bolt's `@app.error` (for the quick ack functions) and by `guarded` around the lazy listeners,
whose exceptions bolt would otherwise only log, with their message, and leave the user unanswered.
Only verified requests reach either: the HTTP front refuses anything else before bolt sees it.
"""

from __future__ import annotations

import functools
import inspect
import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import App, BoltContext, Respond, Say

from bot.slack.privacy import LOGGER_NAME, trace_without_values

APOLOGY = "Sorry, something went wrong working that out. Please try again, or ask your team leader."
logger = logging.getLogger(LOGGER_NAME)


def request_kind(body: dict[str, Any]) -> str:
    """What was being handled, in Slack's own type names (never the text)."""
    event = body.get("event")
    event_type = event.get("type") if isinstance(event, dict) else None
    kind = body.get("type") or ("slash_command" if body.get("command") else "request")
    return f"{kind}/{event_type}" if event_type else str(kind)


def apologise(error: Exception, body: dict[str, Any], respond: Respond | None, say: Say | None) -> None:
    logger.error("listener failed on a %s: %s", request_kind(body), trace_without_values(error))
    event = body.get("event")
    event = event if isinstance(event, dict) else {}
    try:
        # bolt always supplies both; each works only if the request had a response_url / a channel.
        if respond is not None and getattr(respond, "response_url", None):
            respond(text=APOLOGY, response_type="ephemeral", replace_original=False)
        elif say is not None and getattr(say, "channel", None):
            say(text=APOLOGY, thread_ts=event.get("thread_ts") or event.get("ts"))
    except Exception as failure:
        logger.error("could not send the apology: %s", type(failure).__name__)


def on_error(error: Exception, body: dict[str, Any], respond: Respond | None, say: Say | None) -> None:
    """bolt's error handler; bolt injects `respond` (from the response_url) and `say` (the channel)."""
    apologise(error, body, respond, say)


def guarded(listener: Callable[..., None]) -> Callable[..., None]:
    """Wrap a lazy listener so a failure reaches `apologise`. It must take `body` and `context`."""
    needs = {"body", "context"} - set(inspect.signature(listener).parameters)
    if needs:
        raise TypeError(f"{listener.__name__} must take {sorted(needs)} to be guarded")

    @functools.wraps(listener)  # bolt reads the wrapped signature to choose what to inject
    def run(**kwargs: Any) -> None:
        try:
            listener(**kwargs)
        except Exception as error:
            context: BoltContext = kwargs["context"]
            apologise(error, kwargs["body"], context.respond, context.say)

    return run


def register(app: App) -> None:
    app.error(on_error)
