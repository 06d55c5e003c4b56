"""The corpus of real reports (tests/corpus/) stays valid: every case has a truth file
whose relations are well formed and stand on lines of the case, a cover and a table.

Recall is not asserted here (benchmarks/corpus.py measures it); this test only keeps
the corpus from rotting silently when a case or its truth is edited.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib  # type: ignore[no-redef,import-not-found,unused-ignore]

import pytest

CORPUS = Path(__file__).resolve().parent / "corpus"
CASES = sorted(CORPUS.glob("*.txt")) + sorted((CORPUS / "seeded").glob("*.txt"))

KINDS = {
    "total",  # a JUMLAH/TOTAL row or column against its parts
    "budget-row",  # sisa = pagu - realisasi, % = realisasi / pagu x 100 in one row
    "budget-total",  # a budget table's total row
    "capaian",  # a printed capaian against target and realisasi
    "ratio",  # a percent column that is the ratio of two count columns
    "reduction-rate",  # (prev - now) / prev x 100
    "average",  # an average row or a sentence's average
    "same-figure",  # one figure printed in several places
    "terbilang",  # a number and its words
    "arithmetic",  # arithmetic written out in a sentence
    "weekday",  # a weekday beside a date
    "date-period",  # a date or year inside the report's period
    "year-other-report",  # a year left from another report
    "other-unit",  # another unit's name left in
    "count-list",  # a count stated of a list or of a table's rows
    "claim-direction",  # naik/turun/meningkat/menurun against the numbers
    "heading",  # a heading or the table of contents against the body
    "caption",  # captions, their numbering and the list of tables
    "duplicate-item",  # one item listed twice
    "number-style",  # decimal/thousands marks against the report's style
    "band",  # predikat bands: gaps and overlaps
    "target",  # a target against the Perjanjian Kinerja or another table
}
STATUSES = {"holds", "broken"}
PERIODS = re.compile(r"^(annual|TW (I|II|III|IV)|semester (I|II))$")
UNIT_KINDS = {
    "kabupaten",
    "kota",
    "kecamatan",
    "dinas-kabupaten",
    "dinas-kota",
    "provinsi",
    "dinas-provinsi",
    "sekretariat-provinsi",
    "ministry-balai",
    "ministry-directorate",
    "ministry-unit",
    "court",
    "court-echelon-1",
    "agency",
    "agency-regional",
    "inspectorate",
}
COVER = re.compile(r"LAPORAN|LKJIP|LAKIP|LKJ\b|LKIP", re.IGNORECASE)


def ids(paths: list[Path]) -> list[str]:
    return [p.relative_to(CORPUS).as_posix() for p in paths]


def _case(text: Path) -> dict[str, object]:
    case: dict[str, object] = tomllib.loads(text.with_suffix(".truth.toml").read_text("utf-8"))["case"]
    return case


def test_corpus_is_big_enough() -> None:
    real = [p for p in CASES if p.parent == CORPUS]
    units = {_case(p)["unit"] for p in real}
    assert len(real) >= 4 and len(units) >= 4
    # a prose excerpt (a rendering that shows no data table) is allowed, but tables are the
    # corpus's main matter: at least half of the real cases carry one
    prose = [p for p in real if _case(p).get("excerpt") == "prose"]
    assert 2 * len(prose) <= len(real), [p.name for p in prose]


@pytest.mark.parametrize("text", CASES, ids=ids(CASES))
def test_case_is_well_formed(text: Path) -> None:
    truth_path = text.with_suffix(".truth.toml")
    assert truth_path.exists(), f"{text.name} has no {truth_path.name}"
    truth = tomllib.loads(truth_path.read_text("utf-8"))
    lines = text.read_text("utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()

    case = truth["case"]
    for key in ("unit", "unit_kind", "year", "period", "source"):
        assert key in case, f"[case] lacks {key}"
    assert case["unit_kind"] in UNIT_KINDS
    assert PERIODS.match(case["period"]), case["period"]
    assert 2000 <= case["year"] <= 2100
    assert case["source"].startswith(("https://", "http://", "seeded:"))

    # a cover in the first lines naming the report and its year, and at least one table
    head = "\n".join(lines[:12])
    assert COVER.search(head), "no cover (LAPORAN/LKjIP/LAKIP/LKj) in the first 12 lines"
    assert str(case["year"]) in head, "the cover does not print the year"
    assert case.get("excerpt", "tables") in ("tables", "prose")
    if case.get("excerpt", "tables") == "tables":
        assert sum("\t" in line for line in lines) >= 2, "no table (tab-separated rows)"

    relations = truth.get("relation", [])
    assert relations, "no relation"
    seen: set[str] = set()
    for r in relations:
        for key in ("id", "kind", "status", "agency_knowledge", "lines", "printed", "computed"):
            assert key in r, f"relation {r.get('id')} lacks {key}"
        assert r["id"] not in seen, f"duplicate relation id {r['id']}"
        seen.add(r["id"])
        assert r["kind"] in KINDS, f"{r['id']}: unknown kind {r['kind']}"
        assert r["status"] in STATUSES, f"{r['id']}: status {r['status']}"
        assert isinstance(r["agency_knowledge"], bool)
        assert r["lines"] and all(isinstance(n, int) for n in r["lines"])
        for n in r["lines"] + r.get("finding_lines", []):
            assert 1 <= n <= len(lines), f"{r['id']}: line {n} outside 1..{len(lines)}"
            assert lines[n - 1].strip(), f"{r['id']}: line {n} is empty"
        assert all(isinstance(m, str) and m.strip() for m in r.get("match", []))
        if r["status"] == "broken":
            assert r.get("finding_lines"), f"{r['id']}: a broken relation says where a finding falls"
            assert set(r["finding_lines"]) <= set(r["lines"])


# ---------------------------------------------------------------- the scorer's matching


def _scorer() -> object:
    spec = importlib.util.spec_from_file_location(
        "corpus_bench", CORPUS.parent.parent / "benchmarks" / "corpus.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["corpus_bench"] = module
    spec.loader.exec_module(module)
    return module


def test_scorer_sorts_findings_onto_relations() -> None:
    bench: Any = _scorer()
    text = CORPUS / "LKjIP PA Kuala Kurun 2021 final.txt"
    relations = bench.load_truth(text.with_suffix(".truth.toml"))
    res = bench.CaseResult(text.name, False)
    res.broken = [r.id for r in relations if r.status == "broken" and not r.agency]
    findings = [
        {"code": "X1", "severity": "error", "line": 28, "message": "capaian -33,33 bukan -3.333,33"},
        {"code": "X2", "severity": "error", "line": 16, "message": "false alarm on a row that holds"},
        {"code": "X3", "severity": "warning", "line": 0, "place": {"line": 5}, "message": "cover"},
    ]
    bench.match(res, relations, findings, bench.finding_lines)
    assert res.found_by_error == ["sisa-2020-capaian"]
    assert [f["code"] for f in res.false_errors] == ["X2"]
    assert [f["code"] for f in res.unmatched_warnings] == ["X3"]


def test_scorer_tells_relations_of_one_line_apart_by_value() -> None:
    bench: Any = _scorer()
    text = CORPUS / "LKjIP 2019 final rev.txt"
    relations = bench.load_truth(text.with_suffix(".truth.toml"))
    res = bench.CaseResult(text.name, False)
    res.broken = [r.id for r in relations if r.status == "broken" and not r.agency]
    finding = {"code": "X", "severity": "error", "line": 21, "message": "JUMLAH", "actual": 3055075000}
    bench.match(res, relations, [finding], bench.finding_lines)
    assert res.found_by_error == ["pagu-revisi-total"]


def test_scorer_places_a_draft_finding_by_its_quote() -> None:
    bench: Any = _scorer()
    lines = (CORPUS / "LKjIP 2019 final rev.txt").read_text("utf-8").split("\n")
    row = "JUMLAH 3.606.947.000,- 3.055.075.000,- 3.032.087.867,- 99.25"
    assert bench.quoted_lines({"place": {"quote": row}}, lines) == {21}
    assert bench.quoted_lines({"place": None}, lines) == set()


def test_word_draft_prints_what_its_export_prints(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    from tests.corpus.build_docx import build

    text = CORPUS / "LKjIP PA Kuala Kurun 2021 final.txt"
    draft = docx.Document(str(build(text, tmp_path)))
    rows = [line.split("\t") for line in text.read_text("utf-8").split("\n") if "\t" in line]
    cells = [[c.text for c in row.cells] for table in draft.tables for row in table.rows]
    assert cells == rows
    paragraphs = {p.text for p in draft.paragraphs}
    assert "Tabel 3.5 Perbandingan Tahunan Penurunan Sisa Perkara" in paragraphs
