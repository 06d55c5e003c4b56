"""`check DRAFT.docx --annotate OUT.docx`: a copy with a Word comment on each finding, the draft's
text unchanged, that python-docx and LibreOffice both open.

LibreOffice (`soffice`, from the distribution's packages) converts the copy headless; .ci/run
installs it and sets LKJIP_REQUIRE_LIBREOFFICE=1, so there the test cannot be skipped.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest

from lkjip_tui.drafts.docx import all_paragraphs, paragraph_text
from tests.conftest import Run


@pytest.fixture(scope="module")
def annotated(sample_docx: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("annotated") / "reviu.docx"
    findings = tmp_path_factory.mktemp("json") / "findings.json"
    with findings.open("w") as f:
        done = subprocess.run(
            [sys.executable, "-c", "from lkjip_tui.cli import main; main()", "check", str(sample_docx),
             "--format", "json", "--annotate", str(out)],
            stdout=f, stderr=subprocess.PIPE, text=True, timeout=300,
        )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "komentar" in done.stderr
    return out, json.loads(findings.read_text("utf-8"))


def test_one_comment_per_problem_by_lkjip(annotated: tuple[Path, dict], sample_docx: Path, run: Run) -> None:
    """As many comments as the review note has entries: a problem's other places and what follows
    from it are in its one comment, not comments of their own."""
    out, report = annotated
    comments = list(docx.Document(str(out)).comments)
    _, note, _ = run("check", sample_docx, "--format", "markdown")
    entries = re.findall(r"^\d+\. ", note, re.M)
    assert len(comments) == len(entries) < len(report["findings"]) / 2
    assert {c.author for c in comments} == {"lkjip"}
    roots = {f["code"] for f in report["findings"] if not f["caused_by"]}
    assert {c.text.split(" ")[0] for c in comments} == roots
    assert any("galat" in c.text for c in comments)  # in the chosen language (Indonesian)
    # IKU2's undefined rate: one comment naming its other places and the capaian that follows.
    iku2 = [c.text for c in comments if c.text.startswith("LKJ103") and "Penurunan kasus" in c.text]
    assert len(iku2) == 1
    assert "juga di Tabel 7 baris 9 kolom REALISASI" in iku2[0] and "sehingga juga: capaian" in iku2[0]
    assert not any("/" + "work" in c.text or str(Path.cwd()) in c.text for c in comments)


def test_reannotating_replaces_lkjips_comments_and_keeps_the_reviewers(
    annotated: tuple[Path, dict], tmp_path: Path, run: Run
) -> None:
    out, _ = annotated
    again = tmp_path / "bp3mi-sumbar-2023-tw2.docx"  # the draft's name says its unit and period
    d = docx.Document(str(out))
    first = sorted(c.text for c in d.comments)
    paragraph = next(p for p in d.paragraphs if p.runs)
    d.add_comment(paragraph.runs[:1], text="Mohon dicek lagi", author="Reviewer", initials="RV")
    d.save(str(again))
    second = tmp_path / "reviu-2.docx"
    code, _, err = run("check", again, "--annotate", second)
    assert code == 1, err
    comments = list(docx.Document(str(second)).comments)
    assert sorted(c.text for c in comments if c.author == "lkjip") == first
    assert [c.text for c in comments if c.author == "Reviewer"] == ["Mohon dicek lagi"]


def test_the_drafts_text_is_unchanged(annotated: tuple[Path, dict], sample_docx: Path) -> None:
    out, _ = annotated
    before = [paragraph_text(p) for p in all_paragraphs(docx.Document(str(sample_docx)).element.body)]
    after = [paragraph_text(p) for p in all_paragraphs(docx.Document(str(out)).element.body)]
    assert before == after


def test_a_comment_is_anchored_at_the_offending_cell(annotated: tuple[Path, dict]) -> None:
    """Tabel 7's IKU1 realisasi "300" carries the LKJ304 comment, and nothing else does."""
    out, _ = annotated
    d = docx.Document(str(out))
    ids = {c.comment_id: c.text for c in d.comments}
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    anchored: dict[str, list[str]] = {}
    for p in all_paragraphs(d.element.body):
        open_ids = [e.get(w + "id") for e in p.iter(w + "commentRangeStart")]
        for cid in open_ids:
            anchored.setdefault(paragraph_text(p), []).append(ids[int(cid)])
    assert any(t.startswith("LKJ304") and "“300”" in t for t in anchored["300"])


def test_english_comments(sample_docx: Path, tmp_path: Path, run: Run) -> None:
    out = tmp_path / "review.docx"
    code, _, err = run("check", sample_docx, "--lang", "en", "--annotate", out)
    assert code == 1 and "comments" in err
    texts = [c.text for c in docx.Document(str(out)).comments]
    assert any("does not follow" in t for t in texts) and not any("tidak sesuai" in t for t in texts)


def test_annotate_needs_one_word_draft(run: Run, tmp_path: Path, sample_docx: Path) -> None:
    code, _, err = run("check", "tests/drafts/bp3mi-sumbar-2023-tw2.txt", "--annotate", tmp_path / "x.docx")
    assert code == 2 and ".docx" in err
    code, _, err = run("check", sample_docx, "--annotate", sample_docx)
    assert code == 2 and "menimpa" in err


def test_libreoffice_opens_the_annotated_copy(annotated: tuple[Path, dict], tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("LKJIP_REQUIRE_LIBREOFFICE"):
            pytest.fail("LibreOffice (soffice) is required here but not installed")
        pytest.skip("LibreOffice (soffice) is not installed")
    out, _ = annotated
    env = {**os.environ, "HOME": str(tmp_path)}  # a fresh LibreOffice profile
    done = subprocess.run(
        [soffice, "--headless", "--norestore", "--convert-to", "odt", "--outdir", str(tmp_path), str(out)],
        capture_output=True, text=True, timeout=240, env=env,
    )  # fmt: skip
    converted = tmp_path / "reviu.odt"
    assert done.returncode == 0 and converted.is_file(), done.stdout + done.stderr
    content = zipfile.ZipFile(converted).read("content.xml").decode("utf-8")
    # Every comment came through as a LibreOffice annotation, with its author.
    comments = list(docx.Document(str(out)).comments)
    assert content.count("<office:annotation ") + content.count("<office:annotation>") == len(comments)
    assert "<dc:creator>lkjip</dc:creator>" in content
    assert "PENGUKURAN CAPAIAN KINERJA TRIWULAN II TAHUN 2023" in content
