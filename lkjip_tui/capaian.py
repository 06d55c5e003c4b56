"""How an IKU's capaian (achievement, %) follows from its target and realisasi.

    higher, index   realisasi / target × 100
    lower           kondisi_khusus: (2 × target − realisasi) / target × 100
                    inverse:        target / realisasi × 100
    reduction       the realisasi is itself a rate, (previous − current) / previous × 100,
                    scored higher-is-better
    stabilize       (1 − |1 − realisasi / target|) × 100
    range           100 inside [low, high]; realisasi / low × 100 below; high / realisasi × 100 above

All on intervals, so a printed, rounded input yields every capaian it could
have given. A result that does not exist raises `NotDefined` with the reason.
"""

from __future__ import annotations

from decimal import Decimal

from lkjip_tui.catalogue import Iku
from lkjip_tui.interval import DivisionByZero, Interval, Unbounded

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


def formula_text(iku: Iku) -> str:
    """The formula in the report's own vocabulary, for explanations."""
    if iku.formula == "lower":
        if iku.variant == "inverse":
            return "target / realisasi × 100"
        return "(2 × target − realisasi) / target × 100"
    if iku.formula == "stabilize":
        return "(1 − |1 − realisasi / target|) × 100"
    if iku.formula == "range":
        return "100 jika target_bawah ≤ realisasi ≤ target_atas"
    return "realisasi / target × 100"


def capaian(iku: Iku, target: Interval | tuple[Interval, Interval], realisasi: Interval) -> Interval:
    if iku.formula == "range":
        if not isinstance(target, tuple):
            raise NotDefined("range_target")
        result = _range(target, realisasi)
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


def _range(target: tuple[Interval, Interval], r: Interval) -> Interval:
    low, high = target[0], target[1]
    pieces = []
    if r.lo < low.hi:  # part below the range
        below = Interval(r.lo, min(r.hi, low.hi))
        pieces.append(_div(below, low, "zero_target") * HUNDRED)
    if r.hi >= low.lo and r.lo <= high.hi:
        pieces.append(HUNDRED)
    if r.hi > high.lo:  # part above the range
        above = Interval(max(r.lo, high.lo), r.hi)
        pieces.append(_div(high, above, "zero_realisasi") * HUNDRED)
    return Interval(min(p.lo for p in pieces), max(p.hi for p in pieces))


def reduction_rate(previous: Interval, current: Interval) -> Interval:
    """(previous − current) / previous × 100: how much a count went down, in %."""
    return _div(previous - current, previous, "zero_previous") * HUNDRED
