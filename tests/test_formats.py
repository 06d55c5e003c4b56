"""Every output format on the sample, pinned in golden files, and what CI tools need of them.

Regenerate after an intended change with:  LKJIP_UPDATE_GOLDEN=1 pytest tests/test_formats.py
"""

from __future__ import annotations

import json
import os
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.conftest import MINIMAL, ROOT, SAMPLE, Run

GOLDEN = ROOT / "tests" / "golden"
SAMPLE_ARG = "data/bp3mi-sumbar/2023-tw2.yaml"
SARIF_SCHEMA = json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text("utf-8"))
GOLDEN_FILES = {
    "sarif": "sample.sarif",
    "github": "sample.github.txt",
    "gitlab": "sample.gitlab.json",
    "junit": "sample.junit.xml",
    "json-lines": "sample.jsonl",
}


@pytest.fixture
def at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


def _normalized(fmt: str, out: str) -> str:
    """What may differ between releases or runs, made constant: the tool's version; the
    time of the run, which Ant's JUnit schema requires."""
    if fmt == "junit":
        return re.sub(r'timestamp="[^"]*"', 'timestamp="TIMESTAMP"', out)
    if fmt != "sarif":
        return out
    doc = json.loads(out)
    run = doc["runs"][0]
    run["tool"]["driver"]["version"] = run["tool"]["driver"]["semanticVersion"] = "VERSION"
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


@pytest.mark.parametrize("fmt", sorted(GOLDEN_FILES))
def test_format_matches_its_golden_file(fmt: str, at_root: None, run: Run) -> None:
    code, out, err = run("check", "--format", fmt, "--no-cache", SAMPLE_ARG)
    assert code == 1 and err == ""
    got = _normalized(fmt, out)
    golden = GOLDEN / GOLDEN_FILES[fmt]
    if os.environ.get("LKJIP_UPDATE_GOLDEN"):
        golden.write_text(got, "utf-8")
    assert got == golden.read_text("utf-8")


def _sarif(run: Run, *args: str | Path) -> tuple[int, dict[str, Any]]:
    code, out, _ = run("check", "--format", "sarif", "--no-cache", *args)
    return code, json.loads(out)


def test_sarif_is_valid_against_the_official_schema(at_root: None, run: Run) -> None:
    _, doc = _sarif(run, SAMPLE_ARG)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(doc)
    run_ = doc["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    from lkjip_tui.checks import all_rules

    assert [r["id"] for r in rules] == [r.meta.code for r in all_rules()]
    assert all(r["shortDescription"]["text"] and r["help"]["text"] for r in rules)
    result = next(r for r in run_["results"] if r["ruleId"] == "LKJ304" and "“300”" in r["message"]["text"])
    location = result["locations"][0]
    region = location["physicalLocation"]["region"]
    # Tabel 7's IKU1 realisasi, printed "300" at 276:20: the region spans exactly the value.
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (276, 20, 23)
    assert location["logicalLocations"][0]["fullyQualifiedName"] == "pengukuran/IKU1/realisasi"
    assert rules[result["ruleIndex"]]["id"] == "LKJ304"
    assert run_["invocations"][0]["executionSuccessful"] is True


def test_the_schema_itself_refuses_a_broken_log() -> None:
    """The validation above can fail: a result without a message is not SARIF."""
    broken = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"ruleId": "A"}]}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(SARIF_SCHEMA).validate(broken)


def _moved(tmp_path: Path, where: str) -> Path:
    """The sample with three comment lines added: at the top, or in the middle of the tables."""
    rules = tmp_path / "rules"
    if not rules.exists():
        shutil.copytree(ROOT / "rules", rules)
    lines = SAMPLE.read_text("utf-8").splitlines(keepends=True)
    at = 0 if where == "top" else next(i for i, line in enumerate(lines) if line.startswith("  pengukuran:"))
    lines[at:at] = ["# a note\n", "# another\n", "# and one more\n"]
    path = tmp_path / where / "2023-tw2.yaml"
    path.parent.mkdir()
    path.write_text("".join(lines), "utf-8")
    return path


