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
from lkjip_tui.values.msg import Msg
from lkjip_tui.values.record import Record

# A name messages show: plain text (the same in both languages), {id, en}, or a message.
Label = str | dict[str, str] | Msg

FORMULAS = ("higher", "lower", "reduction", "range", "stabilize", "index", "any")
# The kinds a printed capaian may fit when the formula is not declared ("any"): each with its variant.
ANY_KINDS = (("higher", ""), ("lower", "kondisi_khusus"), ("lower", "inverse"))
LOWER_VARIANTS = ("kondisi_khusus", "inverse")
# How a range target ("80 - 90%") scores: see capaian.py.
RANGE_VARIANTS = ("within", "upper", "lower", "penalty")
VARIANTS = {"lower": LOWER_VARIANTS, "range": RANGE_VARIANTS}
ZERO_TARGET = ("undefined", "met", "zero")
BREAKDOWNS = ("even", "cumulative", "constant", "profile", "cumulative_profile", "annual_only")
ROUNDING = ("half_up", "half_even", "down", "up")
ROW_KINDS = ("iku", "ikk", "key", "list")
COLUMN_KINDS = (
    "text",
    "no",
    "number",
    "target",
    "measure",
    "percent",
    "money",
    "count",
    "date",
    "weekday",
    "parent",
)
NUMERIC_KINDS = ("number", "target", "measure", "percent", "money", "count")
# Printed values that stand for exactly what they say: declared targets, counts, amounts.
EXACT_KINDS = ("target", "money", "count")
VALUES = ("counts", "measures")
BLANK = ("missing", "zero")
PERIODS = ("current", "previous_year", "previous_quarter", "any")
IKU_FACTS = ("target_tahunan", "target", "realisasi", "capaian")
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


def cite(rule: str) -> str:
    """A rule as a finding cites it: its catalogue's folder, file and line ("bp2mi/iku.toml:66"),
    never the rules directory's path on the reviewer's machine."""
    path, colon, line = rule.rpartition(":")
    if not colon or not line.isdigit():
        path, line = rule, ""
    parts = path.replace("\\", "/").split("/")
    short = "/".join(parts[-2:])
    return f"{short}:{line}" if line else short


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
        "short_name",
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
        short_name: str = "",
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
        self.short_name = short_name or shorten(name, SHORT_NAME)

    @property
    def value_kind(self) -> str:
        """The column kind of this IKU's realisasi figures."""
        return "measure" if self.values == "measures" else "number"

    @property
    def label(self) -> str:
        """How messages name it: as the reports print it (shortened), its id after."""
        return f"{self.short_name} ({self.id})"


SHORT_NAME = 40  # characters of an IKU's printed name that messages show


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word and marked with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,;:-/") + "…"


class Ikk(Record):
    __slots__ = ("id", "iku", "name", "ref")

    def __init__(self, id: str, iku: str, name: str, ref: Ref) -> None:
        self.id = id
        self.iku = iku
        self.name = name
        self.ref = ref


class Band(Record):
    """A predikat band: capaian from `low` to `high`, each end included or not (None: unbounded)."""

    __slots__ = ("high", "high_in", "low", "low_in", "name", "ref")

    def __init__(
        self,
        name: str,
        low: Decimal | None,
        low_in: bool,
        high: Decimal | None,
        high_in: bool,
        ref: Ref,
    ) -> None:
        self.name = name
        self.low = low
        self.low_in = low_in
        self.high = high
        self.high_in = high_in
        self.ref = ref

    def contains(self, value: Decimal) -> bool:
        return self.meets(value, value)

    def span(self) -> Msg:
        return span(self.low, self.low_in, self.high, self.high_in)

    def meets(self, lo: Decimal, hi: Decimal) -> bool:
        """Whether some capaian in [lo, hi] falls in the band."""
        if self.low is not None and (hi < self.low or (hi == self.low and not self.low_in)):
            return False
        return not (self.high is not None and (lo > self.high or (lo == self.high and not self.high_in)))


def span(low: Decimal | None, low_in: bool, high: Decimal | None, high_in: bool) -> Msg:
    """Capaian from low to high as messages show them: "90 < capaian < 91", "capaian = 100"."""
    if low is not None and high is not None and low == high:
        return Msg("band.at", {"value": low})
    if low is None:
        return Msg("band.upto", {"op": "≤" if high_in else "<", "high": high})
    if high is None:
        return Msg("band.from", {"op": "≥" if low_in else ">", "low": low})
    return Msg(
        "band.between",
        {"low": low, "lo_op": "≤" if low_in else "<", "hi_op": "≤" if high_in else "<", "high": high},
    )


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

    def __init__(self, id: str, label: Label, kind: str, period: str, ref: Ref) -> None:
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


class Authority(Record):
    """What decides a figure's value when its mentions disagree (see authority.py).

    Declared: `evidence` (a [[same]] names the table cell that substantiates the
    figure), `derived` and `count` (a [[derived]] or [[count]] reports the figure
    from a formula). The defaults need no declaration: an IKU's targets follow
    the targets file, its capaian the computation, a reduction IKU's realisasi
    the rate.
    """

    __slots__ = ("expr", "kind", "ref", "when")

    def __init__(self, kind: str, expr: Expr, ref: Ref, when: Expr | None = None) -> None:
        self.kind = kind
        self.expr = expr
        self.ref = ref
        self.when = when


class Check(Record):
    """One declared consistency check: its type (which rule runs it) and settings."""

    __slots__ = ("params", "ref", "type")

    def __init__(self, type: str, params: dict[str, Any], ref: Ref) -> None:
        self.type = type
        self.params = params
        self.ref = ref


class RuleSet(Record):
    __slots__ = (
        "authorities",
        "bands",
        "catalogue",
        "checks",
        "derived",
        "facts",
        "files",
        "ikk",
        "iku",
        "inferred",
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
        self.authorities: dict[str, Authority] = {}  # by fact: the declared ones
        self.derived: dict[str, Any] = {}  # computed once from the rules (e.g. the data schema)
        # The IKUs and sasaran are the report's own, as printed (no catalogue of the unit's: the
        # generic one, drafts/indicators.py): rules that compare with a catalogue's names skip.
        self.inferred = False

    def fact_kind(self, fact: str) -> FactKind | None:
        """The declared fact, or one of the facts every IKU has (IKU1.realisasi)."""
        if fact in self.facts:
            return self.facts[fact]
        iku, _, name = fact.partition(".")
        if iku in self.iku and name in IKU_FACTS:
            kind = {"capaian": "percent", "realisasi": self.iku[iku].value_kind}.get(name, "target")
            label = Msg(f"fact.{name}", {"iku": self.iku[iku].label})
            return FactKind(fact, label, kind, "current", self.iku[iku].ref)
        return None

    def fact_names(self) -> list[str]:
        return [*self.facts, *(f"{i}.{n}" for i in self.iku for n in IKU_FACTS)]

    def predikat(self, capaian: Decimal) -> str | None:
        for band in self.bands:
            if band.contains(capaian):
                return band.name
        return None

    def bands_meeting(self, lo: Decimal, hi: Decimal) -> list[Band]:
        """The bands a capaian anywhere in [lo, hi] may fall in."""
        return [b for b in self.bands if b.meets(lo, hi)]
