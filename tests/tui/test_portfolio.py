"""The portfolio of a directory: units × quarters, drilling into a report, trends."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.widgets import Static

from lkjip_tui.engine import Engine
from lkjip_tui.planning.portfolio import periods, scan, trend, unit_names, units
from lkjip_tui.tui.app import LkjipApp
from lkjip_tui.tui.header import PendingCount
from lkjip_tui.tui.portfolio import PortfolioScreen, PortfolioTable, TrendScreen
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


def add_a_gap_and_a_broken_file(workspace: Path) -> None:
    """TW IV of the sample unit (so TW III is missing) and a file that is not YAML."""
    tw4 = SAMPLE_REL.read_text("utf-8").replace("quarter: TW II", "quarter: TW IV")
    (workspace / "data" / "bp3mi-sumbar" / "2023-tw4.yaml").write_text(tw4, "utf-8")
    (workspace / "data" / "rusak").mkdir()
    (workspace / "data" / "rusak" / "2023-tw1.yaml").write_text("lkjip: 1\nunit: [oops\n", "utf-8")


def test_scan_and_trend(workspace: Path) -> None:
    entries = scan(make_portfolio(workspace), Engine())
    assert units(entries) == ["bp3mi-sumbar", "contoh"]
    assert unit_names(entries)["bp3mi-sumbar"] == "BP3MI Sumatera Barat"
    assert periods(entries) == [(2023, 1), (2023, 2)]
    tw2 = next(e for e in entries if (e.unit, e.quarter) == ("bp3mi-sumbar", 2))
    assert tw2.counts == {"error": 46, "warning": 24, "info": 0}
    points = trend(entries, "bp3mi-sumbar", "IKU1")
    assert [(p.quarter, p.realisasi, p.target) for p in points] == [(1, 120, 375), (2, 142, 375)]


def test_missing_quarters_are_gaps_not_nothing(workspace: Path) -> None:
    data = make_portfolio(workspace)
    add_a_gap_and_a_broken_file(workspace)
    entries = scan(data, Engine())
    assert periods(entries) == [(2023, 1), (2023, 2), (2023, 3), (2023, 4)]
    points = trend(entries, "bp3mi-sumbar", "IKU1")
    assert [(p.quarter, p.present) for p in points] == [(1, True), (2, True), (3, False), (4, True)]
    assert points[2].realisasi is None


def test_scan_places_files_it_cannot_check(workspace: Path) -> None:
    data = make_portfolio(workspace)
    # A unit with no rules: its header still places it in the grid, with the error.
    (workspace / "data" / "tanpa-aturan").mkdir()
    no_rules = MINIMAL.replace("unit: contoh", "unit: tanpa-aturan")
    (workspace / "data" / "tanpa-aturan" / "2023-tw2.yaml").write_text(no_rules, "utf-8")
    # Not YAML at all: placed under its folder's name, and its file name's quarter.
    (workspace / "data" / "rusak").mkdir()
    (workspace / "data" / "rusak" / "2023-tw1.yaml").write_text("lkjip: 1\nunit: [oops\n", "utf-8")
    (workspace / "data" / "rusak" / "catatan.yaml").write_text("[", "utf-8")
    entries = {(e.unit, e.path.name): e for e in scan(data, Engine())}
    no_rules_entry = entries[("tanpa-aturan", "2023-tw2.yaml")]
    assert (no_rules_entry.year, no_rules_entry.quarter) == (2023, 2)
    assert no_rules_entry.error is not None and no_rules_entry.error.key == "err.no_rules"
    assert no_rules_entry.rows == []
    broken = entries[("rusak", "2023-tw1.yaml")]
    assert (broken.year, broken.quarter) == (2023, 1) and broken.error is not None
    assert (broken.error.line, broken.error.column) != (0, 0)
    # A file that is no lkjip data file (no `lkjip:` first) is no part of the portfolio.
    assert not any(name == "catatan.yaml" for _, name in entries)
    assert entries[("contoh", "2023-tw2.yaml")].error is None


async def test_portfolio_grid_drill_down_and_trend(workspace: Path) -> None:
    app = LkjipApp(make_portfolio(workspace))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, PortfolioScreen)
        grid = screen.query_one("#portfolio", PortfolioTable)
        assert [c.key.value for c in grid.ordered_columns] == ["unit", "2023-1", "2023-2"]
        assert grid.cell_text("bp3mi-sumbar", "unit") == "BP3MI Sumatera Barat"  # the name, from the rules
        assert grid.cell_text("bp3mi-sumbar", "2023-2") == "✗46 !24"
        assert grid.cell_text("contoh", "2023-1") == ""  # no file: an empty cell
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
        assert "BP3MI Sumatera Barat" in str(trend_screen.query_one("#trend-title", Static).render())


async def test_unreadable_files_are_labelled_with_their_error(workspace: Path) -> None:
    data = make_portfolio(workspace)
    add_a_gap_and_a_broken_file(workspace)
    app = LkjipApp(data)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        grid = screen.query_one("#portfolio", PortfolioTable)
        assert [c.key.value for c in grid.ordered_columns] == ["unit", "2023-1", "2023-2", "2023-3", "2023-4"]
        assert grid.cell_text("bp3mi-sumbar", "2023-3") == ""  # the missing quarter, shown as a gap
        assert grid.cell_text("rusak", "2023-1") == "✗ tak terbaca"
        assert "1 berkas tak terbaca" in screen.sub_title
        grid.focus()
        rows = [r.key.value for r in grid.ordered_rows]
        grid.move_cursor(row=rows.index("rusak"), column=1)
        await pilot.pause()
        note = str(screen.query_one("#portfolio-note", Static).render())
        assert "data/rusak/2023-tw1.yaml:3:1: YAML" in note
        await pilot.press("enter")  # nothing to open
        await pilot.pause()
        assert app.screen is screen
        # The trend marks the quarter without data.
        grid.move_cursor(row=rows.index("bp3mi-sumbar"), column=1)
        await pilot.press("g")
        await settle(pilot)
        chart = str(app.screen.query_one("#trend-chart", Static).render())
        assert "2023 TW III" in chart and "tidak ada data" in chart


async def test_quitting_from_the_portfolio_asks_about_edits_made_below_it(workspace: Path) -> None:
    from textual.widgets import Input

    from lkjip_tui.tui.dialogs import ConfirmScreen
    from lkjip_tui.tui.planner import PlannerScreen

    app = LkjipApp(make_portfolio(workspace))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.screen.query_one("#portfolio", PortfolioTable).focus()
        await pilot.press("right", "right", "enter")  # the sample's TW II
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        planner = app.screen
        assert isinstance(planner, PlannerScreen)
        field = planner.query_one("#f-annual", Input)
        field.value = "1200"
        field.focus()
        await pilot.press("enter")
        await settle(pilot)
        planner.query_one("#plan").focus()
        await pilot.press("escape", "escape")  # to the review, to the portfolio
        await settle(pilot)
        assert isinstance(app.screen, PortfolioScreen)
        # The grid counts with the pending edit: the same findings every screen shows.
        assert (
            app.screen.query_one("#portfolio", PortfolioTable).cell_text("bp3mi-sumbar", "2023-2")
            == "✗56 !24"
        )
        assert str(app.screen.query_one(PendingCount).render()) == "● 1 perubahan belum disimpan"
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)


def make_series_year(workspace: Path) -> Path:
    """The generated year of the sample's unit (TW I–IV, the annual report, the slips) as the data."""
    from tests.series.year import write_year

    shutil.rmtree(workspace / "data")
    shutil.rmtree(workspace / "rules")
    write_year(workspace)
    return Path("data")


