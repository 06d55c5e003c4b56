"""Textual's command palette, speaking the app's language.

Textual writes its palette's prompt and its "No matches found" in English;
the prompt is a parameter, the other is not, so `_start_no_matches_countdown`
is Textual's own (textual 8.2, pinned in pyproject) with the text translated.
A test opens the palette in Indonesian and reads both.
"""

from __future__ import annotations

from typing import Any

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette
from textual.widgets.option_list import Option

from lkjip_tui.tui.base import tr


class Palette(CommandPalette):
    def __init__(self, lang: str, placeholder_key: str = "ui.palette.search", **kwargs: Any) -> None:
        super().__init__(placeholder=tr(lang, placeholder_key), **kwargs)
        self.lang = lang

    def _start_no_matches_countdown(self, search_value: str) -> None:
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(
                        Align.center(Text(tr(self.lang, "ui.palette.none"), style="not bold")),
                        disabled=True,
                        id=self._NO_MATCHES,
                    )
                )
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
