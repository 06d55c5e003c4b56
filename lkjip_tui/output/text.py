"""Human-readable findings: per file, one entry per problem under what it affects; coloured on a terminal."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from lkjip_tui import messages
from lkjip_tui.engine import InputError, InternalError
from lkjip_tui.model.findings import Finding
from lkjip_tui.model.problems import KINDS, Problem, consequences, places, problems, short_places
from lkjip_tui.model.problems import where as where_printed
from lkjip_tui.output import (
    Chunk,
    Summary,
    internal_message,
    rule_summary,
    shared_by_file,
    summary_text,
    waived_text,
)
from lkjip_tui.values.msg import Msg
from lkjip_tui.values.visible import visible

# (text, style) segments; the plain text is their concatenation. Lists, not tuples:
# a rendering comes back from the results cache (JSON) as it was made.
Line = list[list[str]]

_SEV_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


class TextEmitter:
    """Findings on stdout; unusable input and internal errors on `errors` (stderr from the CLI)."""

    def __init__(self, lang: str, color: bool) -> None:
        self.lang = lang
        self.color = color
        self.errors: IO[str] | None = None
        self.fail_on = "error"
        self.quiet = False  # --quiet: the findings, without the closing summary
        self._consoles: dict[int, object] = {}

    def body(self, findings: list[Finding]) -> list[Line] | str:
        lines = list(file_lines(findings, self.lang))
        return lines if self.color else _plain(lines)

    def start(self, out: IO[str]) -> None:
        pass

    def chunk(self, out: IO[str], chunk: Chunk) -> None:
        err = self.errors or out
        if chunk.error is not None:
            self._print(err, [error_line(chunk.error, self.lang)])
        for e in chunk.internal:
            self._print(err, internal_lines(e, self.lang))
        if chunk.body:
            self._print(out, chunk.body)

    def end(self, out: IO[str], summary: Summary) -> None:
        for items in shared_by_file(summary).values():  # rules and waivers files: no tables
            self._print(out, list(file_lines(items, self.lang, grouped=False)))
        if self.quiet:
            return
        lines: list[Line] = []
        if not any(summary.counts.values()) and not summary.errors and not summary.internal:
            lines.append([[messages.text_for("cli.clean", self.lang), "green"]])
        lines.append([[summary_text(summary, self.lang), "bold"]])
        self._print(out, lines)

    def _print(self, out: IO[str], lines: list[Line] | str) -> None:
        # Input text is shown with its control characters escaped (values/visible.py), also
        # a body read back from the cache.
        if isinstance(lines, str):
            out.write(visible(lines))
            return
        if not self.color:
            out.write(visible(_plain(lines)))
            return
        from rich.console import Console
        from rich.text import Text

        console = self._consoles.get(id(out))
        if console is None:
            console = self._consoles[id(out)] = Console(
                file=out, highlight=False, soft_wrap=True, force_terminal=True, no_color=False
            )  # colour was decided by the command (--color, NO_COLOR, FORCE_COLOR, a terminal)
        assert isinstance(console, Console)
        for line in lines:
            console.print(Text.assemble(*((visible(text), style) for text, style in line)))


def error_line(e: InputError, lang: str) -> Line:
    where = f"{e.file}:{e.line}:{e.column}: " if e.line else f"{e.file}: "
    return [
        [where, "bold"],
        [messages.text_for("sev.error", lang), "bold red"],
        [": " + messages.render(Msg(e.key, e.args), lang), ""],
    ]


def internal_lines(e: InternalError, lang: str) -> list[Line]:
    lines = [[[f"{e.file}: ", "bold"], [internal_message(e, lang), "bold magenta"]]]
    lines += [[[t, "dim"]] for t in e.traceback.rstrip("\n").splitlines()]
    return lines


def file_lines(findings: list[Finding], lang: str, grouped: bool = True) -> Iterator[Line]:
    """One file's findings: the file, then one entry per problem (output.problems) under what
    it affects — its places, what follows from it; findings about rules and waivers files
    one by one."""
    yield [[findings[0].file, "bold underline"]]
    if not grouped:
        for f in sorted(findings, key=Finding.sort_key):
            yield from _finding(f, lang)
        yield []
        return
    found = problems(findings)
    for k in KINDS:
        entries = [p for p in found if p.kind == k]
        if not entries:
            continue
        yield [["  " + messages.text_for("problem.kind." + k, lang), "bold"]]
        for problem in entries:
            yield from _problem(problem, lang)
    yield []


def _problem(problem: Problem, lang: str) -> Iterator[Line]:
    sub = len(problem.parts) > 1  # one rule's printing findings: one entry, each with its words
    if sub:
        f = problem.root
        yield [
            ["  " + " " * 8 + "  ", "dim"],
            [
                f"{messages.text_for(f'sev.{problem.severity}', lang):<12}",
                _SEV_STYLE.get(problem.severity, ""),
            ],
            [f"{f.code}  ", "bold"],
            [problem.headline(lang, rule_summary), ""],
        ]
    for part in problem.parts:
        follows = [
            messages.render(
                Msg(
                    "problem.followed",
                    {"what": messages.render(c[0].message, lang), "places": short_places(c, lang)},
                ),
                lang,
            )
            + f" [{c[0].code}]"
            for c in consequences(part)
        ]
        yield from _finding(part[0], lang, places(part), follows, sub)


def _finding(
    f: Finding,
    lang: str,
    own: list[Finding] | None = None,
    follows: list[str] | None = None,
    sub: bool = False,
) -> Iterator[Line]:
    # A draft's finding is placed as the draft prints it (below); a data file's by line:column.
    where = "" if f.place is not None else f"{f.line}:{f.column}"
    sev = messages.text_for(f"sev.{f.severity}", lang)
    waived = f.waiver is not None
    if sub:  # a part of an entry whose headline says the rule
        yield [[" " * 12 + "– ", "dim"], [messages.render(f.message, lang), "dim" if waived else ""]]
    else:
        yield from _headline(f, lang, where, sev, waived)
    yield from _details(f, lang, own, follows, sub)


def _headline(f: Finding, lang: str, where: str, sev: str, waived: bool) -> Iterator[Line]:
    yield [
        [f"  {where:>8}  ", "dim"],
        [f"{sev:<12}", "dim" if waived else _SEV_STYLE.get(f.severity, "")],
        [f"{f.code}  ", "dim" if waived else "bold"],
        [messages.render(f.message, lang), "dim" if waived else ""],
    ]


def _details(
    f: Finding, lang: str, own: list[Finding] | None, follows: list[str] | None, sub: bool
) -> Iterator[Line]:
    pad = " " * (14 if sub else 12)
    if f.waiver is not None:
        yield [[pad + waived_text(f, lang), "italic"]]
    label = messages.text_for("cli.in_draft", lang) + ": "
    also = messages.text_for("cli.also_at", lang) + ": "
    for g in own or [f]:
        if g.place is None:
            if g is not f:  # another place in a data file: its line, and the table and row
                yield [[f"{pad}{also}{g.line}:{g.column} {where_printed(g, lang)}", "dim"]]
                also = " " * len(also)
            continue
        quote = f" — “{g.place.quote}”" if g.place.quote else ""
        yield [[pad + label + where_printed(g, lang) + quote, "dim"]]
        label = " " * len(label)
    for text in follows or []:  # what follows from it, told once here
        yield [[pad + text, ""]]
    if f.explanation:
        yield [[pad + messages.parts(f.explanation, lang), "dim"]]
    if f.rule and not sub:
        yield [[pad + messages.text_for("cli.rule", lang) + ": " + f.rule, "dim"]]


def _plain(lines: list[Line]) -> str:
    return "".join("".join(t for t, _ in line) + "\n" for line in lines)
