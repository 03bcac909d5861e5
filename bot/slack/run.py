"""`practice-guide serve`: checks the settings and Slack, then runs Socket Mode or HTTP mode until stopped.

Every start-up problem is one message on stderr naming what to fix, exit status 2, and no traceback.
SIGTERM (docker stop, systemctl stop) stops cleanly: answers already acked are still posted.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
from types import FrameType

from slack_bolt import App

from bot.core import PracticeGuide
from bot.slack.health import Heartbeat, answers, watch
from bot.slack.pool import ListenerPool
from bot.slack.privacy import LOGGER_NAME
from bot.slack.settings import DEFAULT_HOST, DEFAULT_PORT, SettingsError, SlackSettings

logger = logging.getLogger(LOGGER_NAME)
STOP_GRACE_SECONDS = 20.0


def _stop_on_sigterm(stop: threading.Event) -> None:
    def on_sigterm(signum: int, frame: FrameType | None) -> None:
        stop.set()
        raise SystemExit(0)  # unblocks waitress's loop (it shuts its threads down) or the socket wait

    signal.signal(signal.SIGTERM, on_sigterm)


def serve(*, http: bool, port: int | None, host: str = DEFAULT_HOST) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    pool = ListenerPool()
    stop = threading.Event()
    try:
        settings = SlackSettings.from_env(os.environ, http=http)
        app = _checked_app(settings, pool, socket_mode=not http)
        _stop_on_sigterm(stop)
        if http:
            return _serve_http(app, settings, host=host, port=port or DEFAULT_PORT, stop=stop)
        return _serve_socket_mode(app, settings, stop=stop)
    except SettingsError as exc:
        print(f"Practice Guide can't start the Slack app:\n{exc}", file=sys.stderr)
        return 2
    except SystemExit:
        return 0
    finally:
        stop.set()
        pool.wait_idle(STOP_GRACE_SECONDS)
        pool.shutdown(wait=False)


def _checked_app(settings: SlackSettings, pool: ListenerPool, *, socket_mode: bool) -> App:
    from bot.slack.app import build_app, remember_auth
    from bot.slack.checks import check_app_token, check_bot_token
    from bot.slack.deliveries import DeliveryLog
    from bot.slack.feedback import FeedbackStore
    from bot.slack.services import Services

    store = FeedbackStore(settings.feedback_db, retention_days=settings.retention_days)
    app = build_app(settings, Services(PracticeGuide.load(), store, DeliveryLog()), pool)
    remember_auth(app, check_bot_token(app.client, settings))
    if socket_mode:
        check_app_token(app.client, settings)
    return app


def _serve_http(app: App, settings: SlackSettings, *, host: str, port: int, stop: threading.Event) -> int:
    from bot.slack.http_server import HttpServer
    from bot.slack.server import EVENTS_PATH, HEALTH_PATH, wsgi_app

    try:
        server = HttpServer(wsgi_app(app, settings.signing_secret or ""), host=host, port=port)
    except OSError as error:
        raise SettingsError(
            f"Can't listen on --host {host} --port {port}: {error.strerror or type(error).__name__}. "
            "Choose a free port with --port, or an address of this machine with --host."
        ) from None
    local = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
    beat = threading.Thread(
        target=watch,
        args=(answers(f"http://{local}:{server.port}{HEALTH_PATH}"), Heartbeat.from_env(), stop),
        daemon=True,
    )
    beat.start()
    logger.info("answering Slack on http://%s:%s%s", host, server.port, EVENTS_PATH)
    server.run()
    return 0


def _serve_socket_mode(app: App, settings: SlackSettings, *, stop: threading.Event) -> int:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    handler = SocketModeHandler(app, settings.app_token)
    try:
        handler.connect()
    except Exception as error:
        print(
            "Practice Guide can't open the Socket Mode connection Slack handed out "
            f"({type(error).__name__}). Check this machine can make outbound WebSocket (wss://) "
            "connections to *.slack.com.",
            file=sys.stderr,
        )
        return 1
    logger.info("connected to Slack over Socket Mode")
    try:
        return watch(handler.client.is_connected, Heartbeat.from_env(), stop)
    finally:
        handler.close()
