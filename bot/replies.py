"""The plain-text wording of every kind of reply: what `reply` holds and what the terminal shows.

Kept apart from deciding what to answer (bot/core.py) so that wording can change without touching
matching, and apart from Slack's Block Kit, which lays out the same Answer fields richly.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from calculators.chatdates import FoundDate
from calculators.deadlines import Deadline, long_date
from calculators.timescale import Count, Timescale
from knowledge.records import Entry, GlossaryTerm

if TYPE_CHECKING:
    from bot.answer import Choice

EXAMPLES = (
    "what's a core group?",
    "how often do I visit a child on a CP plan?",
    "strat was 19/12/25, when's the ICPC?",
    "child came into care 02/11/2026, when is the IHA due?",
    "what should my report to the ICPC include?",
    "what does SHOPBA stand for?",
)
PRIVACY = "Please don't put a child's name or details in a question: I don't need them to answer."


def where(entry: Entry) -> str:
    return f"{entry.section} › {entry.subsection}" if entry.subsection else entry.section


def quote(entry: Entry) -> str:
    return "\n".join(f"> {line}" for line in entry.text.splitlines())


def standard(entry: Entry, related: Sequence[Entry], *, invite: Timescale | None, event_label: str) -> str:
    parts = [f"{entry.title}", f"Practice standard ({where(entry)}, {entry.id}):", quote(entry)]
    if entry.note:
        parts.append(f"Note: {entry.note}")
    if invite is not None:
        parts.append(
            f"To work out the date, tell me the date of {event_label}, for example "
            f'"{invite.names[0] if invite.names else invite.label} {event_example(invite)}".'
        )
    if related:
        parts.append("Also see: " + "; ".join(f"{e.title} ({e.id})" for e in related))
    return "\n".join(parts)


def event_example(timescale: Timescale) -> str:
    return "was 19/12/2025" if timescale.count not in (Count.AGE,) else "date of birth 19/12/2012"


def glossary(term: GlossaryTerm, see_also: Sequence[Entry]) -> str:
    head = term.term if term.expansion.lower() == term.term.lower() else f"{term.term}: {term.expansion}"
    parts = [head, term.explanation]
    if see_also:
        parts.append("In the standards: " + "; ".join(f"{e.title} ({e.id})" for e in see_also))
    return "\n".join(parts)


def deadline(result: Deadline, entry: Entry, found: FoundDate | None, *, other_dates: int = 0) -> str:
    t = result.timescale
    lines = [f"{t.label}: {_due_phrase(result)}", f"How it was counted: {result.explanation}"]
    if result.schedule and t.count in (Count.EVERY_WEEKS, Count.EVERY_MONTHS, Count.PHASED):
        lines.append("Then: " + ", ".join(long_date(d) for d in result.schedule[1:]))
    if found is not None and found.year_assumed:
        lines.append(f'I read "{found.text}" as {long_date(found.day)}. If you meant another year, say so.')
    if other_dates:
        lines.append(f"You gave more than one date; I counted from {long_date(result.start)}.")
    if t.note:
        lines.append(f"Note: {t.note}")
    lines.append(f"The standard ({where(entry)}, {entry.id}):")
    lines.append(quote(entry))
    return "\n".join(lines)


def _due_phrase(result: Deadline) -> str:
    if result.earliest is not None:
        return f"between {long_date(result.earliest)} and {result.due_text}{_flag(result)}"
    return f"due {result.due_text}{_flag(result)}"


def _flag(result: Deadline) -> str:
    """A due date on a weekend or bank holiday is flagged wherever it is shown."""
    if result.due_is_working_day or result.last_working_day_before is None:
        return ""
    return (
        f" (not a working day: the last working day before it is {long_date(result.last_working_day_before)})"
    )


def timeline(event_label: str, start: date, results: Sequence[Deadline]) -> str:
    lines = [f"Timeline from {event_label} on {long_date(start)}:"]
    for result in results:
        lines.append(
            f"- {result.due_text}{_flag(result)}: {result.timescale.label} "
            f"({result.timescale.rule}, {result.timescale.standard_id})"
        )
    lines.append("Each date is counted as its standard words it; ask `deadline RULE DATE` to see how.")
    return "\n".join(lines)


def ask_which_step(found: FoundDate, candidates: Sequence[Timescale]) -> str:
    lines = [f"I see the date {long_date(found.day)}, but not which step you need the deadline for."]
    if candidates:
        lines.append(
            "Did you mean: " + "; ".join(f"{t.label} (`deadline {t.rule} DATE`)" for t in candidates)
        )
    lines.append(
        'Try e.g. "strat was 19/12/2025, when is the ICPC due?" or `rules` for every step I can count.'
    )
    return "\n".join(lines)


def choose_step(choices: Sequence[Choice]) -> str:
    lines = ["That could be more than one step, with different dates. Which do you mean?"]
    lines.extend(
        f"{i}. {c.label}: {long_date(c.due)} (counted from {long_date(c.start)}; {c.standard_id})"
        for i, c in enumerate(choices, start=1)
    )
    lines.append("Reply with its number, or ask again naming the step.")
    return "\n".join(lines)


def date_problems(problems: Sequence[str]) -> str:
    return "\n".join([*problems, "Dates are read day first: 03/04/2026 is 3 April 2026."])


def unknown(suggestions: Sequence[Entry], *, reason: str = "") -> str:
    lines = [reason or "I don't know: I couldn't find a practice standard that answers that."]
    if suggestions:
        lines.append("The nearest I have:")
        lines.extend(f"- {e.title} ({where(e)}, {e.id})" for e in suggestions)
    lines.append('Try other words, ask about one step ("how often are CIN visits?"), or type `help`.')
    return "\n".join(lines)


def help_text() -> str:
    lines = [
        "I'm Practice Guide. I answer from Trafford's Social Work Practice Standards, quoting them word for word.",
        "Ask me things like:",
        *(f"- {example}" for example in EXAMPLES),
        "Deadlines: give the step and the date, day first (19/12/2025), and I'll count it the way the "
        "standard words it, skipping weekends and bank holidays where it says working days.",
        "Commands: `deadline RULE DATE`, `timeline EVENT DATE`, `rules` (every step I can count), `help`.",
        PRIVACY,
    ]
    return "\n".join(lines)


def rules_list(timescales: Sequence[Timescale]) -> str:
    return "\n".join(f"{t.rule}: {t.label} ({t.standard_id})" for t in timescales)
