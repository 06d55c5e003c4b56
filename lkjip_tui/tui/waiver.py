"""Accepting a finding knowingly: the dialog that asks why, who, and until when.

The review screen writes what it answers with `engine.waivers.write_waiver`,
the same atomic, comment-keeping write the command line's waivers get.
"""

from __future__ import annotations

import datetime
import os
import re
import subprocess
from collections.abc import Mapping

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, Static

from lkjip_tui.tui.base import host, literal, localize_bindings, tr
from lkjip_tui.tui.dialogs import FormDialog
from lkjip_tui.tui.footer import KeyFooter

Answer = tuple[str, str, datetime.date | None]  # justification, by, expires
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def who(env: Mapping[str, str]) -> str:
    """Who is accepting, as a first guess: git's user.name, else the login name."""
    try:
        out = subprocess.run(
            ["git", "config", "user.name"], capture_output=True, text=True, timeout=1, check=False
        )
        if out.returncode == 0 and out.stdout.strip():
            return out.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    return env.get("USER") or env.get("USERNAME") or ""


def parse_expiry(text: str, today: datetime.date) -> tuple[datetime.date | None, str | None]:
    """An expiry date as typed: (date or None for none, or the message key of what is wrong).
    A date already past is refused: the waiver would expire (LKJ002) at once."""
    text = text.strip()
    if not text:
        return None, None
    if not _ISO.fullmatch(text):
        return None, "ui.waiver.bad_date"
    try:
        date = datetime.date.fromisoformat(text)
    except ValueError:
        return None, "ui.waiver.bad_date"
    if date < today:
        return None, "ui.waiver.past"
    return date, None


class WaiverScreen(FormDialog[Answer]):
    """Why the finding is accepted (required), who accepts it (required), until when (optional)."""

    BINDINGS = [Binding("escape", "dismiss(None)", "key.cancel")]
    FIELDS = ("w-reason", "w-by", "w-expires")

    def __init__(self, title: str, today: datetime.date) -> None:
        super().__init__()
        self.title_text = title
        self.today = today

    def compose(self) -> ComposeResult:
        lang = host(self).lang
        with Vertical(id="waiver"):
            yield Static(literal(self.title_text), id="w-title")  # quotes the finding's place
            yield Static(tr(lang, "ui.waiver.note"), classes="note")
            # Compact fields: the dialog, its buttons too, fits 80×24 over the review.
            yield Label(tr(lang, "ui.waiver.reason"))
            yield Input(id="w-reason", compact=True)
            yield Static("", id="w-reason-error", classes="field-error")
            yield Label(tr(lang, "ui.waiver.by"))
            yield Input(who(os.environ), id="w-by", compact=True)
            yield Static("", id="w-by-error", classes="field-error")
            yield Label(tr(lang, "ui.waiver.expires"))
            yield Input(placeholder=tr(lang, "ui.waiver.date_format"), id="w-expires", compact=True)
            yield Static("", id="w-expires-error", classes="field-error")
            with Horizontal(classes="buttons"):
                yield Button(tr(lang, "ui.waiver.write"), id="write", variant="primary", compact=True)
                yield Button(tr(lang, "key.cancel"), id="cancel", compact=True)
        yield KeyFooter()

    def on_mount(self) -> None:
        localize_bindings(self, host(self).lang)
        self.query_one("#w-reason", Input).focus()

    def show_error(self, field: str, error: str | None, **args: str) -> None:
        text = tr(host(self).lang, error, **args) if error else ""
        self.query_one(f"#{field}", Input).set_class(bool(error), "-invalid")
        error_line = self.query_one(f"#{field}-error", Static)
        error_line.update(literal(text))
        error_line.display = bool(error)

    def finish(self) -> None:
        """Dismiss with the answer when every field is usable, else say what is wrong at the field."""
        reason, by, expires_text = (self.query_one(f"#{f}", Input).value.strip() for f in self.FIELDS)
        expires, date_error = parse_expiry(expires_text, self.today)
        errors = {
            "w-reason": None if reason else "ui.waiver.required",
            "w-by": None if by else "ui.waiver.required",
            "w-expires": date_error,
        }
        for field, error in errors.items():
            self.show_error(field, error, text=expires_text)
        wrong = [f for f in self.FIELDS if errors[f]]
        if wrong:
            self.query_one(f"#{wrong[0]}", Input).focus()
            return
        self.dismiss((reason, by, expires))
