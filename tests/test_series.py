"""A unit's year checked as one series: a generated year (TW I–IV, annual) with slips put in."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import ROOT, Run
from tests.series.year import EXPECTED, write_year


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The generated year with its slips: the unit's data directory (its rules beside)."""
    return write_year(tmp_path_factory.mktemp("year"))


def _found(run: Run, *args: str | Path) -> tuple[int, Counter[tuple[str, str]], dict[str, object]]:
    code, out, err = run("check", *args, "--format", "json")
    doc = json.loads(out)
    assert not doc["errors"] and not doc["internal_errors"], err
    series = Counter(
        (Path(f["file"]).name, f["code"]) for f in doc["findings"] if f["code"].startswith("LKJ8")
    )
    return code, series, doc


def test_a_directory_check_finds_each_slip(year: Path, run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(year.parent.parent)
    code, series, doc = _found(run, "data/bp3mi-sumbar/", "--no-cache")
    assert code == 1
    assert series == Counter({k: v for k, v in EXPECTED.items() if v})
    by_code = {f["code"]: f for f in doc["findings"] if f["code"].startswith("LKJ8")}
    # each finding names both files and both places
    falls = by_code["LKJ802"]
    assert falls["file"] == "data/bp3mi-sumbar/2023-tw3.yaml" and falls["table_label"] == "Tabel 1"
    assert (
        "“22” (Tabel 1)" in falls["message"]
        and "“25” di data/bp3mi-sumbar/2023-tw2.yaml (Tabel 1)" in falls["message"]
    )
    restated = by_code["LKJ804"]
    assert (
        restated["field"] == "kasus_periode_lalu" and restated["expected"] == "4"
    )  # the period's own report
    assert "narasi baris 503" in restated["message"] and "2022-tw2.yaml" in restated["message"]
    differs = by_code["LKJ801"]
    assert differs["expected"] is None  # no targets file decides: both values listed, none picked
    assert (
        "“80” (Tabel 2)" in differs["message"]
        and "“76” di data/bp3mi-sumbar/2023-tw1.yaml" in differs["message"]
    )


def test_the_year_without_slips_is_clean(tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    data = write_year(tmp_path, slips=False)
    monkeypatch.chdir(tmp_path)
    code, series, _ = _found(run, data, "--select", "LKJ8", "--no-cache")
    assert code == 0 and series == Counter()


def test_from_the_cache_the_same(year: Path, run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(year.parent.parent)
    first = _found(run, "data/bp3mi-sumbar/", "--select", "LKJ8")[1]
    cached = list(Path(__import__("os").environ["LKJIP_CACHE_DIR"]).rglob("*"))
    assert any(p.is_file() for p in cached)
    assert (
        _found(run, "data/bp3mi-sumbar/", "--select", "LKJ8")[1]
        == first
        == Counter({k: v for k, v in EXPECTED.items() if v})
    )


def test_one_file_or_ignored_series_rules_compare_nothing(
    year: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(year.parent.parent)
    assert _found(run, "data/bp3mi-sumbar/2023-tw3.yaml", "--select", "LKJ8", "--no-cache")[1] == Counter()
    assert _found(run, "data/bp3mi-sumbar/", "--ignore", "LKJ8", "--no-cache")[1] == Counter()
    from lkjip_tui.engine import Engine

    ignored = Engine(select=lambda c: not c.startswith("LKJ8")).check_file(year / "2023-tw3.yaml")
    assert ignored.series is None  # no summary built when no series rule runs


@pytest.mark.parametrize("fmt", ["text", "sarif", "junit", "gitlab", "github", "markdown", "json-lines"])
def test_every_format_carries_the_series_findings(
    year: Path, run: Run, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(year.parent.parent)
    code, out, err = run("check", "data/bp3mi-sumbar/", "--select", "LKJ8", "--format", fmt, "--no-cache")
    assert code == 1, err
    assert "LKJ802" in out and "2023-tw3.yaml" in out and "LKJ804" in out


def test_a_draft_in_the_series(year: Path, tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    """The sample's draft as the year's TW II: compared like a data file, its places as the draft prints them."""
    work = tmp_path / "w"
    shutil.copytree(year.parent.parent, work)
    data = work / "data" / "bp3mi-sumbar"
    (data / "2023-tw2.yaml").unlink()
    shutil.copy(ROOT / "tests" / "drafts" / "bp3mi-sumbar-2023-tw2.txt", data)
    monkeypatch.chdir(work)
    files = sorted(str(p.relative_to(work)) for p in data.iterdir())
    _, series, doc = _found(run, *files, "--select", "LKJ8", "--no-cache")
    assert series[("bp3mi-sumbar-2023-tw2.txt", "LKJ804")] == 1
    f = next(f for f in doc["findings"] if f["code"] == "LKJ804")
    assert f["place"]["line"] == 503 and "yaitu sebesar 0 kasus" in f["place"]["quote"]


def test_series_findings_are_waived_like_any_other(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = write_year(tmp_path)
    (data / "lkjip-waivers.toml").write_text(
        '[[waiver]]\ncode = "LKJ802"\nfile = "2023-tw3.yaml"\ntable = "Tabel 1"\nrow = "IKU5"\n'
        'justification = "TW III dilaporkan per triwulan, disetujui Inspektorat"\nby = "A. Rahman"\n\n'
        '[[waiver]]\ncode = "LKJ803"\nfile = "2023-tahunan.yaml"\nrow = "IKU9"\n'
        'justification = "salah tulis"\nby = "A. Rahman"\n',
        "utf-8",
    )
    monkeypatch.chdir(tmp_path)
    _, _, doc = _found(run, "data/bp3mi-sumbar/", "--no-cache")
    findings = doc["findings"]
    falls = next(f for f in findings if f["code"] == "LKJ802")
    assert falls["waived"]["justification"].startswith("TW III dilaporkan")
    unused = [f for f in findings if f["code"] == "LKJ001"]
    assert len(unused) == 1 and "lkjip-waivers.toml" in unused[0]["file"] and "LKJ803" in unused[0]["message"]
    assert doc["summary"]["waived"] == 1
    # the per-file pass neither applies nor reports a series waiver (it has no series findings)
    _, _, doc = _found(run, "data/bp3mi-sumbar/2023-tw3.yaml", "--no-cache")
    assert not [f for f in doc["findings"] if f["code"] == "LKJ001"]
