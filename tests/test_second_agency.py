"""A second agency reads its drafts with only a mapping file: its own catalogue, and a draft of
another layout (captions below the tables, "Tabel 2.1" numbering, other headings and phrasing)."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import yaml

from tests.conftest import Run

IKU = """
[sasaran.S1]
name = "Meningkatnya kualitas layanan kesehatan"

[iku.K1]
sasaran = "S1"
name = "Persentase puskesmas terakreditasi"
unit = "%"
formula = "higher"

[iku.K2]
sasaran = "S1"
name = "Jumlah tenaga kesehatan terlatih"
unit = "orang"
formula = "higher"

[predikat]
bands = [{ name = "Kurang", below = 80 }, { name = "Baik", min = 80 }]
"""

REPORT = """
[tables.capaian]
title = "Capaian indikator"
rows = "iku"
columns = { indikator = "text", target = "number", realisasi = "number", capaian = "percent" }
facts = ["target", "realisasi", "capaian"]
"""

UNIT = """
extends = "dinkes"
unit = "dinkes-contoh"
year = 2024
[targets.K1]
annual = 80
breakdown = "constant"
[targets.K2]
annual = 400
breakdown = "even"
"""

MAPPING = """
version = 1
[names]
threshold = 85
margin = 4
abbreviations = { Nakes = "tenaga kesehatan" }

[[tables]]
kind = "capaian"
caption = 'Realisasi Indikator'
key = { header = ['uraian indikator'] }
columns = { indikator = ['uraian indikator'], target = ['target tw.*'], realisasi = ['realisasi tw.*'], capaian = ['% capaian', 'capaian \\\\(%\\\\)'] }

[[facts]]
pattern = 'tenaga kesehatan yang dilatih sebanyak {K2.realisasi} orang'
"""


def agency(root: Path) -> Path:
    rules = root / "rules"
    (rules / "dinkes" / "draft").mkdir(parents=True)
    (rules / "dinkes-contoh").mkdir()
    (rules / "dinkes" / "iku.toml").write_text(IKU, "utf-8")
    (rules / "dinkes" / "report.toml").write_text(REPORT, "utf-8")
    (rules / "dinkes" / "draft" / "mapping.toml").write_text(MAPPING, "utf-8")
    (rules / "dinkes-contoh" / "2024.toml").write_text(UNIT, "utf-8")
    return rules


def draft(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("LAPORAN KINERJA TRIWULAN I TAHUN 2024")
    d.add_paragraph(
        "Selama triwulan ini tenaga kesehatan yang dilatih sebanyak 95 (sembilan puluh lima) orang."
    )
    rows = [
        ["Uraian Indikator", "Target TW I", "Realisasi TW I", "% Capaian"],
        ["Persentase Puskesmas Terakreditasi", "80", "72", "90%"],
        ["Jumlah Nakes terlatih", "100", "90", "90%"],
    ]
    t = d.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    d.add_paragraph("Tabel 2.1 Realisasi Indikator Kinerja Triwulan I Tahun 2024", style="Caption")
    d.save(str(path))
    return path


def test_a_second_agency_needs_only_its_mapping(tmp_path: Path, run: Run) -> None:
    rules = agency(tmp_path)
    path = draft(tmp_path / "dinkes-contoh-2024-tw1.docx")
    code, out, _ = run("check", "--format", "json", "--rules", rules, path)
    doc = json.loads(out)
    assert not doc["errors"], doc["errors"]
    found = {(f["code"], f["table"], f["row"], f["field"]) for f in doc["findings"]}
    # 72 / 80 = 90%: right; 90 / 100 = 90%: right; the narrative's 95 trained is not Tabel 2.1's 90.
    assert ("LKJ101", "capaian", "K1", "capaian") not in found
    assert ("LKJ304", None, None, "K2.realisasi") in found or (
        "LKJ304",
        "capaian",
        "K2",
        "realisasi",
    ) in found
    # The caption below the table numbers it: "Tabel 2.1" is where its findings stand.
    cell = next(f for f in doc["findings"] if f["table"] == "capaian")
    assert cell["place"]["table"] == "Tabel 2.1"
    assert code == 1


def test_the_second_agencys_draft_imports(tmp_path: Path, run: Run) -> None:
    rules = agency(tmp_path)
    path = draft(tmp_path / "dinkes-contoh-2024-tw1.docx")
    out = tmp_path / "data"
    code, _, err = run("import", "--rules", rules, path, "-o", out)
    assert code == 0, err
    data = yaml.safe_load((out / "dinkes-contoh" / "2024-tw1.yaml").read_text("utf-8"))
    assert data["tables"]["capaian"]["rows"]["K2"]["indikator"] == "Jumlah Nakes terlatih"
    assert data["facts"]["K2.realisasi"]["words"] == "sembilan puluh lima"
