from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from lkjip_tui.tui.app import LkjipApp
from tests.conftest import ROOT

SAMPLE_REL = Path("data/bp3mi-sumbar/2023-tw2.yaml")


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the repository's data and rules, as the working directory (edits stay here)."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    monkeypatch.chdir(tmp_path)
    yield tmp_path


async def settle(pilot: Pilot[None]) -> None:
    """Wait until no check is running and every screen shows its results; stop cursors
    blinking (for snapshots)."""
    app = pilot.app
    for _ in range(500):
        await pilot.pause()
        await app.workers.wait_for_complete()
        if not any(getattr(s, "busy", False) for s in app.screen_stack):
            break
    for widget in app.screen.query(Input):
        widget.cursor_blink = False
    await pilot.pause()
    await pilot.pause()


def app_for(path: Path, **kw: object) -> LkjipApp:
    return LkjipApp(path, **kw)  # type: ignore[arg-type]


def screen_text(app: LkjipApp) -> list[str]:
    """The screen as a user reads it: its lines of text, as Textual composes them
    (the same rendering `export_screenshot` writes as SVG)."""
    import io

    from rich.console import Console

    width, height = app.size
    console = Console(width=width, height=height, file=io.StringIO(), record=True, legacy_windows=False)
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    return console.export_text().splitlines()
