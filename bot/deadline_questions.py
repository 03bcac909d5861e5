"""Deadline questions: from a question with dates (or a rule and a date) to an Answer with the date.

The core hands a question here once it has found dates in it. The step finder ranks the rules with the
date each would count from; when the best is clear the Answer carries its worked deadline, and when two
rules are close with different dates it carries both as choices, so a worker is never given a wrong
date silently. Dates outside the supported years become a reply, never an exception.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, cached_property

from bot import wording
from bot.answer import Answer, DateInvite, Kind, Match, Reason
from calculators.chatdates import DateFinding, DateProblem, FoundDate, Prefer, read_ahead
from calculators.deadlines import Deadline, compute
from calculators.errors import DateRangeError
from calculators.timeline import timeline as build_timeline
from calculators.timescale import COUNTED_BACK, Count, Timescale
from calculators.working_calendar import WorkingCalendar, check_supported
from knowledge.date_roles import (
    ASKING,
    ASKS_FOR_A_DATE,
    BIRTH_EVENT,
    CLAUSE_END,
    DateRole,
    phrase_set,
    sentence_of,
    stemmed,
    still_to_come,
    word_runs,
)
from knowledge.records import Entry, Event
from knowledge.search import Hit
from knowledge.step_dates import COMPLIANCE, RECURRING, seen_away_from_home
from knowledge.steps import EARLIEST, StepFinder, StepMatch, best_first, by_a_phrase
from knowledge.text import STOPWORDS, fold

# Rules scoring this close to the best, with another due date, are offered too; closer still when the
# best is named where the question asks and the other is not.
CHOICE_MARGIN = 0.15
WEAK_STEP_SCORE = 0.7  # below it, a lone step found by no name of its own is offered, not counted
NAMED_CHOICE_MARGIN = 0.07
# A rival the words that ask name, beside a best step they name nowhere, is offered this near (see _named_where_asked).
NAMED_RIVAL_MARGIN = 0.225
SOONER_RIVAL_FACTOR = 2  # ... twice that for a rival due sooner (see _named_where_asked)
# A step named where the question asks, due sooner, that went by this many days ago or fewer is overdue, not gone
# (see _named_where_asked).
GONE_GRACE_DAYS = 14
# A meeting "held 3/12" whose next 3 December is this near is that one: a year-old meeting is rarely asked of.
HELD_YET_AHEAD_DAYS = 31
# A visit of another plan, when nothing says which plan the child is on (see _another_plans_visit).
UNDECIDED_VISIT_MARGIN = 0.3
OTHER_START_MARGIN = 0.5  # a step counted from another event the date may be (see _other_start)
# How much more of the encoder's nudge (knowledge/steps.py) the best step must have than a close rival to be
# given alone: a cosine lead of 0.15 at the nudge's weight of 1 (tuning sets: 1036 right with no settling, 1058
# at 0.15, 1061 at 0.1 but then a CP-or-CIN visit question was settled).
SETTLING_NUDGE = 0.15
# A step counted from the outcome of a named step that is done: the encoder's lead it needs to be meant (a
# tuning question describing the assessment's renewal leads by about 0.13; a review's questions asking of the
# named step, by 0.02 or less).
FOLLOWING_NUDGE = 0.1
MAX_CHOICES = 4
PAST_DUE_PENALTY = 0.15  # a rule whose deadline has already gone by, in a question looking ahead
# An unnamed rule due the very day of its event, that day gone by (tune_steps.py tries both penalties).
SAME_DAY_PENALTY = 0.3
PHASE_UNTOLD_PENALTY = 0.3  # a rule whose phase the question says nothing of (see _phase_untold)
# A rule's own names that tell its phase by how often it comes: "12 weekly", "three monthly".
_HOW_OFTEN = re.compile(r"\d|month", re.I)
# A step due N days before its event, counted from the step's own date: its event N days after, at the earliest.
_REVERSED = {Count.WORKING_DAYS_BEFORE: Count.WORKING_DAYS, Count.CALENDAR_DAYS_BEFORE: Count.CALENDAR_DAYS}
# "when is the next core group?", "the following ones": a later one asked for, not a word said in passing
# ("the ICPC for the second child", "later than 20 working days").
_A_LATER_ONE = re.compile(
    r"\b(?:next|following|subsequent|second|2nd|another)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:ones?|cgs?|core[ -]?gr[a-z]*|reviews?|meetings?|conferences?|rclas?)\b"
    r"|\bmeet again\b",  # "how soon does the group have to meet again?"
    re.I,
)
# "how often should contact arrangements be reviewed?": a clause that asks, though it names no date.
_ASKS_HOW_OFTEN = re.compile(r"\bhow often\b", re.I)
# Words that ask after a later one ("is the next core group overdue?"), not "next" alone, which also tells.
_ASKS_AFTER = re.compile(r"\?|\b(?:when|whens|due|deadline|overdue|late|how long|how soon|how often)\b", re.I)
# "sit down and talk about how it's going and what (happens) next": what comes next is talked of, not asked.
_TALKED_OF = re.compile(
    r"\bhow (?:it['’]?s|it is|things are) going and what (?:next|happens next|comes next)\b", re.I
)
# Words that doubt what follows them happened: "not sure if", "don't know whether", or a bracketed question
# "(after the first review?)".
_DOUBTED = re.compile(
    r"\b(?:not sure|unsure|don['’]?t know|do not know|no idea|not certain|can['’]?t remember|cannot remember"
    r"|unclear)(?: \w+)?\s+(?:if|whether)\b"
    r"|\b(?:can['’]?t|cannot|can not) (?:see|tell|find)(?: \w+){0,3}\s+(?:if|whether)\b|\([^()]*\?\s*\)"
    # "I didn't check whether her first review has happened": not known either.
    r"|\b(?:didn['’]?t|did not|haven['’]?t|have not|never) (?:check(?:ed)?|ask(?:ed)?|look(?:ed)?|find out)"
    r"(?: \w+){0,2}\s+(?:if|whether)\b",
    re.I,
)


def _split_doubt(clause: str) -> tuple[str, str]:
    """A clause's words told as they are, and those the worker doubts: from "not sure if" on, or a bracketed
    question (none when nothing is doubted)."""
    doubt = _DOUBTED.search(clause)
    at = doubt.start() if doubt else len(clause)
    return clause[:at], clause[at:]


# "what's due before the ICPC on 3/3?" asks what comes ahead of the event, not after it.
_BEFORE_IT = re.compile(r"\b(?:before|ahead of|prior to|b4)\b", re.I)
# "when was the ICPC due?", "should have been held by": asking after a deadline that has gone by.
_LOOKS_BACK = re.compile(
    r"\bwhen (?:was|were|did)\b|\bwhat was\b|\b(?:should|would|must)(?: have|'ve|ve)\b|\bwas (?:it|that|this) due\b",
    re.I,
)
# "conference was 3/3, what's next due?": every deadline that follows the event, not one rule's.
_WHATS_NEXT = re.compile(
    # ... not "sit down with my manager and agree what's next": what is agreed, not what is asked.
    r"\b(?<!agree )(?<!agreed )(?<!decide )(?<!decided )(?:what|wat|wot)(?:'s|s| is| was| comes| else is)? (?:next|due next)\b"
    r"|\bwhat(?:'s|s| is| are| was| were) (?:the|my|our) next (?:thing|deadline|timescale|step|compliance (?:date|deadline))s?\b"
    r"|\bnext (?:timescale|deadline)s? after\b"
    r"|\bwhat (?:do i|should i|must i) (?:need to )?diari[sz]e\b"
    # "I visited my foster carers today - what's the deadline I need to work to now?"
    r"|\bwhat(?:'s|s| is) the deadline (?:i|we) (?:need to|have to|must) work to(?: now)?\s*\??\s*$"
    # "I had the first PLO meeting today. What do I need to do next and by when?"
    # ... "plo meeting was 26/5 what do i need to do by when"
    r"|\bwhat (?:do|should|must) (?:i|we) (?:need to |have to )?(?:do|get done|get sorted|sort out) (?:next|by when|after(?: it| that| this)? and by when)\b"
    r"|\bwhat needs (?:doing|to be done|to happen) (?:next|by when)\b"
    # "placed with the adopters on 07/01. What's the next date I need to know about?"
    r"|\bnext dates? (?:i|we) (?:need|have|should|must) (?:to )?know\b"
    r"|\b(?<!agree )(?<!agreed )next steps?\b|\b(?:what|wat|wot) (?:else )?(?:is|are|s) (?:now )?due\b"
    # "First PLO meeting was 09/03/2026, no FGC yet. What follow-up is due and by when?"
    r"|\bwhat (?:follow[- ]?ups?|actions?|tasks?) (?:is|are) (?:now )?due\b(?!\s+(?:date|for)\b)"
    # "placed 20/03. what's due?", "whats due"; not "what's due date", "what's due for the ICPC?" (a step named)
    r"|\b(?:what|wat|wot)(?:['’]s|s) (?:else )?(?:now )?due\b(?!\s+(?:date|for)\b)"
    # ... not "decide what happens next", "sign off what happens next": what is decided, not what is asked.
    r"|\b(?<!off )(?<!decide )(?<!decides )(?<!decided )(?<!agree )(?<!agrees )(?<!agreed )(?<!decide on )"
    r"(?<!decision on )(?<!agree on )(?<!agreed on )(?<!decided on )(?<!about )"  # "a decision about what ..."
    r"what (?:happens|comes) next\b"
    r"|(?:^|[-–,.:;]\s*)next (?:deadline|timescale|compliance (?:date|deadline))s?\s*\?"  # "FC visit done 21/12 - next deadline?"
    # "which review or meeting is due first?", "what deadlines come off that?": every one, the soonest first
    # (not "which visit is due first?", "what deadlines come up for the core group?": one step asked of)
    # (not "which one comes first, the PEP or the IHA?", which names the two it asks between)
    r"|\bwhich (?:deadline|step|thing|of them|of these|\w+ or \w+)s? (?:is|are|comes?) (?:due )?first\b"
    r"|\bwhich one (?:is|comes?) (?:due )?first\b(?![^?]*\bor\b)"
    r"|\bwhat(?:['’]s|s| is) due first\b(?!\s+for\b)"
    r"|\bwhat deadlines (?:come off|follow from|follow on from|follow)(?: (?:that|this|it|them))?\s*\??\s*$",
    re.I,
)


# A step's name with its timescale in it: "12 week review", "twelve week review" (stemmed: "twelv week review").
_NUMBERED = re.compile(r"\d|\b(?:two|three|four|fiv|six|eight|ten|twelv|fifteen|sixteen|twent)\w*\b")


def _numbered(step: StepMatch) -> bool:
    return any(_NUMBERED.search(name) for name in step.named_by)


def _looks_ahead(text: str) -> bool:
    """A question after a deadline still to come: not a compliance check, nor asked in the past tense."""
    return not (COMPLIANCE.search(text) or _LOOKS_BACK.search(text))


def prefer_for(timescale: Timescale) -> Prefer:
    """Counting back from a meeting: a date with no year is the next one, not the last."""
    return "future" if timescale.count in COUNTED_BACK else "past"


def date_problem(question: str, problems: Sequence[DateProblem], *, kind: Kind = Kind.DEADLINE) -> Answer:
    return Answer(
        question=question, kind=kind, answered=False, reason=Reason.DATE_PROBLEM, problems=tuple(problems)
    )


@dataclass(frozen=True)
class _Counted:
    step: StepMatch
    found: FoundDate
    result: Deadline
    score: float  # the step's score, less what the due date itself says against it


class DeadlineQuestions:
    """The deadline half of the core: rules, events and the calendar they are counted on."""

    def __init__(
        self,
        steps: StepFinder,
        calendar: WorkingCalendar,
        rules: Mapping[str, Timescale],
        events: Mapping[str, Event],
        entries: Mapping[str, Entry],
    ) -> None:
        self.steps = steps
        self.calendar = calendar
        self.rules = rules
        self.events = events
        self.entries = entries
        # The events repeating steps count from: the visits of each kind of plan.
        self._visit_events = frozenset(t.start_event for t in rules.values() if t.count in RECURRING)

    def from_text(
        self, question: str, text: str, words: str, finding: DateFinding, hits: Sequence[Hit], today: date
    ) -> Answer:
        """A question with at least one date and no date problems."""
        if _WHATS_NEXT.search(_TALKED_OF.sub(" ", text)) and not _BEFORE_IT.search(text):
            following = self._what_follows(question, text, finding, today)
            if following is not None:
                return following
        matches = self.steps.find(text, hits, dates=finding.dates, without_dates=words, today=today)
        # The dates' roles and the words that ask, read only for the rare question that needs them.
        read = _Reading(lambda: self.steps.roles(text, finding.dates, today)[0], text)
        if any(m.timescale.after_rule for m in matches):
            matches = [m for m in matches if not self._phase_ahead(m, read.roles, today)]
            matches = best_first([self._phase_untold(m, text) for m in matches])
        if any(m.timescale.after_event and m.start for m in matches):
            phased = [
                self._phase_before(m) if self._before_its_phase(m, read.roles, text, today) else m
                for m in matches
            ]
            # "not sure if the first review has happened yet": either phase may be the one now, so both are offered.
            phased += [self._phase_before(m) for m in matches if self._phase_doubted(m, read.roles, text)]
            matches = best_first([m for m in phased if m is not None])
        if not matches:
            guesses = tuple(t for t in (_counted_timescale(h.entry) for h in hits[:3]) if t is not None)
            return _which_step(question, finding.dates[0].day, guesses)
        top = matches[0]
        # "TL agreed we need to get police and health together, today - how long?": one step found, weakly, and
        # not by its name: its date is offered to pick, not given as if it were known.
        weak = len(matches) == 1 and not top.named and top.score < WEAK_STEP_SCORE
        # "came into care 1/11, when is the next PEP?": the first PEP meeting, counted from the date given,
        # is nearer than the reviews the standards set no timescale for.
        sibling = next(
            (
                m
                for m in matches[1:]
                if m.start is not None
                and m.timescale.standard_id == top.timescale.standard_id
                and m.score >= top.score - CHOICE_MARGIN
                # A step the question only tells of is no sibling of an untimed one it names where it asks:
                # "adopters want to apply for the AO, deadline for the Annex A report?" asks of the report.
                and (m.named or not top.named)
            ),
            None,
        )
        if (
            top.timescale.count is Count.UNTIMED
            and sibling is None
            and not _asked_instead(top, matches, text)
        ):
            return self.untimed(question, top.timescale)
        untimed_named = next((m for m in matches if m.named and m.timescale.count is Count.UNTIMED), None)
        matches = [m for m in matches if m.timescale.count is not Count.UNTIMED]
        named = [m for m in matches if m.named]
        dated = [m for m in matches if m.start is not None]
        numbered = next((m for m in named if m.start is None and _numbered(m)), None)
        if (
            numbered is not None
            and dated
            and not _numbered(dated[0])
            and dated[0].timescale.standard_id != numbered.timescale.standard_id
        ):
            # "first PLO meeting 01/09, when's the 12 week review (meeting)?": a name with its timescale in it is
            # the step asked for, not another standard's that happens to count from the date given ("temp
            # approval 05/01, when does the 8 week extension end?" is the same standard's, dated).
            return self.need_date(question, numbered.timescale, earlier=numbered)
        later = self._later_ones(named[0], text) if named else None
        if later is not None:
            # "ICPC 16/11, first core group 25/11, when is the next core group?": the first has happened, and
            # the standards set no date for the ones after it.
            return self.untimed(question, later)
        if named and named[0].start is None and named[0].done:
            # "Initial PLO meeting 8 Jan - the first review PLO meeting?": the step named first has happened;
            # only another step of the same part of the work, named where the question asks, with a date to
            # count from, can be meant.
            done = named[0]
            section = self.entries[done.timescale.standard_id].section
            matches = [
                m
                for m in matches
                if m.start is not None
                and (
                    (m.named and self.entries[m.timescale.standard_id].section == section)
                    # "assessment signed off 7 Jan, when does it stop being up to date?": a step counted from
                    # the outcome follows it, however described, when the encoder reads the question as plainly
                    # nearer it ("formal dispute raised 02/11, when was the informal challenge due?", "notice
                    # sent 3/3, did we give enough notice?" ask of the step named) and it looks ahead ("c&f
                    # signed off 7 Jan, was it in time?" asks of the one named).
                    or (
                        m.timescale.start_event == done.timescale.produces
                        and m.nudge - done.nudge >= FOLLOWING_NUDGE
                        and _looks_ahead(text)
                    )
                )
            ]
            if not matches and untimed_named is not None:
                # "Initial LAC review 05/11, when's the next LAC review?": a step the standards set no date for.
                return self.untimed(question, untimed_named.timescale)
            if not matches:
                return self.need_date(question, named[0].timescale, earlier=named[0])
        elif named and named[0].start is None:
            # The step named first has no date to count from ("... the pathway plan?" with no date of birth):
            # ask for it, rather than count a step named less surely from a date that is there.
            asked = named[0]
            # A date of birth is given for an age: "... protection conference ... her DOB is 28/02/2014, from
            # when does that apply?" asks when she is old enough, not for the conference's date.
            age_fits = bool(dated) and dated[0].timescale.count is Count.AGE
            age_fits = age_fits and dated[0].score >= asked.score - CHOICE_MARGIN
            # "Next review conference pencilled for August ... When does the first core group need to be?": the
            # step named only where the question tells is not asked for, beside a dated one the asking words name.
            if (
                not age_fits
                and not _asked_instead(asked, dated, text)
                and (
                    not dated or dated[0].score < asked.score or (asked.earlier_event and not dated[0].named)
                )
            ):
                # The step asked about is named, but no date in the question is the one it counts from; a date
                # of an earlier step in its chain ("strat 31/12, first core group?") is not one to guess from.
                return self.need_date(question, asked.timescale, earlier=asked)
        counted: list[_Counted] = []
        considered = matches[: MAX_CHOICES + 2]
        if any(m.kind_asked for m in considered):
            # "came into care and placed 23/12, which meeting is due?": every meeting counted from what the question
            # tells is a candidate, however far down the other steps' words put it (the first LAC review).
            considered += [m for m in matches[MAX_CHOICES + 2 :] if m.kind_asked]
        for step in considered:
            found = self._start(step, text, today)
            if found is None:
                continue
            timescale = self._backwards(step.timescale) if step.backwards else step.timescale
            if timescale.count is Count.WINDOW_WEEKS and EARLIEST.search(text):
                # "what's the earliest the next one should be?" of a 4-6 weekly review: its first week.
                timescale = replace(
                    timescale,
                    count=Count.WEEKS,
                    label=wording.earliest_of(timescale.label),
                    at_the_earliest=True,
                )
            try:
                counted.append(_Counted(step, found, self.count(timescale, found.day), step.score))
            except DateRangeError as exc:
                return date_problem(question, [exc.problem])
        if not counted:
            return Answer(question=question, kind=Kind.DEADLINE, answered=False, reason=Reason.WHICH_DATE)
        leader = counted[0].step  # the first before what the due dates say
        counted = best_first([self._by_its_date(c, text, today) for c in counted])
        best = counted[0]
        # What a due date says may reorder the rules and leave some out, but never silently puts another
        # rule in place of the one that came first: that one stays offered.
        close = [c for c in counted[1:] if _close(best, c) or c.step is leader or _other_start(best, c)]
        if best.step.named:
            # "... her son, who turns 7 on 27/12 ... when does a social worker have to action it?": an age the
            # question names nowhere is no rival of a step it names.
            close = [c for c in close if c.step.named or c.step.timescale.count is not Count.AGE]
        left_out = [c for c in counted[1:] if c not in close]
        if best.step.named and any(c.step.named for c in left_out):
            # "when do I visit and when's the placement meeting?": two steps asked for together.
            close += [c for c in left_out if _also_asked(best, c, read.asking, read.roles)]
        # Only a rival named, or counted from today, can pass `_asked_earlier`: the rest are not worth reading for.
        # A step only told of as coming ("Fostering panel is on 9 September") is no more asked for than one
        # named nowhere: counted on from a day still ahead, it is not what the asking words name.
        told_ahead = (
            best.step.stated and best.step.start_coming and best.step.timescale.count not in COUNTED_BACK
        )
        if not best.step.named and any(c.step.named or c.found.day == today for c in left_out):
            # "placed this afternoon ..., the strat was on 30/04. When do I need to visit him?": a step the question
            # names nowhere never silently stands in place of an earlier one the words that ask name, or one
            # counted from what happened today, after its own start ("placed today, strat was 22/12, see him?").
            asking_words = set(read.asking.split())
            close += [
                c
                for c in left_out
                if c not in close
                and (
                    _asked_earlier(best, c, asking_words, read.roles, today, beside_day_ahead=told_ahead)
                    or _named_where_asked(best, c, asking_words, read.roles, today)
                )
            ]
        if not best.step.timescale.at_the_event:
            # "placed today, when must the written care plan be on the system?": a step done at the event itself
            # (the placement plan shared at placement), named nowhere in the question, is not what the worker
            # asks the date of, beside a step with time to do it in counted from the same event that the
            # question's words are nearer. Asked of nothing ("moved to new carers today, when is it due?"), the
            # step due today is the most urgent and stays offered; so does seeing the child the same day.
            # ("how often should contact arrangements be reviewed?" asks too.)
            asking = " ".join(
                c for c in CLAUSE_END.split(text) if ASKS_FOR_A_DATE.search(c) or _ASKS_HOW_OFTEN.search(c)
            )
            said = set(stemmed(fold(asking)).split())
            close = [c for c in close if c.step is leader or not _done_at_the_event_of(c, best, said)]
            close = [c for c in close if c.step is leader or not _unasked_beside(c, best, said)]
        if best.step.timescale.count in RECURRING:
            close += [c for c in left_out if c not in close and _another_plans_visit(best, c)]
        if best.step.timescale.count in RECURRING and not (best.step.other_plan or best.step.not_this_plan):
            # "on a CP plan ... last saw him at home 02/03, next statutory visit?": a visit of another plan than the
            # one said is no choice when it would come later, nor when sooner unless named by words of its own ("on a
            # child in need plan ... the longest I can leave it?" is the CIN visit, stop 68; "a CIN child before the
            # first review" offers the weekly looked after visit too), nor one of a plan the worker says it is not
            # ("the lower-level plan (not protection)"). Only visits:
            # a one-off step of another plan may be the next plan's ("no longer needs protection ... first meeting
            # for the needs plan?").
            close = [
                c
                for c in close
                if c.step is leader
                or c.step.timescale.count not in RECURRING
                or not (
                    c.step.not_this_plan
                    or (c.step.other_plan and (c.result.due > best.result.due or not _named_apart(c, best)))
                )
            ]
        if best.step.kind_asked and best.step.timescale.count not in RECURRING:
            # (A repeating meeting first is the next of those held: "first PLO meeting held 10/03, when's the next
            # meeting?" is the review PLO meeting, rv86.)
            meetings = [c for c in counted if c.step.kind_asked]
            soonest = min(meetings, key=lambda c: c.result.due)
            if [c for c in meetings if c.step.timescale.first_meeting] == [soonest]:
                # "plo letter dated 17/04, when do we have to have the meeting?": the one first meeting, due before
                # the others, is the meeting (the first PLO meeting, not the 12-week one).
                best, leader = soonest, soonest.step
                close = [c for c in close if not c.step.kind_asked]
            else:
                # "child came into care today, when's the meeting due?": which of the meetings counted from what
                # the question tells is not said, so each is offered (the placement meeting, the first LAC review).
                close += [c for c in left_out if c not in close and c.step.kind_asked]
        if best.step.checked is not None:
            # "SSW visit to carers 01/04; recorded 07/04. Compliant?": the question dates the best step's own
            # outcome, so it checks that step; a rival it dates no outcome of has nothing to check.
            close = [c for c in close if c.step is leader or c.step.checked is not None]
        told = _told_count(read.asking_said)
        fitting = [c for c in [best, *close] if _counts_as(c.step.timescale, told)] if close and told else []
        # A rule named by a name of its own stays ("IHA and PEP, are they 20 working days?": the PEP is 20 days).
        fitting_names = {n for c in fitting for n in c.step.named_by}
        if fitting:
            fitting += [c for c in [best, *close] if c not in fitting and c.step.named_by - fitting_names]
        if fitting and len(fitting) <= len(close):
            # "Conference 01/06, report went to the chair 27/05 - was it 3 working days before?": the worker
            # says how the step is counted, and only one of the close rules, named alike, is counted so.
            best, *close = sorted(fitting, key=[best, *close].index)
            leader = leader if any(c.step is leader for c in fitting) else best.step
        other_dates = len({d.day for d in finding.dates}) - 1
        # "Conference is 22 Dec, when must my report reach the chair?": the initial or the review conference's
        # report, the same step counted from the one date; the earlier date meets both, and the others are told
        # beside it. Of several such steps ("Conference 07/04 - report deadline?": to the chair or to the family)
        # each is offered once, at its earlier date.
        offered = [best, *close]
        stand_in = _earliest_of_each_step(offered)
        if len(stand_in) < len(offered):
            if len(stand_in) == 1:
                soonest = stand_in[0]
                others = sorted((c for c in offered if c is not soonest), key=lambda c: c.result.due)
                answer = self.answer_for(question, soonest.result, soonest.found, other_dates=other_dates)
                return replace(answer, alternatives=tuple(c.result for c in others))
            lead = next(c for c in offered if c.step is leader)
            leader = next(s for s in stand_in if _one_step(s, lead)).step
            best, *close = stand_in
        by_due = {c.result.due: c for c in reversed([best, *close])}  # one option per date, the best of each
        if len(by_due) > 1:
            ranked = sorted(by_due.values(), key=lambda c: (not c.step.named, -c.score))
            options = ranked[:MAX_CHOICES]
            leading = by_due[next(c for c in [best, *close] if c.step is leader).result.due]
            if leading not in options:
                options[-1] = leading  # cut to the most a worker is offered, the first still among them
            return self._choices(question, options)
        if weak:
            return self._choices(question, [best])
        answer = self.answer_for(
            question,
            best.result,
            best.found,
            other_dates=other_dates,
            checked=_checked_beside(best),
        )
        # Close rivals of the same part of the standards, due the same day, were folded into this one date; each
        # is still named beside it (not another part's: "lac visit" is no adoption's weekly visit).
        section = self.entries[best.result.timescale.standard_id].section
        same_day = {
            c.result.timescale.rule: c.result
            for c in close
            if c.result.due == best.result.due
            and self.entries[c.result.timescale.standard_id].section == section
        }
        same_day.pop(best.result.timescale.rule, None)
        if not answer.answered:
            return answer
        other = self._other_start(best, read.roles)
        return replace(
            answer,
            same_day=tuple(same_day.values()),
            other_start=other[0] if other else None,
            other_start_from=other[1] if other else None,
        )

    def _other_start(self, best: _Counted, roles: Sequence[DateRole]) -> tuple[Deadline, str] | None:
        """The same step counted from another day the question tells of another event it may also run from
        ("referral 27/11, TL decided 02/12 it needs a C&F assessment": the allocation from the referral, beside
        the one from the decision, its own event): the standards don't say which, so a worker sees both."""
        t = best.result.timescale
        own = next((r for r in roles if r.found == best.found), None)
        if own is None or own.lead != t.start_event or t.count in (*RECURRING, *COUNTED_BACK):
            return None
        others = [
            r
            for r in roles
            if (r.lead in t.also_from or (r.lead is None and set(r.events) & set(t.also_from)))
            and r.found.day != best.found.day
            and not (r.aside or r.coming or r.earlier)
        ]
        if not others:
            return None
        # Of a referral and a contact told with an allocation's own event (the decision), the referral: the latest.
        latest = max(others, key=lambda r: r.found.day)
        event = latest.lead or next(e for e in latest.events if e in t.also_from)
        try:
            other = self.count(t, latest.found.day)
        except DateRangeError:
            return None
        return (other, self.events[event].label) if other.due != best.result.due else None

    def _what_follows(self, question: str, text: str, finding: DateFinding, today: date) -> Answer | None:
        """The timeline of the one dated event the question names, when it asks what comes next.

        An event still ahead ("ICPC booked for 3/12, what's next?") is the next such day, and what is due
        before it (the reports) is next too. A name two events share ("conference was 3/3") follows both; a
        date with no words of its own ("It was held on 10 Dec") is of the event the question names.
        """
        roles, _ = self.steps.roles(text, finding.dates, today)
        told = [r for r in roles if r.events and r.lead != BIRTH_EVENT]
        if not told and any(r.lead == BIRTH_EVENT for r in roles):
            return None  # "turned 15 on 10/01 - next deadline?": the ages that follow are counted as asked
        if not told and len(roles) == 1:
            # The date's own sentence first: "meeting with police and social care 03/03. next step is the meeting
            # about whether the kids need protection plans - deadline?" follows the strat, not the ICPC asked for.
            named, lead = self.steps.events.named(sentence_of(text, roles[0].found))
            if not named:
                named, lead = self.steps.events.named(text)
            if not named:
                # "What comes next? It was on 2/11.": no event named at all, so nothing to follow or guess.
                return _which_step(question, roles[0].found.day)
            told = [replace(roles[0], events=named, lead=lead)]
        if len(told) != 1:
            return None  # two events dated: no telling which one "next" follows
        role = told[0]
        if role.found.text in seen_away_from_home(text, roles):
            return None  # "CP visit 05/01 no access - next deadline?": no visit to follow; counted as asked
        if role.lead is None and len(self._visit_events & set(role.events)) > 1:
            # "CIN plan, visited 17/11 - what should I do next?": the visits of every kind of plan would follow a
            # bare "visited"; which plan's, the step finder reads from the rest of the question, or asks.
            return None
        events = (role.lead,) if role.lead else role.events
        ahead = still_to_come(role, text, today)
        day = (ahead or role.found).day
        skipped = (Count.AGE,) if ahead else (*COUNTED_BACK, Count.AGE)
        following = [
            t for t in self.rules.values() if (t.counted_from & set(events)) and t.count not in skipped
        ]
        if not following:
            return None
        try:
            results = sorted((self.count(t, day) for t in following), key=lambda d: (d.due, d.timescale.rule))
        except DateRangeError as exc:
            return date_problem(question, [exc.problem])
        return self._timeline_answer(question, events, day, tuple(results))

    @staticmethod
    def _by_its_date(counted: _Counted, text: str, today: date) -> _Counted:
        """What a step's due date says against it being the one asked for.

        "Conference was yesterday, when's the first core group?": a deadline already gone by today is less
        likely what a question looking ahead asks for than one still to come; and a step due the day of its
        own event ("the plan shared on the day of placement"), when the worker did not name it, gives back a
        date the worker already gave.
        """
        penalty = 0.0
        if counted.result.due < today and _looks_ahead(text):
            penalty += PAST_DUE_PENALTY
        if counted.result.due == counted.result.start < today and not counted.step.named:
            # Only a day gone by: due today it is the most urgent deadline, and due ahead a date to diarise.
            penalty += SAME_DAY_PENALTY
        return replace(counted, score=counted.score - penalty)

    def _phase_ahead(self, step: StepMatch, roles: Sequence[DateRole], today: date) -> bool:
        """The rule's phase starts when another rule falls due, and the question's dates put that later
        than the date counted from: "permanent placement 1/9/25, last visit 5/1/26" is not yet 12-weekly."""
        starts_when = self.rules.get(step.timescale.after_rule or "")
        # Not the date the step counts from, when its words name that start too: "lac visit last 24/11/27 settled
        # perm placement 2 yrs" dates the visit, not the placement.
        dated = next(
            (
                r
                for r in roles
                if starts_when
                and starts_when.start_event in r.events
                and not (
                    step.start and r.found.day == step.start.day and step.timescale.start_event in r.events
                )
            ),
            None,
        )
        if starts_when is None or dated is None or dated.aside:
            return False
        try:
            reached = self.count(starts_when, dated.found.day).due
        except DateRangeError:
            return False
        return (step.start.day if step.start else today) < reached

    def _phase_doubted(self, step: StepMatch, roles: Sequence[DateRole], text: str) -> bool:
        """The event that starts the step's phase is named only where the worker doubts it has happened ("I'm not
        sure if the first review has happened yet", "(after the first review?)"): the phase before it may be the
        one now, and a date of the later phase would be weeks late if it is. Not an event dated ("first review
        was 15/02 but not sure if mum went"): that it happened is told. (A date inside the doubted words dates
        something else: "cannot see whether the first review has been held for the child placed on 02/11".)"""
        t = step.timescale
        if t.after_event is None or step.start is None:
            return False
        named = self.steps.events.named
        clauses = CLAUSE_END.split(text)
        for r in roles:
            if t.after_event not in r.events:
                continue
            # The date's own clause, whole (its role's words may begin after the doubt).
            clause = next((c for c in clauses if r.found.text in c), r.clause)
            if t.after_event in named(_split_doubt(clause)[0])[0]:
                return False
        said = [c for c in clauses if t.after_event in named(c)[0]]
        return bool(said) and all(t.after_event in named(_split_doubt(c)[1])[0] for c in said)

    def _before_its_phase(self, step: StepMatch, roles: Sequence[DateRole], text: str, today: date) -> bool:
        """A phase after an event, counted from the date of what comes before that event, with the event itself
        told nowhere: "came into care 01/03 - are visits every 6 weeks now?" is weekly until the first review
        (see _phase_before), and 6 weeks from coming into care would be weeks late."""
        t, start = step.timescale, step.start
        if t.after_event is None or start is None or t.after_event in self.steps.events.named(text)[0]:
            return False
        if any(t.after_event in r.events for r in roles):
            return False
        role = next((r for r in roles if r.found == start), None)
        if role is None or t.start_event in role.events:
            return False
        ending = [
            r for r in self.rules.values() if r.produces == t.after_event and r.start_event in role.events
        ]
        # ... unless that event was due by today ("came into care 01/12 - 6 weekly yet?" asked in March): it has
        # most likely happened, untold.
        return any(self.count(r, start.day).due >= today for r in ending)

    def _phase_before(self, step: StepMatch) -> StepMatch | None:
        """The same step in the phase before the event that ends it ("weekly until the first review"), counted
        from the same date; none when the standards set no such phase."""
        t = step.timescale
        before = next(
            (
                r
                for r in self.rules.values()
                if r.before_event == t.after_event
                and r.start_event == t.start_event
                and r.standard_id == t.standard_id
            ),
            None,
        )
        return replace(step, timescale=before) if before is not None else None

    def _phase_untold(self, step: StepMatch, text: str) -> StepMatch:
        """A rule whose phase starts when another rule falls due is no answer on its own when the question tells
        nothing of that other rule: neither its event ("long-term placement") nor its words ("over 12 months"),
        nor how often the rule's own names say it comes ("12 weekly", "three monthly"). "Came into care in
        January and she's settling" is no permanence of over a year: the 12-weekly visit would be weeks late, so
        it is only offered beside others."""
        starts_when = self.rules.get(step.timescale.after_rule or "")
        if starts_when is None:
            return step
        # "unsure whether she's been settled in her permanent placement over 12 months": doubted is not told.
        told = " ".join(_split_doubt(c)[0] for c in CLAUSE_END.split(text))
        words = f" {stemmed(fold(told))} "
        said = (*starts_when.names, *(n for n in step.timescale.names if _HOW_OFTEN.search(n)))
        if starts_when.start_event in self.steps.events.named(told)[0] or any(
            f" {stemmed(fold(n))} " in words for n in said
        ):
            return step
        return replace(step, score=step.score - PHASE_UNTOLD_PENALTY)

    def _later_ones(self, step: StepMatch, text: str) -> Timescale | None:
        """The untimed step for the ones after a first one that has happened, when the question asks for the
        next one."""
        t = step.timescale
        if not (step.done or self.steps.after_the_first(t, text)) or t.count in RECURRING:
            return None
        # Asked for in a clause that asks ("is the next core group overdue?", "how often must core groups be
        # held?"), not told of ("the next meeting is on 14/12. Was the first core group in time?").
        clauses = CLAUSE_END.split(text)
        later_asked = (
            (_ASKS_AFTER.search(c) and _A_LATER_ONE.search(c)) or self.steps.asks_how_often(t, c)
            for c in clauses
        )
        if not any(later_asked):
            return None
        return self.steps.later_ones(t)

    def _backwards(self, t: Timescale) -> Timescale:
        """The same timescale counted from its outcome the other way: the earliest its start event could have
        been, or (of a step due N days before its event) the earliest the event can be."""
        n = (t.n or 0) * (7 if t.count is Count.WEEKS else 1)
        count = _REVERSED.get(t.count)
        if count is None:
            count = Count.WORKING_DAYS_BEFORE if t.count is Count.WORKING_DAYS else Count.CALENDAR_DAYS_BEFORE
            label = wording.earliest_start(self.event_label(t.start_event), t.label)
        else:
            label = wording.earliest_after(
                self.event_label(t.start_event), self.event_label(t.produces or "")
            )
        return replace(
            t, count=count, n=n, label=label, start_event=t.produces or t.start_event, at_the_earliest=True
        )

    def _start(self, step: StepMatch, text: str, today: date) -> FoundDate | None:
        """The start date, read in the year the step needs. A meeting to count back from is the next such day
        when its words book it ("booked for 3/12"), the last when the words just before it say it was held
        ("ICPC was Tuesday", "held 27/5"), unless, its day and month told, the next is within a month ("ICPC
        held 3/12" asked on 20/11 is next month's); else, day and month told, the nearer to today of the two
        ("LAC review 10/12, report?" asked on 11/12 is yesterday's), and otherwise ("on the 30th") the next."""
        found = step.start
        if found is None or (prefer_for(step.timescale) == "past" and not step.start_ahead):
            return found
        ahead = read_ahead(found, text, today)
        told = found.year_assumed and not found.month_assumed and not found.relative
        if step.start_held and not step.start_ahead:
            return ahead if told and (ahead.day - today).days <= HELD_YET_AHEAD_DAYS else found
        if told and not step.start_coming and abs(found.day - today) < abs(ahead.day - today):
            return found
        return ahead

    def _choices(self, question: str, counted: Sequence[_Counted]) -> Answer:
        return Answer(
            question=question,
            kind=Kind.DEADLINE,
            answered=False,
            reason=Reason.CHOOSE_STEP,
            matches=_standards(counted, self.entries),
            options=tuple(c.result for c in counted),
        )

    def count(self, timescale: Timescale, start: date) -> Deadline:
        return compute(timescale, start, self.calendar, rules=self.rules)

    def answer_for(
        self,
        question: str,
        result: Deadline,
        found: FoundDate | None,
        *,
        other_dates: int = 0,
        checked: FoundDate | None = None,
    ) -> Answer:
        entry = self.entries[result.timescale.standard_id]
        return Answer(
            question=question,
            kind=Kind.DEADLINE,
            answered=True,
            matches=(Match.of(entry, 1.0),),
            deadlines=(result,),
            read_as=found if found is not None and found.year_assumed else None,
            other_dates=other_dates,
            checked=checked.day if checked is not None else None,
        )

    def deadline(self, rule: str, start: date, *, question: str | None = None) -> Answer:
        """One rule counted from one date: the shortcut's modal, a picked option and `deadline RULE DATE`."""
        question = question or f"deadline {rule} {start.isoformat()}"
        try:
            result = self.count(self.rules[rule], start)
        except DateRangeError as exc:
            return date_problem(question, [exc.problem])
        return self.answer_for(question, result, None)

    def timeline(self, event_id: str, start: date, *, question: str | None = None) -> Answer:
        question = question or f"timeline {event_id} {start.isoformat()}"
        try:
            check_supported(start)
            results = build_timeline(event_id, start, tuple(self.rules.values()), self.calendar)
        except DateRangeError as exc:
            return date_problem(question, [exc.problem], kind=Kind.TIMELINE)
        return self._timeline_answer(question, (event_id,), start, results)

    def _timeline_answer(
        self, question: str, event_ids: Sequence[str], start: date, results: tuple[Deadline, ...]
    ) -> Answer:
        return Answer(
            question=question,
            kind=Kind.TIMELINE,
            answered=bool(results),
            deadlines=results,
            events=tuple(self.events[e] for e in event_ids),
            date_read=start,
        )

    def event_label(self, event_id: str) -> str:
        event = self.events.get(event_id)
        return event.label if event else event_id.replace("-", " ")

    def invite(self, timescale: Timescale, *, earlier: StepMatch | None = None) -> DateInvite:
        """What to ask for so that `timescale` can be counted: the date of the event it counts from."""
        event = self.events.get(timescale.start_event)
        label = self.event_label(timescale.start_event)
        invite = DateInvite(timescale, label, event.names[0] if event and event.names else label)
        if earlier is None or earlier.earlier_event is None or earlier.earlier_date is None:
            return invite
        return replace(
            invite, given_label=self.event_label(earlier.earlier_event), given_day=earlier.earlier_date.day
        )

    def untimed(self, question: str, step: Timescale) -> Answer:
        """A step the standards name but set no timescale for: its standard, and that it has none."""
        return Answer(
            question=question,
            kind=Kind.STANDARD,
            answered=True,
            matches=(Match.of(self.entries[step.standard_id], 1.0),),
            untimed=step,
        )

    def need_date(self, question: str, timescale: Timescale, *, earlier: StepMatch | None = None) -> Answer:
        return Answer(
            question=question,
            kind=Kind.DEADLINE,
            answered=False,
            reason=Reason.NEED_DATE,
            choices=(timescale,),
            invite=self.invite(timescale, earlier=earlier),
        )


