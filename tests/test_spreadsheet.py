"""The planner's spreadsheet: export, import back (validated, all or nothing), the dry run.

The exported workbook is opened with a second reader too: openpyxl in read-only
mode, and the raw sheet XML inside the .xlsx (zipfile), so a formula or number
format is checked as Excel would see it, not only as our own reader reads it."""

from __future__ import annotations

import shutil
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import ROOT, Run

RULES = ROOT / "rules"
UNIT_FILE = RULES / "bp3mi-sumbar" / "2023.toml"


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    """A copy of the shipped rules to import into (comments and all)."""
    out = tmp_path / "rules"
    shutil.copytree(RULES, out)
    return out


def _export(run: Run, rules: Path, out: Path, *extra: str) -> None:
    code, _, err = run(
        "targets", "export", rules / "bp3mi-sumbar" / "2023.toml", "-o", out, "--rules", rules, *extra
    )
    assert code == 0, err


def _sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("xl/worksheets/sheet1.xml").decode("utf-8")


def test_targets_path_still_shows_the_table(run: Run) -> None:
    code, out, _ = run("targets", UNIT_FILE)
    assert code == 0 and out.splitlines()[0] == "BP3MI Sumatera Barat 2023"


def test_export_writes_the_sheet_a_planner_recognises(tmp_path: Path, rules: Path, run: Run) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "targets.xlsx"
    _export(run, rules, out)
    wb = load_workbook(out, read_only=True)
    assert wb.sheetnames == ["2023"]
    rows = list(wb["2023"].iter_rows(values_only=True))
    wb.close()
    assert rows[0][0] == "Target Kinerja BP3MI Sumatera Barat Tahun 2023"
    assert rows[1][:2] == ("Unit kerja", "bp3mi-sumbar") and rows[2][:2] == ("Tahun", 2023)
    assert rows[4][:6] == (
        "Sasaran Strategis",
        "IKU",
        "Indikator Kinerja",
        "Satuan",
        "Target tahunan",
        "Pembagian",
    )
    iku1 = rows[5]
    assert iku1[1] == "IKU1" and iku1[4] == 1500 and iku1[5] == "even"
    assert iku1[2].startswith("Penempatan Pekerja Migran Indonesia")
    # computed cells are formulas Excel evaluates: a quarter's share, the cumulative "s.d."
    assert iku1[6] == "=E6/4" and iku1[11] == "=E6*2/4"
    iku2 = rows[6]  # 6,25 rounded to 2 decimals, half up: Excel's ROUND
    assert iku2[6] == "=ROUND(E7/4,2)" and iku2[14] == 2
    iku3 = rows[7]  # a profile: the quarters are typed, the cumulative sums them
    assert iku3[6:10] == (2, 0, 0, 0) and iku3[11] == "=SUM(G8:H8)"


def test_export_xml_has_formulas_formats_and_protection(tmp_path: Path, rules: Path, run: Run) -> None:
    out = tmp_path / "targets.xlsx"
    _export(run, rules, out)
    xml = _sheet_xml(out)
    assert "<f>E6/4</f>" in xml and "<f>SUM(G8:J8)</f>" in xml
    assert "<sheetProtection" in xml and 'sheet="1"' in xml
    with zipfile.ZipFile(out) as z:
        styles = z.read("xl/styles.xml").decode("utf-8")
    assert "[$-421]#,##0.00" in styles and "[$-421]#,##0" in styles  # the Indonesian locale
    assert 'locked="0"' in styles  # the planner's cells are unlocked


def test_round_trip_changes_nothing(tmp_path: Path, rules: Path, run: Run) -> None:
    target = rules / "bp3mi-sumbar" / "2023.toml"
    before = target.read_bytes()
    for name in ("targets.xlsx", "targets.csv"):
        out = tmp_path / name
        _export(run, rules, out)
        code, stdout, err = run("targets", "import", out, "--rules", rules, "--yes")
        assert code == 0, err
        assert "tidak ada perubahan" in stdout
        assert target.read_bytes() == before


