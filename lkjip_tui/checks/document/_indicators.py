"""Headings that name an IKU or a sasaran ("IKU 4: Fasilitasi Pemulangan …", "SASARAN
STRATEGIS 2 : …"), and which indicator a printed name clearly is: read by LKJ710 (headings
against the indicators) and LKJ607 (a claim's indicator, by the heading it stands under)."""

from __future__ import annotations

import re

from lkjip_tui.checks.base import Context
from lkjip_tui.model.document import Paragraph
from lkjip_tui.model.rules import Iku

IKU_HEADING = re.compile(r"\s*IKU\s*(?P<n>\d{1,2})\b\s*[:.]?\s*(?P<name>.*)", re.I | re.S)
SASARAN_HEADING = re.compile(r"\s*SASARAN\s+STRATEGIS\s*(?P<n>\d{1,2})\b\s*[:.]?\s*(?P<name>.*)", re.I | re.S)
CHAPTER = re.compile(r"\s*BAB\s+[IVX]+\b", re.I)
HEADING = 250  # a heading (or the name under it) is shorter than this
MATCH = 86  # fuzzy score (0–100) for a heading's name to be taken as naming an indicator
MARGIN = 4  # … and by this much more than the next best


def norm(text: str) -> str:
    from rapidfuzz import utils  # only when a draft's narrative is checked

    return " ".join(utils.default_process(text.replace("*", " ")).split())


def named(name: str, candidates: dict[str, str]) -> str | None:
    """The id whose name `name` clearly is, else None."""
    from rapidfuzz import fuzz  # only when a draft's narrative is checked

    printed = norm(name)
    if not printed:
        return None
    scores = sorted(((fuzz.WRatio(printed, norm(n)), k) for k, n in candidates.items()), reverse=True)
    if not scores or scores[0][0] < MATCH or (len(scores) > 1 and scores[0][0] - scores[1][0] < MARGIN):
        return None
    return scores[0][1]


def heading_name(paragraphs: list[Paragraph], i: int, name: str) -> str:
    """A heading's name: after "IKU n:", or on the next paragraph when the heading has none."""
    name = name.strip(" *")
    if not name and i + 1 < len(paragraphs) and len(paragraphs[i + 1].text) < HEADING:
        name = paragraphs[i + 1].text.strip(" *")
    return name


def under_iku(ctx: Context, paragraphs: list[Paragraph]) -> list[Iku | None]:
    """For each paragraph, the IKU whose heading (named clearly) it stands under, if any."""
    ikus = {k.id: k.name for k in ctx.rs.iku.values()}
    out: list[Iku | None] = []
    current: Iku | None = None
    for i, p in enumerate(paragraphs):
        text = p.text.strip()
        if len(text) <= HEADING:
            if CHAPTER.match(text) or SASARAN_HEADING.fullmatch(text):
                current = None
            elif (m := IKU_HEADING.fullmatch(text)) is not None:
                ident = named(heading_name(paragraphs, i, m.group("name")), ikus)
                current = ctx.rs.iku[ident] if ident is not None else None
        out.append(current)
    return out
