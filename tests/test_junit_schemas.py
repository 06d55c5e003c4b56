"""`--format junit` is valid against both JUnit schemas CI tools read: Jenkins' and Ant's.

The two disagree on much (Ant's wants a timestamp, hostname, time, package and
id on every testsuite, and its properties, system-out and system-err even
empty; Jenkins' takes none of them as required), so every shape of output is
validated against both: findings that fail and pass, waived ones, unusable
input, an internal error, a clean file and a finding about the waivers file.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import xmlschema

from lkjip_tui.engine.waivers import FILE_NAME as WAIVERS
from tests.conftest import MINIMAL, ROOT, SAMPLE, Run, crash_on

SCHEMAS = {
    "jenkins": ROOT / "tests" / "schemas" / "junit-10.xsd",
    "ant": ROOT / "tests" / "schemas" / "JUnit.xsd",
}

# One waiver that applies (a.yaml's Tabel 7 IKU1 realisasi), one that matches nothing
# (reported once per run, in a testsuite of the waivers file's own).
WAIVERS_TEXT = """\
[[waiver]]
code = "LKJ304"
file = "a.yaml"
table = "Tabel 7"
row = "IKU1"
field = "realisasi"
justification = "300 adalah realisasi PK revisi"
by = "Inspektorat"

[[waiver]]
code = "LKJ101"
file = "tidak-ada.yaml"
table = "Tabel 1"
row = "IKU1"
field = "capaian"
justification = "berkas ini sudah tidak ada"
by = "Inspektorat"
"""


@pytest.fixture(scope="module")
def schemas() -> dict[str, xmlschema.XMLSchema]:
    return {name: xmlschema.XMLSchema(path) for name, path in SCHEMAS.items()}


def _valid(xml: str, schemas: dict[str, xmlschema.XMLSchema]) -> list[ET.Element]:
    for name, schema in schemas.items():
        errors = [f"{e.path}: {e.reason}" for e in schema.iter_errors(xml)]
        assert errors == [], name
    return ET.fromstring(xml).findall("testsuite")


@pytest.fixture
def mixed_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Three copies of the sample (LKJ301 crashes on b.yaml), a clean file, a broken one."""

    shutil.copytree(ROOT / "rules", tmp_path / "mixed" / "rules")
    data = tmp_path / "mixed" / "data"
    data.mkdir()
    for name in ("a", "b", "c"):
        shutil.copy(SAMPLE, data / f"{name}.yaml")
    (data / "rusak.yaml").write_text("lkjip: 1\nunit: [\n", "utf-8")
    (data / WAIVERS).write_text(WAIVERS_TEXT, "utf-8")
    crash_on(monkeypatch, "b.yaml")
    return data


def test_the_sample_is_valid_against_both(
    schemas: dict[str, xmlschema.XMLSchema], run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    sample = str(SAMPLE.relative_to(ROOT))
    for fail_on in ("error", "warning"):
        code, xml, _ = run("check", "--format", "junit", "--no-cache", "--fail-on", fail_on, sample)
        [suite] = _valid(xml, schemas)
        assert code == 1 and suite.get("tests") == "70"
        assert suite.get("failures") == ("46" if fail_on == "error" else "70")
        assert suite.get("package") == sample and suite.get("id") == "0"
        assert suite.get("hostname") == "localhost"
        assert len(suite.get("timestamp", "")) == len("2023-07-03T10:00:00")
        out = suite.find("system-out")
        assert out is not None and ("LKJ504" in (out.text or "")) is (fail_on == "error")


def test_a_run_with_every_kind_of_outcome_is_valid_against_both(
    schemas: dict[str, xmlschema.XMLSchema], mixed_run: Path, rules_dir: Path, run: Run
) -> None:
    code, xml, _ = run("check", "--format", "junit", "--no-cache", "--jobs", "1", mixed_run)
    assert code == 3  # the internal error outranks the rest
    suites = {Path(s.get("name", "")).name: s for s in _valid(xml, schemas)}
    assert list(suites) == ["a.yaml", "b.yaml", "c.yaml", "rusak.yaml", WAIVERS]
    assert [s.get("id") for s in suites.values()] == ["0", "1", "2", "3", "4"]
    assert len({s.get("timestamp") for s in suites.values()}) == 1  # the run's, not each file's
    a, b, c = suites["a.yaml"], suites["b.yaml"], suites["c.yaml"]
    assert a.get("skipped") == "1" and c.get("skipped") == "0"
    [skipped] = a.iter("skipped")
    assert "300 adalah realisasi PK revisi" in (skipped.get("message") or "")
    assert int(a.get("failures", "")) == int(c.get("failures", "")) - 1  # the waived error
    [internal] = b.iter("error")
    assert internal.get("type") == "KeyError" and b.get("errors") == "1"
    [unusable] = suites["rusak.yaml"].iter("error")
    assert unusable.get("type") == "unusable-input" and suites["rusak.yaml"].get("tests") == "1"
    [unused] = suites[WAIVERS].iter("testcase")  # the waiver that matched nothing: a warning
    assert (unused.get("name") or "").startswith("LKJ001") and unused.find("*") is None
    assert "LKJ001" in (suites[WAIVERS].findtext("system-out") or "")
    for s in suites.values():
        assert int(s.get("tests", "")) == len(s.findall("testcase"))
    # A file without findings: one passing testcase, so it is counted as checked.
    clean = rules_dir.parent / "bersih.yaml"
    clean.write_text(MINIMAL, "utf-8")
    code, xml, _ = run("check", "--format", "junit", "--rules", rules_dir, clean)
    [suite] = _valid(xml, schemas)
    assert code == 0 and suite.get("tests") == "1" and suite.find("testcase/*") is None


@pytest.mark.parametrize(
    ("schema", "broken"),
    [
        # What lkjip wrote before: a name on testsuites, none of Ant's testsuite attributes.
        (
            "ant",
            '<testsuites name="lkjip"><testsuite name="a" tests="0" failures="0" errors="0"/></testsuites>',
        ),
        # A finding's file and line on its testcase, as lkjip wrote them once.
        (
            "jenkins",
            '<testsuites><testsuite name="a" tests="1" failures="0" errors="0">'
            '<testcase name="x" file="a.yaml" line="3"/></testsuite></testsuites>',
        ),
    ],
)
def test_each_schema_refuses_what_it_should(
    schema: str, broken: str, schemas: dict[str, xmlschema.XMLSchema]
) -> None:
    """The validations above can fail: each schema refuses an output lkjip once wrote."""
    with pytest.raises(xmlschema.XMLSchemaValidationError):
        schemas[schema].validate(broken)
