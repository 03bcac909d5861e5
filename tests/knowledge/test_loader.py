"""The pack loads, covers the whole document, and every kind of mistake is reported where it is."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from knowledge.errors import PackError
from knowledge.loader import PACK_DIR, load_pack, source_statements


@pytest.fixture()
def pack_copy(tmp_path: Path) -> Path:
    target = tmp_path / "pack"
    shutil.copytree(PACK_DIR, target)
    return target


def _edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _problems(pack_dir: Path) -> list[str]:
    with pytest.raises(PackError) as caught:
        load_pack(pack_dir)
    return caught.value.problems


def test_real_pack_quotes_every_statement_of_the_document() -> None:
    pack = load_pack()
    quoted = {re.sub(r"\s+", " ", line).strip() for e in pack.entries for line in e.text.splitlines()}
    missing = [s for s in source_statements(pack.source_text) if s not in quoted]
    # Only section headings, the title and a page number are not quoted by an entry.
    assert len(missing) <= 25
    assert all(len(s) < 80 for s in missing)
    assert len(pack.entries) == 161


def test_every_entry_has_four_voices_of_questions() -> None:
    pack = load_pack()
    assert all(len(e.questions) >= 4 for e in pack.entries)
    assert len({e.id for e in pack.entries}) == len(pack.entries)


def test_a_statement_left_out_is_reported(pack_copy: Path) -> None:
    section = pack_copy / "sections" / "16-fostering.yaml"
    text = section.read_text(encoding="utf-8")
    start = text.index("- id: fostering-13")
    section.write_text(text[:start], encoding="utf-8")
    problems = _problems(pack_copy)
    assert any("Temporary approval of the Connected Person" in p and "is in no entry" in p for p in problems)


def test_a_misquote_names_file_and_entry(pack_copy: Path) -> None:
    _edit(pack_copy / "sections" / "15-adoption.yaml", "for 10 weeks", "for 12 weeks")
    problems = _problems(pack_copy)
    assert any(
        p.startswith("sections/15-adoption.yaml, entry adoption-09: field `text`")
        and "not word for word" in p
        for p in problems
    )


def test_unknown_field_is_reported_not_ignored(pack_copy: Path) -> None:
    _edit(pack_copy / "sections" / "15-adoption.yaml", "  questions:", "  qustions:")
    problems = _problems(pack_copy)
    assert any(
        "sections/15-adoption.yaml, entry adoption-01: unknown field `qustions`" in p for p in problems
    )
    assert any("entry adoption-01: missing field `questions`" in p for p in problems)


def test_too_few_questions(pack_copy: Path) -> None:
    path = pack_copy / "sections" / "03-traffords-obsessions.yaml"
    text = path.read_text(encoding="utf-8")
    head, _, tail = text.partition("  questions:\n")
    kept = "".join(
        line + "\n" for line in tail.splitlines()[:2] if line.startswith("  - ") or line.startswith("    - ")
    )
    path.write_text(head + "  questions:\n" + kept, encoding="utf-8")
    problems = _problems(pack_copy)
    assert any(
        "entry obsessions-01: field `questions` needs at least 4 alternate questions, found 2" in p
        for p in problems
    )


def test_invalid_yaml_gives_the_line(pack_copy: Path) -> None:
    (pack_copy / "glossary.yaml").write_text("terms:\n  - id: x\n    term: [unclosed\n", encoding="utf-8")
    problems = _problems(pack_copy)
    assert any(p.startswith("glossary.yaml: is not valid YAML at line") for p in problems)


def test_timescale_mistakes(pack_copy: Path) -> None:
    path = pack_copy / "sections" / "09-s47-and-icpc.yaml"
    _edit(path, "count: working_days", "count: workdays")
    problems = _problems(pack_copy)
    assert any(
        p.startswith("sections/09-s47-and-icpc.yaml, entry s47-")
        and "field `count` is `workdays`, expected one of" in p
        for p in problems
    )


def test_unknown_event_and_duplicate_rule(pack_copy: Path) -> None:
    path = pack_copy / "sections" / "13-children-in-care.yaml"
    _edit(path, "from: looked-after", "from: looked-afterr")
    problems = _problems(pack_copy)
    assert any("names event `looked-afterr`, which is not in events.yaml" in p for p in problems)


@pytest.mark.parametrize("wrong", ["review-conferenc", "icpc"])
def test_an_events_later_one_must_be_another_event(pack_copy: Path, wrong: str) -> None:
    _edit(pack_copy / "events.yaml", "later: review-conference", f"later: {wrong}")
    problems = _problems(pack_copy)
    assert f"events.yaml, event icpc: field `later` names `{wrong}`, which is no other event" in problems


def test_a_name_by_way_of_must_be_one_of_the_events_names(pack_copy: Path) -> None:
    _edit(pack_copy / "events.yaml", "by_way_of: [ico,", "by_way_of: [icoo,")
    problems = _problems(pack_copy)
    assert (
        "events.yaml, event looked-after: field `by_way_of` lists `icoo`, which is not one of the event's names"
        in problems
    )


def test_at_the_event_is_only_for_a_same_day_step(pack_copy: Path) -> None:
    _edit(
        pack_copy / "sections" / "10-child-protection-plans.yaml",
        "n: 0\n    at_the_event: true",
        "n: 1\n    at_the_event: true",
    )
    problems = _problems(pack_copy)
    assert any(
        "timescale icpc-outcome-recorded: field `at_the_event` is only for a step due the same day" in p
        for p in problems
    )


def test_a_first_day_allowed_is_one_date_counted_forward(pack_copy: Path) -> None:
    """Final read, stop 39: a window, an age or a count back checked as a first day allowed would take any
    later date as in timescale."""
    _edit(
        pack_copy / "sections" / "15-adoption.yaml",
        "count: weeks\n    n: 10\n    at_the_earliest: true",
        "count: every_weeks\n    n: 10\n    at_the_earliest: true",
    )
    problems = _problems(pack_copy)
    assert any(
        "timescale adoption-order-application: field `at_the_earliest` is only for one date counted forward"
        in p
        for p in problems
    )


def test_duplicate_entry_id(pack_copy: Path) -> None:
    _edit(pack_copy / "sections" / "15-adoption.yaml", "id: adoption-02", "id: adoption-01")
    problems = _problems(pack_copy)
    assert "sections/: entry id `adoption-01` is used more than once" in problems


def test_glossary_cross_reference_and_region(pack_copy: Path) -> None:
    _edit(pack_copy / "pack.yaml", "region: ENG", "region: FRA")
    glossary = pack_copy / "glossary.yaml"
    text = glossary.read_text(encoding="utf-8")
    glossary.write_text(
        re.sub(r"entries: \[([a-z0-9-]+)", r"entries: [nope-99", text, count=1), encoding="utf-8"
    )
    problems = _problems(pack_copy)
    assert any(
        "pack.yaml, calendar: field `region` is `FRA`, expected one of: ENG, NIR, SCT, WLS" in p
        for p in problems
    )
    assert any(
        p.startswith("glossary.yaml, term ") and "`entries` names `nope-99`, which is no entry's id" in p
        for p in problems
    )


def test_closures_are_read(pack_copy: Path) -> None:
    _edit(
        pack_copy / "pack.yaml",
        "closures: []",
        "closures:\n    - date: 2026-12-29\n      name: Council Christmas closure",
    )
    pack = load_pack(pack_copy)
    assert {str(d): n for d, n in pack.closures.items()} == {"2026-12-29": "Council Christmas closure"}


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ("also_from: [s47-concerns]", "also_from: [s47-concern]", "also_from"),
        ("else_from: [placement]", "else_from: [placment]", "else_from"),
        ("after_event: lac-review", "after_event: lac-reviews", "after_event"),
        ("before_event: lac-review", "before_event: lac-reviw", "before_event"),
    ],
)
def test_events_a_rule_refers_to_must_exist(pack_copy: Path, old: str, new: str, field: str) -> None:
    for path in (pack_copy / "sections").glob("*.yaml"):
        if old in path.read_text(encoding="utf-8"):
            _edit(path, old, new)
    wrong = new.split(": ")[1].strip("[]")
    problems = _problems(pack_copy)
    assert any(f"field `{field}` names event `{wrong}`, which is not in events.yaml" in p for p in problems)


@pytest.mark.parametrize(
    ("field", "right", "wrong", "rule"),
    [
        ("after_rule", "permanent-placement-12-months", "permanent-placement-12-month", "lac-visits-settled"),
        ("first_by", "visit-after-placement", "visit-after-placements", "lac-visits"),
    ],
)
def test_a_field_naming_a_rule_must_name_a_rule(
    pack_copy: Path, field: str, right: str, wrong: str, rule: str
) -> None:
    _edit(pack_copy / "sections" / "13-children-in-care.yaml", f"{field}: {right}", f"{field}: {wrong}")
    problems = _problems(pack_copy)
    assert any(
        f"timescale {rule}" in p and f"field `{field}` names rule `{wrong}`, which no timescale defines" in p
        for p in problems
    )


def test_only_a_step_without_a_timescale_may_leave_out_from(pack_copy: Path) -> None:
    path = pack_copy / "sections" / "10-child-protection-plans.yaml"
    _edit(
        path, "    n: 10\n    from: icpc\n", "    n: 10\n"
    )  # the first core group, with nothing to count from
    problems = _problems(pack_copy)
    assert any(
        "entry cp-02, timescale first-core-group" in p
        and "a `calendar_days` timescale needs field(s): from" in p
        for p in problems
    )


def test_steps_without_a_timescale_are_steps_but_not_timescales() -> None:
    pack = load_pack()
    untimed = {t.rule for t in pack.steps} - {t.rule for t in pack.timescales}
    assert {"later-core-groups", "supervision", "next-review-conference"} <= untimed
    assert all(t.count.value == "none" and t.start_event == "" for t in pack.steps if t.rule in untimed)


def test_a_not_covered_topic_without_cues_is_reported(pack_copy: Path) -> None:
    path = pack_copy / "not-covered.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  - id: training-bookings\n")
    cues = text.index("    cues: [", start)
    path.write_text(
        text[:cues] + "    cues: ['?', '!']\n" + text[text.index("\n", cues) + 1 :], encoding="utf-8"
    )
    problems = _problems(pack_copy)
    assert "not-covered.yaml, topic training-bookings: field `cues` has no words in it" in problems


def test_a_pack_without_not_covered_topics_still_loads(pack_copy: Path) -> None:
    (pack_copy / "not-covered.yaml").unlink()
    assert load_pack(pack_copy).not_covered == ()


def test_else_not_needs_else_from(pack_copy: Path) -> None:
    """Words that say a wider event's date is another kind's mean nothing without the wider events."""
    path = pack_copy / "sections" / "15-adoption.yaml"
    _edit(path, "    else_from: [placement]  # asked of adopters, a placement told is theirs ...\n", "")
    assert any("field `else_not` only says which dates" in p for p in _problems(pack_copy))


def test_either_from_needs_an_also_from(pack_copy: Path) -> None:
    """A worker's "counting from ..." is followed only between events the rule may run from: with none but its
    own, the field is an error naming the file and the rule."""
    path = pack_copy / "sections" / "11-public-law-outline.yaml"
    text = path.read_text(encoding="utf-8")
    rule = text.index("  - rule: plo-legal-planning-review\n")
    also = text.index("    also_from: [plo-first-meeting]\n", rule)
    path.write_text(text[:also] + text[text.index("\n", also) + 1 :], encoding="utf-8")
    assert any(
        "11-public-law-outline.yaml" in p and "timescale plo-legal-planning-review: field `either_from`" in p
        for p in _problems(pack_copy)
    )


def test_a_meeting_is_said_with_true_or_false(pack_copy: Path) -> None:
    """`meeting` decides what "when's the meeting due?" offers: a word other than true or false is an error
    naming the file and the entry, never read as either."""
    _edit(
        pack_copy / "sections" / "13-children-in-care.yaml",
        "label: Placement meeting\n    meeting: true",
        "label: Placement meeting\n    meeting: often",
    )
    problems = _problems(pack_copy)
    assert any(
        p.startswith("sections/13-children-in-care.yaml, entry ") and "`meeting`" in p for p in problems
    )
