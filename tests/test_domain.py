"""Capaian formulas and quarterly breakdowns, computed directly."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lkjip_tui.model.breakdown import quarterly
from lkjip_tui.model.capaian import NotDefined, capaian, reduction_rate
from lkjip_tui.model.rules import Iku, Ref, Target
from lkjip_tui.values.interval import Interval

REF = Ref("rules/x.toml", 1)
D = Decimal


def iku(
    formula: str = "higher", variant: str = "", zero: str = "undefined", cap: Decimal | None = None
) -> Iku:
    return Iku("IKU1", "x", "SS1", "", formula, variant, zero, cap, (1, 2, 3, 4), "counts", None, None, REF)


def p(v: str | int) -> Interval:
    return Interval.point(D(v))


@pytest.mark.parametrize(
    ("formula", "variant", "target", "realisasi", "expected"),
    [
        ("higher", "", 375, 142, D(142) / D(375) * 100),
        ("index", "", 88, 88, D(100)),
        ("lower", "kondisi_khusus", 7, "6.5", (D(14) - D("6.5")) / D(7) * 100),  # 107,14%
        ("lower", "inverse", 7, "6.5", D(700) / D("6.5")),
        ("stabilize", "", 100, 110, D(90)),
        ("stabilize", "", 100, 90, D(90)),
    ],
)
def test_formulas(formula: str, variant: str, target: int, realisasi: str | int, expected: Decimal) -> None:
    result = capaian(iku(formula, variant), p(target), p(realisasi))
    assert abs(result.mid - expected) < D("1e-20")


def test_range_targets() -> None:
    rng = (p(80), p(90))
    within = iku("range", "within")
    assert capaian(within, rng, p(85)) == p(100)
    assert capaian(within, rng, p(40)).mid == 50
    assert capaian(within, rng, p(120)).mid == 75
    # The regulation's example: realisasi against the upper bound; or the lower one.
    assert capaian(iku("range", "upper"), rng, p(81)).mid == 90
    assert capaian(iku("range", "lower"), rng, p(88)).mid == 110
    # A distance penalty: every point beyond the range costs as much as a point short of it.
    penalty = iku("range", "penalty")
    assert capaian(penalty, rng, p(85)) == p(100)
    assert capaian(penalty, rng, p(72)).mid == 90
    assert capaian(penalty, rng, p(99)).mid == 90


def test_zero_target_policies() -> None:
    with pytest.raises(NotDefined) as e:
        capaian(iku(zero="undefined"), p(0), p(0))
    assert e.value.reason == "zero_target"
    assert capaian(iku(zero="met"), p(0), p(0)) == p(100)
    assert capaian(iku(zero="zero"), p(0), p(3)) == p(0)
    with pytest.raises(NotDefined):
        capaian(iku("lower", "inverse"), p(5), p(0))


def test_cap_and_rounded_inputs() -> None:
    assert capaian(iku(cap=D(120)), p(10), p(30)) == p(120)
    result = capaian(iku(), Interval.printed(D("1.56"), 2), Interval.printed(D(-3), 0))
    assert result.contains(D(-192))


def test_reduction_rate() -> None:
    assert reduction_rate(p(4), p(3)) == p(25)
    with pytest.raises(NotDefined) as e:
        reduction_rate(p(0), p(3))
    assert e.value.reason == "zero_previous"


def target(
    breakdown: str,
    annual: Decimal | tuple[Decimal, Decimal],
    quarters: tuple[Decimal, ...] = (),
    decimals: int | None = None,
) -> Target:
    return Target("IKU1", annual, breakdown, quarters, decimals, "half_up", REF)


def test_breakdowns() -> None:
    even = quarterly(target("even", D(1500)))
    assert even.reported(2) == 375 and even.cumulative == [375, 750, 1125, 1500]
    cumulative = quarterly(target("cumulative", D(50)))
    assert cumulative.reported(2) == 25 and cumulative.per_quarter[0] == D("12.5")
    assert quarterly(target("constant", D(88))).reported(3) == 88
    assert quarterly(target("annual_only", D(80))).reported(2) is None
    assert quarterly(target("annual_only", D(80))).reported(4) == 80
    profile = quarterly(target("profile", D(2), (D(2), D(0), D(0), D(0))))
    assert profile.reported(2) == 0 and profile.cumulative[3] == 2 and not profile.problems
    assert quarterly(target("even", D(50), decimals=0)).reported(1) == 13
    assert quarterly(target("even", D("6.25"), decimals=2)).reported(2) == D("1.56")


def test_breakdown_problems() -> None:
    assert (
        quarterly(target("profile", D(60), (D(10), D(15), D(15), D(15)))).problems[0][0]
        == "lkj203.profile_sum"
    )
    keys = [
        k for k, _, _ in quarterly(target("cumulative_profile", D(60), (D(20), D(10), D(40), D(50)))).problems
    ]
    assert keys == ["lkj203.cumulative_down", "lkj203.cumulative_end"]
    assert quarterly(target("even", D(88)), iku("index")).problems[0][0] == "lkj203.level_split"


def test_worst_severity_overall_and_by_key() -> None:
    from lkjip_tui.model.findings import Finding, severity_counts, worst, worst_by
    from lkjip_tui.values.msg import Msg

    def f(severity: str, table: str) -> Finding:
        return Finding("LKJ000", severity, Msg("x"), "a.yaml", 1, 1, table=table)

    found = [f("info", "t1"), f("error", "t1"), f("warning", "t1"), f("warning", "t2")]
    assert worst(found) == "error" and worst(found[2:]) == "warning" and worst([]) is None
    assert worst_by(found, lambda x: x.table) == {"t1": "error", "t2": "warning"}
    assert severity_counts(found) == {"error": 1, "warning": 2, "info": 1}


def test_formula_parts_with_printed_values() -> None:
    from lkjip_tui import messages
    from lkjip_tui.model.capaian import formula_parts

    def text(parts: list[object], lang: str = "id") -> str:
        return messages.parts(parts, lang)

    assert text(formula_parts(iku())) == "realisasi / target × 100"
    assert text(formula_parts(iku(), "375", "142")) == "142 / 375 × 100"
    assert text(formula_parts(iku("lower", "inverse"), "7", "0")) == "7 / 0 × 100"
    assert (
        text(formula_parts(iku("range"), (D(80), D(90)), "85", "within"))
        == "100 (realisasi 85 dalam rentang 80 – 90)"
    )
    assert (
        text(formula_parts(iku("range"), (D(80), D(90)), "70", "below")) == "70 / 80 × 100 (di bawah rentang)"
    )
    assert (
        text(formula_parts(iku("range"), (D(80), D(90)), "95", "above"), "en")
        == "90 / 95 × 100 (above the range)"
    )
    penalty = iku("range", "penalty")
    assert (
        text(formula_parts(penalty, (D(80), D(90)), "95", "above"))
        == "(2 × 90 − 95) / 90 × 100 (di atas rentang)"
    )
    assert text(formula_parts(iku("range", "upper"), (D(80), D(90)), "85")) == "85 / 90 × 100"
    assert "batas bawah" in text(formula_parts(iku("range"))) and "lower bound" in text(
        formula_parts(iku("range")), "en"
    )


def test_a_printed_range_target_is_exact_at_both_ends() -> None:
    """A target is declared, not measured: "80 - 90%" is exactly 80 to 90."""
    from lkjip_tui.model.capaian import target_interval
    from lkjip_tui.values.numbers import parse_number

    class Printed:  # the part of a report Cell that target_interval reads
        def __init__(self, text: str) -> None:
            self.parsed = parse_number(text)
            self.number = None

    assert target_interval(Printed("80 - 90")) == (p(80), p(90))  # type: ignore[arg-type]
    assert target_interval(Printed("80 - 90%")) == (p(80), p(90))  # type: ignore[arg-type]
