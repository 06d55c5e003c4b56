"""Where rules are found: beside the data, given with --rules, or installed as a package."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import MINIMAL, ROOT


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
