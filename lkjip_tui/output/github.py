"""GitHub Actions workflow commands: each finding an annotation on its line of the file.

    ::error file=data/x.yaml,line=277,col=18,title=LKJ101 capaian-mismatch::capaian IKU1 …

Chosen by itself when `GITHUB_ACTIONS=true` and no format is given. Errors
are `error`, warnings `warning`, infos and waived findings `notice` (with the
waiver's reason). Unusable input and internal errors are `error` annotations
too; the run's summary is the last line, as plain log text.
"""

from __future__ import annotations

from typing import IO

from lkjip_tui import messages
from lkjip_tui.engine import InputError, InternalError
from lkjip_tui.model.findings import Finding
from lkjip_tui.output import Base, Chunk, Summary, internal_message, summary_text, waived_text
from lkjip_tui.values.msg import Msg
from lkjip_tui.values.visible import visible

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(s: str) -> str:
    return visible(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, file: str = "", line: int = 0, column: int = 0, title: str = "") -> str:
    props = []
    if file:
        props.append(f"file={escape_property(file)}")
    if line > 0:
        props.append(f"line={line}")
        if column > 0:
            props.append(f"col={column}")
    if title:
        props.append(f"title={escape_property(title)}")
    head = f"::{level} {','.join(props)}" if props else f"::{level}"
    return f"{head}::{escape_data(message)}\n"


class GithubEmitter(Base):
    def annotation(self, f: Finding) -> str:
        from lkjip_tui.checks import rule_by_code

        rule = rule_by_code(f.code)
        title = f"{f.code} {rule.meta.name}" if rule else f.code
        text = messages.render(f.message, self.lang)
        if f.explanation:
            text += "\n" + messages.parts(f.explanation, self.lang)
        level = LEVELS[f.severity]
        if f.waiver is not None:
            level, text = "notice", f"{text}\n{waived_text(f, self.lang)}"
        return command(level, text, f.file, f.line, f.column, title)

    def body(self, findings: list[Finding]) -> str:
        return "".join(self.annotation(f) for f in findings)

    def chunk(self, out: IO[str], chunk: Chunk) -> None:
        if chunk.error is not None:
            out.write(self._unusable(chunk.error))
        if chunk.body:
            out.write(visible(chunk.body))  # also a body read back from the cache
        for e in chunk.internal:
            out.write(self._internal(e))

    def end(self, out: IO[str], summary: Summary) -> None:
        out.write(self.body(summary.shared))
        out.write(summary_text(summary, self.lang) + "\n")

    def _unusable(self, e: InputError) -> str:
        text = messages.render(Msg(e.key, e.args), self.lang)
        return command("error", text, e.file, e.line, e.column, "lkjip")

    def _internal(self, e: InternalError) -> str:
        return command("error", internal_message(e, self.lang), e.file, title="lkjip internal error")
