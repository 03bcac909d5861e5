"""Dates out of chat text: day first, every format workers type, and refusals instead of guesses."""

from __future__ import annotations

from datetime import date

import pytest

from bot.wording import date_problem
from calculators.chatdates import find_dates, locate, times_told

TODAY = date(2026, 11, 24)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected", "year_assumed"),
    [
        ("strat was 19/12/2025", "2025-12-19", False),
        ("strat was 19/12/25, when's the icpc", "2025-12-19", False),
        ("19.12.2025", "2025-12-19", False),
        ("19-12-2025", "2025-12-19", False),
        ("2025-12-19", "2025-12-19", False),
        ("03/04/2026", "2026-04-03", False),
        ("19 Dec 2025", "2025-12-19", False),
        ("19th December 2025", "2025-12-19", False),
        ("the 19th of December", "2025-12-19", True),
        ("December 19th", "2025-12-19", True),
        ("Friday 19th December", "2025-12-19", True),
        ("Fri 19/12", "2025-12-19", True),
        ("19/12", "2025-12-19", True),
        ("24/11", "2026-11-24", True),
        # A date without its year is the last such day, even a few days ahead: "annual review held on 1/12" asked
        # on 24 November is last year's (this year's would put the next a year late); a meeting ahead is read
        # ahead by what its words say ("booked"), or by the step (a report before a meeting).
        ("icpc 7/12", "2025-12-07", True),
        ("29/02", "2024-02-29", True),
        ("today", "2026-11-24", False),
        ("yesterday", "2026-11-23", False),
        ("tomorrow", "2026-11-25", False),
        ("last Friday", "2026-11-20", False),
        ("last tuesday", "2026-11-17", False),
        ("on Monday", "2026-11-23", False),
        ("Monday", "2026-11-23", False),
        ("next Monday", "2026-11-30", False),
        ("dob 29/02/2012", "2012-02-29", False),
        ("placed this morning", "2026-11-24", False),
        ("referral in this am", "2026-11-24", False),  # chat shorthand for this morning
        ("s47 agreed this pm", "2026-11-24", False),  # ... and for this afternoon
        ("last night", "2026-11-23", False),
        ("placed w adopters yday", "2026-11-23", False),
        ("call with mum yestday", "2026-11-23", False),  # "yesterday" misspelt
        ("came into care yestrday", "2026-11-23", False),
        ("referal in 2day", "2026-11-24", False),  # "today" as texted (stop 65)
        (
            "police and us talked it through on the 3rd and agreed an icpc",
            "2026-11-03",
            True,
        ),  # "on the 3rd and"
        ("s47 started on the 2nd and we agreed a plan", "2026-11-02", True),  # ... and "started" (rv65b)
        ("icpc tmrw", "2026-11-25", False),
        ("rcpc tomoro", "2026-11-25", False),
        ("s47 agreed frday", "2026-11-20", False),  # a weekday misspelt as typed in a hurry
        ("strat wensday", "2026-11-18", False),
        ("s47 ref just in (fri)", "2026-11-20", False),  # a short day name in brackets
        ("plo mtg tues", "2026-11-24", False),
        ("moved on Christmas Eve 2025", "2025-12-24", False),
        ("contact in on xmas eve 2025", "2025-12-24", False),  # the chat spelling of Christmas
        ("strat was wed just gone", "2026-11-18", False),  # "just gone": the last one before today
        ("plo mtg tuesday just gone", "2026-11-17", False),  # on a Tuesday, a week ago
        ("strat wed just gone 11/11/26", "2026-11-11", False),  # the date written out is the day meant
        ("my manager has just agreed a s47", "2026-11-24", False),  # "has just" done: today
        ("police have just rung", "2026-11-24", False),
        ("we've just been passed a new family", "2026-11-24", False),
        ("manager's just said it needs a child protection enquiry", "2026-11-24", False),  # has just said
        ("a new referral landed with duty just now", "2026-11-24", False),  # "just now": today
        ("Just agreed s47 on a 6 year old", "2026-11-24", False),  # "Just agreed", its subject left out
        ("the strat was on the 3rd where police shared what they knew", "2026-11-03", True),
        ("icpc due when if the strat was the 3rd", "2026-11-03", True),  # "was the 3rd", told last: a date
        (
            "strat was the 20th, when's the ICPC?",
            "2026-11-20",
            True,
        ),  # ... in the past, the nearest before today
        ("Boxing Day", "2025-12-26", True),
        ("new year's day 2027", "2027-01-01", False),
        # Days that move with Easter are that year's, never the nearest Friday or Monday.
        ("placed on Good Friday", "2026-04-03", True),
        ("visit on easter monday 2025", "2025-04-21", False),
        ("took the children on Good Friday last year", "2025-04-18", False),
        ("Easter Sunday this year", "2026-04-05", False),
        ("ICPC booked Boxing Day next year", "2027-12-26", False),  # a named day's year told from today's
        ("Friday 30 April", "2027-04-30", True),  # no year: the nearest 30 April that is a Friday
        ("placed 25.8", "2026-08-25", True),
        ("came in thurs 19.11", "2026-11-19", True),
        # The meeting's minutes after its date, not a length of time.
        ("plo meeting 23.10 minutes to parents by when", "2026-10-23", True),
        ("plo meeting on fri 23.10 mins to the solicitors?", "2026-10-23", True),
        ("strat 24.3 icpc by?", "2026-03-24", True),  # "strat" ends in "at", but "24.3" is no time
        ("the review is today week", "2026-12-01", False),  # a week from today, in England
        ("visit tomorrow week", "2026-12-02", False),
        ("strat was yesterday week", "2026-11-16", False),
        ("review is on the 5th", "2026-11-05", True),  # a day of the month alone: the nearest one
        ("visit on the 30th", "2026-10-30", True),
        ("saw her on the 30th (she is on a plan)", "2026-10-30", True),  # an aside after it
        ("we had the conference on the 3rd whats next", "2026-11-03", True),
        ("icpc was on the 3rd first core grp date?", "2026-11-03", True),  # the step asked for after it
        ("the meeting on the 3rd where the plan was agreed", "2026-11-03", True),
        ("seeing them on Monday 23rd ok?", "2026-11-23", True),  # a weekday and a day: the nearest such
        ("visit on Fri the 4th", "2026-12-04", True),  # ahead, when that is the nearest Friday the 4th
        ("ICPC was Monday, 1st core group when?", "2026-11-23", False),  # "1st" is the core group's
        (
            "strat was on Monday, the 16th.",
            "2026-11-16",
            True,
        ),  # the day set off by a comma, closing the clause
        (
            "ICPC is the Friday before Christmas, 18th.",
            "2026-12-18",
            True,
        ),  # a weekday told by a feast near it
        ("strat was on Monday, 16th and the ICPC is booked", "2026-11-16", True),  # ... or joined to the next
        ("placed with adopters on Monday, 16th - when can they apply?", "2026-11-16", True),  # ... or a dash
        (
            "Just placed a 9 year old with emergency carers.",
            "2026-11-24",
            False,
        ),  # "just" before what happened
        ("seen at home on the 3rd of this month", "2026-11-03", False),  # a month told from today's
        ("the 28th of last month", "2026-10-28", False),
        ("booked for the 2nd of next month", "2026-12-02", False),
        ("conf is 6th april 26", "2026-04-06", False),  # two figures after a month's name: its year
        ("ICPC on 6 Apr '27", "2027-04-06", False),
        ("placed 6 april 26 weeks ago", "2026-04-06", True),  # ... not a number of weeks
        ("strat 3 march 10:30", "2026-03-03", True),  # ... nor a time
        ("icpc 2 may 12", "2026-05-02", True),  # ... nor a year outside the twenties and thirties
        ("icpc 14 may, 25 invited", "2026-05-14", True),  # ... nor a number after a comma
        ("cin visit 2 june 20 miles away", "2026-06-02", True),  # ... nor one with words after it
    ],
)
def test_reads_the_date(text: str, expected: str, year_assumed: bool) -> None:
    finding = find_dates(text, TODAY)
    assert finding.problems == ()
    assert [(d.day.isoformat(), d.year_assumed) for d in finding.dates] == [(expected, year_assumed)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ICPC is on 10 December", "2026-12-10"),
        ("conference on Monday", "2026-11-30"),
        ("review 24/11", "2026-11-24"),
        ("LAC review is on the 5th", "2026-12-05"),
        ("meeting on the 31st", "2026-12-31"),
    ],
)
def test_counting_back_from_an_event_prefers_the_next_date(text: str, expected: str) -> None:
    assert find_dates(text, TODAY, prefer="future").dates[0].day.isoformat() == expected


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("31/02/2026", "isn't a real date: February 2026 has 28 days"),
        ("29/02/2027", "February 2027 has 28 days"),
        ("12/19/2025", "19 isn't a month: dates are read day first"),
        ("Friday 20 December 2025", "20 December 2025 was a Saturday, not a Friday"),
        ("last visit was Tues 14th", "14 November 2026 was a Saturday, not a Tuesday"),  # neither 14th near
        ("Monday 45th", "November never has 45 days"),
        ("on the 31st of this month", "November 2026 has 30 days"),
        ("strat was on Monday 00th", "November never has 0 days"),
        ("Monday 30/11/2026", "is a Monday"),  # matches: not a problem
        ("came into care 20/11/2026 (Thursday)", "20 November 2026 was a Friday, not a Thursday"),
        ("01/01/0001", "outside the dates I can count (1990 to 2100)"),
        ("9999-12-31", "outside the dates I can count (1990 to 2100)"),
        ("31/12/1989", "outside the dates I can count (1990 to 2100)"),
    ],
)
def test_impossible_dates_are_problems_not_guesses(text: str, problem: str) -> None:
    finding = find_dates(text, TODAY)
    if problem == "is a Monday":
        assert finding.problems == () and finding.dates[0].day == date(2026, 11, 30)
    else:
        assert finding.dates == ()
        assert len(finding.problems) == 1 and problem in date_problem(finding.problems[0])


