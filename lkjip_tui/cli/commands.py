"""What each command does, as plain functions returning an exit code.

The Typer app (app.py) only declares the command line and calls these.
Exit codes mean one thing each: 0 clean (below the fail level), 1 findings at or above the
fail level (`--fail-on`, errors by default),
2 usage error or unusable input, 3 an internal error (a bug in lkjip).
"""

from __future__ import annotations

import io
import os
import sys
from itertools import chain
from pathlib import Path
from typing import IO, Any

from lkjip_tui.values.msg import Msg
from lkjip_tui.values.record import Record

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
# A batch this large shows a progress bar (on a terminal only).
PROGRESS_FROM = 10


class Flags(Record):
    """The settings given on the command line; None where not given (the configuration decides)."""

    __slots__ = (
        "config",
        "extend_select",
        "format",
        "ignore",
        "jobs",
        "lang",
        "paths",
        "rules",
        "select",
        "severity",
    )

    def __init__(
        self,
        paths: list[Path] | None = None,
        config: Path | None = None,
        format: str | None = None,
        lang: str | None = None,
        jobs: int | None = None,
        rules: list[Path] | None = None,
        select: list[str] | None = None,
        extend_select: list[str] | None = None,
        ignore: list[str] | None = None,
        severity: str | None = None,
    ) -> None:
        self.paths = [] if paths is None else paths
        self.config = config
        self.format = format
        self.lang = lang
        self.jobs = jobs
        self.rules = [] if rules is None else rules
        self.select = select
        self.extend_select = [] if extend_select is None else extend_select
        self.ignore = [] if ignore is None else ignore
        self.severity = severity


class CheckOptions(Record):
    __slots__ = (
        "annotate",
        "cache",
        "color",
        "debug",
        "exit_zero",
        "fail_on",
        "flags",
        "force",
        "force_exclude",
        "governed",
        "output",
        "quiet",
        "sample",
        "stated",
        "statistics",
        "stdin_filename",
    )

    def __init__(
        self,
        flags: Flags | None = None,
        output: Path | None = None,
        exit_zero: bool = False,
        statistics: bool = False,
        color: str | bool | None = None,
        sample: bool = False,
        cache: bool = True,
        force_exclude: bool = False,
        debug: bool = False,
        annotate: Path | None = None,
        fail_on: str = "error",
        quiet: bool = False,
        stdin_filename: Path | None = None,
        governed: bool = False,
        force: bool = False,
        stated: tuple[str | None, int | None, str | None] = (None, None, None),
    ) -> None:
        self.force = force  # --annotate may replace an existing file
        self.stated = stated  # --unit, --year, --period for drafts
        self.annotate = annotate  # write a copy of the one .docx checked with a comment on each finding
        self.flags = flags or Flags()
        self.output = output
        self.exit_zero = exit_zero
        self.statistics = statistics
        self.color = color
        self.sample = sample
        self.cache = cache
        self.force_exclude = force_exclude
        self.debug = debug
        self.fail_on = fail_on  # the least severe finding that makes the exit code 1
        self.quiet = quiet  # findings only: no summary line, no progress bar
        self.stdin_filename = stdin_filename  # where standard input (path `-`) stands
        self.governed = governed  # the paths are TOML files: check the reports they govern


class TuiOptions(Record):
    __slots__ = ("lang", "path", "planner", "rules", "stated")

    def __init__(
        self,
        path: Path = Path("data"),
        lang: str = "id",
        rules: list[Path] | None = None,
        planner: bool = False,
        stated: tuple[str | None, int | None, str | None] = (None, None, None),
    ) -> None:
        self.stated = stated
        self.path = path
        self.lang = lang
        self.rules = [] if rules is None else rules
        self.planner = planner


def _say(msg: Msg, lang: str, out: IO[str] | None = None) -> None:
    from lkjip_tui import messages

    (out or sys.stderr).write(messages.render(msg, lang) + "\n")


