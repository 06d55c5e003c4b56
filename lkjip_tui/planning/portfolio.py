"""Many reports at once: units × quarters, and each IKU's course over time.

Pure: the portfolio view and the trend chart only display these.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from lkjip_tui.engine import Engine, InputError, discover
from lkjip_tui.model.data_file import read_header
from lkjip_tui.model.findings import severity_counts
from lkjip_tui.model.source import SourceError
from lkjip_tui.planning.summary import IkuRow, iku_rows
from lkjip_tui.values.record import Record

# How data files are named (data/<unit>/<year>-tw<quarter>.yaml): where an unreadable
# file is placed in the grid when its header cannot be read.
_FILE_NAME = re.compile(r"(?P<year>\d{4})-tw(?P<quarter>[1-4])", re.IGNORECASE)


class Entry(Record):
    """One data file of the portfolio: which unit and quarter it reports, and its findings."""

    __slots__ = ("counts", "error", "path", "quarter", "rows", "unit", "unit_name", "year")

    def __init__(
        self,
        path: Path,
        unit: str,
        year: int,
        quarter: int,
        counts: dict[str, int],
        rows: list[IkuRow],
        error: InputError | None,
        unit_name: str = "",
    ) -> None:
        self.path = path
        self.unit = unit
        self.year = year  # 0 when the file says nothing readable about it
        self.quarter = quarter
        self.counts = counts  # severity -> findings
        self.rows = rows  # the IKU overview, for trends
        self.error = error  # why the file could not be checked
        self.unit_name = unit_name  # from the unit's rules, when they were found


def _placed_by_name(path: Path) -> tuple[int, int]:
    m = _FILE_NAME.search(path.stem)
    return (int(m["year"]), int(m["quarter"])) if m else (0, 0)


def scan(directory: Path, engine: Engine) -> list[Entry]:
    """Every data file below a directory, checked, in unit / year / quarter order."""
    entries = []
    for path in discover.data_files(directory):
        result = engine.check_file(path, keep=True)
        counts = severity_counts(result.findings)
        if result.report is not None and result.rules is not None:
            report, rs = result.report, result.rules
            rows = iku_rows(report, rs, result.findings)
            entries.append(
                Entry(path, report.unit, report.year, report.quarter, counts, rows, None, rs.unit_name)
            )
            continue
        # Not checked (no rules, bad data): place it by its header if that much reads,
        # else by its folder and file name.
        try:
            header = read_header(path, discover.display(path))
        except SourceError as e:
            year, quarter = _placed_by_name(path)
            entries.append(Entry(path, path.parent.name, year, quarter, {}, [], InputError.of(e)))
            continue
        entries.append(Entry(path, header.unit, header.year, header.quarter, counts, [], result.error))
    entries.sort(key=lambda e: (e.unit, e.year, e.quarter, str(e.path)))
    return entries


def periods(entries: list[Entry]) -> list[tuple[int, int]]:
    """The (year, quarter) columns of the portfolio: every quarter from the first to the
    last present, so a missing quarter shows as a gap, not as nothing."""
    present = sorted({(e.year, e.quarter) for e in entries if e.year})
    if not present:
        return []
    (y0, q0), (y1, q1) = present[0], present[-1]
    return [(y, q) for y in range(y0, y1 + 1) for q in range(1, 5) if (y0, q0) <= (y, q) <= (y1, q1)]


def units(entries: list[Entry]) -> list[str]:
    return sorted({e.unit for e in entries})


def unit_names(entries: list[Entry]) -> dict[str, str]:
    """Each unit's name from its rules (the id when no file of it found rules)."""
    names = {e.unit: e.unit for e in entries}
    for e in entries:
        if e.unit_name:
            names[e.unit] = e.unit_name
    return names


class Point(Record):
    """One IKU in one quarter, as printed: what a trend chart plots. `present` is False
    for a quarter with no checked data file."""

    __slots__ = ("capaian", "present", "quarter", "realisasi", "target", "year")

    def __init__(
        self,
        year: int,
        quarter: int,
        realisasi: Decimal | None,
        target: Decimal | None,
        capaian: Decimal | None,
        present: bool = True,
    ) -> None:
        self.year = year
        self.quarter = quarter
        self.realisasi = realisasi
        self.target = target
        self.capaian = capaian
        self.present = present


def trend(entries: list[Entry], unit: str, iku: str) -> list[Point]:
    """An IKU's printed realisasi, target and capaian across the unit's quarters and years,
    with a point for every quarter between the first and the last, present or not."""
    mine = [e for e in entries if e.unit == unit]
    found: dict[tuple[int, int], Point] = {}
    for e in mine:
        for row in e.rows:
            if row.iku.id == iku:
                realisasi, target, capaian = (
                    c.number.value if c is not None and c.number else None
                    for c in (row.realisasi, row.target, row.capaian)
                )
                found[(e.year, e.quarter)] = Point(e.year, e.quarter, realisasi, target, capaian)
    span = periods([e for e in mine if (e.year, e.quarter) in found])
    return [found.get(yq) or Point(yq[0], yq[1], None, None, None, present=False) for yq in span]
