"""`lkjip import`: drafts (Word files or text exports) written as YAML data files.

One draft goes to `-o FILE.yaml` (or standard output); several, or any to
`-o DIR`, go to DIR/UNIT/YEAR-twN.yaml, read in parallel processes. An existing
file is only replaced with `--force`, and always atomically. Exit 0 when
every draft was written, 2 when one could not be read or written.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from lkjip_tui.values.record import Record

EXIT_OK, EXIT_USAGE = 0, 2


class Outcome(Record):
    __slots__ = ("error", "file", "stats", "target", "text")

    def __init__(
        self,
        file: str,
        target: str | None = None,
        text: str | None = None,
        stats: dict[str, int] | None = None,
        error: tuple[str, int, int, str, dict[str, object]] | None = None,
    ) -> None:
        self.file = file
        self.target = target  # the data file written, or None (standard output, or an error)
        self.text = text  # the YAML, when it goes to standard output
        self.stats = stats or {}
        self.error = error  # (file, line, column, message key, arguments)


_engine: object = None


def _init(rules: list[str], stated: tuple[str | None, int | None, str | None] = (None, None, None)) -> None:
    global _engine
    from lkjip_tui.engine import Engine

    _engine = Engine([Path(r) for r in rules], stated=stated)


def schema_line(catalogue: Path, folder: Path) -> str:
    """The JSON Schema an imported data file names for editors, relative to where it is written:
    its catalogue's (`lkjip schema data --write`), else lkjip's generic one."""
    import os

    schema = catalogue / "data.schema.json"
    if not schema.is_file():
        schema = Path(__file__).resolve().parent.parent / "schemas" / "data.schema.json"
    try:
        return Path(os.path.relpath(schema.resolve(), folder.resolve())).as_posix()
    except ValueError:  # another drive (Windows)
        return schema.resolve().as_uri()


def _import_one(job: tuple[str, str | None, bool]) -> Outcome:
    """Read one draft and write (or return) its data file; errors come back as data."""
    from lkjip_tui.drafts.export import to_yaml
    from lkjip_tui.engine import Engine, discover
    from lkjip_tui.model.files import same_file, write_atomic
    from lkjip_tui.model.source import SourceError

    path, out, force = Path(job[0]), job[1], job[2]
    engine = _engine if isinstance(_engine, Engine) else Engine()
    shown = discover.display(path)
    try:
        report, rs = engine.load(path, shown)
    except SourceError as e:
        return Outcome(shown, error=(e.file, e.line, e.column, e.key, dict(e.args_)))
    target = None if out is None else Path(out)
    if target is not None and target.is_dir():
        period = "tahunan" if report.annual else f"tw{report.quarter}"  # an annual report is not TW IV's
        target = target / report.unit / f"{report.year}-{period}.yaml"
    text = to_yaml(
        report, schema_line(Path(rs.files[0]).parent, Path.cwd() if target is None else target.parent)
    )
    doc = report.document
    stats = {
        "tables": len(report.tables),
        "facts": sum(1 for ms in report.mentions.values() for m in ms if m.cell.row is None),
        "paragraphs": len(doc.paragraphs) if doc else 0,
        "unread": len(doc.unread) if doc else 0,
    }
    if target is None:
        return Outcome(shown, text=text, stats=stats)
    if same_file(target, path):  # not even with --force: it would destroy the draft
        return Outcome(
            shown, error=(discover.display(target), 0, 0, "cli.output_is_input", {"path": str(out)})
        )
    if target.exists() and not target.is_file():  # a device, a FIFO, a directory: not a data file
        reason = "not a regular file"
        return Outcome(
            shown, error=(discover.display(target), 0, 0, "cli.cannot_write", {"path": out, "reason": reason})
        )
    if target.exists() and not force:
        return Outcome(shown, error=(discover.display(target), 0, 0, "cli.import_exists", {}))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, text)
    except OSError as e:
        reason = e.strerror or str(e)
        return Outcome(
            shown, error=(discover.display(target), 0, 0, "cli.cannot_write", {"path": out, "reason": reason})
        )
    return Outcome(shown, target=discover.display(target), stats=stats)


def run(
    drafts: list[Path],
    output: Path | None,
    rules: list[Path],
    lang: str,
    jobs: int,
    force: bool,
    stated: tuple[str | None, int | None, str | None] = (None, None, None),
) -> int:
    from lkjip_tui import messages
    from lkjip_tui.values.msg import Msg

    def say(msg: Msg) -> None:
        sys.stderr.write(messages.render(msg, lang) + "\n")

    # A directory: several drafts, an existing directory, or a name that is no data file.
    several = len(drafts) > 1
    if output is not None and output.exists() and not output.is_dir() and not output.is_file():
        say(Msg("cli.cannot_write", {"path": str(output), "reason": "not a regular file or directory"}))
        return EXIT_USAGE
    to_dir = output is not None and (output.is_dir() or output.suffix.lower() not in (".yaml", ".yml"))
    if several or to_dir:
        if output is None:
            say(Msg("cli.import_needs_dir"))
            return EXIT_USAGE
        try:
            output.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            say(Msg("cli.cannot_write", {"path": str(output), "reason": e.strerror or str(e)}))
            return EXIT_USAGE
    jobs = jobs or os.cpu_count() or 1
    work = [(str(d), None if output is None else str(output), force) for d in drafts]
    outcomes: list[Outcome]
    if jobs > 1 and len(work) >= 4:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
        chunk = max(1, min(16, len(work) // (jobs * 4)))
        with ProcessPoolExecutor(
            jobs, mp_context=ctx, initializer=_init, initargs=([str(r) for r in rules], stated)
        ) as pool:
            outcomes = list(pool.map(_import_one, work, chunksize=chunk))
    else:
        _init([str(r) for r in rules], stated)
        outcomes = [_import_one(job) for job in work]
    failed = 0
    for o in outcomes:
        if o.error is not None:
            failed += 1
            file, line, column, key, args = o.error
            where = f"{file}:{line}:{column}" if line else file
            sys.stderr.write(
                f"{where}: {messages.text_for('sev.error', lang)}: {messages.render(Msg(key, args), lang)}\n"
            )
            continue
        if o.text is not None:
            sys.stdout.write(o.text)
        say(Msg("cli.import_done", {"file": o.file, "target": o.target or "stdout", **o.stats}))
    return EXIT_USAGE if failed else EXIT_OK
