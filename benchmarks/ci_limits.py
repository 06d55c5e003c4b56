"""SARIF and GitHub annotations of N generated reports against GitHub's limits.

    python benchmarks/ci_limits.py [N]

Generates N reports (benchmarks/generate.py), writes their SARIF and prints how
it was split (runs, results per run), its size raw and gzip-compressed, and the
limits it must keep (25,000 results per run, 20 runs, 10 MB gzip-compressed).
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> None:
    from generate import generate

    from lkjip_tui.output.sarif import MAX_GZIP_BYTES, MAX_RESULTS_PER_RUN, MAX_RUNS

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    with tempfile.TemporaryDirectory() as tmp:
        data, out = Path(tmp) / "data", Path(tmp) / "lkjip.sarif"
        generate(data, n)
        started = time.perf_counter()
        lkjip = [sys.executable, "-m", "lkjip_tui", "check", "--no-cache", "--rules", str(ROOT / "rules")]
        subprocess.run([*lkjip, "--format", "sarif", "--output", str(out), str(data)], check=False)
        took = time.perf_counter() - started
        raw = out.read_bytes()
        doc = json.loads(raw)
        counts = [len(r["results"]) for r in doc["runs"]]
        packed = len(gzip.compress(raw))
    print(f"{n} reports: {sum(counts)} results in {len(counts)} runs {counts} in {took:.1f} s")
    print(f"size {len(raw) / 1e6:.1f} MB, gzip {packed / 1e6:.2f} MB")
    print(
        f"limits: {MAX_RESULTS_PER_RUN} results per run, {MAX_RUNS} runs, {MAX_GZIP_BYTES / 1e6:.0f} MB gzip"
    )
    ok = max(counts) <= MAX_RESULTS_PER_RUN and len(counts) <= MAX_RUNS and packed <= MAX_GZIP_BYTES
    print("within the limits" if ok else "PAST THE LIMITS")


if __name__ == "__main__":
    main()
