"""Figures that must agree: totals, derived values, counts, one figure printed in several places."""

RULES = (
    "lkj301_total_mismatch",
    "lkj302_derived_mismatch",
    "lkj303_count_mismatch",
    "lkj304_same_figure",
    "lkj305_total_incomplete",
    "lkj308_printed_scale",
    "lkj309_parts_sum",
    "lkj310_division_in_words",
    "lkj311_rate_of_counts",
    "lkj312_rate_base",
    "lkj313_shares_over_whole",
    "lkj314_ratio_of_rows",
)
