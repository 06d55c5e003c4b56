"""The IKU overview of one report: what the reviewer and planner views show.

For each IKU, grouped by sasaran: its annual target and quarterly target (as
planned and as printed), realisasi and capaian (as printed), the capaian
computed from the printed target and realisasi (what LKJ101 checks) and the
capaian against the planned target (what a planner's edit changes), its
predikat, and the worst severity of the findings about it. Pure: the views
only display these rows.
"""

from __future__ import annotations

from lkjip_tui.model.breakdown import Level, quarterly
from lkjip_tui.model.capaian import NotDefined, capaian, target_interval
from lkjip_tui.model.findings import Finding, worst
from lkjip_tui.model.report import Cell, Report, consensus
from lkjip_tui.model.rules import Iku, RuleSet
from lkjip_tui.values.interval import Interval
from lkjip_tui.values.record import Record


class IkuRow(Record):
    __slots__ = (
        "annual",
        "capaian",
        "computed",
        "findings",
        "iku",
        "planned",
        "predikat",
        "realisasi",
        "sasaran",
        "status",
        "target",
        "tw_target",
    )

    def __init__(
        self,
        iku: Iku,
        sasaran: str,
        annual: Level | None,
        tw_target: Level | None,
        target: Cell | None,
        realisasi: Cell | None,
        capaian: Cell | None,
        computed: Interval | str | None,
        planned: Interval | str | None,
        predikat: str | None,
        status: str,
        findings: list[Finding],
    ) -> None:
        self.iku = iku
        self.sasaran = sasaran  # the sasaran's name
        self.annual = annual  # the annual target in the rules
        self.tw_target = tw_target  # the quarter's target under the rules' breakdown
        self.target = target  # the quarter's target as printed (the most agreed mention)
        self.realisasi = realisasi
        self.capaian = capaian
        self.computed = computed  # capaian from the printed target and realisasi, or why there is none
        self.planned = planned  # capaian from the planned quarter's target and the printed realisasi
        self.predikat = predikat
        self.status = status  # "ok", "info", "warning" or "error"
        self.findings = findings


def about_iku(finding: Finding, iku: str) -> bool:
    """Whether a finding concerns one IKU: its row in an IKU table, a fact of it, its target."""
    return finding.row == iku or (finding.field or "").startswith(iku + ".")


def iku_rows(report: Report, rs: RuleSet, findings: list[Finding]) -> list[IkuRow]:
    rows = []
    for iku in rs.iku.values():
        target, realisasi, printed = (
            _agreed(report, f"{iku.id}.{name}") for name in ("target", "realisasi", "capaian")
        )
        plan = rs.targets.get(iku.id)
        tw = quarterly(plan, iku).reported(report.quarter) if plan is not None else None
        computed: Interval | str | None = None
        planned: Interval | str | None = None
        if report.quarter not in iku.measured_in:
            computed = planned = "not_measured"
        elif realisasi is not None:
            if target is not None:
                computed = _computed(iku, target_interval(target), realisasi)
            if tw is not None:
                planned = _computed(iku, _declared(tw), realisasi)
        mine = [f for f in findings if about_iku(f, iku.id)]
        status = worst(mine) or "ok"
        predikat = rs.predikat(computed.mid) if isinstance(computed, Interval) and rs.bands else None
        sasaran = rs.sasaran[iku.sasaran].name if iku.sasaran in rs.sasaran else iku.sasaran
        annual = plan.annual if plan is not None else None
        rows.append(
            IkuRow(
                iku,
                sasaran,
                annual,
                tw,
                target,
                realisasi,
                printed,
                computed,
                planned,
                predikat,
                status,
                mine,
            )
        )
    return rows


def _agreed(report: Report, fact: str) -> Cell | None:
    """The mention of a fact most others agree with."""
    return consensus([m.cell for m in report.mentions.get(fact, [])])[0]


def _declared(level: Level) -> Interval | tuple[Interval, Interval]:
    """A planned target is set, not measured: exact."""
    if isinstance(level, tuple):
        return Interval.point(level[0]), Interval.point(level[1])
    return Interval.point(level)


def _computed(
    iku: Iku, t: Interval | tuple[Interval, Interval] | None, realisasi: Cell
) -> Interval | str | None:
    """The same capaian LKJ101 computes, from a target and the printed realisasi."""
    r = realisasi.interval()
    if t is None or r is None:
        return None
    try:
        return capaian(iku, t, r)
    except NotDefined as e:
        return e.reason
