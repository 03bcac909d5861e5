"""An Answer laid out as lines, each marked plain, headline or quote: the one layout of every reply.

The plain-text renderer and Block Kit both draw these lines, one as text and one as blocks, so the
order and wording of a reply are the same in the terminal and in Slack.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from bot import wording
from bot.answer import Answer, Kind, Match, Reason


class Style(Enum):
    PLAIN = "plain"
    HEADLINE = "headline"  # what a worker reads first: the due date, the term, the standard's title
    QUOTE = "quote"  # the standard's own words


@dataclass(frozen=True)
class Line:
    text: str
    style: Style = Style.PLAIN


def quote_lines(text: str) -> list[Line]:
    return [Line(line, Style.QUOTE) for line in text.splitlines()]


def answer_lines(answer: Answer) -> list[Line]:
    lines = [line if isinstance(line, Line) else Line(line) for line in _RENDERERS[answer.kind](answer)]
    if answer.read_chars is not None:
        lines.insert(0, Line(wording.long_message(answer.read_chars)))
    return lines


def _standard(answer: Answer) -> Sequence[Line | str]:
    match = answer.quoted
    if match is None:
        return _unknown(answer)
    lines: list[Line | str] = [Line(match.title, Style.HEADLINE)]
    if answer.untimed is not None:
        lines.append(wording.untimed(answer.untimed))
    lines += [wording.cite(match), *quote_lines(match.text)]
    if match.note:
        lines.append(wording.note(match.note))
    if answer.invite is not None:
        lines.append(wording.invite(answer.invite))
    if answer.related:
        lines.append(wording.also_see(answer.related))
    return lines


def _glossary(answer: Answer) -> Sequence[Line | str]:
    term = answer.glossary
    if term is None:
        return _unknown(answer)
    lines: list[Line | str] = [Line(wording.glossary_head(term), Style.HEADLINE), term.explanation]
    if answer.matches:
        lines.append(wording.in_the_standards(answer.matches))
    return lines


def _deadline(answer: Answer) -> Sequence[Line | str]:
    if not answer.deadlines:
        return _not_counted(answer)
    result = answer.deadlines[0]
    lines: list[Line | str] = [Line(wording.due(result), Style.HEADLINE), wording.how_counted(result)]
    lines += [wording.alternative(d) for d in answer.alternatives]
    lines += [wording.same_day(d) for d in answer.same_day]
    if answer.other_start is not None:
        lines.append(wording.other_start(answer.other_start, answer.other_start_from or "", answer.checked))
    if answer.checked is not None:
        # No schedule: it runs from the due date, and the visits after a date checked count from that one.
        lines.append(wording.checked(answer.checked, result))
    elif then := wording.then(result):
        lines.append(then)
    if answer.read_as is not None:
        lines.append(wording.read_as(answer.read_as))
    if answer.other_dates and answer.checked is None:
        lines.append(wording.other_dates(result.start))
    if result.timescale.note:
        lines.append(wording.note(result.timescale.note))
    if answer.quoted is not None:
        lines.extend(_the_standard(answer.quoted))
    if answer.glossary is not None:
        lines.append(wording.also_means(answer.glossary))
    return lines


def _the_standard(match: Match) -> Sequence[Line | str]:
    return [wording.the_standard(match), *quote_lines(match.text)]


def _timeline(answer: Answer) -> Sequence[Line | str]:
    if not answer.deadlines or not answer.events or answer.date_read is None:
        return _not_counted(answer)
    start = answer.date_read
    lines: list[Line | str] = [Line(wording.timeline_head(answer.events, start), Style.HEADLINE)]
    lines.extend(f"- {wording.timeline_item(d)}" for d in answer.deadlines)
    lines.append(wording.TIMELINE_FOOT)
    return lines


def _not_counted(answer: Answer) -> Sequence[Line | str]:
    """A deadline or timeline question that could not be counted, and how to go on."""
    match answer.reason:
        case Reason.WHICH_STEP:
            lines: list[Line | str] = [wording.which_step(answer.date_read)]
            if answer.choices:
                lines.append(wording.did_you_mean_rules(answer.choices))
            return [*lines, wording.WHICH_STEP_EXAMPLE]
        case Reason.CHOOSE_STEP:
            options = [wording.option(i, d) for i, d in enumerate(answer.options, start=1)]
            heading = wording.CHOOSE_STEP if len(options) > 1 else wording.ONE_STEP_GUESSED
            return [heading, *options, wording.CHOOSE_STEP_FOOT]
        case Reason.UNKNOWN_RULE:
            return [wording.unknown_rule(answer.unknown_name or "", answer.choices)]
        case Reason.UNKNOWN_EVENT:
            return [wording.unknown_event(answer.unknown_name or "", answer.events)]
        case Reason.NEED_DATE if answer.invite is not None:
            return [wording.counted_from(answer.invite), wording.invite(answer.invite)]
        case Reason.NEED_DATE:
            return [wording.NEED_DATE_FOR_TIMELINE]
        case Reason.DATE_PROBLEM:
            return [*(wording.date_problem(p) for p in answer.problems), wording.DAY_FIRST]
        case Reason.WHICH_DATE:
            return [wording.WHICH_DATE, wording.DAY_FIRST]
    return [wording.TIMELINE_EMPTY] if answer.kind is Kind.TIMELINE else _unknown(answer)


def _unknown(answer: Answer) -> Sequence[Line | str]:
    if answer.not_covered is not None:
        return [wording.not_covered(answer.not_covered)]
    lines: list[Line | str] = [wording.unknown(answer.reason)]
    if answer.suggestions:
        lines.append(wording.NEAREST)
        lines.extend(f"- {wording.suggestion(m)}" for m in answer.suggestions)
    lines.append(wording.TRY_AGAIN)
    return lines


def _rules(answer: Answer) -> Sequence[Line | str]:
    return [wording.rule_line(t) for t in answer.rules]


def _help(answer: Answer) -> Sequence[Line | str]:
    return wording.help_lines()


_RENDERERS: dict[Kind, Callable[[Answer], Sequence[Line | str]]] = {
    Kind.STANDARD: _standard,
    Kind.GLOSSARY: _glossary,
    Kind.DEADLINE: _deadline,
    Kind.TIMELINE: _timeline,
    Kind.RULES: _rules,
    Kind.HELP: _help,
    Kind.UNKNOWN: _unknown,
}
