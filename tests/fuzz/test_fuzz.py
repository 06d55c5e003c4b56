"""Structural fuzzing of data files, rules files and formulas: no input may crash lkjip.

Whatever the input, the check ends in findings or in a positioned error
(SourceError, shown as an error record); any other exception is an internal
error and fails the test with the input that caused it. Every finding and
error is rendered as the command line would, and as JSON.

    python -m pytest tests/fuzz                  # a bounded number of inputs (seconds)
    python -m pytest -m fuzz tests/fuzz -s       # the long mode: 10^5 inputs in all

LKJIP_FUZZ_INPUTS sets the long mode's total, split 75 : 15 : 10 across
formulas, data files and rules files (a data or rules file costs a full check,
ten times a formula). Each input's messages are rendered in one language, the
languages taking turns.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lkjip_tui import messages
from lkjip_tui.engine import Engine, FileResult
from lkjip_tui.formula import cells_in, substitute
from lkjip_tui.model.scope import Env, Origin, Scope, compile_formula
from lkjip_tui.model.source import SourceError
from lkjip_tui.output import jsonfmt
from lkjip_tui.values.msg import Msg
from tests.fuzz.strategies import (
    ROOT,
    SAMPLE_TEXT,
    data_files,
    formulas,
    mapping_patterns,
    rules_files,
    text_drafts,
    word_drafts,
)

QUICK = {"formulas": 150, "data": 60, "rules": 25, "text drafts": 20, "word drafts": 15, "mappings": 20}
TOTAL = int(os.environ.get("LKJIP_FUZZ_INPUTS", "100000"))
LONG = {
    "formulas": TOTAL * 70 // 100,
    "data": TOTAL * 12 // 100,
    "rules": TOTAL * 8 // 100,
    "text drafts": TOTAL * 4 // 100,
    "word drafts": TOTAL * 3 // 100,
    "mappings": TOTAL * 3 // 100,
}
RAN: dict[str, int] = {}

SAMPLE = ROOT / "data" / "bp3mi-sumbar" / "2023-tw2.yaml"
ENGINE = Engine()
REPORT, RS = ENGINE.load(SAMPLE)
ORIGIN = Origin("rules/fuzz.toml", 3, 11)
SCOPES = [
    (Scope(RS), None),
    *((Scope(RS, REPORT.tables[t].kind), REPORT.tables[t]) for t in ("anggaran", "pemulangan")),
]


def fuzz(strategy: st.SearchStrategy[Any], target: Callable[[Any], None], name: str, inputs: int) -> None:
    RAN[name] = 0

    @settings(
        max_examples=inputs,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )
    @given(strategy)
    def one(value: Any) -> None:
        RAN[name] += 1
        target(value)
        if RAN[name] % 1000 == 0:  # the long mode's progress (shown with -s)
            print(f"fuzz {name}: {RAN[name]} inputs", file=sys.stderr, flush=True)

    one()
    print(f"\nfuzz {name}: {RAN[name]} inputs, no internal error")


def shown(result: FileResult) -> None:
    """Render what the command line would show of a result: every message, as JSON. An
    internal error (a rule, the loader or the renderer raised) fails the fuzz test."""
    assert not result.internal, [(e.rule, e.stage, e.exception, e.message) for e in result.internal]
    lang = messages.LANGS[sum(RAN.values()) % 2]
    if result.error is not None:
        messages.render(Msg(result.error.key, result.error.args), lang)
    for f in result.findings:
        json.dumps(jsonfmt.finding_dict(f, lang), ensure_ascii=False)


def check_formula(text: str) -> None:
    for scope, table in SCOPES:
        try:
            e = compile_formula(text, scope, ORIGIN)
        except SourceError as err:
            for lang in messages.LANGS:
                messages.render(Msg(err.key, err.args_), lang)
            continue
        rows = list(table.rows.values())[:3] if table is not None else [None]
        for row in rows:
            env = Env(REPORT, RS, row, table)
            e(env)
            for lang in messages.LANGS:
                messages.parts(substitute(e, env), lang)
            cells_in(e, env)


_DATA_DIR = Path(tempfile.mkdtemp(prefix="lkjip-fuzz-data-"))


def check_data(text: str) -> None:
    path = _DATA_DIR / "report.yaml"
    path.write_text(text, "utf-8")
    shown(ENGINE.check_file(path))


def check_rules(files: dict[str, str]) -> None:
    root = Path(tempfile.mkdtemp(prefix="lkjip-fuzz-rules-"))
    try:
        (root / "rules" / "bp2mi").mkdir(parents=True)
        (root / "rules" / "bp3mi-sumbar").mkdir()
        for name, text in files.items():
            where = root / "rules" / ("bp3mi-sumbar/2023.toml" if name == "unit.toml" else f"bp2mi/{name}")
            where.write_text(text, "utf-8")
        data = root / "report.yaml"
        data.write_text(SAMPLE_TEXT, "utf-8")
        shown(Engine([root / "rules"]).check_file(data))
    finally:
        shutil.rmtree(root, ignore_errors=True)


_DRAFT_DIR = Path(tempfile.mkdtemp(prefix="lkjip-fuzz-drafts-"))
# Drafts are read by the unit's rules beside them (a copy of the shipped ones).
shutil.copytree(ROOT / "rules", _DRAFT_DIR / "rules")
_DRAFT_ENGINE = Engine([_DRAFT_DIR / "rules"])


def check_text_draft(text: str) -> None:
    path = _DRAFT_DIR / "bp3mi-sumbar-2023-tw2.txt"
    path.write_text(text, "utf-8")
    shown(_DRAFT_ENGINE.check_file(path))


def check_word_draft(data: bytes) -> None:
    path = _DRAFT_DIR / "bp3mi-sumbar-2023-tw2.docx"
    path.write_bytes(data)
    shown(_DRAFT_ENGINE.check_file(path))


_MAPPING = (ROOT / "rules" / "bp2mi" / "draft" / "mapping.toml").read_text("utf-8")


def check_mapping(pattern: str) -> None:
    """A mapping whose `pagu` fact pattern is replaced: refused with its position, or run."""
    root = Path(tempfile.mkdtemp(prefix="lkjip-fuzz-mapping-"))
    try:
        shutil.copytree(ROOT / "rules", root / "rules")
        literal = "'" + pattern.replace("'", "") + "'" if "\n" not in pattern else "''"
        (root / "rules" / "bp2mi" / "draft" / "mapping.toml").write_text(
            _MAPPING.replace("'Pagu anggaran pada awal tahun adalah sebesar {pagu}'", literal, 1), "utf-8"
        )
        draft = root / "bp3mi-sumbar-2023-tw2.txt"
        shutil.copy(ROOT / "tests" / "drafts" / "bp3mi-sumbar-2023-tw2.txt", draft)
        shown(Engine([root / "rules"]).check_file(draft))
    finally:
        shutil.rmtree(root, ignore_errors=True)


def test_text_drafts() -> None:
    fuzz(text_drafts(), check_text_draft, "text drafts", QUICK["text drafts"])


def test_word_drafts() -> None:
    fuzz(word_drafts(), check_word_draft, "word drafts", QUICK["word drafts"])


def test_mapping_patterns() -> None:
    fuzz(mapping_patterns, check_mapping, "mappings", QUICK["mappings"])


def test_a_crashing_rule_fails_the_fuzz_test(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fuzz tests can fail: with LKJ301 made to raise, the data files' fuzzing fails."""
    from lkjip_tui.checks import rule_by_code

    rule = rule_by_code("LKJ301")
    assert rule is not None

    def run(ctx: Any) -> Any:
        raise KeyError("injected")

    monkeypatch.setattr(rule, "run", run)
    with pytest.raises(AssertionError, match="LKJ301"):
        check_data(SAMPLE_TEXT)
    with pytest.raises(AssertionError, match="LKJ301"):
        fuzz(data_files(), check_data, "data files", 20)


def test_formulas() -> None:
    fuzz(formulas(), check_formula, "formulas", QUICK["formulas"])


def test_data_files() -> None:
    fuzz(data_files(), check_data, "data files", QUICK["data"])


def test_rules_files() -> None:
    fuzz(rules_files(), check_rules, "rules files", QUICK["rules"])


@pytest.mark.fuzz
def test_long_formulas() -> None:
    fuzz(formulas(), check_formula, "formulas", LONG["formulas"])


@pytest.mark.fuzz
def test_long_data_files() -> None:
    fuzz(data_files(), check_data, "data files", LONG["data"])


@pytest.mark.fuzz
def test_long_rules_files() -> None:
    fuzz(rules_files(), check_rules, "rules files", LONG["rules"])


@pytest.mark.fuzz
def test_long_text_drafts() -> None:
    fuzz(text_drafts(), check_text_draft, "text drafts", LONG["text drafts"])


@pytest.mark.fuzz
def test_long_word_drafts() -> None:
    fuzz(word_drafts(), check_word_draft, "word drafts", LONG["word drafts"])


@pytest.mark.fuzz
def test_long_mappings() -> None:
    fuzz(mapping_patterns, check_mapping, "mappings", LONG["mappings"])
