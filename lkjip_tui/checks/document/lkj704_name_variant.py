"""LKJ704 name-variant: a sasaran or IKU printed under another name than the catalogue's."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.model.document import Paragraph
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.msg import Printed

META = RuleMeta(
    code="LKJ704",
    name="name-variant",
    severity="warning",
    summary={
        "id": "Sasaran atau IKU ditulis dengan nama lain dari nama di katalog (Renstra/Perjanjian Kinerja).",
        "en": "A sasaran or IKU is printed under another name than the catalogue's (Renstra, Perjanjian Kinerja).",
    },
    rationale={
        "id": "Satu sasaran yang dinamai dua cara membuat pembaca ragu apakah itu sasaran yang sama, dan nama "
        "yang resmi adalah nama di Perjanjian Kinerja. Dibandingkan tanpa memedulikan huruf besar, tanda baca "
        "dan spasi ganda; nama di tabel ber-IKU dan di judul 'IKU n:' / 'SASARAN STRATEGIS n:' sebuah draf "
        "(atau berkas data yang diimpor darinya) diperiksa.",
        "en": "One sasaran named two ways leaves readers unsure it is the same, and the official name is the "
        "Perjanjian Kinerja's. Compared ignoring case, punctuation and repeated spaces; names in the IKU tables "
        "and in 'IKU n:' / 'SASARAN STRATEGIS n:' headings of a draft (or a data file imported from one) are "
        "checked.",
    },
    bad="Meningkatnya tata kelola organisasi, keuangan, BMN, dan rumah tangga   # SS2",
    good="Meningkatnya tata kelola pemerintahan yang baik",
)

# A heading naming one IKU or sasaran; the name may stand on the next paragraph ("IKU 1:").
_HEADING = re.compile(r"^\s*(?P<what>IKU|SASARAN STRATEGIS)\s*\d+\s*:?\s*(?P<name>.*?)\s*$", re.I)
MATCH = 86  # fuzzy score (0–100) for a heading's name to be taken as naming an IKU or sasaran
LABEL = 60  # a text cell of an IKU's row scoring less than this against both names is no name


def _norm(text: str) -> str:
    from rapidfuzz import utils  # only when a draft's narrative is checked

    return " ".join(utils.default_process(text).split())


def run(ctx: Context) -> Iterator[Finding]:
    if ctx.report.document is None or ctx.rs.inferred:
        # A rule on the document: a draft, or a data file imported from one; and the names are the
        # catalogue's, not ones read from this report (no unit catalogue: nothing names them officially).
        return
    from rapidfuzz import fuzz  # only when a draft's narrative is checked

    rs = ctx.rs
    bands = {_norm(b.name) for b in rs.bands}
    for table in ctx.report.tables.values():
        if table.kind.rows != "iku":
            continue
        for row in table.rows.values():
            iku = rs.iku.get(row.key)
            if iku is None:
                continue
            sasaran = rs.sasaran[iku.sasaran]
            for name, cell in row.cells.items():
                if table.kind.columns[name].kind != "text" or not cell.text.strip():
                    continue
                printed = _norm(cell.text)
                if printed in bands:
                    continue  # a predikat
                as_iku, as_sasaran = (
                    fuzz.WRatio(printed, _norm(iku.name)),
                    fuzz.WRatio(printed, _norm(sasaran.name)),
                )
                if max(as_iku, as_sasaran) < LABEL:
                    continue
                subject, official = (
                    (iku.id, iku.name) if as_iku >= as_sasaran else (f"sasaran {sasaran.id}", sasaran.name)
                )
                if printed != _norm(official):
                    yield ctx.finding(
                        META,
                        "lkj704",
                        cell,
                        iku.ref,
                        printed=Printed(cell.text),
                        subject=subject,
                        official=Printed(official),
                        expected=official,
                        actual=cell.text,
                    )
    yield from _headings(ctx)


def _headings(ctx: Context) -> Iterator[Finding]:
    from rapidfuzz import fuzz  # only when a draft's narrative is checked

    doc = ctx.report.document
    paragraphs = doc.paragraphs if doc is not None else []
    names = {
        "IKU": {i.id: (i.name, i.ref) for i in ctx.rs.iku.values()},
        "SASARAN STRATEGIS": {s.id: (s.name, s.ref) for s in ctx.rs.sasaran.values()},
    }
    for i, p in enumerate(paragraphs):
        m = _HEADING.match(p.text)
        if m is None or len(p.text) > 250:
            continue
        source: Paragraph = p
        name = m.group("name")
        start = m.start("name")
        if not name and i + 1 < len(paragraphs) and len(paragraphs[i + 1].text) < 250:
            source, name, start = paragraphs[i + 1], paragraphs[i + 1].text.strip(), 0
        if not name:
            continue
        printed = _norm(name)
        scores = sorted(
            ((fuzz.WRatio(printed, _norm(n)), k) for k, (n, _) in names[m.group("what").upper()].items()),
            reverse=True,
        )
        if not scores or scores[0][0] < MATCH or (len(scores) > 1 and scores[0][0] - scores[1][0] < 4):
            continue  # no name it clearly is: nothing to compare
        ident = scores[0][1]
        official, ref = names[m.group("what").upper()][ident]
        if printed != _norm(official):
            yield ctx.finding(
                META,
                "lkj704",
                source.at,
                ref,
                place=source.place(start, start + len(name)),
                row=ident,
                printed=Printed(name),
                subject=ident if m.group("what").upper() == "IKU" else f"sasaran {ident}",
                official=Printed(official),
                expected=official,
                actual=name,
            )
