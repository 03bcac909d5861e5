"""Finding the standard a question is about: term weighting over each entry and its alternate questions.

Plain retrieval over the document's text gets about 4 in 10 practitioner questions right, because
workers and the document use different words. Each entry is therefore matched through two views: its
own text (title, quote, note) and the alternate questions a practice lead wrote in users' voices. Both
are TF-IDF vectors after the same folding, stemming and synonym/acronym expansion; typos in a question
are corrected word by word against the index's vocabulary with rapidfuzz, where fuzzy ratios are strong.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from knowledge.expansion import PhraseExpander
from knowledge.records import Entry, KnowledgePack
from knowledge.text import STOPWORDS, fold, terms

QUESTION_WEIGHT = 0.8  # how much the best-matching alternate question counts against the entry's own text (tuned on the tune split)
TYPO_CUTOFF = 84  # rapidfuzz ratio a misspelt word needs to be read as an index word
MIN_TYPO_LENGTH = 4  # shorter words are too easily "corrected" into other words


@dataclass(frozen=True)
class Hit:
    entry: Entry
    score: float


Vector = dict[str, float]


class StandardsIndex:
    """The searchable form of the pack. Built once per process; searching is read-only."""

    def __init__(self, pack: KnowledgePack) -> None:
        self.pack = pack
        self.expander = PhraseExpander.from_pack(pack)
        entries = pack.entries
        text_views = [
            self._view(" ".join(filter(None, (e.title, e.text, e.note, e.subsection)))) for e in entries
        ]
        question_views = [[self._view(q) for q in e.questions] for e in entries]
        self._vocabulary = sorted(
            {w for e in entries for chunk in (e.title, e.text, *e.questions) for w in fold(chunk).split()}
            | {w for t in pack.glossary for w in fold(" ".join((t.term, *t.aliases))).split()}
        )
        self._known_words = frozenset(self._vocabulary)
        document_frequency: Counter[str] = Counter()
        for text_terms, questions in zip(text_views, question_views, strict=True):
            document_frequency.update(set(text_terms).union(*questions))
        total = len(entries)
        self._idf = {t: math.log((total + 1) / (df + 0.5)) for t, df in document_frequency.items()}
        self._unknown_idf = math.log((total + 1) / 0.5)
        # Postings: term -> [(vector id, weight)], with vector ids mapped back to their entry.
        self._postings: dict[str, list[tuple[int, float]]] = {}
        self._vector_entry: list[int] = []
        self._vector_is_question: list[bool] = []
        for i, (text_terms, questions) in enumerate(zip(text_views, question_views, strict=True)):
            self._add_vector(self._weigh(text_terms), i, is_question=False)
            for question_terms in questions:
                self._add_vector(self._weigh(question_terms), i, is_question=True)

    def _view(self, text: str) -> list[str]:
        return terms(self.expander.expand(fold(text)))

    def _weigh(self, view: list[str]) -> Vector:
        counts = Counter(view)
        vector = {t: (1 + math.log(c)) * self._idf.get(t, self._unknown_idf) for t, c in counts.items()}
        norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
        return {t: w / norm for t, w in vector.items()}

    def _add_vector(self, vector: Vector, entry_index: int, *, is_question: bool) -> None:
        vector_id = len(self._vector_entry)
        self._vector_entry.append(entry_index)
        self._vector_is_question.append(is_question)
        for term, weight in vector.items():
            self._postings.setdefault(term, []).append((vector_id, weight))

    def correct_typos(self, folded: str) -> str:
        """Replace words the index has never seen with the closest index word, when one is close."""
        words = []
        for word in folded.split():
            if (
                word in self._known_words
                or word in STOPWORDS
                or len(word) < MIN_TYPO_LENGTH
                or word.isdigit()
            ):
                words.append(word)
                continue
            best = process.extractOne(word, self._vocabulary, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF)
            words.append(best[0] if best else word)
        return " ".join(words)

    def query_vector(self, question: str) -> Vector:
        folded = self.correct_typos(fold(question))
        return self._weigh(terms(self.expander.expand(folded)))

    def search(self, question: str, *, limit: int = 5) -> list[Hit]:
        """Entries best first, each scored 0..1 (a blend of cosine similarities)."""
        query = self.query_vector(question)
        if not query:
            return []
        dots: dict[int, float] = {}
        for term, weight in query.items():
            for vector_id, doc_weight in self._postings.get(term, ()):
                dots[vector_id] = dots.get(vector_id, 0.0) + weight * doc_weight
        best_question: dict[int, float] = {}
        text_score: dict[int, float] = {}
        for vector_id, dot in dots.items():
            entry_index = self._vector_entry[vector_id]
            if self._vector_is_question[vector_id]:
                best_question[entry_index] = max(best_question.get(entry_index, 0.0), dot)
            else:
                text_score[entry_index] = dot
        scored = [
            (QUESTION_WEIGHT * best_question.get(i, 0.0) + (1 - QUESTION_WEIGHT) * text_score.get(i, 0.0), i)
            for i in set(best_question) | set(text_score)
        ]
        scored.sort(key=lambda pair: (-pair[0], pair[1]))
        return [Hit(self.pack.entries[i], score) for score, i in scored[:limit]]
