"""The Slack app served on loopback as in production, for the Slack benchmarks: one way to start and stop it."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bot.core import PracticeGuide
from bot.slack.app import checked_app
from bot.slack.feedback import FeedbackStore
from bot.slack.http_server import HttpServer
from bot.slack.pool import ListenerPool
from bot.slack.server import wsgi_app
from bot.slack.settings import SlackSettings
from slackstandin.web import SIGNING_SECRET, SlackStandIn


@dataclass(frozen=True)
class Served:
    server: HttpServer
    pool: ListenerPool

    @property
    def events_url(self) -> str:
        return f"http://127.0.0.1:{self.server.port}/slack/events"


@contextmanager
def served_app(slack: SlackStandIn) -> Iterator[Served]:
    """Waitress, bolt and the real slack_sdk client talking to `slack`; stopped cleanly on the way out."""
    with tempfile.TemporaryDirectory() as tmp:
        settings = SlackSettings(
            "xoxb-bench", None, SIGNING_SECRET, f"{slack.url}/api/", Path(tmp) / "f.sqlite3", 30
        )
        store = FeedbackStore(settings.feedback_db, retention_days=30)
        pool = ListenerPool()
        app = checked_app(settings, PracticeGuide.load(), pool, store, socket_mode=False)
        server = HttpServer(wsgi_app(app, SIGNING_SECRET), host="127.0.0.1", port=0)
        server.start()
        try:
            yield Served(server, pool)
        finally:
            server.stop()
            pool.shutdown(wait=True)
            store.close()
