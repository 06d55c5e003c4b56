"""A report read from a draft, written as a YAML data file (`lkjip import`).

The file holds what the draft prints, value by value as printed, in the data
file format (model/data_file.py), and the draft's narrative in its
`document:` section (model/narrative.py), so that checking the file gives
the findings checking the draft gives. Every cell the reader made is written,
blank ones too; `source_line` is the draft's line (text export) or paragraph
(.docx) and `quote` the sentence a figure stands in.
"""

from __future__ import annotations

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
    import yaml

    doc = report.document
    data: dict[str, Any] = {
        "lkjip": FORMAT_VERSION,
        "unit": report.unit,
        "year": report.year,
        "quarter": quarter_label(report.quarter),
        "title": report.title,
        "source": report.source,
        "tables": {name: _table(t, report) for name, t in report.tables.items()},
    }
    facts = _facts(report, None)
    if facts:
        data["facts"] = facts
    if doc is not None:
        data["document"] = _document(doc)
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    body = yaml.dump(
        data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=10**6, default_flow_style=False
    )
    unit = "paragraph" if doc is not None and doc.source == "docx" else "line"
    return HEADER.format(source=report.source, unit=unit) + body


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
