"""Reading a Word draft (.docx) with python-docx, as untrusted input.

Before python-docx opens the file, the container is checked: an old binary
Word file (.doc) or a password-protected one (both OLE compound files) is
named as such; a file that is not a zip, a zip of too many members, too much
uncompressed content or too high a compression ratio (a zip bomb) is refused.
zipfile never inflates a member beyond its declared size, and lxml refuses
XML nested deeper than 256 levels or entities to expand, so memory stays
bounded. Every refusal is a SourceError naming the file and what is wrong.

The body is read in order: paragraphs (text of runs, hyperlinks, insertions,
fields' shown results, equations; not deleted text) and tables (a
horizontal merge leaves the text in its first grid column, a vertical merge
repeats the cell above). Text boxes are read as paragraphs where they stand;
footnotes, endnotes, headers and footers after the body. Charts and embedded
objects, whose text cannot be read, are reported as unread, never dropped
silently. Every paragraph has an ordinal — its "line" — counting every
paragraph of the body in reading order, those in tables and text boxes
too: `paragraphs()` gives them in that order, for review comments.
"""

from __future__ import annotations

import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lkjip_tui.drafts.layout import Block, Draft, RawCell, RawRow, RawTable, assemble
from lkjip_tui.model.document import Paragraph, Place, Unread
from lkjip_tui.model.source import SourceError, file_error
from lkjip_tui.values import limits

MAX_BYTES = 64 * 1024 * 1024  # the .docx file itself
MAX_MEMBERS = 10_000
MAX_UNCOMPRESSED = 256 * 1024 * 1024  # all members together, as declared
MAX_RATIO = 100  # uncompressed / compressed, for members above RATIO_FROM bytes
RATIO_FROM = 1024 * 1024

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P, TBL, TR, TC, R = W + "p", W + "tbl", W + "tr", W + "tc", W + "r"
_CONTAINERS = {
    W + "hyperlink",
    W + "ins",
    W + "smartTag",
    W + "fldSimple",
    W + "customXml",
    W + "moveTo",
    W + "dir",
    W + "bdo",
}
_SKIPPED = {W + "del", W + "moveFrom", W + "pPr", W + "rPr"}
_MATH = {_M + "oMath", _M + "oMathPara"}
_NOTE_TYPES = {"footnotes": "footnote", "endnotes": "footnote", "header": "header", "footer": "footer"}


class _TooLarge(Exception):
    """A table beyond values/limits.py: (its place among the draft's tables, its paragraph,
    what is too many, how many, the limit)."""


class _BadPart(Exception):
    """A note, header or footer part that is not XML: (its part name, the problem)."""


def read(path: Path, display: str) -> Draft:
    document = open_docx(path, display)
    body = getattr(document.element, "body", None)
    if body is None:  # a document part without <w:body>, or of another root element
        raise SourceError(display, 0, 0, "err.docx_not_word", reason="word/document.xml has no w:body")
    reader = _Reader(document)
    try:
        blocks = reader.blocks(body, "body")
        parts = reader.parts(document)
    except _TooLarge as e:
        table, line, what, count, limit = e.args
        args = {"table": table, "limit": limit} | ({"count": count} if what == "columns" else {})
        raise SourceError(display, line, 0, f"err.docx_table_{what}", **args) from None
    except _BadPart as e:
        raise SourceError(display, 0, 0, "err.docx_xml", part=e.args[0], problem=e.args[1]) from None
    return assemble(path, display, "docx", blocks, reader.unread, parts)


def open_docx(path: Path, display: str) -> Any:
    """The python-docx Document of a .docx that passed the container checks."""
    check_container(path, display)
    import docx
    from lxml import etree

    try:
        return docx.Document(str(path))
    except etree.XMLSyntaxError as e:
        raise SourceError(display, 0, 0, "err.docx_xml", part="word/*.xml", problem=str(e)) from None
    except (zipfile.BadZipFile, EOFError, OSError) as e:
        raise SourceError(display, 0, 0, "err.docx_not_zip", reason=str(e)) from None
    except Exception as e:  # python-docx on a package that is no Word document (no main part, wrong type)
        raise SourceError(display, 0, 0, "err.docx_not_word", reason=f"{type(e).__name__}: {e}") from None


