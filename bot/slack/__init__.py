"""The Slack edge: bolt listeners that read a payload, ask the core, render Block Kit and reply.

Deliberately empty: `bot.slack.settings` is imported by the CLI's parser, and must not pull in bolt,
slack_sdk or waitress on the `ask` path. `practice-guide serve` imports `bot.slack.run`.
"""
