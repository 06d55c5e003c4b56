"""LKJ314 ratio-of-rows: a table's percent realisasi that no ratio of the counts of its rows gives
("Upaya hukum PK 2016 dan 2015 | 9 Berkas | 75,00" over "Upaya hukum PK 2015 | 2 Berkas")."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from itertools import permutations

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.interval import Interval
from lkjip_tui.values.msg import Msg, Printed

META = RuleMeta(
    code="LKJ314",
    name="ratio-of-rows",
    severity="warning",
    summary={
        "id": "Realisasi (persen) tabel yang dihitung dari jumlah pada baris-barisnya tidak dihasilkan "
        "perbandingan mana pun dari jumlah-jumlah itu.",
        "en": "A table's percent realisasi worked out from the counts of its rows follows from no ratio of "
        "those counts.",
    },
    rationale={
        "id": "Tabel analisa kinerja ('Data Perkara | Jumlah | Realisasi': 40 Berkas, 20 Berkas, 50,00) mencetak "
        "realisasi dari jumlah barisnya. Rumusnya tidak dinyatakan, jadi realisasi dianggap benar bila sama, "
        "dengan pembulatannya, dengan a / b × 100 atau (b − a) / b × 100 untuk dua jumlah mana pun; jika tidak "
        "satu pun, hasil tiap perbandingan disebut.",
        "en": "A performance analysis table ('Data Perkara | Jumlah | Realisasi': 40 Berkas, 20 Berkas, 50.00) "
        "prints a realisasi worked out from its rows' counts. No formula is declared, so the realisasi is taken "
        "as right when it equals, with its rounding, a / b × 100 or (b − a) / b × 100 for any two counts; when "
        "none does, what each ratio gives is listed.",
    },
    bad="9 Berkas; 2 Berkas; realisasi 75,00   # 2 / 9 = 22,22; 7 / 9 = 77,78",
    good="9 Berkas; 2 Berkas; realisasi 22,22",
)

_HUNDRED = Decimal(100)


def run(ctx: Context) -> Iterator[Finding]:
    for table in ctx.report.tables.values():
        if not {"jumlah", "realisasi"} <= set(table.kind.columns) or table.kind.rows != "list":
            continue
        counts = [r.cells["jumlah"] for r in table.rows.values() if "jumlah" in r.cells]
        printed = [r.cells["realisasi"] for r in table.rows.values() if r.cells.get("realisasi") is not None]
        printed = [c for c in printed if c.reported]
        values = [c.number for c in counts]
        if len(printed) != 1 or len(counts) < 2 or any(v is None or v.value <= 0 for v in values):
            continue
        shown = printed[0].interval()
        if shown is None:
            continue
        given: list[tuple[str, Decimal]] = []
        for (a, ca), (b, cb) in permutations(zip(values, counts, strict=True), 2):
            assert a is not None and b is not None
            given.append((f"{ca.text} / {cb.text}", a.value / b.value * _HUNDRED))
            if a.value < b.value:
                given.append(
                    (f"({cb.text} − {ca.text}) / {cb.text}", (b.value - a.value) / b.value * _HUNDRED)
                )
        if any(shown.contains(v) for _, v in given):
            continue
        yield ctx.finding(
            META,
            "lkj314",
            printed[0],
            "",
            printed=Printed(printed[0].text),
            ratios=Msg(
                "seq",
                {
                    "items": [
                        Msg(
                            "lkj314.ratio", {"ratio": r, "value": Interval.point(v.quantize(Decimal("0.01")))}
                        )
                        for r, v in given
                    ]
                },
            ),
        )
