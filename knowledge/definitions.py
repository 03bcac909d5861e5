"""Answering "what does SHOPBA stand for?" from the glossary, before any standard is searched.

Only a question shaped like a request for a definition, or one that is nothing but a known term, goes
to the glossary: "what is a core group?" is a definition, "when is the first core group?" is not.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from knowledge.pipeline import TextPipeline
from knowledge.records import GlossaryTerm, KnowledgePack
from knowledge.text import fold

_LEADS = re.compile(
    r"(?:^|\b(?:sorry|so|hi|hey|quick one|quick q|um|erm|ok|and)\s+)"
    r"(?:(?:can you |could you |please )?(?:tell me |explain )?(?:who or what|who|what|wat|wot|whats|what s)\s+"
    r"(?:(?:actually|exactly)\s+)?(?:(?:is|are|does|do|was|s)\s+)?(?:(?:we|you|they)\s+)?(?:(?:mean|meant)\s+by\s+)?"
    r"|(?:define|definition of|meaning of|explain|whats meant by|what is meant by|what do we mean by)\s+)"
)
_TAILS = re.compile(
    r"\s+(?:stand for|stands for|mean|means|meaning|short for|abbreviation|acronym|in social work)"
    r"(?:\s+(?:what|exactly|again))?$"
)
# After the term, words that still make it a request for a definition ("what does PEP mean for looked
# after kids", "what is the IRH in adoption cases"), not a question about a step ("what is the ICPC timescale").
_AFTER_TERM = re.compile(
    r"^(?:stand for|stands for|mean|means|meaning|short for|refer to|refers to|in|for|on|at|when|as|i"
    r"|that|which|is it|is that|are they|exactly|actually|again)\b"
)
_ARTICLES = re.compile(r"^(?:a|an|the)\s+")
_POINTING = re.compile(
    r"(?:so |and |but )?(?:what|whats|what s)\s+(?:is|are|does|do|s)?\s*(?:that|it|this|they|those)"
    r"(?:\s+(?:mean|means|stand for|stands for|exactly|actually))?"
    r"(?:\s+and\s+.*)?"  # "Tri-X - what is it and why do the standards keep referring to it?"
)
_SENTENCES = re.compile(r"[.?!;]+\s*|\s[-–—]\s")
FUZZY_CUTOFF = 90  # short keys against a short remainder: a typo such as "shopba" ~ "shoppba" passes
MAX_TERM_WORDS = 6


class GlossaryLookup:
    """Finds the glossary term a definition question asks about, before any standard is searched."""

    def __init__(self, pack: KnowledgePack) -> None:
        self._by_key: dict[str, GlossaryTerm] = {}
        for term in pack.glossary:
            for spelling in (term.term, term.expansion, *term.aliases):
                self._by_key.setdefault(TextPipeline.key(spelling), term)
        self._keys = list(self._by_key)

    def define(self, question: str) -> GlossaryTerm | None:
        whole = self._whole_question_term(fold(question))
        if whole is not None:
            return whole
        sentences = [fold(s) for s in _SENTENCES.split(question)]
        for i, sentence in enumerate(sentences):
            found = self._term_in_request(sentence)
            if found is not None:
                return found
            if _POINTING.fullmatch(sentence):
                # "The adoption section mentions a CPR. What is that?": the term is in another sentence.
                named = {
                    t.id: t for other in sentences[:i] + sentences[i + 1 :] for t in self._terms_in(other)
                }
                if len(named) == 1:
                    return next(iter(named.values()))
        return None

    def _terms_in(self, folded: str) -> list[GlossaryTerm]:
        words = folded.split()
        return [
            found
            for size in range(1, MAX_TERM_WORDS + 1)
            for start in range(len(words) - size + 1)
            if (found := self._by_key.get(TextPipeline.key(" ".join(words[start : start + size]))))
            is not None
        ]

    def _lookup(self, words: str, *, fuzzy: bool) -> GlossaryTerm | None:
        key = TextPipeline.key(words)
        if key in self._by_key:
            return self._by_key[key]
        if not fuzzy or len(key) < 4:
            return None
        best = process.extractOne(key, self._keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        return self._by_key[best[0]] if best else None

    def _whole_question_term(self, folded: str) -> GlossaryTerm | None:
        """The question is nothing but a term, perhaps wrapped in "what is ... stand for"."""
        lead = _LEADS.search(folded)
        remainder = folded[lead.end() :] if lead else folded
        is_definition_request = lead is not None or _TAILS.search(folded) is not None
        remainder = _ARTICLES.sub("", _TAILS.sub("", remainder)).strip()
        if not remainder or len(remainder.split()) > MAX_TERM_WORDS:
            return None
        return self._lookup(remainder, fuzzy=is_definition_request)

    def _term_in_request(self, folded: str) -> GlossaryTerm | None:
        """A definition request with a term first and context after: the longest term that fits."""
        lead = _LEADS.search(folded)
        if lead is None:
            return None
        words = _ARTICLES.sub("", folded[lead.end() :]).split()
        for size in range(min(MAX_TERM_WORDS, len(words)), 0, -1):
            rest = " ".join(words[size:])
            if rest and not _AFTER_TERM.match(rest):
                continue
            found = self._lookup(" ".join(words[:size]), fuzzy=False)
            if found is not None:
                return found
        return None
