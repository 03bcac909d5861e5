"""Which timescale a deadline question is about, and which of its dates to count from.

Three kinds of evidence, all data in the pack:
- retrieval: term weighting (knowledge/termindex.py, through the same text pipeline as the standards'
  search), over one document per rule made of
  its label, its names, the phrasings a practice lead wrote for it (`asks:`) and its standard's text and
  alternate questions, so a rule is found by how people ask for it, not by one keyword;
- the step's name in the words left once the dates' clauses are taken out ("when's the ICPC?");
- the role of each date (knowledge/date_roles.py): a rule counts from its own event, so a date whose
  words name that event is its start, and a date of birth only starts an age;
- what else the question says: a phase ("first review booked", "b4 first review"), other events of the
  same part of the work ("came into care"), a meeting that was held (no report is due before it now).
When two rules end up close, the caller asks the worker which one they mean instead of guessing.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cached_property
from typing import Protocol, TypeVar

from calculators.chatdates import FoundDate, read_ahead
from calculators.timescale import COUNTED_BACK, FIRST_ONE, Count, Timescale
from knowledge import step_dates
from knowledge.date_roles import (
    ASKING,
    ASKS_FOR_A_DATE,
    BIRTH_EVENT,
    BRACKETED,
    CLAUSE_END,
    HAPPENED,
    LOOKED_AFTER_EVENT,
    TOOK_PLACE,
    DateRole,
    EventNamer,
    date_roles,
    loose_runs,
    loose_spans,
    only_after_it,
    phrase_set,
    points_back,
    stemmed,
    still_to_come,
    tense,
    told_again,
    word_runs,
)
from knowledge.embeddings import EmbeddingCache
from knowledge.encoder import SentenceEncoder
from knowledge.extensions import NOT_EXTENDED, extension_agreed
from knowledge.pipeline import TextPipeline
from knowledge.records import Entry, KnowledgePack
from knowledge.search import Hit
from knowledge.step_dates import (
    BOOKED,
    CANCELLED,
    COMPLIANCE,
    LATER_ORDINALS,
    MAX_ASSUMED_GAP_DAYS,
    NOT_A_VISIT,
    NOT_COUNTED,
    RECURRING,
    SECOND_ONE_CHECKED,
    Said,
    best_start,
    checked_pair,
    outcome_dated,
    phase,
    plainly_also,
    told_to_count_from,
    unvisited,
    upstream,
)
from knowledge.step_meaning import StepMeaning
from knowledge.termindex import TermIndex
from knowledge.text import STOPWORDS, fold, phrase_stem, terms

RETRIEVAL_WEIGHT = 1.0  # the rule index's score (0..1) for the question without its dates
ENTRY_WEIGHT = 0.3  # the standards index's score for the rule's own standard
NAME_WEIGHT = 0.5  # the step is named in the words outside the dates' clauses
NAME_WORD_WEIGHT = 0.05  # a longer name ("initial cin meeting") is more specific than "cin meeting"
CLAUSE_NAME_SHARE = 0.6  # a step's name beside a date counts this share of one in the question proper
CONTEXT_WEIGHT = 0.15  # another event of the rule's own section is named in the question
# "became LAC 01/12, initial LAR held 30/12, in timescale?": the rule from the one to the other, both dated.
OUTCOME_DATED_WEIGHT = 0.3
# "Core group is 05/01/27 ... when's my next visit?": a one-off step whose own date is given is not asked for.
OWN_DATE_PENALTY = 0.3
PHASE_WEIGHT = 0.2  # a date says the event that starts or ends the rule's phase has happened or is ahead
FIRST_PHASE_WINDOW = timedelta(days=42)  # a first looked after review is due within 20 working days of care
PAST_MEETING_PENALTY = 0.2  # a "before" count from a date whose words say the meeting was held
NEXT_WEIGHT = 0.15  # "when's the next visit due?" asks for a recurring step
# "placed today, when's the meeting due?" ("... the plan due?"): a meeting (a plan) asked for by no name of its own;
# the meetings (the plans) gain this and the other steps lose it.
KIND_ASKED_WEIGHT = 0.3
# The encoder's nudge (knowledge/step_meaning.py): a step whose phrasings come within MEANING_MARGIN (cosine) of
# the nearest step's gains MEANING_WEIGHT for each unit of that nearness; the nearest gains the most. At 1.5 it
# settled more questions but also chose one of two steps the worker should be asked about.
MEANING_WEIGHT = 1.0
MEANING_MARGIN = 0.3
MIN_STEP_SCORE = 0.45
MIN_NAMED_STEP_SCORE = 0.35
BACKWARDS_SCORE = 2.0  # the question dates a step's outcome and asks how early its start could have been
# Words that tell a date's event is gone by ("last visit 06/01", "saw him 05/01", a date of birth); not "placed",
# "approved" and the like, which workers write of dates ahead too ("due to be placed 12/01").
_DONE_WORDS = re.compile(
    r"\b(?:last|previous|prev|most recent|seen|saw|visited|completed|born|dob|d\.o\.b)\b", re.I
)
# How far ahead a date without its year, not said to have happened, is read ahead (see _days_ahead).
NEAR_AHEAD = timedelta(days=31)
MOVED_AHEAD = timedelta(days=92)  # how far ahead a meeting's new date, its year not written, is read as ahead
MIN_RETRIEVAL = 0.3  # a rule neither named nor counted from a named event needs this much retrieval
# "first PLO meeting 12/03, when should the first meeting have been?": asks when a booked event was due.
_SHOULD_HAVE_BEEN = re.compile(
    r"\b(?:should|must|ought to)(?: \w+){0,3} have (?:been|happened|taken place)\b"
)
# "when was the formal dispute due?", "by what date should it have gone formal?": when the outcome itself was due
# (not "when should the dispute have been resolved?", which asks of the step counted on from it).
_OUTCOME_DUE = re.compile(
    r"\bwhen (?:was|were) (?:\w+ ){1,4}due\b|\b(?:should|must|ought to)(?: \w+){0,3} have gone\b", re.I
)
# "moved placement 01/03 (looked after since 2023)", "she's already in care": the child came into care before.
_ALREADY_IN = re.compile(
    r"\b(?:in care|looked after|lac|cla|cic|accommodated) (?:since|for)\b|\balready (?:in care|looked after|lac|cla)\b"
    r"|\bbeen (?:in care|looked after)\b|\bsince (?:coming|(?:she|he|they) came) into care\b"
    r"|\b(?:second|2nd|third|3rd|another|next) placement\b|\bprevious (?:carers|placement|foster)"
)


def _of_one_already_in(
    t: Timescale, start: FoundDate, roles: Sequence[DateRole], folded: str, done: set[str]
) -> bool:
    """The step's start is a placement standing for coming into care, and the question says the child was in care
    before it or that the step's own outcome has happened ("had her first LAC review 10/12, placed with new carers
    22/12"): the placement is a move, which starts no first review."""
    wider = t.start_event == LOOKED_AFTER_EVENT and any(
        r.found == start and r.lead in t.else_from and not set(r.events) & t.counted_from for r in roles
    )
    if not wider:
        return False
    return bool(_ALREADY_IN.search(folded)) or t.produces in done or any(r.lead == t.produces for r in roles)


# "When's the latest the first PLO meeting should be?", "the latest date", "by the latest": the last day allowed, not
# the later of two days told ("the minutes of the latest PLO meeting", "the latest one" ask of that one).
_LATEST_ALLOWED = re.compile(
    r"\blatest\b(?=\s*(?:[?.!]|$|(?:the|a|an|it|we|they|i|you|he|she|this|that|date|day|time|possible|by|for)\b))",
    re.I,
)
# The rest of a compliance question after its check words ("compliant?", "in time? thanks"): a word's end,
# and nothing else said.
_ASKED_AT_THE_END = re.compile(r"\w*[\s?.!,]*(?:(?:please|pls|thanks|thank you|ta|cheers)[\s?.!]*)?$", re.I)
_CHECKING_WORDS = re.compile(rf"(?:{COMPLIANCE.pattern})\w*", re.I)
# What a name is of: "the notes of the meeting", "minutes from the core group".
_OF_WORDS = frozenset({"of", "from"})
# "allocate a new case for a Child and Family Assessment": the step asked is done for what the name after "for"
# names, with at most a few words of what it is done to between.
_FOR = phrase_stem("for")
_FOR_GAP = 3
# "when do the notes go to the parents after a pre-proceedings meeting?": what the step asked counts from.
_AFTER = phrase_stem("after")
_WHAT_IT_IS_DONE_TO = frozenset(
    phrase_stem(w) for w in ("it", "them", "the", "a", "an", "new", "case", "this", "family", "referral")
)
# "by when must the visit be recorded?": the words between a step's name and the name of a step done to it.
_BEFORE_BEING = frozenset(phrase_stem(w) for w in ("need", "needs", "needed", "to", "has", "have", "got"))
_BEING = frozenset(phrase_stem(w) for w in ("be", "been", "get", "go"))
_NEXT_WORD = phrase_stem("next")
_NAME_STOPWORDS = STOPWORDS - {"and"}  # "and" is inside plain names ("child and family assessment")
_DETERMINERS = frozenset(
    phrase_stem(w)
    for w in ("the", "a", "an", "her", "his", "their", "my", "our", "this", "that", "todays", "yesterdays")
)
_NEXT = re.compile(r"\b(?:next|nxt|again)\b")  # "when do I need to see her again?" asks for a recurring step
# "CP child seen 02/01/27 then 05/02/27. Gap ok?": the gap between two of a step that repeats (not a "stop-gap").
_GAP = re.compile(r"(?<![-\w])(?<!stop )gaps?\b")
# ... and "next one due?", "when nxt", "when do I go next?" the next of what the question told, not whatever is
# due next ("what's my next deadline?") nor another thing it names ("the next meeting").
_NEXT_ONE = re.compile(
    r"\b(?:next|nxt)(?:\s+(?:one|1))?(?:\s+(?:due|by|when|please|by when|due by|due when))?\s*(?:[?.!,;]|$)"
)
# The words that name each kind of plan, in a rule's names or in "not CP": one key per kind.
_PLAN_KINDS = {
    "cp": ("cp", "child protection", "protection"),
    "cin": ("cin", "child in need", "in need", "section 17", "s17"),
    "lac": (
        "lac",
        "cla",
        "looked after",
        "in care",
        "into care",
        "foster placement",
        "foster care",
        "living with foster carers",
        "foster family",
        "foster home",
    ),
    "plo": ("plo",),
    "s47": ("s47",),
    "adoption": ("adoption", "adopters", "adopter", "adoptive"),
}
# "on a support plan", as workers call a CIN plan: only with nothing but "a", "the" or whose before it (not a
# "behaviour", "placement", "family", "SGO" or "SEN" support plan, nor one "at school").
_SUPPORT_PLAN = re.compile(
    r"\b(?P<det>a|the|her|his|their) support plan\b(?! (?:at|from|in|with) (?:the )?(?:school|nursery|college)\b)"
)
# "on a plan because of safeguarding worries", "on a safeguarding plan": a protection plan (not "school have a
# safeguarding plan for her").
_SAFEGUARDING_PLAN = re.compile(
    r"\bplan (?:because of|due to|for|over) safeguarding\b|(?<=\bon )(?:a|the) safeguarding plan\b"
)
_KIND_WORDS = "|".join(sorted({w for words in _PLAN_KINDS.values() for w in words}, key=len, reverse=True))
_NOT_A_PLAN = re.compile(
    r"\b(?:not|non|isnt|no longer)\s+(?:on\s+|subject to\s+)?(?:a\s+|an\s+)?(?P<kind>" + _KIND_WORDS + r")\b"
)
_BUT_THIS_ONE_IS = re.compile(
    r"(?: \w+){0,3}? but (?:she|he|they|the child|the baby|this child) (?:is|are)\b"
)
# ... and a plan that has ended ("came off the protection plan", "de-planned from CP"): not the plan now, though
# its words still name the steps that follow an ending ("the first CIN meeting after coming off a plan").
_PLAN_ENDED = re.compile(
    r"\b(?:(?:came|come|comes|coming|taken|stepped|stepping) off|off (?:of )?|removed from|de ?planned from"
    r"|stepped down from|ended|previously on|formerly on|used to be on"
    # "decided the kids don't need protection plans any more"
    r"|(?:dont|doesnt|no longer) needs?"
    # "was on a CIN plan, now LAC"
    r"|(?:was|were) on(?=[^.?!]*\bnow\b))\s+(?:the\s+|a\s+|an\s+|her\s+|his\s+|their\s+)?(?P<kind>"
    + _KIND_WORDS
    + r")\b"
)
# ... and a protection plan made ("conference put the kids on a plan", "made subject to plans"): the conference
# ended none, so nothing counted from a plan's ending follows it.
_PLAN_MADE = re.compile(
    r"\b(?:put|made|placed|went|go|goes|gone)\b(?: \w+){0,3}? (?:on|onto|subject to) (?:a |the |their |her |his )?"
    r"(?:(?:cp|child protection|protection) )?plans?\b"
)
# ... or one that goes on ("RCPC 01/03 - child stays on plan", "the review kept her on a plan", final51).
_PLAN_GOES_ON = re.compile(
    r"\b(?:stays?|stayed|staying|remains?|remained|remaining|kept|keeps?|continues?|continued|still)\b(?: \w+){0,3}?"
    r" (?:on|subject to) (?:a |the |their |her |his )?(?:(?:cp|child protection|protection) )?plans?\b"
    r"|\bplans? (?:continues?|continued|remains?|stays?|goes on)\b"  # "RCPC 04/03, plan continues"
    # "The conference was held on the 23rd ... the little one is now on a plan": made or kept, not ended.
    r"|\bnow (?:on|subject to) (?:a |the |their |her |his )?(?:(?:cp|child protection|protection) )?plans?\b"
)
# ... unless an end is told after all ("kept on a plan until the RCPC, when it was lifted", rv87), or the worker
# does not know ("I don't know if the plan continued"): these words beside those of _SAID_ENDED, read with them.
_AN_END_TOLD = re.compile(
    r"\b(?:until|till|lifted|discharged|off|ceased|closed|finished|removed|stopped|discontinued"
    r"|if|whether|not sure|dont know|unsure)\b"
)
# A plan said without its kind: "they've been on plans since ICPC", "subject to a plan".
_ON_A_PLAN = re.compile(r"\b(?:on|onto|subject to) (?:a |the |their |her |his )?plans?\b")
ICPC_EVENT = "icpc"
# Any word of an ending, of a plan or of anything else ("came off it", "the plan ended", "stepped down to CIN"),
# or of a CIN plan or a review conference ("RCPC - CIN now, put on a plan"): a plan made is not all it says.
_ANY_ENDING = re.compile(
    r"\b(?:off|end|ends|ended|ending|ceased|closed|discharg\w*|removed|no longer|de ?regist\w*|de ?plan\w*"
    r"|step(?:ped|s)? down|cin|child in need|rcpc|review|lifted|stopped|discontinu\w*|finish\w*|conclud\w*"
    r"|de ?escalat\w*|over|not|no|never|wont|won t|wasnt|werent|isnt|didnt)\b"
)
_A_TIMESCALE = re.compile(
    r"(?:\d+|one|two|three|four|five|six|eight|ten|twelve)\s*(?:weekly|monthly|week|month|day)s?"
)
# Anything said to have ended ("conference decided it's no longer needed"), or no plan made ("not made subject to a
# plan, CIN instead", rv86): the meeting that follows it is the one.
_SAID_ENDED = re.compile(
    r"\b(?:no longer|not) (?:need|needs|needed|required)\b|\b(?:ended|came off|come off|taken off|de ?planned"
    r"|step(?:ped|ping|s)? down|nfa|instead)\b|\b(?:not|no|never|without)\b(?: \w+){0,4} plans?\b"
)
# A meeting asked for by no word of its own ("when's the meeting due?", "1st mtg by?", "which meeting is it and when
# is it due?"): the asking words are these and nothing else ("the education planning meeting at school", "the first
# of those meetings" and "the meeting with police and health" say which) ...
_MEETING_WORDS = frozenset({"meeting", "mtg"})
_ONLY_ASKING = (
    "when whens what whats which is s the a due by next nxt first 1st does do need needs to be have has we i should"
    " must happen held hold latest date it please and deadline for will after get booked book in set up arrange"
    " arranged can are how soon her him them take place"
    # (a day's name left beside a date: "placed today fri 22/5 when is the meeting due")
    " mon monday tue tues tuesday wed weds wednesday thu thur thurs thursday fri friday sat saturday sun sunday"
)
_BARE_MEETING_ASK = _MEETING_WORDS | frozenset(_ONLY_ASKING.split())
# ... and so is a plan ("placed 10/06, when is the plan due?", "when does the plan need doin?"; not "the care plan").
_PLAN_WORDS = frozenset({"plan"})
_BARE_PLAN_ASK = (
    _PLAN_WORDS
    | frozenset(_ONLY_ASKING.split())
    | {
        "done",
        "doin",
        "doing",
        "sorted",
        "written",
        "up",
        "completed",
        "complete",
        "ready",
        "my",
        "get",
        "got",
    }
)


