"""The results cache: a file that did not change is not checked again.

One entry per data file and output rendering, in the user's cache directory
(`formula.cache.CacheDir`: versioned, checksummed, regular files only). An
entry is used only when everything the result depends on is what it was:

- lkjip itself: its version and the size and time of every file of the package;
- the data file: the SHA-256 of its bytes, its path, and how it is shown;
- its rules: the unit-year file found for it now and the content of every
  rules file the catalogue was read from;
- the rules run on it (selection and per-path ignores), the severity threshold;
- its waivers: the content of the waivers beside it and of the configuration's,
  and which of them have expired today;
- the rendering (format, language, colour).

Anything else — an entry that is corrupt, truncated, of another version, or
for other inputs — is a miss: the file is checked and the entry rewritten.
Only results without unusable input or internal errors are kept.
"""

from __future__ import annotations

import json
import os
import stat
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from lkjip_tui import __version__
from lkjip_tui.engine import discover
from lkjip_tui.engine.check import Engine, EngineOptions, FileResult, Transform
from lkjip_tui.formula.cache import CacheDir, digest
from lkjip_tui.model.findings import Finding, Waived
from lkjip_tui.model.source import MAX_BYTES, SourceError
from lkjip_tui.values.interval import Interval
from lkjip_tui.values.msg import Msg, Printed

T = TypeVar("T")
RESULTS_FORMAT = 1

_code_digest: str | None = None


def code_digest() -> str:
    """lkjip's own identity: its version and every file of the package (size, time)."""
    global _code_digest
    if _code_digest is None:
        parts = [__version__]
        for folder, dirs, names in os.walk(discover.PACKAGE_DIR):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(names):
                st = os.stat(os.path.join(folder, name))
                parts.append(
                    f"{os.path.relpath(os.path.join(folder, name), discover.PACKAGE_DIR)}:{st.st_size}:{st.st_mtime_ns}"
                )
        _code_digest = digest("\n".join(parts).encode())
    return _code_digest


class ResultsCache:
    def __init__(self, run_key: str, store: CacheDir) -> None:
        self.run_key = run_key
        self.store = store
        self._rules: dict[Path, str] = {}
        self._waivers: dict[Path, str] = {}

    @staticmethod
    def open(options: EngineOptions, transform: Transform[Any]) -> ResultsCache | None:
        store = CacheDir("results", RESULTS_FORMAT)
        if not transform.cache_key or store.root() is None:
            return None
        waivers = [repr(w) for w in options.config_waivers] if options.waivers else ["off"]
        parts = [
            code_digest(),
            transform.cache_key,
            options.severity,
            *(str(p.resolve()) for p in options.rules_dirs),
            "|",
            *waivers,
        ]
        return ResultsCache(digest("\n".join(parts).encode()), store)

    @staticmethod
    def content(path: Path) -> str | None:
        """The digest of a data file's bytes, or None when it cannot be cached."""
        try:
            st = path.stat()
            if st.st_size > MAX_BYTES or not stat.S_ISREG(st.st_mode):  # a FIFO would block
                return None
            return digest(path.read_bytes())
        except OSError:
            return None

    def _name(self, path: Path, shown: str) -> str:
        return "results/" + digest(f"{self.run_key}\n{path.resolve()}\n{shown}".encode())[:40] + ".json"

    def _key(self, path: Path, shown: str, content: str, unit: str, year: int, engine: Engine) -> str | None:
        try:
            rules = self._rules_digest(path, unit, year, shown, engine)
            waivers = self._waivers_state(path, engine)
        except (SourceError, OSError):
            return None  # the check itself will say what is wrong
        select = engine.selected(path)
        codes = ",".join(sorted(c for c in _all_codes() if select is None or select(c)))
        return digest(
            "\n".join((self.run_key, shown, str(path.resolve()), content, codes, rules, waivers)).encode()
        )

    def _rules_digest(self, path: Path, unit: str, year: int, shown: str, engine: Engine) -> str:
        unit_file = engine.rules_file(path, unit, year, (shown, 1, 1))
        found = self._rules.get(unit_file)
        if found is None:
            rs = engine.ruleset_for(path, unit, year, (shown, 1, 1))
            parts = [str(unit_file.resolve())]
            for f in rs.files:
                parts += [f, digest(Path(f).read_bytes())]
            found = self._rules[unit_file] = digest("\n".join(parts).encode())
        return found

    def _waivers_state(self, path: Path, engine: Engine) -> str:
        if not engine.use_waivers:
            return "off"
        folder = path.parent
        found = self._waivers.get(folder)
        if found is None:
            from lkjip_tui.engine.waivers import FILE_NAME

            beside = folder / FILE_NAME
            book = [*engine.waivers_beside(path), *engine.config_waivers]
            expired = "".join("x" if w.expired(engine.today) else "-" for w in book)
            missing = "".join("-" if w.target.is_file() else "m" for w in book)
            own = digest(beside.read_bytes()) if beside.is_file() else "none"
            found = self._waivers[folder] = f"{own}:{expired}:{missing}"
        return found

    def lookup(self, path: Path, engine: Engine, transform: Transform[T]) -> T | None:
        shown = discover.display(path)
        payload = self.store.read(self._name(path, shown))
        if payload is None:
            return None
        try:
            head, _, rest = payload.partition(b"\n")
            entry = json.loads(head)
            unit, year = entry["unit"], entry["year"]
            if type(unit) is not str or type(year) is not int:
                return None
            content = self.content(path)
            if content is None or entry["key"] != self._key(path, shown, content, unit, year, engine):
                return None
            return transform.from_cache(entry["out"], rest.decode("utf-8") if entry["text"] else None)
        except Exception:  # anything unexpected in an entry is a miss, never trusted
            return None

    def save(
        self, path: Path, before: str, result: FileResult, out: Any, engine: Engine, transform: Transform[Any]
    ) -> None:
        if result.error is not None or result.internal or result.unit_year is None:
            return
        if path.suffix.lower() not in discover.DATA_SUFFIXES:
            # A draft's result also depends on its catalogue's draft mapping, which the key
            # does not cover: drafts are checked afresh every time.
            return
        if self.content(path) != before:
            return  # the file changed while it was checked: its result is not that of either version
        unit, year = result.unit_year
        key = self._key(path, result.file, before, unit, year, engine)
        if key is None:
            return
        data, text = transform.to_cache(out)
        entry = {"key": key, "unit": unit, "year": year, "out": data, "text": text is not None}
        head = json.dumps(entry, separators=(",", ":"), ensure_ascii=True).encode()
        # The rendered text follows the first line as it is: one decode to read it back.
        self.store.write(self._name(path, result.file), head + b"\n" + (text or "").encode("utf-8"))


