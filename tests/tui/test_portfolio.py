"""The portfolio of a directory: units × quarters, drilling into a report, trends."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.widgets import DataTable, Static

from lkjip_tui.engine import Engine
from lkjip_tui.planning.portfolio import periods, scan, trend, units
from lkjip_tui.tui.app import LkjipApp
from lkjip_tui.tui.portfolio import PortfolioScreen, TrendScreen
from lkjip_tui.tui.review import ReviewScreen
from tests.conftest import MINIMAL, ROOT
from tests.tui.conftest import SAMPLE_REL, settle


def make_portfolio(workspace: Path) -> Path:
    """Two quarters of the sample unit and one report of a second unit."""
    shutil.copytree(ROOT / "tests" / "cases" / "rules" / "contoh", workspace / "rules" / "contoh")
    tw1 = SAMPLE_REL.read_text("utf-8").replace("quarter: TW II", "quarter: TW I")
    # IKU1's realisasi in TW I: 120 in Tabel 1, Tabel 8 and the narrative.
    tw1 = tw1.replace("        realisasi: 142\n", "        realisasi: 120\n")
    tw1 = tw1.replace('IKU1.realisasi: {value: "142"', 'IKU1.realisasi: {value: "120"')
    (workspace / "data" / "bp3mi-sumbar" / "2023-tw1.yaml").write_text(tw1, "utf-8")
    (workspace / "data" / "contoh").mkdir()
    (workspace / "data" / "contoh" / "2023-tw2.yaml").write_text(MINIMAL, "utf-8")
    return Path("data")


def test_scan_and_trend(workspace: Path) -> None:
    entries = scan(make_portfolio(workspace), Engine())
    assert units(entries) == ["bp3mi-sumbar", "contoh"]
    assert periods(entries) == [(2023, 1), (2023, 2)]
    tw2 = next(e for e in entries if (e.unit, e.quarter) == ("bp3mi-sumbar", 2))
    assert tw2.counts == {"error": 47, "warning": 23, "info": 0}
    points = trend(entries, "bp3mi-sumbar", "IKU1")
    assert [(p.quarter, p.realisasi, p.target) for p in points] == [(1, 120, 375), (2, 142, 375)]


def test_scan_places_files_it_cannot_check(workspace: Path) -> None:
    data = make_portfolio(workspace)
    # A unit with no rules: its header still places it in the grid, with the error.
    (workspace / "data" / "tanpa-aturan").mkdir()
    no_rules = MINIMAL.replace("unit: contoh", "unit: tanpa-aturan")
    (workspace / "data" / "tanpa-aturan" / "2023-tw2.yaml").write_text(no_rules, "utf-8")
    # Not YAML at all: placed under its folder's name.
    (workspace / "data" / "rusak").mkdir()
    (workspace / "data" / "rusak" / "2023-tw1.yaml").write_text("lkjip: 1\nunit: [oops\n", "utf-8")
    entries = {e.unit: e for e in scan(data, Engine())}
    assert (entries["tanpa-aturan"].year, entries["tanpa-aturan"].quarter) == (2023, 2)
    assert entries["tanpa-aturan"].error is not None and entries["tanpa-aturan"].rows == []
    assert entries["rusak"].year == 0 and entries["rusak"].error is not None
    assert entries["contoh"].error is None and entries["contoh"].rows


async def test_portfolio_grid_drill_down_and_trend(workspace: Path) -> None:
    app = LkjipApp(make_portfolio(workspace))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, PortfolioScreen)
        grid = screen.query_one("#portfolio", DataTable)
        assert [c.key.value for c in grid.ordered_columns] == ["unit", "2023-1", "2023-2"]
        assert str(grid.get_cell("bp3mi-sumbar", "2023-2")) == "✗47 !23"
        assert str(grid.get_cell("contoh", "2023-1")) == ""
        grid.focus()
        await pilot.press("right", "right", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen) and app.screen.path.name == "2023-tw2.yaml"
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, PortfolioScreen)
        await pilot.press("g")
        await settle(pilot)
        trend_screen = app.screen
        assert isinstance(trend_screen, TrendScreen)
        chart = str(trend_screen.query_one("#trend-chart", Static).render())
        assert "2023 TW I " in chart and "2023 TW II" in chart and "120 / 375" in chart
