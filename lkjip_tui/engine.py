"""Checking reports: load a data file, find and load its rules, run every rule.

Pure functions over plain data; the CLI and the TUI both call `Engine`.
Rules are loaded once per process and shared by all data files that use them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lkjip_tui import discover, expr
from lkjip_tui.catalogue import RuleSet, load_ruleset
from lkjip_tui.checks import run_rules
from lkjip_tui.findings import Finding
from lkjip_tui.report import Report, build_report, read_header
from lkjip_tui.source import SourceError


@dataclass(slots=True)
class InputError:
    """Input that could not be used at all: an unreadable data or rules file."""

    file: str
    line: int
    column: int
    key: str
    args: dict[str, Any]

    @staticmethod
    def of(e: SourceError) -> InputError:
        return InputError(e.file, e.line, e.column, e.key, dict(e.args_))


@dataclass(slots=True)
class FileResult:
    file: str
    findings: list[Finding] = field(default_factory=list)
    error: InputError | None = None
    report: Report | None = None
    rules: RuleSet | None = None


class Engine:
    def __init__(self, rules_dirs: Iterable[Path] = (), select: Callable[[str], bool] | None = None) -> None:
        self.rules_dirs = [Path(p) for p in rules_dirs]
        self.select = select
        self._rulesets: dict[Path, RuleSet] = {}

    def ruleset_for(self, data_file: Path, unit: str, year: int, where: tuple[str, int, int]) -> RuleSet:
        roots = discover.rules_roots(data_file, self.rules_dirs)
        unit_file = discover.find_rules(unit, year, roots, where)
        rs = self._rulesets.get(unit_file)
        if rs is None:
            rs = load_ruleset(
                unit_file, lambda name: discover.find_catalogue(name, unit_file, roots), _display
            )
            expr.save_cache()
            self._rulesets[unit_file] = rs
        return rs

    def load(self, path: Path) -> tuple[Report, RuleSet]:
        shown = _display(path)
        root, header = read_header(path, shown)
        rs = self.ruleset_for(path, header.unit, header.year, (shown, *header.unit_pos))
        return build_report(root, header, shown, rs), rs

    def check_file(self, path: Path, keep: bool = False) -> FileResult:
        shown = _display(path)
        try:
            report, rs = self.load(path)
        except SourceError as e:
            return FileResult(shown, error=InputError.of(e))
        findings = run_rules(report, rs, self.select)
        if keep:
            return FileResult(shown, findings, report=report, rules=rs)
        return FileResult(shown, findings)


def _display(path: Path) -> str:
    return discover.display(path)


# One engine per worker process, so rules load once per process.
_worker_engine: Engine | None = None


def _init_worker(rules_dirs: list[str], codes: tuple[list[str], list[str]] | None) -> None:
    global _worker_engine
    _worker_engine = Engine([Path(p) for p in rules_dirs], selector(*codes) if codes else None)


def _check_in_worker(path: str) -> FileResult:
    assert _worker_engine is not None
    return _worker_engine.check_file(Path(path))


def selector(select: list[str], ignore: list[str]) -> Callable[[str], bool] | None:
    """Rule selection by code prefix, like ruff: --select LKJ1 --ignore LKJ104."""
    if not select and not ignore:
        return None

    def chosen(code: str) -> bool:
        on = not select or any(code.startswith(s.upper()) for s in select)
        return on and not any(code.startswith(i.upper()) for i in ignore)

    return chosen


def check_paths(
    files: list[Path],
    rules_dirs: list[Path],
    jobs: int = 0,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
) -> list[FileResult]:
    """Check many files, in parallel processes when there are enough of them."""
    jobs = jobs or os.cpu_count() or 1
    codes = (select or [], ignore or [])
    if jobs <= 1 or len(files) < 4:
        engine = Engine(rules_dirs, selector(*codes))
        return [engine.check_file(f) for f in files]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
    chunk = max(1, len(files) // (jobs * 8))
    with ProcessPoolExecutor(
        jobs, mp_context=ctx, initializer=_init_worker, initargs=([str(p) for p in rules_dirs], codes)
    ) as pool:
        return list(pool.map(_check_in_worker, [str(f) for f in files], chunksize=chunk))
