"""The rules as data: IKU catalogue, report schema, targets and declared checks.

Rules are TOML files in two layers: a catalogue directory shared by all units
of an agency (`rules/bp2mi/`: sasaran, IKU with how each capaian is computed,
IKK, predikat bands, the kinds of tables and facts a report holds, the
consistency checks) and a unit-year file (`rules/bp3mi-sumbar/2023.toml`)
that `extends` a catalogue and sets each IKU's annual target and quarterly
breakdown. `catalogue.py` reads and validates them into these records.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from lkjip_tui.formula import Expr
from lkjip_tui.values.record import Record

FORMULAS = ("higher", "lower", "reduction", "range", "stabilize", "index")
LOWER_VARIANTS = ("kondisi_khusus", "inverse")
ZERO_TARGET = ("undefined", "met", "zero")
BREAKDOWNS = ("even", "cumulative", "constant", "profile", "cumulative_profile", "annual_only")
ROUNDING = ("half_up", "half_even", "down", "up")
ROW_KINDS = ("iku", "ikk", "key", "list")
COLUMN_KINDS = ("text", "no", "number", "measure", "percent", "money", "count", "date", "weekday", "parent")
NUMERIC_KINDS = ("number", "measure", "percent", "money", "count")
VALUES = ("counts", "measures")
BLANK = ("missing", "zero")
PERIODS = ("current", "previous_year", "previous_quarter", "any")
IKU_FACTS = ("target_tahunan", "target", "realisasi", "capaian")
IKU_FACT_LABELS = {
    "target_tahunan": "target tahunan",
    "target": "target triwulan",
    "realisasi": "realisasi",
    "capaian": "capaian",
}
CHECK_TYPES = ("same", "derived", "count", "total", "dates", "numbering", "condition")


class Ref(Record):
    """Where a rule stands: file and line, for findings and errors."""

    __slots__ = ("column", "file", "line")

    def __init__(self, file: str, line: int, column: int = 1) -> None:
        self.file = file
        self.line = line
        self.column = column

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


class Sasaran(Record):
    __slots__ = ("id", "name", "ref")

    def __init__(self, id: str, name: str, ref: Ref) -> None:
        self.id = id
        self.name = name
        self.ref = ref


class Iku(Record):
    __slots__ = (
        "cap",
        "current",
        "formula",
        "id",
        "measured_in",
        "name",
        "previous",
        "ref",
        "sasaran",
        "unit",
        "values",
        "variant",
        "zero_target",
    )

    def __init__(
        self,
        id: str,
        name: str,
        sasaran: str,
        unit: str,
        formula: str,
        variant: str,
        zero_target: str,
        cap: Decimal | None,
        measured_in: tuple[int, ...],
        values: str,
        previous: Expr | None,
        current: Expr | None,
        ref: Ref,
    ) -> None:
        self.id = id
        self.name = name
        self.sasaran = sasaran
        self.unit = unit
        self.formula = formula
        self.variant = variant
        self.zero_target = zero_target
        self.cap = cap
        self.measured_in = measured_in
        # "counts": a whole number printed is exact; "measures": every printed value is rounded.
        self.values = values
        self.previous = previous
        self.current = current
        self.ref = ref

    @property
    def value_kind(self) -> str:
        """The column kind of this IKU's target and realisasi figures."""
        return "measure" if self.values == "measures" else "number"


class Ikk(Record):
    __slots__ = ("id", "iku", "name", "ref")

    def __init__(self, id: str, iku: str, name: str, ref: Ref) -> None:
        self.id = id
        self.iku = iku
        self.name = name
        self.ref = ref


class Band(Record):
    __slots__ = ("max", "min", "name", "ref")

    def __init__(self, name: str, min: Decimal | None, max: Decimal | None, ref: Ref) -> None:
        self.name = name
        self.min = min
        self.max = max
        self.ref = ref

    def contains(self, value: Decimal) -> bool:
        return (self.min is None or value >= self.min) and (self.max is None or value < self.max)


