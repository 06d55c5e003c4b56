"""lkjip's two performance figures, measured side by side. Rerun with:

    python benchmarks/bench.py            # both figures
    python benchmarks/bench.py --runs 30  # more runs for steadier medians

1. Cold check: `lkjip check` of the sample in a new process, against a
   `python -c` that only imports PyYAML and loads the same file with
   CSafeLoader. Runs alternate A B A B …; medians and the ratio of medians
   are reported. Every run starts with an empty user cache (a fresh CI
   runner); the shipped rules' formulas come pre-parsed with the package.
   For reference, also with all caching off (every formula parsed by lark).
   Floor: at most 3×.
2. Throughput: checking a directory of 1,000 generated reports (one
   `lkjip check` process, default --jobs; text and JSON output) against one
   Python process that only parses the same files with CSafeLoader, runs
   alternating. Floor: at least 70%. The generated reports vary about half of
   the sample's numbers at random, so each draws some 220 findings (the
   sample itself: 70): a heavy case for rendering.

Uses the lkjip installed next to this Python (pip install .); bytecode is
allowed so that imports are measured as users see them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate import SAMPLE, generate  # noqa: E402

PARSE_ONE = "import sys, yaml; yaml.load(open(sys.argv[1], encoding='utf-8'), Loader=yaml.CSafeLoader)"
PARSE_ALL = (
    "import sys, yaml, pathlib\n"
    "for p in sorted(pathlib.Path(sys.argv[1]).glob('*.yaml')):\n"
    "    yaml.load(p.read_text('utf-8'), Loader=yaml.CSafeLoader)\n"
)


def lkjip_command() -> list[str]:
    script = Path(sys.executable).with_name("lkjip")
    return [str(script)] if script.exists() else [sys.executable, "-m", "lkjip_tui"]


def timed(cmd: list[str], env: dict[str, str]) -> float:
    if "LKJIP_CACHE_DIR" in env:  # every run starts with an empty user cache, as on a fresh CI runner
        shutil.rmtree(env["LKJIP_CACHE_DIR"], ignore_errors=True)
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    return time.perf_counter() - start


def alternate(a: list[str], b: list[str], runs: int, env: dict[str, str]) -> tuple[list[float], list[float]]:
    for cmd in (a, b):  # warm-up: page cache, bytecode, formula cache
        timed(cmd, env)
    ta, tb = [], []
    for _ in range(runs):
        ta.append(timed(a, env))
        tb.append(timed(b, env))
    return ta, tb


def ms(xs: list[float]) -> str:
    return f"{statistics.median(xs) * 1000:7.1f} ms (min {min(xs) * 1000:.1f}, max {max(xs) * 1000:.1f})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--throughput-runs", type=int, default=3)
    args = ap.parse_args()

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    cache = tempfile.mkdtemp(prefix="lkjip-bench-cache-")
    env["LKJIP_CACHE_DIR"] = cache
    lkjip = lkjip_command()
    baseline = [sys.executable, "-c", PARSE_ONE, str(SAMPLE)]
    check = [*lkjip, "check", "--format", "json", str(SAMPLE)]

    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, lkjip: {' '.join(lkjip)}\n")
    print("1. cold single-file check vs CSafeLoader load, alternating runs")
    ta, tb = alternate(check, baseline, args.runs, env)
    print(f"   lkjip check (empty user cache)   {ms(ta)}")
    print(f"   python -c yaml CSafeLoader load  {ms(tb)}")
    print(
        f"   ratio of medians                 {statistics.median(ta) / statistics.median(tb):.2f}x  (floor: <= 3x)"
    )
    nocache = {**env, "LKJIP_NO_CACHE": "1"}
    ta, tb = alternate(check, baseline, args.runs, nocache)
    print(f"   lkjip check (all caching off)    {ms(ta)}")
    print(f"   python -c yaml CSafeLoader load  {ms(tb)}")
    print(f"   ratio of medians                 {statistics.median(ta) / statistics.median(tb):.2f}x\n")

    with tempfile.TemporaryDirectory(prefix="lkjip-bench-") as tmp:
        files = Path(tmp) / "reports"
        generate(files, args.files)
        print(
            f"2. throughput over {args.files} generated reports ({sum(p.stat().st_size for p in files.iterdir()) // 1024} KB)"
        )
        parse_dir = [sys.executable, "-c", PARSE_ALL, str(files)]
        variants = [
            (f"lkjip check DIR (text, --jobs {os.cpu_count()})", [*lkjip, "check", str(files)]),
            (
                f"lkjip check DIR (json, --jobs {os.cpu_count()})",
                [*lkjip, "check", "--format", "json", str(files)],
            ),
            ("lkjip check DIR (text, --jobs 1)", [*lkjip, "check", "--jobs", "1", str(files)]),
        ]
        for label, cmd in variants:
            ta, tb = alternate(cmd, parse_dir, args.throughput_runs, env)
            rate_a, rate_b = args.files / statistics.median(ta), args.files / statistics.median(tb)
            print(f"   {label:<36} {statistics.median(ta):6.2f} s  {rate_a:5.0f} files/s")
            print(
                f"   {'CSafeLoader parse, one process':<36} {statistics.median(tb):6.2f} s  {rate_b:5.0f} files/s"
            )
            print(f"   {'lkjip throughput / parse':<36} {rate_a / rate_b * 100:6.0f}%   (floor: >= 70%)")
    shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    main()
