"""Output formats: small emitters over one stream of findings, one module per format.

A new format is a module here with an emitter class, listed in `FORMATS`.

Checking many files runs in several processes; each file's findings are
rendered there (`RenderFile`) into a `Chunk`, and the command writes the
chunks in file order. An emitter renders one file's findings (`body`, in the
worker) and writes the stream's start, each chunk and its end (in the
command). Findings about a rules or waivers file rather than the data file
(a broken target breakdown, an unused waiver) are carried raw and reported
once per run. Every format carries unusable input and internal errors as it
can, so its output stays valid whatever happened.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from itertools import chain
from typing import IO, Any, Protocol

from lkjip_tui.engine import FileResult, InputError, InternalError
from lkjip_tui.model.findings import SEVERITIES, Finding
from lkjip_tui.values.record import Record

# Every output format: its name (for --format) and its emitter, imported when chosen.
FORMATS: dict[str, str] = {
    "text": "lkjip_tui.output.text:TextEmitter",
    "json": "lkjip_tui.output.jsonfmt:JsonEmitter",
    "json-lines": "lkjip_tui.output.jsonfmt:JsonLinesEmitter",
    "sarif": "lkjip_tui.output.sarif:SarifEmitter",
    "github": "lkjip_tui.output.github:GithubEmitter",
    "gitlab": "lkjip_tui.output.gitlab:GitlabEmitter",
    "junit": "lkjip_tui.output.junit:JunitEmitter",
    "markdown": "lkjip_tui.output.markdown:MarkdownEmitter",
}


def emitter(name: str, lang: str, color: bool, errors: IO[str] | None = None) -> Emitter:
    """The emitter of a format in FORMATS. `errors` is where the text format writes
    unusable input and internal errors (stderr); machine formats carry them inside."""
    module, _, cls = FORMATS[name].partition(":")
    factory: Any = getattr(importlib.import_module(module), cls)
    made: Emitter = factory(lang=lang, color=color)
    if errors is not None:
        made.errors = errors
    return made


class Chunk(Record):
    """One checked file, rendered in the process that checked it."""

    __slots__ = ("body", "codes", "counts", "error", "file", "internal", "shared", "waived")

    def __init__(
        self,
        file: str,
        body: Any,
        counts: dict[str, int],
        codes: dict[str, int],
        shared: list[Finding],
        error: InputError | None,
        internal: list[InternalError] | None = None,
        waived: int = 0,
    ) -> None:
        self.file = file
        self.body = body  # the emitter's rendering of this file's findings
        self.counts = counts  # severity -> number of this file's findings not waived
        self.codes = codes  # rule code -> number of this file's findings not waived
        self.shared = shared  # findings about rules and waivers files, reported once per run
        self.error = error
        self.internal = [] if internal is None else internal
        self.waived = waived  # this file's waived findings


class Emitter(Protocol):
    lang: str
    color: bool
    errors: IO[str] | None

    def body(self, findings: list[Finding]) -> Any: ...

    def start(self, out: IO[str]) -> None: ...

    def chunk(self, out: IO[str], chunk: Chunk) -> None: ...

    def end(self, out: IO[str], summary: Summary) -> None: ...


class Base:
    """What every emitter starts from: its language, whether it colours, where errors go."""

    def __init__(self, lang: str, color: bool = False) -> None:
        self.lang = lang
        self.color = False  # only the text format colours
        self.errors: IO[str] | None = None

    def start(self, out: IO[str]) -> None:
        pass


class JsonArray:
    """A JSON array written item by item as chunks arrive: the separators, and its end."""

    def __init__(self, indent: str) -> None:
        self.indent = indent
        self.empty = True

    def add(self, out: IO[str], body: str) -> None:
        if body:
            out.write(("\n" if self.empty else ",\n") + self.indent + body)
            self.empty = False

    def close(self, out: IO[str], indent: str) -> None:
        out.write("]" if self.empty else f"\n{indent}]")


def rendering_key(e: Emitter) -> str:
    """Everything an emitter's `body` depends on, for the results cache."""
    return f"{type(e).__module__}.{type(e).__qualname__}:{e.lang}:{e.color}"


def own_and_shared(result: FileResult) -> tuple[list[Finding], list[Finding]]:
    own = [f for f in result.findings if f.file == result.file]
    return own, [f for f in result.findings if f.file != result.file]


class RenderFile:
    """Picklable: turns a FileResult into a Chunk with the given emitter (in a worker)."""

    def __init__(self, emitter: Emitter) -> None:
        self.emitter = emitter
        self.cache_key = rendering_key(emitter)

    def __call__(self, result: FileResult) -> Chunk:
        own, shared = own_and_shared(result)
        counts = dict.fromkeys(SEVERITIES, 0)
        codes: dict[str, int] = {}
        waived = 0
        for f in own:
            if f.waiver is not None:
                waived += 1
                continue
            counts[f.severity] += 1
            codes[f.code] = codes.get(f.code, 0) + 1
        body = self.emitter.body(own) if own else None
        return Chunk(result.file, body, counts, codes, shared, result.error, result.internal, waived)

    def to_cache(self, c: Chunk) -> tuple[Any, str | None]:
        from lkjip_tui.engine.cache import encode_finding

        text = c.body if isinstance(c.body, str) else None
        body = None if text is not None else c.body  # coloured text lines, or nothing
        return [c.file, body, c.counts, c.codes, [encode_finding(f) for f in c.shared], c.waived], text

    def from_cache(self, data: Any, text: str | None) -> Chunk:
        from lkjip_tui.engine.cache import decode_finding

        file, body, counts, codes, shared, waived = data
        if not (isinstance(file, str) and isinstance(counts, dict) and isinstance(codes, dict)):
            raise ValueError("not a chunk")
        body = text if text is not None else body
        return Chunk(file, body, counts, codes, [decode_finding(f) for f in shared], None, [], int(waived))


