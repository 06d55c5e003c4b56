"""Reading a report from its YAML data file, checked against the rules' schema.

The header (`lkjip`, `unit`, `year`, `quarter`) is read first: it says which
rules apply. The rest is then read against the catalogue's table and fact
kinds, every value keeping its line and column.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from lkjip_tui.model import narrative
from lkjip_tui.model.report import Cell, Mention, Report, Row, Table
from lkjip_tui.model.rules import NUMERIC_KINDS, Column, Iku, RuleSet, TableKind
from lkjip_tui.model.source import SourceError, YamlDoc, load_yaml
from lkjip_tui.values import dates
from lkjip_tui.values.numbers import parse_number
from lkjip_tui.values.record import Record
from lkjip_tui.values.suggest import did_you_mean

FORMAT_VERSION = 1

_TOP_KEYS = ("lkjip", "unit", "year", "quarter", "title", "source", "tables", "facts", "document")
_TABLE_KEYS = ("kind", "number", "caption", "source_line", "rows", "facts", "note")
_MENTION_KEYS = ("value", "words", "period", "source_line", "quote")


class Header(Record):
    """What a data file says about itself, read before its rules are known."""

    __slots__ = ("quarter", "top", "unit", "unit_pos", "year")

    def __init__(
        self, unit: str, year: int, quarter: int, unit_pos: tuple[int, int], top: dict[str, tuple[Any, Any]]
    ) -> None:
        self.unit = unit
        self.year = year
        self.quarter = quarter
        self.unit_pos = unit_pos
        self.top = top  # the file's top-level entries, read once


def _check_keys(doc: YamlDoc, m: dict[str, tuple[Any, Any]], allowed: tuple[str, ...], path: str) -> None:
    for key, (knode, _) in m.items():
        if key not in allowed:
            raise doc.fail(
                knode, "err.unknown_key", key=key, path=path or "(top level)", hint=did_you_mean(key, allowed)
            )


def _int(doc: YamlDoc, node: Any, path: str) -> int:
    text = doc.text(node, path)
    if not re.fullmatch(r"\d{1,6}", text.strip()):
        raise doc.fail(node, "err.type", path=path, expected="whole number", found=repr(text))
    return int(text)


def read_header(path: Path, display: str) -> tuple[YamlDoc, Header]:
    """Load the YAML and read what says which rules apply: unit, year, quarter."""
    doc = load_yaml(path, display)
    top = doc.mapping(doc.root, "")
    _check_keys(doc, top, _TOP_KEYS, "")
    for key in ("lkjip", "unit", "year", "quarter"):
        if key not in top:
            raise doc.fail(doc.root, "err.missing_key", key=key, path="(top level)")
    version = _int(doc, top["lkjip"][1], "lkjip")
    if version != FORMAT_VERSION:
        raise doc.fail(top["lkjip"][1], "err.version", found=version, supported=FORMAT_VERSION)
    unit = doc.text(top["unit"][1], "unit").strip()
    year = _int(doc, top["year"][1], "year")
    qnode = top["quarter"][1]
    qtext = doc.text(qnode, "quarter")
    try:
        quarter = dates.parse_quarter(qtext)
    except dates.DateError:
        raise doc.fail(qnode, "err.quarter", found=qtext) from None
    return doc, Header(unit, year, quarter, doc.pos(top["unit"][1]), top)


def build_report(doc: YamlDoc, header: Header, display: str, rs: RuleSet) -> Report:
    """Turn the YAML into a Report, checking it against the rules' schema."""
    top = header.top
    text = {k: doc.text(top[k][1], k) for k in ("title", "source") if k in top}
    report = Report(
        display, header.unit, header.year, header.quarter, text.get("title", ""), text.get("source", "")
    )
    if "tables" in top:
        for name, (knode, tnode) in doc.mapping(top["tables"][1], "tables").items():
            table, facts_node = _table(doc, name, knode, tnode, rs)
            report.tables[name] = table
            _table_mentions(report, table)
            if facts_node is not None:
                # Figures printed around a table ("Pagu Anggaran: Rp ...") belong to it.
                _facts(doc, report, facts_node, rs, f"tables.{name}.facts", name)
    if "facts" in top:
        _facts(doc, report, top["facts"][1], rs, "facts", None)
    if "document" in top:  # the narrative of the draft the file was imported from
        report.document = narrative.read_document(doc, top["document"][1], "document")
    doc.finish()
    return report


def _table(doc: YamlDoc, name: str, knode: Any, node: Any, rs: RuleSet) -> tuple[Table, Any | None]:
    path = f"tables.{name}"
    m = doc.mapping(node, path)
    _check_keys(doc, m, _TABLE_KEYS, path)
    kind_name = doc.text(m["kind"][1], f"{path}.kind") if "kind" in m else name
    if kind_name not in rs.tables:
        where = m["kind"][1] if "kind" in m else knode
        raise doc.fail(
            where, "err.unknown_table_kind", kind=kind_name, hint=did_you_mean(kind_name, rs.tables)
        )
    kind = rs.tables[kind_name]
    number = _int(doc, m["number"][1], f"{path}.number") if "number" in m else None
    caption = doc.text(m["caption"][1], f"{path}.caption") if "caption" in m else ""
    if "note" in m:
        doc.text(m["note"][1], f"{path}.note")
    src = _int(doc, m["source_line"][1], f"{path}.source_line") if "source_line" in m else None
    table = Table(name, kind, number, caption, src, *doc.pos(knode), {})
    if "rows" not in m:
        raise doc.fail(node, "err.missing_key", key="rows", path=path)
    rows_node = m["rows"][1]
    if kind.rows == "list":
        for i, rnode in enumerate(doc.items(rows_node, f"{path}.rows"), start=1):
            key = str(i)
            table.rows[key] = _row(doc, name, key, rnode, kind, f"{path}.rows[{i}]")
    else:
        for key, (rk, rnode) in doc.mapping(rows_node, f"{path}.rows").items():
            _check_row_key(doc, key, rk, kind, rs, path)
            iku = rs.iku.get(key) if kind.rows == "iku" else None
            table.rows[key] = _row(doc, name, key, rnode, kind, f"{path}.rows.{key}", iku)
    _check_parents(doc.display, table)
    return table, m["facts"][1] if "facts" in m else None


