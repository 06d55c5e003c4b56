"""Which printed value of a figure is right: its authority, over a report indexed once.

A figure (a fact: `pagu`, `IKU1.realisasi`) is printed in several places. Its
value is never a vote among them; it follows from the figure's authority:

    IKU1.target_tahunan, IKU1.target   the unit's targets file (its Perjanjian Kinerja)
    IKU1.capaian                       the IKU's formula, on its target and realisasi
    a reduction IKU's realisasi        the rate from the previous and the current count
    a fact a [[derived]] / [[count]] reports   that formula
    a fact a [[same]] gives `evidence` for     that table cell (placements by country)

The first three need no declaration; the others are declared in the catalogue
(rules.Authority). A figure without an authority, or whose authority cannot
be evaluated on this report, has a value only when all its printed values
agree; otherwise its values are grouped (rounding-aware) and listed, and none
is chosen. Every figure's verdicts belong to one rule (`Verdict.owner`), and
every rule reads the same values, so no two findings ask for different values
of one figure.

`Facts` indexes a report once. Groups and verdicts are computed when first
asked for, each in time linear in the figure's mentions (the sweep that groups
sorts the distinct values only).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from lkjip_tui.formula import Many, Missing, Num, Undefined, Value
from lkjip_tui.messages import render
from lkjip_tui.model.breakdown import period_target
from lkjip_tui.model.capaian import NotDefined, capaian, reduction_rate, target_interval
from lkjip_tui.model.report import Cell, Mention, Report
from lkjip_tui.model.rules import ANY_KINDS, Iku, RuleSet
from lkjip_tui.model.scope import Env
from lkjip_tui.model.totals import Sum, sums
from lkjip_tui.model.wording import in_words
from lkjip_tui.values.interval import Interval
from lkjip_tui.values.msg import Msg
from lkjip_tui.values.numbers import Number, parse_number
from lkjip_tui.values.record import Record

# A value, or the two ends of a range target ("80 - 90%").
Level = Interval | tuple[Interval, Interval]

OWNERS = {
    "target": "LKJ201",
    "target_tahunan": "LKJ202",
    "capaian": "LKJ101",
    "reduction": "LKJ103",
    "derived": "LKJ302",
    "count": "LKJ303",
    "evidence": "LKJ304",
    "": "LKJ304",
}


class Group(Record):
    """Printed values of one figure that agree: every one can stand for any value in `iv`."""

    __slots__ = ("iv", "mentions")

    def __init__(self, iv: Interval, mentions: list[Mention]) -> None:
        self.iv = iv
        self.mentions = mentions

    @property
    def first(self) -> Cell:
        return self.mentions[0].cell


class Verdict(Record):
    """A figure's authority on one report, and the rule that gives the verdicts on it.

    `value` is what every mention must print. It is None when the authority says
    the figure does not exist (`reason`: a NotDefined reason, "annual_only"), when
    the authority cannot be evaluated on this report (`reason` "unavailable",
    `missing` saying what is missing), or when there is no authority (`kind` "").
    """

    __slots__ = ("cells", "kind", "missing", "owner", "reason", "source", "value")

    def __init__(
        self,
        kind: str,
        owner: str,
        value: Level | None = None,
        source: Msg | None = None,
        cells: tuple[Any, ...] = (),
        reason: str = "",
        missing: Value = None,
    ) -> None:
        self.kind = kind
        self.owner = owner
        self.value = value
        self.source = source
        self.cells = cells
        self.reason = reason
        self.missing = missing


NO_AUTHORITY = Verdict("", "LKJ304")


class Operand(Record):
    """One input of a computation: its value, the text it was printed as (or the declared
    value), and where it stands (the authority, or the places that print it)."""

    __slots__ = ("places", "source", "text", "value")

    def __init__(self, value: Level, text: Any, source: Msg | None, places: list[Any]) -> None:
        self.value = value
        self.text = text  # the printed text (str), or the declared value (Decimal or Interval)
        self.source = source
        self.places = places


class Expectation(Record):
    """What every printed capaian of an IKU must be on this report.

    `value`: the one capaian that follows from the authoritative (or agreed)
    target and realisasi. `reason`: why no capaian exists (a NotDefined reason,
    "realisasi_undefined") or why none can be computed ("no_target",
    "no_realisasi"). `candidates`: when the printed inputs disagree and nothing
    decides between them, the capaian each reading gives — a printed capaian
    must fit one of them, and none is chosen.
    """

    __slots__ = ("candidates", "iku", "kinds", "realisasi", "reason", "target", "value")

    def __init__(
        self,
        iku: Iku,
        value: Interval | None = None,
        reason: str = "",
        target: Operand | None = None,
        realisasi: Operand | None = None,
        candidates: list[tuple[Interval | str, Operand, Operand]] | None = None,
        kinds: list[str] | None = None,
    ) -> None:
        self.iku = iku
        self.value = value
        self.reason = reason
        self.target = target
        self.realisasi = realisasi
        self.candidates = [] if candidates is None else candidates
        # An IKU whose formula is not declared ("any"): the kind each candidate computes with
        # ("higher", "lower.kondisi_khusus", "lower.inverse"), beside `candidates`.
        self.kinds = [] if kinds is None else kinds


def group(mentions: list[Mention]) -> list[Group]:
    """Mentions with a usable figure, grouped so that each group's values can all be true at once.

    Distinct values are swept in order of their lower bounds; a value joins the
    group while it overlaps what the group's members all stand for (for
    intervals, pairwise overlap means a common value). Groups come in the order
    of their first mention.
    """
    by_value: dict[tuple[Decimal, Decimal], list[tuple[int, Mention]]] = {}
    for i, m in enumerate(mentions):
        iv = m.cell.interval()
        if iv is not None:
            by_value.setdefault((iv.lo, iv.hi), []).append((i, m))
    sweeps: list[tuple[Interval, list[tuple[int, Mention]]]] = []
    for lo, hi in sorted(by_value):
        members = by_value[(lo, hi)]
        if sweeps and lo <= sweeps[-1][0].hi:
            common, held = sweeps[-1]
            sweeps[-1] = (Interval(lo, min(hi, common.hi)), held + members)
        else:
            sweeps.append((Interval(lo, hi), list(members)))
    ordered = sorted(sweeps, key=lambda s: min(i for i, _ in s[1]))
    return [Group(iv, [m for _, m in sorted(held, key=lambda x: x[0])]) for iv, held in ordered]


class Facts:
    """A report's figures: their mentions, groups and authorities, each worked out once."""

    def __init__(self, report: Report, rs: RuleSet) -> None:
        self.report = report
        self.rs = rs
        self.env = Env(report, rs, facts=self)
        self._groups: dict[str, list[Group]] = {}
        self._verdicts: dict[str, Verdict] = {}
        self._expectations: dict[str, Expectation] = {}
        self._busy: set[str] = set()  # verdicts being worked out: a formula may read another fact
        self._places: dict[int, str | Msg] | None = None
        self._sums: list[Sum] | None = None
        self._relations: dict[int, list[Interval | None]] | None = None

    def mentions(self, fact: str) -> list[Mention]:
        return self.report.mentions.get(fact, [])

    def groups(self, fact: str) -> list[Group]:
        if fact not in self._groups:
            self._groups[fact] = group(self.mentions(fact))
        return self._groups[fact]

    def place(self, cell: Cell, source_line: int | None = None) -> str | Msg:
        """Where a printed value stands, as messages say it: a table's label, or a narrative line."""
        if self._places is None:
            self._places = {}
            for ms in self.report.mentions.values():
                for m in ms:
                    self._places[id(m.cell)] = self._where(m.cell, m.source_line)
        return self._places.get(id(cell)) or self._where(cell, source_line)

    def _where(self, cell: Cell, source_line: int | None) -> str | Msg:
        if cell.table is not None:
            table = self.report.tables.get(cell.table)
            return table.label if table is not None else cell.table
        if cell.place is not None:  # a draft's sentence: "paragraf 412, hlm. 7", "baris 293"
            return cell.place.msg()
        return Msg("where.narrative", {"line": source_line or "?"})

    def places(self, mentions: list[Mention]) -> list[str | Msg]:
        """Distinct places of some mentions, in order."""
        seen: dict[Any, str | Msg] = {}
        for m in mentions:
            p = self.place(m.cell, m.source_line)
            seen.setdefault(render(p) if isinstance(p, Msg) else p, p)
        return list(seen.values())

    # ------------------------------------------------------------------ table cells

    def sums(self) -> list[Sum]:
        """Every [[total]] of the report: rows into a total row, a code tree, columns into a total column."""
        if self._sums is None:
            self._sums = list(sums(self.report, self.rs))
        return self._sums

    def settled(self, cell: Cell) -> tuple[Interval | None, bool]:
        """What a table cell must be by the relations it is in: the sum of its parts (a total),
        its row's formula (a [[derived]] field). (value, False) when they agree, or there is one;
        (None, True) when two of them give different values and nothing decides between them."""
        values = self.relations(cell)
        if not values:
            return None, False
        if all(a.overlaps(b) for a in values for b in values):
            return values[0], False
        return None, True

    def relations(self, cell: Cell) -> list[Interval]:
        """The values the relations a table cell is in give it (those that can be computed)."""
        if self._relations is None:
            # A row's formula may read a fact whose evidence is a cell of a relation: while the
            # index is built, such a cell has no relations yet (no endless recursion).
            self._relations = {}
            self._relations.update(self._index_relations())
        return [v for v in self._relations.get(id(cell), ()) if v is not None]

    def _index_relations(self) -> dict[int, list[Interval | None]]:
        out: dict[int, list[Interval | None]] = {}
        for s in self.sums():
            if s.total is not None:
                out.setdefault(id(s.total), []).append(s.computed())
        for check in self.rs.checks:
            p = check.params
            if check.type != "derived" or "field" not in p:
                continue
            for table in self.report.tables_of(p["table"]):
                for row in table.rows.values():
                    cell = row.cells.get(p["field"])
                    if cell is None:
                        continue
                    env = Env(self.report, self.rs, row, table, self)
                    if "when" in p and p["when"](env) is not True:
                        continue
                    value = p["formula"](env)
                    out.setdefault(id(cell), []).append(value.iv if isinstance(value, Num) else None)
        return out

    # ------------------------------------------------------------------ verdicts

    def verdict(self, fact: str) -> Verdict:
        if fact not in self._verdicts:
            if fact in self._busy:
                return Verdict("", "LKJ304", reason="unavailable", missing=Missing(f"facts.{fact}"))
            self._busy.add(fact)
            try:
                self._verdicts[fact] = self._verdict(fact)
            finally:
                self._busy.discard(fact)
        return self._verdicts[fact]

    def _verdict(self, fact: str) -> Verdict:
        rs = self.rs
        iku_id, _, name = fact.partition(".")
        iku = rs.iku.get(iku_id)
        if iku is not None and name in ("target", "target_tahunan"):
            return self._target(iku, name)
        if iku is not None and name == "capaian":
            e = self.expectation(iku)
            return Verdict("capaian", "LKJ101", e.value, Msg("src.capaian"), reason=e.reason)
        if iku is not None and name == "realisasi" and iku.formula == "reduction":
            return self._reduction(iku)
        declared = rs.authorities.get(fact)
        if declared is None:
            return NO_AUTHORITY
        if declared.when is not None and declared.when(self.env) is not True:
            return NO_AUTHORITY
        result = declared.expr(self.env)
        if isinstance(result, Many) and result.items and all(isinstance(v, Num) for v in result.items):
            # A cell of a kind printed as several tables (the team tables): one value if they agree.
            first = result.items[0]
            if all(v.iv.overlaps(first.iv) for v in result.items):
                result = first
        if declared.kind == "evidence":
            source = Msg("src.evidence", {"path": in_words(declared.expr.text, self.report, self.rs)})
        else:
            source = Msg("src.formula", {"formula": in_words(declared.expr.text, self.report, self.rs)})
        if isinstance(result, Num):
            cells, value = result.cells, result.iv
            if declared.kind == "evidence" and len(cells) == 1:
                # The evidence is what its cell must be: a total is the sum of its parts.
                settled, contested = self.settled(cells[0])
                path = in_words(declared.expr.text, self.report, self.rs)
                source = Msg("src.evidence_at", {"where": self.place(cells[0]), "path": path})
                if contested:
                    return Verdict(
                        declared.kind, "LKJ304", None, source, cells, "unavailable", Missing("contested")
                    )
                value = settled or value
            return Verdict(declared.kind, OWNERS[declared.kind], value, source, cells)
        if isinstance(result, Undefined):
            return Verdict(declared.kind, OWNERS[declared.kind], None, source, reason=result.reason)
        return Verdict(declared.kind, "LKJ304", None, source, reason="unavailable", missing=result)

    def _target(self, iku: Iku, name: str) -> Verdict:
        target = self.rs.targets.get(iku.id)
        if target is None:
            return NO_AUTHORITY
        owner = OWNERS[name]
        if name == "target_tahunan":
            level: Any = target.annual
        else:
            level = period_target(target, iku, self.report.quarter, self.report.annual)
            if level is None:
                return Verdict("targets", owner, None, Msg("src.targets"), reason="annual_only")
        value: Level = (
            (Interval.point(level[0]), Interval.point(level[1]))
            if isinstance(level, tuple)
            else Interval.point(level)
        )
        return Verdict("targets", owner, value, Msg("src.targets"))

    def _reduction(self, iku: Iku) -> Verdict:
        assert iku.previous is not None and iku.current is not None  # the catalogue requires both
        prev, cur = iku.previous(self.env), iku.current(self.env)
        text = f"({iku.previous.text} − {iku.current.text}) / {iku.previous.text} × 100"
        source = Msg("src.formula", {"formula": text})
        if not isinstance(prev, Num) or not isinstance(cur, Num):
            missing = prev if not isinstance(prev, Num) else cur
            return Verdict("reduction", "LKJ304", None, source, reason="unavailable", missing=missing)
        try:
            rate = reduction_rate(prev.iv, cur.iv)
        except NotDefined as e:
            return Verdict("reduction", "LKJ103", None, source, prev.cells + cur.cells, reason=e.reason)
        return Verdict("reduction", "LKJ103", rate, source, prev.cells + cur.cells)

    # ------------------------------------------------------------------ values

    def value(self, fact: str) -> Value:
        """A fact as formulas read it: its authority's value, else the value all its printed
        values agree on; Missing when it is undefined, or printed differently with nothing to decide."""
        v = self.verdict(fact)
        if isinstance(v.value, Interval):
            return Num(v.value, v.cells)
        if v.kind and v.reason != "unavailable":
            return Missing(f"facts.{fact}")  # undefined, or a range
        groups = self.groups(fact)
        if len(groups) == 1:
            return Num(groups[0].iv, (groups[0].first,))
        return Missing(f"facts.{fact}")

    def operands(self, fact: str) -> list[Operand] | str:
        """The readings of one input of a computation: the authority's value, the value the
        printed ones agree on, or each group of them; a reason when there is none."""
        v = self.verdict(fact)
        if v.value is not None:
            text: Any = v.cells[0].text if len(v.cells) == 1 else _level_text(v.value)
            return [Operand(v.value, text, v.source, [])]
        if v.kind and v.reason != "unavailable":
            return v.reason  # undefined: the capaian is too
        readings = []
        for m in self.mentions(fact):
            level = target_interval(m.cell) if fact.endswith(".target") else m.cell.interval()
            if isinstance(level, tuple):
                readings.append(Operand(level, m.cell.text, None, [self.place(m.cell, m.source_line)]))
        out = [Operand(g.iv, g.first.text, None, self.places(g.mentions)) for g in self.groups(fact)]
        return out + readings

    def expectation(self, iku: Iku) -> Expectation:
        if iku.id not in self._expectations:
            self._expectations[iku.id] = self._expect(iku)
        return self._expectations[iku.id]

    def _end_targets(self, iku: Iku) -> list[Operand]:
        """The end targets (RPJM, Renstra) printed on the IKU's rows, where a table prints one."""
        out = []
        for table in self.report.tables.values():
            row = table.rows.get(iku.id) if table.kind.rows == "iku" else None
            cell = row.cells.get("target_akhir") if row is not None else None
            iv = cell.interval() if cell is not None else None
            if cell is not None and iv is not None:
                out.append(Operand(iv, cell.text, None, [self.place(cell)]))
        return out

    def _expect(self, iku: Iku) -> Expectation:
        targets = self.operands(f"{iku.id}.target")
        realisasi = self.operands(f"{iku.id}.realisasi")
        if isinstance(realisasi, str):
            return Expectation(iku, reason="realisasi_undefined")
        if isinstance(targets, str):
            return Expectation(iku, reason=targets)  # annual_only: no TW target, so no capaian
        for inputs, name in ((targets, "target"), (realisasi, "realisasi")):
            if not inputs and iku.formula == "any":
                # An indicator read from the report: a capaian printed with no target (a table of
                # years, a summary) is not the report's fault; there is nothing to compute it from.
                return Expectation(iku)
            if not inputs:
                # Printed but unreadable is LKJ501/LKJ502's to say; printed nowhere is a capaian without input.
                printed = any(m.cell.reported for m in self.mentions(f"{iku.id}.{name}"))
                return Expectation(iku, reason="unreadable" if printed else f"no_{name}")
        if iku.formula == "any":
            # A capaian of no declared formula may be measured against the end target the
            # table prints beside the year's ("Capaian terhadap Target RPJM"): either fits.
            targets = targets + self._end_targets(iku)
        pairs = [(t, r) for t in targets for r in realisasi]
        if iku.formula == "any":
            return _any_kind(iku, pairs)
        results: list[tuple[Interval | str, Operand, Operand]] = []
        for t, r in pairs:
            try:
                assert isinstance(r.value, Interval)
                results.append((capaian(iku, t.value, r.value), t, r))
            except NotDefined as e:
                results.append((e.reason, t, r))
        if len(pairs) == 1:
            result, t, r = results[0]
            if isinstance(result, str):
                return Expectation(iku, reason=result, target=t, realisasi=r)
            return Expectation(iku, result, target=t, realisasi=r)
        return Expectation(iku, candidates=results)


