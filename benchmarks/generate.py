"""Write N report files that vary the sample's numbers, for throughput benchmarks.

    python benchmarks/generate.py OUT_DIR [N]

Every printed number of the sample keeps its shape (digits, separators,
decorations) but gets random digits, so the files parse, check and fail the
way real drafts do. The same seed gives the same files.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "bp3mi-sumbar" / "2023-tw2.yaml"


def numeric_spans(text: str) -> list[tuple[int, int, int, str]]:
    """(line, column, length, text) of every printed number in the sample's data."""
    sys.path.insert(0, str(ROOT))
    from lkjip_tui.engine import Engine

    report, _ = Engine().load(SAMPLE)
    spans = []
    lines = text.splitlines(keepends=True)
    seen = set()
    cells = [c for t in report.tables.values() for r in t.rows.values() for c in r.cells.values()]
    cells += [m.cell for ms in report.mentions.values() for m in ms]
    for cell in cells:
        if cell.number is None or (cell.line, cell.column) in seen:
            continue
        seen.add((cell.line, cell.column))
        start = cell.column - 1
        if lines[cell.line - 1][start] in "\"'":
            start += 1
        spans.append((cell.line, start, len(cell.text), cell.text))
    return spans


def vary(printed: str, rng: random.Random) -> str:
    out = []
    first = True
    for ch in printed:
        if ch.isdigit():
            out.append(str(rng.randint(1 if first else 0, 9)) if printed.strip("0") else "0")
            first = False
        else:
            out.append(ch)
    return "".join(out)


def generate(out_dir: Path, n: int, seed: int = 2023) -> list[Path]:
    text = SAMPLE.read_text("utf-8")
    spans = numeric_spans(text)
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        lines = text.splitlines(keepends=True)
        for line, start, length, printed in spans:
            if rng.random() < 0.5:  # vary about half of the numbers of each file
                row = lines[line - 1]
                lines[line - 1] = row[:start] + vary(printed, rng) + row[start + length :]
        path = out_dir / f"report-{i:04d}.yaml"
        path.write_text("".join(lines), "utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    target = Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    print(f"wrote {len(generate(target, count))} files to {target}")
