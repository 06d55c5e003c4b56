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

from lkjip_tui.model.document import BBox, LineBox, Paragraph, Unread, continuation
from lkjip_tui.model.source import SourceError
from lkjip_tui.values import dates, limits
from lkjip_tui.values.record import Record


class RawCell(Record):
    __slots__ = ("bbox", "line", "page", "repeated", "spanned", "start", "text")

    def __init__(
        self,
        text: str,
        line: int,
        start: int = 0,
        page: int | None = None,
        spanned: bool = False,
        repeated: bool = False,
        bbox: BBox | None = None,
    ) -> None:
        self.text = text
        self.line = line  # the paragraph (docx) or line (text export) the cell's text starts in
        self.start = start  # character offset there
        self.page = page
        self.spanned = spanned  # covered by the horizontal merge of the cell before it
        self.repeated = repeated  # a vertical merge: the text of the cell above, repeated
        self.bbox = bbox  # where a PDF prints it


class RawRow(Record):
    __slots__ = ("bbox", "cells", "line", "page")

    def __init__(
        self, cells: list[RawCell], line: int, page: int | None = None, bbox: BBox | None = None
    ) -> None:
        self.cells = cells
        self.line = line
        self.page = page
        self.bbox = bbox

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

    __slots__ = ("annual", "blocks", "file", "names", "quarter", "source", "title", "unit", "unread", "year")

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
        names: tuple[str, ...] = (),
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
        self.names = names  # texts that may name the unit: the file name's words, the cover's lines

    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    def tables(self) -> list[RawTable]:
        return [b for b in self.blocks if isinstance(b, RawTable)]


def assemble(
    path: Path, display: str, source: str, blocks: list[Block], unread: list[Unread], parts: list[Paragraph]
) -> Draft:
    """The repaired layout, and whose report it is (as far as its name and cover say; the
    engine settles the rest, `stated`); refuse a draft with nothing in it."""
    if not any(isinstance(b, RawTable) or b.text.strip() for b in blocks):
        raise SourceError(display, 0, 0, "err.draft_empty")
    blocks = _join_open_parentheses(_merge_split_tables(blocks))
    blocks.extend(parts)  # text boxes, footnotes, headers and footers, after the body
    who, title = identify(path, display, [b for b in blocks if isinstance(b, Paragraph)])
    return Draft(
        display, source, blocks, unread, who.unit, who.year, who.quarter, title, who.annual, who.names
    )


def _merge_split_tables(blocks: list[Block]) -> list[Block]:
    """Tables with nothing printed between them are one table continued (after a page break),
    and so are two with only "Lanjutan Tabel 13" or "(lanjutan)" between them (that marker
    stays, after the table)."""
    out: list[Block] = []
    markers: list[Paragraph] = []  # continuation markers since the last table
    for b in blocks:
        if isinstance(b, Paragraph) and continuation(b.text) and out and isinstance(out[-1], RawTable):
            markers.append(b)
            continue
        if isinstance(b, RawTable) and out and isinstance(out[-1], RawTable):
            out[-1] = RawTable(out[-1].rows + b.rows, out[-1].ordinal)
            continue
        out.extend(markers)
        markers = []
        out.append(b)
    out.extend(markers)
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
            boxes: list[LineBox] = []
            shift = 0
            for p in pieces:  # each piece's boxes, at their offsets in the joined text
                boxes.extend((o + shift, i, n, t, bt, xs) for o, i, n, t, bt, xs in p.boxes)
                shift += len(p.text) + 1
            out.append(Paragraph(text, lines, first.source, first.page, first.part, boxes=tuple(boxes)))
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

