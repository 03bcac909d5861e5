"""Dates out of chat text, day first always (03/04/2026 is 3 April), and never a guess.

A date that cannot be (31/02/2026, a US-order 12/19/2025, "Friday 20 December 2025" when that was a
Saturday) becomes a problem to tell the user, not a date: a wrong deadline is worse than a question.
"""

from __future__ import annotations

import calendar as month_calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from dateutil.easter import easter

from calculators.date_problems import DateProblem, Trouble
from calculators.working_calendar import FIRST_DAY, LAST_DAY

Prefer = Literal["past", "future"]

# Month names and short forms as workers write them, with their numbers, and the misspellings typed in a
# hurry ("24th decmber"), none of them a word of its own.
MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan", "janurary", "janruary", "januray", "janaury"),
            ("february", "feb", "febuary", "feburary", "febrary", "febraury", "feburay"),
            ("march", "mar", "marhc", "mrach"),
            ("april", "apr", "apirl", "aprli"),
            ("may",),
            ("june", "jun", "juen", "jnue"),
            ("july", "jul", "jully"),
            ("august", "aug", "agust", "augst", "auguest"),
            ("september", "sept", "sep", "septmber", "setember", "sepember", "septemeber", "septembre"),
            ("october", "oct", "ocotber", "octber", "octobre", "ocober"),
            ("november", "nov", "novmber", "novemeber", "novemebr", "noveber", "novembre"),
            ("december", "dec", "decmber", "decemeber", "decemebr", "deccember", "decembre", "decemer"),
        ),
        start=1,
    )
    for name in names
}
# With the misspellings workers type in a hurry ("s47 agreed frday"), none of them a word of its own.
_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (
            ("monday", "mon", "mondy"),
            ("tuesday", "tues", "tue", "teusday", "tuseday", "tuesdy"),
            ("wednesday", "weds", "wed", "wensday", "wednsday", "wendesday", "wedensday", "wednesdy"),
            ("thursday", "thurs", "thur", "thu", "thrusday", "thursdy", "thurday"),
            ("friday", "fri", "frday", "fridy", "firday"),
            ("saturday", "sat", "saterday", "satuday"),
            ("sunday", "sun", "sundy"),
        )
    )
    for name in names
}
# Names that are a day whatever the words around them ("plo mtg tues"); "sat", "sun", "wed" and "mon" are
# words too.
_FULL_WEEKDAYS = tuple(n for n in _WEEKDAYS if len(n) > 4 or n in ("tues", "weds", "thur", "fri"))
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# Every name of a weekday, longest first so that "tuesday" is not read as "tue".
_WEEKDAY_NAMES = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_WEEKDAY = r"(?:(?P<weekday>" + _WEEKDAY_NAMES + r")\.?,?\s+(?:the\s+)?)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_PATTERNS = (
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b"),
    # "in April 2022, on the 22nd": the month and year told first, then the day of it.
    re.compile(r"\b" + _MONTH + r"\s+(?P<year>\d{4}),?\s+on\s+the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)\b", re.I),
    # "6th April 26", "6 Apr '27": a year of two digits after a month's name, only where nothing follows it but
    # the end of a clause (not "14 may, 25 invited", "4 feb 22 yo mum", "3 march 20 miles away", "3 march 10:30")
    re.compile(
        r"\b" + _WEEKDAY + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+(?P<year>\d{4})|\s+'(?P<yy>[23]\d)\b"
        r"|\s+(?P<yy_bare>[23]\d)(?=\s*(?:$|[.;!?)]|,\s|\s[-–]\s|\s(?:and|when|whens|what|whats|so|but|then)\b)))?\b",
        re.I,
    ),
    re.compile(r"\b" + _WEEKDAY + _MONTH + r"\s+" + _DAY + r"\b(?:,?\s+(?P<year>\d{4})\b)?", re.I),
    re.compile(
        r"\b"
        + _WEEKDAY
        + r"(?P<day>\d{1,2})(?P<sep>[/.\-])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})\b",
        re.I,
    ),
    # "12/03": a day and month with a slash, but not the council's levels of need ("the level 4/5 duty team").
    re.compile(
        r"(?<![\d/.])(?<!level )(?<!levels )\b"
        + _WEEKDAY
        + r"(?P<day>\d{1,2})/(?P<month>\d{1,2})\b(?![/.]\d)",
        re.I,
    ),
    # "placed 25.8": a day and month with a dot, but never a decimal, a time, an age or a numbered
    # paragraph ("2.5 hours", "at 2.10 pm", "aged 2.5", "standard 4.2", "level 2.4", "£3.20"); after a word
    # ending in "at" ("strat 24.3", "chat 11.10"), only when it cannot be a time ("strat 10.10 today").
    re.compile(
        r"(?<![\d/.£$])(?<!level )(?<!version )(?<!section )(?<!v)(?<!\bat )(?<!aged )(?<!age )(?<!standard )"
        r"(?<!para )(?<!paragraph )(?<!step )(?<!score )(?<!scored )(?<!scale )(?<!scaled )(?<!of )(?<!rule )"
        r"(?<!point )(?<!around )(?<!about )(?<!approx )\b"
        + _WEEKDAY
        + r"(?!(?<=at )(?:[01]?\d|2[0-3])\.\d\d\b)"  # "strat (sat) 11.10": a time after a word ending in "at"
        + r"(?P<day>0?[1-9]|[12]\d|3[01])\.(?P<month>0?[1-9]|1[0-2])\b(?![/.]?\d)"
        # ... nor a length of time ("2.5 hours", "12.5 minutes"), though a meeting's minutes may follow its date:
        # "plo meeting 23.12 minutes to parents by when".
        r"(?!\s*(?:%|x\b|hours?|hrs?|h\b|days?|working|weeks?|wks?|months?|years?|yrs?"
        r"|min(?:ute)?s?\b(?!\s+(?:to\s+(?:the\s+)?(?:parents|family|mum|dad|everyone|solicitors?)|sent|out\b|due\b"
        r"|by\b))"
        r"|miles?|km|kg|m\b|k\b|percent|am\b|pm\b|a\.m|p\.m|o'?clock|ish\b))",
        re.I,
    ),
)
# "the review is on the 5th": a day of the month alone, in the month nearest today on the side asked for;
# only after a word that places a date ("on the 5th", "from the 22nd", "dated the 3rd"), never an ordinal
# ("the 2nd and 3rd visits were missed", "is this the 2nd?").
_THE_NTH = r"\s+the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)\b"
_DAY_OF_MONTH = re.compile(
    rf"\b(?:on|from|until|till|by|since|dated|before|after){_THE_NTH}"
    r"(?=\s*(?:$|[,.;:!?()\-–]|(?:at|when|whens|what|whats|so|until|till|to|by|which|that|but|for|i|we|he|she|they|it"
    r"|was|this|next|last|as|after|before|then|with|from|because|if|the|my|our"
    r"|first|initial"  # "icpc was on the 3rd first core grp date?": the step asked for after it
    # "on the 3rd where everyone agreed ..." (not "on the 3rd where I also booked ...", whose tense is another's)
    r"|where\s+(?:everyone|everybody|all|the|it|they|we|he|she|mum|dad|police))\b))",
    re.I,
)
# ... but "core groups after the 1st", "reviews since the 2nd": an ordinal of the meetings named just before it.
_ORDINAL_OF_A_KIND = re.compile(
    r"\b(?:core groups|reviews|visits|meetings|conferences|peps|core group meetings)\s+$", re.I
)
# ... or, in the past, after "was" or "were" at the end of what is told ("if strat was the 3rd", "strat was the 3rd,
# when's the ICPC?"), not an ordinal going on ("was the 2nd at home", "was the 1st to come into care").
# "talked it through on the 3rd and agreed": a day told "on" before an "and" (not "until the 19th and the
# hearing", a day ahead or behind; nor "on the 3rd and 4th"), only after words that tell it as past, in the same
# clause ("review conference is on the 26th and ...", "PLO meeting going ahead on the 9th and ..." are ahead, and
# "on the 26th and" tells no more than that).
_ON_THE_NTH_AND = re.compile(rf"\bon{_THE_NTH}(?=\s+and\b(?!\s+(?:the\s+)?\d))", re.I)
# (The verb at most two words before the day: "talked it through on the 3rd", "strat was held on the 3rd", not
# "TL decided the case transfers on the 25th", "the chair I spoke to says the review conference is on the 26th".)
_TOLD_AS_PAST = re.compile(
    r"\b(?:was|were|held|happened|met|talked|spoke|agreed|decided|did|had|took place|went|came|rang|phoned|visited|started|began"
    r"|saw|discussed)(?:\s+[\w'’]+){0,2}\s*$",
    re.I,
)
_TOLD_AS_PAST_REACH = 40  # characters before the day
_DAY_OF_MONTH_WAS = re.compile(
    rf"\b(?:was|were){_THE_NTH}"
    r"(?=\s*(?:$|[,.;:!?()\-–]|(?:when|whens|what|whats|so|but|then|because|if|how)\b))",
    re.I,
)
# "on the 3rd of this month", "the 28th of last month": a day of a month told by where it is from today's.
_OF_A_MONTH = re.compile(
    r"\b(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+of\s+(?P<which>this|last|next)\s+month\b", re.I
)
_MONTH_STEPS = {"last": -1, "this": 0, "next": 1}
# Days workers name rather than number: "placed on Christmas Eve 2026".
_NAMED_DAYS = {
    "christmas eve": (24, 12),
    "christmas day": (25, 12),
    "xmas eve": (24, 12),
    "xmas day": (25, 12),
    "boxing day": (26, 12),
    "new year's eve": (31, 12),
    "new years eve": (31, 12),
    "new year's day": (1, 1),
    "new years day": (1, 1),
}
# ... with its year, or the year told by where it is from today's: "Christmas Eve last year".
_WHICH_YEAR = r"(?:,?\s+(?P<year>\d{4})\b|\s+(?P<which_year>last|this|next)\s+year\b)?"
_YEAR_STEPS = {"last": -1, "this": 0, "next": 1}
_NAMED = re.compile(
    r"\b(?P<named>" + "|".join(sorted(_NAMED_DAYS, key=len, reverse=True)) + r")" + _WHICH_YEAR,
    re.I,
)
# Days that move with Easter, in days from Easter Sunday: "placed on Good Friday", "Easter Monday 2026" (never
# the Friday or Monday nearest today).
_EASTER_DAYS = {
    "good friday": -2,
    "easter saturday": -1,
    "easter sunday": 0,
    "easter day": 0,
    "easter monday": 1,
}
_EASTER = re.compile(
    r"\b(?P<easter>" + "|".join(sorted(_EASTER_DAYS, key=len, reverse=True)) + r")" + _WHICH_YEAR, re.I
)
# "the day after Boxing Day", "the Tuesday after Easter Monday", "the Monday before 22/12": a day told against the
# date written straight after it (a weekday in full: "sat" and "sun" are words too).
# Not "the working day after New Year" (a working day, not the day), nor "on holiday before 22/12".
_AGAINST = (
    r"(?:\bthe\s+)?\b(?:(?<!working )(?<!work )(?P<day_word>day)|(?P<against_wday>"
    + "|".join(_FULL_WEEKDAYS)
    + r"))\s+(?P<side>before|after)\s+"
)
_AGAINST_A_DATE = re.compile(_AGAINST + r"(?:the\s+)?$", re.I)
# ... but not "the day before on the 19th", where the date says which day the one before was.
_PLACED = re.compile(r"(?:on|from|until|till|by|since|dated|before|after)\b", re.I)
# ... or against a holiday named bare, which is a day only so ("the Thursday before Easter"; "over Easter" is none).
_HOLIDAYS = {
    "christmas": (12, 25),
    "xmas": (12, 25),
    "new year": (1, 1),
}  # (month, day); "easter" is its Sunday
_AGAINST_A_HOLIDAY = re.compile(
    _AGAINST
    + r"(?P<holiday>easter|christmas|xmas|new\s+year)(?!['’]s|\s+(?:eve|day|sunday|saturday|monday)\b)"
    + _WHICH_YEAR,
    re.I,
)
# "seeing them on Monday 22nd": a weekday and a day of the month, without the month.
_WEEKDAY_AND_DAY = re.compile(
    r"\b(?P<wday>" + _WEEKDAY_NAMES + r")\.?\s+(?:the\s+)?"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)\b(?!\s*(?:of\s+)?(?:" + "|".join(MONTHS) + r")\b)",
    re.I,
)
# "strat was the Monday before Christmas, 22nd.": a weekday and, set off by a comma, the day it fell on, closing
# the clause (a dash too) or joined to the next by "and"/"but" ("ICPC was Monday, 1st core group when?" numbers
# the core group, not the day).
_WEEKDAY_COMMA_DAY = re.compile(
    r"\b(?P<wday>"
    + _WEEKDAY_NAMES
    + r")\.?(?:\s+(?:before|after)\s+(?:christmas|xmas|easter|new\s+year)(?:'s)?)?"
    r"\s*,\s*(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)(?=\s*(?:$|[.,;:!?)\-–—]|(?:and|but)\b))",
    re.I,
)
_SAME_DAY = dict.fromkeys(
    (
        "today",
        "2day",
        "tdy",
        "this morning",
        "this afternoon",
        "this evening",
        "tonight",
        "this am",
        "this pm",
        "just now",
    ),
    0,
)
# Chat spellings too: a duty worker types "yday" and "tmrw".
_YESTERDAY = (
    "yesterday",
    "yesterdy",
    "yesturday",
    "yestday",
    "yesteday",
    "yestarday",
    "yestrday",
    "ysterday",
    "yeaterday",
    "yestreday",
    "yesetrday",
    "yday",
    "yest",
    "last night",
)
_TOMORROW = (
    "tomorrow",
    "tomorow",
    "tommorow",
    "tommorrow",
    "tomoro",
    "tomorro",
    "tmoro",
    "tmrw",
    "tmw",
    "tomoz",
    "2moro",
    "2morrow",
    "2morow",
)
# "The review is today week": in England, a week from today, not today ("yesterday week": a week before
# yesterday). Not "a week today", which is as often a week ago ("it's a week today since she came into
# care"), nor "Monday week": no date, rather than one a week out.
_WEEK_ON = {
    "today week": 7,
    **{f"{t} week": 8 for t in _TOMORROW},
    **{f"{y} week": -8 for y in _YESTERDAY if y != "last night"},
}
_OFFSETS = {**_SAME_DAY, **dict.fromkeys(_YESTERDAY, -1), **dict.fromkeys(_TOMORROW, 1), **_WEEK_ON}
# "has just" ("Ive just", typed without its apostrophe), and "manager's just" of a manager's decision ("manager's
# just agreed", "TL's just said") or a child's move ("he's just moved placements"; not "who's just come into care",
# a child's, told beside the day it happened).
_HAS_JUST = (
    r"(?:has|have|'ve|’ve|\bive|(?<!\bwho)(?<=\w)['’]s(?=\s+just\s+(?:agreed|decided|said|moved)\b))\s+just"
)
# A sentence may start with "just", its subject left out, before a few verbs of what happened to the case ("Just
# placed a 9yo with emergency carers"): not the worker's own doings ("Just had supervision", "Just completed the
# C&F", "Just said to mum").
_BARE_JUST = (
    r"(?:^|(?<=[.!?]\s))just(?=\s+(?:agreed|decided|placed|received|accommodated|rang|rung|phoned|called|emailed|referred"
    r"|arrived|landed|come|came|taken)\b)"
)
_JUST_DONE = (
    "agreed|decided|rung|rang|phoned|called|emailed|referred|passed|landed|arrived|come|came|had|held|received"
    "|placed|taken|accommodated|approved|made|put|sent|said|authorised|chaired"
    # (a visit or meeting done, not the worker's own paperwork: "just done the PLO minutes", "just finished the
    # placement plan")
    r"|(?:done|finished)(?!(?:\s+(?:the|my|her|his|their|a|an))?(?:\s+[\w&'-]+)?"
    r"\s+(?:plan|report|minutes|referral|assessment|write|notes|paperwork|letter|form|summary|chronology|request)s?\b)"
    # (a child moved, to new carers, not a family moved somewhere: "the family has just moved to Trafford")
    r"|moved(?!\s+(?:(?:to|into|in|over|across)\b(?!(?:\s+(?:a|the|her|his|their|new|different|another))*"
    r"\s+(?:foster|carers?|placement|residential|children's home))|house|area|away|here|out)\b)"
)
# Of those, the ones that may tell how the case came to the worker ("I've just been passed a family", "a case has
# just landed with me"): beside a date told of the case, the day the worker came to it, no event's.
_JUST_CAME_TO = re.compile(r"\s+(?:been\s+)?(?:passed|landed|arrived|come|came|received|taken|put)\b", re.I)
_RELATIVE = re.compile(
    # Not the day in "a week today", "a week yesterday": a week ahead or a week ago, the words don't say which.
    r"\b(?:(?<!\bweek )(?P<word>" + "|".join(sorted(_OFFSETS, key=len, reverse=True)) + r")"
    r"|(?P<which>last|next|this|on)\s+(?P<rweekday>" + _WEEKDAY_NAMES + r")(?!\s+week)"
    # "strat was wed just gone": the last one before today. Not beside a date written out ("wed just gone
    # 4/3/26"), which is the day meant, nor "just passed" ("tues just passed the report to the TL").
    r"|(?P<gone>" + _WEEKDAY_NAMES + r")\s+just\s+gone(?!\s*[,(]?\s*\d)"
    r"|(?P<bare>" + "|".join(_FULL_WEEKDAYS) + r")(?!\s+week)"
    # "my manager has just agreed a S47", "police have just rung": today, of an event of the case (not "I've
    # just been allocated a case", "she has just turned 16", "I've just started in the team").
    r"|(?P<just>" + _HAS_JUST + r")(?=\s+(?:been\s+)?(?:" + _JUST_DONE + r")\b)"
    r"|(?P<bare_just>" + _BARE_JUST + r")"
    # "ref just in (fri)": a short day name alone is a date only in brackets.
    r"|(?<=\()(?P<paren>" + _WEEKDAY_NAMES + r")(?=\)))\b",
    re.I,
)
_A_WEEK = timedelta(days=7)
_JUST = re.compile(_HAS_JUST, re.I)
# "has just" or "just now" ...
_JUST_NOW = re.compile(rf"{_HAS_JUST}|just\s+now", re.I)
# ... where what was agreed is still to come, in the rest of its sentence ("'ve just agreed that she'll come into
# care", "just now agreed the child will be accommodated").
_WILL_BE = re.compile(r"[^.?!;]*?(?:\b(?:will|shall|going to)\b|['’]ll\b)", re.I)


