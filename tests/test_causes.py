"""engine.causes: a computation written in the prose folds into the problem of the figure it gives
only when a value finding questions that figure; every other computation stays a problem of its own."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from lkjip_tui.engine import causes
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.interval import Interval
from lkjip_tui.values.msg import Msg
from tests.conftest import ROOT, Run

IKUS = ("IKU1", "IKU2")
SAMPLE = ROOT / "tests" / "drafts" / "bp3mi-sumbar-2023-tw2.txt"


def _finding(code: str, line: int, fp: str, **kw: object) -> Finding:
    return Finding(code, "error", Msg("x"), "d.txt", line, 1, fingerprint=fp, **kw)  # type: ignore[arg-type]


def _undefined_rate() -> Finding:
    """IKU2's realisasi in Tabel 1: undefined, its previous period's count being 0."""
    return _finding("LKJ103", 33, "rate", table="ikhtisar", row="IKU2", field="realisasi")


def _computation(field: str | None, line: int = 505) -> Finding:
    """A worked computation in the prose whose result is not what it prints."""
    return _finding(
        "LKJ605", line, f"sum{line}", field=field, expected=Decimal(300), actual=Decimal(-3),
        expected_interval=Interval.point(Decimal(300)), actual_interval=Interval.point(Decimal(-3)),
    )  # fmt: skip


@pytest.mark.parametrize("field", ["IKU2.realisasi", "IKU2.capaian"])
def test_a_computation_of_the_undefined_rate_follows_from_it(field: str) -> None:
    """The rate itself, or the capaian computed from it (which is undefined too)."""
    rate, computed = _undefined_rate(), _computation(field)
    causes.link([computed, rate], IKUS)
    assert computed.caused_by == "rate" and rate.caused_by == ""


@pytest.mark.parametrize(
    "field",
    [
        None,  # a computation no sentence near it states as a figure
        "IKU1.realisasi",  # a figure no value finding questions
        "IKU1.capaian",  # nor one computed from a figure a value finding questions
    ],
)
def test_an_independent_computation_stays_its_own_problem(field: str | None) -> None:
    rate, computed = _undefined_rate(), _computation(field)
    causes.link([rate, computed], IKUS)
    assert computed.caused_by == ""


def test_a_finding_on_the_figure_that_computes_nothing_does_not_fold() -> None:
    """The period a sentence names for the figure (LKJ405) is wrong whatever the figure's value."""
    rate = _undefined_rate()
    period = _finding("LKJ405", 578, "period", field="IKU2.realisasi", expected="TW II 2023")
    causes.link([rate, period], IKUS)
    assert period.caused_by == ""


def test_the_second_place_of_a_computation_follows_through_the_first() -> None:
    rate, first, second = (
        _undefined_rate(),
        _computation("IKU2.realisasi"),
        _computation("IKU2.realisasi", 600),
    )
    causes.link([second, first, rate], IKUS)
    assert first.caused_by == second.caused_by == "rate"


def _sample_copy(tmp_path: Path, after: str, paragraph: str) -> Path:
    """The sample's text export with a paragraph added after the line that starts with `after`."""
    lines = SAMPLE.read_text("utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith(after))
    lines[at + 1 : at + 1] = ["", paragraph]
    path = tmp_path / SAMPLE.name
    path.write_text("\n".join(lines), "utf-8")
    return path


def test_the_samples_worked_formula_is_told_in_iku2s_entry_and_another_sum_is_not(
    tmp_path: Path, run: Run
) -> None:
    """In the sample, "((3-0)/1) × 100% = - 3%" works out IKU2's undefined rate: it is folded
    into that one problem. A wrong sum added to the same section works out no figure: its own entry."""
    draft = _sample_copy(tmp_path, "Dari perhitungan diatas", "Jumlah kasus yang ditangani 2 + 2 = 5 kasus.")
    _, out, _ = run("check", draft, "--format", "json")
    findings = json.loads(out)["findings"]
    [rate] = [f for f in findings if f["code"] == "LKJ103" and not f["caused_by"]]
    written = {f["place"]["quote"]: f for f in findings if f["code"] == "LKJ605"}
    formula = next(f for q, f in written.items() if "((3-0)/1)" in q)
    assert formula["field"] == "IKU2.realisasi" and formula["caused_by"] == rate["fingerprint"]
    independent = written["Jumlah kasus yang ditangani 2 + 2 = 5 kasus."]
    assert independent["field"] is None and not independent["caused_by"]

    _, note, _ = run("check", draft, "--format", "markdown")
    entries = re.split(r"\n(?=\d+\. )", note)[1:]
    own = [e for e in entries if "[LKJ605" in e.split("\n")[0]]
    assert len(own) == 1 and "2 + 2" in own[0] and "(3-0)" not in own[0]
    [iku2] = [e for e in entries if "Penurunan kasus PMI (IKU2)" in e.split("\n")[0]]
    assert "sehingga juga: “((3-0)/1) × 100%” tertulis “- 3%”" in iku2
