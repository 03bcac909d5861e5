"""Builds the bolt App: the client (with retries and an optional API base URL) and the listeners."""

from __future__ import annotations

import logging

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler

from bot.core import PracticeGuide
from bot.slack.feedback import FeedbackStore
from bot.slack.listeners import register_listeners
from bot.slack.settings import SlackSettings

RATE_LIMIT_RETRIES = 3


def build_app(settings: SlackSettings, guide: PracticeGuide, store: FeedbackStore) -> App:
    client = WebClient(
        token=settings.bot_token,
        base_url=settings.api_base_url or WebClient.BASE_URL,
        retry_handlers=[
            ConnectionErrorRetryHandler(),
            RateLimitErrorRetryHandler(max_retry_count=RATE_LIMIT_RETRIES),
        ],
    )
    app = App(
        client=client,
        signing_secret=settings.signing_secret or "",
        request_verification_enabled=settings.signing_secret is not None,
        # Bolt's debug logging would write payloads, questions included: keep it at INFO.
        logger=logging.getLogger("practice_guide.slack"),
    )
    register_listeners(app, guide, store)
    return app
