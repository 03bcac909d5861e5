"""Which timescale a deadline question is about ("strat was 19/12/25, when's the ICPC?" -> icpc).

A step is named in the question ("ICPC") and usually so is the event it counts from ("strat"); the
standards the matcher found add evidence. A rule whose own name and whose start event are both in the
question beats one that only shares a word with it. The words just before the date name the event
("foster carer visit on 24/12, record by when?"), so a step is only taken as named by the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from calculators.timescale import Count, Timescale
from knowledge.pipeline import TextPipeline
from knowledge.records import KnowledgePack
from knowledge.search import Hit

NAME_WEIGHT = 0.5
NAME_WORD_WEIGHT = 0.05  # a longer name ("initial cin meeting") is more specific than "cin meeting"
EVENT_WEIGHT = 0.25
NEXT_WEIGHT = 0.1  # "when's the next visit due?" asks for a recurring step
MIN_STEP_SCORE = 0.3
# A timescale not named in the question needs its standard to be a confident match on its own.
MIN_ENTRY_EVIDENCE = 0.5
_RECURRING = (Count.EVERY_WEEKS, Count.EVERY_MONTHS, Count.WINDOW_WEEKS, Count.PHASED)
_NEXT = re.compile(r"\bnext\b")


@dataclass(frozen=True)
class StepMatch:
    timescale: Timescale
    score: float


def _phrase_pattern(phrases: set[str]) -> re.Pattern[str] | None:
    phrases = {TextPipeline.key(p) for p in phrases} - {""}
    if not phrases:
        return None
    return re.compile(
        r"\b(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")\b"
    )


def _spans(pattern: re.Pattern[str] | None, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)] if pattern else []


class StepFinder:
    def __init__(self, pack: KnowledgePack, pipeline: TextPipeline) -> None:
        self._pipeline = pipeline
        self._timescales = pack.timescales
        event_names = {e.id: {*e.names, e.id.replace("-", " ")} for e in pack.events}
        # A rule is also named by the event it produces: "when does it become a formal dispute?"
        self._name_patterns = [
            _phrase_pattern(
                {*t.names, t.label, t.rule.replace("-", " "), *event_names.get(t.produces or "", ())}
            )
            for t in self._timescales
        ]
        self._event_patterns = [
            _phrase_pattern(event_names.get(t.start_event, set())) for t in self._timescales
        ]

    def find(self, step_text: str, hits: list[Hit], *, event_text: str = "") -> list[StepMatch]:
        """Timescales best first, those with too little evidence left out.

        `step_text` is where the step asked about is named; `event_text` the words the date belongs to.
        """
        text = self._pipeline.stemmed(step_text)
        event_words = self._pipeline.stemmed(event_text or step_text)
        entry_scores = {h.entry.id: h.score for h in hits}
        asks_next = bool(_NEXT.search(text))
        matches = []
        for t, names, events in zip(self._timescales, self._name_patterns, self._event_patterns, strict=True):
            named_words = max((len(text[a:b].split()) for a, b in _spans(names, text)), default=0)
            evidence = entry_scores.get(t.standard_id, 0.0)
            score = evidence + EVENT_WEIGHT * bool(_spans(events, event_words))
            if named_words:
                score += NAME_WEIGHT + NAME_WORD_WEIGHT * named_words
            if asks_next and t.count in _RECURRING:
                score += NEXT_WEIGHT
            if (named_words or evidence >= MIN_ENTRY_EVIDENCE) and score >= MIN_STEP_SCORE:
                matches.append(StepMatch(t, score))
        matches.sort(key=lambda m: -m.score)
        return matches
