"""`check DRAFT.docx --annotate OUT.docx`: a copy with a Word comment on each finding, the draft's
text unchanged, that python-docx and LibreOffice both open.

LibreOffice (`soffice`, from the distribution's packages) converts the copy headless; .ci/run
installs it and sets LKJIP_REQUIRE_LIBREOFFICE=1, so there the test cannot be skipped.
"""

from __future__ import annotations

import io
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


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
M_T = "{http://schemas.openxmlformats.org/officeDocument/2006/math}t"


def _ranges(document_xml: bytes) -> dict[str, str]:
    """Each comment's id and the text its range holds, read from the written document.xml."""
    from lxml import etree

    texts: dict[str, str] = {}
    active: set[str] = set()
    for e in etree.fromstring(document_xml).iter():
        if e.tag == W + "commentRangeStart":
            active.add(e.get(W + "id") or "")
            texts.setdefault(e.get(W + "id") or "", "")
        elif e.tag == W + "commentRangeEnd":
            active.discard(e.get(W + "id") or "")
        elif e.tag in (W + "t", M_T):
            for a in active:
                texts[a] += e.text or ""
    return texts


def test_a_sentences_comment_covers_exactly_its_figure(
    annotated: tuple[Path, dict], sample_docx: Path
) -> None:
    """LKJ303, LKJ405 and LKJ603 in the sample's sentences: the comment's range in the written
    document.xml holds the figure's text — the run that prints the whole sentence is split at
    the figure — not the sentence around it."""
    out, report = annotated
    before = all_paragraphs(docx.Document(str(sample_docx)).element.body)
    ranges = _ranges(zipfile.ZipFile(out).read("word/document.xml"))
    comments = {str(c.comment_id): c.text for c in docx.Document(str(out)).comments}
    # LKJ405's two wrong periods are one problem: one comment, at the first figure, naming both.
    figures = {"LKJ303": {"19"}, "LKJ405": {"63,39%"}, "LKJ603": {"Triwulan II tahun 2022"}}
    seen: dict[str, set[str]] = {code: set() for code in figures}
    for f in report["findings"]:
        if f["code"] not in figures or f["caused_by"]:
            continue
        place = f["place"]
        sentence = paragraph_text(before[place["line"] - 1])
        figure = sentence[place["start"] : place["end"]]
        own = [i for i, text in comments.items() if text.split("\n")[0].endswith(f["message"])]
        named = [i for i, text in comments.items() if f"\n– {f['message']} (" in text]
        [cid] = own or named  # its own comment, or its rule's problem's one comment naming it
        if not own and ranges[cid] != figure:  # a later part: named there, anchored at the first
            assert figure not in figures[f["code"]], f["message"]
            continue
        assert ranges[cid] == figure != sentence.strip(), (f["code"], ranges[cid])
        seen[f["code"]].add(figure)
    assert seen == figures


def _draft_with(tmp_path: Path, pieces: list[tuple[str, dict]]) -> Path:
    d = docx.Document()
    p = d.add_paragraph()
    for text, style in pieces:
        r = p.add_run(text)
        for k, v in style.items():
            setattr(r, k, v)
    path = tmp_path / "draft.docx"
    d.save(str(path))
    return path


def _finding(line: int, start: int, end: int) -> object:
    from lkjip_tui.model.document import Place
    from lkjip_tui.model.findings import Finding
    from lkjip_tui.values.msg import Msg

    place = Place("docx", line, start, end, quote="")
    return Finding("LKJ303", "error", Msg("lkj605.undefined", {"expression": "x"}), "d.docx", line, 1,
                   place=place, fingerprint="f1")  # fmt: skip


@pytest.mark.parametrize(
    ("pieces", "start", "end"),
    [
        ([("menerbitkan 19 (sembilan belas) berita", {"bold": True, "italic": True})], 12, 14),
        ([("Per ", {}), ("Triwulan II 2022, nilai", {"bold": True})], 4, 20),  # across two runs
        ([("sebesar ", {}), ("63,39%", {"italic": True}), (" dan", {})], 8, 14),  # a run whole: no split
        ([("awal 19", {"underline": True})], 5, 7),  # up to the run's end
    ],
)
def test_a_span_splits_runs_and_keeps_their_formatting(
    tmp_path: Path, pieces: list[tuple[str, dict]], start: int, end: int
) -> None:
    from lkjip_tui.drafts.annotate import annotate

    path = _draft_with(tmp_path, pieces)
    text = "".join(t for t, _ in pieces)
    data, added = annotate(path, "draft.docx", [_finding(1, start, end)], "id")  # type: ignore[list-item]
    assert added == 1
    assert _ranges(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")) == {"0": text[start:end]}
    written = tmp_path / "out.docx"
    written.write_bytes(data)
    p = docx.Document(str(written)).paragraphs[0]
    assert p.text == text  # the draft's text unchanged
    # Every character keeps the formatting it had: each run's style is the style of the piece it came from.
    at = 0
    for r in p.runs:
        if not r.text:
            continue
        style = next(s for t, s in pieces if text.index(t) <= at < text.index(t) + len(t))
        assert {k: getattr(r, k) for k in ("bold", "italic", "underline")} == {
            k: style.get(k) for k in ("bold", "italic", "underline")
        }, r.text
        at += len(r.text)


def test_reannotating_leaves_the_body_as_the_first_annotation_wrote_it(
    annotated: tuple[Path, dict], tmp_path: Path, run: Run
) -> None:
    """The runs split for a figure and the empty runs beside an equation are reused, not added again."""
    out, _ = annotated
    again = tmp_path / "bp3mi-sumbar-2023-tw2.docx"
    shutil.copy(out, again)
    second = tmp_path / "reviu-2.docx"
    code, _, err = run("check", again, "--annotate", second)
    assert code == 1, err
    body = [zipfile.ZipFile(p).read("word/document.xml") for p in (out, second)]
    assert body[0] == body[1]
