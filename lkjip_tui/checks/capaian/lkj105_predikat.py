"""LKJ105 predikat-mismatch: a printed predikat that is not the band of the capaian."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.model.findings import Finding
from lkjip_tui.model.rules import Band
from lkjip_tui.values.interval import Interval
from lkjip_tui.values.msg import Msg, Printed

META = RuleMeta(
    code="LKJ105",
    name="predikat-mismatch",
    severity="error",
    summary={
        "id": "Predikat yang dicetak bukan kategori dari capaian menurut pita predikat.",
        "en": "The printed predikat is not the band its capaian falls in.",
    },
    rationale={
        "id": "Predikat (Sangat Baik, Baik, …) mengikuti pita capaian yang ditetapkan instansi. Setelah capaian "
        "berubah, predikat sering tertinggal. Capaian yang dipakai adalah yang seharusnya (LKJ101), bukan "
        "yang dicetak, sehingga kedua temuan meminta hal yang sama.",
        "en": "The predikat (Sangat Baik, Baik, …) follows the agency's capaian bands. After a capaian changes, "
        "the predikat is often left behind. The capaian used is the one that should be printed (LKJ101), not "
        "the printed one, so that both findings ask for the same thing.",
    },
    bad="IKU1: {target: 375, realisasi: 142, capaian: 38%, predikat: Baik}",
    good="IKU1: {target: 375, realisasi: 142, capaian: 38%, predikat: Sangat Kurang}",
)


def run(ctx: Context) -> Iterator[Finding]:
    rs = ctx.rs
    if not rs.bands:
        return
    for table in ctx.report.tables.values():
        if table.kind.rows != "iku" or "predikat" not in table.kind.columns:
            continue
        for row in table.rows.values():
            iku, pred = rs.iku.get(row.key), row.cells.get("predikat")
            if iku is None or pred is None or not ctx.report.measures(iku.measured_in):
                continue
            if pred.text.strip().lower() in ("", "-", "–", "—", "n/a"):
                continue  # no predikat printed
            e = ctx.facts.expectation(iku)
            values = (
                [e.value]
                if e.value is not None
                else [r for r, _, _ in e.candidates if isinstance(r, Interval)]
            )
            if not values:
                yield ctx.finding(
                    META,
                    "lkj105.unchecked",
                    pred,
                    iku.ref,
                    severity="info",
                    printed=Printed(pred.text),
                    iku=iku.label,
                )
                continue
            allowed = list({id(b): b for v in values for b in rs.bands_meeting(v.lo, v.hi)}.values())
            if pred.text.strip().casefold() in {b.name.casefold() for b in allowed}:
                continue
            cap = row.cells.get("capaian")
            yield ctx.finding(
                META,
                "lkj105",
                pred,
                allowed[0].ref if allowed else rs.bands[0].ref,
                printed=Printed(pred.text),
                capaian=values[0] if len(values) == 1 else Msg("seq", {"items": values}),
                printed_capaian=Printed(cap.text if cap is not None else ""),
                bands=Msg("seq.or", {"items": [_band(b) for b in allowed]}),
                expected=allowed[0].name if len(allowed) == 1 else None,
                actual=pred.text,
            )


def _band(b: Band) -> Msg:
    return Msg("band.named", {"name": b.name, "range": b.span()})