@dataclass(frozen=True)
class FoundDate:
    day: date
    text: str  # the words the date was read from, as the user wrote them
    year_assumed: bool = False
    relative: bool = False  # "today", "last Friday": read against the day the question was asked
    month_assumed: bool = False  # "on the 5th": the month was taken as the nearest, too


@dataclass(frozen=True)
class DateFinding:
    dates: tuple[FoundDate, ...]
    problems: tuple[DateProblem, ...]


def locate(text: str, written: str, start: int = 0) -> int:
    """Where a date as written first stands in `text` on its own, or -1: "9 April" is not the end of "29 April",
    which a plain `str.find` would take it for, reading another date's words as its own."""
    found = _standing_alone(written).search(text, start)
    return found.start() if found else -1


def times_told(text: str, written: str) -> int:
    """How often a date as written stands in `text` on its own, in any case: "9/12" is not told again inside
    "19/12", and "Today" told twice is "today" told twice."""
    return len(_standing_alone(written.lower()).findall(text.lower()))


@lru_cache(maxsize=512)
def _standing_alone(written: str) -> re.Pattern[str]:
    """Built once for each date as written: `locate` is asked of every date several times a question. A date
    written from an apostrophe ("'ve just", of "we've just") stands straight after a letter."""
    alone = "(?<![0-9A-Za-z])" if written[:1].isalnum() else ""
    return re.compile(rf"{alone}{re.escape(written)}")


