"""A report as data: what it says, with where each value stands.

A report holds its tables and the figures its narrative states. Tables are
named for their role and have a kind from the rules' catalogue; rows are keyed
by stable ids (IKU, IKK, budget code) or listed in printed order. Every value
is kept as printed and parsed by its column's kind. `data_file.py` reads a
report from a YAML data file; `lkjip_tui.drafts` reads one from a Word draft
or its text export, and then every value also has its `Place` in the draft
and the report keeps the draft's narrative (`document`).
"""

from __future__ import annotations

import re
from decimal import Decimal

from lkjip_tui.model.document import Document, Place
from lkjip_tui.model.rules import EXACT_KINDS, NUMERIC_KINDS, Column, Iku, TableKind
from lkjip_tui.values.interval import Interval
from lkjip_tui.values.numbers import NotReported, Number, Parsed, parse_number
from lkjip_tui.values.record import Record


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
        "place",
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
        place: Place | None = None,
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
        self.place = place  # where it stands in the draft it was read from, if any
        self._interval: Interval | None = None  # set by data_file.make_cell or printed_cell

    @property
    def number(self) -> Number | None:
        return self.parsed if isinstance(self.parsed, Number) else None

    @property
    def reported(self) -> bool:
        """False for blanks, `-` and notes: the report gives no figure here."""
        return not isinstance(self.parsed, NotReported) and self.text.strip() != ""

    @property
    def exact(self) -> bool:
        """Declared targets, counts and amounts are exactly what they say; a plain number
        printed whole is taken as exact; measured scores and rates stand for their rounding."""
        n = self.number
        if n is None or self.kind in ("percent", "measure"):
            return False
        return self.kind in EXACT_KINDS or (n.decimals == 0 and not n.percent)

    def interval(self) -> Interval | None:
        """The values this cell can stand for, or None when it gives no usable figure."""
        return self._interval

    def _compute_interval(self) -> Interval | None:
        n = self.number
        if n is not None:
            return n.interval(self.exact)
        if self.blank_is_zero and isinstance(self.parsed, NotReported):
            return Interval.point(Decimal(0))
        ratio = _ONE_TO.fullmatch(self.text.strip())
        if ratio is not None:
            # "1:17,9" (one guru to 17,9 murid): the figure compared is the second term.
            term = parse_number(ratio["term"])
            if isinstance(term, Number):
                return term.interval(self.kind in EXACT_KINDS or term.decimals == 0)
        return None


# A ratio to one, as rasio guru/murid is printed: "1:17", "1 : 17,9".
_ONE_TO = re.compile(r"1\s*:\s*(?P<term>\d+(?:,\d+)?)")


def printed_cell(
    text: str,
    line: int,
    column: int,
    kind: str,
    col: Column | None = None,
    table: str | None = None,
    row: str | None = None,
    field: str | None = None,
    place: Place | None = None,
) -> Cell:
    """A value as printed, parsed by its kind (a column's `blank = "zero"` makes a blank 0)."""
    zero = col is not None and col.blank == "zero"
    cell = Cell(text, line, column, kind, zero, None, table, row, field, place)
    if kind in NUMERIC_KINDS:
        cell.parsed = parse_number(text, kind == "money" or kind == "count")
        cell._interval = cell._compute_interval()
    return cell


def cell_kind(table: TableKind, name: str, iku: Iku | None) -> str:
    """The kind a cell is read as: an IKU's own figures take its kind (a score or rate is a
    rounded measure), other cells their column's."""
    col = table.columns[name]
    if iku is not None and col.kind == "number" and name in table.facts:
        return iku.value_kind
    return col.kind


class Row(Record):
    __slots__ = ("cells", "column", "key", "line", "place")

    def __init__(
        self, key: str, line: int, column: int, cells: dict[str, Cell], place: Place | None = None
    ) -> None:
        self.key = key
        self.line = line
        self.column = column
        self.cells = cells
        self.place = place

    def get(self, name: str) -> Cell | None:
        return self.cells.get(name)


class Table(Record):
    __slots__ = (
        "caption",
        "caption_at",
        "column",
        "kind",
        "line",
        "name",
        "number",
        "number_at",
        "place",
        "rows",
        "source_line",
    )

    def __init__(
        self,
        name: str,
        kind: TableKind,
        number: str | None,
        caption: str,
        source_line: int | None,
        line: int,
        column: int,
        rows: dict[str, Row],
        place: Place | None = None,
    ) -> None:
        self.name = name
        self.kind = kind
        self.number = number
        self.caption = caption
        self.source_line = source_line
        self.line = line
        self.column = column
        self.rows = rows
        self.place = place  # the caption (or first row) in the draft
        self.caption_at: tuple[int, int] | None = None  # where the caption stands in the data file
        self.number_at: tuple[int, int] | None = None

    @property
    def label(self) -> str:
        """The table as the report prints it: "Tabel 7"; a draft's table without a caption by
        the heading above it, quoted; a data file's table without a number by its key."""
        if self.number is not None:
            return f"Tabel {self.number}"
        if self.place is not None and self.place.heading:
            return f"“{self.place.heading}”"
        return self.name


class Mention(Record):
    """A place where the report states a fact: a table cell or a narrative figure."""

    __slots__ = ("cell", "fact", "period", "quote", "source_line", "via", "words")

    def __init__(
        self,
        fact: str,
        cell: Cell,
        words: Cell | None = None,
        period: Cell | None = None,
        quote: str = "",
        source_line: int | None = None,
        via: str = "",
    ) -> None:
        self.fact = fact
        self.cell = cell  # knows its table (None in the narrative), row and field
        self.words = words
        self.period = period
        self.quote = quote
        self.source_line = source_line
        self.via = via  # for a cell a [[same]] names: the check's position in the rules

    @property
    def table(self) -> str | None:
        return self.cell.table


class Report(Record):
    __slots__ = (
        "annual",
        "document",
        "file",
        "mentions",
        "quarter",
        "source",
        "tables",
        "title",
        "title_at",
        "unit",
        "year",
    )

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
        document: Document | None = None,
        annual: bool = False,
    ) -> None:
        self.file = file
        self.unit = unit
        self.year = year
        # The period reported: a quarter (1–4), or the year (`annual`, quarter 4: the year's end).
        self.quarter = quarter
        self.annual = annual
        self.title = title
        self.title_at: tuple[int, int] | None = None  # where the title stands in the data file
        self.source = source
        self.tables = {} if tables is None else tables
        self.mentions = {} if mentions is None else mentions
        self.document = document  # the draft's narrative, when the report was read from one

    def measures(self, measured_in: tuple[int, ...]) -> bool:
        """Whether an IKU measured in these quarters is measured in this report (an annual one measures all)."""
        return self.annual or self.quarter in measured_in

    def tables_of(self, kind_or_name: str) -> list[Table]:
        """Tables of a kind, or the one table of that name."""
        if kind_or_name in self.tables and self.tables[kind_or_name].kind.name != kind_or_name:
            return [self.tables[kind_or_name]]
        return [t for t in self.tables.values() if t.kind.name == kind_or_name]
