"""HTTP mode: a WSGI front for bolt on waitress, refusing malformed and oversized requests with a 4xx.

bolt's own `app.start()` is a development server that drops the connection on a malformed body.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

EVENTS_PATH = "/slack/events"
MAX_BODY_BYTES = 1_000_000  # Slack's payloads are far smaller
logger = logging.getLogger("practice_guide.slack")

StartResponse = Callable[..., Any]


def _plain(start_response: StartResponse, status: str, text: str) -> list[bytes]:
    body = text.encode()
    start_response(status, [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
    return [body]


def wsgi_app(app: App) -> Callable[[dict[str, Any], StartResponse], Iterable[bytes]]:
    handler = SlackRequestHandler(app, path=EVENTS_PATH)

    def application(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == "/health":
            return _plain(start_response, "200 OK", "ok")
        if environ.get("PATH_INFO") != EVENTS_PATH:
            return _plain(start_response, "404 Not Found", "not found")
        if environ.get("REQUEST_METHOD") != "POST":
            return _plain(start_response, "405 Method Not Allowed", "POST only")
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return _plain(start_response, "400 Bad Request", "bad content length")
        if length > MAX_BODY_BYTES:
            return _plain(start_response, "413 Request Entity Too Large", "too large")
        try:
            return handler(environ, start_response)  # type: ignore[no-any-return]
        except Exception:
            logger.exception("could not handle a request to %s", EVENTS_PATH)
            return _plain(start_response, "400 Bad Request", "malformed request")

    return application
