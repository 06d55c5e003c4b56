"""Waivers: accepted findings stay reported, marked with why; they never fail the run or outlive their use."""

from __future__ import annotations

import datetime
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from lkjip_tui.engine import Engine
from lkjip_tui.engine.waivers import FILE_NAME, load_file, write_waiver
from lkjip_tui.model.source import SourceError
from tests.conftest import MINIMAL, ROOT, SAMPLE, Run

LEADING_ZERO = MINIMAL.replace("realisasi: 142", "realisasi: 0142")  # one LKJ503 warning in ikhtisar/IKU1


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    (tmp_path / "data").mkdir()
    shutil.copy(SAMPLE, tmp_path / "data" / "2023-tw2.yaml")
    return tmp_path / "data"


WAIVER_304 = """\
# Diterima oleh tim evaluasi, rapat 3 Juli 2023.
[[waiver]]
code = "LKJ304"
file = "2023-tw2.yaml"
table = "Tabel 7"      # by the label printed in the report
row = "IKU1"
field = "realisasi"
justification = "300 adalah realisasi PK revisi"
by = "Inspektorat"
"""


def _json(run: Run, *args: Any) -> tuple[int, dict[str, Any]]:
    code, out, _ = run("check", "--format", "json", "--no-cache", *args)
    return code, json.loads(out)


def test_a_waived_finding_is_reported_as_waived_and_does_not_fail(repo: Path, run: Run) -> None:
    (repo / FILE_NAME).write_text(WAIVER_304, "utf-8")
    _, doc = _json(run, repo)
    [waived] = [f for f in doc["findings"] if f["waived"]]
    assert (waived["code"], waived["table"], waived["row"], waived["field"]) == (
        "LKJ304",
        "pengukuran",
        "IKU1",
        "realisasi",
    )
    assert waived["waived"]["justification"] == "300 adalah realisasi PK revisi"
    assert waived["waived"]["waiver"].endswith("lkjip-waivers.toml:2")
    assert doc["summary"]["waived"] == 1 and doc["summary"]["errors"] == 45
    _code, out, _ = run("check", "--no-cache", repo)
    assert "dikecualikan: 300 adalah realisasi PK revisi — Inspektorat" in out
    assert "1 temuan dikecualikan" in out


def test_only_waived_errors_exit_zero(tmp_path: Path, rules_dir: Path, run: Run) -> None:
    data = tmp_path / "a.yaml"
    data.write_text(LEADING_ZERO.replace("capaian: 38%", "capaian: 99%"), "utf-8")
    code, doc = _json(run, "--rules", rules_dir, data)
    errors = [f for f in doc["findings"] if f["severity"] == "error"]
    assert code == 1 and errors
    lines = []
    for f in errors:
        lines += [
            "[[waiver]]",
            f'code = "{f["code"]}"',
            'file = "a.yaml"',
            f'fingerprint = "{f["fingerprint"]}"',
            'justification = "diterima"',
            'by = "tim"',
            "",
        ]
    (tmp_path / FILE_NAME).write_text("\n".join(lines), "utf-8")
    code, doc = _json(run, "--rules", rules_dir, data)
    assert code == 0 and doc["summary"]["errors"] == 0 and doc["summary"]["waived"] == len(errors)


def test_sarif_carries_the_suppression(repo: Path, run: Run) -> None:
    (repo / FILE_NAME).write_text(WAIVER_304, "utf-8")
    _, out, _ = run("check", "--format", "sarif", "--no-cache", repo)
    [suppressed] = [r for r in json.loads(out)["runs"][0]["results"] if "suppressions" in r]
    [s] = suppressed["suppressions"]
    assert s["kind"] == "external" and s["status"] == "accepted"
    assert s["justification"] == "300 adalah realisasi PK revisi" and s["properties"]["by"] == "Inspektorat"


def test_unused_expired_and_orphan_waivers_are_findings(repo: Path, run: Run) -> None:
    (repo / FILE_NAME).write_text(
        WAIVER_304.replace('row = "IKU1"', 'row = "IKU9"')
        + '\n[[waiver]]\ncode = "LKJ101"\nfile = "2023-tw2.yaml"\nrow = "IKU1"\njustification = "x"\n'
        'by = "y"\nexpires = 2023-09-30\n'
        '\n[[waiver]]\ncode = "LKJ101"\nfile = "2022-tw4.yaml"\nrow = "IKU1"\njustification = "x"\nby = "y"\n',
        "utf-8",
    )
    _, doc = _json(run, "--lang", "en", repo)
    about = {(f["code"], f["line"]): f["message"] for f in doc["findings"] if f["file"].endswith(FILE_NAME)}
    assert set(about) == {("LKJ001", 2), ("LKJ002", 11), ("LKJ001", 19)}
    assert "matches no finding" in about[("LKJ001", 2)]
    assert "expired on 2023-09-30" in about[("LKJ002", 11)]
    assert "that file does not exist" in about[("LKJ001", 19)]
    assert doc["summary"]["waived"] == 0  # the expired waiver accepts nothing


