"""The rules' small, safe expression language.

    saldo == anggaran - realisasi
    realisasi / anggaran * 100
    count(berita[*])
    sum(pemulangan[*].jml)
    facts.p3mi_pusat + facts.p3mi_cabang
    anggaran["104.01.DP"].pagu

Text is parsed with lark (never Python `eval`), names are resolved against the
rules' catalogue when the rules load, and the result is a tree of closures
evaluated with interval arithmetic over Decimals. Parsed trees are cached by
text in the user's cache directory, so a check whose rules did not change does
not import lark at all.
"""

from __future__ import annotations

import datetime
import json
import os
import zlib
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lkjip_tui.findings import Msg
from lkjip_tui.interval import DivisionByZero, Interval, Unbounded
from lkjip_tui.record import Record
from lkjip_tui.source import SourceError

if TYPE_CHECKING:
    from lkjip_tui.catalogue import RuleSet, TableKind
    from lkjip_tui.report import Cell, Report, Row, Table

GRAMMAR = r"""
?start: or_expr
?or_expr: and_expr | or_expr "or" and_expr -> or_
?and_expr: not_expr | and_expr "and" not_expr -> and_
?not_expr: comparison | "not" not_expr -> not_
?comparison: sum | sum COMP sum -> compare
?sum: product | sum ADD product -> binop
?product: unary | product MUL unary -> binop
?unary: atom | "-" unary -> neg
?atom: NUMBER -> number
     | STRING -> string
     | NAME "(" [or_expr ("," or_expr)*] ")" -> call
     | path
     | "(" or_expr ")"
path: NAME selector*
selector: "." NAME -> field
        | "[" "*" "]" -> every
        | "[" KEY "]" -> key
        | "[" STRING "]" -> key
COMP: "==" | "!=" | "<=" | ">=" | "<" | ">"
ADD: "+" | "-"
MUL: "*" | "/"
NAME: /[A-Za-z_][A-Za-z0-9_]*/
KEY: /[A-Za-z0-9_][A-Za-z0-9_.\-]*/
NUMBER: /\d+(\.\d+)?/
STRING: /"[^"\n]*"/ | /'[^'\n]*'/
%ignore /[ \t\r\n]+/
"""

FUNCTIONS = ("sum", "count", "min", "max", "abs", "round", "present")
_ARITY = {"abs": (1, 1), "round": (1, 2), "present": (1, 1), "count": (1, 1)}


class Origin(Record):
    """Where an expression's text starts in a rules file."""

    __slots__ = ("column", "file", "line")

    def __init__(self, file: str, line: int, column: int) -> None:
        self.file = file
        self.line = line
        self.column = column


class Scope(Record):
    """What names mean: the rules, and the table whose row a formula runs on."""

    __slots__ = ("rs", "table")

    def __init__(self, rs: RuleSet, table: TableKind | None = None) -> None:
        self.rs = rs
        self.table = table


# ------------------------------------------------------------------ values


class Num(Record):
    __slots__ = ("cells", "iv")

    def __init__(self, iv: Interval, cells: tuple[Cell, ...] = ()) -> None:
        self.iv = iv
        self.cells = cells


class Missing(Record):
    """No figure to compute with: a blank, `-`, an absent row or fact."""

    __slots__ = ("what",)

    def __init__(self, what: str) -> None:
        self.what = what


class Undefined(Record):
    """A division by zero, or by an interval that contains zero."""

    __slots__ = ("divisor", "reason")

    def __init__(self, reason: str, divisor: str) -> None:
        self.reason = reason  # "div0" or "unbounded"
        self.divisor = divisor


class Many(Record):
    """A wildcard's values, one per row."""

    __slots__ = ("items", "rows")

    def __init__(self, items: tuple[Any, ...], rows: int) -> None:
        self.items = items
        self.rows = rows


Value = Any


class Env(Record):
    __slots__ = ("report", "row", "rs", "table")

    def __init__(
        self, report: Report, rs: RuleSet, row: Row | None = None, table: Table | None = None
    ) -> None:
        self.report = report
        self.rs = rs
        self.row = row
        self.table = table


