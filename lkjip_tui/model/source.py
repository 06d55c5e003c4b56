"""Reading data (YAML) and rules (TOML) files with a position on every value.

YAML is composed with libyaml into nodes that keep line and column, and every
scalar is kept as the text that was written: `00`, `1.56` and `-` stay what
the report printed. Duplicate keys, anchors and aliases are errors instead of
being silently resolved. TOML is parsed with tomllib; a light line scan finds
where each table and key stands so that rule errors and findings can cite it.
"""

from __future__ import annotations

import gc
import re
import stat
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from lkjip_tui.values import limits
from lkjip_tui.values.record import Record

MAX_BYTES = 8 * 1024 * 1024


class SourceError(Exception):
    """Unusable input: names the file, line, column and what is wrong.

    `key` and `args` select a message in lkjip_tui.messages so the error can
    be shown in Indonesian or English.
    """

    def __init__(self, file: str, line: int, column: int, key: str, /, **args: object) -> None:
        super().__init__(f"{file}:{line}:{column}: {key} {args}")
        self.file = file
        self.line = line
        self.column = column
        self.key = key
        self.args_ = args


# Text not (yet) on disk, by resolved path: standard input read for `--stdin-filename`, an
# editor's unsaved buffer (lkjip lsp). Read in place of the file; set through `unsaved`.
UNSAVED: dict[Path, str] = {}


@contextmanager
def unsaved(texts: dict[Path, str]) -> Iterator[None]:
    """Read these files' texts instead of their content on disk, while inside."""
    keys = {p.resolve(): t for p, t in texts.items()}
    before = {k: UNSAVED[k] for k in keys if k in UNSAVED}
    UNSAVED.update(keys)
    try:
        yield
    finally:
        for k in keys:
            UNSAVED.pop(k, None)
        UNSAVED.update(before)


def read_text(path: Path, display: str) -> str:
    """Read a UTF-8 text file, refusing what cannot be a hand-typed data file."""
    if UNSAVED:
        text = UNSAVED.get(path.resolve())
        if text is not None:
            if len(text) > MAX_BYTES:
                raise SourceError(display, 1, 1, "err.too_large", size=len(text), limit=MAX_BYTES)
            if "\x00" in text:
                raise SourceError(display, 1, 1, "err.binary")
            return text.removeprefix("\ufeff")
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode) and not stat.S_ISDIR(st.st_mode):
            # A FIFO or a device would block the read or never end: no data file is one.
            raise SourceError(display, 0, 0, "err.not_regular")
        size = st.st_size
        if size > MAX_BYTES:
            raise SourceError(display, 1, 1, "err.too_large", size=size, limit=MAX_BYTES)
        raw = path.read_bytes()
    except OSError as e:
        raise file_error(display, e) from None
    if b"\x00" in raw:
        line, col = _line_col(raw, raw.index(b"\x00"))
        raise SourceError(display, line, col, "err.binary")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line, col = _line_col(raw, e.start)
        raise SourceError(display, line, col, "err.not_utf8", byte=f"0x{raw[e.start]:02x}") from None
    return text.removeprefix("\ufeff")


def file_error(display: str, e: OSError) -> SourceError:
    """A file that could not be opened or read, as unusable input."""
    if isinstance(e, FileNotFoundError):
        return SourceError(display, 0, 0, "err.not_found")
    if isinstance(e, IsADirectoryError):
        return SourceError(display, 0, 0, "err.is_directory")
    return SourceError(display, 0, 0, "err.unreadable", reason=e.strerror or str(e))


def _line_col(raw: bytes, offset: int) -> tuple[int, int]:
    line = raw.count(b"\n", 0, offset) + 1
    start = raw.rfind(b"\n", 0, offset) + 1
    return line, len(raw[start:offset].decode("utf-8", "replace")) + 1


# --------------------------------------------------------------------- YAML


