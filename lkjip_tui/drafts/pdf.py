"""Reading a published report (.pdf) with pdfplumber, as untrusted input.

A PDF has no paragraphs or tables, only characters placed on pages; this
rebuilds what Word's reader gives (a `Draft`):

- tables from their ruling lines (pdfplumber's table finder); where a page
  has none, from the words' alignment (its text strategy) over the lines
  that stand in columns. A cell merged over columns leaves the next ones
  blank (`spanned`), one merged over rows repeats in them (`repeated`), as
  in a Word draft; a table continued on the next page is one table (layout.py
  joins tables with nothing printed between them);
- paragraphs from lines: a line goes on in the next one (a word broken by a
  hyphen is joined, a word too wide for its table cell too) until a gap, a
  change of font, a caption, or a short line ending a sentence; a paragraph
  cut by a page break goes on over the page;
- running headers and footers (lines in the page's margins printed again on
  other pages) and page numbers are parts of their own, never body text;
  the printed page number (where the footer or header shows one, checked
  against its neighbours) is every value's page, the PDF page otherwise.

Every paragraph line and every cell keeps its box on the page, for findings
(JSON `place.bbox`) and the annotated copy. A paragraph or a table row is a
"line" of the draft, counted in reading order.

Refused, each with an error naming the file (and the page): a file that is
not a PDF or is broken, an encrypted one, too many pages or bytes, a content
stream that inflates too far or a page that takes too long (a PDF bomb),
pages with no text layer (scans) and text in fonts without a Unicode map.
"""

from __future__ import annotations

import logging
import re
import signal
import threading
import zlib
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from statistics import median
from typing import Any

from lkjip_tui.drafts.layout import Block, Draft, RawCell, RawRow, RawTable, assemble
from lkjip_tui.model.document import BBox, LineBox, Paragraph
from lkjip_tui.model.source import SourceError, file_error

MAX_BYTES = 128 * 1024 * 1024  # the file itself
MAX_PAGES = 2000
MAX_CHARS = 60_000  # characters on one page (a dense A4 page prints ~5,000)
MAX_STREAM = 32 * 1024 * 1024  # one content stream, inflated
PAGE_SECONDS = 20.0  # reading one page
TREE_SECONDS = 60.0  # walking the page tree
SCAN_CHARS = 20  # a page with an image and fewer characters than this is a scan

_CID = re.compile(r"\(cid:\d+\)")
_PAGE_NUMBER = re.compile(
    r"(?:(?:hlm|hal|halaman|page)\.?\s*+)?[-–—]?\s*+(?P<n>\d{1,4})\s*+[-–—]?(?:\s*+(?:dari|of)\s*+\d{1,4})?",
    re.I,
)
_CAPTION_START = re.compile(r"(?:Tabel|Grafik|Gambar|Diagram|Bagan)\s+[0-9IVX]+(?:\.\d+)*\s*[.:]?\s", re.I)
_PAGE_REF = re.compile(r"(?:[0-9]{1,4}|[ivxlcdm]{1,8}|(?:Error|Kesalahan)\s*[!:].*)", re.I)
_LIST_HEADING = re.compile(r"DAFTAR\s+(?:ISI|TABEL|GRAFIK|GAMBAR|DIAGRAM|BAGAN|LAMPIRAN)", re.I)
# An entry of such a list: its title (dot leaders kept), then the page or Word's field error.
_LIST_ENTRY = re.compile(
    r"(?P<title>.*?\S)(?:[ \t]+(?P<page>[0-9]{1,4}|[ivxlcdm]{1,8})|(?<=[a-z])(?P<glued>[0-9]{1,4})"
    r"|[ \t]*(?P<error>(?:Error|Kesalahan)\s*[!:].*))",
    re.S,
)
_SENTENCE_END = re.compile(r"[.:;!?][\"”’)]?$")
_MARGIN = 0.1  # headers and footers stand in the page's top and bottom tenth


def read(path: Path, display: str) -> Draft:
    check_file(path, display)
    with _open(path, display) as pdf:
        pages = _pages(pdf, display)
        read_pages = [_read_page(page, i, display) for i, page in enumerate(pages, start=1)]
    scans = [p.index for p in read_pages if p.scan]
    if scans:
        raise SourceError(display, 0, 0, "err.pdf_scanned", pages=_page_list(scans))
    _mark_margins(read_pages)
    printed = _printed_pages(read_pages)
    blocks, parts = _Assembler(printed, _Words(read_pages)).read(read_pages)
    return assemble(path, display, "pdf", blocks, [], parts)