def _bare_kind_asked(words_asking: set[str], kind: frozenset[str], bare: frozenset[str]) -> bool:
    """The words that ask name the kind ("meeting", "plan") and say nothing else but asking words."""
    return bool(words_asking & kind) and words_asking <= bare


_AFTER_THE_FIRST = re.compile(
    r"\b(?:after|since|following|past|post) (?:the )?(?:first|1st|initial) (?P<what>(?:\w+ ){0,2}\w+)"
)
_ONLY_AFTER_THE_FIRST = re.compile(
    r"(?:after|since|following|post) (?:the )?(?:first|1st|initial) (?:(?:lac|cla|looked after|cp|cin|plo) )?"
    r"(?:review|rev|conference|meeting|core group)"
)
# The visits a phase is said of, before it: "lac visit after 1st review".
_VISITS_SAID = re.compile(r"^(?:(?:lac|cla|cic|looked after) )?(?:stat(?:utory)? )?visits? ")
# The phase said in the words that ask: "how often do I visit before her first review?", "... after the first
# review?" (before: the first is still to come; after: it has been).
_PHASE_ASKED = re.compile(
    r"(?<!not )\b(?:(?P<before>before|b4|until|till)|after|since|following|post)"
    r" (?:the |her |his |their )?(?:first|1st|initial) (?:(?:lac|cla|looked after) )?(?:review|rev)\b"
)
# ... of a child the question says is in care (rv41: not of a child on a CP or CIN plan, nor one whose settled
# permanent placement sets visits of its own).
_IN_CARE = re.compile(r"\b(?:in care|into care|looked after|lac|cla|cic|accommodated|adopt\w*|foster\w*)\b")
_NOT_THAT_PHASE = re.compile(
    r"\b(?:cp|cin|child protection|child in need|protection plan|permanent|settled|long[ -]term)\b"
)
_HOW_OFTEN = re.compile(r"\bhow often\b")
# "has had her first review already and (there's) no permanence plan yet": what has not happened yet, after "and",
# is another thing than what has, so a clause without a date is read in two.
_AND_NOT = re.compile(
    r"\band\s+(?=(?:no|not|still no|there(?:['’]s| is) (?:still )?no|hasn'?t|haven'?t|has not|have not)\b)",
    re.I,
)
# The words just before a date that say the meeting on it was held: "ICPC was Tuesday", "was on the 4th",
# "held 27/5", "took place". Not "being held", "to be held", "is held", "set for", "had confirmation it's".
_HELD_ON = re.compile(
    r"\b(?:was|were|(?<!being )(?<!be )(?<!is )(?<!are )held|took place|happened|went ahead)(?: on)?\s*$",
    re.I,
)
_ENDED = re.compile(r"\b(?:expired|expires|lapsed|lapses|ran out|runs out|run out|came to an end)\b")
_VISITED_UNDER = {"cp", "cin", "lac", "adoption"}
# A child protection plan and a child in need plan both said are two children's ("brother on CP, sister on CIN"):
# an adoptive placement is a looked after child's too, so those two are no pair.
_EACH_CHILDS_PLANS = frozenset({"cp", "cin"})
# ... or of another plan than the one the question names: less, for the plan may be one that has ended.
OTHER_PLAN_PENALTY = 0.2
NOT_THIS_PLAN_PENALTY = 0.3  # the worker says the plan is not of this rule's kind ("a (not CP) plan")
TIE = 0.005  # scores this near the best of a run rank as a tie
DONE_PENALTY = 0.3  # a step dated as done, unnamed, in a question asking for the next of something
# A visit that repeats, unnamed, whose visit told of is where the step asked for counts from ("cp visit 09/03, when
# does it need recording by?"): the recording is asked, not the next visit, whatever the words' retrieval says.
FROM_ASKED_PENALTY = 0.9
OVERTAKEN_PENALTY = 1.0  # a named step whose outcome is dated as done, beside the named step that follows it
EXTENSION_WEIGHT = 0.5  # an extension said to be agreed: the extended timescale, not the one it extends
# The worker says the timescale ("did that meet the 1 working day standard?", "within the 45 days?", "6-weekly"):
# the steps counted that way gain this. Only after "within" or "every", before "standard"/"timescale", or as
# "N-weekly": "placed 2 weeks ago" and "for 3 months" say how long something has been, not a timescale.
STATED_TIMESCALE_WEIGHT = 0.5
# "formal dispute raised 29/05, when was it due?": the step whose outcome is asked of and dated gains this.
OUTCOME_ASKED_WEIGHT = 0.75
_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "twelve": 12, "fifteen": 15, "sixteen": 16, "twenty": 20,
}  # fmt: skip
_NUMBER = r"(?:\d{1,2}|" + "|".join(_NUMBERS) + r")"
_UNIT = r"(?:working[\s-]*days?|wd|days?|weeks?|wks?|months?)"
_STATED_TIMESCALE = re.compile(
    rf"\b(?:(?:within(?: the)?|every)\s+(?P<n>{_NUMBER})[\s-]*(?P<unit>{_UNIT})\b"
    rf"|(?P<n2>{_NUMBER})[\s-]*(?P<unit2>{_UNIT})[\s-]+(?:standard|timescale|target|rule|limit|deadlines?)\b"
    rf"|(?P<n3>{_NUMBER})[\s-]*(?P<unit3>weekly|monthly)\b"  # "6-weekly", the standards' own word
    r"|\bwithin (?:the )?(?P<n4>\d{1,2})\s*(?:\?|$))",  # "completed 20/10. Within the 45?": a number known by heart
    re.I,
)
_STATED_COUNTS = {
    "working days": (Count.WORKING_DAYS, Count.WORKING_DAYS_BEFORE),
    "days": (Count.CALENDAR_DAYS, Count.CALENDAR_DAYS_BEFORE),
    "weeks": (Count.WEEKS, Count.EVERY_WEEKS, Count.WINDOW_WEEKS),
    "months": (Count.MONTHS, Count.EVERY_MONTHS),
}
# A compliance question that names no step gives a date of this step's own outcome, checked against its due date.
CHECKED_WEIGHT = 0.1  # under the choice margin: a close rival is still offered
_BACK = re.compile(r"\b(?:could have|should have|must have|would have|needed to have)\b", re.I)
_BACKWARDS_COUNTS = (Count.WORKING_DAYS, Count.CALENDAR_DAYS, Count.WEEKS)
# "When does the next one have to be?": a later one of the step the question has just told of.
_THE_NEXT_ONE = re.compile(r"\b(?:(?:next|second|2nd|following|another)\s+one|meet again)\b", re.I)
# ... and "when can the case go across?": the first day it may.
EARLIEST = re.compile(
    r"\b(?:earliest|soonest)\b"
    r"|\b(?:when|how soon) can (?:the case|case|it|the family|they|we) (?:go|move|transfer|be transferred|come over)\b",
    re.I,
)
_DEFINITE = re.compile(r"\s*(?:the|that|this)\b", re.I)  # "the conference is on 02/01": one named before
_NEEDED = re.compile(r"\b(?:need|needs|needed|required|requires|wanted)\b", re.I)
# "manager agreed (or said, today) we need to get police and health together": a manager's decision that an event is
# needed (not "the conference decided she no longer needs a plan", which dates the conference).
_DECIDED_NEEDED = re.compile(
    r"(?:\b(?:manager|tl|team leader|sm|senior|practice lead)\b(?: \w+){0,2}? (?:agreed|decided|(?P<said>said|says))"
    r"|\bmade the (?:call|decision))\b(?: on| at)?(?: that)?(?: we)? (?:need|needs)\b",
    re.I,
)


@dataclass(frozen=True)
class StepMatch:
    """A timescale the question may be about, how strongly, and the date it would count from."""

    timescale: Timescale
    score: float
    start: FoundDate | None = None
    named: bool = False  # the step is named where the question asks ("when's the ICPC?")
    # Counted back from the event the rule produces, to the earliest its start could have been:
    # "ICPC booked for 14/01, earliest the strat could have been held?"
    backwards: bool = False
    # A date in the question that belongs to an event before the rule's own start in the standards' chain
    # ("strat 31/12, first core group?"), so the rule can't be counted from it: the event's id and the date.
    earlier_event: str | None = None
    earlier_date: FoundDate | None = None
    # The start date's words say its event is still ahead ("FGC booked for 11 June"): a date without a
    # year is then the next such day, not the last.
    start_ahead: bool = False
    start_held: bool = False  # ... or the words just before it say it was held ("ICPC was 3/12", "held on")
    start_coming: bool = False  # ... or its words say it is ahead, less surely ("next LAC review is 10/12")
    # The event the step produces is dated, and not ahead ("Initial PLO meeting 8 Jan"): it has happened, so
    # a worker naming it may be asking about a step that follows it ("... the first review PLO meeting?").
    done: bool = False
    # A question checking a date against the standard ("visit 27/08, recorded 02/09 - compliant?"): the date
    # checked against the due date, when the other date given is plainly this step's outcome.
    checked: FoundDate | None = None
    # What the encoder's reading added to `score` (knowledge/step_meaning.py): it may reorder the steps
    # offered, but never settles a choice the rest of the evidence leaves open.
    nudge: float = 0.0
    # The start date's words name the step's event among others, none of them the one meant ("conf is 4/01":
    # an initial or a review conference), and nothing else in the question (a kind of plan) says which.
    start_undecided: bool = False
    named_by: frozenset[str] = frozenset()  # the names of the step found where the question asks
    stated: bool = False  # the step is named beside a date, where the question tells ("see the child today")
    # The step is of another kind of plan than the one the question says the child is on ("on a CP plan": a CIN
    # visit), or of one it says the child is not on ("not protection": a CP visit).
    other_plan: bool = False
    not_this_plan: bool = False
    # Of a CP and a CIN plan both said ("brother on CP, sister on CIN"), those this step is of: each child's visits
    # are asked for.
    plans_said: frozenset[str] = frozenset()
    # The step is a meeting (a plan) and the question asks for "the meeting" ("the plan") by no name of any step:
    # which is not said.
    kind_asked: bool = False
    # The step is of a CP or a CIN plan and the question says nothing of which plan the child is on, or is not on.
    plan_untold: bool = False


