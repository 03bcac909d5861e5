"""BM25 over an entry's words (title, quote, note and every alternate question), one document an entry.

Scores are also given as a share of the best a question could score (every query term matched with
saturated frequency), which is comparable across questions: "lexical coverage" for the confidence.
"""

from __future__ import annotations

import math
from collections import Counter

K1 = 1.2
B = 0.5  # entries with many alternates are long; full length normalisation would punish the curated ones


class BM25:
    """Okapi BM25 with postings; documents are lists of already-processed terms."""

    def __init__(self, documents: list[list[str]]) -> None:
        self.size = len(documents)
        lengths = [len(d) for d in documents]
        average = sum(lengths) / max(1, self.size) or 1.0
        frequency: Counter[str] = Counter()
        for document in documents:
            frequency.update(set(document))
        self.idf = {t: math.log(1 + (self.size - df + 0.5) / (df + 0.5)) for t, df in frequency.items()}
        self._postings: dict[str, list[tuple[int, float]]] = {}
        for i, document in enumerate(documents):
            norm = K1 * (1 - B + B * lengths[i] / average)
            for term, tf in Counter(document).items():
                weight = self.idf[term] * tf * (K1 + 1) / (tf + norm)
                self._postings.setdefault(term, []).append((i, weight))

    def scores(self, query: list[str]) -> dict[int, float]:
        """Document index -> score, for documents sharing at least one term with the query."""
        found: dict[int, float] = {}
        for term in set(query):
            for i, weight in self._postings.get(term, ()):
                found[i] = found.get(i, 0.0) + weight
        return found

    def ceiling(self, query: list[str]) -> float:
        """The score of a document holding every known query term many times: the 1.0 of coverage."""
        return sum(self.idf.get(t, 0.0) * (K1 + 1) for t in set(query))

    def unknown_share(self, query: list[str]) -> float:
        """Share of the query's distinct terms the index has never seen (off-topic words)."""
        distinct = set(query)
        return sum(t not in self.idf for t in distinct) / len(distinct) if distinct else 1.0
