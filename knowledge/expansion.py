"""Practitioners' words and acronyms, expanded to the document's words before matching.

The same expansion runs over entries and questions, so "case conference" in a question and "ICPC" in
a standard meet at "initial child protection conference".
"""

from __future__ import annotations

from knowledge.records import KnowledgePack
from knowledge.text import fold


class PhraseExpander:
    """Appends, for every known phrase found in folded text, the words it stands for."""

    def __init__(self, additions: dict[str, str]) -> None:
        self._additions = {phrase: extra for phrase, extra in additions.items() if phrase}
        # The longest phrase starting with each word: most words start none, and cost one look-up.
        self._longest: dict[str, int] = {}
        for phrase in self._additions:
            first, size = phrase.split()[0], len(phrase.split())
            self._longest[first] = max(size, self._longest.get(first, 0))

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

    def phrases_in(self, folded: str) -> set[str]:
        """Known phrases in the text, the longest at each word, not overlapping (read left to right)."""
        words = folded.split()
        found: set[str] = set()
        longest = self._longest
        # Only words that start a phrase are looked at: a whole entry is one pass of a comprehension.
        starts = [i for i, word in enumerate(words) if word in longest]
        free = 0  # the first word not inside a phrase already found
        for i in starts:
            if i < free:
                continue
            for size in range(min(longest[words[i]], len(words) - i), 0, -1):
                phrase = " ".join(words[i : i + size])
                if phrase in self._additions:
                    found.add(phrase)
                    free = i + size
                    break
        return found

    def expand(self, folded: str) -> str:
        found = self.phrases_in(folded)
        if not found:
            return folded
        return " ".join([folded, *(self._additions[phrase] for phrase in sorted(found))])