def _source_error(e: Any, lang: str) -> None:
    from lkjip_tui import messages

    where = f"{e.file}:{e.line}:{e.column}: " if e.line else f"{e.file}: "
    sys.stderr.write(where + messages.render(Msg(e.key, dict(e.args_)), lang) + "\n")


_warned: set[str] = set()


def _warning(e: Any, lang: str) -> None:
    """A configuration mistake lkjip tolerates, said once per run: `file:line:column: warning: …`."""
    from lkjip_tui import messages

    where = f"{e.file}:{e.line}:{e.column}: " if e.line else f"{e.file}: "
    text = (
        where
        + messages.text_for("sev.warning", lang)
        + ": "
        + messages.render(Msg(e.key, dict(e.args_)), lang)
    )
    if text not in _warned:
        _warned.add(text)
        sys.stderr.write(text + "\n")


def report_crash(e: BaseException, lang: str, debug: bool = False) -> None:
    """An exception no command caught: say it is lkjip's fault, the traceback only when debugging."""
    from lkjip_tui.engine import debugging

    _say(Msg("cli.crash", {"error": f"{type(e).__name__}: {str(e)[:300]}"}), lang)
    if debug or debugging():
        import traceback

        traceback.print_exception(type(e), e, e.__traceback__, file=sys.stderr)


# ------------------------------------------------------------------ settings


def settings(flags: Flags) -> Any:
    """The effective settings: defaults, then the configuration found (or given), then the flags.

    Raises SourceError (an unusable configuration) or UsageError (a bad flag)."""
    from lkjip_tui.engine import config, discover
    from lkjip_tui.engine.selection import check_selectors
    from lkjip_tui.output import FORMATS

    lang = flags.lang or "id"

    def warn(e: Any) -> None:
        _warning(e, lang)

    file = flags.config if flags.config is not None else config.find_config(flags.paths, warn)
    s = config.read(file, discover.display(file), FORMATS) if file is not None else config.Settings()
    for w in s.warnings:
        warn(w)
    given = {
        "format": ("output-format", flags.format, "--format"),
        "lang": ("lang", flags.lang, "--lang"),
        "jobs": ("jobs", flags.jobs, "--jobs"),
        "severity": ("severity", flags.severity, "--severity"),
    }
    for key, value, flag in given.values():
        if value is not None:
            s.set(key, value, flag)
    if flags.rules:
        s.set("rules", [str(p.resolve()) for p in flags.rules] + s["rules"], "--rules")
    if flags.select is not None:
        s.set("select", check_selectors(flags.select, "--select"), "--select")
    if flags.extend_select:
        extend = s["extend-select"] + check_selectors(flags.extend_select, "--extend-select")
        s.set("extend-select", extend, "--extend-select")
    if flags.ignore:
        s.set("ignore", s["ignore"] + check_selectors(flags.ignore, "--ignore"), "--ignore")
    inside_actions = os.environ.get("GITHUB_ACTIONS") == "true"
    if inside_actions and s.values["output-format"].source == "default":  # annotate the files
        s.set("output-format", "github", "GITHUB_ACTIONS")
    return s


def _settings_or_say(flags: Flags) -> Any:
    """The settings, or None when they cannot be had (said on stderr: exit 2)."""
    from lkjip_tui.engine.selection import UsageError
    from lkjip_tui.model.source import SourceError

    try:
        return settings(flags)
    except SourceError as e:
        _source_error(e, flags.lang or "id")
    except UsageError as e:
        _say(e.msg, flags.lang or "id")
    return None


def _engine_options(s: Any, debug: bool) -> Any:
    from lkjip_tui.engine import EngineOptions, debugging
    from lkjip_tui.engine.selection import Selection

    selection = Selection(s["select"], s["ignore"], s["extend-select"], s.path_ignores())
    return EngineOptions(s.rules_dirs(), selection, s["severity"], True, s["waiver"], debug or debugging())


