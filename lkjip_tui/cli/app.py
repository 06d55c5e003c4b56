"""The `lkjip` command line, declared once with Typer; each command calls `commands`."""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from lkjip_tui.cli import commands
from lkjip_tui.output import FORMATS

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Audit LKjIP quarterly reports for numbers that do not add up (lkjip).",
    context_settings={"help_option_names": ["-h", "--help"]},
)


# One choice per output format, from the one list of them.
Format = Enum("Format", {name: name for name in FORMATS}, type=str)  # type: ignore[misc]


class Lang(str, Enum):
    id = "id"
    en = "en"


LangOpt = Annotated[Lang, typer.Option("--lang", help="Message language: id (Bahasa Indonesia) or en.")]
RulesOpt = Annotated[
    Optional[list[Path]],  # noqa: UP045 - Typer reads the annotation at runtime on 3.10 too
    typer.Option(
        "--rules", help="Extra rules directory, searched before the data's own and the shipped rules."
    ),
]


@app.command()
def check(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Data files or directories (searched recursively).")
    ] = None,
    format: Annotated[
        Format, typer.Option("--format", "-f", help="text for people, json for tools.")
    ] = Format.text,  # type: ignore[attr-defined]
    lang: LangOpt = Lang.id,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=0, help="Parallel processes; 0 = one per core.")
    ] = 0,
    rules: RulesOpt = None,
    select: Annotated[
        list[str] | None, typer.Option("--select", help="Only rules whose code starts with this.")
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option("--ignore", help="Skip rules whose code starts with this.")
    ] = None,
    color: Annotated[
        bool | None, typer.Option("--color/--no-color", help="Colour (default: on a terminal).")
    ] = None,
    sample: Annotated[
        bool, typer.Option("--sample", help="Also check the sample report shipped with lkjip.")
    ] = False,
    annotate: Annotated[
        Optional[Path],  # noqa: UP045 - Typer reads the annotation at runtime on 3.10 too
        typer.Option(
            "--annotate",
            help="With one Word draft: write a copy of it here with a review comment on each finding.",
        ),
    ] = None,
) -> None:
    """Check reports. Exit 0: clean; 1: error findings; 2: usage error or unreadable input."""
    if not paths and not sample:
        raise typer.BadParameter("give at least one data file or directory, or --sample", param_hint="PATHS")
    opts = commands.CheckOptions(
        paths=list(paths or []),
        format=format.value,
        lang=lang.value,
        jobs=jobs,
        rules=list(rules or []),
        select=list(select or []),
        ignore=list(ignore or []),
        color=color,
        sample=sample,
        annotate=annotate,
    )
    raise typer.Exit(commands.check(opts))


@app.command()
def explain(
    code: Annotated[str, typer.Argument(help="A rule code, e.g. LKJ101.")],
    lang: LangOpt = Lang.id,
) -> None:
    """Explain a rule: what it checks, why, and an example."""
    raise typer.Exit(commands.explain(code, lang.value))


@app.command("rules")
def rules_(lang: LangOpt = Lang.id) -> None:
    """List every rule with its code, name, severity and summary."""
    raise typer.Exit(commands.list_rules(lang.value))


@app.command()
def targets(
    path: Annotated[
        Path, typer.Argument(help="A data file (its rules are found) or a unit-year rules file.")
    ],
    lang: LangOpt = Lang.id,
    rules: RulesOpt = None,
) -> None:
    """Each IKU's annual target and its TW I–IV breakdown, per quarter and cumulative."""
    raise typer.Exit(commands.targets(path, lang.value, list(rules or [])))


@app.command("import")
def import_(
    drafts: Annotated[list[Path], typer.Argument(help="Word drafts (.docx) or their text exports (.txt).")],
    output: Annotated[
        Optional[Path],  # noqa: UP045 - Typer reads the annotation at runtime on 3.10 too
        typer.Option(
            "--output",
            "-o",
            help="The data file to write (default: standard output); with several drafts, a directory "
            "(each goes to DIR/UNIT/YEAR-twN.yaml).",
        ),
    ] = None,
    rules: RulesOpt = None,
    lang: LangOpt = Lang.id,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=0, help="Parallel processes; 0 = one per core.")
    ] = 0,
    force: Annotated[bool, typer.Option("--force", help="Replace data files that exist.")] = False,
) -> None:
    """Write drafts as YAML data files. Exit 0: written; 2: a draft could not be read or written."""
    from lkjip_tui.cli import importing

    raise typer.Exit(importing.run(drafts, output, list(rules or []), lang.value, jobs, force))


@app.command()
def tui(
    path: Annotated[Path, typer.Argument(help="A data file, or a directory of them (the portfolio).")] = Path(
        "data"
    ),
    lang: LangOpt = Lang.id,
    rules: RulesOpt = None,
    planner: Annotated[bool, typer.Option("--planner", help="Open the targets planner at once.")] = False,
) -> None:
    """Review a report (or a directory of reports) and plan targets, in the terminal."""
    if not path.exists():
        raise typer.BadParameter(f"{path} does not exist", param_hint="PATH")
    raise typer.Exit(commands.tui(commands.TuiOptions(path, lang.value, list(rules or []), planner)))


def main(argv: list[str] | None = None) -> None:
    """The console script."""
    try:
        app(args=sys.argv[1:] if argv is None else argv, prog_name="lkjip")
    except BrokenPipeError:
        # The reader went away (`lkjip check … | head`): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
