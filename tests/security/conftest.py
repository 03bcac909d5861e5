"""The app in HTTP mode on loopback, with every log record captured at DEBUG from the start."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.core import PracticeGuide
from tests.support.slack_app import Running, running_app


@pytest.fixture()
def running(tmp_path: Path, guide: PracticeGuide, caplog: pytest.LogCaptureFixture) -> Iterator[Running]:
    caplog.set_level(logging.DEBUG)  # the root at DEBUG: whatever any library would write, we see
    with running_app(guide, tmp_path / "feedback.sqlite3") as app:
        yield app


def outbound(running: Running) -> list[str]:
    """Calls the app made to Slack after start-up (start-up's auth.test is not a request's doing)."""
    return [c.method for c in running.slack.calls if c.method != "auth.test"]
