"""Slack settings from the environment, checked at start with messages that say where to get each one.

A message names the setting and what is wrong with it, never its value when the value is a secret.
"""

from __future__ import annotations

import argparse
import re
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from calculators.errors import PracticeGuideError

WHERE = {
    "SLACK_BOT_TOKEN": "Slack app settings > OAuth & Permissions > Bot User OAuth Token (starts xoxb-)",
    "SLACK_APP_TOKEN": "Slack app settings > Basic Information > App-Level Tokens, scope connections:write (starts xapp-)",
    "SLACK_SIGNING_SECRET": "Slack app settings > Basic Information > App Credentials > Signing Secret",
}
DEFAULT_HOST = "127.0.0.1"  # HTTP mode sits behind a reverse proxy on the same machine; --host to widen
DEFAULT_PORT = 3000
DEFAULT_FEEDBACK_DB = Path("var/feedback.sqlite3")
DEFAULT_RETENTION_DAYS = 365
MAX_RETENTION_DAYS = 36_500
MIN_SECRET_LENGTH = 16  # Slack's are 32 hex characters; anything this short is a paste gone wrong
_TOKEN = {
    "SLACK_BOT_TOKEN": re.compile(r"xoxb-[A-Za-z0-9-]+"),
    "SLACK_APP_TOKEN": re.compile(r"xapp-[A-Za-z0-9-]+"),
}
_SECRET = re.compile(r"[!-~]+")  # printable ASCII, no spaces or line breaks
_DAYS = re.compile(r"[0-9]{1,6}")  # ASCII digits: "²".isdigit() is True but int("²") fails


class SettingsError(PracticeGuideError, ValueError):
    """A Slack setting is missing or malformed; the message names it and where to find it."""


@dataclass(frozen=True)
class SlackSettings:
    bot_token: str
    app_token: str | None
    signing_secret: str | None
    api_base_url: str | None
    feedback_db: Path
    retention_days: int

    @classmethod
    def from_env(cls, env: Mapping[str, str], *, http: bool) -> SlackSettings:
        problems: list[str] = []
        bot_token = _token(env, "SLACK_BOT_TOKEN", required=True, problems=problems)
        app_token = _token(env, "SLACK_APP_TOKEN", required=not http, problems=problems)
        secret = env.get("SLACK_SIGNING_SECRET", "").strip() or None
        if http and not secret:
            problems.append(_missing("SLACK_SIGNING_SECRET") + " HTTP mode checks every request with it.")
        elif secret and (len(secret) < MIN_SECRET_LENGTH or not _SECRET.fullmatch(secret)):
            problems.append(
                f"SLACK_SIGNING_SECRET doesn't look like a signing secret (expected at least "
                f"{MIN_SECRET_LENGTH} characters, no spaces); copy it again from {WHERE['SLACK_SIGNING_SECRET']}."
            )
        api_base_url = _api_base_url(env.get("SLACK_API_BASE_URL", "").strip(), problems)
        retention_text = env.get(
            "PRACTICE_GUIDE_FEEDBACK_RETENTION_DAYS", str(DEFAULT_RETENTION_DAYS)
        ).strip()
        if not _DAYS.fullmatch(retention_text) or not 1 <= int(retention_text) <= MAX_RETENTION_DAYS:
            problems.append(
                "PRACTICE_GUIDE_FEEDBACK_RETENTION_DAYS should be a whole number of days from 1 to "
                f"{MAX_RETENTION_DAYS}, not {retention_text[:20]!r}."
            )
        if problems:
            raise SettingsError("\n".join(problems))
        return cls(
            bot_token=bot_token or "",
            app_token=app_token,
            signing_secret=secret,
            api_base_url=api_base_url,
            feedback_db=Path(env.get("PRACTICE_GUIDE_FEEDBACK_DB") or DEFAULT_FEEDBACK_DB),
            retention_days=int(retention_text),
        )


def _token(env: Mapping[str, str], name: str, *, required: bool, problems: list[str]) -> str | None:
    value = env.get(name, "").strip() or None
    if value is None:
        if required:
            hint = " Socket Mode needs it (or run `serve --http`)." if name == "SLACK_APP_TOKEN" else ""
            problems.append(_missing(name) + hint)
    elif not _TOKEN[name].fullmatch(value):
        prefix = "xoxb-" if name == "SLACK_BOT_TOKEN" else "xapp-"
        problems.append(
            f"{name} should be one line starting {prefix} with only letters, digits and dashes; "
            f"copy it again from {WHERE[name]}."
        )
    return value


def _api_base_url(text: str, problems: list[str]) -> str | None:
    """Slack's Web API unless set (tests and proxies); it must be an http(s) URL, and ends with a slash."""
    if not text:
        return None
    try:
        parts = urllib.parse.urlsplit(text) if text.isascii() and text.isprintable() else None
        host = parts.hostname if parts else None  # raises ValueError on "http://[broken"
    except ValueError:
        parts = host = None
    if parts is None or parts.scheme not in ("http", "https") or not host or " " in text:
        problems.append(
            "SLACK_API_BASE_URL should be an http(s) URL such as https://slack.com/api/ (or be left unset)."
        )
        return None
    return text if text.endswith("/") else text + "/"


def _missing(name: str) -> str:
    return f"{name} is not set. Find it at {WHERE[name]}."


def port_number(text: str) -> int:
    """argparse type for --port: 1 to 65535 (0 would pick a random port nobody has configured in Slack)."""
    if not re.fullmatch(r"[0-9]{1,5}", text) or not 1 <= int(text) <= 65_535:
        raise argparse.ArgumentTypeError(f"--port takes a port number from 1 to 65535, not {text[:20]!r}")
    return int(text)


def slack_configured(env: Mapping[str, str]) -> bool:
    """Any Slack setting present means the user meant to run the Slack app (and should hear what is missing)."""
    return any(env.get(name) for name in WHERE)
