"""A draft's narrative as the review shows it: the paragraphs that state a figure of the
report or carry a finding, each with the spans to mark.

Pure: the Narasi tab only draws what `narrative_view` returns, and `paragraph_of`
says which of its paragraphs a finding stands in (for Enter on the finding).
Spans are offsets in the paragraph's text as printed (`Paragraph.text`, whose
pieces are joined by a newline); a value's `Place` is an offset in its piece.
"""

from __future__ import annotations

from collections.abc import Iterable

from lkjip_tui.model.document import Paragraph, Place
from lkjip_tui.model.findings import SEVERITIES, Finding
from lkjip_tui.model.report import Report
from lkjip_tui.values.record import Record

KINDS = ("figure", "finding")


class Mark(Record):
    """A span to mark: a stated figure, or the text a finding is about."""

    __slots__ = ("end", "finding", "kind", "start")

    def __init__(self, start: int, end: int, kind: str, finding: Finding | None = None) -> None:
        self.start = start
        self.end = end
        self.kind = kind  # one of KINDS
        self.finding = finding  # for a "finding" mark: which


class ShownParagraph(Record):
    """A paragraph of the narrative with its marks, sorted by where they start."""

    __slots__ = ("facts", "findings", "marks", "paragraph")

    def __init__(
        self, paragraph: Paragraph, marks: list[Mark], facts: list[str], findings: list[Finding]
    ) -> None:
        self.paragraph = paragraph
        self.marks = marks
        self.facts = facts  # the facts it states, in order
        self.findings = findings  # the findings that stand in it

    @property
    def worst(self) -> str | None:
        """The severity of its most severe finding that counts (not waived)."""
        counted = [f.severity for f in self.findings if f.waiver is None]
        return min(counted, key=SEVERITIES.index, default=None)


def span_in(paragraph: Paragraph, place: Place) -> tuple[int, int] | None:
    """Where a place stands in the paragraph's text, if it is in it."""
    if place.table is not None or place.line not in paragraph.lines:
        return None
    piece = paragraph.lines.index(place.line)
    pieces = paragraph.text.split("\n")
    if piece >= len(pieces):  # more lines than pieces: the last piece holds the rest
        piece = len(pieces) - 1
    base = sum(len(p) + 1 for p in pieces[:piece])
    start = min(base + place.start, len(paragraph.text))
    end = min(base + max(place.end, place.start), len(paragraph.text))
    return start, end


def narrative_view(report: Report, findings: Iterable[Finding]) -> list[ShownParagraph]:
    """The paragraphs of the report's document that state a fact or carry a finding, in
    the document's order; none for a report without a document (a data file)."""
    document = report.document
    if document is None:
        return []
    by_line: dict[int, int] = {}
    for i, p in enumerate(document.paragraphs):
        for line in p.lines:
            by_line.setdefault(line, i)
    marks: dict[int, list[Mark]] = {}
    facts: dict[int, list[str]] = {}
    carried: dict[int, list[Finding]] = {}

    def at(place: Place | None) -> tuple[int, tuple[int, int]] | None:
        if place is None or place.table is not None or place.line not in by_line:
            return None
        i = by_line[place.line]
        span = span_in(document.paragraphs[i], place)
        return (i, span) if span is not None else None

    for fact, mentions in report.mentions.items():
        for m in mentions:
            if m.table is not None:
                continue
            found = at(m.cell.place)
            if found is None:
                continue
            i, (start, end) = found
            if end > start:
                marks.setdefault(i, []).append(Mark(start, end, "figure"))
            if fact not in facts.setdefault(i, []):
                facts[i].append(fact)
    for f in findings:
        found = at(f.place)
        if found is None:
            continue
        i, (start, end) = found
        carried.setdefault(i, []).append(f)
        if end > start:
            marks.setdefault(i, []).append(Mark(start, end, "finding", f))
    shown = sorted({*marks, *facts, *carried})
    return [
        ShownParagraph(
            document.paragraphs[i],
            sorted(marks.get(i, []), key=lambda m: (m.start, KINDS.index(m.kind))),
            facts.get(i, []),
            carried.get(i, []),
        )
        for i in shown
    ]


def paragraph_of(view: list[ShownParagraph], finding: Finding) -> int | None:
    """The position in `view` of the paragraph a finding stands in, if it stands in one."""
    for n, shown in enumerate(view):
        if any(f is finding for f in shown.findings):
            return n
    place = finding.place
    if place is None or place.table is not None:
        return None
    return next((n for n, s in enumerate(view) if place.line in s.paragraph.lines), None)