Fn = Callable[[Env], Value]


class Expr(Record):
    __slots__ = ("ast", "fn", "origin", "parts", "scope", "text")

    def __init__(self, text: str, ast: list[Any], origin: Origin, fn: Fn, scope: Scope) -> None:
        self.text = text
        self.ast = ast
        self.origin = origin
        self.fn = fn
        self.scope = scope
        self.parts: dict[int, Fn] = {}  # compiled sub-expressions, for explanations

    def __call__(self, env: Env) -> Value:
        return self.fn(env)

    def part(self, node: list[Any], env: Env) -> Value:
        """The value of one sub-expression (a path or a call) of this formula."""
        fn = self.parts.get(id(node))
        if fn is None:
            fn = self.parts[id(node)] = _compile(node, self.scope, self.origin, self.text)
        return fn(env)

    def __str__(self) -> str:
        return self.text


# ------------------------------------------------------------------ parsing

_cache: dict[str, Any] | None = None
_cache_dirty = False
_parser: Any = None


# The grammar's checksum names cache files, so a changed grammar never reads old trees.
GRAMMAR_ID = f"{zlib.crc32(GRAMMAR.encode()):08x}"
# Trees of the shipped rules' formulas, shipped with the package (like bytecode):
# a first check on a new machine needs no lark either. tests/test_expr.py keeps
# it current; LKJIP_UPDATE_GOLDEN=1 rewrites it.
BUNDLED_CACHE = Path(__file__).with_name("expr_cache.json")


def _cache_file() -> Path | None:
    if os.environ.get("LKJIP_NO_CACHE"):
        return None
    base = os.environ.get("LKJIP_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    root = Path(base) if base else Path.home() / ".cache"
    if not os.environ.get("LKJIP_CACHE_DIR"):
        root = root / "lkjip"
    return root / f"expr-{GRAMMAR_ID}.json"


def _read_trees(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}  # no cache yet, or an unreadable one: parse afresh
    trees = data.get("trees") if isinstance(data, dict) and data.get("grammar") == GRAMMAR_ID else None
    return trees if isinstance(trees, dict) else {}


def _load_cache() -> dict[str, Any]:
    global _cache
    if _cache is None:
        path = _cache_file()
        _cache = {}
        if path is not None:
            _cache.update(_read_trees(BUNDLED_CACHE))
            _cache.update(_read_trees(path))
    return _cache


def save_cache() -> None:
    """Write newly parsed expressions to the cache (atomically; failures are harmless)."""
    global _cache_dirty
    path = _cache_file()
    if not _cache_dirty or path is None or _cache is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"grammar": GRAMMAR_ID, "trees": _cache}, separators=(",", ":")), "utf-8")
        os.replace(tmp, path)
        _cache_dirty = False
    except OSError:
        pass


def parse(text: str, origin: Origin) -> list[Any]:
    global _cache_dirty
    cache = _load_cache()
    hit = cache.get(text)
    if hit is not None:
        return list(hit)
    tree = _parse_with_lark(text, origin)
    cache[text] = tree
    _cache_dirty = True
    return tree


def _parse_with_lark(text: str, origin: Origin) -> list[Any]:
    global _parser
    import lark

    if _parser is None:
        _parser = lark.Lark(GRAMMAR, parser="lalr", transformer=_ToAst())
    try:
        result: list[Any] = _parser.parse(text)
        return result
    except lark.exceptions.UnexpectedInput as e:
        col = getattr(e, "column", -1)
        col = col if isinstance(col, int) and col > 0 else len(text) + 1
        token = getattr(e, "token", None)
        problem: Msg
        if (
            isinstance(e, lark.exceptions.UnexpectedEOF)
            or getattr(token, "type", "") == "$END"
            or col > len(text)
        ):
            problem, col = Msg("expr.ends_early"), len(text) + 1
        elif isinstance(e, lark.exceptions.UnexpectedCharacters):
            problem = Msg("expr.unexpected", {"what": text[col - 1]})
        else:
            problem = Msg("expr.unexpected", {"what": str(token)})
        raise SourceError(
            origin.file, origin.line, origin.column + col - 1, "err.expr_syntax", problem=problem, expr=text
        ) from None


