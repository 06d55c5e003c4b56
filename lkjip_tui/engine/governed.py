"""The reports a change of a TOML file may give another verdict: for pre-commit's
`lkjip-governed` hook (`lkjip check --governed FILE.toml …`).

A commit that changes only a catalogue, a unit's targets or a waivers file
passes no data file to a hook that takes YAML, yet changes what `lkjip check`
finds. Given the TOML files changed, this finds the data files and drafts below
the current directory that they govern: a waivers file the files of its
directory; a configuration (lkjip.toml, pyproject.toml) every file below it;
any other TOML the files whose rules were read from it (their unit-year rules
file or a catalogue file it draws on, as the results cache keys them), and the
files a waiver of it names. A file whose rules cannot be found is kept: the
check then says why.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path

from lkjip_tui import drafts
from lkjip_tui.engine import discover
from lkjip_tui.engine.check import Engine
from lkjip_tui.engine.config import FILES as CONFIG_FILES
from lkjip_tui.engine.waivers import FILE_NAME as WAIVERS
from lkjip_tui.engine.waivers import load_file
from lkjip_tui.model.data_file import read_header
from lkjip_tui.model.source import SourceError


def governed(
    changed: Iterable[Path], root: Path, engine: Engine, filters: discover.Filters | None = None
) -> list[Path]:
    """The lkjip files below `root` whose findings may change with the `changed` TOML files."""
    tomls = {p.resolve() for p in changed if p.suffix == ".toml"}
    if not tomls:
        return []
    candidates = discover.data_files(root, filters)
    whole = [t.parent for t in tomls if t.name in CONFIG_FILES]
    waiver_dirs = {t.parent for t in tomls if t.name == WAIVERS}
    named: set[Path] = set()  # data files a changed waivers file's waivers name
    for t in tomls:
        if t.name == WAIVERS and t.is_file():
            with contextlib.suppress(SourceError):  # the check reads it again and says what is wrong
                named |= {w.target for w in load_file(t, discover.display(t))}
    out = []
    for path in candidates:
        here = path.resolve()
        if (
            here.parent in waiver_dirs
            or here in named
            or any(d in here.parents for d in whole)
            or _rules_changed(engine, path, tomls)
        ):
            out.append(path)
    return out


def _rules_changed(engine: Engine, path: Path, tomls: set[Path]) -> bool:
    shown = discover.display(path)
    try:
        read_draft = drafts.reader(path)
        if read_draft is not None:
            draft = read_draft(path, shown)
            unit, year = draft.unit, draft.year
        else:
            header = read_header(path, shown)
            unit, year = header.unit, header.year
        rs = engine.ruleset_for(path, unit, year, (shown, 1, 1))
    except SourceError:
        return True  # unusable or its rules not found: the check says why
    files = [Path(f).resolve() for f in rs.files]
    if any(f in tomls for f in files):
        return True
    # A draft is also read through its catalogue's mapping (a `draft/` folder beside it).
    return read_draft is not None and any(files[0].parent in t.parents for t in tomls)
