"""Numbered and lettered lists of a draft's narrative, as LKJ709 (items repeated) and LKJ608
(a count against the list after it) read them.

A text export keeps no indentation, so a list is found by its markers: "1)", "a.", "- 2)".
Items of one marker style numbered on from the previous one make one list; an item of a
style already open closes the lists nested in it; numbering back at 1 (or "a") starts a
new list. Paragraphs between items (an item's explanation) do not end a list.
"""

from __future__ import annotations

import re

from lkjip_tui.model.document import Paragraph
from lkjip_tui.values.record import Record

# "- 1) Rumah Sakit …", "a. Koordinasi …", "12. …": a marker, then the item's text.
_ITEM = re.compile(r"[-•–▪]?\s*(?P<mark>\d{1,2}|[a-zA-Z])(?P<sep>[.)])\s+(?P<text>\S.*)", re.S)


class Item(Record):
    __slots__ = ("number", "paragraph", "start", "text")

    def __init__(self, number: int, text: str, paragraph: Paragraph, start: int) -> None:
        self.number = number
        self.text = text
        self.paragraph = paragraph
        self.start = start  # where the item's text starts in the paragraph


class List(Record):
    __slots__ = ("items", "style")

    def __init__(self, style: tuple[bool, str]) -> None:
        self.style = style  # (numbered, separator)
        self.items: list[Item] = []


def item(p: Paragraph) -> tuple[tuple[bool, str], Item] | None:
    """The list item a paragraph is, with its marker's style; None for any other paragraph."""
    if "\t" in p.text or len(p.text) > 2000:
        return None
    m = _ITEM.fullmatch(p.text.strip())
    if m is None:
        return None
    mark = m.group("mark")
    if mark.isdigit():
        number = int(mark)
    elif mark.islower() or len(p.text.strip()) > 2:
        number = ord(mark.lower()) - ord("a") + 1
    else:
        return None
    lead = len(p.text) - len(p.text.lstrip())
    return (mark.isdigit(), m.group("sep")), Item(number, m.group("text"), p, lead + m.start("text"))


def lists(paragraphs: list[Paragraph]) -> list[tuple[int, List]]:
    """Every list of the paragraphs, each with the index of the paragraph its first item is."""
    out: list[tuple[int, List]] = []
    open_: list[List] = []  # the lists open, outermost first
    for i, p in enumerate(paragraphs):
        if p.part != "body":
            continue
        found = item(p)
        if found is None:
            continue
        style, it = found
        at = next((k for k, lst in enumerate(open_) if lst.style == style), None)
        if at is not None:
            del open_[at + 1 :]  # the lists nested in it are closed
            current = open_[at]
            if it.number != current.items[-1].number + 1:
                current = List(style)
                open_[at] = current
                out.append((i, current))
        else:
            current = List(style)
            open_.append(current)
            out.append((i, current))
        current.items.append(it)
    return out


def norm(text: str) -> str:
    """An item's text compared: case, spacing, emphasis marks and the closing ';' or '.' aside."""
    return " ".join(text.replace("*", " ").split()).strip(" ;,.:").lower()