def _resolve_year(day: int, month: int, today: date, prefer: Prefer) -> date | None:
    """The most recent such date not after today (past) or the next on or after today (future)."""
    step = -1 if prefer == "past" else 1
    for offset in range(0, 9):  # 29 February can be up to 8 years away
        year = today.year + step * offset
        if not FIRST_DAY.year - 1 <= year <= LAST_DAY.year + 1:
            return None
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if (prefer == "past" and candidate <= today) or (prefer == "future" and candidate >= today):
            return candidate
    return None


def _out_of_range(text: str) -> DateProblem:
    return DateProblem(Trouble.OUT_OF_RANGE, text)


def _calendar_date(match: re.Match[str], today: date, prefer: Prefer) -> FoundDate | DateProblem:
    groups = match.groupdict()
    named = groups.get("named")
    if named:
        day, month = _NAMED_DAYS[_named_key(named)]
    else:
        raw_month = match.group("month")
        month = MONTHS[raw_month.lower()] if not raw_month.isdigit() else int(raw_month)
        day = int(match.group("day"))
    weekday = groups.get("weekday")
    wanted = _WEEKDAYS[weekday.lower()] if weekday else None
    raw_year = groups.get("year") or groups.get("yy") or groups.get("yy_bare") or _year_told(match, today)
    return _dated(match.group(0), day, month, raw_year, wanted, today, prefer)


