"""docs/rules.md is written from the rules' metadata; the committed copy must be current."""

from __future__ import annotations

from pathlib import Path

from lkjip_tui.checks import all_rules
from lkjip_tui.cli.rules_doc import rules_markdown
from tests.conftest import ROOT, Run

DOC = ROOT / "docs" / "rules.md"


def test_the_committed_rules_reference_is_current() -> None:
    assert DOC.read_text("utf-8") == rules_markdown("en"), (
        "docs/rules.md is stale: lkjip rules --docs --lang en --output docs/rules.md"
    )


def test_it_documents_every_rule_from_its_metadata() -> None:
    text = rules_markdown("en")
    for rule in all_rules():
        m = rule.meta
        assert f"### {m.code}" in text and m.summary["en"] in text and m.summary["id"] in text
        assert m.bad in text and m.good in text


def test_the_command_writes_it(tmp_path: Path, run: Run) -> None:
    target = tmp_path / "rules.md"
    code, _, err = run("rules", "--docs", "--lang", "en", "--output", target)
    assert code == 0 and "rules.md" in err
    assert target.read_text("utf-8") == DOC.read_text("utf-8")
    code, out, _ = run("rules", "--docs")
    assert code == 0 and out.startswith("# Aturan")