# The standard's first questions (the pack lists the most typical ways to ask first) go into each of its
# rules' documents; the many scenario and paraphrase alternates after them are read by the standards'
# search instead, and in the rule documents they drowned what tells one rule of a standard from another
# (measured on the independent deadline set: 236/248 with all of them, 240/248 with the first six).
RULE_DOCUMENT_QUESTIONS = 6
# Review PLO meetings are every 4 to 6 weeks after the first (the standards): a later one is weeks after, never days.
LATER_ONE_GAP = timedelta(days=28)
# "ICPC adjourned on 02/03, conference now 30/03", "the ICPC was moved; conference is now 30/03": a meeting put
# off, so the later date may be the first again, on another day (not "dad has since moved out", "mum didn't
# attend": the first was held).
_FIRST_AGAIN = re.compile(
    r"\b(?:adjourn\w*|reconven\w*|cancel\w*|re-?book\w*|postpon\w*|re-?arrang\w*|re-?schedul\w*"
    r"|(?:was|were|been|be|got|get) moved|did ?n[o'’]?t (?:go ahead|happen)|not quorate)\b",
    re.I,
)


def _rule_document(t: Timescale, entry: Entry) -> Entry:
    """One retrievable document per rule, shaped as an entry so the standards' retriever can index it."""
    return Entry(
        id=t.rule,
        section=entry.section,
        title=t.label,
        text="\n".join([t.label, *t.names, entry.text]),
        questions=(*t.asks, *t.names, t.label, *entry.questions[:RULE_DOCUMENT_QUESTIONS]),
        source_file=entry.source_file,
        note=t.note,
    )


