"""Findings: plain data that every output format and the TUI render.

A finding says where (file, line, column, table, row, field), what was
expected and what was found, why (the explanation: a formula with values
substituted) and which rule says so. Its message and explanation are kept as
message keys with arguments so they can be shown in Indonesian or English.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from lkjip_tui.interval import Interval

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class Msg:
    """A message key and its arguments, rendered per language by lkjip_tui.messages."""

    key: str
    args: dict[str, Any] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Printed:
    """A value as the report printed it, shown verbatim and quoted."""

    text: str


@dataclass(slots=True)
class Finding:
    code: str
    severity: str
    message: Msg
    file: str
    line: int
    column: int
    table: str | None = None
    table_label: str | None = None
    row: str | None = None
    field: str | None = None
    expected: Decimal | str | None = None
    actual: Decimal | str | None = None
    expected_interval: Interval | None = None
    actual_interval: Interval | None = None
    explanation: list[Any] = dataclasses.field(default_factory=list)
    rule: str = ""

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.line, self.column, self.code)


def count_by_severity(findings: list[Finding]) -> dict[str, int]:
    counts = dict.fromkeys(SEVERITIES, 0)
    for f in findings:
        counts[f.severity] += 1
    return counts
