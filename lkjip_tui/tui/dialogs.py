"""The modal dialogs every screen may open: the help screen and a yes/no question."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from lkjip_tui import messages
from lkjip_tui.tui.base import host, localize_bindings, tr
from lkjip_tui.tui.footer import KeyFooter


class HelpScreen(ModalScreen[None]):
    """Every binding of the screen below and of the app, with its key."""

    BINDINGS = [Binding("escape,question_mark,q", "dismiss", "key.back")]

    def compose(self) -> ComposeResult:
        app = self.app
        below = app.screen_stack[-2] if len(app.screen_stack) > 1 else app.screen
        rows = []
        for node in (below, app):
            for _key, b in node._bindings:
                # All of our keys, shown in the footer or not; not Textual's own (focus, copy).
                if getattr(b, "_lkjip_key", None):
                    rows.append(f"  {app.get_key_display(b):>12}   {b.description}")
        with Vertical(id="help"):
            yield Static(tr(host(self).lang, "ui.help.title"), classes="title")
            yield VerticalScroll(Static("\n".join(rows)))

    def on_mount(self) -> None:
        app = host(self)
        localize_bindings(self, app.lang)


class ConfirmScreen(ModalScreen[bool]):
    """A question with Yes / No; an optional text (a diff) to read first."""

    BINDINGS = [Binding("y", "answer(True)", "key.yes"), Binding("n,escape", "answer(False)", "key.no")]

    def __init__(self, question: str, detail: str = "") -> None:
        super().__init__()
        self.question = question
        self.detail = detail

    def compose(self) -> ComposeResult:
        app = host(self)
        with Vertical(id="confirm"):
            yield Static(self.question, classes="title")
            if self.detail:
                yield VerticalScroll(Static(self.detail, markup=False, id="confirm-detail"))
            with Horizontal(classes="buttons"):
                yield Button(messages.text_for("key.yes", app.lang), id="yes", variant="primary")
                yield Button(messages.text_for("key.no", app.lang), id="no")
        yield KeyFooter()

    def on_mount(self) -> None:
        app = host(self)
        localize_bindings(self, app.lang)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
