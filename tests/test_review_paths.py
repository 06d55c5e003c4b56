"""Nothing of the reviewer's machine in what lkjip writes: every output format of the sample's
draft, checked from a temporary directory and from the checkout, names files relative to the
working directory and rules by their catalogue ("bp2mi/iku.toml:33"), never an absolute path."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import docx
import pytest

from lkjip_tui.output import FORMATS
from tests.conftest import ROOT, Run

DRAFT = ROOT / "tests" / "drafts" / "bp3mi-sumbar-2023-tw2.txt"


def _leaks(text: str, *dirs: Path) -> list[str]:
    return [str(d) for d in dirs if str(d) in text or d.as_uri() in text]


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_no_absolute_path_in_any_format_of_a_draft_elsewhere(
    fmt: str, run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(DRAFT, tmp_path / DRAFT.name)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    code, out, err = run("check", DRAFT.name, "--format", fmt, "--no-cache")
    assert code == 1, err
    assert "bp2mi/iku.toml:" in out or fmt in ("github", "gitlab")  # rules cited by catalogue
    assert not _leaks(out, tmp_path, ROOT)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_no_absolute_path_in_any_format_of_the_sample(
    fmt: str, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    code, out, err = run("check", "data/bp3mi-sumbar/2023-tw2.yaml", "--format", fmt, "--no-cache")
    assert code == 1, err
    assert not _leaks(out, ROOT)


def test_no_absolute_path_in_the_annotated_copy(
    run: Run, sample_docx: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = tmp_path / sample_docx.name
    shutil.copy(sample_docx, draft)
    monkeypatch.chdir(tmp_path)
    code, _, err = run("check", draft.name, "--annotate", "reviu.docx", "--no-cache")
    assert code == 1, err
    texts = "\n".join(c.text for c in docx.Document(str(tmp_path / "reviu.docx")).comments)
    assert "bp2mi/iku.toml:" in texts
    assert not _leaks(texts, tmp_path, ROOT)


def test_the_tuis_list_names_rows_and_columns_as_printed() -> None:
    """The findings list's "row, column" cell: the draft's printed row and column heading, a
    sentence's line, a data file's row and figure in words; never a dotted key."""
    from lkjip_tui.engine import Engine
    from lkjip_tui.model.problems import row_and_column

    for path in (DRAFT, ROOT / "data" / "bp3mi-sumbar" / "2023-tw2.yaml"):
        result = Engine().check_file(path, keep=True)
        cells = {f.code + " " + row_and_column(f, "id") for f in result.findings}
        keys = [c for c in cells if re.search(r"IKU\d+\.|_", c)]  # IKU2.realisasi, jumlah_berita
        assert cells and keys == [], keys
    draft = {row_and_column(f, "en") for f in Engine().check_file(DRAFT).findings}
    assert "row 3 · TARGET" in draft and "line 578" in draft
