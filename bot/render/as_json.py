"""An Answer as JSON for `ask --json`: every part as data, and `reply`, its plain-text form."""

from __future__ import annotations

from typing import Any

from bot.answer import Answer, Match
from bot.render.text import render_text
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
        "deadlines": [d.to_json() for d in answer.deadlines],
        "glossary": None
        if term is None
        else {"term": term.term, "expansion": term.expansion, "explanation": term.explanation},
        "problems": list(answer.problems),
        "choices": [_rule(t) for t in answer.choices],
        "options": [d.to_json() for d in answer.options],
        "invite": None
        if answer.invite is None
        else {**_rule(answer.invite.timescale), "from": answer.invite.event_label},
        "date_read": answer.date_read.isoformat() if answer.date_read else None,
        "reply": render_text(answer),
    }
