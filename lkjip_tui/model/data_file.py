"""Reading a report from its YAML data file, against the data file's declared schema.

The format is declared once (`data_schema`): generic, or refined by a
catalogue (its table kinds, their columns and row keys, its facts). Reading
checks the document against it with positions, and the same declaration is
emitted as the JSON Schema editors validate and complete data files with
(`lkjip schema data`).

The header (`lkjip`, `unit`, `year`, `period`) is looked at first: it says
which rules apply. The document is then read once, top down, against the
catalogue's schema, and turned into a Report.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lkjip_tui.model.narrative import DOCUMENT, document_of
from lkjip_tui.model.report import Cell, Mention, Report, Row, Table
from lkjip_tui.model.rules import NUMERIC_KINDS, Column, Iku, RuleSet, TableKind
from lkjip_tui.model.schema import (
    Either,
    Field,
    Integer,
    Keys,
    ListOf,
    MapOf,
    Node,
    Obj,
    Reader,
    Schema,
    Text,
    YamlReader,
    document_header,
    fail,
    shared_defs,
)
from lkjip_tui.model.schema import (
    Path as SchemaPath,
)
from lkjip_tui.model.scope import Env, expr_cells
from lkjip_tui.model.source import SourceError, YamlDoc, collector_paused, load_yaml
from lkjip_tui.values import dates, limits
from lkjip_tui.values.msg import Msg
from lkjip_tui.values.numbers import parse_number
from lkjip_tui.values.record import Record
from lkjip_tui.values.suggest import did_you_mean

FORMAT_VERSION = 1
SCHEMA_ID = "urn:lkjip:schema:data:1"

# ------------------------------------------------------------------ the format

_PRINTED = Text(scalar=True, doc="a value exactly as the report prints it")
_LINE = Integer(1, 10**7, doc="the line in the text export of the draft where this stands")

MENTION = Obj(
    {
        "value": Field(_PRINTED, required=True),
        "words": Text(scalar=True, doc="the number in words (terbilang) printed beside it"),
        "period": Text(scalar=True, doc="the period the sentence says the figure is of"),
        "source_line": _LINE,
        "quote": Text(scalar=True, doc="the sentence, as printed"),
    },
    doc="one place where the narrative states a fact",
)
MENTIONS = Either(
    _PRINTED, MENTION, ListOf(Either(_PRINTED, MENTION)), doc="a fact stated once, or a list of places"
)


def _facts(rs: RuleSet | None) -> MapOf:
    keys = Keys(tuple(rs.fact_names()), "err.unknown_fact", arg="fact") if rs is not None else None
    return MapOf(MENTIONS, keys, doc="figures the narrative states, by fact")


def _row(kind: TableKind | None) -> Obj | MapOf:
    if kind is None:
        return MapOf(_PRINTED, doc="a row: column name to printed value")
    return Obj(
        dict.fromkeys(kind.columns, _PRINTED),
        doc=f"a row of {kind.title}",
        unknown="err.unknown_column",
        unknown_args={"table": kind.name},
    )


def _rows(kind: TableKind | None, rs: RuleSet | None) -> Schema:
    row = _row(kind)
    if kind is None:
        return Either(MapOf(row), ListOf(row), doc="rows keyed by id, or listed in printed order")
    if kind.rows == "list":
        return ListOf(row, doc="rows in printed order")
    known: tuple[str, ...] | None = None
    if rs is not None and kind.rows in ("iku", "ikk"):
        known = (*(rs.iku if kind.rows == "iku" else rs.ikk), "JUMLAH")
    keys = Keys(known, "err.unknown_row_key", rows=kind.rows) if known is not None else None
    return MapOf(row, keys, doc=f"rows keyed by {kind.rows}")


def _table_fields(kind: TableKind | None, rs: RuleSet | None) -> dict[str, Field | Schema]:
    kinds = tuple(rs.tables) if rs is not None else None
    return {
        "kind": Text(choices=kinds, doc="the table's kind in the catalogue (default: the table's name)"),
        "number": Text(
            scalar=True,
            pattern=r"[0-9]+(?:\.[0-9]+)*|[IVXLC]+(?:\.[0-9]+)*",
            max_length=20,
            doc='the number printed in its caption: "7" for "Tabel 7", also "3.5", "III.2"',
        ),
        "caption": Text(scalar=True, doc="the caption, as printed"),
        "heading": Text(
            scalar=True,
            doc="for a table printed without a caption: the heading above it, which names it in messages",
        ),
        "source_line": _LINE,
        "note": Text(scalar=True, doc="a remark of whoever transcribed the table"),
        "rows": Field(_rows(kind, rs), required=True),
        "facts": _facts(rs),
    }


class TableSchema(Schema):
    """A table: the columns and row keys its rows may have depend on its kind."""

    def __init__(self, rs: RuleSet | None) -> None:
        self.rs = rs
        self.doc = "a table of the report, named for its role"
        self.by_kind: dict[str, Obj] = {}

    def obj(self, kind: TableKind | None) -> Obj:
        name = kind.name if kind is not None else ""
        if name not in self.by_kind:
            self.by_kind[name] = Obj(_table_fields(kind, self.rs), doc=self.doc)
        return self.by_kind[name]

    def read(self, r: Reader, raw: Any, path: SchemaPath, key_at: tuple[int, int] | None = None) -> Node:
        """The table at `path`; `key_at`, where its name stands (a misspelt name is shown there)."""
        if r.kind(raw) != "mapping":
            return self.obj(None).read(r, raw, path)  # reports the wrong type
        entries = list(r.entries(raw, path))
        done: dict[str, Node] = {}
        name = str(path[-1])
        said: Node | None = None  # the table's `kind:`, when it says one
        for key, key_at_, value in entries:
            if key == "kind":
                said = Text().read(r, value, (*path, "kind"))
                said.key_line, said.key_column = key_at_
                done["kind"], name = said, said.value
        kind = None
        if self.rs is not None:
            kind = self.rs.tables.get(name)
            if kind is None:
                hint = did_you_mean(name, self.rs.tables)
                if said is not None:
                    raise fail(r, said.at, "err.unknown_table_kind", kind=name, hint=hint)
                # Named for no kind and saying none: most often a misspelt name.
                kinds = ", ".join(self.rs.tables)
                raise fail(r, key_at or r.at(raw), "err.table_of_no_kind", table=name, kinds=kinds, hint=hint)
        return self.obj(kind).read_entries(r, entries, r.at(raw), path, done)

    def json_schema(self) -> dict[str, Any]:
        return self.obj(None).json_schema()

    def of_kind(self, name: str) -> dict[str, Any]:
        assert self.rs is not None
        return self.obj(self.rs.tables[name]).json_schema()


class Tables(MapOf):
    """The report's tables by name: a table named for its kind needs no `kind:`."""

    def __init__(self, rs: RuleSet | None) -> None:
        self.table = TableSchema(rs)
        super().__init__(self.table, doc="the report's tables, by name")

    def read_value(self, r: Reader, raw: Any, path: SchemaPath, key_at: tuple[int, int]) -> Node:
        return self.table.read(r, raw, path, key_at)

    def json_schema(self) -> dict[str, Any]:
        rs = self.table.rs
        if rs is None:
            return super().json_schema()
        kinds = list(rs.tables)
        # A table named otherwise says its kind, which picks its schema (if/then, not anyOf:
        # an editor then reports one missing `kind` at the misspelt name, not the errors of
        # whichever kind fits best). `errorMessage` is what yaml-language-server shows there.
        says_its_kind = {
            "required": ["kind"],
            "errorMessage": (
                "This name is no kind of table of the catalogue, and the table says no `kind:`. "
                f"The catalogue's kinds of table: {', '.join(kinds)}"
            ),
        }
        of_kind = [
            {
                "if": {"properties": {"kind": {"const": k}}, "required": ["kind"]},
                "then": self.table.of_kind(k),
            }
            for k in kinds
        ]
        return self._described(
            {
                "type": "object",
                "properties": {k: self.table.of_kind(k) for k in kinds},
                "additionalProperties": {
                    "type": "object",
                    "properties": {"kind": {"enum": kinds}},
                    "allOf": [says_its_kind, *of_kind],
                },
            }
        )


