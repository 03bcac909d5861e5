"""Hostile requests, as raw bytes over a real socket: what a scanner or attacker would send to /slack/events.

Raw bytes because the interesting cases are ones an HTTP library refuses to build (non-ASCII headers,
lying Content-Length). Every body carries QUESTION (an invented child's name) and a response_url and
channel on the Web API stand-in, so a test can see if any of it was acted on or logged.
"""

from __future__ import annotations

import json
import socket
import time
import urllib.parse
from dataclasses import dataclass

from slackstandin.web import SIGNING_SECRET, sign_bytes

QUESTION = "Jane Invented-Example age 7 strat was 19/12/2025 when is the icpc"
EVENTS_PATH = "/slack/events"


@dataclass(frozen=True)
class Hostile:
    name: str
    headers: dict[str, bytes]
    body: bytes
    method: str = "POST"
    path: str = EVENTS_PATH


def slash_body(response_url: str) -> bytes:
    fields = {
        "command": "/practice",
        "text": QUESTION,
        "user_id": "U1",
        "channel_id": "C1",
        "team_id": "T00001",
        "response_url": response_url,
        "trigger_id": "1.1",
    }
    return urllib.parse.urlencode(fields).encode()


def mention_body() -> bytes:
    event = {"type": "app_mention", "user": "U1", "text": QUESTION, "ts": "1.1", "channel": "C0VICTIM"}
    return json.dumps(
        {"type": "event_callback", "team_id": "T00001", "event_id": "EvHostile", "event": event}
    ).encode()


def _signed(body: bytes, *, timestamp: int | None = None, secret: str = SIGNING_SECRET) -> dict[str, bytes]:
    return {k: v.encode() for k, v in sign_bytes(body, timestamp=timestamp, secret=secret).items()}


def hostile_requests(response_url: str) -> list[Hostile]:
    """Each should get a 4xx and cause nothing: no outbound call, no question in the logs."""
    slash = slash_body(response_url)
    mention = mention_body()
    now = int(time.time())
    good = _signed(slash)
    form = {"Content-Type": b"application/x-www-form-urlencoded"}
    as_json = {"Content-Type": b"application/json"}
    bad_utf8 = b'{"type": "event_callback", "x": "\xff\xfe"}'
    return [
        Hostile("unsigned", form, slash),
        Hostile(
            "timestamp abc",
            {**form, "X-Slack-Request-Timestamp": b"abc", "X-Slack-Signature": b"v0=0"},
            slash,
        ),
        Hostile(
            "timestamp 1e9",
            {**form, "X-Slack-Request-Timestamp": b"1e9", "X-Slack-Signature": good["X-Slack-Signature"]},
            slash,
        ),
        Hostile(
            "timestamp in Arabic digits",
            {**form, "X-Slack-Request-Timestamp": "١٧٠٠٠٠٠٠٠٠".encode(), "X-Slack-Signature": b"v0=0"},
            slash,
        ),
        Hostile(
            "timestamp with sign",
            {
                **form,
                "X-Slack-Request-Timestamp": f"+{now}".encode(),
                "X-Slack-Signature": good["X-Slack-Signature"],
            },
            slash,
        ),
        Hostile(
            "non-ASCII signature",
            {
                **form,
                "X-Slack-Request-Timestamp": str(now).encode(),
                "X-Slack-Signature": "v0=é".encode() * 20,
            },
            slash,
        ),
        Hostile(
            "signature of another secret", {**form, **_signed(slash, secret="someone-elses-secret")}, slash
        ),
        Hostile("signature for another body", {**form, **_signed(mention)}, slash),
        Hostile("stale timestamp", {**form, **_signed(slash, timestamp=now - 600)}, slash),
        Hostile("future timestamp", {**form, **_signed(slash, timestamp=now + 600)}, slash),
        Hostile("forged log line", form, b"x\nINFO practice_guide.slack: all good\n" + slash),
        Hostile("event unsigned", as_json, mention),
        Hostile("bad JSON, signed", {**as_json, **_signed(b"{not json")}, b"{not json"),
        Hostile("JSON list, signed", {**as_json, **_signed(b"[1, 2]")}, b"[1, 2]"),
        Hostile("invalid UTF-8, signed", {**as_json, **_signed(bad_utf8)}, bad_utf8),
        Hostile("payload not JSON, signed", {**form, **_signed(b"payload=%7Bnope")}, b"payload=%7Bnope"),
        Hostile("GET", {}, b"", method="GET"),
        Hostile("unknown path", {**form, **good}, slash, path="/slack/other"),
        Hostile("content length not a number", {**form, "Content-Length": b"abc"}, slash),
    ]


def send_raw(port: int, hostile: Hostile, *, timeout: float = 10.0) -> int:
    """Send one request as raw bytes to 127.0.0.1:port; the HTTP status, or 0 if the server hung up."""
    headers = {
        "Host": b"127.0.0.1",
        "Connection": b"close",
        "Content-Length": str(len(hostile.body)).encode(),
    }
    headers.update(hostile.headers)
    head = f"{hostile.method} {hostile.path} HTTP/1.1\r\n".encode()
    head += b"".join(name.encode() + b": " + value + b"\r\n" for name, value in headers.items()) + b"\r\n"
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as connection:
        connection.sendall(head + hostile.body)
        return _status(connection)


def send_oversized_head(port: int, length: int, *, timeout: float = 10.0) -> int:
    """Announce a huge body but send none of it: the server must refuse at once, not wait or buffer."""
    head = (
        f"POST {EVENTS_PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Content-Length: {length}\r\n\r\n"
    ).encode()
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as connection:
        connection.sendall(head)
        return _status(connection)


def _status(connection: socket.socket) -> int:
    reply = b""
    while b"\r\n" not in reply:
        chunk = connection.recv(4096)
        if not chunk:
            return 0
        reply += chunk
    return int(reply.split(b" ", 2)[1])
