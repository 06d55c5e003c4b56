"""LKJ304 same-figure: one figure printed differently in different places."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks._explain import why_missing
from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.formula import Missing
from lkjip_tui.model.authority import Group, Verdict
from lkjip_tui.model.findings import Finding
from lkjip_tui.model.report import Mention
from lkjip_tui.model.rules import Label, Ref
from lkjip_tui.model.scope import expr_cells
from lkjip_tui.values.interval import Interval
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
        "id": "Realisasi satu IKU, pagu dan realisasi anggaran dicetak di beberapa tabel dan di narasi; semua "
        "penyebutan harus sama (dengan memperhitungkan pembulatan). Yang benar bukan suara terbanyak: jika "
        "katalog menyatakan bukti (mis. tabel penempatan per negara untuk realisasi penempatan), nilai bukti "
        "itu yang berlaku dan hanya penyebutan yang berbeda darinya ditandai; tanpa bukti, semua nilai "
        "dicantumkan beserta tempatnya tanpa memilih. Target mengikuti Perjanjian Kinerja (LKJ201, LKJ202) "
        "dan capaian mengikuti rumusnya (LKJ101).",
        "en": "An IKU's realisasi and the budget's pagu and realisasi are printed in several tables and in the "
        "narrative; every mention must agree (rounding allowed). What is right is not a majority: where the "
        "catalogue declares evidence (e.g. the placements by country for the placement realisasi) its value "
        "holds and only the mentions that differ from it are flagged; without evidence every value is listed "
        "with its places and none is chosen. Targets follow the Perjanjian Kinerja (LKJ201, LKJ202) and "
        "capaian its formula (LKJ101).",
    },
    bad="Tabel 1 IKU1 realisasi 142; Tabel 7 IKU1 realisasi 300; Tabel 10 JUMLAH 142",
    good="Tabel 1 IKU1 realisasi 142; Tabel 7 IKU1 realisasi 142; Tabel 10 JUMLAH 142",
)


def run(ctx: Context) -> Iterator[Finding]:
    rs, facts = ctx.rs, ctx.facts
    refs: dict[str, Ref] = {}
    for check in ctx.checks("same"):
        refs.setdefault(check.params["fact"], check.ref)
        yield from _absent_cells(ctx, check.params, check.ref)
    for fact, mentions in ctx.report.mentions.items():
        verdict = facts.verdict(fact)
        if verdict.owner != META.code or not mentions or not _measured(ctx, fact):
            continue
        kind = rs.fact_kind(fact)
        label: Label = kind.label if kind is not None else fact
        rule: Ref | str = refs.get(fact) or (kind.ref if kind is not None else "")
        if verdict.kind and verdict.reason == "unavailable":
            yield ctx.finding(
                META,
                "lkj304.unavailable",
                mentions[0].cell,
                rule,
                severity="info",
                fact=label,
                source=verdict.source,
                why=why_missing(ctx, verdict.missing),
            )
        if isinstance(verdict.value, Interval):
            yield from _against(ctx, verdict, verdict.value, mentions, label, rule)
            continue
        groups = facts.groups(fact)
        if len(groups) == 1:
            yield from _blanks(
                ctx,
                mentions,
                label,
                rule,
                groups[0].iv,
                Msg("src.printed", {"places": facts.places(groups[0].mentions)}),
            )
        elif len(groups) > 1:
            yield from _conflict(ctx, groups, label, rule)


def _measured(ctx: Context, fact: str) -> bool:
    """An IKU's realisasi outside the quarters it is measured in is LKJ104's."""
    iku = ctx.rs.iku.get(fact.partition(".")[0])
    return iku is None or ctx.report.measures(iku.measured_in)


def _against(
    ctx: Context, verdict: Verdict, value: Interval, mentions: list[Mention], label: Label, rule: Ref | str
) -> Iterator[Finding]:
    """The authority decides: flag only the mentions that differ from it."""
    agreeing = [m for m in mentions if (iv := m.cell.interval()) is not None and iv.overlaps(value)]
    own = {id(c) for c in verdict.cells}
    others = [m for m in agreeing if id(m.cell) not in own]
    places = ctx.facts.places(others)
    agree = Msg("lkj304.agree", {"places": places}) if places else ""
    for m in mentions:
        iv = m.cell.interval()
        if iv is None or iv.overlaps(value):
            continue
        yield ctx.finding(
            META,
            "lkj304",
            m.cell,
            rule,
            fact=label,
            printed=Printed(m.cell.text),
            expected_value=value,
            source=verdict.source,
            agree=agree,
            expected=value.mid,
            actual=m.cell.number.value if m.cell.number else iv.mid,
            expected_interval=value,
            actual_interval=iv,
        )
    yield from _blanks(ctx, mentions, label, rule, value, verdict.source)


def _blanks(
    ctx: Context, mentions: list[Mention], label: Label, rule: Ref | str, value: Interval, source: Msg | None
) -> Iterator[Finding]:
    """A mention that prints no figure ("-", blank) where the figure is known."""
    for m in mentions:
        if m.cell.reported or m.cell.interval() is not None:
            continue
        yield ctx.finding(
            META,
            "lkj304.blank",
            m.cell,
            rule,
            severity="warning",
            fact=label,
            printed=Printed(m.cell.text),
            expected_value=value,
            source=source,
            expected=value.mid,
            expected_interval=value,
        )


def _conflict(ctx: Context, groups: list[Group], label: Label, rule: Ref | str) -> Iterator[Finding]:
    """Nothing decides: every value with its places, one finding where each value stands first."""
    values = Msg(
        "seq",
        {
            "items": [
                Msg(
                    "lkj304.value", {"printed": Printed(g.first.text), "places": ctx.facts.places(g.mentions)}
                )
                for g in groups
            ]
        },
    )
    for g in groups:
        cell = g.first
        yield ctx.finding(
            META,
            "lkj304.conflict",
            cell,
            rule,
            fact=label,
            printed=Printed(cell.text),
            values=values,
            count=len(groups),
            actual=cell.number.value if cell.number else g.iv.mid,
            actual_interval=cell.interval(),
        )


def _absent_cells(ctx: Context, params: dict[str, object], ref: Ref) -> Iterator[Finding]:
    """A cell a [[same]] names that this report does not have: say so, once, where the fact stands."""
    fact = str(params["fact"])
    mentions = ctx.report.mentions.get(fact, [])
    if not mentions:
        return
    kind = ctx.rs.fact_kind(fact)
    env = ctx.env()
    paths = params.get("also", [])
    assert isinstance(paths, list)
    for e in paths:
        value = e(env)
        # Only a table this report has: a report without the table has no cell to compare.
        table = e.ast[2][0][1] if e.ast[0] == "path" else ""
        if isinstance(value, Missing) and not expr_cells(value) and ctx.report.tables_of(table):
            yield ctx.finding(
                META,
                "lkj304.absent",
                mentions[0].cell,
                ref,
                severity="info",
                fact=kind.label if kind is not None else fact,
                path=e.text,
            )
