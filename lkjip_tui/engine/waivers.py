"""Waivers: findings an auditor accepted knowingly, with why, who, and until when.

A waiver stands in a `lkjip-waivers.toml` beside the data files, or in the
configuration (`[[tool.lkjip.waiver]]`); `file` is relative to the file the
waiver stands in:

    [[waiver]]
    code = "LKJ304"
    file = "2023-tw2.yaml"
    table = "pengukuran"        # the place: any of table (name or "Tabel 7"), row, field …
    row = "IKU1"
    field = "realisasi"
    # fingerprint = "3f0c9a7d1b2e4f60"   # … or the finding's fingerprint
    justification = "Realisasi 300 mengikuti PK revisi; disetujui Inspektorat"
    by = "Inspektorat — A. Rahman"
    expires = 2024-06-30        # optional

A waived finding is still reported, marked with its waiver, and does not fail
the run. A waiver that matches no finding of its file (LKJ001) or has expired
(LKJ002, and the finding counts again) is itself a finding, so waivers never
outlive what they were written for. `write_waiver` adds one for a finding,
keeping the file's comments and layout (tomlkit), written atomically.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from lkjip_tui.model.findings import Finding, Waived
from lkjip_tui.model.schema import Date, Field, ListOf, Node, Obj, Text, TomlReader
from lkjip_tui.model.source import SourceError, TomlDoc, load_toml
from lkjip_tui.values.msg import Msg
from lkjip_tui.values.record import Record
from lkjip_tui.values.suggest import did_you_mean

if TYPE_CHECKING:
    from filelock import FileLock

FILE_NAME = "lkjip-waivers.toml"
LOCK_TIMEOUT = 30  # seconds a writer waits for another to finish: a write takes milliseconds
PLACE = ("table", "row", "field")


class Waiver(Record):
    __slots__ = (
        "by",
        "code",
        "column",
        "expires",
        "fingerprint",
        "justification",
        "line",
        "place",
        "source",
        "target",
    )

    def __init__(
        self,
        code: str,
        target: Path,
        place: dict[str, str],
        fingerprint: str,
        justification: str,
        by: str,
        expires: datetime.date | None,
        source: str,
        line: int,
        column: int,
    ) -> None:
        self.code = code
        self.target = target  # the data file it names, resolved
        self.place = place  # table / row / field it names
        self.fingerprint = fingerprint
        self.justification = justification
        self.by = by
        self.expires = expires
        self.source = source  # the waivers file, as shown
        self.line = line
        self.column = column

    def expired(self, today: datetime.date) -> bool:
        return self.expires is not None and self.expires < today

    def matches(self, f: Finding) -> bool:
        if f.code != self.code:
            return False
        if self.fingerprint:
            return f.fingerprint == self.fingerprint
        table = self.place.get("table")
        if table is not None and table not in (f.table, f.table_label):
            return False
        return all(self.place[k] == getattr(f, k) for k in ("row", "field") if k in self.place)

    def waived(self) -> Waived:
        expires = self.expires.isoformat() if self.expires else None
        return Waived(self.justification, self.by, expires, f"{self.source}:{self.line}")

    def describe(self) -> str:
        """The waiver's place as a reviewer reads it: file (table/row/field or fingerprint)."""
        where = "/".join(self.place[k] for k in PLACE if k in self.place) or self.fingerprint
        return f"{self.target.name} ({where})"


WAIVER = Obj(
    {
        "code": Field(Text(nonempty=True, doc="the rule code"), required=True),
        "file": Field(Text(nonempty=True, doc="the data file, relative to this file"), required=True),
        "table": Text(nonempty=True, doc='the table: its name or its label ("Tabel 7")'),
        "row": Text(nonempty=True),
        "field": Text(nonempty=True),
        "fingerprint": Text(nonempty=True, doc="or: the finding's fingerprint"),
        "justification": Field(Text(nonempty=True, doc="why the finding is accepted"), required=True),
        "by": Field(Text(nonempty=True, doc="who accepted it"), required=True),
        "expires": Date(doc="when the waiver stops applying"),
    },
    doc="a finding accepted knowingly",
)
WAIVERS_FILE = Obj({"waiver": ListOf(WAIVER)}, doc=f"A {FILE_NAME} file.")


def read_waivers(doc: TomlDoc, node: Node, base: Path) -> list[Waiver]:
    """The waivers of a read `waiver` array; SourceError with the position of anything wrong."""
    from lkjip_tui.engine.selection import known_codes

    out = []
    for w in node.value:
        v = w.value
        if "fingerprint" not in v and not any(k in v for k in PLACE):
            raise SourceError(doc.file, w.line, w.column, "err.waiver_place")
        code_node = v["code"]
        code = code_node.value.strip().upper()
        if code not in known_codes():
            hint = did_you_mean(code, known_codes())
            line, column = code_node.at
            raise SourceError(doc.file, line, column, "cli.unknown_code", code=code, hint=hint)
        expires = v.get("expires")
        out.append(
            Waiver(
                code,
                Path(os.path.normpath(base / w.text("file"))),
                {k: v[k].value for k in PLACE if k in v},
                w.text("fingerprint"),
                w.text("justification").strip(),
                w.text("by").strip(),
                expires.value if expires is not None else None,
                doc.file,
                w.line,
                w.column,
            )
        )
    return out


def load_file(path: Path, display: str) -> list[Waiver]:
    doc = load_toml(path, display)
    reader = TomlReader(doc)
    top = WAIVERS_FILE.read(reader, reader.root(), ())
    waivers = top.get("waiver")
    return read_waivers(doc, waivers, path.parent.resolve()) if waivers is not None else []


