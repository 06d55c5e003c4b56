"""LKJ605 written-arithmetic: arithmetic written out in the text whose result is not what it says."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from itertools import pairwise

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.checks.narrative._sentences import sentences
from lkjip_tui.formula import Fn, FormulaError, Num, compile_text
from lkjip_tui.model.document import Paragraph
from lkjip_tui.model.findings import Finding
from lkjip_tui.values import prose
from lkjip_tui.values.interval import Interval
from lkjip_tui.values.msg import Printed
from lkjip_tui.values.numbers import Ambiguous, Number, parse_number

META = RuleMeta(
    code="LKJ605",
    name="written-arithmetic",
    severity="error",
    summary={
        "id": "Perhitungan yang ditulis di teks ('((3-0)/1) x 100% = -3%') tidak menghasilkan angka yang ditulis.",
        "en": "Arithmetic written out in the text ('((3-0)/1) x 100% = -3%') does not give the result it states.",
    },
    rationale={
        "id": "Laporan menuliskan perhitungan capaian untuk pembaca; jika hasilnya salah, angka yang dipakai di "
        "tabel juga dipertanyakan. Perhitungan dihitung ulang dengan bahasa rumus lkjip, dengan angka persis "
        "seperti tertulis; hasil yang dicetak boleh dibulatkan.",
        "en": "Reports write out how a capaian was computed; a wrong result puts the tables' figures in doubt "
        "too. The arithmetic is redone in lkjip's formula language with the figures as written; the printed "
        "result may be rounded.",
    },
    bad="((3-0)/1) x 100% = -3%",
    good="((3-0)/1) x 100% = 300%",
)

_TOKEN = re.compile(r"\s+|\d+(?:[.,]\d+)*|[-−–+*/×÷:()%xX]")
_OPS = {"−": "-", "–": "-", "×": "*", "x": "*", "X": "*", "÷": "/", ":": "/"}


class _Arithmetic:
    """A formula of figures only: no names."""

    def path(self, column: int, segments: list[list[str]]) -> Fn:
        raise FormulaError(column, "err.expr_unknown_name", name=segments[0][1], hint="")

    def row_relative(self, segments: list[list[str]]) -> bool:
        return False

    def shared(self, env: object) -> object:
        return None


def run(ctx: Context) -> Iterator[Finding]:
    paragraphs = ctx.report.document.paragraphs if ctx.report.document is not None else []
    following = {id(a): b for a, b in pairwise(paragraphs)}
    stated = _stated_in_prose(ctx)
    for p in sentences(ctx):
        for chain in prose.arithmetic(p.text):
            values = [_value(m.text) for m in chain]
            for (a, va), (b, vb) in zip(
                zip(chain, values, strict=True), zip(chain[1:], values[1:], strict=True), strict=False
            ):
                if va is None or vb is None or not (va[1] or vb[1]):
                    continue  # something that is not arithmetic, or two plain figures
                (iva, _), (ivb, _) = va, vb
                if iva == "undefined" or ivb == "undefined":
                    expr = a if iva == "undefined" else b
                    yield ctx.finding(
                        META,
                        "lkj605.undefined",
                        p.at,
                        "",
                        place=p.place(expr.start, expr.end),
                        expression=Printed(expr.text),
                    )
                    continue
                assert isinstance(iva, Interval) and isinstance(ivb, Interval)
                if _agree(iva, ivb, "%" in a.text, "%" in b.text):
                    continue
                expr, shown = (a, b) if va[1] else (b, a)
                computed, printed_iv = (iva, ivb) if va[1] else (ivb, iva)
                near = [p, following[id(p)]] if id(p) in following else [p]
                yield ctx.finding(
                    META,
                    "lkj605",
                    p.at,
                    "",
                    place=p.place(a.start, b.end),
                    expression=Printed(expr.text),
                    printed=Printed(shown.text),
                    computed=computed,
                    expected=computed.mid,
                    actual=printed_iv.mid,
                    expected_interval=computed,
                    actual_interval=printed_iv,
                    field=_figure_given(printed_iv, near, stated),
                )


def _stated_in_prose(ctx: Context) -> dict[int, list[tuple[str, Interval]]]:
    """The figures the draft mapping read in the narrative, by the draft line they stand on:
    (the fact, its printed value)."""
    out: dict[int, list[tuple[str, Interval]]] = {}
    for fact, mentions in ctx.report.mentions.items():
        for m in mentions:
            value = _value(m.cell.text) if m.table is None and m.source_line is not None else None
            if m.source_line is not None and value is not None and isinstance(value[0], Interval):
                out.setdefault(m.source_line, []).append((fact, value[0]))
    return out


def _figure_given(
    printed: Interval, near: list[Paragraph], stated: dict[int, list[tuple[str, Interval]]]
) -> str | None:
    """The figure (a fact: "IKU2.realisasi") a computation gives: the one the narrative states,
    printed as the computation's result, in the computation's paragraph or the one right after
    ("Dari perhitungan diatas ... sebesar - 3%"); None when none does, or several. The engine
    then tells a wrong computation of a figure that is itself wrong or undefined as what follows
    from it (engine.causes)."""
    facts = {
        fact
        for p in near
        for line in p.lines
        for fact, value in stated.get(line, ())
        if (value.lo, value.hi) == (printed.lo, printed.hi)
    }
    return facts.pop() if len(facts) == 1 else None


def _value(text: str) -> tuple[Interval | str, bool] | None:
    """The member's value (an interval, or "undefined") and whether it is a computation. Where a
    figure reads two ways, the value spans every reading (each computed exactly as written)."""
    # A figure read two ways ("36.743": 36 743, or 36,743) is computed both ways; one expression
    # writes its figures one way, so every such figure is read alike (two readings, not 2ⁿ).
    readings: list[list[str]] = [[], []]
    pos, operators = 0, 0
    for m in _TOKEN.finditer(text):
        if m.start() != pos:
            return None
        pos = m.end()
        tok = m.group()
        if tok.isspace() or tok == "%":
            continue
        if tok[0].isdigit():
            n = parse_number(tok)
            if isinstance(n, Ambiguous):
                readings[0].append(format(n.as_decimal, "f"))
                readings[1].append(format(n.as_thousands, "f"))
                continue
            if not isinstance(n, Number):
                return None
            readings = [[*r, format(n.value, "f")] for r in readings]
        else:
            op = _OPS.get(tok, tok)
            last = readings[0][-1] if readings[0] else ""
            operators += op in "+*/" or (op == "-" and bool(last) and last not in "(+-*/")
            readings = [[*r, op] for r in readings]
    if pos != len(text) or not readings[0]:
        return None
    if not operators:
        n = parse_number(text)
        return (n.interval(exact=False), False) if isinstance(n, Number) else None
    values: list[Interval] = []
    for parts in readings if readings[0] != readings[1] else readings[:1]:
        try:
            value = compile_text(" ".join(parts), _Arithmetic())(None)
        except FormulaError:
            return None
        if not isinstance(value, Num):
            return "undefined", True
        values.append(value.iv)
    if len(values) == 1:
        return values[0], True
    # The readings' results, as one span: a printed result fitting any of them (or between) agrees.
    return Interval(min(v.lo for v in values), max(v.hi for v in values)), True


def _agree(a: Interval, b: Interval, a_percent: bool, b_percent: bool) -> bool:
    """Equal, rounding allowed; a fraction and its percentage ("3/5 = 60%") agree too."""
    if a.overlaps(b):
        return True
    hundred = Interval.point(Decimal(100))
    if a_percent != b_percent:
        scaled = (a * hundred) if b_percent else (b * hundred)
        return scaled.overlaps(b if b_percent else a)
    return False
