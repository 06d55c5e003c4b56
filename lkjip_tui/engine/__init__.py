"""Checking reports: load a data file, find and load its rules, run every rule.

Pure functions over plain data; the CLI and the TUI both call `Engine`.
Rules are loaded once per process and shared by all data files that use them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from lkjip_tui import drafts
from lkjip_tui.checks import run_rules
from lkjip_tui.engine import discover
from lkjip_tui.formula import CACHE
from lkjip_tui.model.catalogue import load_ruleset
from lkjip_tui.model.data_file import build_report, read_header
from lkjip_tui.model.findings import Finding
from lkjip_tui.model.report import Report
from lkjip_tui.model.rules import RuleSet
from lkjip_tui.model.source import SourceError
from lkjip_tui.values.record import Record

T = TypeVar("T")


class InputError(Record):
    """Input that could not be used at all: an unreadable data or rules file."""

    __slots__ = ("args", "column", "file", "key", "line")

    def __init__(self, file: str, line: int, column: int, key: str, args: dict[str, Any]) -> None:
        self.file = file
        self.line = line
        self.column = column
        self.key = key
        self.args = args

    @staticmethod
    def of(e: SourceError) -> InputError:
        return InputError(e.file, e.line, e.column, e.key, dict(e.args_))


class FileResult(Record):
    __slots__ = ("error", "file", "findings", "report", "rules")

    def __init__(
        self,
        file: str,
        findings: list[Finding] | None = None,
        error: InputError | None = None,
        report: Report | None = None,
        rules: RuleSet | None = None,
    ) -> None:
        self.file = file
        self.findings = [] if findings is None else findings
        self.error = error
        self.report = report
        self.rules = rules


class Engine:
    def __init__(self, rules_dirs: Iterable[Path] = (), select: Callable[[str], bool] | None = None) -> None:
        self.rules_dirs = [Path(p) for p in rules_dirs]
        self.select = select
        self._rulesets: dict[Path, RuleSet] = {}
        # (data folder, unit, year) -> the rules file found for them: a directory of
        # one unit's quarters searches the roots once, not once per file.
        self._found: dict[tuple[Path, str, int], Path] = {}

    def ruleset_for(self, data_file: Path, unit: str, year: int, where: tuple[str, int, int]) -> RuleSet:
        key = (data_file.parent, unit, year)
        unit_file = self._found.get(key)
        if unit_file is None:
            roots = discover.rules_roots(data_file, self.rules_dirs)
            unit_file = self._found[key] = discover.find_rules(unit, year, roots, where)
        rs = self._rulesets.get(unit_file)
        if rs is None:
            roots = discover.rules_roots(data_file, self.rules_dirs)
            found = unit_file
            rs = load_ruleset(
                unit_file, lambda name: discover.find_catalogue(name, found, roots), discover.display
            )
            CACHE.save()
            self._rulesets[unit_file] = rs
        return rs

    def forget_rules(self) -> None:
        """Drop the loaded rules, so the next check reads them from disk again."""
        self._rulesets.clear()
        self._found.clear()

    def load(self, path: Path, shown: str | None = None) -> tuple[Report, RuleSet]:
        shown = shown or discover.display(path)
        read_draft = drafts.reader(path)
        if read_draft is not None:
            # A Word draft or its text export, read by the catalogue's draft mapping.
            draft = read_draft(path, shown)
            rs = self.ruleset_for(path, draft.unit, draft.year, (shown, 0, 0))
            unit_file = self._found[(path.parent, draft.unit, draft.year)]
            roots = discover.rules_roots(path, self.rules_dirs)
            catalogue = discover.find_catalogue(rs.catalogue, unit_file, roots)
            return drafts.build(draft, rs, catalogue, discover.display), rs
        root, header = read_header(path, shown)
        rs = self.ruleset_for(path, header.unit, header.year, (shown, *header.unit_pos))
        return build_report(root, header, shown, rs), rs

    def check_file(self, path: Path, keep: bool = False) -> FileResult:
        shown = discover.display(path)
        try:
            report, rs = self.load(path, shown)
        except SourceError as e:
            return FileResult(shown, error=InputError.of(e))
        findings = run_rules(report, rs, self.select)
        if keep:
            return FileResult(shown, findings, report=report, rules=rs)
        return FileResult(shown, findings)


def selector(select: list[str], ignore: list[str]) -> Callable[[str], bool] | None:
    """Rule selection by code prefix, like ruff: --select LKJ1 --ignore LKJ104."""
    if not select and not ignore:
        return None

    chosen_prefixes = tuple(s.upper() for s in select)
    ignored_prefixes = tuple(i.upper() for i in ignore)

    def chosen(code: str) -> bool:
        on = not chosen_prefixes or code.startswith(chosen_prefixes)
        return on and not (ignored_prefixes and code.startswith(ignored_prefixes))

    return chosen


# One engine per worker process, so rules load once per process, and the
# caller's transform (rendering the output) runs where the file was checked.
_worker: tuple[Engine, Callable[[FileResult], Any]] | None = None


def _init_worker(
    rules_dirs: list[str], codes: tuple[list[str], list[str]], transform: Callable[[FileResult], Any]
) -> None:
    global _worker
    _worker = (Engine([Path(p) for p in rules_dirs], selector(*codes)), transform)


def _check_in_worker(path: str) -> Any:
    assert _worker is not None
    engine, transform = _worker
    return transform(engine.check_file(Path(path)))


def check_stream(
    files: list[Path],
    rules_dirs: list[Path],
    transform: Callable[[FileResult], T],
    jobs: int = 0,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
) -> Iterator[T]:
    """Check files in order, in parallel processes when there are enough of them.

    `transform` (a picklable function) runs on each result in the process that
    checked it, so rendering output is parallel too and only its result
    crosses between processes.
    """
    jobs = jobs or os.cpu_count() or 1
    codes = (select or [], ignore or [])
    if jobs <= 1 or len(files) < 4:
        engine = Engine(rules_dirs, selector(*codes))
        for f in files:
            yield transform(engine.check_file(f))
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
    chunk = max(1, min(32, len(files) // (jobs * 4)))
    with ProcessPoolExecutor(
        jobs,
        mp_context=ctx,
        initializer=_init_worker,
        initargs=([str(p) for p in rules_dirs], codes, transform),
    ) as pool:
        yield from pool.map(_check_in_worker, [str(f) for f in files], chunksize=chunk)
