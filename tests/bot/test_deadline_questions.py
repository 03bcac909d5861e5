"""Deadline questions as workers ask them: the rule chosen, the date counted, or the choice offered."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot import wording
from bot.answer import Answer, Kind, Reason
from bot.core import PracticeGuide
from bot.render.as_json import answer_json
from bot.render.text import render_text
from knowledge.loader import load_pack
from knowledge.step_dates import COMPLIANCE

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "deadline_questions.yaml").read_text(encoding="utf-8")
)["cases"]


@pytest.mark.parametrize("case", [c for c in CASES if "rule" in c], ids=lambda c: c["q"][:60])
def test_the_rule_and_the_date(guide: PracticeGuide, case: dict[str, Any]) -> None:
    answer = guide.answer(case["q"], today=case["today"])
    assert answer.kind is Kind.DEADLINE and answer.answered, render_text(answer)
    result = answer.deadlines[0]
    assert (result.timescale.rule, result.due) == (case["rule"], case["due"])
    if "start" in case:
        assert result.start == case["start"]
    if "in_time" in case:
        assert answer.in_time is case["in_time"], render_text(answer)


@pytest.mark.parametrize("case", [c for c in CASES if "choices" in c], ids=lambda c: c["q"][:60])
def test_two_plausible_rules_are_offered_not_guessed(guide: PracticeGuide, case: dict[str, Any]) -> None:
    answer = guide.answer(case["q"], today=case["today"])
    assert not answer.answered and not answer.deadlines and answer.reason is Reason.CHOOSE_STEP
    offered = [o.timescale.rule for o in answer.options]
    assert set(case["choices"]) <= set(offered)
    assert len({o.due for o in answer.options}) == len(answer.options)  # each option a different date
    reply = render_text(answer)
    for number, option in enumerate(answer.options, start=1):
        assert f"{number}. {option.timescale.label}" in reply


@pytest.mark.parametrize(
    ("question", "in_time"),
    [
        (
            "LAC child, first review held 05/10/26. Statutory visits on 09/11/26 and 23/12/26. Was the second one in timescale?",
            False,
        ),
        ("CP visits: 05/10/2026, 30/10/2026, 26/11/2026 - was the last gap in time?", True),
        # "within the expected frequency" checks the gap, counted from the first of the two.
        ("PLO reviews held 02/03/2026 and 27/04/2026 - within the expected frequency?", False),
        ("CP visits: 05/10/2026, 30/10/2026, 29/11/2026 - was the last gap in time?", False),
        # The one pointed at (a fresh review's cases): the second of three, checked from the first.
        ("CP visits 02/04/2026, 05/05/2026, 29/05/2026 - was the second one in time?", False),
        ("CP visits 02/04/2026, 28/04/2026, 29/05/2026 - was the 2nd one in time?", True),
        # "and next on": the next of the list, checked from the one before it.
        (
            "Family time reviewed 02/07/2026 and next on 10/09/2026, no permanence plan yet. Within standard?",
            False,
        ),
        ("CP visit 03/11/2026 and next on 30/11/2026 - in time?", True),
        # "The meeting was ..." in a check is the meeting checked (rv59): the first core group after the ICPC.
        ("ICPC 02/03/26. The meeting was 11/03/26 - was the first core group in time?", True),
        ("ICPC 02/03/26. The meeting was 13/03/26 - was the first core group in time?", False),
        # "within the visiting standard" and "within recording standard" ask the same as "in time".
        # "within the expected interval" asks the same (stop 65).
        ("PLO reviews held 04/05/2026 and 22/06/2026 - was the second within the expected interval?", False),
        ("PLO reviews held 04/05/2026 and 08/06/2026 - was the second within the expected interval?", True),
        ("CP visits on 06/01/2025 then 07/02/2025 - within the visiting standard?", False),
        ("CP visits on 06/01/2025 then 30/01/2025 - within the visiting standard?", True),
        ("Visit 05/10/26, case note entered 09/10/26. Within recording standard?", False),
        # "gap ok?" on its own asks the same.
        ("cin visits 05/01/26 and 20/02/26, gap ok?", False),
        ("cin visits 05/01/26 and 10/02/26 - gap ok?", True),
        # A date told only as "completed" is the assessment's end, checked against the 45 days from the referral.
        ("C&F assessment: referral 02/03/26, completed 20/04/26. Within 45 days?", False),
        ("C&F assessment: referral 02/03/26, completed 10/04/26. Within 45 days?", True),
        # A date's own words that place it after the first review ("LAC visits after 1st review: ...").
        ("LAC visits after 1st review: 02/03/26, 20/04/26. Compliant?", False),
        # Asked straight after the last date, with no dash (stop 38, rv48): "within the visiting frequency?".
        ("CP visits 02/03/2026 and 31/03/2026 within the visiting frequency?", False),
        ("CP visits 02/03/2026 and 27/03/2026 within the visiting frequency?", True),
        ("CP visits 02/03/2026 and 31/03/2026 in time?", False),
        ("CP visits 02/03/2026 and 31/03/2026 compliant?", False),
        ("CP visits 02/03/2026 and 27/03/2026 in time? thanks", True),
        # A first review still ahead is another event named outright: no visit booked ahead, so the pair is checked.
        (
            "LAC child placed 01/12/26, first review 20/01/27. Visits 07/12/26 and 15/12/26. Was 15/12 on time?",
            False,
        ),
        (
            "LAC child placed 01/12/26, first review 20/01/27. Visits 07/12/26 and 14/12/26. Was 14/12 on time?",
            True,
        ),
    ],
)
def test_a_list_of_visits_checked_gives_the_last_ones_verdict(
    guide: PracticeGuide, question: str, in_time: bool
) -> None:
    answer = guide.answer(question, today=date(2027, 1, 5))
    assert answer.answered and answer.in_time is in_time, render_text(answer)


@pytest.mark.parametrize(
    "question",
    [
        "CP visits 02/03/2026, 03/04/2026, 25/04/2026 - were all of them in timescale?",
        "CP visits 02/04/2026, 28/04/2026, next one booked 29/05/2026 - is that in time?",
        "CP visits 02/04/2026, 28/04/2026 - I'm planning 27/05 - is that ok?",
    ],
)
def test_a_list_of_visits_no_one_pair_answers_gets_no_verdict_on_a_pair(
    guide: PracticeGuide, question: str
) -> None:
    """All of them, one booked ahead, a date of no event: no pair of the list is the one asked about, so no
    verdict on one is given (the next visit is counted from the last)."""
    answer = guide.answer(question, today=date(2026, 5, 10))
    assert answer.answered and answer.in_time is None, render_text(answer)


def test_a_picked_choice_is_counted_from_the_same_date(guide: PracticeGuide) -> None:
    offered = guide.answer(
        "ICPC on 08/12/2026, when does my report need to go out?", today=date(2026, 11, 24)
    )
    first = offered.options[0]
    picked = guide.deadline(first.timescale.rule, first.start)
    assert picked.answered and picked.deadlines[0].due == first.due


RULES = load_pack().timescales


@pytest.mark.parametrize("rule", [t.rule for t in RULES])
def test_every_timescale_is_reachable_from_a_plain_question(guide: PracticeGuide, rule: str) -> None:
    # The event's everyday name, a date, and the step's label or the first way workers ask for it.
    timescale = next(t for t in RULES if t.rule == rule)
    event = next(e for e in guide.pack.events if e.id == timescale.start_event)
    name = event.names[0] if event.names else event.label
    for ask in (f"when is the {timescale.label.lower()} due", *timescale.asks[:1]):
        answer = guide.answer(f"{name} 03/11/2026, {ask}?", today=date(2026, 11, 24))
        given = [d.timescale.rule for d in (*answer.deadlines, *answer.options)]
        assert rule in given, (ask, given)


def test_an_offered_date_on_a_weekend_is_flagged(guide: PracticeGuide) -> None:
    answer = guide.answer("ICPC on 08/12/2026, when does my report need to go out?", today=date(2026, 11, 24))
    saturday = next(o for o in answer.options if o.due == date(2026, 12, 5))
    assert not saturday.due_is_working_day
    assert (
        "Saturday 5 December 2026, not a working day: the last working day before it is Friday 4 December 2026"
        in (render_text(answer))
    )


def test_options_are_in_the_json_with_the_date_each_counts_from(guide: PracticeGuide) -> None:
    answer = guide.answer("ICPC on 08/12/2026, when does my report need to go out?", today=date(2026, 11, 24))
    data = answer_json(answer)
    assert data["reason"] == "choose_step" and data["deadlines"] == []
    assert {(o["rule"], o["from"], o["due"]) for o in data["options"]} >= {
        ("icpc-report-to-chair", "2026-12-08", "2026-12-03"),
        ("icpc-report-to-family", "2026-12-08", "2026-12-05"),
    }


@pytest.mark.parametrize(
    "question",
    [
        "strategy discussion 31/12/2026 icpc and first core group dates?",
        "strategy meeting 18/12/2026 - when is the first core group?",
    ],
)
def test_a_step_is_never_counted_from_an_earlier_event_in_its_chain(
    guide: PracticeGuide, question: str
) -> None:
    answer = guide.answer(question, today=date(2026, 12, 1))
    counted = [*answer.deadlines, *answer.options]
    assert all(d.timescale.rule != "first-core-group" for d in counted)
    if answer.reason is Reason.NEED_DATE:
        assert answer.invite is not None and answer.invite.timescale.rule == "first-core-group"
        assert answer.invite.timescale.start_event == "icpc"


def test_a_visit_whose_last_one_shares_another_events_day_is_never_counted_from_the_strat(
    guide: PracticeGuide,
) -> None:
    """final57: a one-off step told as done was left out beside the visit named, which then counted from the only
    other date, the strat's, and said the visit was overdue."""
    answer = guide.answer(
        "Strat 02/11/2026, ICPC 20/11/2026, core group 27/11/2026. When's the next CP visit if my last one was"
        " 27/11/2026?",
        today=date(2026, 12, 7),
    )
    counted = [*answer.deadlines, *answer.options]
    assert all(d.start != date(2026, 11, 2) for d in counted if d.timescale.rule == "cp-visit")


@pytest.mark.parametrize(
    "question",
    [
        "core group was 20/11/2026, when's the next core group due?",
        "first core group held 20/11/2026 - when do the following ones need to be?",
    ],
)
def test_a_one_off_step_is_never_counted_from_its_own_date(guide: PracticeGuide, question: str) -> None:
    """The first core group counts from the conference: a core group's own date starts no first one."""
    answer = guide.answer(question, today=date(2026, 11, 25))
    assert all(d.timescale.rule != "first-core-group" for d in [*answer.deadlines, *answer.options])


def test_a_step_offered_beside_one_told_as_coming_is_not_counted_from_its_date(guide: PracticeGuide) -> None:
    """A panel told of as ahead lets a step the question names be offered beside the panel's review, but never
    one counted from the panel's own date: the carers' next supervising visit is not six weeks after it."""
    question = "Fostering panel is on 14 October. When must the carers' supervising social worker next visit? last visit 01/09"
    answer = guide.answer(question, today=date(2026, 9, 20))
    panel = date(2026, 10, 14)
    counted = [*answer.deadlines, *answer.options]
    assert counted
    assert all(d.start != panel or d.timescale.rule == "fostering-panel-review" for d in counted)


def test_the_legal_gateway_is_never_counted_from_the_12_week_review(guide: PracticeGuide) -> None:
    """The review meeting follows the PLO letter: 16 weeks from it would be weeks late, so the letter's date is
    asked for."""
    answer = guide.answer("12wk review held 02/03/27, when's the legal gateway?", today=date(2027, 3, 3))
    assert answer.reason is Reason.NEED_DATE and not answer.deadlines and not answer.options
    assert answer.invite is not None and answer.invite.timescale.rule == "plo-legal-gateway"


@pytest.mark.parametrize(
    "question",
    [
        "strat was 31/12/2025, when's the first core group?",
        "strat 31/12/2025 core grp by?",
        "strategy meeting 31/12/2025 - when is the first core group?",
    ],
)
def test_a_step_asked_for_from_an_earlier_steps_date_asks_for_its_own(
    guide: PracticeGuide, question: str
) -> None:
    """The core group counts from the ICPC: from the strat's date the answer asks for the ICPC's."""
    answer = guide.answer(question, today=date(2026, 1, 5))
    assert answer.reason is Reason.NEED_DATE and not answer.deadlines and not answer.options
    assert answer.invite is not None and answer.invite.timescale.rule == "first-core-group"
    assert answer.invite.given_day == date(2025, 12, 31)
    assert answer.invite.given_label == guide.deadlines.event_label("strategy-discussion")
    text = render_text(answer)
    assert "Wednesday 31 December 2025 is the date of the initial strategy discussion" in text
    assert answer_json(answer)["invite"]["given"] == {
        "event": guide.deadlines.event_label("strategy-discussion"),
        "date": "2025-12-31",
    }


