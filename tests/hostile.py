"""Hostile inputs of issue 18, shared by the tests and benchmarks/hostile_inputs.py."""

from __future__ import annotations

from collections.abc import Callable

# Under the 8 MiB limit, each is read in under this many seconds of CPU (wall time depends on
# what else the machine runs).
LIMIT = 2.0

# A draft the shipped mapping reads: one recognised table.
HEAD = (
    "LAPORAN KINERJA\n\nTabel 1. Capaian Kinerja Triwulan II\n\n"
    "No.\tINDIKATOR KINERJA UTAMA\tTARGET\tREALISASI\tCAPAIAN\n"
    "1.\tPenempatan Pekerja Migran Indonesia terampil dan profesional\t375\t142\t38%\n\n"
)

DRAFTS: dict[str, Callable[[], str]] = {
    # A list-of-tables line with dot leaders and no page number (42 dots: over a minute).
    "dot-leaders": lambda: HEAD + "Tabel 1. Capaian Kinerja " + "." * 400 + "\n",
    # The shipped mapping's `pemulangan .*? adalah` over 3,000 spaces (57 s).
    "pemulangan": lambda: HEAD + "persentase capaian fasilitasi pemulangan" + " " * 30_000 + "x\n",
    # `^JUMLAH PAGU \w+ .*?{pagu}` over 10,000 spaces (10 s).
    "jumlah-pagu": lambda: HEAD + "JUMLAH PAGU ANGGARAN " + " " * 100_000 + "x\n",
    # `**b ` × 30,000 in a text export (69 s: the bold pattern).
    "bold-marks": lambda: HEAD + "**b " * 30_000 + "\n",
    # A value with a run of 30,000 spaces (41 s: the number parser), in a table cell.
    "spaced-value": lambda: HEAD.replace("\t375", "\t1" + " " * 30_000 + "2"),
    # 10⁵ lines joined by an open parenthesis (45 s).
    "open-parenthesis": lambda: HEAD + "(" * 100_000 + "\n" + ")\n" * 100_000,
    # 10,000 weekday mismatches in one paragraph (64 s: each quote re-scanned the paragraph).
    "weekdays": lambda: HEAD + "pada hari Senin tanggal 11 April 2023, " * 10_000 + "\n",
}
