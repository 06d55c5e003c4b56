from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from lkjip_tui import formula
from lkjip_tui.engine import Engine
from lkjip_tui.formula import cache, grammar, substitute
from lkjip_tui.formula.cache import TreeCache
from lkjip_tui.model.authority import Facts
from lkjip_tui.model.scope import Env, Origin, Scope, compile_formula
from lkjip_tui.model.source import SourceError
from tests.conftest import SAMPLE

ENGINE = Engine()
REPORT, RS = ENGINE.load(SAMPLE)
ORIGIN = Origin("rules/test.toml", 7, 11)
FACTS = Facts(REPORT, RS)


def value(text: str, table: str | None = None, row: str | None = None) -> formula.Value:
    scope = Scope(RS, RS.tables[table] if table else None)
    e = compile_formula(text, scope, ORIGIN)
    t = REPORT.tables[table] if table else None
    return e(Env(REPORT, RS, t.rows[row] if t and row else None, t, FACTS))


def number(text: str, **kw: str) -> Decimal:
    v = value(text, **kw)
    assert isinstance(v, formula.Num), v
    assert v.iv.exact
    return v.iv.lo


def test_paths_functions_and_arithmetic() -> None:
    assert number("count(berita[*])") == 18
    assert number("sum(pemulangan[*].jml)") == 6
    assert number("penempatan_negara[JUMLAH].total") == 142
    assert number('anggaran["104.01.DP"].pagu') == 1357944000
    assert number("anggaran[104.01.DP].pagu - anggaran[104.01.DP].realisasi") == 1002768854
    assert number("facts.p3mi_pusat + facts.p3mi_cabang * 2") == 25
    assert number("(facts.p3mi_pusat + facts.p3mi_cabang) * 2") == 26
    assert number("max(1, 5, 3) - min(4, 2) + abs(-3)") == 6
    assert number("round(2 / 3 * 100, 1)") == Decimal("66.7")
    assert number("anggaran - realisasi", table="anggaran", row="001") == 395417300


def test_rounded_values_stay_intervals() -> None:
    v = value("anggaran[JUMLAH].persen * 2")
    assert isinstance(v, formula.Num) and (v.iv.lo, v.iv.hi) == (Decimal("96.670"), Decimal("96.690"))


def test_a_fact_reads_as_its_authority_says() -> None:
    """facts.X is its authority's value, never a vote among its printed values."""
    # persen_realisasi_anggaran is reported by a [[derived]]: its value is the computation.
    assert number("facts.persen_realisasi_anggaran * 0 + 1") == 1
    v = value("facts.persen_realisasi_anggaran")
    assert isinstance(v, formula.Num) and abs(v.iv.mid - Decimal(2106360472) / 4357162000 * 100) < Decimal(
        "1e-20"
    )
    # jumlah_berita is reported by a [[count]]: 18 rows, whatever the narrative says (19).
    assert number("facts.jumlah_berita") == 18
    # pagu has the budget table as evidence: the Tabel 1 footer's 2.106.360.472 takes no part.
    assert number("facts.pagu") == 4357162000
    # IKU6's realisasi is printed 63,39 and 54,39 and nothing decides: it has no value.
    assert isinstance(value("facts.IKU6.realisasi"), formula.Missing)


def test_division_by_zero_is_undefined_not_zero() -> None:
    v = value("1 / facts.kasus_periode_lalu")
    assert isinstance(v, formula.Undefined) and v.reason == "div0"


def test_missing_values_propagate() -> None:
    assert isinstance(value('anggaran["003"].persen + 1'), formula.Missing)
    assert isinstance(value("anggaran[NOPE].pagu"), formula.Missing)
    assert value('present(anggaran["003"].persen)') is False


def test_conditions_and_dates() -> None:
    assert value("tanggal >= tanggal_kegiatan", table="berita", row="1") is True
    assert value("tanggal >= tanggal_kegiatan", table="berita", row="3") is False
    assert value("facts.jumlah_iku == 8 and facts.jumlah_berita < 19") is True
    # Intervals: a rounded 48,34 can equal 48,343.
    assert value("anggaran[JUMLAH].persen == 48.343") is True