class StepFinder:
    """Ranks the pack's timescales for a question; built once, read-only after."""

    def __init__(
        self,
        pack: KnowledgePack,
        pipeline: TextPipeline,
        encoder: SentenceEncoder | None = None,
        cache: EmbeddingCache | None = None,
    ) -> None:
        self._timescales = pack.steps
        self._encoder, self._cache = encoder, cache
        documents = tuple(_rule_document(t, e) for e in pack.entries for t in e.timescales)
        # The events of each section's rules: a question naming one of them is about that part of the work.
        self._section = {t.rule: e.section for e in pack.entries for t in e.timescales}
        self._section_events: dict[str, set[str]] = {}
        for t in pack.steps:
            events = {*t.counted_from, *([t.produces] if t.produces else [])} - {""}
            self._section_events.setdefault(self._section[t.rule], set()).update(events)
        self._documents, self._pipeline = documents, pipeline
        # Which event follows which: not a step due before its event (a transfer's notice comes before it).
        self._leads_to = {
            (t.start_event, t.produces) for t in pack.timescales if t.produces and t.count not in COUNTED_BACK
        }
        self._upstream = upstream(self._leads_to)
        self._counted_back_from = frozenset(t.start_event for t in pack.timescales if t.count in COUNTED_BACK)
        self._ahead_of_meetings = {
            t.produces for t in pack.timescales if t.produces and t.count in COUNTED_BACK
        }
        self._heads = {e.id: _head_word(e.names) for e in pack.events}
        self._subjects = {
            e.id: frozenset(w for n in e.names for w in stemmed(n).split()) - {self._heads[e.id]}
            for e in pack.events
        }
        # Names are read through the pipeline's typo correction only (see EventNamer for why no expansion).
        self.events = EventNamer(pack.events, pipeline.corrector.correct_names)
        event_names = {e.id: {*e.names, e.id.replace("-", " ")} for e in pack.events}
        # A rule is also named by the event it produces: "when does it become a formal dispute?"
        names = [
            {*t.names, t.label, t.rule.replace("-", " "), *event_names.get(t.produces or "", ())}
            for t in self._timescales
        ]
        self._names = [phrase_set(n) for n in names]
        self._kinds = [_plan_kinds(" , ".join([t.label, *t.names])) for t in self._timescales]
        # The rules an extension extends (the pack's `extends`): counted instead of them when it is agreed.
        self._extended = {t.extends for t in self._timescales if t.extends}
        self._start_of = {t.rule: t.start_event for t in self._timescales}
        # The events a phase's first ending counts from (coming into care, for the first looked after review).
        phase_ends = {t.before_event for t in self._timescales if t.before_event}
        self._phase_events = {e for t in self._timescales for e in (t.before_event, t.after_event) if e}
        self._repeated_events = {t.start_event for t in self._timescales if t.count in RECURRING}
        # The later kinds of the events each rule counts from (review PLO meetings after the first), unless it is
        # counted from that kind itself: a date of one is no start for it (see step_dates.best_start).
        self._later_kinds = {
            t.rule: frozenset(
                k for e in t.counted_from if (k := self.events.later_of(e)) not in (None, t.start_event)
            )
            for t in self._timescales
        }
        # The later kinds of the event each rule produces: a review conference held says the ICPC was, so its date
        # is no start for the ICPC (see step_dates.best_start).
        self._done_kinds = {
            t.rule: frozenset({later} - t.counted_from)
            for t in self._timescales
            if (later := self.events.later_of(t.produces)) is not None
        }
        # The first kinds of the event each rule counts from: the first PLO meeting, of a review one.
        self._first_kinds = {
            t.rule: frozenset(e.id for e in pack.events if e.later == t.start_event) for t in self._timescales
        }
        self._phase_entries = {
            e for t in self._timescales if t.produces in phase_ends for e in t.counted_from
        }
        self._produces = {t.rule: t.produces for t in self._timescales if t.produces}
        # Events that are a decision: those a bare "decision" or "decided" names (the management decision).
        self._decisions = {e.id for e in pack.events if {"decision", "decided"} & set(e.names)}
        # Events that are themselves an end ("temporary approval ends", "plan ended"): a date said to end
        # something may start what follows them.
        self._endings = {e.id for e in pack.events if any(_ENDED.search(n) for n in e.names)}
        self._plan_endings = {e.id for e in pack.events if any(_PLAN_ENDED.search(fold(n)) for n in e.names)}
        self._all_names = frozenset().union(*self._names)
        self._untimed_names = frozenset().union(
            *(n for n, t in zip(self._names, self._timescales, strict=True) if t.count is Count.UNTIMED)
        )
        # The names of steps counted back from a meeting ("report to the conference chair"), and of each event the
        # names of the counted steps that may count from it, read once: see find.
        self._counted_back_names = frozenset().union(
            *(n for n, t in zip(self._names, self._timescales, strict=True) if t.count in COUNTED_BACK)
        )
        # ... and of each event the names of the steps that end in it (an informal challenge, of a formal dispute).
        counted_names: dict[str, set[str]] = {}
        producing: dict[str, set[str]] = {}
        for rule_names, t in zip(self._names, self._timescales, strict=True):
            if t.count is not Count.UNTIMED:
                for event in t.counted_from:
                    counted_names.setdefault(event, set()).update(rule_names)
            if t.produces is not None:
                producing.setdefault(t.produces, set()).update(rule_names)
        self._names_counted_from = {event: frozenset(found) for event, found in counted_names.items()}
        self._names_producing = {event: frozenset(found) for event, found in producing.items()}
        # ... and of each step the names of the other timed steps counted from its event that are not its own.
        self._sibling_names = [
            frozenset().union(
                *(
                    other_names
                    for other_names, other in zip(self._names, self._timescales, strict=True)
                    if other is not t
                    and other.count is not Count.UNTIMED
                    and other.start_event == t.start_event
                )
            )
            - rule_names
            for rule_names, t in zip(self._names, self._timescales, strict=True)
        ]
        # Of each event, the untimed steps' names that are one of its names and then another step's name ("strat
        # minutes"), read once: see _of_the_dated_event.
        self._untimed_by_first_word: dict[str, list[str]] = {}
        for name in sorted(self._untimed_names):
            self._untimed_by_first_word.setdefault(name.split()[0], []).append(name)
        self._event_and_step = {e.id: self._event_and_step_names(e.id) for e in pack.events}
        # Names read with small words inside them: not one that starts or ends in a small word ("to chair").
        self._loose_names = frozenset(
            n for n in self._all_names if n.split()[0] not in STOPWORDS and n.split()[-1] not in STOPWORDS
        )
        # A name many rules share ("visit") says less about which step is meant than one only a rule has.
        self._sharing = Counter(p for n in names for p in {stemmed(x) for x in n})
        # Words around a date that name an event ("ICPC is on 8/12") are not the step asked about.
        self._event_phrases = frozenset(
            stemmed(x) for x in (n for names_ in event_names.values() for n in names_)
        )

    @cached_property
    def rule_index(self) -> TermIndex:
        """Built on the first deadline question, not at start: a cold `ask` about a standard never needs it.
        (Two threads asking at once may both build it; the result is the same.)"""
        return TermIndex(self._documents, self._pipeline)

    @cached_property
    def meaning(self) -> StepMeaning | None:
        """Also built on the first deadline question; none without an encoder."""
        if self._encoder is None:
            return None
        return StepMeaning(self._timescales, self._encoder, self._cache or EmbeddingCache())

    def roles(
        self, text: str, dates: Sequence[FoundDate], today: date | None = None
    ) -> tuple[tuple[DateRole, ...], str]:
        """Each date's role; a date after `today` is of an event still ahead, whatever its words' tense
        ("the first review is 30/11"), and one whose words book it ahead is read ahead of today when its
        year was not told ("first review isn't till 26/5", asked in May 2027, is in 2027). Words that only
        ask ("next", "due") don't move a date: "next cp visit due, last seen 31.12" is last December's."""
        found, rest = date_roles(text, dates, self.events, self._counted_back_from, today)
        found = tuple(self._named_elsewhere(r, found, rest) for r in found)
        checking = COMPLIANCE.search(text) is not None
        found = tuple(self._named_more_fully(r, found, rest, checking=checking) for r in found)
        found = tuple(_the_next_one(r, found[i - 1] if i else None) for i, r in enumerate(found))
        # "Her son's birthday is 9 May so she's worried about contact that day": "that day" is the date it points
        # back to, in whatever year that one is read below.
        pointed: dict[int, int] = {}
        for i, r in enumerate(found):
            if not points_back(r.found):
                continue
            sources = [
                j for j in range(i) if found[j].found.day == r.found.day and not points_back(found[j].found)
            ]
            if sources:
                pointed[i] = sources[-1]
        # "ILAC 17/12 post placement": "post" says little, and a date without its year may be misread a year back.
        roles = tuple(
            replace(r, past=False) if r.past and r.found.year_assumed and only_after_it(r.clause) else r
            for r in map(self._needed_is_not_dated, found)
        )
        if today is not None:
            roles = tuple(
                replace(r, coming=True, past=False)
                if r.found.day > today and (not r.past or only_after_it(r.clause))
                else r
                for r in roles
            )
            roles = tuple(
                replace(r, found=read_ahead(r.found, text, today)) if BOOKED.search(r.clause) else r
                for r in roles
            )
            roles = tuple(_moved_to_nearest(r, today) if r.moved_to else r for r in roles)
            if not (checking or _checks(rest, text)):  # a check pairs its dates' years itself
                roles = tuple(_days_ahead(r, text, today) for r in roles)
        roles = tuple(
            replace(
                r, found=replace(r.found, day=roles[pointed[i]].found.day), coming=roles[pointed[i]].coming
            )
            if i in pointed and roles[pointed[i]].found.day != r.found.day
            else r
            for i, r in enumerate(roles)
        )
        return tuple(self._after_the_first(r, roles, text) for r in roles), rest

    def _named_elsewhere(self, role: DateRole, roles: Sequence[DateRole], rest: str) -> DateRole:
        """ "the report for the Review Child Protection Conference ...? The conference is on 02/01": a date whose
        words name several events, none the lead, is of the one the undated words tell apart from the others,
        when no other date is that one's."""
        if role.lead is not None or len(role.events) < 2:
            return role
        if not (_DEFINITE.match(role.clause) or self.events.only_a_name(role.clause, role.events)):
            return role  # "made subject to a plan last year, plan lifted at conference 05/01": another one
        told = self.events.told_apart(rest, role.events)
        if len(told) != 1:
            return role
        (lead,) = told
        if any(lead in r.events for r in roles if r is not role):
            return role
        return replace(role, events=(lead,), lead=lead)

    def _named_more_fully(
        self, role: DateRole, roles: Sequence[DateRole], rest: str, *, checking: bool = False
    ) -> DateRole:
        """ "my write-up for the first child protection meeting ...? The meeting is on 4 January": a date told only
        as "the meeting" is of the one event the undated words name, by a longer name ending in the same word,
        when no other date is that event's: not of any meeting at all, whose recording is then counted from it."""
        definite = _DEFINITE.match(role.clause)
        if role.lead is None or definite is None:
            return role
        name = role.clause[definite.end() :]
        # "the meeting took place / was held on": told as happened; a bare "the meeting was 10/03" only in a check
        # ("ICPC 02/03. The meeting was 11/03 - was the first core group in time?"), not where it may be the very
        # step asked for ("When is the core group due? The meeting was 10/03").
        also = TOOK_PLACE if checking or HAPPENED.search(name) else frozenset()
        if not self.events.only_a_name(name, (role.lead,), also=also):
            return role
        _, lead = self.events.named(rest)
        if lead is None or lead == role.lead or any(lead in r.events for r in roles if r is not role):
            return role
        # A one-word name told ("meeting", not the "plo" of "the PLO letter is", nor "the strategy discussion was
        # on" beside a "decision for a strategy discussion") that ends a longer name of it.
        tokens = stemmed(fold(name)).split()
        told = max(
            (n.split() for n in self.events.names_of(role.lead) if tokens[: len(n.split())] == n.split()),
            key=len,
            default=[],
        )
        if len(told) != 1 or not any(
            len(fuller.split()) > len(told) and fuller.split()[-len(told) :] == told
            for fuller in self.events.names_of(lead)
        ):
            return role
        return replace(role, events=(lead,), lead=lead)

    def _after_the_first(self, role: DateRole, roles: Sequence[DateRole], text: str) -> DateRole:
        """ "ICPC 07/01, conference is 07/04": a date whose words name a first event and the ones after it alike
        ("conference"), weeks after another date that is the first's, is one of the ones after it. Not days after:
        "report to ICPC chair received 02/04 for conference 07/04" is of the first, and so is the date after a
        first adjourned, cancelled or put off ("ICPC adjourned on 02/03, conference now 30/03")."""
        if role.lead is not None or len(role.events) < 2 or _FIRST_AGAIN.search(text):
            return role
        later = {
            event
            for r in roles
            if r.lead in role.events
            and role.found.day - r.found.day >= LATER_ONE_GAP
            and (event := self.events.later_of(r.lead))
        }
        if len(later) != 1 or not later <= set(role.events):
            return role
        (event,) = later
        return replace(role, events=(event,), lead=event)

    def _needed_is_not_dated(self, role: DateRole) -> DateRole:
        """'decided on 19/12 that a strat is needed': the date is the decision's, not the strat's.

        When a date's words name an event and the event a rule makes of it, and say the second is still
        needed, the date belongs to the first.
        """
        if not _NEEDED.search(role.clause):
            return role
        needed = {e for s, e in self._leads_to if s in role.events and e in role.events}
        decided = _DECIDED_NEEDED.search(role.clause)
        if decided and decided.group("said") and not role.found.relative:
            # "manager said we need the strat on 10/3": the strat's date; said "today" or "on Monday" (a date told
            # relative to the message), the decision's.
            decided = None
        if not needed and role.events and decided:
            # ... or only the event needed is named, with a manager's decision that it is: the date is the
            # decision's, when the one event that leads to it is a decision ("we need an ICPC" follows a strat,
            # which is no decision).
            sources = {s for s, e in self._leads_to if e in role.events and s not in role.events}
            if len(sources) == 1 and sources <= self._decisions:
                return replace(role, events=tuple(sources), lead=next(iter(sources)))
        if not needed:
            return role
        events = tuple(e for e in role.events if e not in needed)
        lead = events[0] if len(events) == 1 else (role.lead if role.lead in events else None)
        return replace(role, events=events, lead=lead)

    def find(
        self,
        text: str,
        hits: Sequence[Hit],
        *,
        dates: Sequence[FoundDate] = (),
        without_dates: str = "",
        today: date | None = None,
    ) -> list[StepMatch]:
        """Timescales best first, each with the date it counts from; those with too little evidence left out.

        `without_dates` is the question with its dates taken out (for retrieval); with no dates, a
        question like "when is the ICPC due?" ranks the steps it may be inviting a date for.
        """
        roles, step_text = self.roles(text, dates, today)
        folded = fold(text)
        agreed = extension_agreed(text)
        asking, stating = _asking_and_stating(step_text)
        asked_words, step_runs, names_a_step = self._asked_in(asking)
        if not names_a_step:
            # "when's the assessment due and does it need TL sign off?": the date question names no step on
            # its own, so the yes-or-no part is read as asking too.
            asking, stating = _asking_and_stating(step_text, yes_or_no=False)
            asked_words, step_runs, names_a_step = self._asked_in(asking)
        if not names_a_step and (led := self._led_by_a_step(roles)):
            # "placement meeting for kid placed 23/12 when?": the asking words name nothing, and a date's words
            # start with a step's name before telling of another event: that step is the one asked about.
            asking = f"{led} , {asking}"
            asked_words, step_runs, names_a_step = self._asked_in(asking)
        if (of_its_event := self._of_the_dated_event(asking, asked_words, roles)) != asking:
            # "strat 01/12, minutes by when?": the minutes asked for are the strategy discussion's.
            asking = of_its_event
            asked_words, step_runs, names_a_step = self._asked_in(asking)
        name_spans = self._name_spans(asked_words)  # where each name is in the asking words, read once
        inner = self._inner_names(name_spans)
        inside_untimed = self._inner_names(name_spans, within=self._untimed_names) - self._untimed_names
        # "when does the report have to reach the conference chair?": "conference", read only inside the name of a
        # step counted back from the conference, is the meeting counted from, not a step asked for; "how long does
        # the TL have to allocate a Child and Family Assessment?" asks for the allocation, whose event is told, and
        # names the assessment only as what is allocated.
        dated_events = {e for r in roles if not r.aside for e in r.events}
        countable = frozenset().union(*(self._names_counted_from.get(e, frozenset()) for e in dated_events))
        inside_counted_back = self._inner_names(name_spans, within=self._counted_back_names)
        # (By a name at least two words longer, which says what is done to it: "family time arrangements" is a
        # kind of family time, not something done to it.)
        inside_countable = self._inner_names(name_spans, within=countable, by=2)
        # The events the final asking words name (None when nothing is asked): read with `asking` as it ends up.
        asked_events = set(self.events.named(asking)[0]) if re.search(r"\w", asking) else None
        outcome_asked = _SHOULD_HAVE_BEEN.search(asking) is not None  # "when should it have been?"
        asked_or_none = asked_events or set()
        outcomes_asked = asked_or_none if _OUTCOME_DUE.search(asking) else set()
        dated_leads = {r.lead for r in roles if not r.aside and r.lead is not None}
        stated_words = self._words(" , ".join([*(r.clause for r in roles), stating]))
        stated_runs = word_runs(stated_words)
        clause_runs = stated_runs.keys() | loose_runs(stated_words, self._all_names)
        # A step's name of more than a word read only inside an event's that names no step ("started a Child and
        # Family Assessment 16/03") tells the event, not the step (a word of it may tell the event's kind: "came
        # into care in an emergency").
        event_spans = {
            n: where
            for n, where in stated_runs.items()
            if n in self._event_phrases and n not in self._all_names
        }
        in_events = {
            n
            for n, where in stated_runs.items()
            if " " in n and all(_inside(w, event_spans, n) for w in where)
        }
        role_runs = [(r, word_runs(self._words(r.clause)).keys()) for r in roles]
        plain = _not_said(fold(without_dates or text))
        retrieval = {h.entry.id: h.score for h in self.rule_index.search(plain, limit=12)}
        closeness = self.meaning.closeness(plain) if self.meaning is not None else {}
        entry_scores = {h.entry.id: h.score for h in hits}
        asks_next = bool(_NEXT.search(folded))
        asks_gap = bool(_GAP.search(folded))
        asks_next_one = bool(_NEXT_ONE.search(folded))
        told = stated_timescales(plain)
        checking = _checks(step_text, text)
        named_anywhere = set(self.events.named(text)[0])
        echoed = frozenset(terms(fold(stating)))  # the words that tell, outside the dates' own
        asked_terms = frozenset(terms(fold(_LATEST_ALLOWED.sub(" ", asking))))  # ... and those that ask
        # A phase is said beside a date ("first review booked for 6 Jan") or on its own ("b4 first review").
        entered = [r.found.day for r in roles if set(r.events) & self._phase_entries]
        last_day = max((r.found.day for r in roles), default=None)
        dated_said = [_phase_said(r, text, today, entered, later=r.found.day != last_day) for r in roles]
        undated = [part for c in CLAUSE_END.split(stating) for part in _AND_NOT.split(c) if part.strip()]
        said = [*dated_said, *(self._stated(c) for c in undated)]
        # ... and an aside in brackets, even inside the asking words ("when is next one (1st review was in july)").
        # Each clause of it read apart: "(after first review, permanence not yet finalised)" says the review has
        # been, whatever is not yet.
        asides = [
            (part, self._stated(part))
            for c in BRACKETED.findall(step_text)
            for part in CLAUSE_END.split(c)
            if part.strip()
        ]
        said += [_first_or_later(c, *stated) for c, stated in asides]
        # ... and a date's own words that place it after the first ("LAC visits after 1st review: 03/03, 18/04").
        said += [
            (self.events.named(m.group())[0], True, False)
            for r in roles
            for m in _ONLY_AFTER_THE_FIRST.finditer(fold(r.clause))
        ]
        if _IN_CARE.search(folded) and not _NOT_THAT_PHASE.search(folded):
            asked_plainly = fold(BRACKETED.sub(" ", asking))  # an aside is read below, doubts and all
            for m in _PHASE_ASKED.finditer(asked_plainly):
                ahead = m.group("before") is not None
                said.append((self.events.named(m.group())[0], not ahead, ahead))
        # Events an aside in brackets tells as past: "Child in care (after first review) seen 06/01 ...", "(had
        # first review ages ago)".
        told_done = {e for _, stated in asides for e in _happened(stated)}
        # Events said to have happened other than in a date's own telling ("he has had his first LAC review", "(after
        # first review)", "visits after 1st review: ..."): no step making one is named by being told of.
        said_done = {e for events, happened, _ in said[len(dated_said) :] if happened for e in events}
        away, unseen = unvisited(text, roles)
        # No visit to count from: the child not seen, or a review still to come ("ILAC 26/03, next stat visit?").
        no_visit = unseen | {
            r.found.text
            for r, (_, _, ahead) in zip(roles, dated_said, strict=True)
            if ahead and r.lead in self._phase_events
        }
        # Doubt said anywhere ("one of them may not count") counts a list from its first date: early, never late.
        # A cancellation said of a date is no doubt: that date is left out (see unvisited).
        doubt = CANCELLED.sub(" ", text) if unseen else text
        doubted = bool(NOT_COUNTED.search(doubt) or NOT_A_VISIT.search(doubt))
        # A list of visits checked: the pair the worker points at, none when a visit is doubted.
        pointed = "" if doubted else folded
        # Plans said by other words first, so that "not on a support plan anymore" is a CIN plan that is not.
        kinds_said = _SAFEGUARDING_PLAN.sub(" cp plan ", _SUPPORT_PLAN.sub(r"\g<det> cin plan", folded))
        not_these = {
            kind
            for m in _NOT_A_PLAN.finditer(kinds_said)
            if not _BUT_THIS_ONE_IS.match(kinds_said, m.end())  # "her brother is not on a CP plan but she is"
            for kind in _plan_kinds(m.group("kind"))
        }
        ended = {kind for m in _PLAN_ENDED.finditer(kinds_said) for kind in _plan_kinds(m.group("kind"))}
        # ... of the one date told: "made subject to a plan on 10/03/25, conference 03/02/26" may have ended it
        plan_made = len({d.day for d in dates}) == 1 and bool(_PLAN_MADE.search(folded))
        plan_made = plan_made and not (ended or not_these or _ANY_ENDING.search(folded))
        plan_goes_on = bool(_PLAN_GOES_ON.search(folded)) and not (
            ended or _SAID_ENDED.search(folded) or _AN_END_TOLD.search(folded)
        )
        # "she's on a protection plan": of the plans children are visited under, the one named, when only one is.
        plans_said = _PLAN_ENDED.sub(" ", _NOT_A_PLAN.sub(" ", kinds_said))
        said_plans = (_plan_kinds(plans_said) & _VISITED_UNDER) - not_these - ended
        if not said_plans and _on_plans_since_conference(folded, roles) and not (ended or not_these):
            said_plans = {"cp"}
        other_plans = _VISITED_UNDER - said_plans if len(said_plans) == 1 else set()
        # Dates whose words name several events, none the lead, and nothing else in the question (a kind of
        # plan, a name only one of them has) says which: read once, not for every rule counted from them.
        undecided = (
            set()
            if said_plans or not_these
            else {
                r.found
                for r in roles
                if r.lead is None and len(r.events) > 1 and not self.events.told_apart(text, r.events)
            }
        )
        # A compliance question that names the step it checks ("was the first core group in time?") needs no
        # telling which step: only one that doesn't is read by which step's outcome it dates.
        step_named = checking and names_a_step
        # "first review in care was 14/10. When's the next one?": "one" is the one event told of. Not when
        # others are ("visit 02/03, first review was 20/01, next one?" may ask for either).
        told_roles = [r for r in roles if r.events and not r.aside and BIRTH_EVENT not in r.events]
        told_of = {r.lead for r in told_roles}
        asks_for_one = not names_a_step and not checking and _THE_NEXT_ONE.search(asking) is not None
        one_back = next(iter(told_of)) if asks_for_one and len(told_of) == 1 else None
        # "the notes from the pre-proceedings meeting": the meeting is what the notes are of, not a step asked for.
        qualifiers = self._qualifier_names(asked_words, name_spans)
        asked_names = [(names & step_runs) - qualifiers for names in self._names]  # each rule's names asked
        asked_steps = [t for t, asked in zip(self._timescales, asked_names, strict=True) if asked]
        # The events the steps the asking words name count from ("emergency placement tonight, when must I
        # visit?": the visit counts from coming into care, as the emergency assessment told of does) ...
        asked_starts = {e for t in asked_steps for e in t.counted_from}
        # ... and the one-off ones ("cp visit 09/03, when does it need recording?": the recording counts from the
        # visit told of).
        counted_from_asked = {
            e for t in asked_steps if t.count not in (Count.UNTIMED, *RECURRING) for e in t.counted_from
        }
        folded_asking = fold(asking)
        next_asked = _NEXT.search(folded_asking) is not None  # "when is the next rcpc report due?"
        # "child placed today, when's the meeting due?" ("... the plan due?"): a meeting (a plan), named by no step's
        # name, asked for.
        words_asking = set(folded_asking.split())
        # "conference decided she no longer needs a protection plan ... the first meeting?": a plan said to have
        # ended, or not to be this one, says which meeting, as does anything said to have ended. (A plan made
        # leaves the first core group the one meeting: nothing counted from an ending follows it.)
        kind_askable = not (asked_steps or ended or not_these or _SAID_ENDED.search(folded))
        meeting_asked = kind_askable and _bare_kind_asked(words_asking, _MEETING_WORDS, _BARE_MEETING_ASK)
        plan_asked = kind_askable and _bare_kind_asked(words_asking, _PLAN_WORDS, _BARE_PLAN_ASK)
        # "approved 03/03 and panel agreed the extension ... end date of temporary approval?": the end asked for,
        # once extended, is the extension's, so a name of the rule it extends names the extension too (when the
        # date of their start is told).
        asked_by_rule = {t.rule: asked for t, asked in zip(self._timescales, asked_names, strict=True)}
        # No date names any event ("If they're given the extra time, when does gran's temporary approval end?
        # Approved 07/09"): an extension counts from the date the rule it extends counts from.
        none_named = not dated_events and any(not r.aside for r in roles)
        matches = []
        for t, names, kinds, asked, siblings in zip(
            self._timescales, self._names, self._kinds, asked_names, self._sibling_names, strict=True
        ):
            extending = t.extends is not None
            if extending and not agreed:
                continue  # an extended end only when the extension is said to be agreed: else 8 weeks late
            if checking and t.count is Count.PHASED:
                continue  # a schedule of visits answers when they fall, not whether one was in time
            if (plan_made or plan_goes_on) and t.counted_from & self._plan_endings and not asked:
                continue  # "the conference put her on a plan": no plan ended, so no step that follows an ending
            if extending and (
                t.start_event in dated_events
                # (not the further 8 weeks, counted from the end of the first 16, which no such date is)
                or (none_named and self._start_of.get(t.extends or "") == t.start_event)
            ):
                named = asked | asked_by_rule.get(t.extends or "", frozenset())
            else:
                named = asked
            done = t.produces is not None and any(r.lead == t.produces and not r.coming for r in roles)
            recurring_from_asked = t.count in RECURRING and t.start_event in counted_from_asked
            if named and named <= inner and (done or t.count is Count.UNTIMED or recurring_from_asked):
                # "first PLO meeting on 09/12 ... when's the next review PLO meeting?", "family need rcpc report by
                # when?", "my record of the visit": a step told of as done, with no timescale, or repeating from
                # the event the step asked for counts from, named only inside the name of the one asked for, is
                # not asked for.
                named = frozenset()
            elif named and named <= self._inner_names(
                name_spans, within=self._names_producing.get(t.start_event, frozenset())
            ):
                # "if it isn't resolved, when does it become a formal dispute?": the step's own event named only
                # inside the name of the step that ends in it asks for that step.
                named = frozenset()
            elif named and named <= self._inner_names(name_spans, within=siblings):
                # "when do carers need the updated placement plan?": the step's name read only inside a longer
                # name of another step counted from the same event asks for that other step.
                named = frozenset()
            elif named and named <= inside_untimed:
                # "when's the second core group?": the step the standards set no timescale for is asked for, not
                # the one named inside its name.
                named = frozenset()
            elif (
                named
                and t.count not in COUNTED_BACK
                and (
                    named <= inside_counted_back
                    or (named <= inside_countable and t.start_event not in dated_events)
                )
            ):
                # (Not a step whose own event the question dates: "family time ... last reviewed 22/12, when
                # are the family time arrangements next reviewed?" asks for the review.)
                named = frozenset()
            other_plan = bool(kinds & other_plans) and not kinds & said_plans
            # An adoption's step (its names say "looked after" too) beside a plan said that is not an adoption: "came
            # into care last week ..., next statutory visit?" is no adoptive placement's.
            other_plan = other_plan or (
                "adoption" in kinds and bool(said_plans) and "adoption" not in said_plans
            )
            not_this_plan = bool(kinds & not_these)
            if other_plan:
                # "CP plan ..., within the 6 weekly standard?": a timescale said is no name of another plan's step.
                named = frozenset(p for p in named if not _A_TIMESCALE.fullmatch(p))
            stated = (names & clause_runs) - self._event_phrases - in_events
            start, event_score = best_start(
                t,
                roles,
                away,
                self._heads.get(t.start_event),
                self._subjects.get(t.start_event, frozenset()),
                last_of_list=not doubted,
                no_visit=no_visit,
                echoed=echoed,
                later_kinds=self._later_kinds[t.rule],
                first_kinds=self._first_kinds[t.rule],
                done_kinds=self._done_kinds.get(t.rule, frozenset()),
                asked=asked_terms,
                asked_events=frozenset(asked_or_none),
            )
            if start is not None and (counted := told_to_count_from(t, roles, text)) is not None:
                start = counted.found
            if start is not None and self._ends_what_it_extends(t, roles):
                continue  # "reg 24 runs out 27/04, extension agreed": the further 8 weeks run from it (another rule)
            if start is not None and _of_one_already_in(t, start, roles, folded, said_done | told_done):
                start = None
            if start is not None and self._said_ended(t, start, roles):
                start = None
            elif start is not None and extending:
                start = _not_the_extensions_date(t, start, roles)
            if (
                start is not None
                and t.count in COUNTED_BACK
                and next_asked
                and any(r.found == start and (r.past or (today and r.found.day < today)) for r in roles)
            ):
                # "rcpc was 10/02, when is the next rcpc report due?": due before the next conference, whose date
                # is not told, not before the one held.
                start = None
            before = None if start is None else self._before_its_start(t, start, roles)
            earlier, earlier_date = before if before is not None else (None, None)
            if earlier:
                start = None  # "strat was 31/12, first core group?": the core group counts from the ICPC, not the strat
            elif start is not None and self._after_its_start(t, start, roles):
                start = None  # "first core group 16/12, when's the ICPC due?": nothing counts on from a later step
            if one_back is not None and one_back == t.produces and done and not named and self.later_ones(t):
                # "first review in care was today. When does the next one have to be?": "one" is the step the
                # question has just told of as done, by a name of its own (not "review" alone, which many
                # steps share), and the standards say of the ones after it: a later one is asked for.
                named = frozenset(
                    p for p in names & clause_runs if len(p.split()) > 1 or self._sharing[p] == 1
                )
            untimed_said = t.count is Count.UNTIMED and bool(stated)
            if dates and start is None and not named and not untimed_said:
                continue  # an age needs a date of birth; a date of birth only starts an age
            found = RETRIEVAL_WEIGHT * retrieval.get(t.rule, 0.0)
            score = found + ENTRY_WEIGHT * entry_scores.get(t.standard_id, 0.0) + event_score
            if named:
                score += max(self._name_weight(p) for p in named)
                if t.count is Count.UNTIMED:
                    # No date can be its event's, so it can never gain what a counted step gains from one.
                    score += step_dates.EVENT_WEIGHT
            own_role = next((r for r in roles if start is not None and r.found == start), None)
            one_off = t.count not in (*RECURRING, *COUNTED_BACK, Count.UNTIMED)
            if (
                one_off
                and not named
                and not checking
                and asked_events is not None
                and t.produces not in asked_events
                and not outcome_asked
                and own_role
                and today is not None
                and outcome_dated(t, roles, own_role, ahead_of=today)
            ):
                # "ICPC is on 7 April after a strat on 20 March, my report?": a step whose outcome the question
                # tells is booked ahead is not what it asks, unless named, checked, its outcome asked of, or
                # nothing is asked.
                continue
            # ... or, of a step that repeats, its next one told as booked ("the next review PLO meeting is pencilled
            # for 14/07 ... the minutes?").
            dated_itself = any(
                (one_off or (t.count in RECURRING and r.coming))
                and r.found != start
                and not (start is not None and told_again(r.found, start))
                and (names & runs) - self._event_phrases
                for r, runs in role_runs
            )
            if done and (asks_next or names_a_step) and not named and not checking:
                # "came into care 02/11, ILAC was 27/11, when's the next visit due?": the next of another step.
                score -= DONE_PENALTY
            elif (
                t.count in RECURRING
                and t.count is not Count.PHASED  # counted from coming into care, not from a visit told of
                and t.start_event in counted_from_asked
                and not (named or asks_next or checking)
            ):
                # "cp visit 09/03, when does it need recording by?": the visit told of is where the step asked for
                # counts from, not the last of the visits asked about.
                score -= FROM_ASKED_PENALTY
            elif (
                checking
                and done
                and not named
                and t.count not in COUNTED_BACK
                and own_role
                and not outcome_dated(t, roles, own_role)
            ):
                # "Legal Gateway was 25/03, the PLO letter 31/03, the first PLO meeting 14/04. Was that within
                # timescale?": the step's outcome told is one before its start, so not the one checked.
                score -= DONE_PENALTY
            if one_off and not named and t.produces in told_done and t.produces != t.start_event:
                # "Child in care (after first review) seen 06/01/26 and 20/02/26 - compliant?": a step told as done,
                # without a date, is neither the one asked for nor the one checked.
                score -= DONE_PENALTY
            if dated_itself and not named and not checking:
                score -= OWN_DATE_PENALTY
            elif (
                stated - named
                and (named or t.start_event not in asked_starts)
                and t.produces not in said_done
            ):
                # "first review booked for 6 Jan": a phase or step stated beside a date, not asked about; not one
                # counted from the same event as a step the asking words name, which is the one asked about.
                score += CLAUSE_NAME_SHARE * max(self._name_weight(p) for p in stated - named)
            context = named_anywhere - set(own_role.events if own_role else ())
            if context & self._section_events[self._section[t.rule]]:
                # "came into care ..., last visit 19/12": the other events say which part of the work this is.
                score += CONTEXT_WEIGHT
            score += PHASE_WEIGHT * phase(t, said)
            if checking and event_score > 0 and own_role is not None and outcome_dated(t, roles, own_role):
                score += OUTCOME_DATED_WEIGHT
            if t.count in COUNTED_BACK and own_role is not None and own_role.past:
                # Counting back from a meeting that has been held: workers ask that before it, not after.
                score -= PAST_MEETING_PENALTY
            if (asks_next or asks_gap) and t.count in RECURRING:
                score += NEXT_WEIGHT
            elif asks_next_one and not named and t.start_event in self._repeated_events:
                # "supervising visit 25/5, next one due?": the next of what repeats, not a one-off step after it
                # (the visit's record) that the question doesn't name.
                score -= NEXT_WEIGHT
            if not_this_plan:
                score -= NOT_THIS_PLAN_PENALTY
            elif other_plan:
                score -= OTHER_PLAN_PENALTY
            a_kind_asked = (meeting_asked and t.meeting) or (plan_asked and t.plan)
            kind_weight = 0.0
            if meeting_asked or plan_asked:
                kind_weight = KIND_ASKED_WEIGHT if a_kind_asked else -KIND_ASKED_WEIGHT
            score += kind_weight
            if extending and event_score > 0:
                score += EXTENSION_WEIGHT  # the extension agreed: its end, from the approval's date
            elif agreed and t.rule in self._extended:
                score -= EXTENSION_WEIGHT  # the extension agreed: not the end it extends
            if one_off and t.produces in outcomes_asked and t.produces in dated_leads:
                # "formal dispute raised 29/05, when was the formal dispute due?": the step that makes it, not
                # the one counted on from it (its resolution).
                score += OUTCOME_ASKED_WEIGHT
            if (t.n, t.count) in told and not other_plan:
                # Not of another plan than the one named: "CP visits ..., within the 6 weekly standard?" is
                # of the CP visits, whatever timescale the worker remembers.
                score += STATED_TIMESCALE_WEIGHT
            evidence = named or stated or event_score > 0 or found >= MIN_RETRIEVAL
            # A step named by more than a word, with a date to count from and of no other plan than the one said,
            # is kept a little lower: "strat held 02/03, when do I need to see the child?" offers the child seen
            # beside the ICPC ("temp approval 02/02 - extended?" offers no PLO extension).
            kept_from = (
                MIN_NAMED_STEP_SCORE
                if by_a_phrase(named) and start is not None and not (not_this_plan or other_plan)
                else MIN_STEP_SCORE
            )
            # (A step only a meeting or a plan asked for by no name of its own weighs down is kept as it would be
            # without.)
            if evidence and max(score, score - kind_weight) >= kept_from:
                # Only between steps the rest of the evidence already admits: nearness alone asks for nothing.
                nudge = MEANING_WEIGHT * max(0.0, MEANING_MARGIN + closeness.get(t.rule, -1.0))
                score += nudge
                checked = None
                if checking and start is not None and t.count is Count.AGE:
                    checked = self._checked_age(t, names, role_runs)
                elif checking and start is not None:
                    # Which date, once the rule is weighed; and the one checked, if one is this step's own.
                    start, checked = self._checked(t, names, start, role_runs, away, pointed)
                    if checked is not None and not step_named:
                        # The question dates this step's own outcome: it asks of this one.
                        score += CHECKED_WEIGHT
                matches.append(
                    StepMatch(
                        t,
                        score,
                        start,
                        named=bool(named),
                        earlier_event=earlier,
                        earlier_date=earlier_date,
                        start_ahead=own_role is not None and bool(BOOKED.search(own_role.clause)),
                        start_held=own_role is not None and _HELD_ON.search(own_role.clause) is not None,
                        start_coming=own_role is not None and own_role.coming,
                        done=done,
                        checked=checked,
                        nudge=nudge,
                        start_undecided=own_role is not None
                        and own_role.found in undecided
                        and t.start_event in own_role.events,
                        named_by=frozenset(named),
                        stated=bool(stated),
                        other_plan=other_plan,
                        not_this_plan=not_this_plan,
                        plans_said=frozenset(kinds & _EACH_CHILDS_PLANS)
                        if said_plans >= _EACH_CHILDS_PLANS
                        else frozenset(),
                        plan_untold=bool(kinds & _EACH_CHILDS_PLANS)
                        and not (said_plans or not_these or ended),
                        kind_asked=a_kind_asked and start is not None and event_score > 0,
                    )
                )
        back = _BACK.search(asking) is not None
        earliest = not back and EARLIEST.search(asking) is not None
        if back:
            matches += self._backwards(roles, asked_or_none, _BACKWARDS_COUNTS)
        elif earliest:
            # "emailed the NT today, earliest the case can transfer?": notice due N days before the transfer
            # says the transfer is N days after the notice at the earliest.
            matches += self._backwards(roles, asked_or_none, COUNTED_BACK, either=True)
        counted_back = {m.timescale.rule for m in matches if m.backwards}
        # "emailing the NT today, earliest the transfer can happen?": the notice, counted back from its own date,
        # is the step; the same step forward, with no date of its event (or, asked for the earliest, with the
        # date of the notice read as the transfer's), asks for nothing.
        matches = [
            m
            for m in matches
            if m.backwards or (m.start is not None and not earliest) or m.timescale.rule not in counted_back
        ]
        if asks_for_one and told_roles and all(r.coming for r in told_roles):
            # "first LAC review is today week, when's the next one?": the one after an event still ahead, which
            # no step counted from or back from it answers unless named (not the report due before it). Not
            # even a repeating one from its booked date: "unannounced visit booked 15/04, next one?" may be a
            # foster carer's yearly one or a child's, with no timescale.
            matches = [m for m in matches if m.named]
        if any(m.kind_asked for m in matches) and any(
            (m.timescale.meeting or m.timescale.plan) and m.stated for m in matches
        ):
            # "I've been asked to arrange a PEP ... when does the meeting have to happen?": the meeting is the one
            # the question tells of.
            matches = [replace(m, kind_asked=False) for m in matches]
        if not checking:
            matches = _past_its_outcome(matches, outcomes_asked)
            if any(m.named and not m.done and _counted_from_its_own(m, roles) for m in matches):
                # "Core group was 26/11. ICPC was 18/11. When's the next CP visit if my last one was 20/11?": a
                # one-off step told as done, which the words don't name, is not what is asked beside one they do,
                # when that one has a date of its own to count from (not only another event's: final57).
                matches = [m for m in matches if m.named or not m.done or m.timescale.count in RECURRING]
        return best_first(matches)

    def _backwards(
        self, roles: Sequence[DateRole], asked: set[str], counts: tuple[Count, ...], *, either: bool = False
    ) -> list[StepMatch]:
        """Rules whose produced event is dated and whose start event is what the question asks after. With
        `either`, also a date whose words name both ("sent them the notice 04/03 for the transfer. Earliest
        transfer date?") or neither ("the front door team emailed us today. Earliest handover?"): the one asked
        for is not the one dated."""
        return [
            StepMatch(t, BACKWARDS_SCORE, role.found, named=True, backwards=True)
            for t in self._timescales
            if t.start_event in asked
            and t.count in counts
            and not t.at_the_earliest  # a latest day back, no earliest
            for role in roles
            if (t.produces is not None and role.lead == t.produces)
            or (either and {t.produces, t.start_event} <= set(role.events))
            or (
                either
                and t.produces is not None
                and not role.events
                and not role.aside
                and _TOLD.search(role.clause) is not None
                and not _names_either(t, roles)
            )
        ]

    def _said_ended(self, t: Timescale, start: FoundDate, roles: Sequence[DateRole]) -> bool:
        """The date's words say the rule's start event ended ("temp approval for nan expired on 27/04"): the
        date is its end, no start of it (16 weeks from an end would be 16 weeks late)."""
        if t.start_event in self._endings:
            return False
        return any(
            r.found == start and t.start_event in r.events and _ENDED.search(r.clause) is not None
            for r in roles
        )

    def _ends_what_it_extends(self, t: Timescale, roles: Sequence[DateRole]) -> bool:
        """The end of the timescale `t` extends is dated: no start for `t`, which runs from that one's start; the
        further weeks run from that end ("review LPM held 30/04 agreed a further 4 weeks": 4 weeks from it)."""
        # Its end is the event it produces, or (the 12-week review legal planning meeting) the event of its name.
        ends = self._produces.get(t.extends or "") or (
            t.extends if self.events.names_of(t.extends or "") else None
        )
        if ends is None or t.start_event == ends:
            return False  # "the further 8 weeks" run from that end
        return any(r.lead == ends for r in roles)

    def _before_its_start(
        self, t: Timescale, start: FoundDate, roles: Sequence[DateRole]
    ) -> tuple[str, FoundDate] | None:
        """The event, before the rule's own start in the standards' chain, that the date belongs to, and its date.

        Only when the date's words don't also name the rule's own event; the words after a date that ask
        ("strat 31/12, icpc and core group dates?") are not the date's (knowledge/date_roles.py).
        """
        role = next((r for r in roles if r.found == start), None)
        if role is None or t.start_event in role.events:
            return None  # its words name the rule's own event ("the LAC review with the IRO is on 5/1")
        # A date no words name is no start either when another is plainly of an earlier step: "temporary
        # approval 16/02, panel now 12/08, the further 8 weeks?" runs from the end of the 16 weeks.
        told = [role] if role.events else [r for r in roles if r.events and not r.aside] or [role]
        upstream = (
            (e, r.found) for r in told for e in r.events if t.start_event in self._upstream.get(e, ())
        )
        return next(upstream, None)

    def after_the_first(self, t: Timescale, text: str) -> bool:
        """The question says the first of `t`'s kind has happened, though no date does ("After the first core
        group, ..."); not "after the initial conference", another step."""
        kind, folded = _kind(t), fold(text)
        for m in _AFTER_THE_FIRST.finditer(folded):
            what = stemmed(m.group("what"))
            # "how often are core groups held after the first one?": "one" is of the kind the clause named.
            before = CLAUSE_END.split(folded[: m.start()])[-1]
            if kind in what or (what.split()[0] == "one" and kind in stemmed(before)):
                return True
        return False

    def asks_how_often(self, t: Timescale, clause: str) -> bool:
        """ "how often must core groups be held?": the clause asks how often of `t`'s kind, not of its first."""
        words, kind = stemmed(clause), _kind(t)
        return bool(_HOW_OFTEN.search(words)) and kind in words and f"first {kind}" not in words

    def later_ones(self, t: Timescale) -> Timescale | None:
        """The untimed step, in the same part of the standards, for the ones after a first one ("Core groups
        after the first" of "First core group"), if the pack has one."""
        kind = _kind(t)
        return next(
            (
                u
                for u in self._timescales
                if u.count is Count.UNTIMED
                and self._section[u.rule] == self._section[t.rule]
                and kind
                and kind in stemmed(" , ".join([u.label, *u.names]))
            ),
            None,
        )

    def _after_its_start(self, t: Timescale, start: FoundDate, roles: Sequence[DateRole]) -> bool:
        """The date is of an event that follows the rule's own start in the standards' chain (a core group's,
        for the ICPC), or of a report before a meeting: it can't be the start, unless its words name the rule's
        events too and no report first."""
        role = next((r for r in roles if r.found == start), None)
        if role is None or role.lead in t.counted_from:
            return False
        if role.lead in self._ahead_of_meetings:
            return True  # "ICPC report shared with parents 20/11": the report's date, not the ICPC's
        if t.start_event in role.events or plainly_also(t, role):
            return False
        # A report before a meeting counts only to the meeting (at the earliest), never on from it.
        return any(
            e in self._upstream.get(t.start_event, ()) or e in self._ahead_of_meetings for e in role.events
        )

    def _checked(
        self,
        t: Timescale,
        names: frozenset[str],
        start: FoundDate,
        role_runs: Sequence[tuple[DateRole, AbstractSet[str]]],
        away: frozenset[str],
        pointed: str = "",
    ) -> tuple[FoundDate, FoundDate | None]:
        """In a question checking a date against the standard, with two dates: the date to count from, and
        the date checked against the due date (None when neither date is plainly the step's own).

        The step's own date ("recorded 02/09", "report received 02/04", "next unannounced 20/05/26") is
        checked; the other counts, when it can start the step and comes first (last, for a step before a
        meeting): "FC visit recorded 02/09, visit was 27/08 - compliant?" counts from 27/08 and checks 02/09.
        A date of another step is neither ("strat 20/12, ICPC 12/01 - was the first core group in time?"),
        nor a pair far apart whose year was not told (it may be misread a year out), nor a visit away from
        home. `role_runs` are the dates' roles with the word runs of their clauses, read once per question.
        Of a list of a recurring step's dates, the pair the words `pointed` point at (see checked_pair).
        """
        two = _countable(role_runs)
        if t.count in RECURRING and pointed:
            visits = [r for r, _ in two if t.start_event in r.events and r.found.text not in away]
            pair = checked_pair(visits, [r for r, _ in two], pointed)
            if pair is not None:
                return pair
        mine = next((pair for pair in two if pair[0].found == start), None)
        if len(role_runs) != 2 or len(two) != 2 or mine is None:
            return start, None
        other = next(pair for pair in two if pair is not mine)
        if other[0].found.day == mine[0].found.day:
            return start, None
        readings = []
        # "The case file summary was last updated on 30/11 and the chronology on 10/10 ... within standard?": a
        # date told as the last of the event the step counts from, of a step with no outcome event of its own,
        # is its start, beside a date that is not of that event too (not "SSW visit recorded 09/11": its record).
        its_start = (
            mine[0].lead == t.start_event
            and t.produces is None
            and other[0].lead != t.start_event
            and _LAST.search(mine[0].clause) is not None
        )
        if not its_start and self._is_outcome(t, names, *mine) and self._may_start(t, names, *other):
            readings.append((other[0], mine[0]))
        if self._is_outcome(t, names, *other):
            readings.append((mine[0], other[0]))
        forward = t.count not in COUNTED_BACK
        # The step's own date is after its start (before it, for a step before a meeting).
        fits = [(b, o) for b, o in readings if (o.found.day > b.found.day) == forward]
        if not fits:
            return start, None
        begin, outcome = fits[0]
        year_told = not (begin.found.year_assumed or outcome.found.year_assumed)
        if not year_told and abs((outcome.found.day - begin.found.day).days) > MAX_ASSUMED_GAP_DAYS:
            # A year not told may be misread a year out: only a plainly near pair is checked.
            return start, None
        return begin.found, None if outcome.found.text in away else outcome.found

    def _checked_age(
        self, t: Timescale, names: frozenset[str], role_runs: Sequence[tuple[DateRole, AbstractSet[str]]]
    ) -> FoundDate | None:
        """ "DOB 15/10/2010; pathway plan started 20/05/2026 - on time?": an age counts from the date of birth
        alone, and the one other date, when its words name the step, is the one checked."""
        others = _countable(role_runs)
        if len(others) != 1 or others[0][0].found.year_assumed:
            return None
        role, runs = others[0]
        return role.found if t.produces in role.events or names & runs else None

    def _is_outcome(
        self, t: Timescale, names: frozenset[str], role: DateRole, runs: AbstractSet[str]
    ) -> bool:
        """The date's words (`runs`) name this step or the event it makes: "recorded 02/09", "LAR held
        27/11", "next visit 06/09" (of a recurring visit, the next one is the same event). Not a date whose
        words name another step's outcome, by names that are none of this step's ("mum got the report 8/12"
        is no report to the IRO)."""
        own = {t.produces, t.start_event if t.count in RECURRING else None} - {None}
        lead = role.lead
        if (
            lead is not None
            and lead not in {*own, t.start_event}
            and lead in self._produces.values()
            and not names & self.events.names_of(lead)
        ):
            return False  # not "strat held 3/12" of the 24 hours: the strat is named by this step's names too
        if own & set(role.events) or names & runs:
            return True
        # "Foster carer visits 10/11 and 29/12": a one-off step's start told again, in a list of them, is another
        # of its start, not its outcome (the recording of the first visit).
        return _bare(role) and not (t.count not in RECURRING and lead == t.start_event)

    @staticmethod
    def _may_start(t: Timescale, names: frozenset[str], role: DateRole, runs: AbstractSet[str]) -> bool:
        """The date's words may be of the step's start: its event, an event it also counts from, a name many
        events share ("visit was 27/08"), or, for a recurring step, the step's own name."""
        if role.lead is None or role.lead in t.counted_from:
            return True
        return t.count in RECURRING and bool(names & runs)

    def _asked_in(self, asking: str) -> tuple[str, set[str], bool]:
        """The asking words as names are looked for in, their word runs, and whether they name a step."""
        words = self._words(asking)
        runs = self._asked_runs(words)
        return words, runs, any(names & runs for names in self._names)

    def step_and_its_start(self, step_words: str, dated_words: str) -> bool:
        """Whether the first words name a step and the second the event it counts from ("icpc" and "strat today";
        not "core group" and "school rang today")."""
        runs = self._asked_runs(self._words(step_words))
        told = set(self.events.named(dated_words)[0])
        # Not when the dated side names no event at all: "sick today - cin visit", "court today - legal gateway".
        return self._names_a_step_from(runs, told)

    def _names_a_step_from(self, said: AbstractSet[str], events: AbstractSet[str]) -> bool:
        """One of the names `said` is of a step counted from one of `events`."""
        return any(
            said & names and t.counted_from & events
            for t, names in zip(self._timescales, self._names, strict=True)
        )

    def _led_by_a_step(self, roles: Sequence[DateRole]) -> str:
        """The first words of a date's clause when they are a step's name "for" another event the date is of
        ("placement meeting for kid placed"): the name, as the worker wrote it; else ""."""
        for role in roles:
            if role.aside or not role.events:
                continue
            said = role.clause.split()
            words = self._words(role.clause).split()
            if len(said) != len(words):
                continue
            for t, names in zip(self._timescales, self._names, strict=True):
                if t.start_event not in role.events or (role.lead is not None and t.produces == role.lead):
                    continue
                lengths = [len(n.split()) for n in names if n.split() == words[: len(n.split())]]
                if lengths and words[max(lengths) : max(lengths) + 1] == ["for"]:
                    return " ".join(said[: max(lengths)])
        return ""

    def _event_and_step_names(self, event_id: str) -> tuple[tuple[str, tuple[str, ...], frozenset[str]], ...]:
        """Each name of the event that begins an untimed step's name whose other words are another step's name:
        the event's name, those other words, and the events the steps they name count from. Longest names first."""
        found = []
        for prefix in sorted(self.events.names_of(event_id), key=lambda n: (-len(n), n)):
            head = prefix.split()
            for name in self._untimed_by_first_word.get(head[0], ()):
                rest = name.split()[len(head) :]
                if name.split()[: len(head)] != head or " ".join(rest) not in self._all_names:
                    continue
                counted = frozenset(
                    e
                    for t, names in zip(self._timescales, self._names, strict=True)
                    if " ".join(rest) in names
                    for e in t.counted_from
                )
                found.append((prefix, tuple(rest), counted))
        return tuple(found)

    def _of_the_dated_event(self, asking: str, asked_words: str, roles: Sequence[DateRole]) -> str:
        """The asking words with a dated event's name put before the one name they ask by, when the two make the
        name of a step the standards set no timescale for: "strat 01/12, minutes by when?" asks for the strategy
        discussion's minutes ("strat minutes"), not the PLO meeting's ("minutes"); any name of the event will do
        ("core grp held 01/12, mins out by?"). Not when the asking words name anything else ("core group 26/05,
        when's the home visit recorded?" asks of the visit), nor when what they name counts from an event the
        question names ("the phone call recorded": recording counts from any contact). Else the asking words as
        they are. `asked_words` are the asking words as `_words` reads them."""
        said = asking.split()
        words = asked_words.split()
        asked = self._name_spans(asked_words).keys()
        if len(said) != len(words) or not asked:
            return asking
        named_here: set[str] | None = None
        for role in roles:
            if role.aside or role.lead is None:
                continue
            for prefix, rest, counted in self._event_and_step.get(role.lead, ()):
                if not asked <= word_runs(" ".join(rest)).keys():
                    continue
                if named_here is None:
                    named_here = set(self.events.named(asking)[0])
                if counted & {*role.events, *named_here}:
                    continue
                at = next(
                    (i for i in range(len(words) - len(rest) + 1) if tuple(words[i : i + len(rest)]) == rest),
                    None,
                )
                if at is not None:
                    return " ".join([*said[:at], prefix, *said[at:]])
        return asking

    def _asked_runs(self, words: str) -> set[str]:
        """The word runs of the asking words (as `_words` reads them), and the names found there with a few
        small words inside them ("the child need to be seen" names "child be seen"); never a word that changes
        what the step is ("placement disruption meeting" is no placement meeting)."""
        # (Not inside a longer name written out whole: "go to conference" in "go to the conference chair", a step
        # counted back from the conference; "placement meet" in "how the placement will meet his needs".)
        tokens = words.split()
        loose = loose_spans(words, self._loose_names, max_gap=3)
        whole = [span for spans in self._name_spans(words).values() for span in spans]
        return word_runs(words).keys() | {
            name
            for name, (a, b) in loose.items()
            if all(t in STOPWORDS or t in name.split() for t in tokens[a:b])
            and not any(c <= a and b <= d and d - c > b - a for c, d in whole)
        }

    def _name_spans(self, words: str) -> dict[str, list[tuple[int, int]]]:
        """Each rule name in `words` (stemmed), with where it is."""
        return {n: where for n, where in word_runs(words).items() if n in self._all_names}

    @staticmethod
    def _inner_names(
        spans: Mapping[str, list[tuple[int, int]]], within: frozenset[str] | None = None, *, by: int = 1
    ) -> set[str]:
        """Names only ever read inside a longer name of the asking words ("plo meeting" in "review PLO meeting"),
        or, given `within`, inside one of those names only ("core group" in "second core group", an untimed
        step's). Not inside "next ...": "next review" names no other kind of review than "review" does, and "the
        next PEP" after coming into care is the first one. `spans` are the names in the asking words; `by` is how
        many words longer the outer name must be."""
        outer = {
            n: where for n, where in spans.items() if not _NEXT.match(n) and (within is None or n in within)
        }
        return {
            name for name, where in spans.items() if all(_inside(span, outer, name, by) for span in where)
        }

    def _qualifier_names(self, words: str, spans: Mapping[str, list[tuple[int, int]]]) -> set[str]:
        """Names only ever read as what another step's name is of ("the write-up of the pre-proceedings meeting",
        "notes from the core group"): that step's name, "of" or "from", perhaps "the", then this name, which names
        an event that step counts from or a step counted from the same event as it ("the team leader review of my
        Child and Family Assessment": both count from the assessment's start). Not "the write-up of the strategy
        discussion", which no step named by "write-up" counts from: the strategy discussion stays asked of. Or read
        as what another step is done to: this name, then "be" (perhaps after "need to"), then that step's name
        ("by when must the visit be recorded?"), with the same test of the events they count from.
        `spans` are the names in `words`."""
        tokens = words.split()
        ending: dict[int, set[str]] = {}
        for n, where in spans.items():
            for _, b in where:
                ending.setdefault(b, set()).add(n)

        def of_a_step_counted_from_it(name: str, a: int) -> bool:
            i = a - 1
            if i >= 0 and tokens[i] in _DETERMINERS:
                i -= 1
            if i >= 1 and tokens[i] == _FOR:
                return for_another_step(name, i)
            if i >= 1 and tokens[i] == _AFTER:
                # "... have to go to the parents after a pre-proceedings meeting": the event another step named
                # in the words that ask counts from.
                return counted_from_it(set(spans) - own_names(name) - {name}, name)
            if i < 1 or tokens[i] not in _OF_WORDS:
                return False
            return counted_from_it(ending.get(i, set()) - {name}, name)

        def own_names(name: str) -> set[str]:
            return {n for names in self._names if name in names for n in names}

        def for_another_step(name: str, i: int) -> bool:
            # "allocate a new case for a Child and Family Assessment", "allocatin for a c&f assesment": the step
            # done for the work another name names, a few words of what it is done to between them.
            own = own_names(name)
            for j in range(i, max(0, i - 1 - _FOR_GAP), -1):
                heads = ending.get(j, set()) - own
                if heads:
                    return True
                if j < i and tokens[j] not in _WHAT_IT_IS_DONE_TO:
                    return False
            return False

        def done_to_it(name: str, a: int, b: int) -> bool:
            # "by when must the visit be recorded?", "when does the visit need to be on the system?": the visit is
            # what the recording is of (not in "... be recorded and when is the next one?", which asks of both);
            # and "when is my assessment due to be looked over?", where the name of what is done begins inside it.
            i = b
            while i < len(tokens) and tokens[i] in _BEFORE_BEING:
                i += 1
            if i >= len(tokens) or tokens[i] not in _BEING or _NEXT_WORD in tokens[i:]:
                return False
            heads = {n for n, where in spans.items() for c, d in where if a < c <= i + 1 < d}
            # Another step's name: not "is the assessment due to be finished", both names of its completion.
            own = own_names(name)
            return counted_from_it(heads - own - {name}, name)

        def counted_from_it(heads: set[str], name: str) -> bool:
            events = set(self.events.named(name)[0])
            # ... or names a step counted from the same event ("the team leader review of my Child and Family
            # Assessment": the review and the assessment both count from its start), or one whose outcome the
            # other counts from ("the notes from the pre-proceedings meeting": the notes count from the first PLO
            # meeting held).
            events |= {
                e
                for u, names in zip(self._timescales, self._names, strict=True)
                if name in names
                for e in (u.start_event, u.produces)
                if e
            }
            return self._names_a_step_from(heads, events)

        # What a step's name is of: only a plain name ("the visit", "child and family assessment"), not one that
        # goes on to say more ("visit need to be on the system"). What a step is done to may be any name ("is my
        # assessment due to be looked over"): the "be" after it is the test.
        plain = {n for n in spans if not _NAME_STOPWORDS & set(n.split())}
        return {
            n
            for n in spans
            if all(
                (n in plain and of_a_step_counted_from_it(n, a)) or done_to_it(n, a, b) for a, b in spans[n]
            )
        }

    def _stated(self, clause: str) -> Said:
        """A clause with no date, read like a date's: which events it names and whether they happened. An aside
        that is only "(after 1st review)" says the first review has been; not one with anything else in it
        ("after 1st review tbc", "not after 1st review", "after 1st review?", "after 1st review in a fortnight")."""
        happened, ahead = tense(clause, dated=False)
        # ... nor one that is only the visits said to be after it ("lac visit after 1st reveiw, seen her 21.5.26"),
        # its words' slips mended (a doubting "?" kept).
        plain = " ".join(
            w if not w.isalpha() else self.events.correct(w) for w in clause.strip().lower().split()
        )
        happened = happened or (
            not ahead and _ONLY_AFTER_THE_FIRST.fullmatch(_VISITS_SAID.sub("", plain, count=1)) is not None
        )
        return self.events.named(clause)[0], happened, ahead

    def _words(self, text: str) -> str:
        """The worker's own words, typo-corrected and stemmed, where step names are looked for.

        A kind of plan the worker says it is not ("a lower-level (not CP) plan"), and an extension there was not,
        name nothing.
        """
        return stemmed(_not_said(self.events.correct(fold(text))))

    def _name_weight(self, phrase: str) -> float:
        return NAME_WEIGHT / math.sqrt(self._sharing[phrase]) + NAME_WORD_WEIGHT * len(phrase.split())


