"""HTTP mode's front door: only a verified, fresh, well-formed request from Slack ever reaches bolt.

Everything else is refused with a 4xx and one log line naming the reason in fixed words (never the
body, a header or the path, which are the sender's text). Nothing refused causes an outbound call.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Sequence
from http import HTTPStatus
from typing import Any

from slack_bolt import App, BoltRequest, BoltResponse

from bot.slack.privacy import LOGGER_NAME, trace_without_values
from bot.slack.signature import ReplayGuard, signature_problem

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/health"
MAX_BODY_BYTES = 1_000_000  # Slack's payloads are far smaller; waitress refuses bigger before buffering
logger = logging.getLogger(LOGGER_NAME)

StartResponse = Callable[..., Any]
WsgiApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


class Refused(Exception):
    """A request we will not act on: its HTTP status and the reason, in fixed words safe to log."""

    def __init__(self, status: str, reason: str) -> None:
        super().__init__(reason)
        self.status, self.reason = status, reason


def _plain(start_response: StartResponse, status: str, text: str) -> list[bytes]:
    body = text.encode()
    start_response(status, [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
    return [body]


def _read_body(environ: dict[str, Any]) -> bytes:
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        raise Refused("400 Bad Request", "bad content length") from None
    if length > MAX_BODY_BYTES:
        raise Refused("413 Request Entity Too Large", "body too large")
    body: bytes = environ["wsgi.input"].read(length) if length > 0 else b""
    return body


def _headers(environ: dict[str, Any]) -> dict[str, str | Sequence[str]]:
    headers: dict[str, str | Sequence[str]] = {
        k[5:].replace("_", "-").lower(): v for k, v in environ.items() if k.startswith("HTTP_")
    }
    if environ.get("CONTENT_TYPE"):
        headers["content-type"] = environ["CONTENT_TYPE"]
    return headers


def _bolt_request(
    body: bytes, environ: dict[str, Any], headers: dict[str, str | Sequence[str]]
) -> BoltRequest:
    """bolt's own parser, on a body already proved to be Slack's; still refused if it is not a payload."""
    try:
        request = BoltRequest(
            body=body.decode("utf-8"), query=environ.get("QUERY_STRING") or None, headers=headers
        )
    except Exception:  # UnicodeDecodeError, JSONDecodeError, or bolt tripping over an odd shape
        raise Refused("400 Bad Request", "malformed body") from None
    if not isinstance(request.body, dict) or not request.body:
        raise Refused("400 Bad Request", "malformed body")
    return request


def wsgi_app(app: App, signing_secret: str, *, replays: ReplayGuard | None = None) -> WsgiApp:
    secret = signing_secret.encode()
    replays = replays or ReplayGuard()

    def verified(environ: dict[str, Any]) -> tuple[BoltRequest, str, str]:
        if environ.get("PATH_INFO") != EVENTS_PATH:
            raise Refused("404 Not Found", "unknown path")
        if environ.get("REQUEST_METHOD") != "POST":
            raise Refused("405 Method Not Allowed", "not a POST")
        body = _read_body(environ)
        headers = _headers(environ)
        timestamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP")
        signature = environ.get("HTTP_X_SLACK_SIGNATURE")
        now = time.time()
        problem = signature_problem(secret, timestamp, signature, body, now=now)
        if problem:
            raise Refused("401 Unauthorized", problem)
        assert timestamp is not None and signature is not None
        request = _bolt_request(body, environ, headers)
        if not replays.first_time(timestamp, signature, now=now):
            raise Refused("409 Conflict", "replayed signature")
        return request, timestamp, signature

    def application(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == HEALTH_PATH and environ.get("REQUEST_METHOD") in ("GET", "HEAD"):
            return _plain(start_response, "200 OK", "ok")
        try:
            request, timestamp, signature = verified(environ)
        except Refused as refused:
            logger.info("refused a request: %s (%s)", refused.reason, refused.status[:3])
            return _plain(start_response, refused.status, refused.reason)
        try:
            response = app.dispatch(request)
        except Exception as error:
            logger.error("could not handle a verified request: %s", trace_without_values(error))
            response = BoltResponse(status=500, body="")
        if response.status >= 500:
            replays.forget(timestamp, signature)  # our failure: let Slack's retry through
        return _bolt_response(start_response, response)

    return application


def _bolt_response(start_response: StartResponse, response: BoltResponse) -> list[bytes]:
    body = response.body.encode() if isinstance(response.body, str) else bytes(response.body or b"")
    headers = [(name, value) for name, values in response.headers.items() for value in values]
    headers = [(n, v) for n, v in headers if n.lower() != "content-length"]
    headers.append(("Content-Length", str(len(body))))
    start_response(f"{response.status} {HTTPStatus(response.status).phrase}", headers)
    return [body]