@pytest.mark.parametrize(
    ("question", "rule"),
    [
        ("last supervision on a CIN case 03/11/2026, when is the next supervision due?", "supervision"),
        # The Support Meeting for a wobbly placement, described: no date borrowed from the placement's steps.
        (
            "the placement's been wobbly since 16/11/2026, how soon is the meeting to keep it going?",
            "support-meeting",
        ),
        ("core groups after the first one, how often? last one 04/11/2026", "later-core-groups"),
        (
            "how often do core groups need to be after the first one? the last one was 04/11/2026",
            "later-core-groups",
        ),
        (
            "after the first one, how often do the meetings of the group working on the protection plan happen? the"
            " last one was 04/11/2026",
            "later-core-groups",
        ),
        ("first LAC review was 14/10/2026, when's the second review due?", "later-lac-reviews"),
        # "the next one" is the step just told of as done, by a name of its own.
        (
            "The boy's first review in care was on 12/11/2026. When does the next one have to be?",
            "later-lac-reviews",
        ),
        ("Initial conference held 12/11/2026, when's the next one?", "next-review-conference"),
        # A PEP meeting held is the first PEP's outcome: the reviews after it are termly, with no date.
        (
            "PEP meeting held 10/11/2026, a week after she started her new school. Next PEP review by?",
            "pep-review",
        ),
        # The first one has happened: the next is one of those the standards set no date for.
        (
            "ICPC was 16/10/2026, first core group 25/10/2026, when is the next core group?",
            "later-core-groups",
        ),
        (
            "ICPC 16/10/2026 (Friday), 25/10/2026 (Sunday) first core group, next core group?",
            "later-core-groups",
        ),
        (
            "Became looked after 02/10/2026, initial LAC review 27/10/2026, when is the next LAC review?",
            "later-lac-reviews",
        ),
        ("when is the next review conference due?", "next-review-conference"),
        (
            "adoption order made 02/11/2026, when must the later life letter be done?",
            "life-story-and-later-life-letter",
        ),
        (
            "placement looking shaky since 16/11/2026, how soon does the support meeting have to be?",
            "support-meeting",
        ),
        (
            "Strategy discussion 05/11/2026 - by when should the record go to all participating professionals?",
            "strategy-record-sent",
        ),
        # ... however the record's going out is put.
        ("strat 12/11/26 - record out to agencies by?", "strategy-record-sent"),
        (
            "the strategy discussion was on 12 November. When does the record of it need to be sent to the professionals who took part?",
            "strategy-record-sent",
        ),
        # The IRO's contact between reviews, and a Family Focus referral: said, with no timescale.
        ("IRO contact w child between reviews - next by? last was 12/11/2026", "iro-contact-between-reviews"),
        # ... however it is put: "the reviewing officer be checking in", "the IRO have to get in touch".
        (
            "how often should the reviewing officer be checking in with the young person between his reviews? last review was 10/11/2026",
            "iro-contact-between-reviews",
        ),
        (
            "The review was on 02/11/26. By when does the IRO have to get in touch with the young person before the next one?",
            "iro-contact-between-reviews",
        ),
        (
            "how quickly do I need to make a referral to Family Focus? Worried about a 14 year old since 13/11/2026",
            "family-focus-referral",
        ),
        # Filing the SWET (agreed at the Legal Gateway) and the Annex A report: no date set.
        ("legal gateway on 10/11/2026 agreed to issue, when do I have to file the SWET?", "swet-filing"),
        ("adopters applied to court on 10/11/2026, when is my annex A report due?", "annex-a-report"),
        # The meeting with the Agency Decision Maker about adoption is the SHOPBA: no date set, none borrowed.
        ("when's the adm meeting for the adoption decision? final care planning meeting 10/11/26", "shopba"),
        # The updated CIN plan goes to everyone after every CIN meeting: no number of days.
        ("reviewed the cin plan 12/03, when does the updated plan go to everyone?", "cin-plan-shared"),
        ("cin meeting 12/03/26 - plan out to all by?", "cin-plan-shared"),
        ("CIN meeting today 02/03/26, when do the CIN minutes go out?", "cin-plan-shared"),
        # The suitability report for court is the Annex A report; the book about the child's life, the life story book.
        (
            "adopters applied to court 02/03/26, when is my suitability report for the court due?",
            "annex-a-report",
        ),
        (
            "placed with adopters 02/03/26, when should the book about her life be done?",
            "life-story-and-later-life-letter",
        ),
        # The chronology of significant events: kept on every open case, with no number of days.
        ("significant event 02/03/26, when must the chronology be updated?", "chronology-updated"),
        ("list of significant events on the file last updated 01/11/2026, next by?", "chronology-updated"),
        (
            "how often do core groups have to happen after the first one? last one was 04/11/2026",
            "later-core-groups",
        ),
        # "after the first one" is of the kind its clause named, whatever the date's own words say.
        (
            "how often should core group meetings be held after the first one? ours was on 04/11/2026",
            "later-core-groups",
        ),
        # "When was the second one due?" checks a visit against the one before; of reviews, none is set.
        ("LAC review 10/02/2026 and next 10/08/2026 - when was the second one due?", "later-lac-reviews"),
        # "LG" is the Legal Gateway, not the SWET's date.
        ("lg was 02/11/2026, when do we have to file the swet?", "swet-filing"),
        # A date alone in brackets is of the words before it: the last PEP, so the next is a review (none set).
        ("How soon after the last PEP meeting (02/11/2026) do I need to hold the next one?", "pep-review"),
        (
            "How soon after the last school meeting about his education plan (02/11/2026) is the next one due?",
            "pep-review",
        ),
        # The group working on the protection plan is the core group; meeting again is a later one.
        (
            "After the first meeting of the group working on the protection plan on 04/11/2026, how soon does"
            " the group have to meet again?",
            "later-core-groups",
        ),
        ("first core group was 04/11/2026, when does it have to meet again?", "later-core-groups"),
        # A core group agrees the plan too: "agreed the protection plan" alone names no conference (rv25).
        ("core group 03/11/2026 agreed the protection plan outcomes - next core group?", "later-core-groups"),
        # The step asked for stays the question's when it turns to the child the date is of (round 24).
        (
            "When does the later life letter have to be done for a child placed with adopters on 02/11/2026?",
            "life-story-and-later-life-letter",
        ),
        (
            "Adoption order made 02/11/2026. When does the letter for him to read when he is older need finishing?",
            "life-story-and-later-life-letter",
        ),
        # rv27: an updated CP plan is no placement plan; a review named before "for a child" is the date's;
        # a parent's letter is no later life letter; "they came in for the review" is no coming into care.
        (
            "core group on 03/11/2026, when do parents get the updated document of the CP plan?",
            "later-core-groups",
        ),
        (
            "how long for the permanency plan - second review for a child who came into care 01/10/2026",
            "permanency-plan",
        ),
        ("gave dad the SHOPBA outcome letter for him to read 02/11/2026, anything due?", "shopba"),
        ("they came in for the review on 02/11/2026 - when is the next LAC review?", "later-lac-reviews"),
        # Round 25: the permanency plan is due by the second review, which has no date in the standards.
        (
            "A child came into care on 02/11/2026 and is not in proceedings. By what date must the permanency"
            " plan be in her care plan?",
            "permanency-plan",
        ),
        ("perm plan deadline? child looked after from 05/01/26, no proceedings", "permanency-plan"),
        # Round 27: a worker's own one-to-one is supervision, not a visit where the child is seen alone.
        ("When's my next one-to-one with my manager? Last one was 02/11/2026", "supervision"),
        # Stop 40 (rv55): a timed step named only inside the name of one with no timescale is not asked for; an
        # application told as made is the application done, so the Annex A report is asked, with no date set.
        ("ICPC held 05/01/2026, when's the second core group?", "later-core-groups"),
        ("came into care 02/02/2026, first PEP was 20/02/2026, when's the next PEP review?", "pep-review"),
        (
            "Annex A for the hearing - filing deadline? The adoption order application was made 02/03/2026.",
            "annex-a-report",
        ),
        # Stop 44: a return home interview after a missing episode, and the strategy record sent to agencies.
        (
            "Teenager in foster care ran off on 14/11/2026 and was found the next morning. Return home interview"
            " due by?",
            "return-home-interview",
        ),
        ("strat held this morning - when are the minutes to the agencies due?", "strategy-record-sent"),
        # Stop 45: the written referral to legal is a standard with no number of days, never a referral's.
        (
            "Threshold looks met after the incident on 02/03/2027. Deadline for my referral to legal?",
            "legal-referral",
        ),
        # Stop 50: the unannounced visits to a child on a CP plan, never the foster carers' yearly one.
        (
            "Little one on a CP plan, home visits every 3 weeks (last 02/11/2026). My TL wants unannounced visits"
            " too - by when does the unannounced one have to be done?",
            "cp-unannounced-visits",
        ),
        # Stop 53: the meeting with the adoption decision maker, the IRO keeping in touch with a young person, the
        # second and later looked after reviews, unannounced visits on CP cases: no date set, none borrowed.
        (
            "Final care planning meeting was 03/11/2026. By when is the meeting with the adoption decision maker?",
            "shopba",
        ),
        (
            "LAC review held 02/11/2026, how soon must the IRO be in touch with the young person afterwards?",
            "iro-contact-between-reviews",
        ),
        (
            "How often should the second and later looked after reviews be? Our first was 04/11/2026.",
            "later-lac-reviews",
        ),
        ("unannounced visits on CP cases - last was 02/11/2026, when next?", "cp-unannounced-visits"),
        (
            "Second and later review conferences - how often are they? Last RCPC 02/11/2026",
            "next-review-conference",
        ),
        # Stop 54: the meeting to plan introductions after an adoption match: no date set, none borrowed.
        (
            "Panel agreed the adoption match on 02/11/2026. When must the meeting to plan introductions be held?",
            "introductions-planning-meeting",
        ),
        (
            "panel agreed the adoption match 02/11/2026 - intros planning mtg by?",
            "introductions-planning-meeting",
        ),
        # The minutes of a meeting the date is of are that meeting's, not the PLO meeting's: the standards set
        # no timescale for a core group's record, a strategy discussion's or a CIN meeting's.
        ("core group held 02/11/2026, minutes out by?", "later-core-groups"),
        ("core grp held 02/11/2026, mins out by?", "later-core-groups"),
        ("strat 02/11/2026, minutes by when?", "strategy-record-sent"),
        ("CIN meeting was 02/11/2026, when do the minutes need to go out?", "cin-plan-shared"),
        # "Ours was on" after a question is the date of the event it counts after (stop 57).
        (
            "How often should review child protection conferences be held after the ICPC? Ours was on 02/11/2026.",
            "next-review-conference",
        ),
        (
            "After the strategy meeting, how quickly must the notes be sent round to everyone who took part? Ours"
            " was on 02/11/2026.",
            "strategy-record-sent",
        ),
        # A "follow-up conference" is a review conference, whose date the chair sets; a meeting "to hold it
        # together" is the support meeting for a placement at risk, not a transfer's notice.
        (
            "How soon after the first conference does the follow-up conference have to be? The first one was"
            " 03/11/2026.",
            "next-review-conference",
        ),
        (
            "The carers rang on 02/11/2026 saying they might give notice. How quickly do we have to hold the meeting"
            " to try and hold it together?",
            "support-meeting",
        ),
        # The updated plan after a core group is the core group's (rv95), not a placement plan's.
        (
            "Core group met 03/11/2026 - when's the updated plan after the core group due?",
            "later-core-groups",
        ),
        # A PEP meeting held, of a child in care ("LAC child's"), asks for the next one: reviewed each term.
        ("LAC child's PEP meeting took place 02/11/26. When's the next PEP due?", "pep-review"),
        # Stop 63: the core group's meetings after the first, the meeting with the agency decision maker and the
        # second meeting with the independent reviewer, each named in workers' words.
        (
            "After the first meeting of the group working on the plan, how often do those meetings have to happen?"
            " The last one was 02/11/2026.",
            "later-core-groups",
        ),
        (
            "The final care planning meeting agreed adoption on 03/11/2026. When must the meeting with the agency"
            " decision maker be?",
            "shopba",
        ),
        (
            "When is the second meeting with the independent reviewer? The first was 02/11/2026.",
            "later-lac-reviews",
        ),
        # Stop 65: the strat's notes "going round" to those who were there.
        (
            "We held the strategy meeting yesterday, how soon do the notes have to go round to everyone who was there?",
            "strategy-record-sent",
        ),
        # Stop 68: the S47 agency checks, the IRO's calls between reviews, core groups "after the 1st" (an ordinal,
        # no date), the "second conference" and a PEP "last done".
        ("strat 02/11/2026 - by when do the S47 agency checks need doing?", "s47-agency-checks"),
        (
            "How long after a review is the reviewing officer supposed to ring the young person? Review was 02/11/2026.",
            "iro-contact-between-reviews",
        ),
        ("core groups after the 1st - how often? last one 02/11", "later-core-groups"),
        (
            "When does the second conference have to be held? The first one was 02/11/2026.",
            "next-review-conference",
        ),
        ("PEP last done 02/11/2026, when's the next one?", "pep-review"),
        ("Review was 02/11/2026 - when must the IRO ring the young person?", "iro-contact-between-reviews"),
        ("core group 05/11/2026 - updated plan to parents by when?", "later-core-groups"),
    ],
)
def test_a_step_the_standards_set_no_timescale_for_gets_no_date(
    guide: PracticeGuide, question: str, rule: str
) -> None:
    """Never a date borrowed from a nearby rule: the standard, and that it sets no timescale."""
    answer = guide.answer(question, today=date(2026, 11, 20))
    assert answer.answered and not answer.deadlines and not answer.options and answer.invite is None
    assert answer.untimed is not None and answer.untimed.rule == rule
    assert answer.quoted is not None and answer.quoted.id == answer.untimed.standard_id
    assert "The standards set no timescale for this step" in render_text(answer)
    assert answer_json(answer)["untimed"]["rule"] == rule


