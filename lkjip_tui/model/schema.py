"""A file format declared once: read strictly with positions, and emitted as JSON Schema.

A schema is a tree of small nodes (`Obj`, `MapOf`, `ListOf`, `Text`, `Integer`,
`Number`, `Boolean`, `Either`). `read` walks a document once, from the top
down, and returns a tree of `Node`s: each value with the line and column it
was written at. Every problem is a `SourceError` at its place: an unknown key
(with a did-you-mean, also when it stands in for a missing required key), a
missing key, a value of the wrong type, a choice that is not one of the
choices, a number out of bounds. `json_schema` turns the same declaration into
the JSON Schema editors use to validate and complete the files.

The documents come through a `Reader`: YAML data files (every scalar kept as
the text written) and TOML rules files (typed values).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

from lkjip_tui.model.source import SourceError, TomlDoc, YamlDoc
from lkjip_tui.values import limits
from lkjip_tui.values.msg import Msg
from lkjip_tui.values.record import Record
from lkjip_tui.values.suggest import did_you_mean


class Node(Record):
    """A value read from a document and where it stands (and, in a mapping, where its key does)."""

    __slots__ = ("column", "key_column", "key_line", "line", "value")

    def __init__(self, value: Any, line: int, column: int, key_line: int = 0, key_column: int = 0) -> None:
        self.value = value  # str, int, Decimal, bool, dict[str, Node] or list[Node]
        self.line = line
        self.column = column
        self.key_line = key_line or line
        self.key_column = key_column or column

    @property
    def at(self) -> tuple[int, int]:
        return (self.line, self.column)

    @property
    def key_at(self) -> tuple[int, int]:
        return (self.key_line, self.key_column)

    def get(self, key: str) -> Node | None:
        node: Node | None = self.value.get(key)
        return node

    def text(self, key: str, default: str = "") -> str:
        node = self.value.get(key)
        return default if node is None else str(node.value)


# ------------------------------------------------------------------ readers


class Reader(Protocol):
    """A document as the schema walks it; `raw` is whatever the reader uses for a value."""

    file: str
    all_text: bool  # every scalar is text (YAML as lkjip reads it): numbers come written as text

    def kind(self, raw: Any) -> str:
        """ "mapping", "list", "text", "integer", "float", "bool" or "other"."""
        ...

    def at(self, raw: Any) -> tuple[int, int]: ...

    def entries(self, raw: Any, path: Path) -> Iterator[tuple[str, tuple[int, int], Any]]:
        """A mapping's (key, key position, value), in the order written."""
        ...

    def items(self, raw: Any, path: Path) -> Iterator[Any]: ...

    def scalar(self, raw: Any, path: Path) -> Any:
        """A scalar's value: the text written (YAML) or the typed value (TOML)."""
        ...

    def string(self, raw: Any, any_scalar: bool) -> str | None:
        """A text value (with `any_scalar`, any scalar as text), or None for another kind."""
        ...

    def where(self, path: Path) -> str | Msg:
        """A path as a message names it."""
        ...


Path = tuple[str | int, ...]


_YAML_KINDS = {"mapping": "mapping", "sequence": "list", "scalar": "text"}


class YamlReader:
    """A composed YAML document: every scalar is the text written (`00`, `1.56`, `-`).

    Reading counts each node it visits, so that a node reached twice (through an
    alias) is refused; `counting=False` only looks (the header, before the rules
    are known), leaving the one full read to count.
    """

    def __init__(self, doc: YamlDoc, counting: bool = True) -> None:
        self.doc = doc
        self.file = doc.display
        self.counting = counting
        self.all_text = True

    def kind(self, raw: Any) -> str:
        return _YAML_KINDS[raw.id]

    def at(self, raw: Any) -> tuple[int, int]:
        mark = raw.start_mark
        return mark.line + 1, mark.column + 1

    def entries(self, raw: Any, path: Path) -> Iterator[tuple[str, tuple[int, int], Any]]:
        if not self.counting:
            for knode, vnode in raw.value:
                yield str(knode.value), YamlDoc.pos(knode), vnode
            return
        for key, (knode, vnode) in self.doc.mapping(raw).items():
            yield key, YamlDoc.pos(knode), vnode

    def items(self, raw: Any, path: Path) -> Iterator[Any]:
        return iter(raw.value if not self.counting else self.doc.items(raw))

    def scalar(self, raw: Any, path: Path) -> Any:
        return self.doc.text(raw) if self.counting else YamlDoc.plain(raw)

    def string(self, raw: Any, any_scalar: bool) -> str | None:
        if raw.id != "scalar":
            return None
        return self.doc.text(raw) if self.counting else YamlDoc.plain(raw)

    def where(self, path: Path) -> str | Msg:
        return _dotted(path) or Msg("where.top")


