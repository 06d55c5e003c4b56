"""A quarterly report as data: what the report says, with where each value stands.

The data file (YAML) holds the report's tables and the figures its narrative
states. Tables are named for their role and declare their kind from the rules'
catalogue; rows are keyed by stable ids (IKU, IKK, budget code) or listed in
printed order. Every value is kept as printed and parsed by its column's kind.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from lkjip_tui import dates
from lkjip_tui.catalogue import NUMERIC_KINDS, Column, Iku, RuleSet, TableKind, did_you_mean
from lkjip_tui.interval import Interval
from lkjip_tui.numbers import NotReported, Number, Parsed, parse_number
from lkjip_tui.record import Record
from lkjip_tui.source import Mapping, Node, Scalar, Sequence, SourceError, load_yaml

FORMAT_VERSION = 1

_TOP_KEYS = ("lkjip", "unit", "year", "quarter", "title", "source", "tables", "facts")
_TABLE_KEYS = ("kind", "number", "caption", "source_line", "rows", "facts", "note")
_MENTION_KEYS = ("value", "words", "period", "source_line", "quote")


class Cell(Record):
    """One printed value: its text, position and, for numeric kinds, its parse."""

    __slots__ = (
        "_interval",
        "blank_is_zero",
        "column",
        "field",
        "kind",
        "line",
        "parsed",
        "row",
        "table",
        "text",
    )

    def __init__(
        self,
        text: str,
        line: int,
        column: int,
        kind: str,
        blank_is_zero: bool = False,
        parsed: Parsed | None = None,
        table: str | None = None,
        row: str | None = None,
        field: str | None = None,
        _interval: Interval | None = None,
    ) -> None:
        self.text = text
        self.line = line
        self.column = column
        self.kind = kind
        self.blank_is_zero = blank_is_zero
        self.parsed = parsed
        # Where the value stands in the report: table name, row key, column or fact.
        self.table = table
        self.row = row
        self.field = field
        self._interval = _interval

    @property
    def number(self) -> Number | None:
        return self.parsed if isinstance(self.parsed, Number) else None

    @property
    def reported(self) -> bool:
        """False for blanks, `-` and notes: the report gives no figure here."""
        return not isinstance(self.parsed, NotReported) and self.text.strip() != ""

    @property
    def exact(self) -> bool:
        n = self.number
        if n is None or self.kind in ("percent", "measure"):
            return False
        return self.kind in ("money", "count") or (n.decimals == 0 and not n.percent)

    def interval(self) -> Interval | None:
        """The values this cell can stand for, or None when it gives no usable figure."""
        return self._interval

    def _compute_interval(self) -> Interval | None:
        n = self.number
        if n is not None:
            return n.interval(self.exact)
        if self.blank_is_zero and isinstance(self.parsed, NotReported):
            return Interval.point(Decimal(0))
        return None


class Row(Record):
    __slots__ = ("cells", "column", "key", "line")

    def __init__(self, key: str, line: int, column: int, cells: dict[str, Cell]) -> None:
        self.key = key
        self.line = line
        self.column = column
        self.cells = cells

    def get(self, name: str) -> Cell | None:
        return self.cells.get(name)


class Table(Record):
    __slots__ = ("caption", "column", "kind", "line", "name", "number", "rows", "source_line")

    def __init__(
        self,
        name: str,
        kind: TableKind,
        number: int | None,
        caption: str,
        source_line: int | None,
        line: int,
        column: int,
        rows: dict[str, Row],
    ) -> None:
        self.name = name
        self.kind = kind
        self.number = number
        self.caption = caption
        self.source_line = source_line
        self.line = line
        self.column = column
        self.rows = rows

    @property
    def label(self) -> str:
        return f"Tabel {self.number}" if self.number is not None else self.name


class Mention(Record):
    """A place where the report states a fact: a table cell or a narrative figure."""

    __slots__ = ("cell", "fact", "field", "period", "quote", "row", "source_line", "table", "words")

    def __init__(
        self,
        fact: str,
        cell: Cell,
        words: Cell | None = None,
        period: Cell | None = None,
        quote: str = "",
        source_line: int | None = None,
        table: str | None = None,
        row: str | None = None,
        field: str | None = None,
    ) -> None:
        self.fact = fact
        self.cell = cell
        self.words = words
        self.period = period
        self.quote = quote
        self.source_line = source_line
        self.table = table
        self.row = row
        self.field = field


class Report(Record):
    __slots__ = ("file", "mentions", "quarter", "source", "tables", "title", "unit", "year")

    def __init__(
        self,
        file: str,
        unit: str,
        year: int,
        quarter: int,
        title: str,
        source: str,
        tables: dict[str, Table] | None = None,
        mentions: dict[str, list[Mention]] | None = None,
    ) -> None:
        self.file = file
        self.unit = unit
        self.year = year
        self.quarter = quarter
        self.title = title
        self.source = source
        self.tables = {} if tables is None else tables
        self.mentions = {} if mentions is None else mentions

    def tables_of(self, kind_or_name: str) -> list[Table]:
        """Tables of a kind, or the one table of that name."""
        if kind_or_name in self.tables and self.tables[kind_or_name].kind.name != kind_or_name:
            return [self.tables[kind_or_name]]
        return [t for t in self.tables.values() if t.kind.name == kind_or_name]


class Header(Record):
    __slots__ = ("quarter", "unit", "unit_pos", "year")

    def __init__(self, unit: str, year: int, quarter: int, unit_pos: tuple[int, int]) -> None:
        self.unit = unit
        self.year = year
        self.quarter = quarter
        self.unit_pos = unit_pos


def _fail(file: str, node: Node | Scalar, msg_key: str, /, **args: object) -> SourceError:
    return SourceError(file, node.line, node.column, msg_key, **args)


def _scalar(file: str, node: Node, path: str) -> Scalar:
    if not isinstance(node, Scalar):
        raise _fail(file, node, "err.type", path=path, expected="text", found=_kind_name(node))
    return node


def _mapping(file: str, node: Node, path: str) -> Mapping:
    if not isinstance(node, Mapping):
        raise _fail(file, node, "err.type", path=path, expected="mapping", found=_kind_name(node))
    return node


def _kind_name(node: Node) -> str:
    return {Scalar: "text", Mapping: "mapping", Sequence: "list"}[type(node)]


def _check_keys(file: str, node: Mapping, allowed: tuple[str, ...], path: str) -> None:
    for key, (knode, _) in node.items.items():
        if key not in allowed:
            raise _fail(
                file,
                knode,
                "err.unknown_key",
                key=key,
                path=path or "(top level)",
                hint=did_you_mean(key, allowed),
            )


def _int(file: str, node: Node, path: str) -> int:
    s = _scalar(file, node, path)
    if not re.fullmatch(r"\d{1,6}", s.text.strip()):
        raise _fail(file, s, "err.type", path=path, expected="whole number", found=repr(s.text))
    return int(s.text)


def read_header(path: Path, display: str) -> tuple[Mapping, Header]:
    """Load the YAML and read what says which rules apply: unit, year, quarter."""
    root = load_yaml(path, display)
    _check_keys(display, root, _TOP_KEYS, "")
    for key in ("lkjip", "unit", "year", "quarter"):
        if key not in root.items:
            raise _fail(display, root, "err.missing_key", key=key, path="(top level)")
    version = _int(display, root.items["lkjip"][1], "lkjip")
    if version != FORMAT_VERSION:
        raise _fail(display, root.items["lkjip"][1], "err.version", found=version, supported=FORMAT_VERSION)
    unit = _scalar(display, root.items["unit"][1], "unit")
    year = _int(display, root.items["year"][1], "year")
    qnode = _scalar(display, root.items["quarter"][1], "quarter")
    try:
        quarter = dates.parse_quarter(qnode.text)
    except dates.DateError:
        raise _fail(display, qnode, "err.quarter", found=qnode.text) from None
    return root, Header(unit.text.strip(), year, quarter, (unit.line, unit.column))


def build_report(root: Mapping, header: Header, display: str, rs: RuleSet) -> Report:
    """Turn the validated YAML into a Report, checking it against the rules' schema."""
    text = {k: _scalar(display, root.items[k][1], k).text for k in ("title", "source") if k in root.items}
    report = Report(
        display, header.unit, header.year, header.quarter, text.get("title", ""), text.get("source", "")
    )
    if "tables" in root.items:
        tables = _mapping(display, root.items["tables"][1], "tables")
        for name, (knode, tnode) in tables.items.items():
            table, facts_node = _table(display, name, knode, tnode, rs)
            report.tables[name] = table
            _table_mentions(report, table)
            if facts_node is not None:
                # Figures printed around a table ("Pagu Anggaran: Rp ...") belong to it.
                _facts(display, report, facts_node, rs, f"tables.{name}.facts", name)
    if "facts" in root.items:
        _facts(display, report, root.items["facts"][1], rs, "facts", None)
    return report