def test_the_last_of_what_a_one_off_step_makes_is_no_start_for_it(guide: PracticeGuide) -> None:
    """Stop 64: "next core group, last one was ..." is no first core group counted from the last core group (10
    days on); the worker is asked for the conference's date instead."""
    answer = guide.answer("next core group please, last one was 02/11/2026", today=date(2026, 11, 20))
    assert not answer.deadlines and not answer.options, render_text(answer)


def test_no_plan_made_gives_no_core_group_as_sure(guide: PracticeGuide) -> None:
    """rv86: a first core group is held only if a plan is made; "the first meeting" after a conference that made
    none is never answered with the core group as if sure."""
    answer = guide.answer(
        "ICPC 01/03/2027 - not made subject to a plan, CIN instead. When's the first meeting?",
        today=date(2027, 3, 2),
    )
    assert not (answer.deadlines and answer.deadlines[0].timescale.rule == "first-core-group"), render_text(
        answer
    )


def test_a_plan_that_goes_on_has_no_meeting_after_its_ending(guide: PracticeGuide) -> None:
    """final51: "RCPC 01/03 - child stays on plan" ended no plan, so the first CIN meeting after de-planning is no
    answer (the standards set no date for the next core group or conference)."""
    for question in (
        "RCPC 01/03/2027 - child stays on plan. when's the next meeting?",
        "RCPC 01/03/2027, plan continues. when's the next meeting",  # rv87
    ):
        answer = guide.answer(question, today=date(2027, 3, 2))
        rules = {d.timescale.rule for d in answer.deadlines} | {o.timescale.rule for o in answer.options}
        assert "cin-meeting-after-deplanning" not in rules, render_text(answer)


def test_the_next_date_to_know_after_placing_with_adopters_is_what_follows(guide: PracticeGuide) -> None:
    """ "What's the next date I need to know?" asks what follows the event told of."""
    answer = guide.answer(
        "Placed with adopters 01/03/2027, what's the next date we need to know?", today=date(2027, 3, 2)
    )
    assert answer.kind is Kind.TIMELINE and answer.events[0].id == "adoptive-placement", render_text(answer)


def test_wat_is_due_next_lists_what_follows(guide: PracticeGuide) -> None:
    """Chat spelling: "wat is due next" asks what follows the event, like "what is due next"."""
    answer = guide.answer("s47 started 02/11/26 wat is due next", today=date(2026, 11, 2))
    assert answer.kind is Kind.TIMELINE and len(answer.deadlines) >= 2, render_text(answer)


def test_a_step_without_a_timescale_cannot_be_counted(guide: PracticeGuide) -> None:
    assert "supervision" not in {t.rule for t in guide.rules()}
    answer = guide.deadline_from_words("supervision", "03/11/2026", today=date(2026, 11, 20))
    assert not answer.deadlines and answer.reason is Reason.UNKNOWN_RULE


def test_whats_next_after_an_event_lists_what_follows_it(guide: PracticeGuide) -> None:
    """'ICPC was 02/11/2026, what's next?' is every deadline counted from the ICPC, not one guessed rule."""
    answer = guide.answer("ICPC was 02/11/2026, what's next due?", today=date(2026, 11, 3))
    assert answer.kind is Kind.TIMELINE and answer.events[0].id == "icpc"
    rules = [d.timescale.rule for d in answer.deadlines]
    assert "first-core-group" in rules and "icpc-report-to-chair" not in rules  # reports before it are past
    assert all(d.start == date(2026, 11, 2) and d.due >= d.start for d in answer.deadlines)
    assert [d.due for d in answer.deadlines] == sorted(d.due for d in answer.deadlines)


def _offered(answer: Answer) -> set[tuple[str, date]]:
    """Each rule the answer gives or offers, with its due date."""
    return {(d.timescale.rule, d.due) for d in [*answer.deadlines, *answer.options]}


def test_a_conference_that_made_a_plan_ended_none(guide: PracticeGuide) -> None:
    """ "conference put both children on plans": the first CIN meeting after a plan ends is not offered beside
    the first core group; a conference not said to have made a plan still offers both."""
    made = guide.answer(
        "conference on 01/12/2026 put both children on plans - when's the first meeting of the group that works "
        "on the plan?",
        today=date(2026, 12, 2),
    )
    offered = _offered(made)
    assert ("first-core-group", date(2026, 12, 11)) in offered
    assert not any(rule == "cin-meeting-after-deplanning" for rule, _ in offered)
    either = guide.answer(
        "conference on 01/12/2026 - when's the first meeting of the group that works on the plan?",
        today=date(2026, 12, 2),
    )
    assert {"first-core-group", "cin-meeting-after-deplanning"} <= {d.timescale.rule for d in either.options}


@pytest.mark.parametrize(
    "question",
    [
        "made subject to a plan last year, plan lifted at conference 05/01/26, when's the first meeting?",
        "conference on 05/01/26 - the kids were not placed on a CP plan. first meeting due when?",
        "put on a plan in 2024, conference 05/01/26 stopped the plan - first meeting within 20 days?",
    ],
)
def test_a_plan_lifted_or_not_made_keeps_the_first_cin_meeting(guide: PracticeGuide, question: str) -> None:
    answer = guide.answer(question, today=date(2026, 1, 6))
    assert ("cin-meeting-after-deplanning", date(2026, 1, 25)) in _offered(answer)


def test_the_managers_look_over_an_assessment_is_its_review(guide: PracticeGuide) -> None:
    answer = guide.answer(
        "C&F started 02/11/2026, when does my manager need to have looked over the assessment?",
        today=date(2026, 12, 2),
    )
    assert ("assessment-review", date(2026, 11, 23)) in _offered(answer)


@pytest.mark.parametrize(
    "question",
    [
        "CP visit 30/11/2026 no access - next deadline?",
        "saw him at school on 30/11/2026, CIN - next deadline?",
    ],
)
def test_next_deadline_after_no_home_visit_follows_no_visit(guide: PracticeGuide, question: str) -> None:
    """A visit that was no visit, or not at home, is no date the next visit is counted from."""
    answer = guide.answer(question, today=date(2026, 12, 2))
    counted = [*answer.deadlines, *answer.options]
    assert not any(
        d.timescale.rule in {"cp-visit", "cin-visit"} and d.start == date(2026, 11, 30) for d in counted
    )


def test_a_bare_next_deadline_asks_whats_next(guide: PracticeGuide) -> None:
    """A bare "next deadline?" after an event is every deadline that follows it: the visit's write-up as well
    as the next visit, not the one rule that scored highest."""
    question = "supervising visit to the foster carers 30/11/2026 - next deadline?"
    answer = guide.answer(question, today=date(2026, 12, 2))
    assert answer.kind is Kind.TIMELINE
    assert [(d.timescale.rule, d.due) for d in answer.deadlines][:2] == [
        ("foster-visit-recorded", date(2026, 12, 3)),
        ("foster-carer-visit", date(2027, 1, 11)),
    ]


def test_whats_next_after_visiting_the_foster_carers_is_what_follows_that_visit(
    guide: PracticeGuide,
) -> None:
    """ "Visited my foster carers" is the supervising visit (not a child's statutory visit)."""
    question = "visited my foster carers fri 04/12/2026 - what's next?"
    answer = guide.answer(question, today=date(2026, 12, 4))
    assert answer.kind is Kind.TIMELINE and answer.events[0].id == "foster-carer-visit"
    assert [(d.timescale.rule, d.due) for d in answer.deadlines][:2] == [
        ("foster-visit-recorded", date(2026, 12, 9)),
        ("foster-carer-visit", date(2027, 1, 15)),
    ]


def test_the_next_compliance_date_after_a_visit_is_what_follows_it(guide: PracticeGuide) -> None:
    """Stop 68: "next compliance date?" asks what follows the visit, as "next deadline?" does: its recording first."""
    answer = guide.answer(
        "Supervising visit to the foster carers 03/03/2027 - next compliance date?", today=date(2027, 3, 4)
    )
    assert answer.kind is Kind.TIMELINE, render_text(answer)
    assert [(d.timescale.rule, d.due) for d in answer.deadlines][:2] == [
        ("foster-visit-recorded", date(2027, 3, 8)),
        ("foster-carer-visit", date(2027, 4, 14)),
    ]


@pytest.mark.parametrize(
    ("question", "rule"),
    [
        ("what's next? cin plan, visited at home 17/11/2025", "cin-visit"),
        ("what's next? visited 24/11/2025, CP plan", "cp-visit"),
    ],
)
def test_what_next_after_a_bare_visit_is_the_visit_of_the_plan_named(
    guide: PracticeGuide, question: str, rule: str
) -> None:
    """A bare "visited" names the visits of every kind of plan: not a timeline of them all (a fresh review's
    cases), but the one of the plan the worker names."""
    answer = guide.answer(question, today=date(2025, 12, 2))
    assert answer.kind is Kind.DEADLINE and answer.deadlines[0].timescale.rule == rule, render_text(answer)


@pytest.mark.parametrize(
    ("question", "not_offered"),
    [
        # rv82: the notes of a core group or a CIN meeting are no PLO minutes, and a talk with a manager about
        # PLO is no S47 progress discussion.
        (
            "core group 10/05/2027 - notes of what the parents agreed to do, when do they go out?",
            "plo-minutes",
        ),
        ("CIN meeting 10/05/2027 - when do the notes of what mum has agreed go out?", "plo-minutes"),
        (
            "core group 10/05/2027 - what the parents have been asked to do, when does that go out?",
            "plo-minutes",
        ),
        # final48: nor the notes of what mum has been asked at a core group, nor a planned admission's picture of
        # needs the emergency assessment.
        (
            "core group held 10/05/2027 - notes of what mum has been asked to do, when do they go out?",
            "plo-minutes",
        ),
        (
            "planned admission to care 10/05/2027 - when must the up to date picture of his needs be in place?",
            "emergency-admission-assessment",
        ),
        (
            "PLO started 10/03/2027, when do I need to sit down with my manager about how it's going?",
            "s47-progress-discussion",
        ),
    ],
)
def test_words_near_a_steps_names_do_not_bring_it_in(
    guide: PracticeGuide, question: str, not_offered: str
) -> None:
    """Another step's words near a name (a core group's notes, a talk about PLO) never bring the named step in:
    its date, offered for the wrong meeting, would be wrong as sure as if given alone."""
    answer = guide.answer(question, today=date(2027, 5, 11))
    offered = [d.timescale.rule for d in (*answer.deadlines, *answer.options)]
    assert not_offered not in offered, render_text(answer)


def test_whats_next_follows_the_event_of_the_dates_own_sentence(guide: PracticeGuide) -> None:
    """A date whose clause names nothing follows the event its own sentence names, not a longer name of the step
    asked for in the next one: the ICPC asked for is due, not counted on from as if held."""
    answer = guide.answer(
        "meeting with police and social care 10/03/2027. next step is the meeting about whether the kids need"
        " protection plans - deadline?",
        today=date(2027, 3, 11),
    )
    assert answer.kind is Kind.TIMELINE and answer.events[0].id == "strategy-discussion", render_text(answer)
    due = [(d.timescale.rule, d.due) for d in answer.deadlines]
    assert ("icpc", date(2027, 4, 2)) in due and "first-core-group" not in dict(due), render_text(answer)


def test_what_was_next_asks_an_audit_for_what_followed(guide: PracticeGuide) -> None:
    """An audit asks in the past tense: "what was next due" is what followed the event, as "what's next" is."""
    answer = guide.answer("ICPC held 10/11/2026 - what was next due?", today=date(2026, 12, 2))
    assert answer.kind is Kind.TIMELINE and answer.events[0].id == "icpc"
    assert ("first-core-group", date(2026, 11, 20)) in [(d.timescale.rule, d.due) for d in answer.deadlines]


@pytest.mark.parametrize(
    ("question", "today", "event", "first"),
    [
        (
            "Child came into care yesterday. Which review or meeting is due first?",
            date(2026, 3, 3),
            "looked-after",
            ("placement-meeting", date(2026, 3, 5)),
        ),
        (
            "came into care 02/03/2026 - which one comes first?",
            date(2026, 3, 2),
            "looked-after",
            ("visit-after-placement", date(2026, 3, 3)),
        ),
        (
            "SSW visit to my foster carers 02/03/2026 - what deadlines come off that?",
            date(2026, 3, 2),
            "foster-carer-visit",
            ("foster-visit-recorded", date(2026, 3, 5)),
        ),
        # Stop 45 (rv72): "and what next?" after an event asks what follows it; only "talk about how it's going
        # and what next" is talked of.
        (
            "ICPC held 01/03/2027 and what next?",
            date(2027, 3, 3),
            "icpc",
            ("first-core-group", date(2027, 3, 11)),
        ),
        (
            "ICPC 01/03/2027 - discussing with TL later and what next?",
            date(2027, 3, 3),
            "icpc",
            ("first-core-group", date(2027, 3, 11)),
        ),
        # Stop 46: "what are my next deadlines?" asks for every one.
        (
            "First PLO meeting was today, 01/03/2027. What are my next deadlines?",
            date(2027, 3, 1),
            "plo-first-meeting",
            ("fgc-referral", date(2027, 3, 4)),
        ),
        # ... and the talked-of words taken out, what is asked is still read (final read).
        (
            "ICPC 01/03/2027 - what's next? TL wants to know how it's going and what next too",
            date(2027, 3, 3),
            "icpc",
            ("first-core-group", date(2027, 3, 11)),
        ),
    ],
)
def test_what_is_due_first_lists_what_follows_the_event(
    guide: PracticeGuide, question: str, today: date, event: str, first: tuple[str, date]
) -> None:
    """ "Which ... is due first?" and "what deadlines come off that?" ask for every step that follows, soonest
    first (stop 38: before, one step was given, not the soonest)."""
    answer = guide.answer(question, today=today)
    assert answer.kind is Kind.TIMELINE and answer.events[0].id == event, render_text(answer)
    assert first in [(d.timescale.rule, d.due) for d in answer.deadlines]
    dues = [d.due for d in answer.deadlines]
    assert dues == sorted(dues)


