"""Finding the standard a question is about: BM25 over the pack's words fused with a sentence encoder.

Workers and the document use different words, so each entry is found through its own text and the
alternate questions a practice lead wrote in users' voices. Two scorers read them: BM25 over the text
pipeline's terms (exact words, acronyms, corrected typos, expanded synonyms) and a small sentence
encoder over each unit (paraphrase and case scenarios with none of the standard's words). Each scorer
is on a 0..1 scale (BM25 as a share of the best the question could score, the encoder as the cosine
of the entry's best unit) and the fused score is their weighted mean.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from knowledge.confidence import Confidence, ConfidenceModel
from knowledge.embeddings import EmbeddingCache, GroupedUnits
from knowledge.encoder import SentenceEncoder
from knowledge.lexical import BM25
from knowledge.pipeline import TextPipeline
from knowledge.records import Entry, KnowledgePack
from knowledge.units import units

DENSE_WEIGHT = 0.6  # share of the encoder in the fused score (tuned on the tune and development sets)


@dataclass(frozen=True)
class Hit:
    entry: Entry
    score: float


@dataclass(frozen=True)
class Lookup:
    """The entries found for a question, best first, and whether the best one is sure enough to quote."""

    hits: list[Hit]
    confidence: Confidence

    def evidence(self) -> list[Hit]:
        """The hits scored as evidence for other decisions (which step a deadline is for): the best
        one by the probability that it is right, the others in proportion to their fused scores."""
        if not self.hits or self.hits[0].score <= 0:
            return []
        top = self.hits[0].score
        return [Hit(h.entry, self.confidence.probability * h.score / top) for h in self.hits]


@dataclass(frozen=True)
class Scores:
    """Every entry's scores for one question, in pack order: what ranking and confidence read."""

    fused: np.ndarray
    dense: np.ndarray
    lexical: np.ndarray
    unknown_share: float  # share of the question's terms the pack never uses


class StandardsIndex:
    """The searchable form of the pack. Built once per process; searching is read-only."""

    def __init__(
        self,
        pack: KnowledgePack,
        *,
        pipeline: TextPipeline | None = None,
        encoder: SentenceEncoder | None = None,
        cache: EmbeddingCache | None = None,
        confidence: ConfidenceModel | None = None,
        dense_weight: float = DENSE_WEIGHT,
    ) -> None:
        self.pack = pack
        self.confidence = confidence or ConfidenceModel.load()
        self.encoder = encoder or SentenceEncoder()
        self.pipeline = pipeline or TextPipeline(pack, english=self.encoder.whole_words())
        self.dense_weight = dense_weight
        self._bm25 = BM25([self.pipeline.terms(_lexical_document(e)) for e in pack.entries])
        found = units(pack.entries)
        # Kept for the step finder's phrasings too (knowledge/step_meaning.py).
        self.cache = cache or EmbeddingCache()
        vectors = self.cache.embed([u.text for u in found], self.encoder)
        self.embedded_at_load = self.cache.missing
        self._units = GroupedUnits(vectors, [u.entry_index for u in found])  # units come grouped by entry

    def scores(self, question: str) -> Scores:
        terms = self.pipeline.terms(question)
        lexical = np.zeros(len(self.pack.entries), dtype=np.float32)
        ceiling = self._bm25.ceiling(terms)
        if ceiling > 0:
            for i, score in self._bm25.scores(terms).items():
                lexical[i] = score / ceiling
        query = self.encoder.encode([question])[0]
        dense = self._units.best(query)
        fused = self.dense_weight * dense + (1 - self.dense_weight) * lexical
        return Scores(fused, dense, lexical, self._bm25.unknown_share(terms))

    def rank(self, scores: np.ndarray, limit: int) -> list[Hit]:
        order = np.argsort(-scores, kind="stable")[:limit]
        return [Hit(self.pack.entries[i], float(scores[i])) for i in order]

    def lookup(self, question: str, *, limit: int = 5) -> Lookup:
        """The best entries and the verdict on the first: answer, "did you mean", or "I don't know"."""
        scores = self.scores(question)
        return Lookup(self.rank(scores.fused, limit), self.confidence.judge(scores))

    def search(self, question: str, *, limit: int = 5) -> list[Hit]:
        """Entries best first, each scored about 0..1 (the fused score)."""
        if not question.strip():
            return []
        return self.rank(self.scores(question).fused, limit)


def _lexical_document(entry: Entry) -> str:
    return " ".join(filter(None, (entry.title, entry.subsection, entry.text, entry.note, *entry.questions)))
