"""Running the series rules over the summaries of the reports one check covered."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

from lkjip_tui.checks.base import RuleMeta
from lkjip_tui.checks.series import RULES
from lkjip_tui.checks.series._summary import Figure, Summary
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.msg import Msg, Printed

SeriesRun = Callable[["SeriesContext"], Iterator[Finding]]


def period_of(s: Summary) -> Msg:
    if s.annual:
        return Msg("period.annual", {"year": s.year})
    return Msg("period.quarter", {"quarter": Msg(f"quarter.{s.quarter}"), "year": s.year})


class SeriesContext:
    """The summaries of the reports a check covered, in order, and how a series finding is made."""

    def __init__(self, summaries: list[Summary]) -> None:
        self.summaries = sorted(summaries, key=lambda s: (s.unit, s.order, s.file))

    def years(self) -> Iterator[list[Summary]]:
        """The reports of each unit-year, in order (TW I … TW IV, then the annual report)."""
        by: dict[tuple[str, int], list[Summary]] = {}
        for s in self.summaries:
            by.setdefault((s.unit, s.year), []).append(s)
        for reports in by.values():
            if len(reports) > 1:
                yield reports

    def of_period(self, unit: str, quarter: int | None, year: int) -> list[Summary]:
        """A unit's reports of a period: a quarter's, or (quarter None) the year's annual report."""
        return [
            s
            for s in self.summaries
            if s.unit == unit
            and s.year == year
            and (s.annual if quarter is None else (not s.annual and s.quarter == quarter))
        ]

    def finding(
        self,
        meta: RuleMeta,
        key: str,
        at: Summary,
        fig: Figure,
        other: Summary,
        other_fig: Figure | None,
        /,
        *,
        severity: str | None = None,
        expected: Decimal | str | None = None,
        authority: bool = False,
        **args: Any,
    ) -> Finding:
        """A finding in `at`'s file at `fig`, naming the other report and its place; with
        `authority`, the other report decides the value (its file is the finding's rule)."""
        named = fig.row if fig.table is not None else fig.field  # a table's IKU row, or "IKU5.realisasi"
        iku = (named or "").partition(".")[0]
        label = at.labels.get(iku)
        common: dict[str, Any] = {
            "printed": Printed(fig.text),
            "where": fig.where,
            "other_file": other.file,
            "other_period": period_of(other),
            "period": period_of(at),
        }
        if other_fig is not None:
            common["other_printed"] = Printed(other_fig.text)
            common["other_where"] = other_fig.where
        if label is not None:
            common["iku"] = label
        return Finding(
            meta.code,
            severity or meta.severity,
            Msg(key, {**common, **args}),
            at.file,
            fig.line,
            fig.column,
            fig.table,
            fig.table_label,
            fig.row,
            fig.field,
            expected=expected,
            actual=fig.text,
            rule=other.file if authority else "",
            place=fig.place,
            row_label=label,
        )


_rules: list[tuple[RuleMeta, SeriesRun]] = []


def series_rules() -> list[tuple[RuleMeta, SeriesRun]]:
    if not _rules:
        for name in RULES:
            mod = importlib.import_module(f"lkjip_tui.checks.series.{name}")
            _rules.append((mod.META, mod.series))
    return _rules


def run_series(
    summaries: list[Summary], select: Callable[[Summary], Callable[[str], bool] | None] | None = None
) -> list[Finding]:
    """Every selected series rule's findings over the reports (each kept where its file selects it)."""
    ctx = SeriesContext(summaries)
    out: list[Finding] = []
    by_file = {s.file: s for s in summaries}
    for meta, run in series_rules():
        for f in run(ctx):
            chosen = select(by_file[f.file]) if select is not None else None
            if chosen is None or chosen(meta.code):
                out.append(f)
    out.sort(key=Finding.sort_key)
    return out
