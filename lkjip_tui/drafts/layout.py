"""A draft as printed, before the mapping reads it: paragraphs and tables of cells.

Both readers (docx.py, text.py) produce a `Draft`: the narrative's
paragraphs and the tables as printed, in reading order, every cell with its
place. Horizontal merges leave the text in the first cell of the span and
the others blank (`spanned`), as a text export prints them; vertical merges
repeat the cell (`repeated`). The layout repairs that do not depend on the
mapping are made here, once for both formats: a table continued after a
page break (nothing printed between the two parts) is one table, and a
paragraph that leaves a parenthesis open continues in the next one.
"""

from __future__ import annotations

import re
from pathlib import Path

from lkjip_tui.model.document import Paragraph, Unread
from lkjip_tui.model.source import SourceError
from lkjip_tui.values import dates, limits
from lkjip_tui.values.record import Record


class RawCell(Record):
    __slots__ = ("line", "page", "repeated", "spanned", "start", "text")

    def __init__(
        self,
        text: str,
        line: int,
        start: int = 0,
        page: int | None = None,
        spanned: bool = False,
        repeated: bool = False,
    ) -> None:
        self.text = text
        self.line = line  # the paragraph (docx) or line (text export) the cell's text starts in
        self.start = start  # character offset there
        self.page = page
        self.spanned = spanned  # covered by the horizontal merge of the cell before it
        self.repeated = repeated  # a vertical merge: the text of the cell above, repeated


class RawRow(Record):
    __slots__ = ("cells", "line", "page")

    def __init__(self, cells: list[RawCell], line: int, page: int | None = None) -> None:
        self.cells = cells
        self.line = line
        self.page = page

    def texts(self) -> list[str]:
        return [c.text for c in self.cells]

    def joined(self) -> str:
        """The row's text as one line: each distinct cell once (merged cells are not repeated)."""
        return " ".join(c.text for c in self.cells if c.text and not c.spanned and not c.repeated)


class RawTable(Record):
    __slots__ = ("ordinal", "rows")

    def __init__(self, rows: list[RawRow], ordinal: int) -> None:
        self.rows = rows
        self.ordinal = ordinal  # the table's place among the draft's tables, from 1

    @property
    def line(self) -> int:
        return self.rows[0].line if self.rows else 0


Block = Paragraph | RawTable


class Draft(Record):
    """A draft as read, and whose report it is (from its file name or its cover)."""

    __slots__ = ("annual", "blocks", "file", "quarter", "source", "title", "unit", "unread", "year")

    def __init__(
        self,
        file: str,
        source: str,
        blocks: list[Block],
        unread: list[Unread],
        unit: str,
        year: int,
        quarter: int,
        title: str,
        annual: bool = False,
    ) -> None:
        self.file = file
        self.source = source  # "docx" or "text"
        self.blocks = blocks
        self.unread = unread
        self.unit = unit
        self.year = year
        self.quarter = quarter  # 4 for an annual report (it stands at the year's end)
        self.annual = annual
        self.title = title

    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    def tables(self) -> list[RawTable]:
        return [b for b in self.blocks if isinstance(b, RawTable)]


def assemble(
    path: Path, display: str, source: str, blocks: list[Block], unread: list[Unread], parts: list[Paragraph]
) -> Draft:
    """The repaired layout, and whose report it is; refuse a draft with nothing in it."""
    if not any(isinstance(b, RawTable) or b.text.strip() for b in blocks):
        raise SourceError(display, 0, 0, "err.draft_empty")
    blocks = _join_open_parentheses(_merge_split_tables(blocks))
    blocks.extend(parts)  # text boxes, footnotes, headers and footers, after the body
    unit, year, quarter, annual, title = identify(
        path, display, [b for b in blocks if isinstance(b, Paragraph)]
    )
    return Draft(display, source, blocks, unread, unit, year, quarter, title, annual)


def _merge_split_tables(blocks: list[Block]) -> list[Block]:
    """Tables with nothing printed between them are one table continued (after a page break)."""
    out: list[Block] = []
    for b in blocks:
        if isinstance(b, RawTable) and out and isinstance(out[-1], RawTable):
            out[-1] = RawTable(out[-1].rows + b.rows, out[-1].ordinal)
            continue
        out.append(b)
    ordinal = 0
    for i, b in enumerate(out):
        if isinstance(b, RawTable):
            ordinal += 1
            out[i] = RawTable(b.rows, ordinal)
    return out