class TomlReader:
    """A parsed TOML file; positions come from the file's line scan (source.TomlDoc)."""

    def __init__(self, doc: TomlDoc) -> None:
        self.doc = doc
        self.file = doc.file
        self.all_text = False

    def kind(self, raw: Any) -> str:
        _, value = raw
        if isinstance(value, dict):
            return "mapping"
        if isinstance(value, list):
            return "list"
        if isinstance(value, bool):
            return "bool"
        if isinstance(value, int):
            return "integer"
        if isinstance(value, float):
            return "float"
        if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
            return "date"
        return "text" if isinstance(value, str) else "other"

    def at(self, raw: Any) -> tuple[int, int]:
        path, _ = raw
        return self.doc.pos(*path)

    def entries(self, raw: Any, path: Path) -> Iterator[tuple[str, tuple[int, int], Any]]:
        for key, value in raw[1].items():
            yield key, self.doc.pos(*path, key), ((*path, key), value)

    def items(self, raw: Any, path: Path) -> Iterator[Any]:
        return (((*path, i), v) for i, v in enumerate(raw[1]))

    def scalar(self, raw: Any, path: Path) -> Any:
        return raw[1]

    def string(self, raw: Any, any_scalar: bool) -> str | None:
        value = raw[1]
        if isinstance(value, str):
            return value
        return str(value) if any_scalar and not isinstance(value, dict | list) else None

    def where(self, path: Path) -> str | Msg:
        return _dotted(path) or Msg("where.top")

    def root(self) -> Any:
        return ((), self.doc.data)


def _dotted(path: Path) -> str:
    return ".".join(str(p) if isinstance(p, str) else f"[{p + 1}]" for p in path).replace(".[", "[")


def fail(r: Reader, at: tuple[int, int], key: str, /, **args: object) -> SourceError:
    return SourceError(r.file, at[0], at[1], key, **args)


_KIND_NAMES = {
    "mapping": "kind.mapping",
    "list": "kind.list",
    "text": "kind.text",
    "integer": "kind.integer",
    "float": "kind.number",
    "bool": "kind.bool",
    "date": "kind.date",
    "other": "kind.other",
}


def _wrong_type(r: Reader, raw: Any, path: Path, expected: str) -> SourceError:
    return fail(
        r,
        r.at(raw),
        "err.type",
        path=r.where(path),
        expected=Msg(expected),
        found=Msg(_KIND_NAMES[r.kind(raw)]),
    )


# ------------------------------------------------------------------ schema nodes


class Schema:
    """One node of a declared format."""

    doc = ""

    def read(self, r: Reader, raw: Any, path: Path) -> Node:
        raise NotImplementedError

    def json_schema(self) -> dict[str, Any]:
        raise NotImplementedError

    def _described(self, out: dict[str, Any]) -> dict[str, Any]:
        if self.doc:
            out["description"] = self.doc
        return out


class Field(Record):
    __slots__ = ("required", "schema")

    def __init__(self, schema: Schema, required: bool = False) -> None:
        self.schema = schema
        self.required = required