def _table(file: str, name: str, knode: Scalar, node: Node, rs: RuleSet) -> tuple[Table, Node | None]:
    path = f"tables.{name}"
    m = _mapping(file, node, path)
    _check_keys(file, m, _TABLE_KEYS, path)
    kind_name = _scalar(file, m.items["kind"][1], f"{path}.kind").text if "kind" in m.items else name
    if kind_name not in rs.tables:
        where = m.items["kind"][1] if "kind" in m.items else knode
        raise _fail(
            file, where, "err.unknown_table_kind", kind=kind_name, hint=did_you_mean(kind_name, rs.tables)
        )
    kind = rs.tables[kind_name]
    number = _int(file, m.items["number"][1], f"{path}.number") if "number" in m.items else None
    caption = _scalar(file, m.items["caption"][1], f"{path}.caption").text if "caption" in m.items else ""
    src = _int(file, m.items["source_line"][1], f"{path}.source_line") if "source_line" in m.items else None
    table = Table(name, kind, number, caption, src, knode.line, knode.column, {})
    if "rows" not in m.items:
        raise _fail(file, m, "err.missing_key", key="rows", path=path)
    rows_node = m.items["rows"][1]
    if kind.rows == "list":
        if not isinstance(rows_node, Sequence):
            raise _fail(
                file, rows_node, "err.type", path=f"{path}.rows", expected="list", found=_kind_name(rows_node)
            )
        for i, rnode in enumerate(rows_node.items, start=1):
            rm = _mapping(file, rnode, f"{path}.rows[{i}]")
            table.rows[str(i)] = _row(file, name, str(i), rm, kind, f"{path}.rows[{i}]")
    else:
        rows = _mapping(file, rows_node, f"{path}.rows")
        for key, (rk, rnode) in rows.items.items():
            _check_row_key(file, rk, kind, rs, path)
            rm = _mapping(file, rnode, f"{path}.rows.{key}")
            iku = rs.iku.get(key) if kind.rows == "iku" else None
            table.rows[key] = _row(file, name, key, rm, kind, f"{path}.rows.{key}", iku)
    _check_parents(file, table)
    return table, m.items["facts"][1] if "facts" in m.items else None


