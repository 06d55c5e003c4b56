"""The `lkjip` command line, declared once with Typer; each command calls `commands`.

The app is declared for one language: its help (and Typer's own words around
it) is in Bahasa Indonesia, or in English with `--lang en` on the command
line or a `LANG`/`LC_ALL` starting with `en`. Every text is in
`lkjip_tui.messages.command_line` (`help.*`).
"""

# No `from __future__ import annotations`: Typer reads the option types declared inside make_app.

import contextlib
import errno
import io
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, NoReturn, Optional

import typer
import typer.core

from lkjip_tui.cli import commands
from lkjip_tui.messages import text_for
from lkjip_tui.output import FORMATS


def help_language(argv: list[str]) -> str:
    """The language of the help: `--lang` on the command line, else the locale, else Indonesian."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return "en" if argv[i + 1] == "en" else "id"
        if arg.startswith("--lang="):
            return "en" if arg.partition("=")[2] == "en" else "id"
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "en" if value.lower().startswith("en") else "id"
    return "id"


def _localize_typer(lang: str) -> None:
    """Typer's own words around the help and errors (panel titles, hints) in `lang`."""
    from typer import rich_utils

    for name in (
        "ARGUMENTS_PANEL_TITLE",
        "OPTIONS_PANEL_TITLE",
        "COMMANDS_PANEL_TITLE",
        "ERRORS_PANEL_TITLE",
        "ABORTED_TEXT",
        "RICH_HELP",
        "DEFAULT_STRING",
        "REQUIRED_LONG_STRING",
        "ENVVAR_STRING",
    ):
        setattr(rich_utils, name, text_for("typer." + name, lang))


def _localized(base: Any, lang: str) -> Any:
    """A Typer command or group class whose help speaks `lang`."""

    def format_help(self: Any, ctx: Any, formatter: Any) -> None:
        _localize_typer(lang)
        base.format_help(self, ctx, formatter)

    def format_usage(self: Any, ctx: Any, formatter: Any) -> None:
        pieces = " ".join(self.collect_usage_pieces(ctx))
        formatter.write_usage(ctx.command_path, pieces, prefix=text_for("typer.usage", lang))

    def get_help_option(self: Any, ctx: Any) -> Any:
        option = base.get_help_option(self, ctx)
        if option is not None:
            option.help = text_for("help.help", lang)
        return option

    methods = {"format_help": format_help, "format_usage": format_usage, "get_help_option": get_help_option}
    return type(base.__name__, (base,), methods)


class Lang(str, Enum):
    id = "id"
    en = "en"


