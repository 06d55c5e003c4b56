"""The JSON contract other tools read: {"findings": […], "errors": […], "summary": {…}}.

Stable field names; numbers as JSON numbers where a finding compares numbers.
Written as a stream, one finding per line, so a large run never holds every
finding in memory.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import IO, Any

from lkjip_tui import __version__, messages
from lkjip_tui.engine import InputError
from lkjip_tui.model.findings import Finding
from lkjip_tui.output import Chunk, Summary
from lkjip_tui.values.interval import Interval
from lkjip_tui.values.msg import Msg

SCHEMA_VERSION = 1
_ENCODER = json.JSONEncoder(ensure_ascii=False)


def _num(v: Decimal | str | None) -> Any:
    if v is None or type(v) is str:
        return v
    assert isinstance(v, Decimal)
    if v == v.to_integral_value():
        return int(v)
    return float(round(v, 10))


def _iv(iv: Interval | None) -> list[Any] | None:
    return None if iv is None else [_num(iv.lo), _num(iv.hi)]


def finding_dict(f: Finding, lang: str) -> dict[str, Any]:
    from lkjip_tui.checks import rule_by_code

    rule = rule_by_code(f.code)
    expected_iv, actual_iv = f.expected_interval, f.actual_interval
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
    }


def error_dict(e: InputError, lang: str) -> dict[str, Any]:
    return {
        "file": e.file,
        "line": e.line,
        "column": e.column,
        "message": messages.render(Msg(e.key, e.args), lang),
        "key": e.key,
    }


class JsonEmitter:
    def __init__(self, lang: str, color: bool = False) -> None:
        self.lang = lang
        self._first = True

    def body(self, findings: list[Finding]) -> str:
        """One file's findings, one per line, joined (the command only writes it)."""
        encode = _ENCODER.encode
        return ",\n    ".join(encode(finding_dict(f, self.lang)) for f in findings)

    def start(self, out: IO[str]) -> None:
        tool = json.dumps({"name": "lkjip", "version": __version__})
        out.write(f'{{\n  "version": {SCHEMA_VERSION},\n  "tool": {tool},\n  "findings": [')

    def _write(self, out: IO[str], body: str) -> None:
        if body:
            out.write(("\n    " if self._first else ",\n    ") + body)
            self._first = False

    def chunk(self, out: IO[str], chunk: Chunk) -> None:
        if chunk.body:
            self._write(out, chunk.body)

    def end(self, out: IO[str], summary: Summary) -> None:
        errors = summary.errors
        self._write(out, self.body(summary.shared))
        out.write("\n  ]," if not self._first else "],")
        errs = [json.dumps(error_dict(e, self.lang), ensure_ascii=False) for e in errors]
        out.write('\n  "errors": [' + ("\n    " + ",\n    ".join(errs) + "\n  " if errs else "") + "],")
        totals = {
            "files": summary.files,
            "files_with_errors": len(errors),
            "errors": summary.counts["error"],
            "warnings": summary.counts["warning"],
            "infos": summary.counts["info"],
            "by_code": dict(sorted(summary.codes.items())),
        }
        out.write(f'\n  "summary": {json.dumps(totals, ensure_ascii=False)}\n}}\n')
