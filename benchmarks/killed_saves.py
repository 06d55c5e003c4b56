"""Kill saves mid-write, and count what they leave (issue 18: 32 temp files in 200 kills).

Each round starts a process that saves one targets-sized file over and over through
`write_atomic`, kills it with SIGKILL at a random moment, and checks the file is one whole
version. At the end it counts the temp files the kills left (all must be lkjip's, named for the
file), ages them past STALE_AFTER — as time would — and saves once more: none may be left.

    .venv/bin/python benchmarks/killed_saves.py [--kills 200]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lkjip_tui.model.files import STALE_AFTER, _temp_pattern, write_atomic  # noqa: E402

SAVER = """
import sys
from pathlib import Path
from lkjip_tui.model.files import write_atomic
target, n = Path(sys.argv[1]), 0
print("ready", flush=True)
while True:
    n += 1
    write_atomic(target, f"# version {n}\\n" + "x = 1\\n" * 40000 + f"# end {n}\\n")
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=200)
    args = parser.parse_args()
    rng = random.Random(18)
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "2023.toml"
        write_atomic(target, "# version 0\n# end 0\n")
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        torn = 0
        for _ in range(args.kills):
            proc = subprocess.Popen(
                [sys.executable, "-c", SAVER, str(target)], stdout=subprocess.PIPE, text=True, env=env
            )
            assert proc.stdout is not None and proc.stdout.readline() == "ready\n"
            time.sleep(rng.uniform(0.0, 0.05))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            lines = target.read_text("utf-8").splitlines()
            torn += lines[0].removeprefix("# version ") != lines[-1].removeprefix("# end ")
        pattern = _temp_pattern(target)
        left = [p for p in Path(tmp).iterdir() if p != target]
        ours = [p for p in left if pattern.fullmatch(p.name)]
        then = time.time() - STALE_AFTER - 1
        for p in left:
            os.utime(p, (then, then))
        write_atomic(target, "# version last\n# end last\n")
        after = [p for p in Path(tmp).iterdir() if p != target]
    print(
        f"{args.kills} kills: {torn} torn files, {len(left)} temp files left ({len(ours)} named as lkjip's)"
    )
    print(f"after they are {STALE_AFTER:.0f} s old, the next save leaves {len(after)}")


if __name__ == "__main__":
    main()