def _which_step(question: str, day: date, guesses: tuple[Timescale, ...] = ()) -> Answer:
    """A date read, but no step to count it for: the worker is asked which, with any guesses."""
    return Answer(
        question=question,
        kind=Kind.DEADLINE,
        answered=False,
        reason=Reason.WHICH_STEP,
        date_read=day,
        choices=guesses,
    )


@cache
def _name_phrases(names: tuple[str, ...]) -> frozenset[str]:
    """A rule's names as the step finder matches them (`named_by` holds these), stemmed once per rule."""
    return phrase_set(names)


@cache
def _name_words(names: tuple[str, ...]) -> frozenset[str]:
    """The stemmed words of a rule's names, which the filters of rivals compare with the asking words: stemmed
    once per rule, not for every rival of every question."""
    return frozenset(w for n in names for w in stemmed(n).split())


def _done_at_the_event_of(counted: _Counted, best: _Counted, said: set[str]) -> bool:
    """`counted` is done at the very event `best` is counted from (the same date, of events both rules may count
    from), the question names it nowhere, the encoder reads the question as nearer `best`, and the words that
    ask say a word of `best`'s names that its lack ("the written plan for her care": a care plan; "when does the
    plan need to be done?" may be either). A name both steps have names neither ("how often should contact
    arrangements be reviewed?": the review, not the arrangements made on the day of coming into care)."""
    step, t, b = counted.step, counted.step.timescale, best.step.timescale
    theirs = _name_words(t.names)
    own = _name_words(b.names) - theirs - _STEMMED_STOPWORDS
    return (
        t.at_the_event
        and not ((step.named and not step.named_by <= _name_phrases(b.names)) or step.stated)
        and counted.found.day == best.found.day
        and bool(t.counted_from & b.counted_from)
        and step.nudge < best.step.nudge
        and bool(own & said)
    )