# Words of a file name that say what the file is, not whose: "LKj TW II 2023 BP3MI Sumbar
# (draft v3)" is BP3MI Sumbar's. The period words are read before these are dropped.
_NOISE = frozenset(
    [
        "lkj",
        "lkjip",
        "lakip",
        "lki",
        "lkip",
        "laporan",
        "lap",
        "kinerja",
        "akuntabilitas",
        "instansi",
        "pemerintah",
        "draft",
        "draf",
        "final",
        "revisi",
        "rev",
        "versi",
        "ver",
        "copy",
        "salinan",
        "edit",
        "baru",
        "new",
        "fix",
        "ok",
        "tahun",
        "th",
        "thn",
        "report",
    ]
)
_VERSION = re.compile(r"v\d+|\d{1,2}")
_YEAR = re.compile(r"(?:19|20)\d{2}")
_Q = r"(?P<q>iv|i{1,3}|[1-4])"
_QUARTER_WORD = re.compile(r"(?:tw|q|triwulan|trw)" + _Q)  # one token: tw2, twii, q3
_QUARTER_LEAD = re.compile(r"tw|q|triwulan|trw")  # a token a numeral follows: "TW II"
_ANNUAL_WORDS = frozenset({"tahunan", "annual", "lkjip", "lakip", "lkip"})
_COVER_QUARTER = re.compile(r"\b(?:triwulan|tw|trw)\.?\s*(?:ke[\s-]*)?" + _Q + r"\b", re.I)
_COVER_TITLE = re.compile(r"\b(?:lkj|lkjip|lakip|lkip|laporan\s+(?:akuntabilitas\s+)?kinerja)\b", re.I)
_COVER_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d{2})\b")
# Where the cover ends: the first heading of the report's front matter.
_AFTER_COVER = re.compile(
    r"^\s*(?:kata\s+pengantar|daftar\s+isi|ikhtisar|ringkasan\s+eksekutif|bab\s+[1iv]+\b)", re.I
)
_DATING = re.compile(
    r"\W*(?:(?:tahun|ta\.?|periode|anggaran|triwulan|tw)\W*|(?:19|20)\d{2}\W*|[ivx]+\W*)*", re.I
)
_BY = re.compile(r"^\s*(?:by|oleh)\s*:?\s*$", re.I)
COVER_PARAGRAPHS = 25


class Identity(Record):
    """Whose report a draft is, as its file name and cover say: `year` 0 where neither says it.
    `names` are the texts that may name the unit (the file name's words, the cover's lines), for
    the engine to match against the units the catalogues know."""

    __slots__ = ("annual", "names", "quarter", "unit", "year")

    def __init__(self, unit: str, year: int, quarter: int, annual: bool, names: tuple[str, ...]) -> None:
        self.unit = unit
        self.year = year
        self.quarter = quarter
        self.annual = annual
        self.names = names


def _tokens(stem: str) -> list[str]:
    """The words of a name, as written (ASCII letters and digits; "Kab." is "Kab")."""
    return [t for t in re.split(r"[^0-9A-Za-z]+", stem) if t]


def _slug(words: list[str]) -> str:
    slug = "-".join(words)[: limits.MAX_NAME].strip("-")
    return slug if limits.NAME.fullmatch(slug) else ""


def from_name(stem: str) -> tuple[str, str, int, int | None, bool]:
    """(unit slug, the unit's words as named, year or 0, quarter or None, annual) from a file name
    in any of the forms people use: UNIT-YEAR-twN, YEAR-twN, "LKj TW II 2023 BP3MI Sumbar (draft
    v3)", lkjip-2021-dinkes, tanahdatar-2016."""
    written = _tokens(stem)
    tokens = [t.lower() for t in written]
    year, quarter, annual = 0, None, False
    words: list[str] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if not year and _YEAR.fullmatch(t):
            year = int(t)
        elif quarter is None and (m := _QUARTER_WORD.fullmatch(t)) is not None:
            quarter = dates.parse_quarter(m.group("q").upper())
        elif quarter is None and _QUARTER_LEAD.fullmatch(t) and re.fullmatch(_Q, nxt):
            quarter = dates.parse_quarter(nxt.upper())
            i += 1
        elif t in _ANNUAL_WORDS:
            annual = annual or t in ("tahunan", "annual")
            if t in ("lkjip", "lakip", "lkip") and quarter is None:
                annual = True
        elif t not in _NOISE and not _VERSION.fullmatch(t) and not _YEAR.fullmatch(t):
            words.append(written[i])
        i += 1
    if quarter is not None:
        annual = False
    return _slug([w.lower() for w in words]), " ".join(words), year, quarter, annual


