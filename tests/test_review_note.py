"""The review note (`--format markdown`): docs/sample-review.md is what lkjip prints for the
sample's draft, regenerated with LKJIP_UPDATE_GOLDEN=1; and the note groups one problem once."""

from __future__ import annotations

import os
import re

import pytest

from tests.conftest import ROOT, Run

NOTE = ROOT / "docs" / "sample-review.md"
DRAFT_ARG = "tests/drafts/bp3mi-sumbar-2023-tw2.txt"


@pytest.fixture
def at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def test_sample_review_is_what_lkjip_prints(at_root: None, run: Run) -> None:
    code, out, _ = run("check", "--format", "markdown", DRAFT_ARG)
    assert code == 1
    if os.environ.get("LKJIP_UPDATE_GOLDEN"):
        NOTE.write_text(out, "utf-8")
    assert out == NOTE.read_text("utf-8"), "docs/sample-review.md is stale: LKJIP_UPDATE_GOLDEN=1 pytest"


def test_one_problem_printed_in_several_tables_is_one_entry(at_root: None, run: Run) -> None:
    _, out, _ = run("check", "--format", "markdown", DRAFT_ARG)
    # IKU5's TW II target "20" stands in Tabel 1 and Tabel 8 and the narrative: one entry, three places.
    entries = [
        e
        for e in re.split(r"\n(?=\d+\. )", out)
        if "target TW II Pemberdayaan PMI purna (IKU5)" in e.split("\n")[0]
    ]
    assert len(entries) == 1, entries
    assert "Di (3 tempat)" in entries[0]
    assert "Tabel 1 baris 6 kolom TARGET" in entries[0] and "Tabel 8 baris 6 kolom TARGET" in entries[0]
    assert "“Pada Triwulan II target pelaksanaan Pemberdayaan" in entries[0]  # the sentence, quoted
    assert "Yang diharapkan: 25" in entries[0]


def test_counts_by_severity_then_errors_first(at_root: None, run: Run) -> None:
    _, out, _ = run("check", "--format", "json", DRAFT_ARG)
    import json

    summary = json.loads(out)["summary"]
    _, note, _ = run("check", "--format", "markdown", DRAFT_ARG)
    assert f"**{summary['errors']} galat**, {summary['warnings']} peringatan" in note
    assert note.index("### Galat") < note.index("### Peringatan")


def test_english_note(at_root: None, run: Run) -> None:
    _, note, _ = run("check", "--format", "markdown", "--lang", "en", DRAFT_ARG)
    assert note.startswith("# lkjip review note") and "### Errors" in note and "Expected: 25" in note
