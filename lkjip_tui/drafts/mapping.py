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

from lkjip_tui.drafts.linear import Linear, PatternError
from lkjip_tui.model.rules import RuleSet, TableKind
from lkjip_tui.model.schema import Boolean, Either, Field, Integer, ListOf, MapOf, Node, Obj, Text, TomlReader
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

    def __init__(self, text: str, regex: Linear, names: dict[str, str], ref: tuple[int, int]) -> None:
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
        header: list[Linear],
        names: dict[str, list[str]],
        spaces: bool,
        total: Linear | None,
        tree: list[Linear],
    ) -> None:
        self.header = header  # the printed column whose text names (or codes) the row
        self.names = names  # rows = "key": id -> names it is printed as
        self.spaces = spaces  # False: spaces in a code are dropped ("3894. AEF" is 3894.AEF)
        self.total = total  # a row named so, or with a blank key and figures, is the total row
        self.tree = tree  # code levels, top first: each row's parent is the nearest row a level up


class TableMap(Record):
    __slots__ = ("caption", "columns", "extract", "heading", "key", "kind", "name", "ref", "requires")

    def __init__(
        self,
        kind: TableKind,
        name: str,
        caption: Linear | None,
        heading: Linear | None,
        columns: dict[str, list[Linear]],
        key: KeySpec | None,
        extract: list[tuple[list[Linear], Pattern]],
        ref: tuple[int, int],
        requires: tuple[str, ...] = (),
    ) -> None:
        self.kind = kind
        self.name = name  # the table's name in the report; `{group}` takes the caption's group
        self.caption = caption
        self.heading = heading
        self.columns = columns  # column -> the headings it is printed under
        self.key = key
        self.extract = extract  # (printed column, pattern naming the kind's columns)
        self.ref = ref
        self.requires = requires  # columns the heading must print for the table to be of this kind


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
        comparisons: list[Linear],
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


def _strings(node: Node | None) -> list[str]:
    """A string or a list of them, as a list (none when absent)."""
    if node is None:
        return []
    return [node.value] if isinstance(node.value, str) else [n.value for n in node.value]


class _Reader:
    """Turning the read mapping's patterns into compiled ones, with positioned errors."""

    def __init__(self, doc: TomlDoc, rs: RuleSet) -> None:
        self.doc = doc
        self.rs = rs

    def fail(self, node: Node, key: str, /, **args: object) -> NoReturn:
        raise SourceError(self.doc.file, node.key_line, node.key_column, key, **args)

    def regex(self, text: str, node: Node) -> Linear:
        return self.compile(_spaces(text), text, node)

    def compile(self, body: str, text: str, node: Node, guarded: tuple[str, ...] = ()) -> Linear:
        """Compiled by RE2 (linear time, case-insensitive); refused here if it cannot run it."""
        try:
            return Linear(body, guarded)
        except PatternError as e:
            self.fail(node, "err.draft_regex", problem=str(e), pattern=text)

    def regexes(self, node: Node | None) -> list[Linear]:
        # Headings match whole: "target" is not "target 2023".
        return [self.regex(f"(?:{t})\\Z", node) for t in _strings(node)] if node is not None else []

    def pattern(self, node: Node, kinds: dict[str, str]) -> Pattern:
        """`{name}` placeholders become groups matching a value of that name's kind."""
        text: str = node.value
        names: dict[str, str] = {}
        guarded: list[str] = []

        def group(m: re.Match[str]) -> str:
            name = m.group(1)
            if name not in kinds:
                self.fail(node, "err.draft_placeholder", name=name, hint=did_you_mean(name, kinds))
            g = f"g{len(names)}"
            names[g] = name
            kind = kinds[name]
            if kind == "period":
                return f"(?P<{g}>{prose.PERIOD})"
            if kind in _BY_KIND:
                return f"(?P<{g}>{_BY_KIND[kind]})"
            guarded.append(g)  # RE2 has no look-behind: Linear checks what stands before the figure
            return f"(?P<{g}>{prose.FIGURE})(?:{prose.WORDS.format(name='w' + g)})?"

        body = _PLACEHOLDER.sub(group, _spaces(text))
        if not names:
            self.fail(node, "err.draft_no_placeholder", pattern=text)
        return Pattern(text, self.compile(body, text, node, tuple(guarded)), names, node.key_at)


