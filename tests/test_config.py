"""Selection and configuration: codes checked with a did-you-mean, settings found upwards, flags win."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SAMPLE, Run, sample_repo


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):  # the language comes from the configuration
        monkeypatch.delenv(var, raising=False)
    return sample_repo(tmp_path, monkeypatch)


def _codes(run: Run, *args: Any) -> tuple[int, set[str], str]:
    code, out, err = run("check", "--format", "json", *args)
    doc = json.loads(out) if out else {"findings": []}
    return code, {f["code"] for f in doc["findings"]}, err


@pytest.mark.parametrize(
    ("option", "value", "hint"),
    [("--select", "LKJ1O1", "LKJ101"), ("--ignore", "LKJ3O4", "LKJ304"), ("--extend-select", "LJK5", "LKJ5")],
)
def test_an_unknown_code_is_a_usage_error_with_a_hint(
    option: str, value: str, hint: str, repo: Path, run: Run
) -> None:
    code, out, err = run("check", option, value, "--lang", "en", "data")
    assert code == 2 and out == ""
    assert f"{option}: unknown rule code or prefix '{value}'; did you mean '{hint}'?" in err


def test_a_well_formed_code_no_rule_has_gets_no_guess(repo: Path, run: Run) -> None:
    """LKJ999 is no typo of LKJ901 or of the prefix LKJ: naming either would mislead."""
    code, _, err = run("check", "--select", "LKJ999", "--lang", "en", "data")
    assert code == 2 and "unknown rule code or prefix 'LKJ999'" in err and "did you mean" not in err


def test_select_ignore_and_extend(repo: Path, run: Run) -> None:
    _, codes, _ = _codes(run, "--select", "lkj3", "--ignore", "LKJ304", "data")
    assert codes and all(c.startswith("LKJ3") for c in codes) and "LKJ304" not in codes
    _, codes, _ = _codes(run, "--select", "LKJ3", "--extend-select", "LKJ101", "data")
    assert "LKJ101" in codes and "LKJ102" not in codes and "LKJ301" in codes


def test_severity_and_exit_zero(repo: Path, run: Run) -> None:
    code, out, _ = run("check", "--format", "json", "--severity", "error", "data")
    doc = json.loads(out)
    assert code == 1 and {f["severity"] for f in doc["findings"]} == {"error"}
    assert doc["summary"]["warnings"] == 0
    assert run("check", "--exit-zero", "data")[0] == 0
    assert run("check", "--exit-zero", "missing.yaml")[0] == 2  # unusable input is never zero


def test_configuration_in_pyproject_is_found_upwards(
    repo: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    (repo / "pyproject.toml").write_text(
        '[project]\nname = "laporan"\n\n[tool.lkjip]\nselect = ["LKJ3"]\nlang = "en"\n', "utf-8"
    )
    monkeypatch.chdir(repo / "data")
    code, out, _ = run("check", "bp3mi-sumbar")
    assert code == 1 and "1 file checked" in out and "LKJ101" not in out and "LKJ304" in out
    _, codes, _ = _codes(run, "--select", "LKJ1", "bp3mi-sumbar")  # the flag wins
    assert codes and all(c.startswith("LKJ1") for c in codes)


def test_lkjip_toml_wins_in_its_directory_and_paths_are_relative_to_it(repo: Path, run: Run) -> None:
    (repo / "pyproject.toml").write_text('[tool.lkjip]\nlang = "en"\n', "utf-8")
    (repo / "lkjip.toml").write_text(
        'ignore = ["LKJ5"]\nper-file-ignores = { "data/bp3mi-sumbar/*.yaml" = ["LKJ304"] }\n', "utf-8"
    )
    _code, out, _ = run("check", "data")
    assert "berkas diperiksa" in out  # pyproject.toml's lang was not read
    _, codes, _ = _codes(run, "data")
    assert codes and not any(c.startswith("LKJ5") or c == "LKJ304" for c in codes)
    other = repo / "elsewhere"
    other.mkdir()
    shutil.copy(SAMPLE, other / "x.yaml")
    _, codes, _ = _codes(run, "elsewhere")
    assert "LKJ304" in codes  # the per-path ignore names only data/bp3mi-sumbar/


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        (
            'selct = ["LKJ1"]\n',
            "lkjip.toml:1:",
            "unknown key 'selct' in the top level of the file; did you mean 'select'?",
        ),
        ('lang = "jv"\n', "lkjip.toml:1:", "lang = 'jv' is unknown; choices: id, en"),
        ("jobs = -1\n", "lkjip.toml:1:", "jobs: -1 is outside the range 0–256"),
        ('\n\nselect = ["LKJ1O1"]\n', "lkjip.toml:3:", "select: unknown rule code or prefix 'LKJ1O1'"),
        ('output-format = "sarf"\n', "lkjip.toml:1:", "did you mean 'sarif'?"),
        ("ignore = [1]\n", "lkjip.toml:1:", "ignore[1]: expected text, found a whole number"),
        ("[waiver\n", "lkjip.toml:1:", "invalid TOML"),
    ],
)
def test_an_unusable_configuration_says_where_and_why(
    text: str, where: str, message: str, repo: Path, run: Run
) -> None:
    (repo / "lkjip.toml").write_text(text, "utf-8")
    code, out, err = run("check", "--lang", "en", "data")
    assert code == 2 and out == "" and err.startswith(where) and message in err, err


def test_unknown_key_in_pyproject(repo: Path, run: Run) -> None:
    (repo / "pyproject.toml").write_text('[tool.lkjip]\nexlude = ["x"]\n', "utf-8")
    code, _, err = run("check", "--lang", "en", "data")
    assert code == 2 and "pyproject.toml:2:" in err and "did you mean 'exclude'?" in err


def test_lkjip_config_shows_each_setting_and_its_source(repo: Path, run: Run) -> None:
    (repo / "lkjip.toml").write_text('# ours\nselect = ["LKJ1", "LKJ3"]\njobs = 2\n', "utf-8")
    code, out, _ = run("config", "--lang", "en", "--ignore", "LKJ104", "data")
    assert code == 0
    lines = {line.split()[0]: line for line in out.splitlines()[1:]}
    assert out.splitlines()[0] == "configuration: lkjip.toml"
    assert '["LKJ1", "LKJ3"]' in lines["select"] and lines["select"].endswith("# lkjip.toml:2")
    assert lines["jobs"].endswith("# lkjip.toml:3")
    assert '["LKJ104"]' in lines["ignore"] and lines["ignore"].endswith("# command line --ignore")
    assert lines["lang"].endswith("# command line --lang") and lines["cache"].endswith("# default")
    (repo / "lkjip.toml").unlink()
    _, out, _ = run("config", "data")
    assert out.startswith("tidak ada konfigurasi")


def test_github_actions_is_a_source_too(repo: Path, run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    _, out, _ = run("config", "--lang", "en", "data")
    line = next(line for line in out.splitlines() if line.startswith("output-format"))
    assert '"github"' in line and "GITHUB_ACTIONS" in line
    (repo / "lkjip.toml").write_text('output-format = "sarif"\n', "utf-8")
    _, out, _ = run("config", "data")
    assert '"sarif"' in next(line for line in out.splitlines() if line.startswith("output-format"))


def test_rules_directories_in_the_configuration(repo: Path, run: Run) -> None:
    """A unit whose rules are only in a directory the configuration names."""
    (repo / "rules").rename(repo / "katalog")
    (repo / "katalog" / "bp3mi-sumbar").rename(repo / "katalog" / "unit-lain")
    unit_rules = repo / "katalog" / "unit-lain" / "2023.toml"
    unit_rules.write_text(
        unit_rules.read_text("utf-8").replace('unit = "bp3mi-sumbar"', 'unit = "unit-lain"'), "utf-8"
    )
    data = repo / "data" / "bp3mi-sumbar" / "2023-tw2.yaml"
    data.write_text(data.read_text("utf-8").replace("unit: bp3mi-sumbar", "unit: unit-lain"), "utf-8")
    code, _, err = run("check", "--lang", "en", "data")
    assert code == 2 and "no rules for unit 'unit-lain'" in err
    (repo / "lkjip.toml").write_text('rules = ["katalog"]\n', "utf-8")
    assert run("check", "data")[0] == 1
