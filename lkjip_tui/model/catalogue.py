"""Reading and validating the rules files into a RuleSet.

Everything is validated on load: unknown keys (with a did-you-mean), wrong
types and broken references are `SourceError`s citing file, line and column.
Formulas are compiled here, against the catalogue's names.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any, NoReturn

from lkjip_tui.model.rules import (
    BLANK,
    BREAKDOWNS,
    CHECK_PARAMS,
    CHECK_TYPES,
    COLUMN_KINDS,
    FORMULAS,
    IKU_FACTS,
    LOWER_VARIANTS,
    NUMERIC_KINDS,
    PERIODS,
    ROUNDING,
    ROW_KINDS,
    VALUES,
    ZERO_TARGET,
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
)
from lkjip_tui.model.scope import Origin, Scope, compile_formula
from lkjip_tui.model.source import SourceError, TomlDoc, load_toml
from lkjip_tui.values.suggest import did_you_mean


class _Section:
    """A TOML table being validated: typed getters, then `done()` rejects leftovers."""

    def __init__(self, doc: TomlDoc, path: tuple[str | int, ...], data: Any) -> None:
        self.doc = doc
        self.path = path
        if not isinstance(data, dict):
            self.fail(path, "err.rule_type", key=_dotted(path), expected="table")
        self.data: dict[str, Any] = data
        self.used: set[str] = set()

    def ref(self, *key: str | int) -> Ref:
        line, col = self.doc.pos(*self.path, *key)
        return Ref(self.doc.file, line, col)

    def fail(self, path: tuple[str | int, ...], msg_key: str, /, **args: object) -> NoReturn:
        line, col = self.doc.pos(*path)
        raise SourceError(self.doc.file, line, col, msg_key, **args)

    def has(self, key: str) -> bool:
        return key in self.data

    def get(self, key: str, types: type | tuple[type, ...], default: Any = ..., choices: Any = None) -> Any:
        self.used.add(key)
        if key not in self.data:
            if default is ...:
                self.fail(self.path, "err.rule_missing", key=key, section=_dotted(self.path))
            return default
        value = self.data[key]
        # bool is an int to isinstance, but `true` is no number of anything.
        is_bool = isinstance(value, bool) and bool not in (types if isinstance(types, tuple) else (types,))
        if is_bool or not isinstance(value, types):
            self.fail((*self.path, key), "err.rule_type", key=key, expected=_type_name(types))
        if choices is not None and value not in choices:
            self.fail(
                (*self.path, key),
                "err.rule_choice",
                key=key,
                value=value,
                choices=", ".join(choices),
                hint=did_you_mean(str(value), choices),
            )
        return value

    def number(self, key: str, default: Any = ...) -> Any:
        value = self.get(key, (int, float, str), default)
        if value is default and default is not ...:
            return default
        return _decimal(self, key, value)

    def expr(self, key: str, scope: Scope, default: Any = ...) -> Any:
        text = self.get(key, str, default)
        if text is default and default is not ...:
            return default
        line, col = self.doc.pos(*self.path, key)
        return compile_formula(text, scope, Origin(self.doc.file, line, col + 1))

    def section(self, key: str) -> _Section:
        self.used.add(key)
        return _Section(self.doc, (*self.path, key), self.data[key])

    def done(self) -> None:
        for key in self.data:
            if key not in self.used:
                self.fail(
                    (*self.path, key),
                    "err.rule_unknown_key",
                    key=key,
                    section=_dotted(self.path) or "(top level)",
                    hint=did_you_mean(key, self.used),
                )


def _dotted(path: tuple[str | int, ...]) -> str:
    return ".".join(str(p) if isinstance(p, str) else f"[{p}]" for p in path).replace(".[", "[")


def _type_name(types: type | tuple[type, ...]) -> str:
    names = {str: "string", int: "integer", float: "number", bool: "true/false", list: "array", dict: "table"}
    ts = types if isinstance(types, tuple) else (types,)
    return " or ".join(dict.fromkeys(names.get(t, t.__name__) for t in ts))


def _decimal(sec: _Section, key: str | int, value: Any) -> Decimal:
    if isinstance(value, bool):
        sec.fail((*sec.path, key), "err.rule_type", key=key, expected="number")
    if isinstance(value, float):
        return Decimal(repr(value))
    try:
        return Decimal(str(value).strip())
    except ArithmeticError:
        sec.fail((*sec.path, key), "err.rule_type", key=key, expected="number")


# ------------------------------------------------------------------ loading


def load_ruleset(
    unit_file: Path, find_catalogue: Callable[[str], Path], display: Callable[[Path], str]
) -> RuleSet:
    """Load a unit-year rules file and the catalogue it `extends`."""
    unit_doc = load_toml(unit_file, display(unit_file))
    top = _Section(unit_doc, (), unit_doc.data)
    extends = top.get("extends", str)
    try:
        catalogue_dir = find_catalogue(extends)
    except SourceError as e:
        line, col = unit_doc.pos("extends")
        raise SourceError(unit_doc.file, line, col, e.key, **e.args_) from None
    unit = top.get("unit", str)
    year = top.get("year", int)
    name = top.get("name", str, "")
    cat_docs = [load_toml(p, display(p)) for p in sorted(catalogue_dir.glob("*.toml"))]
    if not cat_docs:
        top.fail(("extends",), "err.no_catalogue", name=extends, where=display(catalogue_dir))
    rs = RuleSet(extends, unit, year, name, [d.file for d in [*cat_docs, unit_doc]])
    checks: list[tuple[_Section, str]] = []
    pending: list[tuple[Iku, _Section]] = []
    for doc in cat_docs:
        sec = _Section(doc, (), doc.data)
        _load_catalogue_file(rs, sec, checks, pending)
    _collect_checks(top, checks)
    if top.has("targets"):
        rs.targets_ref = top.ref("targets")
        targets = top.section("targets")
        for iku_id in targets.data:
            if iku_id not in rs.iku:
                targets.fail(
                    ("targets", iku_id), "err.unknown_iku", iku=iku_id, hint=did_you_mean(iku_id, rs.iku)
                )
            rs.targets[iku_id] = _target(targets.section(iku_id), iku_id, rs)
    top.done()
    # Reduction inputs are paths into the report: compiled once all tables are known.
    scope = Scope(rs)
    for iku, sec in pending:
        iku.previous = sec.expr("previous", scope)
        iku.current = sec.expr("current", scope)
    for sec, kind in checks:
        rs.checks.append(_check(sec, kind, rs))
    return rs


def _load_catalogue_file(
    rs: RuleSet, top: _Section, checks: list[tuple[_Section, str]], pending: list[tuple[Iku, _Section]]
) -> None:
    if top.has("sasaran"):
        sas = top.section("sasaran")
        for sid in sas.data:
            s = sas.section(sid)
            _no_redefinition(s, sid, rs.sasaran)
            rs.sasaran[sid] = Sasaran(sid, s.get("name", str), s.ref())
            s.done()
        sas.done()
    if top.has("iku"):
        ikus = top.section("iku")
        for iid in ikus.data:
            _no_redefinition(ikus, iid, rs.iku)
            sec = ikus.section(iid)
            rs.iku[iid] = _iku(sec, iid, rs)
            if rs.iku[iid].formula == "reduction":
                pending.append((rs.iku[iid], sec))
        ikus.done()
    if top.has("ikk"):
        ikks = top.section("ikk")
        for kid in ikks.data:
            s = ikks.section(kid)
            _no_redefinition(ikks, kid, rs.ikk)
            iku = s.get("iku", str)
            if iku not in rs.iku:
                s.fail((*s.path, "iku"), "err.unknown_iku", iku=iku, hint=did_you_mean(iku, rs.iku))
            rs.ikk[kid] = Ikk(kid, iku, s.get("name", str), s.ref())
            s.done()
        ikks.done()
    if top.has("predikat"):
        rs.bands = _bands(top.section("predikat"))
    if top.has("tables"):
        tables = top.section("tables")
        for name in tables.data:
            _no_redefinition(tables, name, rs.tables)
            rs.tables[name] = _table_kind(tables.section(name), name)
        tables.done()
    if top.has("facts"):
        facts = top.section("facts")
        for fid in facts.data:
            _no_redefinition(facts, fid, rs.facts)
            s = facts.section(fid)
            rs.facts[fid] = FactKind(
                fid,
                s.get("label", str),
                s.get("kind", str, "number", choices=NUMERIC_KINDS),
                s.get("period", str, "current", choices=PERIODS),
                s.ref(),
            )
            s.done()
        facts.done()
    _collect_checks(top, checks)
    top.done()


def _collect_checks(top: _Section, checks: list[tuple[_Section, str]]) -> None:
    """The consistency checks a rules file declares, by kind, compiled later."""
    for kind in CHECK_TYPES:
        if top.has(kind):
            for i, item in enumerate(top.get(kind, list)):
                checks.append((_Section(top.doc, (kind, i), item), kind))


def _no_redefinition(sec: _Section, key: str, existing: dict[str, Any]) -> None:
    if key in existing:
        sec.fail((*sec.path, key), "err.rule_redefined", key=key, first=str(existing[key].ref))


def _iku(s: _Section, iid: str, rs: RuleSet) -> Iku:
    sasaran = s.get("sasaran", str)
    if sasaran not in rs.sasaran:
        s.fail(
            (*s.path, "sasaran"),
            "err.unknown_sasaran",
            sasaran=sasaran,
            hint=did_you_mean(sasaran, rs.sasaran),
        )
    formula = s.get("formula", str, choices=FORMULAS)
    variant = s.get("variant", str, "", choices=LOWER_VARIANTS if formula == "lower" else ("",))
    if formula == "lower" and not variant:
        s.fail((*s.path, "formula"), "err.lower_variant", choices=", ".join(LOWER_VARIANTS))
    measured = s.get("measured_in", list, [1, 2, 3, 4])
    quarters = []
    for q in measured:
        if not isinstance(q, int) or not 1 <= q <= 4:
            s.fail((*s.path, "measured_in"), "err.rule_type", key="measured_in", expected="quarters 1-4")
        quarters.append(q)
    iku = Iku(
        id=iid,
        name=s.get("name", str),
        sasaran=sasaran,
        unit=s.get("unit", str, ""),
        formula=formula,
        variant=variant,
        zero_target=s.get("zero_target", str, "undefined", choices=ZERO_TARGET),
        cap=s.number("cap", None),
        measured_in=tuple(sorted(set(quarters))),
        values=s.get("values", str, _default_values(formula, s.data.get("unit", "")), choices=VALUES),
        previous=None,
        current=None,
        ref=s.ref(),
    )
    inputs = [s.has(k) for k in ("previous", "current")]
    if formula == "reduction" and not all(inputs):
        s.fail(s.path, "err.reduction_inputs")
    if formula != "reduction" and any(inputs):
        s.fail((*s.path, "previous" if inputs[0] else "current"), "err.inputs_only_reduction")
    s.used.update(("previous", "current"))
    s.done()
    return iku


def _default_values(formula: str, unit: object) -> str:
    """Scores, rates and percentages are measured and printed rounded; people are counted."""
    if formula in ("index", "reduction", "stabilize", "range") or unit == "%":
        return "measures"
    return "counts"


def _bands(s: _Section) -> list[Band]:
    raw = s.get("bands", list)
    bands = []
    for i, item in enumerate(raw):
        b = _Section(s.doc, (*s.path, "bands", i), item)
        low = b.number("min", None)
        high = b.number("max", None)
        bands.append(Band(b.get("name", str), low, high, b.ref()))
        b.done()
    s.done()
    _validate_bands(s, bands)
    return bands


def _validate_bands(s: _Section, bands: list[Band]) -> None:
    """Bands must cover every capaian exactly once: no gap, no overlap."""
    if not bands:
        s.fail((*s.path, "bands"), "err.bands_empty")
    ordered = sorted(bands, key=lambda b: (b.min is not None, b.min or Decimal(0)))
    for b in ordered:
        if b.min is not None and b.max is not None and b.min >= b.max:
            raise SourceError(b.ref.file, b.ref.line, b.ref.column, "err.band_empty", name=b.name)
    first, last = ordered[0], ordered[-1]
    if first.min is not None:
        raise SourceError(
            first.ref.file,
            first.ref.line,
            first.ref.column,
            "err.band_below",
            name=first.name,
            value=str(first.min),
        )
    for a, b in itertools.pairwise(ordered):
        if a.max is None or b.min is None or a.max > b.min:
            raise SourceError(b.ref.file, b.ref.line, b.ref.column, "err.band_overlap", a=a.name, b=b.name)
        if a.max < b.min:
            raise SourceError(
                b.ref.file,
                b.ref.line,
                b.ref.column,
                "err.band_gap",
                a=a.name,
                b=b.name,
                lo=str(a.max),
                hi=str(b.min),
            )
    if last.max is not None:
        raise SourceError(
            last.ref.file,
            last.ref.line,
            last.ref.column,
            "err.band_above",
            name=last.name,
            value=str(last.max),
        )


def _table_kind(s: _Section, name: str) -> TableKind:
    rows = s.get("rows", str, choices=ROW_KINDS)
    cols = s.section("columns")
    columns: dict[str, Column] = {}
    for cname, spec in cols.data.items():
        cols.used.add(cname)
        if isinstance(spec, str):
            spec = {"kind": spec}
            c = _Section(s.doc, (*cols.path, cname), spec)
        else:
            c = cols.section(cname)
        kind = c.get("kind", str, choices=COLUMN_KINDS)
        columns[cname] = Column(
            cname,
            kind,
            c.get("required", bool, False),
            c.get("blank", str, "missing", choices=BLANK),
            c.ref(),
        )
        c.done()
    facts = tuple(s.get("facts", list, []))
    for f in facts:
        if f not in columns or f not in IKU_FACTS:
            s.fail((*s.path, "facts"), "err.table_fact", column=f, choices=", ".join(IKU_FACTS))
    if facts and rows != "iku":
        s.fail((*s.path, "facts"), "err.table_fact_rows")
    table = TableKind(name, s.get("title", str, name), rows, columns, facts, s.ref())
    s.done()
    return table


def _target(s: _Section, iku_id: str, rs: RuleSet) -> Target:
    annual_raw = s.get("annual", (int, float, str, list))
    annual: Decimal | tuple[Decimal, Decimal]
    if isinstance(annual_raw, list):
        if len(annual_raw) != 2:
            s.fail((*s.path, "annual"), "err.rule_type", key="annual", expected="[low, high]")
        lo, hi = (_decimal(s, "annual", v) for v in annual_raw)
        if lo > hi:
            s.fail((*s.path, "annual"), "err.range_down")
        annual = (lo, hi)
    else:
        annual = _decimal(s, "annual", annual_raw)
    breakdown = s.get("breakdown", str, choices=BREAKDOWNS)
    quarters: tuple[Decimal, ...] = ()
    if breakdown in ("profile", "cumulative_profile"):
        raw = s.get("quarters", list)
        if len(raw) != 4:
            s.fail((*s.path, "quarters"), "err.quarters_four")
        quarters = tuple(_decimal(s, "quarters", v) for v in raw)
    elif s.has("quarters"):
        s.fail((*s.path, "quarters"), "err.quarters_only_profile", breakdown=breakdown)
    if isinstance(annual, tuple) and breakdown not in ("constant", "annual_only"):
        s.fail((*s.path, "breakdown"), "err.range_breakdown")
    decimals = s.get("decimals", int, None)
    target = Target(
        iku=iku_id,
        annual=annual,
        breakdown=breakdown,
        quarters=quarters,
        decimals=decimals,
        rounding=s.get("rounding", str, "half_up", choices=ROUNDING),
        ref=s.ref(),
        refs={k: s.ref(k) for k in ("annual", "breakdown", "quarters", "decimals")},
    )
    if rs.iku[iku_id].formula == "range" and not isinstance(annual, tuple):
        s.fail((*s.path, "annual"), "err.range_needs_pair")
    s.done()
    return target


def _check(s: _Section, kind: str, rs: RuleSet) -> Check:
    """Validate one declared check against its type's settings."""
    scope = Scope(rs)
    params: dict[str, Any] = {}
    spec = CHECK_PARAMS[kind]
    table_name: str | None = None
    if "table" in spec or "table?" in spec:
        table_name = s.get("table", str, ... if "table" in spec else None)
    if table_name is not None:
        if table_name not in rs.tables:
            s.fail(
                (*s.path, "table"),
                "err.unknown_table",
                table=table_name,
                hint=did_you_mean(table_name, rs.tables),
            )
        params["table"] = table_name
        scope = Scope(rs, rs.tables[table_name])
    for key, typ in spec.items():
        name = key.rstrip("?")
        if name == "table":
            continue
        if key.endswith("?") and not s.has(name):
            s.used.add(name)
            continue
        if typ == "expr":
            params[name] = s.expr(name, scope)
        elif typ == "exprs":
            items = s.get(name, list)
            line, col = s.doc.pos(*s.path, name)
            origin = Origin(s.doc.file, line, col)
            params[name] = [compile_formula(str(t), scope, origin) for t in items]
        elif typ == "column":
            params[name] = _column(s, name, rs, table_name)
        elif typ == "columns":
            params[name] = [_column(s, name, rs, table_name, c) for c in s.get(name, list)]
        elif typ == "fact":
            fact = s.get(name, str)
            if rs.fact_kind(fact) is None:
                s.fail(
                    (*s.path, name), "err.unknown_fact", fact=fact, hint=did_you_mean(fact, rs.fact_names())
                )
            params[name] = fact
        elif typ == "messages":
            msg = s.section(name)
            params[name] = {"id": msg.get("id", str), "en": msg.get("en", str)}
            msg.done()
        elif isinstance(typ, tuple):
            params[name] = s.get(name, str, choices=typ)
        else:
            params[name] = s.get(name, typ)
    row_form = "field" in params and "table" in params and "reported" not in params
    value_form = "reported" in params and "field" not in params
    if kind == "derived" and not (row_form or value_form):
        s.fail(s.path, "err.derived_target")
    if kind == "total" and not ("total_row" in params or "tree" in params or "total_column" in params):
        s.fail(s.path, "err.total_shape")
    if kind == "total" and ("total_column" in params) != ("parts" in params):
        s.fail(s.path, "err.total_parts")
    if kind == "total" and ("total_row" in params or "tree" in params) and "columns" not in params:
        s.fail(s.path, "err.rule_missing", key="columns", section=_dotted(s.path))
    check = Check(kind, params, s.ref())
    s.done()
    return check


def _column(s: _Section, key: str, rs: RuleSet, table: str | None, value: str | None = None) -> str:
    col = value if value is not None else s.get(key, str)
    if not isinstance(col, str):
        s.fail((*s.path, key), "err.rule_type", key=key, expected="column name")
    if table is not None and col not in rs.tables[table].columns:
        s.fail(
            (*s.path, key),
            "err.unknown_column",
            column=col,
            table=table,
            hint=did_you_mean(col, rs.tables[table].columns),
        )
    return col
