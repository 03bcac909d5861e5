"""Builds the bolt App: bolt's own client pointed at the configured API, the services, the listeners."""

from __future__ import annotations

import logging

from slack_bolt import App
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler
from slack_sdk.web import SlackResponse

from bot.core import PracticeGuide
from bot.slack.checks import check_app_token, check_bot_token
from bot.slack.deliveries import DeliveryLog
from bot.slack.feedback import FeedbackStore
from bot.slack.listeners import register_listeners
from bot.slack.pool import ListenerPool
from bot.slack.privacy import BOLT_LOGGER_NAME, quiet_third_party_loggers
from bot.slack.services import Services, provide
from bot.slack.settings import SlackSettings

RATE_LIMIT_RETRIES = 3
API_TIMEOUT_SECONDS = 10


def build_app(settings: SlackSettings, services: Services, pool: ListenerPool) -> App:
    """The app, answering on `pool`'s threads; call `remember_auth` once the token has been checked."""
    quiet_third_party_loggers()
    app = App(
        token=settings.bot_token,
        # The token is checked at start by bot.slack.checks, against the configured API base URL, which
        # bolt's own client only gets below; bolt would check it against slack.com.
        token_verification_enabled=False,
        # Acks go back from the request's thread; answering and posting run lazily on the executor.
        process_before_response=True,
        # HTTP requests are verified by bot.slack.server before bolt sees them (bolt's check logs bodies).
        request_verification_enabled=False,
        listener_executor=pool,
        logger=logging.getLogger(BOLT_LOGGER_NAME),
    )
    client = app.client
    client.base_url = settings.api_base_url or client.base_url
    client.timeout = API_TIMEOUT_SECONDS
    client.retry_handlers = [
        ConnectionErrorRetryHandler(),
        RateLimitErrorRetryHandler(max_retry_count=RATE_LIMIT_RETRIES),
    ]
    app.use(provide(services))
    register_listeners(app)
    return app


def remember_auth(app: App, auth: SlackResponse) -> None:
    """Hand bolt's single-workspace authorization the auth.test result from the start-up check.

    Otherwise bolt fetches it on the first request, in that request's thread, before the ack.
    """
    for middleware in app._middleware_list:
        if hasattr(middleware, "auth_test_result"):
            middleware.auth_test_result = auth


def checked_app(
    settings: SlackSettings,
    guide: PracticeGuide,
    pool: ListenerPool,
    store: FeedbackStore,
    *,
    socket_mode: bool,
) -> App:
    """The app as `serve` runs it, after checking the tokens with Slack (SettingsError naming the one to fix)."""
    app = build_app(settings, Services(guide, store, DeliveryLog()), pool)
    remember_auth(app, check_bot_token(app.client, settings))
    if socket_mode:
        check_app_token(app.client, settings)
    return app