class Obj(Schema):
    """A mapping with known keys; any other key is an error, with a did-you-mean."""

    def __init__(
        self,
        fields: Mapping[str, Field | Schema],
        doc: str = "",
        unknown: str = "err.unknown_key",
        unknown_args: dict[str, object] | None = None,
    ) -> None:
        self.fields = {k: f if isinstance(f, Field) else Field(f) for k, f in fields.items()}
        self.required = tuple(k for k, f in self.fields.items() if f.required)
        self.doc = doc
        self.unknown = unknown  # the message of an unknown key (e.g. err.unknown_column)
        self.unknown_args = unknown_args or {}

    def read(self, r: Reader, raw: Any, path: Path) -> Node:
        if r.kind(raw) != "mapping":
            raise _wrong_type(r, raw, path, "kind.mapping")
        return self.read_entries(r, list(r.entries(raw, path)), r.at(raw), path)

    def read_entries(
        self,
        r: Reader,
        entries: list[tuple[str, tuple[int, int], Any]],
        at: tuple[int, int],
        path: Path,
        done: dict[str, Node] | None = None,
    ) -> Node:
        """Read a mapping's entries (`done`: those a caller has read already)."""
        out: dict[str, Node] = dict(done) if done else {}
        missing = [k for k in self.required if all(k != e[0] for e in entries)]
        fields = self.fields
        for key, key_at, value in entries:
            if done and key in done:
                continue
            field = fields.get(key)
            if field is None:
                # A misspelt required key is named as what it most likely is.
                present = {e[0] for e in entries}
                unused = [k for k in self.fields if k not in present]
                hint = (
                    did_you_mean(key, missing) or did_you_mean(key, unused) or did_you_mean(key, self.fields)
                )
                args = {"key": key, "column": key, "path": r.where(path), "hint": hint, **self.unknown_args}
                raise fail(r, key_at, self.unknown, **args)
            node = field.schema.read(r, value, (*path, key))
            node.key_line, node.key_column = key_at
            out[key] = node
        if missing:
            raise fail(r, at, "err.missing_key", key=missing[0], path=r.where(path))
        return Node(out, *at)

    def json_schema(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": "object",
            "properties": {k: f.schema.json_schema() for k, f in self.fields.items()},
            "additionalProperties": False,
        }
        required = [k for k, f in self.fields.items() if f.required]
        if required:
            out["required"] = required
        return self._described(out)


class Keys(Record):
    """The keys a mapping of ids may have: a known name, or of a shape; else `error`."""

    __slots__ = ("arg", "args", "error", "names", "pattern")

    def __init__(
        self,
        names: tuple[str, ...] | None = None,
        error: str = "err.unknown_key",
        pattern: str | None = None,
        arg: str = "key",
        **args: object,
    ) -> None:
        self.names = frozenset(names) if names is not None else None
        self.error = error
        self.pattern = re.compile(pattern) if pattern is not None else None
        self.arg = arg  # the message's name for the key
        self.args = args

    def check(self, r: Reader, key: str, at: tuple[int, int], path: Path) -> None:
        if self.names is not None and key not in self.names:
            hint = did_you_mean(key, sorted(self.names))
            args = {self.arg: key, "path": r.where(path), "hint": hint, **self.args}
            raise fail(r, at, self.error, **args)
        if self.pattern is not None and not self.pattern.fullmatch(key):
            raise fail(r, at, "err.pattern", path=r.where(path), value=key)

    def json_schema(self) -> dict[str, Any]:
        if self.names is not None:
            return {"enum": sorted(self.names)}
        if self.pattern is not None:
            return {"pattern": f"^(?:{self.pattern.pattern})$"}
        return {}


