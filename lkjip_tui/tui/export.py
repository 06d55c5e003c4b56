"""Writing the findings on screen to a file, in any of the command line's output formats.

The findings as filtered go through the output layer's FORMATS registry by
name, so a format added there (a markdown review note, SARIF) is offered here
at once, and the file is what `lkjip check --format NAME` would write for
them. Written with `write_atomic`, like every file lkjip writes for a user.
"""

from __future__ import annotations

import io
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, Select, Static

from lkjip_tui.engine import FileResult
from lkjip_tui.model.files import write_atomic
from lkjip_tui.model.findings import Finding
from lkjip_tui.output import FORMATS, RenderFile, emitter, write
from lkjip_tui.tui.base import host, localize_bindings, tr
from lkjip_tui.tui.dialogs import FormDialog
from lkjip_tui.tui.footer import KeyFooter
from lkjip_tui.values.visible import visible

# The usual file name ending of a format; others end in ".<name>".
SUFFIXES = {"json": ".json", "markdown": ".md", "text": ".txt", "sarif": ".sarif", "junit": ".xml"}
PREFERRED = ("markdown", "json")  # offered first: the review note, then the data


def suffix(fmt: str) -> str:
    return SUFFIXES.get(fmt, f".{fmt}")


def formats() -> list[str]:
    """The formats on offer: the preferred ones first, then the rest of FORMATS."""
    return sorted(FORMATS, key=lambda f: (PREFERRED.index(f) if f in PREFERRED else len(PREFERRED), f))


def render(result: FileResult, findings: list[Finding], fmt: str, lang: str) -> str:
    """The findings as the format writes them for this one file."""
    em = emitter(fmt, lang, False)
    chunk = RenderFile(em)(FileResult(result.file, findings, result.error))
    out = io.StringIO()
    write([chunk], em, out)
    return out.getvalue()


def export(result: FileResult, findings: list[Finding], fmt: str, lang: str, path: Path) -> Path:
    """Write the findings to `path`; the file written (through a symlink, its target)."""
    return write_atomic(path, render(result, findings, fmt, lang))


class ExportScreen(FormDialog[tuple[str, Path]]):
    """Which format and file to write the shown findings to."""

    BINDINGS = [Binding("escape", "dismiss(None)", "key.cancel")]

    def __init__(self, count: int, stem: str) -> None:
        super().__init__()
        self.count = count
        self.stem = stem

    def compose(self) -> ComposeResult:
        lang = host(self).lang
        choices = formats()
        with Vertical(id="export"):
            yield Static(tr(lang, "ui.export.title", n=self.count), classes="title")
            yield Label(tr(lang, "ui.export.format"))
            yield Select([(f, f) for f in choices], value=choices[0], allow_blank=False, id="x-format")
            yield Label(tr(lang, "ui.export.file"))
            yield Input(self.default_name(choices[0]), id="x-file")
            with Horizontal(classes="buttons"):
                yield Button(tr(lang, "ui.export.write"), id="write", variant="primary")
                yield Button(tr(lang, "key.cancel"), id="cancel")
        yield KeyFooter()

    def default_name(self, fmt: str) -> str:
        # The report's name as shown everywhere else: a control character in it is escaped.
        return f"{visible(self.stem)}-{tr(host(self).lang, 'ui.export.name')}{suffix(fmt)}"

    def on_mount(self) -> None:
        localize_bindings(self, host(self).lang)
        self.query_one("#x-file", Input).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        # A name still ending as the old format's follows the new format.
        field = self.query_one("#x-file", Input)
        path = Path(field.value)
        if path.suffix in {*SUFFIXES.values(), *(f".{f}" for f in FORMATS)}:
            field.value = str(path.with_suffix(suffix(str(event.value))))

    def finish(self) -> None:
        name = self.query_one("#x-file", Input).value.strip()
        if name:
            self.dismiss((str(self.query_one("#x-format", Select).value), Path(name).expanduser()))
