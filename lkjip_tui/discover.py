"""Finding files: the data files under a path, the rules that apply to a data
file, and the rules and sample data shipped with lkjip (inside the wheel, or
beside the package in a checkout)."""

from __future__ import annotations

import os
from pathlib import Path

from lkjip_tui.source import SourceError

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_SUFFIXES = (".yaml", ".yml")
SAMPLE = Path("bp3mi-sumbar") / "2023-tw2.yaml"


def shipped(name: str) -> Path:
    """The shipped `rules` or `data` directory: bundled in the wheel, or the checkout's."""
    bundled = PACKAGE_DIR / "_bundled" / name
    return bundled if bundled.is_dir() else PACKAGE_DIR.parent / name


def sample_file() -> Path:
    return shipped("data") / SAMPLE


def display(path: Path) -> str:
    """A path as users typed it: relative to the working directory when below it."""
    try:
        rel = os.path.relpath(path)
        return str(path) if rel == ".." or rel.startswith(".." + os.sep) else rel
    except ValueError:  # another drive on Windows
        return str(path)


def data_files(path: Path) -> list[Path]:
    """A file as given, or every data file below a directory, in a stable order."""
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.suffix in DATA_SUFFIXES and p.is_file())
    return [path]


def rules_roots(data_file: Path, extra: list[Path]) -> list[Path]:
    """Where rules are looked for: --rules first, then a `rules/` directory in the data
    file's directory or any above it (a repository of reports), then the shipped rules."""
    roots = list(extra)
    for parent in data_file.resolve().parents:
        candidate = parent / "rules"
        if candidate.is_dir():
            roots.append(candidate)
            break
    roots.append(shipped("rules"))
    return list(dict.fromkeys(r.resolve() for r in roots))


def find_rules(unit: str, year: int, roots: list[Path], where: tuple[str, int, int]) -> Path:
    """The unit-year rules file, e.g. rules/bp3mi-sumbar/2023.toml."""
    for root in roots:
        candidate = root / unit / f"{year}.toml"
        if candidate.is_file():
            return candidate
    searched = ", ".join(display(r / unit / f"{year}.toml") for r in roots)
    raise SourceError(where[0], where[1], where[2], "err.no_rules", unit=unit, year=year, searched=searched)


def find_catalogue(name: str, unit_file: Path, roots: list[Path]) -> Path:
    """The catalogue directory a unit file extends: next to it first, then on the roots."""
    for root in [unit_file.parent.parent, *roots]:
        candidate = root / name
        if candidate.is_dir() and any(candidate.glob("*.toml")):
            return candidate
    where = ", ".join(display(r / name) for r in [unit_file.parent.parent, *roots])
    raise SourceError(display(unit_file), 1, 1, "err.no_catalogue", name=name, where=where)
