"""What each command does, as plain functions returning an exit code.

The Typer app (app.py) only declares the command line and calls these.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from lkjip_tui.values.record import Record

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class CheckOptions(Record):
    __slots__ = (
        "annotate",
        "color",
        "format",
        "ignore",
        "jobs",
        "lang",
        "paths",
        "rules",
        "sample",
        "select",
    )

    def __init__(
        self,
        paths: list[Path] | None = None,
        format: str = "text",
        lang: str = "id",
        jobs: int = 0,
        rules: list[Path] | None = None,
        select: list[str] | None = None,
        ignore: list[str] | None = None,
        color: bool | None = None,
        sample: bool = False,
        annotate: Path | None = None,
    ) -> None:
        self.paths = [] if paths is None else paths
        self.format = format
        self.lang = lang
        self.jobs = jobs
        self.rules = [] if rules is None else rules
        self.select = [] if select is None else select
        self.ignore = [] if ignore is None else ignore
        self.color = color
        self.sample = sample
        self.annotate = annotate  # write a copy of the one .docx checked with a comment on each finding


class TuiOptions(Record):
    __slots__ = ("lang", "path", "planner", "rules")

    def __init__(
        self,
        path: Path = Path("data"),
        lang: str = "id",
        rules: list[Path] | None = None,
        planner: bool = False,
    ) -> None:
        self.path = path
        self.lang = lang
        self.rules = [] if rules is None else rules
        self.planner = planner


def tui(opts: TuiOptions) -> int:
    from lkjip_tui.tui.app import run  # textual is only imported for the TUI

    run(opts.path, opts.lang, opts.rules, opts.planner)
    return 0


def check(opts: CheckOptions) -> int:
    from lkjip_tui import engine, messages, output
    from lkjip_tui.engine import discover

    paths = list(opts.paths)
    if opts.sample:
        paths.append(discover.sample_file())
    files: list[Path] = []
    unusable: list[engine.InputError] = []
    for p in paths:
        shown = discover.display(p)
        if not p.exists():
            unusable.append(engine.InputError(shown, 0, 0, "err.not_found", {}))
            continue
        found = discover.data_files(p)
        if not found:
            unusable.append(engine.InputError(shown, 0, 0, "err.no_data_files", {}))
        files.extend(found)
    color = sys.stdout.isatty() if opts.color is None else opts.color
    emitter = output.emitter(opts.format, opts.lang, color)
    transform: Any = output.RenderFile(emitter)
    if opts.annotate is not None:
        from lkjip_tui.cli import annotating
        from lkjip_tui.values.msg import Msg

        why = annotating.usable(paths, opts.annotate)
        if why is not None:
            sys.stderr.write(messages.render(Msg(why), opts.lang) + "\n")
            return EXIT_USAGE
        transform = annotating.Keep(transform)
    chunks = engine.check_stream(files, opts.rules, transform, opts.jobs, opts.select, opts.ignore)
    summary = output.write(chunks, emitter, sys.stdout, unusable)
    if opts.annotate is not None and not annotating.write(paths[0], opts.annotate, transform, opts.lang):
        return EXIT_USAGE
    if summary.errors:
        return EXIT_USAGE
    return EXIT_FINDINGS if summary.counts["error"] else EXIT_CLEAN


def explain(code: str, lang: str) -> int:
    from lkjip_tui import messages
    from lkjip_tui.checks import rule_by_code
    from lkjip_tui.values.msg import Msg

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
    from lkjip_tui import messages
    from lkjip_tui.engine import Engine, InputError, discover
    from lkjip_tui.model.breakdown import quarterly
    from lkjip_tui.model.catalogue import load_ruleset
    from lkjip_tui.model.data_file import read_header
    from lkjip_tui.model.source import SourceError
    from lkjip_tui.values.dates import quarter_label
    from lkjip_tui.values.msg import Msg

    try:
        if path.suffix == ".toml":
            roots = [r.resolve() for r in rules]
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
    quarters = [quarter_label(q) for q in range(1, 5)]
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
