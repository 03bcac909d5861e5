"""Each listener called directly, as bolt would call it, with a mocked Slack client, respond and ack.

Fast and exact about what each listener sends; tests/slack/test_http_* prove the same over real HTTP.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from unittest.mock import Mock

import pytest
from slack_bolt import BoltContext
from slack_sdk import WebClient

from bot import wording
from bot.clock import day_of
from bot.core import PracticeGuide
from bot.slack.blocks import answer_message
from bot.slack.deliveries import DeliveryLog
from bot.slack.feedback import FeedbackStore
from bot.slack.listeners.actions import THANKS, answer_option, answer_suggestion, record_vote
from bot.slack.listeners.commands import answer_practice
from bot.slack.listeners.errors import APOLOGY, guarded
from bot.slack.listeners.events import answer_direct_message, answer_mention, publish_home
from bot.slack.listeners.shortcuts import answer_submission, check_submission, open_modal
from bot.slack.services import CONTEXT_KEY, Services


@pytest.fixture()
def context(tmp_path: Path, guide: PracticeGuide) -> Iterator[BoltContext]:
    store = FeedbackStore(tmp_path / "f.sqlite3", retention_days=30)
    yield BoltContext({CONTEXT_KEY: Services(guide, store, DeliveryLog())})
    store.close()


def submission(rule: str, start: str = "2025-12-19") -> dict[str, Any]:
    return {
        "state": {
            "values": {
                "rule": {"rule_select": {"selected_option": {"value": rule}}},
                "start": {"start_date": {"selected_date": start}},
            }
        }
    }


def test_practice_answers_only_the_asker(context: BoltContext) -> None:
    respond = Mock()
    answer_practice({"text": "iha timescale"}, respond, {}, context)
    (call,) = respond.call_args_list
    assert call.kwargs["response_type"] == "ephemeral"
    assert "20 working days" in call.kwargs["text"] and call.kwargs["blocks"]


def test_an_empty_practice_command_gets_help(context: BoltContext) -> None:
    respond = Mock()
    answer_practice({"text": ""}, respond, {}, context)
    assert "deadline" in respond.call_args.kwargs["text"].lower()


def test_a_mention_is_answered_once_in_its_thread(context: BoltContext) -> None:
    client = Mock(spec=WebClient)
    event = {"type": "app_mention", "text": "<@U0BOT> what's a core group?", "ts": "5.5", "channel": "C1"}
    answer_mention(event, {"event_id": "Ev1"}, client, context)
    answer_mention(event, {"event_id": "Ev1"}, client, context)  # Slack's retry of the same delivery
    (call,) = client.chat_postMessage.call_args_list
    assert (call.kwargs["channel"], call.kwargs["thread_ts"]) == ("C1", "5.5")
    assert "<@U0BOT>" not in call.kwargs["text"]


@pytest.mark.parametrize(
    "event",
    [
        {"channel_type": "im", "bot_id": "B1", "text": "hi", "ts": "1", "channel": "D1"},
        {"channel_type": "im", "subtype": "message_changed", "ts": "1", "channel": "D1"},
        {"channel_type": "channel", "user": "U1", "text": "icpc?", "ts": "1", "channel": "C1"},
    ],
    ids=["a bot", "an edit", "a channel"],
)
def test_only_peoples_own_direct_messages_are_answered(context: BoltContext, event: dict[str, Any]) -> None:
    client = Mock(spec=WebClient)
    answer_direct_message({"type": "message", **event}, {"event_id": "Ev2"}, client, context)
    client.chat_postMessage.assert_not_called()


def test_home_is_published_as_a_valid_view(context: BoltContext) -> None:
    client = Mock(spec=WebClient)
    publish_home({"type": "app_home_opened", "user": "U1", "tab": "home"}, {}, client, context)
    view = client.views_publish.call_args.kwargs["view"].to_dict()  # to_dict validates Slack's limits
    assert view["type"] == "home" and len(view["blocks"]) <= 100
    assert any("Glossary" in str(b) for b in view["blocks"])


def test_the_messages_tab_gets_no_home(context: BoltContext) -> None:
    client = Mock(spec=WebClient)
    publish_home({"type": "app_home_opened", "user": "U1", "tab": "messages"}, {}, client, context)
    client.views_publish.assert_not_called()


def test_a_vote_is_stored_and_thanked(context: BoltContext) -> None:
    respond = Mock()
    record_vote({"action_id": "feedback_not_helpful", "value": "rule:icpc"}, respond, {}, context)
    assert respond.call_args.kwargs["text"] == THANKS


def test_a_suggestion_answers_that_standard(context: BoltContext) -> None:
    respond = Mock()
    answer_suggestion({"action_id": "suggestion_0", "value": "cic-13"}, respond, {}, context)
    assert "20 working days" in respond.call_args.kwargs["text"]


def test_the_shortcut_opens_the_modal_with_its_trigger(context: BoltContext) -> None:
    client = Mock(spec=WebClient)
    open_modal({"trigger_id": "9.9"}, {}, client, context)
    kwargs = client.views_open.call_args.kwargs
    assert kwargs["trigger_id"] == "9.9" and kwargs["view"].to_dict()["callback_id"] == "deadline_modal"


def test_an_unknown_step_is_refused_on_the_form_and_not_answered(context: BoltContext) -> None:
    ack, client = Mock(), Mock(spec=WebClient)
    check_submission(ack, submission("no-such-rule"), context)
    assert ack.call_args.kwargs["response_action"] == "errors"
    answer_submission(submission("no-such-rule"), {"user": {"id": "U1"}}, client, context)
    client.chat_postMessage.assert_not_called()


def test_a_good_submission_is_acked_then_answered_by_dm(context: BoltContext) -> None:
    ack, client = Mock(), Mock(spec=WebClient)
    check_submission(ack, submission("icpc"), context)
    ack.assert_called_once_with()
    answer_submission(submission("icpc"), {"user": {"id": "U1"}}, client, context)
    kwargs = client.chat_postMessage.call_args.kwargs
    assert kwargs["channel"] == "U1" and "Wednesday 14 January 2026" in kwargs["text"]


def test_a_failing_listener_apologises_through_the_injected_respond(context: BoltContext) -> None:
    respond = Mock()
    context["respond"] = respond
    run = guarded(answer_suggestion)
    run(
        action={"value": "no-such-standard"}, respond=respond, body={"type": "block_actions"}, context=context
    )
    assert respond.call_args.kwargs["text"] == APOLOGY


def test_a_failing_event_listener_apologises_in_the_thread_through_say(context: BoltContext) -> None:
    say = Mock()
    context["say"] = say
    broken = Mock(spec=WebClient)
    broken.chat_postMessage.side_effect = RuntimeError("Slack is down")
    event = {"type": "app_mention", "text": "icpc", "ts": "7.7", "channel": "C1"}
    body = {"type": "event_callback", "event": event, "event_id": "Ev3"}
    guarded(answer_mention)(event=event, body=body, client=broken, context=context)
    say.assert_called_once_with(text=APOLOGY, thread_ts="7.7")


def test_guarding_a_listener_that_cannot_apologise_is_refused() -> None:
    def no_context(respond: Any) -> None: ...

    with pytest.raises(TypeError, match="context"):
        guarded(no_context)


def test_an_option_button_counts_that_step_from_the_same_date(
    context: BoltContext, guide: PracticeGuide
) -> None:
    offered = guide.answer(
        "ICPC on 08/12/2026, when does my report need to go out?", today=date(2026, 11, 24)
    )
    buttons = next(b for b in answer_message(offered)["blocks"] if b.get("block_id") == "options")["elements"]
    assert len(buttons) == len(offered.options) >= 2
    respond = Mock()
    answer_option({"action_id": buttons[1]["action_id"], "value": buttons[1]["value"]}, respond, {}, context)
    second = offered.options[1]
    assert wording.due(second) in respond.call_args.kwargs["text"]


@pytest.mark.parametrize("value", ["", "icpc", "icpc 2026-02-30", "no-such-rule 2026-12-08"])
def test_a_stale_or_broken_option_value_gets_help_not_an_error(context: BoltContext, value: str) -> None:
    respond = Mock()
    answer_option({"action_id": "option_1", "value": value}, respond, {}, context)
    assert wording.INTRO in respond.call_args.kwargs["text"]


def test_relative_dates_in_a_mention_are_read_on_the_day_it_was_written(context: BoltContext) -> None:
    client = Mock(spec=WebClient)
    written = datetime(2026, 6, 30, 23, 30, tzinfo=UTC)  # 00:30 on 1 July in Trafford
    event = {
        "text": "<@U0BOT> strat was yesterday, when's the ICPC?",
        "ts": f"{written.timestamp()}",
        "channel": "C1",
    }
    answer_mention(event, {"event_id": "Ev9"}, client, context)
    assert "Tuesday 30 June 2026" in client.chat_postMessage.call_args.kwargs["text"]
    assert day_of(f"{written.timestamp()}") == date(2026, 7, 1)