class _ToAst:
    """lark Transformer producing plain lists (JSON-cacheable)."""

    def __new__(cls) -> Any:
        import lark

        class T(lark.Transformer[Any, list[Any]]):
            def number(self, c: list[Any]) -> list[Any]:
                return ["num", str(c[0])]

            def string(self, c: list[Any]) -> list[Any]:
                return ["str", str(c[0])[1:-1]]

            def call(self, c: list[Any]) -> list[Any]:
                args = [a for a in c[1:] if a is not None]
                return ["call", c[0].column, str(c[0]), args]

            def path(self, c: list[Any]) -> list[Any]:
                return ["path", c[0].column, [["f", str(c[0])], *c[1:]]]

            def field(self, c: list[Any]) -> list[Any]:
                return ["f", str(c[0])]

            def every(self, c: list[Any]) -> list[Any]:
                return ["*"]

            def key(self, c: list[Any]) -> list[Any]:
                s = str(c[0])
                return ["k", s[1:-1] if s[:1] in "\"'" else s]

            def binop(self, c: list[Any]) -> list[Any]:
                return ["op", str(c[1]), c[0], c[2]]

            def compare(self, c: list[Any]) -> list[Any]:
                return ["cmp", str(c[1]), c[0], c[2]]

            def neg(self, c: list[Any]) -> list[Any]:
                return ["neg", c[0]]

            def not_(self, c: list[Any]) -> list[Any]:
                return ["not", c[0]]

            def and_(self, c: list[Any]) -> list[Any]:
                return ["and", c[0], c[1]]

            def or_(self, c: list[Any]) -> list[Any]:
                return ["or", c[0], c[1]]

        return T()


# ------------------------------------------------------------------ compiling


def compile_text(text: str, scope: Scope, origin: Origin) -> Expr:
    ast = parse(text, origin)
    return Expr(text, ast, origin, _compile(ast, scope, origin, text), scope)


def _err(origin: Origin, column: int, msg_key: str, /, **args: object) -> SourceError:
    return SourceError(origin.file, origin.line, origin.column + column - 1, msg_key, **args)


def _compile(node: list[Any], scope: Scope, origin: Origin, text: str) -> Fn:
    tag = node[0]
    if tag == "num":
        value = Num(Interval.point(Decimal(node[1])))
        return lambda env: value
    if tag == "str":
        s = node[1]
        return lambda env: s
    if tag == "path":
        return _compile_path(node[1], node[2], scope, origin)
    if tag == "call":
        return _compile_call(node, scope, origin, text)
    if tag == "neg":
        a = _compile(node[1], scope, origin, text)
        return lambda env: _arith("neg", a(env), None)
    if tag == "op":
        op = node[1]
        a, b = _compile(node[2], scope, origin, text), _compile(node[3], scope, origin, text)
        return lambda env: _arith(op, a(env), b(env))
    if tag == "cmp":
        op = node[1]
        a, b = _compile(node[2], scope, origin, text), _compile(node[3], scope, origin, text)
        return lambda env: _compare(op, a(env), b(env))
    if tag == "not":
        a = _compile(node[1], scope, origin, text)
        return lambda env: _not(a(env))
    if tag in ("and", "or"):
        a, b = _compile(node[1], scope, origin, text), _compile(node[2], scope, origin, text)
        return (lambda env: _and(a(env), b(env))) if tag == "and" else (lambda env: _or(a(env), b(env)))
    raise AssertionError(f"unknown node {tag}")  # pragma: no cover


