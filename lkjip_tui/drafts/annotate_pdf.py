"""An annotated copy of a published PDF: a highlight with a note on each finding, where it stands.

Each finding with a box on a page (`Place.bbox`) becomes a highlight
annotation over the offending figure (or cell, or caption), its note the
message in the chosen language (author "lkjip"), as in the Word copy. A
finding that stands on no page (a whole table missing, a rules file) is a
note at the top of the first page saying where it is. Only annotations are
added: the pages' content streams are copied untouched (pypdf).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from lkjip_tui.drafts.annotate import AUTHOR, comment_text
from lkjip_tui.drafts.pdf import check_file
from lkjip_tui.model.findings import Finding
from lkjip_tui.model.problems import problems
from lkjip_tui.model.source import SourceError

_YELLOW = "ffeb3b"


def annotate(
    path: Path,
    display: str,
    findings: list[Finding],
    lang: str,
    summary: Callable[[str, str], str | None] | None = None,
) -> tuple[bytes, int]:
    """The PDF with the annotations, and how many were added: one per problem, at its root's
    place, naming its other places and what follows from it (as the Word copy)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import Highlight, Text
    from pypdf.errors import PyPdfError
    from pypdf.generic import ArrayObject, FloatObject, NameObject, TextStringObject

    check_file(path, display)
    try:
        writer = PdfWriter(clone_from=PdfReader(path))
    except (PyPdfError, ValueError, KeyError, OSError) as e:
        raise SourceError(display, 0, 0, "err.pdf_broken", reason=f"{type(e).__name__}: {e}") from None
    added = 0
    pages = len(writer.pages)
    for problem in problems(findings):
        f = problem.root
        bbox = f.place.bbox if f.place is not None else None
        inside = bbox is not None and 1 <= bbox[0] <= pages
        index = bbox[0] - 1 if bbox is not None and inside else 0
        page = writer.pages[index]
        box = page.cropbox
        left, top = float(box.left), float(box.top)
        if bbox is not None and inside:
            _, x0, t, x1, b = bbox
            rect = (left + x0, top - b, left + x1, top - t)
            quads = ArrayObject(
                FloatObject(v)
                for v in (rect[0], rect[3], rect[2], rect[3], rect[0], rect[1], rect[2], rect[1])
            )
            annotation: Highlight | Text = Highlight(
                rect=rect, quad_points=quads, highlight_color=_YELLOW, printing=True
            )
        else:
            annotation = Text(rect=(left + 10, top - 30, left + 30, top - 10), text="", open=False)
        annotation[NameObject("/Contents")] = TextStringObject(
            comment_text(problem, lang, not inside, summary)
        )
        annotation[NameObject("/T")] = TextStringObject(AUTHOR)
        writer.add_annotation(index, annotation)
        added += 1
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), added
