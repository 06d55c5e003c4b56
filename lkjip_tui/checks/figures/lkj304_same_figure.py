"""LKJ304 same-figure: one figure printed differently in different places."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.formula import Many, Num
from lkjip_tui.model.findings import Finding
from lkjip_tui.model.report import Cell, consensus
from lkjip_tui.model.rules import Ref
from lkjip_tui.values.msg import Msg, Printed

META = RuleMeta(
    code="LKJ304",
    name="same-figure",
    severity="error",
    summary={
        "id": "Angka yang sama dicetak berbeda di tabel atau narasi yang berbeda.",
        "en": "The same figure is printed differently in different tables or in the narrative.",
    },
    rationale={
        "id": "Realisasi, target dan capaian satu IKU dicetak di beberapa tabel (ikhtisar, pengukuran, per "
        "sasaran) dan di narasi; pagu dan realisasi anggaran juga. Semua penyebutan harus sama (dengan "
        "memperhitungkan pembulatan). Angka yang berbeda dari mayoritas ditandai.",
        "en": "An IKU's realisasi, target and capaian are printed in several tables (summary, measurement, "
        "per goal) and in the narrative; so are the budget's pagu and realisasi. All mentions must agree "
        "(rounding allowed). Values that differ from the majority are flagged.",
    },
    bad="Tabel 1 IKU1 realisasi 142; Tabel 7 IKU1 realisasi 300",
    good="Tabel 1 IKU1 realisasi 142; Tabel 7 IKU1 realisasi 142",
)


def run(ctx: Context) -> Iterator[Finding]:
    groups: dict[str, list[Cell]] = {f: [m.cell for m in ms] for f, ms in ctx.report.mentions.items()}
    refs: dict[str, Ref] = {}
    env = ctx.env()
    for check in ctx.checks("same"):
        fact = check.params["fact"]
        refs[fact] = check.ref
        for e in check.params["also"]:
            value = e(env)
            items = value.items if isinstance(value, Many) else (value,)
            for v in items:
                if isinstance(v, Num) and len(v.cells) == 1:
                    groups.setdefault(fact, []).append(v.cells[0])
    where: dict[int, str | int] = {}
    for fact, cells in groups.items():
        best, support = consensus(cells)
        if best is None:
            continue
        best_iv = best.interval()
        assert best_iv is not None
        usable = [c for c in cells if c.interval() is not None]
        agreeing = [c for c in usable if best_iv.overlaps(c.interval())]  # type: ignore[arg-type]
        kind = ctx.rs.fact_kind(fact)
        rule = refs.get(fact) or (kind.ref if kind else "")
        for c in usable:
            iv = c.interval()
            assert iv is not None
            if iv.overlaps(best_iv):
                continue
            where = where or _where_labels(ctx)
            yield ctx.finding(
                META,
                "lkj304",
                c,
                rule,
                fact=kind.label if kind else fact,
                printed=Printed(c.text),
                other=Printed(best.text),
                places=_places(where.get(id(a), "?") for a in agreeing),
                support=support,
                total=len(usable),
                expected=best.number.value if best.number else best_iv.mid,
                actual=c.number.value if c.number else iv.mid,
                expected_interval=best_iv,
                actual_interval=iv,
            )


def _where_labels(ctx: Context) -> dict[int, str | int]:
    """A short 'where' for every cell: a table's label, or the narrative's line number."""
    out: dict[int, str | int] = {}
    for t in ctx.report.tables.values():
        label = t.label
        for r in t.rows.values():
            for c in r.cells.values():
                out[id(c)] = label
    for ms in ctx.report.mentions.values():
        for m in ms:
            if id(m.cell) not in out:
                out[id(m.cell)] = ctx.label(m.table) or m.table if m.table is not None else m.source_line or 0
    return out


def _places(labels: Iterable[str | int]) -> list[str | Msg]:
    """Distinct places in order; narrative lines become 'narasi baris N'."""
    return [
        label if isinstance(label, str) else Msg("where.narrative", {"line": label or "?"})
        for label in dict.fromkeys(labels)
    ]
