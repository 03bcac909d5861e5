"""Helpful / not helpful votes in SQLite: the answer's id and the verdict only, never the question."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

VERDICTS = ("helpful", "not_helpful")


class FeedbackStore:
    def __init__(self, path: Path, *, retention_days: int) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False)
        self._lock = threading.Lock()
        self._retention = timedelta(days=retention_days)
        with self._lock, self._db:
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS feedback (answer_id TEXT NOT NULL, verdict TEXT NOT NULL, at TEXT NOT NULL)"
            )

    def record(self, answer_id: str, verdict: str, *, now: datetime | None = None) -> None:
        if verdict not in VERDICTS:
            raise ValueError(f"verdict must be one of {VERDICTS}")
        now = now or datetime.now(UTC)
        with self._lock, self._db:
            self._db.execute(
                "INSERT INTO feedback VALUES (?, ?, ?)", (answer_id[:100], verdict, now.isoformat())
            )
            # Retention is enforced on every write, so no separate job is needed to keep the limit.
            self._db.execute("DELETE FROM feedback WHERE at < ?", ((now - self._retention).isoformat(),))

    def rows(self) -> list[tuple[str, str, str]]:
        with self._lock:
            return list(self._db.execute("SELECT answer_id, verdict, at FROM feedback ORDER BY at"))

    def close(self) -> None:
        self._db.close()
