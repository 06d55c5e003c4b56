"""The planner view: edit targets, see the effect, undo, save (or not), never lose an edit."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from textual.screen import Screen
from textual.widgets import Button, Input, Label, Select, Static

from lkjip_tui.engine import Engine
from lkjip_tui.tui.app import LkjipApp
from lkjip_tui.tui.dialogs import ChoiceScreen, ConfirmScreen
from lkjip_tui.tui.header import PendingCount
from lkjip_tui.tui.planner import PlannerScreen, PlanTable
from lkjip_tui.tui.review import ReviewScreen
from lkjip_tui.tui.tables import FitTable
from tests.tui.conftest import SAMPLE_REL, screen_text, settle

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


def header_count(screen: Screen[None]) -> str:
    return str(screen.query_one(PendingCount).render())


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
        assert header_count(screen) == "● 1 perubahan belum disimpan"
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
        assert review.sub_title == "56 galat · 24 peringatan · 0 info"
        assert header_count(review) == "● 1 perubahan belum disimpan"
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


@pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=["80x24", "120x36"])
async def test_the_unsaved_count_is_whole_in_every_screens_header(
    workspace: Path, size: tuple[int, int]
) -> None:
    """Issue 17: at 80 columns the review's title cut the count of unsaved edits off."""
    app = LkjipApp(SAMPLE_REL, planner=True)
    async with app.run_test(size=size) as pilot:
        screen = await start(pilot)
        assert "disimpan" not in screen_text(app)[0]  # nothing pending: no count
        await type_annual(pilot, "1200")
        await settle(pilot)
        assert "● 1 perubahan belum disimpan" in screen_text(app)[0]
        screen.query_one("#plan", PlanTable).focus()
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        header = screen_text(app)[0]
        assert "● 1 perubahan belum disimpan" in header and "BP3MI" in header
        await pilot.press("l")
        await settle(pilot)
        assert "● unsaved changes: 1" in screen_text(app)[0]
        await pilot.press("p")
        await settle(pilot)
        await pilot.press("ctrl+z")  # nothing pending any more: the count goes
        await settle(pilot)
        assert "unsaved" not in screen_text(app)[0]


async def test_a_cumulative_target_is_shown_up_to_its_quarter(workspace: Path) -> None:
    """Issue 17: IKU5 (annual 50, cumulative) showed 12,5 at TW II beside a finding asking 25."""
    app = LkjipApp(SAMPLE_REL, planner=True)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start(pilot)
        asked = next(f for r in screen.rows if r.iku.id == "IKU5" for f in r.findings if f.code == "LKJ201")
        assert asked.expected == 25
        assert [cell(screen, "IKU5", q) for q in ("TW I", "TW II", "TW III", "TW IV")] == [
            "s.d. 12,5",
            "s.d. 25,0",
            "s.d. 37,5",
            "s.d. 50,0",
        ]
        assert cell(screen, "IKU1", "TW II") == "375"  # an even split: the quarter's own share
        screen.query_one("#plan", PlanTable).focus()
        await pilot.press("down", "down", "down", "down")
        await settle(pilot)
        assert screen.current == "IKU5"
        title = str(screen.query_one("#form-title", Static).render())
        assert title.startswith("IKU5 s.d. TW II: 25 · Pemberdayaan")
        labels = [str(screen.query_one(f"#l-q{i}", Label).render()) for i in range(1, 5)]
        assert labels == ["s.d. TW I", "s.d. TW II", "s.d. TW III", "s.d. TW IV"]
        fields = [screen.query_one(f"#f-q{i}", Input) for i in range(1, 5)]
        assert [f.value for f in fields] == ["12,5", "25", "37,5", "50"]
        assert all(f.disabled for f in fields)  # derived: typed only in a profile
        await pilot.press("l")
        await settle(pilot)
        assert str(screen.query_one("#form-title", Static).render()).startswith("IKU5 to Q2: 25 · ")
        assert cell(screen, "IKU5", "TW II") == "to 25.0"
        await pilot.press("l")
        await settle(pilot)
        # A cumulative profile starts from the "s.d." values, a profile from each quarter's own.
        select = screen.query_one("#f-breakdown", Select)
        select.value = "cumulative_profile"
        await settle(pilot)
        assert screen.rs.targets["IKU5"].quarters == (12.5, 25, 37.5, 50) and not errors(screen)
        assert not any(f.disabled for f in fields)
        select.value = "profile"
        await settle(pilot)
        assert screen.rs.targets["IKU5"].quarters == (12.5, 12.5, 12.5, 12.5) and not errors(screen)
        assert str(screen.query_one("#l-q2", Label).render()) == "TW II"
        assert cell(screen, "IKU5", "TW II") == "12,5"


