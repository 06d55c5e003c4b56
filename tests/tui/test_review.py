"""The reviewer view, driven key by key."""

from __future__ import annotations

import contextlib
from concurrent.futures import Future
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, OptionList, Static, TabbedContent

from lkjip_tui.tui import review
from lkjip_tui.tui.app import LkjipApp
from lkjip_tui.tui.dialogs import ConfirmScreen, HelpScreen
from lkjip_tui.tui.portfolio import TrendScreen
from lkjip_tui.tui.review import ReviewScreen
from tests.tui.conftest import SAMPLE_REL, settle

SIZE = (100, 30)


async def open_review(workspace: Path, size: tuple[int, int] = SIZE):  # type: ignore[no-untyped-def]
    app = LkjipApp(SAMPLE_REL)
    return app, app.run_test(size=size)


def findings_table(app: LkjipApp) -> DataTable:
    return app.screen.query_one("#findings", DataTable)


def test_a_slow_launch_check_is_left_for_the_worker(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL)
    assert app._prefetch is not None
    done = app._prefetch.result()
    slow: Future[object] = Future()
    app._prefetch = slow  # type: ignore[assignment]
    assert app.take_prefetch(Path("other.yaml")) is None  # only for the file it checks
    assert app.take_prefetch(SAMPLE_REL, wait=0.01) is None  # not ready: the worker takes it
    slow.set_result(done)
    assert app.take_prefetch(SAMPLE_REL) is done
    assert app.take_prefetch(SAMPLE_REL) is None  # once


