"""SVG snapshots of the main screens at fixed sizes (pytest --snapshot-update rewrites them)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Select

from lkjip_tui.tui.app import LkjipApp
from tests.tui.conftest import SAMPLE_REL, settle
from tests.tui.test_portfolio import make_portfolio


async def enter(pilot: Pilot[None], field: Input, value: str) -> None:
    """Type a value into a field and press Enter (set whole: typing races the redraw)."""
    field.value = value
    field.focus()
    await pilot.press("enter")
    await settle(pilot)


class TestReviewView:
    def test_overview_80x24(self, workspace: Path, snap_compare: Any) -> None:
        assert snap_compare(LkjipApp(SAMPLE_REL), terminal_size=(80, 24), run_before=settle)

    def test_finding_selected_wide(self, workspace: Path, snap_compare: Any) -> None:
        async def select(pilot: Pilot[None]) -> None:
            await settle(pilot)
            await pilot.press("slash", *"300", "enter", "enter")
            await settle(pilot)

        assert snap_compare(LkjipApp(SAMPLE_REL), terminal_size=(150, 36), run_before=select)

    def test_english_errors_only(self, workspace: Path, snap_compare: Any) -> None:
        async def english(pilot: Pilot[None]) -> None:
            await settle(pilot)
            await pilot.press("l", "s")
            await settle(pilot)

        assert snap_compare(LkjipApp(SAMPLE_REL), terminal_size=(100, 30), run_before=english)


class TestPlannerView:
    def test_after_an_edit_and_a_refused_one(self, workspace: Path, snap_compare: Any) -> None:
        async def edit(pilot: Pilot[None]) -> None:
            await settle(pilot)
            screen = pilot.app.screen
            await enter(pilot, screen.query_one("#f-annual", Input), "1200")
            screen.query_one("#plan", DataTable).focus()
            await pilot.press("down", "down", "down", "down")
            await settle(pilot)
            screen.query_one("#f-breakdown", Select).value = "profile"
            await settle(pilot)
            await enter(pilot, screen.query_one("#f-q1", Input), "20")

        assert snap_compare(LkjipApp(SAMPLE_REL, planner=True), terminal_size=(110, 30), run_before=edit)


class TestPortfolioView:
    def test_grid(self, workspace: Path, snap_compare: Any) -> None:
        assert snap_compare(LkjipApp(make_portfolio(workspace)), terminal_size=(80, 24), run_before=settle)

    def test_trend(self, workspace: Path, snap_compare: Any) -> None:
        async def trend(pilot: Pilot[None]) -> None:
            await settle(pilot)
            await pilot.press("g")
            await settle(pilot)

        assert snap_compare(LkjipApp(make_portfolio(workspace)), terminal_size=(100, 24), run_before=trend)


class TestHelp:
    def test_help_lists_the_bindings(self, workspace: Path, snap_compare: Any) -> None:
        async def help_(pilot: Pilot[None]) -> None:
            await settle(pilot)
            await pilot.press("question_mark")
            await settle(pilot)

        assert snap_compare(LkjipApp(SAMPLE_REL), terminal_size=(80, 30), run_before=help_)
