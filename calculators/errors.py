"""Exceptions of the date engine, each worded for the person who has to act on it."""

from __future__ import annotations


class CalendarError(ValueError):
    """The working-day calendar was configured with something it cannot use (an unknown region)."""


class RuleError(ValueError):
    """A timescale cannot be counted as configured (a phased schedule whose `until` rule is missing)."""


class DateRangeError(ValueError):
    """A date outside the years the engine promises to count (1990 to 2100), worded for the worker."""