def data_schema(rs: RuleSet | None = None) -> Obj:
    """The data file's format; with a RuleSet, refined by its catalogue."""
    if rs is not None and "data_schema" in rs.derived:
        cached: Obj = rs.derived["data_schema"]
        return cached
    schema = Obj(
        {
            "lkjip": Field(Integer(1, 1000, doc="the data format's version: 1"), required=True),
            "unit": Field(
                Text(pattern=limits.NAME.pattern, max_length=limits.MAX_NAME, doc="the unit's id"),
                required=True,
            ),
            "year": Field(Integer(1900, 2200, doc="the report's year"), required=True),
            "period": Text(doc='the period reported: "TW I" … "TW IV", or "Tahunan" (the annual LKjIP)'),
            "quarter": Text(doc='the older name of `period`, for quarterly reports: "TW I" … "TW IV"'),
            "title": Text(scalar=True, doc="the report's title, as printed"),
            "source": Text(scalar=True, doc="the document this was transcribed from"),
            "tables": Tables(rs),
            "facts": _facts(rs),
            "document": DOCUMENT,
        },
        doc="A performance report (LKjIP or Laporan Kinerja Triwulan), value by value as printed.",
    )
    if rs is not None:
        rs.derived["data_schema"] = schema
    return schema


def data_json_schema(rs: RuleSet | None = None) -> dict[str, Any]:
    """The JSON Schema of data files; with a RuleSet, knowing its tables, columns and facts."""
    title = "lkjip data file" + (f" ({rs.catalogue} catalogue)" if rs is not None else "")
    body = data_schema(rs).json_schema()
    body["oneOf"] = [{"required": ["period"]}, {"required": ["quarter"]}]  # exactly one of them
    # Editors refuse what parse_period refuses (`TW V`); lkjip itself says err.quarter, which
    # lists the forms it reads, so the pattern is the schema's only.
    for key, pattern in (("period", PERIOD_PATTERN), ("quarter", QUARTER_PATTERN)):
        body["properties"][key]["pattern"] = f"^(?:{pattern})$"
    return shared_defs({**document_header(title, SCHEMA_ID), **body})


