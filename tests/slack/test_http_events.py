"""Signed events over real HTTP: mentions in threads, DMs, retries answered once, bots and edits ignored."""

from __future__ import annotations

import json
import time

from slackstandin.web import BOT_USER, event_body, post, sign
from tests.support.slack_app import Running

JSON = "application/json"


def test_url_verification(running: Running) -> None:
    body = json.dumps({"type": "url_verification", "challenge": "abc123", "token": "x"})
    status, text = post(running.url, body, content_type=JSON)
    assert status == 200 and "abc123" in text


def test_mention_is_answered_in_its_thread_with_the_date_and_quote(running: Running) -> None:
    event = {
        "type": "app_mention",
        "user": "U0WORKER1",
        "text": f"<@{BOT_USER}> strat was 19/12/25, when's the ICPC?",
        "ts": "1700000000.000100",
        "channel": "C0DUTYDESK",
    }
    status, _ = post(running.url, event_body(event, event_id="Ev001"), content_type=JSON)
    assert status == 200
    (call,) = running.slack.wait_for("chat.postMessage")
    assert call.body["channel"] == "C0DUTYDESK"
    assert call.body["thread_ts"] == "1700000000.000100"
    blocks = json.dumps(call.body["blocks"])
    assert "Wednesday 14 January 2026" in blocks
    assert "within working 15 days of the initial strategy discussion" in blocks
    assert "feedback_helpful" in blocks


def test_a_mention_inside_a_thread_stays_in_that_thread(running: Running) -> None:
    event = {
        "type": "app_mention",
        "user": "U1",
        "text": f"<@{BOT_USER}> what's a core group?",
        "ts": "2.2",
        "thread_ts": "1.1",
        "channel": "C1",
    }
    post(running.url, event_body(event, event_id="Ev002"), content_type=JSON)
    (call,) = running.slack.wait_for("chat.postMessage")
    assert call.body["thread_ts"] == "1.1"


def test_a_retried_delivery_is_answered_once(running: Running) -> None:
    event = {
        "type": "app_mention",
        "user": "U1",
        "text": f"<@{BOT_USER}> how often are cin visits",
        "ts": "3.3",
        "channel": "C1",
    }
    body = event_body(event, event_id="Ev003")
    post(running.url, body, content_type=JSON)
    for attempt in (1, 2):
        retry_headers = {  # Slack signs each retry afresh, so it is not refused as a replay
            **sign(body, timestamp=int(time.time()) - 10 - attempt),
            "X-Slack-Retry-Num": str(attempt),
            "X-Slack-Retry-Reason": "http_timeout",
        }
        post(running.url, body, content_type=JSON, headers=retry_headers)
    running.settle()
    assert len(running.slack.of("chat.postMessage")) == 1


def test_direct_message_is_answered_in_the_dm(running: Running) -> None:
    event = {
        "type": "message",
        "channel_type": "im",
        "user": "U1",
        "text": "what does SHOPBA stand for",
        "ts": "4.4",
        "channel": "D0DM",
    }
    post(running.url, event_body(event, event_id="Ev004"), content_type=JSON)
    (call,) = running.slack.wait_for("chat.postMessage")
    assert call.body["channel"] == "D0DM" and "thread_ts" not in call.body
    assert "Should be placed for adoption meeting" in call.body["text"]


def test_bots_edits_and_channel_chatter_are_ignored(running: Running) -> None:
    ignored = [
        {
            "type": "message",
            "channel_type": "im",
            "bot_id": "B1",
            "text": "hello",
            "ts": "5.1",
            "channel": "D0DM",
        },
        {
            "type": "message",
            "channel_type": "im",
            "subtype": "message_changed",
            "ts": "5.2",
            "channel": "D0DM",
            "message": {"text": "edited"},
        },
        {
            "type": "message",
            "channel_type": "channel",
            "user": "U1",
            "text": "icpc?",
            "ts": "5.3",
            "channel": "C1",
        },
    ]
    for i, event in enumerate(ignored):
        assert post(running.url, event_body(event, event_id=f"Ev10{i}"), content_type=JSON)[0] == 200
    # A real question after them proves the app was listening: once all is settled, only it is answered.
    event = {
        "type": "message",
        "channel_type": "im",
        "user": "U1",
        "text": "help",
        "ts": "5.4",
        "channel": "D0DM",
    }
    post(running.url, event_body(event, event_id="Ev109"), content_type=JSON)
    running.settle()
    assert len(running.slack.of("chat.postMessage")) == 1


def test_rate_limited_post_is_retried(running: Running) -> None:
    running.slack.rate_limit_next["chat.postMessage"] = 1
    event = {
        "type": "app_mention",
        "user": "U1",
        "text": f"<@{BOT_USER}> iha timescale",
        "ts": "6.6",
        "channel": "C1",
    }
    post(running.url, event_body(event, event_id="Ev006"), content_type=JSON)
    (call,) = running.slack.wait_for("chat.postMessage", timeout=15)
    assert "20 working days" in call.body["text"]


def test_app_home_is_published(running: Running) -> None:
    event = {"type": "app_home_opened", "user": "U1", "channel": "D0DM", "tab": "home"}
    post(running.url, event_body(event, event_id="Ev007"), content_type=JSON)
    (call,) = running.slack.wait_for("views.publish")
    view = json.loads(call.body["view"]) if isinstance(call.body["view"], str) else call.body["view"]
    text = json.dumps(view)
    assert call.body["user_id"] == "U1"
    assert "Privacy" in text and "SHOPBA" in text and "Work out a deadline" in text
    assert len(view["blocks"]) <= 100
