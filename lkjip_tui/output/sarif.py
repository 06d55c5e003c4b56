"""SARIF 2.1.0, for code scanning (GitHub) and every tool that reads it.

Runs of at most 25,000 results each (GitHub's limit; see SarifEmitter):
`tool.driver.rules` from the rules' metadata, a result per finding with its rule, level, message, physical location (file, line and column of
the value, to the end of the value), logical location (table/row/field), the
finding's fingerprint in `partialFingerprints` (it does not change when
unrelated lines move) and, for a waived finding, a `suppressions` entry with
the waiver's justification. Unusable input and internal errors are
`toolExecutionNotifications` of the invocation, which then did not succeed.
"""

from __future__ import annotations

import json
import zlib
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

from lkjip_tui import __version__, messages
from lkjip_tui.engine import InputError, InternalError
from lkjip_tui.model.findings import Finding
from lkjip_tui.output import Base, Chunk, Summary, internal_message
from lkjip_tui.values.msg import Msg

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT = "lkjipFingerprint/v1"
# GitHub code scanning's limits on an uploaded file (docs: "SARIF results exceed limit",
# "SARIF file is too large"): results per run, runs per file, size once gzip-compressed.
MAX_RESULTS_PER_RUN = 25_000
MAX_RUNS = 20
MAX_GZIP_BYTES = 10 * 1000 * 1000
_INDENT = "        "
_SEPARATOR = ",\n" + _INDENT
_ENCODER = json.JSONEncoder(ensure_ascii=False)


def _rules() -> list[Any]:
    from lkjip_tui.checks import all_rules

    return all_rules()


def rule_index() -> dict[str, int]:
    return {r.meta.code: i for i, r in enumerate(_rules())}


def rule_descriptor(rule: Any, lang: str) -> dict[str, Any]:
    m = rule.meta
    other = "en" if lang == "id" else "id"
    example = messages.text_for("cli.example", lang)
    help_text = f"{m.rationale[lang]}\n\n{example}:\n  {m.bad}\n  → {m.good}"
    help_md = f"{m.rationale[lang]}\n\n{example}:\n\n```\n{m.bad}\n```\n\n```\n{m.good}\n```"
    return {
        "id": m.code,
        "name": m.name,
        "shortDescription": {"text": m.summary[lang]},
        "fullDescription": {"text": m.rationale[lang]},
        "help": {"text": help_text, "markdown": help_md},
        "defaultConfiguration": {"level": LEVELS[m.severity]},
        "properties": {
            "summary_" + other: m.summary[other],
            **({"consumes": m.consumes} if m.consumes else {}),
        },
    }


@lru_cache(maxsize=1024)
def artifact(file: str) -> dict[str, Any]:
    """A file as SARIF names it (shared by all of its results: never changed once made)."""
    path = Path(file)
    if path.is_absolute():
        return {"uri": path.as_uri()}
    return {"uri": quote(path.as_posix()), "uriBaseId": "%SRCROOT%"}


class _Lines:
    """The lines of the files findings stand in, read once, to find where a value ends."""

    def __init__(self) -> None:
        self._files: dict[str, list[str]] = {}

    def get(self, file: str, line: int) -> str:
        lines = self._files.get(file)
        if lines is None:
            try:
                lines = Path(file).read_text("utf-8", errors="replace").splitlines()
            except OSError:
                lines = []
            self._files[file] = lines
        return lines[line - 1] if 0 < line <= len(lines) else ""


def value_end(text: str, column: int) -> int | None:
    """The column just past the YAML or TOML value that starts at `column`, if it can be told."""
    i = column - 1
    if not 0 <= i < len(text):
        return None
    quote_char = text[i]
    if quote_char in "\"'":
        j = i + 1
        while j < len(text):
            if text[j] == "\\" and quote_char == '"':
                j += 2
                continue
            if text[j] == quote_char:
                if quote_char == "'" and text[j + 1 : j + 2] == "'":
                    j += 2
                    continue
                return j + 2
            j += 1
        return None
    flow = "{" in text[:i] or "[" in text[:i]
    j = i
    while j < len(text):
        ch = text[j]
        if (flow and ch in ",}]") or (ch == "#" and j > i and text[j - 1] in " \t"):
            break
        j += 1
    end = len(text[:j].rstrip()) + 1
    return end if end > column else None


