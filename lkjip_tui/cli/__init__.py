"""The `lkjip` command line: one Typer app (`app.py`) over plain command functions.

`app.py` declares the commands and options, and only that, in the language of
the help; `commands.py` does what each command does and returns its exit
code (0 clean, 1 findings, 2 usage or unusable input, 3 internal error).
Heavy modules are imported inside the commands, so `lkjip --help` and a
check stay light.

May import: every other layer (the TUI only inside the `tui` command).
"""

from lkjip_tui.cli.app import main, make_app

__all__ = ["main", "make_app"]
