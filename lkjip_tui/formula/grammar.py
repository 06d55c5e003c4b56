"""The formula grammar and parsing text into plain-list trees (JSON-cacheable).

A tree is a list whose first item is its tag: ["num", "100"], ["str", "x"],
["path", column, [["f", "anggaran"], ["k", "JUMLAH"], ["f", "pagu"]]],
["call", column, "sum", [args]], ["op", "+", a, b], ["cmp", "==", a, b],
["neg", a], ["not", a], ["and", a, b], ["or", a, b]. Columns count from 1
within the formula's text.
"""

from __future__ import annotations

import re
import zlib
from decimal import Decimal
from typing import Any

from lkjip_tui.formula.cache import TreeCache
from lkjip_tui.values import limits
from lkjip_tui.values.msg import Msg

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

# The grammar's checksum names cache files, so a changed grammar never reads old trees.
GRAMMAR_ID = f"{zlib.crc32(GRAMMAR.encode()):08x}"

_parser: Any = None
CACHE = TreeCache(GRAMMAR_ID)


class FormulaError(Exception):
    """A formula that cannot be used: where in its text (column, from 1) and why.

    `key` and `args` select a message in lkjip_tui.messages; the caller, who
    knows which file and line the formula stands on, turns it into a
    positioned error.
    """

    def __init__(self, column: int, key: str, /, **args: object) -> None:
        super().__init__(f"{column}: {key} {args}")
        self.column = column
        self.key = key
        self.args_ = args


def parse(text: str) -> list[Any]:
    """The tree of a formula: from the cache when this text was parsed before.

    A formula is bounded in length before it is parsed, and its tree in depth
    and in the numbers it writes (values/limits.py), so that compiling and
    running it never exhausts the stack.
    """
    if len(text) > limits.MAX_FORMULA_LENGTH:
        raise FormulaError(
            limits.MAX_FORMULA_LENGTH + 1, "err.expr_too_long", limit=limits.MAX_FORMULA_LENGTH
        )
    hit = CACHE.get(text)
    if hit is not None:
        _check_bounds(text, hit)
        return hit
    tree = _parse_with_lark(text)
    _check_bounds(text, tree)
    CACHE.put(text, tree)
    return tree


def _check_bounds(text: str, tree: list[Any]) -> None:
    """Refuse a tree nested deeper than MAX_FORMULA_DEPTH, or a number out of bounds."""
    stack = [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > limits.MAX_FORMULA_DEPTH:
            raise FormulaError(1, "err.expr_too_deep", limit=limits.MAX_FORMULA_DEPTH)
        tag = node[0]
        if tag == "num":
            if limits.out_of_bounds(Decimal(node[1])):
                raise FormulaError(
                    _column_of(text, node[1]),
                    "err.expr_number_bounds",
                    digits=limits.MAX_DIGITS,
                    decimals=limits.MAX_DECIMALS,
                    exponent=limits.MAX_MAGNITUDE_EXPONENT,
                )
        elif tag == "call":
            stack.extend((arg, depth + 1) for arg in node[3])
        elif tag in ("op", "cmp"):
            stack.extend(((node[2], depth + 1), (node[3], depth + 1)))
        elif tag in ("neg", "not"):
            stack.append((node[1], depth + 1))
        elif tag in ("and", "or"):
            stack.extend(((node[1], depth + 1), (node[2], depth + 1)))


def _column_of(text: str, literal: str) -> int:
    """Where a number stands in the formula (a tree keeps no column for numbers)."""
    m = re.search(rf"(?<![\w.]){re.escape(literal)}(?![\w.])", text)
    return m.start() + 1 if m else 1


def _parse_with_lark(text: str) -> list[Any]:
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
        raise FormulaError(col, "err.expr_syntax", problem=problem, expr=text) from None


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
