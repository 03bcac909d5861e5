"""Reads the knowledge pack (YAML a practice lead edits), checks it, and returns frozen records."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from calculators.working_calendar import REGIONS
from knowledge.errors import PackError
from knowledge.not_covered import NOT_COVERED_FILE, load_not_covered
from knowledge.records import Entry, Event, GlossaryTerm, KnowledgePack
from knowledge.timescale_loading import check_timescales, load_timescale
from knowledge.validation import ID_PATTERN, Field, Problems, check_unique

PACK_DIR = Path(__file__).parent / "pack"
MIN_QUESTIONS = 4
MAX_TITLE = 80

# The libyaml loader is ~10x faster; the pure-Python one is the same format, kept for machines without it.
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

SECTION_FIELDS = (Field("section", str), Field("headings", list, list_of=str), Field("entries", list))
ENTRY_FIELDS = (
    Field("id", str),
    Field("title", str),
    Field("subsection", str, required=False),
    Field("text", str),
    Field("note", str, required=False),
    Field("questions", list, list_of=str),
    Field("timescales", list, required=False),
)
GLOSSARY_FIELDS = (
    Field("id", str),
    Field("term", str),
    Field("expansion", str),
    Field("explanation", str),
    Field("aliases", list, required=False, list_of=str),
    Field("entries", list, required=False, list_of=str),
)
SYNONYM_FIELDS = (Field("document", str), Field("users", list, list_of=str))
EVENT_FIELDS = (
    Field("id", str),
    Field("label", str),
    Field("names", list, required=False, list_of=str),
    Field("later", str, required=False),
    Field("by_way_of", list, required=False, list_of=str),
)
NOT_STATEMENT_FIELDS = (Field("line", str), Field("why", str))
MANIFEST_FIELDS = (
    Field("source", str),
    Field("title", str),
    Field("not_statements", list),
    Field("calendar", dict),
)
CALENDAR_FIELDS = (Field("region", str), Field("closures", list, required=False))
CLOSURE_FIELDS = (Field("date", date), Field("name", str))


def normalise_statement(line: str) -> str:
    """A statement as compared with the source: bullet mark and runs of white space don't count."""
    return re.sub(r"\s+", " ", line.strip().lstrip("·").strip())


def source_statements(source_text: str) -> list[str]:
    """Every non-empty line of the source document, as a statement."""
    return [s for s in (normalise_statement(line) for line in source_text.splitlines()) if s]


def load_pack(pack_dir: Path = PACK_DIR) -> KnowledgePack:
    """Load and validate the whole pack; raises PackError listing every problem found."""
    problems = Problems()
    manifest = _read(pack_dir / "pack.yaml", problems, pack_dir)
    source_name = manifest.get("source") if isinstance(manifest, dict) else None
    source_path = pack_dir / str(source_name or "source/practice-standards.txt")
    try:
        source_text = source_path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PackError([f"{_rel(source_path, pack_dir)}: cannot read the source document ({exc})"]) from exc

    events = _load_events(pack_dir, problems)
    event_ids = {e.id for e in events}
    section_files = sorted((pack_dir / "sections").glob("*.yaml"))
    if not section_files:
        problems.add("sections/", "no section files found")
    raw_sections = [(f, _read(f, problems, pack_dir)) for f in section_files]
    entries, headings = _load_entries(raw_sections, pack_dir, problems)
    check_timescales(entries, event_ids, problems)
    entry_ids = {e.id for e in entries}
    glossary = _load_glossary(pack_dir, entry_ids, problems)
    synonyms = _load_synonyms(pack_dir, problems)
    not_statements = _load_not_statements(manifest, problems)
    region, closures = _load_calendar(manifest, problems)
    not_covered = (
        load_not_covered(
            _read(pack_dir / NOT_COVERED_FILE, problems, pack_dir), str(NOT_COVERED_FILE), problems
        )
        if (pack_dir / NOT_COVERED_FILE).exists()
        else []
    )
    _check_coverage(source_text, entries, headings, not_statements, problems)
    if problems.items:
        raise PackError(problems.items)
    return KnowledgePack(
        entries=tuple(entries),
        glossary=tuple(glossary),
        synonyms=synonyms,
        events=tuple(events),
        source_text=source_text,
        region=region,
        closures=closures,
        not_covered=tuple(not_covered),
    )


def _rel(path: Path, pack_dir: Path) -> str:
    try:
        return str(path.relative_to(pack_dir))
    except ValueError:
        return str(path)