class Summary:
    """Totals over the whole run, built as chunks arrive."""

    def __init__(self) -> None:
        self.files = 0  # every input: checked, unusable or failed
        self.checked = 0  # inputs whose findings are reported
        self.files_with_errors = 0  # files with at least one error finding (not waived)
        self.counts = dict.fromkeys(SEVERITIES, 0)
        self.waived = 0
        self.codes: dict[str, int] = {}
        self.errors: list[InputError] = []  # unusable input, each once
        self.internal: list[InternalError] = []
        self.shared: list[Finding] = []
        self._error_keys: set[tuple[str, int, int, str]] = set()
        self._shared_keys: set[tuple[object, ...]] = set()

    def add(self, chunk: Chunk) -> Chunk:
        """Count a chunk; return it as it should be written (an error already reported is not
        written again: every file beside one broken waivers file shares its error)."""
        self.files += 1
        if chunk.error is None and not any(i.stage == "load" for i in chunk.internal):
            self.checked += 1
        for k, v in chunk.counts.items():
            self.counts[k] += v
        for k, v in chunk.codes.items():
            self.codes[k] = self.codes.get(k, 0) + v
        self.waived += chunk.waived
        if chunk.counts.get("error"):
            self.files_with_errors += 1
        self.internal.extend(chunk.internal)
        for f in chunk.shared:
            key = (f.code, f.file, f.line, f.column, f.message.key, f.row, f.field)
            if key not in self._shared_keys:
                self._shared_keys.add(key)
                self.shared.append(f)
                if f.waiver is not None:  # a waived series finding (LKJ8xx)
                    self.waived += 1
                    continue
                self.counts[f.severity] += 1
                self.codes[f.code] = self.codes.get(f.code, 0) + 1
        if chunk.error is not None:
            e = chunk.error
            where = (e.file, e.line, e.column, e.key)
            if where in self._error_keys:
                fresh: Chunk = chunk.replace(error=None)
                return fresh
            self._error_keys.add(where)
            self.errors.append(e)
        return chunk

    @property
    def unusable(self) -> int:
        return len(self.errors)


def write(
    chunks: Iterable[Chunk],
    emitter: Emitter,
    out: IO[str],
    extra_errors: list[InputError] | None = None,
    progress: Callable[[Chunk], None] | None = None,
) -> Summary:
    """Write a stream of chunks with an emitter; return the run's totals."""
    summary = Summary()
    emitter.start(out)
    # Paths the command could not use go through the same stream as the files
    # checked, so each emitter reports every error in one place, once.
    unusable = (Chunk(e.file, None, {}, {}, [], e) for e in extra_errors or [])
    for chunk in chain(unusable, chunks):
        emitter.chunk(out, summary.add(chunk))
        if progress is not None:
            progress(chunk)
    emitter.end(out, summary)
    return summary


def summary_text(s: Summary, lang: str) -> str:
    """The run in one line: what was checked and found, and what could not be."""
    from lkjip_tui import messages
    from lkjip_tui.values.msg import Msg

    totals = {"files": s.checked, "errors": s.counts["error"], "warnings": s.counts["warning"]}
    totals["infos"] = s.counts["info"]
    text = messages.render(Msg("cli.summary" if s.checked else "cli.summary_none", totals), lang)
    for count, key in ((s.waived, "cli.summary_waived"), (s.unusable, "cli.summary_unusable")):
        if count:
            text += "; " + messages.render(Msg(key, {"count": count}), lang)
    if s.internal:
        text += "; " + messages.render(Msg("cli.summary_internal", {"count": len(s.internal)}), lang)
    return text


def waived_text(f: Finding, lang: str) -> str:
    """Why a waived finding is accepted, by whom, until when, and where the waiver stands."""
    from lkjip_tui import messages
    from lkjip_tui.values.msg import Msg

    w = f.waiver
    assert w is not None
    key = "cli.waived_until" if w.expires else "cli.waived"
    args = {"why": w.justification, "by": w.by, "until": w.expires or "", "where": w.source}
    return messages.render(Msg(key, args), lang)


def internal_message(e: InternalError, lang: str) -> str:
    """What an internal error says to a person: which rule, what failed, what to do."""
    from lkjip_tui import messages
    from lkjip_tui.values.msg import Msg

    key = "cli.internal_rule" if e.rule else "cli.internal"
    return messages.render(Msg(key, {"rule": e.rule, "error": f"{e.exception}: {e.message}"}), lang)


def rule_summary(code: str, lang: str) -> str | None:
    """A rule's summary in a language: the headline of one rule's findings told together."""
    from lkjip_tui.checks import rule_by_code

    rule = rule_by_code(code)
    return rule.meta.summary.get(lang, rule.meta.summary["id"]) if rule is not None else None


def shared_by_file(summary: Summary) -> dict[str, list[Finding]]:
    by_file: dict[str, list[Finding]] = {}
    for f in summary.shared:
        by_file.setdefault(f.file, []).append(f)
    return by_file
