"""Compiling a formula's tree into closures, and explaining a formula with its values.

The compiler knows the operators and functions; what a path means is asked of
a `Resolver`, which returns the function that evaluates it. The environment
(`Env`) a compiled formula is called with is the resolver's business too.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any, Protocol

from lkjip_tui.formula import values as v
from lkjip_tui.formula.grammar import FormulaError, parse
from lkjip_tui.values.interval import Interval
from lkjip_tui.values.record import Record

Env = Any  # whatever the resolver's path functions read: for lkjip, model.scope.Env
Fn = Callable[[Env], v.Value]


class Resolver(Protocol):
    def path(self, column: int, segments: list[list[str]]) -> Fn:
        """The function that evaluates a path (`facts.pagu`, `anggaran[*].pagu`); raises
        FormulaError(column, key, ...) for a name that means nothing."""
        ...

    def row_relative(self, segments: list[list[str]]) -> bool:
        """Whether a path reads the row a check runs on (`realisasi`), so that its value
        differs from row to row."""
        ...

    def shared(self, env: Env) -> object:
        """What every path that is not row-relative reads (for lkjip, the report): a call
        over such paths is computed once per object and reused for every row."""
        ...


class Expr(Record):
    """A compiled formula: its text, tree, and the function that evaluates it."""

    __slots__ = ("ast", "fn", "parts", "resolver", "text")

    def __init__(self, text: str, ast: list[Any], fn: Fn, resolver: Resolver) -> None:
        self.text = text
        self.ast = ast
        self.fn = fn
        self.resolver = resolver
        self.parts: dict[int, Fn] = {}  # compiled sub-expressions, for explanations

    def __call__(self, env: Env) -> v.Value:
        return self.fn(env)

    def part(self, node: list[Any], env: Env) -> v.Value:
        """The value of one sub-expression (a path or a call) of this formula."""
        fn = self.parts.get(id(node))
        if fn is None:
            fn = self.parts[id(node)] = _compile(node, self.resolver)
        return fn(env)

    def __str__(self) -> str:
        return self.text


def compile_text(text: str, resolver: Resolver) -> Expr:
    """Parse and compile; raises FormulaError with the column in `text`."""
    return compile_tree(text, parse(text), resolver)


def compile_tree(text: str, ast: list[Any], resolver: Resolver) -> Expr:
    return Expr(text, ast, _compile(ast, resolver), resolver)


def _compile(node: list[Any], resolver: Resolver) -> Fn:
    tag = node[0]
    if tag == "num":
        value = v.Num(Interval.point(Decimal(node[1])))
        return lambda env: value
    if tag == "str":
        s = v.Scalar(node[1])
        return lambda env: s
    if tag == "path":
        return resolver.path(node[1], node[2])
    if tag == "call":
        return _compile_call(node, resolver)
    if tag == "neg":
        a = _compile(node[1], resolver)
        return lambda env: v.arith("neg", a(env), None)
    if tag == "op":
        op = node[1]
        a, b = _compile(node[2], resolver), _compile(node[3], resolver)
        return lambda env: v.arith(op, a(env), b(env))
    if tag == "cmp":
        op = node[1]
        a, b = _compile(node[2], resolver), _compile(node[3], resolver)
        return lambda env: v.compare(op, a(env), b(env))
    if tag == "not":
        a = _compile(node[1], resolver)
        return lambda env: v.not_(a(env))
    if tag in ("and", "or"):
        a, b = _compile(node[1], resolver), _compile(node[2], resolver)
        if tag == "and":
            return lambda env: v.and_(a(env), b(env))
        return lambda env: v.or_(a(env), b(env))
    raise AssertionError(f"unknown node {tag}")  # pragma: no cover


def _compile_call(node: list[Any], resolver: Resolver) -> Fn:
    from lkjip_tui.values.suggest import did_you_mean

    _, column, name, arg_nodes = node
    if name not in v.FUNCTIONS:
        raise FormulaError(
            column, "err.expr_unknown_function", name=name, hint=did_you_mean(name, v.FUNCTIONS)
        )
    lo, hi = v.ARITY.get(name, (1, 99))
    if not lo <= len(arg_nodes) <= hi:
        raise FormulaError(column, "err.expr_arity", name=name, count=len(arg_nodes))
    if name == "round" and len(arg_nodes) == 2:
        places = _literal(arg_nodes[1])
        if places is not None and not v.round_places_ok(places):
            low, high = v.ROUND_PLACES
            raise FormulaError(column, "err.expr_round_places", low=low, high=high, value=str(places))
    args = [_compile(a, resolver) for a in arg_nodes]
    impl = v.FUNCTIONS[name]

    def call(env: Env) -> v.Value:
        return impl([a(env) for a in args])

    if any(_row_relative(a, resolver) for a in arg_nodes):
        return call
    # The same for every row (`sum(pemulangan[*].jml)` in a per-row check): computed
    # once per report, or a check over n rows would sum n rows n times.
    last: list[tuple[object, v.Value]] = [(None, None)]

    def once(env: Env) -> v.Value:
        key = resolver.shared(env)
        seen, value = last[0]  # one tuple: read and written whole, also across threads
        if seen is not key:
            value = call(env)
            last[0] = (key, value)
        return value

    return once


def _row_relative(node: list[Any], resolver: Resolver) -> bool:
    if node[0] == "path":
        return resolver.row_relative(node[2])
    children = node[3] if node[0] == "call" else node[1:]
    return any(isinstance(c, list) and c and _row_relative(c, resolver) for c in children)


def _literal(node: list[Any]) -> Decimal | None:
    """The value of a number written in the formula (`2`, `-2`); None for anything else."""
    if node[0] == "num":
        return Decimal(node[1])
    if node[0] == "neg" and node[1][0] == "num":
        return -Decimal(node[1][1])
    return None


# ------------------------------------------------------------------ explaining


def substitute(e: Expr, env: Env) -> list[Any]:
    """The formula with each name replaced by its value: parts of str, Decimal and Interval."""
    parts: list[Any] = []
    _render(e.ast, e, env, parts, 0)
    return parts


_PREC = {"or": 1, "and": 2, "not": 3, "cmp": 4, "+": 5, "-": 5, "*": 6, "/": 6, "neg": 7}
_SYMBOL = {"*": "×", "/": "/", "-": "−", "==": "="}


def _render(node: list[Any], e: Expr, env: Env, out: list[Any], parent: int) -> None:
    tag = node[0]
    if tag == "num":
        out.append(Decimal(node[1]))
    elif tag == "str":
        out.append(f'"{node[1]}"')
    elif tag in ("path", "call"):
        value = e.part(node, env)
        cells = value.cells if isinstance(value, v.Num | v.Scalar | v.Missing) else ()
        if tag == "path" and len(cells) == 1:
            out.append(cells[0].text)  # as printed
        elif isinstance(value, v.Num):
            out.append(value.iv.mid if value.iv.exact else value.iv)
        elif isinstance(value, v.Missing):
            out.append("–")
        elif isinstance(value, v.Scalar):
            out.append(str(value.value))
        else:
            out.append(str(value))
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


def cells_in(e: Expr, env: Env) -> list[Any]:
    """The printed values a formula reads, in the order it names them."""
    out: list[Any] = []
    _collect(e.ast, e, env, out)
    return out


def _collect(node: list[Any], e: Expr, env: Env, out: list[Any]) -> None:
    if node[0] == "path":
        value = e.part(node, env)
        for item in value.items if isinstance(value, v.Many) else (value,):
            if isinstance(item, v.Num | v.Scalar | v.Missing):
                out.extend(item.cells)
        return
    for child in node[1:]:
        if isinstance(child, list) and child and isinstance(child[0], str):
            _collect(child, e, env, out)
        elif isinstance(child, list):
            for arg in child:
                if isinstance(arg, list) and arg and isinstance(arg[0], str):
                    _collect(arg, e, env, out)
