"""The JSON contract other tools read, as one document (`json`) or one object a line (`json-lines`).

    {"version": 2, "tool": {…}, "findings": […], "errors": […], "internal_errors": […], "summary": {…}}

Stable field names; numbers as JSON numbers where a finding compares numbers.
Written as a stream, one finding per line, so a large run never holds every
finding in memory. `json-lines` writes the same objects, each with a `type`
("finding", "error", "internal_error", and last "summary").
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import IO, Any

from lkjip_tui import __version__, messages
from lkjip_tui.engine import InputError, InternalError
from lkjip_tui.model.findings import Finding
from lkjip_tui.output import Base, Chunk, JsonArray, Summary, internal_message
from lkjip_tui.values.interval import Interval
from lkjip_tui.values.msg import Msg

# 2: `files_with_errors` counts files with error findings; unusable input is `unusable`.
SCHEMA_VERSION = 2
_ENCODER = json.JSONEncoder(ensure_ascii=False)


def _num(v: Decimal | str | None) -> Any:
    if v is None or type(v) is str:
        return v
    assert isinstance(v, Decimal)
    if v == v.to_integral_value():
        return int(v)
    # round() works in the default context of 28 digits; from 10^17 up, 10 places are
    # beyond a float's precision anyway.
    return float(round(v, 10)) if v.adjusted() < 17 else float(v)


def _iv(iv: Interval | None) -> list[Any] | None:
    return None if iv is None else [_num(iv.lo), _num(iv.hi)]


def finding_dict(f: Finding, lang: str) -> dict[str, Any]:
    from lkjip_tui.checks import rule_by_code

    rule = rule_by_code(f.code)
    expected_iv, actual_iv = f.expected_interval, f.actual_interval
    w = f.waiver
    return {
        "code": f.code,
        "name": rule.meta.name if rule else "",
        "severity": f.severity,
        "message": messages.render(f.message, lang),
        "file": f.file,
        "line": f.line,
        "column": f.column,
        "table": f.table,
        "table_label": f.table_label,
        "row": f.row,
        "row_label": f.row_label,
        "field": f.field,
        "expected": _num(f.expected),
        "actual": _num(f.actual),
        "expected_interval": _iv(expected_iv),
        "actual_interval": _iv(actual_iv),
        "explanation": messages.parts(f.explanation, lang),
        "rule": f.rule,
        "fingerprint": f.fingerprint,
        "caused_by": f.caused_by or None,
        "waived": None
        if w is None
        else {"justification": w.justification, "by": w.by, "expires": w.expires, "waiver": w.source},
        "place": _place(f, lang),
    }


def _place(f: Finding, lang: str) -> dict[str, Any] | None:
    """Where a draft's finding stands in the draft (null for data files)."""
    p = f.place
    if p is None:
        return None
    return {
        "text": messages.render(p.msg(), lang),
        "line": p.line,
        "start": p.start,
        "end": p.end,
        "page": p.page,
        "table": p.table,
        "row": p.row,
        "column": p.column,
        "quote": p.quote,
        # On a PDF: the PDF page (from 1) and the box in points from the page's top-left corner.
        "bbox": None
        if p.bbox is None
        else dict(zip(("pdf_page", "x0", "top", "x1", "bottom"), p.bbox, strict=True)),
    }


def error_dict(e: InputError, lang: str) -> dict[str, Any]:
    return {
        "file": e.file,
        "line": e.line,
        "column": e.column,
        "message": messages.render(Msg(e.key, e.args), lang),
        "key": e.key,
    }


def internal_dict(e: InternalError, lang: str) -> dict[str, Any]:
    return {
        "file": e.file,
        "rule": e.rule or None,
        "stage": e.stage,
        "exception": e.exception,
        "message": internal_message(e, lang),
        "traceback": e.traceback or None,
    }


def summary_dict(s: Summary) -> dict[str, Any]:
    return {
        "files": s.files,
        "checked": s.checked,
        "files_with_errors": s.files_with_errors,
        "unusable": s.unusable,
        "internal_errors": len(s.internal),
        "errors": s.counts["error"],
        "warnings": s.counts["warning"],
        "infos": s.counts["info"],
        "waived": s.waived,
        "by_code": dict(sorted(s.codes.items())),
    }


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


class JsonEmitter(Base):
    def __init__(self, lang: str, color: bool = False) -> None:
        super().__init__(lang)
        self._findings = JsonArray("    ")

    def body(self, findings: list[Finding]) -> str:
        """One file's findings, one per line, joined (the command only writes it)."""
        encode = _ENCODER.encode
        return ",\n    ".join(encode(finding_dict(f, self.lang)) for f in findings)

    def start(self, out: IO[str]) -> None:
        tool = _dump({"name": "lkjip", "version": __version__})
        out.write(f'{{\n  "version": {SCHEMA_VERSION},\n  "tool": {tool},\n  "findings": [')

    def chunk(self, out: IO[str], chunk: Chunk) -> None:
        if chunk.body:
            self._findings.add(out, chunk.body)

    def end(self, out: IO[str], summary: Summary) -> None:
        self._findings.add(out, self.body(summary.shared))
        self._findings.close(out, "  ")
        out.write(",")
        for key, items in (
            ("errors", [_dump(error_dict(e, self.lang)) for e in summary.errors]),
            ("internal_errors", [_dump(internal_dict(e, self.lang)) for e in summary.internal]),
        ):
            inner = "\n    " + ",\n    ".join(items) + "\n  " if items else ""
            out.write(f'\n  "{key}": [{inner}],')
        out.write(f'\n  "summary": {_dump(summary_dict(summary))}\n}}\n')


class JsonLinesEmitter(Base):
    def body(self, findings: list[Finding]) -> str:
        encode = _ENCODER.encode
        return "".join(encode({"type": "finding", **finding_dict(f, self.lang)}) + "\n" for f in findings)

    def chunk(self, out: IO[str], chunk: Chunk) -> None:
        if chunk.error is not None:
            out.write(_dump({"type": "error", **error_dict(chunk.error, self.lang)}) + "\n")
        if chunk.body:
            out.write(chunk.body)
        for e in chunk.internal:
            out.write(_dump({"type": "internal_error", **internal_dict(e, self.lang)}) + "\n")

    def end(self, out: IO[str], summary: Summary) -> None:
        out.write(self.body(summary.shared))
        out.write(_dump({"type": "summary", **summary_dict(summary)}) + "\n")
