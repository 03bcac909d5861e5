"""Which timescale a deadline question is about, and which of its dates to count from.

Three kinds of evidence, all data in the pack:
- retrieval: term weighting (knowledge/termindex.py, through the same text pipeline as the standards'
  search), over one document per rule made of
  its label, its names, the phrasings a practice lead wrote for it (`asks:`) and its standard's text and
  alternate questions, so a rule is found by how people ask for it, not by one keyword;
- the step's name in the words left once the dates' clauses are taken out ("when's the ICPC?");
- the role of each date (knowledge/date_roles.py): a rule counts from its own event, so a date whose
  words name that event is its start, and a date of birth only starts an age.
When two rules end up close, the caller asks the worker which one they mean instead of guessing.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from calculators.chatdates import FoundDate
from calculators.timescale import Count, Timescale
from knowledge.date_roles import (
    BIRTH_EVENT,
    DateRole,
    EventNamer,
    date_roles,
    loose_runs,
    phrase_set,
    stemmed,
    word_runs,
)
from knowledge.pipeline import TextPipeline
from knowledge.records import Entry, KnowledgePack
from knowledge.search import Hit
from knowledge.termindex import TermIndex
from knowledge.text import fold

RETRIEVAL_WEIGHT = 1.0  # the rule index's score (0..1) for the question without its dates
ENTRY_WEIGHT = 0.3  # the standards index's score for the rule's own standard
NAME_WEIGHT = 0.5  # the step is named in the words outside the dates' clauses
NAME_WORD_WEIGHT = 0.05  # a longer name ("initial cin meeting") is more specific than "cin meeting"
EVENT_WEIGHT = 0.35  # a date's own words name the event the rule counts from
FIRST_EVENT_WEIGHT = 0.1  # ... and that event is the one named most fully
ALSO_EVENT_WEIGHT = 0.35  # a date's words name an event the rule may also be counted from
OTHER_EVENT_PENALTY = 0.3  # the only dates there are belong to other events
CLAUSE_NAME_SHARE = 0.6  # a step's name beside a date counts this share of one in the question proper
CONTEXT_WEIGHT = 0.15  # another event of the rule's own section is named in the question
PAST_MEETING_PENALTY = 0.2  # a "before" count from a date whose words say the meeting was held
NEXT_WEIGHT = 0.15  # "when's the next visit due?" asks for a recurring step
MIN_STEP_SCORE = 0.45
MIN_RETRIEVAL = 0.3  # a rule neither named nor counted from a named event needs this much retrieval
_BEFORE = (Count.WORKING_DAYS_BEFORE, Count.CALENDAR_DAYS_BEFORE)
_RECURRING = (Count.EVERY_WEEKS, Count.EVERY_MONTHS, Count.WINDOW_WEEKS, Count.PHASED)
_NEXT = re.compile(r"\b(?:next|nxt)\b")
# The part of the question that asks ("- next visit by?"), as against what it states ("first review done").
_ASK_BREAK = re.compile(r"[,;:.!]|\s[-–—]\s")
_ASKING = re.compile(
    r"\?|\b(?:when|whens|due|deadline|by|latest|date|next|until|how long|how soon|how quickly)\b", re.I
)


@dataclass(frozen=True)
class StepMatch:
    """A timescale the question may be about, how strongly, and the date it would count from."""

    timescale: Timescale
    score: float
    start: FoundDate | None = None
    named: bool = False  # the step is named where the question asks ("when's the ICPC?")


def _rule_document(t: Timescale, entry: Entry) -> Entry:
    """One retrievable document per rule, shaped as an entry so the standards' retriever can index it."""
    return Entry(
        id=t.rule,
        section=entry.section,
        title=t.label,
        text="\n".join([t.label, *t.names, entry.text]),
        # The rule's own phrasings only: the standard's alternates (20 or more, most not about timing)
        # reach the step through the standards' search instead (the hits' evidence), and here they
        # drowned the few that tell one rule of a standard from another.
        questions=(*t.asks, *t.names, t.label),
        source_file=entry.source_file,
        note=t.note,
    )


