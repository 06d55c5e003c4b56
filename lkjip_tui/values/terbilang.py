"""Indonesian numbers written in words ("terbilang").

Reports follow a figure with its words in parentheses, e.g. "142 (seratus empat puluh dua)".
The parser is strict on purpose: a malformed phrase raises instead of being guessed at, and a
well-formed but wrong phrase returns exactly what was written, so a mismatch with the figure
can be reported.
"""

from __future__ import annotations

import re
from decimal import Decimal

from lkjip_tui.values.record import Record

__all__ = ["LIMIT", "TerbilangError", "Words", "in_words", "parse_terbilang", "to_terbilang"]

# Words reach "sembilan ratus sembilan puluh sembilan triliun …": figures from
# seribu triliun up are written in ways reports do not agree on.
LIMIT = 10**15

_DIGITS = {
    "nol": 0,
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
}
_UNIT_NAMES = {v: k for k, v in _DIGITS.items()}
# Multipliers above a group of three digits; they must strictly decrease within a number.
_SCALES = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "milyar": 10**9, "triliun": 10**12}
# "se-" forms that stand for "satu <scale>" as a whole group.
_SE_SCALES = {"seribu": "ribu", "sejuta": "juta"}
_OTHER = {"seratus", "sepuluh", "sebelas", "belas", "puluh", "ratus", "koma"}
_SIGNS = {"minus", "negatif"}
_SUFFIXES = {"persen", "rupiah"}
_VOCAB = set(_DIGITS) | set(_SCALES) | set(_SE_SCALES) | _OTHER | _SIGNS | _SUFFIXES


class Words(Record):
    """A successfully parsed phrase."""

    __slots__ = ("currency", "percent", "value")

    def __init__(self, value: Decimal, percent: bool, currency: bool) -> None:
        self.value = value
        self.percent = percent
        self.currency = currency


class TerbilangError(ValueError):
    """A phrase that is not well-formed; ``word_index`` points at the offending word or is -1."""

    def __init__(self, reason: str, word_index: int = -1) -> None:
        super().__init__(reason)
        self.reason = reason
        self.word_index = word_index


def tokens(text: str) -> list[str]:
    """The words of a terbilang phrase as the parser sees them (lower case, no punctuation)."""
    s = text.strip()
    if s.startswith("(") and s.endswith(")"):
        s = s[1:-1]
    return [t for t in re.split(r"[\s,\-]+", s.lower()) if t]


class _Parser:
    """Recursive descent over the words; ``pos`` is the index of the next word."""

    def __init__(self, words: list[str], end: int, pos: int = 0) -> None:
        self.words = words
        self.end = end
        self.pos = pos

    def peek(self, ahead: int = 0) -> str | None:
        i = self.pos + ahead
        return self.words[i] if i < self.end else None

    def fail(self, reason: str) -> TerbilangError:
        return TerbilangError(reason, self.pos if self.pos < len(self.words) else -1)

    def unexpected(self) -> TerbilangError:
        word = self.words[self.pos]
        if self.pos == 0:
            return self.fail(f"'{word}' cannot start a number")
        return self.fail(f"'{word}' cannot follow '{self.words[self.pos - 1]}'")

    def digit(self, ahead: int = 0) -> int | None:
        """Value of a 1..9 word at ``pos + ahead`` (``nol`` is not a group digit)."""
        d = _DIGITS.get(self.peek(ahead) or "")
        return d if d else None

    def group(self) -> int:
        """Parse 1..999: [seratus | D ratus] [sepuluh | sebelas | D belas | D puluh [D] | D]."""
        start = self.pos
        value = 0
        if self.peek() == "seratus":
            value, self.pos = 100, self.pos + 1
        elif (d := self.digit()) and self.peek(1) == "ratus":
            value, self.pos = d * 100, self.pos + 2
        word = self.peek()
        if word == "sepuluh":
            value, self.pos = value + 10, self.pos + 1
        elif word == "sebelas":
            value, self.pos = value + 11, self.pos + 1
        elif d := self.digit():
            nxt = self.peek(1)
            if nxt == "belas":
                value, self.pos = value + 10 + d, self.pos + 2
            elif nxt == "puluh":
                value, self.pos = value + 10 * d, self.pos + 2
                if u := self.digit():
                    value, self.pos = value + u, self.pos + 1
            else:
                value, self.pos = value + d, self.pos + 1
        if self.pos == start:
            word = self.peek()
            if word is None:
                raise self.fail("a number is missing")
            if word in {"ratus", "puluh", "belas", *_SCALES}:
                raise self.fail(f"'{word}' needs a number before it")
            raise self.unexpected()
        return value

    def integer(self) -> int:
        """Parse a whole number: groups each followed by a strictly smaller scale word."""
        if self.peek() == "nol":
            self.pos += 1
            if self.peek() is not None:
                raise self.unexpected()
            return 0
        total = 0
        last_scale: str | None = None
        while self.peek() is not None:
            word = self.peek() or ""
            if word in _SE_SCALES:
                value, scale_word = 1, _SE_SCALES[word]
            else:
                value = self.group()
                scale_word = self.peek() or ""
                if scale_word not in _SCALES:
                    if self.peek() is not None:
                        raise self.unexpected()
                    return total + value
            if last_scale is not None and _SCALES[scale_word] >= _SCALES[last_scale]:
                culprit = self.words[self.pos]
                raise self.fail(f"'{culprit}' cannot follow '{last_scale}' (multipliers must decrease)")
            total += value * _SCALES[scale_word]
            last_scale = scale_word
            self.pos += 1
        if last_scale is None:
            raise self.fail("a number is missing")
        return total


