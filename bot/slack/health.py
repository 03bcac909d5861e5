"""A health signal Docker and systemd can use: a file touched while the app can serve Slack.

Socket Mode: touched while the WebSocket is connected; after GIVE_UP_SECONDS without a connection the
app exits non-zero so its supervisor restarts it (and says so in one log line). HTTP mode: touched while
GET /health answers. `python -m bot.slack.health` exits 0 if the file is fresh, 1 if not (HEALTHCHECK).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

from bot.slack.privacy import LOGGER_NAME

HEALTH_FILE_ENV = "PRACTICE_GUIDE_HEALTH_FILE"
CHECK_SECONDS = 5.0
GIVE_UP_SECONDS = 300.0  # five minutes without Slack: exit, and let Docker/systemd restart the app
FRESH_SECONDS = 60.0
logger = logging.getLogger(LOGGER_NAME)


class Heartbeat:
    def __init__(self, path: Path | None) -> None:
        self.path = path

    @classmethod
    def from_env(cls) -> Heartbeat:
        return cls(Path(os.environ[HEALTH_FILE_ENV]) if os.environ.get(HEALTH_FILE_ENV) else None)

    def beat(self) -> None:
        if self.path is not None:
            try:
                self.path.touch()
            except OSError as error:
                logger.warning("can't touch the health file %s: %s", self.path, type(error).__name__)


def watch(
    healthy: Callable[[], bool],
    heartbeat: Heartbeat,
    stop: threading.Event,
    *,
    check_seconds: float = CHECK_SECONDS,
    give_up_seconds: float = GIVE_UP_SECONDS,
) -> int:
    """Beat while `healthy()`; return 1 once it has been false for `give_up_seconds`, 0 when stopped."""
    down_since: float | None = None
    while not stop.is_set():
        if healthy():
            if down_since is not None:
                logger.info("connected to Slack again")
            down_since = None
            heartbeat.beat()
        else:
            now = time.monotonic()
            if down_since is None:
                logger.warning("not connected to Slack; reconnecting")
                down_since = now
            elif now - down_since >= give_up_seconds:
                logger.error(
                    "could not reconnect to Slack for %.0f s: exiting so the app is restarted",
                    now - down_since,
                )
                return 1
        stop.wait(check_seconds)
    return 0


def answers(url: str) -> Callable[[], bool]:
    """HTTP mode's check: GET /health on our own server answers 200."""

    def check() -> bool:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return bool(response.status == 200)
        except OSError:
            return False

    return check


def main() -> int:
    heartbeat = Heartbeat.from_env()
    if heartbeat.path is None:
        print(f"{HEALTH_FILE_ENV} is not set, so there is no health file to check.", file=sys.stderr)
        return 1
    try:
        age = time.time() - heartbeat.path.stat().st_mtime
    except OSError:
        print(f"unhealthy: no health file at {heartbeat.path} yet", file=sys.stderr)
        return 1
    if age > FRESH_SECONDS:
        print(f"unhealthy: health file last touched {age:.0f} s ago", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
