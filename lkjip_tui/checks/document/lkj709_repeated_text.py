"""LKJ709 repeated-text: an item repeated in its list, a paragraph printed twice, a passage
written twice in a row."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.checks.document._lists import item, lists, norm
from lkjip_tui.model.document import Paragraph, caption, list_entry
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.msg import Printed

META = RuleMeta(
    code="LKJ709",
    name="repeated-text",
    severity="warning",
    summary={
        "id": "Butir daftar yang diulang di daftar yang sama, paragraf yang tercetak dua kali, atau kalimat yang "
        "tertulis dua kali berturut-turut.",
        "en": "An item repeated in its list, a paragraph printed twice, or a passage written twice in a row.",
    },
    rationale={
        "id": "Daftar mitra, kegiatan atau perubahan disusun dengan menyalin butir lalu mengubahnya; butir yang "
        "tidak diubah membuat daftar (dan jumlahnya) salah. Paragraf atau kalimat yang tertempel dua kali "
        "adalah sisa penyuntingan. Butir dibandingkan tanpa memedulikan huruf besar, spasi dan tanda baca "
        "penutup; paragraf yang diulang harus sedikitnya "
        "12 kata, kalimat yang diulang sedikitnya 8 kata.",
        "en": "Lists of partners, activities or changes are made by copying an item and editing it; an item "
        "left unedited makes the list (and its count) wrong. A paragraph or sentence pasted twice is an "
        "editing leftover. Items are compared ignoring case, spacing and closing punctuation; a repeated "
        "paragraph must have at least 12 words, a repeated passage at least 8.",
    },
    bad="1) Rumah Sakit Umum Bunda Padang; 2) Rumah Sakit Umum Bunda Padang; 3) Wakil Gubernur …",
    good="1) Rumah Sakit Umum Bunda Padang; 2) Dinas Tenaga Kerja Kota Padang; 3) Wakil Gubernur …",
)

PARAGRAPH_WORDS = 12  # a paragraph printed twice: at least this many words (headings repeat)
PASSAGE_WORDS = 8  # a passage written twice in a row: at least this many words
MAX_PASSAGE = 200  # … and at most this many (keeps the scan linear)


def run(ctx: Context) -> Iterator[Finding]:
    doc = ctx.report.document
    if doc is None:
        return
    for _, lst in lists(doc.paragraphs):
        seen: dict[str, int] = {}
        for it in lst.items:
            key = norm(it.text)
            if len(key) < 4:
                continue
            if key in seen:
                p = it.paragraph
                yield ctx.finding(
                    META,
                    "lkj709",
                    p.at,
                    "",
                    place=p.place(it.start, len(p.text), whole=True),
                    printed=Printed(" ".join(it.text.split()).rstrip(" ;,.")),
                    number=it.number,
                    first=seen[key],
                    actual=" ".join(it.text.split()),
                )
            else:
                seen[key] = it.number
    yield from _paragraphs(ctx, doc.paragraphs)


def _paragraphs(ctx: Context, paragraphs: list[Paragraph]) -> Iterator[Finding]:
    first: dict[str, Paragraph] = {}
    for p in paragraphs:
        if p.part != "body" or "\t" in p.text or caption(p.text) or list_entry(p.text) or item(p):
            continue
        words = p.text.replace("*", " ").lower().split()
        key = " ".join(words)
        if len(words) >= PARAGRAPH_WORDS and key in first:
            yield ctx.finding(
                META,
                "lkj709.paragraph",
                p.at,
                "",
                place=p.place(0, len(p.text), whole=True),
                first=first[key].place(0, 0).msg(),
            )
            continue
        first.setdefault(key, p)
        found = _doubled(p.text)
        if found is not None:
            start, end = found
            yield ctx.finding(
                META,
                "lkj709.passage",
                p.at,
                "",
                place=p.place(start, end),
                printed=Printed(" ".join(p.text[start:end].split())),
            )


def _doubled(text: str) -> tuple[int, int] | None:
    """(start, end) of a passage of PASSAGE_WORDS words or more written twice in a row
    ("X, X"), the first copy; None when there is none. Linear: each run of PASSAGE_WORDS
    words is looked up once."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for w in text.split():
        start = text.index(w, pos)
        spans.append((start, start + len(w)))
        pos = start + len(w)
    words = [text[a:b].strip(",.;:").lower() for a, b in spans]
    seen: dict[tuple[str, ...], int] = {}
    for i in range(len(words) - PASSAGE_WORDS + 1):
        gram = tuple(words[i : i + PASSAGE_WORDS])
        j = seen.get(gram)
        if j is None:
            seen[gram] = i
            continue
        if i - j > MAX_PASSAGE:
            seen[gram] = i  # too far apart to be written twice in a row
            continue
        # The run from j goes on into its repeat at i: "X X".
        k = PASSAGE_WORDS
        while j + k < i and i + k < len(words) and words[j + k] == words[i + k]:
            k += 1
        if j + k >= i:
            return spans[j][0], spans[i - 1][1]
    return None
