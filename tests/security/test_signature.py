"""The signature check and the replay memory on their own: literal inputs, exact reasons."""

from __future__ import annotations

import pytest

from bot.slack.signature import MAX_AGE_SECONDS, ReplayGuard, signature_problem
from slackstandin.web import sign_bytes

SECRET = "test-signing-secret-not-real"
NOW = 1_800_000_000
BODY = b"command=%2Fpractice&text=help"


def check(timestamp: str | None, signature: str | None, body: bytes = BODY) -> str | None:
    return signature_problem(SECRET.encode(), timestamp, signature, body, now=NOW)


def test_slacks_own_signature_passes() -> None:
    headers = sign_bytes(BODY, timestamp=NOW, secret=SECRET)
    assert check(headers["X-Slack-Request-Timestamp"], headers["X-Slack-Signature"]) is None


@pytest.mark.parametrize(
    ("timestamp", "signature", "reason"),
    [
        (None, "v0=" + "0" * 64, "unsigned"),
        (str(NOW), "", "unsigned"),
        ("abc", "v0=" + "0" * 64, "malformed timestamp"),
        ("1e9", "v0=" + "0" * 64, "malformed timestamp"),
        (f"{NOW}\n", "v0=" + "0" * 64, "malformed timestamp"),
        ("١٨٠٠٠٠٠٠٠٠", "v0=" + "0" * 64, "malformed timestamp"),
        ("9" * 13, "v0=" + "0" * 64, "malformed timestamp"),
        (str(NOW - MAX_AGE_SECONDS - 1), "v0=" + "0" * 64, "stale timestamp"),
        (str(NOW + MAX_AGE_SECONDS + 1), "v0=" + "0" * 64, "stale timestamp"),
        (str(NOW), "v0=" + "é" * 64, "malformed signature"),
        (str(NOW), "v0=" + "A" * 64, "malformed signature"),
        (str(NOW), "v1=" + "0" * 64, "malformed signature"),
        (str(NOW), "v0=" + "0" * 64, "bad signature"),
    ],
)
def test_what_is_refused_and_why(timestamp: str | None, signature: str, reason: str) -> None:
    assert check(timestamp, signature) == reason


def test_a_signature_for_another_body_is_refused() -> None:
    headers = sign_bytes(BODY, timestamp=NOW, secret=SECRET)
    assert (
        check(headers["X-Slack-Request-Timestamp"], headers["X-Slack-Signature"], BODY + b"x")
        == "bad signature"
    )


def test_a_replay_is_refused_within_the_window_and_forgotten_after_it() -> None:
    guard = ReplayGuard()
    assert guard.first_time(str(NOW), "v0=aa", now=NOW) is True
    assert guard.first_time(str(NOW), "v0=aa", now=NOW + MAX_AGE_SECONDS) is False
    assert guard.first_time(str(NOW), "v0=bb", now=NOW) is True  # another request
    # once the timestamp is out of the window the signature check refuses it, so memory can let go
    assert guard.first_time(str(NOW + 1000), "v0=cc", now=NOW + MAX_AGE_SECONDS + 2) is True
    assert len(guard._seen) == 1


def test_forgetting_lets_a_retry_through_after_our_own_failure() -> None:
    guard = ReplayGuard()
    guard.first_time(str(NOW), "v0=aa", now=NOW)
    guard.forget(str(NOW), "v0=aa")
    assert guard.first_time(str(NOW), "v0=aa", now=NOW) is True