def _fingerprints(doc: dict[str, Any]) -> dict[str, tuple[str, int]]:
    return {
        r["partialFingerprints"]["lkjipFingerprint/v1"]: (
            r["ruleId"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
        )
        for r in doc["runs"][0]["results"]
    }


@pytest.mark.parametrize("where", ["top", "middle"])
def test_fingerprints_survive_moved_lines(where: str, tmp_path: Path, run: Run) -> None:
    plain = tmp_path / "plain" / "2023-tw2.yaml"
    plain.parent.mkdir()
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    shutil.copy(SAMPLE, plain)
    before = _fingerprints(_sarif(run, plain)[1])
    after = _fingerprints(_sarif(run, _moved(tmp_path, where))[1])
    assert len(before) == 70 and set(before) == set(after)  # every finding keeps its fingerprint
    moved = sum(after[fp][1] == before[fp][1] + 3 for fp in before)
    assert moved > (60 if where == "top" else 10)  # while their lines did move
    assert all(after[fp][0] == before[fp][0] for fp in before)


def test_a_changed_value_keeps_the_fingerprint_of_its_place(tmp_path: Path, run: Run) -> None:
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    data = tmp_path / "data" / "a.yaml"
    data.parent.mkdir()

    def realisasi_iku1(text: str) -> dict[str, Any]:
        data.write_text(text, "utf-8")
        _, out, _ = run("check", "--format", "json", "--no-cache", data)
        place = ("LKJ304", "pengukuran", "IKU1", "realisasi")
        return next(
            f for f in json.loads(out)["findings"] if (f["code"], f["table"], f["row"], f["field"]) == place
        )

    lines = SAMPLE.read_text("utf-8").splitlines(keepends=True)
    one = realisasi_iku1("".join(lines))
    assert "300" in lines[275]  # Tabel 7, IKU1's realisasi (its evidence, Tabel 10, gives 142)
    lines[275] = lines[275].replace("300", "301")
    two = realisasi_iku1("".join(lines))
    assert one["message"] != two["message"] and one["fingerprint"] == two["fingerprint"]


def test_github_annotations_are_escaped() -> None:
    from lkjip_tui.output.github import command

    line = command("error", "50% done\nnext: a, b", "data/a,b:c.yaml", 3, 7, "LKJ101 x")
    assert line == "::error file=data/a%2Cb%3Ac.yaml,line=3,col=7,title=LKJ101 x::50%25 done%0Anext: a, b\n"
    assert command("notice", "plain") == "::notice::plain\n"


def test_github_format_is_chosen_inside_actions(
    at_root: None, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    code, out, _ = run("check", SAMPLE_ARG)
    assert code == 1 and out.startswith("::") and "::error file=data/bp3mi-sumbar/2023-tw2.yaml" in out
    _, text, _ = run("check", "--format", "text", SAMPLE_ARG)
    assert not text.startswith("::")


def test_gitlab_fingerprints_are_unique_and_junit_counts_add_up(at_root: None, run: Run) -> None:
    _, out, _ = run("check", "--format", "gitlab", SAMPLE_ARG)
    issues = json.loads(out)
    assert len(issues) == 70 and len({i["fingerprint"] for i in issues}) == 70
    assert {i["severity"] for i in issues} == {"major", "minor"}
    _, xml, _ = run("check", "--format", "junit", SAMPLE_ARG)
    suite = ET.fromstring(xml).find("testsuite")
    # Only the 46 errors fail (--fail-on error, the default); the 24 warnings pass.
    assert suite is not None and suite.get("tests") == "70" and suite.get("failures") == "46"
    assert len(suite.findall("testcase")) == 70


def test_json_lines_are_each_one_object(at_root: None, run: Run) -> None:
    _, out, _ = run("check", "--format", "json-lines", SAMPLE_ARG)
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["type"] for r in rows].count("finding") == 70 and rows[-1]["type"] == "summary"
    assert rows[-1]["errors"] == 46 and rows[-1]["files_with_errors"] == 1


def test_output_file_is_written_whole(tmp_path: Path, at_root: None, run: Run) -> None:
    target = tmp_path / "out" / "report.sarif"
    target.parent.mkdir()
    target.write_text("old", "utf-8")
    code, out, _ = run("check", "--format", "sarif", "--output", target, SAMPLE_ARG)
    assert code == 1 and out == ""
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(json.loads(target.read_text("utf-8")))
    assert [p.name for p in target.parent.iterdir()] == ["report.sarif"]  # no temporary file left


def test_output_to_a_read_only_file_is_refused(tmp_path: Path, at_root: None, run: Run) -> None:
    target = tmp_path / "report.json"
    target.write_text("keep me", "utf-8")
    target.chmod(0o444)
    code, _, err = run("check", "--format", "json", "--output", target, "--lang", "en", SAMPLE_ARG)
    target.chmod(0o644)
    assert code == 2 and "cannot write" in err and target.read_text("utf-8") == "keep me"


def test_version(run: Run) -> None:
    from lkjip_tui import __version__

    code, out, _ = run("--version")
    assert code == 0 and out == f"lkjip {__version__}\n"


def test_unusable_input_goes_to_stderr_in_text_and_inside_machine_formats(
    tmp_path: Path, rules_dir: Path, run: Run
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(MINIMAL.replace("year: 2023", "year: [2023"), "utf-8")
    code, out, err = run("check", "--rules", rules_dir, bad)
    assert code == 2 and "bad.yaml" in err and "bad.yaml" not in out
    for fmt in ("json", "sarif", "gitlab", "junit", "json-lines", "github"):
        code, out, err = run("check", "--format", fmt, "--rules", rules_dir, bad)
        assert code == 2 and "bad.yaml" in out and err == "", fmt
    _, out, _ = run("check", "--format", "sarif", "--rules", rules_dir, bad)
    doc = json.loads(out)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(doc)
    invocation = doc["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["descriptor"]["id"] == "unusable-input"


def test_statistics(at_root: None, run: Run) -> None:
    code, out, _ = run("check", "--statistics", SAMPLE_ARG)
    lines = out.splitlines()
    assert code == 1 and lines[0].split()[:2] == ["11", "LKJ504"]
    assert sum(int(line.split()[0]) for line in lines[:-1]) == 70
    _, out, _ = run("check", "--statistics", "--format", "json", SAMPLE_ARG)
    rows = json.loads(out)["statistics"]
    assert rows[0] == {"code": "LKJ504", "name": "number-style", "severity": "warning", "count": 11}
    assert run("check", "--statistics", "--format", "sarif", SAMPLE_ARG)[0] == 2
