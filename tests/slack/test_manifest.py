"""The app manifest validates against Slack's published schema and matches what the app listens for."""

from __future__ import annotations

import json
from pathlib import Path

from jsonschema import Draft7Validator

from bot.slack.listeners.shortcuts import SHORTCUT_ID

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def test_manifest_is_valid_against_the_schema() -> None:
    schema = json.loads((DEPLOY / "manifest-schema" / "manifest.schema.1.0.0.json").read_text())
    manifest = json.loads((DEPLOY / "manifest.json").read_text())
    errors = [f"{list(e.path)}: {e.message}" for e in Draft7Validator(schema).iter_errors(manifest)]
    assert errors == []


def test_manifest_matches_the_listeners() -> None:
    manifest = json.loads((DEPLOY / "manifest.json").read_text())
    features, settings = manifest["features"], manifest["settings"]
    assert [c["command"] for c in features["slash_commands"]] == ["/practice"]
    assert [s["callback_id"] for s in features["shortcuts"]] == [SHORTCUT_ID]
    assert set(settings["event_subscriptions"]["bot_events"]) == {
        "app_mention",
        "message.im",
        "app_home_opened",
    }
    assert settings["socket_mode_enabled"] is True and settings["interactivity"]["is_enabled"] is True
    assert {"chat:write", "commands", "app_mentions:read", "im:history"} <= set(
        manifest["oauth_config"]["scopes"]["bot"]
    )


def test_schema_catches_a_broken_manifest() -> None:
    schema = json.loads((DEPLOY / "manifest-schema" / "manifest.schema.1.0.0.json").read_text())
    assert list(Draft7Validator(schema).iter_errors({"features": {}}))
