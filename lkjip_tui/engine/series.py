"""The series pass of a check: several reports of one unit compared, after each was checked alone.

`Summarized` wraps the caller's transform so each file's summary (built by
the worker that checked it) comes back beside the file's rendering and is
cached with it; `series_findings` then runs the series rules over the
summaries in the parent process. Nothing is read twice, and a file answered
from the cache brings its summary from there.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any, Generic, TypeVar

from lkjip_tui.checks.series._summary import Figure, Summary
from lkjip_tui.engine.cache import decode_value, encode_value
from lkjip_tui.engine.check import EngineOptions, FileResult, Transform, at_least, fingerprint
from lkjip_tui.model.findings import Finding

T = TypeVar("T")


class Summarized(Generic[T]):
    """Picklable: the inner transform's output with the file's series summary beside it."""

    def __init__(self, inner: Transform[T]) -> None:
        self.inner = inner
        self.cache_key = f"{inner.cache_key}+series" if inner.cache_key else ""

    def __call__(self, result: FileResult) -> tuple[T, Summary | None]:
        return self.inner(result), result.series

    def to_cache(self, out: tuple[T, Summary | None]) -> tuple[Any, str | None]:
        data, text = self.inner.to_cache(out[0])
        return [data, None if out[1] is None else summary_json(out[1])], text

    def from_cache(self, data: Any, text: str | None) -> tuple[T, Summary | None]:
        inner, summary = data
        return self.inner.from_cache(inner, text), None if summary is None else summary_of(summary)


def summary_json(s: Summary) -> list[Any]:
    figures = {k: [_figure_json(f) for f in v] for k, v in s.figures.items()}
    restated = [[fact, q, y, _figure_json(f)] for fact, q, y, f in s.restated]
    head = [s.file, s.path, s.unit, s.year, s.quarter, s.annual]
    return [*head, figures, restated, s.basis, s.targeted, s.labels, s.pairs]


def summary_of(d: list[Any]) -> Summary:
    file, path, unit, year, quarter, annual, figures, restated, basis, targeted, labels, pairs = d
    return Summary(
        str(file),
        str(path),
        str(unit),
        int(year),
        int(quarter),
        bool(annual),
        {str(k): [_figure_of(f) for f in v] for k, v in figures.items()},
        [(str(fact), None if q is None else int(q), int(y), _figure_of(f)) for fact, q, y, f in restated],
        {str(k): str(v) for k, v in basis.items()},
        [str(i) for i in targeted],
        {str(k): str(v) for k, v in labels.items()},
        {str(k): str(v) for k, v in pairs.items()},
    )


def _figure_json(f: Figure) -> list[Any]:
    if f.place is not None:
        raise TypeError("a draft's places are not cached")  # drafts are never cached
    return [
        f.text,
        str(f.lo),
        str(f.hi),
        f.line,
        f.column,
        encode_value(f.where),
        f.table,
        f.table_label,
        f.row,
        f.field,
    ]


def _figure_of(d: list[Any]) -> Figure:
    text, lo, hi, line, column, where, table, table_label, row, field = d
    return Figure(
        str(text),
        Decimal(lo),
        Decimal(hi),
        int(line),
        int(column),
        decode_value(where),
        table,
        table_label,
        row,
        field,
    )


def series_findings(summaries: list[Summary], options: EngineOptions) -> list[Finding]:
    """The series rules over the summaries of one check, each finding kept where the rule
    selection of its file keeps it and at the chosen severity."""
    from lkjip_tui.checks.series._pass import run_series

    if len(summaries) < 2:
        return []
    selection = options.selection

    def select(s: Summary) -> Any:
        return selection.for_file(Path(s.path)) if selection is not None else None

    found = run_series(summaries, select)
    if options.severity != "info":
        found = list(filter(at_least(options.severity), found))
    fingerprint(found)
    return found + _waive(summaries, found, options, select)


def _waive(
    summaries: list[Summary], found: list[Finding], options: EngineOptions, select: Any
) -> list[Finding]:
    """Apply the series rules' waivers (beside each report, and in the configuration) to the
    series findings of their report; the findings about those waivers (unused, expired)."""
    if not options.waivers:
        return []
    from lkjip_tui.engine import waivers
    from lkjip_tui.engine.check import is_series_code

    engine = options.engine()
    about: list[Finding] = []
    for s in summaries:
        path = Path(s.path)
        book = [w for w in (*engine.waivers_beside(path), *engine.config_waivers) if is_series_code(w.code)]
        if book:
            mine = [f for f in found if f.file == s.file]
            chosen = select(s)
            made = waivers.apply(mine, book, path.resolve(), engine.today)
            about += [f for f in made if chosen is None or chosen(f.code)]
    fingerprint(about)
    return about
