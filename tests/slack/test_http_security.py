"""Forged, stale, malformed and oversized requests are refused, and the service carries on."""

from __future__ import annotations

import json
import time
import urllib.request

from tests.slack.conftest import Running
from tests.slack.standins import event_body, post, sign

JSON = "application/json"


def test_forged_signature_is_refused(running: Running) -> None:
    body = event_body(
        {"type": "app_mention", "user": "U1", "text": "hi", "ts": "1.1", "channel": "C1"}, event_id="EvF"
    )
    status, _ = post(running.url, body, content_type=JSON, headers=sign(body, secret="someone-elses-secret"))
    assert status == 401
    assert running.slack.of("chat.postMessage") == []


def test_stale_timestamp_is_refused(running: Running) -> None:
    body = json.dumps({"type": "url_verification", "challenge": "old"})
    status, _ = post(
        running.url, body, content_type=JSON, headers=sign(body, timestamp=int(time.time()) - 600)
    )
    assert status == 401


def test_unsigned_request_is_refused(running: Running) -> None:
    status, _ = post(
        running.url, json.dumps({"type": "url_verification", "challenge": "x"}), content_type=JSON, headers={}
    )
    assert status == 401


def test_malformed_and_oversized_bodies_get_4xx_and_service_continues(running: Running) -> None:
    status, _ = post(running.url, "{not json", content_type=JSON)
    assert 400 <= status < 500
    status, _ = post(running.url, "x" * 1_100_000, content_type=JSON)
    assert status == 413
    request = urllib.request.Request(running.url.replace("/slack/events", "/health"))
    with urllib.request.urlopen(request, timeout=5) as response:
        assert response.status == 200
    body = json.dumps({"type": "url_verification", "challenge": "still-here"})
    status, text = post(running.url, body, content_type=JSON)
    assert status == 200 and "still-here" in text