def region(line: int, column: int, end: int | None) -> dict[str, Any]:
    out: dict[str, Any] = {"startLine": line, "startColumn": max(column, 1), "endLine": line}
    if end is not None:
        out["endColumn"] = end
    return out


def physical(file: str, line: int, column: int, lines: _Lines | None = None) -> dict[str, Any]:
    loc: dict[str, Any] = {"artifactLocation": artifact(file)}
    if line > 0:
        end = value_end(lines.get(file, line), column) if lines is not None else None
        loc["region"] = region(line, column, end)
    return {"physicalLocation": loc}


def result(f: Finding, lang: str, index: dict[str, int], lines: _Lines) -> dict[str, Any]:
    location = physical(f.file, f.line, f.column, lines)
    place = [p for p in (f.table, f.row, f.field) if p]
    if place:
        location["logicalLocations"] = [
            {"name": place[-1], "fullyQualifiedName": "/".join(place), "kind": "member"}
        ]
    out: dict[str, Any] = {
        "ruleId": f.code,
        "level": LEVELS[f.severity],
        "message": {"text": messages.render(f.message, lang)},
        "locations": [location],
        "partialFingerprints": {FINGERPRINT: f.fingerprint},
    }
    if f.code in index:
        out["ruleIndex"] = index[f.code]
    props = {
        "explanation": messages.parts(f.explanation, lang) or None,
        "rule": f.rule or None,
        "table_label": f.table_label,
        "caused_by": f.caused_by,  # the fingerprint of the finding this one follows from
    }
    out["properties"] = {k: v for k, v in props.items() if v}
    w = f.waiver
    if w is not None:
        source, _, line = w.source.rpartition(":")
        suppression: dict[str, Any] = {
            "kind": "external",
            "status": "accepted",
            "justification": w.justification,
            "properties": {"by": w.by, "expires": w.expires},
        }
        if source and line.isdigit():
            suppression["location"] = physical(source, int(line), 1)
        out["suppressions"] = [suppression]
    return out


