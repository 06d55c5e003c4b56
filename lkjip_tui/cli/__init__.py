"""The `lkjip` command line: one Typer app (`app.py`) over plain command functions.

`app.py` declares the commands and options, and only that; `commands.py`
does what each command does and returns its exit code. Heavy modules are
imported inside the commands, so `lkjip --help` and a check stay light.

May import: every other layer (the TUI only inside the `tui` command).
"""

from lkjip_tui.cli.app import app, main

__all__ = ["app", "main"]
