"""A timeline chains steps through the events they produce, and exports to a valid iCalendar file."""

from __future__ import annotations

from datetime import date

from icalendar import Calendar

from bot.render.ics import to_ics
from calculators.timeline import timeline
from calculators.timescale import Count, Timescale
from calculators.working_calendar import WorkingCalendar

RULES = (
    Timescale("icpc", "ICPC", Count.WORKING_DAYS, "strat", "s-14", n=15, produces="icpc"),
    Timescale("to-chair", "Report to the chair", Count.WORKING_DAYS_BEFORE, "icpc", "s-17", n=3),
    Timescale("core-group", "First core group", Count.CALENDAR_DAYS, "icpc", "c-02", n=10, produces="core"),
    Timescale("visit", "CP visit", Count.EVERY_WEEKS, "core", "c-03", n=4, produces="strat"),  # a cycle back
    Timescale("other", "Unrelated", Count.WEEKS, "elsewhere", "x-01", n=1),
)


def test_chained_in_date_order_without_looping() -> None:
    results = timeline("strat", date(2025, 12, 19), RULES, WorkingCalendar())
    assert [(r.timescale.rule, r.due.isoformat()) for r in results] == [
        ("to-chair", "2026-01-09"),
        ("icpc", "2026-01-14"),
        ("core-group", "2026-01-24"),
        ("visit", "2026-02-21"),
    ]


def test_ics_parses_back_with_the_right_all_day_events() -> None:
    results = timeline("strat", date(2025, 12, 19), RULES, WorkingCalendar())
    calendar = Calendar.from_ical(to_ics(results, title="Timeline"))
    events = sorted(calendar.walk("VEVENT"), key=lambda e: e.decoded("dtstart"))
    assert [str(e["summary"]) for e in events] == [
        "Report to the chair",
        "ICPC",
        "First core group",
        "CP visit",
    ]
    assert events[1].decoded("dtstart") == date(2026, 1, 14)
    assert events[1].decoded("dtend") == date(2026, 1, 15)
    assert "15 working days after Friday 19 December 2025" in str(events[1]["description"])
    assert len({str(e["uid"]) for e in events}) == 4
    assert calendar["prodid"] and calendar["version"] == "2.0"