def _year_told(match: re.Match[str], today: date) -> str | None:
    """ "last year", "this year", "next year" after a named day, as the year it is."""
    which = match.groupdict().get("which_year")
    return str(today.year + _YEAR_STEPS[which.lower()]) if which else None


def _named_days_on_a_date_told(
    found: list[tuple[int, FoundDate | DateProblem]],
) -> list[tuple[int, FoundDate | DateProblem]]:
    """ "I'm off tomorrow for Good Friday", "started on 3/4/26 (good friday)": a named day without its year, when
    another date told is that day, is that date, not last year's (the same day twice is then one date)."""
    told = [item.day for _, item in found if isinstance(item, FoundDate) and not item.year_assumed]
    return [
        (at, replace(item, day=same, year_assumed=False))
        if isinstance(item, FoundDate) and item.year_assumed and (same := _named_day_among(item.text, told))
        else (at, item)
        for at, item in found
    ]


def _named_day_among(text: str, days: list[date]) -> date | None:
    """The first of `days` that is the day `text` names ("Good Friday", "Christmas Eve") in its own year."""
    fixed = _NAMED.fullmatch(text)
    moving = _EASTER.fullmatch(text)
    for day in days:
        if fixed and (day.day, day.month) == _NAMED_DAYS[_named_key(fixed.group("named"))]:
            return day
        if moving and day == _easter_day(moving.group("easter"), day.year):
            return day
    return None


def _named_key(words: str) -> str:
    """A named day as the tables hold it, whatever its capitals and spacing: "Good  Friday" is "good friday"."""
    return " ".join(words.lower().split())


def _easter_day(name: str, year: int) -> date:
    """The day `name` ("Good Friday", "Easter Monday") falls on in `year`."""
    return easter(year) + timedelta(days=_EASTER_DAYS[_named_key(name)])


def _in_its_year(
    match: re.Match[str], today: date, prefer: Prefer, day_in: Callable[[int], date]
) -> FoundDate | DateProblem:
    """A day told by a name that falls on another date each year (`day_in` gives it): in the year told ("Good
    Friday 2026", "... last year"), or the nearest such day on the side of today preferred."""
    raw_year = match.group("year") or _year_told(match, today)
    text = match.group(0)
    if raw_year:
        year = int(raw_year)
        if not FIRST_DAY.year <= year <= LAST_DAY.year:
            return DateProblem(Trouble.OUT_OF_RANGE, text, year=year)
        return FoundDate(day_in(year), text)
    step = -1 if prefer == "past" else 1
    for year in (today.year, today.year + step):
        day = day_in(year)
        if (day <= today if prefer == "past" else day >= today) and FIRST_DAY <= day <= LAST_DAY:
            return FoundDate(day, text, year_assumed=True)
    return _out_of_range(text)


def _easter_date(match: re.Match[str], today: date, prefer: Prefer) -> FoundDate | DateProblem:
    """A day that moves with Easter, never the Friday or Monday nearest today."""
    name = match.group("easter")
    return _in_its_year(match, today, prefer, lambda year: _easter_day(name, year))


def _told_against(day: date, match: re.Match[str]) -> date:
    """The day before or after `day`, or the weekday named before or after it (never `day` itself: "the Monday
    before 22/12/25", itself a Monday, is the 15th)."""
    step = 1 if match.group("side").lower() == "after" else -1
    if match.group("day_word"):
        return day + timedelta(days=step)
    weekday = _WEEKDAYS[match.group("against_wday").lower()]
    gap = (weekday - day.weekday()) % 7 if step > 0 else (day.weekday() - weekday) % 7
    return day + timedelta(days=step * (gap or 7))


def _against_a_holiday(match: re.Match[str], today: date, prefer: Prefer) -> FoundDate | DateProblem:
    """A day told against a holiday named bare ("the Thursday before Easter"), in its year as any named day."""
    name = _named_key(match.group("holiday"))

    def told(year: int) -> date:
        holiday = easter(year) if name == "easter" else date(year, *_HOLIDAYS[name])
        return _told_against(holiday, match)

    return _in_its_year(match, today, prefer, told)


def _days_told_against_dates(
    text: str, found: list[tuple[int, FoundDate | DateProblem]]
) -> list[tuple[int, FoundDate | DateProblem]]:
    """The dates, each told against the date written straight after it moved to the day told ("the day after
    Boxing Day" is the 27th), its words the whole phrase; a weekday read on its own inside that phrase is then no
    date of its own. Not where the worker asks of doing a step the day before a meeting ("can I send my report
    the day before 16/12/26?": the 16th is the conference's), nor where the words after the date name what it
    is the date of, nor where the date is written again after it (it would be read where it first stands, inside
    the phrase)."""
    kept: list[tuple[int, FoundDate | DateProblem]] = []
    for at, item in found:
        against = (
            _AGAINST_A_DATE.search(text, max(0, at - 40), at)
            if isinstance(item, FoundDate) and not _PLACED.match(item.text)
            else None
        )
        if isinstance(item, FoundDate) and against is not None:
            day = _told_against(item.day, against)
            # The clause the phrase stands in: "Is the Friday before 18/12/26 too late for my report?"
            clause = _CLAUSE_START.split(text[: against.start()])[-1] + _CLAUSE_END.split(text[at:])[0]
            doing = not _IN_WORDS.search(item.text) and _DOING_A_STEP.search(clause) is not None
            again = text.find(item.text) == at and text.find(item.text, at + len(item.text)) >= 0
            # "core group on the Thursday after 01/12/26 ICPC": the date is the ICPC's, named after it, and stays so.
            of_an_event = _AN_EVENTS_DATE.match(text, at + len(item.text)) is not None
            if FIRST_DAY <= day <= LAST_DAY and not (doing or again or of_an_event):
                kept = [(a, i) for a, i in kept if a < against.start()]
                at, item = (
                    against.start(),
                    replace(item, day=day, text=text[against.start() : at + len(item.text)]),
                )
        kept.append((at, item))
    return kept


