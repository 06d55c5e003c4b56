"""Quarterly and annual targets against the unit's Perjanjian Kinerja (its targets file)."""

RULES = (
    "lkj201_quarter_target",
    "lkj202_annual_target",
    "lkj203_breakdown_invalid",
    "lkj206_no_unit_rules",
)
