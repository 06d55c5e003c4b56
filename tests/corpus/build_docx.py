"""Write Word drafts (.docx) of the corpus cases that ask for one (`docx = true` in their truth).

    python tests/corpus/build_docx.py OUT_DIR [CASE ...]

Each draft prints what its text export prints, built the way tests/drafts/make_docx.py
builds the sample's (whose reader and table builder this reuses, so merged heading cells,
page splits and the table of contents as PAGEREF fields come out the same): captions in
the Caption style, chapter headings as headings on a new page, tab-separated rows as Word
tables. The drafts are written to a directory (a temporary one in the scorer), never
committed: the text export is the source of truth.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import docx
from docx.shared import Pt

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib  # type: ignore[no-redef,import-not-found,unused-ignore]

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from tests.drafts.make_docx import (  # noqa: E402
    _CONTENTS,
    _contents_entry,
    _page_break,
    _render_page_breaks,
    _runs,
    _tables,
    parse,
)

_CAPTION = re.compile(r"^(Tabel|Lanjutan Tabel|Grafik|Gambar)\s*[;.]?\s*[\dIVX]")
_HEADING = re.compile(
    r"^(BAB [IVX]+\b|Bab \d|KATA PENGANTAR$|IKHTISAR EKSEKUTIF$|DAFTAR ISI$|JUDICIAL SUMMARY$)", re.I
)


def wanted(only: list[str]) -> list[Path]:
    out = []
    for text in sorted(HERE.glob("*.txt")):
        truth = tomllib.loads(text.with_suffix(".truth.toml").read_text("utf-8"))
        if truth["case"].get("docx") and (not only or any(o.lower() in text.name.lower() for o in only)):
            out.append(text)
    return out


def build(text: Path, out: Path) -> Path:
    document = docx.Document()
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    first = True
    for kind, value in parse(text.read_text("utf-8")):
        if kind == "table":
            _tables(document, value, None)  # type: ignore[arg-type]
            continue
        _number, line = value  # type: ignore[misc]
        heading = _HEADING.match(line.strip()) is not None
        if heading and not first:
            _page_break(document)
        contents = _CONTENTS.match(line)
        if contents is not None:
            _contents_entry(document, contents.group(1), contents.group(2))
            continue
        style = "Caption" if _CAPTION.match(line.strip()) else "Heading 2" if heading else None
        _runs(document.add_paragraph(style=style), line.strip())
        first = False
    _render_page_breaks(document)
    target = out / text.with_suffix(".docx").name
    document.save(str(target))
    return target


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("only", nargs="*")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for text in wanted(args.only):
        print(build(text, args.out))


if __name__ == "__main__":
    main()