_STEMMED_STOPWORDS = frozenset(stemmed(w) for w in STOPWORDS)  # to compare with stemmed words
_JOINED_GAP = 5  # words between two steps' names joined by "and" ("visit and when's the placement meeting")
_JOINING = frozenset(stemmed(w) for w in ("and", "plus", "or"))  # stemmed, as the words are ("plus": "plu")
# Words any step is asked with ("by when must she be seen?"), which say no step's name.
_ASKING_WORDS = frozenset(
    stemmed(w)
    for w in (
        *("must", "need", "should", "have", "has", "done", "due", "happen", "next"),
        *("her", "him", "his", "them", "they", "she", "he", "it"),
        "working",  # "what deadline am I working to?", "work it out" (stemmed: "work", as "my work" is)
    )
)


def _named_apart(counted: _Counted, best: _Counted) -> bool:
    """`counted` is named by a name `best` lacks ("before the first review", not "see her again" that every visit
    has)."""
    return bool(counted.step.named_by - _name_phrases(best.step.timescale.names))


def _another_plans_visit(best: _Counted, other: _Counted) -> bool:
    """A visit of another plan than the best visit's, from the same day, that is asked for too. "Brother is on CP,
    sister on CIN. Saw both at home 01/03, next visits?": the visits of each plan said. "Saw him on 3/3, next
    visit?", "kid on a plan, seen at home 3/3": nothing says which plan the child is on, so the other plan's visit
    is offered however the words happen to score it (rv88): a later date in place of a sooner one would make the
    visit late, and the worker is asked."""
    a, b = best.step, other.step
    if b.timescale.count not in RECURRING or other.found != best.found:
        return False
    if a.plans_said:
        return bool(b.plans_said) and b.plans_said != a.plans_said
    return (
        a.start_undecided
        and a.plan_untold
        and b.start_undecided
        and b.plan_untold
        and other.score >= best.score - UNDECIDED_VISIT_MARGIN
    )


