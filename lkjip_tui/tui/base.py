"""What every screen shares: the app it talks to, language, marks and small formatting.

Screens never import each other. They reach the rest of the interface through
the app (`host(self)`: open another screen, the shared engine and the planner
sessions, which hold every pending edit) or through Textual messages.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from rich.text import Text
from textual.binding import Binding
from textual.dom import DOMNode

from lkjip_tui import messages
from lkjip_tui.engine import Engine, FileResult
from lkjip_tui.planning.targets import Sessions
from lkjip_tui.values.interval import Interval
from lkjip_tui.values.limits import MAX_DECIMALS
from lkjip_tui.values.msg import Msg
from lkjip_tui.values.numbers import format_decimal
from lkjip_tui.values.visible import visible

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan", "ok": "green"}
MARK = {"error": "✗", "warning": "!", "info": "i", "ok": "✓"}
PENDING_STYLE = "bold magenta"
PENDING_MARK = "●"
SELECTED_STYLE = "reverse"


class Host(Protocol):
    """The app, as screens see it."""

    lang: str
    engine: Engine
    plans: Sessions  # every planner session: what is pending, for every screen

    def take_prefetch(self, path: Path, wait: float | None = None) -> FileResult | None: ...

    def open_review(self, path: Path, on_close: Any = None) -> None: ...

    def open_planner(self, result: FileResult) -> None: ...

    def open_trend(self, directory: Path, unit: str, iku: str, entries: Any = None) -> None: ...

    def show_pending(self) -> None: ...


def host(node: DOMNode) -> Host:
    """The running lkjip app, typed, for a screen or widget of it."""
    app: Any = node.app
    return app  # type: ignore[no-any-return]


def tr(lang: str, key: str, /, **args: Any) -> str:
    """A UI string in the current language."""
    return messages.render(Msg(key, args), lang)


def binding_text(b: Binding, lang: str) -> str | None:
    """An lkjip binding's description in a language; None for Textual's own bindings."""
    source = getattr(b, "_lkjip_key", None) or b.description
    return messages.text_for(source, lang) if source.startswith("key.") else None


_KEY_NAMES = {
    "enter": "Enter",
    "escape": "Esc",
    "tab": "Tab",
    "shift+tab": "Shift+Tab",
    "left": "←",
    "right": "→",
}


def key_name(node: DOMNode, b: Binding) -> str:
    """A binding's key as the help writes it: Enter, Esc, ctrl+p, shift+n, ?, /."""
    if b.key in _KEY_NAMES:
        return _KEY_NAMES[b.key]
    return b.key if "+" in b.key else node.app.get_key_display(b)


def localize_bindings(node: DOMNode, lang: str) -> None:
    """Show key descriptions in the current language (descriptions are message keys)."""
    bindings = node._bindings  # Textual keeps a per-node copy of its bindings
    for key, items in list(bindings.key_to_bindings.items()):
        new = []
        for b in items:
            text = binding_text(b, lang)
            if text is not None:
                source = getattr(b, "_lkjip_key", None) or b.description
                b = dataclasses.replace(b, description=text)
                object.__setattr__(b, "_lkjip_key", source)
            new.append(b)
        bindings.key_to_bindings[key] = new


def localize_tree(screen: DOMNode, lang: str) -> None:
    """The bindings of a screen and of every widget on it, in the current language."""
    localize_bindings(screen, lang)
    for widget in screen.query("*"):
        localize_bindings(widget, lang)


def legend(lang: str, pending: bool = False, selected: bool = True) -> Text:
    """What the marks and colours mean, in one line."""
    out = Text()
    if pending:
        out.append(f"{PENDING_MARK} {tr(lang, 'ui.legend.pending')}", style=PENDING_STYLE)
        out.append("  ")
    for severity in ("error", "warning", "info", "ok"):
        label = tr(lang, "ui.status.ok") if severity == "ok" else messages.text_for(f"sev.{severity}", lang)
        out.append(f"{MARK[severity]} {label}", style=SEVERITY_STYLE[severity])
        out.append("  ")
    if selected:
        out.append(tr(lang, "ui.legend.selected"), style=SELECTED_STYLE)
    out.rstrip()
    return out


def literal(text: str, style: str = "") -> Text:
    """Text from an input (a draft, a data or rules file, what was typed) as the interface
    shows it: literally, never read as Rich markup ("[bold]", "[/]"), with its control
    characters escaped as the text outputs escape them ("\\x1b"), so that no escape
    sequence of a hostile draft reaches the terminal."""
    return Text(visible(text), style=style)


def literal_spans(text: str) -> tuple[Text, list[int]]:
    """`literal(text)`, with where each character of `text` (and its end) now starts, to
    style spans found in the original (an escape is longer than its character)."""
    out = visible(text)
    if out == text:
        return Text(out), list(range(len(text) + 1))
    starts, at = [], 0
    for ch in text:
        starts.append(at)
        at += len(visible(ch))
    starts.append(at)
    return Text(out), starts


def findings_mark(status: str, count: int) -> Text:
    """An IKU's findings: the worst one's mark and how many there are."""
    return Text(f"{MARK[status]} {count}" if count else MARK["ok"], style=SEVERITY_STYLE[status])


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


Level = Decimal | tuple[Decimal, Decimal]


def places_for(values: Iterable[Level | None], declared: int | None) -> int:
    """The decimals to print a row of targets with: the declared rounding, else as
    many as the most precise value needs, so a row's values line up (312,625 ×4)."""
    if declared is not None:
        return declared
    most = 0
    for v in values:
        for d in v if isinstance(v, tuple) else (v,):
            if d is not None and d != d.to_integral_value():
                exponent = d.normalize().as_tuple().exponent
                most = max(most, -exponent if isinstance(exponent, int) else 0)
    return min(most, MAX_DECIMALS)


def level(v: Level | None, lang: str, places: int | None = None) -> str:
    """A target level from the rules: a value, or a range lo–hi; with `places` decimals."""
    if v is None:
        return "–"
    if places is None:
        if isinstance(v, tuple):
            return f"{messages.number(v[0], lang)}–{messages.number(v[1], lang)}"
        return messages.number(v, lang)
    if isinstance(v, tuple):
        return f"{format_decimal(v[0], lang, places)}–{format_decimal(v[1], lang, places)}"
    return format_decimal(v, lang, places)


def capaian_text(value: Interval | str | None, lang: str) -> str:
    """A computed capaian: its interval, or why there is none."""
    if isinstance(value, Interval):
        return messages.arg(value, lang) + "%"
    if value == "not_measured":
        return tr(lang, "ui.not_measured")
    if value:
        return tr(lang, "ui.undefined")
    return "–"
