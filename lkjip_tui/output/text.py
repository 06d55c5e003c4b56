"""Human-readable findings, grouped by file and table; coloured on a terminal."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from lkjip_tui import messages
from lkjip_tui.engine import InputError
from lkjip_tui.model.findings import Finding
from lkjip_tui.output import Chunk, Summary
from lkjip_tui.values.msg import Msg

Line = list[tuple[str, str]]  # (text, style) segments; the plain text is their concatenation

_SEV_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


class TextEmitter:
    def __init__(self, lang: str, color: bool) -> None:
        self.lang = lang
        self.color = color
        self._console: object | None = None

    def body(self, findings: list[Finding]) -> list[Line] | str:
        lines = list(file_lines(findings, self.lang))
        return lines if self.color else _plain(lines)

    def start(self, out: IO[str]) -> None:
        pass

    def chunk(self, out: IO[str], chunk: Chunk) -> None:
        if chunk.error is not None:
            self._print(out, [error_line(chunk.error, self.lang)])
        if chunk.body:
            self._print(out, chunk.body)

    def end(self, out: IO[str], summary: Summary) -> None:
        by_file: dict[str, list[Finding]] = {}
        for f in summary.shared:
            by_file.setdefault(f.file, []).append(f)
        for items in by_file.values():
            self._print(out, list(file_lines(items, self.lang)))
        lines: list[Line] = []
        if not any(summary.counts.values()) and not summary.errors:
            lines.append([(messages.text_for("cli.clean", self.lang), "green")])
        totals = {
            "files": summary.files,
            "errors": summary.counts["error"],
            "warnings": summary.counts["warning"],
            "infos": summary.counts["info"],
        }
        lines.append([(messages.render(Msg("cli.summary", totals), self.lang), "bold")])
        self._print(out, lines)

    def _print(self, out: IO[str], lines: list[Line] | str) -> None:
        if isinstance(lines, str):
            out.write(lines)
            return
        if not self.color:
            out.write(_plain(lines))
            return
        from rich.console import Console
        from rich.text import Text

        if self._console is None:
            self._console = Console(file=out, highlight=False, soft_wrap=True)
        console = self._console
        assert isinstance(console, Console)
        for line in lines:
            console.print(Text.assemble(*line))


def error_line(e: InputError, lang: str) -> Line:
    where = f"{e.file}:{e.line}:{e.column}: " if e.line else f"{e.file}: "
    return [
        (where, "bold"),
        (messages.text_for("sev.error", lang), "bold red"),
        (": " + messages.render(Msg(e.key, e.args), lang), ""),
    ]


def file_lines(findings: list[Finding], lang: str) -> Iterator[Line]:
    """One file's findings: the file, then each table's findings in order."""
    yield [(findings[0].file, "bold underline")]
    groups: dict[str, list[Finding]] = {}
    for f in findings:
        label = f.table_label or (f.table or messages.text_for("cli.narrative", lang))
        groups.setdefault(label, []).append(f)
    for label, group in groups.items():
        yield [("  " + label, "bold")]
        for f in sorted(group, key=Finding.sort_key):
            yield from _finding(f, lang)
    yield []


def _finding(f: Finding, lang: str) -> Iterator[Line]:
    where = f"{f.line}:{f.column}".rjust(8)
    sev = messages.text_for(f"sev.{f.severity}", lang)
    yield [
        (f"  {where}  ", "dim"),
        (f"{sev:<12}", _SEV_STYLE.get(f.severity, "")),
        (f"{f.code}  ", "bold"),
        (messages.render(f.message, lang), ""),
    ]
    pad = " " * 12
    if f.place is not None:  # a draft's finding: where it stands there, and the text as printed
        where = messages.render(f.place.msg(), lang)
        quote = f" — “{f.place.quote}”" if f.place.quote else ""
        yield [(pad + messages.text_for("cli.in_draft", lang) + ": " + where + quote, "dim")]
    if f.explanation:
        yield [(pad + messages.parts(f.explanation, lang), "dim")]
    if f.rule:
        yield [(pad + messages.text_for("cli.rule", lang) + ": " + f.rule, "dim")]


def _plain(lines: list[Line]) -> str:
    return "".join("".join(t for t, _ in line) + "\n" for line in lines)
