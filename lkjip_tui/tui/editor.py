"""Which editor `e` opens: the user's choice, else a friendly one found on PATH.

`$VISUAL`, then `$EDITOR`, as every Unix tool reads them; without either,
the first of a few editors a newcomer can leave without help (nano first:
its keys are written at the bottom of its screen; vi is the last resort).
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from collections.abc import Callable, Mapping
from pathlib import Path

# In order of preference when neither $VISUAL nor $EDITOR says.
FALLBACKS = ("nano", "micro", "editor", "vim", "vi")


class NoEditor(Exception):
    """Nothing to edit with: no $VISUAL or $EDITOR and none of FALLBACKS on PATH."""


def find_editor(
    env: Mapping[str, str], which: Callable[[str], str | None] = shutil.which
) -> tuple[list[str], str]:
    """The editor's command and where the choice came from ("$VISUAL", "$EDITOR", "PATH")."""
    for var in ("VISUAL", "EDITOR"):
        command = shlex.split(env.get(var, ""))
        if command:
            return command, f"${var}"
    for name in FALLBACKS:
        found = which(name)
        if found:
            return [found], "PATH"
    raise NoEditor


def describe(command: list[str]) -> str:
    """The editor's name as the user knows it: "nano", "editor (vim.basic)"."""
    name = Path(command[0]).name
    real = Path(os.path.realpath(shutil.which(command[0]) or command[0])).name
    return name if real == name else f"{name} ({real})"


def launch(command: list[str], path: Path, line: int) -> None:
    """Open a file at a line (nano, micro, vim, vi and emacs all take +LINE)."""
    subprocess.run([*command, f"+{max(line, 1)}", str(path)], check=False)
