"""Every sentence the bot says, in one place a practice lead can read and change.

The layout (bot/render/lines.py, drawn as text and as Block Kit) only arranges these phrases; the core
(bot/core.py) only decides which parts an answer has. Dates are always written one way: `long_date`;
how a deadline was counted is worded in bot/counting_words.py.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date

from bot.answer import DateInvite, Match, Reason
from bot.counting_words import counting, long_date
from calculators.chatdates import DateProblem, FoundDate, Trouble
from calculators.deadlines import Deadline
from calculators.timescale import Count, Timescale
from calculators.working_calendar import FIRST_DAY, LAST_DAY
from knowledge.not_covered import NotCovered
from knowledge.records import Event, GlossaryTerm

EXAMPLES = (
    "what's a core group?",
    "how often do I visit a child on a CP plan?",
    "strat was 19/12/25, when's the ICPC?",
    "child came into care 02/11/2026, when is the IHA due?",
    "ICPC was 02/11/2026, what's next?",
    "what should my report to the ICPC include?",
    "what does SHOPBA stand for?",
)
PRIVACY = "Please don't put a child's name or details in a question: I don't need them to answer."
INTRO = (
    "I'm Practice Guide. I answer from Trafford's Social Work Practice Standards, quoting them word for word."
)
ASK_LIKE = "Ask me things like:"
DEADLINES_HOW = (
    "Deadlines: give the step and the date, day first (19/12/2025), and I'll count it the way the "
    "standard words it, skipping weekends and bank holidays where it says working days."
)
COMMANDS = "Commands: `deadline RULE DATE`, `timeline EVENT DATE`, `rules` (every step I can count), `help`."
CHAT_BANNER = "Practice Guide: ask about Trafford's Social Work Practice Standards. `help` for examples, `quit` to leave."
BYE = "Bye."


def calendar_title(events: Sequence[Event]) -> str:
    """The name of a timeline's calendar file in Outlook."""
    return f"Practice Guide: from {_either(events)}" if events else "Practice Guide"


def calendar_entry(result: Deadline) -> str:
    """The description of one deadline in a calendar file: how it was counted, and its standard."""
    return f"{counting(result)}\nPractice standard {result.timescale.standard_id}."


DAY_FIRST = "Dates are read day first: 03/04/2026 is 3 April 2026."
NEAREST = "The nearest I have:"
TRY_AGAIN = 'Try other words, ask about one step ("how often are CIN visits?"), or type `help`.'
HOW_COUNTED = "How it was counted:"
HELPFUL = "Helpful"
NOT_HELPFUL = "Not helpful"
SHORTENED = "(shortened)"
APOLOGY = "Sorry, something went wrong on my side and I couldn't answer that. Please try again in a minute."

_UNKNOWN = {
    Reason.NO_MATCH: "I don't know: I couldn't find a practice standard that answers that.",
    Reason.NO_WORDS: "I couldn't find any words in that. Ask me about a practice standard.",
    Reason.DID_YOU_MEAN: "I'm not sure enough to quote a standard for that. Did you mean one of these?",
}


def where(match: Match) -> str:
    return f"{match.section} › {match.subsection}" if match.subsection else match.section


def cite(match: Match) -> str:
    """'Practice standard (Children in Care, cic-04):' above a quote."""
    return f"Practice standard ({where(match)}, {match.id}):"


def note(text: str) -> str:
    return f"Note: {text}"


def also_see(related: Sequence[Match]) -> str:
    return "Also see: " + "; ".join(f"{m.title} ({m.id})" for m in related)


def invite(invite: DateInvite) -> str:
    t = invite.timescale
    name = t.names[0] if t.names else t.label
    if t.count is Count.AGE:
        return f'To work out the date, tell me the date of birth, for example "{name}, date of birth 19/12/2012".'
    event = invite.event_name or invite.event_label
    # "the date on the PLO letter" is a date already: not "the date of the date on ...".
    wanted = (
        invite.event_label
        if invite.event_label.startswith("the date")
        else f"the date of {invite.event_label}"
    )
    return (
        f"To work out the date, tell me {wanted}, "
        f'for example "{event} was 19/12/2025, when is the {name} due?"'
    )


def also_means(term: GlossaryTerm) -> str:
    """A term the question also asked about, beside the deadline it asked for."""
    return f"{glossary_head(term)}: {term.explanation}"


def glossary_head(term: GlossaryTerm) -> str:
    return term.term if term.expansion.lower() == term.term.lower() else f"{term.term}: {term.expansion}"


def in_the_standards(matches: Sequence[Match]) -> str:
    return "In the standards: " + "; ".join(f"{m.title} ({m.id})" for m in matches)


