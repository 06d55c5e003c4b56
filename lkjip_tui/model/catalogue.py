"""Reading the rules files into a RuleSet, against the rules' declared format.

The format of a catalogue file (`rules/bp2mi/*.toml`) and of a unit-year file
(`rules/bp3mi-sumbar/2023.toml`) is declared once below; reading checks each
file against it (unknown keys with a did-you-mean, types, choices, bounds,
every error at its file, line and column) and the same declaration is emitted
as the JSON Schema editors use (`lkjip schema rules`). What the format alone
cannot know — that a sasaran, table, column or fact named exists, that bands
cover every capaian, that a formula's names mean something — is checked
while the RuleSet is built, with positions too. Formulas are compiled here.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from lkjip_tui.model.rules import (
    BLANK,
    BREAKDOWNS,
    CHECK_TYPES,
    COLUMN_KINDS,
    FORMULAS,
    IKU_FACTS,
    LOWER_VARIANTS,
    NUMERIC_KINDS,
    PERIODS,
    RANGE_VARIANTS,
    ROUNDING,
    ROW_KINDS,
    VALUES,
    VARIANTS,
    ZERO_TARGET,
    Authority,
    Band,
    Check,
    Column,
    FactKind,
    Ikk,
    Iku,
    Ref,
    RuleSet,
    Sasaran,
    TableKind,
    Target,
    span,
)
from lkjip_tui.model.schema import (
    Boolean,
    Either,
    Field,
    Integer,
    ListOf,
    MapOf,
    Node,
    Number,
    Obj,
    Schema,
    Text,
    TomlReader,
    document_header,
    shared_defs,
)
from lkjip_tui.model.scope import Origin, Scope, compile_formula, fact_path
from lkjip_tui.model.source import SourceError, TomlDoc, load_toml
from lkjip_tui.values import limits
from lkjip_tui.values.msg import Msg
from lkjip_tui.values.suggest import did_you_mean

SCHEMA_ID = "urn:lkjip:schema:rules:1"


class Formula(Text):
    """A formula in lkjip's formula language, compiled against the catalogue's names."""


class TableName(Text):
    """The name of a table kind of the catalogue."""


class ColumnName(Text):
    """A column of the check's table, of one of `kinds` (any kind when empty)."""

    def __init__(self, kinds: tuple[str, ...] = (), doc: str = "") -> None:
        super().__init__(doc=doc)
        self.kinds = kinds


class FactName(Text):
    """A fact of the catalogue, or an IKU's own (IKU1.realisasi)."""


def _name(doc: str) -> Text:
    return Text(pattern=limits.NAME.pattern, max_length=limits.MAX_NAME, doc=doc)


# ------------------------------------------------------------------ the format