# Words straight after a date that name what it is the date of ("01/12/26 ICPC", "04/12/26's conference"),
# not those that go on to something else ("26/11/26 - next visit due?", "22/12, when is ...").
_AN_EVENTS_DATE = re.compile(
    r"(?:['’]s)?\s*\(?\s*(?:the\s+|his\s+|her\s+|their\s+|our\s+|my\s+)?"
    # "when the case came across from CFR" tells what the date is; "when is the ICPC?" asks.
    r"(?!when(?:['’]?s)?\s+(?:is|are|was|were|does|do|did|will|would|should|must|can|could|has|have|due)\b)"
    r"(?!(?:and|but|so|or|whens|what|whats|is|was|are"
    r"|were|to|then|as|if|because|it|its|i|we|he|she|they|which|who|by|for|at|in|on|from|until|till|how|why|can"
    r"|could|do|does|did|should|would|will|need|needs|has|have|had|please|ok|okay|following|after|before|with"
    r"|next|last|this|that|there|too|yet|still|now|today)\b)[a-z]",
    re.I,
)


_CLAUSE_START = re.compile(r"[.!?;,]\s+|\s[-–—]\s")
_CLAUSE_END = re.compile(r"[.!?;,]|\s[-–—]\s")
# The worker asking of, or telling of, a step of their own done against a meeting's date: "can I send my report
# to the chair the day before 16/12/26?", "shared it with mum the day before 15/12/26 (the ICPC)".
_DOING_A_STEP = re.compile(
    r"\b(?:send|sent|share|shared|sharing|reach|get (?:it|my|the)|got (?:it|my|the)|give|gave|submit|submitted"
    r"|email|emailed|upload|uploaded|report|can i|could i|should i|do i|is it ok|ok to|okay to|need to|have to"
    r"|must)\b",
    re.I,
)


def _dated(
    text: str, day: int, month: int, raw_year: str | None, wanted: int | None, today: date, prefer: Prefer
) -> FoundDate | DateProblem:
    """A day and month (and the year if written) as a date, or why it can't be one."""
    if not 1 <= month <= 12:
        return DateProblem(Trouble.NOT_A_MONTH, text, day=day, month=month)
    if raw_year:
        year = int(raw_year) + (2000 if len(raw_year) == 2 else 0)
        if not FIRST_DAY.year <= year <= LAST_DAY.year:
            return DateProblem(Trouble.OUT_OF_RANGE, text, year=year)
        last_day = month_calendar.monthrange(year, month)[1]
        if not 1 <= day <= last_day:
            return DateProblem(Trouble.NO_SUCH_DAY, text, day=day, month=month, year=year)
        found = FoundDate(date(year, month, day), text)
    else:
        if not 1 <= day <= 31 or _resolve_year(day, month, date(2000, 1, 1), "future") is None:
            return DateProblem(Trouble.NEVER_SUCH_DAY, text, day=day, month=month)
        resolved = _resolve_year(day, month, today, prefer)
        if wanted is not None and (resolved is None or resolved.weekday() != wanted):
            # "Friday 30 April" with no year: the nearest 30 April that is a Friday, on either side of today.
            other = _resolve_year(day, month, today, "future" if prefer == "past" else "past")
            if other is not None and other.weekday() == wanted and abs((other - today).days) <= 366:
                resolved = other
        if resolved is None or not FIRST_DAY <= resolved <= LAST_DAY:
            return _out_of_range(text)
        found = FoundDate(resolved, text, year_assumed=True)
    if wanted is not None and wanted != found.day.weekday():
        return _wrong_weekday(text, found.day, wanted, today)
    return found


def _day_of_month(match: re.Match[str], today: date, prefer: Prefer) -> FoundDate | DateProblem:
    text = match.group(0).strip()
    day = int(match.group("day"))
    if not 1 <= day <= 31:
        return DateProblem(Trouble.NEVER_SUCH_DAY, text, day=day, month=today.month)
    found = _nearest_day_of_month(day, today, prefer)
    return (
        _out_of_range(text)
        if found is None
        else FoundDate(found, text, year_assumed=True, month_assumed=True)
    )


def _day_of_a_month(match: re.Match[str], today: date) -> FoundDate | DateProblem:
    text = match.group(0).strip()
    if not FIRST_DAY <= today <= LAST_DAY:
        return _out_of_range(f"{text} ({today.isoformat()})")  # no month to count from
    day = int(match.group("day"))
    months = today.year * 12 + today.month - 1 + _MONTH_STEPS[match.group("which").lower()]
    year, month = divmod(months, 12)
    if not 1 <= day <= month_calendar.monthrange(year, month + 1)[1]:
        return DateProblem(Trouble.NO_SUCH_DAY, text, day=day, month=month + 1, year=year)
    found = date(year, month + 1, day)
    return FoundDate(found, text, relative=True) if FIRST_DAY <= found <= LAST_DAY else _out_of_range(text)


def _weekday_and_day(match: re.Match[str], today: date, prefer: Prefer) -> FoundDate | DateProblem:
    """ "Monday 22nd": the nearest 22nd on the side asked for, or else on the other side, that is a Monday.
    When neither is, the worker is told, not guessed for: "Tues 14th" may be a slip of the day or the date.
    """
    text = match.group(0).strip()
    day, weekday = int(match.group("day")), _WEEKDAYS[match.group("wday").lower()]
    if not 1 <= day <= 31:
        return DateProblem(Trouble.NEVER_SUCH_DAY, text, day=day, month=today.month)
    other: Prefer = "future" if prefer == "past" else "past"
    nearest = [_nearest_day_of_month(day, today, side) for side in (prefer, other)]
    fits = next((d for d in nearest if d is not None and d.weekday() == weekday), None)
    if fits is not None:
        return FoundDate(fits, text, year_assumed=True, month_assumed=True)
    near = next((d for d in nearest if d is not None), None)
    if near is None:
        return _out_of_range(text)
    return _wrong_weekday(text, near, weekday, today)


def _wrong_weekday(text: str, day: date, wanted: int, today: date) -> DateProblem:
    """A date as written whose weekday (`wanted`, Monday 0) is not its own: the worker is asked which they meant."""
    return DateProblem(Trouble.WRONG_WEEKDAY, text, found=day, wanted_weekday=wanted, past=day < today)


def _nearest_day_of_month(day: int, today: date, prefer: Prefer) -> date | None:
    """The nearest date on the side asked for (today counts as either) that is that day of its month; None
    outside the calendar's years (a `today` there, as in a test, has no such month to look in)."""
    if not FIRST_DAY <= today <= LAST_DAY:
        return None
    step = -1 if prefer == "past" else 1
    year, month = today.year, today.month
    for _ in range(13):
        if day <= month_calendar.monthrange(year, month)[1]:
            candidate = date(year, month, day)
            if (prefer == "past" and candidate <= today) or (prefer == "future" and candidate >= today):
                return candidate if FIRST_DAY <= candidate <= LAST_DAY else None
        month += step
        if month in (0, 13):
            year, month = year + step, 12 if month == 0 else 1
    return None


