"""The planner view: edit targets, see the effect, undo, save (or not)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Input, Select, Static

from lkjip_tui.engine import Engine
from lkjip_tui.tui.app import LkjipApp
from lkjip_tui.tui.dialogs import ConfirmScreen
from lkjip_tui.tui.planner import PlannerScreen
from lkjip_tui.tui.review import ReviewScreen
from tests.tui.conftest import SAMPLE_REL, settle

SIZE = (110, 32)
TARGETS = Path("rules/bp3mi-sumbar/2023.toml")


async def start(pilot) -> PlannerScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, PlannerScreen)
    return screen


async def type_annual(pilot, value: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.click("#f-annual")
    await pilot.press("end", "ctrl+u", *value, "enter")
    await pilot.pause()


def cell(screen: PlannerScreen, row: str, column: str) -> str:
    return str(screen.query_one("#plan", DataTable).get_cell(row, column))


async def test_p_opens_the_planner_and_escape_returns(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("p")
        screen = await start(pilot)
        assert cell(screen, "IKU1", "TW II") == "375" and cell(screen, "IKU1", "cum TW II") == "750"
        assert cell(screen, "IKU5", "cum TW II") == "25"
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)


async def test_an_edit_updates_targets_capaian_and_findings_at_once(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL, planner=True)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(pilot)
        before = screen.review.sub_title
        await type_annual(pilot, "1200")
        assert cell(screen, "IKU1", "TW II") == "300"
        assert cell(screen, "IKU1", "iku").startswith("● ")  # pending, highlighted
        # The quarter fields follow the breakdown, so they never show stale values.
        assert [screen.query_one(f"#f-q{i}", Input).value for i in range(1, 5)] == ["300"] * 4
        assert screen.sub_title == "1 perubahan belum disimpan"
        # The report prints 375 as the TW II target: now it does not follow, in three tables
        # (and the narrative); its 1500 no longer matches the annual target (two tables), and
        # the capaian printed 38% (142 / 375) no longer follows from the planned 300 (four places).
        assert sum(1 for f in screen.review.findings if f.code == "LKJ201" and f.row == "IKU1") == 3
        assert screen.last_update_ms < 1000
        await pilot.press("escape")  # the review shows the new findings when it shows again
        await settle(pilot)
        assert screen.review.sub_title != before and screen.review.sub_title.startswith("57 galat")


async def test_invalid_input_is_shown_at_the_field_and_not_applied(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL, planner=True)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(pilot)
        await type_annual(pilot, "seribu")
        assert screen.query_one("#f-annual", Input).has_class("-invalid")
        assert "bukan angka" in str(screen.query_one("#form-errors", Static).render())
        assert cell(screen, "IKU1", "annual") == "1.500" and not screen.session.dirty
        await type_annual(pilot, "1.500")
        assert "1500" in str(
            screen.query_one("#form-errors", Static).render()
        )  # ambiguous: says both readings
        assert not screen.session.dirty


async def test_a_profile_that_does_not_add_up_is_refused(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL, planner=True)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(pilot)
        screen.query_one("#f-breakdown", Select).value = "profile"
        await pilot.pause()
        # The form starts from what the old breakdown gave (375 a quarter): a valid profile.
        assert not screen.query_one("#f-q1", Input).has_class("-invalid")
        assert screen.rs.targets["IKU1"].quarters == (375, 375, 375, 375)
        await pilot.click("#f-q1")
        await pilot.press("end", "ctrl+u", *"400", "enter")
        await pilot.pause()
        assert screen.query_one("#f-q1", Input).has_class("-invalid")
        assert "1.525" in str(screen.query_one("#form-errors", Static).render())
        assert screen.rs.targets["IKU1"].quarters == (375, 375, 375, 375)


async def test_undo_and_redo(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL, planner=True)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(pilot)
        await type_annual(pilot, "1200")
        screen.query_one("#plan", DataTable).focus()
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert cell(screen, "IKU1", "annual") == "1.500" and not screen.session.dirty
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert cell(screen, "IKU1", "annual") == "1.200" and screen.session.dirty
        assert screen.query_one("#f-annual", Input).value == "1200"


async def test_save_shows_the_diff_asks_and_keeps_the_file(workspace: Path) -> None:
    original = TARGETS.read_text("utf-8")
    app = LkjipApp(SAMPLE_REL, planner=True)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(pilot)
        await type_annual(pilot, "1200")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        diff = str(app.screen.query_one("#confirm-detail", Static).render())
        assert "-annual = 1500" in diff and "+annual = 1200" in diff
        await pilot.press("n")  # not now
        await pilot.pause()
        assert TARGETS.read_text("utf-8") == original
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("y")
        await settle(pilot)
        assert not screen.session.dirty
    saved = TARGETS.read_text("utf-8")
    assert saved == original.replace("annual = 1500\n", "annual = 1200\n")
    # Reopening finds the change.
    _, rs = Engine().load(SAMPLE_REL)
    assert rs.targets["IKU1"].annual == 1200


async def test_save_refuses_a_file_changed_on_disk_and_offers_to_reload(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL, planner=True)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(pilot)
        await type_annual(pilot, "1200")
        theirs = TARGETS.read_text("utf-8").replace("annual = 60\n", "annual = 64\n")
        TARGETS.write_text(theirs, "utf-8")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "berubah di disk" in str(app.screen.query_one(".title", Static).render())
        await pilot.press("y")  # reload from disk
        await settle(pilot)
        assert isinstance(app.screen, PlannerScreen)
        assert TARGETS.read_text("utf-8") == theirs
        assert cell(screen, "IKU1", "annual") == "1.500" and cell(screen, "IKU4", "annual") == "64"
        assert not screen.session.dirty