async def type_unconfirmed(pilot, value: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.click("#f-annual")
    await pilot.press("end", "ctrl+u", *value)  # and no Enter
    await pilot.pause()


def dialog_detail(app: LkjipApp) -> str:
    return str(app.screen.query_one("#confirm-detail", Static).render())


async def test_a_value_typed_without_enter_is_asked_about_on_quit_and_can_be_applied(
    workspace: Path,
) -> None:
    """Issue 17: a value typed and not confirmed was dropped silently on quit."""
    original = TARGETS.read_text("utf-8")
    app = LkjipApp(SAMPLE_REL, planner=True)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(pilot)
        await type_unconfirmed(pilot, "1200")
        assert not screen.session.dirty
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen) and app.is_running
        assert dialog_detail(app) == "IKU1 Tahunan: “1200”"
        await pilot.press("enter")  # "Terapkan", focused first
        await settle(pilot)
        assert screen.session.pending() == ["IKU1"] and cell(screen, "IKU1", "annual") == "1.200"
        # Applied, the edit is pending: quitting now asks about it as about any other.
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("y")
        await settle(pilot)
        await pilot.press("ctrl+q")  # nothing typed, nothing pending: quits at once
        await pilot.pause()
    assert app.return_code == 0
    assert TARGETS.read_text("utf-8") == original.replace("annual = 1500\n", "annual = 1200\n")


async def test_a_typed_value_can_be_discarded_and_an_invalid_one_is_never_applied(workspace: Path) -> None:
    original = TARGETS.read_text("utf-8")
    app = LkjipApp(SAMPLE_REL, planner=True)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(pilot)
        await type_unconfirmed(pilot, "12x")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        assert dialog_detail(app) == "IKU1 Tahunan: “12x” bukan angka"
        assert app.screen.query_one("#apply", Button).disabled
        await pilot.press("escape")  # cancel: back to the field as typed
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, PlannerScreen)
        assert screen.query_one("#f-annual", Input).value == "12x" and not screen.session.dirty
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.click("#apply")  # refused: nothing happens
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen) and not screen.session.dirty
        await pilot.click("#discard")
        await pilot.pause()
    assert app.return_code == 0 and not screen.session.dirty  # nothing pending: no second question
    assert TARGETS.read_text("utf-8") == original


async def test_leaving_the_planner_asks_about_a_typed_value_too(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL, planner=True)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(pilot)
        await type_unconfirmed(pilot, "1200")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert (
            screen.session.pending() == ["IKU1"]
            and header_count(app.screen) == "● 1 perubahan belum disimpan"
        )


async def test_moving_to_another_iku_says_what_typed_value_was_not_applied(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL, planner=True)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(pilot)
        await type_unconfirmed(pilot, "1200")
        screen.query_one("#plan", PlanTable).focus()
        await pilot.press("down")
        await settle(pilot)
        assert screen.current == "IKU2" and not screen.session.dirty
        said = [str(n.message) for n in app._notifications]
        assert "IKU1: nilai yang diketik tidak diterapkan (tanpa Enter): Tahunan “1200”" in said
