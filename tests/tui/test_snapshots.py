"""SVG snapshots of every screen at 80×24, 100×30, 120×36 and 160×48, one class per screen
(pytest --snapshot-update rewrites them after an intended change)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Select

from lkjip_tui.tui.app import LkjipApp
from lkjip_tui.tui.tables import FitTable
from tests.conftest import ROOT
from tests.tui.conftest import SAMPLE_REL, settle
from tests.tui.test_escaping import hostile
from tests.tui.test_portfolio import add_a_gap_and_a_broken_file, make_portfolio, make_series_year

DRAFT = ROOT / "tests/drafts/bp3mi-sumbar-2023-tw2.txt"
SIZES = [(80, 24), (100, 30), (120, 36), (160, 48)]
sizes = pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])


async def enter(pilot: Pilot[None], field: Input, value: str) -> None:
    """Type a value into a field and press Enter (set whole: typing races the redraw)."""
    field.value = value
    field.focus()
    await pilot.press("enter")
    await settle(pilot)


@sizes
class TestReview:
    def test_overview(self, workspace: Path, snap_compare: Any, size: tuple[int, int]) -> None:
        assert snap_compare(LkjipApp(SAMPLE_REL), terminal_size=size, run_before=settle)

    def test_finding_jumped_to_in_its_table(
        self, workspace: Path, snap_compare: Any, size: tuple[int, int]
    ) -> None:
        async def select(pilot: Pilot[None]) -> None:
            await settle(pilot)
            await pilot.press("slash", *"300", "enter", "enter")
            await settle(pilot)

        assert snap_compare(LkjipApp(SAMPLE_REL), terminal_size=size, run_before=select)


@sizes
class TestNarrative:
    def test_a_drafts_sentences_with_a_finding_jumped_to(
        self, workspace: Path, snap_compare: Any, size: tuple[int, int]
    ) -> None:
        async def select(pilot: Pilot[None]) -> None:
            await settle(pilot)
            await pilot.press("slash", *"LKJ605", "enter", "enter")
            await settle(pilot)

        draft = workspace / "drafts" / DRAFT.name  # shown as a relative path, like the data
        draft.parent.mkdir()
        shutil.copy(DRAFT, draft)
        assert snap_compare(LkjipApp(Path("drafts", DRAFT.name)), terminal_size=size, run_before=select)


class TestReviewLanguage:
    def test_english_errors_only(self, workspace: Path, snap_compare: Any) -> None:
        async def english(pilot: Pilot[None]) -> None:
            await settle(pilot)
            await pilot.press("l", "s")
            await settle(pilot)

        assert snap_compare(LkjipApp(SAMPLE_REL), terminal_size=(100, 30), run_before=english)


@sizes
class TestPlanner:
    def test_after_an_edit_and_a_refused_one(
        self, workspace: Path, snap_compare: Any, size: tuple[int, int]
    ) -> None:
        async def edit(pilot: Pilot[None]) -> None:
            await settle(pilot)
            screen = pilot.app.screen
            await enter(pilot, screen.query_one("#f-annual", Input), "1250,5")
            screen.query_one("#plan", FitTable).focus()
            await pilot.press("down", "down", "down", "down")
            await settle(pilot)
            screen.query_one("#f-breakdown", Select).value = "profile"
            await settle(pilot)
            await enter(pilot, screen.query_one("#f-q1", Input), "20")

        assert snap_compare(LkjipApp(SAMPLE_REL, planner=True), terminal_size=size, run_before=edit)


@pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=["80x24", "120x36"])
class TestPlannerIssue17:
    def test_review_with_a_pending_edit(
        self, workspace: Path, snap_compare: Any, size: tuple[int, int]
    ) -> None:
        """The count of unsaved edits whole in the header, the title giving way."""

        async def edit(pilot: Pilot[None]) -> None:
            await settle(pilot)
            await enter(pilot, pilot.app.screen.query_one("#f-annual", Input), "1200")
            pilot.app.screen.query_one("#plan", FitTable).focus()
            await pilot.press("escape")
            await settle(pilot)

        assert snap_compare(LkjipApp(SAMPLE_REL, planner=True), terminal_size=size, run_before=edit)

    def test_a_cumulative_target(self, workspace: Path, snap_compare: Any, size: tuple[int, int]) -> None:
        """IKU5 (annual 50, cumulative): "s.d. TW II: 25", its quarters up to each."""

        async def iku5(pilot: Pilot[None]) -> None:
            await settle(pilot)
            pilot.app.screen.query_one("#plan", FitTable).focus()
            await pilot.press("down", "down", "down", "down")
            await settle(pilot)

        assert snap_compare(LkjipApp(SAMPLE_REL, planner=True), terminal_size=size, run_before=iku5)


@sizes
class TestPortfolio:
    def test_grid_with_a_gap_and_an_unreadable_file(
        self, workspace: Path, snap_compare: Any, size: tuple[int, int]
    ) -> None:
        data = make_portfolio(workspace)
        add_a_gap_and_a_broken_file(workspace)
        assert snap_compare(LkjipApp(data), terminal_size=size, run_before=settle)

    def test_trend(self, workspace: Path, snap_compare: Any, size: tuple[int, int]) -> None:
        data = make_portfolio(workspace)
        add_a_gap_and_a_broken_file(workspace)

        async def trend(pilot: Pilot[None]) -> None:
            await settle(pilot)
            await pilot.press("right", "g")
            await settle(pilot)

        assert snap_compare(LkjipApp(data), terminal_size=size, run_before=trend)

    def test_series_year(self, workspace: Path, snap_compare: Any, size: tuple[int, int]) -> None:
        """The annual report in its own column; IKU5's trend with the series findings on its line."""
        data = make_series_year(workspace)

        async def trend(pilot: Pilot[None]) -> None:
            await settle(pilot)
            await pilot.press("right", "g", "right", "right", "right", "right")
            await settle(pilot)

        assert snap_compare(LkjipApp(data), terminal_size=size, run_before=trend)


