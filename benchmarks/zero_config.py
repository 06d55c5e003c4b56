"""What a zero-config check costs and finds, against the catalogued check of the same draft.

    python benchmarks/zero_config.py             # both figures
    python benchmarks/zero_config.py --runs 30   # steadier medians

The sample's draft (tests/drafts/bp3mi-sumbar-2023-tw2.txt, and its Word
build by tests/drafts/make_docx.py) is checked twice in new processes,
alternating A B A B …, every run with an empty user cache:

  A. as bp3mi-sumbar-2023-tw2: its unit's rules (rules/bp3mi-sumbar, bp2mi);
  B. copied as bp3mi-contoh-2023-tw2: a unit with no rules, checked with the
     generic catalogue (rules/sakip) and the indicators the draft prints.

1. Time: the ratio of medians B / A. Floor: at most 2×.
2. What B finds of A's findings (same line and column): all of them, and
   those of the rules that need no agency knowledge (not the targets file,
   the IKU formulas and measuring quarters, nor the catalogue's names); and
   B's errors on a line, or an IKU's figure, A has no finding on at all
   (false errors: 0).

Uses the lkjip installed next to this Python (pip install .).
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench import lkjip_command, ms, timed  # noqa: E402

from tests.drafts.make_docx import make  # noqa: E402

DRAFT = ROOT / "tests" / "drafts" / "bp3mi-sumbar-2023-tw2.txt"
# Findings that follow from BP2MI's catalogue or the unit's targets file, not from the report alone.
AGENCY = {"LKJ102", "LKJ103", "LKJ104", "LKJ201", "LKJ202", "LKJ203", "LKJ704"}


def findings(lkjip: list[str], path: Path, env: dict[str, str]) -> list[dict[str, object]]:
    out = subprocess.run(
        [*lkjip, "check", "--format", "json", str(path)], capture_output=True, text=True, env=env, check=False
    ).stdout
    doc = json.loads(out)
    found: list[dict[str, object]] = (
        [f for r in doc["files"] for f in r["findings"]] if "files" in doc else doc["findings"]
    )
    return found


def compare(catalogued: list[dict[str, object]], zero: list[dict[str, object]]) -> None:
    places = {(f["line"], f["column"]) for f in zero}
    lines = {f["line"] for f in catalogued}
    # The same discrepancy may be named at another cell: the catalogued check flags each table's
    # target against the targets file (LKJ201), the zero-config one the disagreeing tables once
    # (LKJ304). The draft prints its indicators in the catalogue's order, so IKU ids coincide.
    cells = {(f["row"], f["field"]) for f in catalogued if f["row"]}
    general = [f for f in catalogued if f["code"] not in AGENCY]
    hit = [f for f in catalogued if (f["line"], f["column"]) in places]
    hit_general = [f for f in general if (f["line"], f["column"]) in places]
    false_errors = [
        f
        for f in zero
        if f["severity"] == "error" and f["line"] not in lines and (f["row"], f["field"]) not in cells
    ]
    print(
        f"   catalogued findings found by the zero-config check: {len(hit)} of {len(catalogued)}"
        f" ({100 * len(hit) / len(catalogued):.0f}%)"
    )
    print(
        f"   … of those needing no agency knowledge:            {len(hit_general)} of {len(general)}"
        f" ({100 * len(hit_general) / len(general):.0f}%)"
    )
    print(f"   zero-config errors where the catalogued check has no finding: {len(false_errors)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    lkjip = lkjip_command()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        env = {**os.environ, "LKJIP_CACHE_DIR": str(tmp / "cache")}
        for suffix in (".txt", ".docx"):
            catalogued = tmp / f"bp3mi-sumbar-2023-tw2{suffix}"
            if suffix == ".txt":
                shutil.copy(DRAFT, catalogued)
            else:
                make(catalogued)
            zero = tmp / f"bp3mi-contoh-2023-tw2{suffix}"
            shutil.copy(catalogued, zero)
            a = [*lkjip, "check", "--format", "json", str(catalogued)]
            b = [*lkjip, "check", "--format", "json", str(zero)]
            print(f"the sample's draft ({suffix}), {args.runs} alternating runs")
            for cmd in (a, b):
                timed(cmd, env)  # warm-up: page cache, bytecode
            ta, tb = [], []
            for _ in range(args.runs):
                ta.append(timed(a, env))
                tb.append(timed(b, env))
            print(f"   catalogued check    {ms(ta)}")
            print(f"   zero-config check   {ms(tb)}")
            print(f"   ratio of medians    {statistics.median(tb) / statistics.median(ta):.2f}× (floor: 2×)")
            compare(findings(lkjip, catalogued, env), findings(lkjip, zero, env))


if __name__ == "__main__":
    main()
