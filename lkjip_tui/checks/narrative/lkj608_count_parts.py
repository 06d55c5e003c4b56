"""LKJ608 count-parts: a count the parts or the list after it contradict."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.checks.document._lists import item, lists
from lkjip_tui.checks.narrative._sentences import sentences
from lkjip_tui.model.document import Paragraph
from lkjip_tui.model.findings import Finding
from lkjip_tui.values import prose
from lkjip_tui.values.msg import Printed
from lkjip_tui.values.numbers import Number, parse_number
from lkjip_tui.values.terbilang import TerbilangError, parse_terbilang

META = RuleMeta(
    code="LKJ608",
    name="count-parts",
    severity="warning",
    summary={
        "id": "Jumlah yang disebut tidak sama dengan bagian-bagiannya ('13 P3MI terdiri dari 1 pusat dan 11 "
        "cabang') atau dengan banyaknya butir daftar sesudahnya ('sebanyak dua kali:' lalu empat butir).",
        "en": "A count stated does not match its parts ('13 P3MI terdiri dari 1 pusat dan 11 cabang') or the "
        "number of items of the list after it ('sebanyak dua kali:' then four items).",
    },
    rationale={
        "id": "Saat butir ditambahkan ke daftar atau bagian diperbarui, jumlah di kalimat pengantarnya sering "
        "tertinggal. Diperiksa: 'N … terdiri dari/atas A … dan B …' (setiap angka di rinciannya harus "
        "mengawali satu bagian), dan 'sebanyak/terdapat N …' di kalimat yang diakhiri titik dua atau "
        "'sebagai berikut' tepat sebelum sebuah daftar bernomor (tanpa angka lain di kalimat itu); daftar "
        "yang disebut tidak lengkap ('antara lain', 'di antaranya', 'seperti') tidak dihitung; dan jumlah "
        "yang diulang lebih besar dengan 'tersebut' ('4 sasaran … Enam sasaran tersebut').",
        "en": "When items are added to a list or parts updated, the count in the sentence introducing them is "
        "often left behind. Checked: 'N … terdiri dari/atas A … dan B …' (every figure of the breakdown "
        "must start a part), and 'sebanyak/terdapat N …' in a sentence ending with a colon or 'sebagai berikut' "
        "just before a numbered list (with no other number in that sentence); lists said to be incomplete "
        "('antara lain', 'di antaranya', 'seperti') are not counted; and a count restated larger with "
        "'tersebut' ('4 sasaran … Enam sasaran tersebut').",
    },
    bad="revisi DIPA dilakukan sebanyak dua kali, yaitu: 1) …; 2) …; 3) …; 4) …",
    good="revisi DIPA dilakukan sebanyak empat kali, yaitu: 1) …; 2) …; 3) …; 4) …",
)

_FIGURE = re.compile(prose.NUMBER)
_CONSISTS = re.compile(r"\bterdiri\s+(?:dari|atas)\b", re.I)
_CLAUSE_END = re.compile(r"[.;](?=\s|$)|\n")
_COUNT = re.compile(r"\b(?:sebanyak|terdapat|berjumlah|ada)\s*:?\s+", re.I)
_INCOMPLETE = re.compile(r"\b(?:antara\s+lain|di\s*antaranya|seperti|beberapa|misalnya|contohnya)\b", re.I)
_INTRODUCES = re.compile(r"(?::|\bberikut|\byaitu|\byakni)\s*:?\s*$", re.I)
BEFORE = 160  # characters before "terdiri dari" in which the total stands
BREAKDOWN = 400  # characters after it in which the parts stand


def _count(text: str) -> int | None:
    """A whole count as printed: a figure, or words ("dua", "dua belas")."""
    n = parse_number(text)
    if isinstance(n, Number):
        ok = not n.percent and not n.currency and n.value == int(n.value) and n.value >= 0
        return int(n.value) if ok else None
    try:
        w = parse_terbilang(text)
    except TerbilangError:
        return None
    return int(w.value) if not w.percent and not w.currency and w.value == int(w.value) else None


def _counted(text: str, start: int) -> tuple[int, int, int] | None:
    """(value, start, end) of the count at `start`: a figure (its words in parentheses after
    it are skipped), or number words ("dua kali")."""
    m = _FIGURE.match(text, start)
    if m is not None:
        value = _count(m.group())
        return (value, m.start(), m.end()) if value is not None else None
    words: list[str] = []
    best: tuple[int, int, int] | None = None
    pos = start
    for w in re.finditer(r"[a-zA-Z]+", text[start : start + 80]):
        if text[pos : start + w.start()].strip():
            break
        words.append(w.group())
        pos = start + w.end()
        value = _count(" ".join(words))
        if value is not None:
            best = (value, start, pos)
        elif best is not None:
            break
    return best


# "Enam sasaran strategis tersebut": a count restated of what was counted just before.
_COUNT_WORDS = (
    r"(?:\d+|(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus)"
    r"(?:\s+(?:belas|puluh))?)"
)
_RESTATED = re.compile(
    rf"\b(?P<n>{_COUNT_WORDS})\s+(?P<noun>[a-zA-Z]+(?:\s+[a-zA-Z]+){{0,2}}?)\s+tersebut\b", re.I
)
RESTATED = 300  # characters before a restated count in which the first count stands


def run(ctx: Context) -> Iterator[Finding]:
    for p in sentences(ctx):
        yield from _parts(ctx, p)
        yield from _restated(ctx, p)
    doc = ctx.report.document
    if doc is None:
        return
    body = doc.paragraphs
    starts = {i: lst for i, lst in lists(body)}
    for i, p in enumerate(body[:-1]):
        lst = starts.get(i + 1)
        if lst is None or item(p) is not None or "\t" in p.text or not _INTRODUCES.search(p.text):
            continue
        last = _last_sentence(p.text)
        if _INCOMPLETE.search(p.text, last):
            continue
        counts = [c for m in _COUNT.finditer(p.text, last) if (c := _counted(p.text, m.end())) is not None]
        if len(counts) != 1:
            continue  # no count, or several: which one counts the list is not said
        value, start, end = counts[0]
        if _other_number(p.text, last, start, end):
            continue  # "sebanyak 8 kali di 5 lokasi berikut": which one the list counts is not said
        if value != len(lst.items):
            yield ctx.finding(
                META,
                "lkj608.list",
                p.at,
                "",
                place=p.place(start, end),
                printed=Printed(p.text[start:end]),
                items=len(lst.items),
                expected=str(len(lst.items)),
                actual=p.text[start:end],
            )


_YEAR = re.compile(r"(?:19|20)\d{2}")
_NUMBER_WORD = re.compile(
    r"\b(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|seribu)\b", re.I
)


def _other_number(text: str, start: int, count_start: int, count_end: int) -> bool:
    """Whether the sentence from `start` names a number besides the count (and its words in
    parentheses right after it)."""
    words = prose.worded(text[count_start:])
    skip_to = count_start + words[0][1].end + 1 if words and words[0][0].start == 0 else count_end
    for pattern in (_FIGURE, _NUMBER_WORD):
        for m in pattern.finditer(text, start):
            if count_start <= m.start() < skip_to or _YEAR.fullmatch(m.group()):
                continue  # the count itself, or a year ("Selama Triwulan II tahun 2023 …")
            if text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")":
                continue  # a code in parentheses ("DIPA (01)")
            if (
                text[max(0, m.start() - 2) : m.start()][:1].isalpha()
                and text[m.start() - 1 : m.start()] == "-"
            ):
                continue  # a name's number ("eselon-1", "ke-2")
            return True
    return False


def _last_sentence(text: str) -> int:
    start = 0
    for m in re.finditer(r"[.!?](?=\s+[A-Z])", text):
        start = m.end()
    return start


def _parts(ctx: Context, p: Paragraph) -> Iterator[Finding]:
    text = p.text
    for m in _CONSISTS.finditer(text):
        # The total: the last figure before "terdiri dari", within the sentence or the one before it.
        total = None
        for f in _FIGURE.finditer(text, max(0, m.start() - BEFORE), m.start()):
            total = f
        if total is None:
            continue
        n = _count(total.group())
        if n is None or (1900 <= n <= 2100 and "." not in total.group()):
            continue
        # The breakdown: up to the end of the clause.
        end = len(text)
        for e in _CLAUSE_END.finditer(text, m.end(), m.end() + BREAKDOWN):
            if not _abbreviation(text, e.start()):
                end = e.start()
                break
        parts: list[tuple[re.Match[str], int]] = []
        after = m.end()  # where the text before the next part starts
        for f in _FIGURE.finditer(text, m.end(), min(end, m.end() + BREAKDOWN)):
            if not _starts_part(text[after : f.start()], first=not parts):
                parts = []
                break  # a figure inside a part: not a plain breakdown
            value = _count(f.group())
            if value is None:
                parts = []
                break
            parts.append((f, value))
            after = f.end()
        if len(parts) < 2:
            continue
        total_parts = sum(v for _, v in parts)
        if total_parts == n:
            continue
        yield ctx.finding(
            META,
            "lkj608",
            p.at,
            "",
            place=p.place(total.start(), parts[-1][0].end()),
            printed=Printed(total.group()),
            parts=Printed(" + ".join(f.group() for f, _ in parts)),
            total=total_parts,
            expected=str(total_parts),
            actual=total.group(),
        )


def _starts_part(between: str, first: bool) -> bool:
    """Whether a figure after `between` starts a part: the first right after "terdiri dari",
    the next ones after the previous part's words and a comma, "dan" or "serta"."""
    tail = between.rstrip().lower()
    if first:
        return tail in ("", ":")
    return tail.endswith((",", " dan", " serta"))


