"""Topics workers ask this bot about that the practice standards do not cover (pay, leave, IT...).

The search scores a question against the standards it has; a question about mileage rates that shares
words with a standard on home visits can look close enough to quote. These topics are data a practice
lead edits (knowledge/pack/not-covered.yaml): a question that names one gets "the standards don't
cover this" and where to ask instead, never a standard quoted with confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from knowledge.text import fold
from knowledge.validation import Field, Problems, check_unique

TOPIC_FIELDS = (
    Field("id", str),
    Field("label", str),
    Field("ask", str),
    Field("cues", list, list_of=str),
)


@dataclass(frozen=True)
class NotCovered:
    """A topic outside the standards: what it is, who to ask, and the words that name it."""

    id: str
    label: str  # "pay, grades, expenses and allowances"
    ask: str  # "your team leader or HR"
    cues: tuple[str, ...]


def load_not_covered(raw: Any, where: str, problems: Problems) -> list[NotCovered]:
    topics = []
    items = raw.get("topics") if isinstance(raw, dict) else None
    if not isinstance(items, list):
        problems.add(where, "expected a list under `topics:`")
        return []
    for i, item in enumerate(items):
        item_where = f"{where}, topic {item.get('id', i + 1) if isinstance(item, dict) else i + 1}"
        if not problems.check_fields(item_where, item, TOPIC_FIELDS):
            continue
        cues = tuple(fold(c) for c in item["cues"] if fold(c))
        if not cues:
            problems.add(item_where, "field `cues` has no words in it")
            continue
        topics.append(NotCovered(item["id"], item["label"].strip(), item["ask"].strip(), cues))
    check_unique((t.id for t in topics), where, "topic id", problems)
    return topics


# "I'm on the rota for bank holiday Monday 25 August, if a S47 comes in ...", "I'm on flexi Friday, CP visit last
# done 12/02": in a question with a date, what the worker says they are on is the setting, not what it asks about
# (rv70: a deadline asked beside it was refused as HR); "who covers my cases when I'm on annual leave?" asks of it.
_SAID_OF_ONESELF = re.compile(r"\b(?:im|i am)(?: on(?: \w+){0,2})? $")


def _the_workers_setting(folded: str, cue: re.Match[str], dated: bool) -> bool:
    # The rota a worker is on is never what a question asks about; leave or flexi is, unless a date is asked of.
    rota = "rota" in cue.group().split()
    return (rota or dated) and _SAID_OF_ONESELF.search(folded, 0, cue.start()) is not None


class NotCoveredTopics:
    """Finds the topic a question names by its cue phrases, read as whole words in the folded question."""

    def __init__(self, topics: tuple[NotCovered, ...]) -> None:
        self._cues = [
            (topic, re.compile(r"(?<!\S)(?:" + "|".join(map(re.escape, topic.cues)) + r")(?!\S)"))
            for topic in topics
        ]

    def find(self, question: str, *, dated: bool = False) -> NotCovered | None:
        """`dated`: the question gives a date, so what the worker says they are on may be only its setting.

        A cue only told, in a clause that asks nothing, beside another that asks ("final hearing deadline is in
        August, ICO 01/03 - when's the IHA due?"), is the setting of the question, not its topic."""
        folded = fold(question)
        clauses = [c for c in _CLAUSE.split(question) if fold(c)]
        asking = [fold(c) for c in clauses if _ASKS.search(c)]
        if asking and len(asking) < len(clauses):
            folded = " , ".join(asking)
        return next(
            (
                topic
                for topic, cue in self._cues
                if any(not _the_workers_setting(folded, m, dated) for m in cue.finditer(folded))
            ),
            None,
        )


# knowledge.date_roles' CLAUSE_END, and a question mark (a second question after it is its own clause): spelt out
# here, as date_roles imports the records that import this module.
_CLAUSE = re.compile(r"[,;:.!]|\s[-–—]\s|(?<=\?)")
# A clause that asks when (not "due", which also tells: "CP medical due today"; not any question: "my laptop won't
# connect, who do I ring?" is about the laptop).
_ASKS = re.compile(r"\b(?:when|whens|wen|how long|how soon|by when|what date)\b", re.I)


NOT_COVERED_FILE = Path("not-covered.yaml")
