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
from lkjip_tui.model.source import SourceError, TomlDoc, load_toml
from lkjip_tui.values.msg import Msg
from lkjip_tui.values.record import Record
from lkjip_tui.values.suggest import did_you_mean

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
_LISTS = ("rules", "select", "extend-select", "ignore", "include", "exclude")
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


def read(file: Path, display: str, formats: Iterable[str]) -> Settings:
    """The settings in a configuration file, validated; SourceError on anything unusable."""
    doc = load_toml(file, display)
    settings = Settings(file, file.parent)
    settings.doc = doc
    data: Any = doc.data
    if file.name == "pyproject.toml":
        settings.prefix = ("tool", "lkjip")
        data = doc.data.get("tool", {}).get("lkjip", {})
    section = "tool.lkjip" if settings.prefix else file.name
    if not isinstance(data, dict):
        _fail(doc, settings.prefix, "err.rule_type", key="tool.lkjip", expected=Msg("type.table"))
    formats = tuple(formats)
    for key, value in data.items():
        path = (*settings.prefix, key)
        if key not in DEFAULTS:
            _fail(
                doc, path, "err.rule_unknown_key", key=key, section=section, hint=did_you_mean(key, DEFAULTS)
            )
        settings.set(key, _value(doc, path, key, value, formats), _where(doc, path))
    return settings


def _where(doc: TomlDoc, path: tuple[str | int, ...]) -> str:
    return f"{doc.file}:{doc.pos(*path)[0]}"


def _fail(doc: TomlDoc, path: tuple[str | int, ...], key: str, /, **args: object) -> None:
    line, col = doc.pos(*path)
    raise SourceError(doc.file, line, col, key, **args)


def _value(doc: TomlDoc, path: tuple[str, ...], key: str, value: Any, formats: tuple[str, ...]) -> Any:
    def need(ok: bool, expected: str, **args: object) -> None:
        if not ok:
            _fail(doc, path, "err.rule_type", key=key, expected=Msg(expected, args))

    if key in _LISTS:
        need(isinstance(value, list) and all(isinstance(v, str) for v in value), "type.text_list")
        if key in _CODES:
            _codes(doc, path, key, value)
        return list(value)
    if key == "per-file-ignores":
        need(isinstance(value, dict), "type.pattern_codes")
        for pattern, codes in value.items():
            need(isinstance(codes, list) and all(isinstance(c, str) for c in codes), "type.pattern_codes")
            _codes(doc, (*path, pattern), f"{key}.{pattern}", codes)
        return {p: [c.upper() for c in cs] for p, cs in value.items()}
    if key == "cache":
        need(isinstance(value, bool), "type.bool")
        return value
    if key == "jobs":
        need(type(value) is int and 0 <= value <= MAX_JOBS, "type.whole_upto", max=MAX_JOBS)
        return value
    if key == "waiver":
        need(isinstance(value, list) and all(isinstance(v, dict) for v in value), "type.waivers")
        return value  # read by engine.waivers, which knows their shape
    choices = {"severity": SEVERITY_LEVELS, "lang": LANGS, "output-format": formats}[key]
    if value not in choices:
        hint = did_you_mean(str(value), choices)
        _fail(doc, path, "err.rule_choice", key=key, value=value, choices=", ".join(choices), hint=hint)
    return value


def _codes(doc: TomlDoc, path: tuple[str, ...], key: str, codes: list[str]) -> None:
    for code in codes:
        bad, hint = unknown_selector(code)
        if bad:
            _fail(doc, path, "cli.unknown_selector", option=key, value=code, hint=hint)
