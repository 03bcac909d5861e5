"""What the core decides to say for each kind of question, checked on the real pack and engine."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answer import Kind, Reason
from bot.core import PracticeGuide
from bot.render.as_json import answer_json
from bot.render.text import render_text
from calculators.date_problems import Trouble
from calculators.timescale import Count

TODAY = date(2026, 11, 24)


def test_deadline_question_gives_the_date_how_counted_and_the_quote(guide: PracticeGuide) -> None:
    answer = guide.answer("strat was 19/12/25, when's the ICPC?", today=TODAY)
    assert answer.kind is Kind.DEADLINE and answer.answered
    result = answer.deadlines[0]
    assert result.due == date(2026, 1, 14)
    assert answer.quoted is not None and result.timescale.standard_id == answer.quoted.id
    assert (result.timescale.count, result.timescale.n) == (Count.WORKING_DAYS, 15)
    assert [s.name for s in result.skipped] == ["Christmas Day", "Boxing Day", "New Year's Day"]
    assert "within working 15 days of the initial strategy discussion" in answer.quoted.text
    assert answer.read_as is None and answer.other_dates == 0


def test_a_day_told_twice_is_one_date(guide: PracticeGuide) -> None:
    """ "today, Friday 06/11/2026" is one date: counted once, and no note that other dates were left out."""
    question = "first PLO meeting was today, Friday 06/11/2026 - when do the viability requests go in?"
    answer = guide.answer(question, today=date(2026, 11, 6))
    assert answer.deadlines and answer.deadlines[0].timescale.rule == "viability-request"
    assert answer.deadlines[0].due == date(2026, 11, 11)
    assert answer.other_dates == 0


def test_an_adults_date_of_birth_beside_the_case_dates_is_left_out(guide: PracticeGuide) -> None:
    question = (
        "ICPC was 02/11/2026 and gran (DOB 14/02/1958) is offering to help - when's the first core group?"
    )
    answer = guide.answer(question, today=date(2026, 11, 3))
    assert answer.deadlines and answer.deadlines[0].timescale.rule == "first-core-group"
    assert answer.deadlines[0].due == date(2026, 11, 12)


def test_an_adults_date_of_birth_left_out_makes_no_other_date_a_birth(guide: PracticeGuide) -> None:
    """Its "DOB" goes with it: the placement date after it is not read as the child's date of birth."""
    question = "Gran dob 04/05/1961 has had him since 02/11/2020, when does the pathway plan start?"
    answer = guide.answer(question, today=date(2026, 11, 10))
    assert not answer.deadlines and answer.reason is Reason.NEED_DATE
    assert answer.invite is not None and answer.invite.timescale.rule == "pathway-plan"


def test_an_adults_date_of_birth_is_never_the_childs(guide: PracticeGuide) -> None:
    question = "Mum (DOB 04/05/1995) - baby came into care 02/11/2026, when is the pathway plan due?"
    answer = guide.answer(question, today=date(2026, 11, 10))
    assert not answer.deadlines and answer.reason is Reason.NEED_DATE


@pytest.mark.parametrize(
    "question",
    [
        "placed with carers, DOB 03/03/2011 - pathway plan start?",
        "placed with gran, DOB 03/03/2011 - pathway plan start?",
        "lives with dad. DOB 03/03/2011, pathway plan start?",
    ],
)
def test_a_childs_date_of_birth_after_a_family_word_is_the_childs(
    guide: PracticeGuide, question: str
) -> None:
    answer = guide.answer(question, today=date(2026, 11, 10))
    assert answer.deadlines and answer.deadlines[0].due == date(2026, 9, 3)


def test_an_adults_date_of_birth_with_a_name_between_is_left_out(guide: PracticeGuide) -> None:
    question = "Mother: Jane Smith (DOB 04/05/1985) - child came into care 02/11/2026, when's the initial LAC review?"
    answer = guide.answer(question, today=date(2026, 11, 10))
    assert answer.deadlines and answer.deadlines[0].due == date(2026, 11, 30)


def test_a_date_before_the_calendar_on_its_own_is_still_reported(guide: PracticeGuide) -> None:
    for question in (
        "gran DOB 14/02/1958, when does she turn 70?",
        "strat 04/05/1925, icpc by?",
        "dob 1/2/15, strat 19/12/1925, when's the ICPC?",  # the child's DOB before a mistyped case date
        "came into care 02/11/2026, YP born 04/05/1909, pathway plan?",  # a child's mistyped year
    ):
        answer = guide.answer(question, today=date(2026, 11, 3))
        assert answer.reason is Reason.DATE_PROBLEM and not answer.deadlines, question


