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
from typing import TYPE_CHECKING

from lkjip_tui.model.rules import Iku
from lkjip_tui.values.interval import DivisionByZero, Interval, Unbounded
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


def formula_text(iku: Iku, target: str = "target", realisasi: str = "realisasi") -> str:
    """The formula in the report's own vocabulary, for explanations; with the printed
    target and realisasi in place of the names, the same formula with its values."""
    if iku.formula == "lower":
        template = "{t} / {r} × 100" if iku.variant == "inverse" else "(2 × {t} − {r}) / {t} × 100"
    elif iku.formula == "stabilize":
        template = "(1 − |1 − {r} / {t}|) × 100"
    elif iku.formula == "range":
        template = "100 jika {r} dalam rentang {t}"
    else:
        template = "{r} / {t} × 100"
    return template.format(t=target, r=realisasi)


def target_interval(cell: Cell) -> Interval | tuple[Interval, Interval] | None:
    """A target as printed: one value, or the two ends of a range ("80 - 90%")."""
    if isinstance(cell.parsed, Range):
        low, high = cell.parsed.low, cell.parsed.high
        return (
            low.interval(low.decimals == 0 and not low.percent),
            high.interval(high.decimals == 0 and not high.percent),
        )
    return cell.interval()


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
