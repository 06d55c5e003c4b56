"""LKJ206 no-unit-rules: the report was checked with the generic catalogue, not its unit's rules."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.msg import Msg

META = RuleMeta(
    code="LKJ206",
    name="no-unit-rules",
    severity="info",
    summary={
        "id": "Unit laporan ini tidak punya aturan: diperiksa dengan katalog umum SAKIP dan indikator yang dicetaknya.",
        "en": "The report's unit has no rules: checked with the generic SAKIP catalogue and the indicators it prints.",
    },
    rationale={
        "id": "Tanpa katalog unit, lkjip tetap menjalankan setiap aturan yang tidak memerlukan pengetahuan "
        "instansi (angka dan terbilang, kalimat, tanggal, aritmetika tertulis, gaya angka, judul tabel, jumlah, "
        "anggaran, angka yang sama di setiap tabel). Indikatornya dibaca dari laporan, rumus capaiannya "
        "tidak diketahui (cukup cocok dengan salah satu jenis), dan target triwulan tidak diperiksa karena "
        "pembagiannya tidak dinyatakan. `lkjip init DRAFT` menulis katalog awal untuk unit ini agar pemeriksaan "
        "menjadi tepat.",
        "en": "Without a catalogue of the unit, lkjip still runs every rule that needs no agency knowledge "
        "(numbers and words, sentences, dates, written arithmetic, number style, captions, totals, the budget, "
        "the same figure in every table). The indicators are read from the report, their capaian formula is "
        "unknown (fitting any kind is enough), and quarterly targets are not checked since no breakdown is "
        "declared. `lkjip init DRAFT` writes a starting catalogue for the unit to make the check precise.",
    },
    bad="lkjip check dinkes-contoh-2023-tahunan.docx   # no rules/dinkes-contoh/2023.toml",
    good="lkjip check bp3mi-sumbar-2023-tw2.docx   # rules/bp3mi-sumbar/2023.toml",
)


def run(ctx: Context) -> Iterator[Finding]:
    rs = ctx.rs
    if not rs.inferred:
        return
    targets = Msg("lkj206.pk_targets", {"count": len(rs.targets)}) if rs.targets else Msg("lkj206.no_targets")
    yield ctx.finding(
        META,
        "lkj206",
        (1, 1),
        "",
        unit=rs.unit,
        catalogue=rs.catalogue,
        count=len(rs.iku),
        targets=targets,
        file=ctx.report.file,
    )
