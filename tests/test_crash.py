"""A bug in lkjip stays in its file: an internal-error record, the other files checked, exit 3."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.conftest import ROOT, SAMPLE, Run, crash_on
from tests.test_formats import SARIF_SCHEMA


@pytest.fixture
def three_reports(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    data = tmp_path / "data"
    data.mkdir()
    for name in ("a", "b", "c"):
        shutil.copy(SAMPLE, data / f"{name}.yaml")
    return data


@pytest.fixture
def crashing_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """LKJ301 raises on b.yaml only, as a rule with a bug would on one odd report."""
    crash_on(monkeypatch, "b.yaml")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_crashing_rule_is_isolated_to_its_file(
    jobs: str, three_reports: Path, crashing_rule: None, run: Run
) -> None:
    code, out, err = run("check", "--format", "json", "--no-cache", "--jobs", jobs, three_reports)
    assert code == 3 and err == ""
    doc = json.loads(out)
    [internal] = doc["internal_errors"]
    assert (
        internal["file"].endswith("b.yaml") and internal["rule"] == "LKJ301" and internal["stage"] == "check"
    )
    assert internal["exception"] == "KeyError" and internal["traceback"] is None
    by_file: dict[str, set[str]] = {}
    for f in doc["findings"]:
        by_file.setdefault(Path(f["file"]).name, set()).add(f["code"])
    assert "LKJ301" in by_file["a.yaml"] and "LKJ301" in by_file["c.yaml"]
    assert "LKJ301" not in by_file["b.yaml"] and "LKJ101" in by_file["b.yaml"]  # its other rules still ran
    assert doc["summary"]["internal_errors"] == 1 and doc["summary"]["checked"] == 3


def test_output_stays_valid_in_every_format(three_reports: Path, crashing_rule: None, run: Run) -> None:
    outputs = {}
    for fmt in ("sarif", "gitlab", "junit", "json-lines", "github", "text"):
        code, outputs[fmt], _ = run("check", "--format", fmt, "--no-cache", three_reports)
        assert code == 3, fmt
    sarif = json.loads(outputs["sarif"])
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(sarif)
    [note] = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert note["associatedRule"]["id"] == "LKJ301" and note["exception"]["kind"] == "KeyError"
    assert sarif["runs"][0]["invocations"][0]["executionSuccessful"] is False
    assert any(i["check_name"] == "lkjip-internal-error" for i in json.loads(outputs["gitlab"]))
    suites = ET.fromstring(outputs["junit"]).findall("testsuite")
    assert [s.get("errors") for s in suites] == ["0", "1", "0"]
    lines = [json.loads(line) for line in outputs["json-lines"].splitlines()]
    assert sum(r["type"] == "internal_error" for r in lines) == 1
    assert "::error file=" in outputs["github"] and "internal" in outputs["github"]


def test_the_traceback_only_with_debug(three_reports: Path, crashing_rule: None, run: Run) -> None:
    code, out, err = run("check", "--no-cache", "--jobs", "1", three_reports)
    assert code == 3 and "LKJ301" in err and "KeyError" in err and "Traceback" not in out + err
    code, out, err = run("check", "--no-cache", "--jobs", "1", "--debug", three_reports)
    assert code == 3 and "Traceback" in err and "kolom-hilang" in err
    _, out, _ = run("check", "--format", "json", "--no-cache", "--debug", three_reports)
    assert "Traceback" in json.loads(out)["internal_errors"][0]["traceback"]


def test_lkjip_debug_in_the_environment(
    three_reports: Path, crashing_rule: None, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LKJIP_DEBUG", "1")
    _, out, _ = run("check", "--format", "json", "--no-cache", three_reports)
    assert "Traceback" in json.loads(out)["internal_errors"][0]["traceback"]


def test_a_crash_while_loading_or_rendering(
    three_reports: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lkjip_tui.engine import check
    from lkjip_tui.output import jsonfmt

    real = check.build_report

    def broken_load(header: Any, shown: str, rs: Any) -> Any:
        if shown.endswith("a.yaml"):
            raise RecursionError("deep")
        return real(header, shown, rs)

    monkeypatch.setattr(check, "build_report", broken_load)
    real_body = jsonfmt.JsonEmitter.body

    def broken_body(self: Any, findings: list[Any]) -> str:
        if findings and findings[0].file.endswith("c.yaml"):
            raise ValueError("cannot render")
        return real_body(self, findings)

    monkeypatch.setattr(jsonfmt.JsonEmitter, "body", broken_body)
    code, out, _ = run("check", "--format", "json", "--no-cache", "--jobs", "1", three_reports)
    doc = json.loads(out)
    assert code == 3
    stages = {Path(e["file"]).name: e["stage"] for e in doc["internal_errors"]}
    assert stages == {"a.yaml": "load", "c.yaml": "render"}
    assert {Path(f["file"]).name for f in doc["findings"]} == {"b.yaml"}
    assert doc["summary"]["checked"] == 2


def test_targets_never_prints_a_rich_traceback(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    from lkjip_tui.model import breakdown

    def broken(*args: Any) -> Any:
        secret = "local-variable-value"
        raise ValueError(f"bug {len(secret)}")

    monkeypatch.setattr(breakdown, "quarterly", broken)
    code, _out, err = run("targets", SAMPLE, "--lang", "en")
    assert code == 3 and "internal error" in err and "ValueError" in err
    assert "Traceback" not in err and "local-variable-value" not in err and "╭" not in err


def test_a_too_large_file_is_not_summarised_as_checked(tmp_path: Path, run: Run) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"lkjip: 1\n" + b"#" * (8 * 1024 * 1024))
    code, out, err = run("check", big)
    assert code == 2 and "big.yaml" in err and "terlalu besar" in err
    assert "1 berkas diperiksa" not in out and "tidak ada berkas yang diperiksa" in out
    assert "1 berkas tidak dapat dipakai" in out
    _, out, _ = run("check", "--format", "json", big)
    summary = json.loads(out)["summary"]
    assert (summary["files"], summary["checked"], summary["unusable"], summary["files_with_errors"]) == (
        1,
        0,
        1,
        0,
    )


@pytest.fixture
def six_reports(three_reports: Path) -> Path:
    for name in ("d", "e", "f"):
        shutil.copy(SAMPLE, three_reports / f"{name}.yaml")
    return three_reports


@pytest.fixture
def dying_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker checking d.yaml dies (as by a segfault or the out-of-memory killer)."""
    import os
    import signal

    from lkjip_tui.checks import rule_by_code

    rule = rule_by_code("LKJ301")
    assert rule is not None
    original = rule.run

    def run(ctx: Any) -> Iterator[Any]:
        if ctx.report.file.endswith("d.yaml"):
            os.kill(os.getpid(), signal.SIGKILL)
        yield from original(ctx)

    monkeypatch.setattr(rule, "run", run)


