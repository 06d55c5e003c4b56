"""LKJ607 claim-numbers: a word of direction or attainment the figures beside it contradict."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.checks.document._indicators import under_iku
from lkjip_tui.checks.narrative._sentences import sentence_around, sentences
from lkjip_tui.model.document import Paragraph
from lkjip_tui.model.findings import Finding
from lkjip_tui.model.rules import Iku
from lkjip_tui.values import prose
from lkjip_tui.values.msg import Msg, Printed
from lkjip_tui.values.numbers import Number, parse_number

META = RuleMeta(
    code="LKJ607",
    name="claim-numbers",
    severity="warning",
    summary={
        "id": "Kata arah atau capaian (menurun, meningkat, melebihi target, belum mencapai target, secara umum "
        "memenuhi target) yang dibantah angkanya sendiri.",
        "en": "A word of direction or attainment (menurun, meningkat, melebihi target, belum mencapai target, "
        "secara umum memenuhi target) that its own figures contradict.",
    },
    rationale={
        "id": "Kalimat analisis disalin dari laporan sebelumnya dan angkanya diperbarui, tetapi kata 'menurun' "
        "atau 'belum mencapai target' tertinggal: 'realisasi 167 menurun dari target 150'. Yang diperiksa "
        "hanya kalimat yang menyebut kedua angkanya sendiri, di kedua sisi kata itu ('A menurun dari B', 'dari "
        "B menjadi A', 'A belum mencapai target B'). Tercapai atau tidaknya target bergantung pada arah "
        "indikatornya (makin kecil makin baik membalik arah), yang diambil dari IKU yang judulnya dinaungi "
        "kalimat itu; tanpa arah yang diketahui, temuannya hanya info. Capaian dalam persen yang disebut "
        "kalimat ('persentase capaian … adalah 40%, sehingga target … tidak terpenuhi') sudah memperhitungkan "
        "arah itu: 100% atau lebih berarti target tercapai. Kalimat tanpa angka di bawah judul sebuah IKU yang "
        "menyebut IKU itu dan menyatakan targetnya (tidak) tercapai dibandingkan dengan capaian IKU itu di "
        "semua tabel, bila semuanya sepakat ('dalam mencapai target' adalah tujuan, bukan klaim). Klaim umum ('secara umum dapat memenuhi "
        "target') dibandingkan dengan bagian IKU yang capaiannya tercetak 100% atau lebih.",
        "en": "Analysis sentences are copied from the previous report and their figures updated, but "
        "'menurun' or 'belum mencapai target' is left behind: 'realisasi 167 menurun dari target 150'. Only "
        "sentences naming both figures themselves, on either side of the word, are checked ('A menurun dari "
        "B', 'dari B menjadi A', 'A belum mencapai target B'). Whether a target is met depends on the "
        "indicator's direction (lower-is-better reverses it), taken from the IKU whose heading the sentence "
        "stands under; with no direction known the finding is an info. A capaian in percent the sentence "
        "names (“persentase capaian … adalah 40%, sehingga target … tidak terpenuhi”) already accounts for "
        "the direction: 100% or more is a target met. A sentence with no figure under the heading of an IKU "
        "that names the IKU and says its target was (not) met is compared with the capaian every table "
        "prints for it, when they all agree (“dalam mencapai target” is a purpose, not a claim). A general claim ('secara umum dapat "
        "memenuhi target') is compared with the share of IKUs whose printed capaian is 100% or more.",
    },
    bad="realisasi 167 menurun dari target 150",
    good="realisasi 167 meningkat dari target 150",
)

_FIGURE = re.compile(prose.NUMBER)
# "A menurun dari (target) B": the claim's word, then what A is compared with.
_DIRECTION = re.compile(
    r"\b(?P<word>meningkat|naik|menurun|turun|tetap|mengalami\s+(?:peningkatan|kenaikan|penurunan))\s+"
    r"(?:(?:jika\s+)?dibandingkan(?:\s+dengan)?|dibanding|dari)\s+(?:target\s+(?:[a-z]+\s+){0,3})?"
    r"(?P<b>" + prose.NUMBER + r")",
    re.I,
)
# "… meningkat dari B menjadi A".
_FROM_TO = re.compile(
    r"\b(?P<word>meningkat|naik|menurun|turun)\s+(?:[a-z]+\s+){0,4}?dari\s+(?P<b>" + prose.NUMBER + r")"
    r"[^.;\d]{0,30}?\bmenjadi\s+(?P<a>" + prose.NUMBER + r")",
    re.I,
)
# "A belum mencapai target (jangka menengah) B", "A (tidak) melebihi target B".
_ATTAIN = re.compile(
    r"\b(?P<word>(?P<neg>(?:belum|tidak)\s+(?:dapat\s+|bisa\s+)?)?(?:(?:telah|sudah|dapat)\s+)?(?:berada\s+)?"
    r"(?P<verb>mencapai|memenuhi|melebihi|melampaui|di\s*atas|di\s*bawah))\s+target\s+(?:[a-z]+\s+){0,3}?"
    r"(?:(?:sebesar|yaitu|yakni)\s+)?(?P<b>" + prose.NUMBER + r")",
    re.I,
)
# "Secara umum (dapat) memenuhi target", "seluruh indikator … tercapai".
_GENERAL = re.compile(
    r"\bsecara\s+(?:umum|keseluruhan)\s+(?:(?:dapat|telah|sudah|sudah\s+dapat)\s+)?(?:memenuhi|mencapai)\s+target"
    r"|\b(?:seluruh|semua)\s+(?:indikator|target|iku)\b[^.;]{0,60}?\b(?:tercapai|terpenuhi)\b",
    re.I,
)
# "persentase capaian … adalah 40%, sehingga target … tidak terpenuhi": a capaian, then what
# it is said to mean. A capaian of 100% or more is a target met, whatever the indicator's direction.
_CAPAIAN = re.compile(
    r"\bcapaian\b(?P<between>[^.;%]{0,120}?)(?P<n>(?<![\w.,])(?:[-−–]\s?)?\d+(?:[.,]\d+)*\s?%)", re.I
)
_NOT_KINERJA = re.compile(r"\b(?:anggaran|penyerapan|serapan|realisasi|dana|pagu)\b", re.I)
_MEANS = re.compile(
    r"\b(?P<neg>(?:tidak|belum)\s+(?:dapat\s+|bisa\s+)?)?(?P<aux>(?:dapat|telah|sudah|berhasil)\s+)?"
    r"(?P<word>tercapai|terpenuhi|(?:mencapai|memenuhi|melebihi|melampaui)\s+target)\b",
    re.I,
)
# "Dalam mencapai target …", "untuk memenuhi target …": a purpose, not a claim.
_PURPOSE = re.compile(r"\b(?:dalam|untuk|guna|agar|demi|upaya|rangka)\s*$", re.I)


def _claims(text: str, start: int = 0, stop: int | None = None) -> Iterator[re.Match[str]]:
    """What a text says of a target: "tercapai", "tidak terpenuhi", "telah mencapai target";
    not a purpose ("dalam mencapai target") nor a bare verb."""
    for m in _MEANS.finditer(text, start, len(text) if stop is None else stop):
        active = not m.group("word").lower().startswith("ter")
        if active and m.group("neg") is None and m.group("aux") is None:
            continue
        if _PURPOSE.search(text, max(0, m.start() - 15), m.start()):
            continue
        yield m


AFTER = 150  # characters after a capaian in which what it means is said
BEFORE = 60  # characters before the claim's word in which A stands
_CLAUSE_END = re.compile(r"[.;:](?=\s)|\n")


def _figure(text: str) -> Number | None:
    n = parse_number(text.strip())
    return n if isinstance(n, Number) else None


def _year(text: str, start: int, n: Number) -> bool:
    """A year, not a figure: 2023, or any figure right after "tahun"."""
    plain = not n.percent and not n.currency and n.decimals == 0
    return (plain and 1900 <= n.value <= 2100) or text[max(0, start - 7) : start].lower().strip() == "tahun"


def _before(text: str, end: int) -> tuple[re.Match[str], Number] | None:
    """The figure A standing last before the claim's word, in the same clause."""
    start = max(0, end - BEFORE)
    for cut in _CLAUSE_END.finditer(text, start, end):
        start = cut.end()
    last = None
    for m in _FIGURE.finditer(text, start, end):
        last = m
    if last is None:
        return None
    n = _figure(last.group())
    if n is None or _year(text, last.start(), n):
        return None
    return last, n


