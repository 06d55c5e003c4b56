"""Many reports at once: units × quarters, and each IKU's course over time.

Pure: the portfolio view and the trend chart only display these.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from lkjip_tui.engine import Engine, discover
from lkjip_tui.model.data_file import read_header
from lkjip_tui.model.findings import severity_counts
from lkjip_tui.model.source import SourceError
from lkjip_tui.planning.summary import IkuRow, iku_rows
from lkjip_tui.values.record import Record


class Entry(Record):
    """One data file of the portfolio: which unit and quarter it reports, and its findings."""

    __slots__ = ("counts", "error", "path", "quarter", "rows", "unit", "year")

    def __init__(
        self,
        path: Path,
        unit: str,
        year: int,
        quarter: int,
        counts: dict[str, int],
        rows: list[IkuRow],
        error: str | None,
    ) -> None:
        self.path = path
        self.unit = unit
        self.year = year
        self.quarter = quarter
        self.counts = counts  # severity -> findings
        self.rows = rows  # the IKU overview, for trends
        self.error = error  # a message key when the file could not be used


def scan(directory: Path, engine: Engine) -> list[Entry]:
    """Every data file below a directory, checked, in unit / year / quarter order."""
    entries = []
    for path in discover.data_files(directory):
        result = engine.check_file(path, keep=True)
        error = result.error.key if result.error else None
        counts = severity_counts(result.findings)
        if result.report is not None and result.rules is not None:
            report = result.report
            rows = iku_rows(report, result.rules, result.findings)
            entries.append(Entry(path, report.unit, report.year, report.quarter, counts, rows, error))
            continue
        # Not checked (no rules, bad data): place it by its header if that much reads.
        try:
            header = read_header(path, discover.display(path))
        except SourceError as e:
            entries.append(Entry(path, path.parent.name, 0, 0, {}, [], e.key))
            continue
        entries.append(Entry(path, header.unit, header.year, header.quarter, counts, [], error))
    entries.sort(key=lambda e: (e.unit, e.year, e.quarter, str(e.path)))
    return entries


def periods(entries: list[Entry]) -> list[tuple[int, int]]:
    """The (year, quarter) columns of the portfolio, in order."""
    return sorted({(e.year, e.quarter) for e in entries if e.year})


def units(entries: list[Entry]) -> list[str]:
    return sorted({e.unit for e in entries})


class Point(Record):
    """One IKU in one quarter, as printed: what a trend chart plots."""

    __slots__ = ("capaian", "quarter", "realisasi", "target", "year")

    def __init__(
        self,
        year: int,
        quarter: int,
        realisasi: Decimal | None,
        target: Decimal | None,
        capaian: Decimal | None,
    ) -> None:
        self.year = year
        self.quarter = quarter
        self.realisasi = realisasi
        self.target = target
        self.capaian = capaian


def trend(entries: list[Entry], unit: str, iku: str) -> list[Point]:
    """An IKU's printed realisasi, target and capaian across the unit's quarters and years."""
    points = []
    for e in entries:
        if e.unit != unit:
            continue
        for row in e.rows:
            if row.iku.id == iku:
                values = [
                    c.number.value if c is not None and c.number else None
                    for c in (row.realisasi, row.target, row.capaian)
                ]
                points.append(Point(e.year, e.quarter, *values))
    return sorted(points, key=lambda p: (p.year, p.quarter))
