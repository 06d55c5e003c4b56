"""The draft as a document: captions and the lists of them, Word field errors, how sasaran
and IKU are named, the periods captions name, and what the reader could not place."""

RULES = (
    "lkj701_caption_numbering",
    "lkj702_caption_list",
    "lkj703_field_error",
    "lkj704_name_variant",
    "lkj705_caption_period",
    "lkj706_row_unmatched",
    "lkj707_table_unrecognised",
    "lkj708_content_unread",
)
