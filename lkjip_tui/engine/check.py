"""Checking one file: load it, find and load its rules, run every rule, apply its waivers.

`Engine` keeps the rules it loaded (once per process), the rules files it
found per folder and the waivers per folder. An unexpected exception while
checking a file becomes an `InternalError` of that file (exit 3), never a
crash of the run.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Protocol, TypeVar

from lkjip_tui import drafts
from lkjip_tui.checks import run_rules
from lkjip_tui.engine import causes, discover, units
from lkjip_tui.engine.selection import Selection
from lkjip_tui.formula import grammar
from lkjip_tui.model.catalogue import load_catalogue, load_ruleset
from lkjip_tui.model.data_file import build_report, read_header
from lkjip_tui.model.findings import SEVERITIES, Finding
from lkjip_tui.model.report import Report
from lkjip_tui.model.rules import RuleSet
from lkjip_tui.model.source import SourceError
from lkjip_tui.values import environment
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


class InternalError(Record):
    """lkjip failed on a file: a bug, never the report's fault. Exit 3.

    `rule` is the code of the rule that raised ("" when loading or rendering
    failed), `stage` is "load", "check" or "render"; `traceback` is kept only
    when debugging (`--debug`, LKJIP_DEBUG=1)."""

    __slots__ = ("exception", "file", "message", "rule", "stage", "traceback")

    def __init__(
        self, file: str, rule: str, stage: str, exception: str, message: str, traceback: str = ""
    ) -> None:
        self.file = file
        self.rule = rule
        self.stage = stage
        self.exception = exception
        self.message = message
        self.traceback = traceback

    @staticmethod
    def of(file: str, rule: str, stage: str, e: BaseException, debug: bool) -> InternalError:
        tb = ""
        if debug:
            import traceback

            tb = "".join(traceback.format_exception(type(e), e, e.__traceback__))
        return InternalError(file, rule, stage, type(e).__name__, str(e)[:500], tb)


def today() -> datetime.date:
    """The date waivers expire against (one place, so a test can move it)."""
    return datetime.date.today()


def is_series_code(code: str) -> bool:
    """Whether a rule code is one of the series rules', which compare reports (LKJ8xx)."""
    return code.upper().startswith("LKJ8")


def debugging() -> bool:
    return environment.flag("LKJIP_DEBUG")


class FileResult(Record):
    __slots__ = ("error", "file", "findings", "internal", "report", "rules", "series", "unit_year")

    def __init__(
        self,
        file: str,
        findings: list[Finding] | None = None,
        error: InputError | None = None,
        report: Report | None = None,
        rules: RuleSet | None = None,
        internal: list[InternalError] | None = None,
        unit_year: tuple[str, int] | None = None,
        series: Any = None,
    ) -> None:
        self.file = file
        self.findings = [] if findings is None else findings
        self.error = error
        self.report = report
        self.rules = rules
        self.internal = [] if internal is None else internal
        self.unit_year = unit_year  # whose rules were used: (unit, year) of the data file
        self.series = series  # checks.series Summary: what the rules comparing reports need of it


def fingerprint(findings: Iterable[Finding]) -> None:
    """Give each finding its identity within its file: rule, place and message, not line.

    Moving unrelated lines keeps it; two findings alike in all of that are told
    apart by their order."""
    seen: dict[tuple[str, ...], int] = {}
    for f in sorted(findings, key=Finding.sort_key):
        base = (f.file, f.code, f.table or "", f.row or "", f.field or "", f.message.key)
        n = seen[base] = seen.get(base, -1) + 1
        text = "\x1f".join((*base[1:], str(n)))
        f.fingerprint = hashlib.sha256(text.encode()).hexdigest()[:16]


def at_least(severity: str) -> Callable[[Finding], bool]:
    """Findings at a severity threshold: "warning" keeps errors and warnings."""
    allowed = set(SEVERITIES[: SEVERITIES.index(severity) + 1])
    return lambda f: f.severity in allowed