class Severity(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


class ColorChoice(str, Enum):
    always = "always"
    never = "never"
    auto = "auto"


class SchemaOf(str, Enum):
    data = "data"
    rules = "rules"


# One choice per output format, from the one list of them.
Format = Enum("Format", {name: name for name in FORMATS}, type=str)  # type: ignore[misc]


def make_app(lang: str) -> typer.Typer:
    """The command line, with its help in `lang`."""

    def h(key: str) -> str:
        return text_for("help." + key, lang)

    group, command = _localized(typer.core.TyperGroup, lang), _localized(typer.core.TyperCommand, lang)
    app = typer.Typer(
        add_completion=False,
        no_args_is_help=True,
        help=h("app"),
        cls=group,
        pretty_exceptions_enable=False,  # an internal error is reported by main(), never as locals
        context_settings={"help_option_names": ["-h", "--help"]},
    )

    # Options shared by several commands, declared once.
    LangOpt = Annotated[Optional[Lang], typer.Option("--lang", help=h("lang"))]  # noqa: UP045 - read at runtime

    def existing_dirs(paths: Optional[list[Path]]) -> Optional[list[Path]]:  # noqa: UP045
        """A --rules directory that is not there is a mistake, not an empty catalogue."""
        for p in paths or []:
            if not p.is_dir():
                raise typer.BadParameter(text_for("cli.rules_not_found", lang).format(path=p))
        return paths

    RulesOpt = Annotated[
        Optional[list[Path]],  # noqa: UP045
        typer.Option("--rules", help=h("rules"), callback=existing_dirs),
    ]
    PathsArg = Annotated[Optional[list[Path]], typer.Argument(help=h("paths"), show_default=False)]  # noqa: UP045
    ConfigOpt = Annotated[Optional[Path], typer.Option("--config", help=h("config_file"))]  # noqa: UP045
    OutputOpt = Annotated[Optional[Path], typer.Option("--output", "-o", help=h("output"))]  # noqa: UP045
    FormatOpt = Annotated[Optional[Format], typer.Option("--format", "-f", help=h("format"))]  # noqa: UP045
    JobsOpt = Annotated[Optional[int], typer.Option("--jobs", "-j", min=0, help=h("jobs"))]  # noqa: UP045
    CodesOpt = Optional[list[str]]  # noqa: UP045
    SelectOpt = Annotated[CodesOpt, typer.Option("--select", help=h("select"))]
    ExtendOpt = Annotated[CodesOpt, typer.Option("--extend-select", help=h("extend_select"))]
    IgnoreOpt = Annotated[CodesOpt, typer.Option("--ignore", help=h("ignore"))]
    SeverityOpt = Annotated[Optional[Severity], typer.Option("--severity", help=h("severity"))]  # noqa: UP045
    # Whose report a draft is, where neither its file name nor its cover says it.
    UnitOpt = Annotated[Optional[str], typer.Option("--unit", help=h("unit"))]  # noqa: UP045
    YearOpt = Annotated[Optional[int], typer.Option("--year", min=1900, max=2200, help=h("year"))]  # noqa: UP045
    PeriodOpt = Annotated[Optional[str], typer.Option("--period", help=h("period"))]  # noqa: UP045

    def _version(value: bool) -> None:
        if value:
            from lkjip_tui import __version__

            sys.stdout.write(f"lkjip {__version__}\n")
            raise typer.Exit(0)

    chosen: dict[str, Lang] = {}  # `lkjip --lang en <command>`: the language of every command

    @app.callback()
    def _root(
        version: Annotated[
            bool, typer.Option("--version", help=h("version"), callback=_version, is_eager=True)
        ] = False,
        lang: LangOpt = None,
    ) -> None:
        if lang is not None:
            chosen["lang"] = lang

    def lang_of(lang_: Lang | None) -> str:
        return (lang_ or chosen.get("lang") or Lang.id).value

    def settings_flags(
        paths: list[Path] | None,
        config: Path | None,
        format: Any,
        lang_: Lang | None,
        jobs: int | None,
        rules: list[Path] | None,
        select: list[str] | None,
        extend_select: list[str] | None,
        ignore: list[str] | None,
        severity: Severity | None,
    ) -> commands.Flags:
        return commands.Flags(
            paths=list(paths or []),
            config=config,
            format=None if format is None else format.value,
            lang=None if lang_ is None and "lang" not in chosen else lang_of(lang_),
            jobs=jobs,
            rules=list(rules or []),
            select=select,
            extend_select=list(extend_select or []),
            ignore=list(ignore or []),
            severity=None if severity is None else severity.value,
        )

    @app.command(cls=command, help=h("check"))
    def check(
        paths: PathsArg = None,
        format: FormatOpt = None,
        output: OutputOpt = None,
        lang: LangOpt = None,
        jobs: JobsOpt = None,
        rules: RulesOpt = None,
        select: SelectOpt = None,
        extend_select: ExtendOpt = None,
        ignore: IgnoreOpt = None,
        severity: SeverityOpt = None,
        exit_zero: Annotated[bool, typer.Option("--exit-zero", help=h("exit_zero"))] = False,
        statistics: Annotated[bool, typer.Option("--statistics", help=h("statistics"))] = False,
        color: Annotated[
            Optional[ColorChoice],  # noqa: UP045
            typer.Option("--color", help=h("color"), show_default=False),
        ] = None,
        no_color: Annotated[bool, typer.Option("--no-color", hidden=True)] = False,  # deprecated
        fail_on: Annotated[FailOn, typer.Option("--fail-on", help=h("fail_on"))] = FailOn.error,
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help=h("quiet"))] = False,
        stdin_filename: Annotated[
            Optional[Path],  # noqa: UP045
            typer.Option("--stdin-filename", help=h("stdin_filename")),
        ] = None,
        governed: Annotated[bool, typer.Option("--governed", help=h("governed"))] = False,
        sample: Annotated[bool, typer.Option("--sample", help=h("sample"))] = False,
        no_cache: Annotated[bool, typer.Option("--no-cache", help=h("no_cache"))] = False,
        force_exclude: Annotated[bool, typer.Option("--force-exclude", help=h("force_exclude"))] = False,
        config: ConfigOpt = None,
        debug: Annotated[bool, typer.Option("--debug", help=h("debug"))] = False,
        annotate: Annotated[Optional[Path], typer.Option("--annotate", help=h("annotate"))] = None,  # noqa: UP045
        force: Annotated[bool, typer.Option("--force", help=h("annotate_force"))] = False,
        unit: UnitOpt = None,
        year: YearOpt = None,
        period: PeriodOpt = None,
    ) -> None:
        flags = settings_flags(
            paths, config, format, lang, jobs, rules, select, extend_select, ignore, severity
        )
        if no_color:
            sys.stderr.write(text_for("cli.no_color_deprecated", lang_of(lang)) + "\n")
        opts = commands.CheckOptions(
            flags,
            output=output,
            exit_zero=exit_zero,
            statistics=statistics,
            color="never" if no_color else (None if color is None else color.value),
            fail_on=fail_on.value,
            quiet=quiet,
            stdin_filename=stdin_filename,
            governed=governed,
            sample=sample,
            cache=not no_cache,
            force_exclude=force_exclude,
            debug=debug,
            annotate=annotate,
            force=force,
            stated=(unit, year, period),
        )
        raise typer.Exit(commands.check(opts))

    @app.command("config", cls=command, help=h("config"))
    def config_(
        paths: PathsArg = None,
        format: FormatOpt = None,
        lang: LangOpt = None,
        jobs: JobsOpt = None,
        rules: RulesOpt = None,
        select: SelectOpt = None,
        extend_select: ExtendOpt = None,
        ignore: IgnoreOpt = None,
        severity: SeverityOpt = None,
        config: ConfigOpt = None,
    ) -> None:
        flags = settings_flags(
            paths, config, format, lang, jobs, rules, select, extend_select, ignore, severity
        )
        raise typer.Exit(commands.show_config(flags))

    @app.command(cls=command, help=h("explain"))
    def explain(
        code: Annotated[str, typer.Argument(help=h("explain.code"), show_default=False)],
        lang: LangOpt = None,
    ) -> None:
        raise typer.Exit(commands.explain(code, lang_of(lang)))

    @app.command("rules", cls=command, help=h("rules_cmd"))
    def rules_(
        lang: LangOpt = None,
        docs: Annotated[bool, typer.Option("--docs", help=h("docs"))] = False,
        output: OutputOpt = None,
    ) -> None:
        raise typer.Exit(commands.list_rules(lang_of(lang), docs, output))

    class TargetsGroup(group):  # type: ignore[misc,valid-type]
        """`lkjip targets PATH` shows the targets as before; `export` and `import` are the sheet."""

        def parse_args(self, ctx: Any, args: list[str]) -> Any:
            if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
                args = ["show", *args]
            return super().parse_args(ctx, args)

    targets_app = typer.Typer(cls=TargetsGroup, no_args_is_help=True, help=h("targets"))
    app.add_typer(targets_app, name="targets")

    @targets_app.callback()
    def _targets_root(lang: LangOpt = None) -> None:
        if lang is not None:
            chosen["lang"] = lang

    @targets_app.command("show", cls=command, help=h("targets"))
    def targets(
        path: Annotated[Path, typer.Argument(help=h("targets.path"), show_default=False)],
        lang: LangOpt = None,
        rules: RulesOpt = None,
    ) -> None:
        raise typer.Exit(commands.targets(path, lang_of(lang), list(rules or [])))

    @targets_app.command("export", cls=command, help=h("targets.export"))
    def targets_export(
        paths: Annotated[list[Path], typer.Argument(help=h("targets.export.paths"), show_default=False)],
        output: Annotated[Path, typer.Option("--output", "-o", help=h("targets.export.output"))],
        template: Annotated[bool, typer.Option("--template", help=h("targets.template"))] = False,
        lang: LangOpt = None,
        rules: RulesOpt = None,
    ) -> None:
        from lkjip_tui.cli import targets_sheet

        raise typer.Exit(targets_sheet.export(paths, output, lang_of(lang), list(rules or []), template))

    @targets_app.command("import", cls=command, help=h("targets.import"))
    def targets_import(
        path: Annotated[Path, typer.Argument(help=h("targets.import.path"), show_default=False)],
        dry_run: Annotated[bool, typer.Option("--dry-run", help=h("targets.dry_run"))] = False,
        yes: Annotated[bool, typer.Option("--yes", "-y", help=h("targets.yes"))] = False,
        lang: LangOpt = None,
        rules: RulesOpt = None,
    ) -> None:
        from lkjip_tui.cli import targets_sheet

        def confirm(question: str) -> bool:
            try:
                return bool(typer.confirm(question, default=False))
            except typer.Abort:  # end of input, ctrl+c at the prompt: a no
                sys.stderr.write("\n")
                return False

        code = targets_sheet.import_(path, lang_of(lang), list(rules or []), dry_run, yes, confirm)
        raise typer.Exit(code)

    @app.command("import", cls=command, help=h("import"))
    def import_(
        drafts: Annotated[list[Path], typer.Argument(help=h("import.drafts"), show_default=False)],
        output: Annotated[Optional[Path], typer.Option("--output", "-o", help=h("import.output"))] = None,  # noqa: UP045
        rules: RulesOpt = None,
        lang: LangOpt = None,
        jobs: JobsOpt = None,
        force: Annotated[bool, typer.Option("--force", help=h("import.force"))] = False,
        unit: UnitOpt = None,
        year: YearOpt = None,
        period: PeriodOpt = None,
    ) -> None:
        from lkjip_tui.cli import importing

        code = importing.run(
            drafts, output, list(rules or []), lang_of(lang), jobs or 0, force, (unit, year, period)
        )
        raise typer.Exit(code)

    @app.command(cls=command, help=h("init"))
    def init(
        draft: Annotated[Path, typer.Argument(help=h("init.draft"), show_default=False)],
        output: Annotated[Path, typer.Option("--output", "-o", help=h("init.output"))] = Path("rules"),
        lang: LangOpt = None,
        unit: UnitOpt = None,
        year: YearOpt = None,
        period: PeriodOpt = None,
    ) -> None:
        raise typer.Exit(commands.init(draft, output, lang_of(lang), (unit, year, period)))

    @app.command(cls=command, help=h("schema"))
    def schema(
        of: Annotated[SchemaOf, typer.Argument(help=h("schema.of"), show_default=False)],
        path: Annotated[Optional[Path], typer.Argument(help=h("schema.path"))] = None,  # noqa: UP045
        lang: LangOpt = None,
        rules: RulesOpt = None,
        write: Annotated[bool, typer.Option("--write", help=h("schema.write"))] = False,
    ) -> None:
        raise typer.Exit(commands.schema(of.value, path, lang_of(lang), list(rules or []), write))

    @app.command(cls=command, help=h("lsp"))
    def lsp() -> None:
        from lkjip_tui.lsp.server import run  # pygls is only imported for the language server

        raise typer.Exit(run())

    @app.command(cls=command, help=h("tui"))
    def tui(
        path: Annotated[Path, typer.Argument(help=h("tui.path"))] = Path("data"),
        lang: LangOpt = None,
        rules: RulesOpt = None,
        planner: Annotated[bool, typer.Option("--planner", help=h("planner"))] = False,
        unit: UnitOpt = None,
        year: YearOpt = None,
        period: PeriodOpt = None,
    ) -> None:
        if not path.exists():
            raise typer.BadParameter(
                text_for("cli.missing_path", lang_of(lang)).format(path=path), param_hint="PATH"
            )
        opts = commands.TuiOptions(path, lang_of(lang), list(rules or []), planner, (unit, year, period))
        raise typer.Exit(commands.tui(opts))

    return app


