"""The day a Slack message was written, in Trafford's time zone: what "today" and "yesterday" mean in it.

The server may run on UTC; between midnight and 1 am in summer a worker's "today" is already
tomorrow in UTC terms, so the day comes from the message's own timestamp read in Europe/London.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

TRAFFORD = ZoneInfo("Europe/London")


def day_of(ts: str | None = None) -> date:
    """The Europe/London date of a Slack `ts` ("1765000000.000100"), or of now when there is none."""
    try:
        moment = datetime.fromtimestamp(float(ts), TRAFFORD) if ts else datetime.now(TRAFFORD)
    except (ValueError, OverflowError, OSError):
        moment = datetime.now(TRAFFORD)
    return moment.date()