class StepFinder:
    """Ranks the pack's timescales for a question; built once, read-only after."""

    def __init__(self, pack: KnowledgePack, pipeline: TextPipeline) -> None:
        self._pipeline = pipeline
        self._timescales = pack.timescales
        documents = tuple(_rule_document(t, e) for e in pack.entries for t in e.timescales)
        # The events of each section's rules: a question naming one of them is about that part of the work.
        self._section = {t.rule: e.section for e in pack.entries for t in e.timescales}
        self._section_events: dict[str, set[str]] = {}
        for t in pack.timescales:
            events = {t.start_event, *t.also_from, *([t.produces] if t.produces else [])}
            self._section_events.setdefault(self._section[t.rule], set()).update(events)
        self._rule_index = TermIndex(documents, pipeline)
        self.events = EventNamer(pack.events, pipeline)
        event_names = {e.id: {*e.names, e.id.replace("-", " ")} for e in pack.events}
        # A rule is also named by the event it produces: "when does it become a formal dispute?"
        names = [
            {*t.names, t.label, t.rule.replace("-", " "), *event_names.get(t.produces or "", ())}
            for t in self._timescales
        ]
        self._names = [phrase_set(n) for n in names]
        self._all_names = frozenset().union(*self._names)
        # A name many rules share ("visit") says less about which step is meant than one only a rule has.
        self._sharing = Counter(p for n in names for p in {stemmed(x) for x in n})
        # Words around a date that name an event ("ICPC is on 8/12") are not the step asked about.
        self._event_phrases = frozenset(
            stemmed(x) for x in (n for names_ in event_names.values() for n in names_)
        )

    def roles(self, text: str, dates: Sequence[FoundDate]) -> tuple[tuple[DateRole, ...], str]:
        return date_roles(text, dates, self.events)

    def find(
        self, text: str, hits: Sequence[Hit], *, dates: Sequence[FoundDate] = (), without_dates: str = ""
    ) -> list[StepMatch]:
        """Timescales best first, each with the date it counts from; those with too little evidence left out.

        `without_dates` is the question with its dates taken out (for retrieval); with no dates, a
        question like "when is the ICPC due?" ranks the steps it may be inviting a date for.
        """
        roles, step_text = self.roles(text, dates)
        asking, stating = _asking_and_stating(step_text)
        step_runs = word_runs(self._words(asking)).keys()
        stated_words = self._words(" , ".join([*(r.clause for r in roles), stating]))
        clause_runs = word_runs(stated_words).keys() | loose_runs(stated_words, self._all_names)
        retrieval = {h.entry.id: h.score for h in self._rule_index.search(without_dates or text, limit=12)}
        entry_scores = {h.entry.id: h.score for h in hits}
        asks_next = bool(_NEXT.search(fold(text)))
        named_anywhere = set(self.events.named(text)[0])
        matches = []
        for t, names in zip(self._timescales, self._names, strict=True):
            named = names & step_runs
            stated = (names & clause_runs) - self._event_phrases
            start, event_score = _best_start(t, roles)
            if dates and start is None:
                continue  # an age needs a date of birth; a date of birth only starts an age
            found = RETRIEVAL_WEIGHT * retrieval.get(t.rule, 0.0)
            score = found + ENTRY_WEIGHT * entry_scores.get(t.standard_id, 0.0) + event_score
            if named:
                score += max(self._name_weight(p) for p in named)
            if stated - named:
                # "first review booked for 6 Jan": a phase or step stated beside a date, not asked about.
                score += CLAUSE_NAME_SHARE * max(self._name_weight(p) for p in stated - named)
            own_role = next((r for r in roles if start is not None and r.found == start), None)
            context = named_anywhere - set(own_role.events if own_role else ())
            if context & self._section_events[self._section[t.rule]]:
                # "came into care ..., last visit 19/12": the other events say which part of the work this is.
                score += CONTEXT_WEIGHT
            if t.count in _BEFORE and own_role is not None and own_role.past:
                # Counting back from a meeting that has been held: workers ask that before it, not after.
                score -= PAST_MEETING_PENALTY
            if asks_next and t.count in _RECURRING:
                score += NEXT_WEIGHT
            evidence = named or stated or event_score > 0 or found >= MIN_RETRIEVAL
            if evidence and score >= MIN_STEP_SCORE:
                matches.append(StepMatch(t, score, start, named=bool(named)))
        matches.sort(key=lambda m: -m.score)
        return matches

    def _words(self, text: str) -> str:
        return self._pipeline.stemmed(text)

    def _name_weight(self, phrase: str) -> float:
        return NAME_WEIGHT / math.sqrt(self._sharing[phrase]) + NAME_WORD_WEIGHT * len(phrase.split())


def _asking_and_stating(step_text: str) -> tuple[str, str]:
    """The clauses that ask (a "when", a "due", a question mark) apart from those that only state."""
    clauses = _ASK_BREAK.split(step_text)
    asking = [c for c in clauses if _ASKING.search(c)]
    if not asking:
        return step_text, ""
    return " , ".join(asking), " , ".join(c for c in clauses if not _ASKING.search(c))


def _best_start(t: Timescale, roles: Sequence[DateRole]) -> tuple[FoundDate | None, float]:
    """The date `t` counts from and what the dates' words add: its own event named beats any other date.

    A date of the event the rule produces is not a start: "formal dispute raised 8/12" is not a date to
    count the informal challenge from, and an ICPC that was held is not one to count the ICPC from.
    """
    if not roles:
        return None, 0.0
    is_age = t.count is Count.AGE
    usable = [r for r in roles if (BIRTH_EVENT in r.events) == is_age and not _is_done(t, r)]
    if not usable:
        return None, 0.0
    own = [r for r in usable if t.start_event in r.events]
    if own:
        best = own[0]
        return best.found, EVENT_WEIGHT + FIRST_EVENT_WEIGHT * (best.lead == t.start_event)
    also = [r for r in usable if set(t.also_from) & set(r.events)]
    if also:
        return also[0].found, ALSO_EVENT_WEIGHT
    unnamed = [r for r in usable if not r.events]
    if unnamed:
        return unnamed[0].found, 0.0
    return usable[0].found, -OTHER_EVENT_PENALTY


def _is_done(t: Timescale, role: DateRole) -> bool:
    named = role.lead == t.produces and t.start_event not in role.events
    return t.produces is not None and t.produces != t.start_event and named
