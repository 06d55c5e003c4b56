"""The bounds every number and name read from a data or rules file must keep.

A number outside them is refused where it is read, with its position, never
carried on to crash some computation later. The bounds are far beyond any
real report: the largest budget of the Indonesian state is below 10^16
rupiah, and no report prints more than a few decimals.
"""

from __future__ import annotations

import re
from decimal import Decimal

# Significant digits of a printed number (before and after the decimal mark).
# Interval arithmetic runs at 34 digits, so every sum and quotient of inputs
# this long stays exact enough to compare.
MAX_DIGITS = 24
# Decimals a number may be printed or declared with (a target's `decimals`).
MAX_DECIMALS = 6
# The largest magnitude of any value: 10^18 (a million trillion).
MAX_MAGNITUDE_EXPONENT = 18
# Names that become paths or keys (unit, catalogue `extends`, table and IKU ids).
NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
MAX_NAME = 64

# What a formula computes stays below 10^40: the product of two of the largest
# values, times 100, fits. A result beyond it cannot be checked (and would print
# as a number of thousands of digits).
MAX_RESULT_EXPONENT = 40
# A formula of a rules file: real ones are a line long. Bounded before it is
# parsed (a million parentheses would take the parser seconds), and in depth
# (each level of nesting is a level of recursion when it is compiled and run).
MAX_FORMULA_LENGTH = 2000
MAX_FORMULA_DEPTH = 100
# Bracket nesting of a rules file (TOML arrays and inline tables in arrays).
MAX_NESTING = 100
# A table of a Word draft: Word itself allows 63 columns and 32,767 rows. A cell's span
# (`w:gridSpan`) or a row's skipped columns (`w:gridBefore`) count toward the columns, so a
# 1 KB draft cannot ask for a billion cells.
MAX_TABLE_COLUMNS = 1000
MAX_TABLE_ROWS = 32_767
MAX_TABLE_CELLS = 200_000


def out_of_bounds(number: Decimal) -> bool:
    """Whether a number read from a file breaks the bounds (or is not finite)."""
    if not number.is_finite():
        return True
    _, digits, exponent = number.as_tuple()
    assert isinstance(exponent, int)  # finite
    # adjusted() is the exponent of the leading digit: no arithmetic, so no context can trap.
    too_large = bool(number) and number.adjusted() >= MAX_MAGNITUDE_EXPONENT
    return len(digits) > MAX_DIGITS or -exponent > MAX_DECIMALS or too_large
