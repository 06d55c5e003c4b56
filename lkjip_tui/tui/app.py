"""The lkjip app: which screen opens first, the engine every screen shares, app-wide keys."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from lkjip_tui.engine import Engine, FileResult
from lkjip_tui.planning.portfolio import Entry
from lkjip_tui.tui.base import localize_bindings, tr
from lkjip_tui.tui.dialogs import ConfirmScreen, HelpScreen
from lkjip_tui.tui.planner import PlannerScreen
from lkjip_tui.tui.portfolio import PortfolioScreen, TrendScreen
from lkjip_tui.tui.review import ReviewScreen


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
        self.start_in_planner = planner
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
        if self.path.is_dir():
            self.push_screen(PortfolioScreen(self.path))
        else:
            self.push_screen(ReviewScreen(self.path, planner=self.start_in_planner))

    # ------------------------------------------------------------ screens (Host)

    def open_review(self, path: Path, on_close: Callable[[None], None] | None = None) -> None:
        self.push_screen(ReviewScreen(path), on_close)

    def open_planner(self, review: ReviewScreen) -> None:
        self.push_screen(PlannerScreen(review), lambda _: review.recheck_rules_only())

    def open_trend(self, directory: Path, unit: str, iku: str, entries: list[Entry] | None = None) -> None:
        self.push_screen(TrendScreen(directory, unit, iku, entries))

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


def run(path: Path, lang: str = "id", rules_dirs: Iterable[Path] = (), planner: bool = False) -> None:
    LkjipApp(path, lang, rules_dirs, planner).run()
