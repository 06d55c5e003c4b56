"""The lkjip terminal interface: a thin layer over the engine.

`lkjip tui PATH` opens the reviewer view of one data file, or the portfolio of
a directory of them. Every figure shown comes from the same engine and the
same findings as `lkjip check`; this package only lays them out.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Static

from lkjip_tui import messages
from lkjip_tui.engine import Engine, FileResult
from lkjip_tui.findings import Msg
from lkjip_tui.tui.footer import KeyFooter


def tr(lang: str, key: str, **args: Any) -> str:
    """A UI string in the current language."""
    return messages.render(Msg(key, args), lang)


def localize_bindings(node: DOMNode, lang: str) -> None:
    """Show key descriptions in the current language (descriptions are message keys)."""
    bindings = node._bindings  # Textual keeps a per-node copy of its bindings
    for key, items in list(bindings.key_to_bindings.items()):
        new = []
        for b in items:
            source = getattr(b, "_lkjip_key", None) or b.description
            if source.startswith("key."):
                b = dataclasses.replace(b, description=messages.text_for(source, lang))
                object.__setattr__(b, "_lkjip_key", source)
            new.append(b)
        bindings.key_to_bindings[key] = new


def app_of(node: DOMNode) -> LkjipApp:
    """The running LkjipApp, typed, for a screen or widget of it."""
    app = node.app
    assert isinstance(app, LkjipApp)
    return app


class LkjipApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "lkjip"
    BINDINGS = [
        Binding("q", "quit", "key.quit", id="quit"),
        Binding("question_mark", "help", "key.help", id="help"),
        Binding("l", "toggle_lang", "key.lang", id="lang"),
        Binding("t", "toggle_theme", "key.theme", id="theme"),
    ]

    def __init__(
        self, path: Path, lang: str = "id", rules_dirs: Iterable[Path] = (), planner: bool = False
    ) -> None:
        super().__init__()
        self.path = path
        self.lang = lang
        self.engine = Engine(list(rules_dirs))
        self.open_planner = planner
        self.planner_session: Any = None  # the planner's editing session, when one is open
        # Start checking the file at once, while Textual is still starting up.
        self._prefetch: Future[FileResult] | None = None
        if path.is_file():
            self._prefetch = ThreadPoolExecutor(1, "lkjip-check").submit(self.engine.check_file, path, True)

    def take_prefetch(self, path: Path, wait: float | None = None) -> FileResult | None:
        """The check started at launch, if it was of this file (once). With `wait`,
        give up after that many seconds and leave it for a later call."""
        future = self._prefetch
        if future is None or path != self.path:
            return None
        try:
            result = future.result(timeout=wait)
        except TimeoutError:
            return None
        self._prefetch = None
        return result

    def on_mount(self) -> None:
        localize_bindings(self, self.lang)
        self.title = tr(self.lang, "ui.title")
        from lkjip_tui.tui.portfolio import PortfolioScreen
        from lkjip_tui.tui.review import ReviewScreen

        if self.path.is_dir():
            self.push_screen(PortfolioScreen(self.path))
        else:
            self.push_screen(ReviewScreen(self.path, planner=self.open_planner))

    # ------------------------------------------------------------ actions

    def action_toggle_lang(self) -> None:
        self.lang = "en" if self.lang == "id" else "id"
        self.title = tr(self.lang, "ui.title")
        localize_bindings(self, self.lang)
        for screen in self.screen_stack:
            localize_bindings(screen, self.lang)
            if hasattr(screen, "relabel"):
                screen.relabel()
        self.refresh_bindings()

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    async def action_quit(self) -> None:
        session = self.planner_session
        if session is not None and session.dirty:
            self.push_screen(ConfirmScreen(tr(self.lang, "ui.confirm.quit")), self._quit_confirmed)
            return
        self.exit()

    def _quit_confirmed(self, yes: bool | None) -> None:
        if yes:
            self.exit()

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        for binding in [*self._bindings, *screen._bindings]:
            _, b = binding
            if b.description and b.action not in ("quit", "command_palette"):
                action = b.action
                target = self if hasattr(self, f"action_{action}") else screen
                yield SystemCommand(
                    b.description,
                    f"[{b.key}]",
                    lambda t=target, a=action: self.call_later(self.run_action, a, t),
                )


class HelpScreen(ModalScreen[None]):
    """Every binding of the screen below and of the app, with its key."""

    BINDINGS = [Binding("escape,question_mark,q", "dismiss", "key.back")]

    def compose(self) -> ComposeResult:
        app = app_of(self)
        below = app.screen_stack[-2] if len(app.screen_stack) > 1 else app.screen
        rows = []
        for node in (below, app):
            for _key, b in node._bindings:
                # All of our keys, shown in the footer or not; not Textual's own (focus, copy).
                if getattr(b, "_lkjip_key", None):
                    rows.append(f"  {app.get_key_display(b):>12}   {b.description}")
        with Vertical(id="help"):
            yield Static(tr(app.lang, "ui.help.title"), classes="title")
            yield VerticalScroll(Static("\n".join(rows)))

    def on_mount(self) -> None:
        app = app_of(self)
        localize_bindings(self, app.lang)


class ConfirmScreen(ModalScreen[bool]):
    """A question with Yes / No; an optional text (a diff) to read first."""

    BINDINGS = [Binding("y", "answer(True)", "key.yes"), Binding("n,escape", "answer(False)", "key.no")]

    def __init__(self, question: str, detail: str = "") -> None:
        super().__init__()
        self.question = question
        self.detail = detail

    def compose(self) -> ComposeResult:
        app = app_of(self)
        with Vertical(id="confirm"):
            yield Static(self.question, classes="title")
            if self.detail:
                yield VerticalScroll(Static(self.detail, markup=False, id="confirm-detail"))
            with Horizontal(classes="buttons"):
                yield Button(messages.text_for("key.yes", app.lang), id="yes", variant="primary")
                yield Button(messages.text_for("key.no", app.lang), id="no")
        yield KeyFooter()

    def on_mount(self) -> None:
        app = app_of(self)
        localize_bindings(self, app.lang)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


def run(path: Path, lang: str = "id", rules_dirs: Iterable[Path] = (), planner: bool = False) -> None:
    LkjipApp(path, lang, rules_dirs, planner).run()