class YamlDoc:
    """A composed YAML document, read strictly by a reader that knows its schema.

    The reader (model/schema.py) checks each node's kind against what it
    expects and visits it here: a custom tag, a duplicate, complex or merge
    key is a SourceError at that node. Every node is read exactly once in a
    valid document, so reading more nodes than libyaml made means an alias
    reached one twice: refused, and never expanded (no alias bombs).
    """

    __slots__ = ("created", "display", "read", "root")

    def __init__(self, root: Any, display: str, created: int) -> None:
        self.root = root
        self.display = display
        self.created = created
        self.read = 0

    @staticmethod
    def pos(node: Any) -> tuple[int, int]:
        mark = node.start_mark
        return mark.line + 1, mark.column + 1

    def fail(self, node: Any, msg_key: str, /, **args: object) -> SourceError:
        line, col = self.pos(node)
        return SourceError(self.display, line, col, msg_key, **args)

    def visit(self, node: Any) -> None:
        self.read += 1
        if self.read > self.created:
            raise _alias_error(self.root, self.display)
        if node.tag not in _PLAIN_TAGS:
            raise self.fail(node, "err.tag", tag=node.tag)

    def mapping(self, node: Any) -> dict[str, tuple[Any, Any]]:
        """A mapping node's key -> (key node, value node), in the order written."""
        self.visit(node)
        out: dict[str, tuple[Any, Any]] = {}
        for key_node, value_node in node.value:
            if key_node.id != "scalar":
                raise self.fail(key_node, "err.complex_key")
            key = self.text(key_node)
            if key == "<<":
                raise self.fail(key_node, "err.merge_key")
            if key in out:
                raise self.fail(key_node, "err.duplicate_key", key=key, first=self.pos(out[key][0])[0])
            out[key] = (key_node, value_node)
        return out

    def items(self, node: Any) -> list[Any]:
        """A sequence node's items."""
        self.visit(node)
        return list(node.value)

    def text(self, node: Any) -> str:
        """A scalar node as written ('' for a blank or null)."""
        self.visit(node)
        return self.plain(node)

    @staticmethod
    def plain(node: Any) -> str:
        """A scalar node's text, without reading it ('' for a blank or null; '' for a non-scalar)."""
        value = node.value
        if not isinstance(value, str) or (node.style in (None, "") and value in _NULLS):
            return ""
        return value

    def finish(self) -> None:
        """After the reader is done: any node read twice was reached through an alias."""
        if self.read != self.created:
            raise _alias_error(self.root, self.display)


_NULLS = ("", "~", "null", "Null", "NULL")


