"""Human-readable findings, grouped by file and table; coloured on a terminal."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui import messages
from lkjip_tui.engine import FileResult
from lkjip_tui.findings import Finding, Msg, count_by_severity
from lkjip_tui.output import unique_findings

Line = list[tuple[str, str]]  # (text, style) segments

_SEV_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def lines(results: list[FileResult], lang: str) -> Iterator[Line]:
    """The report as styled lines; plain text is the concatenation of each line's segments."""
    findings = unique_findings(results)
    by_file: dict[str, list[Finding]] = {}
    for f in findings:
        by_file.setdefault(f.file, []).append(f)
    for r in results:
        if r.error is not None:
            e = r.error
            msg = messages.render(Msg(e.key, e.args), lang)
            yield [
                (f"{e.file}:{e.line}:{e.column}: ", "bold"),
                (messages.text_for("sev.error", lang), "bold red"),
                (f": {msg}", ""),
            ]
    for file, items in by_file.items():
        yield [(file, "bold underline")]
        groups: dict[str, list[Finding]] = {}
        for f in items:
            label = f.table_label or (f.table or messages.text_for("cli.narrative", lang))
            groups.setdefault(label, []).append(f)
        for label, group in groups.items():
            yield [("  " + label, "bold")]
            for f in sorted(group, key=Finding.sort_key):
                yield from _finding(f, lang)
        yield []
    counts = count_by_severity(findings)
    if not findings and not any(r.error for r in results):
        yield [(messages.text_for("cli.clean", lang), "green")]
    summary = messages.render(
        Msg(
            "cli.summary",
            {
                "files": len(results),
                "errors": counts["error"],
                "warnings": counts["warning"],
                "infos": counts["info"],
            },
        ),
        lang,
    )
    yield [(summary, "bold")]


def _finding(f: Finding, lang: str) -> Iterator[Line]:
    where = f"{f.line}:{f.column}".rjust(8)
    sev = messages.text_for(f"sev.{f.severity}", lang)
    yield [
        (f"  {where}  ", "dim"),
        (f"{sev:<12}", _SEV_STYLE.get(f.severity, "")),
        (f"{f.code}  ", "bold"),
        (messages.render(f.message, lang), ""),
    ]
    pad = " " * 10
    if f.explanation:
        yield [(pad + "  " + messages.parts(f.explanation, lang), "dim")]
    if f.rule:
        yield [(pad + "  " + messages.text_for("cli.rule", lang) + ": " + f.rule, "dim")]


def emit(results: list[FileResult], lang: str, color: bool) -> None:
    import sys

    if not color:
        out = "\n".join("".join(t for t, _ in line) for line in lines(results, lang))
        sys.stdout.write(out + "\n")
        return
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False, soft_wrap=True)
    for line in lines(results, lang):
        console.print(Text.assemble(*line))
