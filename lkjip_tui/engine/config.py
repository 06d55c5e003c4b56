"""The settings of a run: defaults, a configuration file, the command line, and where each came from.

The configuration is `[tool.lkjip]` in a `pyproject.toml` or the top level of
a `lkjip.toml` (which wins in the same directory), found by walking up from
the checked paths. Paths in it (rules directories, patterns, waivers' files)
are relative to its directory. Flags override it. An unknown key is an error
with its position and a did-you-mean, like any other unusable input.

    [tool.lkjip]
    rules = ["katalog"]
    select = ["LKJ1", "LKJ3"]
    ignore = ["LKJ504"]
    per-file-ignores = { "arsip/**" = ["LKJ4"] }
    lang = "en"
    output-format = "sarif"
    exclude = ["draf/**"]
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from lkjip_tui.engine.selection import PathIgnore, unknown_selector
from lkjip_tui.engine.waivers import WAIVER, read_waivers
from lkjip_tui.model.schema import Boolean, Integer, ListOf, MapOf, Node, Obj, Text, TomlReader
from lkjip_tui.model.source import SourceError, TomlDoc, load_toml
from lkjip_tui.values.record import Record

FILES = ("lkjip.toml", "pyproject.toml")
SEVERITY_LEVELS = ("error", "warning", "info")  # a threshold reports these and the ones before
LANGS = ("id", "en")

# Every key, its default and its kind. Order is the order `lkjip config` prints.
DEFAULTS: dict[str, Any] = {
    "rules": [],
    "select": None,
    "extend-select": [],
    "ignore": [],
    "per-file-ignores": {},
    "severity": "info",
    "lang": "id",
    "jobs": 0,
    "output-format": "text",
    "include": [],
    "exclude": [],
    "cache": True,
    "waiver": [],
}
_CODES = ("select", "extend-select", "ignore")
MAX_JOBS = 256


class Setting(Record):
    __slots__ = ("source", "value")

    def __init__(self, value: Any, source: str) -> None:
        self.value = value
        self.source = source  # "default", "pyproject.toml:12", "--select", "GITHUB_ACTIONS"


class Settings:
    """The effective settings, each with where it came from."""

    def __init__(self, file: Path | None = None, base: Path | None = None) -> None:
        self.file = file  # the configuration file read, if any
        self.base = base if base is not None else Path.cwd()  # what its paths are relative to
        self.doc: TomlDoc | None = None
        self.prefix: tuple[str, ...] = ()  # where the settings stand in the file
        self.values = {k: Setting(v, "default") for k, v in DEFAULTS.items()}

    def __getitem__(self, key: str) -> Any:
        return self.values[key].value

    def set(self, key: str, value: Any, source: str) -> None:
        self.values[key] = Setting(value, source)

    def rules_dirs(self) -> list[Path]:
        return [p if p.is_absolute() else self.base / p for p in map(Path, self["rules"])]

    def path_ignores(self) -> list[PathIgnore]:
        return [PathIgnore(pattern, self.base, codes) for pattern, codes in self["per-file-ignores"].items()]


def find_config(paths: Sequence[Path]) -> Path | None:
    """The configuration that applies to the paths: the nearest one above their common directory."""
    start = common_dir(paths)
    for d in (start, *start.parents):
        own = d / "lkjip.toml"
        if own.is_file():
            return own
        project = d / "pyproject.toml"
        if project.is_file() and _has_section(project):
            return project
    return None


def common_dir(paths: Sequence[Path]) -> Path:
    if not paths:
        return Path.cwd()
    resolved = [p.resolve() for p in paths]
    dirs = [p if p.is_dir() else p.parent for p in resolved]
    try:
        return Path(os.path.commonpath([str(d) for d in dirs]))
    except ValueError:  # different drives
        return dirs[0]


def _has_section(pyproject: Path) -> bool:
    try:
        text = pyproject.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return "[tool.lkjip" in text  # a cheap look first; read() then parses and validates


def config_schema(formats: Iterable[str]) -> Obj:
    """The configuration's format (the output formats are the output layer's, passed in)."""
    texts = ListOf(Text())
    codes = ListOf(Text(), doc="rule codes or prefixes: LKJ1, LKJ304")
    return Obj(
        {
            "rules": ListOf(Text(), doc="extra rules directories, searched first"),
            "select": codes,
            "extend-select": codes,
            "ignore": codes,
            "per-file-ignores": MapOf(codes, doc="a path pattern to the codes ignored there"),
            "severity": Text(choices=SEVERITY_LEVELS, doc="report findings of this severity and worse"),
            "lang": Text(choices=LANGS),
            "jobs": Integer(0, MAX_JOBS, doc="parallel processes; 0: one per core"),
            "output-format": Text(choices=tuple(formats)),
            "include": texts,
            "exclude": texts,
            "cache": Boolean(doc="keep results of unchanged files"),
            "waiver": ListOf(WAIVER),
        },
        doc="lkjip's settings",
    )


def read(file: Path, display: str, formats: Iterable[str]) -> Settings:
    """The settings in a configuration file, validated; SourceError on anything unusable."""
    doc = load_toml(file, display)
    settings = Settings(file, file.parent)
    settings.doc = doc
    data: Any = doc.data
    if file.name == "pyproject.toml":
        settings.prefix = ("tool", "lkjip")
        data = doc.data.get("tool", {}).get("lkjip", {})
    reader = TomlReader(doc)
    node = config_schema(formats).read(reader, (settings.prefix, data), settings.prefix)
    for key, value in node.value.items():
        if key in _CODES:
            for code in value.value:
                _code(doc, value, key, code.value)
        if key == "per-file-ignores":
            for pattern, codes in value.value.items():
                for code in codes.value:
                    _code(doc, codes, f"{key}.{pattern}", code.value)
        settings.set(key, _plain(doc, key, value, settings), f"{doc.file}:{value.key_line}")
    return settings


def _plain(doc: TomlDoc, key: str, node: Node, settings: Settings) -> Any:
    """A setting's value as the run uses it."""
    if key == "waiver":
        return read_waivers(doc, node, settings.base.resolve())
    if key == "per-file-ignores":
        return {p: [c.value.upper() for c in codes.value] for p, codes in node.value.items()}
    if isinstance(node.value, list):
        return [item.value for item in node.value]
    return node.value


def _code(doc: TomlDoc, node: Node, key: str, code: str) -> None:
    bad, hint = unknown_selector(code)
    if bad:
        line, column = node.at
        raise SourceError(doc.file, line, column, "cli.unknown_selector", option=key, value=code, hint=hint)
