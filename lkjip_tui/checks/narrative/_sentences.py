"""What the narrative rules share: which paragraphs are sentences, and what the draft mapping
already made a fact of (those figures are checked by the rules on facts, not again here)."""

from __future__ import annotations

from lkjip_tui.checks.base import Context
from lkjip_tui.model.document import Paragraph, caption, list_entry, sentence_at


def sentences(ctx: Context) -> list[Paragraph]:
    """The narrative's paragraphs, without captions and the lines of lists of contents."""
    doc = ctx.report.document
    if doc is None:
        return []
    return [
        p
        for p in doc.paragraphs
        if caption(p.text) is None and list_entry(p.text) is None and "\t" not in p.text
    ]


def stated(ctx: Context, part: str) -> set[tuple[int | None, str]]:
    """(draft line, text) of the words or periods of every fact mention: `part` is
    "words" or "period"."""
    out: set[tuple[int | None, str]] = set()
    for mentions in ctx.report.mentions.values():
        for m in mentions:
            cell = m.words if part == "words" else m.period
            if cell is not None:
                out.add((m.source_line, " ".join(cell.text.split()).lower()))
    return out


AROUND = 400  # characters either side of an offset in which its sentence is read whole


def sentence_around(text: str, offset: int) -> str:
    """The sentence around `offset`, whole (up to AROUND characters either side): what a rule
    looks for words in (a comparison, a partner), not what it quotes."""
    lo = max(0, offset - AROUND)
    return sentence_at(text[lo : offset + AROUND], offset - lo, limit=2 * AROUND)
