"""SARIF 2.1.0, for code scanning (GitHub) and every tool that reads it.

One run: `tool.driver.rules` from the rules' metadata, a result per finding
with its rule, level, message, physical location (file, line and column of
the value, to the end of the value), logical location (table/row/field), the
finding's fingerprint in `partialFingerprints` (it does not change when
unrelated lines move) and, for a waived finding, a `suppressions` entry with
the waiver's justification. Unusable input and internal errors are
`toolExecutionNotifications` of the invocation, which then did not succeed.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

from lkjip_tui import __version__, messages
from lkjip_tui.engine import InputError, InternalError
from lkjip_tui.model.findings import Finding
from lkjip_tui.output import Base, Chunk, JsonArray, Summary, internal_message
from lkjip_tui.values.msg import Msg

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT = "lkjipFingerprint/v1"
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


class SarifEmitter(Base):
    def __init__(self, lang: str, color: bool = False) -> None:
        super().__init__(lang)
        self._results = JsonArray("        ")
        self._index: dict[str, int] | None = None

    def body(self, findings: list[Finding]) -> str:
        if self._index is None:
            self._index = rule_index()
        lines = _Lines()
        encode = _ENCODER.encode
        return ",\n        ".join(encode(result(f, self.lang, self._index, lines)) for f in findings)

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
        out.write(json.dumps(head, ensure_ascii=False)[:-1] + ',\n  "runs": [\n    {\n')
        out.write(f'      "tool": {{"driver": {json.dumps(driver, ensure_ascii=False)}}},\n')
        out.write(f'      "originalUriBaseIds": {json.dumps(base)},\n')
        out.write('      "columnKind": "unicodeCodePoints",\n      "results": [')

    def chunk(self, out: IO[str], chunk: Chunk) -> None:
        if chunk.body:
            self._results.add(out, chunk.body)

    def end(self, out: IO[str], summary: Summary) -> None:
        if summary.shared:
            self._results.add(out, self.body(summary.shared))
        self._results.close(out, "      ")
        out.write(",\n")
        notes = [self._unusable(e) for e in summary.errors] + [self._internal(e) for e in summary.internal]
        invocation: dict[str, Any] = {
            "executionSuccessful": not summary.errors and not summary.internal,
            "toolExecutionNotifications": notes,
        }
        out.write(f'      "invocations": [{json.dumps(invocation, ensure_ascii=False)}]\n    }}\n  ]\n}}\n')

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
