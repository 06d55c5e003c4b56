"""The example GitHub Actions workflow in docs/ runs lkjip commands that exist and behave as it says."""

from __future__ import annotations

import json
import shlex
import shutil
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, SAMPLE, Run

WORKFLOW = ROOT / "docs" / "ci" / "github-actions.yml"


def test_the_workflow_uploads_sarif_written_by_lkjip(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps = yaml.safe_load(WORKFLOW.read_text("utf-8"))["jobs"]["audit"]["steps"]
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif"))
    commands = [shlex.split(s["run"]) for s in steps if s.get("run", "").startswith("lkjip ")]
    assert len(commands) == 2
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    (tmp_path / "data").mkdir()
    shutil.copy(SAMPLE, tmp_path / "data" / "2023-tw2.yaml")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    code, _, _ = run(*commands[0][1:])
    assert code == 0  # --exit-zero: the upload step runs
    sarif = json.loads(Path(upload["with"]["sarif_file"]).read_text("utf-8"))
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"]
    code, out, _ = run(*commands[1][1:])
    assert code == 1 and out.startswith("::")  # annotations, and the job fails on error findings