@pytest.mark.parametrize(
    "text",
    [
        "within 3 working days",
        "15",
        "S47",
        "12 months",
        "age 12",
        "every 4-6 weeks",
        "15 years 6 months",
        "level 4 & 5",
        "sat with the child",
        "mon, can you help",
        "wed in 2019, the parents",
        "the sun was out on the visit",
        "May 2026 was a busy month",
        "the visit lasted 2.5 hours",
        "we waited 5.5 minutes for the police",
        "it took 2.5 mins",
        "a level 2.4 case",
        "referred to the level 4/5 duty team",  # the council's levels of need, not 4 May
        "it stays at levels 3/4",
        "£3.20 bus fare",
        "1.5 working days",
        "the 3rd visit",
        "her 2nd core group",
        "when is the 2nd lac review",
        "the 1st core group after the ICPC",
        "the 2nd and 3rd CP visits were missed",
        "is this the 2nd?",
        "strat held at 2.10 pm",
        "child aged 2.5",
        "what does standard 4.2 say",
        "a score of 1.5",
        "strat 10.10",  # after a word ending in "at", a time (hours and two-figure minutes) is no date
        "chat 11.10 with my TL",
        "strat sat 11.10",  # the day's name ends in "at" too
        "ICPC a week today",  # a week ahead, or ("it's a week today since...") a week ago
        "placed a week yesterday",
        "ICPC is Monday week",  # the Monday after next, or next: no date rather than a guess
        "conference on Friday week",
        "has just one visit been missed",
        "she has just turned 16",  # "has just" of no event of the case
        "I've just been allocated a case",
        "a child who's just come into care",  # "who's just": the child's, not a manager's decision
        "Just had supervision with my TL. When is the next CP visit due?",  # the worker's own doing: no date
        "Just completed the C&F - when does it need recording?",
        "PLO letter sent on the 3rd where I also booked the meeting",  # its words' tense may be the booking's
        "the visit I did was the 2nd at home this month",  # an ordinal going on, not a day
        "she was the 1st to come into care",
        "the core group is the 8th",  # "is" the Nth: not read (it may be this month or next)
    ],
)
def test_things_that_are_not_dates(text: str) -> None:
    assert find_dates(text, TODAY).dates == ()


