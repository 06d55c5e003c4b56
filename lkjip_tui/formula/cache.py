"""Caches that cannot lie: one on-disk entry store, and the formula trees kept in it.

`CacheDir` is the one primitive both of lkjip's caches stand on (parsed
formula trees here, checked results in `lkjip_tui.engine.cache`). It lives in
the lowest layer that needs it. Each entry is a file whose first line names
the cache's kind and format version, the payload's length and its SHA-256;
a read returns the payload only when all of them agree. A truncated, corrupt,
hand-edited or foreign entry is therefore never trusted: it reads as absent,
and the next write replaces it. Only regular files inside the cache directory
are read — never a FIFO (which would block), a device, or a symlink leading
elsewhere. Writes go to a temporary file renamed over the entry, so two runs
at once each leave a whole entry, never a mix.

The directory is `LKJIP_CACHE_DIR`, else `$XDG_CACHE_HOME/lkjip` or
`~/.cache/lkjip`; `LKJIP_NO_CACHE=1` turns every cache off.

Trees of the shipped rules come with the package (`trees.json`, like
bytecode; tests/test_expr.py keeps it current, LKJIP_UPDATE_GOLDEN=1 rewrites
it); others are parsed once and kept in the cache, in an entry named by the
grammar's checksum and the tree format, so a changed grammar or tree shape
never reads old trees. Every tree read is checked for shape before use.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import itertools
import json
import os
import re
import stat
import time
from pathlib import Path
from typing import Any

from lkjip_tui.values import environment

BUNDLED = Path(__file__).with_name("trees.json")
# The shape of the trees (see grammar.py); bump it when that shape changes.
TREE_FORMAT = 1
# Larger than any entry lkjip writes; a bigger file is not ours.
MAX_ENTRY_BYTES = 64 * 1024 * 1024
_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}(/[A-Za-z0-9._-]{1,128})?")
_MAGIC = b"lkjip-cache"
_COUNTER = itertools.count()


def cache_root() -> Path | None:
    """The user's cache directory, or None when caching is off."""
    if environment.flag("LKJIP_NO_CACHE"):
        return None
    own = os.environ.get("LKJIP_CACHE_DIR")
    if own:
        return Path(own)
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path.home() / ".cache") / "lkjip"


_key: bytes | None = None


def key_file() -> Path:
    """The user's cache key: in the configuration directory, never in the cache directory."""
    base = os.environ.get("XDG_CONFIG_HOME")
    return (Path(base) if base else Path.home() / ".config") / "lkjip" / "cache.key"


def cache_key() -> bytes | None:
    """The secret cache entries are authenticated with: `LKJIP_CACHE_KEY` (a CI secret), else
    the user's key file, made on first use (mode 0600). None (no cache) when neither can be had,
    or when the key file is not the user's own or others may read it."""
    global _key
    own = os.environ.get("LKJIP_CACHE_KEY")
    if own:
        return own.encode()
    if _key is not None:
        return _key
    path = key_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
            with os.fdopen(fd, "w") as f:
                f.write(os.urandom(32).hex())
        except FileExistsError:
            pass
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode) or st.st_mode & 0o077 or st.st_uid != os.getuid():
                return None
            key = os.read(fd, 4096).strip()
        finally:
            os.close(fd)
    except OSError:
        return None
    if len(key) < 32:
        return None
    _key = key
    return key


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class CacheDir:
    """Entries of one kind and format version, in the user's cache directory."""

    def __init__(self, kind: str, version: int, root: Path | None = None) -> None:
        self.kind = kind
        self.version = version
        self._root = root
        self._real_root: str | None = None

    def root(self) -> Path | None:
        return self._root if self._root is not None else cache_root()

    def path(self, name: str) -> Path | None:
        root = self.root()
        if root is None or not _NAME.fullmatch(name):
            return None
        return root / name

    def _header(self, payload: bytes, key: bytes) -> bytes:
        # An HMAC, not a plain checksum: whoever can write the cache directory (a CI cache
        # restored from another branch) cannot forge an entry without the key.
        fields = b"%s %s %d %d" % (_MAGIC, self.kind.encode(), self.version, len(payload))
        mac = hmac.new(key, fields + b"\n" + payload, hashlib.sha256).hexdigest()
        return b"%s %s\n" % (fields, mac.encode())

    def read(self, name: str) -> bytes | None:
        """The payload of an entry, or None when it is absent or not to be trusted."""
        path = self.path(name)
        key = cache_key()
        if path is None or key is None or not self._inside(path.parent):
            return None
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        try:
            fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            return None  # absent, a symlink (O_NOFOLLOW), unreadable
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_ENTRY_BYTES:
                return None
            with os.fdopen(fd, "rb", closefd=False) as f:
                raw = f.read(MAX_ENTRY_BYTES + 1)
        except OSError:
            return None
        finally:
            os.close(fd)
        header, newline, payload = raw.partition(b"\n")
        if not newline or not hmac.compare_digest(header + newline, self._header(payload, key)):
            return None
        return payload

    def write(self, name: str, payload: bytes) -> bool:
        """Replace an entry, atomically; False when the cache cannot be written (harmless)."""
        path = self.path(name)
        key = cache_key()
        if path is None or key is None:
            return False
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            if not self._inside(path.parent):
                return False
            # A name no other writer uses (process, time, count), created exclusively:
            # what tempfile.mkstemp does, without its import on every cold check.
            tmp = str(path.parent / f".tmp-{os.getpid()}-{time.monotonic_ns()}-{next(_COUNTER)}")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
        except OSError:
            return False
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(self._header(payload, key) + payload)
            os.replace(tmp, path)  # replaces a FIFO or a stray file too; a directory stays
            return True
        except OSError:
            return False
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)

    def _inside(self, directory: Path) -> bool:
        """The entry's directory is the cache directory or below it, after symlinks."""
        root = self.root()
        if root is None:
            return False
        if self._real_root is None:
            self._real_root = os.path.realpath(root)
        real = os.path.realpath(directory)
        return real == self._real_root or real.startswith(self._real_root + os.sep)


