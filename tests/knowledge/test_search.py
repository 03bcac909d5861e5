"""The matcher finds standards as workers phrase them, defines terms, and knows when it doesn't know."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from bot.core import PracticeGuide
from knowledge.confidence import Verdict
from knowledge.text import fold, stem

EVAL_FILE = Path(__file__).resolve().parents[2] / "bench" / "eval" / "questions.yaml"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("visits", "visit"),
        ("meetings", "meeting"),
        ("reviewed", "review"),
        ("policies", "policy"),
        ("carers", "carer"),
    ],
)
def test_forms_of_a_word_stem_alike(one: str, other: str) -> None:
    assert stem(one) == stem(other)


@pytest.mark.parametrize("word", ["s47", "ss", "cin", "class", "is"])
def test_short_words_and_codes_are_left_alone(word: str) -> None:
    assert stem(word) == word


def test_fold_keeps_words_and_drops_punctuation() -> None:
    assert fold("What’s the S47 “strat” timescale?!") == "what the s47 strat timescale"
    assert fold("Child’s views — Café") == "child views cafe"


@pytest.mark.parametrize(
    ("typo", "corrected"),
    [
        ("refferral", "referral"),
        ("obssesions", "obsessions"),
        ("assesment", "assessment"),
        ("conferance", "conference"),
    ],
)
def test_typos_are_corrected_against_the_index_vocabulary(
    guide: PracticeGuide, typo: str, corrected: str
) -> None:
    assert guide.index.pipeline.corrector.correct(typo) == corrected


@pytest.mark.parametrize(
    ("words", "names", "searched"),
    [
        ("tl reveiw", "tl review", "tl reveiw"),  # two letters swapped: read so only against names
        ("recieved", "received", "received"),  # long enough for the ratio alone
        ("form", "form", "form"),  # a short word is left alone
        (
            "desicion",
            "decision",
            "desicion",
        ),  # two letters apart, in a longer word: read so against names too
        ("mates", "mates", "mates"),  # ... but not in a short word ("steam" has its letters too)
        ("visit", "visit", "visit"),
    ],
)
def test_two_swapped_letters_are_read_right_against_names(
    guide: PracticeGuide, words: str, names: str, searched: str
) -> None:
    corrector = guide.index.pipeline.corrector
    assert (corrector.correct_names(words), corrector.correct(words)) == (names, searched)


@pytest.mark.parametrize("word", ["brothers", "relative", "grandma", "nan"])
def test_practitioners_words_are_not_corrected_into_document_words(guide: PracticeGuide, word: str) -> None:
    assert guide.index.pipeline.corrector.correct(word) == word


def test_a_word_is_not_corrected_into_its_opposite(guide: PracticeGuide) -> None:
    # "informally" is no misspelling of "formally": the IRO's informal challenge, not the formal dispute.
    corrector = guide.index.pipeline.corrector
    assert corrector.correct("informally challenged") == "informally challenged"
    assert corrector.correct("announced visit") == "announced visit"
    assert corrector.correct("formaly") == "formally"  # a misspelling is still corrected


def test_a_corrected_typo_is_still_expanded_as_a_synonym(guide: PracticeGuide) -> None:
    # "strat" stands for "strategy discussion"; "stratt" is a typo of it
    assert "strategy discussion" in guide.index.pipeline.words("when is the stratt due")


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("what does SHOPBA stand for", "SHOPBA"),
        ("whats LCS", "LCS"),
        ("what's a core group?", "core group"),
        ("what is an IRO", "IRO"),
        ("define PLO", "PLO"),
        ("what does gcp2 mean", "GCP2"),
        ("ICPC", "ICPC"),
        # a term with context after it, or filler before it, is still a definition request
        ("what does DBS stand for when we check carers", "DBS"),
        ("sorry, what does NFA mean", "NFA"),
        ("what is the IRO in a child's review", "IRO"),
        # the term first and the question after it, or the question's words around it
        ("IRH stands for what", "IRH"),
        ("SHOPBA - what is that?", "SHOPBA"),
        ("PEP - what is it and who writes it?", "PEP"),
        ("who or what is the IRO for a looked after child", "IRO"),
        ("what exactly is a strategy discussion?", "strategy discussion"),
        ("what's an IHA that the nurse mentioned", "IHA"),
        ("what's a placement order, is it the same as a care order?", "Placement Order"),
        ("what does PLO mean for the parents", "PLO"),
        ("Quick one. What is SWET? Never heard of it.", "SWET"),
        # the term in one sentence, "what is that?" in the next
        ("The review mentions an IRH. What is that?", "IRH"),
        # "PTT" is what workers call the professional thinking time meeting
        ("what's a PTT meeting?", "professional thinking time meeting"),
    ],
)
def test_definition_questions_get_the_glossary(guide: PracticeGuide, question: str, term: str) -> None:
    found = guide.definitions.define(question)
    assert found is not None and fold(found.term) == fold(term)


@pytest.mark.parametrize(
    "question",
    [
        "when is the first core group due?",
        "what is the timescale for the ICPC?",
        "how often are CP visits",
        "what is the ICPC report supposed to include",
        "Is the ICPC the same as the RCPC? What are they for?",
    ],
)
def test_questions_about_a_step_are_not_definitions(guide: PracticeGuide, question: str) -> None:
    assert guide.definitions.define(question) is None


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("how often do I visit a child on a CP plan?", "cp-03"),
        ("when must the first core group be held", "cp-02"),
        ("what are trafford's obssesions", "obsessions-01"),
        ("how long has the IRO got to resolve an informal challenge before it goes formal?", "iro-05"),
        ("kids in care, how quickly do they need a health assessment?", "cic-13"),
    ],
)
def test_practitioner_phrasings_find_the_standard(guide: PracticeGuide, question: str, entry_id: str) -> None:
    hits = guide.index.search(question)
    assert hits[0].entry.id == entry_id


@pytest.mark.parametrize(
    "question", ["what's the wifi password", "recipe for lasagne", "who won the match on saturday"]
)
def test_unrelated_questions_are_not_answered(guide: PracticeGuide, question: str) -> None:
    lookup = guide.index.lookup(question)
    assert lookup.confidence.verdict is Verdict.UNKNOWN, (lookup.hits[0].entry.id, lookup.confidence)


def test_evaluation_questions_are_not_copies_of_alternate_questions(guide: PracticeGuide) -> None:
    evaluation = [str(c["q"]) for c in yaml.safe_load(EVAL_FILE.read_text(encoding="utf-8"))["questions"]]
    for frozen in sorted(EVAL_FILE.parent.glob("*.jsonl")):  # the sets written by other hands
        evaluation += [
            json.loads(line)["q"] for line in frozen.read_text(encoding="utf-8").splitlines() if line
        ]
    pack_phrasings = {fold(q) for e in guide.pack.entries for q in e.questions}
    pack_phrasings |= {fold(a) for t in guide.pack.timescales for a in t.asks}
    copied = [q for q in evaluation if fold(q) in pack_phrasings]
    assert len(evaluation) > 800 and copied == []


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("what do people mean by a core group?", "core group"),
        ("is an IHA the same as a medical?", "IHA"),
        ("can someone explain what a pathway plan is", "pathway plan"),
        ("sorry, new here, what's an IRO?", "IRO"),
        ("SWET stands for? legal keep asking for one", "SWET"),
        ("chronolgy?", "chronology"),
        ("what's a C&FA?", "Child and Family Assessment"),
    ],
)
def test_more_ways_of_asking_what_a_term_means(guide: PracticeGuide, question: str, term: str) -> None:
    found = guide.definitions.define(question)
    assert found is not None and found.term == term


@pytest.mark.parametrize(
    "question",
    [
        "s47 - who has to be at the strat?",
        "are there other documents to read with these, e.g. the threshold statement?",
        "what is the IHA is it 20 working days from placement?",
        "what are core groups like here, how often do they meet?",
        "who does the IHA?",
        "is the ICPC different from a review conference in terms of timescales?",
    ],
)
def test_a_term_named_in_passing_is_not_a_definition_request(guide: PracticeGuide, question: str) -> None:
    assert guide.definitions.define(question) is None
