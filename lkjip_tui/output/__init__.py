"""Output formats: small emitters over one list of findings."""

from __future__ import annotations

from lkjip_tui.engine import FileResult
from lkjip_tui.findings import Finding


def unique_findings(results: list[FileResult]) -> list[Finding]:
    """All findings, each once: a rules-file finding is reported once, not per data file."""
    seen: set[tuple[object, ...]] = set()
    out: list[Finding] = []
    for r in results:
        for f in r.findings:
            key = (f.code, f.file, f.line, f.column, f.message.key, f.row, f.field)
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out
