"""Which findings follow from others, so that one problem is told once where people read.

A finding is caused by another (`Finding.caused_by`, the other's fingerprint) when

- both come from one rule about one figure: the figure printed wrong, or
  undefined, in several places is one problem, its first place the root;
- it is about a figure computed from a figure another finding says is wrong:
  a capaian from its realisasi or target, a predikat from its capaian
  (`DERIVED`); only findings about a figure's value (the capaian, targets and
  figures themes) are causes, not how the value is printed;
- it is a computation written in the prose (a finding outside those themes that
  computed a value, `expected_interval`) of a figure a value finding says is
  wrong or undefined: the sample's "((3-0)/1) × 100% = - 3%" works out IKU2's
  realisasi, whose rate is undefined; the figure is the problem, not the
  arithmetic that printed it. A computation of no figure, or of a figure no
  value finding questions, stays a problem of its own;
- it stands on exactly the cells of a more severe finding of another rule
  (a date outside the period that is also before the event it reports).

The grouping knows figures and cells, never rule codes, so a new rule's
findings fold in by the same reasoning. Every finding is kept: the machine
formats carry `caused_by`; the human ones show a root with what follows from it.
"""

from __future__ import annotations

from collections.abc import Iterable

from lkjip_tui.model.findings import SEVERITIES, Finding

# A figure of an IKU and the figures it is computed from.
DERIVED = {"capaian": ("realisasi", "target"), "predikat": ("capaian",)}
# The themes whose findings say a figure's value is wrong (capaian, targets, figures).
VALUE_THEMES = ("1", "2", "3")

Figure = tuple[str, str, str]  # (table or "" for an IKU's or a fact's figure, row, field)


def figure(f: Finding, ikus: Iterable[str]) -> Figure | None:
    """The figure a finding is about: an IKU's figure wherever it is printed (its table row,
    a narrative sentence's `IKU5.target`), a fact, or a table's cell; None for a finding
    about a sentence or the document."""
    if f.field is None:
        return None
    if f.row is None:
        row, dot, field = f.field.partition(".")
        return ("", row, field) if dot else ("", "", f.field)
    if f.row in ikus:
        return ("", f.row, f.field)
    return (f.table or "", f.row, f.field)


def _rank(f: Finding) -> tuple[int, tuple[str, int, int, str]]:
    return (SEVERITIES.index(f.severity), f.sort_key())


def link(findings: list[Finding], ikus: Iterable[str]) -> None:
    """Set each finding's `caused_by` to the fingerprint of the root it follows from."""
    ikus = set(ikus)
    for f in findings:
        f.caused_by = ""
    live = [f for f in findings if f.waiver is None]
    parent: dict[int, Finding] = {}  # id(finding) -> the finding it follows from

    # One rule on one figure: the first place is the root.
    first: dict[tuple[str, Figure], Finding] = {}
    for f in sorted(live, key=_rank):
        fig = figure(f, ikus)
        if fig is None:
            continue
        root = first.setdefault((f.code, fig), f)
        if root is not f:
            parent[id(f)] = root

    # A derived figure's finding follows from a finding on the figure it is computed from.
    value_roots: dict[Figure, Finding] = {}
    for (code, fig), root in sorted(first.items(), key=lambda kv: _rank(kv[1])):
        if code[3:4] in VALUE_THEMES:
            value_roots.setdefault(fig, root)
    for (_code, fig), root in first.items():
        table, row, field = fig
        for source in DERIVED.get(field, ()):
            cause = value_roots.get((table, row, source))
            if cause is not None and cause is not root and id(cause) not in parent:
                parent[id(root)] = cause
                break

    # A computation in the prose of a figure a value finding questions follows from that finding.
    for (code, fig), root in first.items():
        if code[3:4] in VALUE_THEMES or root.expected_interval is None or id(root) in parent:
            continue
        cause = value_roots.get(fig)
        if cause is not None:
            parent[id(root)] = cause

    # Another rule on exactly the same cells, more severe or found first: the same problem.
    groups: dict[int, list[Finding]] = {}
    for f in live:
        groups.setdefault(id(_root(f, parent)), []).append(f)
    cells: list[tuple[Finding, frozenset[tuple[str, str, str]]]] = []
    for members in groups.values():
        if all(m.table and m.row and m.field for m in members):
            root = _root(members[0], parent)
            cells.append((root, frozenset((m.table or "", m.row or "", m.field or "") for m in members)))
    cells.sort(key=lambda rc: _rank(rc[0]))
    for i, (root, mine) in enumerate(cells):
        for other, theirs in cells[:i]:
            if other.code != root.code and mine <= theirs:
                parent[id(root)] = _root(other, parent)
                break

    for f in live:
        root = _root(f, parent)
        if root is not f:
            f.caused_by = root.fingerprint


def _root(f: Finding, parent: dict[int, Finding]) -> Finding:
    seen = 0
    while id(f) in parent and seen < 64:  # chains are short; the bound guards a cycle
        f = parent[id(f)]
        seen += 1
    return f
