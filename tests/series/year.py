"""A generated year of the sample's unit: TW I–IV and the annual report, with slips put in.

    python -m tests.series.year OUT_DIR [--clean] [--years N]

Each report is the sample (data/bp3mi-sumbar/2023-tw2.yaml, full size) with
its period, and its IKU tables carrying the year's figures consistently (the
same value in every table of a report). The slips, one per series rule:

    LKJ801  TW I prints IKU8's annual target 76, the later reports 80
            (the year's targets file gives IKU8 no target)
    LKJ802  TW III prints IKU5's cumulative realisasi 22, after TW II's 25
    LKJ803  the annual report prints IKU5's realisasi 50 (TW IV: s.d. 52) and
            IKU1's 620 (TW I–IV: 120 + 142 + 160 + 180 = 602)
    LKJ804  TW II 2023 restates TW II 2022's cases as 0; the TW II 2022 report
            counted 4

`--clean` writes the year without the slips; `--years N` writes N years
(2023 − N + 1 … 2023, each with its rules file) for the benchmark.
"""

from __future__ import annotations

import argparse
import copy
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "bp3mi-sumbar" / "2023-tw2.yaml"
UNIT_RULES = ROOT / "rules" / "bp3mi-sumbar" / "2023.toml"
PERIODS = ("TW I", "TW II", "TW III", "TW IV", "Tahunan")
FILES = ("tw1", "tw2", "tw3", "tw4", "tahunan")

# The year's realisasi per period (TW I … TW IV, annual) as printed, consistent with the
# targets: IKU1/IKU4 counted per quarter (the year adds them up), IKU5 cumulative,
# IKU6–IKU8 scores (the year's is TW IV's), IKU2 a rate, IKU3 a profile.
REALISASI: dict[str, tuple[str, ...]] = {
    "IKU1": ("120", "142", "160", "180", "602"),
    "IKU2": ("-3", "-3", "-3", "-3", "-3"),
    "IKU3": ("2", "0", "0", "0", "2"),
    "IKU4": ("10", "6", "12", "20", "48"),
    "IKU5": ("10", "25", "38", "52", "52"),
    "IKU6": ("50,12", "63,39", "80,50", "90,10", "90,10"),
    "IKU7": ("60,00", "75,79", "85,00", "96,20", "96,20"),
    "IKU8": ("-", "-", "-", "78", "78"),
}
TARGET = {  # the target each period prints (from rules/bp3mi-sumbar/2023.toml)
    "IKU1": ("375", "375", "375", "375", "1500"),
    "IKU2": ("1,56", "1,56", "1,56", "1,56", "6,25"),
    "IKU3": ("2", "0", "0", "0", "2"),
    "IKU4": ("15", "15", "15", "15", "60"),
    "IKU5": ("12,5", "25", "37,5", "50", "50"),
    "IKU6": ("88", "88", "88", "88", "88"),
    "IKU7": ("95", "95", "95", "95", "95"),
    "IKU8": ("80", "80", "80", "80", "80"),
}
# (period index, IKU, field) -> the printed slip, and the rule that must find it.
SLIPS: dict[tuple[int, str, str], tuple[str, str]] = {
    (0, "IKU8", "target_tahunan"): ("76", "LKJ801"),
    (2, "IKU5", "realisasi"): ("22", "LKJ802"),
    (4, "IKU5", "realisasi"): ("50", "LKJ803"),
    (4, "IKU1", "realisasi"): ("620", "LKJ803"),
}
RESTATED_CASES = ("0", "4")  # TW II 2023 says TW II 2022 had 0 cases; that report counted 4
EXPECTED = {  # what a check of the slipped year finds: (file, rule)
    ("2023-tw1.yaml", "LKJ801"): 0,  # the finding stands in the later report, TW II
    ("2023-tw2.yaml", "LKJ801"): 1,
    ("2023-tw3.yaml", "LKJ802"): 1,
    ("2023-tahunan.yaml", "LKJ803"): 2,
    ("2023-tw2.yaml", "LKJ804"): 1,
}


