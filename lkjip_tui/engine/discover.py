"""Finding files: the data files under a path, the rules that apply to a data
file, and the rules and sample data shipped with lkjip (inside the wheel, or
beside the package in a checkout).

A directory scan takes only lkjip's own files: data files, whose first key is
`lkjip:` (a `ci.yml` beside them is not a broken report), and drafts (any
file with a suffix in DRAFT_SUFFIXES). It honours `.gitignore` files (from
the repository's root down), skips hidden directories, and applies the
configuration's `include`/`exclude` patterns (gitignore style, relative to
the configuration's directory). A file named on the command line is always
checked, unless `force_exclude` applies the same filters to it (pre-commit
passes every changed YAML file).

Rules are looked for, in order: `--rules` directories; a `rules/` directory
beside the data or above it (a repository of reports); catalogues installed
as packages (the entry-point group `lkjip.catalogues`: each names a package
whose directory is laid out like `rules/`); the rules shipped with lkjip.
Installed catalogues are only looked up when the earlier places have none,
because listing entry points costs a cold check some 50 ms.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from lkjip_tui.model.source import SourceError

PACKAGE_DIR = Path(__file__).resolve().parent.parent  # lkjip_tui/
DATA_SUFFIXES = (".yaml", ".yml")
# Suffixes of report drafts a directory scan takes, kept here once. Word drafts are scanned too; a .txt in a folder of reports is more likely a note, or the
# text export of a draft already transcribed beside it (give it by name to check it).
DRAFT_SUFFIXES: tuple[str, ...] = (".docx", ".pdf")
SAMPLE = Path("bp3mi-sumbar") / "2023-tw2.yaml"
# A data file's first key names the format: `lkjip: 1`.
_MARKER = re.compile(r"lkjip\s*:")
_HEAD_BYTES = 4096
_SKIP_DIRS = frozenset({"__pycache__", "node_modules"})


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


def is_data_file(path: Path) -> bool:
    """Whether a YAML file is an lkjip data file: its first key (after comments) is `lkjip`."""
    try:
        with open(path, "rb") as f:
            head = f.read(_HEAD_BYTES).decode("utf-8", "replace")
    except OSError:
        return False
    return is_data_text(head)


def is_data_text(head: str) -> bool:
    """Whether YAML text (its start is enough) is an lkjip data file's: first key `lkjip`."""
    for line in head.removeprefix("\ufeff").splitlines():
        text = line.strip()
        if not text or text.startswith("#") or text == "---" or text.startswith("%"):
            continue
        return _MARKER.match(text) is not None
    return False


def is_lkjip_file(path: Path) -> bool:
    return path.suffix in DRAFT_SUFFIXES or (path.suffix in DATA_SUFFIXES and is_data_file(path))


class Filters:
    """The `include`/`exclude` patterns of a configuration and the `.gitignore` files met."""

    def __init__(
        self, include: Sequence[str] = (), exclude: Sequence[str] = (), base: Path | None = None
    ) -> None:
        self.base = (base or Path.cwd()).resolve()
        self.include = _spec(include)
        self.exclude = _spec(exclude)
        self._gitignores: dict[Path, Any] = {}

    def _rel(self, path: Path, base: Path, is_dir: bool) -> str | None:
        try:
            rel = path.relative_to(base).as_posix()
        except ValueError:
            return None
        return rel + "/" if is_dir else rel

    def _gitignore(self, folder: Path) -> Any:
        if folder not in self._gitignores:
            lines: list[str] = []
            for name in (".gitignore", ".git/info/exclude"):
                with contextlib.suppress(OSError):
                    lines += (folder / name).read_text("utf-8", "replace").splitlines()
            self._gitignores[folder] = _spec(lines)
        return self._gitignores[folder]

    def ignored(self, path: Path, is_dir: bool) -> bool:
        """Whether a path (resolved) is excluded: by the configuration, or by git."""
        rel = self._rel(path, self.base, is_dir)
        if rel is not None and self.exclude is not None and self.exclude.match_file(rel):
            return True
        for folder in _repo_folders(path):  # the deepest .gitignore that says anything decides
            spec = self._gitignore(folder)
            if spec is not None:
                result = spec.check_file(self._rel(path, folder, is_dir)).include
                if result is not None:
                    return bool(result)
        return False

    def included(self, path: Path) -> bool:
        if self.include is None:
            return True
        rel = self._rel(path, self.base, False)
        return rel is not None and bool(self.include.match_file(rel))

    def take(self, path: Path) -> bool:
        """A file a scan takes: lkjip's own, included, and not ignored."""
        resolved = path.resolve()
        return (
            path.is_file()
            and is_lkjip_file(path)
            and self.included(resolved)
            and not self.ignored(resolved, False)
        )


def _spec(lines: Iterable[str]) -> Any:
    lines = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not lines:
        return None
    import pathspec  # gitignore semantics, only when there are patterns to match

    return pathspec.GitIgnoreSpec.from_lines(lines)


@lru_cache(maxsize=4096)
def _repo_root(folder: Path) -> Path | None:
    for d in (folder, *folder.parents):
        if (d / ".git").exists():
            return d
    return None


def _repo_folders(path: Path) -> list[Path]:
    """The folders whose .gitignore applies to a path: from its own folder up to the repository's root."""
    folder = path.parent
    root = _repo_root(folder)
    if root is None:
        return [folder]
    out = []
    for d in (folder, *folder.parents):
        out.append(d)
        if d == root:
            break
    return out


def data_files(path: Path, filters: Filters | None = None, force_exclude: bool = False) -> list[Path]:
    """A file as given, or every lkjip file below a directory, in a stable order."""
    filters = filters or Filters()
    if not path.is_dir():
        return [path] if not force_exclude or filters.take(path) else []
    out = []
    for folder, dirs, names in os.walk(path):
        here = Path(folder)
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".")
            and d not in _SKIP_DIRS
            and not filters.ignored((here / d).resolve(), True)
        )
        for name in names:
            p = here / name
            if (p.suffix in DATA_SUFFIXES or p.suffix in DRAFT_SUFFIXES) and filters.take(p):
                out.append(p)
    return sorted(out)


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
        if candidate.exists() and not candidate.is_dir():  # a FIFO: not read, and not passed over
            raise SourceError(display(candidate), 0, 0, "err.not_regular")
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
    where = ", ".join(dict.fromkeys(searched))  # a root found two ways is said once
    raise SourceError(display(unit_file), 1, 1, "err.no_catalogue", name=name, where=where)
