"""`lkjip check DRAFT.docx --annotate OUT.docx`: the check's findings as Word comments in a copy
(of a PDF, `REPORT.pdf --annotate OUT.pdf`: as highlights with notes).

The findings are those the check prints (the same run): the output's
transform is wrapped to keep the file's result. The copy is written
atomically; the draft itself is never touched.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from lkjip_tui.engine import FileResult


class Keep:
    """Wraps a result transform and keeps the result it saw (one file, checked in-process)."""

    def __init__(self, transform: Any) -> None:
        self.transform = transform
        self.result: FileResult | None = None

    def __call__(self, result: FileResult) -> Any:
        self.result = result
        return self.transform(result)


def usable(paths: list[Path], out: Path) -> str | None:
    """Why --annotate cannot be used with these paths, or None."""
    suffix = paths[0].suffix.lower() if len(paths) == 1 else ""
    if suffix not in (".docx", ".pdf") or not paths[0].is_file():
        return "cli.annotate_one_docx"
    if out.suffix.lower() != suffix:
        return "cli.annotate_out_docx" if suffix == ".docx" else "cli.annotate_out_pdf"
    from lkjip_tui.model.files import same_file

    if same_file(out, paths[0]):  # through symlinks and hard links too
        return "cli.annotate_not_draft"
    return None


def write(draft: Path, out: Path, keep: Keep, lang: str) -> bool:
    """Write the annotated copy; False (after saying why) when it could not be written."""
    from lkjip_tui import messages
    from lkjip_tui.drafts.annotate import annotate as annotate_docx
    from lkjip_tui.drafts.annotate_pdf import annotate as annotate_pdf
    from lkjip_tui.engine import discover
    from lkjip_tui.model.files import write_atomic
    from lkjip_tui.model.source import SourceError
    from lkjip_tui.output import rule_summary
    from lkjip_tui.values.msg import Msg

    result = keep.result
    if result is None or result.error is not None:
        return False  # the draft could not be read: the check has said why
    shown = discover.display(draft)
    try:
        annotate = annotate_pdf if draft.suffix.lower() == ".pdf" else annotate_docx
        data, count = annotate(draft, shown, result.findings, lang, rule_summary)
    except SourceError as e:
        sys.stderr.write(f"{e.file}: {messages.render(Msg(e.key, e.args_), lang)}\n")
        return False
    except OSError as e:  # the draft, read again to copy it
        reason = e.strerror or str(e)
        sys.stderr.write(f"{shown}: {messages.render(Msg('err.unreadable', {'reason': reason}), lang)}\n")
        return False
    try:
        written = write_atomic(out, data)
    except OSError as e:  # the copy: a failed write is not a file that cannot be read
        reason = e.strerror or str(e)
        sys.stderr.write(
            messages.render(Msg("cli.cannot_write", {"path": str(out), "reason": reason}), lang) + "\n"
        )
        return False
    note = Msg("cli.annotated", {"file": discover.display(written), "count": count})
    sys.stderr.write(messages.render(note, lang) + "\n")
    return True
