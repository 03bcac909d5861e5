"""Which date of a question a rule counts from, and what the dates say about the rule.

Apart from the step finder (knowledge/steps.py), which weighs this with retrieval and the step's names:
here is only what each date's own words (knowledge/date_roles.py) tell about one rule: its start, a
phase that holds, an outcome already dated, a visit away from home, an earlier event in its chain.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from calculators.chatdates import MONTHS, FoundDate, locate
from calculators.timescale import COUNTED_BACK, Count, Timescale
from knowledge.date_roles import (
    BIRTH_EVENT,
    LAST_ONE_WORDS,
    LOOKED_AFTER_EVENT,
    MEETING_MOVED,
    NOT_UNTIL,
    WHICH_IS_WHEN_WORDS,
    DateRole,
    clause_of,
)
from knowledge.text import fold, phrase_stem, terms

EVENT_WEIGHT = 0.35  # a date's own words name the event the rule counts from
FIRST_EVENT_WEIGHT = 0.1  # ... and that event is the one named most fully
ALSO_EVENT_WEIGHT = 0.35  # a date's words name an event the rule may also be counted from, or a wider one
OTHER_EVENT_PENALTY = 0.3  # the only dates there are belong to other events
# Steps that recur: each is counted from the last one.
RECURRING = (Count.EVERY_WEEKS, Count.EVERY_MONTHS, Count.WINDOW_WEEKS, Count.PHASED)
Said = tuple[tuple[str, ...], bool, bool]  # events named, and whether they have happened / are ahead
# A question checking a date already past against the standard: "within timescale?", "compliant?".
COMPLIANCE = re.compile(
    # "within the six-weekly standard", "in the 15 working day timescale", "within the (expected) visiting frequency"
    r"\b(?:in|within|inside|out of|outside) (?:the )?(?:(?:expected|required|agreed|usual|normal)\s+)?"
    r"(?:\w+[- ](?:working[- ])?(?:days?|weeks?|months?|weekly|monthly)\s+)?"
    r"(?:(?:visiting|visit|statutory|recording|review|reviewing)\s+)?"
    r"(?:time|timescales?|timeframe|standards?|frequency|requirements?|intervals?)\b|\bin time\b|\bcomplian"
    # "In line with standards?", "in accordance with our procedures?"
    r"|\bin (?:line|keeping|accordance) with (?:the |our )?(?:standards?|timescales?|requirements?|procedures?)\b"
    r"|\bbreach|\boverdue\b"
    # (not "the Legal Gateway will be in late July": a time of the month)
    r"|(?<!\bin )\blate\b(?!\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
    r"|\b(?:was|were) (?:it|that|this|they|we)\b|\beligible\b|\bon time\b"
    r"|\b(?:is|was) (?:that|this|it|the (?:gap|timing|date|frequency)) (?:ok|okay|alright|fine)\b"
    r"|\b(?:is|was) (?:that|this|it) (?:still )?(?:within|inside|outside)\b"  # "is that within 20 working days?"
    r"|[-–,:.]\s*(?:ok|okay)\s*\?"
    # "visits 02/01 and 16/02 - gap ok?": the gap asked of on its own
    r"|\b(?:gaps?|intervals?|timing|frequency) (?:ok|okay|alright|fine)\s*\?"
    r"|\bshould (?:it|that|this|they|she|he) have (?:been|happened|taken place) (?:earlier|sooner)\b"
    r"|\bdid (?:we|they|i|she|he) (?:meet|hit|make) (?:the|it)\b|\bmet the (?:timescales?|standards?|deadline)\b"
    # "her first review was held on 30 May. What was the deadline for it?": of the step just told as done
    r"|\bwhat was the deadline for (?:it|that|this|them)\b"
    # "... the minutes only went out today. What was the deadline?": the deadline of what was done
    r"|\bwhat was (?:the|my|our) deadline\s*\?"
    # "the first CIN meeting was held 07/06. When should it have been by?", "... When should it have happened by?"
    r"|\bwhen should (?:it|that|this|they) have (?:been|happened|taken place)(?: (?:held|done|by))?\s*(?:by\s*)?\?"
    # "was the visiting frequency met?", "was the gap within 6 weeks?"
    r"|\b(?:frequency|timescales?|standards?|deadlines?) (?:was |were )?(?:met|kept|achieved)\b"
    # "had they been in placement long enough?" (before applying for the adoption order)
    r"|\b(?:had|have|has) (?:they|she|he|we|it|the (?:child(?:ren)?|kids?|baby|adopters)) been "
    r"(?:in placement |placed |there )?long enough\b"
    # "applied 05/05 - too early?", "went 12 weekly 01/09 - too soon?": of a step with a first day allowed, not
    # "ICPC held 04/12 - was the conference too soon?" (a conference's report is due before it, no earliest)
    r"|\b(?:appl(?:y|ied|ication)|app|lodged|filed|submitted|12[- ]?weekly)\b[^.?!]*\btoo (?:early|soon)\s*\?"
    # ... asked of the gap itself ("gap between visits within 6 weeks?"), not "to keep the gap under 4 weeks,
    # when's the next?" or "the gap was over 6 weeks I know. when's the next?", which ask ahead
    r"|\b(?:gaps?|intervals?) (?:between (?:them|the \w+|visits|reviews) )?(?:was |were |is |are )?"
    r"(?:within|under|over|more than|less than)\b[^?.,;:]*\?"
    # "care plan recorded 04/01. Within 10 days?", "visited Tue 26/05 - within the 1 working day?", "... - within
    # the 4-6 weeks?" (a question of its own: not "by when ... to keep within 12 months?")
    r"|(?:^|[.?!;:,–-]\s*)within (?:the )?(?:\w+\s*[-–]\s*)?\w+ (?:(?:working )?(?:days?|weeks?|months?)|wd|wks?)\s*\?",
    re.I,
)
# "CP visits 05/08 then 04/09. When was the second one due?": the later visit checked against the first (of visits
# only: "LAC review 10/02 and next 10/08, when was the second one due?" asks of reviews the standards set no date
# for). Read in the whole question, where the visits are named beside their dates.
SECOND_ONE_CHECKED = re.compile(
    r"\bvisits?\b[^?]*\bwhen was the (?:second|2nd|third|3rd|last|latest) (?:one|visit)\s+due\b", re.I
)
# The date a letter or notice bears: "the letter is dated", "it's dated", ", dated", and "it's dated 16/03 as legal
# drafted it earlier" (the reason after the date).
_DATED = re.compile(
    r"(?:^|\b(?:is|was|it[’']?s|letter|notice|and|but)\s+)dated(?:\s*$|\s+(?:as|because|since|cos|coz)\b)",
    re.I,
)
# "ICO granted 21/12, but he actually became looked after on 22/12": the worker says which date is the event's.
# Not "didn't actually happen on 10/03", nor "really", mostly an intensifier ("really worried"). So does "moved in
# on 06/12, which is when he became looked after" (the words date_roles reads the day's event from).
_ACTUALLY = re.compile(rf"(?<!\bnot )(?<!n't )(?<!nt )\b(?:actually|in fact)\b|\b{WHICH_IS_WHEN_WORDS}", re.I)
_RECORDED = "recorded-event"  # the event of what is written up after it happens
# "Counting from the first meeting, when would the 12 week review be?": the worker says which date to count from
# (not "don't count it from the letter", nor what someone else did: "Manager counted it from the first meeting").
_COUNTING_FROM = re.compile(
    r"(?P<not>\b(?:not|don[’']?t|do not|never|shouldn[’']?t|instead of|rather than)\s+)?"
    r"(?:\bcount(?:ing|in)?(?:\s+(?:it|them|the\s+(?:\d+\s+)?weeks?))?"
    r"|(?:^|(?<=[,;:(])|\b(?:if|when|is|be|it[’']?s|its)\s+)\s*counted)"
    r"\s+from\s+(?P<what>[^,.;:?!()]+)",
    re.I,
)

# Where the words of what to count from end: "Don't count from the letter - first PLO meeting was ...", "... the
# first PLO meeting on 09/11" (a number, not "the 1st meeting"), "... that meeting please", "... the first meeting
# when is the 12 week review".
_WORDS_END = re.compile(
    r"\s[-–—]\s|\s(?:on\s+)?\d(?!\d*(?:st|nd|rd|th)\b)|\s(?:please|pls|plz|when|whens|what|whats|how)\b", re.I
)
# The same first one said in other words: "the 1st meeting", "the initial PLO meeting".
_FIRST_ALIKE = {"1st": "first", "initial": "first", "inital": "first"}


def _as_said(words: str) -> set[str]:
    """The content words, with the first one said alike however it is written."""
    return {_FIRST_ALIKE.get(w, w) for w in terms(fold(words))}


def told_to_count_from(t: Timescale, roles: Sequence[DateRole], text: str) -> DateRole | None:
    """The one date whose words hold every content word the worker says to count from, of a rule the standards
    leave open (`either_from`: the PLO's 12 weeks run from the letter or the first meeting, and "counting from the
    first meeting" settles it, as does "not counting from the letter" where the other day is the first meeting's);
    never a day that only brought the event about (an ICO beside an earlier s20). None when nothing is said, or
    several dates or none fit. The date may be written in the words ("counting from the first meeting on 09/11")."""
    said = _COUNTING_FROM.search(text) if t.either_from else None
    if said is None:
        return None
    words = _as_said(_WORDS_END.split(said.group("what"))[0])
    days = [r for r in roles if not r.aside and not r.by_way_of and t.counted_from & set(r.events)]
    fits = [r for r in days if words and words <= _as_said(r.clause)]
    if said.group("not"):
        others = [r for r in days if r not in fits]
        return others[0] if len(fits) == 1 and len(others) == 1 else None
    return fits[0] if len(fits) == 1 else None


# "made subject to an ICO on 13/08 but had already been accommodated from 07/08": of two days told as the event,
# the earlier one said to have been "already" is when it first happened (not "since": "moved to new carers today;
# he'd been at the old placement since 2 June" is a new placement).
_ALREADY = re.compile(r"\balready\b", re.I)
# "... next supervising visit? last one was 20/02": of a step that repeats, the last one, told only as that.
_THE_LAST_ONE = re.compile(
    rf"\W*(?:(?:and|but)\s+)?(?:the\s+|my\s+)?{LAST_ONE_WORDS}\s+one(?:\s+(?:was|held|done))?(?:\s+on)?\s*",
    re.I,
)
# A date's words that say only that "it" started: "it started", "which began on", "opened it".
_IT_STARTED = re.compile(
    r"\W*(?:(?:and|but|which|that)\s+)?(?:it|i|we)?\s*(?:was\s+|got\s+)?(?:started|startd|strated|began|begun|commenced|opened)"
    r"(?:\s+it)?(?:\s+on)?\s*",
    re.I,
)
# A date's words that book its event ahead ("FGC booked for 11 June"), as against asking when it is due.
BOOKED = re.compile(
    r"\b(?:booked|(?<!de-)(?<!de )planned|scheduled|arranged|will be|(?:is|are) on(?! (?:a|an|his|her|their|its)\b)"
    # a meeting moved to a date ("ICPC put back to 03/02"), not a child moved to someone's
    r"|(?:postponed|put back|pushed back|rearranged|brought forward|re-?scheduled) (?:to|for)"
    r"|" + MEETING_MOVED + r"|coming up|upcoming|" + NOT_UNTIL + r")\b",
    re.I,
)
# "not seen at home alone", "didn't see her at home on her own": seen at home, only not alone.
_ONLY_NOT_ALONE = r"alone|on (?:his|her|their) own|by (?:him|her|them)sel(?:f|ves)|without"
_HOME = re.compile(r"\bhome\b", re.I)
# Places away from home a child may be seen at ("contact" alone may be family time, not a place, at a date's start).
_AWAY = r"school|nursery|college|office|hospital|family centre|contact centre"
# ... and words after them that say the child was then seen at home too ("at school, then later at home").
_HOME_AFTER = r"\b(?:at|walked|went|drove|took \w+|back|later|then) home\b"
NOT_AT_HOME = re.compile(
    rf"\bnot (?:seen )?(?:at|in) (?:the )?home\b(?!\s+(?:{_ONLY_NOT_ALONE}))"
    # "he was at his nan's so I didn't see him at home" (not "didn't see her at home alone": seen, not alone)
    r"|\b(?:didn'?t|did not|couldn'?t|could not) see (?:him|her|them|the (?:child|baby|kids?|children)) (?:at|in) (?:the )?home\b"
    rf"(?!\s+(?:{_ONLY_NOT_ALONE}))"
    # "seen at school", "saw him in nursery", "I visited the girls on a CP plan at school", "at the family centre"
    # (not across "home": "visited him at home on 01/12 after meeting him in school" was a home visit; nor
    # "visited at school on 25/11 and then at home later that day")
    rf"|\b(?:seen|visited|(?:only )?(?:saw|visited)(?: (?!home\b)\w+){{1,8}}) (?:at|in) (?:the )?(?:{_AWAY}|contact)\b"
    rf"(?!.*(?<!not )(?<!n't ){_HOME_AFTER})"
    # "the child was at nursery so I only saw mum"
    rf"|\b(?:child|baby|kids?|children|he|she|they) (?:was|were) (?:still )?(?:at|in) (?:the )?(?:{_AWAY})\b"
    rf"(?!.*{_HOME_AFTER})"
    # "saw her again on 14/08 but that was at school"
    rf"|\b(?:that|it|this) was (?:only )?(?:at|in) (?:the )?(?:{_AWAY}|contact)\b"
    # "saw her at home on 22/07, and then at school on 20/08": the place opens the date's own words (not "at
    # school gates then walked home with her", "at school, then later at home").
    rf"|^\s*(?:then )?(?:only )?(?:at|in) (?:the )?(?:{_AWAY})\b(?! holidays?| hols| term)"
    rf"(?!.*{_HOME_AFTER})",
    re.I,
)


# The words of a date told only as something finished: "completed 30/03", "was finished on".
_ONLY_FINISHED = re.compile(
    r"\s*(?:(?:it|this|that|and)\s+)?(?:(?:was|were|got)\s+)?(?:completed|finished|signed off|authorised)(?:\s+on)?\s*",
    re.I,
)


# "which I've already put on", "already logged": what was put on the record, said without naming the record.
_PUT_ON_RECORD = re.compile(r"\s*(?:put|logged|uploaded|typed|added)\b")


def _already_done(t: Timescale, role: DateRole) -> bool:
    """The date's words say this step was already done for it: "which I have already written up", or, of a
    step of recording, "which I've already put on"."""
    _, already, done = f" {fold(role.clause)} ".partition(" already ")
    if not already:
        return False
    recording = "recorded" in t.names
    return any(f" {n} " in f" {done} " for n in t.names if len(n) > 3) or (
        recording and _PUT_ON_RECORD.match(done) is not None
    )


# "second review", "3rd core group": the words that say one after the first (knowledge/steps.py reads them too).
LATER_ORDINALS = r"second|2nd|third|3rd|fourth|4th|subsequent"
# "Second PLO meeting", "review PLO meeting", "another core group": a later one of a kind, not the first.
_LATER_WORDS = rf"{LATER_ORDINALS}|another|review|follow[ -]?up"
_NOT_THE_FIRST = re.compile(rf"\b(?:{_LATER_WORDS}|later)\b", re.I)
# ... and the words that say a date is a later one's, for a step counted from the first (see _a_later_one): an
# RCPC too, but not "later" alone ("an aunt came forward later on").
_LATER_KIND_SAID = re.compile(rf"\b(?:{_LATER_WORDS}|rcpc)\b", re.I)
_THE_FIRST = re.compile(
    r"\b(?:icpc|initial (?:conf\w*|plo|meeting|cp|child)|(?:first|1st) (?:conf\w*|plo|meeting|cp|child|one|pre))",
    re.I,
)


# A date's words that tell what happened to a parent, not a step of the work: "mum was admitted to hospital on".
_OF_A_PARENT = re.compile(
    r"\W*(?:(?:after|when|as|because|since)\s+)?(?:(?:the|his|her|their)\s+)?(?:mum|dad|mother|father|parents?)"
    r"(?:'s\s+(?:been|got)|\s+(?:was|were|had|got|has been))\b",
    re.I,
)
# Words that say which of several children's births a question asks of, by their order.
_FIRST_BORN = frozenset({"older", "oldest", "eldest", "elder"})
_LAST_BORN = frozenset({"younger", "youngest"})


_BOY = frozenset({"brother", "boy", "son", "nephew", "grandson"})  # what a birth's own words call the child
_GIRL = frozenset({"sister", "girl", "daughter", "niece", "granddaughter"})
_HE = _BOY | {"he", "him", "his"}  # ... and what the words that ask may call the one asked of
_SHE = _GIRL | {"she", "her", "hers"}


# Which of several children the words that ask are of, when each date's words say it of one of them.
_WHICH_CHILD = _FIRST_BORN | _LAST_BORN | {"middle"}


def _of_the_child_asked(
    roles: list[DateRole], asked: frozenset[str], *, or_all: bool = False
) -> list[DateRole]:
    """The dates whose words name the child the words that ask name ("the younger one"), or (`or_all`) all of
    them when not just one does."""
    which = asked & _WHICH_CHILD
    named = [r for r in roles if which & set(terms(fold(r.clause)))] if which else []
    return named if len(named) == 1 or not or_all else roles


def _of_the_one_asked(births: Sequence[DateRole], words: frozenset[str]) -> DateRole | None:
    """Of children's births, the one child the words that ask say "he" or "she" of, when the births' own words
    say a boy or a girl and only one fits: "sister DOB 10/10/2010 and her brother DOB 12/12/2012, when does he
    need the pathway plan?" is the brother's; "older brother born 01/01/2010, the child I'm asking about was born
    06/06/2014, when does she turn 12?" is not the brother's."""
    he, she = bool(words & _HE), bool(words & _SHE)
    if he == she:
        return None
    unlike = _GIRL if he else _BOY
    like = _BOY if he else _GIRL

    said = [set(terms(fold(r.clause))) for r in births]
    fits = [r for r, w in zip(births, said, strict=True) if w & like and not w & unlike] or [
        r for r, w in zip(births, said, strict=True) if not w & unlike
    ]
    return fits[0] if len(fits) == 1 else None


def _a_later_one(role: DateRole, later_kinds: frozenset[str]) -> bool:
    """The date's words are of the later kind of the rule's event (or could be the first or the later kind) and
    say a later one: "Second PLO meeting", "review conference", "RCPC". Not "RCPC after ICPC 05/01", which
    names the first too, and not "an aunt came forward later on" (no "later" alone)."""
    if not later_kinds & set(role.events) or _LATER_KIND_SAID.search(role.clause) is None:
        return False
    return role.lead in later_kinds or (role.lead is None and _THE_FIRST.search(role.clause) is None)


def plainly_also(t: Timescale, role: DateRole) -> bool:
    """The date's words name an event the rule is also (less surely) counted from, and plainly: not words that
    could be several events and say a later one ("Second PLO meeting": a review one, not the first)."""
    if not set(t.also_from) & set(role.events):
        return False
    return role.lead is not None or _NOT_THE_FIRST.search(role.clause) is None


# Words that ask of the later of several days of one event (stemmed, as the asking words are).
_THE_LATER_ASKED = frozenset({"second", "2nd", "latest", "later", "recent"})
_NEXT_WORD = re.compile(r"\bnext\b", re.I)  # "Next PLO review is 08/07": a later one of a meeting


def _a_later_one_ahead(role: DateRole, asked: frozenset[str]) -> bool:
    """The date's words say it is of the next one ("Next PLO review is 08/07"), or of a later kind ("A review PLO
    meeting is pencilled for 18/08") that the words that ask do not name again ("... the minutes of the review?"
    asks of that one)."""
    return _NEXT_WORD.search(role.clause) is not None or _said_but_not_asked(_NOT_THE_FIRST, role, asked)


def _said_but_not_asked(words: re.Pattern[str], role: DateRole, asked: frozenset[str]) -> bool:
    """The date's words say `words` (a later one's), and the words that ask do not say them again."""
    said = words.search(role.clause)
    return said is not None and not set(terms(fold(said.group(0)))) & asked


_FIRST_SAID = re.compile(r"\b(?:first|1st|initial|original)\b", re.I)
_A_LATER_ONE = re.compile(rf"\b(?:{LATER_ORDINALS}|another|further|reconvened|follow[ -]?up)\b", re.I)


def _told_as_a_later_one(role: DateRole, asked: frozenset[str]) -> bool:
    """The date's words say it is of a later one that happened ("a second strategy meeting was held", "reconvened
    strategy meeting 30/11"), in words the asking does not say again (not "next PLO review is 29/03 ... minutes
    of the 29/03 meeting?")."""
    return not role.coming and _said_but_not_asked(_A_LATER_ONE, role, asked)


def _held_before_the_next(roles: Sequence[DateRole]) -> list[DateRole]:
    """The dates of meetings not told as ahead, earlier than a date told as ahead of the same meetings."""
    ahead = [r for r in roles if r.coming]
    return [
        p
        for p in roles
        if not p.coming and any(p.events == r.events and p.found.day < r.found.day for r in ahead)
    ]


# "ICPC was on her birthday, 06/10/26", "placed on his 15th birthday": a birthday as the day of another event.
_ON_A_BIRTHDAY = re.compile(r"\bon (?:[\w'’]+ ){0,2}birthday\b", re.I)


def _of_birth(role: DateRole) -> bool:
    """The date is a birth's: its words lead with the birth, or name only it, or name another event too but not
    as on a birthday. A date whose words lead with another event is that event's ("placed with carers on her
    birthday, 23/12/25" is the placement's date, as is "placed on her birthday, 23/12/25"; "DOB 23/12/2010" and
    "born 23/12" are births')."""
    if BIRTH_EVENT not in role.events:
        return False
    other = len(role.events) > 1 and _ON_A_BIRTHDAY.search(role.clause) is not None
    return role.lead == BIRTH_EVENT or (role.lead is None and not other)


def _of_an_event_asked(
    t: Timescale, roles: Sequence[DateRole], asked: frozenset[str], asked_events: frozenset[str]
) -> list[DateRole]:
    """The roles of what has happened whose events include one `t` counts from that the asking words name and not
    every role's events do (a visit planned ahead is none to write up), and whose words the asking words say
    again more than any other's ("visited mum at home 01/07 and saw the child at school 03/07, when does the school
    visit need recording?" says both again, once each)."""
    shared = set.intersection(*(set(r.events) for r in roles)) if roles else set()
    again = {id(r): len(asked & set(terms(fold(r.clause)))) for r in roles}
    return [
        r
        for r in roles
        if not r.coming
        and (asked_events & t.counted_from & set(r.events)) - shared
        and all(again[id(r)] > again[id(o)] for o in roles if o is not r)
    ]


def best_start(
    t: Timescale,
    roles: Sequence[DateRole],
    away: frozenset[str] = frozenset(),
    head: str | None = None,
    subjects: frozenset[str] = frozenset(),
    *,
    last_of_list: bool = True,
    no_visit: frozenset[str] = frozenset(),
    echoed: frozenset[str] = frozenset(),
    later_kinds: frozenset[str] = frozenset(),
    first_kinds: frozenset[str] = frozenset(),
    done_kinds: frozenset[str] = frozenset(),
    asked: frozenset[str] = frozenset(),
    asked_events: frozenset[str] = frozenset(),
) -> tuple[FoundDate | None, float]:
    """The date `t` counts from and what the dates' words add: its own event named beats any other date.

    A date of the event the rule produces is not a start: "formal dispute raised 8/12" is not a date to
    count the informal challenge from, and an ICPC that was held is not one to count the ICPC from.
    `head` is the word most names of the rule's own event end in ("review" of "family time review"), and
    `subjects` the other words of those names ("family", "time"), which may be the head verb's subject, and
    `echoed` the content words of what the question tells outside the dates' own words, and `later_kinds` the
    events later ones of the rule's own events are (events.yaml `later`: the review PLO meetings after the first),
    `first_kinds` the events whose later ones the rule's own event is (the first PLO meeting, of a rule counted
    from any PLO meeting), `done_kinds` the later ones of the event the rule produces (a review conference, of the
    ICPC: one held says the rule's step was done), and `asked` the content words of the words that ask (which
    child an age is of: "when does he ...") and `asked_events` the events they name.
    """
    if not roles or t.count is Count.UNTIMED:
        return None, 0.0
    is_age = t.count is Count.AGE
    # (A step counted on from what happened, done once: a recording, not a visit that repeats or a report due
    # before a meeting.)
    one_off_forward = t.count not in RECURRING and t.count not in COUNTED_BACK and not is_age
    usable = [
        r
        for r in roles
        if _of_birth(r) == is_age and not is_done(t, r) and r.lead not in done_kinds and not r.aside
    ]
    one_off_with_outcome = t.count not in RECURRING and t.produces is not None
    finished = (
        [r for r in usable if not r.events and _ONLY_FINISHED.fullmatch(r.clause)]
        if one_off_with_outcome
        else []
    )
    if finished:
        # "referral 10/02, completed 30/03": a date told only as finished is a one-off step's end, not its start,
        # and says the step was done from one of the other dates.
        usable = [r for r in usable if r not in finished]
    if t.count not in RECURRING:
        # "a previous referral on 3/10 ... accepted today": an earlier one of the same event is no start for a
        # one-off step (a recurring one counts from it: "my previous visit was 28 April"); nor is one the
        # step was already done for ("a phone call on 21/12 which I have already written up").
        usable = [r for r in usable if not r.earlier]
        not_done = [r for r in usable if not _already_done(t, r)]
        usable = not_done or usable  # "a visit on 21/12 which I have already written up, when was it due?"
    if t.home_visits_only:
        # "seen at school, not at home on 30/11": that visit doesn't count, so the one before it is the last.
        usable = [r for r in usable if r.found.text not in away]
    elif t.count in RECURRING:
        # "looked after visit 02/03, child not seen": no visit, wherever it was.
        usable = [r for r in usable if r.found.text not in no_visit]
    if not usable:
        # "When does my ICPC report need to go out? The conference is on 1st April": the only date is the
        # rule's own outcome, still to come, which is no more its start than another event's date (one held
        # says the step is done: see the step finder).
        own_outcome = any(is_done(t, r) and r.coming and not r.aside for r in roles)
        # "... the first CIN meeting? The review conference was on 2 April": a later one of the step's outcome
        # held says the step was done long ago.
        outcome_long_done = any(r.lead in done_kinds and not r.aside for r in roles)
        return None, -OTHER_EVENT_PENALTY if own_outcome or outcome_long_done else 0.0
    if t.count in COUNTED_BACK and (held := _held_before_the_next(usable)):
        # "last LAC review was 15/12/25 and the next one is on 15/06, my report?": due before the one ahead, of
        # the same meetings, whatever they were read as (not "ICPC was meant to be 02/03 but got cancelled;
        # conference is 30/03", which may be the first or a review one).
        usable = [r for r in usable if r not in held]
    # "Second PLO meeting was 05/05": words that could be several events and say a later one are not the first's.
    own = [r for r in usable if t.start_event in r.events and not _a_later_one(r, later_kinds)]
    # (A day told twice in the same words is one: "a home visit today ... when must today's visit be recorded?")
    own = list(dict.fromkeys(own))
    if t.from_the_first:
        # "We had the strategy discussion on 5 May ... A second strategy meeting was held yesterday": the ICPC
        # counts from the initial one, not from one told as a later one the words that ask do not name again; "another
        # strat 04/12, the first was 27/11" tells the first in no words of its event.
        firsts = [r for r in own if not _told_as_a_later_one(r, asked)]
        if own and not firsts:
            firsts = [r for r in usable if not r.events and _FIRST_SAID.search(r.clause)]
        own = firsts or own
    if len(own) > 1 and not is_age and len(of_child := _of_the_child_asked(own, asked)) == 1:
        # "the older one came into care 02/12/25, the younger one on 22/12/25 ... the younger one's review?", "last
        # CP visit to the older one 04/01, the younger one on 11/01 ... next visit for the older one?"
        own = of_child
    if t.count in RECURRING:
        # "Next visit 27/03 - in time? Last visit 12/02": a visit still to come is none to count the next from.
        own = [r for r in own if not r.coming] or own
    elif t.start_event == _RECORDED and own and all(r.coming for r in own):
        # "Saw the child at home today and there's another visit planned 27/01": nor one to write up, beside a visit
        # that has happened.
        own = [] if any(plainly_also(t, r) and not r.coming for r in usable) else own
    elif (
        t.count not in COUNTED_BACK
        and own
        and all(r.coming and _a_later_one_ahead(r, asked) for r in own)
        and any(r.past and r.lead in first_kinds and plainly_also(t, r) for r in usable)
    ):
        # "Held the initial PLO meeting today ... Next PLO review is 08/07. When should the minutes be sent?": a
        # step counted on from what happened is of the first meeting held, not of the next one of its kind still to
        # come (not "Came into care 01/03. Next placement move is 10/03 - visit after the move?", another event).
        own = []
    elif len(own) > 1 and not any(r.lead == t.start_event and _DATED.search(r.clause) for r in own):
        # (A letter told as dated is the one counted from, below, whatever else is said again of the other date:
        # "hand delivered to mum on 14/08, although it is dated 12/08. Mum says ...".)
        # "a home visit on 22/03 and a school meeting on the 24th. The home visit still isn't recorded": of
        # dates of different things that are all the rule's event, the one whose words the words outside the
        # dates say again the most, when only one does ("home visit 01/07, saw him at school 03/07, when does
        # the school visit need recording?" says both again, once each).
        # Of births, the words that ask say again which child too ("When does the middle one turn 6?"), but "he",
        # "she" and "her" say it by who it is, not by words said again ("her brother's born 10/10/2014. When do I
        # start her pathway plan?" is hers, not his).
        if is_age:
            echoed |= asked
        said_again = echoed - _HE - _SHE if is_age else echoed
        again = [len(said_again & set(terms(fold(r.clause)))) for r in own]
        most = max(again, default=0)
        # Births are of different children ("eldest born 03/05/2015, middle 21/01/2021"), however alike.
        apart = len({r.lead for r in own}) == len(own) or is_age
        if is_age and (of_them := _of_the_one_asked(own, asked)) is not None:
            own = [of_them]
        elif most and again.count(most) == 1 and apart:
            own = [own[again.index(most)]]
        elif one_off_forward and len(marked := _of_an_event_asked(t, own, asked, asked_events)) == 1:
            # "Had a home visit today ... spoke to the school on 20 December. When must the home visit be
            # recorded?": the one date whose words name an event the words that ask name, and the others' don't.
            own = marked
        elif is_age and bool(echoed & _FIRST_BORN) != bool(echoed & _LAST_BORN):
            # "DOBs 30/12/2021 and 05/01/2019, when does the older one turn 12?": the order of the births says which.
            pick = min if echoed & _FIRST_BORN else max
            own = [pick(own, key=lambda r: r.found.day)]
    if len(own) > 1 and t.count not in RECURRING and not t.from_the_first and asked & _THE_LATER_ASKED:
        # "PLO meetings 02/11 and 30/11. When do the minutes from the second one need to go out?": of several days
        # of the step's own event, the words that ask point at the later.
        own = [max(own, key=lambda r: r.found.day)]
    if len(own) == 1 and t.count not in RECURRING and t.start_event in asked_events:
        # "an unannounced visit on 29/05 and spoke to school on the 28th. When does the home visit need to be
        # recorded?": of the rule's own event and a kind of event it is also counted from, the one whose words the
        # words that ask say again, when only that one's do.
        told = [r for r in usable if plainly_also(t, r) and asked & set(terms(fold(r.clause)))]
        if len(told) == 1 and not asked & set(terms(fold(own[0].clause))):
            own = told
    if own:
        # The date whose words name the rule's event first: "posted on 9/11 but it's dated 5/11" is dated 5/11;
        # of two that do, the one it is dated ("signed for the PLO letter on 12/05, the letter is dated 08/05"),
        # the last such where the worker corrects one ("dated 17/04? no sorry dated 27/02") or says which it
        # "actually" was.
        leading = [r for r in own if r.lead == t.start_event]
        # "Strat on 29/12 agreed a S47 ... we initiated the S47 the next day, 30/12": of two days the event is told
        # on, the one told as that event alone, not as another event where it was agreed.
        leading = [r for r in leading if len(r.events) == 1] or leading
        # "ICO granted 13/08 and she became looked after on 14/08": the day told in the event's own words, not the
        # day of what brought it about.
        # A day before the order's is no day it brought about: an earlier accommodation (told as "already", below)
        # or another child's ("his sister was accommodated on 01/12").
        ways = [r for r in leading if r.by_way_of]
        leading = [
            r for r in leading if not r.by_way_of and all(r.found.day >= w.found.day for w in ways)
        ] or leading
        best = next(
            (r for r in reversed(leading) if _DATED.search(r.clause) or _ACTUALLY.search(r.clause)),
            leading[0] if leading else own[0],
        )
        if t.count not in RECURRING:
            already = [r for r in leading if _ALREADY.search(r.clause) and r.found.day < best.found.day]
            best = already[0] if len(already) == 1 else best
            if best.coming and best.by_way_of and t.count not in COUNTED_BACK:
                # "placed on a s20 on 14 April ... an ICO hearing is listed for 25 April": the event, told by the
                # order still ahead that would bring it about, is told too as having happened already; a one-off
                # step counts from that (not "PLO meeting held 01/03; minutes of the review on 29/03?", the minutes
                # of the meeting ahead).
                happened = [
                    r for r in own if r.past and best.lead in r.events and r.found.day < best.found.day
                ]
                best = happened[0] if happened else best
        if t.count in RECURRING and last_of_list:
            # "CP visits 29/10 and 30/11, next one?": of a list of a step that repeats, the last that has happened.
            # "the initial CIN meeting on 20/10 and the first CIN review on 10/11": a later one told in its own
            # words is a later one of the same list.
            alike = [
                r
                for r in own
                if (r is best or (r.lead == best.lead and (r.listed or _NOT_THE_FIRST.search(r.clause))))
                and not r.coming
            ]
            best = max(alike, key=lambda r: r.found.day, default=best)
        return best.found, EVENT_WEIGHT + FIRST_EVENT_WEIGHT * (best.lead == t.start_event)
    # (Of two children's days, the one the words that ask name: "the older one was placed 01/02, the younger one
    # on 03/02. IHA for the younger one?")
    also = _of_the_child_asked([r for r in usable if plainly_also(t, r)], asked, or_all=True)
    wider = _of_the_child_asked([r for r in usable if _wider_event(t, r)], asked, or_all=True)
    if any(r.events for r in usable):
        # "placed 01/12 after mum was admitted to hospital on 29/11": what befell a parent is no step of the work,
        # beside a date that names one.
        usable = [r for r in usable if r.events or not _OF_A_PARENT.match(r.clause)]
    unnamed = [r for r in usable if not r.events]
    # "a child came to us on 01/03 ... next supervising visit? last one was 20/02": of a step that repeats, the
    # dates told only as its last one.
    last_ones = [r for r in unnamed if _THE_LAST_ONE.fullmatch(r.clause)] if t.count in RECURRING else []
    if also:
        found, score = also[0].found, ALSO_EVENT_WEIGHT
        # "moved in with her adopters on 01/03 ... next weekly visit? last one 08/03": the last one, told after the
        # event the visits are also counted from, is the last visit.
        later = [r for r in last_ones if not r.coming and r.found.day > found.day]
        found = later[0].found if len(later) == 1 else found
    elif wider and (t.at_the_earliest or all(r.found.day >= wider[0].found.day for r in unnamed)):
        # A deadline keeps an earlier date that names nothing ("agreed on 28/08, placement made 01/09"); a first
        # day allowed takes the latest wider date ("placed 05/01, moved in with the couple adopting her 02/03"): an
        # earlier one would bring it too soon.
        latest = max(wider, key=lambda r: r.found.day) if t.at_the_earliest else wider[0]
        found, score = latest.found, ALSO_EVENT_WEIGHT
    elif unnamed and _only_ahead_beside_others(t, unnamed, usable):
        # "placed today with the Strategic Lead's permission for a variation. Mum's family time is on 10 April":
        # a step counted on from what happened doesn't start on a day still ahead that names nothing, when
        # another event is dated.
        found, score = next(r for r in usable if r not in unnamed).found, -OTHER_EVENT_PENALTY
    elif (
        unnamed
        and t.count not in RECURRING
        and t.produces in asked_events
        and t.start_event not in asked_events
        and all(_THE_LAST_ONE.fullmatch(r.clause) for r in usable)
    ):
        # "whens the next core group due, last one was 20/4/26": the last one of what the step asked about makes,
        # which a one-off step (the first core group) has made already; the worker is asked for the date it counts
        # from. Not "How old can the assessment be? last one was 1 Oct", the last one of what the step counts from.
        return None, 0.0
    elif (
        unnamed
        and t.start_event == LOOKED_AFTER_EVENT
        and all(_IT_STARTED.fullmatch(r.clause) for r in usable)
    ):
        # "when does my assessment need finishing, started it on 16th feb": the day a piece of work began is no
        # day a child came into care (the assessment after an emergency admission counts from that); the worker is
        # asked for it.
        return None, 0.0
    elif unnamed:
        if t.count in COUNTED_BACK:
            # "finished on 10 August ... they'll take it from 22 August, email them by?": a step counted back is
            # counted from a day still to come, and of days the words don't name, the latest (the meeting or
            # transfer comes after the work told of before it).
            unnamed = sorted(unnamed, key=lambda r: (not r.coming, -r.found.day.toordinal()))
        # "my TL read over my assessment on 10/03, it started 01/03": of dates that name nothing, the one whose
        # words say only that "it" started, of a step counted from a start, when just one does.
        begun = (
            [r for r in unnamed if _IT_STARTED.fullmatch(r.clause)]
            if t.start_event.endswith("-start")
            else []
        )
        # ... and the last one of a step that repeats, when just one date is told as that.
        found, score = (
            (begun[0] if len(begun) == 1 else last_ones[0] if len(last_ones) == 1 else unnamed[0]).found,
            0.0,
        )
    elif t.at_the_earliest and t.else_from and not finished:
        # "placement order made 3 March, when can the adopters apply?": a first day allowed, of a rule that says
        # which wider events may stand for its own, is counted from no other event's date (it would come too
        # early); the worker is asked for the date.
        return None, 0.0
    elif _a_later_one(usable[0], later_kinds):
        # "Second PLO meeting 05/05, viability request due?", "review conference 12/05, first core group?": only a
        # later one of the rule's own event is dated, which would bring the step weeks too late; the worker is
        # asked for the first one's date.
        return None, 0.0
    else:
        found = _of_the_child_asked(usable, asked, or_all=True)[0].found
        score = 0.0 if finished else -OTHER_EVENT_PENALTY
    if head is not None and t.count in RECURRING:
        # "family time was set up when she came into care on 3/2 and reviewed on 30/3": the verb alone
        # ("reviewed", not the noun of "LAC review 20/10") names the last one of a recurring step, and the
        # last one is the latest that has happened. Which date, not how surely the rule is meant: the
        # score stays what the other dates give.
        echoes = [r for r in usable if not r.coming and _done_verb(head, r.clause, subjects)]
        if echoes:
            found = max(echoes, key=lambda r: r.found.day).found
    return found, score


def _wider_event(t: Timescale, role: DateRole) -> bool:
    """The date's words lead with a wider event the rule counts from when its own is not told, and say of it no
    word of another kind ("placed with them on 22/12", not "placed in foster care on 5/1")."""
    if role.lead not in t.else_from:
        return False
    words = f" {fold(role.clause)} "
    return not any(f" {w} " in words for w in t.else_not)


def _only_ahead_beside_others(t: Timescale, unnamed: Sequence[DateRole], usable: Sequence[DateRole]) -> bool:
    """Every date that names nothing is still ahead, the step is a one-off counted on from an event, and
    another date names an event."""
    if t.count in COUNTED_BACK or t.count in RECURRING or t.count is Count.AGE:
        return False
    return all(r.coming for r in unnamed) and any(r not in unnamed for r in usable)


# Words that may come before the verb of a clause whose subject is the step the question asks about ("it
# was last reviewed", "and reviewed again"): "care plan reviewed" has a subject of its own.
_NO_SUBJECT = frozenset(
    {"it", "was", "were", "is", "has", "had", "been", "last", "and", "then", "also", "again"}
    | {
        "i",
        "we",
        "he",
        "she",
        "they",
        "iro",
        "sw",
        "tl",
        "worker",
        "manager",
        "chair",
        "the",
        "team",
        "my",
        "our",
    }
)


def _done_verb(head: str, clause: str, subjects: frozenset[str] = frozenset()) -> bool:
    """The clause's verb is the head word, happened, and has no subject of its own: "reviewed on 30/3",
    "it was last reviewed yesterday", not "care plan reviewed 20/10" nor the noun of "LAC review". Or its
    subject is the step's own ("family time with mum was last reviewed on 17/03"): the words of its names,
    then whoever it is "with"."""
    words = fold(clause).split()
    verb = next((i for i, w in enumerate(words) if w.endswith("ed") and phrase_stem(w) == head), None)
    if verb is None:
        return False
    before = words[:verb]
    own = [i for i, w in enumerate(before) if phrase_stem(w) in subjects]
    # Whoever it is with, after the step's own words ("family time with mum at the contact centre").
    with_at = next((i for i, w in enumerate(before) if w == "with" and own and own[0] < i), len(before))
    return all(w in _NO_SUBJECT or i in own or i >= with_at for i, w in enumerate(before))


# Words that say a visit may not count ("no access", "cancelled", "not seen"): a list of visits is then counted
# from its first date. That may be early, never late: a last visit that did not count would put the next one
# weeks too far off.
NOT_COUNTED = re.compile(
    r"\b(?:no access|cancel+ed|not seen|(?:was ?n'?t|wasnt|not|never) (?:seen|home|at home)|didn'?t see|did not see"
    r"|at school|at nursery|contact centre|doesn'?t count|does not count|didn'?t count|did not count|not count)\b",
    re.I,
)
# A visit that didn't happen, or not in person: said of a date, that date is no visit ("02/01 no answer").
NOT_A_VISIT = re.compile(
    r"\b(?:no answer|(?:didn'?t|did not) answer the door|(?:no ?one|nobody) (?:home|in|answered)"
    # The child not seen at all: "(child not seen)", "visit 02/03 not seen", "didn't see the child"; not "dad not
    # seen", "he wasn't seen" (who?), "not seen alone" or "not seen at home" (seen, or seen elsewhere), "not seen
    # since 02/01" (that one was).
    r"|(?:(?<!other )(?<!older )(?<!younger )(?<!eldest )(?:child|baby|yp|visit)\s+|(?<=\())"
    r"(?:(?:was|were) not|was ?n'?t|wasnt|were ?n'?t|not) seen"
    r"(?!\s+(?:alone|since|by|together|with|on (?:her|his|their|my) own|in the home|at (?:the )?(?:home|placement|carers)))"
    r"|(?:didn'?t|did not) see (?:the )?(?:child|baby)(?=\s*(?:$|[,.;:()-]|as\b|because\b|today\b|\d))"
    # "the child was at nursery so I only saw mum": a parent seen, not the child.
    r"|only (?:saw|seen|spoke (?:to|with)|met(?: with)?) (?:the )?(?:mum|dad|mother|father|parents?|carers?|nan|grandma"
    r"|grandparents?|step-?(?:dad|mum)|adults)\b(?!\s*(?:and|with|&|\+))"
    r"|refused (?:entry|access)|no access|on teams|virtual(?:ly)?(?! school)|video call|in hospital"
    r"|attempted (?:a |the )?visit|visit attempted|attempted to visit|failed visit)\b",
    re.I,
)
# A visit called off, said of a date: "mum cancelled the home visit on 13/08", "visit 13/08 cancelled", "the
# visit on 12/05 was called off"; not "nearly cancelled ... but went ahead".
CANCELLED = re.compile(
    r"\b(?<!nearly )(?<!almost )(?:cancel(?:l?ed)?|called off|postponed) (?:the |my |our |a |that )?(?:[\w-]+ ){0,2}visit"
    r"|\bvisit\b[^.;!?]{0,25}?\b(?:(?<!nearly )(?<!almost )cancel+ed|called off|postponed)\b",
    re.I,
)


_SENTENCE_BREAK = re.compile(r"[.;!?]\s")  # the end of a sentence in `unvisited` (not the dots of 05.01)


def unvisited(text: str, roles: Sequence[DateRole]) -> tuple[frozenset[str], frozenset[str]]:
    """Dates whose sentence says the child was seen away from home ("30/11, seen at school, not at home"), or
    not seen at all ("02/01 no answer", "04/12 refused entry", "child not seen"): no visit to count the next
    from. Both kinds first, then the second alone: no visit of any kind (a looked after visit counts only if the
    child is seen, wherever)."""
    away: set[str] = set()
    unseen: set[str] = set()
    home: set[str] = set()
    placed = sorted(((locate(text, r.found.text), r) for r in roles), key=lambda pair: pair[0])
    found = [r.found for r in roles]
    ends: list[tuple[int, DateRole | None]] = [*placed[1:], (len(text), None)]
    previous_end = 0
    for (start, role), (next_start, next_role) in zip(placed, ends[: len(placed)], strict=True):
        if start < 0:
            continue
        # "I visited mum and the kids at the family centre on 30/11": the words of its sentence before the date,
        # since the one before it, even those its clause leaves off at an "and".
        led_by = _SENTENCE_BREAK.split(text[previous_end:start])[-1]
        previous_end = start + len(role.found.text)
        after = text[start + len(role.found.text) : next_start]
        if next_role is not None and next_role.clause and next_role.clause in after:
            # "home on 26/11, seen at school 10 Dec": "seen at school" is the words of 10 Dec.
            after = after[: after.rfind(next_role.clause)]
        elif next_role is not None:
            # "a home visit on Christmas Eve and saw him at school on 8 January": the words that lead up to the
            # next date are its own, however its clause goes on after it.
            next_words = clause_of(text, next_role.found, found)[1]
            after = text[start + len(role.found.text) : max(next_words, start + len(role.found.text))]
        sentence = _SENTENCE_BREAK.split(after, maxsplit=1)[0]
        words = f"{role.clause} {sentence}"
        if NOT_A_VISIT.search(words) or CANCELLED.search(words):
            unseen.add(role.found.text)
        elif NOT_AT_HOME.search(words) or NOT_AT_HOME.search(f"{led_by} {sentence}"):
            away.add(role.found.text)
        elif _HOME.search(words):
            home.add(role.found.text)
    # "Visited at school 26/11/26 then at home later on 26/11/26": a day told again as a visit at home was one.
    away -= home
    return frozenset(away | unseen), frozenset(unseen)


def seen_away_from_home(text: str, roles: Sequence[DateRole]) -> frozenset[str]:
    """Dates seen away from home or not seen at all (see unvisited)."""
    return unvisited(text, roles)[0]


MAX_ASSUMED_GAP_DAYS = 183  # two dates without their years, checked one against the other only this near
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_MONTH_NAMES = "|".join(name for name in MONTHS if len(name) == 3)  # "the Feb(ruary) visit"
# Which of a list of visits a check points at: "the last gap", "the second one", "visit 3", "the one before
# last", "the Feb visit"; and words that ask of them all, or of today, which no one pair answers.
_LAST_ONE = re.compile(r"\b(?:last|latest|most recent|final) (?:gap|one|visit|interval)s?\b")
_NTH = re.compile(
    r"\b(?:(?P<nth>" + "|".join(_ORDINALS) + r") (?P<what>gap|interval|one|visit)s?\b|visit (?P<k>[1-4])\b"
    r"|(?P<penult>penultimate|second to last|one before (?:the )?last|last but one))"
)
_MONTH_VISIT = re.compile(r"\bthe (?P<month>" + _MONTH_NAMES + r")[a-z]* (?:visit|one)\b")
_NO_ONE_PAIR = re.compile(r"\b(?:all|any|both|every|each|now|currently|still|overdue|yet|today)\b")


def checked_pair(
    visits: Sequence[DateRole], dated: Sequence[DateRole], folded: str
) -> tuple[FoundDate, FoundDate] | None:
    """The visit a compliance check of a list of a recurring step's dates (`visits`, of all the question's
    countable `dated` ones) is of, and the one before it to count from: "statutory visits 15/12 and 28/01 -
    was the second one in timescale?", "CP visits: 02/04, 28/04, 29/05 - was the last gap within the
    standard?". None (and the question is read as before) when the words point at none of them, ask of them
    all or of today ("were all of them in time?", "is she overdue now?"), a date ahead is told ("next one
    booked 29/05 - is that in time?" asks of it), or another date comes after the one checked (a list a note
    in brackets broke off), but for dates of another event named outright ("first review 06/05")."""
    # Dates of another event named outright ("first LAC review 06/05") say nothing of the list, before or after it.
    unclear = [r for r in dated if r not in visits and r.lead is None]
    if _NO_ONE_PAIR.search(folded) or any(r.coming for r in [*visits, *unclear]):
        return None
    past = sorted(visits, key=lambda r: r.found.day)
    at = _pointed_at(past, folded)
    if at is None or not 1 <= at < len(past):
        return None
    begin, outcome = past[at - 1], past[at]
    if any(r.found.day > outcome.found.day or not r.events for r in unclear):
        return None  # a date after it, or one whose words say nothing ("I'm planning 27/05"): no telling
    gap = (outcome.found.day - begin.found.day).days
    if gap <= 0 or ((begin.found.year_assumed or outcome.found.year_assumed) and gap > MAX_ASSUMED_GAP_DAYS):
        return None
    return begin.found, outcome.found


def _pointed_at(visits: Sequence[DateRole], folded: str) -> int | None:
    """The index in `visits` (in date order) of the visit checked; None when the words don't say."""
    nth = _NTH.search(folded)
    if nth is not None:
        if nth["penult"]:
            return len(visits) - 2
        n = _ORDINALS[nth["nth"]] if nth["nth"] else int(nth["k"])
        return n if nth["what"] in ("gap", "interval") else n - 1  # the first gap ends at the second visit
    month = _MONTH_VISIT.search(folded)
    if month is not None:
        number = MONTHS[month["month"]]
        inside = [i for i, r in enumerate(visits) if r.found.day.month == number]
        return inside[0] if len(inside) == 1 else None
    if _LAST_ONE.search(folded) or len(visits) == 2:
        return len(visits) - 1
    return None


def phase(t: Timescale, said: Sequence[Said]) -> int:
    """+1 when the question says the rule's phase holds ("first review was 10/2"), -1 when it does not. Of
    words that tell of both its events, the end's ("had his first review since coming into care": over)."""
    for events, happened, ahead in said:
        for event, holds_after in ((t.before_event, -1), (t.after_event, 1)):
            if event is not None and event in events and (happened or ahead):
                return holds_after if happened else -holds_after
    return 0


# "LAC child's ...", "CiC's ...": the start, told as who the outcome was of.
_OF_THE_START = re.compile(
    r"(?:the |a |my |our |this )?(?:lac|cic|looked after|child in care)(?: child| kid| young person)?['’]s\b",
    re.I,
)


def outcome_dated(
    t: Timescale, roles: Sequence[DateRole], own: DateRole, *, ahead_of: date | None = None
) -> bool:
    """Another date of the question is of the event this rule's due date is (its outcome); with `ahead_of`,
    one still to come after that day."""
    return t.produces is not None and any(
        r is not own
        and r.lead == t.produces
        and r.found.day >= own.found.day  # "Legal Gateway 25/11, PLO letter dated 01/12": an earlier one's
        and (ahead_of is None or r.coming or r.found.day > ahead_of)
        for r in roles
    )


def is_done(t: Timescale, role: DateRole) -> bool:
    """The date's words tell the rule's outcome as the main event: the step was done that day. Not when they tell
    its start too ("first core grp after icpc on 22nd dec"), unless only as what the outcome was of ("LAC
    child's PEP meeting took place 21/09": the PEP held, of a child in care)."""
    of_the_start = _OF_THE_START.match(role.clause) is not None
    named = role.lead == t.produces and (t.start_event not in role.events or of_the_start)
    return t.produces is not None and t.produces != t.start_event and named


def upstream(leads_to: set[tuple[str, str]]) -> dict[str, set[str]]:
    """For each event, every event that follows from it through the rules' `produces` (strat -> ICPC -> core group)."""
    follows: dict[str, set[str]] = {}
    for start, produced in leads_to:
        follows.setdefault(start, set()).add(produced)
    closed: dict[str, set[str]] = {}
    for event in follows:
        seen: set[str] = set()
        todo = [event]
        while todo:
            for nxt in follows.get(todo.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        closed[event] = seen
    return closed
