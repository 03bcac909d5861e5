"""The app in HTTP mode on a free loopback port, wired to the Web API stand-in and a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.core import PracticeGuide
from tests.support.slack_app import Running, running_app


@pytest.fixture()
def running(tmp_path: Path, guide: PracticeGuide) -> Iterator[Running]:
    with running_app(guide, tmp_path / "feedback.sqlite3") as app:
        yield app