def _table_mentions(report: Report, table: Table) -> None:
    for fname in table.kind.facts:
        for row in table.rows.values():
            cell = row.cells.get(fname)
            if cell is not None:
                fact = f"{row.key}.{fname}"
                report.mentions.setdefault(fact, []).append(
                    Mention(fact, cell, table=table.name, row=row.key, field=fname)
                )


def _check_row_key(file: str, rk: Scalar, kind: TableKind, rs: RuleSet, path: str) -> None:
    known: dict[str, Any] | None = rs.iku if kind.rows == "iku" else rs.ikk if kind.rows == "ikk" else None
    if known is not None and rk.text not in known and rk.text != "JUMLAH":
        raise _fail(
            file,
            rk,
            "err.unknown_row_key",
            key=rk.text,
            rows=kind.rows,
            path=path,
            hint=did_you_mean(rk.text, known),
        )


def _row(
    file: str, table: str, key: str, m: Mapping, kind: TableKind, path: str, iku: Iku | None = None
) -> Row:
    cells: dict[str, Cell] = {}
    for cname, (ck, cnode) in m.items.items():
        col = kind.columns.get(cname)
        if col is None:
            raise _fail(
                file,
                ck,
                "err.unknown_column",
                column=cname,
                table=kind.name,
                hint=did_you_mean(cname, kind.columns),
            )
        if not isinstance(cnode, Scalar):
            raise _fail(
                file, cnode, "err.type", path=f"{path}.{cname}", expected="text", found=_kind_name(cnode)
            )
        # An IKU's own figures take its kind: a score or rate is a rounded measure.
        ckind = (
            iku.value_kind if iku is not None and col.kind == "number" and cname in kind.facts else col.kind
        )
        cells[cname] = make_cell(cnode, ckind, col, table, key, cname)
    return Row(key, m.line, m.column, cells)


