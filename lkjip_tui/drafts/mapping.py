"""The draft mapping: how a draft of this catalogue's reports maps onto the catalogue.

It lives with the catalogue (`rules/<catalogue>/draft/mapping.toml`), so a
second agency reads its drafts by writing this file, without Python:

    [names]       how rows are keyed by name: fuzzy threshold and margin,
                  abbreviations, other names (aliases) of IKU/IKK ids
    [[tables]]    which caption (or heading) fills which table kind; which
                  heading names which column; how rows are keyed; values a
                  pattern reads out of a printed column (`[[tables.extract]]`)
    [[facts]]     sentence patterns stating facts: `{fact}` is a figure as
                  printed (with its words in parentheses, if any), `{period}`
                  a period ("Triwulan II tahun 2022")
    [[comparisons]]  sentences that compare periods on purpose

Patterns are regular expressions (case-insensitive; a space matches any
run of white space, ` ?` an optional one). Every name is checked against
the catalogue when the mapping is read; errors cite the file, line, column.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, NoReturn

from lkjip_tui.model.rules import RuleSet, TableKind
from lkjip_tui.model.source import SourceError, TomlDoc, load_toml
from lkjip_tui.values import prose
from lkjip_tui.values.record import Record
from lkjip_tui.values.suggest import did_you_mean

FILE = Path("draft") / "mapping.toml"
VERSION = 1

# What a placeholder matches, by the kind of value it stands for (values/prose.py).
_BY_KIND = {"weekday": prose.WEEKDAY, "date": prose.DATE, "text": r"[^,.;:()]+?", "no": r"\d+\.?"}
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_.]*)\}")


class Pattern(Record):
    """A compiled pattern: which group holds which name, and which holds its words."""

    __slots__ = ("names", "needle", "ref", "regex", "text")

    def __init__(
        self, text: str, regex: re.Pattern[str], names: dict[str, str], ref: tuple[int, int]
    ) -> None:
        self.text = text
        self.regex = regex
        self.names = names  # group -> fact or column (its words in group "w" + group)
        self.ref = ref
        self.needle = needle(text)


_WORD = re.compile(r"(?<![\\\w])[A-Za-z]{4,}(?![\w?*+{])")


def needle(pattern: str) -> str:
    """The longest word every match of a pattern contains: a plain word outside any group,
    class or placeholder (there it might be optional, or one of several)."""
    depth, outside, i = 0, [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            outside.append("  ")
            i += 2
            continue
        if ch in "([{":
            depth += 1
        outside.append(ch if depth == 0 else " ")
        if ch in ")]}":
            depth = max(0, depth - 1)
        i += 1
    plain = "".join(outside)
    if "|" in plain:
        return ""  # an alternation at the top: no one word is required
    words = _WORD.findall(plain)
    return max(words, key=len).lower() if words else ""


class KeySpec(Record):
    """How a table's rows are keyed: by the name in a printed column, or by a code."""

    __slots__ = ("header", "names", "spaces", "total", "tree")

    def __init__(
        self,
        header: list[re.Pattern[str]],
        names: dict[str, list[str]],
        spaces: bool,
        total: re.Pattern[str] | None,
        tree: list[re.Pattern[str]],
    ) -> None:
        self.header = header  # the printed column whose text names (or codes) the row
        self.names = names  # rows = "key": id -> names it is printed as
        self.spaces = spaces  # False: spaces in a code are dropped ("3894. AEF" is 3894.AEF)
        self.total = total  # a row named so, or with a blank key and figures, is the total row
        self.tree = tree  # code levels, top first: each row's parent is the nearest row a level up


class TableMap(Record):
    __slots__ = ("caption", "columns", "extract", "heading", "key", "kind", "name", "ref")

    def __init__(
        self,
        kind: TableKind,
        name: str,
        caption: re.Pattern[str] | None,
        heading: re.Pattern[str] | None,
        columns: dict[str, list[re.Pattern[str]]],
        key: KeySpec | None,
        extract: list[tuple[list[re.Pattern[str]], Pattern]],
        ref: tuple[int, int],
    ) -> None:
        self.kind = kind
        self.name = name  # the table's name in the report; `{group}` takes the caption's group
        self.caption = caption
        self.heading = heading
        self.columns = columns  # column -> the headings it is printed under
        self.key = key
        self.extract = extract  # (printed column, pattern naming the kind's columns)
        self.ref = ref