@sizes
class TestHelp:
    def test_help_over_the_review(self, workspace: Path, snap_compare: Any, size: tuple[int, int]) -> None:
        async def help_(pilot: Pilot[None]) -> None:
            await settle(pilot)
            await pilot.press("question_mark")
            await settle(pilot)

        assert snap_compare(LkjipApp(SAMPLE_REL), terminal_size=size, run_before=help_)


class TestDialogs:
    def test_export(self, workspace: Path, snap_compare: Any) -> None:
        async def export(pilot: Pilot[None]) -> None:
            await settle(pilot)
            await pilot.press("s", "x")
            await settle(pilot)

        assert snap_compare(LkjipApp(SAMPLE_REL), terminal_size=(80, 24), run_before=export)

    def test_waiver(self, workspace: Path, snap_compare: Any, monkeypatch: pytest.MonkeyPatch) -> None:
        from lkjip_tui.tui import waiver

        monkeypatch.setattr(waiver, "who", lambda env: "A. Rahman")  # not the machine's user

        async def waive(pilot: Pilot[None]) -> None:
            await settle(pilot)
            await pilot.press("f", "w")
            await settle(pilot)
            pilot.app.screen.query_one("#w-expires", Input).value = "2024-02-30"
            await pilot.press("enter")
            await settle(pilot)

        assert snap_compare(LkjipApp(SAMPLE_REL), terminal_size=(80, 24), run_before=waive)

    def test_quit_with_unsaved_edits(self, workspace: Path, snap_compare: Any) -> None:
        async def quit_(pilot: Pilot[None]) -> None:
            await settle(pilot)
            await enter(pilot, pilot.app.screen.query_one("#f-annual", Input), "1200")
            await pilot.press("escape", "escape")
            await settle(pilot)
            await pilot.press("q")
            await settle(pilot)

        assert snap_compare(LkjipApp(SAMPLE_REL, planner=True), terminal_size=(80, 24), run_before=quit_)

    def test_quit_with_a_value_typed_and_not_applied(self, workspace: Path, snap_compare: Any) -> None:
        async def quit_(pilot: Pilot[None]) -> None:
            await settle(pilot)
            field = pilot.app.screen.query_one("#f-annual", Input)
            field.value = "1200"  # and no Enter
            field.focus()
            await pilot.press("ctrl+q")
            await settle(pilot)

        assert snap_compare(LkjipApp(SAMPLE_REL, planner=True), terminal_size=(80, 24), run_before=quit_)


class TestEscaping:
    def test_a_report_with_terminal_escapes_and_markup(self, workspace: Path, snap_compare: Any) -> None:
        hostile(workspace)
        assert snap_compare(LkjipApp(SAMPLE_REL), terminal_size=(80, 24), run_before=settle)
