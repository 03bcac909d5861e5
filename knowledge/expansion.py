"""Practitioners' words and acronyms, expanded to the document's words before matching.

The same expansion runs over entries and questions, so "case conference" in a question and "ICPC" in
a standard meet at "initial child protection conference".
"""

from __future__ import annotations

import re

from knowledge.records import KnowledgePack
from knowledge.text import fold


class PhraseExpander:
    """Appends, for every known phrase found in folded text, the words it stands for."""

    def __init__(self, additions: dict[str, str]) -> None:
        self._additions = {phrase: extra for phrase, extra in additions.items() if phrase}
        phrases = sorted(self._additions, key=len, reverse=True)
        self._pattern = (
            re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b") if phrases else None
        )

    @classmethod
    def from_pack(cls, pack: KnowledgePack) -> PhraseExpander:
        additions: dict[str, list[str]] = {}
        for document, users in pack.synonyms.items():
            for user_phrase in users:
                additions.setdefault(fold(user_phrase), []).append(fold(document))
        for term in pack.glossary:
            meaning = f"{fold(term.term)} {fold(term.expansion)}"
            for spelling in (term.term, *term.aliases):
                additions.setdefault(fold(spelling), []).append(meaning)
        return cls({phrase: " ".join(extras) for phrase, extras in additions.items()})

    def expand(self, folded: str) -> str:
        if self._pattern is None:
            return folded
        found = {m.group(0) for m in self._pattern.finditer(folded)}
        if not found:
            return folded
        return " ".join([folded, *(self._additions[phrase] for phrase in sorted(found))])
