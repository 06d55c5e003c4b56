"""How checking one file scales with its size, against parsing the same file. Rerun with:

    python benchmarks/scale.py                 # every case, 3 runs each
    python benchmarks/scale.py --runs 5 --only 100x tree-10k
    python benchmarks/scale.py --gc-off        # the same with the garbage collector off

Each case is one data file. In a process of its own, with lkjip imported and
the rules loaded (a warm-up check), the file is checked as `lkjip check
--format json` does (reading, every rule, every finding rendered to JSON) and
loaded with PyYAML's CSafeLoader, in turn, A B A B …; medians are compared.
Interpreter start and imports are the same for every size and are measured by
benchmarks/bench.py (cold check). Floor: the check within 2× of the parse.

    1x … 1000x   the sample with every table printed N times (tables named
                 x2, x3 …, of the same kinds): N times the rows, and every
                 figure the tables state mentioned N times as often
    mentions-10k one fact stated 10,000 times in the narrative
    tree-10k     a budget table of 10,000 codes as one parent chain
    rowsum-10k   10,000 rows with a per-row condition that sums its own table

The 1000x file (23 MB) is over the 8 MiB limit of `lkjip check`: the case
raises the limit for the measurement (in this script's child only), so that
the figure shows how the work scales. A case that
runs longer than --timeout seconds is reported as such.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SAMPLE = ROOT / "data" / "bp3mi-sumbar" / "2023-tw2.yaml"

# One case in a process of its own: (check, parse) seconds per run, alternating, as JSON.
CHILD = """
import gc, json, os, sys, time
from pathlib import Path
import yaml
from lkjip_tui.engine import Engine
from lkjip_tui.model import source
from lkjip_tui.output import jsonfmt
source.MAX_BYTES = int(os.environ["LKJIP_BENCH_MAX_BYTES"])
path, rules, warm, runs = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
if os.environ.get("LKJIP_BENCH_GC_OFF"):
    gc.disable()
engine = Engine([rules])
engine.check_file(warm)  # imports done, rules loaded
check, parse = [], []
for _ in range(runs):
    start = time.perf_counter()
    result = engine.check_file(path)
    assert result.error is None, result.error
    for f in result.findings:
        json.dumps(jsonfmt.finding_dict(f, "id"), ensure_ascii=False)
    check.append(time.perf_counter() - start)
    start = time.perf_counter()
    yaml.load(path.read_text("utf-8"), Loader=yaml.CSafeLoader)
    parse.append(time.perf_counter() - start)
print(json.dumps({"check": check, "parse": parse, "findings": len(result.findings)}))
"""
HEADER = "lkjip: 1\nunit: bp3mi-sumbar\nyear: 2023\nquarter: TW II\n"


def scaled(n: int) -> str:
    """The sample with every table printed n times: the copies named <table>_x2 …, kind kept."""
    text = SAMPLE.read_text("utf-8")
    head, rest = text.split("\ntables:\n", 1)
    tables, facts = rest.split("\n# Figures the narrative states", 1)
    blocks = tables.split("\n\n")
    out = [head, "\ntables:\n", tables]
    for i in range(2, n + 1):
        for block in blocks:
            lines = block.strip("\n").splitlines()
            name = lines[0].strip().rstrip(":")
            if "kind:" not in block:
                lines.insert(1, f"    kind: {name}")
            lines[0] = f"  {name}_x{i}:"
            out.append("\n" + "\n".join(lines) + "\n")
    out.append("\n# Figures the narrative states" + facts)
    return "".join(out)


def mentions(k: int) -> str:
    """One fact stated k times, every statement a little different (as drafts drift)."""
    items = "".join(f"    - {{value: '{1000 + i % 3}', source_line: {i + 1}}}\n" for i in range(k))
    return HEADER + "facts:\n  jumlah_berita:\n" + items


def tree(n: int) -> str:
    """A budget table of n codes, each the parent of the next: one chain n deep."""
    rows = []
    for i in range(n):
        parent = f", parent: k{i - 1}" if i else ""
        rows.append(
            f"      k{i}: {{uraian: kode {i}{parent}, pagu: 1.000, anggaran: 1.000, realisasi: 500,"
            f" saldo: 500, persen: '50,00%'}}\n"
        )
    return HEADER + "tables:\n  anggaran:\n    rows:\n" + "".join(rows)


def rowsum(n: int) -> str:
    rows = "".join(f"      - {{no: '{i + 1}', jml: {i % 7}}}\n" for i in range(n))
    return HEADER + "tables:\n  pemulangan:\n    rows:\n" + rows


ROWSUM_CHECK = """
[[condition]]
table = "pemulangan"
require = "jml <= sum(pemulangan[*].jml)"
message = { id = "lebih dari jumlahnya", en = "more than the total" }
"""

CASES: dict[str, Callable[[], str]] = {
    "1x": lambda: scaled(1),
    "10x": lambda: scaled(10),
    "100x": lambda: scaled(100),
    "1000x": lambda: scaled(1000),
    "mentions-10k": lambda: mentions(10_000),
    "tree-10k": lambda: tree(10_000),
    "rowsum-10k": lambda: rowsum(10_000),
}


def measure(cmd: list[str], env: dict[str, str], timeout: float) -> dict[str, Any] | None:
    try:
        done = subprocess.run(cmd, env=env, timeout=timeout, capture_output=True, text=True, check=False)
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        sys.exit(f"{cmd[3]} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=600.0, help="seconds one case may take in all")
    ap.add_argument("--only", nargs="*", choices=list(CASES), help="run only these cases")
    ap.add_argument("--gc-off", action="store_true", help="check with the garbage collector off")
    args = ap.parse_args()

    env = {**os.environ, "LKJIP_NO_CACHE": "1", "LKJIP_BENCH_MAX_BYTES": str(1 << 30)}
    if args.gc_off:
        env["LKJIP_BENCH_GC_OFF"] = "1"
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores; {args.runs} runs each, alternating")
    print(f"{'case':<13} {'size':>8} {'findings':>8} {'lkjip check':>22} {'CSafeLoader':>22} {'ratio':>6}")
    with tempfile.TemporaryDirectory(prefix="lkjip-scale-") as tmp:
        rules = Path(tmp) / "rules"
        shutil.copytree(ROOT / "rules", rules)
        with (rules / "bp2mi" / "checks.toml").open("a", encoding="utf-8") as f:
            f.write(ROWSUM_CHECK)  # holds on every row of every other case: no findings
        warm = Path(tmp) / "warm.yaml"
        warm.write_text(HEADER, "utf-8")
        for name in args.only or CASES:
            path = Path(tmp) / f"{name}.yaml"
            path.write_text(CASES[name](), "utf-8")
            size = f"{path.stat().st_size / 1e6:.2f} MB"
            cmd = [sys.executable, "-c", CHILD, str(path), str(rules), str(warm), str(args.runs)]
            got = measure(cmd, env, args.timeout)
            if got is None:
                print(f"{name:<13} {size:>8} {'':>8} {'> ' + str(int(args.timeout)) + ' s in all':>22}")
            else:
                ta, tb = got["check"], got["parse"]
                ratio = statistics.median(ta) / statistics.median(tb)
                print(
                    f"{name:<13} {size:>8} {got['findings']:>8} {spread(ta):>22} {spread(tb):>22} {ratio:5.2f}x"
                )
            path.unlink()


def spread(xs: list[float]) -> str:
    return f"{statistics.median(xs):.2f} s ({min(xs):.2f}–{max(xs):.2f})"


if __name__ == "__main__":
    main()