class Scored(Protocol):
    @property
    def score(self) -> float: ...


S = TypeVar("S", bound=Scored)


def by_a_phrase(names: Iterable[str]) -> bool:
    """One of the names a step was found by has more than a word: "see the child" says which step far more
    surely than "extended" alone, so such a step is kept, and offered, where a lone word's is not."""
    return any(" " in n for n in names)


def best_first(matches: Sequence[S]) -> list[S]:
    """Best score first. Scores within a hair (TIE) of the best of their run are a tie, kept in the order they
    came (the pack's): a tie is not decided by the noise a new entry elsewhere in the index shifts scores by,
    nor by where a rounding boundary falls between two near-equal scores."""
    order = sorted(range(len(matches)), key=lambda i: -matches[i].score)
    ranked: list[int] = []
    run: list[int] = []
    for i in order:
        if run and matches[run[0]].score - matches[i].score > TIE:
            ranked += sorted(run)
            run = []
        run.append(i)
    return [matches[i] for i in ranked + sorted(run)]


def _inside(
    span: tuple[int, int], spans: Mapping[str, list[tuple[int, int]]], name: str, by: int = 1
) -> bool:
    """The words at `span` are part of a name at least `by` words longer found around them."""
    a, b = span
    return any(
        c <= a and b <= d and d - c >= b - a + by
        for other, where in spans.items()
        if other != name
        for c, d in where
    )