def test_a_weekday_in_brackets_after_a_date_is_that_date() -> None:
    finding = find_dates("came into care 20/11/2026 (Friday), visited 24/11/2026", TODAY)
    assert [d.day for d in finding.dates] == [date(2026, 11, 20), date(2026, 11, 24)] and not finding.problems


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Beside a date of an event that has happened, "has just" tells when the worker came to the case.
        ("I've just been passed a family. The summary was updated on 15/10/2026", [date(2026, 10, 15)]),
        # Beside only a date still ahead, or a birth, it is the day the event happened: today.
        ("We've just agreed a s47. Mum says come on Monday 30th", [TODAY, date(2026, 11, 30)]),
        ("We've just agreed a s47 on a 5 year old (DOB 02/02/2021)", [TODAY, date(2021, 2, 2)]),
        # (a day with no year that falls later this year is no date in the past, though first read as last year's)
        ("TL has just agreed a strat - school can't join until 30/11", [TODAY, date(2025, 11, 30)]),
        # ... and beside today told in other words, with which it agrees.
        (
            "Mum rang school on Friday and school rang us this morning. TL has just decided a strat is needed",
            [date(2026, 11, 20), TODAY, TODAY],
        ),
        # ... nor where it tells an event of the case done just now, beside an older one ...
        ("I've just done a stat visit, previous visit was 19/10/2026", [TODAY, date(2026, 10, 19)]),
        ("We've just had the strat, referral came in on 12/11/2026", [TODAY, date(2026, 11, 12)]),
        # ... unless the day it was is told beside it, as the worker counts days or in a bracket.
        ("I've just had my first PLO meeting, yesterday", [date(2026, 11, 23)]),
        ("We've just had the strat (Friday 20/11/2026) - when's the ICPC?", [date(2026, 11, 20)]),
        # Today told on in the words of "has just" is one telling; the worker's own paperwork "just done" is no
        # event; a child "just moved to new carers" is.
        (
            "Previous CP visit was 26/10/2026 and I've just done another one today",
            [date(2026, 10, 26), TODAY],
        ),
        ("I've just finished the placement plan; she was placed 12/11/2026", [date(2026, 11, 12)]),
        ("LAC child has just moved to new carers, came into care 01/09/2026", [TODAY, date(2026, 9, 1)]),
        # "Ive" typed without its apostrophe, a child who's "just moved".
        ("Ive just had the CIN review, the one before was 28/09/2026", [TODAY, date(2026, 9, 28)]),
        ("He's just moved placements. Previous placement began 03/08/2026", [TODAY, date(2026, 8, 3)]),
        # ... but not where what was just agreed is still to come, on the date told.
        ("We've just agreed she'll come into care; placement starts 30/11/2026", [date(2026, 11, 30)]),
        ("Just now agreed the child will be accommodated - she moves 30/11/2026", [date(2026, 11, 30)]),
    ],
)
def test_has_just_beside_other_dates(text: str, expected: list[date]) -> None:
    assert sorted(d.day for d in find_dates(text, TODAY).dates) == sorted(expected)


