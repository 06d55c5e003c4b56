"""The settings of a run: defaults, a configuration file, the command line, and where each came from.

The configuration is `[tool.lkjip]` in a `pyproject.toml` or the top level of
a `lkjip.toml` (which wins in the same directory), found by walking up from
the checked paths. Paths in it (rules directories, patterns, waivers' files)
are relative to its directory. Flags override it. An unknown key is an error
with its position and a did-you-mean, like any other unusable input; so is a
`rules` directory that does not exist. What is tolerated is said as a
warning (`Settings.warnings`, `find_config`'s `warn`): an empty `lkjip.toml`
(which still hides any configuration above it), a `pyproject.toml` section
close to `[tool.lkjip]` but not it, a path pattern whose directory does not
exist, and mistakes in lkjip's environment variables (`environment_warnings`).

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
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from lkjip_tui.engine.selection import PathIgnore, Selection, known_codes, unknown_selector
from lkjip_tui.engine.waivers import WAIVER, read_waivers
from lkjip_tui.model.files import read_regular
from lkjip_tui.model.schema import Boolean, Integer, ListOf, MapOf, Node, Obj, Text, TomlReader
from lkjip_tui.model.source import SourceError, TomlDoc, load_toml
from lkjip_tui.values import environment
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
_CODES = ("select", "extend-select", "ignore")
_PATTERNS = ("include", "exclude")
MAX_JOBS = 256
_GLOB = re.compile(r"[*?\[\\!]")  # a pattern component that is not a plain name


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
        # What the file gets wrong that is tolerated, each said as a warning (a SourceError's
        # place and message, never raised).
        self.warnings: list[SourceError] = []

    def __getitem__(self, key: str) -> Any:
        return self.values[key].value

    def set(self, key: str, value: Any, source: str) -> None:
        self.values[key] = Setting(value, source)

    def rules_dirs(self) -> list[Path]:
        return [p if p.is_absolute() else self.base / p for p in map(Path, self["rules"])]

    def path_ignores(self) -> list[PathIgnore]:
        return [PathIgnore(pattern, self.base, codes) for pattern, codes in self["per-file-ignores"].items()]


Warn = Callable[[SourceError], None]


def find_config(paths: Sequence[Path], warn: Warn | None = None) -> Path | None:
    """The configuration that applies to the paths: the nearest one above their common directory.
    A `pyproject.toml` passed over whose section looks like a misspelt `[tool.lkjip]`
    (`[tool.lkjp]`, `[tools.lkjip]`) is given to `warn`."""
    start = common_dir(paths)
    for d in (start, *start.parents):
        own = d / "lkjip.toml"
        if own.is_file():
            return own
        if own.exists() and not own.is_dir():  # a FIFO would block; skipping it would be a guess
            raise SourceError(_display(own), 0, 0, "err.not_regular")
        project = d / "pyproject.toml"
        if project.is_file():
            sections = _sections(project)
            if sections is None or "tool.lkjip" in sections:
                return project  # (when it is not TOML, reading it says where)
            if warn is not None:
                for found in filter(_misspelt, sections):
                    line = _line_of(project, found)
                    at = SourceError(
                        _display(project),
                        line,
                        1,
                        "cli.config_section_misspelt",
                        found=found,
                        hint="tool.lkjip",
                    )
                    warn(at)
    return None


def _misspelt(section: str) -> bool:
    """`tool.lkjp`, `tool.ljkip`, `tools.lkjip`: what was meant to be `tool.lkjip`. Only the
    tool's name is compared (`tool.black` shares `tool.` with it, and nothing else)."""
    head, _, name = section.partition(".")
    if head == "tool":
        return bool(did_you_mean(name, ["lkjip"], cutoff=70))
    return name == "lkjip"


def common_dir(paths: Sequence[Path]) -> Path:
    if not paths:
        return Path.cwd()
    resolved = [p.resolve() for p in paths]
    dirs = [p if p.is_dir() else p.parent for p in resolved]
    try:
        return Path(os.path.commonpath([str(d) for d in dirs]))
    except ValueError:  # different drives
        return dirs[0]


def _sections(pyproject: Path) -> tuple[str, ...] | None:
    """The tools' sections a pyproject.toml has (`tool.X` for `[tool.X]`, `tool.X.key = …`), and
    `K.lkjip` for any other table K that holds one; None when it mentions lkjip but is not
    valid TOML."""
    try:
        st = pyproject.stat()
    except OSError:
        return ()
    return _sections_of(str(pyproject), st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=64)  # a run looks for the configuration of each file it checks
def _sections_of(path: str, _mtime_ns: int, _size: int) -> tuple[str, ...] | None:
    try:
        text = read_regular(Path(path)).decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return ()
    if "tool" not in text and "lkjip" not in text:
        return ()
    try:
        data = load_toml(Path(path), path).data
    except SourceError:
        return None if "lkjip" in text else ()
    tool = data.get("tool")
    sections = [f"tool.{name}" for name in tool] if isinstance(tool, dict) else []
    others = [f"{k}.lkjip" for k, v in data.items() if k != "tool" and isinstance(v, dict) and "lkjip" in v]
    return tuple(sections + others)


def _blank(file: Path) -> bool:
    """Nothing but white space: saved empty, not a file of comments kept on purpose."""
    try:
        return not file.read_bytes().strip()
    except OSError:
        return False


