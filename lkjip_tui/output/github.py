"""GitHub Actions workflow commands: findings as annotations on their lines of the file.

    ::error file=data/x.yaml,line=277,col=18,title=LKJ101 capaian-mismatch::capaian IKU1 …

Chosen by itself when `GITHUB_ACTIONS=true` and no format is given. Errors
are `error`, warnings `warning`, infos and waived findings `notice` (with the
waiver's reason). Unusable input and internal errors are `error` annotations
too; the run's summary is the last line, as plain log text.

GitHub shows at most 10 error, 10 warning and 10 notice annotations per step
(and 50 per job; actions/toolkit, docs/problem-matchers.md) and drops the rest
without a word. So the annotations are chosen: per kind, unusable input and
internal errors first, then the first finding of each rule in each file before
a second of any;
every other finding is a plain log line, a last notice says how many were not
annotated, and with `$GITHUB_STEP_SUMMARY` set the job summary gets the whole
review (the markdown format, grouped by problem).
"""

from __future__ import annotations

import os
from decimal import Decimal
from typing import IO, Any

from lkjip_tui import messages
from lkjip_tui.engine import InputError, InternalError
from lkjip_tui.model.findings import Finding
from lkjip_tui.output import Base, Chunk, Summary, internal_message, summary_text, waived_text
from lkjip_tui.values.msg import Msg
from lkjip_tui.values.visible import visible

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}
PER_STEP = 10  # annotations of each kind GitHub shows for one step
STEP_SUMMARY_BYTES = 1024 * 1024  # GitHub refuses a step summary past 1 MiB


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
    """Annotations chosen within GitHub's caps, the rest as log lines; the job summary."""

    def __init__(self, lang: str, color: bool = False) -> None:
        super().__init__(lang)
        from lkjip_tui.output.markdown import MarkdownEmitter

        self.quiet = False
        self.step_summary = os.environ.get("GITHUB_STEP_SUMMARY") or None
        self._review = MarkdownEmitter(lang)
        # (importance, level, fields of the command), in the order they came.
        self._items: list[tuple[int, str, list[Any]]] = []
        self._seen: dict[str, int] = {}  # findings so far of each rule in each file
        self._chunks: list[Chunk] = []

    def annotation(self, f: Finding) -> list[Any]:
        """A finding's annotation: [level, message, file, line, column, title]."""
        from lkjip_tui.checks import rule_by_code

        rule = rule_by_code(f.code)
        title = f"{f.code} {rule.meta.name}" if rule else f.code
        text = messages.render(f.message, self.lang)
        if f.explanation:
            text += "\n" + messages.parts(f.explanation, self.lang)
        level = LEVELS[f.severity]
        if f.waiver is not None:
            level, text = "notice", f"{text}\n{waived_text(f, self.lang)}"
        return [level, text, f.file, f.line, f.column, title]

    def body(self, findings: list[Finding]) -> dict[str, Any]:
        return {"annotations": [self.annotation(f) for f in findings], "review": self._review.body(findings)}

    def chunk(self, out: IO[str], chunk: Chunk) -> None:
        if chunk.error is not None:
            self._add(0, self._unusable(chunk.error))
        for e in chunk.internal:
            self._add(0, self._internal(e))
        body = chunk.body if isinstance(chunk.body, dict) else {}
        for item in body.get("annotations", []):
            self._add(1, item)
        if self.step_summary:
            self._chunks.append(chunk.replace(body=body.get("review")))

    def _add(self, importance: int, item: list[Any]) -> None:
        # The first finding of each rule in each file before a second of any: the nth ranks n.
        key = f"{item[2]}\0{item[5]}"
        nth = self._seen.get(key, 0) if importance else 0
        self._seen[key] = nth + 1
        self._items.append((importance + nth, str(item[0]), item))

    def end(self, out: IO[str], summary: Summary) -> None:
        for f in summary.shared:
            self._add(1, self.annotation(f))
        chosen: set[int] = set()
        shown = dict.fromkeys(LEVELS.values(), 0)
        cap = dict.fromkeys(LEVELS.values(), PER_STEP)
        if len(self._items) > PER_STEP * len(cap) or any(
            sum(lv == level for _, lv, _ in self._items) > PER_STEP for level in cap
        ):
            cap["notice"] -= 1  # the last notice says what was not annotated
        order = sorted(range(len(self._items)), key=lambda i: self._items[i][0])
        for i in order:
            level = self._items[i][1]
            if shown[level] < cap[level]:
                shown[level] += 1
                chosen.add(i)
        for i, (_, _, item) in enumerate(self._items):
            out.write(command(*item) if i in chosen else _log_line(item))
        left = len(self._items) - len(chosen)
        if left:
            key = "ci.github_more" if self.step_summary else "ci.github_more_no_summary"
            out.write(
                command(
                    "notice",
                    messages.render(Msg(key, {"count": Decimal(left), "cap": Decimal(PER_STEP)}), self.lang),
                )
            )
        if not self.quiet:
            out.write(summary_text(summary, self.lang) + "\n")
        if self.step_summary:
            self._write_summary(summary)

    def _write_summary(self, summary: Summary) -> None:
        """The markdown review, appended to the job summary (as GitHub asks), within its cap."""
        import io

        from lkjip_tui.output import Summary as Totals

        assert self.step_summary is not None
        review, totals = io.StringIO(), Totals()
        self._review.start(review)
        size, cut = len(review.getvalue().encode("utf-8")), 0
        for chunk in self._chunks:
            part = io.StringIO()
            self._review.chunk(part, totals.add(chunk))
            text = part.getvalue()
            size += len(text.encode("utf-8"))
            if size > STEP_SUMMARY_BYTES - 4096:  # room left for the end and the note
                cut += 1
                continue
            review.write(text)
        self._review.end(review, summary)
        if cut:
            review.write(
                "\n> " + messages.render(Msg("ci.summary_cut", {"files": Decimal(cut)}), self.lang) + "\n"
            )
        try:
            with open(self.step_summary, "a", encoding="utf-8") as f:
                f.write(review.getvalue())
        except OSError as e:
            if self.errors is not None:
                self.errors.write(f"{self.step_summary}: {e.strerror or e}\n")

    def _unusable(self, e: InputError) -> list[Any]:
        text = messages.render(Msg(e.key, e.args), self.lang)
        return ["error", text, e.file, e.line, e.column, "lkjip"]

    def _internal(self, e: InternalError) -> list[Any]:
        return ["error", internal_message(e, self.lang), e.file, 0, 0, "lkjip internal error"]


def _log_line(item: list[Any]) -> str:
    """A finding not annotated, as a plain log line (its text on one line)."""
    level, text, file, line, column, title = item
    where = f"{file}:{line}:{column}" if line else str(file)
    return f"{where}: {level}: {title}: {visible(' '.join(str(text).split()))}\n"
