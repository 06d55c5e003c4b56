"""Verdicts a reviewer can act on: one authority per figure, no two findings asking for different values.

Over the sample and over generated reports (benchmarks/generate.py varies
half of the sample's numbers at random): every value a finding asks for
("expected") agrees with every other value asked for the same cell and for
the same figure, and with every printed value of that figure no rule flags.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

from lkjip_tui.engine import Engine
from lkjip_tui.model.authority import Facts, group
from lkjip_tui.model.findings import Finding
from lkjip_tui.model.report import Cell, Mention
from lkjip_tui.values.interval import Interval
from tests.conftest import ROOT, SAMPLE

sys.path.insert(0, str(ROOT / "benchmarks"))
from generate import generate

ENGINE = Engine()
VALUE_RULES = ("LKJ1", "LKJ2", "LKJ3")  # rules that say what a value should be


def _asked(f: Finding) -> Interval | None:
    if f.expected_interval is not None:
        return f.expected_interval
    return Interval.point(f.expected) if isinstance(f.expected, Decimal) else None


def contradictions(path: Path) -> list[str]:
    """Every pair of demands that cannot both be met, and every unflagged printed value a demand rejects."""
    result = ENGINE.check_file(path, keep=True)
    assert result.error is None, result.error
    report = result.report
    assert report is not None
    facts_at: dict[tuple[int, int], set[str]] = {}
    cells: dict[tuple[int, int], Cell] = {}
    for fact, mentions in report.mentions.items():
        for m in mentions:
            facts_at.setdefault((m.cell.line, m.cell.column), set()).add(fact)
            cells[(m.cell.line, m.cell.column)] = m.cell
    by_cell: dict[tuple[int, int], list[tuple[str, Interval]]] = {}
    flagged: set[tuple[int, int]] = set()
    for f in result.findings:
        if f.file != report.file:
            continue
        if f.code.startswith(VALUE_RULES):
            flagged.add((f.line, f.column))
        asked = _asked(f)
        if asked is not None:
            by_cell.setdefault((f.line, f.column), []).append((f.code, asked))
    problems = []
    by_fact: dict[str, list[tuple[str, Interval]]] = {}
    for at, asks in by_cell.items():
        for code_a, a in asks:
            for code_b, b in asks:
                if not a.overlaps(b):
                    problems.append(f"{at}: {code_a} asks {a}, {code_b} asks {b}")
        for fact in facts_at.get(at, ()):
            by_fact.setdefault(fact, []).extend(asks)
    for fact, asks in by_fact.items():
        for code_a, a in asks:
            for code_b, b in asks:
                if not a.overlaps(b):
                    problems.append(f"{fact}: {code_a} asks {a}, {code_b} asks {b}")
            for m in report.mentions[fact]:
                at = (m.cell.line, m.cell.column)
                iv = m.cell.interval()
                if at not in flagged and iv is not None and not iv.overlaps(a):
                    problems.append(f"{fact}: {code_a} asks {a}, but {m.cell.text!r} at {at} is not flagged")
    return problems


def test_the_sample_asks_for_one_value_per_figure() -> None:
    assert contradictions(SAMPLE) == []


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return generate(tmp_path_factory.mktemp("generated"), 40, seed=8)


def test_generated_reports_ask_for_one_value_per_figure(generated: list[Path]) -> None:
    found = {p.name: c for p in generated if (c := contradictions(p))}
    assert found == {}


def test_generated_reports_do_ask_for_values(generated: list[Path]) -> None:
    """The property above is not met by asking for nothing."""
    asked = sum(1 for p in generated for f in ENGINE.check_file(p).findings if _asked(f) is not None)
    assert asked > 40 * 20


# ------------------------------------------------------------------ the index


def _mention(text: str, kind: str = "percent") -> Mention:
    from lkjip_tui.model.data_file import make_cell
    from lkjip_tui.model.schema import Node

    return Mention("x", make_cell(Node(text, 1, 1), kind))


def test_groups_hold_values_that_can_all_be_true() -> None:
    # 38% (37,5–38,5) agrees with 37,87% and with 38,4%, but those two disagree with each other.
    groups = group([_mention("37,87%"), _mention("38%"), _mention("38,4%"), _mention("80%")])
    assert [[m.cell.text for m in g.mentions] for g in groups] == [["37,87%", "38%"], ["38,4%"], ["80%"]]
    assert all(a.iv.overlaps(m.cell.interval()) for a in groups for m in a.mentions)  # type: ignore[arg-type]


def test_groups_are_built_in_one_pass_over_many_mentions() -> None:
    """Grouping 10^4 mentions sorts the distinct values only (here 2): no pairwise comparison."""
    import time

    mentions = [_mention("142", "count") if i % 2 else _mention("300", "count") for i in range(10_000)]
    start = time.perf_counter()
    groups = group(mentions)
    assert [len(g.mentions) for g in groups] == [5000, 5000]
    assert time.perf_counter() - start < 2  # generous: quadratic work would take minutes


def test_a_fact_without_authority_has_no_value_when_printed_two_ways() -> None:
    report, rs = ENGINE.load(SAMPLE)
    facts = Facts(report, rs)
    assert facts.verdict("IKU6.realisasi").kind == ""
    assert [g.first.text for g in facts.groups("IKU6.realisasi")] == ["63,39", "54,39"]
    assert facts.verdict("IKU1.realisasi").value == Interval.point(Decimal(142))
    assert facts.verdict("IKU5.target").value == Interval.point(Decimal(25))
    assert facts.expectation(rs.iku["IKU1"]).value is not None
    assert (
        facts.expectation(rs.iku["IKU6"]).value is None
        and len(facts.expectation(rs.iku["IKU6"]).candidates) == 2
    )


# ------------------------------------------------------------------ odd declarations


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def test_facts_that_derive_from_each_other_end(tmp_path: Path, rules_dir: Path) -> None:
    """Two facts reported from each other, and a row formula reading a fact whose evidence is
    a total: each is worked out once, no endless recursion, and the check says what it can."""
    _edit(
        rules_dir / "bp2mi" / "checks.toml",
        '[[derived]]\nreported = "facts.p3mi"\nformula = "facts.p3mi_pusat + facts.p3mi_cabang"',
        '[[derived]]\nreported = "facts.p3mi"\nformula = "facts.p3mi_pusat + facts.p3mi_cabang"\n\n'
        '[[derived]]\nreported = "facts.p3mi_pusat"\nformula = "facts.p3mi - facts.p3mi_cabang"\n\n'
        '[[derived]]\ntable = "anggaran"\nfield = "persen"\nformula = "realisasi / facts.pagu * 100"',
    )
    report = tmp_path / "r.yaml"
    report.write_text(SAMPLE.read_text("utf-8").replace("unit: bp3mi-sumbar", "unit: contoh"), "utf-8")
    result = Engine([rules_dir]).check_file(report)
    assert result.error is None and result.findings


def test_evidence_printed_in_several_tables_decides_when_they_agree() -> None:
    from lkjip_tui.model.rules import Authority

    report, rs = Engine().load(SAMPLE)  # its own rules: this test changes them
    # IKU6's annual target is restated by two team tables, both 88: as evidence they agree.
    also = next(c for c in rs.checks if c.type == "same" and c.params["fact"] == "IKU6.target_tahunan")
    rs.authorities["pagu"] = Authority("evidence", also.params["also"][0], also.ref)
    assert Facts(report, rs).verdict("pagu").value == Interval.point(Decimal(88))
