"""The Narasi tab of a draft: its paragraphs as printed, figures marked, Enter on a finding."""

from __future__ import annotations

import shutil
from pathlib import Path

from rich.text import Text
from textual.widgets import Input, OptionList, TabbedContent

from lkjip_tui.engine.waivers import FILE_NAME
from lkjip_tui.planning.narrative import narrative_view
from lkjip_tui.tui.app import LkjipApp
from lkjip_tui.tui.review import ReviewScreen
from lkjip_tui.tui.tables import FitTable
from lkjip_tui.tui.waiver import WaiverScreen
from tests.conftest import ROOT
from tests.tui.conftest import SAMPLE_REL, settle

SIZE = (100, 30)
DRAFT = ROOT / "tests/drafts/bp3mi-sumbar-2023-tw2.txt"


def styled(prompt: Text, style: str) -> list[str]:
    """The parts of a prompt carrying a style."""
    return [prompt.plain[s.start : s.end] for s in prompt.spans if style in str(s.style)]


async def test_a_drafts_narrative_shows_its_paragraphs_with_the_figures_marked(workspace: Path) -> None:
    app = LkjipApp(DRAFT)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and screen.result is not None
        await pilot.press("3")
        await settle(pilot)
        narrative = screen.query_one("#d-narrative", OptionList)
        assert narrative.display and not screen.query_one("#d-facts", FitTable).display
        assert app.focused is narrative
        report = screen.result.report
        assert report is not None
        assert narrative.option_count == len(narrative_view(report, screen.findings)) > 0
        prompts = [o.prompt for o in narrative.options]
        assert all(isinstance(p, Text) for p in prompts)
        iku1 = next(p for p in prompts if isinstance(p, Text) and "sebanyak 375 (tiga ratus" in p.plain)
        assert styled(iku1, "bold underline") == ["375", "142", "38%"]
        # Enter on a finding in a sentence: its paragraph, highlighted, the finding's text marked.
        screen.query_one("#filter", Input).value = "LKJ605"
        await pilot.press("f", "enter")
        await settle(pilot)
        assert screen.query_one("#tables", TabbedContent).active == "t-facts"
        n = narrative.highlighted
        assert n is not None
        shown = narrative.get_option_at_index(n).prompt
        assert isinstance(shown, Text) and " 505 " in shown.plain[:8]
        assert "((3-0)/1) × 100% = - 3%" in styled(shown, "reverse")
        assert "((3-0)/1) × 100% = - 3%" in styled(shown, "red")


async def test_a_data_file_keeps_its_table_of_figures(workspace: Path) -> None:
    app = LkjipApp(SAMPLE_REL)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        assert app.screen.query_one("#d-facts", FitTable).display
        assert not app.screen.query_one("#d-narrative", OptionList).display


async def test_a_sentence_finding_of_a_draft_is_waived_alone_beside_the_draft(workspace: Path) -> None:
    draft = workspace / "drafts" / DRAFT.name
    draft.parent.mkdir()
    shutil.copy(DRAFT, draft)
    app = LkjipApp(draft.relative_to(workspace))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        # IKU1 is misnamed in Tabel 1, Tabel 2 and a heading of the narrative: waive the heading's.
        screen.query_one("#filter", Input).value = "LKJ704"
        await settle(pilot)
        heading = next(k for k, i in enumerate(screen.shown) if screen.findings[i].table is None)
        screen.query_one("#findings", FitTable).focus()
        screen.query_one("#findings", FitTable).move_cursor(row=heading)
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, WaiverScreen)
        dialog.query_one("#w-reason", Input).value = "judul bagian dipotong di draf"
        await pilot.press("enter")
        await settle(pilot)
        assert screen.sub_title.endswith("· 1 dikecualikan")
        waived = [f for f in screen.findings if f.waiver is not None]
        assert [(f.code, f.table) for f in waived] == [("LKJ704", None)]
        text = (draft.parent / FILE_NAME).read_text("utf-8")
        assert f'file = "{DRAFT.name}"' in text and "fingerprint = " in text and "row =" not in text
