"""Each hostile request, over real loopback HTTP: a 4xx, no outbound call, one log line, no question text.

The stand-in Web API records every call, and each hostile body points its response_url and channel at
it, so anything acted on would show up there.
"""

from __future__ import annotations

import json
import logging
import urllib.parse
import urllib.request

import pytest

from slackstandin.hostile import (
    QUESTION,
    Hostile,
    hostile_requests,
    send_oversized_head,
    send_raw,
    slash_body,
)
from slackstandin.web import post, sign_bytes
from tests.security.conftest import outbound
from tests.support.slack_app import Running

CASES = hostile_requests("http://127.0.0.1:9/respond/never")  # the real URL is filled in per test


def _port(running: Running) -> int:
    return int(urllib.parse.urlsplit(running.url).port or 0)


def _aimed_at(running: Running, hostile: Hostile) -> Hostile:
    """The same request, its response_url on this test's stand-in (and re-signed where it was signed)."""
    (case,) = [c for c in hostile_requests(f"{running.slack.url}/respond/hostile") if c.name == hostile.name]
    return case


@pytest.mark.parametrize("hostile", CASES, ids=[c.name for c in CASES])
def test_hostile_request_is_refused_and_acted_on_nowhere(
    running: Running, hostile: Hostile, caplog: pytest.LogCaptureFixture
) -> None:
    status = send_raw(_port(running), _aimed_at(running, hostile))
    running.settle()
    assert 400 <= status < 500
    assert outbound(running) == []
    assert QUESTION not in caplog.text and "Invented-Example" not in caplog.text
    assert not any(r.exc_info for r in caplog.records), "no traceback for a client's error"
    ours = [r for r in caplog.records if r.name == "practice_guide.slack"]
    refused = [r for r in ours if r.getMessage().startswith("refused a request")]
    # waitress refuses a non-numeric Content-Length itself, before the app (and its log) sees it
    assert len(refused) == (0 if hostile.name == "content length not a number" else 1)
    assert all("\n" not in r.getMessage() for r in caplog.records if r.name.startswith("practice_guide"))


def test_announced_oversized_body_is_refused_before_it_is_sent(running: Running) -> None:
    assert send_oversized_head(_port(running), 1_100_000_000) == 413
    assert outbound(running) == []


def test_a_signed_request_is_acted_on_so_the_refusals_above_mean_something(
    running: Running, caplog: pytest.LogCaptureFixture
) -> None:
    body = slash_body(f"{running.slack.url}/respond/ok")
    headers = {"Content-Type": b"application/x-www-form-urlencoded"}
    headers.update({k: v.encode() for k, v in sign_bytes(body).items()})
    assert send_raw(_port(running), Hostile("signed", headers, body)) == 200
    running.settle()
    assert outbound(running) == ["respond"]
    assert "Invented-Example" not in caplog.text  # at DEBUG, on the path that answers
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_after_every_hostile_request_the_service_still_answers(running: Running) -> None:
    port = _port(running)
    statuses = [send_raw(port, _aimed_at(running, hostile)) for hostile in CASES]
    statuses.append(send_oversized_head(port, 1_100_000))
    assert all(400 <= s < 500 for s in statuses), statuses
    with urllib.request.urlopen(running.health_url, timeout=5) as response:
        assert response.status == 200
    body = json.dumps({"type": "url_verification", "challenge": "still-here"})
    status, text = post(running.url, body, content_type="application/json")
    assert status == 200 and "still-here" in text