SASARAN = Obj({"name": Field(Text(doc="the sasaran strategis as the reports name it"), required=True)})
IKU = Obj(
    {
        "sasaran": Field(Text(doc="the id of the sasaran it belongs to"), required=True),
        "name": Field(Text(doc="the indicator as the reports name it"), required=True),
        "unit": Text(doc="what it counts or measures: orang, %, nilai"),
        "short_name": Text(max_length=60, doc="the indicator as messages name it, when its name is long"),
        "formula": Field(Text(choices=FORMULAS, doc="how its capaian is computed"), required=True),
        "variant": Text(
            choices=(*LOWER_VARIANTS, *RANGE_VARIANTS),
            doc="formula lower: kondisi_khusus | inverse; formula range: within | upper | lower | penalty",
        ),
        "zero_target": Text(choices=ZERO_TARGET, doc="what a target of 0 means"),
        "cap": Number(doc="an upper bound on the scored capaian, in %"),
        "measured_in": ListOf(Integer(1, 4), 1, 4, doc="the quarters in which it is measured"),
        "values": Text(choices=VALUES, doc="counts: a whole number printed is exact; measures: rounded"),
        "previous": Formula(doc="formula reduction: the previous period's count"),
        "current": Formula(doc="formula reduction: the current count"),
    },
    doc="an indikator kinerja utama",
)
IKK = Obj(
    {
        "iku": Field(Text(doc="the IKU it serves"), required=True),
        "name": Field(Text(doc="the indicator as the team tables name it"), required=True),
    }
)
BAND = Obj(
    {
        "name": Field(Text(doc="the predikat: Sangat Baik, Baik, …"), required=True),
        "min": Number(doc="the band starts at this capaian, included (≥)"),
        "above": Number(doc="the band starts just above this capaian (>)"),
        "max": Number(doc="the band ends at this capaian, included (≤)"),
        "below": Number(doc="the band ends just below this capaian (<)"),
    },
    doc="a predikat band; min = max for a single value",
)
PREDIKAT = Obj({"bands": Field(ListOf(BAND, 1), required=True)}, doc="the agency's predikat bands")
COLUMN = Either(
    Text(choices=COLUMN_KINDS),
    Obj(
        {
            "kind": Field(Text(choices=COLUMN_KINDS), required=True),
            "required": Boolean(doc="every row must fill it"),
            "blank": Text(choices=BLANK, doc="what a blank cell means"),
        }
    ),
    doc="a column: its kind, or {kind, required, blank}",
)
TABLE_KIND = Obj(
    {
        "title": Text(doc="what such a table shows"),
        "rows": Field(Text(choices=ROW_KINDS, doc="how its rows are keyed"), required=True),
        "columns": Field(MapOf(COLUMN), required=True),
        "facts": ListOf(Text(choices=IKU_FACTS), doc="columns whose cells state the IKU's facts"),
    },
    doc="a kind of table a report holds",
)
LABEL = Either(
    Text(),
    Obj({"id": Field(Text(), required=True), "en": Field(Text(), required=True)}),
    doc="as messages name it: one text, or {id, en}",
)
FACT_KIND = Obj(
    {
        "label": Field(LABEL, required=True),
        "kind": Text(choices=NUMERIC_KINDS),
        "period": Text(choices=PERIODS, doc="the period the figure belongs to"),
    },
    doc="a figure the narrative may state",
)
SEVERITY = Text(choices=("error", "warning", "info"))
CHECKS: dict[str, Obj] = {
    "same": Obj(
        {
            "fact": Field(FactName(), required=True),
            "evidence": Formula(doc="the table cell that substantiates the fact: its value decides"),
            "also": ListOf(Formula(), doc="table cells that restate the fact"),
        },
        doc="table cells that restate or substantiate a fact",
    ),
    "derived": Obj(
        {
            "table": TableName(),
            "field": ColumnName(NUMERIC_KINDS, doc="per row: the column that follows from the formula"),
            "reported": Formula(doc="one value: the printed value that follows from the formula"),
            "formula": Field(Formula(), required=True),
            "when": Formula(doc="only where this holds"),
        },
        doc="a value that follows from a formula",
    ),
    "count": Obj(
        {"reported": Field(Formula(), required=True), "formula": Field(Formula(), required=True)},
        doc="a stated count of rows",
    ),
    "total": Obj(
        {
            "table": Field(TableName(), required=True),
            "columns": ListOf(ColumnName(NUMERIC_KINDS)),
            "total_row": Text(doc="the key of the total row"),
            "tree": ColumnName(("parent",), doc="the parent column of a code tree"),
            "total_column": ColumnName(NUMERIC_KINDS),
            "parts": ListOf(ColumnName(NUMERIC_KINDS)),
            "flat": Boolean(
                doc="only where no row is the sum of the rows right after it (sub-totals, no code tree)"
            ),
        },
        doc="rows or columns that add up to a total",
    ),
    "dates": Obj(
        {
            "table": Field(TableName(), required=True),
            "date": Field(ColumnName(("date",)), required=True),
            "weekday": ColumnName(("weekday",)),
            "in_quarter": Boolean(doc="dates must fall in the report's quarter (default true)"),
        }
    ),
    "numbering": Obj(
        {
            "table": Field(TableName(), required=True),
            "column": Field(ColumnName(("no", "text")), required=True),
            "mode": Field(Text(choices=("rows", "groups")), required=True),
        }
    ),
    "condition": Obj(
        {
            "table": TableName(),
            "when": Formula(),
            "require": Field(Formula(), required=True),
            "message": Field(
                Obj({"id": Field(Text(), required=True), "en": Field(Text(), required=True)}),
                required=True,
            ),
            "severity": SEVERITY,
        },
        doc="any condition, with its own message",
    ),
}
assert tuple(CHECKS) == CHECK_TYPES
_CHECK_ARRAYS: dict[str, Field | Schema] = {kind: ListOf(obj) for kind, obj in CHECKS.items()}