def _relative_date(match: re.Match[str], today: date, prefer: Prefer) -> FoundDate | DateProblem:
    text = match.group(0)
    if not FIRST_DAY + _A_WEEK <= today <= LAST_DAY - _A_WEEK:
        return _out_of_range(f"{text} ({today.isoformat()})")
    word = (match.group("word") or "").lower()
    if word:
        offset = _OFFSETS[" ".join(word.split())]
        return FoundDate(today + timedelta(days=offset), text, relative=True)
    if match.group("just") or match.group("bare_just"):
        return FoundDate(today, text, relative=True)
    which = "last" if match.group("gone") else (match.group("which") or "").lower()
    named = match.group("rweekday") or match.group("gone") or match.group("bare") or match.group("paren")
    weekday = _WEEKDAYS[named.lower()]
    back = (today.weekday() - weekday) % 7
    ahead = (weekday - today.weekday()) % 7
    if which == "last":
        days = -(back or 7)
    elif which == "next":
        days = ahead or 7
    else:
        days = -back if prefer == "past" else ahead
    return FoundDate(today + timedelta(days=days), text, relative=True)


def _maybe_ahead(item: FoundDate, today: date) -> bool:
    """A day with no year told, read back into last year, that falls later this year too."""
    return (
        item.year_assumed
        and item.day.year < today.year
        and (item.day.month, item.day.day) > (today.month, today.day)
    )


def find_dates(text: str, today: date, *, prefer: Prefer = "past") -> DateFinding:
    """Every date in `text`, in the order written, and a problem for each one that can't be.

    Linear in the length of the text: each character is claimed by at most one date, and a match is
    checked against the claimed characters it covers, not against every earlier match.
    """
    taken = bytearray(len(text))
    found: list[tuple[int, FoundDate | DateProblem]] = []

    def claim(match: re.Match[str]) -> bool:
        start, end = match.span()
        if any(taken[start:end]):
            return False
        taken[start:end] = b"\x01" * (end - start)
        return True

    for pattern in (*_PATTERNS, _NAMED):
        for match in pattern.finditer(text):
            if claim(match):
                found.append((match.start(), _calendar_date(match, today, prefer)))
    for match in _EASTER.finditer(text):
        if claim(match):
            found.append((match.start(), _easter_date(match, today, prefer)))
    for pattern in (_WEEKDAY_AND_DAY, _WEEKDAY_COMMA_DAY):
        for match in pattern.finditer(text):
            if claim(match):
                found.append((match.start(), _weekday_and_day(match, today, prefer)))
    for match in _AGAINST_A_HOLIDAY.finditer(text):
        if claim(match):
            found.append((match.start(), _against_a_holiday(match, today, prefer)))
    for match in _RELATIVE.finditer(text):
        if claim(match):
            found.append((match.start(), _relative_date(match, today, prefer)))
    for match in _OF_A_MONTH.finditer(text):
        if claim(match):
            found.append((match.start(), _day_of_a_month(match, today)))
    for match in _DAY_OF_MONTH.finditer(text):
        if not _ORDINAL_OF_A_KIND.search(text, 0, match.start()) and claim(match):
            found.append((match.start(), _day_of_month(match, today, prefer)))
    for match in _DAY_OF_MONTH_WAS.finditer(text):
        if claim(match):
            found.append((match.start(), _day_of_month(match, today, "past")))
    for match in _ON_THE_NTH_AND.finditer(text):
        if _TOLD_AS_PAST.search(text, max(0, match.start() - _TOLD_AS_PAST_REACH), match.start()) and claim(
            match
        ):
            found.append((match.start(), _day_of_month(match, today, "past")))
    found.sort(key=lambda pair: pair[0])
    found = _days_told_against_dates(text, found)
    found = _named_days_on_a_date_told(
        _dates_beside_weekdays(text, _weekdays_in_brackets(text, found, today), today)
    )
    dates = [(at, item) for at, item in found if isinstance(item, FoundDate)]
    told = [(at, item) for at, item in dates if not _JUST.fullmatch(item.text)]
    if any(
        item.day <= today and not _OF_A_BIRTH.search(text, 0, at) and not _maybe_ahead(item, today)
        for at, item in told
    ) and not any(item.day == today for _, item in told):
        # "I've just picked up a case. The summary was updated on 15/10": beside a date told, "has just" tells
        # when the worker came to it, not the date of an event; not beside dates still ahead, or births, alone
        # ("We've just agreed a section 47 (DOB 14/03/2018) ... Mum has suggested we come on Monday 12th"; "TL has
        # just agreed a strat - school can't join until 10/12", 10/12 with no year being later this year too), nor
        # beside today told in other words, which it agrees with ("school rang us this morning, Friday 2 May. TL
        # has just decided a strategy discussion is needed"), nor where it tells an event of the case done just now
        # ("I've just done a stat visit, previous visit was 19/10"; "We've just had the strat, referral came in on
        # 12/11"), unless a day gone by is told in its sentence as the worker counts days, or in a bracket ("I've just
        # had my first PLO meeting, yesterday", "We've just had the strat (Friday 13/11)": "just" was that day).
        dates = [
            (at, item)
            for at, item in dates
            if not (
                _JUST.fullmatch(item.text)
                and (
                    _JUST_CAME_TO.match(text, at + len(item.text))
                    or any(
                        d.day < today
                        and _same_sentence(text, at, t)
                        and (d.relative or _BRACKETED.search(text, 0, t))
                        for t, d in told
                    )
                )
            )
        ]
    if len(dates) > 1:
        # "I've just done another one today": today told in the running words of "has just" is the same telling,
        # with the words of the event.
        dates = [
            (at, item)
            for at, item in dates
            if not (
                _JUST.fullmatch(item.text)
                and any(
                    d.day == today
                    and not _JUST.fullmatch(d.text)
                    and _told_with(text, at + len(item.text), t)
                    for t, d in dates
                    if t > at
                )
            )
        ]
        # ... nor where what was just agreed is still to come, beside another date ("We've just agreed she'll come
        # into care; placement starts 09/12", "Just now agreed the child will be accommodated - she moves 09/12").
        dates = [
            (at, item)
            for at, item in dates
            if not (_JUST_NOW.fullmatch(item.text) and _WILL_BE.match(text, at + len(item.text)))
        ]
    dates = _corrected(text, dates)
    told = _one_day_told_twice(
        text, [(at, _year_told_beside(text, i, dates)) for i, (at, _) in enumerate(dates)]
    )
    return DateFinding(
        dates=tuple(item for _, item in _days_against_the_last(text, told)),
        problems=tuple(item for _, item in found if isinstance(item, DateProblem)),
    )


def _told_with(text: str, after: int, at: int) -> bool:
    """The date at `at` is told on in the same words as what ends at `after`: no break and no bracket between."""
    return _WORDS_BREAK.search(text, after, at) is None


_WORDS_BREAK = re.compile(r"[,;:.!?()]|\s[-–—]\s")