def _page_list(pages: list[int]) -> str:
    shown = ", ".join(map(str, pages[:10]))
    return shown + (f" (+{len(pages) - 10})" if len(pages) > 10 else "")


# ------------------------------------------------------------------ opening, bounded


def check_file(path: Path, display: str) -> None:
    """Refuse what is not a PDF of a bounded size before any parser opens it."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(1024)
    except OSError as e:
        raise file_error(display, e) from None
    if size == 0:
        raise SourceError(display, 0, 0, "err.empty")
    if size > MAX_BYTES:
        raise SourceError(display, 0, 0, "err.too_large", size=size, limit=MAX_BYTES)
    if b"%PDF-" not in head:
        raise SourceError(display, 0, 0, "err.pdf_not_pdf", reason=f"starts with {head[:8]!r}")


@contextmanager
def _open(path: Path, display: str) -> Iterator[Any]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError

    # pdfminer logs what it repairs (a missing MediaBox, a broken xref): lkjip says what matters.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        pdf = pdfplumber.open(path)
    except PdfminerException as e:
        cause = e.args[0] if e.args else e
        if isinstance(cause, PDFEncryptionError):
            raise SourceError(display, 0, 0, "err.pdf_encrypted") from None
        raise SourceError(display, 0, 0, "err.pdf_broken", reason=_reason(cause)) from None
    except (RecursionError, MemoryError) as e:
        raise SourceError(display, 0, 0, "err.pdf_bomb", reason=type(e).__name__) from None
    except Exception as e:  # pdfminer raises many kinds on a broken file (PSEOF, KeyError, …)
        raise SourceError(display, 0, 0, "err.pdf_broken", reason=_reason(e)) from None
    try:
        yield pdf
    finally:
        try:
            pdf.close()  # walks the pages again: on a broken page tree it fails again
        except Exception:
            pdf.stream.close()


def _pages(pdf: Any, display: str) -> list[Any]:
    """The pages, their count checked before the page tree is walked (a tree of a million pages)."""
    from pdfminer.pdftypes import resolve1

    try:
        with _deadline(TREE_SECONDS):
            tree = resolve1(pdf.doc.catalog.get("Pages"))
            declared = resolve1(tree.get("Count")) if isinstance(tree, dict) else None
            if isinstance(declared, int) and declared > MAX_PAGES:
                raise SourceError(
                    display, 0, 0, "err.pdf_bomb", reason=f"{declared} pages (limit {MAX_PAGES})"
                )
            pages: list[Any] = pdf.pages
    except SourceError:
        raise
    except TimeoutError:
        raise SourceError(
            display, 0, 0, "err.pdf_bomb", reason=f"the page tree took over {PAGE_SECONDS:g} s"
        ) from None
    except (RecursionError, MemoryError) as e:
        raise SourceError(display, 0, 0, "err.pdf_bomb", reason=type(e).__name__) from None
    except Exception as e:  # pdfminer on a broken page tree
        raise SourceError(display, 0, 0, "err.pdf_broken", reason=_reason(e)) from None
    if len(pages) > MAX_PAGES:
        raise SourceError(display, 0, 0, "err.pdf_bomb", reason=f"{len(pages)} pages (limit {MAX_PAGES})")
    if not pages:
        raise SourceError(display, 0, 0, "err.draft_empty")
    return pages


def _reason(e: BaseException) -> str:
    text = str(e).strip()
    return f"{type(e).__name__}: {text}" if text else type(e).__name__


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Interrupt the page's reading after `seconds` (where signals can: the main thread)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise TimeoutError

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _check_streams(page: Any, display: str, index: int) -> None:
    """Refuse a page whose content inflates beyond MAX_STREAM (pdfminer would inflate it whole)."""
    from pdfminer.pdftypes import PDFStream, resolve1

    def streams() -> Iterator[Any]:
        contents = resolve1(page.page_obj.attrs.get("Contents"))
        for c in contents if isinstance(contents, list) else [contents]:
            yield resolve1(c)
        resources = resolve1(page.page_obj.attrs.get("Resources")) or {}
        xobjects = resolve1(resources.get("XObject")) if isinstance(resources, dict) else None
        for x in (xobjects or {}).values() if isinstance(xobjects, dict) else ():
            yield resolve1(x)

    for s in streams():
        if not isinstance(s, PDFStream):
            continue
        filters = s.get_filters()
        if not filters or getattr(filters[0][0], "name", None) != "FlateDecode":
            continue
        inflate = zlib.decompressobj()
        try:
            out = inflate.decompress(s.rawdata or b"", MAX_STREAM + 1)
        except zlib.error:
            continue  # pdfminer says what is wrong with it, or skips it
        if len(out) > MAX_STREAM:
            raise SourceError(
                display,
                0,
                0,
                "err.pdf_bomb_page",
                page=index,
                reason=f"a stream inflates beyond {MAX_STREAM} bytes",
            )


class _Page:
    """One page as read: words (with their characters' edges), tables, margins."""

    def __init__(self, index: int, width: float, height: float) -> None:
        self.index = index
        self.width = width
        self.height = height
        self.lines: list[_Line] = []  # outside tables, in reading order
        self.tables: list[_Table] = []
        self.scan = False
        self.left = 0.0  # the body's left edge
        self.right = width


class _Line:
    __slots__ = ("bottom", "font", "margin", "text", "top", "x0", "x1", "xs")

    def __init__(self, words: list[dict[str, Any]]) -> None:
        texts: list[str] = []
        xs: list[float] = []
        for w in words:
            if texts:
                texts.append(" ")
                # the space starts where the previous word ends (xs[-1] already)
            text = w["text"]
            texts.append(text)
            chars = w.get("chars") or []
            if len(chars) == len(text):
                xs.extend(float(c["x0"]) for c in chars)
            else:  # ligatures expanded: spread the word's width over its letters
                step = (w["x1"] - w["x0"]) / max(1, len(text))
                xs.extend(float(w["x0"]) + i * step for i in range(len(text)))
            xs.append(float(w["x1"]))
        self.text = "".join(texts)
        self.xs = tuple(xs)
        self.x0 = min(float(w["x0"]) for w in words)
        self.x1 = max(float(w["x1"]) for w in words)
        self.top = min(float(w["top"]) for w in words)
        self.bottom = max(float(w["bottom"]) for w in words)
        fonts = Counter(
            (w.get("fontname", ""), round(float(w.get("size", 0)))) for w in words for _ in w["text"]
        )
        self.font = fonts.most_common(1)[0][0]
        self.margin = ""  # "header" or "footer" when it is running text in a margin


class _Table:
    __slots__ = ("bbox", "rows", "top")

    def __init__(
        self,
        top: float,
        rows: list[list[tuple[str, tuple[float, float, float, float] | None, str]]],
        bbox: tuple[float, float, float, float],
    ) -> None:
        self.top = top
        self.rows = rows  # each cell: text, box, and "" / "spanned" / "repeated"
        self.bbox = bbox


def _read_page(page: Any, index: int, display: str) -> _Page:
    out = _Page(index, float(page.width), float(page.height))
    try:
        with _deadline(PAGE_SECONDS):
            _check_streams(page, display, index)
            chars = page.chars
            if len(chars) > MAX_CHARS:
                raise SourceError(
                    display,
                    0,
                    0,
                    "err.pdf_bomb_page",
                    page=index,
                    reason=f"{len(chars)} characters (limit {MAX_CHARS})",
                )
            _check_text(chars, page, display, index, out)
            if out.scan or not chars:
                return out
            words = page.extract_words(return_chars=True, extra_attrs=["fontname", "size"])
            tables = _ruled_tables(page)
            free = _outside(words, [t.bbox for t in tables])
            lines = _lines(free)
            found = _aligned_tables(page, lines)
            if found:
                tables.extend(found)
                lines = _lines(_outside(free, [t.bbox for t in found]))
            out.tables = [_table(t, words) for t in tables]
            out.tables = [t for t in out.tables if t.rows]
            out.lines = lines
    except SourceError:
        raise
    except TimeoutError:
        raise SourceError(
            display, 0, 0, "err.pdf_bomb_page", page=index, reason=f"reading took over {PAGE_SECONDS:g} s"
        ) from None
    except (RecursionError, MemoryError) as e:
        raise SourceError(display, 0, 0, "err.pdf_bomb_page", page=index, reason=type(e).__name__) from None
    except Exception as e:  # pdfminer on a broken page
        raise SourceError(display, 0, 0, "err.pdf_broken_page", page=index, reason=_reason(e)) from None
    body = [ln for ln in out.lines]
    if body:
        out.left = min(ln.x0 for ln in body)
        out.right = max(ln.x1 for ln in body)
    return out


def _check_text(chars: list[dict[str, Any]], page: Any, display: str, index: int, out: _Page) -> None:
    """A scan (an image and no text), or text in fonts without a Unicode map (gibberish)."""
    printed = [c for c in chars if not c["text"].isspace()]
    if len(printed) < SCAN_CHARS and page.images:
        covered = sum((i["x1"] - i["x0"]) * (i["bottom"] - i["top"]) for i in page.images)
        if covered > 0.3 * float(page.width) * float(page.height):
            out.scan = True
            return
    if not printed:
        return
    unmapped = sum(1 for c in printed if _CID.fullmatch(c["text"]) or _unprintable(c["text"]))
    if unmapped > 0.1 * len(printed):
        raise SourceError(
            display, 0, 0, "err.pdf_no_unicode", page=index, share=round(100 * unmapped / len(printed))
        )


def _unprintable(text: str) -> bool:
    return any(ord(ch) < 32 or 0xE000 <= ord(ch) <= 0xF8FF or ch == "\ufffd" for ch in text)


# ------------------------------------------------------------------ geometry


Box = tuple[float, float, float, float]


def _inside(w: dict[str, Any], box: Box) -> bool:
    cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
    return bool(box[0] <= cx <= box[2] and box[1] <= cy <= box[3])


def _outside(words: list[dict[str, Any]], boxes: list[Box]) -> list[dict[str, Any]]:
    return [w for w in words if not any(_inside(w, b) for b in boxes)]


def _lines(words: list[dict[str, Any]]) -> list[_Line]:
    """Words in lines, top to bottom, each line left to right."""
    out: list[list[dict[str, Any]]] = []
    bottom = -1.0
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        height = w["bottom"] - w["top"]
        if out and w["top"] < bottom - 0.5 * height:
            out[-1].append(w)
            bottom = max(bottom, w["bottom"])
        else:
            out.append([w])
            bottom = w["bottom"]
    return [_Line(sorted(ws, key=lambda w: w["x0"])) for ws in out]


class _Found:
    """A table as pdfplumber found it, before its cells are read."""

    def __init__(self, table: Any) -> None:
        self.table = table
        x0, top, x1, bottom = table.bbox
        self.bbox: Box = (float(x0), float(top), float(x1), float(bottom))


def _ruled_tables(page: Any) -> list[_Found]:
    found = [_Found(t) for t in page.find_tables()]
    # A single framed cell is a text box (a cover's "BY : …"), read as paragraphs.
    return [f for f in found if len(f.table.cells) > 1]


_TEXT_STRATEGY = {"vertical_strategy": "text", "horizontal_strategy": "text", "min_words_vertical": 2}


def _aligned_tables(page: Any, lines: list[_Line]) -> list[_Found]:
    """Tables without ruling lines: runs of lines whose words stand in three or more columns
    (gaps wider than a tab), found by pdfplumber's text strategy over them."""
    out: list[_Found] = []
    run: list[_Line] = []
    for ln in [*lines, None]:
        if ln is not None and _columns(ln) >= 3:
            run.append(ln)
            continue
        if ln is not None and run and ln.x0 > min(r.x0 for r in run) + 40 and ln.top - run[-1].bottom < 8:
            run.append(ln)  # a cell's text wrapped onto a line of its own
            continue
        if sum(1 for r in run if _columns(r) >= 3) >= 2:
            box = (min(r.x0 for r in run) - 1, run[0].top - 1, max(r.x1 for r in run) + 1, run[-1].bottom + 1)
            for t in page.crop(box).find_tables(_TEXT_STRATEGY):
                if len(t.columns) >= 3 and len(t.rows) >= 2:
                    out.append(_Found(t))
        run = []
    return out


def _columns(ln: _Line) -> int:
    """How many columns a line's text stands in: runs of words parted by gaps wider than a
    justified line stretches its spaces (twice the font size, at least 12 points)."""
    xs = ln.xs
    cols = 1
    gap = max(12.0, 2.0 * ln.font[1])
    for i, ch in enumerate(ln.text):
        if ch == " " and xs[i + 1] - xs[i] > gap:
            cols += 1
    return cols


def _table(found: _Found, words: list[dict[str, Any]]) -> _Table:
    table = found.table
    col_x = [c.bbox[0] if c.bbox is not None else None for c in table.columns]
    rows: list[list[tuple[str, Box | None, str]]] = []
    boxes: list[list[Box | None]] = []
    inside = [w for w in words if _inside(w, found.bbox)]
    for row in table.rows:
        cells: list[tuple[str, Box | None, str]] = []
        for c, box in enumerate(row.cells):
            if box is not None:
                cell_words = [w for w in inside if _inside(w, box)]
                cells.append((_cell_text(_lines(cell_words), box), _words_box(cell_words) or box, ""))
                continue
            left = next((row.cells[k] for k in range(c - 1, -1, -1) if row.cells[k] is not None), None)
            x0 = col_x[c] if c < len(col_x) and col_x[c] is not None else None
            if left is not None and x0 is not None and left[2] > x0 + 1:
                cells.append(("", None, "spanned"))
                continue
            above = next((k for k in range(len(rows) - 1, -1, -1) if boxes[k][c] is not None), None)
            if above is not None and row.bbox is not None:
                a_box = boxes[above][c]
                if a_box is not None and a_box[3] > row.bbox[1] + 1:
                    cells.append((rows[above][c][0], None, "repeated"))
                    continue
            cells.append(("", None, ""))
        rows.append(cells)
        boxes.append(list(row.cells))
    # Rows of blanks (a text strategy's gap line) say nothing.
    kept = [r for r in rows if any(t for t, _, _ in r)]
    return _Table(found.bbox[1], kept, found.bbox)


def _words_box(words: list[dict[str, Any]]) -> Box | None:
    if not words:
        return None
    return (min(w["x0"] for w in words), min(w["top"] for w in words),
            max(w["x1"] for w in words), max(w["bottom"] for w in words))  # fmt: skip


_BROKEN = "\x00"  # where a word may have been broken by a narrow cell, resolved once all is read


def _cell_text(lines: list[_Line], box: Box) -> str:
    """A cell's lines as one text, a hyphenated word joined without the hyphen. Where a word
    may have been broken because the cell is too narrow for it (its line filled to the cell's
    edge), _BROKEN marks the break: `_Words.mend` decides."""
    text = ""
    prev: _Line | None = None
    for ln in lines:
        text = ln.text if prev is None else _join(text, ln.text, forced=_forced_break(prev, ln, box))
        prev = ln
    return text.strip()


def _forced_break(prev: _Line, ln: _Line, box: Box) -> bool:
    """A word wider than its cell, broken where the cell ends: its line holds it alone, filled
    to the cell's edge, and with the next line's first word it would not fit the cell at all."""
    if " " in prev.text or not ln.text or (not prev.text[-1:].isalnum() and prev.text[-1:] not in "./"):
        return False
    a, b = prev.text[-1], ln.text[0]
    if a.isalpha() and (not b.isalpha() or a.isupper() != b.isupper()) and not (a.isupper() and b.islower()):
        return False
    if a.isdigit() != (b.isdigit() or b == ".") and a != ".":
        return False
    pad = max(0.0, prev.x0 - box[0])
    inner = box[2] - box[0] - 2 * pad
    rest = ln.text.split(" ", 1)[0]
    first = ln.xs[1] - ln.xs[0]  # the width of the next line's first letter
    return (
        box[2] - pad - prev.x1 < first + 0.5 and (prev.x1 - prev.x0) + (ln.xs[len(rest)] - ln.xs[0]) > inner
    )


def _join(text: str, more: str, forced: bool = False) -> str:
    """Two lines of one paragraph: a hyphenated word joined (unless the hyphen is its own, as
    in "indikator-indikator", "sehari-hari", "2022-2023"), otherwise a space between."""
    if forced:
        return text + _BROKEN + more
    if text.endswith("-") and len(text) > 1 and text[-2].isalpha() and more[:1].islower():
        before = text[:-1].rsplit(" ", 1)[-1].lower()
        after = more.split(" ", 1)[0].lower().rstrip(".,;:)")
        shares = len(after) >= 3 and (after[:4] in before or before[-4:] in after)
        if not shares:
            return text[:-1] + more
        return text + more
    return text + " " + more


# ------------------------------------------------------------------ margins and page numbers


def _mark_margins(pages: list[_Page]) -> None:
    """Lines in a page's top or bottom tenth are a header or footer when they are a page number,
    or when the same text (numbers aside) stands at the same height on another page."""
    seen: Counter[tuple[str, str, int]] = Counter()
    keys: dict[int, tuple[str, str, int]] = {}
    for page in pages:
        for ln in page.lines:
            band = _band(page, ln)
            if band:
                key = (band, re.sub(r"\d+", "#", ln.text.lower()), round(ln.top / 4))
                keys[id(ln)] = key
                seen[key] += 1
    for page in pages:
        for ln in page.lines:
            found = keys.get(id(ln))
            if found is not None and (seen[found] > 1 or _PAGE_NUMBER.fullmatch(ln.text.strip())):
                ln.margin = found[0]


def _band(page: _Page, ln: _Line) -> str:
    if ln.bottom < _MARGIN * page.height:
        return "header"
    if ln.top > (1 - _MARGIN) * page.height:
        return "footer"
    return ""


def _printed_pages(pages: list[_Page]) -> dict[int, int]:
    """Each PDF page's printed number: what its header or footer prints, where that agrees with
    the numbering of the other pages (a constant offset from the PDF page); else the PDF page."""
    shown: dict[int, int] = {}
    for page in pages:
        for ln in page.lines:
            m = _PAGE_NUMBER.fullmatch(ln.text.strip()) if ln.margin else None
            if m is not None:
                shown[page.index] = int(m.group("n"))
    offsets = Counter(n - i for i, n in shown.items())
    if not offsets:
        return {p.index: p.index for p in pages}
    offset = offsets.most_common(1)[0][0]
    agreed = {i for i, n in shown.items() if n - i == offset}
    return {p.index: (p.index + offset if p.index in agreed else p.index) for p in pages}


# ------------------------------------------------------------------ paragraphs and tables


class _Words:
    """The document's words, to tell a word broken by a narrow cell ("Penempat|an") from two
    words on two lines ("Penurunan|kasus"): the two pieces make a word the document prints
    elsewhere, or the pieces are words of their own, or neither (a broken word)."""

    def __init__(self, pages: list[_Page]) -> None:
        texts = [ln.text for p in pages for ln in p.lines]
        for p in pages:
            for tb in p.tables:
                for r in tb.rows:
                    for t, _, _ in r:
                        pieces = t.split(_BROKEN)
                        # The words beside a possible break are left out: they may be pieces.
                        texts += [" ".join(x.split()[int(i > 0) : len(x.split()) - int(i < len(pieces) - 1)])
                                  for i, x in enumerate(pieces)]  # fmt: skip
        self.words = {w.lower() for t in texts for w in re.findall(r"\w+", t)}

    def mend(self, text: str) -> str:
        """Each break, left to right, joined or spaced by the words on either side of it (a
        scan, not a pattern searched from every start: linear on a long line)."""
        if _BROKEN not in text:
            return text
        pieces = text.split(_BROKEN)
        out = pieces[0]
        for piece in pieces[1:]:
            i = len(out)
            while i and not out[i - 1].isspace():
                i -= 1
            j = 0
            while j < len(piece) and not piece[j].isspace():
                j += 1
            out = out[:i] + self._join(out[i:], piece[:j]) + piece[j:]
        return out

    def _join(self, before: str, after: str) -> str:
        p = re.sub(r"\W", "", before.lower().rsplit("/", 1)[-1])
        f = re.sub(r"\W.*", "", after.lower())
        if not before or not after or before[-1] in ",;:)":
            return before + " " + after
        if before[-1:].isdigit() or before.endswith(".") or after[:1].isdigit() or after.startswith("."):
            return before + after  # a figure broken over lines: "1.357" ".944." "000"
        if p + f in self.words:
            return before + after
        if p in self.words and f in self.words:
            return before + " " + after  # "Penurunan kasus", "TRIWULAN II"
        if len(f) <= 2:
            return before + after  # "Penempat an", "Indonesi a"
        if f in self.words or p in self.words or (len(p) >= 6 and len(f) >= 4):
            return before + " " + after  # "Informasi penempatan"
        return before + after


class _Assembler:
    def __init__(self, printed: dict[int, int], words: _Words) -> None:
        self.printed = printed
        self.words = words
        self.line = 0  # paragraphs and table rows, counted in reading order
        self.blocks: list[Block] = []
        self.parts: list[Paragraph] = []
        self.open: list[tuple[_Line, int]] = []  # the paragraph being read: its lines and PDF pages
        self.in_list = False  # among the entries of a list of contents, tables, figures

    def blocks_of(self, pages: list[_Page]) -> None:
        spacing = _spacing(pages)
        for page in pages:
            items: list[tuple[float, int, _Line | _Table]] = [
                (ln.top, 0, ln) for ln in page.lines if not ln.margin
            ]
            items += [(t.top, 1, t) for t in page.tables]
            for ln in page.lines:
                if ln.margin:
                    self.parts.append(self._paragraph([(ln, page.index)], ln.margin))
            prev: _Line | None = None
            for _, _, item in sorted(items, key=lambda it: (it[0], it[1])):
                if isinstance(item, _Table):
                    self._close()
                    table = self._table(item, page.index)
                    before = self.blocks[-1] if self.blocks else None
                    if isinstance(before, RawTable) and before.rows and before.rows[-1].bbox is not None:
                        if before.rows[-1].bbox[0] == page.index - 1 and table.rows:
                            _drop_repeated_heading(before.rows, table.rows)
                        if before.rows[-1].bbox[0] == page.index - 1 and table.rows:
                            _join_split_row(before.rows, table.rows, self.words)
                            if not table.rows:
                                continue
                    self.blocks.append(table)
                    prev = None
                    continue
                if self.open and not self._continues(self.open[-1][0], item, prev, page, spacing):
                    self._close()
                self.open.append((item, page.index))
                prev = item
            # A paragraph goes on over the page break only when its sentence does.
            if self.open and (_SENTENCE_END.search(self.open[-1][0].text) or self.open[-1][0].margin):
                self._close()
        self._close()

    def read(self, pages: list[_Page]) -> tuple[list[Block], list[Paragraph]]:
        self.blocks_of(pages)
        return self.blocks, self.parts

    def _continues(self, last: _Line, ln: _Line, prev: _Line | None, page: _Page, spacing: float) -> bool:
        if prev is None:  # the first line of the page: the paragraph went on from the page before
            return bool(ln.text[:1].islower())
        if ln.top - last.bottom > spacing + 2:
            return False
        if ln.font != last.font or last.text.isupper() != ln.text.isupper():
            return False  # a heading: another font, or set in capitals
        if _PAGE_REF.fullmatch(ln.text) and ln.x1 > page.right - 5 and ln.x0 > page.left + 100:
            return True  # a contents entry's page, wrapped onto a line of its own
        if _CAPTION_START.match(ln.text):
            return False
        width = page.right - page.left
        return not (last.x1 < page.right - 0.15 * width and _SENTENCE_END.search(last.text))

    def _close(self) -> None:
        if self.open:
            p = self._paragraph(self.open, "body")
            self.open = []
            if _LIST_HEADING.fullmatch(p.text.strip()):
                self.in_list = True
            elif self.in_list:
                entry = _LIST_ENTRY.fullmatch(p.text)
                if entry is not None and "\t" not in p.text:  # the tab Word prints before the page
                    page = entry.group("page") or entry.group("glued") or entry.group("error")
                    p = p.replace(text=entry.group("title") + "\t" + page)
                elif entry is None and not _CAPTION_START.match(p.text):
                    self.in_list = False
            self.blocks.append(p)

    def _paragraph(self, lines: list[tuple[_Line, int]], part: str) -> Paragraph:
        self.line += 1
        text = ""
        boxes: list[LineBox] = []
        for ln, index in lines:
            if not text:
                offset, text = 0, ln.text
            elif _PAGE_REF.fullmatch(ln.text) and ln.x0 > lines[0][0].x0 + 100:
                offset, text = len(text) + 1, text + "\t" + ln.text  # a contents entry's page, wrapped
            else:
                joined = _join(text, ln.text)
                offset, text = len(joined) - len(ln.text), joined
            boxes.append((offset, index, self.printed[index], round(ln.top, 1), round(ln.bottom, 1), ln.xs))
        text = _tabbed(text, lines)
        first = lines[0][1]
        return Paragraph(text, (self.line,), "pdf", self.printed[first], part, boxes=tuple(boxes))

    def _table(self, table: _Table, index: int) -> RawTable:
        page = self.printed[index]
        rows: list[RawRow] = []
        for cells in table.rows:
            self.line += 1
            raw = [
                RawCell(
                    self.words.mend(text),
                    self.line,
                    0,
                    page,
                    kind == "spanned",
                    kind == "repeated",
                    _bbox(index, box),
                )
                for text, box, kind in cells
            ]
            boxes = [box for _, box, _ in cells if box is not None]
            row_box = _union(boxes)
            rows.append(RawRow(raw, self.line, page, _bbox(index, row_box)))
        return RawTable(rows, 0)


def _drop_repeated_heading(rows: list[RawRow], more: list[RawRow]) -> None:
    """The heading rows a table repeats at the top of each page it runs over are printed once."""
    n = 0
    while n < len(more) and n < len(rows) - 1 and more[n].texts() == rows[n].texts():
        n += 1
    del more[:n]


def _join_split_row(rows: list[RawRow], more: list[RawRow], words: _Words) -> None:
    """A row broken by the page break: the first row of the part on the next page only goes on
    with the texts of the last row (no figure of its own, blank where the last row has figures).
    Its texts are appended to the last row's (to every row a merged cell repeats in)."""
    last, first = rows[-1], more[0]
    if len(first.cells) != len(last.cells) or first.cells[0].text:
        return
    filled = [i for i, c in enumerate(first.cells) if c.text and not c.spanned]
    figures = {i for i, c in enumerate(last.cells) if _FIGURE.fullmatch(c.text)}
    if not filled or not figures or any(i in figures or not last.cells[i].text for i in filled):
        return
    for i in filled:
        cont = first.cells[i].text
        whole = words.mend(last.cells[i].text + _BROKEN + cont)
        # The rows the merged cell spans, above (on this page) and below (on the next).
        k = len(rows) - 1
        while k > 0 and rows[k].cells[i].repeated:
            k -= 1
        for row in rows[k:]:
            row.cells[i] = row.cells[i].replace(text=whole)
        for row in more[1:]:
            if i < len(row.cells) and row.cells[i].repeated and row.cells[i].text == cont:
                row.cells[i] = row.cells[i].replace(text=whole)
    del more[0]


_FIGURE = re.compile(r"[-+]?\s*(?:Rp\.?\s*)?[0-9][0-9.,]*\s*%?")


def _tabbed(text: str, lines: list[tuple[_Line, int]]) -> str:
    """A contents entry ("Tabel 7. Pengukuran …….  21"): the wide gap before the page is a tab."""
    last = lines[-1][0]
    if "\t" in text:
        return text
    start = len(text) - len(last.text)
    for i, ch in enumerate(last.text):
        if ch == " " and last.xs[i + 1] - last.xs[i] > 20 and _PAGE_REF.fullmatch(last.text[i + 1 :]):
            return text[: start + i] + "\t" + text[start + i + 1 :]
    return text


def _union(boxes: list[Box]) -> Box | None:
    if not boxes:
        return None
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def _bbox(index: int, box: Box | None) -> BBox | None:
    if box is None:
        return None
    return (index, round(box[0], 1), round(box[1], 1), round(box[2], 1), round(box[3], 1))


def _spacing(pages: list[_Page]) -> float:
    """The usual gap between two lines of a paragraph."""
    gaps = [
        b.top - a.bottom
        for p in pages
        for a, b in zip(p.lines, p.lines[1:], strict=False)
        if not a.margin and not b.margin and 0 <= b.top - a.bottom < 30
    ]
    return median(gaps) if gaps else 4.0