def test_several_dates_in_order() -> None:
    finding = find_dates("strat 19/12/25 and icpc 14/1/26", TODAY)
    assert [d.day for d in finding.dates] == [date(2025, 12, 19), date(2026, 1, 14)]


@pytest.mark.parametrize(
    "text",
    ["referral came in on Christmas Eve 24/12/26", "contact in Christmas Eve (24/12/2026), decision by?"],
)
def test_a_day_without_its_year_beside_the_same_day_with_one_is_that_date(text: str) -> None:
    assert {d.day for d in find_dates(text, TODAY).dates} == {date(2026, 12, 24)}


def test_a_day_without_its_year_beside_another_date_keeps_its_own_reading() -> None:
    finding = find_dates("Christmas Eve, strat was 19/12/26", TODAY)
    assert [d.day for d in finding.dates] == [date(2025, 12, 24), date(2026, 12, 19)]


def test_a_date_of_birth_in_brackets_lends_no_year() -> None:
    finding = find_dates("review conference on Tuesday 6th May (born 06/05/2019)", date(2025, 4, 24))
    assert finding.dates[0].day.year != 2019 and finding.dates[1].day == date(2019, 5, 6)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("ICPC on 10/12 (10/12/2015 DOB), report to chair by?", 2015),  # a date in figures lends nothing
        ("strat Monday 7th December, 07/12/2025 was the previous strat", 2025),  # a comma: another event
    ],
)
def test_a_neighbouring_date_of_another_event_lends_no_year(text: str, year: int) -> None:
    assert find_dates(text, date(2026, 12, 1)).dates[0].day.year != year


