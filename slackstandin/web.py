"""A stand-in for Slack's Web API on 127.0.0.1, and a client that signs requests as Slack does.

The stand-in is a real HTTP server: the real slack_sdk client inside the app talks to it over loopback,
and it records every call so tests can assert on what would have been posted.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

SIGNING_SECRET = "test-signing-secret-not-real"
BOT_USER = "UBOT00001"


@dataclass
class Call:
    method: str  # Web API method ("chat.postMessage") or "respond" for a response_url
    body: dict[str, Any]
    at: float = 0.0  # time.perf_counter() when it arrived, for the benchmark


class SlackStandIn:
    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.socket_url = ""  # what apps.connections.open hands out (the WebSocket stand-in)
        self.rate_limit_next: dict[str, int] = {}  # method -> how many 429s to answer first
        self.replies: dict[str, dict[str, Any]] = {}  # method -> a fixed reply, e.g. an auth.test failure
        self.delay_seconds = 0.0  # a slow Slack: every call but auth.test waits this long before answering
        self._lock = threading.Lock()
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                if self.headers.get("Content-Type", "").startswith("application/json"):
                    body = json.loads(raw or "{}")
                else:
                    body = {k: v[0] for k, v in urllib.parse.parse_qs(raw).items()}
                method = "respond" if self.path.startswith("/respond/") else self.path.rsplit("/", 1)[-1]
                status, reply, headers = stand_in.answer(method, body)
                payload = json.dumps(reply).encode()
                self.send_response(status)
                for name, value in {"Content-Type": "application/json", **headers}.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def answer(self, method: str, body: dict[str, Any]) -> tuple[int, dict[str, Any], dict[str, str]]:
        if self.delay_seconds and method != "auth.test":
            time.sleep(self.delay_seconds)
        with self._lock:
            if self.rate_limit_next.get(method):
                self.rate_limit_next[method] -= 1
                return 429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "1"}
            self.calls.append(Call(method, body, time.perf_counter()))
        if method in self.replies:
            return 200, self.replies[method], {}
        if method == "auth.test":
            return 200, {"ok": True, "user_id": BOT_USER, "bot_id": "BBOT00001", "team_id": "T00001"}, {}
        if method == "apps.connections.open":
            return 200, {"ok": True, "url": self.socket_url}, {}
        if method == "chat.postMessage":
            return 200, {"ok": True, "channel": body.get("channel"), "ts": f"{time.time():.6f}"}, {}
        return 200, {"ok": True}, {}

    def wait_for(self, method: str, count: int = 1, timeout: float = 10.0) -> list[Call]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [c for c in self.calls if c.method == method]
            if len(found) >= count:
                return found
            time.sleep(0.02)
        raise AssertionError(f"expected {count} {method} call(s), got {[c.method for c in self.calls]}")

    def of(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def sign(body: str, *, timestamp: int | None = None, secret: str = SIGNING_SECRET) -> dict[str, str]:
    return sign_bytes(body.encode(), timestamp=timestamp, secret=secret)


def sign_bytes(body: bytes, *, timestamp: int | None = None, secret: str = SIGNING_SECRET) -> dict[str, str]:
    """The headers Slack would send with `body`: X-Slack-Request-Timestamp and the v0 HMAC signature."""
    ts = str(timestamp if timestamp is not None else int(time.time()))
    digest = hmac.new(secret.encode(), b"v0:" + ts.encode() + b":" + body, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


def post(url: str, body: str, *, content_type: str, headers: dict[str, str] | None = None) -> tuple[int, str]:
    request = urllib.request.Request(url, data=body.encode(), method="POST")
    request.add_header("Content-Type", content_type)
    for name, value in (headers if headers is not None else sign(body)).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def event_body(event: dict[str, Any], *, event_id: str) -> str:
    return json.dumps(
        {
            "type": "event_callback",
            "team_id": "T00001",
            "api_app_id": "A00001",
            "event_id": event_id,
            "event_time": int(time.time()),
            "event": event,
        }
    )


def mention_event(text: str, *, ts: str, channel: str = "C1") -> dict[str, Any]:
    """An `app_mention` event as Slack sends it, from user U1, with the bot mentioned before `text`."""
    return {
        "type": "app_mention",
        "user": "U1",
        "text": f"<@{BOT_USER}> {text}",
        "ts": ts,
        "channel": channel,
    }


def button_click(response_url: str, action_id: str, value: str, *, block_id: str = "feedback") -> str:
    """A button click as Slack sends it: a block_actions payload, form-encoded, answering to `response_url`."""
    payload = {
        "type": "block_actions",
        "user": {"id": "U1"},
        "team": {"id": "T00001"},
        "api_app_id": "A00001",
        "trigger_id": "1.1",
        "response_url": response_url,
        "container": {"type": "message", "message_ts": "1.1", "channel_id": "C1"},
        "actions": [{"type": "button", "action_id": action_id, "block_id": block_id, "value": value}],
    }
    return interaction(payload)


def form(fields: dict[str, str]) -> str:
    return urllib.parse.urlencode(fields)


def interaction(payload: dict[str, Any]) -> str:
    return form({"payload": json.dumps(payload)})
