"""The slash command, buttons, the shortcut and its modal, over real HTTP with real signatures."""

from __future__ import annotations

import json
import logging
import sqlite3

import pytest

from slackstandin.web import button_click, form, interaction, post
from tests.support.slack_app import Running

FORM = "application/x-www-form-urlencoded"


def slash(running: Running, text: str) -> int:
    fields = {
        "command": "/practice",
        "text": text,
        "user_id": "U1",
        "channel_id": "C1",
        "team_id": "T00001",
        "trigger_id": "1.1.abc",
        "response_url": f"{running.slack.url}/respond/1",
        "token": "x",
    }
    return post(running.url, form(fields), content_type=FORM)[0]


def click(
    running: Running, action_id: str, value: str, *, respond_to: int, block_id: str = "feedback"
) -> int:
    body = button_click(f"{running.slack.url}/respond/{respond_to}", action_id, value, block_id=block_id)
    return post(running.url, body, content_type=FORM)[0]


def test_slash_command_answers_only_the_asker(running: Running) -> None:
    assert slash(running, "strat was 19/12/2025 when is the icpc due") == 200
    (call,) = running.slack.wait_for("respond")
    assert call.body["response_type"] == "ephemeral"
    assert "Wednesday 14 January 2026" in call.body["text"]


def test_slash_help_and_deadline(running: Running) -> None:
    slash(running, "help")
    slash(running, "deadline iha 02/11/2026")
    calls = running.slack.wait_for("respond", count=2)
    texts = " ".join(c.body["text"] for c in calls)
    assert "deadline RULE DATE" in texts and "Monday 30 November 2026" in texts


def test_user_text_echoed_back_cannot_ping_anyone(running: Running) -> None:
    slash(running, "deadline <!channel><@U0BOSS> 19/12/2025")
    (call,) = running.slack.wait_for("respond")
    sent = json.dumps(call.body)
    assert "<!channel>" not in sent and "<@U0BOSS>" not in sent
    assert "&lt;!channel&gt;" in sent


def test_feedback_is_stored_as_id_and_verdict_only(running: Running) -> None:
    assert click(running, "feedback_helpful", "entry:cp-03", respond_to=2) == 200
    (call,) = running.slack.wait_for("respond")
    assert call.body["response_type"] == "ephemeral" and "Thanks" in call.body["text"]
    with sqlite3.connect(running.db) as db:
        rows = list(db.execute("SELECT * FROM feedback"))
    assert [(r[0], r[1]) for r in rows] == [("entry:cp-03", "helpful")]
    assert len(rows[0]) == 3  # id, verdict, time: nothing of what was asked


def test_did_you_mean_button_answers_that_standard(running: Running) -> None:
    click(running, "suggestion_0", "cic-13", respond_to=3, block_id="suggestions")
    (call,) = running.slack.wait_for("respond")
    assert (
        "An initial health assessment will be requested and carried out within 20 working days"
        in call.body["text"]
    )


def test_shortcut_opens_the_modal_and_the_submission_is_answered_by_dm(running: Running) -> None:
    shortcut = {
        "type": "shortcut",
        "callback_id": "work_out_deadline",
        "trigger_id": "9.9.xyz",
        "user": {"id": "U0WORKER1"},
        "team": {"id": "T00001"},
        "api_app_id": "A00001",
    }
    assert post(running.url, interaction(shortcut), content_type=FORM)[0] == 200
    (opened,) = running.slack.wait_for("views.open")
    view = json.loads(opened.body["view"]) if isinstance(opened.body["view"], str) else opened.body["view"]
    assert opened.body["trigger_id"] == "9.9.xyz"
    options = [o["value"] for g in view["blocks"][0]["element"]["option_groups"] for o in g["options"]]
    assert "icpc" in options and len(options) <= 100
    submission = {
        "type": "view_submission",
        "user": {"id": "U0WORKER1"},
        "team": {"id": "T00001"},
        "api_app_id": "A00001",
        "view": {
            "id": "V1",
            "type": "modal",
            "callback_id": "deadline_modal",
            "state": {
                "values": {
                    "rule": {"rule_select": {"type": "static_select", "selected_option": {"value": "icpc"}}},
                    "start": {"start_date": {"type": "datepicker", "selected_date": "2025-12-19"}},
                }
            },
        },
    }
    assert post(running.url, interaction(submission), content_type=FORM)[0] == 200
    (call,) = running.slack.wait_for("chat.postMessage")
    assert call.body["channel"] == "U0WORKER1"
    assert "Wednesday 14 January 2026" in call.body["text"] and "15 working days" in call.body["text"]


def test_an_error_in_a_listener_apologises_and_logs_no_question(
    running: Running, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger="practice_guide.slack"):
        # A suggestion for a standard the pack doesn't hold: the lookup fails for real in the listener.
        click(running, "suggestion_0", "no-such-standard", respond_to=9, block_id="suggestions")
        (call,) = running.slack.wait_for("respond")
    assert call.body["text"].startswith("Sorry, something went wrong")
    (logged,) = [r.getMessage() for r in caplog.records if "listener failed" in r.getMessage()]
    assert logged.startswith("listener failed on a block_actions: KeyError (message withheld)")
    assert "no-such-standard" not in caplog.text


def test_questions_never_reach_the_log(running: Running, caplog: pytest.LogCaptureFixture) -> None:
    secret_question = "Jane Invented-Example age 7 strat was 19/12/2025 when is the icpc"
    with caplog.at_level(logging.DEBUG):
        slash(running, secret_question)
        running.slack.wait_for("respond")
    assert "Invented-Example" not in caplog.text
