"""Checking reports: load a data file, find and load its rules, run every rule.

Pure functions over plain data; the CLI and the TUI both call `Engine`.
Rules are loaded once per process and shared by all data files that use them.
After the rules run, each finding gets its fingerprint and the waivers of its
file are applied (`waivers`). An unexpected exception while checking a file
never stops the run: it becomes an `InternalError` of that file (which rule,
which exception; the traceback with `debug`), the file's other findings are
kept and the other files are checked. `check_stream` checks many files, in
parallel processes, reusing the results `cache` of files that did not change.

Also here: `discover` (which files, which rules), `config` (settings and
where they came from), `selection` (which rules run).

May import: `lkjip_tui.checks`, `lkjip_tui.drafts` (reading drafts), `lkjip_tui.model` and below.
"""

from lkjip_tui.engine.check import (
    Engine,
    EngineOptions,
    FileResult,
    InputError,
    InternalError,
    Transform,
    at_least,
    debugging,
    fingerprint,
)
from lkjip_tui.engine.stream import check_stream

__all__ = [
    "Engine",
    "EngineOptions",
    "FileResult",
    "InputError",
    "InternalError",
    "Transform",
    "at_least",
    "check_stream",
    "debugging",
    "fingerprint",
]
