"""LKJ702 caption-list: the list of tables, graphs or figures does not match the captions in the body."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.checks.document._captions import Caption, captions, entries
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.msg import Printed

META = RuleMeta(
    code="LKJ702",
    name="caption-list",
    severity="warning",
    summary={
        "id": "Daftar Tabel/Grafik/Gambar tidak sesuai keterangan di badan laporan: nomor tanpa keterangan, "
        "judul berbeda, atau keterangan yang tidak terdaftar.",
        "en": "The list of tables, graphs or figures does not match the captions in the body: a number without "
        "a caption, a different title, or a caption not listed.",
    },
    rationale={
        "id": "Daftar dibuat Word dari keterangan, tetapi setelah keterangan diberi nomor ulang dengan tangan "
        "daftar tidak diperbarui. Judul dibandingkan tanpa memedulikan huruf besar, tanda baca dan spasi; "
        "judul yang ada di badan dengan nomor lain menandakan penomoran ulang.",
        "en": "Word builds the list from the captions, but once captions are renumbered by hand the list is not "
        "updated. Titles are compared ignoring case, punctuation and spacing; a title found in the body under "
        "another number points to a renumbering.",
    },
    bad="Daftar Tabel: 'Tabel 12. Data PMI Non Prosedural …'; body: 'Tabel 12. Data Fasilitasi Pemulangan …'",
    good="Daftar Tabel: 'Tabel 12. Data Fasilitasi Pemulangan …'; body: 'Tabel 12. Data Fasilitasi Pemulangan …'",
)

SAME_TITLE = 90  # rapidfuzz ratio (0–100) at or above which two titles are the same


def same(a: str, b: str) -> bool:
    from rapidfuzz import fuzz, utils  # only when a draft's narrative is checked

    return fuzz.ratio(utils.default_process(a), utils.default_process(b)) >= SAME_TITLE


def run(ctx: Context) -> Iterator[Finding]:
    listed = entries(ctx)
    body = captions(ctx)
    by_number = {(c.kind, c.number): c for c in body}
    for e in listed:
        c = by_number.get((e.kind, e.number))
        label = Printed(f"{e.kind} {e.number}")
        if c is not None and (same(e.title, c.title) or not c.title):
            continue  # the same title, or a caption whose title stands on the next line
        elsewhere = next(
            (o for o in body if o.kind == e.kind and o is not c and same(e.title, o.title)), None
        )
        args: dict[str, Any]
        if c is None:
            key, args = "lkj702.no_caption", {}
        else:
            key, args = "lkj702.title", {"caption": Printed(c.title)}
        if elsewhere is not None:
            args["elsewhere"] = Printed(f"{elsewhere.kind} {elsewhere.number}")
            key += "_moved"
        yield _finding(ctx, e, key, label, **args)
    kinds = {e.kind for e in listed}
    numbers = {(e.kind, e.number) for e in listed}
    for c in body:
        if c.kind in kinds and (c.kind, c.number) not in numbers:
            yield _finding(ctx, c, "lkj702.not_listed", Printed(f"{c.kind} {c.number}"))


def _finding(ctx: Context, c: Caption, key: str, label: Printed, **args: Any) -> Finding:
    return ctx.finding(
        META,
        key,
        c.paragraph.at,
        "",
        place=c.paragraph.place(0, len(c.paragraph.text), whole=True),
        printed=label,
        title=Printed(c.title),
        **args,
    )
