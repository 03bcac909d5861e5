"""The role of each date: which event its own words name, and what is left to name the step."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bot.core import PracticeGuide
from calculators.chatdates import FoundDate, find_dates
from knowledge.date_roles import DateRole, EventNamer, loose_runs, stemmed, tense, told_again, word_runs
from knowledge.records import Event
from knowledge.step_dates import best_start

TODAY = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("question", "roles"),
    [
        ("strat was 19/12/25, when's the ICPC?", [("strategy-discussion", "2025-12-19")]),
        # "yesterday's pre-proceedings meeting": the words after the day's "'s" say what it was, though the sentence asks.
        (
            "when does the write-up of yesterday's pre-proceedings meeting need to go to mum?",
            [("plo-meeting", "2026-11-23")],
        ),
        ("today's strat - icpc by?", [("strategy-discussion", "2026-11-24")]),
        ("ICPC is on 8/12/2026, report to the chair by?", [("icpc", "2026-12-08")]),
        (
            "first review booked for 6 Jan 2027, last visit 18/12/2026, next visit?",
            [("lac-review", "2027-01-06"), (None, "2026-12-18")],  # "last visit" is several events' name
        ),
        ("temporary approval ends 22/12/2026, extended 8 weeks", [("temporary-approval-end", "2026-12-22")]),
        ("DOB 14/03/2014, when does she turn 12?", [("date-of-birth", "2014-03-14")]),
        ("Our YP turns 15 on 20 December 2025, pathway plan?", [("date-of-birth", "2010-12-20")]),
        ("formal dispute raised by the IRO 08/12/2025, resolved by?", [("formal-dispute", "2025-12-08")]),
        # The strat is still needed: the date is the decision's.
        ("manager decided on 19/12/2025 that a strat is needed", [("strategy-decision", "2025-12-19")]),
        # A bracket of other dates doesn't take the words before it from the date after it; a list of dates
        # of birth is all dates of birth.
        (
            "ICPC for the twins (DOBs 02/03/2019 and 04/05/2021) is booked for 10/12/2026",
            [("date-of-birth", "2019-03-02"), ("date-of-birth", "2021-05-04"), ("icpc", "2026-12-10")],
        ),
        # "School rang" is a contact. A date told after a comma, with no words of its own, is the date of the
        # words before the comma; "the next day" tells when, it doesn't ask.
        (
            "School rang on 16/11/2026 and the strat was held the next day, Tues 17 November. ICPC by?",
            [("contact", "2026-11-16"), ("strategy-discussion", "2026-11-17")],
        ),
        ("core grp was 20/11/2026, next one due?", [("core-group", "2026-11-20")]),
        # A date listed after another, with no words of its own, is the same event's.
        (
            "FC supervisory visits 18/11/2026 and 04/01/2027 - within six weeks?",
            [("foster-carer-visit", "2026-11-18"), ("foster-carer-visit", "2027-01-04")],
        ),
        # ... but not words that ask.
        ("what's due next, 17/11/2026?", [(None, "2026-11-17")]),
        # A date whose only words point back ("That was on ...") is the date of the sentence before ...
        (
            "The police and social care had the strat about the boys. That was on 16/11/2026. ICPC?",
            [("strategy-discussion", "2026-11-16")],
        ),
        (
            "The core group met to go through the plan. This happened on 18/11/2026.",
            [("core-group", "2026-11-18")],
        ),
        # "and" between two agencies joins them: the date is the meeting with both.
        (
            "We had a strategy meeting with police and health on 18/11/2026 about the twins. ICPC by?",
            [("strategy-discussion", "2026-11-18")],
        ),
        # ... when that sentence tells, not asks ...
        ("When is the core group due? That was on 18/11/2026.", [(None, "2026-11-18")]),
        # ... or asks what follows one event: that event (stop 57).
        ("When is the core group due after the ICPC? That was on 18/11/2026.", [("icpc", "2026-11-18")]),
        # "It's on ..." after a question is the one meeting it names that steps are counted back from ...
        (
            "When does the chair need my report for the review conference? It's on 18/11/2026.",
            [("review-conference", "2026-11-18")],
        ),
        # ... not an event it names that nothing is counted back from.
        ("Is a core group needed after a strat? It's on 18/11/2026.", [(None, "2026-11-18")]),
        # "Last looked at" is family time's review only when family time is what was looked at.
        ("The care plan was last looked at on 02/03/2026. Next review?", [(None, "2026-03-02")]),
        # "that evening" points back to the day before it: the words after it are that day's.
        (
            "Her respite carers handed her back on Saturday 2 May 2026 and she went to new carers that evening.",
            [("placement", "2026-05-02")],
        ),
        # Foster carers giving notice end a placement: no notice of a transfer.
        (
            "Placement's shaky - the carers gave notice on 02/03/2026. How soon does the meeting happen?",
            [("carers-gave-notice", "2026-03-02")],
        ),
    ],
)
def test_each_date_belongs_to_the_event_its_words_name(
    guide: PracticeGuide, question: str, roles: list[tuple[str | None, str]]
) -> None:
    found, _ = guide.steps.roles(question, find_dates(question, TODAY).dates)
    assert [(r.lead, r.found.day.isoformat()) for r in found] == roles


@pytest.mark.parametrize(
    ("question", "day"),
    [
        ("first review isn't till 20/11, last visit 3/11, next visit?", "2027-11-20"),  # booked ahead
        ("the LAC review is booked for 2/1", "2028-01-02"),
        ("next cp visit due, last seen 20/11", "2026-11-20"),  # "next" and "due" only ask
        ("first review isn't till 20/11/2026, next visit?", "2026-11-20"),  # its year told: as told
    ],
)
def test_a_date_booked_ahead_without_its_year_is_read_ahead(
    guide: PracticeGuide, question: str, day: str
) -> None:
    today = date(2027, 11, 5)
    found, _ = guide.steps.roles(question, find_dates(question, today).dates, today)
    assert found[0].found.day.isoformat() == day


def test_words_after_the_date_belong_to_it_too(guide: PracticeGuide) -> None:
    question = "Review conference on 16/03/2026 ended the CP plan, when's the first CIN meeting?"
    found, _ = guide.steps.roles(question, find_dates(question, TODAY).dates)
    assert {"review-conference", "cin-deplanned"} <= set(found[0].events)


def test_a_longer_name_hides_the_shorter_one_inside_it(guide: PracticeGuide) -> None:
    events, lead = guide.steps.events.named("review conference")
    assert lead == "review-conference" and "icpc" not in events  # "conference" alone is the ICPC


@pytest.mark.parametrize(
    ("question", "aside"),
    [
        # Said of the worker, beside a day of the case: no event of the case.
        ("Covering duty today. the visit was 16/3/26. when should I go back", True),
        # Alone, the day may be the case's too, and so may a day told again (a fresh review's case).
        ("I'm on duty today and placed a child with carers, when is the placement meeting?", False),
        ("Covering duty today. Referral received 16/3/26. Strat held today. ICPC?", False),
    ],
)
def test_a_day_said_only_of_being_on_duty(guide: PracticeGuide, question: str, aside: bool) -> None:
    found, _ = guide.steps.roles(question, find_dates(question, date(2026, 3, 17)).dates)
    today = next(r for r in found if r.found.day == date(2026, 3, 17))
    assert today.aside is aside


@pytest.mark.parametrize(
    ("words", "event"),
    [
        ("the kids were made subject to protection plans", "icpc"),  # the conference that made the plans
        ("exceptional plo extension agreed at the meeting", "plo-extension-agreed"),
        ("extension agreed", "extension-agreed"),  # of what, it doesn't say: not PLO's
        ("the adopters filed their adoption order application", "adoption-order-applied"),
        ("the carers gave notice", "carers-gave-notice"),  # on the placement: no transfer's notice
        ("foster carers have given 28 days notice", "carers-gave-notice"),
        ("family time last looked at", "family-time-review"),
    ],
)
def test_events_named_by_plain_words(guide: PracticeGuide, words: str, event: str) -> None:
    assert guide.steps.events.named(words)[1] == event


def test_what_is_left_names_the_step(guide: PracticeGuide) -> None:
    question = "ICPC is on 8/12/2026, when does my report go to the chair?"
    _, rest = guide.steps.roles(question, find_dates(question, TODAY).dates)
    assert "ICPC" not in rest and "report go to the chair" in rest


@pytest.mark.parametrize(
    ("words", "phrase", "found"),
    [
        ("first lac review since placement not yet held", "review not yet held", True),
        ("first lac review not happened yet", "review happened", False),  # a "not" between the words
        ("review was held", "review held", True),
        ("review of the case by the team leader was held", "review held", False),  # too far apart
        ("held the review", "review held", False),  # the words in another order
    ],
)
def test_a_stated_phase_may_have_words_between_its_name(words: str, phrase: str, found: bool) -> None:
    assert (phrase in loose_runs(words, [phrase])) is found


def test_word_runs_find_every_run_where_it_is() -> None:
    runs = word_runs("last cp visit was last week")
    assert runs["last"] == [(0, 1), (4, 5)] and runs["last cp visit"] == [(0, 3)]


def test_an_event_name_may_have_a_word_inside_it(guide: PracticeGuide) -> None:
    events, lead = guide.steps.events.named("temporary approval period ends")
    assert lead == "temporary-approval-end" and "temporary-approval" not in events


def test_a_loose_name_is_as_long_as_its_own_words() -> None:
    """'a child was placed with adopters': "child placed" spans three words but is a two-word name, so the
    three-word "placed with adopters" names the date."""
    namer = EventNamer(
        [
            Event("placement", "the placement", ("placed", "child placed")),
            Event("adoptive-placement", "placed with adopters", ("placed with adopters",)),
        ]
    )
    assert namer.named("a child was placed with adopters") == (("adoptive-placement",), "adoptive-placement")


@pytest.mark.parametrize(
    ("words", "happened", "ahead"),
    [
        ("came off the plan at conference on", True, False),
        ("the assessment started", True, False),
        ("strat was", True, False),
        ("first review booked for", False, True),
        ("the first review isn't until", False, True),
        ("ICPC on", False, False),
        ("now the first review's been and gone", True, False),
        ("post ILAC statutory visits on", True, False),
    ],
)
def test_the_words_of_a_date_say_whether_its_event_has_happened(
    words: str, happened: bool, ahead: bool
) -> None:
    assert tense(words) == (happened, ahead)


@pytest.mark.parametrize(
    ("question", "aside"),
    [
        ("I'm off on 22/12/2026, when is the ICPC due? strat 15/12/2026", True),
        ("manager off from 21/12/2026", True),
        ("the formal dispute kicked off on 21/12/2026, when should it be resolved?", False),
        ("the plan was signed off on 21/12/2026", False),
        ("I'm signed off from 14/12/2026 till 28/12/2026, when's the ICPC?", True),  # sick leave
        ("TL went off on 10/12/2026, when's the TL review due?", True),
    ],
)
def test_leave_is_an_aside_but_a_thing_kicking_off_is_not(
    guide: PracticeGuide, question: str, aside: bool
) -> None:
    found, _ = guide.steps.roles(question, find_dates(question, TODAY).dates)
    assert found[0].aside is aside


@pytest.mark.parametrize(
    ("question", "events"),
    [
        (
            "placed on 03/03/2026 under s20 after an S47 that began 24/02/2026",
            [("looked-after", "placement"), ("s47-initiated",)],
        ),
        ("ICPC on 05/01/2027 following the strat on 22/12/2026", [("icpc",), ("strategy-discussion",)]),
    ],
)
def test_words_before_an_after_between_two_dates_are_the_firsts(
    guide: PracticeGuide, question: str, events: list[tuple[str, ...]]
) -> None:
    found, _ = guide.steps.roles(question, find_dates(question, TODAY).dates)
    assert [r.events for r in found] == events


@pytest.mark.parametrize(
    ("question", "aside"),
    [
        ("his gran's birthday party is on 27/12/2026, the strat was 24/12/2026 - ICPC?", [True, False]),
        ("mum's birthday is 20/03/2026; she came into care 06/03/2026", [True, False]),
        ("his birthday is 27/12/2015, strat was 24/12/2026 - advocate?", [False, False]),
        # A year that makes the one born a child is the child's, whoever is named before it.
        ("lives with dad born on the 03/03/2011, strat 24/12/2026", [False, False]),
        ("lives with dad born on the 03/03/1995, strat 24/12/2026", [True, False]),
        ("Mum’s DOB 03/03/1995, strat 24/12/2026", [True, False]),  # a curly apostrophe
    ],
)
def test_a_relatives_birthday_is_no_date_of_the_case(
    guide: PracticeGuide, question: str, aside: list[bool]
) -> None:
    found, _ = guide.steps.roles(question, find_dates(question, TODAY).dates)
    assert [r.aside for r in found] == aside


@pytest.mark.parametrize(
    "question",
    [
        "mum's DOB 04/05/1995 and 02/03/1990, child 10/06/2011 - when is the pathway plan due?",
        "Mum and dad (DOBs 04/05/1995 and 02/03/1990), child born 10/06/2011, pathway plan?",
    ],
)
def test_a_list_of_adults_dates_of_birth_is_all_adults(guide: PracticeGuide, question: str) -> None:
    found, _ = guide.steps.roles(question, find_dates(question, TODAY).dates)
    assert [r.aside for r in found] == [True, True, False]


@pytest.mark.parametrize(
    ("question", "moved"),
    [
        ("review conference moved from 16/12/2026 to 04/01/2027", [True, False]),
        (
            "the review conference hasn't been moved from 16/12/2026, report to parents by 10/12/2026?",
            [False, False],
        ),
        ("she moved placement from 10/11/2026, visit due?", [False]),
        ("ICPC moved from 10/12/2026 - now on 17/12/2026 - report to chair by?", [True, False]),
        ("ICPC postponed from 10/12/2026, when does the report go to the chair?", [True]),
        ("conference changed from 16/12/2026 to 05/01/2027, report to parents by?", [True, False]),
        (
            "ICPC was meant to be 10/12/2026 but the chair has moved it to 17/12/2026, report by?",
            [True, False],
        ),
        # Another event named between the dates: the second is that event's, the first stays the ICPC's.
        ("ICPC 03/12/2026, core group moved it to 14/12/2026 - next?", [False, False]),
        # Something that happened is not what "it" moved: a visit or a meeting may have been (a fresh review's).
        ("strat held 30/11/2026, police asked and we moved it to 03/12/2026 - ICPC?", [False, False]),
        ("referral received 30/11/2026, TL moved it to 03/12/2026 - allocation due", [False, False]),
    ],
)
def test_only_a_date_moved_from_to_another_is_set_aside(
    guide: PracticeGuide, question: str, moved: list[bool]
) -> None:
    found, _ = guide.steps.roles(question, find_dates(question, TODAY).dates)
    assert [r.moved for r in found] == moved


@pytest.mark.parametrize(
    ("word", "other"),
    [("complete", "completed"), ("agree", "agreed"), ("issue", "issued")],
)
def test_a_word_and_its_past_tense_meet(word: str, other: str) -> None:
    assert stemmed(word) == stemmed(other)


@pytest.mark.parametrize(("word", "other"), [("place", "placed"), ("state", "stat"), ("note", "not")])
def test_words_that_would_meet_another_without_their_e_keep_it(word: str, other: str) -> None:
    assert stemmed(word) != stemmed(other)


def test_not_yet_is_read_of_a_step_without_a_date_only() -> None:
    assert tense("the first review hasn't happened yet", dated=False) == (False, True)
    assert tense("we haven't had the first review yet", dated=False)[1]
    assert not tense("first review hasn't had its minutes")[1]  # not said to be ahead


def test_a_meeting_moved_to_a_day_is_no_placement(guide: PracticeGuide) -> None:
    """ "conference was moved to 13/01": the meeting's new day, initial or review unsaid, not a child moved."""
    question = "conference was moved to 13/01/2027, report to the chair by?"
    (role,), _ = guide.steps.roles(question, find_dates(question, TODAY).dates)
    assert "placement" not in role.events and {"icpc", "review-conference"} <= set(role.events)
    assert role.lead is None


def test_a_day_ahead_that_names_nothing_is_no_start_beside_a_dated_event(guide: PracticeGuide) -> None:
    """A one-off step counted on from what happened: "placed today ... family time is on 10 April" counts the
    variation from the placement, not from the day ahead whose words name nothing."""
    placed = DateRole(FoundDate(date(2026, 4, 1), "today"), "we placed her", ("placement",), "placement")
    ahead = DateRole(FoundDate(date(2026, 4, 10), "10 April"), "family time is on", (), None, coming=True)
    variation = guide.deadlines.rules["variation-of-approval"]
    assert best_start(variation, [placed, ahead])[0].day == date(2026, 4, 1)
    assert best_start(variation, [replace(ahead, coming=False), placed])[0].day == date(2026, 4, 10)


def test_a_day_pointed_back_to_is_the_same_day_told_again() -> None:
    """A step named beside "that night" is told on its start's day, not dated on a day of its own."""
    day = FoundDate(date(2025, 12, 20), "20/12/2025")
    pointer = replace(day, text="that night")
    assert told_again(pointer, day) and told_again(day, pointer)
    assert not told_again(replace(day, text="21/12/2025"), day)
    assert not told_again(replace(pointer, day=date(2025, 12, 21)), day)
