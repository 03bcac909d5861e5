"""Keeps question text out of the logs: third-party loggers held at INFO, traces logged without values.

At DEBUG, slack_sdk logs every request body it sends and every Socket Mode envelope it receives, and
bolt logs what it responds; any of these can carry a question or a child's name. Exception messages can
quote input too, so a failure is logged as its type and stack frames, never its message.
"""

from __future__ import annotations

import logging
import traceback

LOGGER_NAME = "practice_guide.slack"
BOLT_LOGGER_NAME = "practice_guide.slack.bolt"
QUIETENED = ("slack_bolt", "slack_sdk", BOLT_LOGGER_NAME, "websocket", "urllib3")


def quiet_third_party_loggers() -> None:
    """Pin the loggers that can write payloads to INFO, whatever the root level (DEBUG included)."""
    for name in QUIETENED:
        logging.getLogger(name).setLevel(logging.INFO)


def trace_without_values(error: BaseException) -> str:
    """Where it failed (type and frames), without the message, which may quote what was asked."""
    frames = "".join(traceback.format_tb(error.__traceback__))
    return f"{type(error).__name__} (message withheld)\nTraceback (most recent call last):\n{frames}".rstrip()
