"""A progress bar for a large batch on a terminal; never on a pipe, a file or in CI."""

from __future__ import annotations

import os
import pty
import select
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLE


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    data = tmp_path / "data"
    data.mkdir()
    for i in range(12):
        shutil.copy(SAMPLE, data / f"r{i:02d}.yaml")
    return data


def _run(data: Path, stderr_tty: bool, **env: str) -> tuple[int, str, str]:
    """(exit code, stdout, stderr); stderr through a pseudo-terminal when `stderr_tty`."""
    environ = {k: v for k, v in os.environ.items() if k not in ("CI", "GITHUB_ACTIONS")}
    environ.update({"PYTHONPATH": str(ROOT), "TERM": "xterm", "COLUMNS": "80", "LKJIP_NO_CACHE": "1", **env})
    cmd = [sys.executable, "-m", "lkjip_tui", "check", "--jobs", "1", str(data)]
    if not stderr_tty:
        out = subprocess.run(cmd, capture_output=True, text=True, env=environ, timeout=300)
        return out.returncode, out.stdout, out.stderr
    master, slave = pty.openpty()
    out_file = data.parent / "stdout.txt"
    with open(out_file, "w", encoding="utf-8") as stdout_f:  # a file: the findings never block the run
        proc = subprocess.Popen(cmd, stdout=stdout_f, stderr=slave, env=environ)
    os.close(slave)
    seen = b""
    while True:
        ready, _, _ = select.select([master], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        elif proc.poll() is not None:
            break
    proc.wait(timeout=60)
    os.close(master)
    return proc.returncode, out_file.read_text("utf-8"), seen.decode("utf-8", "replace")


def test_a_progress_bar_on_a_terminal(batch: Path) -> None:
    code, out, err = _run(batch, stderr_tty=True)
    assert code == 1 and "12 berkas diperiksa" in out
    assert "memeriksa" in err and "/12" in err


def test_never_on_a_pipe_nor_in_ci(batch: Path) -> None:
    code, out, err = _run(batch, stderr_tty=False)
    assert code == 1 and "12 berkas diperiksa" in out and "memeriksa" not in err and err == ""
    _, _, err = _run(batch, stderr_tty=True, CI="true")
    assert "memeriksa" not in err
