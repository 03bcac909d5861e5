"""Each bad setting stops `serve` with one message naming it, exit status 2, no traceback, no secret."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from slackstandin.web import SIGNING_SECRET, SlackStandIn

REPO = Path(__file__).resolve().parents[2]
BOT_TOKEN = "xoxb-1234-5678-NotARealTokenButSecret"
APP_TOKEN = "xapp-1-A1-99-NotARealAppTokenSecret"
SECRETS = (BOT_TOKEN, APP_TOKEN, SIGNING_SECRET, "NotAReal", "SECRETPART")


@pytest.fixture()
def slack() -> Iterator[SlackStandIn]:
    stand_in = SlackStandIn()
    yield stand_in
    stand_in.close()


def serve(tmp_path: Path, *args: str, **settings: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "PRACTICE_GUIDE_"))}
    env.update(PRACTICE_GUIDE_FEEDBACK_DB=str(tmp_path / "f.sqlite3"), **settings)
    return subprocess.run(
        [sys.executable, "-m", "bot", "serve", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=60,
    )


def http_settings(slack: SlackStandIn, **overrides: str) -> dict[str, str]:
    return {
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_BASE_URL": f"{slack.url}/api/",
        **overrides,
    }


def assert_refused(result: subprocess.CompletedProcess[str], names: str, *, status: int = 2) -> None:
    said = result.stdout + result.stderr
    assert result.returncode == status, said
    assert names in result.stderr, said
    assert "Traceback" not in said
    assert len(result.stderr.strip().splitlines()) <= 2, said  # a heading and one message (or usage + error)
    for secret in SECRETS:
        assert secret not in said


@pytest.mark.parametrize(
    ("override", "names"),
    [
        ({"SLACK_API_BASE_URL": "http://127.0.0.1:9/api/"}, "SLACK_API_BASE_URL"),
        ({"SLACK_API_BASE_URL": "not a url"}, "SLACK_API_BASE_URL"),
        ({"SLACK_API_BASE_URL": "ftp://example.invalid/api/"}, "SLACK_API_BASE_URL"),
        ({"SLACK_API_BASE_URL": "http://[::1/api/"}, "SLACK_API_BASE_URL"),
        (
            {"PRACTICE_GUIDE_FEEDBACK_RETENTION_DAYS": "999999999999"},
            "PRACTICE_GUIDE_FEEDBACK_RETENTION_DAYS",
        ),
        ({"PRACTICE_GUIDE_FEEDBACK_RETENTION_DAYS": "²"}, "PRACTICE_GUIDE_FEEDBACK_RETENTION_DAYS"),
        ({"PRACTICE_GUIDE_FEEDBACK_RETENTION_DAYS": "0"}, "PRACTICE_GUIDE_FEEDBACK_RETENTION_DAYS"),
        ({"SLACK_BOT_TOKEN": "xoxb-1234\nSECRETPART"}, "SLACK_BOT_TOKEN"),
        ({"SLACK_BOT_TOKEN": "xoxp-1234-SECRETPART"}, "SLACK_BOT_TOKEN"),
        ({"SLACK_SIGNING_SECRET": "x"}, "SLACK_SIGNING_SECRET"),
        ({"SLACK_SIGNING_SECRET": "has a space SECRETPART"}, "SLACK_SIGNING_SECRET"),
    ],
    ids=lambda v: next(iter(v.items()))[1][:20] if isinstance(v, dict) else v,
)
def test_a_bad_setting_is_named(
    tmp_path: Path, slack: SlackStandIn, override: dict[str, str], names: str
) -> None:
    assert_refused(serve(tmp_path, "--http", **http_settings(slack, **override)), names)


def test_a_token_slack_refuses_is_named(tmp_path: Path, slack: SlackStandIn) -> None:
    slack.replies["auth.test"] = {"ok": False, "error": "invalid_auth"}
    result = serve(tmp_path, "--http", **http_settings(slack))
    assert_refused(result, "SLACK_BOT_TOKEN")
    assert "invalid_auth" in result.stderr


@pytest.mark.parametrize("port", ["70000", "-1", "0", "3e3"])
def test_a_bad_port_is_named(tmp_path: Path, slack: SlackStandIn, port: str) -> None:
    assert_refused(serve(tmp_path, "--http", "--port", port, **http_settings(slack)), "--port")


def test_a_port_in_use_is_named(tmp_path: Path, slack: SlackStandIn) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        assert_refused(serve(tmp_path, "--http", "--port", port, **http_settings(slack)), "--port")


def test_socket_mode_names_the_app_token_slack_refuses(tmp_path: Path, slack: SlackStandIn) -> None:
    slack.replies["apps.connections.open"] = {"ok": False, "error": "invalid_auth"}
    settings = {
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_APP_TOKEN": APP_TOKEN,
        "SLACK_API_BASE_URL": f"{slack.url}/api/",
    }
    assert_refused(serve(tmp_path, **settings), "SLACK_APP_TOKEN")


def test_socket_mode_with_an_unreachable_websocket_exits_and_never_says_connected(
    tmp_path: Path, slack: SlackStandIn
) -> None:
    slack.socket_url = "ws://127.0.0.1:9/link"  # what apps.connections.open hands out: nothing listens
    settings = {
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_APP_TOKEN": APP_TOKEN,
        "SLACK_API_BASE_URL": f"{slack.url}/api/",
    }
    result = serve(tmp_path, **settings)
    assert_refused(result, "WebSocket", status=1)
    assert "connected to Slack" not in result.stderr
