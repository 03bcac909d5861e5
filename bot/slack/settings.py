"""Slack settings from the environment, checked at start with messages that say where to get each one."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from calculators.errors import PracticeGuideError

WHERE = {
    "SLACK_BOT_TOKEN": "Slack app settings > OAuth & Permissions > Bot User OAuth Token (starts xoxb-)",
    "SLACK_APP_TOKEN": "Slack app settings > Basic Information > App-Level Tokens, scope connections:write (starts xapp-)",
    "SLACK_SIGNING_SECRET": "Slack app settings > Basic Information > App Credentials > Signing Secret",
}
DEFAULT_FEEDBACK_DB = Path("var/feedback.sqlite3")
DEFAULT_RETENTION_DAYS = 365


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
        problems = []
        bot_token = env.get("SLACK_BOT_TOKEN", "").strip()
        app_token = env.get("SLACK_APP_TOKEN", "").strip() or None
        secret = env.get("SLACK_SIGNING_SECRET", "").strip() or None
        if not bot_token:
            problems.append(_missing("SLACK_BOT_TOKEN"))
        elif not bot_token.startswith("xoxb-"):
            problems.append(
                f"SLACK_BOT_TOKEN should start with xoxb-; find it at {WHERE['SLACK_BOT_TOKEN']}."
            )
        if http and not secret:
            problems.append(_missing("SLACK_SIGNING_SECRET") + " HTTP mode checks every request with it.")
        if not http and not app_token:
            problems.append(_missing("SLACK_APP_TOKEN") + " Socket Mode needs it (or run `serve --http`).")
        elif app_token and not app_token.startswith("xapp-"):
            problems.append(
                f"SLACK_APP_TOKEN should start with xapp-; find it at {WHERE['SLACK_APP_TOKEN']}."
            )
        retention_text = env.get("PRACTICE_GUIDE_FEEDBACK_RETENTION_DAYS", str(DEFAULT_RETENTION_DAYS))
        if not retention_text.isdigit() or int(retention_text) < 1:
            problems.append(
                f"PRACTICE_GUIDE_FEEDBACK_RETENTION_DAYS should be a whole number of days, not {retention_text!r}."
            )
        if problems:
            raise SettingsError("\n".join(problems))
        return cls(
            bot_token=bot_token,
            app_token=app_token,
            signing_secret=secret,
            api_base_url=env.get("SLACK_API_BASE_URL") or None,
            feedback_db=Path(env.get("PRACTICE_GUIDE_FEEDBACK_DB") or DEFAULT_FEEDBACK_DB),
            retention_days=int(retention_text),
        )


def _missing(name: str) -> str:
    return f"{name} is not set. Find it at {WHERE[name]}."


def slack_configured(env: Mapping[str, str]) -> bool:
    """Any Slack setting present means the user meant to run the Slack app (and should hear what is missing)."""
    return any(env.get(name) for name in WHERE)