class Engine:
    def __init__(
        self,
        rules_dirs: Iterable[Path] = (),
        select: Callable[[str], bool] | None = None,
        *,
        severity: str = "info",
        waivers: bool = True,
        config_waivers: Iterable[Any] = (),
        debug: bool | None = None,
        stated: tuple[str | None, int | None, str | None] = (None, None, None),
    ) -> None:
        self.rules_dirs = [Path(p) for p in rules_dirs]
        self.stated = stated  # --unit, --year, --period: whose report a draft is, when given
        self.select = select
        self.severity = severity
        self.use_waivers = waivers
        self.config_waivers = list(config_waivers)  # engine.waivers.Waiver, from the configuration
        self.debug = debugging() if debug is None else debug
        self.today = today()
        self._rulesets: dict[Path, RuleSet] = {}
        # (data folder, unit, year) -> the rules file found for them: a directory of
        # one unit's quarters searches the roots once, not once per file.
        self._found: dict[tuple[Path, str, int], Path] = {}
        self._waivers: dict[Path, list[Any]] = {}

    def rules_file(self, data_file: Path, unit: str, year: int, where: tuple[str, int, int]) -> Path:
        key = (data_file.parent, unit, year)
        unit_file = self._found.get(key)
        if unit_file is None:
            roots = discover.rules_roots(data_file, self.rules_dirs)
            unit_file = self._found[key] = discover.find_rules(unit, year, roots, where)
        return unit_file

    def ruleset_for(self, data_file: Path, unit: str, year: int, where: tuple[str, int, int]) -> RuleSet:
        unit_file = self.rules_file(data_file, unit, year, where)
        rs = self._rulesets.get(unit_file)
        if rs is None:
            roots = discover.rules_roots(data_file, self.rules_dirs)
            found = unit_file
            rs = load_ruleset(
                unit_file, lambda name: discover.find_catalogue(name, found, roots), discover.display
            )
            grammar.CACHE.save()  # looked up here: tests give the grammar a cache of their own
            self._rulesets[unit_file] = rs
        return rs

    def forget_rules(self) -> None:
        """Drop the loaded rules and waivers, so the next check reads them from disk again."""
        self._rulesets.clear()
        self._found.clear()
        self._waivers.clear()

    def forget_waivers(self) -> None:
        """Drop the waivers read, so the next check reads the waivers files again (after
        one was written), keeping the loaded rules and any unsaved edit of them."""
        self._waivers.clear()

    def load(self, path: Path, shown: str | None = None) -> tuple[Report, RuleSet]:
        shown = shown or discover.display(path)
        read_draft = drafts.reader(path)
        if read_draft is not None:
            # A Word draft or its text export, read by the catalogue's draft mapping.
            from lkjip_tui.drafts.layout import stated

            draft = read_draft(path, shown)
            stated(draft, *self.stated)
            key = (path.parent, draft.unit, draft.year)
            roots = discover.rules_roots(path, self.rules_dirs)
            if key not in self._found:
                found = units.rules_for(
                    draft.unit,
                    draft.year,
                    () if self.stated[0] else draft.names,  # a unit stated is the unit
                    roots,
                    lambda: discover.find_rules(draft.unit, draft.year, roots, (shown, 0, 0)),
                )
                if found is None:
                    return self._generic(draft)
                self._found[key] = found
            unit_file = self._found[key]
            rs = self.ruleset_for(path, draft.unit, draft.year, (shown, 0, 0))
            draft.unit = rs.unit  # the unit its printed name matched, if not its file name's
            catalogue = discover.find_catalogue(rs.catalogue, unit_file, roots)
            return drafts.report_of(draft, rs, catalogue, discover.display), rs
        header = read_header(path, shown)
        rs = self.ruleset_for(path, header.unit, header.year, (shown, *header.unit_pos))
        return build_report(header, shown, rs), rs

    def load_generic(self, path: Path, shown: str | None = None) -> tuple[Report, RuleSet]:
        """A draft read with the generic catalogue whatever rules its unit has (`lkjip init`)."""
        from lkjip_tui.drafts.layout import stated

        shown = shown or discover.display(path)
        read_draft = drafts.reader(path)
        if read_draft is None:
            raise SourceError(shown, 0, 0, "err.init_not_draft", suffixes=", ".join(drafts.SUFFIXES))
        draft = read_draft(path, shown)
        stated(draft, *self.stated)
        return self._generic(draft)

    def _generic(self, draft: Any) -> tuple[Report, RuleSet]:
        """A draft of a unit with no rules: read and checked with the generic SAKIP catalogue and
        the indicators the report prints (drafts/indicators.py); LKJ206 says so once."""
        from lkjip_tui.drafts.indicators import discover as discover_indicators

        catalogue = discover.shipped("rules") / units.GENERIC
        name = next((n for n in draft.names if n), draft.unit)
        rs = load_catalogue(catalogue, draft.unit, draft.year, name, discover.display)
        discover_indicators(draft, rs, catalogue, discover.display)
        return drafts.report_of(draft, rs, catalogue, discover.display), rs

    def waivers_beside(self, data_file: Path) -> list[Any]:
        """The waivers in the `lkjip-waivers.toml` beside a data file, read once per directory."""
        from lkjip_tui.engine import waivers

        folder = data_file.parent
        found = self._waivers.get(folder)
        if found is None:
            path = folder / waivers.FILE_NAME
            found = waivers.load_file(path, discover.display(path)) if path.is_file() else []
            self._waivers[folder] = found
        return found

    def selected(self, path: Path) -> Callable[[str], bool] | None:
        if isinstance(self.select, Selection):
            return self.select.for_file(path)
        return self.select

    def check_file(self, path: Path, keep: bool = False) -> FileResult:
        shown = discover.display(path)
        try:
            return self._check_file(path, shown, keep)
        except MemoryError:
            pass  # leaving the handler frees what the file took; only then is the error built
        return FileResult(shown, error=InputError(shown, 0, 0, "err.out_of_memory", {}))

    def _check_file(self, path: Path, shown: str, keep: bool) -> FileResult:
        try:
            report, rs = self.load(path, shown)
        except SourceError as e:
            return FileResult(shown, error=InputError.of(e))
        except MemoryError:
            raise
        except Exception as e:  # a bug in lkjip, not the report's fault
            return FileResult(shown, internal=[InternalError.of(shown, "", "load", e, self.debug)])
        try:
            findings, internal = self.run(path, shown, report, rs)
        except SourceError as e:  # an unusable waivers file
            return FileResult(shown, error=InputError.of(e))
        unit_year = (report.unit, report.year)
        series = self._summary(path, report, rs, internal)
        if keep:
            return FileResult(
                shown,
                findings,
                report=report,
                rules=rs,
                internal=internal,
                unit_year=unit_year,
                series=series,
            )
        return FileResult(shown, findings, internal=internal, unit_year=unit_year, series=series)

    def _summary(self, path: Path, report: Report, rs: RuleSet, internal: list[InternalError]) -> Any:
        """What the series rules need of this report, when one of them is selected for it."""
        from lkjip_tui.checks.series._pass import series_rules
        from lkjip_tui.checks.series._summary import summarize

        select = self.selected(path)
        if select is not None and not any(select(meta.code) for meta, _ in series_rules()):
            return None

        try:
            return summarize(report, rs, str(path))
        except Exception as e:  # a bug: the file's series findings are missing, and said so
            internal.append(InternalError.of(report.file, "LKJ8", "check", e, self.debug))
            return None

    def run(
        self, path: Path, shown: str, report: Report, rs: RuleSet
    ) -> tuple[list[Finding], list[InternalError]]:
        """The rules on a loaded report, as a check of its file gives them: fingerprinted,
        waived, at the chosen severity; the rules that crashed, as internal errors. The
        interface reruns them this way after an edit of the targets."""
        crashed: list[tuple[str, BaseException]] = []
        select = self.selected(path)
        try:
            findings = run_rules(report, rs, select, crashed)
            findings += self._waive(path, findings, select)
        except (SourceError, MemoryError):
            raise
        except Exception as e:
            crashed.append(("", e))
            findings = []
        internal = [InternalError.of(shown, code, "check", e, self.debug) for code, e in crashed]
        if self.severity != "info":
            findings = list(filter(at_least(self.severity), findings))
        causes.link(findings, rs.iku)  # among the findings shown: a root is never filtered out
        return findings, internal

    def _waive(
        self, path: Path, findings: list[Finding], select: Callable[[str], bool] | None
    ) -> list[Finding]:
        """Fingerprint the findings, apply the file's waivers; the findings about waivers."""
        fingerprint(findings)
        if not self.use_waivers:
            return []
        from lkjip_tui.engine import waivers

        # A series rule's waivers are applied by the series pass, to its findings (engine/series.py).
        book = [w for w in (*self.waivers_beside(path), *self.config_waivers) if not is_series_code(w.code)]
        if not book:
            return []
        about = waivers.apply(findings, book, path.resolve(), self.today)
        about += waivers.missing_targets(book)  # the same for every file: reported once per run
        fingerprint(about)
        return [f for f in about if select is None or select(f.code)]


