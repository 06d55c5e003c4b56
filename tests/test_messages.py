from __future__ import annotations

import re
import string
from decimal import Decimal
from pathlib import Path

from lkjip_tui import messages
from lkjip_tui.values.interval import Interval
from lkjip_tui.values.msg import Msg, Printed

PACKAGE = Path(messages.__file__).parent.parent  # lkjip_tui/


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_both_languages_take_the_same_arguments() -> None:
    for key, (id_text, en_text) in messages.M.items():
        assert _fields(id_text) == _fields(en_text), key


def test_every_message_key_used_in_the_code_exists() -> None:
    used: set[str] = set()
    pattern = re.compile(r"""["'](err|lkj\d{3}|cli|sev|num|terbilang|where)(\.[a-z_0-9]+)?["']""")
    for path in PACKAGE.rglob("*.py"):
        for m in pattern.finditer(path.read_text("utf-8")):
            used.add(m.group(1) + (m.group(2) or ""))
    used = {k for k in used if k not in ("err", "cli", "sev", "num", "terbilang", "where")}
    missing = sorted(k for k in used if k not in messages.M)
    assert not missing


def test_numbers_are_printed_per_language() -> None:
    msg = Msg(
        "lkj301",
        {
            "printed": Printed("4.357.162.000"),
            "computed": Decimal("4357162001"),
            "column": "pagu",
            "row_key": "JUMLAH",
            "parts": "a, b",
        },
    )
    assert "4.357.162.001" in messages.render(msg, "id")
    assert "4,357,162,001" in messages.render(msg, "en")
    assert messages.arg(Interval(Decimal("37.5"), Decimal("38.5")), "id") == "37,5–38,5"
    assert messages.arg(Interval(Decimal("-225.08"), Decimal("-159.74")), "id") == "-225,08 – -159,74"
    assert messages.arg(Decimal("37.8666"), "en") == "37.8666"
    assert messages.arg(Decimal("37.866666"), "id") == "37,87"


def test_did_you_mean_is_appended() -> None:
    text = messages.render(
        Msg("err.unknown_key", {"key": "tabels", "path": Msg("where.top"), "hint": "tables"}), "en"
    )
    assert text.endswith("did you mean 'tables'?")


def test_readme_lists_every_rule() -> None:
    from lkjip_tui.checks import all_rules

    # README text a change brings waits in docs/pending/ until it is merged into the README.
    pending = sorted((PACKAGE.parent / "docs" / "pending").glob("*.md"))
    readme = "\n".join(p.read_text("utf-8") for p in [PACKAGE.parent / "README.md", *pending])
    for rule in all_rules():
        assert f"| {rule.meta.code} | {rule.meta.name} | {rule.meta.severity} |" in readme, rule.meta.code
