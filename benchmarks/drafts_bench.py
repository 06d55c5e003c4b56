"""lkjip's two figures for Word drafts, measured side by side. Rerun with:

    python benchmarks/drafts_bench.py             # both figures
    python benchmarks/drafts_bench.py --runs 30   # more runs for steadier medians

1. Cold check of a draft: `lkjip check` of the sample's Word draft (made by
   tests/drafts/make_docx.py) in a new process, against `lkjip check` of its
   hand-made YAML data file, alternating A B A B …, every run with an empty
   user cache. Medians and the ratio of medians. Floor: at most 2×.
2. Importing many drafts: `lkjip import` of 100 Word drafts (the sample with
   its tables' digits varied: 25 units × TW I–IV, each unit with the sample's
   targets; --jobs = cores) against one Python process that only opens the
   same files with python-docx, runs alternating. Throughput ratio (files/s
   of lkjip ÷ files/s of opening). Floor: at least 70%.

Uses the lkjip installed next to this Python (pip install .).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench import lkjip_command, ms, timed  # noqa: E402

from tests.drafts.make_docx import make  # noqa: E402

YAML = ROOT / "data" / "bp3mi-sumbar" / "2023-tw2.yaml"
UNIT_RULES = ROOT / "rules" / "bp3mi-sumbar" / "2023.toml"
OPEN_ALL = (
    "import sys, pathlib, docx\n"
    "for p in sorted(pathlib.Path(sys.argv[1]).glob('*.docx')):\n"
    "    docx.Document(str(p))\n"
)


def prepared(before: Callable[[], object] | None) -> Callable[[list[str], dict[str, str]], float]:
    """bench.timed (an empty user cache for every run), after `before` (clearing an output)."""

    def run(cmd: list[str], env: dict[str, str]) -> float:
        if before is not None:
            before()
        return timed(cmd, env)

    return run


def alternate(
    a: list[str], b: list[str], runs: int, env: dict[str, str], before: Callable[[], object] | None = None
) -> tuple[list[float], list[float]]:
    run = prepared(before)
    run(a, env)
    run(b, env)
    ta, tb = [], []
    for _ in range(runs):
        ta.append(run(a, env))
        tb.append(run(b, env))
    return ta, tb


def drafts(directory: Path, rules: Path, n: int) -> list[Path]:
    """n Word drafts: units unit-01 … with the sample's targets, four quarters each."""
    directory.mkdir(parents=True)
    template = UNIT_RULES.read_text("utf-8")
    out = []
    for i in range(n):
        unit = f"unit-{i // 4 + 1:02d}"
        if not (rules / unit).is_dir():
            (rules / unit).mkdir(parents=True)
            (rules / unit / "2023.toml").write_text(
                template.replace('unit = "bp3mi-sumbar"', f'unit = "{unit}"'), "utf-8"
            )
        out.append(make(directory / f"{unit}-2023-tw{i % 4 + 1}.docx", seed=i + 1))
    shutil.copytree(ROOT / "rules" / "bp2mi", rules / "bp2mi")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--files", type=int, default=100)
    ap.add_argument("--import-runs", type=int, default=5)
    args = ap.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["LKJIP_CACHE_DIR"] = tempfile.mkdtemp(prefix="lkjip-bench-cache-")
    cmd = lkjip_command()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, lkjip: {' '.join(cmd)}\n")
    with tempfile.TemporaryDirectory(prefix="lkjip-drafts-") as tmp:
        sample = make(Path(tmp) / "bp3mi-sumbar-2023-tw2.docx")
        print("1. cold check: the sample's Word draft vs its hand-made YAML, alternating runs")
        ta, tb = alternate(
            [*cmd, "check", "--format", "json", str(sample)],
            [*cmd, "check", "--format", "json", str(YAML)],
            args.runs,
            env,
        )
        print(f"   lkjip check DRAFT.docx           {ms(ta)}")
        print(f"   lkjip check data YAML            {ms(tb)}")
        print(
            f"   ratio of medians                 {statistics.median(ta) / statistics.median(tb):.2f}x  (floor: <= 2x)\n"
        )

        rules = Path(tmp) / "rules"
        files = drafts(Path(tmp) / "drafts", rules, args.files)
        out = Path(tmp) / "out"
        jobs = os.cpu_count() or 1
        size = sum(p.stat().st_size for p in files) // 1024
        print(f"2. importing {len(files)} Word drafts ({size} KB) vs opening them with python-docx")
        importing = [
            *cmd,
            "import",
            "--rules",
            str(rules),
            "--jobs",
            str(jobs),
            "-o",
            str(out),
            *map(str, files),
        ]
        opening = [sys.executable, "-c", OPEN_ALL, str(files[0].parent)]
        ta, tb = alternate(
            importing, opening, args.import_runs, env, before=lambda: shutil.rmtree(out, ignore_errors=True)
        )
        rate_a, rate_b = len(files) / statistics.median(ta), len(files) / statistics.median(tb)
        prepared(lambda: shutil.rmtree(out, ignore_errors=True))(importing, env)
        print(f"   lkjip import (--jobs {jobs})        {ms(ta)}  {rate_a:6.1f} files/s")
        print(f"   python-docx opening, 1 process   {ms(tb)}  {rate_b:6.1f} files/s")
        print(f"   throughput ratio                 {rate_a / rate_b:.0%}  (floor: >= 70%)")
        written = sorted(out.rglob("*.yaml"))
        assert len(written) == len(files), f"{len(written)} of {len(files)} drafts were imported"


if __name__ == "__main__":
    main()