def _num(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", "."))
    except ArithmeticError:
        return None


def _capaian(realisasi: str, target: str) -> str:
    r, t = _num(realisasi), _num(target)
    if r is None or t is None or t == 0:
        return "-"
    return f"{(r / t * 100).quantize(Decimal(1))}%"


def _yaml_12_keys(node: Any) -> Any:
    """The sample as lkjip reads it (YAML 1.2): PyYAML reads the column `no` as false."""
    if isinstance(node, dict):
        return {("no" if k is False else k): _yaml_12_keys(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_yaml_12_keys(v) for v in node]
    return node


def report(base: dict[str, Any], year: int, i: int, slips: bool) -> dict[str, Any]:
    """The sample made into one period's report of the year."""
    doc = copy.deepcopy(base)
    period = PERIODS[i]
    doc["year"] = year
    if i == 4:  # an annual report says so with `period`, in the quarter's place
        doc = {("period" if k == "quarter" else k): (period if k == "quarter" else v) for k, v in doc.items()}
    else:
        doc["quarter"] = period
    doc["title"] = (
        f"Laporan Kinerja Tahunan {year} BP3MI Sumatera Barat"
        if i == 4
        else f"Laporan Kinerja Triwulan {period[3:]} {year} BP3MI Sumatera Barat"
    )
    for table in doc["tables"].values():
        rows = table.get("rows")
        if not isinstance(rows, dict) or not rows.keys() & REALISASI.keys():
            continue
        table.pop("caption", None)  # the sample's captions name TW II
        for iku, row in rows.items():
            if iku not in REALISASI:
                continue
            values = {
                "realisasi": REALISASI[iku][i],
                "target": TARGET[iku][i],
                "target_tahunan": "80" if iku == "IKU8" else None,
            }
            for field, (slip, _) in (
                (k[2], v) for k, v in SLIPS.items() if slips and k[0] == i and k[1] == iku
            ):
                values[field] = slip
            if "target_tahunan" in row and values["target_tahunan"] is not None:
                row["target_tahunan"] = values["target_tahunan"]
            if "realisasi" in row:
                row["realisasi"] = values["realisasi"]
            if "target" in row:
                row["target"] = values["target"]
            if "capaian" in row:
                row["capaian"] = _capaian(values["realisasi"], values["target"])
    # The narrative's IKU figures and its period notes belong to the sample's TW II: left out.
    facts = {k: v for k, v in doc.get("facts", {}).items() if not k.startswith("IKU")}
    if i == 1:
        facts["kasus_periode_lalu"] = {
            "value": RESTATED_CASES[0] if slips else RESTATED_CASES[1],
            "period": f"Triwulan II tahun {year - 1}",
            "source_line": 503,
        }
    else:
        facts.pop("kasus_periode_lalu", None)
    doc["facts"] = facts
    return doc


def last_year_tw2(year: int) -> str:
    """The previous year's TW II report, as small as a report gets: its cases."""
    return (
        f"lkjip: 1\nunit: bp3mi-sumbar\nyear: {year}\nquarter: TW II\n"
        f'facts:\n  kasus_diterima: {{value: "{RESTATED_CASES[1]}"}}\n'
    )


def write_year(out: Path, slips: bool = True, years: int = 1) -> Path:
    """Write rules and data under `out`; return the unit's data directory."""
    rules = out / "rules"
    shutil.copytree(ROOT / "rules" / "bp2mi", rules / "bp2mi", dirs_exist_ok=True)
    unit_dir = rules / "bp3mi-sumbar"
    unit_dir.mkdir(parents=True, exist_ok=True)
    # The year's targets file gives IKU8 no target: the reports alone tell its annual target.
    unit_rules = UNIT_RULES.read_text("utf-8").split("[targets.IKU8]")[0]
    data = out / "data" / "bp3mi-sumbar"
    data.mkdir(parents=True, exist_ok=True)
    base = _yaml_12_keys(yaml.safe_load(SAMPLE.read_text("utf-8")))
    last = 2023
    first = last - years + 1
    (unit_dir / f"{first - 1}.toml").write_text(
        unit_rules.replace("year = 2023", f"year = {first - 1}"), "utf-8"
    )
    (data / f"{first - 1}-tw2.yaml").write_text(last_year_tw2(first - 1), "utf-8")
    for year in range(first, last + 1):
        (unit_dir / f"{year}.toml").write_text(unit_rules.replace("year = 2023", f"year = {year}"), "utf-8")
        for i, name in enumerate(FILES):
            doc = report(base, year, i, slips)
            text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
            (data / f"{year}-{name}.yaml").write_text(text, "utf-8")
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--clean", action="store_true")
    parser.add_argument("--years", type=int, default=1)
    args = parser.parse_args()
    print(write_year(args.out, slips=not args.clean, years=args.years))


if __name__ == "__main__":
    main()