def test_the_write_up_of_a_step_no_step_counts_from_keeps_that_step_asked(guide: PracticeGuide) -> None:
    """ "The write-up of the strategy discussion": no step named by "write-up" counts from a strategy discussion,
    so the discussion stays what is asked of, and no conference is counted from it in its place (rv49). (The
    answer asks for the date of the decision to hold one; the recording of it within 3 days is not reached: left.)"""
    answer = guide.answer(
        "strategy discussion 10/03/2026 - when's the write-up of the strategy discussion due?",
        today=date(2026, 3, 10),
    )
    assert "icpc" not in [d.timescale.rule for d in (*answer.deadlines, *answer.options)], render_text(answer)


@pytest.mark.parametrize(
    "question",
    [
        "Mum broke down at the core group on 02/03/2026 - when's the next core group?",
        "CIN plan since 02/03/2025 - we need to rethink the plan, when?",
    ],
)
def test_words_said_of_other_things_name_no_step(guide: PracticeGuide, question: str) -> None:
    """Final read, stop 38: a mother who "broke down" is no placement breakdown (the later core groups have no
    timescale, as before), and rethinking a CIN plan is no 12 months on a protection plan."""
    answer = guide.answer(question, today=date(2026, 3, 3))
    rules = [d.timescale.rule for d in (*answer.deadlines, *answer.options)]
    assert "cp-plan-12-months" not in rules and "first-core-group" not in rules, render_text(answer)
    assert answer.invite is None or answer.invite.timescale.rule != "first-core-group"


@pytest.mark.parametrize(
    "question",
    [
        "first PLO meeting today, what do I need to do next?",
        "first PLO meeting today, no FGC yet. What actions are due and by when?",
        "first PLO meeting today, what do we need to do by when?",
        # Stop 68: "get done next", "wats due next", and the first pre-proceedings meeting "with the parents".
        "first pre-proceedings meeting with the parents today, what do I need to get done next?",
        "first plo meeting today wats due next",
        "first PLO meeting today, what needs doing next and by when?",
    ],
)
def test_what_to_do_next_after_an_event_is_what_follows_it(guide: PracticeGuide, question: str) -> None:
    """ "What do I need to do next?", "what actions are due?" ask what follows the event told of, as "what's
    next?" does."""
    answer = guide.answer(question, today=date(2026, 3, 4))
    assert answer.kind is Kind.TIMELINE and answer.events[0].id == "plo-first-meeting"
    assert ("plo-minutes", date(2026, 3, 11)) in [(d.timescale.rule, d.due) for d in answer.deadlines]


@pytest.mark.parametrize(
    "question", ["Legal Gateway held 10/06/26, what happens next?", "LG was 07/07/26, when is it due?"]
)
def test_a_legal_gateway_held_is_no_start_for_another(guide: PracticeGuide, question: str) -> None:
    """The Legal Gateway is 16 weeks from the PLO letter: one that was held is its outcome, not its start."""
    answer = guide.answer(question, today=date(2026, 7, 8))
    assert "plo-legal-gateway" not in {rule for rule, _ in _offered(answer)}, render_text(answer)


def test_whats_next_counts_rules_that_may_also_start_from_the_event(guide: PracticeGuide) -> None:
    answer = guide.answer("placed with adopters 02/11/2026 - what's next?", today=date(2026, 11, 3))
    assert answer.kind is Kind.TIMELINE and answer.events[0].id == "adoptive-placement"
    assert {"adoption-weekly-visit", "adoption-order-application"} <= {
        d.timescale.rule for d in answer.deadlines
    }


def test_whats_next_after_a_conference_follows_both_kinds_of_conference(guide: PracticeGuide) -> None:
    """'conference' alone may be the initial one (a plan: the first core group) or a review that ends the
    plan (the first CIN meeting): the timeline has both, and its head says so."""
    answer = guide.answer("conference was 02/11/2026, what's next due?", today=date(2026, 11, 3))
    assert answer.kind is Kind.TIMELINE
    assert {e.id for e in answer.events} == {"icpc", "review-conference"}
    rules = {d.timescale.rule for d in answer.deadlines}
    assert {"first-core-group", "cin-meeting-after-deplanning"} <= rules
    assert "or the review child protection conference on Monday 2 November 2026" in render_text(answer)


def test_whats_next_after_a_date_without_words_follows_the_event_the_question_names(
    guide: PracticeGuide,
) -> None:
    question = "what comes next after the first PLO meeting? It was held on 10/11/2026."
    answer = guide.answer(question, today=date(2026, 11, 11))
    assert answer.kind is Kind.TIMELINE and [e.id for e in answer.events] == ["plo-first-meeting"]
    assert "viability-request" in {d.timescale.rule for d in answer.deadlines}


def test_whats_next_after_a_meeting_just_held_and_dated_today_follows_that_meeting(
    guide: PracticeGuide,
) -> None:
    """ "We've just had" beside today told again in brackets: the words after "just" name a first PLO meeting
    across an "and" ("with dad and his solicitor"), not a bare "meeting"."""
    question = (
        "We've just had the first meeting with dad and his solicitor (today, 16 Nov 2026). What's next?"
    )
    answer = guide.answer(question, today=date(2026, 11, 16))
    assert answer.kind is Kind.TIMELINE and [e.id for e in answer.events] == ["plo-first-meeting"]
    assert {"fgc-referral", "viability-request", "plo-minutes"} <= {
        d.timescale.rule for d in answer.deadlines
    }


@pytest.mark.parametrize(
    ("question", "rule"),
    [
        ("ICPC booked for 20/11/2026, when should the ICPC be held by?", "icpc"),
        ("applied for the adoption order 01/11/2026, when's the adoption order application due?", None),
        ("formal dispute raised 02/11/2026, when is the informal challenge due?", "iro-informal-challenge"),
        # rv30: a review PLO meeting is no first one to count the 12 weeks from.
        (
            "review PLO meeting held 19/01/26, when is the 12 week review legal planning?",
            "plo-legal-planning-review",
        ),
        # The report for the next conference counts back from that one, not from the one held.
        ("rcpc was 10/09/26, when is the next rcpc report due", "rcpc-report-to-chair"),
    ],
)
def test_a_named_step_whose_own_date_is_missing_asks_for_it(
    guide: PracticeGuide, question: str, rule: str | None
) -> None:
    """Its outcome dated, or still ahead, is no date to count another step from in its place."""
    answer = guide.answer(question, today=date(2026, 11, 10))
    assert not answer.deadlines and answer.reason is Reason.NEED_DATE, render_text(answer)
    assert rule is None or (answer.invite is not None and answer.invite.timescale.rule == rule)


@pytest.mark.parametrize(
    ("question", "rule", "due"),
    [
        # A name with its timescale in it is the step asked for, not the review PLO meeting the date starts.
        (
            "first PLO meeting 01/09/26 - when's the 12 week review?",
            "plo-legal-planning-review",
            "2026-11-24",
        ),
        ("first PLO meeting 01/09/26 - when is the 12 wk review?", "plo-legal-planning-review", "2026-11-24"),
        (
            "first plo meeting 14/01/26, when's the twelve week review?",
            "plo-legal-planning-review",
            "2026-04-08",
        ),
        ("first PLO mtg 02/03/26 - legal gateway at 16 weeks when?", "plo-legal-gateway", "2026-06-22"),
    ],
)
def test_the_plo_weeks_run_from_the_first_meeting_when_no_letter_date_is_told(
    guide: PracticeGuide, question: str, rule: str, due: str
) -> None:
    """The standard does not say what the 12 and 16 weeks run from: from the letter when its date is told (see
    deadline_questions.yaml), else from the first meeting, saying the letter's count can be up to 10 days earlier."""
    answer = guide.answer(question, today=date(2026, 3, 3))
    assert [(d.timescale.rule, d.due.isoformat()) for d in answer.deadlines] == [(rule, due)], render_text(
        answer
    )
    assert "otherwise from the first PLO meeting" in render_text(answer)
    assert "up to 10 days earlier" in render_text(answer)


def test_a_step_that_has_happened_with_a_later_one_untimed_says_so(guide: PracticeGuide) -> None:
    """The next review conference after an ICPC held, and the next LAC review after the first: no timescale."""
    for question, rule in (
        ("ICPC held 02/11/2026, when's the review conference?", "next-review-conference"),
        ("initial LAC review 05/11/2026, when's the next LAC review?", "later-lac-reviews"),
    ):
        answer = guide.answer(question, today=date(2026, 11, 10))
        assert not answer.deadlines and answer.untimed is not None and answer.untimed.rule == rule, question


def test_whats_next_with_no_event_named_asks_which_step(guide: PracticeGuide) -> None:
    answer = guide.answer("what comes next? It was on 02/11/2026.", today=date(2026, 11, 10))
    assert not answer.deadlines and answer.reason is Reason.WHICH_STEP
    assert answer.date_read == date(2026, 11, 2)


def test_a_term_asked_about_beside_a_deadline_gets_both(guide: PracticeGuide) -> None:
    question = "what does PLO stand for, and when is the first meeting due? the letter is dated 02/11/2026"
    answer = guide.answer(question, today=date(2026, 11, 3))
    assert answer.kind is Kind.DEADLINE and answer.deadlines[0].timescale.rule == "plo-first-meeting"
    assert answer.deadlines[0].due == date(2026, 11, 12)
    assert answer.glossary is not None and answer.glossary.term == "PLO"
    assert "PLO: Public Law Outline" in render_text(answer)
    assert answer_json(answer)["glossary"]["term"] == "PLO"


def test_a_plan_the_worker_says_it_is_not_names_no_step(guide: PracticeGuide) -> None:
    answer = guide.answer(
        "child on a support plan (not CP), last saw him at home 02/11/2026, next visit?",
        today=date(2026, 11, 3),
    )
    offered = [d.timescale.rule for d in (*answer.deadlines, *answer.options)]
    assert offered and offered[0] == "cin-visit"


def test_a_date_booked_ahead_without_a_year_is_the_next_one(guide: PracticeGuide) -> None:
    """'FGC booked for 11 June', asked in May: this June, not last June."""
    answer = guide.answer(
        "FGC booked for 11 June, viability requests after the FGC by when?", today=date(2026, 5, 21)
    )
    counted = [*answer.deadlines, *answer.options]
    assert counted and all(
        d.start == date(2026, 6, 11) for d in counted if d.timescale.rule == "viability-after-fgc"
    )
    assert any(d.timescale.rule == "viability-after-fgc" for d in counted)


@pytest.mark.parametrize(
    ("question", "today", "recorded", "next_visit"),
    [
        (
            "Popped round to see my foster carers today. What's my next deadline?",
            date(2026, 11, 3),
            date(2026, 11, 6),
            date(2026, 12, 15),
        ),
        # Round 28: "went (out) to see my foster carers" names the supervising social worker's visit.
        (
            "went out to see my foster carers 02/03/2026 - what's due now?",
            date(2026, 3, 2),
            date(2026, 3, 5),
            date(2026, 4, 13),
        ),
    ],
)
def test_my_next_deadline_after_a_foster_carer_visit_lists_the_record_then_the_next_visit(
    guide: PracticeGuide, question: str, today: date, recorded: date, next_visit: date
) -> None:
    answer = guide.answer(question, today=today)
    assert answer.kind is Kind.TIMELINE
    assert [(d.timescale.rule, d.due) for d in answer.deadlines] == [
        ("foster-visit-recorded", recorded),
        ("foster-carer-visit", next_visit),
    ]


def test_the_next_step_asked_after_a_meeting_is_not_a_meeting_ahead(guide: PracticeGuide) -> None:
    """ "What's our next step after the ICPC on 12/03?", asked on 13/03: the ICPC was yesterday, not next March."""
    answer = guide.answer("what's our next step after the ICPC on 12/03?", today=date(2026, 3, 13))
    assert answer.kind is Kind.TIMELINE and answer.date_read == date(2026, 3, 12)


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("what's my next deadline? ICPC on 20/03", date(2026, 3, 20)),  # this month's, ten days on
        ("what's our next step after the ICPC on 09/03?", date(2026, 3, 9)),  # yesterday's, not next year's
        ("placed Thursday, what's next?", date(2026, 3, 5)),  # a weekday is read as the words read it
        (
            "strat 15/08, what's my next deadline?",
            date(2025, 8, 15),
        ),  # five months ahead is too far to be next
    ],
)
def test_the_next_deadline_follows_the_nearer_of_a_date_without_a_year(
    guide: PracticeGuide, question: str, read: date
) -> None:
    answer = guide.answer(question, today=date(2026, 3, 10))
    assert answer.kind is Kind.TIMELINE and answer.date_read == read