class _Measured:
    """Where the log goes, with the size it will take gzip-compressed (as GitHub counts it)."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self._gzip = zlib.compressobj(6, zlib.DEFLATED, 31)
        self._compressed = 0

    def write(self, text: str) -> None:
        self.out.write(text)
        self._compressed += len(self._gzip.compress(text.encode("utf-8")))

    def gzip_size(self) -> int:
        return self._compressed + len(self._gzip.copy().flush())  # a copy: writing goes on


class SarifEmitter(Base):
    """Streams results into runs of at most `max_results` each: past GitHub's limit a new run
    (same tool, its own `automationDetails` category) takes over, and each run's invocation
    says so in a notification. Nothing is dropped; a file past the runs or size limits says
    that too, since no split inside one file can help then."""

    max_results = MAX_RESULTS_PER_RUN

    def __init__(self, lang: str, color: bool = False) -> None:
        super().__init__(lang)
        self._index: dict[str, int] | None = None
        self._run_head = ""
        self._out: _Measured | None = None
        self._runs = 1
        self._in_run = 0  # results in the run being written
        self._results = 0  # results in all runs

    def body(self, findings: list[Finding]) -> str:
        if self._index is None:
            self._index = rule_index()
        lines = _Lines()
        encode = _ENCODER.encode
        return _SEPARATOR.join(encode(result(f, self.lang, self._index, lines)) for f in findings)

    def start(self, out: IO[str]) -> None:
        driver = {
            "name": "lkjip",
            "version": __version__,
            "semanticVersion": __version__,
            "rules": [rule_descriptor(r, self.lang) for r in _rules()],
        }
        # The base's place on this machine is not written: a review leaves the building.
        base = {"%SRCROOT%": {"description": {"text": "the directory lkjip was run in"}}}
        head = {"$schema": SCHEMA, "version": "2.1.0"}
        self._run_head = (
            f'    {{\n      "tool": {{"driver": {json.dumps(driver, ensure_ascii=False)}}},\n'
            f'      "originalUriBaseIds": {json.dumps(base)},\n'
            '      "columnKind": "unicodeCodePoints",\n      "results": ['
        )
        self._out = _Measured(out)
        self._out.write(json.dumps(head, ensure_ascii=False)[:-1] + ',\n  "runs": [\n' + self._run_head)

    def chunk(self, out: IO[str], chunk: Chunk) -> None:
        if chunk.body:
            self._add(chunk.body)

    def _add(self, body: str) -> None:
        """Add a file's results (one a line, JSON-encoded: a line never holds a newline)."""
        assert self._out is not None
        items = body.split(_SEPARATOR)
        while items:
            if self._in_run >= self.max_results:
                self._close_run([self._note("ci.sarif_continued", "note", part=self._runs)], True, last=False)
                self._runs += 1
                self._in_run = 0
                self._out.write(",\n" + self._run_head)
            room = self.max_results - self._in_run
            taken, items = items[:room], items[room:]
            self._out.write(("\n" if self._in_run == 0 else ",\n") + _INDENT + _SEPARATOR.join(taken))
            self._in_run += len(taken)
            self._results += len(taken)

    def _close_run(self, notes: list[dict[str, Any]], successful: bool, last: bool) -> None:
        assert self._out is not None
        self._out.write("]" if self._in_run == 0 else "\n      ]")
        if self._runs > 1 or not last:  # one category per run: GitHub no longer merges runs of one
            details = {"id": f"lkjip/part-{self._runs}/"}
            self._out.write(f',\n      "automationDetails": {json.dumps(details)}')
        invocation = {"executionSuccessful": successful, "toolExecutionNotifications": notes}
        self._out.write(f',\n      "invocations": [{json.dumps(invocation, ensure_ascii=False)}]\n    }}')

    def end(self, out: IO[str], summary: Summary) -> None:
        assert self._out is not None
        if summary.shared:
            self._add(self.body(summary.shared))
        notes = [self._unusable(e) for e in summary.errors] + [self._internal(e) for e in summary.internal]
        if self._runs > 1:
            notes.append(self._note("ci.sarif_split", "note", results=self._results, runs=self._runs))
        if self._runs > MAX_RUNS:
            notes.append(self._note("ci.sarif_too_many_runs", "error", runs=self._runs, limit=MAX_RUNS))
        # The size is only known once all is written: measured up to here, the rest is a few bytes.
        size = self._out.gzip_size()
        if size > MAX_GZIP_BYTES:
            notes.append(self._note("ci.sarif_too_large", "error", size=size, limit=MAX_GZIP_BYTES))
        successful = not summary.errors and not summary.internal
        self._close_run(notes, successful, last=True)
        self._out.write("\n  ]\n}\n")

    def _note(self, key: str, level: str, **args: Any) -> dict[str, Any]:
        # Counts as Decimals: printed the reader's way (25.000 in Indonesian).
        counts = {k: Decimal(v) for k, v in {"limit": self.max_results, **args}.items()}
        text = messages.render(Msg(key, counts), self.lang)
        return {"level": level, "message": {"text": text}, "descriptor": {"id": key.replace(".", "-")}}

    def _unusable(self, e: InputError) -> dict[str, Any]:
        return {
            "level": "error",
            "message": {"text": messages.render(Msg(e.key, e.args), self.lang)},
            "locations": [physical(e.file, e.line, e.column)],
            "descriptor": {"id": "unusable-input"},
            "properties": {"key": e.key},
        }

    def _internal(self, e: InternalError) -> dict[str, Any]:
        note: dict[str, Any] = {
            "level": "error",
            "message": {"text": internal_message(e, self.lang)},
            "locations": [physical(e.file, 0, 0)],
            "descriptor": {"id": "internal-error"},
            "exception": {"kind": e.exception, "message": e.message},
            "properties": {"stage": e.stage, "traceback": e.traceback or None},
        }
        if e.rule:
            note["associatedRule"] = {"id": e.rule}
        return note
