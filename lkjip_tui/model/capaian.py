"""How an IKU's capaian (achievement, %) follows from its target and realisasi.

    higher, index   realisasi / target × 100
    lower           kondisi_khusus: (2 × target − realisasi) / target × 100
                    inverse:        target / realisasi × 100
    reduction       the realisasi is itself a rate, (previous − current) / previous × 100,
                    scored higher-is-better
    stabilize       (1 − |1 − realisasi / target|) × 100
    range           a range target [low, high] ("80 - 90%"), by its variant:
        within      100 inside; realisasi / low × 100 below; high / realisasi × 100 above
        upper       realisasi / high × 100 (the regulation's example: against the upper bound)
        lower       realisasi / low × 100
        penalty     100 inside; realisasi / low × 100 below; (2 × high − realisasi) / high × 100
                    above: every point beyond the range costs as much as one short of it

All on intervals, so a printed, rounded input yields every capaian it could
have given. A result that does not exist raises `NotDefined` with the reason.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from lkjip_tui.model.rules import Iku
from lkjip_tui.values.interval import DivisionByZero, Interval, Unbounded
from lkjip_tui.values.msg import Msg
from lkjip_tui.values.numbers import Range

if TYPE_CHECKING:
    from lkjip_tui.model.report import Cell

HUNDRED = Interval.point(Decimal(100))
ONE = Interval.point(Decimal(1))
TWO = Interval.point(Decimal(2))
ZERO = Interval.point(Decimal(0))


class NotDefined(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = (
            reason  # message key suffix: "zero_target", "zero_realisasi", "zero_previous", "unbounded"
        )


def _div(a: Interval, b: Interval, zero_reason: str) -> Interval:
    try:
        return a / b
    except DivisionByZero:
        raise NotDefined(zero_reason) from None
    except Unbounded:
        raise NotDefined("unbounded") from None


def formula_parts(
    iku: Iku,
    target: Any = "target",
    realisasi: Any = "realisasi",
    branch: str = "",
) -> list[Any]:
    """The formula in the report's own vocabulary, for explanations: with names, or with the
    printed (str) or declared (Decimal) values in their place. A range formula shows the
    branch the realisasi falls in ("below", "within", "above"), or all of them."""
    t, r = target, realisasi
    if iku.formula == "lower":
        return (
            [t, " / ", r, " × 100"]
            if iku.variant == "inverse"
            else ["(2 × ", t, " − ", r, ") / ", t, " × 100"]
        )
    if iku.formula == "stabilize":
        return ["(1 − |1 − ", r, " / ", t, "|) × 100"]
    if iku.formula != "range":
        return [r, " / ", t, " × 100"]
    low, high = t if isinstance(t, tuple) else (Msg("formula.low"), Msg("formula.high"))
    variant = iku.variant or "within"
    if variant == "upper":
        return [r, " / ", high, " × 100"]
    if variant == "lower":
        return [r, " / ", low, " × 100"]
    below = [r, " / ", low, " × 100"]
    above = (
        [high, " / ", r, " × 100"]
        if variant == "within"
        else ["(2 × ", high, " − ", r, ") / ", high, " × 100"]
    )
    if branch == "below":
        return [*below, " ", Msg("formula.below")]
    if branch == "above":
        return [*above, " ", Msg("formula.above")]
    if branch == "within":
        return ["100 ", Msg("formula.within", {"realisasi": r, "low": low, "high": high})]
    return [
        Msg(
            "formula.range",
            {
                "low": low,
                "high": high,
                "below": Msg("seq.parts", {"items": below}),
                "above": Msg("seq.parts", {"items": above}),
            },
        )
    ]


def range_branch(target: tuple[Interval, Interval], r: Interval) -> str:
    """Where a realisasi falls against a range target: "below", "within", "above", or "" (more than one)."""
    low, high = target
    if r.hi < low.lo:
        return "below"
    if r.lo > high.hi:
        return "above"
    return "within" if r.lo >= low.hi and r.hi <= high.lo else ""


def target_interval(cell: Cell) -> Interval | tuple[Interval, Interval] | None:
    """A target as printed: one value, or the two ends of a range ("80 - 90%"). A target is
    declared, not measured: it is exactly what it says."""
    if isinstance(cell.parsed, Range):
        return (Interval.point(cell.parsed.low.value), Interval.point(cell.parsed.high.value))
    if cell.number is not None:
        return Interval.point(cell.number.value)
    return cell.interval()


def undeclared_target(cell: Cell) -> Interval | tuple[Interval, Interval] | None:
    """A target printed in a report of no catalogue: with decimals, a rounded figure ("0,16" for
    162 per 100.000), so any value it rounds from; a whole number or a range as printed."""
    n = cell.number
    if n is not None and n.decimals > 0:
        return cell.interval()
    return target_interval(cell)


def capaian(iku: Iku, target: Interval | tuple[Interval, Interval], realisasi: Interval) -> Interval:
    if iku.formula == "range":
        if not isinstance(target, tuple):
            raise NotDefined("range_target")
        result = _range(iku.variant or "within", target, realisasi)
    else:
        t = target[0] if isinstance(target, tuple) else target
        if t.exact and t.lo == 0:
            result = _zero_target(iku, realisasi)
        elif iku.formula == "lower" and iku.variant == "inverse":
            result = _div(t, realisasi, "zero_realisasi") * HUNDRED
        elif iku.formula == "lower":
            result = _div(TWO * t - realisasi, t, "zero_target") * HUNDRED
        elif iku.formula == "stabilize":
            result = (ONE - abs(ONE - _div(realisasi, t, "zero_target"))) * HUNDRED
        else:
            result = _div(realisasi, t, "zero_target") * HUNDRED
    if iku.cap is not None:
        result = result.min_with(Interval.point(iku.cap))
    return result


def _zero_target(iku: Iku, realisasi: Interval) -> Interval:
    if iku.zero_target == "zero":
        return ZERO
    if iku.zero_target == "met":
        met = realisasi.hi <= 0 if iku.formula == "lower" else realisasi.lo >= 0
        return HUNDRED if met else ZERO
    raise NotDefined("zero_target")


def _range(variant: str, target: tuple[Interval, Interval], r: Interval) -> Interval:
    low, high = target
    if variant == "upper":
        return _div(r, high, "zero_target") * HUNDRED
    if variant == "lower":
        return _div(r, low, "zero_target") * HUNDRED
    pieces = []
    if r.lo < low.hi:  # part below the range
        below = Interval(r.lo, min(r.hi, low.hi))
        pieces.append(_div(below, low, "zero_target") * HUNDRED)
    if r.hi >= low.lo and r.lo <= high.hi:
        pieces.append(HUNDRED)
    if r.hi > high.lo:  # part above the range
        above = Interval(max(r.lo, high.lo), r.hi)
        if variant == "within":
            pieces.append(_div(high, above, "zero_realisasi") * HUNDRED)
        else:  # penalty
            pieces.append(_div(TWO * high - above, high, "zero_target") * HUNDRED)
    return Interval(min(p.lo for p in pieces), max(p.hi for p in pieces))


def reduction_rate(previous: Interval, current: Interval) -> Interval:
    """(previous − current) / previous × 100: how much a count went down, in %."""
    return _div(previous - current, previous, "zero_previous") * HUNDRED