@pytest.mark.parametrize(
    "question",
    ["first LAC review booked 26/03, when are visits due?", "ILAC 26/03, when's my next stat visit due?"],
)
def test_a_review_still_to_come_is_no_visit_to_count_from(guide: PracticeGuide, question: str) -> None:
    """Weekly visits until that review, but from the last visit, which the question does not give: asked for."""
    answer = guide.answer(question, today=date(2026, 3, 10))
    assert not answer.deadlines and not answer.options


def test_whats_due_before_an_event_is_not_what_follows_it(guide: PracticeGuide) -> None:
    answer = guide.answer("ICPC on 03/12/2026, what is due before it?", today=date(2026, 11, 20))
    assert answer.kind is not Kind.TIMELINE
    counted = [*answer.deadlines, *answer.options]
    assert any(d.timescale.rule.startswith("icpc-report") for d in counted)


def test_whats_next_before_a_booked_meeting_is_the_next_such_day_and_its_reports(
    guide: PracticeGuide,
) -> None:
    answer = guide.answer("ICPC booked for 3/12, what's next?", today=date(2026, 11, 20))
    assert answer.kind is Kind.TIMELINE and answer.date_read == date(2026, 12, 3)
    rules = {d.timescale.rule: d.due for d in answer.deadlines}
    assert rules["icpc-report-to-chair"] == date(2026, 11, 30) and "first-core-group" in rules


@pytest.mark.parametrize(
    ("question", "checked"),
    [
        ("Became looked after 02/11/2026, first LAR held 27/11/2026 - was that in timescale?", "2026-11-27"),
        ("CP child last seen at home 05/10/2026, next visit 06/11/2026 - compliant?", "2026-11-06"),
        # The other date is of another step: nothing is checked, the deadline is only counted.
        ("Became looked after 02/11/2026, first LAR held 27/11/2026 - was the IHA in timescale?", None),
        # Three dates: no telling which one is checked (the ICPC and the core group may be offered).
        ("strat 02/11/2026, ICPC 20/11/2026, core group 27/11/2026 - all in timescale?", None),
        # Not a compliance question.
        ("strat was 02/11/2026 and the ICPC is booked for 20/11/2026, when's the core group?", None),
        # Dates in a list, with no words of their own, are the step's.
        ("CP visits on file: 01/10/2026 then 02/11/2026. Compliant?", "2026-11-02"),
        # A date of another step, or of nothing said, is not the step's own date.
        ("CIN visit 05/10/2026, recorded 14/10/2026 - compliant?", None),
        ("CIN visit 05/10/2026, mum phoned me 14/10/2026 - compliant?", None),
        ("came into care 02/10/2026, went to court 05/11/2026 - was the IHA in timescale?", None),
        # A visit away from home is not the visit the standard counts.
        ("cp visit at home 10/10/2026, saw her at school 05/11/2026 - was the cp visit compliant?", None),
    ],
)
def test_only_a_date_given_for_the_step_itself_is_checked(
    guide: PracticeGuide, question: str, checked: str | None
) -> None:
    answer = guide.answer(question, today=date(2026, 12, 1))
    assert answer.deadlines or (checked is None and answer.options)
    assert (answer.checked.isoformat() if answer.checked else None) == checked


@pytest.mark.parametrize(
    ("question", "in_time"),
    [
        (
            "PLO review meeting 05/10/2026, next PLO review meeting held 12/10/2026 - in timescale?",
            False,
        ),  # too soon
        ("PLO review meeting 05/10/2026, next PLO review meeting held 09/11/2026 - in timescale?", True),
        (
            "PLO review meeting 05/10/2026, next PLO review meeting held 23/11/2026 - in timescale?",
            False,
        ),  # too late
    ],
)
def test_a_date_checked_against_a_window_must_fall_inside_it(
    guide: PracticeGuide, question: str, in_time: bool
) -> None:
    assert guide.answer(question, today=date(2026, 12, 1)).in_time is in_time


def test_what_follows_a_date_told_as_next_is_counted_from_the_next_such_day(guide: PracticeGuide) -> None:
    answer = guide.answer("next LAC review 05/04 - what's next?", today=date(2026, 3, 10))
    assert answer.kind is Kind.TIMELINE and answer.date_read == date(2026, 4, 5)


@pytest.mark.parametrize(
    ("question", "in_time"),
    [
        # An age counts from the date of birth; the step's own date is checked against it.
        ("YP DOB 15/10/2010, pathway plan started 20/05/2026 - was it started on time?", False),
        ("YP DOB 15/10/2010, pathway plan started 01/04/2026 - was it started on time?", True),
        # "Within 10 days?" asked on its own is a compliance question.
        ("Placement 01/12/2026; care plan recorded on LCS 14/12/2026. Within 10 days?", False),
        ("Placement 01/12/2026; care plan recorded on LCS 10/12/2026. Within 10 days?", True),
        # A list of a step's dates, asked of the frequency or the gap: the second is checked against the first.
        ("CP child seen at home 02/11/2026 and then 03/12/2026. Was the visiting frequency met?", False),
        ("CP child seen at home 02/11/2026 and then 27/11/2026. Was the visiting frequency met?", True),
        ("CIN reviews held 20/10/2026 and 08/12/2026 - was the gap within 6 weeks?", False),
        # Without their years, two dates a few weeks apart are still checked one against the other.
        ("visits 03/11 and 08/12 for a child on a CP plan - compliant?", False),
        ("CIN visits 20/10/2026 and 08/12/2026 - gap between visits within 6 weeks?", False),
        # The case allocated is the allocation's own date, checked against the 3 working days from the decision.
        (
            "TL decided on a C&F assessment on 21/05/2026 but it wasn't allocated on LCS until 28/05/2026. OK?",
            False,
        ),
    ],
)
def test_a_verdict_for_an_age_a_list_and_within_n_days(
    guide: PracticeGuide, question: str, in_time: bool
) -> None:
    assert guide.answer(question, today=date(2026, 12, 20)).in_time is in_time


@pytest.mark.parametrize(
    ("question", "today", "in_time"),
    [
        # A meeting the words say was held is this year's, not next year's, beside the date checked.
        ("icpc was 3/12, I shared it with mum on 1/12 - in timescale?", date(2026, 12, 4), False),
        ("icpc 3/12 - report to dad went 1/12, was that compliant?", date(2026, 12, 4), False),
        ("icpc 3/12 - report to dad went 29/11, was that compliant?", date(2026, 12, 4), True),
        # Dates a few days ahead are this year's, the meeting's and the one checked alike.
        ("icpc 30/11, can I send the report to chair on 26/11 - in time?", date(2026, 11, 23), False),
        ("icpc 30/11, can I send the report to chair on 25/11 - in time?", date(2026, 11, 23), True),
        (
            "chair got my report on 3/12, icpc 7/12 - in time?",
            date(2026, 12, 4),
            None,
        ),  # years too far apart to pair
        # "being held" / "to be held" is a meeting ahead; the date checked is read in its year.
        ("ICPC being held 14/12, report to chair on 10/12 - ok?", date(2026, 12, 1), False),
        (
            "ICPC to be held 3/12, I'm sending the report to the chair on 30/11 - is that in time?",
            date(2026, 11, 20),
            True,
        ),
        # The strat and the team leader's review are checked, though other steps' outcomes carry their names too.
        ("S47 concerns raised 1/12, strat held 3/12 - was that within 24 hours?", date(2026, 12, 5), False),
        ("assessment started 2/11, TL review 25/11 - within 15 working days?", date(2026, 12, 5), False),
        # The words before "which" are all the decision's: the strat held on 06/01 is checked against it.
        (
            "02/01/26 TL decided a strat was needed, which was held on 06/01/26 - in time?",
            date(2026, 1, 8),
            False,
        ),
        # "On 02/02 the TL agreed a strat, which was held on 04/02": the "which" is no event of the later date.
        ("On 02/02/26 the TL agreed a strat, which was held on 04/02/26. In time?", date(2026, 2, 5), False),
        # A harm on the same day as the decision is no reason to set that day aside.
        (
            "Incident at home on 14/01/2026, was the strat on 16/01/2026 in time? TL decision for strat was 14/01/2026",
            date(2026, 1, 20),
            False,
        ),
        # "Within the 15 WD?" is a check of its own, in the worker's shorthand.
        ("C&F began 02/11/2026, TL review 24/11/2026. Within the 15 WD?", date(2026, 12, 2), False),
        ("C&F began 02/11/2026, TL review 23/11/2026. Within the 15 WD?", date(2026, 12, 2), True),
        # A meeting the words just before it say was held is the last such day, weekday or date alike.
        ("ICPC was Tuesday, report went to chair on 13/11 - in time?", date(2026, 11, 20), False),
        ("audit: ICPC held 27/5, report to chair 22/5 - compliant?", date(2026, 12, 1), False),
        ("ICPC was 1/4, report to chair 26/3, in time?", date(2026, 10, 15), True),
        ("transfer to NT was 3/12, notice given 30/11 ok?", date(2026, 11, 20), False),
        # Another meeting's date is not the report's ("the LAC review was 27/11").
        (
            "RCPC held 3/12 and the LAC review was 27/11 - was my report to the conference chair in time?",
            date(2026, 12, 7),
            None,
        ),
        # Mum's copy is no report to the IRO: nothing is checked against the IRO's timescale.
        ("LAC review 10/12, mum got the report 8/12 - ok?", date(2026, 12, 11), None),
    ],
)
def test_a_verdict_reads_the_meeting_and_the_date_checked_in_one_year(
    guide: PracticeGuide, question: str, today: date, in_time: bool | None
) -> None:
    assert guide.answer(question, today=today).in_time is in_time


def test_seen_alone_does_not_name_the_visit_after_a_placement(guide: PracticeGuide) -> None:
    """ "when must mum and dad have seen my update?" is about a report, not a visit to a child just placed."""
    question = (
        "the meeting about the protection plan is on 10/12/2026, when must mum and dad have seen my update?"
    )
    answer = guide.answer(question, today=date(2026, 12, 1))
    assert "visit-after-placement" not in {d.timescale.rule for d in (*answer.deadlines, *answer.options)}


def test_the_earliest_an_event_may_be_after_notice_due_days_before_it(guide: PracticeGuide) -> None:
    """Notice due 5 days before a transfer, given on a day, puts the transfer 5 days later at the earliest;
    on a Sunday, the earliest working day is the Monday after it, never the Friday before."""
    answer = guide.answer(
        "I emailed the neighbourhood team on 01/12/2026 about transferring a CIN case, earliest date it can transfer?",
        today=date(2026, 12, 1),
    )
    (result,) = answer.deadlines
    assert result.timescale.rule == "transfer-notice" and result.timescale.at_the_earliest
    assert (result.start, result.due) == (date(2026, 12, 1), date(2026, 12, 6))
    assert result.first_working_day_after == date(2026, 12, 7) and result.last_working_day_before is None
    assert "the first working day after it is Monday 7 December 2026" in render_text(answer)
    assert answer_json(answer)["deadlines"][0]["first_working_day_after"] == "2026-12-07"


@pytest.mark.parametrize(
    "question",
    [
        "The case is going to a Neighbourhood Team. If I email them today, what's the earliest it can transfer?",
        "Moving a CIN family to the NT. If I email them the notice today, earliest date the case can transfer?",
    ],
)
def test_notice_emailed_to_them_puts_the_earliest_transfer_after_it(
    guide: PracticeGuide, question: str
) -> None:
    """The team named before, "email them" is the notice; the earliest transfer is 5 days after it."""
    answer = guide.answer(question, today=date(2026, 12, 1))
    (result,) = answer.deadlines
    assert result.timescale.rule == "transfer-notice" and result.timescale.at_the_earliest
    assert (result.start, result.due) == (date(2026, 12, 1), date(2026, 12, 6))


def test_a_date_whose_words_name_the_notice_and_the_transfer_is_the_notice_when_the_earliest_is_asked(
    guide: PracticeGuide,
) -> None:
    """ "sent them the notice 04/03 for the transfer. Earliest transfer date?": the earliest transfer after the
    notice, never the notice counted back from the date as if it were the transfer's (asked for the earliest,
    the transfer's date is not known)."""
    answer = guide.answer(
        "I sent them the notice 04/12/2026 for the transfer to the neighbourhood team. Earliest transfer date?",
        today=date(2026, 12, 5),
    )
    (result,) = answer.deadlines
    assert result.timescale.at_the_earliest and (result.start, result.due) == (
        date(2026, 12, 4),
        date(2026, 12, 9),
    )


def test_notice_of_a_transfer_is_still_counted_back_from_the_transfer(guide: PracticeGuide) -> None:
    answer = guide.answer(
        "case transferring to the NT on 10/12/2026 - when must I notify them?", today=date(2026, 12, 1)
    )
    (result,) = answer.deadlines
    assert result.timescale.rule == "transfer-notice" and not result.timescale.at_the_earliest
    assert result.due == date(2026, 12, 5) and result.last_working_day_before == date(2026, 12, 4)


def test_no_extension_said_is_the_temporary_approval_without_one(guide: PracticeGuide) -> None:
    """ "no extension" names no extension: the 16 weeks, not the 24."""
    answer = guide.answer(
        "Connected carer temporary approval from 02/06/2026; full approval at panel 30/09/2026, no extension. "
        "In time?",
        today=date(2026, 10, 1),
    )
    (result,) = answer.deadlines
    assert result.timescale.rule == "temporary-approval" and result.due == date(2026, 9, 22)
    assert not answer.options


