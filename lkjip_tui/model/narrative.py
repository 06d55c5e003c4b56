"""Reading a data file's `document:` section: the narrative of the draft it was imported from.

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
as they read a draft.
"""

from __future__ import annotations

import re
from typing import Any

from lkjip_tui.model.document import PARTS, SOURCES, UNREAD, Document, Paragraph, Place, Unread
from lkjip_tui.model.source import YamlDoc
from lkjip_tui.values.suggest import did_you_mean

_KEYS = ("source", "paragraphs", "unread")
_PARAGRAPH_KEYS = ("line", "text", "lines", "page", "part", "compares")
_UNREAD_KEYS = ("what", "text", "line", "page", "in", "row", "table", "candidates")


def read_document(doc: YamlDoc, node: Any, path: str) -> Document:
    m = _mapping(doc, node, path, _KEYS)
    source = _choice(doc, m["source"][1], f"{path}.source", SOURCES) if "source" in m else "text"
    out = Document(source)
    for i, pnode in enumerate(
        doc.items(m["paragraphs"][1], f"{path}.paragraphs") if "paragraphs" in m else []
    ):
        ppath = f"{path}.paragraphs[{i + 1}]"
        p = _mapping(doc, pnode, ppath, _PARAGRAPH_KEYS, required=("line", "text"))
        line = _int(doc, p["line"][1], f"{ppath}.line")
        lines = (
            tuple(_int(doc, n, f"{ppath}.lines") for n in doc.items(p["lines"][1], f"{ppath}.lines"))
            if "lines" in p
            else (line,)
        )
        if lines[0] != line:
            raise doc.fail(
                p["lines"][1], "err.type", path=f"{ppath}.lines", expected=f"[{line}, …]", found=list(lines)
            )
        text = doc.text(p["text"][1], f"{ppath}.text")
        page = _int(doc, p["page"][1], f"{ppath}.page") if "page" in p else None
        part = _choice(doc, p["part"][1], f"{ppath}.part", PARTS) if "part" in p else "body"
        compares = _bool(doc, p["compares"][1], f"{ppath}.compares") if "compares" in p else False
        out.paragraphs.append(Paragraph(text, lines, source, page, part, compares, doc.pos(p["text"][1])))
    for i, unode in enumerate(doc.items(m["unread"][1], f"{path}.unread") if "unread" in m else []):
        upath = f"{path}.unread[{i + 1}]"
        u = _mapping(doc, unode, upath, _UNREAD_KEYS, required=("what", "text", "line"))
        what = _choice(doc, u["what"][1], f"{upath}.what", UNREAD)
        text = doc.text(u["text"][1], f"{upath}.text")
        label: str | int | None = None
        if "in" in u:
            raw = doc.text(u["in"][1], f"{upath}.in")
            label = int(raw) if raw.isdigit() else raw
        place = Place(
            source,
            _int(doc, u["line"][1], f"{upath}.line"),
            page=_int(doc, u["page"][1], f"{upath}.page") if "page" in u else None,
            table=label,
            row=_int(doc, u["row"][1], f"{upath}.row") if "row" in u else None,
            quote=text,
        )
        table = doc.text(u["table"][1], f"{upath}.table") if "table" in u else None
        candidates = []
        for j, cnode in enumerate(
            doc.items(u["candidates"][1], f"{upath}.candidates") if "candidates" in u else []
        ):
            cpath = f"{upath}.candidates[{j + 1}]"
            c = _mapping(doc, cnode, cpath, ("id", "score"), required=("id", "score"))
            candidates.append(
                (doc.text(c["id"][1], f"{cpath}.id"), _int(doc, c["score"][1], f"{cpath}.score"))
            )
        out.unread.append(Unread(what, text, place, table, tuple(candidates), doc.pos(u["what"][1])))
    return out


def _mapping(
    doc: YamlDoc, node: Any, path: str, allowed: tuple[str, ...], required: tuple[str, ...] = ()
) -> dict[str, tuple[Any, Any]]:
    m = doc.mapping(node, path)
    for key, (knode, _) in m.items():
        if key not in allowed:
            raise doc.fail(knode, "err.unknown_key", key=key, path=path, hint=did_you_mean(key, allowed))
    for key in required:
        if key not in m:
            raise doc.fail(node, "err.missing_key", key=key, path=path)
    return m


def _int(doc: YamlDoc, node: Any, path: str) -> int:
    text = doc.text(node, path)
    if not re.fullmatch(r"\d{1,7}", text.strip()):
        raise doc.fail(node, "err.type", path=path, expected="whole number", found=repr(text))
    return int(text)


def _bool(doc: YamlDoc, node: Any, path: str) -> bool:
    text = doc.text(node, path).strip().lower()
    if text not in ("true", "false"):
        raise doc.fail(node, "err.type", path=path, expected="true or false", found=repr(text))
    return text == "true"


def _choice(doc: YamlDoc, node: Any, path: str, choices: tuple[str, ...]) -> str:
    text = doc.text(node, path).strip()
    if text not in choices:
        raise doc.fail(node, "err.type", path=path, expected=" | ".join(choices), found=repr(text))
    return text