def _unasked_beside(counted: _Counted, best: _Counted, said: set[str]) -> bool:
    """The words that ask say a word of `best`'s names that `counted`'s lack, and none of `counted`'s, which the
    question names nowhere: "First Response want to move a family to us on 14 April - what's the latest they
    should have emailed us?" asks for the notice, not the joint visit."""
    step, t, b = counted.step, counted.step.timescale, best.step.timescale
    theirs = _name_words(t.names) - _STEMMED_STOPWORDS - _ASKING_WORDS
    own = _name_words(b.names) - theirs - _STEMMED_STOPWORDS - _ASKING_WORDS
    return (
        not (step.named or step.stated)
        and counted.result.due > best.result.due  # an earlier rival stays: never a later date in its place
        and step.nudge < best.step.nudge
        and bool(own & said)
        and not theirs & said
    )


class _Reading:
    """The dates' roles and the clauses that ask (their stemmed words are what the rivals' names are compared
    with), each worked out once, when first needed."""

    def __init__(self, roles: Callable[[], Sequence[DateRole]], text: str) -> None:
        self._roles, self._text = roles, text

    @cached_property
    def roles(self) -> Sequence[DateRole]:
        return self._roles()

    @cached_property
    def asking_said(self) -> str:
        """The clauses that ask, as the worker wrote them."""
        return " ".join(c for c in CLAUSE_END.split(self._text) if ASKING.search(c))

    @cached_property
    def asking(self) -> str:
        return stemmed(fold(self.asking_said))