class Mapping(Record):
    __slots__ = (
        "_needles",
        "abbreviations",
        "aliases",
        "comparisons",
        "facts",
        "file",
        "margin",
        "namers",
        "tables",
        "threshold",
    )

    def __init__(
        self,
        file: str,
        threshold: int,
        margin: int,
        abbreviations: dict[str, str],
        aliases: dict[str, list[str]],
        tables: list[TableMap],
        facts: list[Pattern],
        comparisons: list[re.Pattern[str]],
    ) -> None:
        self.file = file
        self.threshold = threshold
        self.margin = margin
        self.abbreviations = abbreviations
        self.aliases = aliases
        self.tables = tables
        self.facts = facts
        self.comparisons = comparisons
        self.namers: dict[str, Any] = {}  # per table: its rows' Namer, kept with the mapping
        words = sorted({p.needle for p in facts if p.needle}, key=len, reverse=True)
        self._needles = re.compile("|".join(map(re.escape, words))) if words else None

    def facts_for(self, lowered: str) -> list[Pattern]:
        """The fact patterns that may match a text (`lowered`: its lower case): one search for
        all their required words, instead of one per pattern."""
        present = set(self._needles.findall(lowered)) if self._needles is not None else set()
        return [p for p in self.facts if not p.needle or p.needle in present]


class _Reader:
    """Typed, positioned access to the TOML: every key read is marked, leftovers are errors."""

    def __init__(self, doc: TomlDoc, rs: RuleSet) -> None:
        self.doc = doc
        self.rs = rs

    def fail(self, path: tuple[str | int, ...], key: str, /, **args: object) -> NoReturn:
        line, col = self.doc.pos(*path)
        raise SourceError(self.doc.file, line, col, key, **args)

    def take(
        self,
        data: dict[str, Any],
        path: tuple[str | int, ...],
        key: str,
        types: type | tuple[type, ...],
        default: Any = ...,
    ) -> Any:
        if key not in data:
            if default is ...:
                self.fail(path, "err.rule_missing", key=key, section=_dotted(path))
            return default
        value = data.pop(key)
        if isinstance(value, bool) and bool not in (types if isinstance(types, tuple) else (types,)):
            self.fail((*path, key), "err.rule_type", key=key, expected=_type_name(types))
        if not isinstance(value, types):
            self.fail((*path, key), "err.rule_type", key=key, expected=_type_name(types))
        return value

    def table(self, data: dict[str, Any], path: tuple[str | int, ...], key: str) -> dict[str, Any]:
        return dict(self.take(data, path, key, dict, {}))

    def done(self, data: dict[str, Any], path: tuple[str | int, ...], known: tuple[str, ...]) -> None:
        for key in data:
            self.fail(
                (*path, key),
                "err.rule_unknown_key",
                key=key,
                section=_dotted(path) or "(top level)",
                hint=did_you_mean(key, known),
            )

    def strings(
        self, data: dict[str, Any], path: tuple[str | int, ...], key: str, default: Any = ...
    ) -> list[str]:
        value = self.take(data, path, key, (list, str), default)
        items = [value] if isinstance(value, str) else value
        if not all(isinstance(v, str) for v in items):
            self.fail((*path, key), "err.rule_type", key=key, expected="string or array of strings")
        return list(items)

    def regex(self, text: str, path: tuple[str | int, ...]) -> re.Pattern[str]:
        try:
            return re.compile(_spaces(text), re.IGNORECASE)
        except re.error as e:
            self.fail(path, "err.draft_regex", problem=str(e), pattern=text)

    def regexes(self, data: dict[str, Any], path: tuple[str | int, ...], key: str) -> list[re.Pattern[str]]:
        # Headings match whole: "target" is not "target 2023".
        return [self.regex(f"(?:{t})\\Z", (*path, key)) for t in self.strings(data, path, key)]

    def pattern(self, text: str, path: tuple[str | int, ...], kinds: dict[str, str]) -> Pattern:
        """`{name}` placeholders become groups matching a value of that name's kind."""
        names: dict[str, str] = {}

        def group(m: re.Match[str]) -> str:
            name = m.group(1)
            if name not in kinds:
                self.fail(path, "err.draft_placeholder", name=name, hint=did_you_mean(name, kinds))
            g = f"g{len(names)}"
            names[g] = name
            kind = kinds[name]
            if kind == "period":
                return f"(?P<{g}>{prose.PERIOD})"
            if kind in _BY_KIND:
                return f"(?P<{g}>{_BY_KIND[kind]})"
            return f"(?P<{g}>{prose.NUMBER})(?:{prose.WORDS.format(name='w' + g)})?"

        body = _PLACEHOLDER.sub(group, _spaces(text))
        if not names:
            self.fail(path, "err.draft_no_placeholder", pattern=text)
        try:
            regex = re.compile(body, re.IGNORECASE)
        except re.error as e:
            self.fail(path, "err.draft_regex", problem=str(e), pattern=text)
        return Pattern(text, regex, names, self.doc.pos(*path))


