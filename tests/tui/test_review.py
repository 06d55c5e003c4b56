"""The reviewer view, driven key by key."""

from __future__ import annotations

import contextlib
import json
from concurrent.futures import Future
from pathlib import Path

import pytest
from textual.widgets import Input, OptionList, Select, Static, TabbedContent

from lkjip_tui.tui import editor
from lkjip_tui.tui.app import LkjipApp
from lkjip_tui.tui.dialogs import ConfirmScreen, HelpScreen
from lkjip_tui.tui.export import ExportScreen, formats
from lkjip_tui.tui.portfolio import TrendScreen
from lkjip_tui.tui.review import FindingsTable, IkuTable, ReviewScreen
from lkjip_tui.tui.tables import FitTable
from tests.tui.conftest import SAMPLE_REL, screen_text, settle

SIZE = (100, 30)


def findings_table(app: LkjipApp) -> FindingsTable:
    return app.screen.query_one("#findings", FindingsTable)


def detail(app: LkjipApp) -> str:
    return str(app.screen.query_one("#detail", Static).render())


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


async def test_an_annual_report_is_shown_as_the_year_s(workspace: Path) -> None:
    """An LKjIP (`period: Tahunan`) is the year's report: its title and target column say so."""
    annual = workspace / "data" / "bp3mi-sumbar" / "2023-tahunan.yaml"
    annual.write_text(SAMPLE_REL.read_text("utf-8").replace("quarter: TW II", "period: Tahunan"), "utf-8")
    app = LkjipApp(annual)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        assert screen.title.endswith("2023 Tahunan")
        header = "\n".join(screen_text(app)[:6])  # the title and the IKU table's heading
        assert "Tahunan" in header and "TW II" not in header