def _bare_color(args: list[str], lang: str) -> list[str]:
    """`--color` with no value (the flag before `--color WHEN`) still means always, said deprecated."""
    out = list(args)
    for i, arg in enumerate(out):
        if arg == "--":
            break
        if arg == "--color" and (i + 1 == len(out) or out[i + 1] not in [c.value for c in ColorChoice]):
            out[i] = "--color=always"
            sys.stderr.write(text_for("cli.bare_color_deprecated", lang) + "\n")
    return out


# The errors of a write that failed for want of room or of a reader: the output is
# incomplete, which is no bug of lkjip's (exit 2, not 3).
_WRITE_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EBADF, errno.EIO, errno.EPIPE}


class _Closed(io.TextIOBase):
    """Standard output when the process started without one: every write fails as on a closed fd."""

    def write(self, s: str) -> int:
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))

    def fileno(self) -> int:
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))


def _write_failed(lang: str, reason: str) -> NoReturn:
    from lkjip_tui import messages
    from lkjip_tui.values.msg import Msg

    with contextlib.suppress(Exception):
        sys.stderr.write(messages.render(Msg("cli.stdout_failed", {"reason": reason}), lang) + "\n")
    sys.exit(commands.EXIT_USAGE)  # what is still buffered goes to /dev/null (dup2 above)


