from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from lkjip_tui.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "bp3mi-sumbar" / "2023-tw2.yaml"
MINIMAL = """\
lkjip: 1
unit: contoh
year: 2023
quarter: TW II
tables:
  ikhtisar:
    rows:
      IKU1: {target: 375, realisasi: 142, capaian: 38%}
"""


@pytest.fixture(autouse=True)
def _no_cache(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests never read or write the user's caches, and run as outside GitHub Actions
    (where lkjip would choose the github format by itself)."""
    monkeypatch.setenv("LKJIP_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("LKJIP_CACHE_KEY", "a test key of at least thirty-two bytes")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


@pytest.fixture
def rules_dir(tmp_path: Path) -> Path:
    """A writable copy of the shipped catalogue plus the test unit `contoh`."""
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules" / "bp2mi", rules / "bp2mi")
    shutil.copytree(ROOT / "tests" / "cases" / "rules" / "contoh", rules / "contoh")
    return rules


Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    """Run the lkjip command line in-process: (exit code, stdout, stderr)."""

    def _run(*args: str | Path) -> tuple[int, str, str]:
        try:
            main([str(a) for a in args])
            code = 0
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else 1
        out, err = capsys.readouterr()
        return code, out, err

    return _run


@pytest.fixture(scope="session")
def sample_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample's Word draft, made from its text export by tests/drafts/make_docx.py."""
    from tests.drafts.make_docx import make

    return make(tmp_path_factory.mktemp("docx") / "bp3mi-sumbar-2023-tw2.docx")
