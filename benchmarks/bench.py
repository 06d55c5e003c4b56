"""lkjip's performance figures, each measured side by side with its floor. Rerun with:

    python benchmarks/bench.py                    # every figure
    python benchmarks/bench.py --only cold        # one of: cold, throughput, cache
    python benchmarks/bench.py --runs 30          # more runs for steadier medians

1. Cold check: `lkjip check` of the sample in a new process (through the Typer
   app, each run with an empty user cache) against a minimal Typer app whose one
   command loads the same file with CSafeLoader. Runs alternate A B A B …;
   medians, min–max and the ratio of medians are reported. Floor: at most 1.3×.
   For reference, also against `python -c` loading the file with no Typer.
2. Throughput: checking a directory of 1,000 generated reports (one `lkjip
   check` process, default options: --jobs one per core, the results cache on
   but emptied before every run, so entries are written and none is read) in
   the text, json, sarif and github formats, against one Python process that
   only parses the same files with CSafeLoader; alternating runs. Floor: at
   least 70% of the parse's files per second, for every format.
3. Cache: the same 1,000 files checked with an empty results cache, then again
   unchanged (every result from the cache). Floor: the re-check under 10% of
   the cold check.

The generated reports vary about half of the sample's numbers at random, so
each draws some 220 findings (the sample itself: 70): a heavy case for
rendering. Uses the lkjip installed next to this Python (pip install .);
bytecode is allowed so that imports are measured as users see them.
"""

from __future__ import annotations

import argparse
import os
import resource
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
# The floor of a Typer command line: the framework, one command, the same file parsed.
MINIMAL_TYPER = """\
from pathlib import Path

import typer
import yaml

app = typer.Typer(add_completion=False)


@app.command()
def check(path: Path, format: str = "text") -> None:
    yaml.load(path.read_text("utf-8"), Loader=yaml.CSafeLoader)


app()
"""


def lkjip_command() -> list[str]:
    script = Path(sys.executable).with_name("lkjip")
    return [str(script)] if script.exists() else [sys.executable, "-m", "lkjip_tui"]


CPU: dict[str, list[float]] = {}  # command -> CPU seconds (user + system, its processes together)