def test_an_annual_report_has_its_own_column(workspace: Path) -> None:
    from lkjip_tui.planning.portfolio import ANNUAL

    entries = scan(make_series_year(workspace), Engine())
    assert periods(entries) == [
        (2022, 2),
        (2022, 3),
        (2022, 4),
        (2023, 1),
        (2023, 2),
        (2023, 3),
        (2023, 4),
        (2023, ANNUAL),
    ]
    annual = next(e for e in entries if e.path.name == "2023-tahunan.yaml")
    tw4 = next(e for e in entries if e.path.name == "2023-tw4.yaml")
    assert (annual.year, annual.quarter) == (2023, ANNUAL) and (tw4.year, tw4.quarter) == (2023, 4)
    points = trend(entries, "bp3mi-sumbar", "IKU5")
    assert [(p.quarter, p.realisasi) for p in points if p.year == 2023] == [
        (1, 10),
        (2, 25),
        (3, 22),
        (4, 52),
        (ANNUAL, 50),
    ]
    # the series findings on IKU5's line: the fall at TW III, the annual report not TW IV's
    assert {(p.quarter, f.code) for p in points for f in p.findings} == {(3, "LKJ802"), (ANNUAL, "LKJ803")}


async def test_the_trend_shows_the_series_findings_on_the_line(workspace: Path) -> None:
    app = LkjipApp(make_series_year(workspace))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        grid = app.screen.query_one("#portfolio", PortfolioTable)
        assert [c.key.value for c in grid.ordered_columns][-2:] == ["2023-4", "2023-5"]
        assert str(grid.ordered_columns[-1].label).endswith("Tahunan")
        grid.focus()
        await pilot.press("g")
        await settle(pilot)
        trend_screen = app.screen
        assert isinstance(trend_screen, TrendScreen)
        for _ in range(4):  # IKU1 → IKU5
            await pilot.press("right")
        await settle(pilot)
        assert trend_screen.iku == "IKU5"
        chart = str(trend_screen.query_one("#trend-chart", Static).render())
        lines = chart.splitlines()
        assert any(line.startswith("2023 TW III") and "⚠ LKJ802" in line for line in lines)
        assert any(line.startswith("2023 Tahunan") and "⚠ LKJ803" in line for line in lines)
        assert "⚠ LKJ802 Pemberdayaan PMI purna (IKU5): realisasi s.d. TW III 2023" in chart
