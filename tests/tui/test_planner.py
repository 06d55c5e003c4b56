"""The planner view: edit targets, see the effect, undo, save (or not), never lose an edit."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from textual.widgets import Input, Label, Select, Static

from lkjip_tui.engine import Engine
from lkjip_tui.tui.app import LkjipApp
from lkjip_tui.tui.dialogs import ConfirmScreen
from lkjip_tui.tui.planner import PlannerScreen, PlanTable
from lkjip_tui.tui.review import ReviewScreen
from lkjip_tui.tui.tables import FitTable
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


async def save_edit(pilot, value: str) -> None:  # type: ignore[no-untyped-def]
    """Set IKU1's annual target, ctrl+s, and answer yes to the diff."""
    await type_annual(pilot, value)
    await pilot.press("ctrl+s")
    await pilot.pause()
    await pilot.press("y")
    await settle(pilot)


def cell(screen: PlannerScreen, row: str, column: str) -> str:
    return screen.query_one("#plan", PlanTable).cell_text(row, column)


def errors(screen: PlannerScreen) -> str:
    return str(screen.query_one("#form-errors", Static).render())


def pending_cell(screen: PlannerScreen, iku: str) -> bool:
    return cell(screen, iku, "iku").startswith("● ")


async def test_p_opens_the_planner_and_escape_returns(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("p")
        screen = await start(pilot)
        assert cell(screen, "IKU1", "TW II") == "375" and cell(screen, "IKU1", "cum TW II") == "750"
        assert cell(screen, "IKU5", "cum TW II") == "25,0"  # as its quarters: 12,5 each
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)


async def test_an_edit_updates_targets_capaian_and_findings_at_once(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL, planner=True)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(pilot)
        review = app.screen_stack[-2]
        assert isinstance(review, ReviewScreen)
        before = review.sub_title
        assert cell(screen, "IKU1", "planned") == "37,87%"
        await type_annual(pilot, "1200")
        assert cell(screen, "IKU1", "TW II") == "300"
        # The capaian follows the edited target: 142 / 300, not the printed 142 / 375.
        assert cell(screen, "IKU1", "planned") == "47,33%"
        assert pending_cell(screen, "IKU1")
        # The quarter fields follow the breakdown, so they never show stale values.
        assert [screen.query_one(f"#f-q{i}", Input).value for i in range(1, 5)] == ["300"] * 4
        assert "● 1 perubahan belum disimpan" in str(screen.query_one("#form").border_title)
        # The report prints 375 as the TW II target: now it does not follow, in three tables
        # (and the narrative); its 1500 no longer matches the annual target (two tables), and
        # the capaian printed 38% (142 / 375) no longer follows from the planned 300 (four places).
        ikus = {r.iku.id: r for r in screen.rows}
        assert sum(1 for f in ikus["IKU1"].findings if f.code == "LKJ201" and f.row == "IKU1") == 3
        assert cell(screen, "IKU1", "findings") == f"✗ {len(ikus['IKU1'].findings)}"
        assert screen.last_update_ms < 1000
        await pilot.press("escape")  # the review shows the new findings and the pending edit
        await settle(pilot)
        assert review.sub_title != before
        assert review.sub_title.startswith("56 galat") and "1 perubahan belum disimpan" in review.sub_title
        assert review.query_one("#iku", FitTable).cell_text("IKU1", "iku") == "● IKU1"


async def test_invalid_input_is_shown_at_the_field_and_not_applied(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL, planner=True)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(pilot)
        await type_annual(pilot, "seribu")
        assert screen.query_one("#f-annual", Input).has_class("-invalid")
        assert "bukan angka" in errors(screen)
        assert cell(screen, "IKU1", "annual") == "1.500" and not screen.session.dirty
        await type_annual(pilot, "1.500")
        assert "1500" in errors(screen)  # ambiguous: says both readings
        assert not screen.session.dirty


async def test_an_absurd_target_is_refused_with_its_bound_and_other_edits_survive(workspace: Path) -> None:
    """Reproducer (b): an annual target of 10^29 was accepted and then crashed the app."""
    app = LkjipApp(SAMPLE_REL, planner=True)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(pilot)
        await type_annual(pilot, "1200")
        await type_annual(pilot, "1" + "0" * 29)
        assert screen.query_one("#f-annual", Input).has_class("-invalid")
        assert "di luar batas" in errors(screen) and "10^18" in errors(screen)
        assert app.is_running and screen.session.pending() == ["IKU1"]
        assert cell(screen, "IKU1", "annual") == "1.200"
        # A pasted megabyte never reaches the parser: the field stops taking characters.
        field = screen.query_one("#f-annual", Input)
        assert field.max_length is not None and field.max_length < 100


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
        assert "1.525" in errors(screen)
        assert screen.rs.targets["IKU1"].quarters == (375, 375, 375, 375)


async def test_numbers_follow_the_language_and_the_declared_decimals(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL, planner=True)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(pilot)
        await type_annual(pilot, "1250,5")
        # Every quarter with the same decimals, Indonesian style; never 312, / 312,6 / 312,62.
        assert [cell(screen, "IKU1", q) for q in ("TW I", "TW II", "TW III", "TW IV")] == ["312,625"] * 4
        assert [cell(screen, "IKU1", f"cum TW {q}") for q in ("I", "II", "III", "IV")] == [
            "312,625",
            "625,250",
            "937,875",
            "1.250,500",
        ]
        assert cell(screen, "IKU1", "annual") == "1.250,5"
        assert screen.query_one("#f-annual", Input).value == "1250,5"
        assert screen.query_one("#f-q2", Input).value == "312,625"
        # Declared decimals: IKU2 rounds its quarters to 2.
        assert cell(screen, "IKU2", "TW I") == "1,56" and cell(screen, "IKU2", "annual") == "6,25"
        screen.query_one("#plan", PlanTable).focus()
        await pilot.press("l")  # English
        await settle(pilot)
        assert cell(screen, "IKU1", "TW II") == "312.625" and cell(screen, "IKU1", "cum TW IV") == "1,250.500"
        assert screen.query_one("#f-annual", Input).value == "1250.5"
        assert str(screen.query_one("#l-annual", Label).render()) == "Annual"


