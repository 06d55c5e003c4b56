"""Command-line conventions CI and editors rely on: stdin, --quiet, colour, --fail-on, JUnit."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import xmlschema

from tests.conftest import MINIMAL, ROOT, SAMPLE, Run
from tests.test_junit_schemas import SCHEMAS

SAMPLE_ARG = str(SAMPLE.relative_to(ROOT))
WARNINGS_ONLY = ("--select", "LKJ504")  # the sample's number-style findings: warnings


@pytest.fixture
def at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)


def test_stdin_is_checked_as_the_file_it_names(
    rules_dir: Path, tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data" / "contoh.yaml"
    data.parent.mkdir()
    data.write_text(MINIMAL, "utf-8")  # clean on disk
    edited = MINIMAL.replace("capaian: 38%", "capaian: 83%")  # the editor's buffer is not
    monkeypatch.setattr("sys.stdin", io.StringIO(edited))
    code, out, _ = run("check", "--rules", rules_dir, "-", "--stdin-filename", data, "--lang", "en")
    assert code == 1 and "LKJ101" in out and "contoh.yaml" in out
    monkeypatch.setattr("sys.stdin", io.StringIO(MINIMAL))
    assert run("check", "--rules", rules_dir, "-", "--stdin-filename", data)[0] == 0
    code, _, err = run("check", "--rules", rules_dir, "-", "--lang", "en")
    assert code == 2 and "--stdin-filename" in err


def test_quiet_prints_the_findings_only(at_root: None, run: Run) -> None:
    code, out, _ = run("check", "--quiet", SAMPLE_ARG)
    assert code == 1 and "LKJ101" in out and "berkas diperiksa" not in out
    assert "berkas diperiksa" in run("check", SAMPLE_ARG)[1]


@pytest.mark.parametrize(
    ("args", "env", "coloured"),
    [
        (("--color", "always"), {}, True),
        (("--color=never",), {"FORCE_COLOR": "1"}, False),
        (("--color",), {}, True),  # a bare --color, as before: always
        ((), {"FORCE_COLOR": "1"}, True),
        ((), {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
        ((), {}, False),  # a pipe, not a terminal
        (("--color", "auto"), {}, False),
    ],
)
def test_colour_on_a_pipe(
    args: tuple[str, ...],
    env: dict[str, str],
    coloured: bool,
    at_root: None,
    run: Run,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    code, out, _ = run("check", SAMPLE_ARG, *args)
    assert code == 1 and ("\x1b[" in out) is coloured


def test_no_color_still_works_and_says_it_is_deprecated(at_root: None, run: Run) -> None:
    code, out, err = run("check", "--no-color", "--lang", "en", SAMPLE_ARG)
    assert code == 1 and "\x1b[" not in out and "--color never" in err


def test_fail_on_warning_fails_on_warnings_only_when_asked(at_root: None, run: Run) -> None:
    code, out, _ = run("check", *WARNINGS_ONLY, SAMPLE_ARG)
    assert code == 0 and "LKJ504" in out
    assert run("check", *WARNINGS_ONLY, "--fail-on", "warning", SAMPLE_ARG)[0] == 1
    assert run("check", *WARNINGS_ONLY, "--fail-on", "warning", "--exit-zero", SAMPLE_ARG)[0] == 0
    assert run("check", "--select", "LKJ101", "--fail-on", "warning", SAMPLE_ARG)[0] == 1


def _suite(xml: str) -> ET.Element:
    suite = ET.fromstring(xml).find("testsuite")
    assert suite is not None
    return suite


class _BothSchemas:
    """Jenkins' and Ant's JUnit schemas (tests/test_junit_schemas.py validates every shape)."""

    def __init__(self) -> None:
        self.schemas = [xmlschema.XMLSchema(path) for path in SCHEMAS.values()]

    def validate(self, xml: str) -> None:
        for schema in self.schemas:
            schema.validate(xml)


def test_junit_is_valid_against_both_schemas_in_every_case(
    at_root: None, run: Run, tmp_path: Path, rules_dir: Path
) -> None:
    schema = _BothSchemas()
    _, xml, _ = run("check", "--format", "junit", "--no-cache", SAMPLE_ARG)
    schema.validate(xml)
    suite = _suite(xml)
    assert suite.get("tests") == "70" and suite.get("failures") == "46"  # the errors, not the warnings
    assert all(tc.get("file") is None and tc.get("line") is None for tc in suite.iter("testcase"))
    failure = next(suite.iter("failure"))
    assert (failure.text or "").startswith(SAMPLE_ARG + ":")  # where it stands, in the text
    out = suite.find("system-out")
    assert out is not None and "LKJ504" in (out.text or "")  # the passing warnings, said
    clean = tmp_path / "bersih.yaml"
    clean.write_text(MINIMAL, "utf-8")
    broken = tmp_path / "rusak.yaml"
    broken.write_text("lkjip: 1\nunit: [\n", "utf-8")
    _, xml, _ = run("check", "--format", "junit", "--rules", rules_dir, clean, broken)
    schema.validate(xml)
    assert [s.get("errors") for s in ET.fromstring(xml).iter("testsuite")] == ["0", "1"]


def test_junit_warnings_fail_with_fail_on_warning(at_root: None, run: Run) -> None:
    schema = _BothSchemas()
    _, xml, _ = run("check", "--format", "junit", *WARNINGS_ONLY, SAMPLE_ARG)
    schema.validate(xml)
    assert _suite(xml).get("failures") == "0"
    _, xml, _ = run("check", "--format", "junit", *WARNINGS_ONLY, "--fail-on", "warning", SAMPLE_ARG)
    schema.validate(xml)
    suite = _suite(xml)
    assert suite.get("failures") == suite.get("tests") == "11" and not suite.findtext("system-out")