# ------------------------------------------------------------------ formula trees

_OPS = {"op": ("+", "-", "*", "/"), "cmp": ("==", "!=", "<=", ">=", "<", ">")}
MAX_TREE_NODES = 10_000


def valid_tree(tree: object) -> bool:
    """Whether `tree` has the shape the parser makes (grammar.py); walked without recursion."""
    todo = [tree]
    seen = 0
    while todo:
        node = todo.pop()
        seen += 1
        if seen > MAX_TREE_NODES or not isinstance(node, list) or not node:
            return False
        tag, args = node[0], node[1:]
        if tag in ("num", "str"):
            if len(args) != 1 or not isinstance(args[0], str):
                return False
            if tag == "num" and not re.fullmatch(r"\d{1,30}(\.\d{1,30})?", args[0]):
                return False
        elif tag == "path":
            if len(args) != 2 or type(args[0]) is not int or not _segments(args[1]):
                return False
        elif tag == "call":
            if len(args) != 3 or type(args[0]) is not int or not isinstance(args[1], str):
                return False
            if not isinstance(args[2], list):
                return False
            todo.extend(args[2])
        elif tag in _OPS:
            if len(args) != 3 or args[0] not in _OPS[tag]:
                return False
            todo.extend(args[1:])
        elif tag in ("neg", "not"):
            if len(args) != 1:
                return False
            todo.append(args[0])
        elif tag in ("and", "or"):
            if len(args) != 2:
                return False
            todo.extend(args)
        else:
            return False
    return True


def _segments(segments: object) -> bool:
    if not isinstance(segments, list) or not segments:
        return False
    for s in segments:
        if not isinstance(s, list) or not s:
            return False
        if s == ["*"]:
            continue
        if len(s) != 2 or s[0] not in ("f", "k") or not isinstance(s[1], str):
            return False
    return bool(segments[0][0] == "f")


def _trees_of(payload: bytes | str, grammar_id: str) -> dict[str, Any] | None:
    """The trees of a cache payload, or None when anything in it is unexpected."""
    try:
        data = json.loads(payload)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or data.get("grammar") != grammar_id:
        return None
    trees = data.get("trees")
    if not isinstance(trees, dict):
        return None
    if not all(isinstance(text, str) and valid_tree(tree) for text, tree in trees.items()):
        return None
    return trees


class TreeCache:
    def __init__(self, grammar_id: str) -> None:
        self.grammar_id = grammar_id
        self.store = CacheDir("trees", TREE_FORMAT)
        self._trees: dict[str, Any] | None = None
        self._dirty = False

    def name(self) -> str:
        return f"trees/{self.grammar_id}-v{TREE_FORMAT}.json"

    def file(self) -> Path | None:
        return self.store.path(self.name())

    def _load(self) -> dict[str, Any]:
        if self._trees is None:
            self._trees = {}
            if self.store.root() is None:
                return self._trees  # every cache off: parse everything afresh
            try:
                bundled = _trees_of(BUNDLED.read_bytes(), self.grammar_id)
            except OSError:
                bundled = None
            payload = self.store.read(self.name())
            own = _trees_of(payload, self.grammar_id) if payload is not None else None
            if own is None and payload is not None:
                self._dirty = True  # an entry we cannot trust: rewrite it
            self._trees.update(own or {})
            self._trees.update(bundled or {})  # the shipped rules' trees: never the cache's
        return self._trees

    def get(self, text: str) -> list[Any] | None:
        hit = self._load().get(text)
        return list(hit) if hit is not None else None

    def put(self, text: str, tree: list[Any]) -> None:
        self._load()[text] = tree
        self._dirty = True

    def trees(self) -> dict[str, Any]:
        return self._load()

    def save(self) -> None:
        """Write newly parsed trees to the user's cache (failures are harmless)."""
        if not self._dirty or self._trees is None:
            return
        payload = {"grammar": self.grammar_id, "trees": self._trees}
        if self.store.write(self.name(), json.dumps(payload, separators=(",", ":")).encode()):
            self._dirty = False