async def test_breakdowns_are_named_in_the_language_and_saved_by_their_key(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL, planner=True)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(pilot)
        select = screen.query_one("#f-breakdown", Select)
        names = [str(prompt) for prompt, _ in select._options]
        assert names == ["rata", "kumulatif", "tetap", "profil", "profil kumulatif", "tahunan saja"]
        assert (
            cell(screen, "IKU1", "breakdown") == "rata" and cell(screen, "IKU5", "breakdown") == "kumulatif"
        )
        select.value = "cumulative"
        await settle(pilot)
        assert cell(screen, "IKU1", "breakdown") == "kumulatif"
        screen.query_one("#plan", PlanTable).focus()
        await pilot.press("l")
        await settle(pilot)
        assert cell(screen, "IKU1", "breakdown") == "cumulative"
        assert [str(p) for p, _ in select._options][-1] == "annual only"
        assert select.value == "cumulative"
        screen.session.save()
    text = TARGETS.read_text("utf-8")
    assert '[targets.IKU1]\nannual = 1500\nbreakdown = "cumulative"\n' in text


async def test_undo_and_redo(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL, planner=True)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(pilot)
        await type_annual(pilot, "1200")
        screen.query_one("#plan", PlanTable).focus()
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
        assert not screen.session.dirty and not pending_cell(screen, "IKU1")
    saved = TARGETS.read_text("utf-8")
    assert saved == original.replace("annual = 1500\n", "annual = 1200\n")
    assert sorted(p.name for p in TARGETS.parent.iterdir()) == ["2023.toml"]  # no temporary left
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
        await pilot.press("escape")  # the review checks with the reloaded rules
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen) and review.result is not None
        assert review.result.rules is screen.session.rs


async def test_edits_survive_leaving_the_planner_and_quitting_asks(workspace: Path) -> None:
    """Reproducer (a): edit, Esc to the reviewer, q quit without asking and lost the edit;
    reopened, the planner showed it as saved and ctrl+s said "no changes"."""
    original = TARGETS.read_text("utf-8")
    app = LkjipApp(SAMPLE_REL, planner=True)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(pilot)
        await type_annual(pilot, "1200")
        screen.query_one("#plan", PlanTable).focus()
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "rules/bp3mi-sumbar/2023.toml: IKU1" in str(app.screen.query_one("#confirm-detail").render())
        await pilot.press("n")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, ReviewScreen)
        await pilot.press("p")
        again = await start(pilot)
        assert again is not screen and again.session is screen.session
        assert pending_cell(again, "IKU1") and cell(again, "IKU1", "annual") == "1.200"
        assert again.query_one("#f-annual", Input).value == "1200"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)  # the diff, not "no changes"
        await pilot.press("y")
        await settle(pilot)
        await pilot.press("q")  # saved: quits without asking
        await pilot.pause()
    assert app.return_code == 0
    assert TARGETS.read_text("utf-8") == original.replace("annual = 1500\n", "annual = 1200\n")


async def test_a_read_only_targets_file_is_refused_and_the_edits_stay(workspace: Path) -> None:
    before = TARGETS.read_bytes()
    TARGETS.chmod(0o444)
    app = LkjipApp(SAMPLE_REL, planner=True)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(pilot)
        await save_edit(pilot, "1200")
        assert "2023.toml hanya-baca" in errors(screen)
        assert any("hanya-baca" in str(n.message) for n in app._notifications)
        assert screen.session.dirty and pending_cell(screen, "IKU1")
    assert TARGETS.read_bytes() == before
    assert sorted(p.name for p in TARGETS.parent.iterdir()) == ["2023.toml"]


async def test_a_symlinked_targets_file_is_written_through(workspace: Path) -> None:
    real = workspace / "pk" / "2023.toml"
    real.parent.mkdir()
    shutil.move(TARGETS, real)
    TARGETS.symlink_to(real)
    app = LkjipApp(SAMPLE_REL, planner=True)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(pilot)
        await save_edit(pilot, "1200")
        assert not screen.session.dirty
    assert TARGETS.is_symlink() and os.readlink(TARGETS) == str(real)
    assert "annual = 1200\n" in real.read_text("utf-8")


async def test_every_field_is_visible_at_80x24(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL, planner=True)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start(pilot)
        footer_top = 23
        fields = ["#f-annual", "#f-breakdown", "#f-decimals", *(f"#f-q{i}" for i in range(1, 5))]
        regions = [screen.query_one(f).region for f in fields]
        for name, r in zip(fields, regions, strict=True):
            assert r.width >= 8 and r.height >= 3, name  # room to type and read a target
            assert r.x >= 0 and r.right <= 80 and r.bottom <= footer_top, name
        for i, a in enumerate(regions):
            assert all(not a.overlaps(b) for b in regions[i + 1 :])
        table = screen.query_one("#plan", PlanTable)
        assert table.region.height >= 3 and table.region.bottom <= regions[0].y
        # The quarter of the report, the capaian and the findings stay in the table.
        shown = [c.key.value for c in table.ordered_columns]
        assert {"iku", "annual", "TW II", "planned", "findings"} <= set(shown)
