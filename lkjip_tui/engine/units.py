"""Whose rules a draft takes: its unit by the name the file or the cover prints, and, for a
unit with no rules of its own, the generic SAKIP catalogue with the report's own indicators.

A draft named "LKj TW II 2023 BP3MI Sumbar (draft v3).docx", or whose cover reads "BY :
BP3MI SUMATERA BARAT", is bp3mi-sumbar's when a rules file `bp3mi-sumbar/<year>.toml` is
found or one declares `name = "BP3MI Sumatera Barat"`: names are compared with case,
punctuation and the usual abbreviations of provinces (Sumbar, Jateng, …) ignored. Only
looked for when the unit's slug has no rules, so a well-named draft costs nothing more.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from lkjip_tui.engine import discover
from lkjip_tui.model.source import SourceError, load_toml

GENERIC = "sakip"  # the shipped catalogue of the standard report (rules/sakip)

# Abbreviations of provinces and regions as unit names print them.
_ABBREVIATIONS = {
    "sumut": "sumatera utara",
    "sumbar": "sumatera barat",
    "sumsel": "sumatera selatan",
    "jabar": "jawa barat",
    "jateng": "jawa tengah",
    "jatim": "jawa timur",
    "kalbar": "kalimantan barat",
    "kalteng": "kalimantan tengah",
    "kalsel": "kalimantan selatan",
    "kaltim": "kalimantan timur",
    "kaltara": "kalimantan utara",
    "sulut": "sulawesi utara",
    "sulteng": "sulawesi tengah",
    "sulsel": "sulawesi selatan",
    "sultra": "sulawesi tenggara",
    "sulbar": "sulawesi barat",
    "ntb": "nusa tenggara barat",
    "ntt": "nusa tenggara timur",
    "diy": "daerah istimewa yogyakarta",
    "babel": "kepulauan bangka belitung",
    "kepri": "kepulauan riau",
    "malut": "maluku utara",
    "kab": "kabupaten",
    "pemkab": "pemerintah kabupaten",
    "pemkot": "pemerintah kota",
    "pemprov": "pemerintah provinsi",
    "prov": "provinsi",
}
_WORD = re.compile(r"[0-9a-z]+")


def normal(name: str) -> str:
    """A unit's name compared: lower case, words only, abbreviations spelled out."""
    return " ".join(_ABBREVIATIONS.get(w, w) for w in _WORD.findall(name.lower()))


def known_units(roots: list[Path], year: int) -> list[tuple[str, str, Path]]:
    """(unit, name, rules file) of every unit-year file of this year on the roots."""
    out = []
    for root in discover._all_roots(roots):
        for f in sorted(root.glob(f"*/{year}.toml")):
            try:
                top = load_toml(f, str(f)).data
            except SourceError:
                continue  # a broken unit file is reported when it is the one loaded
            unit, name = top.get("unit"), top.get("name")
            if isinstance(unit, str) and "extends" in top:
                out.append((unit, name if isinstance(name, str) else "", f))
    return out


def by_name(names: tuple[str, ...], roots: list[Path], year: int) -> Path | None:
    """The rules file of the one unit the texts name (its name, or its slug as words)."""
    found: dict[Path, str] = {}
    texts = [f" {normal(t)} " for t in names if t.strip()]
    for unit, name, f in known_units(roots, year):
        # The unit's slug or name as the whole text ("BP3MI Sumbar"), or its full name inside a
        # cover's line ("LAPORAN KINERJA BP3MI SUMATERA BARAT"); "PA Contoh" is not "contoh".
        exact = {normal(n) for n in (name, unit.replace("-", " ")) if n}
        inside = f" {normal(name)} " if len(normal(name).split()) >= 2 else None
        if any(t.strip() in exact or (inside is not None and inside in t) for t in texts):
            found[f] = unit
    return next(iter(found)) if len(found) == 1 else None


def rules_for(
    unit: str, year: int, names: tuple[str, ...], roots: list[Path], find: Callable[[], Path]
) -> Path | None:
    """A draft's rules file: its unit's, found by its slug (`find`) or by the name it prints;
    None when no unit the catalogues know is named (the generic catalogue then checks it)."""
    try:
        return find()
    except SourceError:
        return by_name(names, roots, year)
