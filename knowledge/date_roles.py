"""The role of each date in a deadline question: which event it is the date of.

"Review conference on 16/03/2026 ended the CP plan, when's the first CIN meeting?" has one date and two
events around it; "first review booked for 6 Jan, last visit 18/12" has two dates, one a meeting ahead
and one the last visit to count from. A date belongs to the words of its own clause (up to a comma, a
"when", a question mark), before it and just after it. Those words, matched against the events' names
in the pack, say what the date is: an event that happened, a meeting to count back from, a date of
birth, the last visit, the end of an approval.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from calculators.chatdates import FoundDate, locate, read_ahead, times_told
from knowledge.records import Event
from knowledge.text import fold, phrase_stem

CLAUSE_WORDS = 12  # words of a clause, either side of its date, that can name the date's event
BIRTH_EVENT = "date-of-birth"
LOOKED_AFTER_EVENT = "looked-after"
# "turns 15 on 20 December 2025": a birthday of a stated age, so the date of birth is N years before.
_TURNS = re.compile(r"\bturn(?:s|ed|ing)?\s+(?P<age>\d{1,2})\s+on\b", re.I)
# A clause ends at punctuation (not the colon of "4:30pm"), a dash, or a word that starts another clause.
_PAST = re.compile(
    r"\b(?:was|were|held|happened|took place|done|went|had|came|started|began|commenced|ended|finished|been and gone)\b",
    re.I,
)
# "past the first LAC review", "post-ILAC", "since the ICPC": after it, so it has happened, unless its date is
# still ahead ("ILAC 17/12 post placement", asked on 10/12).
_AFTER_IT = re.compile(r"\b(?:past|post|since)\b", re.I)
# "the first review isn't until 15 June": a date told as ahead.
# ... or in chat, "first review not till jan" (not "was not until 30/10", which has been).
NOT_UNTIL = r"(?:is ?n'?t|is not|'?s not|are ?n'?t|are not|(?<!was )(?<!were )not) (?:until|till|til)"
_COMING = re.compile(
    # (not "since coming into care", "after coming into care": that has happened)
    r"\b(?:booked|(?<!de-)(?<!de )planned|scheduled|will|is on|(?<!since )(?<!after )coming"
    r"|upcoming|next|due|arranged"
    r"|not yet|not had|not been|not happened|not held|b4|before|pending|yet to|awaiting|waiting (?:for|on)|pre(?=[ -](?:the )?(?:first|1st|initial))"
    r"|" + NOT_UNTIL + r")\b",
    re.I,
)


# "what's our next step after the ICPC on 12/03?": a next step asked for says nothing of the event's tense.
_NEXT_ASKED = re.compile(r"\bnext (?:steps?|things?|deadlines?|timescales?|actions?)\b", re.I)


# Said of a step with no date of its own: "the first review hasn't happened yet", "no LAC rev yet". Not of a
# dated clause, where the words may be of something else ("first review 24/11 hasn't had its minutes").
_NOT_YET = re.compile(
    r"\b(?:(?:hasn'?t|haven'?t|has not|have not) (?:happened|been|had|taken place)|no (?:[\w-]+ ){1,3}yet)\b",
    re.I,
)


def tense(words: str, *, dated: bool = True) -> tuple[bool, bool]:
    """(happened, ahead): "review was held" has happened; "review booked", "not yet held", "b4" is ahead; and
    of words with no date, "hasn't happened yet"."""
    ahead = bool(_COMING.search(_NEXT_ASKED.sub(" ", words))) or (not dated and bool(_NOT_YET.search(words)))
    return bool(_PAST.search(words) or _AFTER_IT.search(words)) and not ahead, ahead


NEARER_AHEAD = timedelta(days=31)  # how far ahead a date without its year may be read as still to come


def still_to_come(role: DateRole, text: str, today: date | None) -> FoundDate | None:
    """The date as read still to come, or None when it is read as gone by. Its words may say so ("booked for
    3/12"); else a date whose words don't say it happened is still to come when nearer ahead of today than behind:
    "first LAC review on 28/04", asked on 9/04 (weekly visits, not six-weekly); "ICPC on 20/03, what's my next
    deadline?", asked on 10/03, is this month's ICPC, and "... after the ICPC on 12/03", asked on 13/03,
    yesterday's."""
    if role.coming:
        return role.found if today is None else read_ahead(role.found, text, today)
    if today is None or role.past:
        return None
    if role.found.day > today:
        return role.found
    if role.found.relative:
        return None  # "placed Thursday", asked on Tuesday: last Thursday, as the words are read
    # Only a month or so ahead: "placed 20/08" or "strat 15/08", asked in March, was last August.
    ahead = read_ahead(role.found, text, today)
    gap = ahead.day - today
    return ahead if timedelta(0) < gap <= NEARER_AHEAD and gap < today - role.found.day else None


def only_after_it(words: str) -> bool:
    """The words say the event has happened only by "post", "since" or "past" something: a date still ahead
    is of an event ahead ("ILAC 17/12 post placement")."""
    return _PAST.search(words) is None and _AFTER_IT.search(words) is not None


# Words that ask for a date ("when", "due", "deadline", "how long", "next", "by?" at the end): the one
# test of whether a question wants a date counted.
ASKS_FOR_A_DATE = re.compile(
    r"\b(?:when|whens|wen|whn|at what (?:point|stage)|due|deadlines?|dedlines?|dealines?|deadines?|dates?|how long|how soon|how quickly|latest|earliest|next"
    r"|(?<!not )(?<!n't )(?<!isnt )(?<!arent )until"  # "isn't until February" tells a date, it doesn't ask
    r"|how far (?:does|do|will|would|can|could) (?:it|that|this|they|the \w+) (?:run|go|last|extend)"
    r"|timescales?|within|by when|last (?:possible )?day (?:for|to|by|that|the|it|we|i|they|on which)|can it wait|longest|cut[- ]?offs?)\b|\bby\s*\?|\bby\s*$"
    # "temp approval from today - expires?": the end of something, asked with a question mark.
    r"|\b(?:expires?|expiry|ends?|runs? out|lapses?)\s*\?",
    re.I,
)
# ... and a clause that asks: one of those, a question mark, or "by" anywhere ("core grp by?").
ASKING = re.compile(ASKS_FOR_A_DATE.pattern + r"|\?|\bby\b", re.I)
# A date that is the worker's leave or a school term, not an event of the case: "I'm off from the 22nd
# until 2 Jan", "school back 19 April".
_NOT_STARTED = r"(?<!kicked )(?<!kicks )(?<!set )(?<!started )"  # "it kicked off on 21/12" began then
_ASIDE = re.compile(
    # "off from", "signed off until", "went off on" are leave; "it kicked off on 21/12" and "the assessment was
    # signed off on 3/12" ("manager signed it off on 2 April") are events.
    r"\b(?:" + _NOT_STARTED + r"off (?:from|until|till|between)"
    r"|" + _NOT_STARTED + r"(?<!signed )(?<!signed it )(?<!signed this )off on"
    r"|i'?m off|i am off|on (?:annual )?leave|annual leave|on holiday"
    r"|(?:i'?m|i am|i was|i've been|i have been) signed off|signed me off"  # the worker's sick note
    r"|i'?m back|i am back|back at work|back in work|back on duty|school (?:is )?back|back at school|school starts"
    r"|term (?:starts|ends)"
    # (not "referred on Friday 28 May just before half term": the day of an event, told against the holiday)
    r"|(?<!before )(?<!after )(?<!ahead of )half term)\b",
    re.I,
)
# "doing an audit today": when the worker checks the file, not an event of the case (unless the words name one:
# "came into care on 16/11, during the audit period").
_AUDIT = re.compile(r"\b(?:(?:doing|for) (?:an? |the |my )?(?:file )?audit|auditing)\b", re.I)
_BORN_JUST_BEFORE = re.compile(r"\b(?:born|dob|d\.o\.b\.?|date of birth)(?: on)?[\s:(]*$", re.I)
_MOVED_FROM = re.compile(
    r"(?<!not )(?<!n't )(?<!never )(?<!not been )(?<!n't been )"  # "wasn't moved from", "hasn't been moved from"
    r"\b(?:(?P<moved>moved|changed)|rearranged|postponed|put back|pushed back|brought forward|re-?scheduled"
    r"|re-?booked|adjourned|delayed)\s+(?:\w+\s+){0,2}from\s+(?:the\s+)?$",
    re.I,
)
# ... and, for "moved"/"changed" (which a child or a plan may be too), the date it was moved to, written next:
# "moved from 16/12 to 02/01", "moved from 10/12 - now on 17/12".
_MOVED_TO = re.compile(
    r"\s*(?:to|till|until|[-–,]?\s*(?:and\s+)?(?:is\s+|it'?s\s+)?now(?:\s+on)?)\s+(?:the\s+)?$", re.I
)
_TO = re.compile(r"\s*(?:to|now)\b", re.I)
# "CIN review 01/12 rearranged to 15/12", "ICPC 12/02 then moved to 19/02", "booked for 29/03 (Easter Monday) so
# it's been moved to 30/03", "adjourned until", "reconvened for":
# the words between a date and the one it was moved to.
_MOVED_ON_TO = re.compile(
    r"\s*(?:\([^()]*\))?\s*[,;]?\s*(?:(?:then|but|and|but then|and then|so)\s+)?"
    r"(?:(?:it\s+|it'?s\s+)?(?:was|has been|been|is|got)\s+)?"
    r"(?:(?:moved|rearranged|postponed|put back|pushed back|brought forward|changed|re-?scheduled|re-?booked"
    r"|adjourned)\s+(?:\w+\s+)?(?:to|until|till)"
    r"|reconvened\s+(?:for|on))\s+(?:the\s+)?$",  # "ICPC adjourned on 02/03 and reconvened for 30/03"
    re.I,
)
_ADJOURNED = re.compile(r"\b(?:adjourned|reconvened)\b", re.I)
# Events whose timescales count from the first sitting, however often it is adjourned.
_FIRST_SITTING_COUNTS = frozenset({"strategy-discussion"})
ADJOURNED_REACH = 40  # characters before the first date where the event adjourned is named
# "was meant to be tomorrow but the chair has moved it to 08/01": a date, then the one the same event was moved
# to, with words between that name no other event ("ICPC 3/3, core group moved to 12/3" is two events), when
# the first date's words say it was only planned ("strat 30/11, TL moved it to 03/12" may have moved a visit).
_PLANNED_FOR = re.compile(
    r"\b(?:meant to be|supposed to be|going to be|due to be|booked|planned|scheduled|arranged|set for|set up for"
    r"|pencilled in)(?:\s+(?:in|on|for))?\s*$",
    re.I,
)
_MOVED_IT_TO = re.compile(
    r"(?P<gap>[^.?!]{0,60}?)\b(?:moved|rearranged|postponed|put back|pushed back|brought forward|changed"
    r"|re-?scheduled|re-?booked)\s+(?:it|them)\s+(?:to|till|until|for)\s+(?:the\s+)?$",
    re.I,
)
# "conference was moved to 13/01": a meeting put to another day, not a child moved to a placement.
MEETING_MOVED = r"(?:meeting|mtg|icpc|conference|conf|review|core group|cg) (?:was |has been |been )?moved to"
_MEETING_MOVED = re.compile(rf"\b{MEETING_MOVED}\b", re.I)
_PLACEMENT = "placement"
# A visit told at the placement, not the placement begun: "I visited him in his new placement", "seen her at her
# new placement".
_SEEN_AT_PLACEMENT = re.compile(
    r"\b(?:visited|visit|seen|saw|see)\b(?: \w+){0,3} (?:in|at) (?:his|her|their|the) (?:new )?placement\b",
    re.I,
)
# Where a clause of a question ends: punctuation (not the colon of "4:30pm") or a dash between words.
CLAUSE_END = re.compile(r"[,;:.!]|\s[-–—]\s")
_UNTIL = re.compile(r"\s*(?:until|till|to)\b")
# "held the next day" tells when; it asks for nothing.
_NEXT_DAY = re.compile(r"\b(?:the )?next (?:day|morning|afternoon|evening|week)\b", re.I)
# ("came into care but separately on 04/12": a "but" that only says how is no break.)
_BREAKS = (
    r"[,;?!()\[\]]|(?<!\d):|\s[-–—]\s|\.\s"
    r"|\b(?:then|so|but(?!\s+(?:separately|elsewhere)\b)|when|what|whens|if|because)\b"
)
# (Not the "and" of "Child and Family Assessment", "C and F".)
_CLAUSE_BREAK = re.compile(_BREAKS + r"|(?<!child )(?<!\bc )\band\b", re.I)
_BREAK_BUT_AND = re.compile(_BREAKS, re.I)
# A date's own words, after a comma, that say only that something began ("..., started 24/03/27"; not "..., on
# 12/03/24", which may be a later day of another thing: "Their DBS was done later, on 12/03/24").
_ONLY_STARTED = re.compile(
    r",\s*(?:(?:it|which|that|this)\s+)?(?:(?:was|has|had)\s+)?(?:started|began|begun|commenced)(?:\s+on)?\s*$",
    re.I,
)
# ... and what the words before that comma may be: a deed told ("has formally escalated"), or a run of things.
_TELLS_A_DEED = re.compile(r"\b(?:has|have|had|was|were|\w+ed)\b", re.I)
_A_RUN = re.compile(r"\b(?:visits|groups|reviews|meetings|sessions|contacts)\b", re.I)
# A clause opening on a verb with no subject of its own ("was placed"), after an "and" that ends the words before.
_NO_SUBJECT_OF_ITS_OWN = re.compile(r"\s*(?:was|were|got)\b", re.I)
_AND_BEFORE = re.compile(r"\band\s*$", re.I)
# A decision told straight after a date set off by a comma, a bracket or an "and": ", and (then) decided ...", ") my
# manager decided": by a manager, or "and (she's) decided" with the subject the date's own words gave ("my manager
# reviewed it today, 25/03/27, and decided"; "I discussed it with my TL this morning and she's made the decision
# that we need a strategy discussion"). Not "the meeting ... yesterday (18 Aug) and agreed to go to conference" (the
# meeting's own agreement), "the group agreed weekly visits", nor a decision "to" or "not to" do something else.
_DECISION = r"(?:decided|made\s+the\s+decision)"
_MANAGER = r"(?:(?:my|the|our|a)\s+)?(?:\w+\s+){0,2}?(?:manager|team\s+leader|tl|tm|sm|head\s+of\s+service)"
_A_MANAGER = re.compile(rf"\b{_MANAGER}\b", re.I)
_DECIDED_AFTER = re.compile(
    r"\s*(?:[,)]\s*(?:(?:and\s+)?then\s+|and\s+)?|(?P<bare>and\s+(?:then\s+)?))"
    rf"(?P<what>(?:(?<=and\s)|(?<=then\s))(?:(?:she|he|they)(?:'s|'ve|\s+has|\s+have)?\s+)?{_DECISION}"
    rf"|{_MANAGER}\s+(?:agreed|{_DECISION}))\b(?!\s+(?:to|not)\b)",
    re.I,
)


@dataclass(frozen=True)
class DateRole:
    """A date of the question, the words it belongs to, and the events those words name (longest first)."""

    found: FoundDate
    clause: str
    events: tuple[str, ...]
    lead: str | None = None  # the event named most fully, when one is (not a tie)
    past: bool = False  # its words say the event has happened ("was", "held"), not that it is coming
    coming: bool = False  # its words say the event is ahead ("booked", "planned")
    aside: bool = False  # the worker's leave or a school term, or a date moved from: never one to count from
    earlier: bool = False  # an earlier one of its event ("a previous referral on 3/10"), not the current one
    moved: bool = False  # the event was moved from this date ("moved from 16/12 to 02/01")
    moved_to: bool = False  # the date the event before it was moved to ("moved it to 17/12")
    listed: bool = False  # written straight after another date of the same event, with no words of its own
    by_way_of: bool = False  # its words tell its event only by what brought it about ("ICO granted")


# Short forms workers type, read as the words names are written in ("1st rev" is "first review").
_SHORT_FORMS = {
    "1st": "first",
    "seeing": "see",  # "the child needs seeing" is the child to be seen, "seeing the child" to see them
    "seen": "see",
    "2nd": "second",
    "3rd": "third",
    "4th": "fourth",
    "rev": "review",
    "rv": "review",  # "1st lac rv by?"
    "rvw": "review",
    "revd": "reviewed",  # "FT arrangements last rev'd"
    "rvwd": "reviewed",
    "mtg": "meeting",
    "mtgs": "meetings",
    "plmt": "placement",  # "plmt move 24/12"
    "plcmt": "placement",
    "wkly": "weekly",
    "conf": "conference",
    "emerg": "emergency",
    "w": "with",
    "yearly": "annual",
    "kid": "child",
    "kids": "children",
    "kiddies": "children",
    "lawyer": "solicitor",  # "the parents and their lawyers" are their solicitors
    "lawyers": "solicitors",
}


def stemmed(text: str) -> str:
    """Folded and stemmed, so that "visited" meets "visit", "reviews" meets "review" and "1st" meets "first"."""
    return " ".join(phrase_stem(_SHORT_FORMS.get(w, w)) for w in fold(text).split())


_EARLIER_WORDS = ("previous", "former", "earlier", "prior")
# ... and "older" only straight before the name: "an older referral closed 10/10", not "older brother DOB".
_OLDER = "older"
# Words after "previous" that tell no earlier event: a time ("the previous day, 08/03", "the previous week
# strat"), a person before ("the previous worker updated the case summary"), or "prior to" (before this one).
_NOT_AN_EARLIER_ONE = (
    "to|today|this|the|on|in|that|same|last|yesterday|my|days?|evenings?|nights?|mornings?|afternoons?|weeks?"
    "|weekends?|fortnights?|months?|years?|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    "|worker|social|sw|manager|tl|team|carers?|foster|iro|chair|school|partner"
)
_NOT_EARLIER_WORD = re.compile(rf"(?:{_NOT_AN_EARLIER_ONE})", re.I)
# A clause that starts by telling of an earlier one ("Previous S47 on this family closed on").
_EARLIER_ONE_TOLD = re.compile(
    rf"\W*(?:(?:a|an|the|our|her|his|their)\s+)?(?:{'|'.join(_EARLIER_WORDS)})\s+(?!(?:{_NOT_AN_EARLIER_ONE})\b)\w",
    re.I,
)
# "... ends 13/04": the words a date ends with that say it is the end of what they name.
_ENDS_HERE = re.compile(
    r"\b(?P<verb>ends?|ended|expires?|expired|runs? out|ran out|lapses?|lapsed)\s*(?:on\s*)?$", re.I
)
# Words that may come inside the name of an end the date ends with ("approval for the kids' nan and her husband ends").
ENDED_NAME_GAP = 12
EVENT_NAME_GAP = 1  # an event's name may have a word inside it ("temporary approval period ends")
MAX_PHRASE_WORDS = 8  # names longer than this are not looked for


def phrase_set(phrases: Iterable[str]) -> frozenset[str]:
    """Names as stemmed phrases, to be looked up among a text's word sequences."""
    return frozenset(stemmed(p) for p in phrases) - {""}


def word_runs(words: str) -> dict[str, list[tuple[int, int]]]:
    """Every run of up to MAX_PHRASE_WORDS words of stemmed text, with where it is (word positions).

    Built once per text; each name is then one set lookup, with no regular expression per rule.
    """
    tokens = words.split()
    runs: dict[str, list[tuple[int, int]]] = {}
    for i in range(len(tokens)):
        for j in range(i + 1, min(i + MAX_PHRASE_WORDS, len(tokens)) + 1):
            runs.setdefault(" ".join(tokens[i:j]), []).append((i, j))
    return runs


_NEGATIONS = frozenset(
    phrase_stem(w)
    for w in ("not", "no", "never", "yet", "b4", "before", "hasnt", "havent", "isnt", "pending")
)


_DENIED = frozenset(phrase_stem(w) for w in ("not", "doesnt", "dont", "didnt", "never"))
_UNTIL_WORDS = frozenset(phrase_stem(w) for w in ("until", "till", "til"))


def loose_spans(words: str, phrases: Iterable[str], *, max_gap: int = 3) -> dict[str, tuple[int, int]]:
    """Phrases of two or more words found in order with a few words between them, and where (word positions).

    "first LAC review since placement not yet held" states "review not yet held", and "temporary
    approval period ends" names "temporary approval ends": workers rarely word things exactly as a name is.
    """
    tokens = words.split()
    negated = [t in _NEGATIONS for t in tokens]
    where: dict[str, list[int]] = {}
    for i, token in enumerate(tokens):
        where.setdefault(token, []).append(i)
    found: dict[str, tuple[int, int]] = {}
    for phrase in phrases:
        parts = phrase.split()
        if len(parts) < 2 or parts[0] not in where:
            continue
        for start in where[parts[0]]:
            at, gap = start, 0
            for part in parts[1:]:
                at_next = next((i for i in where.get(part, ()) if i > at), None)
                if at_next is None or gap + at_next - at - 1 > max_gap or any(negated[at + 1 : at_next]):
                    break  # too far apart, or a "not" between them: "review not happened" is no "review happened"
                gap, at = gap + at_next - at - 1, at_next
            else:
                found[phrase] = (start, at + 1)
                break
    return found


def loose_runs(words: str, phrases: Iterable[str], *, max_gap: int = 3) -> set[str]:
    """The phrases `loose_spans` finds."""
    return set(loose_spans(words, phrases, max_gap=max_gap))


# "conference is (on)", "conference booked for", "conference now": a name and only words that bring in its date.
_DATE_INTRODUCING = frozenset(stemmed("is on will be booked for set now the date").split())
# ... and words that tell it happened: "the meeting took place on 9 Dec", "the meeting was held on" (HAPPENED: the
# words that say so without a bare "was").
_HAPPENED_WORDS = ("took place", "held", "happened")
HAPPENED = re.compile(rf"\b(?:{'|'.join(_HAPPENED_WORDS)})\b", re.I)
TOOK_PLACE = frozenset(stemmed(" ".join(("was", *_HAPPENED_WORDS))).split())


class EventNamer:
    """Which events a piece of text names, by the names workers use for them (events.yaml)."""

    def __init__(self, events: Sequence[Event], correct: Callable[[str], str] = str) -> None:
        # Names are matched in the worker's own words, typo-corrected ("challnge" -> "challenge") but not
        # expanded: the expansion of "C&F" says "family", which names no family here.
        self.correct = correct
        self._names = [(event.id, phrase_set({*event.names, event.id.replace("-", " ")})) for event in events]
        self._every_name = frozenset().union(*(names for _, names in self._names))
        self._by_id = dict(self._names)
        self._later = {event.id: event.later for event in events if event.later}
        self._by_way_of = {event.id: phrase_set(event.by_way_of) for event in events if event.by_way_of}
        # The words before the "and" of names with one in them ("first meeting with mum" of "... and her solicitor").
        self.and_name_heads = frozenset(n.split(" and ")[0] for n in self._every_name if " and " in f" {n} ")

    def words(self, text: str) -> str:
        """`text` as names are matched in it: folded, typo-corrected and stemmed."""
        return stemmed(self.correct(fold(text)))

    def later_of(self, event_id: str | None) -> str | None:
        """The event a name this one shares with it means once this one has been (events.yaml `later`)."""
        return self._later.get(event_id or "")

    def earlier_one(self, clause: str, event_id: str) -> bool:
        """The clause tells only an earlier one of its event: every mention of the event's names has
        "previous", "former", "earlier" or "prior" just before it ("a previous referral on 3/10"). Not
        "earlier today", and not "moved from her previous placement to new carers on 6/11", where the
        new carers are the placement the date is of."""
        tokens = self.words(clause).split()
        runs = word_runs(" ".join(tokens))
        spans = {span for name in self.names_of(event_id) & runs.keys() for span in runs[name]}
        # A name inside a longer one ("conference" in "previous cp conference") is the longer one's mention.
        mentions = {a for a, b in spans if not any(c <= a and b <= d and (c, d) != (a, b) for c, d in spans)}
        earlier = {phrase_stem(w) for w in _EARLIER_WORDS}
        older = phrase_stem(_OLDER)

        def told_earlier(a: int) -> bool:
            # "a previous C&F assessment began": one word may come between, but not "prior to ICPC on 20/03" or
            # "the previous week strat"
            if a == 0:
                return False
            between = tokens[a - 1]
            return (
                between in earlier
                or between == older
                or (a > 1 and tokens[a - 2] in earlier and not _NOT_EARLIER_WORD.fullmatch(between))
            )

        return bool(mentions) and all(told_earlier(a) for a in mentions)

    def by_way_of_only(self, clause: str, event_id: str) -> bool:
        """The clause names the event only by what brought it about (events.yaml `by_way_of`): "ICO granted", not
        "became looked after"."""
        ways = self._by_way_of.get(event_id)
        if not ways:
            return False
        said = self.names_of(event_id) & word_runs(self.words(clause)).keys()
        return bool(said) and said <= ways

    def names_of(self, event_id: str) -> frozenset[str]:
        """The event's names, stemmed as a text's word runs are."""
        return self._by_id.get(event_id, frozenset())

    def only_a_name(self, text: str, events: Sequence[str], *, also: frozenset[str] = frozenset()) -> bool:
        """Whether `text` is a name of one of `events` and only words that bring in its date ("conference is
        14/4", as "the conference is 14/4"): not "plan lifted at conference 05/01", "conference on Friday made both
        kids subject to plans" or "conference held 02/03", whose own words say which it is."""
        tokens = self.words(text).split()
        return any(
            tokens[: len(n.split())] == n.split()
            and set(tokens[len(n.split()) :]) <= _DATE_INTRODUCING | also
            for e in events
            for n in self.names_of(e)
        )

    def told_apart(self, text: str, events: Sequence[str]) -> set[str]:
        """Of `events`, those `text` names by a name none of the others has: "ICPC" tells the initial
        conference from a review one; "conference" tells neither."""
        runs = word_runs(self.words(text)).keys()
        found = {e: self._by_id[e] & runs for e in events if e in self._by_id}
        return {
            e
            for e, names in found.items()
            if any(all(n not in self._by_id[o] for o in found if o != e) for n in names)
        }

    def named(self, text: str, gap: int = EVENT_NAME_GAP) -> tuple[tuple[str, ...], str | None]:
        """Event ids named in `text`, the one named by the longest phrase first, and that one if unique.

        A name inside or across a longer one names nothing by itself: "temporary approval ends" is the
        end of an approval, not the approval; "review conference" is not the initial "conference";
        "temporary approval period ends" is an end ("approval period ends"), not an approval. `gap` is how many
        words may come inside a name.
        """
        words = self.words(text)
        tokens = words.split()

        # "the family does not need a full assessment": a name said not to be so names nothing. Not "not placed
        # until 12/01", which says when it was.
        def denied(a: int, b: int) -> bool:
            return a > 0 and tokens[a - 1] in _DENIED and not _UNTIL_WORDS & set(tokens[b : b + 4])

        runs = {
            name: kept
            for name, where in word_runs(words).items()
            if name in self._every_name and (kept := [(a, b) for a, b in where if not denied(a, b)])
        }
        loose = {
            name: (a, b)
            for name, (a, b) in loose_spans(words, self._every_name, max_gap=gap).items()
            if not denied(a, b)
        }
        # Each span with the number of the name's own words: a loose match ("child was placed") is as long
        # as its name ("child placed"), not as the words it spans.
        spans = {
            event_id: [
                *((a, b, b - a) for name in names & runs.keys() for a, b in runs[name]),
                *((*loose[name], len(name.split())) for name in names & loose.keys()),
            ]
            for event_id, names in self._names
        }
        # A span inside or across a longer one names nothing, unless that longer one is itself inside or across a
        # longer still: in "strat agreed a S47", "agreed a S47" takes "agreed" from "strat agreed", and "strat" is
        # the strategy discussion's again.
        every = sorted({span for found in spans.values() for span in found}, key=lambda span: -span[2])
        unshadowed: list[tuple[int, int, int]] = []
        for a, b, n in every:
            if not any(c < b and a < d and m > n for c, d, m in unshadowed):
                unshadowed.append((a, b, n))
        lengths = []
        for event_id, found in spans.items():
            free = [span for span in found if span in unshadowed]
            if free:
                lengths.append((max(n for _, _, n in free), event_id))
        lengths.sort(key=lambda pair: -pair[0])
        lead = lengths[0][1] if len(lengths) == 1 or (lengths and lengths[0][0] > lengths[1][0]) else None
        if lead is not None:
            # "the conference put him on a plan": "conference" is a name of the initial conference too, the
            # event named most fully, so it names no review conference besides.
            said = {e: (names & runs.keys()) | (names & loose.keys()) for e, names in self._names}
            lead_names = self._by_id[lead]
            lengths = [(n, e) for n, e in lengths if e == lead or not said[e] <= lead_names]
        return tuple(event_id for _, event_id in lengths), lead


# An adult named just before the words of a date of birth: "Mum (DOB 04/05/1995)", "nan's dob", "grandad,
# born", "Grandad, dob 02/02/1960", "Grandad's DOB is 03/03/1960", "nan's birthday party is on the 27th". Only
# family: "placed with carers, DOB 03/03/2015" is the child's.
_ADULT = (
    r"(?:mum|mother|dad|father|step-?(?:mum|dad)|gran|granny|grandma|grandmother|nan|nana|nanna"
    r"|grandad|grandpa|grandfather|aunt|auntie|aunty|uncle|parents?|(?:foster |kinship |connected )?carers?"
    r"|adopters?)"
)
_AN_ADULT = re.compile(rf"\b{_ADULT}\b", re.I)  # "mum turns 24 on 05/05": hers is no child's birthday
_ADULTS_BIRTH = re.compile(
    rf"\b{_ADULT}(?:['’]?s)?:?"
    r"(?:\s+(?:sister|brother|partner|husband|wife|boyfriend|girlfriend|cousin))?"  # "dad's sister (dob"
    r"(?P<comma>(?<!carer)(?<!carers)(?<!adopter)(?<!adopters),(?=\s*(?:dobs?|d\.o\.b|born)\b))?"  # "Nan, dob"
    r"(?:\s+(?-i:[A-Z][a-z'-]+)){0,3}[\s(\[]*"  # a name between: "Mother: Jane Smith (DOB"; no "," or "."
    r"(?:(?:was|is)\s+)?"  # "Dad was born on the 12/05/1985"
    r"(?:(?:dobs?|d\.o\.b\.?|dates? of birth|birthdays?|born(?: on(?: the)?)?)(?:\s+(?:is|was))?"
    # "his nan's birthday party is on the 27th", "mum's birthday is on the 3rd" (not "carers birthday on the")
    r"|birthdays?(?:\s+(?:party|meal|do)(?:\s+(?:is|was))?|\s+(?:is|was))(?:\s+on(?:\s+the)?)?)\W{0,3}$",
    re.I,
)


_BIRTHDAY = re.compile(r"\bbirthdays?\b", re.I)
ADULT_YEARS = 16  # one born this few years before today is a child, whoever is named before the date
ADULT_AGE = 18  # an adult named as turning this age or older is no child


def _years_since(found: FoundDate, dates: Sequence[FoundDate], today: date | None) -> int | None:
    """How old one born on `found` is today, when its year was told; without `today`, the question's latest date
    stands for it."""
    if found.year_assumed:
        return None
    now = today if today is not None else max(d.day for d in dates)
    return relativedelta(now, found.day).years


def _too_young_for_an_adult(found: FoundDate, dates: Sequence[FoundDate], today: date | None) -> bool:
    """ "Lives with dad born on the 3rd March 2011": a date of birth told with its year that makes the one born a
    child today is the child's."""
    years = _years_since(found, dates, today)
    return years is not None and years < ADULT_YEARS


# In England a care leaver's support runs to 25 (not in the standards, which stop at pathway plans): one born
# longer ago than this is no young person the question can be about.
LEAVING_CARE_YEARS = 25


def _past_leaving_care(found: FoundDate, dates: Sequence[FoundDate], today: date | None) -> bool:
    """ "lives with mum, dob 01/02/1992": a date of birth told with its year that makes the one born older than
    any young person the service follows is an adult's, even after a comma in mid-sentence."""
    years = _years_since(found, dates, today)
    return years is not None and years >= LEAVING_CARE_YEARS


ADULT_REACH = 60  # characters before a date where an adult's name and "DOB" are read


def _adults_birth_before(text: str, at: int, *, anywhere: bool = False) -> re.Match[str] | None:
    """An adult's name and the words of a date of birth just before the date at position `at`. "Grandad, dob
    02/02/1960" only where a sentence starts ("placed with nan, dob 04/03/2008" is the child's), or `anywhere`
    for a year too early to be a child's ("lives with dad, dob 01/02/1985")."""
    start = max(0, at - ADULT_REACH)
    found = _ADULTS_BIRTH.search(text[start:at])
    if (
        found is not None
        and found.group("comma")
        and not anywhere
        and not _SENTENCE_START.search(text[: start + found.start()])
    ):
        return None
    return found


_SENTENCE_START = re.compile(r"(?:^|[.;!?\n(])\s*$")


def adult_just_before(text: str, at: int, *, anywhere: bool = False) -> bool:
    """The date at position `at` is an adult's date of birth: its "DOB" comes just after an adult's name."""
    return _adults_birth_before(text, at, anywhere=anywhere) is not None


def _moved_on(before: str, between: str, namer: EventNamer) -> bool:
    """The words between two dates say the first date's event was moved to the second; `before` is the text
    up to the first date."""
    if _MOVED_ON_TO.fullmatch(between):
        # "01/12 rearranged to 15/12"; but a strategy discussion adjourned still first sat on its first date,
        # which the ICPC's 15 working days count from ("of the initial strategy discussion").
        adjourned = _ADJOURNED.search(between) is not None
        return not (adjourned and _FIRST_SITTING_COUNTS & set(namer.named(before[-ADJOURNED_REACH:])[0]))
    moved = _MOVED_IT_TO.fullmatch(between)
    return (
        moved is not None
        and not namer.named(moved.group("gap"))[0]
        and _PLANNED_FOR.search(before[-40:]) is not None
    )


def _moved_from(text: str, at: int, found: FoundDate, dates: Sequence[FoundDate], namer: EventNamer) -> bool:
    """ "The review conference has been moved from 16/12 to 02/01", "review 01/12 rearranged to 15/12": the first
    date (written at `at`) is no longer the event's."""
    # (Not the same day again: "(Easter Monday)".)
    later = [d for d in dates if locate(text, d.text) > at and d.day != found.day]
    after = at + len(found.text)
    if later and _moved_on(text[:at], text[after : locate(text, later[0].text, after)], namer):
        return True
    verb = _MOVED_FROM.search(text[:at])
    if verb is None:
        return False
    if not verb.group("moved"):
        return True  # "postponed from 10/12": whether or not the new date is known
    return (
        bool(later)
        and _MOVED_TO.fullmatch(text[after : locate(text, later[0].text, after)] + " ") is not None
    )


def clause_of(
    text: str,
    found: FoundDate,
    others: Sequence[FoundDate] = (),
    *,
    through_and: bool = False,
    after_through_and: bool = False,
) -> tuple[str, int, int]:
    """The words a date belongs to, and the span of `text` they cover (the date included).

    A clause never reaches past another date: in "IHA done 29/01 for a child who came into care 21/12",
    "came into care" is the words of 21/12, not of 29/01. `through_and` reads the words before the date
    across an "and" ("the first meeting with mum and her solicitor took place on 19/01"), `after_through_and`
    the words after it ("agreed today we need to get police and health together").
    """
    start = locate(text, found.text)
    end = start + len(found.text)
    spans = [(at, at + len(o.text)) for o in others if o is not found and (at := locate(text, o.text)) >= 0]
    floor = max((b for a, b in spans if b <= start), default=0)
    ceiling = min((a for a, b in spans if a >= end), default=len(text))
    between = text[floor:start]
    if between.lstrip().startswith(")") and (opening := text.rfind("(", 0, floor)) >= 0:
        # "The ICPC for two children (DOBs 05/01/2019 and 30/12/2021) is booked for 02/01/26": the words
        # before the bracket of other dates are this date's too.
        outer = max((b for a, b in spans if b <= opening), default=0)
        between = text[outer:opening] + " " + between.lstrip()[1:]
    # "placed with connected carers (maternal aunt) today", "LAC visit (child not seen) 10/03": a bracket of words
    # alone just before the date is inside its clause, not a break that leaves the date no words.
    between = _WORDS_IN_BRACKETS.sub(lambda m: f" {m.group(1)} ", between)
    before_parts = (_BREAK_BUT_AND if through_and else _CLAUSE_BREAK).split(between)
    before = before_parts[-1] if before_parts else ""
    after_breaks = _BREAK_BUT_AND if after_through_and else _CLAUSE_BREAK
    own_after = after_breaks.split(text[end:ceiling])[0] if text[end:ceiling] else ""
    # "the strat was held the next day, Tues 21 April.": a date told after a comma, with no words of its own
    # either side, is the date of the words before the comma ("I'm on leave next week, 07/12 is the ICPC" has
    # words of its own), or the colon ("CP visits on this file: 02/04, 28/04"); not words that ask ("what's due
    # next, 19/12?"): those stay the question's. A date alone in a bracket ("How soon after the last PEP meeting
    # (15/01/2026) do I ...") is the date of the words just before it, after any that ask.
    after_comma = not own_after.strip() and between.rstrip().endswith((",", ":"))
    alone_in_bracket = between.rstrip().endswith("(") and text[end:].lstrip().startswith(")")
    if not before.strip() and (after_comma or alone_in_bracket):
        told = next((part for part in reversed(before_parts) if part.strip()), "")
        asks = list(ASKING.finditer(_NEXT_DAY.sub(lambda m: " " * len(m.group()), told)))
        if not asks:
            before = told
        elif alone_in_bracket:
            before = told[asks[-1].end() :]
        else:
            before = ""
    if _ONLY_STARTED.search(between):
        # "the IRO has formally escalated their complaint about drift, started 24/03/27": what started is told
        # before the comma, the date's own words saying only that it began.
        # (Not the words of a run of things with nothing told done: "CP visits, started 04/01; last visit 01/02"
        # tells when a run of visits began, no visit to count the next from.)
        told = next((part for part in reversed(before_parts[:-1]) if part.strip()), "")
        if (_TELLS_A_DEED.search(told) or not _A_RUN.search(told)) and not ASKING.search(told):
            before = f"{told} {before}"
    # The same day written again straight after another date ("yesterday, Monday 1 March", "today 24/12/26"): the
    # date told first. (The cheap tests first: `clause_of` runs for every date, several times a question.)
    told_first = (
        next(
            (
                o
                for o in others
                if o is not found and o.day == found.day and locate(text, o.text) + len(o.text) == floor
            ),
            None,
        )
        if floor > 0 and not between.strip(" ,")
        else None
    )
    that = _THAT_AFTER_BRACKET.match(text, end, ceiling) if not own_after.strip() else None
    if that:
        # "TL decided yesterday (02/12/26) that the family needs a C&F assessment": what was decided, told straight
        # after the bracket, is the date's.
        own_after = after_breaks.split(text[that.end() : ceiling])[0]
        if told_first is not None and not before.strip():
            # "Our TL agreed yesterday, Monday 1 March, that a strategy meeting is needed": the day written again
            # has the words before the day told first ("agreed"), not the decision's words alone.
            before = clause_of(text, told_first, others)[0]
    decided = _DECIDED_AFTER.match(text, end, ceiling) if not own_after.strip() else None
    if decided and decided.group("bare") and not _A_MANAGER.search(between):
        # (With no comma, only where the date's own words are of a manager: "I discussed it with my TL this morning
        # and she's made the decision", not "Strategy discussion held 02/12 and she's made the decision that an
        # ICPC is needed", the strat's own outcome.)
        decided = None
    if decided:
        # "My manager reviewed it today, 25/03/27, and decided a strategy discussion is needed", "at 11am today
        # (24/12) my manager decided ...": the decision told straight after the date is the date's.
        own_after = _BREAK_BUT_AND.split(text[decided.start("what") : ceiling])[0]
    before = _after_the_ask(before, between)
    if floor and not _CLAUSE_BREAK.search(between) and (joins := list(_NEXT_TOLD.finditer(before))):
        before = before[joins[0].end() :]  # "placed on 10/08 under s20 after an S47 that began 03/08"
    since = list(_SINCE.finditer(before))
    adjunct = _SINCE_WHAT.search(before) if since else None
    if adjunct and adjunct.start("since") == since[-1].start():
        # "the first LAC review since placement is booked for 10/01/28": the review is booked, not the placement
        # (only the first one since something: "CP visits have slipped since the core group was held on"
        # keeps the core group's date).
        before = before[: adjunct.start("since")] + before[adjunct.end("since") :]
    elif since and before[since[-1].end() :].split():
        # "an informal challenge about the plan not being progressed since the review on 12/02": the date is the
        # review's, not the challenge's; "in care since 01/02" keeps its words.
        before = before[since[-1].end() :]
    before_words = before.split()[-CLAUSE_WORDS:]
    after = own_after
    if ceiling < len(text) and not _CLAUSE_BREAK.search(text[end:ceiling]):
        # The words up to the next date, with no break between, are that date's, but for those before an
        # "after" or "following" that tells the next date's event.
        join = _NEXT_TOLD.search(text, end, ceiling)
        after = text[end : join.start()] if join else ""
    # Up to the next punctuation (a "?" kept), so "and" does not hide the asking from the date.
    rest_of_clause = CLAUSE_END.split(text[end:], maxsplit=1)[0]
    rest_of_clause = (
        rest_of_clause[: rest_of_clause.find("?") + 1] if "?" in rest_of_clause else rest_of_clause
    )
    if len(before_words) > 1 and _WHAT_CAME_BEFORE.match(after):
        # "placed in a new residential home on 22/05 after her foster placement broke down": what came before the
        # date's event is told after it, not the event itself.
        after = ""
    # "HV done today 24/12/26 recorded by?": the same day written again straight after another date has that
    # date's words before it, and words after it that ask are the question's.
    if ((before_words or told_first is not None) and ASKING.search(rest_of_clause)) or _ASKS_AT_ONCE.match(
        after
    ):
        # "strat 31/12 core grp by?", "strat 31/12 icpc and core group dates?": the words after the date
        # ask; the date's own words are before it. So do words that begin by asking: "informal challenge yday
        # 1/5 how long b4 it goes formal".
        after = ""
    possessive = _POSSESSIVE.match(text, end)
    if possessive:
        # "the write-up of yesterday's pre-proceedings meeting": what the date is of follows it, whatever asks.
        after = possessive.group("what")
    after_words = after.split()[:CLAUSE_WORDS]
    kept_before = " ".join(before_words)
    kept_after = " ".join(after_words)
    span_start = text.rfind(before_words[0], 0, start) if before_words else start
    span_end = text.find(after_words[-1], end) + len(after_words[-1]) if after_words else end
    return f"{kept_before} {kept_after}".strip(), span_start, span_end


# ", which is when he became looked after": the day said to be of what the words after it name (not "the day
# after"; knowledge/step_dates.py reads these words too, as the worker saying which day is the event's).
WHICH_IS_WHEN_WORDS = (
    r"(?:which|that|this)(?:[’']s|\s+is|\s+was)\s+(?:when|the day)\b(?!\s+(?:after|before)\b)"
)
_WHICH_IS_WHEN = re.compile(rf"\s*[,(-]?\s*{WHICH_IS_WHEN_WORDS}", re.I)
# ("yesterday (02/12/26) that ...": the date written again in brackets, or closing one it is in.)
# ... or after commas ("CFR decided yesterday, Wednesday 24 March, that it needs a C&FA").
_THAT_AFTER_BRACKET = re.compile(r"\s*(?:\([^()]*\)|\)|,\s*(?:[^,;.()?!]{1,30},\s*)?)\s*(?=that\b)", re.I)
# Words after a date that begin by asking ("how long b4 it goes formal", "wen's the ICPC").
# ("when", "what" already break a clause.)
_ASKS_AT_ONCE = re.compile(r"\s*(?:how (?:long|soon|quickly)|wen)\b", re.I)
# The words of "the last one", "the most recent one": the one before, of an event or step told elsewhere
# (knowledge/step_dates.py reads them too).
LAST_ONE_WORDS = r"(?:last|previous|latest|most recent)"
# "..., last one 01/03": the event told just before, its one before.
_ONE_BEFORE = re.compile(rf"(?:the )?{LAST_ONE_WORDS} one(?: was| held| done| on| was on)?", re.I)
# "not progressed since the review on 12/02": the words after "since" are the date's.
_SINCE = re.compile(r"\bsince\b", re.I)
# ... but a short "since ..." after the first one of an event, straight before what is told of the
# date, is that event's: "the first LAC review since placement is booked for", "... since she came into care is".
_SINCE_WHAT = re.compile(
    r"\b(?:first|initial|1st)\s+(?:[\w-]+\s+){0,3}?(?P<since>since\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)"
    r"(?= (?:is|was|has been|had been|will be|were) (?:booked|held|due|on|set|scheduled|planned|arranged)\b)",
    re.I,
)
# Words after a date that tell what came before its event, an ending: "after her placement broke down" (not
# "after an emergency protection order", the way she came into care that day).
_WHAT_CAME_BEFORE = re.compile(
    r"\s*(?:after|following)\s+(?:[\w'-]+\s+){0,4}?(?:broke down|breakdown|ended|disrupted|collapsed)\b", re.I
)
# A bracket of words alone at the end of the words before a date: "(maternal aunt) today", "(child not seen) 10/03".
_WORDS_IN_BRACKETS = re.compile(r"\(([^()\d]*)\)\s*$")
# Between two dates with no break, the word that turns to the second date's event: "placed on 10/08 under s20
# after an S47 that began 03/08" ("under s20" is the placement's); not the "after" of "looked after" ("pack given
# 25/05 after child became looked after 01/05"), nor a time ("the strat the following day 03/03", "ICPC after
# that on 20/03").
_NEXT_TOLD = re.compile(
    r"(?<!looked )(?<!looked-)(?<!the )\b(?:after|following)\b"
    r"(?!\s+(?:that|this|it|which|then|day|week|weekend|morning|afternoon|evening|night)\b)",
    re.I,
)


# "When does the Later Life Letter need to be completed for a child placed for adoption on 6 April?": the date
# is of the child the question turns to, and the words before that ask ...
_FOR_THE_CHILD = re.compile(
    r"\b(?:for|of) (?:a|the|my|our|this) (?:child|kid|baby|young person|yp|girl|boy)\b", re.I
)


# ... what the step must be ("need to be completed", "have to be done", "due"), not only named ("how long for the
# permanency plan - second review for a child who came into care 1/10/25": the review is the date's).
_MUST_BE = re.compile(r"\b(?:need|needs|have to|has to|must|should|due)\b", re.I)


def _after_the_ask(before: str, between: str) -> str:
    """The words before a date (the end of `between`) from where an asking sentence turns to the child they
    are of, if it does."""
    turn = next(reversed(list(_FOR_THE_CHILD.finditer(before))), None)  # the last turn to a child
    at = between.rfind(before)
    if (
        turn is None
        or at < 0
        or not _MUST_BE.search(before[: turn.start()])
        or not ASKS_FOR_A_DATE.search(between[: at + turn.start()])
    ):
        return before
    return before[turn.start() :]


# "yesterday's PLO meeting", "Monday's strat": the words naming the day's event, up to a verb, a break, or
# a document of it ("Thursday's ICPC report to the family": the report is asked about, not the day's).
_POSSESSIVE = re.compile(
    r"['’]s\s+(?P<what>(?:(?!(?:need|needs|is|was|be|has|have|had|should|must|will|when|by|to|for|and|but|so"
    r"|reports?|minutes|notes|record|recording|write-?up|letter)\b)"
    r"\w[\w&/-]*\s*){1,6}"
    # ... and whom a visit or call was to: "today's visit to the foster carers onto the system", "yesterday's call
    # to the health visitor".
    r"(?:to (?:the |our |my |his |her |their )?(?:foster carers?|health visitor|school|nursery|gp)\b)?)",
    re.I,
)
# A clause that is only a pointer back to the sentence before: "That was on Tuesday.", "This happened on 3/4".
_BACK_REFERENCE = re.compile(
    r"\s*(?:that|this|it)(?:'s|\s+(?:was|is|were|happened|took place))?(?:\s+(?:held|agreed|done|made))?"
    r"(?:\s+(?:on|at))?\s*"
    # "My manager decided we need a strat. She made that call on Friday."
    r"|\s*(?:she|he|they|i|we)\s+(?:made|took)\s+(?:that|the|this)\s+(?:call|decision)(?:\s+(?:on|at))?\s*",
    re.I,
)
# Words after an "and" that are the second of two people or agencies: "mum and her solicitor", "police and health".
_JOINS_A_PAIR = re.compile(
    r"(?:her|his|their|dad|mum|both|(?:the )?solicitors?|health|police|education"
    # ... or two things looked into: "started looking into the family's needs and circumstances on 21/12"
    r"|circumstances|risks?|strengths|wishes|feelings|worries)\b",
    re.I,
)
# A bracket opened just before a date, with one or two words between: "(started 19/12/2025)", "(held on 3/4)".
_OPENS_ASIDE = re.compile(r"\(\s*(?:[\w']+\s+){1,2}$")
# A relative clause of its own, just before a date: "agreed a Section 47, which was initiated on 30/12", "...,
# which was initiated the next day, 27/08", "..., which we initiated today".
_WHICH_WAS = re.compile(
    rf"(,\s*which) (?:was|were|is|(?:we|i|they|she|he)(?: had| have)?)\s+(?!(?:on|at|in|for)\b)(?:[\w']+\s+){{1,2}}"
    rf"({_NEXT_DAY.pattern},?\s+)?$",
    re.I,
)
# Two agencies joined across the end of a date's clause: "get the police | and health together".
_AGENCY = r"(?:police|health|education|school|social care|the gp|gp)"
_AGENCY_ENDS = re.compile(rf"\b{_AGENCY}$", re.I)
_AND_AGENCY = re.compile(rf"\s+and\s+(?:the\s+)?{_AGENCY}\b", re.I)
# "moved in with their uncle on 22/12/25 and the ADM gave him temporary approval that day", "was handed back on
# Saturday 2 May and went to new carers that evening": the date before.
_THAT_DAY = re.compile(
    r"\b(?:that (?:same )?(?:day|morning|afternoon|evening|night)|(?:on )?(?:the )?same (?:day|morning|afternoon|evening|night))\b(?! as\b)",
    re.I,
)
# A "not" in the words just before the pointer: "couldn't visit the same night", "didn't see her that evening".
_NOT_THEN = re.compile(
    r"\b(?:not|never|couldn'?t|didn'?t|wasn'?t|weren'?t|can'?t|cannot|unable to)\b[^,.;]*$", re.I
)
BRACKETED = re.compile(r"\(([^()]*)\)")  # an aside: "(1st review was in july)"
_SENTENCE = re.compile(r"(?:[^.!?]|[.!?](?!\s|$))*(?:[.!?]+|$)")  # not the dots of 05.01.26


# The words of a bracket that only says what day a date is: "(Christmas Day)", "(Easter Monday)", "(bank hol)".
_DAY_WORDS = frozenset(
    {
        "the",
        "a",
        "day",
        "bank",
        "hol",
        "holiday",
        "christmas",
        "xmas",
        "boxing",
        "easter",
        "good",
        "new",
        "year",
    }
    | {"year's", "years", "eve", "early", "late", "may", "spring", "summer", "august"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
)


def _without_annotations(text: str, dates: Sequence[FoundDate]) -> list[FoundDate]:
    """The dates, less a day named inside a bracket just after another date: "booked for 25/12/26 (Christmas Day)",
    "06/04 (Easter Monday)" say of what day the date is, which may be read as another year's or week's."""
    at = {d: locate(text, d.text) for d in dates}
    out = []
    overruled = set()
    for d in dates:
        before = [e for e in dates if e is not d and 0 <= at[e] + len(e.text) <= at[d]]
        opened = [e for e in before if re.fullmatch(r"\s*\([^()]*", text[at[e] + len(e.text) : at[d]])]
        inside = text[text.rfind("(", 0, at[d]) + 1 : text.find(")", at[d])] if opened else ""
        # Only a bracket that names the day itself (not "placed 02/03 (DOB 05/05/2015)").
        annotates = (
            bool(opened)
            and ")" in text[at[d] :]
            and set(re.findall(r"[a-z']+", inside.replace(d.text, " ").lower())) <= _DAY_WORDS
        )
        if not annotates:
            out.append(d)
        elif opened[-1].relative and not d.relative and opened[-1].day != d.day:
            # "self-referred this morning (Friday 2 May)", asked days later: the day written out is the one
            # meant, not the word for it typed loosely (and here the earlier, whose deadline comes first).
            overruled.add(opened[-1])
            out.append(d)
    return [d for d in out if d not in overruled]


def sentence_of(text: str, found: FoundDate) -> str:
    """The sentence a date is told in (the whole text when none holds its words), read as the other sentence
    readers here read them."""
    return next((s.group() for s in _SENTENCE.finditer(text) if found.text in s.group()), text)


def _sentences_before(text: str, found: FoundDate, dates: Sequence[FoundDate]) -> list[str]:
    """The sentences from the date before `found` (or the start) up to it, the last ending where it starts."""
    at = locate(text, found.text)
    ends = [s + len(d.text) for d in dates if d is not found and 0 <= (s := locate(text, d.text)) < at]
    return [
        s for s in _SENTENCE.findall(text[max((e for e in ends if e <= at), default=0) : at]) if s.strip()
    ]


def _sentence_pointed_to(text: str, found: FoundDate, dates: Sequence[FoundDate], clause: str) -> str:
    """The sentence before a date whose own words only point back to it ("The conference ended the plan. That
    was on Tuesday."): what happened on the date. Not a sentence that asks, nor one that tells of something
    ahead or not yet done ("the ILAR isn't booked yet. That was on 9/11": what was, is not said)."""
    if not _BACK_REFERENCE.fullmatch(clause.rstrip(" .!")):
        return ""
    sentences = _sentences_before(text, found, dates)
    if len(sentences) < 2:
        return ""
    told = sentences[-2]
    if ASKING.search(_NEXT_DAY.sub(" ", told)) or tense(told)[1]:
        return ""
    return told.strip().rstrip(".!").strip()


# "... for the ICPC? It's on Friday 9 May.": words that say only that the thing just named is on the date.
_ITS_ON = re.compile(
    r"\s*(?:it|which)(?:'s|\s+is|\s+will\s+be)(?:\s+(?:booked|planned|set|scheduled|listed))?(?:\s+(?:on|for))?\s*",
    re.I,
)


def _question_before(text: str, found: FoundDate, dates: Sequence[FoundDate]) -> str | None:
    """The sentence just before the one a date stands in, when it asks (ends with a question mark)."""
    sentences = _sentences_before(text, found, dates)
    return sentences[-2] if len(sentences) >= 2 and sentences[-2].rstrip().endswith("?") else None


def _meeting_asked_for(
    text: str,
    found: FoundDate,
    dates: Sequence[FoundDate],
    clause: str,
    namer: EventNamer,
    meetings: frozenset[str],
) -> str | None:
    """The meeting a question counts back from, when the date after it only says "it's on": "When do the parents
    need my report for the first protection conference? It's on 9 May." The sentence before asks, so it is not
    what happened on the date (see _sentence_pointed_to), but when all it names is one of the meetings steps are
    counted back from (`meetings`), that meeting is what "it" is."""
    if not meetings or not _ITS_ON.fullmatch(clause.rstrip(" .!")):
        return None
    question = _question_before(text, found, dates)
    if question is None:
        return None
    named = namer.named(question)[0]
    # Only when it is all the sentence names: "When should the first core group be after the ICPC? It's on
    # 22 May." may date either.
    return named[0] if len(named) == 1 and named[0] in meetings else None


# "Ours was on 6 May.", "It was 2/12/25.": a pointer to the event the question before counts after.
_OURS_WAS = re.compile(
    r"\s*(?:ours|it|that|this|the meeting|the one we had)\s+(?:was|were)(?:\s+held)?(?:\s+on)?\s*", re.I
)
# ... and that event, told after "after" in the question: "How long after the first police/social care meeting
# do the notes have to be sent round?"
_AFTER_WHAT = re.compile(r"\bafter\s+(?P<what>[^,.;:?!]+)", re.I)


def _event_asked_after(
    text: str, found: FoundDate, dates: Sequence[FoundDate], clause: str, namer: EventNamer
) -> str | None:
    """The event a question counts after, when the date told after it only says "ours was on": "How often should
    review conferences be held after the ICPC? Ours was on 30/05/2025." is the ICPC's date, not a date to count
    every rule from. Only when the question before asks, and the words after its last "after" name one event."""
    if not _OURS_WAS.fullmatch(clause.rstrip(" .!")):
        return None
    question = _question_before(text, found, dates)
    after = list(_AFTER_WHAT.finditer(question)) if question is not None else []
    if not after:
        return None
    named = namer.named(" ".join(after[-1].group("what").split()[:_AFTER_WORDS]))[0]
    return named[0] if len(named) == 1 else None


_AFTER_WORDS = 8  # words after "after" that may name the event


def told_again(found: FoundDate, other: FoundDate) -> bool:
    """Whether one of the two is the other's day pointed back to ("placed on 2 May and moved in that evening").

    The pointer is a date with words of its own, but no other day: a step named there is told on its start's day.
    """
    pointer = _THAT_DAY.fullmatch(found.text) or _THAT_DAY.fullmatch(other.text)
    return found.day == other.day and pointer is not None


def points_back(found: FoundDate) -> bool:
    """The date is "that day" (see _that_day): a copy of the date before it, whatever year that one is read in."""
    return _THAT_DAY.fullmatch(found.text) is not None


def _that_day(text: str, dates: Sequence[FoundDate]) -> list[FoundDate]:
    """The dates, with "that day" in a sentence that tells (not one that asks) read as the date before it."""
    at = {found: locate(text, found.text) for found in dates}
    asides = [m.span() for m in BRACKETED.finditer(text)]
    told = list(dates)
    for sentence in _SENTENCE.finditer(text):
        # Only in the words that tell, before any that ask: "If a S47 referral comes in that morning about a child
        # closed on 11/08, when must she be seen?" tells of the morning before it asks.
        asks = ASKS_FOR_A_DATE.search(sentence.group())
        if asks is None and sentence.group().rstrip().endswith("?"):
            continue
        for m in _THAT_DAY.finditer(sentence.group(), 0, asks.start() if asks else len(sentence.group())):
            where = sentence.start() + m.start()
            if _NOT_THEN.search(text, max(0, where - 40), where):
                continue  # "couldn't visit the same night": nothing happened that day
            # "(DOB 03/06/21 - her birthday today). I started the assessment the same day": not a date in an
            # aside the pointer is outside of, when there is another.
            outside = [a for a in asides if not a[0] <= where < a[1]]
            before = [f for f in dates if 0 <= at[f] < where]
            before = [f for f in before if not any(a <= at[f] < b for a, b in outside)] or before
            if before:
                last = max(before, key=lambda f: at[f])
                told.append(replace(last, text=m.group()))
                at[told[-1]] = where
    return sorted(told, key=lambda f: at[f])


def _wider_clauses(
    text: str, found: FoundDate, dates: Sequence[FoundDate], clause: str, end: int
) -> Iterator[tuple[str, int, int]]:
    """Wider words a date whose own words name nothing may belong to, most likely first (see clause_of)."""
    people_after = bool(_AGENCY_ENDS.search(text, 0, end) and _AND_AGENCY.match(text, end))
    if _JOINS_A_PAIR.match(clause) or people_after:
        # "the first meeting with mum and her solicitor took place on 19/01", "agreed today we need to get police
        # and health together": the "and" joins two people or things (not "the PLO letter went out and we met the
        # parents on 09/01", two clauses).
        yield clause_of(text, found, dates, through_and=not people_after, after_through_and=people_after)
    at = locate(text, found.text)
    opened = _OPENS_ASIDE.search(text, 0, at)
    if opened and ")" in text[at:]:
        # "the joint police and social care enquiry (started 19/12/2025)": a date in brackets is of the words
        # before the bracket.
        closed = text.index(")", at)
        plain = f"{text[: opened.start()]} {text[opened.start() + 1 : closed]} {text[closed + 1 :]}"
        yield clause_of(plain, found, dates)
    which = _WHICH_WAS.search(text, 0, at)
    if which:
        # "... agreed a Section 47, which was initiated on 30/12/25": the date is of what "which" stands for.
        # "..., which was initiated the next day, 03/03": "the next day" tells when, not that it is still to come.
        read = text
        for start, end in (which.span(g) for g in (1, 2) if which.group(g)):
            read = f"{read[:start]}{' ' * (end - start)}{read[end:]}"
        yield clause_of(read, found, dates)


def _named_across_and(
    text: str, found: FoundDate, dates: Sequence[FoundDate], namer: EventNamer, clause: str, lead: str | None
) -> tuple[tuple[str, int, int], tuple[str, ...], str] | None:
    """ "We've just had the first meeting with mum and her solicitor (today, 26/11)": the date's words (`clause`)
    stop at the "and", naming a bare meeting; read across it, they name an event by a name with the "and" in it,
    begun in the date's own words (not "PLO agreed on 02/10 and the first meeting with the parents and their
    solicitor was held on 14/10", another clause's)."""
    own = f" {namer.words(clause)} "
    if not any(f" {head} " in own for head in namer.and_name_heads):
        return None  # (most dates' words begin no such name: no wider reading to make)
    wider = clause_of(text, found, dates, through_and=True, after_through_and=True)
    events, wider_lead = _named_ending(wider[0], namer)
    if wider_lead is None or wider_lead == lead:
        return None
    words = f" {namer.words(wider[0])} "
    if not any(
        f" {n} " in words and f" {n.split(' and ')[0]} " in own
        for n in namer.names_of(wider_lead)
        if " and " in f" {n} "
    ):
        return None
    return wider, events, wider_lead


def _named_ending(clause: str, namer: EventNamer) -> tuple[tuple[str, ...], str | None]:
    """The events a date's words name; of words that end by saying it ends, the end of what they name, with who
    it is for inside its name ("temp approval for the kids' nan and her husband ends 13/4")."""
    events, lead = namer.named(clause)
    said = _ENDS_HERE.search(clause)
    if said is None:
        return events, lead
    ended, ended_lead = namer.named(clause, gap=ENDED_NAME_GAP)
    # ("Reg 24 approval for the children's aunt expires", "temporary approval ended on": the approval and its end
    # named as fully, the end, whose names end in the word said.)
    verb = namer.words(said.group("verb")).split()[-1]
    ends = [e for e in ended if any(n.split()[-1] == verb for n in namer.names_of(e))]
    ended_lead = ended_lead or (ends[0] if len(ends) == 1 else None)
    # Words that say it ends name the end alone: no step counts from the approval they also name.
    return ((ended_lead,), ended_lead) if ended_lead is not None and ended_lead != lead else (events, lead)


def date_roles(
    text: str,
    dates: Sequence[FoundDate],
    namer: EventNamer,
    meetings: frozenset[str] = frozenset(),
    today: date | None = None,
) -> tuple[tuple[DateRole, ...], str]:
    """Each date's role, and what is left of the question once the dates' clauses are taken out.

    What is left is where the step asked about is named ("when's the first CIN meeting?"). `meetings` are the
    events steps are counted back from (see _meeting_asked_for).
    """
    dates = _without_annotations(text, _that_day(text, dates))
    roles: list[DateRole] = []
    rest = text
    for found in dates:
        clause, start, end = clause_of(text, found, dates)
        # "That was on Tuesday.": the sentence before names the event; the pointer's own words tell its tense.
        told = _sentence_pointed_to(text, found, dates, clause)
        pointer = clause
        clause = f"{told} {clause}" if told else clause
        events, lead = _named_ending(clause, namer)
        said_to_be = _WHICH_IS_WHEN.match(text, locate(text, found.text) + len(found.text))
        said = _BREAK_BUT_AND.split(text[said_to_be.end() :])[0] if said_to_be else ""
        if (
            said_to_be
            and (said_lead := namer.named(said)[1]) is not None
            and (not events or said_lead == LOOKED_AFTER_EVENT)
        ):
            # "he only moved to the foster carers on 06/12/2027, which is when he became looked after": the worker
            # says what the day is of, in words of their own after it: the day a child became looked after, told
            # by what happened that day, or a day whose own words name nothing (not "moved placement on 22/03,
            # which was the day the carers gave notice", still the move's day).
            clause = f"{clause} {said_to_be.group().strip(' ,(-')} {said.strip()}"
            events, lead = (said_lead,), said_lead
            end = said_to_be.end() + len(said)
        if (
            _PLACEMENT in events
            and len(events) > 1
            and (_MEETING_MOVED.search(clause) or _SEEN_AT_PLACEMENT.search(clause))
        ):
            events = tuple(e for e in events if e != _PLACEMENT)
            lead = events[0] if len(events) == 1 else (None if lead == _PLACEMENT else lead)
        meeting = (
            None
            if events
            else _meeting_asked_for(text, found, dates, clause, namer, meetings)
            or _event_asked_after(text, found, dates, clause, namer)
        )
        if meeting is not None:
            events, lead = (meeting,), meeting
        if not events:
            for wider in _wider_clauses(text, found, dates, clause, end):
                wider_events, wider_lead = _named_ending(wider[0], namer)
                if wider_events:
                    (clause, start, end), events, lead = wider, wider_events, wider_lead
                    break
        elif (across := _named_across_and(text, found, dates, namer, clause, lead)) is not None:
            (clause, start, end), events, lead = across
        elif _NO_SUBJECT_OF_ITS_OWN.match(clause) and _AND_BEFORE.search(text, 0, start):
            # "kid came into care and was placed today": a second verb of the first one's subject, told after "and"
            # with none of its own, is of the same day: the first verb's words (and events) are the date's too.
            clause, start, end = clause_of(text, found, dates, through_and=True)
            events = tuple(dict.fromkeys((*events, *_named_ending(clause, namer)[0])))
        at = locate(text, found.text)
        turns = _TURNS.search(clause)
        if turns:
            age = int(turns.group("age"))
            birth = FoundDate(found.day - relativedelta(years=age), found.text)
            # "their nan turns 70 on 10/12": one that old is no young person the service follows; nor is an adult
            # named ("mum turns 24 on 05/05", final51).
            grown_up = age >= LEAVING_CARE_YEARS or (
                age >= ADULT_AGE and _AN_ADULT.search(clause) is not None
            )
            roles.append(DateRole(birth, clause, (BIRTH_EVENT,), BIRTH_EVENT, aside=grown_up))
        else:
            # "the first review isn't until the 28th": the date's own "until" finishes its words' tense.
            past, coming = tense(f"{pointer} {found.text}" if _UNTIL.match(found.text) else pointer)
            # "LAC review was moved to 04/02": the day it was put to, not a day it was held.
            past = past and not _MEETING_MOVED.search(pointer)
            # "off from the 22nd until 2 Jan": the date after "until" is the same leave as the one before.
            until = (
                bool(roles) and roles[-1].aside and not roles[-1].moved and _UNTIL.match(clause) is not None
            )
            listed_after_adult = listed = False
            if roles and roles[-1].events and _listed(text, roles[-1].found, found, clause, bool(events)):
                # "DOBs 05/01/2019 and 30/12/2021", "FC visits 18/11 and 04/01": a list of one event's dates.
                events, lead, listed = roles[-1].events, roles[-1].lead, True
                listed_after_adult = roles[-1].aside and not roles[-1].moved
            elif (
                roles
                and roles[-1].coming
                and roles[-1].events
                and not events
                and _ONE_BEFORE.fullmatch(clause.strip(" ,.;:-"))
            ):
                # "Next CP visit booked for 20/03, last one 01/03": "one" is the event just told as ahead, the last
                # held (not "ICPC 02/02, last one 16/02", where "one" is the visit asked about).
                events, lead = roles[-1].events, roles[-1].lead
            elif (
                roles
                and roles[-1].events
                and not roles[-1].aside
                and not events
                and roles[-1].lead != BIRTH_EVENT
                and _SIBLING_ON.match(clause)
            ):
                # "the older one came into care 02/12/25, the younger one on 22/12/25": the next child's day of
                # the same event, its words saying only which child.
                events, lead, listed = roles[-1].events, roles[-1].lead, True
            elif roles and roles[-1].lead == BIRTH_EVENT and not events and _SIBLING_ORDER.fullmatch(clause):
                # "eldest born 03/05/2015, middle 21/01/2021, youngest 08/08/2023": the next child's birth, its
                # words saying which child (which the asking words may name again: "when does the middle one ...").
                events, lead, listed = roles[-1].events, roles[-1].lead, True
            # The date told just before this one, at its first telling ("today, Monday 11 January" is one date).
            told_before = None
            for x in reversed(roles):
                if x.found.day != roles[-1].found.day:
                    break
                told_before = x
            moved_from = (
                told_before
                if told_before is not None
                and told_before.moved
                and (_TO.match(clause) or _moved_on(*_around(text, told_before.found, at), namer))
                else None
            )
            moved_to = moved_from is not None
            if moved_from is not None:
                # "... moved from 16/12 to 02/01": the second date is the same event's, now (held, once it is past:
                # "review 06/04 was moved to 07/04. When's the next one?", asked on 08/04).
                held = today is not None and found.day < today
                events, lead, past, coming = moved_from.events, moved_from.lead, held, not held
            # "Mum (DOB 04/05/1995)": an adult's date of birth is no child's, so no age is counted from it.
            adult = (
                _adults_birth_before(text, at, anywhere=_past_leaving_care(found, dates, today))
                if BIRTH_EVENT in events
                else None
            )
            adults_birth = adult is not None
            # (not a birthday's year: "mum's birthday is 20/03/2026" is this year's birthday)
            if adult is not None and not _BIRTHDAY.search(adult.group()):
                adults_birth = not _too_young_for_an_adult(found, dates, today)
            # "His 16th birthday is on 12/04" (asked in March): a birthday still ahead is no date of birth; nor is
            # "Her birthday was 6 January", a birthday told without its year (a day of the year).
            birthday_only = BIRTH_EVENT in events and (
                (today is not None and found.day > today)
                or (found.year_assumed and _BIRTHDAY.search(clause) is not None)
            )
            if BIRTH_EVENT in events and _BORN_JUST_BEFORE.search(text, 0, at):
                # "to start PLO for a girl born 12/08/2021": the date straight after "born" is hers.
                lead = BIRTH_EVENT
            # "moved from 16/12 to 02/01": the first date is no longer the event's.
            moved = _moved_from(text, at, found, dates, namer)
            audit = not events and _AUDIT.search(clause) is not None
            aside = (
                bool(_ASIDE.search(clause))
                or audit
                or until
                or adults_birth
                or birthday_only
                or moved
                or listed_after_adult
            )
            # "a previous contact on 12/06": every event its words may name is an earlier one; "Previous S47
            # on this family closed on 12/09/25" names none, and is as plainly of an earlier one.
            earlier = (
                all(namer.earlier_one(clause, e) for e in ((lead,) if lead else events))
                if events
                else _EARLIER_ONE_TOLD.match(clause) is not None
            )
            current = tuple(e for e in events if not namer.earlier_one(clause, e)) if earlier and lead else ()
            if current:
                # "moved placements on 08/04 after her previous placement broke down": the date is of the event
                # told as the current one, not of the earlier one its words also tell.
                events, lead, earlier = current, current[0] if len(current) == 1 else None, False
            roles.append(
                DateRole(
                    found,
                    clause,
                    events,
                    lead,
                    past=past,
                    coming=coming,
                    aside=aside,
                    earlier=earlier,
                    moved=moved,
                    moved_to=moved_to,
                    listed=listed,
                    by_way_of=lead is not None and namer.by_way_of_only(clause, lead),
                )
            )
        rest = rest.replace(text[start:end], " ", 1)
    roles_read = _incident_aside(_on_duty_aside(_once_a_day(roles), text), text)
    return _earlier_beside_another(_another_childs(roles_read, text)), rest


def _earlier_beside_another(roles: tuple[DateRole, ...]) -> tuple[DateRole, ...]:
    """An earlier one is told beside the current one's date: alone ("A previous strat was held 02/03, when's the
    ICPC due for it?"), or beside only asides (mum's date of birth, the worker's leave), it is the one asked of."""
    if sum(not r.aside for r in roles) > 1:
        return roles
    return tuple(replace(r, earlier=False) for r in roles)


def _around(text: str, earlier: FoundDate, at: int) -> tuple[str, str]:
    """The words before an earlier date, and those between it and the one written at `at`."""
    start = locate(text, earlier.text)
    return text[:start], text[start + len(earlier.text) : at]


# A list's dates are joined by a comma, "and", "then", "(once) again (at home) on (the)" or "and next on" ("family
# time reviewed 02/07/25 and next on 10/09/25": the next of the list, told as done or booked by its words).
_LIST_JOIN = re.compile(
    r"\s*,?\s*(?:(?:and|&|then|(?:once )?again|agian|at home|(?:the )?next(?: one)?|on|the)\s*)*", re.I
)
# Which of several children, by their order: "middle", "the youngest one".
_WHICH_SIBLING = (
    r"\s*(?:and\s+)?(?:the\s+)?(?:eldest|oldest|elder|older|middle|youngest|younger|second|third)"
    r"(?:\s+(?:one|child|sibling|boy|girl|son|daughter))?"
)
# ... all a date of birth after another's tells ("eldest born 03/05/2015, middle 21/01/2021").
_SIBLING_ORDER = re.compile(_WHICH_SIBLING + r"(?:\s+(?:is|was))?(?:\s+(?:born|dob))?(?:\s+on)?[\s:]*", re.I)
# ... and of another event: "..., the younger one on 22/12/25" (the words just before the date).
_SIBLING_ON = re.compile(_WHICH_SIBLING + r"(?:\s+on\b|\s*$)", re.I)
# Words of its own a list's next date may have: of whom the list is ("... and 23/02 for a child whose plan ...").
_ABOUT_WHOM = re.compile(r"(?:for|whose|who|which)\b")


def _listed(text: str, previous: FoundDate, found: FoundDate, clause: str, names_events: bool) -> bool:
    """`found` is written straight after `previous`, joined only by a comma, an "and" or "and again", with no
    words of its own but of whom the list is: the next date of a list ("visited 11/03 and again today", "visits
    05/01 and 23/02 for a child whose plan ...")."""
    words = clause.strip().lower()
    own_words = not _LIST_JOIN.fullmatch(words) and not (_ABOUT_WHOM.match(words) and not names_events)
    if own_words or found.day == previous.day:
        return False  # "today, Monday 11 January" is one date told twice; "04/12 refused entry" is no visit
    after = locate(text, previous.text) + len(previous.text)
    return _LIST_JOIN.fullmatch(text[after : locate(text, found.text, after)]) is not None


# "Her brother was placed last week on 17/12", "their cousin is already there since 03/02": of another child (not
# "the younger sibling", who may be the child asked about).
# ... or a sibling told bare ("Sibling placed separately 24/11"), never the group of them ("Siblings placed
# 01/03", "sibling group", "sibling pair", "A brother and sister were placed").
_ANOTHER_CHILD = re.compile(
    r"\W*(?:(?:and|but|while|whereas)\s+)?(?:(?:her|his|their)\s+(?:(?:older|younger|big|little|twin|half|step)"
    r"[\s-]+)?(?P<who>brother|sister|sibling|cousin)s?\b|(?P<one>brother|sister|sibling|cousin)\b(?!\s+(?:group|pair|set|were|are)\b))",
    re.I,
)


# ... and words that begin with the child asked about ("and he came in on").
_THE_CHILD_ASKED = re.compile(r"\W*(?:(?:and|but|then)\s+)?(?:he|she)\b(?!\s+(?:and|&)\b)", re.I)
_SAME_DAY_WORDS = r"same (?:day|date|time)"
_SAME_DAY = re.compile(rf"\b{_SAME_DAY_WORDS}\b", re.I)
_TOGETHER = re.compile(rf"\b(?:{_SAME_DAY_WORDS}|together|as well|too|also|both)\b", re.I)
_APART = re.compile(r"\b(?:separately|elsewhere)\b", re.I)


def _another_childs(roles: tuple[DateRole, ...], text: str) -> tuple[DateRole, ...]:
    """A date whose words begin with another child ("Her brother was placed separately on 17/12") is no date of
    the child asked about, when another date's words tell an event of the case ("Emergency placement tonight")
    and the asking words are not of that other child ("when is her brother's review?")."""
    # "she was placed the same day", "both placed": the other child's date is hers too, unless its own words say
    # it was apart and no words say the same day ("Twins came into care on 13/04, both placed with the same
    # carers. Their older brother was placed separately on 2 April").
    if _SAME_DAY.search(text):
        return roles
    together = _TOGETHER.search(text) is not None
    # (... or told of the child asked about: "His sister came into care on 10/02, and he came in on 01/03".)
    of_the_case = [
        r
        for r in roles
        if (r.events or _THE_CHILD_ASKED.match(r.clause))
        and not r.aside
        and not _ANOTHER_CHILD.match(r.clause)
    ]
    out = []
    for r in roles:
        # Not a brother's or sister's birth: an age question may be of either child, and says which ("he", "she").
        other = None if BIRTH_EVENT in r.events else _ANOTHER_CHILD.match(r.clause)
        if together and not (other and _APART.search(r.clause)):
            other = None
        elsewhere = text.replace(r.clause, " ", 1).lower() if other else ""
        if other and of_the_case and (other.group("who") or other.group("one")).lower() not in elsewhere:
            r = replace(r, aside=True)
        out.append(r)
    return tuple(out)


# "Covering duty today.", "I'm on duty today -": the day the worker asks, said of the worker.
_ON_DUTY = re.compile(r"(?:i'?m |i am )?(?:covering|on) (?:the )?duty(?: desk)?\W*", re.I)


def _on_duty_aside(roles: tuple[DateRole, ...], text: str) -> tuple[DateRole, ...]:
    """ "Covering duty today. the visit was 16/3/26, when should I go back?": a day whose only words say the worker
    is on duty is no event of the case when another day's words name one. Alone, it may be the case's day too
    ("I'm on duty today and placed a child with carers"), and so may a day told again ("Covering duty today.
    ... strat held today": only the first telling's words are read)."""
    named = {r.found.day for r in roles if r.events}
    return tuple(
        replace(r, aside=True)
        if not r.events
        and _ON_DUTY.fullmatch(r.clause.strip())
        and named - {r.found.day}
        and times_told(text, r.found.text) == 1
        else r
        for r in roles
    )


# Words of an injury or an incident itself, just before its date, not of the work that follows it: "mum says he
# fell at nursery on", "after a DV incident on" (not "notification came in today re a DV incident").
_INCIDENT_BEFORE = re.compile(
    r"\b(?:(?:he|she|they|child|baby|boy|girl)\s+fell|fell\s+(?:at|off|down|over|from|in|out)"  # not "it fell on"
    r"|injur(?:ed|y|ies)|hurt|bruis(?:ed|ing|es)|burn(?:ed|t)|scalded|(?:was|got) (?:hit|slapped|punched|kicked)"
    r"|assaulted|incidents?)"
    r"(?:\s+[\w']+){0,4}\s*$",
    re.I,
)
# ... unless it is told as reported ("school reported an incident on 03/02"): then it is the day the worry came in.
_REPORTED = re.compile(
    r"\b(?:report\w*|rang|phoned|emailed|notified|notification|referred|referral|told us|raised|disclosed)\b",
    re.I,
)


# Events that start the work an incident leads to.
_WORK_STARTS = frozenset(
    {
        "contact",
        "referral",
        "assessment-decision",
        "strategy-decision",
        "s47-initiated",
        "s47-concerns",
        "strategy-discussion",
    }
    | {"placement", "looked-after"}
)
_TELLS_THE_IRO = re.compile(r"\b(?:iro|reviewing officer)\b", re.I)


def _incident_aside(roles: tuple[DateRole, ...], text: str) -> tuple[DateRole, ...]:
    """ "Mum says he fell at nursery on the 22nd. TL has agreed a Section 47. Today is 24 December": the day of an
    injury or incident, whose words name no event of the work, is no start when a day of the work follows it
    (alone, or after the other dates, it may be the day the concerns came in, or the event the IRO is told of)."""
    if _TELLS_THE_IRO.search(text):
        return roles  # the IRO is told of the incident itself: it is the change in the child's circumstances

    def of_an_incident(r: DateRole) -> bool:
        at = locate(text, r.found.text)
        before = CLAUSE_END.split(text[:at])[-1] if at > 0 else ""
        # Another event told the same day ("Incident at home on 14/01 ... TL decision for strat was 14/01") keeps it.
        alone = (
            all(o is r or o.found.day != r.found.day for o in roles) and times_told(text, r.found.text) == 1
        )
        return alone and _INCIDENT_BEFORE.search(before) is not None and _REPORTED.search(before) is None

    def followed_by_the_work(r: DateRole) -> bool:
        # Only when a day that starts the work comes after it, and has come ("S47 agreed today", "placed 07/05",
        # "Today is 24 December"): a date of birth, a visit or a coming into care before the incident, or a
        # meeting booked ahead, leaves the incident the day the step may count from (rv68, rv69, final read).
        return any(
            o is not r
            and not o.aside
            and not o.coming
            and o.found.day >= r.found.day
            and (not o.events or bool(_WORK_STARTS & set(o.events)))
            for o in roles
        )

    return tuple(
        replace(r, aside=True)
        if not r.events and not r.aside and followed_by_the_work(r) and of_an_incident(r)
        else r
        for r in roles
    )


def _once_a_day(roles: Sequence[DateRole]) -> tuple[DateRole, ...]:
    """A day told twice ("today, Friday 1 May", "today (Mon 14 April)") is one date, with the words of the
    telling that names an event: the restatement alone has no words, and would count every rule from it.
    Two events on one day ("referral 3/10, strat 3/10") stay two dates."""
    kept: list[DateRole] = []
    for role in roles:
        twin = next((k for k in kept if k.found.day == role.found.day), None)
        if twin is None or (role.events and twin.events):
            kept.append(role)
        elif role.events:
            kept[kept.index(twin)] = role
    return tuple(kept)