def _same_sentence(text: str, one: int, other: int) -> bool:
    """No sentence ends between two places in `text`."""
    low, high = sorted((one, other))
    return _SENTENCE_ENDS.search(text, low, high) is None


_SENTENCE_ENDS = re.compile(r"[.!?](?:\s|$)")
# A date opening a bracket, perhaps after its day's name: "(Friday 13/11)", "(it was 13/11)".
_BRACKETED = re.compile(
    rf"\(\s*(?:(?:it|that|which)\s+was\s+|was\s+)?(?:held\s+)?(?:on\s+)?(?:(?:{_WEEKDAY_NAMES})\s+)?$", re.I
)


# "last one 28 feb 2026... sorry 28 feb 2025", "strat 11/11 - no sorry, the strat was 1/12": the worker corrects a
# date just written; only the second is meant.
_CORRECTION = re.compile(
    r"[\s.,;:!…–—-]*\(?\s*(?:no,?\s+)?(?:sorry(?: typo)?|oops|i mean|i meant|correction|my mistake|my bad|typo"
    r"|no wait|wait|actually(?: no)?)\b[\s.,;:!…–—-]*"
    r"(?:(?:it was|it's|its|it is|should be|should say|should read|i meant|i mean|meant|make that)\s+"
    r"|the (?P<again>(?:[\w']+\s+){1,3}?)(?:was|is|were)(?: on| held on)?\s+)?$",
    re.I,
)


def _corrected(text: str, dates: list[tuple[int, FoundDate]]) -> list[tuple[int, FoundDate]]:
    """The dates without any the worker corrected straight after writing it. A correction that names its event
    again ("the strat was") takes back only a date told with the same words just before it ("strat 11/11", or
    of the first one: "strat 20/11, sorry the first strat was 19/11"), not another event's ("strat 11/11 - sorry,
    the ICPC was 1/12" tells two) nor another one of the same event's ("ICPC 01/12 - sorry, the review ICPC is
    10/03")."""
    return [
        (at, item)
        for i, (at, item) in enumerate(dates)
        if i + 1 >= len(dates) or not _corrects(text, at, text[at + len(item.text) : dates[i + 1][0]])
    ]


def _corrects(text: str, at: int, between: str) -> bool:
    """The words `between` the date at `at` and the next take the first back (see _corrected)."""
    match = _CORRECTION.fullmatch(between)
    if match is None:
        return False
    again = match.group("again")
    if again is None:
        return True
    told = again.strip().lower()
    before = text[max(0, at - _SAID_BEFORE) : at].lower()
    # "strat 20/11, sorry the first strat was 19/11": the first one's day, whether put right or told beside it.
    return told in before or _THE_FIRST.sub("", told) in before


_SAID_BEFORE = 40  # characters before a corrected date where the event it is of is told
_THE_FIRST = re.compile(r"^(?:first|initial|1st)\s+")


_BRACKET_AFTER = re.compile(r"\s*\(\s*$")


def _weekdays_in_brackets(
    text: str, found: list[tuple[int, FoundDate | DateProblem]], today: date
) -> list[tuple[int, FoundDate | DateProblem]]:
    """ "came into care 20/11/2026 (Friday)": a weekday in brackets straight after a date tells that date's
    weekday, not another day; when it is not that date's, the worker is asked which they meant."""
    kept: list[tuple[int, FoundDate | DateProblem]] = []
    for at, item in found:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and isinstance(previous[1], FoundDate)
            and isinstance(item, FoundDate)
            and item.relative
            and item.text.lower() in _WEEKDAYS
            and _BRACKET_AFTER.fullmatch(text[previous[0] + len(previous[1].text) : at])
        ):
            told, wanted = previous[1], _WEEKDAYS[item.text.lower()]
            written = text[previous[0] : _through_bracket(text, at, item)]  # the date with its weekday
            day = told.day if told.day.weekday() == wanted else _year_with_weekday(told, wanted, today)
            if day is None:
                problem = _wrong_weekday(told.text, told.day, wanted, today)
                kept[-1] = (previous[0], problem)
            else:
                kept[-1] = (previous[0], replace(told, day=day, text=written))
            continue
        kept.append((at, item))
    return kept


_IN_BRACKETS = re.compile(r"\s*\(\s*")


def _through_bracket(text: str, at: int, item: FoundDate) -> int:
    """Where the words of a date written at `at` end, its closing bracket included when one follows."""
    end = at + len(item.text)
    return end + (text[end : end + 1] == ")")


def _dates_beside_weekdays(
    text: str, found: list[tuple[int, FoundDate | DateProblem]], today: date
) -> list[tuple[int, FoundDate | DateProblem]]:
    """ "comes into care this Friday (19 December)": a date in brackets straight after a weekday told against
    today is that weekday's date, whichever way the weekday alone would be read (last week's or this), and
    the same read ahead or back: the written date, in the year near today in which it falls on that weekday.
    When it falls on it in no such year, the worker is asked which they meant. ("Friday, 23 January" is read
    as one date where it is written.)"""
    kept: list[tuple[int, FoundDate | DateProblem]] = []
    for at, item in found:
        previous = kept[-1] if kept else None
        told = previous[1] if previous is not None else None
        weekday = _WEEKDAY_NAMED.search(told.text) if isinstance(told, FoundDate) else None
        if (
            previous is None
            or not isinstance(told, FoundDate)
            or not isinstance(item, FoundDate)
            or weekday is None
            or not told.relative
            or item.relative
            or not _IN_BRACKETS.fullmatch(text[previous[0] + len(told.text) : at])
        ):
            kept.append((at, item))
            continue
        wanted = _WEEKDAYS[weekday.group(0).lower()]
        if item.year_assumed:
            day = _year_with_weekday(item, wanted, today)
        else:
            day = item.day if item.day.weekday() == wanted else None
        if day is None:
            kept[-1] = (previous[0], _wrong_weekday(item.text, item.day, wanted, today))
        else:
            kept[-1] = (previous[0], FoundDate(day, text[previous[0] : _through_bracket(text, at, item)]))
    return kept


# A weekday that fits a date only in another year moves it there only when that is the nearest such day to
# today ("10/12 (Thursday)" asked on 2 December is next week's); a year off, a slip of the weekday is likelier.
WEEKDAY_YEAR_WINDOW_DAYS = 183


def _year_with_weekday(told: FoundDate, weekday: int, today: date) -> date | None:
    """ "ICPC booked for 10/12 (Thursday)": a date written without its year is in the year, next to today's,
    in which it falls on the weekday written, within half a year of today; None when it was written with its
    year, or no such year is near (the worker is then asked which date they meant)."""
    if not told.year_assumed:
        return None
    fits = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            candidate = told.day.replace(year=year)
        except ValueError:
            continue
        near = abs((candidate - today).days) <= WEEKDAY_YEAR_WINDOW_DAYS
        if candidate.weekday() == weekday and near and FIRST_DAY <= candidate <= LAST_DAY:
            fits.append(candidate)
    return min(fits, key=lambda d: abs((d - today).days), default=None)