def _restated(ctx: Context, p: Paragraph) -> Iterator[Finding]:
    """A count restated larger than it was first counted ("4 (empat) sasaran strategis …
    Enam sasaran strategis tersebut"): "tersebut" names the same things, and more of them
    than there are cannot be some of them."""
    text = p.text
    for m in _RESTATED.finditer(text):
        again = _count(m.group("n"))
        if again is None:
            continue
        noun = r"\s+".join(re.escape(w) for w in m.group("noun").split())
        first_count = re.compile(rf"\b(?P<n>{_COUNT_WORDS})(?:\s*\([^()]{{1,40}}\))?\s+{noun}\b", re.I)
        lo = max(0, m.start() - RESTATED)
        first = None
        for f in first_count.finditer(text, lo, m.start()):
            first = f
        if first is None:
            continue
        counted = _count(first.group("n"))
        if counted is None or again <= counted:
            continue  # the same count, or some of them
        yield ctx.finding(
            META,
            "lkj608.restated",
            p.at,
            "",
            place=p.place(m.start(), m.end()),
            printed=Printed(m.group().strip()),
            first=Printed(first.group().strip()),
            actual=m.group("n"),
        )


def _abbreviation(text: str, dot: int) -> bool:
    """A full stop that ends no clause: "No.", "Rp.", a decimal point."""
    word = text[max(0, dot - 4) : dot].split()
    return bool(word) and word[-1].lower() in ("no", "rp", "kab", "kec", "prov", "dr")
