"""The app in HTTP mode on a free loopback port, wired to the Web API stand-in and a real SQLite file."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from waitress.server import create_server

from bot.core import PracticeGuide
from bot.slack.app import build_app
from bot.slack.feedback import FeedbackStore
from bot.slack.server import wsgi_app
from bot.slack.settings import SlackSettings
from tests.slack.standins import SIGNING_SECRET, SlackStandIn


@dataclass
class Running:
    url: str
    slack: SlackStandIn
    store: FeedbackStore
    db: Path


@pytest.fixture()
def running(tmp_path: Path, guide: PracticeGuide) -> Iterator[Running]:
    slack = SlackStandIn()
    settings = SlackSettings(
        bot_token="xoxb-test-not-real",
        app_token=None,
        signing_secret=SIGNING_SECRET,
        api_base_url=f"{slack.url}/api/",
        feedback_db=tmp_path / "feedback.sqlite3",
        retention_days=30,
    )
    store = FeedbackStore(settings.feedback_db, retention_days=settings.retention_days)
    server = create_server(wsgi_app(build_app(settings, guide, store)), host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield Running(
        url=f"http://127.0.0.1:{server.effective_port}/slack/events",
        slack=slack,
        store=store,
        db=settings.feedback_db,
    )
    server.close()
    slack.close()
    store.close()
