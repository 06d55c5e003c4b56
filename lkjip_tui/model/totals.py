"""Sums declared by `[[total]]`: rows into a total row, a code tree into its parents,
columns into a total column. LKJ301 (does not add up) and LKJ305 (cannot be
verified because a cell is blank) check them; a total's sum is also its
authority where a figure names the total as its evidence (authority.py)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from lkjip_tui.model.report import Cell, Report, Table
from lkjip_tui.model.rules import Check, RuleSet
from lkjip_tui.values.interval import Interval
from lkjip_tui.values.record import Record


class Sum(Record):
    __slots__ = (
        "_computed",
        "blank_is_zero",
        "check",
        "column",
        "part_names",
        "parts",
        "row",
        "table",
        "total",
        "total_at",
    )

    def __init__(
        self,
        check: Check,
        table: Table,
        total: Cell | None,
        total_at: tuple[int, int],
        parts: list[Cell | None],
        part_names: list[str],
        column: str,
        row: str,
        blank_is_zero: bool,
    ) -> None:
        self.check = check
        self.table = table
        self.total = total  # None: the total cell is absent altogether
        self.total_at = total_at
        self.parts = parts
        self.part_names = part_names
        self.column = column
        self.row = row
        self.blank_is_zero = blank_is_zero
        self._computed: tuple[Interval | None] | None = None  # the sum, once worked out

    def value(self, cell: Cell | None) -> Interval | None:
        """A cell's figure; an absent cell is nil where the column says blank means zero."""
        if cell is None:
            return Interval.point(Decimal(0)) if self.blank_is_zero else None
        return cell.interval()

    def total_value(self) -> Interval | None:
        return self.value(self.total)

    def part_values(self) -> list[Interval | None]:
        return [self.value(p) for p in self.parts]

    def blank_parts(self) -> list[str]:
        """The parts printed blank in a column where blank means nil."""
        if not self.blank_is_zero:
            return []
        return [
            n for c, n in zip(self.parts, self.part_names, strict=True) if c is None or not c.text.strip()
        ]

    def short_by_blanks(self) -> bool:
        """The printed total is more than its parts' sum and some parts are blank: the blanks
        are what is wrong (a refund printed on a komponen and in JUMLAH, blank between),
        not the total — asking to change the total would ask for a wrong value."""
        reported, computed = self.total_value(), self.computed()
        printed = self.total is not None and self.total.text.strip() != ""
        return (
            printed
            and reported is not None
            and computed is not None
            and reported.lo > computed.hi
            and bool(self.blank_parts())
        )

    def computed(self) -> Interval | None:
        """The sum of the parts, or None when one is blank (worked out once)."""
        if self._computed is None:
            acc: Interval | None = Interval.point(Decimal(0))
            for iv in self.part_values():
                if iv is None or acc is None:
                    acc = None
                    break
                acc = acc + iv
            self._computed = (acc,)
        return self._computed[0]


def sums(report: Report, rs: RuleSet) -> Iterator[Sum]:
    for check in rs.checks:
        if check.type == "total":
            for table in report.tables_of(check.params["table"]):
                yield from _one_table(check, table)


def _one_table(check: Check, table: Table) -> Iterator[Sum]:
    p = check.params
    rows = table.rows
    total_key = p.get("total_row")
    if "total_column" in p:
        for row in rows.values():
            total = row.cells.get(p["total_column"])
            parts = [row.cells.get(c) for c in p["parts"]]
            if total is None and all(c is None for c in parts):
                continue
            zero = _blank_zero(table, p["total_column"])
            yield Sum(
                check,
                table,
                total,
                (row.line, row.column),
                parts,
                list(p["parts"]),
                p["total_column"],
                row.key,
                zero,
            )
        return
    tree = p.get("tree")
    if tree:
        children: dict[str, list[str]] = {}
        for row in rows.values():
            parent = row.cells.get(tree)
            if parent is not None and parent.text:
                children.setdefault(parent.text, []).append(row.key)
        for key, kids in children.items():
            for col in p["columns"]:
                yield Sum(
                    check,
                    table,
                    rows[key].cells.get(col),
                    (rows[key].line, rows[key].column),
                    [rows[k].cells.get(col) for k in kids],
                    kids,
                    col,
                    key,
                    _blank_zero(table, col),
                )
        roots = [
            k for k, r in rows.items() if k != total_key and not (r.cells.get(tree) and r.cells[tree].text)
        ]
    else:
        roots = [k for k in rows if k != total_key]
        if p.get("flat") and _nested(table, roots, p["columns"]):
            return  # sub-totals among the rows, and no code says which: not added up, never guessed
    if total_key is None:
        return
    if total_key not in rows or not roots:
        return  # no total row, or nothing printed to add up to it
    total_row = rows[total_key]
    for col in p["columns"]:
        yield Sum(
            check,
            table,
            total_row.cells.get(col),
            (total_row.line, total_row.column),
            [rows[k].cells.get(col) for k in roots],
            roots,
            col,
            total_key,
            _blank_zero(table, col),
        )


def _nested(table: Table, keys: list[str], columns: list[str]) -> bool:
    """Whether some row is the sum of two or more rows right after it, in every column printed
    for them (a program over its kegiatan): the rows are a tree, not parts of one total."""
    for col in columns:
        values = []
        for k in keys:
            c = table.rows[k].cells.get(col)
            n = c.number if c is not None else None
            values.append(n.value if n is not None else None)
        for i, head in enumerate(values):
            if head is None or head == 0:
                continue
            acc = Decimal(0)
            for j in range(i + 1, len(values)):
                v = values[j]
                if v is None:
                    break
                acc += v
                if acc == head and j >= i + 2:
                    return True
                if acc > head > 0:
                    break
    return False


def _blank_zero(table: Table, column: str) -> bool:
    return table.kind.columns[column].blank == "zero"
