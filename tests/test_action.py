"""The GitHub Action (action.yml), the example workflow using it and the GitLab template.

The Action's steps are run as GitHub would: each `run:` script under bash, in a
repository of reports, with the environment variables GitHub sets (GITHUB_ACTIONS,
GITHUB_OUTPUT, GITHUB_PATH, GITHUB_STEP_SUMMARY, RUNNER_TEMP …) and the inputs
given through `env:`. lkjip is installed by the Action's own install step, from a
copy of this checkout, into a fresh virtual environment. The `uses:` steps are
GitHub's own actions: setup-python is the environment's Python here, and the SARIF
the upload step would send is checked against the official schema. zizmor (offline)
lints the Action and the workflow.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import venv
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import xmlschema
import yaml

from tests.conftest import ROOT, SAMPLE
from tests.test_precommit import _hook_repo

ACTION = ROOT / "action.yml"
WORKFLOW = ROOT / "docs" / "ci" / "github-actions.yml"
GITLAB = ROOT / "docs" / "ci" / "gitlab-ci.yml"
SHA = re.compile(r"^[^@]+@[0-9a-f]{40}$")
ZIZMOR = shutil.which("zizmor", path=str(Path(sys.executable).parent)) or "zizmor"


def _zizmor(*files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [ZIZMOR, "--offline", "--persona", "pedantic", "--no-progress", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_zizmor_finds_nothing_in_the_action_and_the_workflow() -> None:
    done = _zizmor(ACTION, WORKFLOW)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No findings" in done.stdout + done.stderr


def test_zizmor_would_catch_an_unpinned_action_and_kept_credentials(tmp_path: Path) -> None:
    """The lint above can fail: the example as it was (a tag, credentials kept) does."""
    text = WORKFLOW.read_text("utf-8")
    pinned = "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2"
    assert pinned in text and "persist-credentials: false" in text
    bad = tmp_path / "lkjip.yml"
    bad.write_text(
        text.replace(pinned, "actions/checkout@v4").replace("persist-credentials: false", "fetch-depth: 1"),
        "utf-8",
    )
    done = _zizmor(bad)
    assert done.returncode != 0 and "unpinned-uses" in done.stdout and "artipacked" in done.stdout


def test_every_action_is_pinned_by_full_sha_and_the_checkout_keeps_no_credentials() -> None:
    uses = [s["uses"] for s in yaml.safe_load(ACTION.read_text("utf-8"))["runs"]["steps"] if "uses" in s]
    steps = yaml.safe_load(WORKFLOW.read_text("utf-8"))["jobs"]["audit"]["steps"]
    uses += [s["uses"] for s in steps if "uses" in s]
    assert uses and all(SHA.match(u) for u in uses), uses
    checkout = next(s for s in steps if s["uses"].startswith("actions/checkout@"))
    assert checkout["with"]["persist-credentials"] is False
    assert any(s["uses"].split("@")[0].endswith("/lkjip") for s in steps)  # the workflow uses the Action


# ------------------------------------------------------------------ the Action's steps, run


def _expand(value: str, inputs: dict[str, str], action_path: Path) -> str:
    def one(m: re.Match[str]) -> str:
        expr = m.group(1).strip()
        if expr == "github.action_path":
            return str(action_path)
        if expr.startswith("inputs."):
            return inputs[expr.removeprefix("inputs.")]
        raise AssertionError(f"an expression the simulation does not know: {expr}")

    return re.sub(r"\$\{\{(.*?)\}\}", one, value)


def _runs(condition: str | None, inputs: dict[str, str], failed: bool) -> bool:
    """The `if:` conditions the Action uses: always(), and inputs compared with a string."""
    if condition is None:
        return not failed
    always = "always()" in condition
    test = condition.replace("always()", "").strip(" &")
    if test:
        m = re.fullmatch(r"inputs\.([\w-]+) == '([^']*)'", test)
        assert m is not None, condition
        if inputs[m.group(1)] != m.group(2):
            return False
    return always or not failed


def _run_action(repo: Path, tmp: Path, python_bin: Path, action: Path, **given: str) -> dict[str, Any]:
    spec = yaml.safe_load(ACTION.read_text("utf-8"))
    inputs = {k: str(v.get("default", "")) for k, v in spec["inputs"].items()} | given
    github = {
        "CI": "true",
        "GITHUB_ACTIONS": "true",
        "GITHUB_WORKSPACE": str(repo),
        "GITHUB_OUTPUT": str(tmp / "output"),
        "GITHUB_ENV": str(tmp / "env"),
        "GITHUB_PATH": str(tmp / "path"),
        "GITHUB_STEP_SUMMARY": str(tmp / "summary.md"),
        "RUNNER_TEMP": str(tmp / "runner"),
        "LKJIP_CACHE_DIR": str(tmp / "cache"),
        "PATH": f"{python_bin}{os.pathsep}{os.environ['PATH']}",
    }
    for name in ("output", "env", "path", "summary.md"):
        (tmp / name).write_text("", "utf-8")
    (tmp / "runner").mkdir(exist_ok=True)
    failed, log, uploaded = False, [], None
    for step in spec["runs"]["steps"]:
        if not _runs(step.get("if"), inputs, failed):
            continue
        if "uses" in step:
            if step["uses"].startswith("github/codeql-action/upload-sarif@"):
                sarif = _expand(step["with"]["sarif_file"], inputs, action)
                uploaded = json.loads((repo / sarif).read_text("utf-8"))
            continue  # actions/setup-python: the Python on PATH
        env = {k: _expand(str(v), inputs, action) for k, v in step.get("env", {}).items()}
        assert "${{" not in step["run"]  # inputs reach scripts through env only
        done = subprocess.run(
            ["bash", "-e", "-o", "pipefail", "-c", step["run"]],
            cwd=repo,
            env={**os.environ, **github, **env},
            capture_output=True,
            text=True,
            timeout=900,
        )
        log.append((step.get("name", step["run"][:30]), done.returncode, done.stdout, done.stderr))
        failed = failed or done.returncode != 0
    return {
        "failed": failed,
        "log": log,
        "uploaded": uploaded,
        "summary": (tmp / "summary.md").read_text("utf-8"),
    }


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A fresh Python (as setup-python gives) and a copy of this checkout (the Action's path)."""
    base = tmp_path_factory.mktemp("action")
    action = _hook_repo(base)
    env_dir = base / "python"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    return env_dir / "bin", action


