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
        from bot.slack.app import checked_app
        from bot.slack.feedback import FeedbackStore

        store = FeedbackStore(settings.feedback_db, retention_days=settings.retention_days)
        guide = PracticeGuide.load()
        guide.steps.rule_index  # noqa: B018 - a long-running app builds it now, not on its first deadline question
        app = checked_app(settings, guide, pool, store, socket_mode=not http)
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

    from bot.slack.checks import one_message

    handler = SocketModeHandler(app, settings.app_token)
    with one_message(handler.client.logger):
        try:
            handler.connect()  # slack_sdk logs a failed WebSocket handshake and returns: check, don't trust
            failure = None if handler.client.is_connected() else "no connection"
        except Exception as error:
            failure = type(error).__name__
        if failure:
            handler.close()  # before its monitor thread starts retrying (and logging) in the background
    if failure:
        print(
            f"Practice Guide can't open the Socket Mode WebSocket that Slack handed out ({failure}). "
            "Check this machine can make outbound WebSocket (wss://) connections to *.slack.com.",
            file=sys.stderr,
        )
        return 1
    logger.info("connected to Slack over Socket Mode")
    try:
        return watch(handler.client.is_connected, Heartbeat.from_env(), stop)
    finally:
        handler.close()
