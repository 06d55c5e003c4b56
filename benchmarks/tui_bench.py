"""The TUI's two performance figures. Rerun with:

    python benchmarks/tui_bench.py

1. Cold start to the first screen: a new process opens the sample in the
   reviewer view (headless, 100×30) and reports when the checked report is on
   screen; the figure is the whole process's wall time up to that moment,
   interpreter start included. Floor: under 1 s.
2. Planner, keypress to updated values: in one running app, the planner's
   annual target of an IKU is set and Enter pressed, alternating values; the
   time from the key to the table showing the new quarterly target (and the
   capaian and findings recomputed) is measured with Textual's pilot. Floor:
   under 50 ms.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = """
import asyncio, sys, time
from pathlib import Path
from lkjip_tui.tui.app import LkjipApp

async def main():
    app = LkjipApp(Path(sys.argv[1]))
    async with app.run_test(size=(100, 30)) as pilot:
        while not (app.screen.__class__.__name__ == "ReviewScreen" and not app.screen.busy):
            await pilot.pause(0.005)
        print("READY", flush=True)

asyncio.run(main())
"""


def cold_start(runs: int) -> list[float]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    sample = str(ROOT / "data" / "bp3mi-sumbar" / "2023-tw2.yaml")
    times = []
    for i in range(runs + 1):
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, sample], stdout=subprocess.PIPE, text=True, env=env
        )
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("READY"):
                if i:  # the first run warms the page cache and bytecode
                    times.append(time.perf_counter() - start)
                break
        proc.wait()
    return times


async def planner_latency(edits: int) -> tuple[list[float], list[float]]:
    """(key to values on screen, key to values in the table) for each edit, in ms.

    The key is the Input's Submitted event for Enter; "on screen" is the first
    screen refresh after the planner updated its table (Textual's
    call_after_refresh), so the figure includes recomputing the report and
    repainting.
    """
    from textual.widgets import DataTable, Input

    from lkjip_tui.tui.app import LkjipApp
    from lkjip_tui.tui.planner import PlannerScreen

    work = Path(tempfile.mkdtemp(prefix="lkjip-tui-bench-"))
    shutil.copytree(ROOT / "data", work / "data")
    shutil.copytree(ROOT / "rules", work / "rules")
    os.chdir(work)
    shown_ms: list[float] = []
    table_ms: list[float] = []
    original = PlannerScreen.on_input_submitted

    def timed(self: PlannerScreen, event: Input.Submitted) -> None:
        start = time.perf_counter()
        original(self, event)
        table_ms.append((time.perf_counter() - start) * 1000)
        self.call_after_refresh(lambda: shown_ms.append((time.perf_counter() - start) * 1000))

    PlannerScreen.on_input_submitted = timed  # type: ignore[method-assign]
    app = LkjipApp(Path("data/bp3mi-sumbar/2023-tw2.yaml"), planner=True)
    async with app.run_test(size=(110, 30)) as pilot:
        while not isinstance(app.screen, PlannerScreen):
            await pilot.pause(0.01)
        await pilot.pause(0.2)
        screen = app.screen
        field = screen.query_one("#f-annual", Input)
        table = screen.query_one("#plan", DataTable)
        for i in range(edits):
            annual = 1200 + 4 * (i % 2)  # 1200 / 1204: TW II 300 / 301
            field.value = str(annual)
            field.focus()
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause(0.05)
            assert str(table.get_cell("IKU1", "TW II")) == str(annual // 4)
    PlannerScreen.on_input_submitted = original  # type: ignore[method-assign]
    shutil.rmtree(work, ignore_errors=True)
    return shown_ms, table_ms


def main() -> None:
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores\n")
    times = cold_start(10)
    print("1. cold start to the first screen (sample, reviewer view, headless 100x30)")
    print(
        f"   median {statistics.median(times) * 1000:.0f} ms (min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f})  (floor: < 1000 ms)\n"
    )
    shown_ms, table_ms = asyncio.run(planner_latency(40))
    print("2. planner: Enter on a new annual target to updated values, 40 edits")
    print(
        f"   to values on screen    median {statistics.median(shown_ms):.1f} ms  (max {max(shown_ms):.1f})  (floor: < 50 ms)"
    )
    print(
        f"   to values in the table median {statistics.median(table_ms):.1f} ms  (apply, re-check the report, update cells)"
    )


if __name__ == "__main__":
    main()