class MapOf(Schema):
    """A mapping whose keys are ids (IKU ids, budget codes, fact names) and values alike."""

    def __init__(self, values: Schema, keys: Keys | None = None, doc: str = "") -> None:
        self.values = values
        self.keys = keys
        self.doc = doc

    def read(self, r: Reader, raw: Any, path: Path) -> Node:
        if r.kind(raw) != "mapping":
            raise _wrong_type(r, raw, path, "kind.mapping")
        out: dict[str, Node] = {}
        for key, key_at, value in r.entries(raw, path):
            if self.keys is not None:
                self.keys.check(r, key, key_at, path)
            node = self.read_value(r, value, (*path, key), key_at)
            node.key_line, node.key_column = key_at
            out[key] = node
        return Node(out, *r.at(raw))

    def read_value(self, r: Reader, raw: Any, path: Path, key_at: tuple[int, int]) -> Node:
        """One entry's value (`key_at`: where its key stands, for errors about the key)."""
        return self.values.read(r, raw, path)

    def json_schema(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "object", "additionalProperties": self.values.json_schema()}
        names = self.keys.json_schema() if self.keys is not None else {}
        if names:
            out["propertyNames"] = names
        return self._described(out)


class ListOf(Schema):
    def __init__(
        self, items: Schema, min_items: int = 0, max_items: int | None = None, doc: str = ""
    ) -> None:
        self.items = items
        self.min_items = min_items
        self.max_items = max_items
        self.doc = doc

    def read(self, r: Reader, raw: Any, path: Path) -> Node:
        if r.kind(raw) != "list":
            raise _wrong_type(r, raw, path, "kind.list")
        out = [self.items.read(r, item, (*path, i)) for i, item in enumerate(r.items(raw, path))]
        if len(out) < self.min_items or (self.max_items is not None and len(out) > self.max_items):
            count = (
                str(self.min_items)
                if self.min_items == self.max_items
                else f"{self.min_items}–{self.max_items if self.max_items is not None else '…'}"
            )
            raise fail(r, r.at(raw), "err.list_length", path=r.where(path), count=count, found=len(out))
        return Node(out, *r.at(raw))

    def json_schema(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "array", "items": self.items.json_schema()}
        if self.min_items:
            out["minItems"] = self.min_items
        if self.max_items is not None:
            out["maxItems"] = self.max_items
        return self._described(out)


class Text(Schema):
    """Text: free, one of some choices, or of a shape (a pattern), at most so long."""

    def __init__(
        self,
        choices: tuple[str, ...] | None = None,
        pattern: str | None = None,
        max_length: int = 100_000,
        doc: str = "",
        scalar: bool = False,
        nonempty: bool = False,
    ) -> None:
        self.nonempty = nonempty  # blank text is refused
        self.choices = choices
        self.pattern = re.compile(pattern) if pattern is not None else None
        self.max_length = max_length
        self.doc = doc
        # In a YAML data file a printed value may look like a number to YAML (375, 1.56):
        # any scalar is its text then. In TOML, text must be a string.
        self.scalar = scalar
        self.checked = choices is not None or pattern is not None or max_length < 100_000 or nonempty

    def read(self, r: Reader, raw: Any, path: Path) -> Node:
        value = r.string(raw, self.scalar)
        if value is None:
            raise _wrong_type(r, raw, path, "kind.text")
        at = r.at(raw)
        if self.checked:
            self.check(r, value, at, path)
        return Node(value, *at)

    def check(self, r: Reader, value: str, at: tuple[int, int], path: Path) -> None:
        if self.nonempty and not value.strip():
            raise fail(r, at, "err.blank", path=r.where(path))
        if len(value) > self.max_length:
            raise fail(r, at, "err.too_long", path=r.where(path), limit=self.max_length)
        if self.choices is not None and value not in self.choices:
            raise fail(
                r,
                at,
                "err.choice",
                path=r.where(path),
                value=value,
                choices=", ".join(self.choices),
                hint=did_you_mean(value, self.choices),
            )
        if self.pattern is not None and not self.pattern.fullmatch(value):
            raise fail(r, at, "err.pattern", path=r.where(path), value=value)

    def json_schema(self) -> dict[str, Any]:
        # YAML reads `375` as a number and `yes` as true: lkjip reads all of them as printed text.
        scalar_types = ["string", "number", "boolean", "null"]
        out: dict[str, Any] = {"type": scalar_types if self.scalar else "string"}
        if self.choices is not None:
            out = {"enum": list(self.choices)}
        elif self.pattern is not None:
            out["pattern"] = f"^(?:{self.pattern.pattern})$"
        if self.max_length < 100_000 and "enum" not in out:
            out["maxLength"] = self.max_length
        if self.nonempty and "enum" not in out:
            out["pattern"] = out.get("pattern", r"\S")
        return self._described(out)


