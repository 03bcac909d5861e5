"""The Slack edge: bolt listeners that read a payload, ask the core, render Block Kit and reply.

Imported only by `practice-guide serve` / `start`, never on the `ask` path.
"""

from bot.slack.run import serve
from bot.slack.settings import slack_configured

__all__ = ["serve", "slack_configured"]
