"""A captured request sent again within Slack's five-minute window is acted on once, not once per copy."""

from __future__ import annotations

import sqlite3
import time

from slackstandin.web import button_click, form, post, sign
from tests.security.conftest import outbound
from tests.support.slack_app import Running

FORM = "application/x-www-form-urlencoded"


def test_a_replayed_slash_command_is_answered_once(running: Running) -> None:
    body = form(
        {
            "command": "/practice",
            "text": "help",
            "user_id": "U1",
            "team_id": "T00001",
            "response_url": f"{running.slack.url}/respond/1",
        }
    )
    headers = sign(body)
    statuses = [post(running.url, body, content_type=FORM, headers=headers)[0] for _ in range(3)]
    running.settle()
    assert statuses == [200, 409, 409]
    assert outbound(running) == ["respond"]


def test_five_replays_of_one_vote_store_one_row(running: Running) -> None:
    body = button_click(f"{running.slack.url}/respond/2", "feedback_helpful", "entry:cp-03")
    headers = sign(body)
    statuses = [post(running.url, body, content_type=FORM, headers=headers)[0] for _ in range(5)]
    running.settle()
    assert statuses == [200, 409, 409, 409, 409]
    with sqlite3.connect(running.db) as db:
        assert list(db.execute("SELECT answer_id, verdict FROM feedback")) == [("entry:cp-03", "helpful")]


def test_the_same_click_signed_afresh_is_a_new_click(running: Running) -> None:
    """Two real clicks on the same button are two requests with their own signatures: both count."""
    body = button_click(f"{running.slack.url}/respond/3", "feedback_helpful", "rule:icpc")
    now = int(time.time())
    first = post(running.url, body, content_type=FORM, headers=sign(body, timestamp=now - 2))[0]
    second = post(running.url, body, content_type=FORM, headers=sign(body, timestamp=now - 1))[0]
    running.settle()
    assert (first, second) == (200, 200)
    with sqlite3.connect(running.db) as db:
        assert db.execute("SELECT count(*) FROM feedback").fetchone() == (2,)
