"""The modal dialogs every screen may open: the help screen, a yes/no question, and a
question with named choices (apply / discard / cancel)."""

from __future__ import annotations

from typing import Any, TypeVar

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Input, Static

from lkjip_tui import messages
from lkjip_tui.tui.base import binding_text, host, key_name, legend, localize_bindings, tr
from lkjip_tui.tui.footer import KeyFooter
from lkjip_tui.values.visible import visible

Section = tuple[str, list[tuple[str, str]]]  # (title, [(keys, what they do)])


def _keys(app: App[Any], node: DOMNode, lang: str) -> list[tuple[str, str]]:
    """A node's lkjip bindings: the keys of each action, with what it does."""
    by_text: dict[str, list[str]] = {}
    for _key, b in node._bindings:
        text = binding_text(b, lang)
        if text is not None:
            keys = by_text.setdefault(text, [])
            shown = key_name(app, b)
            if shown not in keys:
                keys.append(shown)
    return [(", ".join(keys), text) for text, keys in by_text.items()]


def help_sections(screen: Screen[Any], app: App[Any], lang: str) -> list[Section]:
    """Every binding a screen offers, generated from the bindings themselves: the
    screen's, those of its widgets (Enter in a list, in a field), and the app's."""
    sections: list[Section] = [(tr(lang, "ui.help.screen"), _keys(app, screen, lang))]
    widgets: dict[str, list[tuple[str, str]]] = {}
    for widget in screen.query("*"):
        rows = _keys(app, widget, lang)
        if rows:
            title = tr(lang, f"ui.help.widget.{type(widget).__name__}")
            merged = widgets.setdefault(title, [])
            merged.extend(r for r in rows if r not in merged)
    sections += list(widgets.items())
    sections.append((tr(lang, "ui.help.everywhere"), _keys(app, app, lang)))
    return [(title, rows) for title, rows in sections if rows]


class HelpScreen(ModalScreen[None]):
    """Every binding of the screen below and of the app, with its key; what marks mean."""

    BINDINGS = [Binding("escape,question_mark,q", "dismiss", "key.back")]

    def compose(self) -> ComposeResult:
        app = self.app
        lang = host(self).lang
        below = app.screen_stack[-2] if len(app.screen_stack) > 1 else app.screen
        text = Text()
        sections = help_sections(below, app, lang)
        width = max(len(keys) for _, rows in sections for keys, _ in rows)
        for title, rows in sections:
            text.append(title + "\n", style="bold")
            for keys, what in rows:
                text.append(f"  {keys:>{width}}   {what}\n")
            text.append("\n")
        text.append(tr(lang, "ui.help.marks") + "\n", style="bold")
        text.append("  ").append_text(legend(lang, pending=True))
        text.append("\n  " + tr(lang, "ui.help.findings_column"))
        text.append("\n  " + tr(lang, "ui.help.this_quarter") + "\n")
        with Vertical(id="help"):
            yield Static(tr(lang, "ui.help.title"), classes="title")
            yield VerticalScroll(Static(text, id="help-text"))

    def on_mount(self) -> None:
        localize_bindings(self, host(self).lang)


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
            # Questions and details name files and typed text: shown as they are, never markup.
            yield Static(Text(visible(self.question)), classes="title")
            if self.detail:
                yield VerticalScroll(Static(Text(visible(self.detail)), id="confirm-detail"))
            with Horizontal(classes="buttons"):
                yield Button(messages.text_for("key.yes", app.lang), id="yes", variant="primary")
                yield Button(messages.text_for("key.no", app.lang), id="no")
        yield KeyFooter()

    def on_mount(self) -> None:
        localize_bindings(self, host(self).lang)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


class ChoiceScreen(ModalScreen[str | None]):
    """A question with named choices, each a button (id, label, whether it can be chosen);
    Esc answers None (cancel). The first choice that can be chosen has the focus."""

    BINDINGS = [Binding("escape", "dismiss(None)", "key.cancel")]

    def __init__(self, question: str, detail: str, choices: list[tuple[str, str, bool]]) -> None:
        super().__init__()
        self.question = question
        self.detail = detail
        self.choices = choices

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm"):
            yield Static(Text(visible(self.question)), classes="title")
            if self.detail:
                yield VerticalScroll(Static(Text(visible(self.detail)), id="confirm-detail"))
            with Horizontal(classes="buttons"):
                for n, (answer, label, enabled) in enumerate(self.choices):
                    yield Button(
                        label, id=answer, variant="primary" if n == 0 else "default", disabled=not enabled
                    )
        yield KeyFooter()

    def on_mount(self) -> None:
        localize_bindings(self, host(self).lang)
        first = next((b for b in self.query(Button) if not b.disabled), None)
        if first is not None:
            first.focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id)


_Answer = TypeVar("_Answer")


class FormDialog(ModalScreen[_Answer | None]):
    """A dialog of fields with a "write" and a cancel button (the export and waiver dialogs):
    Enter in a field or "write" calls `finish`, which checks the fields and dismisses."""

    def finish(self) -> None:
        raise NotImplementedError

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.finish()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "write":
            self.finish()
        else:
            self.dismiss(None)