def apply(
    findings: list[Finding], waivers: Iterable[Waiver], data_file: Path, today: datetime.date
) -> list[Finding]:
    """Mark the findings the waivers of `data_file` accept; return LKJ001/LKJ002 for the waivers
    that match nothing or have expired."""
    own = [w for w in waivers if w.target == data_file]
    out: list[Finding] = []
    for w in own:
        if w.expired(today):
            out.append(
                _about(w, "LKJ002", "find.waiver_expired", expires=w.expires.isoformat() if w.expires else "")
            )
            continue
        used = False
        for f in findings:
            if f.waiver is None and w.matches(f):
                f.waiver = w.waived()
                used = True
        if not used:
            out.append(_about(w, "LKJ001", "find.waiver_unused"))
    return out


def missing_targets(waivers: Iterable[Waiver]) -> list[Finding]:
    """LKJ001 for waivers naming a file that does not exist: nothing can ever match them."""
    return [_about(w, "LKJ001", "find.waiver_no_file") for w in waivers if not w.target.is_file()]


def _about(w: Waiver, code: str, key: str, **args: object) -> Finding:
    from lkjip_tui.checks import rule_by_code

    rule = rule_by_code(code)
    severity = rule.meta.severity if rule is not None else "warning"
    msg = Msg(key, {"code": w.code, "where": w.describe(), **args})
    return Finding(code, severity, msg, w.source, w.line, w.column, rule=f"{w.source}:{w.line}")


# ------------------------------------------------------------------ writing


def write_waiver(
    finding: Finding,
    data_file: Path,
    justification: str,
    by: str,
    expires: datetime.date | None = None,
    by_fingerprint: bool = False,
) -> Path:
    """Accept `finding` (of `data_file`): add a waiver to the `lkjip-waivers.toml` beside the
    data file, creating it if needed. Comments and layout of an existing file are kept; the
    write is atomic (model.files.write_atomic). Returns the waivers file.

    The waiver names the finding's place (table, row, field), or its fingerprint when
    `by_fingerprint` is set or the finding has no place. Raises ValueError for an empty
    justification or name, SourceError when the existing waivers file is unusable, and
    OSError (ReadOnlyFile …, or TimeoutError when another writer holds the file's lock past
    LOCK_TIMEOUT seconds) when it cannot be written."""
    if not justification.strip() or not by.strip():
        raise ValueError("a waiver needs a justification and who accepted it")
    path = data_file.parent / FILE_NAME
    # Read, add and write under one lock: two writers at once (the TUI and a script) would
    # otherwise each add to the file as it was, and the later rename would drop the first's.
    with lock_for(path):
        return _add_waiver(path, finding, data_file, justification, by, expires, by_fingerprint)


def misnamed(directory: Path) -> list[Path]:
    """Files beside reports named like a waivers file but not it (`lkjip-waiver.toml`,
    `lkjip_waivers.yaml`): lkjip never reads them, so their waivers would silently not apply."""
    stem = Path(FILE_NAME).stem
    try:
        names = [e.name for e in os.scandir(directory) if e.is_file()]
    except OSError:
        return []
    return [
        directory / name
        for name in sorted(names)
        if name != FILE_NAME
        and Path(name).suffix.lower() in (".toml", ".yaml", ".yml")
        and did_you_mean(Path(name).stem.lower(), [stem], cutoff=85)
    ]


def lock_for(path: Path) -> FileLock:
    """The lock every writer of a waivers file takes (a `.lock` file beside it)."""
    from filelock import FileLock

    return FileLock(path.with_name(f".{path.name}.lock"), timeout=LOCK_TIMEOUT)


def _add_waiver(
    path: Path,
    finding: Finding,
    data_file: Path,
    justification: str,
    by: str,
    expires: datetime.date | None,
    by_fingerprint: bool,
) -> Path:
    import tomlkit

    from lkjip_tui.model.files import write_atomic

    if path.exists():
        from lkjip_tui.model.source import read_text

        text = read_text(path, str(path))
        load_file(path, str(path))  # refuse to add to a file we could not read back
        doc = tomlkit.parse(text)
    else:
        doc = tomlkit.document()
        doc.add(tomlkit.comment("Temuan yang diterima dengan sadar, dengan alasannya (lkjip waivers)."))
        doc.add(tomlkit.nl())
    entry = tomlkit.table()
    entry["code"] = finding.code
    entry["file"] = data_file.name
    place = {k: getattr(finding, k) for k in PLACE if getattr(finding, k)}
    if by_fingerprint or not place:
        entry["fingerprint"] = finding.fingerprint
    else:
        for k, v in place.items():
            entry[k] = v
    entry["justification"] = justification.strip()
    entry["by"] = by.strip()
    if expires is not None:
        entry["expires"] = expires
    existing = doc.get("waiver")
    if existing is None:
        aot = tomlkit.aot()
        aot.append(entry)
        doc["waiver"] = aot
    elif isinstance(existing, tomlkit.items.AoT):
        if len(existing):
            existing[-1].add(tomlkit.nl())
        existing.append(entry)
    else:  # `waiver = [{…}]`, written inline: stay inline
        inline = tomlkit.inline_table()
        inline.update(entry.unwrap())
        existing.append(inline)
    text = tomlkit.dumps(doc)
    _loads_toml(text)  # never write a file that would not read back
    return write_atomic(path, text)


def _loads_toml(text: str) -> None:
    import sys

    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib  # type: ignore[no-redef,import-not-found,unused-ignore]
    tomllib.loads(text)
