"""Turning chat text into comparable terms: the same steps for questions, entries and glossary keys."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Function words carry no meaning for matching. Question words are here too: "when" and "how" say
# what kind of answer is wanted, which the matcher learns from the alternate questions' content words.
_STOPWORDS = """
    a an the and or of to in on at for by with from as is are was were be been being it its this
    that these those there their they them we our us you your i me my do does did done doing have
    has had having will would should shall can could may might must what whats when where which who
    whom whose why how if then than so but not no yes any all some each every about into over under
    again further once here just also too very own same such only both other more most s t d ll re
    ve m im id ive please pls plz hi hello thanks thank cheers get got gets need needs needed want
    wants know tell hey ok okay dont doesnt isnt arent wont cant shouldnt wouldnt couldnt
"""
STOPWORDS = frozenset(_STOPWORDS.split())

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_NON_WORD = re.compile(r"[^a-z0-9&]+")


def fold(text: str) -> str:
    """Lower case, plain letters, punctuation as spaces: the form every comparison uses."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES)).encode("ascii", "ignore").decode()
    text = text.lower().replace("'s ", " ").replace("'", "")
    return " ".join(_NON_WORD.sub(" ", text).split())


@lru_cache(maxsize=65536)  # a pack has a few thousand distinct words, read tens of thousands of times
def stem(word: str) -> str:
    """A deliberately light stemmer: plurals and common verb endings, enough for 'visits' ~ 'visit'."""
    if len(word) <= 3 or word.isdigit():
        return word
    for suffix, replacement, min_len in (
        ("ies", "y", 5),
        ("sses", "ss", 5),
        ("ings", "", 6),
        ("ing", "", 6),
        ("ed", "", 5),
        ("es", "e", 5),
        ("s", "", 4),
    ):
        if word.endswith(suffix) and len(word) >= min_len and not word.endswith("ss"):
            return word[: len(word) - len(suffix)] + replacement
    return word


# Words that would meet another without their "e": "took place" is no child "placed", a "state" no "stat" visit.
_KEEPS_ITS_E = frozenset({"place", "state"})


def phrase_stem(word: str) -> str:
    """The stem names are matched by: the light stem, less a final "e", so that "complete" meets "completed"
    and "agree" meets "agreed" ("complet", "agre"). Short words and stopwords keep theirs ("note" is no "not")."""
    stemmed = stem(word)
    if len(stemmed) >= 5 and stemmed.endswith("e") and word not in STOPWORDS and stemmed not in _KEEPS_ITS_E:
        return stemmed[:-1]
    return stemmed


def terms(folded: str) -> list[str]:
    """Content terms of already-folded text, stemmed, stopwords dropped."""
    return [stem(w) for w in folded.split() if w not in STOPWORDS]