def due(result: Deadline) -> str:
    """'ICPC: due Wednesday 14 January 2026', the window a visit falls in, or the day an age is reached.

    A due date on a weekend or bank holiday carries the last working day before it here, in the line
    a worker reads first, not only in the account of the count.
    """
    label = result.timescale.label
    if result.timescale.count is Count.AGE:
        return f"{label}: {long_date(result.due)}"
    if result.timescale.at_the_earliest:
        return f"{label}: {long_date(result.due)}{not_working(result)}"  # the first day allowed: no deadline
    if result.earliest is not None:
        return (
            f"{label}: between {long_date(result.earliest)} and {long_date(result.due)}{not_working(result)}"
        )
    return f"{label}: due {long_date(result.due)}{not_working(result)}"


def how_counted(result: Deadline) -> str:
    return f"{HOW_COUNTED} {counting(result)}"


def then(result: Deadline) -> str | None:
    """The visits after the next one, for a recurring timescale."""
    if len(result.schedule) < 2:
        return None
    why = {s.day: s.name for s in result.schedule_not_working}
    return "Then: " + ", ".join(
        f"{long_date(d)} (not a working day: {why[d]})" if d in why else long_date(d)
        for d in result.schedule[1:]
    )


def read_as(found: FoundDate) -> str:
    other = "month or year" if found.month_assumed else "year"
    return f'I read "{found.text}" as {long_date(found.day)}. If you meant another {other}, say so.'


def other_dates(start: date) -> str:
    return f"You gave more than one date; I counted from {long_date(start)}."


def checked(day: date, result: Deadline) -> str:
    """The verdict on a date checked against the standard, counted from the other date given."""
    told = f"{long_date(day)}, the date you gave for it,"
    if result.timescale.at_the_earliest:
        if result.allows(day):
            return f"{told} is on or after the earliest the standard allows ({long_date(result.due)}): in timescale."
        return f"{told} is before the earliest the standard allows ({long_date(result.due)}): too early."
    if result.allows(day):
        return f"{told} is within the timescale (due by {long_date(result.due)})."
    if day > result.due:
        return f"{told} is after the deadline ({long_date(result.due)}): out of timescale."
    earliest = long_date(result.earliest or result.due)
    return f"{told} is before the earliest the standard allows ({earliest}): out of timescale."


def the_standard(match: Match) -> str:
    return f"The standard ({where(match)}, {match.id}):"


def timeline_head(events: Sequence[Event], start: date) -> str:
    return f"Timeline from {_either(events)} on {long_date(start)}:"


def _either(events: Sequence[Event]) -> str:
    """ "the initial conference or the review conference": a name two events share is followed for both."""
    return " or ".join(e.label for e in events)


def timeline_item(result: Deadline) -> str:
    t = result.timescale
    return f"{long_date(result.due)}: {t.label} ({t.rule}, {t.standard_id}){not_working(result)}"


TIMELINE_FOOT = "Each date is counted as its standard words it; ask `deadline RULE DATE` to see how."
TIMELINE_EMPTY = "Nothing in the standards is counted from that event."


def which_step(seen: date | None) -> str:
    if seen is None:
        return "I see a date, but not which step you need the deadline for."
    return f"I see the date {long_date(seen)}, but not which step you need the deadline for."


def earliest_start(event_label: str, step_label: str) -> str:
    """The label of a timescale counted backwards: 'Earliest date of the initial strategy discussion ...'."""
    return f"Earliest date of {event_label} for the {step_label} on that date to be in timescale"


def earliest_after(event_label: str, step_event_label: str) -> str:
    """The label of a step due before its event, counted forward: 'Earliest date of the case transferring ...'."""
    return f"Earliest date of {event_label}, for {step_event_label} on that date to be in time"


def earliest_of(step_label: str) -> str:
    """The label of a window's first day: 'Next PLO review meeting, at the earliest'."""
    return f"{step_label}, at the earliest"


CHOOSE_STEP = "That could be more than one step, with different dates. Which do you mean?"
CHOOSE_STEP_FOOT = "Pick its number, or ask again naming the step."
# A lone step found only weakly: its date is offered, not given as the answer.
ONE_STEP_GUESSED = "I'm not sure which step you mean. Is it this one?"


def not_working(result: Deadline) -> str:
    """', not a working day: the last working day before it is ...' for a due date on a weekend or holiday
    (the first working day after it, for the earliest day an event may be)."""
    instead = result.working_day_instead
    if instead is None:
        return f", not a working day ({result.due_not_working})" if result.due_not_working else ""
    which, day = instead
    return f", not a working day: {which} is {long_date(day)}"


def option(number: int, result: Deadline) -> str:
    """'1. ICPC report sent to the chair: Thursday 3 December 2026 (counted from ...; s47-17)'."""
    t = result.timescale
    return (
        f"{number}. {t.label}: {long_date(result.due)}{not_working(result)} "
        f"(counted from {long_date(result.start)}; {t.standard_id})"
    )