def _asked_earlier(
    best: _Counted,
    other: _Counted,
    asks: set[str],
    roles: Sequence[DateRole],
    today: date,
    *,
    beside_day_ahead: bool = False,
) -> bool:
    """`other` is due before `best`, counts from a date told as its own start event, and is either named in the
    words that ask, by a word none of `best`'s names has, or counted on from today, after `best`'s start, and read
    by the encoder as at least as near the question ("S47 started 02/03, placed today, when do I discuss it with
    my manager?" is plainly nearer the progress discussion than the plan shared at placement). Beside a step counted
    on from a day still ahead (`beside_day_ahead`), the date `other` counts from need not be told as its start, only
    be another date than that day: both are offered, never one silently."""
    step, t = other.step, other.step.timescale
    own = _own_words(step.named_by, best.step.timescale)
    from_today = (
        other.found.day == today
        and best.found.day < today
        and other.result.due >= today  # not a step due before it, counted back from today
        and step.nudge >= best.step.nudge
    )
    # The date's lead event, not just one its words name: "placed today" is the placement, while "the IRO
    # review today" may name other events too.
    return (
        other.result.due < best.result.due
        and (bool(own & asks) or from_today)
        and (
            # Not counted from the day ahead itself: "panel is on 9 September, when must the carers' social worker
            # next visit?" is not counted from the panel.
            (beside_day_ahead and other.found != best.found)
            or any(r.found == other.found and r.lead in t.counted_from for r in roles)
        )
    )


