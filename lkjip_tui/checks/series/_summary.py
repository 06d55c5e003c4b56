"""What the series rules need of one report, kept small: its period and its figures with their places.

A worker checking a file builds its `Summary` from the report it has already
read (files are never read twice); the summary travels back to the parent
process, and into the results cache, with the file's rendered findings. The
series rules then compare the summaries of one unit's reports.
"""

from __future__ import annotations

import re
from decimal import Decimal

from lkjip_tui.model.breakdown import quarterly
from lkjip_tui.model.document import Place
from lkjip_tui.model.report import Mention, Report
from lkjip_tui.model.rules import RuleSet
from lkjip_tui.values import dates
from lkjip_tui.values.msg import Msg
from lkjip_tui.values.record import Record

# The figures of an IKU the series compares.
FIELDS = ("target_tahunan", "realisasi")
_PLAIN_FACT = re.compile(r"^\s*facts\.([A-Za-z_][\w.]*)\s*$")
_PERIOD = re.compile(
    r"^\s*(?:(?:triwulan|tw|trw)\s+(?P<q>[IV]+|[1-4])\s+)?(?:tahun\s+)?(?P<y>(?:19|20)\d\d)\s*$",
    re.IGNORECASE,
)


class Figure(Record):
    """One printed value of a report: what it says and where it stands."""

    __slots__ = (
        "column",
        "field",
        "hi",
        "line",
        "lo",
        "place",
        "row",
        "table",
        "table_label",
        "text",
        "where",
    )

    def __init__(
        self,
        text: str,
        lo: Decimal,
        hi: Decimal,
        line: int,
        column: int,
        where: str | Msg,
        table: str | None = None,
        table_label: str | None = None,
        row: str | None = None,
        field: str | None = None,
        place: Place | None = None,
    ) -> None:
        self.text = text
        self.lo = lo  # the values the printed text stands for (its rounding)
        self.hi = hi
        self.line = line
        self.column = column
        self.where = where  # as messages name it: "Tabel 7", "narasi baris 503"
        self.table = table
        self.table_label = table_label
        self.row = row
        self.field = field
        self.place = place  # in a draft: where the value stands there

    def agrees(self, other: Figure) -> bool:
        """Whether both can be the same true value (their roundings overlap)."""
        return self.lo <= other.hi and other.lo <= self.hi


class Summary(Record):
    """One report as the series rules see it."""

    __slots__ = (
        "annual",
        "basis",
        "figures",
        "file",
        "labels",
        "pairs",
        "path",
        "quarter",
        "restated",
        "targeted",
        "unit",
        "year",
    )

    def __init__(
        self,
        file: str,
        path: str,
        unit: str,
        year: int,
        quarter: int,
        annual: bool,
        figures: dict[str, list[Figure]],
        restated: list[tuple[str, int | None, int, Figure]],
        basis: dict[str, str],
        targeted: list[str],
        labels: dict[str, str],
        pairs: dict[str, str],
    ) -> None:
        self.file = file  # as shown
        self.path = path  # as given, for the file's rule selection
        self.unit = unit
        self.year = year
        self.quarter = quarter
        self.annual = annual
        self.figures = figures  # fact -> its one value for the report's own period (as a list)
        self.restated = restated  # (fact, quarter or None for a year, year, figure) of another period
        # IKU -> what its realisasi is: "quarter" (a count: the year's is the sum), "quarter_rate",
        # "cumulative", "level" or "annual_only"
        self.basis = basis
        self.targeted = targeted  # IKUs the targets file gives a target
        self.labels = labels  # IKU -> how messages name it
        self.pairs = pairs  # a fact stated for the previous period -> the fact that period states it as

    @property
    def order(self) -> tuple[int, int, int]:
        """Chronological: the quarters of a year, then its annual report."""
        return (self.year, 5 if self.annual else self.quarter, 0)

    def own(self, fact: str) -> Figure | None:
        """The report's one value of a fact, or None when it prints none or disagrees with
        itself (a rule on the file alone reports that; the series does not pick one)."""
        figs = self.figures.get(fact)
        return figs[0] if figs else None


