"""LKJ606 other-unit: another unit of the report's kind named where the report speaks of itself."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.checks.narrative._sentences import sentence_around, sentences
from lkjip_tui.model.document import Paragraph
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.msg import Printed

META = RuleMeta(
    code="LKJ606",
    name="other-unit",
    severity="warning",
    summary={
        "id": "Unit lain sejenis disebut sebagai pelaksana atau penyusun di laporan ini ('dilaksanakan oleh "
        "BP3MI Riau' di laporan BP3MI Sumatera Barat): paragraf yang disalin dari laporan unit lain?",
        "en": "Another unit of the same kind is named as the one acting or reporting (“dilaksanakan oleh "
        "BP3MI Riau” in the report of BP3MI Sumatera Barat): a paragraph copied from another unit's report?",
    },
    rationale={
        "id": "Unit vertikal menyusun laporannya dari laporan unit lain yang sejenis; nama unit asal yang "
        "tertinggal membuat laporan menyatakan kegiatan unit lain sebagai kegiatannya. Nama unit laporan "
        "diambil dari katalog atau, tanpa katalog, dari nama yang paling sering disebut di laporan; singkatan "
        "(Sumbar untuk Sumatera Barat) dianggap nama yang sama. Hanya tempat laporan berbicara tentang dirinya "
        "yang diperiksa ('dilaksanakan oleh …', 'Laporan Kinerja …', subjek kalimat yang 'telah …'); unit lain "
        "yang disebut sebagai mitra (bersama, kerja sama, koordinasi, kunjungan) bukan temuan.",
        "en": "Vertical units write their reports from a sister unit's; the sister's name left in makes the "
        "report claim another unit's work as its own. The report's own unit is the catalogue's or, without "
        "one, the unit the report names most; abbreviations (Sumbar for Sumatera Barat) count as the same name. "
        "Only where the report speaks of itself is checked (“dilaksanakan oleh …”, “Laporan Kinerja …”, the "
        "subject of a sentence that “telah …”); units named as partners (bersama, kerja sama, koordinasi, "
        "kunjungan) are not findings.",
    },
    bad="Adapun program dan kegiatan yang dilaksanakan oleh BP3MI Riau adalah sebagai berikut:   # BP3MI Sumbar",
    good="Adapun program dan kegiatan yang dilaksanakan oleh BP3MI Sumatera Barat adalah sebagai berikut:",
)

# A unit's kind printed as an acronym ("BP3MI", "UPT", "BPVP"); its name, words in capitals after it.
_ACRONYM = r"[A-Z][A-Z0-9]{2,9}"
_NAME = r"(?P<name>[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){0,4})"
# Without a name for the unit: an acronym-led unit in running text ("BP3MI Sumatera Barat"), not
# a heading in capitals.
_NAMED_UNIT = re.compile(
    r"\b(?P<kind>[A-Z][A-Z0-9]{2,5})[ \t]+(?P<name>[A-Z][a-z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){0,4})"
)
# A name goes no further than these ("BP3MI Sumatera Barat Tahun 2023", "Provinsi Lampung bab III").
_NAME_ENDS = {"tahun", "triwulan", "tw", "semester", "bab", "periode", "nomor", "no", "no.", "bulan", "ta"}
# Abbreviations a unit's name is written with ("Kec Bojongloa Kidul").
_ABBREVIATED = {"kec": "Kecamatan", "kab": "Kabupaten", "prov": "Provinsi", "kel": "Kelurahan"}
# Places a name may start with and still be the same place ("BP3MI Provinsi Sumatera Barat").
_PLACE_WORDS = {"provinsi", "prov", "prov.", "kabupaten", "kab", "kab.", "kota", "wilayah"}
# Where the report speaks of itself: the unit after these words, or a sentence's subject.
_SELF_BEFORE = re.compile(
    r"(?:\b(?:di|ter)?(?:laksanakan|lakukan|susun|capai|tetapkan|kelola|layani|selenggarakan)\s+oleh"
    r"|\blaporan\s+kinerja(?:\s+instansi\s+pemerintah)?(?:\s+\([^()]{1,12}\))?"
    r"|\b(?:lkjip|lakip|lkip|lkj|renstra|dipa|perjanjian\s+kinerja)"
    r")\s*$",
    re.I,
)
_SUBJECT_AFTER = re.compile(r"\s*(?:telah|melaksanakan|melakukan|menyusun|mencapai)\b", re.I)
# A unit named for its role ("Kecamatan X sebagai unsur pembantu pimpinan"): the report's words of itself.
_ROLE_AFTER = re.compile(
    r"\s*sebagai\s+(?:unsur|perangkat|satuan\s+kerja|instansi|organisasi|lembaga|unit|pelaksana|penyelenggara)\b",
    re.I,
)
# Partners named as such: the sentence is about working with them.
_PARTNER = re.compile(
    r"\b(?:bersama|(?:be)?kerja\s*sama|(?:ber)?koordinasi|kolaborasi|mitra|undangan|diundang|narasumber"
    r"|kunjungan|mengunjungi)\b",
    re.I,
)
MIN_OWN = 3  # without a catalogue, the unit named most must be named at least this often
MAX_ABBREVIATION = 40  # characters: a longer word abbreviates no name


def _place(name: str) -> list[str]:
    words = [w.strip(".,;:").lower() for w in name.split()]
    while words and words[0] in _PLACE_WORDS:
        words = words[1:]
    end = next((i for i, w in enumerate(words) if w in _NAME_ENDS), len(words))
    return words[:end]


def _same(printed: list[str], own: list[str]) -> bool:
    """Whether a printed place is the unit's own: the same words (one a prefix of the other:
    "Sumatera Barat Triwulan"), or an abbreviation made of their beginnings ("Sumbar")."""
    if not printed or not own:
        return True
    n = min(len(printed), len(own))
    if printed[:n] == own[:n]:
        return True
    return len(printed) == 1 and _abbreviates(printed[0], own)


def _abbreviates(word: str, own: list[str]) -> bool:
    """ "sumbar" from "sumatera barat": a non-empty beginning of each word, in order."""
    if len(word) > MAX_ABBREVIATION:
        return False
    reached = {0}  # how much of `word` the words so far can spell
    for head in own:
        after = set()
        for pos in reached:
            for k in range(1, min(len(head), len(word) - pos) + 1):
                if word[pos + k - 1] != head[k - 1]:
                    break
                after.add(pos + k)
        reached = after
    return len(word) in reached


# Words naming a kind of region: a unit named "<kind> <place>" is of the kind up to this word.
_REGION = ("provinsi", "kabupaten", "kota", "kecamatan", "kelurahan", "desa")


def _kind_of(name: str) -> tuple[re.Pattern[str], list[str], bool] | None:
    """How units of the kind of `name` are printed, and its place: "BP3MI Sumatera Barat" →
    BP3MI <place>; "Pemerintah Kabupaten Tanah Datar" → Pemerintah Kabupaten <place>;
    "Kecamatan Bojongloa Kidul" → Kecamatan <place>; "Pengadilan Agama Jakarta Utara" →
    Pengadilan Agama <place>. The flag: the kind is a region alone (Kabupaten, Kota), whose
    reports compare themselves with their neighbours."""
    words = [_ABBREVIATED.get(w.lower().rstrip("."), w) for w in name.split()]
    if len(words) < 2:
        return None
    region = next((i for i, w in enumerate(words[:-1]) if w.lower() in _REGION), None)
    if re.fullmatch(_ACRONYM, words[0]) and any(c.isdigit() for c in words[0]):
        cut = 1  # BP3MI …
    elif region is not None:
        cut = region + 1  # … Kabupaten <place>
    elif len(words) >= 3:
        cut = 2  # Pengadilan Agama <place>
    elif re.fullmatch(_ACRONYM, words[0]) and len(words[0]) <= 6:
        cut = 1  # UPT <place>
    else:
        return None
    kind = r"\s+".join(re.escape(w) for w in words[:cut])
    pattern = re.compile(rf"\b(?P<kind>(?i:{kind}))[ \t]+{_NAME}")
    return pattern, _place(" ".join(words[cut:])), cut == 1 and words[0].lower() in _REGION


def own_unit(
    ctx: Context, paragraphs: list[Paragraph]
) -> tuple[re.Pattern[str], list[str], bool, str] | None:
    """How units of the report's kind are printed, and the report's own place: from the
    catalogue's (or the cover's) name of the unit, else the acronym-led unit the report
    names most."""
    name = " ".join(ctx.rs.unit_name.split())
    found = _kind_of(name)
    if found is not None:
        return (*found, name)
    counts: Counter[tuple[str, str]] = Counter()
    for p in paragraphs:
        for u in _NAMED_UNIT.finditer(p.text):
            counts[(u.group("kind"), " ".join(_place(u.group("name"))[:2]))] += 1
    if not counts:
        return None
    (kind, _), n = counts.most_common(1)[0]
    if n < MIN_OWN:
        return None
    # The full name the unit is named by most, under that kind.
    names = Counter(
        " ".join(_place(u.group("name")))
        for p in paragraphs
        for u in _NAMED_UNIT.finditer(p.text)
        if u.group("kind") == kind
    )
    name = f"{kind} {names.most_common(1)[0][0].title()}"
    found = _kind_of(name)
    return (*found, name) if found is not None else None


def run(ctx: Context) -> Iterator[Finding]:
    paragraphs = sentences(ctx)
    own = own_unit(ctx, paragraphs)
    if own is None:
        return
    units, place, region, name = own
    for p in paragraphs:
        for m in units.finditer(p.text):
            if _same(_place(m.group("name")), place):
                continue
            before = p.text[max(0, m.start() - 60) : m.start()]
            # A region's neighbours act in its report too; only a role is the report's own words.
            subject = _sentence_start(p.text, m.start()) and (
                _ROLE_AFTER.match(p.text, m.end()) or (not region and _SUBJECT_AFTER.match(p.text, m.end()))
            )
            if not (_SELF_BEFORE.search(before) or subject):
                continue
            if _PARTNER.search(sentence_around(p.text, m.start())):
                continue
            yield ctx.finding(
                META,
                "lkj606",
                p.at,
                "",
                place=p.place(m.start(), m.end()),
                printed=Printed(m.group()),
                own=Printed(name),
                actual=m.group(),
            )


def _sentence_start(text: str, offset: int) -> bool:
    before = text[max(0, offset - 3) : offset].rstrip()
    return not before or before[-1] in ".:;,\n" or offset == 0
