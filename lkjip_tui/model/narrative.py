"""A data file's `document:` section: the narrative of the draft it was imported from.

    document:
      source: text | docx          # the draft's format (its lines are lines, or paragraphs)
      paragraphs:
        - line: 293                # the line (text export) or paragraph (.docx) in the draft
          text: "Pada Triwulan II tahun 2022, tidak ada …"
          lines: [605, 607]        # optional: lines of a paragraph read joined, one per piece
          page: 4                  # optional: the page, where Word recorded page breaks
          part: footnote           # optional: body (default) | textbox | footnote | header | footer
          compares: true           # optional: the paragraph compares periods on purpose
      unread:                      # optional: what the import could not place
        - what: row                # row | row_doubtful | row_twice | table | content
          text: "Q A T A R"        # the row, table or content as printed
          line: 491                # where in the draft; page, in ("Tabel 10" or the
          in: "Tabel 10"           #   table's place among the draft's tables), row: optional
          row: 5
          table: penempatan_negara # optional: the report's table it belongs to
          candidates: [{id: QA, score: 71}]   # optional: the closest ids, best first

`lkjip import` writes it; the rules on sentences and on the document read it
as they read a draft. The format is declared here (`DOCUMENT`) as part of the
data file's schema (`data_file.data_schema`).
"""

from __future__ import annotations

from lkjip_tui.model.document import PARTS, SOURCES, UNREAD, Document, Paragraph, Place, Unread
from lkjip_tui.model.schema import Boolean, Field, Integer, ListOf, Node, Obj, Text
from lkjip_tui.model.source import SourceError

_LINE = Integer(1, 10**7, doc="a line (text export) or paragraph (.docx) of the draft")
_PAGE = Integer(1, 10**5, doc="the page, where Word recorded page breaks")
PARAGRAPH = Obj(
    {
        "line": Field(_LINE, required=True),
        "text": Field(Text(scalar=True, doc="the paragraph as printed"), required=True),
        "lines": ListOf(_LINE, 1, doc="the lines of a paragraph read joined, one per piece"),
        "page": _PAGE,
        "part": Text(choices=PARTS),
        "compares": Boolean(doc="the paragraph compares periods on purpose"),
    }
)
CANDIDATE = Obj(
    {
        "id": Field(Text(scalar=True), required=True),
        "score": Field(Integer(0, 100), required=True),
    }
)
UNREAD_PART = Obj(
    {
        "what": Field(Text(choices=UNREAD), required=True),
        "text": Field(Text(scalar=True, doc="the row, table or content as printed"), required=True),
        "line": Field(_LINE, required=True),
        "page": _PAGE,
        "in": Text(scalar=True, doc='the table it stands in: "Tabel 10", or its place among the tables'),
        "row": Integer(1, 10**6),
        "table": Text(doc="the report's table it belongs to"),
        "candidates": ListOf(CANDIDATE, doc="the closest ids, best first"),
    },
    doc="what the import could not place",
)
DOCUMENT = Obj(
    {
        "source": Text(choices=SOURCES, doc="the draft's format"),
        "paragraphs": ListOf(PARAGRAPH),
        "unread": ListOf(UNREAD_PART),
    },
    doc="the narrative of the draft the file was imported from",
)


def document_of(node: Node, file: str) -> Document:
    """The Document a read `document:` section stands for."""
    source = node.text("source", "text")
    out = Document(source)
    for p in node.value.get("paragraphs", Node([], 0, 0)).value:
        v = p.value
        line = v["line"].value
        lines = tuple(n.value for n in v["lines"].value) if "lines" in v else (line,)
        if lines[0] != line:
            at_line, at_column = v["lines"].at
            raise SourceError(file, at_line, at_column, "err.lines_start", line=line)
        page = v["page"].value if "page" in v else None
        compares = bool(v["compares"].value) if "compares" in v else False
        text = v["text"]
        out.paragraphs.append(
            Paragraph(text.value, lines, source, page, p.text("part", "body"), compares, text.at)
        )
    for u in node.value.get("unread", Node([], 0, 0)).value:
        v = u.value
        label: str | int | None = None
        if "in" in v:
            raw = v["in"].value
            label = int(raw) if raw.isdigit() else raw
        place = Place(
            source,
            v["line"].value,
            page=v["page"].value if "page" in v else None,
            table=label,
            row=v["row"].value if "row" in v else None,
            quote=v["text"].value,
        )
        candidates = (
            tuple((c.text("id"), c.value["score"].value) for c in v["candidates"].value)
            if "candidates" in v
            else ()
        )
        table = v["table"].value if "table" in v else None
        out.unread.append(Unread(v["what"].value, v["text"].value, place, table, candidates, v["what"].at))
    return out