_codes: list[str] = []


def _all_codes() -> list[str]:
    if not _codes:
        from lkjip_tui.engine.selection import known_codes

        _codes.extend(known_codes())
    return _codes


# ------------------------------------------------------------------ findings as JSON


def encode_finding(f: Finding) -> list[Any]:
    """A finding as JSON-able data (for cache entries); `decode_finding` reads it back."""
    return [_enc(getattr(f, name)) for name in Finding.__slots__]


def decode_finding(data: list[Any]) -> Finding:
    if not isinstance(data, list) or len(data) != len(Finding.__slots__):
        raise ValueError("not a finding")
    f = object.__new__(Finding)
    for name, value in zip(Finding.__slots__, data, strict=True):
        setattr(f, name, _dec(value))
    if not isinstance(f.message, Msg) or not isinstance(f.code, str) or type(f.line) is not int:
        raise ValueError("not a finding")
    return f


def _enc(v: Any) -> Any:
    if v is None or isinstance(v, str | bool | int | float):
        return v
    if isinstance(v, Decimal):
        return {"d": str(v)}
    if isinstance(v, Interval):
        return {"i": [str(v.lo), str(v.hi)]}
    if isinstance(v, Printed):
        return {"p": v.text}
    if isinstance(v, Msg):
        return {"m": [v.key, {k: _enc(x) for k, x in v.args.items()}]}
    if isinstance(v, Waived):
        return {"w": [v.justification, v.by, v.expires, v.source]}
    if isinstance(v, tuple):
        return {"t": [_enc(x) for x in v]}
    if isinstance(v, list):
        return [_enc(x) for x in v]
    if isinstance(v, dict):
        return {"o": {str(k): _enc(x) for k, x in v.items()}}
    raise TypeError(f"cannot cache a {type(v).__name__}")


def _dec(v: Any) -> Any:
    if isinstance(v, list):
        return [_dec(x) for x in v]
    if not isinstance(v, dict):
        return v
    ((tag, x),) = v.items()
    if tag == "d":
        return Decimal(x)
    if tag == "i":
        return Interval(Decimal(x[0]), Decimal(x[1]))
    if tag == "p":
        return Printed(x)
    if tag == "m":
        return Msg(x[0], {k: _dec(a) for k, a in x[1].items()})
    if tag == "w":
        return Waived(*x)
    if tag == "t":
        return tuple(_dec(a) for a in x)
    if tag == "o":
        return {k: _dec(a) for k, a in x.items()}
    raise ValueError(f"unknown tag {tag}")


# A value of a message argument as JSON-able data, and back (a series summary's places).
encode_value, decode_value = _enc, _dec