CATALOGUE_FILE = Obj(
    {
        "sasaran": MapOf(SASARAN),
        "iku": MapOf(IKU),
        "ikk": MapOf(IKK),
        "predikat": PREDIKAT,
        "tables": MapOf(TABLE_KIND),
        "facts": MapOf(FACT_KIND),
        **_CHECK_ARRAYS,
    },
    doc="A file of an agency's catalogue (rules/<agency>/*.toml).",
)
TARGET = Obj(
    {
        "annual": Field(
            Either(Number(Decimal(0)), ListOf(Number(Decimal(0)), 2, 2)),
            required=True,
        ),
        "breakdown": Field(Text(choices=BREAKDOWNS, doc="how the annual target splits by quarter"), True),
        "quarters": ListOf(Number(Decimal(0)), 4, 4, doc="TW I–IV, for the profile breakdowns"),
        "decimals": Integer(0, limits.MAX_DECIMALS, doc="round the quarterly values to this many"),
        "rounding": Text(choices=ROUNDING),
    },
    doc="an IKU's annual target (Perjanjian Kinerja) and its quarterly breakdown",
)
UNIT_FILE = Obj(
    {
        "extends": Field(_name("the catalogue this unit's rules build on"), required=True),
        "unit": Field(_name("the unit's id, as data files name it"), required=True),
        "year": Field(Integer(1900, 2200), required=True),
        "name": Text(doc="the unit's name, as reports print it"),
        "targets": MapOf(TARGET, doc="by IKU id"),
        **_CHECK_ARRAYS,
    },
    doc="A unit's rules for a year (rules/<unit>/<year>.toml).",
)


def rules_json_schema() -> dict[str, Any]:
    """The JSON Schema of every rules file: a unit-year file when it `extends`, else a catalogue file."""
    return shared_defs(
        {
            **document_header("lkjip rules file", SCHEMA_ID),
            "type": "object",
            "if": {"type": "object", "required": ["extends"]},
            "then": UNIT_FILE.json_schema(),
            "else": CATALOGUE_FILE.json_schema(),
        }
    )


# ------------------------------------------------------------------ reading


class _File:
    """One rules file, read against its format: the tree of nodes and how to cite it."""

    def __init__(self, doc: TomlDoc, schema: Obj) -> None:
        reader = TomlReader(doc)
        self.file = doc.file
        self.top = schema.read(reader, reader.root(), ())

    def ref(self, node: Node) -> Ref:
        return Ref(self.file, node.key_line, node.key_column)

    def fail(self, node: Node, key: str, /, *, value: bool = False, **args: object) -> SourceError:
        line, column = node.at if value else node.key_at
        return SourceError(self.file, line, column, key, **args)


def load_ruleset(
    unit_file: Path, find_catalogue: Callable[[str], Path], display: Callable[[Path], str]
) -> RuleSet:
    """Load a unit-year rules file and the catalogue it `extends`."""
    unit = _File(load_toml(unit_file, display(unit_file)), UNIT_FILE)
    top = unit.top
    _agrees_with_its_place(unit, unit_file)
    extends = top.value["extends"]
    try:
        catalogue_dir = find_catalogue(extends.value)
    except SourceError as e:
        raise SourceError(unit.file, extends.line, extends.column, e.key, **e.args_) from None
    files = [_File(load_toml(p, display(p)), CATALOGUE_FILE) for p in sorted(catalogue_dir.glob("*.toml"))]
    if not files:
        raise unit.fail(extends, "err.no_catalogue", name=extends.value, where=display(catalogue_dir))
    rs = RuleSet(
        extends.value,
        top.value["unit"].value,
        top.value["year"].value,
        top.text("name"),
        [f.file for f in [*files, unit]],
    )
    return _load(rs, files, unit)


def _agrees_with_its_place(unit: _File, path: Path) -> None:
    """A unit-year file is found by where it stands (rules/<unit>/<year>.toml): a `year` or
    `unit` inside that says otherwise is a mistake that would silently check one year against
    another's targets. Files named otherwise (`lkjip targets any.toml`) are not compared."""
    if not (path.stem.isdigit() and len(path.stem) == 4):
        return
    year, unit_id = unit.top.value["year"], unit.top.value["unit"]
    if year.value != int(path.stem):
        raise unit.fail(
            year, "err.unit_file_year", value=True, year=year.value, file_year=path.stem, file=path.name
        )
    directory = path.parent.name
    if unit_id.value != directory:
        hint = did_you_mean(unit_id.value, [directory])
        raise unit.fail(
            unit_id, "err.unit_file_unit", value=True, unit=unit_id.value, directory=directory, hint=hint
        )


