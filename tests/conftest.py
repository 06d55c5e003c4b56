from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

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


# PDFs printed by LibreOffice headless from the project's drafts, made once per session
# (a conversion takes seconds on a loaded machine).


def soffice() -> str:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("LKJIP_REQUIRE_LIBREOFFICE"):
            pytest.fail("LibreOffice (soffice) is required here but not installed")
        pytest.skip("LibreOffice (soffice) is not installed")
    return soffice


def to_pdf(docx: Path, outdir: Path) -> Path:
    env = {**os.environ, "HOME": str(outdir)}  # a fresh LibreOffice profile
    done = subprocess.run(
        [soffice(), "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(outdir), str(docx)],
        capture_output=True, text=True, timeout=240, env=env,
    )  # fmt: skip
    out = outdir / (docx.stem + ".pdf")
    assert done.returncode == 0 and out.is_file(), done.stdout + done.stderr
    return out


@pytest.fixture(scope="session")
def sample_pdf(sample_docx: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return to_pdf(sample_docx, tmp_path_factory.mktemp("pdf"))


@pytest.fixture(scope="session")
def layouts_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.drafts.make_layouts import make

    folder = tmp_path_factory.mktemp("layouts")
    return to_pdf(make(folder / "uji-2023-tw2.docx"), folder)


def sample_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository of reports, run from its root: the shipped rules/ and the sample as
    data/bp3mi-sumbar/2023-tw2.yaml, outside GitHub Actions (its annotations are format-specific)."""
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    (tmp_path / "data" / "bp3mi-sumbar").mkdir(parents=True)
    shutil.copy(SAMPLE, tmp_path / "data" / "bp3mi-sumbar" / "2023-tw2.yaml")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


def crash_on(monkeypatch: pytest.MonkeyPatch, file_suffix: str) -> None:
    """LKJ301 raises on the file whose name ends so, as a rule with a bug would on one odd report."""
    from lkjip_tui.checks import rule_by_code

    rule = rule_by_code("LKJ301")
    assert rule is not None
    original = rule.run

    def run(ctx: Any) -> Iterator[Any]:
        if ctx.report.file.endswith(file_suffix):
            raise KeyError("kolom-hilang")
        yield from original(ctx)

    monkeypatch.setattr(rule, "run", run)
