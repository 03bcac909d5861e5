"""Which timescale a deadline question is about ("strat was 19/12/25, when's the ICPC?" -> icpc).

A step is named in the question ("ICPC") and usually so is the event it counts from ("strat"); the
standards the matcher found add evidence. A rule whose own names and whose start event are both in the
question beats one that only shares a word with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from calculators.timescale import Timescale
from knowledge.expansion import PhraseExpander
from knowledge.records import KnowledgePack
from knowledge.search import Hit
from knowledge.text import fold

NAME_WEIGHT = 0.5
EVENT_WEIGHT = 0.25
MIN_STEP_SCORE = 0.3
# A timescale not named in the question needs its standard to be a confident match on its own.
MIN_ENTRY_EVIDENCE = 0.3


@dataclass(frozen=True)
class StepMatch:
    timescale: Timescale
    score: float


def _phrase_pattern(phrases: set[str]) -> re.Pattern[str] | None:
    phrases = {p for p in phrases if p}
    if not phrases:
        return None
    return re.compile(
        r"\b(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")\b"
    )


class StepFinder:
    def __init__(self, pack: KnowledgePack, expander: PhraseExpander) -> None:
        self._expander = expander
        self._timescales = pack.timescales
        self._name_patterns = [
            _phrase_pattern({fold(n) for n in (*t.names, t.label, t.rule.replace("-", " "))})
            for t in self._timescales
        ]
        event_names = {e.id: {fold(n) for n in (*e.names, e.id.replace("-", " "))} for e in pack.events}
        self._event_patterns = [
            _phrase_pattern(event_names.get(t.start_event, set())) for t in self._timescales
        ]

    def find(self, question: str, hits: list[Hit]) -> list[StepMatch]:
        """Timescales best first, those with too little evidence left out."""
        folded = fold(question)
        expanded = self._expander.expand(folded)
        entry_scores = {h.entry.id: h.score for h in hits}
        matches = []
        for t, names, events in zip(self._timescales, self._name_patterns, self._event_patterns, strict=True):
            named = bool(names and names.search(expanded))
            from_event = bool(events and events.search(expanded))
            score = entry_scores.get(t.standard_id, 0.0) + NAME_WEIGHT * named + EVENT_WEIGHT * from_event
            evidence = entry_scores.get(t.standard_id, 0.0)
            if (named or evidence >= MIN_ENTRY_EVIDENCE) and score >= MIN_STEP_SCORE:
                matches.append(StepMatch(t, score))
        matches.sort(key=lambda m: -m.score)
        return matches
