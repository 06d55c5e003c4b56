"""lkjip as a pre-commit hook in another repository, run through pre-commit itself.

Builds a hook repository from this checkout (its files as they are now) and a
repository of reports, and runs `pre-commit try-repo` there: pre-commit
installs lkjip into its own environment, as it would for any user.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import MINIMAL, ROOT, SAMPLE

GIT = ["git", "-c", "user.email=ci@example.invalid", "-c", "user.name=ci", "-c", "commit.gpgsign=false"]


def _git_repo(path: Path) -> None:
    subprocess.run([*GIT, "init", "-q", str(path)], check=True)
    subprocess.run([*GIT, "-C", str(path), "add", "-A"], check=True)
    subprocess.run([*GIT, "-C", str(path), "commit", "-qm", "snapshot"], check=True)


def _hook_repo(tmp_path: Path) -> Path:
    listed = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "-co", "--exclude-standard"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    repo = tmp_path / "lkjip-hook"
    for name in listed:
        src = ROOT / name
        if src.is_file() and not name.startswith(("tests/", "docs/", "benchmarks/")):
            (repo / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, repo / name)
    _git_repo(repo)
    return repo


def test_the_hook_runs_through_pre_commit(tmp_path: Path) -> None:
    hook = _hook_repo(tmp_path)
    reports = tmp_path / "laporan"
    shutil.copytree(ROOT / "rules", reports / "rules")
    shutil.copytree(ROOT / "tests" / "cases" / "rules" / "contoh", reports / "rules" / "contoh")
    (reports / "data").mkdir()
    shutil.copy(SAMPLE, reports / "data" / "2023-tw2.yaml")
    (reports / "data" / "bersih.yaml").write_text(MINIMAL, "utf-8")
    (reports / ".github" / "workflows").mkdir(parents=True)
    (reports / ".github" / "workflows" / "ci.yml").write_text("name: ci\non: push\n", "utf-8")
    _git_repo(reports)
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "LKJIP_CACHE_DIR": str(tmp_path / "c"),
    }
    pre_commit = [sys.executable, "-m", "pre_commit", "try-repo", str(hook), "lkjip"]

    def hook_run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*pre_commit, *args], cwd=reports, capture_output=True, text=True, env=env, timeout=900
        )

    failing = hook_run("--all-files")
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "LKJ101" in failing.stdout and "2 berkas diperiksa" in failing.stdout  # ci.yml is not a report
    clean = hook_run("--files", "data/bersih.yaml", ".github/workflows/ci.yml")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "Passed" in clean.stdout


def test_a_targets_change_alone_rechecks_the_reports_it_governs(tmp_path: Path) -> None:
    """Only a targets file changes: the YAML hook has nothing to check, lkjip-governed
    re-checks the report whose target no longer follows; a waivers file alone likewise."""
    hook = _hook_repo(tmp_path)
    reports = tmp_path / "laporan"
    shutil.copytree(ROOT / "rules", reports / "rules")
    shutil.copytree(ROOT / "tests" / "cases" / "rules" / "contoh", reports / "rules" / "contoh")
    (reports / "data").mkdir()
    (reports / "data" / "bersih.yaml").write_text(MINIMAL, "utf-8")
    _git_repo(reports)
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "LKJIP_CACHE_DIR": str(tmp_path / "c"),
    }

    def hook_run(hook_id: str) -> subprocess.CompletedProcess[str]:  # on the staged files
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", "try-repo", str(hook), hook_id],
            cwd=reports,
            capture_output=True,
            text=True,
            env=env,
            timeout=900,
        )

    targets = reports / "rules" / "contoh" / "2023.toml"
    targets.write_text(targets.read_text("utf-8").replace("annual = 1500", "annual = 1600", 1), "utf-8")
    subprocess.run([*GIT, "-C", str(reports), "add", "-A"], check=True)
    yaml_only = hook_run("lkjip")
    assert yaml_only.returncode == 0 and "no files to check" in yaml_only.stdout, yaml_only.stdout
    governed = hook_run("lkjip-governed")
    assert governed.returncode == 1, governed.stdout + governed.stderr
    assert "LKJ201" in governed.stdout and "data/bersih.yaml" in governed.stdout
    subprocess.run([*GIT, "-C", str(reports), "commit", "-qm", "targets"], check=True)
    waivers = reports / "data" / "lkjip-waivers.toml"
    waivers.write_text(
        "".join(
            f'[[waiver]]\ncode = "{code}"\nfile = "bersih.yaml"\nrow = "IKU1"\n'
            'justification = "target direvisi"\nby = "Tim"\n'
            for code in ("LKJ201", "LKJ101")
        ),
        "utf-8",
    )
    subprocess.run([*GIT, "-C", str(reports), "add", "-A"], check=True)
    waived = hook_run("lkjip-governed")
    assert waived.returncode == 0, waived.stdout + waived.stderr
    assert waived.stdout.rstrip().endswith("Passed")  # the waived findings no longer fail it
