"""`--statistics`: how many findings each rule raised, instead of the findings.

    13  LKJ304  same-figure        galat
     9  LKJ101  capaian-mismatch   galat

As text (a table, most frequent first) or as JSON (a list of objects).
Waived findings are counted apart; unusable input and internal errors are
reported as the text format reports them.
"""

from __future__ import annotations

import json
from typing import IO

from lkjip_tui import messages
from lkjip_tui.model.findings import Finding
from lkjip_tui.output import Base, Chunk, Summary, summary_text
from lkjip_tui.output.text import TextEmitter


class StatisticsEmitter(Base):
    def __init__(self, lang: str, color: bool = False, as_json: bool = False) -> None:
        super().__init__(lang)
        self.as_json = as_json
        self._text = TextEmitter(lang, color=False)

    def body(self, findings: list[Finding]) -> None:
        return None  # only the counts, which every chunk carries

    def chunk(self, out: IO[str], chunk: Chunk) -> None:
        self._text.errors = self.errors
        self._text.chunk(out, chunk.replace(body=None))

    def end(self, out: IO[str], summary: Summary) -> None:
        from lkjip_tui.checks import rule_by_code

        rows = []
        for code, count in sorted(summary.codes.items(), key=lambda kv: (-kv[1], kv[0])):
            rule = rule_by_code(code)
            name = rule.meta.name if rule else ""
            severity = rule.meta.severity if rule else ""
            rows.append({"code": code, "name": name, "severity": severity, "count": count})
        if self.as_json:
            doc = {"statistics": rows, "waived": summary.waived, "files": summary.files}
            out.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
            return
        width = max((len(str(r["count"])) for r in rows), default=1)
        for r in rows:
            sev = messages.text_for(f"sev.{r['severity']}", self.lang) if r["severity"] else ""
            out.write(f"{r['count']:>{width}}  {r['code']}  {r['name']:<22} {sev}\n".rstrip() + "\n")
        out.write(summary_text(summary, self.lang) + "\n")