def _spaces(text: str) -> str:
    """A space in a pattern matches any white space; ` ?` makes it optional."""
    return re.sub(r" (?![?*+{])", r"\\s+", text.replace(" ?", r"\s*"))


def _dotted(path: tuple[str | int, ...]) -> str:
    return ".".join(str(p) if isinstance(p, str) else f"[{p}]" for p in path).replace(".[", "[")


def _type_name(types: type | tuple[type, ...]) -> str:
    names = {str: "string", int: "integer", bool: "true/false", list: "array", dict: "table"}
    ts = types if isinstance(types, tuple) else (types,)
    return " or ".join(names.get(t, t.__name__) for t in ts)


_loaded: dict[Path, tuple[tuple[tuple[str, int, int], ...], Mapping]] = {}


def cached(catalogue_dir: Path, rs: RuleSet, display: Any) -> Mapping:
    """The mapping of a catalogue, read once per process while neither it nor the catalogue's
    files change (it is checked against the catalogue only: a unit's file adds targets)."""
    try:
        files = sorted([catalogue_dir / FILE, *catalogue_dir.glob("*.toml")])
        stamp = tuple((str(f), (st := f.stat()).st_mtime_ns, st.st_size) for f in files)
    except OSError:
        return load(catalogue_dir, rs, display)  # gone or unreadable: load says how
    hit = _loaded.get(catalogue_dir)
    if hit is not None and hit[0] == stamp:
        return hit[1]
    mapping = load(catalogue_dir, rs, display)
    _loaded[catalogue_dir] = (stamp, mapping)
    return mapping


def load(catalogue_dir: Path, rs: RuleSet, display: Any) -> Mapping:
    """Read and check the draft mapping of a catalogue against its RuleSet."""
    path = catalogue_dir / FILE
    if not path.is_file():
        raise SourceError(display(path), 0, 0, "err.draft_no_mapping", catalogue=rs.catalogue)
    doc = load_toml(path, display(path))
    r = _Reader(doc, rs)
    data = dict(doc.data)
    version = r.take(data, (), "version", int)
    if version != VERSION:
        r.fail(("version",), "err.version", found=version, supported=VERSION)
    names = r.table(data, (), "names")
    threshold = r.take(names, ("names",), "threshold", int, 85)
    margin = r.take(names, ("names",), "margin", int, 3)
    if not 0 < threshold <= 100 or not 0 <= margin < 100:
        r.fail(
            ("names", "threshold"), "err.rule_type", key="threshold", expected="a score 1–100 (margin 0–99)"
        )
    abbreviations = r.table(names, ("names",), "abbreviations")
    for k, v in abbreviations.items():
        if not isinstance(v, str):
            r.fail(("names", "abbreviations", k), "err.rule_type", key=k, expected="string")
    aliases_raw = r.table(names, ("names",), "aliases")
    aliases = {}
    for k in list(aliases_raw):
        if k not in rs.iku and k not in rs.ikk and k not in rs.sasaran:
            r.fail(
                ("names", "aliases", k),
                "err.unknown_iku",
                iku=k,
                hint=did_you_mean(k, [*rs.iku, *rs.ikk, *rs.sasaran]),
            )
        aliases[k] = r.strings(aliases_raw, ("names", "aliases"), k)
    r.done(names, ("names",), ("threshold", "margin", "abbreviations", "aliases"))

    tables = [_table(r, item, ("tables", i)) for i, item in enumerate(r.take(data, (), "tables", list))]
    seen: dict[str, int] = {}
    for i, t in enumerate(tables):
        if "{" not in t.name and t.name in seen:
            r.fail(
                ("tables", i, "name"),
                "err.rule_redefined",
                key=t.name,
                first=f"[[tables]] {seen[t.name] + 1}",
            )
        seen[t.name] = i
    fact_kinds = {f: "fact" for f in rs.fact_names()} | {"period": "period"}
    facts = []
    for i, item in enumerate(r.take(data, (), "facts", list, [])):
        entry = dict(_entry(r, item, ("facts", i)))
        facts.append(
            r.pattern(r.take(entry, ("facts", i), "pattern", str), ("facts", i, "pattern"), fact_kinds)
        )
        r.done(entry, ("facts", i), ("pattern",))
    comparisons = []
    for i, item in enumerate(r.take(data, (), "comparisons", list, [])):
        entry = dict(_entry(r, item, ("comparisons", i)))
        comparisons.append(
            r.regex(r.take(entry, ("comparisons", i), "pattern", str), ("comparisons", i, "pattern"))
        )
        r.done(entry, ("comparisons", i), ("pattern",))
    r.done(data, (), ("version", "names", "tables", "facts", "comparisons"))
    return Mapping(doc.file, threshold, margin, abbreviations, aliases, tables, facts, comparisons)


