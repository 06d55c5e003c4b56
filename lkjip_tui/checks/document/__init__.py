"""The draft as a document: captions and the lists of them, Word field errors, how sasaran
and IKU are named, and what the reader could not place. (The periods captions name are
LKJ407's, in content/, for drafts and data files alike.)"""

RULES = (
    "lkj701_caption_numbering",
    "lkj702_caption_list",
    "lkj703_field_error",
    "lkj704_name_variant",
    "lkj706_row_unmatched",
    "lkj707_table_unrecognised",
    "lkj708_content_unread",
    "lkj709_repeated_text",
    "lkj710_heading_indicator",
)