def load_catalogue(
    catalogue_dir: Path, unit: str, year: int, unit_name: str, display: Callable[[Path], str]
) -> RuleSet:
    """A catalogue on its own, for a unit that has no rules file: no targets are declared."""
    files = [_File(load_toml(p, display(p)), CATALOGUE_FILE) for p in sorted(catalogue_dir.glob("*.toml"))]
    rs = RuleSet(catalogue_dir.name, unit, year, unit_name, [f.file for f in files])
    return _load(rs, files, None)


def _load(rs: RuleSet, files: list[_File], unit: _File | None) -> RuleSet:
    pending: list[tuple[Iku, _File, Node]] = []
    for f in files:
        _catalogue_file(rs, f, pending)
    targets = unit.top.get("targets") if unit is not None else None
    if unit is not None and targets is not None:
        rs.targets_ref = unit.ref(targets)
        for iku_id, tnode in targets.value.items():
            if iku_id not in rs.iku:
                raise unit.fail(tnode, "err.unknown_iku", iku=iku_id, hint=did_you_mean(iku_id, rs.iku))
            rs.targets[iku_id] = _target(unit, tnode, iku_id, rs)
    # Formulas name tables and facts of every file: compiled once all are known.
    scope = Scope(rs)
    for iku, f, node in pending:
        iku.previous = _formula(f, node.value["previous"], scope)
        iku.current = _formula(f, node.value["current"], scope)
    for f in [*files, *([unit] if unit is not None else [])]:
        for kind in CHECK_TYPES:
            for cnode in f.top.value[kind].value if kind in f.top.value else ():
                rs.checks.append(_check(f, cnode, kind, rs))
    return rs


def _formula(f: _File, node: Node, scope: Scope) -> Any:
    # The formula's text starts one column after its opening quote.
    return compile_formula(node.value, scope, Origin(f.file, node.line, node.column + 1))


def _catalogue_file(rs: RuleSet, f: _File, pending: list[tuple[Iku, _File, Node]]) -> None:
    top = f.top.value
    for sid, node in top["sasaran"].value.items() if "sasaran" in top else ():
        _no_redefinition(f, node, sid, rs.sasaran)
        rs.sasaran[sid] = Sasaran(sid, node.text("name"), f.ref(node))
    for iid, node in top["iku"].value.items() if "iku" in top else ():
        _no_redefinition(f, node, iid, rs.iku)
        rs.iku[iid] = _iku(f, node, iid, rs)
        if rs.iku[iid].formula == "reduction":
            pending.append((rs.iku[iid], f, node))
    for kid, node in top["ikk"].value.items() if "ikk" in top else ():
        _no_redefinition(f, node, kid, rs.ikk)
        iku = node.value["iku"]
        if iku.value not in rs.iku:
            raise f.fail(iku, "err.unknown_iku", iku=iku.value, hint=did_you_mean(iku.value, rs.iku))
        rs.ikk[kid] = Ikk(kid, iku.value, node.text("name"), f.ref(node))
    if "predikat" in top:
        if rs.bands:  # one scale per catalogue: a second would silently replace the first
            raise f.fail(top["predikat"], "err.rule_redefined", key="predikat", first=str(rs.bands[0].ref))
        rs.bands = _bands(f, top["predikat"])
    for name, node in top["tables"].value.items() if "tables" in top else ():
        _no_redefinition(f, node, name, rs.tables)
        rs.tables[name] = _table_kind(f, node, name)
    for fid, node in top["facts"].value.items() if "facts" in top else ():
        _no_redefinition(f, node, fid, rs.facts)
        label = node.value["label"]
        rs.facts[fid] = FactKind(
            fid,
            label.value if isinstance(label.value, str) else {k: n.value for k, n in label.value.items()},
            node.text("kind", "number"),
            node.text("period", "current"),
            f.ref(node),
        )


def _no_redefinition(f: _File, node: Node, key: str, existing: dict[str, Any]) -> None:
    if key in existing:
        raise f.fail(node, "err.rule_redefined", key=key, first=str(existing[key].ref))


