"""The bounds every number and name read from a data or rules file must keep.

A number outside them is refused where it is read, with its position, never
carried on to crash some computation later. The bounds are far beyond any
real report: the largest budget of the Indonesian state is below 10^16
rupiah, and no report prints more than a few decimals.
"""

from __future__ import annotations

import re

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