_pause_lock = threading.Lock()
_pauses = 0  # threads composing now
_resume = False  # whether the collector was on when the first of them began


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while a document is composed.

    Composing allocates one node per value and frees none: each collection the
    allocations trigger walks every node made so far, for nothing (100,000 rows
    composed in 9.4 s with the collector, 1.6 s without). Nodes form a tree, so
    no cycle waits for the collector meanwhile. Threads composing at the same
    time pause it once; the last to finish resumes it, if it was on.
    """
    global _pauses, _resume
    with _pause_lock:
        if _pauses == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _resume:
                gc.enable()


def load_yaml(path: Path, display: str) -> YamlDoc:
    import yaml

    text = read_text(path, display)
    loader = _composer()(text)
    try:
        with collector_paused():
            root = loader.get_single_node()
    except yaml.MarkedYAMLError as e:
        raise _yaml_error(display, text, e) from None
    except yaml.reader.ReaderError as e:
        # A character YAML does not allow: libyaml gives its byte offset, not where it stands.
        raise _control_char(display, text) or SourceError(display, 1, 1, "err.yaml", problem=str(e)) from None
    except yaml.YAMLError as e:  # pragma: no cover - libyaml marks its other errors
        raise SourceError(display, 1, 1, "err.yaml", problem=str(e)) from None
    finally:
        loader.dispose()
    if root is None:
        raise SourceError(display, 1, 1, "err.empty")
    doc = YamlDoc(root, display, getattr(loader, "nodes", 1 << 30))
    if root.id != "mapping":
        raise doc.fail(root, "err.top_not_mapping")
    return doc


# What YAML 1.1 allows in a stream (its "printable" characters); anything else is refused.
_NOT_PRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _control_char(display: str, text: str) -> SourceError | None:
    """The first character YAML does not allow, at its line and column."""
    m = _NOT_PRINTABLE.search(text)
    if m is None:
        return None
    line = text.count("\n", 0, m.start()) + 1
    column = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
    return SourceError(display, line, column, "err.control_char", char=f"U+{ord(m.group()):04X}")


def _yaml_error(display: str, text: str, e: Any) -> SourceError:
    mark = e.problem_mark or e.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = (e.problem or e.context or "").strip()
    lines = text.splitlines()
    here = lines[line - 1] if 0 < line <= len(lines) else ""
    if "\t" in problem or "'\\t'" in problem or "\t" in here[: max(col, 1)]:
        return SourceError(display, line, col, "err.tab")
    if "block sequence entries are not allowed" in problem and re.search(r":\s+-\s*$", here):
        return SourceError(display, line, col, "err.bare_dash")
    if "exceeded maximum nesting depth" in problem:
        return SourceError(display, line, col, "err.too_deep")
    return SourceError(display, line, col, "err.yaml", problem=problem)


_STR, _SEQ, _MAP = (f"tag:yaml.org,2002:{t}" for t in ("str", "seq", "map"))
# Explicit standard tags are harmless (every scalar is kept as text); others
# (!!python/object, !foo) are refused.
_PLAIN_TAGS = {
    _STR,
    _SEQ,
    _MAP,
    *(f"tag:yaml.org,2002:{t}" for t in ("int", "float", "bool", "null", "timestamp")),
}
_composer_class: Any = None


def _composer() -> Any:
    """libyaml's parser and composer, without resolving plain scalars to int/float/bool.

    Every scalar stays text here, so resolving types would be wasted work (half
    the time of composing a report). An explicit tag still comes through.
    """
    global _composer_class
    if _composer_class is None:
        import yaml
        from yaml.nodes import ScalarNode, SequenceNode

        try:
            from yaml._yaml import CParser as parser
        except ImportError:  # pragma: no cover - PyYAML built without libyaml
            _composer_class = yaml.SafeLoader
            return _composer_class

        class Composer(parser):
            nodes = 0  # how many nodes were made: aliases make none

            def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
                self.nodes += 1
                return _STR if kind is ScalarNode else _SEQ if kind is SequenceNode else _MAP

            def descend_resolver(self, parent: Any, index: Any) -> None:
                pass

            def ascend_resolver(self) -> None:
                pass

        _composer_class = Composer
    return _composer_class


def _alias_error(root: Any, display: str) -> SourceError:
    """Where the first node reached twice stands (the anchor of the alias)."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            mark = node.start_mark
            return SourceError(display, mark.line + 1, mark.column + 1, "err.alias")
        seen.add(id(node))
        if node.id == "sequence":
            stack.extend(reversed(node.value))
        elif node.id == "mapping":
            stack.extend(n for pair in reversed(node.value) for n in reversed(pair))
    return SourceError(display, 1, 1, "err.alias")  # pragma: no cover - only called after a revisit


# --------------------------------------------------------------------- TOML


class TomlDoc(Record):
    """A parsed TOML file and where its tables and keys stand."""

    __slots__ = ("data", "file", "positions")

    def __init__(
        self, file: str, data: dict[str, Any], positions: dict[tuple[str | int, ...], tuple[int, int]]
    ) -> None:
        self.file = file
        self.data = data
        self.positions = positions

    def pos(self, *path: str | int) -> tuple[int, int]:
        """Line and column of a key or table; the nearest enclosing one if unknown."""
        p = tuple(path)
        while p:
            if p in self.positions:
                return self.positions[p]
            p = p[:-1]
        return (1, 1)


def load_toml(path: Path, display: str) -> TomlDoc:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib  # type: ignore[no-redef,import-not-found,unused-ignore]

    text = read_text(path, display)
    try:
        data = tomllib.loads(text)
    except RecursionError:  # tomllib reads nested arrays and inline tables recursively
        line, col = _too_deep(text)
        raise SourceError(display, line, col, "err.too_deep") from None
    except tomllib.TOMLDecodeError as e:
        msg = str(e)
        m = re.search(r"\(at line (\d+), column (\d+)\)", msg)
        line, col = (int(m.group(1)), int(m.group(2))) if m else (1, 1)
        problem = re.sub(r"\s*\(at line \d+, column \d+\)", "", msg)
        if m is None and "end of document" in msg:
            line = text.count("\n") + 1
        raise SourceError(display, line, col, "err.toml", problem=problem) from None
    return TomlDoc(display, data, dict(_toml_positions(text)))