def _join_open_parentheses(blocks: list[Block]) -> list[Block]:
    """A paragraph that leaves a parenthesis open ("(dua milyar seratus enam") goes on in the next."""
    out: list[Block] = []
    # The paragraph being joined, in pieces, and how many parentheses it leaves open: joining
    # as it goes would copy the text again at each line (10⁵ lines took 45 s).
    pieces: list[Paragraph] = []
    depth = 0

    def flush() -> None:
        if len(pieces) == 1:
            out.append(pieces[0])
        elif pieces:
            first = pieces[0]
            text = "\n".join(p.text for p in pieces)
            lines = tuple(n for p in pieces for n in p.lines)
            out.append(Paragraph(text, lines, first.source, first.page, first.part))
        pieces.clear()

    for b in blocks:
        if not isinstance(b, Paragraph):
            flush()
            out.append(b)
            continue
        opens, closes = b.text.count("("), b.text.count(")")
        if not (pieces and depth > 0 and closes > opens and pieces[0].part == b.part):
            flush()
            depth = 0
        pieces.append(b)
        depth += opens - closes
    flush()
    return out


# ------------------------------------------------------------------ whose report

# bp3mi-sumbar-2023-tw2.docx, or data/bp3mi-sumbar/2023-tw2.docx; an annual report
# (LKjIP) bp3mi-sumbar-2023-tahunan.docx or 2023-lkjip.docx.
_PERIOD = r"(?:(?:tw|q|triwulan)[-_ ]?(?P<q>[1-4]|iv|i{1,3})|(?P<annual>tahunan|lkjip|annual))"
_NAMED = re.compile(r"(?P<unit>[a-z0-9][a-z0-9_.-]*?)[-_ ](?P<year>\d{4})[-_ ]" + _PERIOD, re.I)
_IN_FOLDER = re.compile(r"(?P<year>\d{4})[-_ ]" + _PERIOD, re.I)
_COVER = re.compile(r"\b(?:triwulan|tw)\s*(?P<q>iv|i{1,3}|[1-4])\b[\s,]*(?:tahun\s+)?(?P<year>\d{4})\b", re.I)
# "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) … TAHUN 2023", with no quarter named.
_ANNUAL_COVER = re.compile(
    r"\b(?:lkjip|laporan\s+kinerja\s+instansi\s+pemerintah|laporan\s+kinerja\s+tahunan)\b.*?\btahun\s+(?P<year>\d{4})\b",
    re.I | re.S,
)


def identify(path: Path, display: str, paragraphs: list[Paragraph]) -> tuple[str, int, int, bool, str]:
    """Unit, year, quarter and whether the report is annual, from the file name (UNIT-YEAR-twN
    or UNIT-YEAR-tahunan, or YEAR-… in the unit's folder); year and period from the cover
    when the name gives only the unit. The title is the cover's first line."""
    title = next((" ".join(p.text.split()) for p in paragraphs[:20] if p.text.strip()), "")
    stem = path.stem
    named = _NAMED.fullmatch(stem) or _IN_FOLDER.fullmatch(stem)
    if named is not None:
        unit = named.groupdict().get("unit") or path.resolve().parent.name
        year, q, annual = named.group("year"), named.group("q"), named.group("annual") is not None
    else:
        cover = next((c for p in paragraphs[:40] if (c := _COVER.search(p.text))), None)
        front = "\n".join(p.text for p in paragraphs[:40])
        annual_cover = _ANNUAL_COVER.search(front) if cover is None else None
        if (cover is None and annual_cover is None) or not limits.NAME.fullmatch(stem):
            raise SourceError(
                display, 0, 0, "err.draft_unnamed", example="bp3mi-sumbar-2023-tw2" + path.suffix
            )
        unit, annual = stem, cover is None
        found = cover if cover is not None else annual_cover
        assert found is not None
        year, q = found.group("year"), (cover.group("q") if cover is not None else None)
    quarter = 4 if annual or q is None else dates.parse_quarter(q.upper())
    return unit.lower(), int(year), quarter, annual, title
