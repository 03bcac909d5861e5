"""Shared fixtures: the real knowledge pack, loaded once per test session."""

from __future__ import annotations

import pytest

from bot.core import PracticeGuide


@pytest.fixture(scope="session")
def guide() -> PracticeGuide:
    return PracticeGuide.load()
