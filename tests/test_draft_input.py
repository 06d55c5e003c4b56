"""Unusable drafts and draft mappings: a clear error naming the file and what is wrong, exit 2,
never a traceback, never unbounded memory."""

from __future__ import annotations

import io
import json
import shutil
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest

from tests.conftest import ROOT, Run

NAME = "contoh-2023-tw2"
TABLE = [
    ["No.", "INDIKATOR KINERJA UTAMA", "TARGET", "REALISASI", "CAPAIAN"],
    ["1.", "Penempatan Pekerja Migran Indonesia terampil dan profesional", "375", "142", "38%"],
]


def word(path: Path, paragraphs: list[str], table: list[list[str]] | None = TABLE) -> Path:
    d = docx.Document()
    for text in paragraphs:
        d.add_paragraph(text)
    if table is not None:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                t.cell(r, c).text = text
    d.save(str(path))
    return path


def only_error(run: Run, rules_dir: Path, path: Path) -> dict:
    code, out, err = run("check", "--format", "json", "--rules", rules_dir, path)
    assert code == 2, out
    assert "Traceback" not in out + err
    doc = json.loads(out)
    assert len(doc["errors"]) == 1, doc["errors"]
    error = doc["errors"][0]
    assert error["file"].endswith(path.name), error
    return error


def test_a_good_word_draft_is_checked(run: Run, rules_dir: Path, tmp_path: Path) -> None:
    path = word(tmp_path / f"{NAME}.docx", ["Tabel 1. Capaian Kinerja Unit Contoh Triwulan II tahun 2023"])
    code, out, _ = run("check", "--format", "json", "--rules", rules_dir, path)
    assert code == 0 and json.loads(out)["summary"]["errors"] == 0


@pytest.mark.parametrize(
    ("content", "key", "words"),
    [
        (b"this is not a zip archive at all", "err.docx_not_zip", "zip"),
        (b"", "err.empty", "kosong"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le") * 40,
            "err.docx_old_word",
            ".doc",
        ),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64 + "EncryptedPackage".encode("utf-16-le"),
            "err.docx_encrypted",
            "kata sandi",
        ),
    ],
)
def test_files_that_are_no_word_draft(
    run: Run, rules_dir: Path, tmp_path: Path, content: bytes, key: str, words: str
) -> None:
    path = tmp_path / f"{NAME}.docx"
    path.write_bytes(content)
    error = only_error(run, rules_dir, path)
    assert error["key"] == key and words in error["message"]