def test_a_step_with_no_date_gets_the_timescale_and_an_invitation(guide: PracticeGuide) -> None:
    answer = guide.answer("when is the ICPC due?", today=TODAY)
    assert answer.kind is Kind.STANDARD and answer.answered and not answer.deadlines
    assert answer.quoted is not None and "within working 15 days" in answer.quoted.text
    assert answer.invite is not None and answer.invite.timescale.rule == "icpc"
    assert answer.invite.event_label == "the initial strategy discussion"


def test_a_date_with_no_step_asks_which_step(guide: PracticeGuide) -> None:
    answer = guide.answer("it was 19/12/2025, when is it due?", today=TODAY)
    assert answer.kind is Kind.DEADLINE and not answer.answered and not answer.deadlines
    assert answer.reason is Reason.WHICH_STEP and answer.date_read == date(2025, 12, 19)


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("strat was 31/02/2026, when's the ICPC?", Trouble.NO_SUCH_DAY),
        ("strat was Friday 20 December 2025, when's the ICPC?", Trouble.WRONG_WEEKDAY),
    ],
)
def test_impossible_dates_are_refused_not_guessed(guide: PracticeGuide, question: str, says: Trouble) -> None:
    answer = guide.answer(question, today=TODAY)
    assert not answer.answered and not answer.deadlines
    assert answer.reason is Reason.DATE_PROBLEM
    assert [p.trouble for p in answer.problems] == [says]


def test_a_date_with_no_year_says_which_year_it_took(guide: PracticeGuide) -> None:
    answer = guide.answer("strat was 19 Dec, when's the icpc", today=TODAY)
    assert answer.deadlines[0].start == date(2025, 12, 19)
    assert answer.read_as is not None and answer.read_as.year_assumed and answer.read_as.text == "19 Dec"


def test_counting_back_from_a_conference_takes_the_next_such_date(guide: PracticeGuide) -> None:
    answer = guide.answer("ICPC is on 10 December, when does my report have to go to the chair?", today=TODAY)
    result = answer.deadlines[0]
    assert result.start == date(2026, 12, 10)
    assert result.due == date(2026, 12, 7)


def test_out_of_scope_question_abstains_with_nearest_guesses(guide: PracticeGuide) -> None:
    answer = guide.answer("is there a dress code for home visits?", today=TODAY)
    assert answer.kind is Kind.UNKNOWN and not answer.answered and answer.reason is Reason.NO_MATCH
    assert answer.quoted is None and 0 < len(answer.suggestions) <= 3
    # JSON clients still see the guesses as matches, with answered false
    assert answer.matches == answer.suggestions


def test_glossary_answer_links_the_standards(guide: PracticeGuide) -> None:
    answer = guide.answer("what's a core group?", today=TODAY)
    assert answer.kind is Kind.GLOSSARY and answer.answered
    assert answer.glossary is not None and answer.glossary.term.lower() == "core group"


def test_help_and_rules(guide: PracticeGuide) -> None:
    assert guide.answer("help").kind is Kind.HELP
    rules = guide.answer("rules")
    assert rules.kind is Kind.RULES and not rules.answered
    assert {t.rule for t in rules.rules} == {t.rule for t in guide.pack.timescales}


def test_entry_answer_for_did_you_mean(guide: PracticeGuide) -> None:
    answer = guide.entry_answer("cp-03")
    assert answer.answered and answer.quoted is not None and answer.quoted.id == "cp-03"
    assert "at least every 4 weeks" in answer.quoted.text


def test_timeline_chains_steps_in_date_order(guide: PracticeGuide) -> None:
    answer = guide.answer("timeline strat 19/12/2025", today=TODAY)
    dues = [d.due for d in answer.deadlines]
    assert dues == sorted(dues)
    assert date(2026, 1, 14) in dues
    rules = {d.timescale.rule for d in answer.deadlines}
    assert "icpc" in rules and "first-core-group" in rules


def test_a_placements_timeline_has_no_step_counted_from_it_only_when_asked_of_adopters(
    guide: PracticeGuide,
) -> None:
    rules = {d.timescale.rule for d in guide.answer("timeline placement 02/03/2026", today=TODAY).deadlines}
    assert "visit-after-placement" in rules
    assert "adoption-order-application" not in rules
    adoption = guide.answer(
        "placed with them 02/03/2026, when can the adopters apply for the AO?", today=TODAY
    )
    assert [(d.timescale.rule, d.due) for d in adoption.deadlines] == [
        ("adoption-order-application", date(2026, 5, 11))
    ]


