"""Helpful / not helpful votes in SQLite: the answer's id and the verdict only, never the question.

Answering never depends on this store. A database that is corrupt, unwritable, missing its folder or on
a full disk is reported in one log line when it first fails; the bot starts and answers anyway, votes
are declined politely, and the database is reopened on a later vote (every RETRY_SECONDS at most).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.slack.privacy import LOGGER_NAME

VERDICTS = ("helpful", "not_helpful")
RETRY_SECONDS = 30.0
logger = logging.getLogger(LOGGER_NAME)


class FeedbackStore:
    def __init__(self, path: Path, *, retention_days: int, retry_seconds: float = RETRY_SECONDS) -> None:
        self.path = path
        self._retention = timedelta(days=retention_days)
        self._retry_seconds = retry_seconds
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._failed_at: float | None = None
        with self._lock:
            self._open()

    @property
    def available(self) -> bool:
        return self._db is not None

    def _open(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, check_same_thread=False, timeout=5)
            try:
                with db:
                    db.execute(
                        "CREATE TABLE IF NOT EXISTS feedback "
                        "(answer_id TEXT NOT NULL, verdict TEXT NOT NULL, at TEXT NOT NULL)"
                    )
            except sqlite3.Error:
                db.close()
                raise
        except (OSError, sqlite3.Error) as error:
            self._failed(error)
            return
        if self._failed_at is not None:
            logger.warning("feedback database %s is working again: votes are being saved", self.path)
        self._db, self._failed_at = db, None

    def _failed(self, error: BaseException) -> None:
        if self._failed_at is None:  # one line when it breaks, not one per vote
            logger.error(
                "feedback database %s can't be used (%s: %s): answering carries on, votes are not saved "
                "until it is fixed; retrying every %.0f s",
                self.path,
                type(error).__name__,
                error,
                self._retry_seconds,
            )
        self._failed_at = time.monotonic()
        if self._db is not None:
            self._db.close()
            self._db = None

    def record(self, answer_id: str, verdict: str, *, now: datetime | None = None) -> bool:
        """Save one vote; False (never an exception) if the database can't take it just now."""
        if verdict not in VERDICTS:
            raise ValueError(f"verdict must be one of {VERDICTS}")
        now = now or datetime.now(UTC)
        with self._lock:
            if self._db is None:
                if self._failed_at is not None and time.monotonic() - self._failed_at < self._retry_seconds:
                    return False
                self._open()
                if self._db is None:
                    return False
            try:
                with self._db:
                    self._db.execute(
                        "INSERT INTO feedback VALUES (?, ?, ?)", (answer_id[:100], verdict, now.isoformat())
                    )
                    # Retention is enforced on every write, so no separate job is needed to keep the limit.
                    cutoff = (now - self._retention).isoformat()
                    self._db.execute("DELETE FROM feedback WHERE at < ?", (cutoff,))
            except sqlite3.Error as error:
                self._failed(error)
                return False
            return True

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None