def test_import_writes_through_the_planner_keeping_comments(tmp_path: Path, rules: Path, run: Run) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "targets.xlsx"
    _export(run, rules, out)
    wb = load_workbook(out)
    ws = wb["2023"]
    ws["E6"] = 1600  # IKU1's annual target
    ws["H8"], ws["G8"] = 1, 1  # IKU3's profile 1, 1, 0, 0
    ws["F10"] = "cumulative_profile"  # IKU5 …
    for col, v in zip("KLMN", (10, 20, 30, 50), strict=True):
        ws[f"{col}10"] = v  # … with its s.d. values typed
    wb.save(out)
    target = rules / "bp3mi-sumbar" / "2023.toml"
    code, stdout, _ = run("targets", "import", out, "--rules", rules, "--dry-run", "--lang", "en")
    assert code == 0
    assert "IKU1 annual target: 1500 → 1600" in stdout
    assert "IKU3 quarters: 2 / 0 / 0 / 0 → 1 / 1 / 0 / 0" in stdout
    assert "4 values would change (dry run" in stdout
    assert "1500" in target.read_text("utf-8")  # a dry run writes nothing
    code, _, _ = run("targets", "import", out, "--rules", rules, "--yes")
    assert code == 0
    text = target.read_text("utf-8")
    assert "annual = 1600" in text and "quarters = [1, 1, 0, 0]" in text
    assert "quarters = [10, 20, 30, 50]" in text and 'breakdown = "cumulative_profile"' in text
    assert "# Both preventions were planned for" in text  # the comments stay


