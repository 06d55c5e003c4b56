"""What each command does, as plain functions returning an exit code.

The Typer layer (cli.py) and the fast path for `lkjip check` (entry.py) only
parse arguments and call these.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


@dataclass(slots=True)
class CheckOptions:
    paths: list[Path] = field(default_factory=list)
    format: str = "text"
    lang: str = "id"
    jobs: int = 0
    rules: list[Path] = field(default_factory=list)
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    color: bool | None = None
    sample: bool = False


def check(opts: CheckOptions) -> int:
    from lkjip_tui import discover, engine

    paths = list(opts.paths)
    if opts.sample:
        paths.append(discover.sample_file())
    files: list[Path] = []
    missing: list[engine.FileResult] = []
    for p in paths:
        if not p.exists():
            missing.append(
                engine.FileResult(
                    discover.display(p),
                    error=engine.InputError(discover.display(p), 0, 0, "err.not_found", {}),
                )
            )
            continue
        found = discover.data_files(p)
        if not found:
            missing.append(
                engine.FileResult(
                    discover.display(p),
                    error=engine.InputError(discover.display(p), 0, 0, "err.no_data_files", {}),
                )
            )
        files.extend(found)
    results = missing + engine.check_paths(files, opts.rules, opts.jobs, opts.select, opts.ignore)
    if opts.format == "json":
        from lkjip_tui.output import jsonfmt

        sys.stdout.write(jsonfmt.emit(results, opts.lang))
    else:
        from lkjip_tui.output import text

        color = sys.stdout.isatty() if opts.color is None else opts.color
        text.emit(results, opts.lang, color)
    if any(r.error is not None for r in results):
        return EXIT_USAGE
    if any(f.severity == "error" for r in results for f in r.findings):
        return EXIT_FINDINGS
    return EXIT_CLEAN


def explain(code: str, lang: str) -> int:
    from lkjip_tui import messages
    from lkjip_tui.checks import rule_by_code
    from lkjip_tui.findings import Msg

    rule = rule_by_code(code)
    if rule is None:
        sys.stderr.write(messages.render(Msg("cli.unknown_code", {"code": code}), lang) + "\n")
        return EXIT_USAGE
    m = rule.meta
    label = {
        "id": ("Ringkasan", "Alasan", "Contoh temuan", "Perbaikan", "Tingkat", "Dijalankan oleh"),
        "en": ("Summary", "Rationale", "Flagged", "Fixed", "Severity", "Runs declared checks"),
    }[lang]
    out = [
        f"{m.code} {m.name}",
        "",
        f"{label[0]}: {m.summary[lang]}",
        f"{label[4]}: {messages.text_for('sev.' + m.severity, lang)}",
        "",
        f"{label[1]}:",
        f"  {m.rationale[lang]}",
        "",
        f"{label[2]}:",
        f"  {m.bad}",
        f"{label[3]}:",
        f"  {m.good}",
    ]
    if m.consumes:
        out += ["", f"{label[5]}: [[{m.consumes}]]"]
    sys.stdout.write("\n".join(out) + "\n")
    return EXIT_CLEAN


def list_rules(lang: str) -> int:
    from lkjip_tui import messages
    from lkjip_tui.checks import all_rules

    for r in all_rules():
        m = r.meta
        sev = messages.text_for("sev." + m.severity, lang)
        sys.stdout.write(f"{m.code}  {m.name:<22} {sev:<11} {m.summary[lang]}\n")
    return EXIT_CLEAN


def targets(path: Path, lang: str, rules: list[Path]) -> int:
    """Each IKU's annual target and its TW I–IV breakdown, per quarter and cumulative."""
    from lkjip_tui import discover, messages
    from lkjip_tui.breakdown import quarterly
    from lkjip_tui.catalogue import load_ruleset
    from lkjip_tui.engine import Engine, InputError
    from lkjip_tui.findings import Msg
    from lkjip_tui.report import read_header
    from lkjip_tui.source import SourceError

    try:
        if path.suffix == ".toml":
            roots = [*rules, path.parent.parent, discover.shipped("rules")]
            rs = load_ruleset(path, lambda n: discover.find_catalogue(n, path, roots), discover.display)
        else:
            _, header = read_header(path, discover.display(path))
            rs = Engine(rules).ruleset_for(
                path, header.unit, header.year, (discover.display(path), *header.unit_pos)
            )
    except SourceError as e:
        err = InputError.of(e)
        sys.stderr.write(
            f"{err.file}:{err.line}:{err.column}: {messages.render(Msg(err.key, err.args), lang)}\n"
        )
        return EXIT_USAGE
    heads = ("IKU", "tahunan" if lang == "id" else "annual", "pembagian" if lang == "id" else "breakdown")
    quarters = ("TW I", "TW II", "TW III", "TW IV")
    rows = [[*heads, *quarters, *(f"s.d. {q}" for q in quarters)]]
    for iku_id, t in rs.targets.items():
        plan = quarterly(t, rs.iku[iku_id])
        rows.append(
            [
                iku_id,
                _show(t.annual, lang),
                t.breakdown,
                *(_show(v, lang) for v in plan.per_quarter),
                *(_show(v, lang) for v in plan.cumulative),
            ]
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    title = f"{rs.unit_name or rs.unit} {rs.year}"
    sys.stdout.write(title + "\n")
    for r in rows:
        sys.stdout.write(
            "  ".join(
                c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))
            ).rstrip()
            + "\n"
        )
    return EXIT_CLEAN


def _show(v: object, lang: str) -> str:
    from decimal import Decimal

    from lkjip_tui.messages import number

    if v is None:
        return "-"
    if isinstance(v, tuple):
        return f"{number(v[0], lang)}–{number(v[1], lang)}"
    assert isinstance(v, Decimal)
    return number(v, lang)