def _named_where_asked(
    best: _Counted, other: _Counted, asks: set[str], roles: Sequence[DateRole], today: date
) -> bool:
    """`other` is named in the words that ask, by a word none of `best`'s names has, and neither the scores nor
    the encoder set them far apart (the caller offers it only beside a best named nowhere): "Contact came in 10/03,
    reviewed 11/03 ... When is the assessment allocated by?" is offered the allocation, never given only the
    decision on the contact."""
    # ... a little further apart for one due sooner, which a later date in its place would make late, and any
    # distance apart when that one is named by more than a word: "strat 15/03, when do I need to see the child?"
    # is never only told the ICPC ("temp approval 02/02 - extended?" is not offered the PLO's extension).
    sooner = other.result.due < best.result.due
    near = other.score >= best.score - NAMED_RIVAL_MARGIN * (SOONER_RIVAL_FACTOR if sooner else 1)
    near = near or (sooner and by_a_phrase(other.step.named_by))
    # The encoder reads it plainly nearer the best.
    settled = best.step.nudge - other.step.nudge >= SETTLING_NUDGE
    # Not a date long past beside one still ahead: "last assessment done 29/02/24, when does it run out?" (asked
    # in 2025) is not offered a temporary approval that "run out" names, months before the question; a child
    # to be seen the day of a strat five days ago is overdue, and still offered.
    gone = other.result.due + timedelta(days=GONE_GRACE_DAYS) < today <= best.result.due
    # Not counted from a day still ahead told as another event: "Fostering panel is on 14 October ... when must the
    # carers' supervising social worker next visit?" is never six weeks after the panel.
    t = other.step.timescale
    borrowed = any(
        r.found == other.found and r.coming and r.lead is not None and r.lead not in t.counted_from
        for r in roles
    )
    return (
        near
        and not settled
        and not gone
        and not borrowed
        and bool(_own_words(other.step.named_by, best.step.timescale) & asks)
    )


