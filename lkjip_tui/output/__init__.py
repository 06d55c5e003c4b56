"""Output formats: small emitters over one stream of findings, one module per format.

A new format is a module here with an emitter class, listed in `FORMATS`.

Checking many files runs in several processes; each file's findings are
rendered there (`render_file`) into a `Chunk`, and the command writes the
chunks in file order. An emitter renders one file's findings (`body`, in the
worker) and writes the stream's start, each chunk and its end (in the
command). Findings about a rules file rather than the data file (a broken
target breakdown) are carried raw and reported once per run.
"""

from __future__ import annotations

import importlib
from itertools import chain
from typing import IO, Any, Protocol

from lkjip_tui.engine import FileResult, InputError
from lkjip_tui.model.findings import SEVERITIES, Finding
from lkjip_tui.values.record import Record

# Every output format: its name (for --format) and its emitter, imported when chosen.
FORMATS: dict[str, str] = {
    "text": "lkjip_tui.output.text:TextEmitter",
    "json": "lkjip_tui.output.jsonfmt:JsonEmitter",
    "markdown": "lkjip_tui.output.markdown:MarkdownEmitter",
}


def emitter(name: str, lang: str, color: bool) -> Emitter:
    """The emitter of a format in FORMATS."""
    module, _, cls = FORMATS[name].partition(":")
    factory: Any = getattr(importlib.import_module(module), cls)
    made: Emitter = factory(lang=lang, color=color)
    return made


class Chunk(Record):
    """One checked file, rendered in the process that checked it."""

    __slots__ = ("body", "codes", "counts", "error", "file", "shared")

    def __init__(
        self,
        file: str,
        body: Any,
        counts: dict[str, int],
        codes: dict[str, int],
        shared: list[Finding],
        error: InputError | None,
    ) -> None:
        self.file = file
        self.body = body  # the emitter's rendering of this file's findings
        self.counts = counts  # severity -> number of this file's findings
        self.codes = codes  # rule code -> number of this file's findings
        self.shared = shared  # findings about rules files, reported once per run
        self.error = error


class Emitter(Protocol):
    def body(self, findings: list[Finding]) -> Any: ...

    def start(self, out: IO[str]) -> None: ...

    def chunk(self, out: IO[str], chunk: Chunk) -> None: ...

    def end(self, out: IO[str], summary: Summary) -> None: ...


class RenderFile:
    """Picklable: turns a FileResult into a Chunk with the given emitter (in a worker)."""

    def __init__(self, emitter: Emitter) -> None:
        self.emitter = emitter

    def __call__(self, result: FileResult) -> Chunk:
        own = [f for f in result.findings if f.file == result.file]
        shared = [f for f in result.findings if f.file != result.file]
        counts = dict.fromkeys(SEVERITIES, 0)
        codes: dict[str, int] = {}
        for f in own:
            counts[f.severity] += 1
            codes[f.code] = codes.get(f.code, 0) + 1
        return Chunk(
            result.file, self.emitter.body(own) if own else None, counts, codes, shared, result.error
        )


class Summary:
    """Totals over the whole run, built as chunks arrive."""

    def __init__(self) -> None:
        self.files = 0
        self.counts = dict.fromkeys(SEVERITIES, 0)
        self.codes: dict[str, int] = {}
        self.errors: list[InputError] = []
        self.shared: list[Finding] = []
        self._shared_keys: set[tuple[object, ...]] = set()

    def add(self, chunk: Chunk) -> None:
        self.files += 1
        for k, v in chunk.counts.items():
            self.counts[k] += v
        for k, v in chunk.codes.items():
            self.codes[k] = self.codes.get(k, 0) + v
        if chunk.error is not None:
            self.errors.append(chunk.error)
        for f in chunk.shared:
            key = (f.code, f.file, f.line, f.column, f.message.key, f.row, f.field)
            if key not in self._shared_keys:
                self._shared_keys.add(key)
                self.shared.append(f)
                self.counts[f.severity] += 1
                self.codes[f.code] = self.codes.get(f.code, 0) + 1


def write(
    chunks: Any, emitter: Emitter, out: IO[str], extra_errors: list[InputError] | None = None
) -> Summary:
    """Write a stream of chunks with an emitter; return the run's totals."""
    summary = Summary()
    emitter.start(out)
    # Paths the command could not use go through the same stream as the files
    # checked, so each emitter reports every error in one place, once.
    unusable = (Chunk(e.file, None, {}, {}, [], e) for e in extra_errors or [])
    for chunk in chain(unusable, chunks):
        summary.add(chunk)
        emitter.chunk(out, chunk)
    emitter.end(out, summary)
    return summary
