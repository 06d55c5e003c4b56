"""The review note a reviewer pastes into an email or a merge request (`--format markdown`).

Per file: the counts by severity, then the findings grouped by problem — one
figure printed wrong in four tables is one entry listing the four places —
most severe first, each with where it stands (and, for a draft, the sentence
or row as printed), what the rules expect there, and why.
"""

from __future__ import annotations

import re
from typing import IO

from lkjip_tui import messages
from lkjip_tui.engine import InputError
from lkjip_tui.model.findings import SEVERITIES, Finding
from lkjip_tui.output import Base, Chunk, Summary, internal_message
from lkjip_tui.values.msg import Msg
from lkjip_tui.values.visible import visible

_TEXT = {
    "title": ("Catatan reviu lkjip", "lkjip review note"),
    "intro": (
        "Temuan dikelompokkan per masalah; yang bertanda **galat** harus diperbaiki sebelum laporan "
        "disampaikan, *peringatan* sebaiknya dirapikan. Kode dalam kurung adalah kode aturan lkjip "
        "(`lkjip explain KODE`).",
        "Findings are grouped by problem; **errors** must be fixed before the report goes out, *warnings* "
        "should be tidied up. The codes in brackets are lkjip's rule codes (`lkjip explain CODE`).",
    ),
    "counts": (
        "**{errors} galat**, {warnings} peringatan, {infos} info",
        "**{errors} errors**, {warnings} warnings, {infos} info",
    ),
    "where": ("Di", "Where"),
    "expected": ("Yang diharapkan", "Expected"),
    "why": ("Hitungan", "Computation"),
    "rule": ("Aturan", "Rule"),
    "places": ("{n} tempat", "{n} places"),
    "clean": ("Tidak ada temuan.", "No findings."),
    "unusable": ("Tidak dapat diperiksa", "Could not be checked"),
    "rules_files": ("Temuan pada berkas aturan", "Findings on rules files"),
    "total": ("Seluruhnya: {files} berkas; {counts}", "In all: {files} files; {counts}"),
}
_HEADING = {
    "id": {"error": "Galat", "warning": "Peringatan", "info": "Info"},
    "en": {"error": "Errors", "warning": "Warnings", "info": "Info"},
}
_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def _t(key: str, lang: str) -> str:
    ident, en = _TEXT[key]
    return en if lang == "en" else ident


def _md(text: str) -> str:
    """Text from a report, shown as it is (no Markdown emphasis from its underscores)."""
    return _SPECIAL.sub(r"\\\1", " ".join(visible(text).split()))


def _counts(counts: dict[str, int], lang: str) -> str:
    return _t("counts", lang).format(
        errors=counts.get("error", 0), warnings=counts.get("warning", 0), infos=counts.get("info", 0)
    )


def problem_key(f: Finding) -> tuple[object, ...]:
    """One problem: the same rule saying the same thing of the same row and field, wherever it
    stands (a figure printed wrong in four tables gets the same message in each)."""
    row, field = f.row, f.field
    if row is None and field is not None and "." in field:  # a narrative figure of an IKU: IKU5.target
        row, _, field = field.partition(".")
    return (f.code, messages.render(f.message, "id"), row, field)


class MarkdownEmitter(Base):
    def body(self, findings: list[Finding]) -> str:
        lang = self.lang
        groups: dict[tuple[object, ...], list[Finding]] = {}
        for f in sorted(findings, key=Finding.sort_key):
            groups.setdefault(problem_key(f), []).append(f)
        out: list[str] = []
        number = 0
        for severity in SEVERITIES:
            entries = [g for g in groups.values() if g[0].severity == severity]
            if not entries:
                continue
            out.append(f"### {_HEADING.get(lang, _HEADING['id'])[severity]}\n")
            for group in entries:
                number += 1
                out.extend(self._entry(number, group))
        return "\n".join(out) + "\n"

    def _entry(self, number: int, group: list[Finding]) -> list[str]:
        lang = self.lang
        first = group[0]
        places = [self._place(f) for f in group]
        head = f"{number}. **{_md(messages.render(first.message, lang))}** [{first.code}]"
        lines = [head]
        if len(places) > 1:
            lines.append(f"   - {_t('where', lang)} ({_t('places', lang).format(n=len(places))}):")
            lines.extend(f"     - {p}" for p in places)
        else:
            lines.append(f"   - {_t('where', lang)}: {places[0]}")
        if first.expected is not None and first.actual is not None:
            # What the rules' authority gives: the computed interval where it is one.
            iv = first.expected_interval
            expected = iv if iv is not None and not iv.exact else first.expected
            lines.append(f"   - {_t('expected', lang)}: {_md(messages.arg(expected, lang))}")
        if first.explanation:
            lines.append(f"   - {_t('why', lang)}: `{messages.parts(first.explanation, lang)}`")
        if first.rule:
            lines.append(f"   - {_t('rule', lang)}: `{first.rule}`")
        lines.append("")
        return lines

    def _place(self, f: Finding) -> str:
        lang = self.lang
        at = f"`{visible(f.file)}:{f.line}`"
        if f.place is not None:
            where = messages.render(f.place.msg(), lang)
            quote = f" — “{_md(f.place.quote)}”" if f.place.quote else ""
            return f"{_md(where)} ({at}){quote}"
        label = f.table_label or messages.text_for("cli.narrative", lang)
        return f"{_md(label)} ({at})"

    def start(self, out: IO[str]) -> None:
        out.write(f"# {_t('title', self.lang)}\n\n{_t('intro', self.lang)}\n\n")

    def chunk(self, out: IO[str], chunk: Chunk) -> None:
        out.write(f"## {_md(chunk.file)}\n\n")
        if chunk.error is not None:
            out.write(f"{_t('unusable', self.lang)}: {_md(_error(chunk.error, self.lang))}\n\n")
            return
        out.write(_counts(chunk.counts, self.lang) + "\n\n")
        out.write(visible(chunk.body) if chunk.body else _t("clean", self.lang) + "\n")
        for e in chunk.internal:  # a crash of lkjip's, said where the note is read
            out.write(f"\n**{_md(internal_message(e, self.lang))}**\n")
        out.write("\n")

    def end(self, out: IO[str], summary: Summary) -> None:
        if summary.shared:
            out.write(f"## {_t('rules_files', self.lang)}\n\n{self.body(summary.shared)}\n")
        if summary.files > 1:
            counts = _counts(summary.counts, self.lang)
            out.write(_t("total", self.lang).format(files=summary.files, counts=counts) + "\n")


def _error(e: InputError, lang: str) -> str:
    where = f"{e.file}:{e.line}:{e.column}: " if e.line else f"{e.file}: "
    return where + messages.render(Msg(e.key, e.args), lang)
