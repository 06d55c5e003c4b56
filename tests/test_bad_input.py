"""Unusable input gets a clear error naming file, line and column and exit 2; never a
traceback, never a hang. Report inconsistencies are findings (exit 1) instead."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.conftest import MINIMAL, Run


def check_json(run: Run, *args: str | Path) -> tuple[int, dict]:
    code, out, _ = run("check", "--format", "json", *args)
    return code, json.loads(out)


def only_error(doc: dict) -> dict:
    assert len(doc["errors"]) == 1, doc["errors"]
    return doc["errors"][0]


def write(tmp_path: Path, text: str | bytes, name: str = "report.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, "utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "key", "line", "words"),
    [
        (MINIMAL + "  berita: [\n", "err.yaml", 10, "YAML"),
        (MINIMAL.replace("  ikhtisar:", "\tikhtisar:"), "err.tab", 6, "tab"),
        (MINIMAL + "tabels: {}\n", "err.unknown_key", 9, "tables"),
        (MINIMAL.replace("realisasi: 142", "realisasii: 142"), "err.unknown_column", 8, "realisasi"),
        (MINIMAL + "lkjip: 2\n", "err.duplicate_key", 9, "baris 1"),
        (MINIMAL.replace("year: 2023", "year: duaribu"), "err.type", 3, "bilangan bulat"),
        (MINIMAL + "facts: [1, 2]\n", "err.type", 9, "pemetaan"),
        (MINIMAL.replace("IKU1:", "IKU9:"), "err.unknown_row_key", 8, "IKU9"),
        (MINIMAL.replace("unit: contoh\n", ""), "err.missing_key", 1, "unit"),
        (MINIMAL.replace("quarter: TW II", "quarter: TW V"), "err.quarter", 4, "TW V"),
        (MINIMAL.replace("quarter: TW II", "period: Semester I"), "err.quarter", 4, "Tahunan"),
        (MINIMAL.replace("quarter: TW II", "quarter: Tahunan"), "err.quarter_annual", 4, "period: Tahunan"),
        (MINIMAL.replace("quarter: TW II", "quarter: TW II\nperiod: TW II"), "err.period_twice", 4, "period"),
        (MINIMAL.replace("quarter: TW II\n", ""), "err.missing_key", 1, "period"),
        (MINIMAL.replace("lkjip: 1", "lkjip: 7"), "err.version", 1, "7"),
        (MINIMAL + "facts:\n  jumlah_berta: {value: 19}\n", "err.unknown_fact", 10, "jumlah_berita"),
        (MINIMAL + "facts:\n  jumlah_berita: {valeu: 19}\n", "err.unknown_key", 10, "value"),
        (MINIMAL.replace("capaian: 38%}", "capaian: [38]}"), "err.type", 8, "capaian"),
        (
            "lkjip: 1\nunit: contoh\nyear: 2023\nquarter: TW II\nfacts:\n  pagu:\n    value: -\n",
            "err.bare_dash",
            7,
            '"-"',
        ),
        (MINIMAL + "x: &a [1]\ny: *a\n", "err.unknown_key", 9, "x"),
        (MINIMAL.replace("unit: contoh", "unit: tidak-ada"), "err.no_rules", 2, "tidak-ada"),
        (MINIMAL.replace("unit: contoh", "unit: !!python/object:os.system contoh"), "err.tag", 2, "tag"),
    ],
)
def test_bad_data_files(
    tmp_path: Path, rules_dir: Path, run: Run, body: str, key: str, line: int, words: str
) -> None:
    path = write(tmp_path, body)
    code, doc = check_json(run, "--rules", rules_dir, path)
    assert code == 2
    err = only_error(doc)
    assert err["key"] == key
    assert err["file"].endswith("report.yaml") and err["line"] == line and err["column"] >= 1
    assert words in err["message"]


def test_error_text_names_file_line_and_column(tmp_path: Path, rules_dir: Path, run: Run) -> None:
    path = write(tmp_path, MINIMAL.replace("realisasi: 142", "realisasii: 142"))
    code, out, err = run("check", "--rules", rules_dir, path)
    assert code == 2
    assert f"{path.name}:8:" in err and "realisasi" in err  # unusable input goes to stderr
    assert path.name not in out and "Traceback" not in out + err


def test_aliases_are_refused_without_expanding_them(tmp_path: Path, rules_dir: Path, run: Run) -> None:
    bomb = ["lkjip: 1", "unit: contoh", "year: 2023", "quarter: TW II", "facts:", '  pagu: &a0 {value: "1"}']
    for i in range(1, 30):
        bomb.append(f"  x{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]")
    path = write(tmp_path, "\n".join(bomb) + "\n")
    started = time.monotonic()
    code, doc = check_json(run, "--rules", rules_dir, path)
    assert time.monotonic() - started < 5
    assert code == 2 and only_error(doc)["key"] in ("err.alias", "err.unknown_fact")


def test_alias_to_a_known_place_is_refused(tmp_path: Path, rules_dir: Path, run: Run) -> None:
    body = MINIMAL + "facts:\n  pagu: &p {value: '1'}\n  realisasi_anggaran: *p\n"
    code, doc = check_json(run, "--rules", rules_dir, write(tmp_path, body))
    assert code == 2 and only_error(doc)["key"] == "err.alias"


@pytest.mark.parametrize("depth", [40, 5000])
def test_deep_nesting(tmp_path: Path, rules_dir: Path, run: Run, depth: int) -> None:
    body = MINIMAL + "facts:\n  pagu: " + "[" * depth + "]" * depth + "\n"
    code, doc = check_json(run, "--rules", rules_dir, write(tmp_path, body))
    assert code == 2 and only_error(doc)["key"] in ("err.too_deep", "err.type")


def test_not_utf8(tmp_path: Path, rules_dir: Path, run: Run) -> None:
    path = write(tmp_path, MINIMAL.encode() + b"title: Laporan \xff\n")
    code, doc = check_json(run, "--rules", rules_dir, path)
    err = only_error(doc)
    assert code == 2 and err["key"] == "err.not_utf8" and (err["line"], err["column"]) == (9, 16)


def test_binary(tmp_path: Path, rules_dir: Path, run: Run) -> None:
    code, doc = check_json(run, "--rules", rules_dir, write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00"))
    assert code == 2 and only_error(doc)["key"] == "err.binary"


@pytest.mark.parametrize("body", ["", "\n\n", "# only a comment\n"])
def test_empty(tmp_path: Path, rules_dir: Path, run: Run, body: str) -> None:
    code, doc = check_json(run, "--rules", rules_dir, write(tmp_path, body))
    assert code == 2 and only_error(doc)["key"] == "err.empty"


def test_huge_file(tmp_path: Path, rules_dir: Path, run: Run) -> None:
    path = write(tmp_path, MINIMAL + "#" * (9 * 1024 * 1024) + "\n")
    code, doc = check_json(run, "--rules", rules_dir, path)
    assert code == 2 and only_error(doc)["key"] == "err.too_large"


def test_missing_path(tmp_path: Path, run: Run) -> None:
    code, doc = check_json(run, tmp_path / "nope.yaml")
    assert code == 2 and only_error(doc)["key"] == "err.not_found"


def test_directory_without_data(tmp_path: Path, run: Run) -> None:
    code, doc = check_json(run, tmp_path)
    assert code == 2 and only_error(doc)["key"] == "err.no_data_files"


def test_a_bad_file_does_not_hide_the_others(tmp_path: Path, rules_dir: Path, run: Run) -> None:
    write(tmp_path, MINIMAL, "a.yaml")
    write(tmp_path, "lkjip: [", "b.yaml")
    code, doc = check_json(run, "--rules", rules_dir, tmp_path)
    assert code == 2
    assert doc["summary"]["files"] == 2 and only_error(doc)["file"].endswith("b.yaml")


# ------------------------------------------------------------------ rules files


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), "utf-8")


@pytest.mark.parametrize(
    ("file", "old", "new", "key", "words"),
    [
        (
            "bp2mi/checks.toml",
            'formula = "anggaran - realisasi"',
            'formula = "anggaran - realisasii"',
            "err.expr_unknown_name",
            "realisasi",
        ),
        (
            "bp2mi/checks.toml",
            'formula = "anggaran - realisasi"',
            'formula = "anggaran -* realisasi"',
            "err.expr_syntax",
            "*",
        ),
        (
            "bp2mi/checks.toml",
            'formula = "count(berita[*])"',
            'formula = "cuont(berita[*])"',
            "err.expr_unknown_function",
            "count",
        ),
        (
            "bp2mi/checks.toml",
            'formula = "count(berita[*])"',
            'formula = "__import__(berita[*])"',
            "err.expr_unknown_function",
            "__import__",
        ),
        (
            "bp2mi/checks.toml",
            'table = "penempatan_negara"',
            'table = "penempatan_negra"',
            "err.unknown_table",
            "penempatan_negara",
        ),
        ("bp2mi/checks.toml", 'mode = "rows"', 'mode = "baris"', "err.choice", "rows"),
        # A misspelt required key is named as what it most likely is (did you mean 'mode'?).
        ("bp2mi/checks.toml", 'mode = "rows"', 'mod = "rows"', "err.unknown_key", "mode"),
        ("bp2mi/checks.toml", 'fact = "pagu"', 'fakt = "pagu"', "err.unknown_key", "fact"),
        ("bp2mi/iku.toml", 'formula = "higher"', 'formula = "higer"', "err.choice", "higher"),
        ("bp2mi/iku.toml", 'unit = "orang"', 'unti = "orang"', "err.unknown_key", "unit"),
        (
            "bp2mi/iku.toml",
            '{ name = "Baik", min = 80, below = 90 }',
            '{ name = "Baik", min = 81, below = 90 }',
            "err.bands",
            "80 ≤ capaian < 81",
        ),
        (
            "bp2mi/iku.toml",
            '{ name = "Baik", min = 80, below = 90 }',
            '{ name = "Baik", min = 75, below = 90 }',
            "err.bands",
            "75 ≤ capaian < 80 masuk pita 'Cukup' dan 'Baik'",
        ),
        # Misspelt keys, required or not, are named as what they most likely are.
        ("bp2mi/iku.toml", 'formula = "higher"', 'formla = "higher"', "err.unknown_key", "'formula'"),
        ("bp2mi/iku.toml", "measured_in = [4]", "measured_on = [4]", "err.unknown_key", "'measured_in'"),
        # Paths and columns the catalogue knows are checked when the rules load.
        ("bp2mi/checks.toml", 'tree = "parent"', 'tree = "uraian"', "err.column_kind", "'parent'"),
        (
            "bp2mi/checks.toml",
            '"target_tim[nilai_ikpa].target"',
            '"target_tim[nilai_ikpaa].target"',
            "err.unknown_row_key",
            "nilai_ikpa",
        ),
        ("bp2mi/checks.toml", 'date = "tanggal"', 'date = "judul"', "err.column_kind", "date"),
        ("bp2mi/iku.toml", 'sasaran = "SS1"', 'sasaran = "SS9"', "err.unknown_sasaran", "SS9"),
        ("bp2mi/report.toml", 'total = "count"', 'total = "angka"', "err.choice", "count"),
        ("bp2mi/report.toml", "[facts.jumlah_iku]", "[facts.jumlah_iku\n", "err.toml", "TOML"),
        (
            "contoh/2023.toml",
            'breakdown = "cumulative"',
            'breakdown = "kumulatif"',
            "err.choice",
            "cumulative",
        ),
        ("contoh/2023.toml", "[targets.IKU8]", "[targets.IKU88]", "err.unknown_iku", "IKU8"),
        ("contoh/2023.toml", "annual = 1500", 'annual = "seribu"', "err.type", "annual"),
        ("contoh/2023.toml", 'extends = "bp2mi"', 'extends = "bp3mi"', "err.no_catalogue", "bp3mi"),
    ],
)
def test_bad_rules_files(
    tmp_path: Path, rules_dir: Path, run: Run, file: str, old: str, new: str, key: str, words: str
) -> None:
    edit(rules_dir / file, old, new)
    code, doc = check_json(run, "--rules", rules_dir, write(tmp_path, MINIMAL))
    assert code == 2
    err = only_error(doc)
    assert err["key"] == key, err
    assert err["file"].endswith(file.split("/")[-1]) and err["line"] > 1 and err["column"] >= 1
    assert words in err["message"]


def test_expression_error_points_at_the_column(tmp_path: Path, rules_dir: Path, run: Run) -> None:
    edit(
        rules_dir / "bp2mi/checks.toml",
        'formula = "anggaran - realisasi"',
        'formula = "anggaran - realisasii"',
    )
    _, doc = check_json(run, "--rules", rules_dir, write(tmp_path, MINIMAL))
    err = only_error(doc)
    line = (rules_dir / "bp2mi/checks.toml").read_text("utf-8").splitlines()[err["line"] - 1]
    assert line[err["column"] - 1 :].startswith("realisasii")


def test_report_inconsistencies_are_findings_not_errors(tmp_path: Path, rules_dir: Path, run: Run) -> None:
    path = write(tmp_path, MINIMAL.replace("realisasi: 142", 'realisasi: "1.4.2"'))
    code, doc = check_json(run, "--rules", rules_dir, path)
    assert code == 1 and not doc["errors"]
    assert [f["code"] for f in doc["findings"] if f["severity"] != "info"] == ["LKJ502"]
