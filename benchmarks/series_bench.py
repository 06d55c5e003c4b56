"""The cost of the series rules: a directory check with them against one without. Rerun with:

    python benchmarks/series_bench.py                 # 20 years, 5 runs each side
    python benchmarks/series_bench.py --years 40 --runs 7

The data is the generated year of the sample's unit (tests/series/year.py: TW
I–IV and the annual report, each the size of the sample, with the series
slips), repeated for N years, each with its rules file, plus one report of
the year before. Each run is a new `lkjip check DIR --format json --no-cache`
process (default --jobs: one worker per core); with series rules, and with
`--ignore LKJ8` (no summaries built, no series pass). Runs alternate A B A B
…; medians, min–max and the ratio of medians are reported, of the wall time
and of the CPU time of lkjip and its workers (steadier on a loaded machine).
Floor: the series rules cost at most 10%.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.series.year import write_year  # noqa: E402

FLOOR = 1.10


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)  # the process and its workers, once reaped
    return r.ru_utime + r.ru_stime


def _run(args: list[str], cwd: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds of lkjip and its workers) of one check."""
    cpu, start = _cpu(), time.perf_counter()
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    took = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"lkjip failed ({done.returncode}): {done.stderr[-2000:]}")
    return took, _cpu() - cpu


def _line(name: str, runs: list[float]) -> str:
    return f"{name:<22} median {statistics.median(runs):.2f} s  (min–max {min(runs):.2f}–{max(runs):.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    lkjip = str(Path(sys.executable).with_name("lkjip"))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        data = write_year(out, years=args.years)
        files = len(list(data.glob("*.yaml")))
        base = [lkjip, "check", "data/bp3mi-sumbar", "--format", "json", "--no-cache"]
        with_series: list[tuple[float, float]] = []
        without: list[tuple[float, float]] = []
        _run(base, out)  # warm-up: bytecode, the formula cache
        for _ in range(args.runs):
            with_series.append(_run(base, out))
            without.append(_run([*base, "--ignore", "LKJ8"], out))
    print(
        f"{files} reports ({args.years} years × TW I–IV + annual, and one of the year before), "
        f"{args.runs} runs each"
    )
    for i, what in ((0, "wall"), (1, "CPU (lkjip and its workers)")):
        a_runs, b_runs = [r[i] for r in with_series], [r[i] for r in without]
        ratio = statistics.median(a_runs) / statistics.median(b_runs)
        print(what)
        print("  " + _line("with series rules", a_runs))
        print("  " + _line("--ignore LKJ8", b_runs))
        verdict = "met" if ratio <= FLOOR else "NOT met"
        print(f"  ratio {ratio:.3f} ({(ratio - 1) * 100:+.1f}%); floor ≤ {FLOOR:.2f}: {verdict}")


if __name__ == "__main__":
    main()
