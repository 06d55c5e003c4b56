"""Findings told as problems, for what people read (text, the review note, Word comments, the TUI).

A problem is a root finding with every finding that follows from it
(`Finding.caused_by`, set by engine.causes): the root's own places (one
figure printed wrong in three tables) and its consequences (the capaian
computed from that wrong realisasi), told once. The printing and document
rules' findings of one rule are one problem too — "numbers printed in the
English style" is one thing to fix, in several places.

Problems are ordered by what they affect: the indicators' figures, then
totals and the budget, then sentences and content, then printing and the
document; within each, errors first, then in the order of the report.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from lkjip_tui import messages
from lkjip_tui.model.findings import SEVERITIES, Finding
from lkjip_tui.values.msg import Msg
from lkjip_tui.values.record import Record

KINDS = ("figures", "totals", "content", "printing")
# An indicator's figures: a finding of the figures theme on one of these is about an IKU.
IKU_FIGURES = ("target", "target_tahunan", "realisasi", "capaian", "predikat")
# The themes (a rule code's first digit) told as one problem per rule: how things are printed,
# and what the text says of dates, periods, numbering and required cells (one fix each).
BY_RULE = ("0", "4", "5", "7")


def kind(f: Finding) -> str:
    theme = f.code[3:4]
    if theme in ("1", "2"):
        return "figures"
    if theme == "3":
        return "figures" if iku_figure(f) is not None else "totals"
    if theme in ("4", "6"):
        return "content"
    return "printing"


def iku_figure(f: Finding) -> tuple[str, str] | None:
    """(IKU, figure) when a finding is about an indicator's target, realisasi or capaian."""
    if f.field is None:
        return None
    if f.row is None:
        iku, dot, field = f.field.partition(".")
        return (iku, field) if dot and field in IKU_FIGURES else None
    if f.field in IKU_FIGURES and f.row_label is not None and f.row_label.endswith(f"({f.row})"):
        return (f.row, f.field)
    return None


class Problem(Record):
    """One problem: `parts` are its roots, each with the findings that follow from it (root
    first); one part unless one rule's printing findings are told together."""

    __slots__ = ("kind", "parts")

    def __init__(self, parts: list[list[Finding]]) -> None:
        self.parts = parts
        self.kind = kind(parts[0][0])

    @property
    def root(self) -> Finding:
        return self.parts[0][0]

    @property
    def findings(self) -> list[Finding]:
        return [f for part in self.parts for f in part]

    @property
    def severity(self) -> str:
        return min((f.severity for f in self.findings), key=SEVERITIES.index)

    def headline(self, lang: str, summary: Callable[[str, str], str | None] | None = None) -> str:
        """What the problem is in one line: the root's message, or for one rule's findings told
        together, the rule's summary (`summary(code, lang)`)."""
        if len(self.parts) > 1 and summary is not None:
            said = summary(self.root.code, lang)
            if said:
                return said
        return messages.render(self.root.message, lang)

    def sort_key(self) -> tuple[int, int, tuple[str, int, int, str]]:
        return (KINDS.index(self.kind), SEVERITIES.index(self.severity), self.root.sort_key())


def _what(f: Finding) -> tuple[str, str | None]:
    """A finding's rule and the figure it is about (an IKU's capaian wherever printed)."""
    fig = iku_figure(f)
    return (f.code, fig[1] if fig is not None else f.field)


def places(part: list[Finding]) -> list[Finding]:
    """A part's own places: the root's rule on the root's figure, wherever it found it."""
    return [f for f in part if _what(f) == _what(part[0])]


def consequences(part: list[Finding]) -> list[list[Finding]]:
    """What follows from a part's root, by rule and figure: each list one message, its places."""
    out: dict[tuple[str, str | None], list[Finding]] = {}
    for f in part:
        if _what(f) != _what(part[0]):
            out.setdefault(_what(f), []).append(f)
    return list(out.values())