def parse_terbilang(text: str) -> Words:
    """Parse Indonesian number words; raise :class:`TerbilangError` on anything malformed."""
    words = tokens(text)
    if not words:
        raise TerbilangError("no words")
    for i, w in enumerate(words):
        if w not in _VOCAB:
            raise TerbilangError(f"unknown word '{w}'", i)

    end = len(words)
    percent = currency = False
    while end > 0 and words[end - 1] in _SUFFIXES:
        w = words[end - 1]
        if (w == "persen" and percent) or (w == "rupiah" and currency):
            raise TerbilangError(f"'{w}' is repeated", end - 1)
        percent, currency = percent or w == "persen", currency or w == "rupiah"
        end -= 1

    start = 1 if words[0] in _SIGNS else 0
    for i in range(start, end):
        if words[i] in _SIGNS | _SUFFIXES:
            where = "the start" if words[i] in _SIGNS else "the end"
            raise TerbilangError(f"'{words[i]}' belongs at {where}", i)
    koma = words.index("koma", start, end) if "koma" in words[start:end] else end

    value = Decimal(_Parser(words, koma, start).integer())
    if koma < end:
        frac = words[koma + 1 : end]
        if not frac:
            raise TerbilangError("'koma' needs digits after it", koma)
        if "koma" in frac:
            raise TerbilangError("'koma' is repeated", koma + 1 + frac.index("koma"))
        if all(w in _DIGITS for w in frac):
            digits = "".join(str(_DIGITS[w]) for w in frac)
        else:
            # One whole number after koma: its decimal digits are taken literally (.34).
            digits = str(_Parser(words, end, koma + 1).integer())
        value = Decimal(f"{value}.{digits}")
    if start and value:  # no "-0" for "minus nol"
        value = -value
    return Words(value, percent, currency)


def _below_thousand(n: int) -> list[str]:
    hundreds, rest = divmod(n, 100)
    out = []
    if hundreds:
        out.append("seratus" if hundreds == 1 else f"{_UNIT_NAMES[hundreds]} ratus")
    if rest == 10:
        out.append("sepuluh")
    elif rest == 11:
        out.append("sebelas")
    elif 12 <= rest <= 19:
        out.append(f"{_UNIT_NAMES[rest - 10]} belas")
    else:
        tens, unit = divmod(rest, 10)
        if tens:
            out.append(f"{_UNIT_NAMES[tens]} puluh")
        if unit:
            out.append(_UNIT_NAMES[unit])
    return out


def to_terbilang(n: int) -> str:
    """Canonical words for ``n`` (|n| < LIMIT), e.g. 1000 -> "seribu", 11 -> "sebelas"."""
    if n < 0:
        return "minus " + to_terbilang(-n)
    if n == 0:
        return "nol"
    if n >= LIMIT:
        raise ValueError("number too large for terbilang (limit is below 10**15)")
    out: list[str] = []
    for scale, name in ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu")):
        g = n // scale % 1000
        if g == 1 and name == "ribu":
            out.append("seribu")
        elif g:
            out += [*_below_thousand(g), name]
    out += _below_thousand(n % 1000)
    return " ".join(out)


def in_words(value: Decimal, percent: bool = False, currency: bool = False) -> str:
    """A printed figure as terbilang, with its decimals, percent and rupiah."""
    whole, _, frac = f"{abs(value):f}".partition(".")
    words = ("minus " if value < 0 else "") + to_terbilang(int(whole))
    if frac:
        words += " koma " + " ".join(_UNIT_NAMES.get(int(d), "nol") for d in frac)
    return words + (" persen" if percent else "") + (" rupiah" if currency else "")
