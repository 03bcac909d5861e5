"""Bolt listeners, one module per kind; each `register` wires plain callbacks to the app."""

from __future__ import annotations

from slack_bolt import App

from bot.core import PracticeGuide
from bot.slack.deliveries import DeliveryLog
from bot.slack.feedback import FeedbackStore
from bot.slack.listeners import actions, commands, errors, events, shortcuts


def register_listeners(app: App, guide: PracticeGuide, store: FeedbackStore) -> None:
    events.register(app, guide, DeliveryLog())
    commands.register(app, guide)
    actions.register(app, guide, store)
    shortcuts.register(app, guide)
    errors.register(app)
