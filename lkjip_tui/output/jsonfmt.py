"""The JSON contract other tools read: {"summary": …, "findings": […], "errors": […]}.

Stable field names; numbers as JSON numbers where a finding compares numbers.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from lkjip_tui import __version__, messages
from lkjip_tui.engine import FileResult
from lkjip_tui.findings import Finding, Msg, count_by_severity
from lkjip_tui.interval import Interval
from lkjip_tui.output import unique_findings

SCHEMA_VERSION = 1


def _num(v: Decimal | str | None) -> Any:
    if v is None or isinstance(v, str):
        return v
    if v == v.to_integral_value():
        return int(v)
    return float(round(v, 10))


def _iv(iv: Interval | None) -> list[Any] | None:
    return None if iv is None else [_num(iv.lo), _num(iv.hi)]


def finding_dict(f: Finding, lang: str, names: dict[str, str]) -> dict[str, Any]:
    return {
        "code": f.code,
        "name": names.get(f.code, ""),
        "severity": f.severity,
        "message": messages.render(f.message, lang),
        "file": f.file,
        "line": f.line,
        "column": f.column,
        "table": f.table,
        "table_label": f.table_label,
        "row": f.row,
        "field": f.field,
        "expected": _num(f.expected),
        "actual": _num(f.actual),
        "expected_interval": _iv(f.expected_interval),
        "actual_interval": _iv(f.actual_interval),
        "explanation": messages.parts(f.explanation, lang),
        "rule": f.rule,
    }


def emit(results: list[FileResult], lang: str) -> str:
    from lkjip_tui.checks import all_rules

    names = {r.meta.code: r.meta.name for r in all_rules()}
    findings = unique_findings(results)
    counts = count_by_severity(findings)
    by_code: dict[str, int] = {}
    for f in findings:
        by_code[f.code] = by_code.get(f.code, 0) + 1
    errors = [
        {
            "file": r.error.file,
            "line": r.error.line,
            "column": r.error.column,
            "message": messages.render(Msg(r.error.key, r.error.args), lang),
            "key": r.error.key,
        }
        for r in results
        if r.error is not None
    ]
    doc = {
        "version": SCHEMA_VERSION,
        "tool": {"name": "lkjip", "version": __version__},
        "summary": {
            "files": len(results),
            "files_with_errors": len(errors),
            "errors": counts["error"],
            "warnings": counts["warning"],
            "infos": counts["info"],
            "by_code": dict(sorted(by_code.items())),
        },
        "findings": [finding_dict(f, lang, names) for f in findings],
        "errors": errors,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
