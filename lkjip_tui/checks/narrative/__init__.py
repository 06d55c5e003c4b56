"""Sentences of a draft's narrative: numbers in words, dates and weekdays, the periods they name,
written arithmetic. These rules read `report.document` (a draft, or a data file's `document:`)."""

RULES = (
    "lkj601_words_in_sentence",
    "lkj602_sentence_weekday",
    "lkj603_sentence_period",
    "lkj604_sentence_date",
    "lkj605_written_arithmetic",
    "lkj606_other_unit",
    "lkj607_claim_numbers",
    "lkj608_count_parts",
    "lkj609_year_other_period",
)