def _read(path: Path, problems: Problems, pack_dir: Path) -> Any:
    where = _rel(path, pack_dir)
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_Loader)
    except OSError as exc:
        problems.add(where, f"cannot read the file ({exc.strerror})")
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problems.add(where, f"is not valid YAML{at}: {getattr(exc, 'problem', None) or exc}")
    return None


def _items(document: Any, key: str, where: str, problems: Problems) -> list[Any]:
    if document is None:
        return []
    if not isinstance(document, dict) or not isinstance(document.get(key), list):
        problems.add(where, f"expected a top-level `{key}:` list")
        return []
    unknown = set(document) - {key}
    if unknown:
        problems.add(
            where, f"unknown top-level field(s): {', '.join(sorted(unknown))} (expected only `{key}`)"
        )
    return list(document[key])


def _load_events(pack_dir: Path, problems: Problems) -> list[Event]:
    where = "events.yaml"
    events: list[Event] = []
    for i, raw in enumerate(_items(_read(pack_dir / where, problems, pack_dir), "events", where, problems)):
        label = f"{where}, event {raw.get('id', i + 1) if isinstance(raw, dict) else i + 1}"
        if problems.check_fields(label, raw, EVENT_FIELDS):
            names = tuple(raw.get("names") or ())
            by_way_of = tuple(raw.get("by_way_of") or ())
            for name in sorted(set(by_way_of) - set(names)):
                problems.add(
                    label, f"field `by_way_of` lists `{name}`, which is not one of the event's names"
                )
            events.append(
                Event(
                    id=raw["id"], label=raw["label"], names=names, later=raw.get("later"), by_way_of=by_way_of
                )
            )
    check_unique((e.id for e in events), where, "event id", problems)
    ids = {e.id for e in events}
    for e in events:
        if e.later is not None and (e.later not in ids or e.later == e.id):
            problems.add(
                f"{where}, event {e.id}", f"field `later` names `{e.later}`, which is no other event"
            )
    return events


def _load_entries(
    raw_sections: list[tuple[Path, Any]], pack_dir: Path, problems: Problems
) -> tuple[list[Entry], list[str]]:
    entries: list[Entry] = []
    headings: list[str] = []
    for path, document in raw_sections:
        where = _rel(path, pack_dir)
        if document is None or not problems.check_fields(where, document, SECTION_FIELDS):
            continue
        headings.extend(normalise_statement(h) for h in document["headings"])
        for i, raw in enumerate(document["entries"]):
            entry = _load_entry(raw, where, i, document["section"], problems)
            if entry is not None:
                entries.append(entry)
    check_unique((e.id for e in entries), "sections/", "entry id", problems)
    return entries, headings


def _load_entry(raw: Any, where: str, index: int, section: str, problems: Problems) -> Entry | None:
    entry_where = f"{where}, entry {(raw.get('id') if isinstance(raw, dict) else None) or index + 1}"
    if not problems.check_fields(entry_where, raw, ENTRY_FIELDS):
        return None
    ok = True
    if not ID_PATTERN.match(raw["id"]):
        problems.add(entry_where, "field `id` should be lower-case words joined by hyphens, e.g. `s47-03`")
        ok = False
    title = raw["title"].strip()
    if title == "TODO":
        problems.add(entry_where, "field `title` is still TODO: give the entry a short plain-English title")
        ok = False
    elif len(title) > MAX_TITLE:
        problems.add(entry_where, f"field `title` has {len(title)} characters, at most {MAX_TITLE} expected")
        ok = False
    if len(raw["questions"]) < MIN_QUESTIONS:
        problems.add(
            entry_where,
            f"field `questions` needs at least {MIN_QUESTIONS} alternate questions, found {len(raw['questions'])}",
        )
        ok = False
    timescales = []
    for j, raw_timescale in enumerate(raw.get("timescales") or []):
        timescale = load_timescale(raw_timescale, f"{entry_where}, timescale {j + 1}", raw["id"], problems)
        if timescale is None:
            ok = False
        else:
            timescales.append(timescale)
    if not ok:
        return None
    return Entry(
        id=raw["id"],
        section=section,
        title=title,
        text=raw["text"].strip(),
        questions=tuple(q.strip() for q in raw["questions"]),
        source_file=where,
        subsection=raw.get("subsection"),
        note=(raw.get("note") or "").strip() or None,
        timescales=tuple(timescales),
    )


