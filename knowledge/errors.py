"""Exceptions of the knowledge pack, written for the practice lead who must fix the YAML."""

from __future__ import annotations

from calculators.errors import PracticeGuideError


class PackError(PracticeGuideError):
    """The knowledge pack is not valid. Holds every problem found, each naming file, entry and field."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))