def _asked_instead(step: StepMatch, matches: Sequence[StepMatch], text: str) -> bool:
    """The first of `matches` with a date to count from is named in the clauses of `text` that ask, and `step`
    only where the question tells: "Next review conference pencilled for August ... When does the first core group
    need to be?" asks for the core group."""
    dated = next((m for m in matches if m.start is not None), None)
    # Not beside a step named nowhere ("Written referral to legal authorised 02/03. When's the legal gateway?"):
    # the date told is that step's, not one to count the other from.
    if dated is None or not dated.named or not step.named:
        return False
    clauses = CLAUSE_END.split(text)
    # The clauses with a question mark, where there are any: "Next review conference pencilled for August" tells.
    asking = [c for c in clauses if "?" in c] or [c for c in clauses if ASKING.search(c)]
    runs = word_runs(stemmed(fold(" ".join(asking)))).keys()
    # By a name with a word of its own: "SHOPBA 05/05 - outcome letter to parents by?" names the letter after
    # SHOPBA, not the ICPC's outcome that "outcome" names too.
    return bool(_own_words(dated.named_by & runs, step.timescale)) and not step.named_by & runs


def _own_words(names: Iterable[str], rival: Timescale) -> set[str]:
    """The words of `names` (the stemmed names a step was found by) that none of `rival`'s names has, and that say
    a step: what tells the step from its rival in the words that ask."""
    own = {w for n in names for w in n.split()} - _name_words(rival.names)
    return own - _STEMMED_STOPWORDS - _ASKING_WORDS


