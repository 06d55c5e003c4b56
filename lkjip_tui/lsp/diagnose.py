"""What an edit shows: the findings of the files an edited buffer governs, as diagnostics.

A data file or draft is checked as it stands in the editor (its unsaved text,
through `model.source.unsaved`); a targets, rules or waivers file (TOML) has
the reports it governs checked again (`engine.governed`) with every open
buffer's text, so a target changed and not yet saved already shows what it
does. Each file is checked with the nearest configuration above it, as `lkjip
check` would find it for that file alone. Positions are converted to the
protocol's UTF-16 code units; a finding's range spans its value.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from lkjip_tui import messages
from lkjip_tui.engine import Engine, EngineOptions, InputError, config, discover
from lkjip_tui.engine.governed import governed
from lkjip_tui.model.findings import Finding
from lkjip_tui.model.source import SourceError, unsaved
from lkjip_tui.output import FORMATS
from lkjip_tui.output.sarif import value_end
from lkjip_tui.values.msg import Msg
from lkjip_tui.values.record import Record

SEVERITY = {"error": 1, "warning": 2, "info": 3}  # the protocol's DiagnosticSeverity


class Problem(Record):
    """One diagnostic, protocol-free: where (1-based line, code-point columns), what, how bad."""

    __slots__ = ("code", "column", "end", "line", "message", "severity")

    def __init__(
        self, line: int, column: int, end: int | None, severity: int, message: str, code: str
    ) -> None:
        self.line = line
        self.column = column
        self.end = end
        self.severity = severity
        self.message = message
        self.code = code


def engine_for(path: Path) -> tuple[Engine, str, list[SourceError]]:
    """The engine `lkjip check` would use for this file alone, the configuration's language, and
    the configuration's warnings `lkjip check` would print (an empty `lkjip.toml`, a pattern
    that matches nothing, a selection that leaves no rule, …)."""
    from lkjip_tui.engine.selection import Selection

    warnings: list[SourceError] = []
    file = config.find_config([path], warnings.append)
    s = config.read(file, discover.display(file), FORMATS) if file is not None else config.Settings()
    warnings += s.warnings
    nothing = config.selects_nothing(s)
    if nothing is not None:
        warnings.append(nothing)
    selection = Selection(s["select"], s["ignore"], s["extend-select"], s.path_ignores())
    options = EngineOptions(s.rules_dirs(), selection, s["severity"], True, s["waiver"], False)
    return options.engine(), str(s["lang"]), warnings


def affected(path: Path, text: str, root: Path) -> list[Path]:
    """The lkjip files an edit of `path` may give other findings."""
    if path.suffix == ".toml":
        return governed([path], root, Engine())
    if path.suffix in discover.DRAFT_SUFFIXES:
        return [path]
    if path.suffix in discover.DATA_SUFFIXES and discover.is_data_text(text):
        return [path]
    return []


def diagnose(
    path: Path, buffers: Mapping[Path, str], root: Path, lang: str | None = None
) -> dict[Path, list[Problem]]:
    """The problems of every file an edit of `path` touches (the edited file always, even with
    none), with the open buffers' texts standing in for the files on disk."""
    path = path.resolve()
    out: dict[Path, list[Problem]] = {path: []}
    with unsaved(dict(buffers)):
        try:
            files = affected(path, buffers.get(path, ""), root)
        except SourceError as e:
            _add(out, Path(e.file), _of_error(InputError.of(e), lang or "id"))
            return out
        for file in files:
            try:
                engine, configured, warnings = engine_for(file)
            except SourceError as e:
                _add(out, Path(e.file), _of_error(InputError.of(e), lang or "id"))
                continue
            shown = lang or configured
            for w in warnings:  # on the configuration's own lines, as `lkjip check` says them
                _add(out, Path(w.file), _of_error(InputError.of(w), shown, SEVERITY["warning"]))
            result = engine.check_file(file)
            out.setdefault(file.resolve(), [])
            if result.error is not None:
                _add(out, Path(result.error.file), _of_error(result.error, shown))
            for f in result.findings:
                if f.waiver is None:  # accepted, with its reason: not a problem to show
                    _add(out, Path(f.file), _of_finding(f, shown, buffers))
    return out


def _add(out: dict[Path, list[Problem]], file: Path, problem: Problem) -> None:
    found = out.setdefault(file.resolve(), [])
    if problem not in found:  # a configuration's warning, met again for each file it governs
        found.append(problem)


def _of_finding(f: Finding, lang: str, buffers: Mapping[Path, str]) -> Problem:
    text = messages.render(f.message, lang)
    if f.explanation:
        text += "\n" + messages.parts(f.explanation, lang)
    end = value_end(_line(Path(f.file), f.line, buffers), f.column) if f.line else None
    return Problem(f.line, f.column, end, SEVERITY[f.severity], text, f.code)


def _of_error(e: InputError, lang: str, severity: int = SEVERITY["error"]) -> Problem:
    return Problem(e.line, e.column, None, severity, messages.render(Msg(e.key, e.args), lang), "")


def _line(file: Path, line: int, buffers: Mapping[Path, str]) -> str:
    text = buffers.get(file.resolve())
    if text is None:
        try:
            text = file.read_text("utf-8", errors="replace")
        except OSError:
            return ""
    lines = text.splitlines()
    return lines[line - 1] if 0 < line <= len(lines) else ""


def utf16(line_text: str, column: int) -> int:
    """A 1-based code-point column as the protocol's 0-based UTF-16 offset."""
    return len(line_text[: max(column - 1, 0)].encode("utf-16-le")) // 2


def as_lsp(problem: Problem, line_text: str, docs: str | None) -> dict[str, Any]:
    """A problem as the protocol's Diagnostic (plain JSON-able data)."""
    line = max(problem.line - 1, 0)
    start = utf16(line_text, problem.column) if problem.line else 0
    end = (
        utf16(line_text, problem.end)
        if problem.end
        else max(start + 1, len(line_text.encode("utf-16-le")) // 2)
    )
    out: dict[str, Any] = {
        "range": {"start": {"line": line, "character": start}, "end": {"line": line, "character": end}},
        "severity": problem.severity,
        "source": "lkjip",
        "message": problem.message,
    }
    if problem.code:
        out["code"] = problem.code
        if docs:
            out["codeDescription"] = {"href": f"{docs}#{problem.code.lower()}"}
    return out


def rules_docs() -> str | None:
    """Where docs/rules.md is, as a URI, when lkjip runs from a checkout (the wheel has no docs)."""
    here = Path(__file__).resolve().parents[2] / "docs" / "rules.md"
    return here.as_uri() if here.is_file() else None


def lines_of(file: Path, buffers: Mapping[Path, str]) -> list[str]:
    text = buffers.get(file)
    if text is None:
        try:
            text = file.read_text("utf-8", errors="replace")
        except OSError:
            text = ""
    return text.splitlines()
