"""Quarterly targets from an annual target and its declared breakdown.

even                1500 → 375 per quarter; the report prints the quarter's share
cumulative          50 → 12.5 per quarter; the report prints "s.d. TW": 25 at TW II
constant            a level held all year (scores, percentages): 88 every quarter
profile             explicit per-quarter values that add up to the annual target
cumulative_profile  explicit "s.d. TW" values ending at the annual target
annual_only         measured once, at TW IV
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_UP, Decimal

from lkjip_tui.model.rules import Iku, Target
from lkjip_tui.values.record import Record

Level = Decimal | tuple[Decimal, Decimal]

# The breakdowns whose TW n target means "up to TW n" (s.d. TW n): what a report prints for them.
CUMULATIVE = ("cumulative", "cumulative_profile")

_MODES = {"half_up": ROUND_HALF_UP, "half_even": ROUND_HALF_EVEN, "down": ROUND_DOWN, "up": ROUND_UP}


class Quarterly(Record):
    __slots__ = ("cumulative", "per_quarter", "printed_basis", "problems")

    def __init__(
        self,
        per_quarter: list[Level | None],
        cumulative: list[Level | None],
        printed_basis: str,
        problems: list[tuple[str, dict[str, object], str]] | None = None,
    ) -> None:
        self.per_quarter = per_quarter
        self.cumulative = cumulative
        self.printed_basis = (
            printed_basis  # "quarter", "cumulative" or "level": which one a report prints as TW target
        )
        self.problems = [] if problems is None else problems  # (msg key, args, ref key)

    def reported(self, quarter: int) -> Level | None:
        """The TW target a report should print for `quarter` (1–4)."""
        values = self.cumulative if self.printed_basis == "cumulative" else self.per_quarter
        return values[quarter - 1]


def _round(value: Decimal, target: Target) -> Decimal:
    if target.decimals is None:
        return value
    return value.quantize(Decimal(1).scaleb(-target.decimals), rounding=_MODES[target.rounding])


def quarterly(target: Target, iku: Iku | None = None) -> Quarterly:
    annual = target.annual
    kind = target.breakdown
    if kind in ("constant", "annual_only") or isinstance(annual, tuple):
        if kind == "annual_only":
            return Quarterly([None, None, None, annual], [None, None, None, annual], "level")
        return Quarterly([annual] * 4, [annual] * 4, "level")
    if kind in ("even", "cumulative"):
        per = [_round(annual / 4, target) for _ in range(4)]
        cum = [_round(annual * q / 4, target) for q in range(1, 5)]
        q = Quarterly(list(per), list(cum), "cumulative" if kind in CUMULATIVE else "quarter")
    elif kind == "profile":
        per = list(target.quarters)
        cum = [sum(per[: i + 1], Decimal(0)) for i in range(4)]
        q = Quarterly(list(per), list(cum), "quarter")
        if cum[3] != annual:
            q.problems.append(("lkj203.profile_sum", {"sum": cum[3], "annual": annual}, "quarters"))
    else:  # cumulative_profile
        cum = list(target.quarters)
        per = [cum[0], *(cum[i] - cum[i - 1] for i in range(1, 4))]
        q = Quarterly(list(per), list(cum), "cumulative")
        if any(cum[i] < cum[i - 1] for i in range(1, 4)):
            q.problems.append(("lkj203.cumulative_down", {}, "quarters"))
        if cum[3] != annual:
            q.problems.append(("lkj203.cumulative_end", {"last": cum[3], "annual": annual}, "quarters"))
    if iku is not None and iku.formula in ("index", "range", "stabilize"):
        q.problems.append(("lkj203.level_split", {"formula": iku.formula, "breakdown": kind}, "breakdown"))
    return q


def period_target(target: Target, iku: Iku | None, quarter: int, annual: bool) -> Level | None:
    """The target a report prints for its period: the quarter's (None when the IKU has only an
    annual target and the quarter is not TW IV), or for an annual report the annual target."""
    if annual:
        return target.annual
    return quarterly(target, iku).reported(quarter)