def _iku(f: _File, node: Node, iid: str, rs: RuleSet) -> Iku:
    v = node.value
    sasaran = v["sasaran"]
    if sasaran.value not in rs.sasaran:
        raise f.fail(
            sasaran,
            "err.unknown_sasaran",
            sasaran=sasaran.value,
            hint=did_you_mean(sasaran.value, rs.sasaran),
        )
    formula = v["formula"].value
    variant = v.get("variant")
    if formula == "lower" and variant is None:
        raise f.fail(v["formula"], "err.lower_variant", choices=", ".join(LOWER_VARIANTS))
    if variant is not None and variant.value not in VARIANTS.get(formula, ()):
        if formula not in VARIANTS:
            raise f.fail(variant, "err.variant_formula", formula=formula)
        choices = VARIANTS[formula]
        raise f.fail(
            variant,
            "err.choice",
            value=True,
            path=f"[iku.{iid}].variant",
            choices=", ".join(choices),
            hint=did_you_mean(variant.value, choices),
        )
    inputs = [k for k in ("previous", "current") if k in v]
    if formula == "reduction" and len(inputs) != 2:
        raise f.fail(node, "err.reduction_inputs")
    if formula != "reduction" and inputs:
        raise f.fail(v[inputs[0]], "err.inputs_only_reduction")
    measured = v.get("measured_in")
    quarters = sorted({q.value for q in measured.value}) if measured is not None else [1, 2, 3, 4]
    unit = node.text("unit")
    cap = v.get("cap")
    return Iku(
        id=iid,
        name=node.text("name"),
        sasaran=sasaran.value,
        unit=unit,
        formula=formula,
        variant=variant.value if variant is not None else ("within" if formula == "range" else ""),
        zero_target=node.text("zero_target", "undefined"),
        cap=cap.value if cap is not None else None,
        measured_in=tuple(quarters),
        values=node.text("values", _default_values(formula, unit)),
        previous=None,
        current=None,
        ref=f.ref(node),
        short_name=node.text("short_name"),
    )


def _default_values(formula: str, unit: str) -> str:
    """Scores, rates and percentages are measured and printed rounded; people are counted."""
    if formula in ("index", "reduction", "stabilize", "range") or unit == "%":
        return "measures"
    return "counts"


def _bands(f: _File, node: Node) -> list[Band]:
    bands = []
    for b in node.value["bands"].value:
        v = b.value
        for a, z in (("min", "above"), ("max", "below")):
            if a in v and z in v:
                raise f.fail(v[z], "err.band_two_ends", name=b.text("name"), a=a, b=z)
        low, high = v.get("min") or v.get("above"), v.get("max") or v.get("below")
        bands.append(
            Band(
                b.text("name"),
                low.value if low is not None else None,
                "above" not in v,
                high.value if high is not None else None,
                "below" not in v,
                Ref(f.file, *b.at),
            )
        )
    problems = band_problems(bands)
    if problems:
        at = problems[0][0].ref
        raise SourceError(
            at.file, at.line, at.column, "err.bands", problems=Msg("seq", {"items": [p for _, p in problems]})
        )
    return bands


def band_problems(bands: list[Band]) -> list[tuple[Band, Msg]]:
    """Every way the bands fail to give each capaian exactly one predikat, with the capaian
    that fall through or fall twice: empty bands, gaps, overlaps, the ends uncovered."""
    out: list[tuple[Band, Msg]] = []
    usable = []
    for b in bands:
        if (
            b.low is not None
            and b.high is not None
            and (b.low > b.high or (b.low == b.high and not (b.low_in and b.high_in)))
        ):
            out.append(
                (
                    b,
                    Msg(
                        "err.band_empty", {"name": b.name, "range": span(b.low, b.low_in, b.high, b.high_in)}
                    ),
                )
            )
        else:
            usable.append(b)
    if not usable:
        return out
    # Sorted by where they start (unbounded first, an included start before an excluded one),
    # each band meets the furthest end reached so far.
    ordered = sorted(usable, key=lambda b: (b.low is not None, b.low or Decimal(0), not b.low_in))
    first = ordered[0]
    if first.low is not None:
        out.append(
            (
                first,
                Msg(
                    "err.band_below",
                    {"name": first.name, "range": span(None, False, first.low, not first.low_in)},
                ),
            )
        )
    reach = first
    for b in ordered[1:]:
        end, end_in = reach.high, reach.high_in
        if end is None or b.low is None or end > b.low or (end == b.low and end_in and b.low_in):
            lo, lo_in = (b.low, b.low_in) if b.low is not None else (None, False)
            hi, hi_in = _lower_end(end, end_in, b.high, b.high_in)
            out.append(
                (
                    b,
                    Msg(
                        "err.band_overlap",
                        {"a": reach.name, "b": b.name, "range": span(lo, lo_in, hi, hi_in)},
                    ),
                )
            )
        elif end < b.low or (end == b.low and not end_in and not b.low_in):
            out.append(
                (
                    b,
                    Msg(
                        "err.band_gap",
                        {"a": reach.name, "b": b.name, "range": span(end, not end_in, b.low, not b.low_in)},
                    ),
                )
            )
        if end is not None and (b.high is None or b.high > end or (b.high == end and b.high_in)):
            reach = b
    if reach.high is not None:
        out.append(
            (
                reach,
                Msg(
                    "err.band_above",
                    {"name": reach.name, "range": span(reach.high, not reach.high_in, None, False)},
                ),
            )
        )
    return out