def test_a_dead_worker_is_one_files_internal_error(six_reports: Path, dying_worker: None, run: Run) -> None:
    code, out, err = run("check", "--format", "json", "--no-cache", "--jobs", "2", six_reports)
    assert code == 3, err
    doc = json.loads(out)
    [internal] = doc["internal_errors"]
    assert internal["file"].endswith("d.yaml") and internal["stage"] == "worker"
    assert internal["exception"] == "BrokenProcessPool"
    checked = {Path(f["file"]).name for f in doc["findings"]}
    assert checked == {"a.yaml", "b.yaml", "c.yaml", "e.yaml", "f.yaml"}
    assert doc["summary"]["internal_errors"] == 1
    for fmt in ("sarif", "junit", "json-lines", "github", "text", "markdown"):
        code, out, _ = run("check", "--format", fmt, "--no-cache", "--jobs", "2", six_reports)
        assert code == 3 and "e.yaml" in out and "f.yaml" in out, fmt
        if fmt == "sarif":
            jsonschema.Draft4Validator(SARIF_SCHEMA).validate(json.loads(out))
        elif fmt == "junit":
            ET.fromstring(out)
        elif fmt == "json-lines":
            [json.loads(line) for line in out.splitlines()]


MEMORY_LIMIT = """
import resource, sys
from lkjip_tui.checks import rule_by_code
rule = rule_by_code("LKJ301")
original = rule.run
def run(ctx):
    if ctx.report.file.endswith("b.yaml"):
        hog = [bytearray(1 << 20) for _ in range(1 << 16)]  # 64 GiB: beyond any limit
    yield from original(ctx)
rule.run = run
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
from lkjip_tui.cli import main
main(sys.argv[1:])
"""


def test_running_out_of_memory_is_that_files_error(three_reports: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    for jobs in ("1", "2"):
        proc = subprocess.run(
            [
                sys.executable,
                "-c",
                MEMORY_LIMIT,
                "check",
                "--format",
                "json",
                "--no-cache",
                "--jobs",
                jobs,
                str(three_reports),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=tmp_path,
        )
        doc = json.loads(proc.stdout)
        assert proc.returncode == 2, proc.stderr
        [error] = doc["errors"]
        assert error["file"].endswith("b.yaml") and error["key"] == "err.out_of_memory"
        assert {Path(f["file"]).name for f in doc["findings"]} == {"a.yaml", "c.yaml"}
        assert doc["internal_errors"] == []