# ------------------------------------------------------------------ check


def check(opts: CheckOptions) -> int:
    from lkjip_tui import engine, output
    from lkjip_tui.engine import discover
    from lkjip_tui.engine.selection import UsageError
    from lkjip_tui.model.source import SourceError, unsaved
    from lkjip_tui.output import failing

    flags = opts.flags
    _warned.clear()  # each run says its warnings (tests run several in one process)
    if not flags.paths and not opts.sample:
        _say(Msg("cli.no_paths"), flags.lang or "id")
        return EXIT_USAGE
    s = _settings_or_say(flags)
    if s is None:
        return EXIT_USAGE
    lang = s["lang"]
    engine_opts = _engine_options(s, opts.debug)
    engine_opts.stated = opts.stated
    fmt = s["output-format"]
    if opts.statistics and fmt not in ("text", "json"):
        _say(Msg("cli.statistics_format"), lang)
        return EXIT_USAGE
    paths = list(flags.paths)
    if opts.sample:
        paths.append(discover.sample_file())
    stdin_text: dict[Path, str] = {}
    if Path("-") in paths:
        # Standard input, checked as the file it names (its rules, waivers and configuration).
        if opts.stdin_filename is None or len(paths) > 1:
            _say(Msg("cli.stdin_filename"), lang)
            return EXIT_USAGE
        stdin_text[opts.stdin_filename] = sys.stdin.read()
        paths = []
    filters = discover.Filters(s["include"], s["exclude"], s.base)
    files: list[Path] = list(stdin_text)
    unusable: list[engine.InputError] = []
    if opts.governed:  # pre-commit's lkjip-governed hook: the TOML files changed
        from lkjip_tui.engine.governed import governed

        files = governed(paths, Path.cwd(), engine_opts.engine(), filters)
        paths = []
    for p in paths:
        shown = discover.display(p)
        if not p.exists():
            unusable.append(engine.InputError(shown, 0, 0, "err.not_found", {}))
            continue
        found = discover.data_files(p, filters, opts.force_exclude)
        if not found and (p.is_dir() or not opts.force_exclude):
            unusable.append(engine.InputError(shown, 0, 0, "err.no_data_files", {}))
        files.extend(found)
    files = list(dict.fromkeys(files))
    from lkjip_tui.model.files import same_file

    # A report written over a file being read would destroy it (--annotate: annotating.usable).
    if opts.output is not None and any(same_file(opts.output, p) for p in [*paths, *files]):
        _say(Msg("cli.output_is_input", {"path": str(opts.output)}), lang)
        return EXIT_USAGE

    try:  # each file's nearest configuration, which may be unusable too
        groups = _by_configuration(files, flags, s, engine_opts, opts.debug)
    except SourceError as e:
        _source_error(e, lang)
        return EXIT_USAGE
    except UsageError as e:
        _say(e.msg, lang)
        return EXIT_USAGE

    color = use_color(opts.color, opts.output is None and sys.stdout.isatty())
    # Started before stdout is taken: on a terminal, findings then print above the bar.
    to_terminal = opts.output is None and sys.stdout.isatty()
    progress = None if opts.quiet else _progress(len(files), lang, to_terminal=to_terminal)
    out: IO[str] = io.StringIO() if opts.output is not None else sys.stdout
    if opts.statistics:
        from lkjip_tui.output.statistics import StatisticsEmitter

        emitter: output.Emitter = StatisticsEmitter(lang, color, as_json=fmt == "json")
    else:
        emitter = output.emitter(fmt, lang, color and fmt == "text")
    emitter.errors = sys.stderr
    emitter.fail_on = opts.fail_on
    if opts.quiet and hasattr(emitter, "quiet"):
        emitter.quiet = True
    transform: Any = output.RenderFile(emitter)
    use_cache = opts.cache and s["cache"] and not stdin_text  # stdin is not the file on disk
    if opts.annotate is not None:
        from lkjip_tui.cli import annotating

        why = annotating.usable(paths, opts.annotate)
        if why is not None:
            _say(Msg(why), lang)
            return EXIT_USAGE
        if opts.annotate.exists() and not opts.force:
            _say(Msg("cli.annotate_exists", {"path": str(opts.annotate)}), lang)
            return EXIT_USAGE
        transform = annotating.Keep(transform)
        use_cache = False  # the comments need the findings themselves, not their rendering
    from lkjip_tui.engine import config

    for w in config.environment_warnings(os.environ, cache=use_cache):
        _warning(w, lang)
    nothing = config.selects_nothing(s)
    if nothing is not None:  # every file would pass, unchecked
        _warning(nothing, lang)
    from lkjip_tui.engine.waivers import FILE_NAME, misnamed

    for folder in dict.fromkeys(f.parent for f in files):
        for path in misnamed(folder):
            _warning(
                SourceError(discover.display(path), 0, 0, "cli.waivers_misnamed", expected=FILE_NAME), lang
            )
    # Several reports: the series rules compare them after each is checked (LKJ8xx).
    series = opts.annotate is None and len(files) > 1
    if series:
        from lkjip_tui.engine.series import Summarized

        transform = Summarized(transform)
    try:
        with unsaved(stdin_text):
            chunks = chain.from_iterable(
                engine.check_stream(group, options, transform, s["jobs"], use_cache)
                for options, group in groups
            )
            if series:
                chunks = _with_series(chunks, engine_opts)
            summary = output.write(chunks, emitter, out, unusable, progress.advance if progress else None)
    finally:
        if progress is not None:
            progress.stop()
    if opts.output is not None:
        assert isinstance(out, io.StringIO)
        if not _write_output(opts.output, out.getvalue(), lang):
            return EXIT_USAGE
    if opts.annotate is not None and not annotating.write(paths[0], opts.annotate, transform, lang):
        return EXIT_USAGE
    if summary.internal:
        return EXIT_INTERNAL
    if summary.errors:
        return EXIT_USAGE
    if not opts.exit_zero and any(n and failing(sev, opts.fail_on) for sev, n in summary.counts.items()):
        return EXIT_FINDINGS
    return EXIT_CLEAN


