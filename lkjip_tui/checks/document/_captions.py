"""Captions in the body and the entries of the lists of them ("Daftar Tabel"), as the document
rules read them."""

from __future__ import annotations

from lkjip_tui.checks.base import Context
from lkjip_tui.model.document import Paragraph, caption, list_entry
from lkjip_tui.values.record import Record


class Caption(Record):
    __slots__ = ("kind", "number", "page", "paragraph", "title")

    def __init__(
        self, kind: str, number: str, title: str, paragraph: Paragraph, page: str | None = None
    ) -> None:
        self.kind = kind
        self.number = number
        self.title = title
        self.paragraph = paragraph
        self.page = page  # a list entry's printed page (or Word's field error)


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def number_parts(number: str) -> tuple[str, int] | None:
    """A caption's number as its chapter and its place in it: "3.5" → ("3", 5), "III.90" →
    ("III", 90), "3-1" → ("3", 1), "IV" → ("", 4); None for a number that is no sequence."""
    chapter, _, n = number.replace("-", ".").rpartition(".")
    if n.isdigit():
        return chapter, int(n)
    if n and all(ch in _ROMAN for ch in n):
        values = [_ROMAN[ch] for ch in n]
        return chapter, sum(
            -v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values)
        )
    return None


def captions(ctx: Context) -> list[Caption]:
    """Captions of the body, in order (the paragraphs that are nothing but a caption)."""
    doc = ctx.report.document
    out = []
    for p in doc.paragraphs if doc is not None else []:
        c = caption(p.text)
        if c is not None:
            out.append(Caption(*c, p))
    return out


def entries(ctx: Context) -> list[Caption]:
    """Entries of the lists of tables, graphs and figures, in order."""
    doc = ctx.report.document
    out = []
    for p in doc.paragraphs if doc is not None else []:
        e = list_entry(p.text)
        if e is not None:
            kind, number, title, page = e
            out.append(Caption(kind, number, title, p, page))
    return out
