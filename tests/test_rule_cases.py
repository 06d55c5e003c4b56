"""Every rule's passing and failing cases, from one case file per rule (tests/cases/LKJxxx.yaml).

A case gives the body of a data file (the header — unit `contoh`, year 2023,
period — is added) and the findings of that rule it must produce, each as
table/row/field (omitted keys match anything). A case may replace the unit's
targets (`targets:` TOML) or add checks (`checks:` TOML) to the unit rules,
give waivers beside the report (`waivers:` TOML), name the unit otherwise (`unit_name:`), run other rules too
(`also:`, codes) whose findings are not compared, and edit a copy of the
shipped catalogue (`catalogue:` a list of {file, old, new}, e.g. other
predikat bands, an IKU with another formula).

A series rule's case gives several reports of the unit instead (`reports:`, a
list of {quarter, data} and optionally `year` — another year's rules are the
same targets): each is checked alone, then the series rules compare them; an
expected finding may name the report it stands in (`report: TW III`,
`report: Tahunan`, `report: TW II 2022`).

Instead of `data:`, a case may give a draft: `draft:` is the text export of a
Word draft (tab-separated tables), checked as contoh-2023-twN.txt through the
catalogue's draft mapping, or `mapping:` in its place (TOML). `unit:` names the
draft after another unit, one with no rules: it is checked with the generic
catalogue (rules/sakip) and the indicators it prints.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from lkjip_tui.checks import all_rules
from lkjip_tui.engine import Engine
from lkjip_tui.values import dates

CASES = Path(__file__).parent / "cases"
BASE_TARGETS = (CASES / "rules" / "contoh" / "2023.toml").read_text("utf-8")
CATALOGUE = CASES.parent.parent / "rules" / "bp2mi"
HEADER = "lkjip: 1\nunit: contoh\nyear: 2023\nperiod: {quarter}\n"


def _load_cases() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for path in sorted(CASES.glob("LKJ*.yaml")):
        doc = yaml.safe_load(path.read_text("utf-8"))
        for case in doc["cases"]:
            out.append((doc["rule"], case))
    return out


ALL_CASES = _load_cases()


def run_case(tmp_path: Path, code: str, case: dict[str, Any]) -> list[dict[str, Any]]:
    rules = tmp_path / "rules" / "contoh"
    rules.mkdir(parents=True)
    targets = case.get("targets")
    unit_rules = (
        BASE_TARGETS if targets is None else "\n".join(BASE_TARGETS.split("[targets.")[0:1]) + targets
    )
    unit_rules += "\n" + case.get("checks", "")
    if "unit_name" in case:
        unit_rules = unit_rules.replace('name = "Unit Contoh"', f"name = {case['unit_name']!r}", 1)
    (rules / "2023.toml").write_text(unit_rules, "utf-8")
    quarter = case.get("quarter", "TW II")
    catalogue = tmp_path / "rules" / "bp2mi"
    if "mapping" in case or "catalogue" in case:
        shutil.copytree(CATALOGUE, catalogue)
    if "mapping" in case:
        (catalogue / "draft" / "mapping.toml").write_text(case["mapping"], "utf-8")
    for edit in case.get("catalogue", []):
        path = catalogue / edit["file"]
        text = path.read_text("utf-8")
        assert edit["old"] in text, edit
        path.write_text(text.replace(edit["old"], edit["new"], 1), "utf-8")
    if "reports" in case:
        return _run_series_case(tmp_path, rules, unit_rules, code, case)
    if "draft" in case:
        unit = case.get("unit", "contoh")
        period = "tahunan" if quarter == "tahunan" else f"tw{dates.parse_quarter(quarter)}"
        data = tmp_path / f"{unit}-2023-{period}.txt"
        data.write_text(case["draft"], "utf-8")
    else:
        data = tmp_path / "report.yaml"
        data.write_text(HEADER.format(quarter=quarter) + case["data"], "utf-8")
    if "waivers" in case:
        (tmp_path / "lkjip-waivers.toml").write_text(case["waivers"], "utf-8")
    codes = {code, *case.get("also", [])}
    result = Engine([tmp_path / "rules"], select=codes.__contains__).check_file(data)
    assert result.error is None, f"case input unusable: {result.error}"
    assert not result.internal, f"internal error: {result.internal}"
    return [
        {"table": f.table, "row": f.row, "field": f.field, "severity": f.severity}
        for f in result.findings
        if f.code == code
    ]


def _run_series_case(
    tmp_path: Path, rules: Path, unit_rules: str, code: str, case: dict[str, Any]
) -> list[dict[str, Any]]:
    from lkjip_tui.engine.check import EngineOptions
    from lkjip_tui.engine.selection import Selection
    from lkjip_tui.engine.series import series_findings

    engine = Engine([tmp_path / "rules"], select=lambda c: c == code)
    summaries, names = [], {}
    for i, report in enumerate(case["reports"]):
        year = report.get("year", 2023)
        if year != 2023:
            (rules / f"{year}.toml").write_text(unit_rules.replace("year = 2023", f"year = {year}"), "utf-8")
        header = f"lkjip: 1\nunit: contoh\nyear: {year}\nperiod: {report['quarter']}\n"
        data = tmp_path / f"report-{i}.yaml"
        data.write_text(header + report["data"], "utf-8")
        result = engine.check_file(data)
        assert result.error is None, f"case input unusable: {result.error}"
        assert not result.internal, f"internal error: {result.internal}"
        assert result.series is not None
        summaries.append(result.series)
        names[result.file] = report["quarter"] + ("" if year == 2023 else f" {year}")
    options = EngineOptions([tmp_path / "rules"], Selection([code]))
    found = [f for f in series_findings(summaries, options) if f.code == code]
    return [
        {"report": names[f.file], "table": f.table, "row": f.row, "field": f.field, "severity": f.severity}
        for f in found
    ]


def _matches(found: dict[str, Any], want: dict[str, Any]) -> bool:
    return all(found.get(k) == v for k, v in want.items())


@pytest.mark.parametrize(("code", "case"), ALL_CASES, ids=[f"{code}-{c['name']}" for code, c in ALL_CASES])
def test_case(tmp_path: Path, code: str, case: dict[str, Any]) -> None:
    found = run_case(tmp_path, code, case)
    expected = case.get("expect", [])
    assert len(found) == len(expected), f"{code}: expected {expected}, found {found}"
    remaining = list(found)
    for want in expected:
        match = next((f for f in remaining if _matches(f, want)), None)
        assert match is not None, f"{code}: no finding matches {want}; found {found}"
        remaining.remove(match)


def test_every_rule_has_passing_and_failing_cases() -> None:
    by_code: dict[str, list[dict[str, Any]]] = {}
    for code, case in ALL_CASES:
        by_code.setdefault(code, []).append(case)
    for rule in all_rules():
        cases = by_code.get(rule.meta.code, [])
        assert any(not c.get("expect") for c in cases), f"{rule.meta.code} has no passing case"
        assert any(c.get("expect") for c in cases), f"{rule.meta.code} has no failing case"


def test_case_files_name_known_rules() -> None:
    codes = {r.meta.code for r in all_rules()}
    for path in CASES.glob("LKJ*.yaml"):
        doc = yaml.safe_load(path.read_text("utf-8"))
        assert doc["rule"] == path.stem and doc["rule"] in codes
