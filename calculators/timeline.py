"""Every deadline that follows one event, chained: strategy discussion -> ICPC -> first core group."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from calculators.deadlines import Deadline, compute
from calculators.timescale import Timescale
from calculators.working_calendar import WorkingCalendar


def timeline(
    event_id: str, start: date, timescales: Sequence[Timescale], calendar: WorkingCalendar
) -> tuple[Deadline, ...]:
    """Deadlines counted from the event, then from the events those produce, in date order.

    Each produced event is dated by the rule that produces it (its due date), and is expanded once,
    so a cycle in the data cannot loop.
    """
    rules = {t.rule: t for t in timescales}
    results: list[Deadline] = []
    pending = [(event_id, start)]
    expanded: set[str] = set()
    while pending:
        event, when = pending.pop(0)
        if event in expanded:
            continue
        expanded.add(event)
        for timescale in timescales:
            if timescale.start_event != event:
                continue
            result = compute(timescale, when, calendar, rules=rules)
            results.append(result)
            if timescale.produces and timescale.produces not in expanded:
                pending.append((timescale.produces, result.due))
    results.sort(key=lambda r: (r.due, r.timescale.rule))
    return tuple(results)