def _compile_path(column: int, segs: list[list[str]], scope: Scope, origin: Origin) -> Fn:
    first = segs[0][1]
    rs = scope.rs
    if first == "facts":
        if len(segs) < 2 or any(s[0] != "f" for s in segs[1:]):
            raise _err(origin, column, "err.expr_fact_path")
        fact = ".".join(s[1] for s in segs[1:])
        if rs.fact_kind(fact) is None:
            from lkjip_tui.catalogue import did_you_mean

            raise _err(
                origin, column, "err.unknown_fact", fact=fact, hint=did_you_mean(fact, rs.fact_names())
            )
        return lambda env: fact_value(env.report, fact)
    if scope.table is not None and first in scope.table.columns and len(segs) == 1:
        name = first
        return lambda env: cell_value(env.row.cells.get(name) if env.row else None, name)
    if first in rs.tables:
        return _compile_table_path(first, column, segs[1:], scope, origin)
    from lkjip_tui.catalogue import did_you_mean

    names = [*rs.tables, "facts", *(scope.table.columns if scope.table else ())]
    raise _err(origin, column, "err.expr_unknown_name", name=first, hint=did_you_mean(first, names))


def _compile_table_path(kind: str, column: int, segs: list[list[str]], scope: Scope, origin: Origin) -> Fn:
    tk = scope.rs.tables[kind]
    if not segs or segs[0][0] not in ("k", "*"):
        raise _err(origin, column, "err.expr_table_path", table=kind)
    selector = segs[0]
    field_name: str | None = None
    if len(segs) == 2 and segs[1][0] == "f":
        field_name = segs[1][1]
        if field_name not in tk.columns:
            from lkjip_tui.catalogue import did_you_mean

            raise _err(
                origin,
                column,
                "err.unknown_column",
                column=field_name,
                table=kind,
                hint=did_you_mean(field_name, tk.columns),
            )
    elif len(segs) > 1:
        raise _err(origin, column, "err.expr_table_path", table=kind)

    if selector[0] == "k":
        key = selector[1]

        def one(env: Env) -> Value:
            # A kind printed as several tables (the team tables) may hold the row more than once.
            rows = [t.rows[key] for t in env.report.tables_of(kind) if key in t.rows]
            if not rows:
                return Missing(f"{kind}[{key}]")
            if field_name is None:
                return Many(tuple(rows), len(rows))
            values = tuple(cell_value(r.cells.get(field_name), field_name) for r in rows)
            return values[0] if len(values) == 1 else Many(values, len(rows))

        return one

    def every(env: Env) -> Value:
        rows = [r for t in env.report.tables_of(kind) for r in t.rows.values()]
        if not env.report.tables_of(kind):
            return Missing(kind)
        if field_name is None:
            return Many(tuple(rows), len(rows))
        return Many(tuple(cell_value(r.cells.get(field_name), field_name) for r in rows), len(rows))

    return every


def _compile_call(node: list[Any], scope: Scope, origin: Origin, text: str) -> Fn:
    _, column, name, arg_nodes = node
    if name not in FUNCTIONS:
        from lkjip_tui.catalogue import did_you_mean

        raise _err(origin, column, "err.expr_unknown_function", name=name, hint=did_you_mean(name, FUNCTIONS))
    lo, hi = _ARITY.get(name, (1, 99))
    if not lo <= len(arg_nodes) <= hi:
        raise _err(origin, column, "err.expr_arity", name=name, count=len(arg_nodes))
    args = [_compile(a, scope, origin, text) for a in arg_nodes]
    impl = _FUNCS[name]
    return lambda env: impl([a(env) for a in args])


# ------------------------------------------------------------------ evaluating


def cell_value(cell: Cell | None, what: str | None) -> Value:
    if cell is None:
        return Missing(what or "")
    if cell.kind == "date":
        from lkjip_tui import dates

        try:
            return dates.parse_date(cell.text)
        except dates.DateError:
            return Missing(what or "")
    if cell.parsed is None:
        return cell.text
    iv = cell.interval()
    if iv is None:
        return Missing(what or "")
    return Num(iv, (cell,))