def _line_of(file: Path, text: str) -> int:
    """The first line holding `text` (1 when none does): where a warning points."""
    try:
        with_lines = read_regular(file).decode("utf-8", "replace").splitlines()
    except OSError:
        return 1
    return next((i for i, line in enumerate(with_lines, start=1) if text in line), 1)


def _display(path: Path) -> str:
    from lkjip_tui.engine.discover import display

    return display(path)


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
        tool = doc.data.get("tool")
        if not isinstance(tool, dict) or "lkjip" not in tool:
            settings.warnings.append(SourceError(doc.file, 1, 1, "cli.config_no_section"))
        data = tool.get("lkjip", {}) if isinstance(tool, dict) else {}
    elif not doc.data and _blank(file):
        settings.warnings.append(SourceError(doc.file, 1, 1, "cli.config_empty"))
    elif isinstance(doc.data.get("tool"), dict) and "lkjip" in doc.data["tool"]:
        line, column = doc.pos("tool", "lkjip")
        raise SourceError(doc.file, line, column, "err.config_tool_section")
    reader = TomlReader(doc)
    node = config_schema(formats).read(reader, (settings.prefix, data), settings.prefix)
    for key, value in node.value.items():
        if key == "rules":
            for item in value.value:
                if not (settings.base / item.value).is_dir():
                    line, column = item.at
                    raise SourceError(doc.file, line, column, "err.rules_dir_missing", path=item.value)
        if key in _PATTERNS:
            for item in value.value:
                _pattern(settings, item, key, item.value)
        if key == "per-file-ignores":
            for pattern, codes in value.value.items():
                _pattern(settings, codes, key, pattern)
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


def _pattern(settings: Settings, node: Node, setting: str, pattern: str) -> None:
    """Warn of a path pattern whose leading directories do not exist beside the configuration:
    `dta/**` for `data/**` matches nothing. A pattern with no directory in it (`*.yml`,
    `draf/`) matches at any depth, and is not looked at."""
    plain = pattern.lstrip("!/")
    parts = plain.rstrip("/").split("/")
    if len(parts) < 2 or "\\" in plain:
        return
    fixed = []
    for part in parts:
        if _GLOB.search(part) or part in ("", "**"):
            break
        fixed.append(part)
    if not fixed or (settings.base / "/".join(fixed)).exists():
        return
    line, column = node.at
    assert settings.doc is not None
    where = "/".join(fixed)
    msg_args = {"setting": setting, "pattern": pattern, "path": where}
    settings.warnings.append(
        SourceError(settings.doc.file, line, column, "cli.pattern_matches_nothing", **msg_args)
    )


def environment_warnings(environ: Mapping[str, str], cache: bool = True) -> list[SourceError]:
    """What is wrong with lkjip's environment variables, each said as a warning (placed at the
    variable's name): a name lkjip does not know, a yes/no that says neither, a cache directory
    that cannot be made (with `cache`: only when the run would use it), a guessable key."""
    out = []
    known = environment.VARIABLES
    for name in sorted(environ):
        if not name.startswith("LKJIP_"):
            continue
        value = environ[name]
        kind = known.get(name)
        if kind is None:
            # Compared without the prefix all share: LKJIP_LANG is not LKJIP_DEBUG misspelt.
            close = did_you_mean(name.removeprefix("LKJIP_"), [k.removeprefix("LKJIP_") for k in known])
            out.append(SourceError(name, 0, 0, "cli.env_unknown", hint=f"LKJIP_{close}" if close else ""))
        elif kind == "flag" and value.strip().lower() not in (*environment.OFF, *environment.ON):
            out.append(SourceError(name, 0, 0, "cli.env_flag", value=value))
        elif kind == "secret" and 0 < len(value) < 32:
            out.append(SourceError(name, 0, 0, "cli.env_short_key", n=len(value)))
    own = environ.get("LKJIP_CACHE_DIR")
    if cache and own and not environment.flag("LKJIP_NO_CACHE", environ):
        try:
            Path(own).mkdir(parents=True, exist_ok=True)
            usable = os.access(own, os.W_OK | os.X_OK)
            reason = "" if usable else os.strerror(13)
        except OSError as e:
            usable, reason = False, e.strerror or str(e)
        if not usable:
            out.append(SourceError("LKJIP_CACHE_DIR", 0, 0, "cli.env_cache_dir", path=own, reason=reason))
    return out


def selects_nothing(settings: Settings) -> SourceError | None:
    """A warning when `select`, `ignore` and `extend-select` leave no rule at all (`select = []`,
    `ignore = ["LKJ"]`): every file would pass, unchecked. Placed where the setting that
    emptied it was given (a file's line, or the flag)."""
    selection = Selection(settings["select"], settings["ignore"], settings["extend-select"])
    if any(selection(code) for code in known_codes()):
        return None
    given = settings.values["ignore"] if settings["ignore"] else settings.values["select"]
    file, _, line = given.source.rpartition(":")
    if file and line.isdigit():
        return SourceError(file, int(line), 1, "cli.selects_nothing")
    return SourceError(given.source, 0, 0, "cli.selects_nothing")


def _code(doc: TomlDoc, node: Node, key: str, code: str) -> None:
    bad, hint = unknown_selector(code)
    if bad:
        line, column = node.at
        raise SourceError(doc.file, line, column, "cli.unknown_selector", option=key, value=code, hint=hint)