def parse_period(text: str) -> tuple[int | None, int] | None:
    """(quarter or None for a whole year, year) of "Triwulan II tahun 2022", "TW II 2022", "2022"."""
    m = _PERIOD.match(text)
    if m is None:
        return None
    q = None
    if m.group("q"):
        try:
            q = dates.parse_quarter(m.group("q"))
        except dates.DateError:
            return None
    return q, int(m.group("y"))


def _figure(report: Report, m: Mention) -> Figure | None:
    cell = m.cell
    iv = cell.interval()
    if iv is None:
        return None
    if cell.table is not None:
        t = report.tables.get(cell.table)
        where: str | Msg = t.label if t is not None else cell.table
        label = t.label if t is not None else cell.table
    else:
        where = Msg("where.narrative", {"line": m.source_line or cell.line})
        label = None
    field = cell.field if cell.table is not None else m.fact  # as the file's own findings name it
    return Figure(
        cell.text, iv.lo, iv.hi, cell.line, cell.column, where, cell.table, label, cell.row, field, cell.place
    )


def summarize(report: Report, rs: RuleSet, path: str) -> Summary:
    """The summary of a checked report: its IKU figures and the figures it states for other periods."""
    own = (None if report.annual else report.quarter, report.year)
    figures: dict[str, list[Figure]] = {}
    restated: list[tuple[str, int | None, int, Figure]] = []
    pairs = _pairs(rs)
    current = set(pairs.values())
    for fact, mentions in report.mentions.items():
        kind = rs.fact_kind(fact)
        compared = _is_iku_figure(fact, rs) or fact in current
        # a fact of the previous period by its definition, even where no period is printed
        previous: tuple[int | None, int] | None = None
        said = kind.period if kind is not None else ""
        if said == "previous_year" or (said == "previous_quarter" and report.annual):
            previous = (own[0], report.year - 1)
        elif said == "previous_quarter":
            previous = (report.quarter - 1, report.year) if report.quarter > 1 else (4, report.year - 1)
        mine: list[Figure] = []
        for m in mentions:
            if m.via or (m.period is None and previous is None and not compared):
                continue  # evidence a [[same]] names (LKJ304 holds it to the figure), or nothing compared
            fig = _figure(report, m)
            if fig is None:
                continue
            period = parse_period(m.period.text) if m.period is not None else previous
            if period is not None and period != own and not (report.annual and period == (4, report.year)):
                restated.append((fact, period[0], period[1], fig))
            elif compared:
                mine.append(fig)
        # one figure per fact, and none where the report disagrees with itself: a rule on the
        # file alone reports that, and the series does not pick one
        if mine and all(f.agrees(g) for f in mine for g in mine):
            figures[fact] = [mine[0]]
    basis: dict[str, str] = {}
    for iku_id, target in rs.targets.items():
        iku = rs.iku.get(iku_id)
        printed = "annual_only" if target.breakdown == "annual_only" else quarterly(target, iku).printed_basis
        if printed == "quarter" and (iku is None or iku.values != "counts" or iku.previous is not None):
            printed = "quarter_rate"  # a quarter's rate or score: the year's is not the quarters' sum
        basis[iku_id] = printed
    return Summary(
        report.file,
        path,
        report.unit,
        report.year,
        report.quarter,
        report.annual,
        figures,
        restated,
        basis,
        list(rs.targets),
        {i: iku.label for i, iku in rs.iku.items()},
        pairs,
    )


def _is_iku_figure(fact: str, rs: RuleSet) -> bool:
    iku, _, field = fact.partition(".")
    return field in FIELDS and iku in rs.iku


def _pairs(rs: RuleSet) -> dict[str, str]:
    """From an IKU's declared previous and current values (plain facts): the fact a report
    states for the previous period -> the fact that period's report states it as."""
    out = {}
    for iku in rs.iku.values():
        prev = _PLAIN_FACT.match(iku.previous.text) if iku.previous is not None else None
        cur = _PLAIN_FACT.match(iku.current.text) if iku.current is not None else None
        if prev is not None and cur is not None:
            out[prev.group(1)] = cur.group(1)
    return out
