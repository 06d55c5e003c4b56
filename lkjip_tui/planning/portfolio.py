"""Many reports at once: units × quarters, and each IKU's course over time.

Pure: the portfolio view and the trend chart only display these.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from lkjip_tui.checks.series._pass import run_series
from lkjip_tui.checks.series._summary import Summary
from lkjip_tui.engine import Engine, InputError, discover
from lkjip_tui.model.data_file import read_header
from lkjip_tui.model.findings import Finding, severity_counts
from lkjip_tui.model.source import SourceError
from lkjip_tui.planning.summary import IkuRow, iku_rows
from lkjip_tui.values.record import Record

# How data files are named (data/<unit>/<year>-tw<quarter>.yaml, <year>-tahunan.yaml): where an
# unreadable file is placed in the grid when its header cannot be read.
_FILE_NAME = re.compile(r"(?P<year>\d{4})-(?:tw(?P<quarter>[1-4])|(?P<annual>tahunan))", re.IGNORECASE)
# An annual report's column: its own, after its year's TW IV (not TW IV's).
ANNUAL = 5


def column_label(quarter: int, lang: str = "id") -> str:
    """A period column's label: "TW II" / "Q2", or "Tahunan" / "Annual" for the annual report."""
    from lkjip_tui.values.dates import period_label

    return period_label(min(quarter, 4), quarter == ANNUAL, lang)


class Entry(Record):
    """One data file of the portfolio: which unit and quarter it reports, and its findings."""

    __slots__ = ("counts", "error", "path", "quarter", "rows", "series", "unit", "unit_name", "year")

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
        series: Summary | None = None,
    ) -> None:
        self.path = path
        self.unit = unit
        self.year = year  # 0 when the file says nothing readable about it
        self.quarter = quarter  # 1–4, or ANNUAL for an annual report
        self.counts = counts  # severity -> findings
        self.rows = rows  # the IKU overview, for trends
        self.error = error  # why the file could not be checked
        self.unit_name = unit_name  # from the unit's rules, when they were found
        self.series = series  # what the series rules compare of it


def _placed_by_name(path: Path) -> tuple[int, int]:
    m = _FILE_NAME.search(path.stem)
    if m is None:
        return (0, 0)
    return (int(m["year"]), ANNUAL if m["annual"] else int(m["quarter"]))


def scan(directory: Path, engine: Engine) -> list[Entry]:
    """Every data file below a directory, checked, in unit / year / quarter order."""
    entries = []
    for path in discover.data_files(directory):
        result = engine.check_file(path, keep=True)
        counts = severity_counts(result.findings)
        if result.report is not None and result.rules is not None:
            report, rs = result.report, result.rules
            rows = iku_rows(report, rs, result.findings)
            quarter = ANNUAL if report.annual else report.quarter
            entries.append(
                Entry(
                    path, report.unit, report.year, quarter, counts, rows, None, rs.unit_name, result.series
                )
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
        quarter = ANNUAL if header.annual else header.quarter
        entries.append(Entry(path, header.unit, header.year, quarter, counts, [], result.error))
    entries.sort(key=lambda e: (e.unit, e.year, e.quarter, str(e.path)))
    return entries


def periods(entries: list[Entry]) -> list[tuple[int, int]]:
    """The (year, quarter) columns of the portfolio: every quarter from the first to the
    last present, so a missing quarter shows as a gap, not as nothing."""
    present = sorted({(e.year, e.quarter) for e in entries if e.year})
    if not present:
        return []
    annual = {y for y, q in present if q == ANNUAL}
    quarters = [yq for yq in present if yq[1] != ANNUAL]
    out: list[tuple[int, int]] = []
    if quarters:
        (y0, q0), (y1, q1) = quarters[0], quarters[-1]
        out = [(y, q) for y in range(y0, y1 + 1) for q in range(1, 5) if (y0, q0) <= (y, q) <= (y1, q1)]
    # each annual report in a column of its own, after its year's quarters
    return sorted(out + [(y, ANNUAL) for y in annual])


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

    __slots__ = ("capaian", "findings", "present", "quarter", "realisasi", "target", "year")

    def __init__(
        self,
        year: int,
        quarter: int,
        realisasi: Decimal | None,
        target: Decimal | None,
        capaian: Decimal | None,
        present: bool = True,
        findings: list[Finding] | None = None,
    ) -> None:
        self.year = year
        self.quarter = quarter
        self.realisasi = realisasi
        self.target = target
        self.capaian = capaian
        self.present = present
        self.findings = [] if findings is None else findings  # the series findings on this IKU here


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
    points = [found.get(yq) or Point(yq[0], yq[1], None, None, None, present=False) for yq in span]
    at = {e.series.file: (e.year, e.quarter) for e in mine if e.series is not None}
    by_period = {(p.year, p.quarter): p for p in points}
    for f in series_findings(entries, unit):
        about = f.row if f.table is not None else (f.field or "").partition(".")[0]
        point = by_period.get(at.get(f.file, (0, 0)))
        if about == iku and point is not None:
            point.findings.append(f)
    return points


def series_findings(entries: list[Entry], unit: str) -> list[Finding]:
    """The series rules over a unit's reports in the portfolio (LKJ8xx)."""
    summaries = [e.series for e in entries if e.unit == unit and e.series is not None]
    return run_series(summaries) if len(summaries) > 1 else []