def test_a_date_of_birth_beside_a_day_in_words_lends_no_year() -> None:
    finding = find_dates("ICPC on the 5th January (05/01/2019 DOB) - report to chair by?", date(2026, 12, 1))
    assert finding.dates[0].day.year != 2019


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        ("comes into care this Friday (19 December), visit by?", date(2025, 12, 17), date(2025, 12, 19)),
        ("ICPC is next Friday (26/12) - report by?", date(2025, 12, 15), date(2025, 12, 26)),
        ("came into care this Friday (19 December), IHA?", date(2025, 12, 22), date(2025, 12, 19)),
        ("ICPC is on Friday (23 January) report to parents?", date(2026, 1, 17), date(2026, 1, 23)),
        ("strat this Monday (5 January)", date(2026, 1, 14), date(2026, 1, 5)),
        ("ICPC on Friday (23/01/2026)", date(2026, 1, 17), date(2026, 1, 23)),
    ],
)
def test_a_date_beside_a_weekday_is_that_weekdays_date(text: str, today: date, expected: date) -> None:
    for prefer in ("past", "future"):
        finding = find_dates(text, today, prefer=prefer)
        assert [d.day for d in finding.dates] == [expected] and not finding.problems


def test_a_date_beside_a_weekday_it_is_not_is_asked_about() -> None:
    finding = find_dates("strat was this Monday (13 January)", date(2026, 1, 14))
    assert finding.dates == () and "Monday" in date_problem(finding.problems[0])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("last one 28 feb 2026... sorry 28 feb 2025. when's the next?", [date(2025, 2, 28)]),
        ("strat 14/10/2026 (sorry, I mean 13/10/2026), ICPC?", [date(2026, 10, 13)]),
        ("visit 02/11/2026 oops it was 03/11/2026 - recorded by?", [date(2026, 11, 3)]),
        ("strat 11/11/2026 - no sorry, the strat was 1/12/2026, ICPC?", [date(2026, 12, 1)]),
        ("strat 20/11/2026, sorry the first strat was 19/11/2026", [date(2026, 11, 19)]),
        ("review PLO 27/11/2026 - no sorry, the review PLO was 26/11/2026", [date(2026, 11, 26)]),
        ("strat 24/11/2026 – my mistake, the strat was on 25/11/2026", [date(2026, 11, 25)]),
        ("visit 02/11/2026, no, sorry, the visit was on 03/11/2026", [date(2026, 11, 3)]),
        # Words of another event, or of another one of the same event, between them: both are meant.
        ("strat 11/11/2026 - sorry, the ICPC was 1/12/2026", [date(2026, 11, 11), date(2026, 12, 1)]),
        ("ICPC 01/12/2026 - sorry, the review ICPC is 10/03/2027", [date(2026, 12, 1), date(2027, 3, 10)]),
        ("strat 01/12/2026 - sorry, the second strat is 08/12/2026", [date(2026, 12, 1), date(2026, 12, 8)]),
        (
            "PLO meeting 01/12/2026 - sorry, the next PLO meeting is 12/01/2027",
            [date(2026, 12, 1), date(2027, 1, 12)],
        ),
        ("visit 02/11/2026, sorry, the home visit was 03/11/2026", [date(2026, 11, 2), date(2026, 11, 3)]),
        # Two dates with other words between them are both meant.
        ("sorry to ask, strat 13/10/2026 and ICPC 03/11/2026", [date(2026, 10, 13), date(2026, 11, 3)]),
        ("visits 02/11/2026, 16/11/2026 - sorry, within timescale?", [date(2026, 11, 2), date(2026, 11, 16)]),
    ],
)
def test_a_date_corrected_straight_after_is_the_corrected_one(text: str, expected: list[date]) -> None:
    assert [d.day for d in find_dates(text, TODAY).dates] == expected


