"""The review note a reviewer pastes into an email or a merge request (`--format markdown`).

Per file: the counts by severity, a summary (which indicators have a wrong
figure, what to fix first), then one entry per problem (output.problems) —
one figure printed wrong in four tables is one entry listing the four
places, with what follows from it folded in — ordered by what it affects,
each with where it stands as the report prints it (and, for a draft, the
sentence or row as printed), what the rules expect there, and why.
"""

from __future__ import annotations

import re
from typing import IO

from lkjip_tui import messages
from lkjip_tui.engine import InputError
from lkjip_tui.model.findings import Finding
from lkjip_tui.model.problems import (
    KINDS,
    Problem,
    consequences,
    iku_summary,
    places,
    problems,
    short_places,
    where,
)
from lkjip_tui.output import Base, Chunk, Summary, internal_message, rule_summary
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
    "rule": ("Aturan", "Rule"),
    "clean": ("Tidak ada temuan.", "No findings."),
    "unusable": ("Tidak dapat diperiksa", "Could not be checked"),
    "rules_files": ("Temuan pada berkas aturan", "Findings on rules files"),
    "total": ("Seluruhnya: {files} berkas; {counts}", "In all: {files} files; {counts}"),
}
_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def _t(key: str, lang: str) -> str:
    ident, en = _TEXT[key]
    return en if lang == "en" else ident


def _md(text: str) -> str:
    """Text from a report, shown as it is (no Markdown emphasis from its underscores)."""
    return _SPECIAL.sub(r"\\\1", " ".join(visible(text).split()))


def _tr(key: str, lang: str, **args: object) -> str:
    return messages.render(Msg(key, args), lang)


def _counts(counts: dict[str, int], lang: str) -> str:
    return _t("counts", lang).format(
        errors=counts.get("error", 0), warnings=counts.get("warning", 0), infos=counts.get("info", 0)
    )


class MarkdownEmitter(Base):
    def body(self, findings: list[Finding]) -> str:
        lang = self.lang
        found = problems(findings)
        out = [f"{_tr('problem.count', lang, problems=len(found), findings=len(findings))}\n"]
        out.extend(self._summary(findings, found))
        number = 0
        for k in KINDS:
            entries = [p for p in found if p.kind == k]
            if not entries:
                continue
            out.append(f"### {messages.text_for('problem.kind.' + k, lang)}\n")
            for problem in entries:
                number += 1
                out.extend(self._entry(number, problem))
        return "\n".join(out) + "\n"

    def _summary(self, findings: list[Finding], found: list[Problem]) -> list[str]:
        """What to fix first: the indicators with a wrong figure, the three most important problems."""
        lang = self.lang
        ikus = iku_summary(findings)
        if not any(ikus.values()) and not found:
            return []

        def some(names: list[str]) -> str:
            if not names:
                return messages.text_for("problem.ikus_none", lang)
            return _tr("problem.ikus_some", lang, n=len(names), ikus=", ".join(names))

        lines = [f"**{messages.text_for('problem.summary', lang)}**\n"]
        if any(ikus.values()):
            lines.append("- " + _tr("problem.ikus", lang, **{k: some(v) for k, v in ikus.items()}))
        lines.append(f"- {messages.text_for('problem.first', lang)}:")
        for problem in found[:3]:
            headline = _md(self._headline(problem))
            at = short_places(sorted(problem.findings, key=Finding.sort_key), lang)  # in the report's order
            lines.append(f"  - {headline} ({_md(at)})")
        lines.append("")
        return lines

    def _headline(self, problem: Problem) -> str:
        return problem.headline(self.lang, rule_summary)

    def _entry(self, number: int, problem: Problem) -> list[str]:
        lang = self.lang
        first = problem.root
        sev = messages.text_for(f"sev.{problem.severity}", lang)
        lines = [f"{number}. **{_md(self._headline(problem))}** [{first.code}, {sev}]"]
        if len(problem.parts) > 1:  # one rule's printing findings: each with its own words
            for part in problem.parts:
                own = places(part)
                where = "; ".join(self._place(f) for f in own)
                lines.append(f"   - {_md(messages.render(part[0].message, lang))} — {where}")
            lines.extend(self._rule(first))
            lines.append("")
            return lines
        part = problem.parts[0]
        own = places(part)
        where = messages.text_for("problem.where", lang)
        if len(own) > 1:
            lines.append(f"   - {where} ({_tr('problem.places', lang, n=len(own))}):")
            lines.extend(f"     - {self._place(f)}" for f in own)
        else:
            lines.append(f"   - {where}: {self._place(own[0])}")
        for follow in consequences(part):
            what = _md(messages.render(follow[0].message, lang))
            at = _md(short_places(follow, lang))
            lines.append(f"   - {_tr('problem.followed', lang, what=what, places=at)} [{follow[0].code}]")
        if first.expected is not None and first.actual is not None:
            # What the rules' authority gives: the computed interval where it is one.
            iv = first.expected_interval
            expected = iv if iv is not None and not iv.exact else first.expected
            lines.append(
                f"   - {messages.text_for('problem.expected', lang)}: {_md(messages.arg(expected, lang))}"
            )
        if first.explanation:
            why = _md(messages.parts(first.explanation, lang))
            lines.append(f"   - {messages.text_for('problem.computation', lang)}: {why}")
        lines.extend(self._rule(first))
        lines.append("")
        return lines

    def _rule(self, f: Finding) -> list[str]:
        return [f"   - {_t('rule', self.lang)}: {_md(f.rule)}"] if f.rule else []

    def _place(self, f: Finding) -> str:
        """Where, as the report prints it, and the sentence or row as printed; a data file's
        finding also by its file and line, where its reviewer edits it."""
        lang = self.lang
        if f.place is not None:
            quote = f" — “{_md(f.place.quote)}”" if f.place.quote else ""
            return f"{_md(where(f, lang))}{quote}"
        return f"{_md(where(f, lang))} (`{visible(f.file)}:{f.line}`)"

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
