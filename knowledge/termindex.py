"""Term weighting over entry-shaped documents and their alternate questions: the step finder's rule index.

Each document is matched through two views, its own text and its alternate questions, both TF-IDF
vectors of the text pipeline's terms; a document scores a blend of its text's cosine and its best
question's. Scores are 0..1 on the scale the step finder's weights were tuned on, which is why the
rules keep this index rather than the standards' hybrid one (knowledge/search.py).
"""

from __future__ import annotations

import math
from collections import Counter

from knowledge.pipeline import TextPipeline
from knowledge.records import Entry
from knowledge.search import Hit

QUESTION_WEIGHT = 0.8  # how much the best-matching alternate question counts against the document's text

Vector = dict[str, float]


class TermIndex:
    """Built once per process from entry-shaped documents; searching is read-only."""

    def __init__(self, documents: tuple[Entry, ...], pipeline: TextPipeline) -> None:
        self.documents = documents
        self.pipeline = pipeline
        text_views = [
            pipeline.terms(" ".join(filter(None, (d.title, d.text, d.note, d.subsection)))) for d in documents
        ]
        question_views = [[pipeline.terms(q) for q in d.questions] for d in documents]
        document_frequency: Counter[str] = Counter()
        for text_terms, questions in zip(text_views, question_views, strict=True):
            document_frequency.update(set(text_terms).union(*questions))
        total = len(documents)
        self._idf = {t: math.log((total + 1) / (df + 0.5)) for t, df in document_frequency.items()}
        self._unknown_idf = math.log((total + 1) / 0.5)
        # Postings: term -> [(vector id, weight)], with vector ids mapped back to their document.
        self._postings: dict[str, list[tuple[int, float]]] = {}
        self._vector_document: list[int] = []
        self._vector_is_question: list[bool] = []
        for i, (text_terms, questions) in enumerate(zip(text_views, question_views, strict=True)):
            self._add_vector(self._weigh(text_terms), i, is_question=False)
            for question_terms in questions:
                self._add_vector(self._weigh(question_terms), i, is_question=True)

    def _weigh(self, view: list[str]) -> Vector:
        counts = Counter(view)
        vector = {t: (1 + math.log(c)) * self._idf.get(t, self._unknown_idf) for t, c in counts.items()}
        norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
        return {t: w / norm for t, w in vector.items()}

    def _add_vector(self, vector: Vector, document: int, *, is_question: bool) -> None:
        vector_id = len(self._vector_document)
        self._vector_document.append(document)
        self._vector_is_question.append(is_question)
        for term, weight in vector.items():
            self._postings.setdefault(term, []).append((vector_id, weight))

    def search(self, question: str, *, limit: int = 5) -> list[Hit]:
        """Documents best first, each scored 0..1 (a blend of cosine similarities)."""
        query = self._weigh(self.pipeline.terms(question))
        dots: dict[int, float] = {}
        for term, weight in query.items():
            for vector_id, doc_weight in self._postings.get(term, ()):
                dots[vector_id] = dots.get(vector_id, 0.0) + weight * doc_weight
        best_question: dict[int, float] = {}
        text_score: dict[int, float] = {}
        for vector_id, dot in dots.items():
            document = self._vector_document[vector_id]
            if self._vector_is_question[vector_id]:
                best_question[document] = max(best_question.get(document, 0.0), dot)
            else:
                text_score[document] = dot
        scored = [
            (QUESTION_WEIGHT * best_question.get(i, 0.0) + (1 - QUESTION_WEIGHT) * text_score.get(i, 0.0), i)
            for i in set(best_question) | set(text_score)
        ]
        scored.sort(key=lambda pair: (-pair[0], pair[1]))
        return [Hit(self.documents[i], score) for score, i in scored[:limit]]
