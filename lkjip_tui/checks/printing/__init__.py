"""How numbers are printed: ambiguous, unreadable, leading zeros, English style, numbers in words."""

RULES = (
    "lkj501_ambiguous_number",
    "lkj502_unreadable_value",
    "lkj503_leading_zeros",
    "lkj504_number_style",
    "lkj505_terbilang",
)
