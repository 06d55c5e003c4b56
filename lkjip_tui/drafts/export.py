"""A report read from a draft, written as a YAML data file (`lkjip import`).

The file holds what the draft prints, value by value as printed, in the data
file format (model/data_file.py), and the draft's narrative in its
`document:` section (model/narrative.py), so that checking the file gives
the findings checking the draft gives. Every cell the reader made is written,
blank ones too; `source_line` is the draft's line (text export) or paragraph
(.docx) and `quote` the sentence a figure stands in.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from lkjip_tui.model.data_file import FORMAT_VERSION
from lkjip_tui.model.document import Document, Place
from lkjip_tui.model.report import Mention, Report, Table
from lkjip_tui.values.dates import quarter_label

HEADER = (
    "# Imported by lkjip from {source}: every value as printed, with where it stands\n"
    "# in the draft (source_line: its {unit}). Check it with `lkjip check`, edit it by hand.\n"
)


def to_yaml(report: Report) -> str:
    """The data file's text: a header comment, then `data_of(report)` as YAML."""
    doc = report.document
    unit = "paragraph" if doc is not None and doc.source in ("docx", "pdf") else "line"
    return HEADER.format(source=report.source, unit=unit) + "".join(_block(data_of(report), 0))


def data_of(report: Report) -> dict[str, Any]:
    """The data file's content, as plain data."""
    data: dict[str, Any] = {
        "lkjip": FORMAT_VERSION,
        "unit": report.unit,
        "year": report.year,
        "period": "Tahunan" if report.annual else quarter_label(report.quarter),
        "title": report.title,
        "source": report.source,
        "tables": {name: _table(t, report) for name, t in report.tables.items()},
    }
    facts = _facts(report, None)
    if facts:
        data["facts"] = facts
    if report.document is not None:
        data["document"] = _document(report.document)
    return data


def _table(t: Table, report: Report) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if t.kind.name != t.name:
        out["kind"] = t.kind.name
    if t.number is not None:
        out["number"] = t.number
    if t.caption:
        out["caption"] = t.caption
    if t.source_line is not None:
        out["source_line"] = t.source_line
    rows = [{name: cell.text for name, cell in row.cells.items()} for row in t.rows.values()]
    out["rows"] = rows if t.kind.rows == "list" else dict(zip(t.rows, rows, strict=True))
    facts = _facts(report, t.name)
    if facts:
        out["facts"] = facts
    return out


def _facts(report: Report, table: str | None) -> dict[str, Any]:
    """The facts stated in the narrative (table None) or around a table, not in its rows."""
    out: dict[str, Any] = {}
    for fact, mentions in report.mentions.items():
        items = [_mention(m) for m in mentions if m.cell.table == table and m.cell.row is None]
        if items:
            out[fact] = items[0] if len(items) == 1 else items
    return out


def _mention(m: Mention) -> dict[str, Any]:
    out: dict[str, Any] = {"value": m.cell.text}
    if m.words is not None:
        out["words"] = m.words.text
    if m.period is not None:
        out["period"] = m.period.text
    if m.source_line is not None:
        out["source_line"] = m.source_line
    if m.quote:
        out["quote"] = m.quote
    return out


def _document(doc: Document) -> dict[str, Any]:
    paragraphs = []
    for p in doc.paragraphs:
        entry: dict[str, Any] = {"line": p.line, "text": p.text}
        if len(p.lines) > 1:
            entry["lines"] = list(p.lines)
        if p.page is not None:
            entry["page"] = p.page
        if p.part != "body":
            entry["part"] = p.part
        if p.compares:
            entry["compares"] = True
        paragraphs.append(entry)
    out: dict[str, Any] = {"source": doc.source, "paragraphs": paragraphs}
    if doc.unread:
        out["unread"] = [
            {
                "what": u.what,
                "text": u.text,
                **({"table": u.table} if u.table is not None else {}),
                **_where(u.place),
                **({"candidates": [{"id": k, "score": s} for k, s in u.candidates]} if u.candidates else {}),
            }
            for u in doc.unread
        ]
    return out


def _where(place: Place) -> dict[str, Any]:
    out: dict[str, Any] = {"line": place.line}
    if place.page is not None:
        out["page"] = place.page
    if place.table is not None:
        out["in"] = place.table
    if place.row is not None:
        out["row"] = place.row
    return out


# Written as YAML block mappings whose scalars, and whose innermost mappings (a row, a
# mention, a paragraph), are JSON: valid YAML flow nodes, quoted and escaped by json in C.
# PyYAML's representer took some 70 ms for the sample, json 5 ms; tests read the output back
# with yaml.safe_load and compare it with the data.
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")
_YAML_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}


def _key(key: str) -> str:
    plain = _PLAIN_KEY.fullmatch(key) and key.lower() not in _YAML_WORDS
    return key if plain else _ENCODE(key)


def _leaf(value: Any) -> bool:
    """A value written on one line: a scalar, or a mapping or list of scalars."""
    if isinstance(value, dict):
        return all(not isinstance(v, dict | list) for v in value.values())
    if isinstance(value, list):
        return all(not isinstance(v, dict | list) for v in value)
    return True


def _block(value: Any, indent: int) -> Iterator[str]:
    pad = " " * indent
    if isinstance(value, dict):
        for k, v in value.items():
            if _leaf(v):
                yield f"{pad}{_key(k)}: {_ENCODE(v)}\n"
            else:
                yield f"{pad}{_key(k)}:\n"
                yield from _block(v, indent + 2)
        return
    for item in value:
        if _leaf(item):
            yield f"{pad}- {_ENCODE(item)}\n"
        else:
            first, *rest = _block(item, indent + 2)
            yield f"{pad}- {first[indent + 2 :]}"
            yield from rest