def rounded_target(t: Operand) -> Level:
    """A printed target with decimals, as a report of no catalogue gives it: a rounded figure
    ("0,16" for 162 per 100.000), so any value it rounds from. Declared and whole targets are exact."""
    if t.source is None and isinstance(t.text, str) and isinstance(t.value, Interval):
        n = parse_number(t.text)
        if isinstance(n, Number) and n.decimals > 0:
            return n.interval(exact=False)
    return t.value


def _any_kind(iku: Iku, pairs: list[tuple[Operand, Operand]]) -> Expectation:
    """An IKU of no declared formula: the capaian every kind lkjip knows gives, for every reading;
    a printed capaian must fit one of them (none is chosen)."""
    results: list[tuple[Interval | str, Operand, Operand]] = []
    kinds: list[str] = []
    for formula, variant in ANY_KINDS:
        kind = iku.replace(formula=formula, variant=variant)
        for t, r in pairs:
            assert isinstance(r.value, Interval)
            try:
                results.append((capaian(kind, rounded_target(t), r.value), t, r))
            except NotDefined as e:
                results.append((e.reason, t, r))
            kinds.append(f"{formula}.{variant}" if variant else formula)
    # A target of 0: how such a capaian is scored is the catalogue's to say (zero_target); each way.
    for zero in ("zero", "met"):
        kind = iku.replace(formula="higher", variant="", zero_target=zero)
        for t, r in pairs:
            if isinstance(t.value, Interval) and t.value.exact and t.value.lo == 0:
                assert isinstance(r.value, Interval)
                results.append((capaian(kind, t.value, r.value), t, r))
                kinds.append(f"zero_target.{zero}")
    return Expectation(iku, candidates=results, kinds=kinds)


def _level_text(level: Level) -> Decimal | Interval:
    """A declared value as an explanation shows it: a number, or a range as lo–hi."""
    if isinstance(level, tuple):
        return Interval(level[0].lo, level[1].hi)
    return level.mid if level.exact else level