# ------------------------------------------------------------------ reading


class Header(Record):
    """What a data file says about itself, read before its rules are known."""

    __slots__ = ("annual", "doc", "quarter", "unit", "unit_pos", "year")

    def __init__(
        self,
        doc: YamlDoc,
        unit: str,
        year: int,
        quarter: int,
        unit_pos: tuple[int, int],
        annual: bool = False,
    ) -> None:
        self.doc = doc
        self.unit = unit
        self.year = year
        self.quarter = quarter
        self.annual = annual
        self.unit_pos = unit_pos


_HEADER = ("lkjip", "unit", "year")
# An annual report (LKjIP) names its period so; it stands at the year's end, TW IV.
ANNUAL_PERIODS = ("tahunan", "lkjip", "tahun", "annual")


def _any_case(pattern: str) -> str:
    """`pattern` (upper-case letters) matching in any case: JSON Schema's regexes have no flags."""
    out, i = [], 0
    while i < len(pattern):
        if pattern[i] == "\\":  # an escape (\s) stays as it is
            out.append(pattern[i : i + 2])
            i += 2
            continue
        c = pattern[i]
        out.append(f"[{c}{c.lower()}]" if c.isalpha() else c)
        i += 1
    return "".join(out)


# What parse_period accepts, as one pattern, so that editors refuse `TW V` as lkjip does.
QUARTER_PATTERN = r"\s*" + _any_case(dates.QUARTER_SHAPE.pattern.replace("(IV|", "(?:IV|")) + r"\s*"
PERIOD_PATTERN = (
    QUARTER_PATTERN + r"|\s*(?:" + "|".join(_any_case(p.upper()) for p in ANNUAL_PERIODS) + r")\s*"
)


def parse_period(text: str) -> tuple[int, bool]:
    """(quarter, annual) from "TW II", "Triwulan 2", … or "Tahunan" / "LKjIP" (4, True)."""
    if " ".join(text.lower().split()) in ANNUAL_PERIODS:
        return 4, True
    return dates.parse_quarter(text), False


