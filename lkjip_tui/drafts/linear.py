"""Regular expressions that run in time linear in the text: a draft mapping's patterns.

A mapping's patterns are written by whoever maintains a catalogue and run over
every paragraph and cell of a draft; with Python's backtracking engine one
careless pattern (`Pagu (\\w+\\s?)+: {pagu}`), or an innocent one over a run of
spaces (`pemulangan .*? adalah`), takes minutes or never finishes. RE2 (through
its maintained binding, google-re2) guarantees linear time; what it cannot run
(look-around, back-references) is refused when the mapping is read.

RE2 has no look-behind, so the one our placeholders need — a figure does not
start inside a word or another number ("BP3MI", "2.445") — is checked on each
match instead (`guarded` groups).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import re2  # type: ignore[import-untyped]

_OPTIONS = re2.Options()
_OPTIONS.case_sensitive = False
_OPTIONS.log_errors = False  # a refused pattern is our error message, not a line on stderr
# Word breaks in drafts are often no-break or other Unicode spaces, and RE2's \s is ASCII
# only: the text is matched with them read as spaces (one character for one: offsets hold).
_SPACES = str.maketrans(
    dict.fromkeys(
        [
            0x1C,
            0x1D,
            0x1E,
            0x1F,
            0x85,
            0xA0,
            0x1680,
            *range(0x2000, 0x200B),
            0x2028,
            0x2029,
            0x202F,
            0x205F,
            0x3000,
        ],
        " ",
    )
)
# Before a figure: not a letter, digit, full stop or comma (see prose.NUMBER).
_INSIDE = frozenset(".,_")
# Python's \Z (the end of the text) is RE2's \z.
_END = re.compile(r"(?<!\\)((?:\\\\)*)\\Z")
# A rejected figure retries the search this many times before giving up on the text.
_RETRIES = 16


class PatternError(Exception):
    """RE2 cannot compile (or run in linear time) a pattern; the message says why."""


class Match:
    """The part of `re.Match` the draft reader uses; groups are slices of the text as given."""

    __slots__ = ("_index", "_m", "_text")

    def __init__(self, m: object, index: dict[str, int], text: str) -> None:
        self._m = m
        self._index = index
        self._text = text

    def _g(self, g: int | str) -> int:
        return self._index[g] if isinstance(g, str) else g

    def start(self, g: int | str = 0) -> int:
        out: int = self._m.start(self._g(g))  # type: ignore[attr-defined]
        return out

    def end(self, g: int | str = 0) -> int:
        out: int = self._m.end(self._g(g))  # type: ignore[attr-defined]
        return out

    def group(self, g: int | str = 0) -> str | Any:  # as typeshed types re.Match.group
        start = self.start(g)
        return None if start < 0 else self._text[start : self.end(g)]

    def groupdict(self) -> dict[str, str | Any]:
        return {name: self.group(i) for name, i in self._index.items()}


class Linear:
    """A compiled pattern (case-insensitive) with the `re.Pattern` methods the reader calls."""

    __slots__ = ("_guarded", "_index", "_re", "pattern")

    def __init__(self, pattern: str, guarded: tuple[str, ...] = ()) -> None:
        try:
            self._re = re2.compile(_END.sub(r"\1\\z", pattern), _OPTIONS)
        except re2.error as e:
            problem = e.args[0] if e.args else e
            raise PatternError(problem.decode() if isinstance(problem, bytes) else str(problem)) from None
        self.pattern = pattern
        self._index: dict[str, int] = dict(self._re.groupindex)
        self._guarded = tuple(self._index[g] for g in guarded)

    @staticmethod
    def _plain(text: str) -> str:
        return text if text.isascii() else text.translate(_SPACES)

    def _ok(self, m: object, text: str) -> bool:
        for g in self._guarded:
            start = m.start(g)  # type: ignore[attr-defined]
            if start > 0:
                before = text[start - 1]
                if before.isalnum() or before in _INSIDE:
                    return False
        return True

    def search(self, text: str, pos: int = 0) -> Match | None:
        plain = self._plain(text)
        for _ in range(_RETRIES):
            m = self._re.search(plain, pos)
            if m is None:
                return None
            if self._ok(m, text):
                return Match(m, self._index, text)
            pos = m.start() + 1
        return None

    def match(self, text: str) -> Match | None:
        m = self._re.match(self._plain(text))
        return Match(m, self._index, text) if m is not None and self._ok(m, text) else None

    def fullmatch(self, text: str) -> Match | None:
        m = self._re.fullmatch(self._plain(text))
        return Match(m, self._index, text) if m is not None and self._ok(m, text) else None

    def finditer(self, text: str) -> Iterator[Match]:
        for m in self._re.finditer(self._plain(text)):
            if self._ok(m, text):
                yield Match(m, self._index, text)

    def __repr__(self) -> str:
        return f"Linear({self.pattern!r})"
