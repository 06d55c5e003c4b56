"""Input text in the interface (issue 18 item 7): a draft's or a data file's control characters
are shown escaped, never sent to the terminal, and Rich markup in it is shown as written."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.widgets import Input, OptionList, Static

from lkjip_tui.tui.app import LkjipApp
from lkjip_tui.tui.base import literal_spans
from lkjip_tui.tui.planner import PlannerScreen, PlanTable
from lkjip_tui.tui.portfolio import TrendScreen
from lkjip_tui.tui.review import ReviewScreen
from lkjip_tui.tui.tables import FitTable
from tests.conftest import ROOT
from tests.tui.conftest import SAMPLE_REL, screen_text, settle

SIZE = (120, 36)
TITLE = "\x1b]0;pwned\x07"  # retitles the terminal
HIDE = "\x1b[8m"  # hides what follows
MARKUP = "[bold]purna[/] [/]"  # "[/]" alone closes nothing: read as markup, it raises


def raw_controls(lines: list[str]) -> list[str]:
    return [line for line in lines if any(c in line for c in "\x1b\x07\x9b")]


def hostile(workspace: Path) -> None:
    """The sample with escapes and markup in a table cell, the unit's and an IKU's names."""
    data = workspace / SAMPLE_REL
    text = data.read_text("utf-8")
    text = text.replace(
        "indikator: Pemberdayaan Pekerja Migran Indonesia Purna dan keluarganya",
        r'indikator: "Pemberdayaan \e]0;pwned\a PMI \e[8m [bold]purna[/] [/]"',
        1,
    )
    data.write_text(text, "utf-8")
    unit = workspace / "rules/bp3mi-sumbar/2023.toml"
    unit.write_text(
        unit.read_text("utf-8").replace(
            'name = "BP3MI Sumatera Barat"', r'name = "BP3MI \u001b]0;pwned\u0007 [/] Sumatera Barat"', 1
        ),
        "utf-8",
    )
    ikus = workspace / "rules/bp2mi/iku.toml"
    text = ikus.read_text("utf-8")
    text = text.replace(
        'name = "Pemberdayaan Pekerja Migran Indonesia Purna dan keluarganya"',
        r'name = "Pemberdayaan \u001b[8mPMI [bold]purna[/] [/]"',
        1,
    )
    text = text.replace(
        'short_name = "Pemberdayaan PMI purna"', r'short_name = "Pemberdayaan \u001b[8mPMI [bold]purna[/]"', 1
    )
    ikus.write_text(text, "utf-8")


async def test_the_review_shows_escapes_and_markup_as_written(workspace: Path) -> None:
    hostile(workspace)
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        lines = screen_text(app)
        assert raw_controls(lines) == []
        assert r"BP3MI \x1b]0;pwned\x07 [/] Sumatera Barat" in lines[0]
        # The findings list and the detail of a finding about IKU5.
        screen.query_one("#filter", Input).value = "LKJ201"
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        findings = screen.query_one("#findings", FitTable)
        message = findings.cell_text(findings.rows_wanted[0][0], "message")
        assert r"Pemberdayaan \x1b[8mPMI [bold]purna[/]" in message
        assert r"\x1b[8mPMI [bold]purna[/]" in str(screen.query_one("#detail", Static).render())
        assert raw_controls(screen_text(app)) == []
        # The table as printed: the cell's text, escaped, markup as written.
        await pilot.press("2")
        await settle(pilot)
        table = screen.query_one("#table-view", FitTable)
        assert (
            table.cell_text("IKU5", "indikator")
            == r"Pemberdayaan \x1b]0;pwned\x07 PMI \x1b[8m [bold]purna[/] [/]"
        )
        assert table.get_cell("IKU5", "indikator").plain.startswith(r"Pemberdayaan \x1b]0;pwned\x07 PMI")
        assert raw_controls(screen_text(app)) == []
        # A notification quoting input text: plain text, never markup.
        app.notify(f"{HIDE}{MARKUP}")
        await pilot.pause()
        assert [n.message for n in app._notifications][-1] == r"\x1b[8m[bold]purna[/] [/]"
        await settle(pilot)
        assert app.is_running


async def test_the_planner_and_the_trend_show_names_escaped(workspace: Path) -> None:
    hostile(workspace)
    app = LkjipApp(SAMPLE_REL, planner=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, PlannerScreen)
        assert screen.query_one("#plan", PlanTable).cell_text("IKU5", "indikator") == (
            r"Pemberdayaan \x1b[8mPMI [bold]purna[/] [/]"
        )
        screen.query_one("#plan", PlanTable).focus()
        await pilot.press("down", "down", "down", "down")
        await settle(pilot)
        title = str(screen.query_one("#form-title", Static).render())
        assert title.endswith(r"Pemberdayaan \x1b[8mPMI [bold]purna[/] [/]")
        lines = screen_text(app)
        assert raw_controls(lines) == [] and r"BP3MI \x1b]0;pwned\x07 [/]" in lines[0]
        await pilot.press("escape")
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        await pilot.press("g")
        await settle(pilot)
        assert isinstance(app.screen, TrendScreen)
        await pilot.press("right", "right", "right", "right")  # IKU1 to IKU5
        await settle(pilot)
        trend = str(app.screen.query_one("#trend-title", Static).render())
        assert r"IKU5 Pemberdayaan \x1b[8mPMI [bold]purna[/] [/]" in trend
        assert raw_controls(screen_text(app)) == []


async def test_a_drafts_paragraph_is_escaped_and_its_figures_still_marked(workspace: Path) -> None:
    source = (ROOT / "tests/drafts/bp3mi-sumbar-2023-tw2.txt").read_text("utf-8")
    at = source.index("sebanyak 375 (tiga ratus")
    start = source.rfind("\n", 0, at) + 1
    draft = workspace / "drafts" / "bp3mi-sumbar-2023-tw2.txt"
    draft.parent.mkdir()
    draft.write_text(source[:start] + f"{TITLE} {MARKUP} {HIDE}" + source[start:], "utf-8")
    app = LkjipApp(draft.relative_to(workspace))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        narrative = app.screen.query_one("#d-narrative", OptionList)
        prompts = [o.prompt for o in narrative.options if isinstance(o.prompt, Text)]
        iku1 = next(p for p in prompts if "sebanyak 375 (tiga ratus" in p.plain)
        assert r"\x1b]0;pwned\x07 [bold]purna[/] [/] \x1b[8m" in iku1.plain
        # The figures found in the paragraph as read are marked where they now stand.
        marked = [iku1.plain[s.start : s.end] for s in iku1.spans if "bold underline" in str(s.style)]
        assert marked == ["375", "142", "38%"]
        assert raw_controls(screen_text(app)) == []


def test_spans_follow_their_characters_past_escapes() -> None:
    text, at = literal_spans("a\x1bb\x07c")
    assert text.plain == r"a\x1bb\x07c"
    assert [text.plain[at[i] : at[i + 1]] for i in range(5)] == ["a", r"\x1b", "b", r"\x07", "c"]
    plain, same = literal_spans("[bold]x[/]")
    assert plain.plain == "[bold]x[/]" and same == list(range(11))
