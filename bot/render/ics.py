"""Deadlines as an iCalendar file, so a worker can put a timeline into Outlook in one step."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from icalendar import Calendar, Event

from bot.wording import calendar_entry
from calculators.deadlines import Deadline

PRODUCT_ID = "-//Trafford Council//Practice Guide//EN"


def to_ics(deadlines: Sequence[Deadline], *, title: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", title)
    stamp = datetime.now(UTC)
    for deadline in deadlines:
        t = deadline.timescale
        event = Event()
        # A stable UID per rule and date: importing the same timeline twice updates, not duplicates.
        event.add("uid", f"{t.rule}-{deadline.start.isoformat()}-{deadline.due.isoformat()}@practice-guide")
        event.add("dtstamp", stamp)
        event.add("summary", t.label)
        event.add("dtstart", deadline.due)
        event.add("dtend", deadline.due + timedelta(days=1))
        event.add("description", calendar_entry(deadline))
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar.to_ical()
