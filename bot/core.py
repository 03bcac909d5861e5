"""The one answering core: a question in, an Answer out. Every edge (Slack, terminal, JSON) uses it.

It decides which parts an answer has; bot/wording.py words them and bot/render/ and bot/slack/blocks.py
lay them out. Nothing here knows Slack or holds a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from rapidfuzz import fuzz, process

from bot.answer import Answer, Kind, Match, Reason
from bot.clock import day_of
from bot.deadline_questions import DeadlineQuestions, date_problem, prefer_for
from calculators.chatdates import DateFinding, FoundDate, find_dates, locate
from calculators.date_problems import DateProblem, Trouble
from calculators.timescale import Count, Timescale
from calculators.working_calendar import FIRST_DAY, WorkingCalendar
from knowledge.confidence import Verdict
from knowledge.date_roles import ASKS_FOR_A_DATE, BIRTH_EVENT, adult_just_before, clause_of
from knowledge.definitions import GlossaryLookup
from knowledge.loader import PACK_DIR, load_pack
from knowledge.not_covered import NotCoveredTopics
from knowledge.records import Event, GlossaryTerm, KnowledgePack
from knowledge.search import Hit, Lookup, StandardsIndex
from knowledge.steps import StepFinder
from knowledge.text import STOPWORDS, fold

# A neighbour scoring this share of the best entry's score is worth a "see also".
RELATED_SHARE = 0.9
MAX_MATCHES = 5
MAX_SUGGESTIONS = 3
MAX_QUESTION_CHARS = 1000  # longer messages are read up to here: nobody's question is longer
# "CIN visits 14/07 and 27/08 — within 6 weeks?": an em dash (or a minus sign) is written where a worker
# means the en dash or hyphen the readings know.
_DASHES = str.maketrans({"—": "–", "―": "–", "−": "-"})
# "wen is the icpc due", "i started it on teh 20th jan": a chat spelling of a small word, too short for the typo
# corrector to mend, read as the word every reading of the question knows (what is asked, a date's own words).
# Capitalised only where a question starts: elsewhere "Wen" is as likely a child's name ("strat re Wen 3/3/26").
_CHAT_WORDS = {"wen": "when", "teh": "the", "hte": "the", "wat": "what", "wot": "what"}
_CHAT_WORD_NAMES = "|".join(_CHAT_WORDS)
_CHAT_WORD = re.compile(r"^(?i:" + _CHAT_WORD_NAMES + r")\b|\b(?:" + _CHAT_WORD_NAMES + r")\b")
# A question that asks when, beside a definition request ("what's PLO, and when is the first meeting?").
_WHEN_IS = re.compile(r"\b(?:when|whens|by when|how long|how soon|deadline|latest date|what date)\b")
_GREETING = re.compile(
    r"^(hi|hello|hiya|hey|morning|afternoon|good morning|good afternoon|help|\?|start|menu)$"
)


class PracticeGuide:
    """The loaded pack, its search index and the working calendar, ready to answer."""

    def __init__(self, pack: KnowledgePack) -> None:
        self.pack = pack
        self.index = StandardsIndex(pack)
        self.definitions = GlossaryLookup(pack)
        self.steps = StepFinder(pack, self.index.pipeline, self.index.encoder, self.index.cache)
        self.not_covered = NotCoveredTopics(pack.not_covered)
        self.calendar = WorkingCalendar(region=pack.region, closures=pack.closures)
        self._rules = {t.rule: t for t in pack.timescales}
        self._events = {e.id: e for e in pack.events}
        self._entries = {e.id: e for e in pack.entries}
        self.deadlines = DeadlineQuestions(
            self.steps, self.calendar, self._rules, self._events, self._entries
        )

    @classmethod
    def load(cls, pack_dir: Path = PACK_DIR) -> PracticeGuide:
        return cls(load_pack(pack_dir))

    # The catalogue, for App Home, pickers and `rules`.
    def rules(self) -> tuple[Timescale, ...]:
        return tuple(self._rules.values())

    def glossary(self) -> tuple[GlossaryTerm, ...]:
        return self.pack.glossary

    def help(self, question: str = "help") -> Answer:
        return Answer(question=question, kind=Kind.HELP, answered=False)

    def answer(self, question: str, *, today: date | None = None) -> Answer:
        today = today or day_of()  # Trafford's date, whatever the server's time zone
        text = " ".join(question.split()).translate(_DASHES)
        text = _CHAT_WORD.sub(lambda m: _CHAT_WORDS[m.group(0).lower()], text)
        truncated = len(text) > MAX_QUESTION_CHARS
        text = text[:MAX_QUESTION_CHARS]
        folded = fold(text)
        if not text or _GREETING.match(folded):
            return self.help(question)
        command, _, rest = text.partition(" ")
        command = command.lower()
        if command == "deadline" and rest and self._deadline_command(rest, today):
            rule_text, _, date_text = rest.partition(" ")
            return self.deadline_from_words(rule_text, date_text, today=today, question=question)
        if command == "timeline" and rest and _timeline_command(rest, today):
            return self.timeline_from_words(rest, today=today, question=question)
        if command == "rules" and not rest:
            return Answer(question=question, kind=Kind.RULES, answered=False, rules=self.rules())
        if not folded:
            return self._unknown(question, [], reason=Reason.NO_WORDS)
        answer = self._answer_text(question, text, today)
        return replace(answer, read_chars=MAX_QUESTION_CHARS) if truncated else answer

    def _deadline_command(self, rest: str, today: date) -> bool:
        """`deadline RULE DATE`, not a question that starts with the word ("Deadline for the meeting with
        the new carers? Placed today"): a rule of the catalogue, or one word and nothing after it but a date
        (a misspelt rule, "deadline icpcc 19/12/2025", is told the rules it may have meant)."""
        rule_text, _, date_text = rest.partition(" ")
        if rule_text.lower() in self._rules:
            return True
        finding = find_dates(date_text, today)
        one_word = "?" not in rule_text and fold(rule_text) not in STOPWORDS
        return one_word and len(finding.dates) == 1 and not _without_dates(date_text, finding).strip()

    def _answer_text(self, question: str, text: str, today: date) -> Answer:
        term = self.definitions.define(text)
        # Read once: the glossary, the topics outside the standards and the deadlines all use it.
        finding = find_dates(text, today)
        if term is not None and _WHEN_IS.search(fold(text)) and finding.dates:
            # "what does PLO stand for, and when is the first meeting? letter dated 15/12": both, date first.
            # Not "what does IHA mean? the nurse said it is due on 3/12": nothing there asks when.
            return replace(self._answer_dates_and_words(question, text, finding, today), glossary=term)
        if term is not None:
            see_also = [self._entries[i] for i in term.entries if i in self._entries]
            return Answer(
                question=question,
                kind=Kind.GLOSSARY,
                answered=True,
                glossary=term,
                matches=tuple(Match.of(e, 1.0) for e in see_also),
            )
        topic = self.not_covered.find(text, dated=bool(finding.dates))
        if topic is not None:
            # "what's the mileage rate for home visits?": outside the standards, however close its words.
            return Answer(
                question=question,
                kind=Kind.UNKNOWN,
                answered=False,
                reason=Reason.NOT_COVERED,
                not_covered=topic,
            )
        return self._answer_dates_and_words(question, text, finding, today)

    def _answer_dates_and_words(self, question: str, text: str, finding: DateFinding, today: date) -> Answer:
        text, finding = self._without_adults_births(text, finding)
        words = _without_dates(text, finding)
        lookup = self.index.lookup(words, limit=10)
        # Standards the search is unsure of are no evidence for a step: only named steps and events count.
        evidence = lookup.evidence() if lookup.confidence.verdict is Verdict.ANSWER else []
        if finding.problems:
            return date_problem(question, finding.problems)
        if finding.dates and _only_telling_when(
            text, words, finding, self.deadlines.steps.step_and_its_start
        ):
            # "a family friend can take the baby today, what do I do first?": a situation, not a date to count.
            return self._standard(question, text, self.index.lookup(text, limit=10))
        if finding.dates:
            counted = self.deadlines.from_text(question, text, words, finding, evidence, today)
            if counted.reason is Reason.WHICH_STEP:
                # A date but no step to count ("grandma can take the kids tonight, who do I speak to?"):
                # searched with its date words, which are part of the situation, a standard the search is
                # sure of answers better than asking which step was meant.
                whole = self.index.lookup(text, limit=10)
                if whole.confidence.verdict is Verdict.ANSWER:
                    return self._standard(question, text, whole)
            return counted
        return self._standard(question, words, lookup)

    def _without_adults_births(self, text: str, finding: DateFinding) -> tuple[str, DateFinding]:
        """ "Nan (DOB 04/05/1961) was put forward as a carer": an adult's date of birth, before the dates the
        calendar counts, is no date of the case. With other dates to count from, its words and date are
        taken out of the text (so that "DOB" names no other date) rather than stopping the answer. On its
        own, or when its own words are not a birth's, it is still reported, so that a mistyped year is caught.
        """
        if not finding.dates:
            return text, finding
        kept = []
        for problem in finding.problems:
            span = self._adults_birth(text, problem, finding)
            if span is None:
                kept.append(problem)
            else:
                text = f"{text[: span[0]]} , {text[span[1] :]}"
        return text, replace(finding, problems=tuple(kept))

    def _adults_birth(self, text: str, problem: DateProblem, finding: DateFinding) -> tuple[int, int] | None:
        """Where an out-of-range date and its words are, when they say it is an adult's date of birth."""
        too_early = (problem.year or FIRST_DAY.year) < FIRST_DAY.year
        at = locate(text, problem.text)
        if problem.trouble is not Trouble.OUT_OF_RANGE or not too_early or at < 0:
            return None
        clause, start, end = clause_of(text, FoundDate(FIRST_DAY, problem.text), finding.dates)
        adults = adult_just_before(text, at, anywhere=True)  # a year before any the calendar counts
        return (start, end) if adults and BIRTH_EVENT in self.steps.events.named(clause)[0] else None

    def _standard(self, question: str, words: str, lookup: Lookup) -> Answer:
        hits = lookup.hits
        if lookup.confidence.verdict is not Verdict.ANSWER:
            sure = lookup.confidence.verdict is Verdict.DID_YOU_MEAN
            return self._unknown(question, hits, reason=Reason.DID_YOU_MEAN if sure else Reason.NO_MATCH)
        best = hits[0].entry
        invite, untimed = None, None
        if best.timescales and ASKS_FOR_A_DATE.search(fold(words)):
            steps = self.steps.find(words, lookup.evidence())
            timescale = next(
                (s.timescale for s in steps if s.timescale.standard_id == best.id), best.timescales[0]
            )
            if timescale.count is Count.UNTIMED:
                untimed = timescale  # "how often are core groups after the first?": the standards set none
            else:
                invite = self.deadlines.invite(timescale)
        return Answer(
            question=question,
            kind=Kind.STANDARD,
            answered=True,
            matches=tuple(Match.of(h.entry, h.score) for h in hits[:MAX_MATCHES]),
            related=tuple(
                Match.of(h.entry, h.score) for h in hits[1:3] if h.score >= RELATED_SHARE * hits[0].score
            ),
            invite=invite,
            untimed=untimed,
        )

    def _unknown(self, question: str, hits: list[Hit], *, reason: Reason = Reason.NO_MATCH) -> Answer:
        return Answer(
            question=question,
            kind=Kind.UNKNOWN,
            answered=False,
            reason=reason,
            # The guesses stay visible to JSON clients and benchmarks; `answered` says none is quoted.
            matches=tuple(Match.of(h.entry, h.score) for h in hits[:MAX_SUGGESTIONS]),
            suggestions=tuple(Match.of(h.entry, h.score) for h in hits[:MAX_SUGGESTIONS]),
        )

    def deadline(self, rule: str, start: date) -> Answer:
        """One rule counted from one date: the shortcut's modal, a picked option and `deadline RULE DATE`."""
        return self.deadlines.deadline(rule, start)

    def entry_answer(self, entry_id: str) -> Answer:
        """The answer for one entry, as when a user picks a "did you mean" suggestion."""
        entry = self._entries[entry_id]
        return Answer(
            question=entry.title, kind=Kind.STANDARD, answered=True, matches=(Match.of(entry, 1.0),)
        )

    def deadline_from_words(
        self, rule_text: str, date_text: str, *, today: date, question: str | None = None
    ) -> Answer:
        """A rule as typed (`icpc`) and a date as typed (`19/12/2025`, `yesterday`): `deadline RULE DATE`."""
        question = question or f"deadline {rule_text} {date_text}"
        timescale = self._rules.get(rule_text.lower())
        if timescale is None:
            close = process.extract(rule_text.lower(), list(self._rules), scorer=fuzz.WRatio, limit=3)
            return Answer(
                question=question,
                kind=Kind.DEADLINE,
                answered=False,
                reason=Reason.UNKNOWN_RULE,
                unknown_name=rule_text,
                choices=tuple(self._rules[name] for name, _, _ in close),
            )
        finding = find_dates(date_text, today, prefer=prefer_for(timescale))
        if finding.problems:
            return date_problem(question, finding.problems)
        if not finding.dates:
            return self.deadlines.need_date(question, timescale)
        return self.deadlines.deadline(timescale.rule, finding.dates[0].day, question=question)

    def timeline_from_words(self, rest: str, *, today: date, question: str | None = None) -> Answer:
        """An event as typed (`strat`, `came into care`) with its date in the same words: `timeline EVENT DATE`."""
        question = question or f"timeline {rest}"
        finding = find_dates(rest, today)
        if finding.problems:
            return date_problem(question, finding.problems, kind=Kind.TIMELINE)
        if not finding.dates:
            return Answer(question=question, kind=Kind.TIMELINE, answered=False, reason=Reason.NEED_DATE)
        name = _without_dates(rest, finding).strip()
        event = self.find_event(name)
        if event is None:
            return Answer(
                question=question,
                kind=Kind.TIMELINE,
                answered=False,
                reason=Reason.UNKNOWN_EVENT,
                unknown_name=name,
                events=tuple(self._events.values()),
            )
        return self.timeline(event.id, finding.dates[0].day, question=question)

    def timeline(self, event_id: str, start: date, *, question: str | None = None) -> Answer:
        return self.deadlines.timeline(event_id, start, question=question)

    def find_event(self, text: str) -> Event | None:
        """An event by id or by one of its names ("strat", "came into care")."""
        key = fold(text)
        for event in self._events.values():
            if key in (fold(event.id), *(fold(n) for n in event.names)):
                return event
        spellings = {fold(n): e for e in self._events.values() for n in (e.id, *e.names)}
        best = process.extractOne(key, list(spellings), scorer=fuzz.WRatio, score_cutoff=85) if key else None
        return spellings[best[0]] if best else None


def _timeline_command(rest: str, today: date) -> bool:
    """`timeline EVENT DATE`, or an event alone (then asked for its date); not "timeline for a child coming
    into care?", which is a question."""
    return bool(find_dates(rest, today).dates) or (len(rest.split()) <= 2 and "?" not in rest)


def _only_telling_when(
    text: str, words: str, finding: DateFinding, step_and_start: Callable[[str, str], bool]
) -> bool:
    """Every date is a relative one ("today", "tonight") and nothing in the question asks for a date (not "do I
    need to see the child today or do I have a few days?", whose "today" asks)."""
    asks = (
        ASKS_FOR_A_DATE.search(words.strip())
        or _TODAY_OR.search(text)
        or _HOW_OFTEN.search(text)
        or _a_step_and_when(text, finding, step_and_start)
    )
    return not asks and all(d.relative for d in finding.dates)


def _a_step_and_when(text: str, finding: DateFinding, step_and_start: Callable[[str, str], bool]) -> bool:
    """A note of a step and when the event it counts from was, on either side of a dash, with nothing else asked:
    "the meeting with the carers - child placed today", "strat today - icpc". Not "mum rang today - she's moving to
    her sister's" (no step) nor "school rang today - asking about the core group" (not what it counts from): they
    tell, and ask nothing."""
    note = _STEP_THEN_WHEN.match(text) or _STEP_AFTER_WHEN.match(text)
    if note is None:
        return False
    before, after = note.group(1), text[note.end(1) :]
    for dated, other in ((after, before), (before, after)):
        if all(d.text in dated for d in finding.dates) and not any(d.text in other for d in finding.dates):
            return step_and_start(other, dated)
    return False


_TODAY_OR = re.compile(r"\btoday or (?:can|could|do|does|is|will|have)\b", re.I)
# "How often do I visit a child on a CP plan? My last visit was yesterday.": how often, asked beside the day the
# last one was, asks when the next is due.
_HOW_OFTEN = re.compile(r"\bhow often\b", re.I)
# "the talk with my manager about how the enquiry is going - enquiry started today": a step, a dash, then when
# its event was, with nothing else asked (no "?", no "what do I do"): a note asking for the step's date.
_NOTE_STEP = r"^(?!\s*(?:what|who|how|which|why|where|should|can|could|do|does|did|is|are|any)\b)([^?]*?\S)"
_NOTE_NOTHING_ASKED = r"(?![^?]*\b(?:what|who|how|which|why|where|should|can|could|do i|do we)\b)[^?]*$"
_STEP_THEN_WHEN = re.compile(_NOTE_STEP + r"\s[-–]\s" + _NOTE_NOTHING_ASKED, re.I)
# ... or "after" in place of the dash: "the referral for the family network meeting after the first pre-proceedings
# meeting today".
_STEP_AFTER_WHEN = re.compile(_NOTE_STEP + r"\safter\s" + _NOTE_NOTHING_ASKED, re.I)


def _without_dates(text: str, finding: DateFinding) -> str:
    for found in finding.dates:
        text = text.replace(found.text, " ")
    return text
