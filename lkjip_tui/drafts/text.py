"""Reading a draft's plain-text export (Word's "Save as text", or a converter's).

A line is a paragraph; a line with tabs is a table row, and consecutive rows
(blank lines between them allowed) are one table. A contents line ("Tabel 1.
Capaian …..⇥ii") is a paragraph, not a table. Form feeds are page breaks.
Emphasis marks (`*follower*`, `**…**`) and display equations in LaTeX
(`$$ … \\times 100\\% $$`) that converters leave in are read as the text Word
shows. Positions are lines of the export and columns in the line.
"""

from __future__ import annotations

import re
from pathlib import Path

from lkjip_tui.drafts.layout import Block, Draft, RawCell, RawRow, RawTable, assemble
from lkjip_tui.model.document import Paragraph
from lkjip_tui.model.source import read_text

# A contents entry: a title, dot leaders or a tab, and a page (or a broken field).
_CONTENTS = re.compile(r"[^\t]+\t\s*(?:[0-9]{1,4}|[ivxlcdm]{1,8}|(?:Error|Kesalahan)!.*)\s*", re.I)
# Bold runs to the next `**`, not past it: `.+?` from every `**` to the line's end is quadratic.
_STRONG = re.compile(r"\*\*(?=\S)((?:[^*]|\*(?!\*))+?)(?<=\S)\*\*")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])")
_LATEX_BLOCK = re.compile(r"\$\$(.+?)\$\$", re.S)
_LATEX_ENV = re.compile(r"\\(?:begin|end)\{[a-z*]+\}")
_LATEX_FRAC = re.compile(r"\\frac\{([^{}]*)\}\{([^{}]*)\}")
_LATEX_SYMBOLS = {
    "\\times": "×",
    "\\cdot": "×",
    "\\div": "÷",
    "\\%": "%",
    "\\left": "",
    "\\right": "",
    "\\,": " ",
}


def read(path: Path, display: str) -> Draft:
    text = read_text(path, display)
    blocks: list[Block] = []
    rows: list[RawRow] = []
    # Pages are known where the export kept Word's page breaks (form feeds).
    page: int | None = 1 if "\f" in text else None
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.rstrip("\r")
        if "\f" in line:
            page = (page or 1) + line.count("\f")
            line = line.replace("\f", "")
        if not line.strip():
            continue  # a blank line never ends a table: its rows may go on after it
        if "\t" in line and (rows or not _CONTENTS.fullmatch(line)):
            rows.append(_row(line, number, page))
            continue
        if rows:
            blocks.append(RawTable(rows, 0))
            rows = []
        blocks.append(Paragraph(clean(line.strip()), (number,), "text", page))
    if rows:
        blocks.append(RawTable(rows, 0))
    return assemble(path, display, "text", blocks, [], [])


def _row(line: str, number: int, page: int | None) -> RawRow:
    cells = []
    start = 0
    for piece in line.split("\t"):
        lead = len(piece) - len(piece.lstrip())
        cells.append(RawCell(clean(piece.strip()), number, start + lead, page))
        start += len(piece) + 1
    return RawRow(cells, number, page)


def clean(text: str) -> str:
    """The text as Word shows it: no emphasis marks, equations as a line of symbols."""
    if "$$" in text:
        text = _LATEX_BLOCK.sub(lambda m: _latex(m.group(1)), text)
    if "*" in text:
        text = _EMPHASIS.sub(r"\1", _STRONG.sub(r"\1", text))
    return text


def _latex(tex: str) -> str:
    tex = _LATEX_ENV.sub(" ", tex)
    while _LATEX_FRAC.search(tex):
        tex = _LATEX_FRAC.sub(r"(\1)/(\2)", tex)
    for symbol, plain in _LATEX_SYMBOLS.items():
        tex = tex.replace(symbol, plain)
    tex = tex.replace("\\\\", " ").replace("&", " ")
    return " ".join(tex.split())
