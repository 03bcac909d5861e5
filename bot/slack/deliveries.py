"""Which event deliveries have been answered, so Slack's retries (X-Slack-Retry-Num) get one reply only."""

from __future__ import annotations

import threading
import time

KEEP_SECONDS = 3600  # Slack retries within minutes; an hour is ample


class DeliveryLog:
    def __init__(self) -> None:
        self._seen: dict[str, float] = {}
        self._lock = threading.Lock()

    def first_time(self, event_id: str | None) -> bool:
        """True the first time an event id is seen (and for events with no id)."""
        if not event_id:
            return True
        now = time.monotonic()
        with self._lock:
            for key, at in list(self._seen.items()):
                if now - at > KEEP_SECONDS:
                    del self._seen[key]
            if event_id in self._seen:
                return False
            self._seen[event_id] = now
            return True
