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
    r"(?:^|\b(?:sorry|so|hi|hey|quick one|quick q|um|erm|ok|and)\s+(?:(?:i m |im )?new(?: here| starter)?\s+)?)"
    r"(?:(?:can you |could you |please |can someone |can anyone |could someone )?(?:tell me |explain )?"
    r"(?:who or what|who(?= (?:is|are|s)\b)|what|wat|wot|whats|what s)\s+"
    r"(?:(?:actually|exactly)\s+)?(?:(?:is|are|does|do|was|s)\s+)?(?:(?:we|you|they|people|ppl|folk)\s+)?"
    r"(?:(?:mean|meant)\s+(?:by|when they say|when we say|when people say)\s+)?"
    r"|(?:define|definition of|meaning of|explain|whats meant by|what is meant by|what do we mean by)\s+)"
)
# "is an LAR the same as a LAC review?" on its own: the first term is the one asked about. With more
# after it ("... ? What are they for?") it is a question about both, for the standards.
_SAME_AS = re.compile(
    r"^is\s+(?:a |an |the )?(?P<term>.+?)\s+(?:the same as|different from|the same thing as)\b"
)
# The words that ask what a term means, wherever they stand: "PEP stands for?", "what does PEP mean for ...".
_DEFINING = r"stand for|stands for|mean|means|meaning|short for"
_DEFINED = re.compile(rf"(?:{_DEFINING})\b")
_TAILS = re.compile(
    rf"\s+(?:{_DEFINING}|abbreviation|acronym|in social work)"
    r"(?:\s+(?:what|exactly|again))?$"
)
# After the term, words that still make it a request for a definition ("what does PEP mean for looked
# after kids", "what is the IRH in adoption cases"), not a question about a step ("what is the ICPC timescale").
_AFTER_TERM = re.compile(
    rf"^(?:{_DEFINING}|refer to|refers to|in|for|on|at|when|as|i"
    r"|that|which|is it|is that|are they|exactly|actually|again|the same as|different from|is|are"
    r"|of|vs|versus|like"
    r"|when (?:people|they|we|you) say)\b"
)
_ARTICLES = re.compile(r"^(?:a|an|the)\s+")
# Words after the term that ask about its timing or frequency: "what is the IHA, is it 20 working days?",
# "what are core groups like, how often do they meet?" are questions for the standards.
_ASKS_ABOUT_TIMING = re.compile(
    r"\b(?:how often|how long|how many|how soon|when|whens|timescales?|within|due|deadline|working days"
    r"|days|weeks|months)\b"
)
_POINTING = re.compile(
    r"(?:so |and |but )?(?:what|whats|what s|who|whos|who s)\s+(?:is|are|does|do|s)?\s*(?:that|it|this|they|those)"
    r"(?:\s+(?:role|team))?"
    r"(?:\s+(?:mean|means|stand for|stands for|exactly|actually|here))?"
    # "Tri-X - what is it and why do the standards keep referring to it?", "what is that, the CP one"
    r"(?:\s+and\s+.*|\s+the\s+.*)?"
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
        whole = self._whole_question_term(fold(question), bare=question.strip().endswith("?"))
        if whole is not None:
            return whole
        sentences = [fold(s) for s in _SENTENCES.split(question)]
        asked = [s for s in sentences if s.strip()]
        same_as = _SAME_AS.match(asked[0]) if len(asked) == 1 else None
        if same_as is not None and not _ASKS_ABOUT_TIMING.search(asked[0][same_as.end() :]):
            found_same = self._lookup(_ARTICLES.sub("", same_as.group("term")), fuzzy=False)
            if found_same is not None:
                return found_same
        for i, sentence in enumerate(sentences):
            # "PEP stands for? school keep mentioning it": a definition request as a sentence of its own
            found = (
                self._whole_question_term(sentence, bare=False, asked=True)
                if i < len(sentences) - 1
                else None
            )
            found = found or self._term_in_request(sentence)
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

    def _whole_question_term(self, folded: str, *, bare: bool, asked: bool = False) -> GlossaryTerm | None:
        """The question is nothing but a term, perhaps wrapped in "what is ... stand for".

        `bare`: the whole question is a short phrase with a question mark ("chronolgy?"), which asks what
        it means as surely as "what is", so a misspelt term is looked for too. `asked`: only a sentence
        that asks for a definition counts ("s47 - tools needed?" names S47 but asks something else).
        """
        lead = _LEADS.search(folded)
        remainder = folded[lead.end() :] if lead else folded
        is_definition_request = lead is not None or _TAILS.search(folded) is not None
        is_definition_request = is_definition_request or (bare and len(folded.split()) <= 4)
        if asked and not is_definition_request:
            return None
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
            # ("what does PLO stand for, and when is the first meeting?" asks both: the "and" ends this one)
            own_rest = re.split(r"\band\b", rest, maxsplit=1)[0]
            defined = _DEFINED.match(rest) is not None
            if rest and (
                not _AFTER_TERM.match(rest) or (_ASKS_ABOUT_TIMING.search(own_rest) and not defined)
            ):
                continue
            found = self._lookup(" ".join(words[:size]), fuzzy=False)
            if found is not None:
                return found
        return None
