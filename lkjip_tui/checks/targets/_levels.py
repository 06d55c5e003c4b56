"""Helpers for the rules that compare printed targets with the targets file."""

from __future__ import annotations

from decimal import Decimal

from lkjip_tui.model.breakdown import Level
from lkjip_tui.values.interval import Interval


def level_interval(v: Level) -> Interval | tuple[Interval, Interval]:
    """A target level from the rules (a value or a range) as exact interval(s)."""
    if isinstance(v, tuple):
        return (Interval.point(v[0]), Interval.point(v[1]))
    return Interval.point(v)


def agrees(
    printed: Interval | tuple[Interval, Interval], expected: Interval | tuple[Interval, Interval]
) -> bool:
    """A printed target fits the expected one: both single values, or both ranges end by end."""
    if isinstance(printed, tuple) and isinstance(expected, tuple):
        return printed[0].overlaps(expected[0]) and printed[1].overlaps(expected[1])
    if isinstance(printed, Interval) and isinstance(expected, Interval):
        return printed.overlaps(expected)
    return False


def level_arg(v: Level) -> Decimal | Interval:
    """A target level as a message argument (a range prints as "lo–hi")."""
    return Interval(v[0], v[1]) if isinstance(v, tuple) else v