def _direction(word: str) -> str:
    w = word.lower()
    if "tetap" in w:
        return "same"
    return "up" if any(k in w for k in ("naik", "ningkat", "kenaikan")) else "down"


def _holds(direction: str, a: Decimal, b: Decimal) -> bool:
    return {"up": a > b, "down": a < b, "same": a == b}[direction]


def run(ctx: Context) -> Iterator[Finding]:
    paragraphs = sentences(ctx)
    doc = ctx.report.document
    body = doc.paragraphs if doc is not None else []
    indicator = dict(zip((id(p) for p in body), under_iku(ctx, body), strict=True))
    for p in paragraphs:
        seen: set[int] = set()
        for m in _FROM_TO.finditer(p.text):
            a, b = _figure(m.group("a")), _figure(m.group("b"))
            seen.add(m.start("word"))
            if a is None or b is None or a.percent != b.percent:
                continue
            if _year(p.text, m.start("a"), a) or _year(p.text, m.start("b"), b):
                continue
            direction = _direction(m.group("word"))
            if not _holds(direction, a.value, b.value):
                yield _finding(ctx, p, m.start("word"), m.end(), m.group("word"), m.group("a"), m.group("b"))
        for m in _DIRECTION.finditer(p.text):
            if m.start("word") in seen:
                continue
            found = _before(p.text, m.start("word"))
            b = _figure(m.group("b"))
            if found is None or b is None or _year(p.text, m.start("b"), b):
                continue
            am, a = found
            if a.percent != b.percent:
                continue
            if not _holds(_direction(m.group("word")), a.value, b.value):
                yield _finding(ctx, p, am.start(), m.end(), m.group("word"), am.group(), m.group("b"))
        for m in _ATTAIN.finditer(p.text):
            found = _before(p.text, m.start())
            b = _figure(m.group("b"))
            if found is None or b is None or _year(p.text, m.start("b"), b):
                continue
            am, a = found
            if a.percent != b.percent:
                continue
            yield from _attainment(ctx, p, indicator.get(id(p)), m, am, a.value, b.value)
        yield from _capaian_means(ctx, p)
        yield from _by_tables(ctx, p, indicator.get(id(p)))
        yield from _general(ctx, p)


