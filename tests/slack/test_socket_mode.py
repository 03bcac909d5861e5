"""Socket Mode, as councils run it: events arrive over a WebSocket, are acked and answered; a dropped
socket is reconnected through apps.connections.open."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from slack_bolt.adapter.socket_mode import SocketModeHandler

from bot.core import PracticeGuide
from bot.slack.app import checked_app
from bot.slack.feedback import FeedbackStore
from bot.slack.health import Heartbeat, watch
from bot.slack.pool import ListenerPool
from bot.slack.settings import SlackSettings
from slackstandin.socket_mode import SocketStandIn
from slackstandin.web import BOT_USER, SlackStandIn


@pytest.fixture()
def socket_handler(
    tmp_path: Path, guide: PracticeGuide
) -> Iterator[tuple[SlackStandIn, SocketStandIn, SocketModeHandler]]:
    slack, socket = SlackStandIn(), SocketStandIn()
    slack.socket_url = socket.url
    settings = SlackSettings(
        bot_token="xoxb-test-not-real",
        app_token="xapp-test-not-real",
        signing_secret=None,
        api_base_url=f"{slack.url}/api/",
        feedback_db=tmp_path / "feedback.sqlite3",
        retention_days=30,
    )
    store = FeedbackStore(settings.feedback_db, retention_days=30)
    pool = ListenerPool()
    app = checked_app(settings, guide, pool, store, socket_mode=True)
    handler = SocketModeHandler(app, settings.app_token, ping_interval=1)
    handler.connect()
    yield slack, socket, handler
    handler.close()
    pool.wait_idle(30)
    pool.shutdown(wait=True)
    socket.close()
    slack.close()
    store.close()


@pytest.fixture()
def socket_app(
    socket_handler: tuple[SlackStandIn, SocketStandIn, SocketModeHandler],
) -> tuple[SlackStandIn, SocketStandIn]:
    return socket_handler[0], socket_handler[1]


def envelope(envelope_id: str, event: dict[str, object]) -> dict[str, object]:
    payload = {
        "type": "event_callback",
        "team_id": "T00001",
        "api_app_id": "A00001",
        "event_id": f"Ev{envelope_id}",
        "event_time": int(time.time()),
        "event": event,
    }
    return {
        "envelope_id": envelope_id,
        "type": "events_api",
        "accepts_response_payload": False,
        "payload": payload,
    }


def test_events_over_the_socket_are_acked_answered_and_survive_a_dropped_socket(
    socket_app: tuple[SlackStandIn, SocketStandIn], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # slack_sdk logs every envelope at DEBUG unless held at INFO
    slack, socket = socket_app
    socket.wait_connections(1)
    mention = {
        "type": "app_mention",
        "user": "U1",
        "text": f"<@{BOT_USER}> Jane Invented-Example: strat was 19/12/25, when's the ICPC?",
        "ts": "1.1",
        "channel": "C1",
    }
    socket.send(envelope("env-1", mention))
    socket.wait_ack("env-1")
    (first,) = slack.wait_for("chat.postMessage")
    assert first.body["thread_ts"] == "1.1" and "Wednesday 14 January 2026" in json.dumps(
        first.body["blocks"]
    )

    socket.drop()
    socket.wait_connections(2)
    assert len(slack.of("apps.connections.open")) >= 2
    dm = {
        "type": "message",
        "channel_type": "im",
        "user": "U1",
        "text": "whats LCS",
        "ts": "2.2",
        "channel": "D1",
    }
    socket.send(envelope("env-2", dm))
    socket.wait_ack("env-2")
    calls = slack.wait_for("chat.postMessage", count=2)
    assert calls[1].body["channel"] == "D1"
    assert "Invented-Example" not in caplog.text


def test_health_file_is_fresh_while_connected_and_the_app_gives_up_when_slack_stays_away(
    socket_handler: tuple[SlackStandIn, SocketStandIn, SocketModeHandler], tmp_path: Path
) -> None:
    slack, socket, handler = socket_handler
    socket.wait_connections(1)
    health = tmp_path / "health"
    stop = threading.Event()
    outcome: list[int] = []
    watcher = threading.Thread(
        target=lambda: outcome.append(
            watch(
                handler.client.is_connected, Heartbeat(health), stop, check_seconds=0.1, give_up_seconds=1.5
            )
        )
    )
    watcher.start()
    try:
        deadline = time.monotonic() + 10
        while not health.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert health.exists(), "connected, so the health file is touched"
        touched = health.stat().st_mtime

        slack.socket_url = "ws://127.0.0.1:9/link"  # Slack now hands out an address where nothing listens
        socket.close()  # and the current WebSocket goes away
        watcher.join(30)
        assert outcome == [1], "after give_up_seconds without Slack, watch says exit non-zero"
        assert health.stat().st_mtime == touched, "never touched while disconnected"
    finally:
        stop.set()
        watcher.join(5)