async def test_opens_on_the_report_with_counts_and_iku_rows(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        assert screen.sub_title == "46 galat · 24 peringatan · 0 info"
        iku = screen.query_one("#iku", IkuTable)
        keys = [r.key.value for r in iku.ordered_rows]
        assert keys == ["ss:SS1", "IKU1", "IKU2", "IKU3", "IKU4", "IKU5", "ss:SS2", "IKU6", "IKU7", "IKU8"]
        # The findings column: the worst finding's mark and how many there are.
        assert iku.cell_text("IKU4", "findings") == "✓"
        ikus = {r.iku.id: r for r in screen.rows}
        assert iku.cell_text("IKU1", "findings") == f"✗ {len(ikus['IKU1'].findings)}"
        assert iku.cell_text("IKU1", "computed") == "37,87%"
        assert iku.cell_text("IKU5", "tw_plan") == "25" and iku.cell_text("IKU5", "tw_printed") == "20"
        # One row per problem: what follows from another finding is in that one's detail.
        roots = [f for f in screen.findings if not f.caused_by]
        assert findings_table(app).row_count == len(roots) < len(screen.findings) == 70
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
        view = screen.query_one("#table-view", FitTable)
        assert screen.shown_table == "tim_penempatan" and view.row_count == 12


async def test_the_capaian_columns_are_on_screen_at_100x30(workspace: Path) -> None:
    """Read off the rendered screen: the numbers that matter, on the IKU1 row, under their headers."""
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        lines = screen_text(app)
        header = next(i for i, line in enumerate(lines) if " IKU " in line and "Indikator" in line)
        heading = lines[header] + "\n" + lines[header + 1]
        for label in ("dicetak", "Realisasi", "Capaian", "hitung", "Predikat", "Temuan"):
            assert label in heading, label
        iku1 = next(line for line in lines if line.startswith(" IKU1 "))
        # TW II target printed, realisasi, capaian printed and computed, predikat, findings.
        for value in ("375", "142", "38%", "37,87%", "Sangat Kurang", "✗ "):
            assert value in iku1, value
        assert iku1.index("38%") < iku1.index("37,87%") < iku1.index("Sangat Kurang")
        assert all(len(line) <= 100 for line in lines)


async def test_at_80_columns_the_least_important_columns_go_to_the_detail(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        iku = app.screen.query_one("#iku", IkuTable)
        shown = [c.key.value for c in iku.ordered_columns]
        assert {"iku", "realisasi", "capaian", "computed", "findings"} <= set(shown)
        assert "annual" not in shown and "annual" in [c.key for c in iku.hidden]
        iku1 = next(line for line in screen_text(app) if line.startswith(" IKU1 "))
        assert "37,87%" in iku1
        # What is not in the table is in the detail of the highlighted IKU, the full name too.
        iku.focus()
        await pilot.press("down")
        await pilot.pause()
        text = detail(app)
        assert "Penempatan Pekerja Migran Indonesia terampil dan profesional" in text
        assert "target tahunan 1.500" in text and "predikat Sangat Kurang" in text


async def test_tables_and_findings_share_the_height_by_content(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        iku = app.screen.query_one("#iku", IkuTable)
        # Every IKU row shows and no blank rows sit under them; the findings take the rest.
        assert iku.size.height == iku.content_height == 12
        assert findings_table(app).size.height >= 12
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert findings_table(app).size.height >= 3
        assert app.screen.query_one("#iku", IkuTable).size.height >= 6


async def test_number_keys_switch_tabs_and_build_them_once(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        tabs = screen.query_one("#tables", TabbedContent)
        await pilot.press("3")
        await pilot.pause()
        facts = screen.query_one("#d-facts", FitTable)
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
        roots = [f for f in app.screen.findings if not f.caused_by]  # type: ignore[attr-defined]
        await pilot.press("s")
        assert findings_table(app).row_count == sum(f.severity == "error" for f in roots) < 46
        await pilot.press("s")
        assert findings_table(app).row_count == sum(f.severity == "warning" for f in roots) < 24
        await pilot.press("s")
        assert findings_table(app).row_count == 0
        await pilot.press("s")
        assert findings_table(app).row_count == len(roots)
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await pilot.press(*"LKJ30")
        await pilot.pause()
        shown = findings_table(app)
        assert shown.row_count == 11
        codes = {str(shown.get_row_at(i)[1]) for i in range(shown.row_count)}
        assert codes == {"LKJ301", "LKJ303", "LKJ304", "LKJ305"}  # a filter lists every finding
        await pilot.press("enter")
        assert app.focused is findings_table(app)


async def test_filtering_to_nothing_clears_the_detail(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert "LKJ" in detail(app)
        await pilot.press("slash", *"tidak ada yang begini", "enter")
        await pilot.pause()
        assert findings_table(app).row_count == 0
        assert app.screen.selected is None and "LKJ" not in detail(app)  # type: ignore[attr-defined]


async def test_selecting_a_finding_explains_it_and_marks_its_cell(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"300", "enter")
        await pilot.pause()
        text = detail(app)
        assert "LKJ304" in text and "“300”" in text and "aturan: bp2mi/checks.toml:" in text
        await pilot.press("enter")
        await settle(pilot)
        tabs = app.screen.query_one("#tables", TabbedContent)
        assert tabs.active == "t-tables"
        assert app.screen.shown_table == "pengukuran"  # type: ignore[attr-defined]
        table = app.screen.query_one("#table-view", FitTable)
        assert table.cursor_coordinate.row == 0
        assert table.ordered_columns[table.cursor_coordinate.column].key.value == "realisasi"
        assert "reverse" in str(table.get_cell("IKU1", "realisasi").spans)


async def test_the_row_id_stays_when_a_wide_table_scrolls(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"LKJ301", "enter", "enter")  # a finding in the budget table
        await settle(pilot)
        table = app.screen.query_one("#table-view", FitTable)
        assert table.fixed_columns == 1
        table.focus()
        await pilot.press("end", *["right"] * len(table.ordered_columns))
        await pilot.pause()
        assert table.scroll_x > 0  # scrolled right: the row's key is still the first thing on it
        row = table.cursor_coordinate.row
        key = str(table.ordered_rows[row].key.value)
        y = table.region.y + table.header_height + row - int(table.scroll_y)
        line = screen_text(app)[y]
        assert line[table.region.x : table.region.right].strip().startswith(key[:6])


async def test_next_and_previous_finding(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        await pilot.press("n")
        first = screen.selected
        await pilot.press("n")
        assert screen.selected is not first and screen.selected is screen.findings[screen.shown[2]]
        await pilot.press("shift+n")
        assert screen.selected is screen.findings[screen.shown[1]]


async def test_enter_on_an_iku_lists_its_findings(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("down", "enter")  # IKU1
        await pilot.pause()
        table = findings_table(app)
        assert app.focused is table and 0 < table.row_count < 70
        assert app.screen.query_one("#filter", Input).value == "IKU1"


async def test_copy_puts_the_selected_finding_on_the_clipboard(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c")  # the finding under the list's cursor: the first one
        # Where it stands as the report prints it: the table and the indicator's name, no keys.
        assert app.clipboard.startswith("LKJ504 peringatan  Tabel 1, Penurunan kasus PMI (IKU2): “1.56”")
        await pilot.press("slash", *"300", "enter", "c")
        await pilot.pause()
        text = app.clipboard
        assert text.startswith("LKJ304 galat  Tabel 7") and "“300”" in text
        assert "data: data/bp3mi-sumbar/2023-tw2.yaml:" in text and "[" not in text.split("\n")[0][:10]
        assert any("OSC 52" in str(n.message) for n in app._notifications)


async def test_export_writes_the_filtered_findings_through_the_output_formats(workspace: Path) -> None:
    assert "json" in formats()
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"LKJ30", "enter")
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        assert "11 temuan" in str(dialog.query_one(".title", Static).render())
        dialog.query_one("#x-format", Select).value = "json"
        await pilot.pause()
        assert dialog.query_one("#x-file", Input).value == "2023-tw2-temuan.json"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        written = Path("2023-tw2-temuan.json")
        data = json.loads(written.read_text("utf-8"))
        assert len(data["findings"]) == 11
        assert {f["code"] for f in data["findings"]} == {"LKJ301", "LKJ303", "LKJ304", "LKJ305"}
        assert any(str(written) in str(n.message) for n in app._notifications)
        # Again: the file exists, so it asks before overwriting.
        await pilot.press("x")
        await pilot.pause()
        app.screen.query_one("#x-format", Select).value = "json"
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)


def test_the_editor_is_the_users_choice_else_a_friendly_one_on_path() -> None:
    def which(found: set[str]):  # type: ignore[no-untyped-def]
        return lambda name: f"/usr/bin/{name}" if name in found else None

    assert editor.find_editor({"VISUAL": "code -w", "EDITOR": "vim"}, which(set())) == (
        ["code", "-w"],
        "$VISUAL",
    )
    assert editor.find_editor({"EDITOR": "emacs -nw"}, which(set())) == (["emacs", "-nw"], "$EDITOR")
    assert editor.find_editor({}, which({"vi", "nano"})) == (["/usr/bin/nano"], "PATH")
    assert editor.find_editor({"EDITOR": " "}, which({"vi"})) == (["/usr/bin/vi"], "PATH")
    with pytest.raises(editor.NoEditor):
        editor.find_editor({}, which(set()))


async def test_edit_opens_the_editor_at_the_line_says_which_and_rechecks(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[tuple[list[str], Path, int]] = []
    monkeypatch.setattr(editor, "launch", lambda command, path, line: opened.append((command, path, line)))
    monkeypatch.setattr(LkjipApp, "suspend", lambda self: contextlib.nullcontext())
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", "nano -l")
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"LKJ303", "enter")
        await pilot.pause()
        await pilot.press("e")
        await settle(pilot)
        assert opened == [(["nano", "-l"], SAMPLE_REL, 680)]
        assert any("nano ($EDITOR)" in str(n.message) for n in app._notifications)


@pytest.mark.parametrize(
    ("env", "said"),
    [
        ({"PATH": "."}, "$EDITOR"),  # no editor anywhere: says how to set one
        ({"EDITOR": "true"}, "editor"),  # no terminal to hand over (the pilot's): fails politely
    ],
)
async def test_e_without_an_editor_to_run_says_so(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, env: dict[str, str], said: str
) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert any(said in str(n.message) for n in app._notifications)


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
        assert app.screen.sub_title == "45 galat · 24 peringatan · 0 info"


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
        assert app.screen.sub_title == "46 errors · 24 warnings · 0 info"
        descriptions = {b.description for _, b in app.screen._bindings}
        assert "Findings" in descriptions and "Temuan" not in descriptions
        # Widgets' own keys follow too (Enter on the findings list).
        assert any(b.description == "Go to the finding's cell" for _, b in findings_table(app)._bindings)
        tabs = app.screen.query_one("#tables", TabbedContent)
        assert str(tabs.get_tab("t-facts").label) == "Narrative"
        theme = app.theme
        await pilot.press("t")
        assert app.theme != theme
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text", Static).render())
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
        app.screen.query_one("#iku", IkuTable).focus()
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
        await pilot.press("q")  # asking already: not asked twice
        await pilot.pause()
        assert len([s for s in app.screen_stack if isinstance(s, ConfirmScreen)]) == 1
        await pilot.press("n")
        await pilot.pause()
        assert app.is_running
        app.screen.query_one("#plan", FitTable).focus()
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
    assert app.return_code == 0


async def test_ctrl_c_says_how_to_quit_in_the_language(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert any("Tekan q" in str(n.message) for n in app._notifications)


async def test_a_draft_finding_shows_its_place_and_quote(workspace: Path) -> None:
    """The detail pane of a draft's finding says where it stands as printed and quotes it —
    not the file's line and column."""
    import shutil

    from tests.conftest import ROOT

    draft = workspace / "bp3mi-sumbar-2023-tw2.txt"
    shutil.copy(ROOT / "tests" / "drafts" / draft.name, draft)
    app = LkjipApp(Path(draft.name))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"LKJ303", "enter")
        await pilot.pause()
        text = detail(app)
        assert "di draf: baris 413" in text and "“Pada Triwulan II tahun 2023" in text
        assert ":413:" not in text


async def test_e_on_a_word_draft_says_how_to_open_it_and_never_runs_an_editor(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, sample_docx: Path
) -> None:
    import shutil

    opened: list[object] = []
    monkeypatch.setattr(editor, "launch", lambda *a: opened.append(a))
    monkeypatch.setenv("EDITOR", "nano")
    draft = workspace / sample_docx.name
    shutil.copy(sample_docx, draft)
    app = LkjipApp(Path(draft.name))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"LKJ303", "enter")
        await pilot.pause()
        await pilot.press("e")
        await settle(pilot)
        assert opened == []
        said = [str(n.message) for n in app._notifications]
        assert any("dokumen Word" in m and "paragraf" in m for m in said), said