@pytest.mark.parametrize(
    ("question", "rule", "due"),
    [
        # Said agreed in the same sentence, or in the next ("If it's agreed, ..."): the 24 weeks.
        (
            "Temporary approval given 02/06/2026 and panel/ADM have now agreed the extension. When does it end now?",
            "temporary-approval-extended",
            date(2026, 11, 17),
        ),
        (
            "Aunt was given temporary approval on 02/06/2026. We're asking for the 8-week extension. If it's "
            "agreed, when does temporary approval run out?",
            "temporary-approval-extended",
            date(2026, 11, 17),
        ),
        # Asked whether it can be: no extension is said to be agreed, so never the 24 weeks alone.
        (
            "Temporary approval given 02/06/2026 - when does it end? Can it be extended?",
            "temporary-approval",
            None,
        ),
    ],
)
def test_an_extension_said_to_be_agreed_is_counted(
    guide: PracticeGuide, question: str, rule: str, due: date | None
) -> None:
    answer = guide.answer(question, today=date(2026, 7, 1))
    rules = [d.timescale.rule for d in (*answer.deadlines, *answer.options)]
    if due is None:
        assert rule in rules and not (answer.deadlines and rules[0] == "temporary-approval-extended")
    else:
        (result,) = answer.deadlines
        assert (result.timescale.rule, result.due) == (rule, due)


@pytest.mark.parametrize(
    "question",
    [
        "temp approved 05/01/2026, no extension yet, when does it end?",
        "temporary approval given 05/01/2026. extension hasn't been approved yet - when does approval run out?",
        "Reg 24 05/01/2026 - the ADM hasn't agreed the extension yet, when does it end?",
        "Nan temp approved 05/01/2026; we have extended family members who may help too. When does approval end?",
        "temp approved 05/01/2026 - will it be extended? when does it end?",
        "temp approval 05/01/2026, panel declined to extend - when does it end?",
    ],
)
def test_an_extension_not_said_to_be_agreed_never_gives_the_later_end_alone(
    guide: PracticeGuide, question: str
) -> None:
    """The 24 weeks given when no extension was agreed would be 8 weeks late: the 16 weeks' end is offered."""
    answer = guide.answer(question, today=date(2026, 2, 10))
    dues = [d.due for d in (*answer.deadlines, *answer.options)]
    assert date(2026, 4, 27) in dues
    assert not (answer.deadlines and answer.deadlines[0].due == date(2026, 6, 22))


def test_a_date_said_to_end_the_approval_starts_no_new_sixteen_weeks(guide: PracticeGuide) -> None:
    """ "temp approval for nan expired on 27/04": that is its end; 16 weeks more from it would be 16 weeks late."""
    answer = guide.answer("temp approval for nan expired on 27/04/2026, what now?", today=date(2026, 5, 10))
    dues = [d.due for d in (*answer.deadlines, *answer.options)]
    assert date(2026, 8, 17) not in dues


def test_the_further_weeks_run_from_the_end_of_the_sixteen(guide: PracticeGuide) -> None:
    answer = guide.answer(
        "reg 24 runs out 27/04/2026 - panel agreed the extension - new end date?", today=date(2026, 4, 1)
    )
    (result,) = answer.deadlines
    assert (result.timescale.rule, result.due) == ("temporary-approval-further-8-weeks", date(2026, 6, 22))


def test_the_further_weeks_never_count_from_a_date_no_words_name(guide: PracticeGuide) -> None:
    """ "temporary approval 02/06, panel now 12/12, asking for the further 8 weeks": the 8 weeks run from the
    end of the 16, never from the panel's date (which would put the end two months late)."""
    answer = guide.answer(
        "Temporary approval given on 02/06/2026. Her full assessment has slipped (panel now 12/12/2026), so we "
        "are asking for the further 8 weeks. If that is agreed, what is the latest date it can run to?",
        today=date(2026, 10, 1),
    )
    dues = {d.due for d in (*answer.deadlines, *answer.options)}
    assert date(2026, 11, 17) in dues and all(d <= date(2026, 11, 17) for d in dues)


@pytest.mark.parametrize(
    ("question", "rule", "start", "due"),
    [
        # A visit that did not happen, or not in person, ends no list: the next counts from the one before.
        (
            "CP, home visit 13/11 and 04/12 attempted, no answer - next visit by?",
            "cp-visit",
            "2026-11-13",
            "2026-12-11",
        ),
        (
            "CP plan, visited 13/11 and again 04/12 but no one home - next?",
            "cp-visit",
            "2026-11-13",
            "2026-12-11",
        ),
        (
            "CP child visited 13/11 and then 04/12 on teams - next statutory visit?",
            "cp-visit",
            "2026-11-13",
            "2026-12-11",
        ),
        # "and again on" joins a list too: the next visit counts from the last one.
        (
            "CP plan, I saw him at home on 13/11 and again on 04/12 - next visit due?",
            "cp-visit",
            "2026-12-04",
            "2027-01-01",
        ),
        (
            "CIN case: I saw him at home 06/10/26 and on 10/11/26 and again at home on the 01/12/26, next visit?",
            "cin-visit",
            "2026-12-01",
            "2027-01-12",
        ),
        ("cp vist 13/11 and agian on 04/12 next due", "cp-visit", "2026-12-04", "2027-01-01"),
        # Words of its own that are not of whom the list is make the second date no visit of the list.
        (
            "CP plan. visited 13/11 and then 04/12 mum moved out - next visit due?",
            "cp-visit",
            "2026-11-13",
            "2026-12-11",
        ),
        # A review moved to a later date has not happened: the last review is the one before.
        (
            "CIN review 20/10, and then 01/12 rearranged to 15/12 - next due?",
            "cin-review",
            "2026-10-20",
            "2026-12-01",
        ),
        # A visit without notice to a child on a CP plan is a CP visit, not the foster carers' yearly one.
        (
            "I called round without notice 05/12/2026, child on CP plan, when's the next one due?",
            "cp-visit",
            "2026-12-05",
            "2027-01-02",
        ),
        # "virtual" said of a school is no failed visit: the list still counts from its last date.
        (
            "CP visits 10/10/2026, 08/11/2026, 05/12/2026 - virtual school also involved - next visit due?",
            "cp-visit",
            "2026-12-05",
            "2027-01-02",
        ),
        # A visit in hospital, or virtual, is no visit at home: the list counts from its first date (early).
        ("cp visits 19/11/2026 and 04/12/2026 (virtual). next due?", "cp-visit", "2026-11-19", "2026-12-17"),
        # A meeting put back to a date ahead is this year's meeting, ahead.
        (
            "the ICPC was put back to 15/12 - when's the first core group?",
            "first-core-group",
            "2026-12-15",
            "2026-12-25",
        ),
        # The end of the 16 weeks, however it is said, starts the further 8 weeks when the extension is agreed.
        (
            "temp approval ran out 07/12/2026, extension agreed by ADM, when does it end now?",
            "temporary-approval-further-8-weeks",
            "2026-12-07",
            "2027-02-01",
        ),
        # An extension of something else is no extension of the approval.
        (
            "temp approval 02/11/2026. The ADM agreed the extension of placement with the IFA, when does it end?",
            "temporary-approval",
            "2026-11-02",
            "2027-02-22",
        ),
        # A child moved (not a meeting moved) on a past date stays this year's.
        (
            "Child moved to nan's 05/12, when's the visit due?",
            "visit-after-placement",
            "2026-12-05",
            "2026-12-07",
        ),
        # "stat visit" is a CP plan's statutory visit too.
        ("CP plan since 02/10, stat visit 20/11 - next?", "cp-visit", "2026-11-20", "2026-12-18"),
        # "no extension yet": the 16 weeks, by which the panel must consider one.
        (
            "connected carers temp approved 01/09/26, no extension yet - panel consider extension by when?",
            "temporary-approval",
            "2026-09-01",
            "2026-12-22",
        ),
        # "after the initial conference" is no first core group said to be done: the first is asked for.
        (
            "after the initial conference on 20/11, when's the first core group and how often after that?",
            "first-core-group",
            "2026-11-20",
            "2026-11-30",
        ),
    ],
)
def test_what_a_review_found_gives_the_right_date(
    guide: PracticeGuide, question: str, rule: str, start: str, due: str
) -> None:
    answer = guide.answer(question, today=date(2026, 12, 10))
    (result,) = answer.deadlines
    assert (result.timescale.rule, result.start.isoformat(), result.due.isoformat()) == (rule, start, due)


@pytest.mark.parametrize(
    "question",
    [
        # "post"/"since" a step, said of a date still ahead (its year not told): not a review that has happened.
        "ILAC 17/12 post placement, last visit 07/12 - when's the next visit?",
        "first LAC review 17/12 since placement - last visit 07/12, next visit?",
    ],
)
def test_post_or_since_a_date_ahead_never_moves_visits_on_silently(
    guide: PracticeGuide, question: str
) -> None:
    answer = guide.answer(question, today=date(2026, 12, 10))
    dues = [d.due for d in (*answer.deadlines, *answer.options)]
    assert date(2026, 12, 14) in dues  # weekly until the first review: never only the 6-weekly date


def test_a_gap_to_keep_asks_ahead_and_checks_nothing(guide: PracticeGuide) -> None:
    answer = guide.answer(
        "CP visits 20/11/2026 and 04/12/2026 - to keep the gap under 4 weeks, when's the next one due?",
        today=date(2026, 12, 10),
    )
    (result,) = answer.deadlines
    assert answer.checked is None and result.start == date(2026, 12, 4)


@pytest.mark.parametrize(
    ("question", "checks"),
    [
        (
            "Placed with adopters 02/03/2026, application made 06/05/2026. Had they been in placement long enough?",
            True,
        ),
        (
            "Placed with adopters 02/03/2026. When will they have been in placement long enough to apply?",
            False,
        ),
        ("Placed with adopters 02/03/2026, application lodged 20/04/2026 - too early?", True),
        (
            "Placed with adopters 02/03/2026, application made 06/05/2026. Had the children been placed long enough?",
            True,
        ),
        # A conference's report is due before it: "too soon?" of a meeting checks no first day allowed.
        (
            "Report sent to the chair on 02/12/2026, ICPC held 04/12/2026 - was the conference too soon?",
            False,
        ),
    ],
)
def test_long_enough_in_placement_checks_only_when_asked_of_the_past(question: str, checks: bool) -> None:
    """Stop 39: "had they been in placement long enough?" checks a date; "when will they have been ..." asks ahead."""
    assert bool(COMPLIANCE.search(question)) is checks


@pytest.mark.parametrize(
    ("applied", "in_time", "says"),
    [("05/05/2026", False, "too early"), ("11/05/2026", True, "on or after the earliest")],
)
def test_an_adoption_order_application_is_checked_against_the_earliest_day(
    guide: PracticeGuide, applied: str, in_time: bool, says: str
) -> None:
    """rv51: an application before 10 weeks in placement is too early, one on or after it in time (the verdict
    was the other way round, as if the 10 weeks were a deadline)."""
    answer = guide.answer(
        f"Placed with adopters 02/03/2026, they applied for the adoption order on {applied}. Had they been in "
        "placement long enough?",
        today=date(2026, 5, 20),
    )
    (result,) = answer.deadlines
    assert (result.timescale.rule, result.due) == ("adoption-order-application", date(2026, 5, 11))
    assert answer.in_time is in_time and says in render_text(answer)


def test_a_list_of_visits_is_checked_from_the_first(guide: PracticeGuide) -> None:
    """ "visits 18/11 and 04/01 - within six weeks?": counted from the first, the second checked (late)."""
    answer = guide.answer(
        "FC supervisory visits 18/11/2026 and 04/01/2027 - within the six-weekly standard?",
        today=date(2027, 1, 11),
    )
    (result,) = answer.deadlines
    assert (result.start, result.due) == (date(2026, 11, 18), date(2026, 12, 30))
    assert answer.checked == date(2027, 1, 4) and answer.in_time is False
    # The schedule runs from the due date: after a date checked it would mislead, so it is not shown.
    assert "Then:" not in render_text(answer)


@pytest.mark.parametrize(
    ("question", "rule", "due"),
    [
        (
            "gave the NT notice on 04/12/2026, earliest the case can transfer?",
            "transfer-notice",
            "2026-12-09",
        ),
        (
            "notified the neighbourhood team 02/12/2026 about the transfer. Soonest we can transfer?",
            "transfer-notice",
            "2026-12-07",
        ),
        (
            "shared my report with the family on 04/12/2026, what's the earliest the ICPC can be?",
            "icpc-report-to-family",
            "2026-12-07",
        ),
        (
            "report sent to the chair 04/12/2026, earliest date the ICPC could be held?",
            "icpc-report-to-chair",
            "2026-12-09",
        ),
        (
            "plan update shared with parents 04/12/2026 - earliest the review conference can be?",
            "rcpc-report-to-parents",
            "2026-12-07",
        ),
    ],
)
def test_a_step_due_before_its_event_dates_the_earliest_the_event_can_be(
    guide: PracticeGuide, question: str, rule: str, due: str
) -> None:
    """Never the step counted back from its own date as if that were the meeting's."""
    (result,) = guide.answer(question, today=date(2026, 12, 2)).deadlines
    assert result.timescale.rule == rule and result.timescale.at_the_earliest
    assert result.due.isoformat() == due


