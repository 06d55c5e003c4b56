"""lkjip's figures for published PDFs. Rerun with:

    python benchmarks/pdf_bench.py              # both figures
    python benchmarks/pdf_bench.py --runs 9     # more runs for steadier medians

1. Reading cost: lkjip's PDF reader (drafts/pdf.py: read into a Draft) on the
   sample's PDF (the Word draft of tests/drafts/make_docx.py printed by
   LibreOffice headless), against pdfplumber alone extracting the same pages'
   words and tables (`extract_words()` and `find_tables()` on every page),
   runs alternating in one process. Ratio of medians. Target: at most 1.5×.
2. 100 PDFs with --jobs: `lkjip check --jobs N` (N = cores) of 100 copies of
   the sample's PDF (25 units × TW I–IV names) in a new process, empty
   cache: files per second, beside pdfplumber alone extracting the same files'
   words and tables in one process (its rate over a sample of the copies).

Needs LibreOffice (`soffice`) for the conversion.
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.drafts.make_docx import make  # noqa: E402


def to_pdf(docx: Path) -> Path:
    env = {**os.environ, "HOME": str(docx.parent)}
    subprocess.run(
        ["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(docx.parent), str(docx)],
        check=True, capture_output=True, env=env, timeout=300,
    )  # fmt: skip
    return docx.with_suffix(".pdf")


def pdfplumber_alone(path: Path) -> None:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words()
            page.find_tables()


def lkjip_reader(path: Path) -> None:
    from lkjip_tui.drafts.pdf import read

    read(path, path.name)


def seconds(fn: object, path: Path) -> float:
    start = time.perf_counter()
    fn(path)  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--files", type=int, default=100)
    ap.add_argument("--sample", type=int, default=10, help="files pdfplumber alone reads for its rate")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pdf = to_pdf(make(folder / "bp3mi-sumbar-2023-tw2.docx"))
        ours, alone = [], []
        for _ in range(args.runs):
            alone.append(seconds(pdfplumber_alone, pdf))
            ours.append(seconds(lkjip_reader, pdf))
        a, o = statistics.median(alone), statistics.median(ours)
        print(f"1. reading the sample's PDF ({args.runs} runs): pdfplumber alone {a * 1000:.0f} ms, "
              f"lkjip {o * 1000:.0f} ms: {o / a:.2f}x (target <= 1.5x)", flush=True)  # fmt: skip

        batch = folder / "batch"
        batch.mkdir()
        for i in range(args.files):
            shutil.copy(pdf, batch / f"unit{i // 4:02d}-2023-tw{i % 4 + 1}.pdf")
        env = {**os.environ, "LKJIP_NO_CACHE": "1"}  # drafts are never cached; say so anyway
        jobs = os.cpu_count() or 1
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "lkjip_tui", "check", "--jobs", str(jobs), "--format", "json", str(batch)],
            capture_output=True, env=env, timeout=3600,
        )  # fmt: skip
        checked = time.perf_counter() - start
        print(f"2. {args.files} PDFs: lkjip check --jobs {jobs} {args.files / checked:.2f} files/s ({checked:.1f} s)",
              flush=True)  # fmt: skip
        # The files are copies: pdfplumber's rate over a sample of them is its rate over all.
        sample = sorted(batch.glob("*.pdf"))[: args.sample]
        start = time.perf_counter()
        for p in sample:
            pdfplumber_alone(p)
        rate = len(sample) / (time.perf_counter() - start)
        print(f"   pdfplumber alone, one process, words and tables: {rate:.2f} files/s; "
              f"lkjip --jobs {jobs} does {args.files / checked / rate:.0%} of that")  # fmt: skip


if __name__ == "__main__":
    main()