def _reports(tmp_path: Path) -> Path:
    repo = tmp_path / "laporan"
    shutil.copytree(ROOT / "rules", repo / "rules")
    (repo / "data").mkdir()
    shutil.copy(SAMPLE, repo / "data" / "2023-tw2.yaml")
    return repo


def test_the_action_installs_lkjip_uploads_sarif_and_gates(
    tmp_path: Path, installed: tuple[Path, Path]
) -> None:
    python_bin, action = installed
    repo = _reports(tmp_path)
    result = _run_action(repo, tmp_path, python_bin, action, **{"upload-sarif": "true"})
    names = [name for name, *_ in result["log"]]
    assert names == ["Install lkjip from the action's checkout", "Write SARIF", "Check"], result["log"]
    install, sarif_step, check = result["log"]
    assert install[1] == 0 and sarif_step[1] == 0, result["log"]
    assert (python_bin / "lkjip").exists()  # installed from the Action's own checkout
    schema = json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text("utf-8"))
    jsonschema.Draft4Validator(schema).validate(result["uploaded"])
    assert result["uploaded"]["runs"][0]["results"]
    assert check[1] == 1 and result["failed"]  # error findings fail the job
    assert check[2].count("::error ") == 10 and "::notice::" in check[2]  # within GitHub's caps
    assert result["summary"].startswith("# Catatan reviu lkjip")  # the job summary


def test_the_action_with_args_and_a_clean_report(tmp_path: Path, installed: tuple[Path, Path]) -> None:
    python_bin, action = installed
    repo = _reports(tmp_path)
    given = {"args": "--select LKJ504 --lang en", "paths": "data/2023-tw2.yaml"}
    result = _run_action(repo, tmp_path, python_bin, action, **given)
    assert [name for name, *_ in result["log"]] == ["Install lkjip from the action's checkout", "Check"]
    assert not result["failed"] and result["uploaded"] is None  # warnings only: exit 0
    assert "::warning " in result["log"][-1][2] and "1 file checked" in result["log"][-1][2]
    given["args"] += " --fail-on warning"
    assert _run_action(repo, tmp_path, python_bin, action, **given)["failed"]


# ------------------------------------------------------------------ GitLab


def test_the_gitlab_template_writes_code_quality_and_junit_reports(tmp_path: Path) -> None:
    job = yaml.safe_load(GITLAB.read_text("utf-8"))["lkjip"]
    reports = job["artifacts"]["reports"]
    assert job["artifacts"]["when"] == "always"
    repo = _reports(tmp_path)
    env = {
        **os.environ,
        **{k: str(v) for k, v in job["variables"].items()},
        "CI": "true",
        "CI_PROJECT_DIR": str(repo),
        "GITLAB_CI": "true",
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
    }
    env["LKJIP_CACHE_DIR"] = str(tmp_path / "cache")
    codes = []
    for line in job["script"]:
        if line.startswith("pip install"):
            continue  # lkjip is this checkout's, installed in the test's environment
        done = subprocess.run(["bash", "-c", line], cwd=repo, env=env, capture_output=True, text=True)
        codes.append(done.returncode)
    assert codes == [0, 1]  # the code quality report written whatever is found; then the gate
    quality = json.loads((repo / reports["codequality"]).read_text("utf-8"))
    assert len(quality) == 70 and {i["severity"] for i in quality} == {"major", "minor"}
    junit = (repo / reports["junit"]).read_text("utf-8")
    xmlschema.XMLSchema(ROOT / "tests" / "schemas" / "junit-10.xsd").validate(junit)
    suite = ET.fromstring(junit).find("testsuite")
    assert suite is not None and suite.get("failures") == "46"