def test_an_old_binary_word_file_by_its_suffix(run: Run, rules_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / f"{NAME}.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    assert only_error(run, rules_dir, path)["key"] == "err.docx_old_word"


def test_a_truncated_docx(run: Run, rules_dir: Path, tmp_path: Path) -> None:
    good = word(tmp_path / "good.docx", ["x"]).read_bytes()
    path = tmp_path / f"{NAME}.docx"
    path.write_bytes(good[: len(good) // 2])
    assert only_error(run, rules_dir, path)["key"] == "err.docx_not_zip"


def test_a_zip_that_is_no_word_document(run: Run, rules_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / f"{NAME}.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "hello")
    assert only_error(run, rules_dir, path)["key"] == "err.docx_not_word"


def test_an_empty_document(run: Run, rules_dir: Path, tmp_path: Path) -> None:
    path = word(tmp_path / f"{NAME}.docx", [], table=None)
    error = only_error(run, rules_dir, path)
    assert error["key"] == "err.draft_empty"


def test_a_document_without_recognisable_tables(run: Run, rules_dir: Path, tmp_path: Path) -> None:
    path = word(
        tmp_path / f"{NAME}.docx",
        ["LAPORAN KINERJA TRIWULAN II 2023", "Tabel 1. Daftar Hadir"],
        [["a", "b"], ["1", "2"]],
    )
    error = only_error(run, rules_dir, path)
    assert error["key"] == "err.draft_no_tables" and "1 tabel" in error["message"]


def test_a_zip_bomb_is_not_opened(run: Run, rules_dir: Path, tmp_path: Path) -> None:
    good = word(tmp_path / "good.docx", ["x"])
    path = tmp_path / f"{NAME}.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("word/media/padding.bin", b"\0" * (32 * 1024 * 1024))  # 32 MB in some 32 KB
    error = only_error(run, rules_dir, path)
    assert error["key"] == "err.docx_bomb" and "padding.bin" in error["message"]


def test_a_member_larger_than_it_declares_is_not_inflated(tmp_path: Path) -> None:
    """A zip whose directory lies about a member's size: zipfile stops at the declared size and
    the CRC fails; the check ends in a clear error within a bounded address space."""
    good = word(tmp_path / "good.docx", ["x"])
    body = b"<w:document " + b" " * (200 * 1024 * 1024) + b"/>"
    buf = io.BytesIO()
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, body if item.filename == "word/document.xml" else src.read(item))
    data = bytearray(buf.getvalue())
    # Rewrite the declared uncompressed size of word/document.xml (local header and directory).
    name = b"word/document.xml"
    for sig, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        i = 0
        while (i := data.find(sig, i)) >= 0:
            n = struct.unpack_from("<H", data, i + (26 if sig == b"PK\x03\x04" else 28))[0]
            start = i + (30 if sig == b"PK\x03\x04" else 46)
            if data[start : start + n] == name:
                struct.pack_into("<I", data, i + size_at, 1000)
            i += 4
    path = tmp_path / f"{NAME}.docx"
    path.write_bytes(bytes(data))
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules" / "bp2mi", rules / "bp2mi")
    shutil.copytree(ROOT / "tests" / "cases" / "rules" / "contoh", rules / "contoh")
    limit = "import resource; resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30));"
    script = limit + "from lkjip_tui.cli import main; main(['check', '--format', 'json', '--rules', %r, %r])"
    done = subprocess.run(
        [sys.executable, "-c", script % (str(rules), str(path))], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2, done.stderr[-2000:]
    error = json.loads(done.stdout)["errors"][0]
    assert error["key"] in ("err.docx_not_zip", "err.docx_xml", "err.docx_not_word"), error


def test_xml_nested_too_deep(run: Run, rules_dir: Path, tmp_path: Path) -> None:
    good = word(tmp_path / "good.docx", ["x"])
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    deep = f"<w:document {ns}><w:body>" + "<w:p>" * 5000 + "</w:p>" * 5000 + "</w:body></w:document>"
    path = tmp_path / f"{NAME}.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, deep if item.filename == "word/document.xml" else src.read(item))
    assert only_error(run, rules_dir, path)["key"] == "err.docx_xml"


def test_a_draft_whose_name_says_nothing(run: Run, rules_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "Draft final (revisi 3).txt"
    path.write_text("Laporan kinerja\n\nNo.\tINDIKATOR\n", "utf-8")
    error = only_error(run, rules_dir, path)
    assert error["key"] == "err.draft_unnamed" and "contoh" not in error["message"]


def test_a_text_export_that_is_not_utf8(run: Run, rules_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / f"{NAME}.txt"
    path.write_bytes("LAPORAN KINERJA\nJum\u2019at\n".encode("cp1252"))
    error = only_error(run, rules_dir, path)
    assert error["key"] == "err.not_utf8" and error["line"] == 2


MAPPING_ERRORS = [
    ('kind = "ikhtisar"', 'kind = "ikhtisr"', "err.unknown_table", "ikhtisar"),
    ("caption = '^Capaian Kinerja .*Triwulan'", "caption = '^Capaian (Kinerja'", "err.draft_regex", "pola"),
    ("{jumlah_iku}", "{jumlah_ikuu}", "err.draft_placeholder", "jumlah_iku"),
    ("realisasi = ['realisasi.*']", "realisasii = ['realisasi.*']", "err.unknown_column", "realisasi"),
    ("threshold = 86", 'threshold = "86"', "err.type", "threshold"),
    ("version = 1", "version = 2", "err.version", "2"),
]


@pytest.mark.parametrize(("old", "new", "key", "words"), MAPPING_ERRORS)
def test_a_broken_draft_mapping(
    run: Run, rules_dir: Path, tmp_path: Path, old: str, new: str, key: str, words: str
) -> None:
    mapping = rules_dir / "bp2mi" / "draft" / "mapping.toml"
    text = mapping.read_text("utf-8")
    assert old in text
    mapping.write_text(text.replace(old, new, 1), "utf-8")
    line = next(i for i, row in enumerate(mapping.read_text("utf-8").splitlines(), start=1) if new in row)
    draft = tmp_path / f"{NAME}.txt"
    draft.write_text(
        "LAPORAN\n\nTabel 1. Capaian Kinerja Triwulan II\n\nNo.\tINDIKATOR KINERJA UTAMA\tTARGET\n", "utf-8"
    )
    code, out, err = run("check", "--format", "json", "--rules", rules_dir, draft)
    assert code == 2 and "Traceback" not in out + err
    error = json.loads(out)["errors"][0]
    assert error["key"] == key and error["file"].endswith("mapping.toml"), error
    assert error["line"] == line and error["column"] >= 1
    assert words in error["message"]


def test_a_catalogue_without_a_draft_mapping(run: Run, rules_dir: Path, tmp_path: Path) -> None:
    shutil.rmtree(rules_dir / "bp2mi" / "draft")
    draft = tmp_path / f"{NAME}.txt"
    draft.write_text("LAPORAN\n\nNo.\tINDIKATOR\n", "utf-8")
    code, out, _ = run("check", "--format", "json", "--rules", rules_dir, draft)
    assert code == 2 and json.loads(out)["errors"][0]["key"] == "err.draft_no_mapping"


def test_import_refuses_to_replace_a_data_file(run: Run, rules_dir: Path, tmp_path: Path) -> None:
    path = word(tmp_path / f"{NAME}.docx", ["Tabel 1. Capaian Kinerja Unit Contoh Triwulan II tahun 2023"])
    out = tmp_path / "out.yaml"
    out.write_text("# hand edits\n", "utf-8")
    code, _, err = run("import", "--rules", rules_dir, path, "-o", out)
    assert code == 2 and "--force" in err and out.read_text("utf-8") == "# hand edits\n"
    code, _, _ = run("import", "--rules", rules_dir, path, "-o", out, "--force")
    first, second = out.read_text("utf-8").splitlines()[:2]
    assert code == 0 and second.startswith("# Imported by lkjip")
    # Editors (yaml-language-server) check the imported file against its catalogue's schema.
    assert first == "# yaml-language-server: $schema=rules/bp2mi/data.schema.json"
    assert (out.parent / first.partition("$schema=")[2]).resolve() == (
        rules_dir / "bp2mi" / "data.schema.json"
    ).resolve()
    code, _, err = run("import", "--rules", rules_dir, tmp_path / "nothing.docx", "-o", tmp_path / "x.yaml")
    assert code == 2 and "tidak ditemukan" in err
