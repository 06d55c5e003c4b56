"""The IKU overview of one report: what the reviewer and planner views show.

For each IKU, grouped by sasaran: its annual target and quarterly target (as
planned and as printed), realisasi and capaian (as printed), the capaian
every printed one must be (what LKJ101 checks: from each figure's authority,
model/authority.py — for the target, the plan, so a planner's edit moves it), its
predikat, and the worst severity of the findings about it. Pure: the views
only display these rows.
"""

from __future__ import annotations

from lkjip_tui.model.authority import Facts
from lkjip_tui.model.breakdown import Level, period_target
from lkjip_tui.model.findings import Finding, worst
from lkjip_tui.model.report import Cell, Report
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
        predikat: str | None,
        status: str,
        findings: list[Finding],
    ) -> None:
        self.iku = iku
        self.sasaran = sasaran  # the sasaran's name
        self.annual = annual  # the annual target in the rules
        self.tw_target = tw_target  # the quarter's target under the rules' breakdown
        self.target = target  # the quarter's target as first printed
        self.realisasi = realisasi
        self.capaian = capaian
        # The capaian every printed one must be, or why there is none: from the targets file
        # (the plan, so it follows a planner's edit) and the realisasi's authority.
        self.computed = computed
        self.predikat = predikat
        self.status = status  # "ok", "info", "warning" or "error"
        self.findings = findings


def about_iku(finding: Finding, iku: str) -> bool:
    """Whether a finding concerns one IKU: its row in an IKU table, a fact of it, its target."""
    return finding.row == iku or (finding.field or "").startswith(iku + ".")


def iku_rows(report: Report, rs: RuleSet, findings: list[Finding]) -> list[IkuRow]:
    rows = []
    facts = Facts(report, rs)
    for iku in rs.iku.values():
        target, realisasi, printed = (
            _shown(facts, f"{iku.id}.{name}") for name in ("target", "realisasi", "capaian")
        )
        plan = rs.targets.get(iku.id)
        tw = period_target(plan, iku, report.quarter, report.annual) if plan is not None else None
        computed: Interval | str | None = None
        if not report.measures(iku.measured_in):
            computed = "not_measured"
        else:
            # The capaian LKJ101 holds the printed ones to (None: the printed inputs disagree).
            e = facts.expectation(iku)
            computed = e.value if e.value is not None else (e.reason or None)
        # A waived finding was accepted knowingly: it neither marks nor counts against the IKU.
        mine = [f for f in findings if about_iku(f, iku.id) and f.waiver is None]
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
                predikat,
                status,
                mine,
            )
        )
    return rows


def _shown(facts: Facts, fact: str) -> Cell | None:
    """The printed value to show for a fact: the first printed (the summary table's, as a rule).
    Where printed values differ the row's status carries the finding; nothing is chosen here."""
    return next((m.cell for m in facts.mentions(fact) if m.cell.interval() is not None), None)