class Integer(Schema):
    """A whole number within bounds; in YAML, written as digits."""

    def __init__(self, minimum: int = 0, maximum: int = 10**6, doc: str = "") -> None:
        self.minimum = minimum
        self.maximum = maximum
        self.doc = doc

    def read(self, r: Reader, raw: Any, path: Path) -> Node:
        kind = r.kind(raw)
        written = r.scalar(raw, path) if kind not in ("mapping", "list") else None
        digits = isinstance(written, str) and re.fullmatch(r"\s*\d{1,18}\s*", written)
        if kind == "text" and r.all_text and digits:
            value = int(str(written))
        elif kind == "integer" and isinstance(written, int):
            value = written
        else:
            raise _wrong_type(r, raw, path, "kind.integer")
        at = r.at(raw)
        if not self.minimum <= value <= self.maximum:
            raise fail(
                r,
                at,
                "err.out_of_range",
                path=r.where(path),
                low=self.minimum,
                high=self.maximum,
                value=value,
            )
        return Node(value, *at)

    def json_schema(self) -> dict[str, Any]:
        out = {"type": "integer", "minimum": self.minimum, "maximum": self.maximum}
        return self._described(out)


class Number(Schema):
    """A finite decimal number within the bounds of values/limits.py (TOML: integer,
    float or a string of digits, so that `"0.1"` can be written exactly)."""

    def __init__(self, minimum: Decimal | None = None, doc: str = "") -> None:
        self.minimum = minimum
        self.doc = doc

    def read(self, r: Reader, raw: Any, path: Path) -> Node:
        kind = r.kind(raw)
        if kind not in ("integer", "float", "text"):
            raise _wrong_type(r, raw, path, "kind.number")
        value = r.scalar(raw, path)
        at = r.at(raw)
        try:
            number = Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value).strip())
        except (InvalidOperation, ValueError):
            raise _wrong_type(r, raw, path, "kind.number") from None
        self.check(r, number, at, path)
        return Node(number, *at)

    def check(self, r: Reader, number: Decimal, at: tuple[int, int], path: Path) -> None:
        if not number.is_finite():
            raise fail(r, at, "err.not_finite", path=r.where(path), value=str(number))
        if limits.out_of_bounds(number):
            raise fail(
                r,
                at,
                "err.number_bounds",
                path=r.where(path),
                digits=limits.MAX_DIGITS,
                decimals=limits.MAX_DECIMALS,
                exponent=limits.MAX_MAGNITUDE_EXPONENT,
            )
        if self.minimum is not None and number < self.minimum:
            raise fail(
                r,
                at,
                "err.out_of_range",
                path=r.where(path),
                low=self.minimum,
                high="…",
                value=number,
            )

    def json_schema(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "anyOf": [{"type": "number"}, {"type": "string", "pattern": r"^\s*-?\d+(\.\d+)?\s*$"}]
        }
        return self._described(out)


class Boolean(Schema):
    def __init__(self, doc: str = "") -> None:
        self.doc = doc

    def read(self, r: Reader, raw: Any, path: Path) -> Node:
        kind = r.kind(raw)
        value = r.scalar(raw, path) if kind in ("bool", "text") else None
        if kind == "text" and r.all_text and isinstance(value, str):  # YAML: written true or false
            value = {"true": True, "false": False}.get(value.strip().lower())
        if not isinstance(value, bool):
            raise _wrong_type(r, raw, path, "kind.bool")
        return Node(value, *r.at(raw))

    def json_schema(self) -> dict[str, Any]:
        return self._described({"type": "boolean"})