@pytest.mark.parametrize(
    "question",
    [
        "first core group on 16/12/2026 - when should the ICPC have taken place?",
        "core group 16/12/2026, ICPC date?",
        "ICPC was held in October, 20/11/2026 first core group. When is the next core group?",
        "Child became looked after in October, 24/11/2026 first LAC review held, when is the next review?",
    ],
)
def test_no_step_is_counted_from_the_date_of_a_step_after_it(guide: PracticeGuide, question: str) -> None:
    """A core group's date starts no ICPC, a review's date no initial review: no date rather than a wrong one."""
    answer = guide.answer(question, today=date(2026, 12, 20))
    counted = {d.timescale.rule for d in [*answer.deadlines, *answer.options]}
    assert not counted & {"icpc", "first-core-group", "lac-initial-review"}


@pytest.mark.parametrize(
    ("question", "rule", "due"),
    [
        # A date with words of its own after it is theirs, whatever came before the comma.
        (
            "I'm on leave next week, 07/12/2026 is the ICPC - when does my report need to go to the chair?",
            "icpc-report-to-chair",
            "2026-12-02",
        ),
        (
            "I'm off next week, 10/12/2026 is the review conference - when do the parents need my report?",
            "rcpc-report-to-parents",
            "2026-12-07",
        ),
    ],
)
def test_a_date_with_its_own_words_after_a_comma_keeps_them(
    guide: PracticeGuide, question: str, rule: str, due: str
) -> None:
    (result,) = guide.answer(question, today=date(2026, 12, 2)).deadlines
    assert (result.timescale.rule, result.due.isoformat()) == (rule, due)


@pytest.mark.parametrize(
    ("question", "not_rule"),
    [
        (
            "placement broke down 01/12/2026, when should the placement disruption meeting be held?",
            "placement-meeting",
        ),
        (
            "case transferring to the NT on 10/12/2026 - when does the case transfer summary need to be done?",
            "case-summary-update",
        ),
    ],
)
def test_a_word_inside_a_name_that_changes_the_step_names_nothing(
    guide: PracticeGuide, question: str, not_rule: str
) -> None:
    answer = guide.answer(question, today=date(2026, 12, 2))
    assert not_rule not in {d.timescale.rule for d in answer.deadlines}


def test_a_timescale_the_worker_states_is_among_the_answers(guide: PracticeGuide) -> None:
    """ "within the 1 working day?": the visit after a child becomes looked after is offered, never left out."""
    answer = guide.answer(
        "Child became looked after Fri 04/12/2026 and was visited Mon 07/12/2026. Within the 1 working day?",
        today=date(2026, 12, 8),
    )
    offered = {d.timescale.rule: d.due for d in [*answer.deadlines, *answer.options]}
    assert offered.get("visit-after-placement") == date(2026, 12, 7)


@pytest.mark.parametrize(
    "question",
    [
        "Sent my report to the chair 04/12/2026, when's the ICPC?",
        "Report shared with the family 04/12/2026, when is the ICPC due?",
        "Sent the report to the chair on 04/12/2026, when is the first core group due?",
        "ICPC report shared with parents 20/11/2026, when is the first core group due?",
    ],
)
def test_a_report_before_a_meeting_starts_nothing_after_it(guide: PracticeGuide, question: str) -> None:
    """The ICPC counts from the strat, the core group from the ICPC: never from a report's date."""
    answer = guide.answer(question, today=date(2026, 12, 2))
    counted = {d.timescale.rule for d in [*answer.deadlines, *answer.options]}
    assert not counted & {"icpc", "first-core-group"}


def test_the_plan_named_says_whose_visits_whatever_timescale_is_remembered(guide: PracticeGuide) -> None:
    answer = guide.answer(
        "CP visits 03/11/2026 and 04/12/2026, within the 6 weekly standard?", today=date(2026, 12, 7)
    )
    (result,) = answer.deadlines
    assert (result.timescale.rule, result.due) == ("cp-visit", date(2026, 12, 1))
    assert answer.checked == date(2026, 12, 4) and answer.in_time is False


def test_a_later_plo_meeting_is_not_the_first_nor_the_letter(guide: PracticeGuide) -> None:
    answer = guide.answer(
        "Second PLO meeting was 24/11/2026 - when is the 16 week gateway?", today=date(2026, 12, 2)
    )
    assert not answer.deadlines and not answer.options
    assert "tell me the date on the PLO letter" in render_text(answer)


@pytest.mark.parametrize(
    ("question", "asked_for"),
    [
        ("Second PLO meeting 05/05/26, viability request due?", "the first PLO meeting"),
        ("second pre-proceedings meeting 09/02/2026, when's the FGC referral due?", "the first PLO meeting"),
        (
            "review conference 12/05/26, when is the first core group?",
            "the Initial Child Protection Conference",
        ),
        ("RCPC was 12/05/2026 - first core group by?", "the Initial Child Protection Conference"),
        (
            "rcpc 12/05/26 first time I've chaired... when is core group due?",
            "the Initial Child Protection Conference",
        ),
        ("review PLO meeting 05/05/2026, when was the viability request due?", "the first PLO meeting"),
    ],
)
def test_only_a_later_meeting_dated_asks_for_the_first(
    guide: PracticeGuide, question: str, asked_for: str
) -> None:
    """A step counted from the first PLO meeting (or the initial conference) is not counted from a later one:
    that would be weeks late."""
    answer = guide.answer(question, today=date(2026, 5, 13))
    assert not answer.deadlines and not answer.options
    assert f"tell me the date of {asked_for}" in render_text(answer)


def test_first_meeting_alone_names_no_plo_meeting(guide: PracticeGuide) -> None:
    """ "first meeting" is said of every kind of meeting: only with PLO's words is it the first PLO meeting."""
    answer = guide.answer(
        "We met police and health on 01/12/2026 about the family. Latest the first meeting to decide on protection plans can be?",
        today=date(2026, 12, 2),
    )
    assert "plo-first-meeting" not in {d.timescale.rule for d in [*answer.deadlines, *answer.options]}


@pytest.mark.parametrize(
    ("question", "due"),
    [
        ("CP visits 30/10/2026 and 27/11/2026 (no access), when's the next visit due?", "2026-11-27"),
        (
            "CP visits 30/10/2026 and 27/11/2026 - child wasn't seen on 27/11, when's the next visit?",
            "2026-11-27",
        ),
    ],
)
def test_a_list_with_a_visit_that_may_not_count_is_counted_from_its_first(
    guide: PracticeGuide, question: str, due: str
) -> None:
    (result,) = guide.answer(question, today=date(2026, 12, 2)).deadlines
    assert (result.timescale.rule, result.due.isoformat()) == ("cp-visit", due)


@pytest.mark.parametrize(
    ("question", "due", "in_time"),
    [
        (
            "ICPC for the second child was 16/11/2026 and the first core group was 27/11/2026, was the first core group in time?",
            "2026-11-26",
            False,
        ),
        (
            "child came into care 2/11/2026, initial LAC review 1/12/2026, was the initial review in time or later than 20 working days?",
            "2026-11-30",
            False,
        ),
        (
            "child on CP plan last visited 30/10/2026 - is a visit on 4/12/2026 within the 6 weekly standard?",
            "2026-11-27",
            False,
        ),
    ],
)
def test_a_first_meeting_checked_is_checked(
    guide: PracticeGuide, question: str, due: str, in_time: bool
) -> None:
    """Words said in passing ("the second child", "later than") ask for no later one; a CP plan's visits are
    the CP visits, whatever timescale the worker remembers."""
    answer = guide.answer(question, today=date(2026, 12, 2))
    (result,) = answer.deadlines
    assert result.due.isoformat() == due and answer.in_time is in_time


@pytest.mark.parametrize(
    ("question", "rule", "due"),
    [
        (
            "ICPC booked for 10/12 (Thursday), when is the first core group due?",
            "first-core-group",
            "2026-12-20",
        ),
        (
            "Came into care 20/11/2026 (Friday), visited 24/11/2026, was that within the 1 working day?",
            "visit-after-placement",
            "2026-11-23",
        ),
    ],
)
def test_a_weekday_in_brackets_after_a_date_reads_that_date(
    guide: PracticeGuide, question: str, rule: str, due: str
) -> None:
    (result,) = guide.answer(question, today=date(2026, 12, 2)).deadlines
    assert (result.timescale.rule, result.due.isoformat()) == (rule, due)


def test_a_plan_come_off_is_not_the_plan_named(guide: PracticeGuide) -> None:
    answer = guide.answer(
        "came off the protection plan on 5/11/2026, last visit 12/11/2026, when is the next visit due?",
        today=date(2026, 12, 2),
    )
    assert [d.timescale.rule for d in answer.deadlines] != ["cp-visit"]


@pytest.mark.parametrize(
    "question",
    [
        "CP visit 27/11 (Thu), seen alone at home. When is the next visit due?",  # 27/11/2026 is a Friday
        "Strategy meeting 29/12 (Monday), when is the ICPC due?",  # 29/12/2025 was, a year ago
    ],
)
def test_a_weekday_that_fits_only_a_year_away_is_asked_about(guide: PracticeGuide, question: str) -> None:
    answer = guide.answer(question, today=date(2026, 12, 30) if "29/12" in question else date(2026, 12, 2))
    assert answer.reason is Reason.DATE_PROBLEM and not answer.deadlines


@pytest.mark.parametrize(
    "question",
    [
        "ICPC 16/11/2026, first core group 25/11/2026, when is the second core group due?",
        "ICPC 16/11/2026, first core group 25/11/2026, when's the next cg?",
        "ICPC 16/11/2026, first core group held 25/11/2026. Is the next core group overdue?",
        # The first said to have happened with no date of its own, and the frequency asked.
        "After the first core group, how often must core groups be held? Last one was 25/11/2026, next due?",
    ],
)
def test_a_later_core_group_in_any_words_gets_no_date(guide: PracticeGuide, question: str) -> None:
    answer = guide.answer(question, today=date(2026, 12, 2))
    assert answer.untimed is not None and answer.untimed.rule == "later-core-groups" and not answer.deadlines


@pytest.mark.parametrize(
    ("question", "rule", "due"),
    [
        (
            "Report to chair for ICPC 10/12/2026 sent 04/12/2026 - in time?",
            "icpc-report-to-chair",
            "2026-12-07",
        ),
        (
            "When does my report to the chair need to be in for the ICPC on 10/12/2026?",
            "icpc-report-to-chair",
            "2026-12-07",
        ),
        ("Report to parents for the ICPC on 14/12/2026 - when by?", "icpc-report-to-family", "2026-12-11"),
    ],
)
def test_a_report_asked_for_beside_its_meeting_counts_back_from_the_meeting(
    guide: PracticeGuide, question: str, rule: str, due: str
) -> None:
    (result,) = guide.answer(question, today=date(2026, 12, 2)).deadlines
    assert (result.timescale.rule, result.due.isoformat()) == (rule, due)


@pytest.mark.parametrize(
    ("question", "rule", "due"),
    [
        (
            "ICPC 16/11/2026, first core group held 30/11/2026 and the next meeting is on 14/12/2026. Was the first core group in time?",
            "first-core-group",
            "2026-11-26",
        ),
        (
            "Strategy discussion 02/11/2026, ICPC held 20/11/2026, next review conference is 20/02/2027. Was the ICPC in time?",
            "icpc",
            "2026-11-23",
        ),
        (
            "RCPC is on 16/02 (Tue), when does my report have to be shared with the family?",
            "rcpc-report-to-parents",
            "2027-02-13",
        ),
    ],
)
def test_a_later_one_told_of_is_not_asked_for(
    guide: PracticeGuide, question: str, rule: str, due: str
) -> None:
    """ "the next meeting is on 14/12" tells; the question checks the first. A weekday that fits the nearest
    such day reads it."""
    (result,) = guide.answer(question, today=date(2026, 12, 2)).deadlines
    assert (result.timescale.rule, result.due.isoformat()) == (rule, due)


@pytest.mark.parametrize(
    "aside",
    ["after 1st review tbc", "not after 1st review", "after 1st review?", "after 1st review in a fortnight"],
)
def test_an_aside_that_doubts_the_first_review_sets_no_phase(guide: PracticeGuide, aside: str) -> None:
    """Only an aside that is nothing but "(after 1st review)" says the review has been: one that doubts it, or
    puts it ahead, leaves the worker a choice of weekly or six-weekly visits, never six-weekly alone."""
    answer = guide.answer(f"lac visit done 28/05/2025 ({aside}), when is nxt one", today=date(2025, 6, 2))
    assert answer.options and not answer.deadlines, render_text(answer)


@pytest.mark.parametrize(
    "question",
    [
        "extension agreed 26/05/2025, when does the extension end?",
        "nan's extension agreed 26/05/2025, when does it end?",
        "extended the PLO on 22/07/2025, when is the gateway?",
    ],
)
def test_an_extension_not_said_to_be_plos_is_not_counted_as_the_plo_4_weeks(
    guide: PracticeGuide, question: str
) -> None:
    """A fresh review's cases: only an extension the words say is PLO's starts the further 4 weeks in PLO."""
    answer = guide.answer(question, today=date(2025, 7, 25))
    assert [d.timescale.rule for d in answer.deadlines] != ["plo-extension"], render_text(answer)