class Transform(Protocol[T]):
    """What `check_stream` does with each result where it was checked (render it, for the CLI).

    `cache_key` names everything the rendering depends on (format, language,
    colour); an empty key keeps its results out of the cache. `to_cache` turns a
    rendering into JSON-able data and, apart, text kept as it is (a rendered body:
    never escaped into JSON, so reading it back is a decode, not a parse);
    `from_cache` turns both back."""

    cache_key: str

    def __call__(self, result: FileResult) -> T: ...

    def to_cache(self, out: T) -> tuple[Any, str | None]: ...

    def from_cache(self, data: Any, text: str | None) -> T: ...


class EngineOptions(Record):
    """How to build an Engine in every worker process (plain, picklable values)."""

    __slots__ = ("config_waivers", "debug", "rules_dirs", "selection", "severity", "stated", "waivers")

    def __init__(
        self,
        rules_dirs: Iterable[Path] = (),
        selection: Selection | None = None,
        severity: str = "info",
        waivers: bool = True,
        config_waivers: Iterable[Any] = (),
        debug: bool = False,
        stated: tuple[str | None, int | None, str | None] = (None, None, None),
    ) -> None:
        self.rules_dirs = [Path(p) for p in rules_dirs]
        self.stated = stated
        self.selection = selection
        self.severity = severity
        self.waivers = waivers
        self.config_waivers = list(config_waivers)
        self.debug = debug

    def engine(self) -> Engine:
        return Engine(
            self.rules_dirs,
            self.selection,
            severity=self.severity,
            waivers=self.waivers,
            config_waivers=self.config_waivers,
            debug=self.debug,
            stated=self.stated,
        )
