"""What every screen shares: the app it talks to, language, marks and small formatting.

Screens never import each other. They reach the rest of the interface through
the app (`host(self)`: open another screen, the shared engine and planner
session) or through Textual messages.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from textual.dom import DOMNode

from lkjip_tui import messages
from lkjip_tui.engine import Engine, FileResult
from lkjip_tui.values.msg import Msg

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan", "ok": "green"}
MARK = {"error": "✗", "warning": "!", "info": "i", "ok": "✓"}


class Host(Protocol):
    """The app, as screens see it."""

    lang: str
    engine: Engine
    planner_session: Any  # the planner's editing session, when one is open

    def take_prefetch(self, path: Path, wait: float | None = None) -> FileResult | None: ...

    def open_review(self, path: Path, on_close: Any = None) -> None: ...

    def open_planner(self, review: Any) -> None: ...

    def open_trend(self, directory: Path, unit: str, iku: str, entries: Any = None) -> None: ...


def host(node: DOMNode) -> Host:
    """The running lkjip app, typed, for a screen or widget of it."""
    app: Any = node.app
    return app  # type: ignore[no-any-return]


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


def stamp(paths: list[Path]) -> tuple[float, ...]:
    """When the files last changed, to notice edits made outside."""
    out = []
    for p in paths:
        try:
            out.append(p.stat().st_mtime)
        except OSError:
            out.append(-1.0)
    return tuple(out)


def short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def level(v: Decimal | tuple[Decimal, Decimal] | None, lang: str) -> str:
    """A target level from the rules: a value, or a range lo–hi."""
    if v is None:
        return "–"
    if isinstance(v, tuple):
        return f"{messages.number(v[0], lang)}–{messages.number(v[1], lang)}"
    return messages.number(v, lang)