def _kind(t: Timescale) -> str:
    """What a first step is the first of: "core group" of "First core group"."""
    return stemmed(FIRST_ONE.sub("", t.label))


def _not_said(folded: str) -> str:
    """The folded question without the plans and extensions it says there are not: those words name no step."""
    return NOT_EXTENDED.sub(" ", _NOT_A_PLAN.sub(" ", folded))


# Words that tell nothing of which event a date is: "01/12 then 02/01", "... was held 28/12".
_FILLER = frozenset({"then", "also", "again", "later", "held", "done", "happened", "took", "place", "file"})


def _countable(
    role_runs: Sequence[tuple[DateRole, AbstractSet[str]]],
) -> list[tuple[DateRole, AbstractSet[str]]]:
    """The dates a compliance check may count from or check: not set aside, not a date of birth."""
    return [(r, runs) for r, runs in role_runs if not r.aside and r.lead != BIRTH_EVENT]


def _the_next_one(role: DateRole, before: DateRole | None) -> DateRole:
    """'His last LAC review was 15/12/25 and the next one is on 15/06': a date whose words name no event, only
    "the next one", is of the event the date just before it is, told as done or dated earlier: not an unnamed day
    that no step counts from, leaving the report counted back from the review held. Each date is read against the
    one before as first read, so a chain ("next one ..., following one ...") carries one step only."""
    if (
        role.events
        or before is None
        or not before.events
        or not (before.past or before.found.day < role.found.day)
        or not _THE_NEXT_ONE.search(role.clause)
    ):
        return role
    return replace(role, events=before.events, lead=before.lead)