@pytest.mark.parametrize(
    "text",
    [
        "strat 14/10/2026 sorry typo 13/10/2026 - ICPC?",
        "strat 14/10/2026 … (I meant 13/10/2026) ICPC?",
        "strat 14/10/2026 - no wait, 13/10/2026. ICPC?",
        "strat 14/10/2026 actually no 13/10/2026 icpc when",
    ],
)
def test_more_ways_of_correcting_a_date(text: str) -> None:
    assert [d.day for d in find_dates(text, TODAY).dates] == [date(2026, 10, 13)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "police rang on 02/11/2026 and the strat was held the next day - ICPC?",
            [date(2026, 11, 2), date(2026, 11, 3)],
        ),
        ("placed 30/10/2026, seen the following day", [date(2026, 10, 30), date(2026, 10, 31)]),
        ("ICPC on 10/11/2026, report went the day before.", [date(2026, 11, 10), date(2026, 11, 9)]),
        ("strat 06/11/2026 and the S47 started the day after", [date(2026, 11, 6), date(2026, 11, 7)]),
        # A date written after it says which day is meant.
        (
            "rang on 02/11/2026 and the strat was the next day, 04/11/2026",
            [date(2026, 11, 2), date(2026, 11, 4)],
        ),
        ("strat the day before on the 19th", [date(2026, 11, 19)]),
        # Told against an event, not a date; or with no date before it.
        ("strat 02/11/2026, S47 the day after the bank holiday", [date(2026, 11, 2)]),
        ("when is the next day I can visit?", []),
        # A day told in between is the one meant ("on the 5th and": the 5th, stop 65), never the date before it;
        # and a birthday's year is not.
        (
            "placed 02/11/2026, visited on the 5th and held the meeting the day after",
            [date(2026, 11, 2), date(2026, 11, 5), date(2026, 11, 6)],
        ),
        # ... but not a day "until" ("until the 19th and": ahead or behind, unsaid).
        (
            "placed 02/11/2026, school's off until the 19th and the hearing is 30/11/2026",
            [date(2026, 11, 2), date(2026, 11, 30)],
        ),
        ("her birthday is 14/03/2012 and she came into care the next day", [date(2012, 3, 14)]),
        ("her birthday was on 14/03/2012 and she came into care the next day", [date(2012, 3, 14)]),
        # Told against a day itself told so; a dash after "the day before".
        (
            "strat 02/11/2026, S47 decided the next day and ICPC held the following day",
            [date(2026, 11, 2), date(2026, 11, 3), date(2026, 11, 4)],
        ),
        ("rang 02/11/2026 and visited the day before - in time?", [date(2026, 11, 2), date(2026, 11, 1)]),
        # Not a day of the case: what is planned for it, a time allowed, one taken back, or said twice.
        ("placed 02/11/2026, the next day’s visit didn't happen", [date(2026, 11, 2)]),
        ("placed 02/11/2026, visit within the next day?", [date(2026, 11, 2)]),
        ("placed 02/11/2026, the next day I'm in the office is when I'll see her", [date(2026, 11, 2)]),
        (
            "police rang on 02/11/2026 and the next day we held the strat",
            [date(2026, 11, 2), date(2026, 11, 3)],
        ),
        ("child placed 02/11/2026, the next day I visited", [date(2026, 11, 2), date(2026, 11, 3)]),
        (
            "strat 02/11/2026 and the ICPC the next day? No, it is booked 19/11/2026",
            [date(2026, 11, 2), date(2026, 11, 19)],
        ),
        ("strat 02/11/2026, S47 the next day, ICPC the next day too", [date(2026, 11, 2), date(2026, 11, 3)]),
    ],
)
def test_a_day_told_against_the_date_before_it(text: str, expected: list[date]) -> None:
    assert [d.day for d in find_dates(text, TODAY).dates] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Christmas Eve (24/12/2026) I visited", "Christmas Eve (24/12/2026)"),
        ("placed Christmas Eve 24/12/26 late", "Christmas Eve 24/12/26"),
    ],
)
def test_a_day_in_words_beside_the_same_date_is_one_date(text: str, expected: str) -> None:
    assert [(d.day, d.text) for d in find_dates(text, TODAY).dates] == [(date(2026, 12, 24), expected)]


