"""How close a question's meaning is to each step, by the shipped sentence encoder.

The rule index (knowledge/termindex.py) finds a step by shared words; a worker who describes the step
instead ("the smaller group that meets after the big meeting") shares few of them. The encoder compares
the question with each step's label and `asks:` phrasings and gives every step its best cosine. The step
finder uses only how near a step comes to the best one, as a nudge between steps already in evidence: a
cosine on its own is never evidence that a question asks for a date at all. A short question ("when is
my assessment due?", "when does my report need to go out?") says too little for the encoder to choose
between two steps it could mean, and the worker is asked which: it has no nudge.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from calculators.timescale import Timescale
from knowledge.embeddings import EmbeddingCache, GroupedUnits
from knowledge.encoder import SentenceEncoder
from knowledge.text import STOPWORDS
from knowledge.units import step_units

# Words other than stopwords a question needs before the encoder's reading of it counts (tuning sets: 5 kept
# every choice the project's tests offer; 4 settled fewer questions).
MIN_WORDS = 5


class StepMeaning:
    """Built on the first deadline question (embedding the steps' phrasings is read from the cache)."""

    def __init__(self, steps: Sequence[Timescale], encoder: SentenceEncoder, cache: EmbeddingCache) -> None:
        found = step_units(steps)
        self._encoder = encoder
        vectors = cache.embed([text for _, text in found], encoder)
        self.embedded_at_load = cache.missing  # phrasings not in the shipped cache (a practice lead's edits)
        self._units = GroupedUnits(vectors, [i for i, _ in found])  # units come grouped by step
        self._rules = [steps[i].rule for i in self._units.owners]

    def closeness(self, question: str) -> dict[str, float]:
        """Each step's best cosine with the question, less the best step's: 0 for the nearest, below 0 else;
        nothing for a question of fewer than MIN_WORDS words that say anything."""
        if len([w for w in re.findall(r"[a-z]+", question.lower()) if w not in STOPWORDS]) < MIN_WORDS:
            return {}
        best = self._units.best(self._encoder.encode([question])[0])
        top = float(best.max())
        return {rule: float(score) - top for rule, score in zip(self._rules, best, strict=True)}