def _days_ahead(role: DateRole, text: str, today: date) -> DateRole:
    """ "temp approval ends 23/02", asked on 10/02: a date without its year, whose words don't say it happened,
    a few days ahead (NEAR_AHEAD) is this year's, still to come, not one nearly a year gone."""
    found = role.found
    if not found.year_assumed or found.month_assumed or found.relative or role.past or found.day > today:
        return role  # "on the 3rd": a day of the month alone is read in the month the date reader chose
    if _DONE_WORDS.search(role.clause):
        return role  # "last unannounced 06/01": gone by, whatever the calendar says
    ahead = read_ahead(found, text, today)
    if not timedelta(0) < ahead.day - today <= NEAR_AHEAD:
        return role
    return replace(role, found=ahead, coming=True)


def _moved_to_nearest(role: DateRole, today: date) -> DateRole:
    """ "meant to be 10/12 but the IRO moved it to 17/12": the date a meeting was moved to, its year not written,
    is read in the year that puts it nearest today when that is within MOVED_AHEAD ahead. It was moved because it
    was close: read a year back by itself (as a date that happened) it would be a year out. Further ahead ("moved
    from 10/06 to 17/06", asked in December) it stays the one gone by, which the question may well be about."""
    if not role.found.year_assumed:
        return role
    days = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            days.append(role.found.day.replace(year=year))
        except ValueError:  # 29 February
            continue
    nearest = min(days, key=lambda day: abs(day - today), default=role.found.day)
    if nearest > today + MOVED_AHEAD:
        return role
    return replace(role, found=replace(role.found, day=nearest))


