"""Hypothesis strategies for deadline questions over the whole date range (year 1 to 9999).

Used by tests/fuzz and by bench/soak_dates.py, which runs the same strategies for longer.
"""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

# Every year, and often the supported years and their edges, where most questions are.
ANY_DAY = st.one_of(
    st.dates(min_value=date.min, max_value=date.max),
    st.dates(min_value=date(1985, 1, 1), max_value=date(2105, 12, 31)),
)
FORMATS = (
    "{d.day:02d}/{d.month:02d}/{d.year:04d}",
    "{d.day}/{d.month}/{y2:02d}",
    "{d.year:04d}-{d.month:02d}-{d.day:02d}",
    "{d.day} {month} {d.year}",
    "{weekday} {d.day} {month}",
    "{d.day}.{d.month}.{d.year}",
    "{d.day}/{d.month}",
    "{month} {d.day}, {d.year}",
    "{weekday} {d.day}/{d.month}",
    "{weekday} {d.day}th",
    "on the {d.day}th",
    "on the {d.day}th of last month",
    "the {d.day}th of next month",
    "({weekday})",
)
WORDS = (
    "strat was",
    "icpc on",
    "dob",
    "born",
    "placed",
    "last visit",
    "came into care",
    "temporary approval ends",
    "12 week review legal planning meeting was",
    "review conference",
    "today",
    "yesterday",
    "last Friday",
    "on Monday",
    "tomorrow",
    "yday",
    "tmrw",
    "booked for",
    "isn't until",
    "visit recorded",
    "deadline icpc",
    "timeline strat",
    "deadline pathway-plan",
)
ASKS = (
    "when's the icpc?",
    "report to chair by?",
    "when does she turn 12?",
    "next visit?",
    "",
    "when is it due",
    "- in timescale?",
    "compliant?",
    "what's next?",
)
_MONTHS = ("January", "Feb", "march", "Apr", "May", "june", "Jul", "AUG", "sept", "Oct", "nov", "December")
_WEEKDAYS = ("Monday", "tue", "Wednesday", "thurs", "Fri", "Saturday", "sun")


@st.composite
def written_date(draw: st.DrawFn) -> str:
    """A date of any year written the way workers type them (and some impossible ones)."""
    day = draw(ANY_DAY)
    pattern = draw(st.sampled_from(FORMATS))
    return pattern.format(
        d=day,
        y2=day.year % 100,
        month=_MONTHS[day.month - 1],
        weekday=draw(st.sampled_from(_WEEKDAYS)),
    )


@st.composite
def deadline_question(draw: st.DrawFn) -> str:
    """A deadline question, a command, or noise around dates of any year."""
    parts = [
        draw(st.sampled_from(WORDS)),
        draw(written_date()),
        draw(st.sampled_from(ASKS)),
    ]
    if draw(st.booleans()):
        parts.insert(draw(st.integers(0, len(parts))), draw(st.text(max_size=30)))
    if draw(st.booleans()):
        parts.append(draw(written_date()))
    return " ".join(parts)