def alternative(result: Deadline) -> str:
    """The same step for the other meeting the question may mean, due later: why the earlier date is given."""
    t = result.timescale
    return (
        f"If you meant the other meeting: {t.label}, due {long_date(result.due)}{not_working(result)} "
        f"(practice standard {t.standard_id}). The date above meets both."
    )


def other_start(result: Deadline, event: str, checked: date | None) -> str:
    """The same step counted from another event it may also run from: the standards don't say which, so that
    date is shown too, and what it says of a date checked."""
    verdict = ""
    if checked is not None:
        verdict = (
            " By that count it was in time." if result.allows(checked) else " By that count it was late."
        )
    return (
        f"Counted from {event} on {long_date(result.start)} instead, it is due {long_date(result.due)}"
        f"{not_working(result)}: the standards don't say which date it runs from.{verdict}"
    )


def same_day(result: Deadline) -> str:
    """Another step the question may mean, due the same day: named, so that a worker who meant it knows."""
    t = result.timescale
    return f"{t.label} falls due the same day ({counting(result).rstrip('.')}; practice standard {t.standard_id})."


def rule_choice(t: Timescale) -> str:
    return f"{t.label} (`deadline {t.rule} DATE`)"


def did_you_mean_rules(choices: Sequence[Timescale]) -> str:
    return "Did you mean: " + "; ".join(rule_choice(t) for t in choices)


WHICH_STEP_EXAMPLE = (
    'Try e.g. "strat was 19/12/2025, when is the ICPC due?" or `rules` for every step I can count.'
)


def date_problem(p: DateProblem) -> str:
    """Why a date as written can't be read, and what to do about it."""
    month = calendar.month_name[p.month] if 1 <= p.month <= 12 else str(p.month)
    match p.trouble:
        case Trouble.NOT_A_MONTH:
            return f"{p.month} isn't a month: dates are read day first, so \"{p.text}\" can't be a date (e.g. 19/12/2025 is 19 December)."
        case Trouble.NO_SUCH_DAY:
            last = calendar.monthrange(p.year or 2001, p.month)[1]
            return f'"{p.text}" isn\'t a real date: {month} {p.year} has {last} days.'
        case Trouble.NEVER_SUCH_DAY:
            return f'"{p.text}" isn\'t a real date: {month} never has {p.day} days.'
        case Trouble.WRONG_WEEKDAY if p.found is not None and p.wanted_weekday is not None:
            tense = "was" if p.past else "is"
            written = calendar.day_name[p.wanted_weekday]
            return f"{p.found.day} {p.found:%B %Y} {tense} a {p.found:%A}, not a {written}. Which date did you mean?"
    return (
        f'"{p.text}" is outside the dates I can count ({FIRST_DAY.year} to {LAST_DAY.year}). Check the year.'
    )


WHICH_DATE = "I couldn't tell which of the dates to count from. Say which event each date is."


def unknown(reason: Reason | None) -> str:
    return _UNKNOWN.get(reason or Reason.NO_MATCH, _UNKNOWN[Reason.NO_MATCH])


def suggestion(match: Match) -> str:
    return f"{match.title} ({where(match)}, {match.id})"


def unknown_rule(name: str, close: Sequence[Timescale]) -> str:
    names = ", ".join(f"`{t.rule}`" for t in close)
    return f"I don't know the rule `{name}`. Did you mean {names}? `rules` lists them all."


def unknown_event(name: str, known: Sequence[Event]) -> str:
    ids = ", ".join(f"`{e.id}`" for e in known)
    return f"I don't know the event `{name}`. I know: {ids}."


def not_covered(topic: NotCovered) -> str:
    return (
        f"The practice standards don't cover {topic.label}, so I can't answer that from them. "
        f"Ask {topic.ask}."
    )


def untimed(t: Timescale) -> str:
    """A step asked for that the standards set no timescale for: say so, and never borrow another's date."""
    said = f"The standards set no timescale for this step ({t.label}), so I can't give a date."
    return f"{said} {t.note}" if t.note else said


def counted_from(invite: DateInvite) -> str:
    """A step asked about whose starting date the question doesn't give."""
    said = f"{invite.timescale.label} is counted from {invite.event_label}, and I didn't find that date."
    if invite.given_label is None or invite.given_day is None:
        return said
    return f"{said} {long_date(invite.given_day)} is the date of {invite.given_label}, an earlier step."


NEED_DATE_FOR_TIMELINE = "Give the event and its date, e.g. `timeline strategy-discussion 19/12/2025`."


def long_message(chars: int) -> str:
    return f"(That was a long message: I read the first {chars} characters.)"


def rule_line(t: Timescale) -> str:
    return f"{t.rule}: {t.label} ({t.standard_id})"


def help_lines() -> list[str]:
    return [INTRO, ASK_LIKE, *(f"- {e}" for e in EXAMPLES), DEADLINES_HOW, COMMANDS, PRIVACY]
