"""Slack request signatures, checked before bolt sees a request, and a memory of those already acted on.

Checked here rather than by bolt because bolt raises on a malformed timestamp or signature (and its error
handler then acted on the unverified body) and logs the whole body of every request it refuses.
See https://api.slack.com/authentication/verifying-requests-from-slack.
"""

from __future__ import annotations

import hashlib
import heapq
import hmac
import re
import threading

MAX_AGE_SECONDS = 300  # Slack's window: older (or further in the future) is refused as a possible replay
_TIMESTAMP = re.compile(r"[0-9]{1,12}")  # ASCII digits only: int() would also take " 1_0", "١٢" or "+1"
_SIGNATURE = re.compile(r"v0=[0-9a-f]{64}")


def signature_problem(
    secret: bytes, timestamp: str | None, signature: str | None, body: bytes, *, now: float
) -> str | None:
    """Why a request is not provably from Slack, in a few fixed words (safe to log), or None if it is."""
    if not timestamp or not signature:
        return "unsigned"
    if not _TIMESTAMP.fullmatch(timestamp):
        return "malformed timestamp"
    if abs(now - int(timestamp)) > MAX_AGE_SECONDS:
        return "stale timestamp"
    if not _SIGNATURE.fullmatch(signature):
        return "malformed signature"
    base = b"v0:" + timestamp.encode("ascii") + b":" + body
    expected = "v0=" + hmac.new(secret, base, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):
        return "bad signature"
    return None


class ReplayGuard:
    """Signatures seen within the window: a captured request sent again is refused, not acted on twice.

    Only verified requests are remembered, so nobody without the signing secret can fill it. An entry
    lives until its timestamp leaves the window, after which the signature check refuses it anyway.
    """

    def __init__(self) -> None:
        self._seen: set[str] = set()
        self._expiry: list[tuple[int, str]] = []
        self._lock = threading.Lock()

    def first_time(self, timestamp: str, signature: str, *, now: float) -> bool:
        key = f"{timestamp}:{signature}"
        with self._lock:
            while self._expiry and self._expiry[0][0] < now:
                self._seen.discard(heapq.heappop(self._expiry)[1])
            if key in self._seen:
                return False
            self._seen.add(key)
            heapq.heappush(self._expiry, (int(timestamp) + MAX_AGE_SECONDS + 1, key))
            return True

    def forget(self, timestamp: str, signature: str) -> None:
        """After a failure on our side, so Slack's retry of the same request is not refused as a replay."""
        with self._lock:
            self._seen.discard(f"{timestamp}:{signature}")