def timed(cmd: list[str], env: dict[str, str], fresh_cache: bool = True) -> float:
    if fresh_cache and "LKJIP_CACHE_DIR" in env:  # an empty user cache, as on a fresh CI runner
        shutil.rmtree(env["LKJIP_CACHE_DIR"], ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # a worker's time counts once it is reaped
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    CPU.setdefault(" ".join(cmd), []).append(cpu)
    return elapsed


def alternate(a: list[str], b: list[str], runs: int, env: dict[str, str]) -> tuple[list[float], list[float]]:
    for cmd in (a, b):  # warm-up: page cache, bytecode
        timed(cmd, env)
    ta, tb = [], []
    for _ in range(runs):
        ta.append(timed(a, env))
        tb.append(timed(b, env))
    return ta, tb


def ms(xs: list[float]) -> str:
    return f"{statistics.median(xs) * 1000:7.1f} ms (min {min(xs) * 1000:.1f}, max {max(xs) * 1000:.1f})"


def secs(xs: list[float]) -> str:
    return f"{statistics.median(xs):6.2f} s (min {min(xs):.2f}, max {max(xs):.2f})"


def cold(lkjip: list[str], runs: int, env: dict[str, str], tmp: Path) -> None:
    floor_script = tmp / "minimal_typer.py"
    floor_script.write_text(MINIMAL_TYPER, "utf-8")
    check = [*lkjip, "check", "--format", "json", str(SAMPLE)]
    typer_floor = [sys.executable, str(floor_script), str(SAMPLE), "--format", "json"]
    print("1. cold single-file check, alternating runs (empty user cache every run)")
    ta, tb = alternate(check, typer_floor, runs, env)
    print(f"   lkjip check (Typer app)               {ms(ta)}")
    print(f"   minimal Typer app + CSafeLoader load  {ms(tb)}")
    ratio = statistics.median(ta) / statistics.median(tb)
    print(f"   ratio of medians                      {ratio:.2f}x  (floor: <= 1.3x)")
    ta, tc = alternate(check, [sys.executable, "-c", PARSE_ONE, str(SAMPLE)], runs, env)
    print(
        f"   for reference: python -c CSafeLoader  {ms(tc)}  (lkjip {statistics.median(ta) / statistics.median(tc):.2f}x)\n"
    )


def throughput(lkjip: list[str], runs: int, env: dict[str, str], files: Path, n: int) -> None:
    print(f"2. throughput over {n} generated reports, empty cache, default --jobs ({os.cpu_count()} cores)")
    parse_dir = [sys.executable, "-c", PARSE_ALL, str(files)]
    for fmt in ("text", "json", "sarif", "github"):
        cmd = [*lkjip, "check", "--format", fmt, str(files)]
        ta, tb = alternate(cmd, parse_dir, runs, env)
        rates = sorted(n / t_a / (n / t_b) * 100 for t_a, t_b in zip(ta, tb, strict=True))
        rate_a, rate_b = n / statistics.median(ta), n / statistics.median(tb)
        print(f"   lkjip check --format {fmt:<7} {secs(ta)}  {rate_a:5.0f} files/s")
        print(f"   CSafeLoader parse, one process {secs(tb)}  {rate_b:5.0f} files/s")
        spread = f"pairs {rates[0]:.0f}–{rates[-1]:.0f}%"
        print(f"   lkjip / parse                  {rate_a / rate_b * 100:6.0f}%  ({spread}; floor: >= 70%)")
        # What the same work would give on an otherwise idle machine: CPU seconds, lkjip's
        # spread over its workers, against the parse's. Wall time is the figure; this says
        # how much of a shortfall is the machine's load rather than lkjip's work.
        cpu_a = statistics.median(CPU[" ".join(cmd)])
        cpu_b = statistics.median(CPU[" ".join(parse_dir)])
        jobs = os.cpu_count() or 1
        print(
            f"   CPU: lkjip {cpu_a:.1f} s, parse {cpu_b:.1f} s; idle-machine estimate "
            f"{cpu_b / (cpu_a / jobs) * 100:.0f}% with {jobs} workers"
        )
    print()


def cache(lkjip: list[str], runs: int, env: dict[str, str], files: Path, n: int) -> None:
    print(f"3. results cache over {n} generated reports (--format json, default --jobs)")
    cmd = [*lkjip, "check", "--format", "json", str(files)]
    timed(cmd, env)  # warm-up
    cold_t, warm_t = [], []
    for _ in range(runs):
        cold_t.append(timed(cmd, env, fresh_cache=True))
        warm_t.append(timed(cmd, env, fresh_cache=False))
    ratios = sorted(w / c * 100 for c, w in zip(cold_t, warm_t, strict=True))
    print(f"   cold (empty cache)             {secs(cold_t)}")
    print(f"   unchanged, from the cache      {secs(warm_t)}")
    ratio = statistics.median(warm_t) / statistics.median(cold_t) * 100
    print(
        f"   re-check / cold                {ratio:6.1f}%  (pairs {ratios[0]:.1f}–{ratios[-1]:.1f}%; floor: < 10%)\n"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--throughput-runs", type=int, default=3)
    ap.add_argument("--only", choices=("cold", "throughput", "cache"))
    args = ap.parse_args()

    env = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "GITHUB_ACTIONS", "CI")
    }
    lkjip = lkjip_command()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, lkjip: {' '.join(lkjip)}\n")
    with tempfile.TemporaryDirectory(prefix="lkjip-bench-") as tmp_name:
        tmp = Path(tmp_name)
        env["LKJIP_CACHE_DIR"] = str(tmp / "cache")
        if args.only in (None, "cold"):
            cold(lkjip, args.runs, env, tmp)
        if args.only in (None, "throughput", "cache"):
            files = tmp / "reports"
            generate(files, args.files)
            size = sum(p.stat().st_size for p in files.iterdir()) // 1024
            print(f"   ({args.files} files, {size} KB)\n")
            if args.only in (None, "throughput"):
                throughput(lkjip, args.throughput_runs, env, files, args.files)
            if args.only in (None, "cache"):
                cache(lkjip, args.throughput_runs, env, files, args.files)


if __name__ == "__main__":
    main()