def fact_value(report: Report, fact: str) -> Value:
    from lkjip_tui.report import consensus

    best, _ = consensus([m.cell for m in report.mentions.get(fact, [])])
    if best is None:
        return Missing(f"facts.{fact}")
    return cell_value(best, fact)


def _flat(args: list[Value]) -> list[Value]:
    out: list[Value] = []
    for a in args:
        out.extend(a.items if isinstance(a, Many) else [a])
    return out


def _sum(args: list[Value]) -> Value:
    items = _flat(args)
    total = Interval.point(Decimal(0))
    cells: list[Cell] = []
    for v in items:
        if not isinstance(v, Num):
            return v if isinstance(v, Missing | Undefined) else Missing("sum")
        total = total + v.iv
        cells.extend(v.cells)
    return Num(total, tuple(cells))


def _count(args: list[Value]) -> Value:
    a = args[0]
    if isinstance(a, Missing):
        return a
    if isinstance(a, Many):
        n = (
            a.rows
            if a.items and not isinstance(a.items[0], Num | Missing)
            else sum(1 for v in a.items if isinstance(v, Num))
        )
        return Num(Interval.point(n))
    return Num(Interval.point(0 if isinstance(a, Missing) else 1))


def _minmax(args: list[Value], pick_min: bool) -> Value:
    items = _flat(args)
    nums = [v for v in items if isinstance(v, Num)]
    if len(nums) != len(items) or not nums:
        return next((v for v in items if isinstance(v, Missing | Undefined)), Missing("min/max"))
    acc = nums[0].iv
    for v in nums[1:]:
        acc = acc.min_with(v.iv) if pick_min else acc.max_with(v.iv)
    return Num(acc, tuple(c for v in nums for c in v.cells))


def _abs(args: list[Value]) -> Value:
    a = args[0]
    return Num(abs(a.iv), a.cells) if isinstance(a, Num) else a


def _round(args: list[Value]) -> Value:
    a = args[0]
    if not isinstance(a, Num):
        return a
    places = 0
    if len(args) > 1:
        p = args[1]
        if not isinstance(p, Num) or not p.iv.exact:
            return Missing("round")
        places = int(p.iv.lo)
    return Num(a.iv.rounded(places), a.cells)


def _present(args: list[Value]) -> Value:
    a = args[0]
    if isinstance(a, Many):
        return all(not isinstance(v, Missing) for v in a.items)
    return not isinstance(a, Missing)


_FUNCS: dict[str, Callable[[list[Value]], Value]] = {
    "sum": _sum,
    "count": _count,
    "min": lambda a: _minmax(a, True),
    "max": lambda a: _minmax(a, False),
    "abs": _abs,
    "round": _round,
    "present": _present,
}


def _arith(op: str, a: Value, b: Value) -> Value:
    for v in (a, b):
        if isinstance(v, Missing | Undefined):
            return v
    if not isinstance(a, Num) or (op != "neg" and not isinstance(b, Num)):
        return Missing("not a number")
    if op == "neg":
        return Num(-a.iv, a.cells)
    cells = a.cells + b.cells
    if op == "+":
        return Num(a.iv + b.iv, cells)
    if op == "-":
        return Num(a.iv - b.iv, cells)
    if op == "*":
        return Num(a.iv * b.iv, cells)
    try:
        return Num(a.iv / b.iv, cells)
    except DivisionByZero:
        return Undefined("div0", _describe(b))
    except Unbounded:
        return Undefined("unbounded", _describe(b))


def _describe(v: Num) -> str:
    return v.cells[0].text if len(v.cells) == 1 else str(v.iv.mid)


