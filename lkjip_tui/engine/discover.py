"""Finding files: the data files under a path, the rules that apply to a data
file, and the rules and sample data shipped with lkjip (inside the wheel, or
beside the package in a checkout).

Rules are looked for, in order: `--rules` directories; a `rules/` directory
beside the data or above it (a repository of reports); catalogues installed
as packages (the entry-point group `lkjip.catalogues`: each names a package
whose directory is laid out like `rules/`); the rules shipped with lkjip.
Installed catalogues are only looked up when the earlier places have none,
because listing entry points costs a cold check some 50 ms.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from lkjip_tui.model.source import SourceError

PACKAGE_DIR = Path(__file__).resolve().parent.parent  # lkjip_tui/
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


ENTRY_POINTS = "lkjip.catalogues"


def rules_roots(data_file: Path, extra: list[Path]) -> list[Path]:
    """The rules directories given or beside the data: --rules first, then a `rules/`
    directory in the data file's directory or any above it."""
    roots = list(extra)
    for parent in data_file.resolve().parents:
        candidate = parent / "rules"
        if candidate.is_dir():
            roots.append(candidate)
            break
    return list(dict.fromkeys(r.resolve() for r in roots))


@lru_cache(maxsize=1)
def installed_roots() -> tuple[Path, ...]:
    """The directories of catalogue packages installed under the `lkjip.catalogues` entry points."""
    from importlib.metadata import entry_points

    out = []
    for ep in entry_points(group=ENTRY_POINTS):
        try:
            spec = importlib.util.find_spec(ep.value.partition(":")[0])
        except (ImportError, ValueError):
            continue  # a broken plugin is skipped, never fatal
        if spec is not None and spec.submodule_search_locations:
            out.append(Path(next(iter(spec.submodule_search_locations))).resolve())
    return tuple(dict.fromkeys(out))


def _all_roots(roots: list[Path]) -> Iterator[Path]:
    """The given roots, then (only when asked for) installed catalogues and the shipped rules."""
    seen = set(roots)
    yield from roots
    for root in (*installed_roots(), shipped("rules").resolve()):
        if root not in seen:
            seen.add(root)
            yield root


def find_rules(unit: str, year: int, roots: list[Path], where: tuple[str, int, int]) -> Path:
    """The unit-year rules file, e.g. rules/bp3mi-sumbar/2023.toml."""
    searched = []
    for root in _all_roots(roots):
        candidate = root / unit / f"{year}.toml"
        if candidate.is_file():
            return candidate
        searched.append(display(candidate))
    raise SourceError(
        where[0], where[1], where[2], "err.no_rules", unit=unit, year=year, searched=", ".join(searched)
    )


def find_catalogue(name: str, unit_file: Path, roots: list[Path]) -> Path:
    """The catalogue directory a unit file extends: next to it first, then on the roots."""
    searched = []
    for root in _all_roots([unit_file.parent.parent.resolve(), *roots]):
        candidate = root / name
        if candidate.is_dir() and any(candidate.glob("*.toml")):
            return candidate
        searched.append(display(candidate))
    raise SourceError(display(unit_file), 1, 1, "err.no_catalogue", name=name, where=", ".join(searched))