def _by_configuration(files: list[Path], flags: Flags, s: Any, run_options: Any, debug: bool) -> list[Any]:
    """The files grouped by the configuration nearest each (as ruff finds one per file), with the
    engine options it gives them (the flags still override it); one group when one applies.
    `--config`, or standard input, is the one configuration of the run. The run's own settings
    (format, language, jobs, include and exclude) come from the configuration of all the paths."""
    from lkjip_tui.engine import config

    if flags.config is not None or len(files) < 2:
        return [(run_options, files)]
    by_file: dict[Path | None, list[Path]] = {}
    for f in files:
        by_file.setdefault(config.find_config([f]), []).append(f)
    if len(by_file) == 1 and s.file in by_file:
        return [(run_options, files)]
    groups = []
    for found, group in by_file.items():
        own = s if found == s.file else settings(flags.replace(paths=[group[0]]))
        groups.append((_engine_options(own, debug), group))
    return groups


def use_color(choice: str | bool | None, to_terminal: bool) -> bool:
    """Colour or not: `--color always|never` (or the older --color/--no-color) first, then
    NO_COLOR and FORCE_COLOR (no-color.org, force-color.org: set and not empty), then whether
    stdout is a terminal."""
    if choice in ("always", True):
        return True
    if choice in ("never", False):
        return False
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return to_terminal


def _with_series(results: Any, options: Any) -> Any:
    """The chunks of a check with the series findings added to the last one, as findings about
    files reported once per run (every format carries those)."""
    from lkjip_tui.engine.series import series_findings

    summaries = []
    last = None
    for chunk, summary in results:
        if summary is not None:
            summaries.append(summary)
        if last is not None:
            yield last
        last = chunk
    if last is None:
        return
    found = series_findings(summaries, options)
    yield last.replace(shared=[*last.shared, *found]) if found else last


