"""`practice-guide serve`: checks the settings, then runs Socket Mode or HTTP mode until stopped."""

from __future__ import annotations

import logging
import os
import sys

from bot.core import PracticeGuide
from bot.slack.settings import SettingsError, SlackSettings

DEFAULT_PORT = 3000


def serve(*, http: bool, port: int | None) -> int:
    try:
        settings = SlackSettings.from_env(os.environ, http=http)
    except SettingsError as exc:
        print(f"Practice Guide can't start the Slack app:\n{exc}", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from bot.slack.app import build_app
    from bot.slack.feedback import FeedbackStore

    guide = PracticeGuide.load()
    store = FeedbackStore(settings.feedback_db, retention_days=settings.retention_days)
    app = build_app(settings, guide, store)
    if http:
        from waitress import serve as waitress_serve

        from bot.slack.server import wsgi_app

        waitress_serve(wsgi_app(app), host="0.0.0.0", port=port or DEFAULT_PORT, threads=8)
    else:
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        SocketModeHandler(app, settings.app_token).start()
    return 0
