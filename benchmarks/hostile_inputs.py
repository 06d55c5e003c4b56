"""Hostile inputs of issue 18, each checked by `lkjip check --format json` in a new process.

    python benchmarks/hostile_inputs.py

Before the fix (issue 18's measurements): dot leaders 42 dots > 60 s; `pemulangan .*? adalah`
over 3,000 spaces 57 s; `^JUMLAH PAGU` over 10,000 spaces 10 s; `**b ` × 30,000 69 s; a value
with 30,000 spaces 41 s; 10⁵ lines joined by a parenthesis 45 s; 10,000 weekday mismatches in
one paragraph 64 s. The inputs here are as large or larger (see tests/hostile.py).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.hostile import DRAFTS  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        rules = Path(tmp) / "rules"
        shutil.copytree(ROOT / "rules" / "bp2mi", rules / "bp2mi")
        shutil.copytree(ROOT / "tests" / "cases" / "rules" / "contoh", rules / "contoh")
        for name, make in DRAFTS.items():
            draft = Path(tmp) / "contoh-2023-tw2.txt"
            draft.write_text(make(), "utf-8")
            start = time.perf_counter()
            proc = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "lkjip_tui",
                    "check",
                    "--no-cache",
                    "--format",
                    "json",
                    "--rules",
                    str(rules),
                    str(draft),
                ],
                capture_output=True,
            )
            print(
                f"{name:24} {draft.stat().st_size:>9} bytes  {time.perf_counter() - start:6.2f} s  exit {proc.returncode}"
            )


if __name__ == "__main__":
    main()