def _write_output(path: Path, text: str, lang: str) -> bool:
    """Write a report file atomically: the old file or the whole new one, never half."""
    from lkjip_tui.model.files import write_atomic

    try:
        write_atomic(path, text)
    except OSError as e:
        _say(Msg("cli.cannot_write", {"path": str(path), "reason": e.strerror or str(e)}), lang)
        return False
    return True


class _Progress:
    """A rich progress bar on stderr, advanced once per file checked."""

    def __init__(self, total: int, lang: str, to_terminal: bool) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        from lkjip_tui import messages

        self._bar = Progress(
            TextColumn(messages.text_for("cli.progress", lang)),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
            redirect_stdout=to_terminal,
            redirect_stderr=False,
        )
        self._task = self._bar.add_task("", total=total)
        self._bar.start()

    def advance(self, chunk: Any) -> None:
        self._bar.advance(self._task)

    def stop(self) -> None:
        self._bar.stop()


def _progress(total: int, lang: str, to_terminal: bool) -> _Progress | None:
    """A progress bar for a large batch when a person watches stderr: never on a pipe, a file
    or in CI."""
    if total < PROGRESS_FROM or not sys.stderr.isatty():
        return None
    if os.environ.get("CI") or os.environ.get("TERM") == "dumb":
        return None
    return _Progress(total, lang, to_terminal)


# ------------------------------------------------------------------ config


def show_config(flags: Flags) -> int:
    """Print the effective settings and where each came from."""
    from lkjip_tui import messages
    from lkjip_tui.engine import config, discover

    s = _settings_or_say(flags)
    if s is None:
        return EXIT_USAGE
    lang = s["lang"]
    if s.file is not None:
        head = messages.render(Msg("cli.config_file", {"file": discover.display(s.file)}), lang)
    else:
        start = discover.display(config.common_dir(flags.paths))
        head = messages.render(Msg("cli.config_none", {"start": start}), lang)
    rows = []
    for key, setting in s.values.items():
        source = setting.source
        if source == "default":
            source = messages.text_for("cli.source_default", lang)
        elif source.startswith("-") or source == "GITHUB_ACTIONS":
            source = messages.render(Msg("cli.source_flag", {"flag": source}), lang)
        rows.append((key, _toml_value(setting.value, lang), source))
    width = max(len(k) for k, _, _ in rows)
    value_width = max(len(v) for _, v, _ in rows)
    lines = [head, *(f"{k:<{width}} = {v:<{value_width}}  # {src}" for k, v, src in rows)]
    sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_CLEAN


def _toml_value(value: Any, lang: str) -> str:
    import json

    from lkjip_tui import messages

    if value is None:
        return messages.text_for("cli.all_rules", lang)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list) and value and all(isinstance(v, dict) for v in value):
        return f"[{len(value)} × [[waiver]]]"
    return json.dumps(value, ensure_ascii=False, default=str)


# ------------------------------------------------------------------ rules, explain, targets, tui


def tui(opts: TuiOptions) -> int:
    from lkjip_tui.tui.app import run  # textual is only imported for the TUI

    # An internal error in the interface is exit 3, as in `check`; quitting is 0.
    return EXIT_CLEAN if run(opts.path, opts.lang, opts.rules, opts.planner, opts.stated) else EXIT_INTERNAL


def explain(code: str, lang: str) -> int:
    from lkjip_tui import messages
    from lkjip_tui.checks import rule_by_code

    rule = rule_by_code(code)
    if rule is None:
        _say(Msg("cli.unknown_code", {"code": code}), lang)
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


