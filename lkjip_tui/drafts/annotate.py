"""An annotated copy of a Word draft: a review comment on each finding, where it stands.

Each finding becomes a Word comment (author "lkjip") in the chosen language,
anchored at the runs that print the offending figure, or at the table cell
or caption it is about: the message, what the rules expect, the computation,
and the rule. The draft's own text is not changed; only comment ranges and
references are added (an empty cell gets an empty run to anchor at).
Findings that stand nowhere in the document body (a rules file, a footnote,
a header) are anchored at the first paragraph and say where they are.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from lkjip_tui import messages
from lkjip_tui.drafts.docx import all_paragraphs, open_docx, runs
from lkjip_tui.model.findings import Finding

AUTHOR = "lkjip"
INITIALS = "LK"


def annotate(path: Path, display: str, findings: list[Finding], lang: str) -> tuple[bytes, int]:
    """The .docx with the comments, and how many were added."""
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

    document = open_docx(path, display)
    body = document.element.body
    paragraphs = list(all_paragraphs(body))
    story = document._body
    added = 0
    for f in findings:
        place = f.place
        inside = place is not None and place.source == "docx" and 1 <= place.line <= len(paragraphs)
        p = paragraphs[place.line - 1] if inside and place is not None else _first_paragraph(body, paragraphs)
        if p is None:
            continue
        anchored = _runs_at(p, place.start, place.end) if inside and place is not None else []
        paragraph = Paragraph(p, story)
        if not anchored:
            anchored = (
                [r for r, a, b in runs(p) if b > a]
                or ([r._r for r in paragraph.runs[:1]])
                or [paragraph.add_run("")._r]
            )
        text = _comment(f, lang, elsewhere=not inside)
        document.add_comment(
            [Run(r, paragraph) for r in anchored], text=text, author=AUTHOR, initials=INITIALS
        )
        added += 1
    out = io.BytesIO()
    document.save(out)
    return out.getvalue(), added


def _runs_at(p: Any, start: int, end: int) -> list[Any]:
    """The runs printing text[start:end] (a cell or caption: every run of its paragraph)."""
    spans = [(r, a, b) for r, a, b in runs(p) if b > a]
    if end <= start:
        return [r for r, _, _ in spans]
    return [r for r, a, b in spans if a < end and b > start]


def _first_paragraph(body: Any, paragraphs: list[Any]) -> Any:
    return paragraphs[0] if paragraphs else None


def _comment(f: Finding, lang: str, elsewhere: bool) -> str:
    lines = [f"{f.code} ({messages.text_for('sev.' + f.severity, lang)}): {messages.render(f.message, lang)}"]
    if elsewhere:
        where = messages.render(f.place.msg(), lang) if f.place is not None else f"{f.file}:{f.line}"
        lines.append(f"{messages.text_for('cli.in_draft', lang)}: {where}")
    if f.explanation:
        lines.append(messages.parts(f.explanation, lang))
    if f.rule:
        lines.append(f"{messages.text_for('cli.rule', lang)}: {f.rule}")
    return "\n".join(lines)
