"""The real sample report, audited: the findings are pinned in a golden file.

Regenerate after an intended change with:  LKJIP_UPDATE_GOLDEN=1 pytest tests/test_sample.py
and review the diff (and docs/sample-review.md) before committing.
"""

from __future__ import annotations

import json
import os

import pytest

from tests.conftest import ROOT, Run

GOLDEN = ROOT / "tests" / "golden" / "sample-findings.json"
SAMPLE_ARG = "data/bp3mi-sumbar/2023-tw2.yaml"


@pytest.fixture
def at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def test_sample_findings_match_the_golden_file(at_root: None, run: Run) -> None:
    code, out, _ = run("check", "--format", "json", SAMPLE_ARG)
    assert code == 1
    doc = json.loads(out)
    if os.environ.get("LKJIP_UPDATE_GOLDEN"):
        GOLDEN.write_text(out, "utf-8")
    golden = json.loads(GOLDEN.read_text("utf-8"))
    doc["tool"]["version"] = golden["tool"]["version"]
    assert doc == golden


def test_every_discrepancy_class_is_found(at_root: None, run: Run) -> None:
    """What a careful reviewer finds in the sample, class by class (see docs/sample-review.md)."""
    _, out, _ = run("check", "--format", "json", SAMPLE_ARG)
    found = {(f["code"], f["table"], f["row"], f["field"]) for f in json.loads(out)["findings"]}
    expected = {
        # capaian that fits no reading of its target and realisasi (Tabel 7's 38% for IKU1 fits
        # the 142 its evidence gives: the realisasi is wrong there, not the capaian)
        ("LKJ101", "ikhtisar", "IKU5", "capaian"),
        ("LKJ101", None, None, "IKU6.capaian"),
        # a capaian printed for an undefined realisasi
        ("LKJ102", "ikhtisar", "IKU2", "capaian"),
        ("LKJ101", "ikhtisar", "IKU6", "capaian"),
        ("LKJ101", "pengukuran", "IKU7", "capaian"),
        # the same IKU figure differing between tables: against its evidence (IKU1), or with
        # nothing to decide, every value where it stands first (IKU6)
        ("LKJ304", "pengukuran", "IKU1", "realisasi"),
        ("LKJ304", "pengukuran", "IKU6", "realisasi"),
        ("LKJ304", "ikhtisar", "IKU6", "realisasi"),
        ("LKJ304", "ikhtisar", None, "pagu"),
        # quarterly targets that do not follow from the annual target
        ("LKJ201", "ikhtisar", "IKU5", "target"),
        ("LKJ201", "sasaran_2", "IKU6", "target"),
        ("LKJ201", "ikhtisar", "IKU8", "target"),
        # undefined rates
        ("LKJ102", "ikhtisar", "IKU3", "capaian"),
        ("LKJ103", "pengukuran", "IKU2", "realisasi"),
        # counts that disagree with the rows they count
        ("LKJ303", None, None, "jumlah_berita"),
        # dates outside the quarter, weekdays
        ("LKJ401", "berita", "3", "tanggal"),
        ("LKJ402", "berita", "17", "hari_kegiatan"),
        # budget roll-ups that do not add up
        ("LKJ301", "anggaran", "4587.EAA", "pengembalian"),
        # JUMLAH's refund 158 is right; the code tree's parents between are blank
        ("LKJ305", "anggaran", "JUMLAH", "pengembalian"),
        # words that are not the figure, periods copied from last year
        ("LKJ505", None, None, "pagu"),
        ("LKJ405", None, None, "IKU6.realisasi"),
    }
    assert expected <= found, expected - found


def test_consistent_parts_raise_no_error(at_root: None, run: Run) -> None:
    _, out, _ = run("check", "--format", "json", SAMPLE_ARG)
    errors = [f for f in json.loads(out)["findings"] if f["severity"] == "error"]
    clean_tables = {"penempatan_negara", "pemulangan", "kasus", "penetapan"}
    assert not [f for f in errors if f["table"] in clean_tables]
    # The budget table adds up except for the pengembalian roll-up.
    assert {f["field"] for f in errors if f["table"] == "anggaran"} == {"pengembalian"}
    # Narrative figures that agree with the tables are not flagged.
    clean_facts = {"jumlah_iku", "kasus_diterima", "p3mi", "IKU4.realisasi", "persen_realisasi_anggaran"}
    assert not [f for f in errors if f["table"] is None and f["field"] in clean_facts]


def test_english_messages(at_root: None, run: Run) -> None:
    code, out, _ = run("check", "--lang", "en", SAMPLE_ARG)
    assert code == 1
    assert "does not follow" in out and "tidak sesuai" not in out
    assert "4,357,162,000" in out or "2,106,360,472" in out


def test_text_output_is_grouped_by_what_it_affects(at_root: None, run: Run) -> None:
    _, out, _ = run("check", "--no-color", SAMPLE_ARG)
    lines = out.splitlines()
    assert lines[0] == SAMPLE_ARG
    headers = [line.strip() for line in lines if line.startswith("  ") and not line.startswith("   ")]
    assert headers[:2] == ["Angka indikator kinerja", "Jumlah dan anggaran"]
    assert "\x1b[" not in out


def test_shipped_sample_flag(at_root: None, run: Run) -> None:
    code, out, _ = run("check", "--sample", "--format", "json")
    assert code == 1 and json.loads(out)["summary"]["files"] == 1


def test_review_note_covers_every_finding_code() -> None:
    """docs/sample-review.md explains each kind of finding the sample gets."""
    review = (ROOT / "docs" / "sample-review.md").read_text("utf-8")
    golden = json.loads(GOLDEN.read_text("utf-8"))
    for code in golden["summary"]["by_code"]:
        assert code in review, f"{code} is not explained in docs/sample-review.md"