def check_container(path: Path, display: str) -> None:
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):  # a FIFO would block the read
            raise SourceError(display, 0, 0, "err.not_regular")
        size = st.st_size
        with path.open("rb") as f:
            head = f.read(8)
            if head == _OLE:
                # Both a .doc and an encrypted .docx are OLE compound files; the latter holds
                # an "EncryptedPackage" stream.
                data = f.read(min(size, MAX_BYTES))
                raise SourceError(
                    display, 0, 0, "err.docx_encrypted" if _ENCRYPTED in data else "err.docx_old_word"
                )
    except OSError as e:
        raise file_error(display, e) from None
    if size > MAX_BYTES:
        raise SourceError(display, 0, 0, "err.too_large", size=size, limit=MAX_BYTES)
    if size == 0:
        raise SourceError(display, 0, 0, "err.empty")
    if not head.startswith(b"PK"):
        raise SourceError(display, 0, 0, "err.docx_not_zip", reason=f"starts with {head[:4]!r}")
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError) as e:
        raise SourceError(display, 0, 0, "err.docx_not_zip", reason=str(e)) from None
    if len(infos) > MAX_MEMBERS:
        raise SourceError(
            display, 0, 0, "err.docx_bomb", reason=f"{len(infos)} members (limit {MAX_MEMBERS})"
        )
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED:
        raise SourceError(
            display, 0, 0, "err.docx_bomb", reason=f"{total} bytes uncompressed (limit {MAX_UNCOMPRESSED})"
        )
    for i in infos:
        if i.file_size > RATIO_FROM and i.file_size > MAX_RATIO * max(i.compress_size, 1):
            ratio = i.file_size // max(i.compress_size, 1)
            raise SourceError(display, 0, 0, "err.docx_bomb", reason=f"{i.filename} compressed {ratio}:1")


# ------------------------------------------------------------------ walking the XML


def _blocks(container: Any) -> Iterator[Any]:
    """The paragraphs and tables of a body, cell, text box or note, in order."""
    for child in container:
        tag = child.tag
        if tag in (P, TBL):
            yield child
        elif tag == W + "sdt":
            content = child.find(W + "sdtContent")
            if content is not None:
                yield from _blocks(content)
        elif tag == W + "customXml":
            yield from _blocks(child)


def _layout_cell(tbl: Any) -> Any:
    """The one cell of a table of one row and one cell that wraps a table (a layout frame), or None."""
    rows = list(tbl.iterchildren(TR))
    cells = list(_cells(rows[0])) if len(rows) == 1 else []
    if len(cells) == 1 and any(child.tag == TBL for child in _blocks(cells[0])):
        return cells[0]
    return None


def _cells(tr: Any) -> Iterator[Any]:
    for child in tr:
        if child.tag == TC:
            yield child
        elif child.tag in (W + "sdt", W + "customXml"):
            inner = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
            if inner is not None:
                yield from _cells(inner)


def _textboxes(p: Any) -> Iterator[Any]:
    """The text boxes anchored in a paragraph (the drawing's, not its VML fallback copy)."""
    boxes = list(p.iter(W + "txbxContent"))
    if not boxes:
        return
    # A set of the elements themselves: holding them keeps lxml's proxies (and identities) alive.
    fallback = {b for fb in p.iter(_MC + "Fallback") for b in fb.iter(W + "txbxContent")}
    for box in boxes:
        # Only the paragraph's own boxes: not those of a box inside a box, nor the fallback copy.
        parent = box.getparent()
        while parent is not None and parent is not p and parent.tag != W + "txbxContent":
            parent = parent.getparent()
        if parent is p and box not in fallback:
            yield box


