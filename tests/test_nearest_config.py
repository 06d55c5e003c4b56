"""Each file is checked with the configuration nearest it, as ruff finds one per file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import MINIMAL, ROOT, Run

WRONG = MINIMAL.replace("capaian: 38%", "capaian: 83%")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(ROOT / "rules" / "bp2mi", tmp_path / "rules" / "bp2mi")
    shutil.copytree(ROOT / "tests" / "cases" / "rules" / "contoh", tmp_path / "rules" / "contoh")
    for d in ("pusat", "arsip"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "contoh.yaml").write_text(WRONG, "utf-8")
    (tmp_path / "arsip" / "lkjip.toml").write_text('ignore = ["LKJ101"]\n', "utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _codes(out: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for f in json.loads(out)["findings"]:
        found.setdefault(Path(f["file"]).parent.name, set()).add(f["code"])
    return found


def test_each_file_gets_its_nearest_configuration(repo: Path, run: Run) -> None:
    code, out, _ = run("check", "--format", "json", ".")
    assert code == 1
    codes = _codes(out)
    assert "LKJ101" in codes["pusat"] and "LKJ101" not in codes.get("arsip", set())
    # The flags still win over every configuration; --config makes one the run's only one.
    _, out, _ = run("check", "--format", "json", "--ignore", "LKJ304", ".")
    assert "LKJ304" not in set().union(*_codes(out).values())
    _, out, _ = run("check", "--format", "json", "--config", "arsip/lkjip.toml", ".")
    assert "LKJ101" not in set().union(*_codes(out).values())
