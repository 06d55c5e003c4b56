"""The header shared by every screen: the title, and the count of unsaved target edits.

The count has its own place at the header's right, outside the title: a long
title is cut with "…" at 80 columns, the count never is (the title gives way).
With nothing pending it keeps the room Textual's header keeps for its clock,
so the title stays centred as before.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import Header, Static
from textual.widgets._header import HeaderIcon, HeaderTitle  # the parts of Header, reused

from lkjip_tui.tui.base import PENDING_MARK, PENDING_STYLE, host, tr


class PendingCount(Static):
    """How many target edits are not saved, in every planner session of the app."""

    DEFAULT_CSS = """
    PendingCount {
        dock: right;
        width: auto;
        min-width: 10;
        padding: 0 1;
    }
    """

    shown = ""  # the count as last shown

    def on_mount(self) -> None:
        self.show_count()

    def show_count(self) -> None:
        app = host(self)
        n = sum(len(s.pending()) for s in app.plans.unsaved())
        text = f"{PENDING_MARK} " + tr(app.lang, "ui.planner.pending", n=n) if n else ""
        # Unchanged, it is not touched: an update lays the screen out again (every edit).
        if text != self.shown:
            self.shown = text
            self.update(Text(text, style=PENDING_STYLE))


class LkjipHeader(Header):
    """Textual's header with the unsaved-edit count where its clock would be."""

    def compose(self) -> ComposeResult:
        yield HeaderIcon().data_bind(Header.icon)
        yield PendingCount()
        yield HeaderTitle()