class Column(Record):
    __slots__ = ("blank", "kind", "name", "ref", "required")

    def __init__(self, name: str, kind: str, required: bool, blank: str, ref: Ref) -> None:
        self.name = name
        self.kind = kind
        self.required = required
        self.blank = blank
        self.ref = ref


class TableKind(Record):
    __slots__ = ("columns", "facts", "name", "ref", "rows", "title")

    def __init__(
        self, name: str, title: str, rows: str, columns: dict[str, Column], facts: tuple[str, ...], ref: Ref
    ) -> None:
        self.name = name
        self.title = title
        self.rows = rows
        self.columns = columns
        self.facts = facts
        self.ref = ref


class FactKind(Record):
    __slots__ = ("id", "kind", "label", "period", "ref")

    def __init__(self, id: str, label: str, kind: str, period: str, ref: Ref) -> None:
        self.id = id
        self.label = label
        self.kind = kind
        self.period = period
        self.ref = ref


class Target(Record):
    __slots__ = ("annual", "breakdown", "decimals", "iku", "quarters", "ref", "refs", "rounding")

    def __init__(
        self,
        iku: str,
        annual: Decimal | tuple[Decimal, Decimal],
        breakdown: str,
        quarters: tuple[Decimal, ...],
        decimals: int | None,
        rounding: str,
        ref: Ref,
        refs: dict[str, Ref] | None = None,
    ) -> None:
        self.iku = iku
        self.annual = annual
        self.breakdown = breakdown
        self.quarters = quarters
        self.decimals = decimals
        self.rounding = rounding
        self.ref = ref
        self.refs = {} if refs is None else refs


class Check(Record):
    """One declared consistency check: its type (which rule runs it) and settings."""

    __slots__ = ("params", "ref", "type")

    def __init__(self, type: str, params: dict[str, Any], ref: Ref) -> None:
        self.type = type
        self.params = params
        self.ref = ref


class RuleSet(Record):
    __slots__ = (
        "bands",
        "catalogue",
        "checks",
        "derived",
        "facts",
        "files",
        "ikk",
        "iku",
        "sasaran",
        "tables",
        "targets",
        "targets_ref",
        "unit",
        "unit_name",
        "year",
    )

    def __init__(
        self,
        catalogue: str,
        unit: str,
        year: int,
        unit_name: str,
        files: list[str],
        sasaran: dict[str, Sasaran] | None = None,
        iku: dict[str, Iku] | None = None,
        ikk: dict[str, Ikk] | None = None,
        bands: list[Band] | None = None,
        tables: dict[str, TableKind] | None = None,
        facts: dict[str, FactKind] | None = None,
        targets: dict[str, Target] | None = None,
        checks: list[Check] | None = None,
        targets_ref: Ref | None = None,
    ) -> None:
        self.catalogue = catalogue
        self.unit = unit
        self.year = year
        self.unit_name = unit_name
        self.files = files
        self.sasaran = {} if sasaran is None else sasaran
        self.iku = {} if iku is None else iku
        self.ikk = {} if ikk is None else ikk
        self.bands = [] if bands is None else bands
        self.tables = {} if tables is None else tables
        self.facts = {} if facts is None else facts
        self.targets = {} if targets is None else targets
        self.checks = [] if checks is None else checks
        self.targets_ref = targets_ref
        self.derived: dict[str, Any] = {}  # computed once from the rules (e.g. the data schema)

    def fact_kind(self, fact: str) -> FactKind | None:
        """The declared fact, or one of the facts every IKU has (IKU1.realisasi)."""
        if fact in self.facts:
            return self.facts[fact]
        iku, _, name = fact.partition(".")
        if iku in self.iku and name in IKU_FACTS:
            kind = "percent" if name == "capaian" else self.iku[iku].value_kind
            return FactKind(fact, f"{IKU_FACT_LABELS[name]} {iku}", kind, "current", self.iku[iku].ref)
        return None

    def fact_names(self) -> list[str]:
        return [*self.facts, *(f"{i}.{n}" for i in self.iku for n in IKU_FACTS)]

    def predikat(self, capaian: Decimal) -> str | None:
        for band in self.bands:
            if band.contains(capaian):
                return band.name
        return None
