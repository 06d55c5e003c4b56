"""Two processes writing waivers into one file at once: every waiver is kept (engine.waivers'
lock). Without the lock each writer reads the file as it was and the later rename drops the
other's additions."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from lkjip_tui.engine import Engine
from lkjip_tui.engine.waivers import FILE_NAME, load_file, write_waiver
from tests.conftest import MINIMAL

PER_WRITER = 15


def _writer(data: str, rules: str, who: str, start: object) -> None:
    path = Path(data)
    finding = next(f for f in Engine([Path(rules)]).check_file(path).findings if f.code == "LKJ101")
    start.wait()  # type: ignore[attr-defined]
    for i in range(PER_WRITER):
        write_waiver(finding, path, f"{who} {i}", who, by_fingerprint=True)


def test_two_writers_at_once_lose_no_waiver(tmp_path: Path, rules_dir: Path) -> None:
    data = tmp_path / "a.yaml"
    data.write_text(MINIMAL.replace("capaian: 38%", "capaian: 83%"), "utf-8")
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(2)
    writers = [
        ctx.Process(target=_writer, args=(str(data), str(rules_dir), who, start)) for who in ("tui", "skrip")
    ]
    for w in writers:
        w.start()
    for w in writers:
        w.join(120)
        assert w.exitcode == 0
    written = load_file(tmp_path / FILE_NAME, FILE_NAME)
    expected = {f"{who} {i}" for who in ("tui", "skrip") for i in range(PER_WRITER)}
    assert {w.justification for w in written} == expected
    assert len(written) == 2 * PER_WRITER