def _also_asked(best: _Counted, other: _Counted, asks: str, roles: Sequence[DateRole]) -> bool:
    """Both steps are named, each by a name of its own, the names joined by "and" ("or", "plus") in the words that ask, the other
    is due first, and the date it counts from is told as its own start: "new placement 07/04, when do I visit and
    when's the placement meeting?" asks for both, and the earlier is never left out. Not "police check, references
    and medical" (no health assessment counts from the checks' date) nor "first PLO meeting 02/03 - FGC referral
    and viability requests?" (the viability request after an FGC counts from an FGC never told)."""
    a, b = best.step, other.step
    if not (a.named and b.named) or a.named_by & b.named_by or other.result.due >= best.result.due:
        return False
    t = b.timescale
    if not any(r.found == other.found and t.counted_from & set(r.events) for r in roles):
        return False
    tokens = asks.split()
    runs = word_runs(asks)
    spans_a = [span for n in a.named_by for span in runs.get(n, [])]
    spans_b = [span for n in b.named_by for span in runs.get(n, [])]
    for x, y in ((p, q) for p in spans_a for q in spans_b):
        first, second = sorted((x, y))
        between = tokens[first[1] : second[0]]
        if first[1] <= second[0] and len(between) <= _JOINED_GAP and _JOINING & set(between):
            return True
    return False


# "was it 3 working days before?", "within 10 days": how the worker says the step is counted.
_TOLD_COUNT = re.compile(r"\b(\d{1,2}) ?(working |calendar |clear )?(day|week|month)s?\b", re.I)
_COUNT_UNITS = {
    Count.WORKING_DAYS: ("working", "day"),
    Count.WORKING_DAYS_BEFORE: ("working", "day"),
    Count.CALENDAR_DAYS: ("calendar", "day"),
    Count.CALENDAR_DAYS_BEFORE: ("calendar", "day"),
    Count.WEEKS: ("", "week"),
    Count.EVERY_WEEKS: ("", "week"),
    Count.MONTHS: ("", "month"),
    Count.EVERY_MONTHS: ("", "month"),
}


def _told_count(asking: str) -> tuple[int, str, str] | None:
    """The one count the words that ask state, if they state exactly one: (n, "working"/"calendar"/"", unit).
    Not a count the question only tells ("the 12 week review agreed a further 4 weeks. When does it end?")."""
    told = {
        (int(m[1]), (m[2] or "").strip().lower().replace("clear", "calendar"), m[3].lower())
        for m in _TOLD_COUNT.finditer(asking)
    }
    return told.pop() if len(told) == 1 else None


def _counts_as(timescale: Timescale, told: tuple[int, str, str] | None) -> bool:
    """Whether a rule is counted as told: "3 days" fits working and calendar days alike, "3 working days" only
    working days."""
    if told is None or timescale.n is None or timescale.count not in _COUNT_UNITS:
        return False
    n, kind, unit = told
    own_kind, own_unit = _COUNT_UNITS[timescale.count]
    return timescale.n == n and own_unit == unit and (not kind or not own_kind or kind == own_kind)


def _counted_timescale(entry: Entry) -> Timescale | None:
    return next((t for t in entry.timescales if t.count is not Count.UNTIMED), None)


def _close(best: _Counted, other: _Counted) -> bool:
    """Near enough the best to be offered beside it. The encoder's nudge settles a choice the words and dates
    leave open only when it reads the question as plainly nearer the best (by SETTLING_NUDGE): a smaller lead
    ("last saw the child 20/11, next visit?": a CIN or a CP visit) is the encoder's noise, and the worker is
    asked."""
    margin = _margin(best.step, other.step)
    unnudged = other.score - other.step.nudge >= best.score - best.step.nudge - margin
    settles = best.step.nudge - other.step.nudge >= SETTLING_NUDGE
    return other.score >= best.score - margin or (unnudged and not settles)


def _checked_beside(best: _Counted) -> FoundDate | None:
    """The date a check was paired with, moved the years its start was read on ("ICPC 30/11, report to the chair
    26/11 - in time?", asked 23/11: both this year); none when only the start's year was guessed."""
    checked, start = best.step.checked, best.step.start
    if checked is None or start is None or best.found == start:
        return checked
    if not checked.year_assumed:
        return None
    years = best.found.day.year - start.day.year
    try:
        return replace(checked, day=checked.day.replace(year=checked.day.year + years))
    except ValueError:  # 29 February
        return None


def _other_start(best: _Counted, other: _Counted) -> bool:
    """The same date may start either step, its words not saying which event it is ("conf is 4/01": initial or
    review), and both steps are named by the same words, or neither is: the worker is asked, never given the one that happens to score higher."""
    a, b = best.step, other.step
    return (
        a.start_undecided
        and b.start_undecided
        and a.named_by == b.named_by
        and bool(set(a.timescale.names) & set(b.timescale.names))  # the same kind of step, of another event
        and a.timescale.count not in RECURRING  # visits have their own reading of which plan they are of
        and best.found == other.found
        and a.timescale.start_event != b.timescale.start_event
        and other.score >= best.score - OTHER_START_MARGIN
    )


def _margin(best: StepMatch, other: StepMatch) -> float:
    return NAMED_CHOICE_MARGIN if best.named and not other.named else CHOICE_MARGIN


def _standards(counted: Sequence[_Counted], entries: Mapping[str, Entry]) -> tuple[Match, ...]:
    """The standards behind the choices, once each, best first."""
    scores: dict[str, float] = {}
    for c in counted:
        scores.setdefault(c.step.timescale.standard_id, min(c.score, 1.0))
    return tuple(Match.of(entries[standard_id], score) for standard_id, score in scores.items())


def _one_step(a: _Counted, b: _Counted) -> bool:
    """The two are one step (the event they produce) of meetings counted from the same date: the question
    left unsaid only which meeting. The same option is one step with itself."""
    if a is b:
        return True
    produces = a.result.timescale.produces
    return (
        produces is not None
        and produces == b.result.timescale.produces
        and a.found.day == b.found.day
        and a.result.timescale.start_event != b.result.timescale.start_event
        and not (a.step.backwards or b.step.backwards)
    )


def _earliest_of_each_step(options: Sequence[_Counted]) -> list[_Counted]:
    """The options, each step of different meetings once at its earliest date, in the order of the first of
    each; an option stays as it is when its date is checked (in time for one meeting may be late for the
    other, so both are offered) or when the meetings' dates are the same."""
    kept: list[_Counted] = []
    for option in options:
        alike = [c for c in options if _one_step(option, c)]
        if len(alike) > 1 and len({c.result.due for c in alike}) > 1:
            soonest = min(alike, key=lambda c: c.result.due)
            if _checked_beside(soonest) is None:
                option = soonest
        if all(option is not k for k in kept):
            kept.append(option)
    return kept