def problems(findings: Iterable[Finding]) -> list[Problem]:
    """The findings as problems, most important first."""
    ordered = sorted(findings, key=Finding.sort_key)
    by_fp = {f.fingerprint: f for f in ordered if f.fingerprint}
    parts: dict[int, list[Finding]] = {}
    for f in ordered:
        root = by_fp.get(f.caused_by, f) if f.caused_by else f
        parts.setdefault(id(root), [root] if root is not f else []).append(f)
    for part in parts.values():  # the root first, then what follows in the report's order
        root = part[0]
        part.sort(key=lambda g: (g is not root, _what(g) != _what(root), g.sort_key()))
    merged: dict[object, list[list[Finding]]] = {}
    for key, part in parts.items():
        root = part[0]
        group = (root.code, root.severity) if root.code[3:4] in BY_RULE else key
        merged.setdefault(group, []).append(part)
    return sorted((Problem(ps) for ps in merged.values()), key=Problem.sort_key)


def where(f: Finding, lang: str) -> str:
    """Where a finding stands, as the report prints it: the draft's place ("Tabel 7 baris 2
    kolom Realisasi, hlm. 6", "paragraf 412"), else a data file's table and row."""
    if f.place is not None:
        return messages.render(f.place.msg(), lang)
    table = f.table_label or messages.text_for("cli.narrative", lang)
    if f.row_label:
        return f"{table}, {f.row_label}"
    return f"{table} ({messages.render(Msg('place.text', {'line': f.line}), lang)})"


def row_and_column(f: Finding, lang: str) -> str:
    """A finding's row and column in few words, for a list that names the table apart: the
    draft's printed row and column heading ("baris 8 · REALISASI"), its paragraph for a
    sentence ("paragraf 412"), else a data file's row and figure ("IKU2 · realisasi")."""
    if f.place is not None and f.place.table is not None:
        row = str(f.place.row or "?")
        key = "place.row_column" if f.place.column else "place.row_only"
        return messages.render(Msg(key, {"row": row, "column": f.place.column or ""}), lang)
    if f.place is not None:
        return messages.render(Msg(f"place.{f.place.source}", {"line": f.place.line}), lang)
    row, field = f.row or "", f.field or ""
    iku, dot, figure = field.partition(".")
    if dot and not row:  # a narrative figure of an indicator: IKU2.realisasi
        row, field = iku, figure
    return " · ".join(p.replace("_", " ") for p in (row, field) if p)


def short_places(found: list[Finding], lang: str, full: bool = False) -> str:
    """Several places in one phrase: "Tabel 1, Tabel 7 dan baris 508"; `full` names each
    place whole (its row and column too)."""
    seen: dict[str, None] = {}
    for f in found:
        if full:
            label = where(f, lang)
        elif f.place is not None and f.place.table is not None:
            name = f.place.table_name()
            label = messages.render(name, lang) if isinstance(name, Msg) else str(name)
        elif f.place is not None:
            label = messages.render(Msg(f"place.{f.place.source}", {"line": f.place.line}), lang)
        else:
            label = f.table_label or messages.text_for("cli.narrative", lang)
        seen.setdefault(label, None)
    return messages.render(Msg("seq.and", {"items": list(seen)}), lang)


def iku_summary(findings: Iterable[Finding]) -> dict[str, list[str]]:
    """Which indicators have a wrong target, realisasi or capaian: figure -> IKUs, in order."""
    out: dict[str, dict[str, None]] = {"target": {}, "realisasi": {}, "capaian": {}}
    for f in findings:
        if f.severity != "error" or f.code[3:4] not in ("1", "2", "3"):
            continue
        fig = iku_figure(f)
        if fig is not None:
            field = "target" if fig[1] == "target_tahunan" else fig[1]
            if field in out:
                out[field].setdefault(fig[0], None)
    return {k: sorted(v, key=_natural) for k, v in out.items()}


def _natural(s: str) -> tuple[str, int]:
    head = s.rstrip("0123456789")
    tail = s[len(head) :]
    return (head, int(tail) if tail else 0)