def _cover(paragraphs: list[Paragraph]) -> list[str]:
    """The cover's lines: the paragraphs before the front matter's first heading."""
    out = []
    for p in paragraphs[:COVER_PARAGRAPHS]:
        if _AFTER_COVER.match(p.text):
            break
        if p.text.strip():
            out.append(" ".join(p.text.split()))
    return out


def identify(path: Path, display: str, paragraphs: list[Paragraph]) -> tuple[Identity, str]:
    """Whose report a draft is, and its title (the cover's first line).

    The file name decides what it says; the cover says the rest: its title (LAPORAN KINERJA,
    LKj, LKjIP, LAKIP, Laporan Akuntabilitas Kinerja Instansi Pemerintah, Laporan Kinerja
    Triwulan …), its quarter and year, the unit's name. A report no quarter is named for is
    annual. A name that says no unit is the unit's folder (data/bp3mi-sumbar/2023-tw2.docx)."""
    title = next((" ".join(p.text.split()) for p in paragraphs[:20] if p.text.strip()), "")
    slug, named, year, quarter, annual = from_name(path.stem)
    cover = _cover(paragraphs)
    front = "\n".join(cover)
    titled = _COVER_TITLE.search(front)
    if titled is not None:
        after = front[titled.start() :]
        if quarter is None and not annual and (q := _COVER_QUARTER.search(after)) is not None:
            quarter = dates.parse_quarter(q.group("q").upper())
        if not year and (y := _COVER_YEAR.search(after)) is not None:
            year = int(y.group("year"))
    if not year and (y := _COVER_YEAR.search(front)) is not None:
        year = int(y.group("year"))
    # The cover's line after "BY :" / "OLEH", else its lines that are not the title or year.
    by = [cover[i + 1] for i, line in enumerate(cover[:-1]) if _BY.match(line)]
    # A unit the file name names is the unit (bp3mi-contoh-2023-tw2 is not bp3mi-sumbar's, whatever
    # its cover says); the cover names it when the file name does not.
    # Lines that only title or date the report come last: the unit's name is the others'.
    plain = [c for c in cover if not _COVER_TITLE.search(c) and not _DATING.fullmatch(c) and not _BY.match(c)]
    names = (named,) if named else tuple(dict.fromkeys([*by, *plain, *cover]))
    if not slug:
        # The folder as a unit is named: "data/bp3mi-sumbar/" or "Laporan/Dinkes Bantul/".
        slug = from_name(path.resolve().parent.name)[0]
        if not slug and by:
            slug = _slug(_tokens(by[0]))
    if quarter is None:
        annual = True
    return Identity(slug, year, 4 if annual else (quarter or 4), annual, names), title


def stated(draft: Draft, unit: str | None, year: int | None, period: str | None) -> None:
    """Apply what the user states (--unit, --year, --period: "tw2", "II", "tahunan") to a draft;
    refuse a draft whose year is still unknown, naming what would settle it."""
    if unit:
        draft.unit = unit.lower()
    if year:
        draft.year = year
    if period:
        if period.strip().lower() in ("tahunan", "annual", "lkjip", "4-tahunan"):
            draft.annual, draft.quarter = True, 4
        else:
            try:
                draft.annual, draft.quarter = False, dates.parse_quarter(period.upper())
            except dates.DateError:
                raise SourceError(draft.file, 0, 0, "err.draft_period", period=period) from None
    example = "bp3mi-sumbar-2023-tw2" + Path(draft.file).suffix
    if not draft.year:
        raise SourceError(draft.file, 0, 0, "err.draft_unnamed", example=example)
    if not draft.unit:
        raise SourceError(draft.file, 0, 0, "err.draft_no_unit", example=example)