_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(
    r"""^\s*((?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*'))*)\s*="""
)
_KEY_PART = re.compile(r"""[A-Za-z0-9_-]+|"[^"]*"|'[^']*'""")


def _split_key(dotted: str) -> tuple[str, ...]:
    return tuple(p.strip("\"'") for p in _KEY_PART.findall(dotted))


def _toml_positions(text: str) -> Iterator[tuple[tuple[str | int, ...], tuple[int, int]]]:
    """Yield (path, (line, column)) for tables, array-of-table entries and keys.

    Array-of-tables entries get an integer index in their path, as in the
    parsed data: `[[check]]` twice gives ("check", 0) and ("check", 1).
    Values that span lines (arrays, multi-line strings) are skipped over,
    except inline tables that open a line inside an array, which get their
    index too, so that `bands = [ {...}, {...} ]` can be cited item by item.
    """
    counts: dict[tuple[str | int, ...], int] = {}
    current: tuple[str | int, ...] = ()
    depth = 0
    array_key: tuple[str | int, ...] | None = None
    array_items = 0
    in_string: str | None = None
    for lineno, line in enumerate(text.splitlines(), start=1):
        if in_string:
            if in_string in line:
                in_string = None
            continue
        if depth > 0:
            stripped = line.lstrip()
            if array_key is not None and stripped.startswith("{"):
                yield (*array_key, array_items), (lineno, len(line) - len(stripped) + 1)
                array_items += 1
            depth += _bracket_balance(line)
            continue
        m = _HEADER.match(line)
        if m:
            parts = _split_key(m.group(2))
            base = _resolve(parts, counts)
            if m.group(1) == "[[":
                index = counts.get(base, 0)
                counts[base] = index + 1
                current = (*base, index)
            else:
                current = base
            yield current, (lineno, line.index("[") + 1)
            continue
        m = _KEY.match(line)
        if not m:
            continue
        key = (*current, *_split_key(m.group(1)))
        value = line[m.end() :].strip()
        yield key, (lineno, m.end() + len(line[m.end() :]) - len(line[m.end() :].lstrip()) + 1)
        for quote in ('"""', "'''"):
            if value.startswith(quote) and value.count(quote) == 1:
                in_string = quote
        balance = _bracket_balance(value)
        if balance > 0:
            depth = balance
            array_key, array_items = key, 0
            rest = value[1:].lstrip()
            if rest.startswith("{"):
                yield (*key, 0), (lineno, line.index("{") + 1)
                array_items = 1


def _resolve(parts: tuple[str, ...], counts: dict[tuple[str | int, ...], int]) -> tuple[str | int, ...]:
    """Insert the current index of every enclosing array of tables into a header path."""
    out: list[str | int] = []
    for part in parts:
        out.append(part)
        n = counts.get(tuple(out))
        if n and tuple(out) != tuple(parts):
            out.append(n - 1)
    return tuple(out)


def _too_deep(text: str) -> tuple[int, int]:
    """Where brackets and braces first nest deeper than MAX_NESTING (outside strings and comments)."""
    depth = 0
    for lineno, line in enumerate(text.splitlines(), start=1):
        quote = ""
        for col, ch in enumerate(line, start=1):
            if quote:
                quote = "" if ch == quote else quote
            elif ch in "\"'":
                quote = ch
            elif ch == "#":
                break
            elif ch in "[{":
                depth += 1
                if depth > limits.MAX_NESTING:
                    return lineno, col
            elif ch in "]}":
                depth -= 1
    return 1, 1


def _bracket_balance(s: str) -> int:
    balance = 0
    quote = ""
    for ch in s:
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch == "#":
            break
        elif ch == "[":
            balance += 1
        elif ch == "]":
            balance -= 1
    return balance