# A first day allowed counted from another event's date would come too early: the date is asked for; and a
# placement told as a foster one is not the adopters'.
NOT_THE_ADOPTERS_PLACEMENT = (
    "placement order made 02/03/2026, when can the adopters apply for the AO?",
    "She was placed in foster care on 05/01/2026 and we're looking for adopters. When can they apply for the AO?",
)


def test_the_earliest_adoption_order_application_is_counted_only_from_the_adopters_placement(
    guide: PracticeGuide,
) -> None:
    for question in NOT_THE_ADOPTERS_PLACEMENT:
        answer = guide.answer(question, today=date(2026, 3, 4))
        asked = answer.invite.timescale.rule if answer.invite is not None else None
        assert (answer.deadlines, answer.options, asked) == ((), (), "adoption-order-application"), question


def test_json_shape(guide: PracticeGuide) -> None:
    data = answer_json(guide.answer("strat was 19/12/25, when's the ICPC?", today=TODAY))
    deadline = data["deadlines"][0]
    assert {
        "rule",
        "label",
        "from",
        "due",
        "unit",
        "n",
        "skipped",
        "due_is_working_day",
        "standard_id",
    } <= set(deadline)
    assert {"date": "2025-12-25", "name": "Christmas Day"} in deadline["skipped"]


def test_a_situation_with_a_date_word_but_no_step_quotes_the_standard(guide: PracticeGuide) -> None:
    answer = guide.answer("Auntie has offered to have both children from tonight, what has to happen first?")
    assert answer.kind is Kind.STANDARD and answer.answered
    assert answer.quoted is not None and answer.quoted.id == "cic-02"


@pytest.mark.parametrize(
    "question",
    [
        "a family friend can take the baby today, what do I need to do before she moves in?",
        "grandma says she can take the kids tonight, who do I speak to first",
    ],
)
def test_a_situation_told_with_today_is_answered_with_the_standard_not_a_date(
    guide: PracticeGuide, question: str
) -> None:
    answer = guide.answer(question, today=TODAY)
    assert answer.kind is Kind.STANDARD and not answer.deadlines and not answer.options
    assert answer.quoted is not None and answer.quoted.id == "cic-02"


def test_a_note_whose_date_comes_before_the_dash_tells_and_is_given_no_date(guide: PracticeGuide) -> None:
    """Stop 46 (rv76): "a step - when its event was" asks for the step's date; "mum rang today - she's moving to
    her sister's" tells something, and no date is counted from it."""
    answer = guide.answer("dad rang today - he's moving in with his brother", today=TODAY)
    assert not answer.deadlines and not answer.options
    # ... nor a step whose start the dated side is not (final read): the core group counts from the conference.
    answer = guide.answer("school rang today - asking about the core group", today=TODAY)
    assert not answer.deadlines and not answer.options
    # ... nor a dated side that names no event (rv78): "court today" is not when PLO started.
    answer = guide.answer("court today - legal gateway", today=TODAY)
    assert not answer.deadlines and not answer.options
    # ... nor one joined by "after" that tells (stop 50): no step, or none counted from the dated side.
    for told in ("mum rang today after the school called", "I visited today after the strat"):
        answer = guide.answer(told, today=TODAY)
        assert not answer.deadlines and not answer.options, told


def test_today_in_a_question_that_asks_for_a_date_is_still_counted(guide: PracticeGuide) -> None:
    answer = guide.answer("strat yesterday - icpc by?", today=TODAY)
    assert answer.deadlines[0].start == date(2026, 11, 23) and answer.deadlines[0].timescale.rule == "icpc"


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("what's the mileage rate for a home visit?", "pay-and-allowances"),
        ("how do I claim expenses for a core group I chaired?", "pay-and-allowances"),
        ("my laptop won't connect to LCS, who do I ring?", "it-and-buildings"),
        ("can you book me onto the GCP2 course?", "training-bookings"),
        ("how much annual leave do I get?", "leave-and-hr"),
        ("care proceedings were issued on 08/03/27, when must the proceedings conclude?", "court-timetable"),
        ("is the 26 week limit counted from issue?", "court-timetable"),
        ("proceedings were issued 04/05/27 - deadline to conclude?", "court-timetable"),
        ("proceedings were issued on 01/03/27, when does the final hearing have to be?", "court-timetable"),
        (
            "ICPC held 02/03/27, when does the child protection medical need to be done by?",
            "child-protection-medicals",
        ),
        ("final hearing to be by when? proceedings issued 01/03/27", "court-timetable"),
        # rv78: asked, these are the topic, whatever else is told beside them.
        ("strat 01/03/27 - cp medical due when?", "child-protection-medicals"),
        ("ICO 01/03/27 - final hearing due when?", "court-timetable"),
        ("who's on the duty rota for Saturday?", "contacts-and-templates"),
        # What the worker is on is the setting, but a topic asked beside it is still outside the standards.
        ("I'm on maternity leave from March, how many KIT days can I take?", "leave-and-hr"),
    ],
)
def test_a_topic_the_standards_do_not_cover_says_so_and_quotes_nothing(
    guide: PracticeGuide, question: str, topic: str
) -> None:
    answer = guide.answer(question, today=TODAY)
    assert not answer.answered and answer.reason is Reason.NOT_COVERED and answer.quoted is None
    assert answer.not_covered is not None and answer.not_covered.id == topic
    assert "The practice standards don't cover" in render_text(answer)
    assert answer_json(answer)["not_covered"]["topic"] == topic