def read_header(path: Path, display: str) -> Header:
    """Load the YAML and look at what says which rules apply: unit, year, quarter.

    Looking does not count as reading (the document is read once, later, in
    full); a header that is not as the schema says is reported from the full
    generic read, so its error is the same as anywhere else in the file.
    """
    doc = load_yaml(path, display)
    peek = YamlReader(doc, counting=False)
    fields = data_schema().fields
    top: dict[str, Any] = {}
    for key, _, value in peek.entries(doc.root, ()):
        top.setdefault(key, value)
    names = [k for k in ("period", "quarter") if k in top]
    try:
        if len(top) != len(doc.root.value):
            raise KeyError("a key twice")  # the full read says which, where
        values = {k: fields[k].schema.read(peek, top[k], (k,)) for k in (*_HEADER, *names)}
    except (KeyError, SourceError):
        data_schema().read(YamlReader(doc), doc.root, ())  # raises the error at its place
        raise AssertionError("a header the full read accepts") from None  # pragma: no cover
    version = values["lkjip"]
    if version.value != FORMAT_VERSION:
        raise doc.fail(top["lkjip"], "err.version", found=version.value, supported=FORMAT_VERSION)
    if not names:
        raise doc.fail(doc.root, "err.missing_key", key="period", path=Msg("where.top"))
    if len(names) == 2:
        raise doc.fail(top["quarter"], "err.period_twice")
    period = values[names[0]]
    try:
        q, annual = parse_period(period.value)
    except dates.DateError:
        raise doc.fail(top[names[0]], "err.quarter", found=period.value) from None
    if annual and names[0] == "quarter":
        raise doc.fail(top["quarter"], "err.quarter_annual", found=period.value)
    return Header(doc, values["unit"].value.strip(), values["year"].value, q, values["unit"].at, annual)


def build_report(header: Header, display: str, rs: RuleSet) -> Report:
    """Read the whole data file against the catalogue's schema and turn it into a Report."""
    with collector_paused():  # like composing, reading only allocates (see source.collector_paused)
        return _build_report(header, display, rs)


def _build_report(header: Header, display: str, rs: RuleSet) -> Report:
    doc = header.doc
    top = data_schema(rs).read(YamlReader(doc), doc.root, ())
    doc.finish()
    report = Report(
        display,
        header.unit,
        header.year,
        header.quarter,
        top.text("title"),
        top.text("source"),
        annual=header.annual,
    )
    title = top.get("title")
    report.title_at = title.at if title is not None else None
    tables = top.get("tables")
    for name, tnode in (tables.value if tables is not None else {}).items():
        table = _table(display, name, tnode, rs)
        report.tables[name] = table
        _table_mentions(report, table)
        facts = tnode.get("facts")
        if facts is not None:
            # Figures printed around a table ("Pagu Anggaran: Rp ...") belong to it.
            _add_facts(report, facts, rs, name)
    facts = top.get("facts")
    if facts is not None:
        _add_facts(report, facts, rs, None)
    document = top.get("document")
    if document is not None:  # the narrative of the draft the file was imported from
        report.document = document_of(document, display)
    restated_cells(report, rs)
    return report


def restated_cells(report: Report, rs: RuleSet) -> None:
    """Table cells a [[same]] names (its evidence, its `also` cells) are mentions of its fact too."""
    env = Env(report, rs)
    for check in rs.checks:
        if check.type != "same":
            continue
        fact = check.params["fact"]
        paths = [
            *([check.params["evidence"]] if "evidence" in check.params else []),
            *check.params.get("also", []),
        ]
        for e in paths:
            mentions = report.mentions.setdefault(fact, [])
            known = {id(m.cell) for m in mentions}
            for cell in expr_cells(e(env)):
                if id(cell) not in known:
                    known.add(id(cell))
                    mentions.append(Mention(fact, cell, via=str(check.ref)))


