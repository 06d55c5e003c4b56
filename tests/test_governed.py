"""Which reports a changed TOML file governs (engine.governed, `lkjip check --governed`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lkjip_tui.engine import Engine
from lkjip_tui.engine.governed import governed
from tests.conftest import MINIMAL, ROOT, SAMPLE, Run


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    shutil.copytree(ROOT / "tests" / "cases" / "rules" / "contoh", tmp_path / "rules" / "contoh")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    shutil.copy(SAMPLE, tmp_path / "a" / "2023-tw2.yaml")
    (tmp_path / "b" / "bersih.yaml").write_text(MINIMAL, "utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(
    ("changed", "expected"),
    [
        ("rules/contoh/2023.toml", ["b/bersih.yaml"]),  # a unit's targets: its reports only
        ("rules/bp3mi-sumbar/2023.toml", ["a/2023-tw2.yaml"]),
        ("rules/bp2mi/iku.toml", ["a/2023-tw2.yaml", "b/bersih.yaml"]),  # the catalogue both extend
        ("b/lkjip-waivers.toml", ["b/bersih.yaml"]),  # a waivers file: its directory (even deleted)
        ("lkjip.toml", ["a/2023-tw2.yaml", "b/bersih.yaml"]),  # a configuration: all below it
        ("rules/bp2mi/draft/mapping.toml", []),  # the drafts' mapping: no draft here
        ("a/2023-tw2.yaml", []),  # not a TOML file
    ],
)
def test_the_reports_a_toml_file_governs(changed: str, expected: list[str], repo: Path) -> None:
    found = governed([Path(changed)], Path("."), Engine())
    assert sorted(p.as_posix() for p in found) == expected


def test_check_governed_checks_them(repo: Path, run: Run) -> None:
    code, out, _ = run("check", "--governed", "--lang", "en", "rules/contoh/2023.toml")
    assert code == 0 and "1 file checked" in out
    code, out, _ = run("check", "--governed", "--lang", "en", "rules/bp3mi-sumbar/2023.toml")
    assert code == 1 and "a/2023-tw2.yaml" in out and "bersih" not in out
