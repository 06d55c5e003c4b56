"""The rules that audit a report: one rule per file, in folders by theme.

    waivers/    LKJ0xx  waivers that match nothing or have expired (raised by the engine)
    capaian/    LKJ1xx  capaian, predikat and the IKU figures behind them
    targets/    LKJ2xx  quarterly and annual targets against the Perjanjian Kinerja
    figures/    LKJ3xx  totals, derived values, counts, the same figure everywhere
    content/    LKJ4xx  dates, numbering, required cells, periods, declared conditions
    printing/   LKJ5xx  how numbers are printed
    narrative/  LKJ6xx  sentences: numbers in words, dates, periods, written arithmetic
    document/   LKJ7xx  captions and their lists, field errors, names, what a draft's reader left unread
    series/     LKJ8xx  one unit's reports compared: targets, cumulative realisasi, the annual report, restatements

Each theme's `__init__.py` lists its rule modules (`RULES`); they are only
imported when asked for. A new rule is a new file in its theme (see
`base.py` for what it defines), listed there, with a case file in
tests/cases/. Rules driven by the IKU catalogue and targets need no
declaration; rules that run declared checks (`[[total]]`, `[[derived]]` …)
name the check type in `META.consumes`.

May import: `lkjip_tui.model`, `lkjip_tui.formula`, `lkjip_tui.values`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from lkjip_tui.checks.base import Context, Rule
from lkjip_tui.model.findings import Finding
from lkjip_tui.model.report import Report
from lkjip_tui.model.rules import RuleSet

THEMES = (
    "waivers",
    "capaian",
    "targets",
    "figures",
    "content",
    "printing",
    "narrative",
    "document",
    "series",
)

_registry: list[Rule] = []
_by_code: dict[str, Rule] = {}


def all_rules() -> list[Rule]:
    """Every rule, in code order."""
    if not _registry:
        for theme in THEMES:
            package = importlib.import_module(f"lkjip_tui.checks.{theme}")
            for name in package.RULES:
                mod = importlib.import_module(f"lkjip_tui.checks.{theme}.{name}")
                _registry.append(Rule(mod.META, mod.run))
    return _registry


def rule_by_code(code: str) -> Rule | None:
    if not _by_code:
        _by_code.update((r.meta.code, r) for r in all_rules())
    return _by_code.get(code.upper())


def run_rules(
    report: Report,
    rs: RuleSet,
    select: Callable[[str], bool] | None = None,
    crashed: list[tuple[str, BaseException]] | None = None,
) -> list[Finding]:
    """Every selected rule's findings, in order. Given a `crashed` list, a rule that
    raises is recorded there (its code and the exception) and the others still run."""
    ctx = Context(report, rs)
    out: list[Finding] = []
    for rule in all_rules():
        if select is None or select(rule.meta.code):
            if crashed is None:
                out.extend(rule.run(ctx))
                continue
            try:
                found = list(rule.run(ctx))  # all or nothing: a crash keeps none of its findings
            except MemoryError:
                raise  # the file's error (engine/check.py), not this rule's
            except Exception as e:
                crashed.append((rule.meta.code, e))
                continue
            out.extend(found)
    out.sort(key=Finding.sort_key)
    return out