def _lower_end(a: Decimal | None, a_in: bool, b: Decimal | None, b_in: bool) -> tuple[Decimal | None, bool]:
    """The nearer of two upper ends (None: unbounded)."""
    if a is None:
        return b, b_in
    if b is None or a < b:
        return a, a_in
    return (b, b_in) if b < a else (a, a_in and b_in)


def _table_kind(f: _File, node: Node, name: str) -> TableKind:
    columns: dict[str, Column] = {}
    for cname, cnode in node.value["columns"].value.items():
        if isinstance(cnode.value, str):
            columns[cname] = Column(cname, cnode.value, False, "missing", f.ref(cnode))
            continue
        required = cnode.get("required")
        columns[cname] = Column(
            cname,
            cnode.text("kind"),
            bool(required.value) if required is not None else False,
            cnode.text("blank", "missing"),
            f.ref(cnode),
        )
    rows = node.text("rows")
    facts_node = node.get("facts")
    facts = tuple(n.value for n in facts_node.value) if facts_node is not None else ()
    for fact in facts:
        if fact not in columns:
            raise f.fail(facts_node or node, "err.table_fact", column=fact, choices=", ".join(IKU_FACTS))
    if facts and rows != "iku":
        raise f.fail(facts_node or node, "err.table_fact_rows")
    return TableKind(name, node.text("title", name), rows, columns, facts, f.ref(node))


def _target(f: _File, node: Node, iku_id: str, rs: RuleSet) -> Target:
    v = node.value
    annual_node = v["annual"]
    annual: Decimal | tuple[Decimal, Decimal]
    if isinstance(annual_node.value, list):
        lo, hi = (n.value for n in annual_node.value)
        if lo > hi:
            raise f.fail(annual_node, "err.range_down")
        annual = (lo, hi)
    else:
        annual = annual_node.value
    breakdown = v["breakdown"].value
    quarters: tuple[Decimal, ...] = ()
    if breakdown in ("profile", "cumulative_profile"):
        if "quarters" not in v:
            raise f.fail(node, "err.missing_key", key="quarters", path=f"[targets.{iku_id}]")
        quarters = tuple(n.value for n in v["quarters"].value)
    elif "quarters" in v:
        raise f.fail(v["quarters"], "err.quarters_only_profile", breakdown=breakdown)
    if isinstance(annual, tuple) and breakdown not in ("constant", "annual_only"):
        raise f.fail(v["breakdown"], "err.range_breakdown")
    if rs.iku[iku_id].formula == "range" and not isinstance(annual, tuple):
        raise f.fail(annual_node, "err.range_needs_pair")
    decimals = v.get("decimals")
    return Target(
        iku=iku_id,
        annual=annual,
        breakdown=breakdown,
        quarters=quarters,
        decimals=decimals.value if decimals is not None else None,
        rounding=node.text("rounding", "half_up"),
        ref=f.ref(node),
        refs={k: f.ref(v[k]) for k in ("annual", "breakdown", "quarters", "decimals") if k in v},
    )