@pytest.mark.parametrize(
    "question",
    [
        "when is the foster carer's core training due?",
        "how should my appraisal of a family's needs take account of their culture?",
        "how often are CP visits?",
        "child placed by the emergency duty team on 05/11/2026, when is the first LAC visit due?",
        "I'm on annual leave from 22/12/2026, last CP visit was 10/12/2026, when is the next one due?",
        "foster carer is off sick, does the 6 weekly visit still have to happen?",
        "which form do i use for the matching checklist?",
        "is there a minimum number for unannounced visits?",
        "how do I book onto fostering panel for a carer's annual review?",
        "does e-learning count for foster carers' core training?",
        "is there a template for the ICPC report?",
        "ICO made 02/03/27, the final hearing is in the summer. When is the first LAC review?",
        "baby is 26 weeks old, placed with foster carers 02/03/2027, when's the placement meeting?",
        "SHOPBA - when does it need to happen? proceedings to conclude in June",
        "strat 01/03/27, CP medical booked for tomorrow, when's the ICPC due?",
        "CP medical due today, strat was 01/03/27 - when's the ICPC due?",
        # What the worker says they are on is the setting, not what is asked.
        "I'm on the rota this Saturday 05/12/2026. If a child is placed that afternoon, when must I visit?",
        "I'm on flexi Friday. CP visit last done 12/11/2026, when's the next one?",
        "new starter here - I'm on the duty rota next week, how quickly do contacts need a TL decision?",
    ],
)
def test_standards_questions_near_those_topics_are_still_answered(
    guide: PracticeGuide, question: str
) -> None:
    assert guide.answer(question, today=TODAY).reason is not Reason.NOT_COVERED


def test_a_question_for_a_phone_number_is_outside_the_standards(guide: PracticeGuide) -> None:
    answer = guide.answer("what's the phone number for the emergency duty team?", today=TODAY)
    assert answer.reason is Reason.NOT_COVERED and answer.not_covered is not None
    assert answer.not_covered.id == "contacts-and-templates"


@pytest.mark.parametrize(
    "question",
    [
        "what does IHA mean? the nurse said it is due on 03/12/2026",
        "what is a core group? the next one is on 03/12/2026",
    ],
)
def test_a_definition_with_a_date_in_passing_is_a_definition(guide: PracticeGuide, question: str) -> None:
    answer = guide.answer(question, today=TODAY)
    assert answer.kind is Kind.GLOSSARY and not answer.deadlines


@pytest.mark.parametrize(
    ("question", "reason", "rule"),
    [
        # Questions that start with the command's word are questions.
        ("Deadline for the ICPC? strat was 19/12/2025", None, "icpc"),
        (
            "deadline for the meeting with the new carers to agree delegated authority? placed 20/11/2026",
            None,
            "placement-meeting",
        ),
        # The commands themselves, and a misspelt rule told the ones it may have meant.
        ("deadline icpc 19/12/2025", None, "icpc"),
        ("deadline icpcc 19/12/2025", Reason.UNKNOWN_RULE, None),
        ("timeline strat", Reason.NEED_DATE, None),
    ],
)
def test_a_question_starting_with_a_command_word_is_still_a_question(
    guide: PracticeGuide, question: str, reason: Reason | None, rule: str | None
) -> None:
    answer = guide.answer(question, today=TODAY)
    assert answer.reason is reason
    assert (answer.deadlines[0].timescale.rule if answer.deadlines else None) == rule


def test_a_timeline_question_without_a_date_is_answered_from_the_standards(guide: PracticeGuide) -> None:
    answer = guide.answer("timeline for a child coming into care?", today=TODAY)
    assert answer.kind is not Kind.TIMELINE and answer.reason is not Reason.UNKNOWN_EVENT


def test_a_disagreement_with_anyone_is_no_iro_dispute(guide: PracticeGuide) -> None:
    answer = guide.answer(
        "disagreement with the school logged 02/12/2026 - when does it have to be resolved?", today=TODAY
    )
    assert not answer.deadlines
