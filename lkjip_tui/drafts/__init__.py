"""Reading drafts: a Word file (.docx), its text export or its PDF, into the same report model.

    layout.py    a draft as printed: paragraphs and tables of cells, with places
    text.py      reading a text export
    docx.py      reading a .docx (python-docx), treated as untrusted input
    pdf.py       reading a published PDF (pdfplumber), treated as untrusted input
    mapping.py   the catalogue's declarative draft mapping (rules/<catalogue>/draft/mapping.toml)
    names.py     keying rows to IKU/IKK ids by name (rapidfuzz), never a silent guess
    build.py     a draft and its mapping into a Report
    export.py    a Report read from a draft, written as a YAML data file (`lkjip import`)
    annotate.py  a copy of a .docx with a review comment on each finding
    annotate_pdf.py  a copy of a PDF with a highlight and a note on each finding

Readers are registered once, here, by suffix; the engine asks `reader()`.

May import: `lkjip_tui.model`, `lkjip_tui.messages`, `lkjip_tui.formula`, `lkjip_tui.values`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lkjip_tui.drafts.layout import Draft
    from lkjip_tui.model.report import Report
    from lkjip_tui.model.rules import RuleSet

__all__ = ["READERS", "SUFFIXES", "reader", "report_of"]

# Every draft format: its suffix and the function that reads it, imported when used.
READERS: dict[str, str] = {
    ".docx": "lkjip_tui.drafts.docx:read",
    ".doc": "lkjip_tui.drafts.docx:read",  # old binary Word: refused with a clear error
    ".txt": "lkjip_tui.drafts.text:read",
    ".pdf": "lkjip_tui.drafts.pdf:read",
}
SUFFIXES = tuple(READERS)


def report_of(draft: Draft, rs: RuleSet, catalogue_dir: Path, display: Any) -> Report:
    """The report a draft prints (drafts.build.build), imported when a draft is read: checking
    a data file does not load the draft reader, its mapping or rapidfuzz. (Not named `build`:
    importing the submodule would replace it.)"""
    from lkjip_tui.drafts.build import build as build_report

    return build_report(draft, rs, catalogue_dir, display)


def reader(path: Path) -> Callable[[Path, str], Draft] | None:
    """The reader of a draft of this suffix, or None for any other file."""
    spec = READERS.get(path.suffix.lower())
    if spec is None:
        return None
    module, _, name = spec.partition(":")
    read: Callable[[Path, str], Draft] = getattr(importlib.import_module(module), name)
    return read
