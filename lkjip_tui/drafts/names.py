"""Keying a printed row to an id by the name it prints, with fuzzy matching (rapidfuzz).

Drafts spell names their own way: "Fasilitas" for "Fasilitasi", "PMI" for
"Pekerja Migran Indonesia", a long name cut short. A row is keyed only when
one name clearly wins: an exact match (after abbreviations are expanded and
case and punctuation ignored), or a fuzzy score at least the mapping's
threshold that beats every other id by at least its margin. Otherwise the
row is doubtful or unmatched, and the candidates are reported; never guessed.
The score is the edit similarity of the two names, or, for a catalogue name
cut short, how closely it stands inside the printed one.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, utils

from lkjip_tui.values.record import Record

_SPACED = re.compile(r"(?<!\w)\w(?: \w){2,}(?!\w)")


class Match(Record):
    __slots__ = ("candidates", "key")

    def __init__(self, key: str | None, candidates: tuple[tuple[str, int], ...]) -> None:
        self.key = key  # None: no clear winner
        self.candidates = candidates  # the best ids with their scores, best first


# A name at least this long may stand inside a longer printed one ("Penyediaan helpdesk dan
# fasilitasi pelayanan di bandara melalui kerjasama …"), scored a little below a full match.
CONTAINED_FROM = 10
CONTAINED = 0.95


def score(printed: str, name: str) -> int:
    """How well a printed name matches a catalogue name (both normalised), 0–100: the edit
    similarity of the two, or how closely the name stands inside a longer printed text. A
    printed text shorter than the name ("Sosialisasi") only scores its edit similarity."""
    s = fuzz.ratio(printed, name)
    if CONTAINED_FROM <= len(name) < len(printed):
        s = max(s, CONTAINED * fuzz.partial_ratio(name, printed))
    return round(s)


class Namer:
    """The ids a table's rows may name, each with the names it goes by."""

    def __init__(
        self, names: dict[str, list[str]], threshold: int, margin: int, abbreviations: dict[str, str]
    ) -> None:
        self.threshold = threshold
        self.margin = margin
        self._abbrev = [
            (re.compile(rf"(?<![\w]){re.escape(a)}(?![\w])"), full) for a, full in abbreviations.items()
        ]
        self._names = [(key, self.norm(n)) for key, ns in names.items() for n in ns]
        self._exact = {n: key for key, n in reversed(self._names)}
        self._seen: dict[str, Match] = {}  # the same name printed in several tables

    def norm(self, text: str) -> str:
        for pattern, full in self._abbrev:
            text = pattern.sub(full, text)
        # Letter-spaced capitals ("Q A T A R") are one word.
        text = _SPACED.sub(lambda m: m.group().replace(" ", ""), text)
        return " ".join(utils.default_process(text).split())

    def match(self, text: str) -> Match:
        if text not in self._seen:
            self._seen[text] = self._match(text)
        return self._seen[text]

    def _match(self, text: str) -> Match:
        printed = self.norm(text)
        if not printed:
            return Match(None, ())
        best: dict[str, int] = {}
        for key, name in self._names:
            best[key] = max(best.get(key, 0), score(printed, name))
        ranked = tuple(sorted(best.items(), key=lambda kv: -kv[1])[:3])
        if printed in self._exact:
            return Match(self._exact[printed], ranked)
        if not ranked or ranked[0][1] < self.threshold:
            return Match(None, ranked)
        if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < self.margin:
            return Match(None, ranked)
        return Match(ranked[0][0], ranked)