def _spaces(text: str) -> str:
    """A space in a pattern matches any white space; ` ?` makes it optional."""
    return re.sub(r" (?![?*+{])", r"\\s+", text.replace(" ?", r"\s*"))


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


_TEXTS = Either(Text(), ListOf(Text()), doc="a pattern, or a list of them")
_PATTERN = Text(doc="a regular expression (case-insensitive; a space matches any white space)")
MAPPING = Obj(
    {
        "version": Field(Integer(1, 1000, doc="the mapping format's version: 1"), required=True),
        "names": Obj(
            {
                "threshold": Integer(1, 100, doc="the fuzzy score a printed name needs (rapidfuzz WRatio)"),
                "margin": Integer(0, 99, doc="how far it must be ahead of the next candidate"),
                "abbreviations": MapOf(Text(), doc="an abbreviation to what it stands for"),
                "aliases": MapOf(_TEXTS, doc="an IKU, IKK or sasaran id to other names it is printed as"),
            }
        ),
        "tables": Field(
            ListOf(
                Obj(
                    {
                        "kind": Field(Text(doc="the table kind a printed table fills"), required=True),
                        "name": Text(doc="its name in the report; {n} takes the caption's group"),
                        "caption": _PATTERN,
                        "heading": _PATTERN,
                        "columns": MapOf(_TEXTS, doc="a column to the headings it is printed under"),
                        "requires": ListOf(
                            Text(), doc="columns its heading must print (else the next entry is tried)"
                        ),
                        "key": Obj(
                            {
                                "header": _TEXTS,
                                "names": MapOf(_TEXTS),
                                "spaces": Boolean(),
                                "total": _TEXTS,
                                "tree": _TEXTS,
                            }
                        ),
                        "extract": ListOf(
                            Obj(
                                {
                                    "column": Field(_TEXTS, required=True),
                                    "pattern": Field(_PATTERN, required=True),
                                }
                            )
                        ),
                    }
                )
            ),
            required=True,
        ),
        "facts": ListOf(Obj({"pattern": Field(_PATTERN, required=True)})),
        "comparisons": ListOf(Obj({"pattern": Field(_PATTERN, required=True)})),
    },
    doc="How a catalogue's report drafts map onto it (rules/<catalogue>/draft/mapping.toml).",
)


def load(catalogue_dir: Path, rs: RuleSet, display: Any) -> Mapping:
    """Read the draft mapping of a catalogue against its format, then its names against the RuleSet."""
    path = catalogue_dir / FILE
    if not path.is_file():
        raise SourceError(display(path), 0, 0, "err.draft_no_mapping", catalogue=rs.catalogue)
    doc = load_toml(path, display(path))
    reader = TomlReader(doc)
    top = MAPPING.read(reader, reader.root(), ()).value
    r = _Reader(doc, rs)
    if top["version"].value != VERSION:
        r.fail(top["version"], "err.version", found=top["version"].value, supported=VERSION)
    names = top["names"].value if "names" in top else {}
    threshold = names["threshold"].value if "threshold" in names else 85
    margin = names["margin"].value if "margin" in names else 3
    abbreviations = (
        {k: n.value for k, n in names["abbreviations"].value.items()} if "abbreviations" in names else {}
    )
    aliases = {}
    for k, node in names["aliases"].value.items() if "aliases" in names else ():
        if k not in rs.iku and k not in rs.ikk and k not in rs.sasaran:
            r.fail(node, "err.unknown_iku", iku=k, hint=did_you_mean(k, [*rs.iku, *rs.ikk, *rs.sasaran]))
        aliases[k] = _strings(node)
    tables = [_table(r, item) for item in top["tables"].value]
    seen: dict[str, int] = {}
    for i, (t, item) in enumerate(zip(tables, top["tables"].value, strict=True)):
        if "{" not in t.name and t.name in seen:
            where = item.value.get("name", item)
            r.fail(where, "err.rule_redefined", key=t.name, first=f"[[tables]] {seen[t.name] + 1}")
        seen[t.name] = i
    fact_kinds = {f: "fact" for f in rs.fact_names()} | {"period": "period"}
    facts = (
        [r.pattern(item.value["pattern"], fact_kinds) for item in top["facts"].value]
        if "facts" in top
        else []
    )
    comparisons = (
        [r.regex(item.value["pattern"].value, item.value["pattern"]) for item in top["comparisons"].value]
        if "comparisons" in top
        else []
    )
    return Mapping(doc.file, threshold, margin, abbreviations, aliases, tables, facts, comparisons)


