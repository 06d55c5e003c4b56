"""`lkjip --help` and each command's help: Bahasa Indonesia by default, English on request."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

COMMANDS = ("check", "config", "explain", "rules", "targets", "tui")


def _help(*args: str, lang_env: str | None = None) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    env.update({"PYTHONPATH": str(ROOT), "COLUMNS": "100", "TERMINAL_WIDTH": "100"})
    if lang_env is not None:
        env["LANG"] = lang_env
    out = subprocess.run(
        [sys.executable, "-m", "lkjip_tui", *args], capture_output=True, text=True, env=env, check=True
    )
    return out.stdout


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_is_indonesian_by_default_and_english_on_request(command: str) -> None:
    args = [command] if command else []
    indonesian = _help(*args, "--help")
    assert "Penggunaan:" in indonesian and "Opsi" in indonesian and "Tampilkan bantuan ini" in indonesian
    assert "Usage:" not in indonesian and "Show this message" not in indonesian
    for english in (_help(*args, "--help", "--lang", "en"), _help(*args, "--help", lang_env="en_US.UTF-8")):
        assert "Usage:" in english and "Options" in english and "Show this message and exit." in english
        assert "Penggunaan" not in english
    assert "Penggunaan:" in _help(*args, "--help", lang_env="id_ID.UTF-8")


def test_the_commands_are_described_in_both_languages() -> None:
    assert "Periksa laporan. Keluar 0" in _help("--help")
    assert "Check reports. Exit 0" in _help("--help", "--lang", "en")
    words = " ".join(_help("check", "--help").replace("│", " ").split())
    assert "Bawaan: text, atau github di GitHub Actions" in words


def test_a_usage_error_speaks_the_language_too() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8"}
    out = subprocess.run(
        [sys.executable, "-m", "lkjip_tui", "check", "--frmat", "json"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert out.returncode == 2 and "Galat" in out.stderr and "untuk bantuan" in out.stderr
