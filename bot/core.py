"""The one answering core: a question in, an Answer out. Every edge (Slack, terminal, JSON) uses it.

It decides what to say; bot/replies.py words it; the edges lay it out. Nothing here knows Slack.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from rapidfuzz import fuzz, process

from bot import replies
from bot.answer import Answer, Kind
from bot.deadline_questions import DeadlineQuestions, match_of, prefer_for
from calculators.chatdates import DateFinding, find_dates
from calculators.timescale import Count, Timescale
from calculators.working_calendar import WorkingCalendar
from knowledge.definitions import GlossaryLookup
from knowledge.loader import PACK_DIR, load_pack
from knowledge.records import Event, GlossaryTerm, KnowledgePack
from knowledge.search import Hit, StandardsIndex
from knowledge.steps import StepFinder
from knowledge.text import fold

# Below this score the best entry is a guess, and a wrong quote is worse than "I don't know".
ANSWER_THRESHOLD = 0.38  # tuned on the tune split of bench/eval/questions.yaml
MAX_MATCHES = 5
MAX_SUGGESTIONS = 3
MAX_QUESTION_CHARS = 1000  # longer messages are read up to here: nobody's question is longer
# Words that say the user wants a date, not the wording of a standard.
_WHEN = re.compile(
    r"\b(when|due|deadline|by when|date|how long|timescale|timescales|how soon|how quickly|within)\b"
)
_GREETING = re.compile(
    r"^(hi|hello|hiya|hey|morning|afternoon|good morning|good afternoon|help|\?|start|menu)$"
)
_BEFORE_COUNTS = (Count.WORKING_DAYS_BEFORE, Count.CALENDAR_DAYS_BEFORE)


class PracticeGuide:
    """The loaded pack, its search index and the working calendar, ready to answer."""

    def __init__(self, pack: KnowledgePack) -> None:
        self.pack = pack
        self.index = StandardsIndex(pack)
        self.definitions = GlossaryLookup(pack)
        self.steps = StepFinder(pack, self.index.expander)
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

    def events(self) -> tuple[Event, ...]:
        return tuple(self._events.values())

    def glossary(self) -> tuple[GlossaryTerm, ...]:
        return self.pack.glossary

    def help(self, question: str = "help") -> Answer:
        return Answer(question=question, kind=Kind.HELP, answered=False, reply=replies.help_text())

    def answer(self, question: str, *, today: date | None = None) -> Answer:
        today = today or date.today()
        text = " ".join(question.split())
        truncated = len(text) > MAX_QUESTION_CHARS
        text = text[:MAX_QUESTION_CHARS]
        folded = fold(text)
        if not text or _GREETING.match(folded):
            return self.help(question)
        command, _, rest = text.partition(" ")
        command = command.lower()
        if command == "deadline" and rest:
            return self._deadline_command(question, rest, today)
        if command == "timeline" and rest:
            return self._timeline_command(question, rest, today)
        if command == "rules" and not rest:
            return Answer(
                question=question, kind=Kind.HELP, answered=False, reply=replies.rules_list(self.rules())
            )
        if not folded:
            return self._unknown(
                question, [], reason="I couldn't find any words in that. Ask me about a practice standard."
            )
        answer = self._answer_text(question, text, today)
        if truncated:
            note = f"(That was a long message: I read the first {MAX_QUESTION_CHARS} characters.)"
            return _with_reply(answer, f"{note}\n{answer.reply}")
        return answer

    def _answer_text(self, question: str, text: str, today: date) -> Answer:
        term = self.definitions.define(text)
        if term is not None:
            see_also = [self._entries[i] for i in term.entries if i in self._entries]
            return Answer(
                question=question,
                kind=Kind.GLOSSARY,
                answered=True,
                reply=replies.glossary(term, see_also),
                glossary=term,
                matches=tuple(_match(e, 1.0) for e in see_also),
            )
        finding = find_dates(text, today)
        words = _without_dates(text, finding)
        hits = self.index.search(words, limit=10)
        if finding.problems:
            return Answer(
                question=question,
                kind=Kind.DEADLINE,
                answered=False,
                reply=replies.date_problems(finding.problems),
            )
        if finding.dates:
            return self.deadlines.from_text(question, text, words, finding, hits, today)
        return self._standard(question, words, hits)

    def _standard(self, question: str, words: str, hits: list[Hit]) -> Answer:
        if not hits or hits[0].score < ANSWER_THRESHOLD:
            return self._unknown(question, hits)
        best = hits[0].entry
        invite = None
        if best.timescales and _WHEN.search(fold(words)):
            steps = self.steps.find(words, hits)
            invite = next(
                (s.timescale for s in steps if s.timescale.standard_id == best.id), best.timescales[0]
            )
        related = [h.entry for h in hits[1:3] if h.score >= ANSWER_THRESHOLD]
        event_label = self._event_label(invite.start_event) if invite else ""
        return Answer(
            question=question,
            kind=Kind.STANDARD,
            answered=True,
            reply=replies.standard(best, related, invite=invite, event_label=event_label),
            matches=tuple(_match(h.entry, h.score) for h in hits[:MAX_MATCHES]),
        )

    def _unknown(self, question: str, hits: list[Hit], *, reason: str = "") -> Answer:
        suggestions = [h.entry for h in hits[:MAX_SUGGESTIONS]]
        return Answer(
            question=question,
            kind=Kind.UNKNOWN,
            answered=False,
            reply=replies.unknown(suggestions, reason=reason),
            suggestions=tuple(_match(h.entry, h.score) for h in hits[:MAX_SUGGESTIONS]),
        )

    def deadline(self, rule: str, start: date) -> Answer:
        """One rule counted from one date: the shortcut's modal, a picked choice and `deadline RULE DATE`."""
        return self.deadlines.deadline(rule, start)

    def entry_answer(self, entry_id: str) -> Answer:
        """The answer for one entry, as when a user picks a "did you mean" suggestion."""
        entry = self._entries[entry_id]
        return Answer(
            question=entry.title,
            kind=Kind.STANDARD,
            answered=True,
            reply=replies.standard(entry, [], invite=None, event_label=""),
            matches=(_match(entry, 1.0),),
        )

    def _deadline_command(self, question: str, rest: str, today: date) -> Answer:
        rule_text, _, date_text = rest.partition(" ")
        timescale = self._rules.get(rule_text.lower())
        if timescale is None:
            close = process.extract(rule_text.lower(), list(self._rules), scorer=fuzz.WRatio, limit=3)
            names = ", ".join(f"`{name}`" for name, _, _ in close)
            return _plain(
                question,
                Kind.DEADLINE,
                f"I don't know the rule `{rule_text}`. Did you mean {names}? `rules` lists them all.",
            )
        finding = find_dates(date_text, today, prefer=prefer_for(timescale))
        if finding.problems or not finding.dates:
            problems = finding.problems or (
                f"Give the date {self._event_label(timescale.start_event)} happened, e.g. `deadline {timescale.rule} 19/12/2025`.",
            )
            return _plain(question, Kind.DEADLINE, replies.date_problems(problems))
        return self.deadlines.deadline(timescale.rule, finding.dates[0].day, question=question)

    def _timeline_command(self, question: str, rest: str, today: date) -> Answer:
        finding = find_dates(rest, today)
        if finding.problems or not finding.dates:
            problems = finding.problems or (
                "Give the event and its date, e.g. `timeline strategy-discussion 19/12/2025`.",
            )
            return _plain(question, Kind.DEADLINE, replies.date_problems(problems))
        event = self.find_event(_without_dates(rest, finding))
        if event is None:
            ids = ", ".join(f"`{e}`" for e in self._events)
            return _plain(question, Kind.DEADLINE, f"Which event? I know: {ids}.")
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

    def _event_label(self, event_id: str) -> str:
        return self.deadlines.event_label(event_id)


_match = match_of


def _without_dates(text: str, finding: DateFinding) -> str:
    for found in finding.dates:
        text = text.replace(found.text, " ")
    return text


def _plain(question: str, kind: Kind, reply: str) -> Answer:
    return Answer(question=question, kind=kind, answered=False, reply=reply)


def _with_reply(answer: Answer, reply: str) -> Answer:
    from dataclasses import replace

    return replace(answer, reply=reply)
