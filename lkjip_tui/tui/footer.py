"""The key footer shared by every screen."""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widgets import Footer


class KeyFooter(Footer):
    """Textual's footer, rebuilt once per refresh however often the bindings change
    (focus moves several times while a screen starts, and each move rebuilt it)."""

    _pending = False

    NARROW = 100  # below this the palette's key is left to the help screen

    def __init__(self) -> None:
        # Compact, and without the palette's key when narrow: at 80 columns the keys
        # that matter (q, ?) still fit.
        super().__init__(compact=True)

    def on_resize(self) -> None:
        wide = self.app.size.width >= self.NARROW
        if wide != self.show_command_palette:
            self.show_command_palette = wide
            self.call_after_refresh(self.recompose)

    def bindings_changed(self, screen: Screen[Any]) -> None:
        if not self._pending:
            self._pending = True
            self.call_after_refresh(self._rebuild, screen)

    def _rebuild(self, screen: Screen[Any]) -> None:
        self._pending = False
        super().bindings_changed(screen)
