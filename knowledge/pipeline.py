"""The one text pipeline: fold -> expand synonyms -> correct typos -> stem, configured once per pack.

The index, the query, the glossary keys and the step finder all read text through one TextPipeline,
so a word is treated the same wherever it is seen. Order matters: synonyms are expanded before typos
are corrected, and every word of the synonyms, glossary and pack is in the corrector's vocabulary, so a
practitioner's word ("brothers", "relative") is never "corrected" into a document word ("others").
"""

from __future__ import annotations

import math
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from knowledge.expansion import PhraseExpander
from knowledge.records import KnowledgePack
from knowledge.text import STOPWORDS, fold, stem

TYPO_CUTOFF = 84  # rapidfuzz ratio a misspelt word needs to be read as a known word
MIN_TYPO_LENGTH = 4  # shorter words are too easily "corrected" into other words
MIN_DISTANT_SWAP_LENGTH = 7  # a swap of letters apart, in a shorter word, too easily makes another word
# A word that is a known word with one of these in front (or without it) is its opposite, not a misspelling of it:
# "informally" corrected into "formally" turned an IRO's informal challenge into the formal dispute, and
# "announced" into "unannounced" a supervising visit into the yearly unannounced one.
NEGATING_PREFIXES = ("in", "un", "non", "dis", "im", "ir", "il")


def pack_vocabulary(pack: KnowledgePack, english: frozenset[str] = frozenset()) -> set[str]:
    """The folded words the pack vouches for: its own text, glossary (with explanations), synonyms
    (both sides) and events, and those words of the alternate questions that are English words. The
    typo voice misspells on purpose ("assesment", often), and a misspelling must never become a word
    that a question is "corrected" into, nor stop a question's own misspelling being corrected."""
    chunks: list[str] = []
    alternates: set[str] = set()
    for entry in pack.entries:
        chunks += [entry.title, entry.text, entry.note or "", entry.subsection or ""]
        alternates.update(w for question in entry.questions for w in fold(question).split())
        for timescale in entry.timescales:
            chunks += [timescale.label, *timescale.names]
    for term in pack.glossary:
        chunks += [term.term, term.expansion, term.explanation, *term.aliases]
    for document, users in pack.synonyms.items():
        chunks += [document, *users]
    for event in pack.events:
        chunks += [event.label, *event.names]
    return (alternates & english) | {word for chunk in chunks for word in fold(chunk).split()}


class TypoCorrector:
    """Replaces words nobody in the pack uses with the closest word that is used, when one is close."""

    def __init__(self, vocabulary: set[str]) -> None:
        self._known = frozenset(vocabulary)
        # Stopwords are never targets: "others" is not what someone typing "brothers" meant.
        self._by_length: dict[int, list[str]] = {}
        for word in sorted(vocabulary):
            if word not in STOPWORDS and len(word) >= MIN_TYPO_LENGTH:
                self._by_length.setdefault(len(word), []).append(word)
        # Two letters swapped may be a stopword ("agian", "thier"): a swap is too close a slip to be another word.
        self._anagrams: dict[str, list[str]] = {}
        for word in sorted(vocabulary):
            if len(word) >= MIN_TYPO_LENGTH:
                self._anagrams.setdefault("".join(sorted(word)), []).append(word)
        self._word = lru_cache(maxsize=8192)(self._correct_word)
        self._swap = lru_cache(maxsize=8192)(self._unswapped)
        self._candidates = lru_cache(maxsize=64)(self._of_lengths)

    def _of_lengths(self, length: int) -> list[str]:
        """Known words whose length lets them reach the cut-off at all (ratio = 2 * matches / total)."""
        share = TYPO_CUTOFF / 100
        low, high = math.ceil(length * share / (2 - share)), math.floor(length * (2 - share) / share)
        return [w for n in range(low, high + 1) for w in self._by_length.get(n, ())]

    def _correct_word(self, word: str) -> str:
        if word in self._known or word in STOPWORDS or len(word) < MIN_TYPO_LENGTH or word.isdigit():
            return word
        candidates = self._candidates(len(word))
        best = process.extractOne(word, candidates, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF)
        if best is None or any(
            prefix + word == best[0] or word == prefix + best[0] for prefix in NEGATING_PREFIXES
        ):
            return word
        return best[0]

    def _unswapped(self, word: str) -> str:
        corrected = self._word(word)
        if corrected != word or word in self._known or word in STOPWORDS or len(word) < MIN_TYPO_LENGTH:
            return corrected
        return next((w for w in self._anagrams.get("".join(sorted(word)), ()) if _one_swap(word, w)), word)

    def correct(self, folded: str) -> str:
        return " ".join(self._word(w) for w in folded.split())

    def correct_names(self, folded: str) -> str:
        """Also two letters swapped ("tl reveiw"): the commonest slip, which costs a short word too much
        ratio. Only where the worker's words are matched against step and event names; retrieval keeps
        `correct`, whose out-of-scope calibration a changed index would shift."""
        return " ".join(self._swap(w) for w in folded.split())


def _one_swap(word: str, known: str) -> bool:
    """Two letters of `known` swapped: side by side ("reveiw"), or, in a longer word, further apart ("desicion"),
    which the ratio scores as two slips."""
    if OSA.distance(word, known) == 1:
        return True
    apart = [i for i, (a, b) in enumerate(zip(word, known, strict=True)) if a != b]
    return len(word) >= MIN_DISTANT_SWAP_LENGTH and len(apart) == 2


class TextPipeline:
    """fold -> expand -> correct -> stem, the same for every reader of text."""

    def __init__(self, pack: KnowledgePack, *, english: frozenset[str] = frozenset()) -> None:
        """`english`: words known to be spelt right (the encoder's whole-word vocabulary)."""
        self.expander = PhraseExpander.from_pack(pack)
        self.corrector = TypoCorrector(pack_vocabulary(pack, english))
        # The rule index reads each entry's questions once per rule: remember what a text came to.
        self._terms = lru_cache(maxsize=16384)(self._read_terms)

    def words(self, text: str) -> str:
        """Folded, expanded and corrected words (not stemmed): for phrase matching and display."""
        expanded = self.expander.expand(fold(text))
        corrected = self.corrector.correct(expanded)
        # A corrected typo may now be a practitioner's phrase ("strat meting" -> "strat meeting").
        return self.expander.expand(corrected) if corrected != expanded else corrected

    def stemmed(self, text: str) -> str:
        """Every word through the pipeline and stemmed, stopwords kept: phrase patterns match on this."""
        return " ".join(stem(w) for w in self.words(text).split())

    def terms(self, text: str) -> list[str]:
        """Content terms: what the lexical indexes count."""
        return list(self._terms(text))

    def _read_terms(self, text: str) -> tuple[str, ...]:
        return tuple(stem(w) for w in self.words(text).split() if w not in STOPWORDS)

    @staticmethod
    def key(text: str) -> str:
        """A short name (glossary term, alias) as a lookup key: folded and stemmed, never expanded."""
        return " ".join(stem(w) for w in fold(text).split())
