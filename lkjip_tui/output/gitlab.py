"""GitLab Code Quality: a JSON array of issues, shown in the merge request.

Each finding is an issue with its description, `check_name` (the rule code),
a fingerprint unique in the report (the file and the finding's fingerprint,
so an unchanged finding is not "new" when unrelated lines move), severity
(error: major, warning: minor, info: info) and location. A waived finding is
an `info` issue whose description starts with its waiver. Unusable input and
internal errors are `blocker` issues, so a broken run never reads as clean.
"""

from __future__ import annotations

import hashlib
import json
from typing import IO, Any

from lkjip_tui import messages
from lkjip_tui.engine import InputError, InternalError
from lkjip_tui.model.findings import Finding
from lkjip_tui.output import Base, Chunk, JsonArray, Summary, internal_message, waived_text
from lkjip_tui.values.msg import Msg

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}
_ENCODER = json.JSONEncoder(ensure_ascii=False)


def _fingerprint(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def issue(
    description: str, check: str, fingerprint: str, severity: str, path: str, line: int
) -> dict[str, Any]:
    return {
        "type": "issue",
        "description": description,
        "check_name": check,
        "fingerprint": fingerprint,
        "severity": severity,
        "categories": ["Bug Risk"],
        "location": {"path": path, "lines": {"begin": max(line, 1)}},
    }


class GitlabEmitter(Base):
    def __init__(self, lang: str, color: bool = False) -> None:
        super().__init__(lang)
        self._issues = JsonArray("  ")

    def finding(self, f: Finding) -> dict[str, Any]:
        text = f"{f.code} {messages.render(f.message, self.lang)}"
        severity = SEVERITIES[f.severity]
        if f.waiver is not None:
            text, severity = f"[{waived_text(f, self.lang)}] {text}", "info"
        return issue(text, f.code, _fingerprint(f.file, f.fingerprint), severity, f.file, f.line)

    def body(self, findings: list[Finding]) -> str:
        return ",\n  ".join(_ENCODER.encode(self.finding(f)) for f in findings)

    def start(self, out: IO[str]) -> None:
        out.write("[")

    def chunk(self, out: IO[str], chunk: Chunk) -> None:
        if chunk.error is not None:
            self._issues.add(out, self._unusable(chunk.error))
        if chunk.body:
            self._issues.add(out, chunk.body)
        for e in chunk.internal:
            self._issues.add(out, self._internal(e))

    def end(self, out: IO[str], summary: Summary) -> None:
        self._issues.add(out, self.body(summary.shared))
        self._issues.close(out, "")
        out.write("\n")

    def _unusable(self, e: InputError) -> str:
        text = messages.render(Msg(e.key, e.args), self.lang)
        fp = _fingerprint(e.file, e.key, str(e.line), str(e.column))
        return _ENCODER.encode(issue(text, "lkjip-unusable-input", fp, "blocker", e.file, e.line))

    def _internal(self, e: InternalError) -> str:
        fp = _fingerprint(e.file, "internal", e.rule, e.exception)
        return _ENCODER.encode(
            issue(internal_message(e, self.lang), "lkjip-internal-error", fp, "blocker", e.file, 1)
        )