def all_paragraphs(container: Any) -> list[Any]:
    """Every paragraph, in the order that numbers them (the draft's "lines"): document order,
    those in tables and text boxes too, without the fallback copies of text boxes."""
    fallback = {q for fb in container.iter(_MC + "Fallback") for q in fb.iter(P)}
    return [q for q in container.iter(P) if q not in fallback]


def runs(p: Any) -> list[tuple[Any, int, int]]:
    """The paragraph's runs, and its equations (m:oMath, which hold no runs), with the offsets
    of their text in `paragraph_text(p)`."""
    out: list[tuple[Any, int, int]] = []
    _inline(p, out, [0], None, None)
    return out


def split_run(r: Any, at: int) -> Any:
    """Split run `r` at offset `at` of its text (0 < at < its length): `r` keeps what comes
    before, a copy with the same formatting, inserted after it, the rest; returns the copy.
    The paragraph's text is unchanged. Pieces of no text (page breaks, field codes, comment
    references) stay in `r`."""
    import copy

    tail = copy.deepcopy(r)
    r.addnext(tail)
    pos = 0
    for head_piece, tail_piece in zip(list(r), list(tail), strict=True):
        if head_piece.tag == _RPR:
            continue
        n = len(_run_piece(head_piece) or "")
        if pos + n <= at:
            tail.remove(tail_piece)
        elif pos >= at:
            r.remove(head_piece)
        else:  # only a w:t holds more than one character
            k = at - pos
            head_piece.text, tail_piece.text = head_piece.text[:k], head_piece.text[k:]
            for t in (head_piece, tail_piece):
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        pos += n
    return tail


def paragraph_text(p: Any, breaks: list[tuple[str, int]] | None = None) -> str:
    """The paragraph's text as shown; `breaks` collects its page breaks (kind, offset)."""
    texts: list[str] = []
    _inline(p, [], [0], texts, breaks)
    return "".join(texts)


def _inline(
    el: Any,
    out: list[tuple[Any, int, int]],
    pos: list[int],
    texts: list[str] | None,
    breaks: list[tuple[str, int]] | None,
) -> None:
    for child in el:
        tag = child.tag
        if tag == R:
            start = pos[0]
            for piece in child:
                ptag = piece.tag
                if ptag == _T:
                    t = piece.text or ""
                elif ptag == _RPR:
                    continue
                else:
                    t = _run_piece(piece)
                if t is None:
                    if breaks is not None:
                        breaks.append((ptag, pos[0]))
                elif t:
                    pos[0] += len(t)
                    if texts is not None:
                        texts.append(t)
            out.append((child, start, pos[0]))
        elif tag in _CONTAINERS:
            _inline(child, out, pos, texts, breaks)
        elif tag == W + "sdt":
            content = child.find(W + "sdtContent")
            if content is not None:
                _inline(content, out, pos, texts, breaks)
        elif tag in _MATH:
            t = _math_text(child)
            out.append((child, pos[0], pos[0] + len(t)))
            pos[0] += len(t)
            if texts is not None:
                texts.append(t)


_T, _RPR = W + "t", W + "rPr"
_RENDERED = W + "lastRenderedPageBreak"
_PAGE_BREAK = W + "br"


def _run_piece(piece: Any) -> str | None:
    """A run's piece as text; None for a page break."""
    tag = piece.tag
    if tag == W + "t":
        return str(piece.text or "")
    if tag == W + "tab":
        return "\t"
    if tag == W + "br":
        return None if piece.get(W + "type") == "page" else " "
    if tag == W + "cr":
        return " "
    if tag == W + "noBreakHyphen":
        return "-"
    if tag == _RENDERED:
        return None
    return ""