_APPOSITION = re.compile(r"\s*\(?\s*")  # "Christmas Eve 24/12/26", "Christmas Eve (24/12/2026)": no comma


def _year_told_beside(text: str, i: int, dates: list[tuple[int, FoundDate]]) -> FoundDate:
    """ "Christmas Eve 24/12/26", "Christmas Eve (24/12/2026)": a day named in words without its year, written
    right beside the same day and month with one, is that date, not last year's Christmas Eve. Only a day in
    words (not "10/12 (10/12/2015 DOB)"), only right beside it (not "Monday 7th December, 07/12/2025 was the
    previous strat"), only a year next to the one it would be read in (not a date of birth's), and only when a
    weekday written agrees."""
    at, found = dates[i]
    if not found.year_assumed or found.relative or i + 1 == len(dates) or not _IN_WORDS.search(found.text):
        return found
    next_at, told = dates[i + 1]
    same_day = (told.day.month, told.day.day) == (found.day.month, found.day.day)
    beside = _APPOSITION.fullmatch(text[at + len(found.text) : next_at]) is not None
    weekday = _WEEKDAY_NAMED.search(found.text)
    agrees = weekday is None or _WEEKDAYS[weekday.group(0).lower()] == told.day.weekday()
    # A year far from the one the day would be read in is another event's ("5th January (05/01/2019 DOB)").
    near = abs(told.day.year - found.day.year) <= 1
    if same_day and beside and agrees and near and not told.year_assumed and not told.relative:
        return replace(found, day=told.day, year_assumed=False)
    return found


# "police rang on 22/03 and the strategy discussion was held the next day": a day told against the date written
# just before it, not against today. "The day after" and "the day before" only where they end the words ("the
# day after the bank holiday" is told against the holiday). Not "the next day's visit" (what is planned for it).
_AGAINST_THE_LAST = re.compile(
    r"\b(?:the\s+)?(?P<after>next|following)\s+day\b(?!\s*['’]s)"
    r"|\bthe\s+(?:(?P<previous>previous)\s+day\b|day\s+(?P<side>before|after)"
    r"(?=\s*(?:$|[.,;:!?)]|\s[-–—]|(?:and|but|so)\b)))",
    re.I,
)
# "the next day, 14/12/27", "the day before on the 19th": the date that follows says which day is meant.
_DATE_FOLLOWS = re.compile(r"[\s,(:\-–—]*(?:on\s+)?(?:the\s+)?$", re.I)
# "visited on the 5th and held the meeting the day after": a day told in between, even one not read as a date,
# is the one it is told against (a weekday in full, or a day of the month after "on", "from" or "since").
_TOLD_BETWEEN = re.compile(
    r"\b(?:on|from|since)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b|\b(?:" + "|".join(_FULL_WEEKDAYS) + r")\b",
    re.I,
)
# "her birthday was on 14/03/2012 and she came into care the next day": more likely this year's birthday than the
# day she was born, so no day is told against it.
_OF_A_BIRTH = re.compile(
    r"\b(?:dob|d\.o\.b|born|birthday|date of birth)\b\W*(?:(?:is|was|on)\W+){0,2}$", re.I
)
# Not a day of the case: "within the next day", "what's the next day I can visit", "my next day off", "the next
# day I'm in the office" (but "the next day we held the strat", "the next day I visited" are).
_NOT_A_DAY_BEFORE = re.compile(r"\b(?:within|by|until|what[’']?s|whats|my)\s*$", re.I)
_NOT_A_DAY_AFTER = re.compile(
    r"\s+(?:off\b|(?:i[’']?m|i am)\s+(?:in|free|off|back|around|available)\b|(?:i|we|you)\s+(?:can|could|am|are)\b)",
    re.I,
)
# "the previous day? sorry - the next day", "the ICPC the next day? No, ...": a day taken back straight after.
_TAKEN_BACK = re.compile(r"\s*\??\s*(?:sorry|no\b|oops|i mean|i meant|actually|correction)", re.I)


def _days_against_the_last(text: str, dates: list[tuple[int, FoundDate]]) -> list[tuple[int, FoundDate]]:
    """The dates, with each day told against the one before it ("the next day") among them: an event's day is
    more often told that way than by its date, and today is the wrong day to count it from."""
    added: list[tuple[int, FoundDate]] = []
    for match in _AGAINST_THE_LAST.finditer(text):
        start, end = match.span()
        told = sorted([*dates, *added], key=lambda pair: pair[0])
        before = [(at, item) for at, item in told if at + len(item.text) <= start]
        after = [at for at, _ in dates if at >= end]
        inside = any(at < end and start < at + len(item.text) for at, item in dates)
        if not before or inside or (after and _DATE_FOLLOWS.fullmatch(text[end : after[0]])):
            continue
        if (
            _NOT_A_DAY_BEFORE.search(text, 0, start)
            or _NOT_A_DAY_AFTER.match(text, end)
            or _TAKEN_BACK.match(text, end)
            # A date's words are found by their text: a second "the next day" would take the first one's.
            or text.find(match.group(0)) < start
        ):
            continue
        last_at, last = before[-1]
        if _TOLD_BETWEEN.search(text, last_at + len(last.text), start) or _OF_A_BIRTH.search(
            text, 0, last_at
        ):
            continue
        step = 1 if match.group("after") or match.group("side") == "after" else -1
        day = last.day + timedelta(days=step)
        if FIRST_DAY <= day <= LAST_DAY:
            added.append((start, replace(last, day=day, text=match.group(0))))
    return sorted([*dates, *added], key=lambda pair: pair[0])


def _one_day_told_twice(text: str, dates: list[tuple[int, FoundDate]]) -> list[tuple[int, FoundDate]]:
    """ "On New Year's Eve (31/12/25) I visited": a day in words with the same day written right beside it is
    one date, whose words are both (what is told of it follows the second)."""
    kept: list[tuple[int, FoundDate]] = []
    for at, item in dates:
        if kept:
            previous_at, previous = kept[-1]
            beside = _APPOSITION.fullmatch(text[previous_at + len(previous.text) : at]) is not None
            if (
                beside
                and previous.day == item.day
                and not previous.relative
                and _IN_WORDS.search(previous.text)
                and not _IN_WORDS.search(item.text)
            ):
                kept[-1] = (
                    previous_at,
                    replace(previous, text=text[previous_at : _through_bracket(text, at, item)]),
                )
                continue
        kept.append((at, item))
    return kept


_IN_WORDS = re.compile(r"[a-z]{3}", re.I)
_WEEKDAY_NAMED = re.compile(r"\b(?:" + _WEEKDAY_NAMES + r")\b", re.I)


def read_ahead(found: FoundDate, text: str, today: date) -> FoundDate:
    """The date as read ahead of today: a meeting booked "for 3/12", or one to count back from.

    Only a date without a year reads differently; found again by its own words in the question.
    """
    ahead = find_dates(text, today, prefer="future")
    return next((d for d in ahead.dates if d.text == found.text), found)
