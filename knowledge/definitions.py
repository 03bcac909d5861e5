"""Answering "what does SHOPBA stand for?" from the glossary, before any standard is searched.

Only a question shaped like a request for a definition, or one that is nothing but a known term, goes
to the glossary: "what is a core group?" is a definition, "when is the first core group?" is not.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from knowledge.records import GlossaryTerm, KnowledgePack
from knowledge.text import fold, stem

_LEADS = re.compile(
    r"^(?:(?:can you |could you |please )?(?:tell me |explain )?(?:what|wat|wot|whats|what s)\s+"
    r"(?:(?:is|are|does|do|was)\s+)?(?:(?:we|you|they)\s+)?(?:(?:mean|meant)\s+by\s+)?"
    r"|(?:define|definition of|meaning of|explain|whats meant by|what is meant by|what do we mean by)\s+)"
)
_TAILS = re.compile(
    r"\s+(?:stand for|stands for|mean|means|meaning|short for|abbreviation|acronym|in social work)$"
)
_ARTICLES = re.compile(r"^(?:a|an|the)\s+")
FUZZY_CUTOFF = 90  # short keys against a short remainder: a typo such as "shopba" ~ "shoppba" passes
MAX_TERM_WORDS = 6


class GlossaryLookup:
    def __init__(self, pack: KnowledgePack) -> None:
        self._by_key: dict[str, GlossaryTerm] = {}
        for term in pack.glossary:
            for spelling in (term.term, term.expansion, *term.aliases):
                self._by_key.setdefault(self._key(fold(spelling)), term)
        self._keys = list(self._by_key)

    @staticmethod
    def _key(folded: str) -> str:
        return " ".join(stem(w) for w in folded.split())

    def define(self, question: str) -> GlossaryTerm | None:
        folded = fold(question)
        remainder = _LEADS.sub("", folded, count=1)
        is_definition_request = remainder != folded or _TAILS.search(folded) is not None
        remainder = _ARTICLES.sub("", _TAILS.sub("", remainder)).strip()
        if not remainder or len(remainder.split()) > MAX_TERM_WORDS:
            return None
        key = self._key(remainder)
        if key in self._by_key:
            return self._by_key[key]
        if not is_definition_request or len(key) < 4:
            return None
        best = process.extractOne(key, self._keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        return self._by_key[best[0]] if best else None
