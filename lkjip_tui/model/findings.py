"""Findings: plain data that every output format and the TUI render.

A finding says where (file, line, column, table, row, field), what was
expected and what was found, why (the explanation: a formula with values
substituted) and which rule says so. Its message and explanation are kept as
message keys with arguments so they can be shown in Indonesian or English.
The engine gives each finding a `fingerprint` (its identity within its file,
stable when unrelated lines move) and, when an auditor accepted it, the
`waiver` that says why, and, when it only follows from another finding, that
finding's fingerprint (`caused_by`). A finding on a report read from a draft also has its
`place` in the draft (paragraph, or table, row and column; the page; the
sentence or row quoted).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from decimal import Decimal
from typing import Any, TypeVar

from lkjip_tui.model.document import Place
from lkjip_tui.values.interval import Interval
from lkjip_tui.values.msg import Msg
from lkjip_tui.values.record import Record

SEVERITIES = ("error", "warning", "info")  # most severe first

K = TypeVar("K", bound=Hashable)


def severity_counts(findings: Iterable[Finding]) -> dict[str, int]:
    counts = dict.fromkeys(SEVERITIES, 0)
    for f in findings:
        counts[f.severity] += 1
    return counts


def worst(findings: Iterable[Finding]) -> str | None:
    """The severity of the most severe finding, if any."""
    return min((f.severity for f in findings), key=SEVERITIES.index, default=None)


def worst_by(findings: Iterable[Finding], key: Callable[[Finding], K]) -> dict[K, str]:
    """The most severe finding's severity for each key (a table, a cell, ...)."""
    worst: dict[K, str] = {}
    for f in findings:
        k = key(f)
        if k not in worst or SEVERITIES.index(f.severity) < SEVERITIES.index(worst[k]):
            worst[k] = f.severity
    return worst


class Waived(Record):
    """Why a finding was accepted: the waiver's justification, who accepted it, until when."""

    __slots__ = ("by", "expires", "justification", "source")

    def __init__(self, justification: str, by: str, expires: str | None, source: str) -> None:
        self.justification = justification
        self.by = by
        self.expires = expires  # ISO date, or None for no expiry
        self.source = source  # where the waiver stands: "lkjip-waivers.toml:12"


class Finding(Record):
    __slots__ = (
        "actual",
        "actual_interval",
        "caused_by",
        "code",
        "column",
        "expected",
        "expected_interval",
        "explanation",
        "field",
        "file",
        "fingerprint",
        "line",
        "message",
        "place",
        "row",
        "row_label",
        "rule",
        "severity",
        "table",
        "table_label",
        "waiver",
    )

    def __init__(
        self,
        code: str,
        severity: str,
        message: Msg,
        file: str,
        line: int,
        column: int,
        table: str | None = None,
        table_label: str | None = None,
        row: str | None = None,
        field: str | None = None,
        expected: Decimal | str | None = None,
        actual: Decimal | str | None = None,
        expected_interval: Interval | None = None,
        actual_interval: Interval | None = None,
        explanation: list[Any] | None = None,
        rule: str = "",
        fingerprint: str = "",
        waiver: Waived | None = None,
        place: Place | None = None,
        row_label: str | None = None,
        caused_by: str = "",
    ) -> None:
        self.code = code
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.table = table
        self.table_label = table_label
        self.row = row
        self.field = field
        self.expected = expected
        self.actual = actual
        self.expected_interval = expected_interval
        self.actual_interval = actual_interval
        self.explanation = [] if explanation is None else explanation
        self.rule = rule
        self.fingerprint = fingerprint
        self.waiver = waiver
        self.place = place
        self.row_label = row_label  # how the row reads: "Penempatan Pekerja Migran… (IKU1)"
        # The fingerprint of the finding this one follows from (engine.causes): a capaian
        # wrong only because its realisasi is, another place of one wrong figure.
        self.caused_by = caused_by

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.line, self.column, self.code)
