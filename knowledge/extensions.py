"""What a question says of an extension (a connected person's temporary approval, extended by a further 8
weeks): agreed, or not. Only an extension plainly said to be agreed, or asked about "if it's agreed", is
counted: an extended end given when none was agreed would be weeks late, the 16 weeks' end only early."""

from __future__ import annotations

import re

from knowledge.text import fold

# Things other than the approval that are reviewed or extended: told between an approval and "extended", the
# extension is theirs.
_ANOTHER_THING = r"assessment|placement|contact|plo|order|family"
_EXTENSION = r"(?:extension|(?:further|extra|another) (?:period|(?:4|8|four|eight) ?weeks?))"
_AGREED_WORD = r"(?:agreed|granted|approved|authorised)"
# An extension's length, "8 weeks", "eight wks" (in folded words: "8-week" is "8 week"), and before it "the 8 week
# extension".
_WEEKS = r"(?:4|8|four|eight) ?w(?:ee)?ks?"
_LENGTH = rf"(?:{_WEEKS} )"
# "extension of 8 weeks", "an extension of a further eight weeks": the extension with its length.
_EXTENSION_OF = rf"{_EXTENSION} of (?:a |an )?(?:further |extra )?{_WEEKS}"
# "extra time", "more time on the approval", "... on 20/10", "... to 24 weeks", "... with panel's recommendation" (not
# "more time for the assessment", "extra time with the family").
_EXTRA_TIME = (
    r"(?:extra|more) time(?! (?:for|to|on|with) (?!\d|it\b|(?:the |her |his |their )?(?:temp |temporary )?approval\b"
    r"|(?:the )?panel\b|(?:the )?(?:plo|pre-proceedings)\b|twenty))"
)
# "panel agreed the extension", "extension agreed by the ADM", "approval has been extended", "agreed to extend"
# (not "contact has now extended to weekends", nor "another 2 weeks" of something else).
_SAID_AGREED = re.compile(
    # ("agreed the 8 week extension": its length said before it)
    rf"\b(?:{_EXTENSION}(?: \w+){{0,2}} {_AGREED_WORD}|{_AGREED_WORD}(?: \w+){{0,2}} {_LENGTH}?{_EXTENSION}"
    # "panel and the ADM have already agreed the extra time", "extra time agreed by the ADM" (not extra time for
    # something else)
    rf"|{_AGREED_WORD}(?: \w+){{0,2}} {_EXTRA_TIME}|{_EXTRA_TIME}(?: was| has been| been| got)? {_AGREED_WORD}"
    # "extension of 8 weeks agreed", "an extension of a further eight weeks was granted"
    rf"|{_EXTENSION_OF}(?: \w+){{0,2}} {_AGREED_WORD}"
    # "it's been extended" (folded to "it been extended"), "its been extended", not "has it been extended by
    # panel?"
    # ... "Panel and ADM agreed today to extend it" (those who extend an approval: not "her contact with mum - we
    # agreed yesterday to extend it")
    r"|agreed to extend|(?:panel|adm|decision maker) agreed (?!not\b)\w+ to extend|(?:^|(?:has|have|\d+|(?<!has )(?<!have )its?) )been extended"
    # "temporary approval expired on 8 January and it was extended" (the approval, in the same clause)
    # (not when another thing that is extended is told between: "approval ... and her contact with mum was reviewed
    # and it was extended to weekends")
    rf"|(?:app?roval|reg 24)(?: (?!(?:{_ANOTHER_THING})\b)\w+){{0,14}}"
    r" and it (?:was|got) (?:then )?extended"
    r"|^ ?(?:expired|ended|ran out) and (?:it )?(?:was |got )?extended"  # "granted 01/12/25, expired and it got extended"
    r"|(?:app?roval|reg 24)(?: \w+){0,2} extended"
    # "temp aproval granted 13/04/26 - extended"
    r"|(?:app?roval|reg 24)(?: (?:granted|given|agreed|approved|on|from|\d+))+ extended"
    # ... "was extended" (not a variation of approval, nor one extended "until", "to", "for" or "by" a time or
    # someone of its own)
    r"|(?<!variation of )(?:app?roval|reg 24)(?: (?:granted|given|agreed|approved|on|from|\d+))+"
    r" (?:was|has been|got) extended(?! (?:until|till|to|for|by)\b)"
    r"|^ ?extended once"
    # "the first 16 weeks are being extended the full amount"
    # (the approval's, not "her assessment weeks", "the weeks of respite", "the variation ... is being extended")
    r"|(?:16 weeks|app?roval|reg 24)"
    rf"(?: (?!(?:and|but|not|no|{_ANOTHER_THING}|court|proceedings|ico|variation|respite|plan|care|deadline)\b)\w+)"
    r"{0,9} (?:are|is) being extended"
    r"|^ ?extended$"  # "temp approval granted 13/04/26, extended"
    r"|(?:panel|adm|decision maker) extended"
    # "extended the connected carer's approval on 1/4", "approved 2/2/26 and extended"
    r"|extended (?:the |her |his |their )?(?:\w+ ){0,3}(?:temp |temporary )?approval"
    r"|(?:app?roval|approved|reg 24)(?: \S+){0,4} and (?:was |then )?extended"
    # "temporary approval from 06/01 was extended by the ADM": said done, of the approval (not "to be extended
    # by the ADM", "the PLO was extended by the ADM", the approval for someone else, nor one extended "until",
    # "to" or "for" a time of its own)
    r"|(?:approval|reg 24)(?: (?!(?:and|but|which|that|for|plo|placement|assessment|contact|order|previous|sibling"
    r"|other|another|an|on|child)\b)\w+){0,8}? (?:was|has been|had been|got) extended by (?:the )?"
    r"(?:panel|adm|agency decision maker|decision maker)(?! (?:until|till|to|for|by)\b)"
    r"|extended (?:by|for) (?:a |the )?(?:full |further |another |extra )?(?:period|8|eight)"
    # "extended by the maximum", "extended for the max" (not "can be extended by a maximum of 8 weeks")
    r"|extended (?:by|for) the (?:maximum|max))\b"
)
# Words just before it, or its clause asked with a "?", that doubt it: "hasn't been agreed", "not yet",
# "pending", "will it be", "declined", "Extension agreed? Not sure."
_DOUBT = re.compile(
    r"\b(?:not|no|never|hasnt|havent|hadnt|isnt|wasnt|werent|wont|didnt|doesnt|dont|cant|yet|pending"
    r"|requested|request|requesting|asking|ask|asked|waiting|awaiting|declined|refused|rejected|will|would|may|doubt"
    # "asking panel for it to be extended by the maximum", "hoping it gets extended", "it can be extended"
    r"|might|could|whether|if|to be|hoping|hope|hoped|hopefully|can|possibly|potentially)\b"
)
DOUBT_WORDS_BEFORE = 4  # words before an agreement that may doubt it
# ... or after it, in its clause: "agreed but the ADM is yet to sign it off", "subject to panel", "in principle".
_DOUBTED_AFTER = re.compile(
    r"\b(?:not|no|yet|hasnt|havent|isnt|still|subject to|in principle|withdrawn|request|requested|to go to"
    r"|but|only|last time|sibling|cant find|pending|awaiting|waiting)\b"
)
# Other work that may be given more time, named after "of", "for" or "on" ("for the viability assessment").
_OTHER_WORK = "placement|assessment|contact|deadline|order|ico|variation|respite|court"
# The extension of something other than the approval: "the extension of placement with the IFA", "agreed to
# extend the assessment deadline", "the extension was agreed for contact".
_OF_SOMETHING_ELSE = re.compile(
    r"\s*(?:(?:was |has been )?agreed )?(?:of|for|on|to)?\s*(?:the |her |his |their |a |an )?"
    r"(?!(?:temp|temporary|approval|reg|connected|carer|it|them|him|her|by|further|a further|until|8|eight)\b)"
    rf"(?:{_OTHER_WORK}|plan|proceedings|pre|plo|care)\b"
)
# ... and, after "if we get an extension", what is no approval's or PLO's.
_ANOTHER_STEP = rf"(?:{_OTHER_WORK}|viability|parenting|report)"
_NEGATED = r"(?:not|doesnt|dont|didnt|wont|never|cant|cannot|isnt|wasnt|refuses|refused)"
# Asked of as if agreed: "when does it end if extended?", "with the extension, when ...?", "extension end
# date?", "... the 8-week extension. If it's agreed, when ...?" ("it's" folds to "it").
# "the exceptional 4-week extension", "the extra time" (not extra time for something else: "for the assessment").
_AN_EXTENSION = (
    rf"(?:an |the )?(?:exceptional |short )?{_LENGTH}?"
    rf"(?:{_EXTENSION}|{_EXTRA_TIME})"
)
_IF_EXTENDED = re.compile(
    rf"\b(?:if (?:(?:it is |its |it s |it |it gets )?extended|(?:an |the )?{_EXTENSION} (?:is |gets )?(?:agreed|granted)"
    # "if we extend it as far as we're allowed", "if panel extends it"
    r"|(?:we|they|panel|the panel|the adm|adm|the decision maker) extends? (?:it|the approval|her approval|his approval)"
    # "if an extension of 8 weeks is agreed"
    rf"|(?:an |the )?{_EXTENSION_OF} (?:is |gets )?agreed"
    r"|(?:the )?(?:extra|more) time (?:is |gets )?(?:agreed|granted|approved)"  # "if the extra time is agreed"
    # "if the ADM agrees the extra time" (not "if the ADM does not agree the extension"); a meeting that agrees it
    # may be named at length ("if the 12-week review legal planning meeting agrees the exceptional extension").
    rf"|(?:(?!{_NEGATED}\b)\w+ ){{0,4}}agree(?:s|d)? {_AN_EXTENSION}"
    rf"|(?:(?!{_NEGATED}\b)\w+ ){{0,7}}?(?:review|meeting|lpm|panel) agree(?:s|d)? {_AN_EXTENSION})"
    # "if we get the 8 week extension", "if they're given the extra time"
    # (not "an extension for the viability assessment")
    rf"|(?<!even )if (?:we|they|theyre|she|shes|he|hes|it|the carers?) (?:get|gets|are given|re given|is given|s given"
    rf"|given) {_AN_EXTENSION}(?! (?:for|of|on) (?:the |her |his |their |a |an )?{_ANOTHER_STEP}\b)"
    rf"|with (?:an |the )?(?:(?:4|8|four|eight)[ -]?w(?:ee)?ks? )?{_EXTENSION}"  # "with the 8 week extension"
    r"|extension (?:ends?|runs? out|expires?)|end of the extension|extended (?:(?:temp|temporary) )?(?:approval )?(?:ends?|runs? out|expires?|finish(?:es)?)|after the further"
    r"|(?:further|extra) (?:8|eight) weeks? (?:end|due))\b"
)
# Words just before an "if" that make it a doubt, not a supposition: "not sure if it was extended".
_UNSURE = re.compile(
    r"\b(?:sure|know|knows|unsure|unclear|check|checking|wonder|wondering|clear|idea|remember|out|me|confirm|see)$"
)
# The latest an approval could run to, asked of with an extension in mind ("to be extended by ADM. Latest
# possible end date?", "if panel agree the extra time, what's the latest date it could run to?").
_LATEST_POSSIBLE = re.compile(r"\b(?:latest|furthest) (?:possible\b|date (?:\w+ ){0,4}(?:could|can)\b)")
_EXTENSION_IN_MIND = re.compile(
    r"\b(?:extend|extended|extension|(?:extra|more) time|stretched|needs? longer)\b"
)
# ... never with an extension refused or doubted anywhere ("Extension was not agreed. Latest possible end date?",
# "might need an extension, unsure panel will agree").
_EXTENSION_DENIED = re.compile(
    r"\b(?:not|no|never|wasnt|werent|isnt|hasnt|havent|wont|didnt|refused|declined|rejected|turned down|unsure"
    r"|might|may|maybe|perhaps|possibly|whether|pending|awaiting|waiting|doubt|unlikely)\b"
)
# "if panel agree it", "if the ADM agrees to it": the one who decides agreeing what the sentence asks for.
_IF_THEY_AGREE = re.compile(
    r"\bif (?:the )?(?:panel|adm|decision maker|agency decision maker) agrees?(?: to)? (?:it|this|that)\b"
)
_IF_AGREED = re.compile(
    r"if (?:(?:it|that|this)?\s*(?:is |s |gets |get )?(?:agreed|granted|approved)"
    r"|(?:we|they|she|he) (?:get|gets|are given|re given) (?:it|that|this))\b"  # "... the extension. If they get it"
)
_PART_BREAK = re.compile(r"[,;:()]|\s[-–—]\s")
_SENTENCE_END = re.compile(r"[.!?;]+(?:\s|$)")
_CLAUSE = re.compile(r"[^,;:.!?]+[,;:.!?]*")
# An extension the worker says there was not ("full approval at panel, no extension"): its words name none.
NOT_EXTENDED = re.compile(
    r"\b(?:no|without(?: an?)?|not|never|wasnt|werent|hasnt been|havent been|not been|wont be(?: an?)?"
    r"|will not be(?: an?)?)\s+(?:further\s+)?(?:extension|extended)\b"
)


