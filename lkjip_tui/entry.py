"""The `lkjip` console script.

`lkjip check …` is what CI pipelines run, thousands of times; importing Typer
and Rich costs more than the check itself. `lkjip tui` has a budget of one
second to its first screen, of which Typer would take a tenth. So well-formed
`check` and `tui` command lines are parsed here, with the same options as the
Typer commands, and anything else (help, other commands, mistakes) goes to
Typer, which stays the one place that defines the command line and reports
usage errors. A test keeps the two in agreement.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from lkjip_tui.commands import CheckOptions, TuiOptions

_VALUE_OPTIONS = {
    "--format": "format",
    "-f": "format",
    "--lang": "lang",
    "--jobs": "jobs",
    "-j": "jobs",
    "--rules": "rules",
    "--select": "select",
    "--ignore": "ignore",
}
_FLAGS = {"--color": ("color", True), "--no-color": ("color", False), "--sample": ("sample", True)}
_CHOICES = {"format": ("text", "json"), "lang": ("id", "en")}


def _option_value(args: list[str], i: int, eq: str, value: str) -> tuple[str, int] | None:
    """An option's value ("--x=v", or "--x v" with v at args[i]) and the index after it."""
    if eq:
        return value, i
    return (args[i], i + 1) if i < len(args) else None


def parse_check(argv: list[str]) -> CheckOptions | None:
    """Options of a well-formed `check` command line, or None to let Typer handle it."""
    if not argv or argv[0] != "check":
        return None
    opts = CheckOptions()
    args = argv[1:]
    i = 0
    only_paths = False
    while i < len(args):
        a = args[i]
        i += 1
        if only_paths or not a.startswith("-") or a == "-":
            opts.paths.append(Path(a))
            continue
        if a == "--":
            only_paths = True
            continue
        name, eq, value = a.partition("=")
        if name in _FLAGS and not eq:
            attr, flag = _FLAGS[name]
            setattr(opts, attr, flag)
            continue
        if name not in _VALUE_OPTIONS:
            return None
        taken = _option_value(args, i, eq, value)
        if taken is None:
            return None
        value, i = taken
        attr = _VALUE_OPTIONS[name]
        if attr in _CHOICES and value not in _CHOICES[attr]:
            return None
        if attr == "jobs":
            if not value.isdigit():
                return None
            opts.jobs = int(value)
        elif attr in ("rules", "select", "ignore"):
            getattr(opts, attr).append(Path(value) if attr == "rules" else value)
        else:
            setattr(opts, attr, value)
    if not opts.paths and not opts.sample:
        return None
    return opts


def parse_tui(argv: list[str]) -> TuiOptions | None:
    """Options of a well-formed `tui` command line on an existing path, or None."""
    if not argv or argv[0] != "tui":
        return None
    opts = TuiOptions()
    paths: list[Path] = []
    args = argv[1:]
    i = 0
    while i < len(args):
        a = args[i]
        i += 1
        if not a.startswith("-"):
            paths.append(Path(a))
            continue
        name, eq, value = a.partition("=")
        if name == "--planner" and not eq:
            opts.planner = True
            continue
        if name not in ("--lang", "--rules"):
            return None
        taken = _option_value(args, i, eq, value)
        if taken is None:
            return None
        value, i = taken
        if name == "--rules":
            opts.rules.append(Path(value))
        elif value in _CHOICES["lang"]:
            opts.lang = value
        else:
            return None
    if len(paths) > 1:
        return None
    if paths:
        opts.path = paths[0]
    return opts if opts.path.exists() else None


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    try:
        fast = parse_check(args)
        if fast is not None:
            from lkjip_tui.commands import check

            sys.exit(check(fast))
        fast_tui = parse_tui(args)
        if fast_tui is not None:
            from lkjip_tui.commands import tui

            sys.exit(tui(fast_tui))
        from lkjip_tui.cli import app

        app(args=args, prog_name="lkjip")
    except BrokenPipeError:
        # The reader went away (`lkjip check … | head`): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
