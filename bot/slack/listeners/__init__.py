"""Bolt listeners, one module per kind, each with a `register(app)` wiring module-level functions."""

from __future__ import annotations

from slack_bolt import App

from bot.slack.listeners import actions, commands, errors, events, shortcuts


def register_listeners(app: App) -> None:
    for kind in (events, commands, actions, shortcuts, errors):
        kind.register(app)