def _table(r: _Reader, item: Node) -> TableMap:
    v = item.value
    kind_node = v["kind"]
    kind_name = kind_node.value
    if kind_name not in r.rs.tables:
        r.fail(kind_node, "err.unknown_table", table=kind_name, hint=did_you_mean(kind_name, r.rs.tables))
    kind = r.rs.tables[kind_name]
    name = item.text("name", kind_name)
    if "caption" not in v and "heading" not in v:
        r.fail(item, "err.draft_table_found_by")
    columns = {}
    for col, node in v["columns"].value.items() if "columns" in v else ():
        if col not in kind.columns:
            hint = did_you_mean(col, kind.columns)
            r.fail(node, "err.unknown_column", column=col, table=kind_name, hint=hint)
        if kind.columns[col].kind == "parent":
            r.fail(node, "err.draft_parent_column", column=col)
        columns[col] = r.regexes(node)
    key = None
    if kind.rows != "list":
        key = _key(r, v.get("key"), kind)
    elif "key" in v:
        r.fail(v["key"], "err.draft_list_key", table=kind_name)
    requires = []
    for node in v["requires"].value if "requires" in v else ():
        if node.value not in columns:
            r.fail(
                node,
                "err.unknown_column",
                column=node.value,
                table=kind_name,
                hint=did_you_mean(node.value, columns),
            )
        requires.append(node.value)
    column_kinds = {c: col.kind for c, col in kind.columns.items()}
    extract = [
        (r.regexes(ex.value["column"]), r.pattern(ex.value["pattern"], column_kinds))
        for ex in (v["extract"].value if "extract" in v else [])
    ]
    return TableMap(
        kind,
        name,
        r.regex(v["caption"].value, v["caption"]) if "caption" in v else None,
        r.regex(v["heading"].value, v["heading"]) if "heading" in v else None,
        columns,
        key,
        extract,
        item.at,
        tuple(requires),
    )


def _key(r: _Reader, node: Node | None, kind: TableKind) -> KeySpec:
    v = node.value if node is not None else {}
    names_node = v.get("names")
    if names_node is not None and names_node.value and kind.rows != "key":
        r.fail(names_node, "err.draft_key_names", rows=kind.rows)
    names = {k: _strings(n) for k, n in names_node.value.items()} if names_node is not None else {}
    spaces = bool(v["spaces"].value) if "spaces" in v else True
    tree_node = v.get("tree")
    tree = [r.regex(f"(?:{t})\\Z", tree_node) for t in _strings(tree_node)] if tree_node is not None else []
    if tree and not any(c.kind == "parent" for c in kind.columns.values()):
        assert tree_node is not None
        r.fail(tree_node, "err.draft_tree_parent", table=kind.name)
    total_node = v.get("total")
    total_raw = _strings(total_node)
    total = None
    if total_raw:
        assert total_node is not None
        total = r.regex("|".join(f"(?:{t})" for t in total_raw) + r"\Z", total_node)
    return KeySpec(r.regexes(v.get("header")), names, spaces, total, tree)
