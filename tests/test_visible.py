"""Control characters from inputs never reach a terminal or a CI log raw (issue 18)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkjip_tui.values.visible import visible
from tests.conftest import Run
from tests.hostile import HEAD

TITLE = "\x1b]0;pwned\x07"
HIDDEN = "\x1b[8m"


@given(st.text())
def test_escaping_leaves_no_control_character_and_is_idempotent(text: str) -> None:
    out = visible(text)
    assert not any(c != "\t" and c != "\n" and (ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F) for c in out)
    assert visible(out) == out


@pytest.mark.parametrize("fmt", ["text", "markdown", "github"])
def test_escapes_in_a_draft_are_shown_escaped(run: Run, rules_dir: Path, tmp_path: Path, fmt: str) -> None:
    draft = tmp_path / "contoh-2023-tw2.txt"
    # A cell the rules quote (LKJ101's printed capaian) and a sentence the weekday rule quotes.
    text = HEAD.replace("\t38%", f"\t38%{HIDDEN}") + f"pada hari Senin{TITLE} tanggal 11 April 2023\n"
    draft.write_text(text, "utf-8")
    for _ in range(2):  # the same the second time (a data file's body would come from the cache)
        code, out, err = run("check", "--format", fmt, "--rules", rules_dir, draft)
        assert code == 1, err
        assert "\x1b" not in out + err and "\x07" not in out + err
        assert "\\x1b" in out
