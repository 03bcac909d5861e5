"""What a question says of an extension (a connected person's temporary approval, extended by a further 8
weeks): agreed, or not. Only an extension plainly said to be agreed, or asked about "if it's agreed", is
counted: an extended end given when none was agreed would be weeks late, the 16 weeks' end only early."""

from __future__ import annotations

import re

from knowledge.text import fold

_EXTENSION = r"(?:extension|(?:further|extra|another) (?:period|(?:\d+|four|eight) ?weeks?))"
_AGREED_WORD = r"(?:agreed|granted|approved|authorised)"
# "panel agreed the extension", "extension agreed by the ADM", "it has been extended", "extended by 8 weeks"
_SAID_AGREED = re.compile(
    rf"\b(?:{_EXTENSION}(?: \w+){{0,2}} {_AGREED_WORD}|{_AGREED_WORD}(?: \w+){{0,2}} {_EXTENSION}"
    r"|agreed to extend|been extended|(?:was|were|now) extended"
    r"|extended (?:by|for) (?:\w+ ){0,2}(?:further|another|extra|\d+|four|eight))\b"
)
# A sentence that doubts it: "hasn't been agreed", "not yet", "pending", "will it be", "declined".
_DOUBT = re.compile(
    r"\b(?:not|no|never|hasnt|havent|hadnt|isnt|wasnt|werent|wont|didnt|doesnt|dont|cant|yet|pending"
    r"|requested|request|requesting|asking|ask|waiting|awaiting|declined|refused|rejected|will|would|may"
    r"|might|could|whether|if)\b"
)
# Asked of as if agreed: "when does it end if extended?", "... the 8-week extension. If it's agreed, when ...?"
_IF_EXTENDED = re.compile(
    rf"\bif (?:(?:it is |its |it s |it gets )?extended|(?:an |the )?{_EXTENSION} (?:is )?agreed"
    rf"|(?:\w+ ){{0,4}}agree(?:s|d)? (?:an |the )?{_EXTENSION})\b"
)
_IF_AGREED = re.compile(r"if (?:it|that|this)?\s*(?:is |s |gets |get )?(?:agreed|granted|approved)\b")
_SENTENCE_END = re.compile(r"[.!?;]+(?:\s|$)")
# An extension the worker says there was not ("full approval at panel, no extension"): its words name none.
NOT_EXTENDED = re.compile(
    r"\b(?:no|without(?: an?)?|not|never|wasnt|werent|hasnt been|havent been|not been|wont be(?: an?)?"
    r"|will not be(?: an?)?)\s+(?:further\s+)?(?:extension|extended)\b"
)


def extension_agreed(text: str) -> bool:
    """The question says an extension is agreed, with nothing in its sentence that doubts it, or asks what
    follows if it is."""
    sentences = [fold(s) for s in _SENTENCE_END.split(text)]
    for sentence, after in zip(sentences, [*sentences[1:], ""], strict=True):
        if _IF_EXTENDED.search(sentence) or (re.search(_EXTENSION, sentence) and _IF_AGREED.match(after)):
            return True
        if _SAID_AGREED.search(sentence) and not _DOUBT.search(sentence):
            return True
    return False