async def test_opens_on_the_report_with_counts_and_iku_rows(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        assert screen.sub_title == "47 galat · 23 peringatan · 0 info"
        iku = screen.query_one("#iku", DataTable)
        keys = [r.key.value for r in iku.ordered_rows]
        assert keys == ["ss:SS1", "IKU1", "IKU2", "IKU3", "IKU4", "IKU5", "ss:SS2", "IKU6", "IKU7", "IKU8"]
        assert str(iku.get_cell("IKU4", "status")).startswith("✓")
        assert str(iku.get_cell("IKU1", "status")).startswith("✗")
        assert str(iku.get_cell("IKU1", "computed")) == "37,87%"
        assert (
            str(iku.get_cell("IKU5", "tw_plan")) == "25" and str(iku.get_cell("IKU5", "tw_printed")) == "20"
        )
        assert findings_table(app).row_count == 70
        tabs = screen.query_one("#tables", TabbedContent)
        assert tabs.tab_count == 3  # IKU, the tables, the narrative
        assert not screen.query("#table-list")  # built when first opened
        await pilot.press("2")  # to the Tabel tab
        await pilot.pause()
        assert tabs.active == "t-tables"
        listing = screen.query_one("#table-list", OptionList)
        assert listing.option_count == 14  # every table of the sample is reachable
        assert str(listing.get_option_at_index(6).prompt).startswith("✗ Tabel 7")
        # Each table is marked by its most severe finding; the clean ones are not.
        worst = {f.table for f in screen.findings if f.severity == "error" and f.table}
        marks = {str(o.id): str(o.prompt)[0] for o in listing.options}
        assert {t for t, m in marks.items() if m == "✗"} == worst
        assert " " in marks.values()
        listing.focus()
        await pilot.press("down", "down")
        await pilot.pause()
        view = screen.query_one("#table-view", DataTable)
        assert screen.shown_table == "tim_penempatan" and view.row_count == 12


async def test_number_keys_switch_tabs_and_build_them_once(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        tabs = screen.query_one("#tables", TabbedContent)
        await pilot.press("3")
        await pilot.pause()
        facts = screen.query_one("#d-facts", DataTable)
        assert tabs.active == "t-facts" and app.focused is facts and facts.row_count > 0
        await pilot.press("2")
        await pilot.pause()
        assert tabs.active == "t-tables" and app.focused is screen.query_one("#table-list")
        await pilot.press("1", "3")
        await pilot.pause()
        assert tabs.active == "t-facts" and len(screen.query("#d-facts")) == 1
        await pilot.press("1")
        assert tabs.active == "t-iku" and app.focused is screen.query_one("#iku")


async def test_severity_and_text_filters(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        assert findings_table(app).row_count == 47
        await pilot.press("s")
        assert findings_table(app).row_count == 23
        await pilot.press("s")
        assert findings_table(app).row_count == 0
        await pilot.press("s")
        assert findings_table(app).row_count == 70
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await pilot.press(*"LKJ30")
        await pilot.pause()
        shown = findings_table(app)
        assert shown.row_count == 11
        assert {str(shown.get_row_at(i)[1]) for i in range(shown.row_count)} == {"LKJ301", "LKJ303", "LKJ304"}
        await pilot.press("enter")
        assert app.focused is findings_table(app)


async def test_selecting_a_finding_explains_it_and_marks_its_cell(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"300", "enter")
        await pilot.pause()
        detail = str(app.screen.query_one("#detail", Static).render())
        assert "LKJ304" in detail and "“300”" in detail and "rules/bp2mi/checks.toml:" in detail
        await pilot.press("enter")
        await settle(pilot)
        tabs = app.screen.query_one("#tables", TabbedContent)
        assert tabs.active == "t-tables"
        assert app.screen.shown_table == "pengukuran"
        table = app.screen.query_one("#table-view", DataTable)
        assert table.cursor_coordinate.row == 0
        assert table.ordered_columns[table.cursor_coordinate.column].key.value == "realisasi"
        assert "reverse" in str(table.get_cell("IKU1", "realisasi").spans)


async def test_next_and_previous_finding(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        await pilot.press("n")
        first = screen.selected
        await pilot.press("n")
        assert screen.selected is not first and screen.selected is screen.findings[2]
        await pilot.press("shift+n")
        assert screen.selected is screen.findings[1]


async def test_edit_opens_the_editor_at_the_line_and_rechecks(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[tuple[Path, int]] = []
    monkeypatch.setattr(review, "launch_editor", lambda path, line: opened.append((path, line)))
    monkeypatch.setattr(LkjipApp, "suspend", lambda self: contextlib.nullcontext())
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"LKJ303", "enter")
        await pilot.pause()
        await pilot.press("e")
        await settle(pilot)
        assert opened == [(SAMPLE_REL, 679)]


async def test_without_a_terminal_the_editor_fails_politely(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert any("editor" in str(n.message) for n in app._notifications)


async def test_rechecks_when_the_file_changes_on_disk(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = SAMPLE_REL.read_text("utf-8").replace(
            'jumlah_berita: {value: "19", words: sembilan belas',
            'jumlah_berita: {value: "18", words: delapan belas',
        )
        SAMPLE_REL.write_text(text, "utf-8")
        await pilot.pause(1.0)
        await settle(pilot)
        assert app.screen.sub_title == "46 galat · 23 peringatan · 0 info"


async def test_rechecks_with_the_new_rules_when_the_rules_change_on_disk(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        targets = Path("rules/bp3mi-sumbar/2023.toml")
        # 1200 a year: the printed TW target 375 and annual 1500 no longer follow.
        targets.write_text(targets.read_text("utf-8").replace("annual = 1500", "annual = 1200"), "utf-8")
        await pilot.pause(1.0)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        assert any(f.code == "LKJ202" and f.row == "IKU1" for f in screen.findings)


async def test_language_theme_help_and_quit(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        assert app.screen.sub_title == "47 errors · 23 warnings · 0 info"
        assert "does not follow" in str(findings_table(app).get_row_at(3)[5]) or app.lang == "en"
        descriptions = {b.description for _, b in app.screen._bindings}
        assert "Findings" in descriptions and "Temuan" not in descriptions
        theme = app.theme
        await pilot.press("t")
        assert app.theme != theme
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = " ".join(str(w.render()) for w in app.screen.query(Static))
        assert "Findings" in text and "Trend" in text
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_trend_chart_steps_through_ikus(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.screen.query_one("#iku", DataTable).focus()
        await pilot.press("down", "g")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TrendScreen) and screen.iku == "IKU1"
        chart = str(screen.query_one("#trend-chart", Static).render())
        assert "2023 TW II" in chart and "142 / 375" in chart
        await pilot.press("right")
        assert screen.iku == "IKU2"
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)


async def test_command_palette_runs_app_actions(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Tren")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, TrendScreen)


async def test_small_terminal_still_shows_findings(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert findings_table(app).size.height >= 3
        assert app.screen.query_one("#iku", DataTable).size.height >= 3


async def test_a_broken_file_is_reported_not_raised(workspace: Path) -> None:
    bad = Path("bad.yaml")
    bad.write_text("lkjip: [\n", "utf-8")
    app = LkjipApp(bad)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "YAML" in app.screen.sub_title and "bad.yaml:2:1" in app.screen.sub_title


async def test_quit_asks_when_planner_edits_are_unsaved(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL, planner=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.click("#f-annual")
        await pilot.press("ctrl+a", *"1200", "enter")
        await settle(pilot)
        await pilot.press("ctrl+q")  # quits from inside a field too
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert app.is_running
        app.screen.query_one("#plan", DataTable).focus()
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
    assert app.return_code == 0
