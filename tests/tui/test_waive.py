"""Waiving a finding from the review screen: the dialog, the file it writes, the finding greyed."""

from __future__ import annotations

import datetime
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input, Static

from lkjip_tui.engine import Engine
from lkjip_tui.engine.waivers import FILE_NAME
from lkjip_tui.tui.app import LkjipApp
from lkjip_tui.tui.review import WAIVED_STYLE, FindingsTable, ReviewScreen
from lkjip_tui.tui.waiver import WaiverScreen, parse_expiry
from tests.tui.conftest import SAMPLE_REL, settle

SIZE = (100, 30)
WAIVERS = SAMPLE_REL.parent / FILE_NAME


async def open_dialog(pilot: Pilot[None]) -> WaiverScreen:
    """The waiver dialog for the first finding listed (LKJ504, Tabel 1 IKU2 target)."""
    await settle(pilot)
    await pilot.press("f", "w")
    await pilot.pause()
    dialog = pilot.app.screen
    assert isinstance(dialog, WaiverScreen)
    return dialog


async def answer(pilot: Pilot[None], dialog: WaiverScreen, reason: str, by: str, expires: str = "") -> None:
    for field, value in (("#w-reason", reason), ("#w-by", by), ("#w-expires", expires)):
        dialog.query_one(field, Input).value = value
    dialog.query_one("#w-reason", Input).focus()
    await pilot.press("enter")
    await settle(pilot)


def field_error(dialog: WaiverScreen, field: str) -> str:
    line = dialog.query_one(f"#{field}-error", Static)
    return str(line.render()) if line.display else ""


async def test_a_waiver_written_from_the_tui_greys_the_finding_and_stops_counting_it(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_dialog(pilot)
        assert "LKJ504" in str(dialog.query_one("#w-title", Static).render())
        assert dialog.query_one("#w-by", Input).value  # prefilled: git's user.name or $USER
        await answer(
            pilot, dialog, "Desimal titik mengikuti dokumen PK", "Inspektorat — A. Rahman", "2030-06-30"
        )
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        assert screen.sub_title == "46 galat · 23 peringatan · 0 info · 1 dikecualikan"
        text = WAIVERS.read_text("utf-8")
        for part in ('code = "LKJ504"', 'file = "2023-tw2.yaml"', 'row = "IKU2"', "expires = 2030-06-30"):
            assert part in text, part
        f = screen.selected
        assert f is not None and f.code == "LKJ504" and f.waiver is not None
        assert f.waiver.justification == "Desimal titik mengikuti dokumen PK"
        detail = str(screen.query_one("#detail", Static).render())
        assert "2030-06-30" in detail and "Desimal titik mengikuti dokumen PK — Inspektorat" in detail
        # Greyed in the list, still listed.
        table = screen.query_one("#findings", FindingsTable)
        row = table.get_row(str(screen.findings.index(f)))
        assert all(WAIVED_STYLE in str(cell.style) for cell in row[1:]), [(c.plain, c.style) for c in row]
        assert table.row_count == sum(not g.caused_by for g in screen.findings)
        # Any check of the file now sees it waived (the file the TUI wrote is the one the CLI reads).
        again = Engine().check_file(SAMPLE_REL)
        assert [g.code for g in again.findings if g.waiver is not None] == ["LKJ504"]
        # Waiving it again is refused: it already is.
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert any("sudah dikecualikan" in str(n.message) for n in app._notifications)


async def test_an_empty_reason_or_a_bad_date_is_refused_at_the_field(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_dialog(pilot)
        await answer(pilot, dialog, "   ", "A. Rahman")
        assert app.screen is dialog
        assert field_error(dialog, "w-reason") == "wajib diisi"
        assert dialog.query_one("#w-reason", Input).has_class("-invalid")
        assert app.focused is dialog.query_one("#w-reason", Input)
        assert field_error(dialog, "w-by") == ""
        await answer(pilot, dialog, "alasan", "A. Rahman", "2024-13-01")
        assert app.screen is dialog
        assert field_error(dialog, "w-reason") == ""
        assert field_error(dialog, "w-expires") == "“2024-13-01” bukan tanggal TTTT-BB-HH"
        await answer(pilot, dialog, "alasan", "", "30/06/2030")
        assert field_error(dialog, "w-by") == "wajib diisi" and "bukan tanggal" in field_error(
            dialog, "w-expires"
        )
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert not WAIVERS.exists()


def test_an_expiry_is_an_iso_date_not_yet_past() -> None:
    today = datetime.date(2024, 1, 15)
    assert parse_expiry("", today) == (None, None)
    assert parse_expiry(" 2024-06-30 ", today) == (datetime.date(2024, 6, 30), None)
    assert parse_expiry("2024-01-15", today) == (datetime.date(2024, 1, 15), None)  # valid through today
    assert parse_expiry("2024-01-14", today) == (None, "ui.waiver.past")
    for bad in ("2024-02-30", "20240630", "30-06-2024", "2024-6-30", "besok"):
        assert parse_expiry(bad, today) == (None, "ui.waiver.bad_date"), bad


async def test_a_read_only_waivers_file_is_named_in_a_notification(workspace: Path) -> None:
    WAIVERS.write_text("# dikelola Inspektorat\n", "utf-8")
    WAIVERS.chmod(0o444)
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_dialog(pilot)
        await answer(pilot, dialog, "alasan", "A. Rahman")
        assert isinstance(app.screen, ReviewScreen)
        said = [str(n.message) for n in app._notifications]
        assert any(str(WAIVERS) in m and "hanya-baca" in m for m in said), said
        assert app.screen.sub_title == "46 galat · 24 peringatan · 0 info"
    assert WAIVERS.read_text("utf-8") == "# dikelola Inspektorat\n"


async def test_an_unusable_waivers_file_is_named_with_its_line(workspace: Path) -> None:
    WAIVERS.write_text('[[waiver]]\ncode = "LKJ999"\n', "utf-8")
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # The check itself says the file is unusable; the review shows no findings to waive.
        assert "lkjip-waivers.toml" in app.screen.sub_title
    WAIVERS.write_text("# belum ada\n", "utf-8")
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_dialog(pilot)
        WAIVERS.write_text("[[waiver]\n", "utf-8")  # broken while the dialog was open
        await answer(pilot, dialog, "alasan", "A. Rahman")
        said = [str(n.message) for n in app._notifications]
        assert any(f"{WAIVERS}:1:" in m for m in said), said
    assert WAIVERS.read_text("utf-8") == "[[waiver]\n"
