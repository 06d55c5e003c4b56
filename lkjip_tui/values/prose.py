"""What sentences of a report state, found by shape: figures with their words, periods,
dates with weekdays, written arithmetic.

These are the shapes of Indonesian report prose, as printed:

    142 (seratus empat puluh dua) orang          a figure and its terbilang
    Pada Triwulan II tahun 2022, …                a period (quarter and year)
    pada hari Selasa tanggal 11 April 2023        a date, with its weekday
    ((3-0)/1) x 100% = -3%                        written arithmetic

Each finder returns spans (offsets in the text) so that a finding can cite
and a reviewer's comment can be anchored at the figure. The same shapes fill
the placeholders of a draft mapping's patterns.
"""

from __future__ import annotations

import re

from lkjip_tui.values.record import Record

# A figure as printed: not inside a word or another number ("BP3MI", "2.445"); the sign may
# stand apart ("- 3%").
_DIGITS = r"\d+(?:[.,]\d+)*(?:,-|\.-)?(?:\s?%)?"
NUMBER = r"(?<![\w.,])(?:Rp\.?\s?)?(?:[-−–]\s?)?" + _DIGITS
# The same without look-behind, for RE2 (drafts/linear.py): word boundaries keep a figure from
# starting inside a word ("BP3MI"); one starting after a full stop or comma is refused per match.
FIGURE = r"(?:\bRp\.?\s?(?:[-−–]\s?)?|\B[-−–]\s?|\b)" + _DIGITS
NUMBER_WORD = r"(?:minus\s+|negatif\s+)?(?:se\w+|nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)\b"
# Words in parentheses after a figure, starting like a number in words.
WORDS = r"\s*,?\s*\(\s*(?P<{name}>" + NUMBER_WORD + r"[^()]*)\)"  # "( empat …)" too
PERIOD = r"(?:Triwulan|TW)\s*(?:ke\s*)?(?:IV|I{1,3}|[1-4])\b(?:,?\s+tahun)?\s+\d{4}"
WEEKDAY = r"(?:Senin|Selasa|Rabu|Kamis|Jum['’]?at|Sabtu|Minggu|Ahad)"
DATE = r"(?:\d{1,2}\s+[A-Za-z]+\.?\s+\d{4}|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})"

_WORDED = re.compile(f"(?P<figure>{NUMBER})" + WORDS.format(name="words"), re.I)
_PERIOD = re.compile(
    r"\b(?:Triwulan|TW)\s*(?:ke\s*)?(?P<q>IV|I{1,3}|[1-4])\b(?:,?\s+tahun(?:\s+anggaran)?)?\s+(?P<y>\d{4})\b"
    r"(?!\s*(?:-|–|s\.?\s?d\.?|sampai)\s*\d{4})",
    re.I,
)
_DATE = re.compile(
    rf"(?<![\d/.-])(?:(?P<weekday>\b{WEEKDAY})\b,?\s*(?:\(|tanggal\s+)?)?(?P<date>{DATE})\b", re.I
)
_ARITH_CHARS = re.compile(r"[\d\s.,+\-−–×xX*/:÷()%]")
_TIMES = re.compile(r"(?<=[\d)%])\s*[xX]\s*(?=[\d(])")


class Span(Record):
    __slots__ = ("end", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end


def worded(text: str) -> list[tuple[Span, Span]]:
    """Every figure followed by its words in parentheses: (figure, words)."""
    out = []
    for m in _WORDED.finditer(text):
        figure = Span(m.group("figure").strip(), m.start("figure"), m.end("figure"))
        words = Span(" ".join(m.group("words").split()), m.start("words"), m.end("words"))
        out.append((figure, words))
    return out


def periods(text: str) -> list[tuple[Span, str, int]]:
    """Every quarter named with its year ("Triwulan II tahun 2022"): (span, quarter, year).
    A range of years ("Triwulan II periode 2018 s.d 2023") names no one period."""
    return [
        (Span(m.group(), m.start(), m.end()), m.group("q").upper(), int(m.group("y")))
        for m in _PERIOD.finditer(text)
    ]


def dates(text: str) -> list[tuple[Span, Span | None]]:
    """Every full date, with the weekday named just before it if any: (date, weekday)."""
    out = []
    for m in _DATE.finditer(text):
        day = Span(m.group("date"), m.start("date"), m.end("date"))
        weekday = (
            Span(m.group("weekday"), m.start("weekday"), m.end("weekday")) if m.group("weekday") else None
        )
        out.append((day, weekday))
    return out


def arithmetic(text: str) -> list[list[Span]]:
    """Chains of written arithmetic, "a = b = c": each member as printed, in order. Members
    run over digits, operators and parentheses only, so "P_{t-1}" ends one."""
    chains: list[list[Span]] = []
    chain: list[Span] = []
    for eq in (m.start() for m in re.finditer("=", text)):
        left = _operand_before(text, eq)
        right = _operand_after(text, eq + 1)
        if left is None or right is None:
            if len(chain) > 1:
                chains.append(chain)
            chain = []
            continue
        if chain and (chain[-1].start, chain[-1].end) == (left.start, left.end):
            chain.append(right)
        else:
            if len(chain) > 1:
                chains.append(chain)
            chain = [left, right]
    if len(chain) > 1:
        chains.append(chain)
    return chains


def _operand_before(text: str, i: int) -> Span | None:
    j = i
    while j > 0 and _ARITH_CHARS.fullmatch(text[j - 1]):
        j -= 1
    return _operand(text, j, i)


def _operand_after(text: str, i: int) -> Span | None:
    j = i
    while j < len(text) and _ARITH_CHARS.fullmatch(text[j]):
        j += 1
    return _operand(text, i, j)


def _operand(text: str, start: int, end: int) -> Span | None:
    raw = text[start:end]
    stripped = raw.strip(" ,.")
    if not stripped or not re.search(r"\d", stripped):
        return None
    # "x" is a multiplication only between a figure (or a parenthesis) and the next.
    if "x" in _TIMES.sub("×", stripped).lower():
        return None
    if stripped.count("(") != stripped.count(")"):
        return None
    lead = raw.index(stripped[0])
    return Span(stripped, start + lead, start + lead + len(stripped))
