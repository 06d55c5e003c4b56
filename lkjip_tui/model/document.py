"""A draft as a document: its paragraphs, what could not be read, and where each value stands.

A report read from a Word draft (or its text export) keeps the draft's
narrative here, paragraph by paragraph, so that the rules on sentences
(numbers in words, dates, periods, written arithmetic) and on the document
(captions, lists of tables, field errors, names) can read it; a data file
keeps the same in its `document:` section (model/narrative.py reads it).

Every value read from a draft has a `Place`: the paragraph, or the table,
row and column, the page where Word recorded page breaks, and the sentence
or row as printed. Findings cite it and review comments are anchored by it.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from lkjip_tui.values.msg import Msg
from lkjip_tui.values.record import Record

# Where a paragraph stands in the draft.
PARTS = ("body", "textbox", "footnote", "header", "footer")
# What a reader could not place: a table row it could not key, a table it could
# not recognise, content it cannot read (a chart, an embedded object).
UNREAD = ("row", "row_doubtful", "row_twice", "table", "content")
# The draft formats (`line` is a line of a text export, a paragraph of a .docx, a paragraph or
# table row of a PDF).
SOURCES = ("text", "docx", "pdf")
# Where a value is printed on a PDF page: the PDF page (from 1, not the printed number), and the
# box from the page's top-left corner, in points (x0, top, x1, bottom).
BBox = tuple[int, float, float, float, float]
# Where a line of a PDF paragraph is printed: its offset in the paragraph's text, its PDF page,
# its printed page, top and bottom, and the left edge of each character then the right edge of
# the last (len(line) + 1 edges).
LineBox = tuple[int, int, int, float, float, tuple[float, ...]]


class Place(Record):
    """Where a value stands in a draft.

    `line` is the line of a text export or the paragraph of a .docx (every
    paragraph of the body counts, those in tables too, in reading order);
    `start`/`end` are character offsets in it. A table cell also names its
    printed table (its label, "Tabel 7", or for a table without a caption the
    heading above it, else its place among the draft's tables), row (counting every printed row) and
    column heading. A place in a PDF has its box on the page (`bbox`).
    """

    __slots__ = (
        "bbox",
        "column",
        "end",
        "heading",
        "line",
        "page",
        "quote",
        "row",
        "source",
        "start",
        "table",
    )

    def __init__(
        self,
        source: str,
        line: int,
        start: int = 0,
        end: int = 0,
        page: int | None = None,
        table: str | int | None = None,
        row: int | None = None,
        column: str | None = None,
        quote: str = "",
        bbox: BBox | None = None,
        heading: str | None = None,
    ) -> None:
        self.source = source
        self.line = line
        self.start = start
        self.end = end
        self.page = page
        self.table = table
        self.row = row
        self.column = column
        self.quote = quote
        self.bbox = bbox
        # For a table without a caption: the heading printed above it, which names it.
        self.heading = heading

    def table_name(self) -> str | Msg | None:
        """The table as the draft prints it: "Tabel 7", the heading above an uncaptioned one,
        else its place among the draft's tables; None outside tables."""
        if self.table is None or isinstance(self.table, str):
            return self.table
        if self.heading:
            return Msg("place.table_below", {"heading": self.heading})
        return Msg("place.table_ordinal", {"n": self.table})

    def msg(self) -> Msg:
        """Where, as a reviewer reads it: "Tabel 7 baris 2 kolom Realisasi, hlm. 6"."""
        table = self.table_name()
        if table is not None:
            if self.column is None:
                where = Msg("place.row", {"table": table, "row": self.row or "?"})
            else:
                where = Msg("place.cell", {"table": table, "row": self.row or "?", "column": self.column})
        else:
            where = Msg(f"place.{self.source}", {"line": self.line})
        if self.page is None:
            return where
        return Msg("place.page", {"where": where, "page": self.page})


class Paragraph(Record):
    """One paragraph of the narrative, as printed.

    A paragraph broken by a stray paragraph mark inside a parenthesis (the
    words of a number continued on the next line) is read joined: `text`
    holds the pieces separated by a newline and `lines` the line of each.
    `at` is where the paragraph stands in the file that was checked (the
    draft itself, or a data file's `document:` section). A paragraph read from
    a PDF has the box of each printed line (`boxes`), to place a figure on the page.
    """

    __slots__ = ("at", "boxes", "compares", "lines", "page", "part", "source", "text")

    def __init__(
        self,
        text: str,
        lines: tuple[int, ...],
        source: str,
        page: int | None = None,
        part: str = "body",
        compares: bool = False,
        at: tuple[int, int] | None = None,
        boxes: tuple[LineBox, ...] = (),
    ) -> None:
        self.text = text
        self.lines = lines
        self.source = source
        self.page = page
        self.part = part
        # The paragraph compares periods on purpose (a pattern of the draft mapping says so).
        self.compares = compares
        self.at = at if at is not None else (lines[0], 1)
        self.boxes = boxes

    @property
    def line(self) -> int:
        return self.lines[0]

    def line_at(self, offset: int) -> tuple[int, int]:
        """The line of the piece holding `offset`, and the offset within that piece."""
        if len(self.lines) == 1:
            return self.lines[0], offset
        starts = _piece_starts(self.text, len(self.lines))
        piece = bisect.bisect_right(starts, offset) - 1
        return self.lines[piece], offset - starts[piece]

    def place(self, start: int, end: int, whole: bool = False) -> Place:
        """Where `text[start:end]` stands; the quote is its sentence (or the whole paragraph)."""
        line, offset = self.line_at(start)
        quote = " ".join(self.text.split()) if whole else sentence_at(self.text, start)
        page, bbox = self.page, None
        if self.boxes:
            page, bbox = box_of(self.boxes, start, end)
        return Place(self.source, line, offset, offset + (end - start), page, quote=quote, bbox=bbox)


def box_of(boxes: tuple[LineBox, ...], start: int, end: int) -> tuple[int, BBox]:
    """The printed page and box of text[start:end] (of the whole paragraph when the span is
    empty), over the lines it covers on the page where it starts."""
    at = max((b for b in boxes if b[0] <= start), key=lambda b: b[0], default=boxes[0])
    end = end if end > start else 1 << 30
    spans = []
    for offset, pdf_page, _, top, bottom, xs in boxes:
        n = len(xs) - 1
        lo, hi = max(0, start - offset), min(n, end - offset)
        if pdf_page == at[1] and hi > lo:
            spans.append((xs[lo], top, xs[hi], bottom))
    if not spans:  # a span on no printed character (a line break): the line it starts in
        spans = [(at[5][0], at[3], at[5][-1], at[4])]
    x0, top, x1, bottom = (min(s[0] for s in spans), min(s[1] for s in spans),
                           max(s[2] for s in spans), max(s[3] for s in spans))  # fmt: skip
    return at[2], (at[1], round(x0, 1), round(top, 1), round(x1, 1), round(bottom, 1))


@lru_cache(maxsize=64)
def _piece_starts(text: str, pieces: int) -> list[int]:
    """Where each piece of a joined paragraph starts (found once, not once per finding)."""
    starts = [0]
    at = text.find("\n")
    while at >= 0 and len(starts) < pieces:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


class Unread(Record):
    """Something of the draft the reader could not place, for the rules to report."""

    __slots__ = ("at", "candidates", "place", "table", "text", "what", "why")

    def __init__(
        self,
        what: str,
        text: str,
        place: Place,
        table: str | None = None,
        candidates: tuple[tuple[str, int], ...] = (),
        at: tuple[int, int] | None = None,
        why: Msg | None = None,
    ) -> None:
        self.what = what
        self.text = text
        self.place = place
        self.table = table
        # The closest names, with their fuzzy scores (0–100): the reader chose none of them.
        self.candidates = candidates
        self.at = at if at is not None else (place.line, 1)
        self.why = why  # an unrecognised table: its headings, the nearest mapping entry, what did not match


class Document(Record):
    """The draft's narrative and what could not be read from it."""

    __slots__ = ("paragraphs", "source", "unread")

    def __init__(
        self, source: str, paragraphs: list[Paragraph] | None = None, unread: list[Unread] | None = None
    ) -> None:
        self.source = source
        self.paragraphs = [] if paragraphs is None else paragraphs
        self.unread = [] if unread is None else unread


# Captions and the lists of them ("Daftar Tabel"): the kinds of numbered things a report
# captions. A caption is a paragraph of its own ("Tabel 3.5. Realisasi …"); a list entry
# ends with dot leaders or a tab and the page ("…..⇥12", or a broken field).
CAPTION_KINDS = ("Tabel", "Grafik", "Gambar", "Diagram", "Bagan")
_KIND = "(?P<kind>(?i:" + "|".join(CAPTION_KINDS) + "))"
# After the number: a full stop or colon, or a title in capitals ("Tabel 3 menunjukkan …" is a sentence).
_CAPTION = re.compile(
    _KIND
    + r"\s+(?P<no>(?:\d+|[IVXL]+)(?:[.\-]\d+)*)(?:\s*[.:]\s*(?P<title>\S[^\t]*)|\s+(?P<upper>[A-Z0-9\"“(][^\t]*)|\s*[.:]?)",
    re.S,
)
# The title runs to the first tab; its dot leaders are stripped after the match (a pattern
# for them, `(?:\s*\.{2,})*` after a lazy title, takes exponential time without a tab).
_ENTRY = re.compile(
    _KIND
    + r"\s++(?P<no>(?:\d++|[IVXL]++)(?:[.\-]\d++)*+)(?:\s*+[.:])?\s++(?P<title>[^\t]*+)\t\s*+(?P<page>\S.*)",
    re.I | re.S,
)
MAX_CAPTION = 400
# A table's continuation on a new page: "Lanjutan Tabel 13", "Tabel 13 (lanjutan)", "(lanjutan)".
_CONTINUATION = re.compile(
    # Possessive: optional marks between runs of spaces are cubic on a long paragraph otherwise.
    r"\(?\s*+lanjutan\b.{0,200}|(?:tabel|tab\.)\s++\S++\s*+[.:]?\s*+\(?\s*+lanjutan\b.{0,200}",
    re.I | re.S,
)


def continuation(text: str) -> bool:
    """Whether a paragraph only says that the table above goes on."""
    return _CONTINUATION.fullmatch(text.strip()) is not None


def caption(text: str) -> tuple[str, str, str] | None:
    """(kind, number, title) of a caption paragraph ("Tabel 7. Pengukuran …"), else None."""
    t = text.strip()
    if len(t) > MAX_CAPTION or "\t" in t or "\n" in t or continuation(t):
        return None
    m = _CAPTION.fullmatch(t)
    if m is None:
        return None
    # A caption may be its number alone, its title on the next line ("Tabel 3.1" / "Interval …").
    title = m.group("title") or m.group("upper") or ""
    return m.group("kind").capitalize(), m.group("no"), title.strip().rstrip(".").strip()


def list_entry(text: str) -> tuple[str, str, str, str] | None:
    """(kind, number, title, page) of an entry of a list of captions, else None."""
    t = text.strip()
    if len(t) > MAX_CAPTION + 40:
        return None
    m = _ENTRY.fullmatch(t)
    if m is None:
        return None
    title = m.group("title").rstrip().rstrip(" .…").strip()
    return m.group("kind").capitalize(), m.group("no"), title, m.group("page").strip()


# Words a full stop follows without ending the sentence ("Rp. 2.106.360.472", "No. 18").
_ABBREVIATIONS = {
    "rp",
    "no",
    "kab",
    "prov",
    "dr",
    "ir",
    "pt",
    "prog",
    "bpk",
    "sdr",
    "h",
    "st",
    "s.d",
    "dll",
    "tbk",
}
_END = re.compile(r"[.!?](?=\s+[A-Z0-9(\"“])|\n")


# A sentence is looked for no further than this either side of its offset: one longer is cut
# anyway, and a paragraph of many findings stays linear to quote.
SCAN = 2000


def sentence_bounds(text: str, offset: int) -> tuple[int, int]:
    """Where the sentence of `text` around `offset` starts and stops (its end mark included)."""
    start, stop = max(0, offset - SCAN), min(len(text), offset + SCAN)
    # The sentence ends of the text, found once (a paragraph of 10⁴ findings quotes 10⁴ times):
    # the last end at or before `offset`, the first after it, within SCAN either side.
    starts, ends = _sentence_ends(text)
    i = bisect.bisect_right(ends, offset)
    if i and ends[i - 1] >= start:
        start = ends[i - 1]
    j = bisect.bisect_left(starts, offset)
    if j < len(ends) and ends[j] <= stop:
        stop = ends[j]
    return start, stop


def sentence_at(text: str, offset: int, limit: int = 240) -> str:
    """The sentence of `text` around `offset`, on one line, cut to about `limit` characters."""
    start, stop = sentence_bounds(text, offset)
    out = " ".join(text[start:stop].split())
    if len(out) <= limit:
        return out
    # Keep the offending figure in view: centre the cut on it.
    centre = len(" ".join(text[start:offset].split()))
    lo = max(0, min(centre - limit // 2, len(out) - limit))
    return ("…" if lo else "") + out[lo : lo + limit].strip() + ("…" if lo + limit < len(out) else "")


@lru_cache(maxsize=64)
def _sentence_ends(text: str) -> tuple[list[int], list[int]]:
    """Where the sentences of a text end: the start and end of each end mark."""
    starts, ends = [], []
    for m in _END.finditer(text):
        if m.group() != "\n" and _abbreviation_before(text, m.start()):
            continue
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


def _abbreviation_before(text: str, dot: int) -> bool:
    word = text[max(0, dot - 6) : dot].split()
    return bool(word) and word[-1].lower().lstrip("(") in _ABBREVIATIONS
