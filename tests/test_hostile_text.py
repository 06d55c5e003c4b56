"""Hostile text in drafts and values: each input that took seconds to minutes (issue 18) is
read, in linear time, in well under 2 s — a finding or a clean error, never a hang.

The times before the fix are in benchmarks/hostile_inputs.py's docstring."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from lkjip_tui.checks.content._periods import parse_period
from lkjip_tui.model.document import Paragraph, list_entry
from lkjip_tui.values.numbers import parse_number
from tests.conftest import Run
from tests.hostile import DRAFTS, LIMIT

NAME = "contoh-2023-tw2"


@pytest.mark.parametrize("name", sorted(DRAFTS))
def test_a_hostile_text_export_is_checked_in_bounded_time(
    run: Run, rules_dir: Path, tmp_path: Path, name: str
) -> None:
    draft = tmp_path / f"{NAME}.txt"
    draft.write_text(DRAFTS[name](), "utf-8")
    start = time.process_time()
    code, out, err = run("check", "--format", "json", "--rules", rules_dir, draft)
    elapsed = time.process_time() - start
    assert code in (0, 1), err
    report = json.loads(out)
    assert report["internal_errors"] == [] and report["errors"] == []
    assert elapsed < LIMIT, f"{name}: {elapsed:.2f} s"


def test_ten_thousand_weekday_mismatches_are_each_reported(run: Run, rules_dir: Path, tmp_path: Path) -> None:
    draft = tmp_path / f"{NAME}.txt"
    draft.write_text(DRAFTS["weekdays"](), "utf-8")
    _, out, _ = run("check", "--format", "json", "--select", "LKJ602", "--rules", rules_dir, draft)
    found = [f for f in json.loads(out)["findings"] if f["code"] == "LKJ602"]
    assert len(found) == 10_000


def timed(f, *args):  # type: ignore[no-untyped-def]
    start = time.process_time()
    out = f(*args)
    assert time.process_time() - start < LIMIT
    return out


def test_a_period_with_leading_spaces() -> None:
    assert timed(parse_period, " " * 1200 + "Triwulan II tahun 2023") == (2, 2023)
    assert timed(parse_period, " " * 1200 + "x" + " " * 1200) is None
    assert timed(parse_period, "TW" + " " * 5000 + "x 2023") is None


@pytest.mark.parametrize(("head", "tail"), [("1", "2"), ("1", "x"), ("-", "x"), ("Rp", "1 %"), ("5", "%")])
def test_a_number_with_a_run_of_spaces(head: str, tail: str) -> None:
    assert timed(parse_number, head + " " * 30_000 + tail) is not None


def test_a_list_entry_with_dot_leaders_and_no_page() -> None:
    assert timed(list_entry, "Tabel 1. Capaian Kinerja " + "." * 400) is None
    assert list_entry("Tabel 1. Capaian Kinerja ......\t12") == ("Tabel", "1", "Capaian Kinerja", "12")
    assert list_entry("Tabel 3.5 Realisasi … …\tError! Bookmark") == (
        "Tabel",
        "3.5",
        "Realisasi",
        "Error! Bookmark",
    )


def test_a_paragraph_of_a_hundred_thousand_pieces_places_each_offset() -> None:
    text = "\n".join(["(a"] + [")"] * 100_000)
    p = Paragraph(text, tuple(range(1, 100_002)), "text")
    assert timed(lambda: [p.line_at(o) for o in range(0, len(text), 7)])[-1][0] > 99_000
    assert p.line_at(len(text) - 1) == (100_001, 0)
    assert p.line_at(3) == (2, 0)