@pytest.mark.parametrize(
    ("text", "written", "start", "expected"),
    [
        ("review booked for 29 April. I visited on 9 April.", "9 April", 0, 41),  # not inside "29 April"
        ("seen 19/03, again 9/03", "9/03", 0, 18),
        ("9 April and 9 April", "9 April", 1, 12),
        ("on 29 April", "9 April", 0, -1),
        ("we've just had the meeting", "'ve just", 0, 2),  # from an apostrophe: straight after a letter
    ],
)
def test_a_date_is_found_where_it_stands_on_its_own(
    text: str, written: str, start: int, expected: int
) -> None:
    """Where a date's words sit decides which event they are read with: never inside another date."""
    assert locate(text, written, start) == expected


@pytest.mark.parametrize(
    ("text", "written", "expected"),
    [
        ("seen 19/03, again 9/03", "9/03", 1),  # not once more inside "19/03"
        ("Today I'm on duty. Strat was today", "Today", 2),  # told again in another case
        ("on 29 April", "9 April", 0),
    ],
)
def test_a_date_told_again_is_counted_where_it_stands_on_its_own(
    text: str, written: str, expected: int
) -> None:
    """Whether a day is told once decides whether its only words are read as an aside."""
    assert times_told(text, written) == expected


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        ("I'm off tomorrow for Good Friday", date(2026, 4, 2), date(2026, 4, 3)),
        ("I'm off tomorrow for Christmas Day", date(2026, 12, 24), date(2026, 12, 25)),
    ],
)
def test_a_named_day_on_a_date_told_is_that_date(text: str, today: date, expected: date) -> None:
    """Read a year back, the named day would be a second date of its own, a year early, for rules to count from."""
    assert {d.day for d in find_dates(text, today).dates} == {expected}


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        ("strat was the day before Good Friday 2026", date(2026, 5, 1), [date(2026, 4, 2)]),
        ("ICPC is the Tuesday after Easter Monday 2026", date(2026, 3, 1), [date(2026, 4, 7)]),
        ("placed the day after Boxing Day", date(2026, 1, 5), [date(2025, 12, 27)]),
        # 22/12/25 is itself a Monday: the Monday before it is the one a week earlier.
        ("visited the Monday before 22/12/25", date(2026, 1, 5), [date(2025, 12, 15)]),
        ("strat the day after 12/03/26", date(2026, 5, 1), [date(2026, 3, 13)]),
        # A holiday named bare is a day only so: Easter Sunday, Christmas Day, New Year's Day.
        ("strat was the Monday before Christmas", date(2026, 1, 10), [date(2025, 12, 22)]),
        ("the Thursday before Easter", date(2026, 5, 1), [date(2026, 4, 2)]),
        ("the day before New Year", date(2027, 1, 5), [date(2026, 12, 31)]),
        ("the Friday after New Year 2027", date(2026, 12, 1), [date(2027, 1, 8)]),
        # A working day is not the day, nor is a holiday (rv94).
        ("strat on the first working day after New Year 2027", date(2026, 12, 21), []),
        ("I'm on holiday before 22/12/26", date(2026, 12, 7), [date(2026, 12, 22)]),
        # The worker asking of a step of their own against a meeting's date: the date is the meeting's (rv94).
        (
            "Can I send my report to the chair the day before 16/12/26?",
            date(2026, 12, 7),
            [date(2026, 12, 16)],
        ),
        # Words after the date that name what it is the date of keep it so (final58).
        (
            "core group on the Thursday after 01/12/26 ICPC",
            date(2026, 12, 7),
            [date(2026, 12, 3), date(2026, 12, 1)],
        ),
        # A date written again is read where it first stands: not moved inside the phrase (rv94).
        (
            "seen the day after 01/12/26 following the strat on 01/12/26",
            date(2026, 12, 7),
            [date(2026, 12, 1), date(2026, 12, 1)],
        ),
    ],
)
def test_a_day_told_against_the_date_after_it(text: str, today: date, expected: list[date]) -> None:
    """Not the date it is told against, nor the weekday nearest today: "the day before Good Friday" was read as Good
    Friday, and "the Monday before Christmas", asked in January, as that week's Monday."""
    assert [d.day for d in find_dates(text, today).dates] == expected


def test_a_holiday_named_bare_is_no_date_on_its_own() -> None:
    assert find_dates("we saw him over Easter and before Christmas", TODAY).dates == ()