def _compare(op: str, a: Value, b: Value) -> Value:
    """Comparisons hold when some values the operands stand for satisfy them."""
    for v in (a, b):
        if isinstance(v, Missing | Undefined):
            return v
    if isinstance(a, Num) and isinstance(b, Num):
        x, y = a.iv, b.iv
        return {
            "==": x.overlaps(y),
            "!=": not (x.exact and y.exact and x.lo == y.lo),
            "<": x.lo < y.hi,
            "<=": x.lo <= y.hi,
            ">": x.hi > y.lo,
            ">=": x.hi >= y.lo,
        }[op]
    if type(a) is not type(b) or not isinstance(a, str | datetime.date):
        return Missing("comparison")
    ops: dict[str, Callable[[Any, Any], bool]] = {
        "==": lambda p, q: p == q,
        "!=": lambda p, q: p != q,
        "<": lambda p, q: p < q,
        "<=": lambda p, q: p <= q,
        ">": lambda p, q: p > q,
        ">=": lambda p, q: p >= q,
    }
    return ops[op](a, b)


def _not(a: Value) -> Value:
    return (not a) if isinstance(a, bool) else a


def _and(a: Value, b: Value) -> Value:
    if a is False or b is False:
        return False
    return b if a is True else a


def _or(a: Value, b: Value) -> Value:
    if a is True or b is True:
        return True
    return b if a is False else a


# ------------------------------------------------------------------ explaining


def substitute(e: Expr, env: Env) -> list[Any]:
    """The formula with each name replaced by its value: parts of str and Decimal."""
    parts: list[Any] = []
    _render(e.ast, e, env, parts, 0)
    return parts


_PREC = {"or": 1, "and": 2, "not": 3, "cmp": 4, "+": 5, "-": 5, "*": 6, "/": 6, "neg": 7}


def _render(node: list[Any], e: Expr, env: Env, out: list[Any], parent: int) -> None:
    tag = node[0]
    if tag == "num":
        out.append(Decimal(node[1]))
    elif tag == "str":
        out.append(f'"{node[1]}"')
    elif tag == "path" and env.row is not None and len(node[2]) == 1 and node[2][0][1] in env.row.cells:
        out.append(env.row.cells[node[2][0][1]].text)
    elif tag in ("path", "call"):
        v = e.part(node, env)
        if isinstance(v, Num):
            if len(v.cells) == 1 and tag == "path":
                out.append(v.cells[0].text)
            else:
                out.append(v.iv.mid if v.iv.exact else v.iv)
        elif isinstance(v, Missing):
            out.append("–")
        else:
            out.append(str(v))
    elif tag in ("op", "cmp"):
        prec = _PREC[node[1]] if tag == "op" else _PREC["cmp"]
        if prec < parent:
            out.append("(")
        _render(node[2], e, env, out, prec)
        out.append(f" {_SYMBOL.get(node[1], node[1])} ")
        _render(node[3], e, env, out, prec + 1)
        if prec < parent:
            out.append(")")
    elif tag == "neg":
        out.append("-")
        _render(node[1], e, env, out, _PREC["neg"])
    elif tag == "not":
        out.append("not ")
        _render(node[1], e, env, out, _PREC["not"])
    else:
        _render(node[1], e, env, out, _PREC[tag])
        out.append(f" {tag} ")
        _render(node[2], e, env, out, _PREC[tag] + 1)


_SYMBOL = {"*": "×", "/": "/", "-": "−", "==": "="}


def cells_in(e: Expr, env: Env) -> list[Cell]:
    """The printed values a formula reads, in the order it names them."""
    out: list[Cell] = []
    _collect(e.ast, e, env, out)
    return out


def _collect(node: list[Any], e: Expr, env: Env, out: list[Cell]) -> None:
    if node[0] == "path":
        segs = node[2]
        if env.row is not None and len(segs) == 1 and segs[0][1] in env.row.cells:
            out.append(env.row.cells[segs[0][1]])
            return
        v = e.part(node, env)
        for item in v.items if isinstance(v, Many) else (v,):
            if isinstance(item, Num):
                out.extend(item.cells)
        return
    for child in node[1:]:
        if isinstance(child, list) and child and isinstance(child[0], str):
            _collect(child, e, env, out)
        elif isinstance(child, list):
            for arg in child:
                if isinstance(arg, list) and arg and isinstance(arg[0], str):
                    _collect(arg, e, env, out)