def _past_its_outcome(matches: list[StepMatch], outcomes_asked: AbstractSet[str]) -> list[StepMatch]:
    """A step named whose outcome is dated as done, beside a named step counted from that outcome: "informal
    challenge on 26/02, formal dispute raised 08/03, when should the formal dispute be completed?" asks of the
    later step; both are named, by the later one's words ("formal dispute" names the informal challenge's outcome
    too). Not a step named by words of its own: "strat 02/03, ICPC 25/03, when was the ICPC due, and the first core
    group?" asks of both; nor "When was the formal dispute due?", the day the step that made it had to end."""
    following = [m for m in matches if m.named and m.start is not None]

    def overtaken(m: StepMatch) -> bool:
        later = [f for f in following if f.timescale.start_event == m.timescale.produces]
        return (
            m.done
            and m.named
            and m.timescale.produces not in outcomes_asked
            and any(m.named_by <= f.named_by for f in later)
        )

    return [replace(m, score=m.score - OVERTAKEN_PENALTY) if overtaken(m) else m for m in matches]


def _phase_said(
    role: DateRole, text: str, today: date | None, entered: Sequence[date], *, later: bool = False
) -> Said:
    """What a date says of the phase its event starts (see _first_or_later). A review ahead within six weeks of
    the date the child came into care is the first ("came into care 02/03, LAC review on 20/03"): the first is
    due within 20 working days of it."""
    ahead = still_to_come(role, text, today)
    day = (ahead or role.found).day
    first = any(timedelta(0) <= day - e <= FIRST_PHASE_WINDOW for e in entered)
    # A date gone by that nothing reads as still to come, with dates after it, has happened by them: "First LAC
    # review 10/02. Next visit 27/03", asked in March (not "review 09/02. Visits 12/01, 28/01", before it).
    gone = role.past or (ahead is None and today is not None and later and role.found.day < today)
    return _first_or_later(role.clause, role.events, gone, ahead is not None, first=first)


def _first_or_later(
    words: str, events: tuple[str, ...], happened: bool, ahead: bool, *, first: bool = False
) -> Said:
    """A review ahead says the first is still to come only when it is the first (`first`, or its words say so), or
    none has been yet ("first LAC review 28/04", "no review yet"; not "next review is in May"); "2nd review 14/05"
    says the first has happened."""
    if _LATER_ONE.search(words):
        return events, True, False
    return events, happened, ahead and (first or _FIRST_ONE.search(words) is not None)


_FIRST_ONE = re.compile(r"\b(?:first|1st|initial|ilar|ilac|ilacr|yet)\b", re.I)
_LATER_ONE = re.compile(rf"\b(?:{LATER_ORDINALS})\b", re.I)


_EXTENDED_ON = re.compile(r"\b(?:extended|extension|extend)\b")


def _not_the_extensions_date(t: Timescale, start: FoundDate, roles: Sequence[DateRole]) -> FoundDate:
    """ "temp approval extended by the ADM 1/2/26, original approval 12/10/25": an extended timescale runs from
    its start event's own date, not from the day the extension was agreed, when both are told."""
    own = next((r for r in roles if r.found == start), None)
    if own is None or not _EXTENDED_ON.search(fold(own.clause)):
        return start
    others = [
        r
        for r in roles
        if r.found != start and t.start_event in r.events and not _EXTENDED_ON.search(fold(r.clause))
    ]
    return others[0].found if others else start


def _happened(said: Said) -> tuple[str, ...]:
    """The events words tell as past (none when they tell them ahead or don't say)."""
    events, happened, _ = said
    return events if happened else ()


# A date's words that tell someone was told: "the front door team emailed us", "CFR rang us today".
_TOLD = re.compile(
    r"\b(?:e-?mail(?:ed|s)?|told|notified|messaged|rang|phoned|called|contacted|let (?:us|them) know|sent)\b",
    re.I,
)


def _checks(step_text: str, text: str) -> bool:
    """The question checks a date against its standard ("... - in time?", "was the second one in time?"), or
    ends by asking so right after a date ("visits 02/03 and 31/03 within the visiting frequency?", where the
    words after the last date are read as its own)."""
    ends_checking = any(_ASKED_AT_THE_END.match(text, m.end()) for m in COMPLIANCE.finditer(text))
    return bool(COMPLIANCE.search(step_text) or SECOND_ONE_CHECKED.search(text) or ends_checking)


def _names_either(t: Timescale, roles: Sequence[DateRole]) -> bool:
    """A date's words name the step's start or its outcome: that date is the one counted, not a bare one."""
    return any({t.start_event, t.produces} & set(r.events) for r in roles)


def _bare(role: DateRole) -> bool:
    """A date with no words of its own to name an event, in a question that checks dates: the step's (a date
    listed after another takes that one's events, but has no words of its own either)."""
    # ("... and 31/03 compliant?": the words after the last date that ask whether it was are none of its own)
    words = fold(_CHECKING_WORDS.sub(" ", role.clause)).split()
    return role.listed or (not role.events and all(w in STOPWORDS or w in _FILLER for w in words))


def _on_plans_since_conference(folded: str, roles: Sequence[DateRole]) -> bool:
    """The plan said without its kind, beside an initial conference held: "on plans since ICPC 01/11" is a
    protection plan (the conference makes only those), unless a word of an ending or another plan is said."""
    held = any(r.lead == ICPC_EVENT and not r.coming and not r.aside for r in roles)
    return held and bool(_ON_A_PLAN.search(folded)) and not _ANY_ENDING.search(folded)


def _plan_kinds(text: str) -> set[str]:
    """The kinds of plan `text` names ("cp visit" is of a child protection plan)."""
    words = f" {fold(text)} "
    return {kind for kind, names in _PLAN_KINDS.items() if any(f" {n} " in words for n in names)}


def _head_word(names: Sequence[str]) -> str | None:
    """The word most of an event's names end in ("review" of "family time review", "contact reviewed")."""
    ends = Counter(stemmed(n).split()[-1] for n in names if stemmed(n))
    if not ends:
        return None
    word, count = ends.most_common(1)[0]
    return word if count * 2 > len(names) else None


def _asking_and_stating(step_text: str, *, yes_or_no: bool = True) -> tuple[str, str]:
    """The clauses that ask (a "when", a "due", a question mark) apart from those that only state.

    A second question joined on ("when's the next review and does it go to panel?"), or asked on its own ("can
    it be extended?"), asks yes or no, not for a date: it is stated, so its words weigh as context, not as the
    step asked about."""
    # "Everyone involved needs to be told about his legal status - by when?": an ask with no words of its own
    # asks of the clause before it.
    step_text = _BARE_ASK_AFTER.sub(" ", step_text)
    clauses = [
        (part, ASKING if i == 0 and not _ASKS_YES_OR_NO.match(part) else ASKS_FOR_A_DATE)
        for c in CLAUSE_END.split(step_text)
        for question in _QUESTION_END.split(c)
        for i, part in enumerate(_YES_OR_NO.split(question) if yes_or_no else [question])
    ]
    asked = [(c, _asks(c, asks)) for c, asks in clauses]
    if any(asks and "?" in c for c, asks in asked):
        # "Family time arrangements made when child came into care 05/01/26. Review of family time due by?": a
        # "when" that only joins on a date's clause, with nothing after it, or tells what happened then ("when it
        # was allocated."), asks nothing beside a question asked.
        asked = [
            (
                c,
                asks
                and ("?" in c or not _WHEN_JOINS.search(c) or bool(ASKING.search(_WHEN_JOINS.sub(" ", c)))),
            )
            for c, asks in asked
        ]
    asking = [c for c, asks in asked if asks]
    if not asking:
        return step_text, ""
    return " , ".join(asking), " , ".join(c for c, asks in asked if not asks)


# ... or tells what happened then ("... wasn't started until Monday 4 January when it was allocated."): the order of
# a statement, not of a question ("when was it allocated?").
_WHEN_JOINS = re.compile(
    r"\bwhen\W*$|\bwhen (?:it|he|she|they|we|i|(?:the|his|her|their|our|my) \w+) "
    r"(?:was|were|had been|came|went|got|moved)\b",
    re.I,
)


def _counted_from_its_own(m: StepMatch, roles: Sequence[DateRole]) -> bool:
    """The step's start is a date whose words name its own start, or no event at all ("my last one was 20/11")."""
    return m.start is not None and any(
        r.found == m.start and (not r.events or bool(m.timescale.counted_from & set(r.events))) for r in roles
    )


def _asks(clause: str, asks: re.Pattern[str]) -> bool:
    """The clause asks, and not only by telling when the next one is ("the next review is planned for May")."""
    if not asks.search(clause):
        return False
    return "?" in clause or bool(asks.search(_TELLS_NEXT.sub(" ", clause)))


# "The case file summary was last updated on": the last one of its event, the one the next counts from.
_LAST = re.compile(r"\blast\b", re.I)
# "the next review is planned for early May", "the next review PLO is in 5 weeks": a next one told, not asked for.
_TELLS_NEXT = re.compile(
    r"\bnext (?:[\w-]+ ){1,3}(?:is|was|'s|has been|will be) (?:planned|booked|scheduled|arranged|set|pencilled"
    # "The next review PLO is in 5 weeks."
    r"|in (?:\d+|a|an|one|two|three|four|five|six) (?:days?|weeks?|months?))\b"
    # "We're taking a family to Legal Gateway next week": when it happens, told.
    r"|\bnext (?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?! or )",
    re.I,
)


_QUESTION_END = re.compile(r"(?<=\?)\s+")
_BARE_ASK_AFTER = re.compile(
    r"(?<=\w)\s*(?:,|:|\s[-–—])\s*(?=(?:by when|when by|when(?:'s| is)?(?: (?:it|that|this))?(?: due)?|by|due(?: by)?"
    r"|deadline|what date|latest)\s*\??\s*$)",
    re.I,
)
# "Can it be extended?" asks yes or no, on its own as well as joined on.
_ASKS_YES_OR_NO = re.compile(
    r"\s*(?:can|could|is|are|does|do|will|would|may|might|has|have)\s+(?:it|they|this|that|we|i|she|he)\b",
    re.I,
)
_YES_OR_NO = re.compile(r"\band (?=(?:does|do|did|is|are|was|will|would|should|can|must|has|have) \w)", re.I)


def stated_timescales(text: str) -> set[tuple[int, Count]]:
    """The timescales a question states, as (n, count) pairs: "the 1 working day standard" is (1, working days);
    a number alone ("within the 45?") is that many of any unit, the worker knowing the standard by its number."""
    stated: set[tuple[int, Count]] = set()
    for m in _STATED_TIMESCALE.finditer(text):
        if m.group("n4"):
            stated.update(
                (int(m.group("n4")), count) for counts in _STATED_COUNTS.values() for count in counts
            )
            continue
        number = (m.group("n") or m.group("n2") or m.group("n3")).lower()
        unit = (m.group("unit") or m.group("unit2") or m.group("unit3")).lower()
        n = int(number) if number.isdigit() else _NUMBERS[number]
        stated.update((n, count) for count in _STATED_COUNTS[_unit_kind(unit)])
    return stated


def _unit_kind(unit: str) -> str:
    if unit.startswith(("working", "wd")):
        return "working days"
    if unit.startswith(("week", "wk")):
        return "weeks"
    return "months" if unit.startswith("month") else "days"