def _table(display: str, name: str, node: Node, rs: RuleSet) -> Table:
    kind = rs.tables[node.text("kind", name)]
    number = node.get("number")
    source_line = node.get("source_line")
    table = Table(
        name,
        kind,
        number.value if number is not None else None,
        node.text("caption"),
        source_line.value if source_line is not None else None,
        *node.key_at,
        {},
    )
    table.heading = node.text("heading") or None
    caption = node.get("caption")
    table.caption_at = caption.at if caption is not None else None
    table.number_at = number.at if number is not None else None
    rows = node.value["rows"]
    if kind.rows == "list":
        for i, rnode in enumerate(rows.value, start=1):
            table.rows[str(i)] = _row_of(name, str(i), rnode, kind)
    else:
        for key, rnode in rows.value.items():
            iku = rs.iku.get(key) if kind.rows == "iku" else None
            table.rows[key] = _row_of(name, key, rnode, kind, iku)
    _check_parents(display, table)
    return table


def _row_of(table: str, key: str, node: Node, kind: TableKind, iku: Iku | None = None) -> Row:
    cells: dict[str, Cell] = {}
    for cname, cnode in node.value.items():
        col = kind.columns[cname]
        # An IKU's own figures take its kind: a score or rate is a rounded measure.
        ckind = (
            iku.value_kind if iku is not None and col.kind == "number" and cname in kind.facts else col.kind
        )
        cells[cname] = make_cell(cnode, ckind, col, table, key, cname)
    return Row(key, *node.at, cells)


def make_cell(
    node: Node,
    kind: str,
    col: Column | None = None,
    table: str | None = None,
    row: str | None = None,
    field: str | None = None,
) -> Cell:
    zero = col is not None and col.blank == "zero"
    cell = Cell(node.value, node.line, node.column, kind, zero, None, table, row, field)
    if kind in NUMERIC_KINDS:
        cell.parsed = parse_number(node.value, kind == "money" or kind == "count")
        cell._interval = cell._compute_interval()
    return cell


def _table_mentions(report: Report, table: Table) -> None:
    for fname in table.kind.facts:
        for row in table.rows.values():
            cell = row.cells.get(fname)
            if cell is not None:
                fact = f"{row.key}.{fname}"
                report.mentions.setdefault(fact, []).append(Mention(fact, cell))


def _check_parents(file: str, table: Table) -> None:
    """Every parent is a row of the table, and every parent chain ends (no cycle).

    Linear in the rows: a chain is followed only up to a row already known to
    end, so a tree printed as one chain of n codes is walked once, not n times.
    """
    parent_cols = [c for c, col in table.kind.columns.items() if col.kind == "parent"]
    if not parent_cols:
        return
    rows = table.rows
    for row in rows.values():
        for cname in parent_cols:
            cell = row.cells.get(cname)
            if cell is None or not cell.text:
                continue
            if cell.text not in rows or cell.text == row.key:
                raise SourceError(
                    file,
                    cell.line,
                    cell.column,
                    "err.unknown_parent",
                    parent=cell.text,
                    hint=did_you_mean(cell.text, rows),
                )
    parent_col = parent_cols[0]
    ends: set[str] = set()  # rows whose chain is known to end
    for row in rows.values():
        walk = [row.key]
        on_walk = {row.key}
        cur = row.get(parent_col)
        while cur is not None and cur.text and cur.text not in ends:
            if cur.text in on_walk:
                raise SourceError(file, cur.line, cur.column, "err.parent_cycle", key=row.key)
            walk.append(cur.text)
            on_walk.add(cur.text)
            cur = rows[cur.text].get(parent_col)
        ends.update(walk)


def _add_facts(report: Report, node: Node, rs: RuleSet, table: str | None) -> None:
    for fact, fnode in node.value.items():
        kind = rs.fact_kind(fact)
        assert kind is not None  # the schema knows the facts
        items = fnode.value if isinstance(fnode.value, list) else [fnode]
        for item in items:
            report.mentions.setdefault(fact, []).append(_mention(fact, item, kind.kind, table))


def _mention(fact: str, node: Node, kind: str, table: str | None) -> Mention:
    if isinstance(node.value, str):
        return Mention(fact, make_cell(node, kind, None, table, None, fact))
    value = make_cell(node.value["value"], kind, None, table, None, fact)
    words, period = (
        make_cell(node.value[k], "text", None, table, None, fact) if k in node.value else None
        for k in ("words", "period")
    )
    source_line = node.get("source_line")
    return Mention(
        fact, value, words, period, node.text("quote"), source_line.value if source_line is not None else None
    )
