"""What every screen shares: the help, the command palette, screenshots, the language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.command import CommandInput, CommandList
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Static

from lkjip_tui import messages
from lkjip_tui.tui.app import LkjipApp, screenshot_dir
from lkjip_tui.tui.base import binding_text, key_name
from lkjip_tui.tui.dialogs import HelpScreen
from lkjip_tui.tui.palette import Palette
from lkjip_tui.tui.portfolio import TrendScreen
from tests.tui.conftest import SAMPLE_REL, settle
from tests.tui.test_portfolio import make_portfolio

SIZE = (100, 30)


def every_binding(app: LkjipApp, screen: Screen[Any], lang: str) -> set[tuple[str, str]]:
    """(key as displayed, what it does) for each lkjip binding of the screen, its widgets
    and the app — gathered independently of the help screen's own code."""
    out = set()
    for node in (screen, *screen.query("*"), app):
        for _, b in node._bindings:
            text = binding_text(b, lang)
            if text is not None:
                out.add((key_name(app, b), text))
    return out


async def open_screen(pilot: Pilot[None], name: str) -> None:
    await settle(pilot)
    if name == "planner":
        await pilot.press("p")
    elif name == "trend":
        await pilot.press("g")
    await settle(pilot)


@pytest.mark.parametrize(("where", "name"), [("file", "review"), ("file", "planner"), ("dir", "portfolio")])
async def test_help_lists_every_binding_of_the_screen(workspace: Path, where: str, name: str) -> None:
    path = SAMPLE_REL if where == "file" else make_portfolio(workspace)
    app = LkjipApp(path)
    async with app.run_test(size=(120, 50)) as pilot:
        await open_screen(pilot, name)
        screen = app.screen
        expected = every_binding(app, screen, "id")
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        lines = str(app.screen.query_one("#help-text", Static).render()).splitlines()
        for key, text in expected:
            assert any(key in line and line.rstrip().endswith(text) for line in lines), (key, text)
        # The keys the issue found missing: Enter (in the lists) and the command palette.
        help_text = "\n".join(lines)
        assert "ctrl+p" in help_text and "Palet" in help_text
        assert "Enter" in help_text
        assert "✗ galat" in help_text and "● belum disimpan" in help_text  # the legend


async def test_help_of_the_trend(workspace: Path) -> None:
    app = LkjipApp(make_portfolio(workspace))
    async with app.run_test(size=(120, 50)) as pilot:
        await open_screen(pilot, "trend")
        assert isinstance(app.screen, TrendScreen)
        expected = every_binding(app, app.screen, "id")
        app.push_screen(HelpScreen())
        await pilot.pause()
        text = str(app.screen.query_one("#help-text", Static).render())
        assert all(key in text and what in text for key, what in expected)
        assert "IKU berikut" in text


async def test_the_command_palette_speaks_indonesian(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        palette = app.screen
        assert isinstance(palette, Palette)
        assert palette.query_one(CommandInput).placeholder == "Cari perintah…"
        await pilot.pause(0.3)
        listed = [str(o.prompt) for o in palette.query_one(CommandList).options]
        text = "\n".join(listed)
        for command in ("Keluar", "Bantuan", "Tren", "Ekspor", "Pilih tema", "Tangkapan layar"):
            assert command in text, command
        for english in ("Quit", "Keys", "Screenshot", "Change the current theme"):
            assert english not in text, english
        await pilot.press(*"zzzqqq")
        await pilot.pause(1.0)
        listed = [str(o.prompt) for o in palette.query_one(CommandList).options]
        assert any("Tidak ada yang cocok" in p for p in listed)
        assert not any("No matches" in p for p in listed)
        # And its commands run.
        palette.query_one(CommandInput).value = ""
        await pilot.press(*"Tren")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, TrendScreen)


def test_screenshots_go_to_the_pictures_dir_or_the_working_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert screenshot_dir({}) == tmp_path
    assert screenshot_dir({"XDG_PICTURES_DIR": str(tmp_path / "absent")}) == tmp_path
    pictures = tmp_path / "Gambar"
    pictures.mkdir()
    monkeypatch.setenv("HOME", str(tmp_path))
    assert screenshot_dir({"XDG_PICTURES_DIR": "$HOME/Gambar"}) == pictures


async def test_a_screenshot_is_saved_and_its_path_reported(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_PICTURES_DIR", raising=False)
    monkeypatch.setenv("HOME", str(workspace / "home-without-downloads"))
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.action_screenshot()
        await pilot.pause()
        shots = sorted(workspace.glob("lkjip-*.svg"))
        assert len(shots) == 1 and "<svg" in shots[0].read_text("utf-8")
        assert any(
            shots[0].name in str(n.message) and "disimpan" in str(n.message) for n in app._notifications
        )
        app.action_screenshot(path=str(workspace / "no" / "such" / "dir"))
        await pilot.pause()
        assert any("tidak dapat disimpan" in str(n.message) for n in app._notifications)


def test_every_ui_text_is_in_both_languages() -> None:
    import re

    package = Path(messages.__file__).parent.parent / "tui"
    used = set()
    for path in package.glob("*.py"):
        used |= set(re.findall(r"""["']((?:ui|key)\.[a-z_.]+[a-z_])["']""", path.read_text("utf-8")))
    # Keys built from parts: the help titles of widgets, breakdowns, editor sources.
    prefixes = ("ui.help.widget.", "ui.breakdown.", "ui.editor.from_")
    missing = sorted(k for k in used if k not in messages.M and not k.startswith(prefixes))
    assert missing == []
    for key in messages.M:
        if key.startswith(("ui.", "key.")):
            id_text, en_text = messages.M[key]
            assert id_text and en_text, key
