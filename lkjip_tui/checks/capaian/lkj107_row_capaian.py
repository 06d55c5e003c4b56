"""LKJ107 row-capaian: in a table whose rows are not indicators (the years of one indicator,
"Tahun | Target | Realisasi | Capaian"), a row's capaian that no formula gives from its row."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.model.capaian import NotDefined, capaian, formula_parts, undeclared_target
from lkjip_tui.model.findings import Finding
from lkjip_tui.model.rules import ANY_KINDS, Iku, Ref
from lkjip_tui.values.interval import Interval
from lkjip_tui.values.msg import Msg, Printed

META = RuleMeta(
    code="LKJ107",
    name="row-capaian",
    severity="error",
    summary={
        "id": "Capaian satu baris (mis. satu tahun dari satu indikator) tidak dihasilkan rumus mana pun dari target dan realisasi barisnya.",
        "en": "A row's capaian (e.g. one year of one indicator) follows by no formula from its row's target and realisasi.",
    },
    rationale={
        "id": "Tabel perbandingan tahunan ('Tahun | Target | Realisasi | Capaian') mencetak capaian tiap tahun "
        "dari target dan realisasi tahun itu. Rumusnya tidak dinyatakan, jadi capaian dianggap benar bila "
        "cocok, dengan pembulatannya, dengan salah satu jenis rumus (makin tinggi makin baik, makin rendah "
        "makin baik); galat hanya bila tidak satu pun cocok, dan hasil tiap jenis disebut.",
        "en": "A yearly comparison table ('Tahun | Target | Realisasi | Capaian') prints each year's capaian "
        "from that year's target and realisasi. No formula is declared, so a capaian is taken as right when "
        "it fits, with its rounding, some kind of formula (higher is better, lower is better); it is an error "
        "only when none fits, and what each kind gives is listed.",
    },
    bad="2020 | target 3% | realisasi -100% | capaian -33,33%   # -100 / 3 × 100 = -3.333,33",
    good="2021 | target 3% | realisasi 50% | capaian 1667%   # 50 / 3 × 100 = 1.666,67",
)

# An indicator of no declared formula: each kind of ANY_KINDS is tried on it.
_ANY = Iku("", "", "", "", "any", "", "undefined", None, (1, 2, 3, 4), "measures", None, None, Ref("", 0))


def run(ctx: Context) -> Iterator[Finding]:
    for table in ctx.report.tables.values():
        columns = table.kind.columns
        if table.kind.rows == "iku" or not all(c in columns for c in ("target", "realisasi", "capaian")):
            continue  # an IKU's capaian is LKJ101's
        for row in table.rows.values():
            cells = row.cells
            if not all(k in cells for k in ("target", "realisasi", "capaian")):
                continue
            t, r, c = (
                undeclared_target(cells["target"]),
                cells["realisasi"].interval(),
                cells["capaian"].interval(),
            )
            if t is None or r is None or c is None or isinstance(t, tuple) or (t.exact and t.lo == 0):
                continue
            items: list[Any] = []
            fits = False
            for formula, variant in ANY_KINDS:
                kind = _ANY.replace(formula=formula, variant=variant)
                try:
                    result: Interval | Msg = capaian(kind, t, r)
                except NotDefined as e:
                    result = Msg(f"reason.{e.reason}")
                if isinstance(result, Interval) and result.overlaps(c):
                    fits = True
                    break
                parts = formula_parts(kind, cells["target"].text, cells["realisasi"].text)
                name = f"{formula}.{variant}" if variant else formula
                items.append(
                    Msg(
                        "lkj101.kind",
                        {
                            "kind": Msg(f"kind.{name}"),
                            "formula": Msg("seq.parts", {"items": parts}),
                            "computed": result,
                        },
                    )
                )
            if fits:
                continue
            yield ctx.finding(
                META,
                "lkj107",
                cells["capaian"],
                "",
                printed=Printed(cells["capaian"].text),
                row_key=row.key,
                candidates=Msg("seq", {"items": items}),
                actual=c.mid,
                actual_interval=c,
            )