def _finding(ctx: Context, p: Paragraph, start: int, end: int, word: str, a: str, b: str) -> Finding:
    return ctx.finding(
        META,
        "lkj607",
        p.at,
        "",
        place=p.place(start, end),
        printed=Printed(" ".join(word.split())),
        a=Printed(a.strip()),
        b=Printed(b.strip()),
    )


def _attainment(
    ctx: Context,
    p: Paragraph,
    iku: Iku | None,
    m: re.Match[str],
    am: re.Match[str],
    a: Decimal,
    b: Decimal,
) -> Iterator[Finding]:
    verb = (
        " ".join(m.group("verb").lower().split()).replace("diatas", "di atas").replace("dibawah", "di bawah")
    )
    negated = m.group("neg") is not None
    printed, a_printed, b_printed = (
        Printed(" ".join(m.group("word").split())),
        Printed(am.group().strip()),
        Printed(m.group("b").strip()),
    )
    place = p.place(am.start(), m.end())
    if verb in ("melebihi", "melampaui", "di atas", "di bawah"):
        # Literally above or below the figure, whatever the indicator's direction.
        above = a > b if verb != "di bawah" else a < b
        if above == negated:
            yield ctx.finding(
                META, "lkj607.literal", p.at, "", place=place, printed=printed, a=a_printed, b=b_printed
            )
        return
    # Met or not: a capaian is higher-is-better; another figure goes the indicator's way.
    # The words naming A: since the previous figure, comma or "dan".
    clause = re.split(r"\d|,|;|\bdan\b", p.text[max(0, am.start() - BEFORE) : am.start()].lower())[-1]
    formula = "higher" if "capaian" in clause else (iku.formula if iku is not None else None)
    met = a <= b if formula == "lower" else a >= b
    if met != negated:
        return
    if formula in ("higher", "lower", "index"):
        direction = Msg("lkj607.lower" if formula == "lower" else "lkj607.higher")
        ref = iku.ref if iku is not None and "capaian" not in clause else ""
        yield ctx.finding(
            META,
            "lkj607.target",
            p.at,
            ref,
            place=place,
            printed=printed,
            a=a_printed,
            b=b_printed,
            direction=direction,
        )
    else:
        yield ctx.finding(
            META,
            "lkj607.unsure",
            p.at,
            "",
            severity="info",
            place=place,
            printed=printed,
            a=a_printed,
            b=b_printed,
        )


