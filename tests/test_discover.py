"""Where rules are found: beside the data, given with --rules, or installed as a package."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import MINIMAL, ROOT, SAMPLE, Run


def _stub_distribution(site: Path) -> None:
    """A catalogue published as a package: its directory laid out like rules/, and an
    entry point in the `lkjip.catalogues` group (what `pip install` of it would leave)."""
    package = site / "lkjip_catalogue_contoh"
    shutil.copytree(ROOT / "rules" / "bp2mi", package / "bp2mi-terpasang")
    unit = (ROOT / "tests" / "cases" / "rules" / "contoh" / "2023.toml").read_text("utf-8")
    (package / "unit-terpasang").mkdir()
    (package / "unit-terpasang" / "2023.toml").write_text(
        unit.replace('extends = "bp2mi"', 'extends = "bp2mi-terpasang"').replace(
            'unit = "contoh"', 'unit = "unit-terpasang"'
        ),
        "utf-8",
    )
    (package / "__init__.py").write_text('"""A catalogue for lkjip."""\n', "utf-8")
    info = site / "lkjip_catalogue_contoh-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: lkjip-catalogue-contoh\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[lkjip.catalogues]\ncontoh = lkjip_catalogue_contoh\n")


def test_a_catalogue_installed_as_a_package_is_found(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    _stub_distribution(site)
    data = tmp_path / "reports" / "a.yaml"
    data.parent.mkdir()
    data.write_text(MINIMAL.replace("unit: contoh", "unit: unit-terpasang"), "utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), str(ROOT)])}
    env["LKJIP_CACHE_DIR"] = str(tmp_path / "cache")
    out = subprocess.run(
        [sys.executable, "-m", "lkjip_tui", "check", "--format", "json", str(data)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    doc = json.loads(out.stdout)
    assert doc["errors"] == [] and doc["summary"]["files"] == 1, out.stdout + out.stderr
    assert out.returncode == 0


def test_without_the_package_the_unit_has_no_rules(tmp_path: Path) -> None:
    data = tmp_path / "a.yaml"
    data.write_text(MINIMAL.replace("unit: contoh", "unit: unit-terpasang"), "utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LKJIP_CACHE_DIR": str(tmp_path / "cache")}
    out = subprocess.run(
        [sys.executable, "-m", "lkjip_tui", "check", "--format", "json", str(data)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    doc = json.loads(out.stdout)
    assert out.returncode == 2 and doc["errors"][0]["key"] == "err.no_rules"


# ------------------------------------------------------------------ which files a scan takes

from lkjip_tui.engine import discover  # noqa: E402
from lkjip_tui.engine.discover import Filters, data_files  # noqa: E402


def _tree(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")


def _names(found: list[Path], root: Path) -> list[str]:
    return [p.relative_to(root).as_posix() for p in found]


def test_a_scan_takes_only_lkjip_data_files(tmp_path: Path) -> None:
    _tree(
        tmp_path,
        {
            "data/a.yaml": MINIMAL,
            "data/b.yml": "# Laporan TW I\n---\n" + MINIMAL,
            "data/c.yaml": "\ufeff# with a BOM\n\n" + MINIMAL,
            ".github/workflows/ci.yml": "name: ci\non: push\n",
            "data/ci.yml": "unit: not-a-report\nlkjip: 1\n",  # the marker must be the first key
            "docker-compose.yaml": "services: {}\n",
            ".hidden/d.yaml": MINIMAL,
            "node_modules/e.yaml": MINIMAL,
        },
    )
    assert _names(data_files(tmp_path), tmp_path) == ["data/a.yaml", "data/b.yml", "data/c.yaml"]
    assert data_files(tmp_path / "docker-compose.yaml") == [
        tmp_path / "docker-compose.yaml"
    ]  # named: checked
    assert data_files(tmp_path / "docker-compose.yaml", force_exclude=True) == []


def test_gitignore_is_honoured_from_the_repository_root(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    _tree(
        tmp_path,
        {
            ".gitignore": "build/\n*.tmp.yaml\n",
            "data/a.yaml": MINIMAL,
            "data/b.tmp.yaml": MINIMAL,
            "data/.gitignore": "arsip/\n!arsip/keep.yaml\nlama-*.yaml\n",
            "data/arsip/x.yaml": MINIMAL,
            "data/lama-2022.yaml": MINIMAL,
            "build/c.yaml": MINIMAL,
        },
    )
    filters = Filters(base=tmp_path)
    assert _names(data_files(tmp_path, filters), tmp_path) == ["data/a.yaml"]
    assert _names(data_files(tmp_path / "data", Filters(base=tmp_path)), tmp_path) == ["data/a.yaml"]


def test_include_and_exclude_patterns(tmp_path: Path) -> None:
    _tree(tmp_path, {"data/2023/a.yaml": MINIMAL, "data/2022/b.yaml": MINIMAL, "draf/c.yaml": MINIMAL})
    only = Filters(include=["data/**"], exclude=["data/2022/"], base=tmp_path)
    assert _names(data_files(tmp_path, only), tmp_path) == ["data/2023/a.yaml"]
    # Patterns are relative to the configuration's directory, wherever the scan starts.
    assert _names(data_files(tmp_path / "data", only), tmp_path) == ["data/2023/a.yaml"]


def test_exclude_in_the_configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run: Run) -> None:
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    _tree(tmp_path, {"data/a.yaml": SAMPLE.read_text("utf-8"), "draf/b.yaml": "lkjip: 1\nunit: [broken\n"})
    (tmp_path / "lkjip.toml").write_text('exclude = ["draf/"]\n', "utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("check", "--format", "json", ".")
    assert code == 1 and json.loads(out)["summary"]["files"] == 1


def test_drafts_join_a_scan_through_one_constant(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path, {"a.yaml": MINIMAL, "draf.txt": "Laporan Kinerja …", "catatan.md": "x"})
    assert _names(data_files(tmp_path), tmp_path) == ["a.yaml"]
    monkeypatch.setattr(discover, "DRAFT_SUFFIXES", (".txt", ".docx"))
    assert _names(data_files(tmp_path), tmp_path) == ["a.yaml", "draf.txt"]


def test_a_fifo_in_a_scanned_directory_is_skipped(tmp_path: Path) -> None:
    _tree(tmp_path, {"a.yaml": MINIMAL})
    os.mkfifo(tmp_path / "pipe.yaml")
    assert _names(data_files(tmp_path), tmp_path) == ["a.yaml"]
