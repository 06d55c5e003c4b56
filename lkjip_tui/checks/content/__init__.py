"""Dates, row numbering, required cells, the periods the narrative and captions name, declared conditions."""

RULES = (
    "lkj401_date_outside_period",
    "lkj402_weekday_mismatch",
    "lkj403_numbering",
    "lkj404_required_missing",
    "lkj405_period_reference",
    "lkj406_condition",
    "lkj407_caption_period",
)
