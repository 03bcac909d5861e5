"""One place where the pack's YAML shape is checked, so every problem is reported the same way.

Each record kind has a table of fields; unknown keys are reported (a typo such as `qustions` would
otherwise silently drop data), and every message names the file, the entry and the field.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")  # entry ids and rule ids: `s47-03`, `icpc`


@dataclass(frozen=True)
class Field:
    name: str
    kind: type | tuple[type, ...]
    required: bool = True
    list_of: type | None = None  # for lists: the type every item must have


class Problems:
    """Collects problems so the lead sees all of them in one run, not one per edit."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.items.append(f"{where}: {message}")

    def check_fields(self, where: str, record: Any, fields: tuple[Field, ...]) -> bool:
        """True when `record` is a mapping whose fields have the declared types."""
        if not isinstance(record, dict):
            self.add(where, f"expected a mapping of fields, found {_describe(record)}")
            return False
        known = {f.name for f in fields}
        ok = True
        for key in record:
            if key not in known:
                self.add(where, f"unknown field `{key}` (expected one of: {', '.join(sorted(known))})")
                ok = False
        for spec in fields:
            if spec.name not in record or record[spec.name] is None:
                if spec.required:
                    self.add(where, f"missing field `{spec.name}`")
                    ok = False
                continue
            value: Any = record[spec.name]
            if not isinstance(value, spec.kind) or (isinstance(value, bool) and spec.kind is not bool):
                self.add(
                    where, f"field `{spec.name}` should be {_type_name(spec.kind)}, found {_describe(value)}"
                )
                ok = False
            elif spec.list_of is not None:
                items = cast(list[Any], value)  # the isinstance check above made sure
                for i, item in enumerate(items):
                    if not isinstance(item, spec.list_of) or (isinstance(item, str) and not item.strip()):
                        self.add(
                            where,
                            f"item {i + 1} of `{spec.name}` should be a non-empty {_type_name(spec.list_of)},"
                            f" found {_describe(item)}",
                        )
                        ok = False
            elif isinstance(value, str) and not value.strip():
                self.add(where, f"field `{spec.name}` is empty")
                ok = False
        return ok


def _type_name(kind: type | tuple[type, ...]) -> str:
    names = {str: "text", int: "a whole number", list: "a list", dict: "a mapping", bool: "true or false"}
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    text = repr(value)
    return f"{type(value).__name__} {text[:60]}{'...' if len(text) > 60 else ''}"


def check_unique(values: Iterable[str], where: str, what: str, problems: Problems) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            problems.add(where, f"{what} `{value}` is used more than once")
        seen.add(value)