def test_waivers_in_the_configuration(repo: Path, run: Run) -> None:
    (repo.parent / "lkjip.toml").write_text(
        WAIVER_304.replace('file = "2023-tw2.yaml"', 'file = "data/2023-tw2.yaml"'), "utf-8"
    )
    _, doc = _json(run, repo)
    assert doc["summary"]["waived"] == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '[[waiver]]\ncode = "LKJ304"\nfile = "a.yaml"\nrow = "IKU1"\nby = "x"\n',
            "key 'justification' is required",
        ),
        (
            '[[waiver]]\ncode = "LKJ304"\nfile = "a.yaml"\nrow = "IKU1"\njustifcation = "x"\nby = "x"\n',
            "did you mean 'justification'?",
        ),
        (
            '[[waiver]]\ncode = "LKJ304"\nfile = "a.yaml"\njustification = "x"\nby = "x"\n',
            "needs the finding's place",
        ),
        (
            '[[waiver]]\ncode = "LKJ3O4"\nfile = "a.yaml"\nrow = "R"\njustification = "x"\nby = "x"\n',
            "LKJ304",
        ),
        (
            '[[waiver]]\ncode = "LKJ304"\nfile = "a.yaml"\nrow = "R"\njustification = "x"\nby = "x"\nexpires = "soon"\n',
            "expected a date (2024-06-30)",
        ),
    ],
)
def test_an_unusable_waivers_file_says_where_and_why(text: str, message: str, repo: Path, run: Run) -> None:
    (repo / FILE_NAME).write_text(text, "utf-8")
    code, _out, err = run("check", "--lang", "en", "--no-cache", repo)
    assert code == 2 and FILE_NAME in err and message in err, err


def _finding(path: Path, rules: Path, code: str) -> Any:
    result = Engine([rules]).check_file(path)
    return next(f for f in result.findings if f.code == code)


def test_write_waiver_creates_the_file_and_the_finding_is_then_waived(
    tmp_path: Path, rules_dir: Path
) -> None:
    data = tmp_path / "a.yaml"
    data.write_text(LEADING_ZERO, "utf-8")
    finding = _finding(data, rules_dir, "LKJ503")
    written = write_waiver(
        finding, data, "  angka tercetak demikian  ", "Tim evaluasi", datetime.date(2099, 1, 1)
    )
    assert written == (tmp_path / FILE_NAME).resolve()
    [w] = load_file(written, str(written))
    assert (w.code, w.place, w.justification, w.expires) == (
        "LKJ503",
        {"table": "ikhtisar", "row": "IKU1", "field": "realisasi"},
        "angka tercetak demikian",
        datetime.date(2099, 1, 1),
    )
    again = Engine([rules_dir]).check_file(data)
    assert next(f for f in again.findings if f.code == "LKJ503").waiver is not None
    assert not [f for f in again.findings if f.code.startswith("LKJ00")]


def test_write_waiver_keeps_comments_and_layout(tmp_path: Path, rules_dir: Path) -> None:
    data = tmp_path / "a.yaml"
    data.write_text(LEADING_ZERO.replace("capaian: 38%", "capaian: 99%"), "utf-8")
    existing = (
        "# Pengecualian TW II — jangan dihapus tanpa rapat.\n\n"
        '[[waiver]]\ncode = "LKJ101"   # capaian\nfile = "a.yaml"\nrow = "IKU1"\n'
        'justification = "sudah dibahas"\nby = "Tim"\n'
    )
    (tmp_path / FILE_NAME).write_text(existing, "utf-8")
    write_waiver(_finding(data, rules_dir, "LKJ503"), data, "nol tercetak", "Tim", by_fingerprint=True)
    text = (tmp_path / FILE_NAME).read_text("utf-8")
    assert text.startswith(existing)  # every byte before, as it was
    assert text.count("[[waiver]]") == 2 and "fingerprint = " in text
    assert [w.code for w in load_file(tmp_path / FILE_NAME, FILE_NAME)] == ["LKJ101", "LKJ503"]
    assert not list(tmp_path.glob(f".{FILE_NAME}.*"))  # no temporary file left


def test_write_waiver_refuses_what_it_cannot_stand_behind(tmp_path: Path, rules_dir: Path) -> None:
    data = tmp_path / "a.yaml"
    data.write_text(LEADING_ZERO, "utf-8")
    finding = _finding(data, rules_dir, "LKJ503")
    with pytest.raises(ValueError):
        write_waiver(finding, data, "   ", "Tim")
    (tmp_path / FILE_NAME).write_text("[[waiver]]\ncode = 1\n", "utf-8")
    with pytest.raises(SourceError):
        write_waiver(finding, data, "alasan", "Tim")
    (tmp_path / FILE_NAME).write_text("# kosong\n", "utf-8")
    (tmp_path / FILE_NAME).chmod(0o444)
    with pytest.raises(PermissionError):
        write_waiver(finding, data, "alasan", "Tim")
    (tmp_path / FILE_NAME).chmod(0o644)
    assert (tmp_path / FILE_NAME).read_text("utf-8") == "# kosong\n"


def test_every_format_marks_the_waived_finding(repo: Path, run: Run) -> None:
    import xml.etree.ElementTree as ET

    (repo / FILE_NAME).write_text(WAIVER_304, "utf-8")
    _, out, _ = run("check", "--format", "github", "--no-cache", repo)
    [line] = [x for x in out.splitlines() if "LKJ304" in x and "dikecualikan" in x]
    assert line.startswith("::notice ")
    _, out, _ = run("check", "--format", "junit", "--no-cache", repo)
    suite = ET.fromstring(out).find("testsuite")
    assert suite is not None and suite.get("skipped") == "1" and suite.get("failures") == "69"
    _, out, _ = run("check", "--format", "gitlab", "--no-cache", repo)
    [issue] = [i for i in json.loads(out) if i["description"].startswith("[dikecualikan")]
    assert issue["severity"] == "info" and issue["check_name"] == "LKJ304"