def _table_mentions(report: Report, table: Table) -> None:
    for fname in table.kind.facts:
        for row in table.rows.values():
            cell = row.cells.get(fname)
            if cell is not None:
                fact = f"{row.key}.{fname}"
                report.mentions.setdefault(fact, []).append(Mention(fact, cell))


def _check_row_key(doc: YamlDoc, key: str, rk: Any, kind: TableKind, rs: RuleSet, path: str) -> None:
    known: dict[str, Any] | None = rs.iku if kind.rows == "iku" else rs.ikk if kind.rows == "ikk" else None
    if known is not None and key not in known and key != "JUMLAH":
        raise doc.fail(
            rk, "err.unknown_row_key", key=key, rows=kind.rows, path=path, hint=did_you_mean(key, known)
        )


def _row(
    doc: YamlDoc, table: str, key: str, node: Any, kind: TableKind, path: str, iku: Iku | None = None
) -> Row:
    cells: dict[str, Cell] = {}
    for cname, (ck, cnode) in doc.mapping(node, path).items():
        col = kind.columns.get(cname)
        if col is None:
            raise doc.fail(
                ck,
                "err.unknown_column",
                column=cname,
                table=kind.name,
                hint=did_you_mean(cname, kind.columns),
            )
        # An IKU's own figures take its kind: a score or rate is a rounded measure.
        ckind = (
            iku.value_kind if iku is not None and col.kind == "number" and cname in kind.facts else col.kind
        )
        cells[cname] = make_cell(doc, cnode, f"{path}.{cname}", ckind, col, table, key, cname)
    return Row(key, *doc.pos(node), cells)


def make_cell(
    doc: YamlDoc,
    node: Any,
    path: str,
    kind: str,
    col: Column | None = None,
    table: str | None = None,
    row: str | None = None,
    field: str | None = None,
) -> Cell:
    text = doc.text(node, path)
    mark = node.start_mark
    zero = col is not None and col.blank == "zero"
    cell = Cell(text, mark.line + 1, mark.column + 1, kind, zero, None, table, row, field)
    if kind in NUMERIC_KINDS:
        cell.parsed = parse_number(text, kind == "money" or kind == "count")
        cell._interval = cell._compute_interval()
    return cell


def _check_parents(file: str, table: Table) -> None:
    for row in table.rows.values():
        for cname, cell in row.cells.items():
            if table.kind.columns[cname].kind != "parent" or not cell.text:
                continue
            if cell.text not in table.rows or cell.text == row.key:
                raise SourceError(
                    file,
                    cell.line,
                    cell.column,
                    "err.unknown_parent",
                    parent=cell.text,
                    hint=did_you_mean(cell.text, table.rows),
                )
    # A parent chain must end: refuse cycles.
    parent_col = next((c for c, col in table.kind.columns.items() if col.kind == "parent"), None)
    if parent_col is None:
        return
    for row in table.rows.values():
        seen = {row.key}
        cur = row.get(parent_col)
        while cur is not None and cur.text:
            if cur.text in seen:
                raise SourceError(file, cur.line, cur.column, "err.parent_cycle", key=row.key)
            seen.add(cur.text)
            cur = table.rows[cur.text].get(parent_col)


def _facts(doc: YamlDoc, report: Report, node: Any, rs: RuleSet, path: str, table: str | None) -> None:
    for fact, (fk, fnode) in doc.mapping(node, path).items():
        kind = rs.fact_kind(fact)
        if kind is None:
            raise doc.fail(fk, "err.unknown_fact", fact=fact, hint=did_you_mean(fact, rs.fact_names()))
        listed = fnode.id == "sequence"
        items = doc.items(fnode, f"{path}.{fact}") if listed else [fnode]
        for i, item in enumerate(items):
            ipath = f"{path}.{fact}" + (f"[{i + 1}]" if listed else "")
            report.mentions.setdefault(fact, []).append(_mention(doc, fact, item, kind.kind, ipath, table))


def _mention(doc: YamlDoc, fact: str, node: Any, kind: str, path: str, table: str | None) -> Mention:
    if node.id == "scalar":
        return Mention(fact, make_cell(doc, node, path, kind, None, table, None, fact))
    m = doc.mapping(node, path)
    _check_keys(doc, m, _MENTION_KEYS, path)
    if "value" not in m:
        raise doc.fail(node, "err.missing_key", key="value", path=path)
    value = make_cell(doc, m["value"][1], f"{path}.value", kind, None, table, None, fact)
    words, period = (
        make_cell(doc, m[k][1], f"{path}.{k}", "text", None, table, None, fact) if k in m else None
        for k in ("words", "period")
    )
    quote = doc.text(m["quote"][1], f"{path}.quote") if "quote" in m else ""
    src = _int(doc, m["source_line"][1], f"{path}.source_line") if "source_line" in m else None
    return Mention(fact, value, words, period, quote, src)
