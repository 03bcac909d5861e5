"""An Answer as JSON for `ask --json`: every part as data, and `reply`, its plain-text form."""

from __future__ import annotations

from typing import Any

from bot import wording
from bot.answer import Answer, Match
from bot.counting_words import counting
from bot.render.text import render_text
from calculators.deadlines import Deadline
from calculators.timescale import Timescale


def _match(m: Match) -> dict[str, Any]:
    return {
        "id": m.id,
        "section": m.section,
        "subsection": m.subsection,
        "title": m.title,
        "text": m.text,
        "note": m.note,
        "score": round(m.score, 4),
    }


def _rule(t: Timescale) -> dict[str, Any]:
    return {"rule": t.rule, "label": t.label, "count": str(t.count), "standard_id": t.standard_id}


def deadline_json(d: Deadline) -> dict[str, Any]:
    t = d.timescale
    return {
        "rule": t.rule,
        "label": t.label,
        "from": d.start.isoformat(),
        "due": d.due.isoformat(),
        "due_weekday": f"{d.due:%A}",
        "unit": t.count.value,
        "n": t.n,
        "n_max": t.n_max,
        "skipped": [{"date": s.day.isoformat(), "name": s.name} for s in d.skipped],
        "weekend_days_skipped": d.weekend_days_skipped,
        "due_is_working_day": d.due_is_working_day,
        "due_not_working": d.due_not_working,
        "last_working_day_before": d.last_working_day_before.isoformat()
        if d.last_working_day_before
        else None,
        "first_working_day_after": d.first_working_day_after.isoformat()
        if d.first_working_day_after
        else None,
        "earliest": d.earliest.isoformat() if d.earliest else None,
        "schedule": [day.isoformat() for day in d.schedule],
        "phases": [
            {
                "every_weeks": p.every_weeks,
                "until": p.until.isoformat() if p.until else None,
                "until_step": p.until_label,
            }
            for p in d.phases
        ],
        "first_by": d.first_by,
        "standard_id": t.standard_id,
        "explanation": counting(d),
    }


def answer_json(answer: Answer) -> dict[str, Any]:
    term = answer.glossary
    return {
        "question": answer.question,
        "kind": str(answer.kind),
        "answered": answer.answered,
        "reason": str(answer.reason) if answer.reason else None,
        "matches": [_match(m) for m in answer.matches],
        "related": [_match(m) for m in answer.related],
        "suggestions": [_match(m) for m in answer.suggestions],
        "deadlines": [deadline_json(d) for d in answer.deadlines],
        "glossary": None
        if term is None
        else {"term": term.term, "expansion": term.expansion, "explanation": term.explanation},
        "problems": [
            {"trouble": str(p.trouble), "text": p.text, "says": wording.date_problem(p)}
            for p in answer.problems
        ],
        "choices": [_rule(t) for t in answer.choices],
        "untimed": None if answer.untimed is None else _rule(answer.untimed),
        "not_covered": None
        if answer.not_covered is None
        else {
            "topic": answer.not_covered.id,
            "label": answer.not_covered.label,
            "ask": answer.not_covered.ask,
        },
        "options": [deadline_json(d) for d in answer.options],
        "alternatives": [deadline_json(d) for d in answer.alternatives],
        "same_day": [deadline_json(d) for d in answer.same_day],
        "other_start": deadline_json(answer.other_start) if answer.other_start is not None else None,
        "other_start_from": answer.other_start_from,
        "invite": None
        if answer.invite is None
        else {
            **_rule(answer.invite.timescale),
            "from": answer.invite.event_label,
            "given": None
            if answer.invite.given_day is None
            else {"event": answer.invite.given_label, "date": answer.invite.given_day.isoformat()},
        },
        "date_read": answer.date_read.isoformat() if answer.date_read else None,
        "read_as": None
        if answer.read_as is None
        else {"text": answer.read_as.text, "date": answer.read_as.day.isoformat(), "year_assumed": True},
        "other_dates": answer.other_dates,
        "checked": None if answer.checked is None else answer.checked.isoformat(),
        "in_time": answer.in_time,
        "read_chars": answer.read_chars,
        "events": [{"id": e.id, "label": e.label} for e in answer.events],
        "unknown_name": answer.unknown_name,
        "reply": render_text(answer),
    }
