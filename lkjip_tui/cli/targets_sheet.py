"""`lkjip targets export` and `lkjip targets import`: the planner's spreadsheet out and back in.

Export writes one .xlsx sheet per rules file given (or one .csv). Import
reads every cell first and writes nothing unless every one is valid; then it
says what would change, value by value, and writes the targets files through
the planner's own writer after a yes (or `--yes`); `--dry-run` only says.
Exit 0 done (or nothing to change), 1 declined, 2 a problem in the sheet or
its rules.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lkjip_tui.values.msg import Msg

EXIT_OK, EXIT_DECLINED, EXIT_USAGE = 0, 1, 2


def _say(msg: Msg, lang: str, out: Any = None) -> None:
    from lkjip_tui import messages

    (out or sys.stderr).write(messages.render(msg, lang) + "\n")


def _is_csv(path: Path) -> bool:
    return path.suffix.lower() in (".csv", ".txt")


def export(paths: list[Path], output: Path, lang: str, rules: list[Path], template: bool) -> int:
    from lkjip_tui.cli.commands import _ruleset_of
    from lkjip_tui.model.files import write_atomic
    from lkjip_tui.planning import spreadsheet

    sets = []
    for p in paths:
        rs = _ruleset_of(p, rules, lang)
        if rs is None:
            return EXIT_USAGE
        sets.append(rs)
    years = [rs.year for rs in sets]
    if len(set(years)) != len(years):
        _say(Msg("sheet.same_year_twice", {"year": next(y for y in years if years.count(y) > 1)}), lang)
        return EXIT_USAGE
    if _is_csv(output):
        if len(sets) != 1:
            _say(Msg("sheet.csv_one_year"), lang)
            return EXIT_USAGE
        data: str | bytes = spreadsheet.write_csv(sets[0], lang, template)
    else:
        data = spreadsheet.write_xlsx(sets, lang, template)
    try:
        write_atomic(output, data)
    except OSError as e:
        _say(Msg("cli.cannot_write", {"path": str(output), "reason": e.strerror or str(e)}), lang)
        return EXIT_USAGE
    _say(Msg("cli.written", {"path": str(output)}), lang)
    return EXIT_OK


def _opener(sheet_path: Path, rules: list[Path]) -> Callable[[str, int], Any]:
    """Opens the planner session over a unit-year's targets file: under --rules, a `rules/`
    directory here, or beside or above the sheet — never the rules shipped with lkjip."""
    from lkjip_tui.engine import discover
    from lkjip_tui.model.catalogue import load_ruleset
    from lkjip_tui.model.source import SourceError
    from lkjip_tui.planning import spreadsheet
    from lkjip_tui.planning.targets import Planner

    roots = list(
        dict.fromkeys([*(r.resolve() for r in rules), *discover.rules_roots(sheet_path, [Path("rules")])])
    )
    opened: dict[Path, Planner] = {}

    def open_planner(unit: str, year: int) -> Planner | spreadsheet.Problem:
        found = next(
            (r / unit / f"{year}.toml" for r in roots if (r / unit / f"{year}.toml").is_file()), None
        )
        where = spreadsheet.cell_ref(*spreadsheet.UNIT_CELL)
        if found is None:
            searched = ", ".join(discover.display(r / unit / f"{year}.toml") for r in roots) or "-"
            return spreadsheet.Problem(
                "", where, Msg("sheet.no_rules", {"unit": unit, "year": year, "searched": searched})
            )
        if found in opened:
            return opened[found]
        try:
            rs = load_ruleset(found, lambda n: discover.find_catalogue(n, found, roots), discover.display)
        except SourceError as e:
            return spreadsheet.Problem("", where, Msg(e.key, dict(e.args_)))
        opened[found] = Planner(rs, found)
        return opened[found]

    return open_planner


def import_(
    path: Path, lang: str, rules: list[Path], dry_run: bool, yes: bool, confirm: Callable[[str], bool]
) -> int:
    from lkjip_tui import messages
    from lkjip_tui.engine import discover
    from lkjip_tui.planning import spreadsheet
    from lkjip_tui.planning.targets import Conflict, save_problem

    shown = discover.display(path)
    from zipfile import BadZipFile

    from openpyxl.utils.exceptions import InvalidFileException

    try:
        if _is_csv(path):
            sheets = spreadsheet.read_csv(path, path.read_text("utf-8-sig"))
        else:
            sheets = spreadsheet.read_xlsx(path)
    except FileNotFoundError:
        _say(Msg("cli.missing_path", {"path": shown}), lang)
        return EXIT_USAGE
    except (OSError, UnicodeDecodeError, ValueError, KeyError, BadZipFile, InvalidFileException) as e:
        # what openpyxl and zipfile raise on a file that is not a workbook
        _say(Msg("sheet.unreadable", {"file": shown, "reason": str(e)[:200]}), lang)
        return EXIT_USAGE
    planners, problems = spreadsheet.apply_sheets(sheets, _opener(path, rules))
    if problems:
        for p in problems:
            _say(p.message(), lang)
        _say(Msg("sheet.nothing_written", {"count": len(problems)}), lang)
        return EXIT_USAGE
    found = [(p, spreadsheet.changes(p, lang)) for p in planners]
    total = sum(len(c) for _, c in found)
    out = sys.stdout
    for planner, changed in found:
        for c in changed:
            args = {"iku": c.iku, "field": Msg(f"sheet.field.{c.field}"), "before": c.before or "-"}
            args["after"] = c.after or "-"
            out.write(
                f"{discover.display(planner.path)}: {messages.render(Msg('sheet.change', args), lang)}\n"
            )
    if total == 0:
        _say(Msg("sheet.no_changes"), lang, out)
        return EXIT_OK
    if dry_run:
        _say(Msg("sheet.dry_run", {"count": total}), lang, out)
        return EXIT_OK
    if not yes and not confirm(messages.render(Msg("sheet.confirm", {"count": total}), lang)):
        _say(Msg("sheet.declined"), lang)
        return EXIT_DECLINED
    for planner, changed in found:
        if not changed:
            continue
        try:
            planner.save()
        except Conflict:
            _say(Msg("sheet.conflict", {"file": discover.display(planner.path)}), lang)
            return EXIT_USAGE
        except OSError as e:
            _say(save_problem(e, planner.path), lang)
            return EXIT_USAGE
        _say(Msg("cli.written", {"path": discover.display(planner.path)}), lang)
    return EXIT_OK
