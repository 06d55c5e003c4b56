"""Configuration mistakes a real user makes (issue 18): each is an error naming the file, line and
column (exit 2) or, where lkjip tolerates it on purpose, a warning that says so — never a silent
ignore, never a traceback. The mistakes already refused before (unknown keys, wrong types, unknown
codes, formats and languages, duplicate keys, jobs out of range …) are in test_config.py and
test_bad_input.py; these are the ones that used to pass unnoticed."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjip_tui.engine.config import environment_warnings
from lkjip_tui.values import environment
from tests.conftest import ROOT, SAMPLE, Run, sample_repo

UNIT = "rules/bp3mi-sumbar/2023.toml"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return sample_repo(tmp_path, monkeypatch)


def _unit_with(old: str, new: str) -> str:
    text = (ROOT / UNIT).read_text("utf-8")
    assert old in text
    return text.replace(old, new, 1)


# (files written, extra arguments, environment, exit code, what stderr says)
MISTAKES = {
    "a rules directory that does not exist": (
        {"lkjip.toml": 'rules = ["katalog"]\n'},
        [],
        {},
        2,
        "lkjip.toml:1:9: rules directory 'katalog' does not exist",
    ),
    "--rules naming no directory": ({}, ["--rules", "katalog"], {}, 2, "no such rules directory: katalog"),
    "an unusable configuration nearer one of the files": (
        {
            "lkjip.toml": "jobs = 1\n",
            "data/lain/lkjip.toml": "jbos = 1\n",
            "data/lain/2023-tw2.yaml": SAMPLE.read_text("utf-8"),
        },
        [],
        {},
        2,
        "data/lain/lkjip.toml:1:8: unknown key 'jbos' in the top level of the file; did you mean 'jobs'?",
    ),
    "[tool] lkjip = 3 in pyproject.toml": (
        {"pyproject.toml": "[tool]\nlkjip = 3\n"},
        [],
        {},
        2,
        "pyproject.toml:2:9: tool.lkjip: expected a mapping (key: value), found a whole number",
    ),
    "dotted keys under [tool] in pyproject.toml": (
        {"pyproject.toml": "[tool]\nlkjip.jbos = 2\n"},
        [],
        {},
        2,
        "pyproject.toml:2:14: unknown key 'jbos' in tool.lkjip; did you mean 'jobs'?",
    ),
    "[tool.lkjip] written in lkjip.toml": (
        {"lkjip.toml": "[tool.lkjip]\njobs = 2\n"},
        [],
        {},
        2,
        "lkjip.toml:1:1: [tool.lkjip] belongs in pyproject.toml",
    ),
    "a unit file whose year is not its name's": (
        {UNIT: _unit_with("year = 2023", "year = 2024")},
        [],
        {},
        2,
        "rules/bp3mi-sumbar/2023.toml:14:8: error: `year = 2024`, but this file holds the rules of 2023",
    ),
    "a unit file whose unit is not its directory's": (
        {UNIT: _unit_with('unit = "bp3mi-sumbar"', 'unit = "bp3mi-sumbr"')},
        [],
        {},
        2,
        "rules/bp3mi-sumbar/2023.toml:13:8: error: `unit = 'bp3mi-sumbr'`, but this file stands in the "
        "directory of unit 'bp3mi-sumbar'; make them agree; did you mean 'bp3mi-sumbar'?",
    ),
    "a misspelt [tool.lkjip] in pyproject.toml": (
        {"pyproject.toml": "[tool.black]\n\n[tool.lkjp]\njobs = 2\n"},
        [],
        {},
        1,
        "pyproject.toml:3:1: warning: [tool.lkjp] is not lkjip's section: its settings are not read; "
        "did you mean 'tool.lkjip'?",
    ),
    "[tools.lkjip] in pyproject.toml": (
        {"pyproject.toml": "[tools.lkjip]\njobs = 2\n"},
        [],
        {},
        1,
        "pyproject.toml:1:1: warning: [tools.lkjip] is not lkjip's section: its settings are not read; "
        "did you mean 'tool.lkjip'?",
    ),
    "--config pyproject.toml without [tool.lkjip]": (
        {"pyproject.toml": "[tool.black]\n"},
        ["--config", "pyproject.toml"],
        {},
        1,
        "pyproject.toml:1:1: warning: this file has no [tool.lkjip]: the defaults apply",
    ),
    "an empty lkjip.toml": (
        {"lkjip.toml": "\n"},
        [],
        {},
        1,
        "lkjip.toml:1:1: warning: the configuration file is empty: the defaults apply, and no "
        "configuration above it is read",
    ),
    "an exclude pattern under a directory that is not there": (
        {"lkjip.toml": 'exclude = ["dta/**"]\n'},
        [],
        {},
        1,
        "lkjip.toml:1:11: warning: exclude: the pattern 'dta/**' matches nothing: there is no 'dta' beside "
        "this file; it is kept",
    ),
    "a per-file-ignores pattern under a directory that is not there": (
        {"lkjip.toml": '[per-file-ignores]\n"dta/bp3mi-sumbar/*.yaml" = ["LKJ5"]\n'},
        [],
        {},
        1,
        "lkjip.toml:2:29: warning: per-file-ignores: the pattern 'dta/bp3mi-sumbar/*.yaml' matches nothing",
    ),
    "select = [] (no rule runs)": (
        {"lkjip.toml": "select = []\n"},
        [],
        {},
        0,
        "lkjip.toml:1:1: warning: `select`/`ignore` leave no rule to run: every file passes unchecked",
    ),
    "--ignore of every rule selected": (
        {},
        ["--select", "LKJ1", "--ignore", "LKJ1"],
        {},
        0,
        "--ignore: warning: `select`/`ignore` leave no rule to run",
    ),
    "a misnamed waivers file": (
        {"data/bp3mi-sumbar/lkjip-waiver.toml": "[[waiver]]\n"},
        [],
        {},
        1,
        "data/bp3mi-sumbar/lkjip-waiver.toml: warning: lkjip reads waivers only from lkjip-waivers.toml: "
        "this file is not read",
    ),
    "a misspelt LKJIP_ variable": (
        {},
        [],
        {"LKJIP_CACHEDIR": "/tmp/x"},
        1,
        "LKJIP_CACHEDIR: warning: lkjip knows no such environment variable: it is ignored; did you mean "
        "'LKJIP_CACHE_DIR'?",
    ),
    "a yes/no variable that says neither": (
        {},
        [],
        {"LKJIP_DEBUG": "maybe"},
        1,
        "LKJIP_DEBUG: warning: 'maybe' is not 1/0, true/false, yes/no or on/off: taken as set",
    ),
    "a guessable cache key": (
        {},
        [],
        {"LKJIP_CACHE_KEY": "geheim"},
        1,
        "LKJIP_CACHE_KEY: warning: this key is only 6 characters, easy to guess (used all the same)",
    ),
    "a cache directory that cannot be made": (
        {"afile": "x"},
        [],
        {"LKJIP_CACHE_DIR": "afile/cache"},
        1,
        "LKJIP_CACHE_DIR: warning: the cache directory 'afile/cache' cannot be used (Not a directory): "
        "results are not cached",
    ),
}


@pytest.mark.parametrize("mistake", MISTAKES)
def test_a_configuration_mistake_is_said(
    repo: Path, run: Run, monkeypatch: pytest.MonkeyPatch, mistake: str
) -> None:
    files, args, env, code, said = MISTAKES[mistake]
    for name, text in files.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text, "utf-8")
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    got, _, err = run("check", "--lang", "en", "-q", "data", *args)
    assert "Traceback" not in err and "internal error" not in err
    assert got == code, err
    assert said in err, err
    if code in (0, 1):  # tolerated: said once, and the check ran as it would without the mistake
        assert err.count(said) == 1


def test_what_is_right_warns_of_nothing(repo: Path, run: Run) -> None:
    """The warnings do not cry wolf: patterns without a directory or under one that exists, a
    file of comments kept on purpose, a [tool.lkjip] beside other tools', the waivers file."""
    (repo / "lkjip.toml").write_text(
        '# settings kept at their defaults on purpose\nexclude = ["*.yml", "draf/", "data/**/lama-*.yaml"]\n'
        '[per-file-ignores]\n"data/bp3mi-sumbar/*.yaml" = ["LKJ5"]\n',
        "utf-8",
    )
    (repo / "data" / "bp3mi-sumbar" / "lkjip-waivers.toml").write_text("", "utf-8")
    code, _, err = run("check", "--lang", "en", "-q", "data")
    assert code == 1 and err == ""
    (repo / "lkjip.toml").write_text("# kept empty on purpose: no configuration above applies\n", "utf-8")
    assert run("check", "--lang", "en", "-q", "data")[2] == ""
    (repo / "lkjip.toml").unlink()
    (repo / "pyproject.toml").write_text("[tool.black]\n[tool.lkjip]\njobs = 1\n", "utf-8")
    assert run("check", "--lang", "en", "-q", "data")[2] == ""
    (repo / "pyproject.toml").write_text("[tool.black]\n[tool.ruff]\n[tool.pylint]\n[tool.isort]\n", "utf-8")
    assert run("check", "--lang", "en", "-q", "data")[2] == ""  # other tools' only: not lkjip's


def test_a_warning_is_said_in_indonesian_too(repo: Path, run: Run) -> None:
    (repo / "lkjip.toml").write_text("", "utf-8")
    _, _, err = run("check", "--lang", "id", "-q", "data")
    assert "lkjip.toml:1:1: peringatan: berkas konfigurasi kosong" in err


@pytest.mark.parametrize(
    ("value", "on"),
    [("", False), ("0", False), ("false", False), ("No", False), ("off", False), ("1", True), ("yes", True)],
)
def test_a_flag_reads_0_as_unset(value: str, on: bool) -> None:
    """LKJIP_NO_CACHE=0 used to turn the cache off: any value did."""
    assert environment.flag("LKJIP_NO_CACHE", {"LKJIP_NO_CACHE": value}) is on
    assert environment_warnings({"LKJIP_NO_CACHE": value}, cache=False) == []


def test_an_unknown_variable_is_not_hinted_at_random() -> None:
    [warning] = environment_warnings({"LKJIP_LANG": "en"}, cache=False)
    assert warning.key == "cli.env_unknown" and warning.args_["hint"] == ""