class Date(Schema):
    """A calendar date: a TOML date (2024-06-30) or that written as text."""

    def __init__(self, doc: str = "") -> None:
        self.doc = doc

    def read(self, r: Reader, raw: Any, path: Path) -> Node:
        kind = r.kind(raw)
        value = r.scalar(raw, path) if kind in ("date", "text") else None
        if isinstance(value, str):
            try:
                value = datetime.date.fromisoformat(value.strip())
            except ValueError:
                value = None
        if not isinstance(value, datetime.date):
            raise _wrong_type(r, raw, path, "kind.date")
        return Node(value, *r.at(raw))

    def json_schema(self) -> dict[str, Any]:
        return self._described({"type": "string", "format": "date"})


class Either(Schema):
    """One of several shapes, chosen by the kind of value written (text, mapping or list)."""

    def __init__(self, *options: Schema, doc: str = "") -> None:
        self.options = options
        self.doc = doc

    def read(self, r: Reader, raw: Any, path: Path) -> Node:
        kind = r.kind(raw)
        for option in self.options:
            if _accepts(option, kind):
                return option.read(r, raw, path)
        return self.options[0].read(r, raw, path)  # reports the first shape expected

    def json_schema(self) -> dict[str, Any]:
        return self._described({"anyOf": [o.json_schema() for o in self.options]})


def _accepts(schema: Schema, kind: str) -> bool:
    if isinstance(schema, Obj | MapOf):
        return kind == "mapping"
    if isinstance(schema, ListOf):
        return kind == "list"
    if isinstance(schema, Text):
        return kind == "text" or (schema.scalar and kind not in ("mapping", "list"))
    if isinstance(schema, Integer):
        return kind in ("integer", "text")
    if isinstance(schema, Number):
        return kind in ("integer", "float", "text")
    if isinstance(schema, Date):
        return kind in ("date", "text")
    return isinstance(schema, Boolean) and kind in ("bool", "text")


def document_header(title: str, schema_id: str) -> dict[str, Any]:
    """What opens a JSON Schema document (draft 2020-12)."""
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": schema_id, "title": title}


_SCHEMA_MAPS = ("properties", "patternProperties", "$defs")  # name -> schema, not schemas themselves
_NOT_SCHEMAS = ("enum", "const", "required", "type", "examples", "default")


def shared_defs(doc: dict[str, Any], min_size: int = 200) -> dict[str, Any]:
    """The same document with every repeated subschema of some size written once, in `$defs`."""
    import json

    def walk(node: dict[str, Any], visit: Any) -> dict[str, Any]:
        """Rebuild a schema, giving every subschema (never a map of names) to `visit`."""
        out: dict[str, Any] = {}
        for k, v in node.items():
            if k in _SCHEMA_MAPS and isinstance(v, dict):
                out[k] = {name: visit(sub) for name, sub in v.items()}
            elif k in _NOT_SCHEMAS or not isinstance(v, dict | list):
                out[k] = v
            elif isinstance(v, list):
                out[k] = [visit(sub) if isinstance(sub, dict) else sub for sub in v]
            else:
                out[k] = visit(v)
        return out

    seen: dict[str, int] = {}

    def count(node: dict[str, Any]) -> dict[str, Any]:
        key = json.dumps(node, sort_keys=True)
        if len(key) >= min_size:
            seen[key] = seen.get(key, 0) + 1
        return walk(node, count)

    walk(doc, count)
    names: dict[str, str] = {}
    defs: dict[str, Any] = {}

    def share(node: dict[str, Any]) -> dict[str, Any]:
        key = json.dumps(node, sort_keys=True)
        if seen.get(key, 0) < 2:
            return walk(node, share)
        if key not in names:
            names[key] = f"d{len(names) + 1}"
            defs[names[key]] = walk(node, share)
        return {"$ref": f"#/$defs/{names[key]}"}

    out: dict[str, Any] = walk(doc, share)
    if defs:
        out["$defs"] = defs
    return out
