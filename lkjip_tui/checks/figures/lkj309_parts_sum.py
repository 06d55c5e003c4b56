"""LKJ309 parts-sum: an amount a sentence says consists of parts is not the sum of the parts it lists."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.model.document import Paragraph
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.msg import Msg, Printed

META = RuleMeta(
    code="LKJ309",
    name="parts-sum",
    severity="error",
    summary={
        "id": "Jumlah uang yang dikatakan 'terdiri atas' beberapa bagian tidak sama dengan jumlah bagian-bagian itu.",
        "en": "An amount said to 'consist of' parts ('terdiri atas') is not the sum of the parts listed.",
    },
    rationale={
        "id": "'Anggaran sebesar Rp X, terdiri atas Belanja Pegawai Rp a, Belanja Barang Rp b dan Belanja Modal "
        "Rp c' menyatakan X = a + b + c. Rupiah dicetak persis, jadi selisih sekecil apa pun berarti salah satu "
        "angka keliru. Bagian dibaca dari kalimat yang sama, atau dari daftar tepat di bawahnya (satu jumlah "
        "per butir); selain itu tidak diperiksa.",
        "en": "'A budget of Rp X, consisting of Belanja Pegawai Rp a, Belanja Barang Rp b and Belanja Modal Rp c' "
        "states X = a + b + c. Rupiah are printed exactly, so any difference means one of the figures is wrong. "
        "The parts are read from the same sentence, or from the list right below it (one amount an item); "
        "nothing else is checked.",
    },
    bad="sebesar Rp 100.000.000, terdiri atas Belanja Pegawai Rp 60.000.000 dan Belanja Barang Rp 50.000.000",
    good="sebesar Rp 110.000.000, terdiri atas Belanja Pegawai Rp 60.000.000 dan Belanja Barang Rp 50.000.000",
)

_CONSISTS = re.compile(r"\b(?:yang\s+)?terdiri\s+(?:atas|dari)\b\s*:?", re.I)
_MONEY = re.compile(r"Rp\.?\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?(?![\d.]\d)(?:,-)?")
# The end of a sentence: a full stop before a capital or an opening parenthesis, or a line break.
_END = re.compile(r"(?<!Rp)\.(?=\s+[A-Z(])|\n")
# An item of a list: "- …", "• …", "1) …", "a. …".
_ITEM = re.compile(r"\s*(?P<mark>[-–•·●▪*]|\d+[.)]|[a-z][.)])\s")


def run(ctx: Context) -> Iterator[Finding]:
    doc = ctx.report.document
    paragraphs = doc.paragraphs if doc is not None else []
    for i, p in enumerate(paragraphs):
        if "\t" in p.text:
            continue
        for m in _CONSISTS.finditer(p.text):
            before = list(_MONEY.finditer(p.text, 0, m.start()))
            if not before:
                continue  # no amount stated before the parts
            total = before[-1]
            end = _END.search(p.text, m.end())
            inline = list(_MONEY.finditer(p.text, m.end(), end.start() if end else len(p.text)))
            parts: list[tuple[str, Decimal]]
            if inline:
                parts = [(x.group(), _amount(x)) for x in inline]
            elif p.text.rstrip().endswith(":"):
                listed = _listed(paragraphs[i + 1 :])
                if listed is None:
                    continue
                parts = listed
            else:
                continue
            if len(parts) < 2:
                continue
            added = sum((v for _, v in parts), Decimal(0))
            if added == _amount(total):
                continue
            yield ctx.finding(
                META,
                "lkj309",
                p.at,
                "",
                place=p.place(total.start(), total.end()),
                printed=Printed(total.group()),
                parts=Msg("seq", {"items": [Printed(t) for t, _ in parts]}),
                added=added,
                difference=_amount(total) - added,
            )


def _listed(following: list[Paragraph]) -> list[tuple[str, Decimal]] | None:
    """The amounts of the list right below, one an item, all items marked alike; None when
    the list is not that plain (an item with no amount or two, a nested list)."""
    out: list[tuple[str, Decimal]] = []
    mark_kind: str | None = None
    for q in following:
        item = _ITEM.match(q.text)
        if item is None:
            break
        kind = "digit" if item["mark"][0].isdigit() else "letter" if item["mark"][0].isalpha() else "bullet"
        if mark_kind is not None and kind != mark_kind:
            return None
        mark_kind = kind
        amounts = list(_MONEY.finditer(q.text))
        if len(amounts) != 1:
            return None
        out.append((amounts[0].group(), _amount(amounts[0])))
    return out


def _amount(m: re.Match[str]) -> Decimal:
    whole = Decimal(m.group(1).replace(".", ""))
    return whole + (Decimal(f"0.{m.group(2)}") if m.group(2) else 0)