def _load_glossary(pack_dir: Path, entry_ids: set[str], problems: Problems) -> list[GlossaryTerm]:
    where = "glossary.yaml"
    terms: list[GlossaryTerm] = []
    for i, raw in enumerate(_items(_read(pack_dir / where, problems, pack_dir), "terms", where, problems)):
        term_where = f"{where}, term {raw.get('id', i + 1) if isinstance(raw, dict) else i + 1}"
        if not problems.check_fields(term_where, raw, GLOSSARY_FIELDS):
            continue
        for ref in raw.get("entries") or []:
            if ref not in entry_ids:
                problems.add(term_where, f"field `entries` names `{ref}`, which is no entry's id")
        terms.append(
            GlossaryTerm(
                id=raw["id"],
                term=raw["term"].strip(),
                expansion=raw["expansion"].strip(),
                explanation=" ".join(raw["explanation"].split()),
                aliases=tuple(a.strip() for a in raw.get("aliases") or ()),
                entries=tuple(raw.get("entries") or ()),
            )
        )
    check_unique((t.id for t in terms), where, "term id", problems)
    spellings = [k.lower() for t in terms for k in {t.term.lower(), *(a.lower() for a in t.aliases)}]
    check_unique(spellings, where, "term or alias (it would be ambiguous)", problems)
    return terms


def _load_synonyms(pack_dir: Path, problems: Problems) -> dict[str, tuple[str, ...]]:
    where = "synonyms.yaml"
    synonyms: dict[str, tuple[str, ...]] = {}
    for i, raw in enumerate(_items(_read(pack_dir / where, problems, pack_dir), "synonyms", where, problems)):
        group_where = f"{where}, group {raw.get('document', i + 1) if isinstance(raw, dict) else i + 1}"
        if problems.check_fields(group_where, raw, SYNONYM_FIELDS):
            document = raw["document"].strip().lower()
            synonyms[document] = synonyms.get(document, ()) + tuple(u.strip().lower() for u in raw["users"])
    check_unique((u for users in synonyms.values() for u in users), where, "user phrase", problems)
    return synonyms


def _load_calendar(manifest: Any, problems: Problems) -> tuple[str, dict[date, str]]:
    where = "pack.yaml, calendar"
    raw: Any = manifest.get("calendar") if isinstance(manifest, dict) else None
    if not problems.check_fields(where, raw, CALENDAR_FIELDS):
        return "ENG", {}
    if raw["region"] not in REGIONS:
        problems.add(where, f"field `region` is `{raw['region']}`, expected one of: {', '.join(REGIONS)}")
    closures: dict[date, str] = {}
    for i, closure in enumerate(raw.get("closures") or []):
        if problems.check_fields(
            f"{where}, closure {i + 1} (dates are written 2026-12-29)", closure, CLOSURE_FIELDS
        ):
            closures[closure["date"]] = closure["name"]
    return raw["region"], closures


def _load_not_statements(manifest: Any, problems: Problems) -> set[str]:
    where = "pack.yaml"
    if not problems.check_fields(where, manifest, MANIFEST_FIELDS):
        return set()
    lines = set()
    for i, raw in enumerate(manifest.get("not_statements") or []):
        if problems.check_fields(f"{where}, not_statements item {i + 1}", raw, NOT_STATEMENT_FIELDS):
            lines.add(normalise_statement(raw["line"]))
    return lines


def _check_coverage(
    source_text: str, entries: list[Entry], headings: list[str], not_statements: set[str], problems: Problems
) -> None:
    """Every quote is the council's wording, and every statement of the document is quoted somewhere."""
    statements = source_statements(source_text)
    known = set(statements)
    quoted: set[str] = set(headings) | not_statements
    for entry in entries:
        for line in entry.text.splitlines():
            statement = normalise_statement(line)
            if statement and statement not in known:
                problems.add(
                    f"{entry.source_file}, entry {entry.id}",
                    f"field `text` has a line that is not word for word in the source document: {statement[:80]!r}",
                )
            quoted.add(statement)
    for heading in headings:
        if heading not in known:
            problems.add("sections/", f"heading {heading[:80]!r} is not a line of the source document")
    for statement in statements:
        if statement not in quoted:
            problems.add(
                "sections/",
                f"the source statement {statement[:80]!r} is in no entry (quote it, or list it in pack.yaml)",
            )
