"""How many entries a reviewer reads for the sample's draft, against how many findings lkjip has.

    python benchmarks/review_entries.py

Prints the findings (JSON), the review note's entries (markdown) and the Word comments of the
annotated copy (a .docx built from the text export by tests/drafts/make_docx.py).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DRAFT = ROOT / "tests" / "drafts" / "bp3mi-sumbar-2023-tw2.txt"


def lkjip(*args: str, cwd: Path) -> str:
    cmd = [sys.executable, "-m", "lkjip_tui", *args, "--no-cache"]
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False).stdout


def main() -> None:
    sys.path.insert(0, str(ROOT))
    import docx

    from tests.drafts.make_docx import make

    with tempfile.TemporaryDirectory() as tmp:
        where = Path(tmp)
        (where / DRAFT.name).write_text(DRAFT.read_text("utf-8"), "utf-8")
        findings = json.loads(lkjip("check", DRAFT.name, "--format", "json", cwd=where))["findings"]
        note = lkjip("check", DRAFT.name, "--format", "markdown", cwd=where)
        entries = len(re.findall(r"^\d+\. ", note, re.M))
        made = make(where / "bp3mi-sumbar-2023-tw2.docx")
        lkjip("check", made.name, "--annotate", "reviu.docx", cwd=where)
        comments = len(list(docx.Document(str(where / "reviu.docx")).comments))
    roots = sum(1 for f in findings if not f["caused_by"])
    print(f"findings {len(findings)}, roots {roots}, note entries {entries}, Word comments {comments}")


if __name__ == "__main__":
    main()
