"""LKJ609 year-other-period: the report's own figures or documents dated another year, or a
running header or footer of another year."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta, period_msg
from lkjip_tui.checks.narrative._sentences import sentence_around, sentences
from lkjip_tui.model.document import Paragraph, caption
from lkjip_tui.model.findings import Finding
from lkjip_tui.values import prose
from lkjip_tui.values.msg import Printed

META = RuleMeta(
    code="LKJ609",
    name="year-other-period",
    severity="warning",
    summary={
        "id": "Kalimat menyebut capaian, realisasi, target atau laporan kinerja unit ini pada tahun lain "
        "('capaian kinerja tahun 2010' di laporan 2021), atau kepala/kaki halaman bertahun lain "
        "('LKIP Dinkes 2017' di laporan 2019).",
        "en": "A sentence dates this unit's capaian, realisasi, target or performance report in another year "
        "(“capaian kinerja tahun 2010” in a 2021 report), or a running header or footer names another year "
        "(“LKIP Dinkes 2017” in a 2019 report).",
    },
    rationale={
        "id": "Laporan disusun dari laporan tahun lalu; tahun yang tidak diganti di kalimat capaian atau di "
        "kepala halaman membuat pembaca ragu periode mana yang dilaporkan. Yang diperiksa di kalimat hanya "
        "tahun yang melekat pada kata laporan itu sendiri: laporannya (Laporan Kinerja, LAKIP, LKjIP) tidak "
        "boleh bertahun lain, hasilnya (capaian, realisasi, target, pagu, DIPA, Perjanjian Kinerja) tidak "
        "boleh bertahun lebih awal. Kalimat yang membandingkan (menyebut tahun laporan juga, 'dibandingkan', "
        "'sebelumnya', pola [[comparisons]] pemetaan), rentang tahun, peraturan ('Nomor 7 Tahun 2017') dan "
        "target jangka menengah (Renstra) bukan temuan; triwulan bertahun diperiksa LKJ603, keterangan tabel "
        "LKJ407. Kepala dan kaki halaman — bagian header/footer dari .docx, atau baris pendek yang berulang "
        "di ekspor teks — tidak boleh menyebut tahun lain.",
        "en": "Reports are written from last year's; a year left unchanged in a sentence about results or in the "
        "running header leaves readers unsure which period is reported. In sentences only years attached to "
        "the words of the report itself are checked: the report (“Laporan Kinerja”, LAKIP, LKjIP) may name no "
        "other year, its results (“capaian”, “realisasi”, “target”, “pagu”, DIPA, “Perjanjian Kinerja”) no "
        "earlier year. Sentences that compare (naming the year of the report too, “dibandingkan”, "
        "“sebelumnya”, the [[comparisons]] of the mapping), ranges of years, regulations (“Nomor 7 Tahun "
        "2017”) and medium-term (Renstra) targets are not findings; quarters with a year are for LKJ603, "
        "captions for LKJ407. Running headers and footers — the header and footer parts of a .docx, or a "
        "short line repeated in a text export — must name no other year.",
    },
    bad="Capaian kinerja tahun 2010 menunjukkan …   # in the 2021 report",
    good="Capaian kinerja tahun 2021 menunjukkan …",
)

_YEAR = r"(?P<y>(?:19|20)\d{2})\b(?!\s*(?:[-–—/]|s\.?\s?d\b|sampai|hingga)\s*\d)"
# The report's own words, then (a few words, "tahun (anggaran)") its year: the report itself
# (`doc`: no other year), or its results (no earlier year).
_OWN_YEAR = re.compile(
    r"\b(?:(?P<doc>laporan\s+(?:akuntabilitas\s+)?kinerja(?:\s+instansi\s+pemerintah(?:an)?)?|lkjip|lakip|lkip|lkj)"
    r"|capaian(?:\s+kinerja)?|realisasi(?:\s+anggaran)?|target|pagu(?:\s+anggaran)?|dipa|perjanjian\s+kinerja)"
    r"(?P<between>(?:\s+[A-Za-z()]+){0,5}?)\s+(?:tahun\s+(?:anggaran\s+)?|ta\.?\s+)?" + _YEAR,
    re.I,
)
_ANY_YEAR = re.compile(r"(?<![\d.,/-])" + _YEAR)
_RANGE_BEFORE = re.compile(r"(?:\d{4}\s*(?:[-–—/]|s\.?\s?d\.?|sampai|hingga)\s*)$", re.I)
# A sentence that compares periods or speaks of the medium term.
_COMPARES = re.compile(
    r"\b(?:dibandingkan|dibanding|perbandingan|sebelumnya|lalu|sejak|tren|periode|jangka\s+menengah|renstra"
    r"|rpjmn?|baseline|awal\s+periode|akhir\s+periode)",
    re.I,
)
# A regulation's year ("Peraturan Menteri Nomor 7 Tahun 2017"), looked for just before the year.
_REGULATION = re.compile(
    r"\b(?:peraturan|permen\w*|perpres|keputusan|kepmen\w*|undang|nomor|no\.?|surat\s+edaran|instruksi"
    r"|inpres|sk)\b",
    re.I,
)
REGULATION = 40  # characters before a year in which a regulation is named
RUNNING = 80  # a running header or footer line in a text export is shorter than this
REPEATS = 3  # … printed on at least this many pages, and no label ("Sumber: BPS 2022")


def run(ctx: Context) -> Iterator[Finding]:
    r = ctx.report
    running = _running_lines(ctx)
    for p in sentences(ctx):
        if p.compares or p.part in ("header", "footer") or " ".join(p.text.split()) in running:
            continue
        quarters = [(s.start, s.end) for s, _, _ in prose.periods(p.text)]
        for m in _OWN_YEAR.finditer(p.text):
            year = int(m.group("y"))
            if year == r.year or (year > r.year and not m.group("doc")):
                continue
            if any(a <= m.start("y") < b for a, b in quarters):
                continue  # a quarter with its year: LKJ603
            if _REGULATION.search(p.text, max(m.start(), m.start("y") - REGULATION), m.start("y")):
                continue
            sentence = sentence_around(p.text, m.start())
            if _COMPARES.search(sentence) or str(r.year) in sentence:
                continue
            yield _finding(ctx, p, "lkj609", m.start(), m.end(), m.group(), year)
    yield from _running(ctx, running)


def _running_lines(ctx: Context) -> dict[str, Paragraph]:
    """A text export's running headers and footers: short lines printed again and again
    (by their text, the first of them)."""
    doc = ctx.report.document
    short = [p for p in doc.paragraphs if p.part == "body" and len(p.text.strip()) <= RUNNING] if doc else []
    times = Counter(" ".join(p.text.split()) for p in short)
    repeated: dict[str, Paragraph] = {}
    for p in short:
        key = " ".join(p.text.split())
        if times[key] >= REPEATS and ":" not in key and caption(p.text) is None and key not in repeated:
            repeated[key] = p
    return repeated


def _running(ctx: Context, repeated: dict[str, Paragraph]) -> Iterator[Finding]:
    """Years of running headers and footers: a .docx's parts, a text export's repeated lines."""
    doc = ctx.report.document
    parts = [p for p in doc.paragraphs if p.part in ("header", "footer")] if doc else []
    seen: set[str] = set()
    for p in [*parts, *repeated.values()]:
        key = " ".join(p.text.split())
        if key in seen:
            continue
        seen.add(key)
        quarters = [(q.start, q.end) for q, _, _ in prose.periods(p.text)]
        years = [
            m
            for m in _ANY_YEAR.finditer(p.text)
            if not _RANGE_BEFORE.search(p.text[max(0, m.start() - 20) : m.start()])
            and not any(a <= m.start() < b for a, b in quarters)  # a quarter with its year: LKJ603
        ]
        if len(years) != 1 or int(years[0].group("y")) == ctx.report.year:
            continue
        m = years[0]
        yield _finding(ctx, p, "lkj609.running", m.start(), m.end(), p.text.strip(), int(m.group("y")))


def _finding(ctx: Context, p: Paragraph, key: str, start: int, end: int, printed: str, year: int) -> Finding:
    return ctx.finding(
        META,
        key,
        p.at,
        "",
        place=p.place(start, end),
        printed=Printed(" ".join(printed.split())),
        year=str(year),
        period=period_msg(ctx.report),
        expected=str(ctx.report.year),
        actual=str(year),
    )