@pytest.mark.parametrize(
    "question",
    [
        "First LAC review is today week, when's the next one?",
        "ICPC is on 10/12/2026, when's the next one?",
        "unannounced visit to the foster carers booked 15/12/2026, next one due?",
    ],
)
def test_the_next_one_after_an_event_still_ahead_is_no_step_counted_from_it(
    guide: PracticeGuide, question: str
) -> None:
    """Neither the report due before the event nor a step counted from it is "the next one": no date."""
    answer = guide.answer(question, today=date(2026, 12, 1))
    assert not answer.deadlines and not answer.options


def test_whats_due_after_a_placement_lists_what_follows_it(guide: PracticeGuide) -> None:
    """ "what's due?" asks what follows, as "what is due?" does: the visit the next working day among them."""
    answer = guide.answer(
        "child placed in emergency foster care 20/11/2026. what's due?", today=date(2026, 11, 20)
    )
    assert answer.kind is Kind.TIMELINE
    due = {d.timescale.rule: d.due for d in answer.deadlines}
    assert due["visit-after-placement"] == date(2026, 11, 23) and due[
        "emergency-admission-assessment"
    ] == date(2026, 12, 18)


@pytest.mark.parametrize(
    "question",
    [
        "parenting assessment commenced 02/11/26, when's it due?",
        "connected persons assessment commenced 05/11/26 - when's it due?",
        "special guardianship assessment started 02/11/26 - due?",
        # A name said not to be so names nothing: no allocation for a family that needs no assessment.
        "decided 16/02/26 family does not need a full assessment, NFA. any deadline?",
    ],
)
def test_no_child_and_family_assessment_started_gets_its_deadlines(
    guide: PracticeGuide, question: str
) -> None:
    """The 45 days and the Team Leader's review are the Child and Family Assessment's: no date for another."""
    answer = guide.answer(question, today=date(2026, 11, 6))
    assert not answer.deadlines and not answer.options, render_text(answer)


def test_a_lone_step_found_weakly_is_offered_not_counted(guide: PracticeGuide) -> None:
    """A lone step found by no name of its own and little else is a guess: its date is offered to pick, not given."""
    # ("police and health together" now names the strategy discussion, offered beside the guess.)
    question = (
        "My TL agreed this morning that we need to get everyone together to talk about the bruising."
        " Today's Thursday 3 December. How long have we got to get that discussion held?"
    )
    answer = guide.answer(question, today=date(2026, 12, 3))
    assert not answer.deadlines and answer.reason is Reason.CHOOSE_STEP and len(answer.options) == 1
    assert answer.options[0].start == date(2026, 12, 3)
    assert render_text(answer).startswith(wording.ONE_STEP_GUESSED)


def test_a_revised_care_plan_is_no_placement_plan_to_carers(guide: PracticeGuide) -> None:
    """ "Revised paperwork" for the carers is the updated placement plan; a revised care plan is not."""
    answer = guide.answer(
        "Care plan revised at LAC review 10/03/2026, when does the revised plan need to be on the system?",
        today=date(2026, 3, 10),
    )
    assert "placement-plan-to-carers" not in {d.timescale.rule for d in [*answer.deadlines, *answer.options]}


@pytest.mark.parametrize(
    "question",
    [
        "I've just been allocated a case, when is my first visit due?",
        "she has just turned 16, when is the next CIN visit?",
        "I've just been given a new case, when do I need to visit?",
        "the family has just moved to Trafford, when's the transfer in conference?",
        # "today or" of who to tell, or of two days the worker names, asks no date of a step.
        "the child is moving placement today or tomorrow, who needs telling?",
    ],
)
def test_today_of_no_event_counts_from_no_date(guide: PracticeGuide, question: str) -> None:
    """ "has just" tells today only of an event of the case (being given a case, a birthday or a house move starts
    no step), and "today or tomorrow" asks no step's date."""
    answer = guide.answer(question, today=date(2026, 3, 2))
    assert not answer.deadlines and not answer.options


@pytest.mark.parametrize(
    ("question", "today", "not_rule"),
    [
        # Fresh review rv26: loose phrases ("parents need to get", "mum gets my report", "meeting with legal")
        # that fit other documents and meetings name no step.
        ("court hearing 27/11/26, when do the parents need to get my statement?", date(2026, 11, 10), None),
        (
            "ICPC was held 13/11/26 - parents need to get the minutes by when?",
            date(2026, 11, 16),
            "icpc-report-to-family",
        ),
        (
            "Went on a plan 26/11/26 - mum gets my report for the review conference when?",
            date(2026, 11, 27),
            None,
        ),
        (
            "meeting with legal 05/11/26 to discuss whether to go into PLO - when do we send the letter?",
            date(2026, 11, 5),
            None,
        ),
    ],
)
def test_a_loose_phrase_names_no_step_of_its_own(
    guide: PracticeGuide, question: str, today: date, not_rule: str | None
) -> None:
    """No date given with confidence from words that fit another step as well (or one that is none)."""
    answer = guide.answer(question, today=today)
    if not_rule is None:
        assert not answer.deadlines, render_text(answer)
    else:
        assert not_rule not in {d.timescale.rule for d in answer.deadlines}, render_text(answer)


def test_a_day_of_the_month_is_never_read_a_month_late(guide: PracticeGuide) -> None:
    """ "PLO letter sent on the 3rd where I also booked the meeting": the letter was sent on 3 November, so the
    12-week review is never counted from 3 December (rv26)."""
    answer = guide.answer(
        "PLO letter sent on the 3rd where I also booked the meeting - 12 week review?",
        today=date(2026, 11, 4),
    )
    assert all(d.start <= date(2026, 11, 4) for d in answer.deadlines), render_text(answer)


def test_a_conference_unsaid_gives_the_earlier_report_date_and_the_other_beside_it(
    guide: PracticeGuide,
) -> None:
    """ "Conference" alone may be the initial or the review one, whose reports to the chair are counted
    differently (3 working days, 3 days): the earlier date meets both, and the later one is shown with it."""
    answer = guide.answer(
        "conf on 04/01/2027, when does my report reach the chair?", today=date(2026, 12, 18)
    )
    assert answer.answered and answer.deadlines[0].timescale.rule == "icpc-report-to-chair"
    assert answer.deadlines[0].due == date(2026, 12, 29)
    (other,) = answer.alternatives
    assert (other.timescale.rule, other.due) == ("rcpc-report-to-chair", date(2027, 1, 1))
    reply = render_text(answer)
    assert "If you meant the other meeting: Review conference report available to the chair, due" in reply
    assert "(practice standard cp-11). The date above meets both." in reply
    assert [a["rule"] for a in answer_json(answer)["alternatives"]] == ["rcpc-report-to-chair"]
    named = guide.answer("review conference 04/01/2027, report to the chair by?", today=date(2026, 12, 18))
    assert named.deadlines[0].timescale.rule == "rcpc-report-to-chair" and not named.alternatives


def test_someone_else_being_notified_is_no_transfer_notice(guide: PracticeGuide) -> None:
    """rv36 and the final read: the LADO or Ofsted told is no notice of a transfer to a neighbourhood team."""
    for question, today in [
        ("should the LADO be notified? allegation against our foster carer 07/01", date(2025, 12, 30)),
        (
            "we have been notified of a complaint about a foster carer 08/01/2026, when must the LADO be told?",
            date(2026, 1, 8),
        ),
    ]:
        answer = guide.answer(question, today=today)
        offered = [d.timescale.rule for d in (*answer.deadlines, *answer.options)]
        assert "transfer-notice" not in offered, question


@pytest.mark.parametrize(
    ("question", "rule"),
    [
        ("His 16th birthday is on 12/04/2026, when should his pathway plan have started?", "pathway-plan"),
        (
            "Her 12th birthday is on 28/03/2026, from when does she get an advocate for conference?",
            "advocate-age",
        ),
    ],
)
def test_a_birthday_still_ahead_is_no_date_of_birth(guide: PracticeGuide, question: str, rule: str) -> None:
    """rv39: a birthday ahead of today, read as the date of birth, put the pathway plan in 2041; the answer
    asks for the date of birth instead."""
    answer = guide.answer(question, today=date(2026, 3, 10))
    assert answer.reason is Reason.NEED_DATE and not answer.deadlines and not answer.options, render_text(
        answer
    )
    assert answer.invite is not None and answer.invite.timescale.rule == rule


def test_a_strat_a_working_day_away_says_the_24_hours_of_the_s47_standards(guide: PracticeGuide) -> None:
    """The front door's 1 working day may fall after the S47 standards' 24 hours (a Friday's decision, a Tuesday
    date after a bank holiday): the answer says so, never the later date alone."""
    answer = guide.answer(
        "manager decided at 3pm today (Fri) that we need a strat - when by?", today=date(2027, 4, 30)
    )
    (result,) = answer.deadlines
    assert result.timescale.rule == "strategy-discussion" and result.due == date(2027, 5, 4)
    assert "within 24 hours" in render_text(answer)


def test_a_rival_step_due_the_same_day_is_named_beside_the_date(guide: PracticeGuide) -> None:
    """ "ICPC 10/06/27, when does my report need to go out?": the family's copy (3 days before) and the chair's (3
    working days before) both fall on Monday 7 June, so one date is given and the other step is named with it; a
    question that names one report gets that one alone."""
    answer = guide.answer("icpc 10/6/27 when does my report need to go out", today=date(2027, 6, 1))
    assert answer.answered and (answer.deadlines[0].timescale.rule, answer.deadlines[0].due) == (
        "icpc-report-to-family",
        date(2027, 6, 7),
    )
    (other,) = answer.same_day
    assert (other.timescale.rule, other.due) == ("icpc-report-to-chair", date(2027, 6, 7))
    assert "ICPC report sent to the chair falls due the same day (3 working days before Thursday 10 June" in (
        render_text(answer)
    )
    assert [d["rule"] for d in answer_json(answer)["same_day"]] == ["icpc-report-to-chair"]
    named = guide.answer("icpc 10/6/27 when does my report need to go to the chair?", today=date(2027, 6, 1))
    assert named.deadlines[0].timescale.rule == "icpc-report-to-chair" and not named.same_day


def test_another_start_the_step_may_run_from_is_shown_beside_the_date(guide: PracticeGuide) -> None:
    """The standards don't say whether allocation runs from the referral or from the decision that an assessment
    is needed (every outside writer, eleven of eleven, read the decision; some reviewers the referral): the
    decision's date is given, and the referral's beside it, never left unsaid."""
    answer = guide.answer(
        "Referral came in 01/03/2027 and the TL decided on 04/03/2027 it needs a C&F assessment. Allocate by?",
        today=date(2027, 3, 4),
    )
    assert answer.deadlines[0].timescale.rule == "allocation"
    assert answer.deadlines[0].due == date(2027, 3, 9)
    assert answer.other_start is not None and answer.other_start.start == date(2027, 3, 1)
    assert answer.other_start.due == date(2027, 3, 4)
    text = render_text(answer)
    assert "Counted from the referral being received on Monday 1 March 2027" in text
    assert "instead, it is due Thursday 4 March 2027" in text
    assert answer_json(answer)["other_start"]["due"] == "2027-03-04"
    # Only the referral told: no other start to show.
    alone = guide.answer("Referral came in 01/03/2027. Allocate by?", today=date(2027, 3, 1))
    assert alone.deadlines[0].due == date(2027, 3, 4) and alone.other_start is None


def test_a_pathway_plan_started_is_no_protection_plan_started(guide: PracticeGuide) -> None:
    """ "Pathway plan started" names no conference (whose names include "plan started"): nothing of a protection
    plan follows it."""
    answer = guide.answer("Pathway plan started 02/11/2026, what's due next?", today=date(2026, 11, 20))
    following = {d.timescale.rule for d in answer.deadlines} | {o.timescale.rule for o in answer.options}
    assert not following & {"icpc-outcome-recorded", "first-core-group", "cp-plan-12-months"}, render_text(
        answer
    )


def test_a_birthday_told_without_its_year_is_no_date_of_birth(guide: PracticeGuide) -> None:
    """ "His birthday was 6 January" is a day of the year: no age is counted from it (a pathway plan in 2042)."""
    answer = guide.answer(
        "His birthday was 6 January - when does his pathway plan need starting?", today=date(2027, 1, 12)
    )
    assert not answer.deadlines, render_text(answer)


@pytest.mark.parametrize(
    "question",
    [
        "Review conference is on the 26th and the parents need my report, by when?",
        "PLO meeting going ahead on the 9th and the letter was dated 30/11/2026 - when do the minutes go out?",
        "ICPC is on the 23rd and mum wants a copy of my report, when does she need it by?",
        # rv65c: a past verb further back is another clause's.
        "The social worker I met says the ICPC is on the 28th and the family need my report, when?",
        "TL decided the case transfers on the 27th and the team needs notice - latest date to email?",
        "My manager agreed the PLO meeting goes ahead on the 9th and the minutes go out by when?",
    ],
)
def test_a_day_of_the_month_told_ahead_before_an_and_is_never_last_months(
    guide: PracticeGuide, question: str
) -> None:
    """ "on the 26th and ..." is read as a day only when the words before it tell it as past (rv65a, rv65b): a
    meeting booked ahead was read as last month's, and its report given as due weeks ago."""
    today = date(2026, 12, 1)
    answer = guide.answer(question, today=today)
    counted = [d.start for d in answer.deadlines] + [o.start for o in answer.options]
    assert all(start is None or start >= date(2026, 11, 30) for start in counted), render_text(answer)