def _entry(r: _Reader, item: Any, path: tuple[str | int, ...]) -> dict[str, Any]:
    if not isinstance(item, dict):
        r.fail(path, "err.rule_type", key=_dotted(path), expected="table")
    return item


def _table(r: _Reader, item: Any, path: tuple[str | int, ...]) -> TableMap:
    data = dict(_entry(r, item, path))
    kind_name = r.take(data, path, "kind", str)
    if kind_name not in r.rs.tables:
        r.fail(
            (*path, "kind"), "err.unknown_table", table=kind_name, hint=did_you_mean(kind_name, r.rs.tables)
        )
    kind = r.rs.tables[kind_name]
    name = r.take(data, path, "name", str, kind_name)
    caption = r.take(data, path, "caption", str, None)
    heading = r.take(data, path, "heading", str, None)
    if caption is None and heading is None:
        r.fail(path, "err.draft_table_found_by")
    columns_raw = r.table(data, path, "columns")
    columns = {}
    for col in list(columns_raw):
        if col not in kind.columns:
            r.fail(
                (*path, "columns", col),
                "err.unknown_column",
                column=col,
                table=kind_name,
                hint=did_you_mean(col, kind.columns),
            )
        if kind.columns[col].kind == "parent":
            r.fail((*path, "columns", col), "err.draft_parent_column", column=col)
        columns[col] = r.regexes(columns_raw, (*path, "columns"), col)
    key = None
    key_raw = r.table(data, path, "key")
    if kind.rows != "list":
        key = _key(r, key_raw, (*path, "key"), kind)
    elif key_raw:
        r.fail((*path, "key"), "err.draft_list_key", table=kind_name)
    extract = []
    column_kinds = {c: col.kind for c, col in kind.columns.items()}
    for i, ex in enumerate(r.take(data, path, "extract", list, [])):
        expath = (*path, "extract", i)
        ex = dict(_entry(r, ex, expath))
        source = r.regexes(ex, expath, "column")
        extract.append(
            (source, r.pattern(r.take(ex, expath, "pattern", str), (*expath, "pattern"), column_kinds))
        )
        r.done(ex, expath, ("column", "pattern"))
    r.done(data, path, ("kind", "name", "caption", "heading", "columns", "key", "extract"))
    return TableMap(
        kind,
        name,
        r.regex(caption, (*path, "caption")) if caption is not None else None,
        r.regex(heading, (*path, "heading")) if heading is not None else None,
        columns,
        key,
        extract,
        r.doc.pos(*path),
    )


def _key(r: _Reader, data: dict[str, Any], path: tuple[str | int, ...], kind: TableKind) -> KeySpec:
    header = r.regexes(data, path, "header")
    names_raw = r.table(data, path, "names")
    if names_raw and kind.rows != "key":
        r.fail((*path, "names"), "err.draft_key_names", rows=kind.rows)
    names = {k: r.strings(names_raw, (*path, "names"), k) for k in list(names_raw)}
    spaces = r.take(data, path, "spaces", bool, True)
    total_raw = r.strings(data, path, "total", [])
    tree = [r.regex(f"(?:{t})\\Z", (*path, "tree")) for t in r.strings(data, path, "tree", [])]
    if tree and not any(c.kind == "parent" for c in kind.columns.values()):
        r.fail((*path, "tree"), "err.draft_tree_parent", table=kind.name)
    r.done(data, path, ("header", "names", "spaces", "total", "tree"))
    total = r.regex("|".join(f"(?:{t})" for t in total_raw) + r"\Z", (*path, "total")) if total_raw else None
    return KeySpec(header, names, spaces, total, tree)