def _math_text(el: Any) -> str:
    """An equation as a line of text: fractions as (numerator)/(denominator)."""
    out: list[str] = []
    for child in el:
        tag = child.tag
        if tag == _M + "t":
            out.append(child.text or "")
        elif tag == _M + "f":
            num, den = child.find(_M + "num"), child.find(_M + "den")
            out.append(
                f"({_math_text(num) if num is not None else ''})/({_math_text(den) if den is not None else ''})"
            )
        elif isinstance(tag, str) and not tag.endswith("Pr"):
            out.append(_math_text(child))
    return "".join(out)


class _Reader:
    def __init__(self, document: Any) -> None:
        body = document.element.body
        self.lines = {p: n for n, p in enumerate(all_paragraphs(body), start=1)}
        self.next_line = len(self.lines) + 1
        # Pages where Word recorded them: rendered page breaks, else the explicit ones.
        self.rendered = body.find(f".//{W}lastRenderedPageBreak") is not None
        self.paged = self.rendered or body.find(f".//{W}br[@{W}type='page']") is not None
        self.page = 1
        self.tables = 0  # tables read so far, nested ones too: an error names the table by it
        self.unread: list[Unread] = []
        # The paragraphs holding content whose text cannot be read, found once.
        self.opaque: dict[Any, list[str]] = {}
        for el in body.iter(_A + "graphicData", W + "object"):
            uri = el.get("uri", "") if el.tag == _A + "graphicData" else "object"
            what = "chart" if uri.endswith("/chart") else "diagram" if uri.endswith("/diagram") else None
            what = "object" if uri == "object" else what
            holder = next((a for a in el.iterancestors(P)), None)
            if what is not None and holder is not None:
                self.opaque.setdefault(holder, []).append(what)

    def _line(self, p: Any) -> int:
        n = self.lines.get(p)
        if n is None:  # notes, headers and footers: numbered after the body
            n = self.lines[p] = self.next_line
            self.next_line += 1
        return n

    def _page(self) -> int | None:
        return self.page if self.paged else None

    def paragraph(self, p: Any, part: str) -> tuple[str, int, int | None]:
        """The paragraph's text, line and page (a page break before its first character
        puts it on the next page)."""
        breaks: list[tuple[str, int]] = []
        text = paragraph_text(p, breaks)
        page = self._page()
        if self.paged and part != "header" and part != "footer":
            marker = _RENDERED if self.rendered else _PAGE_BREAK
            counted = [offset for tag, offset in breaks if tag == marker]
            leading = sum(1 for offset in counted if not text[:offset].strip())
            self.page += len(counted)
            page = self.page - (len(counted) - leading)
        self._unreadable(p)
        return text, self._line(p), page

    def _unreadable(self, p: Any) -> None:
        """Charts, diagrams and embedded objects: their text is not read; say so."""
        if p not in self.opaque:
            return
        for what in self.opaque[p]:
            self.unread.append(Unread("content", what, Place("docx", self._line(p), page=self._page())))

    def blocks(self, container: Any, part: str) -> list[Block]:
        out: list[Block] = []
        for block in _blocks(container):
            if block.tag == P:
                text, line, page = self.paragraph(block, part)
                if text.strip():
                    out.append(Paragraph(text, (line,), "docx", page, part))
                for box in _textboxes(block):
                    out.extend(b for b in self.blocks(box, "textbox") if isinstance(b, Paragraph))
            elif (inner := _layout_cell(block)) is not None:
                out.extend(self.blocks(inner, part))  # a one-cell layout table: what it wraps
            else:
                out.append(self.table(block, part))
        return out

    def table(self, tbl: Any, part: str) -> RawTable:
        rows: list[RawRow] = []
        above: list[RawCell] = []
        self.tables += 1
        ordinal, total = self.tables, 0

        def bound(what: str, count: int, limit: int) -> None:
            if count > limit:
                line = rows[-1].line if rows else 0
                raise _TooLarge(ordinal, line, what, count, limit)

        for tr in tbl.iterchildren(TR):
            bound("rows", len(rows) + 1, limits.MAX_TABLE_ROWS)
            cells: list[RawCell] = []
            pr = _first(tr, _TRPR, 2)
            before = _val(_first(pr, W + "gridBefore", 9) if pr is not None else None)
            bound("columns", before, limits.MAX_TABLE_COLUMNS)
            for _ in range(before):
                cells.append(RawCell("", 0))
            first_line = None
            for tc in _cells(tr):
                tcpr = _first(tc, _TCPR, 1)
                span, continued = 1, False
                if tcpr is not None:
                    for prop in tcpr:
                        if prop.tag == _GRIDSPAN:
                            span = max(1, _val(prop))
                        elif prop.tag == _VMERGE:
                            continued = prop.get(_VAL) in (None, "continue")
                bound("columns", len(cells) + span, limits.MAX_TABLE_COLUMNS)
                text, line, start, page = self.cell(tc, part)
                first_line = first_line or line
                col = len(cells)
                if continued and col < len(above):
                    cells.append(RawCell(above[col].text, line, 0, page, repeated=True))
                else:
                    cells.append(RawCell(text, line, start, page))
                for _ in range(span - 1):
                    cells.append(RawCell("", line, 0, page, spanned=True))
            total += len(cells)
            bound("cells", total, limits.MAX_TABLE_CELLS)
            line = first_line or (rows[-1].line if rows else 0)
            rows.append(RawRow(cells, line, cells[0].page if cells else self._page()))
            above = cells
        return RawTable(rows, 0)

    def cell(self, tc: Any, part: str) -> tuple[str, int, int, int | None]:
        """The cell's text (its paragraphs, and nested tables', joined by spaces), where it starts."""
        texts: list[str] = []
        line, start, page = 0, 0, self._page()
        for block in _blocks(tc):
            if block.tag == P:
                text, pline, ppage = self.paragraph(block, part)
                if not line:
                    line, page = pline, ppage
                    start = len(text) - len(text.lstrip())
                if text.strip():
                    texts.append(text.strip())
            else:
                nested = self.table(block, part)
                texts.extend(r.joined() for r in nested.rows)
        return " ".join(texts), line, start, page

    def parts(self, document: Any) -> list[Paragraph]:
        """Paragraphs of footnotes, endnotes, headers and footers, each part once."""
        from lxml import etree

        out: list[Paragraph] = []
        seen: set[str] = set()
        for rel in list(document.part.rels.values()):
            kind = rel.reltype.rsplit("/", 1)[-1]
            if rel.is_external or kind not in _NOTE_TYPES:
                continue
            target = rel.target_part
            if str(target.partname) in seen:
                continue
            seen.add(str(target.partname))
            element = getattr(target, "element", None)
            if element is None:
                parser = etree.XMLParser(resolve_entities=False, no_network=True)
                try:
                    element = etree.fromstring(target.blob, parser)
                except etree.XMLSyntaxError as e:
                    raise _BadPart(str(target.partname).lstrip("/"), str(e)) from None
            part = _NOTE_TYPES[kind]
            containers = (
                [n for n in element if n.get(W + "type") in (None, "normal")]
                if part == "footnote"
                else [element]
            )
            for c in containers:
                out.extend(b for b in self.blocks(c, part) if isinstance(b, Paragraph))
        return out


_TRPR, _TCPR, _GRIDSPAN, _VMERGE, _VAL = W + "trPr", W + "tcPr", W + "gridSpan", W + "vMerge", W + "val"


def _first(el: Any, tag: str, within: int) -> Any:
    """The child of that tag among the first `within` children (where the schema puts it)."""
    for i, child in enumerate(el):
        if child.tag == tag:
            return child
        if i + 1 >= within:
            return None
    return None


def _val(el: Any) -> int:
    """A w:val count (gridSpan, gridBefore); 0 when the element is absent."""
    if el is None:
        return 0
    try:
        return max(0, int(el.get(W + "val", "1")))
    except ValueError:
        return 1
