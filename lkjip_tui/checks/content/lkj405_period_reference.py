"""LKJ405 period-reference: a statement that names another period than the figure belongs to."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.checks.content._periods import parse_period
from lkjip_tui.model.findings import Finding
from lkjip_tui.values import dates
from lkjip_tui.values.msg import Msg, Printed

META = RuleMeta(
    code="LKJ405",
    name="period-reference",
    severity="error",
    summary={
        "id": "Kalimat di narasi menyebut periode yang salah untuk angkanya (mis. 'Triwulan II 2022' di laporan 2023).",
        "en": "A narrative statement names the wrong period for its figure (e.g. 'Triwulan II 2022' in a 2023 report).",
    },
    rationale={
        "id": "Narasi sering disalin dari laporan tahun lalu; angka diperbarui tetapi tahunnya tidak. Setiap fakta "
        "di katalog menyatakan periodenya (periode laporan, tahun lalu, triwulan lalu).",
        "en": "Narrative is often copied from last year's report; the figure is updated but not the year. Every "
        "fact in the catalogue says which period it belongs to (the report's, last year's, last quarter's).",
    },
    bad='IKU6.realisasi: {value: "63,39", period: "TW II 2022"}   # in the TW II 2023 report',
    good='IKU6.realisasi: {value: "63,39", period: "TW II 2023"}',
)


def run(ctx: Context) -> Iterator[Finding]:
    r = ctx.report
    for fact, mentions in r.mentions.items():
        kind = ctx.rs.fact_kind(fact)
        if kind is None or kind.period == "any":
            continue
        # The period the figure belongs to; an annual report's is its year (or last year's).
        if kind.period == "previous_year" or (kind.period == "previous_quarter" and r.annual):
            want_q, want_y = r.quarter, r.year - 1
        elif kind.period == "previous_quarter":
            want_q, want_y = (r.quarter - 1, r.year) if r.quarter > 1 else (4, r.year - 1)
        else:
            want_q, want_y = r.quarter, r.year
        for m in mentions:
            if m.period is None:
                continue
            got = parse_period(m.period.text)
            if got is None:
                yield ctx.finding(
                    META, "lkj405.unreadable", m.period, kind.ref, printed=Printed(m.period.text)
                )
                continue
            q, y = got
            # An annual report's figures are of the year: a quarter, if named, is its last.
            if y != want_y or (q is not None and q != want_q):
                want = (
                    Msg("period.annual", {"year": want_y})
                    if r.annual
                    else Msg("period.quarter", {"quarter": Msg(f"quarter.{want_q}"), "year": want_y})
                )
                yield ctx.finding(
                    META,
                    "lkj405",
                    m.period,
                    kind.ref,
                    printed=Printed(m.period.text),
                    expected_period=want,
                    fact=kind.label,
                    value=Printed(m.cell.text),
                    expected=f"{dates.quarter_label(want_q)} {want_y}" if not r.annual else str(want_y),
                    actual=m.period.text,
                    field=fact,
                )