def test_import_asks_and_a_no_writes_nothing(
    tmp_path: Path, rules: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "targets.csv"
    _export(run, rules, out)
    out.write_text(
        out.read_text("utf-8")
        .replace("IKU4;Fasilitasi", "IKU4;Fasilitasi", 1)
        .replace(";60;even;", ";64;even;"),
        "utf-8",
    )
    target = rules / "bp3mi-sumbar" / "2023.toml"
    before = target.read_bytes()
    import typer

    asked: list[str] = []
    monkeypatch.setattr(typer, "confirm", lambda q, default=False: asked.append(q) or False)
    code, _, err = run("targets", "import", out, "--rules", rules)
    assert code == 1 and asked == ["ubah 1 nilai?"] and "tidak ada yang ditulis" in err
    assert target.read_bytes() == before
    monkeypatch.setattr(typer, "confirm", lambda q, default=False: True)
    assert run("targets", "import", out, "--rules", rules)[0] == 0
    assert "annual = 64" in target.read_text("utf-8")


def test_every_bad_cell_is_named_and_nothing_is_written(tmp_path: Path, rules: Path, run: Run) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "targets.xlsx"
    _export(run, rules, out)
    wb = load_workbook(out)
    ws = wb["2023"]
    ws["E6"] = "1.500"  # ambiguous: 1500 or 1,5
    ws["E7"] = "banyak"  # not a number
    ws["F9"] = "rata"  # not a breakdown
    ws["G8"] = 5  # the profile no longer adds up to 2
    ws["B13"] = "IKU99"  # no such IKU
    ws["E13"] = 3
    ws["O10"] = "dua"  # decimals
    wb.save(out)
    target = rules / "bp3mi-sumbar" / "2023.toml"
    before = target.read_bytes()
    code, _, err = run("targets", "import", out, "--rules", rules, "--yes")
    assert code == 2
    lines = err.splitlines()
    for cell in ("E6", "E7", "F9", "G8", "B13", "O10"):
        assert any(line.startswith(f"Sheet 2023, sel {cell}: ") for line in lines), (cell, err)
    assert "“banyak” bukan angka" in err and "IKU “IKU99”" in err
    assert "6 masalah; tidak ada yang ditulis" in err
    assert target.read_bytes() == before
    code, _, err = run("targets", "import", out, "--rules", rules, "--yes", "--lang", "en")
    assert "Sheet 2023, cell E7: “banyak” is not a number" in err


def test_a_sheet_for_a_year_without_rules_or_a_broken_file(tmp_path: Path, rules: Path, run: Run) -> None:
    out = tmp_path / "targets.csv"
    _export(run, rules, out)
    out.write_text(out.read_text("utf-8").replace("Tahun;2023", "Tahun;2031"), "utf-8")
    code, _, err = run("targets", "import", out, "--rules", rules)
    assert code == 2 and "sel B2" in err and "bp3mi-sumbar 2031" in err
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook", "utf-8")
    code, _, err = run("targets", "import", bad, "--rules", rules)
    assert code == 2 and "tidak dapat dibaca sebagai sheet" in err and "Traceback" not in err


def test_template_for_a_new_year(tmp_path: Path, rules: Path, run: Run) -> None:
    import csv

    from openpyxl import load_workbook

    header = (rules / "bp3mi-sumbar" / "2023.toml").read_text("utf-8").split("[targets.")[0]
    new_year = rules / "bp3mi-sumbar" / "2024.toml"
    new_year.write_text(header.replace("year = 2023", "year = 2024"), "utf-8")
    out = tmp_path / "blank.xlsx"
    code, _, err = run("targets", "export", new_year, "-o", out, "--rules", rules, "--template")
    assert code == 0, err
    wb = load_workbook(out)
    rows = list(wb["2024"].iter_rows(min_row=6, values_only=True))
    assert [r[1] for r in rows] == [f"IKU{i}" for i in range(1, 9)]
    assert all(all(v is None for v in r[4:15]) for r in rows)
    code, stdout, _ = run("targets", "import", out, "--rules", rules, "--yes")
    assert code == 0 and "tidak ada perubahan" in stdout  # blank rows: still no targets
    wb["2024"]["E6"], wb["2024"]["F6"] = 1700, "even"
    wb.save(out)
    assert run("targets", "import", out, "--rules", rules, "--yes")[0] == 0
    assert "[targets.IKU1]" in new_year.read_text("utf-8") and "annual = 1700" in new_year.read_text("utf-8")
    csv_out = tmp_path / "blank.csv"
    _export(run, rules, csv_out, "--template")
    rows_csv = list(csv.reader(csv_out.read_text("utf-8").splitlines(), delimiter=";"))
    assert rows_csv[5][1] == "IKU1" and rows_csv[5][4:15] == [""] * 11


def test_a_sheet_per_year(tmp_path: Path, rules: Path, run: Run) -> None:
    from openpyxl import load_workbook

    nxt = rules / "bp3mi-sumbar" / "2024.toml"
    nxt.write_text(
        (rules / "bp3mi-sumbar" / "2023.toml").read_text("utf-8").replace("year = 2023", "year = 2024"),
        "utf-8",
    )
    out = tmp_path / "targets.xlsx"
    code, _, err = run(
        "targets", "export", rules / "bp3mi-sumbar" / "2023.toml", nxt, "-o", out, "--rules", rules
    )
    assert code == 0, err
    wb = load_workbook(out)
    assert wb.sheetnames == ["2023", "2024"]
    wb["2024"]["E6"] = 1800
    wb.save(out)
    code, stdout, _ = run("targets", "import", out, "--rules", rules, "--yes")
    assert code == 0 and stdout.count("IKU1") == 1 and "2024.toml" in stdout
    assert "annual = 1800" in nxt.read_text("utf-8")
    assert "annual = 1500" in (rules / "bp3mi-sumbar" / "2023.toml").read_text("utf-8")


@given(st.decimals(min_value=0, max_value=Decimal(10) ** 12, places=6, allow_nan=False, allow_infinity=False))
def test_a_number_cell_reads_back_as_exactly_its_number(value: Decimal) -> None:
    """Whatever a spreadsheet stores (an int, a float, a Decimal), the text handed to the planner's
    reader is that number and nothing else — never ambiguous (1,234 could be 1234)."""
    from lkjip_tui.planning.spreadsheet import cell_text
    from lkjip_tui.values.numbers import Number, parse_number

    for stored in (
        (value, float(value), int(value)) if value == value.to_integral_value() else (value, float(value))
    ):
        parsed = parse_number(cell_text(stored))
        assert isinstance(parsed, Number), (stored, cell_text(stored), parsed)
        expected = Decimal(repr(stored)) if isinstance(stored, float) else Decimal(stored)
        assert parsed.value == expected


def test_a_notes_sheet_is_left_alone_and_a_sheet_of_nothing_refused(
    tmp_path: Path, rules: Path, run: Run
) -> None:
    from openpyxl import Workbook, load_workbook

    out = tmp_path / "targets.xlsx"
    _export(run, rules, out)
    wb = load_workbook(out)
    notes = wb.create_sheet("Catatan")
    notes["A1"] = "Dibahas dengan Kasubag TU, 3 Januari"
    wb["2023"]["E9"] = 64
    wb.save(out)
    code, stdout, _ = run("targets", "import", out, "--rules", rules, "--dry-run")
    assert code == 0 and "IKU4 target tahunan: 60 → 64" in stdout
    other = tmp_path / "lain.xlsx"
    wb = Workbook()
    assert wb.active is not None
    wb.active["A1"] = "daftar hadir"
    wb.save(other)
    code, _, err = run("targets", "import", other, "--rules", rules)
    assert code == 2 and "tidak ada sheet target" in err
