"""Availability: a slow Slack never delays an ack; idle connections can't shut people out; a broken
feedback database never stops the bot answering."""

from __future__ import annotations

import logging
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bot.core import PracticeGuide
from bot.slack.http_server import Limits
from slackstandin.web import button_click, event_body, form, mention_event, post
from tests.support.slack_app import Running, running_app

REPO = Path(__file__).resolve().parents[2]
SLOW_SECONDS = 4.0
ACK_WITHIN = 2.5  # Slack waits 3 s for an ack


def _slash(running: Running, i: int) -> tuple[int, float]:
    body = form(
        {
            "command": "/practice",
            "text": "iha timescale",
            "user_id": "U1",
            "team_id": "T00001",
            "response_url": f"{running.slack.url}/respond/{i}",
        }
    )
    started = time.monotonic()
    status = post(running.url, body, content_type="application/x-www-form-urlencoded")[0]
    return status, time.monotonic() - started


def _mention(running: Running, i: int) -> tuple[int, float]:
    event = mention_event("iha timescale", ts=f"{i}.1")
    started = time.monotonic()
    status = post(running.url, event_body(event, event_id=f"EvSlow{i}"), content_type="application/json")[0]
    return status, time.monotonic() - started


def test_a_slow_slack_api_never_delays_an_ack_and_loses_nothing(running: Running) -> None:
    running.slack.delay_seconds = SLOW_SECONDS  # every chat.postMessage and response_url call takes 4 s
    with ThreadPoolExecutor(16) as senders:
        slashes = [senders.submit(_slash, running, i) for i in range(10)]
        mentions = [senders.submit(_mention, running, i) for i in range(10)]
        results = [f.result() for f in slashes + mentions]
    assert [status for status, _ in results] == [200] * 20
    slowest_ack = max(seconds for _, seconds in results)
    assert slowest_ack < ACK_WITHIN, f"an ack took {slowest_ack:.1f} s"
    running.settle()
    assert len(running.slack.of("respond")) == 10
    assert sorted(c.body["thread_ts"] for c in running.slack.of("chat.postMessage")) == sorted(
        f"{i}.1" for i in range(10)
    )


def test_idle_connections_are_closed_so_others_get_in(tmp_path: Path, guide: PracticeGuide) -> None:
    limits = Limits(threads=2, connection_limit=20, channel_timeout=2, cleanup_interval=1)
    with running_app(guide, tmp_path / "f.sqlite3", limits=limits) as running:
        port = urllib.parse.urlsplit(running.url).port
        idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(40)]  # twice the limit
        try:
            started = time.monotonic()
            with urllib.request.urlopen(running.health_url, timeout=15) as response:
                assert response.status == 200
            assert time.monotonic() - started < 10
        finally:
            for connection in idle:
                connection.close()


def _vote(running: Running, value: str, n: int) -> str:
    body = button_click(f"{running.slack.url}/respond/vote{n}", "feedback_helpful", value)
    assert post(running.url, body, content_type="application/x-www-form-urlencoded")[0] == 200
    running.settle()
    return str(running.slack.of("respond")[-1].body["text"])


@pytest.mark.parametrize("breakage", ["corrupt", "a folder in the way"])
def test_a_broken_feedback_database_never_stops_answers_and_recovers(
    tmp_path: Path, guide: PracticeGuide, caplog: pytest.LogCaptureFixture, breakage: str
) -> None:
    db = tmp_path / "feedback.sqlite3"
    if breakage == "corrupt":
        db.write_bytes(b"this is not a database, it was overwritten" * 100)
    else:
        db.mkdir()
    caplog.set_level(logging.INFO, logger="practice_guide.slack")
    with running_app(guide, db, store_retry_seconds=0) as running:
        body = form(
            {
                "command": "/practice",
                "text": "iha timescale",
                "user_id": "U1",
                "team_id": "T00001",
                "response_url": f"{running.slack.url}/respond/q",
            }
        )
        assert post(running.url, body, content_type="application/x-www-form-urlencoded")[0] == 200
        running.settle()
        assert "20 working days" in running.slack.of("respond")[0].body["text"]
        assert "couldn't be saved" in _vote(running, "rule:iha", 1)
        assert "couldn't be saved" in _vote(running, "rule:iha", 2)
        broke = [r.getMessage() for r in caplog.records if "can't be used" in r.getMessage()]
        assert len(broke) == 1 and str(db) in broke[0], broke  # one clear line, not one per vote

        if db.is_file():  # the admin fixes it, without restarting the bot
            db.unlink()
        else:
            db.rmdir()
        assert _vote(running, "rule:iha", 3).startswith("Thanks: your feedback")
        with sqlite3.connect(db) as fixed:
            assert list(fixed.execute("SELECT answer_id FROM feedback")) == [("rule:iha",)]
    assert any("working again" in r.getMessage() for r in caplog.records)


FULL_DISK = """
import logging, resource, signal, sys
from pathlib import Path
from bot.slack.feedback import FeedbackStore
logging.basicConfig(level=logging.INFO, stream=sys.stdout, format="%(message)s")
store = FeedbackStore(Path(sys.argv[1]), retention_days=30, retry_seconds=0)
assert store.record("rule:iha", "helpful")
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG), as on a full disk
size = Path(sys.argv[1]).stat().st_size
_, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
resource.setrlimit(resource.RLIMIT_FSIZE, (size, hard))
saved = [store.record("rule:iha-" + "x" * 90 + str(i), "helpful") for i in range(200)]
print("saved", saved.count(True), "refused", saved.count(False))
resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))  # space is freed
print("after freeing space, saved:", store.record("rule:iha", "helpful"))
"""


def test_a_full_disk_refuses_votes_without_an_exception_and_says_so_once(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", FULL_DISK, str(tmp_path / "f.sqlite3")],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    (summary,) = [line for line in result.stdout.splitlines() if line.startswith("saved")]
    assert int(summary.split()[3]) > 0, "some votes met the full disk"
    assert result.stdout.count("can't be used") == 1
    assert "after freeing space, saved: True" in result.stdout and "working again" in result.stdout