# "the extention was agreed": the spelling typed in a hurry.
_MISSPELT = re.compile(r"\bexten(?:t|tt|c|sh)ion", re.I)


def extension_agreed(text: str) -> bool:
    """The question says an extension is agreed, with nothing just before it that doubts it and not asked with
    a "?", or asks what follows if it is; never when it says there was none."""
    text = _MISSPELT.sub("extension", text)
    folded = fold(text)
    if NOT_EXTENDED.search(folded):
        return False
    if (
        _LATEST_POSSIBLE.search(folded)
        and _EXTENSION_IN_MIND.search(folded)
        and not _EXTENSION_DENIED.search(folded)
    ):
        return True
    sentences = _SENTENCE_END.split(text)
    for sentence, after in zip(sentences, [*sentences[1:], ""], strict=True):
        words = fold(sentence)
        if re.search(_EXTENSION, words) and _IF_AGREED.match(fold(after)):
            return True
        if re.search(rf"{_EXTENSION}|{_EXTRA_TIME}", words) and _IF_THEY_AGREE.search(words):
            return True  # "more time on the approval - if panel agree it, end date?"
        # Clause by clause: folding drops the dash of "saying it was extended - end date?".
        for part in map(fold, _PART_BREAK.split(sentence)):
            asked = _IF_EXTENDED.search(part)
            if asked and not _UNSURE.search(" ".join(part[: asked.start()].split()[-2:])):
                return True  # not "not sure if it's extended": whether it is, is not known
    return any(_said_agreed(clause) for clause in _CLAUSE.findall(text))


def _said_agreed(clause: str) -> bool:
    words = fold(clause)
    for m in _SAID_AGREED.finditer(words):
        after = words[m.end() :]
        if not after.strip() and clause.rstrip().endswith("?"):
            continue  # "Extension agreed?" asks
        if _OF_SOMETHING_ELSE.match(after) or _DOUBTED_AFTER.search(after):
            continue  # "the extension of placement", "agreed to extend the assessment", "... but ADM yet to sign"
        before = " ".join(words[: m.start()].split()[-DOUBT_WORDS_BEFORE:])
        if not _DOUBT.search(f"{before} {m.group()}"):
            return True
    return False
