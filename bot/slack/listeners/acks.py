"""The ack every listener sends at once, before any answering or posting.

The app runs with `process_before_response=True`: this function runs in the request's own thread and
the real work runs lazily on bolt's executor, so a slow Slack Web API can never make an ack late
(Slack gives up after 3 seconds and the user sees "didn't respond").
"""

from __future__ import annotations

from slack_bolt import Ack


def acknowledge(ack: Ack) -> None:
    ack()
