"""The corpus's measured floor: the recall reached with no catalogue may not fall, and no finding
may fall on a relation that holds. Runs the scorer of benchmarks/corpus.py in-process."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, Run

sys.path.insert(0, str(ROOT / "benchmarks"))
import corpus

# Measured 2026-12-06 (issues 15 and 16): 29 of 37 broken relations found by some finding, 13 by an error.
FLOOR_ANY = 29
FLOOR_ERRORS = 13


@pytest.fixture
def scored(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    def run_check(source: Path, lang: str | None, name: str | None = None) -> dict[str, Any]:
        folder = tmp_path / f"case{len(list(tmp_path.iterdir()))}"  # alone, as benchmarks/corpus.py runs it
        folder.mkdir()
        copy = folder / (name or source.name)
        shutil.copyfile(source, copy)
        monkeypatch.chdir(folder)
        _, out, err = run("check", "--format", "json", "--no-cache", copy.name)
        try:
            doc: dict[str, Any] = json.loads(out)
        except json.JSONDecodeError:
            return {"findings": [], "errors": [{"message": err.strip() or "no output"}]}
        return doc

    monkeypatch.setattr(corpus, "run_check", run_check)
    results = [corpus.score(text, seeded, None) for text, seeded in corpus.cases(False, [])]
    return corpus.totals(results)


def test_corpus_recall_floor(scored: dict[str, Any]) -> None:
    assert scored["refused"] == 0, scored
    assert scored["false_errors"] == 0
    assert scored["false_warnings"] == 0
    assert scored["found_by_any"] >= FLOOR_ANY, scored["by_kind"]
    assert scored["found_by_error"] >= FLOOR_ERRORS, scored["by_kind"]
