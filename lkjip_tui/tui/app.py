"""The lkjip app: which screen opens first, what every screen shares, app-wide keys.

The app holds what outlives any one screen: the engine (rules loaded once)
and the planner sessions (`plans`), which are the one record of unsaved
target edits — every screen shows them, and quitting from any screen asks
about them first.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.notifications import SeverityLevel
from textual.screen import Screen

from lkjip_tui.engine import Engine, FileResult
from lkjip_tui.planning.portfolio import Entry
from lkjip_tui.planning.targets import Sessions
from lkjip_tui.tui.base import binding_text, key_name, localize_bindings, localize_tree, tr
from lkjip_tui.tui.dialogs import ChoiceScreen, ConfirmScreen, HelpScreen
from lkjip_tui.tui.header import PendingCount
from lkjip_tui.tui.planner import PlannerScreen
from lkjip_tui.tui.portfolio import PortfolioScreen, TrendScreen
from lkjip_tui.tui.review import ReviewScreen
from lkjip_tui.values.visible import visible

# Actions the palette does not offer as commands: itself, and moving the focus.
NOT_COMMANDS = {"command_palette", "focus_next", "focus_previous"}


def screenshot_dir(env: Mapping[str, str]) -> Path:
    """Where screenshots go: $XDG_PICTURES_DIR when it is a directory, else the working one."""
    pictures = env.get("XDG_PICTURES_DIR", "")
    if pictures:
        path = Path(os.path.expandvars(pictures)).expanduser()
        if path.is_dir():
            return path
    return Path.cwd()


class LkjipApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "lkjip"
    BINDINGS = [
        Binding("q", "quit", "key.quit", id="quit"),
        Binding("ctrl+q", "quit", "key.quit", show=False, priority=True),
        Binding("question_mark", "help", "key.help", id="help"),
        Binding("l", "toggle_lang", "key.lang", show=False),
        Binding("t", "toggle_theme", "key.theme", show=False),
        Binding("ctrl+p", "command_palette", "key.palette", show=False, priority=True),
        Binding("tab", "focus_next", "key.focus_next", show=False),
        Binding("shift+tab", "focus_previous", "key.focus_previous", show=False),
    ]

    def __init__(
        self,
        path: Path,
        lang: str = "id",
        rules_dirs: Iterable[Path] = (),
        planner: bool = False,
        stated: tuple[str | None, int | None, str | None] = (None, None, None),
    ) -> None:
        super().__init__()
        self.path = path
        self.lang = lang
        self.engine = Engine(list(rules_dirs), stated=stated)
        self.plans = Sessions()  # every unsaved target edit, whichever screen made it
        self.start_in_planner = planner
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

    def open_planner(self, result: FileResult) -> None:
        assert result.rules is not None
        self.push_screen(PlannerScreen(result, self.plans.open(result.rules)))

    def open_trend(self, directory: Path, unit: str, iku: str, entries: list[Entry] | None = None) -> None:
        self.push_screen(TrendScreen(directory, unit, iku, entries))

    def show_pending(self) -> None:
        """The planner sessions changed: every header shows the new unsaved-edit count."""
        for screen in self.screen_stack:
            for count in screen.query(PendingCount):
                count.show_count()

    # ------------------------------------------------------------ actions

    def action_toggle_lang(self) -> None:
        self.lang = "en" if self.lang == "id" else "id"
        self.title = tr(self.lang, "ui.title")
        localize_bindings(self, self.lang)
        for screen in self.screen_stack:
            localize_tree(screen, self.lang)
            if hasattr(screen, "relabel"):
                screen.relabel()
        self.show_pending()
        self.refresh_bindings()

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    async def action_quit(self) -> None:
        if isinstance(self.screen, (ConfirmScreen, ChoiceScreen)):
            return  # already asking
        # A value typed in the planner and not applied is asked about first, then the edits.
        typing = next((s for s in self.screen_stack if isinstance(s, PlannerScreen) and s.typed()), None)
        if typing is not None:
            typing.settle_typed(self.quit_unless_unsaved)
            return
        self.quit_unless_unsaved()

    def quit_unless_unsaved(self) -> None:
        """Quit; while any target edit is unsaved, after asking."""
        unsaved = self.plans.unsaved()
        if unsaved:
            detail = "\n".join(f"{s.path}: {', '.join(s.pending())}" for s in unsaved)
            self.push_screen(ConfirmScreen(tr(self.lang, "ui.confirm.quit"), detail), self._quit_confirmed)
            return
        self.exit()

    def _quit_confirmed(self, yes: bool | None) -> None:
        if yes:
            self.exit()

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every notification as plain text: they quote file names, typed text and reasons
        from the system, never markup, and their control characters are escaped."""
        super().notify(
            visible(message), title=visible(title), severity=severity, timeout=timeout, markup=False
        )

    def action_help_quit(self) -> None:
        """ctrl+c no longer quits a Textual app: say which key does, in the user's language."""
        self.notify(tr(self.lang, "ui.quit_hint"))

    def action_command_palette(self) -> None:
        from lkjip_tui.tui.palette import Palette  # textual.command: ~50 ms, not at start

        if not Palette.is_open(self):  # type: ignore[arg-type]
            self.push_screen(Palette(self.lang, id="--command-palette"))

    def search_themes(self) -> None:
        from textual.theme import ThemeProvider

        from lkjip_tui.tui.palette import Palette

        self.push_screen(Palette(self.lang, "ui.palette.themes", providers=[ThemeProvider]))

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        """Save an SVG of the screen where the user will find it, and say where."""
        directory = Path(path) if path else screenshot_dir(os.environ)
        name = filename or f"lkjip-{datetime.now():%Y-%m-%d_%H-%M-%S}.svg"
        try:
            written = self.save_screenshot(name, str(directory))
        except OSError as e:
            self.notify(
                tr(
                    self.lang, "ui.screenshot.failed", file=str(directory / name), reason=e.strerror or str(e)
                ),
                severity="error",
            )
            return
        self.notify(tr(self.lang, "ui.screenshot.saved", file=written), timeout=6)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The palette's commands, in the user's language: the keys of this screen and
        the app, then what only the palette offers."""
        lang = self.lang
        seen = set()
        for node in (screen, self):
            for _, b in node._bindings:
                text = binding_text(b, lang)
                if text is None or b.action in NOT_COMMANDS or b.action in seen:
                    continue
                seen.add(b.action)
                target = self if node is self else screen
                yield SystemCommand(
                    text,
                    tr(lang, "ui.palette.key", key=key_name(self, b)),
                    lambda t=target, a=b.action: self.call_later(self.run_action, a, t),
                )
        yield SystemCommand(
            tr(lang, "ui.palette.theme"), tr(lang, "ui.palette.theme_help"), self.action_change_theme
        )
        yield SystemCommand(
            tr(lang, "ui.palette.screenshot"),
            tr(lang, "ui.palette.screenshot_help", where=str(screenshot_dir(os.environ))),
            lambda: self.set_timer(0.1, self.action_screenshot),
        )
        if screen.maximized is not None:
            yield SystemCommand(tr(lang, "ui.palette.minimize"), "", screen.action_minimize)
        elif screen.focused is not None and screen.focused.allow_maximize:
            yield SystemCommand(tr(lang, "ui.palette.maximize"), "", screen.action_maximize)


def run(
    path: Path,
    lang: str = "id",
    rules_dirs: Iterable[Path] = (),
    planner: bool = False,
    stated: tuple[str | None, int | None, str | None] = (None, None, None),
) -> bool:
    """Run the interface; False when it stopped on an internal error (Textual has shown it)."""
    app = LkjipApp(path, lang, rules_dirs, planner, stated)
    app.run()
    return app.return_code in (None, 0)
