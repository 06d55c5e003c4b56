"""`lkjip tui REPORT.pdf`: a published report opens for review like its Word draft."""

from __future__ import annotations

from pathlib import Path

from lkjip_tui.tui.app import LkjipApp
from lkjip_tui.tui.review import ReviewScreen
from tests.tui.conftest import settle


async def test_a_pdf_opens_for_review(workspace: Path, sample_pdf: Path) -> None:
    app = LkjipApp(sample_pdf)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and screen.result is not None
        assert screen.result.error is None and screen.findings
        report = screen.result.report
        assert report is not None and report.document is not None
        assert report.document.source == "pdf"
        # Every finding on a page says so, the page as printed.
        assert all(f.place.page for f in screen.findings if f.place is not None and f.place.bbox is not None)
