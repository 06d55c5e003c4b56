"""The rules' small, safe formula language, knowing nothing of reports or rules.

    saldo == anggaran - realisasi
    realisasi / anggaran * 100
    count(berita[*])
    facts.p3mi_pusat + facts.p3mi_cabang

`grammar` parses text with lark (never Python `eval`) into plain-list trees,
cached by text (`cache`) so a check whose rules did not change never imports
lark. `compile` turns a tree into closures; what a name such as
`anggaran[JUMLAH].pagu` means is asked of a `Resolver` the caller supplies
(the model's, in `lkjip_tui.model.scope`). `values` is what formulas compute
with: Decimal intervals, missing and undefined values, never exceptions.

May import: `lkjip_tui.values`.
"""

from lkjip_tui.formula.compile import (
    Env,
    Expr,
    Fn,
    Resolver,
    cells_in,
    compile_text,
    compile_tree,
    substitute,
)
from lkjip_tui.formula.grammar import CACHE, FormulaError, parse
from lkjip_tui.formula.values import Many, Missing, Num, Scalar, Undefined, Value

__all__ = [
    "CACHE",
    "Env",
    "Expr",
    "Fn",
    "FormulaError",
    "Many",
    "Missing",
    "Num",
    "Resolver",
    "Scalar",
    "Undefined",
    "Value",
    "cells_in",
    "compile_text",
    "compile_tree",
    "parse",
    "substitute",
]
