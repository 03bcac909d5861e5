"""The timescales on the pack's entries: their YAML fields, how each kind of count is checked, and the
cross-checks (unique rule ids, events that exist, phases that end on a defined rule).

Apart from knowledge/loader.py because timescales are the richest record a practice lead writes, and
the date engine's data: one place says what a rule may hold.
"""

from __future__ import annotations

from typing import Any

from calculators.timescale import Count, Phase, Timescale
from knowledge.records import Entry
from knowledge.text import fold
from knowledge.validation import ID_PATTERN, Field, Problems, check_unique

TIMESCALE_FIELDS = (
    Field("rule", str),
    Field("label", str),
    Field("count", str),
    Field("from", str, required=False),  # every count but `none` needs it
    Field("n", int, required=False),
    Field("n_max", int, required=False),
    Field("years", int, required=False),
    Field("months", int, required=False),
    Field("phases", list, required=False),
    Field("first_by", str, required=False),
    Field("produces", str, required=False),
    Field("names", list, required=False, list_of=str),
    Field("note", str, required=False),
    Field("asks", list, required=False, list_of=str),
    Field("also_from", list, required=False, list_of=str),
    Field("else_from", list, required=False, list_of=str),
    Field("else_not", list, required=False, list_of=str),
    Field("after_event", str, required=False),
    Field("before_event", str, required=False),
    Field("after_rule", str, required=False),
    Field("home_visits_only", bool, required=False),
    Field("meeting", bool, required=False),
    Field("plan", bool, required=False),
    Field("from_the_first", bool, required=False),
    Field("at_the_event", bool, required=False),
    Field("at_the_earliest", bool, required=False),
    Field("either_from", bool, required=False),
    Field("extends", str, required=False),
)
# The counts that give one date after their event: the only ones a first day allowed (`at_the_earliest`) can be.
_FORWARD_ONCE = (Count.CALENDAR_DAYS, Count.WORKING_DAYS, Count.WEEKS, Count.MONTHS)
PHASE_FIELDS = (Field("every_weeks", int), Field("until", str, required=False))
# What each kind of count needs besides `rule`, `label`, `count` and `from`.
COUNT_NEEDS: dict[Count, tuple[str, ...]] = {
    Count.WINDOW_WEEKS: ("n", "n_max"),
    Count.AGE: ("years",),
    Count.PHASED: ("phases",),
    Count.UNTIMED: (),
}


def load_timescale(raw: Any, where: str, entry_id: str, problems: Problems) -> Timescale | None:
    if isinstance(raw, dict) and isinstance(raw.get("rule"), str):
        where = f"{where.rsplit(', timescale', 1)[0]}, timescale {raw['rule']}"
    if not problems.check_fields(where, raw, TIMESCALE_FIELDS):
        return None
    try:
        count = Count(raw["count"])
    except ValueError:
        problems.add(
            where, f"field `count` is `{raw['count']}`, expected one of: {', '.join(c.value for c in Count)}"
        )
        return None
    needs = (*COUNT_NEEDS.get(count, ("n",)), *(("from",) if count is not Count.UNTIMED else ()))
    missing = [name for name in needs if raw.get(name) is None]
    if missing:
        problems.add(where, f"a `{count.value}` timescale needs field(s): {', '.join(missing)}")
        return None
    phases = []
    for k, raw_phase in enumerate(raw.get("phases") or []):
        if not problems.check_fields(f"{where}, phase {k + 1}", raw_phase, PHASE_FIELDS):
            return None
        phases.append(Phase(every_weeks=raw_phase["every_weeks"], until=raw_phase.get("until")))
    return Timescale(
        rule=raw["rule"],
        label=raw["label"],
        count=count,
        start_event=raw.get("from") or "",
        standard_id=entry_id,
        n=raw.get("n"),
        n_max=raw.get("n_max"),
        years=raw.get("years"),
        months=raw.get("months"),
        phases=tuple(phases),
        first_by=raw.get("first_by"),
        produces=raw.get("produces"),
        names=tuple(n.lower() for n in raw.get("names") or ()),
        note=raw.get("note"),
        asks=tuple(a.strip() for a in raw.get("asks") or ()),
        also_from=tuple(raw.get("also_from") or ()),
        else_from=tuple(raw.get("else_from") or ()),
        else_not=tuple(fold(n) for n in raw.get("else_not") or ()),
        after_event=raw.get("after_event"),
        before_event=raw.get("before_event"),
        after_rule=raw.get("after_rule"),
        home_visits_only=bool(raw.get("home_visits_only", False)),
        meeting=bool(raw.get("meeting", False)),
        plan=bool(raw.get("plan", False)),
        from_the_first=bool(raw.get("from_the_first", False)),
        at_the_event=bool(raw.get("at_the_event", False)),
        at_the_earliest=bool(raw.get("at_the_earliest", False)),
        either_from=bool(raw.get("either_from", False)),
        extends=raw.get("extends"),
    )


def check_timescales(entries: list[Entry], event_ids: set[str], problems: Problems) -> None:
    timescales = [(e, t) for e in entries for t in e.timescales]
    rules = {t.rule for _, t in timescales}
    check_unique((t.rule for _, t in timescales), "sections/", "timescale rule", problems)
    for entry, t in timescales:
        where = f"{entry.source_file}, entry {entry.id}, timescale {t.rule}"
        if not ID_PATTERN.match(t.rule):
            problems.add(where, "field `rule` should be lower-case words joined by hyphens, e.g. `icpc`")
        if t.at_the_event and (t.n != 0 or t.count not in (Count.CALENDAR_DAYS, Count.WORKING_DAYS)):
            problems.add(where, "field `at_the_event` is only for a step due the same day (`n: 0` days)")
        if t.else_not and not t.else_from:
            problems.add(
                where, "field `else_not` only says which dates of the `else_from` events are another kind's"
            )
        if t.either_from and not t.also_from:
            problems.add(
                where, "field `either_from` says the count may run from an `also_from` event: give one"
            )
        if t.at_the_earliest and t.count not in _FORWARD_ONCE:
            problems.add(
                where, "field `at_the_earliest` is only for one date counted forward (days, weeks or months)"
            )
        named = [
            ("from", t.start_event or None),
            ("produces", t.produces),
            ("after_event", t.after_event),
            ("before_event", t.before_event),
            *(("also_from", e) for e in t.also_from),
            *(("else_from", e) for e in t.else_from),
        ]
        for field_name, event in named:
            if event is not None and event not in event_ids:
                problems.add(
                    where, f"field `{field_name}` names event `{event}`, which is not in events.yaml"
                )
        for field_name, rule in (
            ("after_rule", t.after_rule),
            ("extends", t.extends),
            ("first_by", t.first_by),
        ):
            if rule is not None and rule not in rules:
                problems.add(where, f"field `{field_name}` names rule `{rule}`, which no timescale defines")
        for phase in t.phases:
            if phase.until is not None and phase.until not in rules:
                problems.add(where, f"a phase runs until rule `{phase.until}`, which no timescale defines")
