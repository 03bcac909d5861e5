"""The app in HTTP mode on a free loopback port, as `serve --http` builds it, wired to the Web API stand-in.

Used by tests/slack and tests/security. Stopped properly: the listener threads finish, then waitress
closes its sockets from inside its own loop.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bot.core import PracticeGuide
from bot.slack.app import checked_app
from bot.slack.feedback import FeedbackStore
from bot.slack.http_server import HttpServer, Limits
from bot.slack.pool import ListenerPool
from bot.slack.server import wsgi_app
from bot.slack.settings import SlackSettings
from slackstandin.web import SIGNING_SECRET, SlackStandIn

TEST_LIMITS = Limits(threads=4)


@dataclass
class Running:
    url: str
    slack: SlackStandIn
    store: FeedbackStore
    db: Path
    pool: ListenerPool

    @property
    def health_url(self) -> str:
        return self.url.replace("/slack/events", "/health")

    def settle(self) -> None:
        """Wait until every acked request has been answered and posted: the sync for "nothing more"."""
        assert self.pool.wait_idle(30), "listeners still busy after 30 s"


def settings_for(slack: SlackStandIn, db: Path) -> SlackSettings:
    return SlackSettings(
        bot_token="xoxb-test-not-real",
        app_token=None,
        signing_secret=SIGNING_SECRET,
        api_base_url=f"{slack.url}/api/",
        feedback_db=db,
        retention_days=30,
    )


@contextmanager
def running_app(
    guide: PracticeGuide,
    db: Path,
    *,
    slack: SlackStandIn | None = None,
    limits: Limits = TEST_LIMITS,
    store_retry_seconds: float = 30.0,
) -> Iterator[Running]:
    slack = slack or SlackStandIn()
    settings = settings_for(slack, db)
    store = FeedbackStore(db, retention_days=settings.retention_days, retry_seconds=store_retry_seconds)
    pool = ListenerPool()
    app = checked_app(settings, guide, pool, store, socket_mode=False)
    server = HttpServer(wsgi_app(app, SIGNING_SECRET), host="127.0.0.1", port=0, limits=limits)
    server.start()
    try:
        yield Running(f"http://127.0.0.1:{server.port}/slack/events", slack, store, db, pool)
    finally:
        server.stop()
        pool.wait_idle(30)
        pool.shutdown(wait=True)
        slack.close()
        store.close()