def _check(f: _File, node: Node, kind: str, rs: RuleSet) -> Check:
    """A declared check, its names resolved against the catalogue and its formulas compiled."""
    v = node.value
    table: TableKind | None = None
    if "table" in v:
        t = v["table"]
        if t.value not in rs.tables:
            raise f.fail(t, "err.unknown_table", table=t.value, hint=did_you_mean(t.value, rs.tables))
        table = rs.tables[t.value]
    scope = Scope(rs, table)
    params: dict[str, Any] = {}
    for key, field in CHECKS[kind].fields.items():
        if key not in v:
            continue
        params[key] = _param(f, field.schema, v[key], scope, table, rs)
    _shape(f, node, kind, params)
    ref = Ref(f.file, *node.at)
    _authority(f, node, kind, params, ref, rs)
    return Check(kind, params, ref)


def _authority(f: _File, node: Node, kind: str, params: dict[str, Any], ref: Ref, rs: RuleSet) -> None:
    """A check that decides a fact's value: a [[same]]'s evidence, a [[derived]] or [[count]] reporting it."""
    if kind == "same" and "evidence" in params:
        fact, expr, at = params["fact"], params["evidence"], node.value["evidence"]
        authority = Authority("evidence", expr, ref)
    elif kind in ("derived", "count") and "reported" in params:
        fact, at = fact_path(params["reported"]), node.value["reported"]
        if fact is None:
            return
        authority = Authority(kind, params["formula"], ref, params.get("when"))
    else:
        return
    iku = rs.iku.get(fact.partition(".")[0])
    name = fact.partition(".")[2]
    if iku is not None and (name != "realisasi" or iku.formula == "reduction"):
        raise f.fail(at, "err.authority_fixed", value=True, fact=fact, owner=Msg(f"src.fixed.{name}"))
    if fact in rs.authorities:
        raise f.fail(at, "err.two_authorities", value=True, fact=fact, first=str(rs.authorities[fact].ref))
    rs.authorities[fact] = authority


def _param(f: _File, schema: Schema, node: Node, scope: Scope, table: TableKind | None, rs: RuleSet) -> Any:
    """One setting of a check as the rule reads it: a compiled formula, a name checked, a value."""
    if isinstance(schema, ListOf):
        # Positions inside a TOML array are the array's own.
        return [_param(f, schema.items, item, scope, table, rs) for item in node.value]
    if isinstance(schema, Formula):
        return _formula(f, node, scope)
    if isinstance(schema, ColumnName):
        if table is None:
            return node.value
        fitting = [c for c, col in table.columns.items() if not schema.kinds or col.kind in schema.kinds]
        if node.value not in table.columns:
            hint = did_you_mean(node.value, fitting) or did_you_mean(node.value, table.columns)
            raise f.fail(
                node, "err.unknown_column", value=True, column=node.value, table=table.name, hint=hint
            )
        kind = table.columns[node.value].kind
        if schema.kinds and kind not in schema.kinds:
            raise f.fail(
                node,
                "err.column_kind",
                value=True,
                column=node.value,
                table=table.name,
                kind=kind,
                kinds=", ".join(schema.kinds),
                hint=did_you_mean(node.value, fitting) or (fitting[0] if len(fitting) == 1 else ""),
            )
        return node.value
    if isinstance(schema, FactName):
        if rs.fact_kind(node.value) is None:
            hint = did_you_mean(node.value, rs.fact_names())
            raise f.fail(node, "err.unknown_fact", fact=node.value, hint=hint)
        return node.value
    if isinstance(schema, Obj):
        return {k: n.value for k, n in node.value.items()}
    return node.value


def _shape(f: _File, node: Node, kind: str, params: dict[str, Any]) -> None:
    """Settings that only make sense together."""
    if kind == "same" and "evidence" not in params and "also" not in params:
        raise f.fail(node, "err.same_shape")
    if kind == "derived":
        row_form = "field" in params and "table" in params and "reported" not in params
        value_form = "reported" in params and "field" not in params
        if not (row_form or value_form):
            raise f.fail(node, "err.derived_target")
    if kind == "total":
        if not ("total_row" in params or "tree" in params or "total_column" in params):
            raise f.fail(node, "err.total_shape")
        if ("total_column" in params) != ("parts" in params):
            raise f.fail(node, "err.total_parts")
        if ("total_row" in params or "tree" in params) and "columns" not in params:
            raise f.fail(node, "err.missing_key", key="columns", path=f"[[{kind}]]")