def main(argv: list[str] | None = None) -> None:
    """The console script: exit 0 clean, 1 findings, 2 usage or unusable input, 3 internal error."""
    args = sys.argv[1:] if argv is None else list(argv)
    lang = help_language(args)
    args = _bare_color(args, lang)
    if sys.stdout is None:  # started with standard output closed (`>&-`)
        sys.stdout = _Closed()
    try:
        code = make_app(lang)(args=args, prog_name="lkjip", standalone_mode=False)
        if not sys.stdout.closed:  # the language server closes stdio when its client exits
            sys.stdout.flush()  # a full disk is found here, not after exit where no one reports it
    except BrokenPipeError:
        # The reader went away (`lkjip check … | head`): the output is incomplete. Say so and
        # stop; nothing more goes to the pipe.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        _write_failed(lang, "broken pipe")
    except OSError as e:
        if e.errno not in _WRITE_ERRORS:
            commands.report_crash(e, lang, "--debug" in args)
            sys.exit(commands.EXIT_INTERNAL)
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        _write_failed(lang, e.strerror or str(e))
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as e:
        if hasattr(e, "format_message") and isinstance(getattr(e, "exit_code", None), int):
            # A usage error Typer found (unknown option, bad value): shown its way, in `lang`.
            from typer import rich_utils

            _localize_typer(lang)
            rich_utils.rich_format_error(e)  # type: ignore[arg-type]
            sys.exit(e.exit_code)  # type: ignore[attr-defined]
        if type(e).__name__ == "Abort":
            sys.exit(1)
        commands.report_crash(e, lang, "--debug" in args)
        sys.exit(commands.EXIT_INTERNAL)
    sys.exit(code if isinstance(code, int) else 0)