def test_explanation_substitutes_printed_values() -> None:
    scope = Scope(RS, RS.tables["anggaran"])
    e = compile_formula("realisasi / anggaran * 100", scope, ORIGIN)
    t = REPORT.tables["anggaran"]
    parts = substitute(e, Env(REPORT, RS, t.rows["001"], t, FACTS))
    assert "".join(p if isinstance(p, str) else str(p) for p in parts) == "54.582.700 / 450.000.000 × 100"


@pytest.mark.parametrize(
    ("text", "key", "column"),
    [
        ("anggaran - realisasii", "err.expr_unknown_name", 11 + 11),
        ("anggaran -* realisasi", "err.expr_syntax", 11 + 10),
        ("sum(berita[*]", "err.expr_syntax", 11 + 13),  # just past the end
        ("open('x')", "err.expr_unknown_function", 11),
        ("abs(1, 2)", "err.expr_arity", 11),
        ("facts.nope", "err.unknown_fact", 11),
        ("anggaran[*].pagux", "err.unknown_column", 11),
        ("__import__('os').system('x')", "err.expr_syntax", 11 + 16),  # no attribute access at all
        ("berita.judul", "err.expr_table_path", 11),
    ],
)
def test_errors_name_file_line_and_column(text: str, key: str, column: int) -> None:
    scope = Scope(RS, RS.tables["anggaran"])
    with pytest.raises(SourceError) as exc:
        compile_formula(text, scope, ORIGIN)
    e = exc.value
    assert (e.file, e.line, e.key) == ("rules/test.toml", 7, key)
    assert e.column == column


def test_parsed_trees_are_cached_by_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LKJIP_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(grammar, "CACHE", TreeCache(grammar.GRAMMAR_ID))
    grammar.parse("1 + facts.x")
    grammar.CACHE.save()
    files = list(tmp_path.glob("trees/*.json"))
    assert len(files) == 1 and "1 + facts.x" in files[0].read_text("utf-8")
    monkeypatch.setattr(grammar, "CACHE", TreeCache(grammar.GRAMMAR_ID))

    def no_lark(text: str) -> list:
        raise AssertionError("parsed again")

    monkeypatch.setattr(grammar, "_parse_with_lark", no_lark)
    assert grammar.parse("1 + facts.x")[0] == "op"


def test_a_corrupt_cache_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LKJIP_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(grammar, "CACHE", TreeCache(grammar.GRAMMAR_ID))
    path = grammar.CACHE.file()
    assert path is not None
    path.parent.mkdir(parents=True)
    path.write_text("{not json", "utf-8")
    assert grammar.parse("2 * 3")[0] == "op"


def test_bundled_trees_are_those_of_the_shipped_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """lkjip_tui/formula/trees.json holds exactly the parsed formulas of rules/ (LKJIP_UPDATE_GOLDEN=1 rewrites it)."""
    import json
    import os

    from lkjip_tui.engine.discover import display, find_catalogue, shipped
    from lkjip_tui.model.catalogue import load_ruleset

    monkeypatch.setenv("LKJIP_NO_CACHE", "1")  # parse everything afresh with lark
    monkeypatch.setattr(grammar, "CACHE", TreeCache(grammar.GRAMMAR_ID))
    roots: list[Path] = []
    texts: set[str] = set()
    for unit_file in sorted(shipped("rules").glob("*/*.toml")):
        if unit_file.stem.isdigit():
            rs = load_ruleset(unit_file, lambda n, u=unit_file: find_catalogue(n, u, roots), display)
            exprs = [e for i in rs.iku.values() for e in (i.previous, i.current) if e is not None]
            for check in rs.checks:
                for v in check.params.values():
                    exprs.extend(
                        x for x in (v if isinstance(v, list) else [v]) if isinstance(x, formula.Expr)
                    )
            texts.update(e.text for e in exprs)
    trees = {t: grammar._parse_with_lark(t) for t in sorted(texts)}
    expected = {"grammar": grammar.GRAMMAR_ID, "trees": trees}
    if os.environ.get("LKJIP_UPDATE_GOLDEN"):
        lines = ",\n".join(f"  {json.dumps(t, ensure_ascii=False)}: {json.dumps(trees[t])}" for t in trees)
        text = f'{{"grammar": "{grammar.GRAMMAR_ID}", "trees": {{\n{lines}\n}}}}\n'
        cache.BUNDLED.write_text(text, "utf-8")
    assert json.loads(cache.BUNDLED.read_text("utf-8")) == expected