def make_cell(
    s: Scalar,
    kind: str,
    col: Column | None = None,
    table: str | None = None,
    row: str | None = None,
    field: str | None = None,
) -> Cell:
    text = "" if s.null else s.text
    zero = col is not None and col.blank == "zero"
    cell = Cell(text, s.line, s.column, kind, zero, None, table, row, field)
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


def _facts(file: str, report: Report, node: Node, rs: RuleSet, path: str, table: str | None) -> None:
    m = _mapping(file, node, path)
    for fact, (fk, fnode) in m.items.items():
        kind = rs.fact_kind(fact)
        if kind is None:
            raise _fail(file, fk, "err.unknown_fact", fact=fact, hint=did_you_mean(fact, rs.fact_names()))
        items = fnode.items if isinstance(fnode, Sequence) else [fnode]
        for i, item in enumerate(items):
            ipath = f"{path}.{fact}" + (f"[{i + 1}]" if isinstance(fnode, Sequence) else "")
            report.mentions.setdefault(fact, []).append(_mention(file, fact, item, kind.kind, ipath, table))


def _mention(file: str, fact: str, node: Node, kind: str, path: str, table: str | None) -> Mention:
    if isinstance(node, Scalar):
        return Mention(fact, make_cell(node, kind, None, table, None, fact), table=table)
    m = _mapping(file, node, path)
    _check_keys(file, m, _MENTION_KEYS, path)
    if "value" not in m.items:
        raise _fail(file, m, "err.missing_key", key="value", path=path)
    value = make_cell(_scalar(file, m.items["value"][1], f"{path}.value"), kind, None, table, None, fact)
    words, period = (
        make_cell(_scalar(file, m.items[k][1], f"{path}.{k}"), "text", None, table, None, fact)
        if k in m.items
        else None
        for k in ("words", "period")
    )
    quote = _scalar(file, m.items["quote"][1], f"{path}.quote").text if "quote" in m.items else ""
    src = _int(file, m.items["source_line"][1], f"{path}.source_line") if "source_line" in m.items else None
    return Mention(fact, value, words, period, quote, src, table=table)


def load_report(path: Path, display: str, rs: RuleSet) -> Report:
    root, header = read_header(path, display)
    return build_report(root, header, display, rs)


def consensus(cells: list[Cell]) -> tuple[Cell | None, int]:
    """The value most others agree with (ties: the first), and how many agree.

    Agreement is rounding-aware: two values agree when the intervals of values
    they can stand for overlap. Cells without a usable figure take no part.
    """
    usable = [(c, iv) for c in cells if (iv := c.interval()) is not None]
    best: Cell | None = None
    best_support = 0
    for c, iv in usable:
        support = sum(1 for _, other in usable if iv.overlaps(other))
        if support > best_support:
            best, best_support = c, support
    return best, best_support