def _capaian_means(ctx: Context, p: Paragraph) -> Iterator[Finding]:
    """A capaian in percent, and the sentence saying the target was (not) met or exceeded."""
    text = p.text
    for m in _CAPAIAN.finditer(text):
        n = _figure(m.group("n"))
        if n is None or not n.percent or _NOT_KINERJA.search(m.group("between")):
            continue
        stop = min(len(text), m.end() + AFTER)
        for e in _CLAUSE_END.finditer(text, m.end(), stop):
            if text[e.start()] != ";":
                stop = e.start()
                break
        claim = next(_claims(text, m.end(), stop), None)
        if claim is None or _FIGURE.search(text, m.end(), claim.start()):
            continue  # nothing said, or said of another figure
        over = claim.group("word").lower().startswith(("melebihi", "melampaui"))
        said = (n.value > 100) if over else (n.value >= 100)
        if said == (claim.group("neg") is None):
            continue
        yield ctx.finding(
            META,
            "lkj607.capaian",
            p.at,
            "",
            place=p.place(m.start(), claim.end()),
            printed=Printed(" ".join(claim.group().split())),
            capaian=Printed(m.group("n").strip()),
        )


_TARGET_OF = re.compile(r"\btarget\b", re.I)
NAMED = 90  # fuzzy score (0–100) for a sentence to name its IKU (partial match of the name)


def _by_tables(ctx: Context, p: Paragraph, iku: Iku | None) -> Iterator[Finding]:
    """A sentence under an IKU's heading that names the IKU and says its target was (not) met,
    with no figure of its own: against the IKU's capaian as every IKU table prints it."""
    if iku is None:
        return
    printed = capaian_printed(ctx).get(iku.id, [])
    if not printed or len({v >= 100 for v, _, _ in printed}) != 1:
        return  # not printed, or printed both ways (LKJ101/LKJ304 say which)
    met = printed[0][0] >= 100
    from rapidfuzz import fuzz  # only when a draft's narrative is checked

    for claim in _claims(p.text):
        if claim.group("word").lower().startswith(("melebihi", "melampaui")):
            continue
        sentence = sentence_around(p.text, claim.start())
        if _FIGURE.search(sentence) or not _TARGET_OF.search(sentence):
            continue  # figures of its own (read above), or not a target's
        if fuzz.partial_ratio(iku.name.lower(), sentence.lower()) < NAMED:
            continue  # of another target than the IKU's (an activity's, a team's)
        if (claim.group("neg") is None) == met:
            continue
        shown = sorted({text for _, text, _ in printed})
        tables = ", ".join(dict.fromkeys(label for _, _, label in printed))
        yield ctx.finding(
            META,
            "lkj607.tables",
            p.at,
            iku.ref,
            place=p.place(claim.start(), claim.end()),
            printed=Printed(" ".join(claim.group().split())),
            iku=iku.label,
            capaian=Printed(" / ".join(shown)),
            tables=tables,
        )


def capaian_printed(ctx: Context) -> dict[str, list[tuple[Decimal, str, str]]]:
    """Every IKU's capaian as the IKU tables print it: (value, as printed, table label), for
    IKUs measured this quarter."""
    r = ctx.report
    out: dict[str, list[tuple[Decimal, str, str]]] = {}
    for table in r.tables.values():
        if table.kind.rows != "iku":
            continue
        for key, row in table.rows.items():
            cell = row.cells.get("capaian")
            iku = ctx.rs.iku.get(key)
            if cell is None or cell.number is None:
                continue
            if iku is not None and not r.measures(iku.measured_in):
                continue
            out.setdefault(key, []).append((cell.number.value, cell.text.strip(), table.label))
    return out


def _general(ctx: Context, p: Paragraph) -> Iterator[Finding]:
    m = _GENERAL.search(p.text)
    if m is None:
        return
    met, counted = met_targets(ctx)
    if counted < 2 or met * 2 >= counted:
        return
    yield ctx.finding(
        META,
        "lkj607.general",
        p.at,
        "",
        place=p.place(m.start(), m.end()),
        printed=Printed(" ".join(m.group().split())),
        met=met,
        counted=counted,
    )


def met_targets(ctx: Context) -> tuple[int, int]:
    """(IKUs whose printed capaian is 100% or more everywhere, IKUs whose every printed
    capaian says met or every one says not): an IKU printed both ways, or not measured
    this quarter, is not counted."""
    seen = capaian_printed(ctx)
    met = sum(1 for vs in seen.values() if all(v >= 100 for v, _, _ in vs))
    missed = sum(1 for vs in seen.values() if all(v < 100 for v, _, _ in vs))
    return met, met + missed
