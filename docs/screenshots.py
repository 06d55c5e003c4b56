"""Export the README's screenshots of the TUI (SVG, by Textual). Rerun with:

    python docs/screenshots.py

Each view is opened on a copy of the shipped sample (the files are not
touched), driven as a user would, and saved to docs/img/.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from textual.pilot import Pilot  # noqa: E402
from textual.widgets import DataTable, Input  # noqa: E402

from lkjip_tui.tui.app import LkjipApp  # noqa: E402

OUT = ROOT / "docs" / "img"
SAMPLE = Path("data/bp3mi-sumbar/2023-tw2.yaml")


async def ready(pilot: Pilot[None]) -> None:
    for _ in range(500):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        if not any(getattr(s, "busy", False) for s in pilot.app.screen_stack):
            break
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause()


async def review(pilot: Pilot[None]) -> None:
    await ready(pilot)
    await pilot.press("slash", *"300", "enter", "enter")
    await ready(pilot)


async def planner(pilot: Pilot[None]) -> None:
    await ready(pilot)
    field = pilot.app.screen.query_one("#f-annual", Input)
    field.value = "1250,5"
    field.focus()
    await pilot.press("enter")
    await ready(pilot)
    pilot.app.screen.query_one("#plan", DataTable).focus()
    await ready(pilot)


async def trend(pilot: Pilot[None]) -> None:
    await ready(pilot)
    pilot.app.screen.query_one("#iku", DataTable).focus()
    await pilot.press("down", "g")
    await ready(pilot)


async def shoot(
    app: LkjipApp, size: tuple[int, int], drive: Callable[[Pilot[None]], Awaitable[None]], name: str
) -> None:
    async with app.run_test(size=size) as pilot:
        await drive(pilot)
        app.save_screenshot(str(OUT / name))


async def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="lkjip-shots-"))
    shutil.copytree(ROOT / "data", work / "data")
    shutil.copytree(ROOT / "rules", work / "rules")
    os.chdir(work)
    OUT.mkdir(parents=True, exist_ok=True)
    await shoot(LkjipApp(SAMPLE), (120, 36), review, "review.svg")
    await shoot(LkjipApp(SAMPLE), (80, 24), ready, "review-80x24.svg")
    await shoot(LkjipApp(SAMPLE, planner=True), (120, 30), planner, "planner.svg")
    await shoot(LkjipApp(Path("data")), (100, 20), ready, "portfolio.svg")
    await shoot(LkjipApp(SAMPLE), (110, 24), trend, "trend.svg")
    shutil.rmtree(work, ignore_errors=True)
    print(f"wrote {', '.join(p.name for p in sorted(OUT.glob('*.svg')))} to {OUT}")


if __name__ == "__main__":
    asyncio.run(main())
