"""Start-up checks against Slack itself: the bot token (auth.test) and, for Socket Mode, the app token.

Each failure becomes a SettingsError naming the setting to fix; the exception's own text is left out
(it can quote a URL with credentials, or a response body) and only its type is shown.
"""

from __future__ import annotations

import logging
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.web import SlackResponse

from bot.slack.settings import WHERE, SettingsError, SlackSettings

SLACK_API = "https://slack.com/api/"


def _api_error(error: SlackApiError) -> str:
    code = error.response.get("error") if isinstance(error.response.data, dict) else None
    return repr(str(code)[:40]) if code else "an unexpected answer"


def _unreachable(settings: SlackSettings, error: Exception) -> SettingsError:
    if settings.api_base_url:
        parts = urllib.parse.urlsplit(settings.api_base_url)
        shown = f"{parts.scheme}://{parts.hostname}{f':{parts.port}' if parts.port else ''}{parts.path}"
        return SettingsError(
            f"Can't reach Slack's Web API at SLACK_API_BASE_URL ({shown}): "
            f"{type(error).__name__}. Check the URL, or leave it unset to use {SLACK_API}."
        )
    return SettingsError(
        f"Can't reach Slack's Web API at {SLACK_API}: {type(error).__name__}. "
        "Check this machine can make outbound HTTPS connections to slack.com."
    )


@contextmanager
def one_message(logger: logging.Logger) -> Iterator[None]:
    """Silence slack_sdk's own lines about a failing start-up call and its retries (several, some saying
    "established" when nothing was): the one message that follows says what happened and what to fix."""
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def check_bot_token(client: WebClient, settings: SlackSettings) -> SlackResponse:
    """auth.test, once at start; its result is handed to bolt so no request has to wait for it."""
    try:
        with one_message(client.logger):
            return client.auth_test()
    except SlackApiError as error:
        raise SettingsError(
            f"SLACK_BOT_TOKEN was refused by Slack (auth.test said {_api_error(error)}). "
            f"Copy it again from {WHERE['SLACK_BOT_TOKEN']}."
        ) from None
    except Exception as error:  # connection refused, DNS, timeout, a server that is not Slack
        raise _unreachable(settings, error) from None


def check_app_token(client: WebClient, settings: SlackSettings) -> None:
    """apps.connections.open, as Socket Mode will call it: a refusal here is about SLACK_APP_TOKEN."""
    try:
        with one_message(client.logger):
            client.apps_connections_open(app_token=settings.app_token or "")
    except SlackApiError as error:
        raise SettingsError(
            f"SLACK_APP_TOKEN was refused by Slack (apps.connections.open said {_api_error(error)}). "
            f"Check Socket Mode is on and copy the token again from {WHERE['SLACK_APP_TOKEN']}."
        ) from None
    except Exception as error:
        raise _unreachable(settings, error) from None