def list_rules(lang: str, docs: bool = False, output: Path | None = None) -> int:
    """Every rule, one a line; with `docs`, the Markdown reference (docs/rules.md)."""
    from lkjip_tui import messages
    from lkjip_tui.checks import all_rules

    if docs:
        from lkjip_tui.cli.rules_doc import rules_markdown

        text = rules_markdown(lang)
    else:
        lines = []
        for r in all_rules():
            m = r.meta
            sev = messages.text_for("sev." + m.severity, lang)
            lines.append(f"{m.code}  {m.name:<22} {sev:<11} {m.summary[lang]}\n")
        text = "".join(lines)
    if output is not None:
        if not _write_output(output, text, lang):
            return EXIT_USAGE
        _say(Msg("cli.written", {"path": str(output)}), lang)
        return EXIT_CLEAN
    sys.stdout.write(text)
    return EXIT_CLEAN


def _ruleset_of(path: Path, rules: list[Path], lang: str) -> Any:
    """The rules of a data file (found as `check` finds them) or of a unit-year rules file;
    None after saying why they cannot be read."""
    from lkjip_tui.engine import Engine, discover
    from lkjip_tui.model.catalogue import load_ruleset
    from lkjip_tui.model.data_file import read_header
    from lkjip_tui.model.source import SourceError

    try:
        if path.suffix == ".toml":
            roots = [r.resolve() for r in rules]
            return load_ruleset(path, lambda n: discover.find_catalogue(n, path, roots), discover.display)
        header = read_header(path, discover.display(path))
        return Engine(rules).ruleset_for(
            path, header.unit, header.year, (discover.display(path), *header.unit_pos)
        )
    except SourceError as e:
        _source_error(e, lang)
        return None


def init(
    path: Path,
    output: Path,
    lang: str,
    stated: tuple[str | None, int | None, str | None] = (None, None, None),
) -> int:
    """Write a starting catalogue and unit file for a draft's unit (engine/starter.py)."""
    from lkjip_tui.engine import Engine, discover, starter
    from lkjip_tui.model.source import SourceError

    if not path.is_file():
        _say(Msg("cli.missing_path", {"path": path}), lang)
        return EXIT_USAGE
    try:
        report, rs = Engine(stated=stated).load_generic(path)
        written = starter.write(report, rs, path.name, output)
    except SourceError as e:
        _source_error(e, lang)
        return EXIT_USAGE
    for f in written:
        sys.stdout.write(discover.display(f) + "\n")
    _say(
        Msg("cli.init_done", {"unit": rs.unit, "year": rs.year, "count": len(rs.iku), "rules": output}), lang
    )
    return EXIT_CLEAN


def targets(path: Path, lang: str, rules: list[Path]) -> int:
    """Each IKU's annual target and its TW I–IV breakdown, per quarter and cumulative."""
    from lkjip_tui.model.breakdown import quarterly
    from lkjip_tui.values.dates import quarter_label

    rs = _ruleset_of(path, rules, lang)
    if rs is None:
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


def schema(of: str, path: Path | None, lang: str, rules: list[Path], write: bool = False) -> int:
    """The JSON Schema of data or rules files (data: refined by a catalogue when given a path).
    With `write`, the catalogue's `data.schema.json` (the one imported data files name) is
    regenerated in the catalogue's directory instead of printed."""
    import json

    from lkjip_tui.model.catalogue import rules_json_schema
    from lkjip_tui.model.data_file import data_json_schema

    if of == "rules":
        doc = rules_json_schema()
    else:
        rs = _ruleset_of(path, rules, lang) if path is not None else None
        if path is not None and rs is None:
            return EXIT_USAGE
        doc = data_json_schema(rs)
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    if write:
        if of != "data" or rs is None:
            _say(Msg("cli.schema_write_needs_path"), lang)
            return EXIT_USAGE
        target = Path(rs.files[0]).parent / "data.schema.json"
        if not _write_output(target, text, lang):
            return EXIT_USAGE
        _say(Msg("cli.written", {"path": str(target)}), lang)
        return EXIT_CLEAN
    sys.stdout.write(text)
    return EXIT_CLEAN
